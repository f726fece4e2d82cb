"""Write the hand-labelled evaluation set `eval/blind_plain_ecoprint/`.

Eco-printing and botanical printing (leaf prints on silk and cotton, mordanted blanks, iron water and
alum, teak and eucalyptus leaves, workshops, galleries, boutiques, hotels) plus the ordinary fibre, yarn,
cloth, dyeing and sewing suppliers of the cluster. 95 plain registry entries, about 55 % in Thai.

Every offer carries a label saying what the thing is; every need lists the labels that would meet it and
the certifications its text requires, or is marked as met by no one. The true links follow from the labels
alone. Labels live only in this file; the written profiles carry none.

Run from the repository root:  .venv/bin/python eval/blind_plain_ecoprint/write.py
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

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "bep"
N_PROFILES = 95
LINK_RANGE = (160, 180)
UNMET_RANGE = (17, 23)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ISO9001 = "ISO 9001"
FAIRTRADE = "Fairtrade"
SA8000 = "SA8000"
BLUESIGN = "bluesign"


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str = ""

    @property
    def unmet(self) -> bool:
        return bool(self.unmet_note)


def met(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that the offers carrying one of `labels` meet (from a supplier holding every `req`)."""
    return Need(text, tuple(labels), tuple(req), tuple(waive))


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req`, when given, say what would."""
    return Need(text, tuple(labels), tuple(req), tuple(waive), note)


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    handle: str
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"

    @property
    def labels(self) -> set[str]:
        return {label for _, label in self.offers}


def sme(
    head: tuple[int, str, str, str, str, str, str],
    *,
    offers: list[tuple[str, str]] | None = None,
    needs: list[Need] | None = None,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    """One profile: head is (number, language, name, sub-cluster, stage, province, e-mail handle)."""
    num, lang, name, sub, stage, province, handle = head
    return Sme(num, lang, name, sub, stage, province, handle, tuple(offers or ()), tuple(needs or ()), certs, bcg)


# ------------------------------------------------------------------ the profiles

UPSTREAM: list[Sme] = [
    # ------------------------------------------------ upstream: fibre, yarn, leaves, mordants, waste
    sme(
        (1, "th", "กลุ่มเกษตรกรฝ้ายอินทรีย์แม่แตง", HEMP, UP, "Chiang Mai", "maetaengcotton"),
        offers=[
            ("ปุยฝ้ายอินทรีย์ หีบเมล็ดออกแล้ว", "cotton_lint"),
            ("ฝ้ายเข็นมือ สีขาวธรรมชาติ ไจละ 100 กรัม", "handspun_cotton_yarn"),
        ],
        needs=[unmet("เมล็ดพันธุ์ฝ้ายตุ่ยพื้นเมือง", "no one in the set sells cotton seed")],
        certs=(ORG_TH,),
        bcg=("bio", "green"),
    ),
    sme(
        (2, "en", "Umphang Hemp Collective", HEMP, UP, "Tak", "umphanghemp"),
        offers=[
            ("decorticated hemp bast, sun-dried", "hemp_fibre"),
            ("hand-twisted hemp yarn, 1 kg bundles", "hemp_yarn"),
        ],
        needs=[met("soda ash for boiling the bast", "scouring_alkali")],
        bcg=("bio",),
    ),
    sme(
        (3, "th", "วิสาหกิจชุมชนผู้สูงวัยสาวไหมบ้านโนนสะอาด", ALI, UP, "Khon Kaen", "nonsaardsilk"),
        offers=[
            ("ไหมน้อย สาวมือ เส้นเล็ก", "silk_yarn"),
            ("รังไหมพันธุ์พื้นบ้าน สีเหลือง", "silk_cocoons"),
        ],
        needs=[unmet("ใบหม่อนสด ส่งทุกสัปดาห์", "no mulberry-leaf grower in the set")],
        bcg=("bio",),
    ),
    sme(
        (4, "th", "ไร่ครามอินทรีย์พังโคน", HEMP, UP, "Sakon Nakhon", "phangkhonindigo"),
        offers=[("ครามเปียก หมักเอง ถังละ 10 กก.", "indigo_paste")],
        certs=(ORG_TH,),
        bcg=("bio",),
    ),
    sme(
        (5, "en", "Phrae Hom Paste", HEMP, UP, "Phrae", "phraehom"),
        offers=[("Strobilanthes (hom) indigo paste, 5 kg pail", "indigo_paste")],
        bcg=("bio",),
    ),
    sme(
        (6, "th", "ส.รุ่งเรือง รับซื้อเศษผ้า", CIRC, UP, "Samut Sakhon", "sroongruang"),
        offers=[
            ("เศษผ้าคอตตอนจากโรงงานตัดเย็บ คัดสีแล้ว", "cotton_offcuts"),
            ("เสื้อผ้ามือสองเกรด B ขายยกกระสอบ", "used_clothing"),
        ],
        needs=[met("รับซื้อผ้าปูที่นอน ปลอกหมอน ที่โรงแรมปลดระวาง", "used_hotel_linen")],
        bcg=("circular",),
    ),
    sme(
        (7, "en", "Loop Fibre Recycling", CIRC, UP, "Pathum Thani", "loopfibre"),
        offers=[
            ("mechanically recycled cotton fibre (shoddy)", "recycled_cotton_fibre"),
            ("OE recycled cotton yarn Ne 10/1", "recycled_cotton_yarn"),
        ],
        needs=[met("pre-consumer cotton cuttings, light shades, min 1 tonne", "cotton_offcuts")],
        certs=(GRS,),
        bcg=("circular",),
    ),
    sme(
        (8, "th", "สวนยูคาแม่สรวย", HEMP, UP, "Chiang Rai", "maesuaieuca"),
        offers=[
            ("ใบยูคาลิปตัสสด ตัดเช้าส่งเย็น", "eucalyptus_leaves"),
            ("กิ่งยูคาซินีเรีย มัดละครึ่งโล", "eucalyptus_leaves"),
        ],
        needs=[unmet("กล่องโฟมพร้อมเจลเย็น สำหรับส่งใบไม้สด", "no packaging supplier in the set")],
        bcg=("bio",),
    ),
    sme(
        (9, "en", "Lampang Teak Leaf Supply", HEMP, UP, "Lampang", "teakleaf"),
        offers=[
            ("young teak leaves, frozen, 1 kg packs", "teak_leaves"),
            ("samo (myrobalan) fruit powder", "myrobalan_tannin"),
        ],
        bcg=("bio",),
    ),
    sme(
        (10, "th", "ร้านวัตถุดิบสีธรรมชาติบ้านโป่ง", HEMP, UP, "Ratchaburi", "banpongdye"),
        offers=[
            ("ไม้ฝางสับ ครั่ง เปลือกประดู่ ขายเป็นกิโล", "natural_dyestuff"),
            ("สารส้มก้อนใส", "alum_mordant"),
            ("จุนสี (คอปเปอร์ซัลเฟต) ถุงครึ่งกิโล", "copper_mordant"),
        ],
        needs=[met("ผงสมอไทย รับซื้อไปบรรจุขายปลีก", "myrobalan_tannin")],
    ),
    sme(
        (11, "en", "Siam Dye Auxiliaries", HEMP, UP, "Chonburi", "siamdyeaux"),
        offers=[
            ("ferrous sulphate heptahydrate, 25 kg bag", "iron_mordant"),
            ("potash alum powder, food grade", "alum_mordant"),
            ("soda ash light, 50 kg", "scouring_alkali"),
        ],
        certs=(ISO9001,),
    ),
    sme(
        (12, "th", "กลุ่มสาวไหมผู้สูงวัยบ้านท่าสว่าง", ALI, UP, "Surin", "thasawangsilk"),
        offers=[("เส้นไหมพื้นบ้าน สาวมือ ยังไม่ฟอกกาว", "silk_yarn")],
        needs=[met("ครั่งสำหรับย้อมเส้นไหมสีแดง", "natural_dyestuff")],
        bcg=("bio",),
    ),
    sme(
        (13, "th", "กลุ่มปั่นฝ้ายนาด้วง", HEMP, UP, "Loei", "naduangcotton"),
        offers=[
            ("ฝ้ายตุ่ยสีน้ำตาล ปั่นมือ", "handspun_cotton_yarn"),
            ("ปุยฝ้ายขาว ดีดแล้ว พร้อมเข็น", "cotton_lint"),
        ],
    ),
    sme(
        (14, "en", "Andaman Linen Loop", CIRC, UP, "Phuket", "andamanloop"),
        offers=[("retired hotel bedsheets, white, washed and sorted by size", "used_hotel_linen")],
        needs=[met("discarded sheets and towels from resorts, Phuket and Krabi", "used_hotel_linen")],
        bcg=("circular",),
    ),
    sme(
        (15, "th", "สวนใบไม้ย้อมสีเมืองน่าน", HEMP, UP, "Nan", "nanleafgarden"),
        offers=[
            ("ใบสบู่เลือด ใบหูกวาง ใบมะยม แพ็ครวม", "mixed_print_leaves"),
            ("ใบสักอ่อน กก.ละ 80", "teak_leaves"),
        ],
        bcg=("bio",),
    ),
    sme(
        (16, "en", "EcoThread rPET", SPORT, UP, "Samut Prakan", "ecothread"),
        offers=[("recycled polyester DTY 75D/72F", "recycled_polyester_yarn")],
        needs=[unmet("clear PET bottle flakes, hot-washed", "no PET flake seller in the set")],
        certs=(GRS, OEKO),
        bcg=("circular",),
    ),
    sme(
        (17, "th", "กลุ่มปลูกกัญชงปางมะผ้า", HEMP, UP, "Mae Hong Son", "pangmaphahemp"),
        offers=[("เส้นใยกัญชงเข็นมือ ต่อเส้นแบบม้ง", "hemp_yarn")],
        bcg=("bio",),
    ),
    sme(
        (18, "en", "Saraburi Organic Spinners", HEMP, UP, "Saraburi", "sbspinners"),
        offers=[
            ("GOTS organic cotton yarn Ne 20/2 on cones", "mill_cotton_yarn"),
            ("combed cotton yarn 30s, conventional", "mill_cotton_yarn"),
            ("reactive-dyed cotton yarn, 40 shades", "reactive_dyed_yarn"),
        ],
        needs=[met("ginned cotton, Organic Thailand certified, bales", "cotton_lint", req=(ORG_TH,))],
        certs=(GOTS, ISO9001),
        bcg=("green",),
    ),
    sme(
        (19, "th", "เศษผ้าไหมนครชัยศรี", CIRC, UP, "Nakhon Pathom", "nakhonchaisrisilk"),
        offers=[("เศษผ้าไหมจากร้านตัดชุดไทย ชิ้นเล็ก", "silk_scraps")],
        bcg=("circular",),
    ),
    sme(
        (20, "th", "วิสาหกิจชุมชนฝ้ายอินทรีย์กุดชุม", ALI, UP, "Yasothon", "kudchumcotton"),
        offers=[
            ("ฝ้ายอินทรีย์ทั้งเมล็ด ยังไม่หีบ", "seed_cotton"),
            ("ฝ้ายเข็น เส้นใหญ่ สำหรับผ้าห่ม", "handspun_cotton_yarn"),
        ],
        needs=[unmet("เครื่องหีบฝ้ายมือสอง", "no machinery seller in the set")],
        certs=(ORG_TH,),
        bcg=("bio",),
    ),
]

MIDSTREAM: list[Sme] = [
    # ------------------------------------------------ midstream: cloth, blanks, dyeing, printing, sewing
    sme(
        (21, "th", "สตูดิโอใบไม้พิมพ์ผ้าแม่ริม", HEMP, MID, "Chiang Mai", "maerimleaf"),
        offers=[
            ("รับพิมพ์ลายใบไม้ลงผ้าของลูกค้า ขั้นต่ำ 10 ผืน", "ecoprint_service"),
            ("ผ้าไหมอีโคปริ้นท์ ตัดขายเป็นหลา", "ecoprint_silk_fabric"),
        ],
        needs=[
            met("ใบยูคาสดๆ ส่งทุกอาทิตย์", "eucalyptus_leaves"),
            met("ผ้าไหมขาว ยังไม่ย้อม หน้ากว้าง 110 ซม.", "plain_silk_fabric"),
        ],
        bcg=("bio", "green"),
    ),
    sme(
        (22, "en", "Blank Canvas Lamphun", HEMP, MID, "Lamphun", "blankcanvaslp"),
        offers=[
            ("pre-mordanted silk scarf blanks (alum), 35x180 cm", "mordanted_silk_blank"),
            ("cotton squares mordanted with tannin and alum, for classes", "mordanted_cotton_blank"),
        ],
        needs=[
            met("hemmed silk scarves, undyed, bulk", "blank_silk_scarf"),
            met("tannin powder (samo / myrobalan)", "myrobalan_tannin"),
        ],
    ),
    sme(
        (23, "th", "กลุ่มย้อมครามผู้สูงวัยบ้านดอนกอย", ALI, MID, "Sakon Nakhon", "donkoiindigo"),
        offers=[
            ("รับจ้างย้อมครามผ้าของลูกค้า คิดตามน้ำหนัก", "indigo_dyeing_service"),
            ("ผ้าฝ้ายทอมือย้อมครามธรรมชาติ ม้วน 20 เมตร", "indigo_cotton_fabric"),
        ],
        needs=[
            met("เนื้อครามคุณภาพดี ส่งประจำ", "indigo_paste"),
            met("ผ้าฝ้ายขาวทอมือ ยังไม่ผ่านการย้อม", "handwoven_cotton_fabric"),
        ],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        (24, "en", "Thung Hong Mo Hom Works", HEMP, MID, "Phrae", "thunghong"),
        offers=[("mo hom indigo cotton, sold by the metre", "indigo_cotton_fabric")],
        needs=[
            met("mill-woven plain white cotton for dyeing, 44 inch", "mill_cotton_fabric"),
        ],
    ),
    sme(
        (25, "th", "ทอผ้าไหมบ้านเขว้า", ALI, MID, "Chaiyaphum", "bankhwaosilk"),
        offers=[
            ("ผ้าไหมพื้นสีขาว ยังไม่ย้อม ตรานกยูงพระราชทาน", "plain_silk_fabric"),
            ("ผ้าไหมมัดหมี่ลายโบราณ", "mudmee_silk_fabric"),
        ],
        needs=[met("เส้นไหมพุ่ง พันธุ์ไทย ยังไม่ย้อม", "silk_yarn")],
        certs=(PEACOCK,),
    ),
    sme(
        (26, "en", "Sampheng Silk & Cotton Trading", HEMP, MID, "Bangkok", "samphengtrading"),
        offers=[
            ("silk habotai 8 momme, 114 cm, per roll", "plain_silk_fabric"),
            ("plain cotton: voile, muslin, canvas; greige or PFD", "mill_cotton_fabric"),
            ("white silk scarf blanks, hemmed, 45x180", "blank_silk_scarf"),
        ],
        certs=(OEKO,),
    ),
    sme(
        (27, "th", "ผ้าทอมือสันกำแพง", HEMP, MID, "Chiang Mai", "sankamphaengweave"),
        offers=[
            ("ผ้าฝ้ายทอมือ สีดิบ หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
            ("รับทอผ้าจากเส้นด้ายของลูกค้า", "weaving_service"),
        ],
        needs=[
            met("ฝ้ายปั่นมือ สีดิบ ไจละโล", "handspun_cotton_yarn"),
            met("ด้ายยืนฝ้ายโรงงาน เบอร์ 20", "mill_cotton_yarn"),
        ],
    ),
    sme(
        (28, "en", "Phayao Hemp Loom", HEMP, MID, "Phayao", "phayaohemp"),
        offers=[("handwoven hemp cloth, natural ecru, 40 cm width", "hemp_fabric")],
        needs=[met("Hmong hemp thread, hand-spliced", "hemp_yarn")],
        bcg=("bio",),
    ),
    sme(
        (29, "th", "โคราชการ์เมนต์", ALI, MID, "Nakhon Ratchasima", "koratgarment"),
        offers=[("รับตัดเย็บเสื้อผ้า ขั้นต่ำ 300 ตัว", "sewing_service")],
        needs=[met("ป้ายคอเสื้อแบบทอ ใส่ชื่อแบรนด์", "woven_labels")],
        certs=(ISO9001,),
    ),
    sme(
        (30, "en", "Hem & Edge Studio", ALC, MID, "Bangkok", "hemandedge"),
        offers=[
            ("hand-rolled hems for silk scarves, per piece", "scarf_hemming_service"),
            ("undyed crepe silk scarves with rolled edge, 90x90", "blank_silk_scarf"),
        ],
        needs=[unmet("Juki overlocker servicing", "no machine repair in the set")],
    ),
    sme(
        (31, "th", "เรือนย้อมสีธรรมชาติเขลางค์", HEMP, MID, "Lampang", "khelangdye"),
        offers=[
            ("รับย้อมผ้าและด้ายด้วยสีธรรมชาติ ฝาง ครั่ง ขนุน", "natural_dyeing_service"),
            ("ด้ายฝ้ายย้อมเปลือกไม้ พร้อมทอ", "natural_dyed_cotton_yarn"),
        ],
        needs=[
            met("แก่นขนุน เปลือกประดู่ ไม้ฝาง", "natural_dyestuff"),
        ],
        bcg=("bio", "green"),
    ),
    sme(
        (32, "en", "Leafprint Lab Chiang Rai", HEMP, MID, "Chiang Rai", "leafprintlab"),
        offers=[
            ("botanical printing on customer garments", "ecoprint_service"),
            ("eco-printed cotton yardage", "ecoprint_cotton_fabric"),
        ],
        needs=[
            met("iron mordant (ferrous) for dark leaf outlines", "iron_mordant"),
            met("Indian almond, castor and rose leaves", "mixed_print_leaves"),
        ],
        bcg=("green",),
    ),
    sme(
        (33, "th", "รีลีฟ สตูดิโอ ผ้าเก่าพิมพ์ใบไม้", CIRC, MID, "Bangkok", "releafstudio"),
        offers=[("ผ้าปูเก่าพิมพ์ลายใบไม้ ขายทั้งผืน", "ecoprint_cotton_fabric")],
        needs=[met("ผ้าปูที่นอนสีขาวที่ใช้แล้ว", "used_hotel_linen")],
        bcg=("circular",),
    ),
    sme(
        (34, "en", "Knitlab Samut Prakan", SPORT, MID, "Samut Prakan", "knitlab"),
        offers=[
            ("organic cotton single jersey 180 gsm, PFD", "cotton_jersey"),
            ("rPET interlock for sportswear", "rpet_knit"),
        ],
        needs=[
            met("GOTS-certified organic cotton yarn Ne 30", "mill_cotton_yarn", req=(GOTS,)),
            met("GRS recycled polyester filament", "recycled_polyester_yarn", req=(GRS,)),
        ],
        certs=(GOTS, OEKO),
    ),
    sme(
        (35, "th", "ชลถักผ้ายืด", SPORT, MID, "Chonburi", "chonknit"),
        offers=[("ผ้าคอตตอนสแปนเด็กซ์ 220 แกรม สีขาว พร้อมย้อม", "cotton_jersey")],
        needs=[met("ด้ายคอตตอนหวี Ne 40 ยังไม่ย้อม", "mill_cotton_yarn")],
    ),
    sme(
        (36, "th", "ร้านถุงผ้าดิบนนท์", ALC, MID, "Nonthaburi", "nonbag"),
        offers=[
            ("ถุงผ้าดิบเปล่า ไม่สกรีน 12x14 นิ้ว", "blank_tote"),
            ("เสื้อยืดคอตตอน 100% สีขาว ไม่มีลาย", "blank_tshirt"),
        ],
        needs=[met("ผ้าแคนวาส ผ้าดิบ ม้วนใหญ่", "mill_cotton_fabric", "recycled_cotton_fabric")],
    ),
    sme(
        (37, "en", "Mordant Works Chiang Mai", HEMP, MID, "Chiang Mai", "mordantworks"),
        offers=[
            ("scouring and alum mordanting of your fabric, per kg", "mordanting_service"),
            ("mordanted linen-cotton yardage", "mordanted_cotton_blank"),
        ],
        needs=[
            met("white 100% cotton tees, unprinted", "blank_tshirt"),
            met("washing soda (sodium carbonate)", "scouring_alkali"),
        ],
    ),
    sme(
        (38, "th", "ผ้าครามบ้านนาข่า", ALI, MID, "Udon Thani", "nakhaindigo"),
        offers=[
            ("ผ้าฝ้ายย้อมคราม ลายขิด ทอมือ", "indigo_cotton_fabric"),
            ("รับย้อมครามผ้าและเสื้อผ้าที่ลูกค้าส่งมา", "indigo_dyeing_service"),
        ],
        needs=[met("ห้อมเปียก หรือครามเปียก", "indigo_paste")],
        certs=(OTOP,),
    ),
    sme(
        (39, "en", "ReSpin Weaving", CIRC, MID, "Samut Sakhon", "respinweaving"),
        offers=[("canvas woven from recycled cotton yarn", "recycled_cotton_fabric")],
        needs=[met("recycled cotton open-end yarn, GRS", "recycled_cotton_yarn", req=(GRS,))],
        certs=(GRS,),
        bcg=("circular",),
    ),
    sme(
        (40, "th", "กลุ่มทอผ้ากัญชงเขาค้อ", HEMP, MID, "Phetchabun", "khaokhohemp"),
        offers=[
            ("ผ้ากัญชงทอมือ 100% สีธรรมชาติ", "hemp_fabric"),
            ("ผ้ากัญชงผสมฝ้าย หน้า 50", "hemp_fabric"),
        ],
        needs=[met("เส้นกัญชงสำหรับทอ ม้วนละกิโล", "hemp_yarn")],
        bcg=("bio",),
    ),
    sme(
        (41, "en", "Nan Botanical Textiles", HEMP, MID, "Nan", "nanbotanical"),
        offers=[
            ("eco-printed silk by the yard", "ecoprint_silk_fabric"),
            ("contract bundle-dyeing of your scarves and fabric", "ecoprint_service"),
        ],
        needs=[
            met("plain silk scarves with rolled edges, we mordant in-house", "blank_silk_scarf"),
            met("hand-finishing the edges of 200 silk squares we cut ourselves", "scarf_hemming_service"),
        ],
        bcg=("bio",),
    ),
    sme(
        (42, "th", "ป้ายทอสยาม", ALC, MID, "Bangkok", "siamlabel"),
        offers=[
            ("ป้ายทอชื่อแบรนด์ ขั้นต่ำ 500 ชิ้น", "woven_labels"),
            ("ป้ายห้อยกระดาษสา พิมพ์โลโก้", "paper_hang_tags"),
        ],
        needs=[met("กระดาษสาแผ่นใหญ่ ขาวนวล", "mulberry_paper")],
    ),
    sme(
        (43, "th", "กระดาษสาต้นเปา", HEMP, MID, "Chiang Mai", "tonpaopaper"),
        offers=[("กระดาษสาทำมือ 60x90 ซม.", "mulberry_paper")],
        needs=[unmet("เปลือกปอสาแห้ง", "no paper-mulberry bark supplier in the set")],
        bcg=("bio",),
    ),
    sme(
        (44, "en", "Pathom Garment CMT", ALC, MID, "Nakhon Pathom", "pathomcmt"),
        offers=[
            ("cut-make-trim for small brands, MOQ 100", "sewing_service"),
            ("cotton cutting waste from our lines, baled", "cotton_offcuts"),
        ],
        needs=[met("woven brand labels, damask", "woven_labels")],
        certs=(ISO9001, SA8000),
    ),
    sme(
        (45, "th", "แปดริ้วรียูส ย้อมผ้าเก่า", CIRC, MID, "Chachoengsao", "paetriureuse"),
        offers=[("รับย้อมเสื้อผ้าเก่าให้เป็นสีใหม่ ด้วยสีจากธรรมชาติ", "natural_dyeing_service")],
        needs=[met("สีย้อมจากพืช แบบแห้ง เช่น ฝาง", "natural_dyestuff")],
        bcg=("circular",),
    ),
    sme(
        (46, "en", "Buriram Silk Yarn Dyers", HEMP, MID, "Buriram", "buriramsilkdye"),
        offers=[("naturally dyed silk yarn, lac red and indigo blue", "natural_dyed_silk_yarn")],
        needs=[
            met("raw Thai silk yarn, hand-reeled", "silk_yarn"),
            met("weaving our dyed yarn into cloth on contract", "weaving_service"),
        ],
    ),
    sme(
        (47, "th", "กลุ่มทอผ้าฝ้ายผู้สูงวัยโพนทอง", ALI, MID, "Roi Et", "phonthongweave"),
        offers=[
            ("ผ้าฝ้ายทอมือ สีขาวนวล", "handwoven_cotton_fabric"),
            ("ผ้าขาวม้าทอมือ ลายตาราง", "pha_khao_ma"),
        ],
        needs=[
            met("ด้ายฝ้ายย้อมสีธรรมชาติ หลายสี ไม่เอาสีเคมี", "natural_dyed_cotton_yarn"),
        ],
        certs=(OTOP,),
    ),
    sme(
        (48, "en", "Printline Sublimation", SPORT, MID, "Bangkok", "printline"),
        offers=[("sublimation printing on polyester sportswear", "sublimation_service")],
        needs=[met("rPET jersey for team shirts", "rpet_knit")],
    ),
    sme(
        (49, "th", "บ้านผ้าย้อมใบไม้กาญจน์", HEMP, MID, "Kanchanaburi", "kanleafdye"),
        offers=[
            ("ผ้าฝ้ายพิมพ์ใบสัก ใบหูกวาง ขายเป็นเมตร", "ecoprint_cotton_fabric"),
            ("รับเตรียมผ้า ต้มล้างแป้ง แช่สารส้ม", "mordanting_service"),
        ],
        needs=[
            met("ผ้าสาลู ผ้าดิบ สำหรับพิมพ์", "mill_cotton_fabric"),
            met("ใบหูกวางกับใบสบู่เลือด ส่งทุกเดือน", "mixed_print_leaves"),
        ],
        bcg=("green",),
    ),
    sme(
        (50, "en", "Rayong Fibre Felt", CIRC, MID, "Rayong", "rayongfelt"),
        offers=[("needle-punched felt from recycled fibre", "recycled_felt")],
        needs=[met("shoddy or regenerated cotton fibre", "recycled_cotton_fibre")],
        bcg=("circular",),
    ),
]

DOWNSTREAM: list[Sme] = [
    # ------------------------------------------------ downstream: makers, shops, galleries, hotels, care
    sme(
        (51, "th", "ใบไม้ใบหนึ่ง สตูดิโอ", HEMP, DOWN, "Chiang Mai", "baimaistudio"),
        offers=[
            ("ผ้าพันคอไหมพิมพ์ใบไม้ ทำมือทุกผืน", "ecoprint_silk_scarf"),
            ("เวิร์กช็อปพิมพ์ผ้าจากใบไม้ 3 ชม. รวมอุปกรณ์", "ecoprint_workshop"),
            ("ปลอกหมอนอิงลายใบสัก ใบยูคา", "ecoprint_home_textile"),
        ],
        needs=[
            met("ผ้าไหมแช่สารช่วยติดสีแล้ว พร้อมวางใบไม้", "mordanted_silk_blank"),
            met("อยากได้ผ้าพันคอไหมเปล่า เย็บริมแล้ว ยังไม่ผ่านสารใดๆ", "blank_silk_scarf"),
        ],
        bcg=("bio", "green"),
    ),
    sme(
        (52, "en", "Baan Bai Gallery", ALC, DOWN, "Bangkok", "baanbaigallery"),
        needs=[
            met("framed botanical contact prints for our autumn show", "ecoprint_artwork"),
            met("leaf-printed silk scarves for the gallery shop, on consignment", "ecoprint_silk_scarf"),
            unmet("museum-grade acrylic box frames", "no framer in the set"),
        ],
    ),
    sme(
        (53, "en", "Riverside Heritage Hotel", ALC, DOWN, "Bangkok", "riversideheritage"),
        offers=[("retired bed linen, about 300 pieces a year", "used_hotel_linen")],
        needs=[
            met("weekly bundle-dye class for hotel guests", "ecoprint_workshop"),
        ],
    ),
    sme(
        (54, "th", "บ้านพักผู้สูงอายุสุขใจ", ALC, DOWN, "Nonthaburi", "sukjaihome"),
        needs=[
            met("กิจกรรมพิมพ์ผ้าจากใบไม้ ให้ผู้สูงอายุทำ เดือนละครั้ง", "ecoprint_workshop"),
            met("ชุดนอนผ้าฝ้าย ใส่ง่าย กระดุมแม่เหล็ก", "adaptive_clothing"),
            unmet("เตียงผู้ป่วยปรับไฟฟ้า 3 ไก", "no medical equipment in the set"),
        ],
    ),
    sme(
        (55, "th", "ศูนย์ดูแลผู้สูงวัยบ้านสุขสันต์", ALI, DOWN, "Khon Kaen", "suksanelder"),
        needs=[
            met("ชุดอุปกรณ์ทำผ้าพิมพ์ใบไม้สำเร็จรูป ไว้ทำกิจกรรม", "ecoprint_kit"),
            met("เสื้อผ้าผู้ป่วยติดเตียง แบบเปิดหลัง", "adaptive_clothing"),
        ],
    ),
    sme(
        (56, "th", "ผ้าพิมพ์ใบไม้ลับแล", HEMP, DOWN, "Uttaradit", "laplaeleaf"),
        offers=[
            ("เสื้อคลุมกิโมโนผ้าฝ้าย พิมพ์ใบไม้", "ecoprint_apparel"),
            ("ย่ามผ้าพิมพ์ลายใบสัก", "ecoprint_bag"),
        ],
        needs=[
            met("ผ้าคอตตอนลายใบไม้จริง สำหรับตัดเสื้อ", "ecoprint_cotton_fabric"),
        ],
    ),
    sme(
        (57, "en", "Wild Leaf Apparel", HEMP, DOWN, "Chiang Mai", "wildleaf"),
        offers=[
            ("leaf-printed linen shirts and dresses", "ecoprint_apparel"),
            ("bundle-dyed silk stoles, Fairtrade", "ecoprint_silk_scarf"),
        ],
        needs=[
            met("silk pieces already treated with alum, ready for leaf printing", "mordanted_silk_blank"),
            met("eco hang tags on sa paper", "paper_hang_tags"),
        ],
        certs=(FAIRTRADE,),
        bcg=("green",),
    ),
    sme(
        (58, "th", "ร้านผ้าไทยร่วมสมัย สยามสแควร์", ALC, DOWN, "Bangkok", "siamsquarethai"),
        needs=[
            met("ผ้าคลุมไหล่ผ้าไหมอีโคปริ้นท์ ย้อมธรรมชาติเท่านั้น ไม่เอาสีเคมี", "ecoprint_silk_scarf"),
            met("กระเป๋าผ้าทอมือสีคราม มีโอทอปยิ่งดี", "handwoven_bag", waive=(OTOP,)),
        ],
    ),
    sme(
        (59, "en", "Kata Cove Resort & Spa", ALC, DOWN, "Phuket", "katacove"),
        needs=[
            met("guest activity: printing leaves onto tote bags", "ecoprint_workshop"),
            met("plant-dyed spa sarongs and wraps", "spa_textiles"),
            unmet("coconut-shell amenity trays", "no such maker in the set"),
        ],
    ),
    sme(
        (60, "th", "กลุ่มแม่บ้านผ้าพิมพ์ใบไม้กาฬสินธุ์", ALI, DOWN, "Kalasin", "kalasinleaf"),
        offers=[
            ("ผ้าพันคอฝ้ายพิมพ์ใบมะขาม ใบยูคา", "ecoprint_cotton_scarf"),
            ("ผ้าปูโต๊ะ ผ้ารองจาน ลายใบไม้", "ecoprint_home_textile"),
        ],
        needs=[
            met("ผ้าฝ้ายผ่านสารส้มแล้ว พร้อมทำอีโคปริ้นท์", "mordanted_cotton_blank"),
            met("น้ำสนิมเหล็ก หรือผงเฟอรัส", "iron_mordant"),
        ],
        certs=(OTOP,),
    ),
    sme(
        (61, "en", "Siam Corporate Gifts", ALC, DOWN, "Bangkok", "siamcorpgifts"),
        needs=[
            met("OTOP handwoven bags for year-end gifts", "handwoven_bag", req=(OTOP,)),
            met("leaf-print notebooks and cards, 500 sets", "ecoprint_paper_goods"),
        ],
    ),
    sme(
        (62, "th", "เสื้อหม้อห้อมแม่ทองสุข", HEMP, DOWN, "Phrae", "maethongsuk"),
        offers=[
            ("เสื้อหม้อห้อม คอจีน ผู้ใหญ่", "indigo_apparel"),
        ],
        needs=[met("ผ้าฝ้ายย้อมห้อม เป็นพับ", "indigo_cotton_fabric")],
    ),
    sme(
        (63, "en", "Sakon Indigo House", ALI, DOWN, "Sakon Nakhon", "sakonindigo"),
        offers=[
            ("tote bags of handwoven indigo cotton", "handwoven_bag"),
            ("indigo-dyed shirts, unisex", "indigo_apparel"),
        ],
        needs=[],
    ),
    sme(
        (64, "th", "ร้านของฝากกรุงเก่า", ALC, DOWN, "Phra Nakhon Si Ayutthaya", "krungkaosouvenir"),
        needs=[
            met("ผ้าพันคอผ้าฝ้ายลายใบไม้ ราคาส่ง", "ecoprint_cotton_scarf"),
        ],
    ),
    sme(
        (65, "en", "Paper Leaf Press", HEMP, DOWN, "Chiang Mai", "paperleafpress"),
        offers=[
            ("eco-printed notebooks, A5, sa paper", "ecoprint_paper_goods"),
            ("botanical print greeting cards", "ecoprint_paper_goods"),
        ],
        needs=[
            met("handmade mulberry paper sheets", "mulberry_paper"),
            met("ferrous salt to darken prints", "iron_mordant"),
        ],
    ),
    sme(
        (66, "th", "หัวหินอาร์ตสเปซ", ALC, DOWN, "Prachuap Khiri Khan", "huahinartspace"),
        needs=[
            met("งานศิลปะพิมพ์ใบไม้ ใส่กรอบพร้อมแขวน", "ecoprint_artwork"),
            unmet("ไฟส่องภาพ LED แบบราง", "no lighting seller in the set"),
        ],
    ),
    sme(
        (67, "en", "Mae Tha Leaf Art", HEMP, DOWN, "Lamphun", "maethaleafart"),
        offers=[
            ("framed eco-print artworks on silk", "ecoprint_artwork"),
            ("private ecoprint lessons, 2 people min", "ecoprint_workshop"),
        ],
        needs=[
            met("plain undyed silk by the metre for art pieces", "plain_silk_fabric"),
        ],
    ),
    sme(
        (68, "th", "ชุดทำอีโคปริ้นท์ DIY อุบล", ALI, DOWN, "Ubon Ratchathani", "ubondiy"),
        offers=[("ชุด DIY พิมพ์ผ้าจากใบไม้ พร้อมผ้าและสารส้ม", "ecoprint_kit")],
        needs=[
            met("ผ้าฝ้ายชิ้นเล็กชุบสารช่วยติดสีแล้ว 30x30", "mordanted_cotton_blank"),
        ],
    ),
    sme(
        (69, "en", "Sukhumvit Senior Living", ALC, DOWN, "Bangkok", "sukhumvitsenior"),
        needs=[
            met("art-therapy leaf printing sessions for residents", "ecoprint_workshop"),
            unmet("washable incontinence bed pads", "no such product in the set"),
        ],
    ),
    sme(
        (70, "th", "ศิลปินพิมพ์ใบไม้ดอยสะเก็ด", HEMP, DOWN, "Chiang Mai", "doisaketartist"),
        offers=[
            ("ภาพพิมพ์ใบไม้บนกระดาษสา ใส่กรอบไม้สัก", "ecoprint_artwork"),
            ("โปสการ์ดพิมพ์ใบไม้จริง ชุดละ 6 ใบ", "ecoprint_paper_goods"),
        ],
        needs=[met("กระดาษสาหนา สำหรับงานพิมพ์", "mulberry_paper")],
    ),
    sme(
        (71, "en", "Pattaya Wellness Spa", ALC, DOWN, "Chonburi", "pattayawellness"),
        needs=[
            met("spa sarongs dyed with plants", "spa_textiles"),
            met("staff uniforms in indigo cotton", "indigo_apparel"),
            unmet("GOTS organic bathrobes", "no robe maker holds GOTS", "spa_textiles", req=(GOTS,)),
        ],
    ),
    sme(
        (72, "th", "ผ้าสปาย้อมสีธรรมชาติอัมพวา", ALC, DOWN, "Samut Songkhram", "amphawaspa"),
        offers=[
            ("ผ้าโสร่งสปา ผ้าคลุมตัว ย้อมสีธรรมชาติ", "spa_textiles"),
            ("เสื้อคลุมอาบน้ำผ้าฝ้าย ย้อมขมิ้น", "spa_textiles"),
        ],
        needs=[
            met("ผ้าฝ้ายหนานุ่ม ทอมือ ไม่ฟอกขาว", "handwoven_cotton_fabric"),
        ],
    ),
    sme(
        (73, "en", "Mekong Riverside Care Home", ALI, DOWN, "Nong Khai", "mekongcare"),
        needs=[
            met("DIY leaf-printing kits for resident activities", "ecoprint_kit"),
            met("washable adult bibs", "elder_bib"),
        ],
    ),
    sme(
        (74, "th", "ใส่สบาย เสื้อผ้าผู้สูงวัย", ALC, DOWN, "Nakhon Nayok", "saisabaiwear"),
        offers=[
            ("เสื้อผ้าผู้สูงอายุ ติดแม่เหล็ก ใส่ง่าย", "adaptive_clothing"),
            ("ผ้ากันเปื้อนผู้ใหญ่ ผ้าฝ้ายพิมพ์ใบไม้", "elder_bib"),
        ],
        needs=[],
    ),
    sme(
        (75, "en", "Isan Easywear", ALI, DOWN, "Nakhon Phanom", "isaneasywear"),
        offers=[("adaptive shirts with magnetic buttons, sizes M-4XL", "adaptive_clothing")],
        needs=[
            met("undyed handwoven cotton, natural cream", "handwoven_cotton_fabric"),
            unmet("magnetic button tape, 20 m rolls", "no trims supplier in the set"),
        ],
    ),
    sme(
        (76, "th", "โยคะใบไม้ แอคทีฟแวร์", SPORT, DOWN, "Bangkok", "yogabaimai"),
        offers=[("ชุดโยคะผ้าฝ้ายพิมพ์ใบไม้", "yoga_wear")],
        needs=[
            met("ผ้ายืดฝ้ายออร์แกนิก ได้มาตรฐาน GOTS", "cotton_jersey", req=(GOTS,)),
            met("รับพิมพ์ใบไม้บนผ้ายืดที่เราส่งไป", "ecoprint_service"),
        ],
    ),
    sme(
        (77, "en", "Trail & Leaf Outdoor", SPORT, DOWN, "Chiang Mai", "trailandleaf"),
        offers=[("moisture-wicking hiking shirts, rPET", "performance_apparel")],
        needs=[
            met("recycled-polyester performance knit", "rpet_knit"),
            unmet("bluesign waterproof membrane", "no membrane maker in the set", req=(BLUESIGN,)),
        ],
    ),
    sme(
        (78, "th", "ผ้าปะต่อ รียูส", CIRC, DOWN, "Bangkok", "phapatoreuse"),
        offers=[
            ("กระเป๋าผ้าปะติดจากเศษผ้า", "upcycled_patchwork"),
            ("ผ้าห่มปะต่อจากเสื้อผ้าเก่า", "upcycled_patchwork"),
        ],
        needs=[
            met("เศษผ้าฝ้าย ชิ้นใหญ่ คละสี", "cotton_offcuts"),
            met("เศษผ้าไหมไทย ชิ้นละฝ่ามือขึ้นไป", "silk_scraps"),
        ],
        bcg=("circular",),
    ),
    sme(
        (79, "en", "Second Bloom Upcycling", CIRC, DOWN, "Lampang", "secondbloom"),
        offers=[("thrifted shirts over-printed with leaves", "ecoprint_apparel")],
        needs=[
            met("second-hand cotton shirts by the kilo", "used_clothing"),
            met("botanical printing on our reclaimed garments", "ecoprint_service"),
        ],
        bcg=("circular",),
    ),
    sme(
        (80, "th", "โรงแรมอ่าวนางบูติก", ALC, DOWN, "Krabi", "aonangboutique"),
        needs=[
            met("ของที่ระลึกให้แขก ถุงผ้าลายใบไม้จริง", "ecoprint_bag"),
        ],
    ),
    sme(
        (81, "en", "Samui Botanic Villas", ALC, DOWN, "Surat Thani", "samuibotanic"),
        needs=[
            met("hand-drawn batik for villa decor", "batik_fabric"),
            unmet("rattan laundry baskets", "no rattan maker in the set"),
        ],
    ),
    sme(
        (82, "th", "ผ้าบาติกสงขลา", HEMP, DOWN, "Songkhla", "songkhlabatik"),
        offers=[
            ("ผ้าบาติกเขียนมือ ลายใบไม้ทะเล", "batik_fabric"),
            ("ผ้าปาเต๊ะ นุ่งสำเร็จ", "batik_fabric"),
        ],
        needs=[
            met("ผ้ามัสลินขาว ผ้าฝ้ายเนื้อเรียบ ม้วน", "mill_cotton_fabric"),
            unmet("เทียนเขียนบาติก ขี้ผึ้งผสมพาราฟิน", "no batik-wax seller in the set"),
        ],
    ),
    sme(
        (83, "en", "Ligor Leaf Prints", HEMP, DOWN, "Nakhon Si Thammarat", "ligorleaf"),
        offers=[
            ("ketapang-leaf printed cotton scarves", "ecoprint_cotton_scarf"),
            ("eco-print pouches and totes", "ecoprint_bag"),
        ],
        needs=[
            met("ready-to-print cotton, scoured and mordanted", "mordanted_cotton_blank"),
            met("someone to mordant our muslin", "mordanting_service"),
        ],
    ),
    sme(
        (84, "th", "ใบตาปังพิมพ์ผ้า ตรัง", HEMP, DOWN, "Trang", "trangtapang"),
        offers=[
            ("ผ้าพันคอไหม ลายใบตาปัง", "ecoprint_silk_scarf"),
        ],
        needs=[
            met("ผ้าไหมเปล่า ผ่านมอร์แดนท์แล้ว พร้อมพิมพ์", "mordanted_silk_blank"),
            met("สารทองแดง ช่วยให้ลายใบไม้เขียวชัด", "copper_mordant"),
        ],
    ),
    sme(
        (85, "en", "Leaf & Loom Concept Store", ALC, DOWN, "Bangkok", "leafandloom"),
        needs=[
            met("eco-printed shirts and kimono jackets, natural fibres only, no polyester", "ecoprint_apparel"),
            met("indigo handwoven bags, GOTS not required", "handwoven_bag", waive=(GOTS,)),
            met("hemp clothing", "hemp_apparel"),
        ],
    ),
    sme(
        (86, "th", "ร้านผ้าพื้นเมืองริมโขง", ALI, DOWN, "Mukdahan", "rimkhongtextile"),
        needs=[
            met("มัดหมี่ไหม ลายพื้นบ้าน ราคาส่ง", "mudmee_silk_fabric"),
            met("ผ้าขาวม้า คละสี", "pha_khao_ma"),
            met("เสื้อม่อฮ่อม ไม่ต้องมีโอทอป", "indigo_apparel", waive=(OTOP,)),
        ],
    ),
    sme(
        (87, "en", "Highland Hemp Wear", HEMP, DOWN, "Chiang Rai", "highlandhemp"),
        offers=[("hemp trousers and shirts, undyed", "hemp_apparel")],
        needs=[
            met("handloom hemp fabric, 60 m a month", "hemp_fabric"),
            met(
                "dyeing our hemp garments and cloth with indigo or bark",
                "natural_dyeing_service",
                "indigo_dyeing_service",
            ),
        ],
        bcg=("bio",),
    ),
    sme(
        (88, "th", "ร้านไทยคราฟต์ สนามบินสุวรรณภูมิ", ALC, DOWN, "Samut Prakan", "thaicraftairport"),
        needs=[
            unmet(
                "ผ้าพันคอไหมพิมพ์ใบไม้ ต้องมีตรานกยูงพระราชทาน",
                "no leaf-print scarf maker holds the Peacock Emblem",
                "ecoprint_silk_scarf",
                req=(PEACOCK,),
            ),
            met("ผ้าไหมมัดหมี่ ตรานกยูง", "mudmee_silk_fabric", req=(PEACOCK,)),
            met("ชุด DIY ทำผ้าลายใบไม้ ขายนักท่องเที่ยว", "ecoprint_kit"),
        ],
    ),
    sme(
        (89, "en", "Nimman Design Hotel", ALC, DOWN, "Chiang Mai", "nimmanhotel"),
        needs=[
            met("plant-dyed guest bathrobes, OEKO-TEX nice to have", "spa_textiles", waive=(OEKO,)),
        ],
    ),
    sme(
        (90, "en", "Siam Slow Fashion Export", HEMP, DOWN, "Bangkok", "siamslowfashion"),
        needs=[
            met("Fairtrade certified leaf-printed silk scarves for EU buyers", "ecoprint_silk_scarf", req=(FAIRTRADE,)),
            unmet(
                "organic cotton eco-printed T-shirts, GOTS certified",
                "no maker of eco-printed clothing holds GOTS",
                "ecoprint_apparel",
                req=(GOTS,),
            ),
            met("leaf-printed silk yardage for a Paris designer", "ecoprint_silk_fabric"),
        ],
    ),
    sme(
        (91, "th", "ผ้าพิมพ์ใบไม้ศรีสัชนาลัย", HEMP, DOWN, "Sukhothai", "srisatchanalai"),
        offers=[
            ("ผ้าพันคอฝ้ายเนื้อบาง ลายใบยูคา", "ecoprint_cotton_scarf"),
            ("เสื้อเชิ้ตผ้าฝ้ายพิมพ์ใบไม้", "ecoprint_apparel"),
        ],
        needs=[
            met("ใครมียูคาสดแช่เย็นขายบ้าง", "eucalyptus_leaves"),
            met("จ้างตัดเย็บเสื้อเชิ้ต จากผ้าที่เราพิมพ์เอง", "sewing_service"),
        ],
    ),
    sme(
        (92, "en", "Sisaket Elder Weavers Co-op", ALI, DOWN, "Sisaket", "sisaketweavers"),
        offers=[("indigo handwoven shoulder bags by elder weavers", "handwoven_bag")],
        needs=[met("any supplier of plain mill cotton for bag lining?", "mill_cotton_fabric")],
        certs=(OTOP,),
    ),
    sme(
        (93, "th", "รีสอร์ทสวนผลไม้จันท์", ALC, DOWN, "Chanthaburi", "chanorchard"),
        needs=[
            met("ของแต่งห้องพักลายใบไม้ เช่น ปลอกหมอนอิง ผ้าปูโต๊ะ", "ecoprint_home_textile"),
        ],
    ),
    sme(
        (94, "th", "พรมเช็ดเท้าจากผ้าเก่า ลพบุรี", CIRC, DOWN, "Lopburi", "lopburirugs"),
        offers=[("พรมเช็ดเท้าถักจากผ้าปูเก่า", "rag_rug")],
        needs=[met("ปลอกหมอน ผ้าปูโรงแรมเก่า", "used_hotel_linen")],
        bcg=("circular",),
    ),
    sme(
        (95, "th", "ร้านค้าชุมชนออนไลน์ สารคาม", ALI, DOWN, "Maha Sarakham", "sarakhamshop"),
        needs=[
            met("ผ้าพันคอฝ้ายพิมพ์ใบไม้ ไม่จำเป็นต้องมี OTOP", "ecoprint_cotton_scarf", waive=(OTOP,)),
            unmet("ผ้าทอจากใยบัว", "no lotus-fibre weaver in the set"),
        ],
    ),
]

SMES: list[Sme] = [*UPSTREAM, *MIDSTREAM, *DOWNSTREAM]


# ------------------------------------------------------------------ checks

_THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
_ID = re.compile(rf"^{PREFIX}-\d{{3}}$")
_HANDLE = re.compile(r"^[a-z0-9]+$")
_SUB_CLUSTERS = {s.value for s in SubCluster}
_STAGES = {s.value for s in Stage}
_BCG = {t.value for t in BcgTag}
_CERT_NAMES = {c.name: c for c in CERTIFICATIONS}
MIN_THAI_LETTER_SHARE = 0.6


def email(s: Sme) -> str:
    return f"{s.handle}@example.co.th"


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def thai_letter_share(text: str) -> float:
    thai = sum(1 for c in text if _THAI_CHAR.match(c))
    latin = sum(1 for c in text if c.isalpha() and not _THAI_CHAR.match(c))
    return thai / (thai + latin) if thai + latin else 0.0


def script_problem(text: str, lang: str) -> str | None:
    if unicodedata.normalize("NFC", text) != text:
        return "not NFC"
    if text != text.strip() or "  " in text or not text:
        return "stray spaces or empty"
    if lang == "th":
        if thai_letter_share(text) < MIN_THAI_LETTER_SHARE:
            return f"Thai phrase with too few Thai letters ({thai_letter_share(text):.2f})"
        return None
    if _THAI_CHAR.search(text):
        return "English phrase with Thai letters"
    if any(c.isalpha() and ord(c) > 0x24F for c in text):
        return "English phrase with non-Latin letters"
    return None


def names_certification(text: str, cert: str) -> bool:
    """The text mentions the certification by one of its names, affirmed or not."""
    c = _CERT_NAMES[cert]
    folded = _norm(text)
    return any(_norm(word) in folded for word in (c.name, c.full_name, *c.aliases, *c.mentions))


def qualified(supplier: Sme, buyer: Sme, need: Need) -> bool:
    return (
        supplier is not buyer and bool(supplier.labels & set(need.labels)) and set(need.requires) <= set(supplier.certs)
    )


def suppliers_of(buyer: Sme, need: Need) -> list[Sme]:
    return [s for s in SMES if qualified(s, buyer, need)]


def true_links() -> list[tuple[str, str]]:
    links = {(s.id, b.id) for b in SMES for need in b.needs if not need.unmet for s in suppliers_of(b, need)}
    return sorted(links)


def check() -> list[str]:
    problems: list[str] = []
    ids = [s.id for s in SMES]
    if ids != [f"{PREFIX}-{n:03d}" for n in range(1, N_PROFILES + 1)]:
        problems.append(f"ids must run {PREFIX}-001 … {PREFIX}-{N_PROFILES:03d} in order, once each")
    if len({s.handle for s in SMES}) != len(SMES):
        problems.append("e-mail handles are not unique")
    if len({_norm(s.name) for s in SMES}) != len(SMES):
        problems.append("names are not unique")
    offer_labels = Counter(label for s in SMES for label in s.labels)
    phrases: Counter[str] = Counter()
    for s in SMES:
        where = s.id
        if not _ID.match(s.id):
            problems.append(f"{where}: malformed id")
        if s.lang not in ("th", "en"):
            problems.append(f"{where}: language {s.lang!r}")
        if s.sub not in _SUB_CLUSTERS:
            problems.append(f"{where}: sub-cluster {s.sub!r}")
        if s.stage not in _STAGES:
            problems.append(f"{where}: stage {s.stage!r}")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            problems.append(f"{where}: province {s.province!r} is not an English province name")
        for cert in s.certs:
            if resolve_certification(cert) != cert:
                problems.append(f"{where}: certification {cert!r} is not canonical")
        if len(set(s.certs)) != len(s.certs) or len(set(s.bcg)) != len(s.bcg):
            problems.append(f"{where}: repeated certification or BCG tag")
        for tag in s.bcg:
            if tag not in _BCG:
                problems.append(f"{where}: BCG tag {tag!r}")
        if not _HANDLE.match(s.handle):
            problems.append(f"{where}: e-mail handle {s.handle!r}")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            problems.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        for text in (s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)):
            problem = script_problem(text, s.lang)
            if problem:
                problems.append(f"{where}: {problem}: {text!r}")
        for text in (*(t for t, _ in s.offers), *(n.text for n in s.needs)):
            phrases[_norm(text)] += 1
        own_certs_in_offers = set().union(*(find_certifications(t) for t, _ in s.offers)) if s.offers else set()
        if not own_certs_in_offers <= set(s.certs):
            problems.append(f"{where}: an offer claims {sorted(own_certs_in_offers - set(s.certs))} it does not hold")
        for need in s.needs:
            label = f"{where}: need {need.text!r}"
            for cert in (*need.requires, *need.waives):
                if cert not in _CERT_NAMES:
                    problems.append(f"{label}: unknown certification {cert!r}")
            if any(cert not in _CERT_NAMES for cert in (*need.requires, *need.waives)):
                continue
            for cert in need.requires:
                if cert not in find_certifications(need.text):
                    problems.append(f"{label}: required {cert} is not named in the text")
            for cert in need.waives:
                if not names_certification(need.text, cert) or cert in need.requires:
                    problems.append(f"{label}: waived {cert} is not named in the text, or also required")
            if need.unmet:
                if suppliers_of(s, need):
                    problems.append(f"{label}: marked met by no one, but {[x.id for x in suppliers_of(s, need)]}")
                continue
            if not need.labels:
                problems.append(f"{label}: lists no labels")
            for wanted in need.labels:
                if not offer_labels[wanted] or (wanted in s.labels and offer_labels[wanted] == 1):
                    problems.append(f"{label}: label {wanted!r} is offered by no one else")
            if not suppliers_of(s, need):
                problems.append(f"{label}: no qualified supplier")
    offer_phrases = {_norm(t) for s in SMES for t, _ in s.offers}
    need_phrases = {_norm(n.text) for s in SMES for n in s.needs}
    for phrase, count in sorted(phrases.items()):
        if count > 1:
            problems.append(f"phrase used {count} times: {phrase!r}")
    for phrase in sorted(offer_phrases & need_phrases):
        problems.append(f"need worded exactly as an offer: {phrase!r}")
    problems += check_sizes()
    return problems


def check_sizes() -> list[str]:
    problems: list[str] = []
    counts = counts_table()
    values = dict(counts)
    if len(SMES) != N_PROFILES:
        problems.append(f"{len(SMES)} profiles, want {N_PROFILES}")
    thai_share = sum(s.lang == "th" for s in SMES) / max(1, len(SMES))
    if not THAI_SHARE_RANGE[0] <= thai_share <= THAI_SHARE_RANGE[1]:
        problems.append(f"Thai share {thai_share:.2f} outside {THAI_SHARE_RANGE}")
    links = true_links()
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        problems.append(f"{len(links)} true links, want {LINK_RANGE[0]}-{LINK_RANGE[1]}")
    cross = cross_language(links)
    share = cross / max(1, len(links))
    if not CROSS_SHARE_RANGE[0] <= share <= CROSS_SHARE_RANGE[1]:
        problems.append(f"cross-language share {share:.2f} outside {CROSS_SHARE_RANGE}")
    n_unmet = int(values["needs met by no one"])
    if not UNMET_RANGE[0] <= n_unmet <= UNMET_RANGE[1]:
        problems.append(f"{n_unmet} needs met by no one, want {UNMET_RANGE[0]}-{UNMET_RANGE[1]}")
    spread = supplier_spread()
    met_needs = sum(spread.values())
    if met_needs and sum(v for k, v in spread.items() if 1 <= k <= 3) / met_needs < 0.6:
        problems.append(f"fewer than 60 % of met needs have 1-3 suppliers: {sorted(spread.items())}")
    if not any(k > 3 for k in spread):
        problems.append("no need is met by more than 3 suppliers")
    return problems


def supplier_spread() -> Counter[int]:
    return Counter(len(suppliers_of(b, n)) for b in SMES for n in b.needs if not n.unmet)


# ------------------------------------------------------------------ counts


def cross_language(links: list[tuple[str, str]]) -> int:
    lang = {s.id: s.lang for s in SMES}
    return sum(lang[a] != lang[b] for a, b in links)


def counts_table() -> list[tuple[str, str]]:
    by_id = {s.id: s for s in SMES}
    links = true_links()
    needs = [n for s in SMES for n in s.needs]
    th_en = sum(by_id[a].lang == "th" and by_id[b].lang == "en" for a, b in links)
    en_th = sum(by_id[a].lang == "en" and by_id[b].lang == "th" for a, b in links)
    cross = th_en + en_th
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(SMES))),
        ("Thai profiles", str(sum(s.lang == "th" for s in SMES))),
        ("English profiles", str(sum(s.lang == "en" for s in SMES))),
    ]
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub == sub.value for s in SMES))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage == stage.value for s in SMES))))
    regions = Counter(p.region.value for s in SMES if (p := resolve_province(s.province)) is not None)
    for region in sorted(regions):
        rows.append((f"region {region}", str(regions[region])))
    rows += [
        ("distinct provinces", str(len({s.province for s in SMES}))),
        ("offers", str(sum(len(s.offers) for s in SMES))),
        ("distinct offer labels", str(len({label for s in SMES for label in s.labels}))),
        ("needs", str(len(needs))),
        ("needs met", str(sum(not n.unmet for n in needs))),
        ("needs met by no one", str(sum(n.unmet for n in needs))),
        ("needs requiring a certification", str(sum(bool(n.requires) for n in needs))),
        ("needs waiving a certification", str(sum(bool(n.waives) for n in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links", f"{cross} ({cross / max(1, len(links)):.0%})"),
        ("within-language links", str(len(links) - cross)),
        ("links between different sub-clusters", str(sum(by_id[a].sub != by_id[b].sub for a, b in links))),
    ]
    return rows


def render_table() -> str:
    rows = counts_table()
    width = max(len(k) for k, _ in rows)
    vwidth = max(len("count"), *(len(v) for _, v in rows))
    lines = [f"| {'measure':<{width}} | {'count':>{vwidth}} |", f"|{'-' * (width + 2)}|{'-' * (vwidth + 1)}:|"]
    lines += [f"| {k:<{width}} | {v:>{vwidth}} |" for k, v in rows]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ output


def profile(s: Sme) -> dict[str, object]:
    return {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": email(s),
        "language": s.lang,
    }


def profiles_jsonl() -> str:
    return "".join(json.dumps(profile(s), ensure_ascii=False) + "\n" for s in SMES)


def links_csv() -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(true_links())
    return out.getvalue()


README = """# blind_plain_ecoprint: eco-printing partner matching, plain registry wording

A hand-labelled test set for the cluster's partner matching. It measures how well the matcher finds the
true supplier-buyer pairs among 95 SMEs whose offers and needs it has never seen, written as plain
registry entries (one short phrase per offer or need), about 55 % in Thai and the rest in English.

## What the set checks

The theme is eco-printing and botanical printing: leaf prints (bundle dyeing) on silk and cotton,
mordanted blanks, iron water, alum and copper, teak, eucalyptus and other tannin leaves, workshops and
DIY kits, and the galleries, boutiques, hotels, spas, care homes and gift buyers who buy them; plus the
ordinary upstream and midstream suppliers of the cluster (cotton, silk and hemp fibre and yarn, woven
cloth, indigo and natural dyeing, sewing, labels, textile waste). All five sub-clusters and all three
stages are present.

The set is written to be hard but fair:

- the same goods are named in many ways: Thai, English, regional names (ห้อม and หม้อห้อม in the north,
  ครามเปียก and ผ้าขาวม้า in Isan, ตาปัง / ketapang and ปาเต๊ะ in the south), trade words and
  abbreviations (PFD, greige, OE, DTY, CMT, MOQ, Ne, gsm, rPET), with and without quantities, prices,
  sizes and places; a need is worded differently from the offers that meet it, often in the other
  language;
- a service is not the goods it works on (eco-printing, indigo or natural dyeing, mordanting, weaving,
  sewing or scarf hemming for a customer's own goods versus printed cloth, dyed cloth, mordanted
  blanks, handwoven cloth or garments);
- waste and used goods are not new goods (offcuts, second-hand clothes, retired hotel linen);
- raw is not processed: seed cotton is not ginned lint, lint is not yarn, undyed yarn is not dyed yarn,
  plain silk scarves are not pre-mordanted blanks, blank tees and totes are not printed ones;
- finished goods are what they are, whatever material, colour or technique describes them: a tote of
  handwoven indigo cotton is a bag, an eco-printed adult bib is a bib, batik is not eco-print;
- needs are written as wishes, bare noun phrases or questions, some with refusals ("ไม่เอาสีเคมี",
  "no polyester");
- some needs require a named certification (GOTS, GRS, Organic Thailand, OTOP, Fairtrade, Thai Silk
  Peacock Emblem, bluesign) and a supplier without it does not meet them; others name one only to waive
  it ("GOTS not required", "มีโอทอปยิ่งดี", "OEKO-TEX nice to have", "ไม่จำเป็นต้องมี OTOP");
- UNMET_COUNT needs are met by no one in the set (machinery, packaging, medical goods, lotus fibre, and needs
  whose goods exist but whose required certification no supplier of them holds).

## How it was written

By hand, by a writer who read only section 1 of the contracts (cluster profiles, JSONL version 1, and
the links CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings; not the
matcher, its glossary, its tests, other evaluation sets or the project's data. Every province resolves
with `resolve_province` (English names), every certification with `resolve_certification` (canonical
names), and sub-clusters, stages and BCG tags are the taxonomy's values.

## How a link is decided

In `write.py` every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_cotton_fabric` versus `indigo_dyeing_service`, `blank_silk_scarf` versus
`mordanted_silk_blank`). Every need either lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one with a short note (optionally with the
labels and certification that would meet it, so the script can check that no one does).

