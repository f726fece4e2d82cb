"""Hand-written evaluation set `blind_plain_knit`: plain registry entries of a knitting and hosiery leaning cluster.

Every offer carries a label saying what the thing is; every need lists the offer labels that would meet it and
the certifications its text requires, or is marked as met by no one. Links follow from those labels only.
Run from the repository root: `.venv/bin/python eval/blind_plain_knit/write.py`.
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AGC = "ageing_lifestyle_central"
AGI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"

OEKO = "OEKO-TEX Standard 100"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels`, from a supplier holding every cert in `certs`."""
    return Need(text, tuple(labels), tuple(certs), tuple(waives), "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that no SME in the set meets; `note` says why."""
    return Need(text, (), tuple(certs), tuple(waives), note)


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


SMES: list[Sme] = []


def add(*smes: Sme) -> None:
    SMES.extend(smes)


# ---------------------------------------------------------------- yarn, fibre and waste (mostly upstream)

add(
    Sme(
        "bkn-001", "th", "หจก. ทองเจริญค้าด้าย", HEMP, UP, "Samut Sakhon", "thongcharoen.yarn@gmail.com",
        (OEKO,), ("green",),
        (
            ("ด้ายคอตตอนหวี (combed) เบอร์ 32/1 และ 40/1 มีของพร้อมส่ง", "cotton_yarn"),
            ("ด้ายทีซี 65/35 No.32 ลูกละ 1.89 กก. ราคาส่ง", "tc_yarn"),
            ("ด้ายอะคริลิค 2/28 ขึ้นจักรฟันหวีได้ สีพื้น 40 สี", "acrylic_yarn"),
        ),
        (
            U("หารถหกล้อรับจ้างส่งด้ายขึ้นภาคเหนือทุกสัปดาห์", "no transport operator in the set"),
            N("ต้องการถุงมือผ้าถักให้พนักงานยกลังด้าย เดือนละ 50 โหล", "knitted_work_gloves"),
        ),
    ),
    Sme(
        "bkn-002", "en", "Siam Spandex Trading Co., Ltd.", SPORT, UP, "Samut Prakan", "sales@siamspandex.co.th",
        (OEKO,), ("green",),
        (
            ("Spandex bare yarn 20D / 30D / 40D, Creora and Roica, 12 kg cartons", "spandex_yarn"),
            ("Nylon 6 DTY 70D/24F semi-dull for hosiery", "nylon_yarn"),
            ("Air covered yarn 2070 and 4070 (nylon over spandex) for sock tops", "covered_elastic_yarn"),
        ),
        (U("Customs broker for monthly yarn containers from Taiwan", "no customs broker in the set"),),
    ),
    Sme(
        "bkn-003", "th", "บริษัท ไทยโพลีฟิลาเมนต์ จำกัด", CIRC, UP, "Rayong", "info@thaipolyfilament.co.th",
        ("GRS", "ISO 9001"), ("circular",),
        (
            ("เส้นใยโพลีเอสเตอร์ DTY 75D/72F, 150D/144F สีขาวดิบ", "polyester_filament_yarn"),
            ("ด้ายรีไซเคิลจากขวดน้ำพลาสติก (rPET) 75D มีใบ GRS", "recycled_polyester_yarn"),
        ),
        (N("รับซื้อขวด PET ใส อัดก้อนแล้ว ไม่ปนฝา ไม่ปนฉลาก", "pet_bottle_waste"),),
    ),
    Sme(
        "bkn-004", "en", "Lanna Hemp Spinners", HEMP, UP, "Chiang Mai", "hello@lannahempspin.com",
        ("OCS",), ("bio", "green"),
        (
            ("Hemp / organic cotton 55/45 yarn Nm 26 for knitting, natural ecru", "hemp_yarn"),
            ("Degummed hemp fibre, cottonised, 50 kg bales", "hemp_fibre"),
        ),
        (
            N("Dried hemp stalks from highland growers, after harvest", "raw_hemp_stalk"),
            N(
                "Looking for a mill to knit our own hemp yarn into jersey on commission, about 300 kg a run",
                "commission_knitting_service",
            ),
        ),
    ),
    Sme(
        "bkn-005", "th", "วิสาหกิจชุมชนกัญชงบ้านห้วยหินฝน", HEMP, UP, "Tak", "huayhinfon.hemp@gmail.com",
        ("Organic Thailand",), ("bio",),
        (
            ("ต้นกัญชงตากแห้ง ยังไม่ลอกเปลือก ขายเป็นกิโล", "raw_hemp_stalk"),
            ("ด้ายกัญชงเข็นมือ ม้วนละครึ่งกิโล ฝีมือแม่ ๆ ในหมู่บ้าน", "hand_spun_hemp_yarn"),
        ),
        (U("อยากได้เมล็ดพันธุ์กัญชงสายพันธุ์ให้เส้นใย", "no seed supplier in the set"),),
    ),
    Sme(
        "bkn-006", "en", "Isan Cotton Growers Network", HEMP, UP, "Loei", "isancotton.net@gmail.com",
        ("Organic Thailand",), ("bio",),
        (
            ("Organic seed cotton, hand-picked, new crop from November", "seed_cotton"),
            ("Ginned cotton lint, short staple, 25 kg sacks", "raw_cotton_lint"),
        ),
        (U("Someone who can repair a small roller gin", "no gin mechanic in the set"),),
    ),
    Sme(
        "bkn-007", "th", "ร้านไหมพรมป้าศรี", AGI, UP, "Khon Kaen", "pasri.yarnshop@hotmail.com",
        (), (),
        (
            ("ไหมพรมอะคริลิค 4 ply และคอตตอนนม ก้อนละ 50 กรัม มีกว่า 80 สี", "hand_knitting_yarn"),
            ("ไม้นิตติ้ง เข็มโครเชต์ ทุกเบอร์ ห่วงมาร์ค", "hand_knitting_tools"),
        ),
        (N("ซื้อไหมพรมคอตตอนนมยกลัง ราคาส่งจากกรุงเทพ", "hand_knitting_yarn"),),
    ),
    Sme(
        "bkn-008", "en", "Rainbow Knitting Yarn Wholesale", AGC, UP, "Bangkok", "order@rainbowyarn.co.th",
        (), (),
        (
            ("Milk cotton 5-ply and acrylic worsted by the carton, 100+ shades", "hand_knitting_yarn"),
            ("Bamboo knitting needles, crochet hooks, stitch markers - wholesale", "hand_knitting_tools"),
        ),
        (
            N("Handmade crochet dolls for shop display and resale", "crochet_doll_souvenir"),
            U("Importer of Turkish and Peruvian yarns?", "no yarn importer in the set"),
        ),
    ),
    Sme(
        "bkn-009", "th", "โรงปั่นด้ายรีไซเคิล บ้านโป่ง", CIRC, UP, "Ratchaburi", "banpong.recycleyarn@gmail.com",
        ("RCS",), ("circular",),
        (("ด้ายรีไซเคิล OE เบอร์ 10-20 ปั่นจากเศษผ้ายืด คละสี ไม่ต้องย้อม", "recycled_cotton_yarn"),),
        (
            N("รับซื้อเศษผ้ายืดคอตตอนจากห้องตัด ให้ราคาดี", "knit_cutting_waste"),
            N("เศษด้ายจากโรงถัก ด้ายขาด ด้ายปลายลูก", "yarn_waste"),
        ),
    ),
    Sme(
        "bkn-010", "en", "GreenLoop Fibre Recovery", CIRC, UP, "Chonburi", "recover@greenloopfibre.com",
        ("GRS", "RCS"), ("circular",),
        (
            ("Shredded cotton fibre from post-industrial knit clippings, baled", "recycled_cotton_fibre"),
            ("Textile shredding service: bring your own waste, we shred and bale it", "textile_shredding_service"),
        ),
        (
            N("Post-industrial knit offcuts, mostly cotton, min 1 ton", "knit_cutting_waste"),
        ),
    ),
    Sme(
        "bkn-011", "th", "ร้านรับซื้อของเก่า สมศักดิ์รีไซเคิล", CIRC, UP, "Nakhon Pathom", "somsak.recycle@gmail.com",
        (), ("circular",),
        (
            ("ขวดเพทใส อัดก้อน ส่งโรงงานได้ทุกเดือน", "pet_bottle_waste"),
            ("เสื้อผ้ามือสองคัดเกรด กระสอบละ 45 กก.", "used_clothing"),
        ),
        (U("หาเครื่องอัดก้อนไฮดรอลิกมือสอง", "no baling press seller in the set"),),
    ),
    Sme(
        "bkn-012", "en", "Second Round Apparel Sorting", CIRC, UP, "Pathum Thani", "ops@secondround.asia",
        (), ("circular",),
        (("Sorted second-hand knitwear and tees by grade, 100 kg bales", "used_clothing"),),
        (N("Shredding for our grade-C rejects, we deliver the bales", "textile_shredding_service"),),
    ),
)

# ---------------------------------------------------------------- machines, needles and mechanics

add(
    Sme(
        "bkn-013", "th", "เอกการช่าง ซ่อมจักรถักวงกลม", SPORT, MID, "Nonthaburi", "ekkarnchang@gmail.com",
        (), (),
        (
            ("รับซ่อมจักรถักกลม Fukuhara, Mayer, Pai Lung ออกนอกสถานที่ทั่วประเทศ", "circular_machine_repair_service"),
            ("จักรถักกลมมือสอง 30 นิ้ว 24 เกจ สภาพพร้อมใช้", "circular_knitting_machine"),
        ),
        (N("เข็มถัก Groz-Beckert กับซิงเกอร์ (sinker) ครั้งละหลายพันเล่ม", "knitting_needles_parts"),),
    ),
    Sme(
        "bkn-014", "en", "Pacific Knitting Machinery (Thailand) Co., Ltd.", SPORT, MID, "Bangkok",
        "sales@pacificknitmc.co.th",
        ("ISO 9001",), (),
        (
            (
                "New single jersey, rib and interlock circular machines, 26-34 inch, installed",
                "circular_knitting_machine",
            ),
            ("Computerised flat knitting machines for collars, cuffs and sweaters", "flat_knitting_machine"),
            ("Genuine latch needles, sinkers and cams in stock", "knitting_needles_parts"),
            ("After-sales service for Stoll and Shima flat machines, any brand welcome", "flat_machine_repair_service"),
        ),
        (
            N(
                "Freelance circular machine mechanics to take our installation jobs upcountry",
                "circular_machine_repair_service",
            ),
        ),
    ),
    Sme(
        "bkn-015", "th", "ร้านเข็มถักวงศ์ไพศาล", SPORT, MID, "Samut Sakhon", "wongpaisan.needle@hotmail.com",
        (), (),
        (("เข็มจักรถักถุงเท้า เข็ม Lonati แจ็ค อะไหล่ครบ ส่ง Kerry ทุกวัน", "knitting_needles_parts"),),
        (U("ต้องการชิปปิ้งนำเข้าเข็มจากจีน ทางเรือ", "no freight forwarder in the set"),),
    ),
    Sme(
        "bkn-016", "en", "Hosiery Machine Service Korat", SPORT, MID, "Nakhon Ratchasima", "hmskorat@gmail.com",
        (), (),
        (
            ("Reconditioned Lonati and Soosan sock machines, 3.5-4.5 inch, 144-200N", "sock_knitting_machine"),
            ("Sock machine tuning, repair, timing - Isan and the North", "sock_machine_repair_service"),
        ),
        (N("Sock machine needles and jacks, steady monthly supply", "knitting_needles_parts"),),
    ),
)

# ---------------------------------------------------------------- knitting mills

add(
    Sme(
        "bkn-017", "th", "โรงถักผ้ายืดเจริญผล", SPORT, MID, "Samut Sakhon", "charoenpon.knit@gmail.com",
        (), (),
        (
            ("ผ้าดิบยังไม่ย้อม คอตตอน 32 ซิงเกิ้ลเจอร์ซี่ หน้า 72 นิ้ว", "greige_jersey_fabric"),
            ("รับจ้างถักผ้า ลูกค้านำด้ายมาเอง คิดค่าถักเป็นกิโล", "commission_knitting_service"),
            ("ผ้ารีบ 1x1 2x2 คอตตอนผสมสแปนเด็กซ์ ทำคอเสื้อ", "rib_fabric"),
        ),
        (
            N("ด้ายคอตตอนหวีเบอร์ 32 ยกพาเลท", "cotton_yarn", "organic_cotton_yarn"),
            N("สแปนเด็กซ์ 40D ใช้ทำผ้ารีบ", "spandex_yarn"),
            N("ช่างซ่อมจักรถักกลม ด่วน เครื่องเข็มหักบ่อย", "circular_machine_repair_service"),
        ),
    ),
    Sme(
        "bkn-018", "en", "Bangna Knit Fabrics Co., Ltd.", SPORT, MID, "Samut Prakan", "fabric@bangnaknit.co.th",
        (OEKO, "ISO 9001"), (),
        (
            ("Ready-dyed cotton single jersey 160-180 gsm, 30 stock colours", "cotton_jersey_fabric"),
            ("TC pique for polo shirts, white, navy, black", "pique_fabric"),
            ("Brushed-back fleece (3-thread) for hoodies and sweatpants", "fleece_fabric"),
            ("Second-quality and overrun knit rolls, sold by weight", "deadstock_knit_fabric"),
        ),
        (
            N("TC 65/35 30s yarn, 10 tons a month", "tc_yarn"),
            N("A dye house to dye our greige knits on commission", "knit_fabric_dyeing_service"),
            N("OEKO-TEX certified spandex 40D", "spandex_yarn", certs=(OEKO,)),
        ),
    ),
    Sme(
        "bkn-019", "th", "บริษัท สยามอินเตอร์ล็อค จำกัด", AGC, MID, "Nakhon Pathom", "siaminterlock@gmail.com",
        (OEKO,), (),
        (
            ("ผ้าอินเตอร์ล็อค คอตตอน 100% เนื้อนุ่ม สำหรับชุดเด็กและชุดผู้สูงอายุ", "interlock_fabric"),
            ("ผ้ายืดใยไผ่ผสมสแปนเด็กซ์ ระบายอากาศดี", "bamboo_jersey_fabric"),
        ),
        (
            N("เส้นด้ายใยไผ่ 40/1", "bamboo_yarn"),
            N("ด้ายคอตตอน 40 คอมป์ ไม่เอาด้ายรีไซเคิล", "cotton_yarn", "organic_cotton_yarn"),
        ),
    ),
    Sme(
        "bkn-020", "en", "Mesh & More Warp Knitting", SPORT, MID, "Chonburi", "info@meshandmore.co.th",
        ("bluesign", OEKO), ("green",),
        (
            ("Warp-knit polyester mesh, hexagon and bird-eye, 100-140 gsm", "polyester_mesh_fabric"),
            ("3D spacer mesh 3-5 mm for braces, pillows and shoe uppers", "spacer_fabric"),
            ("Tricot power net, nylon/spandex, skin and black", "power_elastic_knit_fabric"),
            ("Nylon/spandex tricot 220-280 gsm, matt, squat-proof", "nylon_spandex_tricot"),
        ),
        (
            N("FDY polyester 50D / 75D on beams", "polyester_filament_yarn"),
            N("Nylon 40D for power net", "nylon_yarn"),
        ),
    ),
    Sme(
        "bkn-021", "th", "โรงงานถักผ้าไมโครแสนสุข", SPORT, MID, "Pathum Thani", "sansuk.micro@gmail.com",
        (), (),
        (
            ("ผ้าไมโครดรายฟิต โพลีเอสเตอร์ 100% ระบายเหงื่อ พิมพ์ซับได้", "dry_fit_polyester_knit"),
            ("ผ้าจุติไมโคร โพลีเอสเตอร์ ทำเสื้อโปโลกีฬา", "polyester_pique_fabric"),
            ("ผ้าไมโครรีไซเคิลจากขวด (ยังไม่มีใบรับรอง)", "recycled_polyester_knit_fabric"),
        ),
        (
            N("ด้ายโพลีขาว DTY 75D/72F ต่อเนื่องทุกเดือน", "polyester_filament_yarn"),
            N("ด้าย rPET ที่มีใบรับรอง GRS เท่านั้น", "recycled_polyester_yarn", certs=("GRS",)),
        ),
    ),
    Sme(
        "bkn-022", "en", "Chiang Mai Eco Knit", HEMP, MID, "Chiang Mai", "studio@cmecoknit.com",
        ("GOTS",), ("bio", "green"),
        (
            ("Hemp/organic cotton jersey 180 gsm, undyed or plant-dyed", "hemp_cotton_jersey"),
            ("GOTS organic cotton single jersey and 1x1 rib", "organic_cotton_jersey_fabric"),
        ),
        (
            N("Hemp blend yarn Nm 26-34", "hemp_yarn"),
            N("GOTS organic cotton yarn 30s", "organic_cotton_yarn", certs=("GOTS",)),
        ),
    ),
    Sme(
        "bkn-023", "th", "บริษัท ฝ้ายอินทรีย์ไทย จำกัด", HEMP, UP, "Phitsanulok", "contact@thaiorganiccotton.co.th",
        ("GOTS", "OCS"), ("bio",),
        (("ด้ายฝ้ายออร์แกนิค 30/1 รับรอง GOTS สำหรับงานถัก", "organic_cotton_yarn"),),
        (
            N(
                "ฝ้ายทั้งเมล็ดจากเกษตรกร ต้องมีใบรับรองมาตรฐานเกษตรอินทรีย์",
                "seed_cotton",
                certs=("Organic Thailand",),
            ),
        ),
    ),
    Sme(
        "bkn-024", "en", "Khon Kaen Collar & Cuff", AGI, MID, "Khon Kaen", "kkcollar@gmail.com",
        (), (),
        (
            (
                "Flat-knit polo collars and cuffs, colour matched, stripes on request, MOQ 300 sets",
                "knitted_collar_cuff",
            ),
        ),
        (
            N("Cone dyeing for our TC yarn, we bring the yarn", "yarn_dyeing_service"),
            N("Second-hand flat knitting machine, 14 gauge", "flat_knitting_machine"),
        ),
    ),
    Sme(
        "bkn-025", "th", "โรงงานปกขลิบ ดาวรุ่ง", AGC, MID, "Bangkok", "daorung.collar@gmail.com",
        (), (),
        (("ปกโปโลถัก ขอบแขน ปกขลิบ ทำสีตามสั่ง", "knitted_collar_cuff"),),
        (
            N("ด้าย TC สำหรับถักปก สีขาวดิบ", "tc_yarn"),
            N("ช่างซ่อมจักรฟันหวี (flat) ในกรุงเทพ", "flat_machine_repair_service"),
        ),
    ),
)

# ---------------------------------------------------------------- dyeing, finishing, printing, sewing

add(
    Sme(
        "bkn-026", "en", "Samut Sakhon Dyeing & Finishing Co., Ltd.", SPORT, MID, "Samut Sakhon",
        "cs@ssdyeing.co.th",
        (OEKO, "ISO 14001", "bluesign"), ("green",),
        (
            (
                "Commission dyeing of knitted fabrics - cotton, TC, poly - jet and soft-flow, min 200 kg per colour",
                "knit_fabric_dyeing_service",
            ),
            (
                "Compacting, brushing, peach, anti-bacterial and wicking finish on customer fabric",
                "knit_finishing_service",
            ),
        ),
        (
            N("Knitted cotton work gloves for the dye-house crew", "knitted_work_gloves"),
            U("Licensed contractor to take our wastewater sludge", "no waste-water contractor in the set"),
        ),
    ),
    Sme(
        "bkn-027", "th", "โรงย้อมเจริญสี", CIRC, MID, "Samut Sakhon", "charoensi.dye@gmail.com",
        (), (),
        (
            ("รับย้อมผ้ายืดทุกชนิด ผ้าของลูกค้า ขั้นต่ำ 100 กิโลต่อสี", "knit_fabric_dyeing_service"),
            ("รับย้อมด้ายเป็นลูก (cone dyeing) ด้ายคอตตอน ด้ายทีซี", "yarn_dyeing_service"),
        ),
        (U("สีรีแอคทีฟกับสารช่วยย้อม ราคาโรงงาน", "no dyestuff seller in the set"),),
    ),
    Sme(
        "bkn-028", "en", "Indigo Valley Natural Dye Studio", HEMP, MID, "Sakon Nakhon", "indigovalley.sn@gmail.com",
        ("OTOP",), ("bio", "green"),
        (
            ("Indigo and natural dyeing of your garments or yarn, small lots welcome", "natural_dyeing_service"),
            ("Indigo-dyed handwoven cotton by the metre", "indigo_dyed_cotton_fabric"),
        ),
        (
            N("Undyed greige cotton jersey to dye ourselves, 50 kg lots", "greige_jersey_fabric"),
            N("Fermented indigo paste, steady supply", "indigo_paste"),
        ),
    ),
    Sme(
        "bkn-029", "th", "กลุ่มย้อมครามบ้านนาดี", AGI, MID, "Udon Thani", "naadee.khram@gmail.com",
        ("OTOP",), ("bio",),
        (
            ("ผ้าฝ้ายทอมือย้อมคราม ผืนละ 2 เมตร", "indigo_dyed_cotton_fabric"),
            ("ย้อมครามให้ตามสั่ง ส่งผ้าหรือเสื้อมาย้อมได้", "natural_dyeing_service"),
            ("กระเป๋าผ้าฝ้ายทอมือย้อมคราม ใบละ 290", "tote_bag"),
        ),
        (N("ด้ายฝ้ายเข็นมือ สีขาวและสีตุ่น", "hand_spun_cotton_yarn"),),
    ),
    Sme(
        "bkn-030", "en", "Phu Phan Indigo Growers", HEMP, UP, "Sakon Nakhon", "phuphan.indigo@gmail.com",
        ("Organic Thailand",), ("bio",),
        (
            ("Fermented indigo paste (nam khram), 1 kg tubs", "indigo_paste"),
            ("Hand-spun native cotton yarn, natural brown and white", "hand_spun_cotton_yarn"),
        ),
        (N("Native seed cotton for our spinners, 200 kg", "seed_cotton"),),
    ),
    Sme(
        "bkn-031", "th", "เดอะพริ้นท์ สกรีนและปัก", SPORT, MID, "Khon Kaen", "theprint.kk@gmail.com",
        (), (),
        (
            ("รับปักโลโก้บนเสื้อลูกค้า ตัวละ 25 บาท", "embroidery_service"),
            ("สกรีนซิลค์ สกรีน DTF ลงเสื้อที่ลูกค้าเอามาเอง", "garment_printing_service"),
        ),
        (N("เสื้อยืดเปล่าคอกลม cotton 100% ยกโหล ไซส์ S-3XL", "tshirt"),),
    ),
    Sme(
        "bkn-032", "en", "Sew Right CMT Services", AGC, MID, "Nonthaburi", "sewright.cmt@gmail.com",
        (), (),
        (
            (
                "Cut-make-trim for knit garments: tees, polos, hoodies. You send fabric, we sew. MOQ 200",
                "garment_sewing_service",
            ),
        ),
        (
            U("Overlock and coverstitch mechanic on call", "no sewing-machine mechanic in the set"),
            N("Knitted collars and cuffs for polo orders", "knitted_collar_cuff"),
        ),
    ),
    Sme(
        "bkn-033", "th", "ห้องเสื้อป้าแดงรับเย็บ", AGI, MID, "Roi Et", "padaeng.sew@gmail.com",
        (), (),
        (("รับเย็บเสื้อยืด เสื้อโปโล ผ้ามาเอง ค่าแรงตัวละ 18-30 บาท", "garment_sewing_service"),),
        (N("ยางยืดถักสำหรับเอวกางเกง หน้า 1 นิ้ว", "knitted_elastic_tape"),),
    ),
    Sme(
        "bkn-034", "en", "Chachoengsao Narrow Knit Elastic", SPORT, MID, "Chachoengsao", "sales@ccsnarrowknit.com",
        (OEKO,), (),
        (("Knitted elastic tape 10-50 mm, soft waistband and binding", "knitted_elastic_tape"),),
        (N("Covered spandex yarn for our elastic", "covered_elastic_yarn"),),
    ),
)

# ---------------------------------------------------------------- socks, stockings and support wear

add(
    Sme(
        "bkn-035", "th", "บริษัท ถุงเท้าไทยเจริญ จำกัด", SPORT, MID, "Bangkok", "thaicharoensocks@gmail.com",
        ("Thai Industrial Standard",), (),
        (
            ("ถุงเท้านักเรียนสีขาว ข้อสั้น ข้อยาว โหลละ 120 บาท ได้ มอก.", "socks"),
            ("ถุงเท้ากีฬาพื้นหนา ฟุตบอล วิ่ง แบดมินตัน", "sports_socks"),
        ),
        (
            N("ด้ายคอตตอน 20/1 สำหรับถุงเท้า", "cotton_yarn"),
            N("ไนลอน 70D/2 ใช้ทำส้นกับปลายเท้า", "nylon_yarn"),
            N("ยางหุ้ม/สแปนเด็กซ์หุ้มสำหรับขอบถุงเท้า", "covered_elastic_yarn"),
        ),
    ),
    Sme(
        "bkn-036", "en", "Healthy Feet Hosiery", AGC, MID, "Nonthaburi", "care@healthyfeet.co.th",
        (OEKO,), ("green",),
        (
            ("Seamless non-binding diabetic socks, bamboo/cotton, loose top", "diabetic_socks"),
            ("Anti-slip grip socks for wards and care homes, silicone dots on sole", "non_slip_socks"),
        ),
        (
            N("Bamboo viscose yarn 32/1 - not bamboo/poly blends", "bamboo_yarn"),
            N("Second-hand 4.5 inch sock machines", "sock_knitting_machine"),
            N("Sock machine mechanic, Bangkok area", "sock_machine_repair_service"),
        ),
    ),
    Sme(
        "bkn-037", "th", "บริษัท เอ็มเมด ซัพพอร์ต จำกัด", AGC, MID, "Pathum Thani", "mmed.support@gmail.com",
        ("ISO 13485", "Thai FDA"), (),
        (
            ("ถุงน่องทางการแพทย์ แรงบีบ 15-20 และ 20-30 mmHg ใต้เข่า/ต้นขา", "medical_compression_stockings"),
            ("สนับเข่า สนับข้อเท้า ผ้าถักยืดกระชับ", "knitted_support_brace"),
        ),
        (
            N("ด้ายยางหุ้มไนลอนสำหรับถุงน่อง", "covered_elastic_yarn"),
            N("ไนลอน 20D/30D เนื้อใส", "nylon_yarn"),
        ),
    ),
    Sme(
        "bkn-038", "en", "Korat Support Wear", AGI, MID, "Nakhon Ratchasima", "koratsupport@gmail.com",
        ("Thai FDA",), (),
        (
            ("Knitted knee, ankle and wrist supports, S-XL", "knitted_support_brace"),
            ("Tubular stockinette for casts and dressings, 25 m rolls", "tubular_bandage"),
        ),
        (
            N("Spandex 40D, 200 kg a month", "spandex_yarn"),
            N("3D mesh for lining back supports", "spacer_fabric"),
        ),
    ),
)

# ---------------------------------------------------------------- sportswear and uniforms

add(
    Sme(
        "bkn-039", "th", "บริษัท สปอร์ตคอมเพรส จำกัด", SPORT, DOWN, "Bangkok", "sportcompress.th@gmail.com",
        (), (),
        (("กางเกงรัดกล้ามเนื้อ เสื้อรัดกล้าม ปลอกรัดน่อง สำหรับนักวิ่งและฟิตเนส", "compression_sportswear"),),
        (
            N("ผ้าเพาเวอร์เน็ตไนลอนสแปนเด็กซ์ ต้องผ่าน bluesign", "power_elastic_knit_fabric", certs=("bluesign",)),
            N("โรงงานรับเย็บตะเข็บ flatlock", "garment_sewing_service"),
        ),
    ),
    Sme(
        "bkn-040", "en", "RunHub Active Apparel", SPORT, DOWN, "Nonthaburi", "team@runhub.co",
        (), ("green",),
        (("Running singlets and tees, custom team orders", "sports_jersey"),),
        (
            N("Moisture-wicking poly knit 130-150 gsm", "dry_fit_polyester_knit"),
            N("Recycled poly jersey, GRS certified", "recycled_polyester_knit_fabric", certs=("GRS",)),
            N("Running socks for private label, 1,000 pairs", "sports_socks"),
        ),
    ),
    Sme(
        "bkn-041", "th", "ทีมเวิร์คสปอร์ต หาดใหญ่", SPORT, DOWN, "Songkhla", "teamwork.hatyai@gmail.com",
        (), (),
        (("รับทำเสื้อฟุตบอล เสื้อทีม พิมพ์ซับลิเมชั่นทั้งตัว", "sports_jersey"),),
        (
            N("ผ้ากีฬา ผ้าไมโครเนื้อนุ่ม ราคาส่ง", "dry_fit_polyester_knit"),
            N("ถุงเท้าฟุตบอลยาว สีตามทีม", "sports_socks"),
        ),
    ),
    Sme(
        "bkn-042", "en", "Eastern Team Kit Co.", SPORT, DOWN, "Chonburi", "orders@easternteamkit.com",
        (), (),
        (
            ("Football and volleyball kits, full sublimation", "sports_jersey"),
            ("Sublimation printing on your poly fabric, by the metre", "fabric_printing_service"),
        ),
        (N("Bird-eye mesh for jerseys, white", "polyester_mesh_fabric"),),
    ),
    Sme(
        "bkn-043", "th", "โรงเรียนอนุบาลนครพนม", SPORT, DOWN, "Nakhon Phanom", "anuban.nkp@gmail.com",
        (), (),
        (),
        (
            N("ชุดพละนักเรียน เสื้อโปโล+กางเกงวอร์ม 600 ชุด ปักชื่อโรงเรียน", "pe_uniform"),
            N("ถุงเท้านักเรียนสีขาว ต้องมี มอก.", "socks", certs=("Thai Industrial Standard",)),
        ),
    ),
    Sme(
        "bkn-044", "en", "Wattana Bilingual School", SPORT, DOWN, "Chiang Rai", "procurement@wattanabilingual.ac.th",
        (), (),
        (),
        (
            N("PE kits: polo plus track pants, 400 sets", "pe_uniform"),
            N("Navy knitted school cardigans with crest, sizes 6-16", "sweater"),
        ),
    ),
    Sme(
        "bkn-045", "th", "วีระยูนิฟอร์ม", SPORT, DOWN, "Suphan Buri", "weerauniform@gmail.com",
        (), (),
        (
            ("ชุดพละ ชุดกีฬาสี สั่งทำตามโรงเรียน ปักโลโก้ได้", "pe_uniform"),
            ("เสื้อโปโลผ้าจุติ ปักโลโก้บริษัท", "polo_shirt"),
        ),
        (
            N("ผ้าจุติ TC/CVC สีกรม สีขาว", "pique_fabric"),
            U("ป้ายคอทอ พิมพ์ชื่อโรงเรียน", "no woven-label maker in the set"),
        ),
    ),
    Sme(
        "bkn-046", "en", "Siam Basics Garment Co., Ltd.", AGC, DOWN, "Nakhon Sawan", "merch@siambasics.co.th",
        ("SA8000", OEKO), (),
        (
            ("Plain and printed cotton T-shirts, all sizes, from 300 pcs", "tshirt"),
            ("Pique polo shirts with embroidered logo", "polo_shirt"),
            ("Cutting-room offcuts, cotton jersey, sorted by colour", "knit_cutting_waste"),
        ),
        (
            N("Cotton single jersey 32s combed, dyed", "cotton_jersey_fabric", "organic_cotton_jersey_fabric"),
            N("1x1 rib for neck binding", "rib_fabric"),
        ),
    ),
    Sme(
        "bkn-047", "th", "โรงงานเสื้อยืดบ้านหมี่", AGC, DOWN, "Lopburi", "banmee.tshirt@gmail.com",
        (), (),
        (
            ("เสื้อยืดคอกลม คอตตอน 100% เบอร์ 32 ตัวเปล่า", "tshirt"),
            ("เสื้อฮู้ดผ้าสำลี มีซิปและไม่มีซิป", "hoodie_sweatshirt"),
        ),
        (
            N("ผ้ายืดคอตตอน 32 ย้อมแล้ว สีพื้น", "cotton_jersey_fabric"),
            N("ผ้าสำลีทำฮู้ด", "fleece_fabric"),
        ),
    ),
)

# ---------------------------------------------------------------- sweaters, hand knitting and crochet

add(
    Sme(
        "bkn-048", "en", "Doi Knitwear Studio", AGC, DOWN, "Chiang Rai", "doiknitwear@gmail.com",
        (), (),
        (("Machine-knitted sweaters and cardigans, acrylic-wool, private label welcome", "sweater"),),
        (
            N("Acrylic or acrylic-wool yarn 2/28 for flat machines", "acrylic_yarn"),
            N("Service for our Shima flat machines", "flat_machine_repair_service"),
            N("Hand-knitters for a winter capsule, we supply the yarn", "hand_knitting_service"),
        ),
    ),
    Sme(
        "bkn-049", "th", "เสื้อไหมพรมถักมือ ยายทองใบ", AGI, DOWN, "Surin", "yaithongbai.knit@gmail.com",
        ("OTOP",), (),
        (
            ("เสื้อไหมพรมถักมือ คาร์ดิแกนคนแก่ ใส่หน้าหนาว", "hand_knitted_sweater"),
            ("หมวกไหมพรม ผ้าพันคอ ถักมือทุกชิ้น", "hand_knitted_accessories"),
            ("ผ้าห่มถักคลุมเข่า สำหรับผู้สูงอายุ", "knitted_blanket"),
        ),
        (N("ไหมพรมคอตตอนนม 4 ply ราคาส่ง", "hand_knitting_yarn"),),
    ),
    Sme(
        "bkn-050", "en", "Golden Age Crochet Circle", AGI, DOWN, "Ubon Ratchathani", "goldenagecrochet@gmail.com",
        ("OTOP",), ("circular",),
        (
            ("Crocheted shoulder bags from recycled T-shirt yarn", "crochet_bag"),
            ("Amigurumi elephants and dolls, handmade by our elders", "crochet_doll_souvenir"),
        ),
        (
            N("T-shirt yarn (zpagetti) made from knit offcuts", "tshirt_yarn"),
            N("8-ply cotton for crochet", "hand_knitting_yarn"),
        ),
    ),
    Sme(
        "bkn-051", "th", "วิสาหกิจชุมชนรักษ์ผ้า ลำพูน", CIRC, MID, "Lamphun", "rakpha.lamphun@gmail.com",
        (), ("circular",),
        (
            ("เส้นผ้ายืดตัดเป็นเส้น (T-shirt yarn) จากเศษผ้าโรงงาน ม้วนละ 1 กิโล", "tshirt_yarn"),
            ("กระเป๋าถักจากเศษผ้ายืด", "crochet_bag"),
        ),
        (N("เศษผ้ายืดชิ้นใหญ่ ผืนยาว ๆ จากห้องตัด", "knit_cutting_waste"),),
    ),
    Sme(
        "bkn-052", "th", "กลุ่มแม่บ้านถักโครเชต์บ้านดอน", AGI, DOWN, "Maha Sarakham", "bandon.crochet@gmail.com",
        ("OTOP",), (),
        (("กระเป๋าถักโครเชต์ ใบเล็กใบใหญ่ สีสันสดใส", "crochet_bag"),),
        (
            U("เชือกร่มไนลอน ยกกิโล หลายสี", "no paracord seller in the set"),
            U("ซิปกับผ้าซับในสำหรับกระเป๋า", "no zip or lining seller in the set"),
        ),
    ),
    Sme(
        "bkn-053", "en", "Hill Tribe Hand Knits", HEMP, DOWN, "Mae Hong Son", "hilltribehandknits@gmail.com",
        ("Fairtrade",), ("bio",),
        (("Hand-knitted hemp and cotton beanies", "hand_knitted_beanie"),),
        (N("Hand-spun hemp yarn from local villages", "hand_spun_hemp_yarn"),),
    ),
)

# ---------------------------------------------------------------- hospitals, care homes and shops

add(
    Sme(
        "bkn-054", "th", "โรงพยาบาลสุขใจการแพทย์ ศรีสะเกษ", AGI, DOWN, "Sisaket", "jadsue@sukjaihospital.com",
        (), (),
        (),
        (
            N(
                "ถุงน่องป้องกันลิ่มเลือด (anti-embolism) ผู้ป่วยหลังผ่าตัด ต้องมี อย.",
                "medical_compression_stockings",
                certs=("Thai FDA",),
            ),
            N("สต็อกกิเน็ตสวมก่อนเข้าเฝือก", "tubular_bandage"),
            N("ถุงเท้ากันลื่นผู้ป่วย", "non_slip_socks"),
        ),
    ),
    Sme(
        "bkn-055", "en", "Baan Sukjai Elderly Care Home", AGC, DOWN, "Nakhon Nayok", "baansukjai.care@gmail.com",
        (), (),
        (("Old cotton bed sheets and residents' clothes to give away for recycling", "worn_out_textile"),),
        (
            N("Grip socks for residents, size M-L, 200 pairs", "non_slip_socks"),
            N("Loose socks that don't leave marks on swollen ankles", "diabetic_socks"),
            N("Knitted lap blankets", "knitted_blanket"),
        ),
    ),
    Sme(
        "bkn-056", "th", "ศูนย์ดูแลผู้สูงอายุบ้านสุขสันต์", AGC, DOWN, "Chiang Mai", "baansuksan.cm@gmail.com",
        (), (),
        (),
        (
            N("เสื้อผ้าผู้สูงอายุ ติดกระดุมแม่เหล็ก ผ้ายืดนุ่ม", "elderly_adaptive_clothing"),
            N("ถุงเท้าไม่รัดข้อสำหรับผู้ป่วยเบาหวาน", "diabetic_socks"),
        ),
    ),
    Sme(
        "bkn-057", "en", "EasyWear Adaptive Clothing", AGC, DOWN, "Bangkok", "hello@easywear.co.th",
        (), (),
        (
            (
                "Magnetic-closure knit tops and side-opening pants for seniors and wheelchair users",
                "elderly_adaptive_clothing",
            ),
        ),
        (
            N("Soft cotton interlock, OEKO-TEX only", "interlock_fabric", certs=(OEKO,)),
            N("CMT sewing, small runs of 100", "garment_sewing_service"),
        ),
    ),
    Sme(
        "bkn-058", "en", "Chao Phraya Medical Centre", AGC, DOWN, "Bangkok", "purchasing@cpmedcentre.com",
        ("ISO 9001",), (),
        (),
        (
            N(
                "Graduated compression stockings class 2, ISO 13485 makers only",
                "medical_compression_stockings",
                certs=("ISO 13485",),
            ),
            N("Cotton stockinette 5 cm and 7.5 cm rolls", "tubular_bandage"),
            N("Knee supports for the physio department", "knitted_support_brace"),
        ),
    ),
    Sme(
        "bkn-059", "th", "ร้านของฝากช้างน้อย", HEMP, DOWN, "Chiang Mai", "changnoi.souvenir@gmail.com",
        (), (),
        (),
        (
            N("ตุ๊กตาช้างถักโครเชต์ ไม่ต้องมี OTOP ก็ได้", "crochet_doll_souvenir", waives=("OTOP",)),
            N("ถุงเท้าลายช้าง แพ็ค 3 คู่", "socks"),
        ),
    ),
    Sme(
        "bkn-060", "en", "Pattaya Gift House", CIRC, DOWN, "Chonburi", "pattayagifthouse@gmail.com",
        (), (),
        (),
        (
            U("Crochet bikini tops, handmade", "no one in the set makes crochet swimwear"),
            N("Indigo cotton tote bags for the shop", "tote_bag"),
        ),
    ),
)

# ---------------------------------------------------------------- hemp, cotton and the woven side of the cluster

add(
    Sme(
        "bkn-061", "th", "หจก. ไทยเฮมพ์ ดีไซน์", HEMP, DOWN, "Phrae", "thaihempdesign@gmail.com",
        (), ("bio",),
        (("เสื้อยืดกัญชงผสมฝ้าย ย้อมสีธรรมชาติ ใส่สบาย", "hemp_tshirt"),),
        (
            N("ผ้ายืดกัญชงผสมคอตตอน หน้ากว้าง 60 นิ้ว", "hemp_cotton_jersey"),
            N(
                "หาที่รับย้อมสีธรรมชาติ เสื้อที่เย็บแล้ว เราส่งเสื้อไปให้ ไม่ต้องมี GOTS",
                "natural_dyeing_service",
                waives=("GOTS",),
            ),
        ),
    ),
    Sme(
        "bkn-062", "en", "Banana Fibre Craft Nan", HEMP, UP, "Nan", "bananafibre.nan@gmail.com",
        (), ("bio", "circular"),
        (("Banana trunk fibre, hand-extracted and sun-dried", "banana_fibre"),),
        (U("Small decorticator machine for banana stems", "no decorticator maker in the set"),),
    ),
    Sme(
        "bkn-063", "th", "กลุ่มทอผ้าฝ้ายบ้านไร่", HEMP, MID, "Uthai Thani", "banrai.weave@gmail.com",
        ("OTOP",), ("bio",),
        (("ผ้าฝ้ายทอมือลายขิด หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),),
        (
            N("ฝ้ายเข็นมือ", "hand_spun_cotton_yarn"),
            N("เนื้อครามสำหรับย้อมเอง", "indigo_paste"),
        ),
    ),
    Sme(
        "bkn-064", "en", "ReKnit Upcycled Sweaters", CIRC, DOWN, "Bangkok", "hi@reknit.studio",
        (), ("circular",),
        (("Sweaters re-knitted from unravelled yarn, one of a kind", "upcycled_knitwear"),),
        (
            N("Second-hand acrylic and wool sweaters to unravel, any size, no tees", "used_clothing"),
            N("Recycled cotton yarn 10s, RCS not required", "recycled_cotton_yarn", waives=("RCS",)),
        ),
    ),
    Sme(
        "bkn-065", "th", "บริษัท กรีนนิต รีไซเคิล จำกัด", CIRC, MID, "Rayong", "greenknit.recycle@gmail.com",
        ("GRS", OEKO), ("circular", "green"),
        (("ผ้ายืดโพลีเอสเตอร์รีไซเคิลจากขวด มีใบ GRS", "recycled_polyester_knit_fabric"),),
        (N("ด้าย rPET 75D ต้องมี GRS", "recycled_polyester_yarn", certs=("GRS",)),),
    ),
    Sme(
        "bkn-066", "en", "Mop & Rag Industries", CIRC, DOWN, "Samut Prakan", "sales@mopandrag.co.th",
        (), ("circular",),
        (("Cotton knit rags cut from T-shirt waste, 10 kg bags", "cleaning_rags"),),
        (
            N("Worn-out cotton tees, any colour", "worn_out_textile", "used_clothing"),
        ),
    ),
    Sme(
        "bkn-067", "th", "ร้านเศษผ้าโบ๊เบ๊", CIRC, UP, "Bangkok", "bobae.sedpha@gmail.com",
        (), ("circular",),
        (
            ("เศษผ้ายืดจากโรงงานเย็บ ขายเป็นกิโล คละสี", "knit_cutting_waste"),
            ("ผ้าหัวม้วน ผ้าค้างสต็อก ผ้าจุติ ผ้ายืด ราคาถูก", "deadstock_knit_fabric"),
        ),
        (N("รับซื้อผ้าเหลือ ผ้าค้างสต็อกจากโรงงานถัก", "deadstock_knit_fabric"),),
    ),
)

# ---------------------------------------------------------------- more sport, support and care

add(
    Sme(
        "bkn-068", "en", "Lanna Velo Wear", SPORT, DOWN, "Lampang", "ride@lannavelo.com",
        (), (),
        (
            ("Cycling jerseys, club designs, from 20 pcs", "sports_jersey"),
            ("Bib shorts with compression panels", "cycling_bib_shorts"),
        ),
        (
            N("Lycra power fabric 220 gsm, matt black", "nylon_spandex_tricot"),
            U("Chamois pads for bib shorts", "no chamois pad maker in the set"),
        ),
    ),
    Sme(
        "bkn-069", "th", "บุรีรัมย์รันเนอร์ช็อป", SPORT, DOWN, "Buriram", "buriramrunner@gmail.com",
        (), (),
        (),
        (
            N("ถุงเท้าวิ่งข้อสั้น ระบายอากาศ ขายหน้าร้าน", "sports_socks"),
            N("ปลอกรัดน่องนักวิ่ง (calf sleeve) มีไหม?", "compression_sportswear"),
        ),
    ),
    Sme(
        "bkn-070", "en", "Ao Nang Muay Thai Gear", SPORT, DOWN, "Krabi", "aonangmuaythai@gmail.com",
        (), (),
        (("Satin Muay Thai shorts, embroidered", "muay_thai_shorts"),),
        (N("Ankle guards for Muay Thai, elastic cotton, 500 pairs a month", "knitted_support_brace"),),
    ),
    Sme(
        "bkn-071", "th", "โรงงานถุงมือผ้าถักอ่างทอง", CIRC, MID, "Ang Thong", "angthong.gloves@gmail.com",
        (), ("circular",),
        (("ถุงมือผ้าถัก 5 ขีด 7 ขีด ขอบเขียว ขอบขาว โหลละ 60", "knitted_work_gloves"),),
        (
            N("ด้ายโอ อี รีไซเคิล เบอร์ 10 สีขาวหรือคละสี", "recycled_cotton_yarn"),
            U("ช่างซ่อมจักรถักถุงมือ", "no glove-machine mechanic in the set"),
        ),
    ),
    Sme(
        "bkn-072", "th", "ร้านเวชภัณฑ์สุขภาพดี", AGC, DOWN, "Samut Songkhram", "sukkhaphapdee.med@gmail.com",
        (), (),
        (),
        (
            N("ถุงน่องเส้นเลือดขอด ไซส์ S-XL", "medical_compression_stockings"),
        ),
    ),
    Sme(
        "bkn-073", "th", "บ้านนุ่ม ชุดนอนผู้สูงวัย", AGC, DOWN, "Phetchaburi", "baannum.sleepwear@gmail.com",
        (), (),
        (("ชุดนอนผ้าคอตตอนนุ่ม สำหรับผู้สูงอายุ ใส่ง่าย", "sleepwear"),),
        (
            N("ผ้าอินเตอร์ล็อค 200 แกรม สีพาสเทล", "interlock_fabric"),
            N("ต้องการโรงงานเคลือบแอนตี้แบคทีเรียบนผ้าของเรา", "knit_finishing_service"),
        ),
    ),
    Sme(
        "bkn-074", "en", "Isan Elders Knit Cooperative", AGI, DOWN, "Kalasin", "isanelders.coop@gmail.com",
        ("OTOP",), (),
        (
            ("Crocheted granny-square blankets", "knitted_blanket"),
            ("Hand-knitted scarves, hats and mittens", "hand_knitted_accessories"),
        ),
        (
            N("Crochet hooks and circular needles", "hand_knitting_tools"),
        ),
    ),
    Sme(
        "bkn-075", "th", "โรงพยาบาลยโสธรเวชการ", AGI, DOWN, "Yasothon", "yasothonwetchakan@gmail.com",
        (), (),
        (),
        (
            N("ผ้าสต็อกกิเน็ต ม้วน", "tubular_bandage"),
            N("ถุงเท้ากันลื่นสำหรับผู้ป่วยติดเตียง", "non_slip_socks"),
            N(
                "ถุงน่องแรงบีบสำหรับผู้ป่วย ไม่จำเป็นต้องมี ISO 13485",
                "medical_compression_stockings",
                waives=("ISO 13485",),
            ),
        ),
    ),
    Sme(
        "bkn-076", "en", "Pattani Sport Hijab", SPORT, DOWN, "Pattani", "pattanisporthijab@gmail.com",
        ("Halal",), (),
        (("Sport hijabs in cooling jersey, pull-on, 12 colours", "sports_hijab"),),
        (N("Cool-touch wicking polyester jersey for hijabs", "dry_fit_polyester_knit"),),
    ),
    Sme(
        "bkn-077", "th", "ร้านผ้าคลุมฮิญาบ ยะลา", SPORT, DOWN, "Yala", "yala.hijabshop@gmail.com",
        (), (),
        (("ผ้าคลุมผมชีฟอง ขายส่ง", "chiffon_hijab"),),
        (N("ฮิญาบกีฬา ผ้ายืด ต้องมีเครื่องหมายฮาลาล", "sports_hijab", certs=("Halal",)),),
    ),
    Sme(
        "bkn-078", "th", "สหกรณ์ผู้ปลูกฝ้ายเพชรบูรณ์", HEMP, UP, "Phetchabun", "phetchabun.cotton@gmail.com",
        (), ("bio",),
        (("ฝ้ายดอก ฝ้ายทั้งเมล็ด ฤดูกาลใหม่ ตันละ", "seed_cotton"),),
        (U("รถเก็บฝ้ายขนาดเล็ก", "no farm machinery seller in the set"),),
    ),
    Sme(
        "bkn-079", "en", "Prachin Bamboo Yarn Co.", HEMP, UP, "Prachinburi", "sales@prachinbamboo.com",
        (OEKO,), ("bio",),
        (("Bamboo viscose ring-spun 30s and 40s, OEKO-TEX", "bamboo_yarn"),),
        (U("Bamboo pulp or viscose staple from a local source", "no pulp supplier in the set"),),
    ),
    Sme(
        "bkn-080", "en", "Andaman Surf Wear", SPORT, DOWN, "Phang Nga", "surf@andamansurfwear.com",
        (), ("green",),
        (("UPF 50 rash guards and surf leggings", "rash_guard"),),
        (N("Recycled poly-spandex tricot, GRS please", "recycled_polyester_knit_fabric", certs=("GRS",)),),
    ),
    Sme(
        "bkn-081", "th", "โยคะแวร์หัวหิน", SPORT, DOWN, "Prachuap Khiri Khan", "yogawear.huahin@gmail.com",
        (), (),
        (("เลกกิ้งโยคะ สปอร์ตบรา เอวสูง", "yoga_activewear"),),
        (
            N("ผ้ายืดไนลอนสแปนเด็กซ์ หนา ไม่โป๊", "nylon_spandex_tricot"),
            N("ที่รับเย็บเลกกิ้ง ผ้าเรามีเอง", "garment_sewing_service"),
        ),
    ),
)

# ---------------------------------------------------------------- regional mills, shops and buyers

add(
    Sme(
        "bkn-082", "en", "Mekong Cotton Socks", AGI, MID, "Nong Khai", "mekongsocks@gmail.com",
        (), (),
        (("Cotton crew socks, plain or striped, packed by the dozen", "socks"),),
        (
            N("Combed cotton 21s/1 or 32s/2 for socks", "cotton_yarn"),
            N("Who services Lonati sock machines up here?", "sock_machine_repair_service"),
        ),
    ),
    Sme(
        "bkn-083", "th", "โรงงานผ้าสำลีกำแพงเพชร", AGC, MID, "Kamphaeng Phet", "kpp.fleece@gmail.com",
        (), (),
        (("ผ้าสำลี ผ้าฟลีซ ดิบและย้อม สำหรับเสื้อกันหนาว", "fleece_fabric"),),
        (
            N("ด้าย TC เบอร์ 20 สำหรับถักผ้าสำลี", "tc_yarn"),
            U("หม้อไอน้ำ (boiler) มือสอง ขนาด 2 ตัน", "no boiler seller in the set"),
        ),
    ),
    Sme(
        "bkn-084", "en", "Phayao Hoodie Co.", AGC, DOWN, "Phayao", "phayaohoodie@gmail.com",
        (), (),
        (("Pullover and zip hoodies, printed or plain", "hoodie_sweatshirt"),),
        (
            N("Fleece, 300 gsm, grey marl", "fleece_fabric"),
            N("Logo embroidery on finished hoodies", "embroidery_service"),
        ),
    ),
    Sme(
        "bkn-085", "th", "ร้านชุดนักเรียนตราช้างทอง", AGC, DOWN, "Uttaradit", "changthong.uniform@gmail.com",
        (), (),
        (),
        (
            N("ถุงเท้านักเรียน ไม่จำเป็นต้องมี มอก.", "socks", waives=("Thai Industrial Standard",)),
            N("เสื้อสเวตเตอร์นักเรียนสีกรม", "sweater"),
        ),
    ),
    Sme(
        "bkn-086", "en", "Samui Wellness Resort", AGC, DOWN, "Surat Thani", "purchasing@samuiwellness.com",
        ("Thai Green Label",), ("green",),
        (),
        (
            N("Slipper socks with grip soles for spa guests", "non_slip_socks"),
            U("Waffle-knit cotton bathrobes, 300 pcs", "no robe maker in the set"),
        ),
    ),
    Sme(
        "bkn-087", "th", "รับถักไหมพรมตามสั่ง บ้านแม่ถัก", AGI, MID, "Chaiyaphum", "maetak.knit@gmail.com",
        (), (),
        (("รับถักเสื้อ หมวก ผ้าพันคอตามแบบ ลูกค้าส่งไหมพรมมาเอง", "hand_knitting_service"),),
        (N("เข็มถักไม้ไผ่ ไม้โครเชต์", "hand_knitting_tools"),),
    ),
    Sme(
        "bkn-088", "th", "ผ้ากัญชงทอมือ ศรีสัชนาลัย", HEMP, MID, "Sukhothai", "srisatchanalai.hemp@gmail.com",
        ("OTOP",), ("bio",),
        (("ผ้ากัญชงทอมือ ผืนยาว ย้อมคราม/สีเปลือกไม้", "hemp_woven_fabric"),),
        (N("เส้นใยกัญชงเข็นมือ", "hand_spun_hemp_yarn"),),
    ),
    Sme(
        "bkn-089", "th", "โรงถักอีสานนิตติ้ง", AGI, MID, "Udon Thani", "isanknitting@gmail.com",
        (), (),
        (
            ("ผ้ายืดคอตตอนย้อมสีพร้อมตัด 170 แกรม", "cotton_jersey_fabric"),
            ("ผ้ารีบ ทำปกทำแขน", "rib_fabric"),
            ("เศษด้ายเหลือจากหน้าเครื่อง ขายเหมา", "yarn_waste"),
        ),
        (
            N("ด้ายคอตตอน 32", "cotton_yarn"),
            N("ช่างจักรถักวงกลมในภาคอีสาน", "circular_machine_repair_service"),
        ),
    ),
    Sme(
        "bkn-090", "th", "โรงแรมริมโขง มุกดาหาร", AGI, DOWN, "Mukdahan", "rimkhong.hotel@gmail.com",
        (), (),
        (),
        (
            N("ผ้าพันคอถักมือเป็นของที่ระลึกให้แขก", "hand_knitted_accessories"),
            N("ถุงผ้าครามใส่ของขวัญ", "tote_bag"),
        ),
    ),
    Sme(
        "bkn-091", "th", "ร้านถุงเท้าราคาส่ง นครศรีฯ", SPORT, DOWN, "Nakhon Si Thammarat", "nakhonsi.socks@gmail.com",
        (), (),
        (),
        (
            N("ถุงเท้าทำงาน ถุงเท้านักเรียน ราคาโหล", "socks"),
            N("ถุงเท้าฟุตบอล", "sports_socks"),
        ),
    ),
    Sme(
        "bkn-092", "en", "Koh Chang Eco Boutique", HEMP, DOWN, "Trat", "kohchang.eco@gmail.com",
        (), ("green",),
        (),
        (
            N("Hemp T-shirts, GOTS preferred but not required", "hemp_tshirt", waives=("GOTS",)),
            N("Indigo-dyed handwoven cotton bags", "tote_bag"),
        ),
    ),
    Sme(
        "bkn-093", "th", "ร้านรับซื้อเศษด้าย ท่าม่วง", CIRC, UP, "Kanchanaburi", "thamuang.sedday@gmail.com",
        (), ("circular",),
        (("เศษด้ายคัดแยกแล้ว ส่งโรงปั่น", "yarn_waste"),),
        (N("รับซื้อเศษด้าย ด้ายขาด จากโรงถักทุกขนาด", "yarn_waste"),),
    ),
    Sme(
        "bkn-094", "th", "โรงงานกางเกงวอร์มอยุธยา", SPORT, DOWN, "Phra Nakhon Si Ayutthaya", "ayutthaya.warm@gmail.com",
        (), (),
        (("กางเกงวอร์ม ชุดวอร์ม ขายส่ง", "tracksuit"),),
        (
            N("ผ้าวอร์มไมโคร", "dry_fit_polyester_knit"),
            N("ยางยืดขอบเอว", "knitted_elastic_tape"),
        ),
    ),
    Sme(
        "bkn-095", "th", "ศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุ อำนาจเจริญ", AGI, DOWN, "Amnat Charoen",
        "elderly.amnat@gmail.com",
        (), (),
        (),
        (
            N("เสื้อผ้าผู้สูงอายุที่ใส่ง่าย ถอดง่าย", "elderly_adaptive_clothing"),
            N("ผ้าห่มถักผืนเล็ก", "knitted_blanket"),
        ),
    ),
)


# ---------------------------------------------------------------- checks and output

THAI_LO, THAI_HI = "\u0e00", "\u0e7f"


def is_thai(ch: str) -> bool:
    return THAI_LO <= ch <= THAI_HI


def thai_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha() or is_thai(ch)]
    return sum(is_thai(ch) for ch in letters) / len(letters) if letters else 0.0


def latin_only(text: str) -> bool:
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha() or is_thai(ch))


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def names_cert(text: str, cert: str, tax: object) -> bool:
    """Whether `text` names `cert` by its name, an alias or a mention (negated or not)."""
    for c in tax.CERTIFICATIONS:  # type: ignore[attr-defined]
        if c.name == cert:
            forms = (c.name, c.full_name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
            return any(fold(form) in fold(text) for form in forms)
    return False


def qualified(sup: Sme, need: Need) -> bool:
    labels = {label for _, label in sup.offers}
    return bool(labels & set(need.labels)) and set(need.certs) <= set(sup.certs)


def compute_links() -> list[tuple[str, str]]:
    pairs = {
        (sup.id, buyer.id)
        for buyer in SMES
        for need in buyer.needs
        if not need.unmet
        for sup in SMES
        if sup.id != buyer.id and qualified(sup, need)
    }
    return sorted(pairs)


def check(tax: object) -> list[str]:
    errors: list[str] = []
    t = tax

    def err(msg: str) -> None:
        errors.append(msg)

    ids = [s.id for s in SMES]
    if ids != [f"bkn-{i:03d}" for i in range(1, 96)]:
        err("ids must run bkn-001 .. bkn-095 in order, once each")
    subs = {m.value for m in t.SubCluster}  # type: ignore[attr-defined]
    stages = {m.value for m in t.Stage}  # type: ignore[attr-defined]
    bcgs = {m.value for m in t.BcgTag}  # type: ignore[attr-defined]
    names = [s.name for s in SMES]
    if len(set(names)) != len(names):
        err("duplicate business names")
    for s in SMES:
        where = s.id
        if s.lang not in ("th", "en"):
            err(f"{where}: language {s.lang!r}")
        if s.sub not in subs:
            err(f"{where}: sub-cluster {s.sub!r}")
        if s.stage not in stages:
            err(f"{where}: stage {s.stage!r}")
        if t.resolve_province(s.province) is None:  # type: ignore[attr-defined]
            err(f"{where}: province {s.province!r} does not resolve")
        for c in s.certs:
            if t.resolve_certification(c) != c:  # type: ignore[attr-defined]
                err(f"{where}: certification {c!r} is not a canonical name")
        if len(set(s.certs)) != len(s.certs):
            err(f"{where}: repeated certification")
        for b in s.bcg:
            if b not in bcgs:
                err(f"{where}: BCG tag {b!r}")
        if "@" not in s.email or " " in s.email or "." not in s.email.split("@")[-1]:
            err(f"{where}: e-mail {s.email!r}")
        if not 0 <= len(s.offers) <= 4:
            err(f"{where}: {len(s.offers)} offers")
        if not 1 <= len(s.needs) <= 4:
            err(f"{where}: {len(s.needs)} needs")
        if s.lang == "en" and not latin_only(s.name):
            err(f"{where}: English profile name has non-Latin letters")
        if s.lang == "th" and not any(is_thai(ch) for ch in s.name):
            err(f"{where}: Thai profile name has no Thai letters")
        phrases = [text for text, _ in s.offers] + [n.text for n in s.needs]
        if len(set(phrases)) != len(phrases):
            err(f"{where}: repeated phrase")
        for text in phrases:
            if s.lang == "th" and thai_share(text) < 0.5:
                err(f"{where}: Thai phrase is not mostly Thai letters: {text!r}")
            if s.lang == "en" and not latin_only(text):
                err(f"{where}: English phrase has non-Latin letters: {text!r}")
        for text, label in s.offers:
            if not label or not text.strip():
                err(f"{where}: empty offer or label")
        for n in s.needs:
            if bool(n.unmet) == bool(n.labels):
                err(f"{where}: need must have labels or an unmet note, not both: {n.text!r}")
            if set(n.certs) & set(n.waives):
                err(f"{where}: a need both requires and waives a certification")
            for c in (*n.certs, *n.waives):
                if t.resolve_certification(c) != c:  # type: ignore[attr-defined]
                    err(f"{where}: need certification {c!r} is not canonical")
                elif not names_cert(n.text, c, t):
                    err(f"{where}: need does not name {c!r} in its text: {n.text!r}")
            for label in n.labels:
                if not any(label in {lb for _, lb in o.offers} for o in SMES if o.id != s.id):
                    err(f"{where}: label {label!r} is offered by no one else")
            if n.labels and not any(qualified(o, n) for o in SMES if o.id != s.id):
                err(f"{where}: met need has no qualified supplier: {n.text!r}")

    links = compute_links()
    lang = {s.id: s.lang for s in SMES}
    cross = sum(lang[a] != lang[b] for a, b in links)
    needs = [n for s in SMES for n in s.needs]
    unmet = sum(bool(n.unmet) for n in needs)
    th = sum(s.lang == "th" for s in SMES)
    if len(SMES) != 95:
        err(f"{len(SMES)} SMEs, want 95")
    if not 0.50 <= th / len(SMES) <= 0.60:
        err(f"Thai share {th}/{len(SMES)} is not about 55 %")
    if not 140 <= len(links) <= 180:
        err(f"{len(links)} links, want 140-180")
    if links and cross / len(links) < 0.45:
        err(f"cross-language links {cross}/{len(links)} below 45 %")
    if not 15 <= unmet <= 25:
        err(f"{unmet} unmet needs, want 15-25")
    if sum(bool(n.certs) for n in needs) < 8:
        err("too few needs require a certification")
    if sum(bool(n.waives) for n in needs) < 4:
        err("too few needs waive a certification")
    if {s.sub for s in SMES} != subs:
        err("not every sub-cluster is used")
    if {s.stage for s in SMES} != stages:
        err("not every stage is used")
    if len({t.resolve_province(s.province) for s in SMES}) < 40:  # type: ignore[attr-defined]
        err("fewer than 40 provinces")
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


def stats(tax: object) -> list[str]:
    links = compute_links()
    by_id = {s.id: s for s in SMES}
    needs = [n for s in SMES for n in s.needs]
    th_en = sum(by_id[a].lang == "th" and by_id[b].lang == "en" for a, b in links)
    en_th = sum(by_id[a].lang == "en" and by_id[b].lang == "th" for a, b in links)
    regions: dict[str, int] = {}
    for s in SMES:
        region = tax.resolve_province(s.province).region.value  # type: ignore[attr-defined]
        regions[region] = regions.get(region, 0) + 1
    rows = [
        ("profiles", len(SMES)),
        ("th / en", f"{sum(s.lang == 'th' for s in SMES)} / {sum(s.lang == 'en' for s in SMES)}"),
        *((f"sub-cluster {sub}", sum(s.sub == sub for s in SMES)) for sub in (HEMP, CIRC, SPORT, AGC, AGI)),
        *((f"stage {st}", sum(s.stage == st for s in SMES)) for st in (UP, MID, DOWN)),
        *((f"region {r}", regions.get(r, 0)) for r in ("north", "northeast", "central", "east", "west", "south")),
        ("distinct provinces", len({s.province for s in SMES})),
        ("offers", sum(len(s.offers) for s in SMES)),
        ("distinct offer labels", len({lb for s in SMES for _, lb in s.offers})),
        ("needs", len(needs)),
        ("met / unmet needs", f"{sum(not n.unmet for n in needs)} / {sum(bool(n.unmet) for n in needs)}"),
        ("needs requiring a certification", sum(bool(n.certs) for n in needs)),
        ("needs waiving a certification", sum(bool(n.waives) for n in needs)),
        ("true links", len(links)),
        ("links th supplier -> en buyer", th_en),
        ("links en supplier -> th buyer", en_th),
        ("cross-language links", f"{th_en + en_th} ({100 * (th_en + en_th) / len(links):.1f} %)"),
        ("within-language links", len(links) - th_en - en_th),
        ("links between different sub-clusters", sum(by_id[a].sub != by_id[b].sub for a, b in links)),
    ]
    return [f"{k}: {v}" for k, v in rows]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    tax = importlib.import_module("shared.taxonomy")
    errors = check(tax)
    if errors:
        for e in errors:
            print("FAIL", e, file=sys.stderr)
        return 1
    lines = [json.dumps(profile(s), ensure_ascii=False) for s in SMES]
    (HERE / "profiles.jsonl").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(compute_links())
    (HERE / "links.csv").write_bytes(buf.getvalue().encode("utf-8"))
    print("\n".join(stats(tax)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
