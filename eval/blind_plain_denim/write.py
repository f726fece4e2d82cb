"""Write the hand-labelled denim evaluation set `eval/blind_plain_denim/`.

All the data lives here: 95 SME registry entries on the theme of denim and jeans, each offer with a
label saying what the thing is, each need with the labels that would meet it (and the certifications
its text requires), or marked as met by no one. The script checks the data, derives the true links and
writes `profiles.jsonl`, `links.csv` and `README.md`. It writes nothing if a check fails.

Run from the repository root: `.venv/bin/python eval/blind_plain_denim/write.py`.
"""

from __future__ import annotations

import json
import re
import sys
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
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "bdj"
N_PROFILES = 95
LINK_TARGET = (160, 180)
UNMET_TARGET = (17, 23)

HNF = SubCluster.HEMP_NATURAL_FIBRE.value
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
    text: str
    labels: tuple[str, ...]  # offer labels that meet it (for an unmet need: what would, if anyone qualified)
    requires: tuple[str, ...] = ()  # canonical certifications the text requires
    waives: tuple[str, ...] = ()  # certifications the text names only to waive
    unmet: str = ""  # why no one in the set meets it; empty for a met need


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, (), note)


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
) -> Sme:
    ident = f"{PREFIX}-{num:03d}"
    return Sme(ident, language, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg)


# ------------------------------------------------------------------ data, part 1: fibre, yarn, dyes, waste

PART_1 = [
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์บ้านนาด้วง",
        HNF,
        UP,
        "Loei",
        "naduang.cotton@gmail.com",
        [("ฝ้ายดอกอินทรีย์ ปลูกที่เลย ขายเป็นกิโล", "cotton_fibre")],
        [unmet("กระสอบป่านใส่ฝ้าย 300 ใบ", "no one offers jute sacks")],
        certs=("Organic Thailand",),
        bcg=(BIO,),
    ),
    sme(
        2,
        "en",
        "Chao Phraya Organic Cotton Co-op",
        HNF,
        UP,
        "Nakhon Sawan",
        "coop@cporganiccotton.co.th",
        [
            ("Organic cotton lint, saw-ginned, 200 kg bales", "cotton_fibre"),
            ("Heirloom cotton seed for planting", "cotton_seed"),
        ],
        [unmet("Used roller gin, small capacity", "no one sells ginning machinery")],
        certs=("GOTS", "OCS certified"),
        bcg=(BIO,),
    ),
    sme(
        3,
        "th",
        "กลุ่มปลูกกัญชงบ้านห้วยน้ำริน",
        HNF,
        UP,
        "Tak",
        "huaynamrin.hemp@gmail.com",
        [("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 5 กก.", "hemp_fibre")],
        [unmet("เมล็ดพันธุ์กัญชง มีใบอนุญาตถูกต้อง", "no one offers hemp seed")],
        bcg=(BIO,),
    ),
    sme(
        4,
        "en",
        "Doi Hemp Fibre Ltd.",
        HNF,
        UP,
        "Chiang Mai",
        "info@doihemp.com",
        [("Degummed hemp bast fibre", "hemp_fibre"), ("Wet-spun hemp yarn Nm 8 to Nm 16", "hemp_yarn")],
        [need("Raw hemp bark strips from hill-tribe growers", "hemp_fibre")],
        certs=("Organic Thailand",),
        bcg=(BIO, GREEN),
    ),
    sme(
        5,
        "th",
        "ป้าแสงด้ายกัญชงเข็นมือ",
        HNF,
        UP,
        "Chiang Rai",
        "paasaeng.hemp@gmail.com",
        [("ด้ายกัญชงเข็นมือ เส้นใหญ่ ขายเป็นไจ", "hemp_yarn")],
        [need("ใยกัญชงต้มแล้ว พร้อมเข็น", "hemp_fibre")],
        bcg=(BIO,),
    ),
    sme(
        6,
        "en",
        "Siam Ring Spinning Co., Ltd.",
        ALC,
        UP,
        "Samut Prakan",
        "sales@siamringspin.co.th",
        [
            ("Ring-spun cotton yarn Ne 7/1-16/1 for denim warp", "cotton_yarn"),
            ("Slub yarn for vintage-look denim", "cotton_yarn"),
        ],
        [
            unmet(
                "BCI cotton lint",
                "no raw-cotton seller in the set holds Better Cotton",
                "cotton_fibre",
                req=("Better Cotton",),
            ),
            need("Thai-grown cotton lint, GOTS not required", "cotton_fibre", waive=("GOTS",)),
        ],
        certs=("Better Cotton", "Oeko-Tex 100", "ISO 9001"),
    ),
    sme(
        7,
        "th",
        "โรงปั่นด้ายนครปฐมเท็กซ์",
        ALC,
        UP,
        "Nakhon Pathom",
        "npt.spinning@npttex.co.th",
        [
            ("ด้ายฝ้าย OE เบอร์ 10 สำหรับทอยีนส์", "cotton_yarn"),
            ("ด้ายคอร์สแปน ฝ้ายหุ้มสแปนเด็กซ์ 40D", "stretch_corespun_yarn"),
        ],
        [need("ปุยฝ้าย", "cotton_fibre")],
    ),
    sme(
        8,
        "th",
        "กลุ่มทอผ้าฝ้ายเข็นมือบ้านโพน",
        ALI,
        UP,
        "Kalasin",
        "banphon.weaving@gmail.com",
        [("ฝ้ายเข็นมือ สีขาวตุ่น ขายเป็นไจ", "handspun_cotton_yarn")],
        [need("ฝ้ายดอกพันธุ์พื้นเมือง ไม่ต้องมีตราเกษตรอินทรีย์", "cotton_fibre", waive=("Organic Thailand",))],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        9,
        "th",
        "บ้านฝ้ายเข็นเมืองน่าน",
        HNF,
        UP,
        "Nan",
        "nan.handspun@gmail.com",
        [("ฝ้ายเข็นมือ พันธุ์ตุ่ย สีธรรมชาติ ยังไม่ย้อม", "handspun_cotton_yarn")],
        [need("อยากได้ห้อมเปียกไว้ย้อมฝ้าย", "natural_indigo_dye")],
        bcg=(BIO,),
    ),
    sme(
        10,
        "en",
        "ReFibre Thailand Co., Ltd.",
        CIRC,
        UP,
        "Samut Sakhon",
        "hello@refibre.co.th",
        [
            ("Recycled cotton fibre opened from denim clips", "recycled_cotton_fibre"),
            ("Recycled cotton/PET blended yarn Ne 10", "recycled_cotton_yarn"),
        ],
        [need("Pre-consumer denim cutting scraps, sorted by shade", "denim_cutting_waste")],
        certs=("GRS", "RCS"),
        bcg=(CIRCULAR,),
    ),
    sme(
        11,
        "th",
        "โรงตีใยยีนส์อรัญ",
        CIRC,
        UP,
        "Sa Kaeo",
        "aran.fibre@gmail.com",
        [("ใยฝ้ายรีไซเคิล ตีจากยีนส์เก่า", "recycled_cotton_fibre")],
        [need("รับซื้อกางเกงยีนส์ใช้แล้ว เป็นกิโล", "used_jeans")],
        bcg=(CIRCULAR,),
    ),
    sme(
        12,
        "th",
        "บริษัท ด้ายหมุนเวียน จำกัด",
        CIRC,
        UP,
        "Chonburi",
        "contact@dayrecycle.co.th",
        [("ด้ายรีไซเคิลจากเศษยีนส์ ผสมโพลีเอสเตอร์", "recycled_cotton_yarn")],
        [need("ใยรีไซเคิล ต้องมี GRS", "recycled_cotton_fibre", req=("GRS",))],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        13,
        "en",
        "Eastern Stretch Yarns Co.",
        SPORT,
        UP,
        "Rayong",
        "sales@easternstretch.com",
        [
            ("Cotton/spandex core-spun yarn 16s+70D", "stretch_corespun_yarn"),
            ("Bare elastane yarn 40D", "elastane_yarn"),
        ],
        [unmet("Lyocell staple fibre", "no one offers lyocell")],
        certs=("OEKO-TEX Standard 100", "bluesign"),
    ),
    sme(
        14,
        "th",
        "ร้านมือสองโรงเกลือ เจ๊หน่อย",
        CIRC,
        UP,
        "Sa Kaeo",
        "jenoi.rongkluea@gmail.com",
        [("ยีนส์มือสองคละเกรด มัดกระสอบ 100 กก.", "used_jeans")],
        [],
        bcg=(CIRCULAR,),
    ),
    sme(
        15,
        "en",
        "Laem Chabang Used Clothing Import",
        CIRC,
        UP,
        "Chonburi",
        "trade@lcbusedclothing.com",
        [
            ("Used jeans by the bale, mixed brands, 45 kg", "used_jeans"),
            ("Vintage Levi's 501 picks, grade A", "vintage_jeans"),
        ],
        [],
        bcg=(CIRCULAR,),
    ),
    sme(
        16,
        "th",
        "ร้านยีนส์วินเทจริมแดง จตุจักร",
        ALC,
        DOWN,
        "Bangkok",
        "rimdaeng.vintage@gmail.com",
        [("ยีนส์วินเทจ ลีวายส์ 501 ริมแดง", "vintage_jeans")],
        [need("ยีนส์ยุค 90 คัดเกรด สภาพดี", "vintage_jeans"), need("ช่างปะเป้ายีนส์ ซ่อมรอยขาด", "jeans_repair_service")],
        bcg=(CIRCULAR,),
    ),
    sme(
        17,
        "th",
        "วิสาหกิจชุมชนครามบ้านดอนกอย",
        ALI,
        UP,
        "Sakon Nakhon",
        "donkoi.indigo@gmail.com",
        [
            ("ครามเปียก เนื้อครามจากต้นครามปลูกเอง", "natural_indigo_dye"),
            ("ฝ้ายเข็นมือย้อมครามธรรมชาติ เป็นไจ", "natural_indigo_yarn"),
        ],
        [need("ฝ้ายเข็นสีขาว ยังไม่ย้อม", "handspun_cotton_yarn")],
        certs=("Organic Thailand",),
        bcg=(BIO,),
    ),
    sme(
        18,
        "th",
        "กลุ่มปลูกห้อมทุ่งโฮ้ง",
        HNF,
        UP,
        "Phrae",
        "thunghong.hom@gmail.com",
        [("ห้อมเปียก ทำจากต้นห้อมเมืองแพร่", "natural_indigo_dye")],
        [unmet("กล้าต้นห้อม 2,000 ต้น", "no one offers indigo seedlings")],
        bcg=(BIO,),
    ),
    sme(
        19,
        "en",
        "DyeChem Supply Co., Ltd.",
        ALC,
        UP,
        "Samut Sakhon",
        "orders@dyechemsupply.co.th",
        [
            ("Synthetic indigo granules and 20% paste", "synthetic_indigo_dye"),
            ("Neutral cellulase enzyme for denim wash", "denim_washing_enzyme"),
        ],
        [],
        certs=("bluesign", "ISO 14001"),
    ),
    sme(
        20,
        "th",
        "หจก. ไทยพัมมิส",
        CIRC,
        UP,
        "Samut Prakan",
        "thaipumice@hotmail.com",
        [("หินภูเขาไฟสำหรับฟอกยีนส์ ขนาด 2-4 ซม.", "pumice_stone")],
        [],
    ),
]

