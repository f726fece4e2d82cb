"""Write the hand-labelled evaluation set `eval/blind_plain_mobility/`.

Theme: mobility and wheelchair accessories (cushions and covers, wheelchair and walker bags, transfer
belts, slide sheets, bed rail covers, positioning pillows, wheelchair seat belts), the hospitals, care
homes, rehabilitation centres and families that buy them, and the ordinary upstream and midstream
suppliers of the cluster.

All data lives in this file. Every offer carries a label saying what the thing is; every need lists the
labels that would meet it and the certifications its text requires, or is marked as met by no one. The
true links follow from those labels alone. The script checks everything first and writes nothing if a
check fails:

    .venv/bin/python eval/blind_plain_mobility/write.py      (from the repository root)
"""

from __future__ import annotations

import importlib
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

taxonomy = importlib.import_module("shared.taxonomy")

PREFIX = "bmo"
N_PROFILES = 95
LINK_RANGE = (160, 180)
CROSS_SHARE_RANGE = (0.40, 0.60)
THAI_SHARE_RANGE = (0.50, 0.60)
UNMET_RANGE = (17, 23)
MAX_PHRASE = 80

# Sub-clusters and stages, spelt as the taxonomy spells them.
HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AGC = "ageing_lifestyle_central"
AGI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"

# What each offer label means. Offers may only use these labels.
LABELS: dict[str, str] = {
    # upstream: growers, fibre, yarn, waste
    "raw_hemp_fibre": "hemp bast fibre, stripped or decorticated, not yet spun",
    "hemp_seed": "hemp seed for planting",
    "hemp_yarn": "yarn or thread spun from hemp",
    "hemp_cotton_blend_yarn": "yarn spun from hemp blended with cotton",
    "raw_cotton_fibre": "seed cotton or ginned cotton lint, not yet spun",
    "cotton_yarn": "cotton yarn, hand- or mill-spun (not certified organic)",
    "organic_cotton_yarn": "yarn spun from organically grown cotton",
    "kapok_pods": "whole dried kapok pods, seeds still inside",
    "kapok_fibre": "cleaned kapok floss, seeds removed, used as filling",
    "polyester_fibre_fill": "virgin polyester staple fibre for stuffing",
    "recycled_polyester_fibre_fill": "polyester stuffing fibre made from recycled bottles",
    "used_pet_bottles": "used PET bottles collected for recycling",
    "pre_consumer_textile_scraps": "new-fabric offcuts and cutting waste from sewing rooms",
    "used_clothing": "second-hand or discarded clothing",
    "used_hospital_linen": "worn-out sheets, draw sheets, gowns and towels retired by hospitals",
    "shredded_textile_fibre": "fibre torn from textile waste (shoddy), used as stuffing",
    "recycled_cotton_yarn": "yarn spun from recycled cotton waste",
    "indigo_dye_paste": "fermented indigo paste, the dye stuff itself",
    "concentrated_latex": "concentrated natural rubber latex (liquid)",
    # midstream: cloth, components, services
    "handwoven_cotton_fabric": "hand-woven cotton cloth, undyed or plain, not indigo",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with natural indigo (sold as cloth)",
    "natural_dyed_cotton_fabric": "cotton cloth dyed with plant, bark, lac or mud dyes other than indigo",
    "indigo_dyeing_service": "indigo dyeing of the customer's own cloth or goods",
    "fabric_dyeing_service": "commission dyeing of the customer's own cloth with ordinary dyes",
    "cotton_woven_fabric": "mill-woven cotton cloth: greige, bleached, canvas, twill",
    "hemp_fabric": "cloth woven from hemp",
    "waterproof_laminated_fabric": "PU- or TPU-coated or laminated waterproof fabric",
    "spacer_mesh_fabric": "3D spacer (air) mesh fabric",
    "polyester_mesh_fabric": "ordinary flat polyester mesh or net fabric",
    "anti_slip_fabric": "non-slip fabric with silicone or rubber dots",
    "low_friction_nylon_fabric": "slippery low-friction nylon for slide sheets",
    "recycled_polyester_fabric": "woven fabric made from recycled polyester",
    "webbing_strap": "woven webbing tape for straps and belts",
    "plastic_buckle": "plastic side-release buckles and clips",
    "metal_buckle": "metal cam buckles, D-rings, sliders",
    "hook_and_loop_tape": "hook-and-loop fastening tape (Velcro type)",
    "zipper": "zip fasteners",
    "polyurethane_foam": "ordinary polyurethane foam sheets and blocks",
    "memory_foam": "viscoelastic memory foam",
    "natural_latex_foam": "natural rubber latex foam sheets and cores",
    "rubber_sheet": "ribbed smoked rubber sheet, raw rubber",
    "antimicrobial_treated_fabric": "fabric sold already treated antibacterial",
    "sewing_service": "cut-make-trim sewing of the customer's own fabric and designs",
    "embroidery_service": "embroidery of names and logos on the customer's goods",
    "antimicrobial_finishing_service": "antibacterial finishing of the customer's own fabric or goods",
    # downstream: finished goods
    "wheelchair_seat_cushion": "seat cushion for a wheelchair, including pressure-relief cushions",
    "wheelchair_cushion_cover": "cover for a wheelchair cushion, sold without the cushion",
    "wheelchair_bag": "bag or pouch that hangs on a wheelchair",
    "walker_bag": "bag or pouch that hangs on a walker or rollator",
    "transfer_belt": "gait or transfer belt that a carer holds",
    "slide_sheet": "low-friction sheet to slide a patient in bed or between surfaces",
    "bed_rail_cover": "padded cover or bumper for hospital bed rails",
    "positioning_pillow": "wedge, bolster or leg pillow to position a bed-bound patient",
    "wheelchair_seat_belt": "lap belt or chest strap that keeps a user in a wheelchair",
    "incontinence_bed_pad": "washable absorbent bed pad with a waterproof back",
    "thai_axe_pillow": "traditional triangular Thai cushion (mon khwan)",
    "wheelchair": "manual wheelchair",
}


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # a short note when no one in the set meets this need


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any supplier offering one of `labels` and holding every certification in `req`."""
    return Need(text, tuple(labels), req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req` when the goods exist but not the certificate."""
    return Need(text, tuple(labels), req, waive, note)


SMES: list[Sme] = []


def sme(
    num: int,
    lang: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    offers: list[tuple[str, str]] | None = None,
    needs: list[Need] | None = None,
    certs: list[str] | None = None,
    bcg: list[str] | None = None,
) -> None:
    SMES.append(
        Sme(
            num,
            lang,
            name,
            sub_cluster,
            stage,
            province,
            tuple(offers or ()),
            tuple(needs or ()),
            tuple(certs or ()),
            tuple(bcg or ()),
        )
    )


# ====================================================================== part 1: upstream

