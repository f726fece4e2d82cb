"""Write the hand-labelled evaluation set `eval/blind_plain_eyewear/`.

Eyewear textiles: glasses cases and pouches, microfibre lens cloths, straps and cords, the optical
shops, opticians, eyewear brands and souvenir shops that buy them, and the ordinary fibre, yarn,
cloth, dyeing and sewing suppliers of the cluster.

Every profile below was written by hand. Each offer is a `(text, label)` pair whose label says what
the thing is; each need lists the offer labels that meet it and the certifications its text
requires, or is marked as met by no one. A pair (supplier, buyer) is a true link when an offer of
the supplier carries a label listed by one of the buyer's needs and the supplier holds every
certification that need requires. Labels never leave this script.

Run from the repository root:

    .venv/bin/python eval/blind_plain_eyewear/write.py

The script checks the data first and writes nothing if a check fails.
"""

from __future__ import annotations

import csv
import io
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

PREFIX = "bey"
N_PROFILES = 95

# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()  # canonical certification names the text requires
    waives: tuple[str, ...] = ()  # canonical certification names the text names only to waive
    wants: str = ""  # unmet needs: the label of the thing wanted, which no one in the set offers
    note: str = ""  # unmet needs: why no one meets it

    @property
    def met(self) -> bool:
        return not self.wants


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    sub_cluster: str
    stage: str
    province: str
    name: str
    email: str
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = ()
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    held: frozenset[str] = field(default=frozenset(), compare=False)


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that the offers carrying one of `labels` meet."""
    return Need(text, labels, req, waive)


def unmet(text: str, wants: str, note: str, waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets."""
    return Need(text, (), (), waive, wants, note)


def sme(
    number: int,
    language: str,
    sub_cluster: SubCluster,
    stage: Stage,
    province: str,
    name: str,
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[BcgTag, ...] = (),
) -> Sme:
    return Sme(
        id=f"{PREFIX}-{number:03d}",
        language=language,
        sub_cluster=sub_cluster.value,
        stage=stage.value,
        province=province,
        name=name,
        email=email,
        offers=tuple(offers),
        needs=tuple(needs),
        certifications=certs,
        bcg=tuple(tag.value for tag in bcg),
        held=frozenset(resolve_certification(c) or c for c in certs),
    )


HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
AL_C = SubCluster.AGEING_LIFESTYLE_CENTRAL
AL_I = SubCluster.AGEING_LIFESTYLE_ISAN
UP, MID, DOWN = Stage.UPSTREAM, Stage.MIDSTREAM, Stage.DOWNSTREAM
BIO, CIRCULAR, GREEN = BcgTag.BIO, BcgTag.CIRCULAR, BcgTag.GREEN

# Groups of offer labels that a broadly worded need accepts.
POUCHES = (
    "pouch_hemp",
    "pouch_handwoven_cotton",
    "pouch_batik",
    "pouch_silk",
    "pouch_recycled",
    "pouch_neoprene",
)
HANDWOVEN_POUCHES = ("pouch_hemp", "pouch_handwoven_cotton", "pouch_silk")
LENS_CLOTHS = ("microfibre_lens_cloth", "recycled_lens_cloth", "custom_logo_lens_cloth")
PLAIN_CLOTHS = ("microfibre_lens_cloth", "recycled_lens_cloth")
MICRO_ROLLS = ("microfibre_fabric", "recycled_microfibre_fabric")
HANDWOVEN_COTTON = ("handwoven_cotton_fabric", "indigo_dyed_cotton_fabric", "natural_dyed_cotton_fabric")
NATURAL_DYED = ("indigo_dyed_cotton_fabric", "natural_dyed_cotton_fabric")
MILL_COTTON_YARN = ("cotton_yarn", "organic_cotton_yarn", "recycled_cotton_yarn")
ANY_COTTON_YARN = ("handspun_cotton_yarn", *MILL_COTTON_YARN)
HEMP_YARNS = ("handspun_hemp_yarn", "hemp_yarn")
OFFCUTS = ("offcuts_cotton", "offcuts_synthetic", "offcuts_hemp", "offcuts_silk")
SUNGLASSES = ("sunglasses", "wooden_sunglasses")
READERS = ("reading_glasses", "refurbished_reading_glasses")
MASKS = ("sleep_mask_silk", "sleep_mask_cotton")

NO_MACHINES = "machinery: no one in the set sells machines or tools"

# ------------------------------------------------------------------ profiles

