"""Write the hand-labelled equestrian evaluation set: profiles.jsonl, links.csv and README.md.

Run from the repository root:

    .venv/bin/python eval/blind_plain_equestrian/write.py

Every offer is a (text, label) pair; every need lists the offer labels that meet it and the
certifications its text requires (or waives), or is marked as met by no one. The true links are
derived from those labels only. The script checks the data first and writes nothing if a check fails.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
taxonomy = importlib.import_module("shared.taxonomy")

ID_PREFIX = "beq"
N_PROFILES = 95
LINKS_MIN, LINKS_MAX = 160, 180
CROSS_SHARE_MIN, CROSS_SHARE_MAX = 0.40, 0.60
THAI_SHARE_MIN, THAI_SHARE_MAX = 0.50, 0.60
UNMET_MIN, UNMET_MAX = 17, 23

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
CEN = "ageing_lifestyle_central"
ISAN = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"

GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ISO9001 = "ISO 9001"
ISO14001 = "ISO 14001"
BLUESIGN = "bluesign"
TIS = "Thai Industrial Standard"
FAIRTRADE = "Fairtrade"

# What each offer label means. A need lists the labels that would meet it.
LABELS: dict[str, str] = {
    "hemp_fibre_raw": "raw or decorticated hemp bast fibre, not yet spun",
    "hemp_hurd_bedding": "hemp hurd (core) used as stall bedding",
    "hemp_yarn": "hemp yarn, hand or machine spun",
    "hemp_fabric": "woven hemp or hemp-blend cloth by the metre",
    "hemp_rope": "hemp rope by the metre or coil",
    "cotton_fibre_raw": "ginned cotton lint, not yet spun",
    "cotton_yarn": "cotton yarn, handspun or mill spun",
    "yarn_spinning_service": "spinning the customer's own fibre into yarn",
    "greige_cotton_fabric": "unbleached, undyed woven cotton cloth",
    "cotton_canvas_fabric": "heavy cotton canvas or duck",
    "cotton_rope": "braided or twisted cotton rope by the metre",
    "polyester_rope": "braided polyester rope by the metre",
    "indigo_dye_paste": "fermented indigo or Strobilanthes dye paste (dye material)",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with natural indigo",
    "indigo_dyeing_service": "dyeing the customer's goods with natural indigo",
    "natural_dyeing_service": "dyeing the customer's goods with plant dyes other than indigo",
    "fabric_dyeing_service": "dyeing the customer's cloth with synthetic (reactive, disperse) dyes",
    "dyed_cotton_fabric": "cotton cloth dyed with synthetic dyes, sold as cloth",
    "silk_yarn": "reeled Thai silk yarn",
    "silk_fabric": "handwoven Thai silk cloth",
    "kapok_fibre": "kapok fibre for filling",
    "recycled_polyester_fibre": "recycled polyester staple fibre (from bottles)",
    "recycled_polyester_yarn": "recycled polyester filament or spun yarn",
    "recycled_nylon_yarn": "recycled nylon yarn",
    "recycled_cotton_fibre": "shredded cotton fibre recovered from textile waste",
    "textile_cutting_waste": "cutting-room scraps and offcuts sold or given as waste",
    "used_fishing_net": "discarded nylon fishing nets",
    "used_horse_blanket": "second-hand or worn-out horse rugs",
    "ripstop_fabric": "coated polyester or nylon ripstop / oxford for rugs",
    "waterproof_breathable_fabric": "laminated waterproof breathable fabric",
    "waterproof_coating_service": "coating the customer's cloth to make it waterproof",
    "mesh_fabric": "knitted mesh for fly sheets",
    "fleece_fabric": "polar fleece by the metre",
    "stretch_knit_fabric": "four-way stretch knit for breeches",
    "wicking_knit_fabric": "moisture-wicking polyester knit by the metre",
    "quilted_cotton_fabric": "ready quilted cotton cloth by the metre",
    "quilting_service": "quilting the customer's own cloth",
    "polyester_wadding": "polyester batting / wadding in rolls",
    "needle_felt": "needle-punched felt sheet",
    "webbing_strap": "nylon or polypropylene webbing tape",
    "metal_hardware": "snap hooks, buckles, D-rings, clips",
    "sewing_thread": "sewing thread on cones or spools",
    "cut_and_sew_service": "sewing products for a customer (CMT)",
    "embroidery_service": "embroidering logos or names on the customer's goods",
    "silicone_grip_printing_service": "printing silicone grip on the customer's breeches",
    "sublimation_printing_service": "sublimation printing on the customer's polyester",
    "rug_wash_repair_service": "washing, reproofing and mending horse rugs",
    "pakhaoma_cloth": "pha khao ma, the checked all-purpose cotton cloth",
    "saddle_pad": "saddle pads and numnahs",
    "horse_blanket": "new horse rugs (turnout and stable rugs)",
    "horse_sheet": "light cotton horse sheets and coolers, not rugs",
    "fly_sheet": "fly sheets and fly rugs",
    "fly_veil": "fly bonnets, ear nets and fly masks",
    "polo_wraps": "polo wraps and leg bandages",
    "lead_rope": "lead ropes for horses",
    "halter": "halters (head collars)",
    "hay_net": "hay nets",
    "riding_breeches": "riding breeches and riding trousers",
    "riding_shirt": "riding and show shirts",
    "polo_shirt": "collared knit polo shirts (the garment)",
    "team_sports_shirt": "printed team match shirts",
    "therapy_riding_belt": "vaulting surcingles and therapy riding belts with handles",
    "seat_cushion_elderly": "pressure-relief seat cushions for older people",
    "stock_tie": "stock ties for riders",
    "upcycled_tote_bag": "tote bags made from used textiles",
}


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str = ""


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive, note)


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    mailbox: str
    offers: list[tuple[str, str]] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"


# ------------------------------------------------------------------ upstream, 001-018

PART_1: list[Sme] = [
    Sme(
        1,
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        "maesamai.hemp",
        [("ใยกัญชงลอกมือ ตากแห้ง มัดละ 5 กก.", "hemp_fibre_raw"), ("ด้ายกัญชงเข็นมือ สีธรรมชาติ", "hemp_yarn")],
        [unmet("อยากได้เครื่องลอกเปลือกกัญชง แบบมือหมุน", "machinery; no one in the set sells machines")],
        (ORG_TH,),
        ("bio",),
    ),
    Sme(
        2,
        "en",
        "Tak Highland Hemp Co., Ltd.",
        HEMP,
        UP,
        "Tak",
        "takhemp",
        [
            ("Decorticated hemp bast fibre, 50 kg bales", "hemp_fibre_raw"),
            ("Hemp hurd stall bedding, dust extracted, 20 kg bag", "hemp_hurd_bedding"),
        ],
        [need("Someone to turn our decorticated fibre into yarn on contract", "yarn_spinning_service")],
        (),
        ("bio", "green"),
    ),
    Sme(
        3,
        "th",
        "กลุ่มปั่นด้ายกัญชงเขาค้อ",
        HEMP,
        UP,
        "Phetchabun",
        "khaokho.hempyarn",
        [("เส้นด้ายกัญชง เบอร์ 8 ปั่นเครื่อง ม้วนละ 1 กก.", "hemp_yarn")],
        [need("ต้องการเปลือกกัญชงแห้งหรือเส้นใยดิบ ส่งทุกเดือน", "hemp_fibre_raw")],
        (),
        ("bio",),
    ),
    Sme(
        4,
        "th",
        "ไร่ฝ้ายนาแห้ว",
        HEMP,
        UP,
        "Loei",
        "nahaeo.cotton",
        [("ปุยฝ้ายตุ่น ฝ้ายขาว อีดเมล็ดออกแล้ว ขายเป็นกิโล", "cotton_fibre_raw")],
        [unmet("เมล็ดพันธุ์ฝ้ายสีตุ่น สำหรับปลูกรอบหน้า", "seed for planting; no seed seller in the set")],
        (),
        ("bio",),
    ),
    Sme(
        5,
        "en",
        "Nan Handspun Cooperative",
        HEMP,
        UP,
        "Nan",
        "nanhandspun",
        [
            ("Handspun cotton yarn, natural brown and white, from 2 kg", "cotton_yarn"),
            ("Hand spinning of your cotton or hemp fibre, priced per kg", "yarn_spinning_service"),
        ],
        [need("raw cotton lint, seeds removed", "cotton_fibre_raw")],
        (),
        ("bio",),
    ),
    Sme(
        6,
        "th",
        "กลุ่มครามบ้านดอนกอย",
        HEMP,
        UP,
        "Sakon Nakhon",
        "donkoy.indigo",
        [
            ("เนื้อครามเปียก ครามหมัก กก.ละ 250 บาท", "indigo_dye_paste"),
            ("ผ้าฝ้ายทอมือ ย้อมครามธรรมชาติ", "indigo_dyed_cotton_fabric"),
        ],
        [need("ผ้าพื้นสีขาวทอมือ เอาไปลงหม้อคราม", "greige_cotton_fabric")],
        (OTOP,),
        ("bio",),
    ),
    Sme(
        7,
        "en",
        "Mahachai Textile Recovery",
        CIRC,
        UP,
        "Samut Sakhon",
        "mahachai.recovery",
        [("Shredded cotton fibre from factory waste, for stuffing or re-spinning", "recycled_cotton_fibre")],
        [need("Cutting-room scraps from garment makers, cotton or poly-cotton", "textile_cutting_waste")],
        (GRS,),
        ("circular",),
    ),
    Sme(
        8,
        "th",
        "บริษัท อีสเทิร์นรีไฟเบอร์ จำกัด",
        CIRC,
        UP,
        "Chonburi",
        "easternrefibre",
        [("ใยโพลีเอสเตอร์รีไซเคิลจากขวดเพ็ท ใยสั้น 6 ดีเนียร์", "recycled_polyester_fibre")],
        [unmet("ขวดเพ็ทใสอัดก้อน รับซื้อเป็นตัน", "bottle bales; no bottle collector in the set")],
        (GRS,),
        ("circular",),
    ),
    Sme(
        9,
        "en",
        "RePoly Yarn Thailand",
        CIRC,
        UP,
        "Pathum Thani",
        "repolyyarn",
        [("rPET filament yarn 150D/48F, dope-dyed black", "recycled_polyester_yarn")],
        [need("Recycled staple fibre from bottle flake, GRS certified", "recycled_polyester_fibre", req=(GRS,))],
        (GRS, OEKO),
        ("circular",),
    ),
    Sme(
        10,
        "th",
        "ร้านม้าเก่าเล่าใหม่",
        CIRC,
        DOWN,
        "Nakhon Pathom",
        "mamao.used",
        [("ผ้าห่มม้ามือสอง ซักอบแล้ว ไซส์ 5'9 ถึง 6'6", "used_horse_blanket")],
        [need("หาช่างซ่อมผ้าคลุมม้า สายรัดขาด ตะเข็บแตก", "rug_wash_repair_service")],
        (),
        ("circular",),
    ),
    Sme(
        11,
        "th",
        "กลุ่มประมงพื้นบ้านเกาะยอ",
        CIRC,
        UP,
        "Songkhla",
        "koyo.fishers",
        [("อวนไนลอนเก่า ล้างแล้ว มัดเป็นก้อน", "used_fishing_net")],
        [],
        (),
        ("circular",),
    ),
    Sme(
        12,
        "en",
        "Kapok & Co. Chiang Rai",
        HEMP,
        UP,
        "Chiang Rai",
        "kapokco",
        [("Kapok fibre (nun), cleaned, 10 kg sacks", "kapok_fibre")],
        [need("Someone to sew kapok pillows under our brand", "cut_and_sew_service")],
        (),
        ("bio",),
    ),
    Sme(
        13,
        "th",
        "กลุ่มเลี้ยงไหมบ้านหนองบัวดีหมี",
        ISAN,
        UP,
        "Khon Kaen",
        "nongbua.silk",
        [("เส้นไหมน้อย ไหมพื้นบ้าน สาวมือ", "silk_yarn")],
        [unmet("ไข่ไหมพันธุ์ไทยเหลือง", "silkworm eggs; no one in the set sells them")],
        (),
        ("bio",),
    ),
    Sme(
        14,
        "en",
        "Central Plains Cotton",
        HEMP,
        UP,
        "Nakhon Sawan",
        "cpcotton",
        [
            ("Ginned cotton lint, 200 kg press bales", "cotton_fibre_raw"),
            ("Organic ring-spun cotton yarn Ne 20/1, GOTS", "cotton_yarn"),
        ],
        [],
        (GOTS,),
        ("bio",),
    ),
    Sme(
        15,
        "th",
        "ร้านรับซื้อเศษผ้าโบ๊เบ๊",
        CIRC,
        UP,
        "Bangkok",
        "bobae.scrap",
        [("เศษผ้ายืดคละสี ขายเป็นกระสอบ", "textile_cutting_waste")],
        [need("รับซื้อเศษผ้าจากห้องตัดทุกชนิด ไปรับถึงโรงงาน", "textile_cutting_waste")],
        (),
        ("circular",),
    ),
    Sme(
        16,
        "en",
        "NetLoop Recycled Nylon",
        CIRC,
        UP,
        "Rayong",
        "netloop",
        [("Recycled nylon 6 yarn from fishing nets, 210D", "recycled_nylon_yarn")],
        [need("Discarded fishing nets, nylon, any colour", "used_fishing_net")],
        (GRS,),
        ("circular",),
    ),
    Sme(
        17,
        "th",
        "วิสาหกิจชุมชนฝ้ายบ้านนาโพธิ์",
        HEMP,
        UP,
        "Buriram",
        "napho.cotton",
        [("ฝ้ายเข็นมือ เส้นเล็ก สีขาวธรรมชาติ", "cotton_yarn")],
        [need("ฝ้ายเป็นปุยจากไร่ อีดแล้ว", "cotton_fibre_raw")],
        (),
        ("bio",),
    ),
    Sme(
        18,
        "en",
        "Second Stride Tack Exchange",
        CIRC,
        DOWN,
        "Nonthaburi",
        "secondstride",
        [("Pre-owned turnout rugs, washed, graded A/B", "used_horse_blanket")],
        [need("Repairs to torn rugs and broken leg straps", "rug_wash_repair_service")],
        (),
        ("circular",),
    ),
]

PART_2: list[Sme] = [
    Sme(
        19,
        "th",
        "ผ้าทอกัญชงแม่แจ่ม",
        HEMP,
        MID,
        "Chiang Mai",
        "maechaem.hemp",
        [("ผ้ากัญชงทอมือ หน้ากว้าง 90 ซม.", "hemp_fabric")],
        [need("ด้ายใยกัญชงเส้นใหญ่ ใช้เป็นเส้นพุ่ง", "hemp_yarn")],
        (OTOP,),
        ("bio",),
    ),
    Sme(
        20,
        "en",
        "Lanna Hemp Mill",
        HEMP,
        MID,
        "Chiang Mai",
        "lannahempmill",
        [("Hemp canvas 12 oz, loom state", "hemp_fabric"), ("Hemp/cotton twill 280 gsm", "hemp_fabric")],
        [need("Machine-spun hemp yarn Nm 6, 500 kg a month", "hemp_yarn")],
        (OEKO,),
        ("bio", "green"),
    ),
    Sme(
        21,
        "th",
        "หม้อห้อมแม่นาย ทุ่งโฮ้ง",
        HEMP,
        MID,
        "Phrae",
        "maenai.morhom",
        [
            ("ผ้าหม้อห้อมย้อมห้อมแท้ ผ้าฝ้ายโทเร", "indigo_dyed_cotton_fabric"),
            ("รับย้อมห้อมผ้าของลูกค้า ขั้นต่ำ 20 เมตร", "indigo_dyeing_service"),
        ],
        [need("เนื้อห้อมหรือครามหมัก พร้อมก่อหม้อ", "indigo_dye_paste")],
        (OTOP,),
        ("bio",),
    ),
    Sme(
        22,
        "en",
        "Sakon Indigo Studio",
        HEMP,
        MID,
        "Sakon Nakhon",
        "sakonindigo",
        [
            ("Natural indigo dyeing on your fabric or finished garments", "indigo_dyeing_service"),
            ("Khram-dyed handwoven cotton by the metre", "indigo_dyed_cotton_fabric"),
        ],
        [need("Fermented indigo paste, 50 kg/month", "indigo_dye_paste")],
        (),
        ("bio",),
    ),
    Sme(
        23,
        "th",
        "โรงย้อมมหาชัยเท็กซ์ไทล์",
        CIRC,
        MID,
        "Samut Sakhon",
        "mahachai.dye",
        [
            ("รับย้อมผ้าทอ ผ้าถัก สีรีแอคทีฟ ขั้นต่ำ 300 กก.", "fabric_dyeing_service"),
            ("ผ้าคอตตอนทวิลย้อมสีพร้อมส่ง สีกรม ดำ เทา", "dyed_cotton_fabric"),
        ],
        [unmet("หม้อย้อมแรงดันสูง มือสอง", "dyeing machinery; no one in the set sells it")],
        (OEKO, ISO14001),
        ("green",),
    ),
    Sme(
        24,
        "en",
        "Siam Technical Fabrics",
        SPORT,
        MID,
        "Samut Prakan",
        "siamtechfab",
        [
            ("1200D ripstop polyester, PU coated, for horse rugs", "ripstop_fabric"),
            ("3-layer waterproof breathable laminate", "waterproof_breathable_fabric"),
        ],
        [need("GRS recycled filament yarn for the ripstop line", "recycled_polyester_yarn", req=(GRS,))],
        (OEKO, ISO9001),
        (),
    ),
    Sme(
        25,
        "th",
        "บริษัท ผ้าร่มบางพลี จำกัด",
        SPORT,
        MID,
        "Samut Prakan",
        "bangplee.fabric",
        [("ผ้าร่มริปสต็อป 420D เคลือบกันน้ำ หน้ากว้าง 60 นิ้ว", "ripstop_fabric")],
        [need("ด้ายไนลอนรีไซเคิล 210D ไม่ต้องมี GRS", "recycled_nylon_yarn", waive=(GRS,))],
        (),
        (),
    ),
    Sme(
        26,
        "th",
        "โรงงานถักตาข่ายสามพราน",
        SPORT,
        MID,
        "Nakhon Pathom",
        "sampran.mesh",
        [
            ("ผ้าตาข่ายโพลีเอสเตอร์ ตาถี่ กันแมลง ทนแดด", "mesh_fabric"),
            ("ผ้าฟลีซขนนุ่ม 300 แกรม", "fleece_fabric"),
        ],
        [need("เส้นด้ายโพลีเอสเตอร์รีไซเคิล แบบเส้นใยยาว", "recycled_polyester_yarn")],
        (OEKO,),
        (),
    ),
    Sme(
        27,
        "en",
        "Rangsit Knit Mill",
        SPORT,
        MID,
        "Pathum Thani",
        "rangsitknit",
        [
            ("Polar fleece 280 gsm, anti-pill, 40 colours", "fleece_fabric"),
            ("4-way stretch nylon/spandex 260 gsm for breeches", "stretch_knit_fabric"),
        ],
        [need("Nylon 6 yarn, recycled content OK", "recycled_nylon_yarn")],
        (),
        (),
    ),
    Sme(
        28,
        "th",
        "บริษัท ยืดดีเท็กซ์ไทล์ จำกัด",
        SPORT,
        MID,
        "Bangkok",
        "yuetdee.textile",
        [
            ("ผ้าไมโครโพลี ดรายฟิต ระบายเหงื่อ", "wicking_knit_fabric"),
            ("ผ้ายืดสี่ทาง สแปนเด็กซ์ เนื้อหนา กันยูวี", "stretch_knit_fabric"),
        ],
        [unmet("เส้นด้ายสแปนเด็กซ์ 40 ดีเนียร์", "elastane yarn; no one in the set makes it")],
        (BLUESIGN,),
        (),
    ),
    Sme(
        29,
        "en",
        "Krungthep Webbing & Hardware",
        SPORT,
        MID,
        "Bangkok",
        "kthwebbing",
        [
            ("Nylon webbing 25/38/50 mm, 30 colours", "webbing_strap"),
            ("Brass snap hooks, buckles and D-rings, wholesale", "metal_hardware"),
        ],
        [need("Polyester yarn made from recycled bottles, for our narrow looms", "recycled_polyester_yarn")],
        (),
        (),
    ),
    Sme(
        30,
        "th",
        "ร้านสายกระเป๋าพระประแดง",
        SPORT,
        MID,
        "Samut Prakan",
        "phrapradaeng.strap",
        [("สายเทปไนลอน สายพีพี ม้วนละ 50 หลา", "webbing_strap")],
        [need("หัวเข็มขัด ห่วงดี ตะขอก้ามปู ทองเหลือง", "metal_hardware")],
        (),
        (),
    ),
    Sme(
        31,
        "th",
        "โรงงานเชือกโพธาราม",
        HEMP,
        MID,
        "Ratchaburi",
        "photharam.rope",
        [
            ("เชือกฝ้ายถักกลม 12-16 มม. ขายเป็นเมตร", "cotton_rope"),
            ("เชือกโพลีเอสเตอร์ถัก นิ่ม ไม่บาดมือ", "polyester_rope"),
        ],
        [need("ด้ายฝ้าย OE เบอร์ 10 สำหรับตีเชือก", "cotton_yarn")],
        (),
        (),
    ),
    Sme(
        32,
        "en",
        "Doi Rope Works",
        HEMP,
        MID,
        "Chiang Mai",
        "doirope",
        [("Braided cotton rope 16 mm, natural", "cotton_rope"), ("3-strand hemp rope 12 mm", "hemp_rope")],
        [need("Coarse hemp yarn for rope laying", "hemp_yarn")],
        (),
        ("bio",),
    ),
    Sme(
        33,
        "th",
        "บริษัท ควิลท์ไทย จำกัด",
        SPORT,
        MID,
        "Nonthaburi",
        "quiltthai",
        [
            ("ผ้าควิลท์ฝ้าย บุใย 4 ออนซ์ ลายข้าวหลามตัด", "quilted_cotton_fabric"),
            ("รับเดินควิลท์บนผ้าที่ลูกค้าส่งมา", "quilting_service"),
        ],
        [
            need("ใยแผ่นสำหรับบุ 150-200 แกรม", "polyester_wadding"),
            need("ผ้าคอตตอนสีธรรมชาติจากกี่ ใช้รองหลังงานควิลท์", "greige_cotton_fabric"),
        ],
        (),
        (),
    ),
    Sme(
        34,
        "en",
        "Batting Solutions Asia",
        SPORT,
        MID,
        "Nakhon Pathom",
        "battingsolutions",
        [("Polyester wadding 100-300 gsm, rolls", "polyester_wadding"), ("Needle-punched felt 5-10 mm", "needle_felt")],
        [need("Hollow conjugated PSF, recycled", "recycled_polyester_fibre")],
        (),
        (),
    ),
    Sme(
        35,
        "th",
        "บริษัท ใยดีรีไซเคิล จำกัด",
        CIRC,
        MID,
        "Chonburi",
        "yaidee.recycle",
        [("ใยบุแผ่นจากเส้นใยรีไซเคิล ม้วนละ 50 เมตร", "polyester_wadding")],
        [need("ใยขวดพลาสติกรีไซเคิล ใยสั้น", "recycled_polyester_fibre")],
        (GRS,),
        ("circular",),
    ),
    Sme(
        36,
        "th",
        "กลุ่มทอผ้าผู้สูงอายุบ้านโนนสะอาด",
        ISAN,
        MID,
        "Khon Kaen",
        "nonsaat.weavers",
        [
            ("ผ้าฝ้ายดิบทอมือ ไม่ฟอก ไม่ย้อม", "greige_cotton_fabric"),
            ("ผ้าขาวม้าลายตาหมากรุก ทอมือ", "pakhaoma_cloth"),
        ],
        [need("ฝ้ายเข็นมือ หรือด้ายฝ้ายโรงงานก็ได้", "cotton_yarn")],
        (OTOP,),
        ("bio",),
    ),
    Sme(
        37,
        "en",
        "Bangkok Canvas Mill",
        SPORT,
        MID,
        "Bangkok",
        "bkkcanvas",
        [("Cotton canvas 10-18 oz, greige or dyed", "cotton_canvas_fabric")],
        [
            need("Carded cotton yarn Ne 10 and Ne 12", "cotton_yarn"),
            unmet(
                "Fairtrade cotton yarn for an export order",
                "no yarn seller holds Fairtrade",
                "cotton_yarn",
                req=(FAIRTRADE,),
            ),
        ],
        (ISO9001,),
        (),
    ),
    Sme(
        38,
        "th",
        "โรงงานผ้าใบลำลูกกา",
        SPORT,
        MID,
        "Pathum Thani",
        "lamlukka.canvas",
        [
            ("ผ้าใบคอตตอน ผ้าแคนวาส เบอร์ 8 ถึง 12", "cotton_canvas_fabric"),
            ("รับเคลือบกันน้ำบนผ้าของลูกค้า", "waterproof_coating_service"),
        ],
        [unmet("น้ำยาเคลือบกันน้ำ ปลอดสาร PFC", "coating chemical; no chemical seller in the set")],
        (),
        (),
    ),
    Sme(
        39,
        "en",
        "StitchPro CMT",
        SPORT,
        MID,
        "Bangkok",
        "stitchprocmt",
        [
            ("Cut-make-trim for sportswear and technical textiles, MOQ 300", "cut_and_sew_service"),
            ("Cutting-room waste, polyester and nylon, free pick-up", "textile_cutting_waste"),
        ],
        [need("Outdoor-grade thread for rug seams", "sewing_thread")],
        (ISO9001,),
        (),
    ),
    Sme(
        40,
        "th",
        "โรงงานตัดเย็บกระทุ่มแบน",
        SPORT,
        MID,
        "Samut Sakhon",
        "krathumbaen.sew",
        [
            ("รับจ้างตัดเย็บ ขั้นต่ำ 100 ชิ้น ผ้าลูกค้า", "cut_and_sew_service"),
            ("เศษผ้าจากห้องตัด ขายเหมาเป็นกระสอบ", "textile_cutting_waste"),
        ],
        [need("ด้ายเย็บโพลีเอสเตอร์ หลอดใหญ่ 5,000 เมตร", "sewing_thread")],
        (),
        (),
    ),
    Sme(
        41,
        "th",
        "ร้านด้ายเย็บผ้ากรุงเก่า",
        CEN,
        MID,
        "Ayutthaya",
        "krunggao.thread",
        [("ด้ายเย็บตราม้าบิน เบอร์ 40/2 ยกโหล", "sewing_thread")],
        [],
        (),
        (),
    ),
    Sme(
        42,
        "en",
        "Thread & Trim Supply",
        SPORT,
        MID,
        "Bangkok",
        "threadtrim",
        [("Bonded polyester and nylon thread, Tex 40-70, cones", "sewing_thread")],
        [unmet("Aramid (Kevlar) thread on cones", "aramid thread; nobody in the set sells it")],
        (),
        (),
    ),
    Sme(
        43,
        "th",
        "ร้านปักโลโก้ ประตูน้ำ",
        SPORT,
        MID,
        "Bangkok",
        "pratunam.embroidery",
        [("รับปักโลโก้ ปักชื่อ บนเสื้อ เบาะรองอาน ผ้าห่มม้า", "embroidery_service")],
        [unmet("ด้ายปักเรยอน 120 สี", "rayon embroidery thread; the thread sellers here sell sewing thread")],
        (),
        (),
    ),
    Sme(
        44,
        "en",
        "Northern Stitch Embroidery",
        SPORT,
        MID,
        "Chiang Mai",
        "northernstitch",
        [("Computer embroidery of logos and names, from 10 pieces", "embroidery_service")],
        [unmet("Tear-away embroidery backing", "stabiliser; no one offers it")],
        (),
        (),
    ),
    Sme(
        45,
        "en",
        "GripTech Printing",
        SPORT,
        MID,
        "Bangkok",
        "griptech",
        [("Silicone grip printing on breeches seats and knee patches", "silicone_grip_printing_service")],
        [],
        (),
        (),
    ),
    Sme(
        46,
        "th",
        "สกรีนซับลิเมชั่นศรีราชา",
        SPORT,
        MID,
        "Chonburi",
        "sriracha.sublimation",
        [
            ("รับพิมพ์ซับลิเมชั่น ผ้าโพลี ทุกลาย", "sublimation_printing_service"),
            ("เสื้อกีฬาพิมพ์ลายทั้งตัว สั่งทำทีม ใส่เบอร์", "team_sports_shirt"),
        ],
        [need("ผ้าดรายฟิตสีขาว สำหรับพิมพ์ลาย", "wicking_knit_fabric")],
        (),
        (),
    ),
    Sme(
        47,
        "en",
        "CoolKnit Textiles",
        SPORT,
        MID,
        "Samut Sakhon",
        "coolknit",
        [("Moisture-wicking pique knit, 160 gsm", "wicking_knit_fabric")],
        [need("Reactive dyeing of our greige knit at an OEKO-TEX dyehouse", "fabric_dyeing_service", req=(OEKO,))],
        (),
        (),
    ),
    Sme(
        48,
        "th",
        "กลุ่มทอผ้าไหมบ้านท่าสว่าง",
        ISAN,
        MID,
        "Surin",
        "thasawang.silk",
        [("ผ้าไหมทอมือ ตรานกยูงพระราชทาน สีทอง", "silk_fabric")],
        [need("ไหมบ้านสำหรับเส้นพุ่ง", "silk_yarn")],
        (PEACOCK, OTOP),
        ("bio",),
    ),
    Sme(
        49,
        "en",
        "Rug Doctor Equine Laundry",
        SPORT,
        MID,
        "Bangkok",
        "rugdoctor",
        [("Horse rug washing, reproofing and repair", "rug_wash_repair_service")],
        [need("Replacement leg straps, surcingle buckles and clips", "metal_hardware", "webbing_strap")],
        (),
        ("circular",),
    ),
    Sme(
        50,
        "th",
        "ร้านซ่อมผ้าห่มม้า แม่ริม",
        SPORT,
        MID,
        "Chiang Mai",
        "maerim.rugrepair",
        [("รับซัก ซ่อม ผ้าห่มม้า ผ้าคลุมกันแมลง", "rug_wash_repair_service")],
        [need("ผ้าร่มกันน้ำ ชิ้นเล็ก สำหรับปะ", "ripstop_fabric")],
        (),
        ("circular",),
    ),
]
PART_3: list[Sme] = [
    Sme(
        51,
        "th",
        "บริษัท อาชาแทค จำกัด",
        SPORT,
        DOWN,
        "Nonthaburi",
        "achatack",
        [
            ("เบาะรองอานทรงเหลี่ยม ผ้าควิลท์ ปักชื่อได้", "saddle_pad"),
            ("ผ้าพันขาม้า ผ้าฟลีซ ชุดละ 4 ม้วน", "polo_wraps"),
        ],
        [
            need("ผ้าควิลท์สำเร็จรูป พร้อมตัด", "quilted_cotton_fabric"),
            need("ผ้าฟลีซ ผ่านมาตรฐาน OEKO-TEX", "fleece_fabric", req=(OEKO,)),
        ],
        (),
        (),
    ),
    Sme(
        52,
        "en",
        "Equus Atelier Bangkok",
        SPORT,
        DOWN,
        "Bangkok",
        "equusatelier",
        [("Numnahs, dressage and jump cut, sheepskin-look lining", "saddle_pad")],
        [
            need("Quilting on our own shell fabric, 500 m a month", "quilting_service"),
            need("Kapok or other natural filling", "kapok_fibre"),
            need("Club logo embroidery", "embroidery_service"),
        ],
        (),
        (),
    ),
    Sme(
        53,
        "th",
        "ม้าคราม แฮนด์เมด",
        SPORT,
        DOWN,
        "Chiang Mai",
        "makhram.handmade",
        [
            ("เบาะรองอานผ้าฝ้ายทอมือ ย้อมคราม", "saddle_pad"),
            ("เชือกจูงม้า เชือกฝ้ายถัก ตะขอทองเหลือง", "lead_rope"),
        ],
        [
            need("ผ้าครามแท้ สีไม่ตก ห้ามใช้สีสังเคราะห์", "indigo_dyed_cotton_fabric"),
            need("เชือกถักเส้นโต 16 มิล", "cotton_rope", "polyester_rope"),
        ],
        (OTOP,),
        ("bio",),
    ),
    Sme(
        54,
        "en",
        "Stable Line Horsewear",
        SPORT,
        DOWN,
        "Nakhon Pathom",
        "stableline",
        [
            ("Turnout rugs 1200D, 200 g fill, 5'6-7'0", "horse_blanket"),
            ("Fly sheets with belly band and neck cover", "fly_sheet"),
        ],
        [
            need("Waterproof ripstop outer fabric, 1200 denier", "ripstop_fabric"),
            need("Fine fly mesh, UV stable", "mesh_fabric"),
            need("T-bar buckles and trigger clips", "metal_hardware"),
        ],
        (OEKO,),
        (),
    ),
    Sme(
        55,
        "th",
        "โรงงานผ้าห่มม้าบางบ่อ",
        SPORT,
        DOWN,
        "Samut Prakan",
        "bangbo.horserug",
        [
            ("ผ้าห่มม้ากันน้ำ บุใย ใช้ในคอกและปล่อยแปลง", "horse_blanket"),
            ("ผ้าคลุมตัวม้ากันยุง ผ้าตาข่าย", "fly_sheet"),
        ],
        [
            need("ใยบุ 200 แกรม ม้วนยาว", "polyester_wadding"),
            need("สายรัดไนลอน กว้าง 50 มม.", "webbing_strap"),
        ],
        (),
        (),
    ),
    Sme(
        56,
        "en",
        "Saddle Up Riding Wear",
        SPORT,
        DOWN,
        "Bangkok",
        "saddleup",
        [
            ("Full-seat silicone breeches, ladies and kids", "riding_breeches"),
            ("White competition shirts, stretch", "riding_shirt"),
        ],
        [
            need("4-way stretch fabric, bluesign preferred but not required", "stretch_knit_fabric", waive=(BLUESIGN,)),
            need("Silicone seat printing", "silicone_grip_printing_service"),
            need("CMT for breeches, 300 pcs per style", "cut_and_sew_service"),
        ],
        (OEKO,),
        (),
    ),
    Sme(
        57,
        "th",
        "กางเกงขี่ม้า ไทยเมด",
        SPORT,
        DOWN,
        "Bangkok",
        "thaimade.breeches",
        [("กางเกงขี่ม้า เต็มก้นและแบบเข่า ผ้ายืด", "riding_breeches")],
        [
            need("ผ้ายืดสี่ทาง ต้องได้รับรอง bluesign", "stretch_knit_fabric", req=(BLUESIGN,)),
            need("พิมพ์ซิลิโคนกันลื่นที่เป้ากางเกง", "silicone_grip_printing_service"),
        ],
        (),
        (),
    ),
    Sme(
        58,
        "th",
        "ร้านเชือกจูงม้าโคราช",
        SPORT,
        DOWN,
        "Nakhon Ratchasima",
        "korat.leadrope",
        [
            ("เชือกจูงม้า ยาว 2.5 เมตร ตะขอทองเหลือง", "lead_rope"),
            ("ขลุมม้าสายไนลอน ปรับขนาดได้", "halter"),
        ],
        [
            need("เชือกใยสังเคราะห์ เส้นนุ่ม ทำเชือกจูง", "polyester_rope"),
            need("ตะขอก้ามปู ห่วงสี่เหลี่ยม", "metal_hardware"),
        ],
        (),
        (),
    ),
    Sme(
        59,
        "en",
        "Hill Halters Chiang Mai",
        SPORT,
        DOWN,
        "Chiang Mai",
        "hillhalters",
        [("Hand-tied rope halters, 4 sizes", "halter"), ("Hemp lead ropes, 3 m", "lead_rope")],
        [
            need("Hemp rope by the coil", "hemp_rope"),
            need("soft braided rope for halters", "cotton_rope", "polyester_rope"),
        ],
        (),
        ("bio",),
    ),
    Sme(
        60,
        "th",
        "กลุ่มแม่บ้านถักโครเชต์บ้านหนองแวง",
        ISAN,
        DOWN,
        "Roi Et",
        "nongwaeng.crochet",
        [("หมวกม้าถักโครเชต์ ปิดหู กันแมลง", "fly_veil")],
        [need("ด้ายคอตตอนสำหรับถักโครเชต์", "cotton_yarn")],
        (OTOP,),
        (),
    ),
    Sme(
        61,
        "en",
        "Bonnets & Bows Equestrian",
        SPORT,
        DOWN,
        "Bangkok",
        "bonnetsbows",
        [("Fly bonnets and ear nets, custom colours", "fly_veil")],
        [need("A village group to crochet bonnets to our pattern", "fly_veil")],
        (),
        (),
    ),
    Sme(
        62,
        "th",
        "แสนดีกัญชง",
        HEMP,
        DOWN,
        "Chiang Mai",
        "saendee.hemp",
        [("เบาะรองอานผ้ากัญชง ยัดนุ่น", "saddle_pad")],
        [
            need("ผ้ากัญชงเป็นผืน สำหรับตัด", "hemp_fabric"),
            need("นุ่นปั่นสะอาด", "kapok_fibre"),
            unmet("ผ้ากัญชงที่ได้ GOTS", "no hemp weaver in the set holds GOTS", "hemp_fabric", req=(GOTS,)),
        ],
        (),
        ("bio",),
    ),
    Sme(
        63,
        "en",
        "Pattaya Equine Supplies",
        SPORT,
        DOWN,
        "Chonburi",
        "pattayaequine",
        [("Fleece polo wraps, 4-pack", "polo_wraps"), ("Small-hole hay nets, 100% nylon", "hay_net")],
        [need("Fleece fabric, OEKO-TEX not required", "fleece_fabric", waive=(OEKO,))],
        (),
        (),
    ),
    Sme(
        64,
        "th",
        "ตาข่ายหญ้าม้า สะเดา",
        CIRC,
        DOWN,
        "Songkhla",
        "sadao.haynet",
        [("ตาข่ายใส่หญ้าให้ม้า ทำจากอวนเก่า", "hay_net")],
        [need("อวนที่ชาวประมงไม่ใช้แล้ว", "used_fishing_net")],
        (),
        ("circular",),
    ),
    Sme(
        65,
        "en",
        "Therapy Saddlery Thailand",
        SPORT,
        DOWN,
        "Bangkok",
        "therapysaddlery",
        [("Vaulting surcingles and therapy riding belts with handles", "therapy_riding_belt")],
        [need("Thick felt for padding under the surcingle", "needle_felt")],
        (),
        (),
    ),
    Sme(
        66,
        "th",
        "ริดดิ้งไทย แอพพาเรล",
        SPORT,
        DOWN,
        "Pathum Thani",
        "ridingthai",
        [
            ("เสื้อขี่ม้าแขนยาว กันยูวี", "riding_shirt"),
            ("เสื้อโปโลปักโลโก้ สั่งผลิตขั้นต่ำ 50 ตัว", "polo_shirt"),
        ],
        [need("ผ้าระบายเหงื่อ แห้งไว", "wicking_knit_fabric")],
        (),
        (),
    ),
    Sme(
        67,
        "en",
        "Golden Age Riders",
        CEN,
        DOWN,
        "Bangkok",
        "goldenageriders",
        [("Easy-on riding trousers for older riders, elastic waist", "riding_breeches")],
        [need("Sewing contractor with ISO 9001, small runs", "cut_and_sew_service", req=(ISO9001,))],
        (),
        (),
    ),
    Sme(
        68,
        "th",
        "เบาะนุ่มผู้สูงวัย",
        CEN,
        DOWN,
        "Nonthaburi",
        "baonum.senior",
        [("เบาะรองนั่งกันแผลกดทับ สำหรับผู้สูงอายุ", "seat_cushion_elderly")],
        [need("นุ่นสำหรับยัดเบาะ", "kapok_fibre"), need("ผ้าฝ้ายเย็บควิลท์แล้ว", "quilted_cotton_fabric")],
        (),
        (),
    ),
    Sme(
        69,
        "th",
        "กลุ่มอาชีพบ้านโคกสี",
        ISAN,
        DOWN,
        "Khon Kaen",
        "khoksi.group",
        [("ผ้าคลุมตัวม้า ตัดจากผ้าขาวม้าทอมือ", "horse_sheet")],
        [need("ผ้าขาวม้าเป็นพับ ลายไหนก็ได้", "pakhaoma_cloth")],
        (OTOP,),
        (),
    ),
    Sme(
        70,
        "en",
        "Bangkok Polo & Riding Club",
        SPORT,
        DOWN,
        "Bangkok",
        "bkkpoloclub",
        [("Used turnout rugs sold after the season", "used_horse_blanket")],
        [
            need("Polo bandages in club colours, 40 sets", "polo_wraps"),
            need("Match shirts with team numbers", "team_sports_shirt"),
        ],
        (),
        (),
    ),
    Sme(
        71,
        "th",
        "สโมสรขี่ม้าพัทยา",
        SPORT,
        DOWN,
        "Chonburi",
        "pattaya.riding",
        [],
        [
            need("แผ่นรองอาน 30 ผืน สีกรม", "saddle_pad"),
            need("มีใครรับปักโลโก้สโมสรบ้างไหม", "embroidery_service"),
            unmet("หมวกกันน็อคขี่ม้า ต้องมี มอก.", "riding helmets; no one in the set makes them", req=(TIS,)),
        ],
        (),
        (),
    ),
    Sme(
        72,
        "en",
        "Hua Hin Beach Horses",
        SPORT,
        DOWN,
        "Prachuap Khiri Khan",
        "huahinhorses",
        [],
        [
            need("Anyone making fly sheets for 20 horses?", "fly_sheet"),
            need("Worn horse covers at a low price, condition not important", "used_horse_blanket"),
        ],
        (),
        (),
    ),
    Sme(
        73,
        "th",
        "ฟาร์มม้าแม่แตง",
        SPORT,
        DOWN,
        "Chiang Mai",
        "maetaeng.horsefarm",
        [],
        [
            need("ขลุมม้า ไซส์ม้าแคระ", "halter"),
            need("ที่ใส่หญ้าแขวนในคอก แบบตาถี่", "hay_net"),
            need("วัสดุรองพื้นคอกม้า จากแกนกัญชง", "hemp_hurd_bedding"),
        ],
        (),
        (),
    ),
    Sme(
        74,
        "en",
        "Khao Yai Equestrian Centre",
        SPORT,
        DOWN,
        "Nakhon Ratchasima",
        "khaoyaiequ",
        [],
        [
            need("All-purpose saddle pads, 50 pcs", "saddle_pad"),
            need("Dust-free stall bedding", "hemp_hurd_bedding"),
            unmet("Riding helmets in kids' sizes", "helmets; no one in the set makes them"),
        ],
        (),
        (),
    ),
    Sme(
        75,
        "th",
        "ทุ่งครุ แทคช็อป",
        SPORT,
        DOWN,
        "Bangkok",
        "thungkru.tack",
        [],
        [
            need("กางเกงขี่ม้าไซส์เด็ก", "riding_breeches"),
            need("หมวกกันแมลงสำหรับม้า", "fly_veil"),
            unmet("อานม้าหนังแท้ มือหนึ่ง", "leather saddles; no saddler in the set"),
        ],
        (),
        (),
    ),
]
PART_4: list[Sme] = [
    Sme(
        76,
        "en",
        "The Tack Room BKK",
        SPORT,
        DOWN,
        "Bangkok",
        "tackroombkk",
        [],
        [
            need("Crochet fly bonnets with the OTOP mark", "fly_veil", req=(OTOP,)),
            need("Head collars, wholesale, cob and full", "halter"),
        ],
        (),
        (),
    ),
    Sme(
        77,
        "en",
        "Lanna Riding School",
        SPORT,
        DOWN,
        "Chiang Mai",
        "lannariding",
        [],
        [
            need("Staff polo shirts with embroidered logo", "polo_shirt"),
            unmet("Riding gloves for students", "gloves; no glove maker in the set"),
        ],
        (),
        (),
    ),
    Sme(
        78,
        "th",
        "ศูนย์อาชาบำบัดสามพราน",
        CEN,
        DOWN,
        "Nakhon Pathom",
        "sampran.hippotherapy",
        [],
        [
            need("เข็มขัดมีที่จับ สำหรับขี่ม้าบำบัด", "therapy_riding_belt"),
        ],
        (),
        (),
    ),
    Sme(
        79,
        "en",
        "Isan Equine Therapy Foundation",
        ISAN,
        DOWN,
        "Khon Kaen",
        "isanequinetherapy",
        [],
        [
            need("Grab-handle belt for assisted riding sessions", "therapy_riding_belt"),
            need("Pressure-relief seat cushions for elderly riders", "seat_cushion_elderly"),
        ],
        (),
        (),
    ),
    Sme(
        80,
        "th",
        "ลพบุรีอาชาฟาร์ม",
        SPORT,
        DOWN,
        "Lopburi",
        "lopburi.stud",
        [],
        [need("ผ้าห่มม้ากันฝน ของใหม่เท่านั้น ไม่เอามือสอง", "horse_blanket")],
        (),
        (),
    ),
    Sme(
        81,
        "en",
        "Phuket Riding Club",
        SPORT,
        DOWN,
        "Phuket",
        "phuketriding",
        [],
        [
            need("Fly masks with ears", "fly_veil"),
            unmet("Neoprene tendon boots", "boots; no one in the set makes them"),
        ],
        (),
        (),
    ),
    Sme(
        82,
        "th",
        "ริเวอร์แคว ฮอร์สรีสอร์ท",
        CEN,
        DOWN,
        "Kanchanaburi",
        "riverkwai.resort",
        [],
        [need("ผ้าขะม้าให้แขกใช้ในสปา", "pakhaoma_cloth")],
        (),
        (),
    ),
    Sme(
        83,
        "en",
        "Ayutthaya Riverside Hotel",
        CEN,
        DOWN,
        "Ayutthaya",
        "ayutthayahotel",
        [],
        [
            need("Pha khao ma cloths for guest rooms, OTOP only", "pakhaoma_cloth", req=(OTOP,)),
            need("Upcycled tote bags for the gift shop", "upcycled_tote_bag"),
        ],
        (),
        (),
    ),
    Sme(
        84,
        "th",
        "ชมรมขี่ม้าเยาวชนอุดร",
        SPORT,
        DOWN,
        "Udon Thani",
        "udon.ponyclub",
        [],
        [need("เสื้อโชว์จัมปิ้ง ขนาดเด็ก สีขาว", "riding_shirt")],
        (),
        (),
    ),
    Sme(
        85,
        "en",
        "Stock & Stirrup",
        SPORT,
        DOWN,
        "Bangkok",
        "stockstirrup",
        [("Handmade silk stock ties for dressage", "stock_tie")],
        [
            need("Thai silk with the Peacock Emblem", "silk_fabric", req=(PEACOCK,)),
            need("Plant dyeing of our silk, no synthetic dyes", "natural_dyeing_service", "indigo_dyeing_service"),
        ],
        (),
        (),
    ),
    Sme(
        86,
        "th",
        "ร้านอาชาภัณฑ์ สุราษฎร์",
        SPORT,
        DOWN,
        "Surat Thani",
        "achaphan.surat",
        [],
        [
            need("ผ้าห่มม้าหน้าฝน กันน้ำได้", "horse_blanket"),
            unmet("เกือกม้าเหล็ก พร้อมตะปู", "horseshoes; not textile, no one sells them"),
        ],
        (),
        (),
    ),
    Sme(
        87,
        "en",
        "Paet Riu Racing Stables",
        SPORT,
        DOWN,
        "Chachoengsao",
        "paetriuracing",
        [],
        [
            need("Cotton exercise sheets for racehorses", "horse_sheet"),
            need("Rug laundry contractor", "rug_wash_repair_service"),
        ],
        (),
        (),
    ),
    Sme(
        88,
        "th",
        "รีฮอร์ส อัปไซเคิล",
        CIRC,
        DOWN,
        "Bangkok",
        "rehorse.upcycle",
        [("กระเป๋าโท้ทจากผ้าห่มม้าเก่า", "upcycled_tote_bag")],
        [need("ผ้าห่มม้าเก่า ขาดแล้วก็รับ", "used_horse_blanket")],
        (),
        ("circular",),
    ),
    Sme(
        89,
        "en",
        "Southern Trail Rides",
        SPORT,
        DOWN,
        "Nakhon Si Thammarat",
        "southerntrail",
        [],
        [
            need("Hay nets for the trail camp", "hay_net"),
            unmet("Herbal fly repellent spray", "fly spray; not textile, no one sells it"),
            unmet("Body protector vests for guides", "body protectors; no one in the set makes them"),
        ],
        (),
        (),
    ),
    Sme(
        90,
        "th",
        "ร้านของฝากคนรักม้า",
        CEN,
        DOWN,
        "Bangkok",
        "horselover.gifts",
        [],
        [
            need("กระเป๋าผ้าที่ทำจากของเหลือใช้", "upcycled_tote_bag"),
            need("เนคไทผ้าไหมสำหรับนักขี่ม้า", "stock_tie"),
        ],
        (),
        (),
    ),
    Sme(
        91,
        "en",
        "Lampang Natural Dye House",
        HEMP,
        MID,
        "Lampang",
        "lampangdye",
        [("Plant dyeing with ebony, lac and jackfruit on your yarn or cloth", "natural_dyeing_service")],
        [need("Handwoven greige cotton as dye stock", "greige_cotton_fabric")],
        (),
        ("bio",),
    ),
    Sme(
        92,
        "th",
        "กลุ่มเชือกกัญชงบ้านห้วยไคร้",
        HEMP,
        DOWN,
        "Chiang Rai",
        "huaikhrai.rope",
        [("เชือกจูงม้าใยกัญชง ถักมือ ยาว 3 เมตร", "lead_rope")],
        [need("เชือกกัญชงสามเกลียว", "hemp_rope")],
        (),
        ("bio",),
    ),
    Sme(
        93,
        "en",
        "Equine Sport Distribution",
        SPORT,
        DOWN,
        "Bangkok",
        "equinesportdist",
        [],
        [
            need("Locally made breeches, OEKO-TEX certified", "riding_breeches", req=(OEKO,)),
            need("Fly sheets, OEKO-TEX nice to have", "fly_sheet", waive=(OEKO,)),
            unmet("GOTS certified organic saddle pads", "no saddle pad maker holds GOTS", "saddle_pad", req=(GOTS,)),
        ],
        (),
        (),
    ),
    Sme(
        94,
        "th",
        "ฟาร์มม้าแข่งบุรีรัมย์",
        ISAN,
        DOWN,
        "Buriram",
        "buriram.racefarm",
        [],
        [
            need("ถุงตาข่ายใส่ฟาง", "hay_net"),
            unmet("รถขนม้า มือสอง", "horse trailer; not textile"),
        ],
        (),
        (),
    ),
    Sme(
        95,
        "th",
        "บ้านพักผู้สูงวัยสุขใจ",
        CEN,
        DOWN,
        "Nonthaburi",
        "sukjai.seniorhome",
        [],
        [need("เข็มขัดพยุงสำหรับกิจกรรมขี่ม้า", "therapy_riding_belt")],
        (),
        (),
    ),
]


def all_profiles() -> list[Sme]:
    return PART_1 + PART_2 + PART_3 + PART_4


# ------------------------------------------------------------------ checks

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
MAILBOX = re.compile(r"^[a-z0-9]+(?:[.-][a-z0-9]+)*$")


def thai_share(text: str) -> float:
    letters = [c for c in text if c.isalpha() or THAI_CHAR.match(c)]
    return sum(1 for c in letters if THAI_CHAR.match(c)) / len(letters) if letters else 0.0


def mentions(cert: str, text: str) -> bool:
    """Whether text names the certification at all, affirmed or not."""
    spec = next(c for c in taxonomy.CERTIFICATIONS if c.name == cert)
    folded = text.casefold()
    words = (*spec.mentions, *spec.aliases, *spec.case_sensitive_mentions, spec.name)
    return any(word.casefold() in folded for word in words)


def qualified(profiles: list[Sme], buyer: Sme, item: Need) -> set[str]:
    found = set()
    for supplier in profiles:
        if supplier is buyer:
            continue
        if not set(item.requires) <= set(supplier.certs):
            continue
        if any(label in item.labels for _, label in supplier.offers):
            found.add(supplier.id)
    return found


def derive_links(profiles: list[Sme]) -> list[tuple[str, str]]:
    links = set()
    for buyer in profiles:
        for item in buyer.needs:
            if not item.unmet_note:
                links.update((supplier, buyer.id) for supplier in qualified(profiles, buyer, item))
    return sorted(links)


def check_profile(sme: Sme, errors: list[str]) -> None:
    where = sme.id
    if sme.lang not in ("th", "en"):
        errors.append(f"{where}: language {sme.lang!r}")
    if sme.sub not in {s.value for s in taxonomy.SubCluster}:
        errors.append(f"{where}: sub-cluster {sme.sub!r}")
    if sme.stage not in {s.value for s in taxonomy.Stage}:
        errors.append(f"{where}: stage {sme.stage!r}")
    if taxonomy.resolve_province(sme.province) is None:
        errors.append(f"{where}: province {sme.province!r} does not resolve")
    for cert in sme.certs:
        if taxonomy.resolve_certification(cert) != cert:
            errors.append(f"{where}: certification {cert!r} is not a canonical name")
    for tag in sme.bcg:
        if tag not in {t.value for t in taxonomy.BcgTag}:
            errors.append(f"{where}: bcg tag {tag!r}")
    if not MAILBOX.match(sme.mailbox):
        errors.append(f"{where}: mailbox {sme.mailbox!r}")
    if not 0 <= len(sme.offers) <= 3 or not 0 <= len(sme.needs) <= 3 or not (sme.offers or sme.needs):
        errors.append(f"{where}: needs 1-3 offers and 0-3 needs or the other way round")
    texts = [sme.name, *(text for text, _ in sme.offers), *(item.text for item in sme.needs)]
    for text in texts:
        if not text.strip() or text != text.strip():
            errors.append(f"{where}: empty or padded phrase {text!r}")
        if sme.lang == "th" and thai_share(text) < 0.6:
            errors.append(f"{where}: Thai phrase is not mostly Thai letters: {text!r}")
        if sme.lang == "en" and not text.isascii():
            errors.append(f"{where}: English phrase has non-Latin characters: {text!r}")
    for _, label in sme.offers:
        if label not in LABELS:
            errors.append(f"{where}: unknown offer label {label!r}")
    for item in sme.needs:
        for label in item.labels:
            if label not in LABELS:
                errors.append(f"{where}: need {item.text!r} lists unknown label {label!r}")
        if not item.labels and not item.unmet_note:
            errors.append(f"{where}: need {item.text!r} has neither labels nor an unmet note")
        found = taxonomy.find_certifications(item.text)
        if found != set(item.requires):
            errors.append(f"{where}: need {item.text!r} names {sorted(found)}, requires {list(item.requires)}")
        for cert in item.waives:
            if not mentions(cert, item.text) or cert in found:
                errors.append(f"{where}: need {item.text!r} does not name {cert} to waive it")
        for cert in (*item.requires, *item.waives):
            if taxonomy.resolve_certification(cert) != cert:
                errors.append(f"{where}: need names non-canonical certification {cert!r}")


def check(profiles: list[Sme]) -> list[str]:
    errors: list[str] = []
    nums = [sme.num for sme in profiles]
    if nums != list(range(1, N_PROFILES + 1)):
        missing = sorted(set(range(1, N_PROFILES + 1)) - set(nums))
        dupes = sorted(n for n, k in Counter(nums).items() if k > 1)
        errors.append(f"ids must run 001-{N_PROFILES:03d} in order; missing {missing}, repeated {dupes}")
    if len({sme.mailbox for sme in profiles}) != len(profiles):
        errors.append("mailboxes are not unique")
    for sme in profiles:
        check_profile(sme, errors)
    offered: dict[str, set[str]] = {}
    for sme in profiles:
        for _, label in sme.offers:
            offered.setdefault(label, set()).add(sme.id)
    offer_texts = {text.casefold() for sme in profiles for text, _ in sme.offers}
    for buyer in profiles:
        for item in buyer.needs:
            if item.text.casefold() in offer_texts:
                errors.append(f"{buyer.id}: need {item.text!r} repeats an offer word for word")
            for label in item.labels:
                if not offered.get(label, set()) - {buyer.id}:
                    errors.append(f"{buyer.id}: label {label!r} is offered by no one else")
            suppliers = qualified(profiles, buyer, item)
            if item.unmet_note and suppliers:
                errors.append(f"{buyer.id}: unmet need {item.text!r} is met by {sorted(suppliers)}")
            if not item.unmet_note and not suppliers:
                errors.append(f"{buyer.id}: need {item.text!r} has no qualified supplier")
    return errors


def check_targets(profiles: list[Sme], stats: dict[str, object]) -> list[str]:
    errors = []
    if len(profiles) != N_PROFILES:
        errors.append(f"{len(profiles)} profiles, want {N_PROFILES}")
    share = stats["thai"] / len(profiles)
    if not THAI_SHARE_MIN <= share <= THAI_SHARE_MAX:
        errors.append(f"Thai share {share:.2f} outside {THAI_SHARE_MIN}-{THAI_SHARE_MAX}")
    if not LINKS_MIN <= stats["links"] <= LINKS_MAX:
        errors.append(f"{stats['links']} links, want {LINKS_MIN}-{LINKS_MAX}")
    if not CROSS_SHARE_MIN <= stats["cross_share"] <= CROSS_SHARE_MAX:
        errors.append(f"cross-language share {stats['cross_share']:.2f} outside {CROSS_SHARE_MIN}-{CROSS_SHARE_MAX}")
    if not UNMET_MIN <= stats["unmet"] <= UNMET_MAX:
        errors.append(f"{stats['unmet']} unmet needs, want {UNMET_MIN}-{UNMET_MAX}")
    return errors


# ------------------------------------------------------------------ output


def profile_json(sme: Sme) -> str:
    record = {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [text for text, _ in sme.offers],
        "needs": [item.text for item in sme.needs],
        "certifications": list(sme.certs),
        "bcg": list(sme.bcg),
        "contact_email": f"{sme.mailbox}@example.co.th",
        "language": sme.lang,
    }
    return json.dumps(record, ensure_ascii=False)


def statistics(profiles: list[Sme], links: list[tuple[str, str]]) -> dict[str, object]:
    by_id = {sme.id: sme for sme in profiles}
    needs = [(sme, item) for sme in profiles for item in sme.needs]
    th_en = sum(1 for s, b in links if by_id[s].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for s, b in links if by_id[s].lang == "en" and by_id[b].lang == "th")
    met_counts = Counter(len(qualified(profiles, sme, item)) for sme, item in needs if not item.unmet_note)
    return {
        "profiles": len(profiles),
        "thai": sum(1 for sme in profiles if sme.lang == "th"),
        "english": sum(1 for sme in profiles if sme.lang == "en"),
        "sub": Counter(sme.sub for sme in profiles),
        "stage": Counter(sme.stage for sme in profiles),
        "region": Counter(taxonomy.resolve_province(sme.province).region.value for sme in profiles),
        "provinces": len({taxonomy.resolve_province(sme.province).name_en for sme in profiles}),
        "offers": sum(len(sme.offers) for sme in profiles),
        "offer_labels": len({label for sme in profiles for _, label in sme.offers}),
        "needs": len(needs),
        "met": sum(1 for _, item in needs if not item.unmet_note),
        "unmet": sum(1 for _, item in needs if item.unmet_note),
        "requires": sum(1 for _, item in needs if item.requires),
        "waives": sum(1 for _, item in needs if item.waives),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross": th_en + en_th,
        "cross_share": (th_en + en_th) / len(links) if links else 0.0,
        "within": len(links) - th_en - en_th,
        "cross_sub": sum(1 for s, b in links if by_id[s].sub != by_id[b].sub),
        "met_counts": met_counts,
    }


def counts_table(stats: dict[str, object]) -> str:
    rows = [
        ("profiles", stats["profiles"]),
        ("Thai / English", f"{stats['thai']} / {stats['english']}"),
    ]
    rows += [(f"sub-cluster `{s.value}`", stats["sub"][s.value]) for s in taxonomy.SubCluster]
    rows += [(f"stage `{s.value}`", stats["stage"][s.value]) for s in taxonomy.Stage]
    rows += [(f"region `{r.value}`", stats["region"][r.value]) for r in taxonomy.Region]
    met_counts = stats["met_counts"]
    spread = ", ".join(f"{k}: {met_counts[k]}" for k in sorted(met_counts))
    rows += [
        ("distinct provinces", stats["provinces"]),
        ("offers", stats["offers"]),
        ("distinct offer labels", stats["offer_labels"]),
        ("needs", stats["needs"]),
        ("needs met / met by no one", f"{stats['met']} / {stats['unmet']}"),
        ("met needs by number of qualified suppliers", spread),
        ("needs requiring a certification", stats["requires"]),
        ("needs waiving a certification", stats["waives"]),
        ("true links", stats["links"]),
        ("links Thai supplier -> English buyer", stats["th_en"]),
        ("links English supplier -> Thai buyer", stats["en_th"]),
        ("cross-language links (share)", f"{stats['cross']} ({stats['cross_share']:.0%})"),
        ("within-language links", stats["within"]),
        ("links between different sub-clusters", stats["cross_sub"]),
    ]
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """# Evaluation set `blind_plain_equestrian`