sme(
    1,
    "th",
    "วิสาหกิจชุมชนปลูกกัญชงบ้านห้วยตอง",
    HEMP,
    UP,
    "Mae Hong Son",
    offers=[
        ("เปลือกกัญชงลอกตากแห้ง ขายเป็นกิโล", "raw_hemp_fibre"),
        ("เมล็ดพันธุ์กัญชง RPF3", "hemp_seed"),
    ],
    needs=[unmet("เครื่องลอกเปลือกกัญชง มือสองก็ได้", "no one sells decorticating machines")],
    bcg=["bio"],
)
sme(
    2,
    "en",
    "Tak Highland Hemp Growers",
    HEMP,
    UP,
    "Tak",
    offers=[("Decorticated hemp bast, 50 kg bales", "raw_hemp_fibre")],
    bcg=["bio"],
)
sme(
    3,
    "th",
    "กลุ่มปั่นด้ายกัญชงม้ง ดอยแม่สลอง",
    HEMP,
    UP,
    "Chiang Rai",
    offers=[
        ("ด้ายกัญชงเข็นมือ สีธรรมชาติ", "hemp_yarn"),
        ("เส้นใยกัญชงต่อเส้น ม้วนละครึ่งกิโล", "hemp_yarn"),
    ],
    needs=[need("หาเปลือกกัญชงแห้งเพิ่ม ปีละ 2 ตัน", "raw_hemp_fibre")],
    bcg=["bio"],
)
sme(
    4,
    "en",
    "Nan Fibre Works",
    HEMP,
    UP,
    "Nan",
    offers=[
        ("Hemp yarn Nm 10 on 1 kg cones", "hemp_yarn"),
        ("Hemp/cotton 55/45 blended yarn", "hemp_cotton_blend_yarn"),
    ],
    needs=[
        need("Unspun hemp stalk fibre, min 500 kg", "raw_hemp_fibre"),
        need("ginned cotton lint for blending", "raw_cotton_fibre"),
    ],
)
sme(
    5,
    "th",
    "กลุ่มปลูกฝ้ายพื้นเมืองบ้านนาหลวง",
    HEMP,
    UP,
    "Loei",
    offers=[
        ("ฝ้ายดิบ แกะเมล็ดออกแล้ว", "raw_cotton_fibre"),
        ("ดอกฝ้ายตุ่น ฝ้ายพันธุ์พื้นเมือง", "raw_cotton_fibre"),
    ],
    certs=["เกษตรอินทรีย์"],
    bcg=["bio", "green"],
)
sme(
    6,
    "th",
    "ไร่ฝ้ายสหกรณ์โคกสำโรง",
    HEMP,
    UP,
    "Lopburi",
    offers=[("ปุยฝ้ายอีดแล้ว อัดก้อน 200 กก.", "raw_cotton_fibre")],
)
sme(
    7,
    "th",
    "กลุ่มแม่บ้านเข็นฝ้ายบ้านโพน",
    AGI,
    UP,
    "Kalasin",
    offers=[("ฝ้ายเข็นมือ เส้นใหญ่ สีขาวตุ่น", "cotton_yarn")],
    needs=[need("ฝ้ายปุยไว้เข็นเอง", "raw_cotton_fibre")],
    certs=["OTOP"],
)
sme(
    8,
    "en",
    "Siam Combed Yarn Co., Ltd.",
    HEMP,
    UP,
    "Samut Prakan",
    offers=[
        ("Combed cotton yarn Ne 30/1, 25 kg cartons", "cotton_yarn"),
        ("Ne 20/1 carded cotton, MOQ 1 ton", "cotton_yarn"),
    ],
    needs=[need("Thai-grown raw cotton lint", "raw_cotton_fibre")],
    certs=["Oeko-Tex 100", "Better Cotton Initiative"],
)
sme(
    9,
    "en",
    "Doi Organic Yarn",
    HEMP,
    UP,
    "Chiang Mai",
    offers=[("GOTS organic cotton yarn, hand-spun", "organic_cotton_yarn")],
    needs=[need("Seed cotton grown to Organic Thailand standard", "raw_cotton_fibre", req=("Organic Thailand",))],
    certs=["GOTS certified"],
    bcg=["bio", "green"],
)
sme(
    10,
    "th",
    "วิสาหกิจฝ้ายอินทรีย์เขาค้อ",
    HEMP,
    UP,
    "Phetchabun",
    offers=[("ด้ายฝ้ายออร์แกนิก เข็นมือ ไม่ฟอกสี", "organic_cotton_yarn")],
    certs=["TAS 9000"],
    bcg=["bio"],
)
sme(
    11,
    "th",
    "กลุ่มเก็บนุ่นบ้านหนองแวง",
    AGI,
    UP,
    "Korat",
    offers=[
        ("นุ่นคัดเมล็ดออก อัดกระสอบ", "kapok_fibre"),
        ("ฝักนุ่นแห้งทั้งฝัก", "kapok_pods"),
    ],
    bcg=["bio"],
)
sme(
    12,
    "en",
    "River Kwai Kapok",
    AGC,
    UP,
    "Kanchanaburi",
    offers=[("Cleaned kapok floss, 20 kg bags", "kapok_fibre")],
    needs=[need("Kapok pods straight from farms, any quantity", "kapok_pods")],
    bcg=["bio"],
)
sme(
    13,
    "en",
    "PolyLoft Fibre Co.",
    SPORT,
    UP,
    "Samut Sakhon",
    offers=[
        ("Hollow conjugated siliconised polyester 7D", "polyester_fibre_fill"),
        ("Polyester ball fibre for pillows", "polyester_fibre_fill"),
    ],
    certs=["OEKO-TEX Standard 100"],
)
sme(
    14,
    "en",
    "Bottle2Fibre Recycling",
    CIRC,
    UP,
    "Rayong",
    offers=[("rPET staple fibre fill from post-consumer bottles", "recycled_polyester_fibre_fill")],
    needs=[need("Clear PET bottle bales", "used_pet_bottles")],
    certs=["GRS"],
    bcg=["circular"],
)
sme(
    15,
    "th",
    "โรงงานใยรีไซเคิลบ้านบึง",
    CIRC,
    UP,
    "Chonburi",
    offers=[("ใยสังเคราะห์ยัดหมอน ทำจากขวดพลาสติก", "recycled_polyester_fibre_fill")],
    needs=[need("ขวดน้ำดื่มใส อัดก้อน", "used_pet_bottles")],
    bcg=["circular"],
)
sme(
    16,
    "th",
    "ร้านรับซื้อของเก่าและเศษผ้ามหาชัย",
    CIRC,
    UP,
    "Samut Sakhon",
    offers=[
        ("เศษผ้าตัดจากโรงงานเย็บ คัดสีแล้ว", "pre_consumer_textile_scraps"),
        ("ขวด PET ใส อัดก้อน ตันละ", "used_pet_bottles"),
    ],
    needs=[
        need("รับซื้อเศษผ้าคอตตอน 100% จากโรงตัด", "pre_consumer_textile_scraps"),
        need("ผ้าปูที่นอนเก่าจากโรงพยาบาล", "used_hospital_linen"),
    ],
    bcg=["circular"],
)
sme(
    17,
    "th",
    "ร้านผ้ามือสองคัดเกรด โบ๊เบ๊",
    CIRC,
    UP,
    "Bangkok",
    offers=[("เสื้อผ้ามือสองคละแบบ ขายยกกระสอบ", "used_clothing")],
    needs=[need("เสื้อผ้าบริจาคที่เหลือจากร้าน", "used_clothing")],
    bcg=["circular"],
)
sme(
    18,
    "en",
    "ReFibre Thailand",
    CIRC,
    UP,
    "Nakhon Pathom",
    offers=[("Shredded textile waste fibre (shoddy) for stuffing", "shredded_textile_fibre")],
    needs=[
        need("Pre-consumer cotton offcuts sorted by colour", "pre_consumer_textile_scraps"),
        need("Worn hospital bedsheets and towels", "used_hospital_linen"),
    ],
    certs=["GRS", "RCS"],
    bcg=["circular"],
)
sme(
    19,
    "th",
    "โรงงานตีเศษผ้าปากน้ำ",
    CIRC,
    UP,
    "Samut Prakan",
    offers=[("ใยตีเศษผ้า ใช้ยัดเบาะ ยัดตุ๊กตา", "shredded_textile_fibre")],
    needs=[
        need("เสื้อผ้าเก่าใส่ไม่ได้แล้ว เกรดต่ำ", "used_clothing"),
        need("เศษผ้าเหลือจากห้องตัด", "pre_consumer_textile_scraps"),
    ],
    bcg=["circular"],
)
sme(
    20,
    "en",
    "Mae Klong Open-End Spinners",
    CIRC,
    UP,
    "Ratchaburi",
    offers=[("Recycled cotton OE yarn Ne 8 from cutting waste", "recycled_cotton_yarn")],
    needs=[need("White and ecru cotton cutting waste", "pre_consumer_textile_scraps")],
    certs=["GRS"],
    bcg=["circular"],
)
sme(
    21,
    "th",
    "กลุ่มปลูกครามบ้านดอนกอย",
    HEMP,
    UP,
    "Sakon Nakhon",
    offers=[("เนื้อครามเปียก หมักเอง กิโลละ 150", "indigo_dye_paste")],
    certs=["OTOP"],
    bcg=["bio"],
)
sme(
    22,
    "th",
    "กลุ่มห้อมบ้านทุ่งโฮ้ง",
    HEMP,
    UP,
    "Phrae",
    offers=[("ห้อมเปียก ครามเมือง สำหรับย้อมหม้อห้อม", "indigo_dye_paste")],
    bcg=["bio"],
)
sme(
    49,
    "th",
    "สหกรณ์กองทุนสวนยางบ้านนาสาร",
    HEMP,
    UP,
    "Surat Thani",
    offers=[("น้ำยางข้น 60% บรรจุถัง 200 ลิตร", "concentrated_latex")],
    certs=["FSC"],
    bcg=["bio"],
)


