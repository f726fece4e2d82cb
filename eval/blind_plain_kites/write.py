"""Write the hand-labelled evaluation set `eval/blind_plain_kites/`.

Kites and kite festivals, plus the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster. All profiles, offer labels and need labels live here;
the script checks them and writes `profiles.jsonl`, `links.csv` and `README.md`.

Run from the repository root:  .venv/bin/python eval/blind_plain_kites/write.py
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

taxonomy = importlib.import_module("shared.taxonomy")  # after the path is set
CERTIFICATIONS = taxonomy.CERTIFICATIONS
BcgTag = taxonomy.BcgTag
Stage = taxonomy.Stage
SubCluster = taxonomy.SubCluster
resolve_certification = taxonomy.resolve_certification
resolve_province = taxonomy.resolve_province

PREFIX = "bki"
N_PROFILES = 95
LINK_RANGE = (160, 180)
UNMET_RANGE = (17, 23)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)

HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
AGE_C = SubCluster.AGEING_LIFESTYLE_CENTRAL
AGE_I = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM


@dataclass(frozen=True)
class Need:
    text: str
    meets: tuple[str, ...] = ()  # offer labels that meet it
    requires: tuple[str, ...] = ()  # certifications its text requires
    waives: tuple[str, ...] = ()  # certifications its text names only to waive
    unmet: str = ""  # why no one in the set meets it


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    email: str = ""

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def need(text: str, *meets: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, meets=tuple(meets), requires=req, waives=waive)


def unmet(text: str, note: str, waive: tuple[str, ...] = (), req: tuple[str, ...] = ()) -> Need:
    return Need(text, requires=req, waives=waive, unmet=note)


SMES: list[Sme] = []


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: SubCluster,
    stage: Stage,
    province: str,
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> None:
    SMES.append(Sme(num, language, name, sub_cluster, stage, province, tuple(offers), tuple(needs), certs, bcg, email))


# ---------------------------------------------------------------- 001-020: hemp, cotton, paper, bamboo, spars

sme(
    1,
    "th",
    "วิสาหกิจชุมชนกัญชงบ้านห้วยน้ำริน",
    HEMP,
    UP,
    "Chiang Rai",
    "huainamrin.hemp",
    offers=[
        ("ใยกัญชงลอกมือ ตากแดดแห้ง ขายเป็นกิโล", "hemp_fibre_raw"),
        ("เปลือกสาลอกแล้ว มัดละ 5 กก.", "saa_bark"),
    ],
    needs=[unmet("อยากได้เครื่องลอกเปลือกกัญชงแบบใช้มอเตอร์", "decorticating machine; no machinery seller in the set")],
    certs=("Organic Thailand",),
    bcg=("bio",),
)
sme(
    2,
    "en",
    "Pai Valley Hemp Farm",
    HEMP,
    UP,
    "Mae Hong Son",
    "hello.paivalleyhemp",
    offers=[("Decorticated hemp bast, 50 kg bales", "hemp_fibre_raw")],
    needs=[
        unmet(
            "Someone to spin our own hemp into yarn on commission",
            "commission spinning service; the spinners here sell only their own yarn",
        )
    ],
    bcg=("bio",),
)
sme(
    3,
    "th",
    "ร้านด้ายกัญชงแม่ริม",
    HEMP,
    MID,
    "Chiang Mai",
    "maerim.hempyarn",
    offers=[("ด้ายกัญชงเข็นมือ เบอร์ 10 สีธรรมชาติ", "hemp_yarn")],
    needs=[need("ใยกัญชงดิบ ยังไม่ได้ปั่น", "hemp_fibre_raw")],
)
sme(
    4,
    "en",
    "Khao Kho Hmong Spinners",
    HEMP,
    MID,
    "Phetchabun",
    "khaokho.spinners",
    offers=[("Hemp yarn Nm 6, unbleached, 1 kg cones", "hemp_yarn")],
    needs=[need("raw hemp bast, Organic Thailand certified only", "hemp_fibre_raw", req=("Organic Thailand",))],
    bcg=("bio",),
)
sme(
    5,
    "th",
    "กลุ่มทอผ้าใยกัญชงบ้านรวมไทยพัฒนา",
    HEMP,
    MID,
    "Tak",
    "ruamthai.weave",
    offers=[
        ("ผ้าใยกัญชงทอกี่เอว หน้ากว้าง 35 ซม.", "hemp_fabric"),
        ("ผ้ากัญชงเขียนเทียน ย้อมคราม ลายม้ง", "hemp_fabric"),
    ],
    needs=[need("ต้องการด้ายกัญชงที่ปั่นแล้ว ม้วนละกิโล", "hemp_yarn")],
)
sme(
    6,
    "en",
    "Lanna Hemp Goods",
    HEMP,
    DOWN,
    "Chiang Mai",
    "shop.lannahemp",
    offers=[("Hemp backpacks and slings with batik trim", "hemp_bag")],
    needs=[
        need("Handloom hemp cloth by the metre, min 30 m", "hemp_fabric"),
        unmet("YKK zips no.5, brass", "zips and trims; no trim supplier in the set"),
    ],
)
sme(
    7,
    "th",
    "กลุ่มปลูกฝ้ายอินทรีย์บ้านนาซ่าว",
    HEMP,
    UP,
    "Loei",
    "nasao.cotton",
    offers=[
        ("ปุยฝ้ายหีบเมล็ดออกแล้ว ฝ้ายตุ่ย", "cotton_lint"),
        ("ฝ้ายเข็นมือ ตีเกลียวเอง เส้นใหญ่", "cotton_yarn"),
    ],
    needs=[unmet("หาเมล็ดพันธุ์ฝ้ายพื้นเมืองสีตุ่น", "cotton seed; no seed seller in the set")],
    certs=("Organic Thailand",),
    bcg=("bio",),
)
sme(
    8,
    "en",
    "Korat Spinning Co., Ltd.",
    HEMP,
    MID,
    "Korat",
    "sales.koratspinning",
    offers=[
        ("Ring-spun cotton yarn Ne 20/1 and 30/1", "cotton_yarn"),
        ("3-ply cotton twine for kite flying, 500 m tubes", "cotton_kite_twine"),
    ],
    needs=[need("ginned cotton lint", "cotton_lint")],
    certs=("ISO 9001",),
)
sme(
    9,
    "th",
    "โรงปั่นฝ้ายอินทรีย์ดอยสะเก็ด",
    HEMP,
    MID,
    "Chiang Mai",
    "doisaket.organic",
    offers=[("ด้ายคอตตอนออร์แกนิก GOTS เบอร์ 20/2", "organic_cotton_yarn")],
    needs=[need("ปุยฝ้ายจากไร่ที่ได้มาตรฐานเกษตรอินทรีย์ เท่านั้น", "cotton_lint", req=("Organic Thailand",))],
    certs=("GOTS", "OCS"),
    bcg=("bio", "green"),
)
sme(
    10,
    "en",
    "Nan Loom Collective",
    HEMP,
    MID,
    "Nan",
    "nanloom",
    offers=[
        ("Hemp-cotton blend cloth, handloom, 70 cm wide", "hemp_fabric"),
        ("Handwoven cotton yardage, plain and khit", "handwoven_cotton_fabric"),
    ],
    needs=[
        need("Naturally dyed yarn, no chemical dyes please", "naturally_dyed_yarn"),
        need("handspun cotton, any count?", "cotton_yarn", "organic_cotton_yarn"),
    ],
)
sme(
    11,
    "th",
    "ร้านนุ่นป้าสมใจ",
    AGE_C,
    UP,
    "Ratchaburi",
    "somjai.kapok",
    offers=[("นุ่นยัดหมอน คัดเมล็ดออกแล้ว กระสอบละ 10 กก.", "kapok_fibre")],
    needs=[],
)
sme(
    12,
    "th",
    "บ้านพักผู้สูงอายุสุขใจ บางแค",
    AGE_C,
    DOWN,
    "Bangkok",
    "sukjai.eldercare",
    offers=[],
    needs=[
        need("หมอนหนุนนุ่น สำหรับผู้สูงอายุ 60 ใบ", "kapok_pillow"),
        need("เสื่อปูนั่งทำกิจกรรม", "reed_mat"),
        unmet("ที่นอนลมป้องกันแผลกดทับ", "medical air mattress; no medical device maker in the set"),
    ],
)
sme(
    13,
    "th",
    "โรงทำกระดาษสาบ่อสร้าง",
    HEMP,
    MID,
    "Chiang Mai",
    "bosang.saapaper",
    offers=[("กระดาษสาแผ่นบาง 60x90 ซม. ย้อมสีสด", "saa_paper")],
    needs=[
        need("เปลือกสาแห้ง ส่งได้ทุกเดือน", "saa_bark"),
        unmet("สีย้อมธรรมชาติแบบผง สำหรับย้อมเยื่อกระดาษ", "dyestuff for pulp; no dyestuff seller in the set"),
    ],
    certs=("OTOP",),
)
sme(
    14,
    "en",
    "Lampang Mulberry Paper Mill",
    HEMP,
    MID,
    "Lampang",
    "mill.lampangpaper",
    offers=[("Sa paper, thin kite grade, 25 gsm", "saa_paper")],
    needs=[need("Dried mulberry bark, stripped", "saa_bark")],
    bcg=("bio",),
)
sme(
    15,
    "th",
    "สวนไผ่ลุงเชิด",
    HEMP,
    UP,
    "Prachinburi",
    "lungcherd.bamboo",
    offers=[("ไผ่สีสุกทั้งลำ ยาว 6 เมตร อายุ 3 ปีขึ้น", "bamboo_culms")],
    needs=[],
    bcg=("bio",),
)
sme(
    16,
    "en",
    "Thong Pha Phum Bamboo Group",
    HEMP,
    UP,
    "Kanchanaburi",
    "tpp.bamboo",
    offers=[("Pai ruak bamboo poles, cut to order", "bamboo_culms")],
    needs=[unmet("pickup truck hire to haul poles", "transport service; no haulier in the set")],
    bcg=("bio",),
)
sme(
    17,
    "th",
    "ร้านเหลาไม้ว่าวบางเลน",
    SPORT,
    MID,
    "Nakhon Pathom",
    "banglen.kitesticks",
    offers=[("ไม้ไผ่เหลาโครงว่าว รมควันกันมอด", "bamboo_kite_splints")],
    needs=[need("ไผ่แก่ทั้งลำ ไผ่สีสุกหรือไผ่รวก", "bamboo_culms")],
)
sme(
    18,
    "en",
    "Siam Kite Spars",
    SPORT,
    MID,
    "Chon Buri",
    "orders.siamkitespars",
    offers=[
        ("Shaved bamboo kite sticks, 60-120 cm, kiln dried", "bamboo_kite_splints"),
        ("FRP rods 3-6 mm for kite frames", "fibreglass_kite_rods"),
    ],
    needs=[need("Mature bamboo culms, whole", "bamboo_culms")],
)
sme(
    19,
    "en",
    "Pultrex Composites Thailand",
    SPORT,
    MID,
    "Samut Prakan",
    "sales.pultrex",
    offers=[
        ("Pultruded glass fibre rods 2-8 mm, solid", "fibreglass_kite_rods"),
        ("Wrapped carbon tubes 6 mm, kite spars", "carbon_kite_spars"),
    ],
    needs=[unmet("E-glass roving 2400 tex", "glass fibre roving; no glass fibre maker in the set")],
    certs=("ISO 9001",),
)
sme(
    20,
    "th",
    "หจก. ระยองไฟเบอร์",
    SPORT,
    MID,
    "Rayong",
    "rayongfiber",
    offers=[("ก้านไฟเบอร์กลาสตัน 4 มม. ทำโครงว่าว", "fibreglass_kite_rods")],
    needs=[],
)

# ---------------------------------------------------------------- 021-042: recycling, technical fabric, printing

sme(
    21,
    "en",
    "Green Market Bangkok",
    CIRC,
    DOWN,
    "Bangkok",
    "buying.greenmarket",
    offers=[],
    needs=[
        need("Bags upcycled from old kites or sails", "upcycled_kite_bag"),
        need("hemp bags / backpacks for the eco corner", "hemp_bag"),
        unmet(
            "Festival tees in organic cotton, GOTS certified",
            "GOTS-certified T-shirts; the only T-shirt maker holds no GOTS",
            req=("GOTS",),
        ),
    ],
    bcg=("circular", "green"),
)
sme(
    22,
    "th",
    "ร้านรับซื้อขวดเพ็ทมหาชัย",
    CIRC,
    UP,
    "Mahachai",
    "mahachai.pet",
    offers=[
        ("เกล็ดขวด PET ล้างร้อนแล้ว สีใส", "pet_flakes"),
        ("ขวดน้ำดื่มใช้แล้ว อัดก้อน ก้อนละ 200 กก.", "pet_bottle_bales"),
    ],
    needs=[],
    bcg=("circular",),
)
sme(
    23,
    "en",
    "EastCycle Plastics",
    CIRC,
    UP,
    "Chonburi",
    "trade.eastcycle",
    offers=[("Hot-washed clear PET flake, 1 t jumbo bags", "pet_flakes")],
    needs=[need("post-consumer PET bottle bales", "pet_bottle_bales")],
    bcg=("circular",),
)
sme(
    24,
    "en",
    "ReFibre Thailand Co., Ltd.",
    CIRC,
    UP,
    "Rayong",
    "sales.refibre",
    offers=[("rPET staple fibre 1.4D x 38 mm, GRS", "recycled_polyester_fibre")],
    needs=[need("PET flake, bottle grade; GRS not required", "pet_flakes", waive=("GRS",))],
    certs=("GRS", "ISO 14001"),
    bcg=("circular",),
)
sme(
    25,
    "th",
    "โรงงานเส้นใยรีไซเคิลนครชัยศรี",
    CIRC,
    UP,
    "Nakhon Pathom",
    "nakhonchaisri.fibre",
    offers=[("ใยสังเคราะห์รีไซเคิล ยัดหมอน ยัดตุ๊กตา", "recycled_polyester_fibre")],
    needs=[need("เกล็ดพลาสติกจากขวดน้ำ ล้างสะอาด", "pet_flakes")],
    bcg=("circular",),
)
sme(
    26,
    "th",
    "บริษัท ไทยรีเยิร์น จำกัด",
    CIRC,
    MID,
    "Samut Prakan",
    "sales.thairiyarn",
    offers=[("เส้นด้ายโพลีเอสเตอร์รีไซเคิล 150D มี GRS", "recycled_polyester_yarn")],
    needs=[need("ใยสั้น rPET ต้องมีใบ GRS", "recycled_polyester_fibre", req=("GRS",))],
    certs=("GRS",),
    bcg=("circular",),
)
sme(
    27,
    "th",
    "กลุ่มประมงพื้นบ้านสทิงพระ",
    CIRC,
    UP,
    "Songkhla",
    "sathingphra.fishers",
    offers=[("อวนไนลอนเก่า ตัดตะกั่วกับทุ่นออกแล้ว", "used_fishing_nets")],
    needs=[],
    bcg=("circular",),
)
sme(
    28,
    "en",
    "Andaman Net Rescue",
    CIRC,
    UP,
    "Phuket",
    "nets.andamanrescue",
    offers=[("Ghost nets pulled off reefs, sorted nylon 6", "used_fishing_nets")],
    needs=[unmet("Big bags / FIBC sacks, used ok", "bulk sacks; no sack maker in the set")],
    bcg=("circular",),
)
sme(
    29,
    "en",
    "Second Tide Nylon",
    CIRC,
    MID,
    "Chon Buri",
    "sourcing.secondtide",
    offers=[("Recycled nylon 6 yarn 70D from fishing nets, GRS", "recycled_nylon_yarn")],
    needs=[need("old nylon nets, any colour, no GRS needed", "used_fishing_nets", waive=("GRS",))],
    certs=("GRS",),
    bcg=("circular",),
)
sme(
    30,
    "en",
    "Bangpoo Technical Fabrics",
    SPORT,
    MID,
    "Samut Prakan",
    "sales.bangpootex",
    offers=[
        ("Ripstop nylon 40D, PU coated, 30 colours", "ripstop_nylon"),
        ("Ripstop polyester 75D for flags and kites", "ripstop_polyester"),
    ],
    needs=[need("Nylon 6 filament, 40-70D", "recycled_nylon_yarn")],
    certs=("OEKO-TEX Standard 100", "ISO 9001"),
)
sme(
    31,
    "th",
    "ร้านผ้าร่มสำเพ็ง",
    SPORT,
    MID,
    "Bangkok",
    "sampeng.pharom",
    offers=[
        ("ผ้าร่มริปสต็อป ตารางเล็ก หลาละ 45 บาท", "ripstop_nylon"),
        ("ผ้าซาตินโพลี ทำธงราว ธงชาติ", "flag_polyester_fabric"),
    ],
    needs=[],
)
sme(
    32,
    "th",
    "โรงทอผ้าไนลอนกระทุ่มแบน",
    SPORT,
    MID,
    "Samut Sakhon",
    "krathumbaen.nylon",
    offers=[("ผ้าไนลอนริปสต็อปเคลือบซิลิโคน งานร่มร่อนและว่าว", "ripstop_nylon")],
    needs=[need("ด้ายไนลอนรีไซเคิลจากอวน ต้องมีใบรับรอง GRS", "recycled_nylon_yarn", req=("GRS",))],
)
sme(
    33,
    "en",
    "Rangsit Polytex",
    SPORT,
    MID,
    "Pathum Thani",
    "info.rangsitpolytex",
    offers=[("Polyester ripstop 68D, calendered, 150 cm", "ripstop_polyester")],
    needs=[need("rPET filament yarn", "recycled_polyester_yarn")],
)
sme(
    34,
    "en",
    "Khon Kaen Day Care Hospital",
    AGE_I,
    DOWN,
    "Khon Kaen",
    "procurement.kkdaycare",
    offers=[],
    needs=[
        need("Pha khao ma cloths for patient wraps", "pha_khao_ma"),
        need("triangle cushions for the day room, OTOP not required", "kapok_pillow", waive=("OTOP",)),
        unmet("washable incontinence pads", "medical textiles; no maker in the set"),
    ],
)
sme(
    35,
    "en",
    "LoopWeave Recycled Fabrics",
    CIRC,
    MID,
    "Samut Prakan",
    "hello.loopweave",
    offers=[("Recycled ripstop, 100% rPET, GRS, 20 colours", "recycled_ripstop")],
    needs=[need("Recycled polyester yarn 75D, GRS certified", "recycled_polyester_yarn", req=("GRS",))],
    certs=("GRS", "bluesign"),
    bcg=("circular",),
)
sme(
    36,
    "th",
    "โรงงานผ้าธงอ่างทอง",
    SPORT,
    MID,
    "Ang Thong",
    "angthong.flagcloth",
    offers=[("ผ้าต่วนโพลีเอสเตอร์ สำหรับทำธงชาติ ธงริ้ว", "flag_polyester_fabric")],
    needs=[need("ด้ายโพลีรีไซเคิล ทอผ้าธง", "recycled_polyester_yarn")],
)
sme(
    37,
    "th",
    "ร้านพิมพ์ซับลิเมชั่นบางบอน",
    SPORT,
    MID,
    "Bangkok",
    "bangbon.sublimation",
    offers=[("รับพิมพ์ลายลงผ้าของลูกค้า ระบบซับลิเมชั่น", "sublimation_printing_service")],
    needs=[need("ผ้าโพลีขาวสำหรับพิมพ์ธง", "flag_polyester_fabric")],
)
sme(
    38,
    "en",
    "Pattaya Flag & Print",
    SPORT,
    DOWN,
    "Chonburi",
    "print.pattayaflag",
    offers=[
        ("Dye-sub printing on your fabric, up to 3.2 m wide", "sublimation_printing_service"),
        ("Feather flags and beach banners, printed", "festival_flags"),
    ],
    needs=[
        need("white knitted polyester flag cloth", "flag_polyester_fabric"),
        unmet("aluminium flag poles with ground spikes", "metal poles; no hardware maker sells poles"),
    ],
)
sme(
    39,
    "th",
    "บริษัท พริ้นท์ริป จำกัด",
    SPORT,
    MID,
    "Samut Prakan",
    "printrip",
    offers=[("ผ้าริปสต็อปพิมพ์ลายดิจิทัล ขายเป็นเมตร", "printed_ripstop")],
    needs=[
        need("ผ้าริปสต็อปไนลอนขาว ยังไม่พิมพ์", "ripstop_nylon"),
        need("มีที่ไหนรับเคลือบกันน้ำผ้าที่เราพิมพ์แล้วบ้าง", "coating_service"),
    ],
)
sme(
    40,
    "th",
    "โรงงานเย็บว่าวสามพราน",
    SPORT,
    MID,
    "Nakhon Pathom",
    "sampran.kitesewing",
    offers=[
        ("เศษผ้าร่มจากการตัดว่าว ขายเหมากระสอบ", "ripstop_offcuts"),
        ("รับเย็บว่าวตามแบบ ใช้ผ้าของลูกค้า", "kite_sewing_service"),
    ],
    needs=[
        need("ผ้าร่มไนลอน ลมไม่ผ่าน", "ripstop_nylon"),
        unmet("ด้ายเย็บโพลีเอสเตอร์ เบอร์ 40", "sewing thread; no thread seller in the set"),
    ],
)
sme(
    41,
    "en",
    "Scrap Sail Traders",
    CIRC,
    UP,
    "Bangkok",
    "scrapsail",
    offers=[("Ripstop and spinnaker offcuts, sorted by colour, per kg", "ripstop_offcuts")],
    needs=[],
    bcg=("circular",),
)
sme(
    42,
    "th",
    "โรงงานตัดเย็บเสื้อยืดกระทุ่มแบน",
    CIRC,
    MID,
    "Samut Sakhon",
    "tshirt.krathumbaen",
    offers=[
        ("เศษผ้าคอตตอนจากโต๊ะตัด แยกสี", "cotton_offcuts"),
        ("รับตัดเย็บเสื้อยืด ผ้าลูกค้า ขั้นต่ำ 300 ตัว", "garment_sewing_service"),
    ],
    needs=[],
)

# ---------------------------------------------------------------- 043-064: dyeing, weaving, sewing, line, reels

sme(
    43,
    "th",
    "กลุ่มย้อมครามบ้านดอนกอย",
    AGE_I,
    MID,
    "Sakon Nakhon",
    "donkoi.indigo",
    offers=[
        ("รับย้อมครามธรรมชาติ ผ้าหรือด้ายของลูกค้า", "indigo_dyeing_service"),
        ("ผ้าฝ้ายมัดหมี่ย้อมคราม ทอมือ", "indigo_dyed_cotton_fabric"),
    ],
    needs=[unmet("ต้นครามสดหรือใบคราม ส่งทุกสัปดาห์", "fresh indigo leaves; no indigo grower in the set")],
    certs=("OTOP",),
)
sme(
    44,
    "en",
    "Udon Indigo Studio",
    AGE_I,
    MID,
    "Udon Thani",
    "studio.udonindigo",
    offers=[("Indigo vat dyeing of customer's cloth, min 20 m", "indigo_dyeing_service")],
    needs=[need("Loei handspun cotton, undyed", "cotton_yarn", "organic_cotton_yarn")],
)
sme(
    45,
    "th",
    "ห้างหุ้นส่วนผ้าครามพรรณนา",
    AGE_I,
    MID,
    "Sakon Nakhon",
    "phanna.kram",
    offers=[("ผ้าครามทอมือ เมตรละ 350 บาท", "indigo_dyed_cotton_fabric")],
    needs=[need("จ้างย้อมคราม หม้อครามไม่พอช่วงออเดอร์เยอะ", "indigo_dyeing_service")],
    certs=("OTOP",),
)
sme(
    46,
    "en",
    "Khon Kaen Indigo House",
    AGE_I,
    MID,
    "Khon Kaen",
    "kkindigohouse",
    offers=[("Indigo cotton by the yard, mudmee", "indigo_dyed_cotton_fabric")],
    needs=[unmet("Natural indigo paste (kram piak), 20 kg", "dye paste; no dyestuff seller in the set")],
)
sme(
    47,
    "th",
    "กลุ่มย้อมสีธรรมชาติป่าซาง",
    HEMP,
    MID,
    "Lamphun",
    "pasang.naturaldye",
    offers=[("รับย้อมสีครั่ง ขมิ้น ใบหูกวาง บนผ้าของลูกค้า", "natural_dyeing_service")],
    needs=[need("ผ้าฝ้ายทอมือสีขาวนวล ไม่ผสมโพลี", "handwoven_cotton_fabric")],
    bcg=("bio", "green"),
)
sme(
    48,
    "th",
    "กลุ่มฝ้ายย้อมสีธรรมชาติบ่อสวก",
    HEMP,
    MID,
    "Nan",
    "bosuak.cotton",
    offers=[("ฝ้ายเข็นย้อมสีธรรมชาติ ไม่ใช้สีเคมี", "naturally_dyed_yarn")],
    needs=[need("ฝ้ายเข็นมือสีขาว", "cotton_yarn", "organic_cotton_yarn")],
    bcg=("bio",),
)
sme(
    49,
    "th",
    "กลุ่มทอผ้าฝ้ายบ้านหวายหลึม",
    AGE_I,
    MID,
    "Roi Et",
    "waileum.weavers",
    offers=[
        ("ผ้าฝ้ายทอมือ ลายขิด หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
        ("ผ้าขาวม้าลายตาราง ทอกี่กระตุก", "pha_khao_ma"),
    ],
    needs=[need("เส้นฝ้ายย้อมแล้ว สีจากเปลือกไม้", "naturally_dyed_yarn")],
)
sme(
    50,
    "en",
    "Surin Cotton Weavers",
    AGE_I,
    MID,
    "Surin",
    "surincotton",
    offers=[("Handloom cotton, natural white, 90 cm", "handwoven_cotton_fabric")],
    needs=[need("GOTS certified organic cotton yarn", "organic_cotton_yarn", req=("GOTS",))],
)
sme(
    51,
    "th",
    "กลุ่มผ้าขาวม้าบ้านหนองเขื่อนช้าง",
    AGE_I,
    DOWN,
    "Maha Sarakham",
    "nongkhuenchang",
    offers=[("ผ้าขาวม้าทอมือ ผืนละ 150 บาท", "pha_khao_ma")],
    needs=[need("หาคนรับย้อมครามผ้าขาวม้าให้", "indigo_dyeing_service")],
)
sme(
    52,
    "th",
    "ผ้าขาวม้าร้อยสี ราชบุรี",
    AGE_C,
    DOWN,
    "Ratchaburi",
    "roysee.phakhaoma",
    offers=[("ผ้าขาวม้าร้อยสี โอทอป 5 ดาว", "pha_khao_ma")],
    needs=[],
    certs=("OTOP",),
)
sme(
    53,
    "th",
    "เทศบาลนครสงขลา งานแข่งว่าวสมิหลา",
    SPORT,
    DOWN,
    "Songkhla",
    "samila.kitefest",
    offers=[],
    needs=[
        need("ว่าววงเดือนโชว์ในงาน 20 ตัว", "crescent_moon_kite"),
        need("ทีมออแกไนเซอร์จัดเทศกาลว่าว", "festival_organising_service"),
        need("ธงราวประดับชายหาด", "festival_flags"),
    ],
)
sme(
    54,
    "en",
    "Stitch & Sail CMT",
    SPORT,
    MID,
    "Chiang Mai",
    "stitchandsail",
    offers=[("CMT sewing for kite brands, your fabric, your pattern", "kite_sewing_service")],
    needs=[],
)
sme(
    55,
    "en",
    "Buriram Kite Festival Committee",
    AGE_I,
    DOWN,
    "Buri Ram",
    "kitefest.buriram",
    offers=[],
    needs=[
        need("Ae humming kites for the parade, 40 pcs", "humming_bow_kite"),
        need("Staff T-shirts with print, 500 pcs", "festival_tshirt"),
    ],
)
sme(
    56,
    "en",
    "Ladprao Garment CMT",
    AGE_C,
    MID,
    "Bangkok",
    "cmt.ladprao",
    offers=[("Cut-make-trim for tees and polos, MOQ 200", "garment_sewing_service")],
    needs=[unmet("combed cotton single jersey", "knitted jersey; no knitter in the set")],
)
sme(
    57,
    "en",
    "LineWorks Asia",
    SPORT,
    MID,
    "Chonburi",
    "lineworks",
    offers=[
        ("Braided Dyneema kite line 100-300 lb", "braided_kite_line"),
        ("Polyester braided line on plastic winders", "braided_kite_line"),
    ],
    needs=[need("recycled polyester yarn for braiding", "recycled_polyester_yarn")],
)
sme(
    58,
    "th",
    "โรงงานเชือกถักพระประแดง",
    SPORT,
    MID,
    "Samut Prakan",
    "phrapradaeng.rope",
    offers=[("สายว่าวโพลีเอสเตอร์ถัก ม้วน 100 เมตร", "braided_kite_line")],
    needs=[need("เส้นด้ายไนลอนรีไซเคิล", "recycled_nylon_yarn")],
)
sme(
    59,
    "th",
    "ร้านป่านว่าวท่าช้าง",
    SPORT,
    MID,
    "Bangkok",
    "thachang.kiteline",
    offers=[("ป่านชักว่าวจุฬา เบอร์ 6 ฝั้นเอง", "cotton_kite_twine")],
    needs=[need("ด้ายดิบฝ้าย 100% ไม่ผสม", "cotton_yarn", "organic_cotton_yarn")],
)
sme(
    60,
    "th",
    "ชะอำ บีช รีสอร์ท",
    AGE_C,
    DOWN,
    "Phetchaburi",
    "chaam.beachresort",
    offers=[],
    needs=[
        need("ว่าวให้แขกเล่นริมหาด", "delta_kite"),
        need("กิจกรรมสอนเด็กทำว่าวช่วงปิดเทอม", "kite_making_workshop"),
        need("เปลญวนริมสระ", "hammock"),
    ],
)
sme(
    61,
    "th",
    "ร้านหลอดว่าวสองพี่น้อง",
    SPORT,
    DOWN,
    "Suphan Buri",
    "songpheenong.reel",
    offers=[("หลอดม้วนสายว่าว ไม้มะขาม กลึงมือ", "kite_line_reel")],
    needs=[unmet("ไม้มะขามท่อน", "timber; no timber seller in the set")],
)
sme(
    62,
    "en",
    "Thai Crafts Airport Shop",
    AGE_C,
    DOWN,
    "Samut Prakan",
    "buyer.thaicraftsairport",
    offers=[],
    needs=[
        need("Mini chula kites in gift boxes, OTOP welcome but not required", "chula_kite", waive=("OTOP",)),
        need("Indigo cotton handbags", "handwoven_cotton_bag"),
    ],
)
sme(
    63,
    "en",
    "KiteParts Thai",
    SPORT,
    MID,
    "Bangkok",
    "kitepartsthai",
    offers=[
        ("Swivels, split rings and line clips", "kite_hardware"),
        ("Kite winders, ABS, with brake", "kite_line_reel"),
    ],
    needs=[need("Anyone making fibreglass tubes for stunt kite frames?", "fibreglass_kite_rods", "carbon_kite_spars")],
)
sme(
    64,
    "en",
    "Klong Luang Coating Works",
    SPORT,
    MID,
    "Pathum Thani",
    "klongluangcoating",
    offers=[("PU and silicone coating on your fabric", "coating_service")],
    needs=[],
)

# ---------------------------------------------------------------- 065-095: kites, festivals, shops, buyers

sme(
    65,
    "th",
    "ร้านว่าวไทยสนามหลวง",
    SPORT,
    DOWN,
    "Bangkok",
    "sanamluang.kites",
    offers=[
        ("ว่าวจุฬา ขนาด 2 เมตร ทำมือ", "chula_kite"),
        ("ว่าวปักเป้าติดหาง", "pakpao_kite"),
    ],
    needs=[
        need("กระดาษว่าวบาง สีแดง", "saa_paper"),
        need("มีใครขายไม้ไผ่เหลาทำโครงว่าวบ้าง", "bamboo_kite_splints"),
        need("ป่านชักว่าว", "cotton_kite_twine"),
    ],
    certs=("OTOP",),
)
sme(
    66,
    "th",
    "บ้านว่าวกรุงเก่า",
    SPORT,
    DOWN,
    "Ayutthaya",
    "krungkao.kite",
    offers=[("ว่าวจุฬาจิ๋ว ของที่ระลึก ใส่กรอบ", "chula_kite")],
    needs=[need("กระดาษสา", "saa_paper")],
)
sme(
    67,
    "th",
    "ว่าวปักเป้าลุงหวัง",
    SPORT,
    DOWN,
    "Nonthaburi",
    "lungwang.pakpao",
    offers=[("ว่าวปักเป้าแข่ง พร้อมสายซุง", "pakpao_kite")],
    needs=[need("ไผ่สีสุกเหลาแล้ว", "bamboo_kite_splints")],
)
sme(
    68,
    "th",
    "กลุ่มว่าววงเดือนตากใบ",
    SPORT,
    DOWN,
    "Narathiwat",
    "takbai.wau",
    offers=[("ว่าววงเดือน ลายกนก ตัวใหญ่", "crescent_moon_kite")],
    needs=[need("กระดาษบางสำหรับปิดว่าว", "saa_paper")],
)
sme(
    69,
    "th",
    "ชมรมว่าวแอกห้วยราช",
    AGE_I,
    DOWN,
    "Buriram",
    "huairat.kiteclub",
    offers=[
        ("ว่าวแอก พร้อมคันแอก ขนาด 2.5 ม.", "humming_bow_kite"),
        ("สอนทำว่าวให้นักเรียน ไปสอนถึงที่", "kite_making_workshop"),
    ],
    needs=[
        need("ไม้ไผ่ทั้งลำ", "bamboo_culms"),
        unmet("หวายเส้นทำคันแอก", "rattan; no rattan seller in the set"),
    ],
)
sme(
    70,
    "th",
    "กลุ่มว่าวแอกบ้านตาเมียง",
    AGE_I,
    DOWN,
    "Surin",
    "tamiang.kite",
    offers=[("ว่าวแอกลายช้าง เสียงดังไกล", "humming_bow_kite")],
    needs=[need("ผ้าฝ้ายทอมือหุ้มว่าว", "handwoven_cotton_fabric")],
)
sme(
    71,
    "en",
    "Sky Toys Pattaya",
    SPORT,
    DOWN,
    "Chonburi",
    "skytoys",
    offers=[("Nylon delta kites 1.5 m, printed, with line", "delta_kite")],
    needs=[
        need("printed ripstop by the metre", "printed_ripstop"),
        need("line winders, wholesale", "kite_line_reel"),
    ],
)
sme(
    72,
    "th",
    "ร้านว่าวหาดกะตะ",
    SPORT,
    DOWN,
    "Phuket",
    "kata.kites",
    offers=[("ว่าวผ้าร่ม ว่าวปลาหมึก ว่าวนกอินทรี", "delta_kite")],
    needs=[need("รับเย็บว่าวให้ร้าน ใช้ผ้าที่ร้านส่งไปเอง", "kite_sewing_service")],
)
sme(
    73,
    "en",
    "Hua Hin Kite Co.",
    SPORT,
    DOWN,
    "Prachuap Khiri Khan",
    "huahinkite",
    offers=[
        ("Single line kites, diamond and delta", "delta_kite"),
        ("Dual line stunt kites", "stunt_kite"),
    ],
    needs=[
        need("UHMWPE line for sport kites", "braided_kite_line"),
        need("ball bearing swivels", "kite_hardware"),
    ],
)
sme(
    74,
    "en",
    "Gecko Sport Kites",
    SPORT,
    DOWN,
    "Bangkok",
    "geckosportkites",
    offers=[("Two-line sport kites 2.2 m, carbon frame", "stunt_kite")],
    needs=[
        need("carbon spars 6 mm", "carbon_kite_spars"),
        unmet("Ripstop nylon, bluesign approved", "no ripstop nylon maker holds bluesign", req=("bluesign",)),
    ],
)
sme(
    75,
    "en",
    "Pranburi Kiteboarding Supply",
    SPORT,
    DOWN,
    "Prachuap",
    "pranburikite",
    offers=[("Kitesurf kites 7-12 m, LEI, 2024 models", "kitesurf_kite")],
    needs=[
        need("repairs for torn canopies and leaking bladders", "kite_repair_service"),
        unmet("electric kite pumps", "pumps; no pump seller in the set"),
    ],
)
sme(
    76,
    "en",
    "Rawai Kite Repair",
    SPORT,
    MID,
    "Phuket",
    "rawaikiterepair",
    offers=[("Canopy and bladder repair, 3-day turnaround", "kite_repair_service")],
    needs=[need("ripstop scraps for patch kits", "ripstop_offcuts")],
)
sme(
    77,
    "th",
    "ร้านชุดประดิษฐ์ว่าวโคราช",
    SPORT,
    DOWN,
    "Nakhon Ratchasima",
    "korat.kitekit",
    offers=[("ชุดทำว่าวสำหรับเด็ก กล่องละ 30 ชุด", "diy_kite_kit")],
    needs=[
        need("ไม้ไผ่เหลาสำเร็จ ยาว 60 ซม.", "bamboo_kite_splints"),
        need("กระดาษว่าว", "saa_paper"),
    ],
)
sme(
    78,
    "en",
    "KiteKit Learning",
    SPORT,
    DOWN,
    "Bangkok",
    "kitekitlearning",
    offers=[("STEM kite kits for classrooms", "diy_kite_kit")],
    needs=[need("fibreglass rods 3 mm, cut to 60 cm", "fibreglass_kite_rods")],
    certs=("Thai Industrial Standard",),
)
sme(
    79,
    "th",
    "ครูว่าวเวิร์กช็อป",
    SPORT,
    DOWN,
    "Chiang Mai",
    "khrukite",
    offers=[("จัดกิจกรรมทำว่าวนอกสถานที่ โรงเรียน รีสอร์ท", "kite_making_workshop")],
    needs=[need("ชุดอุปกรณ์ทำว่าวสำเร็จรูป", "diy_kite_kit")],
)
sme(
    80,
    "en",
    "Ao Nang Kite School",
    SPORT,
    DOWN,
    "Krabi",
    "aonangkiteschool",
    offers=[("Used kitesurf kites, ex-school fleet", "used_kite_sails")],
    needs=[
        need("new kitesurf kites 9 m and 12 m", "kitesurf_kite"),
        need("kite repair", "kite_repair_service"),
    ],
)
sme(
    81,
    "en",
    "Wind Festival Thailand",
    SPORT,
    DOWN,
    "Bangkok",
    "windfestivalth",
    offers=[("Kite festival production and management", "festival_organising_service")],
    needs=[
        need("Giant inflatable show kites", "giant_show_kite"),
        need("feather flags", "festival_flags"),
        need(
            "Chula and pakpao kites for the Thai heritage tent",
            "chula_kite",
            "pakpao_kite",
        ),
    ],
)
sme(
    82,
    "th",
    "ร้านธงริ้วบางลำพู",
    SPORT,
    DOWN,
    "Bangkok",
    "banglamphu.flags",
    offers=[("ธงริ้ว ธงญี่ปุ่น ธงงานวัด", "festival_flags")],
    needs=[
        need("ผ้าต่วนทำธง", "flag_polyester_fabric"),
        need("รับพิมพ์ธงจากผ้าที่ร้านส่งให้", "sublimation_printing_service"),
    ],
)
sme(
    83,
    "en",
    "Big Sky Show Kites",
    SPORT,
    DOWN,
    "Chonburi",
    "bigskyshowkites",
    offers=[("Giant inflatable show kites (octopus, fish), rent or buy", "giant_show_kite")],
    needs=[
        need("Ripstop polyester, PU coated", "ripstop_polyester"),
        need("sewing of big soft kites from our panels", "kite_sewing_service"),
    ],
)
sme(
    84,
    "th",
    "กระเป๋าว่าวเก่า เชียงใหม่",
    CIRC,
    DOWN,
    "Chiang Mai",
    "oldkite.bags",
    offers=[("กระเป๋าสะพายจากผ้าว่าวเก่า", "upcycled_kite_bag")],
    needs=[
        need("ว่าวไคท์เซิร์ฟใช้แล้ว", "used_kite_sails"),
        need("เศษผ้าร่ม ไม่ต้องมี GRS", "ripstop_offcuts", waive=("GRS",)),
    ],
    bcg=("circular",),
)
sme(
    85,
    "en",
    "Reborn Sails",
    CIRC,
    DOWN,
    "Phuket",
    "rebornsails",
    offers=[("Tote bags sewn from retired kitesurf sails", "upcycled_kite_bag")],
    needs=[need("retired kites and sails, any brand", "used_kite_sails")],
    bcg=("circular",),
)
sme(
    86,
    "th",
    "ร้านกระเป๋าผ้าครามสกล",
    AGE_I,
    DOWN,
    "Sakon Nakhon",
    "sakon.indigobag",
    offers=[("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม", "handwoven_cotton_bag")],
    needs=[need("ผ้าครามเป็นเมตร ไม่ต้องมี OTOP", "indigo_dyed_cotton_fabric", waive=("OTOP",))],
)
sme(
    87,
    "th",
    "ร้านสกรีนเสื้อทีมงาน",
    AGE_C,
    DOWN,
    "Bangkok",
    "screen.teamshirt",
    offers=[("เสื้อยืดสกรีนงานเทศกาล", "festival_tshirt")],
    needs=[need("จ้างเย็บเสื้อยืดจากผ้าที่เราหาเอง", "garment_sewing_service")],
)
sme(
    88,
    "en",
    "ShadeWell Hats",
    AGE_C,
    DOWN,
    "Nonthaburi",
    "shadewell",
    offers=[("UV bucket hats for seniors, wide brim", "sun_hat")],
    needs=[need("Indigo-dyed handloom cotton for a heritage line", "indigo_dyed_cotton_fabric")],
)
sme(
    89,
    "th",
    "กลุ่มเสื่อกกบ้านแพง",
    AGE_I,
    DOWN,
    "Kalasin",
    "banphaeng.mat",
    offers=[("เสื่อกกพับได้ ลายขิด", "reed_mat")],
    needs=[need("เศษผ้าฝ้ายตัดเป็นเส้น ทอพรมเช็ดเท้า", "cotton_offcuts")],
)
sme(
    90,
    "th",
    "เสื่อจันทบูร",
    AGE_C,
    DOWN,
    "Chanthaburi",
    "chanthabun.mat",
    offers=[("เสื่อกกจันทบูร ทอละเอียด", "reed_mat")],
    needs=[unmet("ต้นกกตากแห้ง", "raw sedge; no grower in the set")],
)
sme(
    91,
    "th",
    "หมอนขวานบ้านศรีฐาน",
    AGE_I,
    DOWN,
    "Yasothon",
    "sithan.pillow",
    offers=[("หมอนขวานผ้าขิด ยัดนุ่น", "kapok_pillow")],
    needs=[
        need("นุ่นคัดแล้ว", "kapok_fibre"),
    ],
    certs=("OTOP",),
)
sme(
    92,
    "en",
    "Siam Kapok Bedding",
    AGE_C,
    DOWN,
    "Nonthaburi",
    "siamkapok",
    offers=[("Kapok pillows for care homes, washable cover", "kapok_pillow")],
    needs=[
        need("Kapok fill, deseeded", "kapok_fibre"),
        need("recycled polyester fibrefill", "recycled_polyester_fibre"),
    ],
)
sme(
    93,
    "th",
    "เปลญวนชะอำ",
    AGE_C,
    DOWN,
    "Phetchaburi",
    "chaam.hammock",
    offers=[("เปลญวนเชือกฝ้าย ขนาดผู้ใหญ่", "hammock")],
    needs=[unmet("เชือกฝ้ายตีเกลียว 5 มม.", "cotton rope; no rope maker in the set")],
)
sme(
    94,
    "en",
    "Hua Hin Beach Resort & Spa",
    AGE_C,
    DOWN,
    "Prachuap Khiri Khan",
    "purchasing.huahinresort",
    offers=[],
    needs=[
        need("kites for guests on the beach", "delta_kite", "stunt_kite"),
        need("hammocks", "hammock"),
        need("Kite-making afternoon for the kids club", "kite_making_workshop"),
    ],
)
sme(
    95,
    "th",
    "โรงเรียนวัดสุทธาราม",
    SPORT,
    DOWN,
    "Bangkok",
    "watsuttharam.school",
    offers=[],
    needs=[
        need("ชุดประดิษฐ์ว่าวสำหรับนักเรียน ป.4", "diy_kite_kit"),
        need("ว่าวเด็กต้องผ่าน มอก. ของเล่น", "delta_kite", "diy_kite_kit", req=("Thai Industrial Standard",)),
    ],
)


# ---------------------------------------------------------------- derived data


def email_of(smeobj: Sme) -> str:
    domain = "example.co.th" if smeobj.language == "th" else "example.com"
    return f"{smeobj.email}@{domain}"


def profile(smeobj: Sme) -> dict[str, object]:
    row: dict[str, object] = {
        "id": smeobj.id,
        "name": smeobj.name,
        "sub_cluster": str(smeobj.sub_cluster),
        "stage": str(smeobj.stage),
        "province": smeobj.province,
        "offers": [text for text, _ in smeobj.offers],
        "needs": [n.text for n in smeobj.needs],
    }
    if smeobj.certifications:
        row["certifications"] = list(smeobj.certifications)
    if smeobj.bcg:
        row["bcg"] = list(smeobj.bcg)
    row["contact_email"] = email_of(smeobj)
    row["language"] = smeobj.language
    return row


def held(smeobj: Sme) -> set[str]:
    return {resolve_certification(c) or c for c in smeobj.certifications}


def suppliers_of(buyer: Sme, n: Need) -> list[Sme]:
    """The SMEs (not the buyer) with an offer labelled as `n` lists and every certification `n` requires."""
    return [
        s
        for s in SMES
        if s is not buyer and any(label in n.meets for _, label in s.offers) and set(n.requires) <= held(s)
    ]


def true_links() -> list[tuple[str, str]]:
    pairs = {(s.id, b.id) for b in SMES for n in b.needs for s in suppliers_of(b, n)}
    return sorted(pairs)


# ---------------------------------------------------------------- checks

THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
EMAIL = re.compile(r"^[a-z0-9.]+@[a-z0-9.-]+\.[a-z]+$")


def norm(text: str) -> str:
    return re.sub(r"[\s\-.]+", "", unicodedata.normalize("NFKC", text).casefold())


def names_certification(text: str, canonical: str) -> bool:
    cert = next(c for c in CERTIFICATIONS if c.name == canonical)
    forms = (cert.name, cert.full_name, cert.name_th, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
    key = norm(text)
    return any(norm(form) in key for form in forms)


def thai_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha() or THAI_LETTER.match(ch)]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if THAI_LETTER.match(ch)) / len(letters)


def latin_only(text: str) -> bool:
    return all(ord(ch) < 128 for ch in text)


def check() -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append("ids must be bki-001 ... bki-095, unique and in order")
    emails = Counter(email_of(s) for s in SMES)
    errors += [f"email {e!r} used {k} times" for e, k in emails.items() if k > 1]
    offered = {label for s in SMES for _, label in s.offers}
    sub_values = {str(v) for v in SubCluster}
    stage_values = {str(v) for v in Stage}
    bcg_values = {str(v) for v in BcgTag}
    texts_seen: Counter[str] = Counter()
    for s in SMES:
        where = s.id
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if str(s.sub_cluster) not in sub_values:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if str(s.stage) not in stage_values:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: language {s.language!r}")
        for c in s.certifications:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        for tag in s.bcg:
            if tag not in bcg_values:
                errors.append(f"{where}: bcg {tag!r}")
        if not EMAIL.match(email_of(s)):
            errors.append(f"{where}: email {email_of(s)!r}")
        if len(s.offers) > 3 or len(s.needs) > 3:
            errors.append(f"{where}: more than 3 offers or needs")
        if not s.offers and not s.needs:
            errors.append(f"{where}: neither offers nor needs")
        phrases = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        for text in phrases:
            if not text.strip() or text != text.strip():
                errors.append(f"{where}: blank or padded phrase {text!r}")
            if s.language == "th" and thai_share(text) < 0.6:
                errors.append(f"{where}: Thai phrase not mostly Thai: {text!r}")
            if s.language == "en" and not latin_only(text):
                errors.append(f"{where}: English phrase not Latin only: {text!r}")
        for text in [t for t, _ in s.offers] + [n.text for n in s.needs]:
            texts_seen[norm(text)] += 1
        for n in s.needs:
            for c in (*n.requires, *n.waives):
                if resolve_certification(c) != c:
                    errors.append(f"{where}: need names non-canonical certification {c!r}")
                elif not names_certification(n.text, c):
                    errors.append(f"{where}: need {n.text!r} does not name {c}")
            if set(n.requires) & set(n.waives):
                errors.append(f"{where}: need both requires and waives {n.text!r}")
            if n.unmet:
                if n.meets:
                    errors.append(f"{where}: unmet need lists labels {n.text!r}")
                continue
            if not n.meets:
                errors.append(f"{where}: need without labels or note {n.text!r}")
            for label in n.meets:
                if label not in offered or not any(
                    label == lab for other in SMES if other is not s for _, lab in other.offers
                ):
                    errors.append(f"{where}: label {label!r} is offered by no one else")
            if not suppliers_of(s, n):
                errors.append(f"{where}: met need has no qualified supplier {n.text!r}")
    for text, count in texts_seen.items():
        if count > 1:
            errors.append(f"phrase used {count} times: {text!r}")
    if len(SMES) == N_PROFILES:
        stats = counts()
        thai = stats["thai"] / N_PROFILES
        if not THAI_SHARE_RANGE[0] <= thai <= THAI_SHARE_RANGE[1]:
            errors.append(f"Thai share {thai:.2f} outside {THAI_SHARE_RANGE}")
        if not LINK_RANGE[0] <= stats["links"] <= LINK_RANGE[1]:
            errors.append(f"{stats['links']} true links, outside {LINK_RANGE}")
        if not UNMET_RANGE[0] <= stats["unmet"] <= UNMET_RANGE[1]:
            errors.append(f"{stats['unmet']} unmet needs, outside {UNMET_RANGE}")
        cross = stats["cross"] / max(1, stats["links"])
        if not CROSS_SHARE_RANGE[0] <= cross <= CROSS_SHARE_RANGE[1]:
            errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE_RANGE}")
        met = [len(suppliers_of(b, n)) for b in SMES for n in b.needs if not n.unmet]
        if sum(1 for k in met if 1 <= k <= 3) < 0.7 * len(met):
            errors.append("fewer than 70 % of met needs are met by 1-3 suppliers")
    return errors


# ---------------------------------------------------------------- counts


def counts() -> dict[str, int]:
    by_id = {s.id: s for s in SMES}
    links = true_links()
    needs = [(b, n) for b in SMES for n in b.needs]
    th_en = sum(1 for a, b in links if by_id[a].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for a, b in links if by_id[a].language == "en" and by_id[b].language == "th")
    return {
        "thai": sum(1 for s in SMES if s.language == "th"),
        "links": len(links),
        "unmet": sum(1 for _, n in needs if n.unmet),
        "cross": th_en + en_th,
        "th_en": th_en,
        "en_th": en_th,
        "cross_sub": sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster),
    }


def counts_table() -> str:
    stats = counts()
    needs = [(b, n) for b in SMES for n in b.needs]
    offers = [label for s in SMES for _, label in s.offers]
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(SMES))),
        ("Thai / English profiles", f"{stats['thai']} / {len(SMES) - stats['thai']}"),
    ]
    for value in SubCluster:
        rows.append((f"sub-cluster {value}", str(sum(1 for s in SMES if s.sub_cluster == value))))
    for value in Stage:
        rows.append((f"stage {value}", str(sum(1 for s in SMES if s.stage == value))))
    regions = Counter(str(resolve_province(s.province).region) for s in SMES)  # type: ignore[union-attr]
    for region, count in sorted(regions.items()):
        rows.append((f"region {region}", str(count)))
    provinces = {resolve_province(s.province).name_en for s in SMES}  # type: ignore[union-attr]
    rows += [
        ("distinct provinces", str(len(provinces))),
        ("offers", str(len(offers))),
        ("distinct offer labels", str(len(set(offers)))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(needs) - stats['unmet']} / {stats['unmet']}"),
        ("needs requiring a certification", str(sum(1 for _, n in needs if n.requires))),
        ("needs waiving a certification", str(sum(1 for _, n in needs if n.waives))),
        ("true links", str(stats["links"])),
        ("links Thai supplier -> English buyer", str(stats["th_en"])),
        ("links English supplier -> Thai buyer", str(stats["en_th"])),
        (
            "cross-language links (share)",
            f"{stats['cross']} ({100 * stats['cross'] / max(1, stats['links']):.0f} %)",
        ),
        ("within-language links", str(stats["links"] - stats["cross"])),
        ("links between different sub-clusters", str(stats["cross_sub"])),
    ]
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- output

README = """\
# blind_plain_kites: a hand-labelled matching set about kites and kite festivals