# ------------------------------------------------------------------ data, part 2: trims, mills, dye houses, laundries
PART_2 = [
    sme(
        21,
        "en",
        "ThreadLine Trims Co.",
        ALC,
        MID,
        "Samut Prakan",
        "sales@threadlinetrims.com",
        [
            ("Poly-core denim sewing thread Tex 80, gold and orange", "sewing_thread"),
            ("Cotton twill pocketing, 45 in", "pocketing_fabric"),
        ],
        [],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        22,
        "th",
        "ร้านอะไหล่ยีนส์ สำเพ็ง",
        ALC,
        MID,
        "Bangkok",
        "sampeng.jeansparts@gmail.com",
        [("หมุดยีนส์ ทองแดง ทองเหลือง", "jeans_hardware"), ("กระดุมตอกยีนส์ 17 มม.", "jeans_hardware")],
        [unmet("เครื่องตอกกระดุมมือสอง", "no one sells machinery")],
    ),
    sme(
        23,
        "en",
        "MetalTrim Asia Co., Ltd.",
        SPORT,
        MID,
        "Chonburi",
        "info@metaltrimasia.com",
        [("Nickel-free tack buttons and rivets", "jeans_hardware"), ("No.5 brass metal zippers", "metal_zipper")],
        [unmet("Recycled brass wire, GRS", "no one offers metal wire", req=("GRS",))],
        certs=("ISO 9001",),
    ),
    sme(
        24,
        "th",
        "โรงงานป้ายหนังล้านนา",
        CIRC,
        MID,
        "Chiang Mai",
        "lanna.leatherlabel@gmail.com",
        [("ป้ายหนังแท้ ปั๊มโลโก้ ติดเอวยีนส์", "waistband_patch")],
        [unmet("เศษหนังวัวฟอกฝาด", "no one offers leather")],
    ),
    sme(
        25,
        "en",
        "LabelCraft Bangkok",
        ALC,
        MID,
        "Bangkok",
        "hello@labelcraftbkk.com",
        [("Jacron paper patches, laser engraved", "waistband_patch"), ("Woven labels and size tags", "woven_label")],
        [],
    ),
    sme(
        26,
        "th",
        "นนท์การทอ ป้ายทอ",
        ALC,
        MID,
        "Nonthaburi",
        "nonlabel@gmail.com",
        [("ป้ายทอ ป้ายไซส์ ขั้นต่ำ 1,000 ชิ้น", "woven_label"), ("ป้ายหนัง PU ติดหลังกางเกง", "waistband_patch")],
        [],
    ),
    sme(
        27,
        "en",
        "Bangplee Denim Mills",
        ALC,
        MID,
        "Samut Prakan",
        "export@bangpleedenim.co.th",
        [
            ("Rigid denim 12-14.5 oz, rope dyed", "denim_fabric"),
            ("Power stretch denim 10 oz, 2% elastane", "stretch_denim_fabric"),
        ],
        [
            need("OE cotton yarn Ne 7, OEKO-TEX", "cotton_yarn", req=("OEKO-TEX Standard 100",)),
            need("Synthetic indigo", "synthetic_indigo_dye"),
        ],
        certs=("OEKO-TEX Standard 100", "ISO 9001", "ISO 14001"),
    ),
    sme(
        28,
        "th",
        "โรงทอผ้ายีนส์สามพราน",
        ALC,
        MID,
        "Nakhon Pathom",
        "sampran.denim@gmail.com",
        [
            ("ผ้ายีนส์ 11 ออนซ์ หน้ากว้าง 58 นิ้ว", "denim_fabric"),
            ("รับทอผ้ายีนส์จากด้ายของลูกค้า", "denim_weaving_service"),
        ],
        [
            need("ด้ายยืนย้อมครามแบบเชือก พร้อมขึ้นกี่", "indigo_dyed_yarn"),
            need("จ้างย้อมด้ายยืนสีคราม ส่งด้ายเอง", "indigo_yarn_dyeing_service"),
        ],
    ),
    sme(
        29,
        "en",
        "Prachin Performance Denim",
        SPORT,
        MID,
        "Prachinburi",
        "sales@prachindenim.com",
        [
            ("Stretch denim with T400 for sport jeans", "stretch_denim_fabric"),
            ("Indigo knit denim, French terry back", "knit_denim_fabric"),
        ],
        [
            need("Spandex core yarn", "stretch_corespun_yarn"),
            need("bluesign approved indigo dyestuff", "synthetic_indigo_dye", req=("bluesign",)),
        ],
        certs=("OEKO-TEX Standard 100", "bluesign"),
        bcg=(GREEN,),
    ),
    sme(
        30,
        "th",
        "โรงทอกี่กระตุกสันกำแพง",
        HNF,
        MID,
        "Chiang Mai",
        "sankamphaeng.loom@gmail.com",
        [
            ("ผ้ายีนส์ริมแดง ทอกี่กระตุก หน้าแคบ", "selvedge_denim_fabric"),
            ("รับทอผ้ายีนส์ตามสั่ง ใช้ด้ายของลูกค้า", "denim_weaving_service"),
        ],
        [need("ด้ายย้อมครามแท้ ไม่เอาสีสังเคราะห์", "natural_indigo_yarn")],
        bcg=(BIO,),
    ),
    sme(
        31,
        "en",
        "Isan Selvedge Works",
        ALI,
        MID,
        "Khon Kaen",
        "studio@isanselvedge.com",
        [
            ("Natural-indigo selvedge denim, 13 oz", "selvedge_denim_fabric"),
            ("Cone yarn dyed in natural indigo vats", "natural_indigo_yarn"),
        ],
        [need("100% cotton yarn, no poly blend", "cotton_yarn")],
        bcg=(BIO,),
    ),
    sme(
        32,
        "th",
        "บริษัท มหาชัยเดนิม จำกัด",
        SPORT,
        MID,
        "Samut Sakhon",
        "sales@mahachaidenim.co.th",
        [("ผ้ายีนส์ยืด สแปนเด็กซ์ 2%", "stretch_denim_fabric"), ("ผ้ายีนส์ดำ ย้อมซัลเฟอร์", "denim_fabric")],
        [need("ด้ายคอร์สแปน มีไลครา", "stretch_corespun_yarn")],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        33,
        "en",
        "Lanna Hemp Denim Co.",
        HNF,
        MID,
        "Chiang Mai",
        "mill@lannahempdenim.com",
        [("Hemp-cotton denim 55/45, 12 oz", "hemp_denim_fabric")],
        [
            need("Long-line hemp yarn", "hemp_yarn"),
            unmet("Organic cotton yarn with OCS", "no spinner in the set holds OCS", "cotton_yarn", req=("OCS",)),
        ],
        certs=("OCS",),
        bcg=(BIO, GREEN),
    ),
    sme(
        34,
        "th",
        "กลุ่มทอผ้าครามบ้านนาดี",
        ALI,
        MID,
        "Sakon Nakhon",
        "nadee.khram@gmail.com",
        [
            ("ผ้าฝ้ายทอมือย้อมครามธรรมชาติ", "handwoven_indigo_cotton_fabric"),
            ("ผ้าครามมัดหมี่ ลายโบราณ", "handwoven_indigo_cotton_fabric"),
        ],
        [need("ครามเปียกเกรดดี", "natural_indigo_dye")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        35,
        "th",
        "กลุ่มผ้าครามหนองสูง",
        ALI,
        MID,
        "Udon Thani",
        "nongsung.khram@gmail.com",
        [("ผ้าฝ้ายย้อมคราม ทอมือ ลายขิด", "handwoven_indigo_cotton_fabric")],
        [],
        bcg=(BIO,),
    ),
    sme(
        36,
        "en",
        "Phrae Mor Hom Weavers",
        HNF,
        MID,
        "Phrae",
        "weavers@phraemorhom.com",
        [("Handwoven cotton cloth dyed in hom indigo", "handwoven_indigo_cotton_fabric")],
        [need("Hom (Strobilanthes) indigo paste", "natural_indigo_dye")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        37,
        "en",
        "Mahachai Rope Dyeing Co.",
        ALC,
        MID,
        "Samut Sakhon",
        "planning@mahachairope.co.th",
        [
            ("Rope indigo dyeing of your warp yarn", "indigo_yarn_dyeing_service"),
            ("Slasher-dyed indigo warp beams", "indigo_dyed_yarn"),
        ],
        [
            need("Indigo dyestuff, 20% paste", "synthetic_indigo_dye"),
            unmet("Sodium hydrosulphite", "no one offers reducing agents"),
        ],
        certs=("ISO 9001", "OEKO-TEX Standard 100"),
    ),
    sme(
        38,
        "th",
        "โรงย้อมด้ายคลองหลวง",
        ALC,
        MID,
        "Pathum Thani",
        "khlongluang.dye@gmail.com",
        [("รับย้อมครามเส้นด้ายแบบสแลชเชอร์", "indigo_yarn_dyeing_service")],
        [need("สีครามผงสังเคราะห์", "synthetic_indigo_dye")],
    ),
    sme(
        39,
        "th",
        "บ้านครามสกล รับย้อม",
        ALI,
        MID,
        "Sakon Nakhon",
        "baankhram.sakon@gmail.com",
        [("รับย้อมครามธรรมชาติ ผ้าและเสื้อของลูกค้า", "indigo_dyeing_service")],
        [unmet("เสื้อยืดฝ้ายสีขาว ยังไม่ย้อม", "no one offers blank white T-shirts")],
        bcg=(BIO,),
    ),
    sme(
        40,
        "en",
        "Indigo Studio Chiang Mai",
        HNF,
        MID,
        "Chiang Mai",
        "studio@indigocm.com",
        [
            ("Natural indigo dip-dyeing for your garments, min 20 pcs", "indigo_dyeing_service"),
            ("Shibori and indigo workshops", "dye_workshop"),
        ],
        [need("Indigo paste, natural only - no synthetic", "natural_indigo_dye")],
        bcg=(BIO,),
    ),
    sme(
        41,
        "th",
        "โรงย้อมมหาชัยคัลเลอร์",
        CIRC,
        MID,
        "Samut Sakhon",
        "mahachaicolour@gmail.com",
        [("รับย้อมผ้าผืนตามสั่ง สีรีแอคทีฟ", "fabric_dyeing_service"), ("รับย้อมทับยีนส์เก่าเป็นสีดำ", "garment_dyeing_service")],
        [],
        certs=("ISO 14001",),
    ),
    sme(
        42,
        "th",
        "ร้านฟอกยีนส์บางบอน",
        ALC,
        MID,
        "Bangkok",
        "bangbon.wash@gmail.com",
        [("รับฟอกยีนส์ ฟอกหิน ฟอกเอนไซม์", "garment_washing_service")],
        [need("หินพัมมิส", "pumice_stone"), need("มีใครขายเอนไซม์ฟอกยีนส์บ้างไหม", "denim_washing_enzyme")],
    ),
    sme(
        43,
        "en",
        "BlueWash Industrial Laundry",
        SPORT,
        MID,
        "Samut Sakhon",
        "ops@bluewash.co.th",
        [
            ("Stone, enzyme and bleach wash for denim garments", "garment_washing_service"),
            ("Laser whiskering and ozone fading", "laser_finishing_service"),
        ],
        [
            need("Cellulase enzyme, bluesign", "denim_washing_enzyme", req=("bluesign",)),
        ],
        certs=("ISO 14001",),
        bcg=(GREEN,),
    ),
    sme(
        44,
        "th",
        "โรงซักฟอกยีนส์ไร่ขิง",
        ALC,
        MID,
        "Nakhon Pathom",
        "raikhing.wash@gmail.com",
        [("รับฟอกยีนส์ ฟอกซีด ฟอกขาว", "garment_washing_service")],
        [unmet("ด่างทับทิม สำหรับสเปรย์ยีนส์", "no one offers permanganate")],
    ),
    sme(
        45,
        "en",
        "LaserFade Co.",
        SPORT,
        MID,
        "Pathum Thani",
        "jobs@laserfade.co",
        [("Laser engraving on denim, logos and fades", "laser_finishing_service")],
        [],
    ),
    sme(
        46,
        "th",
        "ร้านรับเย็บยีนส์ พี่ตุ๋ย",
        ALC,
        MID,
        "Bangkok",
        "pituy.sewing@gmail.com",
        [("รับเย็บกางเกงยีนส์ ตัดและเย็บครบ", "jeans_cmt_service"), ("เศษผ้ายีนส์จากการตัด", "denim_cutting_waste")],
        [need("ด้ายเย็บยีนส์ สีทอง", "sewing_thread")],
    ),
    sme(
        47,
        "en",
        "Mae Sot Garment Co., Ltd.",
        ALC,
        MID,
        "Tak",
        "merch@maesotgarment.com",
        [
            ("Jeans CMT, 5,000 pcs/month", "jeans_cmt_service"),
            ("Denim cutting scraps, 2 tons/month", "denim_cutting_waste"),
        ],
        [need("Pocketing fabric", "pocketing_fabric"), need("Metal zippers", "metal_zipper")],
        certs=("SA8000", "ISO 9001"),
    ),
    sme(
        48,
        "th",
        "กลุ่มแม่บ้านรับจ้างเย็บผ้าบ้านทุ่ม",
        ALI,
        MID,
        "Khon Kaen",
        "banthum.sewing@gmail.com",
        [("รับจ้างเย็บกางเกงยีนส์", "jeans_cmt_service"), ("รับเย็บชุดพนักงาน เสื้อผ้าทั่วไป", "garment_sewing_service")],
        [],
    ),
    sme(
        49,
        "th",
        "นนท์ยูนิฟอร์ม",
        ALC,
        MID,
        "Nonthaburi",
        "nonuniform@gmail.com",
        [("รับตัดเย็บชุดพนักงาน ผ้ากันเปื้อน", "garment_sewing_service"), ("ชุดช่างผ้ายีนส์ สำเร็จรูป", "denim_workwear")],
        [need("ผ้าคอตตอนทวิล", "cotton_fabric")],
    ),
    sme(
        50,
        "th",
        "ร้านซ่อมยีนส์ประตูน้ำ",
        ALC,
        DOWN,
        "Bangkok",
        "pratunam.repair@gmail.com",
        [("รับซ่อมยีนส์ ปะเป้า เปลี่ยนซิป", "jeans_repair_service")],
        [need("ซิปทองเหลือง", "metal_zipper"), need("เศษผ้ายีนส์ไว้ปะ", "denim_cutting_waste")],
        bcg=(CIRCULAR,),
    ),
]

# ------------------------------------------------------------------ data, part 3: brands, makers, shops, buyers
PART_3 = [
    sme(
        51,
        "en",
        "Sashiko Mending Chiang Mai",
        ALC,
        DOWN,
        "Chiang Mai",
        "mend@sashikocm.com",
        [("Sashiko jeans repair, hand stitched", "jeans_repair_service")],
        [
            need("Small cuts of handwoven indigo cotton", "handwoven_indigo_cotton_fabric"),
            unmet("Sashiko thread", "no one offers sashiko thread"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        52,
        "en",
        "Krungthep Denim Co.",
        ALC,
        DOWN,
        "Bangkok",
        "studio@krungthepdenim.com",
        [
            ("Men's slim jeans, own label", "jeans"),
            ("Denim trucker jacket", "denim_jacket"),
            ("Denim work shirts for staff uniforms", "denim_workwear"),
        ],
        [
            need("Stretch denim 10-11 oz", "stretch_denim_fabric"),
            need("Jeans sewing subcontractor", "jeans_cmt_service"),
        ],
    ),
    sme(
        53,
        "th",
        "แบรนด์ยีนส์สยามบลู",
        ALC,
        DOWN,
        "Bangkok",
        "siamblue.jeans@gmail.com",
        [("กางเกงยีนส์แบรนด์ไทย ทรงกระบอกเล็ก", "jeans")],
        [
            need("ผ้ายีนส์ผ่าน OEKO-TEX", "denim_fabric", "stretch_denim_fabric", req=("OEKO-TEX Standard 100",)),
            need("ป้ายหนังติดเอว", "waistband_patch"),
        ],
    ),
    sme(
        54,
        "en",
        "Raw Thread Selvedge Jeans",
        HNF,
        DOWN,
        "Chiang Mai",
        "hi@rawthread.co",
        [("Raw selvedge jeans, handmade, unwashed", "selvedge_jeans")],
        [
            need("Shuttle-loom selvedge denim", "selvedge_denim_fabric"),
            need("Copper rivets and donut buttons", "jeans_hardware"),
        ],
    ),
    sme(
        55,
        "th",
        "เฮมพ์ยีนส์เชียงราย",
        HNF,
        DOWN,
        "Chiang Rai",
        "hempjeans.cr@gmail.com",
        [("กางเกงยีนส์ใยกัญชง", "hemp_jeans")],
        [need("ผ้ายีนส์กัญชงผสมฝ้าย", "hemp_denim_fabric")],
        bcg=(BIO,),
    ),
    sme(
        56,
        "th",
        "ยีนส์ใส่สบาย วัยเก๋า",
        ALC,
        DOWN,
        "Nonthaburi",
        "waikao.jeans@gmail.com",
        [("ยีนส์เอวยางยืด ใส่ง่าย สำหรับผู้สูงวัย", "adaptive_jeans")],
        [
            need("ผ้ายีนส์ยืดเนื้อนุ่ม", "stretch_denim_fabric"),
            unmet("กระดุมแม่เหล็กสำหรับเป้ากางเกง", "no one offers magnetic closures"),
        ],
    ),
    sme(
        57,
        "en",
        "Easy Denim for Seniors",
        ALI,
        DOWN,
        "Khon Kaen",
        "care@easydenim.co.th",
        [("Pull-on jeans for older people, elastic waist", "adaptive_jeans")],
        [
            need(
                "Soft denim by the roll, OEKO-TEX not required",
                "denim_fabric",
                "stretch_denim_fabric",
                waive=("OEKO-TEX Standard 100",),
            ),
        ],
    ),
    sme(
        58,
        "th",
        "แจ็คเก็ตยีนส์บางพลี",
        ALC,
        DOWN,
        "Samut Prakan",
        "bangplee.jacket@gmail.com",
        [("แจ็คเก็ตยีนส์ ทรงโอเวอร์ไซส์", "denim_jacket")],
        [need("หาโรงฟอกยีนส์", "garment_washing_service"), need("ยิงเลเซอร์ลายหนวดแมว", "laser_finishing_service")],
    ),
    sme(
        59,
        "th",
        "รียีนส์ กระเป๋าจากยีนส์เก่า",
        CIRC,
        DOWN,
        "Bangkok",
        "rejeans.bag@gmail.com",
        [("กระเป๋าเป้จากยีนส์เก่า", "upcycled_denim_bag")],
        [need("ซิปโลหะ", "metal_zipper")],
        bcg=(CIRCULAR,),
    ),
    sme(
        60,
        "en",
        "Second Denim Life",
        CIRC,
        DOWN,
        "Chiang Mai",
        "hello@seconddenimlife.com",
        [("Upcycled denim backpacks and pouches", "upcycled_denim_bag")],
        [need("Old jeans in bulk", "used_jeans")],
        bcg=(CIRCULAR,),
    ),
    sme(
        61,
        "th",
        "กลุ่มแม่บ้านกระเป๋ายีนส์บ้านฝาง",
        ALI,
        DOWN,
        "Khon Kaen",
        "banfang.bag@gmail.com",
        [("กระเป๋าผ้ายีนส์เก่า ฝีมือแม่บ้าน", "upcycled_denim_bag")],
        [need("เศษผ้ายีนส์จากโรงงาน", "denim_cutting_waste")],
        certs=("OTOP",),
        bcg=(CIRCULAR,),
    ),
    sme(
        62,
        "th",
        "ครามสกล แฮนด์เมด",
        ALI,
        DOWN,
        "Sakon Nakhon",
        "khramsakon.handmade@gmail.com",
        [("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "handwoven_indigo_bag")],
        [need("ผ้าครามทอมือ", "handwoven_indigo_cotton_fabric")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        63,
        "en",
        "Tote Society",
        ALC,
        DOWN,
        "Bangkok",
        "orders@totesociety.co",
        [("Custom denim tote bags, new fabric", "tote_bag")],
        [need("Denim rolls 12 oz - new only, no offcuts", "denim_fabric")],
    ),
    sme(
        64,
        "th",
        "ร้านเสื้อหม้อห้อมแม่บุญ",
        HNF,
        DOWN,
        "Phrae",
        "maeboon.morhom@gmail.com",
        [("เสื้อหม้อห้อม ย้อมห้อมแท้", "indigo_cotton_shirt")],
        [need("ผ้าฝ้ายดิบ ไว้ย้อมห้อม", "cotton_fabric")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        65,
        "en",
        "Indigo Folk Apparel",
        HNF,
        DOWN,
        "Chiang Mai",
        "shop@indigofolk.com",
        [("Natural indigo cotton shirts, unisex", "indigo_cotton_shirt")],
        [need("Natural indigo dyeing of our shirts", "indigo_dyeing_service")],
        bcg=(BIO,),
    ),
    sme(
        66,
        "th",
        "ผ้ากันเปื้อนยีนส์บาริสต้า",
        ALC,
        DOWN,
        "Bangkok",
        "barista.apron@gmail.com",
        [("ผ้ากันเปื้อนยีนส์ สำหรับร้านกาแฟ", "denim_apron")],
        [need("ผ้ายีนส์ 10 ออนซ์", "denim_fabric")],
    ),
    sme(
        67,
        "en",
        "Southern Apron Co.",
        CIRC,
        DOWN,
        "Surat Thani",
        "sales@southernapron.com",
        [("Denim chef aprons for hotels and restaurants", "denim_apron")],
        [unmet("Vegetable-tanned leather straps", "no one offers leather straps")],
    ),
    sme(
        68,
        "en",
        "MotoDenim Thailand",
        SPORT,
        DOWN,
        "Bangkok",
        "ride@motodenim.co.th",
        [("Riding jeans with aramid lining", "riding_jeans")],
        [
            need("Aramid knit lining", "aramid_knit_lining"),
            need("Stretch denim, bluesign", "stretch_denim_fabric", req=("bluesign",)),
        ],
    ),
    sme(
        69,
        "en",
        "ArmourKnit Co.",
        SPORT,
        MID,
        "Chonburi",
        "sales@armourknit.com",
        [("Aramid/cotton knit lining for protective wear", "aramid_knit_lining")],
        [unmet("Para-aramid filament yarn", "no one offers aramid yarn")],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        70,
        "th",
        "บ้านผ้าปะ ยีนส์รีเมค",
        CIRC,
        DOWN,
        "Nonthaburi",
        "baanphapa@gmail.com",
        [("ปลอกหมอนอิงจากยีนส์เก่า", "upcycled_denim_homeware"), ("ผ้าห่มปะติดผ้ายีนส์", "upcycled_denim_homeware")],
        [need("เศษยีนส์", "denim_cutting_waste")],
        bcg=(CIRCULAR,),
    ),
    sme(
        71,
        "en",
        "Central Craft Concept Store",
        ALC,
        DOWN,
        "Bangkok",
        "buying@centralcraft.co.th",
        [],
        [
            need("Selvedge jeans by Thai makers", "selvedge_jeans"),
            need("Upcycled denim bags", "upcycled_denim_bag"),
        ],
    ),
    sme(
        72,
        "th",
        "ร้านยีนส์ตลาดนัดจตุจักร",
        ALC,
        DOWN,
        "Bangkok",
        "jj.jeansshop@gmail.com",
        [("ขายปลีกกางเกงยีนส์", "jeans_retail")],
        [need("กางเกงลีวาย ราคาส่ง", "jeans"), need("ยีนส์วินเทจ", "vintage_jeans")],
    ),
    sme(
        73,
        "th",
        "บ้านพักผู้สูงอายุสุขใจ โคราช",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "sukjai.korat@gmail.com",
        [("บริการดูแลผู้สูงอายุรายวัน", "elderly_care")],
        [need("กางเกงใส่ง่ายสำหรับผู้สูงอายุ", "adaptive_jeans"), need("ชุดยูนิฟอร์มผ้ายีนส์สำหรับพนักงาน", "denim_workwear")],
    ),
    sme(
        74,
        "en",
        "Andaman Boutique Hotel",
        ALC,
        DOWN,
        "Phuket",
        "purchasing@andamanboutique.com",
        [("Boutique hotel rooms", "hotel_rooms")],
        [
            need("Denim aprons for restaurant staff", "denim_apron"),
            need("Welcome gift bags, new cloth only - nothing upcycled", "tote_bag", "handwoven_indigo_bag"),
        ],
    ),
    sme(
        75,
        "th",
        "ร้านกัญชงไทย นิมมาน",
        HNF,
        DOWN,
        "Chiang Mai",
        "hempthai.nimman@gmail.com",
        [("ร้านเสื้อผ้ากัญชง", "hemp_retail")],
        [need("กางเกงยีนส์กัญชง", "hemp_jeans"), need("ผ้ายีนส์กัญชงเป็นม้วน", "hemp_denim_fabric")],
        bcg=(BIO,),
    ),
    sme(
        76,
        "en",
        "UpCycle Export Co.",
        CIRC,
        DOWN,
        "Bangkok",
        "export@upcycleexport.com",
        [],
        [
            need("Denim patchwork cushions and quilts", "upcycled_denim_homeware"),
            unmet(
                "Recycled denim bags with GRS", "no bag maker in the set holds GRS", "upcycled_denim_bag", req=("GRS",)
            ),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        77,
        "th",
        "ร้านอุปกรณ์บิ๊กไบค์ลาดพร้าว",
        SPORT,
        DOWN,
        "Bangkok",
        "ladprao.bigbike@gmail.com",
        [],
        [need("ยีนส์ขี่มอเตอร์ไซค์ มีผ้าเคฟลาร์ด้านใน", "riding_jeans")],
    ),
    sme(
        78,
        "en",
        "Udon Craft Souvenirs",
        ALI,
        DOWN,
        "Udon Thani",
        "shop@udoncraft.com",
        [],
        [
            need("Bags made from indigo handwoven cotton", "handwoven_indigo_bag"),
            need("OTOP indigo cloth", "handwoven_indigo_cotton_fabric", req=("OTOP",)),
        ],
    ),
    sme(
        79,
        "en",
        "Bean Lab Coffee",
        ALC,
        DOWN,
        "Nonthaburi",
        "ops@beanlabcoffee.com",
        [],
        [need("Barista aprons, 40 pcs", "denim_apron")],
    ),
    sme(
        80,
        "en",
        "VeloJeans",
        SPORT,
        DOWN,
        "Pathum Thani",
        "team@velojeans.com",
        [("Cycling jeans with gusset", "cycling_jeans")],
        [need("Knit denim for cycling jeans", "knit_denim_fabric")],
    ),
    sme(
        81,
        "th",
        "รียูสยีนส์ แพลตฟอร์มมือสอง",
        CIRC,
        DOWN,
        "Bangkok",
        "reusejeans@gmail.com",
        [("ขายยีนส์มือสองออนไลน์", "secondhand_retail")],
        [need("ยีนส์ลีวายส์มือสอง เกรด A", "vintage_jeans")],
        bcg=(CIRCULAR,),
    ),
    sme(
        82,
        "en",
        "River Gallery Museum Shop",
        ALC,
        DOWN,
        "Bangkok",
        "shop@rivergallery.org",
        [],
        [need("Mor hom shirts", "indigo_cotton_shirt")],
    ),
    sme(
        83,
        "th",
        "โรงแรมอุบลริเวอร์",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "ubonriver.hotel@gmail.com",
        [("ห้องพักและห้องประชุม", "hotel_rooms")],
        [need("ชุดพนักงานผ้ายีนส์", "denim_workwear")],
    ),
    sme(
        84,
        "en",
        "Lanna Wellness Spa",
        HNF,
        DOWN,
        "Chiang Mai",
        "spa@lannawellness.com",
        [("Thai massage and spa", "spa_service")],
        [
            unmet("Natural indigo spa robes", "no one makes robes"),
            need("Indigo shirts for therapists", "indigo_cotton_shirt"),
        ],
    ),
    sme(
        85,
        "th",
        "ร้านตัดกางเกงยีนส์ตามสั่ง อยุธยา",
        ALC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "ayutthaya.jeans@gmail.com",
        [("ตัดกางเกงยีนส์ตามสั่ง วัดตัว", "jeans")],
        [
            need("ผ้ายีนส์ริมแดง", "selvedge_denim_fabric"),
            need("ด้ายเย็บผ้ายีนส์ ไม่ต้องมี GOTS", "sewing_thread", waive=("GOTS",)),
        ],
    ),
    sme(
        86,
        "en",
        "DenimTherm Insulation",
        CIRC,
        MID,
        "Rayong",
        "sales@denimtherm.com",
        [("Recycled denim insulation panels", "denim_insulation")],
        [need("Shredded denim fibre", "recycled_cotton_fibre")],
        certs=("Thai Green Label",),
        bcg=(CIRCULAR, GREEN),
    ),
    sme(
        87,
        "th",
        "ร้านรับซื้อเศษผ้าบางปู",
        CIRC,
        UP,
        "Samut Prakan",
        "bangpu.scrap@gmail.com",
        [("ขายเศษผ้ายีนส์จากโรงงาน คัดสี", "denim_cutting_waste")],
        [need("เศษผ้ายีนส์ ริมผ้า", "denim_cutting_waste")],
        bcg=(CIRCULAR,),
    ),
    sme(
        88,
        "th",
        "วิสาหกิจทอผ้ากัญชงด่านซ้าย",
        HNF,
        MID,
        "Loei",
        "dansai.hemp@gmail.com",
        [("ผ้ายีนส์ใยกัญชง ทอเครื่อง", "hemp_denim_fabric")],
        [need("เส้นด้ายกัญชง", "hemp_yarn")],
        bcg=(BIO,),
    ),
    sme(
        89,
        "th",
        "โรงทอผ้าดิบบางเลน",
        ALC,
        MID,
        "Nakhon Pathom",
        "banglen.greige@gmail.com",
        [("ผ้าดิบ ผ้าฝ้ายทอเครื่อง ยังไม่ฟอก", "cotton_fabric"), ("ผ้าคอตตอนทวิล สีพื้น", "cotton_fabric")],
        [need("ด้ายฝ้ายเบอร์ 20", "cotton_yarn")],
    ),
    sme(
        90,
        "en",
        "Greige Cloth Trading",
        ALC,
        MID,
        "Saraburi",
        "trade@greigecloth.com",
        [("Greige cotton sheeting and twill", "cotton_fabric")],
        [need("Fabric dyeing service for greige twill", "fabric_dyeing_service")],
    ),
    sme(
        91,
        "th",
        "ร้านยีนส์มือสองหาดใหญ่",
        CIRC,
        DOWN,
        "Songkhla",
        "hatyai.secondjeans@gmail.com",
        [("ยีนส์มือสองคัดแล้ว ขายปลีก", "secondhand_retail")],
        [need("กางเกงยีนส์มือสองยกกระสอบ", "used_jeans"), need("ซ่อมยีนส์ ปะ", "jeans_repair_service")],
        bcg=(CIRCULAR,),
    ),
    sme(
        92,
        "en",
        "Phuket Surf and Ride",
        SPORT,
        DOWN,
        "Phuket",
        "shop@phuketsurfride.com",
        [],
        [need("Denim jackets for the shop", "denim_jacket")],
    ),
    sme(
        93,
        "th",
        "กลุ่มบาติกบนยีนส์ นครศรีฯ",
        CIRC,
        DOWN,
        "Nakhon Si Thammarat",
        "batikjeans.nst@gmail.com",
        [("กระเป๋ายีนส์เก่าเขียนลายบาติก", "upcycled_denim_bag")],
        [need("ยีนส์เก่า ยกกระสอบ", "used_jeans"), unmet("เทียนเขียนบาติก", "no one offers batik wax")],
        certs=("OTOP",),
        bcg=(CIRCULAR,),
    ),
    sme(
        94,
        "en",
        "Isan Elderly Wellness Centre",
        ALI,
        DOWN,
        "Roi Et",
        "admin@isanwellness.org",
        [],
        [need("Elastic-waist jeans for residents", "adaptive_jeans")],
    ),
    sme(
        95,
        "th",
        "ร้านผ้าครามยโสธร",
        ALI,
        DOWN,
        "Yasothon",
        "khram.yasothon@gmail.com",
        [("ขายผ้าครามและของฝาก", "textile_retail")],
        [
            need("เสื้อม่อฮ่อม ขายส่ง", "indigo_cotton_shirt"),
            need("ฝ้ายย้อมคราม ต้องได้มาตรฐานเกษตรอินทรีย์", "natural_indigo_yarn", req=("Organic Thailand",)),
        ],
    ),
]

SMES: list[Sme] = PART_1 + PART_2 + PART_3


# ------------------------------------------------------------------ links


def canonical_certs(entry: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in entry.certifications)


def qualified_suppliers(buyer: Sme, wanted: Need, smes: list[Sme]) -> list[str]:
    """Ids of the SMEs other than `buyer` with an offer the need lists and every certification it requires."""
    found = []
    for supplier in smes:
        if supplier.id == buyer.id:
            continue
        offers_it = any(label in wanted.labels for _, label in supplier.offers)
        if offers_it and set(wanted.requires) <= canonical_certs(supplier):
            found.append(supplier.id)
    return found


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links = set()
    for buyer in smes:
        for wanted in buyer.needs:
            if not wanted.unmet:
                links.update((supplier, buyer.id) for supplier in qualified_suppliers(buyer, wanted, smes))
    return sorted(links)


# ------------------------------------------------------------------ checks

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
LATIN_CHAR = re.compile("[A-Za-z]")
LABEL = re.compile(r"^[a-z][a-z0-9_]*$")
EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def script_ok(text: str, language: str) -> bool:
    thai, latin = len(THAI_CHAR.findall(text)), len(LATIN_CHAR.findall(text))
    if language == "th":
        return thai > latin
    return thai == 0 and all(c.isascii() for c in text if c.isalpha())


def mentions(text: str, certification: str) -> bool:
    """Whether `text` names the certification at all, affirmed or waived."""
    folded = text.casefold()
    for entry in CERTIFICATIONS:
        if entry.name == certification:
            names = (entry.name, *entry.aliases, *entry.mentions, *entry.case_sensitive_mentions)
            return any(name.casefold() in folded for name in names)
    return False


def check(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append("ids are not bdj-001 .. bdj-095 in order, unique")
    sub_clusters = {c.value for c in SubCluster}
    stages = {s.value for s in Stage}
    bcg_tags = {t.value for t in BcgTag}
    offer_texts = {text for s in smes for text, _ in s.offers}
    for s in smes:
        where = s.id
        if s.language not in ("th", "en"):
            errors.append(f"{where}: language {s.language!r}")
        if s.sub_cluster not in sub_clusters:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage!r}")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} is not an English province name")
        if not EMAIL.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if any(resolve_certification(c) is None for c in s.certifications):
            errors.append(f"{where}: certification does not resolve: {s.certifications}")
        if len(set(canonical_certs(s))) != len(s.certifications):
            errors.append(f"{where}: duplicate certification")
        if not set(s.bcg) <= bcg_tags or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bcg {s.bcg}")
        if not (0 <= len(s.offers) <= 3 and 0 <= len(s.needs) <= 3 and s.offers + tuple(s.needs)):
            errors.append(f"{where}: wants 0-3 offers, 0-3 needs, not both empty")
        for text in (s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)):
            if not text.strip() or text != text.strip():
                errors.append(f"{where}: blank or padded text {text!r}")
            if not script_ok(text, s.language):
                errors.append(f"{where}: {text!r} is not written in {s.language}")
        for text, label in s.offers:
            if not LABEL.match(label):
                errors.append(f"{where}: offer {text!r} has bad label {label!r}")
        for wanted in s.needs:
            errors.extend(check_need(s, wanted, smes, offer_texts))
    errors.extend(check_sizes(smes, links))
    return errors


def check_need(buyer: Sme, wanted: Need, smes: list[Sme], offer_texts: set[str]) -> list[str]:
    errors = []
    where = f"{buyer.id} need {wanted.text!r}"
    if wanted.text in offer_texts:
        errors.append(f"{where}: worded exactly like an offer")
    found = find_certifications(wanted.text)
    if found != set(wanted.requires):
        errors.append(f"{where}: text asks for {sorted(found)}, labelled {sorted(wanted.requires)}")
    for name in (*wanted.requires, *wanted.waives):
        if resolve_certification(name) != name:
            errors.append(f"{where}: {name!r} is not a canonical certification")
        if not mentions(wanted.text, name):
            errors.append(f"{where}: {name!r} is not named in the text")
    if set(wanted.waives) & found:
        errors.append(f"{where}: a waived certification reads as required")
    suppliers = qualified_suppliers(buyer, wanted, smes)
    if wanted.unmet:
        if suppliers:
            errors.append(f"{where}: marked unmet but met by {suppliers}")
        return errors
    if not wanted.labels:
        errors.append(f"{where}: met need lists no labels")
    for label in wanted.labels:
        if not any(s.id != buyer.id and label in {lab for _, lab in s.offers} for s in smes):
            errors.append(f"{where}: label {label!r} is offered by no one else")
    if not suppliers:
        errors.append(f"{where}: no qualified supplier")
    return errors


def check_sizes(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors = []
    language = {s.id: s.language for s in smes}
    thai_share = sum(s.language == "th" for s in smes) / len(smes)
    if not 0.5 <= thai_share <= 0.6:
        errors.append(f"Thai share {thai_share:.2f} is not about 55 %")
    if not LINK_TARGET[0] <= len(links) <= LINK_TARGET[1]:
        errors.append(f"{len(links)} true links, target {LINK_TARGET}")
    unmet_count = sum(bool(n.unmet) for s in smes for n in s.needs)
    if not UNMET_TARGET[0] <= unmet_count <= UNMET_TARGET[1]:
        errors.append(f"{unmet_count} needs met by no one, target about 20")
    cross = sum(language[a] != language[b] for a, b in links)
    if links and not 0.4 <= cross / len(links) <= 0.6:
        errors.append(f"cross-language share {cross / len(links):.2f} is not about half")
    return errors


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.language,
    }
    return json.dumps(record, ensure_ascii=False)


def counts_table(smes: list[Sme], links: list[tuple[str, str]]) -> str:
    by_id = {s.id: s for s in smes}
    needs = [(s, n) for s in smes for n in s.needs]
    met = [(s, n) for s, n in needs if not n.unmet]
    suppliers_per_need = Counter(min(len(qualified_suppliers(s, n, smes)), 4) for s, n in met)
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai / English", f"{sum(s.language == 'th' for s in smes)} / {sum(s.language == 'en' for s in smes)}"),
    ]
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub_cluster == sub.value for s in smes))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage == stage.value for s in smes))))
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    for region in sorted(regions):
        rows.append((f"region {region}", str(regions[region])))
    rows += [
        ("distinct provinces", str(len({s.province for s in smes}))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        (
            "met needs by number of qualified suppliers (1 / 2 / 3 / 4+)",
            " / ".join(str(suppliers_per_need[k]) for k in (1, 2, 3, 4)),
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
    width = max(len(name) for name, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {name.ljust(width)} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """# Blind evaluation set: plain denim registry entries (`bdj-*`)

## What it checks

How well the matcher finds the true supplier-buyer pairs among 95 SMEs of the Health and Wellness
Economy cluster whose offers and needs are written as short registry phrases on the theme of denim and
jeans: indigo rope and slasher dyeing, denim and selvedge weaving, stretch and knit denim, jeans
cutting and sewing, garment washing and laser finishing, rivets, zippers, patches and labels, vintage
and second-hand jeans, upcycling, repair, hemp and natural-indigo denim, and the brands, shops, hotels
and care homes that buy; plus the ordinary fibre, yarn, cloth, dyeing and sewing suppliers.

About 55 % of the profiles are in Thai and the rest in English; about half of the true links cross
languages. The same kind of goods is written in many ways (regional names such as ห้อม, หม้อห้อม,
ม่อฮ่อม and คราม, trade words and abbreviations, brand names, with and without quantities, prices and
places), and a need is worded differently from the offers that meet it. Hard cases include a service
versus the goods it works on (dyeing the customer's yarn or garments versus dyed yarn; sewing for
others versus finished jeans), waste and used goods versus new, raw versus processed (fibre, yarn,
cloth, product), finished goods described by their material or technique (a bag of handwoven indigo
cotton is a bag, not indigo cloth), needs written as a wish, a bare noun or a question, refusals ("no
synthetic", "no offcuts"), needs that require a named certification, needs that name one only to
waive it, and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile JSONL version 1 and the links
CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings. The writer did not
look at the matcher, its glossary, its tests, other evaluation sets or the project's data.

## How a link is decided

Every offer in `write.py` carries a label saying what the thing is (for example
`natural_indigo_yarn` versus `indigo_yarn_dyeing_service`). Every need lists the offer labels that
would meet it and the certifications its text requires, or is marked as met by no one with a short
note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by
one of the buyer's needs and the supplier's certifications hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link; what changes what the thing is does. A certification a need names only to waive
it ("GOTS not required", "ไม่ต้องมี GOTS") is not required. The labels live only in `write.py`; the
profiles carry none.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_denim/write.py

The script checks the data first (ids, contract fields, provinces and certifications that resolve,
every listed label offered by someone other than the buyer, every met need with a qualified supplier
and every unmet one with none, required and waived certifications named in the text, Thai and English
phrases in their script, the size targets) and writes nothing if a check fails. Two runs give
identical bytes.

## Files

- `write.py`: all the data and labels; writes the three files below and prints the counts.
- `profiles.jsonl`: 95 profiles, `bdj-001` … `bdj-095`, contract format, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    links = true_links(SMES)
    errors = check(SMES, links)
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    table = counts_table(SMES, links)
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    links_csv = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    for name, content in (
        ("profiles.jsonl", profiles),
        ("links.csv", links_csv),
        ("README.md", README.replace("{table}", table)),
    ):
        (HERE / name).write_text(content, encoding="utf-8", newline="\n")
    print(table, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
