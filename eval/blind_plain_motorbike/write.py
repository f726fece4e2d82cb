"""Write the hand-labelled evaluation set `eval/blind_plain_motorbike/`.

Motorcycles and riders in the Health and Wellness Economy textile cluster: 95 plain registry
entries (short offer and need phrases, Thai and English), the true supplier -> buyer links
derived from hand-given labels, and a README with the counts.

Run from the repository root:

    .venv/bin/python eval/blind_plain_motorbike/write.py

Labels live only in this file; `profiles.jsonl` carries no labels. Nothing is written if a
check fails.
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

ROOT = Path(__file__).resolve().parents[2]
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

OUT = Path(__file__).resolve().parent
PREFIX = "bmb"
N_PROFILES = 95
LINKS_RANGE = (160, 180)
CROSS_SHARE_RANGE = (0.40, 0.60)
THAI_SHARE_RANGE = (0.50, 0.60)
UNMET_RANGE = (17, 23)

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
AGC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AGI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # a short note when no one in the set meets the need


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any supplier offering one of `labels` and holding every certification in `req`."""
    return Need(text, labels, req, waive)


def u(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req` say why, when a near offer exists."""
    return Need(text, labels, req, waive, note)


SMES: list[Sme] = []


def sme(
    num: int,
    lang: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
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
            email,
            tuple(offers or ()),
            tuple(needs or ()),
            tuple(certs or ()),
            tuple(bcg or ()),
        )
    )


# ------------------------------------------------------------------ data, part 1: fibre, yarn, waste (001-016)

sme(
    1,
    "th",
    "วิสาหกิจชุมชนกัญชงม้งบ้านแม่สาใหม่",
    HEMP,
    UP,
    "Chiang Mai",
    "hempmaesamai@gmail.com",
    offers=[
        ("เปลือกกัญชงลอกมือ ตากแห้ง ขายเป็นกิโล", "hemp_bast_fibre"),
        ("ด้ายกัญชงเข็นมือแบบม้ง ม้วนละ 100 กรัม", "hemp_yarn"),
    ],
    needs=[u("เมล็ดพันธุ์กัญชงสายพันธุ์เส้นใย ถูกกฎหมาย", "seed for planting; no one offers seed")],
    bcg=["bio"],
)
sme(
    2,
    "en",
    "Lanna Hemp Spinning Co., Ltd.",
    HEMP,
    UP,
    "Tak",
    "sales@lannahempspin.co.th",
    offers=[("Hemp/cotton blend yarn 55/45, Nm 16 on cones", "hemp_yarn")],
    needs=[
        n("Decorticated hemp bast, baled, 500 kg lots", "hemp_bast_fibre"),
        n("Raw cotton lint, Organic Thailand certified", "raw_cotton", req=("Organic Thailand",)),
    ],
    certs=["OEKO-TEX Standard 100"],
    bcg=["bio"],
)
sme(
    3,
    "th",
    "กลุ่มฝ้ายอินทรีย์บ้านนาซ่าว",
    HEMP,
    UP,
    "Loei",
    "fainasao.loei@gmail.com",
    offers=[
        ("ฝ้ายดอกพันธุ์พื้นเมือง อีดเมล็ดออกแล้ว", "raw_cotton"),
        ("ฝ้ายเข็นมือ เส้นหยาบ สีตุ่นธรรมชาติ", "cotton_yarn"),
    ],
    certs=["Organic Thailand"],
    bcg=["bio", "green"],
)
sme(
    4,
    "en",
    "Siam Cotton Yarn Trading",
    HEMP,
    UP,
    "Bangkok",
    "order@siamcottonyarn.com",
    offers=[
        ("Organic combed cotton yarn Ne 20/1, GOTS, 25 kg carton", "cotton_yarn"),
        ("Spun polyester thread 40/2, 5,000 m cones", "sewing_thread"),
    ],
    certs=["GOTS"],
)
sme(
    5,
    "th",
    "ร้านนุ่นป้าบุญมี",
    AGI,
    UP,
    "Ubon Ratchathani",
    "boonmee.kapok@hotmail.com",
    offers=[("นุ่นยัดหมอน ตีฟูแล้ว กระสอบละ 10 กก.", "kapok_fibre")],
    bcg=["bio"],
)
sme(
    6,
    "en",
    "Bangna PET Recycling Co.",
    CIRC,
    UP,
    "Samut Prakan",
    "info@bangnapet.co.th",
    offers=[("Hot-washed clear PET flakes, 12 mm", "recycled_pet_flakes")],
    needs=[n("Post-consumer drinking bottles, baled, clear only", "used_pet_bottles")],
    certs=["GRS"],
    bcg=["circular"],
)
sme(
    7,
    "th",
    "ธนาคารขยะชุมชนบ้านโนนทัน",
    CIRC,
    UP,
    "Khon Kaen",
    "nonthan.wastebank@gmail.com",
    offers=[
        ("ขวดเพ็ทใสอัดก้อน แกะฉลากแล้ว", "used_pet_bottles"),
        ("ยางในรถมอไซค์เก่า ล้างแล้ว มัดละ 20 เส้น", "used_inner_tubes"),
    ],
    bcg=["circular"],
)
sme(
    8,
    "en",
    "EcoLoop Yarn (Thailand)",
    CIRC,
    UP,
    "Saraburi",
    "yarn@ecoloop.co.th",
    offers=[("rPET filament 150D/48F, dope-dyed black", "recycled_polyester_yarn")],
    needs=[n("bottle flake with GRS chain of custody", "recycled_pet_flakes", req=("GRS",))],
    certs=["GRS", "OEKO-TEX Standard 100"],
    bcg=["circular"],
)
sme(
    9,
    "th",
    "โรงปั่นด้ายมหาชัยรีไซเคิล",
    CIRC,
    UP,
    "Mahachai",
    "mahachai.recycle.yarn@gmail.com",
    offers=[("เส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวด 75D ราคาโรงงาน", "recycled_polyester_yarn")],
    needs=[n("เกล็ดพลาสติกใสล้างสะอาด ไม่ต้องมี GRS", "recycled_pet_flakes", waive=("GRS",))],
    bcg=["circular"],
)
sme(
    10,
    "th",
    "ร้านรับซื้อเศษผ้าประตูน้ำ",
    CIRC,
    UP,
    "Bangkok",
    "sedpha.pratunam@gmail.com",
    offers=[
        ("เศษผ้ายืดคอตตอนจากโต๊ะตัด คัดสี ขายเป็นกระสอบ", "textile_offcuts"),
        ("ผ้าขี้ริ้วตัดเป็นผืน กก.ละ 15 บาท", "rag_wipers"),
    ],
    needs=[u("รถกระบะมือสองไว้ขนของ", "a vehicle; no one offers vehicles")],
    bcg=["circular"],
)
sme(
    11,
    "en",
    "ReFill Fibre Works",
    CIRC,
    UP,
    "Pathum Thani",
    "hello@refillfibre.com",
    offers=[("Shredded post-industrial textile fibre for stuffing, grey mix", "recycled_fibre_fill")],
    needs=[n("knit cutting waste, sorted by colour, 1 t a month", "textile_offcuts")],
    bcg=["circular"],
)
sme(
    12,
    "th",
    "บริษัท ใยนุ่มไฟเบอร์ จำกัด",
    AGC,
    UP,
    "Nakhon Pathom",
    "sales@yainumfiber.co.th",
    offers=[("ใยบอลซิลิโคน 7D สำหรับยัดหมอนและเบาะ", "polyester_fibrefill")],
)
sme(
    13,
    "th",
    "กลุ่มครามหนองสนม",
    HEMP,
    UP,
    "Sakon Nakhon",
    "khramnongsanom@gmail.com",
    offers=[("เนื้อครามเปียกจากต้นครามฝักงอ หมักเอง กิโลละ 250", "natural_indigo_paste")],
    needs=[u("น้ำด่างขี้เถ้าไม้สำหรับก่อหม้อคราม", "wood-ash lye; no one offers it")],
    certs=["OTOP"],
    bcg=["bio"],
)
sme(
    14,
    "en",
    "Hat Yai Latex Foam",
    AGC,
    MID,
    "Songkhla",
    "export@hatyailatexfoam.com",
    offers=[("Natural latex foam sheet 2 cm, pin-core, cut to seat shape", "latex_foam_sheet")],
    needs=[n("3D air mesh for cushion tops", "spacer_mesh_fabric")],
    bcg=["bio"],
)
sme(
    15,
    "th",
    "สหกรณ์กองทุนสวนยางนาโยง",
    AGC,
    MID,
    "Trang",
    "nayongrubber.coop@gmail.com",
    offers=[
        ("ยางพาราฟองน้ำแผ่น หนา 3 ซม. ตัดตามแบบ", "latex_foam_sheet"),
        ("หมอนยางพาราแท้", "latex_pillow"),
        ("เบาะยางพารารองนั่งมอไซค์ นั่งนานไม่ร้อนก้น", "motorcycle_seat_cushion"),
    ],
    bcg=["bio"],
)
sme(
    16,
    "en",
    "Second Round Vest Collection",
    CIRC,
    UP,
    "Bangkok",
    "pickup@secondroundvest.org",
    offers=[("Used motorbike-taxi vests, sorted, sold by the kg", "used_taxi_vests")],
    needs=[n("discarded orange win jackets from taxi ranks", "used_taxi_vests")],
    bcg=["circular"],
)

# ------------------------------------------------------------------ data, part 2: weaving, dyeing, fabric, components, services (017-039)

sme(
    17,
    "th",
    "กลุ่มทอผ้าฝ้ายบ้านหนองบัวแดง",
    AGI,
    MID,
    "Maha Sarakham",
    "nongbuadaeng.weave@gmail.com",
    offers=[
        ("ผ้าฝ้ายทอมือ สีพื้น หน้ากว้าง 1 เมตร", "cotton_handwoven_fabric"),
        ("ผ้าขาวม้าตาหมากรุก ทอกี่พื้นบ้าน", "pha_khao_ma"),
    ],
    needs=[n("ฝ้ายเส้นสำหรับทอ เบอร์ 20 มีของพร้อมส่ง", "cotton_yarn")],
    certs=["OTOP"],
)
sme(
    18,
    "en",
    "Sakon Indigo House",
    HEMP,
    MID,
    "Sakon Nakhon",
    "studio@sakonindigo.com",
    offers=[
        ("Natural indigo vat dyeing of your yarn or cloth, min 5 kg", "indigo_dyeing_service"),
        ("Hand-woven indigo cotton, 90 cm wide, per metre", "indigo_dyed_cotton_fabric"),
    ],
    needs=[n("fermented kram piak from village growers", "natural_indigo_paste")],
    certs=["OTOP"],
    bcg=["bio"],
)
sme(
    19,
    "th",
    "กลุ่มผ้าย้อมครามบ้านดอนกอย",
    AGI,
    MID,
    "Sakon Nakhon",
    "donkoi.khram@gmail.com",
    offers=[("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ ลายขิด", "indigo_dyed_cotton_fabric")],
    needs=[n("ด้ายฝ้ายสีขาวนวล ไม่ฟอกคลอรีน", "cotton_yarn")],
    certs=["OTOP"],
    bcg=["bio"],
)
sme(
    20,
    "th",
    "โรงย้อมสาครเท็กซ์ไทล์",
    SPORT,
    MID,
    "Samut Sakhon",
    "dyehouse@sakhontextile.co.th",
    offers=[("รับย้อมผ้าผืนของลูกค้า สีรีแอคทีฟ ดิสเพิร์ส ขั้นต่ำ 200 กก.", "fabric_dyeing_service")],
    certs=["ISO 14001"],
)
sme(
    21,
    "en",
    "Phrae Hemp Weavers",
    HEMP,
    MID,
    "Phrae",
    "weave@phraehemp.com",
    offers=[("Hemp plain weave, 60 in, natural ecru, by the roll", "hemp_fabric")],
    needs=[
        n("hand-spun hemp thread, Hmong style, Organic Thailand nice to have", "hemp_yarn", waive=("Organic Thailand",))
    ],
    bcg=["bio"],
)
sme(
    22,
    "th",
    "บริษัท แสงสะท้อนชลบุรี จำกัด",
    SPORT,
    MID,
    "Chonburi",
    "sales@saengsathon.co.th",
    offers=[("เทปสะท้อนแสงเกรดวิศวกรรม กว้าง 5 ซม. ม้วน 50 หลา", "reflective_tape")],
    certs=["OEKO-TEX Standard 100", "ISO 9001"],
)
sme(
    23,
    "en",
    "BrightLine Tapes",
    SPORT,
    MID,
    "Bangkok",
    "orders@brightlinetapes.com",
    offers=[
        ("Sew-on silver retroreflective strip 2 inch, Scotchlite type", "reflective_tape"),
        ("Heat-transfer reflective film for logos", "reflective_transfer_film"),
    ],
)
sme(
    24,
    "en",
    "MeshTex Knitting",
    SPORT,
    MID,
    "Samut Prakan",
    "mesh@meshtex.co.th",
    offers=[("Polyester bird-eye mesh, 120 gsm, 30 colours", "polyester_mesh_fabric")],
    needs=[n("GRS recycled polyester filament", "recycled_polyester_yarn", req=("GRS",))],
    certs=["GRS"],
    bcg=["circular"],
)
sme(
    25,
    "th",
    "ไทยนิตติ้ง ผ้าเย็น",
    SPORT,
    MID,
    "Samut Sakhon",
    "thaiknitting.cool@gmail.com",
    offers=[("ผ้าไอซ์ซิลค์ กัน UV UPF50+ ยืดสี่ทาง", "uv_cooling_knit_fabric")],
    needs=[n("เส้นใยโพลีรีไซเคิลที่ทำจากขวดน้ำ", "recycled_polyester_yarn")],
    certs=["OEKO-TEX Standard 100"],
)
sme(
    26,
    "en",
    "RainGuard Coated Fabrics",
    SPORT,
    MID,
    "Rayong",
    "sales@rainguardfabrics.com",
    offers=[
        ("PVC-coated polyester 0.35 mm, for covers and tarps", "waterproof_coated_fabric"),
        ("Nylon taffeta 190T, PU backing", "waterproof_coated_fabric"),
    ],
)
sme(
    27,
    "th",
    "หนังเทียมพาณิชย์ วงเวียนใหญ่",
    SPORT,
    MID,
    "Bangkok",
    "nangtiam.panich@gmail.com",
    offers=[("หนัง PVC ลายเคฟล่า หนา 1.2 มม. สีดำด้าน ขายเป็นหลา", "synthetic_leather_sheet")],
)
sme(
    28,
    "en",
    "AirCell 3D Mesh",
    SPORT,
    MID,
    "Nonthaburi",
    "aircell3d@outlook.com",
    offers=[("Spacer fabric 8 mm, breathable, for saddle pads", "spacer_mesh_fabric")],
)
sme(
    29,
    "th",
    "เย็นแพ็ค ฉนวนกันร้อน",
    SPORT,
    MID,
    "Pathum Thani",
    "yenpack.insulation@gmail.com",
    offers=[("ฟอยล์ประกบโฟม EPE หนา 5 มม. ม้วน 50 เมตร", "insulation_liner_sheet")],
)
sme(
    30,
    "en",
    "StrapLine Webbing",
    SPORT,
    MID,
    "Samut Prakan",
    "info@straplinewebbing.com",
    offers=[("PP webbing 25 mm and 38 mm, side-release buckles", "webbing_strap")],
)
sme(
    31,
    "th",
    "ร้านสกรีนเบอร์ทอง",
    SPORT,
    MID,
    "Nonthaburi",
    "screenberthong@gmail.com",
    offers=[("สกรีนเบอร์และชื่อวินบนเสื้อที่ลูกค้าเอามาเอง ตัวละ 25 บาท", "screen_printing_service")],
    needs=[u("หมึกสกรีนแบบสะท้อนแสงได้", "reflective screen ink; no one offers inks")],
)
sme(
    32,
    "en",
    "Thread & Needle Embroidery",
    AGC,
    MID,
    "Bangkok",
    "stitch@threadneedle.co.th",
    offers=[("Computer embroidery of names and logos on customer-supplied garments", "embroidery_service")],
)
sme(
    33,
    "th",
    "สมใจการ์เมนท์ รับจ้างเย็บ",
    SPORT,
    MID,
    "Nakhon Ratchasima",
    "somjaigarment@gmail.com",
    offers=[
        ("รับตัดเย็บตามแบบ ผ้าลูกค้า ขั้นต่ำ 300 ตัว", "sewing_service_cmt"),
        ("เศษผ้าโพลีจากโต๊ะตัด ให้ฟรีถ้ามารับเอง", "textile_offcuts"),
    ],
    needs=[n("ด้ายเบอร์ 40 สีดำ สีส้ม ยกลัง", "sewing_thread")],
)
sme(
    34,
    "en",
    "Korat Cut & Sew Partners",
    SPORT,
    MID,
    "Korat",
    "cmt@koratcutsew.com",
    offers=[("CMT for uniforms and vests: your fabric, your pattern", "sewing_service_cmt")],
    needs=[n("polyester thread, black and fluorescent orange", "sewing_thread")],
)
sme(
    35,
    "th",
    "ร้านหุ้มเบาะช่างเอก",
    AGC,
    MID,
    "Bangkok",
    "changek.seat@gmail.com",
    offers=[
        ("รับหุ้มเบาะมอเตอร์ไซค์ เปลี่ยนหนังใหม่ ซ่อมเบาะขาด", "seat_reupholstery_service"),
        ("ปาดเบาะ เสริมนุ่มให้นั่งสบาย เอารถมาทำที่ร้าน", "seat_reupholstery_service"),
    ],
    needs=[
        n("หนังเทียมหุ้มเบาะสีดำ ยกม้วน", "synthetic_leather_sheet"),
        n("ฟองน้ำอัดแน่นหรือยางพาราแผ่น ใช้เสริมเบาะ", "pu_foam_sheet", "latex_foam_sheet"),
    ],
)
sme(
    36,
    "en",
    "FoamPro Converters",
    AGC,
    MID,
    "Ratchaburi",
    "sales@foampro.co.th",
    offers=[("PU foam blocks and sheets, density 30-40, cut to size", "pu_foam_sheet")],
)
sme(
    37,
    "th",
    "ด้ายเย็บไทยพัฒนา",
    SPORT,
    MID,
    "Bangkok",
    "daiyeb.thaipattana@gmail.com",
    offers=[("ด้ายโพลีสปัน 40/2 หลอดละ 500 หลา มีทุกสี", "sewing_thread")],
    certs=["OEKO-TEX Standard 100"],
)
sme(
    38,
    "en",
    "Sublime Print Studio",
    SPORT,
    MID,
    "Chonburi",
    "print@sublimestudio.co.th",
    offers=[("Dye-sub printing onto polyester, full colour, per metre", "sublimation_printing_service")],
)
sme(
    39,
    "th",
    "บริษัท ผ้าทอสำเพ็ง จำกัด",
    SPORT,
    MID,
    "Bangkok",
    "sampheng.fabric@gmail.com",
    offers=[("ผ้ามินิแมท ผ้าโทเร สีส้มสะท้อน สีเหลืองสะท้อน หน้า 60 นิ้ว", "polyester_woven_fabric")],
)

# ------------------------------------------------------------------ data, part 3: rider goods makers and repairers (040-070)

sme(
    40,
    "th",
    "วินมอเตอร์ไซค์ปากซอยลาดพร้าว 101",
    AGC,
    DOWN,
    "Bangkok",
    "winladprao101@gmail.com",
    offers=[("เสื้อวินตัวเก่าหมดอายุ ปีละ 40 ตัว", "used_taxi_vests")],
    needs=[
        n("เสื้อกั๊กวินสีส้ม มีเบอร์หลัง 40 ตัว", "motorcycle_taxi_vest"),
        n("อะไรรองก้น ขี่ทั้งวันไม่ปวด", "motorcycle_seat_cushion"),
        n("ร้านรับทำเบาะเดิมที่ขาดของรถในวิน", "seat_reupholstery_service"),
    ],
    bcg=["circular"],
)
sme(
    41,
    "en",
    "Win Vest Makers Bangkok",
    SPORT,
    DOWN,
    "Bangkok",
    "orders@winvestmakers.com",
    offers=[
        ("Orange motorbike taxi vests with printed number, S-3XL", "motorcycle_taxi_vest"),
        ("Custom hi-vis waistcoats with company logo", "reflective_safety_vest"),
    ],
    needs=[
        n("fluorescent orange woven polyester, 60 inch", "polyester_woven_fabric"),
        n("5 cm retro-reflective trim, sew-on", "reflective_tape"),
    ],
)
sme(
    42,
    "th",
    "ร้านเสื้อวินป้าแดง",
    AGC,
    DOWN,
    "Nonthaburi",
    "padaeng.winshirt@gmail.com",
    offers=[("เสื้อกั๊กมอไซค์รับจ้าง ปักชื่อวินให้ฟรี", "motorcycle_taxi_vest")],
    needs=[n("แถบสะท้อนแสงแบบเย็บติด", "reflective_tape")],
)
sme(
    43,
    "en",
    "SafeRide Hi-Vis",
    SPORT,
    DOWN,
    "Samut Prakan",
    "sales@saferidehivis.com",
    offers=[
        ("Reflective safety vest Class 2, TIS certified", "reflective_safety_vest"),
        ("Lime mesh hi-vis waistcoat", "reflective_safety_vest"),
    ],
    needs=[n("lime and orange knitted mesh, 120 gsm", "polyester_mesh_fabric")],
    certs=["Thai Industrial Standard"],
)
sme(
    44,
    "th",
    "อุดรเซฟตี้",
    AGI,
    DOWN,
    "Udon Thani",
    "udonsafety@gmail.com",
    offers=[("เสื้อจราจร เสื้อกั๊กสะท้อนแสง ตัวละ 65 บาท", "reflective_safety_vest")],
)
sme(
    45,
    "en",
    "SeatSkin Moto Covers",
    SPORT,
    DOWN,
    "Nonthaburi",
    "hello@seatskin.co.th",
    offers=[("3D mesh seat covers for scooters, Wave/Click/PCX fit", "motorcycle_seat_cover")],
    needs=[
        n("air mesh spacer 6-10 mm", "spacer_mesh_fabric"),
        u("elastic binding tape with hooks", "elastic binding; no one offers it"),
    ],
)
sme(
    46,
    "th",
    "ไร่กัญชงเพชรบูรณ์",
    HEMP,
    UP,
    "Phetchabun",
    "hempfarm.phetchabun@gmail.com",
    offers=[
        ("ต้นกัญชงตัดสด มัดละ 10 กก.", "hemp_stalks"),
        ("เส้นใยกัญชงผ่านเครื่องแยกใย มัดเป็นฟ่อน", "hemp_bast_fibre"),
    ],
    certs=["Organic Thailand"],
    bcg=["bio"],
)
sme(
    47,
    "th",
    "ผ้าคลุมเบาะลายอีสาน ขอนแก่น",
    AGI,
    DOWN,
    "Khon Kaen",
    "phakhlumbao.kk@gmail.com",
    offers=[("ผ้าคลุมเบาะมอไซค์ทำจากผ้าขาวม้าทอมือ ซักได้", "motorcycle_seat_cover")],
    needs=[
        n("ผ้าขาวม้าผืนยาว ฝ้ายแท้ ราคาส่ง", "pha_khao_ma"),
        u("กระดุมแป๊กทองเหลือง", "snap buttons; no one offers trims"),
    ],
    certs=["OTOP"],
)
sme(
    48,
    "en",
    "CoolSeat Cushions",
    AGC,
    DOWN,
    "Nakhon Pathom",
    "care@coolseat.co.th",
    offers=[("Gel motorcycle seat pad, anti-slip base", "motorcycle_seat_cushion")],
    needs=[
        n("natural rubber foam pieces for pads", "latex_foam_sheet"),
        n("breathable 3D top layer", "spacer_mesh_fabric"),
    ],
)
sme(
    49,
    "th",
    "เบาะนุ่นแม่ใหญ่ศรี",
    AGI,
    DOWN,
    "Yasothon",
    "maeyaisri.otop@gmail.com",
    offers=[
        ("เบาะรองนั่งมอไซค์ ยัดนุ่น หุ้มผ้าขิด", "motorcycle_seat_cushion"),
        ("หมอนขิดสามเหลี่ยม", "triangle_pillow"),
    ],
    needs=[n("ปุยนุ่นจากฝักงิ้ว ราคาส่ง", "kapok_fibre")],
    certs=["OTOP"],
)
sme(
    50,
    "en",
    "Songkhla Rider Comfort",
    AGC,
    DOWN,
    "Songkhla",
    "shop@ridercomfort.co.th",
    offers=[("Latex pillion pad for long-distance riders", "motorcycle_seat_cushion")],
)
sme(
    51,
    "th",
    "ร้านปลอกแขนไรเดอร์เชียงใหม่",
    SPORT,
    DOWN,
    "Chiang Mai",
    "ridersleeve.cm@gmail.com",
    offers=[("ปลอกแขนกันแดด Let's Slim แท้ แพ็ค 12 คู่", "arm_sleeves")],
)
sme(
    52,
    "en",
    "SunShield Sleeves Co.",
    SPORT,
    DOWN,
    "Samut Sakhon",
    "oem@sunshieldsleeves.com",
    offers=[("UPF 50+ arm coolers, OEKO-TEX, private label", "arm_sleeves")],
    needs=[
        n("ice-silk UV knit, OEKO-TEX Standard 100", "uv_cooling_knit_fabric", req=("OEKO-TEX Standard 100",)),
    ],
    certs=["OEKO-TEX Standard 100"],
)
sme(
    53,
    "th",
    "ปลอกแขนกัญชงดอยตุง",
    HEMP,
    DOWN,
    "Chiang Rai",
    "doitunghemp.sleeve@gmail.com",
    offers=[("ปลอกแขนผ้ากัญชงทอมือ กันแดด ระบายอากาศ", "arm_sleeves")],
    needs=[
        n("ผ้ากัญชงเป็นม้วน สีธรรมชาติ", "hemp_fabric"),
        u("ผ้ากัญชงที่ได้ GOTS", "no hemp cloth maker in the set holds GOTS", "hemp_fabric", req=("GOTS",)),
    ],
    bcg=["bio"],
)
sme(
    54,
    "en",
    "GripMax Riding Gloves",
    SPORT,
    DOWN,
    "Bangkok",
    "factory@gripmax.co.th",
    offers=[
        ("Full-finger riding gloves, touchscreen tips", "riding_gloves"),
        ("Half-finger summer gloves", "riding_gloves"),
    ],
    needs=[
        n("leatherette for palm patches", "synthetic_leather_sheet"),
        u(
            "bluesign mesh for glove backs",
            "no mesh maker in the set holds bluesign",
            "polyester_mesh_fabric",
            req=("bluesign",),
        ),
    ],
)
sme(
    55,
    "th",
    "ถุงมือถักยายทองลำพูน",
    AGC,
    DOWN,
    "Lamphun",
    "yaithong.gloves@gmail.com",
    offers=[("ถุงมือผ้าฝ้ายถักกันแดด ใส่ขับมอไซค์", "riding_gloves")],
    needs=[n("ด้ายฝ้ายสำหรับถักนิตติ้ง ไม่ต้องมี GOTS", "cotton_yarn", waive=("GOTS",))],
)
sme(
    56,
    "en",
    "MotoDry Covers",
    SPORT,
    DOWN,
    "Rayong",
    "sales@motodry.co.th",
    offers=[("Waterproof bike cover, 110-160 cc, with lock holes", "motorcycle_rain_cover")],
    needs=[
        n("PVC tarpaulin by the roll", "waterproof_coated_fabric"),
        n("sewing subcontractor for 2,000 pieces a month", "sewing_service_cmt"),
    ],
)
sme(
    57,
    "th",
    "ผ้าคลุมรถหาดใหญ่",
    SPORT,
    DOWN,
    "Songkhla",
    "phakhlumrot.hatyai@gmail.com",
    offers=[("ผ้าคลุมรถเครื่อง กันฝน กันแดด มีถุงเก็บ", "motorcycle_rain_cover")],
    needs=[n("ผ้าใบเคลือบ PVC กันน้ำ", "waterproof_coated_fabric")],
)
sme(
    58,
    "en",
    "Monsoon Rider Rainwear",
    SPORT,
    DOWN,
    "Surat",
    "info@monsoonrider.com",
    offers=[
        ("Two-piece rain suit for riders, jacket and pants", "rider_rain_suit"),
        ("Rain poncho with reflective band", "rider_rain_suit"),
    ],
    needs=[n("PU-coated nylon 190T", "waterproof_coated_fabric")],
)
sme(
    59,
    "th",
    "ชุดกันฝนไรเดอร์นครศรี",
    SPORT,
    DOWN,
    "Nakhon Si Thammarat",
    "raincoat.nakhonsri@gmail.com",
    offers=[("เสื้อกางเกงกันฝน ผ้าร่มเคลือบ ใส่ขี่รถส่งของ", "rider_rain_suit")],
)
sme(
    60,
    "en",
    "HotBox Delivery Bags",
    SPORT,
    DOWN,
    "Bangkok",
    "b2b@hotboxbags.com",
    offers=[
        ("Insulated food delivery backpack 45 L, foil-lined", "insulated_delivery_bag"),
        ("Thermal pizza carrier", "insulated_delivery_bag"),
    ],
    needs=[
        n("foil and EPE foam insulation", "insulation_liner_sheet"),
        n("38 mm straps with buckles", "webbing_strap"),
        n("waterproof outer shell fabric", "waterproof_coated_fabric"),
    ],
    certs=["ISO 9001"],
)
sme(
    61,
    "th",
    "กระเป๋าเดลิเวอรี่ขอนแก่น",
    AGI,
    DOWN,
    "Khon Kaen",
    "deliverybag.kk@gmail.com",
    offers=[("กระเป๋าส่งอาหารเก็บร้อน ติดท้ายรถ", "insulated_delivery_bag")],
    needs=[n("ฉนวนฟอยล์กันร้อน", "insulation_liner_sheet")],
)
sme(
    62,
    "en",
    "TopBox Fabrication",
    SPORT,
    DOWN,
    "Ratchaburi",
    "sales@topboxfab.com",
    offers=[("Rigid delivery top box 52 L, fibreglass", "delivery_box")],
    needs=[u("fibreglass mat and polyester resin", "composite materials; no one offers them")],
)
sme(
    63,
    "th",
    "หมวกสะอาด ผ้ารองหมวก",
    SPORT,
    DOWN,
    "Bangkok",
    "muaksaad@gmail.com",
    offers=[("ผ้ารองหมวกกันน็อค ใช้แล้วซักได้", "helmet_liner")],
    needs=[n("ผ้ายืดระบายเหงื่อ แห้งไว", "uv_cooling_knit_fabric")],
)
sme(
    64,
    "en",
    "CleanHead Liners",
    SPORT,
    DOWN,
    "Pathum Thani",
    "sales@cleanhead.co.th",
    offers=[("Disposable non-woven helmet caps, 100 pcs", "helmet_liner")],
    needs=[u("spunbond PP 25 gsm on rolls", "nonwoven roll goods; no one offers them")],
)
sme(
    65,
    "th",
    "ไอ้โม่งสุรินทร์",
    AGI,
    DOWN,
    "Surin",
    "aimong.surin@gmail.com",
    offers=[("โม่งคลุมหน้า ผ้ายืด กันแดด กันฝุ่น", "rider_face_cover")],
    needs=[n("ผ้าเย็นยืดสำหรับตัดโม่ง", "uv_cooling_knit_fabric")],
)
sme(
    66,
    "en",
    "NeckTube Thailand",
    SPORT,
    DOWN,
    "Chiengmai",
    "team@necktube.co.th",
    offers=[("Seamless neck gaiter, buff-style tube scarf", "rider_face_cover")],
    needs=[n("all-over printing of our designs onto poly knit", "sublimation_printing_service")],
)
sme(
    67,
    "th",
    "บจก. ไรเดอร์เกียร์ไทย",
    SPORT,
    DOWN,
    "Bangkok",
    "ridergear.thai@gmail.com",
    offers=[("แจ็คเก็ตขับมอไซค์ การ์ดไหล่ ศอก หลัง", "riding_jacket")],
    needs=[
        n("ผ้าตาข่ายระบายอากาศ", "polyester_mesh_fabric"),
        u("ผ้าเคฟล่า อะรามิด กันครูด", "aramid fabric; no one offers it"),
    ],
)
sme(
    68,
    "en",
    "Vest Again Upcycling",
    CIRC,
    DOWN,
    "Bangkok",
    "hi@vestagain.org",
    offers=[("Tote bags sewn from old win vests", "upcycled_bag")],
    needs=[
        n("worn orange rider vests, washed; GRS not needed", "used_taxi_vests", waive=("GRS",)),
        n("small-batch sewing partner", "sewing_service_cmt"),
    ],
    bcg=["circular"],
)
sme(
    69,
    "th",
    "กระเป๋ายางในรีไซเคิล",
    CIRC,
    DOWN,
    "Chiang Mai",
    "yangnai.bag@gmail.com",
    offers=[("กระเป๋าสะพายทำจากยางในรถเก่า", "upcycled_bag")],
    needs=[n("ยางในมอไซค์ที่ใช้แล้ว", "used_inner_tubes")],
    bcg=["circular"],
)
sme(
    70,
    "th",
    "ร้านซ่อมรถช่างหนุ่ม",
    CIRC,
    DOWN,
    "Phitsanulok",
    "changnum.motor@gmail.com",
    offers=[("ยางในเก่าจากการปะยาง", "used_inner_tubes")],
    needs=[
        n("ผ้าคลุมรถแจกลูกค้า", "motorcycle_rain_cover"),
        n("หนังเบาะสำรองไว้เปลี่ยนให้ลูกค้า", "synthetic_leather_sheet"),
    ],
)

# ------------------------------------------------------------------ data, part 4: dealers, stands, fleets and shops that buy (071-095)

sme(
    71,
    "en",
    "Krungsri Motor Sales (Honda dealer)",
    AGC,
    DOWN,
    "Ayutthaya",
    "marketing@krungsrimotor.com",
    needs=[
        n("free-gift saddle covers with our logo, 500 units", "motorcycle_seat_cover"),
        n("dust covers for new-bike owners", "motorcycle_rain_cover"),
        u("helmets with the TIS mark for giveaways", "no one offers helmets", req=("Thai Industrial Standard",)),
    ],
)
sme(
    72,
    "th",
    "ยามาฮ่าสุราษฎร์ ผู้จำหน่าย",
    AGC,
    DOWN,
    "Surat Thani",
    "yamaha.surat@gmail.com",
    needs=[
        n("ผ้าคลุมมอไซค์พิมพ์ชื่อร้าน", "motorcycle_rain_cover"),
        n("เสื้อกันฝนแจกลูกค้าออกรถใหม่", "rider_rain_suit"),
    ],
)
sme(
    73,
    "en",
    "QuickRide Delivery Co.",
    SPORT,
    DOWN,
    "Bangkok",
    "fleet@quickride.co.th",
    needs=[
        n("thermal bags for 300 riders from an ISO 9001 plant", "insulated_delivery_bag", req=("ISO 9001",)),
        n("rider sun sleeves", "arm_sleeves"),
        n("helmet inner caps, washable", "helmet_liner"),
    ],
)
sme(
    74,
    "th",
    "บริษัท ส่งไว โลจิสติกส์ จำกัด",
    AGC,
    DOWN,
    "Nonthaburi",
    "jadsue@songwai.co.th",
    needs=[
        n("กล่องท้ายรถส่งพัสดุ", "delivery_box"),
        n("เสื้อสะท้อนแสงพนักงาน ต้องมีมอก.", "reflective_safety_vest", req=("Thai Industrial Standard",)),
        n("ชุดกันฝนพนักงาน 150 ชุด", "rider_rain_suit"),
    ],
)
sme(
    75,
    "en",
    "Chiang Mai Loop Motorbike Tours",
    SPORT,
    DOWN,
    "Chiang Mai",
    "ride@cmloop.com",
    needs=[
        n("hygiene caps for rental helmets", "helmet_liner"),
        n("balaclavas for dusty mountain roads", "rider_face_cover"),
        n("armoured jackets for the rental fleet", "riding_jacket"),
    ],
)
sme(
    76,
    "th",
    "รพ.สต. บ้านเมืองเปลือย",
    AGI,
    DOWN,
    "Roi Et",
    "rpst.muangplueai@gmail.com",
    needs=[
        n("ปลอกแขนกันแดดให้ อสม. ขี่รถออกเยี่ยมบ้าน", "arm_sleeves"),
        n("เสื้อกั๊กสะท้อนแสงพิมพ์ชื่อ รพ.สต.", "reflective_safety_vest"),
        u("หมวกกันน็อคเด็ก", "helmets; no one offers helmets"),
    ],
)
sme(
    77,
    "en",
    "Korat Moto Parts & Repair",
    AGC,
    DOWN,
    "Khorat",
    "service@koratmoto.com",
    offers=[("Motorcycle servicing and tyre repair", "motorcycle_repair_service")],
    needs=[
        n("seat re-covering subcontractor for customer bikes", "seat_reupholstery_service"),
        n("PVC seat leather, black carbon pattern", "synthetic_leather_sheet"),
    ],
)
sme(
    78,
    "th",
    "ร้านประดับยนต์พัทลุงการช่าง",
    SPORT,
    DOWN,
    "Phatthalung",
    "phatthalung.accessory@gmail.com",
    needs=[
        n("ผ้าหุ้มเบาะ ราคาส่ง", "motorcycle_seat_cover"),
        n("ถุงมือขับมอเตอร์ไซค์ ขายปลีก", "riding_gloves"),
        n("ปลอกแขน คละสี", "arm_sleeves"),
    ],
)
sme(
    79,
    "en",
    "Isan Rider Supply",
    AGI,
    DOWN,
    "Udon",
    "shop@isanrider.com",
    needs=[
        n("face masks for riders, dust and sun", "rider_face_cover"),
        n("seat cushions for elderly pillion passengers", "motorcycle_seat_cushion"),
        n("hi-vis vests, TIS not required", "reflective_safety_vest", waive=("Thai Industrial Standard",)),
    ],
)
sme(
    80,
    "th",
    "วินมอเตอร์ไซค์ตลาดเทศบาลขอนแก่น",
    AGI,
    DOWN,
    "Khon Kaen",
    "win.talad.kk@gmail.com",
    offers=[("เสื้อวินหมดสภาพ ปลดระวางแล้ว", "used_taxi_vests")],
    needs=[
        n("เสื้อวินใหม่สีส้ม", "motorcycle_taxi_vest"),
        n("ผ้าคลุมรถกันฝน 25 คัน", "motorcycle_rain_cover"),
    ],
)
sme(
    81,
    "en",
    "Pak Kret Pier Motorbike Taxi Group",
    AGC,
    DOWN,
    "Nonthaburi",
    "pakkretwin@gmail.com",
    needs=[
        n("new win jackets for 30 drivers", "motorcycle_taxi_vest"),
        n("cool, breathable saddle covers", "motorcycle_seat_cover"),
    ],
)
sme(
    82,
    "th",
    "ชมรมผู้สูงอายุขับขี่ปลอดภัย นครปฐม",
    AGC,
    DOWN,
    "Nakhon Pathom",
    "elderrider.np@gmail.com",
    needs=[
        n("เบาะนุ่มๆ สำหรับผู้สูงอายุนั่งซ้อนท้าย", "motorcycle_seat_cushion"),
        n("เข็มขัดพยุงหลังเวลาซ้อนท้ายนานๆ", "lumbar_support_belt"),
    ],
)
sme(
    83,
    "en",
    "Pillion Kids Safety",
    SPORT,
    DOWN,
    "Nakhon Sawan",
    "hello@pillionkids.co.th",
    offers=[("Child pillion safety harness for motorbikes", "pillion_child_harness")],
    needs=[n("soft 25 mm strapping", "webbing_strap")],
)
sme(
    84,
    "th",
    "ร้านของฝากผ้าครามสกล",
    HEMP,
    DOWN,
    "Sakon Nakhon",
    "khramsouvenir@gmail.com",
    offers=[("กระเป๋าผ้าฝ้ายทอมือย้อมคราม แขวนหน้ารถได้", "tote_bag")],
    needs=[n("ผ้าครามทอมือเป็นม้วน ไม่เอาสีเคมี", "indigo_dyed_cotton_fabric")],
)
sme(
    85,
    "en",
    "BackCare Riding Belts",
    AGC,
    DOWN,
    "Bangkok",
    "support@backcarebelts.com",
    offers=[("Lumbar support belt for older riders and pillion passengers", "lumbar_support_belt")],
    needs=[n("elastic strapping and side-release buckles", "webbing_strap")],
)
sme(
    86,
    "th",
    "วิสาหกิจชุมชนผ้าขาวม้าบ้านหวาย",
    AGI,
    MID,
    "Roi Et",
    "phakhaomabanwai@gmail.com",
    offers=[("ผ้าขาวม้าทอมือ ลายตาราง ผืนละ 120 บาท", "pha_khao_ma")],
    needs=[n("หาคนรับย้อมเส้นฝ้ายของกลุ่มเป็นสีคราม", "indigo_dyeing_service")],
    certs=["OTOP"],
)
sme(
    87,
    "en",
    "Hat Yai Food Riders Cooperative",
    AGC,
    DOWN,
    "Songkla",
    "coop@hatyaifoodriders.org",
    needs=[
        n("bags that keep food hot", "insulated_delivery_bag"),
        n("rain gear for 80 riders", "rider_rain_suit"),
        u("phone holders for handlebars", "hardware; no one offers it"),
    ],
)
sme(
    88,
    "th",
    "บริษัท เฟรชส่งด่วน จำกัด",
    AGC,
    DOWN,
    "Bangkok",
    "purchase@freshsongduan.co.th",
    needs=[
        n("กระเป๋าเก็บความเย็นใส่ของสด ติดมอไซค์", "insulated_delivery_bag"),
        n("ปลอกแขนผ้าไม่ระคายผิว มีใบรับรอง OEKO-TEX", "arm_sleeves", req=("OEKO-TEX Standard 100",)),
    ],
)
sme(
    89,
    "en",
    "Lampang Vintage Moto Club",
    AGC,
    DOWN,
    "Lampang",
    "club@lampangvintagemoto.com",
    needs=[
        n("re-trimming of classic seats in leather-look vinyl", "seat_reupholstery_service"),
        u("original Honda Cub seat pan", "a metal part; no one offers it"),
    ],
)
sme(
    90,
    "th",
    "โรงพยาบาลชุมชนภูเขียว งานส่งยาถึงบ้าน",
    AGI,
    DOWN,
    "Chaiyaphum",
    "phukhieo.homemeds@gmail.com",
    needs=[
        n("กระเป๋าเก็บอุณหภูมิส่งยาทางมอไซค์", "insulated_delivery_bag"),
        n("เสื้อกันฝนเจ้าหน้าที่ขี่รถส่งยา", "rider_rain_suit"),
    ],
)

sme(
    91,
    "th",
    "วินมอไซค์หน้าตลาดบ้านโป่ง",
    AGC,
    DOWN,
    "Ratchaburi",
    "win.banpong@gmail.com",
    needs=[
        n("มีใครรับทำเสื้อวินไหม ราว 20 ตัว", "motorcycle_taxi_vest"),
        n("ปักชื่อวินลงบนเสื้อตัวเดิมของสมาชิก", "embroidery_service"),
        u("ร่มกันแดดติดรถจักรยานยนต์", "bike umbrellas; no one offers them"),
    ],
)
sme(
    92,
    "th",
    "กลุ่มแม่บ้านตัดเย็บท่าม่วง",
    CIRC,
    MID,
    "Kanchanaburi",
    "mabanthamuang.sew@gmail.com",
    offers=[("รับเย็บผ้าคลุมเบาะตามออเดอร์ ใช้ผ้าของผู้สั่ง", "sewing_service_cmt")],
    needs=[
        n("เศษผ้ายืดชิ้นใหญ่ ไว้ทำพรมเช็ดเท้า", "textile_offcuts"),
        u("จักรโพ้งมือสอง", "a sewing machine; no one offers machines"),
    ],
    bcg=["circular"],
)
sme(
    93,
    "en",
    "Kanchanaburi River Rides",
    SPORT,
    DOWN,
    "Kanchanaburi",
    "booking@kanriverrides.com",
    needs=[
        n("reflective vests for night tours", "reflective_safety_vest"),
        n("liners for shared helmets?", "helmet_liner"),
        u("airbag vests for guides", "airbag vests; no one offers them"),
    ],
)
sme(
    94,
    "th",
    "ร้านผ้าใบเพชรบุรี",
    SPORT,
    MID,
    "Phetchaburi",
    "phabai.phetburi@gmail.com",
    offers=[("ผ้าใบเคลือบพีวีซี หนา 0.4 มม. ขายเป็นเมตร", "waterproof_coated_fabric")],
    needs=[u("ตาไก่ทองเหลือง เบอร์ 10", "eyelets; no one offers trims")],
)
sme(
    95,
    "th",
    "ศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุ ประจวบฯ",
    AGC,
    DOWN,
    "Prachuap Khiri Khan",
    "elderly.prachuap@gmail.com",
    needs=[
        n("เบาะรองนั่งรถพ่วงข้าง นั่งนานไม่เจ็บ", "motorcycle_seat_cushion"),
        n("ถุงมือกันแดดสำหรับผู้สูงอายุขี่รถ", "riding_gloves"),
        u("ไม้เท้าพับได้", "walking sticks; no one offers them"),
    ],
)

# ------------------------------------------------------------------ links

SORTED_SMES = sorted(SMES, key=lambda s: s.num)
BY_ID = {s.id: s for s in SORTED_SMES}


def held(s: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in s.certifications)


def suppliers_of(need: Need, buyer: Sme) -> list[str]:
    """Ids of the SMEs (other than the buyer) with an offer the need lists and every certification it requires."""
    wanted = set(need.labels)
    return [
        s.id
        for s in SORTED_SMES
        if s.id != buyer.id and any(label in wanted for _, label in s.offers) and set(need.requires) <= held(s)
    ]


def true_links() -> list[tuple[str, str]]:
    links = {
        (supplier, buyer.id)
        for buyer in SORTED_SMES
        for need in buyer.needs
        if not need.unmet
        for supplier in suppliers_of(need, buyer)
    }
    return sorted(links)


# ------------------------------------------------------------------ checks

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
LATIN_LETTER = re.compile("[A-Za-z]")


def is_thai_phrase(text: str) -> bool:
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai > 0 and thai >= 2 * latin


def is_english_phrase(text: str) -> bool:
    return text.isascii() and bool(LATIN_LETTER.search(text))


def mentions(cert: str, text: str) -> bool:
    folded = unicodedata.normalize("NFKC", text).casefold()
    (entry,) = [c for c in CERTIFICATIONS if c.name == cert]
    return any(
        unicodedata.normalize("NFKC", m).casefold() in folded for m in (*entry.mentions, *entry.case_sensitive_mentions)
    ) or bool(find_certifications(text, among={cert}))


def check(links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    if sorted(ids) != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append(f"ids are not {PREFIX}-001 ... {PREFIX}-{N_PROFILES:03d}")
    offered: dict[str, set[str]] = {}
    for s in SORTED_SMES:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)
    all_phrases: list[tuple[str, str]] = []
    for s in SORTED_SMES:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: malformed id")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub_cluster not in {c.value for c in SubCluster}:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in {c.value for c in Stage}:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for cert in s.certifications:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        for tag in s.bcg:
            if tag not in {c.value for c in BcgTag}:
                errors.append(f"{where}: bcg {tag!r}")
        if len(set(s.bcg)) != len(s.bcg) or len(set(s.certifications)) != len(s.certifications):
            errors.append(f"{where}: repeated bcg tag or certification")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: wants 0-3 offers and 0-3 needs, and at least one of them")
        texts = [s.name] + [t for t, _ in s.offers] + [nd.text for nd in s.needs]
        for text in texts:
            if text != text.strip() or not text or "  " in text:
                errors.append(f"{where}: untidy phrase {text!r}")
            ok = is_thai_phrase(text) if s.lang == "th" else is_english_phrase(text)
            if not ok:
                errors.append(f"{where}: phrase not in its language {s.lang}: {text!r}")
        for text, label in s.offers:
            all_phrases.append((text.casefold(), where))
            if not re.fullmatch(r"[a-z0-9_]+", label):
                errors.append(f"{where}: bad label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= held(s):
                errors.append(f"{where}: offer {text!r} claims {sorted(claimed - held(s))} the SME does not hold")
        offer_texts = {t.casefold() for t, _ in (o for x in SORTED_SMES for o in x.offers)}
        for need in s.needs:
            if need.text.casefold() in offer_texts:
                errors.append(f"{where}: need {need.text!r} repeats an offer word for word")
            for label in need.labels:
                if not offered.get(label, set()) - {s.id}:
                    errors.append(f"{where}: need {need.text!r} lists {label!r}, which no one else offers")
            for cert in (*need.requires, *need.waives):
                if cert not in {c.name for c in CERTIFICATIONS}:
                    errors.append(f"{where}: {cert!r} is not a canonical certification name")
                elif not mentions(cert, need.text):
                    errors.append(f"{where}: need {need.text!r} does not name {cert}")
            found = find_certifications(need.text)
            if found != set(need.requires):
                errors.append(f"{where}: need {need.text!r} asks for {sorted(found)}, labelled {list(need.requires)}")
            if set(need.waives) & found:
                errors.append(f"{where}: need {need.text!r} waives a certification it asks for")
            qualified = suppliers_of(need, s) if need.labels else []
            if need.unmet and qualified:
                errors.append(f"{where}: need {need.text!r} marked unmet but met by {qualified}")
            if not need.unmet and not need.labels:
                errors.append(f"{where}: need {need.text!r} lists no labels and no note")
            if not need.unmet and not qualified:
                errors.append(f"{where}: need {need.text!r} has no qualified supplier")
    cross = sum(BY_ID[a].lang != BY_ID[b].lang for a, b in links)
    thai = sum(s.lang == "th" for s in SMES)
    unmet = sum(bool(nd.unmet) for s in SMES for nd in s.needs)
    if not LINKS_RANGE[0] <= len(links) <= LINKS_RANGE[1]:
        errors.append(f"{len(links)} true links, want {LINKS_RANGE[0]}-{LINKS_RANGE[1]}")
    if links and not CROSS_SHARE_RANGE[0] <= cross / len(links) <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {cross / len(links):.2f}, want {CROSS_SHARE_RANGE}")
    if not THAI_SHARE_RANGE[0] <= thai / max(1, len(SMES)) <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {thai / max(1, len(SMES)):.2f}, want {THAI_SHARE_RANGE}")
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        errors.append(f"{unmet} unmet needs, want {UNMET_RANGE[0]}-{UNMET_RANGE[1]}")
    if any(a == b for a, b in links):
        errors.append("an SME is linked to itself")
    return errors


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    row: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [need.text for need in s.needs],
    }
    if s.certifications:
        row["certifications"] = list(s.certifications)
    if s.bcg:
        row["bcg"] = list(s.bcg)
    row["contact_email"] = s.email
    row["language"] = s.lang
    return json.dumps(row, ensure_ascii=False)


def counts_rows(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    smes = SORTED_SMES
    needs = [nd for s in smes for nd in s.needs]
    rows: list[tuple[str, str]] = [("profiles", str(len(smes)))]
    thai = sum(s.lang == "th" for s in smes)
    rows.append(("Thai / English profiles", f"{thai} / {len(smes) - thai}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster `{sub.value}`", str(sum(s.sub_cluster == sub.value for s in smes))))
    for stage in Stage:
        rows.append((f"stage `{stage.value}`", str(sum(s.stage == stage.value for s in smes))))
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    for region, count in sorted(regions.items()):
        rows.append((f"region `{region}`", str(count)))
    provinces = {resolve_province(s.province).name_en for s in smes}  # type: ignore[union-attr]
    rows.append(("distinct provinces", str(len(provinces))))
    rows.append(("offers", str(sum(len(s.offers) for s in smes))))
    rows.append(("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))))
    rows.append(("needs", str(len(needs))))
    unmet = sum(bool(nd.unmet) for nd in needs)
    rows.append(("needs met / met by no one", f"{len(needs) - unmet} / {unmet}"))
    rows.append(("needs requiring a certification", str(sum(bool(nd.requires) for nd in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(nd.waives) for nd in needs))))
    per_need = Counter(min(len(suppliers_of(nd, s)), 4) for s in smes for nd in s.needs if not nd.unmet)
    rows.append(
        (
            "met needs by number of suppliers (1 / 2 / 3 / 4+)",
            " / ".join(str(per_need.get(k, 0)) for k in (1, 2, 3, 4)),
        )
    )
    rows.append(("true links", str(len(links))))
    th_en = sum(BY_ID[a].lang == "th" and BY_ID[b].lang == "en" for a, b in links)
    en_th = sum(BY_ID[a].lang == "en" and BY_ID[b].lang == "th" for a, b in links)
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    cross = th_en + en_th
    share = cross / len(links) if links else 0.0
    rows.append(("cross-language links (share)", f"{cross} ({share:.1%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(
        (
            "links between different sub-clusters",
            str(sum(BY_ID[a].sub_cluster != BY_ID[b].sub_cluster for a, b in links)),
        )
    )
    return rows


def counts_table(links: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in counts_rows(links)]
    return "\n".join(lines) + "\n"


README = """# Evaluation set `blind_plain_motorbike`

## What it checks

How well the matcher finds true supplier -> buyer pairs among 95 SMEs of the Health and Wellness
Economy textile cluster when the offers and needs are plain registry entries (one short phrase each)
in wording it has never seen. The theme is motorcycles and riders: motorbike-taxi vests, seat covers
and cushions, arm sleeves and gloves, bike rain covers and rider rain suits, insulated delivery bags
and top boxes, helmet liners, face covers, reflective vests, seat re-covering, with the taxi stands,
delivery fleets, dealers, repair shops and clubs that buy them, plus the ordinary upstream and
midstream suppliers (hemp and cotton fibre and yarn, kapok, recycled PET, textile waste, weaving,
indigo and job dyeing, coated and mesh fabrics, foams, tapes, printing, embroidery, sewing).

About 55 % of the profiles are written in Thai and the rest in English, and about half of the true
links cross languages. The same kind of goods is written in many ways (regional and trade names,
brand names, abbreviations, with and without quantities, prices and sizes), and needs are usually
worded differently from the offers that meet them. Hard cases: a service against the goods it works
on (indigo dyeing of the customer's yarn against indigo-dyed cloth, sewing for others against
finished garments, re-covering a customer's seat against new seat covers, printing on customer
garments); used goods and waste against new goods (old taxi vests against new ones); raw against
processed (hemp stalks, bast fibre, yarn, cloth, product); finished goods described by their
material or technique (a seat cover made of pha khao ma cloth is a seat cover; a hand-woven indigo
bag is a bag); needs written as a wish, a bare noun phrase or a question; refusals ("no chemical
dye"); needs that require a named certification and needs that name one only to waive it; and
{unmet} needs that no one in the set meets.

## How it was written

By hand. The writer read only Section 1 of `CONTRACTS.md` (cluster profiles, JSONL version 1, and
the links CSV), `shared/taxonomy.py` with the files in `shared/taxonomy_data/`, and the
`[tool.ruff]` section of `pyproject.toml`. It did not read the matcher, the glossary, the tests,
other evaluation sets or the project's data. All data, including the labels, is in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` against `indigo_dyeing_service`, `motorcycle_taxi_vest` against
`used_taxi_vests`). Every need either lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of
the buyer's needs and the supplier's certifications (in canonical form) hold every certification
that need requires. An SME is never linked to itself. Shared words play no part; quantities, prices
and places never decide a link. A certification a need names only to waive it ("TIS not required",
"ไม่ต้องมี GRS") is not required.

