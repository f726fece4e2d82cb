"""Write the hand-labelled golf evaluation set: profiles.jsonl, links.csv and README.md.

Run from the repository root: .venv/bin/python eval/blind_plain_golf/write.py

All data lives in this file. Every offer carries a label saying what the thing is; every need lists
the labels that would meet it and the certifications its text requires, or is marked as met by no one.
The labels never leave this file. The script checks the data and writes nothing if a check fails.
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

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

OUT = Path(__file__).resolve().parent
PREFIX = "bgf"
N_PROFILES = 95
LINKS_RANGE = (160, 180)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

HNF = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value
BIO = BcgTag.BIO.value
CIRCULAR = BcgTag.CIRCULAR.value
GREEN = BcgTag.GREEN.value

# What each offer label means. A need lists the labels whose goods or services would meet it.
LABELS: dict[str, str] = {
    # fibre, yarn, waste and used goods
    "cotton_lint": "raw ginned cotton fibre",
    "hemp_fibre": "raw or decorticated hemp bast fibre, not spun",
    "hemp_hurd": "hemp stalk core (hurd)",
    "hemp_yarn": "spun hemp yarn or thread, pure or blended",
    "cotton_yarn": "undyed cotton yarn, machine- or hand-spun",
    "indigo_dyed_cotton_yarn": "cotton yarn already dyed with indigo",
    "bamboo_yarn": "bamboo viscose yarn",
    "polyester_yarn": "virgin polyester filament yarn",
    "microfibre_yarn": "split polyester/nylon microfibre yarn",
    "acrylic_yarn": "acrylic knitting yarn (yarn for hand knitting)",
    "recycled_polyester_yarn": "yarn spun or extruded from recycled PET",
    "recycled_polyester_fibre": "recycled PET staple fibre",
    "recycled_cotton_fibre": "fibre torn from cotton textile waste",
    "recycled_cotton_yarn": "yarn spun from recycled cotton fibre",
    "pet_bottle_flakes": "washed flakes of PET bottles",
    "used_pet_bottles": "empty PET drink bottles, collected",
    "textile_offcuts": "pre-consumer cutting waste and selvedges",
    "used_caddie_uniforms": "worn caddie or staff uniforms for reuse or recycling",
    "used_golf_towels": "worn golf or course towels",
    "used_banners": "used vinyl or fabric event banners and flags",
    "used_golf_bag": "second-hand golf bags",
    "secondhand_clothing": "graded second-hand clothes",
    "cleaning_rags": "wiping rags cut from old textiles",
    "indigo_paste": "natural indigo dye paste or powder",
    # cloth and components
    "terry_towel_fabric": "cotton terry cloth by the metre or roll",
    "microfibre_fabric": "microfibre cloth by the metre or roll",
    "polyester_pique_fabric": "virgin polyester pique or quick-dry knit",
    "recycled_polyester_knit_fabric": "knit fabric of recycled polyester",
    "cooling_jersey_fabric": "cooling UV-protective jersey",
    "polyester_mesh_fabric": "polyester mesh cloth",
    "waterproof_nylon_fabric": "coated waterproof nylon cloth for bags",
    "polyester_taffeta": "polyester taffeta (umbrella and flag cloth)",
    "pu_synthetic_leather": "PU synthetic leather",
    "cabretta_leather": "cabretta sheepskin for gloves",
    "bag_webbing": "webbing straps",
    "zipper": "zips",
    "recycled_felt": "needle felt of recycled fibre, used as padding",
    "handwoven_cotton_fabric": "plain handwoven cotton cloth, undyed or plain-coloured",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with indigo",
    "naturally_dyed_cotton_fabric": "cotton cloth dyed with plant or lac dyes other than indigo",
    "hemp_fabric": "hemp cloth",
    "cotton_jersey_fabric": "cotton single jersey",
    "recycled_cotton_fabric": "cloth woven from recycled cotton yarn",
    "phakhaoma": "pha khao ma, the checked loincloth fabric",
    "embroidered_patch": "embroidered badges and iron-on patches",
    # services on the customer's goods
    "indigo_dyeing_service": "indigo dyeing of the customer's cloth or garments",
    "natural_dyeing_service": "natural-dye dyeing of the customer's cloth",
    "fabric_dyeing_service": "commission dyeing of the customer's fabric",
    "garment_dyeing_service": "dyeing of the customer's finished garments",
    "logo_embroidery_service": "embroidery of logos on the customer's goods",
    "sublimation_printing_service": "sublimation printing on the customer's cloth",
    "screen_printing_service": "screen printing on the customer's garments",
    "cut_and_sew_service": "sewing the customer's cloth to the customer's design",
    "towel_finishing_service": "hemming and fitting hooks to the customer's towels",
    "textile_shredding_service": "shredding the customer's textile waste back to fibre",
    "textile_waste_collection_service": "collection of the customer's used textiles",
    # finished goods
    "cotton_golf_towel": "golf towel of cotton terry",
    "microfibre_golf_towel": "golf towel of microfibre",
    "hotel_towel": "bath and hand towels for hotels",
    "cooling_towel": "cooling neck towel",
    "uv_arm_sleeve": "UV arm sleeves",
    "compression_socks": "compression socks",
    "golf_glove": "golf gloves",
    "golf_headcover": "sewn club head covers",
    "knitted_headcover": "knitted club head covers",
    "golf_bag": "golf bags",
    "golf_travel_cover": "travel covers for golf bags",
    "shoe_bag": "golf shoe bags",
    "caddie_uniform": "caddie uniform sets",
    "caddie_bib": "caddie bibs and vests",
    "golf_polo_shirt": "golf polo shirts",
    "golf_headwear": "golf caps, visors and hats",
    "golf_umbrella": "golf umbrellas",
    "ball_marker": "ball markers",
    "golf_tee": "golf tees",
    "tee_bag": "small pouches for tees and balls",
    "scorecard_holder": "scorecard holders",
    "pin_flag": "flags for the holes",
    "upcycled_bag": "bags made from used textiles",
    "recycled_blanket": "blankets of recycled fibre",
}


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""


def need(text: str, labels: str = "", req: str = "", waive: str = "", unmet: str = "") -> Need:
    """A need: `labels` space-separated; `req` and `waive` certification names separated by '|'."""
    return Need(
        text=text,
        labels=tuple(labels.split()),
        requires=tuple(c for c in req.split("|") if c),
        waives=tuple(c for c in waive.split("|") if c),
        unmet=unmet,
    )


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    email: str
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = field(default=())

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


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
    return Sme(num, language, name, sub_cluster, stage, province, tuple(offers), tuple(needs), email, certs, bcg)


# ------------------------------------------------------------------ upstream: fibre, yarn, waste

UPSTREAM = [
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์บ้านนาด้วง",
        HNF,
        UP,
        "Loei",
        "naduang.cotton@gmail.com",
        offers=[
            ("ฝ้ายปุย อีดเมล็ดออกแล้ว ขายยกกระสอบ", "cotton_lint"),
            ("ฝ้ายตุ่น สีน้ำตาลธรรมชาติ กก.ละ 120 บาท", "cotton_lint"),
        ],
        needs=[need("หาเครื่องอีดฝ้ายไฟฟ้า มือสองก็ได้", unmet="a ginning machine; no one sells machinery")],
        certs=("เกษตรอินทรีย์",),
        bcg=(BIO, GREEN),
    ),
    sme(
        2,
        "en",
        "Doi Hemp Growers Cooperative",
        HNF,
        UP,
        "Chiang Mai",
        "doihemp.coop@gmail.com",
        offers=[
            ("Decorticated hemp bast, 200 kg bales", "hemp_fibre"),
            ("Hemp hurds for animal bedding", "hemp_hurd"),
        ],
        needs=[],
        bcg=(BIO,),
    ),
    sme(
        3,
        "th",
        "กลุ่มม้งทอใยกัญชงบ้านรวมไทย",
        HNF,
        UP,
        "Tak",
        "ruamthai.hemp@gmail.com",
        offers=[
            ("ด้ายกัญชงเข็นมือ เป็นไจ ไจละขีด", "hemp_yarn"),
            ("ผ้าใยกัญชงทอกี่เอว หน้าแคบ 35 ซม.", "hemp_fabric"),
        ],
        needs=[need("เปลือกกัญชงลอกแล้ว ตากแห้ง", "hemp_fibre")],
        bcg=(BIO,),
    ),
    sme(
        4,
        "en",
        "Phetchabun Hemp Spinning Mill",
        HNF,
        UP,
        "Phetchabun",
        "sales@pbhempmill.co.th",
        offers=[("Hemp/cotton 55/45 blend yarn Ne 12 on cones", "hemp_yarn")],
        needs=[
            need("Hemp bast, raw or degummed", "hemp_fibre"),
            need(
                "Ginned cotton for blending, 2 t a month; Organic Thailand not required",
                "cotton_lint",
                waive="Organic Thailand",
            ),
        ],
        bcg=(BIO,),
    ),
    sme(
        5,
        "th",
        "ร้านรับซื้อเศษผ้า มหาชัยรีไซเคิล",
        CIRC,
        UP,
        "Samut Sakhon",
        "mahachai.recycle@gmail.com",
        offers=[("เศษผ้ายืดคัดสี อัดก้อน ก้อนละ 100 กก.", "textile_offcuts")],
        needs=[
            need("รับซื้อเศษผ้าจากโรงงานตัดเย็บ ให้ราคาดี", "textile_offcuts"),
            need("ผ้าขนหนูเก่า ชุดพนักงานเก่า จากสนามกอล์ฟ", "used_golf_towels used_caddie_uniforms"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        6,
        "en",
        "ReFibre Shredding Co., Ltd.",
        CIRC,
        UP,
        "Nakhon Pathom",
        "info@refibre.co.th",
        offers=[
            ("Recycled cotton fibre from cutting waste, colour-sorted, no re-dyeing", "recycled_cotton_fibre"),
            ("Toll shredding: send us your own textile waste and get the fibre back", "textile_shredding_service"),
        ],
        needs=[need("Pre-consumer cotton cuttings, min 1 ton/month", "textile_offcuts")],
        certs=("GRS certified",),
        bcg=(CIRCULAR,),
    ),
    sme(
        7,
        "th",
        "โรงปั่นด้ายรีไซเคิล โคราช",
        CIRC,
        UP,
        "Korat",
        "korat.recycledyarn@gmail.com",
        offers=[("ด้ายรีไซเคิล คอตตอนผสมโพลี เบอร์ 10 และ 16", "recycled_cotton_yarn")],
        needs=[need("ใยฝ้ายที่ตีจากเศษผ้า สีอ่อน", "recycled_cotton_fibre")],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        8,
        "en",
        "EastLoop PET Recovery",
        CIRC,
        UP,
        "Rayong",
        "hello@eastloop.co.th",
        offers=[
            ("Hot-washed clear PET flakes", "pet_bottle_flakes"),
            ("rPET staple fibre 1.4D x 38 mm", "recycled_polyester_fibre"),
        ],
        needs=[need("Empty drinking bottles from golf events and courses", "used_pet_bottles")],
        certs=("Global Recycled Standard",),
        bcg=(CIRCULAR, GREEN),
    ),
    sme(
        9,
        "th",
        "บริษัท ด้ายรักษ์โลก จำกัด",
        CIRC,
        UP,
        "Chon Buri",
        "sales@dairakloke.co.th",
        offers=[("เส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวดพลาสติก 150D/48F", "recycled_polyester_yarn")],
        needs=[need("ใยโพลีเอสเตอร์รีไซเคิล ชนิดใยสั้น", "recycled_polyester_fibre")],
        certs=("GRS", "OEKO-TEX Standard 100"),
        bcg=(CIRCULAR,),
    ),
    sme(
        10,
        "en",
        "Siam Filament Yarns Ltd.",
        SPT,
        UP,
        "Samut Prakan",
        "sales@siamfilament.com",
        offers=[
            ("Split microfibre yarn, polyester/nylon 80/20, 150D", "microfibre_yarn"),
            ("Polyester DTY 75D/36F, raw white", "polyester_yarn"),
            ("Acrylic knitting yarn, 4-ply, 30 colours", "acrylic_yarn"),
        ],
        needs=[need("GRS-certified recycled filament for an eco line", "recycled_polyester_yarn", req="GRS")],
        certs=("ISO 9001",),
    ),
    sme(
        11,
        "th",
        "กลุ่มผลิตครามเปียกบ้านพันนา",
        HNF,
        UP,
        "Sakon Nakhon",
        "phanna.khram@gmail.com",
        offers=[("ครามเปียก หมักจากต้นครามฝักงอ กก.ละ 250 บาท", "indigo_paste")],
        needs=[],
        bcg=(BIO,),
    ),
    sme(
        12,
        "en",
        "Mekong Indigo Farm",
        HNF,
        UP,
        "Nakhon Phanom",
        "mekongindigo@gmail.com",
        offers=[("Natural indigo paste from Indigofera, 5 kg tubs", "indigo_paste")],
        needs=[need("Indigo seed or seedlings", unmet="plant material; no one sells seed")],
        certs=("Organic Thailand",),
        bcg=(BIO, GREEN),
    ),
    sme(
        13,
        "th",
        "โรงปั่นฝ้ายอินทรีย์เชียงราย",
        HNF,
        UP,
        "Chiang Rai",
        "crorganicspin@gmail.com",
        offers=[("ด้ายฝ้ายออร์แกนิก Ne 20/1 กรวยละ 1 กก.", "cotton_yarn")],
        needs=[need("ฝ้ายดิบปลอดสาร จากเกษตรกรภาคเหนือ", "cotton_lint")],
        certs=("GOTS certified",),
        bcg=(BIO,),
    ),
    sme(
        14,
        "en",
        "Isan Cotton Spinners",
        HNF,
        UP,
        "Khon Kaen",
        "export@isancotton.co.th",
        offers=[
            ("Combed cotton yarn 30s for knitting", "cotton_yarn"),
            ("Ring-spun cotton 2/20s for terry pile", "cotton_yarn"),
        ],
        needs=[need("Ginned raw cotton, Thai or imported", "cotton_lint")],
        certs=("Oeko-Tex 100",),
    ),
    sme(
        15,
        "th",
        "กลุ่มแม่บ้านเข็นฝ้ายบ้านหนองแคน",
        ALI,
        UP,
        "Roi Et",
        "nongkhaen.fai@gmail.com",
        offers=[
            ("ฝ้ายเข็นมือย้อมคราม เป็นไจ ส่งทั่วประเทศ", "indigo_dyed_cotton_yarn"),
            ("ฝ้ายเข็นมือ สีขาวธรรมชาติ", "cotton_yarn"),
        ],
        needs=[need("ฝ้ายปุย", "cotton_lint")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        16,
        "en",
        "Green Bin Textile Collection",
        CIRC,
        UP,
        "Bangkok",
        "pickup@greenbin.co.th",
        offers=[
            ("Free pick-up of old uniforms and towels from hotels and golf clubs", "textile_waste_collection_service")
        ],
        needs=[],
        bcg=(CIRCULAR,),
    ),
    sme(
        17,
        "en",
        "Thai Leather Link Trading",
        SPT,
        MID,
        "Samut Prakan",
        "order@leatherlink.co.th",
        offers=[
            ("Cabretta sheepskin, glove grade, 0.4-0.5 mm", "cabretta_leather"),
            ("Embossed PU leather 1.2 mm, 20 colours", "pu_synthetic_leather"),
        ],
        needs=[],
    ),
    sme(
        18,
        "th",
        "บริษัท ใยไผ่ไทย จำกัด",
        ALC,
        UP,
        "Nakhon Pathom",
        "sales@yaiphaithai.com",
        offers=[("ด้ายใยไผ่ (แบมบูวิสโคส) 40/1 สำหรับทอผ้าขนหนู", "bamboo_yarn")],
        needs=[],
        certs=("OEKO-TEX",),
    ),
    sme(
        19,
        "th",
        "ร้านคัดแยกเสื้อผ้ามือสอง อยุธยา",
        CIRC,
        UP,
        "Ayutthaya",
        "ayutthaya.mueasong@gmail.com",
        offers=[
            ("เสื้อผ้ามือสองคัดเกรด ขายเป็นกระสอบ", "secondhand_clothing"),
            ("ผ้าขี้ริ้วตัดจากเสื้อยืดเก่า กก.ละ 25 บาท", "cleaning_rags"),
        ],
        needs=[need("ชุดยูนิฟอร์มเก่าทุกชนิด", "used_caddie_uniforms")],
        bcg=(CIRCULAR,),
    ),
    sme(
        20,
        "en",
        "Nan Highland Cotton",
        HNF,
        UP,
        "Nan",
        "nanhighlandcotton@gmail.com",
        offers=[("Hand-picked Nan cotton lint, seedless", "cotton_lint")],
        needs=[need("Ginning for our seed cotton", unmet="no one offers ginning")],
        bcg=(BIO,),
    ),
]

# ------------------------------------------------------------------ midstream: cloth, components, services

MIDSTREAM = [
    sme(
        21,
        "th",
        "โรงทอผ้าขนหนู สมุทรสาคร",
        SPT,
        MID,
        "Samut Sakhon",
        "skterry@gmail.com",
        offers=[
            ("ผ้าขนหนูดิบ (เทอร์รี่) หน้ากว้าง 60 นิ้ว ม้วนละ 50 ม.", "terry_towel_fabric"),
            ("เศษริมผ้าขนหนูจากการตัด", "textile_offcuts"),
        ],
        needs=[
            need("ด้ายฝ้าย 2/20 สำหรับทอขนห่วง ไม่ต้องมี GOTS", "cotton_yarn", waive="GOTS"),
            need("ด้ายใยไผ่", "bamboo_yarn"),
        ],
    ),
    sme(
        22,
        "en",
        "Microtex Knitting Co.",
        SPT,
        MID,
        "Pathum Thani",
        "sales@microtex.co.th",
        offers=[
            ("Waffle microfibre 400 gsm, 150 cm wide", "microfibre_fabric"),
            ("Microfibre cut-offs in 30 kg sacks", "textile_offcuts"),
        ],
        needs=[need("Split microfibre filament 150D", "microfibre_yarn")],
    ),
    sme(
        23,
        "th",
        "โรงถักสยามสปอร์ตนิต",
        SPT,
        MID,
        "Samut Prakan",
        "siamsportknit@gmail.com",
        offers=[
            ("ผ้าจูติ (ปิเก้) ดรายฟิต สำหรับเสื้อโปโล", "polyester_pique_fabric"),
            ("ผ้าตาข่ายโพลี ตารู 2 มม.", "polyester_mesh_fabric"),
        ],
        needs=[need("ด้าย DTY โพลีเอสเตอร์ 75D สีขาว", "polyester_yarn")],
    ),
    sme(
        24,
        "en",
        "BlueWave Performance Fabrics",
        SPT,
        MID,
        "Chonburi",
        "fabric@bluewave.co.th",
        offers=[
            ("Recycled PET pique knit, GRS", "recycled_polyester_knit_fabric"),
            ("Cooling jersey UPF 50+ for arm sleeves", "cooling_jersey_fabric"),
        ],
        needs=[need("Recycled PET filament yarn", "recycled_polyester_yarn")],
        certs=("GRS", "bluesign"),
        bcg=(CIRCULAR, GREEN),
    ),
    sme(
        25,
        "th",
        "บริษัท ผ้ากันน้ำนครปฐม จำกัด",
        SPT,
        MID,
        "Nakhon Pathom",
        "sales@npwaterproof.co.th",
        offers=[
            ("ผ้าไนลอน 420D เคลือบ PU กันน้ำ ทำกระเป๋า", "waterproof_nylon_fabric"),
            ("ผ้าคอร์ดูร่า 500D", "waterproof_nylon_fabric"),
            ("ผ้าร่ม 190T โพลีเอสเตอร์", "polyester_taffeta"),
        ],
        needs=[],
    ),
    sme(
        26,
        "th",
        "ร้านหนังเทียมสำเพ็ง",
        SPT,
        MID,
        "Bangkok",
        "sampeng.leather@gmail.com",
        offers=[("หนังเทียม PU ลายหนังจระเข้ หลาละ 180 บาท", "pu_synthetic_leather")],
        needs=[],
    ),
    sme(
        27,
        "th",
        "ร้านอุปกรณ์กระเป๋า พาหุรัด",
        SPT,
        MID,
        "Bangkok",
        "pahurat.bagparts@gmail.com",
        offers=[
            ("สายแถบไนลอน กว้างนิ้วครึ่ง", "bag_webbing"),
            ("ซิป YKK เบอร์ 8 กันน้ำ", "zipper"),
        ],
        needs=[],
    ),
    sme(
        28,
        "th",
        "กลุ่มทอผ้าย้อมครามบ้านดอนกอย",
        HNF,
        MID,
        "Sakon Nakhon",
        "donkoi.indigo@gmail.com",
        offers=[
            ("ผ้าฝ้ายย้อมครามทอมือ ลายขิด ลายมัดหมี่", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามให้ผ้าหรือเสื้อของลูกค้า", "indigo_dyeing_service"),
        ],
        needs=[need("ด้ายฝ้ายเบอร์ 20 สีขาว ยังไม่ย้อม", "cotton_yarn")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        29,
        "en",
        "Phrae Mo Hom Studio",
        HNF,
        MID,
        "Phrae",
        "mohomstudio@gmail.com",
        offers=[("Mo hom indigo cotton cloth, sold by the metre", "indigo_dyed_cotton_fabric")],
        needs=[need("Natural indigo paste, 50 kg a month", "indigo_paste")],
        bcg=(BIO,),
    ),
    sme(
        30,
        "th",
        "ร้านรับย้อมหม้อห้อมป้าแก้ว",
        HNF,
        MID,
        "Phrae",
        "pakaew.mohom@gmail.com",
        offers=[("รับย้อมหม้อห้อม เสื้อหรือผ้าที่ลูกค้าส่งมา", "indigo_dyeing_service")],
        needs=[need("ครามเปียก ครามผง ต้องได้มาตรฐานเกษตรอินทรีย์", "indigo_paste", req="Organic Thailand")],
        bcg=(BIO,),
    ),
    sme(
        31,
        "en",
        "Colour Works Dyehouse",
        CIRC,
        MID,
        "Samut Sakhon",
        "cs@colourworks.co.th",
        offers=[
            ("Commission dyeing of your knit or woven fabric, MOQ 300 kg/colour", "fabric_dyeing_service"),
            ("Garment dyeing of finished polos and tees", "garment_dyeing_service"),
        ],
        needs=[],
        certs=("ISO 14001", "bluesign approved"),
        bcg=(GREEN,),
    ),
    sme(
        32,
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านโนนสะอาด",
        ALI,
        MID,
        "Khon Kaen",
        "nonsaat.weaving@gmail.com",
        offers=[
            ("ผ้าฝ้ายทอมือ สีพื้น หน้ากว้าง 1 ม.", "handwoven_cotton_fabric"),
            ("ผ้าขาวม้าทอมือ ลายตาราง", "phakhaoma"),
        ],
        needs=[need("ฝ้ายเข็นมือที่ย้อมครามมาแล้ว", "indigo_dyed_cotton_yarn")],
        certs=("OTOP 5 stars",),
    ),
    sme(
        33,
        "th",
        "ศูนย์ย้อมสีธรรมชาติ ชัยภูมิ",
        ALI,
        MID,
        "Chaiyaphum",
        "cpm.naturaldye@gmail.com",
        offers=[
            ("ผ้าฝ้ายย้อมเปลือกประดู่ ครั่ง ไม่ใช้สีเคมี", "naturally_dyed_cotton_fabric"),
            ("รับย้อมสีธรรมชาติตามสั่ง", "natural_dyeing_service"),
        ],
        needs=[need("ผ้าฝ้ายดิบทอมือ ยังไม่ได้ย้อม", "handwoven_cotton_fabric")],
        bcg=(BIO, GREEN),
    ),
    sme(
        34,
        "en",
        "Lanna Hemp Weavers",
        HNF,
        MID,
        "Chiang Mai",
        "lannahemp@gmail.com",
        offers=[("Handwoven hemp cloth, undyed, 40 cm wide", "hemp_fabric")],
        needs=[need("Hand-spun hemp thread", "hemp_yarn")],
        bcg=(BIO,),
    ),
    sme(
        35,
        "th",
        "ร้านปักนนท์",
        SPT,
        MID,
        "Nonthaburi",
        "pak.non@gmail.com",
        offers=[
            ("รับปักชื่อสนาม บนหมวก เสื้อ ผ้าขนหนูที่ลูกค้านำมา", "logo_embroidery_service"),
            ("อาร์มปัก ตัวรีดติดเสื้อ", "embroidered_patch"),
        ],
        needs=[need("ด้ายปักเรยอน 120D", unmet="embroidery thread; no one offers it")],
    ),
    sme(
        36,
        "en",
        "StitchPro Embroidery",
        SPT,
        MID,
        "Bangkok",
        "jobs@stitchpro.co.th",
        offers=[("Computer embroidery of club crests on towels, caps and polos", "logo_embroidery_service")],
        needs=[],
    ),
    sme(
        37,
        "th",
        "ปทุมซับลิเมชั่น",
        SPT,
        MID,
        "Pathum Thani",
        "pathumsub@gmail.com",
        offers=[
            ("พิมพ์ซับลิเมชั่นลงผ้าโพลีที่ลูกค้าส่งมา", "sublimation_printing_service"),
            ("ธงปักหลุมกอล์ฟ พิมพ์โลโก้ 14x20 นิ้ว", "pin_flag"),
        ],
        needs=[need("ผ้าโพลีเอสเตอร์สีขาว แบบผ้าร่ม สำหรับพิมพ์", "polyester_taffeta")],
    ),
    sme(
        38,
        "en",
        "Pattaya Print House",
        SPT,
        MID,
        "Chonburi",
        "print@pattayaprint.com",
        offers=[
            ("Screen printing on your garments, plastisol or water-based", "screen_printing_service"),
            ("Roll-to-roll sublimation on polyester", "sublimation_printing_service"),
        ],
        needs=[],
    ),
    sme(
        39,
        "th",
        "รับเย็บ ป.การ์เมนต์",
        ALC,
        MID,
        "Samut Prakan",
        "por.garment@gmail.com",
        offers=[
            ("รับตัดเย็บเสื้อโปโล ชุดพนักงาน ลูกค้าส่งผ้ามาเอง", "cut_and_sew_service"),
            ("เศษผ้าจากโต๊ะตัด กระสอบละ 50 บาท", "textile_offcuts"),
        ],
        needs=[need("กระดุมพลาสติก 4 รู", unmet="buttons; no one offers them")],
    ),
    sme(
        40,
        "en",
        "Sew Ready CMT",
        ALC,
        MID,
        "Nakhon Pathom",
        "sewready.cmt@gmail.com",
        offers=[("Cut-make-trim for sportswear, MOQ 500 pcs", "cut_and_sew_service")],
        needs=[],
        certs=("ISO 9001:2015",),
    ),
    sme(
        41,
        "th",
        "โรงถักผ้ายืดราชบุรี",
        ALC,
        MID,
        "Ratchaburi",
        "rbknit@gmail.com",
        offers=[("ผ้ายืดคอตตอน 100% (ผ้า Cotton 32) พับละ 20 กก.", "cotton_jersey_fabric")],
        needs=[need("ด้ายคอตตอนคอมบ์ 32 สำหรับถัก", "cotton_yarn")],
    ),
    sme(
        42,
        "en",
        "UpTex Lab",
        CIRC,
        MID,
        "Bangkok",
        "lab@uptex.co",
        offers=[("Twill woven from recycled cotton yarn, denim look", "recycled_cotton_fabric")],
        needs=[need("Cotton-rich recycled yarn, Ne 10-16", "recycled_cotton_yarn")],
        bcg=(CIRCULAR,),
    ),
    sme(
        43,
        "th",
        "ผ้ากัญชงเขียนเทียน น่าน",
        HNF,
        MID,
        "Nan",
        "nan.batikhemp@gmail.com",
        offers=[("ผ้ากัญชงเขียนเทียนย้อมคราม", "hemp_fabric")],
        needs=[need("ด้ายกัญชงเข็นมือ", "hemp_yarn")],
        bcg=(BIO,),
    ),
    sme(
        44,
        "en",
        "Towel Finishing Co.",
        SPT,
        MID,
        "Samut Sakhon",
        "towelfinishing@gmail.com",
        offers=[("Hemming, grommets and clip hooks fitted to your golf towels", "towel_finishing_service")],
        needs=[],
    ),
    sme(
        45,
        "en",
        "Fibre Felt Industries",
        CIRC,
        MID,
        "Samut Prakan",
        "sales@fibrefelt.co.th",
        offers=[("Needle-punched felt from recycled fibre, for bag padding", "recycled_felt")],
        needs=[need("Shredded textile fibre, any colour", "recycled_cotton_fibre")],
        bcg=(CIRCULAR,),
    ),
]

# ------------------------------------------------------------------ downstream: makers of finished goods

MAKERS = [
    sme(
        46,
        "th",
        "บริษัท ผ้าขนหนูแฟร์เวย์ จำกัด",
        SPT,
        DOWN,
        "Samut Sakhon",
        "sales@fairwaytowel.co.th",
        offers=[
            ("ผ้าเช็ดไม้กอล์ฟ คอตตอน 100% 40x60 ซม. มีห่วงตะขอ", "cotton_golf_towel"),
            ("ผ้าเช็ดตัวโรงแรม 27x54 นิ้ว", "hotel_towel"),
        ],
        needs=[
            need("ผ้าเทอร์รี่ดิบ เป็นม้วน", "terry_towel_fabric"),
            need("ตะขอคาราบิเนอร์โลหะ", unmet="metal hooks; no one offers them"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        47,
        "en",
        "Tee Time Towels",
        SPT,
        DOWN,
        "Bangkok",
        "hello@teetimetowels.com",
        offers=[
            ("Tri-fold microfibre golf towel with magnet", "microfibre_golf_towel"),
            ("Cotton caddy towel 16x24 in", "cotton_golf_towel"),
        ],
        needs=[
            need("Waffle microfibre on the roll", "microfibre_fabric"),
            need(
                "Logo stitching on our own towels, ISO 9001 not required", "logo_embroidery_service", waive="ISO 9001"
            ),
        ],
    ),
    sme(
        48,
        "th",
        "ผ้าเย็นสบาย",
        ALC,
        DOWN,
        "Nonthaburi",
        "phayensabai@gmail.com",
        offers=[
            ("ผ้าเย็นคล้องคอ ชุบน้ำแล้วเย็นทันที", "cooling_towel"),
            ("ปลอกแขนกันแดด กัน UV", "uv_arm_sleeve"),
        ],
        needs=[need("ผ้าเจอร์ซีย์เย็น ระบายความร้อน กันแดด", "cooling_jersey_fabric")],
    ),
    sme(
        49,
        "en",
        "Lanna Golf Gloves",
        SPT,
        DOWN,
        "Chiang Mai",
        "lannagloves@gmail.com",
        offers=[("Cabretta leather golf gloves, men's and ladies'", "golf_glove")],
        needs=[
            need("Sheepskin for glove making, 0.45 mm", "cabretta_leather"),
            need("Synthetic leather for palm patches", "pu_synthetic_leather"),
        ],
    ),
    sme(
        50,
        "th",
        "โรงงานถุงมือกอล์ฟสยาม",
        SPT,
        DOWN,
        "Samut Prakan",
        "siamgolfglove@gmail.com",
        offers=[
            ("ถุงมือกอล์ฟหนังแกะแท้ มือซ้าย ไซส์ S-XL", "golf_glove"),
            ("ถุงมือกอล์ฟหนังเทียม ราคาส่ง โหลละ 900", "golf_glove"),
        ],
        needs=[need("หนังแกะคาเบรตต้า เกรดทำถุงมือ", "cabretta_leather")],
    ),
    sme(
        51,
        "en",
        "Fairway Headcovers",
        SPT,
        DOWN,
        "Bangkok",
        "info@fairwayheadcovers.com",
        offers=[
            ("Driver, fairway and hybrid headcovers in PU leather", "golf_headcover"),
            ("Blade and mallet putter covers", "golf_headcover"),
        ],
        needs=[
            need("PU leather in club colours", "pu_synthetic_leather"),
            need("Embroidered badges to sew on covers", "embroidered_patch"),
        ],
    ),
    sme(
        52,
        "th",
        "กลุ่มผู้สูงอายุถักไหมพรม บ้านเชียง",
        ALI,
        DOWN,
        "Udon Thani",
        "banchiang.knit@gmail.com",
        offers=[("ปลอกหัวไม้กอล์ฟถักไหมพรม มีพู่ ทำมือ", "knitted_headcover")],
        needs=[need("ไหมพรมอะคริลิก หลายสี", "acrylic_yarn")],
    ),
    sme(
        53,
        "en",
        "ProCarry Golf Bags",
        SPT,
        DOWN,
        "Samut Prakan",
        "oem@procarry.co.th",
        offers=[
            ("Stand bags with 14-way divider", "golf_bag"),
            ("Padded travel covers with wheels", "golf_travel_cover"),
        ],
        needs=[
            need("600D waterproof nylon", "waterproof_nylon_fabric"),
            need("38 mm webbing straps", "bag_webbing"),
            need("No. 8 water-resistant zips", "zipper"),
        ],
    ),
    sme(
        54,
        "th",
        "ร้านกระเป๋ากอล์ฟนครปฐม",
        SPT,
        DOWN,
        "Nakhon Pathom",
        "npgolfbag@gmail.com",
        offers=[
            ("ถุงกอล์ฟขาตั้ง ใส่ไม้ได้ 14 อัน", "golf_bag"),
            ("ถุงคลุมถุงกอล์ฟ สำหรับขึ้นเครื่องบิน", "golf_travel_cover"),
            ("กระเป๋าใส่รองเท้ากอล์ฟ", "shoe_bag"),
        ],
        needs=[
            need("ผ้าไนลอนเคลือบกันน้ำ", "waterproof_nylon_fabric"),
            need("แผ่นใยสักหลาดบุกันกระแทก", "recycled_felt"),
        ],
    ),
    sme(
        55,
        "th",
        "ชลบุรีแคดดี้แวร์",
        SPT,
        DOWN,
        "Chonburi",
        "cbcaddiewear@gmail.com",
        offers=[
            ("ชุดแคดดี้ครบชุด เสื้อ กางเกง หมวก ปลอกแขน", "caddie_uniform"),
            ("เสื้อกั๊กแคดดี้ผ้าตาข่าย พิมพ์เบอร์", "caddie_bib"),
        ],
        needs=[
            need(
                "ผ้าปิเก้ระบายอากาศ ต้องผ่าน bluesign",
                "polyester_pique_fabric recycled_polyester_knit_fabric",
                req="bluesign",
            ),
            need("ผ้าตาข่าย", "polyester_mesh_fabric"),
        ],
    ),
    sme(
        56,
        "en",
        "Hua Hin Caddie Wear",
        SPT,
        DOWN,
        "Prachuap Khiri Khan",
        "sales@huahincaddie.com",
        offers=[
            ("Caddie uniform sets: shirt, trousers, bucket hat", "caddie_uniform"),
            ("Numbered caddie bibs", "caddie_bib"),
        ],
        needs=[
            need("Quick-dry pique knit", "polyester_pique_fabric recycled_polyester_knit_fabric"),
            need("Sublimation printing of caddie numbers", "sublimation_printing_service"),
        ],
    ),
    sme(
        57,
        "th",
        "บริษัท กรีนโปโล จำกัด",
        SPT,
        DOWN,
        "Bangkok",
        "sales@greenpolo.co.th",
        offers=[
            ("เสื้อโปโลกอล์ฟ ดรายฟิต ปักโลโก้ได้", "golf_polo_shirt"),
            ("หมวกแก๊ปกอล์ฟ", "golf_headwear"),
        ],
        needs=[need("โรงงานรับเย็บ CMT", "cut_and_sew_service")],
    ),
    sme(
        58,
        "en",
        "ReSwing Apparel",
        CIRC,
        DOWN,
        "Bangkok",
        "team@reswing.co",
        offers=[("Golf polos made from recycled PET, GRS certified", "golf_polo_shirt")],
        needs=[need("GRS recycled pique fabric", "recycled_polyester_knit_fabric", req="GRS")],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        59,
        "th",
        "ปทุมแคปแอนด์แฮท",
        SPT,
        DOWN,
        "Pathum Thani",
        "pathumcap@gmail.com",
        offers=[
            ("หมวกแก๊ปกอล์ฟ ปักโลโก้สนาม", "golf_headwear"),
            ("หมวกปีกกว้างแคดดี้ มีผ้าคลุมคอ", "golf_headwear"),
        ],
        needs=[need("ผ้าคอตตอนทวิล", unmet="cotton twill; no one weaves it")],
    ),
    sme(
        60,
        "en",
        "Eagle Umbrella Co.",
        SPT,
        DOWN,
        "Bangkok",
        "sales@eagleumbrella.co.th",
        offers=[("62-inch double-canopy golf umbrellas, logo print", "golf_umbrella")],
        needs=[
            need("190T polyester canopy fabric", "polyester_taffeta"),
            need("Fibreglass umbrella frames", unmet="umbrella frames; no one makes them"),
        ],
    ),
    sme(
        61,
        "th",
        "ร่มสาคร",
        SPT,
        DOWN,
        "Samut Sakhon",
        "romsakhon@gmail.com",
        offers=[("ร่มกอล์ฟ 30 นิ้ว สกรีนโลโก้ได้", "golf_umbrella")],
        needs=[need("ผ้าร่มกันยูวี", "polyester_taffeta")],
    ),
    sme(
        62,
        "en",
        "Marker & Tee Co.",
        SPT,
        DOWN,
        "Bangkok",
        "hello@markertee.com",
        offers=[
            ("Magnetic ball markers with enamel logo", "ball_marker"),
            ("Bamboo golf tees, 70 mm", "golf_tee"),
        ],
        needs=[need("Small drawstring tee bags", "tee_bag")],
    ),
    sme(
        63,
        "th",
        "ครามสกล ของฝาก",
        ALI,
        DOWN,
        "Sakon Nakhon",
        "khramsakon@gmail.com",
        offers=[
            ("ถุงใส่ทีกอล์ฟ ผ้าฝ้ายทอมือย้อมคราม", "tee_bag"),
            ("กระเป๋าใส่ลูกกอล์ฟผ้าคราม", "tee_bag"),
        ],
        needs=[need("ผ้าฝ้ายย้อมครามแท้ ไม่เอาครามเคมี", "indigo_dyed_cotton_fabric")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        64,
        "th",
        "ปาเต๊ะอันดามัน",
        SPT,
        DOWN,
        "Krabi",
        "patek.andaman@gmail.com",
        offers=[
            ("ถุงใส่ลูกกอล์ฟผ้าปาเต๊ะ เขียนลายมือ", "tee_bag"),
            ("มาร์คเกอร์ไม้ยางพารา ลายบาติก", "ball_marker"),
        ],
        needs=[],
    ),
    sme(
        65,
        "en",
        "Hemp & Fairway",
        HNF,
        DOWN,
        "Chiang Mai",
        "hempfairway@gmail.com",
        offers=[
            ("Hemp tee pouches", "tee_bag"),
            ("Hemp scorecard holders", "scorecard_holder"),
        ],
        needs=[need("Hand-loomed hemp cloth", "hemp_fabric")],
        bcg=(BIO,),
    ),
    sme(
        66,
        "th",
        "ธงกรีนไทย",
        SPT,
        DOWN,
        "Pathum Thani",
        "thonggreenthai@gmail.com",
        offers=[("ธงปักหลุม ธงกรีน ปักชื่อสนาม", "pin_flag")],
        needs=[need("ผ้าโพลีสำหรับทำธง", "polyester_taffeta")],
    ),
    sme(
        67,
        "en",
        "SilverSwing Senior Golf",
        ALC,
        DOWN,
        "Nonthaburi",
        "care@silverswing.co.th",
        offers=[
            ("UV arm sleeves and neck gaiters for senior golfers", "uv_arm_sleeve"),
            ("Graduated compression golf socks", "compression_socks"),
        ],
        needs=[
            need("UPF cooling knit", "cooling_jersey_fabric"),
            need("Small-run sewing partner", "cut_and_sew_service"),
        ],
    ),
    sme(
        68,
        "th",
        "อัพไซเคิลกอล์ฟ ภูเก็ต",
        CIRC,
        DOWN,
        "Phuket",
        "upcyclegolf@gmail.com",
        offers=[("กระเป๋าอัพไซเคิลจากชุดแคดดี้เก่า", "upcycled_bag")],
        needs=[
            need("ชุดแคดดี้ที่ใช้แล้ว", "used_caddie_uniforms"),
            need("ป้ายไวนิลเก่าหลังจบงาน", "used_banners"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        69,
        "en",
        "Second Swing",
        CIRC,
        DOWN,
        "Chiang Mai",
        "secondswing.cm@gmail.com",
        offers=[("Refurbished second-hand golf bags", "used_golf_bag")],
        needs=[need("Old golf bags, any condition", "used_golf_bag")],
        bcg=(CIRCULAR,),
    ),
    sme(
        70,
        "th",
        "บ้านสุขใจ ผลิตภัณฑ์ผู้สูงวัย",
        ALC,
        DOWN,
        "Nakhon Sawan",
        "baansukjai@gmail.com",
        offers=[("ถุงเท้าผ้าฝ้ายลดแรงกด สำหรับผู้สูงอายุ", "compression_socks")],
        needs=[need("ผ้ายืดคอตตอน", "cotton_jersey_fabric")],
    ),
]

# ------------------------------------------------------------------ downstream: courses, ranges, shops, organisers

BUYERS = [
    sme(
        71,
        "en",
        "Siam Lakeside Golf Club",
        SPT,
        DOWN,
        "Chonburi",
        "purchasing@siamlakeside.com",
        offers=[("Used caddie uniforms, about 400 sets a year", "used_caddie_uniforms")],
        needs=[
            need("New caddie uniforms for 200 caddies, club colours", "caddie_uniform"),
            need("Numbered bibs", "caddie_bib"),
            need("Crested golf towels", "cotton_golf_towel microfibre_golf_towel"),
        ],
    ),
    sme(
        72,
        "th",
        "เขาใหญ่ คันทรีคลับ",
        SPT,
        DOWN,
        "Nakhon Ratchasima",
        "jatsue@khaoyaicc.com",
        offers=[
            ("ผ้าขนหนูเก่าจากสนาม ขายเหมา", "used_golf_towels"),
            ("ชุดแคดดี้เก่า ปีละราว 300 ชุด", "used_caddie_uniforms"),
        ],
        needs=[
            need("ร่มกอล์ฟใหญ่ สกรีนโลโก้สนาม", "golf_umbrella"),
            need("ธงปักหลุม 18 ผืน", "pin_flag"),
            need("ผ้าหุ้มเบาะรถกอล์ฟ", unmet="golf cart seat covers; no one makes them"),
        ],
    ),
    sme(
        73,
        "en",
        "Andaman Links",
        SPT,
        DOWN,
        "Phuket",
        "procurement@andamanlinks.com",
        offers=[("Worn-out course towels", "used_golf_towels")],
        needs=[
            need(
                "Caddie bibs in recycled fabric, must be GRS certified",
                "caddie_bib",
                req="GRS",
                unmet="no caddie-bib maker holds GRS",
            ),
            need("Pin flags that stand up to rain", "pin_flag"),
        ],
    ),
    sme(
        74,
        "th",
        "สนามกอล์ฟแม่ริม",
        SPT,
        DOWN,
        "Chiang Mai",
        "maerimgolf@gmail.com",
        offers=[],
        needs=[
            need("ผ้าเช็ดไม้กอล์ฟ ปักโลโก้สนาม", "cotton_golf_towel microfibre_golf_towel"),
            need("ส่งผ้าขนหนูของสนามไปปักชื่อ", "logo_embroidery_service"),
            need("เย็บขอบ ติดห่วงให้ผ้าขนหนูที่สนามมีอยู่", "towel_finishing_service"),
        ],
    ),
    sme(
        75,
        "en",
        "Sky Drive Golf Range",
        SPT,
        DOWN,
        "Bangkok",
        "ops@skydrive.co.th",
        offers=[],
        needs=[
            need("Towels for 80 range bays", "cotton_golf_towel microfibre_golf_towel"),
            need("Rental gloves, all sizes", "golf_glove"),
            need("Rags for wiping mats and carts", "cleaning_rags"),
        ],
    ),
    sme(
        76,
        "th",
        "ไดรฟ์กอล์ฟขอนแก่น",
        SPT,
        DOWN,
        "Khon Kaen",
        "kkdrivingrange@gmail.com",
        offers=[],
        needs=[
            need("ถุงมือกอล์ฟ ราคาส่ง", "golf_glove"),
            need("ผ้าเย็นแจกลูกค้า", "cooling_towel"),
            need("ตาข่ายกั้นลูกกอล์ฟหน้าไดรฟ์", unmet="range netting; no one makes it"),
        ],
    ),
    sme(
        77,
        "en",
        "Hua Hin Pro Shop",
        SPT,
        DOWN,
        "Prachuap",
        "shop@huahinpro.com",
        offers=[("Trade-in used golf bags", "used_golf_bag")],
        needs=[
            need("Headcovers with an elephant motif", "golf_headcover knitted_headcover"),
            need("Ball markers", "ball_marker"),
            need("Tee bags, OTOP products only", "tee_bag", req="OTOP"),
        ],
    ),
    sme(
        78,
        "th",
        "โปรช็อป รามอินทรา",
        SPT,
        DOWN,
        "Bangkok",
        "ramintra.proshop@gmail.com",
        offers=[],
        needs=[
            need("ปลอกหัวไม้", "golf_headcover knitted_headcover"),
            need("หมวกกอล์ฟ", "golf_headwear"),
        ],
    ),
    sme(
        79,
        "en",
        "Fore Events Asia",
        SPT,
        DOWN,
        "Bangkok",
        "events@foreasia.com",
        offers=[
            ("Used vinyl banners and event flags after tournaments", "used_banners"),
            ("PET bottles collected on course", "used_pet_bottles"),
        ],
        needs=[
            need("300 towels as player gifts", "cotton_golf_towel microfibre_golf_towel"),
            need("Caps with sponsor logos", "golf_headwear"),
            need("Rain ponchos for volunteers", unmet="ponchos; no one makes them"),
        ],
    ),
    sme(
        80,
        "th",
        "เชียงรายกอล์ฟทัวร์นาเมนต์",
        SPT,
        DOWN,
        "Chiang Rai",
        "crgolftour@gmail.com",
        offers=[],
        needs=[
            need("มาร์คเกอร์โลโก้งาน", "ball_marker"),
            need("สกรีนชื่อสปอนเซอร์บนเสื้อที่เราจัดหาเอง", "screen_printing_service"),
        ],
    ),
    sme(
        81,
        "en",
        "Golden Age Golf Society",
        ALC,
        DOWN,
        "Nonthaburi",
        "secretary@goldenagegolf.org",
        offers=[],
        needs=[
            need("Looking for cooling neck towels for members over 60", "cooling_towel"),
            need("Sun sleeves", "uv_arm_sleeve"),
        ],
    ),
    sme(
        82,
        "th",
        "ร้านของฝากอุบล",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "ubonsouvenir@gmail.com",
        offers=[],
        needs=[
            need("ถุงผ้าทอมือใส่ทีกอล์ฟ ไม่ต้องมี OTOP ก็ได้", "tee_bag", waive="OTOP"),
            need("ผ้าขาวม้า", "phakhaoma"),
            need("ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน", req="Thai Silk Peacock Emblem", unmet="silk; no one weaves it"),
        ],
    ),
    sme(
        83,
        "en",
        "Krabi Eco Resort & Golf",
        HNF,
        DOWN,
        "Krabi",
        "gm@krabiecoresort.com",
        offers=[],
        needs=[
            need("Bath towels, OEKO-TEX Standard 100 required", "hotel_towel", req="OEKO-TEX Standard 100"),
            need(
                "Golf towels in organic cotton, GOTS",
                "cotton_golf_towel",
                req="GOTS",
                unmet="no towel maker holds GOTS",
            ),
        ],
        bcg=(GREEN,),
    ),
    sme(
        84,
        "th",
        "สนามกอล์ฟหาดใหญ่",
        SPT,
        DOWN,
        "Songkhla",
        "hatyaigolf@gmail.com",
        offers=[("ชุดแคดดี้ใช้แล้ว", "used_caddie_uniforms")],
        needs=[
            need("โรงงานเย็บชุดแคดดี้จากผ้าที่เราซื้อไว้ ต้องมี ISO 9001", "cut_and_sew_service", req="ISO 9001"),
            need("ขอใบเสนอราคาเสื้อกั๊กแคดดี้", "caddie_bib"),
            need("มีใครรับเก็บชุดเก่าไปรีไซเคิลไหม", "textile_waste_collection_service"),
        ],
    ),
    sme(
        85,
        "en",
        "Udon Senior Craft Shop",
        ALI,
        DOWN,
        "Udon",
        "udonseniorcraft@gmail.com",
        offers=[],
        needs=[
            need(
                "Naturally dyed cotton cloth, no synthetic dyes",
                "indigo_dyed_cotton_fabric naturally_dyed_cotton_fabric",
            ),
        ],
    ),
    sme(
        86,
        "th",
        "สนามกอล์ฟริเวอร์แคว",
        SPT,
        DOWN,
        "Kanchanaburi",
        "riverkwaigolf@gmail.com",
        offers=[],
        needs=[
            need("อยากให้ช่วยย้อมผ้าขนหนูขาวของสนามเป็นสีคราม", "indigo_dyeing_service"),
            need("ผ้าเช็ดมือกอล์ฟ", "cotton_golf_towel microfibre_golf_towel"),
        ],
    ),
    sme(
        87,
        "en",
        "Royal Lotus Golf Club",
        SPT,
        DOWN,
        "Pathum Thani",
        "admin@royallotusgolf.com",
        offers=[],
        needs=[
            need("Anyone sewing caddie uniforms from cloth we supply?", "cut_and_sew_service"),
            need("Members' gift: tee bags and ball markers", "tee_bag ball_marker"),
            need("Windbreak screen fabric for the range", unmet="windbreak cloth; no one makes it"),
        ],
    ),
    sme(
        88,
        "th",
        "สนามกอล์ฟระยองกรีนวัลเลย์",
        CIRC,
        DOWN,
        "Rayong",
        "rygreenvalley@gmail.com",
        offers=[("ขวดน้ำพลาสติกที่เก็บได้ในสนาม", "used_pet_bottles")],
        needs=[
            need("เสื้อโปโลทำจากขวดรีไซเคิล ต้องมี GRS", "golf_polo_shirt", req="GRS"),
            need("ย้อมเสื้อโปโลขาวที่มีอยู่ 200 ตัว ให้เป็นสีเขียวสนาม", "garment_dyeing_service"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        89,
        "en",
        "Mae Klong Wellness Resort",
        ALC,
        DOWN,
        "Samut Songkhram",
        "buyer@maeklongwellness.com",
        offers=[],
        needs=[
            need("Hotel towels; OEKO-TEX nice to have", "hotel_towel", waive="OEKO-TEX Standard 100"),
            need(
                "Silk scarves with the Peacock Emblem for VIP guests",
                req="Thai Silk Peacock Emblem",
                unmet="silk; no one weaves it",
            ),
        ],
    ),
    sme(
        90,
        "th",
        "ร้านของฝากกัญชง ปาย",
        HNF,
        DOWN,
        "Mae Hong Son",
        "paihempshop@gmail.com",
        offers=[],
        needs=[
            need("ผ้ากัญชง", "hemp_fabric"),
            need("มีใครทำถุงมือกอล์ฟจากใยกัญชงบ้าง", unmet="hemp golf gloves; no one makes them"),
        ],
        bcg=(BIO,),
    ),
    sme(
        91,
        "th",
        "บุรีรัมย์ กอล์ฟ รีสอร์ท",
        ALI,
        DOWN,
        "Buriram",
        "buriramgolfresort@gmail.com",
        offers=[],
        needs=[
            need("ผ้าขาวม้าให้พนักงานใช้คาดเอว", "phakhaoma"),
            need("ผ้าเช็ดไม้กอล์ฟที่ทำจากฝ้ายรีไซเคิล", unmet="golf towels of recycled cotton; no one makes them"),
        ],
    ),
    sme(
        92,
        "en",
        "Trang Golf & Country Club",
        SPT,
        DOWN,
        "Trang",
        "trangcc@gmail.com",
        offers=[],
        needs=[
            need("Artificial turf hitting mats", unmet="turf mats; no one makes them"),
            need("Umbrellas for the starter hut", "golf_umbrella"),
        ],
    ),
    sme(
        93,
        "th",
        "สมุยกอล์ฟช็อป",
        SPT,
        DOWN,
        "Surat Thani",
        "samuigolfshop@gmail.com",
        offers=[],
        needs=[
            need("ถุงคลุมกระเป๋ากอล์ฟสำหรับเดินทาง", "golf_travel_cover"),
            need("ทีไม้ไผ่", "golf_tee"),
        ],
    ),
    sme(
        94,
        "th",
        "แปดริ้ว รีไซเคิลเท็กซ์",
        CIRC,
        MID,
        "Chachoengsao",
        "paedriw.recycle@gmail.com",
        offers=[("ผ้าห่มจากใยรีไซเคิล", "recycled_blanket")],
        needs=[
            need("จ้างตีเศษผ้าของเราให้เป็นใย", "textile_shredding_service"),
            need("ผ้าทอจากด้ายฝ้ายรีไซเคิล", "recycled_cotton_fabric"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        95,
        "th",
        "ศูนย์ดูแลผู้สูงวัย นครนายก",
        ALC,
        DOWN,
        "Nakhon Nayok",
        "nynseniorcare@gmail.com",
        offers=[],
        needs=[
            need("ถุงเท้าลดบวม สำหรับผู้สูงอายุ", "compression_socks"),
            need("ผ้าอ้อมผู้ใหญ่แบบซักได้", unmet="washable adult nappies; no one makes them"),
        ],
    ),
]

PROFILES = [*UPSTREAM, *MIDSTREAM, *MAKERS, *BUYERS]


# ------------------------------------------------------------------ checks

_THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
_EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def _letters(text: str) -> list[str]:
    return [c for c in text if c.isalpha() or unicodedata.category(c).startswith("M")]


def _is_latin(char: str) -> bool:
    return char.isascii() or "\u00c0" <= char <= "\u024f"


def _check_language(sme_: Sme, text: str, problems: list[str]) -> None:
    letters = _letters(text)
    if not letters:
        return
    if sme_.language == "th":
        thai = sum(1 for c in letters if _THAI_CHAR.match(c))
        if thai / len(letters) < 0.6:
            problems.append(f"{sme_.id}: Thai phrase is not mostly Thai letters: {text!r}")
    elif any(not _is_latin(c) for c in letters):
        problems.append(f"{sme_.id}: English phrase has non-Latin letters: {text!r}")


def _names_certification(text: str, name: str) -> bool:
    """Whether the text spells out one of the certification's names or mentions (negated or not)."""
    cert = next(c for c in CERTIFICATIONS if c.name == name)
    spellings = (cert.name, cert.full_name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
    folded = unicodedata.normalize("NFKC", text).casefold()
    return any(unicodedata.normalize("NFKC", sp).casefold() in folded for sp in spellings)


def supplier_certs(sme_: Sme) -> frozenset[str]:
    return canonical_certifications(sme_.certifications)


def qualified_suppliers(buyer: Sme, need_: Need, profiles: list[Sme]) -> list[Sme]:
    """Suppliers other than the buyer with an offer the need lists and every certification it requires."""
    wanted = set(need_.labels)
    return [
        s
        for s in profiles
        if s.id != buyer.id
        and any(label in wanted for _, label in s.offers)
        and set(need_.requires) <= supplier_certs(s)
    ]


def check(profiles: list[Sme]) -> list[str]:
    problems: list[str] = []
    ids = [p.id for p in profiles]
    if len(profiles) != N_PROFILES:
        problems.append(f"{len(profiles)} profiles, expected {N_PROFILES}")
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    expected_ids = [f"{PREFIX}-{n:03d}" for n in range(1, N_PROFILES + 1)]
    if sorted(ids) != expected_ids:
        problems.append("ids are not bgf-001 ... bgf-095")
    sub_clusters = {s.value for s in SubCluster}
    stages = {s.value for s in Stage}
    bcg_tags = {b.value for b in BcgTag}
    offered_by: dict[str, set[str]] = {}
    all_offer_texts = set()
    for p in profiles:
        for text, label in p.offers:
            offered_by.setdefault(label, set()).add(p.id)
            all_offer_texts.add(text.casefold())
    for p in profiles:
        where = p.id
        if p.language not in ("th", "en"):
            problems.append(f"{where}: language {p.language!r}")
        if p.sub_cluster not in sub_clusters:
            problems.append(f"{where}: sub_cluster {p.sub_cluster!r}")
        if p.stage not in stages:
            problems.append(f"{where}: stage {p.stage!r}")
        if resolve_province(p.province) is None:
            problems.append(f"{where}: province {p.province!r} does not resolve")
        if not p.name.strip():
            problems.append(f"{where}: empty name")
        if not _EMAIL.match(p.email):
            problems.append(f"{where}: email {p.email!r}")
        for b in p.bcg:
            if b not in bcg_tags:
                problems.append(f"{where}: bcg {b!r}")
        if len(set(p.bcg)) != len(p.bcg):
            problems.append(f"{where}: repeated bcg tag")
        for c in p.certifications:
            if resolve_certification(c) is None:
                problems.append(f"{where}: certification {c!r} does not resolve")
        if not 0 <= len(p.offers) <= 3 or not 0 <= len(p.needs) <= 3:
            problems.append(f"{where}: {len(p.offers)} offers and {len(p.needs)} needs; at most 3 each")
        if not p.offers and not p.needs:
            problems.append(f"{where}: neither offers nor needs")
        _check_language(p, p.name, problems)
        held = supplier_certs(p)
        for text, label in p.offers:
            _check_language(p, text, problems)
            if label not in LABELS:
                problems.append(f"{where}: unknown offer label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= held:
                problems.append(f"{where}: offer {text!r} claims {sorted(claimed - held)} the SME does not hold")
        for n in p.needs:
            _check_language(p, n.text, problems)
            if n.text.casefold() in all_offer_texts:
                problems.append(f"{where}: need {n.text!r} is worded exactly like an offer")
            for label in n.labels:
                if label not in LABELS:
                    problems.append(f"{where}: unknown need label {label!r}")
                elif not offered_by.get(label, set()) - {p.id}:
                    problems.append(f"{where}: no one but the buyer offers {label!r}")
            if not n.labels and not n.unmet:
                problems.append(f"{where}: need {n.text!r} lists no labels and is not marked unmet")
            for c in (*n.requires, *n.waives):
                if resolve_certification(c) != c:
                    problems.append(f"{where}: need certification {c!r} is not a canonical name")
            found = find_certifications(n.text)
            if found != set(n.requires):
                problems.append(f"{where}: need {n.text!r} names {sorted(found)} but requires {list(n.requires)}")
            for c in n.waives:
                if not _names_certification(n.text, c):
                    problems.append(f"{where}: waived {c!r} is not named in {n.text!r}")
                if c in n.requires:
                    problems.append(f"{where}: {c!r} both required and waived")
            for c in n.requires:
                if not _names_certification(n.text, c):
                    problems.append(f"{where}: required {c!r} is not named in {n.text!r}")
            suppliers = qualified_suppliers(p, n, profiles)
            if n.unmet and suppliers:
                problems.append(f"{where}: need {n.text!r} marked unmet but met by {[s.id for s in suppliers]}")
            if not n.unmet and not suppliers:
                problems.append(f"{where}: need {n.text!r} is met by no one")
    return problems


# ------------------------------------------------------------------ links and counts


def true_links(profiles: list[Sme]) -> list[tuple[str, str]]:
    pairs = {
        (s.id, buyer.id) for buyer in profiles for n in buyer.needs for s in qualified_suppliers(buyer, n, profiles)
    }
    return sorted(pairs)


def counts(profiles: list[Sme], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {p.id: p for p in profiles}
    rows: list[tuple[str, str]] = []
    th = sum(1 for p in profiles if p.language == "th")
    rows.append(("profiles", str(len(profiles))))
    rows.append(("Thai / English", f"{th} / {len(profiles) - th}"))
    for s in SubCluster:
        rows.append((f"sub-cluster {s.value}", str(sum(1 for p in profiles if p.sub_cluster == s.value))))
    for st in Stage:
        rows.append((f"stage {st.value}", str(sum(1 for p in profiles if p.stage == st.value))))
    regions = Counter(resolve_province(p.province).region.value for p in profiles)  # type: ignore[union-attr]
    for region, n in sorted(regions.items()):
        rows.append((f"region {region}", str(n)))
    provinces = {resolve_province(p.province).name_en for p in profiles}  # type: ignore[union-attr]
    rows.append(("distinct provinces", str(len(provinces))))
    offers = [label for p in profiles for _, label in p.offers]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len(set(offers)))))
    needs = [n for p in profiles for n in p.needs]
    rows.append(("needs", str(len(needs))))
    unmet = sum(1 for n in needs if n.unmet)
    rows.append(("needs met / met by no one", f"{len(needs) - unmet} / {unmet}"))
    rows.append(("needs requiring a certification", str(sum(1 for n in needs if n.requires))))
    rows.append(("needs waiving a certification", str(sum(1 for n in needs if n.waives))))
    rows.append(("true links", str(len(links))))
    th_en = sum(1 for s, b in links if by_id[s].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for s, b in links if by_id[s].language == "en" and by_id[b].language == "th")
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({cross / len(links):.1%})" if links else "0"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(
        (
            "links between different sub-clusters",
            str(sum(1 for s, b in links if by_id[s].sub_cluster != by_id[b].sub_cluster)),
        )
    )
    return rows


