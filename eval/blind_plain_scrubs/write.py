"""Write the hand-labelled evaluation set `eval/blind_plain_scrubs/`.

Theme: hospital scrubs and surgical textiles, with the ordinary upstream and midstream suppliers of the
cluster. All data lives in this file: 95 SME profiles written as plain registry entries (one short
phrase per offer or need), the label of every offer, and for every need the offer labels that meet it
and the certifications its text requires or waives. The true links follow from those labels alone.

Run from the repository root:  .venv/bin/python eval/blind_plain_scrubs/write.py
It checks everything first and writes nothing if a check fails.
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
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402  (the repository root is put on sys.path just above)
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

ID_PREFIX = "bsr"
N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS_RANGE = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (17, 23)
MOST_MET_BY_1_TO_3 = 0.60

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = (), unmet: str = "") -> Need:
    """A need: the offer labels that meet it, the certifications its text requires or waives.

    A need met by no one says why in `unmet`; it may still list labels whose only sellers lack a
    required certification.
    """
    return Need(text, tuple(labels), tuple(req), tuple(waive), unmet)


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
) -> Sme:
    return Sme(
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


# ---------------------------------------------------------------------------------------------- data
# Offer labels say what the thing is: fibre, yarn, cloth, finished product, or a service on the
# customer's own goods; new versus waste or used; disposable versus reusable.

SMES: list[Sme] = [
    # ------------------------------------------------------------------ upstream: fibre, yarn, waste
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านแม่แจ่ม",
        HEMP,
        UP,
        "Chiang Mai",
        "maechaem.hemp@bsr.example",
        offers=[
            ("เปลือกกัญชงลอกแห้ง มัดละ 5 กิโล", "hemp_bast_fibre"),
            ("เส้นกัญชงต่อมือ ม้วนละครึ่งกิโล", "hemp_yarn"),
        ],
        needs=[need("เมล็ดพันธุ์กัญชงสายพันธุ์ให้เส้นใย", unmet="hemp seed: no seed seller in the set")],
        certs=["Organic Thailand"],
        bcg=["bio"],
    ),
    sme(
        2,
        "en",
        "Umphang Highland Fibre",
        HEMP,
        UP,
        "Tak",
        "office@umphangfibre.example",
        offers=[
            ("Decorticated hemp bast fibre, baled, 300 kg MOQ", "hemp_bast_fibre"),
            ("Hand-spliced hemp thread, natural grey", "hemp_yarn"),
        ],
        needs=[need("Decorticator for hire at harvest time", unmet="machine hire: no one offers it")],
        bcg=["bio"],
    ),
    sme(
        3,
        "th",
        "หจก. เส้นใยเขาค้อ",
        HEMP,
        UP,
        "Phetchabun",
        "khaokho.fibre@bsr.example",
        offers=[
            ("ด้ายกัญชงผสมฝ้าย 55/45 เบอร์ 16", "hemp_cotton_yarn"),
            ("ด้ายฝ้ายอินทรีย์ปั่น เบอร์ 20 ฝ้ายจากเลย", "organic_cotton_yarn"),
        ],
        needs=[
            need("ปุยฝ้ายอินทรีย์ ต้องมีตรา Organic Thailand", "organic_cotton_lint", req=("Organic Thailand",)),
            need("ใยกัญชงดิบ ล็อตละตัน", "hemp_bast_fibre"),
        ],
        bcg=["bio"],
    ),
    sme(
        4,
        "en",
        "Dan Sai Organic Cotton Co-op",
        HEMP,
        UP,
        "Loei",
        "coop@dansaicotton.example",
        offers=[
            ("Organic ginned cotton lint, Organic Thailand certified", "organic_cotton_lint"),
            ("Unginned seed cotton, Dec-Feb harvest", "seed_cotton"),
        ],
        certs=["Organic Thailand"],
        bcg=["bio"],
    ),
    sme(
        5,
        "th",
        "กลุ่มปลูกฝ้ายพื้นเมืองบ้านหนองหมื่น",
        ALI,
        UP,
        "Roi Et",
        "nongmuen.cotton@bsr.example",
        offers=[
            ("ฝ้ายปุยทั้งเมล็ด ฝ้ายขาวพื้นเมือง", "seed_cotton"),
            ("ปุยฝ้ายอีดแล้ว ปลูกแบบอินทรีย์ ยังไม่ได้ขอใบรับรอง", "organic_cotton_lint"),
            ("เส้นฝ้ายปั่นด้วยหลา เส้นกลาง ขายเป็นไจ", "handspun_cotton_yarn"),
        ],
        bcg=["bio"],
    ),
    sme(
        6,
        "en",
        "Bang Phli rPET Fibre Co., Ltd.",
        CIRC,
        UP,
        "Samut Prakan",
        "sales@bangphlirpet.example",
        offers=[
            ("rPET staple fibre 1.4D x 38 mm", "recycled_polyester_staple"),
            ("rPET DTY 75D/72F, GRS transaction certificate on request", "recycled_polyester_yarn"),
        ],
        needs=[need("Washed clear PET bottle flakes", unmet="bottle flakes: no one sells them")],
        certs=["GRS"],
        bcg=["circular"],
    ),
    sme(
        7,
        "th",
        "บริษัท ระยองฟิลาเมนต์ จำกัด",
        SPORT,
        UP,
        "Rayong",
        "sales@rayongfilament.example",
        offers=[
            ("เส้นด้ายโพลีเอสเตอร์ DTY 150D/48F ดิบ", "polyester_filament_yarn"),
            ("เส้นสแปนเด็กซ์ 40D เปลือย", "spandex_yarn"),
        ],
        certs=["OEKO-TEX Standard 100", "ISO 9001"],
    ),
    sme(
        8,
        "th",
        "โรงปั่นด้ายโคราชสปินนิ่ง",
        ALI,
        UP,
        "Nakhon Ratchasima",
        "korat.spinning@bsr.example",
        offers=[
            ("ด้ายคอตตอน 100% Ne 30/1 หวี", "cotton_yarn"),
            ("ด้ายโพลีผสมฝ้าย TC 65/35 เบอร์ 45", "polycotton_yarn"),
        ],
        needs=[
            need("ปุยฝ้ายหีบแล้ว เกรดปั่นด้าย สั่งเป็นตัน", "cotton_lint", "organic_cotton_lint"),
            need("ใยเทนเซล ปั่นผสมฝ้าย", "lyocell_fibre"),
        ],
        certs=["ISO 9001"],
    ),
    sme(
        9,
        "en",
        "Chao Phraya Cotton Trading",
        ALC,
        UP,
        "Bangkok",
        "trade@cpcotton.example",
        offers=[("Raw cotton lint, US and Brazil origin, BCI", "cotton_lint")],
        certs=["Better Cotton"],
    ),
    sme(
        10,
        "en",
        "Mahachai Textile Waste Collectors",
        CIRC,
        UP,
        "Samut Sakhon",
        "pickup@mahachaiwaste.example",
        offers=[
            ("White 100% cotton cutting scraps, pre-consumer, sorted", "cotton_cutting_waste"),
            ("Poly/cotton offcuts by colour, 1 t bales", "polycotton_cutting_waste"),
        ],
        needs=[
            need(
                "Cutting-room leftovers from garment factories, we collect",
                "cotton_cutting_waste",
                "polycotton_cutting_waste",
            )
        ],
        bcg=["circular"],
    ),
    sme(
        11,
        "th",
        "โรงตีใยรีไซเคิลนครชัยศรี",
        CIRC,
        UP,
        "Nakhon Pathom",
        "nakhonchaisri.fibre@bsr.example",
        offers=[("ใยฝ้ายรีไซเคิล ตีจากเศษผ้าขาว", "recycled_cotton_fibre")],
        needs=[need("เศษผ้าคอตตอนล้วนจากโต๊ะตัด ไม่รับผ้าใช้แล้ว", "cotton_cutting_waste")],
        certs=["GRS"],
        bcg=["circular"],
    ),
    sme(
        12,
        "th",
        "บริษัท ปทุมรีไซเคิลยาร์น จำกัด",
        CIRC,
        UP,
        "Pathum Thani",
        "sales@pathumyarn.example",
        offers=[("ด้าย OE รีไซเคิล คอตตอน/rPET 60/40", "recycled_blend_yarn")],
        needs=[
            need("ปุยฝ้ายตีเก่า สำหรับปั่นด้าย OE", "recycled_cotton_fibre"),
            need("ใยโพลีเอสเตอร์จากขวด PET ต้องมี GRS", "recycled_polyester_staple", req=("GRS",)),
        ],
        certs=["GRS"],
        bcg=["circular"],
    ),
    sme(
        13,
        "en",
        "Phu Phan Indigo Farm",
        HEMP,
        UP,
        "Sakon Nakhon",
        "farm@phuphanindigo.example",
        offers=[("Fermented indigo paste, 1 kg tubs", "natural_indigo_paste")],
        certs=["Organic Thailand"],
        bcg=["bio", "green"],
    ),
    sme(
        14,
        "th",
        "สวนห้อมป้าศรี ทุ่งโฮ้ง",
        HEMP,
        UP,
        "Phrae",
        "suanhom.phrae@bsr.example",
        offers=[
            ("เนื้อสีน้ำเงินจากต้นห้อม หมักพร้อมก่อหม้อ ถังละ 20 กิโล", "natural_indigo_paste"),
            ("ผงสีย้อมธรรมชาติ เปลือกประดู่ ขมิ้น ฝาง", "natural_dye_extract"),
        ],
        certs=["OTOP"],
        bcg=["bio"],
    ),
    sme(
        15,
        "en",
        "Eastern Linen Recovery",
        CIRC,
        UP,
        "Chonburi",
        "ops@easternlinen.example",
        offers=[("Sorting of worn uniforms and linen by fibre and colour, fee per tonne", "textile_sorting_service")],
        needs=[need("Worn-out hospital sheets, scrubs and gowns, any condition", "used_hospital_textiles")],
        bcg=["circular"],
    ),
    sme(
        16,
        "th",
        "ร้านรับซื้อผ้าเก่าศิลา",
        CIRC,
        UP,
        "Khon Kaen",
        "sila.oldcloth@bsr.example",
        offers=[("ผ้าเช็ดเครื่องจักร ตัดจากผ้าเก่า กิโลละ 25 บาท", "wiping_rags")],
        needs=[need("ผ้าเก่าจากโรงพยาบาล ทุกสภาพ", "used_hospital_textiles")],
        bcg=["circular"],
    ),
    sme(
        17,
        "en",
        "Lumpini Fibre Agency",
        SPORT,
        UP,
        "Bangkok",
        "agency@lumpinifibre.example",
        offers=[("TENCEL lyocell staple 1.3 dtex, agent stock", "lyocell_fibre")],
        certs=["OEKO-TEX Standard 100", "FSC"],
    ),
    # ------------------------------------------------------------------ midstream: cloth, finishing, trims
    sme(
        18,
        "th",
        "บริษัท บางพลีเท็กซ์ไทล์ จำกัด",
        SPORT,
        MID,
        "Samut Prakan",
        "sales@bangphlitex.example",
        offers=[
            ("ผ้าดิบ TC 65/35 ทวิล 2/1 หน้า 63 นิ้ว", "polycotton_twill_greige"),
            ("ผ้าดิบคอตตอนป๊อปลิน 133x72", "greige_cotton_fabric"),
        ],
        needs=[
            need("ด้ายโพลีคอตตอน 45s สำหรับเส้นพุ่ง", "polycotton_yarn"),
            need("ด้ายใยยาวโพลี สำหรับเส้นยืน 75D-150D", "polyester_filament_yarn", "recycled_polyester_yarn"),
        ],
        certs=["ISO 9001"],
    ),
    sme(
        19,
        "en",
        "StretchMed Fabrics Co., Ltd.",
        SPORT,
        MID,
        "Samut Sakhon",
        "sales@stretchmed.example",
        offers=[("4-way stretch poly/rayon/spandex 72/21/7, 200 gsm", "stretch_scrub_fabric")],
        needs=[
            need("Elastane 40D, Lycra or equal", "spandex_yarn"),
            need("Viscose rayon filament 120D", unmet="viscose filament: no one sells it"),
        ],
        certs=["OEKO-TEX Standard 100"],
    ),
    sme(
        20,
        "th",
        "บริษัท ไฮเทคฟินิชชิ่ง จำกัด",
        SPORT,
        MID,
        "Pathum Thani",
        "service@hitechfinish.example",
        offers=[
            ("รับเคลือบแอนตี้แบคทีเรีย ซิลเวอร์ไอออน บนผ้าของลูกค้า", "antimicrobial_finishing_service"),
            ("รับเคลือบกันน้ำ กันเลือดซึม สูตรไม่มีฟลูออรีน", "fluid_repellent_finishing_service"),
        ],
        needs=[need("สารซิลเวอร์ไอออนสำหรับตกแต่งผ้า ราคาตัวแทน", unmet="finishing chemicals: no chemical seller")],
        certs=["bluesign", "OEKO-TEX Standard 100"],
    ),
    sme(
        21,
        "en",
        "AegisWeave Co., Ltd.",
        SPORT,
        MID,
        "Chonburi",
        "hello@aegisweave.example",
        offers=[("Antimicrobial TC twill, ready to cut, 58 in, 50 washes", "antimicrobial_scrub_fabric")],
        needs=[need("Finished polyester-cotton cloth for our in-house silver treatment", "polycotton_twill_dyed")],
        certs=["OEKO-TEX Standard 100"],
    ),
    sme(
        22,
        "th",
        "บริษัท ระยองนอนวูฟเวน จำกัด",
        SPORT,
        MID,
        "Rayong",
        "sales@rayongnonwoven.example",
        offers=[
            ("ผ้าสปันบอนด์ PP 25-40 แกรม ม้วนหน้า 1.6 ม.", "pp_spunbond_nonwoven"),
            ("ผ้า SMS 35-45 แกรม ม้วน", "sms_nonwoven"),
        ],
        certs=["ISO 9001"],
    ),
    sme(
        23,
        "en",
        "BarrierTex Thailand",
        SPORT,
        MID,
        "Chachoengsao",
        "sales@barriertex.example",
        offers=[
            (
                "Reusable barrier fabric, poly microfilament with carbon grid, AAMI PB70 level 3",
                "barrier_fabric_reusable",
            )
        ],
        needs=[
            need("Virgin polyester microfilament yarn only, no recycled", "polyester_filament_yarn"),
            need("Third-party water penetration test", "fabric_testing_service"),
        ],
        certs=["ISO 9001", "OEKO-TEX Standard 100"],
    ),
    sme(
        24,
        "th",
        "โรงย้อมบางขุนเทียน",
        ALC,
        MID,
        "Bangkok",
        "bkt.dyehouse@bsr.example",
        offers=[("รับย้อมผ้าทวิล ผ้าคอตตอน ตามสีที่ลูกค้าสั่ง ขั้นต่ำ 300 หลา", "fabric_dyeing_service")],
        needs=[need("สีรีแอคทีฟ สีดิสเพิร์ส ราคาส่ง", unmet="dyestuff: no dye seller in the set")],
        certs=["ISO 14001"],
    ),
    sme(
        25,
        "en",
        "Tha Chin Dyeing & Finishing",
        ALC,
        MID,
        "Samut Sakhon",
        "sales@thachindye.example",
        offers=[
            ("Piece-dyed or bleached TC twill: white, ceil blue, hunter green, navy", "polycotton_twill_dyed"),
            ("Dyed cotton poplin, hospital white and pale blue", "finished_cotton_fabric"),
        ],
        needs=[
            need("Loom-state poly/cotton twill, 63 in", "polycotton_twill_greige"),
            need("Unfinished cotton cloth off the loom, for bleaching", "greige_cotton_fabric"),
        ],
        certs=["OEKO-TEX Standard 100"],
    ),
    sme(
        26,
        "th",
        "ร้านหม้อห้อมแม่นิล",
        HEMP,
        MID,
        "Phrae",
        "maenil.mohom@bsr.example",
        offers=[
            ("ผ้าหม้อห้อมเมตร ย้อมห้อมแท้ หน้า 36 นิ้ว", "indigo_dyed_cotton_fabric"),
            ("หมวกคลุมผมผ้าหม้อห้อม ผูกหลัง", "scrub_cap_cloth"),
        ],
        needs=[
            need("ห้อมเปียก", "natural_indigo_paste"),
            need("ผ้าฝ้ายเมือง ผืนขาว รอย้อม", "handwoven_cotton_fabric"),
        ],
        certs=["OTOP"],
        bcg=["bio"],
    ),
    sme(
        27,
        "th",
        "กลุ่มรับย้อมห้อมบ้านทุ่งโฮ้ง",
        HEMP,
        MID,
        "Phrae",
        "tunghong.dye@bsr.example",
        offers=[("รับย้อมห้อม ผ้าหรือเสื้อของลูกค้า ขั้นต่ำ 10 ตัว", "indigo_dyeing_service")],
        bcg=["bio"],
    ),
    sme(
        28,
        "en",
        "Khram Vat Studio",
        ALI,
        MID,
        "Sakon Nakhon",
        "studio@khramvat.example",
        offers=[
            ("Natural indigo vat dyeing of your garments or yardage", "indigo_dyeing_service"),
            ("Khram-dyed handloom cotton by the metre", "indigo_dyed_cotton_fabric"),
        ],
        needs=[need("Undyed handloom cotton, 1 m wide", "handwoven_cotton_fabric")],
        bcg=["bio"],
    ),
    sme(
        29,
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านโนนรัง",
        ALI,
        MID,
        "Khon Kaen",
        "nonrang.weave@bsr.example",
        offers=[
            ("ผ้าฝ้ายทอมือ สีพื้น ยังไม่ย้อม หน้า 1 เมตร", "handwoven_cotton_fabric"),
            ("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "pha_khao_ma"),
        ],
        needs=[need("ฝ้ายเข็นมือ หรือด้ายฝ้ายเบอร์ 20 ไม่ต้องมีโอทอป", "handspun_cotton_yarn", "cotton_yarn", waive=("OTOP",))],
        certs=["OTOP"],
    ),
    sme(
        30,
        "th",
        "ผ้ากัญชงทอมือบ้านแม่สา",
        HEMP,
        MID,
        "Chiang Mai",
        "maesa.hemp@bsr.example",
        offers=[("ผ้ากัญชงทอมือ 100% ผืนละ 5 เมตร", "hemp_fabric")],
        needs=[need("ด้ายใยกัญชง สำหรับกี่ทอมือ", "hemp_yarn")],
        bcg=["bio"],
    ),
    sme(
        31,
        "en",
        "Mae Sai Hemp Canvas",
        HEMP,
        MID,
        "Chiang Rai",
        "canvas@maesaihemp.example",
        offers=[("Hemp/cotton canvas 12 oz, loom-state, 150 cm", "hemp_cotton_canvas")],
        needs=[need("Hemp-cotton blend yarn around Ne 16", "hemp_cotton_yarn")],
        bcg=["bio"],
    ),
    sme(
        32,
        "th",
        "ร้านปักนนทบุรี",
        ALC,
        MID,
        "Nonthaburi",
        "nont.embroidery@bsr.example",
        offers=[("รับปักชื่อ ปักโลโก้ รพ. บนชุดสครับ เสื้อกาวน์ ตัวละ 25 บาท", "embroidery_service")],
    ),
    sme(
        33,
        "en",
        "InkLine Uniform Print",
        ALC,
        MID,
        "Bangkok",
        "print@inkline.example",
        offers=[("Screen printing and DTF transfers on uniforms, 50 pcs min", "garment_printing_service")],
    ),
    sme(
        34,
        "th",
        "ร้านอุปกรณ์ตัดเย็บสำโรง",
        ALC,
        MID,
        "Samut Prakan",
        "samrong.trims@bsr.example",
        offers=[
            ("กระดุมแป๊กทองเหลือง กระดุมสแนปพลาสติก", "snap_fasteners"),
            ("ยางยืดทอ 1 นิ้ว สีขาว ม้วน 50 หลา", "elastic_tape"),
        ],
    ),
    sme(
        35,
        "en",
        "Sampheng Trims & Tapes",
        ALC,
        MID,
        "Bangkok",
        "orders@samphengtrims.example",
        offers=[
            ("Cotton twill tape 12 mm for gown ties", "twill_tape"),
            ("Knitted rib cuffs for isolation gowns", "knit_cuffs"),
            ("Woven elastic 25 mm, latex-free", "elastic_tape"),
        ],
    ),
    sme(
        36,
        "th",
        "โรงงานนครปฐมการ์เม้นท์",
        ALC,
        MID,
        "Nakhon Pathom",
        "npgarment@bsr.example",
        offers=[
            ("รับจ้างตัดเย็บ ชุดยูนิฟอร์ม ชุดสครับ ลูกค้าส่งผ้ามา", "sewing_service"),
            ("เศษผ้า TC จากโต๊ะตัด ขายเหมา", "polycotton_cutting_waste"),
        ],
        needs=[need("ยางขอบเอว สำหรับกางเกงสครับ", "elastic_tape")],
        certs=["ISO 9001"],
    ),
    sme(
        37,
        "en",
        "Ratchaburi Apparel CMT",
        ALC,
        MID,
        "Ratchaburi",
        "cmt@ratchaburiapparel.example",
        offers=[("Cut-make-trim for medical apparel, 500 pcs MOQ", "sewing_service")],
        needs=[need("Snap buttons for patient gowns", "snap_fasteners")],
        certs=["ISO 9001"],
    ),
    sme(
        38,
        "th",
        "กลุ่มแม่บ้านรับเย็บผ้าบ้านจิก",
        ALI,
        MID,
        "Udon Thani",
        "banjik.sewing@bsr.example",
        offers=[
            ("รับเย็บเสื้อผ้าตามแบบ งานเหมาชุมชน", "sewing_service"),
            ("เศษผ้าฝ้ายเหลือจากงานเย็บ", "cotton_cutting_waste"),
        ],
        needs=[need("จักรโพ้งอุตสาหกรรมมือสอง", unmet="sewing machines: no machine dealer")],
    ),
    sme(
        39,
        "en",
        "PatternLab Bangkok",
        ALC,
        MID,
        "Bangkok",
        "studio@patternlab.example",
        offers=[("Pattern making and size grading for scrubs and gowns, XS-5XL", "pattern_grading_service")],
    ),
    sme(
        40,
        "th",
        "ศูนย์ทดสอบสิ่งทอมหาชัย",
        ALC,
        MID,
        "Samut Sakhon",
        "mahachai.testlab@bsr.example",
        offers=[("ทดสอบการกันน้ำ การซึมผ่านของเลือด ผ้าชุดผ่าตัด", "fabric_testing_service")],
        certs=["ISO 9001"],
    ),
    sme(
        41,
        "en",
        "MendWell Textile Repair",
        CIRC,
        MID,
        "Chonburi",
        "repairs@mendwell.example",
        offers=[("Repair and re-hemming of reusable gowns and linen", "textile_repair_service")],
        needs=[need("Ties and press studs for repair work", "twill_tape", "snap_fasteners")],
        bcg=["circular"],
    ),
    sme(
        42,
        "th",
        "ผ้าครามบ้านพันนา",
        ALI,
        MID,
        "Sakon Nakhon",
        "phanna.khram@bsr.example",
        offers=[("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ สกลนคร", "indigo_dyed_cotton_fabric")],
        needs=[need("ฝ้ายเข็นมือ เส้นเล็ก", "handspun_cotton_yarn")],
        certs=["OTOP"],
        bcg=["bio"],
    ),
    sme(
        43,
        "th",
        "บริษัท ผ้ายืดสมุทรปราการ จำกัด",
        SPORT,
        MID,
        "Samut Prakan",
        "sales@spstretch.example",
        offers=[("ผ้ายืด 4 ทาง สำหรับชุดสครับ สแปนเด็กซ์ 5%", "stretch_scrub_fabric")],
        needs=[
            need("ใยอีลาสเทน 40 ดีเนียร์", "spandex_yarn"),
            need("ด้ายโพลีเอสเตอร์รีไซเคิล มีใบรับรอง GRS", "recycled_polyester_yarn", req=("GRS",)),
        ],
    ),
    sme(
        44,
        "en",
        "ReLoop Scrub Fabrics",
        CIRC,
        MID,
        "Pathum Thani",
        "hello@reloopfabrics.example",
        offers=[("Recycled-poly/rayon stretch scrub fabric, GRS", "stretch_scrub_fabric")],
        needs=[need("Recycled polyester filament, GRS certified", "recycled_polyester_yarn", req=("GRS",))],
        certs=["GRS"],
        bcg=["circular"],
    ),
    sme(
        45,
        "th",
        "ห้างผ้าสำเพ็งเจริญ",
        ALC,
        MID,
        "Bangkok",
        "sampheng.fabric@bsr.example",
        offers=[("ผ้าโทเรเวสปอยท์ ผ้าทวิลชุดฟอร์ม สีพื้น ขายเป็นพับ", "polycotton_twill_dyed")],
    ),
    sme(
        46,
        "en",
        "Khon Kaen Weaving Mill",
        ALI,
        MID,
        "Khon Kaen",
        "mill@kkweaving.example",
        offers=[("Greige cotton sheeting 110 cm, 20s x 20s", "greige_cotton_fabric")],
        needs=[need("Cotton yarn Ne 20-30, carded is fine", "cotton_yarn")],
    ),
    sme(
        47,
        "th",
        "โรงถักผ้ายืดกระทุ่มแบน",
        SPORT,
        MID,
        "Samut Sakhon",
        "krathumbaen.knit@bsr.example",
        offers=[("ผ้ายืดคอตตอนสแปนเด็กซ์ 200 แกรม หน้า 68 นิ้ว", "cotton_spandex_jersey")],
        needs=[
            need("ด้ายฝ้ายเบอร์ 30 สำหรับถักเสื้อยืด", "cotton_yarn"),
            need("ไลครา ใช้ถักผ้ายืด", "spandex_yarn"),
            need(
                "ด้ายฝ้ายออร์แกนิก ต้องมี GOTS",
                "organic_cotton_yarn",
                req=("GOTS",),
                unmet="organic cotton yarn: its only spinner holds no GOTS",
            ),
        ],
        certs=["OEKO-TEX Standard 100"],
    ),
    sme(
        48,
        "en",
        "Lanna Natural Dye Studio",
        HEMP,
        MID,
        "Chiang Mai",
        "studio@lannadye.example",
        offers=[("Cotton dyed with ebony, lac and mango bark, by the metre", "natural_dyed_cotton_fabric")],
        needs=[
            need("Plant dye powders: turmeric, sappan, jackfruit", "natural_dye_extract"),
            need(
                "Handloom cotton, unbleached, Organic Thailand nice to have",
                "handwoven_cotton_fabric",
                waive=("Organic Thailand",),
            ),
        ],
        bcg=["bio", "green"],
    ),
    sme(
        49,
        "th",
        "บริษัท พียูโค้ทติ้ง นครปฐม จำกัด",
        SPORT,
        MID,
        "Nakhon Pathom",
        "sales@pucoating.example",
        offers=[("ผ้าโพลีเอสเตอร์เคลือบ PU กันน้ำ 110 แกรม", "fluid_resistant_coated_fabric")],
        needs=[need("ผ้าทอโพลีเอสเตอร์ล้วน ยังไม่เคลือบ", unmet="plain polyester base cloth: no one offers it")],
    ),
    sme(
        50,
        "en",
        "Hat Yai Stitch & Batik",
        ALC,
        MID,
        "Songkhla",
        "stitch@hatyaibatik.example",
        offers=[
            ("Name and logo embroidery on scrubs and coats, from 1 piece", "embroidery_service"),
            ("Hand-drawn batik cotton lengths, Songkhla", "batik_cotton_fabric"),
            ("Jersey hijabs for Muslim nurses, OR use", "nurse_hijab"),
        ],
    ),
    # ------------------------------------------------------------------ downstream: products, hospitals, clinics
    sme(
        51,
        "th",
        "บริษัท สครับไทย จำกัด",
        ALC,
        DOWN,
        "Bangkok",
        "order@scrubthai.example",
        offers=[("ชุดสครับ คอวี กระเป๋า 3 ใบ ไซซ์ S-3XL", "scrub_suit")],
        needs=[
            need("ผ้ายืดสี่ทางทำชุดสครับ ต้องผ่าน OEKO-TEX", "stretch_scrub_fabric", req=("OEKO-TEX Standard 100",)),
            need("หาโรงงานเย็บแบบเหมาค่าแรง เรามีผ้าเอง", "sewing_service"),
            need("งานปักตราโรงพยาบาลบนอกเสื้อ", "embroidery_service"),
        ],
    ),
    sme(
        52,
        "en",
        "Nurse & Co. Scrubs",
        ALC,
        DOWN,
        "Nonthaburi",
        "team@nurseandco.example",
        offers=[("Jogger scrub sets, stretch, 12 colours", "scrub_suit")],
        needs=[
            need(
                "Spandex-blend woven for scrubs, 180-220 gsm, bluesign not needed",
                "stretch_scrub_fabric",
                waive=("bluesign",),
            ),
            need("Need our pattern scaled to plus sizes?", "pattern_grading_service"),
            need("Anyone doing antimicrobial finishing on our own fabric?", "antimicrobial_finishing_service"),
        ],
    ),
    sme(
        53,
        "th",
        "ชลบุรียูนิฟอร์มการแพทย์",
        ALC,
        DOWN,
        "Chonburi",
        "chonmed.uniform@bsr.example",
        offers=[
            ("ชุดเขียวห้องผ่าตัด ผ้า TC เสื้อ+กางเกง", "scrub_suit"),
            ("ผ้าเขียวสี่เหลี่ยมเจาะกลาง ซักได้", "surgical_drape_reusable"),
        ],
        needs=[
            need("ผ้าโพลีคอตตอนสีเขียวแก่ ลายสอง", "polycotton_twill_dyed"),
            need("ผ้าแอนตี้แบคทีเรียสำเร็จรูป พร้อมตัด", "antimicrobial_scrub_fabric"),
        ],
    ),
    sme(
        54,
        "en",
        "SurgiWear Reusables Co., Ltd.",
        ALC,
        DOWN,
        "Samut Prakan",
        "sales@surgiwear.example",
        offers=[
            ("Reusable surgical gown, AAMI level 3, 75 wash cycles", "surgical_gown_reusable"),
            ("Reusable isolation gown with knit cuffs", "isolation_gown_reusable"),
        ],
        needs=[
            need("Liquid-proof cloth for washable OR gowns, 100 launderings", "barrier_fabric_reusable"),
            need("Stretch wristlets and tie tape for gowns", "knit_cuffs", "twill_tape"),
            need("Fluid-repellent treatment on our gown fabric", "fluid_repellent_finishing_service"),
        ],
        certs=["ISO 13485", "Thai FDA"],
    ),
    sme(
        55,
        "th",
        "บริษัท ปทุมเมดิคอลซัพพลาย จำกัด",
        ALC,
        DOWN,
        "Pathum Thani",
        "sales@pathummedical.example",
        offers=[
            ("เสื้อกาวน์ผ่าตัด SMS ใช้ครั้งเดียว ฆ่าเชื้อแล้ว", "surgical_gown_disposable"),
            ("ชุดกาวน์ PP ใช้แล้วทิ้ง กันน้ำ", "isolation_gown_disposable"),
            ("หมวกตัวหนอน แพ็ค 100 ใบ", "bouffant_cap_disposable"),
        ],
        needs=[
            need("นอนวูฟเวน 3 ชั้น สปันบอนด์-เมลต์โบลน 40 แกรม", "sms_nonwoven"),
            need("ผ้าไม่ทอ PP ทำหมวก", "pp_spunbond_nonwoven", "sms_nonwoven"),
        ],
        certs=["ISO 13485", "Thai FDA"],
    ),
    sme(
        56,
        "en",
        "Rattanakosin General Hospital",
        ALC,
        DOWN,
        "Bangkok",
        "procurement@rghospital.example",
        offers=[("Retired bed linen and scrubs, about 2 t a year", "used_hospital_textiles")],
        needs=[
            need("Nursing scrubs, tops and trousers, 400 staff", "scrub_suit"),
            need("Washable theatre gowns, ISO 13485 required", "surgical_gown_reusable", req=("ISO 13485",)),
            need(
                "Daily pickup and washing of ward linen, ISO 14001 required",
                "hospital_laundry_service",
                req=("ISO 14001",),
            ),
        ],
    ),
    sme(
        57,
        "th",
        "โรงพยาบาลศรีนครขอนแก่น",
        ALI,
        DOWN,
        "Khon Kaen",
        "purchasing@srinakornhosp.example",
        needs=[
            need("เสื้อผู้ป่วยใน ผ้าคอตตอน แบบผูกด้านหลัง", "patient_gown_cotton"),
            need("ผืนห่อชุดเครื่องมือ CSSD ใช้ซ้ำได้ ไม่เอาแบบใช้แล้วทิ้ง", "sterilization_wrap_reusable"),
            need("หมวกพยาบาล ใช้ในหอผู้ป่วย", "scrub_cap_cloth", "bouffant_cap_disposable"),
        ],
    ),
    sme(
        58,
        "en",
        "Smile Line Dental Clinic",
        ALC,
        DOWN,
        "Phitsanulok",
        "admin@smileline.example",
        needs=[
            need("Disposable paper patient bibs", unmet="paper bibs: no one makes them"),
            need("Disposable isolation gowns, level 2", "isolation_gown_disposable"),
        ],
    ),
    sme(
        59,
        "th",
        "โรงพยาบาลสัตว์ดอยสุเทพ",
        ALC,
        DOWN,
        "Chiang Mai",
        "doisuthep.vet@bsr.example",
        needs=[
            need("ชุดหลังผ่าตัดน้องหมาน้องแมว ใส่แทนปลอกคอกรวย", "pet_recovery_suit"),
            need("ผ้าคลุมตัวสัตว์ตอนผ่าตัด มีช่องตรงกลาง ใช้ซ้ำได้", "surgical_drape_reusable"),
        ],
    ),
    sme(
        60,
        "en",
        "PawMend Pet Apparel",
        ALC,
        DOWN,
        "Nonthaburi",
        "shop@pawmend.example",
        offers=[("Post-surgery recovery suits for dogs and cats, XS-XL", "pet_recovery_suit")],
        needs=[need("Cotton/spandex jersey for pet bodysuits", "cotton_spandex_jersey")],
    ),
    sme(
        61,
        "th",
        "บริษัท เมดิคอลคลีน ลอนดรี้ จำกัด",
        CIRC,
        DOWN,
        "Samut Prakan",
        "service@medclean.example",
        offers=[
            ("ซักอบรีดผ้าโรงพยาบาล ฆ่าเชื้อด้วยความร้อน รับส่งทุกวัน", "hospital_laundry_service"),
            ("ผ้าปูเตียงปลดระวาง ขายเป็นกิโล", "used_hospital_textiles"),
        ],
        needs=[
            need("ถุงผ้าใส่ผ้าเปื้อน แยกสีเหลือง สีแดง", "laundry_bag"),
            need("ช่างปะ ซ่อมชุดผ่าตัด เปลี่ยนเชือกผูก", "textile_repair_service"),
        ],
        certs=["ISO 9001", "ISO 14001"],
        bcg=["circular"],
    ),
    sme(
        62,
        "en",
        "Lanna Hospital Laundry",
        CIRC,
        DOWN,
        "Chiang Mai",
        "ops@lannalaundry.example",
        offers=[("Contract laundry for hospitals and clinics, barrier washer-extractors", "hospital_laundry_service")],
        needs=[
            need("Replacement linen for ward beds", "hospital_bed_sheet"),
            need("Laundry trolleys with canvas liners", unmet="trolleys: no one makes them"),
        ],
        bcg=["circular"],
    ),
    sme(
        63,
        "th",
        "บ้านพักผู้สูงอายุสุขใจ",
        ALC,
        DOWN,
        "Nakhon Si Thammarat",
        "sukjai.eldercare@bsr.example",
        needs=[
            need("ชุดผู้ป่วย ใส่ถอดง่าย สำหรับผู้สูงอายุ", "patient_gown_cotton", "patient_gown_polycotton"),
            need("แผ่นรองซับซักได้ ขนาด 90x90", "reusable_underpad"),
            need("ถุงเท้ากันลื่นสำหรับผู้สูงอายุ", unmet="anti-slip socks: no one knits them"),
        ],
    ),
    sme(
        64,
        "en",
        "Second Stitch Upcycling",
        CIRC,
        DOWN,
        "Surat Thani",
        "hi@secondstitch.example",
        offers=[("Tote bags made from retired surgical drapes", "tote_bag")],
        needs=[
            need("End-of-life theatre textiles, clean", "used_hospital_textiles"),
            need("Who can grade our donated linen by material?", "textile_sorting_service"),
            need("Would like hemp/cotton canvas for bag bases", "hemp_cotton_canvas"),
        ],
        bcg=["circular"],
    ),
    sme(
        65,
        "th",
        "กลุ่มตัดเย็บชุดผู้ป่วยหนองสำโรง",
        ALI,
        DOWN,
        "Udon Thani",
        "nongsamrong.sew@bsr.example",
        offers=[
            ("ชุดคนไข้ผ้าฝ้าย ผูกหลัง ฟรีไซซ์", "patient_gown_cotton"),
            ("ผ้าปูเตียงผู้ป่วย ผ้าฝ้าย 3.5 ฟุต", "hospital_bed_sheet"),
        ],
        needs=[
            need("ผ้าฝ้ายกี่กระตุก สีธรรมชาติ ทำชุดคนไข้", "handwoven_cotton_fabric"),
            need("เชือกผูกชุดคนไข้ ผ้าเทป", "twill_tape"),
        ],
    ),
    sme(
        66,
        "en",
        "CareWear Thailand",
        ALC,
        DOWN,
        "Kanchanaburi",
        "sales@carewear.example",
        offers=[
            ("Snap-shoulder patient gowns, poly-cotton", "patient_gown_polycotton"),
            ("Washable bed underpads 90 x 90, four layers", "reusable_underpad"),
        ],
        needs=[
            need("Light-blue cotton cloth for gowns, finished", "finished_cotton_fabric"),
            need("TPU-laminated knit for underpad backing", unmet="laminated knit: no laminator in the set"),
        ],
    ),
    sme(
        67,
        "th",
        "ห้างหุ้นส่วนจำกัด ผ้าเขียวการแพทย์",
        ALC,
        DOWN,
        "Samut Sakhon",
        "phakhiao.med@bsr.example",
        offers=[
            ("ผ้าห่อเครื่องมือผ่าตัด 2 ชั้น ผ้าเขียว ซักได้", "sterilization_wrap_reusable"),
            ("ผ้าปูโต๊ะเครื่องมือ ผ้าเจาะกลาง สีเขียว", "surgical_drape_reusable"),
        ],
        needs=[need("ผ้าคอตตอนหรือผ้า TC ย้อมสำเร็จ ทำผ้าห่อ", "finished_cotton_fabric", "polycotton_twill_dyed")],
    ),
    sme(
        68,
        "en",
        "MediLinen Supply Co.",
        ALC,
        DOWN,
        "Bangkok",
        "orders@medilinen.example",
        offers=[
            ("Reusable CSR wraps, double layer, 120 x 120 cm", "sterilization_wrap_reusable"),
            ("Fitted hospital bed sheets, 100% cotton", "hospital_bed_sheet"),
        ],
        needs=[need("Bleached white cotton sheeting", "finished_cotton_fabric")],
    ),
    sme(
        69,
        "th",
        "ร้านเสื้อกาวน์หมอ เพชรบุรี",
        ALC,
        DOWN,
        "Phetchaburi",
        "phetburi.labcoat@bsr.example",
        offers=[("เสื้อกาวน์แพทย์ สีขาว แขนยาว ปักชื่อฟรี", "lab_coat")],
        needs=[need("ผ้าโทเรสีขาว ทำเสื้อกาวน์", "polycotton_twill_dyed")],
    ),
    sme(
        70,
        "en",
        "Medic Uniform Outlet",
        ALC,
        DOWN,
        "Nonthaburi",
        "buy@medicoutlet.example",
        needs=[
            need("Private-label medical scrubs, wholesale", "scrub_suit"),
            need("Nurse dresses", "nurse_dress_uniform"),
        ],
    ),
    sme(
        71,
        "th",
        "โรงพยาบาลอุบลเวชการ",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "purchase@ubonwech.example",
        needs=[
            need("ชุดสครับ 150 ชุด ไม่ต้องมี อย.", "scrub_suit", waive=("Thai FDA",)),
            need("เสื้อกาวน์ผ่าตัดซักได้ ต้องมีทะเบียน อย.", "surgical_gown_reusable", req=("Thai FDA",)),
            need("ผ้าห่มสำลีผู้ป่วย ผืนใหญ่", unmet="cotton flannel blankets: no one makes them"),
        ],
    ),
    sme(
        72,
        "en",
        "North-East Medical Centre Udon",
        ALI,
        DOWN,
        "Udon Thani",
        "supply@nemcudon.example",
        needs=[
            need("Ward gowns for inpatients, 500 pcs", "patient_gown_cotton", "patient_gown_polycotton"),
            need("Launderable PPE gowns for infection wards", "isolation_gown_reusable"),
            need("Compression stockings, class II", unmet="compression hosiery: no one makes it"),
        ],
    ),
    sme(
        73,
        "th",
        "โรงพยาบาลหาดใหญ่เมดิคอล",
        ALC,
        DOWN,
        "Songkhla",
        "hatyaimed.purchase@bsr.example",
        needs=[
            need("ชุดเขียวใส่เข้าห้องผ่าตัด", "scrub_suit"),
            need("ผ้าคลุมฮิญาบพยาบาล ใส่เข้าห้องผ่าตัด", "nurse_hijab"),
        ],
    ),
    sme(
        74,
        "en",
        "Andaman International Hospital",
        ALC,
        DOWN,
        "Phuket",
        "procurement@andamanhosp.example",
        needs=[
            need(
                "Sterile single-use surgical gowns, Thai FDA registered", "surgical_gown_disposable", req=("Thai FDA",)
            ),
            need("Stitch our crest onto existing staff uniforms", "embroidery_service"),
            need("Reusable carry bags for discharge kits", "tote_bag"),
        ],
    ),
    sme(
        75,
        "th",
        "คลินิกทันตกรรมยิ้มสวย สุราษฎร์",
        ALC,
        DOWN,
        "Surat Thani",
        "yimsuay.dental@bsr.example",
        needs=[
            need("หมวกผ้าสำหรับทันตแพทย์ แบบผูก", "scrub_cap_cloth"),
        ],
    ),
    sme(
        76,
        "en",
        "Sukhumvit Animal Hospital",
        ALC,
        DOWN,
        "Bangkok",
        "clinic@sukhumvitvet.example",
        needs=[
            need("Bodysuits for dogs after spaying, instead of cones", "pet_recovery_suit"),
            need("Fenestrated drapes, washable", "surgical_drape_reusable"),
            need("Lead aprons for the X-ray room", unmet="lead aprons: no one makes them"),
        ],
    ),
    sme(
        77,
        "th",
        "ร้านชุดสัตว์เลี้ยงหลังผ่าตัด พุทธมณฑล",
        ALC,
        DOWN,
        "Nakhon Pathom",
        "petsuit.pm@bsr.example",
        offers=[("ชุดหลังทำหมัน สุนัข แมว ผ้ายืด", "pet_recovery_suit")],
        needs=[need("ผ้าเจอร์ซีย์ยืด ฝ้ายผสมไลครา ทำชุดสัตว์", "cotton_spandex_jersey")],
    ),
    sme(
        78,
        "th",
        "อุบลซักรีดการแพทย์",
        CIRC,
        DOWN,
        "Ubon Ratchathani",
        "ubon.laundry@bsr.example",
        offers=[("รับซักผ้าโรงพยาบาล คลินิก อนามัย ทั่วอีสานใต้", "hospital_laundry_service")],
        needs=[need("ถุงใส่ผ้าติดเชื้อ ซักได้", "laundry_bag")],
        bcg=["circular"],
    ),
    sme(
        79,
        "en",
        "LoopBag Co.",
        CIRC,
        DOWN,
        "Bangkok",
        "hello@loopbag.example",
        offers=[("Colour-coded laundry bags from recycled polyester", "laundry_bag")],
        needs=[
            need(
                "Recycled yarn with GRS for our weaving", "recycled_blend_yarn", "recycled_polyester_yarn", req=("GRS",)
            )
        ],
        certs=["GRS"],
        bcg=["circular"],
    ),
    sme(
        80,
        "th",
        "กลุ่มกระเป๋าผ้าครามบ้านดอนกอย",
        HEMP,
        DOWN,
        "Sakon Nakhon",
        "donkoi.bag@bsr.example",
        offers=[
            ("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "tote_bag"),
            ("หน้ากากผ้าฝ้ายย้อมคราม 3 ชั้น", "cloth_face_mask"),
        ],
        needs=[
            need("ผ้าสีคราม ตัดเป็นเมตร หน้า 1 เมตร", "indigo_dyed_cotton_fabric"),
            need("อยากได้ผ้าใยกัญชงทอมือ ทำสายกระเป๋า", "hemp_fabric"),
        ],
        certs=["OTOP"],
        bcg=["bio"],
    ),
    sme(
        81,
        "en",
        "Doi Suthep Wellness Spa",
        HEMP,
        DOWN,
        "Chiang Mai",
        "manager@doisuthepspa.example",
        needs=[
            need(
                "Natural-dyed cotton for therapist uniforms, no synthetic dye",
                "natural_dyed_cotton_fabric",
                "indigo_dyed_cotton_fabric",
            ),
            need("Hemp terry bath towels", unmet="hemp terry: no one weaves it"),
        ],
        bcg=["green"],
    ),
    sme(
        82,
        "th",
        "เพจชุดพยาบาลน่ารัก",
        ALC,
        DOWN,
        "Bangkok",
        "cutenurse.shop@bsr.example",
        needs=[
            need("หมวกสครับผ้า ขายส่ง", "scrub_cap_cloth"),
            need("มีชุดสครับฝ้ายขาว 200 ตัว อยากส่งไปทำสีคราม", "indigo_dyeing_service"),
        ],
    ),
    sme(
        83,
        "en",
        "Isan Scrub Caps",
        ALI,
        DOWN,
        "Khon Kaen",
        "caps@isanscrubcaps.example",
        offers=[("Scrub caps sewn from pha khao ma check cloth", "scrub_cap_cloth")],
        needs=[
            need("Pha khao ma lengths, bright checks", "pha_khao_ma"),
            need("Southern pa-te cloth for a cap line", "batik_cotton_fabric"),
        ],
    ),
    sme(
        84,
        "th",
        "ศูนย์ดูแลผู้สูงอายุบุรีรัมย์",
        ALI,
        DOWN,
        "Buriram",
        "buriram.eldercare@bsr.example",
        needs=[
            need("ผ้ารองกันเปื้อนที่นอน ซักได้", "reusable_underpad"),
            need("แมสผ้า ซักได้ แจกผู้สูงอายุ", "cloth_face_mask"),
            need("เสื้อคนป่วยผ้าฝ้ายย้อมสีธรรมชาติ บ่เอาสีเคมี", unmet="natural-dyed patient gowns: no one makes them"),
        ],
    ),
    sme(
        85,
        "en",
        "Korat Nursing College",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "admin@koratnursing.example",
        needs=[
            need("White nurse dresses for students", "nurse_dress_uniform"),
            need("Lab coats for clinical practice", "lab_coat"),
        ],
    ),
    sme(
        86,
        "th",
        "บริษัท บางปูพีพีอี จำกัด",
        ALC,
        DOWN,
        "Samut Prakan",
        "sales@bangpuppe.example",
        offers=[
            ("ชุดกาวน์ใช้แล้วทิ้ง สปันบอนด์ 30 แกรม", "isolation_gown_disposable"),
            ("เสื้อกาวน์ผ่าตัด SMS แบบไม่ฆ่าเชื้อ", "surgical_gown_disposable"),
        ],
        needs=[
            need("ผ้าเอสเอ็มเอส เกรดการแพทย์ ไม่จำเป็นต้องมี ISO 13485", "sms_nonwoven", waive=("ISO 13485",)),
            need("ผ้าไม่ทอเนื้อบาง 30 แกรม สีฟ้า ทำชุดกาวน์", "pp_spunbond_nonwoven", "sms_nonwoven"),
        ],
    ),
    sme(
        87,
        "th",
        "ห้างหุ้นส่วนจำกัด ไทยกาวน์",
        ALC,
        DOWN,
        "Bangkok",
        "thaigown@bsr.example",
        offers=[
            ("เสื้อกาวน์ผ่าตัดซักได้ ผ้าไมโครไฟเบอร์", "surgical_gown_reusable"),
            ("ชุดกาวน์ซักได้ ปลายแขนจั๊ม", "isolation_gown_reusable"),
        ],
        needs=[
            need("ผ้าร่มเคลือบกันซึม ทำชุดกาวน์", "fluid_resistant_coated_fabric"),
            need("ผ้าจั๊มปลายแขน", "knit_cuffs"),
            need("ผ้าบาเรียร์ซักได้ 100 ครั้ง", "barrier_fabric_reusable"),
        ],
        certs=["ISO 9001"],
    ),
    sme(
        88,
        "th",
        "ร้านชุดพยาบาลสุรินทร์",
        ALI,
        DOWN,
        "Surin",
        "surin.nurseuniform@bsr.example",
        offers=[
            ("ชุดพยาบาลกระโปรงขาว ผ้าโทเร", "nurse_dress_uniform"),
            ("เสื้อกาวน์ขาวนักศึกษาแพทย์", "lab_coat"),
        ],
        needs=[
            need("ผ้าลายสองสีขาว ทำชุดพยาบาล", "polycotton_twill_dyed"),
        ],
    ),
    sme(
        89,
        "en",
        "Lumina Aesthetic Clinic",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "office@luminaclinic.example",
        needs=[
            need("Scrubs for clinic staff, OEKO-TEX not required", "scrub_suit", waive=("OEKO-TEX Standard 100",)),
            need("Disposable caps for facial treatments", "bouffant_cap_disposable"),
        ],
    ),
    sme(
        90,
        "th",
        "โรงพยาบาลมหาวิทยาลัยฝั่งธน",
        ALC,
        DOWN,
        "Bangkok",
        "thonburi.unihosp@bsr.example",
        needs=[
            need("กาวน์ผ่าตัดแบบใช้ซ้ำ ต้องมี ISO 13485 และ อย.", "surgical_gown_reusable", req=("ISO 13485", "Thai FDA")),
            need("ผ้าเขียวห่อของเข้าหม้อนึ่งฆ่าเชื้อ", "sterilization_wrap_reusable"),
        ],
    ),
    sme(
        91,
        "en",
        "Kok River Hospital",
        ALC,
        DOWN,
        "Chiang Rai",
        "purchasing@kokriverhosp.example",
        needs=[
            need(
                "Inpatient gowns, OTOP welcome but not required",
                "patient_gown_cotton",
                "patient_gown_polycotton",
                waive=("OTOP",),
            ),
        ],
    ),
    sme(
        92,
        "th",
        "โรงพยาบาลชุมชนริมโขง",
        ALI,
        DOWN,
        "Nakhon Phanom",
        "rimkhong.hosp@bsr.example",
        needs=[
            need("เสื้อคนป่วย ผ้าฝ้าย ใส่สบาย", "patient_gown_cotton"),
        ],
    ),
    sme(
        93,
        "en",
        "Eastern Nonwovens Co., Ltd.",
        SPORT,
        MID,
        "Chonburi",
        "sales@easternnonwovens.example",
        offers=[
            ("PP spunbond 17-80 gsm", "pp_spunbond_nonwoven"),
            ("SMS/SMMS 35 gsm, medical grade", "sms_nonwoven"),
        ],
        needs=[need("Wiping rags for the machine shop", "wiping_rags")],
        certs=["ISO 9001"],
    ),
    sme(
        94,
        "th",
        "ศูนย์ฟื้นฟูผู้สูงวัยกาฬสินธุ์",
        ALI,
        DOWN,
        "Kalasin",
        "kalasin.rehab@bsr.example",
        needs=[
            need("แผ่นรองซับผู้ป่วย แบบซัก", "reusable_underpad"),
            need(
                "ชุดผู้ป่วยผ้าฝ้าย ต้องผ่านมาตรฐานโอเคเท็กซ์",
                "patient_gown_cotton",
                req=("OEKO-TEX Standard 100",),
                unmet="patient gowns: no maker holds OEKO-TEX",
            ),
        ],
    ),
    sme(
        95,
        "th",
        "คลินิกรักษาสัตว์ตรัง",
        ALC,
        DOWN,
        "Trang",
        "trang.vet@bsr.example",
        needs=[
            need("ชุดกันเลียแผลหลังผ่าตัด แมว", "pet_recovery_suit"),
            need("สกรีนโลโก้คลินิกบนเสื้อ", "garment_printing_service"),
            need("ผ้าห่มไฟฟ้าสำหรับสัตว์หลังผ่าตัด", unmet="heated blankets: no one makes them"),
        ],
    ),
]


# ---------------------------------------------------------------------------------------------- checks

_ID = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
_EMAIL = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
_THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_MIN_THAI_SHARE = 0.6
_CERT_BY_NAME = {c.name: c for c in CERTIFICATIONS}
_PUNCTUATION_FREE = re.compile(r"[\s\-_.,'’()]+")


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def mentioned(cert_name: str, text: str) -> bool:
    """Whether `text` names the certification at all, affirmed or negated."""
    cert = _CERT_BY_NAME[cert_name]
    flat = _PUNCTUATION_FREE.sub("", _nfkc(text).casefold())
    names = (cert.name, cert.full_name, *cert.aliases, *cert.mentions)
    if any(_PUNCTUATION_FREE.sub("", _nfkc(name).casefold()) in flat for name in names):
        return True
    if any(name in text for name in cert.case_sensitive_mentions):
        return True
    return any(re.search(_nfkc(pattern), _nfkc(text)) for pattern in cert.patterns)


def canonical(certs: tuple[str, ...]) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in certs)


def text_problem(text: str, lang: str) -> str | None:
    if not text.strip() or text != text.strip() or "  " in text:
        return "empty or badly spaced"
    if lang == "en":
        if any(not (32 <= ord(ch) < 127) for ch in text):
            return "English text must be plain Latin (ASCII)"
        return None
    thai = len(_THAI_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if thai == 0 or thai / (thai + latin) < _MIN_THAI_SHARE:
        return "Thai text must be mostly Thai letters"
    return None


def qualified_suppliers(buyer: Sme, n: Need, smes: list[Sme]) -> list[str]:
    """Ids of the other SMEs with an offer carrying one of the need's labels and every required certification."""
    required = frozenset(n.requires)
    return [
        s.id
        for s in smes
        if s.id != buyer.id and any(label in n.labels for _, label in s.offers) and required <= canonical(s.certs)
    ]


