"""Hand-labelled evaluation set `blind_plain_sustain`: plain registry entries of a sustainability-minded cluster.

Every offer carries a label saying what the thing is; every need lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one. A pair (supplier, buyer) is a true link when some
offer of the supplier carries a label listed by one of the buyer's needs and the supplier holds every certification
that need requires. Run from the repository root:

    .venv/bin/python eval/blind_plain_sustain/write.py

It checks the data and, only when every check passes, writes `profiles.jsonl` and `links.csv` next to this file.
"""

import csv
import io
import json
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HNF = "hemp_natural_fibre"
CT = "circular_textile"
SP = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"

OEKO = "OEKO-TEX Standard 100"
PEACOCK = "Thai Silk Peacock Emblem"
ORGANIC_TH = "Organic Thailand"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every one of `certs`."""
    return Need(text, labels, certs, waives, "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that no SME in the set meets; `note` says why."""
    return Need(text, (), certs, waives, note)


@dataclass
class Sme:
    id: str
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    email: str
    certs: tuple[str, ...]
    bcg: tuple[str, ...]
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]


SMES: list[Sme] = [
    Sme(
        "bpz-001", "en", "Loop Atelier Co., Ltd.", CT, DOWN, "Bangkok", "hello@loopatelier.co", (), ("circular",),
        (
            ("Upcycled denim jackets & vests, one-of-a-kind, wholesale to concept stores", "upcycled_garments"),
            ("Patchwork totes from denim scraps, 30 pcs per drop", "upcycled_bags"),
        ),
        (
            N("Looking for pre-consumer denim offcuts sorted by wash, 100 kg+ a month", "denim_cutting_waste"),
            N("CMT for small runs, 50-150 pcs/style, Bangkok or nearby", "cmt_sewing_service"),
            N("Natural indigo over-dye on finished pieces (we send the garments)", "indigo_dyeing_service"),
        ),
    ),
    Sme(
        "bpz-002", "th", "กลุ่มทอผ้าย้อมครามบ้านพรรณา", HNF, MID, "Sakon Nakhon", "banphanna.indigo@gmail.com",
        ("OTOP",), ("bio",),
        (
            ("ผ้าฝ้ายทอมือย้อมครามธรรมชาติ หน้ากว้าง 1 ม. เมตรละ 380 บาท", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามให้ลูกค้า ส่งผ้าหรือเสื้อมาย้อมได้ ขั้นต่ำ 20 ชิ้น", "indigo_dyeing_service"),
            ("ย่ามฝ้ายย้อมคราม ลายโบราณ", "woven_shoulder_bags"),
        ),
        (
            N("ต้องการฝ้ายเข็นมือสีขาวธรรมชาติ เดือนละ 30 กก.", "handspun_cotton_yarn"),
            N("เนื้อครามเปียก ช่วงหน้าแล้งไม่พอใช้", "indigo_dye_paste"),
        ),
    ),
    Sme(
        "bpz-003", "en", "Second Spin Resale", CT, DOWN, "Bangkok", "partners@secondspin.co.th", (), ("circular",),
        (("White-label resale for fashion brands: we list, price, ship, handle returns", "resale_platform_service"),),
        (
            N("Repair & alterations partner for pre-loved items before relisting", "garment_repair_service"),
        ),
    ),
    Sme(
        "bpz-004", "th", "วิสาหกิจชุมชนฝ้ายอินทรีย์บ้านนาอ้อ", HNF, UP, "Loei", "naoorganiccotton@gmail.com",
        (ORGANIC_TH,), ("bio", "green"),
        (
            ("ปุยฝ้ายอินทรีย์ทั้งเมล็ด เก็บ พ.ย.–ม.ค. ได้รับรองเกษตรอินทรีย์ กิโลละ 60 บาท", "organic_cotton_fibre"),
        ),
        (
            U("เครื่องอีดฝ้ายแบบมือหมุน 2 เครื่อง", "cotton ginning equipment; no one in the set sells machinery"),
            N("ที่ปรึกษาช่วยเตรียมเอกสารยื่นขอ GOTS ให้กลุ่มเกษตรกร", "certification_consulting_service"),
        ),
    ),
    Sme(
        "bpz-005", "en", "Carbonwise Lab", CT, DOWN, "Bangkok", "hello@carbonwiselab.com", ("ISO 14001",), ("green",),
        (
            ("Product carbon footprint & full LCA for apparel and home textiles", "lca_study_service"),
            ("Certification readiness: GOTS, GRS, RCS gap audits, document prep", "certification_consulting_service"),
        ),
        (
            U(
                "Dye houses willing to share metered water and energy data for a sector baseline",
                "primary data sharing; not a product or service anyone in the set offers",
            ),
        ),
    ),
    Sme(
        "bpz-006", "th", "ม่อฮ่อม สตูดิโอ แพร่", HNF, MID, "Phrae", "mohom.studio.phrae@gmail.com", ("OTOP",), ("bio",),
        (
            ("ผ้าหม้อห้อมย้อมห้อมแท้ ทอมือ พับละ 10 หลา", "indigo_dyed_cotton_fabric"),
            ("เสื้อหม้อห้อมคอจีน ชาย/หญิง ส่งร้านของฝาก", "fashion_garments"),
        ),
        (
            N("เนื้อห้อมหรือครามเปียก สำหรับก่อหม้อ", "indigo_dye_paste"),
            N("กระดุมกะลามะพร้าว 15 มม. ปีละหลายพันเม็ด", "coconut_shell_buttons"),
            N("ป้ายห้อยสินค้ากระดาษรีไซเคิล พิมพ์โลโก้ร้าน", "paper_hang_tags"),
        ),
    ),
    Sme(
        "bpz-007", "en", "Regenerate Cotton Project", HNF, UP, "Nan", "team@regencotton.org", (), ("bio", "green"),
        (
            ("Regeneratively farmed cotton lint, traceable to plot, 2025 crop ~8 t", "regenerative_cotton_fibre"),
            ("Farm-to-garment traceability: QR per batch with farmer and plot data", "traceability_service"),
        ),
        (
            N(
                "Toll spinning - turn our lint into Ne 20 yarn",
                "commission_spinning_service",
                "cotton_commission_spinning_service",
            ),
            U("Sunn hemp seed for cover cropping, 500 kg", "cover-crop seed; no seed supplier in the set"),
        ),
    ),
    Sme(
        "bpz-008", "th", "บริษัท สยามเส้นใยหมุนเวียน จำกัด", CT, UP, "Samut Prakan", "sales@siamcircularfibre.co.th",
        ("GRS", OEKO, "ISO 9001"), ("circular",),
        (
            ("ด้ายฝ้ายรีไซเคิลผสมโพลีเอสเตอร์รีไซเคิล 60/40 เบอร์ 20/1", "recycled_cotton_poly_blend_yarn"),
            ("ด้ายโพลีเอสเตอร์รีไซเคิลจากขวดพลาสติก 150D/48F มีใบ GRS", "recycled_polyester_yarn"),
            ("รับปั่นด้ายจากเส้นใยของลูกค้า ฝ้าย ใยผสม ใยธรรมชาติ ขั้นต่ำ 500 กก.", "commission_spinning_service"),
        ),
        (
            N("เกล็ดขวด PET ใส ล้างร้อนแล้ว", "rpet_flakes"),
            N("เส้นใยฝ้ายรีไซเคิลจากเศษผ้า สีขาวหรือสีอ่อน", "recycled_cotton_fibre"),
        ),
    ),
    Sme(
        "bpz-009", "en", "Hill Hemp Collective", HNF, UP, "Tak", "hillhemp.tak@gmail.com", (), ("bio",),
        (
            ("Hand-stripped hemp bast fibre, sun-bleached, 50 kg bales - LINE: hillhemp", "hemp_fibre"),
            ("Hand-spliced hemp thread, natural grey, sold per kg", "hemp_yarn"),
            ("Hemp hurds (shiv) by the sack", "hemp_hurd"),
        ),
        (N("Natural dyeing for a pilot lot of our hemp yarn, ~20 kg", "natural_dyeing_service"),),
    ),
    Sme(
        "bpz-010", "th", "เฮมพ์ไทย เท็กซ์ไทล์", HNF, MID, "Chiang Mai", "hempthai.textile@gmail.com", (OEKO,), ("bio",),
        (
            ("ผ้ากัญชง 100% ทอกี่กระตุก หน้ากว้าง 90 ซม. มี OEKO-TEX ขั้นต่ำ 30 เมตร", "hemp_fabric"),
            ("ผ้ากัญชงผสมฝ้าย 55/45 เนื้อนุ่ม เหมาะทำเสื้อ", "hemp_blend_fabric"),
        ),
        (
            N("เส้นใยกัญชงดิบ ลอกเปลือกแล้ว ปีละ 2 ตัน", "hemp_fibre"),
            N("ด้ายกัญชงเส้นเล็ก ใช้เป็นเส้นพุ่ง", "hemp_yarn"),
        ),
    ),
    Sme(
        "bpz-011", "en", "Good Hemp Goods", HNF, DOWN, "Bangkok", "wholesale@goodhempgoods.co", (), ("bio",),
        (("Hemp crossbody and sling bags, D2C + wholesale", "hemp_bags"),),
        (
            N("100% hemp fabric, OEKO-TEX, mid-weight ~250 gsm. No poly blends", "hemp_fabric", certs=(OEKO,)),
            N("Sewing workshop that can handle heavy hemp canvas", "cmt_sewing_service"),
        ),
    ),
    Sme(
        "bpz-012", "th", "ร้านเติมดี zero waste เชียงใหม่", CT, DOWN, "Chiang Mai", "termdee.refill@gmail.com", (),
        ("circular", "green"),
        (("เสื้อผ้าเก่าที่ลูกค้านำมาแลกที่ร้าน คละชนิด ชั่งกิโล", "used_clothing"),),
        (
            N("ถุงผ้าแคนวาสพิมพ์ลายร้าน 300 ใบ", "tote_bags"),
            N("สกรีนโลโก้ลงถุงผ้าที่ร้านมีอยู่แล้ว", "screen_printing_service"),
            N("มีใครรับคัดแยกเสื้อผ้าที่ได้รับบริจาคบ้างคะ", "textile_sorting_service"),
        ),
    ),
    Sme(
        "bpz-013", "en", "Bottle2Fibre Recycling Co., Ltd.", CT, UP, "Chonburi", "sales@bottle2fibre.co.th", ("GRS",),
        ("circular",),
        (
            ("Hot-washed clear rPET flakes, 1 t jumbo bags", "rpet_flakes"),
            ("Recycled PSF 7D hollow conjugated, for pillows and quilts", "recycled_fibrefill"),
        ),
        (
            N("Baled post-consumer PET bottles, clear only", "used_pet_bottles"),
            N(
                "100% polyester textile waste for textile-to-textile trials",
                "sorted_polyester_textile_waste",
                "polyester_cutting_waste",
            ),
        ),
    ),
    Sme(
        "bpz-014", "th", "ร้านรับซื้อของเก่า เจริญทรัพย์ โคราช", CT, UP, "Nakhon Ratchasima",
        "charoensap.recycle@gmail.com", (), ("circular",),
        (
            ("ขวดน้ำพลาสติกใส อัดก้อน ส่งได้เดือนละ 5 ตัน", "used_pet_bottles"),
            ("เสื้อผ้าเก่าคละ ชั่งกิโลขาย", "used_clothing"),
        ),
        (U("ถุงจัมโบ้มือสองไว้ใส่ของ", "used jumbo bags; no one in the set offers them"),),
    ),
    Sme(
        "bpz-015", "en", "Threadback", CT, DOWN, "Bangkok", "ops@threadback.asia", ("ISO 14001",), ("circular",),
        (
            ("In-store take-back for retailers: bins, pickup, sorting, impact report", "take_back_logistics_service"),
            ("Non-resellable garments from our bins, baled", "non_wearable_textile_waste"),
        ),
        (
            N("Shredding of our collected non-wearables into fibre - our material", "textile_shredding_service"),
            N("Resale partner for the wearable items we collect", "resale_platform_service"),
        ),
    ),
    Sme(
        "bpz-016", "th", "บริษัท สปอร์ตไลน์ การ์เมนท์ จำกัด", SP, MID, "Samut Sakhon", "sportline.garment@gmail.com",
        ("ISO 9001",), (),
        (
            ("รับเย็บชุดกีฬา เสื้อวิ่ง เสื้อทีม จากผ้าของลูกค้า ขั้นต่ำ 100 ตัว/แบบ", "sportswear_cmt_service"),
            ("ผลิตเสื้อทีมครบวงจร พิมพ์ลายเต็มตัว ส่งของใน 21 วัน", "custom_teamwear"),
            ("เศษผ้าโพลีเอสเตอร์จากการตัด วันละประมาณ 80 กก.", "polyester_cutting_waste"),
        ),
        (
            N("ผ้าโพลีเอสเตอร์รีไซเคิล ระบายเหงื่อ ต้องมีใบ GRS", "recycled_wicking_fabric", certs=("GRS",)),
            N("หาโรงพิมพ์ซับลิเมชั่นรับงานช่วงออเดอร์ล้น", "sublimation_printing_service"),
        ),
    ),
    Sme(
        "bpz-017", "en", "Pace Running Co.", SP, DOWN, "Bangkok", "team@pacerunning.co", (), ("circular",),
        (("Running tees and singlets made from recycled bottles", "sportswear"),),
        (
            N("GRS recycled poly wicking jersey, 130-150 gsm", "recycled_wicking_fabric", certs=("GRS",)),
            N("Sportswear cut & sew, 300 pcs/style, flatlock seams", "sportswear_cmt_service"),
        ),
    ),
    Sme(
        "bpz-018", "th", "บริษัท นครปฐมนิตติ้ง จำกัด", SP, MID, "Nakhon Pathom", "sales@nptknitting.co.th",
        (OEKO, "ISO 9001"), (),
        (
            ("ผ้าถักดรายฟิต ระบายอากาศ แห้งไว 140 แกรม", "moisture_wicking_fabric"),
            ("ผ้าถักจากด้ายรีไซเคิล rPET แห้งไว (ยังไม่มีใบ GRS)", "recycled_wicking_fabric"),
        ),
        (
            N("ด้าย rPET รีไซเคิล 75D–150D สำหรับถักผ้ากีฬา", "recycled_polyester_yarn"),
            N("ที่ปรึกษาเตรียมตัวเข้าตรวจ GRS", "certification_consulting_service"),
        ),
    ),
    Sme(
        "bpz-019", "en", "EcoKnit Textiles Co., Ltd.", SP, MID, "Rayong", "info@ecoknit.co.th",
        ("GRS", "bluesign", OEKO), ("circular", "green"),
        (
            ("GRS recycled-poly performance knits, wicking and quick-dry", "recycled_wicking_fabric"),
            ("Recycled polyester wovens: ripstop, taffeta, satin", "recycled_polyester_fabric"),
        ),
        (
            N("rPET filament yarn 75D/72F, must be GRS", "recycled_polyester_yarn", certs=("GRS",)),
            U(
                "PFC-free water-repellent finishing, bluesign chemistry only",
                "no finishing house in the set",
                certs=("bluesign",),
            ),
        ),
    ),
    Sme(
        "bpz-020", "th", "บ้านสุขใจ เนอร์สซิ่งโฮม", ALC, DOWN, "Nonthaburi", "sukjai.nursinghome@gmail.com", (), (),
        (("ผ้าปูที่นอนและผ้าขนหนูเก่า ปลดระวางทุก 6 เดือน", "used_linen"),),
        (
            N("ชุดผู้สูงอายุแบบผ่าหน้า ติดแถบตีนตุ๊กแก ใส่ง่าย", "adaptive_clothing"),
            N("แผ่นรองซับแบบผ้า ซักได้", "washable_incontinence_pads"),
        ),
    ),
    Sme(
        "bpz-021", "en", "Easywear Adaptive", ALC, DOWN, "Bangkok", "hello@easywear.co.th", (OEKO,), (),
        (("Adaptive clothing for seniors: magnetic-close shirts, side-zip trousers", "adaptive_clothing"),),
        (
            N("Soft organic cotton jersey, GOTS certified, 180-200 gsm", "organic_cotton_jersey", certs=("GOTS",)),
            U("Sew-in magnetic closures 12 mm, 20k pcs", "magnetic trims; no one in the set offers them"),
            N("Pattern-making for adaptive styles", "pattern_making_service"),
        ),
    ),
    Sme(
        "bpz-022", "th", "กลุ่มทอผ้าไหมบ้านโคกสะอาด", ALI, MID, "Surin", "khoksaat.silk@gmail.com", (PEACOCK, "OTOP"),
        ("bio",),
        (
            ("ผ้าไหมมัดหมี่ทอมือ ได้ตรานกยูงพระราชทาน (นกยูงสีทอง)", "handwoven_silk_fabric"),
            ("เส้นไหมน้อยพันธุ์พื้นบ้าน", "silk_yarn"),
        ),
        (
            N("ครั่งผงหรือครั่งดิบ สำหรับย้อมไหม", "natural_dye_extract"),
        ),
    ),
    Sme(
        "bpz-023", "en", "Silk & Story", ALC, DOWN, "Bangkok", "studio@silkandstory.com", (), (),
        (("Silk scarves and wraps, gift-boxed", "scarves"),),
        (
            N(
                "Handwoven mudmee silk with the Peacock Emblem, 30 m per design",
                "handwoven_silk_fabric",
                certs=(PEACOCK,),
            ),
            N("FSC-certified paper gift boxes", "paper_boxes", certs=("FSC",)),
        ),
    ),
    Sme(
        "bpz-024", "th", "เย็บดี การ์เมนท์", CT, MID, "Bangkok", "yebdee.garment@gmail.com", (), (),
        (
            ("รับตัดเย็บ CMT ลูกค้าส่งผ้ามาเอง ขั้นต่ำ 50 ตัว งานเสร็จใน 2–3 สัปดาห์", "cmt_sewing_service"),
            ("เศษผ้าฝ้ายจากโต๊ะตัด คัดสีแล้ว ถุงละ 20 กก.", "cotton_cutting_waste"),
        ),
        (N("ช่างแพทเทิร์นฟรีแลนซ์ ทำแพทเทิร์นกระดาษและเกรดไซส์", "pattern_making_service"),),
    ),
    Sme(
        "bpz-025", "en", "ReRoll Deadstock", CT, MID, "Bangkok", "hello@rerolldeadstock.com", (), ("circular",),
        (
            ("Deadstock rolls from export mills: linen, cotton poplin, twill; 20 m minimum", "deadstock_fabric"),
            ("Deadstock zips, buttons and trims by the kilo", "deadstock_trims"),
        ),
        (N("End-of-roll and cancelled-order fabric from local mills", "deadstock_fabric"),),
    ),
    Sme(
        "bpz-026", "th", "ใบไม้ทอ", HNF, DOWN, "Chiang Mai", "baimaithor@gmail.com", (), ("bio",),
        (("เสื้อผ้าย้อมสีธรรมชาติ คอลเลกชันใหม่ทุกซีซั่น ทอมือทั้งตัว แนว slow fashion", "fashion_garments"),),
        (
            N("ผ้าฝ้ายทอมือสีธรรมชาติ ยังไม่ย้อม ไม่ต้องมีตรา OTOP", "handwoven_cotton_fabric", waives=("OTOP",)),
            N("รับย้อมสีธรรมชาติจากครั่งและเปลือกไม้ ย้อมทั้งตัว", "natural_dyeing_service"),
            U("ตัวแทนขายต่างประเทศ (ญี่ปุ่น)", "a sales agent; no one in the set offers agency services"),
        ),
    ),
    Sme(
        "bpz-027", "en", "Fibre & Field Natural Dyes", HNF, MID, "Chiang Mai", "lab@fibreandfield.co", (), ("bio",),
        (
            ("Natural dye extracts - lac, ebony, annatto, marigold; 1 kg packs", "natural_dye_extract"),
            ("Natural dyeing for brands: yarn, fabric or cut pieces, from 5 kg", "natural_dyeing_service"),
        ),
        (
            N("Fermented indigo paste from village growers, 200 kg/yr", "indigo_dye_paste"),
            N("Unbleached handspun cotton for dye sample cards", "handspun_cotton_yarn"),
        ),
    ),
    Sme(
        "bpz-028", "th", "กลุ่มผู้ปลูกครามบ้านหนองหาน", HNF, UP, "Udon Thani", "nonghan.indigo@gmail.com",
        (ORGANIC_TH,), ("bio",),
        (
            ("เนื้อครามเปียกจากต้นครามอินทรีย์ ถังละ 20 กก.", "indigo_dye_paste"),
            ("เมล็ดพันธุ์คราม ฝักแห้ง", "indigo_seeds"),
        ),
        (
            N("ผ้าดิบฝ้ายไว้ทดลองย้อม", "cotton_greige_fabric"),
            U("โอ่งหมักคราม 200 ลิตร", "dye vats; no one in the set offers them"),
        ),
    ),
    Sme(
        "bpz-029", "th", "หมอนนุ่นบ้านหนองบัว", ALI, DOWN, "Roi Et", "nongbua.kapok@gmail.com", ("OTOP",), ("bio",),
        (
            ("หมอนนุ่นแท้ ปลอกผ้าฝ้าย สำหรับผู้สูงอายุ", "kapok_pillows"),
            ("ที่นอนนุ่นพับ 3 ตอน", "kapok_mattresses"),
        ),
        (
            N("นุ่นดิบ แกะเมล็ดออกแล้ว", "kapok_fibre"),
            N("ผ้าฝ้ายมัดหมี่ทอมือ สำหรับทำปลอกหมอน", "mudmee_cotton_fabric"),
        ),
    ),
    Sme(
        "bpz-030", "en", "Isan Kapok Traders", HNF, UP, "Kalasin", "isankapok@gmail.com", (), ("bio",),
        (("Cleaned kapok fibre, seed-free, 10 kg bags", "kapok_fibre"),),
        (
            N("Cotton greige or ticking for pillow cases", "cotton_greige_fabric"),
        ),
    ),
    Sme(
        "bpz-031", "en", "FiberLoop Recycling", CT, UP, "Samut Sakhon", "recycle@fiberloop.co.th", ("RCS",),
        ("circular",),
        (
            ("Mechanical recycling: we shred your textile waste into fibre (toll)", "textile_shredding_service"),
            ("Recycled cotton fibre, colour-sorted, for OE spinning", "recycled_cotton_fibre"),
        ),
        (
            N("Cotton-rich cutting waste, 1 t+/month, no elastane", "cotton_cutting_waste", "denim_cutting_waste"),
            N("Used 100% cotton hotel sheets and towels", "used_linen"),
        ),
    ),
    Sme(
        "bpz-032", "th", "บริษัท ปทุมรีสปิน จำกัด", CT, UP, "Pathum Thani", "info@pathumrespin.co.th", ("RCS",),
        ("circular",),
        (("ด้ายฝ้ายรีไซเคิล OE เบอร์ 10–16 สีตามเศษผ้า ไม่ต้องย้อมซ้ำ ประหยัดน้ำ", "recycled_cotton_yarn"),),
        (
            N("เส้นใยฝ้ายรีไซเคิล", "recycled_cotton_fibre"),
            N("เศษผ้ายีนส์จากโรงงานตัดเย็บ", "denim_cutting_waste"),
        ),
    ),
    Sme(
        "bpz-033", "en", "Riverside Care Hospital", ALC, DOWN, "Bangkok", "procurement@riversidecare.co.th", (), (),
        (("Retired surgical linen and scrubs, laundered, monthly lots", "used_hospital_textiles"),),
        (
            N("Reusable patient gowns, OEKO-TEX, 2,000 pcs/yr", "patient_gowns", certs=(OEKO,)),
            N("Grip socks for our fall-prevention programme", "anti_slip_socks"),
        ),
    ),
    Sme(
        "bpz-034", "th", "อ่างทอง เมดิคอลเท็กซ์", ALC, DOWN, "Ang Thong", "angthong.medtex@gmail.com", ("ISO 9001",),
        (),
        (
            ("ชุดผู้ป่วย เสื้อคลุมผู้ป่วย ผ้า TC ซักได้ 100 ครั้ง", "patient_gowns"),
            ("ชุดยูนิฟอร์มพนักงาน สั่งตัดตามแบบ", "staff_uniforms"),
        ),
        (U("ผ้า TC สีฟ้า/เขียว หน้า 60 นิ้ว ม้วนละ 100 หลา", "no one in the set offers poly-cotton woven fabric"),),
    ),
    Sme(
        "bpz-035", "en", "Hotel Verdant Sukhumvit", ALC, DOWN, "Bangkok", "purchasing@hotelverdant.com", (),
        ("green",),
        (("End-of-life hotel sheets and towels, ~300 kg a quarter", "used_linen"),),
        (
            N("Staff uniforms, recycled or organic fabric, ~120 sets", "staff_uniforms"),
            U("GOTS organic cotton bathrobes, 400 pcs", "the one robe maker in the set holds no GOTS", certs=("GOTS",)),
            N("Turn our old linen into amenity pouches", "upcycling_service"),
        ),
    ),
    Sme(
        "bpz-036", "th", "โรงพยาบาลหนองแวงเวชการ", ALI, DOWN, "Khon Kaen", "jatsue@nongwaengvet.co.th", (), (),
        (),
        (
            N("จัดซื้อชุดผู้ป่วยผ้าฝ้าย ใส่สบาย ปีละ 1,500 ชุด", "patient_gowns"),
            N("ผ้าห่มฝ้ายทอมือของชุมชน สำหรับห้องพิเศษ", "blankets"),
        ),
    ),
    Sme(
        "bpz-037", "en", "Lanna Upcycle Workshop", CT, MID, "Chiang Mai", "studio@lannaupcycle.com", (), ("circular",),
        (
            ("Custom upcycling: your old uniforms or linen made into pouches, totes, cushions", "upcycling_service"),
            ("Patchwork cushion covers from offcuts", "patchwork_cushion_covers"),
        ),
        (
            N("Stretch jersey offcuts (spandex OK) for cushion filling", "cotton_spandex_cutting_waste"),
            N("Deadstock cotton, any weave, to line our pouches", "deadstock_fabric"),
        ),
    ),
    Sme(
        "bpz-038", "th", "ยืมใส่ แพลตฟอร์มเช่าชุด", CT, DOWN, "Bangkok", "hello@yuemsai.co", (), ("circular",),
        (("ระบบเช่าชุดรายเดือนให้แบรนด์ที่อยากเปิดโมเดลเช่า หลังบ้านครบ ทั้งจองและส่งคืน", "rental_platform_service"),),
        (
            N("ร้านซักแห้งรับงานประจำ สัปดาห์ละ 300 ชุด", "commercial_laundry_service"),
            N("ชุดราตรีมือสองสภาพดี", "graded_secondhand_clothing"),
        ),
    ),
    Sme(
        "bpz-039", "en", "Sorted! Secondhand Grading", CT, UP, "Bangkok", "trade@sorted.asia", (), ("circular",),
        (("Graded secondhand clothing, A-grade for resale, 45 kg bales", "graded_secondhand_clothing"),),
        (
            N("Unsorted used clothing from collection points, any volume", "used_clothing"),
            U("Donation drop-off bins in recycled steel", "no one in the set makes collection bins"),
        ),
    ),
    Sme(
        "bpz-040", "th", "ร้านซ่อมผ้าป้าแดง", CT, MID, "Bangkok", "padaeng.repair@gmail.com", (), ("circular",),
        (
            ("รับซ่อมแก้เสื้อผ้า ปะ ชุน เปลี่ยนซิป รับงานเหมาจากร้านมือสอง", "garment_repair_service"),
            ("รับทำแพทเทิร์นกระดาษ ตัดตัวอย่าง", "pattern_making_service"),
        ),
        (
            N("ซิปและกระดุมเหลือจากโรงงาน ขายเป็นกิโล", "deadstock_trims"),
            U("ด้ายเย็บผ้ารีไซเคิล", "no one in the set offers recycled sewing thread"),
        ),
    ),
    Sme(
        "bpz-041", "en", "Mae Rim Movement", SP, DOWN, "Chiang Mai", "hello@maerimmovement.com", (), ("bio",),
        (("Organic cotton yoga sets and hemp-blend studio wear", "sportswear"),),
        (
            N("GOTS organic cotton-spandex jersey, 220 gsm", "organic_cotton_jersey", certs=("GOTS",)),
            N(
                "Hemp-cotton blend for lounge pants - OEKO-TEX a plus, not required",
                "hemp_blend_fabric",
                waives=(OEKO,),
            ),
            N("Low-impact garment dyeing after sewing, earth tones", "garment_dyeing_service"),
        ),
    ),
    Sme(
        "bpz-042", "th", "บริษัท ออร์แกนิค นิท จำกัด", HNF, MID, "Samut Prakan", "sales@organicknit.co.th",
        ("GOTS", OEKO), ("green",),
        (
            ("ผ้ายืดคอตตอนออร์แกนิก ซิงเกิลเจอร์ซีย์ 180 แกรม มีใบ GOTS", "organic_cotton_jersey"),
            ("ผ้ายืดคอตตอน 100% คอมบ์ เบอร์ 32", "cotton_jersey"),
            ("เสื้อยืดเปล่า PFD ยังไม่ย้อม พร้อมส่งงานย้อม", "blank_cotton_tshirts"),
            ("เศษผ้ายืดคอตตอนผสมสแปนเด็กซ์จากการตัด", "cotton_spandex_cutting_waste"),
        ),
        (N("เส้นด้ายฝ้ายออร์แกนิก เบอร์ 30/1 ต้องมี GOTS", "organic_cotton_yarn", certs=("GOTS",)),),
    ),
    Sme(
        "bpz-043", "en", "Green Loom Knits", HNF, MID, "Chiang Rai", "sales@greenloomknits.com", ("OCS",), ("green",),
        (("Organic cotton jersey, OCS certified, 160-200 gsm", "organic_cotton_jersey"),),
        (
            N(
                "Organic combed cotton yarn 30s - GOTS not a must, OCS or farm records OK",
                "organic_cotton_yarn",
                waives=("GOTS",),
            ),
        ),
    ),
    Sme(
        "bpz-044", "th", "โรงปั่นด้ายลำพูนออร์แกนิค", HNF, UP, "Lamphun", "info@lamphunorganicspin.co.th",
        ("GOTS", "OCS"), ("bio", "green"),
        (
            ("ด้ายฝ้ายออร์แกนิกหวี 30/1, 40/1 มีใบรับรอง GOTS", "organic_cotton_yarn"),
            ("รับปั่นด้ายจากปุยฝ้ายของลูกค้าเอง", "cotton_commission_spinning_service"),
        ),
        (N("ปุยฝ้ายอินทรีย์ในประเทศ ต้องมีตรา Organic Thailand", "organic_cotton_fibre", certs=(ORGANIC_TH,)),),
    ),
    Sme(
        "bpz-045", "en", "CircularHub B2B", CT, DOWN, "Bangkok", "partners@circularhub.co", (), ("circular",),
        (("B2B marketplace for deadstock, waste and recycled materials; free SME listing", "b2b_marketplace_service"),),
        (
            N("Traceability / QR tagging partner for listed lots", "traceability_service"),
        ),
    ),
    Sme(
        "bpz-046", "th", "กลุ่มทอผ้ามัดหมี่บ้านโนนสวรรค์", ALI, MID, "Khon Kaen", "nonsawan.mudmee@gmail.com",
        ("OTOP",), ("bio",),
        (
            ("ผ้าฝ้ายมัดหมี่ทอมือ ลายพื้นเมือง ผืนละ 2 เมตร", "mudmee_cotton_fabric"),
            ("ผ้าห่มฝ้ายทอมือผืนใหญ่", "blankets"),
            ("ถุงผ้าฝ้ายทอมือใบเล็ก ใส่ของชำร่วย", "small_pouches"),
        ),
        (
            N("ด้ายฝ้ายโรงงานเบอร์ 20 สีขาว", "cotton_yarn"),
            N("ขายส่งผ่านเว็บ B2B ให้ร้านในกรุงเทพ", "b2b_marketplace_service"),
        ),
    ),
    Sme(
        "bpz-047", "en", "Silver Years Concept Store", ALC, DOWN, "Bangkok", "buying@silveryears.co.th", (), (),
        (),
        (
            N("Easy-on clothing for seniors (magnetic or velcro closures)", "adaptive_clothing"),
            N("Kapok pillows", "kapok_pillows"),
        ),
    ),
    Sme(
        "bpz-048", "th", "บริษัท ซ็อกส์แลนด์ จำกัด", ALC, MID, "Nakhon Pathom", "socksland.np@gmail.com",
        ("ISO 9001",), (),
        (
            ("ถุงเท้ากันลื่นมีปุ่มยาง สำหรับผู้สูงอายุและโรงพยาบาล", "anti_slip_socks"),
            ("รับผลิตถุงเท้าแบรนด์ลูกค้า OEM ขั้นต่ำ 600 คู่", "socks"),
        ),
        (
            N("ด้ายฝ้ายรีไซเคิล 100% สำหรับถักถุงเท้า ไม่เอาแบบผสมโพลี", "recycled_cotton_yarn"),
            U("ด้ายไนลอนรีไซเคิล", "no one in the set offers recycled nylon yarn"),
        ),
    ),
    Sme(
        "bpz-049", "en", "Pattaya Cycling Club", SP, DOWN, "Chonburi", "ride@pattayacycling.club", (), (),
        (("Used PVC race banners after each event, free to upcyclers", "used_vinyl_banners"),),
        (
            N("Custom sublimated cycling jerseys, 200 pcs", "custom_teamwear"),
            U("Race lanyards from recycled PET", "no one in the set makes lanyards"),
            N("Someone to turn our old race banners into musette bags for riders", "banner_upcycling_service"),
        ),
    ),
    Sme(
        "bpz-050", "th", "บางแสน ซับลิเมชั่น", SP, MID, "Chonburi", "bangsaen.sub@gmail.com", (), (),
        (
            ("รับพิมพ์ซับลิเมชั่นลงผ้าหรือเสื้อ ลูกค้าส่งผ้ามาเอง", "sublimation_printing_service"),
            ("รับปักโลโก้ด้วยจักรคอมพิวเตอร์", "embroidery_service"),
        ),
        (
            N(
                "ผ้าโพลีเอสเตอร์สีขาวสำหรับพิมพ์ซับ มีหรือไม่มี GRS ก็ได้",
                "moisture_wicking_fabric",
                "recycled_wicking_fabric",
                "recycled_polyester_fabric",
                waives=("GRS",),
            ),
            U("กระดาษซับลิเมชั่นม้วนใหญ่", "no one in the set sells transfer paper"),
        ),
    ),
    Sme(
        "bpz-051", "en", "Kinfolk Tote Co.", CT, DOWN, "Bangkok", "orders@kinfolktote.com", (), ("green",),
        (
            ("Custom canvas totes, screen-printed, MOQ 100", "tote_bags"),
            ("Screen printing on your own bags or tees", "screen_printing_service"),
        ),
        (N("Unbleached cotton canvas 10-12 oz", "cotton_canvas"),),
    ),
    Sme(
        "bpz-052", "th", "บริษัท นนท์แคนวาส จำกัด", CT, MID, "Nonthaburi", "sales@nonthcanvas.co.th", ("ISO 9001",),
        (),
        (
            ("ผ้าแคนวาสฝ้าย 100% เบอร์ 10 ทั้งดิบและฟอก", "cotton_canvas"),
            ("ผ้าดิบฝ้ายหน้า 60 นิ้ว", "cotton_greige_fabric"),
            ("ผ้าค้างสต็อก ม้วนปลายไม้ ขายถูกกว่าทุน", "deadstock_fabric"),
        ),
        (N("ด้ายฝ้ายเบอร์ 10–20 สำหรับทอผ้าใบ ไม่เอาด้ายรีไซเคิล", "cotton_yarn"),),
    ),
    Sme(
        "bpz-053", "en", "Siam Spin Co., Ltd.", HNF, UP, "Saraburi", "sales@siamspin.co.th",
        ("Better Cotton", "ISO 9001"), (),
        (
            ("Ring-spun cotton yarn Ne 20-40, raw white or dyed to order, Better Cotton on request", "cotton_yarn"),
            ("Organic cotton yarn from contract farms, farm records on file, cert pending", "organic_cotton_yarn"),
        ),
        (
            N(
                "Traceable Thai cotton lint, organic or regenerative",
                "organic_cotton_fibre",
                "regenerative_cotton_fibre",
            ),
        ),
    ),
    Sme(
        "bpz-054", "th", "กลุ่มฝ้ายพื้นเมืองจอมทอง", HNF, UP, "Chiang Mai", "chomthong.cotton@gmail.com", (), ("bio",),
        (
            ("ฝ้ายพื้นเมือง ฝ้ายตุ่นและฝ้ายขาว ทั้งปุย", "native_cotton_fibre"),
            ("ฝ้ายเข็นมือเส้นใหญ่ พร้อมย้อม", "handspun_cotton_yarn"),
        ),
        (
            N("ระบบ traceability/QR บอกที่มาสินค้าของกลุ่ม", "traceability_service"),
            N("หาคนรับทอผ้าจากด้ายของกลุ่ม เราส่งด้ายไปให้", "commission_weaving_service"),
        ),
    ),
    Sme(
        "bpz-055", "en", "Tao Home", HNF, DOWN, "Bangkok", "hello@taohome.co", (), ("bio",),
        (
            ("Handwoven cotton cushion covers, natural-dyed", "handwoven_cushion_covers"),
        ),
        (
            N("Handwoven cotton in natural undyed tones, 40 m/month", "handwoven_cotton_fabric"),
            N("Natural-dyed handwoven cotton, earthy palette", "natural_dyed_cotton_fabric"),
        ),
    ),
    Sme(
        "bpz-056", "th", "วิสาหกิจชุมชนเส้นใยกาบกล้วย", HNF, UP, "Kanchanaburi", "banana.fibre.kan@gmail.com", (),
        ("bio",),
        (("เส้นใยกาบกล้วยตากแห้ง สำหรับทอหรือทำกระดาษ", "banana_fibre"),),
        (N("ลงขายในตลาดออนไลน์ B2B สำหรับวัสดุธรรมชาติ", "b2b_marketplace_service"),),
    ),
    Sme(
        "bpz-057", "en", "Ananas Fibre Lab", HNF, UP, "Prachuap Khiri Khan", "hello@ananasfibrelab.com", (),
        ("bio", "circular"),
        (
            ("Pineapple leaf fibre (PALF), degummed, for blending - samples on request", "pineapple_leaf_fibre"),
            ("PALF-cotton blended yarn, pilot lots", "pineapple_blend_yarn"),
        ),
        (
            N("Spinning partner for PALF blends - we supply the fibre", "commission_spinning_service"),
            U("Pineapple leaves after harvest, by the truckload", "farm residue; no grower in the set offers it"),
        ),
    ),
    Sme(
        "bpz-058", "th", "ใช้ซ้ำ สตูดิโอ", CT, DOWN, "Bangkok", "chaisam.studio@gmail.com", (), ("circular",),
        (
            ("กระเป๋าอัพไซเคิลจากป้ายไวนิลเก่า ใบเดียวในโลก", "upcycled_bags"),
            ("รับทำกระเป๋าจากป้ายไวนิลงานอีเวนต์ของลูกค้า", "banner_upcycling_service"),
        ),
        (
            N("ป้ายไวนิลเก่าหลังจบงาน", "used_vinyl_banners"),
            N("ผ้าค้างสต็อกเอามาทำซับใน ม้วนไหนก็ได้", "deadstock_fabric"),
        ),
    ),
    Sme(
        "bpz-059", "en", "GreenPak Solutions", CT, MID, "Chachoengsao", "sales@greenpak.co.th", ("FSC",), ("green",),
        (
            ("Home-compostable mailer bags (PBAT/PLA), custom print", "eco_mailer_bags"),
            ("FSC kraft boxes, custom sizes", "paper_boxes"),
            ("FSC paper hang tags with cotton string", "paper_hang_tags"),
        ),
        (U("Cassava-starch biopolymer resin", "no one in the set supplies resin"),),
    ),
    Sme(
        "bpz-060", "th", "บริษัท ป้ายทอบางบอน จำกัด", CT, MID, "Bangkok", "bangbon.label@gmail.com", (OEKO,), (),
        (
            ("ป้ายทอคอเสื้อ ป้ายไซส์ ทอจากด้ายรีไซเคิล ขั้นต่ำ 1,000 ชิ้น", "woven_labels"),
        ),
        (N("ด้ายโพลีเอสเตอร์รีไซเคิลเส้นเล็กสำหรับทอป้าย ต้องมี GRS ลูกค้าแบรนด์นอกขอ", "recycled_polyester_yarn", certs=("GRS",)),),
    ),
    Sme(
        "bpz-061", "en", "Krabi Mangrove Eco Resort", HNF, DOWN, "Krabi", "purchasing@krabimangrove.com", (),
        ("green",),
        (("Old cotton bed sheets and towels, ~150 kg per quarter", "used_linen"),),
        (
            N("Bathrobes for the spa, cotton or hemp, 80 pcs", "spa_robes"),
            N("Small handwoven cotton pouches for amenities (not plastic)", "small_pouches"),
        ),
    ),
    Sme(
        "bpz-062", "th", "สบายดี สปา", ALC, DOWN, "Bangkok", "sabaidee.spa@gmail.com", (), (),
        (),
        (
            N("เสื้อคลุมอาบน้ำผ้าฝ้าย ต้องผ่านโอเคเท็กซ์", "spa_robes", certs=(OEKO,)),
            N("ผ้าขนหนูฝ้าย 100% ขนาด 30x60 นิ้ว", "towels"),
        ),
    ),
    Sme(
        "bpz-063", "en", "Softloom Towels", ALC, DOWN, "Suphan Buri", "sales@softloom.co.th", (OEKO,), (),
        (
            ("Terry towels, 100% cotton, hotel & spa grades", "towels"),
            ("Terry and waffle bathrobes", "spa_robes"),
            ("Terry fabric by the metre, seconds", "terry_fabric"),
        ),
        (
            N("GOTS organic cotton yarn for terry pile", "organic_cotton_yarn", certs=("GOTS",)),
            N("Woven care labels", "woven_labels"),
        ),
    ),
    Sme(
        "bpz-064", "th", "ศูนย์ดูแลผู้สูงอายุบ้านอุ่นใจ อุดรธานี", ALI, DOWN, "Udon Thani", "baanounjai.udon@gmail.com",
        (), (),
        (),
        (
            N("หมอนนุ่นหรือที่นอนนุ่นสำหรับผู้สูงอายุ", "kapok_pillows", "kapok_mattresses"),
            N("ผ้าอ้อมผู้ใหญ่แบบผ้า ซักได้", "washable_incontinence_pads"),
        ),
    ),
    Sme(
        "bpz-065", "en", "Isan Care Textiles", ALI, DOWN, "Khon Kaen", "sales@isancaretextiles.com", (OEKO,), (),
        (
            ("Washable incontinence pads and bed underpads, 4-layer", "washable_incontinence_pads"),
            ("Patient gowns with side ties, cotton-rich, OEKO-TEX tested", "patient_gowns"),
        ),
        (
            U("TPU-laminated waterproof fabric", "no laminated fabric maker in the set"),
            N("Cotton terry fabric, rolls or seconds", "terry_fabric"),
        ),
    ),
    Sme(
        "bpz-066", "th", "ใส่ง่าย แบรนด์เสื้อผ้าผู้สูงวัย", ALC, DOWN, "Samut Songkhram", "saingai.brand@gmail.com",
        (), (),
        (
            ("เสื้อผ้าผู้สูงอายุ กระดุมแม่เหล็ก แขนเปิดได้", "adaptive_clothing"),
            ("ชุดนอนผ้าฝ้ายสำหรับผู้สูงวัย", "sleepwear"),
        ),
        (
            N("ผ้าฝ้ายยืดเนื้อนุ่ม ต้องมี OEKO-TEX", "cotton_jersey", "organic_cotton_jersey", certs=(OEKO,)),
            N("ตัดเย็บ CMT งานเล็ก ครั้งละ 100 ตัว", "cmt_sewing_service"),
        ),
    ),
    Sme(
        "bpz-067", "en", "Plain Goods Co.", CT, DOWN, "Bangkok", "hello@plaingoods.co", (), ("green",),
        (("Organic cotton basics: tees and tanks, D2C", "tshirts"),),
        (
            N("GOTS organic jersey 180 gsm, 300 m per colour", "organic_cotton_jersey", certs=("GOTS",)),
            N("Natural indigo dyeing of a tee capsule, we send the blanks", "indigo_dyeing_service"),
        ),
    ),
    Sme(
        "bpz-068", "th", "ร้านฝากใจ นิมมาน", HNF, DOWN, "Chiang Mai", "fakjai.nimman@gmail.com", (), (),
        (),
        (
            N("ย่ามผ้าฝ้ายทอมือ ย้อมคราม", "woven_shoulder_bags"),
            N("กระเป๋าผ้ากัญชงงานชาวเขา", "hemp_bags"),
        ),
    ),
    Sme(
        "bpz-069", "en", "Doi Hemp Crafts", HNF, DOWN, "Chiang Rai", "doihempcrafts@gmail.com", (), ("bio",),
        (
            ("Hmong batik hemp bags and pouches, fair price paid to makers", "hemp_bags"),
            ("Indigo batik hemp cloth by the metre", "hemp_batik_fabric"),
        ),
        (N("Hand-spun hemp yarn", "hemp_yarn"),),
    ),
    Sme(
        "bpz-070", "th", "กลุ่มเลี้ยงไหมบ้านหนองบัวแดง", ALI, UP, "Chaiyaphum", "nongbuadaeng.silk@gmail.com",
        ("OTOP",), ("bio",),
        (
            ("เส้นไหมพันธุ์ไทย สาวมือ ทั้งเส้นยืนและเส้นพุ่ง", "silk_yarn"),
            ("รังไหมสด", "silk_cocoons"),
        ),
        (U("ที่ปรึกษาช่วยยื่นขอตรานกยูงพระราชทาน", "no one in the set advises on the Peacock Emblem"),),
    ),
    Sme(
        "bpz-071", "en", "Andaman Surf Co.", SP, DOWN, "Phuket", "shop@andamansurf.co", (), (),
        (("Used wetsuits and rash guards for recycling", "used_wetsuits"),),
        (
            N("Custom printed rash guards with our logo, 150 pcs", "custom_teamwear"),
            U("Recycled neoprene sheet", "no neoprene supplier in the set"),
        ),
    ),
    Sme(
        "bpz-072", "th", "ร้านกางเกงมวย ส.เพชรยิ่ง", SP, DOWN, "Bangkok", "sorpetchying.muay@gmail.com", (), (),
        (("กางเกงมวยไทยผ้าซาติน ปักชื่อได้", "sportswear"),),
        (
            N("งานปักจักรคอมพิวเตอร์ รับจ้าง", "embroidery_service"),
            N("ผ้าซาตินโพลีเอสเตอร์รีไซเคิล", "recycled_polyester_fabric"),
        ),
    ),
    Sme(
        "bpz-073", "en", "Dye Less Studio", CT, MID, "Bangkok", "studio@dyeless.co", ("ISO 14001",), ("green",),
        (
            ("Low-impact garment dyeing, low liquor ratio, small lots from 30 pcs", "garment_dyeing_service"),
            ("Ozone and laser finishing for denim, no stone wash", "denim_washing_service"),
        ),
        (N("PFD cotton tees, undyed, for our stock colours", "blank_cotton_tshirts"),),
    ),
    Sme(
        "bpz-074", "th", "บริษัท ราชบุรีเดนิม จำกัด", CT, MID, "Ratchaburi", "rbdenim@gmail.com", (), (),
        (
            ("เศษผ้ายีนส์จากการตัด วันละประมาณ 200 กก.", "denim_cutting_waste"),
            ("กางเกงยีนส์เกรดบี ค้างสต็อก ขายเหมา", "overstock_jeans"),
        ),
        (N("รับฟอกยีนส์แบบประหยัดน้ำ โอโซนหรือเลเซอร์", "denim_washing_service"),),
    ),
    Sme(
        "bpz-075", "en", "Golden Age Living Residence", ALC, DOWN, "Phra Nakhon Si Ayutthaya",
        "admin@goldenageliving.co.th", (), (),
        (),
        (
            N("Breathable cotton bed linen sets, 200 sets", "bed_linen"),
            N("Anyone who recycles old bed linen into fibre? We can send 2 t a year", "textile_shredding_service"),
        ),
    ),
    Sme(
        "bpz-076", "th", "โรงงานเครื่องนอนสิงห์บุรี", ALC, DOWN, "Sing Buri", "singburi.bedding@gmail.com", (), (),
        (
            ("ชุดผ้าปูที่นอนผ้าฝ้าย 100% ทอ 300 เส้นด้าย", "bed_linen"),
            ("หมอนใยสังเคราะห์รีไซเคิล", "fibre_pillows"),
        ),
        (
            N("ใยโพลีเอสเตอร์รีไซเคิลสำหรับยัดหมอน", "recycled_fibrefill"),
            N("ผ้าดิบฝ้ายหน้ากว้าง 110 นิ้ว", "cotton_greige_fabric"),
        ),
    ),
    Sme(
        "bpz-077", "en", "Khao Kho Hemp Farm", HNF, UP, "Phetchabun", "farm@khaokhohemp.com", (), ("bio",),
        (
            ("Dried hemp stalks after seed harvest, per tonne", "hemp_stalks"),
            ("Machine-decorticated hemp fibre, retted", "hemp_fibre"),
        ),
        (U("Certified fibre-variety hemp seed", "no seed supplier in the set"),),
    ),
    Sme(
        "bpz-078", "th", "บริษัท ไบโอแกนกัญชง จำกัด", HNF, MID, "Pathum Thani", "hello@biohempmaterial.co", (),
        ("bio", "green"),
        (("แผ่นไบโอคอมโพสิตจากแกนกัญชง ใช้ทำผนังตกแต่ง", "hemp_composite_board"),),
        (
            N("แกนกัญชงสับ (hurd) เท่านั้น ไม่รับทั้งต้น", "hemp_hurd"),
            N("ใยธรรมชาติ เช่น ใยกล้วย ใยสับปะรด สำหรับเสริมแรง", "banana_fibre", "pineapple_leaf_fibre"),
        ),
    ),
    Sme(
        "bpz-079", "en", "Nimman Thrift Collective", CT, DOWN, "Chiang Mai", "hi@nimmanthrift.com", (), ("circular",),
        (("Curated vintage and pre-loved clothing, online and pop-ups", "graded_secondhand_clothing"),),
        (
            N("A-grade secondhand bales, vintage mix", "graded_secondhand_clothing"),
            N("Rental platform partner for occasion wear", "rental_platform_service"),
        ),
    ),
    Sme(
        "bpz-080", "th", "กลุ่มทอผ้าขาวม้าบ้านหนองเหล็ก", ALI, MID, "Maha Sarakham", "nonglek.pakaoma@gmail.com",
        ("OTOP",), ("bio",),
        (
            ("ผ้าขาวม้าทอมือ ฝ้าย 100% ลายตาราง", "pha_khao_ma"),
            ("รับทอผ้าตามแบบ ลูกค้าส่งเส้นด้ายมาเอง", "commission_weaving_service"),
        ),
        (
            N("ด้ายฝ้ายรีไซเคิล ทำผ้าขาวม้ารักษ์โลก ไม่จำเป็นต้องมีใบ GRS", "recycled_cotton_yarn", waives=("GRS",)),
            N("ด้ายฝ้ายสีพร้อมทอ", "cotton_yarn"),
        ),
    ),
    Sme(
        "bpz-081", "en", "Patchwork People", CT, DOWN, "Bangkok", "hello@patchworkpeople.co", (), ("circular",),
        (("Pha khao ma patchwork jackets and bucket hats", "fashion_garments"),),
        (
            N("Handwoven pha khao ma, mixed checks, 200 pieces", "pha_khao_ma"),
            N("Paper boxes, FSC only", "paper_boxes", certs=("FSC",)),
        ),
    ),
    Sme(
        "bpz-082", "th", "ศูนย์คัดแยกสิ่งทอลำพูน", CT, UP, "Lamphun", "lamphun.sorting@gmail.com", (), ("circular",),
        (
            ("รับคัดแยกเสื้อผ้าเก่าตามชนิดเส้นใยและสี", "textile_sorting_service"),
            ("ผ้าโพลีเอสเตอร์ 100% คัดแล้ว อัดก้อน", "sorted_polyester_textile_waste"),
        ),
        (N("เสื้อผ้าเก่ายังไม่คัดแยก จากจุดรับบริจาค", "used_clothing"),),
    ),
    Sme(
        "bpz-083", "en", "Ubon Wellness Retreat", ALI, DOWN, "Ubon Ratchathani", "stay@ubonwellness.com", (),
        ("green",),
        (),
        (
            N("Cushion covers in local handwoven patterns", "handwoven_cushion_covers"),
            U("Natural-fibre yoga mats, no PVC", "no yoga mat maker in the set"),
            N("Mudmee cotton for staff uniforms - our own tailor sews them", "mudmee_cotton_fabric"),
        ),
    ),
    Sme(
        "bpz-084", "th", "บริษัท ระยองเพ็ทรีไซเคิล จำกัด", SP, UP, "Rayong", "rayongpetrecycle@gmail.com", (),
        ("circular",),
        (
            ("เกล็ด PET ใส ล้างร้อน (กำลังยื่นขอ GRS)", "rpet_flakes"),
            ("ด้ายรีไซเคิลจากขวด สำหรับผ้ากีฬา", "recycled_polyester_yarn"),
        ),
        (N("ขวด PET ใส อัดก้อน", "used_pet_bottles"),),
    ),
    Sme(
        "bpz-085", "en", "Stride Medical Textiles", ALC, MID, "Bangkok", "sales@stridemedtex.com", ("ISO 13485",), (),
        (("Graduated compression socks and sleeves, medical grade", "compression_garments"),),
        (N("Sock knitting OEM partner, 5k pairs/month", "socks"),),
    ),
    Sme(
        "bpz-086", "th", "โรงพยาบาลบางกอกเมดิพลัส", ALC, DOWN, "Bangkok", "purchasing@bkkmediplus.co.th", (), (),
        (),
        (
            N("ถุงน่องรัดกระชับหลังผ่าตัด ต้องมี ISO 13485", "compression_garments", certs=("ISO 13485",)),
            N("ส่งผ้าปูเตียงเก่าของโรงพยาบาลไปย่อยเป็นเส้นใยรีไซเคิล", "textile_shredding_service"),
        ),
    ),
    Sme(
        "bpz-087", "th", "วิสาหกิจชุมชนกะลาสร้างสรรค์ ท่าศาลา", HNF, MID, "Nakhon Si Thammarat",
        "kala.thasala@gmail.com", ("OTOP",), ("bio", "circular"),
        (
            ("กระดุมกะลามะพร้าว ขัดเงา ขนาด 11–25 มม.", "coconut_shell_buttons"),
            ("ใยมะพร้าวอัดแผ่น", "coir_fibre"),
        ),
        (N("ขายส่งให้แบรนด์แฟชั่นผ่านแพลตฟอร์ม B2B", "b2b_marketplace_service"),),
    ),
    Sme(
        "bpz-088", "th", "กลุ่มทอผ้าปกาเกอะญอบ้านห้วยปูลิง", HNF, MID, "Mae Hong Son", "huaypuling.weave@gmail.com",
        (), ("bio",),
        (
            ("ผ้าทอกี่เอว ฝ้ายย้อมสีธรรมชาติ ผืนละ 2 เมตร", "natural_dyed_cotton_fabric"),
            ("ย่ามปกาเกอะญอ ทอมือ", "woven_shoulder_bags"),
        ),
        (
            N("ฝ้ายเข็นมือ", "handspun_cotton_yarn"),
            N("สีครั่งและสีเปลือกไม้", "natural_dye_extract"),
        ),
    ),
    Sme(
        "bpz-089", "en", "Siam Green Department Store", CT, DOWN, "Bangkok", "sustainability@siamgreen.co.th", (), (),
        (),
        (
            N("Organic cotton tees from a Thai D2C brand for our conscious-living corner", "tshirts"),
            N("Take-back bins run by a partner in our 12 branches", "take_back_logistics_service"),
            N("Upcycled capsule from a local brand", "upcycled_garments"),
        ),
    ),
    Sme(
        "bpz-090", "th", "กลุ่มผ้าไหมแพรวาบ้านโนนแพง", ALI, DOWN, "Kalasin", "nonphaeng.praewa@gmail.com",
        (PEACOCK, "OTOP"), ("bio",),
        (
            ("ผ้าไหมแพรวาทอมือ ตรานกยูง", "handwoven_silk_fabric"),
            ("ผ้าคลุมไหล่ไหมแพรวา", "scarves"),
        ),
        (
            N("เส้นไหมไทยสาวมือ", "silk_yarn"),
            N("กล่องของขวัญกระดาษรีไซเคิล", "paper_boxes"),
        ),
    ),
    Sme(
        "bpz-091", "en", "Lampang Loom Works", HNF, MID, "Lampang", "sales@lampangloom.com", (), ("bio",),
        (
            ("Handloom cotton fabric, undyed natural, 40 m rolls", "handwoven_cotton_fabric"),
            ("Commission weaving: send your yarn, we weave", "commission_weaving_service"),
        ),
        (
            N("Native-cotton handspun yarn, 200 kg per quarter", "handspun_cotton_yarn"),
        ),
    ),
    Sme(
        "bpz-092", "th", "ร้านชุดนักเรียนมือสอง หาดใหญ่", CT, DOWN, "Songkhla", "hatyai.uniform2@gmail.com", (),
        ("circular",),
        (
            ("ชุดนักเรียนมือสอง คัดแล้ว ซักสะอาด", "secondhand_school_uniforms"),
            ("ชุดนักเรียนเก่าสภาพใส่ไม่ได้ ขายเหมาเป็นกิโล", "non_wearable_textile_waste"),
        ),
        (
            N("ช่างซ่อมชุดนักเรียน ปะ เปลี่ยนกระดุม", "garment_repair_service"),
        ),
    ),
    Sme(
        "bpz-093", "en", "CleanCycle Laundry", CT, MID, "Nonthaburi", "pickup@cleancycle.co.th", ("ISO 14001",),
        ("green",),
        (("Commercial laundry for resale and rental stock, eco detergents, BKK pickup", "commercial_laundry_service"),),
        (U("Reusable laundry bags from recycled polyester", "no one in the set makes laundry bags"),),
    ),
    Sme(
        "bpz-094", "th", "วิสาหกิจชุมชนปลูกฝ้ายบ้านโคกเมือง", ALI, UP, "Buriram", "khokmueang.cotton@gmail.com", (),
        ("bio",),
        (("ปุยฝ้ายพื้นเมือง ไม่ใช้สารเคมี ยังไม่ได้ขอรับรอง", "native_cotton_fibre"),),
        (
            N("หาโรงรับปั่นด้ายจากปุยฝ้ายของกลุ่ม", "commission_spinning_service", "cotton_commission_spinning_service"),
            U("เครื่องปั่นด้ายแบบเหยียบ", "no spinning wheel maker in the set"),
        ),
    ),
    Sme(
        "bpz-095", "en", "Field Notes Studio", HNF, DOWN, "Bangkok", "studio@fieldnotes.co.th", (), ("bio",),
        (("Natural-dyed capsule collections, wholesale to Japan", "fashion_garments"),),
        (
            N("Handwoven indigo cotton, 50 m per colourway", "indigo_dyed_cotton_fabric"),
            N(
                "Hemp fabric - OEKO-TEX not required, small lots fine",
                "hemp_fabric",
                "hemp_batik_fabric",
                waives=(OEKO,),
            ),
        ),
    ),
]


# ------------------------------------------------------------------ checks and output

TARGET_SMES = 95
TH_SHARE = (0.45, 0.55)
LINKS = (140, 180)
CROSS_SHARE_MIN = 0.45
UNMET = (15, 25)
MIN_PROVINCES = 30


def _thai_letters(text: str) -> int:
    return sum(1 for ch in text if "\u0e00" <= ch <= "\u0e7f" and ch.isalpha())


def _latin_letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha() and ch.isascii())


