"""Write the hand-labelled evaluation set `eval/blind_plain_costume/`.

Theme: costumes and cosplay, plus the ordinary upstream and midstream suppliers of the cluster.
Every profile, offer label and need below was written by hand. The labels stay in this file; the
written `profiles.jsonl` carries only the contract's fields.

Run from the repository root:  .venv/bin/python eval/blind_plain_costume/write.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
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

ID_PREFIX = "bcq"
N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS_RANGE = (160, 180)
CROSS_SHARE = (0.42, 0.58)
UNMET_RANGE = (17, 23)

HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL
ALI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM

OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
GOTS = "GOTS"
OTOP = "OTOP"
PEACOCK = "Thai Silk Peacock Emblem"
ORGANIC_TH = "Organic Thailand"
TIS = "Thai Industrial Standard"
ISO9001 = "ISO 9001"
ISO14001 = "ISO 14001"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # a short note when no one in the set meets the need


@dataclass(frozen=True)
class Profile:
    num: int
    language: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = (), unmet: str = "") -> Need:
    return Need(text, tuple(labels), tuple(req), tuple(waive), unmet)


@dataclass
class _Builder:
    rows: list[Profile] = field(default_factory=list)

    def add(
        self,
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
        self.rows.append(
            Profile(num, language, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg)
        )


B = _Builder()
add = B.add

# ------------------------------------------------------------------ data, part 1: bcq-001 .. bcq-030
# Mostly upstream fibre, yarn and waste, and the first midstream mills.

add(
    1,
    "th",
    "วิสาหกิจชุมชนกัญชงม้งดอยปุย",
    HEMP,
    UP,
    "Chiang Mai",
    "doipui.hemp@example.co.th",
    offers=[
        ("เส้นใยกัญชงลอกมือ ตากแห้ง มัดละ 1 กก.", "hemp_fibre_raw"),
        ("ด้ายกัญชงปั่นมือ สีธรรมชาติ ม้วนละ 200 กรัม", "hemp_yarn"),
    ],
    needs=[
        need("ครามเปียกสำหรับเขียนเทียนย้อมผ้า", "indigo_paste"),
        need("เครื่องปั่นด้ายมือสอง สภาพดี", unmet="spinning machinery; no one in the set sells machines"),
    ],
    certs=(ORGANIC_TH,),
    bcg=("bio",),
)
add(
    2,
    "en",
    "Khao Kho Bast Fibre Co., Ltd.",
    HEMP,
    UP,
    "Phetchabun",
    "sales@khaokhobast.example.com",
    offers=[
        ("decorticated hemp bast fibre, 500 kg lots", "hemp_fibre_raw"),
        ("hemp hurds, bagged, for animal bedding", "hemp_hurd"),
    ],
    needs=[need("certified hemp seed for planting, low-THC varieties", unmet="planting seed; nobody offers seed")],
    bcg=("bio",),
)
add(
    3,
    "th",
    "หจก. ส.รุ่งเรืองเศษผ้า",
    CIRC,
    UP,
    "Samut Prakan",
    "srungrueang.waste@example.co.th",
    offers=[
        ("ผ้าซาตินเหลือจากโรงงานชุดราตรี คัดสีแล้ว ขายเป็นกิโล", "synthetic_cutting_waste"),
        ("เศษผ้ายืดจากไลน์ตัดชุดว่าย กระสอบละ 30 โล", "synthetic_cutting_waste"),
    ],
    needs=[need("ชุดคอสตูมใช้แล้ว สภาพไหนก็รับซื้อ", "used_costumes")],
    bcg=("circular",),
)
add(
    4,
    "en",
    "EastCoast rPET Yarn Co., Ltd.",
    CIRC,
    UP,
    "Chonburi",
    "info@eastcoastrpet.example.com",
    offers=[
        ("rPET FDY 150D/48F, bottle grade, GRS", "rpet_yarn"),
        ("recycled PSF 1.4D x 38 mm", "recycled_polyester_fibre"),
    ],
    needs=[need("clear PET flake, hot-washed, 5 t per month", "pet_bottle_flakes")],
    certs=(GRS,),
    bcg=("circular",),
)
add(
    5,
    "th",
    "กลุ่มย้อมครามบ้านนาดี",
    ALI,
    MID,
    "Sakon Nakhon",
    "naadee.indigo@example.co.th",
    offers=[
        ("เนื้อครามหมัก จากต้นครามฝักงอ ถุงละ 1 กก.", "indigo_paste"),
        ("รับย้อมครามผ้าของลูกค้า ส่งผ้ามาย้อมได้ ขั้นต่ำ 10 เมตร", "indigo_dyeing_service"),
        ("ผ้าขาวม้าย้อมคราม ผืนละ 150 บาท", "pha_khao_ma"),
    ],
    needs=[need("ผ้าดิบยังไม่ฟอก หน้า 44 นิ้ว", "cotton_grey_fabric")],
    bcg=("bio", "green"),
)
add(
    6,
    "en",
    "Dan Sai Handspun Cotton Group",
    HEMP,
    UP,
    "Loei",
    "dansai.cotton@example.com",
    offers=[("handspun cotton yarn, white and natural brown, by the skein", "cotton_yarn_handspun")],
    needs=[need("natural doll stuffing, no polyester please", "kapok_fibre", "raw_cotton_fibre")],
    certs=(OTOP,),
    bcg=("bio",),
)
add(
    7,
    "th",
    "กลุ่มฝ้ายเข็นมือบ้านหนองบัว",
    HEMP,
    UP,
    "Nan",
    "nongbua.fai@example.co.th",
    offers=[
        ("ฝ้ายตุ่น ฝ้ายขาว เข็นมือ ขายเป็นใจ", "cotton_yarn_handspun"),
        ("ปุยฝ้ายดีดแล้ว กิโลละ 180 บาท", "raw_cotton_fibre"),
    ],
    needs=[need("ห้อมเปียกหรือครามเปียก เอาไว้ย้อมฝ้าย", "indigo_paste")],
    bcg=("bio",),
)
add(
    8,
    "th",
    "กลุ่มเลี้ยงไหมบ้านโคกสะอาด",
    ALI,
    UP,
    "Surin",
    "koksaart.silk@example.co.th",
    offers=[("ไหมน้อย ไหมพันธุ์พื้นบ้าน สาวมือ", "silk_yarn")],
    needs=[need("อยากได้ครามเปียกไว้ย้อมเส้นไหม", "indigo_paste")],
)
add(
    9,
    "en",
    "Siam Fibre Hair Industries",
    SPORT,
    UP,
    "Samut Sakhon",
    "sales@siamfibrehair.example.com",
    offers=[("heat-resistant wig fibre, Kanekalon type, 100 g hanks, 40 colours", "wig_fibre")],
    needs=[need("elastic mesh wig caps in bulk", unmet="wig caps; nobody makes them")],
)
add(
    10,
    "th",
    "บริษัท ใยดีรีไซเคิล จำกัด",
    CIRC,
    UP,
    "Nakhon Pathom",
    "yaidee.recycle@example.co.th",
    offers=[("ใยบอลโพลีเอสเตอร์รีไซเคิล ยัดตุ๊กตา ยัดหมอน", "polyester_fiberfill")],
    needs=[need("ใยสั้นรีไซเคิล PSF สำหรับทำใยบอล", "recycled_polyester_fibre")],
    certs=(GRS,),
    bcg=("circular",),
)
add(
    11,
    "en",
    "Second Act Textiles",
    CIRC,
    UP,
    "Bangkok",
    "hello@secondact.example.com",
    offers=[
        ("used costumes and party wear by the sack, sorted by type", "used_costumes"),
        ("post-consumer cotton tees, graded, for wiping rags", "used_clothing_bulk"),
    ],
    needs=[need("woven PP sacks, 50 kg size", unmet="packaging sacks; not a textile offer in the set")],
    bcg=("circular",),
)
add(
    12,
    "th",
    "กลุ่มแม่บ้านนุ่นบ้านโนนสูง",
    HEMP,
    UP,
    "Kalasin",
    "nonsung.noon@example.co.th",
    offers=[("นุ่นแกะเมล็ดแล้ว สำหรับยัดหมอน ยัดที่นอน", "kapok_fibre")],
    needs=[need("ผ้าขะม้าลายสก็อต ไว้ห่อหมอนขาย", "pha_khao_ma")],
    bcg=("bio",),
)
add(
    13,
    "en",
    "Pran Pineapple Fibre",
    HEMP,
    UP,
    "Prachuap Khiri Khan",
    "pran.palf@example.com",
    offers=[("degummed pineapple leaf fibre (PALF), 20 kg bales", "pineapple_leaf_fibre")],
    needs=[need("a weaving group to weave our own fibre into cloth on commission", "weaving_service")],
    bcg=("bio", "circular"),
)
add(
    14,
    "en",
    "Mae Klong Fibre Recovery",
    CIRC,
    UP,
    "Ratchaburi",
    "recovery@maeklongfibre.example.com",
    offers=[("recycled cotton fibre, shredded from pre-consumer waste", "recycled_cotton_fibre")],
    needs=[need("white jersey clippings from sewing floors", "cotton_cutting_waste")],
    bcg=("circular",),
)
add(
    15,
    "th",
    "ร้านรับซื้อของเก่า ขวดใสแปดริ้ว",
    CIRC,
    UP,
    "Chachoengsao",
    "kuadsai8riew@example.co.th",
    offers=[("ขวดเพ็ทใสบดเป็นเกล็ด ล้างแล้ว ตันละ 18,000 บาท", "pet_bottle_flakes")],
    needs=[],
    bcg=("circular",),
)
add(
    16,
    "th",
    "กลุ่มปั่นด้ายกัญชงแม่ระมาด",
    HEMP,
    UP,
    "Tak",
    "maeramat.hemp@example.co.th",
    offers=[("ด้ายป่านกัญชง เบอร์ 16 ปั่นเครื่องเล็ก", "hemp_yarn")],
    needs=[need("ใยกัญชงดิบ ที่ได้ตราออร์แกนิกไทยแลนด์", "hemp_fibre_raw", req=(ORGANIC_TH,))],
    bcg=("bio",),
)
add(
    17,
    "en",
    "Map Ta Phut Polyfil Co., Ltd.",
    SPORT,
    UP,
    "Rayong",
    "sales@mtppolyfil.example.com",
    offers=[
        ("polyester FDY 75D bright trilobal, for satin weaving", "polyester_filament_yarn"),
        ("recycled poly DTY 150D from bottle chip, certificate pending", "rpet_yarn"),
    ],
    needs=[need("PTA and MEG feedstock, contract supply", unmet="petrochemical feedstock; outside the set")],
)
add(
    18,
    "th",
    "ร้านผ้าต่วนพาหุรัด",
    ALC,
    MID,
    "Bangkok",
    "pahurat.satin@example.co.th",
    offers=[
        ("ผ้าต่วนเงา หน้า 60 นิ้ว ม้วนละ 50 หลา", "satin_fabric"),
        ("ผ้าแก้วสีพื้น 30 สี", "organza_fabric"),
    ],
    needs=[need("เส้นด้ายโพลีเอสเตอร์สำหรับทอผ้าต่วน", "polyester_filament_yarn", "rpet_yarn")],
)
add(
    19,
    "en",
    "Bangplee Coated Fabrics Co., Ltd.",
    SPORT,
    MID,
    "Samut Prakan",
    "coated@bangplee.example.com",
    offers=[
        ("PU synthetic leather 0.8 mm, matte and gloss", "faux_leather_fabric"),
        ("PVC leatherette, metallic gold and silver", "faux_leather_fabric"),
    ],
    needs=[need("knitted polyester base cloth for coating, 100 gsm", "knit_fabric")],
)
add(
    20,
    "th",
    "บริษัท ยืดหยุ่นเท็กซ์ไทล์ จำกัด",
    SPORT,
    MID,
    "Samut Sakhon",
    "yuedyun.tex@example.co.th",
    offers=[
        ("ผ้ายืด 4 ทาง สแปนเด็กซ์ 20% หน้า 60 นิ้ว", "spandex_fabric"),
        ("ผ้าตาข่ายไมโครเมช ระบายอากาศ", "mesh_fabric"),
    ],
    needs=[need("เส้นใยไนลอน 40D กับเส้นยางสแปนเด็กซ์", unmet="nylon and elastane yarn; no one spins them here")],
    certs=(OEKO,),
)
add(
    21,
    "en",
    "InkJet Sublime Studio",
    SPORT,
    MID,
    "Bangkok",
    "print@inkjetsublime.example.com",
    offers=[
        ("sublimation printing on your own polyester fabric, per metre", "sublimation_printing_service"),
        ("printed lycra, galaxy and dragon-scale designs, ready stock", "spandex_fabric"),
    ],
    needs=[need("white poly-spandex for printing, 4-way", "spandex_fabric")],
)
add(
    22,
    "th",
    "โรงย้อมสาครการย้อม",
    CIRC,
    MID,
    "Samut Sakhon",
    "sakhon.dyeing@example.co.th",
    offers=[
        ("รับย้อมผ้าตามสั่ง ผ้าของลูกค้า ขั้นต่ำ 100 หลา", "cloth_dyeing_service"),
        ("ผ้าซาตินย้อมสีแล้ว พร้อมส่ง 25 เฉด", "satin_fabric"),
    ],
    needs=[need("สีย้อมดิสเพิร์สสำหรับโพลีเอสเตอร์", unmet="dyestuff chemicals; no chemical supplier in the set")],
    certs=(ISO14001,),
)
add(
    23,
    "th",
    "ร้านม่อฮ่อมแม่ทุ่งโฮ้ง",
    HEMP,
    MID,
    "Phrae",
    "thunghong.mohom@example.co.th",
    offers=[
        ("ผ้าหม้อห้อมแท้ ย้อมห้อมธรรมชาติ พับละ 3 เมตร", "indigo_dyed_cotton_fabric"),
        ("เสื้อม่อฮ่อมคอจีน ไซส์ S-XXL", "mohom_shirt"),
    ],
    needs=[need("ผ้าฝ้ายดิบทอเครื่อง เอามาย้อมห้อม", "cotton_grey_fabric")],
    bcg=("bio",),
)
add(
    24,
    "en",
    "Sakon Indigo Cloth Co.",
    ALI,
    MID,
    "Sakon Nakhon",
    "indigo@sakoncloth.example.com",
    offers=[
        ("naturally indigo-dyed cotton, per metre", "indigo_dyed_cotton_fabric"),
        ("indigo dyeing of customer cloth, min 20 m", "indigo_dyeing_service"),
    ],
    needs=[need("hand-spun cotton for our looms", "cotton_yarn_handspun")],
    bcg=("bio",),
)
add(
    25,
    "th",
    "กลุ่มทอผ้าไหมแพรวาบ้านโพน",
    ALI,
    MID,
    "Kalasin",
    "banphon.praewa@example.co.th",
    offers=[("ผ้าไหมแพรวา ทอมือ ได้ตรานกยูงพระราชทาน", "silk_fabric")],
    needs=[need("เส้นไหมชั้นหนึ่ง เส้นเล็กสม่ำเสมอ", "silk_yarn")],
    certs=(PEACOCK, OTOP),
)
add(
    26,
    "en",
    "Surin Mudmee Silk House",
    ALI,
    MID,
    "Surin",
    "mudmee@surinsilk.example.com",
    offers=[("mudmee silk, 4 m lengths, chemical dyes", "silk_fabric")],
    needs=[need("Thai native silk yarn, hand reeled", "silk_yarn")],
)
add(
    27,
    "th",
    "กลุ่มทอผ้าฝ้ายบ้านหวาย",
    ALI,
    MID,
    "Roi Et",
    "banwai.weave@example.co.th",
    offers=[
        ("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "pha_khao_ma"),
        ("ผ้าฝ้ายมัดหมี่ ทอมือ หน้า 1 เมตร", "cotton_mudmee_fabric"),
        ("รับทอผ้าตามสั่ง จากเส้นด้ายของลูกค้า", "weaving_service"),
    ],
    needs=[need("ฝ้ายปั่นมือ ไม่ฟอกสี", "cotton_yarn_handspun")],
    certs=(OTOP,),
)
add(
    28,
    "en",
    "Doi Hemp Weavers",
    HEMP,
    MID,
    "Chiang Mai",
    "weave@doihemp.example.com",
    offers=[("handwoven hemp cloth, ecru, 40 cm loom width", "hemp_fabric")],
    needs=[need("hemp thread for weaving", "hemp_yarn")],
    bcg=("bio",),
)
add(
    29,
    "th",
    "กลุ่มผ้าเขียนเทียนม้งเขาค้อ",
    HEMP,
    MID,
    "Phetchabun",
    "khaokho.batik@example.co.th",
    offers=[
        ("ผ้าใยกัญชงเขียนเทียน ย้อมคราม ลายม้ง", "hmong_batik_hemp_fabric"),
        ("ชุดม้งปักมือ ผู้หญิง ครบชุด", "hilltribe_costume"),
    ],
    needs=[
        need("ผ้าใยกัญชงทอมือ สีดิบ ยังไม่ย้อม", "hemp_fabric"),
        need("ขี้ผึ้งแท้สำหรับเขียนเทียน", unmet="beeswax; no one sells it"),
    ],
    bcg=("bio",),
)
add(
    30,
    "th",
    "ร้านปักจักรคอมพิวเตอร์ ปักดีดี หาดใหญ่",
    ALC,
    MID,
    "Songkhla",
    "pakdeedee@example.co.th",
    offers=[
        ("รับปักชื่อ ปักโลโก้ บนเสื้อผ้าของลูกค้า", "embroidery_service"),
        ("อาร์มปักติดเสื้อ สำเร็จรูป", "embroidered_patch"),
    ],
    needs=[],
)

# ------------------------------------------------------------------ data, part 2: bcq-031 .. bcq-060
# Midstream trims, finishing and services, and the first costume makers and buyers.

add(
    31,
    "en",
    "Nora Bead Atelier",
    ALC,
    MID,
    "Phatthalung",
    "atelier@norabead.example.com",
    offers=[
        ("hand beading and sequin work on garments you send us", "beading_service"),
        ("Manohra dance outfit with bead collar and wings, handmade", "nora_costume"),
    ],
    needs=[
        need("glass seed beads, mixed colours, by the kilo", "sequins_beads"),
        need("gold braid and galloon for edging", "metallic_trim"),
    ],
)
add(
    32,
    "th",
    "นนท์การ์เมนท์ รับเย็บ",
    SPORT,
    MID,
    "Nonthaburi",
    "nont.garment@example.co.th",
    offers=[("รับเย็บตามแบบ ลูกค้าส่งผ้ามาเอง ขั้นต่ำ 50 ตัว", "cut_and_sew_service")],
    needs=[need("อะไหล่ตัดเย็บ ซิปซ่อน กระดุมสแนป ยกโหล", "garment_accessories")],
)
add(
    33,
    "en",
    "PatternLab Costume Drafting",
    ALC,
    MID,
    "Bangkok",
    "studio@patternlab.example.com",
    offers=[("costume pattern drafting and grading, digital files", "pattern_making_service")],
    needs=[need("cotton muslin for fitting toiles, 30 m", "cotton_grey_fabric")],
)
add(
    34,
    "th",
    "ร้านดิ้นทองพาหุรัด",
    ALC,
    MID,
    "Bangkok",
    "dintong.pahurat@example.co.th",
    offers=[
        ("ดิ้นเงินดิ้นทอง ขายเป็นหลอด", "metallic_thread"),
        ("ลูกไม้ทอง ริบบิ้นทอง ขายเป็นม้วน", "metallic_trim"),
        ("เลื่อมเม็ด ลูกปัดแก้ว ขายเป็นห่อ", "sequins_beads"),
    ],
    needs=[],
)
add(
    35,
    "en",
    "FoamCraft Rayong Co., Ltd.",
    SPORT,
    MID,
    "Rayong",
    "foam@foamcraft.example.com",
    offers=[("EVA foam sheets 2-10 mm, high density, 1 x 2 m", "eva_foam_sheet")],
    needs=[need("recycled EVA crumb from shoe factories", unmet="EVA crumb; no footwear waste seller in the set")],
)
add(
    36,
    "th",
    "ร้านผ้ากำมะหยี่สำเพ็ง",
    ALC,
    MID,
    "Bangkok",
    "sampeng.velvet@example.co.th",
    offers=[
        ("ผ้ากำมะหยี่เนื้อนุ่ม สีแดงเลือดนก หลาละ 95 บาท", "velvet_fabric"),
        ("ผ้ามุ้งทูล หน้ากว้าง 3 เมตร", "tulle_net"),
        ("ผ้าซีเควนซ์ ขายเป็นหลา", "sequin_fabric"),
    ],
    needs=[],
)
add(
    37,
    "en",
    "FlameSafe Textile Finishing",
    SPORT,
    MID,
    "Pathum Thani",
    "fr@flamesafe.example.com",
    offers=[
        ("flame-retardant treatment of stage curtains and costumes you send in", "fr_finishing_service"),
        ("inherently flame-retardant stage drape fabric (IFR polyester)", "fr_fabric"),
    ],
    needs=[need("plain polyester satin in bulk for FR coating", "satin_fabric")],
    certs=(TIS,),
)
add(
    38,
    "th",
    "บริษัท กรีนเวฟ ผ้ารีไซเคิล จำกัด",
    CIRC,
    MID,
    "Samut Prakan",
    "greenwave.fabric@example.co.th",
    offers=[("ผ้าโพลีเอสเตอร์รีไซเคิลจากขวดพลาสติก หน้า 58 นิ้ว", "rpet_fabric")],
    needs=[need("เส้นด้ายรีไซเคิล rPET ต้องมีใบรับรอง GRS", "rpet_yarn", req=(GRS,))],
    certs=(GRS,),
    bcg=("circular",),
)
add(
    39,
    "en",
    "Sparkle Sequin Fabrics",
    SPORT,
    MID,
    "Bangkok",
    "sales@sparklesequin.example.com",
    offers=[("sequin fabric 3 mm, reversible mermaid sequins", "sequin_fabric")],
    needs=[need("mesh knit base for sequin embroidery", "mesh_fabric")],
)
add(
    40,
    "th",
    "ร้านเซ็ตวิกน้องฟ้า",
    ALC,
    MID,
    "Nonthaburi",
    "nongfah.wig@example.co.th",
    offers=[
        ("รับเซ็ตวิก ตัดซอย ดัดลอน วิกของลูกค้า", "wig_styling_service"),
        ("วิกคอส 80 ซม. ไฟเบอร์ทนร้อน 180 องศา", "cosplay_wig"),
    ],
    needs=[need("ไฟเบอร์ทำวิก ทนร้อน ขายเป็นช่อ", "wig_fibre")],
)
add(
    41,
    "en",
    "Crown Costume Care",
    CIRC,
    MID,
    "Bangkok",
    "care@crowncostume.example.com",
    offers=[("dry cleaning for rental costumes, sequin and satin safe, pickup in Bangkok", "costume_cleaning_service")],
    needs=[need("breathable garment covers, 120 cm", "garment_cover_bag")],
)
add(
    42,
    "th",
    "ร้านอุปกรณ์ตัดเย็บบ้านหม้อ",
    ALC,
    MID,
    "Bangkok",
    "banmo.sewing@example.co.th",
    offers=[
        ("ซิป YKK กระดุมแป๊ก ตะขอกางเกง", "garment_accessories"),
        ("เทปตีนตุ๊กแก หน้ากว้าง 2 ซม.", "hook_loop_tape"),
    ],
    needs=[],
)
add(
    43,
    "en",
    "Nakhon Pathom Spinning & Greige Mill",
    ALC,
    MID,
    "Nakhon Pathom",
    "mill@nptgreige.example.com",
    offers=[("cotton greige 44 inch, 20x20, sold by the bolt", "cotton_grey_fabric")],
    needs=[need("ginned cotton lint for our ring frames", "raw_cotton_fibre")],
)
add(
    44,
    "en",
    "Bangna Knit Co.",
    SPORT,
    MID,
    "Samut Prakan",
    "knit@bangnaknit.example.com",
    offers=[
        ("polyester interlock knit, 160 gsm", "knit_fabric"),
        ("polyester power mesh", "mesh_fabric"),
        ("knit made from recycled bottles, no certificate", "rpet_fabric"),
    ],
    needs=[need("polyester DTY 150D for circular knitting", "polyester_filament_yarn", "rpet_yarn")],
)
add(
    45,
    "th",
    "กลุ่มทอผ้ายกนาหมื่นศรี",
    HEMP,
    MID,
    "Trang",
    "namuensri.weave@example.co.th",
    offers=[("ผ้ายกลายลูกแก้ว ทอมือ เส้นฝ้าย", "cotton_brocade_fabric")],
    needs=[need("เส้นลูรักซ์สีทอง ไว้ทอยกดอก", "metallic_thread")],
    certs=(OTOP,),
)
add(
    46,
    "en",
    "Andaman Batik Studio",
    HEMP,
    MID,
    "Krabi",
    "studio@andamanbatik.example.com",
    offers=[
        ("hand-drawn batik cotton, sarong lengths 2 m", "batik_cotton_fabric"),
        ("batik sarongs, ready to wear", "batik_sarong"),
    ],
    needs=[need("unbleached cotton cloth to draw batik on", "cotton_grey_fabric")],
)
add(
    47,
    "th",
    "ร้านผ้าขนเทียม เฟอร์รี่",
    SPORT,
    MID,
    "Ratchaburi",
    "ferry.fur@example.co.th",
    offers=[("ผ้าขนเทียม ขนยาว 5 ซม. ทำชุดมาสคอต", "faux_fur_fabric")],
    needs=[],
)
add(
    48,
    "en",
    "ReThread Garment Works",
    CIRC,
    MID,
    "Chonburi",
    "ops@rethread.example.com",
    offers=[
        ("pre-consumer cotton offcuts from T-shirt cutting, white and grey", "cotton_cutting_waste"),
        ("CMT sewing for brands: you supply the fabric, we sew", "cut_and_sew_service"),
    ],
    needs=[need("GRS certified recycled fabric, knit or woven", "rpet_fabric", req=(GRS,))],
    bcg=("circular",),
)
add(
    49,
    "th",
    "คอสพริ้นท์ พิมพ์ผ้าซับลิเมชั่น",
    SPORT,
    MID,
    "Bangkok",
    "cosprint@example.co.th",
    offers=[
        ("รับพิมพ์ซับลิเมชั่นลงผ้าโพลีของลูกค้า", "sublimation_printing_service"),
        ("ชุดเชียร์พิมพ์ลายเต็มตัว สั่งตัดตามสีโรงเรียน", "cheer_uniform"),
    ],
    needs=[need("ผ้าโพลีสแปนสีขาวล้วน สำหรับงานพิมพ์", "spandex_fabric")],
)
add(
    50,
    "th",
    "ร้านซ่อมชุดโขนละคร ศิษย์ครู",
    ALC,
    MID,
    "Phra Nakhon Si Ayutthaya",
    "sitkru.repair@example.co.th",
    offers=[("รับซ่อมชุดโขน ชุดละคร ปักดิ้นใหม่", "costume_repair_service")],
    needs=[need("ดิ้นโลหะสีทองสำหรับปักซ่อม", "metallic_thread")],
)
add(
    51,
    "en",
    "Kaiju Cosplay Studio",
    SPORT,
    DOWN,
    "Bangkok",
    "orders@kaijucosplay.example.com",
    offers=[
        ("made-to-order cosplay costumes from your reference pictures", "costume_custom_made"),
        ("anime school uniforms, ready to wear, S-XL", "cosplay_costume_ready"),
    ],
    needs=[
        need("4-way stretch for bodysuits, OEKO-TEX certified", "spandex_fabric", req=(OEKO,)),
        need("6 mm EVA for armour builds", "eva_foam_sheet"),
        need("Worbla or another thermoplastic sheet", unmet="thermoplastic sheet; nobody offers it"),
    ],
)
add(
    52,
    "th",
    "ร้านเช่าชุดแฟนซีเชียงใหม่",
    CIRC,
    DOWN,
    "Chiang Mai",
    "cnx.fancy@example.co.th",
    offers=[
        ("เช่าชุดแฟนซี ชุดเจ้าหญิง ชุดฮีโร่ รายวัน", "costume_rental_service"),
        ("ขายชุดเช่าปลดระวาง เหมากระสอบ", "used_costumes"),
    ],
    needs=[
        need("ชุดแฟนซีเด็ก ราคาส่ง คละแบบ", "party_costume", "kids_performance_costume"),
        need("วิกสีสด ทั้งยาวและสั้น", "cosplay_wig"),
        need("ซักแห้งชุดเช่า", "costume_cleaning_service"),
    ],
)
add(
    53,
    "en",
    "Rangsit Funland Theme Park",
    ALC,
    DOWN,
    "Pathum Thani",
    "purchasing@funland.example.com",
    offers=[("retired parade costumes after each season", "used_costumes")],
    needs=[
        need("character suits for our 3 park mascots", "mascot_costume"),
        need("fire-proofing of our parade outfits, must meet TIS", "fr_finishing_service", req=(TIS,)),
        need("cooling vests for mascot performers", unmet="cooling vests; no one in the set makes them"),
    ],
)
add(
    54,
    "th",
    "โรงเรียนอนุบาลบ้านดอกคูน",
    ALI,
    DOWN,
    "Khon Kaen",
    "dokkoon.school@example.co.th",
    offers=[],
    needs=[
        need("ชุดการแสดงเด็กอนุบาล ชุดสัตว์ 30 ชุด", "kids_performance_costume"),
        need("ชุดประจำชาติเด็ก ใส่งานลอยกระทง", "thai_traditional_dress"),
    ],
)
add(
    55,
    "en",
    "Andaman Events & Weddings",
    ALC,
    DOWN,
    "Phuket",
    "events@andamanweddings.example.com",
    offers=[("theme party planning and styling", "event_planning_service")],
    needs=[
        need("Halloween fancy dress hire for 200 guests", "costume_rental_service"),
        need("traditional Thai outfits to rent for wedding guests", "thai_dress_rental_service"),
        need("eco outfits remade from waste fabric for a green-themed party", "upcycled_costume"),
    ],
)
add(
    56,
    "th",
    "คณะลิเกสุพรรณ",
    ALC,
    DOWN,
    "Suphan Buri",
    "likay.suphan@example.co.th",
    offers=[("ให้เช่าชุดลิเก พร้อมเครื่องประดับ", "likay_costume_rental")],
    needs=[
        need("ผ้าเลื่อมวิบวับ", "sequin_fabric"),
        need("มีร้านไหนรับปักเลื่อมเพิ่มบนชุดลิเกที่เราส่งไปบ้าง", "beading_service"),
    ],
)
add(
    57,
    "th",
    "ร้านชุดหางเครื่องหมอลำ ขอนแก่น",
    ALI,
    DOWN,
    "Khon Kaen",
    "kk.hangkrueang@example.co.th",
    offers=[("ชุดหางเครื่อง ชุดเลื่อมวิบวับ ตัดตามไซส์", "stage_show_costume")],
    needs=[
        need("ผ้าปักเลื่อมเต็มผืน", "sequin_fabric"),
        need("ผ้าไลคร่าเงา", "spandex_fabric"),
        need("ขนนกย้อมสี ขนนกกระจอกเทศ", unmet="feathers; nobody sells them"),
    ],
)
add(
    58,
    "en",
    "Riverside University Drama Department",
    ALC,
    DOWN,
    "Bangkok",
    "drama@riverside-uni.example.ac.th",
    offers=[("costume store clear-out: used production costumes", "used_costumes")],
    needs=[
        need("bespoke period wardrobe for a Shakespeare production", "costume_custom_made"),
        need("calico for mock-ups", "cotton_grey_fabric"),
    ],
)
add(
    59,
    "th",
    "โรงเรียนบ้านห้วยไร่",
    HEMP,
    DOWN,
    "Chiang Rai",
    "huairai.school@example.co.th",
    offers=[],
    needs=[
        need("ชุดฟ้อนเล็บ เด็กประถม 20 ชุด", "lanna_dance_costume"),
        need("ชุดชาวเขา สำหรับละครโรงเรียน", "hilltribe_costume"),
    ],
)
add(
    60,
    "en",
    "CosMart Online",
    SPORT,
    DOWN,
    "Nonthaburi",
    "shop@cosmart.example.com",
    offers=[
        ("ready-made cosplay outfits, anime and game characters", "cosplay_costume_ready"),
        ("pre-styled cosplay wigs", "cosplay_wig"),
        ("foam swords and shields", "costume_props"),
    ],
    needs=[
        need("coloured contact lenses", unmet="contact lenses; no one sells them"),
        need("poly garment bags for shipping", "garment_cover_bag"),
    ],
)

# ------------------------------------------------------------------ data, part 3: bcq-061 .. bcq-095
# Costume makers, rental shops, schools, theme parks, event companies and care homes that buy.

add(
    61,
    "th",
    "โคราชพร็อพช็อป",
    SPORT,
    DOWN,
    "Nakhon Ratchasima",
    "korat.prop@example.co.th",
    offers=[("พร็อพคอสเพลย์ ดาบ โล่ เกราะ ทำจากโฟม EVA", "costume_props")],
    needs=[
        need("โฟมยางแผ่นหนา 10 มิล", "eva_foam_sheet"),
        need("หนังเทียมพียูสีดำ ทำสายรัดเกราะ", "faux_leather_fabric"),
    ],
)
add(
    62,
    "en",
    "Golden Years Residence Hua Hin",
    ALC,
    DOWN,
    "Prachuap Khiri Khan",
    "office@goldenyears.example.com",
    offers=[],
    needs=[
        need("easy-on Thai costumes for residents' Songkran show, velcro closures", "adaptive_costume"),
        need("costume hire for our New Year party", "costume_rental_service", "likay_costume_rental"),
    ],
)
add(
    63,
    "th",
    "ร้านชุดไทยใส่ง่ายสำหรับผู้สูงวัย",
    ALC,
    DOWN,
    "Nakhon Pathom",
    "sai-ngai.thai@example.co.th",
    offers=[("ชุดไทยผู้สูงอายุ ใส่ง่าย ติดตีนตุ๊กแก ไม่มีซิป", "adaptive_costume")],
    needs=[
        need("แถบหนามเตยติดผ้า ม้วนใหญ่", "hook_loop_tape"),
        need("ผ้าทอพื้นเมืองเนื้อฝ้าย นุ่ม ไม่ระคายผิว", "cotton_mudmee_fabric", "cotton_brocade_fabric"),
    ],
)
add(
    64,
    "en",
    "Dan Sai Phi Ta Khon Crafts",
    ALI,
    DOWN,
    "Loei",
    "ghostmask@dansaicrafts.example.com",
    offers=[
        ("Phi Ta Khon masks, coconut sheath and sticky-rice basket, hand painted", "phi_ta_khon_mask"),
        ("Phi Ta Khon patchwork festival costume", "phi_ta_khon_costume"),
    ],
    needs=[need("colourful fabric scraps for patchwork", "cotton_cutting_waste", "synthetic_cutting_waste")],
    certs=(OTOP,),
)
add(
    65,
    "th",
    "ร้านหัวโขนและเครื่องประดับนาฏศิลป์ กรุงเก่า",
    ALC,
    DOWN,
    "Phra Nakhon Si Ayutthaya",
    "krungkao.khon@example.co.th",
    offers=[
        ("หัวโขน ทำมือ ลงรักปิดทอง", "khon_mask"),
        ("ชฎา มงกุฎ รัดเกล้า เครื่องประดับชุดรำ", "thai_dance_headdress"),
    ],
    needs=[need("ผ้าเวลเวทบุด้านในหัวโขน", "velvet_fabric")],
)
add(
    66,
    "en",
    "Sukhothai Performing Arts School",
    ALC,
    DOWN,
    "Sukhothai",
    "admin@sukhothai-arts.example.ac.th",
    offers=[],
    needs=[
        need("khon masks for student performances", "khon_mask"),
        need("crowns and headdresses for classical dance", "thai_dance_headdress"),
        need("re-embroidery of our old khon costumes", "costume_repair_service"),
    ],
)
add(
    67,
    "th",
    "รียูส ชุดแฟนซีอัพไซเคิล",
    CIRC,
    DOWN,
    "Kanchanaburi",
    "reuse.fancy@example.co.th",
    offers=[("ชุดแฟนซีอัพไซเคิล ตัดจากผ้าเหลือใช้", "upcycled_costume")],
    needs=[
        need("เศษผ้าต่วน ผ้ามัน คละสี", "synthetic_cutting_waste"),
        need("ชุดมือสองจากร้านเช่า", "used_costumes"),
    ],
    bcg=("circular",),
)
add(
    68,
    "en",
    "Pattaya Cheer Wear",
    SPORT,
    DOWN,
    "Chonburi",
    "team@pattayacheer.example.com",
    offers=[("cheer uniforms, sublimated tops and pleated skirts", "cheer_uniform")],
    needs=[
        need("spandex for cheer shorts", "spandex_fabric"),
        need("who can sublimate onto fabric we supply?", "sublimation_printing_service"),
        need("team names embroidered on jackets", "embroidery_service"),
    ],
    certs=(ISO9001,),
)
add(
    69,
    "th",
    "โรงเรียนอุดรพัฒนา",
    SPORT,
    DOWN,
    "Udon Thani",
    "udonpattana.school@example.co.th",
    offers=[],
    needs=[
        need("ชุดเชียร์ลีดเดอร์กีฬาสี 24 ชุด ผลิตโดยโรงงานที่ได้ ISO 9001", "cheer_uniform", req=(ISO9001,)),
        need("ชุดดรัมเมเยอร์ พร้อมหมวกขนนก", unmet="drum major uniforms; nobody makes them"),
    ],
)
add(
    70,
    "en",
    "MascotWorks Thailand",
    SPORT,
    DOWN,
    "Nonthaburi",
    "build@mascotworks.example.com",
    offers=[("walk-around mascot costumes with fan helmets", "mascot_costume")],
    needs=[
        need("long-pile faux fur", "faux_fur_fabric"),
        need("polyester stuffing", "polyester_fiberfill"),
        need("see-through mesh for eye panels", "mesh_fabric"),
    ],
)
add(
    71,
    "th",
    "สยามคาบาเรต์ ดินเนอร์โชว์",
    ALC,
    DOWN,
    "Chonburi",
    "siamcabaret.show@example.co.th",
    offers=[],
    needs=[
        need("ชุดนางโชว์ปักเลื่อม สำหรับนักเต้น 20 คน", "stage_show_costume"),
        need("ซักแห้งชุดโชว์ทุกสัปดาห์", "costume_cleaning_service"),
        need("ผ้าม่านเวทีแบบกันไฟ", "fr_fabric"),
    ],
)
add(
    72,
    "th",
    "ชมรมผู้สูงอายุรำวงบ้านเมืองสรวง",
    ALI,
    DOWN,
    "Roi Et",
    "muangsuang.elders@example.co.th",
    offers=[],
    needs=[
        need("ชุดรำพื้นบ้านอีสาน ไซส์ผู้สูงอายุ 30 ชุด", "serng_dance_costume", "phu_thai_dance_costume"),
        need("ผ้าข้าวม้าสินค้าโอทอป ไว้คาดเอว", "pha_khao_ma", req=(OTOP,)),
    ],
)
add(
    73,
    "th",
    "ร้านชุดภูไทกาฬสินธุ์",
    ALI,
    DOWN,
    "Kalasin",
    "phuthai.kalasin@example.co.th",
    offers=[("ชุดฟ้อนภูไท เสื้อแขนกระบอก ผ้าซิ่นมัดหมี่", "phu_thai_dance_costume")],
    needs=[need("ผ้าฝ้ายย้อมครามสีเข้ม ตัดเสื้อภูไท", "indigo_dyed_cotton_fabric")],
)
add(
    74,
    "en",
    "Ubon Candle Festival Troupe",
    ALI,
    DOWN,
    "Ubon Ratchathani",
    "troupe@ubonfestival.example.com",
    offers=[],
    needs=[
        need("Isan folk dance costumes for 40 dancers", "serng_dance_costume", "phu_thai_dance_costume"),
        need("Peacock Emblem silk for the lead dancers", "silk_fabric", req=(PEACOCK,)),
    ],
)
add(
    75,
    "th",
    "สยามสวมใส เช่าชุดไทย",
    ALC,
    DOWN,
    "Bangkok",
    "siamsuamsai@example.co.th",
    offers=[
        ("เช่าชุดไทยจักรี ชุดไทยบรมพิมาน รายวัน", "thai_dress_rental_service"),
        ("ชุดไทยสำเร็จรูป ผู้ใหญ่และเด็ก", "thai_traditional_dress"),
    ],
    needs=[need("ผ้าไหมไว้ตัดชุดไทย ไม่ต้องมีตรานกยูง", "silk_fabric", waive=(PEACOCK,))],
)
add(
    76,
    "en",
    "Lanna Costume Hire",
    ALC,
    DOWN,
    "Chiang Mai",
    "hire@lannacostume.example.com",
    offers=[("Lanna and Thai costume hire for photo shoots", "thai_dress_rental_service")],
    needs=[
        need("hill-tribe outfits to add to our hire stock", "hilltribe_costume"),
        need("indigo farmer shirts from Phrae", "mohom_shirt"),
    ],
)
add(
    77,
    "th",
    "คอสคิวท์ ชุดคอสเพลย์ออนไลน์",
    SPORT,
    DOWN,
    "Bangkok",
    "coscute@example.co.th",
    offers=[
        ("ชุดคอสเพลย์สำเร็จรูป อนิเมะ เกม", "cosplay_costume_ready"),
        ("รับตัดชุดคอสตามรูป", "costume_custom_made"),
    ],
    needs=[
        need("ผ้าต่วนมันเงาสีสด ไม่ต้องมี โอเคเทกซ์", "satin_fabric", waive=(OEKO,)),
        need("ออแกนซ่าทำกระโปรงชั้นนอก", "organza_fabric"),
        need("ผมปลอมยาวสำหรับคอสเพลย์", "cosplay_wig"),
    ],
)
add(
    78,
    "en",
    "BrightStar Event Organiser",
    ALC,
    DOWN,
    "Bangkok",
    "hello@brightstar-events.example.com",
    offers=[("product launch and stage event organising", "event_planning_service")],
    needs=[
        need("mascot for a product launch", "mascot_costume"),
        need("LED light-up costumes", unmet="light-up costumes; no one in the set makes them"),
        need("ghost masks from the Dan Sai festival for a themed launch", "phi_ta_khon_mask"),
    ],
)
add(
    79,
    "th",
    "ร้านชุดแฟนซีเด็กส่ง สำเพ็ง",
    ALC,
    DOWN,
    "Bangkok",
    "sampeng.kidsfancy@example.co.th",
    offers=[
        ("ชุดเจ้าหญิงผ้าซาติน ชุดซุปเปอร์ฮีโร่เด็ก ขายส่ง", "party_costume"),
        ("ชุดอาชีพเด็ก ใส่วันเด็ก", "kids_career_costume"),
    ],
    needs=[
        need("ผ้าตาข่ายนิ่ม ทำกระโปรงฟู", "tulle_net"),
        need("ผ้าต่วนสีชมพู สีฟ้า", "satin_fabric"),
        need("มีโรงงานไหนย้อมสีผ้าดิบที่เราซื้อมาเองได้บ้าง", "cloth_dyeing_service"),
    ],
)
add(
    80,
    "en",
    "Little Stars Costume Co.",
    SPORT,
    DOWN,
    "Bangkok",
    "sales@littlestars.example.com",
    offers=[
        ("school-play costumes for children: animals, trees, stars", "kids_performance_costume"),
        ("Halloween costumes, wholesale", "party_costume"),
    ],
    needs=[
        need("OEKO-TEX certified knit or stretch fabric for kidswear", "spandex_fabric", "knit_fabric", req=(OEKO,)),
        need("a contractor to stitch our cut panels, 500 pcs", "cut_and_sew_service"),
    ],
)
add(
    81,
    "th",
    "ร้านถุงคลุมชุดรักษ์โลก",
    CIRC,
    DOWN,
    "Phetchaburi",
    "rakloke.bag@example.co.th",
    offers=[("ถุงคลุมชุด ทำจากสปันบอนด์รีไซเคิล", "garment_cover_bag")],
    needs=[need("ผ้า rPET ทำถุง GRS ไม่บังคับ", "rpet_fabric", waive=(GRS,))],
    bcg=("circular",),
)
add(
    82,
    "en",
    "Circular Stage Co-op",
    CIRC,
    DOWN,
    "Bangkok",
    "coop@circularstage.example.com",
    offers=[("upcycled costumes from retired theatre stock", "upcycled_costume")],
    needs=[
        need("second-hand costumes, any condition", "used_costumes"),
        need("wash and press of second-hand outfits before resale", "costume_cleaning_service"),
    ],
    bcg=("circular",),
)
add(
    83,
    "th",
    "ร้านกระเป๋าผ้าคราม ห้วยแก้ว",
    HEMP,
    DOWN,
    "Chiang Mai",
    "huaikaew.bag@example.co.th",
    offers=[
        ("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม", "cloth_bag"),
        ("ผ้าพันคอใยกัญชง", "hemp_scarf"),
    ],
    needs=[need("ผ้าฝ้ายย้อมครามธรรมชาติ ไม่เอาสีเคมี", "indigo_dyed_cotton_fabric")],
)
add(
    84,
    "en",
    "Heritage Film Wardrobe",
    HEMP,
    DOWN,
    "Bangkok",
    "wardrobe@heritagefilm.example.com",
    offers=[],
    needs=[
        need("natural-dyed cotton cloth for a period film, no synthetic dye", "indigo_dyed_cotton_fabric"),
        need("hand-loomed hemp yardage", "hemp_fabric"),
        need("pattern cutter for period costumes", "pattern_making_service"),
    ],
)
add(
    85,
    "th",
    "บ้านพักผู้สูงอายุสุขใจ",
    ALC,
    DOWN,
    "Chanthaburi",
    "sukjai.home@example.co.th",
    offers=[],
    needs=[
        need("ชุดประจำชาติแบบสวมง่าย ให้คุณตาคุณยายใส่งานสงกรานต์", "adaptive_costume"),
        need("ส่งชุดการแสดงไปซักรีด", "costume_cleaning_service"),
    ],
)
add(
    86,
    "en",
    "Korat Mor Lam Stage Troupe",
    ALI,
    DOWN,
    "Nakhon Ratchasima",
    "stage@koratmorlam.example.com",
    offers=[],
    needs=[
        need("sparkly dancer outfits for our mor lam line", "stage_show_costume"),
        need("wigs for the dancers", "cosplay_wig"),
        need("stage make-up artist for tour nights", unmet="make-up service; no one offers it"),
    ],
)
add(
    87,
    "th",
    "ร้านชุดเซิ้งอุบล",
    ALI,
    DOWN,
    "Ubon Ratchathani",
    "serng.ubon@example.co.th",
    offers=[("ชุดเซิ้งกระติ๊บ ชุดฟ้อนพื้นบ้าน ตัดขาย", "serng_dance_costume")],
    needs=[
        need("ผ้าหมี่ฝ้าย ลายนาค", "cotton_mudmee_fabric"),
        need("ผ้าแพรอีโป้ ไว้คาดเอวชุดเซิ้ง", "pha_khao_ma"),
    ],
)
add(
    88,
    "en",
    "Northern Comic Con",
    SPORT,
    DOWN,
    "Chiang Mai",
    "team@northerncomiccon.example.com",
    offers=[("cosplay contest and convention organising", "event_planning_service")],
    needs=[
        need("character costumes for our stage hosts", "cosplay_costume_ready", "costume_custom_made"),
        need("prop weapons for the photo booth", "costume_props"),
        need("on-site wig styling during the event", "wig_styling_service"),
    ],
)
add(
    89,
    "th",
    "ร้านชุดชนเผ่าม้ง บ้านแม่สา",
    HEMP,
    MID,
    "Chiang Mai",
    "maesa.hmong@example.co.th",
    offers=[("ชุดม้งผ้าใยกัญชง ปักมือ กระโปรงจีบ", "hilltribe_costume")],
    needs=[
        need("ผ้าป่านเขียนลายขี้ผึ้งแบบม้ง", "hmong_batik_hemp_fabric"),
        need("หาคนย้อมสีครามให้ผ้ากัญชงที่เราทอเอง", "indigo_dyeing_service"),
    ],
)
add(
    90,
    "th",
    "ธนาคารชุดการแสดงโรงเรียนภาคใต้",
    CIRC,
    DOWN,
    "Songkhla",
    "south.costumebank@example.co.th",
    offers=[],
    needs=[
        need("ชุดการแสดงมือสอง ให้โรงเรียนยืมไปเล่นละคร", "used_costumes"),
        need("ชุดโนรา สำหรับทีมรำของโรงเรียน", "nora_costume"),
        need("ผ้าปาเต๊ะ ตัดชุดรำมลายู", "batik_cotton_fabric"),
    ],
)
add(
    91,
    "th",
    "มาสคอตแลนด์",
    SPORT,
    DOWN,
    "Bangkok",
    "mascotland@example.co.th",
    offers=[("ชุดมาสคอตตัวการ์ตูน หัวไฟเบอร์กลาส", "mascot_costume")],
    needs=[
        need("ใยสังเคราะห์ยัดไส้", "polyester_fiberfill"),
        need(
            "ผ้าขนเทียมขนฟู ต้องผ่าน OEKO-TEX",
            "faux_fur_fabric",
            req=(OEKO,),
            unmet="the only faux fur in the set has no OEKO-TEX",
        ),
    ],
)
add(
    92,
    "en",
    "Nan Heritage Textile Shop",
    HEMP,
    DOWN,
    "Nan",
    "shop@nanheritage.example.com",
    offers=[("Tai Lue woven shoulder bags", "cloth_bag")],
    needs=[
        need(
            "GOTS organic handspun cotton for weaving demos",
            "cotton_yarn_handspun",
            req=(GOTS,),
            unmet="no handspun cotton in the set is GOTS",
        ),
        need("Tai Lue costumes for shop staff", unmet="Tai Lue costumes; no one makes them"),
    ],
)
add(
    93,
    "th",
    "โรงแรมบุรีรัมย์แกรนด์",
    ALI,
    DOWN,
    "Buriram",
    "buriram.grand@example.co.th",
    offers=[],
    needs=[
        need("ชุดรำไทย ชุดนาฏศิลป์ สำหรับโชว์ต้อนรับแขก", "thai_classical_dance_costume"),
        need("ชุดโชว์ประดับเลื่อมสำหรับนักเต้น", "stage_show_costume"),
    ],
)
add(
    94,
    "en",
    "Isan Dance Academy",
    ALI,
    DOWN,
    "Khon Kaen",
    "academy@isandance.example.com",
    offers=[],
    needs=[
        need("Phu Thai costumes for students", "phu_thai_dance_costume"),
        need("handwoven ikat cotton, OTOP not needed", "cotton_mudmee_fabric", waive=(OTOP,)),
    ],
)
add(
    95,
    "th",
    "ร้านชุดฟ้อนเมือง เวียงพิงค์",
    ALC,
    DOWN,
    "Chiang Mai",
    "wiangping.fon@example.co.th",
    offers=[
        ("ชุดฟ้อนเมืองล้านนา ครบชุด ตัดขายและให้เช่า", "lanna_dance_costume"),
        ("ชุดนางรำ ชุดละครนอก พร้อมผ้านุ่งจีบ", "thai_classical_dance_costume"),
    ],
    needs=[need("ผ้าซิ่นตีนจกแม่แจ่ม", unmet="teen jok sarong cloth; no one in the set weaves it")],
)


# ------------------------------------------------------------------ checks

PROFILES: tuple[Profile, ...] = tuple(B.rows)

_THAI = re.compile("[\u0e00-\u0e7f]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
_EMAIL = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
_LABEL = re.compile(r"^[a-z][a-z0-9_]*$")


def _is_thai_phrase(text: str) -> bool:
    thai = len(_THAI.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return thai > latin


def _is_english_phrase(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(_LATIN_LETTER.match(c) for c in letters) and not _THAI.search(text)


def _names_certification(text: str, name: str) -> bool:
    """True when `text` names certification `name` in any of its spellings (negated or not)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for cert in CERTIFICATIONS:
        if cert.name == name:
            spellings = (cert.name, cert.full_name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
            return any(unicodedata.normalize("NFKC", s).casefold() in folded for s in spellings)
    return False


def profile_certs(profile: Profile) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in profile.certifications)


