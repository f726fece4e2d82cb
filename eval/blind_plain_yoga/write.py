"""Write the hand-labelled evaluation set `eval/blind_plain_yoga/`.

Theme: yoga, pilates and fitness goods, their upstream and midstream suppliers, and the studios,
retreats, gyms, hotels and clinics that buy them. Plain registry entries, about 55 % in Thai.

Run from the repository root:  .venv/bin/python eval/blind_plain_yoga/write.py

All data and all labels live in this file. The script checks the data, then writes
profiles.jsonl, links.csv and README.md next to itself, and prints the counts table.
It writes nothing if a check fails.
"""

from __future__ import annotations

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

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "byg"
N_PROFILES = 95
LINK_RANGE = (160, 180)
CROSS_SHARE_RANGE = (0.40, 0.60)
THAI_SHARE_RANGE = (0.50, 0.60)
UNMET_RANGE = (17, 23)

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value
BIO = BcgTag.BIO.value
CIRCULAR = BcgTag.CIRCULAR.value
GREEN = BcgTag.GREEN.value


@dataclass(frozen=True)
class Need:
    """A need: the offer labels that meet it and the certifications its text requires,
    or, when `unmet` holds a note, a need that no one in the set meets."""

    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by no one. Labels may be given when the goods exist but no holder of `req` offers them."""
    return Need(text, labels, req, waive, note)


SMES: list[Sme] = []


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> None:
    SMES.append(Sme(num, language, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg))


# ====================================================================== data, 001-025
# Rubber, cork and TPE for mats; jute, hemp and cotton fibre; yarn, dyeing, knit fabric; waste.

sme(
    1,
    "th",
    "สหกรณ์กองทุนสวนยางบ้านควนเนียง",
    SPORT,
    UP,
    "Songkhla",
    "kuanniang.coop@gmail.com",
    [
        ("น้ำยางข้น 60% ส่งรถแท็งก์", "natural_rubber_latex"),
        ("ยางแผ่นรมควัน ชั้น 3", "rubber_smoked_sheet"),
    ],
    [unmet("กรดฟอร์มิก ใช้จับตัวยาง", "a chemical; no one in the set sells chemicals")],
    certs=("FSC",),
    bcg=(BIO,),
)
sme(
    2,
    "en",
    "Trang Latex Foam Co., Ltd.",
    SPORT,
    MID,
    "Trang",
    "sales@tranglatexfoam.co.th",
    [("Natural rubber foam sheet 4 mm, 183 x 61 cm", "natural_rubber_foam_sheet")],
    [
        need("Concentrated latex, FSC certified, 20 t/month", "natural_rubber_latex", req=("FSC",)),
        need("burlap scrim for backing", "jute_hessian_fabric"),
    ],
    certs=("FSC",),
    bcg=(BIO, GREEN),
)
sme(
    3,
    "th",
    "วิสาหกิจชุมชนยางพาราบ้านทุ่งหว้า",
    SPORT,
    UP,
    "Satun",
    "thungwa.rubber@hotmail.com",
    [
        ("น้ำยางสดจากสวน ส่งทุกเช้า", "natural_rubber_latex"),
        ("ขี้ยาง ยางก้อนถ้วย", "rubber_cup_lump"),
    ],
    [unmet("ถุงมือกรีดยาง และมีดกรีด", "tapping tools; not made in the cluster")],
    bcg=(BIO,),
)
sme(
    4,
    "en",
    "Andaman Cork & Rubber Trading",
    SPORT,
    MID,
    "Phuket",
    "hello@andamancork.com",
    [("Cork sheet rolls 2-3 mm (Portugal), FSC", "cork_sheet")],
    [need("ground rubber, fine mesh", "rubber_crumb")],
    certs=("FSC certified",),
    bcg=(BIO,),
)
sme(
    5,
    "th",
    "บจก. บางพลีโฟมเทค",
    SPORT,
    MID,
    "Samut Prakan",
    "bangpleefoam@gmail.com",
    [("แผ่นโฟม TPE หนา 6 มม. สองสี ม้วนละ 50 เมตร", "tpe_foam_sheet")],
    [unmet("เม็ดพลาสติก TPE เกรดฉีด", "plastic pellets; no one in the set makes resin")],
    certs=("ISO 9001",),
)
sme(
    6,
    "en",
    "Krabi Earth Mats",
    SPORT,
    DOWN,
    "Krabi",
    "orders@krabiearthmats.com",
    [
        ("Natural rubber yoga mats 4.5 mm, suede top", "natural_rubber_yoga_mat"),
        ("Mat carry bags, canvas offcuts", "yoga_mat_bag"),
    ],
    [
        need("Rubber foam underlay for mat base - FSC only", "natural_rubber_foam_sheet", req=("FSC",)),
        need("microsuede top cloth", "microfiber_suede_fabric"),
    ],
    certs=("FSC",),
    bcg=(BIO, GREEN),
)
sme(
    7,
    "th",
    "บริษัท สยามคอร์กโยคะ จำกัด",
    SPORT,
    DOWN,
    "Nonthaburi",
    "siamcorkyoga@gmail.com",
    [
        ("เสื่อโยคะไม้ก๊อก บุยางพารา", "cork_yoga_mat"),
        ("บล็อกโยคะไม้ก๊อก", "cork_yoga_block"),
    ],
    [
        need("แผ่นคอร์กม้วน หนา 2 มม.", "cork_sheet"),
        need("ยางพาราฟองน้ำ สำหรับรองพื้นเสื่อ", "natural_rubber_foam_sheet"),
    ],
    bcg=(BIO,),
)
sme(
    8,
    "en",
    "EastFit Mats (Thailand)",
    SPORT,
    DOWN,
    "Chonburi",
    "oem@eastfitmats.com",
    [
        ("TPE exercise mats 6 mm, dual colour, MOQ 300", "tpe_yoga_mat"),
        ("EVA foam yoga blocks", "foam_yoga_block"),
    ],
    [
        need("TPE foam rolls", "tpe_foam_sheet"),
        unmet("Printed carton boxes for mats", "packaging; no one in the set makes cartons"),
    ],
    certs=("ISO 9001",),
)
sme(
    9,
    "th",
    "วิสาหกิจชุมชนปอกระเจาบ้านโนนสูง",
    HEMP,
    UP,
    "Nakhon Ratchasima",
    "nonsung.jute@gmail.com",
    [
        ("ปอกระเจาแช่ฟอก ตากแห้ง มัดละ 30 กก.", "jute_fibre"),
        ("ปอแก้ว", "kenaf_fibre"),
    ],
    [],
    bcg=(BIO,),
)
sme(
    10,
    "en",
    "Isan Jute Weavers",
    HEMP,
    MID,
    "Khon Kaen",
    "isanjute@gmail.com",
    [("Hessian cloth 10 oz, 100 cm wide", "jute_hessian_fabric")],
    [need("Jute yarn 2-ply for weft", "jute_yarn")],
    bcg=(BIO,),
)
sme(
    11,
    "th",
    "กลุ่มปั่นเชือกปอ บ้านหนองเรือ",
    HEMP,
    UP,
    "Maha Sarakham",
    "nongruea.po@gmail.com",
    [("เส้นด้ายปอกระเจาปั่น ม้วนละ 5 กก.", "jute_yarn")],
    [need("ปอดิบ ไม่ใช่ปอแก้ว", "jute_fibre")],
    bcg=(BIO,),
)
sme(
    12,
    "th",
    "ร้านเสื่อปอโยคะ ไทยแลนด์",
    HEMP,
    DOWN,
    "Roi Et",
    "jutemat.th@gmail.com",
    [("เสื่อโยคะปอกระเจา บุยางพารา", "jute_yoga_mat")],
    [
        need("ผ้ากระสอบทอแน่น", "jute_hessian_fabric"),
        need("ยางฟองน้ำธรรมชาติ รองใต้เสื่อ 3 มม.", "natural_rubber_foam_sheet"),
    ],
    bcg=(BIO, GREEN),
)
sme(
    13,
    "th",
    "กลุ่มม้งปลูกกัญชง ดอยปุย",
    HEMP,
    UP,
    "Chiang Mai",
    "doipui.hemp@gmail.com",
    [
        ("ใยกัญชงลอกมือ ตากแห้ง", "hemp_fibre"),
        ("ด้ายกัญชงปั่นมือ ม้วนละ 1 กก.", "hemp_yarn"),
    ],
    [unmet("ขี้ผึ้งแท้ สำหรับรีดผ้าใยกัญชง", "beeswax; no one in the set keeps bees")],
    certs=("Organic Thailand",),
    bcg=(BIO,),
)
sme(
    14,
    "en",
    "Chiang Rai Hemp Works",
    HEMP,
    MID,
    "Chiang Rai",
    "info@crhempworks.com",
    [("Hemp canvas 12 oz, natural, 150 cm", "hemp_fabric")],
    [
        need("hemp yarn - hand-spun OK", "hemp_yarn"),
        need("Organic hemp bast fibre (Organic Thailand)", "hemp_fibre", req=("Organic Thailand",)),
    ],
    bcg=(BIO,),
)
sme(
    15,
    "th",
    "ผ้ากัญชงแม่ฮ่องสอน",
    HEMP,
    DOWN,
    "Mae Hong Son",
    "mhs.hempcraft@gmail.com",
    [
        ("สายรัดโยคะใยกัญชง ห่วงโลหะ", "hemp_yoga_strap"),
        ("ถุงใส่เสื่อโยคะ ผ้ากัญชงเขียนเทียน", "yoga_mat_bag"),
    ],
    [
        need("ผ้ากัญชงทอ หน้ากว้าง 1 เมตร", "hemp_fabric"),
        need("ห่วง D สแตนเลส", "strap_buckles"),
    ],
    bcg=(BIO,),
)
sme(
    16,
    "th",
    "วิสาหกิจชุมชนฝ้ายอินทรีย์ นาแห้ว",
    HEMP,
    UP,
    "Loei",
    "nahaeo.cotton@gmail.com",
    [("ฝ้ายตุ่ย ปุยฝ้ายอินทรีย์ อีดเมล็ดแล้ว", "raw_cotton_lint")],
    [],
    certs=("Organic Thailand",),
    bcg=(BIO, GREEN),
)
sme(
    17,
    "en",
    "Lamphun Yarn Spinning",
    HEMP,
    UP,
    "Lamphun",
    "sales@lamphunyarn.co.th",
    [
        ("Organic cotton yarn Ne 20/1, GOTS", "organic_cotton_yarn"),
        ("Combed cotton 30s", "cotton_yarn"),
    ],
    [need("Raw organic cotton lint, Organic Thailand", "raw_cotton_lint", req=("Organic Thailand",))],
    certs=("GOTS", "Oeko-Tex 100"),
    bcg=(BIO,),
)
sme(
    18,
    "th",
    "ม่อฮ่อมแท้ บ้านทุ่งโฮ้ง",
    HEMP,
    MID,
    "Phrae",
    "thunghong.morhom@gmail.com",
    [
        ("ผ้าหม้อห้อมย้อมครามธรรมชาติ", "indigo_dyed_cotton_fabric"),
        ("รับย้อมห้อมผ้าของลูกค้า คิดเป็นเมตร", "indigo_dyeing_service"),
    ],
    [need("เส้นด้ายฝ้าย สำหรับทอมือ", "cotton_yarn", "organic_cotton_yarn")],
    certs=("OTOP",),
    bcg=(BIO,),
)
sme(
    19,
    "th",
    "ครามสกล บ้านพันนา",
    ALI,
    MID,
    "Sakon Nakhon",
    "khramsakon@gmail.com",
    [
        ("ผ้าย้อมคราม ฝ้ายทอมือ", "indigo_dyed_cotton_fabric"),
        ("กระเป๋าใส่เสื่อโยคะ ผ้าคราม", "yoga_mat_bag"),
    ],
    [need("เส้นฝ้ายดิบ ไม่ฟอกขาว", "cotton_yarn", "organic_cotton_yarn")],
    certs=("OTOP",),
    bcg=(BIO,),
)
sme(
    20,
    "en",
    "Lanna Natural Dye House",
    HEMP,
    MID,
    "Chiang Mai",
    "dye@lannanaturaldye.com",
    [
        ("Natural dyeing on your cloth: indigo, ebony, lac", "natural_dyeing_service"),
        ("Plant-dyed cotton cloth, stock colours", "natural_dyed_cotton_fabric"),
    ],
    [need("greige cotton, unbleached", "cotton_greige_fabric")],
    bcg=(BIO, GREEN),
)
sme(
    21,
    "th",
    "โรงย้อมมหาชัย เท็กซ์ไทล์",
    SPORT,
    MID,
    "Samut Sakhon",
    "mahachaidye@gmail.com",
    [("รับย้อมผ้าถัก สีรีแอคทีฟ ขั้นต่ำ 300 กก.", "fabric_dyeing_service")],
    [unmet("สีย้อมรีแอคทีฟ", "dyestuff; no one in the set sells dyes")],
    certs=("OEKO-TEX Standard 100", "bluesign"),
)
sme(
    22,
    "en",
    "Siam Stretch Knitting",
    SPORT,
    MID,
    "Samut Prakan",
    "sales@siamstretch.co.th",
    [
        ("Nylon/spandex 80/20 interlock 220 gsm", "nylon_spandex_knit_fabric"),
        ("Wicking poly jersey", "wicking_polyester_jersey"),
    ],
    [need("PA6 filament 40D", "nylon_yarn"), need("elastane 40D", "spandex_yarn")],
    certs=("OEKO-TEX Standard 100",),
)
sme(
    23,
    "th",
    "บจก. รีเฟรชนิต",
    CIRC,
    MID,
    "Pathum Thani",
    "refreshknit@gmail.com",
    [("ผ้ายืดสแปนเด็กซ์ จากขวดพลาสติกรีไซเคิล", "recycled_poly_spandex_knit_fabric")],
    [need("เส้นใยโพลีเอสเตอร์รีไซเคิล ต้องมี GRS", "recycled_polyester_yarn", req=("GRS",))],
    certs=("GRS",),
    bcg=(CIRCULAR,),
)
sme(
    24,
    "en",
    "rPET Yarn Asia",
    CIRC,
    UP,
    "Rayong",
    "info@rpetyarnasia.com",
    [
        ("rPET filament 75D/72F, GRS", "recycled_polyester_yarn"),
        ("rPET staple fibre 1.4D", "recycled_pet_fibre"),
    ],
    [need("washed PET bottle flakes", "pet_bottle_flakes")],
    certs=("GRS",),
    bcg=(CIRCULAR,),
)
sme(
    25,
    "th",
    "ร้านรับซื้อของเก่า ส.เจริญ",
    CIRC,
    UP,
    "Nakhon Pathom",
    "sor.charoen.recycle@gmail.com",
    [
        ("เกล็ดขวดเพ็ท ล้างแล้ว", "pet_bottle_flakes"),
        ("เศษผ้าโรงงาน คัดสี", "textile_cutting_waste"),
    ],
    [],
    bcg=(CIRCULAR,),
)

# ====================================================================== data, 026-050
# Sewing and printing services, components, fillings, cushions, towels, recyclers.

sme(
    26,
    "th",
    "โรงงานตัดเย็บ เอ็มพีการ์เมนท์",
    SPORT,
    MID,
    "Bangkok",
    "mpgarment.oem@gmail.com",
    [("รับตัดเย็บชุดโยคะ เลกกิ้ง บรา ตามแบบลูกค้า ขั้นต่ำ 100 ตัว", "cut_and_sew_service")],
    [
        need("ผ้ายืด 4 ทิศทาง สำหรับกางเกงรัดรูป", "nylon_spandex_knit_fabric", "recycled_poly_spandex_knit_fabric"),
        need("ยางยืดขอบเอว 1.5 นิ้ว", "elastic_band_trim"),
    ],
)
sme(
    27,
    "en",
    "Nakhon Pathom CMT Works",
    SPORT,
    MID,
    "Nakhon Pathom",
    "cmt.npt@gmail.com",
    [("CMT sewing, flatlock, 5,000 pcs/month", "cut_and_sew_service")],
    [unmet("Flatlock machines, second-hand", "machinery; not sold in the set")],
)
sme(
    28,
    "th",
    "แบรนด์ ฟลอว์วี่ แอคทีฟ",
    SPORT,
    DOWN,
    "Bangkok",
    "flowy.active@gmail.com",
    [
        ("เลกกิ้งโยคะ เอวสูง", "yoga_leggings"),
        ("สปอร์ตบรา ซัพพอร์ตระดับกลาง", "sports_bra"),
    ],
    [
        need("หาโรงงานรับเย็บ เราส่งผ้าไปเอง", "cut_and_sew_service"),
        need("ผ้ารีไซเคิล มาตรฐาน GRS", "recycled_poly_spandex_knit_fabric", req=("GRS",)),
    ],
)
sme(
    29,
    "en",
    "Patong Activewear",
    SPORT,
    DOWN,
    "Phuket",
    "shop@patongactive.com",
    [
        ("Printed yoga leggings", "yoga_leggings"),
        ("Crop tops, racerback", "yoga_top"),
    ],
    [
        need("sublimation print on our fabric rolls", "sublimation_printing_service"),
        need(
            "OEKO-TEX 4-way stretch fabric",
            "nylon_spandex_knit_fabric",
            "recycled_poly_spandex_knit_fabric",
            req=("OEKO-TEX Standard 100",),
        ),
    ],
    certs=("OEKO-TEX Standard 100",),
)
sme(
    30,
    "th",
    "นนท์ ซับลิเมชั่น",
    SPORT,
    MID,
    "Nonthaburi",
    "nonsublimation@gmail.com",
    [("รับพิมพ์ซับลิเมชั่น ผ้าม้วน หน้ากว้าง 1.8 ม.", "sublimation_printing_service")],
    [need("ผ้าโพลีเอสเตอร์ขาว สำหรับพิมพ์", "wicking_polyester_jersey")],
)
sme(
    31,
    "en",
    "StitchPro Logo Embroidery",
    SPORT,
    MID,
    "Bangkok",
    "stitchpro.bkk@gmail.com",
    [("Logo embroidery & heat transfer", "logo_embroidery_service")],
    [],
)
sme(
    32,
    "th",
    "ยูนิฟอร์มดีไซน์ ลพบุรี",
    SPORT,
    DOWN,
    "Lopburi",
    "uniformdesign.lb@gmail.com",
    [("ชุดยูนิฟอร์มพนักงานฟิตเนส เสื้อโปโล", "staff_uniform")],
    [need("ผ้าดรายฟิต ระบายอากาศ", "wicking_polyester_jersey")],
)
sme(
    33,
    "en",
    "Bangkok Narrow Fabrics",
    SPORT,
    MID,
    "Samut Prakan",
    "sales@bkknarrowfabrics.com",
    [
        ("Cotton webbing 38 mm, 50 m roll", "cotton_webbing"),
        ("Knitted elastic 40 mm", "elastic_band_trim"),
    ],
    [need("cotton yarn 10s for webbing looms", "cotton_yarn", "organic_cotton_yarn")],
    certs=("OEKO-TEX Standard 100",),
)
sme(
    34,
    "th",
    "ร้านอะไหล่กระเป๋า สำเพ็ง",
    SPORT,
    MID,
    "Bangkok",
    "sampeng.parts@gmail.com",
    [("ห่วงดี หัวเข็มขัดโลหะ สำหรับสายกระเป๋า", "strap_buckles")],
    [],
)
sme(
    35,
    "th",
    "นุ่นคุณยาย ด่านขุนทด",
    ALI,
    UP,
    "Nakhon Ratchasima",
    "noonkhunyai@gmail.com",
    [("นุ่นยัดหมอน คัดเมล็ดออก กก.ละ 120 บาท", "kapok_fibre")],
    [],
    bcg=(BIO,),
)
sme(
    36,
    "en",
    "Zen Fill Supply",
    ALC,
    UP,
    "Bangkok",
    "zenfill.supply@gmail.com",
    [("Buckwheat hulls, cleaned, 20 kg sacks", "buckwheat_hulls")],
    [unmet("Millet hulls?", "no one in the set sells millet hulls")],
    bcg=(BIO,),
)
sme(
    37,
    "th",
    "กลุ่มทอผ้าบ้านหนองแวง",
    ALI,
    DOWN,
    "Roi Et",
    "nongwaeng.weave@gmail.com",
    [
        ("เบาะนั่งสมาธิทรงกลม ยัดนุ่น ผ้าขิด", "meditation_cushion"),
        ("หมอนขวาน", "thai_triangle_cushion"),
    ],
    [need("นุ่น", "kapok_fibre"), need("ผ้าฝ้ายทอมือ ลายขิด", "handwoven_cotton_fabric")],
    certs=("OTOP",),
    bcg=(BIO,),
)
sme(
    38,
    "en",
    "Doi Saket Bolsters",
    ALC,
    DOWN,
    "Chiang Mai",
    "doisaketbolsters@gmail.com",
    [
        ("Yoga bolsters, kapok or buckwheat fill", "yoga_bolster"),
        ("Zafu cushions", "meditation_cushion"),
    ],
    [
        need("buckwheat hull filling", "buckwheat_hulls"),
        need("Handloom cotton, natural tones", "handwoven_cotton_fabric"),
    ],
)
sme(
    39,
    "th",
    "กลุ่มทอผ้าฝ้าย บ้านเขว้า",
    ALI,
    MID,
    "Chaiyaphum",
    "khwao.cotton@gmail.com",
    [
        ("ผ้าฝ้ายทอมือ หน้ากว้าง 90 ซม.", "handwoven_cotton_fabric"),
        ("ผ้าขาวม้า", "pha_khao_ma_cloth"),
        ("ผ้าดิบ ยังไม่ฟอก", "cotton_greige_fabric"),
    ],
    [],
    certs=("OTOP",),
)
sme(
    40,
    "th",
    "ไหมมัดหมี่ บ้านท่าสว่าง",
    ALI,
    MID,
    "Surin",
    "thasawang.silk@gmail.com",
    [("ผ้าไหมมัดหมี่", "silk_fabric")],
    [need("ไหมน้อย", "silk_yarn")],
    certs=("ตรานกยูงพระราชทาน",),
)
sme(
    41,
    "th",
    "สาวไหมบ้านนาโพธิ์",
    ALI,
    UP,
    "Buriram",
    "naphosilk@gmail.com",
    [("เส้นไหมไทยพื้นบ้าน", "silk_yarn")],
    [],
    bcg=(BIO,),
)
sme(
    42,
    "en",
    "Pathum Terry Mills",
    ALC,
    MID,
    "Pathum Thani",
    "sales@pathumterry.co.th",
    [
        ("Cotton terry fabric 400 gsm", "cotton_terry_fabric"),
        ("Gym towels 30x90 cm, logo jacquard", "gym_towel"),
    ],
    [
        need(
            "Combed cotton yarn 20s - Better Cotton welcome but not required",
            "cotton_yarn",
            "organic_cotton_yarn",
            waive=("Better Cotton",),
        )
    ],
)
sme(
    43,
    "th",
    "ไมโครไฟเบอร์ไทย",
    SPORT,
    MID,
    "Samut Sakhon",
    "microfiberthai@gmail.com",
    [
        ("ผ้าปูเสื่อโยคะไมโครไฟเบอร์ มีปุ่มกันลื่น", "yoga_mat_towel"),
        ("ผ้าสเวดไมโครไฟเบอร์ ขายเป็นม้วน", "microfiber_suede_fabric"),
    ],
    [],
)
sme(
    44,
    "en",
    "Chonburi Fibre Recovery",
    CIRC,
    MID,
    "Chonburi",
    "ops@cbfibrerecovery.com",
    [
        ("Shredding your textile waste into fibre, toll basis", "textile_shredding_service"),
        ("Recycled cotton fibre, mixed colours", "recycled_cotton_fibre"),
    ],
    [need("Post-industrial cotton cut scraps", "textile_cutting_waste"), need("used hotel towels", "used_towels")],
    certs=("GRS",),
    bcg=(CIRCULAR,),
)
sme(
    45,
    "th",
    "ศูนย์คัดแยกเสื้อผ้ามือสอง โรงเกลือ",
    CIRC,
    UP,
    "Sa Kaeo",
    "rongkluea.sorting@gmail.com",
    [("เสื้อผ้ามือสองคัดเกรด กระสอบละ 100 กก.", "used_clothing")],
    [],
    bcg=(CIRCULAR,),
)
sme(
    46,
    "en",
    "Rayong Mat Recycling",
    CIRC,
    MID,
    "Rayong",
    "mats@rayongrecycling.com",
    [("Rubber crumb 1-3 mm from ground mats", "rubber_crumb")],
    [need("Worn-out yoga mats, any brand", "used_yoga_mat"), need("rubber trimmings", "rubber_offcuts")],
    bcg=(CIRCULAR,),
)
sme(
    47,
    "th",
    "โรงปั่นด้ายรีไซเคิล อ้อมน้อย",
    CIRC,
    UP,
    "Samut Sakhon",
    "omnoi.recycledyarn@gmail.com",
    [("ด้ายฝ้ายรีไซเคิล จากเศษผ้า", "recycled_cotton_yarn")],
    [need("ใยฝ้ายรีไซเคิล", "recycled_cotton_fibre")],
    certs=("GRS",),
    bcg=(CIRCULAR,),
)
sme(
    48,
    "en",
    "Second Stitch Studio",
    CIRC,
    DOWN,
    "Bangkok",
    "hi@secondstitch.studio",
    [("Zafu cushions sewn from old jeans", "meditation_cushion")],
    [need("used denim / pre-loved jeans", "used_clothing"), need("recycled poly fibrefill", "recycled_pet_fibre")],
    bcg=(CIRCULAR,),
)
sme(
    49,
    "th",
    "บจก. สุราษฎร์ ลาเท็กซ์ สปอร์ต",
    SPORT,
    DOWN,
    "Surat Thani",
    "suratlatexsport@gmail.com",
    [
        ("ยางยืดออกกำลังกาย ยางพาราแท้ 5 ระดับ", "resistance_band"),
        ("โฟมโรลเลอร์ ยางพารา", "foam_roller"),
    ],
    [need("น้ำยางข้น", "natural_rubber_latex")],
    bcg=(BIO,),
)
sme(
    50,
    "en",
    "GripToe Socks",
    SPORT,
    DOWN,
    "Bangkok",
    "griptoe.socks@gmail.com",
    [("Pilates grip socks, silicone dots", "grip_socks")],
    [need("Cotton yarn, Oeko-Tex", "cotton_yarn", "organic_cotton_yarn", req=("OEKO-TEX Standard 100",))],
)

# ====================================================================== data, 051-075
# Studios, retreats, hotels, clinics and shops that buy; more producers.

sme(
    51,
    "th",
    "บ้านโยคะริมปิง",
    SPORT,
    DOWN,
    "Chiang Mai",
    "baanyoga.rimping@gmail.com",
    [
        ("สอนโยคะนอกสถานที่ ให้บริษัทและโรงแรม", "yoga_class_service"),
        ("เสื่อโยคะใช้แล้ว ปีละราว 20 ผืน", "used_yoga_mat"),
    ],
    [
        need("เสื่อยางพาราแท้ หนา 4-5 มม. 30 ผืน", "natural_rubber_yoga_mat"),
        need("หมอนรองโยคะ ทรงยาว สำหรับคลาส restorative", "yoga_bolster"),
    ],
)
sme(
    52,
    "en",
    "Core Flow Pilates",
    SPORT,
    DOWN,
    "Bangkok",
    "studio@coreflowpilates.com",
    [("Retired studio mats", "used_yoga_mat")],
    [
        need("Non-slip socks for clients, logo on sole", "grip_socks"),
        need("TPE studio mats 8 mm, 10 pcs", "tpe_yoga_mat"),
    ],
)
sme(
    53,
    "th",
    "ศูนย์ปฏิบัติธรรมและโยคะ ศรีธนู",
    SPORT,
    DOWN,
    "Surat Thani",
    "srithanu.retreat@gmail.com",
    [],
    [
        need("เบาะนั่งสมาธิ 50 ใบ", "meditation_cushion"),
        need("เสื่อกก ปูศาลา", "reed_mat"),
        unmet("ผ้าโยคะฟลาย ไนลอนทริโคต์ ยืดน้อย", "low-stretch aerial hammock fabric; no one in the set makes it"),
    ],
)
sme(
    54,
    "en",
    "Hua Hin Beach Resort & Spa",
    ALC,
    DOWN,
    "Prachuap Khiri Khan",
    "purchasing@huahinbeachresort.com",
    [("Retired bath and pool towels, laundered", "used_towels")],
    [
        need(
            "In-room yoga mats - no PVC",
            "natural_rubber_yoga_mat",
            "cork_yoga_mat",
            "jute_yoga_mat",
            "tpe_yoga_mat",
        ),
        need("Sweat towels with resort logo", "gym_towel"),
        need("Yoga teacher for sunrise classes?", "yoga_class_service"),
    ],
)
sme(
    55,
    "th",
    "คลินิกกายภาพบำบัด ขอนแก่นเวลเนส",
    ALI,
    DOWN,
    "Khon Kaen",
    "kkwellness.pt@gmail.com",
    [],
    [
        need("ยางยืดแรงต้าน สำหรับผู้ป่วย", "resistance_band"),
        need("โฟมโรลเลอร์", "foam_roller"),
        need("บล็อกโยคะ ไม้ก๊อกหรือโฟม", "cork_yoga_block", "foam_yoga_block"),
    ],
)
sme(
    56,
    "en",
    "FitHub Gyms",
    SPORT,
    DOWN,
    "Nonthaburi",
    "procurement@fithubgyms.co.th",
    [],
    [
        need("Trainer polos + staff tees, 200 sets", "staff_uniform"),
        need("embroider our logo on uniforms", "logo_embroidery_service"),
    ],
)
sme(
    57,
    "th",
    "บ้านพักผู้สูงอายุ สุขใจ",
    ALC,
    DOWN,
    "Nakhon Pathom",
    "sukjai.eldercare@gmail.com",
    [],
    [
        need("อยากได้สายรัดโยคะผ้าฝ้าย ยาว 2.5 ม.", "cotton_yoga_strap"),
        unmet("เก้าอี้โยคะ สำหรับผู้สูงวัย", "a chair; no one in the set makes furniture"),
    ],
)
sme(
    58,
    "en",
    "Lotus Yoga Store",
    SPORT,
    DOWN,
    "Bangkok",
    "buy@lotusyogastore.com",
    [],
    [
        need("Cork mats", "cork_yoga_mat"),
        need("OTOP meditation cushions", "meditation_cushion", req=("OTOP",)),
        need("hemp straps", "hemp_yoga_strap"),
    ],
)
sme(
    59,
    "en",
    "Lanna Pants Co.",
    SPORT,
    DOWN,
    "Chiang Mai",
    "lannapants@gmail.com",
    [("Thai fisherman pants, cotton/rayon, free size", "yoga_loose_pants")],
    [
        need("Handwoven cotton, 500 m/month", "handwoven_cotton_fabric"),
        need("Sewing subcontractor - we supply cut panels", "cut_and_sew_service"),
    ],
)
sme(
    60,
    "th",
    "กลุ่มแม่บ้านเย็บสายโยคะ อ่างทอง",
    ALC,
    DOWN,
    "Ang Thong",
    "angthong.yogastrap@gmail.com",
    [
        ("สายรัดโยคะผ้าฝ้าย หัวล็อกโลหะ", "cotton_yoga_strap"),
        ("ถุงใส่เสื่อ ผ้าแคนวาส", "yoga_mat_bag"),
    ],
    [need("เทปผ้าฝ้าย กว้าง 1.5 นิ้ว ม้วนละ 50 เมตร", "cotton_webbing"), need("หัวเข็มขัดโลหะ", "strap_buckles")],
    certs=("OTOP",),
)
sme(
    61,
    "en",
    "Surat Rubber Growers Co-op",
    SPORT,
    UP,
    "Surat Thani",
    "suratrubbercoop@gmail.com",
    [("Field latex, ammonia preserved", "natural_rubber_latex")],
    [unmet("Tapping knives and latex cups", "tapping tools; not made in the cluster")],
    certs=("FSC",),
    bcg=(BIO,),
)
sme(
    62,
    "th",
    "โรงงานยางฟองน้ำ นครศรีฯ",
    SPORT,
    MID,
    "Nakhon Si Thammarat",
    "nakhonsi.latexfoam@gmail.com",
    [("แผ่นยางพาราฟองน้ำ หนา 3-6 มม. ตัดตามขนาด", "natural_rubber_foam_sheet")],
    [need("น้ำยางข้น สำหรับตีฟอง", "natural_rubber_latex")],
    bcg=(BIO,),
)
sme(
    63,
    "th",
    "โยคะแมท ยางพาราไทย",
    SPORT,
    DOWN,
    "Songkhla",
    "yogamat.parathai@gmail.com",
    [
        ("เสื่อโยคะยางพารา 100% หน้า PU", "natural_rubber_yoga_mat"),
        ("เศษยางจากการตัดขอบเสื่อ", "rubber_offcuts"),
    ],
    [
        need("แผ่นฟองน้ำยางธรรมชาติ", "natural_rubber_foam_sheet"),
        need("ผ้าหน้าเสื่อ แบบสเวด", "microfiber_suede_fabric"),
    ],
    bcg=(BIO,),
)
sme(
    64,
    "en",
    "Cork Lab Asia",
    SPORT,
    DOWN,
    "Chonburi",
    "hello@corklab.asia",
    [
        ("Cork yoga mats on natural rubber base", "cork_yoga_mat"),
        ("Cork blocks 23x15x7.5 cm", "cork_yoga_block"),
    ],
    [
        need("Cork roll stock 2 mm, FSC", "cork_sheet", req=("FSC",)),
        need("natural latex foam for base layer", "natural_rubber_foam_sheet"),
    ],
    certs=("FSC",),
    bcg=(BIO,),
)
sme(
    65,
    "en",
    "Nan Hemp Fibre Co.",
    HEMP,
    UP,
    "Nan",
    "nanhempfibre@gmail.com",
    [
        ("Decorticated hemp fibre, 40 cm staple", "hemp_fibre"),
        ("Hemp hurds for animal bedding", "hemp_hurds"),
    ],
    [unmet("Decorticator spare parts", "machine parts; not sold in the set")],
    bcg=(BIO,),
)
sme(
    66,
    "th",
    "ผ้ากัญชงทอมือ แม่แจ่ม",
    HEMP,
    MID,
    "Chiang Mai",
    "maechaem.hemp@gmail.com",
    [("ผ้าใยกัญชงทอมือ ย้อมคราม", "hemp_fabric")],
    [need("ด้ายกัญชง", "hemp_yarn")],
    certs=("OTOP",),
    bcg=(BIO,),
)
sme(
    67,
    "th",
    "โรงปั่นด้ายฝ้าย โพธาราม",
    HEMP,
    UP,
    "Ratchaburi",
    "photharam.yarn@gmail.com",
    [("ด้ายฝ้าย เบอร์ 20 และ 30 สำหรับงานถัก", "cotton_yarn")],
    [need("ปุยฝ้ายดิบ", "raw_cotton_lint")],
    certs=("มาตรฐานผลิตภัณฑ์อุตสาหกรรม",),
)
sme(
    68,
    "th",
    "เสื่อกกจันทบูร บางสระเก้า",
    ALC,
    DOWN,
    "Chanthaburi",
    "bangsakao.reedmat@gmail.com",
    [("เสื่อกกทอลาย 90x180 ซม.", "reed_mat")],
    [unmet("ต้นกกแห้ง ย้อมสีแล้ว", "dried sedge; no one in the set grows it")],
    certs=("OTOP",),
    bcg=(BIO,),
)
sme(
    69,
    "th",
    "ผ้าขนหนูราชบุรี",
    ALC,
    DOWN,
    "Ratchaburi",
    "ratchaburi.towel@gmail.com",
    [
        ("ผ้าขนหนูเช็ดเหงื่อ 15x30 นิ้ว ปักชื่อได้", "gym_towel"),
        ("ผ้าเช็ดตัว 30x60 นิ้ว", "bath_towel"),
    ],
    [need("ผ้าเทอร์รี่ คอตตอน 100%", "cotton_terry_fabric")],
)
sme(
    70,
    "en",
    "ReLoop Textiles",
    CIRC,
    DOWN,
    "Bangkok",
    "team@reloop.co.th",
    [("Yoga mat bags from factory cut-offs", "yoga_mat_bag")],
    [need("Cutting room scraps, cotton or poly-cotton", "textile_cutting_waste")],
    bcg=(CIRCULAR,),
)
sme(
    71,
    "en",
    "Mekong Wellness Retreat",
    ALI,
    DOWN,
    "Nong Khai",
    "stay@mekongwellness.com",
    [],
    [
        need("Zafu & zabuton sets", "meditation_cushion"),
        need("Kapok-filled bolsters", "yoga_bolster"),
        need("indigo-dyed cotton for cushion covers", "indigo_dyed_cotton_fabric"),
    ],
)
sme(
    72,
    "th",
    "โรงแรมบูติก ดอยตุง วิลล์",
    SPORT,
    DOWN,
    "Chiang Rai",
    "doitungville.hotel@gmail.com",
    [],
    [
        need("ผ้าปูเสื่อโยคะ กันลื่น", "yoga_mat_towel"),
        need("เสื่อโยคะยางพาราหรือไม้ก๊อก ไม่เอาพีวีซี ไม่เอา TPE", "natural_rubber_yoga_mat", "cork_yoga_mat"),
    ],
)
sme(
    73,
    "en",
    "Phuket Muay & Yoga Camp",
    SPORT,
    DOWN,
    "Phuket",
    "camp@phuketmuayyoga.com",
    [],
    [
        need("Latex resistance bands, 3 levels", "resistance_band"),
        need("leggings + sports bras for our shop", "yoga_leggings", "sports_bra"),
        unmet("Boxing gloves and pads", "boxing gear; no one in the set makes it"),
    ],
)
sme(
    74,
    "th",
    "ร้านชุดโยคะ หาดใหญ่",
    SPORT,
    DOWN,
    "Songkhla",
    "hatyai.yogawear@gmail.com",
    [],
    [need("สปอร์ตบรา", "sports_bra"), need("เลกกิ้ง ผ้าผ่าน OEKO-TEX", "yoga_leggings", req=("OEKO-TEX Standard 100",))],
)
sme(
    75,
    "en",
    "Bangkok Physio & Pilates",
    ALC,
    DOWN,
    "Bangkok",
    "admin@bkkphysiopilates.com",
    [],
    [
        unmet("Latex-free exercise bands", "all bands in the set are natural rubber latex"),
        need("Foam rollers", "foam_roller"),
        unmet(
            "Medical-grade bands, ISO 13485",
            "no band maker in the set holds ISO 13485",
            "resistance_band",
            req=("ISO 13485",),
        ),
    ],
)

# ====================================================================== data, 076-095

sme(
    76,
    "th",
    "พิลาทิสสตูดิโอ หลังมอ",
    ALI,
    DOWN,
    "Khon Kaen",
    "langmor.pilates@gmail.com",
    [],
    [need("ถุงเท้ากันลื่น สำหรับพิลาทิส", "grip_socks"), need("ชุดยูนิฟอร์มครูผู้สอน", "staff_uniform")],
)
sme(
    77,
    "en",
    "Hemp Roots Chiang Mai",
    HEMP,
    DOWN,
    "Chiang Mai",
    "hemproots.cm@gmail.com",
    [("Hemp-cotton yoga tees", "yoga_top")],
    [
        need(
            "hemp woven fabric - Organic Thailand or GOTS welcome but not required",
            "hemp_fabric",
            waive=("Organic Thailand", "GOTS"),
        ),
        unmet("Hemp jersey knit?", "no one in the set knits hemp"),
    ],
    bcg=(BIO,),
)
sme(
    78,
    "th",
    "กลุ่มหมอนขิด บ้านศรีฐาน",
    ALI,
    MID,
    "Yasothon",
    "sritan.monkhit@gmail.com",
    [
        ("ผ้าขิดทอมือ ลายโบราณ", "handwoven_cotton_fabric"),
        ("หมอนขิดสามเหลี่ยม 10 ช่อง", "thai_triangle_cushion"),
    ],
    [need("ด้ายฝ้ายโรงงาน เบอร์ 20", "cotton_yarn", "organic_cotton_yarn")],
    certs=("OTOP",),
)
sme(
    79,
    "en",
    "Bangkok Spa Supply",
    ALC,
    DOWN,
    "Bangkok",
    "orders@bkkspasupply.com",
    [],
    [
        need("Triangle cushions (mon khwan)", "thai_triangle_cushion"),
        need("pakama cloths for Thai massage", "pha_khao_ma_cloth"),
        unmet("Lavender eye pillows", "no one in the set makes eye pillows"),
    ],
)
sme(
    80,
    "th",
    "ร้านอุดรสปอร์ต",
    ALI,
    DOWN,
    "Udon Thani",
    "udonsport.shop@gmail.com",
    [],
    [
        need("เสื่อโยคะ TPE ราคาส่ง ไม่ต้องมี มอก.", "tpe_yoga_mat", waive=("Thai Industrial Standard",)),
        need("ยางยืดออกกำลังกาย", "resistance_band"),
        need("บล็อกโยคะ EVA", "foam_yoga_block"),
    ],
)
sme(
    81,
    "en",
    "Second Life Fibre Co.",
    CIRC,
    UP,
    "Samut Prakan",
    "sourcing@secondlifefibre.com",
    [("Recycled cotton fibre, OE spinning grade", "recycled_cotton_fibre")],
    [
        need("Pre-loved cotton clothing, bales", "used_clothing"),
        need("garment factory clippings", "textile_cutting_waste"),
    ],
    certs=("GRS",),
    bcg=(CIRCULAR,),
)
sme(
    82,
    "th",
    "รีแอคทีฟแวร์",
    CIRC,
    DOWN,
    "Bangkok",
    "reactivewear.th@gmail.com",
    [
        ("เลกกิ้งผ้ารีไซเคิล จากขวดพลาสติก", "yoga_leggings"),
        ("บราออกกำลังกาย ผ้ารีไซเคิล", "sports_bra"),
    ],
    [
        need("ผ้ายืดรีไซเคิล ต้องได้ GRS", "recycled_poly_spandex_knit_fabric", req=("GRS",)),
        need("โรงงานรับตัดเย็บ CMT", "cut_and_sew_service"),
    ],
    certs=("GRS",),
    bcg=(CIRCULAR,),
)
sme(
    83,
    "en",
    "Sakon Indigo Tops",
    ALI,
    DOWN,
    "Sakon Nakhon",
    "sakonindigotops@gmail.com",
    [("Indigo-dyed cotton yoga tops", "yoga_top")],
    [
        need("Indigo dyeing of our cotton jersey, 100 kg", "indigo_dyeing_service", "natural_dyeing_service"),
        need("Cotton jersey, undyed", "cotton_jersey_fabric"),
    ],
    bcg=(BIO,),
)
sme(
    84,
    "th",
    "โรงถักผ้า กระทุ่มแบน",
    SPORT,
    MID,
    "Samut Sakhon",
    "krathumbaen.knit@gmail.com",
    [
        ("ผ้ายืดคอตตอนสแปนเด็กซ์ 95/5", "cotton_jersey_fabric"),
        ("รับถักผ้า จากด้ายของลูกค้า", "contract_knitting_service"),
    ],
    [need("ด้ายคอตตอน 30/1 หวี", "cotton_yarn", "organic_cotton_yarn"), need("สแปนเด็กซ์ 20D", "spandex_yarn")],
)
sme(
    85,
    "en",
    "Thai Filament Yarns",
    SPORT,
    UP,
    "Rayong",
    "sales@thaifilament.co.th",
    [
        ("Spandex bare yarn 20D-70D", "spandex_yarn"),
        ("Nylon 6 DTY 40/34", "nylon_yarn"),
    ],
    [unmet("Nylon 6 chips", "polymer chips; no one in the set makes them")],
    certs=("OEKO-TEX Standard 100",),
)
sme(
    86,
    "th",
    "ออร์แกนิกโยคะแวร์ เชียงใหม่",
    HEMP,
    DOWN,
    "Chiang Mai",
    "organicyogawear.cm@gmail.com",
    [("เสื้อโยคะผ้าฝ้ายออร์แกนิก", "yoga_top")],
    [
        need("ด้ายฝ้ายออร์แกนิก มาตรฐาน GOTS", "organic_cotton_yarn", req=("GOTS",)),
        need("รับจ้างถักผ้า เราส่งด้ายให้", "contract_knitting_service"),
        need("ย้อมผ้าถักของเรา โรงย้อมต้องมี bluesign", "fabric_dyeing_service", req=("bluesign",)),
    ],
    bcg=(BIO,),
)
sme(
    87,
    "en",
    "Ayutthaya Rubber Flooring",
    CIRC,
    MID,
    "Ayutthaya",
    "sales@ayurubberfloor.com",
    [("Gym floor tiles, recycled rubber", "rubber_gym_flooring")],
    [need("Rubber crumb, 1-3 mm", "rubber_crumb"), need("cup lump or low-grade rubber", "rubber_cup_lump")],
    bcg=(CIRCULAR,),
)
sme(
    88,
    "th",
    "ค่ายมวยและฟิตเนส โคราช",
    ALI,
    DOWN,
    "Nakhon Ratchasima",
    "korat.muaygym@gmail.com",
    [],
    [need("มีใครทำแผ่นยางปูพื้นยิมไหม", "rubber_gym_flooring"), need("ผ้าขนหนูเช็ดเหงื่อ", "gym_towel")],
)
sme(
    89,
    "en",
    "Jomtien Bay Hotel",
    ALC,
    DOWN,
    "Chonburi",
    "purchasing@jomtienbayhotel.com",
    [],
    [
        need("Non-slip yoga towels", "yoga_mat_towel"),
        unmet(
            "Bath towels 600 gsm, OEKO-TEX certified",
            "the only bath-towel maker holds no OEKO-TEX",
            "bath_towel",
            req=("OEKO-TEX Standard 100",),
        ),
    ],
)
sme(
    90,
    "th",
    "ร้านนวดแผนไทย สุขุมวิท",
    ALC,
    DOWN,
    "Bangkok",
    "sukhumvit.thaimassage@gmail.com",
    [],
    [need("ผ้าขาวม้า สำหรับนวด", "pha_khao_ma_cloth"), need("กางเกงเล ให้ลูกค้าใส่", "yoga_loose_pants")],
)
sme(
    91,
    "en",
    "CleanWear Uniform Services",
    CIRC,
    DOWN,
    "Samut Prakan",
    "ops@cleanwear.co.th",
    [("Retired staff uniforms, 2 t/year", "used_uniforms")],
    [need("toll shredding of our old uniforms", "textile_shredding_service")],
    bcg=(CIRCULAR,),
)
sme(
    92,
    "th",
    "กระเป๋ารีไซเคิล ดอยสะเก็ด",
    CIRC,
    DOWN,
    "Chiang Mai",
    "doisaket.rebag@gmail.com",
    [("กระเป๋าผ้าฝ้ายรีไซเคิล", "recycled_tote_bag")],
    [need("ด้ายรีไซเคิล จากเศษฝ้าย", "recycled_cotton_yarn")],
    bcg=(CIRCULAR,),
)
sme(
    93,
    "en",
    "Sukhumvit Rehab Clinic",
    ALC,
    DOWN,
    "Bangkok",
    "admin@sukhumvitrehab.com",
    [],
    [need("Bolsters for rehab", "yoga_bolster"), need("Cork blocks x40", "cork_yoga_block")],
)
sme(
    94,
    "th",
    "หมอนโบลสเตอร์ ปากช่อง",
    ALI,
    DOWN,
    "Nakhon Ratchasima",
    "pakchong.bolster@gmail.com",
    [("หมอนโบลสเตอร์โยคะ ยัดนุ่น", "yoga_bolster")],
    [
        need("นุ่นคัดพิเศษ ไม่จำเป็นต้องมี OTOP", "kapok_fibre", waive=("OTOP",)),
        need(
            "ผ้าฝ้ายย้อมสีธรรมชาติ ไม่ใช้สีเคมี",
            "natural_dyed_cotton_fabric",
            "indigo_dyed_cotton_fabric",
        ),
    ],
)
sme(
    95,
    "en",
    "Khao Yai Wellness Boutique",
    ALI,
    DOWN,
    "Nakhon Ratchasima",
    "shop@khaoyaiwellness.com",
    [],
    [need("Mudmee silk for meditation shawls", "silk_fabric"), need("jute mats", "jute_yoga_mat")],
)


# ====================================================================== checks

_ID = re.compile(rf"^{PREFIX}-\d{{3}}$")
_EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
_THAI = re.compile("[\u0e00-\u0e7f]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_ENUMS = {
    "sub_cluster": {v.value for v in SubCluster},
    "stage": {v.value for v in Stage},
    "bcg": {v.value for v in BcgTag},
}
_CERT_BY_NAME = {c.name: c for c in CERTIFICATIONS}


def _thai_letter_share(text: str) -> float:
    letters = [ch for ch in unicodedata.normalize("NFKC", text) if ch.isalpha() or _THAI.match(ch)]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if _THAI.match(ch)) / len(letters)


def _latin_only(text: str) -> bool:
    return all(_LATIN.match(ch) for ch in text if ch.isalpha()) and not _THAI.search(text)


def _names_certification(text: str, name: str) -> bool:
    """Whether `text` mentions certification `name`, affirmed or not."""
    if name in find_certifications(text):
        return True
    cert = _CERT_BY_NAME[name]
    folded = unicodedata.normalize("NFKC", text).casefold()
    terms = (cert.name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
    return any(unicodedata.normalize("NFKC", term).casefold() in folded for term in terms)


def suppliers_for(buyer: Sme, item: Need) -> list[Sme]:
    """The SMEs other than `buyer` with an offer carrying a listed label and every required certification."""
    wanted = set(item.labels)
    found = []
    for supplier in SMES:
        if supplier.num == buyer.num:
            continue
        if not wanted & {label for _, label in supplier.offers}:
            continue
        if set(item.requires) <= canonical_certifications(supplier.certifications):
            found.append(supplier)
    return found


def check() -> list[str]:
    errors: list[str] = []
    nums = [s.num for s in SMES]
    if nums != list(range(1, N_PROFILES + 1)):
        errors.append(f"ids must run {PREFIX}-001 .. {PREFIX}-{N_PROFILES:03d} in order, once each")
    offered_by: dict[str, set[int]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.num)
    offer_texts = {text.casefold() for s in SMES for text, _ in s.offers}
    for s in SMES:
        where = s.id
        if not _ID.match(s.id):
            errors.append(f"{where}: malformed id")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: language {s.language!r}")
        if not s.name.strip() or s.name != s.name.strip():
            errors.append(f"{where}: empty or padded name")
        if s.sub_cluster not in _ENUMS["sub_cluster"]:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in _ENUMS["stage"]:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for cert in s.certifications:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if len(set(s.bcg)) != len(s.bcg) or not set(s.bcg) <= _ENUMS["bcg"]:
            errors.append(f"{where}: bcg {s.bcg!r}")
        if not _EMAIL.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3:
            errors.append(f"{where}: 0-3 offers and 0-3 needs, got {len(s.offers)} and {len(s.needs)}")
        if not s.offers and not s.needs:
            errors.append(f"{where}: neither offers nor needs")
        phrases = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        if len({p.casefold() for p in phrases[1:]}) != len(phrases) - 1:
            errors.append(f"{where}: repeated phrase")
        for phrase in phrases:
            if phrase != phrase.strip() or not phrase:
                errors.append(f"{where}: empty or padded phrase {phrase!r}")
            if s.language == "th" and _thai_letter_share(phrase) < 0.5:
                errors.append(f"{where}: Thai phrase is not mostly Thai letters: {phrase!r}")
            if s.language == "en" and not _latin_only(phrase):
                errors.append(f"{where}: English phrase has non-Latin letters: {phrase!r}")
        for item in s.needs:
            what = f"{where} need {item.text!r}"
            if item.text.casefold() in offer_texts:
                errors.append(f"{what}: worded exactly like an offer")
            for name in (*item.requires, *item.waives):
                if resolve_certification(name) != name:
                    errors.append(f"{what}: {name!r} is not a canonical certification name")
                elif not _names_certification(item.text, name):
                    errors.append(f"{what}: {name!r} is not named in the text")
            if set(item.requires) & set(item.waives):
                errors.append(f"{what}: a certification both required and waived")
            for name in item.requires:
                if name in _CERT_BY_NAME and name not in find_certifications(item.text):
                    errors.append(f"{what}: the text does not ask for {name!r}")
            for label in item.labels:
                if not offered_by.get(label, set()) - {s.num}:
                    errors.append(f"{what}: label {label!r} is offered by no one else")
            found = suppliers_for(s, item)
            if item.unmet:
                if found:
                    errors.append(f"{what}: marked unmet but met by {[x.id for x in found]}")
            elif not item.labels:
                errors.append(f"{what}: lists no labels and carries no unmet note")
            elif not found:
                errors.append(f"{what}: no qualified supplier")
    return errors


def true_links() -> list[tuple[str, str]]:
    links = {(sup.id, buyer.id) for buyer in SMES for item in buyer.needs for sup in suppliers_for(buyer, item)}
    return sorted(links)


def check_sizes(links: list[tuple[str, str]]) -> list[str]:
    errors = []
    thai = sum(s.language == "th" for s in SMES) / len(SMES)
    if not THAI_SHARE_RANGE[0] <= thai <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {thai:.2f} outside {THAI_SHARE_RANGE}")
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        errors.append(f"{len(links)} true links, outside {LINK_RANGE}")
    lang = {s.id: s.language for s in SMES}
    cross = sum(lang[a] != lang[b] for a, b in links) / max(1, len(links))
    if not CROSS_SHARE_RANGE[0] <= cross <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE_RANGE}")
    needs = [(s, n) for s in SMES for n in s.needs]
    unmet_count = sum(bool(n.unmet) for _, n in needs)
    if not UNMET_RANGE[0] <= unmet_count <= UNMET_RANGE[1]:
        errors.append(f"{unmet_count} needs met by no one, outside {UNMET_RANGE}")
    met = [len(suppliers_for(s, n)) for s, n in needs if not n.unmet]
    if sum(1 <= k <= 3 for k in met) < 0.6 * len(met):
        errors.append("fewer than 60 % of met needs are met by 1-3 suppliers")
    return errors


# ====================================================================== outputs


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [item.text for item in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.language,
    }
    return json.dumps(record, ensure_ascii=False)


def counts(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in SMES}
    needs = [(s, n) for s in SMES for n in s.needs]
    regions = Counter(resolve_province(s.province).region.value for s in SMES)  # type: ignore[union-attr]
    provinces = {resolve_province(s.province).name_en for s in SMES}  # type: ignore[union-attr]
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    rows = [
        ("profiles", str(len(SMES))),
        ("Thai / English", f"{sum(s.language == 'th' for s in SMES)} / {sum(s.language == 'en' for s in SMES)}"),
    ]
    rows += [(f"sub-cluster {v.value}", str(sum(s.sub_cluster == v.value for s in SMES))) for v in SubCluster]
    rows += [(f"stage {v.value}", str(sum(s.stage == v.value for s in SMES))) for v in Stage]
    rows += [(f"region {r}", str(regions[r])) for r in ("north", "northeast", "central", "east", "west", "south")]
    met = sum(not n.unmet for _, n in needs)
    rows += [
        ("distinct provinces", str(len(provinces))),
        ("offers", str(sum(len(s.offers) for s in SMES))),
        ("distinct offer labels", str(len({label for s in SMES for _, label in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{met} / {len(needs) - met}"),
        ("needs requiring a certification", str(sum(bool(n.requires) for _, n in needs))),
        ("needs waiving a certification", str(sum(bool(n.waives) for _, n in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.0%})"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        ),
    ]
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| measure | count |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """# eval/blind_plain_yoga: yoga, pilates and fitness, plain registry wording