def _other_letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha() and not ch.isascii() and not "\u0e00" <= ch <= "\u0e7f")


def _squash(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def _names_certification(text: str, cert: str, catalogue: dict) -> bool:
    """Whether `text` names certification `cert` by its name, an alias or a mention."""
    entry = catalogue[cert]
    words = (entry.name, entry.full_name, *entry.aliases, *entry.mentions, *entry.case_sensitive_mentions)
    body = _squash(text)
    return any(_squash(word) and _squash(word) in body for word in words)


def _links(smes: list[Sme], canonical: dict[str, frozenset[str]]) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            if need.unmet:
                continue
            for supplier in smes:
                if supplier.id == buyer.id:
                    continue
                offered = {label for _, label in supplier.offers}
                if offered & set(need.labels) and set(need.certs) <= canonical[supplier.id]:
                    pairs.add((supplier.id, buyer.id))
    return pairs


def check(smes: list[Sme]) -> tuple[list[str], set[tuple[str, str]], dict[str, object]]:
    from shared.taxonomy import CERTIFICATIONS, BcgTag, Stage, SubCluster, resolve_certification, resolve_province

    errors: list[str] = []
    catalogue = {c.name: c for c in CERTIFICATIONS}
    subs = {s.value for s in SubCluster}
    stages = {s.value for s in Stage}
    tags = {t.value for t in BcgTag}

    ids = [s.id for s in smes]
    if ids != [f"bpz-{i:03d}" for i in range(1, len(smes) + 1)]:
        errors.append("ids must run bpz-001, bpz-002, ... without gaps")
    if len(smes) != TARGET_SMES:
        errors.append(f"{len(smes)} SMEs, expected {TARGET_SMES}")
    emails = Counter(s.email for s in smes)
    errors += [f"e-mail {e} used {n} times" for e, n in emails.items() if n > 1]
    names = Counter(s.name for s in smes)
    errors += [f"name {n!r} used {k} times" for n, k in names.items() if k > 1]

    canonical: dict[str, frozenset[str]] = {}
    for s in smes:
        where = s.id
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub not in subs:
            errors.append(f"{where}: sub-cluster {s.sub!r}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage!r}")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} does not resolve to itself")
        if "@" not in s.email or " " in s.email or not s.email.isascii():
            errors.append(f"{where}: e-mail {s.email!r}")
        certs = set()
        for cert in s.certs:
            resolved = resolve_certification(cert)
            if resolved != cert:
                errors.append(f"{where}: certification {cert!r} resolves to {resolved!r}")
            certs.add(resolved or cert)
        canonical[s.id] = frozenset(certs)
        if len(set(s.certs)) != len(s.certs):
            errors.append(f"{where}: certification listed twice")
        if not set(s.bcg) <= tags or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: BCG tags {s.bcg!r}")
        if not 0 <= len(s.offers) <= 4:
            errors.append(f"{where}: {len(s.offers)} offers")
        if not s.offers and s.stage != DOWN:
            errors.append(f"{where}: only downstream buyers may offer nothing")
        if not 1 <= len(s.needs) <= 4:
            errors.append(f"{where}: {len(s.needs)} needs")
        phrases = [text for text, _ in s.offers] + [n.text for n in s.needs]
        if len(set(phrases)) != len(phrases):
            errors.append(f"{where}: a phrase is repeated")
        for text in [s.name, *phrases]:
            if text != text.strip() or "  " in text or not text:
                errors.append(f"{where}: spacing in {text!r}")
            if _other_letters(text):
                errors.append(f"{where}: letters of a third script in {text!r}")
        if s.lang == "th":
            if not _thai_letters(s.name):
                errors.append(f"{where}: Thai profile with a name without Thai letters")
            for text in phrases:
                if _thai_letters(text) <= _latin_letters(text):
                    errors.append(f"{where}: Thai phrase not mostly Thai letters: {text!r}")
        else:
            for text in [s.name, *phrases]:
                if _thai_letters(text):
                    errors.append(f"{where}: Thai letters in an English profile: {text!r}")
        for _, label in s.offers:
            if not label or label != label.strip().lower().replace(" ", "_"):
                errors.append(f"{where}: offer label {label!r}")
        for need in s.needs:
            if bool(need.unmet) == bool(need.labels):
                errors.append(f"{where}: need {need.text!r} must have labels or a note, not both")
            for cert in (*need.certs, *need.waives):
                if cert not in catalogue:
                    errors.append(f"{where}: need names unknown certification {cert!r}")
                elif not _names_certification(need.text, cert, catalogue):
                    errors.append(f"{where}: need {need.text!r} does not name {cert}")
            if set(need.certs) & set(need.waives):
                errors.append(f"{where}: need both requires and waives a certification")

    for buyer in smes:
        for need in buyer.needs:
            if need.unmet:
                continue
            qualified = 0
            for label in need.labels:
                others = [s for s in smes if s.id != buyer.id and label in {lab for _, lab in s.offers}]
                if not others:
                    errors.append(f"{buyer.id}: label {label!r} is offered by no one else")
                qualified += sum(1 for s in others if set(need.certs) <= canonical[s.id])
            if not qualified:
                errors.append(f"{buyer.id}: need {need.text!r} has no qualified supplier")

    links = _links(smes, canonical)
    stats = statistics(smes, links)
    th_share = stats["th"] / len(smes)
    if not TH_SHARE[0] <= th_share <= TH_SHARE[1]:
        errors.append(f"Thai share {th_share:.2f} outside {TH_SHARE}")
    if not LINKS[0] <= len(links) <= LINKS[1]:
        errors.append(f"{len(links)} links, expected {LINKS[0]}-{LINKS[1]}")
    if stats["cross"] / len(links) < CROSS_SHARE_MIN:
        errors.append(f"cross-language links {stats['cross']}/{len(links)} below {CROSS_SHARE_MIN:.0%}")
    if not UNMET[0] <= stats["unmet"] <= UNMET[1]:
        errors.append(f"{stats['unmet']} unmet needs, expected {UNMET[0]}-{UNMET[1]}")
    if not stats["requiring"] or not stats["waiving"]:
        errors.append("needs must include some that require and some that waive a certification")
    if set(stats["per_sub"]) != subs:
        errors.append("every sub-cluster must be used")
    if set(stats["per_stage"]) != stages:
        errors.append("every stage must be used")
    if stats["provinces"] < MIN_PROVINCES:
        errors.append(f"only {stats['provinces']} provinces")
    return errors, links, stats


