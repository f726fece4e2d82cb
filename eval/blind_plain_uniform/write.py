"""Hand-written evaluation set: plain registry entries of a uniform and workwear leaning cluster.

Every profile, offer label and need label below was written by hand. Run from the repository root:

    .venv/bin/python eval/blind_plain_uniform/write.py

The script checks the data and, only if every check passes, writes `profiles.jsonl` and `links.csv`
next to itself.
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

taxonomy = importlib.import_module("shared.taxonomy")

HERE = Path(__file__).resolve().parent

# sub-clusters and stages
HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"

# canonical certification names used in need labels
TIS = "Thai Industrial Standard"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
GOTS = "GOTS"
OTOP = "OTOP"
ISO13485 = "ISO 13485"
ISO9001 = "ISO 9001"
BETTER = "Better Cotton"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str | None


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that the listed offer labels meet (from a supplier holding `certs`)."""
    return Need(text, tuple(labels), tuple(certs), tuple(waives), None)


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that no SME of the set meets; `note` says why."""
    return Need(text, (), tuple(certs), tuple(waives), note)


@dataclass(frozen=True)
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
        "bun-001", "th", "บริษัท ไทยเจริญสิ่งทอ จำกัด", ALC, MID, "Samut Sakhon",
        "sales@thaicharoen-textile.co.th", ("มอก.", "ISO 9001", "Oeko-Tex 100"), (),
        offers=(
            ("ผ้า TC ขาว ทำเสื้อนักเรียน ผ่าน มอก. หน้ากว้าง 58 นิ้ว ขายยกพับ", "tc_shirting_fabric"),
            ("ผ้า CVC ฝ้าย 60% สีฟ้า สีชมพู สีครีม สำหรับเสื้อเชิ้ตพนักงาน", "cvc_shirting_fabric"),
            ("ผ้าโพลีเรยอนยืด ทำชุดสครับ ได้ OEKO-TEX มี 8 สี", "scrub_fabric"),
        ),
        needs=(
            N("เส้นด้าย TC 45/1 สีขาว ปั่นวงแหวน ส่งเดือนละ 20 ตัน", "tc_yarn"),
            N("ต้องการโรงย้อมรับย้อมผ้าดิบของเราเป็นสีกรม สีกากี", "fabric_dyeing_service"),
        ),
    ),
    Sme(
        "bun-002", "en", "Eastern Safety Textiles Co., Ltd.", SPORT, MID, "Chonburi",
        "info@easternsafetytex.com", ("ISO 9001", "TIS"), (),
        offers=(
            ("Sew-on reflective tape 50 mm, silver grey, 100 m per roll, TIS marked", "reflective_tape"),
            ("Fluorescent lime and orange polyester knit for safety vests", "hi_vis_fabric"),
        ),
        needs=(
            N("rPET filament yarn 75D/36F, GRS certified only", "recycled_polyester_yarn", certs=(GRS,)),
            U("Polyester warp-knit greige 120 gsm for our fluorescent dye line", "no warp knitter in the set"),
        ),
    ),
    Sme(
        "bun-003", "th", "ห้างหุ้นส่วนจำกัด ระยองเซฟตี้แวร์", SPORT, DOWN, "Rayong",
        "rayongsafety@gmail.com", (), (),
        offers=(
            ("เสื้อกั๊กสะท้อนแสง สีส้ม สีเขียวมะนาว คาดแถบ 2 เส้น สกรีนชื่อบริษัทด้านหลังได้", "hi_vis_vests"),
        ),
        needs=(
            N("เทปสะท้อนแสงแบบเย็บติด กว้าง 2 นิ้ว เอาเป็นม้วน", "reflective_tape"),
            N("ผ้าสีสะท้อนแสง ส้ม/เขียวมะนาว ไว้ตัดเสื้อกั๊กจราจร", "hi_vis_fabric"),
            N("ผ้าเสิร์ท TC สีกรม สีเทา ทำชุดช่าง", "tc_twill_fabric"),
        ),
    ),
    Sme(
        "bun-004", "en", "Krungthep Medical Wear Co., Ltd.", ALC, DOWN, "Bangkok",
        "orders@krungthepmedwear.com", ("ISO 13485", "OEKO-TEX Standard 100"), (),
        offers=(
            ("Scrub sets, V-neck top and drawstring pants, XS-3XL, 12 colours", "scrubs"),
            ("Reusable patient gowns, back tie, poly-cotton, hospital logo print", "patient_gowns"),
        ),
        needs=(
            N("Stretch poly-rayon scrub fabric, OEKO-TEX certified", "scrub_fabric", certs=(OEKO,)),
            N("Logo embroidery on finished scrub tops - we send you the tops", "embroidery_service"),
            N("Woven size and care labels, 10,000 pcs a month", "woven_labels"),
        ),
    ),
    Sme(
        "bun-005", "th", "ร้านสมใจปักจักร", ALC, MID, "Nonthaburi",
        "somjai.pak@gmail.com", (), (),
        offers=(
            ("รับปักโลโก้ ปักชื่อ บนเสื้อที่ลูกค้านำมา ปักจักรคอม 12 หัว ไม่มีขั้นต่ำ", "embroidery_service"),
            ("อาร์มปักตราโรงเรียน ตราหน่วยงาน ทำตามแบบ ขั้นต่ำ 100 ชิ้น", "embroidered_badges"),
        ),
        needs=(
            N("ด้ายปักเรยอน ด้ายปักโพลีเอสเตอร์ สีตามชาร์ต", "embroidery_thread"),
            N("ผ้ากาวรองปัก แบบฉีก แบบตัด", "interlining_backing"),
        ),
    ),
    Sme(
        "bun-006", "en", "Doi Hemp Growers Collective", HEMP, UP, "Chiang Mai",
        "doihemp.collective@gmail.com", ("Organic Thailand",), ("bio", "green"),
        offers=(
            ("Decorticated hemp bast fibre, sun-dried, 50 kg bales", "hemp_fibre"),
            ("Hand-spun hemp yarn, natural grey, sold by the hank", "hemp_yarn"),
        ),
        needs=(
            U("Mill to spin our hemp fibre into machine yarn on commission", "no commission spinner in the set"),
            N("Natural indigo paste to dye hemp yarn before weaving", "natural_indigo_paste"),
        ),
    ),
    Sme(
        "bun-007", "th", "วิสาหกิจชุมชนผ้าครามบ้านโพนงาม", HEMP, MID, "Sakon Nakhon",
        "phonngam.indigo@gmail.com", ("OTOP",), ("bio", "green"),
        offers=(
            ("ครามเปียก (เนื้อคราม) จากต้นครามปลูกเอง กิโลละ 250 บาท", "natural_indigo_paste"),
            ("ผ้าฝ้ายย้อมครามทอมือ ลายมัดหมี่ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามเสื้อผ้าที่ลูกค้าส่งมา เสื้อ กางเกง ผ้าพันคอ", "indigo_dyeing_service"),
        ),
        needs=(
            N("ฝ้ายเข็นมือสีขาวธรรมชาติ ยังไม่ย้อม", "handspun_cotton_yarn"),
            N("อยากได้ด้ายกัญชงเข็นมือ มาทอผสมฝ้าย", "hemp_yarn"),
        ),
    ),
    Sme(
        "bun-008", "th", "กลุ่มเกษตรกรปลูกฝ้ายอินทรีย์บ้านโนนแดง", ALI, UP, "Surin",
        "nondaeng.cotton@gmail.com", ("Organic Thailand",), ("bio",),
        offers=(
            ("ฝ้ายเข็นมือ ฝ้ายพื้นเมือง สีขาวและสีตุ่น ขายเป็นไจ ได้รับรองเกษตรอินทรีย์", "handspun_cotton_yarn"),
        ),
        needs=(
            U("เมล็ดพันธุ์ฝ้ายตุ่ย ฝ้ายพื้นเมืองแท้", "cotton seed; no one in the set sells it"),
        ),
    ),
    Sme(
        "bun-009", "en", "Saraburi Spinning Mills Co., Ltd.", HEMP, UP, "Saraburi",
        "yarn@saraburispinning.co.th", ("GOTS", "ISO 9001"), (),
        offers=(
            ("TC 65/35 ring-spun yarn, Ne 20s to 45s, on cones", "tc_yarn"),
            ("Carded 100% cotton yarn Ne 20/1 for weaving and knitting", "cotton_yarn"),
            ("Organic cotton combed yarn Ne 30/1, GOTS", "organic_cotton_yarn"),
        ),
        needs=(
            U("Better Cotton (BCI) lint in bales from a certified gin", "no ginner in the set", certs=(BETTER,)),
            N("Recycled polyester staple fibre 1.4D x 38 mm for blended yarn", "recycled_polyester_staple_fibre"),
        ),
    ),
    Sme(
        "bun-010", "en", "GreenLoop PET Recycling Co., Ltd.", CIRC, UP, "Rayong",
        "sales@greenloop-pet.co.th", ("GRS", "ISO 14001"), ("circular",),
        offers=(
            ("rPET filament yarn 75D and 150D, GRS certified", "recycled_polyester_yarn"),
            ("Recycled PSF 1.4D x 38 mm made from bottle flake", "recycled_polyester_staple_fibre"),
        ),
        needs=(
            N("Clear PET bottle flakes, hot-washed, 20 t per month", "pet_bottle_flakes"),
            N("Worn-out polyester uniforms, sorted by colour, for fibre-to-fibre trials", "used_uniforms"),
        ),
    ),
    Sme(
        "bun-011", "th", "ร้านรับซื้อของเก่า โชคทวีรีไซเคิล", CIRC, UP, "Phetchaburi",
        "chokthawee.recycle@hotmail.com", (), ("circular",),
        offers=(
            ("เกล็ดขวด PET ใส ล้างร้อนแล้ว ส่งได้เดือนละ 15 ตัน", "pet_bottle_flakes"),
        ),
        needs=(
            U("ถุงจัมโบ้ใส่เกล็ดพลาสติก มือสองก็ได้", "bulk bags; no one in the set offers them"),
        ),
    ),
    Sme(
        "bun-012", "th", "บริษัท รีคอตตอน ไทย จำกัด", CIRC, UP, "Samut Prakan",
        "info@recotton-thai.com", ("RCS",), ("circular",),
        offers=(
            ("ใยฝ้ายรีไซเคิลจากเศษผ้าตัด แยกสีแล้ว ไม่ต้องย้อมใหม่", "recycled_cotton_fibre"),
        ),
        needs=(
            N("รับซื้อเศษผ้าตัดจากโรงงานตัดเย็บ ผ้าฝ้ายล้วนหรือ TC", "fabric_waste_scraps"),
            N("ชุดพนักงานเก่าที่เลิกใช้แล้ว สีเดียวกันเยอะๆ", "used_uniforms"),
        ),
    ),
    Sme(
        "bun-013", "en", "RagWorks Thailand Co., Ltd.", CIRC, UP, "Pathum Thani",
        "buy@ragworks.co.th", (), ("circular",),
        offers=(
            ("Industrial wiping rags, white cotton, cut 40 x 40 cm, 10 kg bags", "cotton_wiping_rags"),
        ),
        needs=(
            N("Mixed second-hand clothing by the tonne, T-shirts welcome", "used_clothing"),
            N("Old hotel or hospital bed sheets, white cotton preferred", "used_linen"),
        ),
    ),
    Sme(
        "bun-014", "th", "วิสาหกิจเพื่อสังคม ผ้าเก่าเล่าใหม่", CIRC, MID, "Bangkok",
        "hello@phakaolaomai.org", (), ("circular",),
        offers=(
            ("กระเป๋าผ้าที่ทำจากชุดยูนิฟอร์มเก่าขององค์กร ใส่โลโก้เดิมได้", "upcycled_bags"),
            ("รับทำลายชุดพนักงานเก่า ตัดย่อยพร้อมออกใบรับรองการทำลาย", "textile_recycling_service"),
        ),
        needs=(
            N("ซิปไนลอนเบอร์ 5 กับสายกระเป๋าแบบแถบ", "zippers", "elastic_webbing"),
        ),
    ),
    Sme(
        "bun-015", "en", "Pacific Zip & Trims Co., Ltd.", SPORT, MID, "Samut Prakan",
        "trims@pacificzip.co.th", ("ISO 9001", "OEKO-TEX Standard 100"), (),
        offers=(
            ("Nylon and metal zippers, #3 to #8, cut to length", "zippers"),
            ("Hook-and-loop tape 20-50 mm, sew-on, black and white", "hook_loop_tape"),
            ("Elastic bands and PP webbing for straps and waistbands", "elastic_webbing"),
            ("Metal snap fasteners and press studs, setting dies on loan", "snap_fasteners"),
        ),
        needs=(
            U("Coconut-shell buttons in bulk, natural finish", "no coconut-shell button maker in the set"),
        ),
    ),
    Sme(
        "bun-016", "th", "ร้านกระดุมเจริญผล สำเพ็ง", ALC, MID, "Bangkok",
        "charoenphon.button@gmail.com", (), (),
        offers=(
            ("กระดุมเสื้อนักเรียน กระดุมครุฑเสื้อข้าราชการ ขายส่งเป็นกุรุส", "buttons"),
            ("ด้ายเย็บผ้าหลอดใหญ่ 5,000 เมตร สีขาว ดำ กรม กากี", "sewing_thread"),
            ("ด้ายปักเงา 120 สี ยกกล่อง", "embroidery_thread"),
            ("ผ้ากาวรีดติด ผ้ารองปัก ขายเป็นม้วน", "interlining_backing"),
        ),
        needs=(
            N("ซิปทองเหลืองหรือซิปไนลอน ราคาส่ง", "zippers"),
        ),
    ),
    Sme(
        "bun-017", "en", "Label House Asia Co., Ltd.", ALC, MID, "Bangkok",
        "sales@labelhouse.asia", (), (),
        offers=(
            ("Woven damask labels, printed satin care labels, size tabs", "woven_labels"),
        ),
        needs=(
            U("Polyester satin tape 25 mm rolls for printing care labels", "no tape maker in the set"),
        ),
    ),
    Sme(
        "bun-018", "th", "บริษัท ศรีสาครนิตติ้ง จำกัด", SPORT, MID, "Samut Sakhon",
        "knit@srisakhon-knitting.co.th", ("ISO 9001", "OEKO-TEX Standard 100"), (),
        offers=(
            ("ผ้าจูติ TC 220 แกรม สำหรับตัดเสื้อโปโล มีสีพร้อมส่ง 30 สี", "knit_pique_fabric"),
            ("ผ้าไมโครโพลีเอสเตอร์ แห้งไว ระบายเหงื่อ ทำเสื้อกีฬา", "sport_jersey_fabric"),
        ),
        needs=(
            N("ด้าย TC 32 เบอร์ สำหรับถักผ้าจูติ", "tc_yarn"),
            N(
                "ด้ายรีไซเคิลจากขวดพลาสติก ลูกค้าอยากได้เสื้อรักษ์โลก ไม่ต้องมี GRS ก็ได้",
                "recycled_polyester_yarn",
                waives=(GRS,),
            ),
        ),
    ),
    Sme(
        "bun-019", "en", "Siam Technical Coatings Co., Ltd.", SPORT, MID, "Chonburi",
        "coatings@siamtechcoat.com", ("ISO 9001",), (),
        offers=(
            ("PU-coated polyester 210D and PVC-coated nylon for rainwear", "waterproof_coated_fabric"),
        ),
        needs=(
            N("Polyester plain-weave greige 210D for coating, 5,000 m lots", "polyester_greige_fabric"),
        ),
    ),
    Sme(
        "bun-020", "th", "บริษัท นครปฐมวีฟวิ่ง จำกัด", SPORT, MID, "Nakhon Pathom",
        "sales@nkpweaving.co.th", ("มอก.", "ISO 9001"), (),
        offers=(
            ("ผ้าเสิร์ท TC สีกรม สีเทา สีน้ำเงิน ทำชุดช่าง ชุดฟอร์มโรงงาน", "tc_twill_fabric"),
            ("ผ้าดิบโพลีเอสเตอร์ 210D ทอเรียบ ยังไม่ย้อม", "polyester_greige_fabric"),
        ),
        needs=(
            N("ด้ายโพลีคอตตอน 65/35 เบอร์ 20", "tc_yarn"),
            N("ใครรับย้อมผ้าดิบเป็นพับบ้าง? ทางเรามีผ้าเอง พับละ 100 เมตร", "fabric_dyeing_service"),
        ),
    ),
    Sme(
        "bun-021", "en", "Ratchaburi Dyeing & Finishing Co., Ltd.", ALC, MID, "Ratchaburi",
        "dyehouse@ratchaburidye.co.th", ("ISO 14001",), ("green",),
        offers=(
            ("Commission dyeing of your woven or knitted greige, navy, black, khaki, MOQ 500 m",
             "fabric_dyeing_service"),
        ),
        needs=(
            N("Plain cotton greige for lab dips and colour cards", "greige_cotton_fabric"),
        ),
    ),
    Sme(
        "bun-022", "en", "Mae Rim Handloom Studio", HEMP, MID, "Chiang Mai",
        "studio@maerimhandloom.com", ("Fairtrade",), ("bio", "green"),
        offers=(
            ("Handwoven cotton, plant-dyed, 60 cm wide, by the metre", "handwoven_cotton_fabric"),
            ("Indigo-dyed handwoven cotton yardage, deep blue", "indigo_dyed_cotton_fabric"),
        ),
        needs=(
            N("Hand-spun hemp yarn from highland growers", "hemp_yarn"),
            N("Undyed hand-spun cotton, local varieties", "handspun_cotton_yarn"),
        ),
    ),
    Sme(
        "bun-023", "th", "กลุ่มทอผ้าใยกัญชงม้ง เขาค้อ", HEMP, MID, "Phetchabun",
        "khaokho.hemp@gmail.com", ("OTOP",), ("bio",),
        offers=(
            ("ผ้าใยกัญชงทอมือ ลายม้ง หน้ากว้าง 35 ซม.", "hemp_fabric"),
            ("กระเป๋าผ้ากัญชงเขียนเทียน ย้อมคราม", "hemp_bags"),
        ),
        needs=(
            N("เปลือกกัญชงลอกแล้ว ตากแห้ง", "hemp_fibre"),
        ),
    ),
    Sme(
        "bun-024", "th", "กลุ่มทอผ้าขาวม้าบ้านหนองบัวดี", ALI, MID, "Khon Kaen",
        "nongbuadee.weave@gmail.com", ("OTOP",), (),
        offers=(
            ("ผ้าขาวม้าทอมือ ลายตาราง ผืนละ 120 บาท สินค้า OTOP", "pha_khao_ma"),
            ("ผ้าฝ้ายทอมือพื้นเรียบ ขายเป็นเมตร", "handwoven_cotton_fabric"),
        ),
        needs=(
            N("ฝ้ายโรงงาน ฝ้ายหลอดเบอร์ 20 ไว้ทอผ้าขาวม้า", "cotton_yarn"),
        ),
    ),
    Sme(
        "bun-025", "en", "Sukhumvit Medical Centre", ALC, DOWN, "Bangkok",
        "procurement@sukhumvitmedical.co.th", (), (),
        offers=(),
        needs=(
            N("Scrubs for 600 nurses, OEKO-TEX certified fabric only", "scrubs", certs=(OEKO,)),
            N(
                "Disposable isolation gowns from an ISO 13485 manufacturer",
                "isolation_gowns_disposable",
                certs=(ISO13485,),
            ),
            N("Linen and staff uniform laundry, pickup three times a week", "industrial_laundry_service"),
            N("Patient gowns, XL and 3XL for the bariatric ward", "patient_gowns"),
        ),
    ),
    Sme(
        "bun-026", "th", "โรงพยาบาลอุดรเวชการ", ALI, DOWN, "Udon Thani",
        "purchase@udonvejakarn.com", (), (),
        offers=(),
        needs=(
            N("ชุดผู้ป่วยผ้าฝ้าย ผูกหลัง มีไซส์ใหญ่พิเศษ", "patient_gowns"),
            N("ผ้าปูเตียงคนไข้ ปลอกหมอน ผ้าขวางเตียง", "hospital_bed_linen"),
            N("ชุดพยาบาลห้องผ่าตัด (ชุดสครับ) สีเขียว 200 ชุด", "scrubs"),
        ),
    ),
    Sme(
        "bun-027", "th", "โรงพยาบาลหาดใหญ่การุณย์", ALC, DOWN, "Songkhla",
        "supply@hatyaikarun.co.th", (), (),
        offers=(
            ("ผ้าปูที่นอนและผ้าห่มผู้ป่วยที่ปลดระวางแล้ว", "used_linen"),
        ),
        needs=(
            N("เสื้อกาวน์ใช้ครั้งเดียวทิ้ง สำหรับห้องแยกโรค", "isolation_gowns_disposable"),
            N("บริการซักรีดผ้าโรงพยาบาล แยกซักผ้าติดเชื้อ", "industrial_laundry_service"),
            N("แผ่นรองซับแบบซักได้ สำหรับผู้ป่วยติดเตียง", "washable_incontinence_pads"),
        ),
    ),
    Sme(
        "bun-028", "en", "Golden Years Residence Chiang Mai", ALC, DOWN, "Chiang Mai",
        "admin@goldenyearscm.com", (), (),
        offers=(),
        needs=(
            N(
                "Easy-on clothing for residents with limited mobility, velcro or magnetic fronts",
                "adaptive_clothing_elderly",
            ),
            N("Washable bed pads for incontinence, 150 pcs", "washable_incontinence_pads"),
            N("Caregiver tunics and trousers in soft colours", "scrubs"),
        ),
    ),
    Sme(
        "bun-029", "th", "บ้านสุขใจ เนอร์สซิ่งโฮม", ALC, DOWN, "Nonthaburi",
        "sukjai.nursinghome@gmail.com", (), (),
        offers=(),
        needs=(
            N("เสื้อผ้าผู้สูงอายุ ใส่ง่าย ถอดง่าย ติดตีนตุ๊กแก", "adaptive_clothing_elderly"),
            N("ผ้ากันเปื้อนเวลาทานข้าวสำหรับผู้สูงอายุ", "adult_bibs"),
            U("มีใครรับทำชุดกายภาพบำบัดในน้ำสำหรับผู้สูงอายุไหม", "no aquatherapy wear maker in the set"),
        ),
    ),
    Sme(
        "bun-030", "en", "Saisabai Senior Wear", ALC, DOWN, "Nakhon Pathom",
        "hello@saisabaiseniorwear.com", (), (),
        offers=(
            ("Open-back adaptive garments with magnetic buttons for bedridden patients",
             "adaptive_clothing_elderly"),
            ("Waterproof adult bibs, machine washable", "adult_bibs"),
        ),
        needs=(
            N("Soft cotton-spandex jersey", "cotton_jersey_knit"),
            N("Sew-on hook and loop, white, 25 yd rolls", "hook_loop_tape"),
        ),
    ),
    Sme(
        "bun-031", "en", "Bangplee Knit Fabrics Co., Ltd.", SPORT, MID, "Samut Prakan",
        "sales@bangpleeknit.com", ("OEKO-TEX Standard 100",), (),
        offers=(
            ("Cotton spandex single jersey 180 gsm, 30 colours in stock", "cotton_jersey_knit"),
            ("CVC pique 210 gsm for polo shirts, dyed to order", "knit_pique_fabric"),
        ),
        needs=(
            N("Combed cotton yarn 30s for jersey knitting", "cotton_yarn"),
        ),
    ),
    Sme(
        "bun-032", "th", "ร้านอุบลชุดนักเรียน", ALI, DOWN, "Ubon Ratchathani",
        "ubon.uniform@gmail.com", ("มอก.",), (),
        offers=(
            ("เสื้อนักเรียนชายหญิง กางเกง กระโปรง ผ้าได้ มอก. ปักชื่อฟรี", "school_uniforms"),
            ("ชุดลูกเสือ เนตรนารี ครบชุดพร้อมผ้าผูกคอ", "scout_uniforms"),
        ),
        needs=(
            N("ผ้าโทเรขาวทำเสื้อนักเรียน ต้องผ่าน มอก.", "tc_shirting_fabric", certs=(TIS,)),
            N("ผ้ากากีทำชุดลูกเสือ", "khaki_uniform_fabric"),
            N("อาร์มลูกเสือ เครื่องหมายลูกเสือสำรอง สามัญ", "embroidered_badges"),
        ),
    ),
    Sme(
        "bun-033", "en", "Bangkok Uniform Fabric Trading Co., Ltd.", ALC, MID, "Bangkok",
        "trade@bkkuniformfabric.com", (), (),
        offers=(
            ("White TC poplin 133x72 for school shirts, 58 in wide", "tc_shirting_fabric"),
            ("Poly-rayon stretch twill for scrubs, 10 hospital colours", "scrub_fabric"),
        ),
        needs=(
            N("100% cotton drill, 10 oz, for a workwear customer - no TC please", "cotton_drill_fabric"),
        ),
    ),
    Sme(
        "bun-034", "th", "บริษัท สระบุรีเท็กซ์ไทล์ จำกัด", ALC, MID, "Saraburi",
        "sales@saraburitextile.co.th", ("มอก.", "ISO 9001"), (),
        offers=(
            ("ผ้ากากีเสิร์ท สีกากีคอพับ ทำชุดข้าราชการ ชุดลูกเสือ ผ่าน มอก.", "khaki_uniform_fabric"),
            ("ผ้าดริลฝ้าย 100% หนา 10 ออนซ์ สีกรม สีดำ", "cotton_drill_fabric"),
            ("ผ้าดิบฝ้าย 100% หน้ากว้าง 44 นิ้ว ยังไม่ฟอก", "greige_cotton_fabric"),
        ),
        needs=(
            N("ด้ายคอตตอน 100% เบอร์ 16-20 ทอผ้าดริล", "cotton_yarn"),
        ),
    ),
    Sme(
        "bun-035", "th", "ร้านสมบัติชุดข้าราชการ บางลำพู", ALC, DOWN, "Bangkok",
        "sombat.uniform@gmail.com", (), (),
        offers=(
            ("ชุดข้าราชการสีกากี ตัดตามขนาด พร้อมอินทรธนู", "khaki_government_uniforms"),
        ),
        needs=(
            N("ผ้ากากีคอพับ ต้องมีตรา มอก. เท่านั้น", "khaki_uniform_fabric", certs=(TIS,)),
            N("กระดุมครุฑสีทอง ขนาดเล็ก ใหญ่", "buttons"),
        ),
    ),
    Sme(
        "bun-036", "th", "โรงเรียนบ้านโนนทัน", ALI, DOWN, "Khon Kaen",
        "nonthan.school@gmail.com", (), (),
        offers=(),
        needs=(
            N("ชุดนักเรียน 200 ชุด สำหรับเด็กยากจน ผ้าต้องได้ มอก.", "school_uniforms", certs=(TIS,)),
            N("เสื้อกีฬาสี 4 สี พิมพ์ลายทั้งตัว", "sport_team_jerseys"),
        ),
    ),
    Sme(
        "bun-037", "en", "Andaman International School", SPORT, DOWN, "Phuket",
        "procurement@andaman-is.ac.th", (), (),
        offers=(
            ("Outgrown and lost-property uniforms, bagged at the end of each term", "used_uniforms"),
        ),
        needs=(
            N("School polo shirts with embroidered crest, pique, kids 4 to adult XL", "polo_shirts"),
            N("House-colour PE shirts, sublimated", "sport_team_jerseys"),
            N("Bucket hats for primary pupils", "caps_hats"),
        ),
    ),
    Sme(
        "bun-038", "th", "บริษัท โปโลแลนด์ จำกัด", SPORT, DOWN, "Bangkok",
        "sale@pololand.co.th", (), (),
        offers=(
            ("เสื้อโปโลผ้าจูติ ปักโลโก้ ขั้นต่ำ 30 ตัว ส่งภายใน 14 วัน", "polo_shirts"),
            ("หมวกแก๊ป ผ้าคอตตอน ปักหน้าหมวก", "caps_hats"),
            ("เสื้อยืดคอกลมเปล่า ไม่สกรีน คอตตอน 100%", "blank_tshirts"),
        ),
        needs=(
            N("ผ้าปิเก้ ผ้าจูติ สีพื้น ซื้อเป็นม้วน", "knit_pique_fabric"),
            N("รับสกรีนหลังเสื้อโปโลของเรา งานด่วน", "screen_printing_service"),
        ),
    ),
    Sme(
        "bun-039", "en", "InkPro Screen & Transfer", SPORT, MID, "Bangkok",
        "jobs@inkpro.co.th", (), (),
        offers=(
            ("Screen printing on your garments, plastisol or water-based, from 50 pcs", "screen_printing_service"),
            ("Sublimation printing on polyester fabric by the metre", "sublimation_printing_service"),
        ),
        needs=(
            N("Blank cotton crew-neck tees for our own merch line", "blank_tshirts"),
        ),
    ),
    Sme(
        "bun-040", "th", "ร้านโคราชสปอร์ต", SPORT, DOWN, "Nakhon Ratchasima",
        "koratsport.shop@gmail.com", (), (),
        offers=(
            ("เสื้อกีฬาพิมพ์ลายทั้งตัว ออกแบบฟรี สกรีนชื่อเบอร์", "sport_team_jerseys"),
        ),
        needs=(
            N("ผ้าไมโครแห้งไว สีขาว สำหรับพิมพ์ซับลิเมชั่น", "sport_jersey_fabric"),
            N("ร้านรับพิมพ์ซับลิเมชั่นลงผ้าเป็นเมตร ช่วงออเดอร์ล้น", "sublimation_printing_service"),
        ),
    ),
    Sme(
        "bun-041", "th", "โรงแรมพัทยาเบย์ รีสอร์ท", ALC, DOWN, "Chonburi",
        "purchasing@pattayabayresort.com", (), (),
        offers=(
            ("ผ้าปูที่นอนและผ้าขนหนูเก่าที่ปลดระวาง เดือนละประมาณ 300 กก.", "used_linen"),
        ),
        needs=(
            N("ชุดพนักงานต้อนรับ แม่บ้าน เบลบอย ทั้งโรงแรม", "hotel_staff_uniforms"),
            N("เสื้อพ่อครัว แขนยาว กระดุมแป๊ก", "chef_jackets"),
            N("ผ้าขนหนูสีขาว 16 ปอนด์ 1,000 ผืน", "towels"),
        ),
    ),
    Sme(
        "bun-042", "en", "Kata Sands Resort & Spa", ALC, DOWN, "Phuket",
        "purchasing@katasands.com", (), (),
        offers=(),
        needs=(
            N("Spa therapist uniforms in natural cotton, mandarin collar", "spa_uniforms"),
            N("Pha khao ma for guest wraps in the spa, 300 pieces", "pha_khao_ma"),
            N(
                "Take-back of old staff uniforms with proper destruction, certificate needed",
                "textile_recycling_service",
            ),
        ),
    ),
    Sme(
        "bun-043", "th", "บริษัท ยูนิฟอร์มสยาม จำกัด", ALC, DOWN, "Bangkok",
        "sales@uniformsiam.co.th", ("ISO 9001",), (),
        offers=(
            ("ชุดพนักงานโรงแรม แม่บ้าน เบลบอย ฟรอนต์ ออกแบบให้ฟรี", "hotel_staff_uniforms"),
            ("เสื้อเชฟผ้าคอตตอนทวิล สีขาว สีดำ", "chef_jackets"),
            ("ชุดสปา ผ้าฝ้าย คอจีน กางเกงเล", "spa_uniforms"),
        ),
        needs=(
            N("ผ้าทวิลคอตตอนหรือ TC สำหรับเสื้อเชฟ", "tc_twill_fabric", "cotton_drill_fabric"),
            N("หาโรงงานรับจ้างเย็บช่วงไฮซีซั่น เรามีผ้าและแพทเทิร์นให้", "cmt_sewing_service"),
            N("ผ้าฝ้ายทอมือ ทำชุดสปาให้ลูกค้ารีสอร์ท", "handwoven_cotton_fabric"),
        ),
    ),
    Sme(
        "bun-044", "en", "CleanPro Linen Services Co., Ltd.", CIRC, MID, "Bangkok",
        "ops@cleanprolinen.co.th", ("ISO 9001", "ISO 14001"), ("green",),
        offers=(
            ("Industrial laundry for hotels and hospitals, barrier washers, daily pickup",
             "industrial_laundry_service"),
        ),
        needs=(
            U("Sewn-in RFID tags for linen tracking", "no RFID tagging offered in the set"),
            N("Wiping rags for our workshop", "cotton_wiping_rags"),
        ),
    ),
    Sme(
        "bun-045", "th", "เชียงใหม่ลอนดรี้ เซอร์วิส", CIRC, MID, "Chiang Mai",
        "cmlaundry.service@gmail.com", (), (),
        offers=(
            ("รับซักรีดผ้าโรงแรม รีสอร์ท ชุดพนักงาน คิดเป็นกิโล รับส่งถึงที่", "industrial_laundry_service"),
        ),
        needs=(
            N("ป้ายผ้าแบบรีดติด ไว้แยกผ้าของแต่ละโรงแรม", "woven_labels"),
        ),
    ),
    Sme(
        "bun-046", "en", "Map Ta Phut Olefins Co., Ltd.", SPORT, DOWN, "Rayong",
        "purchasing@mtpolefins.co.th", ("ISO 14001",), (),
        offers=(),
        needs=(
            U(
                "Inherently flame-retardant coveralls to NFPA 2112, 400 sets",
                "no flame-retardant fabric or garment maker in the set",
            ),
            N("Hi-vis vests for contractors at the gate", "hi_vis_vests"),
            N("Cotton knitted work gloves, 7-gauge, by the dozen", "work_gloves"),
            N("Rain jackets and trousers for shift workers", "rain_gear"),
        ),
    ),
    Sme(
        "bun-047", "th", "บริษัท อยุธยาออโต้พาร์ท จำกัด", SPORT, DOWN, "Ayutthaya",
        "hr@ayutthaya-autoparts.co.th", ("ISO 9001",), (),
        offers=(
            ("ชุดช่างเก่าที่เลิกใช้ ปีละประมาณ 2,000 ชุด", "used_uniforms"),
        ),
        needs=(
            N("ชุดหมีช่างซ่อมบำรุง สีกรม ปักชื่อพนักงาน", "coveralls"),
            N("เสื้อช่างแขนยาว ผ้าเสิร์ท คาดแถบสะท้อนแสง", "work_shirts"),
        ),
    ),
    Sme(
        "bun-048", "th", "โรงงานชุดช่างศรีนครินทร์", SPORT, DOWN, "Samut Prakan",
        "srinakarin.workwear@gmail.com", (), (),
        offers=(
            ("ชุดหมีผ้าเวสปอยท์ ปักโลโก้ ขั้นต่ำ 50 ชุด", "coveralls"),
            ("เสื้อช่างแขนยาว ผ้า TC มีกระเป๋าปากกา", "work_shirts"),
        ),
        needs=(
            N("ผ้าเสิร์ท TC สีกรม ซื้อเดือนละ 3,000 หลา", "tc_twill_fabric"),
            N("แถบสะท้อนแสงต้องได้ มอก. ลูกค้าโรงงานบังคับ", "reflective_tape", certs=(TIS,)),
            N("ซิปโลหะ เบอร์ 5 ยาว 70 ซม. สำหรับชุดหมี", "zippers"),
        ),
    ),
    Sme(
        "bun-049", "th", "โรงงานถุงมือผ้าดวงดี", SPORT, DOWN, "Tak",
        "duangdee.gloves@gmail.com", (), ("circular",),
        offers=(
            ("ถุงมือผ้าถัก สีขาวขอบเขียว โหลละ 65 บาท", "work_gloves"),
        ),
        needs=(
            N("ใยฝ้ายรีไซเคิลหรือเศษด้ายปั่นใหม่ สำหรับถักถุงมือ", "recycled_cotton_fibre"),
        ),
    ),
    Sme(
        "bun-050", "en", "Guardian Force Security Services Co., Ltd.", SPORT, DOWN, "Bangkok",
        "admin@guardianforce.co.th", (), (),
        offers=(),
        needs=(
            N("Guard uniforms, 800 sets: shirts, trousers, shoulder boards", "security_guard_uniforms"),
            N("Reflective vests for car park staff", "hi_vis_vests"),
        ),
    ),
    Sme(
        "bun-051", "th", "ร้านรุ่งเรืองชุด รปภ.", SPORT, DOWN, "Pathum Thani",
        "rungruang.rpp@gmail.com", (), (),
        offers=(
            ("ชุด รปภ. ครบชุด เสื้อ กางเกง อินทรธนู เข็มขัด", "security_guard_uniforms"),
        ),
        needs=(
            N("อาร์มบริษัท รปภ. ปักจักร ติดแขนเสื้อ", "embroidered_badges"),
        ),
    ),
    Sme(
        "bun-052", "th", "หจก. ปากน้ำโพปิโตรเลียม", SPORT, DOWN, "Nakhon Sawan",
        "pknpetroleum@hotmail.com", (), (),
        offers=(),
        needs=(
            N("เสื้อโปโลพนักงานหน้าปั๊ม สีส้ม ปักโลโก้ 120 ตัว", "polo_shirts"),
            N("หมวกแก๊ปพนักงานปั๊ม", "caps_hats"),
        ),
    ),
    Sme(
        "bun-053", "en", "Monsoon Raingear Co., Ltd.", SPORT, DOWN, "Bangkok",
        "sales@monsoonraingear.com", (), (),
        offers=(
            ("Two-piece PVC rain suits with reflective strips, M-3XL", "rain_gear"),
            ("Rain ponchos, hooded, printed with your logo", "rain_gear"),
        ),
        needs=(
            N("PU-coated nylon or polyester, waterproof, for rainwear", "waterproof_coated_fabric"),
            N("Reflective tape for rain suits", "reflective_tape"),
        ),
    ),
    Sme(
        "bun-054", "th", "บริษัท ครัวคุณยาย จำกัด", ALC, DOWN, "Bangkok",
        "purchase@kruakhunyai.co.th", (), (),
        offers=(),
        needs=(
            N("ผ้ากันเปื้อนพนักงาน สีน้ำตาล ปักโลโก้ 20 สาขา", "aprons"),
            N("เสื้อพ่อครัวคอจีน", "chef_jackets"),
        ),
    ),
    Sme(
        "bun-055", "en", "Siam Table Group Co., Ltd.", ALC, DOWN, "Bangkok",
        "supply@siamtable.co.th", (), (),
        offers=(),
        needs=(
            N("White chef coats with stud buttons and name embroidery", "chef_jackets"),
            N("Denim bib aprons with leather straps", "aprons"),
        ),
    ),
    Sme(
        "bun-056", "th", "วัดป่าศรีอุบลธรรมาราม", ALI, DOWN, "Ubon Ratchathani",
        "watpasriubon@gmail.com", (), (),
        offers=(
            ("เสื้อผ้าที่ญาติโยมถวายเกินใช้ อยากส่งต่อให้รีไซเคิล", "used_clothing"),
        ),
        needs=(
            N("ผ้าไตรจีวร สีกรัก ครบไตร 50 ชุด", "monk_robes"),
        ),
    ),
    Sme(
        "bun-057", "th", "ร้านสังฆภัณฑ์ยโสธร", ALI, DOWN, "Yasothon",
        "sangkhaphan.yaso@gmail.com", (), (),
        offers=(
            ("ไตรจีวร ผ้ามัสลิน สีกรัก สีเหลืองทอง", "monk_robes"),
        ),
        needs=(
            N("ร้านรับย้อมผ้าสีกรักเป็นพับ", "fabric_dyeing_service"),
        ),
    ),
    Sme(
        "bun-058", "en", "Chao Phraya Commercial Bank PCL", ALC, DOWN, "Bangkok",
        "uniform.procurement@cpcbank.co.th", (), (),
        offers=(),
        needs=(
            N("Staff uniforms for 3,000 branch employees: blouses, skirts, shirts", "office_uniforms"),
            N("Secure shredding of retired uniforms with a destruction certificate", "textile_recycling_service"),
            N("Gift tote bags made from our own old uniforms", "upcycled_bags"),
        ),
    ),
    Sme(
        "bun-059", "en", "M&K Uniform Co., Ltd.", ALC, DOWN, "Nonthaburi",
        "sales@mkuniform.co.th", ("ISO 9001",), (),
        offers=(
            ("Office uniforms: shirts, blouses, skirts, suits, on-site measuring", "office_uniforms"),
        ),
        needs=(
            N("Solid-colour CVC shirting", "cvc_shirting_fabric"),
            N("Fusible interlining for collars and cuffs", "interlining_backing"),
            N("Freelance pattern maker for grading?", "pattern_making_service"),
        ),
    ),
    Sme(
        "bun-060", "en", "PatternLab Bangkok", ALC, MID, "Bangkok",
        "hello@patternlab.co.th", (), (),
        offers=(
            ("Pattern making and size grading on CAD, marker planning", "pattern_making_service"),
        ),
        needs=(
            N("Calico or muslin for toiles, unbleached", "greige_cotton_fabric"),
        ),
    ),
    Sme(
        "bun-061", "th", "ห้องเสื้อพี่แดงรับจ้างเย็บ", ALC, MID, "Samut Sakhon",
        "phidaeng.sewing@gmail.com", (), (),
        offers=(
            ("รับจ้างเย็บ ลูกค้าส่งผ้าที่ตัดแล้วมา เย็บเสื้อโปโล เสื้อยืด ชุดยูนิฟอร์ม", "cmt_sewing_service"),
            ("เศษผ้าจากการตัดเย็บ ขายถูก", "fabric_waste_scraps"),
        ),
        needs=(
            N("ด้ายเย็บโพลีเอสเตอร์ หลอดใหญ่", "sewing_thread"),
        ),
    ),
    Sme(
        "bun-062", "en", "Isan Sewing Co-operative", ALI, MID, "Khon Kaen",
        "isansewing.coop@gmail.com", (), (),
        offers=(
            ("Cut-make-trim for uniforms and scrubs, 40 machines, customer's fabric", "cmt_sewing_service"),
        ),
        needs=(
            N("Spun polyester sewing thread, 5,000 m cones", "sewing_thread"),
        ),
    ),
    Sme(
        "bun-063", "th", "โคราชแพทเทิร์นสตูดิโอ", ALI, MID, "Nakhon Ratchasima",
        "koratpattern.studio@gmail.com", (), (),
        offers=(
            ("รับทำแพทเทิร์นชุดยูนิฟอร์ม เกรดไซส์ และเย็บตัวอย่าง", "pattern_making_service"),
        ),
        needs=(
            N("ยางยืดทำเอวกางเกงตัวอย่าง", "elastic_webbing"),
        ),
    ),
    Sme(
        "bun-064", "en", "Indigo Lane", HEMP, DOWN, "Chiang Mai",
        "shop@indigolane.co", (), ("bio",),
        offers=(
            ("Mor hom style work shirts, hand-dyed indigo", "indigo_dyed_shirts"),
            ("Tote bags of handwoven cotton, dyed with indigo", "handwoven_bags"),
        ),
        needs=(
            N("Indigo-dyed cotton cloth, handwoven, 200 m per season", "indigo_dyed_cotton_fabric"),
            N("Hemp cloth, handwoven, for a capsule line", "hemp_fabric"),
        ),
    ),
    Sme(
        "bun-065", "th", "ร้านม่อฮ่อมป้าศรี", HEMP, DOWN, "Phrae",
        "pasri.mohom@gmail.com", ("OTOP",), (),
        offers=(
            ("เสื้อม่อฮ่อมย้อมห้อม คอจีน แขนสั้น", "indigo_dyed_shirts"),
        ),
        needs=(
            N("เนื้อห้อมเปียก", "natural_indigo_paste"),
        ),
    ),
    Sme(
        "bun-066", "en", "Slow Cloth Store", HEMP, DOWN, "Bangkok",
        "buying@slowcloth.store", (), ("green",),
        offers=(),
        needs=(
            N("Hemp shoulder bags from hill-tribe makers", "hemp_bags"),
            N("Pha khao ma, handwoven; OTOP groups preferred", "pha_khao_ma", waives=(OTOP,)),
            N("Can anyone indigo-dye 200 of our unsold white linen shirts?", "indigo_dyeing_service"),
            N("Indigo work shirts, mor hom or similar", "indigo_dyed_shirts"),
        ),
    ),
    Sme(
        "bun-067", "th", "วิสาหกิจชุมชนแผ่นรองซับผ้าฝ้ายกาฬสินธุ์", ALI, DOWN, "Kalasin",
        "kalasin.pads@gmail.com", ("OTOP",), ("green",),
        offers=(
            ("แผ่นรองซับปัสสาวะแบบซักได้ ผ้าฝ้าย 3 ชั้น", "washable_incontinence_pads"),
        ),
        needs=(
            N("ผ้าขนหนูเป็นม้วน (ผ้าเทอร์รี่)", "terry_fabric"),
        ),
    ),
    Sme(
        "bun-068", "en", "Nakhon Chai Si Towel Mill", ALC, MID, "Nakhon Pathom",
        "sales@ncstowel.com", (), (),
        offers=(
            ("Hotel towels, 100% cotton, 16 lb per dozen", "towels"),
            ("Terry cloth on the roll for sewing", "terry_fabric"),
            ("Hospital bed sheets, draw sheets and pillowcases", "hospital_bed_linen"),
        ),
        needs=(
            N("Cotton yarn Ne 16 for terry weaving", "cotton_yarn"),
        ),
    ),
    Sme(
        "bun-069", "en", "MediShield Nonwovens Co., Ltd.", ALC, DOWN, "Samut Prakan",
        "sales@medishield.co.th", ("ISO 13485", "ISO 9001"), (),
        offers=(
            ("Disposable isolation gowns, SMS 35 gsm, AAMI level 2", "isolation_gowns_disposable"),
            ("Spunbond PP rolls 25-60 gsm", "nonwoven_pp_fabric"),
        ),
        needs=(
            N("Knitted elastic cuffs or elastic tape for gown sleeves", "elastic_webbing"),
        ),
    ),
    Sme(
        "bun-070", "th", "หจก. กาญจน์เมดิคอลซัพพลาย", ALC, DOWN, "Kanchanaburi",
        "kan.medsupply@gmail.com", (), (),
        offers=(
            ("ชุดกาวน์ใช้แล้วทิ้ง ผ้าสปันบอนด์ 30 แกรม", "isolation_gowns_disposable"),
        ),
        needs=(
            N("ผ้าสปันบอนด์ PP เป็นม้วน 30 แกรม", "nonwoven_pp_fabric"),
        ),
    ),
    Sme(
        "bun-071", "th", "โรงเรียนบำรุงอิสลามศึกษา", ALC, DOWN, "Yala",
        "bamrung.islam@gmail.com", (), (),
        offers=(),
        needs=(
            N("ชุดนักเรียนหญิงมุสลิม แขนยาว กระโปรงยาว 300 ชุด", "muslim_school_uniforms"),
            N("ผ้าคลุมผมนักเรียนหญิงสีขาว", "hijabs"),
        ),
    ),
    Sme(
        "bun-072", "th", "ร้านฮิญาบปัตตานี", ALC, DOWN, "Pattani",
        "pattani.hijab@gmail.com", (), (),
        offers=(
            ("ผ้าคลุมผมสตรีมุสลิม ผ้าคลุมนักเรียนสีขาว ขายส่ง", "hijabs"),
            ("ชุดนักเรียนมุสลิม เสื้อแขนยาว กระโปรงยาว", "muslim_school_uniforms"),
        ),
        needs=(
            N("ผ้ายืดเจอร์ซีย์เนื้อนุ่ม ทำผ้าคลุม", "cotton_jersey_knit"),
        ),
    ),
    Sme(
        "bun-073", "en", "Tapee Palm Oil Mill Co., Ltd.", SPORT, DOWN, "Surat Thani",
        "purchasing@tapeepalmoil.com", (), (),
        offers=(),
        needs=(
            N("Boiler suits for mill workers, navy", "coveralls"),
            N("Cotton work gloves", "work_gloves"),
            N("Heavy-duty rain gear for plantation staff", "rain_gear"),
        ),
    ),
    Sme(
        "bun-074", "th", "กลุ่มบาติกบ้านคีรีวง", HEMP, MID, "Nakhon Si Thammarat",
        "khiriwong.batik@gmail.com", ("OTOP",), ("bio",),
        offers=(
            ("ผ้าบาติกเขียนเทียน ลายทะเล สำหรับทำเสื้อพนักงานโรงแรม", "batik_fabric"),
        ),
        needs=(
            N("ผ้าฝ้ายขาวหรือผ้ามัสลินสำหรับเขียนเทียน", "greige_cotton_fabric"),
        ),
    ),
    Sme(
        "bun-075", "en", "Ao Nang Cliff Hotel", ALC, DOWN, "Krabi",
        "hr@aonangcliff.com", (), (),
        offers=(),
        needs=(
            N("Hand-drawn batik cloth for staff shirts; we sew them ourselves", "batik_fabric"),
            N("Spa uniforms, loose trousers and wrap tops", "spa_uniforms"),
            N("Bath towels and pool towels", "towels"),
        ),
    ),
    Sme(
        "bun-076", "th", "ตรังเฮลท์สปา", ALC, DOWN, "Trang",
        "trang.healthspa@gmail.com", (), (),
        offers=(),
        needs=(
            N("ชุดพนักงานนวด กางเกงเล เสื้อคอจีน", "spa_uniforms"),
            N("ผ้าขาวม้าใช้ในห้องนวด 100 ผืน", "pha_khao_ma"),
        ),
    ),
    Sme(
        "bun-077", "en", "Mae Chan Pineapple Fibre Lab", HEMP, UP, "Chiang Rai",
        "lab@maechanfibre.com", (), ("bio", "circular"),
        offers=(
            ("Pineapple leaf fibre, degummed, from 1 kg samples", "pineapple_leaf_fibre"),
        ),
        needs=(
            U(
                "Weaving partner to run our pineapple fibre with cotton on power looms",
                "no power-loom weaving service in the set",
            ),
        ),
    ),
    Sme(
        "bun-078", "th", "กลุ่มทอผ้าฝ้ายป่าซาง", HEMP, MID, "Lamphun",
        "pasang.cotton@gmail.com", ("OTOP",), ("bio",),
        offers=(
            ("ผ้าฝ้ายทอมือป่าซาง ย้อมสีธรรมชาติ", "handwoven_cotton_fabric"),
        ),
        needs=(
            N("เส้นใยสับปะรด มาทอผสมฝ้าย", "pineapple_leaf_fibre"),
        ),
    ),
    Sme(
        "bun-079", "en", "Buriram Sports Apparel", ALI, DOWN, "Buriram",
        "kits@buriramsports.com", (), (),
        offers=(
            ("Football kits, sublimated, names and numbers included", "sport_team_jerseys"),
        ),
        needs=(
            N("Moisture-wicking polyester knit 140 gsm, white, for sublimation", "sport_jersey_fabric"),
            N("rPET jersey fabric, the club asks for GRS certification", "recycled_polyester_fabric", certs=(GRS,)),
        ),
    ),
    Sme(
        "bun-080", "th", "บริษัท แปดริ้วรีไซเคิลเท็กซ์ จำกัด", CIRC, MID, "Chachoengsao",
        "info@paetriu-recytex.co.th", ("GRS",), ("circular",),
        offers=(
            ("ผ้าถักจากขวดพลาสติกรีไซเคิล ได้ GRS ทำเสื้อกีฬา", "recycled_polyester_fabric"),
        ),
        needs=(
            N("เส้นด้ายรีไซเคิลจากขวด PET มี GRS", "recycled_polyester_yarn", certs=(GRS,)),
        ),
    ),
    Sme(
        "bun-081", "en", "Prachin Recycled Fibre Co., Ltd.", CIRC, UP, "Prachinburi",
        "sales@prachinrecycled.com", (), ("circular",),
        offers=(
            ("rPET yarn 150D from PET bottles, cheaper than virgin", "recycled_polyester_yarn"),
        ),
        needs=(
            N("Clean clear PET flakes", "pet_bottle_flakes"),
        ),
    ),
    Sme(
        "bun-082", "th", "สำนักงานเขตบางรัก", ALC, DOWN, "Bangkok",
        "supply.bangrak@bkkdistrict.go.th", (), (),
        offers=(),
        needs=(
            N("ชุดกากีข้าราชการบรรจุใหม่ 40 ชุด", "khaki_government_uniforms"),
            N("เสื้อกันฝนพนักงานกวาดถนน สีส้ม", "rain_gear"),
        ),
    ),
    Sme(
        "bun-083", "th", "องค์การบริหารส่วนจังหวัดร้อยเอ็ด", ALI, DOWN, "Roi Et",
        "supply@roiet-pao.go.th", (), (),
        offers=(),
        needs=(
            N("ชุดข้าราชการสีกากี", "khaki_government_uniforms"),
            N("ผ้าขาวม้าทอมือเป็นของที่ระลึก ต้องเป็นสินค้า OTOP", "pha_khao_ma", certs=(OTOP,)),
        ),
    ),
    Sme(
        "bun-084", "en", "Udon Stitch & Print", ALI, MID, "Udon Thani",
        "udonstitch@gmail.com", (), (),
        offers=(
            ("Embroidery on customer-supplied shirts, polos and caps", "embroidery_service"),
            ("Screen printing on your T-shirts, min 30 pcs", "screen_printing_service"),
        ),
        needs=(
            N("Rayon embroidery thread, 100 colours", "embroidery_thread"),
        ),
    ),
    Sme(
        "bun-085", "th", "บริษัท จันท์ผลไม้ส่งออก จำกัด", ALC, DOWN, "Chanthaburi",
        "purchase@chanfruitexport.co.th", (), (),
        offers=(),
        needs=(
            N("ผ้ากันเปื้อนกันน้ำ สำหรับพนักงานแพ็คทุเรียน", "aprons"),
            U("หมวกตาข่ายคลุมผมแบบใช้แล้วทิ้ง", "no maker of disposable hairnets in the set"),
        ),
    ),
    Sme(
        "bun-086", "en", "River Kwai Wellness Retreat", ALC, DOWN, "Kanchanaburi",
        "stay@riverkwaiwellness.com", (), ("green",),
        offers=(),
        needs=(
            N("Spa staff uniforms in earth tones", "spa_uniforms"),
            U("Organic cotton bath towels, GOTS certified", "no GOTS-certified towel maker in the set", certs=(GOTS,)),
            N("Handwoven cotton tote bags for the gift shop", "handwoven_bags"),
        ),
    ),
    Sme(
        "bun-087", "th", "กลุ่มปลูกฝ้ายเมืองน่าน", HEMP, UP, "Nan",
        "nan.cotton@gmail.com", (), ("bio",),
        offers=(
            ("ปุยฝ้ายพื้นเมืองเมืองน่าน อีดเมล็ดออกแล้ว ขายเป็นกิโล", "raw_cotton_lint"),
        ),
        needs=(
            U("เครื่องอีดฝ้ายมือสอง", "cotton gin machinery; not offered in the set"),
        ),
    ),
    Sme(
        "bun-088", "en", "Mahachai Reflective Supply", SPORT, MID, "Samut Sakhon",
        "mahachai.reflective@gmail.com", (), (),
        offers=(
            ("Reflective heat-transfer film for printing logos on vests, A4 sheets or rolls",
             "reflective_transfer_film"),
        ),
        needs=(
            N("Fluorescent orange mesh fabric", "hi_vis_fabric"),
        ),
    ),
    Sme(
        "bun-089", "th", "วิทยาลัยการอาชีพสองแคว", ALC, DOWN, "Phitsanulok",
        "songkhwae.college@gmail.com", (), (),
        offers=(),
        needs=(
            U("ชุดครุยรับปริญญา ให้เช่าหรือขาย 500 ชุด", "no academic gown maker in the set"),
            N("เสื้อช็อปนักศึกษาช่าง ผ้าเสิร์ท ปักชื่อ", "work_shirts"),
        ),
    ),
    Sme(
        "bun-090", "en", "Hua Hin Fairways Golf Club", SPORT, DOWN, "Prachuap Khiri Khan",
        "office@huahinfairways.com", (), (),
        offers=(),
        needs=(
            U("UPF 50+ caddie shirts with hood and thumb loops", "no sun-protective caddie wear in the set"),
            N("Bucket hats for caddies", "caps_hats"),
            N("Golf polos for pro-shop staff", "polo_shirts"),
        ),
    ),
    Sme(
        "bun-091", "th", "ร้านชัยภูมิชุดนักเรียน", ALI, DOWN, "Chaiyaphum",
        "chaiyaphum.uniform@gmail.com", (), (),
        offers=(
            ("ชุดนักเรียนสำเร็จรูป ทุกระดับชั้น ราคาประหยัด", "school_uniforms"),
            ("ชุดลูกเสือสำรอง ลูกเสือสามัญ", "scout_uniforms"),
        ),
        needs=(
            N("ผ้าโทเรขาว เกรดรองก็ได้ ไม่ต้องมี มอก.", "tc_shirting_fabric", waives=(TIS,)),
            N("ส่งเสื้อนักเรียนไปปักชื่อและอักษรย่อโรงเรียน ร้านไหนรับบ้าง", "embroidery_service"),
        ),
    ),
    Sme(
        "bun-092", "en", "Northern Circuits Co., Ltd.", SPORT, DOWN, "Lamphun",
        "ga@northerncircuits.co.th", ("ISO 9001", "ISO 14001"), (),
        offers=(),
        needs=(
            U("Anti-static ESD cleanroom smocks, carbon grid", "no ESD garment maker in the set"),
            N("Staff polos for 1,200 operators", "polo_shirts"),
        ),
    ),
    Sme(
        "bun-093", "th", "ศูนย์คัดแยกผ้าเก่าศรีสะเกษ", ALI, UP, "Sisaket",
        "sisaket.sorting@gmail.com", (), ("circular",),
        offers=(
            ("เสื้อผ้ามือสองคัดเกรด ขายเป็นมัด", "used_clothing"),
            ("ผ้าเช็ดเครื่องจักร ตัดแล้ว สีขาวและสีผสม", "cotton_wiping_rags"),
        ),
        needs=(
            N("ใครมีเศษผ้าคอตตอนจากโรงงานตัดเย็บบ้าง รับซื้อประจำ", "fabric_waste_scraps"),
        ),
    ),
    Sme(
        "bun-094", "en", "Laem Chabang Seafood Co., Ltd.", ALC, DOWN, "Chonburi",
        "purchasing@lcseafood.co.th", ("ISO 9001", "Halal"), (),
        offers=(),
        needs=(
            N("White food-line uniforms, snap fasteners only, no pockets", "food_hygiene_uniforms"),
            N("Waterproof aprons for the filleting line; supplier ISO 9001 not required", "aprons", waives=(ISO9001,)),
        ),
    ),
    Sme(
        "bun-095", "th", "โรงงานชุดฟอร์มอาหาร มหาชัย", ALC, DOWN, "Samut Sakhon",
        "mahachai.foodwear@gmail.com", (), (),
        offers=(
            ("ชุดขาวโรงงานอาหาร เสื้อแขนยาวกระดุมแป๊ก ไม่มีกระเป๋า", "food_hygiene_uniforms"),
            ("ผ้ากันเปื้อน PVC สำหรับโรงงานอาหารทะเล", "aprons"),
        ),
        needs=(
            N("ผ้า TC ขาว หน้ากว้าง 60 นิ้ว ไม่จำเป็นต้องมี OEKO-TEX", "tc_shirting_fabric", waives=(OEKO,)),
            N("กระดุมแป๊กโลหะ พร้อมตัวตอก", "snap_fasteners"),
        ),
    ),
]

# ------------------------------------------------------------------ checks

ID_FORMAT = re.compile(r"^bun-\d{3}$")
EMAIL_FORMAT = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
LATIN_LETTER = re.compile("[A-Za-z]")
MATCHERS = dict(taxonomy._CERTIFICATION_MATCHERS)
TARGET_SMES = 95
TARGET_LINKS = (140, 180)
TARGET_UNMET = (15, 25)
TARGET_TH_SHARE = (0.50, 0.60)
MIN_CROSS_SHARE = 0.45


def named(text: str) -> set[str]:
    """Certifications whose name appears in `text`, claimed, asked for or waived alike."""
    normal = taxonomy._nfkc(text)
    return {name for name, matchers in MATCHERS.items() if any(m.search(normal) for m in matchers)}


def canonical(values: tuple[str, ...]) -> frozenset[str]:
    return frozenset(taxonomy.resolve_certification(value) or value for value in values)


def mostly_thai(text: str) -> bool:
    thai, latin = len(THAI_LETTER.findall(text)), len(LATIN_LETTER.findall(text))
    return thai > latin


def latin_only(text: str) -> bool:
    return text.isascii()


def qualified(supplier: Sme, need: Need) -> bool:
    labels = {label for _, label in supplier.offers}
    return bool(labels & set(need.labels)) and set(need.certs) <= canonical(supplier.certs)


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs = {
        (supplier.id, buyer.id)
        for buyer in smes
        for need in buyer.needs
        if need.unmet is None
        for supplier in smes
        if supplier.id != buyer.id and qualified(supplier, need)
    }
    return sorted(pairs)


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [sme.id for sme in smes]
    if ids != [f"bun-{n:03d}" for n in range(1, TARGET_SMES + 1)]:
        errors.append("ids must run bun-001 ... bun-095 in order")
    subs = {s.value for s in taxonomy.SubCluster}
    stages = {s.value for s in taxonomy.Stage}
    tags = {t.value for t in taxonomy.BcgTag}
    offered_by: dict[str, set[str]] = {}
    for sme in smes:
        for _, label in sme.offers:
            offered_by.setdefault(label, set()).add(sme.id)
    for sme in smes:
        where = sme.id
        if not ID_FORMAT.match(sme.id):
            errors.append(f"{where}: bad id")
        if sme.lang not in taxonomy.LANGUAGES:
            errors.append(f"{where}: bad language {sme.lang!r}")
        if sme.sub not in subs:
            errors.append(f"{where}: bad sub-cluster {sme.sub!r}")
        if sme.stage not in stages:
            errors.append(f"{where}: bad stage {sme.stage!r}")
        if taxonomy.resolve_province(sme.province) is None:
            errors.append(f"{where}: province {sme.province!r} does not resolve")
        for cert in sme.certs:
            if taxonomy.resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if len(set(canonical(sme.certs))) != len(sme.certs):
            errors.append(f"{where}: duplicate certification")
        for tag in sme.bcg:
            if tag not in tags:
                errors.append(f"{where}: bad BCG tag {tag!r}")
        if not EMAIL_FORMAT.match(sme.email):
            errors.append(f"{where}: bad e-mail {sme.email!r}")
        if not sme.name.strip():
            errors.append(f"{where}: empty name")
        if not 0 <= len(sme.offers) <= 4 or not 1 <= len(sme.needs) <= 4:
            errors.append(f"{where}: needs 0-4 offers and 1-4 needs")
        phrases = [text for text, _ in sme.offers] + [need.text for need in sme.needs]
        if sme.lang == "th":
            errors += [f"{where}: not mostly Thai letters: {p!r}" for p in phrases if not mostly_thai(p)]
            if not mostly_thai(sme.name):
                errors.append(f"{where}: Thai profile with a non-Thai name")
        else:
            errors += [f"{where}: not Latin only: {p!r}" for p in [sme.name, *phrases] if not latin_only(p)]
        held = canonical(sme.certs)
        for text, label in sme.offers:
            if not re.fullmatch(r"[a-z0-9_]+", label):
                errors.append(f"{where}: bad offer label {label!r}")
            if not named(text) <= held:
                errors.append(f"{where}: offer names a certification the SME does not hold: {text!r}")
        for need in sme.needs:
            mentioned = named(need.text)
            for cert in (*need.certs, *need.waives):
                if cert not in mentioned:
                    errors.append(f"{where}: {cert} is not named in {need.text!r}")
                if taxonomy.resolve_certification(cert) != cert:
                    errors.append(f"{where}: {cert!r} is not a canonical certification name")
            if set(need.certs) & set(need.waives):
                errors.append(f"{where}: a certification both required and waived in {need.text!r}")
            if mentioned - set(need.certs) - set(need.waives):
                errors.append(f"{where}: certification named but neither required nor waived: {need.text!r}")
            if need.unmet is not None:
                if need.labels or not need.unmet.strip():
                    errors.append(f"{where}: an unmet need takes a note and no labels: {need.text!r}")
                continue
            if not need.labels:
                errors.append(f"{where}: a met need lists no labels: {need.text!r}")
            for label in need.labels:
                if not offered_by.get(label, set()) - {sme.id}:
                    errors.append(f"{where}: no one else offers {label!r}")
            if not any(other.id != sme.id and qualified(other, need) for other in smes):
                errors.append(f"{where}: no qualified supplier for {need.text!r}")
    errors += check_targets(smes)
    return errors


def check_targets(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    stats = statistics(smes)
    if len(smes) != TARGET_SMES:
        errors.append(f"{len(smes)} SMEs, expected {TARGET_SMES}")
    share = stats["th"] / len(smes)
    if not TARGET_TH_SHARE[0] <= share <= TARGET_TH_SHARE[1]:
        errors.append(f"Thai share {share:.0%} outside the target")
    if not TARGET_LINKS[0] <= stats["links"] <= TARGET_LINKS[1]:
        errors.append(f"{stats['links']} links, expected {TARGET_LINKS[0]}-{TARGET_LINKS[1]}")
    if stats["cross"] < MIN_CROSS_SHARE * stats["links"]:
        errors.append(f"only {stats['cross']} of {stats['links']} links cross languages")
    if not TARGET_UNMET[0] <= stats["unmet"] <= TARGET_UNMET[1]:
        errors.append(f"{stats['unmet']} unmet needs, expected {TARGET_UNMET[0]}-{TARGET_UNMET[1]}")
    if not stats["requiring"] or not stats["waiving"]:
        errors.append("some needs must require a certification and some must waive one")
    if set(stats["per_sub"]) != {s.value for s in taxonomy.SubCluster}:
        errors.append("not every sub-cluster is present")
    if set(stats["per_stage"]) != {s.value for s in taxonomy.Stage}:
        errors.append("not every stage is present")
    if set(stats["per_region"]) != {r.value for r in taxonomy.Region}:
        errors.append("not every region is present")
    return errors


def statistics(smes: list[Sme]) -> dict[str, object]:
    by_id = {sme.id: sme for sme in smes}
    links = true_links(smes)
    needs = [need for sme in smes for need in sme.needs]
    lang = {sme.id: sme.lang for sme in smes}
    region = {sme.id: taxonomy.resolve_province(sme.province).region.value for sme in smes}
    return {
        "profiles": len(smes),
        "th": sum(sme.lang == "th" for sme in smes),
        "en": sum(sme.lang == "en" for sme in smes),
        "per_sub": Counter(sme.sub for sme in smes),
        "per_stage": Counter(sme.stage for sme in smes),
        "per_region": Counter(region.values()),
        "provinces": len({taxonomy.resolve_province(sme.province).name_en for sme in smes}),
        "offers": sum(len(sme.offers) for sme in smes),
        "offer_labels": len({label for sme in smes for _, label in sme.offers}),
        "needs": len(needs),
        "met": sum(need.unmet is None for need in needs),
        "unmet": sum(need.unmet is not None for need in needs),
        "requiring": sum(bool(need.certs) for need in needs),
        "waiving": sum(bool(need.waives) for need in needs),
        "links": len(links),
        "th_to_en": sum(lang[s] == "th" and lang[b] == "en" for s, b in links),
        "en_to_th": sum(lang[s] == "en" and lang[b] == "th" for s, b in links),
        "cross": sum(lang[s] != lang[b] for s, b in links),
        "th_to_th": sum(lang[s] == lang[b] == "th" for s, b in links),
        "en_to_en": sum(lang[s] == lang[b] == "en" for s, b in links),
        "cross_sub": sum(by_id[s].sub != by_id[b].sub for s, b in links),
    }


def counts_table(smes: list[Sme]) -> str:
    stats = statistics(smes)
    links = stats["links"]
    rows = [
        ("profiles", stats["profiles"]),
        ("Thai (th) / English (en) profiles", f"{stats['th']} / {stats['en']}"),
    ]
    rows += [(f"sub-cluster `{sub.value}`", stats["per_sub"][sub.value]) for sub in taxonomy.SubCluster]
    rows += [(f"stage `{stage.value}`", stats["per_stage"][stage.value]) for stage in taxonomy.Stage]
    rows += [(f"region {r.label('en')}", stats["per_region"][r.value]) for r in taxonomy.Region]
    rows += [
        ("distinct provinces", stats["provinces"]),
        ("offers", stats["offers"]),
        ("distinct offer labels", stats["offer_labels"]),
        ("needs", stats["needs"]),
        ("needs met / met by no one", f"{stats['met']} / {stats['unmet']}"),
        ("needs requiring a certification", stats["requiring"]),
        ("needs waiving a certification", stats["waiving"]),
        ("true links", links),
        ("cross-language links th supplier -> en buyer", stats["th_to_en"]),
        ("cross-language links en supplier -> th buyer", stats["en_to_th"]),
        ("cross-language links, total", f"{stats['cross']} ({stats['cross'] / links:.1%})"),
        ("within-language links th -> th / en -> en", f"{stats['th_to_th']} / {stats['en_to_en']}"),
        ("links between different sub-clusters", stats["cross_sub"]),
    ]
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines)


# ------------------------------------------------------------------ output


def profile(sme: Sme) -> dict[str, object]:
    return {
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


def main() -> int:
    errors = check(SMES)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    jsonl = "".join(json.dumps(profile(sme), ensure_ascii=False) + "\n" for sme in SMES)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("supplier_id", "buyer_id"))
    writer.writerows(true_links(SMES))
    (HERE / "profiles.jsonl").write_text(jsonl, encoding="utf-8")
    (HERE / "links.csv").write_text(buffer.getvalue(), encoding="utf-8")
    print(counts_table(SMES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