## What the set checks

How well the matcher finds the true supplier -> buyer pairs among {profiles} SME profiles of the
Health and Wellness Economy cluster whose wording it has never seen. The theme is yoga, pilates and
fitness: mats of natural rubber, cork, jute and TPE, straps, bolsters, blocks, meditation cushions,
yoga clothing, towels, mat bags, resistance bands and studio uniforms; the studios, retreats, gyms,
hotels, spas and physiotherapy clinics that buy them; and the fibre, yarn, cloth, dyeing, knitting
and sewing firms and waste collectors behind them.

The profiles are plain registry entries: one short phrase per offer or need, 0-3 of each, about 55 %
in Thai and the rest in English. The same kind of goods is written in many ways (local and regional
names, trade words, abbreviations, with and without sizes, prices and minimum orders), and a need is
worded differently from the offers that meet it, often in the other language. Hard but fair cases
are included on purpose:

- a service versus the goods it works on (dyeing or knitting the customer's own yarn or cloth,
  sewing for others, sublimation printing on the customer's rolls, toll shredding of textile waste,
  versus dyed cloth, knit fabric, finished garments, recycled fibre);
- waste and used goods versus new (worn-out mats, rubber trimmings, used towels, used clothing,
  cutting waste);
- raw versus processed (latex, foam sheet, mat; jute or hemp fibre, yarn, cloth, product; kapok and
  a kapok-filled bolster; raw cotton, yarn, greige cloth, handwoven cloth);
