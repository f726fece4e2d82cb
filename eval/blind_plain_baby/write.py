"""Hand-written evaluation set: plain registry entries of a children, baby and school-wear leaning cluster.

Every offer carries a label saying what the thing is; every need lists the labels that would meet it and the
certifications its text requires (or is marked as met by no one). Links follow from the labels alone.
Run from the repository root: .venv/bin/python eval/blind_plain_baby/write.py
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
taxonomy = importlib.import_module("shared.taxonomy")

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"

OEKO = "OEKO-TEX Standard 100"
TIS = "Thai Industrial Standard"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str  # empty when some supplier in the set meets the need; otherwise why not


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, certs, waives, "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
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
    offers: tuple[tuple[str, str], ...] = field(default=())
    needs: tuple[Need, ...] = field(default=())


SMES: list[Sme] = [
    # ------------------------------------------------------------------ upstream: cotton, hemp, silk, dyes, waste
    Sme(
        "bpb-001", "th", "ไร่ฝ้ายอินทรีย์บ้านนาดี", HEMP, UP, "Loei", "naadee.organic@gmail.com",
        (ORG_TH,), ("bio", "green"),
        offers=(
            ("ฝ้ายปุยอินทรีย์ทั้งเมล็ด เก็บมือ ปีละราว 8 ตัน", "seed_cotton"),
            ("ฝ้ายตุ่นสีน้ำตาลธรรมชาติ ยังไม่ได้หีบ", "seed_cotton"),
        ),
        needs=(
            N("หาโรงหีบฝ้ายรับจ้าง แยกเมล็ดออก เราขนฝ้ายไปส่งเอง", "cotton_ginning_service"),
            U("เครื่องหยอดเมล็ดติดรถไถเดินตาม", "farm machinery; no one in the set sells it"),
        ),
    ),
    Sme(
        "bpb-002", "en", "Mae Chan Ginnery", HEMP, UP, "Chiang Rai", "office@maechanginnery.co.th",
        ("GOTS", ORG_TH), ("bio",),
        offers=(
            ("Toll ginning of your seed cotton, roller gin, 4 THB/kg", "cotton_ginning_service"),
            ("GOTS organic cotton lint, 28-29 mm staple, 170 kg bales", "organic_cotton_lint"),
            ("Conventional lint, short staple seconds, cheaper", "cotton_lint"),
        ),
        needs=(
            N("Seed cotton from farms certified Organic Thailand, 20 t per season", "seed_cotton", certs=(ORG_TH,)),
        ),
    ),
    Sme(
        "bpb-003", "th", "กลุ่มฝ้ายปลอดสารบ้านสบสาย", HEMP, UP, "Nan", "sobsai.cotton@hotmail.com",
        ("OTOP",), ("bio",),
        offers=(
            ("ฝ้ายดอกปลอดสาร ทั้งเมล็ด ขายเป็นกระสอบ", "seed_cotton"),
            ("ฝ้ายเข็นมือย้อมสีธรรมชาติ ขายเป็นไจ", "handspun_cotton_yarn"),
        ),
        needs=(
            N("ต้องการห้อมเปียกย้อมเส้นฝ้าย ปีละ 200 กก.", "indigo_paste"),
        ),
    ),
    Sme(
        "bpb-004", "th", "ห้อมหม้อแม่คำปุ่น เมืองแพร่", HEMP, UP, "Phrae", "hommor.phrae@gmail.com",
        ("OTOP",), ("bio", "green"),
        offers=(
            ("เนื้อห้อมหมักพร้อมก่อหม้อ ถุงละ 1 กิโล", "indigo_paste"),
            ("รับย้อมห้อม ผ้าหรือเสื้อของลูกค้า คิดเป็นชิ้น", "indigo_dyeing_service"),
        ),
        needs=(
            N("กล่องลูกฟูกรีไซเคิลไว้ใส่ถุงห้อมส่งไปรษณีย์", "packaging_boxes"),
            N("เสื้อยืดเด็กคอตตอนสีขาว ยังไม่ย้อม ไซส์ 1-6 ขวบ เอามาย้อมห้อมขาย", "blank_kids_tees"),
        ),
    ),
    Sme(
        "bpb-005", "en", "Sakon Indigo Growers", HEMP, UP, "Sakon Nakhon", "sakonindigo@gmail.com",
        (ORG_TH, "OTOP"), ("bio",),
        offers=(
            ("Natural indigo paste (kram), fermented in clay jars, 5 kg tubs", "indigo_paste"),
            ("Dried indigo leaf powder for dye kits", "indigo_leaf_powder"),
        ),
        needs=(
            U("Buyer contacts in Japan for kram paste", "export agent; not in the set"),
            N("Undyed loom-state cotton cloth to pack in DIY indigo kits", "greige_cotton_fabric",
              "handwoven_cotton_fabric"),
        ),
    ),
    Sme(
        "bpb-006", "th", "วิสาหกิจชุมชนกัญชงม้งบ้านเล่าเน้ง", HEMP, UP, "Tak", "laoneng.hemp@gmail.com",
        (), ("bio",),
        offers=(
            ("ใยกัญชงลอกมือ ตากแห้ง มัดละ 1 กก.", "hemp_bast_fibre"),
            ("ด้ายกัญชงปั่นมือ ต้มขี้เถ้าแล้ว สีครีม", "hemp_yarn"),
        ),
        needs=(
            N("ครามเปียกสำหรับเขียนเทียนย้อมผ้าบาติกม้ง", "indigo_paste"),
        ),
    ),
    Sme(
        "bpb-007", "en", "Lanna Hemp Mill", HEMP, UP, "Chiang Mai", "sales@lannahempmill.com",
        ("Oeko-Tex 100",), ("bio",),
        offers=(
            ("Wet-spun hemp yarn Nm 10, degummed, natural ecru, on cones", "hemp_yarn"),
            ("Hemp / organic cotton 55/45 blended yarn", "hemp_cotton_yarn"),
        ),
        needs=(
            N("Hand-stripped hemp bast, min. 500 kg a month", "hemp_bast_fibre"),
            N("GOTS certified organic cotton lint for blending", "organic_cotton_lint", certs=("GOTS",)),
            N("Circular knitter to knit our hemp-cotton yarn into jersey on commission", "knitting_service"),
        ),
    ),
    Sme(
        "bpb-008", "th", "โรงปั่นด้ายสหฝ้ายลำพูน", HEMP, UP, "Lamphun", "sahafai.spinning@gmail.com",
        ("GOTS", OEKO), ("green",),
        offers=(
            ("เส้นด้ายฝ้ายออร์แกนิก Ne 30/1 หวี มี GOTS", "organic_cotton_yarn"),
            ("ด้ายคอตตอน 100% เบอร์ 20, 32 สำหรับงานถักนิต", "cotton_yarn"),
            ("รับปั่นด้ายจากปุยฝ้ายของลูกค้า ขั้นต่ำ 1 ตัน", "spinning_service"),
        ),
        needs=(
            N("ปุยฝ้ายออร์แกนิกที่มีใบรับรอง GOTS", "organic_cotton_lint", certs=("GOTS",)),
            N("แล็บตรวจค่า pH และฟอร์มาลดีไฮด์ในเส้นด้าย ก่อนส่งโรงถัก", "testing_lab_service"),
        ),
    ),
    Sme(
        "bpb-009", "en", "Siam Bamboo Yarn Co., Ltd.", HEMP, UP, "Samut Sakhon", "export@siambambooyarn.com",
        (OEKO, "ISO 9001"), ("bio",),
        offers=(
            ("Bamboo viscose ring-spun 40s/1, OEKO-TEX 100", "bamboo_viscose_yarn"),
            ("Bamboo/cotton 70/30 yarn, 30s, raw white", "bamboo_cotton_yarn"),
        ),
        needs=(
            U("Dissolving bamboo pulp, FSC certified", "pulp; no supplier in the set", certs=("FSC",)),
            N("Lab to run formaldehyde and pH tests on every yarn lot", "testing_lab_service"),
        ),
    ),
    Sme(
        "bpb-010", "th", "กลุ่มเลี้ยงไหมทอผ้าบ้านท่าสว่าง", HEMP, UP, "Surin", "thasawang.silk@gmail.com",
        ("ตรานกยูงพระราชทาน", "OTOP"), ("bio",),
        offers=(
            ("ไหมน้อยสาวมือ ไหมพุ่ง ไหมพื้นบ้าน", "silk_yarn"),
            ("ผ้าไหมยกทอมือลายโบราณ", "handwoven_silk_fabric"),
        ),
        needs=(
            N("ครั่งดิบ แก่นขนุน เปลือกประโหด", "natural_dye_materials"),
            U("ไข่ไหมพันธุ์นางลาย", "silkworm eggs; nobody in the set breeds them"),
        ),
    ),
    Sme(
        "bpb-011", "th", "ร้านรับซื้อเศษผ้า ส.รุ่งเรือง", CIRC, UP, "Khon Kaen", "sr.rungrueang@gmail.com",
        (), ("circular",),
        offers=(
            ("รับซื้อเศษผ้าตัดจากโรงงานทุกชนิด มีรถไปรับถึงที่ โทร 081-760-2291", "textile_waste_collection"),
            ("เศษผ้ายืดคอตตอนคัดสีแล้ว ขายยกกระสอบ", "cotton_cutting_waste"),
        ),
        needs=(
            N("เศษผ้าคอตตอนจากโรงงานตัดเย็บชุดเด็ก รับทุกสี", "cotton_cutting_waste"),
        ),
    ),
    Sme(
        "bpb-012", "en", "ReFibre Thailand", CIRC, UP, "Samut Prakan", "hello@refibre.co.th",
        ("GRS", "RCS"), ("circular",),
        offers=(
            ("Mechanically recycled cotton fibre, colour-sorted, GRS, for OE spinning", "recycled_cotton_fibre"),
        ),
        needs=(
            N("Pre-consumer cotton cutting scraps sorted by colour, 5 t/month", "cotton_cutting_waste"),
            N("Old white school shirts, any condition, by the tonne", "used_school_uniforms"),
        ),
    ),
    Sme(
        "bpb-013", "th", "บริษัท ใยรีไซเคิลตะวันออก จำกัด", CIRC, UP, "Chonburi", "sales@eastrecyclefiber.co.th",
        ("GRS", OEKO), ("circular",),
        offers=(
            ("ใยโพลีเอสเตอร์รีไซเคิลจากขวด PET แบบ hollow conjugated ยัดตุ๊กตา ยัดหมอน", "recycled_pet_fibrefill"),
        ),
        needs=(
            U("เกล็ดขวด PET ใส ล้างร้อนแล้ว เดือนละ 20 ตัน", "bottle flakes; nobody in the set supplies them"),
            N("แล็บทดสอบใยยัดสำหรับของเล่นเด็ก", "testing_lab_service"),
        ),
    ),
    Sme(
        "bpb-014", "en", "Uniform Loop", CIRC, UP, "Nakhon Pathom", "loop@uniformloop.org",
        ("GRS",), ("circular",),
        offers=(
            ("Sorted used school uniforms by the kilo: white shirts, navy and black shorts/skirts",
             "used_school_uniforms"),
            ("Take-back of outgrown uniforms and fabric offcuts, free pick-up around Bangkok",
             "textile_waste_collection"),
        ),
        needs=(
            N("Industrial washing of collected uniforms before resale", "laundry_service"),
        ),
    ),
    Sme(
        "bpb-015", "th", "นุ่นบ้านโพธิ์ไทร", HEMP, UP, "Ubon Ratchathani", "nun.phosai@gmail.com",
        ("OTOP",), ("bio",),
        offers=(
            ("นุ่นปั่นสะอาด ไม่มีเมล็ด กก.ละ 90 บาท", "kapok_fibre"),
            ("หมอนหลุมนุ่นสำหรับทารก", "baby_pillow"),
        ),
        needs=(
            N("ผ้าดิบหน้ากว้างไว้เย็บปลอกหมอน", "greige_cotton_fabric"),
        ),
    ),
    Sme(
        "bpb-016", "en", "GreenStrand Polymers", SPORT, UP, "Pathum Thani", "info@greenstrand.co.th",
        ("GRS", "bluesign"), ("circular", "green"),
        offers=(
            ("rPET filament yarn 75D/72F, GRS, dope-dyed black on request", "recycled_polyester_yarn"),
        ),
        needs=(
            N("Tenacity and elongation testing, monthly", "testing_lab_service"),
        ),
    ),
    Sme(
        "bpb-017", "th", "กลุ่มเข็นฝ้ายผู้สูงวัยบ้านหนองบัวแดง", ALI, UP, "Chaiyaphum", "nongbuadaeng.fai@gmail.com",
        ("OTOP",), ("bio",),
        offers=(
            ("ฝ้ายเข็นมือ เส้นไม่สม่ำเสมอ สวยแบบบ้านๆ ขายเป็นกิโล", "handspun_cotton_yarn"),
        ),
        needs=(
            N("ปุยฝ้ายที่หีบแล้ว ฝ้ายขาวหรือฝ้ายตุ่นก็ได้ ไม่ต้องมีใบรับรองเกษตรอินทรีย์", "cotton_lint", "organic_cotton_lint",
              waives=(ORG_TH,)),
        ),
    ),
    Sme(
        "bpb-018", "th", "สวนพืชให้สีปาย", HEMP, UP, "Mae Hong Son", "pai.dyegarden@gmail.com",
        (ORG_TH,), ("bio",),
        offers=(
            ("พืชให้สีตากแห้ง ครั่ง มะเกลือ ฝาง ดาวเรือง ขายเป็นกิโล", "natural_dye_materials"),
        ),
        needs=(
            U("หน่วยตรวจรับรองอินทรีย์สำหรับพืชป่า", "certification body; not in the set"),
            N("กล่องคราฟท์ใบเล็ก พิมพ์หมึกถั่วเหลือง", "packaging_boxes"),
        ),
    ),
    Sme(
        "bpb-019", "th", "โรงงานใยฝ้ายรีไซเคิลโคราช", CIRC, UP, "Nakhon Ratchasima", "korat.recyclefiber@gmail.com",
        (), ("circular",),
        offers=(
            ("ใยฝ้ายรีไซเคิลตีจากเศษผ้า ใช้ปั่น OE หรือยัดเบาะ", "recycled_cotton_fibre"),
            ("ด้าย OE ฝ้ายรีไซเคิล เบอร์ 10 สีเทาท็อป", "recycled_cotton_yarn"),
            ("รับซื้อผ้าเก่าเกรดต่ำ เสื้อผ้ามือสองขายไม่ได้ เอามาตีเป็นใย", "used_clothing_buyback"),
        ),
        needs=(
            N("เศษผ้าตัด cotton 100% ไม่ปนโพลี", "cotton_cutting_waste"),
        ),
    ),
    Sme(
        "bpb-020", "en", "Udon Organic Cotton Farmers Group", HEMP, UP, "Udon Thani", "udonorganiccotton@gmail.com",
        (ORG_TH, "Fairtrade"), ("bio",),
        offers=(
            ("Certified organic seed cotton, hand-picked, about 5 t per harvest", "seed_cotton"),
        ),
        needs=(
            N("Ginning near Udon - we bring our own cotton", "cotton_ginning_service"),
            N("We hold 3 t of lint; looking for a mill to spin it into yarn for us", "spinning_service"),
        ),
    ),
    # ------------------------------------------------------------------ midstream: knit, weave, dye, print, trims
    Sme(
        "bpb-021", "th", "โรงถักนิตติ้งเจริญผล", ALC, MID, "Samut Sakhon", "charoenphon.knit@gmail.com",
        (OEKO,), ("green",),
        offers=(
            ("ผ้าอินเตอร์ล็อค cotton 100% หน้า 72 นิ้ว 220 แกรม ส่งได้ใน 10 วัน", "cotton_interlock"),
            ("ผ้าริบ 1x1 และ 2x2 ทำคอและปลายแขน", "cotton_rib"),
            ("ผ้ายืด TK ซิงเกิ้ลเจอร์ซี่ cotton สีขาว", "cotton_jersey"),
            ("รับถักผ้าจากด้ายของลูกค้า ขั้นต่ำ 300 กก.", "knitting_service"),
        ),
        needs=(
            N("ด้ายฝ้ายหวี Ne 30/1 สำหรับถักผ้า", "cotton_yarn", "organic_cotton_yarn"),
        ),
    ),
    Sme(
        "bpb-022", "en", "Organic Knit Lab", HEMP, MID, "Bangkok", "knit@organicknitlab.com",
        ("GOTS",), ("bio", "green"),
        offers=(
            ("GOTS organic cotton interlock 200 gsm, PFD, 60 inch open width", "organic_cotton_interlock"),
            ("Organic single jersey 160 gsm, greige or low-impact colours, lead time 3-4 weeks",
             "organic_cotton_jersey"),
            ("Organic 1x1 rib, tubular", "cotton_rib"),
        ),
        needs=(
            N("Organic combed yarn 30s and 40s, GOTS only", "organic_cotton_yarn", certs=("GOTS",)),
            N("Low-impact dye house to colour our knits - we send the greige rolls", "fabric_dyeing_service"),
        ),
    ),
    Sme(
        "bpb-023", "th", "โรงทอผ้ามัสลินบ้านแพ้ว", HEMP, MID, "Samut Sakhon", "banphaeo.muslin@gmail.com",
        (OEKO,), (),
        offers=(
            ("ผ้ามัสลินคอตตอน 2 ชั้น (double gauze) ซักนุ่มแล้ว", "cotton_gauze"),
            ("ผ้าดิบทอเครื่อง cotton 100% หน้า 60 นิ้ว", "greige_cotton_fabric"),
        ),
        needs=(
            N("ด้ายฝ้ายเบอร์ 40 สำหรับทอ", "cotton_yarn", "organic_cotton_yarn"),
            U("มีที่ไหนรับพิมพ์ลายดิจิทัลบนผ้าฝ้ายเป็นเมตร จำนวนน้อยบ้างคะ",
              "printing on fabric by the metre; the set has only DTG on finished garments"),
        ),
    ),
    Sme(
        "bpb-024", "en", "Chiang Mai Gauze Weavers", HEMP, MID, "Chiang Mai", "cmgauze@gmail.com",
        ("GOTS",), ("bio",),
        offers=(
            ("Double-layer organic muslin, 120 x 120 cm swaddle blanks or by the metre", "cotton_gauze"),
        ),
        needs=(
            N("GOTS certified organic yarn for weaving gauze, 40s/1", "organic_cotton_yarn", certs=("GOTS",)),
            N("Seamstresses to hem swaddle blanks, 2,000 pcs a month", "sewing_service"),
        ),
    ),
    Sme(
        "bpb-025", "th", "หจก. บุญเย็บการ์เม้นท์", ALC, MID, "Nonthaburi", "boonyeb.garment@gmail.com",
        (), (),
        offers=(
            ("รับตัดเย็บเสื้อผ้าเด็ก ชุดนอน บอดี้สูท ขั้นต่ำ 100 ตัว ลูกค้าส่งผ้ามาเอง", "sewing_service"),
            ("รับเย็บชุดนักเรียน ชุดอนุบาล ตามแบบ", "sewing_service"),
            ("เศษผ้าจากการตัดเย็บ ขายยกกระสอบ", "cotton_cutting_waste"),
        ),
        needs=(
            N("กระดุมแป๊กพลาสติก KAM สีพาสเทล", "snap_fasteners"),
            N("ยางยืดนิ่มทำขอบเอวกางเกงเด็ก", "elastic_tape"),
        ),
    ),
    Sme(
        "bpb-026", "en", "Bamboo Knit Co.", HEMP, MID, "Pathum Thani", "orders@bambooknit.co",
        (OEKO,), ("green",),
        offers=(
            ("Bamboo viscose/spandex jersey 95/5, 200 gsm, butter-soft", "bamboo_jersey"),
            ("Bamboo terry 300 gsm for nappy inserts and bibs", "bamboo_terry"),
        ),
        needs=(
            N("Bamboo viscose yarn 40s, OEKO-TEX 100 required", "bamboo_viscose_yarn", certs=(OEKO,)),
            N("Commission dyeing for bamboo jersey, reactive, small lots", "fabric_dyeing_service"),
        ),
    ),
    Sme(
        "bpb-027", "th", "กรีนดายเฮาส์ โรงย้อมผ้า", CIRC, MID, "Samut Prakan", "greendyehouse@gmail.com",
        ("bluesign", "ISO 14001", OEKO), ("green",),
        offers=(
            ("รับย้อมผ้าถักสีรีแอคทีฟ low impact ไม่มีโลหะหนัก ขั้นต่ำ 50 กก.", "fabric_dyeing_service"),
            ("รับย้อมเสื้อสำเร็จรูป (garment dye) สีพาสเทล", "garment_dyeing_service"),
        ),
        needs=(
            U("ระบบบำบัดน้ำเสียขนาดเล็ก", "wastewater equipment; not in the set"),
        ),
    ),
    Sme(
        "bpb-028", "en", "Indigo House Sakon", ALI, MID, "Sakon Nakhon", "indigohouse.sakon@gmail.com",
        ("OTOP",), ("bio",),
        offers=(
            ("Hand-dyed indigo cotton, handwoven, 90 cm wide", "indigo_dyed_cotton_fabric"),
            ("Indigo vat dyeing on your garments or fabric, min. 20 pcs", "indigo_dyeing_service"),
        ),
        needs=(
            N("Plain handwoven cotton, undyed, for dipping", "handwoven_cotton_fabric"),
        ),
    ),
    Sme(
        "bpb-029", "th", "กลุ่มทอผ้าฝ้ายบ้านนาข่า", ALI, MID, "Udon Thani", "nakha.weaving@gmail.com",
        ("OTOP",), ("bio",),
        offers=(
            ("ผ้าฝ้ายทอมือ ยังไม่ย้อม หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
            ("ผ้าฝ้ายทอมือย้อมคราม ลายขิด", "indigo_dyed_cotton_fabric"),
        ),
        needs=(
            N("ฝ้ายเข็นมือ เส้นกลาง ใช้ทอผ้าห่ม", "handspun_cotton_yarn"),
        ),
    ),
    Sme(
        "bpb-030", "th", "สตูดิโอทอผ้ากัญชงแม่ริม", HEMP, MID, "Chiang Mai", "maerim.hemploom@gmail.com",
        (OEKO,), ("bio",),
        offers=(
            ("ผ้ากัญชงแคนวาส 280 แกรม และผ้ากัญชงผสมฝ้ายอินทรีย์ลายทวิล", "hemp_fabric"),
        ),
        needs=(
            N("ด้ายกัญชงเบอร์ 8-12 ทำเส้นพุ่ง", "hemp_yarn"),
            N("ด้ายยืนกัญชงผสมฝ้าย", "hemp_cotton_yarn"),
        ),
    ),
    Sme(
        "bpb-031", "th", "ไทยเจริญสกรีน", SPORT, MID, "Bangkok", "thaicharoen.screen@gmail.com",
        (OEKO,), (),
        offers=(
            ("รับสกรีนเสื้อเด็กด้วยหมึกน้ำ water-based ไม่มี PVC ขั้นต่ำ 50 ตัว", "screen_printing_service"),
            ("พิมพ์ DTG ลงเสื้อคอตตอน ตัวเดียวก็ทำ", "dtg_printing_service"),
        ),
        needs=(
            U("หมึกสกรีนสูตรน้ำ ซื้อตรงจากผู้ผลิต", "inks; no ink maker in the set"),
        ),
    ),
    Sme(
        "bpb-032", "th", "ร้านปักลายน้อย", ALC, MID, "Nonthaburi", "pakkalainoi@hotmail.com",
        (), (),
        offers=(
            ("ปักโลโก้ ปักชื่อ บนชุดนักเรียนและผ้ากันเปื้อน ตั้งแต่ 30 ตัว", "embroidery_service"),
            ("อาร์มปักตราโรงเรียน ป้ายชื่อปัก", "embroidered_badges"),
        ),
        needs=(
            U("ด้ายปักโพลีเอสเตอร์ 120D ยกลัง", "embroidery thread; not offered in the set"),
        ),
    ),
    Sme(
        "bpb-033", "th", "ศูนย์ทดสอบสิ่งทอและของเล่นเด็กปทุม", SPORT, MID, "Pathum Thani", "lab@kidstestcenter.co.th",
        ("ISO 9001",), (),
        offers=(
            ("ทดสอบฟอร์มาลดีไฮด์ สีเอโซ แรงดึงกระดุมแป๊ก สำหรับเสื้อผ้าเด็ก", "testing_lab_service"),
            ("ทดสอบของเล่นตาม มอก. 685 ออกรายงานภายใน 7 วัน", "testing_lab_service"),
        ),
        needs=(
            U("เครื่องทดสอบแรงดึงมือสอง", "lab equipment; not in the set"),
        ),
    ),
    Sme(
        "bpb-034", "en", "Siam Snap & Trims", SPORT, MID, "Samut Prakan", "sales@siamsnap.co.th",
        (OEKO,), (),
        offers=(
            ("Plastic resin snaps T5, 20 colours, nickel-free, MOQ 10,000 sets", "snap_fasteners"),
            ("Plush-back elastic 2 cm for baby waistbands", "elastic_tape"),
            ("Coconut shell and corozo buttons", "buttons"),
            ("Safety eyes and noses with locking washers", "safety_eyes"),
        ),
        needs=(
            N("Recycled kraft boxes for shipping trims", "packaging_boxes"),
        ),
    ),
    Sme(
        "bpb-035", "th", "ไทยเลเบล ป้ายทอ ป้ายพิมพ์", ALC, MID, "Bangkok", "thailabel.bkk@gmail.com",
        (), (),
        offers=(
            ("ป้ายทอคอเสื้อ ป้ายไซส์ ป้ายวิธีซัก ขั้นต่ำ 1,000 ชิ้น", "garment_labels"),
            ("ป้ายห้อยกระดาษ (hang tag) พิมพ์สี", "hang_tags"),
        ),
        needs=(
            N("ด้ายโพลีเอสเตอร์รีไซเคิลสำหรับทอป้าย", "recycled_polyester_yarn"),
        ),
    ),
    Sme(
        "bpb-036", "en", "Kids Pattern Room", ALC, MID, "Bangkok", "studio@kidspatternroom.com",
        (), (),
        offers=(
            ("Pattern making and grading for baby and kids' wear, newborn to 12Y", "pattern_making_service"),
            ("Sample sewing, 1-3 pcs per style", "sample_sewing_service"),
        ),
        needs=(
            N("Loom-state calico for toiles", "greige_cotton_fabric"),
        ),
    ),
    Sme(
        "bpb-037", "th", "โรงงานกล่องกระดาษรีไซเคิลอยุธยา", CIRC, MID, "Phra Nakhon Si Ayutthaya",
        "ayutthaya.box@gmail.com",
        ("FSC",), ("circular",),
        offers=(
            ("กล่องไปรษณีย์กระดาษคราฟท์รีไซเคิล พิมพ์โลโก้หมึกถั่วเหลือง ขั้นต่ำ 500 ใบ", "packaging_boxes"),
            ("ป้ายแขวนกระดาษรีไซเคิล เจาะรูร้อยเชือก", "hang_tags"),
        ),
        needs=(
            U("เยื่อกระดาษรีไซเคิลเป็นแผ่น", "paper pulp; not in the set"),
        ),
    ),
    Sme(
        "bpb-038", "en", "PUL & Tech Laminates", SPORT, MID, "Rayong", "info@pultech.co.th",
        (OEKO,), (),
        offers=(
            ("PUL: polyester knit laminated with TPU, waterproof, breathable, for nappy covers", "pul_fabric"),
            ("Recycled polyester tricot for linings", "recycled_polyester_fabric"),
        ),
        needs=(
            N("rPET yarn for tricot knitting, GRS", "recycled_polyester_yarn", certs=("GRS",)),
        ),
    ),
    Sme(
        "bpb-039", "th", "บริษัท สยามผ้าเครื่องแบบ จำกัด", ALC, MID, "Samut Prakan", "siamuniformfabric@gmail.com",
        ("มอก.", "ISO 9001"), (),
        offers=(
            ("ผ้าเชิ้ตนักเรียนสีขาว TC 65/35 ได้ มอก.", "shirting_fabric"),
            ("ผ้าโทเรสีกรมท่า สีดำ ทำกระโปรงจีบ กางเกงนักเรียน", "uniform_twill"),
            ("ผ้าสีกากีชุดลูกเสือ", "uniform_twill"),
        ),
        needs=(
            N("ด้ายฝ้าย 45s หวี", "cotton_yarn"),
        ),
    ),
    Sme(
        "bpb-040", "en", "Thai Sport Knit", SPORT, MID, "Samut Sakhon", "sportknit@thaisportknit.com",
        ("bluesign", OEKO), ("green",),
        offers=(
            ("Moisture-wicking bird-eye mesh, recycled polyester, for PE shirts", "sport_knit_fabric"),
            ("Quick-dry poly interlock for sports day tees", "sport_knit_fabric"),
        ),
        needs=(
            N("GRS rPET filament yarn 75D", "recycled_polyester_yarn", certs=("GRS",)),
            U("Sublimation printing for team shirts",
              "sublimation; the set has only DTG and water-based screen printing"),
        ),
    ),
    Sme(
        "bpb-041", "th", "โรงทอผ้าใบสุพรรณ", SPORT, MID, "Suphan Buri", "suphan.canvas@gmail.com",
        (), (),
        offers=(
            ("ผ้าแคนวาสเบอร์ 10 เคลือบกันน้ำ ทำกระเป๋า สนใจโทร 089-555-0142", "canvas_fabric"),
            ("สายกระเป๋าเว็บบิ้ง PP กว้าง 1 นิ้ว", "webbing"),
        ),
        needs=(
            N("ด้ายฝ้ายดิบเบอร์ 10 สำหรับทอแคนวาส", "cotton_yarn", "recycled_cotton_yarn"),
        ),
    ),
    Sme(
        "bpb-042", "en", "Reflecto Safety Trims", SPORT, MID, "Chonburi", "reflecto.trims@gmail.com",
        (OEKO,), (),
        offers=(
            ("Sew-on reflective tape 2.5 cm, silver", "reflective_tape"),
            ("No. 5 nylon coil zips, bag and pencil-case lengths", "zippers"),
        ),
        needs=(
            U("Glass beads for retroreflective coating", "raw material; not in the set"),
        ),
    ),
    Sme(
        "bpb-043", "th", "ร้านผ้าขนนุ่มสำเพ็ง", ALC, MID, "Bangkok", "sampeng.plush@gmail.com",
        (OEKO,), (),
        offers=(
            ("ผ้ามิงค์ (minky) ผ้าขนนุ่ม ทำตุ๊กตา ผ้าห่มเด็ก มีหลายสี", "plush_fabric"),
            ("ใยสังเคราะห์ยัดตุ๊กตา เกรด A ถุงละ 1 กก.", "polyester_fibrefill"),
        ),
        needs=(
            U("หาตัวแทนนำเข้าผ้ามิงค์จากจีนโดยตรง", "import agent; not in the set"),
        ),
    ),
    Sme(
        "bpb-044", "en", "Isan Natural Dye Studio", ALI, MID, "Khon Kaen", "isannaturaldye@gmail.com",
        ("OTOP",), ("bio",),
        offers=(
            ("Natural dyeing on your cotton or silk: mud, lac, ebony, indigo", "natural_dyeing_service"),
            ("Naturally dyed cotton yarn, small batches", "naturally_dyed_cotton_yarn"),
        ),
        needs=(
            N("Lac and ebony fruit, dried, 50 kg", "natural_dye_materials"),
            N("Organic cotton yarn to dye, GOTS preferred but not required", "organic_cotton_yarn",
              waives=("GOTS",)),
        ),
    ),
    Sme(
        "bpb-045", "th", "กลุ่มย้อมสีธรรมชาติบ้านโพน", ALI, MID, "Kalasin", "banphon.dye@gmail.com",
        ("OTOP",), ("bio",),
        offers=(
            ("รับย้อมสีธรรมชาติ ครั่ง มะเกลือ ใบหูกวาง ทั้งเส้นไหมและผืนผ้า ลูกค้าส่งมาเอง", "natural_dyeing_service"),
            ("ผ้าไหมแพรวาย้อมสีธรรมชาติ", "handwoven_silk_fabric"),
        ),
        needs=(
            N("ไหมเส้นยืนและไหมพุ่ง", "silk_yarn"),
        ),
    ),
    Sme(
        "bpb-046", "th", "บาติกสงขลา บ้านเรา", HEMP, MID, "Songkhla", "batik.songkhla@gmail.com",
        ("OTOP",), (),
        offers=(
            ("ผ้าบาติกเขียนมือบนผ้าฝ้าย ลายการ์ตูนเด็ก", "batik_cotton_fabric"),
        ),
        needs=(
            N("ผ้าฝ้ายดิบเนื้อละเอียดสำหรับเขียนเทียน", "greige_cotton_fabric"),
            N("กล่องใส่ผ้าโสร่ง", "packaging_boxes"),
        ),
    ),
    Sme(
        "bpb-047", "th", "โรงนิตติ้งผ้ายืดรีไซเคิล มหาชัย", CIRC, MID, "Samut Sakhon", "mahachai.reknit@gmail.com",
        ("GRS",), ("circular",),
        offers=(
            ("ผ้ายืดจากด้ายฝ้ายรีไซเคิลผสม rPET สีท็อปดาย ไม่ต้องย้อม", "recycled_jersey"),
        ),
        needs=(
            N("ด้ายปั่น OE จากฝ้ายรีไซเคิล", "recycled_cotton_yarn"),
        ),
    ),
    Sme(
        "bpb-048", "th", "สักหลาดรีไซเคิลระยอง", CIRC, MID, "Rayong", "rayong.felt@gmail.com",
        ("GRS",), ("circular",),
        offers=(
            ("สักหลาดเข็มจากชุดนักเรียนเก่า หนา 3 มม. ทำบอร์ด ทำของเล่น", "recycled_felt"),
        ),
        needs=(
            N("ชุดนักเรียนเก่า ผ้าโทเร ผ้าเชิ้ต TC รับเป็นตัน", "used_school_uniforms"),
        ),
    ),
    Sme(
        "bpb-049", "th", "คุณหน่อยแพทเทิร์น", ALC, MID, "Phetchaburi", "noipattern@gmail.com",
        (), (),
        offers=(
            ("ทำแพทเทิร์น ขยายไซส์ เสื้อผ้าเด็ก ชุดคลุมท้อง", "pattern_making_service"),
        ),
        needs=(
            N("ผ้าดิบทำตัวอย่าง", "greige_cotton_fabric"),
        ),
    ),
    Sme(
        "bpb-050", "th", "กลุ่มปักผ้าชาวเขาแม่สรวย", HEMP, MID, "Chiang Rai", "maesuai.embroidery@gmail.com",
        ("Fairtrade",), (),
        offers=(
            ("รับปักมือลายอาข่า ลาหู่ บนเสื้อผ้าหรือผ้าห่มเด็กของลูกค้า", "hand_embroidery_service"),
        ),
        needs=(
            N("ผ้ามัสลิน 2 ชั้นตัดสำเร็จ ไว้ปัก", "cotton_gauze"),
        ),
    ),
    # ------------------------------------------------------------------ downstream: brands, makers, buyers
    Sme(
        "bpb-051", "th", "ลูกฝ้าย ออร์แกนิกเบบี้", HEMP, DOWN, "Chiang Mai", "lukfai.baby@gmail.com",
        ("GOTS",), ("bio",),
        offers=(
            ("บอดี้สูทเด็กอ่อนผ้าคอตตอนออร์แกนิก 0-12 เดือน", "organic_baby_clothes"),
            ("ผ้าห่อตัวมัสลิน 2 ชั้น", "muslin_swaddles"),
        ),
        needs=(
            N("ผ้าอินเตอร์ล็อคออร์แกนิก ต้องมีใบ GOTS", "organic_cotton_interlock", certs=("GOTS",)),
            N("โรงเย็บรับจ้างงานเด็กอ่อน", "sewing_service"),
        ),
    ),
    Sme(
        "bpb-052", "en", "Muslin & Moon", HEMP, DOWN, "Bangkok", "hello@muslinandmoon.com",
        (OEKO,), ("green",),
        offers=(
            ("The softest muslin swaddles in town! 120 x 120, water-based prints", "muslin_swaddles"),
            ("Muslin burp cloths and bandana bibs", "bibs"),
        ),
        needs=(
            N("Double gauze by the roll, OEKO-TEX 100", "cotton_gauze", certs=(OEKO,)),
            N("Water-based screen printing, 200 pcs per design", "screen_printing_service"),
        ),
    ),
    Sme(
        "bpb-053", "th", "บ้านก้นแห้ง ผ้าอ้อมผ้า", CIRC, DOWN, "Nonthaburi", "bankonhaeng@gmail.com",
        (), ("circular",),
        offers=(
            ("กางเกงผ้าอ้อมผ้า ซักได้ ปรับไซส์ด้วยกระดุมแป๊ก", "cloth_nappies"),
            ("แผ่นซับไม้ไผ่ 4 ชั้น", "nappy_inserts"),
        ),
        needs=(
            N("ผ้า PUL กันน้ำ", "pul_fabric"),
            N("ผ้าเทอร์รี่ไม้ไผ่ทำแผ่นซับ", "bamboo_terry"),
        ),
    ),
    Sme(
        "bpb-054", "en", "Happy Bottom Cloth Diapers", CIRC, DOWN, "Chonburi", "care@happybottom.co.th",
        (OEKO,), ("circular",),
        offers=(
            ("Pocket cloth diapers, one-size, with microfibre inserts", "cloth_nappies"),
        ),
        needs=(
            U("Bamboo nappy inserts for private label, OEKO-TEX 100 required",
              "the only insert maker in the set holds no OEKO-TEX", certs=(OEKO,)),
            N("Waterproof laminated knit (PUL/TPU) for covers", "pul_fabric"),
        ),
    ),
    Sme(
        "bpb-055", "th", "โรงเรียนอนุบาลบ้านรักเด็ก", ALC, DOWN, "Phitsanulok", "banrakdek.school@gmail.com",
        (), (),
        needs=(
            N("ชุดนักเรียนอนุบาล เสื้อขาวปักชื่อ กางเกงสีน้ำเงิน 120 ชุด", "kindergarten_uniforms"),
            N("ผ้าห่มเด็กนอนกลางวัน 60 ผืน", "baby_blanket"),
            N("แผ่นสักหลาดทำบอร์ดนิทาน", "recycled_felt"),
        ),
    ),
    Sme(
        "bpb-056", "en", "Little Oaks International Kindergarten", ALC, DOWN, "Bangkok", "admin@littleoaks.ac.th",
        (), (),
        needs=(
            N("Kindergarten uniforms: polo with embroidered crest and shorts, 300 sets a year",
              "kindergarten_uniforms"),
            N("PE kit for sports day", "pe_kit"),
        ),
    ),
    Sme(
        "bpb-057", "th", "ร้านชุดนักเรียนเจริญพานิช", ALC, DOWN, "Nakhon Sawan", "charoenpanich.ns@gmail.com",
        (), (),
        offers=(
            ("ชุดนักเรียนครบชุด เสื้อ กางเกง กระโปรง ถุงเท้า", "school_uniforms"),
        ),
        needs=(
            N("เสื้อนักเรียนชาย-หญิง ราคาส่ง", "school_uniforms"),
            N("มีใครรับปักชื่อ ปักตราโรงเรียนลงเสื้อไหมคะ", "embroidery_service"),
        ),
    ),
    Sme(
        "bpb-058", "en", "Siam Uniform Garment Co., Ltd.", ALC, DOWN, "Samut Prakan", "sales@siamuniformgarment.com",
        ("ISO 9001", "TIS"), (),
        offers=(
            ("School uniforms to order: shirts, skirts, shorts, scout uniforms", "school_uniforms"),
            ("Kindergarten uniform sets", "kindergarten_uniforms"),
        ),
        needs=(
            N("White shirting TC 65/35, TIS certified", "shirting_fabric", certs=(TIS,)),
            N("Navy and black polyester twill for skirts and shorts", "uniform_twill"),
            N("Embroidered school badges", "embroidered_badges"),
        ),
    ),
    Sme(
        "bpb-059", "th", "กระเป๋านักเรียนรักษ์โลก ลำปาง", SPORT, DOWN, "Lampang", "rakloke.bag@gmail.com",
        (), ("circular",),
        offers=(
            ("กระเป๋าเป้เด็กอนุบาล ผ้าแคนวาส กันน้ำ", "school_bags"),
        ),
        needs=(
            N("ผ้าแคนวาส", "canvas_fabric"),
            N("สายเว็บบิ้งกับซิป", "webbing", "zippers"),
            N("แถบสะท้อนแสงติดกระเป๋า", "reflective_tape"),
        ),
    ),
    Sme(
        "bpb-060", "en", "Bright Back Packs", SPORT, DOWN, "Nonthaburi", "team@brightbackpacks.com",
        ("bluesign",), ("green",),
        offers=(
            ("Ergonomic school backpacks from recycled PET", "school_bags"),
        ),
        needs=(
            U("600D rPET canvas, woven", "woven rPET canvas; the set has only cotton canvas and rPET tricot"),
            N("Reflective piping or tape", "reflective_tape"),
        ),
    ),
    Sme(
        "bpb-061", "th", "แม่ยิ้ม ชุดคลุมท้อง", ALC, DOWN, "Bangkok", "maeyim.maternity@gmail.com",
        (), (),
        offers=(
            ("ชุดคลุมท้อง ให้นมได้ ผ้าคอตตอนสแปนเด็กซ์", "maternity_wear"),
            ("เสื้อในให้นม ไร้โครง", "nursing_bras"),
        ),
        needs=(
            N("ผ้ายืดคอตตอนนิ่มๆ ใส่สบาย", "cotton_jersey", "organic_cotton_jersey"),
            N("รับเย็บ CMT", "sewing_service"),
        ),
    ),
    Sme(
        "bpb-062", "en", "Bloom Maternity", ALC, DOWN, "Phuket", "bloom.maternity@gmail.com",
        (), (),
        offers=(
            ("Maternity dresses and nursing tops in bamboo jersey", "maternity_wear"),
        ),
        needs=(
            N("Bamboo spandex jersey, OEKO-TEX", "bamboo_jersey", certs=(OEKO,)),
            N("Pattern grading for maternity sizes", "pattern_making_service"),
        ),
    ),
    Sme(
        "bpb-063", "th", "โรงพยาบาลแม่และเด็กขอนแก่นรวมแพทย์", ALI, DOWN, "Khon Kaen", "purchase@kkmotherchild.co.th",
        ("ISO 9001",), (),
        needs=(
            N("ผ้าห่อตัวทารกแรกเกิด ผ้าฝ้าย 500 ผืนต่อปี", "muslin_swaddles"),
            N("เสื้อผูกหน้าเด็กแรกเกิด ผ้าฝ้ายธรรมดา ไม่ต้องออร์แกนิก ราคาประหยัด", "baby_clothes"),
        ),
    ),
    Sme(
        "bpb-064", "en", "Mae Klong Women & Children Hospital", ALC, DOWN, "Ratchaburi", "procure@maeklonghosp.com",
        ("ISO 9001",), (),
        needs=(
            N("Newborn wraps, OEKO-TEX 100, 800 a year", "muslin_swaddles", certs=(OEKO,)),
            N("Nursing bras for the new mothers' shop", "nursing_bras"),
            U("Disposable underpads for the labour ward", "single-use pads; only washable ones are offered"),
        ),
    ),
    Sme(
        "bpb-065", "th", "มามี้ช้อป ออนไลน์", ALC, DOWN, "Nonthaburi", "mommyshop.online@gmail.com",
        (), (),
        needs=(
            N("ผ้าอ้อมผ้าแบบกางเกง ราคาส่ง", "cloth_nappies"),
            N("ตุ๊กตาผ้าสำหรับทารก ต้องมี มอก.", "soft_toys", certs=(TIS,)),
        ),
    ),
    Sme(
        "bpb-066", "en", "Tiny Toes Baby Store", ALC, DOWN, "Songkhla", "tinytoes.hatyai@gmail.com",
        (), (),
        needs=(
            N("Organic cotton baby clothes, wholesale, GOTS not needed", "organic_baby_clothes", waives=("GOTS",)),
            N("Baby carriers or ring slings?", "baby_carrier"),
        ),
    ),
    Sme(
        "bpb-067", "th", "ตุ๊กตาผ้าน้องนุ่น", ALC, DOWN, "Ang Thong", "nongnun.doll@gmail.com",
        ("มอก.", "OTOP"), (),
        offers=(
            ("ตุ๊กตาผ้าฝ้ายยัดนุ่น ปักตา ไม่มีชิ้นส่วนเล็ก ได้ มอก.", "soft_toys"),
        ),
        needs=(
            N("นุ่นสะอาด", "kapok_fibre"),
            N("ผ้ามิงค์ขนนุ่ม", "plush_fabric"),
            N("ส่งตุ๊กตาทดสอบเพื่อขอ มอก.", "testing_lab_service"),
        ),
    ),
    Sme(
        "bpb-068", "en", "Sleepy Panda Kidswear", HEMP, DOWN, "Bangkok", "hi@sleepypanda.co",
        (OEKO,), ("green",),
        offers=(
            ("Bamboo kids' pyjamas 1-8Y", "kids_sleepwear"),
            ("Bamboo sleep bags for babies, 1.0 and 2.5 TOG", "kids_sleepwear"),
        ),
        needs=(
            N("Bamboo viscose jersey with spandex", "bamboo_jersey"),
            N("Anyone doing care and size labels in small runs?", "garment_labels"),
        ),
    ),
    Sme(
        "bpb-069", "th", "ตุ๊กตาเศษผ้า พะเยา", CIRC, DOWN, "Phayao", "dollfromscraps@gmail.com",
        (), ("circular",),
        offers=(
            ("ตุ๊กตาทำจากเศษผ้า ยัดใยรีไซเคิล", "soft_toys"),
        ),
        needs=(
            N("เศษผ้าฝ้ายชิ้นใหญ่ สีสด", "cotton_cutting_waste"),
            N("ใยยัดตุ๊กตาที่ทำจากขวดพลาสติก ไม่มี GRS ก็ได้", "recycled_pet_fibrefill", waives=("GRS",)),
        ),
    ),
    Sme(
        "bpb-070", "en", "PlayCraft Toys Co.", ALC, DOWN, "Chachoengsao", "sourcing@playcrafttoys.com",
        ("ISO 9001", "TIS"), (),
        offers=(
            ("Plush toys, OEM for brands", "soft_toys"),
        ),
        needs=(
            N("Hollow conjugated polyester fibrefill, virgin or recycled", "recycled_pet_fibrefill",
              "polyester_fibrefill"),
            N("Safety eyes and noses", "safety_eyes"),
        ),
    ),
    Sme(
        "bpb-071", "th", "ครามน้อย เสื้อผ้าเด็ก", ALI, DOWN, "Sakon Nakhon", "kramnoi.kids@gmail.com",
        ("OTOP",), ("bio",),
        offers=(
            ("เสื้อเด็กผ้าฝ้ายทอมือย้อมคราม", "kids_clothes"),
            ("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "woven_cotton_bag"),
        ),
        needs=(
            N("ผ้าฝ้ายทอมือย้อมคราม ต้องเป็นสินค้า OTOP", "indigo_dyed_cotton_fabric", certs=("OTOP",)),
            N("รับเย็บเสื้อเด็กจากผ้าที่เราส่งไปให้", "sewing_service"),
        ),
    ),
    Sme(
        "bpb-072", "en", "Mekong Gift Shop", ALI, DOWN, "Nong Khai", "mekonggift@gmail.com",
        (), (),
        needs=(
            N("Indigo cotton tote bags, handwoven, 200 pcs", "woven_cotton_bag"),
            N("Silk scarves for tourists", "silk_scarves"),
        ),
    ),
    Sme(
        "bpb-073", "th", "บ้านสุขใจ บ้านพักผู้สูงอายุ", ALC, DOWN, "Nakhon Pathom", "baansukjai.care@gmail.com",
        (), (),
        needs=(
            N("ผ้ารองซับปัสสาวะแบบซักได้", "washable_underpads"),
            N("กางเกงผ้าอ้อมผู้ใหญ่ซักได้", "adult_cloth_diapers"),
        ),
    ),
    Sme(
        "bpb-074", "en", "Golden Years Care Home", ALI, DOWN, "Udon Thani", "goldenyears.udon@gmail.com",
        (), (),
        needs=(
            N("Washable incontinence pads", "washable_underpads"),
            U("Soft cotton adult bibs for mealtimes", "adult clothing protectors; only baby bibs are offered"),
        ),
    ),
    Sme(
        "bpb-075", "th", "ซับดี แผ่นรองซับซักได้", ALI, DOWN, "Roi Et", "subdee.roiet@gmail.com",
        (), ("circular",),
        offers=(
            ("แผ่นรองซับปัสสาวะผู้ใหญ่ ซักได้ 300 ครั้ง", "washable_underpads"),
            ("ผ้าอ้อมผ้าผู้ใหญ่", "adult_cloth_diapers"),
        ),
        needs=(
            N("ผ้า PUL กันน้ำ", "pul_fabric"),
            N("ผ้าขนหนูคอตตอน", "cotton_terry"),
        ),
    ),
    Sme(
        "bpb-076", "en", "Cotton Cloud Organics", HEMP, DOWN, "Bangkok", "studio@cottoncloud.co.th",
        ("GOTS", OEKO), ("bio",),
        offers=(
            ("GOTS organic cotton rompers and sleepsuits", "organic_baby_clothes"),
            ("Organic cotton knitted bunny toys", "soft_toys"),
        ),
        needs=(
            N("GOTS interlock and rib", "organic_cotton_interlock", "cotton_rib", certs=("GOTS",)),
            N("Natural kapok stuffing for toys - no polyester fill", "kapok_fibre"),
            N("FSC paper hang tags", "hang_tags", certs=("FSC",)),
        ),
    ),
    Sme(
        "bpb-077", "th", "ซักสะอาด ลอนดรี้", ALC, MID, "Pathum Thani", "saksaad.laundry@gmail.com",
        ("ISO 9001",), (),
        offers=(
            ("รับซักผ้าโรงพยาบาล บ้านพักคนชรา ฆ่าเชื้อด้วยความร้อน", "laundry_service"),
        ),
        needs=(
            U("ถุงผ้าใส่ผ้าสกปรกแบบละลายน้ำได้", "water-soluble laundry bags; not in the set"),
        ),
    ),
    Sme(
        "bpb-078", "en", "Silk Road Scarves", ALI, DOWN, "Khon Kaen", "silkroad.kk@gmail.com",
        ("Peacock Emblem",), (),
        offers=(
            ("Mudmee silk scarves", "silk_scarves"),
        ),
        needs=(
            N("Handwoven silk, Peacock Emblem certified", "handwoven_silk_fabric", certs=(PEACOCK,)),
        ),
    ),
    Sme(
        "bpb-079", "th", "กัญชงเบบี้ เพชรบูรณ์", HEMP, DOWN, "Phetchabun", "hempbaby.pb@gmail.com",
        (), ("bio",),
        offers=(
            ("ผ้าห่มเด็กผ้ากัญชงผสมฝ้าย", "baby_blanket"),
        ),
        needs=(
            N("ผ้ากัญชงทอผสมฝ้าย", "hemp_fabric"),
            N("ปักลายชาวเขาบนผ้าห่ม", "hand_embroidery_service"),
        ),
    ),
    Sme(
        "bpb-080", "en", "Upcycle Uniform Studio", CIRC, DOWN, "Chiang Mai", "upcycleuniform@gmail.com",
        (), ("circular",),
        offers=(
            ("Pencil cases and tote bags sewn from old school uniforms", "upcycled_bags"),
        ),
        needs=(
            N("Clean used school uniforms", "used_school_uniforms"),
            N("Zips for pencil cases", "zippers"),
        ),
    ),
    Sme(
        "bpb-081", "th", "สปอร์ตคิดส์ ชุดพละ", SPORT, DOWN, "Nakhon Ratchasima", "sportkids.korat@gmail.com",
        (), (),
        offers=(
            ("ชุดพละนักเรียน เสื้อโปโล กางเกงวอร์ม สกรีนชื่อโรงเรียน", "pe_kit"),
        ),
        needs=(
            N("ผ้าไมโครโพลีระบายเหงื่อ", "sport_knit_fabric"),
            N("สกรีนหมึกน้ำหรือซับลิเมชั่น", "screen_printing_service"),
        ),
    ),
    Sme(
        "bpb-082", "th", "โรงเรียนกีฬาจังหวัดอยุธยา", SPORT, DOWN, "Phra Nakhon Si Ayutthaya",
        "sportschool.ayutthaya@gmail.com",
        (), (),
        needs=(
            N("ชุดพละแห้งไว 600 ชุด", "pe_kit"),
            U("กระเป๋าใส่อุปกรณ์นักกีฬา", "sports kit bags; the set offers only school backpacks"),
        ),
    ),
    Sme(
        "bpb-083", "th", "โรงเรียนบ้านหนองแวง", ALI, DOWN, "Maha Sarakham", "nongwaeng.school@gmail.com",
        (), (),
        offers=(
            ("ชุดนักเรียนเก่าที่รับบริจาคคืนมา ส่งต่อได้", "used_school_uniforms"),
        ),
        needs=(
            N("ชุดนักเรียนราคาย่อมเยาสำหรับเด็กยากจน 200 ชุด", "school_uniforms"),
        ),
    ),
    Sme(
        "bpb-084", "en", "Wrap & Carry Thailand", HEMP, DOWN, "Lampang", "wrapandcarry.th@gmail.com",
        (), (),
        offers=(
            ("Ring slings and woven wraps, handwoven cotton", "baby_carrier"),
        ),
        needs=(
            N("Handwoven cotton, 70 cm wide, soft, no indigo", "handwoven_cotton_fabric"),
            U("Aluminium sling rings, load tested", "hardware; not in the set"),
        ),
    ),
    Sme(
        "bpb-085", "th", "โรงงานเสื้อผ้าเด็กบางบัวทอง", ALC, DOWN, "Nonthaburi", "bbt.kidswear@gmail.com",
        (), (),
        offers=(
            ("เสื้อผ้าเด็กอ่อนราคาส่ง ชุดผูกหน้า บอดี้สูท ผ้าคอตตอน", "baby_clothes"),
            ("เสื้อยืดเด็กเปล่าสีขาว ไม่สกรีน ไม่ย้อม", "blank_kids_tees"),
            ("ผ้ากันเปื้อนเด็กผ้าขนหนู", "bibs"),
        ),
        needs=(
            N("ผ้าอินเตอร์ล็อค cotton", "cotton_interlock", "organic_cotton_interlock"),
            N("ป้ายคอ ป้ายไซส์", "garment_labels"),
            N("หาคนรับเศษผ้าที่ตัดเหลือ", "textile_waste_collection"),
        ),
    ),
    Sme(
        "bpb-086", "th", "ศูนย์คัดแยกผ้ามือสองโรงเกลือ", CIRC, UP, "Sa Kaeo", "rongkluea.sorting@gmail.com",
        (), ("circular",),
        offers=(
            ("ผ้ามือสองคละ ขายเป็นเบล เกรด B-C ทำผ้าเช็ดหรือรีไซเคิล", "mixed_textile_waste"),
            ("เสื้อผ้าเด็กมือสองคัดเกรด A", "used_kids_clothes"),
        ),
        needs=(
            N("โรงงานรับซื้อผ้าเกรดต่ำไปตีเป็นใย", "used_clothing_buyback"),
        ),
    ),
    Sme(
        "bpb-087", "th", "ผ้าขนหนูสิงห์บุรี", ALC, MID, "Sing Buri", "singburi.towel@gmail.com",
        (), (),
        offers=(
            ("ผ้าขนหนู cotton 100% เป็นม้วน เย็บผ้ากันเปื้อน ผ้าเช็ดตัวเด็ก", "cotton_terry"),
        ),
        needs=(
            N("ด้ายฝ้าย 16s/2", "cotton_yarn"),
        ),
    ),
    Sme(
        "bpb-088", "en", "Hua Hin Baby Boutique", ALC, DOWN, "Prachuap Khiri Khan", "huahinbaby@gmail.com",
        (), (),
        needs=(
            N("Muslin swaddles, printed, gift-boxed", "muslin_swaddles"),
            N("Organic baby clothes, GOTS certified", "organic_baby_clothes", certs=("GOTS",)),
        ),
    ),
    Sme(
        "bpb-089", "th", "แม่หมีช้อป ของใช้เด็ก", ALC, DOWN, "Trang", "maemeeshop@gmail.com",
        (), (),
        needs=(
            N("ผ้ากันเปื้อนเด็ก ไม่เอาซิลิโคน เอาผ้าฝ้าย", "bibs"),
            N("หมอนนุ่นเด็ก ไม่จำเป็นต้องมี มอก.", "baby_pillow", waives=(TIS,)),
            U("ขวดนมแก้ว", "feeding bottles; not a textile, not in the set"),
        ),
    ),
    Sme(
        "bpb-090", "en", "Andaman Kids Resortwear", HEMP, DOWN, "Krabi", "andamankids@gmail.com",
        (), (),
        offers=(
            ("Kids' resort shirts in batik", "kids_clothes"),
        ),
        needs=(
            N("Hand-drawn batik cotton, kids' prints", "batik_cotton_fabric"),
            N("Coconut buttons", "buttons"),
        ),
    ),
    Sme(
        "bpb-091", "th", "ฮิญาบเด็ก ปัตตานี", ALC, DOWN, "Pattani", "hijabkids.pattani@gmail.com",
        ("Halal",), (),
        offers=(
            ("ฮิญาบเด็กนักเรียน ผ้ายืดนิ่ม สีขาว", "school_hijab"),
        ),
        needs=(
            N("ผ้ายืดคอตตอนสีขาว", "cotton_jersey", "organic_cotton_jersey"),
        ),
    ),
    Sme(
        "bpb-092", "en", "Al-Noor Tadika School", ALC, DOWN, "Narathiwat", "alnoor.tadika@gmail.com",
        (), (),
        needs=(
            N("White school hijabs for girls, 400 pcs", "school_hijab"),
            N("Kindergarten uniforms", "kindergarten_uniforms"),
        ),
    ),
    Sme(
        "bpb-093", "th", "กลุ่มแม่บ้านเย็บผ้าอ้อมบ้านดงมัน", ALI, DOWN, "Yasothon", "dongman.group@gmail.com",
        ("OTOP",), ("bio",),
        offers=(
            ("ผ้าอ้อมสาลู ผ้าอ้อมมัสลินพับ ของฝากเยี่ยมคลอด", "flat_muslin_nappies"),
            ("ชุดเด็กอ่อนผ้าฝ้ายอินทรีย์ปลูกเอง ทอมือ", "organic_baby_clothes"),
        ),
        needs=(
            N("ผ้าสาลู ผ้ามัสลินเป็นม้วน", "cotton_gauze"),
        ),
    ),
    Sme(
        "bpb-094", "th", "กลุ่มปลูกหม่อนเลี้ยงไหมบุรีรัมย์", ALI, UP, "Buriram", "buriram.silk@gmail.com",
        ("OTOP",), ("bio",),
        offers=(
            ("เส้นไหมพื้นบ้านสาวมือ ไหมยืน ไหมพุ่ง", "silk_yarn"),
        ),
        needs=(
            N("หาที่รับย้อมไหมสีธรรมชาติ", "natural_dyeing_service"),
        ),
    ),
    Sme(
        "bpb-095", "en", "Second Round Kids", CIRC, DOWN, "Bangkok", "hello@secondroundkids.com",
        (), ("circular",),
        offers=(
            ("Pre-loved baby and kids' clothes, washed and graded", "used_kids_clothes"),
        ),
        needs=(
            N("Grade A second-hand children's clothing in bales", "used_kids_clothes"),
            N("Reactive garment dye in pastel colours to refresh faded kids' tees", "garment_dyeing_service"),
            N("Recycled-yarn jersey for our own-label tees, GRS", "recycled_jersey", certs=("GRS",)),
        ),
    ),
]

# A need that names a certification as the purpose of the work, not as something the supplier must hold.
CERT_IS_THE_GOAL = ("ส่งตุ๊กตาทดสอบเพื่อขอ มอก.",)

THAI = re.compile("[\u0e00-\u0e7f]")
LATIN = re.compile("[A-Za-z]")
EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
ID = re.compile(r"^bpb-\d{3}$")


def canon(cert: str) -> str:
    found = taxonomy.resolve_certification(cert)
    if found is None:
        raise ValueError(f"unknown certification {cert!r}")
    return found


def names_certification(text: str, cert: str) -> bool:
    """Whether `text` names `cert` (claimed, asked for or waived) by one of its names."""
    text = unicodedata.normalize("NFKC", text)
    for c in taxonomy.CERTIFICATIONS:
        if c.name != cert:
            continue
        for phrase in (c.name, c.full_name, *c.mentions):
            body = re.escape(unicodedata.normalize("NFKC", phrase))
            if re.search(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", text, re.IGNORECASE):
                return True
        for phrase in c.case_sensitive_mentions:
            if re.search(rf"(?<![A-Za-z0-9]){re.escape(phrase)}(?![A-Za-z0-9])", text):
                return True
        if any(re.search(unicodedata.normalize("NFKC", p), text) for p in c.patterns):
            return True
    return False


def certifications_named(text: str) -> set[str]:
    return {c.name for c in taxonomy.CERTIFICATIONS if names_certification(text, c.name)}


def links(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            for supplier in suppliers_of(need, buyer, smes):
                pairs.add((supplier.id, buyer.id))
    return sorted(pairs)


def suppliers_of(need: Need, buyer: Sme, smes: list[Sme]) -> list[Sme]:
    required = {canon(c) for c in need.certs}
    found = []
    for supplier in smes:
        if supplier.id == buyer.id:
            continue
        held = {canon(c) for c in supplier.certs}
        if any(label in need.labels for _, label in supplier.offers) and required <= held:
            found.append(supplier)
    return found


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if ids != [f"bpb-{i:03d}" for i in range(1, 96)]:
        errors.append("ids must run bpb-001 ... bpb-095 in order")
    if len({s.email for s in smes}) != len(smes):
        errors.append("e-mails must be unique")
    subs = {str(x) for x in taxonomy.SubCluster}
    stages = {str(x) for x in taxonomy.Stage}
    tags = {str(x) for x in taxonomy.BcgTag}
    for s in smes:
        where = s.id
        if not ID.match(s.id):
            errors.append(f"{where}: bad id")
        if s.lang not in taxonomy.LANGUAGES:
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub not in subs:
            errors.append(f"{where}: sub-cluster {s.sub!r}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage!r}")
        if taxonomy.resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r}")
        if not EMAIL.match(s.email):
            errors.append(f"{where}: e-mail {s.email!r}")
        for cert in s.certs:
            if taxonomy.resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r}")
        if len(set(s.bcg)) != len(s.bcg) or not set(s.bcg) <= tags:
            errors.append(f"{where}: bcg {s.bcg!r}")
        if not s.name.strip() or (s.lang == "en" and THAI.search(s.name)):
            errors.append(f"{where}: name {s.name!r}")
        if not 0 <= len(s.offers) <= 4 or not 1 <= len(s.needs) <= 4:
            errors.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        phrases = [text for text, _ in s.offers] + [n.text for n in s.needs]
        for text in phrases:
            if s.lang == "th" and len(THAI.findall(text)) <= len(LATIN.findall(text)):
                errors.append(f"{where}: not mostly Thai letters: {text!r}")
            if s.lang == "en" and any(ch.isalpha() and not ch.isascii() for ch in text):
                errors.append(f"{where}: not Latin letters only: {text!r}")
        if len(set(phrases)) != len(phrases):
            errors.append(f"{where}: repeated phrase")
        for need in s.needs:
            errors += check_need(need, s, smes)
    return errors


def check_need(need: Need, buyer: Sme, smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    where = f"{buyer.id} {need.text!r}"
    if bool(need.labels) == bool(need.unmet):
        errors.append(f"{where}: a need lists labels or says why it is unmet, not both")
    for label in need.labels:
        if not any(label == lab for s in smes if s.id != buyer.id for _, lab in s.offers):
            errors.append(f"{where}: nobody else offers {label}")
    for cert in (*need.certs, *need.waives):
        if not names_certification(need.text, canon(cert)):
            errors.append(f"{where}: {cert} is not named in the text")
    if {canon(c) for c in need.certs} & {canon(c) for c in need.waives}:
        errors.append(f"{where}: a certification both required and waived")
    declared = {canon(c) for c in (*need.certs, *need.waives)}
    if need.text not in CERT_IS_THE_GOAL and certifications_named(need.text) - declared:
        errors.append(f"{where}: names {certifications_named(need.text) - declared} without saying how")
    if need.labels and not suppliers_of(need, buyer, smes):
        errors.append(f"{where}: no qualified supplier")
    return errors


def stats(smes: list[Sme], pairs: list[tuple[str, str]]) -> dict[str, object]:
    by_id = {s.id: s for s in smes}
    needs = [n for s in smes for n in s.needs]
    cross_te = sum(1 for a, b in pairs if by_id[a].lang == "th" and by_id[b].lang == "en")
    cross_et = sum(1 for a, b in pairs if by_id[a].lang == "en" and by_id[b].lang == "th")
    regions: dict[str, int] = {}
    for s in smes:
        region = str(taxonomy.resolve_province(s.province).region)
        regions[region] = regions.get(region, 0) + 1
    return {
        "profiles": len(smes),
        "th": sum(s.lang == "th" for s in smes),
        "en": sum(s.lang == "en" for s in smes),
        "sub_cluster": {x: sum(s.sub == x for s in smes) for x in (HEMP, CIRC, SPORT, ALC, ALI)},
        "stage": {x: sum(s.stage == x for s in smes) for x in (UP, MID, DOWN)},
        "region": dict(sorted(regions.items())),
        "provinces": len({taxonomy.resolve_province(s.province).name_en for s in smes}),
        "offers": sum(len(s.offers) for s in smes),
        "offer_labels": len({lab for s in smes for _, lab in s.offers}),
        "needs": len(needs),
        "met": sum(not n.unmet for n in needs),
        "unmet": sum(bool(n.unmet) for n in needs),
        "needs_requiring_cert": sum(bool(n.certs) for n in needs),
        "needs_waiving_cert": sum(bool(n.waives) for n in needs),
        "links": len(pairs),
        "cross_th_to_en": cross_te,
        "cross_en_to_th": cross_et,
        "cross": cross_te + cross_et,
        "cross_pct": round(100 * (cross_te + cross_et) / len(pairs), 1) if pairs else 0.0,
        "within_language": len(pairs) - cross_te - cross_et,
        "between_sub_clusters": sum(1 for a, b in pairs if by_id[a].sub != by_id[b].sub),
    }


def check_targets(st: dict[str, object]) -> list[str]:
    errors: list[str] = []
    if st["profiles"] != 95:
        errors.append("need 95 profiles")
    if not 0.55 <= st["th"] / st["profiles"] <= 0.65:
        errors.append(f"Thai share {st['th']}/{st['profiles']} is not about 60 %")
    if not 140 <= st["links"] <= 180:
        errors.append(f"{st['links']} links, want 140-180")
    if st["cross_pct"] < 45:
        errors.append(f"cross-language links {st['cross_pct']} % < 45 %")
    if not 15 <= st["unmet"] <= 25:
        errors.append(f"{st['unmet']} unmet needs, want 15-25")
    if not st["needs_requiring_cert"] or not st["needs_waiving_cert"]:
        errors.append("want needs that require and needs that waive a certification")
    if min(st["sub_cluster"].values()) == 0 or min(st["stage"].values()) == 0:
        errors.append("every sub-cluster and stage must appear")
    if len(st["region"]) != 6 or st["provinces"] < 30:
        errors.append("want all six regions and many provinces")
    return errors


def profile(s: Sme) -> dict[str, object]:
    return {
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


def main() -> int:
    errors = check(SMES)
    pairs = links(SMES) if not errors else []
    st = stats(SMES, pairs) if not errors else {}
    if not errors:
        errors = check_targets(st)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    jsonl = "".join(json.dumps(profile(s), ensure_ascii=False) + "\n" for s in SMES)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(pairs)
    (HERE / "profiles.jsonl").write_bytes(jsonl.encode("utf-8"))
    (HERE / "links.csv").write_bytes(buffer.getvalue().encode("utf-8"))
    print(json.dumps(st, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