def statistics(smes: list[Sme], links: set[tuple[str, str]]) -> dict[str, object]:
    from shared.taxonomy import resolve_province

    by_id = {s.id: s for s in smes}
    needs = [n for s in smes for n in s.needs]
    cross_th_en = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    cross_en_th = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    regions = Counter()
    for s in smes:
        province = resolve_province(s.province)
        regions[province.region.value if province else "?"] += 1
    return {
        "profiles": len(smes),
        "th": sum(1 for s in smes if s.lang == "th"),
        "en": sum(1 for s in smes if s.lang == "en"),
        "per_sub": Counter(s.sub for s in smes),
        "per_stage": Counter(s.stage for s in smes),
        "per_region": regions,
        "provinces": len({s.province for s in smes}),
        "offers": sum(len(s.offers) for s in smes),
        "offer_labels": len({label for s in smes for _, label in s.offers}),
        "needs": len(needs),
        "met": sum(1 for n in needs if not n.unmet),
        "unmet": sum(1 for n in needs if n.unmet),
        "requiring": sum(1 for n in needs if n.certs),
        "waiving": sum(1 for n in needs if n.waives),
        "links": len(links),
        "cross_th_en": cross_th_en,
        "cross_en_th": cross_en_th,
        "cross": cross_th_en + cross_en_th,
        "within": len(links) - cross_th_en - cross_en_th,
        "cross_sub": sum(1 for a, b in links if by_id[a].sub != by_id[b].sub),
    }


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: set[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(links))
    return buffer.getvalue()