def suppliers_per_met_need(profiles: list[Sme]) -> Counter[int]:
    return Counter(len(qualified_suppliers(p, n, profiles)) for p in profiles for n in p.needs if not n.unmet)


def check_sizes(profiles: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    problems: list[str] = []
    by_id = {p.id: p for p in profiles}
    th_share = sum(1 for p in profiles if p.language == "th") / len(profiles)
    if not THAI_SHARE_RANGE[0] <= th_share <= THAI_SHARE_RANGE[1]:
        problems.append(f"Thai share {th_share:.2f} outside {THAI_SHARE_RANGE}")
    if not LINKS_RANGE[0] <= len(links) <= LINKS_RANGE[1]:
        problems.append(f"{len(links)} links outside {LINKS_RANGE}")
    cross = sum(1 for s, b in links if by_id[s].language != by_id[b].language)
    if links and not CROSS_SHARE_RANGE[0] <= cross / len(links) <= CROSS_SHARE_RANGE[1]:
        problems.append(f"cross-language share {cross / len(links):.2f} outside {CROSS_SHARE_RANGE}")
    unmet = sum(1 for p in profiles for n in p.needs if n.unmet)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        problems.append(f"{unmet} unmet needs outside {UNMET_RANGE}")
    return problems


# ------------------------------------------------------------------ output


def profile_json(p: Sme) -> str:
    row = {
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
    return json.dumps(row, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buf.getvalue()


def counts_table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


README = """# `eval/blind_plain_golf/`: golf goods in plain registry wording

A hand-labelled test set for the partner matcher. It checks how well the matcher finds the true
supplier-buyer pairs of a golf-themed slice of the Health and Wellness Economy cluster when the
offers and needs are short registry phrases it has never seen: golf towels, gloves, head covers, bags
and travel covers, caddie bibs and uniforms, polos and caps, umbrellas, ball markers and tee bags,
logo embroidery, pin flags, and the courses, driving ranges, pro shops and tournament organisers that
buy them, together with the fibre, yarn, cloth, dyeing, sewing and textile-waste businesses upstream.

## How it was written

By hand. The writer read only section 1 of `shared/contracts/CONTRACTS.md` (cluster profiles, JSONL
version 1, and the links CSV), `shared/taxonomy.py` with the files in `shared/taxonomy_data/`, and the
`[tool.ruff]` section of `pyproject.toml`; nothing else in the repository (no matcher code, glossary,
tests, other evaluation sets or data).

About 55 % of the profiles are Thai (Thai name, offers and needs, `"language": "th"`), the rest
English. Each offer or need is one short phrase, as an SME registry stores it, with 0-3 offers and
0-3 needs per SME. The same goods are named in many ways (local and trade names, abbreviations, sizes,
prices, minimum orders), and needs are worded differently from the offers that meet them, often in the
other language. The set includes hard but fair cases: a service on the customer's goods versus the
goods themselves (indigo dyeing of a course's own towels versus indigo-dyed cloth; sewing the
customer's cloth versus finished caddie uniforms; embroidery on towels the customer sends); used and
waste goods versus new; raw versus processed (hemp bast, hemp yarn, hemp cloth, hemp products);
finished goods described by their material or technique (a tee bag of handwoven indigo cotton is a tee
bag); needs written as a wish, a bare noun phrase or a question; a refusal ("no synthetic dyes"); needs
that require a named certification, needs that name one only to waive it, and needs that no one in the
set meets.

## How a link is decided

Every offer in `write.py` carries a label that says what the thing is (for example indigo-dyed cotton
cloth versus an indigo dyeing service). Every need either lists the labels that would meet it and the
certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of the
buyer's needs and the supplier's certifications (resolved with `resolve_certification`) hold every
certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link; a waived certification is not required. The
labels live only in `write.py`; the profiles carry no labels.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_golf/write.py

The script checks the data before it writes anything (well-formed unique ids, valid contract fields,
provinces and certifications that resolve, every listed label offered by someone other than the buyer,
every met need met and every unmet one unmet, required and waived certifications named in the need's
text and required ones found by `find_certifications`, Thai phrases mostly Thai letters and English
ones Latin only, the size targets) and writes nothing if a check fails. Two runs give identical bytes.

## Files

- `write.py`: all data, labels and checks; writes the three files below and prints the counts.
- `profiles.jsonl`: {n_profiles} SME profiles in the contract's JSONL version 1, ids `{first}` ... `{last}`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
Suppliers per met need: {spread}.
"""


def main() -> int:
    profiles = sorted(PROFILES, key=lambda p: p.id)
    problems = check(profiles)
    links = true_links(profiles)
    if not problems:
        problems = check_sizes(profiles, links)
    if problems:
        for problem in problems:
            print("FAIL", problem, file=sys.stderr)
        return 1
    rows = counts(profiles, links)
    table = counts_table(rows)
    spread = ", ".join(
        f"{k} supplier{'s' if k != 1 else ''}: {v} needs" for k, v in sorted(suppliers_per_met_need(profiles).items())
    )
    readme = README.format(
        n_profiles=len(profiles), first=profiles[0].id, last=profiles[-1].id, table=table, spread=spread
    )
    jsonl = "".join(profile_json(p) + "\n" for p in profiles)
    for name, text in (("profiles.jsonl", jsonl), ("links.csv", links_csv(links)), ("README.md", readme)):
        (OUT / name).write_text(text, encoding="utf-8", newline="\n")
    print(table, end="")
    print(f"Suppliers per met need: {spread}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
