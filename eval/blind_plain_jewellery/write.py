"""Write the hand-labelled blind evaluation set `eval/blind_plain_jewellery/`.

Theme: textile jewellery and accessories (fabric earrings and brooches, silk and beaded
bracelets, tassel earrings, scrunchies, woven-cloth charms) with the shops that buy them, plus
the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

Every profile below was written by hand. Each offer is a (text, label) pair whose label says what
the thing is; each need lists the offer labels that would meet it and the certifications its text
requires (or waives), or is marked as met by no one. The true links follow from those labels
alone. The labels stay in this file: `profiles.jsonl` carries only the contract's fields.

Run from the repository root:

    .venv/bin/python eval/blind_plain_jewellery/write.py

The script checks the data first and writes nothing if any check fails.
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

ID_PREFIX = "bjw"
N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS_RANGE = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (17, 23)
MOST_NEEDS_MET_BY_1_TO_3 = 0.70

HNF = SubCluster.HEMP_NATURAL_FIBRE.value
CT = SubCluster.CIRCULAR_TEXTILE.value
SPT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Need:
    text: str
    meets: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it; `meets` may then name the near misses


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = ()
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every `req`."""
    return Need(text, tuple(labels), tuple(req), tuple(waive))


def nobody(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req` name near misses, if any."""
    return Need(text, tuple(labels), tuple(req), (), note)


@dataclass
class _Builder:
    rows: list[Sme] = field(default_factory=list)

    def __call__(
        self,
        num: int,
        language: str,
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
        self.rows.append(
            Sme(
                num,
                language,
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


S = _Builder()

GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
OCS = "OCS"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
FAIR = "Fairtrade"
ISO9001 = "ISO 9001"
ISO14001 = "ISO 14001"
TIS = "Thai Industrial Standard"
BLUESIGN = "bluesign"
FSC = "FSC"
BCI = "Better Cotton"

# ------------------------------------------------------------------ part 1: fibre, yarn, waste (upstream)

S(
    1,
    "th",
    "วิสาหกิจชุมชนฝ้ายอินทรีย์ภูหลวง",
    HNF,
    UP,
    "Loei",
    "phuluang.cotton@example.co.th",
    offers=[
        ("ปุยฝ้ายอินทรีย์ อีดเมล็ดออกแล้ว กก.ละ 120 บาท", "raw_cotton_fibre"),
        ("ฝ้ายเข็นมือ สีขาวนวล ไม่ฟอก", "handspun_cotton_yarn"),
    ],
    needs=[
        need("บรรจุภัณฑ์กระดาษสา สำหรับชุดของฝาก", "mulberry_paper_gift_box"),
        nobody("เมล็ดพันธุ์ฝ้ายตุ่นพื้นเมือง", "cotton seed; no seed grower in the set"),
    ],
    certs=[ORG_TH],
    bcg=["bio", "green"],
)
S(
    2,
    "en",
    "Pak Nam Pho Cotton Growers Co-op",
    HNF,
    UP,
    "Nakhon Sawan",
    "sales@paknampho-cotton.example.com",
    offers=[("Ginned lint, 200 kg bales, harvest Dec-Feb", "raw_cotton_fibre")],
    needs=[nobody("Second-hand roller gin, hand-cranked", "machinery; no one sells gins")],
    certs=[BCI],
    bcg=["bio"],
)
S(
    3,
    "th",
    "กลุ่มทอผ้าปกาเกอะญอบ้านห้วยหินลาด",
    HNF,
    UP,
    "Chiang Mai",
    "huayhinlad.weave@example.co.th",
    offers=[
        ("ฝ้ายเข็นมือ ย้อมเปลือกไม้ มะเกลือ ขมิ้น", "natural_dyed_cotton_yarn"),
        ("ผ้าทอกี่เอว ลายกะเหรี่ยง ผืนละ 2 เมตร", "handwoven_cotton_fabric"),
    ],
    needs=[
        need("ฝ้ายเป็นปุย ไว้เข็นเอง ปีละ 300 กิโล", "raw_cotton_fibre"),
        need("ลูกเดือยแห้ง สำหรับปักเสื้อชนเผ่า", "natural_beads"),
    ],
    bcg=["bio"],
)
S(
    4,
    "th",
    "กลุ่มเข็ญฝ้ายผู้สูงวัยบ้านนาข่า",
    ALI,
    UP,
    "Udon Thani",
    "nakha.spinners@example.co.th",
    offers=[("เข็ญฝ้ายมือ เส้นเล็ก เหมาะทอขิด", "handspun_cotton_yarn")],
    needs=[need("ฝ้ายดิบ ยังไม่เข็นเป็นเส้น", "raw_cotton_fibre")],
    certs=[OTOP],
)
S(
    5,
    "en",
    "Siam Organic Spinning Co., Ltd.",
    HNF,
    UP,
    "Samut Prakan",
    "yarn@siamorganicspin.example.com",
    offers=[
        ("Organic cotton yarn Ne 20/2 and 30/2 on cones", "mill_cotton_yarn"),
        ("Ne 10/1 slub yarn, ecru", "mill_cotton_yarn"),
    ],
    needs=[need("Organic Thailand certified cotton lint", "raw_cotton_fibre", req=(ORG_TH,))],
    certs=[GOTS, OCS],
    bcg=["green"],
)
S(
    6,
    "th",
    "ร้านด้ายทองสำเพ็ง",
    ALC,
    UP,
    "Bangkok",
    "duaythong.sampeng@example.co.th",
    offers=[
        ("ด้ายฝ้าย 100% เบอร์ 20 ยกลัง", "mill_cotton_yarn"),
        ("ไหมพรมอะคริลิค 4 ply ขายเป็นโหล", "acrylic_yarn"),
    ],
    needs=[need("ด้ายสีจากธรรมชาติ มาวางขายหน้าร้าน", "natural_dyed_cotton_yarn")],
)
S(
    7,
    "th",
    "วิสาหกิจชุมชนเลี้ยงไหมบ้านท่าสว่าง",
    ALI,
    UP,
    "Surin",
    "thasawang.silkworm@example.co.th",
    offers=[
        ("รังไหมพันธุ์ไทย สีเหลือง", "silk_cocoons"),
        ("ไหมน้อย สาวมือ ยังไม่ฟอก", "raw_silk_yarn"),
    ],
    needs=[nobody("ไข่ไหมพันธุ์นางน้อย", "silkworm eggs; no breeder in the set")],
    bcg=["bio"],
)
S(
    8,
    "th",
    "กลุ่มสาวไหมผู้สูงอายุบ้านเขว้า",
    ALI,
    UP,
    "Chaiyaphum",
    "bankhwao.reeling@example.co.th",
    offers=[("เส้นไหมดิบ ไหมลืบ ไหมหนึ่ง", "raw_silk_yarn")],
    needs=[need("รังไหมสด ช่วงหน้าแล้ง", "silk_cocoons")],
)
S(
    9,
    "en",
    "Korat Silk Reeling Ltd.",
    HNF,
    UP,
    "Nakhon Ratchasima",
    "office@koratsilk.example.com",
    offers=[
        ("Degummed Thai silk thread 20/22 denier, undyed", "raw_silk_yarn"),
        ("Mudmee silk lengths, gold peacock label", "mudmee_silk_fabric"),
    ],
    needs=[need("Yellow native cocoons, min 50 kg", "silk_cocoons")],
    certs=[PEACOCK],
)
S(
    10,
    "th",
    "กลุ่มปลูกกัญชงม้งดอยมูเซอ",
    HNF,
    UP,
    "Tak",
    "doimusoe.hemp@example.co.th",
    offers=[
        ("เปลือกกัญชงตากแห้ง ลอกมือ", "hemp_bast_fibre"),
        ("เส้นกัญชงต่อมือ ม้วนละครึ่งกิโล", "hemp_yarn"),
    ],
    needs=[need("มีใครรับย้อมครามเส้นใยของกลุ่มเราบ้าง", "indigo_dyeing_service")],
    bcg=["bio"],
)
S(
    11,
    "en",
    "Khao Kho Hemp Farm",
    HNF,
    UP,
    "Phetchabun",
    "farm@khaokhohemp.example.com",
    offers=[("Decorticated bast, 20 kg bundles", "hemp_bast_fibre")],
    needs=[nobody("Decorticator for rent at harvest", "machinery hire; no one offers it")],
    certs=[ORG_TH],
    bcg=["bio", "green"],
)
S(
    12,
    "th",
    "กลุ่มใยสับปะรดบ้านควนขนุน",
    HNF,
    UP,
    "Phatthalung",
    "khuankhanun.pina@example.co.th",
    offers=[("เส้นใยใบสับปะรด ขูดมือ ฟอกขาว", "pineapple_leaf_fibre")],
    needs=[need("ด้ายฝ้ายโรงงาน สำหรับทอผสม", "mill_cotton_yarn")],
    bcg=["bio", "circular"],
)
S(
    13,
    "en",
    "Banana Thread Studio",
    HNF,
    UP,
    "Kamphaeng Phet",
    "hello@bananathread.example.com",
    offers=[("Banana trunk yarn, 100 g skeins", "banana_fibre_yarn")],
    needs=[
        nobody("Fibre extractor for banana stems", "machinery; no one sells extractors"),
        need("Plant dyeing of our banana yarn, not indigo", "natural_dyeing_service"),
    ],
    bcg=["bio", "circular"],
)
S(
    14,
    "th",
    "มหาชัยการ์เมนต์ ฝ่ายขายเศษวัสดุ",
    CT,
    UP,
    "Samut Sakhon",
    "scrap@mahachaigarment.example.co.th",
    offers=[
        ("เศษผ้ายืด cotton 100% คัดสี ขายเป็นกระสอบ", "cotton_offcuts"),
        ("เศษสแปนเด็กซ์จากไลน์ชุดกีฬา", "sportswear_offcuts"),
    ],
    needs=[need("อีลาสติก หน้ากว้าง 1 นิ้ว ม้วนละ 100 หลา", "elastic_band")],
    bcg=["circular"],
)
S(
    15,
    "th",
    "ศูนย์คัดแยกผ้าเหลือใช้กรุงเทพ",
    CT,
    UP,
    "Bangkok",
    "krungthep.sorting@example.co.th",
    offers=[
        ("เศษฝ้ายจากห้องตัด คัดสีแล้ว กระสอบละ 25 กก.", "cotton_offcuts"),
        ("เสื้อผ้าใช้แล้ว เกรดบี", "used_clothing"),
    ],
    needs=[nobody("เครื่องอัดก้อน มือสองก็ได้", "machinery; no one sells presses")],
    bcg=["circular"],
)
S(
    16,
    "en",
    "Buddhamonthon Scrap Buyers",
    CT,
    UP,
    "Nakhon Pathom",
    "buy@buddhamonthonscrap.example.com",
    offers=[("Poly and TC factory rags by the truckload", "synthetic_offcuts")],
    needs=[need("Clothes from donation bins", "used_clothing")],
    bcg=["circular"],
)
S(
    17,
    "th",
    "เจ๊หมวย ค้าเบลโรงเกลือ",
    CT,
    UP,
    "Sa Kaeo",
    "rongkluea.bale@example.co.th",
    offers=[
        ("กางเกงยีนส์มือสอง มัดเบล 45 โล", "used_denim"),
        ("เสื้อผ้ามือสองญี่ปุ่น เบลคละ", "used_clothing"),
    ],
    bcg=["circular"],
)
S(
    18,
    "th",
    "ร้านผ้าเก่าเมืองน่าน",
    CT,
    UP,
    "Nan",
    "nan.oldcloth@example.co.th",
    offers=[("ผ้าซิ่นเก่า ผ้าทอมือมือสอง ลายน้ำไหล", "vintage_handwoven_cloth")],
    needs=[need("ผ้าซิ่นเก่า ผ้าทอโบราณ รับทุกภาค", "vintage_handwoven_cloth")],
    bcg=["circular"],
)
S(
    19,
    "en",
    "Re:Fibre Thailand Co.",
    CT,
    UP,
    "Pathum Thani",
    "sourcing@refibre.example.com",
    offers=[("Recycled cotton fibre from pre-consumer waste", "recycled_cotton_fibre")],
    needs=[
        need("Old jeans for shredding", "used_denim"),
    ],
    certs=[GRS, ISO14001],
    bcg=["circular"],
)
S(
    20,
    "en",
    "EastCoast rPET Yarns",
    SPT,
    UP,
    "Rayong",
    "sales@eastcoastrpet.example.com",
    offers=[("rPET filament 150D/48F, dope-dyed black", "recycled_polyester_yarn")],
    needs=[nobody("Washed clear PET bottle flakes", "plastic flakes; no one collects bottles")],
    certs=[GRS, OEKO],
    bcg=["circular"],
)
S(
    21,
    "en",
    "Bang Phli Recycled Yarn Co., Ltd.",
    SPT,
    UP,
    "Samut Prakan",
    "sales@bangphliyarn.example.com",
    offers=[("Bottle-grade recycled poly yarn, 75D-300D", "recycled_polyester_yarn")],
    needs=[need("Sportswear polyester scraps for re-melting", "sportswear_offcuts")],
    bcg=["circular"],
)
S(
    22,
    "th",
    "วิสาหกิจชุมชนปลูกครามบ้านดอนกอย",
    HNF,
    UP,
    "Sakon Nakhon",
    "donkoi.indigo@example.co.th",
    offers=[
        ("เนื้อครามเปียก หมักแล้ว ถังละ 20 กิโล", "indigo_paste"),
        ("ผ้าครามทอมือ ผืนยาว", "indigo_dyed_cotton_fabric"),
    ],
    needs=[need("เส้นฝ้ายปั่นมือ ขาว ยังไม่ลงคราม", "handspun_cotton_yarn")],
    certs=[OTOP],
    bcg=["bio"],
)
S(
    23,
    "en",
    "Non Dang Natural Dye Group",
    HNF,
    UP,
    "Sisaket",
    "group@nondangdye.example.com",
    offers=[("Dried stick lac, padauk and garcinia bark", "natural_dye_stuff")],
    bcg=["bio"],
)
S(
    24,
    "th",
    "กลุ่มเครื่องเงินบ้านโชค",
    ALI,
    MID,
    "Surin",
    "banchok.silver@example.co.th",
    offers=[("ลูกประเกือม เงินแท้ ตอกลายมือ", "silver_beads")],
    needs=[nobody("เม็ดเงินบริสุทธิ์ 99.9", "silver grain; no metal supplier in the set")],
    certs=[OTOP],
)
S(
    25,
    "en",
    "Old Lanna Textiles Trading",
    CT,
    UP,
    "Lampang",
    "trade@oldlanna.example.com",
    offers=[("Pre-loved tribal skirts and old hand-loomed cloth", "vintage_handwoven_cloth")],
    needs=[need("Second-hand apparel by the bale, any mix", "used_clothing")],
    bcg=["circular"],
)

# ------------------------------------------------------------ part 2: components, cloth, dyeing, sewing (midstream)

S(
    26,
    "th",
    "สำเพ็งบีดส์",
    ALC,
    MID,
    "Bangkok",
    "sampeng.beads@example.co.th",
    offers=[
        ("ลูกปัดแก้ว Miyuki Toho เบอร์ 11/0 ขายเป็นหลอด", "glass_seed_beads"),
    ],
    needs=[need("ลูกปัดไม้ ลูกปัดเมล็ดพืช ลูกปัดกะลา", "natural_beads")],
)
S(
    27,
    "en",
    "Chinatown Findings & Beads Co.",
    ALC,
    MID,
    "Bangkok",
    "orders@ctfindings.example.com",
    offers=[
        ("Czech and Japanese seed beads 8/0-15/0, 1 kg bags", "glass_seed_beads"),
        ("Easy-open magnet clasps for senior customers", "magnetic_clasps"),
        ("Clear elastic beading cord 0.8 mm", "stretch_beading_cord"),
    ],
    needs=[nobody("Austrian crystal bicones 4 mm, wholesale", "cut crystal; no one sells it")],
)
S(
    28,
    "th",
    "ร้านอะไหล่เครื่องประดับบ้านแพ้ว",
    ALC,
    MID,
    "Samut Sakhon",
    "banphaeo.parts@example.co.th",
    offers=[
        ("ห่วง ตะขอ ก้านต่างหู เข็มกลัด สแตนเลสไม่ลอก", "jewellery_findings"),
        ("ยางยืดกลม ยางยืดแบน สำหรับงานเย็บ", "elastic_band"),
        ("เอ็นยืดใส ร้อยข้อมือ", "stretch_beading_cord"),
    ],
)
S(
    29,
    "th",
    "กลุ่มลูกปัดกะลามะพร้าวตากใบ",
    HNF,
    MID,
    "Narathiwat",
    "takbai.coconut@example.co.th",
    offers=[
        ("ลูกปัดกะลามะพร้าว เจาะรู ขัดมัน", "natural_beads"),
        ("เม็ดมะกล่ำตาช้าง ลูกเดือย เจาะแล้ว", "natural_beads"),
    ],
    needs=[need("เชือกยืดร้อยลูกปัด", "stretch_beading_cord")],
    bcg=["bio"],
)
S(
    30,
    "en",
    "Hill Silver Bead Works",
    HNF,
    MID,
    "Chiang Mai",
    "studio@hillsilver.example.com",
    offers=[
        ("Karen silver beads 95-98%, hand-stamped", "silver_beads"),
        ("Sterling ear wires and brooch backs", "sterling_findings"),
    ],
    needs=[need("Handspun cord, plant-dyed", "natural_dyed_cotton_yarn")],
    certs=[FAIR],
)
S(
    31,
    "en",
    "Bangsaen Cordage",
    SPT,
    MID,
    "Chonburi",
    "cord@bangsaen.example.com",
    offers=[
        ("550 paracord, 7 inner strands, 100 m spools", "paracord"),
        ("Reflective webbing 25 mm", "reflective_tape"),
    ],
    needs=[need("GRS recycled polyester yarn for cord cores", "recycled_polyester_yarn", req=(GRS,))],
    certs=[ISO9001],
)
S(
    32,
    "en",
    "Map Ta Phut Reflective Co.",
    SPT,
    MID,
    "Rayong",
    "sales@mtpreflective.example.com",
    offers=[("Sew-on hi-vis retroreflective tape, 2 inch", "reflective_tape")],
    needs=[need("Smooth elastane knit for wrist straps", "stretch_knit_fabric")],
    certs=[TIS],
)
S(
    33,
    "th",
    "กระดาษสาต้นเปา",
    HNF,
    MID,
    "Chiang Mai",
    "tonpao.paper@example.co.th",
    offers=[("กล่องกระดาษสา ใส่ต่างหู ใส่กำไล พิมพ์โลโก้ได้", "mulberry_paper_gift_box")],
    needs=[nobody("ผ้าลินิน หุ้มปกสมุด", "linen; no one in the set sells it")],
    bcg=["bio"],
)
S(
    34,
    "th",
    "ผ้าฝ้ายทอมือป้าจันทร์ สันกำแพง",
    HNF,
    MID,
    "Chiang Mai",
    "pachan.sankamphaeng@example.co.th",
    offers=[
        ("ผ้าฝ้ายทอมือ หน้ากว้าง 1 เมตร สีพื้น", "handwoven_cotton_fabric"),
        ("ผ้าพันคอฝ้ายทอมือ", "cotton_scarf"),
    ],
    needs=[nobody("กี่กระตุก มือสอง", "loom; no one sells looms")],
    certs=[OTOP],
)
S(
    35,
    "th",
    "กลุ่มผ้าขิดผู้สูงวัยบ้านนาข่า",
    ALI,
    MID,
    "Udon Thani",
    "nakha.khit@example.co.th",
    offers=[("ผ้าขิด ทอมือ ลายหมอนขวาน", "handwoven_cotton_fabric")],
    needs=[need("ด้ายเข็นมือย้อมสีธรรมชาติ ไม่เอาสีเคมี", "natural_dyed_cotton_yarn")],
    certs=[OTOP],
)
S(
    36,
    "en",
    "Pa Sang Cotton Weavers",
    HNF,
    MID,
    "Lamphun",
    "weave@pasangcotton.example.com",
    offers=[("Handloom cotton, 90 cm wide, 30 colours", "handwoven_cotton_fabric")],
    needs=[need("GOTS-certified cone yarn, 20s two-ply", "mill_cotton_yarn", "handspun_cotton_yarn", req=(GOTS,))],
)
S(
    37,
    "en",
    "Sakon Indigo Studio",
    HNF,
    MID,
    "Sakon Nakhon",
    "studio@sakonindigo.example.com",
    offers=[
        ("Indigo vat dyeing of your yarn, fabric or garments, min 10 m", "indigo_dyeing_service"),
        ("Shibori indigo cotton by the metre", "indigo_dyed_cotton_fabric"),
    ],
    needs=[need("Fermented indigo from local growers", "indigo_paste")],
    bcg=["bio"],
)
S(
    38,
    "th",
    "ร้านหม้อห้อมป้าเหลือง ทุ่งโฮ้ง",
    HNF,
    MID,
    "Phrae",
    "palueang.morhom@example.co.th",
    offers=[
        ("ผ้าหม้อห้อม ขายเป็นหลา", "indigo_dyed_cotton_fabric"),
        ("รับย้อมห้อม ทั้งเส้นด้ายและผ้าที่ลูกค้าส่งมา", "indigo_dyeing_service"),
    ],
    needs=[
        need("ห้อมเปียก ฤดูใหม่", "indigo_paste"),
        need("ผ้าฝ้ายดิบ ยังไม่ฟอก ไว้ย้อมห้อม", "greige_calico"),
    ],
    certs=[OTOP],
)
S(
    39,
    "th",
    "ฮ่อมเชียงใหม่ สตูดิโอสีธรรมชาติ",
    HNF,
    MID,
    "Chiang Mai",
    "hom.cnx.dye@example.co.th",
    offers=[("รับย้อมสีธรรมชาติ ผ้าและด้ายที่ลูกค้าส่งมา ครั่ง ดาวเรือง", "natural_dyeing_service")],
    needs=[
        need("วัตถุดิบย้อม เปลือกไม้ ครั่ง", "natural_dye_stuff"),
        need("ผ้าขาวไม่ฟอก สำหรับทดลองสี", "greige_calico"),
    ],
    bcg=["bio", "green"],
)
S(
    40,
    "th",
    "กลุ่มย้อมสีธรรมชาติบ้านนาโพธิ์",
    ALI,
    MID,
    "Buriram",
    "napho.dye@example.co.th",
    offers=[
        ("ไหมย้อมครั่ง ย้อมแก่นขนุน พร้อมทอ", "natural_dyed_silk_yarn"),
        ("รับย้อมสีธรรมชาติ ให้เส้นใยที่ลูกค้าส่งมา", "natural_dyeing_service"),
    ],
    needs=[
        need("ครั่งดิบ ปีละ 100 กก.", "natural_dye_stuff"),
    ],
    certs=[OTOP],
    bcg=["bio"],
)
S(
    41,
    "en",
    "Chonnabot Silk Colours",
    ALI,
    MID,
    "Khon Kaen",
    "shop@chonnabotcolours.example.com",
    offers=[("Acid-dyed silk yarn, 40 bright shades", "chemical_dyed_silk_yarn")],
    needs=[need("Fine native silk, undyed", "raw_silk_yarn")],
)
S(
    42,
    "th",
    "ผ้าไหมมัดหมี่แม่ทองใบ ชนบท",
    ALI,
    MID,
    "Khon Kaen",
    "maethongbai.mudmee@example.co.th",
    offers=[
        ("ผ้าไหมมัดหมี่ ลายโบราณ ผืน 2 เมตร", "mudmee_silk_fabric"),
        ("เศษผ้าไหมมัดหมี่ ชิ้นเล็ก", "silk_offcuts"),
    ],
    needs=[need("ไหมย้อมสีเคมี สีสด สีไม่ตก", "chemical_dyed_silk_yarn")],
    certs=[OTOP],
)
S(
    43,
    "en",
    "Surin Royal Silk House",
    ALI,
    MID,
    "Surin",
    "info@surinroyalsilk.example.com",
    offers=[
        ("Ikat silk, peacock-certified, 4 m lengths", "mudmee_silk_fabric"),
        ("Hand-tied ikat silk stoles", "silk_scarf"),
    ],
    needs=[need("Silk yarn coloured with plants only, no synthetic dye", "natural_dyed_silk_yarn")],
    certs=[PEACOCK],
)
S(
    44,
    "th",
    "กลุ่มผ้าไหมแพรวาบ้านโพน",
    ALI,
    MID,
    "Kalasin",
    "banphon.praewa@example.co.th",
    offers=[("ผ้าแพรวา ไหมทอมือ ลายขิด", "handwoven_silk_fabric")],
    needs=[
        need("ไหมเส้นย้อมสีแล้ว", "chemical_dyed_silk_yarn", "natural_dyed_silk_yarn"),
        need("กล่องใส่ผ้าไหม ทำจากกระดาษสา", "mulberry_paper_gift_box"),
        need("อยากได้คนมัดพู่ให้ จากเส้นไหมของกลุ่ม", "tassel_making_service"),
    ],
    certs=[OTOP],
)
S(
    45,
    "th",
    "กลุ่มทอผ้าไหมผู้สูงอายุเขวาสินรินทร์",
    ALI,
    MID,
    "Surin",
    "khwaosinarin.silk@example.co.th",
    offers=[
        ("ผ้าไหมหางกระรอก ทอมือ", "handwoven_silk_fabric"),
        ("ปลายผ้าไหม เศษไหม ขายเป็นกิโล", "silk_offcuts"),
    ],
    needs=[need("เส้นไหมพร้อมทอ สีธรรมชาติ", "natural_dyed_silk_yarn")],
    certs=[PEACOCK, OTOP],
)
S(
    46,
    "th",
    "ผ้าใยกัญชงม้งบ้านสะจุก",
    HNF,
    MID,
    "Nan",
    "sajuk.hmong@example.co.th",
    offers=[
        ("ผ้าใยกัญชง ทอมือ เขียนเทียน", "hemp_fabric"),
        ("แถบผ้าปักม้ง ทำขอบ ม้วนละ 10 เมตร", "embroidered_trim"),
    ],
    needs=[need("เส้นใยกัญชงต่อแล้ว ไม่ต้องปั่นเอง", "hemp_yarn")],
    bcg=["bio"],
)
S(
    47,
    "en",
    "Lanna Hemp Works",
    HNF,
    MID,
    "Chiang Mai",
    "hello@lannahemp.example.com",
    offers=[
        ("Hand-spliced hemp thread, natural grey", "hemp_yarn"),
        ("Loom-state hemp cloth, 60 cm", "hemp_fabric"),
    ],
    needs=[
        need("Raw hemp bark by the kilo", "hemp_bast_fibre"),
        need("Indigo paste for vat dyeing", "indigo_paste"),
        nobody("Hemp yarn with GOTS", "no hemp yarn maker in the set holds GOTS", "hemp_yarn", req=(GOTS,)),
    ],
    bcg=["bio"],
)
S(
    48,
    "th",
    "บาติกอ่าวนาง",
    HNF,
    MID,
    "Krabi",
    "aonang.batik@example.co.th",
    offers=[
        ("ผ้าบาติกเขียนมือ ลายทะเล", "batik_fabric"),
    ],
    needs=[need("ผ้าคอตตอนสีขาว สำหรับเขียนเทียน", "greige_calico", "mill_cotton_fabric")],
)
S(
    49,
    "en",
    "Tani Batik House",
    HNF,
    MID,
    "Pattani",
    "shop@tanibatik.example.com",
    offers=[("Pateh sarong lengths, hand-blocked, 2 m", "batik_fabric")],
    needs=[need("White cambric for wax resist", "greige_calico", "mill_cotton_fabric")],
)
S(
    50,
    "th",
    "ผ้ายกเมืองนคร บ้านตรอกแค",
    HNF,
    MID,
    "Nakhon Si Thammarat",
    "troknae.yok@example.co.th",
    offers=[("ผ้ายกดอก ยกทอง ไหมและฝ้าย", "brocade_fabric")],
    needs=[need("ไหมย้อมแล้ว สำหรับเส้นพุ่ง", "chemical_dyed_silk_yarn", "natural_dyed_silk_yarn")],
    certs=[OTOP],
)
S(
    51,
    "th",
    "ผ้าทอเกาะยอ ป้าศรี",
    HNF,
    MID,
    "Songkhla",
    "kohyo.pasri@example.co.th",
    offers=[("ผ้าเกาะยอ ลายราชวัตร ฝ้ายล้วน", "handwoven_cotton_fabric")],
    needs=[need("ใยสับปะรด ไว้ทอผสม", "pineapple_leaf_fibre")],
)
S(
    52,
    "en",
    "Photharam Pakhaoma",
    ALC,
    MID,
    "Ratchaburi",
    "sales@photharampkm.example.com",
    offers=[("Checked loincloth cotton, 100 pcs lots", "pakhaoma_cloth")],
    needs=[need("Cotton yarn on cones, 20s", "mill_cotton_yarn")],
)
S(
    53,
    "th",
    "ผ้าขาวม้าทอมือเกษตรวิสัย",
    ALI,
    MID,
    "Roi Et",
    "kasetwisai.pkm@example.co.th",
    offers=[("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "pakhaoma_cloth")],
    certs=[OTOP],
)
S(
    54,
    "th",
    "ร้านผ้าพาหุรัดเจริญผล",
    ALC,
    MID,
    "Bangkok",
    "phahurat.charoenphon@example.co.th",
    offers=[
        ("ผ้าดิบ หน้า 60 นิ้ว ขายเป็นพับ", "greige_calico"),
        ("ผ้าคอตตอน ผ้า TC สีพื้นและลายพิมพ์", "mill_cotton_fabric"),
    ],
    needs=[nobody("ผ้าลูกไม้ฝรั่งเศส", "lace; no one in the set makes it")],
)
S(
    55,
    "th",
    "โรงถักผ้ายืดกระทุ่มแบน",
    SPT,
    MID,
    "Samut Sakhon",
    "krathumbaen.knit@example.co.th",
    offers=[("ผ้าสปอร์ตสแปนเด็กซ์ ขายเป็นกิโล", "stretch_knit_fabric")],
    needs=[need("ด้ายรีไซเคิลที่ได้ GRS", "recycled_polyester_yarn", req=(GRS,))],
)
S(
    56,
    "en",
    "ProKnit Performance Fabrics",
    SPT,
    MID,
    "Samut Prakan",
    "sales@proknit.example.com",
    offers=[
        ("Moisture-wicking lycra jersey, 4-way stretch", "stretch_knit_fabric"),
        ("Cutting waste from activewear lines, poly/elastane", "sportswear_offcuts"),
    ],
    needs=[need("Polyester yarn from bottles", "recycled_polyester_yarn")],
    certs=[OEKO, BLUESIGN],
)
S(
    57,
    "th",
    "พู่สำเพ็ง",
    ALC,
    MID,
    "Bangkok",
    "phu.sampeng@example.co.th",
    offers=[("พู่ไหมพรม พู่ไหมเทียม สำเร็จรูป", "tassels")],
    needs=[need("ไหมพรมอะคริลิค สีพาสเทล", "acrylic_yarn")],
)
S(
    58,
    "en",
    "Doi Tassel Workshop",
    HNF,
    MID,
    "Chiang Mai",
    "make@doitassel.example.com",
    offers=[
        ("Hand-tied silk tassels, 5 cm", "tassels"),
        ("Tassel tying from the thread you send", "tassel_making_service"),
    ],
    needs=[need("Coloured silk floss for tassels", "chemical_dyed_silk_yarn", "natural_dyed_silk_yarn")],
)
S(
    59,
    "en",
    "Second Loop Upcycling Studio",
    CT,
    MID,
    "Bangkok",
    "hi@secondloop.example.com",
    offers=[("Your old uniforms or sarongs made into small accessories", "upcycling_service")],
    needs=[
        need("Bright pre-consumer cotton scraps", "cotton_offcuts"),
        need("Old hand-woven sarongs", "vintage_handwoven_cloth"),
    ],
    bcg=["circular"],
)
S(
    60,
    "th",
    "ฮักผ้า รับแปลงผ้าเก่า",
    CT,
    MID,
    "Chiang Mai",
    "hakpha.upcycle@example.co.th",
    offers=[("รับแปลงผ้าซิ่นของคุณยาย เป็นต่างหู เข็มกลัด", "upcycling_service")],
    needs=[need("อะไหล่ต่างหู เข็มกลัด", "jewellery_findings", "sterling_findings")],
    bcg=["circular"],
)
S(
    61,
    "th",
    "ร้านเย็บผ้าป้าแดง ปากเกร็ด",
    ALC,
    MID,
    "Nonthaburi",
    "padaeng.sewing@example.co.th",
    offers=[("รับจ้างเย็บ ชิ้นเล็ก โดนัท ยางรัดผม กระเป๋า ผ้าลูกค้า", "sewing_service")],
    needs=[need("ยางยืดเส้นเล็ก ใส่ในโดนัท", "elastic_band")],
)
S(
    62,
    "en",
    "Thonburi CMT Partners",
    ALC,
    MID,
    "Bangkok",
    "cmt@thonburipartners.example.com",
    offers=[("CMT for small accessories, MOQ 300 pcs", "sewing_service")],
    needs=[nobody("Overlock mechanic on call", "repair service; no one offers it")],
    certs=[ISO9001],
)
S(
    63,
    "th",
    "กลุ่มแม่บ้านสูงวัยบ้านโคกสี",
    ALI,
    MID,
    "Khon Kaen",
    "khoksi.sewing@example.co.th",
    offers=[
        ("รับตัดเย็บตามแบบ ใช้ผ้าที่ลูกค้าส่งมา", "sewing_service"),
        ("โดนัทมัดผมผ้าขาวม้า", "hair_scrunchies"),
    ],
    needs=[need("ผ้าลายตารางอีสาน ทอมือ", "pakhaoma_cloth")],
)
S(
    64,
    "th",
    "ชมรมผู้สูงอายุร้อยลูกปัด อยุธยา",
    ALC,
    MID,
    "Phra Nakhon Si Ayutthaya",
    "ayutthaya.elderbeads@example.co.th",
    offers=[
        ("รับร้อยลูกปัด ประกอบต่างหู ตามแบบลูกค้า", "jewellery_assembly_service"),
        ("สายคล้องแว่น ลูกปัดแก้ว", "eyeglass_chain"),
    ],
    needs=[
        need("ลูกปัดเม็ดทราย คละสี", "glass_seed_beads"),
        need("ตัวล็อกแม่เหล็ก ใส่ง่าย", "magnetic_clasps"),
    ],
)
S(
    65,
    "en",
    "Bead & Thread Assembly Co.",
    ALC,
    MID,
    "Bangkok",
    "work@beadthread.example.com",
    offers=[("Bead stringing and earring assembly, per piece", "jewellery_assembly_service")],
    needs=[need("Stretchy bracelet cord", "stretch_beading_cord")],
)
S(
    66,
    "en",
    "StitchMark Embroidery",
    CT,
    MID,
    "Nonthaburi",
    "orders@stitchmark.example.com",
    offers=[("Machine embroidery on customer items, logos and names", "embroidery_service")],
    needs=[nobody("Water-soluble stabiliser film", "backing film; no one sells it")],
)
S(
    67,
    "en",
    "CutLab Laser Services",
    CT,
    MID,
    "Pathum Thani",
    "cut@cutlab.example.com",
    offers=[("Laser cutting of fabric and felt, your material", "laser_cutting_service")],
)

# ------------------------------------------------------------------ part 3: jewellery and accessory makers (downstream)

S(
    68,
    "th",
    "ฝ้ายคำ เครื่องประดับผ้า",
    HNF,
    DOWN,
    "Chiang Mai",
    "faikham.jewel@example.co.th",
    offers=[
        ("ต่างหูผ้าฝ้ายทอมือ ย้อมคราม", "fabric_earrings"),
        ("เข็มกลัดดอกไม้ผ้าทอ", "fabric_brooches"),
    ],
    needs=[
        need("ผ้าครามเป็นหลา ไม่ต้องมี GOTS", "indigo_dyed_cotton_fabric", waive=(GOTS,)),
        need("ก้านต่างหูเงินแท้", "sterling_findings"),
        need("เลเซอร์ตัดผ้าเป็นรูปใบไม้ ผ้าเราเอง", "laser_cutting_service"),
    ],
    certs=[OTOP],
)
S(
    69,
    "en",
    "Offcut & Co.",
    CT,
    DOWN,
    "Bangkok",
    "studio@offcutco.example.com",
    offers=[
        ("Upcycled fabric earrings, featherweight", "fabric_earrings"),
        ("Tassel drops from yarn ends", "tassel_earrings"),
    ],
    needs=[
        need("Silk scraps, any colour, for earrings", "silk_offcuts"),
        need("Ear hooks, 200 pairs", "jewellery_findings", "sterling_findings"),
        need("Hmong cross-stitch ribbon", "embroidered_trim"),
    ],
    bcg=["circular"],
)
S(
    70,
    "th",
    "กลุ่มเครื่องประดับผ้าไหมสุรินทร์",
    ALI,
    DOWN,
    "Surin",
    "surin.silkjewel@example.co.th",
    offers=[
        ("ต่างหูผ้าไหมมัดหมี่", "silk_earrings"),
        ("กำไลหุ้มผ้าไหม แกนไม้ไผ่", "silk_bracelet"),
    ],
    needs=[
        need("ลูกปัดเงินแท้ ร้อยกำไล", "silver_beads"),
        need("เศษไหมมัดหมี่", "silk_offcuts"),
    ],
    certs=[OTOP],
)
S(
    71,
    "th",
    "ต่างหูพู่แพรวา",
    ALI,
    DOWN,
    "Kalasin",
    "praewa.tassel@example.co.th",
    offers=[("ต่างหูพู่ไหม ห้อยลูกปัด", "tassel_earrings")],
    needs=[
        need("พู่สำเร็จรูป สีสด", "tassels"),
        need("ผ้าแพรวาชิ้นเล็ก เศษจากกี่", "silk_offcuts"),
        need("หาคนช่วยประกอบต่างหู ช่วงออเดอร์เยอะ", "jewellery_assembly_service"),
    ],
    certs=[OTOP],
)
S(
    72,
    "en",
    "Bloom Brooch Atelier",
    ALC,
    DOWN,
    "Nakhon Pathom",
    "atelier@bloombrooch.example.com",
    offers=[("Handmade fabric flower pins", "fabric_brooches")],
    needs=[
        need("Brooch pins and safety backs", "jewellery_findings", "sterling_findings"),
        need("Plain poplin, solid colours", "mill_cotton_fabric"),
    ],
)
S(
    73,
    "th",
    "ชมรมผู้สูงอายุบ้านดู่ สายข้อมือไหม",
    ALI,
    DOWN,
    "Sisaket",
    "bandu.elders@example.co.th",
    offers=[
        ("สายข้อมือผ้าไหม ถักมือ", "silk_bracelet"),
        ("กำไลลูกปัด ร้อยเอ็นยืด", "beaded_bracelet"),
    ],
    needs=[need("ไหมเส้นย้อมสีธรรมชาติ", "natural_dyed_silk_yarn")],
)
S(
    74,
    "th",
    "ร้านสายรัดข้อมือเดินป่าศรีราชา",
    SPT,
    DOWN,
    "Chonburi",
    "sriracha.trailband@example.co.th",
    offers=[("สายรัดข้อมือพาราคอร์ด หัวล็อกพลาสติก", "paracord_bracelet")],
    needs=[
        need("เชือกร่ม 550 ยกม้วน", "paracord"),
        need("แถบสะท้อนแสง แบบเย็บ", "reflective_tape"),
    ],
)
S(
    75,
    "th",
    "บ้านมะลิ โดนัทผูกผม",
    ALC,
    DOWN,
    "Bangkok",
    "baanmali.scrunchie@example.co.th",
    offers=[("โดนัทรัดผม ผ้าซาติน ผ้าไหม", "hair_scrunchies")],
    needs=[
        need("หาคนเย็บโดนัท ใช้ผ้าของเราเอง", "sewing_service"),
        need("เส้นยางยืด ใส่ไส้โดนัทรัดผม", "elastic_band"),
    ],
)
S(
    76,
    "en",
    "Loop Scrunchie Co.",
    CT,
    DOWN,
    "Nonthaburi",
    "hello@loopscrunchie.example.com",
    offers=[("Scrunchies from offcut fabrics", "hair_scrunchies")],
    needs=[need("Cotton scraps sorted by colour", "cotton_offcuts")],
    certs=[OEKO],
    bcg=["circular"],
)
S(
    77,
    "th",
    "สปอร์ตแบนด์ไทย",
    SPT,
    DOWN,
    "Bangkok",
    "sportband.th@example.co.th",
    offers=[
        ("ที่คาดผมกีฬา ซับเหงื่อ", "sport_headband"),
        ("ยางมัดผมผ้ายืด สำหรับวิ่ง", "hair_scrunchies"),
    ],
    needs=[need("ผ้าไลคร่า", "stretch_knit_fabric")],
)
S(
    78,
    "th",
    "พวงกุญแจผ้าทอร้อยเอ็ด",
    ALI,
    DOWN,
    "Roi Et",
    "roiet.keychain@example.co.th",
    offers=[("พวงกุญแจตุ๊กตาผ้าขาวม้า", "woven_charms")],
    needs=[
        need("ผ้าขาวม้าผืนเล็ก", "pakhaoma_cloth"),
        need("หาร้านรับฝากขาย", "consignment_space"),
    ],
)
S(
    79,
    "en",
    "Karen Charm Collective",
    HNF,
    DOWN,
    "Mae Hong Son",
    "collective@karencharm.example.com",
    offers=[("Handwoven Karen cloth charms and bag tags", "woven_charms")],
    needs=[need("Job's tears seeds and wooden beads", "natural_beads")],
    certs=[FAIR],
)
S(
    80,
    "en",
    "Mor Hom Bags",
    HNF,
    DOWN,
    "Phrae",
    "bags@morhom.example.com",
    offers=[("Handwoven cotton totes, indigo-dyed", "tote_bag")],
    needs=[
        need("Indigo cotton cloth, 50 m a month, delivered to Phrae", "indigo_dyed_cotton_fabric"),
        need("Hemp cloth for bag linings", "hemp_fabric"),
    ],
)
S(
    81,
    "th",
    "ชมรมผู้สูงอายุสามพราน สายคล้องแว่น",
    ALC,
    DOWN,
    "Nakhon Pathom",
    "samphran.elders@example.co.th",
    offers=[("สายคล้องแว่น สายคล้องแมส ลูกปัด", "eyeglass_chain")],
    needs=[need("เม็ดทรายญี่ปุ่น ขนาด 8/0", "glass_seed_beads")],
)
S(
    82,
    "en",
    "Silver Years Craft Kits",
    ALC,
    DOWN,
    "Bangkok",
    "kits@silveryears.example.com",
    offers=[("Bead bracelet kits for senior activity classes", "craft_kit")],
    needs=[
        need("Glass seed beads in bulk", "glass_seed_beads"),
        need("Magnetic clasps", "magnetic_clasps"),
    ],
)
S(
    83,
    "en",
    "Akha Bead Cooperative",
    HNF,
    DOWN,
    "Chiang Rai",
    "coop@akhabead.example.com",
    offers=[("Akha beaded wristbands, seed and silver", "beaded_bracelet")],
    needs=[need("Silver spacer beads", "silver_beads")],
    certs=[FAIR],
)

# ------------------------------------------------------ part 4: shops, hotels, online sellers, care homes (buyers)

S(
    84,
    "th",
    "ร้านของฝากสนามบินสุวรรณภูมิ",
    ALC,
    DOWN,
    "Samut Prakan",
    "airport.souvenir@example.co.th",
    needs=[
        need("ต่างหูผ้าไหมมัดหมี่ ของฝากนักท่องเที่ยว", "silk_earrings"),
        need("พวงกุญแจผ้าทอ", "woven_charms"),
        nobody("กิ๊บติดผมผ้าไหม", "silk hair clips; no one makes them"),
    ],
)
S(
    85,
    "en",
    "Lotus Gift Boutique",
    ALC,
    DOWN,
    "Bangkok",
    "buy@lotusgift.example.com",
    offers=[("Consignment shelf space, 30% commission", "consignment_space")],
    needs=[
        need("Fabric brooches, OTOP not required", "fabric_brooches", waive=(OTOP,)),
        nobody("Silk stoles with Fair Trade mark", "no silk stole maker holds Fairtrade", "silk_scarf", req=(FAIR,)),
    ],
)
S(
    86,
    "en",
    "Andaman Resort Boutique",
    HNF,
    DOWN,
    "Phuket",
    "boutique@andamanresort.example.com",
    needs=[
        need("Beaded bracelets, Fairtrade certified", "beaded_bracelet", req=(FAIR,)),
        need("Totes in natural fibre", "tote_bag"),
        nobody("Batik scrunchies", "no one makes scrunchies of batik"),
    ],
)
S(
    87,
    "th",
    "ร้านของฝากขอนแก่น",
    ALI,
    DOWN,
    "Khon Kaen",
    "khonkaen.gifts@example.co.th",
    needs=[
        need("กำไลข้อมือผ้าไหม", "silk_bracelet"),
        need("ผ้าพันคอไหม ตรานกยูงไม่บังคับ", "silk_scarf", waive=(PEACOCK,)),
    ],
)
S(
    88,
    "en",
    "Cute Beads Online Shop",
    ALC,
    DOWN,
    "Bangkok",
    "shop@cutebeads.example.com",
    needs=[
        need("Beaded wrist strings, wholesale price", "beaded_bracelet"),
        need("Cloth hair ties, 120 baht a dozen", "hair_scrunchies"),
    ],
)
S(
    89,
    "en",
    "Nimman Slow Fashion Store",
    CT,
    DOWN,
    "Chiang Mai",
    "buying@nimmanslow.example.com",
    needs=[
        need("Tassel earrings", "tassel_earrings"),
        need("Hair scrunchies, OEKO-TEX only", "hair_scrunchies", req=(OEKO,)),
        nobody("Earrings of Hmong embroidery?", "Hmong trim is sold, but no one makes earrings of it"),
    ],
)
S(
    90,
    "th",
    "ร้านฝากขายของชุมชน ยูดีทาวน์",
    ALI,
    DOWN,
    "Udon Thani",
    "udtown.community@example.co.th",
    offers=[("รับฝากขายสินค้าชุมชน ในห้าง", "consignment_space")],
    needs=[
        need("ต่างหูพู่", "tassel_earrings"),
        need("ของห้อยกระเป๋า ผ้าทอ", "woven_charms"),
    ],
)
S(
    91,
    "en",
    "Golden Age Care Home",
    ALC,
    DOWN,
    "Nonthaburi",
    "activities@goldenagecare.example.com",
    needs=[
        need("Bead craft kits for residents' activity hour", "craft_kit"),
        need("Eyeglass cords that are easy to put on", "eyeglass_chain"),
        need("Someone to make keepsake brooches from residents' old sarongs", "upcycling_service"),
    ],
)
S(
    92,
    "th",
    "ร้านของที่ระลึก โรงแรมริมน้ำ",
    ALC,
    DOWN,
    "Bangkok",
    "riverside.giftshop@example.co.th",
    needs=[
        need("ของชำร่วย ต่างหูผ้า", "fabric_earrings", "silk_earrings"),
        need("กล่องของขวัญ กระดาษสา", "mulberry_paper_gift_box"),
        nobody("ผ้าเช็ดหน้าปักชื่อโรงแรม", "embroidered handkerchiefs; embroidery alone is a service on the buyer's goods"),
    ],
)
S(
    93,
    "en",
    "RunClub Merch Online",
    SPT,
    DOWN,
    "Bangkok",
    "merch@runclub.example.com",
    needs=[
        need("Paracord bracelets with logo", "paracord_bracelet"),
        need("Sweat headbands", "sport_headband"),
        need("Can anyone embroider our logo on headbands we send?", "embroidery_service"),
    ],
)
S(
    94,
    "th",
    "ร้านของฝากโคราช",
    ALI,
    DOWN,
    "Nakhon Ratchasima",
    "korat.souvenir@example.co.th",
    needs=[
        need("ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน", "mudmee_silk_fabric", req=(PEACOCK,)),
        need("กำไลผ้าไหม", "silk_bracelet"),
    ],
)
S(
    95,
    "en",
    "Wedding Favours by Mali",
    CT,
    DOWN,
    "Bangkok",
    "mali@weddingfavours.example.com",
    needs=[
        need("Mini fabric brooches as wedding favours, 300 pcs", "fabric_brooches"),
        need("Mulberry paper boxes, FSC not needed", "mulberry_paper_gift_box", waive=(FSC,)),
        nobody("Silk pocket squares for groomsmen", "pocket squares; scarves and stoles are not"),
    ],
)


# ------------------------------------------------------------------ links

SMES: tuple[Sme, ...] = tuple(S.rows)


def qualified_suppliers(buyer: Sme, wanted: Need, smes: tuple[Sme, ...] = SMES) -> list[Sme]:
    """Suppliers other than `buyer` with an offer labelled as `wanted` lists and every required certification."""
    return [
        supplier
        for supplier in smes
        if supplier.num != buyer.num
        and any(label in wanted.meets for _, label in supplier.offers)
        and set(wanted.requires) <= set(supplier.certifications)
    ]


def true_links(smes: tuple[Sme, ...] = SMES) -> list[tuple[str, str]]:
    pairs = {
        (supplier.id, buyer.id)
        for buyer in smes
        for wanted in buyer.needs
        if not wanted.unmet
        for supplier in qualified_suppliers(buyer, wanted, smes)
    }
    return sorted(pairs)


# ------------------------------------------------------------------ checks

_THAI = re.compile("[\u0e00-\u0e7f]")
_LATIN = re.compile("[A-Za-z]")
_EMAIL = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    (
        "a",
        "an",
        "and",
        "any",
        "as",
        "by",
        "for",
        "from",
        "in",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "your",
        "our",
        "we",
    )
)


def _cert_named(text: str, cert: str) -> bool:
    folded = unicodedata.normalize("NFKC", text).casefold()
    (entry,) = [c for c in CERTIFICATIONS if c.name == cert]
    names = (entry.name, entry.full_name, *entry.aliases, *entry.mentions, *entry.case_sensitive_mentions)
    return any(unicodedata.normalize("NFKC", name).casefold() in folded for name in names)


def _language_problem(text: str, language: str) -> str | None:
    if language == "en":
        if not text.isascii():
            return "English text with non-Latin characters"
        return None
    thai, latin = len(_THAI.findall(text)), len(_LATIN.findall(text))
    if thai == 0 or thai < 2 * latin:
        return "Thai text that is not mostly Thai letters"
    if "  " in text or text != text.strip():
        return "stray spaces"
    return None


def _overlap(a: str, b: str, language: str) -> float:
    """Shared wording of two phrases: word Jaccard (English) or character-trigram Jaccard (Thai)."""
    if language == "en":
        sa = {w for w in _WORD.findall(a.casefold()) if w not in _STOP}
        sb = {w for w in _WORD.findall(b.casefold()) if w not in _STOP}
    else:
        ca, cb = a.replace(" ", ""), b.replace(" ", "")
        sa = {ca[i : i + 3] for i in range(len(ca) - 2)}
        sb = {cb[i : i + 3] for i in range(len(cb) - 2)}
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def check(smes: tuple[Sme, ...] = SMES) -> list[str]:
    errors: list[str] = []
    ids = [sme.id for sme in smes]
    if ids != [f"{ID_PREFIX}-{n:03d}" for n in range(1, N_PROFILES + 1)]:
        errors.append(f"ids must be {ID_PREFIX}-001 ... {ID_PREFIX}-{N_PROFILES:03d}, unique and in order")
    offered = Counter(label for sme in smes for label in {label for _, label in sme.offers})
    names = Counter(sme.name for sme in smes)
    emails = Counter(sme.email for sme in smes)
    for sme in smes:
        where = sme.id
        if sme.language not in ("th", "en"):
            errors.append(f"{where}: language {sme.language!r}")
        if sme.sub_cluster not in {s.value for s in SubCluster}:
            errors.append(f"{where}: sub_cluster {sme.sub_cluster!r}")
        if sme.stage not in {s.value for s in Stage}:
            errors.append(f"{where}: stage {sme.stage!r}")
        province = resolve_province(sme.province)
        if province is None or province.name_en != sme.province:
            errors.append(f"{where}: province {sme.province!r} is not a canonical English province name")
        for cert in sme.certifications:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not canonical")
        if len(set(sme.certifications)) != len(sme.certifications):
            errors.append(f"{where}: repeated certification")
        for tag in sme.bcg:
            if tag not in {t.value for t in BcgTag}:
                errors.append(f"{where}: bcg tag {tag!r}")
        if not _EMAIL.match(sme.email) or emails[sme.email] > 1:
            errors.append(f"{where}: contact_email {sme.email!r} malformed or repeated")
        if not sme.name.strip() or names[sme.name] > 1:
            errors.append(f"{where}: name empty or repeated")
        if not 0 <= len(sme.offers) <= 3 or not 0 <= len(sme.needs) <= 3 or not (sme.offers or sme.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        phrases = [sme.name, *(text for text, _ in sme.offers), *(n.text for n in sme.needs)]
        for text in phrases:
            problem = _language_problem(text, sme.language)
            if problem:
                errors.append(f"{where}: {problem}: {text!r}")
        if len({t.strip() for t in phrases[1:]}) != len(phrases) - 1:
            errors.append(f"{where}: repeated phrase")
        for text, label in sme.offers:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", label):
                errors.append(f"{where}: bad label {label!r} on {text!r}")
        for wanted in sme.needs:
            own = {label for _, label in sme.offers}
            for label in wanted.meets:
                if offered[label] - (label in own) <= 0:
                    errors.append(f"{where}: no one but the buyer offers {label!r} ({wanted.text!r})")
            if not wanted.unmet and not wanted.meets:
                errors.append(f"{where}: need lists no labels and is not marked unmet: {wanted.text!r}")
            for cert in (*wanted.requires, *wanted.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: certification {cert!r} is not canonical")
                if not _cert_named(wanted.text, cert):
                    errors.append(f"{where}: {cert} is not named in {wanted.text!r}")
            found = find_certifications(wanted.text)
            if set(wanted.requires) != found:
                errors.append(f"{where}: the text names {sorted(found)}, requires {list(wanted.requires)}")
            suppliers = qualified_suppliers(sme, wanted, smes)
            if wanted.unmet and suppliers:
                errors.append(f"{where}: unmet need {wanted.text!r} is met by {[s.id for s in suppliers]}")
            if not wanted.unmet and not suppliers:
                errors.append(f"{where}: no qualified supplier for {wanted.text!r}")
            for supplier in suppliers:
                for text, label in supplier.offers:
                    if label in wanted.meets and text.casefold() == wanted.text.casefold():
                        errors.append(f"{where}: need {wanted.text!r} copies an offer of {supplier.id}")
                    if (
                        label in wanted.meets
                        and supplier.language == sme.language
                        and _overlap(text, wanted.text, sme.language) > 0.5
                    ):
                        errors.append(f"{where}: need {wanted.text!r} shares wording with {supplier.id}: {text!r}")
    errors += _size_problems(smes)
    return errors


def _size_problems(smes: tuple[Sme, ...]) -> list[str]:
    stats = statistics(smes)
    problems = []
    if len(smes) != N_PROFILES:
        problems.append(f"{len(smes)} profiles, want {N_PROFILES}")
    share = stats["thai"] / len(smes)
    if not THAI_SHARE[0] <= share <= THAI_SHARE[1]:
        problems.append(f"Thai share {share:.2f} outside {THAI_SHARE}")
    if not LINKS_RANGE[0] <= stats["links"] <= LINKS_RANGE[1]:
        problems.append(f"{stats['links']} true links, want {LINKS_RANGE[0]}-{LINKS_RANGE[1]}")
    cross = stats["cross"] / max(stats["links"], 1)
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
        problems.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    if not UNMET_RANGE[0] <= stats["unmet"] <= UNMET_RANGE[1]:
        problems.append(f"{stats['unmet']} needs met by no one, want {UNMET_RANGE[0]}-{UNMET_RANGE[1]}")
    if stats["met_1_3"] < MOST_NEEDS_MET_BY_1_TO_3 * stats["met"]:
        problems.append(f"only {stats['met_1_3']} of {stats['met']} met needs have 1-3 qualified suppliers")
    return problems


# ------------------------------------------------------------------ counts


def statistics(smes: tuple[Sme, ...] = SMES) -> dict[str, int]:
    by_id = {sme.id: sme for sme in smes}
    links = true_links(smes)
    needs = [(sme, wanted) for sme in smes for wanted in sme.needs]
    met = [(sme, wanted) for sme, wanted in needs if not wanted.unmet]
    met_counts = [len(qualified_suppliers(sme, wanted, smes)) for sme, wanted in met]
    th_en = sum(by_id[s].language == "th" and by_id[b].language == "en" for s, b in links)
    en_th = sum(by_id[s].language == "en" and by_id[b].language == "th" for s, b in links)
    return {
        "profiles": len(smes),
        "thai": sum(sme.language == "th" for sme in smes),
        "english": sum(sme.language == "en" for sme in smes),
        "provinces": len({sme.province for sme in smes}),
        "offers": sum(len(sme.offers) for sme in smes),
        "labels": len({label for sme in smes for _, label in sme.offers}),
        "needs": len(needs),
        "met": len(met),
        "met_1_3": sum(1 <= n <= 3 for n in met_counts),
        "met_4_plus": sum(n >= 4 for n in met_counts),
        "unmet": len(needs) - len(met),
        "requiring": sum(bool(wanted.requires) for _, wanted in needs),
        "waiving": sum(bool(wanted.waives) for _, wanted in needs),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross": th_en + en_th,
        "within": len(links) - th_en - en_th,
        "cross_sub": sum(by_id[s].sub_cluster != by_id[b].sub_cluster for s, b in links),
    }


def counts_table(smes: tuple[Sme, ...] = SMES) -> str:
    stats = statistics(smes)
    rows: list[tuple[str, str]] = [
        ("profiles", str(stats["profiles"])),
        ("profiles in Thai / English", f"{stats['thai']} / {stats['english']}"),
    ]
    for sub in SubCluster:
        rows.append((f"sub-cluster `{sub.value}`", str(sum(s.sub_cluster == sub.value for s in smes))))
    for stage in Stage:
        rows.append((f"stage `{stage.value}`", str(sum(s.stage == stage.value for s in smes))))
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    for region in sorted(regions):
        rows.append((f"region `{region}`", str(regions[region])))
    cross_share = stats["cross"] / stats["links"] if stats["links"] else 0.0
    rows += [
        ("distinct provinces", str(stats["provinces"])),
        ("offers", str(stats["offers"])),
        ("distinct offer labels", str(stats["labels"])),
        ("needs", str(stats["needs"])),
        ("needs met by someone in the set", str(stats["met"])),
        ("... of which by 1-3 suppliers / by 4 or more", f"{stats['met_1_3']} / {stats['met_4_plus']}"),
        ("needs met by no one", str(stats["unmet"])),
        ("needs requiring a certification", str(stats["requiring"])),
        ("needs waiving a certification", str(stats["waiving"])),
        ("true links", str(stats["links"])),
        ("links Thai supplier -> English buyer", str(stats["th_en"])),
        ("links English supplier -> Thai buyer", str(stats["en_th"])),
        ("cross-language links (share)", f"{stats['cross']} ({cross_share:.0%})"),
        ("within-language links", str(stats["within"])),
        ("links between different sub-clusters", str(stats["cross_sub"])),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {name.ljust(width)} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ output


def profile_json(sme: Sme) -> str:
    record = {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub_cluster,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [text for text, _ in sme.offers],
        "needs": [wanted.text for wanted in sme.needs],
        "certifications": list(sme.certifications),
        "bcg": list(sme.bcg),
        "contact_email": sme.email,
        "language": sme.language,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(smes: tuple[Sme, ...] = SMES) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(true_links(smes))
    return buffer.getvalue()


README = """\
# Blind evaluation set: plain registry entries, textile jewellery

`eval/blind_plain_jewellery/` measures how well the matchmaker finds the true supplier-buyer pairs of
a cluster it has never seen, written in words it has never seen. The theme is textile jewellery and
accessories: fabric earrings and brooches, silk and beaded bracelets, tassel earrings, scrunchies,
charms of woven cloth, the gift shops, boutiques, hotels, care homes and online sellers that buy
them, and the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

## What it checks

Each profile is a plain registry entry: one short phrase per offer or need, Thai or English, as an
SME database stores them. The same kind of goods is written in many ways (local and regional names
such as ผ้าหม้อห้อม, ห้อม, ผ้าขิด, แพรวา, หางกระรอก, ประเกือม, ผ้ายก, เชือกร่ม, เม็ดทราย, pateh; trade
words and abbreviations such as CMT, MOQ, Ne 20/2, TC, rPET, 150D; brand names such as Miyuki and
Toho; quantities, prices and places), and a need is worded differently from the offers that meet
it, often in the other language.

The set holds hard but fair cases:

- a service versus the goods it works on: indigo dyeing of the customer's cloth versus indigo-dyed
  cloth, sewing for others versus finished scrunchies, tassel tying from the customer's thread versus
  ready tassels, laser cutting and embroidery of the customer's material;
- the customer's own goods sent for work (grandmother's sarongs and old uniforms made into earrings,
  brooches and keepsakes; a hemp group's own fibre sent for indigo dyeing);
- waste and used goods versus new (cutting scraps, used jeans, second-hand clothing, old hand-woven
  skirts);
- raw versus processed: cotton lint, handspun and mill yarn, calico (ผ้าดิบ is cloth, ฝ้ายดิบ is fibre),
  cloth, product; hemp bark, hemp thread, hemp cloth; cocoons, silk thread, dyed silk, silk cloth;
- finished goods described by their material, colour or technique (an indigo handwoven tote is a
  bag, silk ikat earrings are earrings, not ikat silk);
- needs written as a wish, a bare noun phrase or a question; refusals ("no synthetic dye");
- needs that require a named certification (GOTS, GRS, OEKO-TEX, Peacock Emblem, Fairtrade, Organic
  Thailand) which some suppliers of the right goods lack, and needs that name one only to waive it;
- needs that no one in the set meets, some of them near misses (the right goods without the
  required certification).

## How it was written

By hand, by a writer who read only section 1 of the contracts (cluster profiles, JSONL version 1,
and the links CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the project's ruff
settings; not the matcher, its glossary, its tests or any other evaluation set. Every phrase, label
and link decision is in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels
that would meet it and the certifications its text requires, or is marked as met by no one with a
short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label
listed by one of the buyer's needs and the supplier's certifications hold every certification that
need requires. An SME is never linked to itself. Shared words play no part; quantities, prices and
places never decide a link; what changes what the thing is does. A waived certification is not
required. The labels live only in `write.py`; the profiles carry only the contract's fields.

Before writing, the script checks that ids are unique and well formed; every contract field is valid
(provinces resolve with `resolve_province` to their English name, certifications with
`resolve_certification`, sub-cluster, stage and BCG tags are the taxonomy's values); every label a need
lists is offered by someone other than the buyer; every met need has a qualified supplier and every
unmet one has none; a required or waived certification is named in the need's text (and the
taxonomy reads required ones as required and waived ones as not); Thai phrases are mostly Thai
letters and English ones Latin only; needs do not copy the wording of the same-language offers that
meet them; and the size targets hold. It writes nothing if any check fails.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_jewellery/write.py

Two runs give identical bytes.

## Files

- `write.py`: all the data, the checks, and the writer.
- `profiles.jsonl`: {profiles} SME profiles in the contract's format, ids `{first}` to `{last}`, no labels.
- `links.csv`: the {links} true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def readme(smes: tuple[Sme, ...] = SMES) -> str:
    return README.format(
        profiles=len(smes),
        first=smes[0].id,
        last=smes[-1].id,
        links=len(true_links(smes)),
        table=counts_table(smes),
    )


def main() -> int:
    errors = check()
    if errors:
        for error in errors:
            print(error, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    outputs = {
        "profiles.jsonl": "".join(profile_json(sme) + "\n" for sme in SMES),
        "links.csv": links_csv(),
        "README.md": readme(),
    }
    for name, text in outputs.items():
        (HERE / name).write_bytes(text.encode("utf-8"))
    print(counts_table(), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
