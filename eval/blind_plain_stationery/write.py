"""Write the hand-labelled evaluation set `eval/blind_plain_stationery/`.

Theme: paper, books and stationery with textiles (saa paper, handmade paper, book cloth,
cloth-covered notebooks, pencil cases, cards, wrapping cloth, ribbons and twine, printing,
paper bags, the shops that buy them) plus the ordinary fibre, yarn, cloth, dyeing and
sewing suppliers of the cluster.

Every offer carries a label that says what the thing is; every need lists the labels that
would meet it and the certifications its text requires, or is marked as met by no one.
A pair (supplier, buyer) is a true link when an offer of the supplier carries a label the
buyer's need lists and the supplier holds every certification that need requires.

Run from the repository root:

    .venv/bin/python eval/blind_plain_stationery/write.py

The script checks the data first and writes nothing when a check fails.
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
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

ID_PREFIX = "bst"
N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS_RANGE = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

TH, EN = "th", "en"
HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
AGC = SubCluster.AGEING_LIFESTYLE_CENTRAL
AGI = SubCluster.AGEING_LIFESTYLE_ISAN
UP, MID, DOWN = Stage.UPSTREAM, Stage.MIDSTREAM, Stage.DOWNSTREAM
BIO, CIRCULAR, GREEN = BcgTag.BIO, BcgTag.CIRCULAR, BcgTag.GREEN


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it; empty for a need that is met


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    email: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[BcgTag, ...]


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def x(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` name goods offered only without `req`."""
    return Need(text, labels, req, waive, note)


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: SubCluster,
    stage: Stage,
    province: str,
    email: str,
    offers: list[Offer],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[BcgTag, ...] = (),
) -> Sme:
    return Sme(
        f"{ID_PREFIX}-{num:03d}",
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


# ====================================================================== data
# Written by hand. Offers say what the SME sells or makes, needs what it seeks to buy.

SMES: list[Sme] = [
    # ------------------------------------------------------------ upstream: fibre, yarn, waste
    sme(
        1,
        TH,
        "วิสาหกิจชุมชนปอสาบ้านห้วยม้า",
        HEMP,
        UP,
        "Phrae",
        "huaima.saa@phrae-saa.example",
        [o("เปลือกปอสาตากแห้ง คัดเกรดเอ กิโลละ 85 บาท", "saa_bark")],
        [x("หาเครื่องตีเยื่อแบบฮอลแลนเดอร์ มือสอง", "a Hollander beater: no one in the set sells machinery")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        2,
        EN,
        "Nan Highland Saa Growers Cooperative",
        HEMP,
        UP,
        "Nan",
        "coop@nan-saa.example",
        [
            o("Dried paper-mulberry bark (po saa), about 500 kg a month", "saa_bark"),
            o("Saa pulp, cooked and hand-beaten, 20 kg wet buckets", "saa_pulp"),
        ],
        [x("Bamboo moulds and deckles for sheet forming", "papermaking moulds: no one in the set makes tools")],
        certs=("Organic Thailand",),
        bcg=(BIO, GREEN),
    ),
    sme(
        3,
        TH,
        "วิสาหกิจชุมชนปอกระสาด่านซ้าย",
        HEMP,
        UP,
        "Loei",
        "dansai.posa@loei-craft.example",
        [o("ปอกระสาลอกเปลือกตากแดด ขั้นต่ำ 50 กก.", "saa_bark"), o("เยื่อสาต้มขี้เถ้า ถุงละ 10 กิโล", "saa_pulp")],
        [n("อยากได้วิทยากรมาสอนสมาชิกทำกระดาษสาเป็นแผ่น", "paper_making_workshop")],
        bcg=(BIO,),
    ),
    sme(
        4,
        TH,
        "กลุ่มเกษตรกรกล้วยหอมทองปะทิว",
        HEMP,
        UP,
        "Chumphon",
        "pathio.banana@chumphon-farm.example",
        [o("ใยกาบกล้วยตากแห้ง มัดละ 5 กิโล", "banana_fibre")],
        [],
        bcg=(BIO, CIRCULAR),
    ),
    sme(
        5,
        EN,
        "River Kwai Banana Fibre Co.",
        HEMP,
        UP,
        "Kanchanaburi",
        "sales@kwai-fibre.example",
        [o("Degummed banana-stem fibre, 25 kg bales", "banana_fibre")],
        [n("Toll papermaking: turn our own banana fibre into sheets", "paper_making_service")],
        bcg=(BIO,),
    ),
    sme(
        6,
        TH,
        "วิสาหกิจชุมชนใยสับปะรดบ้านค่าย",
        HEMP,
        UP,
        "Rayong",
        "bankhai.pine@rayong-fibre.example",
        [o("ใยใบสับปะรดขูดมือ ตากแห้ง", "pineapple_leaf_fibre")],
        [n("ปุยฝ้ายสำหรับปั่นผสมกับใยสับปะรด", "cotton_lint")],
        bcg=(BIO,),
    ),
    sme(
        7,
        EN,
        "Prachuap PALF Collective",
        HEMP,
        UP,
        "Prachuap Khiri Khan",
        "hello@palf-prachuap.example",
        [o("PALF pineapple leaf fibre, decorticated, min. 10 kg", "pineapple_leaf_fibre")],
        [],
        bcg=(BIO, CIRCULAR),
    ),
    sme(
        8,
        TH,
        "ร้านเศษผ้าคัดแยกเจริญผล",
        CIRC,
        UP,
        "Bangkok",
        "charoenphon.rag@bkk-scrap.example",
        [
            o("เศษผ้าคอตตอน 100% คัดสีขาว ขายเป็นกิโล", "cotton_rag_waste"),
            o("เศษผ้าโพลีผสม คละสี กระสอบละ 30 กก.", "mixed_textile_waste"),
        ],
        [n("รับซื้อเสื้อผ้ามือสองที่ขายต่อไม่ได้", "used_clothing")],
        bcg=(CIRCULAR,),
    ),
    sme(
        9,
        EN,
        "Mahachai Textile Waste Sorting",
        CIRC,
        UP,
        "Samut Sakhon",
        "ops@mahachai-sorting.example",
        [
            o("Pre-consumer cotton cutting scraps, baled", "cotton_rag_waste"),
            o("Post-consumer garments sorted by fibre", "used_clothing"),
        ],
        [],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        10,
        TH,
        "ร้านรับซื้อของเก่า ส.เจริญทรัพย์",
        CIRC,
        UP,
        "Nonthaburi",
        "sor.charoensap@nont-recycle.example",
        [o("กระดาษลังเก่าอัดก้อน", "waste_cardboard"), o("กระดาษ A4 ใช้แล้วจากสำนักงาน ย่อยทำลายแล้ว", "waste_paper")],
        [],
        bcg=(CIRCULAR,),
    ),
    sme(
        11,
        EN,
        "Tak Highland Hemp Network",
        HEMP,
        UP,
        "Tak",
        "hemp@tak-highland.example",
        [
            o("Retted hemp bast fibre, hand-stripped", "hemp_fibre"),
            o("Hand-spun hemp yarn, undyed, 1 kg hanks", "hemp_yarn"),
        ],
        [x("Certified hemp seed for next season's planting", "planting seed: no one in the set sells seed")],
        certs=("Organic Thailand",),
        bcg=(BIO,),
    ),
    sme(
        12,
        TH,
        "กลุ่มฝ้ายอินทรีย์บ้านนาหอ",
        HEMP,
        UP,
        "Loei",
        "naho.cotton@loei-craft.example",
        [o("ปุยฝ้ายพื้นเมือง ฝ้ายตุ่น ยังไม่อีดเมล็ด", "cotton_lint"), o("ฝ้ายเข็นมือ สีขาวธรรมชาติ เป็นไจ", "handspun_cotton_yarn")],
        [],
        certs=("Organic Thailand", "OTOP"),
        bcg=(BIO,),
    ),
    sme(
        13,
        EN,
        "Doi Saket Handspun Cotton",
        HEMP,
        UP,
        "Chiang Mai",
        "yarn@doisaket-cotton.example",
        [
            o("Handspun cotton yarn, natural white and khaki (fai tun)", "handspun_cotton_yarn"),
            o("Cotton yarn dyed with indigo, lac and ebony: plant dyes only", "natural_dyed_cotton_yarn"),
        ],
        [n("Mo hom indigo paste for our dye vats", "indigo_paste")],
        certs=("Fairtrade",),
        bcg=(BIO, GREEN),
    ),
    sme(
        14,
        TH,
        "บริษัท ด้ายรีไซเคิลบางพลี จำกัด",
        CIRC,
        UP,
        "Samut Prakan",
        "sales@bangphli-yarn.example",
        [o("ด้ายรีไซเคิลจากเศษผ้าคอตตอน เบอร์ 10 ลูกละ 1 กก.", "recycled_cotton_yarn")],
        [n("เศษผ้าฝ้ายล้วนจากโรงตัด สีขาวครีม เดือนละ 5 ตัน", "cotton_rag_waste")],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        15,
        EN,
        "Sakon Indigo Paste Co.",
        HEMP,
        UP,
        "Sakon Nakhon",
        "order@sakon-indigo.example",
        [o("Fermented indigo paste (khram), 1 kg tubs", "indigo_paste")],
        [x("Glass jars with lids, 1 litre, cartons of 24", "glass jars: no one in the set sells containers")],
        certs=("Organic Thailand",),
        bcg=(BIO,),
    ),
    sme(
        16,
        TH,
        "กลุ่มห้อมบ้านทุ่งโฮ้ง",
        HEMP,
        UP,
        "Phrae",
        "tunghong.hom@phrae-saa.example",
        [
            o("ห้อมเปียก เนื้อห้อมหมักแล้ว ถังละ 5 กก.", "indigo_paste"),
            o("ครั่ง เปลือกประดู่ ลูกมะเกลือ สำหรับย้อมสี", "natural_dye_material"),
        ],
        [],
        bcg=(BIO,),
    ),
    sme(
        17,
        EN,
        "Pak Kret Yarn Trading",
        SPORT,
        UP,
        "Nonthaburi",
        "trade@pakkret-yarn.example",
        [
            o("Reactive-dyed cotton yarn 20/2, 40 stock colours", "synthetic_dyed_cotton_yarn"),
            o("Polyester sewing thread, 5000 m cones", "sewing_thread"),
        ],
        [],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        18,
        TH,
        "ศูนย์คัดแยกผ้าใช้แล้ว ขอนแก่น",
        CIRC,
        UP,
        "Khon Kaen",
        "kk.sorting@isan-reuse.example",
        [o("เสื้อผ้าใช้แล้ว คัดแยกตามชนิดผ้า", "used_clothing"), o("ผ้าปูที่นอนเก่าจากโรงแรม ผ้าฝ้ายสีขาว", "used_cotton_linen")],
        [],
        bcg=(CIRCULAR,),
    ),
    sme(
        19,
        EN,
        "Eastern rPET Yarn Co.",
        SPORT,
        UP,
        "Chonburi",
        "yarn@eastern-rpet.example",
        [o("Recycled polyester filament yarn from PET bottles, 150D", "recycled_polyester_yarn")],
        [x("Clean PET bottle flakes, hot-washed", "bottle flakes: no one in the set collects plastics")],
        certs=("GRS certified",),
        bcg=(CIRCULAR,),
    ),
    sme(
        20,
        TH,
        "วิสาหกิจชุมชนกัญชงเขาค้อ",
        HEMP,
        UP,
        "Phetchabun",
        "khaokho.hemp@phetchabun-fibre.example",
        [o("เส้นใยกัญชงลอกมือ ยังไม่ปั่น", "hemp_fibre"), o("ด้ายกัญชงเข็นมือ สีธรรมชาติ", "hemp_yarn")],
        [n("มีใครรับทอผ้าจากด้ายของเราไหม", "weaving_service")],
        bcg=(BIO,),
    ),
    # ------------------------------------------------------------ midstream: paper, cloth, dyeing, sewing, printing
    sme(
        21,
        TH,
        "โรงงานกระดาษสาบ่อสร้างศิลป์",
        HEMP,
        MID,
        "Chiang Mai",
        "bosangsilp@cm-saa.example",
        [
            o("กระดาษสาแผ่นใหญ่ 60x90 ซม. สีธรรมชาติ", "saa_paper"),
            o("รับขึ้นแผ่นกระดาษจากเยื่อหรือเส้นใยของลูกค้า", "paper_making_service"),
        ],
        [
            n("เปลือกสาแห้ง ส่งประจำทุกเดือน", "saa_bark"),
            n("สีย้อมจากธรรมชาติสำหรับย้อมเยื่อ ไม่เอาสีเคมี", "natural_dye_material", "indigo_paste"),
        ],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        22,
        EN,
        "Ton Pao Mulberry Paper Studio",
        HEMP,
        MID,
        "Chiang Mai",
        "studio@tonpao-paper.example",
        [
            o("Handmade mulberry paper, A4 packs of 25 sheets", "saa_paper"),
            o("Papermaking class, 2 hours, groups up to 15", "paper_making_workshop"),
        ],
        [
            n("Ready-to-use beaten kozo-type pulp", "saa_pulp"),
            n("Woven cotton tape to tie our paper packs", "cotton_ribbon"),
        ],
        bcg=(BIO, GREEN),
    ),
    sme(
        23,
        TH,
        "กลุ่มกระดาษสาบ้านแม่ทะ",
        HEMP,
        MID,
        "Lampang",
        "maetha.saa@lampang-paper.example",
        [o("กระดาษสาบางพิเศษ ใช้ห่อของขวัญ", "saa_paper"), o("เชือกกระดาษสาบิดเกลียว ม้วนละ 100 เมตร", "paper_twine")],
        [n("เยื่อปอสา", "saa_pulp")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        24,
        EN,
        "Chumphon Banana Paper Works",
        HEMP,
        MID,
        "Chumphon",
        "paper@chumphon-banana.example",
        [o("Banana fibre paper, 70 x 50 cm sheets, 120 gsm", "banana_paper")],
        [n("Kluai fibre from banana trunks, sun-dried", "banana_fibre")],
        bcg=(BIO, CIRCULAR),
    ),
    sme(
        25,
        TH,
        "โรงกระดาษใยสับปะรดปราณบุรี",
        HEMP,
        MID,
        "Prachuap Khiri Khan",
        "pranburi.paper@prachuap-craft.example",
        [o("กระดาษใยสับปะรด แผ่น A3 เนื้อเหนียว", "pineapple_paper")],
        [n("ใบสับปะรดขูดเส้นแล้ว ไม่จำเป็นต้องมีมาตรฐานเกษตรอินทรีย์", "pineapple_leaf_fibre", waive=("Organic Thailand",))],
        bcg=(BIO,),
    ),
    sme(
        26,
        EN,
        "Rag & Deckle Paper Mill",
        CIRC,
        MID,
        "Nakhon Pathom",
        "mill@ragdeckle.example",
        [
            o("100% cotton rag paper, 300 gsm, cold-pressed, for watercolour", "cotton_rag_paper"),
            o("Custom papermaking from your brand's own textile scraps", "paper_making_service"),
        ],
        [n("White cotton rags or old hotel sheets, any amount", "cotton_rag_waste", "used_cotton_linen")],
        certs=("Thai Green Label",),
        bcg=(CIRCULAR,),
    ),
    sme(
        27,
        TH,
        "ยีนส์เปเปอร์ สตูดิโอ",
        CIRC,
        MID,
        "Bangkok",
        "hello@jeanspaper.example",
        [o("กระดาษจากเศษผ้ายีนส์ แผ่น A4 หนา 200 แกรม", "cotton_rag_paper")],
        [n("กางเกงยีนส์เก่า สภาพไหนก็ได้", "used_clothing")],
        bcg=(CIRCULAR,),
    ),
    sme(
        28,
        EN,
        "Saraburi Recycled Kraft Mill",
        CIRC,
        MID,
        "Saraburi",
        "sales@saraburi-kraft.example",
        [o("Recycled kraft paper rolls, 80-150 gsm, brown, FSC Recycled", "kraft_paper_roll")],
        [n("Used carton boxes pressed into bales, 20 t a month", "waste_cardboard")],
        certs=("FSC", "Thai Green Label"),
        bcg=(CIRCULAR, GREEN),
    ),
    sme(
        29,
        TH,
        "กลุ่มทอผ้าฝ้ายบ้านโพน",
        AGI,
        MID,
        "Kalasin",
        "banphon.weave@kalasin-craft.example",
        [
            o("ผ้าฝ้ายทอมือสีขาวดิบ ยังไม่ย้อม หน้ากว้าง 1 เมตร", "undyed_handwoven_cotton_fabric"),
            o("รับทอผ้าจากเส้นด้ายของลูกค้า คิดค่าแรงต่อเมตร", "weaving_service"),
        ],
        [n("ด้ายฝ้ายปั่นมือ สีขาวนวล", "handspun_cotton_yarn")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        30,
        TH,
        "กลุ่มทอผ้านาหมื่นศรี",
        HEMP,
        MID,
        "Trang",
        "namuensri@trang-weave.example",
        [o("ผ้าทอนาหมื่นศรี ผ้าฝ้ายลายลูกแก้ว", "handwoven_cotton_fabric")],
        [n("ด้ายฝ้ายย้อมสีแล้ว หลายสี", "synthetic_dyed_cotton_yarn", "natural_dyed_cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        31,
        EN,
        "Nan Loom Collective",
        HEMP,
        MID,
        "Nan",
        "weavers@nanloom.example",
        [o("Handloom cotton cloth, plain weave, undyed", "undyed_handwoven_cotton_fabric")],
        [n("Yarn coloured with plant dyes only - no synthetic dye", "natural_dyed_cotton_yarn")],
        certs=("Fairtrade certified",),
        bcg=(BIO,),
    ),
    sme(
        32,
        TH,
        "ผ้าย้อมครามบ้านดอนกอย",
        AGI,
        MID,
        "Sakon Nakhon",
        "donkoi.khram@sakon-village.example",
        [
            o("ผ้าฝ้ายย้อมคราม ทอมือ เมตรละ 350 บาท", "indigo_dyed_cotton_fabric"),
            o("รับย้อมครามผ้าและเส้นด้ายที่ลูกค้าส่งมา", "indigo_dyeing_service"),
        ],
        [n("ผ้าขาวทอกี่มือ ยังไม่ผ่านการย้อม", "undyed_handwoven_cotton_fabric")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        33,
        TH,
        "ร้านผ้าหม้อห้อมแม่นาย",
        HEMP,
        MID,
        "Phrae",
        "maenai.mohom@phrae-saa.example",
        [o("ผ้าหม้อห้อม ผ้าพื้นย้อมห้อม พับละ 20 หลา", "indigo_dyed_cotton_fabric")],
        [n("ห้อมหมักเนื้อดี", "indigo_paste")],
        certs=("OTOP",),
    ),
    sme(
        34,
        EN,
        "Udon Indigo Weaving House",
        AGI,
        MID,
        "Udon Thani",
        "info@udon-indigo.example",
        [o("Indigo cotton yardage, handwoven, 90 cm wide", "indigo_dyed_cotton_fabric")],
        [n("Khram indigo, fermented; Organic Thailand nice to have", "indigo_paste", waive=("Organic Thailand",))],
        bcg=(BIO,),
    ),
    sme(
        35,
        TH,
        "กลุ่มม้งทอผ้าใยกัญชงแม่แรม",
        HEMP,
        MID,
        "Chiang Mai",
        "maerim.hemp@cm-hmong.example",
        [o("ผ้าใยกัญชงทอมือ ม้วนละ 10 เมตร", "hemp_fabric")],
        [n("เส้นด้ายกัญชงปั่นแล้ว", "hemp_yarn")],
        bcg=(BIO,),
    ),
    sme(
        36,
        EN,
        "Golden Triangle Hemp Textiles",
        HEMP,
        MID,
        "Chiang Rai",
        "sales@gt-hemp.example",
        [o("Hemp canvas 12 oz, natural, 150 cm width, GOTS", "hemp_fabric")],
        [
            n("Raw hemp bast for spinning", "hemp_fibre"),
            x(
                "GOTS-certified handspun cotton for hemp-cotton blends",
                "handspun cotton is offered, but by no GOTS holder",
                "handspun_cotton_yarn",
                req=("GOTS",),
            ),
        ],
        certs=("GOTS certified",),
        bcg=(BIO, GREEN),
    ),
    sme(
        37,
        EN,
        "Siam Book Cloth Co.",
        AGC,
        MID,
        "Bangkok",
        "cloth@siambookcloth.example",
        [o("Paper-backed cotton book cloth, 20 colours, 100 cm rolls", "book_cloth")],
        [
            n("Greige cotton for backing, 60 inch", "greige_cotton_fabric"),
            x("Wheat-starch paste adhesive, archival", "starch paste: no one in the set sells adhesives"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        38,
        TH,
        "ผ้าเข้าปกหาดเสี้ยว",
        HEMP,
        MID,
        "Sukhothai",
        "hatsiao.cover@sukhothai-weave.example",
        [o("ผ้าทอหาดเสี้ยวบุกระดาษสาด้านหลัง สำหรับทำปกสมุด", "book_cloth")],
        [n("กระดาษสาบางสำหรับรองหลังผ้า", "saa_paper")],
        certs=("OTOP",),
    ),
    sme(
        39,
        TH,
        "โรงทอผ้าดิบนครชัยศรี",
        AGC,
        MID,
        "Nakhon Pathom",
        "nakhonchaisi.mill@greige-th.example",
        [o("ผ้าดิบ ผ้าฝ้าย 100% หน้า 60 นิ้ว ม้วนละ 50 หลา", "greige_cotton_fabric"), o("ผ้าแคนวาสดิบ 10 ออนซ์", "cotton_canvas")],
        [n("ด้ายฝ้ายเบอร์ 20 ที่ปั่นจากฝ้ายรีไซเคิล", "recycled_cotton_yarn")],
        certs=("ISO 9001",),
    ),
    sme(
        40,
        EN,
        "Blue Hands Dye House",
        HEMP,
        MID,
        "Chiang Mai",
        "dye@bluehands.example",
        [
            o("Commission indigo dyeing: bring your own cotton or linen", "indigo_dyeing_service"),
            o("Natural dyeing on your fabric with lac, marigold, mango leaf", "natural_dyeing_service"),
        ],
        [n("Indigo with Organic Thailand certification", "indigo_paste", req=("Organic Thailand",))],
        bcg=(BIO, GREEN),
    ),
    sme(
        41,
        TH,
        "ห้องเย็บผ้าพี่นก",
        AGC,
        MID,
        "Bangkok",
        "pinok.cmt@bkk-sewing.example",
        [o("รับเย็บกระเป๋า ถุงผ้า กระเป๋าดินสอ ผ้าลูกค้า ขั้นต่ำ 100 ชิ้น", "sewing_service")],
        [
            n("ด้ายเย็บผ้าโพลีเอสเตอร์ หลอดใหญ่", "sewing_thread"),
            x("ซิปไนลอน เบอร์ 3 และ 5", "zips: no one in the set sells trims"),
        ],
    ),
    sme(
        42,
        EN,
        "Salaya Cut & Sew",
        AGC,
        MID,
        "Nakhon Pathom",
        "cmt@salaya-sew.example",
        [o("Cut-make-trim for small brands: pouches and totes, MOQ 300", "sewing_service")],
        [
            x(
                "Recycled polyester thread with GRS",
                "sewing thread is offered, but by no GRS holder",
                "sewing_thread",
                req=("GRS",),
            )
        ],
        certs=("ISO 9001:2015",),
    ),
    sme(
        43,
        TH,
        "สกรีนดีบางบ่อ",
        AGC,
        MID,
        "Samut Prakan",
        "screendee@samutprakan-print.example",
        [o("สกรีนถุงผ้า กระเป๋าผ้า ตามสั่ง 1-4 สี", "screen_printing_service")],
        [n("ถุงผ้าเปล่าไม่มีลาย", "tote_bag")],
    ),
    sme(
        44,
        EN,
        "Lanna Block & Screen",
        HEMP,
        MID,
        "Chiang Mai",
        "print@lanna-block.example",
        [o("Hand block printing and screen printing on client fabric", "screen_printing_service")],
        [n("Hemp cloth or cotton canvas by the metre", "hemp_fabric", "cotton_canvas")],
    ),
    sme(
        45,
        EN,
        "Nonthaburi Offset & Digital",
        AGC,
        MID,
        "Nonthaburi",
        "print@nont-offset.example",
        [
            o("Offset and digital printing: cards, flyers, stickers", "paper_printing_service"),
            o("Printed kraft hang tags with string, 1,000 pcs", "hang_tags"),
        ],
        [
            n(
                "FSC-certified paper stock for clients who ask for it",
                "kraft_paper_roll",
                "saa_paper",
                "banana_paper",
                "pineapple_paper",
                "cotton_rag_paper",
                req=("FSC",),
            ),
            x("Soy-based offset inks", "printing inks: no one in the set sells them"),
        ],
        certs=("ISO 9001", "FSC certified"),
        bcg=(GREEN,),
    ),
    sme(
        46,
        TH,
        "โรงพิมพ์ขอนแก่นการพิมพ์",
        AGI,
        MID,
        "Khon Kaen",
        "kkprint@isan-print.example",
        [o("รับพิมพ์การ์ดแต่งงาน ใบปลิว นามบัตร", "paper_printing_service")],
        [n("กระดาษใยกล้วย สำหรับพิมพ์การ์ดพรีเมียม", "banana_paper")],
    ),
    sme(
        47,
        TH,
        "ร้านเข้าเล่มปกแข็งสามย่าน",
        AGC,
        MID,
        "Bangkok",
        "samyan.binding@bkk-bind.example",
        [o("รับเข้าเล่มปกแข็ง ปกผ้า วิทยานิพนธ์ งานเย็บกี่", "bookbinding_service")],
        [
            n("ผ้าบุปกหนังสือ สีกรม สีเลือดหมู", "book_cloth"),
            x("ฟอยล์ทองสำหรับปั๊มร้อน", "hot-stamping foil: no one in the set sells it"),
        ],
    ),
    sme(
        48,
        TH,
        "ริบบิ้นผ้าฝ้ายทอมือป่าซาง",
        HEMP,
        MID,
        "Lamphun",
        "pasang.ribbon@lamphun-weave.example",
        [o("ริบบิ้นผ้าฝ้ายทอมือ กว้าง 1 นิ้ว ม้วนละ 20 หลา", "cotton_ribbon"), o("ที่คั่นหนังสือผ้าทอ มีพู่", "bookmark")],
        [n("ด้ายฝ้ายเส้นเล็ก ย้อมสีธรรมชาติ", "natural_dyed_cotton_yarn")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        49,
        EN,
        "Ayutthaya Narrow Fabrics",
        AGC,
        MID,
        "Ayutthaya",
        "tape@ayutthaya-narrow.example",
        [
            o("Cotton twill tape and herringbone tape, 10-25 mm", "cotton_ribbon"),
            o("Satin polyester ribbon, 50 colours", "satin_ribbon"),
        ],
        [n("Dyed cotton yarn cones for tape looms", "synthetic_dyed_cotton_yarn", "natural_dyed_cotton_yarn")],
        certs=("Oeko-Tex 100",),
    ),
    sme(
        50,
        TH,
        "เชือกถักบ้านแพ้ว",
        CIRC,
        MID,
        "Samut Sakhon",
        "banphaeo.cord@sakhon-cord.example",
        [o("เชือกฝ้ายถัก 3 มม. สำหรับงานมาคราเม่", "cotton_twine")],
        [n("ด้ายรีไซเคิลราคาถูก", "recycled_cotton_yarn")],
        bcg=(CIRCULAR,),
    ),
    sme(
        51,
        EN,
        "Lampang Paper Twine",
        HEMP,
        MID,
        "Lampang",
        "cord@lampang-twine.example",
        [
            o("Twisted paper cord for bag handles, 3-5 mm", "paper_twine"),
            o("Cotton string for parcels and tags", "cotton_twine"),
        ],
        [n("Kraft paper in narrow rolls for twisting", "kraft_paper_roll")],
    ),
    sme(
        52,
        EN,
        "Bangpoo Webbing Industries",
        SPORT,
        MID,
        "Samut Prakan",
        "sales@bangpoo-webbing.example",
        [o("Polyester webbing tape 15-25 mm for lanyards", "polyester_webbing")],
        [n("rPET filament yarn, GRS certified", "recycled_polyester_yarn", req=("GRS",))],
        certs=("OEKO-TEX Standard 100", "ISO 9001"),
    ),
    sme(
        53,
        TH,
        "ซับลิเมชั่นสปอร์ตพริ้นท์",
        SPORT,
        MID,
        "Pathum Thani",
        "sublisport@pathum-print.example",
        [o("รับพิมพ์ซับลิเมชั่นลงผ้าโพลี สายคล้องคอ เสื้อกีฬา", "sublimation_printing_service")],
        [n("สายผ้าโพลีเปล่า สำหรับพิมพ์สายคล้องบัตร", "polyester_webbing")],
    ),
    sme(
        54,
        TH,
        "โรงทอผ้าด้ายรีไซเคิลโพธาราม",
        CIRC,
        MID,
        "Ratchaburi",
        "photharam.weave@ratchaburi-recycle.example",
        [o("ผ้าทอจากด้ายรีไซเคิล เนื้อหนา ทำกระเป๋า", "recycled_cotton_fabric")],
        [n("ด้ายคอตตอนรีไซเคิล มีใบรับรอง GRS", "recycled_cotton_yarn", req=("GRS",))],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    # ------------------------------------------------------------ downstream: stationery, bags, shops, buyers
    sme(
        55,
        TH,
        "สมุดปกผ้าขิด บ้านเมืองเพีย",
        AGI,
        DOWN,
        "Khon Kaen",
        "muangphia.book@kk-craft.example",
        [o("สมุดบันทึกปกผ้าขิด ขนาด A5 ไส้กระดาษถนอมสายตา", "cloth_cover_notebook")],
        [n("รับเข้าเล่มสันกาว ปกแข็ง", "bookbinding_service")],
        certs=("OTOP",),
    ),
    sme(
        56,
        EN,
        "Loom & Leaf Notebooks",
        HEMP,
        DOWN,
        "Chiang Mai",
        "hello@loomandleaf.example",
        [o("Journals with handwoven indigo covers, 160 pages", "cloth_cover_notebook")],
        [
            n("Hand-loomed cotton in indigo blues, 5-10 m per shade", "indigo_dyed_cotton_fabric"),
            x("Waxed linen thread for Coptic binding", "linen thread: no one in the set offers it"),
        ],
        certs=("Fairtrade",),
    ),
    sme(
        57,
        TH,
        "ครามสกล สมุดและของที่ระลึก",
        AGI,
        DOWN,
        "Sakon Nakhon",
        "khramsakon.gift@sakon-gift.example",
        [o("สมุดปกผ้าย้อมคราม เย็บมือ", "cloth_cover_notebook"), o("ที่คั่นหนังสือผ้าคราม", "bookmark")],
        [n("กระดาษทำมือสำหรับไส้สมุด ใยกล้วยหรือใยสับปะรดก็ได้", "banana_paper", "pineapple_paper")],
        certs=("OTOP",),
    ),
    sme(
        58,
        TH,
        "สมุดกระดาษสาสันป่าตอง",
        HEMP,
        DOWN,
        "Chiang Mai",
        "sanpatong.book@cm-saa.example",
        [o("สมุดสเก็ตช์กระดาษสา ปกกระดาษสาหนา", "saa_paper_notebook")],
        [],
        certs=("OTOP",),
    ),
    sme(
        59,
        EN,
        "Kad Kong Ta Paper Goods",
        HEMP,
        DOWN,
        "Lampang",
        "shop@kadkongta.example",
        [
            o("Saa-paper sketchbooks and diaries, stitched spine", "saa_paper_notebook"),
            o("Greeting cards of mulberry paper with a woven cotton inlay", "greeting_card"),
        ],
        [n("Thin cotton ribbon for binding spines", "cotton_ribbon")],
    ),
    sme(
        60,
        TH,
        "กระเป๋าดินสอผ้าเหลือใช้ ป้าแดง",
        CIRC,
        DOWN,
        "Nakhon Si Thammarat",
        "padaeng.pouch@nakhon-reuse.example",
        [o("กระเป๋าดินสอจากผ้าเหลือใช้ ใบละ 59 บาท", "pencil_case")],
        [n("เศษผ้าชิ้นใหญ่ เนื้อฝ้าย ไม่เอาผ้าโพลี ไม่ต้องมี GRS", "cotton_rag_waste", waive=("GRS",))],
        bcg=(CIRCULAR,),
    ),
    sme(
        61,
        EN,
        "Pouch Lab Bangkok",
        AGC,
        DOWN,
        "Bangkok",
        "studio@pouchlab.example",
        [
            o("Zip pencil pouches in hemp canvas, 20 x 8 cm", "pencil_case"),
            o("A4 document sleeves with snap button", "document_bag"),
        ],
        [
            n("Sewing contractor for 500-2,000 pouches a month", "sewing_service"),
            n("GOTS hemp fabric", "hemp_fabric", req=("GOTS",)),
        ],
    ),
    sme(
        62,
        TH,
        "กลุ่มกระเป๋าผ้าทอสุรินทร์",
        AGI,
        DOWN,
        "Surin",
        "surin.bag@surin-weave.example",
        [o("กล่องดินสอผ้าทอพื้นเมือง มีซิป", "pencil_case"), o("ถุงผ้าใส่เอกสาร ขนาด F4", "document_bag")],
        [n("ผ้าฝ้ายย้อมห้อมหรือคราม ทอมือ", "indigo_dyed_cotton_fabric")],
        certs=("OTOP",),
    ),
    sme(
        63,
        EN,
        "Roi Et Folio Works",
        AGI,
        DOWN,
        "Roi Et",
        "folio@roiet-works.example",
        [o("Cotton document bags with zip, A4 and F4, logo on request", "document_bag")],
        [
            x("Logo embroidery on 300 bags", "embroidery: no one in the set offers it"),
            n("Does anyone screen print logos on finished bags?", "screen_printing_service"),
        ],
    ),
    sme(
        64,
        TH,
        "อัลบั้มภาพปกผ้า บ้านความทรงจำ",
        AGC,
        DOWN,
        "Samut Songkhram",
        "memoryalbum@maeklong-craft.example",
        [o("อัลบั้มรูปปกผ้าฝ้าย ใส่รูป 4x6 ได้ 100 รูป", "photo_album")],
        [n("ผ้าสำหรับทำปกแข็ง มีกระดาษรองหลัง", "book_cloth"), n("กระดาษไร้กรดสำหรับหน้าอัลบั้ม", "cotton_rag_paper")],
    ),
    sme(
        65,
        EN,
        "Memory Book Studio",
        AGC,
        DOWN,
        "Bangkok",
        "care@memorybook.example",
        [
            o("Reminiscence photo albums for seniors, large labels", "photo_album"),
            o("Large-print memory journals for dementia care", "large_print_journal"),
        ],
        [
            n("Hardcover binding contractor", "bookbinding_service"),
            n("Short-run printing of large-type pages", "paper_printing_service"),
        ],
    ),
    sme(
        66,
        TH,
        "การ์ดกระดาษสาติดผ้าทอ พะเยา",
        HEMP,
        DOWN,
        "Phayao",
        "phayao.card@phayao-craft.example",
        [o("การ์ดอวยพรกระดาษสา ติดผ้าทอชิ้นเล็ก", "greeting_card"), o("ส.ค.ส. ทำมือ ชุดละ 10 ใบ", "greeting_card")],
        [
            n("ริบบิ้นเส้นเล็กสำหรับผูกการ์ด", "cotton_ribbon", "satin_ribbon"),
            x(
                "ริบบิ้นไหมตรานกยูงพระราชทาน",
                "silk ribbon with the Peacock Emblem: no one in the set offers silk",
                req=("Thai Silk Peacock Emblem",),
            ),
        ],
        certs=("OTOP",),
    ),
    sme(
        67,
        EN,
        "Thread & Card Co.",
        AGC,
        DOWN,
        "Chachoengsao",
        "studio@threadandcard.example",
        [o("Embroidered fabric-inlay greeting cards, boxed sets of 6", "greeting_card")],
        [n("Heavy 100% cotton cardstock with deckle edge", "cotton_rag_paper")],
    ),
    sme(
        68,
        TH,
        "ผ้าห่อของขวัญมัดย้อมอุดร",
        AGI,
        DOWN,
        "Udon Thani",
        "udon.wrap@udon-craft.example",
        [o("ผ้าห่อของแบบญี่ปุ่น ผ้าฝ้ายมัดย้อม 70x70 ซม.", "furoshiki_cloth")],
        [n("หาร้านรับย้อมครามผ้าที่เราตัดขอบแล้ว", "indigo_dyeing_service")],
    ),
    sme(
        69,
        EN,
        "Wrap Thai",
        AGC,
        DOWN,
        "Bangkok",
        "hello@wrapthai.example",
        [o("Furoshiki wrapping cloths, printed cotton, 3 sizes", "furoshiki_cloth")],
        [
            n("Screen printing of our designs on 1,000 cloths", "screen_printing_service"),
            x(
                "OEKO-TEX tested cotton poplin, 150 cm",
                "finished cotton poplin: no one in the set offers it",
                req=("OEKO-TEX Standard 100",),
            ),
        ],
    ),
    sme(
        70,
        TH,
        "มหาชัยแพ็ค ถุงกระดาษ",
        CIRC,
        DOWN,
        "Samut Sakhon",
        "mahachaipack@sakhon-pack.example",
        [o("ถุงกระดาษคราฟท์หูเชือก พิมพ์โลโก้ได้ ขั้นต่ำ 500 ใบ", "paper_bag")],
        [n("กระดาษคราฟท์ม้วน", "kraft_paper_roll"), n("หูถุงเชือกกระดาษ", "paper_twine")],
    ),
    sme(
        71,
        EN,
        "Green Pack Chonburi",
        CIRC,
        DOWN,
        "Chonburi",
        "sales@greenpack-chon.example",
        [
            o("FSC kraft carrier bags with twisted handles", "paper_bag"),
            o("Kraft mailer boxes, die-cut, printed", "kraft_box"),
        ],
        [
            n("Brown kraft reels 100 gsm, FSC chain of custody", "kraft_paper_roll", req=("FSC",)),
            x("Water-based glue for bag bottoms", "adhesives: no one in the set sells them"),
        ],
        certs=("FSC",),
        bcg=(GREEN,),
    ),
    sme(
        72,
        TH,
        "กลุ่มถุงกระดาษรีไซเคิล จันทบุรี",
        CIRC,
        DOWN,
        "Chanthaburi",
        "chan.bag@chan-recycle.example",
        [o("ถุงกระดาษพับมือจากหนังสือพิมพ์เก่า", "paper_bag")],
        [n("หนังสือพิมพ์เก่า กระดาษใช้แล้ว", "waste_paper")],
        bcg=(CIRCULAR,),
    ),
    sme(
        73,
        TH,
        "ถุงผ้าดิบสารคาม",
        AGI,
        DOWN,
        "Maha Sarakham",
        "sarakham.tote@isan-bag.example",
        [o("ถุงผ้าดิบหูหิ้ว ยังไม่พิมพ์ 12x14 นิ้ว", "tote_bag")],
        [n("ผ้าดิบหรือผ้าแคนวาส ม้วนใหญ่", "greige_cotton_fabric", "cotton_canvas"), n("ป้ายแท็กกระดาษห้อยสินค้า", "hang_tags")],
    ),
    sme(
        74,
        EN,
        "ReTote Thailand",
        CIRC,
        DOWN,
        "Pathum Thani",
        "team@retote.example",
        [o("Tote bags sewn from recycled-yarn canvas", "tote_bag")],
        [n("Recycled cotton cloth, GRS certified", "recycled_cotton_fabric", req=("GRS",))],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        75,
        TH,
        "ร่มกระดาษสาบ่อสร้าง",
        HEMP,
        DOWN,
        "Chiang Mai",
        "bosang.umbrella@cm-saa.example",
        [o("ร่มกระดาษสาเขียนลาย ขนาด 20 นิ้ว", "saa_paper_umbrella")],
        [x("ไม้ไผ่เหลาสำหรับทำโครงร่ม", "bamboo umbrella ribs: no one in the set sells them")],
        certs=("OTOP",),
    ),
    sme(
        76,
        TH,
        "ศูนย์เรียนรู้กระดาษทำมือริมโขง",
        AGI,
        DOWN,
        "Nong Khai",
        "rimkhong.paper@nongkhai-learn.example",
        [
            o("สอนทำกระดาษสา กระดาษใยกล้วย กระดาษผักตบ สำหรับคณะดูงาน", "paper_making_workshop"),
            o("กระดาษผักตบชวาทำมือ", "water_hyacinth_paper"),
        ],
        [],
    ),
    sme(
        77,
        EN,
        "RaceKit Pro",
        SPORT,
        DOWN,
        "Bangkok",
        "orders@racekitpro.example",
        [
            o("Printed lanyards with metal hook, full colour", "printed_lanyard"),
            o("Finisher medal ribbons, sublimated", "medal_ribbon"),
        ],
        [
            n("Sublimation print on our webbing", "sublimation_printing_service"),
            n("Plain poly tape, 20 mm, white", "polyester_webbing"),
        ],
    ),
    sme(
        78,
        TH,
        "บิบวิ่งปากน้ำโพ",
        SPORT,
        DOWN,
        "Nakhon Sawan",
        "bib.paknampho@nsw-run.example",
        [o("เบอร์วิ่งพิมพ์บนกระดาษไทเวค กันน้ำ", "race_bib")],
        [x("ม้วนไทเวค หน้ากว้าง 1 เมตร", "Tyvek rolls: no one in the set sells them")],
    ),
    sme(
        79,
        TH,
        "ถุงผ้าหูรูด สปอร์ตแบ็ก เชียงใหม่",
        SPORT,
        DOWN,
        "Chiang Mai",
        "sportbag.cm@cm-sport.example",
        [o("ถุงหูรูดใส่รองเท้า ผ้าโพลีรีไซเคิล", "drawstring_bag")],
        [
            x("ผ้าร่มทอจากเส้นใยขวดพลาสติก", "recycled-polyester cloth: no one in the set weaves it"),
            n("เชือกร้อยหูรูด", "cotton_twine"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        80,
        EN,
        "Samui Island Run Events",
        SPORT,
        DOWN,
        "Surat Thani",
        "race@samui-run.example",
        [o("Road and trail running events, 5-42 km", "event_organising")],
        [
            n("Waterproof numbered race bibs", "race_bib"),
            n("Lanyards for staff passes", "printed_lanyard"),
            n("Drawstring goodie bags for 2,000 runners", "drawstring_bag"),
        ],
    ),
    sme(
        81,
        TH,
        "ชมรมวิ่งโคราช",
        SPORT,
        DOWN,
        "Korat",
        "korat.runners@korat-run.example",
        [],
        [n("สายห้อยเหรียญรางวัล 500 เส้น", "medal_ribbon"), n("ถุงผ้าหูรูดใส่เสื้อวิ่ง", "drawstring_bag")],
    ),
    sme(
        82,
        TH,
        "บ้านพักผู้สูงอายุสุขใจ",
        AGC,
        DOWN,
        "Nonthaburi",
        "sukjai.home@nont-care.example",
        [o("บ้านพักและดูแลผู้สูงอายุ 40 เตียง", "elderly_care_service")],
        [
            n("ชุดงานประดิษฐ์กระดาษสำหรับกิจกรรมผู้สูงวัย", "paper_craft_kit"),
            n("สมุดบันทึกตัวหนังสือใหญ่", "large_print_journal"),
            n("วิทยากรสอนทำกระดาษสา ครั้งละครึ่งวัน", "paper_making_workshop"),
        ],
    ),
    sme(
        83,
        TH,
        "ชุดคิทงานฝีมือผู้สูงวัยยโสธร",
        AGI,
        DOWN,
        "Yasothon",
        "yasothon.kit@isan-elder.example",
        [o("ชุดคิทประดิษฐ์การ์ดกระดาษสาพร้อมอุปกรณ์", "paper_craft_kit"), o("ซองใส่แว่นผ้าขิด", "glasses_case")],
        [n("กระดาษสาแผ่นเล็ก A5 คละสี", "saa_paper")],
    ),
    sme(
        84,
        TH,
        "คลินิกผู้สูงอายุบ้านไผ่",
        AGI,
        DOWN,
        "Khon Kaen",
        "banphai.clinic@kk-health.example",
        [],
        [
            n("แฟ้มผ้าใส่ประวัติคนไข้", "document_bag"),
            n("ซองแว่นตาผ้า แจกผู้ป่วยสูงอายุ", "glasses_case"),
        ],
    ),
    sme(
        85,
        EN,
        "Paper Trail Bookshop",
        AGC,
        DOWN,
        "Bangkok",
        "books@papertrail.example",
        [o("Independent bookshop with a stationery corner", "stationery_retail")],
        [
            n("Fabric-covered journals from Thai weavers", "cloth_cover_notebook"),
            n("Boxed greeting cards, OTOP not required", "greeting_card", waive=("OTOP",)),
        ],
    ),
    sme(
        86,
        TH,
        "ร้านค้าสหกรณ์วิทยาลัยอีสาน",
        AGI,
        DOWN,
        "Khon Kaen",
        "coop.shop@isan-college.example",
        [o("ขายเครื่องเขียนและของที่ระลึกของวิทยาลัย", "stationery_retail")],
        [
            n("กระเป๋าใส่ปากกาดินสอ แจกนักศึกษาใหม่ 3,000 ใบ", "pencil_case"),
            n("สมุดปกผ้าพิมพ์โลโก้ ต้องมีตรา OTOP", "cloth_cover_notebook", req=("OTOP",)),
        ],
    ),
    sme(
        87,
        EN,
        "Night Bazaar Souvenir House",
        HEMP,
        DOWN,
        "Chiang Mai",
        "shop@nightbazaar-souvenir.example",
        [o("Souvenir retail on Chang Klan Road", "souvenir_retail")],
        [
            n("Bo Sang umbrellas, assorted sizes", "saa_paper_umbrella"),
            n("Mulberry-paper diaries", "saa_paper_notebook"),
        ],
    ),
    sme(
        88,
        TH,
        "ร้านของฝากป่าตอง",
        AGC,
        DOWN,
        "Phuket",
        "patong.gift@phuket-souvenir.example",
        [o("ร้านขายของฝากนักท่องเที่ยว", "souvenir_retail")],
        [
            n("ผ้าห่อของขวัญ ลายไทย", "furoshiki_cloth"),
            n("ถุงกระดาษสีน้ำตาล ไม่ต้องมี FSC", "paper_bag", waive=("FSC",)),
        ],
    ),
    sme(
        89,
        EN,
        "Ao Nang Boutique Resort",
        AGC,
        DOWN,
        "Krabi",
        "purchasing@aonang-resort.example",
        [],
        [
            n("FSC-certified paper carrier bags for the spa shop", "paper_bag", req=("FSC",)),
            n("Key-card sleeves printed on FSC paper", "paper_printing_service", req=("FSC",)),
        ],
    ),
    sme(
        90,
        TH,
        "อุดรศึกษาภัณฑ์ ขายส่งเครื่องเขียน",
        AGI,
        DOWN,
        "Udon Thani",
        "udon.stationery@udon-shop.example",
        [o("ขายส่งเครื่องเขียน อุปกรณ์การเรียน", "stationery_retail")],
        [
            x(
                "สมุดนักเรียนได้ มอก. ไส้ 70 แกรม",
                "school exercise books: no one in the set makes them",
                req=("Thai Industrial Standard",),
            ),
            n("ถุงผ้าหูรูดใส่ชุดพละ", "drawstring_bag"),
        ],
    ),
    sme(
        91,
        EN,
        "Siam Corporate Gifts",
        AGC,
        DOWN,
        "Bangkok",
        "projects@siamcorpgifts.example",
        [o("Corporate gift sets curated from Thai makers", "gift_set_curation")],
        [
            n(
                "OTOP-certified handmade notebooks for a ministry order",
                "cloth_cover_notebook",
                "saa_paper_notebook",
                req=("OTOP",),
            ),
            n("Furoshiki-style wrap for gift sets, Fairtrade if possible", "furoshiki_cloth", waive=("Fairtrade",)),
            n("Kraft gift boxes with our logo", "kraft_box"),
        ],
    ),
    sme(
        92,
        TH,
        "ร้านการ์ดแต่งงานเพชรบุรี",
        AGC,
        DOWN,
        "Phetchaburi",
        "phet.wedding@phet-card.example",
        [o("ออกแบบการ์ดแต่งงานและของชำร่วย", "wedding_card_design")],
        [
            n("ริบบิ้นผ้าซาตินสีขาวงาช้าง", "satin_ribbon"),
        ],
    ),
    sme(
        93,
        EN,
        "Bangkok Art Supply",
        AGC,
        DOWN,
        "Bangkok",
        "buyer@bkkartsupply.example",
        [o("Art materials shop: paper, brushes, paints", "art_supply_retail")],
        [
            n(
                "Artist papers from natural fibres: cotton rag, banana, pineapple",
                "cotton_rag_paper",
                "banana_paper",
                "pineapple_paper",
            ),
            x("Lokta paper from Nepal", "imported lokta paper: no one in the set offers it"),
        ],
    ),
    sme(
        94,
        TH,
        "โรงเรียนผู้สูงอายุตำบลนางรอง",
        AGI,
        DOWN,
        "Buriram",
        "nangrong.elder@buriram-school.example",
        [],
        [n("ครูสอนทำกระดาษให้ผู้สูงอายุ 30 คน", "paper_making_workshop"), n("ชุดอุปกรณ์ทำการ์ดสำเร็จรูป", "paper_craft_kit")],
    ),
    sme(
        95,
        EN,
        "Songkhla Heritage Museum Shop",
        AGC,
        DOWN,
        "Songkhla",
        "shop@songkhla-heritage.example",
        [o("Museum gift shop in the old town", "souvenir_retail")],
        [
            n("Photo albums bound in Thai cloth", "photo_album"),
            n("Bookmarks of woven cloth", "bookmark"),
        ],
    ),
    # ---------------------------------------------------------------- end of data
]


# ====================================================================== links


def canonical(cert: str) -> str:
    return resolve_certification(cert) or cert


def qualified_suppliers(need: Need, buyer: Sme, smes: list[Sme]) -> list[str]:
    found = []
    for supplier in smes:
        if supplier.id == buyer.id:
            continue
        held = {canonical(c) for c in supplier.certifications}
        if not set(need.requires) <= held:
            continue
        if any(offer.label in need.labels for offer in supplier.offers):
            found.append(supplier.id)
    return found


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links = set()
    for buyer in smes:
        for need in buyer.needs:
            for supplier_id in qualified_suppliers(need, buyer, smes):
                links.add((supplier_id, buyer.id))
    return sorted(links)


# ====================================================================== checks

_ID = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
_LABEL = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_EMAIL = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
_THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
_THAI_LETTER = re.compile("[\u0e01-\u0e2e]")
_LATIN_LETTER = re.compile("[A-Za-z]")


def _mentions(cert: str) -> list[str]:
    for c in CERTIFICATIONS:
        if c.name == cert:
            return [c.name, c.full_name, *c.aliases, *c.mentions, *c.case_sensitive_mentions]
    return []


def _named_in(text: str, cert: str) -> bool:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return any(unicodedata.normalize("NFKC", m).casefold() in folded for m in _mentions(cert))


def _language_problem(text: str, language: str) -> str | None:
    if language == EN:
        if _THAI_CHAR.search(text):
            return "English text holds Thai letters"
        if any(ch.isalpha() and not _LATIN_LETTER.match(ch) for ch in text):
            return "English text holds non-Latin letters"
        return None
    thai = len(_THAI_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if thai < 2 or thai < 2 * latin:
        return "Thai text is not mostly Thai letters"
    return None


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    for i, s in enumerate(smes, start=1):
        where = s.id
        if not _ID.match(s.id) or s.id != f"{ID_PREFIX}-{i:03d}":
            errors.append(f"{where}: id out of sequence (expected {ID_PREFIX}-{i:03d})")
        if s.language not in LANGUAGES:
            errors.append(f"{where}: bad language {s.language!r}")
        if not s.name.strip() or s.name != s.name.strip():
            errors.append(f"{where}: bad name")
        problem = _language_problem(s.name, s.language)
        if problem:
            errors.append(f"{where}: name: {problem}")
        if s.sub_cluster not in SubCluster or s.stage not in Stage:
            errors.append(f"{where}: bad sub-cluster or stage")
        if resolve_province(s.province) is None or _THAI_CHAR.search(s.province):
            errors.append(f"{where}: province {s.province!r} does not resolve to an English name")
        if not _EMAIL.match(s.email):
            errors.append(f"{where}: bad email {s.email!r}")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        if len(set(s.bcg)) != len(s.bcg) or any(tag not in BcgTag for tag in s.bcg):
            errors.append(f"{where}: bad bcg tags")
        held = set()
        for cert in s.certifications:
            name = resolve_certification(cert)
            if name is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
            held.add(name)
        texts = [offer.text for offer in s.offers] + [need.text for need in s.needs]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: repeated phrase")
        for text in texts:
            if not text.strip() or text != text.strip() or "  " in text:
                errors.append(f"{where}: bad spacing in {text!r}")
            problem = _language_problem(text, s.language)
            if problem:
                errors.append(f"{where}: {problem}: {text!r}")
        for offer in s.offers:
            if not _LABEL.match(offer.label):
                errors.append(f"{where}: bad label {offer.label!r}")
            claimed = find_certifications(offer.text)
            if not claimed <= held:
                errors.append(f"{where}: offer claims {sorted(claimed - held)} not held: {offer.text!r}")
        for need in s.needs:
            errors += _check_need(s, need, smes)
    return errors


def _check_need(buyer: Sme, need: Need, smes: list[Sme]) -> list[str]:
    errors = []
    where = f"{buyer.id} need {need.text!r}"
    for cert in (*need.requires, *need.waives):
        if canonical(cert) != cert:
            errors.append(f"{where}: write certification {cert!r} by its canonical name")
        if not _named_in(need.text, cert):
            errors.append(f"{where}: certification {cert!r} is not named in the text")
    if set(need.requires) & set(need.waives):
        errors.append(f"{where}: a certification both required and waived")
    for cert in need.requires:
        if cert not in find_certifications(need.text):
            errors.append(f"{where}: required {cert!r} is not read as required from the text")
    stray = find_certifications(need.text) - set(need.requires) - set(need.waives)
    if stray:
        errors.append(f"{where}: text names {sorted(stray)} but the need neither requires nor waives it")
    for label in need.labels:
        if not any(label in {o.label for o in s.offers} for s in smes if s.id != buyer.id):
            errors.append(f"{where}: no one but the buyer offers {label!r}")
    suppliers = qualified_suppliers(need, buyer, smes)
    if need.unmet and suppliers:
        errors.append(f"{where}: marked unmet but met by {suppliers}")
    if not need.unmet and not suppliers:
        errors.append(f"{where}: met by no one but not marked unmet")
    if not need.unmet and not need.labels:
        errors.append(f"{where}: a met need lists no labels")
    for offer in buyer.offers:
        if offer.text == need.text:
            errors.append(f"{where}: need repeats an offer")
    return errors


def check_sizes(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors = []
    if len(smes) != N_PROFILES:
        errors.append(f"{len(smes)} profiles, want {N_PROFILES}")
    thai = sum(s.language == TH for s in smes) / max(1, len(smes))
    if not THAI_SHARE[0] <= thai <= THAI_SHARE[1]:
        errors.append(f"Thai share {thai:.2f} outside {THAI_SHARE}")
    if not LINKS_RANGE[0] <= len(links) <= LINKS_RANGE[1]:
        errors.append(f"{len(links)} links outside {LINKS_RANGE}")
    lang = {s.id: s.language for s in smes}
    cross = sum(lang[a] != lang[b] for a, b in links) / max(1, len(links))
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    needs = [(s, need) for s in smes for need in s.needs]
    unmet = sum(bool(need.unmet) for _, need in needs)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        errors.append(f"{unmet} unmet needs outside {UNMET_RANGE}")
    met_counts = [len(qualified_suppliers(need, s, smes)) for s, need in needs if not need.unmet]
    few = sum(1 <= c <= 3 for c in met_counts)
    if met_counts and few / len(met_counts) < 0.7:
        errors.append(f"only {few} of {len(met_counts)} met needs are met by 1-3 suppliers")
    return errors


# ====================================================================== output


def profile_json(s: Sme) -> str:
    row: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster.value,
        "stage": s.stage.value,
        "province": s.province,
        "offers": [offer.text for offer in s.offers],
        "needs": [need.text for need in s.needs],
    }
    if s.certifications:
        row["certifications"] = list(s.certifications)
    if s.bcg:
        row["bcg"] = [tag.value for tag in s.bcg]
    row["contact_email"] = s.email
    row["language"] = s.language
    return json.dumps(row, ensure_ascii=False)


def counts_table(smes: list[Sme], links: list[tuple[str, str]]) -> str:
    by_id = {s.id: s for s in smes}
    rows: list[tuple[str, str]] = []

    def add(name: str, value: object) -> None:
        rows.append((name, str(value)))

    add("profiles", len(smes))
    add("Thai / English", f"{sum(s.language == TH for s in smes)} / {sum(s.language == EN for s in smes)}")
    for sub in SubCluster:
        add(f"sub-cluster {sub.value}", sum(s.sub_cluster == sub for s in smes))
    for stage in Stage:
        add(f"stage {stage.value}", sum(s.stage == stage for s in smes))
    regions = Counter(resolve_province(s.province).region for s in smes)  # type: ignore[union-attr]
    for region, count in sorted(regions.items(), key=lambda item: (-item[1], item[0].value)):
        add(f"region {region.value}", count)
    add("distinct provinces", len({resolve_province(s.province).name_en for s in smes}))  # type: ignore[union-attr]
    offers = [offer for s in smes for offer in s.offers]
    add("offers", len(offers))
    add("distinct offer labels", len({offer.label for offer in offers}))
    needs = [need for s in smes for need in s.needs]
    unmet = sum(bool(need.unmet) for need in needs)
    add("needs", len(needs))
    add("needs met / met by no one", f"{len(needs) - unmet} / {unmet}")
    add("needs requiring a certification", sum(bool(need.requires) for need in needs))
    add("needs waiving a certification", sum(bool(need.waives) for need in needs))
    add("true links", len(links))
    th_en = sum(by_id[a].language == TH and by_id[b].language == EN for a, b in links)
    en_th = sum(by_id[a].language == EN and by_id[b].language == TH for a, b in links)
    cross = th_en + en_th
    add("links Thai supplier -> English buyer", th_en)
    add("links English supplier -> Thai buyer", en_th)
    add("cross-language links (share)", f"{cross} ({100 * cross / max(1, len(links)):.0f} %)")
    add("within-language links", len(links) - cross)
    add("links between different sub-clusters", sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links))
    width = max(len(name) for name, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {name.ljust(width)} | {value} |" for name, value in rows]
    return "\n".join(lines)


README = """\
# `blind_plain_stationery`: hand-labelled partner matching, paper and stationery with textiles

## What the set checks

Whether the matcher finds the true supplier-buyer pairs among {profiles} SME profiles that it has
never seen, written as plain registry entries: one short phrase per offer or need, in Thai or English.
The theme is paper, books and stationery with textiles: saa (paper-mulberry) bark, pulp and paper,
handmade paper from banana, pineapple leaf and cotton rag, book cloth and bookbinding, cloth-covered
notebooks, pencil cases and document bags, photo albums, greeting cards with fabric inlays, wrapping
cloth, ribbons and twine, printing on paper and cloth, paper bags and kraft packaging, lanyards and race
bibs, shops and institutions that buy, and workshops that teach paper making, next to the ordinary
fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

The same goods are written in many ways (local names such as ห้อม, คราม, ปอกระสา, ผ้าหม้อห้อม;
trade words, abbreviations, quantities, prices and minimum orders), and a need is worded differently
from the offers that meet it, often in the other language. Hard but fair cases: a service against the
goods it works on (dyeing or sewing the customer's cloth against dyed cloth or finished pouches;
papermaking from the customer's own fibre against paper); waste and used goods against new; raw against
processed (bark, pulp, paper, notebook; fibre, yarn, cloth); finished goods described by their material
or technique; needs written as a wish, a bare noun phrase or a question; refusals ("no synthetic dye",
"ไม่เอาผ้าโพลี"); needs that require a named certification and needs that name one only to waive it;
and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile JSONL version 1 and the links
CSV), `shared/taxonomy.py` with its data files, and the ruff settings; not the matcher, its glossary,
its tests, other evaluation sets or the project's data. All data lives in `write.py`, which checks it and
writes the files below. Labels live only in `write.py`; the profiles carry no labels.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` against `indigo_dyeing_service`, `saa_bark` against `saa_pulp` against
`saa_paper` against `saa_paper_notebook`). Every need lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of the
buyer's needs and the supplier's certifications hold every certification that need requires. An SME is
never linked to itself. Shared words play no part; quantities, prices and places never decide a link. A
certification named only to waive it ("OTOP not required", "ไม่ต้องมี FSC") is not required.

Before writing, the script checks: ids unique and well-formed; every contract field valid (sub-cluster,
stage and BCG tags are the taxonomy's values, every province resolves with `resolve_province`, every
certification with `resolve_certification`); every label a need lists is offered by someone other than
the buyer; every met need has a qualified supplier and every unmet one has none; a required or waived
certification is named in the need's text; Thai phrases are mostly Thai letters and English ones Latin
only; the size targets. It writes nothing if a check fails, and two runs give identical bytes.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_stationery/write.py

## Files

- `write.py`: the data, the checks and the writer.
- `profiles.jsonl`: {profiles} profiles, ids `{first}` to `{last}`, contract JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def main() -> int:
    errors = check(SMES)
    links = true_links(SMES) if not errors else []
    if not errors:
        errors += check_sizes(SMES, links)
    if "-v" in sys.argv[1:]:
        for s in SMES:
            for need in s.needs:
                found = qualified_suppliers(need, s, SMES)
                print(f"{s.id} {s.language} {len(found)} {need.text} -> {found} {need.unmet}")
    if errors:
        for error in errors:
            print("error:", error, file=sys.stderr)
        if links or not check(SMES):
            print(counts_table(SMES, true_links(SMES)), file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    table = counts_table(SMES, links)
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    link_rows = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    readme = README.format(profiles=len(SMES), first=SMES[0].id, last=SMES[-1].id, table=table)
    for name, content in (("profiles.jsonl", profiles), ("links.csv", link_rows), ("README.md", readme)):
        (HERE / name).write_text(content, encoding="utf-8", newline="\n")
    print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
