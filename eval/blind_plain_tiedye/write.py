"""Write the hand-labelled tie-dye, shibori and eco-print evaluation set.

Run from the repository root:

    .venv/bin/python eval/blind_plain_tiedye/write.py

It checks the data first and writes nothing if a check fails; then it writes
profiles.jsonl, links.csv and README.md next to itself and prints the counts table.
Offer labels and need labels live only in this file.
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ID_PREFIX = "bti"
N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS_RANGE = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (17, 23)


def load_taxonomy() -> ModuleType:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return importlib.import_module("shared.taxonomy")


# ------------------------------------------------------------------ data model


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
    unmet: str = ""


@dataclass(frozen=True)
class Sme:
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...]
    bcg: tuple[str, ...]


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def u(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req` say what would meet it, if anything."""
    return Need(text, labels, req, (), note)


HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"
OT = "Organic Thailand"
OEKO = "OEKO-TEX Standard 100"
PEACOCK = "Thai Silk Peacock Emblem"


def sme(
    lang: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    offers: list[Offer],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(lang, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg)


# ------------------------------------------------------------------ the profiles

SMES: list[Sme] = [
    # --- upstream: fibre and yarn
    sme(
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์บ้านนาอ้อ",
        HEMP,
        UP,
        "Loei",
        "naor.cotton@gmail.com",
        [
            o("ฝ้ายดิบ ปุยฝ้ายพันธุ์พื้นเมือง ขั้นต่ำ 20 กก.", "raw_cotton"),
            o("ฝ้ายเข็นมือ สีขาวตุ่น ขายเป็นไจ", "handspun_cotton_yarn"),
        ],
        [u("เมล็ดพันธุ์ฝ้ายตุ่ย ฝ้ายแดง สำหรับปลูกฤดูหน้า", "no one sells cotton seed")],
        certs=(OT,),
        bcg=("bio",),
    ),
    sme(
        "en",
        "Nan Highland Cotton Group",
        HEMP,
        UP,
        "Nan",
        "hello@nanhighlandcotton.com",
        [o("Ginned cotton lint, native short staple, 50 kg bales", "raw_cotton")],
        [u("Jute sacks for baling, 500 pcs", "no one sells sacks")],
        bcg=("bio",),
    ),
    sme(
        "th",
        "กลุ่มแม่บ้านเข็นฝ้าย บ้านโนนสะอาด",
        ALI,
        UP,
        "Kalasin",
        "nonsaard.spin@gmail.com",
        [o("ด้ายฝ้ายเข็นมือ เส้นใหญ่ ไจละ 100 กรัม", "handspun_cotton_yarn")],
        [n("ปุยฝ้าย หรือ ฝ้ายที่อีดเมล็ดออกแล้ว", "raw_cotton")],
    ),
    sme(
        "th",
        "ฝ้ายเข็นดอยเต่า",
        HEMP,
        UP,
        "Chiang Mai",
        "doitao.fai@hotmail.com",
        [o("เส้นฝ้ายปั่นมือ ไม่ฟอกขาว ส่งโรงทอ", "handspun_cotton_yarn")],
        [n("ฝ้ายดอก ฝ้ายปุยจากไร่ ซื้อทั้งปี", "raw_cotton")],
    ),
    sme(
        "en",
        "Mahachai Spinning Co., Ltd.",
        HEMP,
        UP,
        "Samut Sakhon",
        "sales@mahachaispinning.co.th",
        [
            o("Combed cotton yarn Ne 30/1 on cones, OEKO-TEX", "mill_cotton_yarn"),
            o("Carded cotton yarn Ne 20/1 for weaving", "mill_cotton_yarn"),
        ],
        [],
        certs=(OEKO,),
    ),
    sme(
        "en",
        "Organic Thread Siam",
        HEMP,
        UP,
        "Chiang Rai",
        "info@organicthreadsiam.com",
        [o("GOTS organic cotton yarn 20s, undyed, 5 kg cones", "organic_cotton_yarn")],
        [n("Cotton lint from Thai farms, Organic Thailand certified", "raw_cotton", req=(OT,))],
        certs=("GOTS", "OCS"),
        bcg=("bio", "green"),
    ),
    sme(
        "th",
        "ไร่ฝ้ายอินทรีย์ ปากช่อง",
        HEMP,
        UP,
        "Nakhon Ratchasima",
        "pakchong.organic@gmail.com",
        [o("ด้ายฝ้ายอินทรีย์ ปั่นเครื่อง เบอร์ 20 ไม่ย้อม", "organic_cotton_yarn")],
        [],
        certs=(OT,),
        bcg=("bio",),
    ),
    sme(
        "th",
        "กลุ่มกัญชงม้ง บ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        "maesamai.hemp@gmail.com",
        [o("เปลือกกัญชงลอกมือ ตากแห้ง", "hemp_fibre"), o("ด้ายกัญชงต่อมือ ม้วนละ 1 กก.", "hemp_yarn")],
        [u("ขี้เถ้าไม้ ใช้ต้มฟอกเส้นกัญชง", "no one sells wood ash")],
        bcg=("bio",),
    ),
    sme(
        "en",
        "Phetchabun Hemp Works",
        HEMP,
        UP,
        "Phetchabun",
        "office@pbhempworks.com",
        [o("Degummed hemp yarn Nm 10, natural beige", "hemp_yarn")],
        [n("Hand-stripped hemp bast, by the kilo", "hemp_fibre")],
        bcg=("bio",),
    ),
    sme(
        "en",
        "ReLoop Fibre Recycling",
        CIRC,
        UP,
        "Samut Prakan",
        "sourcing@reloopfibre.com",
        [o("Recycled cotton yarn, pre-consumer, GRS, Ne 12", "recycled_cotton_yarn")],
        [n("White cotton cutting scraps, sorted, no polyester", "cotton_offcuts")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    # --- upstream: waste, used clothes, dyes and tools
    sme(
        "th",
        "ร้านรับซื้อเศษผ้า ช.เจริญ",
        CIRC,
        UP,
        "Samut Prakan",
        "chor.charoen.scrap@gmail.com",
        [
            o("เศษผ้าคอตตอน 100% คัดสีขาว จากโรงงานเสื้อยืด", "cotton_offcuts"),
            o("เศษผ้ากีฬา โพลีเอสเตอร์ กิโลละ 3 บาท", "polyester_offcuts"),
        ],
        [n("เสื้อยืดเก่า ทุกสภาพ ชั่งกิโล", "secondhand_clothing", "used_cotton_tees")],
        bcg=("circular",),
    ),
    sme(
        "th",
        "เสื้อผ้ามือสอง โรงเกลือ เจ๊นิด",
        CIRC,
        UP,
        "Sa Kaeo",
        "jenid.rongklua@gmail.com",
        [o("เสื้อผ้ามือสอง เปิดกระสอบ ยกกระสอบ 100 กก.", "secondhand_clothing")],
        [],
        bcg=("circular",),
    ),
    sme(
        "en",
        "Second Wear Sorting Centre",
        CIRC,
        UP,
        "Bangkok",
        "ops@secondwear.co.th",
        [o("Sorted used white cotton tees, grade B, for upcycling", "used_cotton_tees")],
        [n("Overdyeing of sorted used garments in black or navy", "garment_dyeing_service")],
        bcg=("circular",),
    ),
    sme(
        "th",
        "บ้านห้อมแท้ ทุ่งโฮ้ง",
        HEMP,
        UP,
        "Phrae",
        "baanhom.thunghong@gmail.com",
        [o("ห้อมเปียก พร้อมก่อหม้อ ถุงละ 1 กก.", "hom_indigo_paste")],
        [n("หม้อดินใบใหญ่ หรือ โอ่ง ไว้ก่อหม้อห้อม", "dye_vat")],
        bcg=("bio",),
    ),
    sme(
        "th",
        "วิสาหกิจชุมชนครามบ้านดอนกอย",
        ALI,
        UP,
        "Sakon Nakhon",
        "donkoi.kram@gmail.com",
        [o("เนื้อครามธรรมชาติ ปลอดสารเคมี กิโลละ 250 บาท", "natural_indigo")],
        [n("ปูนขาว สำหรับหมักคราม", "dye_auxiliaries")],
        certs=(OT,),
        bcg=("bio",),
    ),
    sme(
        "en",
        "Udon Indigo Farm",
        HEMP,
        UP,
        "Udon Thani",
        "farm@udonindigo.com",
        [
            o("Fermented indigo paste, 5 kg tubs", "natural_indigo"),
            o("Dried indigo powder, 500 g packs", "natural_indigo"),
        ],
        [u("Indigofera tinctoria seeds for planting", "no one sells indigo seed")],
        bcg=("bio",),
    ),
    sme(
        "th",
        "ครั่งลำพูน ส่งตรงจากสวน",
        HEMP,
        UP,
        "Lamphun",
        "krang.lamphun@gmail.com",
        [o("ครั่งดิบ ครั่งติดกิ่ง ให้สีแดง", "plant_dye_material"), o("แก่นฝางสับ ถุงละ 1 กก.", "plant_dye_material")],
        [u("ถุงกระดาษคราฟท์ พิมพ์โลโก้ร้าน", "no packaging printer in the set")],
        bcg=("bio",),
    ),
    sme(
        "en",
        "Lanna Dye Garden",
        HEMP,
        UP,
        "Chiang Mai",
        "garden@lannadye.com",
        [
            o("Dried marigold, turmeric and mango bark for dyeing", "plant_dye_material"),
            o("Fresh teak and eucalyptus leaves for eco-printing", "ecoprint_leaves"),
        ],
        [n("Who sells potash alum by the 25 kg sack?", "mordant")],
        certs=(OT,),
        bcg=("bio",),
    ),
    sme(
        "th",
        "ใบไม้พิมพ์ผ้า บ้านทุ่งฝาย",
        HEMP,
        UP,
        "Lampang",
        "baimai.thungfai@gmail.com",
        [o("ใบสัก ใบหูกวาง ใบมะยม แช่เย็น ส่งทั่วประเทศ", "ecoprint_leaves")],
        [],
        bcg=("bio",),
    ),
    sme(
        "th",
        "ร้านสีย้อมผ้า ฮั่วเส็ง สำเพ็ง",
        ALC,
        UP,
        "Bangkok",
        "huaseng.dye@gmail.com",
        [o("สีย้อมเย็น สีมัดย้อม ซองละ 25 บาท", "synthetic_dye"), o("สารส้ม จุนสี น้ำสนิม ช่วยติดสี", "mordant")],
        [u("ขวดบีบพลาสติก ขนาด 250 มล. ยกลัง", "no one sells plastic bottles")],
    ),
    sme(
        "en",
        "Siam ChemTex Supplies",
        ALC,
        UP,
        "Chonburi",
        "orders@siamchemtex.com",
        [
            o("Procion MX reactive and disperse dyes, 1 kg tins", "synthetic_dye"),
            o("Soda ash, slaked lime, sodium hydrosulphite", "dye_auxiliaries"),
        ],
        [],
        certs=("ISO 9001",),
    ),
    sme(
        "th",
        "โคลนย้อมผ้า เกาะยอ",
        HEMP,
        UP,
        "Songkhla",
        "kohyor.mud@gmail.com",
        [o("โคลนป่าชายเลน กรองแล้ว ถังละ 20 ลิตร", "dyeing_mud")],
        [n("เปลือกมะพูด เปลือกประโหด ตากแห้ง", "plant_dye_material")],
        bcg=("bio",),
    ),
    sme(
        "th",
        "โรงโอ่งศิลป์ดินเผา ราชบุรี",
        ALC,
        MID,
        "Ratchaburi",
        "silpdinpao.rb@gmail.com",
        [o("โอ่งมังกร 100-200 ลิตร ใช้ก่อหม้อคราม", "dye_vat")],
        [],
    ),
    sme(
        "en",
        "Bangkok Craft Supply House",
        ALC,
        MID,
        "Bangkok",
        "shop@bkkcraftsupply.com",
        [
            o("Shibori clamps, wooden shapes and C-clamps", "shibori_tools"),
            o("Cotton twine, sinew and rubber bands", "binding_string"),
        ],
        [u("PVC poles cut to size for arashi wrapping", "no one cuts pipe")],
    ),
    # --- midstream: cloth, blanks and dyeing
    sme(
        "th",
        "โรงทอผ้าดิบ ส.สมบูรณ์",
        ALC,
        MID,
        "Nakhon Pathom",
        "sor.somboon.weaving@gmail.com",
        [o("ผ้าดิบ ทอเครื่อง หน้ากว้าง 60 นิ้ว ม้วนละ 50 หลา", "undyed_cotton_fabric_mill")],
        [
            n("ด้ายฝ้ายปั่นเครื่อง เบอร์ 20 ลูกละ 2.5 กก.", "mill_cotton_yarn", "organic_cotton_yarn"),
            n("ด้ายรีไซเคิล ได้ใบรับรอง GRS ทอผ้าดิบรุ่นรักษ์โลก", "recycled_cotton_yarn", req=("GRS",)),
        ],
    ),
    sme(
        "en",
        "Sakhon Textile Mill",
        ALC,
        MID,
        "Samut Sakhon",
        "mill@sakhontextile.com",
        [
            o("PFD cotton poplin, 58 in, ready for dyeing", "undyed_cotton_fabric_mill"),
            o("White cotton jersey 180 gsm, by the roll", "undyed_cotton_knit"),
        ],
        [n("Combed yarn Ne 30/1, OEKO-TEX certified", "mill_cotton_yarn", req=(OEKO,))],
        certs=(OEKO,),
    ),
    sme(
        "th",
        "กลุ่มทอผ้าฝ้าย บ้านหนองเขื่อนช้าง",
        ALI,
        MID,
        "Maha Sarakham",
        "nongkhuean.weave@gmail.com",
        [o("ผ้าฝ้ายทอมือ สีขาวธรรมชาติ ยังไม่ย้อม", "undyed_cotton_fabric_handwoven")],
        [n("เส้นด้ายปั่นมือ สำหรับกี่พื้นเมือง", "handspun_cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        "th",
        "กลุ่มทอผ้าไหม บ้านท่าสว่าง",
        ALI,
        MID,
        "Surin",
        "thasawang.silk@gmail.com",
        [o("ผ้าไหมพื้นขาว ยังไม่ย้อม สำหรับมัดย้อม", "undyed_silk_fabric")],
        [n("ครามผงหรือครามเปียก ย้อมไหม", "natural_indigo")],
        certs=(PEACOCK,),
    ),
    sme(
        "en",
        "Doi Hemp Textiles",
        HEMP,
        MID,
        "Chiang Mai",
        "studio@doihemp.com",
        [o("Hand-loomed hemp cloth, undyed, 45 cm wide", "undyed_hemp_fabric")],
        [n("Hand-spliced hemp thread, Hmong style", "hemp_yarn")],
        bcg=("bio", "green"),
    ),
    sme(
        "th",
        "สมใจการ์เมนท์ เสื้อยืดเปล่า ประตูน้ำ",
        ALC,
        MID,
        "Bangkok",
        "somjai.garment@gmail.com",
        [o("เสื้อยืดคอกลมสีขาว คอตตอน 100% ไม่สกรีน โหลละ 480", "blank_tshirts")],
        [
            n("ผ้ายืดคอตตอนขาว ม้วน", "undyed_cotton_knit"),
            n("โรงย้อมผ้ายืด ย้อมสีพื้นเป็นม้วน", "bulk_fabric_dyeing_service"),
        ],
    ),
    sme(
        "en",
        "BlankCo Garments",
        ALC,
        MID,
        "Samut Prakan",
        "sales@blankco.asia",
        [
            o("Blank cotton tees, PFD, S-3XL, MOQ 50", "blank_tshirts"),
            o("Blank cotton tote bags 14 x 16 in", "blank_tote_bags"),
            o("Ready-to-dye cotton bandanas and scarves", "blank_scarves_bandanas"),
        ],
        [n("Cotton single jersey for tees, white, by the roll", "undyed_cotton_knit")],
        certs=(OEKO,),
    ),
    sme(
        "th",
        "มัดย้อมป้าศรี",
        HEMP,
        MID,
        "Chiang Mai",
        "paasri.tiedye@gmail.com",
        [
            o("รับมัดย้อมเสื้อของลูกค้า ขั้นต่ำ 30 ตัว", "tie_dye_service"),
            o("ผ้ามัดย้อมสีรุ้ง หลาละ 120 บาท", "tie_dye_fabric"),
        ],
        [n("สีย้อมผ้าฝ้ายแบบย้อมเย็น", "synthetic_dye")],
    ),
    sme(
        "en",
        "Dip & Twist Studio",
        CIRC,
        MID,
        "Bangkok",
        "hi@dipandtwist.studio",
        [o("Custom tie-dye on your garments or merch", "tie_dye_service")],
        [
            n("Plain white cotton T-shirts in bulk, OEKO-TEX a plus", "blank_tshirts", waive=(OEKO,)),
            n("Fibre-reactive dye in primary colours", "synthetic_dye"),
        ],
    ),
    sme(
        "th",
        "ภูเก็ตมัดย้อม บ้านกะทู้",
        CIRC,
        MID,
        "Phuket",
        "kathu.tiedye@gmail.com",
        [
            o("รับมัดย้อม ผ้าชายหาด ผ้าโสร่ง ของลูกค้า", "tie_dye_service"),
            o("สอนมัดย้อมนักท่องเที่ยว รอบละ 2 ชั่วโมง", "tie_dye_class"),
        ],
        [
            u("ผ้าเรยอนสีขาว ทำผ้าชายหาด", "no one offers rayon cloth"),
            n("กระเป๋าผ้าดิบเปล่า ให้ลูกค้ามัดย้อมเอง", "blank_tote_bags"),
        ],
    ),
    sme(
        "th",
        "ศูนย์ย้อมคราม บ้านพังโคน",
        ALI,
        MID,
        "Sakon Nakhon",
        "phangkhon.kram@gmail.com",
        [
            o("รับย้อมครามผ้าของลูกค้า ย้อมซ้ำ 5-7 รอบ", "indigo_dyeing_service"),
            o("ผ้าฝ้ายมัดย้อมคราม ลายชิโบริ", "indigo_shibori_fabric"),
            o("ผ้าพันคอฝ้ายย้อมคราม", "indigo_scarf"),
        ],
        [n("ผ้าฝ้ายขาวทอมือ ไว้ย้อมคราม", "undyed_cotton_fabric_handwoven")],
        certs=("OTOP",),
    ),
    sme(
        "en",
        "Phrae Indigo Dyehouse",
        HEMP,
        MID,
        "Phrae",
        "dye@phraeindigo.com",
        [
            o("Indigo vat dyeing of customer cotton, linen or hemp", "indigo_dyeing_service"),
            o("Mo Hom indigo cotton, plain, by the metre", "indigo_plain_fabric"),
        ],
        [n("Hom (Strobilanthes) paste, steady monthly supply", "hom_indigo_paste")],
        bcg=("bio",),
    ),
    sme(
        "th",
        "อีโคปริ้นท์ ลำปาง",
        HEMP,
        MID,
        "Lampang",
        "ecoprint.lampang@gmail.com",
        [o("รับพิมพ์ใบไม้ลงผ้าของลูกค้า", "ecoprint_service"), o("ผ้าฝ้ายพิมพ์ลายใบไม้ หลาละ 350", "ecoprint_fabric")],
        [n("สารช่วยติดสี สารส้ม สนิมเหล็ก", "mordant")],
        bcg=("bio",),
    ),
    sme(
        "en",
        "Leaf & Cloth Chiang Rai",
        HEMP,
        MID,
        "Chiang Rai",
        "leafandcloth@gmail.com",
        [
            o("Eco-print service on your silk or cotton", "ecoprint_service"),
            o("Eco-printed silk scarves", "ecoprint_scarf"),
        ],
        [
            n("White silk for printing, Peacock Emblem not required", "undyed_silk_fabric", waive=(PEACOCK,)),
            n("Eucalyptus leaves, fresh or frozen", "ecoprint_leaves"),
        ],
        bcg=("bio",),
    ),
    sme(
        "th",
        "ผ้าย้อมโคลน บ้านนาต้นจั่น",
        ALC,
        MID,
        "Sukhothai",
        "natonchan.mud@gmail.com",
        [o("รับย้อมโคลนผ้าของลูกค้า", "mud_dyeing_service"), o("ผ้าฝ้ายย้อมโคลน สีเทาน้ำตาล", "mud_dyed_fabric")],
        [n("โคลนทะเล โคลนป่าโกงกาง", "dyeing_mud")],
    ),
    sme(
        "th",
        "โรงย้อมสยามคัลเลอร์ มหาชัย",
        ALC,
        MID,
        "Samut Sakhon",
        "siamcolour.dyeing@gmail.com",
        [
            o("รับย้อมผ้าม้วน ย้อมรีแอคทีฟ ขั้นต่ำ 300 กก.", "bulk_fabric_dyeing_service"),
            o("รับย้อมเสื้อสำเร็จรูป สีพื้น", "garment_dyeing_service"),
        ],
        [u("ระบบบำบัดน้ำเสีย สำหรับโรงย้อม", "no wastewater treatment supplier")],
        certs=(OEKO, "ISO 9001"),
    ),
    sme(
        "en",
        "Rayong Performance Dyeing",
        SPORT,
        MID,
        "Rayong",
        "plant@rayongperformance.com",
        [o("Dyeing of polyester and nylon sportswear fabric", "synthetic_fabric_dyeing_service")],
        [u("Disperse dyes, bluesign approved", "no dye seller holds bluesign", "synthetic_dye", req=("bluesign",))],
        certs=("ISO 14001",),
    ),
    sme(
        "th",
        "กลุ่มตัดเย็บแม่บ้าน บางใหญ่",
        ALC,
        MID,
        "Nonthaburi",
        "bangyai.sewing@gmail.com",
        [o("รับตัดเย็บเสื้อผ้าตามแบบ ใช้ผ้าลูกค้า", "sewing_service")],
        [n("เศษผ้าฝ้าย ทำผ้าขี้ริ้ว", "cotton_offcuts")],
    ),
    sme(
        "th",
        "กลุ่มผู้สูงอายุตัดเย็บ บ้านโนนทัน",
        ALI,
        MID,
        "Khon Kaen",
        "nonthan.elderly@gmail.com",
        [o("รับเย็บย่าม กระเป๋าผ้า ตามสั่ง", "bag_sewing_service")],
        [u("จักรเย็บผ้าอุตสาหกรรม มือสอง", "no one sells sewing machines")],
    ),
    sme(
        "en",
        "CMT Works Bangkok",
        ALC,
        MID,
        "Bangkok",
        "production@cmtworks.co.th",
        [o("Cut-make-trim for small labels, MOQ 100 pcs", "sewing_service")],
        [u("Woven labels and hangtags", "no trims maker in the set")],
    ),
    sme(
        "en",
        "Chonburi Sublimation Lab",
        SPORT,
        MID,
        "Chonburi",
        "print@chonburisublab.com",
        [o("Sublimation printing on polyester, tie-dye effect artwork", "sublimation_printing_service")],
        [u("Sublimation transfer paper rolls, 44 in", "no paper supplier")],
    ),
    sme(
        "th",
        "สกรีนเสื้อ ลาดพร้าว 71",
        ALC,
        MID,
        "Bangkok",
        "screen.ladprao71@gmail.com",
        [o("รับสกรีนเสื้อยืด งานด่วน 3 วัน", "screen_printing_service")],
        [],
    ),
    sme(
        "th",
        "ปายมัดย้อม",
        HEMP,
        MID,
        "Mae Hong Son",
        "pai.madyom@gmail.com",
        [
            o("ผ้ามัดย้อมลายก้นหอย สีสด ขายเป็นเมตร", "tie_dye_fabric"),
            o("เสื้อยืดมัดย้อม ลายสไปรัล", "tie_dye_clothing"),
        ],
        [n("เสื้อคอตตอนขาว ไว้มัดย้อม ไซซ์ M-XL", "blank_tshirts"), n("อยากได้บูธขายของ ตามงานคราฟต์", "fair_booth")],
    ),
    sme(
        "en",
        "Krabi Tie-Dye House",
        CIRC,
        MID,
        "Krabi",
        "aloha@krabitiedye.com",
        [
            o("Tie-dyed cotton sarong lengths, 2 m", "tie_dye_fabric"),
            o("Hand tie-dyed rompers and shorts", "tie_dye_clothing"),
        ],
        [n("Cold-water dye powder, bright colours", "synthetic_dye")],
    ),
    sme(
        "en",
        "Isan Shibori Studio",
        ALI,
        MID,
        "Udon Thani",
        "studio@isanshibori.com",
        [o("Arashi and itajime shibori cotton, natural indigo", "indigo_shibori_fabric")],
        [n("Wooden boards and clamps for itajime", "shibori_tools")],
    ),
    sme(
        "th",
        "ผ้าหม้อห้อม ป้าเหลือง",
        HEMP,
        MID,
        "Phrae",
        "mohom.paaluang@gmail.com",
        [
            o("ผ้าหม้อห้อมพื้น สีกรมท่าเข้ม ม้วนละ 20 เมตร", "indigo_plain_fabric"),
            o("เสื้อม่อฮ่อม คอจีน ผ่าหน้า", "indigo_clothing"),
        ],
        [n("ช่างเย็บเสื้อ รับงานจำนวนมาก", "sewing_service")],
        certs=("OTOP",),
    ),
    sme(
        "th",
        "ผ้าครามบ้านนาดี กาฬสินธุ์",
        ALI,
        MID,
        "Kalasin",
        "nadee.kram@gmail.com",
        [o("ผ้าฝ้ายทอมือย้อมคราม สีพื้น", "indigo_plain_fabric")],
        [n("ครามหมัก ถังละ 10 กก.", "natural_indigo")],
        certs=("OTOP",),
    ),
    sme(
        "th",
        "ผ้าย้อมสีธรรมชาติ ป่าซาง",
        HEMP,
        MID,
        "Lamphun",
        "pasang.naturaldye@gmail.com",
        [o("ผ้าฝ้ายย้อมครั่ง ย้อมฝาง สีแดงอมชมพู", "plant_dyed_fabric")],
        [
            n("สารช่วยย้อมจากธรรมชาติ เช่น สารส้ม", "mordant"),
            n("แก่นไม้ เปลือกไม้ ย้อมสี ไม่จำเป็นต้องมีมาตรฐานเกษตรอินทรีย์", "plant_dye_material", waive=(OT,)),
        ],
        bcg=("bio",),
    ),
    sme(
        "en",
        "Nan Natural Colours",
        HEMP,
        MID,
        "Nan",
        "colours@nannatural.com",
        [o("Plant-dyed cotton cloth: lac, ebony, jackfruit wood", "plant_dyed_fabric")],
        [n("Handwoven cotton, undyed, from village weavers", "undyed_cotton_fabric_handwoven")],
        bcg=("bio",),
    ),
    sme(
        "en",
        "Lanna Eco Print Co.",
        HEMP,
        MID,
        "Chiang Mai",
        "hello@lannaecoprint.com",
        [
            o("Botanical eco-print fabric, linen and cotton", "ecoprint_fabric"),
            o("Eco-print dresses and kimono jackets", "plant_dyed_clothing"),
        ],
        [
            n("Iron water and alum for mordanting", "mordant"),
            n("Undyed hemp cloth for leaf printing", "undyed_hemp_fabric"),
        ],
        bcg=("bio",),
    ),
    # --- classes, kits and tools
    sme(
        "th",
        "บ้านคราม เวิร์กช็อป เชียงใหม่",
        HEMP,
        DOWN,
        "Chiang Mai",
        "baankram.workshop@gmail.com",
        [o("คลาสย้อมครามครึ่งวัน ท่านละ 890 บาท", "indigo_class")],
        [
            n("หาซื้อโอ่งใบใหญ่ ไว้ก่อหม้อครามได้ที่ไหน", "dye_vat"),
            n("ผ้าพันคอฝ้ายขาว ให้ลูกค้าย้อมเอง", "blank_scarves_bandanas"),
        ],
    ),
    sme(
        "en",
        "Phuket Shibori Workshop",
        CIRC,
        DOWN,
        "Phuket",
        "book@phuketshibori.com",
        [o("2-hour tie-dye and shibori class for tourists", "tie_dye_class")],
        [
            n("Ready-to-dye cotton bandanas", "blank_scarves_bandanas"),
            n("Plain totes for guests to dye", "blank_tote_bags"),
        ],
    ),
    sme(
        "th",
        "ห้องเรียนย้อมผ้า กาญจนบุรี",
        ALC,
        DOWN,
        "Kanchanaburi",
        "yomphaa.kan@gmail.com",
        [o("สอนย้อมสีธรรมชาติ สำหรับโรงเรียน หน่วยงาน", "natural_dye_class")],
        [],
    ),
    sme(
        "en",
        "Bangkok Dye Club",
        HEMP,
        DOWN,
        "Bangkok",
        "club@bangkokdye.club",
        [
            o("Weekend eco-print workshop, private groups", "ecoprint_class"),
            o("Indigo dip-dye evening class", "indigo_class"),
        ],
        [n("Dried natural dye stuffs, mixed colours", "plant_dye_material")],
    ),
    sme(
        "en",
        "DyeBox Thailand",
        ALC,
        DOWN,
        "Nonthaburi",
        "team@dyebox.co.th",
        [o("DIY tie-dye kit: 5 colours, gloves, bands", "dye_kit")],
        [n("Dye powder in small sachets, private label", "synthetic_dye"), n("Rubber bands in bulk", "binding_string")],
    ),
    sme(
        "th",
        "คราฟต์คิท ย้อมครามทำเอง",
        ALC,
        DOWN,
        "Bangkok",
        "craftkit.kram@gmail.com",
        [o("ชุดคิทย้อมคราม มีครามผง ปูน ถุงมือ", "dye_kit")],
        [n("ปูนขาว ใส่ชุดคิท", "dye_auxiliaries")],
    ),
    sme(
        "th",
        "ร้านไม้ สันกำแพง งานหนีบผ้า",
        HEMP,
        MID,
        "Chiang Mai",
        "sankamphaeng.wood@gmail.com",
        [o("ไม้หนีบผ้าชิโบริ สามเหลี่ยม สี่เหลี่ยม ชุดละ 6 คู่", "shibori_tools")],
        [],
    ),
    sme(
        "th",
        "เชือกฝ้าย ทวีทรัพย์ อ่างทอง",
        ALC,
        MID,
        "Ang Thong",
        "thaweesap.rope@gmail.com",
        [o("เชือกฝ้ายเส้นเล็ก หนังยางวง ขายเป็นกิโล", "binding_string")],
        [],
    ),
    # --- downstream: shops, cafes, fairs, hotels, spas, care homes, brands
    sme(
        "en",
        "Indigo & Co. Boutique",
        ALC,
        DOWN,
        "Bangkok",
        "buy@indigoandco.com",
        [o("Consignment shelf for natural-dye labels, 30% commission", "consignment_retail")],
        [
            n("Natural-dye clothing only, no synthetic dye", "indigo_clothing", "plant_dyed_clothing"),
            n("Scarves with real leaf prints", "ecoprint_scarf"),
        ],
    ),
    sme(
        "th",
        "ร้านผ้าฝ้าย นิมมาน",
        HEMP,
        DOWN,
        "Chiang Mai",
        "nimman.cotton@gmail.com",
        [o("รับฝากขายงานผ้าทำมือ", "consignment_retail")],
        [
            n("เสื้อมัดย้อมสีสด ฟรีไซซ์", "tie_dye_clothing"),
            n("ผ้าฝ้ายย้อมสีจากเปลือกไม้ แก่นไม้", "plant_dyed_fabric"),
        ],
    ),
    sme(
        "th",
        "คาเฟ่บ้านคราม ขอนแก่น",
        ALI,
        DOWN,
        "Khon Kaen",
        "baankram.cafe@gmail.com",
        [o("ให้เช่าพื้นที่ร้าน จัดเวิร์กช็อป", "event_space")],
        [
            n("ผ้าคลุมโต๊ะสีคราม 20 ผืน", "indigo_home_textile"),
            n("มีครูสอนมัดย้อม มาสอนที่ร้านไหม เดือนละครั้ง", "tie_dye_class"),
        ],
    ),
    sme(
        "en",
        "Slow Bean Cafe",
        HEMP,
        DOWN,
        "Chiang Rai",
        "slowbean.cr@gmail.com",
        [o("Cafe space for craft pop-ups", "event_space")],
        [n("Staff aprons, indigo or mud dyed", "dyed_apron")],
    ),
    sme(
        "en",
        "Weekend Craft Fair Bangkok",
        ALC,
        DOWN,
        "Bangkok",
        "vendors@weekendcraftfair.com",
        [o("Booth rental, 2 x 2 m, weekend craft market", "fair_booth")],
        [n("Indigo tote bags, wholesale, for our fair shop", "indigo_bag")],
    ),
    sme(
        "th",
        "ตลาดงานคราฟต์ ต้นตาล",
        ALI,
        DOWN,
        "Khon Kaen",
        "tontann.craft@gmail.com",
        [o("ให้เช่าล็อก ตลาดงานฝีมือ เสาร์ อาทิตย์", "fair_booth")],
        [n("ผ้าพันคอผ้าคราม ของฝาก ราคาส่ง", "indigo_scarf")],
    ),
    sme(
        "en",
        "Riverside Heritage Hotel",
        ALC,
        DOWN,
        "Ayutthaya",
        "purchasing@riversideheritage.com",
        [],
        [
            n("Shibori indigo cushion covers, 120 pcs", "indigo_home_textile"),
            n("Leaf-print or indigo session on site for hotel guests", "indigo_class", "ecoprint_class"),
            n("Leaf-print our own linen napkins (we supply the linen)", "ecoprint_service"),
        ],
    ),
    sme(
        "th",
        "ภูผารีสอร์ท เขาใหญ่",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "phupha.resort@gmail.com",
        [],
        [
            n("ชุดพนักงาน ผ้าฝ้ายย้อมคราม 60 ชุด", "indigo_clothing"),
            n("กิจกรรมย้อมผ้าใบไม้ ให้แขกทำ", "ecoprint_class"),
        ],
    ),
    sme(
        "en",
        "Lotus Day Spa",
        ALC,
        DOWN,
        "Chiang Mai",
        "manager@lotusdayspa.com",
        [],
        [
            u(
                "Spa robes dyed with natural indigo, OEKO-TEX certified",
                "no indigo clothing maker holds OEKO-TEX",
                "indigo_clothing",
                req=(OEKO,),
            ),
            n("Eco-printed cotton for treatment-room wraps", "ecoprint_fabric"),
        ],
    ),
    sme(
        "th",
        "บ้านสปาสมุนไพร หัวหิน",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "huahin.herbalspa@gmail.com",
        [],
        [
            n("เสื้อพนักงานสปา ย้อมครามแท้ ไม่เอาสีเคมี", "indigo_clothing"),
            n("ผ้าย้อมโคลน ไว้ตัดผ้าปูเตียงนวด", "mud_dyed_fabric"),
            n("รับย้อมโคลน ผ้าขนหนูของสปา", "mud_dyeing_service"),
        ],
    ),
    sme(
        "th",
        "บ้านพักผู้สูงอายุ สุขใจ",
        ALC,
        DOWN,
        "Nonthaburi",
        "sukjai.eldercare@gmail.com",
        [],
        [
            n("กิจกรรมมัดย้อม สำหรับผู้สูงอายุ เดือนละ 2 ครั้ง", "tie_dye_class"),
            n("ชุดมัดย้อม ใช้ง่าย ไม่มีกลิ่น", "dye_kit"),
        ],
    ),
    sme(
        "en",
        "Golden Years Care Residence",
        ALC,
        DOWN,
        "Chonburi",
        "admin@goldenyearscare.com",
        [],
        [
            n("Soft easy-wear clothes for residents, front opening", "elderly_easywear"),
            n("Tie-dye activity kits for 40 residents", "dye_kit"),
        ],
    ),
    sme(
        "th",
        "ศูนย์ดูแลผู้สูงอายุ บ้านอุ่นรัก",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "baanoonrak.ubon@gmail.com",
        [],
        [
            n("เสื้อผู้สูงอายุ ผ้าฝ้าย ใส่ง่าย ติดกระดุมหน้า", "elderly_easywear"),
            u("ผ้าห่มนวมผ้าฝ้าย สำหรับผู้ป่วยติดเตียง", "no one makes quilts"),
        ],
    ),
    sme(
        "en",
        "Silver Threads Adaptive Wear",
        ALC,
        DOWN,
        "Nakhon Pathom",
        "sourcing@silverthreads.co.th",
        [o("Adaptive clothing for seniors, magnetic buttons", "elderly_easywear")],
        [
            u(
                "Piece dyeing of our cotton rolls in pastels, ISO 14001 dyehouse",
                "no cotton dyehouse holds ISO 14001",
                "bulk_fabric_dyeing_service",
                req=("ISO 14001",),
            ),
            n("Sewing subcontractor, 500 pcs a month", "sewing_service"),
        ],
    ),
    sme(
        "th",
        "ห้องเสื้อคุณยาย ลพบุรี",
        ALC,
        DOWN,
        "Lopburi",
        "khunyai.lopburi@gmail.com",
        [o("เสื้อผู้สูงวัย ผ่าหน้า ติดตีนตุ๊กแก ใส่ง่าย", "elderly_easywear")],
        [n("ผ้ามัดย้อมโทนสีอ่อน ไว้ตัดเสื้อ", "tie_dye_fabric")],
    ),
    sme(
        "en",
        "Hue Boutique Hua Hin",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "shop@hueboutique.com",
        [],
        [
            n("Tie-dye kaftans and beach dresses", "tie_dye_clothing"),
            n("Indigo shibori yardage for in-house tailoring", "indigo_shibori_fabric"),
        ],
    ),
    sme(
        "th",
        "ร้านของฝาก ผ้าครามริมหนองหาร",
        ALI,
        DOWN,
        "Sakon Nakhon",
        "nonghan.souvenir@gmail.com",
        [o("รับฝากขายสินค้าผ้าคราม หน้าร้านริมหนองหาร", "consignment_retail")],
        [n("ผ้าคล้องคอสีคราม ลายมัด", "indigo_scarf"), n("กระเป๋าผ้าคราม ใบเล็ก", "indigo_bag")],
    ),
    sme(
        "en",
        "Andaman Souvenir Co.",
        CIRC,
        DOWN,
        "Phuket",
        "buying@andamansouvenir.com",
        [],
        [
            u("Hand-drawn batik sarongs, 200 pcs", "batik is wax resist; no batik maker in the set"),
            n("Tie-dye beach sarongs", "tie_dye_fabric", "tie_dye_clothing"),
        ],
    ),
    sme(
        "th",
        "ท่องเที่ยวชุมชน วิถีคราม นครพนม",
        ALI,
        DOWN,
        "Nakhon Phanom",
        "withikram.tour@gmail.com",
        [o("แพ็กเกจทัวร์ชุมชน 2 วัน 1 คืน", "community_tour")],
        [n("ฐานกิจกรรมย้อมคราม ให้นักท่องเที่ยวลงมือทำ", "indigo_class")],
    ),
    sme(
        "en",
        "Siam Slow Travel",
        ALC,
        DOWN,
        "Bangkok",
        "trips@siamslowtravel.com",
        [o("Craft tour packages for small groups", "community_tour")],
        [n("Half-day indigo dyeing class for groups of 12", "indigo_class")],
    ),
    sme(
        "th",
        "ร้านวินเทจรีเมค ย่านอารีย์",
        CIRC,
        DOWN,
        "Bangkok",
        "ari.vintage.remake@gmail.com",
        [o("เสื้อผ้ามือสองรีเมค ย้อมใหม่ ตัดต่อใหม่", "upcycled_clothing")],
        [
            n("ร้านรับย้อมเสื้อผ้าสำเร็จรูป สีดำ สีกรม", "garment_dyeing_service"),
            n("เสื้อผ้าใช้แล้ว คัดเกรด ยกกระสอบ", "secondhand_clothing", "used_cotton_tees"),
        ],
        bcg=("circular",),
    ),
    sme(
        "en",
        "ReDye Collective",
        CIRC,
        DOWN,
        "Chiang Mai",
        "collective@redye.co",
        [o("Upcycled tie-dye denim jackets", "upcycled_clothing")],
        [
            n("Used denim jeans and jackets by the sack", "secondhand_clothing"),
            n("Someone to tie-dye our thrifted tees in batches", "tie_dye_service"),
        ],
        bcg=("circular",),
    ),
    sme(
        "en",
        "Peak Run Apparel",
        SPORT,
        DOWN,
        "Bangkok",
        "product@peakrun.co",
        [],
        [
            n("Tie-dye look printed onto our polyester running shirts", "sublimation_printing_service"),
            u("GRS recycled polyester jersey", "no recycled polyester fabric maker", req=("GRS",)),
        ],
    ),
    sme(
        "th",
        "โยคะสตูดิโอ ลมหายใจ หาดใหญ่",
        SPORT,
        DOWN,
        "Songkhla",
        "lomhaijai.yoga@gmail.com",
        [],
        [n("กางเกงโยคะ ผ้ามัดย้อม", "tie_dye_clothing"), u("เสื่อโยคะ ยางพารา", "no one sells yoga mats")],
    ),
    sme(
        "th",
        "ครามดี แบรนด์เสื้อผ้า อุดร",
        ALI,
        DOWN,
        "Udon Thani",
        "kramdee.brand@gmail.com",
        [o("เสื้อเชิ้ตผ้าฝ้ายย้อมคราม ทรงโมเดิร์น", "indigo_clothing")],
        [
            n("ผ้าย้อมครามพื้น ที่ได้ OTOP", "indigo_plain_fabric", req=("OTOP",)),
            n("ช่างตัดเย็บ รับงานเหมา", "sewing_service"),
        ],
    ),
    sme(
        "en",
        "Sakon Indigo Label",
        ALI,
        DOWN,
        "Sakon Nakhon",
        "label@sakonindigo.com",
        [o("Indigo-dyed linen shirts and wrap skirts", "indigo_clothing"), o("Shibori indigo totes", "indigo_bag")],
        [
            n("Handwoven white cotton from Isan weavers", "undyed_cotton_fabric_handwoven"),
            n("Plain indigo cotton by the roll, OTOP not needed", "indigo_plain_fabric", waive=("OTOP",)),
        ],
    ),
    sme(
        "th",
        "ย่ามน่าน ผ้าทอไทลื้อ",
        HEMP,
        DOWN,
        "Nan",
        "yaamnan.thailue@gmail.com",
        [o("ย่ามผ้าฝ้ายทอมือ ย้อมครามธรรมชาติ", "indigo_bag")],
        [
            u("ซิป กระดุม อะไหล่กระเป๋า", "no trims supplier"),
            n("มีที่ไหนรับย้อมครามผ้าผืนบ้าง", "indigo_dyeing_service"),
            n("ด้ายฝ้ายอินทรีย์ ไม่ต้องมี GOTS", "organic_cotton_yarn", waive=("GOTS",)),
        ],
    ),
    sme(
        "en",
        "Lamphun Scarf Atelier",
        HEMP,
        DOWN,
        "Lamphun",
        "atelier@lamphunscarf.com",
        [o("Indigo shibori silk scarves", "indigo_scarf")],
        [
            n("Silk habotai, white, for dyeing", "undyed_silk_fabric"),
            n("Shops to stock our scarves on consignment", "consignment_retail"),
        ],
    ),
    sme(
        "th",
        "ผ้าพันคอพิมพ์ใบไม้ ดอยสะเก็ด",
        HEMP,
        DOWN,
        "Chiang Mai",
        "doisaket.ecoprint@gmail.com",
        [o("ผ้าพันคอ อีโคพริ้นท์ ใบไม้จริง", "ecoprint_scarf")],
        [n("ผ้าไหมขาว ตรานกยูงพระราชทาน ไว้พิมพ์ใบไม้", "undyed_silk_fabric", req=(PEACOCK,))],
    ),
    sme(
        "th",
        "คราม แอนด์ โฮม ของแต่งบ้าน",
        ALC,
        DOWN,
        "Nakhon Pathom",
        "kramandhome@gmail.com",
        [o("ปลอกหมอนอิง ผ้าปูโต๊ะ มัดย้อมคราม", "indigo_home_textile"), o("ผ้ากันเปื้อน ย้อมคราม", "dyed_apron")],
        [n("ผ้าดิบ เป็นม้วน", "undyed_cotton_fabric_mill"), n("รับย้อมครามเป็นผืน", "indigo_dyeing_service")],
    ),
    sme(
        "en",
        "Tie-Dye Home Studio",
        ALC,
        DOWN,
        "Nonthaburi",
        "studio@tiedyehome.com",
        [o("Rainbow tie-dye tablecloths and curtains", "tie_dye_home_textile")],
        [n("Can anyone tie-dye cut panels we send in?", "tie_dye_service")],
    ),
    sme(
        "th",
        "โรงเรียนบ้านดอนหัน ร้อยเอ็ด",
        ALI,
        DOWN,
        "Roi Et",
        "bandonhan.school@gmail.com",
        [],
        [n("ชุดมัดย้อมสำหรับเด็ก 200 ชุด", "dye_kit"), u("ครูสอนทอผ้าไหม มาสอนที่โรงเรียน", "no one teaches weaving")],
    ),
    sme(
        "en",
        "Knit Natural Online",
        HEMP,
        DOWN,
        "Bangkok",
        "shop@knitnatural.co",
        [],
        [
            n("GOTS certified organic yarn for baby knits", "organic_cotton_yarn", req=("GOTS",)),
            u("Hand-dyed yarn in natural colours", "no one sells dyed yarn"),
        ],
    ),
]


# ------------------------------------------------------------------ links


def profile_id(index: int) -> str:
    return f"{ID_PREFIX}-{index + 1:03d}"


def qualified_suppliers(smes: list[Sme], buyer: int, need: Need) -> list[int]:
    """Indices of the SMEs (not the buyer) with an offer the need lists and every certification it requires."""
    found = []
    for index, supplier in enumerate(smes):
        if index == buyer:
            continue
        if not set(need.requires) <= set(supplier.certs):
            continue
        if any(offer.label in need.labels for offer in supplier.offers):
            found.append(index)
    return found


def true_links(smes: list[Sme]) -> list[tuple[int, int]]:
    pairs = {
        (supplier, buyer)
        for buyer, sme_ in enumerate(smes)
        for need in sme_.needs
        if not need.unmet
        for supplier in qualified_suppliers(smes, buyer, need)
    }
    return sorted(pairs)


# ------------------------------------------------------------------ checks

_EMAIL = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
_THAI = re.compile("[\u0e00-\u0e7f]")
_LABEL = re.compile(r"^[a-z][a-z0-9_]*$")


def _letters(text: str) -> tuple[int, int, int]:
    """Counts of Thai letters, Latin letters and other letters in `text`."""
    thai = latin = other = 0
    for char in text:
        if not char.isalpha() and not unicodedata.category(char).startswith("M"):
            continue
        if _THAI.match(char):
            thai += 1
        elif "LATIN" in unicodedata.name(char, ""):
            latin += 1
        else:
            other += 1
    return thai, latin, other


def _language_problem(text: str, lang: str) -> str | None:
    thai, latin, other = _letters(text)
    if other:
        return "letters that are neither Thai nor Latin"
    if lang == "en" and (thai or not text.isascii()):
        return "an English phrase must be plain Latin text"
    if lang == "th" and thai < 0.6 * (thai + latin):
        return "a Thai phrase must be mostly Thai letters"
    return None


def _named(taxonomy: ModuleType, certification: str, text: str) -> bool:
    entry = next(c for c in taxonomy.CERTIFICATIONS if c.name == certification)
    folded = unicodedata.normalize("NFKC", text).casefold()
    names = (entry.name, entry.full_name, *entry.aliases, *entry.mentions, *entry.case_sensitive_mentions)
    return any(unicodedata.normalize("NFKC", name).casefold() in folded for name in names)


def check(smes: list[Sme], taxonomy: ModuleType) -> list[str]:
    problems: list[str] = []
    sub_clusters = {str(value) for value in taxonomy.SubCluster}
    stages = {str(value) for value in taxonomy.Stage}
    bcg_tags = {str(value) for value in taxonomy.BcgTag}
    offered_by: dict[str, set[int]] = {}
    for index, sme_ in enumerate(smes):
        for offer in sme_.offers:
            offered_by.setdefault(offer.label, set()).add(index)

    ids = [profile_id(index) for index in range(len(smes))]
    if len(set(ids)) != len(ids) or not all(re.fullmatch(rf"{ID_PREFIX}-\d{{3}}", pid) for pid in ids):
        problems.append("ids are not unique and well-formed")
    if len(smes) != N_PROFILES:
        problems.append(f"{len(smes)} profiles, expected {N_PROFILES}")
    names = Counter(sme_.name for sme_ in smes)
    emails = Counter(sme_.email for sme_ in smes)
    problems += [f"name {name!r} used twice" for name, count in names.items() if count > 1]
    problems += [f"email {email!r} used twice" for email, count in emails.items() if count > 1]

    for index, sme_ in enumerate(smes):
        where = f"{profile_id(index)} ({sme_.name})"
        if sme_.lang not in taxonomy.LANGUAGES:
            problems.append(f"{where}: language {sme_.lang!r}")
        if sme_.sub_cluster not in sub_clusters:
            problems.append(f"{where}: sub-cluster {sme_.sub_cluster!r}")
        if sme_.stage not in stages:
            problems.append(f"{where}: stage {sme_.stage!r}")
        if taxonomy.resolve_province(sme_.province) is None:
            problems.append(f"{where}: province {sme_.province!r} does not resolve")
        for certification in sme_.certs:
            if taxonomy.resolve_certification(certification) != certification:
                problems.append(f"{where}: certification {certification!r} is not a canonical name")
        problems += [f"{where}: bcg tag {tag!r}" for tag in sme_.bcg if tag not in bcg_tags]
        if len(set(sme_.bcg)) != len(sme_.bcg) or len(set(sme_.certs)) != len(sme_.certs):
            problems.append(f"{where}: repeated certification or bcg tag")
        if not _EMAIL.match(sme_.email):
            problems.append(f"{where}: email {sme_.email!r}")
        if not sme_.name.strip():
            problems.append(f"{where}: empty name")
        if len(sme_.offers) > 3 or len(sme_.needs) > 3 or not (sme_.offers or sme_.needs):
            problems.append(f"{where}: needs 0-3 offers and 0-3 needs, and at least one of them")
        for text in (sme_.name, *(offer.text for offer in sme_.offers), *(need.text for need in sme_.needs)):
            problem = _language_problem(text, sme_.lang)
            if problem:
                problems.append(f"{where}: {text!r}: {problem}")
            if text != text.strip() or "  " in text:
                problems.append(f"{where}: {text!r}: stray spaces")
        for offer in sme_.offers:
            if not _LABEL.match(offer.label):
                problems.append(f"{where}: offer label {offer.label!r}")
            claimed = taxonomy.find_certifications(offer.text)
            if not claimed <= set(sme_.certs):
                problems.append(f"{where}: offer {offer.text!r} claims {sorted(claimed)} the SME does not hold")
        for need in sme_.needs:
            what = f"{where}: need {need.text!r}"
            if set(need.requires) & set(need.waives):
                problems.append(f"{what}: requires and waives the same certification")
            named = taxonomy.find_certifications(need.text)
            if named != set(need.requires):
                problems.append(f"{what}: text asks for {sorted(named)}, labelled {sorted(need.requires)}")
            for certification in (*need.requires, *need.waives):
                if taxonomy.resolve_certification(certification) != certification:
                    problems.append(f"{what}: {certification!r} is not a canonical certification")
                elif not _named(taxonomy, certification, need.text):
                    problems.append(f"{what}: {certification!r} is not named in the text")
            for label in need.labels:
                if not offered_by.get(label, set()) - {index}:
                    problems.append(f"{what}: no one else offers {label!r}")
            suppliers = qualified_suppliers(smes, index, need)
            if need.unmet and suppliers:
                problems.append(f"{what}: marked unmet but met by {[profile_id(s) for s in suppliers]}")
            if not need.unmet and not suppliers:
                problems.append(f"{what}: no qualified supplier")
            if not need.unmet and not need.labels:
                problems.append(f"{what}: neither labels nor an unmet note")

    offer_texts = {offer.text.casefold() for sme_ in smes for offer in sme_.offers}
    for sme_ in smes:
        problems += [
            f"need {need.text!r} is worded as an offer" for need in sme_.needs if need.text.casefold() in offer_texts
        ]

    problems += _check_targets(smes)
    return problems


def _check_targets(smes: list[Sme]) -> list[str]:
    problems = []
    thai = sum(sme_.lang == "th" for sme_ in smes) / len(smes)
    if not THAI_SHARE[0] <= thai <= THAI_SHARE[1]:
        problems.append(f"Thai share {thai:.2f} outside {THAI_SHARE}")
    links = true_links(smes)
    if not LINKS_RANGE[0] <= len(links) <= LINKS_RANGE[1]:
        problems.append(f"{len(links)} true links, expected {LINKS_RANGE[0]}-{LINKS_RANGE[1]}")
    cross = sum(smes[s].lang != smes[b].lang for s, b in links) / max(1, len(links))
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
        problems.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    unmet = sum(bool(need.unmet) for sme_ in smes for need in sme_.needs)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        problems.append(f"{unmet} needs met by no one, expected {UNMET_RANGE[0]}-{UNMET_RANGE[1]}")
    met_counts = [
        len(qualified_suppliers(smes, index, need))
        for index, sme_ in enumerate(smes)
        for need in sme_.needs
        if not need.unmet
    ]
    few = sum(1 <= count <= 3 for count in met_counts)
    if few < 0.7 * len(met_counts) or not any(count > 3 for count in met_counts):
        problems.append(f"{few} of {len(met_counts)} met needs have 1-3 suppliers; most should, some more")
    return problems


# ------------------------------------------------------------------ output


def profiles_jsonl(smes: list[Sme], taxonomy: ModuleType) -> str:
    lines = []
    for index, sme_ in enumerate(smes):
        row = {
            "id": profile_id(index),
            "name": sme_.name,
            "sub_cluster": sme_.sub_cluster,
            "stage": sme_.stage,
            "province": sme_.province,
            "offers": [offer.text for offer in sme_.offers],
            "needs": [need.text for need in sme_.needs],
            "certifications": list(sme_.certs),
            "bcg": list(sme_.bcg),
            "contact_email": sme_.email,
            "language": sme_.lang,
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def links_csv(smes: list[Sme]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows((profile_id(s), profile_id(b)) for s, b in true_links(smes))
    return buffer.getvalue()


def counts(smes: list[Sme], taxonomy: ModuleType) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    total = len(smes)
    rows.append(("profiles", str(total)))
    for lang, word in (("th", "Thai"), ("en", "English")):
        rows.append((f"profiles in {word}", str(sum(sme_.lang == lang for sme_ in smes))))
    for value in taxonomy.SubCluster:
        rows.append((f"sub-cluster {value}", str(sum(sme_.sub_cluster == value for sme_ in smes))))
    for value in taxonomy.Stage:
        rows.append((f"stage {value}", str(sum(sme_.stage == value for sme_ in smes))))
    regions = Counter(taxonomy.resolve_province(sme_.province).region for sme_ in smes)
    for value in taxonomy.Region:
        rows.append((f"region {value}", str(regions[value])))
    provinces = {taxonomy.resolve_province(sme_.province).name_en for sme_ in smes}
    rows.append(("distinct provinces", str(len(provinces))))
    offers = [offer for sme_ in smes for offer in sme_.offers]
    needs = [need for sme_ in smes for need in sme_.needs]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len({offer.label for offer in offers}))))
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met by someone", str(sum(not need.unmet for need in needs))))
    rows.append(("needs met by no one", str(sum(bool(need.unmet) for need in needs))))
    rows.append(("needs requiring a certification", str(sum(bool(need.requires) for need in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(need.waives) for need in needs))))
    links = true_links(smes)
    th_en = sum(smes[s].lang == "th" and smes[b].lang == "en" for s, b in links)
    en_th = sum(smes[s].lang == "en" and smes[b].lang == "th" for s, b in links)
    cross = th_en + en_th
    rows.append(("true links", str(len(links))))
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links", f"{cross} ({100 * cross / len(links):.1f} %)"))
    rows.append(("within-language links", str(len(links) - cross)))
    different = sum(smes[s].sub_cluster != smes[b].sub_cluster for s, b in links)
    rows.append(("links between different sub-clusters", str(different)))
    return rows


def counts_table(rows: list[tuple[str, str]]) -> str:
    width = max(len(name) for name, _ in rows)
    lines = [f"| {'quantity'.ljust(width)} | count |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {name.ljust(width)} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# Blind evaluation set: tie-dye, shibori and eco-printing (plain registry entries)

## What the set checks

How well the matcher finds the true supplier-buyer pairs among {profiles} SME profiles whose
wording it has never seen. The profiles are plain registry entries (one short phrase per offer
or need) from the tie-dye, shibori, eco-print and mud-dyeing trade: dye plants and indigo,
mordants, clamps and string, blank garments, dyeing services, workshops for tourists, dye kits,
and the boutiques, cafes, craft fairs, hotels, spas and care homes that buy, together with the
ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster. About 55 % of the
profiles are in Thai and the rest in English; about half of the true links cross languages.

The set includes hard but fair cases: a service against the goods it works on (dyeing the
customer's cloth against dyed cloth, sewing for others against finished clothes); the customer's
own goods sent for work; waste and used goods against new; raw against processed (fibre, yarn,
cloth, product); finished goods described by their material, colour or technique (an indigo bag
is a bag, not indigo dyeing; a tie-dye look printed by sublimation is printing, not tie-dye);
needs written as a wish, a bare noun phrase or a question; refusals ("no synthetic dye"); needs
that require a named certification and needs that name one only to waive it; and needs that no
one in the set meets.

## How it was written

By hand. The writer read only section 1 of the contracts (cluster profiles, JSONL version 1, and
the links CSV), `shared/taxonomy.py` with the files in `shared/taxonomy_data/`, and the project's
ruff settings; nothing of the matcher, its glossary, its tests or the other evaluation sets.
Every province resolves with `resolve_province` and every certification with
`resolve_certification`; sub-cluster, stage and BCG values are the taxonomy's.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for
example `indigo_plain_fabric` against `indigo_dyeing_service`). Every need either lists the
offer labels that would meet it and the certifications its text requires, or is marked as met
by no one with a short note. A pair (supplier, buyer) is a true link when some offer of the
supplier carries a label listed by one of the buyer's needs and the supplier's certifications
hold every certification that need requires. An SME is never linked to itself. Shared words
play no part; quantities, prices and places never decide a link; what changes what the thing
is does. A waived certification is not required. The labels live only in `write.py`; the
profiles carry none.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_tiedye/write.py

The script checks ids, contract fields, labels, certifications, the language of every phrase
and the size targets, writes nothing if a check fails, and gives identical bytes on every run.

## Files

- `write.py`: all the data, the checks and the writer.
- `profiles.jsonl`: {profiles} profiles `{first}` to `{last}`, contract JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render(smes: list[Sme], taxonomy: ModuleType) -> dict[str, str]:
    table = counts_table(counts(smes, taxonomy))
    readme = README.format(profiles=len(smes), first=profile_id(0), last=profile_id(len(smes) - 1), table=table)
    return {
        "profiles.jsonl": profiles_jsonl(smes, taxonomy),
        "links.csv": links_csv(smes),
        "README.md": readme,
    }


def main() -> int:
    taxonomy = load_taxonomy()
    problems = check(SMES, taxonomy)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        if "--why" in sys.argv:
            _explain(SMES)
        return 1
    files = render(SMES, taxonomy)
    if files != render(SMES, taxonomy):
        print("two renderings differ; nothing written", file=sys.stderr)
        return 1
    for name, text in files.items():
        (HERE / name).write_bytes(text.encode("utf-8"))
    print(counts_table(counts(SMES, taxonomy)), end="")
    if "--why" in sys.argv:
        _explain(SMES)
    return 0


def _explain(smes: list[Sme]) -> None:
    """With --why: every need and the suppliers that meet it."""
    for index, sme_ in enumerate(smes):
        for need in sme_.needs:
            suppliers = [profile_id(s) for s in qualified_suppliers(smes, index, need)]
            note = f"UNMET: {need.unmet}" if need.unmet else " ".join(suppliers)
            print(f"{profile_id(index)} {need.text} -> {note}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