A hand-labelled test set for the partner matcher, themed on equestrian textiles: saddle pads and
numnahs, horse rugs and fly sheets, breeches and riding shirts, lead ropes and halters, polo wraps,
hay nets, with the riding clubs, polo clubs, stables, trekking farms, therapy-riding centres and tack
shops that buy them, plus the ordinary upstream and midstream suppliers of the cluster (fibre, yarn,
cloth, dyeing, quilting, webbing, sewing, embroidery, waste and second-hand goods).

## What it checks

Whether the matcher finds the true supplier-buyer pairs from short registry phrases it has never seen,
when the same goods are named in many ways: Thai and English, regional words (ห้อม, คราม, ฝ้ายเข็น,
อวน, นุ่น), trade words and abbreviations (1200D, rPET, PSF, CMT, MOQ, gsm), brand names, and with or
without quantities, prices, sizes and places. About half of the true links cross languages. The hard
cases are deliberate:

- a service against the goods it works on (indigo dyeing of the customer's cloth against indigo-dyed
  cloth; quilting the customer's fabric against quilted fabric; sewing for others against finished
  breeches; rug washing and repair against new rugs; embroidery that names saddle pads and rugs);
- second-hand and waste against new (used turnout rugs, cutting-room scraps, old fishing nets);
- raw against processed (hemp fibre, hemp yarn, hemp cloth, hemp rope, hemp lead rope);
- finished goods described by material, colour or technique (an indigo-dyed handwoven saddle pad is a
  saddle pad; a horse sheet cut from pha khao ma is a horse rug; a tote made from old rugs is a bag);