# ====================================================================== part 2: midstream

sme(
    23,
    "th",
    "กลุ่มทอผ้าฝ้ายบ้านหนองบัว",
    HEMP,
    MID,
    "Nan",
    offers=[("ผ้าฝ้ายทอมือ หน้ากว้าง 1 ม. สีพื้นไม่ย้อม", "handwoven_cotton_fabric")],
    needs=[
        need("ด้ายฝ้ายสำหรับทอ ราคาส่ง", "cotton_yarn"),
        need("ครามเปียกจากแพร่หรือสกล", "indigo_dye_paste"),
    ],
    certs=["OTOP"],
)
sme(
    24,
    "en",
    "Lanna Handloom Studio",
    HEMP,
    MID,
    "Chiang Mai",
    offers=[("Handloom cotton cloth, 90 cm, natural white", "handwoven_cotton_fabric")],
    needs=[
        need("Undyed cotton weft yarn", "cotton_yarn"),
        need("Organic cotton yarn with GOTS certificate", "organic_cotton_yarn", req=("GOTS",)),
    ],
)
sme(
    25,
    "th",
    "ผ้าครามสกล ป้าแดง",
    HEMP,
    MID,
    "Sakon Nakhon",
    offers=[
        ("ผ้าฝ้ายย้อมครามธรรมชาติ เมตรละ 350", "indigo_dyed_cotton_fabric"),
        ("ผ้าครามมัดหมี่ ผืนละ 2 เมตร", "indigo_dyed_cotton_fabric"),
    ],
    needs=[
        need("ครามหมักพร้อมใช้ ส่งทุกเดือน", "indigo_dye_paste"),
        need("ผ้าฝ้ายดิบทอมือ ยังไม่ย้อม ไว้ย้อมครามเอง", "handwoven_cotton_fabric"),
    ],
    certs=["OTOP 5 stars"],
    bcg=["bio"],
)
sme(
    26,
    "th",
    "ร้านหม้อห้อมแม่มาลี",
    HEMP,
    MID,
    "Phrae",
    offers=[("ผ้าหม้อห้อม ย้อมห้อมธรรมชาติ ทอเครื่อง ขายเป็นพับ", "indigo_dyed_cotton_fabric")],
    needs=[need("ผ้าดิบฝ้ายทอเครื่อง หน้า 44 นิ้ว", "cotton_woven_fabric")],
)
sme(
    27,
    "en",
    "Udon Indigo Textiles",
    HEMP,
    MID,
    "Udon Thani",
    offers=[("Natural indigo hand-woven cotton, by the metre", "indigo_dyed_cotton_fabric")],
    needs=[need("Fermented indigo paste (hom)", "indigo_dye_paste")],
    certs=["OEKO-TEX Standard 100"],
)
sme(
    28,
    "th",
    "รับย้อมครามสกล",
    HEMP,
    MID,
    "Sakon Nakhon",
    offers=[
        ("รับย้อมคราม ผ้าของลูกค้า ขั้นต่ำ 20 เมตร", "indigo_dyeing_service"),
        ("รับมัดย้อมคราม เสื้อ กระเป๋า งานลูกค้าส่งมา", "indigo_dyeing_service"),
    ],
    needs=[unmet("ปูนแดง ปูนขาว น้ำด่างขี้เถ้า สำหรับก่อหม้อคราม", "no one sells lime or ash lye")],
    bcg=["bio"],
)
sme(
    29,
    "en",
    "Phrae Mo Hom Dye House",
    HEMP,
    MID,
    "Phrae",
    offers=[("Commission indigo dyeing of your garments and cloth", "indigo_dyeing_service")],
    needs=[need("Indigo paste, 50 kg a month", "indigo_dye_paste")],
)
sme(
    30,
    "en",
    "Chao Phraya Dyeworks",
    CIRC,
    MID,
    "Samut Prakan",
    offers=[
        ("Commission piece dyeing, reactive, 300 m minimum", "fabric_dyeing_service"),
        ("Garment dyeing in small batches", "fabric_dyeing_service"),
    ],
    certs=["ISO 14001", "bluesign"],
)
sme(
    31,
    "th",
    "โรงย้อมมหาชัยเท็กซ์",
    CIRC,
    MID,
    "Samut Sakhon",
    offers=[("รับย้อมผ้าพับ ลูกค้าส่งผ้ามาเอง สีรีแอคทีฟ", "fabric_dyeing_service")],
)
sme(
    32,
    "th",
    "กลุ่มย้อมสีธรรมชาติบ้านหนองเขื่อนช้าง",
    AGI,
    MID,
    "Maha Sarakham",
    offers=[
        ("ผ้าฝ้ายย้อมเปลือกไม้และโคลน ไม่ใช้สีเคมี", "natural_dyed_cotton_fabric"),
        ("ผ้าฝ้ายย้อมครั่ง สีแดงอิฐ", "natural_dyed_cotton_fabric"),
    ],
    certs=["OTOP"],
    bcg=["bio"],
)
sme(
    33,
    "en",
    "Krung Thep Cotton Mills",
    AGC,
    MID,
    "Bangkok",
    offers=[
        ("Cotton canvas 10 oz greige, 150 cm", "cotton_woven_fabric"),
        ("Bleached cotton twill, hospital grade", "cotton_woven_fabric"),
    ],
    needs=[need("Ne 20s cotton yarn, monthly contract", "cotton_yarn")],
    certs=["ISO 9001", "OEKO-TEX Standard 100"],
)
sme(
    34,
    "th",
    "โรงทอผ้าดิบนครชัยศรี",
    AGC,
    MID,
    "Nakhon Pathom",
    offers=[
        ("ผ้าดิบ ผ้าฝ้าย 100% หน้า 60 นิ้ว", "cotton_woven_fabric"),
        ("ผ้าแคนวาสฟอกขาว", "cotton_woven_fabric"),
    ],
    needs=[
        need("ด้ายคอตตอน เบอร์ 20", "cotton_yarn"),
        need("ด้ายรีไซเคิลปั่นจากเศษผ้า", "recycled_cotton_yarn"),
    ],
)
sme(
    35,
    "en",
    "Doi Hemp Cloth",
    HEMP,
    MID,
    "Chiang Mai",
    offers=[("100% hemp fabric, 150 gsm, natural", "hemp_fabric")],
    needs=[need("Hand-spun hemp thread", "hemp_yarn")],
    bcg=["bio"],
)
sme(
    36,
    "th",
    "กลุ่มทอผ้าใยกัญชงแม่สอด",
    HEMP,
    MID,
    "Tak",
    offers=[("ผ้าใยกัญชงทอมือ ม้วนละ 10 หลา", "hemp_fabric")],
    needs=[need("เส้นป่านกัญชง", "hemp_yarn")],
    bcg=["bio"],
)
sme(
    37,
    "en",
    "AquaShield Coated Fabrics",
    SPORT,
    MID,
    "Samut Prakan",
    offers=[
        ("PU-coated polyester, waterproof and breathable", "waterproof_laminated_fabric"),
        ("TPU-laminated knit for mattress and cushion covers", "waterproof_laminated_fabric"),
    ],
    certs=["OEKO-TEX Standard 100", "ISO 9001"],
)
sme(
    38,
    "th",
    "ชลบุรีโค้ทติ้ง",
    SPORT,
    MID,
    "Chonburi",
    offers=[("ผ้าเคลือบกันน้ำ ผ้ายางรองที่นอน", "waterproof_laminated_fabric")],
)
sme(
    39,
    "en",
    "Rayong 3D Mesh",
    SPORT,
    MID,
    "Rayong",
    offers=[("3D spacer mesh 10 mm for seat pads", "spacer_mesh_fabric")],
    needs=[unmet("Polyester filament yarn 150D", "no one sells filament yarn")],
    certs=["OEKO-TEX Standard 100"],
)
sme(
    40,
    "th",
    "สาครเมชเท็กซ์",
    SPORT,
    MID,
    "Samut Sakhon",
    offers=[
        ("ผ้าตาข่ายสามมิติ หนา 5 มม. ระบายอากาศ", "spacer_mesh_fabric"),
        ("ผ้ามุ้งโพลีเอสเตอร์ ตาข่ายธรรมดา", "polyester_mesh_fabric"),
    ],
)
sme(
    41,
    "en",
    "GripTex",
    SPORT,
    MID,
    "Pathum Thani",
    offers=[("Silicone-dot non-slip fabric for cushion bases", "anti_slip_fabric")],
)
sme(
    42,
    "th",
    "ไทยเว็บบิ้ง สายรัด",
    SPORT,
    MID,
    "Samut Prakan",
    offers=[
        ("สายแถบ PP 1 นิ้ว 1.5 นิ้ว ม้วนละ 50 หลา", "webbing_strap"),
        ("หัวล็อกพลาสติก แบบกดข้าง", "plastic_buckle"),
    ],
)
sme(
    43,
    "en",
    "Strapworks Asia",
    SPORT,
    MID,
    "Chachoengsao",
    offers=[
        ("Nylon webbing 50 mm, 1,000 kg break strength", "webbing_strap"),
        ("Metal cam buckles and D-rings", "metal_buckle"),
    ],
    certs=["ISO 9001"],
)
sme(
    44,
    "en",
    "Sampeng Trims Supply",
    SPORT,
    MID,
    "Bangkok",
    offers=[
        ("Sew-on hook and loop tape 20-50 mm", "hook_and_loop_tape"),
        ("Side-release buckles 25 mm", "plastic_buckle"),
        ("Nylon coil zips No.5", "zipper"),
    ],
)
sme(
    45,
    "en",
    "SlipNylon Technical Fabrics",
    SPORT,
    MID,
    "Chonburi",
    offers=[("Silicone-finished ripstop nylon, low friction", "low_friction_nylon_fabric")],
)
sme(
    46,
    "th",
    "โฟมไทยคัตติ้ง",
    AGC,
    MID,
    "Samut Sakhon",
    offers=[
        ("ฟองน้ำ PU ความหนาแน่น 40 ตัดตามแบบ", "polyurethane_foam"),
        ("เมมโมรี่โฟม แผ่นหนา 2 นิ้ว", "memory_foam"),
    ],
)
sme(
    47,
    "en",
    "Ayutthaya Foam Converting",
    AGC,
    MID,
    "Ayutthaya",
    offers=[
        ("Memory foam blocks cut to size", "memory_foam"),
        ("High-resilience PU foam sheets", "polyurethane_foam"),
    ],
    certs=["ISO 9001"],
)
sme(
    48,
    "th",
    "ยางพาราฟองน้ำหาดใหญ่",
    AGC,
    MID,
    "Songkhla",
    offers=[
        ("ฟองน้ำยางพาราแท้ แผ่นหนา 1-3 นิ้ว", "natural_latex_foam"),
        ("ยางแผ่นรมควัน ชั้น 3", "rubber_sheet"),
    ],
    needs=[need("น้ำยางข้น DRC 60", "concentrated_latex")],
    bcg=["bio"],
)
sme(
    50,
    "en",
    "Trang Latex Comfort",
    AGC,
    MID,
    "Trang",
    offers=[("Natural latex pincore cushion cores", "natural_latex_foam")],
    needs=[need("Latex concentrate from FSC-certified plantations", "concentrated_latex", req=("FSC",))],
    certs=["FSC certified"],
    bcg=["bio"],
)
sme(
    51,
    "th",
    "กลุ่มตัดเย็บบ้านโนนทัน",
    AGI,
    MID,
    "Khon Kaen",
    offers=[
        ("รับตัดเย็บตามแบบ ผ้าลูกค้า ขั้นต่ำ 50 ชิ้น", "sewing_service"),
        ("รับเย็บปลอกหมอน ปลอกเบาะ จากผ้าที่ลูกค้าส่งมา", "sewing_service"),
    ],
    needs=[
        need("ตีนตุ๊กแก ม้วนใหญ่", "hook_and_loop_tape"),
        unmet("จักรเย็บอุตสาหกรรมมือสอง", "no one sells sewing machines"),
    ],
)
sme(
    52,
    "en",
    "Nonthaburi Sewing House",
    AGC,
    MID,
    "Nonthaburi",
    offers=[
        ("CMT sewing of medical textiles, your fabric", "sewing_service"),
        ("Cotton cutting waste, 200 kg a month", "pre_consumer_textile_scraps"),
    ],
    needs=[
        need("YKK-type #5 zips, 1,000 pcs", "zipper"),
        need("Velcro strips to sew on", "hook_and_loop_tape"),
    ],
    certs=["ISO 13485"],
)
sme(
    53,
    "th",
    "กลุ่มแม่บ้านเย็บผ้าบ้านเหล่า",
    AGI,
    MID,
    "Roi Et",
    offers=[("รับจ้างเย็บ ค่าแรงชิ้นละ 15-40 บาท", "sewing_service")],
    needs=[unmet("ด้ายเย็บผ้าโพลีเอสเตอร์ หลอดใหญ่", "no one sells sewing thread")],
)
sme(
    54,
    "th",
    "ร้านปักชื่อ ปักโลโก้ ประตูน้ำ",
    AGC,
    MID,
    "Bangkok",
    offers=[("รับปักโลโก้ ชื่อโรงพยาบาล บนผ้าและชุด", "embroidery_service")],
)
sme(
    55,
    "en",
    "BioGuard Finishing",
    AGC,
    MID,
    "Pathum Thani",
    offers=[("Silver-ion antimicrobial finish on customer fabric", "antimicrobial_finishing_service")],
    certs=["bluesign"],
)
sme(
    56,
    "th",
    "แอนตี้แบค เท็กซ์ไทล์",
    AGC,
    MID,
    "Samut Prakan",
    offers=[("ผ้าคอตตอนผสม ป้องกันแบคทีเรีย พร้อมส่ง", "antimicrobial_treated_fabric")],
    needs=[need("ผ้าฝ้ายทอเครื่อง ฟอกขาวแล้ว", "cotton_woven_fabric")],
    certs=["โอเคเท็กซ์"],
)
sme(
    57,
    "en",
    "EcoLoop rPET Fabrics",
    CIRC,
    MID,
    "Rayong",
    offers=[("600D fabric woven from recycled bottles", "recycled_polyester_fabric")],
    needs=[need("PET bottles, baled or loose", "used_pet_bottles")],
    certs=["GRS"],
    bcg=["circular"],
)