PROFILES: list[Sme] = [
    # ---------------------------------------------------------- upstream: fibre, yarn, waste
    sme(
        1,
        "th",
        HEMP,
        UP,
        "Chiang Mai",
        "กลุ่มปลูกกัญชงบ้านขุนแม่วาก",
        "khunmaewak.hemp@gmail.com",
        [("ใยกัญชงดิบ ลอกเปลือกตากแห้ง ขายเป็นกิโล", "hemp_raw_fibre")],
        [unmet("อยากได้เครื่องลอกเปลือกกัญชง มือสองก็ได้", "hemp_decorticator", NO_MACHINES)],
        certs=("เกษตรอินทรีย์",),
        bcg=(BIO,),
    ),
    sme(
        2,
        "th",
        HEMP,
        UP,
        "Mae Hong Son",
        "กลุ่มแม่บ้านม้งห้วยปู ปั่นด้ายกัญชง",
        "huaypu.hmong@gmail.com",
        [("ด้ายกัญชงเข็นมือ ม้วนละครึ่งกิโล สีธรรมชาติ", "handspun_hemp_yarn")],
        [need("หาเปลือกกัญชงลอกแล้ว ยังไม่ปั่นเป็นเส้น ต้องได้มาตรฐานเกษตรอินทรีย์", "hemp_raw_fibre", req=("Organic Thailand",))],
        bcg=(BIO,),
    ),
    sme(
        3,
        "en",
        SPORT,
        DOWN,
        "Chonburi",
        "Pattaya Sport Straps",
        "sales@pattayasportstraps.com",
        [
            ("Floating neoprene sunglass retainers", "sports_eyewear_strap"),
            ("Neoprene zip sleeves for goggles and shades", "pouch_neoprene"),
        ],
        [need("CR foam rubber sheet, fabric on both faces", "neoprene_sheet")],
    ),
    sme(
        4,
        "th",
        AL_I,
        UP,
        "Sakon Nakhon",
        "กลุ่มฝ้ายเข็นมือบ้านนาดี",
        "nadee.cotton@gmail.com",
        [("ฝ้ายเข็นมือ เส้นเล็ก ฟอกขาว", "handspun_cotton_yarn"), ("ฝ้ายตุ่นสีน้ำตาลธรรมชาติ เข็นมือ", "handspun_cotton_yarn")],
        [unmet("ปุยฝ้ายดิบ อีดเมล็ดออกแล้ว", "raw_cotton_lint", "raw cotton lint: no grower or ginner in the set")],
        bcg=(BIO,),
    ),
    sme(
        5,
        "th",
        AL_I,
        UP,
        "Loei",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์ด่านซ้าย",
        "dansai.organic@gmail.com",
        [("เส้นฝ้ายอินทรีย์ ปั่นเครื่อง เบอร์ 10", "organic_cotton_yarn")],
        [need("อยากส่งเส้นฝ้ายของกลุ่มไปย้อมครามเป็นสีกรม ใครรับบ้าง", "indigo_dyeing_service")],
        certs=("มาตรฐานเกษตรอินทรีย์",),
        bcg=(BIO, GREEN),
    ),
    sme(
        6,
        "en",
        CIRC,
        UP,
        "Rayong",
        "EastRe PET Yarns Co., Ltd.",
        "info@eastre-yarns.co.th",
        [("rPET filament 75D/72F spun from bottle flake", "recycled_pet_yarn")],
        [need("Clear bottle bales from municipal collectors", "waste_pet_bottles")],
        certs=("RCS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        7,
        "th",
        CIRC,
        UP,
        "Samut Sakhon",
        "บริษัท ไทยรีไซเคิลเส้นใย จำกัด",
        "sales@thairecyclefibre.co.th",
        [("เส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวดพลาสติก 150D", "recycled_pet_yarn")],
        [need("ขวด PET ใช้แล้ว อัดก้อน ส่งถึงโรงงานมหาชัย", "waste_pet_bottles")],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        8,
        "en",
        CIRC,
        UP,
        "Nonthaburi",
        "Green Loop Collection",
        "hello@greenloop-th.com",
        [
            ("Baled post-consumer PET bottles, clear only", "waste_pet_bottles"),
            ("Used cotton T-shirts and uniforms, sorted by colour", "used_textiles"),
        ],
        [need("Retired linen and staff uniforms from hotels or hospitals", "used_textiles")],
        bcg=(CIRCULAR,),
    ),
    sme(
        9,
        "th",
        CIRC,
        UP,
        "Saraburi",
        "หจก. สระบุรีรีไซเคิลฝ้าย",
        "srb.recycle@hotmail.com",
        [
            ("ใยฝ้ายรีไซเคิล ตีจากเศษผ้าโรงงาน", "recycled_cotton_fibre"),
            ("ด้ายฝ้ายรีไซเคิล OE เบอร์ 10 สีเทาคละ", "recycled_cotton_yarn"),
        ],
        [need("เศษริม เศษตัดจากโรงเย็บ ผ้าฝ้ายล้วน", "offcuts_cotton"), need("ผ้าเก่าทุกชนิด เสื้อผ้า ผ้าปู ผ้าขนหนู", "used_textiles")],
        certs=("RCS certified",),
        bcg=(CIRCULAR,),
    ),
    sme(
        10,
        "th",
        AL_I,
        UP,
        "Sakon Nakhon",
        "กลุ่มปลูกครามบ้านโคกสะอาด",
        "khoksaard.indigo@gmail.com",
        [("ครามเปียก (เนื้อคราม) กิโลละ 250 บาท", "indigo_dye_paste")],
        [],
        bcg=(BIO,),
    ),
    sme(
        11,
        "en",
        HEMP,
        UP,
        "Chiang Rai",
        "Doi Hemp Growers Co-op",
        "doihemp.coop@gmail.com",
        [("Decorticated hemp bast, sun-dried, 20 kg bales", "hemp_raw_fibre")],
        [unmet("Second-hand spinning wheels", "spinning_wheel", NO_MACHINES)],
        certs=("Organic Thailand",),
        bcg=(BIO,),
    ),
    sme(
        12,
        "en",
        HEMP,
        UP,
        "Tak",
        "Tak Hemp Spinning Ltd.",
        "sales@takhemp.co.th",
        [
            ("Long-line hemp yarn Nm 8, wet spun, on cones", "hemp_yarn"),
            ("Hemp/cotton 55/45 blend yarn, Ne 20", "hemp_cotton_yarn"),
        ],
        [
            need("Unspun hemp, scutched, by the tonne", "hemp_raw_fibre"),
            need("GOTS organic cotton yarn to ply with hemp", "organic_cotton_yarn", req=("GOTS",)),
        ],
        bcg=(BIO,),
    ),
    sme(
        13,
        "en",
        AL_C,
        UP,
        "Samut Prakan",
        "Siam Combed Yarn Co., Ltd.",
        "export@siamcombedyarn.com",
        [("Combed cotton yarn Ne 30/1 and 40/1, ring spun", "cotton_yarn")],
        [
            unmet(
                "Raw cotton bales, US or Australian",
                "raw_cotton_lint",
                "raw cotton lint: no grower or ginner in the set",
            )
        ],
    ),
    sme(
        14,
        "en",
        HEMP,
        UP,
        "Nakhon Pathom",
        "Organic Threads Thailand",
        "orders@organicthreads.co.th",
        [("Organic cotton yarn, GOTS, Ne 20/1 to 40/1", "organic_cotton_yarn")],
        [],
        certs=("GOTS certified",),
        bcg=(BIO, GREEN),
    ),
    sme(
        15,
        "en",
        SPORT,
        UP,
        "Samut Prakan",
        "MicroSplit Fibers Co.",
        "sales@microsplit.co.th",
        [("Split microfiber filament 80/20 polyester-nylon, 150D/144F", "microfibre_yarn")],
        [],
    ),
    sme(
        16,
        "th",
        CIRC,
        UP,
        "Nakhon Ratchasima",
        "ร้านรับซื้อของเก่า ป.รุ่งเรือง โคราช",
        "porungruang.korat@gmail.com",
        [("ขวดน้ำใสอัดก้อน ส่งโรงงาน", "waste_pet_bottles"), ("แว่นตาเก่า กรอบแว่นมือสอง ชั่งกิโลขาย", "used_eyeglasses")],
        [],
        bcg=(CIRCULAR,),
    ),
    # ---------------------------------------------------------- midstream: cloth, dyeing, services, components
    sme(
        17,
        "th",
        HEMP,
        MID,
        "Chiang Mai",
        "ผ้ากัญชงทอมือ บ้านแม่แตง",
        "maetaeng.hempweave@gmail.com",
        [("ผ้าใยกัญชงทอมือ หน้ากว้าง 40 นิ้ว", "hemp_fabric"), ("เศษผ้ากัญชงจากโต๊ะตัด ขายเหมากระสอบ", "offcuts_hemp")],
        [need("ต้องการเส้นกัญชงทำเส้นยืน (เครือหูก)", *HEMP_YARNS)],
        bcg=(BIO,),
    ),
    sme(
        18,
        "th",
        AL_I,
        MID,
        "Khon Kaen",
        "กลุ่มทอผ้าบ้านหนองเม็ก",
        "nongmek.weaving@gmail.com",
        [("ผ้าขิดทอมือ ม้วนละ 10 เมตร", "handwoven_cotton_fabric")],
        [need("เส้นฝ้ายไว้ทำเส้นพุ่ง ปั่นมือหรือปั่นเครื่องก็ได้ ไม่ต้องมีตราเกษตรอินทรีย์", *ANY_COTTON_YARN, waive=("Organic Thailand",))],
    ),
    sme(
        19,
        "en",
        HEMP,
        MID,
        "Nan",
        "Nan Heritage Weavers",
        "nanheritage.weavers@gmail.com",
        [("Handloom cotton cloth, Nan wave pattern (lai nam lai)", "handwoven_cotton_fabric")],
        [need("Natural indigo paste for our own vat", "indigo_dye_paste")],
    ),
    sme(
        20,
        "th",
        AL_I,
        MID,
        "Sakon Nakhon",
        "ผ้าครามแม่ทองใบ สกลนคร",
        "maethongbai.khram@gmail.com",
        [
            ("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ", "indigo_dyed_cotton_fabric"),
            ("ผ้าครามมัดหมี่ ผืนละ 2 เมตร", "indigo_dyed_cotton_fabric"),
        ],
        [need("ด้ายฝ้ายปั่นด้วยมือ สีขาว จะเอามาย้อมครามเอง", "handspun_cotton_yarn")],
        bcg=(BIO,),
    ),
    sme(
        21,
        "th",
        AL_I,
        MID,
        "Sakon Nakhon",
        "โรงย้อมครามบ้านพันนา",
        "phanna.indigo@gmail.com",
        [("รับย้อมครามตามสั่ง ผ้าและเส้นด้ายของลูกค้า", "indigo_dyeing_service")],
        [need("ซื้อห้อมหรือครามเป็นกิโล ส่งทุกเดือน", "indigo_dye_paste")],
        bcg=(BIO,),
    ),
    sme(
        22,
        "th",
        AL_I,
        MID,
        "Roi Et",
        "กลุ่มผ้าย้อมสีธรรมชาติบ้านหวาย",
        "banwai.naturaldye@gmail.com",
        [("ผ้าฝ้ายทอมือ ย้อมเปลือกประดู่ ใบหูกวาง สีธรรมชาติล้วน", "natural_dyed_cotton_fabric")],
        [need("อยากหาคนรับย้อมผ้าของเราเป็นโทนน้ำเงินคราม 200 เมตร", "indigo_dyeing_service")],
        bcg=(BIO, GREEN),
    ),
    sme(
        23,
        "th",
        SPORT,
        MID,
        "Chonburi",
        "บริษัท ชลไมโครนิต จำกัด",
        "sales@chonmicroknit.co.th",
        [
            ("ผ้าไมโครไฟเบอร์ถักยืน 200 แกรม ขายเป็นม้วน", "microfibre_fabric"),
            ("เศษผ้าไมโครไฟเบอร์ ตัดริม ขายกิโล", "offcuts_synthetic"),
        ],
        [need("เส้นใยโพลีเอสเตอร์/ไนลอน 80/20 ชนิดแตกเส้น", "microfibre_yarn")],
        certs=("Oeko-Tex 100",),
    ),
    sme(
        24,
        "th",
        CIRC,
        MID,
        "Rayong",
        "บริษัท ระยองรีเทกซ์ จำกัด",
        "contact@rayongretex.co.th",
        [("ผ้าไมโครไฟเบอร์จาก rPET ม้วนละ 50 เมตร", "recycled_microfibre_fabric")],
        [need("โพลีเอสเตอร์รีไซเคิลแบบเส้นด้าย ต้องมีใบ GRS", "recycled_pet_yarn", req=("GRS",))],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        25,
        "th",
        SPORT,
        MID,
        "Samut Prakan",
        "โรงงานตัดผ้าบางพลี",
        "bangphli.cutting@gmail.com",
        [("รับตัดผ้าเช็ดเลนส์จากม้วนผ้าของลูกค้า ตัดเลเซอร์ ขอบไม่ลุ่ย", "lens_cloth_cutting_service")],
        [unmet("ใครมีเครื่องตัดอัลตราโซนิกมือสองขายบ้างคะ", "ultrasonic_cutter", NO_MACHINES)],
    ),
    sme(
        26,
        "th",
        CIRC,
        MID,
        "Bangkok",
        "สกรีนดีไซน์ บางบอน",
        "screendesign.bangbon@gmail.com",
        [
            ("รับสกรีนโลโก้ลงผ้าเช็ดแว่น ซองแว่น ของลูกค้า ขั้นต่ำ 300 ชิ้น", "logo_printing_service"),
            ("รับปักชื่อร้านลงซองผ้า", "embroidery_service"),
        ],
        [],
    ),
    sme(
        27,
        "th",
        AL_I,
        MID,
        "Nakhon Ratchasima",
        "กลุ่มเย็บผ้าแม่บ้านปากช่อง",
        "pakchong.sewing@gmail.com",
        [("รับจ้างเย็บซองใส่แว่น กระเป๋าใบเล็ก จากผ้าที่ลูกค้าส่งมา", "sewing_service")],
        [need("ซิปเบอร์ 3 กับเชือกรูดปากถุง", "sewing_trims")],
    ),
    sme(
        28,
        "th",
        AL_C,
        MID,
        "Bangkok",
        "โรงงานเย็บ ส.เจริญการ์เมนต์",
        "sjaroen.garment@gmail.com",
        [
            ("CMT เย็บตามแบบ ซองแว่นผ้า ถุงผ้า ลูกค้าส่งผ้ามาเอง", "sewing_service"),
            ("เศษผ้าคอตตอน 100% จากโต๊ะตัด คละสี", "offcuts_cotton"),
        ],
        [need("ผ้าย้อมครามทอมือ สำหรับทำตัวอย่างซองแว่น", "indigo_dyed_cotton_fabric")],
    ),
    sme(
        29,
        "th",
        SPORT,
        MID,
        "Samut Sakhon",
        "เชือกถักมหาชัย",
        "mahachai.rope@gmail.com",
        [("เชือกถักโพลีเอสเตอร์ 3 มม. ม้วนละ 100 หลา", "braided_cord_roll")],
        [need("เส้นด้ายโพลีเอสเตอร์จากขวดรีไซเคิล ไว้ถักเชือก", "recycled_pet_yarn")],
    ),
    sme(
        30,
        "th",
        CIRC,
        MID,
        "Chachoengsao",
        "แปดริ้วเฟลท์",
        "paetriu.felt@gmail.com",
        [("แผ่นสักหลาดจากขวดพลาสติกรีไซเคิล หนา 3 มม.", "recycled_felt")],
        [need("ขวดน้ำดื่มพลาสติกใสที่ใช้แล้ว", "waste_pet_bottles")],
        bcg=(CIRCULAR,),
    ),
    sme(
        31,
        "th",
        AL_C,
        MID,
        "Bangkok",
        "หุ้มกล่องแว่น ท่าพระ",
        "thaphra.casecover@gmail.com",
        [("รับหุ้มผ้าหรือหนังเทียม กล่องแว่นโครงเหล็กของลูกค้า", "case_covering_service")],
        [
            unmet("หนังเทียม PU เป็นม้วน สีดำ สีน้ำตาล", "pu_leatherette", "PU leatherette: no one in the set makes it"),
            unmet("ผ้ากำมะหยี่ไว้บุด้านในกล่อง", "velvet_fabric", "velvet: no one in the set weaves pile fabric"),
        ],
    ),
    sme(
        32,
        "th",
        AL_I,
        MID,
        "Surin",
        "กลุ่มทอผ้าไหมบ้านโนนสูง",
        "nonsung.silk@gmail.com",
        [("ผ้าไหมมัดหมี่ ได้ตรานกยูงพระราชทาน", "mudmee_silk_fabric")],
        [unmet("ไหมพื้นบ้านสาวมือ (ไหมน้อย)", "silk_yarn", "silk yarn: no reeler in the set")],
        certs=("ตรานกยูงพระราชทาน",),
    ),
    sme(
        33,
        "th",
        AL_I,
        MID,
        "Khon Kaen",
        "ผ้าไหมชนบท แม่บัวผัน",
        "maebuaphan.silk@gmail.com",
        [("ไหมมัดหมี่ชนบท ทอมือ เมตรละ 900 บาท", "mudmee_silk_fabric"), ("เศษผ้าไหมปลายม้วน ขายเหมา", "offcuts_silk")],
        [],
    ),
    sme(
        34,
        "th",
        HEMP,
        MID,
        "Krabi",
        "บาติกอ่าวนาง",
        "aonang.batik@gmail.com",
        [("ผ้าปาเต๊ะเขียนเทียน ผ้าฝ้าย ลายทะเลอันดามัน", "batik_cotton_fabric")],
        [need("ผ้าดิบสีขาว ยังไม่ย้อม สำหรับเขียนเทียน", "greige_cotton_fabric")],
    ),
    sme(
        35,
        "en",
        HEMP,
        MID,
        "Phetchabun",
        "Khao Kho Hmong Batik Hemp",
        "khaokho.hmongbatik@gmail.com",
        [("Hemp cloth with beeswax batik, Hmong patterns", "hemp_fabric")],
        [
            need("Handspun hemp thread", "handspun_hemp_yarn"),
            unmet("Beeswax, 50 kg", "beeswax", "beeswax: no beekeeper in the set"),
        ],
        bcg=(BIO,),
    ),
    sme(
        36,
        "en",
        HEMP,
        MID,
        "Phrae",
        "Phrae Mo Hom House",
        "phraemohom@gmail.com",
        [
            ("Handwoven mo hom cotton, indigo dyed, Phrae style", "indigo_dyed_cotton_fabric"),
            ("Fermented hom (Strobilanthes) dye paste", "indigo_dye_paste"),
        ],
        [need("Hand-spun cotton for weaving, any count", "handspun_cotton_yarn")],
        bcg=(BIO,),
    ),
    sme(
        37,
        "en",
        CIRC,
        MID,
        "Samut Sakhon",
        "Mahachai Commission Dyers",
        "dyeing@mahachaidyers.co.th",
        [("Commission dyeing of your knitted or woven fabric, reactive and disperse", "dyeing_service")],
        [],
        certs=("ISO 14001",),
    ),
    sme(
        38,
        "en",
        SPORT,
        MID,
        "Samut Prakan",
        "Siam Microfiber Mills",
        "sales@siammicrofiber.com",
        [("Warp-knit microfiber suede, 230 gsm, 1.5 m wide rolls", "microfibre_fabric")],
        [
            need("PES/PA bicomponent filament for suede knitting", "microfibre_yarn"),
            need("Dye house to colour our greige suede in batches", "dyeing_service"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        39,
        "en",
        CIRC,
        MID,
        "Chonburi",
        "Circle Fabric Co.",
        "info@circlefabric.co.th",
        [("Recycled-bottle microfiber cloth by the roll, 180 gsm", "recycled_microfibre_fabric")],
        [need("rPET yarn on cones, any denier", "recycled_pet_yarn")],
        bcg=(CIRCULAR,),
    ),
    sme(
        40,
        "en",
        CIRC,
        MID,
        "Nonthaburi",
        "PrintPro Nonthaburi",
        "jobs@printpro-nbi.com",
        [("Sublimation and pad printing on your lens cloths, cases and straps", "logo_printing_service")],
        [],
    ),
    sme(
        41,
        "en",
        AL_C,
        MID,
        "Pathum Thani",
        "Rangsit Weaving Mill",
        "mill@rangsitweaving.co.th",
        [("Greige cotton poplin 40x40, 58 inch", "greige_cotton_fabric")],
        [need("Machine-spun cotton yarn for the looms, GOTS not required", *MILL_COTTON_YARN, waive=("GOTS",))],
    ),
    sme(
        42,
        "th",
        AL_C,
        MID,
        "Pathum Thani",
        "โรงงานเย็บธัญบุรี",
        "cmt@thanyaburisewing.com",
        [("รับเย็บ CMT ของชิ้นเล็ก ซองแว่น ปลอกแว่น ผ้าปิดตา", "sewing_service")],
        [need("ซิปไนลอนกับตัวล็อกเชือก สั่งจำนวนมาก", "sewing_trims")],
    ),
    sme(
        43,
        "en",
        SPORT,
        MID,
        "Chonburi",
        "NeoFlex Laminating",
        "sales@neoflex.co.th",
        [("SBR neoprene sheet 3 mm, nylon jersey both sides", "neoprene_sheet")],
        [
            unmet(
                "Nylon jersey for laminating, 2,000 m a month",
                "nylon_jersey",
                "nylon jersey: no knitter of it in the set",
            )
        ],
    ),
    sme(
        44,
        "en",
        SPORT,
        MID,
        "Bangkok",
        "Bangkok Narrow Fabrics",
        "orders@bkknarrowfabrics.com",
        [
            ("Woven elastic tape, 10-20 mm", "elastic_webbing"),
            ("Round braided cord 2-4 mm, by the metre", "braided_cord_roll"),
        ],
        [need("Recycled polyester yarn for braiding machines", "recycled_pet_yarn")],
    ),
    sme(
        45,
        "en",
        SPORT,
        MID,
        "Bangkok",
        "Trim Hub Bangkok",
        "trimhub.bkk@gmail.com",
        [
            ("Silicone end loops for eyewear retainers", "eyewear_cord_ends"),
            ("Nylon coil zips no. 3, cord stoppers, drawstrings", "sewing_trims"),
        ],
        [],
    ),
    sme(
        46,
        "en",
        AL_I,
        MID,
        "Khon Kaen",
        "Isan Stitch Collective",
        "isanstitch@gmail.com",
        [("Hand embroidery on your pouches and masks", "embroidery_service")],
        [need("Undyed cotton sheeting for embroidery practice", "greige_cotton_fabric")],
    ),
    # ---------------------------------------------------------- downstream: makers of finished goods
    sme(
        47,
        "th",
        HEMP,
        DOWN,
        "Chiang Mai",
        "ร้านกัญชงน้อย เชียงใหม่",
        "kanchongnoi.cm@gmail.com",
        [("ซองแว่นผ้ากัญชงทอมือ ปักลายม้ง", "pouch_hemp"), ("สายคล้องแว่นเชือกกัญชงถักเปีย", "eyeglass_cord")],
        [need("ผ้าเฮมพ์เนื้อแน่น สั่งทีละ 30 หลา", "hemp_fabric"), need("ห่วงยางปลายสายคล้องแว่น", "eyewear_cord_ends")],
        bcg=(BIO,),
    ),
    sme(
        48,
        "th",
        AL_I,
        DOWN,
        "Khon Kaen",
        "ชนบทซิลค์ช็อป",
        "chonnabotsilkshop@gmail.com",
        [("กระเป๋าใส่แว่นผ้าไหมมัดหมี่ บุฟองน้ำ", "pouch_silk")],
        [
            need("ไหมมัดหมี่ ต้องมีตรานกยูง", "mudmee_silk_fabric", req=("Thai Silk Peacock Emblem",)),
            need("มีใครรับเย็บซองแว่นจากผ้าไหมของเราไหมคะ", "sewing_service"),
        ],
    ),
    sme(
        49,
        "th",
        CIRC,
        DOWN,
        "Bangkok",
        "กลุ่มแม่บ้านคลองเตยอัพไซเคิล",
        "klongtoey.upcycle@gmail.com",
        [("ซองแว่นแพตช์เวิร์กจากเศษผ้า", "pouch_recycled")],
        [need("เศษผ้าชิ้นใหญ่กว่าฝ่ามือ ผ้าอะไรก็ได้", *OFFCUTS), need("ผ้าเช็ดแว่นใส่แถมในซอง ขั้นต่ำไม่เยอะ", *LENS_CLOTHS)],
        bcg=(CIRCULAR,),
    ),
    sme(
        50,
        "en",
        CIRC,
        DOWN,
        "Bangkok",
        "ReSpec Studio",
        "studio@respec.co",
        [("Soft glasses sleeves sewn from factory offcuts", "pouch_recycled")],
        [
            need("Post-industrial fabric offcuts, cotton or poly", "offcuts_cotton", "offcuts_synthetic"),
            need("Lens wipes printed with our logo", "custom_logo_lens_cloth"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        51,
        "en",
        HEMP,
        DOWN,
        "Phuket",
        "Andaman Batik Craft",
        "andamanbatik@gmail.com",
        [("Batik sunglasses pouch with drawstring", "pouch_batik")],
        [
            need("Hand-drawn batik yardage, cotton", "batik_cotton_fabric"),
            need("Cord locks and drawcords", "sewing_trims"),
        ],
    ),
    sme(
        52,
        "th",
        SPORT,
        DOWN,
        "Samut Prakan",
        "บริษัท เคสเวิร์คส์ จำกัด",
        "oem@caseworks-th.com",
        [
            ("กล่องแว่นฝาหอยแบบแข็ง รับผลิต OEM ใส่โลโก้", "hard_glasses_case"),
            ("กล่องซิป EVA สำหรับแว่นกันแดดกีฬา", "hard_glasses_case"),
        ],
        [need("ผ้าเฟลท์ rPET บุในกล่อง", "recycled_felt")],
    ),
    sme(
        53,
        "th",
        AL_C,
        DOWN,
        "Bangkok",
        "กล่องแว่นสยาม",
        "siamglassescase@gmail.com",
        [("กล่องแว่นสปริง โครงเหล็กหุ้มหนังเทียม", "hard_glasses_case")],
        [
            unmet(
                "กล่องกระดาษพิมพ์ลาย สำหรับแพ็คกล่องแว่น", "paper_packaging", "paper boxes: no printer of packaging in the set"
            )
        ],
    ),
    sme(
        54,
        "en",
        SPORT,
        DOWN,
        "Samut Prakan",
        "ClearView Microfiber",
        "sales@clearview-microfiber.com",
        [("Lens cleaning cloths 15x18 cm, overlocked, MOQ 1,000", "microfibre_lens_cloth")],
        [need("Microfibre fabric in rolls, for cutting lens cloths", *MICRO_ROLLS)],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        55,
        "th",
        CIRC,
        DOWN,
        "Nonthaburi",
        "ผ้าเช็ดแว่นรักษ์โลก",
        "rakloke.lenscloth@gmail.com",
        [("ผ้าเช็ดเลนส์ทำจากขวดพลาสติกรีไซเคิล", "recycled_lens_cloth")],
        [need("ผ้าไมโครจาก rPET ต้องมีใบรับรอง GRS", "recycled_microfibre_fabric", req=("GRS",))],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        56,
        "th",
        SPORT,
        DOWN,
        "Bangkok",
        "โรงงานผ้าเช็ดแว่น สามแยกไฟฉาย",
        "samyaek.lenscloth@gmail.com",
        [("ผ้าเช็ดแว่นพิมพ์ชื่อร้าน ขั้นต่ำ 500 ผืน", "custom_logo_lens_cloth")],
        [need("ผ้าไมโครรีไซเคิล ชนิดเช็ดคราบมันได้ดี ม้วนใหญ่", "recycled_microfibre_fabric")],
    ),
    sme(
        57,
        "th",
        HEMP,
        DOWN,
        "Chiang Mai",
        "ร้านสายคล้องแว่นลูกปัดม้ง",
        "hmongbeads.cm@gmail.com",
        [("สายคล้องแว่นร้อยลูกปัด ผ้าปักม้ง", "eyeglass_cord")],
        [need("สายเชือกกลมเส้นเล็ก ขายเป็นม้วน", "braided_cord_roll")],
    ),
    sme(
        58,
        "th",
        AL_I,
        DOWN,
        "Ubon Ratchathani",
        "ผ้าขิดอุบล แฮนด์เมด",
        "khitubon.handmade@gmail.com",
        [("สายห้อยแว่นผ้าขิด สำหรับผู้สูงอายุ", "eyeglass_cord"), ("ซองแว่นผ้าขิด", "pouch_handwoven_cotton")],
        [need("ผ้าฝ้ายทอมือพื้นบ้าน ซื้อเป็นเมตร", *HANDWOVEN_COTTON)],
        certs=("โอทอป",),
    ),
    sme(
        59,
        "en",
        AL_C,
        DOWN,
        "Phetchaburi",
        "SeniorSpecs Accessories",
        "hello@seniorspecs.co.th",
        [("Anti-slip eyeglass chains in braided cotton, for seniors", "eyeglass_cord")],
        [need("Retainer end rubbers", "eyewear_cord_ends")],
    ),
    sme(
        60,
        "th",
        SPORT,
        DOWN,
        "Phuket",
        "ร้านสายแว่นลอยน้ำ ภูเก็ต",
        "floatstrap.phuket@gmail.com",
        [("สายคล้องแว่นกันแดดแบบลอยน้ำ ใส่ดำน้ำ พายเรือ", "sports_eyewear_strap")],
        [need("ยางยืดทอ กว้าง 15 มิล", "elastic_webbing")],
    ),
    sme(
        61,
        "en",
        HEMP,
        DOWN,
        "Bangkok",
        "Bamboo Shade Eyewear",
        "team@bambooshade.co",
        [("Bamboo-frame polarised sunglasses", "wooden_sunglasses")],
        [
            need("Natural-fibre pouches for our shades, OEM", *HANDWOVEN_POUCHES, "pouch_batik"),
            unmet("Polarised lens blanks", "lens_blanks", "optical lenses: no lens maker in the set"),
        ],
    ),
    sme(
        62,
        "th",
        HEMP,
        DOWN,
        "Chiang Mai",
        "แว่นไม้สักล้านนา",
        "lannateak.eyewear@gmail.com",
        [("แว่นกันแดดกรอบไม้สัก เลนส์โพลาไรซ์", "wooden_sunglasses")],
        [
            need("ถุงใส่แว่นผ้ากัญชงหรือผ้าฝ้ายทอมือ ไม่เอาใยสังเคราะห์", "pouch_hemp", "pouch_handwoven_cotton"),
            need("ปักโลโก้แบรนด์ลงถุงผ้าที่เรามีอยู่แล้ว", "embroidery_service"),
        ],
    ),
    sme(
        63,
        "th",
        AL_I,
        DOWN,
        "Yasothon",
        "ลูกประคบสมุนไพรบ้านสิงห์",
        "bansing.herbal@gmail.com",
        [("ลูกประคบตาสมุนไพร ห่อผ้าฝ้าย อุ่นได้", "herbal_eye_compress")],
        [
            need("ผ้าฝ้ายดิบผืนบาง สำหรับห่อสมุนไพร", "greige_cotton_fabric"),
            unmet("ไพล ขมิ้นชัน ตะไคร้ อบแห้ง", "dried_herbs", "dried herbs: no herb grower in the set"),
        ],
        certs=("อย.",),
        bcg=(BIO,),
    ),
    sme(
        64,
        "en",
        AL_I,
        DOWN,
        "Udon Thani",
        "Udon Warm Eye Pillows",
        "udonwarmeye@gmail.com",
        [("Herbal warm eye pillow, hand-stitched, lemongrass and plai", "herbal_eye_compress")],
        [need("Handloom cotton for pillow covers, no synthetic dyes, OTOP a plus", *NATURAL_DYED, waive=("OTOP",))],
        bcg=(BIO,),
    ),
    sme(
        65,
        "en",
        AL_C,
        DOWN,
        "Bangkok",
        "Silk Dream Bangkok",
        "hello@silkdreambkk.com",
        [("Mulberry silk sleep masks", "sleep_mask_silk")],
        [
            need("CMT sewing for 3,000 masks a month", "sewing_service"),
            unmet("Silk charmeuse, 19 momme", "silk_charmeuse", "silk satin: no weaver of it in the set"),
        ],
        certs=("OEKO-TEX certified",),
    ),
    sme(
        66,
        "th",
        AL_C,
        DOWN,
        "Ratchaburi",
        "ผ้าปิดตานอน ราชบุรี",
        "ratchaburi.eyemask@gmail.com",
        [("ผ้าปิดตานอนหลับ ผ้าฝ้ายนุ่ม ทึบแสง", "sleep_mask_cotton")],
        [need("ยางยืดแบนทำสายรัดหัว", "elastic_webbing")],
    ),
    sme(
        67,
        "en",
        AL_C,
        DOWN,
        "Pathum Thani",
        "MediPad Thailand",
        "qa@medipad.co.th",
        [("Sterile fabric eye pads for after eye surgery", "eye_patch")],
        [unmet("Bleached cotton gauze rolls", "cotton_gauze", "gauze: no one in the set weaves it")],
        certs=("ISO 13485",),
    ),
    sme(
        68,
        "th",
        AL_C,
        DOWN,
        "Kanchanaburi",
        "ร้านเย็บที่ปิดตาเด็ก กาญจน์",
        "kideyepatch.kan@gmail.com",
        [("ที่ปิดตาผ้าสำหรับเด็กตาขี้เกียจ ลายการ์ตูน สวมกับแว่น", "eye_patch")],
        [need("ผ้าฝ้ายทอเครื่อง สีขาว ยังไม่ย้อม", "greige_cotton_fabric")],
    ),
    sme(
        69,
        "en",
        CIRC,
        DOWN,
        "Bangkok",
        "Loop Eyewear Gift Co.",
        "gifts@loopeyewear.com",
        [("Gift set: recycled pouch, lens cloth and cord", "eyewear_gift_set")],
        [need("Recycled lens cloths, GRS certified", "recycled_lens_cloth", req=("GRS",))],
        bcg=(CIRCULAR,),
    ),
    sme(
        70,
        "th",
        AL_C,
        DOWN,
        "Bangkok",
        "ร้านแว่นสายตายาวขายส่ง สำเพ็ง",
        "sampeng.readers@gmail.com",
        [("แว่นสายตายาว +1.00 ถึง +4.00 ขายส่งเป็นโหล", "reading_glasses"), ("แว่นกันแดดแฟชั่น ราคาส่ง", "sunglasses")],
        [need("ซองแว่นแบบนิ่ม ราคาถูก สั่งเป็นพัน", *POUCHES)],
    ),
    sme(
        71,
        "en",
        AL_I,
        DOWN,
        "Ubon Ratchathani",
        "Ubon ReSight Project",
        "resight.ubon@gmail.com",
        [("Refurbished reading glasses for elders, low price", "refurbished_reading_glasses")],
        [
            need("Used spectacles, any condition", "used_eyeglasses"),
            need("Cheap hard cases for reading glasses", "hard_glasses_case"),
        ],
        bcg=(CIRCULAR,),
    ),
    # ---------------------------------------------------------- downstream: shops, opticians, institutions
    sme(
        72,
        "th",
        AL_C,
        DOWN,
        "Bangkok",
        "ร้านแว่นตาศรีย่าน",
        "sriyan.optical@gmail.com",
        [("ตัดแว่นสายตา วัดสายตาฟรี", "optical_retail"), ("แว่นเก่าที่ลูกค้าเปลี่ยนแล้ว ยกให้ฟรี", "used_eyeglasses")],
        [need("ผ้าเช็ดแว่นสกรีนชื่อร้าน เดือนละ 2,000 ผืน", "custom_logo_lens_cloth")],
    ),
    sme(
        73,
        "en",
        AL_C,
        DOWN,
        "Bangkok",
        "Sukhumvit Optical",
        "shop@sukhumvitoptical.com",
        [("Eye tests and prescription spectacles", "optical_retail")],
        [
            need("Branded microfibre cloths with our shop name", "custom_logo_lens_cloth"),
            need("Hard spectacle cases in black, 500 a month", "hard_glasses_case"),
            unmet("Display stands for 200 frames", "display_stands", "shop fittings: no one in the set makes them"),
        ],
    ),
    sme(
        74,
        "th",
        AL_I,
        DOWN,
        "Khon Kaen",
        "ขอนแก่นออพติค",
        "khonkaen.optic@gmail.com",
        [("แว่นสายตา คอนแทคเลนส์", "optical_retail")],
        [
            need("ผ้าเช็ดเลนส์เปล่า ไม่ต้องพิมพ์อะไร", *PLAIN_CLOTHS),
            unmet("น้ำยาเช็ดเลนส์ ขวดสเปรย์", "lens_spray", "cleaning liquid: no one in the set makes it"),
        ],
    ),
    sme(
        75,
        "en",
        AL_C,
        DOWN,
        "Chiang Mai",
        "Nimman Eyecare",
        "care@nimmaneyecare.com",
        [("Optometry, frames and lenses", "optical_retail")],
        [
            need("Hemp pouches for frames", "pouch_hemp"),
            need("New ready readers +1.0 to +3.0, wholesale", "reading_glasses"),
        ],
    ),
    sme(
        76,
        "th",
        SPORT,
        DOWN,
        "Songkhla",
        "ร้านแว่นหาดใหญ่ สปอร์ต",
        "hatyai.sportoptic@gmail.com",
        [("ขายปลีกแว่นกันแดดสำหรับนักกีฬา ยี่ห้อ Oakley", "sports_retail")],
        [need("สายคล้องแว่นกันแดดแบบสปอร์ต", "sports_eyewear_strap"), need("ซองนีโอพรีนใส่แว่นวิ่ง", "pouch_neoprene")],
    ),
    sme(
        77,
        "en",
        SPORT,
        DOWN,
        "Phuket",
        "Patong Optics & Sunwear",
        "patongoptics@gmail.com",
        [("Ray-Ban and Oakley sunglasses, retail counter", "optical_retail")],
        [
            need("Straps that float, for boat-trip customers", "sports_eyewear_strap"),
            unmet("Lens cleaning spray, 30 ml bottles", "lens_spray", "cleaning liquid: no one in the set makes it"),
        ],
    ),
    sme(
        78,
        "th",
        AL_I,
        DOWN,
        "Udon Thani",
        "ร้านแว่นอุดรวิชั่น",
        "udonvision@gmail.com",
        [("แว่นสายตา ประกอบแว่นตามใบสั่ง", "optical_retail")],
        [
            need("ซองแว่นผ้าไหม ไว้ขายเป็นของฝาก", "pouch_silk"),
            need("ผ้าเช็ดแว่นพิมพ์ชื่อร้าน ไม่ต้องมี OEKO-TEX", "custom_logo_lens_cloth", waive=("OEKO-TEX Standard 100",)),
        ],
    ),
    sme(
        79,
        "en",
        AL_C,
        DOWN,
        "Bangkok",
        "Rattanakosin Eye Hospital",
        "procurement@rattanakosineye.org",
        [("Retired staff scrubs and bed linen for recycling", "used_textiles")],
        [need("Post-op eye pads, ISO 13485 certified", "eye_patch", req=("ISO 13485",))],
    ),
    sme(
        80,
        "th",
        AL_C,
        DOWN,
        "Nonthaburi",
        "บ้านพักคนชราบ้านสุขใจ",
        "baansukjai.care@gmail.com",
        [],
        [
            need("สายคล้องแว่นกันแว่นหาย สำหรับคุณตาคุณยาย", "eyeglass_cord"),
            need("แว่นอ่านหนังสือ", *READERS),
            need("ลูกประคบอุ่นสำหรับดวงตา ต้องมี อย.", "herbal_eye_compress", req=("Thai FDA",)),
        ],
    ),
    sme(
        81,
        "th",
        AL_I,
        DOWN,
        "Khon Kaen",
        "ศูนย์ผู้สูงอายุบ้านหนองแวง",
        "nongwaeng.elderly@gmail.com",
        [],
        [need("แว่นสายตามือสอง รับบริจาคหรือซื้อราคาถูก", "used_eyeglasses", "refurbished_reading_glasses")],
    ),
    sme(
        82,
        "th",
        HEMP,
        DOWN,
        "Chiang Mai",
        "ร้านของฝากไนท์บาซาร์ ป้าแดง",
        "padaeng.nightbazaar@gmail.com",
        [("ของที่ระลึกผ้าทอ กระเป๋า ผ้าพันคอ", "souvenir_retail")],
        [need("ซองแว่นกัญชง ของฝากนักท่องเที่ยว", "pouch_hemp"), need("แว่นกันแดดกรอบไม้", "wooden_sunglasses")],
    ),
    sme(
        83,
        "en",
        SPORT,
        DOWN,
        "Phuket",
        "Phuket Beach Souvenirs",
        "phuketbeachsouvenirs@gmail.com",
        [("Beachwear and souvenirs, retail", "souvenir_retail")],
        [need("Cheap sunglasses by the dozen", *SUNGLASSES), need("Batik pouches", "pouch_batik")],
    ),
    sme(
        84,
        "th",
        CIRC,
        DOWN,
        "Chonburi",
        "ร้านของที่ระลึกพัทยา",
        "pattaya.souvenir@gmail.com",
        [("ของที่ระลึก เสื้อยืด พวงกุญแจ", "souvenir_retail")],
        [
            need("ผ้าเช็ดแว่นพิมพ์ลายพัทยา", "custom_logo_lens_cloth"),
            need("สายคล้องแว่นกันแดดแบบลอยน้ำได้", "sports_eyewear_strap"),
        ],
    ),
    sme(
        85,
        "en",
        AL_C,
        DOWN,
        "Ayutthaya",
        "Ayutthaya Heritage Gifts",
        "heritagegifts.ayutthaya@gmail.com",
        [("Thai crafts and gifts, retail", "souvenir_retail")],
        [
            need("Thai silk glasses cases", "pouch_silk"),
            need("Souvenir lens cloths printed with temple photos", "custom_logo_lens_cloth"),
        ],
    ),
    sme(
        86,
        "th",
        AL_C,
        DOWN,
        "Sukhothai",
        "ร้านของฝากเมืองเก่าสุโขทัย",
        "sukhothai.oldtown@gmail.com",
        [("ผ้าทอตีนจก ของฝาก ขายปลีก", "souvenir_retail")],
        [
            need("ซองแว่นผ้าทอมือ", *HANDWOVEN_POUCHES),
            need("อยากได้สายคล้องแว่นที่เป็นสินค้า OTOP", "eyeglass_cord", req=("OTOP",)),
        ],
    ),
    sme(
        87,
        "en",
        AL_C,
        DOWN,
        "Bangkok",
        "Museum Shop Siam",
        "buying@museumshopsiam.com",
        [],
        [need("Eyewear gift sets", "eyewear_gift_set"), need("Cushioned cases in Thai silk", "pouch_silk")],
    ),
    sme(
        88,
        "en",
        AL_C,
        DOWN,
        "Bangkok",
        "Lumen Eyewear",
        "supply@lumeneyewear.com",
        [("Prescription frames, own brand", "eyeglass_frames")],
        [
            need("Anyone who can cover our steel case shells with cloth?", "case_covering_service"),
            need("Logo print on lens cloths we already hold", "logo_printing_service"),
        ],
    ),
    sme(
        89,
        "th",
        CIRC,
        DOWN,
        "Bangkok",
        "รีเฟรม อายแวร์",
        "reframe.eyewear@gmail.com",
        [("กรอบแว่นทำจากพลาสติกรีไซเคิล", "eyeglass_frames")],
        [
            need("ซองแว่นจากวัสดุรีไซเคิล มี GRS ยิ่งดี", "pouch_recycled", waive=("GRS",)),
            need("ส่งม้วนผ้าไมโครของเราไปตัดเป็นผ้าเช็ดแว่น", "lens_cloth_cutting_service"),
            unmet(
                "เม็ดพลาสติกรีไซเคิลสำหรับฉีดกรอบแว่น",
                "recycled_plastic_pellets",
                "pellets: bottles and yarn are offered, pellets by no one",
            ),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        90,
        "en",
        SPORT,
        DOWN,
        "Bangkok",
        "Velo Bangkok",
        "shop@velobangkok.com",
        [("Road bikes, helmets and cycling glasses", "sports_retail")],
        [
            need("Sports retainer straps for cycling glasses", "sports_eyewear_strap"),
            need("Neoprene sleeves for sport glasses", "pouch_neoprene"),
        ],
    ),
    sme(
        91,
        "th",
        SPORT,
        DOWN,
        "Chiang Mai",
        "ร้านวิ่งเทรล ดอยสุเทพ",
        "doisuthep.trail@gmail.com",
        [("รองเท้าวิ่งเทรล เป้น้ำ", "sports_retail")],
        [need("ผ้าเช็ดแว่นไมโคร ขนาดพกพา ไม่เอาแบบสกรีนลาย", *PLAIN_CLOTHS)],
    ),
    sme(
        92,
        "en",
        SPORT,
        DOWN,
        "Krabi",
        "Ao Nang Dive Center",
        "dive@aonangdive.com",
        [("Dive trips and snorkel tours", "tour_service")],
        [
            need("Floating sunglass straps in bulk", "sports_eyewear_strap"),
            unmet("Anti-fog gel for dive masks", "antifog_gel", "chemicals: no one in the set makes them"),
        ],
    ),
    sme(
        93,
        "en",
        AL_C,
        DOWN,
        "Phuket",
        "Kata Wellness Spa Resort",
        "purchasing@katawellness.com",
        [("Old bed linen and towels for recycling", "used_textiles")],
        [need("Silk eye masks for guests", "sleep_mask_silk")],
    ),
    sme(
        94,
        "th",
        AL_C,
        DOWN,
        "Prachuap Khiri Khan",
        "โรงแรมริมหาด หัวหิน",
        "rimhaad.huahin@gmail.com",
        [],
        [
            need("ผ้าปิดตาสำหรับแขกที่เข้าพัก", *MASKS),
            unmet("ผ้าขนหนูโรงแรม ผ้าเช็ดตัว", "towels", "towels: no terry weaver in the set"),
        ],
    ),
    sme(
        95,
        "en",
        AL_C,
        DOWN,
        "Samut Prakan",
        "SkyKit Amenities",
        "sourcing@skykit-amenities.com",
        [],
        [
            need("Sleep masks, cotton or silk, OEKO-TEX required", *MASKS, req=("OEKO-TEX Standard 100",)),
            need("Recycled-fibre lens cloths", "recycled_lens_cloth"),
        ],
    ),
]


# ------------------------------------------------------------------ checks and output


class CheckError(Exception):
    pass


_ID = re.compile(rf"^{PREFIX}-\d{{3}}$")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
_LATIN_LETTER = re.compile("[A-Za-z]")


def _thai_share(text: str) -> float:
    thai = len(_THAI_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def _names_certification(text: str, cert: str) -> bool:
    """Whether `text` names `cert` at all (affirmed or waived)."""
    (entry,) = [c for c in CERTIFICATIONS if c.name == cert]
    key = re.sub(r"[\s\-.]+", "", unicodedata.normalize("NFKC", text).casefold())
    names = (entry.name, *entry.aliases, *entry.mentions, *entry.case_sensitive_mentions)
    return any(re.sub(r"[\s\-.]+", "", unicodedata.normalize("NFKC", n).casefold()) in key for n in names)


def qualified_suppliers(buyer: Sme, item: Need, profiles: list[Sme]) -> list[str]:
    wanted = set(item.labels)
    return [
        p.id
        for p in profiles
        if p.id != buyer.id and any(label in wanted for _, label in p.offers) and set(item.requires) <= p.held
    ]


def check(profiles: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [p.id for p in profiles]
    if ids != [f"{PREFIX}-{n:03d}" for n in range(1, N_PROFILES + 1)]:
        errors.append(f"ids must run {PREFIX}-001 .. {PREFIX}-{N_PROFILES:03d} in order, unique")
    offered: dict[str, set[str]] = {}
    for p in profiles:
        for _, label in p.offers:
            offered.setdefault(label, set()).add(p.id)
    for p in profiles:
        where = p.id
        if not _ID.match(p.id):
            errors.append(f"{where}: bad id")
        if p.language not in ("th", "en"):
            errors.append(f"{where}: bad language")
        if p.sub_cluster not in {s.value for s in SubCluster}:
            errors.append(f"{where}: bad sub_cluster")
        if p.stage not in {s.value for s in Stage}:
            errors.append(f"{where}: bad stage")
        if resolve_province(p.province) is None:
            errors.append(f"{where}: province {p.province!r} does not resolve")
        if not p.name.strip():
            errors.append(f"{where}: empty name")
        if not _EMAIL.match(p.email):
            errors.append(f"{where}: bad email {p.email!r}")
        for cert in p.certifications:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if len(set(p.held)) != len(p.certifications):
            errors.append(f"{where}: duplicate certification")
        for tag in p.bcg:
            if tag not in {b.value for b in BcgTag}:
                errors.append(f"{where}: bad bcg tag {tag!r}")
        if len(set(p.bcg)) != len(p.bcg):
            errors.append(f"{where}: duplicate bcg tag")
        if len(p.offers) > 3 or len(p.needs) > 3 or not (p.offers or p.needs):
            errors.append(f"{where}: wants 0-3 offers and 0-3 needs, not both empty")
        phrases = [p.name, *(t for t, _ in p.offers), *(n.text for n in p.needs)]
        if len({t.casefold() for t in phrases[1:]}) != len(phrases) - 1:
            errors.append(f"{where}: repeated phrase")
        for text in phrases:
            if not text.strip() or text != text.strip() or "  " in text:
                errors.append(f"{where}: untidy phrase {text!r}")
            if p.language == "th" and _thai_share(text) < 0.6:
                errors.append(f"{where}: Thai phrase is not mostly Thai letters: {text!r}")
            if p.language == "en" and not (text.isascii() and text.isprintable()):
                errors.append(f"{where}: English phrase has non-Latin characters: {text!r}")
        for text, label in p.offers:
            claimed = find_certifications(text)
            if not claimed <= p.held:
                errors.append(f"{where}: offer claims {sorted(claimed - p.held)} the SME does not hold: {text!r}")
            if not re.fullmatch(r"[a-z0-9_]+", label):
                errors.append(f"{where}: bad label {label!r}")
        for item in p.needs:
            named = find_certifications(item.text)
            if named != set(item.requires):
                errors.append(f"{where}: need {item.text!r} names {sorted(named)}, labelled {list(item.requires)}")
            for cert in item.waives:
                if cert in named or not _names_certification(item.text, cert):
                    errors.append(f"{where}: need {item.text!r} does not name {cert} only to waive it")
            for cert in (*item.requires, *item.waives):
                if cert not in {c.name for c in CERTIFICATIONS}:
                    errors.append(f"{where}: unknown certification {cert!r}")
            if item.met:
                if not item.labels or item.note:
                    errors.append(f"{where}: met need {item.text!r} needs labels and no note")
                for label in item.labels:
                    if not offered.get(label, set()) - {p.id}:
                        errors.append(f"{where}: label {label!r} of {item.text!r} is offered by no one else")
                if not qualified_suppliers(p, item, profiles):
                    errors.append(f"{where}: need {item.text!r} has no qualified supplier")
            else:
                if item.labels or item.requires or not item.note:
                    errors.append(f"{where}: unmet need {item.text!r} wants a note and no labels")
                if item.wants in offered:
                    errors.append(f"{where}: unmet need {item.text!r} is offered by {sorted(offered[item.wants])}")
    return errors


def true_links(profiles: list[Sme]) -> set[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in profiles:
        for item in buyer.needs:
            if item.met:
                links.update((s, buyer.id) for s in qualified_suppliers(buyer, item, profiles))
    return links


def counts(profiles: list[Sme], links: set[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {p.id: p for p in profiles}
    needs = [n for p in profiles for n in p.needs]
    met = [n for n in needs if n.met]
    thai = sum(p.language == "th" for p in profiles)
    th_en = sum(by_id[s].language == "th" and by_id[b].language == "en" for s, b in links)
    en_th = sum(by_id[s].language == "en" and by_id[b].language == "th" for s, b in links)
    cross = th_en + en_th
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(profiles))),
        ("Thai / English profiles", f"{thai} / {len(profiles) - thai}"),
    ]
    subs = Counter(p.sub_cluster for p in profiles)
    rows += [(f"sub-cluster `{s.value}`", str(subs[s.value])) for s in SubCluster]
    stages = Counter(p.stage for p in profiles)
    rows += [(f"stage `{s.value}`", str(stages[s.value])) for s in Stage]
    regions = Counter(resolve_province(p.province).region.value for p in profiles)  # type: ignore[union-attr]
    rows += [(f"region `{r}`", str(regions[r])) for r in ("north", "northeast", "central", "east", "west", "south")]
    rows += [
        ("distinct provinces", str(len({resolve_province(p.province).name_en for p in profiles}))),  # type: ignore[union-attr]
        ("offers", str(sum(len(p.offers) for p in profiles))),
        ("distinct offer labels", str(len({label for p in profiles for _, label in p.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        ("needs requiring a certification", str(sum(bool(n.requires) for n in needs))),
        ("needs waiving a certification", str(sum(bool(n.waives) for n in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.0%})"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[s].sub_cluster != by_id[b].sub_cluster for s, b in links)),
        ),
    ]
    return rows


def check_targets(profiles: list[Sme], links: set[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    by_id = {p.id: p for p in profiles}
    thai = sum(p.language == "th" for p in profiles) / len(profiles)
    if not 0.50 <= thai <= 0.60:
        errors.append(f"Thai share {thai:.0%} is not about 55 %")
    if not 160 <= len(links) <= 180:
        errors.append(f"{len(links)} true links, want 160-180")
    cross = sum(by_id[s].language != by_id[b].language for s, b in links)
    if links and not 0.40 <= cross / len(links) <= 0.60:
        errors.append(f"cross-language share {cross / len(links):.0%} is not about half")
    unmet_count = sum(not n.met for p in profiles for n in p.needs)
    if not 17 <= unmet_count <= 23:
        errors.append(f"{unmet_count} needs met by no one, want about 20")
    sizes = [len(qualified_suppliers(p, n, profiles)) for p in profiles for n in p.needs if n.met]
    if sizes and sum(1 <= k <= 3 for k in sizes) / len(sizes) < 0.7:
        errors.append("most met needs should have 1-3 qualified suppliers")
    if not any(k > 3 for k in sizes):
        errors.append("some met needs should have more than 3 qualified suppliers")
    return errors


def profile_json(p: Sme) -> str:
    record = {
        "id": p.id,
        "name": p.name,
        "sub_cluster": p.sub_cluster,
        "stage": p.stage,
        "province": p.province,
        "offers": [text for text, _ in p.offers],
        "needs": [n.text for n in p.needs],
        "certifications": list(p.certifications),
        "bcg": list(p.bcg),
        "contact_email": p.email,
        "language": p.language,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: set[tuple[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(links))
    return out.getvalue()


def counts_table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# `eval/blind_plain_eyewear/`: eyewear textiles, plain registry wording

A hand-labelled test set for the partner matcher. It measures how well the matcher finds the true
supplier-buyer pairs among {n} SME profiles whose wording it has never seen.

## What the set checks

The theme is eyewear textiles: glasses cases and pouches, microfibre lens cloths, sunglasses straps
and eyeglass cords, herbal eye compresses and sleep masks, and the optical shops, opticians, eye
hospitals, care homes, eyewear brands, sports shops, hotels and souvenir shops that buy them; plus the
ordinary upstream and midstream suppliers of the cluster (hemp and cotton fibre and yarn, recycled
PET, microfibre yarn and cloth, handwoven, indigo and batik cloth, dyeing, printing, cutting and
sewing for others, cords, tapes and trims).

Offers and needs are short phrases as an SME database stores them, about 55 % in Thai and the rest in
English. The same kind of goods is written in many ways (regional names such as ห้อม, ผ้าขิด,
ผ้าปาเต๊ะ; trade words and abbreviations such as CMT, rPET, MOQ, Ne 30/1; brand names; with and
without quantities, prices, sizes and places), and a need is worded differently from the offers that
meet it, often in the other language. The set includes hard but fair cases:

- a service versus the goods it works on (indigo dyeing of the customer's cloth versus indigo-dyed
  cloth; sewing, printing, embroidery, case covering and lens-cloth cutting for others versus the
  finished pouches, cases and cloths);
- waste and used goods versus new (offcuts, used PET bottles, used textiles, used spectacles versus
  cloth, yarn and refurbished or new glasses);
- raw versus processed (hemp bast, hemp yarn, hemp cloth, hemp pouch; PET bottles, rPET yarn, rPET
  microfibre, recycled lens cloth);
- finished goods described by their material or technique (a pouch of khit cloth is a pouch, not
  cloth);
- needs written as a wish, a bare noun phrase or a question, refusals ("no synthetic dyes",
  "ไม่เอาแบบสกรีนลาย"), needs that require a named certification and needs that name one only to
  waive it;
- needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the shared contracts (cluster profiles, JSONL version 1,
and the links CSV), `shared/taxonomy.py` with its data files, and the ruff settings of the project;
not the matcher, its glossary, its tests, other evaluation sets or the project's data. All profiles
and labels live in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels
that would meet it and the certifications its text requires, or is marked as met by no one with a
short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label
listed by one of the buyer's needs and the supplier's certifications hold every certification that
need requires. An SME is never linked to itself. Shared words play no part; quantities, prices and
places never decide a link; what changes what the thing is does. A waived certification is not
required.

Before writing, the script checks that ids are unique and well formed, that every contract field is
valid (provinces resolve with `resolve_province`, certifications with `resolve_certification`,
sub-cluster, stage and BCG tags are the taxonomy's values), that every label a need lists is offered
by someone other than the buyer, that every met need has a qualified supplier and every unmet one has
none, that a required or waived certification is named in the need's text, that Thai phrases are
mostly Thai letters and English ones Latin only, and the size targets. It writes nothing if a check
fails.

## Regenerate

From the repository root:

```
.venv/bin/python eval/blind_plain_eyewear/write.py
```

Two runs give identical bytes.

## Files

- `write.py`: the data, the labels, the checks and the writer.
- `profiles.jsonl`: {n} profiles in the contract's format, ids `{first}` to `{last}`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def build(profiles: list[Sme]) -> dict[str, str]:
    errors = check(profiles)
    links = true_links(profiles)
    errors += check_targets(profiles, links)
    if errors:
        raise CheckError("\n".join(errors))
    table = counts_table(counts(profiles, links))
    readme = README.format(n=len(profiles), first=profiles[0].id, last=profiles[-1].id, table=table)
    return {
        "profiles.jsonl": "".join(profile_json(p) + "\n" for p in profiles),
        "links.csv": links_csv(links),
        "README.md": readme,
    }


def main() -> int:
    try:
        files = build(PROFILES)
    except CheckError as error:
        print(f"checks failed, nothing written:\n{error}", file=sys.stderr)
        return 1
    if files != build(PROFILES):
        print("two builds differ, nothing written", file=sys.stderr)
        return 1
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(counts_table(counts(PROFILES, true_links(PROFILES))), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
