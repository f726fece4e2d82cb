"""Write the hand-labelled evaluation set `eval/blind_plain_meditation/`.

Meditation and retreat goods (zafu and zabuton cushions, buckwheat husk and kapok filling, shawls and white
retreat clothing, floor mats) with the retreat centres, temples, yoga studios and resorts that buy them, and
the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster. Plain registry entries: one
short phrase per offer or need.

Every offer carries a label that says what the thing is; every need lists the labels that would meet it and
the certifications its text requires, or is marked as met by no one. The labels live only in this file.
A pair (supplier, buyer) is a true link when an offer of the supplier carries a label listed by a need of
the buyer and the supplier holds every certification that need requires.

Run from the repository root:

    .venv/bin/python eval/blind_plain_meditation/write.py

The script checks the data and writes profiles.jsonl, links.csv and README.md next to itself only when
every check passes. Two runs give identical bytes.
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
    LANGUAGES,
    BcgTag,
    Region,
    Stage,
    SubCluster,
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "bmd"
SIZE = 95

# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...]  # canonical names of the certifications the text requires
    waives: tuple[str, ...]  # canonical names the text names only to waive
    unmet: str  # why no one in the set meets it; empty for a met need


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that the offers carrying one of `labels` meet (from a supplier holding every `req`)."""
    return Need(text, labels, req, waive, "")