A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by one
of the buyer's needs and the supplier's certifications hold every certification that need requires.
An SME is never linked to itself. Shared words play no part; quantities, prices and places never decide
a link; what changes what the thing is does. A waived certification is not required. The labels live
only in `write.py`; the profiles carry none.

Before writing, the script checks that ids are unique and well formed; every contract field is valid;
every label a need lists is offered by someone other than the buyer; every met need has a qualified
supplier and every unmet one has none; a required certification is found in the need's text by
`find_certifications` and a waived one is named there; Thai phrases are mostly Thai letters and English
ones Latin only; no phrase is repeated and no need repeats an offer word for word; and the size targets
hold (95 profiles, 50-60 % Thai, 160-180 true links, 40-60 % of them across languages, 17-23 needs met by
no one, most met needs met by 1-3 suppliers and some by more). It writes nothing if any check fails.
The output is deterministic: two runs give identical bytes.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_ecoprint/write.py

(`--stats` also prints, for the writer, which suppliers meet each need.)

## Files

- `write.py`: all the data, the labels, the checks and the writer.
- `profiles.jsonl`: the 95 profiles, `bep-001` … `bep-095`, one JSON object per line in the contract's
  format (no labels).
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file, written by `write.py`.

## Counts

Printed by `write.py` each time it runs.

TABLE
"""


def readme() -> str:
    unmet_count = sum(n.unmet for s in SMES for n in s.needs)
    return README.replace("UNMET_COUNT", str(unmet_count)).replace("TABLE\n", render_table())


def stats() -> None:
    """Diagnostics for the writer: who meets each need."""
    supply = Counter(label for s in SMES for label in s.labels)
    for s in SMES:
        for n in s.needs:
            tag = "UNMET " if n.unmet else ""
            who = ",".join(f"{x.id}{x.lang}" for x in suppliers_of(s, n))
            print(f"{s.id}{s.lang} {tag}{n.text[:40]!r} -> {who}")
    wanted = Counter(label for s in SMES for n in s.needs for label in n.labels)
    for label in sorted(set(supply) | set(wanted)):
        print(f"  {label}: offered {supply[label]}, wanted {wanted[label]}")
    print(sorted(supplier_spread().items()))


def main(argv: list[str]) -> int:
    if "--stats" in argv:
        stats()
    problems = check()
    print(render_table(), end="")
    if problems:
        print(f"\n{len(problems)} problem(s); nothing written:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    outputs = {"profiles.jsonl": profiles_jsonl(), "links.csv": links_csv(), "README.md": readme()}
    for name, text in outputs.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
