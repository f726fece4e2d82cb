"""Write the hand-labelled evaluation set `eval/blind_plain_basketry/`.

Theme: basketry with textile parts (krajood sedge, water hyacinth, pandan, rattan, reed and bamboo
goods, fabric linings and handles) plus the ordinary fibre, yarn, cloth, dyeing and sewing suppliers
of the cluster. Every SME below is written by hand as a plain registry entry.

Each offer is `Of(text, label)`; the label says what the thing is. Each need is either
`N(text, labels, req=..., waive=...)` (the offer labels that meet it and the certifications its text
requires or waives) or `X(text, note, labels=..., req=...)` (met by no one; optional labels and
certifications let the script check that no one in the set does meet it).

A pair (supplier, buyer) is a true link when an offer of the supplier carries a label that one of the
buyer's needs lists and the supplier holds every certification that need requires. Labels live only
in this file; `profiles.jsonl` carries none.

Run from the repository root:  .venv/bin/python eval/blind_plain_basketry/write.py
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    LANGUAGES,
    BcgTag,
    Stage,
    SubCluster,
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

OUT = Path(__file__).resolve().parent
PREFIX = "bbt"
N_PROFILES = 95
LINKS_RANGE = (160, 180)
CROSS_SHARE_RANGE = (0.40, 0.60)
THAI_SHARE_RANGE = (0.50, 0.60)
UNMET_RANGE = (17, 23)

HNF = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


@dataclass(frozen=True)
class Of:
    """An offer: the registry phrase and what the thing is."""

    text: str
    label: str


@dataclass(frozen=True)
class N:
    """A need that someone in the set meets."""

    text: str
    labels: str
    req: tuple[str, ...] = ()
    waive: tuple[str, ...] = ()


@dataclass(frozen=True)
class X:
    """A need that no one in the set meets, with a note saying why."""

    text: str
    note: str
    labels: str = ""
    req: tuple[str, ...] = ()
    waive: tuple[str, ...] = ()


@dataclass(frozen=True)
class P:
    """One SME profile."""

    num: int
    language: str
    sub_cluster: str
    stage: str
    province: str
    name: str
    email: str
    offers: tuple[Of, ...] = ()
    needs: tuple[N | X, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def labels_of(need: N | X) -> tuple[str, ...]:
    return tuple(need.labels.split())


# ====================================================================== profiles 001-030: fibre, yarn, waste

PART_1: tuple[P, ...] = (
    P(
        1,
        "th",
        HNF,
        UP,
        "Phatthalung",
        "วิสาหกิจชุมชนกระจูดบ้านทะเลน้อย",
        "talenoi.krajood@example.com",
        certs=("OTOP",),
        bcg=("bio",),
        offers=(
            Of("ต้นกระจูดตากแห้ง มัดละ 10 กก.", "krajood_stems_dried"),
            Of("จูดทุบแบนแล้ว สีธรรมชาติ พร้อมสาน", "krajood_strips_flattened"),
        ),
        needs=(N("หาคนรับย้อมสีจูดให้ ล็อตละ 50 กิโล โทนพาสเทล", "sedge_strip_dyeing_service"),),
    ),
    P(
        2,
        "en",
        HNF,
        UP,
        "Nakhon Si Thammarat",
        "Pak Phanang Grey Sedge Growers",
        "pakphanang.sedge@example.com",
        bcg=("bio",),
        offers=(Of("Lepironia (grey sedge) stalks, sun-dried, 1.5 m, 20 kg bales", "krajood_stems_dried"),),
        needs=(X("Drying nets or tarpaulins, 4 x 6 m", "no one in the set sells drying nets or tarpaulins"),),
    ),
    P(
        3,
        "th",
        HNF,
        MID,
        "Surat Thani",
        "กลุ่มแม่บ้านย้อมจูดไชยา",
        "chaiya.dye@example.com",
        bcg=("bio",),
        offers=(
            Of("รับย้อมกระจูดของลูกค้า 12 สี ปลอดโลหะหนัก", "sedge_strip_dyeing_service"),
            Of("เส้นจูดย้อมสีพร้อมสาน กก.ละ 180 บาท", "krajood_strips_dyed"),
        ),
        needs=(
            N("ต้นจูดดิบยังไม่ทุบ ส่งเป็นกระสอบ", "krajood_stems_dried"),
            N("วัตถุดิบให้สีจากธรรมชาติ เช่น ครั่ง เปลือกไม้ เนื้อคราม", "natural_dyestuff indigo_dye_paste"),
        ),
    ),
    P(
        4,
        "en",
        CIRC,
        UP,
        "Ayutthaya",
        "Bang Pahan Hyacinth Collectors",
        "bangpahan.wh@example.com",
        bcg=("bio", "circular"),
        offers=(Of("Sun-dried water hyacinth stems, 60-90 cm, graded", "water_hyacinth_stalks_dried"),),
    ),
    P(
        5,
        "th",
        CIRC,
        UP,
        "Pathum Thani",
        "กลุ่มเก็บผักตบคลองรังสิต",
        "rangsit.pakthob@example.com",
        bcg=("circular",),
        offers=(
            Of("ผักตบชวาตากแห้ง คัดเกรด A ยาว 70 ซม. ขึ้นไป", "water_hyacinth_stalks_dried"),
            Of("เชือกผักตบถักเกลียว ม้วนละ 50 เมตร", "water_hyacinth_rope"),
        ),
        needs=(X("เครื่องรีดเส้นผักตบ มือสองก็ได้", "no one in the set sells machinery"),),
    ),
    P(
        6,
        "th",
        HNF,
        UP,
        "Trang",
        "กลุ่มสตรีสานเตยปาหนันบ้านหาดยาว",
        "hadyao.pandan@example.com",
        certs=("OTOP",),
        bcg=("bio",),
        offers=(Of("ใบปาหนันต้มตากแห้ง ตัดเส้นกว้าง 1 ซม.", "pandan_leaf_strips"),),
        needs=(N("สีย้อมจากธรรมชาติเท่านั้น ไม่เอาสีเคมี", "natural_dyestuff indigo_dye_paste"),),
    ),
    P(
        7,
        "en",
        HNF,
        UP,
        "Narathiwat",
        "Bacho Mengkuang Weavers",
        "bacho.mengkuang@example.com",
        bcg=("bio",),
        offers=(
            Of("Dried mengkuang (screwpine) leaf strips, 1-2 cm", "pandan_leaf_strips"),
            Of("Screwpine tissue-box covers, natural colour", "pandan_box"),
        ),
        needs=(N("Hand-drawn batik cotton to line the box covers", "batik_cotton_fabric"),),
    ),
    P(
        8,
        "th",
        HNF,
        UP,
        "Chumphon",
        "ร้านหวายชุมพร ค้าส่ง",
        "chumphon.rattan@example.com",
        offers=(
            Of("หวายตะค้าทั้งลำ ยาว 3 เมตร ขายเป็นมัด", "rattan_cane_raw"),
            Of("หวายผ่าเส้น หวายแกน ขนาด 2-3 มม.", "rattan_peel_strips"),
        ),
    ),
    P(
        9,
        "th",
        HNF,
        UP,
        "Sakon Nakhon",
        "ร้านหวายภูพาน",
        "phuphan.rattan@example.com",
        offers=(Of("หวายเส้นผ่าแล้ว ทั้งผิวและแกน 2-4 มม. ไจละ 1 กก.", "rattan_peel_strips"),),
        needs=(X("กล้าหวายสำหรับลงแปลงใหม่", "no nursery in the set"),),
    ),
    P(
        10,
        "th",
        ALI,
        UP,
        "Sisaket",
        "กลุ่มจักตอกบ้านโนนแดง",
        "nondaeng.tok@example.com",
        bcg=("bio",),
        offers=(Of("ตอกไม้ไผ่เหลาเรียบ ยาว 1 ม. มัดละ 100 เส้น", "bamboo_strips"),),
    ),
    P(
        11,
        "th",
        ALI,
        UP,
        "Roi Et",
        "กลุ่มปลูกกกและไหลบ้านหนองหญ้า",
        "nongya.kok@example.com",
        bcg=("bio",),
        offers=(Of("ต้นกก ต้นไหล ผ่าซีกตากแห้ง", "reed_kok_stems"),),
        needs=(
            X(
                "สีย้อมเคมีสีสด ทนแดด สำหรับย้อมกก",
                "no one in the set sells synthetic dyes; the dye suppliers sell natural dyes only",
            ),
        ),
    ),
    P(
        12,
        "en",
        HNF,
        DOWN,
        "Chanthaburi",
        "Chanthabun Reed Mat Co-op",
        "chanthabun.mats@example.com",
        certs=("OTOP",),
        offers=(Of("Chanthaburi reed mats, hand-woven, 90 x 180 cm", "reed_mat"),),
        needs=(
            N("Dried kok reed, long stems for mat weaving", "reed_kok_stems"),
            N("New burlap for backing", "jute_hessian_fabric"),
        ),
    ),
    P(
        13,
        "th",
        HNF,
        UP,
        "Nakhon Si Thammarat",
        "กลุ่มย่านลิเภาบ้านหมน",
        "banmon.lipao@example.com",
        certs=("OTOP",),
        offers=(Of("เส้นย่านลิเภาขูดเหลาแล้ว มัดละ 100 เส้น", "lipao_vine_strips"),),
        needs=(X("ห่วงทองเหลือง ตะขอทองเหลือง สำหรับกระเป๋า", "no metal fittings in the set"),),
    ),
    P(
        14,
        "en",
        HNF,
        UP,
        "Chiang Mai",
        "Doi Hemp Fibre Farm",
        "doihemp@example.com",
        certs=("Organic Thailand",),
        bcg=("bio", "green"),
        offers=(Of("Degummed hemp bast fibre, 5 kg bundles", "hemp_fibre_raw"),),
        needs=(X("Certified low-THC hemp seed for planting", "no seed supplier in the set"),),
    ),
    P(
        15,
        "th",
        HNF,
        UP,
        "Tak",
        "กลุ่มปั่นใยกัญชงบ้านพบพระ",
        "phopphra.hemp@example.com",
        bcg=("bio",),
        offers=(
            Of("ด้ายกัญชงปั่นมือ เข็นเองทุกเส้น", "hemp_yarn"),
            Of("ผ้าใยกัญชงทอมือ หน้ากว้าง 40 ซม.", "hemp_fabric"),
        ),
        needs=(N("ใยกัญชงดิบที่ลอกกาวแล้ว", "hemp_fibre_raw"),),
    ),
    P(
        16,
        "en",
        HNF,
        UP,
        "Chiang Rai",
        "Mae Chan Hand-Spun Cotton",
        "maechan.cotton@example.com",
        offers=(
            Of("Hand-spun cotton yarn, undyed, cone or skein", "cotton_yarn_plain"),
            Of("Cotton yarn coloured with lac, ebony and indigo", "natural_dyed_cotton_yarn"),
        ),
        needs=(
            X("Ginned raw cotton lint, 100 kg", "no one in the set sells raw cotton"),
            N("Indigo paste for our vats", "indigo_dye_paste"),
        ),
    ),
    P(
        17,
        "th",
        HNF,
        UP,
        "Loei",
        "ไร่ฝ้ายอินทรีย์ด่านซ้าย",
        "dansai.organic@example.com",
        certs=("GOTS", "Organic Thailand"),
        bcg=("bio", "green"),
        offers=(Of("ด้ายฝ้ายออร์แกนิก Ne 20/2 ปลูกเองปั่นเอง", "organic_cotton_yarn"),),
    ),
    P(
        18,
        "en",
        HNF,
        UP,
        "Nan",
        "Nan Hill Organic Cotton Group",
        "nan.organic@example.com",
        certs=("Organic Thailand",),
        bcg=("bio",),
        offers=(Of("Organic cotton yarn from Nan hill farms, Ne 16", "organic_cotton_yarn"),),
    ),
    P(
        19,
        "th",
        CIRC,
        UP,
        "Samut Sakhon",
        "ร้านรับซื้อเศษผ้ามหาชัย",
        "mahachai.scrap@example.com",
        bcg=("circular",),
        offers=(Of("เศษผ้าฝ้ายจากโรงงานตัดเย็บ คัดแยกสี กก.ละ 8 บาท", "cotton_fabric_offcuts"),),
    ),
    P(
        20,
        "en",
        CIRC,
        UP,
        "Samut Prakan",
        "Pak Nam Sack Recovery",
        "paknam.sacks@example.com",
        bcg=("circular",),
        offers=(Of("Used gunny sacks, washed, 60 x 100 cm", "used_jute_sacks"),),
        needs=(X("Industrial washing machine for sacks", "no one in the set sells machinery"),),
    ),
    P(
        21,
        "th",
        CIRC,
        UP,
        "Nakhon Pathom",
        "โรงงานเส้นพลาสติกสานรักษ์โลก",
        "rakloke.strap@example.com",
        certs=("GRS",),
        bcg=("circular",),
        offers=(Of("เส้นพลาสติกสานตะกร้า รีไซเคิล 100% กว้าง 12 มม.", "recycled_plastic_strap"),),
        needs=(N("สายรัดกล่อง PP ใช้แล้วจากโรงงาน รับทุกสี", "plastic_strap_waste"),),
    ),
    P(
        22,
        "en",
        CIRC,
        UP,
        "Chonburi",
        "Eastern Seaboard Strap Recovery",
        "esb.strap@example.com",
        bcg=("circular",),
        offers=(Of("Baled used PP strapping band from factories", "plastic_strap_waste"),),
    ),
    P(
        23,
        "th",
        HNF,
        UP,
        "Sakon Nakhon",
        "กลุ่มครามบ้านดอนกอย",
        "donkoi.indigo@example.com",
        certs=("OTOP",),
        bcg=("bio",),
        offers=(
            Of("เนื้อครามเปียก ถังละ 20 กก.", "indigo_dye_paste"),
            Of("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service"),
        ),
        needs=(N("ผ้าฝ้ายยังไม่ฟอกไม่ย้อม สำหรับลงหม้อคราม", "greige_cotton_canvas"),),
    ),
    P(
        24,
        "en",
        HNF,
        MID,
        "Phrae",
        "Phrae Mor Hom Textiles",
        "phrae.morhom@example.com",
        offers=(Of("Mor hom indigo cotton, hand-loomed, by the metre", "indigo_dyed_cotton_fabric"),),
        needs=(
            N("Natural white handspun cotton for warp and weft", "cotton_yarn_plain"),
            N("Fermented hom (indigo) paste", "indigo_dye_paste"),
        ),
    ),
    P(
        25,
        "en",
        CIRC,
        UP,
        "Bangkok",
        "Loop Fibre Recycling",
        "loop.fibre@example.com",
        certs=("GRS",),
        bcg=("circular",),
        offers=(Of("Recycled cotton yarn from garment offcuts, Ne 8", "recycled_cotton_yarn"),),
        needs=(N("Pre-consumer cotton cutting waste, sorted by colour", "cotton_fabric_offcuts"),),
    ),
    P(
        26,
        "th",
        HNF,
        UP,
        "Ratchaburi",
        "ห้างหุ้นส่วนป่านโพธาราม",
        "photharam.jute@example.com",
        offers=(Of("ผ้ากระสอบป่านใหม่ หน้ากว้าง 1 เมตร ม้วน 50 หลา", "jute_hessian_fabric"),),
        needs=(X("ด้ายปอกระเจา ด้ายปอแก้ว", "no one in the set sells jute or kenaf yarn"),),
    ),
    P(
        27,
        "th",
        ALI,
        UP,
        "Ubon Ratchathani",
        "กลุ่มฝ้ายเข็นมือบ้านลาดสมดี",
        "latsomdi.cotton@example.com",
        offers=(Of("ฝ้ายเข็นมือสีขาวธรรมชาติ ไจละ 100 กรัม", "cotton_yarn_plain"),),
    ),
    P(
        28,
        "en",
        HNF,
        UP,
        "Uthai Thani",
        "Sakae Krang Natural Colours",
        "sakaekrang.dye@example.com",
        bcg=("bio", "green"),
        offers=(Of("Dried dyestuffs: lac, ebony fruit, mango bark", "natural_dyestuff"),),
        needs=(X("Mordants: alum and iron water", "no one in the set sells mordants or chemicals"),),
    ),
    P(
        29,
        "th",
        HNF,
        MID,
        "Nakhon Pathom",
        "โรงทอผ้าดิบนครชัยศรี",
        "nakhonchaisi.weave@example.com",
        certs=("ISO 9001",),
        offers=(
            Of("ผ้าดิบตราสิงห์คู่ แคนวาส 10 ออนซ์ หน้า 60 นิ้ว", "greige_cotton_canvas"),
            Of("ผ้าแคนวาสย้อมสีพื้น 30 เฉดสี", "dyed_cotton_canvas"),
        ),
        needs=(
            N(
                "ด้ายฝ้าย Ne 10 ปั่นจากเศษผ้าเหลือทิ้ง",
                "recycled_cotton_yarn",
            ),
        ),
    ),
    P(
        30,
        "en",
        ALC,
        MID,
        "Samut Sakhon",
        "Mahachai Duck Canvas Mill",
        "mahachai.duck@example.com",
        certs=("OEKO-TEX Standard 100",),
        offers=(Of("Dyed cotton duck, 12 oz, 40 colours", "dyed_cotton_canvas"),),
        needs=(N("Loomstate cotton duck for piece dyeing", "greige_cotton_canvas"),),
    ),
)

# ====================================================================== profiles 031-055: cloth, work, parts

PART_2: tuple[P, ...] = (
    P(
        31,
        "th",
        ALI,
        MID,
        "Khon Kaen",
        "กลุ่มทอผ้าขิดบ้านโนนรัง",
        "nonrang.khit@example.com",
        certs=("OTOP",),
        offers=(Of("ผ้าฝ้ายทอมือลายขิด หน้ากว้าง 80 ซม.", "handwoven_cotton_fabric"),),
        needs=(N("ฝ้ายย้อมสีธรรมชาติ ห้ามใช้สีเคมี", "natural_dyed_cotton_yarn"),),
    ),
    P(
        32,
        "en",
        ALI,
        MID,
        "Udon Thani",
        "Na Kha Indigo Weavers",
        "nakha.indigo@example.com",
        offers=(
            Of("Handwoven indigo cotton, 1 m wide, per metre", "indigo_dyed_cotton_fabric"),
            Of("Indigo vat dyeing of your cloth, min 20 m", "indigo_dyeing_service"),
        ),
        needs=(N("GOTS-certified organic cotton yarn", "organic_cotton_yarn", req=("GOTS",)),),
    ),
    P(
        33,
        "th",
        HNF,
        MID,
        "Krabi",
        "บาติกอ่าวนาง",
        "aonang.batik@example.com",
        offers=(Of("ผ้าบาติกเขียนเทียน ผ้าฝ้าย ผืนละ 2 หลา", "batik_cotton_fabric"),),
        needs=(N("ผ้าดิบเนื้อแน่น ไว้เขียนลายเทียน", "greige_cotton_canvas"),),
    ),
    P(
        34,
        "en",
        ALC,
        MID,
        "Nonthaburi",
        "LineIt Basket Studio",
        "lineit.studio@example.com",
        offers=(Of("We sew fabric linings into your baskets, any size", "basket_lining_sewing_service"),),
        needs=(
            N("Colour cotton canvas or batik prints for liners, 50 m rolls", "dyed_cotton_canvas batik_cotton_fabric"),
        ),
    ),
    P(
        35,
        "th",
        ALC,
        MID,
        "Bangkok",
        "บ้านผ้าซับในตะกร้าสำเร็จรูป",
        "banpha.liner@example.com",
        certs=("OEKO-TEX Standard 100",),
        offers=(Of("ผ้าซับในตะกร้าเย็บสำเร็จ มีหูรูด ไซซ์ S M L", "fabric_basket_liner"),),
        needs=(
            N(
                "ผ้าฝ้ายทำซับในตะกร้าเด็ก ต้องผ่าน OEKO-TEX",
                "dyed_cotton_canvas greige_cotton_canvas batik_cotton_fabric",
                req=("OEKO-TEX Standard 100",),
            ),
            N("มีใครรับปักโลโก้บ้าง", "machine_embroidery_service"),
        ),
    ),
    P(
        36,
        "th",
        SPT,
        MID,
        "Samut Prakan",
        "โรงงานสายแถบบางพลี",
        "bangphli.webbing@example.com",
        offers=(Of("สายกระเป๋าคอตตอน กว้าง 1.5 นิ้ว ม้วน 50 หลา", "cotton_webbing_strap"),),
        needs=(N("ด้ายฝ้ายรีไซเคิล สำหรับทอสายแถบ", "recycled_cotton_yarn"),),
    ),
    P(
        37,
        "en",
        ALC,
        MID,
        "Bangkok",
        "Charoen Leather Handles",
        "charoen.handles@example.com",
        offers=(Of("Genuine cowhide bag handles, 50 cm, per pair", "leather_handles"),),
        needs=(X("Vegetable-tanned leather hides", "no tannery in the set"),),
    ),
    P(
        38,
        "th",
        CIRC,
        MID,
        "Chiang Mai",
        "เชือกคอตตอนสันกำแพง",
        "sankamphaeng.rope@example.com",
        bcg=("circular",),
        offers=(Of("เชือกคอตตอน 5 มม. ม้วนละ 100 เมตร", "cotton_rope_cord"),),
        needs=(N("ด้ายที่ปั่นจากเศษผ้า", "recycled_cotton_yarn"),),
    ),
    P(
        39,
        "en",
        ALC,
        MID,
        "Pathum Thani",
        "Rangsit Bag CMT",
        "rangsit.cmt@example.com",
        offers=(Of("Cut-make-trim sewing of bags from your fabric", "bag_sewing_service"),),
        needs=(N("Anyone doing logo embroidery?", "machine_embroidery_service"),),
    ),
    P(
        40,
        "th",
        HNF,
        MID,
        "Phatthalung",
        "กลุ่มรับจ้างสานจูดควนขนุน",
        "khuankhanun.weave@example.com",
        offers=(
            Of("รับจ้างสานจูดตามแบบของลูกค้า", "krajood_weaving_service"),
            Of("แผ่นจูดสาน ขายเป็นเมตร หน้ากว้าง 1 เมตร", "woven_krajood_sheet"),
        ),
        needs=(
            N("กระจูดที่ลงสีแล้ว", "krajood_strips_dyed"),
            N("กระจูดรีดแบน สีเดิม", "krajood_strips_flattened"),
        ),
    ),
    P(
        41,
        "en",
        ALC,
        MID,
        "Ayutthaya",
        "Krung Kao Coating Works",
        "krungkao.coating@example.com",
        offers=(Of("Anti-mould lacquer for your woven baskets and bags", "basket_finishing_service"),),
        needs=(X("Water-based lacquer in 200 L drums", "no chemical supplier in the set"),),
    ),
    P(
        42,
        "th",
        ALC,
        MID,
        "Ang Thong",
        "กลุ่มรับจ้างสานบางเสด็จ",
        "bangsadet.weave@example.com",
        offers=(Of("รับจ้างสานผักตบ สานหวาย ตามออเดอร์", "basket_weaving_service"),),
        needs=(
            N("ผักตบแห้ง ส่งทุกเดือน", "water_hyacinth_stalks_dried"),
            N("หวายเส้นเล็ก", "rattan_peel_strips"),
        ),
    ),
    P(
        43,
        "en",
        ALI,
        MID,
        "Surin",
        "Tha Sawang Silk House",
        "thasawang.silk@example.com",
        certs=("Thai Silk Peacock Emblem",),
        offers=(Of("Royal Peacock Emblem silk brocade, per metre", "thai_silk_fabric"),),
    ),
    P(
        44,
        "th",
        ALI,
        MID,
        "Chaiyaphum",
        "กลุ่มไหมมัดหมี่บ้านเขว้า",
        "khwao.silk@example.com",
        certs=("OTOP",),
        offers=(Of("ผ้าไหมมัดหมี่ทอมือ หน้ากว้าง 1 ม.", "thai_silk_fabric"),),
        needs=(X("เส้นไหมดิบ ไหมน้อย", "no raw silk supplier in the set"),),
    ),
    P(
        45,
        "en",
        CIRC,
        MID,
        "Bangkok",
        "StitchMark Embroidery",
        "stitchmark@example.com",
        offers=(Of("Logo embroidery on linings, towels and bags", "machine_embroidery_service"),),
        needs=(X("Polyester embroidery thread, 5000 m cones", "no thread supplier in the set"),),
    ),
    P(
        46,
        "th",
        ALC,
        MID,
        "Nonthaburi",
        "ร้านรับเย็บป้าแดง",
        "padaeng.sewing@example.com",
        offers=(
            Of("รับเย็บซับในตะกร้า ลูกค้าส่งตะกร้ามาเอง", "basket_lining_sewing_service"),
            Of("รับตัดเย็บกระเป๋าผ้าตามสั่ง ขั้นต่ำ 50 ใบ", "bag_sewing_service"),
        ),
    ),
    P(
        47,
        "en",
        HNF,
        MID,
        "Songkhla",
        "Songkhla Lake Sedge Colours",
        "songkhla.sedge@example.com",
        offers=(Of("Colour-dyed krajood strands, 18 shades", "krajood_strips_dyed"),),
        needs=(N("Raw krajood, unpressed", "krajood_stems_dried"),),
    ),
    P(
        48,
        "th",
        HNF,
        MID,
        "Nakhon Si Thammarat",
        "กลุ่มย้อมสีธรรมชาติคีรีวง",
        "kiriwong.dye@example.com",
        bcg=("bio", "green"),
        offers=(Of("รับย้อมจูด ย้อมปาหนัน ด้วยสีธรรมชาติ", "sedge_strip_dyeing_service"),),
        needs=(N("ครั่ง แก่นขนุน ใบหูกวาง", "natural_dyestuff"),),
    ),
    P(
        49,
        "en",
        ALC,
        MID,
        "Nakhon Pathom",
        "Salaya Weave Contract",
        "salaya.weave@example.com",
        offers=(Of("Contract weaving of hyacinth and rattan baskets to your design", "basket_weaving_service"),),
        needs=(
            N("Braided water hyacinth rope", "water_hyacinth_rope"),
            N("Bamboo splits for basket frames", "bamboo_strips"),
        ),
    ),
    P(
        50,
        "th",
        HNF,
        MID,
        "Chiang Mai",
        "โรงทอใยกัญชงแม่ริม",
        "maerim.hemp@example.com",
        bcg=("bio",),
        offers=(Of("ผ้าใยกัญชง 100% ทอเครื่อง หน้า 58 นิ้ว", "hemp_fabric"),),
        needs=(N("เส้นด้ายกัญชง", "hemp_yarn"),),
    ),
    P(
        51,
        "en",
        SPT,
        MID,
        "Chonburi",
        "Bang Saen Waxed Canvas",
        "bangsaen.canvas@example.com",
        offers=(Of("Water-repellent waxed cotton canvas, 14 oz", "waxed_cotton_canvas"),),
        needs=(N("Greige cotton duck, 60 inch", "greige_cotton_canvas"),),
    ),
    P(
        52,
        "th",
        CIRC,
        UP,
        "Samut Sakhon",
        "สาครด้ายรีไซเคิล",
        "sakhon.reyarn@example.com",
        bcg=("circular",),
        offers=(Of("ด้ายฝ้ายรีไซเคิลจากเศษผ้า สีเทาผสม", "recycled_cotton_yarn"),),
        needs=(N("เศษตัดคอตตอน 100% จากโรงงานเสื้อผ้า", "cotton_fabric_offcuts"),),
    ),
    P(
        53,
        "en",
        ALI,
        MID,
        "Kalasin",
        "Kalasin Handloom Collective",
        "kalasin.handloom@example.com",
        certs=("Fairtrade",),
        offers=(Of("Handloomed cotton cloth, striped, 70 cm", "handwoven_cotton_fabric"),),
        needs=(N("Cotton yarn with plant dyes only, no synthetic dye", "natural_dyed_cotton_yarn"),),
    ),
    P(
        54,
        "th",
        ALC,
        MID,
        "Suphan Buri",
        "รับเคลือบงานสานสุพรรณ",
        "suphan.coating@example.com",
        offers=(Of("รับเคลือบแลคเกอร์ กันเชื้อรา งานจักสานของลูกค้า", "basket_finishing_service"),),
        needs=(X("ตู้อบไล่ความชื้น มือสอง", "no one in the set sells machinery"),),
    ),
    P(
        55,
        "en",
        HNF,
        UP,
        "Lampang",
        "Lampang Natural Colours",
        "lampang.colours@example.com",
        bcg=("bio",),
        offers=(Of("Natural dye powders: indigo leaf, marigold, sappan wood", "natural_dyestuff"),),
    ),
)

# ====================================================================== profiles 056-075: makers of finished goods

PART_3: tuple[P, ...] = (
    P(
        56,
        "th",
        HNF,
        DOWN,
        "Phatthalung",
        "ร้านกระจูดวรรณี ทะเลน้อย",
        "wannee.krajood@example.com",
        certs=("OTOP",),
        offers=(
            Of("กระเป๋าจูดสานมือ ทรงตะกร้า ใบละ 350 บาท", "krajood_handbag"),
            Of("สาดจูดผืนใหญ่ 2 x 2 เมตร", "krajood_mat"),
        ),
        needs=(
            N("หูหนังวัวแท้สำหรับกระเป๋า", "leather_handles"),
            N("อยากได้ร้านรับเย็บผ้าซับในให้กระเป๋าจูด", "basket_lining_sewing_service"),
        ),
    ),
    P(
        57,
        "en",
        HNF,
        DOWN,
        "Nakhon Si Thammarat",
        "Krajood Living",
        "krajood.living@example.com",
        certs=("Fairtrade",),
        offers=(
            Of("Sedge tote bags with cotton lining", "krajood_handbag"),
            Of("Krajood storage boxes with lids, set of 3", "krajood_basket_box"),
        ),
        needs=(
            N("Woven krajood panels by the metre", "woven_krajood_sheet"),
            N("Cotton tape straps, 1 inch", "cotton_webbing_strap"),
        ),
    ),
    P(
        58,
        "th",
        SPT,
        DOWN,
        "Surat Thani",
        "จูดโยคะสุราษฎร์",
        "surat.sedgeyoga@example.com",
        bcg=("bio",),
        offers=(
            Of("เสื่อโยคะกระจูด 60 x 180 ซม.", "krajood_yoga_mat"),
            Of("เสื่อจูดปูนอน พับได้", "krajood_mat"),
        ),
        needs=(
            N("เส้นจูดสีสำเร็จ", "krajood_strips_dyed"),
            N("สายผ้าฝ้ายทำหูหิ้วเสื่อ", "cotton_webbing_strap"),
        ),
    ),
    P(
        59,
        "en",
        SPT,
        DOWN,
        "Bangkok",
        "Sedge Yoga Co.",
        "sedgeyoga@example.com",
        bcg=("bio", "green"),
        offers=(Of("SedgeFlow natural sedge yoga mats with carry strap", "krajood_yoga_mat"),),
        needs=(
            N("Krajood woven sheet, 1 m wide rolls", "woven_krajood_sheet"),
            N("Sedge weavers to make mats to our design", "krajood_weaving_service"),
        ),
    ),
    P(
        60,
        "th",
        ALC,
        DOWN,
        "Ayutthaya",
        "ผักตบแฮนด์เมดบางปะหัน",
        "bangpahan.handmade@example.com",
        certs=("OTOP",),
        offers=(Of("ตะกร้าผักตบใส่ผ้า มีฝาปิด", "water_hyacinth_basket"),),
        needs=(
            N("ผักตบชวาตากแดดแล้ว", "water_hyacinth_stalks_dried"),
            N("ส่งตะกร้าของเราไปเคลือบกันรา มีที่ไหนรับบ้าง", "basket_finishing_service"),
        ),
    ),
    P(
        61,
        "en",
        ALC,
        DOWN,
        "Pathum Thani",
        "Hyacinth Home Thailand",
        "hyacinth.home@example.com",
        certs=("Fairtrade",),
        offers=(
            Of("Water hyacinth storage baskets, 3 sizes", "water_hyacinth_basket"),
            Of("Hyacinth hampers with removable cotton liner", "fabric_lined_basket"),
        ),
        needs=(
            N("Braided hyacinth cord", "water_hyacinth_rope"),
            N("Ready-sewn fabric liners", "fabric_basket_liner"),
            N("Leather grips", "leather_handles"),
        ),
    ),
    P(
        62,
        "th",
        HNF,
        DOWN,
        "Trang",
        "ปาหนันตรัง",
        "trang.panan@example.com",
        offers=(Of("กล่องทิชชู่ปาหนัน กล่องเก็บของ", "pandan_box"),),
        needs=(N("ปาหนันเส้นต้มแล้ว มีโอทอปก็ดี ไม่บังคับ", "pandan_leaf_strips", waive=("OTOP",)),),
    ),
    P(
        63,
        "en",
        ALC,
        DOWN,
        "Ang Thong",
        "Ang Thong Rattan Works",
        "angthong.rattan@example.com",
        offers=(
            Of("Rattan baskets, round and square", "rattan_basket"),
            Of("Rattan amenity trays for hotels", "rattan_tray"),
        ),
        needs=(
            N("Whole rattan canes, 3 m", "rattan_cane_raw"),
            X(
                "FSC-certified rattan",
                "rattan is offered, but no supplier holds FSC",
                labels="rattan_cane_raw rattan_peel_strips",
                req=("FSC",),
            ),
        ),
    ),
    P(
        64,
        "th",
        ALI,
        DOWN,
        "Nakhon Phanom",
        "หวายสานนครพนม",
        "nakhonphanom.rattan@example.com",
        offers=(Of("ตะกร้าหวายหิ้วจ่ายตลาด", "rattan_basket"),),
        needs=(
            N("หวายผ่าซีก", "rattan_peel_strips"),
            N("หาที่เคลือบเงาตะกร้าหวายให้", "basket_finishing_service"),
        ),
    ),
    P(
        65,
        "en",
        HNF,
        DOWN,
        "Nakhon Si Thammarat",
        "Yan Lipao Heritage",
        "lipao.heritage@example.com",
        certs=("OTOP",),
        offers=(Of("Yan lipao fern-vine handbags, brass clasp", "lipao_handbag"),),
        needs=(
            N("Scraped lipao vine", "lipao_vine_strips"),
            N("Thai silk lining with Peacock Emblem", "thai_silk_fabric", req=("Thai Silk Peacock Emblem",)),
        ),
    ),
    P(
        66,
        "th",
        ALI,
        DOWN,
        "Roi Et",
        "ก่องข้าวบ้านดอนตาล",
        "dontan.kratip@example.com",
        offers=(Of("กระติ๊บข้าวเหนียว ก่องข้าวไม้ไผ่", "bamboo_sticky_rice_basket"),),
        needs=(
            N("ตอกไผ่เหลาแล้ว", "bamboo_strips"),
            N("ผ้าทอมือเนื้อฝ้าย ทำสายสะพายกระติ๊บ", "handwoven_cotton_fabric indigo_dyed_cotton_fabric"),
        ),
    ),
    P(
        67,
        "th",
        ALI,
        DOWN,
        "Maha Sarakham",
        "เสื่อกกบ้านแพง",
        "banphaeng.mat@example.com",
        certs=("OTOP",),
        offers=(Of("เสื่อกกทอลาย พับได้ 4 ตอน", "reed_mat"),),
        needs=(
            N("กกตากแห้ง", "reed_kok_stems"),
            N("เศษผ้าฝ้ายไว้ทำขอบเสื่อ", "cotton_fabric_offcuts"),
        ),
    ),
    P(
        68,
        "en",
        ALI,
        DOWN,
        "Sakon Nakhon",
        "Indigo Isan Bags",
        "indigo.isan@example.com",
        offers=(Of("Hand-loomed cotton totes, indigo vat-dyed", "indigo_cotton_bag"),),
        needs=(
            N("Indigo cloth for bag bodies, 100 m a month", "indigo_dyed_cotton_fabric"),
            N("Leather handles for totes", "leather_handles"),
            N("Sewing workshop to make up our bags", "bag_sewing_service"),
        ),
    ),
    P(
        69,
        "th",
        HNF,
        DOWN,
        "Chiang Mai",
        "กระเป๋ากัญชงดอยสุเทพ",
        "doisuthep.hemp@example.com",
        bcg=("bio",),
        offers=(Of("กระเป๋าผ้าใยกัญชงทรงโท้ท", "hemp_bag"),),
        needs=(
            N("ผ้ากัญชงเนื้อหนา", "hemp_fabric"),
            N("ส่งผ้ากัญชงของเราไปย้อมคราม", "indigo_dyeing_service"),
        ),
    ),
    P(
        70,
        "en",
        CIRC,
        DOWN,
        "Bangkok",
        "Scrap & Coil Baskets",
        "scrapcoil@example.com",
        bcg=("circular",),
        offers=(Of("Coiled baskets made from fabric scraps", "upcycled_fabric_basket"),),
        needs=(
            N("Cotton cutting waste, mixed colours, no poly blends", "cotton_fabric_offcuts"),
            N("Old burlap sacks, any condition", "used_jute_sacks"),
            N("Cotton rope 5 mm", "cotton_rope_cord"),
        ),
    ),
    P(
        71,
        "th",
        CIRC,
        DOWN,
        "Nakhon Pathom",
        "ตะกร้าสานรักษ์โลก",
        "rakloke.basket@example.com",
        bcg=("circular",),
        offers=(Of("ตะกร้าสานเส้นพลาสติกรีไซเคิล ทรงจ่ายตลาด", "recycled_strap_basket"),),
        needs=(N("เส้นสานผลิตจากพลาสติกรีไซเคิล ต้องมีใบรับรอง GRS", "recycled_plastic_strap", req=("GRS",)),),
    ),
    P(
        72,
        "en",
        ALC,
        DOWN,
        "Bangkok",
        "Plain Tote Supply",
        "plaintote@example.com",
        offers=(Of("Blank cotton canvas tote bags, 12 oz", "canvas_tote_bag"),),
        needs=(
            N("Plain cotton canvas, raw or coloured, no coating", "greige_cotton_canvas dyed_cotton_canvas"),
            N("Cotton webbing for handles", "cotton_webbing_strap"),
        ),
    ),
    P(
        73,
        "th",
        ALC,
        DOWN,
        "Nonthaburi",
        "ลูกประคบบ้านสมุนไพร",
        "bansamunprai@example.com",
        certs=("Thai FDA",),
        offers=(Of("ลูกประคบสมุนไพร ห่อผ้าดิบ ลูกละ 150 กรัม", "herbal_compress_ball"),),
        needs=(
            N("ผ้าฝ้ายยังไม่ฟอกขาว ห่อสมุนไพร", "greige_cotton_canvas"),
            N("เชือกฝ้ายมัดลูกประคบ", "cotton_rope_cord"),
        ),
    ),
    P(
        74,
        "en",
        ALC,
        DOWN,
        "Samut Prakan",
        "Siam Terry Towels",
        "siamterry@example.com",
        certs=("OEKO-TEX Standard 100",),
        offers=(Of("Cotton terry spa towels, 600 gsm", "cotton_towel"),),
        needs=(
            N("Cotton yarn, carded, Ne 16", "cotton_yarn_plain natural_dyed_cotton_yarn organic_cotton_yarn"),
            N("Organic cotton yarn; GOTS not required", "organic_cotton_yarn", waive=("GOTS",)),
        ),
    ),
    P(
        75,
        "th",
        ALI,
        DOWN,
        "Khon Kaen",
        "เบาะกกเพื่อผู้สูงวัย",
        "kokseat.khonkaen@example.com",
        offers=(Of("เบาะรองนั่งสานจากกก ระบายอากาศ", "woven_seat_cushion"),),
        needs=(
            N("ต้นกกผ่าแห้ง", "reed_kok_stems"),
            N("ผ้าหุ้มเบาะฝ้ายเนื้อหนา มีสี", "dyed_cotton_canvas"),
        ),
    ),
)

# ====================================================================== profiles 076-095: buyers

PART_4: tuple[P, ...] = (
    P(
        76,
        "en",
        ALC,
        DOWN,
        "Bangkok",
        "Siam Craft Gallery",
        "siamcraft.gallery@example.com",
        needs=(
            N("Krajood handbags, OTOP-rated only", "krajood_handbag", req=("OTOP",)),
            N("Pandanus tissue holders", "pandan_box"),
            N("Premium yan lipao purses", "lipao_handbag"),
        ),
    ),
    P(
        77,
        "th",
        HNF,
        DOWN,
        "Chiang Mai",
        "ร้านของฝากกาดหลวง",
        "kadluang.souvenir@example.com",
        needs=(
            N("ย่ามผ้าฝ้ายย้อมคราม", "indigo_cotton_bag"),
            N("ถุงผ้ากัญชง", "hemp_bag"),
        ),
    ),
    P(
        78,
        "en",
        ALC,
        DOWN,
        "Phuket",
        "Andaman Resort & Spa",
        "andaman.resort@example.com",
        needs=(
            N("Bathroom caddies in natural cane for 200 rooms", "rattan_tray"),
            N("Bath sheets, OEKO-TEX certified, 150 pcs", "cotton_towel", req=("OEKO-TEX Standard 100",)),
            N("Herbal compress balls", "herbal_compress_ball"),
        ),
    ),
    P(
        79,
        "th",
        ALC,
        DOWN,
        "Krabi",
        "สปาธารา อ่าวนาง",
        "thara.spa@example.com",
        needs=(
            N(
                "ตะกร้าใส่ผ้าขนหนู งานสานวัสดุธรรมชาติ",
                "water_hyacinth_basket rattan_basket fabric_lined_basket",
            ),
            N("ลูกประคบ ต้องมีเลข อย.", "herbal_compress_ball", req=("Thai FDA",)),
        ),
    ),
    P(
        80,
        "en",
        HNF,
        DOWN,
        "Bangkok",
        "Lotus Export Trading",
        "lotus.export@example.com",
        needs=(
            N(
                "Hyacinth laundry hampers, Fairtrade only",
                "water_hyacinth_basket fabric_lined_basket",
                req=("Fairtrade",),
            ),
            N("Sedge floor mats, container loads", "krajood_mat"),
            N("Kok grass mats", "reed_mat"),
        ),
    ),
    P(
        81,
        "th",
        CIRC,
        DOWN,
        "Chonburi",
        "บริษัทรีไซเคิลคราฟท์ส่งออก",
        "recyclecraft.export@example.com",
        bcg=("circular",),
        needs=(
            N("ตะกร้าทำจากพลาสติกรีไซเคิล", "recycled_strap_basket"),
            N("ตะกร้าผ้าเศษขดเป็นวง", "upcycled_fabric_basket"),
        ),
    ),
    P(
        82,
        "en",
        HNF,
        DOWN,
        "Chiang Mai",
        "Ping River Boutique Hotel",
        "pingriver.hotel@example.com",
        needs=(
            N("Kratip sticky-rice baskets for breakfast", "bamboo_sticky_rice_basket"),
            N("Sedge or reed mats for the yoga deck", "krajood_mat reed_mat krajood_yoga_mat"),
            X("Hemp cushion covers with zip", "no one in the set makes hemp cushion covers"),
        ),
    ),
    P(
        83,
        "th",
        ALC,
        DOWN,
        "Nonthaburi",
        "บ้านพักผู้สูงอายุสุขใจ",
        "sukjai.elderly@example.com",
        needs=(
            N("เบาะนั่งไม่อับชื้นสำหรับผู้สูงอายุ", "woven_seat_cushion"),
            N("ตะกร้าใส่ผ้ามีผ้ารองด้านใน ถอดซักได้", "fabric_lined_basket"),
            X("ราวจับกันลื่นในห้องน้ำ", "no grab rails in the set"),
        ),
    ),
    P(
        84,
        "th",
        ALI,
        DOWN,
        "Khon Kaen",
        "ศูนย์ดูแลผู้สูงอายุขอนแก่น",
        "kk.eldercare@example.com",
        needs=(
            N("เสื่อปูนอนสานจากต้นกก", "reed_mat"),
            X("แผ่นกันลื่นในห้องน้ำ", "no bath mats in the set"),
        ),
    ),
    P(
        85,
        "th",
        SPT,
        DOWN,
        "Bangkok",
        "สตูดิโอโยคะสุขุมวิท",
        "sukhumvit.yoga@example.com",
        needs=(
            N("เสื่อโยคะจากพืชธรรมชาติ", "krajood_yoga_mat"),
            N("หาโรงเย็บถุงใส่เสื่อ ใช้ผ้าของเราเอง", "bag_sewing_service"),
        ),
    ),
    P(
        86,
        "en",
        CIRC,
        DOWN,
        "Bangkok",
        "ReBasket Online",
        "rebasket@example.com",
        bcg=("circular",),
        needs=(
            N("Baskets upcycled from textile waste", "upcycled_fabric_basket"),
            X(
                "GRS-certified recycled plastic baskets",
                "the recycled-strap baskets in the set carry no GRS",
                labels="recycled_strap_basket",
                req=("GRS",),
            ),
        ),
    ),
    P(
        87,
        "th",
        ALC,
        DOWN,
        "Bangkok",
        "ห้างสยามคราฟท์ แผนกของใช้",
        "siamcraft.dept@example.com",
        needs=(
            N("กระเป๋าสานกระจูด", "krajood_handbag"),
            N("กระเป๋าถือย่านลิเภา", "lipao_handbag"),
            N("โท้ทผ้าครามทอมือ", "indigo_cotton_bag"),
        ),
    ),
    P(
        88,
        "en",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "Hua Hin Seaside Hotel",
        "huahin.seaside@example.com",
        needs=(
            N("Room trays woven from rattan", "rattan_tray"),
            N("Washable liners for room baskets", "fabric_basket_liner"),
            N("Embroider our logo on bathrobes", "machine_embroidery_service"),
        ),
    ),
    P(
        89,
        "th",
        HNF,
        DOWN,
        "Songkhla",
        "ร้านของฝากหาดใหญ่",
        "hatyai.souvenir@example.com",
        needs=(
            N("กล่องใส่ทิชชู่สานเตย", "pandan_box"),
            N("กล่องจูดมีฝาปิด", "krajood_basket_box"),
        ),
    ),
    P(
        90,
        "en",
        ALC,
        DOWN,
        "Surat Thani",
        "Samui Lotus Spa",
        "samui.lotus@example.com",
        needs=(
            N("Luk pra kob herbal balls", "herbal_compress_ball"),
            N("Hand and bath towels in bulk", "cotton_towel"),
        ),
    ),
    P(
        91,
        "th",
        ALI,
        DOWN,
        "Udon Thani",
        "ร้านผ้าพื้นเมืองอุดร",
        "udon.localcloth@example.com",
        needs=(
            N("ภาชนะใส่ข้าวเหนียวสานจากไผ่", "bamboo_sticky_rice_basket"),
            N("สาดกก", "reed_mat"),
            N("ถุงผ้าฝ้ายย้อมครามสกลนคร", "indigo_cotton_bag"),
        ),
    ),
    P(
        92,
        "en",
        SPT,
        DOWN,
        "Chonburi",
        "Pattaya Beach Sports Club",
        "pattaya.sports@example.com",
        needs=(
            N("Member gift shoppers in plain canvas, 500 pcs", "canvas_tote_bag"),
            N("Wax-finished duck for gym bags", "waxed_cotton_canvas"),
            X("Recycled PET mesh for sports bags", "no mesh or PET fabric in the set"),
        ),
    ),
    P(
        93,
        "th",
        HNF,
        DOWN,
        "Chiang Rai",
        "รีสอร์ทดอยฮิลล์ เชียงราย",
        "doihill.resort@example.com",
        needs=(
            N("ย่ามกัญชงเป็นของที่ระลึก", "hemp_bag"),
            N("เสื่อโยคะสานจากจูด", "krajood_yoga_mat"),
        ),
    ),
    P(
        94,
        "en",
        HNF,
        DOWN,
        "Samut Prakan",
        "Gulf Craft Exporters",
        "gulfcraft@example.com",
        needs=(
            N("WH baskets; OTOP not required", "water_hyacinth_basket fabric_lined_basket", waive=("OTOP",)),
            N("Woven seat pads", "woven_seat_cushion"),
        ),
    ),
    P(
        95,
        "th",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "ศูนย์ดูแลผู้สูงวัยโคราช",
        "korat.eldercare@example.com",
        needs=(
            N("สาดนอนทำจากกก", "reed_mat"),
            N("เบาะรองก้นสำหรับคนแก่", "woven_seat_cushion"),
        ),
    ),
)

SMES: tuple[P, ...] = PART_1 + PART_2 + PART_3 + PART_4


# ====================================================================== checks

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_LETTER = re.compile("[\u0e01-\u0e2e\u0e30-\u0e4e]")
LATIN_LETTER = re.compile("[A-Za-z]")
CERT_NAMES = {c.name: c for c in CERTIFICATIONS}
MAX_PHRASE = 90


def supplier_qualifies(supplier: P, need: N | X) -> bool:
    wanted = set(labels_of(need))
    if not wanted.intersection(o.label for o in supplier.offers):
        return False
    return set(need.req) <= canonical_certifications(supplier.certs)


def qualified_suppliers(buyer: P, need: N | X, smes: tuple[P, ...]) -> list[str]:
    return [s.id for s in smes if s.id != buyer.id and supplier_qualifies(s, need)]


def names_certification(text: str, name: str) -> bool:
    """True when `text` mentions the certification at all (claimed, required or negated)."""
    cert = CERT_NAMES[name]
    folded = text.casefold()
    forms = (cert.name, cert.full_name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
    return any(form.casefold() in folded for form in forms) or any(
        re.search(pattern, text) for pattern in cert.patterns
    )


def language_errors(where: str, text: str, lang: str) -> list[str]:
    if lang == "en":
        if any(ord(ch) > 126 or (ord(ch) < 32) for ch in text):
            return [f"{where}: English phrase has non-ASCII characters: {text!r}"]
        return []
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    if thai == 0 or thai < 0.6 * (thai + latin):
        return [f"{where}: Thai phrase is not mostly Thai letters: {text!r}"]
    return []


def phrase_errors(where: str, text: str, lang: str) -> list[str]:
    errors = language_errors(where, text, lang)
    if not text or text != text.strip() or "  " in text or "\n" in text:
        errors.append(f"{where}: badly spaced phrase {text!r}")
    if len(text) > MAX_PHRASE:
        errors.append(f"{where}: phrase longer than {MAX_PHRASE} characters: {text!r}")
    return errors


def words(text: str) -> set[str]:
    if THAI_LETTER.search(text):
        squashed = re.sub(r"\s+", "", text)
        return {squashed[i : i + 3] for i in range(len(squashed) - 2)}
    return {w for w in re.findall(r"[a-z0-9]+", text.casefold()) if len(w) > 2}


def overlap(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def check(smes: tuple[P, ...]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append(f"ids must be {PREFIX}-001 .. {PREFIX}-{N_PROFILES:03d} in order, unique")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for o in s.offers:
            offered_by.setdefault(o.label, set()).add(s.id)
    emails = Counter(s.email for s in smes)
    names = Counter(s.name for s in smes)
    for s in smes:
        w = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{w}: malformed id")
        if s.language not in LANGUAGES:
            errors.append(f"{w}: language {s.language!r}")
        if s.sub_cluster not in {v.value for v in SubCluster}:
            errors.append(f"{w}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in {v.value for v in Stage}:
            errors.append(f"{w}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{w}: province {s.province!r} does not resolve")
        if any(tag not in {v.value for v in BcgTag} for tag in s.bcg) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{w}: bcg {s.bcg!r}")
        for cert in s.certs:
            if resolve_certification(cert) is None:
                errors.append(f"{w}: certification {cert!r} does not resolve")
        if len(canonical_certifications(s.certs)) != len(s.certs):
            errors.append(f"{w}: duplicate certifications")
        if not EMAIL_RE.match(s.email) or emails[s.email] > 1:
            errors.append(f"{w}: contact_email {s.email!r} malformed or repeated")
        if names[s.name] > 1:
            errors.append(f"{w}: name repeated")
        if not (len(s.offers) <= 3 and len(s.needs) <= 3 and (s.offers or s.needs)):
            errors.append(f"{w}: needs 0-3 offers and 0-3 needs, not both empty")
        errors += phrase_errors(f"{w} name", s.name, s.language)
        for o in s.offers:
            errors += phrase_errors(f"{w} offer", o.text, s.language)
            if not LABEL_RE.match(o.label):
                errors.append(f"{w}: malformed label {o.label!r}")
            if find_certifications(o.text) - canonical_certifications(s.certs):
                errors.append(f"{w}: offer claims a certification the SME does not hold: {o.text!r}")
        if len({o.label for o in s.offers}) != len(s.offers):
            errors.append(f"{w}: two offers with one label")
        for need in s.needs:
            errors += phrase_errors(f"{w} need", need.text, s.language)
            errors += need_errors(s, need, smes, offered_by)
    return errors


def need_errors(s: P, need: N | X, smes: tuple[P, ...], offered_by: dict[str, set[str]]) -> list[str]:
    w = f"{s.id} need {need.text!r}"
    errors: list[str] = []
    labels = labels_of(need)
    for name in (*need.req, *need.waive):
        if name not in CERT_NAMES:
            errors.append(f"{w}: {name!r} is not a canonical certification name")
        elif not names_certification(need.text, name):
            errors.append(f"{w}: certification {name} is not named in the text")
    if set(need.req) & set(need.waive):
        errors.append(f"{w}: a certification both required and waived")
    found = find_certifications(need.text)
    if found != set(need.req):
        errors.append(f"{w}: text asks for {sorted(found)}, labelled {sorted(need.req)}")
    if len(set(labels)) != len(labels):
        errors.append(f"{w}: repeated label")
    for label in labels:
        if not offered_by.get(label, set()) - {s.id}:
            errors.append(f"{w}: label {label!r} is offered by no one else")
    qualified = qualified_suppliers(s, need, smes)
    if isinstance(need, N):
        if not labels:
            errors.append(f"{w}: a met need lists no labels")
        if not qualified:
            errors.append(f"{w}: no qualified supplier")
        for sid in qualified:
            supplier = smes[int(sid.split("-")[1]) - 1]
            for o in supplier.offers:
                if o.label in labels and (o.text == need.text or overlap(o.text, need.text) >= 0.5):
                    errors.append(f"{w}: worded like the offer {o.text!r} of {sid}")
    else:
        if not need.note:
            errors.append(f"{w}: an unmet need needs a note")
        if qualified:
            errors.append(f"{w}: marked met by no one but {qualified} qualify")
    return errors


# ====================================================================== links and counts


def true_links(smes: tuple[P, ...]) -> list[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            if isinstance(need, N):
                links.update((sid, buyer.id) for sid in qualified_suppliers(buyer, need, smes))
    return sorted(links)


def counts(smes: tuple[P, ...], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    rows: list[tuple[str, str]] = [("profiles", str(len(smes)))]
    lang = Counter(s.language for s in smes)
    rows.append(("Thai / English profiles", f"{lang['th']} / {lang['en']}"))
    sub = Counter(s.sub_cluster for s in smes)
    rows += [(f"sub-cluster `{v.value}`", str(sub[v.value])) for v in SubCluster]
    stage = Counter(s.stage for s in smes)
    rows += [(f"stage `{v.value}`", str(stage[v.value])) for v in Stage]
    provinces = [resolve_province(s.province) for s in smes]
    region = Counter(p.region.value for p in provinces if p is not None)
    rows += [(f"region `{r}`", str(n)) for r, n in sorted(region.items())]
    rows.append(("distinct provinces", str(len({p.name_en for p in provinces if p is not None}))))
    offers = [o for s in smes for o in s.offers]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len({o.label for o in offers}))))
    needs = [(s, n) for s in smes for n in s.needs]
    met = [(s, n) for s, n in needs if isinstance(n, N)]
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"))
    spread = Counter(min(len(qualified_suppliers(s, n, smes)), 4) for s, n in met)
    rows.append(
        (
            "met needs by number of qualified suppliers (1 / 2 / 3 / 4+)",
            " / ".join(str(spread[k]) for k in (1, 2, 3, 4)),
        )
    )
    rows.append(("needs requiring a certification", str(sum(1 for _, n in needs if n.req))))
    rows.append(("needs waiving a certification", str(sum(1 for _, n in needs if n.waive))))
    rows.append(("true links", str(len(links))))
    pairs = Counter((by_id[a].language, by_id[b].language) for a, b in links)
    cross = pairs[("th", "en")] + pairs[("en", "th")]
    rows.append(("links Thai supplier -> English buyer", str(pairs[("th", "en")])))
    rows.append(("links English supplier -> Thai buyer", str(pairs[("en", "th")])))
    rows.append(("cross-language links (share)", f"{cross} ({cross / max(len(links), 1):.0%})"))
    rows.append(("within-language links (th-th / en-en)", f"{pairs[('th', 'th')]} / {pairs[('en', 'en')]}"))
    diff = sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster)
    rows.append(("links between different sub-clusters", str(diff)))
    return rows


def target_errors(smes: tuple[P, ...], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    by_id = {s.id: s for s in smes}
    thai = sum(1 for s in smes if s.language == "th") / len(smes)
    if not THAI_SHARE_RANGE[0] <= thai <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {thai:.0%} outside {THAI_SHARE_RANGE}")
    if not LINKS_RANGE[0] <= len(links) <= LINKS_RANGE[1]:
        errors.append(f"{len(links)} true links, target {LINKS_RANGE}")
    cross = sum(1 for a, b in links if by_id[a].language != by_id[b].language) / max(len(links), 1)
    if not CROSS_SHARE_RANGE[0] <= cross <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {cross:.0%} outside {CROSS_SHARE_RANGE}")
    unmet = sum(1 for s in smes for n in s.needs if isinstance(n, X))
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        errors.append(f"{unmet} needs met by no one, target {UNMET_RANGE}")
    met = [(s, n) for s in smes for n in s.needs if isinstance(n, N)]
    few = sum(1 for s, n in met if len(qualified_suppliers(s, n, smes)) <= 3)
    if few < 0.75 * len(met):
        errors.append(f"only {few} of {len(met)} met needs have 1-3 suppliers")
    return errors


# ====================================================================== output


def profile_json(s: P) -> str:
    row = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [o.text for o in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.language,
    }
    return json.dumps(row, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| measure | count |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# `eval/blind_plain_basketry/`: plain registry entries, basketry with textile parts

## What the set checks

How well the matcher finds the true supplier-buyer pairs among {profiles} SMEs whose offers and needs
are short phrases, as an SME registry stores them, in wording it has never seen. The theme is
basketry with textile parts: krajood (grey sedge), water hyacinth, pandan (screwpine), rattan, kok
reed, yan lipao and bamboo, raw and processed; the baskets, bags, mats, boxes and seat pads made from
them; the fabric linings, straps, handles, rope and the dyeing, sewing, weaving and coating work they
need; the spas, hotels, care homes, gift shops, department stores and exporters that buy them; and the
ordinary fibre, yarn, waste, cloth, dyeing and sewing suppliers of the cluster.

The same kind of goods is written in many ways (regional names such as จูด, สาด, ไหล, ก่องข้าว,
mengkuang, mor hom, kratip; trade words such as greige, loomstate, duck, burlap, CMT; with and without
quantities, prices, sizes and places), about {thai_share} of the profiles are in Thai, and needs are
worded differently from the offers that meet them, often in the other language. Hard cases: a
service versus the goods it works on (dyeing the customer's sedge or cloth versus dyed strips or
cloth; sewing linings or bags for others versus ready-made liners and bags; contract weaving versus
baskets; coating the customer's baskets); waste and used goods versus new (used gunny sacks versus
new hessian, used strapping band versus recycled weaving strap, cutting waste versus cloth); raw
versus processed (sedge stalks, pressed strips, dyed strips, woven sheet, mat or bag; hemp fibre,
yarn, cloth, bag); finished goods described by their material, colour or technique (an indigo
handwoven cotton tote is a bag); needs written as wishes, bare noun phrases and questions; refusals
("no synthetic dye"); needs that require a named certification and needs that name one only to waive
it; and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of `CONTRACTS.md` (profiles JSONL version 1 and the
links CSV), `shared/taxonomy.py` with its data files, and the ruff settings of `pyproject.toml`; not
the matcher, its glossary, its tests or any other evaluation set. Every profile is a literal in
`write.py`; nothing is generated at random.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `used_jute_sacks` versus
`jute_hessian_fabric`). Every need either lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one with a short note. A pair (supplier,
buyer) is a true link when some offer of the supplier carries a label listed by one of the buyer's
needs and the supplier's certifications hold every certification that need requires. A certification
a need names only to waive it ("OTOP not required", "มีโอทอปก็ดี ไม่บังคับ") is not required. An SME is
never linked to itself. Shared words play no part; quantities, prices and places never decide a link.
The labels live only in `write.py`; `profiles.jsonl` has no label fields.

Before writing, the script checks: ids unique and well formed; every contract field valid (sub-cluster,
stage and BCG values from `shared.taxonomy`, every province resolved by `resolve_province`, every
certification by `resolve_certification`); every label a need lists is offered by someone other than
the buyer; every met need has a qualified supplier and every unmet one has none; the certifications a
need requires are exactly those `find_certifications` finds in its text, and a waived one is named in
it; Thai phrases are mostly Thai letters and English ones plain ASCII; no need is worded like an offer
that meets it; and the size targets ({links_lo}-{links_hi} links, about half across languages, about
20 needs met by no one). It writes nothing if any check fails, and writes the same bytes on every run.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_basketry/write.py

## Files

- `write.py`: all the data, the labels, the checks; writes the three files below and prints the table.
- `profiles.jsonl`: {profiles} profiles `{first}` ... `{last}`, contract format (JSONL version 1), no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render(smes: tuple[P, ...]) -> dict[str, bytes]:
    links = true_links(smes)
    rows = counts(smes, links)
    thai = sum(1 for s in smes if s.language == "th") / len(smes)
    readme = README.format(
        profiles=len(smes),
        thai_share=f"{thai:.0%}",
        links_lo=LINKS_RANGE[0],
        links_hi=LINKS_RANGE[1],
        first=smes[0].id,
        last=smes[-1].id,
        table=table(rows),
    )
    return {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in smes).encode("utf-8"),
        "links.csv": links_csv(links).encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }


def main() -> int:
    errors = check(SMES)
    links = true_links(SMES)
    errors += target_errors(SMES, links)
    print(table(counts(SMES, links)))
    if errors:
        print(f"{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    first, second = render(SMES), render(SMES)
    if first != second:
        print("two renderings differ; nothing written", file=sys.stderr)
        return 1
    for name, data in first.items():
        (OUT / name).write_bytes(data)
    digest = hashlib.sha256(b"".join(first[name] for name in sorted(first))).hexdigest()[:16]
    print(f"wrote {', '.join(sorted(first))} to {OUT.relative_to(ROOT)} (sha256 {digest})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