def report(stats: dict[str, object]) -> str:
    links = stats["links"]
    rows = [
        ("profiles", stats["profiles"]),
        ("Thai / English profiles", f"{stats['th']} / {stats['en']}"),
        *((f"sub-cluster {k}", v) for k, v in sorted(stats["per_sub"].items())),
        *((f"stage {k}", v) for k, v in sorted(stats["per_stage"].items())),
        *((f"region {k}", v) for k, v in sorted(stats["per_region"].items())),
        ("distinct provinces", stats["provinces"]),
        ("offers", stats["offers"]),
        ("distinct offer labels", stats["offer_labels"]),
        ("needs", stats["needs"]),
        ("met / unmet needs", f"{stats['met']} / {stats['unmet']}"),
        ("needs requiring a certification", stats["requiring"]),
        ("needs waiving a certification", stats["waiving"]),
        ("true links", links),
        ("cross-language links Thai supplier -> English buyer", stats["cross_th_en"]),
        ("cross-language links English supplier -> Thai buyer", stats["cross_en_th"]),
        ("cross-language links, total", f"{stats['cross']} ({stats['cross'] / links:.1%})"),
        ("within-language links", stats["within"]),
        ("links between different sub-clusters", stats["cross_sub"]),
    ]
    return "\n".join(["| count | value |", "|---|---|", *(f"| {k} | {v} |" for k, v in rows)])


def main() -> int:
    errors, links, stats = check(SMES)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    (HERE / "profiles.jsonl").write_text(profiles, encoding="utf-8", newline="\n")
    (HERE / "links.csv").write_text(links_csv(links), encoding="utf-8", newline="\n")
    print(report(stats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