def compute_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links = {(sid, b.id) for b in smes for n in b.needs for sid in qualified_suppliers(b, n, smes)}
    return sorted(links)


def check(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    by_id = {s.id: s for s in smes}
    ids = [s.id for s in smes]
    if len(smes) != N_PROFILES:
        errors.append(f"{len(smes)} profiles, expected {N_PROFILES}")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if ids != [f"{ID_PREFIX}-{i:03d}" for i in range(1, len(smes) + 1)]:
        errors.append("ids are not bsr-001 ... in order")
    emails = [s.email for s in smes]
    if len(set(emails)) != len(emails):
        errors.append("duplicate contact emails")
    names = [s.name for s in smes]
    if len(set(names)) != len(names):
        errors.append("duplicate names")
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)
    sub_clusters = {v.value for v in SubCluster}
    stages = {v.value for v in Stage}
    bcg_tags = {v.value for v in BcgTag}
    for s in smes:
        where = s.id
        if not _ID.match(s.id):
            errors.append(f"{where}: malformed id")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub_cluster not in sub_clusters:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        if not _EMAIL.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        for tag in s.bcg:
            if tag not in bcg_tags:
                errors.append(f"{where}: bcg tag {tag!r}")
        if len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: repeated bcg tag")
        for cert in s.certs:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3:
            errors.append(f"{where}: 0-3 offers and 0-3 needs")
        if not s.offers and not s.needs:
            errors.append(f"{where}: neither offers nor needs")
        for text in (s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)):
            problem = text_problem(text, s.lang)
            if problem:
                errors.append(f"{where}: {problem}: {text!r}")
        held = canonical(s.certs)
        for text, label in s.offers:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", label):
                errors.append(f"{where}: bad label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= held:
                errors.append(f"{where}: offer claims {sorted(claimed - held)} it does not hold: {text!r}")
        texts = [t for t, _ in s.offers] + [n.text for n in s.needs]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: repeated phrase")
        for n in s.needs:
            what = f"{where}: need {n.text!r}"
            for cert in (*n.requires, *n.waives):
                if cert not in _CERT_BY_NAME:
                    errors.append(f"{what}: {cert!r} is not a canonical certification name")
                elif not mentioned(cert, n.text):
                    errors.append(f"{what}: {cert} is not named in the text")
            found = find_certifications(n.text)
            if found != set(n.requires):
                errors.append(f"{what}: text requires {sorted(found)}, labelled {sorted(n.requires)}")
            if set(n.requires) & set(n.waives):
                errors.append(f"{what}: a certification both required and waived")
            for label in n.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    errors.append(f"{what}: label {label!r} is offered by no one else")
            suppliers = qualified_suppliers(s, n, smes)
            if n.unmet and suppliers:
                errors.append(f"{what}: marked unmet but met by {suppliers}")
            if not n.unmet and not suppliers:
                errors.append(f"{what}: met by no one; label it or mark it unmet")
            if not n.unmet and not n.labels:
                errors.append(f"{what}: lists no labels")
    for sid, bid in links:
        if sid == bid or sid not in by_id or bid not in by_id:
            errors.append(f"bad link {sid},{bid}")
    errors.extend(check_targets(smes, links))
    return errors


def check_targets(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    lang = {s.id: s.lang for s in smes}
    thai = sum(s.lang == "th" for s in smes) / len(smes)
    if not THAI_SHARE[0] <= thai <= THAI_SHARE[1]:
        errors.append(f"Thai share {thai:.2f} outside {THAI_SHARE}")
    if not LINKS_RANGE[0] <= len(links) <= LINKS_RANGE[1]:
        errors.append(f"{len(links)} links, expected {LINKS_RANGE[0]}-{LINKS_RANGE[1]}")
    cross = sum(lang[a] != lang[b] for a, b in links) / max(1, len(links))
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    unmet = sum(bool(n.unmet) for s in smes for n in s.needs)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        errors.append(f"{unmet} unmet needs, expected {UNMET_RANGE[0]}-{UNMET_RANGE[1]}")
    sizes = [len(qualified_suppliers(s, n, smes)) for s in smes for n in s.needs if not n.unmet]
    small = sum(1 <= k <= 3 for k in sizes) / max(1, len(sizes))
    if small < MOST_MET_BY_1_TO_3:
        errors.append(f"only {small:.0%} of met needs have 1-3 suppliers")
    return errors


# ---------------------------------------------------------------------------------------------- output


def profile_json(s: Sme) -> str:
    row = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    return json.dumps(row, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def counts_table(smes: list[Sme], links: list[tuple[str, str]]) -> str:
    by_id = {s.id: s for s in smes}
    needs = [(s, n) for s in smes for n in s.needs]
    met = [(s, n) for s, n in needs if not n.unmet]
    sizes = Counter(min(len(qualified_suppliers(s, n, smes)), 4) for s, n in met)
    th_en = sum(by_id[a].lang == "th" and by_id[b].lang == "en" for a, b in links)
    en_th = sum(by_id[a].lang == "en" and by_id[b].lang == "th" for a, b in links)
    cross = th_en + en_th
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai / English", f"{sum(s.lang == 'th' for s in smes)} / {sum(s.lang == 'en' for s in smes)}"),
    ]
    for value in SubCluster:
        rows.append((f"sub-cluster {value.value}", str(sum(s.sub_cluster == value.value for s in smes))))
    for value in Stage:
        rows.append((f"stage {value.value}", str(sum(s.stage == value.value for s in smes))))
    provinces = [resolve_province(s.province) for s in smes]
    regions = Counter(p.region.value for p in provinces if p is not None)
    for region, count in sorted(regions.items()):
        rows.append((f"region {region}", str(count)))
    offer_labels = {label for s in smes for _, label in s.offers}
    rows += [
        ("distinct provinces", str(len({p.name_en for p in provinces if p is not None}))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len(offer_labels))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        (
            "met needs with 1 / 2 / 3 / 4+ qualified suppliers",
            " / ".join(str(sizes.get(k, 0)) for k in (1, 2, 3, 4)),
        ),
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
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


README = """\
# eval/blind_plain_scrubs: hospital scrubs and surgical textiles, plain registry wording

## What it checks

How well the matcher finds the true supplier-buyer pairs among 95 SME profiles whose wording it has
never seen. The theme is hospital scrubs and surgical textiles: scrubs, surgical and isolation gowns
(reusable and single-use), drapes, sterilization wraps, caps, patient gowns, bed linen, hospital
laundries, clinics, dental and veterinary practices and care homes that buy, and the ordinary upstream
and midstream suppliers of the cluster (hemp and cotton fibre, yarn, waste and recycled fibre, weaving,
knitting, dyeing, finishing, trims, sewing).

The profiles are plain registry entries: one short phrase per offer or need, 0-3 of each, about 55 %
in Thai. Goods are named in many ways: local and regional words (northern ห้อม, หม้อห้อม, ผ้าฝ้ายเมือง;
Isan คราม, ฝ้ายเข็น, หลา, อีด, บ่เอา, ผ้าขาวม้า; southern pa-te batik and nurses' hijabs), trade words
(ผ้าเขียว, หมวกตัวหนอน, ผ้าร่ม, ลายสอง, กี่กระตุก, loom-state, CMT), brand names used as common nouns
(TENCEL, Lycra/ไลครา, Toray/ผ้าโทเร, Vespoint/เวสปอยท์), abbreviations (TC, SMS, PP, rPET, DTY, OE, CSR,
CSSD, OR, PPE), with and without quantities, prices, sizes and minimum orders. Needs are worded
differently from the offers that meet them, often in the other language. Hard but fair cases:

- a service versus the goods it works on: dyeing or finishing the customer's cloth versus dyed or
  finished cloth, sewing for others (CMT) versus finished scrubs, laundry and repair services;
- the customer's own goods sent for work (white scrubs sent for indigo dyeing);
- waste and used goods versus new (cutting scraps, retired hospital linen, wiping rags);
- raw versus processed: seed cotton, lint, yarn, cloth, product; loom-state versus dyed cloth;
- finished goods described by their material, colour or technique (an indigo handwoven tote is a bag,
  a mo hom cap is a scrub cap, a pha khao ma cap is a cap);
- reusable versus disposable (gowns, caps, drapes, wraps); a doctor's white coat (เสื้อกาวน์แพทย์)
  versus a surgical gown (เสื้อกาวน์ผ่าตัด);
- needs written as a wish, a bare noun phrase or a question; refusals ("no recycled", "no synthetic
  dye", "ไม่เอาแบบใช้แล้วทิ้ง", "บ่เอาสีเคมี");
- needs that require a named certification (ISO 13485, Thai FDA, ISO 14001, OEKO-TEX, GRS, GOTS,
  Organic Thailand) where some makers of the thing lack it, and needs that name one only to waive it
  (Thai FDA, OEKO-TEX, OTOP, bluesign, Organic Thailand, ISO 13485);
- about 20 needs that no one in the set meets, some of them because the only makers lack the
  certification the need requires.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile JSONL version 1 and the links
CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings; not the matcher, its
glossary, its tests or any other evaluation set. All data, including the labels, lives in `write.py`;
the labels are not in the output files.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `surgical_gown_reusable` versus
`surgical_gown_disposable`). Every need either lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of the
buyer's needs and the supplier's certifications hold every certification that need requires. An SME
is never linked to itself. Shared words play no part; quantities, prices and places never decide a
link; what changes what the thing is does. A waived certification is not required.

Before writing, the script checks ids, every contract field (sub-cluster, stage and BCG values from
the taxonomy, provinces through `resolve_province`, certifications through `resolve_certification`),
that every label a need lists is offered by someone other than the buyer, that every met need has a
qualified supplier and every unmet one has none, that a required or waived certification is named in
the need's text (and that `find_certifications` reads the text the same way), that Thai phrases are
mostly Thai letters and English ones plain Latin, and the size targets. It writes nothing if a check
fails. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_scrubs/write.py

## Files

- `write.py`: the data and the script.
- `profiles.jsonl`: 95 profiles, ids `bsr-001` ... `bsr-095`, contract format, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def main() -> int:
    links = compute_links(SMES)
    errors = check(SMES, links)
    table = counts_table(SMES, links)
    print(table, end="")
    if errors:
        for error in errors:
            print(f"ERROR: {error}", file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    outputs = {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in SMES),
        "links.csv": links_csv(links),
        "README.md": README + table,
    }
    for name, content in outputs.items():
        (HERE / name).write_text(content, encoding="utf-8", newline="\n")
    print(f"wrote {', '.join(outputs)} to {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