- shared words that mean nothing (ผ้าขาวม้า is not for horses, ตราม้าบิน is a thread brand, a polo
  shirt is not a polo wrap, a seat cushion is not a saddle pad);
- needs written as a wish, a bare noun phrase or a question, refusals ("no synthetic dye", "new only"),
  needs that require a named certification and needs that name one only to waive it;
- needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the contracts (cluster profiles, JSONL version 1, and the
links CSV), the cluster taxonomy (`shared/taxonomy.py` and `shared/taxonomy_data/`) and the project's
ruff settings; nothing of the matcher, its glossary, its tests or the other evaluation sets. Provinces
resolve with `resolve_province`, certifications with `resolve_certification`, and sub-cluster, stage
and BCG values are the taxonomy's.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` against `indigo_dyeing_service`). Every need lists the offer labels that
would meet it and the certifications its text requires, or is marked as met by no one with a short
note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by
one of the buyer's needs and the supplier's certifications hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link; what changes what the thing is does. A waived certification is not required.
The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks ids, every contract field, that each listed label is offered by
someone other than the buyer, that each met need has a qualified supplier and each unmet one has none,
that the certifications a need requires are exactly those the taxonomy finds in its text and that a
waived one is named but not affirmed, that Thai phrases are mostly Thai letters and English ones ASCII,
and the size targets. It writes nothing if a check fails. The output is deterministic.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_equestrian/write.py

## Files

- `write.py`: all the data, the labels, the checks and the writer.
- `profiles.jsonl`: {profiles} SME profiles, ids `{first}` to `{last}`, contract format, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render(profiles: list[Sme]) -> tuple[dict[str, bytes], dict[str, object]]:
    links = derive_links(profiles)
    stats = statistics(profiles, links)
    jsonl = "".join(profile_json(sme) + "\n" for sme in profiles)
    csv_text = "supplier_id,buyer_id\n" + "".join(f"{s},{b}\n" for s, b in links)
    readme = README.format(
        profiles=len(profiles),
        first=profiles[0].id if profiles else "",
        last=profiles[-1].id if profiles else "",
        table=counts_table(stats),
    )
    files = {
        "profiles.jsonl": jsonl.encode("utf-8"),
        "links.csv": csv_text.encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }
    return files, stats


def main() -> int:
    profiles = all_profiles()
    errors = check(profiles)
    files, stats = render(profiles)
    errors += check_targets(profiles, stats)
    if render(profiles)[0] != files:
        errors.append("two renders differ")
    sys.stdout.write(counts_table(stats))
    if errors:
        sys.stderr.write("\n".join(errors) + f"\n{len(errors)} problem(s); nothing written\n")
        return 1
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
