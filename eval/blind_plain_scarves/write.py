"""Write the hand-labelled evaluation set `eval/blind_plain_scarves/`.

Theme: scarves and shawls (silk, cotton, pashmina-style, pha khao ma, sabai, hijabs, neck gaiters,
bandanas, batik, printing, hemming, fringing, packaging) and the ordinary upstream and midstream
suppliers of the cluster. All data lives here; the labels never leave this file.

Run from the repository root:  .venv/bin/python eval/blind_plain_scarves/write.py
"""

from __future__ import annotations

import csv
import io
import json
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    LANGUAGES,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "bsf"
N_PROFILES = 95
LINKS_RANGE = (160, 180)
CROSS_SHARE_RANGE = (0.40, 0.60)
THAI_SHARE_RANGE = (0.50, 0.60)
UNMET_RANGE = (17, 23)

HNF = SubCluster.HEMP_NATURAL_FIBRE
CIR = SubCluster.CIRCULAR_TEXTILE
SPT = SubCluster.SPORTECH
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL
ALI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM
BIO = BcgTag.BIO
CIRC = BcgTag.CIRCULAR
GREEN = BcgTag.GREEN


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # the note when no one in the set meets the need


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    contact_email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[BcgTag, ...]


def N(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every `req`."""
    return Need(text, labels, req, waive)


def X(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need met by no one in the set; `labels`/`req` (optional) say what would have met it."""
    return Need(text, labels, req, (), note)


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
    bcg: tuple[BcgTag, ...] = (),
) -> None:
    SMES.append(
        Sme(
            f"{PREFIX}-{num:03d}",
            language,
            name,
            sub_cluster,
            stage,
            province,
            email,
            tuple(offers),
            tuple(needs),
            certs,
            bcg,
        )
    )


# ---------------------------------------------------------------- part 1: hemp & natural fibre (north)