# ====================================================================== part 3: makers of finished goods

sme(
    58,
    "th",
    "เบาะยางพาราเพื่อผู้สูงวัย นนท์",
    AGC,
    DOWN,
    "Nonthaburi",
    offers=[("เบาะรองนั่งรถเข็น ยางพาราแท้ ระบายอากาศ", "wheelchair_seat_cushion")],
    needs=[
        need("ฟองน้ำยางพารา ไม่ต้องมี FSC", "natural_latex_foam", waive=("FSC",)),
        need("ผ้าหุ้มกันน้ำ ซักได้ สำหรับหุ้มเบาะ", "waterproof_laminated_fabric"),
    ],
    bcg=["bio"],
)
sme(
    59,
    "en",
    "PressureCare Medical",
    AGC,
    DOWN,
    "Bangkok",
    offers=[
        ("Pressure-relief wheelchair cushion, memory foam and gel", "wheelchair_seat_cushion"),
        ("Gel-foam seat cushion 16x16 in", "wheelchair_seat_cushion"),
    ],
    needs=[
        need("Visco-elastic foam slabs", "memory_foam"),
        need("Air mesh for cushion tops", "spacer_mesh_fabric"),
        need("Grippy base cloth so cushions do not slide", "anti_slip_fabric"),
    ],
    certs=["ISO 13485", "Thai FDA"],
)
sme(
    60,
    "th",
    "เบาะนุ่นขอนแก่น",
    AGI,
    DOWN,
    "Khon Kaen",
    offers=[
        ("เบาะนั่งนุ่นสำหรับรถเข็น", "wheelchair_seat_cushion"),
        ("หมอนนุ่นรองหลัง จัดท่านอน", "positioning_pillow"),
    ],
    needs=[
        need("นุ่นสะอาด ไม่มีเมล็ด กระสอบละ 10 กก.", "kapok_fibre"),
        need("ผ้าฝ้ายทอมือทำปลอก", "handwoven_cotton_fabric"),
    ],
    certs=["OTOP"],
    bcg=["bio"],
)
sme(
    61,
    "en",
    "Hemp & Heal",
    HEMP,
    DOWN,
    "Chiang Mai",
    offers=[("Hemp-covered buckwheat seat pad for wheelchairs", "wheelchair_seat_cushion")],
    needs=[
        need("Hemp cloth in natural colour, 100 m", "hemp_fabric"),
        unmet("Buckwheat hulls for filling", "no one sells buckwheat hulls"),
    ],
    bcg=["bio"],
)
sme(
    62,
    "th",
    "ผ้าครามหุ้มเบาะ อุบลฯ",
    AGI,
    DOWN,
    "Ubon Ratchathani",
    offers=[("ปลอกหุ้มเบาะรถเข็น ผ้าคราม มีซิป", "wheelchair_cushion_cover")],
    needs=[
        need("ผ้าย้อมครามเป็นม้วน", "indigo_dyed_cotton_fabric"),
        need("ซิปไนลอนเบอร์ 5", "zipper"),
    ],
    certs=["OTOP"],
)
sme(
    63,
    "en",
    "CoverAll Wheelchair Textiles",
    AGC,
    DOWN,
    "Pathum Thani",
    offers=[("Zip-off waterproof covers for wheelchair cushions", "wheelchair_cushion_cover")],
    needs=[
        need(
            "Waterproof breathable cover fabric, OEKO-TEX certified",
            "waterproof_laminated_fabric",
            req=("OEKO-TEX Standard 100",),
        ),
        need("Antibacterial treatment of our finished covers", "antimicrobial_finishing_service"),
    ],
    certs=["OEKO-TEX Standard 100"],
)
sme(
    64,
    "th",
    "กระเป๋าผ้าครามแขวนรถเข็น",
    AGI,
    DOWN,
    "Sakon Nakhon",
    offers=[("กระเป๋าแขวนหลังรถเข็น ผ้าฝ้ายทอมือย้อมคราม", "wheelchair_bag")],
    needs=[
        need("ผ้าฝ้ายย้อมสีจากพืช ไม่เอาสีเคมี", "indigo_dyed_cotton_fabric", "natural_dyed_cotton_fabric"),
        need("สายกระเป๋า สายแถบทอ", "webbing_strap"),
    ],
    certs=["OTOP"],
)
sme(
    65,
    "en",
    "RollOn Gear",
    CIRC,
    DOWN,
    "Bangkok",
    offers=[
        ("Wheelchair backpack, 600D, water-resistant", "wheelchair_bag"),
        ("Armrest side pouch", "wheelchair_bag"),
    ],
    needs=[
        need("GRS recycled poly 600D", "recycled_polyester_fabric", req=("GRS",)),
        need("Quick-release clips, 1 inch", "plastic_buckle"),
        unmet("bluesign approved webbing", "the webbing makers hold no bluesign", "webbing_strap", req=("bluesign",)),
    ],
)
sme(
    66,
    "th",
    "กระเป๋ากัญชงเชียงราย",
    HEMP,
    DOWN,
    "Chiang Rai",
    offers=[
        ("กระเป๋าผ้ากัญชง แขวนวอล์คเกอร์", "walker_bag"),
        ("ถุงผ้ากัญชงติดที่วางแขนรถเข็น", "wheelchair_bag"),
    ],
    needs=[need("ผ้าทอใยกัญชง สีธรรมชาติ", "hemp_fabric")],
    bcg=["bio"],
)
sme(
    67,
    "en",
    "WalkEasy Accessories",
    AGC,
    DOWN,
    "Nakhon Pathom",
    offers=[("Rollator and walker bags with cup holder", "walker_bag")],
    needs=[
        need("Net fabric for outside pockets", "polyester_mesh_fabric"),
        need("Sewing contractor for 2,000 bags", "sewing_service"),
    ],
)
sme(
    68,
    "en",
    "SafeTransfer Medical Co.",
    AGC,
    DOWN,
    "Samut Prakan",
    offers=[
        ("Gait belt with handles and quick-release buckle", "transfer_belt"),
        ("Tubular slide sheet 70 x 200 cm", "slide_sheet"),
        ("Padded wheelchair lap belt", "wheelchair_seat_belt"),
    ],
    needs=[
        need("2-inch strapping tape, heavy duty", "webbing_strap"),
        need("Slippery parachute nylon", "low_friction_nylon_fabric"),
        need("Cam buckles in steel", "metal_buckle"),
    ],
    certs=["ISO 13485:2016", "ISO 9001"],
)
sme(
    69,
    "th",
    "เข็มขัดพยุงตัว ปากเกร็ด",
    AGC,
    DOWN,
    "Nonthaburi",
    offers=[("เข็มขัดพยุงเดิน มีหูจับ สำหรับผู้ดูแล", "transfer_belt")],
    needs=[
        need("สายเว็บบิ้งไนลอน 2 นิ้ว", "webbing_strap"),
        need("ย้อมผ้าของเราเป็นสีกรมท่า", "fabric_dyeing_service"),
    ],
)
sme(
    70,
    "en",
    "GlideMove",
    SPORT,
    DOWN,
    "Chonburi",
    offers=[("Reusable patient slide sheets", "slide_sheet")],
    needs=[need("Low-friction fabric in rolls", "low_friction_nylon_fabric")],
)
sme(
    71,
    "th",
    "หุ้มราวเตียง อยุธยา",
    AGC,
    DOWN,
    "Ayutthaya",
    offers=[("เบาะหุ้มราวเตียงผู้ป่วย กันกระแทก", "bed_rail_cover")],
    needs=[
        need("โฟมพียู ตัดเป็นแท่งยาว", "polyurethane_foam"),
    ],
)
sme(
    72,
    "en",
    "Udon Care Products",
    AGI,
    DOWN,
    "Udon Thani",
    offers=[
        ("Bed rail bumper pads, pair", "bed_rail_cover"),
        ("Washable incontinence underpads", "incontinence_bed_pad"),
    ],
    needs=[
        need("Sewing group in Isan, our fabric; ISO 13485 not needed", "sewing_service", waive=("ISO 13485",)),
    ],
)
sme(
    73,
    "th",
    "หมอนจัดท่าร้อยเอ็ด",
    AGI,
    DOWN,
    "Roi Et",
    offers=[
        ("หมอนสามเหลี่ยมจัดท่าผู้ป่วยติดเตียง ไส้นุ่น", "positioning_pillow"),
        ("หมอนรองขา รองส้นเท้า", "positioning_pillow"),
    ],
    needs=[
        need("ไส้นุ่นล้วน ไม่เอาใยสังเคราะห์ปน", "kapok_fibre"),
        unmet(
            "นุ่นที่ได้รับรองเกษตรอินทรีย์",
            "the kapok suppliers hold no Organic Thailand",
            "kapok_fibre",
            req=("Organic Thailand",),
        ),
    ],
    certs=["OTOP"],
)
sme(
    74,
    "en",
    "TurnWell Positioning",
    AGC,
    DOWN,
    "Bangkok",
    offers=[
        ("30-degree wedge pillows", "positioning_pillow"),
        ("Leg abduction pillow", "positioning_pillow"),
    ],
    needs=[
        need("Siliconised hollow fibre fill", "polyester_fibre_fill"),
        need("Foam wedges cut to spec, memory type", "memory_foam"),
        need("Recycled fibre fill, GRS certified", "recycled_polyester_fibre_fill", req=("GRS",)),
    ],
    certs=["ISO 13485"],
)
sme(
    75,
    "th",
    "เข็มขัดรถเข็นไทย",
    SPORT,
    DOWN,
    "Samut Prakan",
    offers=[
        ("เข็มขัดรัดเอวกันตกรถเข็น ล็อกตีนตุ๊กแก", "wheelchair_seat_belt"),
        ("สายรัดหน้าอกผู้ป่วยบนรถเข็น", "wheelchair_seat_belt"),
    ],
    needs=[
        need("บัคเคิลพลาสติก 1 นิ้ว", "plastic_buckle"),
        need("เทปหนามเตย เมจิกเทป", "hook_and_loop_tape"),
    ],
)
sme(
    76,
    "th",
    "ผ้ารองซับซักได้ โคราช",
    AGI,
    DOWN,
    "Nakhon Ratchasima",
    offers=[("ผ้ารองกันเปื้อนผู้ใหญ่ ซักได้ 300 ครั้ง", "incontinence_bed_pad")],
    needs=[
        need("ผ้ากันน้ำ TPU สำหรับชั้นล่าง", "waterproof_laminated_fabric"),
        need("ผ้าฝ้ายดิบ ทอเครื่อง ชั้นบน", "cotton_woven_fabric"),
    ],
)
sme(
    77,
    "en",
    "DryNight Care",
    CIRC,
    DOWN,
    "Bangkok",
    offers=[("Reusable bed pads with waterproof backing", "incontinence_bed_pad")],
    needs=[
        need("Antibacterial cotton, OEKO-TEX", "antimicrobial_treated_fabric", req=("OEKO-TEX Standard 100",)),
        unmet("Disposable adult diapers", "no one sells disposable diapers"),
    ],
    certs=["OEKO-TEX Standard 100"],
)
sme(
    78,
    "th",
    "หมอนขิดบ้านศรีฐาน",
    AGI,
    DOWN,
    "Yasothon",
    offers=[
        ("หมอนขวานลายขิด ไส้นุ่น", "thai_axe_pillow"),
        ("หมอนอิงสามเหลี่ยม ๑๐ ช่อง", "thai_axe_pillow"),
    ],
    needs=[
        need("นุ่นยัดหมอน", "kapok_fibre"),
        need("ผ้าฝ้ายทอมือ สีพื้น ไว้เย็บหน้าหมอน", "handwoven_cotton_fabric"),
    ],
    certs=["OTOP"],
)