Before writing, the script checks: ids unique and well formed; every contract field valid (enums,
provinces through `resolve_province`, certifications through `resolve_certification`, e-mail
shape, 0-3 offers and 0-3 needs); every label a need lists is offered by someone other than the
buyer; every met need has a qualified supplier and every unmet one has none; the certifications a
need's text asks for (by `find_certifications`) are exactly those labelled as required, and a
waived one is named in the text; an offer claims no certification its SME lacks; Thai phrases are
mostly Thai letters and English ones plain ASCII; the size targets. It writes nothing if a check
fails.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_motorbike/write.py

Two runs give identical bytes.

## Files

- `write.py`: the data, the labels, the checks and the writer.
- `profiles.jsonl`: {profiles} SME profiles, contract JSONL version 1, ids `bmb-001` ... `bmb-095`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    links = true_links()
    errors = check(links)
    table = counts_table(links)
    print(table, end="")
    if errors:
        print(f"\n{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    profiles = "".join(profile_json(s) + "\n" for s in SORTED_SMES)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    unmet = sum(bool(nd.unmet) for s in SMES for nd in s.needs)
    readme = README.format(unmet=unmet, profiles=len(SMES), table=table)
    for name, text in (("profiles.jsonl", profiles), ("links.csv", buffer.getvalue()), ("README.md", readme)):
        (OUT / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"\nwrote profiles.jsonl, links.csv and README.md to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