sme(
    1,
    "th",
    "กลุ่มปลูกกัญชงบ้านห้วยน้ำริน",
    HNF,
    UP,
    "Tak",
    "huaynamrin.hemp@gmail.com",
    [
        ("เปลือกกัญชงลอกแล้ว ตากแห้ง ขายเป็นกิโล", "raw_hemp_fibre"),
        ("ด้ายกัญชงเข็นมือ เส้นเล็ก ไจละ 100 กรัม", "hemp_yarn"),
    ],
    [X("เครื่องลอกเปลือกกัญชง มือสองก็ได้", "machinery; nobody in the set sells equipment")],
    bcg=(BIO,),
)
sme(
    2,
    "en",
    "Doi Hemp Fibre Co., Ltd.",
    HNF,
    UP,
    "Chiang Mai",
    "sales@doihempfibre.co.th",
    [
        ("Degummed hemp fibre, 50 kg bale", "raw_hemp_fibre"),
        ("Hemp/cotton blend yarn Nm 20/2 on cones", "hemp_yarn"),
    ],
    [N("natural indigo for dyeing yarn in the hank", "indigo_dyestuff")],
    certs=("OCS",),
    bcg=(BIO, GREEN),
)
sme(
    3,
    "th",
    "กลุ่มทอผ้าใยกัญชงเขาค้อ",
    HNF,
    MID,
    "Phetchabun",
    "khaokho.weave@gmail.com",
    [
        ("ผ้าใยกัญชงทอกี่เอว หน้า 40 ซม.", "hemp_fabric"),
        ("เศษผ้ากัญชงจากการตัด ถุงละ 5 กก.", "hemp_offcuts"),
    ],
    [
        N("ใยกัญชงดิบ ยังไม่ปั่น", "raw_hemp_fibre"),
        X("ขี้ผึ้งแท้สำหรับเขียนเทียน", "batik wax; no one offers wax"),
    ],
    bcg=(BIO,),
)
sme(
    4,
    "en",
    "Mae Rim Hmong Batik Studio",
    HNF,
    MID,
    "Chiang Mai",
    "hello@maerimbatik.com",
    [
        ("Beeswax batik on hemp cloth, per metre", "batik_fabric"),
        ("Batik hemp scarf 50 x 180 cm", "batik_scarf"),
    ],
    [
        N("plain hemp cloth, undyed, narrow loom", "hemp_fabric"),
        N("Can someone indigo-dip our waxed panels? We send the cloth.", "indigo_dyeing_service"),
    ],
    certs=("OTOP",),
    bcg=(BIO,),
)
sme(
    5,
    "th",
    "ห้อมแพร่ ทุ่งโฮ้ง",
    HNF,
    MID,
    "Phrae",
    "hom.thunghong@gmail.com",
    [
        ("รับย้อมห้อม ผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service"),
        ("ผ้าฝ้ายย้อมห้อม ทอมือ พับละ 20 หลา", "indigo_dyed_cotton_fabric"),
    ],
    [N("เนื้อห้อมหมัก ห้อมเปียก", "indigo_dyestuff")],
    certs=("OTOP",),
    bcg=(BIO, GREEN),
)
sme(
    6,
    "th",
    "วิสาหกิจชุมชนครามบ้านดอนกอย",
    HNF,
    UP,
    "Sakon Nakhon",
    "donkoi.kram@gmail.com",
    [
        ("ครามเปียก กก.ละ 350 บาท", "indigo_dyestuff"),
        ("ฝ้ายเข็นมือ ยังไม่ย้อม", "handspun_cotton_yarn"),
    ],
    [],
    certs=("Organic Thailand",),
    bcg=(BIO,),
)
sme(
    7,
    "en",
    "Kram Indigo Dye House",
    HNF,
    MID,
    "Sakon Nakhon",
    "dye@kramhouse.co.th",
    [
        ("Indigo vat dyeing for cotton, silk, hemp - your fabric", "indigo_dyeing_service"),
        ("Indigo handloom cotton, 1 m wide, by the metre", "indigo_dyed_cotton_fabric"),
    ],
    [
        N("hand-spun cotton thread, natural white", "handspun_cotton_yarn"),
        N("Fermented indigo paste with Organic Thailand certificate", "indigo_dyestuff", req=("Organic Thailand",)),
    ],
    certs=("OTOP",),
    bcg=(BIO, GREEN),
)
sme(
    8,
    "th",
    "ร้านผ้าครามนาดี",
    HNF,
    DOWN,
    "Sakon Nakhon",
    "nadee.indigo@gmail.com",
    [
        ("ผ้าพันคอครามทอมือ ผืนละ 390", "indigo_scarf"),
        ("ผ้าคลุมไหล่ฝ้ายคราม ลายขิด", "indigo_scarf"),
        ("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "tote_bag"),
    ],
    [
        N("ผ้าครามเป็นม้วน ทอมือ", "indigo_dyed_cotton_fabric"),
        N("มีใครรับเย็บริมผ้าพันคอบ้างไหม", "rolled_hem_service"),
    ],
    certs=("OTOP",),
)
sme(
    9,
    "th",
    "ฝ้ายเข็นมือดอยสะเก็ด",
    HNF,
    UP,
    "Chiang Mai",
    "doisaket.cotton@gmail.com",
    [
        ("ฝ้ายเข็นมือ สีขาวนวล ไจละ 120 บาท", "handspun_cotton_yarn"),
        ("ปุยฝ้ายตุ่น ฝ้ายสีน้ำตาล", "raw_cotton_lint"),
    ],
    [],
    bcg=(BIO,),
)
sme(
    10,
    "en",
    "Loei Native Cotton Growers",
    HNF,
    UP,
    "Loei",
    "loeicotton@gmail.com",
    [("Ginned cotton lint, Thai native variety", "raw_cotton_lint")],
    [X("repair of an old roller gin", "repair service; no one offers it")],
    certs=("Organic Thailand",),
    bcg=(BIO,),
)
sme(
    11,
    "th",
    "กลุ่มทอผ้าฝ้ายแม่จัน",
    HNF,
    MID,
    "Chiang Rai",
    "maechan.weave@gmail.com",
    [
        ("ผ้าฝ้ายทอมือ หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
        ("ผ้าฝ้ายทอมือ ลายดอกพิกุล", "handwoven_cotton_fabric"),
    ],
    [
        N("ปุยฝ้ายพื้นเมือง", "raw_cotton_lint"),
        N("ด้ายฝ้ายโรงงาน เบอร์ 20/2 สีขาว", "cotton_yarn"),
    ],
)
sme(
    12,
    "th",
    "โรงปั่นด้ายลำพูน",
    HNF,
    UP,
    "Lamphun",
    "export@lamphunspinning.com",
    [
        ("ด้ายฝ้ายหวีเส้นคู่ พันหลอดโคน", "cotton_yarn"),
        ("ด้ายฝ้ายสีพร้อมทอ มีให้เลือก 40 สี", "dyed_cotton_yarn"),
        ("เส้นใยเรยอนปั่นเป็นด้าย เบอร์ 30", "viscose_yarn"),
    ],
    [X("ปุยฝ้ายอินทรีย์ที่ได้ GOTS", "no raw-cotton grower holds GOTS", "raw_cotton_lint", req=("GOTS",))],
    certs=("ISO 9001", "Better Cotton"),
)
sme(
    13,
    "th",
    "ผ้าพันคอกัญชง บ้านเฮมพ์",
    HNF,
    DOWN,
    "Chiang Mai",
    "baanhemp.cm@gmail.com",
    [
        ("ผ้าพันคอกัญชงทอมือ", "hemp_scarf"),
        ("ผ้าคลุมไหล่เฮมพ์ผสมฝ้าย", "hemp_scarf"),
    ],
    [
        N("ผ้าเฮมพ์ ทอกี่พื้นบ้าน ไม่ฟอกสี", "hemp_fabric"),
        N("กล่องใส่ผ้าพันคอ ทำจากกระดาษ", "scarf_gift_box"),
        X("รับถ่ายภาพสินค้าลงเว็บ", "photography; no one offers it"),
    ],
    bcg=(BIO, GREEN),
)
sme(
    14,
    "en",
    "Nimman Craft Boutique",
    HNF,
    DOWN,
    "Chiang Mai",
    "buy@nimmancraft.com",
    [("Consignment shelf space in Nimman", "retail_consignment")],
    [
        N("hemp scarves from hill-tribe villages", "hemp_scarf"),
        N("batik scarves", "batik_scarf"),
        N("Silk scarves with OTOP certification", "silk_scarf", req=("OTOP",)),
    ],
)
sme(
    15,
    "th",
    "สตูดิโอย้อมสีธรรมชาติแม่ริม",
    HNF,
    MID,
    "Chiang Mai",
    "maerim.naturaldye@gmail.com",
    [
        ("รับย้อมสีธรรมชาติ ครั่ง ฝาง แก่นขนุน", "natural_dyeing_service"),
        ("ไหมย้อมครั่ง ไจละ 100 กรัม", "natural_dyed_silk_yarn"),
    ],
    [
        N("เส้นไหมดิบ ยังไม่ลอกกาว", "raw_silk_yarn"),
        N("ครั่งดิบ เปลือกมะพูด", "natural_dye_material"),
    ],
    bcg=(BIO, GREEN),
)
sme(
    16,
    "en",
    "Lampang Dye Plants",
    HNF,
    UP,
    "Lampang",
    "lampangdyeplants@gmail.com",
    [
        ("Dried sticklac, sappan wood chips, mango bark", "natural_dye_material"),
        ("Indigo powder, plant extract, 1 kg tins", "indigo_dyestuff"),
    ],
    [],
    bcg=(BIO,),
)
sme(
    17,
    "th",
    "ร้านผ้าเมืองน่าน",
    HNF,
    DOWN,
    "Nan",
    "nanfabric.shop@gmail.com",
    [("ผ้าพันคอฝ้ายลายน้ำไหล", "cotton_scarf")],
    [
        N("อยากได้ผ้าฝ้ายเนื้อนุ่ม ทอกี่กระตุก", "handwoven_cotton_fabric"),
    ],
    certs=("OTOP",),
)
sme(
    18,
    "en",
    "Phrae Sewing Group",
    HNF,
    MID,
    "Phrae",
    "phraesewing@gmail.com",
    [
        ("Sewing for others: scarves, shawls, bandanas (CMT)", "sewing_service"),
        ("Hand-rolled hems on silk and chiffon", "rolled_hem_service"),
    ],
    [X("second-hand industrial overlocker", "machinery; nobody sells it")],
)
sme(
    19,
    "th",
    "กลุ่มเลี้ยงไหมอีรี่ปางมะผ้า",
    HNF,
    UP,
    "Mae Hong Son",
    "eri.pangmapha@gmail.com",
    [
        ("รังไหมอีรี่ เจาะแล้ว", "silk_cocoons"),
        ("ไหมอีรี่ปั่นมือ", "eri_spun_silk_yarn"),
    ],
    [],
    bcg=(BIO,),
)
sme(
    20,
    "en",
    "Golden Triangle Riverside Resort",
    HNF,
    DOWN,
    "Chiang Rai",
    "purchasing@gtriverside.com",
    [],
    [
        N("Welcome gifts: indigo handloom scarves, ~300 pcs a year", "indigo_scarf"),
        N("Pha khao ma for spa guests, OTOP not required", "pha_khao_ma", waive=("OTOP",)),
    ],
)

# ---------------------------------------------------------------- part 2: ageing lifestyle isan

sme(
    21,
    "th",
    "กลุ่มเลี้ยงไหมบ้านท่าสว่าง",
    ALI,
    UP,
    "Surin",
    "thasawang.silk@gmail.com",
    [
        ("ไหมน้อย ไหมพื้นบ้าน สาวมือ", "raw_silk_yarn"),
        ("รังไหมสด พันธุ์นางลาย", "silk_cocoons"),
    ],
    [],
    certs=("Thai Silk Peacock Emblem",),
    bcg=(BIO,),
)
sme(
    22,
    "th",
    "กลุ่มทอผ้าไหมโฮลสุรินทร์",
    ALI,
    MID,
    "Surin",
    "surin.holsilk@gmail.com",
    [
        ("ผ้าไหมมัดหมี่ ลายโบราณ ทอมือ", "mudmee_silk_fabric"),
        ("ผ้าพันคอไหมโฮล", "silk_scarf"),
        ("เศษผ้าไหมจากการตัดชุด", "silk_offcuts"),
    ],
    [
        N("ไหมย้อมสีแล้ว พร้อมทอ", "dyed_silk_yarn", "natural_dyed_silk_yarn"),
        N("เส้นยืนเส้นพุ่ง ไหมแท้ ยังไม่ย้อม", "raw_silk_yarn"),
    ],
    certs=("ตรานกยูงพระราชทาน",),
)
sme(
    23,
    "en",
    "Chonnabot Silk Weavers",
    ALI,
    MID,
    "Khon Kaen",
    "chonnabotsilk@gmail.com",
    [
        ("Mudmee ikat silk, 4 m lengths", "mudmee_silk_fabric"),
        ("Plain Thai silk yardage, 90 cm", "silk_fabric"),
    ],
    [
        N("Thai silk thread in the gum", "raw_silk_yarn"),
        N("plant dyeing of our silk hanks (lac, ebony)", "natural_dyeing_service"),
    ],
    certs=("Peacock Emblem", "OTOP"),
)
sme(
    24,
    "th",
    "ร้านผ้าพันคอไหมแพรไหมขอนแก่น",
    ALI,
    DOWN,
    "Khon Kaen",
    "praemai.kk@gmail.com",
    [
        ("ผ้าพันคอไหม ลายขิด", "silk_scarf"),
        ("สไบไหม ทอลายแพรวา", "sabai_shoulder_cloth"),
    ],
    [
        N("ผ้าไหมพื้นเรียบ สำหรับตัดผ้าพันคอ", "silk_fabric"),
        N("ช่างม้วนริมผ้าไหม", "rolled_hem_service"),
    ],
    certs=("OTOP", "Thai Silk Peacock Emblem"),
)
sme(
    25,
    "th",
    "กลุ่มแพรวาบ้านโพน",
    ALI,
    DOWN,
    "Kalasin",
    "baanphon.praewa@gmail.com",
    [
        ("ผ้าแพรวา ไหมแท้ ทอมือ", "sabai_shoulder_cloth"),
        ("ผ้าเบี่ยงภูไท", "sabai_shoulder_cloth"),
    ],
    [N("ไหมเส้นย้อมสีธรรมชาติ ไม่เอาสีเคมี", "natural_dyed_silk_yarn")],
    certs=("Thai Silk Peacock Emblem", "OTOP"),
)
sme(
    26,
    "en",
    "Korat Silk Reeling Co.",
    ALI,
    UP,
    "Nakhon Ratchasima",
    "sales@koratsilkreeling.com",
    [
        ("Reeled silk yarn 20/22 denier", "raw_silk_yarn"),
        ("Acid-dyed silk yarn, 60 colours", "dyed_silk_yarn"),
        ("Silk floss and noil (reeling waste)", "silk_waste"),
    ],
    [X("Fairtrade silk cocoons", "no cocoon grower holds Fairtrade", "silk_cocoons", req=("Fairtrade",))],
    certs=("ISO 9001",),
)
sme(
    27,
    "th",
    "กลุ่มทอผ้าฝ้ายบ้านลาดสมดี",
    ALI,
    MID,
    "Ubon Ratchathani",
    "ladsomdee.cotton@gmail.com",
    [
        ("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "pha_khao_ma"),
        ("ผ้าฝ้ายทอมือเป็นพับ", "handwoven_cotton_fabric"),
    ],
    [N("ฝ้ายเส้นโรงงาน สีขาว เบอร์ 20", "cotton_yarn")],
    certs=("OTOP",),
)
sme(
    28,
    "en",
    "Roi Et Pha Khao Ma Collective",
    ALI,
    DOWN,
    "Roi Et",
    "roietphakhaoma@gmail.com",
    [
        ("Pha khao ma, 5-colour check, 80 x 180 cm", "pha_khao_ma"),
        ("Narrow pha khao ma neck scarf 30 x 180 cm", "cotton_scarf"),
    ],
    [
        N("coloured cotton yarn on cones", "dyed_cotton_yarn"),
        N("hang tags and sewn-in brand labels", "brand_labels_tags"),
    ],
    certs=("OTOP",),
)
sme(
    29,
    "th",
    "ร้านของฝากเมืองอุดร",
    ALI,
    DOWN,
    "Udon Thani",
    "udon.souvenir@gmail.com",
    [],
    [
        N("ผ้าขาวม้า ของฝาก ราคาส่ง", "pha_khao_ma"),
        N("ผ้าพันคอย้อมคราม", "indigo_scarf"),
        N("ผ้าพันคอไหมที่มีตรานกยูง", "silk_scarf", req=("Thai Silk Peacock Emblem",)),
    ],
)
sme(
    30,
    "en",
    "Khon Kaen Senior Care Home",
    ALI,
    DOWN,
    "Khon Kaen",
    "admin@kkseniorcare.com",
    [],
    [
        N("Soft warm shawls for elderly residents, machine washable", "knitted_shawl", "pashmina_shawl"),
    ],
)
sme(
    31,
    "th",
    "ร้านรับเย็บผ้านครพนม",
    ALI,
    MID,
    "Nakhon Phanom",
    "nkp.sewing@gmail.com",
    [
        ("รับจ้างตัดเย็บตามแบบ ผ้าของลูกค้า", "sewing_service"),
    ],
    [],
)
sme(
    32,
    "th",
    "กลุ่มแม่บ้านฟั่นชายผ้า มหาสารคาม",
    ALI,
    MID,
    "Maha Sarakham",
    "sarakham.fringe@gmail.com",
    [
        ("ฟั่นชายครุยผ้าพันคอ ผืนละ 15 บาท", "fringing_service"),
        ("ผูกพู่ผ้าคลุมไหล่", "fringing_service"),
    ],
    [X("จ้างคนงานช่วยฟั่นชาย รายวัน", "labour hire; nobody offers workers")],
)
sme(
    33,
    "en",
    "Korat Grand Hotel & Convention",
    ALI,
    DOWN,
    "Nakhon Ratchasima",
    "procure@koratgrand.com",
    [],
    [
        N("Silk scarves as VIP gifts, Peacock Emblem required", "silk_scarf", req=("Thai Silk Peacock Emblem",)),
        N("sabai for staff at Thai night", "sabai_shoulder_cloth"),
    ],
)
sme(
    34,
    "th",
    "กลุ่มปลูกฝ้ายบ้านสวายสอ",
    ALI,
    UP,
    "Buriram",
    "swaiso.cotton@gmail.com",
    [
        ("ดอกฝ้ายอีดดิบ เมล็ดออกแล้ว", "raw_cotton_lint"),
    ],
    [],
    bcg=(BIO,),
)
sme(
    35,
    "th",
    "กลุ่มถักไหมพรมผู้สูงอายุยโสธร",
    ALI,
    DOWN,
    "Yasothon",
    "yaso.knit@gmail.com",
    [
        ("ผ้าคลุมไหล่ถักไหมพรม ผู้สูงอายุ", "knitted_shawl"),
        ("ผ้าพันคอถักมือ กันหนาว", "knitted_shawl"),
    ],
    [X("ไหมพรมอะคริลิก ก้อนละ 50 กรัม", "knitting yarn; no one offers it")],
)
sme(
    36,
    "en",
    "Chaiyaphum Silk Finishing",
    ALI,
    MID,
    "Chaiyaphum",
    "cyp.silkfinish@gmail.com",
    [
        ("Degumming and softening of customers' silk", "silk_finishing_service"),
        ("Fringe tying on silk shawls", "fringing_service"),
    ],
    [],
)
sme(
    37,
    "en",
    "Ubon Textile Museum Shop",
    ALI,
    DOWN,
    "Ubon Ratchathani",
    "shop@ubontextilemuseum.org",
    [],
    [
        N("replica heritage shoulder cloths (pha biang)", "sabai_shoulder_cloth"),
        N("Silk scarves dyed with plants only - no synthetic dye", "natural_dye_silk_scarf"),
        N("tote bags for the museum shop", "tote_bag"),
    ],
)
sme(
    38,
    "th",
    "ร้านส่งผ้าตลาดอินโดจีน",
    ALI,
    DOWN,
    "Mukdahan",
    "indochina.fabric@gmail.com",
    [],
    [
        N("ผ้าพันคอฝ้าย ขายส่ง เป็นโหล", "cotton_scarf"),
        N("ผ้าขะม้าลายสก๊อต ไม่ต้องมี OTOP", "pha_khao_ma", waive=("OTOP",)),
    ],
)
sme(
    39,
    "th",
    "กลุ่มผ้าไหมย้อมเปลือกไม้ศรีสะเกษ",
    ALI,
    DOWN,
    "Sisaket",
    "sisaket.barkdye@gmail.com",
    [
        ("ผ้าพันคอไหมย้อมเปลือกไม้", "natural_dye_silk_scarf"),
        ("ผ้าคลุมไหล่ไหม ย้อมมะเกลือ", "natural_dye_silk_scarf"),
    ],
    [N("ไหมน้อยไม่ฟอก", "raw_silk_yarn")],
    certs=("OTOP",),
    bcg=(BIO,),
)
sme(
    40,
    "en",
    "Isan Souvenir Kiosk, Udon Airport",
    ALI,
    DOWN,
    "Udon Thani",
    "kiosk@isansouvenir.com",
    [],
    [
        N("OTOP silk scarves", "silk_scarf", "natural_dye_silk_scarf", req=("OTOP",)),
    ],
)

# ---------------------------------------------------------------- part 3: ageing lifestyle central

sme(
    41,
    "en",
    "Bangkok Digital Print Lab",
    ALC,
    MID,
    "Bangkok",
    "print@bkkdigitalprint.com",
    [
        ("Digital printing on silk, chiffon, satin - your blanks or cloth", "scarf_printing_service"),
        ("Sublimation printing on polyester", "scarf_printing_service"),
    ],
    [
        N("white silk crepe de chine for printing", "silk_fabric"),
        N("PFP polyester georgette", "polyester_chiffon_fabric"),
    ],
    certs=("OEKO-TEX Standard 100",),
)
sme(
    42,
    "th",
    "โรงสกรีนผ้ามหาชัย",
    ALC,
    MID,
    "Samut Sakhon",
    "mahachai.screen@gmail.com",
    [
        ("สกรีนผ้าพันคอ บล็อกละ 800 บาท", "scarf_printing_service"),
        ("ผ้าพันคอพิมพ์ลาย ขายส่ง", "printed_scarf"),
    ],
    [N("ผ้าชีฟองขาว ยังไม่พิมพ์ ม้วนละ 50 หลา", "polyester_chiffon_fabric")],
)
sme(
    43,
    "en",
    "Pak Nam Textile Mill",
    CIR,
    MID,
    "Samut Prakan",
    "sales@paknamtextile.com",
    [
        ("Polyester chiffon and georgette, 150 cm, PFD", "polyester_chiffon_fabric"),
        ("Recycled polyester chiffon (GRS)", "polyester_chiffon_fabric"),
        ("Cutting and selvedge waste, polyester, by tonne", "polyester_offcuts"),
    ],
    [N("GRS certified rPET filament yarn, 75D", "recycled_polyester_yarn", req=("GRS",))],
    certs=("GRS", "OEKO-TEX Standard 100", "ISO 9001"),
)
sme(
    44,
    "th",
    "ร้านผ้ายืดโบ๊เบ๊",
    ALC,
    MID,
    "Bangkok",
    "bobae.knit@gmail.com",
    [
        ("ผ้ายืดเจอร์ซีย์ ฝ้ายออร์แกนิก", "jersey_knit_fabric"),
        ("ผ้าคอตตอนสแปนเด็กซ์ ขายเป็นกิโล", "jersey_knit_fabric"),
    ],
    [],
    certs=("GOTS",),
)
sme(
    45,
    "en",
    "Siam Department Store Buying Office",
    ALC,
    DOWN,
    "Bangkok",
    "buying@siamdept.co.th",
    [],
    [
        N("pashmina shawls, gift boxed", "pashmina_shawl"),
        N("Children's bandanas, OEKO-TEX Standard 100 certified", "bandana", req=("OEKO-TEX Standard 100",)),
    ],
)
sme(
    46,
    "th",
    "แบรนด์ผ้าพันคอ ลายไทยดีไซน์",
    ALC,
    DOWN,
    "Nonthaburi",
    "laithaidesign@gmail.com",
    [
        ("ผ้าพันคอซาตินพิมพ์ลายดิจิทัล", "printed_scarf"),
        ("ผ้าพันคอชีฟอง สีพื้น", "chiffon_scarf"),
        ("เศษผ้าซาตินไหมจากการตัด", "silk_offcuts"),
    ],
    [
        N("รับพิมพ์ลายลงผ้า ลูกค้าส่งไฟล์และผ้าเอง", "scarf_printing_service"),
        N("ช่างเย็บริมแบบม้วนมือ", "rolled_hem_service"),
        X("รับปักโลโก้บนผ้าพันคอ", "embroidery; no one offers it"),
    ],
)
sme(
    47,
    "en",
    "ThaiSky Airways Uniform Department",
    ALC,
    DOWN,
    "Samut Prakan",
    "uniforms@thaisky.aero",
    [],
    [
        N("Cabin crew scarves printed with corporate motif, 5,000 pcs", "printed_scarf"),
        N("travel shawls for business class, OEKO-TEX required", "pashmina_shawl", req=("OEKO-TEX Standard 100",)),
        N("ISO 9001 certified CMT partner for uniform accessories", "sewing_service", req=("ISO 9001",)),
    ],
)
sme(
    48,
    "th",
    "ร้านผ้าพาหุรัด",
    ALC,
    DOWN,
    "Bangkok",
    "phahurat.textile@gmail.com",
    [
        ("ผ้าพัชมีนา ผ้าคลุมไหล่ ราคาส่ง", "pashmina_shawl"),
        ("ผ้าพันคอชีฟอง โหลละ 240", "chiffon_scarf"),
    ],
    [
        X("ผ้าแคชเมียร์แท้ 100% จากแคชเมียร์", "genuine cashmere shawls; only pashmina-style offered"),
    ],
)
sme(
    49,
    "en",
    "Yarn Trading Bangkok",
    ALC,
    UP,
    "Bangkok",
    "info@yarntradingbkk.com",
    [
        ("Cashmere/wool blend yarn 2/48 Nm, imported", "cashmere_blend_yarn"),
        ("Viscose filament yarn 120D", "viscose_yarn"),
    ],
    [],
)
sme(
    50,
    "th",
    "โรงทอผ้าคลุมไหล่สามพราน",
    ALC,
    MID,
    "Nakhon Pathom",
    "sampran.shawl@gmail.com",
    [
        ("ผ้าคลุมไหล่สไตล์พัชมีนา ทอเครื่อง", "pashmina_shawl"),
        ("เศษด้ายและเศษผ้าจากโรงทอ", "mixed_textile_waste"),
    ],
    [
        N("เส้นด้ายขนแกะผสมแคชเมียร์", "cashmere_blend_yarn"),
        N("ด้ายวิสโคส", "viscose_yarn"),
        N("รับทำพู่ชายผ้า", "fringing_service"),
    ],
    certs=("OEKO-TEX Standard 100",),
)
sme(
    51,
    "en",
    "Ayutthaya Riverside Hotel",
    ALC,
    DOWN,
    "Phra Nakhon Si Ayutthaya",
    "gm@ayutriverside.com",
    [],
    [
        N("loincloths for the spa, 60 x 150 cm", "pha_khao_ma"),
        N("plant-dyed Thai silk scarves for turndown gifts", "natural_dye_silk_scarf"),
    ],
)
sme(
    52,
    "th",
    "ร้านค้าพิพิธภัณฑ์ผ้าในเมือง",
    ALC,
    DOWN,
    "Bangkok",
    "museumshop.textile@gmail.com",
    [],
    [
        N("ผ้าพันคอพิมพ์ลายผ้าโบราณ", "printed_scarf"),
        N("ผ้าไหมมัดหมี่ผืนเล็ก", "mudmee_silk_fabric"),
        N("กล่องของขวัญที่ได้ FSC", "scarf_gift_box", req=("FSC",)),
    ],
)
sme(
    53,
    "en",
    "BoxCraft Packaging",
    ALC,
    MID,
    "Pathum Thani",
    "sales@boxcraft.co.th",
    [
        ("Rigid boxes with magnetic lid, sized for scarves", "scarf_gift_box"),
        ("Printed tissue paper and seal stickers", "packaging_tissue"),
    ],
    [],
    certs=("FSC",),
)
sme(
    54,
    "th",
    "กระดาษสาบ่อสร้าง",
    HNF,
    MID,
    "Chiang Mai",
    "bosang.saa@gmail.com",
    [
        ("กล่องกระดาษสา ใส่ผ้าพันคอ", "scarf_gift_box"),
        ("ถุงกระดาษสา หูเชือก", "paper_gift_bag"),
    ],
    [],
    certs=("OTOP",),
    bcg=(BIO,),
)
sme(
    55,
    "th",
    "ป้ายทอยี่ห้อ ดาวคะนอง",
    ALC,
    MID,
    "Bangkok",
    "daokanong.label@gmail.com",
    [
        ("ป้ายทอยี่ห้อ ขั้นต่ำ 1,000 ชิ้น", "brand_labels_tags"),
        ("ป้ายห้อยสินค้า กระดาษอาร์ต", "brand_labels_tags"),
    ],
    [],
)
sme(
    56,
    "th",
    "ร้านเก็บริมผ้าปากเกร็ด",
    ALC,
    MID,
    "Nonthaburi",
    "pakkret.hem@gmail.com",
    [
        ("เย็บริมเล็ก เบบี้เฮม ผ้าชีฟอง จอร์เจ็ท", "rolled_hem_service"),
        ("ขมวดชายผ้าคลุมไหล่เป็นเกลียว", "fringing_service"),
        ("รับจ้างผลิต ตัดเย็บผ้าพันคอและของชิ้นเล็ก", "sewing_service"),
    ],
    [],
    certs=("ISO 9001:2015",),
)
sme(
    57,
    "th",
    "ร้านของที่ระลึกถนนข้าวสาร",
    ALC,
    DOWN,
    "Bangkok",
    "khaosan.gift@gmail.com",
    [],
    [
        N("ผ้าขะม้าลายไทย ของฝากนักท่องเที่ยว", "pha_khao_ma"),
        N("ผ้าพันคอไหมไทย ไม่จำเป็นต้องมีตรานกยูง", "silk_scarf", waive=("Thai Silk Peacock Emblem",)),
    ],
)
sme(
    58,
    "en",
    "Chatuchak Scarf Stall 27",
    ALC,
    DOWN,
    "Bangkok",
    "jj.scarf27@gmail.com",
    [],
    [
        N("hijabs in assorted colours", "hijab"),
        X("scarf display racks and hangers", "shop fittings; no one offers them"),
    ],
)
sme(
    59,
    "th",
    "บ้านพักผู้สูงอายุบางกรวย",
    ALC,
    DOWN,
    "Nonthaburi",
    "bangkruai.elderly@gmail.com",
    [],
    [
        N("ผ้าคลุมไหล่ถักนิตติ้ง เนื้อนุ่ม ซักเครื่องได้", "knitted_shawl"),
    ],
)
sme(
    60,
    "en",
    "Silver Years Lifestyle Shop",
    ALC,
    DOWN,
    "Bangkok",
    "hello@silveryears.shop",
    [],
    [
        X("neck scarf with a pocket for a hearing aid", "no such product in the set"),
    ],
)
sme(
    61,
    "th",
    "โรงทอผ้าขาวม้าโพธาราม",
    ALC,
    MID,
    "Ratchaburi",
    "photharam.weave@gmail.com",
    [
        ("ผ้าขาวม้าทอเครื่อง ลายไทยยวน", "pha_khao_ma"),
        ("ผ้าลายตาราง เป็นม้วน ทอเครื่อง", "cotton_check_fabric_roll"),
    ],
    [N("ด้ายฝ้ายย้อมสีสำเร็จ", "dyed_cotton_yarn")],
    certs=("OTOP",),
)
sme(
    62,
    "en",
    "Kao Ma Studio",
    ALC,
    DOWN,
    "Bangkok",
    "studio@kaomastudio.com",
    [
        ("Pha khao ma bandanas", "bandana"),
        ("Pha khao ma tote bag", "tote_bag"),
    ],
    [
        N("checked cotton cloth on the roll, Thai loom", "cotton_check_fabric_roll"),
        N("Sewing partner for small runs", "sewing_service"),
    ],
)

# ---------------------------------------------------------------- part 4: sportech

sme(
    63,
    "en",
    "EcoPET Yarn Rayong",
    SPT,
    UP,
    "Rayong",
    "sales@ecopetyarn.com",
    [
        ("rPET filament yarn 75D/150D from bottles", "recycled_polyester_yarn"),
        ("rPET staple fibre 1.4D", "recycled_polyester_fibre"),
    ],
    [],
    certs=("GRS",),
    bcg=(CIRC,),
)
sme(
    64,
    "th",
    "ด้ายรีไซเคิลชลบุรี",
    CIR,
    UP,
    "Chonburi",
    "chon.recycleyarn@gmail.com",
    [("เส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวดน้ำ", "recycled_polyester_yarn")],
    [X("ขวดเพ็ทใส อัดก้อน", "plastic bottles; no one in the set sells them")],
    bcg=(CIRC,),
)
sme(
    65,
    "en",
    "StretchKnit Co., Ltd.",
    SPT,
    MID,
    "Samut Prakan",
    "knit@stretchknit.co.th",
    [
        ("Microfibre spandex knit, 4-way stretch, UPF 50", "performance_knit_fabric"),
        ("Seamless tube blanks for neck gaiters, white", "neck_gaiter_blank"),
    ],
    [N("Recycled polyester yarn - GRS certificate a must", "recycled_polyester_yarn", req=("GRS",))],
    certs=("OEKO-TEX Standard 100", "GRS"),
)
sme(
    66,
    "th",
    "ร้านรับซับลิเมชั่น คลองหลวง",
    SPT,
    MID,
    "Pathum Thani",
    "klongluang.sub@gmail.com",
    [
        ("รับพิมพ์ซับลิเมชั่น ผ้าบัฟ เสื้อกีฬา", "scarf_printing_service"),
        ("ผ้าบัฟพิมพ์ลาย สั่งทำขั้นต่ำ 50 ผืน", "neck_gaiter"),
    ],
    [
        N("ผ้ากีฬาเนื้อยืด 4 ทาง", "performance_knit_fabric"),
        N("ปลอกท่อผ้าขาวเปล่า ยังไม่พิมพ์", "neck_gaiter_blank"),
    ],
)
sme(
    67,
    "en",
    "Doi Trail Runners Shop",
    SPT,
    DOWN,
    "Chiang Mai",
    "shop@doitrail.run",
    [],
    [
        N("tube bandanas (buffs) with our club logo", "neck_gaiter"),
        N("Anyone making cooling towels?", "cooling_towel"),
    ],
)
sme(
    68,
    "th",
    "ผ้าเย็นสมุทรสาคร",
    SPT,
    MID,
    "Samut Sakhon",
    "phayen.sakhon@gmail.com",
    [
        ("ผ้าเย็น ชุบน้ำแล้วเย็นนาน", "cooling_towel"),
        ("ผ้าโพกหัวซับเหงื่อ", "bandana"),
    ],
    [N("ผ้าไมโครไฟเบอร์ยืด", "performance_knit_fabric")],
    certs=("OEKO-TEX Standard 100",),
)
sme(
    69,
    "en",
    "Andaman Dive & Surf",
    SPT,
    DOWN,
    "Phuket",
    "store@andamandive.com",
    [],
    [
        N("UPF 50+ neck gaiters, OEKO-TEX nice to have", "neck_gaiter", waive=("OEKO-TEX Standard 100",)),
    ],
)
sme(
    70,
    "th",
    "ร้านอุปกรณ์วิ่งลาดพร้าว",
    SPT,
    DOWN,
    "Bangkok",
    "ladprao.run@gmail.com",
    [],
    [
        N("ผ้าบัฟกันแดด ขายปลีก", "neck_gaiter"),
    ],
)
sme(
    71,
    "en",
    "Functional Finish Lab",
    SPT,
    MID,
    "Chonburi",
    "lab@functionalfinish.co.th",
    [
        ("Anti-UV and wicking finish on customers' fabric", "functional_finishing_service"),
        ("Antibacterial finish, commission basis", "functional_finishing_service"),
    ],
    [],
    certs=("bluesign",),
)
sme(
    72,
    "en",
    "KoratBuff Co.",
    SPT,
    DOWN,
    "Nakhon Ratchasima",
    "sales@koratbuff.com",
    [
        ("Camo neck gaiters, wholesale", "neck_gaiter"),
        ("Neck gaiters from recycled plastic bottles", "neck_gaiter"),
    ],
    [
        N("Can you add a UV-block coating to cloth we send?", "functional_finishing_service"),
        N("GRS certified recycled stretch knit", "performance_knit_fabric", req=("GRS",)),
    ],
    certs=("GRS",),
    bcg=(CIRC,),
)
sme(
    73,
    "en",
    "Sport Fan Merch Bangkok",
    SPT,
    DOWN,
    "Bangkok",
    "orders@sportfanmerch.com",
    [],
    [
        X("knitted jacquard football scarves", "no one knits jacquard scarves"),
        N("sublimated bandanas, 500 pcs", "bandana"),
    ],
)
sme(
    74,
    "th",
    "โรงทอผ้าดิบบางพลี",
    ALC,
    MID,
    "Samut Prakan",
    "bangphli.greige@gmail.com",
    [
        ("ผ้าดิบฝ้าย 100% หน้า 44 นิ้ว", "cotton_greige_fabric"),
        ("เศษผ้าดิบ ขายเหมา", "cotton_offcuts"),
    ],
    [N("ฝ้ายโรงงาน ด้าย 30 ซิงเกิล", "cotton_yarn")],
)
sme(
    75,
    "en",
    "Bangkok Cycling Club",
    SPT,
    DOWN,
    "Bangkok",
    "club@bkkcycling.org",
    [],
    [
        N("tube scarves with club print, bluesign not needed", "neck_gaiter", waive=("bluesign",)),
        X("cycling arm sleeves", "no one makes arm sleeves"),
    ],
)
sme(
    76,
    "th",
    "ร้านอุปกรณ์กอล์ฟบางแสน",
    SPT,
    DOWN,
    "Chonburi",
    "bangsaen.golf@gmail.com",
    [],
    [N("ผ้าชุบน้ำเย็นสำหรับนักกอล์ฟ", "cooling_towel")],
)

# ---------------------------------------------------------------- part 5: circular textile

sme(
    77,
    "th",
    "รับซื้อเศษผ้ามหาชัย",
    CIR,
    UP,
    "Samut Sakhon",
    "mahachai.scrap@gmail.com",
    [
        ("เศษผ้าฝ้ายตัด คัดสีแล้ว", "cotton_offcuts"),
        ("เศษชีฟอง กิโลละ 10 บาท", "polyester_offcuts"),
    ],
    [
        N(
            "เศษผ้าจากโรงงานทุกชนิด",
            "cotton_offcuts",
            "polyester_offcuts",
            "hemp_offcuts",
            "silk_offcuts",
            "mixed_textile_waste",
        )
    ],
    bcg=(CIRC,),
)
sme(
    78,
    "en",
    "ReThread Recycling",
    CIR,
    UP,
    "Bangkok",
    "hello@rethread.co.th",
    [
        ("Shredded recycled cotton fibre, post-industrial", "recycled_cotton_fibre"),
        ("Sorted used garments, grade B", "used_clothing"),
    ],
    [N("white cotton cutting scraps", "cotton_offcuts")],
    certs=("GRS",),
    bcg=(CIRC,),
)
sme(
    79,
    "th",
    "อัพไซเคิลผ้าพันคอ เชียงใหม่",
    CIR,
    MID,
    "Chiang Mai",
    "upcycle.scarf.cm@gmail.com",
    [
        ("กระเป๋าจากผ้าพันคอเก่า", "upcycled_scarf_bag"),
        ("ผ้าพันคอปะติดจากเศษผ้าไหม", "patchwork_scarf"),
    ],
    [
        N("ผ้าพันคอมือสอง คัดแล้ว", "secondhand_scarves"),
        N("เศษผ้าไหม ชิ้นใหญ่", "silk_offcuts"),
    ],
    bcg=(CIRC,),
)
sme(
    80,
    "en",
    "Second Life Textiles",
    CIR,
    UP,
    "Bangkok",
    "info@secondlifetextiles.com",
    [
        ("Second-hand scarves and shawls, sorted by fibre", "secondhand_scarves"),
        ("Used saris and sarongs by the kilo", "used_clothing"),
    ],
    [X("warehouse space in Bangkok", "storage; no one offers it")],
    bcg=(CIRC,),
)
sme(
    81,
    "th",
    "ร้านวินเทจมือสอง จตุจักร",
    CIR,
    DOWN,
    "Bangkok",
    "vintage.jj@gmail.com",
    [("ผ้าพันคอวินเทจแบรนด์เนม มือสอง", "secondhand_scarves")],
    [N("ผ้าพันคอเก่า ขายเหมากิโล", "secondhand_scarves")],
    bcg=(CIRC,),
)
sme(
    82,
    "en",
    "Recycled Yarn Spinners",
    CIR,
    MID,
    "Nakhon Pathom",
    "sales@recycledyarn.co.th",
    [("Open-end recycled cotton yarn Ne 10", "recycled_cotton_yarn")],
    [
        N("post-industrial cotton fibre, shredded", "recycled_cotton_fibre"),
        X("Tencel lyocell staple fibre", "lyocell; no one offers it"),
    ],
    certs=("GRS",),
    bcg=(CIRC,),
)
sme(
    83,
    "th",
    "ผ้าพันคอรีไซเคิล ม่อนแจ่ม",
    CIR,
    DOWN,
    "Chiang Mai",
    "monjam.recycle@gmail.com",
    [("ผ้าพันคอทอจากด้ายรีไซเคิล", "recycled_cotton_scarf")],
    [N("ด้ายฝ้ายรีไซเคิล OE", "recycled_cotton_yarn")],
    bcg=(CIRC,),
)
sme(
    84,
    "en",
    "Green Hotel Group",
    CIR,
    DOWN,
    "Bangkok",
    "sustainability@greenhotelgroup.com",
    [],
    [
        N("staff uniform scarves made from recycled materials", "recycled_cotton_scarf", "patchwork_scarf"),
        N("GRS-certified recycled neck gaiters for the staff run", "neck_gaiter", req=("GRS",)),
        N("upcycled bags made from old scarves", "upcycled_scarf_bag"),
    ],
    bcg=(CIRC, GREEN),
)
sme(
    85,
    "th",
    "รับซื้อผ้าเก่าหาดใหญ่",
    CIR,
    UP,
    "Songkhla",
    "hatyai.usedcloth@gmail.com",
    [("เสื้อผ้ามือสอง เป็นกระสอบ", "used_clothing")],
    [N("รับซื้อผ้าคลุมผมเก่า ผ้าพันคอเก่า", "secondhand_scarves")],
    bcg=(CIRC,),
)

# ---------------------------------------------------------------- part 6: the south

sme(
    86,
    "th",
    "บาติกเขียนมือกระบี่",
    HNF,
    MID,
    "Krabi",
    "krabi.batik@gmail.com",
    [
        ("ผ้าบาติกเขียนมือ ขายเป็นหลา", "batik_fabric"),
        ("ผ้าพันคอบาติก ผ้าไหมอิตาลี", "batik_scarf"),
    ],
    [N("ผ้าฝ้ายขาว ยังไม่ย้อม สำหรับเขียนเทียน", "cotton_greige_fabric")],
    certs=("OTOP",),
)
sme(
    87,
    "en",
    "Old Town Batik House",
    HNF,
    DOWN,
    "Phuket",
    "shop@oldtownbatik.com",
    [("Hand-stamped batik sarongs", "batik_sarong")],
    [
        N("hand-drawn batik scarves", "batik_scarf"),
        N("wax-resist cloth by the yard", "batik_fabric"),
    ],
)
sme(
    88,
    "th",
    "ฮิญาบปัตตานี",
    ALC,
    DOWN,
    "Pattani",
    "pattani.hijab@gmail.com",
    [
        ("ฮิญาบผ้ายืด สวมสำเร็จ", "hijab"),
        ("ผ้าคลุมผมชีฟอง", "hijab"),
    ],
    [
        N("ผ้ายืดคอตตอน สำหรับตัดผ้าคลุม", "jersey_knit_fabric"),
        N("ผ้าชีฟองเนื้อทราย เป็นม้วน", "polyester_chiffon_fabric"),
    ],
)
sme(
    89,
    "en",
    "Yala Modest Wear",
    ALC,
    DOWN,
    "Yala",
    "info@yalamodest.com",
    [
        ("Instant hijabs, jersey, S-XL", "hijab"),
        ("Printed voile hijabs", "hijab"),
    ],
    [
        N("GOTS organic cotton jersey", "jersey_knit_fabric", req=("GOTS",)),
        N("printing on voile squares - we supply the cloth", "scarf_printing_service"),
    ],
)
sme(
    90,
    "th",
    "ร้านผ้าคลุมผมตากใบ",
    ALC,
    DOWN,
    "Narathiwat",
    "takbai.hijab@gmail.com",
    [],
    [
        N("ตุดงสำเร็จ ขายส่ง", "hijab"),
        N("ผ้าปาเต๊ะ", "batik_sarong"),
    ],
)
sme(
    91,
    "en",
    "Hat Yai Wholesale Stall",
    ALC,
    DOWN,
    "Songkhla",
    "hatyai.stall@gmail.com",
    [],
    [
        N("bawal square hijabs, wholesale", "hijab"),
        X("scarf pins and magnetic hijab clips", "accessories; no one offers them"),
    ],
)
sme(
    92,
    "th",
    "รับเย็บผ้าคลุมผมสงขลา",
    ALC,
    MID,
    "Songkhla",
    "songkhla.sew@gmail.com",
    [
        ("รับจ้างเย็บฮิญาบ ผ้าลูกค้า", "sewing_service"),
    ],
    [],
)
sme(
    93,
    "th",
    "อ่าวนาง บีช รีสอร์ท",
    HNF,
    DOWN,
    "Krabi",
    "purchasing@aonangbeach.com",
    [],
    [
        N("ผ้าโสร่งให้แขกใช้ริมสระ", "batik_sarong"),
        N("ผ้าพันคอบาติกวางขายในร้าน มี OTOP ก็ดี", "batik_scarf", waive=("OTOP",)),
    ],
)
sme(
    94,
    "th",
    "ร้านผ้าคลุมผมสุราษฎร์",
    ALC,
    DOWN,
    "Surat Thani",
    "surat.hijab@gmail.com",
    [],
    [X("ผ้าคลุมผมไหมแท้ มาตรฐาน GOTS", "no silk hijab maker holds GOTS", req=("GOTS",))],
)
sme(
    95,
    "en",
    "Nakhon Weaving Cooperative",
    HNF,
    MID,
    "Nakhon Si Thammarat",
    "nakhonweave@gmail.com",
    [
        ("Yok brocade silk shoulder cloths", "sabai_shoulder_cloth"),
    ],
    [N("dyed silk yarn, any colour", "dyed_silk_yarn", "natural_dyed_silk_yarn")],
    certs=("OTOP",),
)


# ---------------------------------------------------------------- checks, counts and output

CANONICAL = {c.name: c for c in CERTIFICATIONS}


def canon(cert: str) -> str:
    return resolve_certification(cert) or cert


def held(s: Sme) -> frozenset[str]:
    return frozenset(canon(c) for c in s.certifications)


def qualified(need: Need, buyer: Sme) -> list[Sme]:
    """Suppliers (never the buyer) with an offer label the need lists and every certification it requires."""
    wanted = set(need.labels)
    return [
        s
        for s in SMES
        if s.id != buyer.id and any(label in wanted for _, label in s.offers) and set(need.requires) <= held(s)
    ]


def compute_links() -> list[tuple[str, str]]:
    pairs = {(s.id, b.id) for b in SMES for need in b.needs if not need.unmet for s in qualified(need, b)}
    return sorted(pairs)


def thai_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha() or "\u0e00" <= ch <= "\u0e7f"]
    thai = [ch for ch in letters if "\u0e00" <= ch <= "\u0e7f"]
    return len(thai) / len(letters) if letters else 0.0


def latin_only(text: str) -> bool:
    return text.isascii() and all(not ch.isalpha() or unicodedata.name(ch).startswith("LATIN") for ch in text)


def mentions(cert: str, text: str) -> bool:
    c = CANONICAL[cert]
    folded = unicodedata.normalize("NFKC", text).casefold()
    names = (c.name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
    return any(unicodedata.normalize("NFKC", n).casefold() in folded for n in names)


def check() -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append("ids must run bsf-001 .. bsf-095 in order, each once")
    offered: dict[str, set[str]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)
    all_offer_texts = {t.casefold() for s in SMES for t, _ in s.offers}
    for s in SMES:
        where = s.id
        if s.language not in LANGUAGES:
            errors.append(f"{where}: bad language {s.language!r}")
        if not isinstance(s.sub_cluster, SubCluster) or not isinstance(s.stage, Stage):
            errors.append(f"{where}: sub-cluster or stage not from the taxonomy")
        if not all(isinstance(tag, BcgTag) for tag in s.bcg) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bad bcg tags")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} is not an English province name")
        for cert in s.certifications:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if len(held(s)) != len(s.certifications):
            errors.append(f"{where}: a certification is listed twice")
        if "@" not in s.contact_email or " " in s.contact_email or not s.contact_email.isascii():
            errors.append(f"{where}: bad email {s.contact_email!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        texts = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        for text in texts:
            if text != text.strip() or not text:
                errors.append(f"{where}: untrimmed or empty text {text!r}")
            if s.language == "th" and thai_share(text) < 0.6:
                errors.append(f"{where}: Thai text not mostly Thai: {text!r}")
            if s.language == "en" and not latin_only(text):
                errors.append(f"{where}: English text not Latin only: {text!r}")
        for text, label in s.offers:
            if not label or label != label.strip().lower() or " " in label:
                errors.append(f"{where}: bad label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= held(s):
                errors.append(f"{where}: offer {text!r} names certifications it does not hold: {claimed - held(s)}")
        for need in s.needs:
            what = f"{where}: need {need.text!r}"
            if need.text.casefold() in all_offer_texts:
                errors.append(f"{what} repeats an offer's wording")
            for cert in (*need.requires, *need.waives):
                if cert not in CANONICAL:
                    errors.append(f"{what}: {cert!r} is not a canonical certification name")
            found = find_certifications(need.text)
            if found != set(need.requires):
                errors.append(f"{what}: text names {sorted(found)}, labelled as requiring {list(need.requires)}")
            for cert in need.waives:
                if cert in found or cert in need.requires or not mentions(cert, need.text):
                    errors.append(f"{what}: waived {cert} must be named and negated in the text")
            suppliers = qualified(need, s)
            if need.unmet:
                if suppliers:
                    errors.append(f"{what} marked unmet but met by {[x.id for x in suppliers]}")
                continue
            if not need.labels:
                errors.append(f"{what} lists no labels")
            for label in need.labels:
                if not offered.get(label, set()) - {s.id}:
                    errors.append(f"{what}: label {label!r} is offered by no one else")
            if not suppliers:
                errors.append(f"{what}: no qualified supplier")
    errors += check_targets()
    return errors


def check_targets() -> list[str]:
    errors: list[str] = []
    stats = counts()
    if not LINKS_RANGE[0] <= stats["links"] <= LINKS_RANGE[1]:
        errors.append(f"{stats['links']} links, want {LINKS_RANGE}")
    if not CROSS_SHARE_RANGE[0] <= stats["cross_share"] <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {stats['cross_share']:.2f}, want {CROSS_SHARE_RANGE}")
    if not THAI_SHARE_RANGE[0] <= stats["thai"] / len(SMES) <= THAI_SHARE_RANGE[1]:
        errors.append(f"{stats['thai']} Thai profiles of {len(SMES)}, want share {THAI_SHARE_RANGE}")
    if not UNMET_RANGE[0] <= stats["needs_unmet"] <= UNMET_RANGE[1]:
        errors.append(f"{stats['needs_unmet']} unmet needs, want {UNMET_RANGE}")
    return errors


def counts() -> dict[str, int | float | Counter[str] | Counter[int]]:
    by_id = {s.id: s for s in SMES}
    links = compute_links()
    lang = {s.id: s.language for s in SMES}
    th_en = sum(1 for a, b in links if lang[a] == "th" and lang[b] == "en")
    en_th = sum(1 for a, b in links if lang[a] == "en" and lang[b] == "th")
    needs = [(s, n) for s in SMES for n in s.needs]
    met = [(s, n) for s, n in needs if not n.unmet]
    return {
        "profiles": len(SMES),
        "thai": sum(1 for s in SMES if s.language == "th"),
        "english": sum(1 for s in SMES if s.language == "en"),
        "sub_cluster": Counter(s.sub_cluster.value for s in SMES),
        "stage": Counter(s.stage.value for s in SMES),
        "region": Counter(r.region.value for s in SMES if (r := resolve_province(s.province))),
        "provinces": len({s.province for s in SMES}),
        "offers": sum(len(s.offers) for s in SMES),
        "offer_labels": len({label for s in SMES for _, label in s.offers}),
        "needs": len(needs),
        "needs_met": len(met),
        "needs_unmet": len(needs) - len(met),
        "needs_requiring": sum(1 for _, n in needs if n.requires),
        "needs_waiving": sum(1 for _, n in needs if n.waives),
        "suppliers_per_need": Counter(len(qualified(n, s)) for s, n in met),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross": th_en + en_th,
        "cross_share": (th_en + en_th) / len(links) if links else 0.0,
        "within": len(links) - th_en - en_th,
        "cross_sub_cluster": sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster),
    }


def counts_table() -> str:
    c = counts()
    rows: list[tuple[str, str]] = [
        ("profiles", str(c["profiles"])),
        ("Thai profiles", str(c["thai"])),
        ("English profiles", str(c["english"])),
    ]
    sub = c["sub_cluster"]
    stage = c["stage"]
    region = c["region"]
    assert isinstance(sub, Counter) and isinstance(stage, Counter) and isinstance(region, Counter)
    rows += [(f"sub-cluster `{k.value}`", str(sub[k.value])) for k in SubCluster]
    rows += [(f"stage `{k.value}`", str(stage[k.value])) for k in Stage]
    rows += [(f"region `{k}`", str(region[k])) for k in ("north", "northeast", "central", "east", "west", "south")]
    per_need = c["suppliers_per_need"]
    assert isinstance(per_need, Counter)
    spread = ", ".join(f"{k}: {per_need[k]}" for k in sorted(per_need))
    rows += [
        ("distinct provinces", str(c["provinces"])),
        ("offers", str(c["offers"])),
        ("distinct offer labels", str(c["offer_labels"])),
        ("needs", str(c["needs"])),
        ("needs met", str(c["needs_met"])),
        ("needs met by no one", str(c["needs_unmet"])),
        ("met needs by number of qualified suppliers", spread),
        ("needs requiring a certification", str(c["needs_requiring"])),
        ("needs waiving a certification", str(c["needs_waiving"])),
        ("true links", str(c["links"])),
        ("links Thai supplier -> English buyer", str(c["th_en"])),
        ("links English supplier -> Thai buyer", str(c["en_th"])),
        ("cross-language links", f"{c['cross']} ({c['cross_share']:.0%})"),
        ("within-language links", str(c["within"])),
        ("links between different sub-clusters", str(c["cross_sub_cluster"])),
    ]
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster.value,
        "stage": s.stage.value,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certifications),
        "bcg": [tag.value for tag in s.bcg],
        "contact_email": s.contact_email,
        "language": s.language,
    }
    return json.dumps(record, ensure_ascii=False)


README = """\
# eval/blind_plain_scarves

A hand-labelled evaluation set for partner matching: {profiles} SME profiles of the Health and Wellness
Economy textile cluster, themed on scarves and shawls (silk and cotton scarves, pashmina-style shawls,
pha khao ma, sabai and shoulder cloths, hijabs, neck gaiters, bandanas, batik and printed scarves, rolled
hems, fringing, scarf printing, packaging) and the buyers of them (souvenir shops, hotels, an airline,
museum shops, a department store, care homes, sports shops), together with the ordinary upstream and
midstream suppliers of fibre, yarn, cloth, dyeing and sewing.

## What it checks

How well a matcher finds the true supplier -> buyer pairs from plain registry wording it has never seen:
one short phrase per offer or need, in Thai (about 55 %) or English, with local and regional names
(ห้อม / คราม, ผ้าขะม้า, ตุดง, ผ้าปาเต๊ะ, ผ้าบัฟ, pha biang ...), trade words, quantities and prices. Needs are
worded differently from the offers that meet them, often in the other language. Hard cases: a service
versus the goods it works on (indigo dyeing of the customer's cloth versus indigo-dyed cloth, sewing for
others versus finished goods, printing on the customer's blanks versus printed scarves); waste and used
goods versus new; raw versus processed (cocoons, yarn, cloth, scarf); finished goods described by material,
colour or technique (an indigo cotton tote bag is a bag); needs written as a wish, a bare noun phrase or a
question; refusals ("no synthetic dye"); needs that require a named certification and needs that name one
only to waive it; and {unmet} needs that no one in the set meets.

## How it was written

By hand. The writer read only Section 1 of `CONTRACTS.md` (the profile and links formats),
`shared/taxonomy.py` with the files in `shared/taxonomy_data/`, and the `[tool.ruff]` section of
`pyproject.toml`; nothing else of the repository. All profiles, labels and notes live in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `raw_silk_yarn` versus `silk_waste`). Every
need either lists the offer labels that would meet it and the certifications its text requires, or is
marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some offer of the
supplier carries a label listed by one of the buyer's needs and the supplier's certifications hold every
certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link; what changes what the thing is does. A waived
certification ("OTOP not required", "ไม่ต้องมี OTOP", "OEKO-TEX nice to have") is not required.

Before writing, `write.py` checks that ids are unique and well formed, every contract field is valid
(provinces resolve with `resolve_province`, certifications with `resolve_certification`, sub-cluster,
stage and BCG values come from the taxonomy), every label a need lists is offered by someone other than
the buyer, every met need has a qualified supplier and every unmet one has none, the certifications a
need's text names are exactly the ones it requires, a waived certification is named but negated in the
text, Thai phrases are mostly Thai letters and English ones Latin only, and the size targets hold. It
renders everything twice and writes only if both renderings are identical and every check passes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_scarves/write.py

## Files

- `write.py` - all data and labels; checks, prints the counts and writes the files below.
- `profiles.jsonl` - {profiles} profiles, ids `{first}` ... `{last}`, cluster profiles JSONL version 1, no labels.
- `links.csv` - the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md` - this file.

## Counts

{table}"""


def render() -> dict[str, str]:
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(compute_links())
    stats = counts()
    readme = README.format(
        profiles=stats["profiles"],
        unmet=stats["needs_unmet"],
        first=SMES[0].id,
        last=SMES[-1].id,
        table=counts_table(),
    )
    return {"profiles.jsonl": profiles, "links.csv": buffer.getvalue(), "README.md": readme}


def main() -> int:
    errors = check()
    first, second = render(), render()
    if first != second:
        errors.append("two renderings differ")
    print(counts_table())
    if errors:
        print(f"{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  - {error}", file=sys.stderr)
        return 1
    for name, text in first.items():
        (HERE / name).write_bytes(text.encode("utf-8"))
    print(f"wrote {', '.join(first)} to {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