def supplier_index() -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for profile in PROFILES:
        for _, label in profile.offers:
            index.setdefault(label, set()).add(profile.id)
    return index


def qualified_suppliers(buyer: Profile, item: Need) -> set[str]:
    index = supplier_index()
    certs = {p.id: profile_certs(p) for p in PROFILES}
    return {
        supplier
        for label in item.labels
        for supplier in index.get(label, set())
        if supplier != buyer.id and set(item.requires) <= certs[supplier]
    }


def true_links() -> list[tuple[str, str]]:
    pairs = {(s, buyer.id) for buyer in PROFILES for item in buyer.needs for s in qualified_suppliers(buyer, item)}
    return sorted(pairs)


def check() -> list[str]:
    errors: list[str] = []
    ids = [p.id for p in PROFILES]
    expected = [f"{ID_PREFIX}-{n:03d}" for n in range(1, N_PROFILES + 1)]
    if ids != expected:
        errors.append(f"ids must be {expected[0]} .. {expected[-1]} in order, unique; got {len(ids)} rows")
    index = supplier_index()
    all_offer_texts = {text for p in PROFILES for text, _ in p.offers}
    for p in PROFILES:
        where = p.id
        if p.language not in ("th", "en"):
            errors.append(f"{where}: language {p.language!r}")
        if not isinstance(p.sub_cluster, SubCluster) or not isinstance(p.stage, Stage):
            errors.append(f"{where}: sub_cluster or stage not a taxonomy value")
        province = resolve_province(p.province)
        if province is None or province.name_en != p.province:
            errors.append(f"{where}: province {p.province!r} does not resolve to its English name")
        for cert in p.certifications:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not a canonical name")
        for tag in p.bcg:
            if tag not in {t.value for t in BcgTag}:
                errors.append(f"{where}: bcg tag {tag!r}")
        if len(set(p.bcg)) != len(p.bcg) or len(set(p.certifications)) != len(p.certifications):
            errors.append(f"{where}: repeated bcg tag or certification")
        if not _EMAIL.match(p.email):
            errors.append(f"{where}: email {p.email!r}")
        if len(p.offers) > 3 or len(p.needs) > 3 or not (p.offers or p.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        phrase_ok = _is_thai_phrase if p.language == "th" else _is_english_phrase
        texts = [p.name, *(t for t, _ in p.offers), *(n.text for n in p.needs)]
        for text in texts:
            if not text.strip() or text != text.strip() or "  " in text:
                errors.append(f"{where}: blank or badly spaced phrase {text!r}")
            if not phrase_ok(text):
                errors.append(f"{where}: phrase {text!r} is not written in {p.language}")
        for text, label in p.offers:
            if not _LABEL.match(label):
                errors.append(f"{where}: offer label {label!r}")
            stray = find_certifications(text) - profile_certs(p)
            if stray:
                errors.append(f"{where}: offer {text!r} claims {sorted(stray)} the profile does not hold")
        for item in p.needs:
            at = f"{where} need {item.text!r}"
            if item.text in all_offer_texts:
                errors.append(f"{at}: worded exactly like an offer")
            if not item.labels and not item.unmet:
                errors.append(f"{at}: lists no labels and is not marked as met by no one")
            for label in item.labels:
                if not (index.get(label, set()) - {p.id}):
                    errors.append(f"{at}: label {label!r} is offered by no one other than the buyer")
            for cert in (*item.requires, *item.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{at}: {cert!r} is not a canonical certification")
            if set(item.requires) & set(item.waives):
                errors.append(f"{at}: requires and waives the same certification")
            named = find_certifications(item.text)
            if named != set(item.requires):
                errors.append(f"{at}: text asks for {sorted(named)}, labelled {sorted(item.requires)}")
            for cert in item.waives:
                if not _names_certification(item.text, cert) or cert in named:
                    errors.append(f"{at}: waived {cert!r} must be named in the text, as a waiver")
            qualified = qualified_suppliers(p, item)
            if item.unmet and qualified:
                errors.append(f"{at}: marked as met by no one but {sorted(qualified)} qualify")
            if not item.unmet and not qualified:
                errors.append(f"{at}: no qualified supplier")
    errors.extend(_check_targets())
    return errors


def _check_targets() -> list[str]:
    errors: list[str] = []
    stats = statistics()
    thai_share = stats["thai"] / max(1, stats["profiles"])
    if not THAI_SHARE[0] <= thai_share <= THAI_SHARE[1]:
        errors.append(f"Thai share {thai_share:.2f} outside {THAI_SHARE}")
    if not LINKS_RANGE[0] <= stats["links"] <= LINKS_RANGE[1]:
        errors.append(f"{stats['links']} true links, want {LINKS_RANGE[0]}-{LINKS_RANGE[1]}")
    cross = stats["th_to_en"] + stats["en_to_th"]
    share = cross / max(1, stats["links"])
    if not CROSS_SHARE[0] <= share <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {share:.2f} outside {CROSS_SHARE}")
    if not UNMET_RANGE[0] <= stats["unmet"] <= UNMET_RANGE[1]:
        errors.append(f"{stats['unmet']} needs met by no one, want {UNMET_RANGE[0]}-{UNMET_RANGE[1]}")
    if stats["met"] and stats["met_by_1_to_3"] / stats["met"] < 0.7:
        errors.append(f"only {stats['met_by_1_to_3']} of {stats['met']} met needs have 1-3 suppliers")
    return errors


# ------------------------------------------------------------------ counts


def statistics() -> dict[str, int]:
    by_id = {p.id: p for p in PROFILES}
    links = true_links()
    stats: dict[str, int] = Counter()
    stats["profiles"] = len(PROFILES)
    stats["thai"] = sum(p.language == "th" for p in PROFILES)
    stats["english"] = sum(p.language == "en" for p in PROFILES)
    stats["offers"] = sum(len(p.offers) for p in PROFILES)
    stats["offer_labels"] = len({label for p in PROFILES for _, label in p.offers})
    stats["needs"] = sum(len(p.needs) for p in PROFILES)
    for p in PROFILES:
        for item in p.needs:
            n = len(qualified_suppliers(p, item))
            stats["met" if n else "unmet"] += 1
            stats["met_by_1_to_3"] += 1 <= n <= 3
            stats["requires_cert"] += bool(item.requires)
            stats["waives_cert"] += bool(item.waives)
    stats["links"] = len(links)
    for s, b in links:
        pair = (by_id[s].language, by_id[b].language)
        stats["th_to_en"] += pair == ("th", "en")
        stats["en_to_th"] += pair == ("en", "th")
        stats["within"] += pair[0] == pair[1]
        stats["cross_sub_cluster"] += by_id[s].sub_cluster != by_id[b].sub_cluster
    stats["provinces"] = len({p.province for p in PROFILES})
    return dict(stats)


def counts_table() -> str:
    stats = statistics()
    rows: list[tuple[str, str]] = [
        ("profiles", str(stats["profiles"])),
        ("Thai / English", f"{stats['thai']} / {stats['english']}"),
    ]
    for sub in SubCluster:
        rows.append((f"sub-cluster `{sub.value}`", str(sum(p.sub_cluster is sub for p in PROFILES))))
    for stage in Stage:
        rows.append((f"stage `{stage.value}`", str(sum(p.stage is stage for p in PROFILES))))
    regions = Counter(resolve_province(p.province).region.value for p in PROFILES)  # type: ignore[union-attr]
    for region in ("north", "northeast", "central", "east", "west", "south"):
        rows.append((f"region `{region}`", str(regions[region])))
    cross = stats["th_to_en"] + stats["en_to_th"]
    rows += [
        ("distinct provinces", str(stats["provinces"])),
        ("offers", str(stats["offers"])),
        ("distinct offer labels", str(stats["offer_labels"])),
        ("needs", str(stats["needs"])),
        ("needs met / met by no one", f"{stats['met']} / {stats['unmet']}"),
        ("met needs with 1-3 qualified suppliers", str(stats["met_by_1_to_3"])),
        ("needs requiring a certification", str(stats["requires_cert"])),
        ("needs waiving a certification", str(stats["waives_cert"])),
        ("true links", str(stats["links"])),
        ("links Thai supplier -> English buyer", str(stats["th_to_en"])),
        ("links English supplier -> Thai buyer", str(stats["en_to_th"])),
        ("cross-language links (share)", f"{cross} ({cross / max(1, stats['links']):.0%})"),
        ("within-language links", str(stats["within"])),
        ("links between different sub-clusters", str(stats["cross_sub_cluster"])),
    ]
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ output


def profile_json(p: Profile) -> str:
    row = {
        "id": p.id,
        "name": p.name,
        "sub_cluster": p.sub_cluster.value,
        "stage": p.stage.value,
        "province": p.province,
        "offers": [text for text, _ in p.offers],
        "needs": [item.text for item in p.needs],
        "certifications": list(p.certifications),
        "bcg": list(p.bcg),
        "contact_email": p.email,
        "language": p.language,
    }
    return json.dumps(row, ensure_ascii=False)


def links_csv() -> str:
    return "supplier_id,buyer_id\n" + "".join(f"{s},{b}\n" for s, b in true_links())


README_HEAD = """# eval/blind_plain_costume

A hand-labelled test set for partner matching, on one theme: **costumes and cosplay** (cosplay
costumes, fancy dress and Thai dress rental, school play and folk dance costumes, mascots, wigs,
masks and props, costume fabric such as satin, organza, sequin cloth and faux leather, costume
makers, theme parks, schools, care homes and event companies that buy), plus the ordinary upstream
and midstream suppliers of the cluster (fibre, yarn, waste, cloth, dyeing, printing, sewing).

## What it checks

How well the matcher finds the true supplier-buyer pairs from plain registry wording it has never
seen: one short phrase per offer or need, Thai or English, with local and regional names (ผ้าหม้อห้อม,
ม่อฮ่อม, ผ้าต่วน, ผ้าแพรอีโป้, หนามเตย), trade words, brand names and abbreviations (Kanekalon, YKK, Lycra,
PSF, FDY, DTY, PALF, CMT, FR), with and without quantities, prices, sizes and places. Needs are worded
differently from the offers that meet them, often in the other language.

Hard but fair cases are included on purpose:

- a service versus the goods it works on: indigo dyeing of the customer's cloth versus indigo-dyed
  cloth, sublimation printing on the customer's fabric versus printed lycra or sublimated cheer
  uniforms, sewing for others versus finished costumes, wig styling versus wigs, costume dry
  cleaning, repair, beading and flame-retardant finishing of the customer's own costumes;
- waste and used goods versus new: satin and stretch offcuts, cotton clippings, retired rental
  costumes versus new cloth and new costumes;
- raw versus processed: hemp bast fibre, hemp yarn, hemp cloth and hemp costumes; PET flake, recycled
  staple fibre, rPET yarn and rPET cloth;
- finished goods described by their material, colour or technique: an indigo-dyed handwoven cotton
  bag is a bag, EVA-foam swords are props, a satin princess dress is a costume, an indigo ผ้าขาวม้า
  is a loincloth;
- needs written as a wish, a bare noun phrase or a question, and refusals ("no synthetic dye",
  "ไม่เอาสีเคมี");
- needs that require a named certification (only suppliers holding it qualify) and needs that name one
  only to waive it;
- needs that no one in the set meets, some of them because the only suppliers of the thing lack the
  certification the need asks for.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile format and links CSV), the
shared taxonomy (`shared/taxonomy.py` and `shared/taxonomy_data/`) and the project's ruff settings;
not the matcher, its glossary, its tests or any other evaluation set. Every province resolves with
`resolve_province`, every certification with `resolve_certification`; sub-cluster, stage and BCG
tags are taxonomy values.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels
that would meet it and the certifications its text requires, or is marked as met by no one with a
short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label
listed by one of the buyer's needs and the supplier's certifications hold every certification that
need requires. An SME is never linked to itself. Shared words play no part; quantities, prices and
places never decide a link; what changes what the thing is does. A waived certification is not
required. The labels live only in `write.py`; `profiles.jsonl` carries the contract's fields only.

Before writing, the script checks ids, every contract field, that every label a need lists is offered
by someone other than the buyer, that every met need has a qualified supplier and every unmet one has
none, that a required or waived certification is named in the need's text (a required one as the
taxonomy's `find_certifications` reads it, a waived one as a negated mention), the language of every
phrase, and the size targets. It writes nothing if a check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

```
.venv/bin/python eval/blind_plain_costume/write.py
```

## Files

- `write.py`: all the data, the labels, the checks; writes the three files below.
- `profiles.jsonl`: 95 SME profiles, contract JSONL version 1, ids `bcq-001` .. `bcq-095`.
- `links.csv`: the true links, `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def main() -> int:
    errors = check()
    if errors:
        print(f"{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  - {error}", file=sys.stderr)
        return 1
    table = counts_table()
    outputs = {
        "profiles.jsonl": "".join(profile_json(p) + "\n" for p in PROFILES),
        "links.csv": links_csv(),
        "README.md": README_HEAD + table,
    }
    for filename, text in outputs.items():
        (HERE / filename).write_text(text, encoding="utf-8", newline="\n")
    print(table, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