def x(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req` say what would meet it, if anything."""
    return Need(text, labels, req, waive, note)


def sme(
    sme_id: str,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    offers: list[Offer] | None = None,
    needs: list[Need] | None = None,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(
        sme_id,
        language,
        name,
        sub_cluster,
        stage,
        province,
        f"{email}@example.com",
        tuple(offers or ()),
        tuple(needs or ()),
        certs,
        bcg,
    )


HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
CENTRAL = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ISAN = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value
BIO = BcgTag.BIO.value
CIRCULAR = BcgTag.CIRCULAR.value
GREEN = BcgTag.GREEN.value

# Canonical certification names, as needs require or waive them.
GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
OT = "Organic Thailand"
OTOP = "OTOP"
PEACOCK = "Thai Silk Peacock Emblem"
USDA = "USDA Organic"

# Zafu cushions come with a filling; a need that names none takes any of them.
ANY_ZAFU = ("zafu_kapok", "zafu_buckwheat", "zafu_recycled_fill")

# ------------------------------------------------------------------ profiles

# fmt: off
SMES: tuple[Sme, ...] = (
    # --- fibre, filling and waste -------------------------------------------------------------
    sme(
        "bmd-001", "th", "วิสาหกิจชุมชนกัญชงม้งบ้านแม่สาใหม่", HEMP, UP, "Chiang Mai", "hmong.maesa",
        offers=[
            o("ใยกัญชงลอกมือ ตากแห้ง ขายเป็นกิโล", "hemp_bast_fibre"),
            o("ด้ายกัญชงเข็นมือ เส้นหยาบ สีธรรมชาติ", "handspun_hemp_yarn"),
        ],
        needs=[x("เครื่องลอกเปลือกกัญชงแบบมือหมุน", "a hand-cranked decorticator is a machine; no one offers one")],
        bcg=(BIO,),
    ),
    sme(
        "bmd-002", "en", "Doi Hemp Fibre Co., Ltd.", HEMP, UP, "Tak", "sales.doihemp",
        offers=[
            o("Decorticated hemp bast, 50 kg bales", "hemp_bast_fibre"),
            o("Wet-spun hemp yarn Nm 10 on cones", "hemp_yarn"),
        ],
        needs=[n("Natural indigo paste for dyeing trials", "indigo_dye_paste")],
        bcg=(BIO, GREEN),
    ),
    sme(
        "bmd-003", "th", "กลุ่มทอผ้าใยกัญชงบ้านห้วยน้ำริน", HEMP, MID, "Chiang Rai", "huainamrin.weave",
        offers=[o("ผ้าใยกัญชงทอกี่เอว หน้ากว้าง 40 ซม.", "hemp_fabric")],
        needs=[n("ด้ายเฮมพ์ปั่นเครื่อง เส้นเสมอ ใช้ทำเส้นยืน", "hemp_yarn")],
        bcg=(BIO,),
    ),
    sme(
        "bmd-004", "en", "Hemp & Loom Studio", HEMP, MID, "Chiang Mai", "hello.hempandloom",
        offers=[
            o("Hemp canvas 12 oz, ecru, 150 cm wide", "hemp_fabric"),
            o("Hemp-cotton meditation wrap, 70 x 200 cm", "shawl"),
        ],
        needs=[
            n("raw hemp fibre for our hand spinners", "hemp_bast_fibre"),
            n("Ne 20/1 for weft, cotton", "cotton_yarn"),
        ],
    ),
    sme(
        "bmd-005", "th", "ห้างหุ้นส่วนจำกัด ล้านนาไฟเบอร์", HEMP, UP, "Lamphun", "lannafibre",
        offers=[
            o("ด้ายใยกัญชง 100% ปั่นเครื่อง Nm 8", "hemp_yarn"),
            o("ฝ้ายหีบ ปุยล้วน ยังไม่ดีด ขายเป็นกระสอบ", "cotton_lint"),
        ],
        needs=[x("ฝ้ายทั้งเมล็ด ยังไม่ได้อีด จากไร่ภาคเหนือ", "seed cotton before ginning; no one offers it")],
    ),
    sme(
        "bmd-006", "th", "วิสาหกิจชุมชนฝ้ายอินทรีย์นาด้วง", HEMP, UP, "Loei", "naduang.cotton",
        offers=[
            o("ฝ้ายอินทรีย์หีบเมล็ดออกแล้ว ขายเป็นกิโล", "cotton_lint"),
            o("ฝ้ายเข็นมือ สีขาวตุ่น เป็นไจ", "handspun_cotton_yarn"),
        ],
        certs=("เกษตรอินทรีย์",),
        bcg=(BIO, GREEN),
    ),
    sme(
        "bmd-007", "en", "Nan Valley Cotton Growers", HEMP, UP, "Nan", "nanvalley.cotton",
        offers=[o("Organic Thailand certified ginned cotton, 20 kg sacks", "cotton_lint")],
        needs=[n("Someone to weave our own yarn on commission, 200 m lots", "weaving_service")],
        certs=("Organic Thailand",),
        bcg=(BIO,),
    ),
    sme(
        "bmd-008", "th", "โรงนุ่น ส.เจริญ เพชรบูรณ์", CENTRAL, UP, "Phetchabun", "sorcharoen.kapok",
        offers=[o("นุ่นปั่นสะอาด คัดเมล็ดออกแล้ว กระสอบละ 10 กก.", "kapok_fibre")],
        needs=[n("ฝักนุ่นแห้งจากสวน รับไม่อั้น", "kapok_pods")],
    ),
    sme(
        "bmd-009", "th", "กลุ่มเกษตรกรสวนนุ่นท่าม่วง", CENTRAL, UP, "Kanchanaburi", "thamuang.kapokfarm",
        offers=[o("นุ่นทั้งฝัก ตากแห้ง ออกช่วง ก.พ.-เม.ย.", "kapok_pods")],
        bcg=(BIO,),
    ),
    sme(
        "bmd-010", "en", "Siam Kapok Fill Co., Ltd.", CENTRAL, UP, "Nakhon Sawan", "sales.siamkapok",
        offers=[
            o("Ginned kapok fluff, seed-free, OEKO-TEX tested", "kapok_fibre"),
            o("Kapok pillow inserts 50 x 70 cm", "kapok_pillow"),
        ],
        needs=[n("kapok still in the pod, by the truckload", "kapok_pods")],
        certs=("OEKO-TEX Standard 100",),
        bcg=(BIO,),
    ),
    sme(
        "bmd-011", "en", "Northstar Natural Fillings Trading", CENTRAL, UP, "Samut Prakan", "trade.northstar",
        offers=[o("Buckwheat hulls, USDA Organic, cleaned, 20 kg bags", "buckwheat_hulls")],
        needs=[x("Millet hulls for small pillows", "no one offers millet hulls")],
        certs=("USDA NOP",),
    ),
    sme(
        "bmd-012", "th", "บริษัท ไทยฟิลลิ่ง ซัพพลาย จำกัด", CENTRAL, UP, "Bangkok", "thaifilling",
        offers=[
            o("เปลือกบัควีทนำเข้า ร่อนฝุ่นแล้ว", "buckwheat_hulls"),
            o("เมล็ดชุมเห็ดไทยตากแห้ง ใช้ยัดหมอน", "cassia_seed"),
        ],
    ),
    sme(
        "bmd-013", "th", "ร้านรับซื้อเศษผ้ามหาชัย", CIRC, UP, "Samut Sakhon", "mahachai.scrap",
        offers=[o("เศษผ้ายืดคอตตอน คัดแยกสีแล้ว", "textile_cutting_waste")],
        needs=[n("เศษผ้าจากโรงเย็บ รับทุกชนิด ไปรับถึงที่", "textile_cutting_waste")],
        bcg=(CIRCULAR,),
    ),
    sme(
        "bmd-014", "en", "EcoFill Recycling Co., Ltd.", CIRC, UP, "Chonburi", "ecofill",
        offers=[
            o("GRS recycled polyester staple fibre, hollow conjugated, for stuffing", "recycled_pet_fibre"),
            o("Shredded textile fill from post-industrial cotton waste", "shredded_textile_fill"),
        ],
        needs=[
            n("Post-industrial cotton clippings, sorted by colour", "textile_cutting_waste"),
            x("Washed clear PET bottle flakes", "bottle flakes are not textile goods; no one offers them"),
        ],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        "bmd-015", "th", "วิสาหกิจชุมชนรีไซเคิลผ้าบ้านนา", CIRC, UP, "Nakhon Pathom", "banna.recycle",
        offers=[o("ใยผ้าบดจากเศษผ้า ใช้ยัดหมอนอิงและเบาะ", "shredded_textile_fill")],
        needs=[
            n("เสื้อผ้ามือสองสภาพแย่ ขายต่อไม่ได้ รับหมด", "used_clothing"),
            n("ผ้าปูเตียงเก่าจากโรงแรม รีสอร์ท", "used_bed_linen"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        "bmd-016", "en", "Second Loop Textile Collection", CIRC, UP, "Bangkok", "secondloop",
        offers=[o("Post-consumer used garments, unsorted, by the tonne", "used_clothing")],
        bcg=(CIRCULAR,),
    ),
    sme(
        "bmd-017", "th", "โรงปั่นด้ายรีไซเคิลขอนแก่น", CIRC, UP, "Khon Kaen", "kk.recycledyarn",
        offers=[o("ด้ายฝ้ายรีไซเคิล OE เบอร์ 10 ปั่นจากเศษผ้า", "recycled_cotton_yarn")],
        needs=[n("เศษผ้าฝ้าย 100% จากห้องตัด สีขาวหรือสีอ่อน", "textile_cutting_waste")],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        "bmd-018", "th", "กลุ่มผ้าย้อมครามบ้านดอนกอย", ISAN, MID, "Sakon Nakhon", "donkoi.indigo",
        offers=[
            o("เนื้อครามเปียก หมักจากต้นครามสด", "indigo_dye_paste"),
            o("ผ้าฝ้ายทอมือย้อมครามธรรมชาติ", "indigo_dyed_cotton_fabric"),
            o("รับย้อมครามผ้าหรือเสื้อของลูกค้า", "indigo_dyeing_service"),
        ],
        needs=[n("ฝ้ายมือเข็นสีขาว ส่งเป็นไจ", "handspun_cotton_yarn")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        "bmd-019", "en", "Phrae Hom Indigo Farm", HEMP, UP, "Phrae", "phraehom",
        offers=[o("Fermented hom indigo paste (Strobilanthes), 1 kg tubs", "indigo_dye_paste")],
        bcg=(BIO,),
    ),
    sme(
        "bmd-020", "th", "ร้านสีธรรมชาติเขลางค์", HEMP, MID, "Lampang", "khelang.dye",
        offers=[
            o("ครั่ง เปลือกประดู่ ขมิ้นชัน สำหรับย้อมผ้า", "natural_dyestuff"),
            o("รับย้อมสีธรรมชาติ ผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "natural_dyeing_service"),
        ],
        bcg=(BIO,),
    ),
    sme(
        "bmd-021", "en", "Thale Noi Krajood Co-op", HEMP, UP, "Phatthalung", "thalenoi.krajood",
        offers=[
            o("Dried krajood sedge stems, bundled", "krajood_stems"),
            o("Krajood floor mats 90 x 180 cm, plain or two-tone", "krajood_mat"),
        ],
        needs=[n("Bark and heartwood dyes for colouring sedge", "natural_dyestuff")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        "bmd-022", "th", "กลุ่มปลูกกกทอเสื่อบ้านแพง", ISAN, UP, "Maha Sarakham", "banphaeng.kok",
        offers=[
            o("ต้นกกผ่าเส้น ตากแห้ง มัดละ 1 กก.", "sedge_reed"),
            o("เสื่อกกทอลายขิด 2 x 1.5 ม.", "sedge_mat"),
        ],
        needs=[x("เอ็นไนลอนสำหรับขึงเส้นยืนกี่ทอเสื่อ", "nylon warp twine for mat looms; no one offers it")],
    ),
    sme(
        "bmd-023", "th", "กลุ่มจักสานเตยปาหนันบ้านบากันเคย", HEMP, UP, "Satun", "bakankoei",
        offers=[
            o("ใบปาหนันรีดแล้ว ย้อมสี เป็นมัด", "pandanus_strips"),
            o("สาดปาหนัน ปูนั่ง 1 x 2 เมตร", "pandanus_mat"),
        ],
        bcg=(BIO,),
    ),
    sme(
        "bmd-024", "en", "Songkhla Natural Latex Foam", SPORT, MID, "Songkhla", "latex.songkhla",
        offers=[
            o("Natural rubber latex foam sheets, 3-50 mm, 1.2 m wide", "latex_foam_sheet"),
            o("FSC natural rubber yoga mat 4 mm, cotton top", "yoga_mat"),
        ],
        needs=[n("Cotton duck for bonding to mat tops", "cotton_canvas")],
        certs=("FSC",),
        bcg=(BIO,),
    ),
    # --- cloth, dyeing, sewing and trims ------------------------------------------------------
    sme(
        "bmd-025", "th", "โรงทอเจริญผล", CENTRAL, MID, "Samut Prakan", "charoenphon.weaving",
        offers=[
            o("ผ้าดิบทอเครื่อง หน้า 63 นิ้ว ขายยกพับ", "greige_cotton_fabric"),
            o("ผ้าใบดิบหนา เบอร์ 8 ทำกระเป๋า เบาะ", "cotton_canvas"),
        ],
        needs=[n("เส้นด้ายคอตตอนหวี Ne 32 หลอดใหญ่", "cotton_yarn")],
    ),
    sme(
        "bmd-026", "en", "Saraburi Spinning Mills Ltd.", CENTRAL, UP, "Saraburi", "saraburi.spinning",
        offers=[o("Cotton yarn Ne 10-40, carded and combed, on cones", "cotton_yarn")],
        needs=[n("Raw cotton lint, Thai or imported", "cotton_lint")],
        certs=("ISO 9001", "Oeko-Tex 100"),
    ),
    sme(
        "bmd-027", "th", "บริษัท ขาวสะอาด เท็กซ์ไทล์ จำกัด", CENTRAL, MID, "Nakhon Pathom", "khaosaat.textile",
        offers=[
            o("ผ้าคอตตอนออร์แกนิกฟอกขาว GOTS หน้า 60 นิ้ว", "bleached_white_cotton_fabric"),
            o("ผ้าแคนวาสฝ้ายออร์แกนิก สีขาว 10 ออนซ์", "cotton_canvas"),
        ],
        needs=[
            x(
                "ผ้าดิบฝ้ายออร์แกนิกที่ได้ GOTS ยังไม่ฟอก", "no greige weaver in the set holds GOTS",
                "greige_cotton_fabric", req=(GOTS,),
            ),
        ],
        certs=("GOTS", "Oeko-Tex 100"),
        bcg=(GREEN,),
    ),
    sme(
        "bmd-028", "en", "Prime White Fabrics", CENTRAL, MID, "Ratchaburi", "primewhite",
        offers=[
            o("PFD cotton poplin, optical white, 58 in", "bleached_white_cotton_fabric"),
            o("Tetoron cotton T/C 65/35 white shirting, 110 gsm", "tc_white_fabric"),
        ],
        needs=[n("Loomstate cotton sheeting", "greige_cotton_fabric")],
    ),
    sme(
        "bmd-029", "th", "กลุ่มทอผ้าฝ้ายบ้านนาข่า", ISAN, MID, "Udon Thani", "nakha.weaving",
        offers=[
            o("ผ้าฝ้ายทอมือลายขิด สีธรรมชาติ", "handwoven_cotton_fabric"),
            o("รับทอผ้าตามสั่ง ใช้ด้ายที่ลูกค้าส่งมา", "weaving_service"),
        ],
        needs=[n("ด้ายฝ้ายปั่นมือ ครึ่งโลต่อไจ", "handspun_cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        "bmd-030", "en", "Mae Rim Handloom", HEMP, MID, "Chiang Mai", "maerim.handloom",
        offers=[o("Handloomed cotton, undyed, 90 cm", "handwoven_cotton_fabric")],
        needs=[n("Hand-spun cotton yarn in natural white", "handspun_cotton_yarn")],
    ),
    sme(
        "bmd-031", "th", "กลุ่มปั่นฝ้ายแม่แจ่ม", HEMP, UP, "Chiang Mai", "maechaem.spin",
        offers=[o("ฝ้ายเข็นด้วยมือ สีขาว สีน้ำตาล ไจละ 500 กรัม", "handspun_cotton_yarn")],
        needs=[n("ฝ้ายหีบแล้ว มีตรารับรองเกษตรอินทรีย์", "cotton_lint", req=(OT,))],
    ),
    sme(
        "bmd-032", "th", "ร้านม่อฮ่อมแท้ทุ่งโฮ้ง", HEMP, MID, "Phrae", "thunghong.morhom",
        offers=[
            o("ผ้าหม้อห้อมแท้ ย้อมห้อมธรรมชาติ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
            o("รับย้อมห้อมงานของลูกค้า ผ้าหรือเสื้อ", "indigo_dyeing_service"),
        ],
        needs=[n("ห้อมเปียกพร้อมใช้", "indigo_dye_paste")],
    ),
    sme(
        "bmd-033", "en", "Sakon Indigo Atelier", ISAN, MID, "Sakon Nakhon", "sakon.indigo",
        offers=[
            o("Natural indigo-dyed cotton yardage, shibori and plain", "indigo_dyed_cotton_fabric"),
            o("Indigo-dyed handwoven meditation shawls", "shawl"),
        ],
        needs=[n("Fermented indigo dye stock", "indigo_dye_paste")],
    ),
    sme(
        "bmd-034", "th", "บริษัท โรงย้อมสหไทย จำกัด", CENTRAL, MID, "Bangkok", "sahathai.dyeing",
        offers=[
            o("รับย้อมผ้าสีรีแอคทีฟ ผ้าของลูกค้า ขั้นต่ำ 100 เมตร", "reactive_dyeing_service"),
            o("ผ้าฝ้ายย้อมสีกรมท่า สีเคมี พร้อมส่ง", "synthetic_dyed_cotton_fabric"),
        ],
        needs=[n("ผ้าดิบเป็นพับ สำหรับย้อม", "greige_cotton_fabric")],
        certs=("ISO 14001",),
    ),
    sme(
        "bmd-035", "en", "CMT Sewing Partner Co., Ltd.", CENTRAL, MID, "Samut Sakhon", "cmtpartner",
        offers=[
            o("Cut-make-trim, min. 300 pcs, customer's fabric", "garment_sewing_service"),
            o("Cotton cutting-room offcuts, free pick-up", "textile_cutting_waste"),
        ],
        needs=[x("Spun polyester sewing thread, 5,000 m cones", "no one offers sewing thread")],
        certs=("ISO 9001", "SA8000"),
    ),
    sme(
        "bmd-036", "th", "ร้านเย็บรับจ้างแม่บุญมี", ISAN, MID, "Khon Kaen", "maeboonmee.sewing",
        offers=[o("รับเย็บปลอกหมอน ปลอกเบาะ ตามแบบ ลูกค้าส่งผ้ามาเอง", "cushion_sewing_service")],
        needs=[n("ซิป YKK เบอร์ 5 ยาว 40 ซม.", "nylon_zipper")],
    ),
    sme(
        "bmd-037", "en", "Pratunam Trims & Tapes", CENTRAL, MID, "Bangkok", "pratunam.trims",
        offers=[
            o("YKK nylon coil zips, #3 and #5, cut to length", "nylon_zipper"),
            o("Cotton herringbone tape and webbing, 25-38 mm", "cotton_webbing"),
        ],
    ),
    sme(
        "bmd-038", "th", "ร้านปักจักรนนท์", CENTRAL, MID, "Nonthaburi", "nont.embroidery",
        offers=[o("รับปักโลโก้ ชื่อวัด ชื่อรีสอร์ท บนผ้าและเสื้อ", "embroidery_service")],
    ),
    sme(
        "bmd-039", "en", "FlexKnit Technical Fabrics", SPORT, MID, "Samut Prakan", "flexknit",
        offers=[
            o("Moisture-wicking jersey, poly-spandex, 180 gsm", "wicking_knit_fabric"),
            o("Antimicrobial and anti-odour finishing on customer fabric", "finishing_service"),
        ],
        needs=[x("Recycled polyester filament yarn 75D", "no one offers recycled polyester yarn")],
        certs=("bluesign",),
    ),
    sme(
        "bmd-040", "th", "กลุ่มทอผ้าไหมบ้านท่าสว่าง", ISAN, MID, "Surin", "thasawang.silk",
        offers=[o("ผ้าไหมพื้น ผ้าไหมยกดอก มีตรานกยูงพระราชทาน", "silk_fabric")],
        needs=[n("เส้นไหมไทยพันธุ์พื้นบ้าน ไหมน้อย", "silk_yarn")],
        certs=("ตรานกยูงพระราชทาน", "OTOP"),
    ),
    sme(
        "bmd-041", "en", "Chonnabot Silk Reeling Group", ISAN, UP, "Khon Kaen", "chonnabot.reeling",
        offers=[o("Hand-reeled Thai silk yarn, yellow cocoon", "silk_yarn")],
    ),
    sme(
        "bmd-042", "th", "โรงทอผ้าสีพระ กรุงเก่า", CENTRAL, MID, "Ayutthaya", "krungkao.robecloth",
        offers=[o("ผ้าจีวรเป็นพับ สีพระราชนิยม สีกรัก เนื้อมัสลิน", "robe_cloth")],
        needs=[n("ผ้าฝ้ายดิบ ยังไม่ย้อม สำหรับทำผ้าสีพระ", "greige_cotton_fabric")],
    ),
    # --- cushions, pillows, clothing and other finished goods ---------------------------------
    sme(
        "bmd-043", "th", "ร้านสังฆภัณฑ์บำรุงเมือง", CENTRAL, DOWN, "Bangkok", "bamrungmueang.sangkhaphan",
        offers=[
            o("ไตรจีวร สบง อังสะ ผ้ามัสลิน ขายแยกหรือครบชุด", "monk_robes"),
            o("ย่ามพระ ปักชื่อวัดได้", "monk_yam_bag"),
        ],
        needs=[
            n("ผ้าสีพระเป็นม้วน สำหรับตัดไตร", "robe_cloth"),
            n("ช่างเย็บจีวรรับงานเหมา", "garment_sewing_service"),
        ],
    ),
    sme(
        "bmd-044", "en", "Lotus Seat Manufacturing", CENTRAL, MID, "Samut Prakan", "lotusseat",
        offers=[
            o("Zafu covers only, unfilled, zip and carry handle, 12 colours", "zafu_cover"),
            o("Round meditation cushions, buckwheat filled, 35 cm", "zafu_buckwheat"),
        ],
        needs=[n("Buckwheat husk in bulk, 1 tonne a month", "buckwheat_hulls")],
    ),
    sme(
        "bmd-045", "th", "ร้านเบาะสมาธิสุขใจ", CENTRAL, DOWN, "Nonthaburi", "sukjai.cushion",
        offers=[
            o("เบาะนั่งสมาธิทรงกลม ไส้นุ่น หุ้มผ้าฝ้าย", "zafu_kapok"),
            o("เบาะรองนั่งสี่เหลี่ยม 70x70 ซม. หนา 5 ซม.", "zabuton_mat"),
        ],
        needs=[
            n("นุ่นยัดเบาะเกรดดี ไม่มีเมล็ดปน", "kapok_fibre"),
            n("ซิปไนลอนสำหรับปลอกเบาะ", "nylon_zipper"),
        ],
    ),
    sme(
        "bmd-046", "en", "Still Mind Cushions", HEMP, DOWN, "Chiang Mai", "stillmind",
        offers=[
            o("Crescent and round zafu, kapok fill", "zafu_kapok"),
            o("Zabuton 80 x 70 cm, cotton batting", "zabuton_mat"),
        ],
        needs=[
            n("Natural indigo cotton cloth for cushion covers", "indigo_dyed_cotton_fabric"),
            n("GOTS organic cotton canvas", "cotton_canvas", req=(GOTS,)),
        ],
        certs=("GOTS",),
    ),
    sme(
        "bmd-047", "th", "กลุ่มหมอนขวานผ้าขิดบ้านศรีฐาน", ISAN, DOWN, "Yasothon", "sithan.axepillow",
        offers=[
            o("หมอนขวานผ้าขิด 10 ช่อง ยัดนุ่น", "axe_pillow"),
            o("ที่นอนปิกนิก ผ้าขิด พับสามท่อน", "folding_floor_mattress"),
        ],
        needs=[
            n("ปุยนุ่นอย่างดีสำหรับยัดหมอน", "kapok_fibre"),
            n("ผ้าดิบสำหรับทำปลอกชั้นในของหมอน", "greige_cotton_fabric"),
        ],
        certs=("OTOP",),
    ),
    sme(
        "bmd-048", "en", "Isan Triangle Cushion Export", ISAN, DOWN, "Ubon Ratchathani", "isantriangle",
        offers=[o("Thai triangle cushions, 10 compartments, kapok", "axe_pillow")],
        needs=[n("Kapok fibre, export grade, OEKO-TEX certified", "kapok_fibre", req=(OEKO,))],
        certs=("OTOP 5 stars",),
    ),
    sme(
        "bmd-049", "th", "ร้านชุดขาวธรรมะ", CENTRAL, DOWN, "Nakhon Pathom", "chudkhao.thamma",
        offers=[o("ชุดขาวปฏิบัติธรรม เสื้อคอจีน กางเกงเอวยางยืด", "white_retreat_clothing")],
        needs=[
            n(
                "ผ้าขาวตัดชุด คอตตอนหรือโทเรก็ได้ ไม่ต้องมี OEKO-TEX",
                "bleached_white_cotton_fabric", "tc_white_fabric", waive=(OEKO,),
            ),
        ],
    ),
    sme(
        "bmd-050", "en", "Pure White Retreat Wear", CENTRAL, DOWN, "Bangkok", "purewhite.retreat",
        offers=[o("White meditation pants and tunics, 100% cotton, S-XXL", "white_retreat_clothing")],
        needs=[
            n("OEKO-TEX certified white cotton fabric", "bleached_white_cotton_fabric", req=(OEKO,)),
            n("Sewing house to make up our patterns, 500 pcs a month", "garment_sewing_service"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        "bmd-051", "th", "วิสาหกิจชุมชนตัดเย็บบ้านหนองบ่อ", ISAN, DOWN, "Ubon Ratchathani", "nongbo.sewing",
        offers=[
            o("ชุดขาวใส่ไปวัด เสื้อคอกลม กางเกงขายาว ผ้าฝ้าย", "white_retreat_clothing"),
            o("รับตัดเย็บเสื้อผ้าตามสั่ง งานเหมาโหล", "garment_sewing_service"),
        ],
        needs=[n("ผ้าฝ้ายขาว 100% เป็นม้วน ราคาส่ง ไม่เอาผ้าโทเร", "bleached_white_cotton_fabric")],
    ),
    sme(
        "bmd-052", "en", "Asana Active Wear", SPORT, DOWN, "Bangkok", "asana.active",
        offers=[o("Yoga leggings and tops, quick-dry", "yoga_apparel")],
        needs=[
            n("4-way stretch wicking knit", "wicking_knit_fabric"),
            n("Anti-odour treatment for our finished leggings", "finishing_service"),
        ],
    ),
    sme(
        "bmd-053", "th", "บริษัท โยคะเสื่อไทย จำกัด", SPORT, DOWN, "Chonburi", "yogamat.thai",
        offers=[
            o("เสื่อโยคะยางพาราธรรมชาติ หนา 5 มม.", "yoga_mat"),
            o("สายยืดโยคะผ้าฝ้าย หัวห่วงเหล็ก", "yoga_strap"),
        ],
        needs=[
            n("แผ่นยางพาราฟองน้ำ ทำพื้นเสื่อ", "latex_foam_sheet"),
            n("เทปฝ้ายทอ กว้าง 1.5 นิ้ว", "cotton_webbing"),
        ],
    ),
    sme(
        "bmd-054", "th", "กลุ่มผ้าขาวม้าร้อยสีร้อยเอ็ด", ISAN, DOWN, "Roi Et", "roiet.phakhaoma",
        offers=[o("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "pha_khao_ma")],
        needs=[n("ด้ายฝ้ายโรงงาน เบอร์ 20", "cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        "bmd-055", "en", "Sabai Home Textiles", CENTRAL, DOWN, "Bangkok", "sabaihome",
        offers=[
            o("Waffle-weave cotton blankets, single size", "cotton_blanket"),
            o("Checked cotton loincloths (pha khao ma)", "pha_khao_ma"),
        ],
    ),
    sme(
        "bmd-056", "th", "โรงงานที่นอนนุ่นขอนแก่น", ISAN, DOWN, "Khon Kaen", "kk.mattress",
        offers=[
            o("ที่นอนนุ่นพับได้ 3 ตอน ขนาด 3.5 ฟุต", "folding_floor_mattress"),
            o("หมอนนุ่นหนุนนอน", "kapok_pillow"),
        ],
        needs=[n("นุ่นเส้นใยยาว สะอาด ส่งเป็นตัน", "kapok_fibre")],
    ),
    sme(
        "bmd-057", "en", "Buckwheat Dreams", HEMP, DOWN, "Chiang Mai", "buckwheatdreams",
        offers=[
            o("Buckwheat hull sleeping pillows, organic cotton case", "buckwheat_pillow"),
            o("Lavender and flax eye pillows", "eye_pillow"),
        ],
        needs=[n("Buckwheat hulls, USDA Organic required", "buckwheat_hulls", req=(USDA,))],
    ),
    sme(
        "bmd-058", "th", "ร้านหมอนสมุนไพรบัวขาว", CENTRAL, DOWN, "Bangkok", "buakhao.herbal",
        offers=[
            o("หมอนหนุนไส้เปลือกบัควีท ปลอกถอดซักได้", "buckwheat_pillow"),
            o("หมอนปิดตาสมุนไพร อุ่นไมโครเวฟได้", "eye_pillow"),
        ],
        needs=[n("เปลือกบัควีทสำหรับยัดหมอน ไม่ต้องมี USDA Organic", "buckwheat_hulls", waive=(USDA,))],
    ),
    sme(
        "bmd-059", "en", "Cushion Care Co.", CIRC, DOWN, "Nonthaburi", "cushioncare",
        offers=[o("Refill and repair of worn meditation cushions, pick-up in BKK", "cushion_refill_service")],
        needs=[n("Who sells hulled buckwheat shells? 500 kg a month", "buckwheat_hulls")],
    ),
    sme(
        "bmd-060", "th", "กลุ่มเสื่อกกจันทบูร", HEMP, DOWN, "Chanthaburi", "chanthabun.mat",
        offers=[o("เสื่อกกจันทบูร ทอลวดลาย พับได้", "sedge_mat")],
        needs=[n("ต้นกกผ่าซีก ตากแดดแล้ว", "sedge_reed")],
    ),
    sme(
        "bmd-061", "th", "กลุ่มจักสานผักตบชวาบางบาล", HEMP, DOWN, "Ayutthaya", "bangban.hyacinth",
        offers=[o("เสื่อผักตบชวาสาน ปูพื้น ปูโต๊ะ", "water_hyacinth_mat")],
        bcg=(BIO, GREEN),
    ),
    sme(
        "bmd-062", "th", "ร้านผ้าคลุมไหล่ลายดอย", HEMP, DOWN, "Chiang Rai", "laidoi.shawl",
        offers=[o("ผ้าคลุมไหล่ทอมือ ย้อมสีธรรมชาติ", "shawl")],
        needs=[n("หาคนรับย้อมเปลือกไม้ ผ้าพันคอที่เราทอเอง", "natural_dyeing_service")],
    ),
    sme(
        "bmd-063", "en", "Mekong Yam Bags", ISAN, DOWN, "Nong Khai", "mekongyam",
        offers=[o("Yam shoulder bags in indigo handwoven cotton", "yam_shoulder_bag")],
        needs=[n("Thai indigo cloth, hand-dyed, no synthetic indigo", "indigo_dyed_cotton_fabric")],
    ),
    sme(
        "bmd-064", "th", "บริษัท ถุงเท้าสุขภาพ จำกัด", CENTRAL, DOWN, "Bangkok", "healthsocks",
        offers=[o("ถุงเท้ากันลื่นผู้สูงอายุ มีปุ่มยางใต้ฝ่าเท้า", "non_slip_socks")],
        needs=[
            n("ด้ายฝ้ายสำหรับถักถุงเท้า", "cotton_yarn"),
            n("ด้ายรีไซเคิลที่มี GRS", "recycled_cotton_yarn", req=(GRS,)),
        ],
    ),
    sme(
        "bmd-065", "en", "SeniorSeat Co., Ltd.", CENTRAL, DOWN, "Pathum Thani", "seniorseat",
        offers=[o("Foldable floor chair with back support", "floor_backrest_chair")],
        needs=[
            n("Natural latex foam, 25 mm", "latex_foam_sheet"),
            x("Folding steel frames for floor chairs", "metal frames; no one offers them"),
        ],
    ),
    # --- retreat centres, temples, studios, resorts and shops ---------------------------------
    sme(
        "bmd-066", "en", "Samui Silent Retreat Resort", CENTRAL, DOWN, "Surat Thani", "samuisilent",
        offers=[o("Used hotel sheets and towels, about 2 t a year", "used_bed_linen")],
        needs=[
            n("Round sitting cushions stuffed with kapok, 80 pcs", "zafu_kapok"),
            n("Krajood or pandanus mats for the sala", "krajood_mat", "pandanus_mat"),
        ],
    ),
    sme(
        "bmd-067", "th", "สถานปฏิบัติธรรมบ้านสวนธรรมะ", CENTRAL, DOWN, "Chiang Mai", "bansuan.thamma",
        needs=[
            n("อยากได้ชุดขาวสำหรับผู้มาปฏิบัติ 200 ชุด", "white_retreat_clothing"),
            n("ฟูกพับสำหรับกุฏิ", "folding_floor_mattress"),
        ],
    ),
    sme(
        "bmd-068", "en", "Urban Zen Yoga Studio", SPORT, DOWN, "Bangkok", "urbanzen",
        needs=[
            n("Natural rubber mats, 30 pcs", "yoga_mat"),
            n("Cotton yoga belts with metal buckle", "yoga_strap"),
            x("Rectangular yoga bolsters", "no one offers yoga bolsters"),
        ],
    ),
    sme(
        "bmd-069", "th", "วัดป่าดอนธรรมาราม", ISAN, DOWN, "Ubon Ratchathani", "watpa.dontham",
        needs=[
            n("ผ้าไตรสำหรับงานบวชหมู่ 30 ชุด", "monk_robes"),
            n("ถุงย่ามถวายพระ 100 ใบ", "monk_yam_bag"),
            x("ธงตะขาบผ้าสำเร็จรูป สำหรับงานกฐิน", "ready-made temple banners; no one offers them"),
        ],
    ),
    sme(
        "bmd-070", "en", "Hua Hin Wellness Sanctuary", CENTRAL, DOWN, "Prachuap Khiri Khan", "huahin.sanctuary",
        offers=[o("Used cotton bed linen from 60 rooms, collected monthly", "used_bed_linen")],
        needs=[
            n("Eye pillows for yoga nidra", "eye_pillow"),
            x("GOTS-certified organic cotton bathrobes", "no one offers bathrobes", req=(GOTS,)),
        ],
    ),
    sme(
        "bmd-071", "th", "ศูนย์วิปัสสนาร่มไม้ เขาใหญ่", ISAN, DOWN, "Korat", "rommai.vipassana",
        needs=[
            n("เบาะรองนั่งพื้นแบบสี่เหลี่ยม 150 ใบ", "zabuton_mat"),
            n("มีใครรับเติมไส้เบาะนั่งสมาธิเก่าไหมคะ", "cushion_refill_service"),
        ],
    ),
    sme(
        "bmd-072", "en", "Mindful Living Concept Store", CENTRAL, DOWN, "Bangkok", "mindful.living",
        needs=[
            n("OTOP triangle pillows for our gift corner", "axe_pillow", req=(OTOP,)),
            n("Buckwheat sleep pillows", "buckwheat_pillow"),
            x(
                "Silk meditation shawls carrying the Royal Peacock Emblem",
                "no shawl maker holds the Peacock Emblem", "shawl", req=(PEACOCK,),
            ),
        ],
    ),
    sme(
        "bmd-073", "th", "นิมมานโยคะสตูดิโอ", SPORT, DOWN, "Chiang Mai", "nimman.yoga",
        needs=[
            n("เสื่อโยคะพารา ไม่เอา PVC", "yoga_mat"),
            n("ชุดโยคะผ้าแห้งไว", "yoga_apparel"),
        ],
    ),
    sme(
        "bmd-074", "en", "Udon Lotus Meditation Centre", ISAN, DOWN, "Udon Thani", "udon.lotus",
        needs=[
            n("Kapok-stuffed zafus", "zafu_kapok"),
            x("Wool felt for kneeling pads", "no one offers wool felt"),
        ],
    ),
    sme(
        "bmd-075", "th", "วัดเขาน้อยธรรมวิเวก", CENTRAL, DOWN, "Nakhon Nayok", "khaonoi.temple",
        needs=[
            n("อาสนะสงฆ์ 50 ผืน", "zabuton_mat"),
            n("ผ้าห่มถวายพระหน้าหนาว", "cotton_blanket"),
            x("มุ้งกลดสำหรับพระธุดงค์", "no one offers mosquito nets for monks"),
        ],
    ),
    sme(
        "bmd-076", "en", "Andaman Yoga and Spa Resort", SPORT, DOWN, "Phuket", "andaman.yogaspa",
        needs=[
            n("Yoga straps, 2.5 m", "yoga_strap"),
            n(
                "Floor mats woven from any natural plant: sedge, krajood, pandanus or hyacinth",
                "sedge_mat", "krajood_mat", "pandanus_mat", "water_hyacinth_mat",
            ),
        ],
    ),
    sme(
        "bmd-077", "th", "กลุ่มทอผ้านาหมื่นศรี", HEMP, MID, "Trang", "namuensri.weave",
        offers=[o("ผ้าทอนาหมื่นศรี ลายลูกแก้ว เป็นผืน", "handwoven_cotton_fabric")],
        needs=[n("เส้นฝ้ายโรงงานสำหรับเส้นพุ่ง", "cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        "bmd-078", "en", "Reborn Cushion Studio", CIRC, DOWN, "Bangkok", "reborn.cushion",
        offers=[o("Upcycled patchwork zafu, recycled fibre fill", "zafu_recycled_fill")],
        needs=[
            n("GRS-certified recycled stuffing fibre", "recycled_pet_fibre", "shredded_textile_fill", req=(GRS,)),
            n("Retired hotel sheets for patchwork", "used_bed_linen"),
        ],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        "bmd-079", "th", "บ้านพักปฏิบัติธรรมริมน้ำอัมพวา", CENTRAL, DOWN, "Samut Songkhram", "amphawa.retreat",
        needs=[
            n("หมอนขวาน ไม่ต้องมี OTOP", "axe_pillow", waive=(OTOP,)),
            n("เสื่อผักตบ", "water_hyacinth_mat"),
        ],
    ),
    sme(
        "bmd-080", "en", "Dhamma Gift Online", CENTRAL, DOWN, "Nonthaburi", "dhammagift",
        needs=[
            n("Monk's shoulder bags for temple gift sets", "monk_yam_bag"),
            n("Complete robe sets as ordination gifts", "monk_robes"),
        ],
    ),
    sme(
        "bmd-081", "th", "บ้านพักผู้สูงอายุสุขสงบ", ISAN, DOWN, "Sisaket", "suksangob.care",
        needs=[
            n("เก้าอี้นั่งพื้นมีพนักพิง ให้ผู้สูงอายุนั่งสมาธิ", "floor_backrest_chair"),
            n("ถุงเท้าพื้นยาง กันหกล้ม 200 คู่", "non_slip_socks"),
            x("แผ่นรองซับปัสสาวะแบบซักได้", "washable incontinence pads; no one offers them"),
        ],
    ),
    sme(
        "bmd-082", "en", "Pattaya Flow Yoga", SPORT, DOWN, "Chonburi", "pattaya.flow",
        needs=[
            n("Zafu with buckwheat", "zafu_buckwheat"),
            n("Cotton blankets for savasana", "cotton_blanket"),
        ],
    ),
    sme(
        "bmd-083", "th", "ศูนย์ปฏิบัติธรรมภูพานคำ", ISAN, DOWN, "Khon Kaen", "phuphankham",
        needs=[n("ผ้าขาวม้า 300 ผืน สำหรับผู้ชายใส่อาบน้ำ", "pha_khao_ma")],
    ),
    sme(
        "bmd-084", "en", "Pai Hemp Retreat", HEMP, DOWN, "Mae Hong Son", "pai.hempretreat",
        needs=[
            n("Hemp cloth for cushion covers, GOTS not required", "hemp_fabric", waive=(GOTS,)),
            n("Can anyone stitch zafu covers from hemp cloth we send?", "cushion_sewing_service"),
            x("Wooden seiza benches", "no one offers wooden benches"),
        ],
    ),
    sme(
        "bmd-085", "th", "ร้านอุปกรณ์สมาธิ ธรรมสุข", CENTRAL, DOWN, "Bangkok", "thammasuk.shop",
        needs=[
            n("เบาะสมาธิไส้บัควีท ขายส่ง", "zafu_buckwheat"),
            n("ปลอกเบาะสมาธิ ไม่รวมไส้", "zafu_cover"),
            n("ผ้าฝ้ายทอมือสำหรับหุ้มเบาะ", "handwoven_cotton_fabric"),
        ],
    ),
    sme(
        "bmd-086", "en", "Golden Triangle Eco Lodge", HEMP, DOWN, "Chiang Rai", "gt.ecolodge",
        offers=[o("Used cotton sheets, 40 kg a month", "used_bed_linen")],
        needs=[
            n("Cotton throws, OTOP not required", "cotton_blanket", waive=(OTOP,)),
            n("Indigo dyeing of our own staff uniforms", "indigo_dyeing_service"),
        ],
    ),
    sme(
        "bmd-087", "th", "สวนธรรมริมโขง นครพนม", ISAN, DOWN, "Nakhon Phanom", "suantham.rimkhong",
        needs=[
            n("ชุดขาวใส่ถือศีล ทั้งชายและหญิง", "white_retreat_clothing"),
            n("อยากให้ย้อมครามผ้าห่มของศูนย์ ไม่เอาสีเคมี", "indigo_dyeing_service"),
        ],
    ),
    sme(
        "bmd-088", "en", "Sukhumvit Integrative Wellness Clinic", CENTRAL, DOWN, "Bangkok", "sukhumvit.clinic",
        needs=[
            n("Zabuton floor pads, washable covers", "zabuton_mat"),
            n("Non-slip grip socks for patients", "non_slip_socks"),
            x("Weighted blankets, 7 kg", "no one offers weighted blankets"),
        ],
    ),
    sme(
        "bmd-089", "th", "วัดป่าสันติธรรม", CENTRAL, DOWN, "Phitsanulok", "watpa.santitham",
        needs=[
            n("จีวรสำเร็จ", "monk_robes"),
            n("มีใครรับปักชื่อวัดบนย่ามไหม", "embroidery_service"),
            x("ผ้าอาบน้ำฝนสำเร็จรูป", "no one offers monks' bathing cloths"),
        ],
    ),
    sme(
        "bmd-090", "en", "Buriram Organic Yoga Farm", ISAN, DOWN, "Buriram", "buriram.yogafarm",
        needs=[
            n("Organic Thailand cotton lint for our spinning workshop", "cotton_lint", req=(OT,)),
            n("Silk fabric, Peacock Emblem not required", "silk_fabric", waive=(PEACOCK,)),
        ],
    ),
    sme(
        "bmd-091", "th", "ไร่ภาวนา ลพบุรี", CENTRAL, DOWN, "Lopburi", "raiphawana",
        needs=[
            n("ไส้เบาะแบบรีไซเคิล ได้มาตรฐาน GRS", "recycled_pet_fibre", "shredded_textile_fill", req=(GRS,)),
            x("ใยบัวสำหรับทอผ้า", "no one offers lotus-stem fibre"),
        ],
    ),
    sme(
        "bmd-092", "en", "Krabi Mangrove Spa", CENTRAL, DOWN, "Krabi", "krabi.mangrovespa",
        needs=[
            n("Cassia seed for warm herbal pillows", "cassia_seed"),
            n("Soft kapok bed pillows", "kapok_pillow"),
            x("Igusa rush tatami mats", "no one offers tatami"),
        ],
    ),
    sme(
        "bmd-093", "th", "ร้านของฝากภูไท กาฬสินธุ์", ISAN, DOWN, "Kalasin", "phuthai.souvenir",
        needs=[
            n("ผ้าคลุมไหล่ผืนยาว ไว้ห่มตอนนั่งสมาธิ", "shawl"),
            n("อยากได้หมอนสามเหลี่ยม สินค้าโอทอป", "axe_pillow", req=(OTOP,)),
            n("ย่ามผ้าฝ้าย ขายนักท่องเที่ยว", "yam_shoulder_bag"),
        ],
    ),
    sme(
        "bmd-094", "en", "Bangkok Meditation Collective", CENTRAL, DOWN, "Bangkok", "bkk.meditation",
        needs=[
            n("Zafu, any filling", *ANY_ZAFU),
            x("Singing bowls and incense", "not textile goods; no one offers them"),
        ],
    ),
    sme(
        "bmd-095", "th", "ธรรมสถานภูแลนคา", ISAN, DOWN, "Chaiyaphum", "phulaenkha",
        needs=[n("หาร้านเย็บชุดขาว ใช้ผ้าที่เราซื้อไว้แล้ว", "garment_sewing_service")],
    ),
)
# fmt: on

# ------------------------------------------------------------------ checks

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9.\-]*@[a-z0-9.\-]+\.[a-z]{2,}$")
CERT_BY_NAME = {c.name: c for c in CERTIFICATIONS}
MAX_PHRASES = 3
MIN_THAI_SHARE = 0.6  # share of Thai letters among all letters of a Thai phrase
MAX_SIMILARITY = 0.5  # character-trigram overlap allowed between a need and an offer that meets it


def is_thai(char: str) -> bool:
    return "\u0e00" <= char <= "\u0e7f"


def thai_share(text: str) -> float:
    thai = sum(1 for c in text if is_thai(c) and unicodedata.category(c)[0] in "LM")
    other = sum(1 for c in text if c.isalpha() and not is_thai(c))
    return thai / (thai + other) if thai + other else 0.0


def latin_only(text: str) -> bool:
    return not any(is_thai(c) for c in text) and all(
        unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha()
    )


def squeeze(text: str) -> str:
    return re.sub(r"[\s\-_.,:;/()'’&+%]+", "", unicodedata.normalize("NFKC", text).casefold())


def similarity(a: str, b: str) -> float:
    grams_a = {a[i : i + 3] for i in range(len(a) - 2)}
    grams_b = {b[i : i + 3] for i in range(len(b) - 2)}
    if not grams_a or not grams_b:
        return 1.0 if a == b else 0.0
    return len(grams_a & grams_b) / len(grams_a | grams_b)


def names_certification(text: str, name: str) -> bool:
    cert = CERT_BY_NAME[name]
    key = squeeze(text)
    phrases = (cert.name, cert.full_name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
    return any(squeeze(phrase) in key for phrase in phrases)


def held_certifications(s: Sme) -> frozenset[str]:
    return canonical_certifications(s.certifications)


def qualified(need: Need, buyer: Sme) -> list[Sme]:
    """The suppliers (never the buyer itself) that meet `need`."""
    return [
        s
        for s in SMES
        if s.id != buyer.id
        and set(need.requires) <= held_certifications(s)
        and any(offer.label in need.labels for offer in s.offers)
    ]


def true_links() -> list[tuple[str, str]]:
    pairs = {(s.id, buyer.id) for buyer in SMES for need in buyer.needs for s in qualified(need, buyer)}
    return sorted(pairs)


def check_profile(s: Sme, position: int) -> list[str]:
    errors: list[str] = []
    where = s.id
    if not ID_RE.match(s.id) or s.id != f"{PREFIX}-{position:03d}":
        errors.append(f"{where}: id out of place or malformed (expected {PREFIX}-{position:03d})")
    if s.language not in LANGUAGES:
        errors.append(f"{where}: language {s.language!r}")
    if s.sub_cluster not in {v.value for v in SubCluster}:
        errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
    if s.stage not in {v.value for v in Stage}:
        errors.append(f"{where}: stage {s.stage!r}")
    if resolve_province(s.province) is None:
        errors.append(f"{where}: province {s.province!r} does not resolve")
    for tag in s.bcg:
        if tag not in {v.value for v in BcgTag}:
            errors.append(f"{where}: bcg {tag!r}")
    if len(set(s.bcg)) != len(s.bcg):
        errors.append(f"{where}: bcg repeated")
    for cert in s.certifications:
        if resolve_certification(cert) is None:
            errors.append(f"{where}: certification {cert!r} does not resolve")
    if not EMAIL_RE.match(s.email):
        errors.append(f"{where}: email {s.email!r}")
    if not s.name.strip():
        errors.append(f"{where}: empty name")
    if len(s.offers) > MAX_PHRASES or len(s.needs) > MAX_PHRASES:
        errors.append(f"{where}: more than {MAX_PHRASES} offers or needs")
    if not s.offers and not s.needs:
        errors.append(f"{where}: neither offers nor needs")
    texts = [s.name, *(offer.text for offer in s.offers), *(need.text for need in s.needs)]
    if len({squeeze(t) for t in texts}) != len(texts):
        errors.append(f"{where}: a phrase repeated within the profile")
    for text in texts:
        if text != text.strip() or "  " in text or not text:
            errors.append(f"{where}: stray spaces in {text!r}")
        if s.language == "th" and thai_share(text) < MIN_THAI_SHARE:
            errors.append(f"{where}: Thai phrase not mostly Thai letters: {text!r}")
        if s.language == "en" and not latin_only(text):
            errors.append(f"{where}: English phrase with non-Latin letters: {text!r}")
    held = held_certifications(s)
    for offer in s.offers:
        if not LABEL_RE.match(offer.label):
            errors.append(f"{where}: offer label {offer.label!r}")
        claimed = find_certifications(offer.text)
        if not claimed <= held:
            errors.append(f"{where}: offer {offer.text!r} claims {sorted(claimed - held)} not held")
    return errors


def check_need(need: Need, buyer: Sme, offered: dict[str, set[str]]) -> list[str]:
    errors: list[str] = []
    where = f"{buyer.id} need {need.text!r}"
    for label in need.labels:
        if not LABEL_RE.match(label):
            errors.append(f"{where}: label {label!r}")
        elif not offered.get(label, set()) - {buyer.id}:
            errors.append(f"{where}: no one but the buyer offers {label!r}")
    for name in (*need.requires, *need.waives):
        if name not in CERT_BY_NAME:
            errors.append(f"{where}: {name!r} is not a canonical certification name")
    if set(need.requires) & set(need.waives):
        errors.append(f"{where}: a certification both required and waived")
    found = find_certifications(need.text)
    if found != set(need.requires):
        errors.append(f"{where}: text requires {sorted(found)}, labelled {sorted(need.requires)}")
    for name in need.waives:
        if name in CERT_BY_NAME and not names_certification(need.text, name):
            errors.append(f"{where}: waives {name} without naming it")
    suppliers = qualified(need, buyer)
    if need.unmet:
        if suppliers:
            errors.append(f"{where}: marked unmet but met by {[s.id for s in suppliers]}")
    else:
        if not need.labels:
            errors.append(f"{where}: met need lists no labels")
        elif not suppliers:
            errors.append(f"{where}: no qualified supplier")
        for s in suppliers:
            for offer in s.offers:
                if offer.label in need.labels:
                    score = similarity(squeeze(need.text), squeeze(offer.text))
                    if score > MAX_SIMILARITY:
                        errors.append(f"{where}: worded like {s.id} offer {offer.text!r} ({score:.2f})")
    return errors


def check_all() -> list[str]:
    errors: list[str] = []
    for position, s in enumerate(SMES, start=1):
        errors += check_profile(s, position)
    for field in ("id", "name", "email"):
        values = Counter(getattr(s, field) for s in SMES)
        errors += [f"{field} {value!r} used {count} times" for value, count in values.items() if count > 1]
    offered: dict[str, set[str]] = {}
    for s in SMES:
        for offer in s.offers:
            offered.setdefault(offer.label, set()).add(s.id)
    for buyer in SMES:
        for need in buyer.needs:
            errors += check_need(need, buyer, offered)
    return errors


def check_targets(links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    lang = {s.id: s.language for s in SMES}
    needs = [(buyer, need) for buyer in SMES for need in buyer.needs]
    met = [len(qualified(need, buyer)) for buyer, need in needs if not need.unmet]
    unmet = sum(1 for _, need in needs if need.unmet)
    thai = sum(1 for s in SMES if s.language == "th") / len(SMES)
    cross = sum(1 for a, b in links if lang[a] != lang[b])
    if len(SMES) != SIZE:
        errors.append(f"{len(SMES)} profiles, expected {SIZE}")
    if not 0.50 <= thai <= 0.60:
        errors.append(f"Thai share {thai:.2f} outside 0.50-0.60")
    if not 160 <= len(links) <= 180:
        errors.append(f"{len(links)} true links, expected 160-180")
    if links and not 0.40 <= cross / len(links) <= 0.60:
        errors.append(f"cross-language share {cross / len(links):.2f} outside 0.40-0.60")
    if not 17 <= unmet <= 23:
        errors.append(f"{unmet} needs met by no one, expected about 20")
    if met and sum(1 for k in met if k <= 3) / len(met) < 0.7:
        errors.append("fewer than 70 % of met needs have 1-3 suppliers")
    if not any(k > 3 for k in met):
        errors.append("no need is met by more than 3 suppliers")
    if all(s.needs for s in SMES) or all(s.offers for s in SMES):
        errors.append("every profile has needs, or every profile has offers")
    return errors


# ------------------------------------------------------------------ counts and files


def share(part: int, whole: int) -> str:
    return f"{part} ({100 * part / whole:.1f} %)" if whole else "0"


def count_rows(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in SMES}
    needs = [(buyer, need) for buyer in SMES for need in buyer.needs]
    unmet = sum(1 for _, need in needs if need.unmet)
    th_en = sum(1 for a, b in links if by_id[a].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for a, b in links if by_id[a].language == "en" and by_id[b].language == "th")
    provinces = [resolve_province(s.province) for s in SMES]
    cross_sub = sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster)
    rows = [
        ("profiles", str(len(SMES))),
        ("Thai / English", " / ".join(str(sum(1 for s in SMES if s.language == lang)) for lang in ("th", "en"))),
    ]
    rows += [(f"sub-cluster {v.value}", str(sum(1 for s in SMES if s.sub_cluster == v.value))) for v in SubCluster]
    rows += [(f"stage {v.value}", str(sum(1 for s in SMES if s.stage == v.value))) for v in Stage]
    regions = Counter(p.region for p in provinces if p is not None)
    rows += [(f"region {region.value}", str(regions[region])) for region in Region]
    rows += [
        ("distinct provinces", str(len({p.name_en for p in provinces if p is not None}))),
        ("offers", str(sum(len(s.offers) for s in SMES))),
        ("distinct offer labels", str(len({offer.label for s in SMES for offer in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(needs) - unmet} / {unmet}"),
        ("needs requiring a certification", str(sum(1 for _, need in needs if need.requires))),
        ("needs waiving a certification", str(sum(1 for _, need in needs if need.waives))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links", share(th_en + en_th, len(links))),
        ("within-language links", str(len(links) - th_en - en_th)),
        ("links between different sub-clusters", str(cross_sub)),
    ]
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


def profile_line(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [offer.text for offer in s.offers],
        "needs": [need.text for need in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.language,
    }
    return json.dumps(record, ensure_ascii=False)


README = """\
# `eval/blind_plain_meditation/`: meditation and retreat goods, plain registry entries

A hand-labelled test set for the partner matchmaking of the Health and Wellness Economy cluster. It measures
how well the matcher finds the true supplier-buyer pairs among {size} SMEs whose offers and needs are worded
in ways it has never seen.

## What the set checks

The theme is meditation and retreat goods: zafu and zabuton cushions, buckwheat husk and kapok filling,
meditation shawls and white retreat clothing, floor mats of sedge, krajood, pandanus and water hyacinth, monk
robes and yam bags, and the retreat centres, temples, yoga studios, care homes and wellness resorts that buy
them, together with the ordinary upstream and midstream suppliers (hemp and cotton fibre, yarn, cloth,
indigo and natural dyeing, sewing, trims, recycled fibre and used textiles).

Each profile is a plain registry entry: 1-3 short phrases of offers and 1-3 of needs (some SMEs have only
one side), about 55 % written in Thai and the rest in English. The same goods are named in many ways: local
and regional names (หม้อห้อม and ห้อม in the north, ผ้าขิด and หมอนขวาน in Isan, สาด and ปาหนัน in the
south, อาสนะ at a temple), trade words and abbreviations (PFD, loomstate, T/C, CMT, Ne, Nm, gsm), brand
names (YKK, Tetoron), with and without quantities, sizes, prices and places. A need is worded differently
from the offers that meet it, often in the other language. The hard but fair cases:

- a service versus the goods it works on: indigo dyeing of the customer's cloth versus indigo-dyed cloth,
  sewing for others versus finished white clothing, refilling worn cushions versus the husk itself,
  weaving the customer's yarn versus handwoven cloth, embroidery versus an embroidered bag, stitching
  covers from the customer's cloth versus ready-made zafu covers;
- the customer's own goods sent for work;
- waste and used goods versus new (used hotel linen, used garments, cutting-room offcuts, recycled fill);
- raw versus processed: kapok pods, kapok fluff, kapok pillows; hemp bast, hemp yarn, hemp cloth, a hemp
  shawl; hand-spun versus machine-spun yarn; cut sedge versus sedge mats; greige versus bleached cloth;
  zafu covers versus filled zafus, and a zafu's filling (kapok, buckwheat, recycled fibre);
- goods that share a name but not a use: a monk's yam bag versus a lay yam bag, cotton versus
  polyester-cotton (Tetoron) white cloth, natural indigo versus chemically dyed navy cloth;
- finished goods described by their material, colour or technique (a yam bag of indigo handwoven cotton is
  a bag; an indigo-dyed shawl is a shawl);
- needs written as a wish, a bare noun phrase or a question, and refusals (no synthetic dye, no PVC, no
  polyester-cotton);
- needs that require a named certification (a supplier without it does not meet them), needs that name one
  only to waive it, and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the shared `CONTRACTS.md` (cluster profiles, JSONL
version 1, and the links CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings. The writer did
not read the matcher, its glossary, its tests or any other evaluation set, and did not run the matcher.
Every province resolves with `resolve_province`, every certification with `resolve_certification`.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is
(`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `kapok_pods` versus `kapok_fibre`). Every need
lists the offer labels that would meet it and the certifications its text requires, or is marked as met by
no one with a short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a
label listed by one of the buyer's needs and the supplier's certifications hold every certification that
need requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link; what changes what the thing is does (a filling, a raw or processed state, goods versus
a service, new versus used). A waived certification is not required. The labels live only in `write.py`;
the profiles carry none.

Before writing, the script checks that ids are unique and well-formed, every contract field is valid, every
label a need lists is offered by someone other than the buyer, every met need has a qualified supplier and
every unmet one has none, the certifications a need's text requires are exactly those labelled (a waived one
is named in the text), Thai phrases are mostly Thai letters and English ones Latin only, no need is worded
almost like an offer that meets it, and the size targets hold. It writes nothing if a check fails.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_meditation/write.py

Two runs give identical bytes.

## Files

- `write.py`: all the data and labels, the checks, and the writer of the three files below.
- `profiles.jsonl`: the {size} profiles (`{first}` ... `{last}`), JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")


def main() -> int:
    errors = check_all()
    links = true_links()
    errors += check_targets(links)
    rows = count_rows(links)
    if errors:
        for error in errors:
            print(error, file=sys.stderr)
        print(table(rows), file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    write_text(HERE / "profiles.jsonl", "".join(profile_line(s) + "\n" for s in SMES))
    write_text(HERE / "links.csv", "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links))
    readme = README.format(size=len(SMES), first=SMES[0].id, last=SMES[-1].id, table=table(rows))
    write_text(HERE / "README.md", readme)
    print(table(rows), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
