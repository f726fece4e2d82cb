"""Hand-written evaluation set: plain registry entries of an Isan community-enterprise leaning cluster.

Every profile, offer label and need below was written by hand. Run from the repository root:

    .venv/bin/python eval/blind_plain_isan/write.py

The script checks the data and, only when every check passes, writes `profiles.jsonl` and `links.csv`
next to itself. Two runs give identical bytes.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

# ------------------------------------------------------------------ vocabulary

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"

PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ORGANIC_TH = "Organic Thailand"
GOTS = "GOTS"
GRS = "GRS"
OEKO = "OEKO-TEX Standard 100"
GREEN_LABEL = "Thai Green Label"
THAI_FDA = "Thai FDA"
ISO13485 = "ISO 13485"
FSC = "FSC"
FAIRTRADE = "Fairtrade"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str | None


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that the listed offer labels meet (from a supplier holding every cert in `certs`)."""
    return Need(text, labels, certs, waives, None)


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


# ------------------------------------------------------------------ the profiles

SMES: list[Sme] = [
    Sme(
        "bis-001", "th", "กลุ่มทอผ้าไหมมัดหมี่บ้านโนนสว่าง", ALI, MID, "Khon Kaen",
        "nonsawang.mudmee@gmail.com", ("ตรานกยูงพระราชทาน", "OTOP"), ("bio",),
        (
            ("ผ้าไหมมัดหมี่ลายโบราณ ได้ตรานกยูงสีทอง", "mudmee_silk_fabric"),
            ("ผ้าไหมพื้น สีเดียว หน้ากว้าง 1 ม.", "plain_silk_fabric"),
        ),
        (
            N("ไหมน้อยสาวมือ ไว้ทำเส้นพุ่ง เดือนละ 10 กก. ไม่เอาไหมโรงงาน", "handreeled_silk_yarn"),
            N("ใครมีเชือกฟางมัดหมี่ขายบ้าง?", "mudmee_tying_string"),
        ),
    ),
    Sme(
        "bis-002", "en", "Korat Sericulture Farm", HEMP, UP, "Nakhon Ratchasima",
        "koratsilkfarm@gmail.com", ("Organic Thailand",), ("bio", "green"),
        (
            ("Fresh yellow cocoons, native Nang Noi breed, ~30 kg a week", "silkworm_cocoons"),
            ("Mulberry saplings, Buriram 60 variety, 5 THB each", "mulberry_saplings"),
            ("Pierced & double cocoons for handicraft, per kg", "cocoon_waste"),
        ),
        (
            N("Disease-free silkworm egg sheets, 20 boxes per rearing cycle", "silkworm_eggs"),
            U("Second-hand cocoon drying oven (gas)", "no one in the set sells drying equipment"),
        ),
    ),
    Sme(
        "bis-003", "th", "กลุ่มสาวไหมพื้นบ้านบ้านท่าสว่าง", HEMP, UP, "Surin",
        "thasawang.silkyarn@hotmail.com", ("OTOP",), ("bio",),
        (
            ("ไหมน้อย สาวมือ สีเหลืองธรรมชาติ กิโลละ 2,800", "handreeled_silk_yarn"),
            ("ไหมลืบ เส้นใหญ่ ทอผ้าพันคอหนาๆ ได้", "coarse_silk_yarn"),
        ),
        (
            N("รับซื้อรังไหมสด พันธุ์พื้นบ้าน ทุกวัน", "silkworm_cocoons"),
        ),
    ),
    Sme(
        "bis-004", "en", "Siam Heritage Living Co., Ltd.", ALC, DOWN, "Bangkok",
        "sourcing@siamheritageliving.co.th", (), (),
        (("Cushion covers in Thai silk, 45 x 45 cm, wholesale to hotels", "cushion_cover"),),
        (
            N(
                "Mudmee silk yardage carrying the Peacock Emblem, approx. 200 m per season",
                "mudmee_silk_fabric", certs=(PEACOCK,),
            ),
            N("CMT: sew our cushion covers from fabric we send", "cmt_sewing_service"),
        ),
    ),
    Sme(
        "bis-005", "th", "วิสาหกิจชุมชนครามบ้านดอนกอย", HEMP, MID, "Sakon Nakhon",
        "donkoi.khram@gmail.com", ("มาตรฐานเกษตรอินทรีย์", "โอทอป"), ("bio", "green"),
        (
            ("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
            ("เนื้อครามเปียก (ครามหมัก) ถังละ 5 กก.", "indigo_paste"),
            ("รับย้อมคราม ส่งผ้าหรือเส้นฝ้ายของท่านมาได้", "indigo_dyeing_service"),
        ),
        (
            N("ฝ้ายดอก ปลูกแบบไม่ใช้สารเคมี", "seed_cotton"),
            N("กล่องกระดาษใส่ผ้า พิมพ์โลโก้กลุ่ม", "paper_gift_box"),
        ),
    ),
    Sme(
        "bis-006", "en", "Mekong Indigo Studio", ALI, DOWN, "Nakhon Phanom",
        "hello@mekongindigo.com", (), ("green",),
        (
            ("Indigo cotton shirts, mor hom cut, S-XXL", "handwoven_cotton_garments"),
            ("Tote bags in hand-loomed indigo cotton", "handwoven_cotton_bag"),
        ),
        (
            N("Natural indigo-dyed handwoven fabric, 100 m/month", "indigo_dyed_cotton_fabric"),
        ),
    ),
    Sme(
        "bis-007", "th", "ร้านของฝากผ้าดีอุบล", ALI, DOWN, "Ubon Ratchathani",
        "phadee.ubon@gmail.com", (), (),
        (),
        (
            N("ผ้าขาวม้าทอมือ ลายตาราง ส่งเป็นโหล", "pha_khao_ma"),
            N("หมอนขวานใบเล็ก ไว้ขายเป็นของฝาก", "axe_pillow"),
            N("ผ้าไหมมัดหมี่ ราคาส่ง มีตรานกยูงหรือไม่มีก็ได้", "mudmee_silk_fabric", waives=(PEACOCK,)),
        ),
    ),
    Sme(
        "bis-008", "en", "Si Than Axe Pillow Makers Group", ALI, DOWN, "Yasothon",
        "sithan.pillow@gmail.com", ("OTOP 5 stars",), ("bio",),
        (
            ("Axe pillows (mon khwan), khit pattern, small/medium/large", "axe_pillow"),
            ("Fold-out triangle cushion mat, 10 sections, for floor sitting", "triangle_floor_mat"),
            ("Khit cotton, supplementary weft, 40 cm wide, per metre", "khit_cotton_fabric"),
        ),
        (
            N("Kapok filling, cleaned and seedless, 500 kg per month", "kapok_fibre"),
            N("Cotton yarn for khit weaving, dyed red and black, on cones", "mill_cotton_yarn"),
        ),
    ),
    Sme(
        "bis-009", "th", "โรงพยาบาลศรีอุดรการแพทย์", ALI, DOWN, "Udon Thani",
        "purchasing@sriudonhospital.co.th", (), (),
        (),
        (
            N("ชุดคนไข้ผ้าฝ้าย เสื้อผ่าหน้า ผูกข้าง", "patient_gown"),
            N(
                "เบาะรองนั่งกันแผลกดทับ สำหรับผู้ป่วยติดเตียง ต้องมี ISO 13485",
                "pressure_relief_cushion", certs=(ISO13485,),
            ),
            N("ลูกประคบสมุนไพร แผนกแพทย์แผนไทย ต้องมีเลข อย.", "herbal_compress", certs=(THAI_FDA,)),
        ),
    ),
    Sme(
        "bis-010", "en", "Phu Thai Herbal Wellness", ALI, DOWN, "Kalasin",
        "phuthaiherbal@outlook.com", ("FDA Thailand", "OTOP"), ("bio",),
        (("Thai herbal compress balls 150 g, wrapped in cotton, FDA registered", "herbal_compress"),),
        (
            N("Plain unbleached cotton sheeting to wrap compress balls, ~1,000 m", "plain_cotton_fabric"),
        ),
    ),
    Sme(
        "bis-011", "th", "วิสาหกิจชุมชนฝ้ายพื้นเมืองนาป่าหนาด", HEMP, UP, "Loei",
        "napanad.cotton@gmail.com", ("Organic Thailand",), ("bio",),
        (
            ("ฝ้ายดอก ฝ้ายพื้นเมืองพันธุ์ตุ่ย เก็บมือ", "seed_cotton"),
            ("ฝ้ายเข็นมือ เส้นเล็ก/เส้นกลาง ขายเป็นไจ", "handspun_cotton_yarn"),
        ),
        (
            N("เมล็ดพันธุ์คราม หรือต้นกล้าคราม", "indigo_seeds"),
            N("อยากได้วิทยากรมาสอนย้อมสีธรรมชาติให้สมาชิก", "natural_dye_training"),
        ),
    ),
    Sme(
        "bis-012", "en", "Mae Chaem Hmong Hemp Collective", HEMP, UP, "Chiang Mai",
        "maechaemhemp@gmail.com", (), ("bio",),
        (
            ("Hand-split hemp fibre, sun bleached", "hemp_fibre"),
            ("Handspun hemp yarn, undyed, per skein", "hemp_yarn"),
        ),
        (
            N("Indigo paste for batik dyeing of hemp cloth", "indigo_paste"),
            U("Small hemp decorticator", "no one in the set offers fibre machinery"),
        ),
    ),
    Sme(
        "bis-013", "th", "กลุ่มทอผ้าแพรวาบ้านโพน", ALI, MID, "Kalasin",
        "baanphon.praewa@gmail.com", ("ตรานกยูง", "OTOP"), ("bio",),
        (
            ("ผ้าแพรวา ไหมขิดลายแพรวา ผืนสไบ ยาว 2 ม.", "praewa_silk_cloth"),
            ("ผ้าพันคอไหมแพรวา", "silk_scarf"),
        ),
        (
            N("ต้องการไหมโรงงาน ย้อมสีแล้ว สำหรับเส้นยืน", "machine_silk_yarn"),
            N("ฟืมทอผ้า ฟันถี่ หน้ากว้าง 80 ซม.", "loom_reed"),
        ),
    ),
    Sme(
        "bis-014", "th", "ร้านช่างสมบัติกี่ทอผ้า", HEMP, MID, "Roi Et",
        "changsombat.loom@gmail.com", (), (),
        (
            ("กี่กระตุก โครงไม้สัก หน้าทอ 100 ซม.", "handloom"),
            ("ฟันฟืมสแตนเลส สั่งทำได้ทุกเบอร์", "loom_reed"),
            ("กระสวยทรงเรือ หลอดไม้", "loom_shuttle"),
        ),
        (U("ไม้สัก ไม้ประดู่แปรรูป ตากแห้งแล้ว", "no timber seller in the set"),),
    ),
    Sme(
        "bis-015", "th", "ร้านชนบทอุปกรณ์ทอผ้า", HEMP, MID, "Khon Kaen",
        "chonnabot.loomshop@gmail.com", (), (),
        (
            ("กระสวย หลอดด้าย ไม้ไผ่", "loom_shuttle"),
            ("เชือกฟางมัดหมี่ ม้วนละ 1 กก.", "mudmee_tying_string"),
            ("หลา อัก กง เครื่องกรอด้าย", "spinning_reeling_tools"),
        ),
        (
            N("ฟืมเหล็ก รับไปขายต่อ", "loom_reed"),
        ),
    ),
    Sme(
        "bis-016", "en", "Buriram Silk Yarn Trading", HEMP, UP, "Buriram",
        "sales@buriramsilkyarn.com", (), (),
        (
            ("Machine-reeled silk 20/22 denier, degummed, white or dyed", "machine_silk_yarn"),
            ("Silk noil & waste thread, baled", "silk_yarn_waste"),
        ),
        (
            N("Thai native hand-reeled silk to resell, 50 kg lots", "handreeled_silk_yarn"),
        ),
    ),
    Sme(
        "bis-017", "th", "ฟาร์มไข่ไหมภูเขียว", HEMP, UP, "Chaiyaphum",
        "phukhieo.silkegg@gmail.com", (), ("bio",),
        (
            ("แผ่นไข่ไหม พันธุ์ไทยลูกผสม ปลอดโรค", "silkworm_eggs"),
            ("กิ่งพันธุ์หม่อน บุรีรัมย์ 60", "mulberry_saplings"),
        ),
        (
            N("จ่อไม้ไผ่ ให้ไหมทำรัง 100 อัน", "bamboo_silkworm_mount"),
            U("ปุ๋ยหมักใส่แปลงหม่อน", "no fertiliser seller in the set"),
        ),
    ),
    Sme(
        "bis-018", "en", "Chonnabot Silk Weaving Enterprise", ALI, MID, "Khon Kaen",
        "chonnabotsilk@gmail.com", ("Peacock Emblem",), ("bio",),
        (
            ("Mat mee (ikat) silk, 4 m sarong lengths, Peacock certified", "mudmee_silk_fabric"),
            ("Weaving on commission with the customer's own silk", "weaving_service"),
            ("Mudmee silk scarves 50 x 180 cm", "silk_scarf"),
        ),
        (
            N("Fine hand-reeled Thai silk, weft quality - no Chinese machine silk", "handreeled_silk_yarn"),
        ),
    ),
    Sme(
        "bis-019", "th", "กลุ่มเลี้ยงครั่งบ้านนาโพธิ์", HEMP, UP, "Mukdahan",
        "naphokhrang@gmail.com", (), ("bio",),
        (
            ("ครั่งดิบ ครั่งเม็ด ตากแห้ง กก.ละ 120", "sticklac"),
            ("ลูกมะเกลือสด ใช้ย้อมดำ", "ebony_fruit"),
        ),
        (
            N("อยากให้มีคนมาสอนย้อมสีครั่งให้ติดทน", "natural_dye_training"),
            U("รถกระบะมือสอง ขนของ", "a vehicle; nobody in the set sells one"),
        ),
    ),
    Sme(
        "bis-020", "en", "Riverside Nong Khai Hotel", ALI, DOWN, "Nong Khai",
        "gm@riversidenongkhai.com", (), ("green",),
        (),
        (
            N("Hotel bed sheets & duvet covers, white, 80 rooms", "hotel_bed_linen"),
        ),
    ),
    Sme(
        "bis-021", "th", "กลุ่มทอเสื่อกกบ้านหนองเรือ", ALI, DOWN, "Maha Sarakham",
        "nongruea.suea@gmail.com", ("OTOP",), ("bio",),
        (
            ("เสื่อกกทอลาย ขนาด 150x200 ซม.", "sedge_mat"),
            ("กระเป๋าสานกก", "sedge_bag"),
        ),
        (
            N("ต้นกกตากแห้ง ยาว 1.5 ม. ขึ้นไป", "sedge_stalks"),
            U("สีย้อมกกแบบเคมี สีสด", "no dye-chemical seller in the set"),
        ),
    ),
    Sme(
        "bis-022", "en", "Kok Growers Group Selaphum", HEMP, UP, "Roi Et",
        "selaphumkok@gmail.com", (), ("bio", "green"),
        (
            ("Dried sedge stalks (kok), split, 1.2-1.8 m, by bundle", "sedge_stalks"),
            ("Plain natural sedge mats", "sedge_mat"),
        ),
        (N("Help designing mat patterns for export buyers", "design_consulting"),),
    ),
    Sme(
        "bis-023", "th", "วัดโพธิ์ศรีสว่าง", ALI, DOWN, "Sisaket",
        "watphosrisawang@gmail.com", (), (),
        (),
        (
            N("เสื่อกกปูศาลาการเปรียญ ประมาณ 40 ผืน", "sedge_mat"),
            N("หมอนอิงสามเหลี่ยม ไว้ให้พระนั่งพิง", "axe_pillow"),
            N("ผ้าไตรจีวร สีกรัก", "monk_robe"),
        ),
    ),
    Sme(
        "bis-024", "en", "Green Loop Fibre Co., Ltd.", CIRC, UP, "Rayong",
        "info@greenloopfibre.co.th", ("GRS", "ISO 14001"), ("circular",),
        (("rPET filament yarn 150D/48F, GRS certified", "recycled_polyester_yarn"),),
        (
            N("Who can supply clear PET bottles, baled?", "pet_bottles"),
            N("Post-consumer polyester garments for fibre-to-fibre trials", "used_clothing"),
        ),
    ),
    Sme(
        "bis-025", "th", "ร้านสมหวังค้าของเก่า", CIRC, UP, "Khon Kaen",
        "somwang.recycle@gmail.com", (), ("circular",),
        (
            ("ขวดเพ็ทใส อัดก้อน ก้อนละ 200 กก.", "pet_bottles"),
            ("เสื้อผ้ามือสองคัดเกรด ขายยกกระสอบ", "used_clothing"),
        ),
        (U("เครื่องอัดก้อนมือสอง", "no baling machine seller in the set"),),
    ),
    Sme(
        "bis-026", "th", "บจก. โคราชการ์เมนท์", CIRC, MID, "Nakhon Ratchasima",
        "korat.garment@gmail.com", ("ISO 9001",), ("circular",),
        (
            ("รับตัดเย็บเสื้อผ้า CMT ขั้นต่ำ 300 ตัว/แบบ", "cmt_sewing_service"),
            ("เศษผ้าฝ้ายจากการตัด คัดสี ขายเป็นกิโล", "cotton_fabric_scraps"),
        ),
        (N("ยางยืดทอ หน้ากว้าง 1 นิ้ว", "elastic_band"),),
    ),
    Sme(
        "bis-027", "en", "Patch & Co. Upcycled Goods", CIRC, DOWN, "Bangkok",
        "studio@patchandco.co", (), ("circular",),
        (("Totes and crossbody bags sewn from cutting-room scraps", "upcycled_bag"),),
        (
            N("Cotton fabric offcuts sorted by colour, 200 kg/month", "cotton_fabric_scraps"),
            N("Silk offcuts from tailors or weavers", "silk_offcuts"),
        ),
    ),
    Sme(
        "bis-028", "th", "หจก. สระบุรีรีไฟเบอร์", CIRC, UP, "Saraburi",
        "saraburi.refiber@gmail.com", (), ("circular",),
        (
            ("ใยผ้าบดละเอียด ยัดหมอน ยัดตุ๊กตา", "shredded_textile_filling"),
            ("ด้ายฝ้ายรีไซเคิลจากเศษผ้า เบอร์ 10", "recycled_cotton_yarn"),
        ),
        (
            N("เศษผ้าจากโรงงานตัดเย็บ ฝ้าย 100%", "cotton_fabric_scraps"),
        ),
    ),
    Sme(
        "bis-029", "en", "Run Siam Apparel", SPORT, DOWN, "Bangkok",
        "product@runsiam.co.th", (), ("circular",),
        (("Running tees and singlets, own brand, wholesale", "sports_jersey"),),
        (
            N("Recycled poly jersey 150 gsm, GRS certified", "recycled_polyester_fabric", certs=(GRS,)),
            N("Sublimation printing of our cut panels", "sublimation_printing_service"),
        ),
    ),
    Sme(
        "bis-030", "th", "บจก. สาครนิตติ้ง", SPORT, MID, "Samut Sakhon",
        "sakhonknitting@gmail.com", ("GRS", "Oeko-Tex 100"), ("circular",),
        (
            ("ผ้าดรายฟิต ระบายเหงื่อ ผ้าถักไมโครโพลี", "moisture_wicking_knit_fabric"),
            ("ผ้าโพลีเอสเตอร์รีไซเคิลจากขวด ได้ GRS", "recycled_polyester_fabric"),
            ("ผ้ายืดคอตตอน 100% อินเตอร์ล็อค", "cotton_knit_fabric"),
        ),
        (N("เส้นด้าย rPET ต้องมีใบ GRS", "recycled_polyester_yarn", certs=(GRS,)),),
    ),
    Sme(
        "bis-031", "en", "Sublime Print Studio", SPORT, MID, "Nonthaburi",
        "print@sublimestudio.co.th", (), (),
        (("Dye-sublimation printing on polyester, rolls or cut panels", "sublimation_printing_service"),),
        (
            N(
                "White polyester jersey for printing",
                "moisture_wicking_knit_fabric", "recycled_polyester_fabric",
            ),
            U("Transfer paper and sublimation ink", "no print consumables seller in the set"),
        ),
    ),
    Sme(
        "bis-032", "th", "ร้านกางเกงมวยบุรีรัมย์ไฟต์", SPORT, DOWN, "Buriram",
        "buriramfight@gmail.com", (), (),
        (("กางเกงมวยไทย ผ้าซาติน ปักชื่อค่าย", "muay_thai_shorts"),),
        (
            N("ผ้าซาตินมันเงา ม้วนละ 50 หลา", "satin_fabric"),
            N("จ้างปักชื่อค่าย ปักโลโก้", "embroidery_service"),
        ),
    ),
    Sme(
        "bis-033", "en", "Thai Elastic & Narrow Fabrics", SPORT, MID, "Chonburi",
        "sales@thaielastic.com", ("OEKO-TEX",), (),
        (
            ("Woven and knitted elastic, 10-50 mm", "elastic_band"),
            ("Polyester webbing for bag straps", "webbing_strap"),
        ),
        (N("Carton boxes for shipping rolls", "shipping_carton"),),
    ),
    Sme(
        "bis-034", "th", "ขอนแก่นรันนิ่งอีเว้นท์", SPORT, DOWN, "Khon Kaen",
        "kkrunevent@gmail.com", (), (),
        (),
        (
            N("เสื้อวิ่งที่ระลึก 3,000 ตัว", "sports_jersey"),
            N("ร้านรับสกรีนเสื้อ (เรามีเสื้อเปล่าแล้ว)", "screen_printing_service"),
            U("เหรียญรางวัลโลหะ", "medals, not textiles; nobody offers them"),
        ),
    ),
    Sme(
        "bis-035", "en", "Udon Sportswear Factory", SPORT, DOWN, "Udon Thani",
        "udonsportswear@gmail.com", (), (),
        (
            ("Custom team jerseys & running shirts, MOQ 100", "sports_jersey"),
            ("Cut-make-trim for sportswear brands", "cmt_sewing_service"),
            ("Blank cotton tees, 5 colours", "blank_tshirt"),
        ),
        (
            N("Quick-dry knit fabric, 140-160 gsm", "moisture_wicking_knit_fabric"),
            N("Badge and logo embroidery", "embroidery_service"),
        ),
    ),
    Sme(
        "bis-036", "th", "ร้านปักจักรชัยภูมิ", ALI, MID, "Chaiyaphum",
        "chaiyaphum.embroidery@gmail.com", (), (),
        (("รับปักโลโก้ ปักชื่อ เสื้อ กางเกงมวย หมวก", "embroidery_service"),),
        (U("จักรปักคอมพิวเตอร์มือสอง 6 หัว", "no machinery seller in the set"),),
    ),
    Sme(
        "bis-037", "en", "SilverStep Socks", ALC, MID, "Nonthaburi",
        "sales@silverstepsocks.com", ("Oeko-Tex 100",), (),
        (
            ("Non-slip grip socks for the elderly, silicone dots", "anti_slip_socks"),
            ("Diabetic socks, seamless toe, loose top", "diabetic_socks"),
        ),
        (N("GOTS organic combed cotton yarn Ne 32/1", "mill_cotton_yarn", certs=(GOTS,)),),
    ),
    Sme(
        "bis-038", "th", "สุขใจเนอร์สซิ่งโฮม", ALC, DOWN, "Nonthaburi",
        "sukjainursing@gmail.com", (), (),
        (),
        (
            N("ถุงเท้ากันลื่นผู้สูงอายุ 200 คู่", "anti_slip_socks"),
            N("กางเกงผ้าอ้อมผู้ใหญ่ แบบซักได้", "adult_washable_diaper"),
        ),
    ),
    Sme(
        "bis-039", "en", "DignaCare Textiles", ALC, DOWN, "Pathum Thani",
        "contact@dignacare.co.th", ("OEKO-TEX Standard 100", "ISO 9001"), (),
        (
            ("Reusable adult incontinence briefs, 3 absorbency levels", "adult_washable_diaper"),
            ("Washable bed underpads", "washable_underpad"),
        ),
        (
            N("OEKO-TEX certified cotton interlock or jersey", "cotton_knit_fabric", certs=(OEKO,)),
            U("TPU waterproof laminate", "no laminate maker in the set"),
        ),
    ),
    Sme(
        "bis-040", "th", "หจก. รวมเวชภัณฑ์ผ้านครปฐม", ALC, DOWN, "Nakhon Pathom",
        "ruamwet.textile@gmail.com", ("ISO 9001",), (),
        (
            ("ชุดผู้ป่วย เสื้อ-กางเกง คอตตอน 100%", "patient_gown"),
            ("ผ้าปูเตียงโรงพยาบาล ผ้าขวางเตียง", "hospital_bed_sheet"),
        ),
        (N("ผ้าดิบสีขาว หน้ากว้าง 60 นิ้ว ม้วนใหญ่", "plain_cotton_fabric"),),
    ),
    Sme(
        "bis-041", "en", "CareForm Medical", ALC, DOWN, "Samut Sakhon",
        "info@careformmedical.com", ("ISO 13485", "ISO 9001"), (),
        (("Anti-decubitus gel/foam seat cushions, ISO 13485", "pressure_relief_cushion"),),
        (N("Anyone making breathable 3D spacer fabric for cushion covers?", "spacer_fabric"),),
    ),
    Sme(
        "bis-042", "th", "กลุ่มแม่บ้านยางพาราบ้านโคกเมือง", ALI, DOWN, "Buriram",
        "khokmuang.latex@gmail.com", (), ("bio",),
        (
            ("เบาะรองนั่งยางพาราสำหรับผู้ป่วยติดเตียง ลดแผลกดทับ", "pressure_relief_cushion"),
            ("ลูกประคบสมุนไพรทำเอง", "herbal_compress"),
        ),
        (
            N("ผ้าขิด ไว้หุ้มหมอน", "khit_cotton_fabric"),
        ),
    ),
    Sme(
        "bis-043", "en", "Isara Spa & Wellness", ALI, DOWN, "Khon Kaen",
        "spa@isarawellness.com", (), ("green",),
        (),
        (
            N("Therapist uniforms in indigo cotton", "staff_uniform"),
        ),
    ),
    Sme(
        "bis-044", "th", "บจก. ผ้าไหมปักธงชัย", ALI, MID, "Nakhon Ratchasima",
        "pakthongchai.silk@gmail.com", ("ตรานกยูงพระราชทาน",), (),
        (
            ("ผ้าไหมพื้น ทอกี่กระตุก ราคาส่ง", "plain_silk_fabric"),
            ("รับทอผ้าไหมตามแบบ ใช้ไหมของลูกค้า", "weaving_service"),
        ),
        (
            N("กี่กระตุกใหม่ 5 หลัง", "handloom"),
        ),
    ),
    Sme(
        "bis-045", "en", "Chao Phraya Silk Export Co., Ltd.", ALC, DOWN, "Bangkok",
        "export@chaophrayasilk.com", ("ISO 9001",), (),
        (),
        (
            N(
                "Peacock-emblem silk, mudmee or plain, for Japan buyers",
                "mudmee_silk_fabric", "plain_silk_fabric", certs=(PEACOCK,),
            ),
            N("FSC-certified gift boxes for scarves", "paper_gift_box", certs=(FSC,)),
            N("Silk scarves; Fairtrade welcome but not required", "silk_scarf", waives=(FAIRTRADE,)),
        ),
    ),
    Sme(
        "bis-046", "th", "ร้านสินค้าโอทอปอุดร", ALI, DOWN, "Udon Thani",
        "otopudon.shop@gmail.com", (), (),
        (),
        (
            N("ผ้าขาวม้า ผ้าพันคอไหม ต้องเป็นสินค้า OTOP เท่านั้น", "pha_khao_ma", "silk_scarf", certs=(OTOP,)),
            N("กระเป๋าผ้าย้อมคราม", "handwoven_cotton_bag"),
        ),
    ),
    Sme(
        "bis-047", "en", "Nimman Craft Corner", ALC, DOWN, "Chiang Mai",
        "nimmancraft@gmail.com", (), (),
        (),
        (
            N("Hand-loomed hemp cloth, natural", "hemp_fabric"),
            N("Indigo cotton scarves, 60 pcs", "cotton_scarf"),
            N("Muay Thai shorts for tourists, assorted sizes", "muay_thai_shorts"),
        ),
    ),
    Sme(
        "bis-048", "th", "กลุ่มทอผ้าบ้านนาข่า", ALI, MID, "Udon Thani",
        "nakha.weaving@gmail.com", ("OTOP",), (),
        (
            ("ผ้าฝ้ายมัดหมี่ สีเคมี ลายนาคน้อย", "mudmee_cotton_fabric"),
            ("ผ้าขิดนาข่า หน้ากว้าง 40 ซม.", "khit_cotton_fabric"),
            ("ผ้าพันคอฝ้ายทอมือ ย้อมคราม", "cotton_scarf"),
        ),
        (
            N("ฝ้ายย้อมครามเป็นเส้น พร้อมทอ", "naturally_dyed_cotton_yarn"),
            N("หาคนสอนไลฟ์สดขายผ้า", "online_marketing_training"),
        ),
    ),
    Sme(
        "bis-049", "en", "Isan Digital Market Lab", ALI, DOWN, "Khon Kaen",
        "team@isandigitallab.com", (), (),
        (
            ("Live-commerce and Facebook shop training for village groups", "online_marketing_training"),
            ("Product photography for online shops", "product_photography"),
        ),
        (N("Handwoven pakama (checked cotton cloth) as props and giveaways", "pha_khao_ma"),),
    ),
    Sme(
        "bis-050", "th", "สตูดิโอออกแบบผ้าอีสานร่วมสมัย", ALI, MID, "Khon Kaen",
        "isancontemporary.design@gmail.com", (), (),
        (("รับออกแบบลายผ้าและคอลเลกชัน ให้กลุ่มทอ", "design_consulting"),),
        (N("ช่างภาพถ่ายสินค้า ลงแคตตาล็อก", "product_photography"),),
    ),
    Sme(
        "bis-051", "en", "Sakon Indigo Dye House", HEMP, MID, "Sakon Nakhon",
        "dyehouse@sakonindigo.com", ("GOTS",), ("bio", "green"),
        (
            ("Natural indigo vat dyeing, commission work on your yarn or garments", "indigo_dyeing_service"),
            ("Indigo-dyed organic cotton yarn in hanks", "naturally_dyed_cotton_yarn"),
        ),
        (
            N("GOTS organic cotton yarn, Ne 20/2", "mill_cotton_yarn", certs=(GOTS,)),
        ),
    ),
    Sme(
        "bis-052", "th", "บจก. ไทยออร์แกนิกสปินนิ่ง", HEMP, UP, "Nakhon Pathom",
        "thaiorganicspinning@gmail.com", ("GOTS", "OCS"), ("bio",),
        (("เส้นด้ายฝ้ายออร์แกนิก Ne 20/2-40/2 ได้ GOTS", "mill_cotton_yarn"),),
        (N("ฝ้ายดิบอินทรีย์ ต้องมีมาตรฐานเกษตรอินทรีย์", "seed_cotton", certs=(ORGANIC_TH,)),),
    ),
    Sme(
        "bis-053", "th", "กลุ่มปลูกครามบ้านนาดี", HEMP, UP, "Udon Thani",
        "nadee.indigo@gmail.com", ("Organic Thailand",), ("bio",),
        (
            ("เนื้อครามสด จากครามฝักงอ กก.ละ 150", "indigo_paste"),
            ("เมล็ดคราม ต้นกล้าคราม", "indigo_seeds"),
        ),
        (U("โอ่งดินเผาใบใหญ่ สำหรับหมักคราม", "no pottery maker in the set"),),
    ),
    Sme(
        "bis-054", "en", "Baan Isan Contemporary", ALC, DOWN, "Bangkok",
        "studio@baanisan.co", (), (),
        (("Cushions and throws, contemporary Isan designs", "cushion_cover"),),
        (
            N("Phrae wa silk shawls, red ground, min. 20", "praewa_silk_cloth"),
        ),
    ),
    Sme(
        "bis-055", "th", "หจก. ยโสธรหมอนขิด", ALI, DOWN, "Yasothon",
        "yasothon.monkhit@gmail.com", (), (),
        (
            ("หมอนขวาน 3 ช่อง 5 ช่อง ยัดนุ่นแน่น", "axe_pillow"),
            ("หมอนสามเหลี่ยม 10 ช่อง พับได้ ใช้นั่งเล่น", "triangle_floor_mat"),
        ),
        (
            N("นุ่นตีแล้ว ไม่มีเมล็ด", "kapok_fibre"),
            N("ผ้าขิด หรือผ้าพิมพ์ลายขิด ขายเป็นพับ", "khit_cotton_fabric", "printed_khit_pattern_fabric"),
            N("ใยบดยัดหมอน ราคาถูก", "shredded_textile_filling"),
        ),
    ),
    Sme(
        "bis-056", "th", "วิสาหกิจชุมชนนุ่นบ้านโนนแดง", HEMP, UP, "Roi Et",
        "nondaeng.kapok@gmail.com", (), ("bio",),
        (
            ("นุ่นตีเม็ดออกแล้ว อัดกระสอบ 20 กก.", "kapok_fibre"),
            ("ฝักนุ่นแห้ง ยังไม่แกะ", "kapok_pods"),
        ),
        (U("เครื่องตีนุ่น", "no machinery seller in the set"),),
    ),
    Sme(
        "bis-057", "en", "Sampeng Textile Trading", ALC, MID, "Bangkok",
        "sampengtextile@gmail.com", (), (),
        (
            ("Printed cotton with khit and mudmee motifs, 44 inch", "printed_khit_pattern_fabric"),
            ("Plain cotton sheeting, bleached/unbleached, per roll", "plain_cotton_fabric"),
            ("Polyester satin, shiny, 58 inch, all colours", "satin_fabric"),
            ("Dyed cotton yarn Ne 20/2 on cones", "mill_cotton_yarn"),
        ),
        (N("Cotton mudmee lengths to resell, any pattern", "mudmee_cotton_fabric"),),
    ),
    Sme(
        "bis-058", "th", "กลุ่มทอผ้าขาวม้าร้อยสี บ้านหนองขาม", ALI, MID, "Roi Et",
        "nongkham.phakhaoma@gmail.com", ("OTOP",), ("bio",),
        (
            ("ผ้าขาวม้าร้อยสี ทอมือ ยาว 2 ม.", "pha_khao_ma"),
            ("ผ้าฝ้ายทอมือสีพื้น ตัดเสื้อได้", "handwoven_cotton_fabric"),
        ),
        (
            N("ถุงพลาสติกใส ถุงซิป ใส่ผ้า", "poly_packaging_bag"),
        ),
    ),
    Sme(
        "bis-059", "en", "ThaiTex Testing Services", ALC, MID, "Bangkok",
        "lab@thaitextesting.com", ("ISO 9001",), (),
        (("Colour fastness tests: washing, light, rubbing (ISO 105)", "colour_fastness_testing"),),
        (U("Courier pick-up of samples from Isan provinces", "no courier in the set"),),
    ),
    Sme(
        "bis-060", "th", "ร้านขอนแก่นแพ็คเกจจิ้ง", ALI, MID, "Khon Kaen",
        "kkpackaging@gmail.com", (), (),
        (
            ("กล่องกระดาษแข็งใส่ผ้าไหม พิมพ์โลโก้ ขั้นต่ำ 100 ใบ", "paper_gift_box"),
            ("กล่องลูกฟูก 3 ชั้น ส่งไปรษณีย์", "shipping_carton"),
            ("ป้ายแท็กห้อยสินค้า", "hang_tags"),
            ("ถุงแก้วใส ถุงซิป", "poly_packaging_bag"),
        ),
        (U("กระดาษสาทำมือ ห่อผ้า", "no mulberry-paper maker in the set"),),
    ),
    Sme(
        "bis-061", "en", "EcoPack Asia", CIRC, MID, "Bangkok",
        "sales@ecopackasia.com", ("FSC", "Thai Green Label"), ("green", "circular"),
        (
            ("FSC-certified rigid gift boxes", "paper_gift_box"),
            ("Kraft paper carrier bags", "kraft_paper_bag"),
        ),
        (N("Silk offcuts to line our boxes", "silk_offcuts"),),
    ),
    Sme(
        "bis-062", "th", "บจก. อีสานโฮเทลซัพพลาย", ALI, DOWN, "Khon Kaen",
        "isanhotelsupply@gmail.com", ("ฉลากเขียว",), ("green",),
        (
            ("ผ้าปูที่นอน ปลอกผ้านวม โรงแรม 250 เส้นด้าย", "hotel_bed_linen"),
            ("ผ้าขนหนู ผ้าเช็ดตัว โรงแรม 16 ปอนด์", "cotton_towel"),
            ("ชุดพนักงานสปา ชุดแม่บ้าน ตัดตามแบบ", "staff_uniform"),
        ),
        (N("ผ้าฝ้ายดิบ หน้ากว้าง 110 นิ้ว", "plain_cotton_fabric"),),
    ),
    Sme(
        "bis-063", "en", "The Mun River Resort", ALI, DOWN, "Ubon Ratchathani",
        "purchasing@munriverresort.com", (), ("green",),
        (),
        (
            N("Bed linen for 120 rooms, must carry Thai Green Label", "hotel_bed_linen", certs=(GREEN_LABEL,)),
            N("Door mats / rag rugs from recycled cloth", "rag_rug"),
        ),
    ),
    Sme(
        "bis-064", "th", "กลุ่มจักสานไม้ไผ่บ้านหนองเม็ก", ALI, DOWN, "Amnat Charoen",
        "nongmek.bamboo@gmail.com", ("OTOP",), ("bio",),
        (
            ("กระติบข้าวเหนียว ไม้ไผ่สาน", "bamboo_sticky_rice_basket"),
            ("จ่อเลี้ยงไหม สานจากไม้ไผ่", "bamboo_silkworm_mount"),
        ),
        (
            U("ไม้ไผ่ลำ ส่งทุกเดือน", "no bamboo grower in the set"),
            N("สอนทำการตลาดออนไลน์", "online_marketing_training"),
        ),
    ),
    Sme(
        "bis-065", "en", "Little Isan Crafts", CIRC, DOWN, "Udon Thani",
        "littleisancrafts@gmail.com", (), ("circular",),
        (("Coin purses, key chains and small pouches from mudmee offcuts", "souvenir_pouch"),),
        (
            N("Silk and cotton offcuts from weaving groups", "silk_offcuts", "cotton_fabric_scraps"),
            N("Pierced cocoons for cocoon-flower key chains", "cocoon_waste"),
        ),
    ),
    Sme(
        "bis-066", "th", "ร้านตัดชุดผ้าไหมช่างแอ๊ด", ALI, DOWN, "Nakhon Ratchasima",
        "changaed.tailor@gmail.com", (), (),
        (
            ("รับตัดชุดผ้าไหม ชุดไทย ตามสั่ง ผ้าลูกค้า", "tailoring_service"),
            ("เศษผ้าไหมจากการตัดชุด ขายเป็นถุง", "silk_offcuts"),
        ),
        (
            N("ซิปซ่อน กระดุม ผ้าซับใน", "sewing_trims"),
        ),
    ),
    Sme(
        "bis-067", "en", "Bobbin & Button Supply", ALC, MID, "Bangkok",
        "orders@bobbinbutton.com", (), (),
        (
            ("Zips, buttons, sewing thread, lining - wholesale", "sewing_trims"),
            ("Woven labels and printed hang tags, MOQ 500", "hang_tags"),
        ),
        (U("Coconut-shell or buffalo-horn buttons", "no button maker in the set"),),
    ),
    Sme(
        "bis-068", "th", "ร้านแม่บัวผ้าซิ่น", ALI, DOWN, "Buriram",
        "maebua.phasin@gmail.com", (), (),
        (("ผ้าซิ่นมัดหมี่ ต่อตีนแดง สำเร็จรูป", "pha_sin"),),
        (
            N("ผ้าไหมมัดหมี่ ไม่ต้องมีตรานกยูง ขอราคาชาวบ้าน", "mudmee_silk_fabric", waives=(PEACOCK,)),
            N("รับเย็บผ้าซิ่นเป็นถุง ใส่ขอบ ใส่ซิป", "tailoring_service", "cmt_sewing_service"),
        ),
    ),
    Sme(
        "bis-069", "en", "Khram Atelier", ALC, DOWN, "Bangkok",
        "atelier@khram.co", (), ("green",),
        (("Women's shirts and wrap skirts in hand-woven indigo cotton", "handwoven_cotton_garments"),),
        (
            N("Khram handwoven cotton, natural indigo only, GOTS not necessary", "indigo_dyed_cotton_fabric",
              waives=(GOTS,)),
            N("Natural dyeing of finished garments - we send 500 pcs", "indigo_dyeing_service",
              "natural_dyeing_service"),
            N("Bark- and lac-dyed cotton yardage", "natural_dyed_cotton_fabric"),
        ),
    ),
    Sme(
        "bis-070", "th", "กลุ่มย้อมสีธรรมชาติเรณูนคร", HEMP, MID, "Nakhon Phanom",
        "renu.naturaldye@gmail.com", ("OTOP",), ("bio",),
        (
            ("รับย้อมเส้นไหม เส้นฝ้าย ด้วยครั่ง มะเกลือ เปลือกไม้ ตามสีที่ลูกค้าต้องการ", "natural_dyeing_service"),
            ("เส้นไหมย้อมครั่ง สีแดง พร้อมทอ", "naturally_dyed_silk_yarn"),
            ("ผ้าฝ้ายย้อมเปลือกไม้ สีน้ำตาล สีเหลือง", "natural_dyed_cotton_fabric"),
        ),
        (
            N("ครั่ง", "sticklac"),
            N("เปลือกประดู่ แก่นขนุน สับเป็นชิ้น", "dye_bark"),
            N("ผลมะเกลือ ช่วงหน้าแล้ง", "ebony_fruit"),
        ),
    ),
    Sme(
        "bis-071", "th", "วิสาหกิจชุมชนสีจากป่าบ้านห้วยยาง", HEMP, UP, "Chaiyaphum",
        "huaiyang.forestdye@gmail.com", (), ("bio", "green"),
        (
            ("เปลือกไม้ให้สี ขนุน ประดู่ ฝาง บดหยาบ กก.ละ 60", "dye_bark"),
            ("ดาวเรืองตากแห้ง ดอกอัญชัน สำหรับย้อม", "dye_flowers"),
        ),
        (N("ถุงกระดาษคราฟท์ ใส่ชุดย้อมสีขายปลีก", "kraft_paper_bag"),),
    ),
    Sme(
        "bis-072", "th", "กลุ่มเข็นฝ้ายผู้สูงอายุบ้านหนองแวง", ALI, UP, "Khon Kaen",
        "nongwaeng.cotton@gmail.com", (), ("bio",),
        (
            ("ฝ้ายเข็นมือ ไจละ 100 กรัม สีขาวตุ่น", "handspun_cotton_yarn"),
            ("ฝ้ายย้อมครามเป็นเส้น เข็นมือ", "naturally_dyed_cotton_yarn"),
        ),
        (
            N("ฝ้ายปุยจากชาวไร่", "seed_cotton"),
        ),
    ),
    Sme(
        "bis-073", "en", "Golden Years Residence Hua Hin", ALC, DOWN, "Prachuap Khiri Khan",
        "care@goldenyearshuahin.com", (), (),
        (),
        (
            N("Grip socks for residents, OEKO-TEX preferred, not a must", "anti_slip_socks", waives=(OEKO,)),
            N("Reusable incontinence pants", "adult_washable_diaper"),
            U("Soft cotton blankets washable at 90 C", "no blanket maker in the set"),
        ),
    ),
    Sme(
        "bis-074", "th", "ร้านสุขภาพดีผู้สูงวัย", ALI, DOWN, "Khon Kaen",
        "sukkaphapdee.shop@gmail.com", (), (),
        (),
        (
            N("ลูกประคบสมุนไพร ไม่ต้องมี อย. ก็ได้ ขายในร้านชุมชน", "herbal_compress", waives=(THAI_FDA,)),
        ),
    ),
    Sme(
        "bis-075", "en", "Khao Kho Hmong Hemp Weavers", HEMP, MID, "Phetchabun",
        "khaokhohemp@gmail.com", (), ("bio",),
        (
            ("Hemp cloth, batik indigo, Hmong patterns, per metre", "hemp_fabric"),
            ("Hemp bags and pouches", "hemp_bag"),
        ),
        (
            N("Handspun hemp yarn", "hemp_yarn"),
            U("Beeswax for batik", "no beeswax seller in the set"),
        ),
    ),
    Sme(
        "bis-076", "th", "ร้านของฝากเชียงคาน", ALI, DOWN, "Loei",
        "chiangkhan.gift@gmail.com", (), (),
        (),
        (
            N("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม", "handwoven_cotton_bag"),
            N("กระเป๋าใยกัญชง", "hemp_bag"),
        ),
    ),
    Sme(
        "bis-077", "en", "Buriram Stadium Merchandise Co.", SPORT, DOWN, "Buriram",
        "merch@buriramstadium.co.th", (), (),
        (),
        (
            N("Replica jerseys, sublimated, 5,000 pcs", "sports_jersey"),
            U("Knitted fan scarves", "no knitted scarf maker in the set"),
        ),
    ),
    Sme(
        "bis-078", "th", "ร้านสกรีนเสื้อขอนแก่น", SPORT, MID, "Khon Kaen",
        "kkscreen@gmail.com", (), (),
        (("รับสกรีนเสื้อ ซิลค์สกรีน DTF", "screen_printing_service"),),
        (N("มีใครขายเสื้อยืดเปล่า cotton 100% ไหม", "blank_tshirt"),),
    ),
    Sme(
        "bis-079", "th", "กลุ่มทอผ้าไหมบ้านเขวาสินรินทร์", ALI, MID, "Surin",
        "khwaosinarin.silk@gmail.com", (), ("bio",),
        (
            ("ผ้าไหมลายลูกแก้ว ทอ 4 ตะกอ", "plain_silk_fabric"),
            ("ผ้าไหมหางกระรอก สีพื้นเหลือบ", "plain_silk_fabric"),
        ),
        (
            U("โฮงมัดหมี่ ไม้เนื้อแข็ง", "no one makes mudmee tying frames in the set"),
        ),
    ),
    Sme(
        "bis-080", "en", "Siam Weave Export", ALC, DOWN, "Nonthaburi",
        "siamweaveexport@gmail.com", (), (),
        (),
        (
            N(
                "GOTS-certified hand-woven cotton fabric for EU orders",
                "handwoven_cotton_fabric", "indigo_dyed_cotton_fabric", certs=(GOTS,),
            ),
            N("Reed mats, export grade, no OTOP needed", "sedge_mat", waives=(OTOP,)),
        ),
    ),
    Sme(
        "bis-081", "en", "Fair Weave Isan Co.", HEMP, MID, "Khon Kaen",
        "hello@fairweaveisan.com", ("GOTS", "Fairtrade"), ("bio",),
        (
            ("Hand-woven organic cotton cloth, GOTS, 90 cm", "handwoven_cotton_fabric"),
            ("Indigo organic cotton, hand-loomed, GOTS certified", "indigo_dyed_cotton_fabric"),
        ),
        (
            N("GOTS organic cotton yarn Ne 16/1 for warp", "mill_cotton_yarn", certs=(GOTS,)),
            N("Colour fastness testing for indigo cloth before shipment", "colour_fastness_testing"),
            U(
                "Handspun cotton yarn, Fairtrade certified",
                "handspun yarn is offered, but by no Fairtrade-certified group", certs=(FAIRTRADE,),
            ),
        ),
    ),
    Sme(
        "bis-082", "th", "สหกรณ์ผู้เลี้ยงไหมนางรอง", HEMP, UP, "Buriram",
        "nangrong.silkcoop@gmail.com", (), ("bio",),
        (("รังไหมพันธุ์ลูกผสม สีเหลือง ส่งโรงสาว", "silkworm_cocoons"),),
        (
            N("ไข่ไหมพันธุ์ดี", "silkworm_eggs"),
        ),
    ),
    Sme(
        "bis-083", "th", "ร้อยเอ็ดเนอร์สซิ่งแคร์", ALI, DOWN, "Roi Et",
        "roiet.nursingcare@gmail.com", (), (),
        (),
        (
            N(
                "เบาะรองนั่งป้องกันแผลกดทับ ไม่จำเป็นต้องมี ISO 13485 ขอราคาไม่แพง",
                "pressure_relief_cushion", waives=(ISO13485,),
            ),
            N("ชุดผู้ป่วย ผูกหลัง", "patient_gown"),
        ),
    ),
    Sme(
        "bis-084", "en", "Mukdahan Cross-Border Trading", ALI, DOWN, "Mukdahan",
        "mdh.crossborder@gmail.com", (), (),
        (),
        (
            N("Kok (sedge) mats by the container, OTOP label not needed", "sedge_mat", waives=(OTOP,)),
            N("Phakhaoma, machine-woven OK", "pha_khao_ma"),
        ),
    ),
    Sme(
        "bis-085", "th", "กลุ่มทอผ้าภูไทบ้านโคกโก่ง", ALI, MID, "Kalasin",
        "khokkong.phuthai@gmail.com", (), ("bio",),
        (
            ("ผ้าไหมแพรวา ลายดั้งเดิม ผืนละ 3,500", "praewa_silk_cloth"),
            ("ซิ่นไหมมัดหมี่ ต่อตีน", "pha_sin"),
        ),
        (
            N("เส้นไหมย้อมครั่ง ย้อมมะเกลือ", "naturally_dyed_silk_yarn"),
            N("ไหมลืบ ทอผ้าคลุมไหล่", "coarse_silk_yarn"),
        ),
    ),
    Sme(
        "bis-086", "en", "Isan Natural Dye Academy", HEMP, MID, "Sakon Nakhon",
        "academy@isannaturaldye.org", (), ("bio", "green"),
        (
            ("Hands-on indigo and natural dye workshops, 3 days, at your village", "natural_dye_training"),
            ("Design and colour consulting for weaving groups", "design_consulting"),
        ),
        (N("Indigo seed or seedlings for a demonstration garden", "indigo_seeds"),),
    ),
    Sme(
        "bis-087", "th", "ร้านผ้าไหมยกดอกลำพูน", ALC, MID, "Lamphun",
        "lamphun.brocade@gmail.com", ("ตรานกยูงพระราชทาน",), (),
        (("ผ้าไหมยกดอกลำพูน ดิ้นทอง", "brocade_silk"),),
        (
            N("ไหมเส้นยืนโรงงาน ไหมจีน", "machine_silk_yarn"),
            U("ดิ้นทอง ดิ้นเงิน", "no metallic-thread seller in the set"),
        ),
    ),
    Sme(
        "bis-088", "en", "Lotus Bed & Breakfast Khon Kaen", ALI, DOWN, "Khon Kaen",
        "stay@lotusbnbkk.com", (), (),
        (),
        (
            N("Triangle back cushions (mon khit) for the lounge", "axe_pillow"),
        ),
    ),
    Sme(
        "bis-089", "th", "ร้านสังฆภัณฑ์อุบล", ALI, DOWN, "Ubon Ratchathani",
        "ubon.sangkhaphan@gmail.com", (), (),
        (
            ("ไตรจีวร ผ้ามัสลิน สีพระราชนิยม", "monk_robe"),
            ("อาสนะสงฆ์ ยัดนุ่น", "monk_seat_cushion"),
        ),
        (
            N("ผ้ามัสลิน ผ้าดิบ ม้วนใหญ่ สำหรับตัดจีวร", "plain_cotton_fabric"),
            N("จ้างย้อมผ้าจีวร สีกรักจากแก่นขนุน", "natural_dyeing_service"),
        ),
    ),
    Sme(
        "bis-090", "en", "Thai Compression Sportswear", SPORT, MID, "Chachoengsao",
        "sales@thaicompression.com", ("OEKO-TEX Standard 100", "ISO 9001"), (),
        (
            ("Compression sleeves and calf guards", "compression_garment"),
            ("3D spacer mesh fabric", "spacer_fabric"),
        ),
        (
            U("Nylon-spandex covered yarn", "no spandex yarn maker in the set"),
            N("Recycled polyester yarn, GRS certified only", "recycled_polyester_yarn", certs=(GRS,)),
        ),
    ),
    Sme(
        "bis-091", "th", "กลุ่มแม่บ้านรีไซเคิลผ้าบ้านหนองหิน", CIRC, DOWN, "Khon Kaen",
        "nonghin.recycle@gmail.com", (), ("circular",),
        (
            ("พรมเช็ดเท้าจากเศษผ้า", "rag_rug"),
            ("กระเป๋าผ้าปะติด จากเศษผ้าเหลือใช้", "upcycled_bag"),
        ),
        (
            N("เศษผ้าฝ้ายจากโรงงาน ราคากันเอง", "cotton_fabric_scraps"),
        ),
    ),
    Sme(
        "bis-092", "en", "Sisaket Silk Cooperative", ALI, UP, "Sisaket",
        "sisaketsilkcoop@gmail.com", ("OTOP",), ("bio",),
        (
            ("Hand-reeled yellow silk, warp and weft grades, 1 kg lots", "handreeled_silk_yarn"),
            ("Outer floss silk (mai leub) for rustic weaves", "coarse_silk_yarn"),
        ),
        (N("Fresh cocoons from Thai native breeds", "silkworm_cocoons"),),
    ),
    Sme(
        "bis-093", "th", "ร้านผ้าไหมโคราชค้าส่ง", ALI, DOWN, "Nakhon Ratchasima",
        "koratsilk.wholesale@gmail.com", (), (),
        (),
        (
            N(
                "ผ้าไหมทอมือ ต้องมีตรานกยูงพระราชทานเท่านั้น",
                "mudmee_silk_fabric", "plain_silk_fabric", "praewa_silk_cloth", "brocade_silk",
                certs=(PEACOCK,),
            ),
            N("ถุงกระดาษใส่สินค้า มีหูหิ้ว", "kraft_paper_bag"),
        ),
    ),
    Sme(
        "bis-094", "en", "Andaman Beach Resort Spa", ALC, DOWN, "Phuket",
        "spa@andamanbeachresort.com", (), ("green",),
        (),
        (
            N("Thai FDA-registered herbal compresses", "herbal_compress", certs=(THAI_FDA,)),
            N("Spa uniforms, natural fibre", "staff_uniform"),
        ),
    ),
    Sme(
        "bis-095", "th", "ร้านม่อฮ่อมแพร่", ALC, DOWN, "Phrae",
        "mohomphrae@gmail.com", (), (),
        (("เสื้อม่อฮ่อม ย้อมห้อมแท้ ผ้าฝ้าย", "handwoven_cotton_garments"),),
        (
            N("ผ้าฝ้ายย้อมห้อม ย้อมคราม เป็นพับ", "indigo_dyed_cotton_fabric"),
        ),
    ),
]

# ------------------------------------------------------------------ checks

TARGET_SMES = 95
TH_SHARE = (0.50, 0.60)
LINKS_RANGE = (140, 180)
CROSS_MIN = 0.45
UNMET_RANGE = (15, 25)
_THAI = re.compile("[\u0e00-\u0e7f]")
_LATIN = re.compile("[A-Za-z]")
_ID = re.compile(r"^bis-\d{3}$")


def _canon(values: tuple[str, ...]) -> frozenset[str]:
    return frozenset(resolve_certification(value) or value for value in values)


def _squash(text: str) -> str:
    return re.sub(r"[\s\-.]+", "", unicodedata.normalize("NFKC", text).casefold())


def _names_cert(text: str, cert: str) -> bool:
    """True when `text` names the certification `cert`, as a claim, a requirement or a waiver."""
    if cert in find_certifications(text):
        return True
    found = next(c for c in CERTIFICATIONS if c.name == cert)
    words = (found.name, found.full_name, *found.aliases, *found.mentions, *found.case_sensitive_mentions)
    squashed = _squash(text)
    return any(_squash(word) in squashed for word in words if len(_squash(word)) >= 2)


def compute_links(smes: list[Sme]) -> set[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            if need.unmet is not None:
                continue
            for supplier in smes:
                if supplier.id != buyer.id and _meets(supplier, need):
                    links.add((supplier.id, buyer.id))
    return links


def _meets(supplier: Sme, need: Need) -> bool:
    labels = {label for _, label in supplier.offers}
    required = set(need.certs) - set(need.waives)
    return bool(labels & set(need.labels)) and required <= _canon(supplier.certs)


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [sme.id for sme in smes]
    if len(smes) != TARGET_SMES:
        errors.append(f"{len(smes)} SMEs, expected {TARGET_SMES}")
    if ids != [f"bis-{i:03d}" for i in range(1, len(smes) + 1)] or len(set(ids)) != len(ids):
        errors.append("ids must run bis-001 ... without gaps or repeats")
    subs = {s.value for s in SubCluster}
    stages = {s.value for s in Stage}
    tags = {t.value for t in BcgTag}
    for sme in smes:
        where = sme.id
        if not _ID.match(sme.id):
            errors.append(f"{where}: bad id")
        if sme.sub not in subs:
            errors.append(f"{where}: sub-cluster {sme.sub!r}")
        if sme.stage not in stages:
            errors.append(f"{where}: stage {sme.stage!r}")
        if resolve_province(sme.province) is None:
            errors.append(f"{where}: province {sme.province!r}")
        for cert in sme.certs:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if not set(sme.bcg) <= tags:
            errors.append(f"{where}: bcg {sme.bcg}")
        if sme.lang not in ("th", "en"):
            errors.append(f"{where}: language {sme.lang!r}")
        if "@" not in sme.email or not sme.name.strip():
            errors.append(f"{where}: name or e-mail")
        if not 0 <= len(sme.offers) <= 4 or not 1 <= len(sme.needs) <= 4:
            errors.append(f"{where}: {len(sme.offers)} offers, {len(sme.needs)} needs")
        if not sme.offers and sme.stage != DOWN:
            errors.append(f"{where}: only downstream buyers may offer nothing")
        phrases = [text for text, _ in sme.offers] + [need.text for need in sme.needs]
        for text in phrases:
            thai, latin = len(_THAI.findall(text)), len(_LATIN.findall(text))
            if sme.lang == "th" and thai <= latin:
                errors.append(f"{where}: Thai phrase mostly not Thai: {text!r}")
            if sme.lang == "en" and thai:
                errors.append(f"{where}: English phrase has Thai letters: {text!r}")
        if sme.lang == "en" and _THAI.search(sme.name):
            errors.append(f"{where}: English name has Thai letters")
        if sme.lang == "th" and not _THAI.search(sme.name):
            errors.append(f"{where}: Thai name has no Thai letters")
        for need in sme.needs:
            for cert in (*need.certs, *need.waives):
                if cert not in {c.name for c in CERTIFICATIONS}:
                    errors.append(f"{where}: need cert {cert!r} is not a canonical name")
                elif not _names_cert(need.text, cert):
                    errors.append(f"{where}: need does not name {cert}: {need.text!r}")
            if set(need.certs) & set(need.waives):
                errors.append(f"{where}: a need both requires and waives: {need.text!r}")
            if need.unmet is None and not need.labels:
                errors.append(f"{where}: met need without labels: {need.text!r}")
            if need.unmet is not None and need.labels:
                errors.append(f"{where}: unmet need with labels: {need.text!r}")
            for label in need.labels:
                if not any(label == lab for s in smes if s.id != sme.id for _, lab in s.offers):
                    errors.append(f"{where}: label {label!r} is offered by no one else")
            if need.unmet is None and not any(_meets(s, need) for s in smes if s.id != sme.id):
                errors.append(f"{where}: no qualified supplier for {need.text!r}")
    errors += _check_targets(smes)
    return errors


def _check_targets(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    lang = {s.id: s.lang for s in smes}
    th_share = sum(s.lang == "th" for s in smes) / len(smes)
    if not TH_SHARE[0] <= th_share <= TH_SHARE[1]:
        errors.append(f"Thai share {th_share:.2f}")
    links = compute_links(smes)
    if not LINKS_RANGE[0] <= len(links) <= LINKS_RANGE[1]:
        errors.append(f"{len(links)} links, expected {LINKS_RANGE}")
    cross = sum(lang[a] != lang[b] for a, b in links)
    if links and cross / len(links) < CROSS_MIN:
        errors.append(f"cross-language share {cross / len(links):.2f}")
    unmet = sum(need.unmet is not None for s in smes for need in s.needs)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        errors.append(f"{unmet} unmet needs, expected {UNMET_RANGE}")
    if not any(need.certs for s in smes for need in s.needs):
        errors.append("no need requires a certification")
    if not any(need.waives for s in smes for need in s.needs):
        errors.append("no need waives a certification")
    if {s.sub for s in smes} != {s.value for s in SubCluster}:
        errors.append("not every sub-cluster is used")
    if {s.stage for s in smes} != {s.value for s in Stage}:
        errors.append("not every stage is used")
    provinces = {resolve_province(s.province) for s in smes}
    if len(provinces) < 30:
        errors.append(f"only {len(provinces)} provinces")
    northeast = sum(getattr(resolve_province(s.province), "region", None) == "northeast" for s in smes)
    if northeast * 2 <= len(smes):
        errors.append("most SMEs must be in the northeast")
    return errors


# ------------------------------------------------------------------ output


def profiles_jsonl(smes: list[Sme]) -> str:
    lines = []
    for sme in smes:
        record = {
            "id": sme.id,
            "name": sme.name,
            "sub_cluster": sme.sub,
            "stage": sme.stage,
            "province": sme.province,
            "offers": [text for text, _ in sme.offers],
            "needs": [need.text for need in sme.needs],
            "certifications": list(sme.certs),
            "bcg": list(sme.bcg),
            "contact_email": sme.email,
            "language": sme.lang,
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def links_csv(links: set[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(links))
    return buffer.getvalue()


def counts_table(smes: list[Sme]) -> str:
    links = compute_links(smes)
    by_id = {s.id: s for s in smes}
    needs = [need for s in smes for need in s.needs]
    unmet = sum(n.unmet is not None for n in needs)
    th = sum(s.lang == "th" for s in smes)
    th_en = sum(by_id[a].lang == "th" and by_id[b].lang == "en" for a, b in links)
    en_th = sum(by_id[a].lang == "en" and by_id[b].lang == "th" for a, b in links)
    cross = th_en + en_th
    regions = Counter(str(getattr(resolve_province(s.province), "region", "?")) for s in smes)
    subs = Counter(s.sub for s in smes)
    stages = Counter(s.stage for s in smes)
    rows = [
        ("profiles", str(len(smes))),
        ("Thai / English profiles", f"{th} / {len(smes) - th}"),
        *((f"sub-cluster `{sub.value}`", str(subs[sub.value])) for sub in SubCluster),
        *((f"stage `{stage.value}`", str(stages[stage.value])) for stage in Stage),
        *((f"region {region}", str(n)) for region, n in sorted(regions.items())),
        ("distinct provinces", str(len({resolve_province(s.province) for s in smes}))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(needs) - unmet} / {unmet}"),
        ("needs requiring a certification", str(sum(bool(n.certs) for n in needs))),
        ("needs waiving a certification", str(sum(bool(n.waives) for n in needs))),
        ("true links", str(len(links))),
        ("cross-language links, Thai supplier to English buyer", str(th_en)),
        ("cross-language links, English supplier to Thai buyer", str(en_th)),
        ("cross-language links, total", f"{cross} ({100 * cross / len(links):.1f} %)"),
        ("within-language links", str(len(links) - cross)),
        ("links between different sub-clusters", str(sum(by_id[a].sub != by_id[b].sub for a, b in links))),
    ]
    out = ["| count | value |", "|---|---|"]
    out += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(out)


def main() -> int:
    errors = check(SMES)
    if errors:
        for error in errors:
            print("error:", error, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    (HERE / "profiles.jsonl").write_text(profiles_jsonl(SMES), encoding="utf-8", newline="\n")
    (HERE / "links.csv").write_text(links_csv(compute_links(SMES)), encoding="utf-8", newline="\n")
    print(counts_table(SMES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