# ====================================================================== part 4: buyers

sme(
    79,
    "th",
    "โรงพยาบาลผู้สูงอายุบ้านแฮด",
    AGI,
    DOWN,
    "Khon Kaen",
    offers=[("ผ้าปูเตียง ผ้าขวางเตียงเก่า ที่ปลดระวางแล้ว", "used_hospital_linen")],
    needs=[
        need("แผ่นเลื่อนย้ายผู้ป่วยจากเตียงไปเปล", "slide_sheet"),
        unmet("เข็มขัดพยุงตัวผู้ป่วย มีเลข อย.", "no belt maker holds Thai FDA", "transfer_belt", req=("Thai FDA",)),
    ],
    bcg=["circular"],
)
sme(
    80,
    "en",
    "Riverside General Hospital",
    AGC,
    DOWN,
    "Bangkok",
    offers=[("Retired cotton bed sheets and patient gowns", "used_hospital_linen")],
    needs=[
        need(
            "Pressure cushions for wheelchairs, ISO 13485 and Thai FDA",
            "wheelchair_seat_cushion",
            req=("ISO 13485", "Thai FDA"),
        ),
        need("Hospital name embroidered on 3,000 gowns", "embroidery_service"),
    ],
)
sme(
    81,
    "th",
    "บ้านพักผู้สูงอายุรักษ์วัย เชียงใหม่",
    AGC,
    DOWN,
    "Chiang Mai",
    needs=[
        need("ถุงห้อยรถเข็นไว้ให้ผู้สูงอายุใส่ของ", "wheelchair_bag"),
        unmet("ราวจับกันลื่นในห้องน้ำ", "no one sells grab bars"),
    ],
)
sme(
    82,
    "en",
    "Pattaya Senior Living",
    AGC,
    DOWN,
    "Chonburi",
    needs=[
        need("gait belts for our carers", "transfer_belt"),
        need("Triangle floor cushions for the lounge, OTOP nice to have", "thai_axe_pillow", waive=("OTOP",)),
    ],
)
sme(
    83,
    "th",
    "ศูนย์กายภาพบำบัดและฟื้นฟู ปากเกร็ด",
    AGC,
    DOWN,
    "Nonthaburi",
    needs=[
        need("เข็มขัดช่วยเคลื่อนย้ายผู้ป่วย ต้องผ่าน ISO 13485", "transfer_belt", req=("ISO 13485",)),
        unmet("ผ้าสลิงสำหรับเครื่องยกตัวผู้ป่วย", "no one makes patient lift slings"),
        need("สายรัดตัวผู้ป่วยกันไหลจากเก้าอี้ล้อ", "wheelchair_seat_belt"),
    ],
)
sme(
    84,
    "en",
    "Andaman Rehab Centre",
    AGC,
    DOWN,
    "Phuket",
    needs=[
        need("Walking frame pouches for patients", "walker_bag"),
        unmet("Alternating air mattress with pump", "no one sells air mattresses"),
    ],
)
sme(
    85,
    "th",
    "ร้านเครื่องมือแพทย์อุดร",
    AGI,
    DOWN,
    "Udon Thani",
    needs=[
        need("ปลอกเบาะรถเข็นสำรอง", "wheelchair_cushion_cover"),
        unmet("วอล์คเกอร์อลูมิเนียม พับได้", "no one sells walking frames"),
    ],
)
sme(
    86,
    "en",
    "CareCart Online",
    AGC,
    DOWN,
    "Bangkok",
    needs=[need("wheelchair seat cushions to resell, OTOP not required", "wheelchair_seat_cushion", waive=("OTOP",))],
)
sme(
    87,
    "th",
    "ครอบครัวบุญมา ผู้ดูแลผู้ป่วยติดเตียง",
    AGI,
    DOWN,
    "Surin",
    needs=[need("มีใครขายหมอนพลิกตัวให้แม่ไหม กันแผลกดทับ", "positioning_pillow")],
)
sme(
    88,
    "th",
    "โรงงานรถเข็นคนพิการ นครปฐม",
    SPORT,
    DOWN,
    "Nakhon Pathom",
    offers=[("รถเข็นวีลแชร์ พับได้ โครงเหล็ก", "wheelchair")],
    needs=[
        need("สายเข็มขัดนิรภัยติดรถเข็น", "wheelchair_seat_belt"),
        unmet("ล้อยางตัน 24 นิ้ว", "no one sells wheels"),
    ],
    certs=["มอก."],
)
sme(
    89,
    "th",
    "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดอนแก้ว",
    AGC,
    DOWN,
    "Nan",
    needs=[need("ผ้าเลื่อนตัวผู้ป่วย", "slide_sheet")],
)
sme(
    90,
    "th",
    "ศูนย์ดูแลผู้สูงอายุกลางวัน ลำปาง",
    AGC,
    DOWN,
    "Lampang",
    needs=[
        need("กระเป๋าติดวอล์คเกอร์ ผ้าพื้นเมือง", "walker_bag"),
        need("หมอนสามเหลี่ยมแบบอีสาน ไม่จำเป็นต้องมี OTOP", "thai_axe_pillow", waive=("OTOP",)),
    ],
)
sme(
    91,
    "en",
    "Krabi Accessible Resort",
    AGC,
    DOWN,
    "Krabi",
    needs=[
        need("Spare covers for pool wheelchair cushions", "wheelchair_cushion_cover"),
        unmet("Medical sheepskin pads", "no one sells sheepskin"),
    ],
)
sme(
    92,
    "en",
    "Hua Hin Home Care",
    AGC,
    DOWN,
    "Prachuap",
    needs=[
        need("Folding steel wheelchair", "wheelchair"),
        unmet("Physiotherapist for home visits?", "no one offers physiotherapy"),
    ],
)
sme(
    93,
    "en",
    "Good Threads Social Shop",
    CIRC,
    DOWN,
    "Chiang Mai",
    offers=[("Donated clothing we cannot sell, by the sack", "used_clothing")],
    needs=[
        need("Indigo dyeing of our plain cotton tote bags", "indigo_dyeing_service"),
        unmet("GOTS organic cotton cloth", "no one offers organic cotton cloth", req=("GOTS",)),
    ],
    bcg=["circular"],
)
sme(
    94,
    "th",
    "รพ.สต. บ้านโนนสูง",
    AGI,
    DOWN,
    "Sisaket",
    needs=[
        need("เบาะรองนั่งสำหรับรถเข็น ไม่ต้องมี อย.", "wheelchair_seat_cushion", waive=("Thai FDA",)),
        unmet("ถุงมือยางทางการแพทย์", "no one sells gloves"),
    ],
)
sme(
    95,
    "th",
    "บ้านพักคนชราหาดใหญ่",
    AGC,
    DOWN,
    "Songkhla",
    offers=[("ขวดน้ำพลาสติกใช้แล้ว คัดแยกแล้ว", "used_pet_bottles")],
    needs=[
        need("หมอนรองตัวผู้ป่วยตะแคง", "positioning_pillow"),
        unmet("เตียงผู้ป่วยไฟฟ้า 3 ไกร์", "no one sells hospital beds"),
    ],
    bcg=["circular"],
)