## What the set checks

Whether the matcher finds the true supplier-buyer pairs among 95 SME profiles written as
plain registry entries, in wording it has never seen. The theme is kites and kite
festivals: ripstop nylon and polyester, kite line and reels, bamboo, fibreglass and carbon
spars, Thai chula, pakpao, crescent-moon (wau) and humming-bow (ae) kites, kite makers,
festival organisers, resorts and schools that buy, next to the cluster's ordinary
upstream and midstream suppliers (hemp, cotton, mulberry paper, recycled PET and nylon,
handloom and indigo cloth, dyeing, printing, coating and sewing).

Offers and needs are short phrases, Thai (about 55 % of the profiles) or English. The
same kind of goods is written in many ways: local and trade names, abbreviations, brand-like
words, with and without quantities, prices, sizes and places. A need is worded
differently from the offers that meet it, often in the other language. Hard but fair
cases include a service versus the goods it works on (indigo dyeing of the customer's
cloth versus indigo cloth; printing, coating or sewing the customer's fabric versus
printed fabric, coated fabric, kites and T-shirts), waste and used goods versus new
(ripstop offcuts, used kitesurf kites, old fishing nets), raw versus processed (hemp bast,
yarn, cloth; bamboo culms versus shaved kite sticks; mulberry bark versus sa paper;
PET bottles, flake, fibre, yarn), finished goods described by their material or
technique (an indigo handwoven cotton bag is a bag), needs written as a wish, a bare noun
phrase or a question, refusals ("no chemical dyes"), needs that require a named
certification, needs that name one only to waive it, and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the shared contracts (cluster profiles,
JSONL version 1, and the links CSV) and the project's taxonomy (`shared/taxonomy.py` and
`shared/taxonomy_data/`). Nothing else of the project was read or run: not the matcher,
its glossary, its tests, other evaluation sets or the project's data. Every province
resolves with `resolve_province`, every certification with `resolve_certification`, and
sub-clusters, stages and BCG tags are the taxonomy's values.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is
(for example `indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need
either lists the offer labels that would meet it and the certifications its text
requires, or is marked as met by no one with a short note. A pair (supplier, buyer) is a
true link when some offer of the supplier carries a label listed by one of the buyer's
needs and the supplier's certifications hold every certification that need requires. An
SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link; what changes what the thing is does. A waived certification is not
required. The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks ids, every contract field, that every listed label is
offered by someone other than the buyer, that every met need has a qualified supplier
and every unmet one has none, that a required or waived certification is named in the
need's text, that Thai phrases are mostly Thai letters and English ones Latin only, and
the size targets. It writes nothing if a check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_kites/write.py

## Files

- `write.py`: all profiles, offer labels and need labels; the checks; writes the files below.
- `profiles.jsonl`: 95 profiles `bki-001` ... `bki-095`, contract JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render() -> dict[str, str]:
    jsonl = "".join(json.dumps(profile(s), ensure_ascii=False) + "\n" for s in SMES)
    links = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in true_links())
    readme = README.format(table=counts_table())
    return {"profiles.jsonl": jsonl, "links.csv": links, "README.md": readme}


def main() -> int:
    errors = check()
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    first, second = render(), render()
    if first != second:
        print("error: two renders differ; nothing written", file=sys.stderr)
        return 1
    for name, text in first.items():
        (HERE / name).write_bytes(text.encode("utf-8"))
    print(counts_table(), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
