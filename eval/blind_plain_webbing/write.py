"""Write the hand-labelled evaluation set `eval/blind_plain_webbing/`.

Webbing, straps and tapes, written as plain registry entries: one short phrase per offer or need.
Every offer carries a label that says what the thing is; every need lists the labels that would meet
it and the certifications its text requires (or is marked as met by no one). The true links follow
from those labels alone. Labels live only in this file; the profiles carry none.

Run from the repository root:  .venv/bin/python eval/blind_plain_webbing/write.py
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
PREFIX = "bwb"
N_PROFILES = 95

# ------------------------------------------------------------------ vocabulary used by the rows

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AGE_C = "ageing_lifestyle_central"
AGE_I = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"


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
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every `req`."""
    return Need(text, tuple(labels), tuple(req), tuple(waive))


def x(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `note` says why."""
    return Need(text, tuple(labels), tuple(req), tuple(waive), unmet=note)


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


COTTON_YARN = ("cotton_yarn", "organic_cotton_yarn")

# ------------------------------------------------------------------ rows 001-030: upstream fibre, yarn, waste

ROWS: list[Sme] = [
    sme(
        1,
        "th",
        "บจก. สยามพีพีเส้นใย",
        SPORT,
        UP,
        "Samut Prakan",
        "sales@siamppfiber.co.th",
        offers=[
            ("เส้นด้ายพีพี มัลติฟิลาเมนต์ 900D-1800D", "pp_multifilament_yarn"),
            ("เศษด้ายพีพีจากไลน์ผลิต ขายเหมาเป็นกิโล", "pp_yarn_waste"),
        ],
        needs=[x("เม็ดพลาสติกพีพี เกรดฉีดเส้นใย", "no one sells polymer resin")],
        certs=["ISO 9001"],
    ),
    sme(
        2,
        "en",
        "Eastern Polymer Yarns Co., Ltd.",
        SPORT,
        UP,
        "Rayong",
        "info@easternpolyyarn.com",
        offers=[
            ("polypropylene FDY 1200 denier, UV stabilised", "pp_multifilament_yarn"),
            ("nylon 6 HT filament 840D", "nylon_filament_yarn"),
        ],
        needs=[x("colour masterbatch for PP extrusion", "no one sells masterbatch")],
        certs=["ISO 9001", "ISO 14001"],
    ),
    sme(
        3,
        "en",
        "Chonburi Nylon Filament Ltd.",
        SPORT,
        UP,
        "Chonburi",
        "sales@cbnylon.co.th",
        offers=[("Nylon 66 industrial yarn 1260D on cones", "nylon_filament_yarn")],
        needs=[x("paper cones / cardboard tubes", "no one makes paper cones")],
    ),
    sme(
        4,
        "th",
        "หจก. สาครโพลีเอสเตอร์",
        SPORT,
        UP,
        "Samut Sakhon",
        "sakhonpoly@gmail.com",
        offers=[("ด้ายโพลีเอสเตอร์ไฮเทนาซิตี้ 1000D สำหรับทอสายรัด", "ht_polyester_yarn")],
        needs=[n("อยากลองทำรุ่นรีไซเคิล หาเกล็ดขวดใสบดแล้ว", "pet_bottle_flakes")],
    ),
    sme(
        5,
        "th",
        "บจก. กรีนลูป รีไซเคิล ยาร์น",
        CIRC,
        UP,
        "Nakhon Pathom",
        "contact@greenloopyarn.co.th",
        offers=[("เส้นด้ายรีไซเคิลจากขวดน้ำดื่ม (rPET) 300D", "recycled_pet_yarn")],
        needs=[
            n("เกล็ดขวดเพ็ทใส ล้างร้อนแล้ว ราคาตันละ", "pet_bottle_flakes"),
            n("ใยสั้นโพลีเอสเตอร์รีไซเคิล สำหรับปั่นผสม", "recycled_polyester_staple_fibre"),
        ],
        certs=["GRS"],
        bcg=["circular", "green"],
    ),
    sme(
        6,
        "en",
        "Bangsaen Recycled Yarn Co.",
        CIRC,
        UP,
        "Chonburi",
        "hello@bangsaenyarn.com",
        offers=[("rPET filament from post-consumer bottles, 600D", "recycled_pet_yarn")],
        needs=[
            n("hot-washed clear bottle flake", "pet_bottle_flakes"),
            n("webbing scraps from cutting rooms, any colour", "webbing_offcuts"),
        ],
        bcg=["circular"],
    ),
    sme(
        7,
        "th",
        "วิสาหกิจชุมชนรวมใจคัดแยกขยะ ขอนแก่น",
        CIRC,
        UP,
        "Khon Kaen",
        "ruamjai.kk@gmail.com",
        offers=[("ขวดเพ็ทบดเป็นเกล็ด คัดสีแล้ว ส่งได้ทั่วอีสาน", "pet_bottle_flakes")],
        needs=[x("เครื่องบดขวดมือสอง สภาพดี", "no one sells machinery")],
        bcg=["circular"],
    ),
    sme(
        8,
        "th",
        "ร้านเซียงกงบางพลี อะไหล่รถเก่า",
        CIRC,
        UP,
        "Samut Prakan",
        "bangplee.parts@gmail.com",
        offers=[
            ("สายเข็มขัดนิรภัยเก่า ถอดจากรถ ขายเป็นกิโล", "used_seatbelt_webbing"),
            ("เบาะรถเก่าถอดทั้งชุด", "used_car_seats"),
        ],
        bcg=["circular"],
    ),
    sme(
        9,
        "en",
        "Paet Riu Auto Dismantlers",
        CIRC,
        UP,
        "Chachoengsao",
        "yard@paetriuauto.com",
        offers=[("salvaged seat belts from scrapped cars, mixed colours", "used_seatbelt_webbing")],
        bcg=["circular"],
    ),
    sme(
        10,
        "en",
        "Prime Offcuts Trading",
        CIRC,
        UP,
        "Samut Prakan",
        "buy@primeoffcuts.com",
        offers=[("webbing roll ends & offcuts, nylon/PP mixed, by the kg", "webbing_offcuts")],
        needs=[n("PP yarn production waste, baled", "pp_yarn_waste")],
        bcg=["circular"],
    ),
    sme(
        11,
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านห้วยน้ำขุ่น",
        HEMP,
        UP,
        "Tak",
        "huaynamkhun.hemp@gmail.com",
        offers=[("เปลือกกัญชงลอกตากแห้ง มัดละ 5 กก.", "hemp_fibre")],
        needs=[x("เครื่องลอกเปลือกกัญชง", "no one sells decorticators")],
        bcg=["bio"],
    ),
    sme(
        12,
        "th",
        "ไร่กัญชงอินทรีย์เขาค้อ",
        HEMP,
        UP,
        "Phetchabun",
        "khaokhohemp@gmail.com",
        offers=[("เส้นใยกัญชงอินทรีย์ แยกเส้นพร้อมปั่น", "hemp_fibre")],
        certs=["Organic Thailand"],
        bcg=["bio", "green"],
    ),
    sme(
        13,
        "th",
        "กลุ่มปั่นด้ายกัญชงแม่ริม",
        HEMP,
        UP,
        "Chiang Mai",
        "maerimhemp@gmail.com",
        offers=[("ด้ายกัญชงเข็นมือ สีธรรมชาติ", "hemp_yarn")],
        needs=[n("ใยกัญชงดิบ ยังไม่ฟอก", "hemp_fibre")],
        bcg=["bio"],
    ),
    sme(
        14,
        "en",
        "Doi Hemp Spinners",
        HEMP,
        UP,
        "Chiang Rai",
        "spin@doihemp.com",
        offers=[("hemp yarn Nm 6, wet spun, unbleached", "hemp_yarn")],
        needs=[n("decorticated hemp bast, Organic Thailand certified", "hemp_fibre", req=("Organic Thailand",))],
        bcg=["bio"],
    ),
    sme(
        15,
        "th",
        "โรงปั่นด้ายโคราชคอตตอน",
        AGE_I,
        UP,
        "Nakhon Ratchasima",
        "koratcotton@gmail.com",
        offers=[("ด้ายฝ้าย 20/2 ดิบ ลูกละ 1 กก.", "cotton_yarn")],
        needs=[n("ปุยฝ้ายหีบแล้ว", "raw_cotton_lint")],
    ),
    sme(
        16,
        "en",
        "Bangkok Cotton Yarn Trading",
        AGE_C,
        UP,
        "Bangkok",
        "trade@bkkcottonyarn.com",
        offers=[("combed cotton yarn Ne 16/1, bleached white", "cotton_yarn")],
    ),
    sme(
        17,
        "en",
        "Loei Organic Cotton Collective",
        HEMP,
        UP,
        "Loei",
        "loei.organic.cotton@gmail.com",
        offers=[
            ("GOTS organic cotton yarn, hand-spun, undyed", "organic_cotton_yarn"),
            ("ginned organic cotton lint", "raw_cotton_lint"),
        ],
        certs=["GOTS", "Organic Thailand"],
        bcg=["bio"],
    ),
    sme(
        18,
        "th",
        "กลุ่มครามบ้านดอนกอย",
        AGE_I,
        UP,
        "Sakon Nakhon",
        "donkoy.indigo@gmail.com",
        offers=[
            ("เนื้อครามเปียก หมักเอง กก.ละ 250 บาท", "indigo_paste"),
            ("ผ้าฝ้ายทอมือย้อมคราม ลายขิด", "indigo_handwoven_cotton_fabric"),
        ],
        needs=[n("ฝ้ายดิบสำหรับขึ้นหูก", *COTTON_YARN)],
        certs=["OTOP"],
        bcg=["bio"],
    ),
    sme(
        19,
        "en",
        "Mahachai Recycled Fibre Co.",
        CIRC,
        UP,
        "Samut Sakhon",
        "sales@mahachaifibre.com",
        offers=[("recycled PSF 1.4D x 38mm, GRS", "recycled_polyester_staple_fibre")],
        needs=[x("whole PET bottles, baled, from sorting centres", "only flakes are offered, not whole bottles")],
        certs=["GRS"],
        bcg=["circular"],
    ),
    # ------------------------------------------------------------------ midstream: webbing mills
    sme(
        20,
        "th",
        "บจก. บางพลีเว็บบิ้ง",
        SPORT,
        MID,
        "Samut Prakan",
        "bangpleewebbing@gmail.com",
        offers=[
            ("สายแถบพีพี 1 นิ้ว ม้วนละ 50 หลา", "pp_webbing"),
            ("สายพีพีลายก้างปลา หนา 1.5 มม.", "pp_webbing"),
        ],
        needs=[n("ด้ายพีพีสีดำ กันยูวี", "pp_multifilament_yarn")],
        certs=["ISO 9001"],
    ),
    sme(
        21,
        "en",
        "Krungthep Narrow Fabrics",
        SPORT,
        MID,
        "Bangkok",
        "orders@ktnarrowfab.com",
        offers=[
            ("PP webbing 20-50 mm, 30 colours ex-stock", "pp_webbing"),
            ("nylon tape 1in, soft hand", "nylon_webbing"),
        ],
        needs=[
            n("polypropylene yarn for needle looms", "pp_multifilament_yarn"),
            n("nylon yarn 840D", "nylon_filament_yarn"),
        ],
    ),
    sme(
        22,
        "th",
        "โรงงานทอสายกระเป๋านนท์",
        AGE_C,
        MID,
        "Nonthaburi",
        "nonstrap@gmail.com",
        offers=[("สายกระเป๋าพีพี สีพื้น ขายส่งยกม้วน", "pp_webbing")],
        needs=[n("ด้ายโพลีโพรพิลีน ม้วนใหญ่", "pp_multifilament_yarn")],
    ),
    sme(
        23,
        "en",
        "Siam Nylon Webbing Co.",
        SPORT,
        MID,
        "Chonburi",
        "sales@siamnylonweb.com",
        offers=[("nylon webbing 25/38 mm, mil-spec style", "nylon_webbing")],
        needs=[
            n("nylon 6.6 filament", "nylon_filament_yarn"),
            n("dye house for our greige webbing - black and olive", "webbing_dyeing_service"),
        ],
    ),
    sme(
        24,
        "th",
        "หจก. มหาชัยสายรัด",
        SPORT,
        MID,
        "Samut Sakhon",
        "mahachaistrap@hotmail.com",
        offers=[
            ("สายไนล่อนทอ หน้ากว้าง 2 นิ้ว", "nylon_webbing"),
            ("สายโพลีเอสเตอร์ทอแน่น สำหรับทำสายรัดของ", "polyester_webbing"),
        ],
        needs=[n("ด้ายโพลีเหนียวพิเศษ", "ht_polyester_yarn")],
    ),
    sme(
        25,
        "en",
        "Pathum Polyester Webbing",
        SPORT,
        MID,
        "Pathum Thani",
        "info@pathumwebbing.com",
        offers=[("polyester webbing 50mm, 5 t MBS", "polyester_webbing")],
        needs=[
            n("HT polyester yarn 1500D", "ht_polyester_yarn"),
            n("someone to dye our raw webbing safety orange?", "webbing_dyeing_service"),
        ],
        certs=["ISO 9001"],
    ),
    sme(
        26,
        "en",
        "Rayong Safety Textiles",
        SPORT,
        MID,
        "Rayong",
        "oem@rayongsafetytex.com",
        offers=[("seat belt webbing 48 mm, automotive grade", "seatbelt_webbing")],
        needs=[n("high-tenacity PET filament", "ht_polyester_yarn")],
        certs=["TIS", "ISO 9001"],
    ),
    sme(
        27,
        "th",
        "บจก. รีเว็บ ไทยแลนด์",
        CIRC,
        MID,
        "Nakhon Pathom",
        "hello@reweb.co.th",
        offers=[("สายแถบทอจากขวดพลาสติกรีไซเคิล 100%", "rpet_webbing")],
        needs=[n("ด้ายรีไซเคิลจากขวด ต้องได้ GRS", "recycled_pet_yarn", req=("GRS",))],
        certs=["GRS"],
        bcg=["circular"],
    ),
    sme(
        28,
        "en",
        "Second Strap Studio",
        CIRC,
        MID,
        "Bangkok",
        "studio@secondstrap.co",
        offers=[("recycled-bottle webbing 25mm, limited colours", "rpet_webbing")],
        needs=[n("rPET yarn, GRS not required", "recycled_pet_yarn", waive=("GRS",))],
        bcg=["circular"],
    ),
    sme(
        29,
        "th",
        "โรงทอเทปฝ้ายนครปฐม",
        AGE_C,
        MID,
        "Nakhon Pathom",
        "nptcottontape@gmail.com",
        offers=[
            ("เทปฝ้ายลายก้างปลา 1 ซม.", "cotton_webbing"),
            ("สายคอตตอนทอหนา ทำหูกระเป๋าผ้า", "cotton_webbing"),
        ],
        needs=[n("ด้ายฝ้ายเบอร์ 20", *COTTON_YARN)],
    ),
    sme(
        30,
        "en",
        "Cotton Tape Works",
        AGE_C,
        MID,
        "Bangkok",
        "hello@cottontapeworks.com",
        offers=[("cotton twill tape 10-40 mm, natural", "cotton_webbing")],
        needs=[n("raw white cotton yarn Ne 20/2", *COTTON_YARN)],
    ),
]

PART_TWO: list[Sme] = [
    sme(
        31,
        "th",
        "กลุ่มทอเทปสีธรรมชาติพรรณนา",
        AGE_I,
        MID,
        "Sakon Nakhon",
        "phannatape@gmail.com",
        offers=[("เทปฝ้ายทอมือ ย้อมครามแท้ ไม่ใช้สีเคมี", "natural_dyed_cotton_tape")],
        needs=[
            n("ครามเปียกจากบ้านดอนกอยหรือแถวสกล", "indigo_paste"),
            n("ฝ้ายเข็นมือ มาตรฐาน GOTS", "organic_cotton_yarn", req=("GOTS",)),
        ],
        bcg=["bio", "green"],
    ),
    sme(
        32,
        "th",
        "ม่อนแจ่มเฮมพ์เว็บ",
        HEMP,
        MID,
        "Chiang Mai",
        "monjamhempweb@gmail.com",
        offers=[("สายแถบใยกัญชงทอ กว้าง 3 ซม. สีธรรมชาติ", "hemp_webbing")],
        needs=[n("ด้ายเส้นใยกัญชง ขายส่ง", "hemp_yarn")],
        bcg=["bio"],
    ),
    sme(
        33,
        "en",
        "Nan Hemp Weavers",
        HEMP,
        MID,
        "Nan",
        "nanhempweavers@gmail.com",
        offers=[
            ("hemp webbing 1.5 inch, unbleached", "hemp_webbing"),
            ("handloom hemp cloth, 60 cm wide", "hemp_fabric"),
        ],
        needs=[n("spun hemp, Organic Thailand not required", "hemp_yarn", waive=("Organic Thailand",))],
        bcg=["bio"],
    ),
    sme(
        34,
        "th",
        "โรงงานยางยืดสมุทรสาคร",
        AGE_C,
        MID,
        "Samut Sakhon",
        "sakhonelastic@gmail.com",
        offers=[("ยางยืดถักแบน 1 นิ้ว สีขาว/ดำ", "elastic_tape")],
        needs=[x("ด้ายสแปนเด็กซ์ 420D", "no one sells spandex yarn")],
    ),
    sme(
        35,
        "en",
        "SoftBand Elastics",
        AGE_C,
        MID,
        "Phetchaburi",
        "sales@softband.co.th",
        offers=[("woven elastic band 20-50mm, skin friendly", "elastic_tape")],
        needs=[x("latex rubber threads", "no one sells rubber thread")],
        certs=["OEKO-TEX Standard 100"],
    ),
    sme(
        36,
        "en",
        "BrightLine Reflective",
        SPORT,
        MID,
        "Chonburi",
        "sales@brightline-reflective.com",
        offers=[("sew-on reflective tape 5 cm, silver", "reflective_tape")],
        needs=[x("glass bead coating powder", "no one sells retroreflective beads")],
    ),
    sme(
        37,
        "th",
        "ร้านสำเพ็งเมจิกเทป",
        AGE_C,
        MID,
        "Bangkok",
        "sampengvelcro@gmail.com",
        offers=[("ตีนตุ๊กแก เมจิกเทป 2-10 ซม. ตัดตามสั่ง", "hook_loop_tape")],
    ),
    sme(
        38,
        "th",
        "บจก. โลโก้เว็บ แจ็คการ์ด",
        SPORT,
        MID,
        "Samut Prakan",
        "logoweb.jacquard@gmail.com",
        offers=[("ทอสายโลโก้แจ็คการ์ดตามแบบ ขั้นต่ำ 1,000 เมตร", "jacquard_logo_webbing")],
        needs=[n("ด้ายไนล่อนเส้นใหญ่ สีดิบ", "nylon_filament_yarn")],
    ),
    sme(
        39,
        "en",
        "Woven Logo Tapes Asia",
        SPORT,
        MID,
        "Bangkok",
        "quotes@wovenlogotapes.asia",
        offers=[("custom jacquard webbing, your logo woven in", "jacquard_logo_webbing")],
        needs=[n("white HT poly filament for jacquard", "ht_polyester_yarn")],
    ),
    sme(
        40,
        "th",
        "หจก. พิมพ์สายคล้องนนท์",
        AGE_C,
        MID,
        "Nonthaburi",
        "printlanyard.non@gmail.com",
        offers=[("สายพิมพ์ลายซับลิเมชั่น ขายยกม้วน สำหรับทำสายคล้อง", "printed_lanyard_webbing")],
        needs=[n("สายโพลีขาวเนื้อเรียบ 2 ซม.", "polyester_webbing")],
    ),
    sme(
        41,
        "th",
        "โรงย้อมสายแถบมหาชัย",
        SPORT,
        MID,
        "Samut Sakhon",
        "mahachaidye@gmail.com",
        offers=[("รับย้อมสายแถบดิบของลูกค้า ไนล่อน/โพลี", "webbing_dyeing_service")],
        needs=[x("สีย้อมดิสเพิร์ส ขายส่ง", "no one sells dyestuff")],
    ),
    sme(
        42,
        "en",
        "ColourFast Narrow Dyehouse",
        SPORT,
        MID,
        "Samut Prakan",
        "dye@colourfast.co.th",
        offers=[("commission dyeing for webbing & tapes", "webbing_dyeing_service")],
        certs=["bluesign"],
    ),
    sme(
        43,
        "en",
        "PrintStrap Sublimation",
        AGE_C,
        MID,
        "Bangkok",
        "print@printstrap.com",
        offers=[("sublimation printing on your lanyards and straps", "sublimation_printing_service")],
        needs=[n("blank white polyester webbing 15 mm", "polyester_webbing")],
    ),
    sme(
        44,
        "th",
        "โรงทอรับจ้างบ้านแพ้ว",
        SPORT,
        MID,
        "Samut Sakhon",
        "banphaeo.weave@gmail.com",
        offers=[
            ("รับจ้างทอสายแถบ ลูกค้าส่งด้ายมาเอง", "contract_narrow_weaving_service"),
            ("สายโพลีโพรไพลีนทอเอง ราคาโรงงาน", "pp_webbing"),
        ],
    ),
    sme(
        45,
        "th",
        "ช่างเย็บสายรัด หาดใหญ่",
        SPORT,
        MID,
        "Songkhla",
        "strapsew.hatyai@gmail.com",
        offers=[("รับเย็บสายรัด ร้อยหัวล็อก ย้ำจักรบาร์แทค", "strap_sewing_service")],
        needs=[x("ด้ายเย็บไนล่อนเคลือบ เบอร์ใหญ่", "no one sells sewing thread")],
    ),
    sme(
        46,
        "en",
        "Cut & Sew Straps Co.",
        SPORT,
        MID,
        "Bangkok",
        "cmt@cutsewstraps.com",
        offers=[("CMT for straps, leads and slings, box-X stitching", "strap_sewing_service")],
    ),
    sme(
        47,
        "th",
        "กลุ่มแม่บ้านเย็บสายจูง บ้านไผ่",
        AGE_I,
        MID,
        "Khon Kaen",
        "banphai.sew@gmail.com",
        offers=[("รับจ้างเย็บสายจูงหมา ปลอกคอ ตามออเดอร์", "strap_sewing_service")],
    ),
    sme(
        48,
        "en",
        "BuckleTech Components",
        SPORT,
        MID,
        "Samut Prakan",
        "sales@buckletech.co.th",
        offers=[
            ("side release buckles & ladder locks, POM", "plastic_buckles"),
            ("zinc alloy D-rings and trigger snaps", "metal_hardware"),
        ],
    ),
    sme(
        49,
        "th",
        "ร้านอะไหล่กระเป๋าพาหุรัด",
        AGE_C,
        MID,
        "Bangkok",
        "pahurat.bagparts@gmail.com",
        offers=[("หัวล็อกพลาสติก ตัวเลื่อนปรับสาย ขายส่งเป็นถุง", "plastic_buckles")],
    ),
    sme(
        50,
        "th",
        "โรงงานห่วงเหล็กปากน้ำ",
        SPORT,
        MID,
        "Samut Prakan",
        "paknamring@gmail.com",
        offers=[("ห่วงดี ห่วงสี่เหลี่ยม ตะขอก้ามปู ชุบนิกเกิล", "metal_hardware")],
    ),
    sme(
        51,
        "en",
        "Lashing Hardware Supply",
        SPORT,
        MID,
        "Chonburi",
        "sales@lashinghw.com",
        offers=[("2in ratchet buckles with double J hooks", "ratchet_hardware")],
    ),
    sme(
        52,
        "th",
        "กลุ่มทอผ้าย้อมครามบ้านพังขว้าง",
        AGE_I,
        MID,
        "Sakon Nakhon",
        "phangkhwang.indigo@gmail.com",
        offers=[("ผ้าฝ้ายย้อมครามทอมือ หน้ากว้าง 1 เมตร", "indigo_handwoven_cotton_fabric")],
        needs=[n("เนื้อครามหมัก", "indigo_paste"), n("ฝ้ายเข็น", *COTTON_YARN)],
        certs=["OTOP"],
        bcg=["bio"],
    ),
    sme(
        53,
        "th",
        "ห้อมแพร่ ผ้าหม้อห้อม",
        HEMP,
        MID,
        "Phrae",
        "homphrae@gmail.com",
        offers=[
            ("ผ้าฝ้ายหม้อห้อม ย้อมสีธรรมชาติ", "indigo_handwoven_cotton_fabric"),
            ("รับย้อมห้อมผ้าของลูกค้า", "indigo_dyeing_service"),
        ],
        bcg=["bio"],
    ),
    sme(
        54,
        "en",
        "Mahachai Canvas Mill",
        AGE_C,
        MID,
        "Samut Sakhon",
        "mill@mahachaicanvas.com",
        offers=[("12 oz cotton canvas, greige", "canvas_fabric")],
        needs=[n("carded cotton yarn for canvas weaving", *COTTON_YARN)],
    ),
    sme(
        55,
        "th",
        "ผ้ากัญชงม้ง ดอยปุย",
        HEMP,
        MID,
        "Chiang Mai",
        "doipuihemp@gmail.com",
        offers=[("ผ้าใยกัญชงทอมือ เขียนเทียน", "hemp_fabric")],
        needs=[n("เส้นกัญชงที่เข็นแล้ว", "hemp_yarn")],
        bcg=["bio"],
    ),
    sme(
        56,
        "th",
        "โรงย้อมผ้าราชบุรี",
        AGE_C,
        MID,
        "Ratchaburi",
        "ratchaburidye@gmail.com",
        offers=[("รับย้อมผ้าผืน ผ้าฝ้าย สีรีแอคทีฟ", "fabric_dyeing_service")],
    ),
    sme(
        57,
        "th",
        "กลุ่มตัดเย็บวารินชำราบ",
        AGE_I,
        MID,
        "Ubon Ratchathani",
        "warinsew@gmail.com",
        offers=[("รับตัดเย็บเสื้อผ้า ชุดผู้ป่วย ตามแบบ", "garment_sewing_service")],
        needs=[n("หาโรงย้อมรับย้อมผ้าฝ้ายที่เราส่งไป ตามสีที่สั่ง", "fabric_dyeing_service")],
    ),
    sme(
        58,
        "en",
        "Ripstop Fabrics Thailand",
        SPORT,
        MID,
        "Ratchaburi",
        "sales@ripstopthai.com",
        offers=[("210D nylon ripstop, PU coated", "nylon_ripstop_fabric")],
    ),
    sme(
        59,
        "en",
        "Thai Lifting Gear Co., Ltd.",
        SPORT,
        DOWN,
        "Rayong",
        "sales@thailiftinggear.com",
        offers=[
            ("polyester round slings 1-10 t", "lifting_sling"),
            ("ratchet tie-downs 5 t, 9 m", "cargo_lashing_strap"),
        ],
        needs=[
            n("polyester webbing 50-100 mm, high strength", "polyester_webbing"),
            n("ratchets and hooks for tie-downs", "ratchet_hardware"),
        ],
        certs=["TIS", "ISO 9001"],
    ),
    sme(
        60,
        "th",
        "หจก. ชลสลิงผ้า",
        SPORT,
        DOWN,
        "Chonburi",
        "chonsling@gmail.com",
        offers=[("สลิงผ้ายกของแบบแบน 2 ตัน ยาว 3 เมตร", "lifting_sling")],
        needs=[
            n("สายโพลีเอสเตอร์ทอหนา หน้ากว้าง 3 นิ้ว", "polyester_webbing"),
            n("ส่งสายไปให้เย็บหูสลิง ทำตาหัวท้าย", "strap_sewing_service"),
        ],
    ),
]
PART_THREE: list[Sme] = [
    # ------------------------------------------------------------------ downstream makers and buyers
    sme(
        61,
        "th",
        "บจก. สายรัดก๊อกแก๊ก บางนา",
        SPORT,
        DOWN,
        "Samut Prakan",
        "bangna.ratchet@gmail.com",
        offers=[("สายรัดก๊อกแก๊ก 2 นิ้ว ยาว 10 เมตร", "cargo_lashing_strap")],
        needs=[
            n("หัวแร็กเก็ตพร้อมตะขอเกี่ยว", "ratchet_hardware"),
            n("สายโพลีเอสเตอร์ 50 มม. สีเหลือง", "polyester_webbing"),
        ],
        certs=["มอก."],
    ),
    sme(
        62,
        "th",
        "ร้านสายคล้องบัตรประตูน้ำ",
        AGE_C,
        DOWN,
        "Bangkok",
        "pratunam.lanyard@gmail.com",
        offers=[("สายคล้องคอพิมพ์โลโก้ พร้อมตะขอ ขั้นต่ำ 100 เส้น", "lanyard")],
        needs=[
            n("ม้วนสายพิมพ์ลายสำเร็จ", "printed_lanyard_webbing"),
            n("ตะขอก้ามปูตัวเล็ก", "metal_hardware"),
        ],
    ),
    sme(
        63,
        "en",
        "LanyardPro",
        AGE_C,
        DOWN,
        "Bangkok",
        "orders@lanyardpro.co.th",
        offers=[("custom neck lanyards with safety breakaway", "lanyard")],
        needs=[n("print our logo on blank lanyards we supply", "sublimation_printing_service")],
        certs=["OEKO-TEX Standard 100"],
    ),
    sme(
        64,
        "th",
        "บจก. หมาเมือง เพ็ทแอคเซสซอรี่",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "maamuang.pet@gmail.com",
        offers=[("ปลอกคอสุนัข สายจูง ผ้าไนล่อน", "pet_collar_leash")],
        needs=[n("สายไนลอน 2 ซม. หลายสี", "nylon_webbing"), n("หัวล็อกปลอกคอแบบกดข้าง", "plastic_buckles")],
    ),
    sme(
        65,
        "en",
        "Good Boy Hemp Co.",
        HEMP,
        DOWN,
        "Chiang Mai",
        "woof@goodboyhemp.com",
        offers=[("hemp dog collars and leads", "pet_collar_leash")],
        needs=[
            n("hemp strapping 20-25 mm", "hemp_webbing"),
            n("sewing partner for leash assembly", "strap_sewing_service"),
        ],
        bcg=["bio"],
    ),
    sme(
        66,
        "th",
        "ร้านเพ็ทช็อป หาดใหญ่",
        AGE_C,
        DOWN,
        "Songkhla",
        "hatyaipetshop@gmail.com",
        offers=[("ขายปลีกอาหารและของใช้สัตว์เลี้ยง", "pet_retail")],
        needs=[n("ปลอกคอแมว สายจูงหมา ราคาส่ง", "pet_collar_leash")],
    ),
    sme(
        67,
        "en",
        "Pawsome Leash Factory",
        AGE_C,
        DOWN,
        "Samut Sakhon",
        "factory@pawsomeleash.com",
        offers=[("dog harnesses and leashes, OEM", "pet_collar_leash")],
        needs=[n("nylon webbing 15-25mm, bright colours", "nylon_webbing"), n("reflective trim", "reflective_tape")],
    ),
    sme(
        68,
        "th",
        "เพ็ทเลิฟเวอร์ส สาขาลาดพร้าว",
        AGE_C,
        DOWN,
        "Bangkok",
        "petlovers.ladprao@gmail.com",
        offers=[("ร้านขายอุปกรณ์สัตว์เลี้ยง", "pet_retail")],
        needs=[
            n("อยากได้สายจูงสุนัขขายส่ง มีเจ้าไหนบ้าง", "pet_collar_leash"),
            x("อาหารแมวเกรดพรีเมียม", "no one sells pet food"),
        ],
    ),
    sme(
        69,
        "en",
        "Phuket Pet Mart",
        AGE_C,
        DOWN,
        "Phuket",
        "buying@phuketpetmart.com",
        offers=[("pet supplies retail, 3 branches", "pet_retail")],
        needs=[
            n("dog leads and collars, wholesale", "pet_collar_leash"),
            x(
                "cat harness, OEKO-TEX certified",
                "no collar maker holds OEKO-TEX",
                "pet_collar_leash",
                req=("OEKO-TEX",),
            ),
        ],
    ),
    sme(
        70,
        "en",
        "Bags of Bangkok",
        SPORT,
        DOWN,
        "Bangkok",
        "make@bagsofbangkok.com",
        offers=[("rolltop backpacks, 25 L", "backpack")],
        needs=[
            n("PP strapping 25 mm black", "pp_webbing"),
            n("ripstop for bag bodies", "nylon_ripstop_fabric"),
            n("custom woven logo strap", "jacquard_logo_webbing"),
        ],
    ),
    sme(
        71,
        "th",
        "รีเบลท์ กระเป๋าสายเบลท์",
        CIRC,
        DOWN,
        "Nonthaburi",
        "rebelt.bag@gmail.com",
        offers=[("กระเป๋าสานจากสายเบลท์รถเก่า", "upcycled_webbing_bag")],
        needs=[
            n("สายเบลท์รถยนต์ใช้แล้ว ราคากิโล", "used_seatbelt_webbing"),
            n("เศษสายแถบปลายม้วน", "webbing_offcuts"),
        ],
        bcg=["circular"],
    ),
    sme(
        72,
        "en",
        "Voyager Luggage Co.",
        SPORT,
        DOWN,
        "Samut Prakan",
        "purchasing@voyagerluggage.com",
        offers=[("hard-shell suitcases 20-28 in", "luggage")],
        needs=[
            n("luggage belts with name tag", "luggage_strap"),
            n("nylon webbing 38mm black for handles", "nylon_webbing"),
            n("hook & loop", "hook_loop_tape"),
        ],
    ),
    sme(
        73,
        "th",
        "สายรัดกระเป๋าเดินทาง สำเพ็ง",
        AGE_C,
        DOWN,
        "Bangkok",
        "sampeng.luggagebelt@gmail.com",
        offers=[("สายรัดกระเป๋าเดินทาง ปรับความยาวได้", "luggage_strap")],
        needs=[
            n("สาย PP 5 ซม. ลายสก๊อต", "pp_webbing"),
            x("กุญแจล็อกรหัส TSA", "no one sells combination locks"),
        ],
    ),
    sme(
        74,
        "en",
        "SafeHeight Harness",
        SPORT,
        DOWN,
        "Pathum Thani",
        "qa@safeheight.co.th",
        offers=[("full body fall-arrest harness", "safety_harness")],
        needs=[
            n("polyester webbing 45 mm yellow", "polyester_webbing"),
            n("forged D-rings", "metal_hardware"),
        ],
        certs=["TIS"],
    ),
    sme(
        75,
        "th",
        "บ้านสุขใจ เข็มขัดพยุง",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "baansukjai.belt@gmail.com",
        offers=[("เข็มขัดพยุงตัวผู้สูงอายุ มีหูจับ", "gait_belt")],
        needs=[n("สายคอตตอนหนา 5 ซม.", "cotton_webbing"), n("หัวเข็มขัดพลาสติกปลดเร็ว", "plastic_buckles")],
        bcg=["green"],
    ),
    sme(
        76,
        "en",
        "CareMove Medical",
        AGE_C,
        DOWN,
        "Pathum Thani",
        "sales@caremove.co.th",
        offers=[
            ("gait belts with handles", "gait_belt"),
            ("wheelchair lap belts, padded", "wheelchair_positioning_belt"),
        ],
        needs=[
            n("seat-belt webbing with TIS mark for wheelchair belts", "seatbelt_webbing", req=("TIS",)),
            n("OEKO-TEX elastic band", "elastic_tape", req=("OEKO-TEX",)),
        ],
        certs=["ISO 13485"],
    ),
    sme(
        77,
        "th",
        "โรงพยาบาลเอกชนขอนแก่นราม",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "purchase.kkram@gmail.com",
        offers=[],
        needs=[
            n("เข็มขัดเคลื่อนย้ายผู้ป่วย มาตรฐาน ISO 13485", "gait_belt", req=("ISO 13485",)),
            n("สายห้อยบัตรพนักงาน 800 เส้น", "lanyard"),
        ],
    ),
    sme(
        78,
        "en",
        "Golden Years Residence",
        AGE_C,
        DOWN,
        "Chiang Mai",
        "admin@goldenyears.co.th",
        offers=[("assisted living for seniors", "elderly_care_service")],
        needs=[
            n("transfer belts for carers", "gait_belt"),
            n("lap belts for wheelchairs", "wheelchair_positioning_belt"),
        ],
    ),
    sme(
        79,
        "th",
        "ศูนย์ดูแลผู้สูงอายุ บ้านอุ่นรัก",
        AGE_I,
        DOWN,
        "Udon Thani",
        "baanounrak@gmail.com",
        offers=[("รับดูแลผู้สูงอายุ รายวัน รายเดือน", "elderly_care_service")],
        needs=[n("เข็มขัดช่วยพยุงเดิน ไม่ต้องมี ISO 13485", "gait_belt", waive=("ISO 13485",))],
    ),
    sme(
        80,
        "en",
        "FastFreight Logistics",
        SPORT,
        DOWN,
        "Chonburi",
        "ops@fastfreight.co.th",
        offers=[("FTL trucking, Laem Chabang", "trucking_service")],
        needs=[
            n("ratchet straps 5m x 50mm", "cargo_lashing_strap"),
            n("web slings, TIS certified", "lifting_sling", req=("TIS",)),
        ],
    ),
]
PART_FOUR: list[Sme] = [
    sme(
        81,
        "th",
        "หจก. อีสานทรานสปอร์ต",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "isantransport@gmail.com",
        offers=[("รถหกล้อรับจ้าง ขนส่งทั่วอีสาน", "trucking_service")],
        needs=[
            n("สายรัดของรถหกล้อ ไม่ต้องมี มอก.", "cargo_lashing_strap", waive=("TIS",)),
            n("สายยกของแบบผ้า ใช้กับเครน", "lifting_sling"),
        ],
    ),
    sme(
        82,
        "en",
        "Expo Events Asia",
        AGE_C,
        DOWN,
        "Bangkok",
        "procure@expoevents.asia",
        offers=[("trade fair organising", "event_service")],
        needs=[
            n("event lanyards, 5,000 pcs", "lanyard"),
            x("RFID wristbands", "no one makes RFID wristbands"),
        ],
    ),
    sme(
        83,
        "th",
        "ลานนาสปาแอนด์โยคะ",
        AGE_C,
        DOWN,
        "Chiang Mai",
        "lannaspa.yoga@gmail.com",
        offers=[("คลาสโยคะ นวดแผนไทย", "spa_service")],
        needs=[n("สายยืดเหยียดสำหรับคลาสโยคะ", "yoga_strap"), x("น้ำมันนวดสมุนไพร", "no one sells massage oil")],
        bcg=["green"],
    ),
    sme(
        84,
        "th",
        "โยคะสแตรป บางบัวทอง",
        SPORT,
        DOWN,
        "Nonthaburi",
        "yogastrap.bbt@gmail.com",
        offers=[("สายโยคะผ้าฝ้าย หัวห่วงโลหะ ยาว 2.4 ม.", "yoga_strap")],
        needs=[n("เทปคอตตอนหนา 3.8 ซม.", "cotton_webbing")],
    ),
    sme(
        85,
        "en",
        "Hemp Yoga Gear",
        HEMP,
        DOWN,
        "Chiang Rai",
        "hi@hempyogagear.com",
        offers=[("hemp yoga straps", "yoga_strap"), ("hemp tote bags", "hemp_bag")],
        needs=[n("woven hemp strap 38mm", "hemp_webbing")],
        bcg=["bio"],
    ),
    sme(
        86,
        "th",
        "สายกล้องลายเผ่า เชียงใหม่",
        HEMP,
        DOWN,
        "Chiang Mai",
        "tribalstrap.cm@gmail.com",
        offers=[("สายคล้องกล้อง สายกีตาร์ ผ้าทอลายเผ่า", "bag_strap")],
        needs=[
            n("ตัวล็อกพลาสติกปรับสาย", "plastic_buckles"),
            x("ผ้าปักลายม้งเก่า มือสอง", "no one sells used embroidered cloth"),
        ],
    ),
    sme(
        87,
        "en",
        "Strap Republic",
        AGE_C,
        DOWN,
        "Bangkok",
        "studio@straprepublic.com",
        offers=[("padded replacement shoulder straps for bags", "bag_strap")],
        needs=[
            n("cotton webbing 38mm natural", "cotton_webbing"),
            n("indigo cotton tape - no synthetic dye please", "natural_dyed_cotton_tape"),
        ],
    ),
    sme(
        88,
        "th",
        "กระเป๋าผ้าครามสกล",
        AGE_I,
        DOWN,
        "Sakon Nakhon",
        "sakonindigobag@gmail.com",
        offers=[("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "handwoven_cotton_bag")],
        needs=[
            n("สายสะพายกระเป๋าสำเร็จรูป", "bag_strap"),
            n("ผ้าครามมีตราโอทอป", "indigo_handwoven_cotton_fabric", req=("OTOP",)),
        ],
        certs=["OTOP"],
        bcg=["bio"],
    ),
    sme(
        89,
        "en",
        "Indigo & Co. Boutique",
        AGE_C,
        DOWN,
        "Bangkok",
        "shop@indigoandco.com",
        offers=[("boutique shop, Sukhumvit", "retail_shop")],
        needs=[
            n("handwoven indigo bags", "handwoven_cotton_bag"),
            n("natural indigo dyeing of our cotton scarves", "indigo_dyeing_service"),
        ],
    ),
    sme(
        90,
        "th",
        "ร้านของฝากป่าตอง",
        AGE_C,
        DOWN,
        "Phuket",
        "patongsouvenir@gmail.com",
        offers=[("ร้านของฝาก ของที่ระลึก", "retail_shop")],
        needs=[
            n("กระเป๋าผ้าทอมือ ไม่ต้องมีโอทอป", "handwoven_cotton_bag", "hemp_bag", waive=("OTOP",)),
            n("สายคล้องคอลายภูเก็ต", "lanyard"),
        ],
    ),
    sme(
        91,
        "en",
        "Andaman Cliff Resort",
        AGE_C,
        DOWN,
        "Krabi",
        "purchasing@andamancliff.com",
        offers=[("resort accommodation", "hotel_service")],
        needs=[n("staff ID lanyards", "lanyard"), x("bath towels 600 gsm", "no one sells towels")],
    ),
    sme(
        92,
        "th",
        "รันนิ่งแบรนด์ ไทยรัน",
        SPORT,
        DOWN,
        "Bangkok",
        "thairun.brand@gmail.com",
        offers=[("กางเกงวิ่ง เสื้อวิ่ง", "running_apparel")],
        needs=[
            n("ยางยืดขอบกางเกง", "elastic_tape"),
            n("แถบสะท้อนแสงสำหรับเย็บติด", "reflective_tape"),
            n("เวลโครติดกระเป๋าเล็ก", "hook_loop_tape"),
        ],
    ),
    sme(
        93,
        "th",
        "เสื้อผ้าผู้สูงวัย ใส่ง่าย",
        AGE_I,
        DOWN,
        "Surin",
        "saingai.wear@gmail.com",
        offers=[("เสื้อผ้าผู้สูงอายุ ติดตีนตุ๊กแกแทนกระดุม", "adaptive_garment")],
        needs=[
            n("เทปหนามเตยแบบเย็บ", "hook_loop_tape"),
            n("ช่างเย็บรับจ้าง", "garment_sewing_service"),
            n("ผ้าย้อมครามทอมือ", "indigo_handwoven_cotton_fabric"),
        ],
    ),
    sme(
        94,
        "en",
        "Car Seat Trim Co.",
        SPORT,
        DOWN,
        "Rayong",
        "trim@carseattrim.co.th",
        offers=[("car seat covers, OEM", "car_seat_cover")],
        needs=[
            n("new seat belt webbing, TIS required", "seatbelt_webbing", req=("TIS",)),
            x("PU leather rolls", "no one sells PU leather"),
        ],
    ),
    sme(
        95,
        "th",
        "ร้านเดินป่าสุราษฎร์",
        SPORT,
        DOWN,
        "Surat Thani",
        "surat.outdoor@gmail.com",
        offers=[("ขายปลีกอุปกรณ์เดินป่า แคมป์ปิ้ง", "outdoor_retail")],
        needs=[n("สายรัดสัมภาระหลังรถกระบะ", "cargo_lashing_strap"), x("เต็นท์โดม 4 คน", "no one makes tents")],
    ),
]


# ------------------------------------------------------------------ checks and output


class CheckError(Exception):
    pass


_THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
_THAI_LETTER = re.compile("[\u0e01-\u0e2e]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_ID = re.compile(rf"^{PREFIX}-\d{{3}}$")
_EMAIL = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def _script_problem(text: str, lang: str) -> str | None:
    if text != text.strip() or not text or "  " in text:
        return "blank, doubled or untrimmed spaces"
    if lang == "en":
        return "Thai letters in an English phrase" if _THAI_CHAR.search(text) else None
    if any("\u00c0" <= ch <= "\u024f" for ch in text):
        return "accented Latin in a Thai phrase"
    thai, latin = len(_THAI_LETTER.findall(text)), len(_LATIN_LETTER.findall(text))
    return None if thai >= 2 * latin and thai > 0 else "not mostly Thai letters"


def _rows() -> list[Sme]:
    return [*ROWS, *PART_TWO, *PART_THREE, *PART_FOUR]


def build() -> tuple[str, str, str, str]:
    from shared.taxonomy import (
        CERTIFICATIONS,
        BcgTag,
        Stage,
        SubCluster,
        find_certifications,
        resolve_certification,
        resolve_province,
    )

    rows = _rows()
    problems: list[str] = []

    def fail(where: str, what: str) -> None:
        problems.append(f"{where}: {what}")

    # ids
    ids = [row.id for row in rows]
    if len(ids) != len(set(ids)):
        fail("ids", "duplicate ids " + ", ".join(sorted(i for i, c in Counter(ids).items() if c > 1)))
    if [row.num for row in rows] != list(range(1, len(rows) + 1)):
        fail("ids", "not numbered 1..N in order")

    def named(cert: str, text: str) -> bool:
        record = next(c for c in CERTIFICATIONS if c.name == cert)
        folded = unicodedata.normalize("NFKC", text).casefold()
        words = (*record.mentions, *record.aliases, record.name)
        if any(unicodedata.normalize("NFKC", w).casefold() in folded for w in words):
            return True
        return any(re.search(unicodedata.normalize("NFKC", p), text) for p in record.patterns)

    held: dict[str, frozenset[str]] = {}
    regions: dict[str, str] = {}
    for row in rows:
        where = row.id
        if not _ID.match(row.id):
            fail(where, "bad id")
        if row.lang not in ("th", "en"):
            fail(where, f"bad language {row.lang!r}")
        if row.sub_cluster not in {s.value for s in SubCluster}:
            fail(where, f"bad sub_cluster {row.sub_cluster!r}")
        if row.stage not in {s.value for s in Stage}:
            fail(where, f"bad stage {row.stage!r}")
        if any(tag not in {b.value for b in BcgTag} for tag in row.bcg) or len(set(row.bcg)) != len(row.bcg):
            fail(where, f"bad bcg {row.bcg!r}")
        province = resolve_province(row.province)
        if province is None:
            fail(where, f"unknown province {row.province!r}")
        else:
            regions[row.id] = province.region.value
            if province.name_en != row.province:
                fail(where, f"province {row.province!r} is not the English name {province.name_en!r}")
        canon = [resolve_certification(c) for c in row.certs]
        if None in canon or len(set(canon)) != len(canon):
            fail(where, f"certifications do not resolve uniquely: {row.certs!r}")
        held[row.id] = frozenset(c for c in canon if c)
        if not _EMAIL.match(row.email):
            fail(where, f"bad email {row.email!r}")
        if not 0 <= len(row.offers) <= 3 or not 0 <= len(row.needs) <= 3 or not (row.offers or row.needs):
            fail(where, "needs 1-3 offers and/or 1-3 needs")
        problem = _script_problem(row.name, row.lang)
        if problem:
            fail(where, f"name: {problem}")
        texts = [text for text, _ in row.offers] + [need.text for need in row.needs]
        if len({t.casefold() for t in texts}) != len(texts):
            fail(where, "repeated phrase")
        for text in texts:
            problem = _script_problem(text, row.lang)
            if problem:
                fail(where, f"{text!r}: {problem}")
        for text, label in row.offers:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", label):
                fail(where, f"bad label {label!r} on {text!r}")

    offered_by: dict[str, set[str]] = {}
    for row in rows:
        for _, label in row.offers:
            offered_by.setdefault(label, set()).add(row.id)
    offer_texts = {text.casefold() for row in rows for text, _ in row.offers}

    links: set[tuple[str, str]] = set()
    need_stats = Counter[str]()
    for row in rows:
        for need in row.needs:
            where = f"{row.id} need {need.text!r}"
            need_stats["needs"] += 1
            if need.text.casefold() in offer_texts:
                fail(where, "worded exactly like an offer")
            for label in need.labels:
                if not offered_by.get(label, set()) - {row.id}:
                    fail(where, f"label {label!r} is offered by no one else")
            req = {resolve_certification(c) for c in need.requires}
            waived = {resolve_certification(c) for c in need.waives}
            if None in req or None in waived:
                fail(where, "requirement or waiver does not resolve")
            if find_certifications(need.text) != req:
                fail(where, f"text asks for {sorted(find_certifications(need.text))}, labelled {sorted(req)}")
            for cert in waived:
                if cert and (cert in req or not named(cert, need.text)):
                    fail(where, f"waived {cert} is not named (only) as waived in the text")
            need_stats["requires"] += bool(req)
            need_stats["waives"] += bool(waived)
            suppliers = {
                other.id
                for other in rows
                if other.id != row.id
                and any(label in need.labels for _, label in other.offers)
                and req <= held[other.id]
            }
            if need.unmet and suppliers:
                fail(where, f"marked met by no one but met by {sorted(suppliers)}")
            if not need.unmet and not suppliers:
                fail(where, "no qualified supplier")
            if not need.unmet and not need.labels:
                fail(where, "a met need must list labels")
            need_stats["met" if suppliers else "unmet"] += 1
            need_stats[f"met_by_{min(len(suppliers), 4)}"] += 1
            links.update((supplier, row.id) for supplier in suppliers)

    by_id = {row.id: row for row in rows}
    langs = Counter(row.lang for row in rows)
    th_en = sum(1 for s, b in links if by_id[s].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for s, b in links if by_id[s].lang == "en" and by_id[b].lang == "th")
    cross = th_en + en_th
    cross_sub = sum(1 for s, b in links if by_id[s].sub_cluster != by_id[b].sub_cluster)

    # size targets
    if len(rows) != N_PROFILES:
        fail("size", f"{len(rows)} profiles, want {N_PROFILES}")
    if not 0.5 <= langs["th"] / max(len(rows), 1) <= 0.6:
        fail("size", f"Thai share {langs['th']}/{len(rows)} outside 50-60 %")
    if not 160 <= len(links) <= 180:
        fail("size", f"{len(links)} links, want 160-180")
    if links and not 0.4 <= cross / len(links) <= 0.6:
        fail("size", f"cross-language share {cross}/{len(links)} outside 40-60 %")
    if not 17 <= need_stats["unmet"] <= 23:
        fail("size", f"{need_stats['unmet']} needs met by no one, want about 20")

    lines: list[str] = []
    for row in rows:
        record = {
            "id": row.id,
            "name": row.name,
            "sub_cluster": row.sub_cluster,
            "stage": row.stage,
            "province": row.province,
            "offers": [text for text, _ in row.offers],
            "needs": [need.text for need in row.needs],
            "certifications": list(row.certs),
            "bcg": list(row.bcg),
            "contact_email": row.email,
            "language": row.lang,
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    profiles = "\n".join(lines) + "\n"

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(links))
    links_csv = buffer.getvalue()

    count_rows: list[tuple[str, str]] = [
        ("profiles", str(len(rows))),
        ("Thai / English profiles", f"{langs['th']} / {langs['en']}"),
    ]
    for sub in SubCluster:
        count_rows.append((f"sub-cluster {sub.value}", str(sum(r.sub_cluster == sub.value for r in rows))))
    for stage in Stage:
        count_rows.append((f"stage {stage.value}", str(sum(r.stage == stage.value for r in rows))))
    region_counts = Counter(regions.values())
    for region in ("north", "northeast", "central", "east", "west", "south"):
        count_rows.append((f"region {region}", str(region_counts[region])))
    offer_labels = {label for row in rows for _, label in row.offers}
    count_rows += [
        ("distinct provinces", str(len({r.province for r in rows}))),
        ("offers", str(sum(len(r.offers) for r in rows))),
        ("distinct offer labels", str(len(offer_labels))),
        ("needs", str(need_stats["needs"])),
        ("needs met / met by no one", f"{need_stats['met']} / {need_stats['unmet']}"),
        (
            "met needs by number of qualified suppliers (1 / 2 / 3 / 4+)",
            " / ".join(str(need_stats[f"met_by_{k}"]) for k in (1, 2, 3, 4)),
        ),
        ("needs requiring a certification", str(need_stats["requires"])),
        ("needs waiving a certification", str(need_stats["waives"])),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / max(len(links), 1):.1%})"),
        ("within-language links", str(len(links) - cross)),
        ("links between different sub-clusters", str(cross_sub)),
    ]
    table = "| count | value |\n|---|---|\n" + "".join(f"| {k} | {v} |\n" for k, v in count_rows)

    if problems:
        raise CheckError("\n".join(problems))
    return profiles, links_csv, README_TEMPLATE.format(table=table), table


README_TEMPLATE = """# blind_plain_webbing: webbing, straps and tapes, as plain registry entries

A hand-labelled evaluation set for the partner matcher. It checks how well the matcher finds the true
supplier-buyer pairs among 95 SME profiles whose wording it has never seen.

## What the set checks

The theme is webbing, straps and tapes: polypropylene, nylon, polyester and recycled-bottle webbing,
seat-belt webbing, lifting slings, cargo straps and their buckles and hardware, lanyards, pet collars and
leashes, bag and luggage straps, gait belts and yoga straps; the pet shops, logistics firms, care homes,
hospitals, hotels and shops that buy them; and the ordinary upstream and midstream suppliers of the
cluster (hemp and cotton fibre and yarn, bottle flake, indigo, handwoven cloth, dyeing and sewing).

Each profile is a plain registry entry: one short phrase per offer or need, Thai (about 55 %) or English.
The same kind of goods is written many ways (local and trade names, abbreviations, with and without
sizes, prices, minimum orders and places), and a need is worded differently from the offers that meet it,
often in the other language. Hard but fair cases are included on purpose:

- a service versus the goods it works on: dyeing the customer's webbing or cloth versus dyed webbing;
  sewing straps for others versus finished straps; printing on the customer's lanyards versus printed
  lanyard webbing; weaving the customer's yarn versus webbing for sale;
- waste and used goods versus new: used seat belts from scrapped cars versus new seat-belt webbing;
  roll ends and yarn waste versus first-quality goods; bottle flake versus whole baled bottles;
- raw versus processed: hemp bast, hemp yarn, hemp webbing, hemp cloth and hemp products; cotton lint,
  cotton yarn, cotton tape and canvas; webbing on the roll versus finished straps;
- finished goods described by material, colour or technique (a handwoven indigo cotton bag is a bag,
  a bag of old seat belts is a bag);
- needs written as a wish, a bare noun phrase or a question; a refusal ("no synthetic dye");
- needs that require a named certification (GRS, GOTS, OEKO-TEX, TIS, ISO 13485, Organic Thailand, OTOP)
  that only some suppliers of the goods hold, and needs that name one only to waive it;
- 20 needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the shared contracts (cluster profiles, JSONL version 1, and
the links CSV) and the taxonomy (`shared/taxonomy.py` and `shared/taxonomy_data/`). Nothing of the matcher,
its glossary, its tests or the other evaluation sets was read, and the matcher was never run on the set.
Every province is the English name that `resolve_province` resolves, every certification resolves with
`resolve_certification`, and sub-clusters, stages and BCG tags are the taxonomy's values.

## How a link is decided

In `write.py` every offer is a `(text, label)` pair whose label says what the thing is (for example
`used_seatbelt_webbing` versus `seatbelt_webbing`, or `webbing_dyeing_service` versus `nylon_webbing`).
Every need either lists the offer labels that would meet it and the certifications its text requires,
or is marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some offer
of the supplier carries a label listed by one of the buyer's needs and the supplier's certifications hold
every certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link; what changes what the thing is does. A waived
certification is not required. The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks ids, every contract field, provinces and certifications; that every
label a need lists is offered by someone other than the buyer; that every met need has a qualified
supplier and every unmet one has none; that the certifications the taxonomy finds in a need's text are
exactly the ones it requires, and a waived one is named in the text; that Thai phrases are mostly Thai
letters and English ones have none; and the size targets. It writes nothing if a check fails, and two
runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_webbing/write.py

## Files

- `write.py`: all the data, the labels, the checks; writes the three files below and prints the counts.
- `profiles.jsonl`: 95 profiles, ids `bwb-001` to `bwb-095`, in the contract's JSONL version 1.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    try:
        profiles, links_csv, readme, table = build()
    except CheckError as error:
        print(f"checks failed, nothing written:\n{error}", file=sys.stderr)
        return 1
    for name, content in (("profiles.jsonl", profiles), ("links.csv", links_csv), ("README.md", readme)):
        (HERE / name).write_text(content, encoding="utf-8", newline="\n")
    print(table, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