# ====================================================================== checks and output


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def is_thai(char: str) -> bool:
    return "\u0e00" <= char <= "\u0e7f"


def language_problem(text: str, lang: str) -> str | None:
    letters = [c for c in text if c.isalpha()]
    if lang == "en":
        if any(is_thai(c) for c in text) or any(not c.isascii() for c in letters):
            return "English text with non-Latin letters"
        return None
    if not letters or sum(is_thai(c) for c in letters) / len(letters) < 0.6:
        return "Thai text that is not mostly Thai letters"
    return None


def cert_named(text: str, cert: str) -> bool:
    """The certification is named in the text, negated or not."""
    folded = nfkc(text).casefold()
    for c in taxonomy.CERTIFICATIONS:
        if c.name == cert:
            names = (c.name, c.full_name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
            return any(nfkc(n).casefold() in folded for n in names)
    return False


def canonical(cert: str) -> str | None:
    return taxonomy.resolve_certification(cert)


def check_and_link(smes: list[Sme]) -> tuple[list[str], list[tuple[str, str]], dict[tuple[str, int], list[str]]]:
    errors: list[str] = []
    by_id: dict[str, Sme] = {}
    for s in smes:
        if s.id in by_id:
            errors.append(f"{s.id}: duplicate id")
        by_id[s.id] = s
    expected = {f"{PREFIX}-{n:03d}" for n in range(1, N_PROFILES + 1)}
    if set(by_id) != expected:
        missing = sorted(expected - set(by_id))
        extra = sorted(set(by_id) - expected)
        errors.append(f"ids: missing {missing[:8]}{'...' if len(missing) > 8 else ''} extra {extra}")

    certs: dict[str, frozenset[str]] = {}
    offer_texts = {nfkc(t).casefold() for s in smes for t, _ in s.offers}
    for s in smes:
        where = s.id
        if s.lang not in taxonomy.LANGUAGES:
            errors.append(f"{where}: bad language {s.lang}")
        for value, enum in ((s.sub_cluster, taxonomy.SubCluster), (s.stage, taxonomy.Stage)):
            try:
                enum(value)
            except ValueError:
                errors.append(f"{where}: bad enum value {value}")
        for tag in s.bcg:
            try:
                taxonomy.BcgTag(tag)
            except ValueError:
                errors.append(f"{where}: bad bcg tag {tag}")
        if len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: repeated bcg tag")
        if taxonomy.resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        names: list[str] = []
        for c in s.certifications:
            name = canonical(c)
            if name is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
            else:
                names.append(name)
        certs[s.id] = frozenset(names)
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3:
            errors.append(f"{where}: 0-3 offers and 0-3 needs expected")
        if not s.offers and not s.needs:
            errors.append(f"{where}: neither offers nor needs")
        phrases = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        for text in phrases:
            problem = language_problem(text, s.lang)
            if problem:
                errors.append(f"{where}: {problem}: {text!r}")
            if text != text.strip() or not text:
                errors.append(f"{where}: blank or padded phrase {text!r}")
        for text in phrases[1:]:
            if len(text) > MAX_PHRASE:
                errors.append(f"{where}: phrase longer than {MAX_PHRASE}: {text!r}")
        for _, label in s.offers:
            if label not in LABELS:
                errors.append(f"{where}: unknown offer label {label}")
        for n in s.needs:
            if nfkc(n.text).casefold() in offer_texts:
                errors.append(f"{where}: need worded exactly like an offer: {n.text!r}")
            found = taxonomy.find_certifications(n.text)
            for cert in (*n.requires, *n.waives):
                if cert not in {c.name for c in taxonomy.CERTIFICATIONS}:
                    errors.append(f"{where}: {cert!r} is not a canonical certification name")
                if not cert_named(n.text, cert):
                    errors.append(f"{where}: {cert} not named in {n.text!r}")
            if found != set(n.requires):
                errors.append(f"{where}: need {n.text!r} asks for {sorted(found)}, labelled {sorted(n.requires)}")
            if set(n.waives) & found:
                errors.append(f"{where}: waived certification is read as required in {n.text!r}")
            if not n.unmet and not n.labels:
                errors.append(f"{where}: met need without labels: {n.text!r}")

    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)

    links: set[tuple[str, str]] = set()
    suppliers_of: dict[tuple[str, int], list[str]] = {}
    for b in smes:
        for i, n in enumerate(b.needs):
            for label in n.labels:
                if not offered_by.get(label, set()) - {b.id}:
                    errors.append(f"{b.id}: label {label} is offered by no one else")
            qualified = sorted(
                s.id
                for s in smes
                if s.id != b.id and any(label in n.labels for _, label in s.offers) and set(n.requires) <= certs[s.id]
            )
            suppliers_of[(b.id, i)] = qualified
            if n.unmet and qualified:
                errors.append(f"{b.id}: need marked unmet is met by {qualified}: {n.text!r}")
            if not n.unmet and not qualified:
                errors.append(f"{b.id}: need met by no one: {n.text!r}")
            links.update((s_id, b.id) for s_id in qualified)
    return errors, sorted(links), suppliers_of


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [t for t, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": f"contact.{PREFIX}{s.num:03d}@example.co.th",
        "language": s.lang,
    }
    return json.dumps(record, ensure_ascii=False)