- finished goods described by their material, colour or technique (an indigo-cloth mat bag is a mat
  bag, an indigo-dyed hemp cloth is hemp cloth, zafus sewn from old jeans are meditation cushions);
- needs written as a wish, a bare noun phrase or a question; refusals ("no PVC", "no chemical dye",
  jute "not kenaf");
- needs that require a named certification (FSC, GRS, GOTS, OEKO-TEX, OTOP, Organic Thailand,
  bluesign), needs that name one only to waive it, and about 20 needs that no one in the set meets,
  some because the only makers lack the certification asked for.

## How it was written

By hand. The writer read only section 1 of the project's contracts (the profile JSONL and the links
CSV), `shared/taxonomy.py` with its data files, and the `[tool.ruff]` settings. It saw no matcher
code, glossary, tests, other evaluation sets or project data, and ran no project command other than
this script.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels
that would meet it and the certifications its text requires, or is marked as met by no one with a
short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label
listed by one of the buyer's needs and the supplier's certifications hold every certification that
need requires. An SME is never linked to itself. Shared words play no part; quantities, prices and
places never decide a link; what changes what the thing is does. A waived certification is not
required. The labels live only in `write.py`; the profiles carry none.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_yoga/write.py

The script checks the data first (ids, contract fields, provinces and certifications that resolve,
every listed label offered by someone other than the buyer, met needs met and unmet ones not, required
and waived certifications named in the text, Thai phrases mostly in Thai letters and English ones in
Latin letters only, the size targets) and writes nothing if a check fails. Two runs give identical
bytes.

## Files

- `write.py`: all data and labels, the checks, and the writer of the files below.
- `profiles.jsonl`: {profiles} profiles in the cluster-profile JSONL version 1 format, ids
  `{first}` ... `{last}`, no labels.
- `links.csv`: the {links} true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    errors = check()
    links = true_links()
    if not errors:
        errors = check_sizes(links)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    rows = counts(links)
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    links_csv = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    readme = README.format(profiles=len(SMES), first=SMES[0].id, last=SMES[-1].id, links=len(links), table=table(rows))
    for name, text in (("profiles.jsonl", profiles), ("links.csv", links_csv), ("README.md", readme)):
        with open(HERE / name, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    print(table(rows), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