def counts(
    smes: list[Sme], links: list[tuple[str, str]], suppliers_of: dict[tuple[str, int], list[str]]
) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    rows: list[tuple[str, str]] = []
    n_th = sum(s.lang == "th" for s in smes)
    rows.append(("profiles", str(len(smes))))
    rows.append(("Thai / English profiles", f"{n_th} / {len(smes) - n_th}"))
    for value in taxonomy.SubCluster:
        rows.append((f"sub-cluster {value.value}", str(sum(s.sub_cluster == value.value for s in smes))))
    for value in taxonomy.Stage:
        rows.append((f"stage {value.value}", str(sum(s.stage == value.value for s in smes))))
    regions = Counter(taxonomy.resolve_province(s.province).region.value for s in smes)
    for value in taxonomy.Region:
        rows.append((f"region {value.value}", str(regions[value.value])))
    provinces = {taxonomy.resolve_province(s.province).name_en for s in smes}
    rows.append(("distinct provinces", str(len(provinces))))
    rows.append(("offers", str(sum(len(s.offers) for s in smes))))
    rows.append(("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))))
    needs = [n for s in smes for n in s.needs]
    met = [key for key, q in suppliers_of.items() if q]
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"))
    one_to_three = sum(1 <= len(q) <= 3 for q in suppliers_of.values())
    rows.append(("met needs with 1-3 / more than 3 suppliers", f"{one_to_three} / {len(met) - one_to_three}"))
    rows.append(("needs requiring a certification", str(sum(bool(n.requires) for n in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(n.waives) for n in needs))))
    rows.append(("true links", str(len(links))))
    th_en = sum(by_id[a].lang == "th" and by_id[b].lang == "en" for a, b in links)
    en_th = sum(by_id[a].lang == "en" and by_id[b].lang == "th" for a, b in links)
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    share = cross / len(links) if links else 0.0
    rows.append(("cross-language links (share)", f"{cross} ({share:.0%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        )
    )
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines)


def size_problems(smes: list[Sme], links: list[tuple[str, str]], suppliers_of: dict) -> list[str]:
    by_id = {s.id: s for s in smes}
    problems: list[str] = []
    n_th = sum(s.lang == "th" for s in smes)
    if not THAI_SHARE_RANGE[0] <= n_th / max(len(smes), 1) <= THAI_SHARE_RANGE[1]:
        problems.append(f"Thai share {n_th}/{len(smes)} outside {THAI_SHARE_RANGE}")
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        problems.append(f"{len(links)} links, outside {LINK_RANGE}")
    cross = sum(by_id[a].lang != by_id[b].lang for a, b in links)
    if links and not CROSS_SHARE_RANGE[0] <= cross / len(links) <= CROSS_SHARE_RANGE[1]:
        problems.append(f"cross-language share {cross}/{len(links)} outside {CROSS_SHARE_RANGE}")
    n_unmet = sum(not q for q in suppliers_of.values())
    if not UNMET_RANGE[0] <= n_unmet <= UNMET_RANGE[1]:
        problems.append(f"{n_unmet} unmet needs, outside {UNMET_RANGE}")
    met = [q for q in suppliers_of.values() if q]
    if met and sum(len(q) <= 3 for q in met) / len(met) < 0.7:
        problems.append("fewer than 70% of met needs have 1-3 suppliers")
    if met and not any(len(q) > 3 for q in met):
        problems.append("no need is met by more than 3 suppliers")
    return problems


README = """# blind_plain_mobility: hand-labelled evaluation set

## What it checks

How well the matcher finds true supplier-buyer pairs from wording it has never seen, in plain registry
entries: one short phrase per offer or need, Thai or English, as an SME database stores them. The theme is
mobility and wheelchair accessories: wheelchair cushions and covers, wheelchair and walker bags, transfer
belts and slide sheets, bed rail covers, positioning pillows, wheelchair seat belts; the hospitals, care
homes, rehabilitation centres, shops and families that buy them; and the ordinary upstream and midstream
suppliers (hemp, cotton, kapok, latex, recycled fibre, yarn, cloth, dyeing, sewing, trims, foam).

The same kind of goods is worded in many ways (local and regional names, trade words, brand names,
abbreviations, quantities, prices, sizes, minimum orders); a need is worded differently from the offers
that meet it, often in the other language. Hard but fair cases: a service versus the goods it works on
(indigo dyeing of the customer's cloth versus indigo-dyed cloth; sewing for others versus finished
goods); waste and used goods versus new; raw versus processed (kapok pods, kapok floss; hemp bast, yarn,
cloth; latex concentrate, latex foam); finished goods described by their material or technique (an
indigo handwoven bag for a wheelchair is a wheelchair bag); a cushion versus its cover; needs written as a
wish, a bare noun phrase or a question; refusals ("no chemical dyes", "no synthetic fill"); needs that
require a named certification, needs that name one only to waive it, and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of `/work/shared/contracts/CONTRACTS.md` (cluster profiles,
JSONL version 1, and the links CSV) and the shared taxonomy (`shared/taxonomy.py` and the files in
`shared/taxonomy_data/`); no other file: not the matcher, its glossary, its tests, other evaluation sets or
the shared data. Every phrase, label and link decision lives in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need lists the offer labels that would
meet it and the certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of the
buyer's needs and the supplier's certifications (resolved with `resolve_certification`) hold every
certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link; what changes what the thing is does. A waived
certification ("OTOP not required", "ไม่ต้องมี อย.") is not required. Labels live only in `write.py`;
the profiles carry no labels.

Before writing, the script checks: ids unique and well-formed; every contract field valid (sub-cluster,
stage and BCG values from the taxonomy, every province resolving with `resolve_province`, every
certification with `resolve_certification`); every label a need lists is offered by someone other than
the buyer; every met need has a qualified supplier and every unmet one has none; a required or waived
certification is named in the need's text, and `find_certifications` reads exactly the required ones;
Thai phrases are mostly Thai letters and English ones Latin only; the size targets (95 profiles, about
55 % Thai, 160-180 links, about half of them across languages, about 20 unmet needs). It writes nothing
if any check fails, and two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_mobility/write.py

## Files

- `write.py`: all data, the checks, and the writer of the files below.
- `profiles.jsonl`: {n} SME profiles in the contract's JSONL version 1, ids `{first}` ... `{last}`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def main() -> int:
    smes = sorted(SMES, key=lambda s: s.num)
    errors, links, suppliers_of = check_and_link(smes)
    errors += size_problems(smes, links, suppliers_of)
    rows = counts(smes, links, suppliers_of) if not any("province" in e for e in errors) else []
    if rows:
        print(table(rows))
    if errors:
        print(f"\n{len(errors)} problem(s); nothing written:", file=sys.stderr)
        for e in errors:
            print(f"  {e}", file=sys.stderr)
        return 1
    profiles = "".join(profile_json(s) + "\n" for s in smes)
    links_csv = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    readme = README.format(n=len(smes), first=smes[0].id, last=smes[-1].id, table=table(rows))
    for name, content in (("profiles.jsonl", profiles), ("links.csv", links_csv), ("README.md", readme)):
        with open(HERE / name, "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
    return 0


if __name__ == "__main__":
    sys.exit(main())
