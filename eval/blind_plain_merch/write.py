"""Write the hand-labelled evaluation set `eval/blind_plain_merch/`.

Merchandise, promotional and print-on-demand goods in the Health and Wellness Economy cluster:
plain registry entries (one short phrase per offer or need), about 55 % Thai.

Every offer carries a label that says what the thing is; every need lists the labels that would meet it and
the certifications its text requires, or is marked as met by no one. The true links follow from the labels
alone. Labels live only in this file; the written profiles carry none.

Run from the repository root:

    .venv/bin/python eval/blind_plain_merch/write.py

The script checks the data first and writes nothing if any check fails.
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
    BcgTag,
    Region,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "bmc"
N_PROFILES = 95
LINK_RANGE = (160, 180)

HNF = SubCluster.HEMP_NATURAL_FIBRE.value
CIR = SubCluster.CIRCULAR_TEXTILE.value
SPT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value
BIO = BcgTag.BIO.value
CIRC = BcgTag.CIRCULAR.value
GREEN = BcgTag.GREEN.value


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]  # offer labels that meet the need; empty when no one is meant to meet it
    requires: tuple[str, ...]  # canonical certifications the text requires
    waives: tuple[str, ...]  # certifications the text names only to waive them
    unmet: str  # for a need met by no one: why


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    contact_email: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any supplier offering one of `labels` and holding every certification in `req`."""
    return Need(text, labels, req, waive, "")


def u(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by no one in the set; `labels` (optional) name what would meet it if someone qualified."""
    return Need(text, labels, req, waive, note)


def sme(
    num: int,
    language: str,
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
    return Sme(
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


# ------------------------------------------------------------------ profiles, part 1: fibre, yarn, waste, fabric,
# consumables and the first print shops

PART_1 = [
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์บ้านนาโพธิ์",
        HNF,
        UP,
        "Loei",
        "naphofarm.loei@gmail.com",
        [
            o("ฝ้ายดิบอินทรีย์ ปลูกเอง อีดเมล็ดออกแล้ว ขายเป็นกิโล", "raw_cotton_lint"),
            o("ฝ้ายเข็นมือ สีขาวตุ่น ขายเป็นไจ", "handspun_cotton_yarn"),
        ],
        [n("ถุงผ้าดิบพิมพ์ชื่อกลุ่ม ไว้ใส่ของขายตลาดนัดสีเขียว 500 ใบ", "custom_tote_bags")],
        certs=("Organic Thailand",),
        bcg=(BIO, GREEN),
    ),
    sme(
        2,
        "en",
        "Siam Combed Yarn Co., Ltd.",
        HNF,
        UP,
        "Samut Prakan",
        "sales@siamcombedyarn.co.th",
        [
            o("Combed cotton ring-spun yarn Ne 30/1, 32/1 on cones", "cotton_yarn"),
            o("Organic cotton yarn Ne 20/1, certificate in process", "organic_cotton_yarn"),
        ],
        [
            n(
                "Organic Thailand certified seed cotton or lint for a trial spin, 2 t",
                "raw_cotton_lint",
                req=("Organic Thailand",),
            )
        ],
        certs=("OEKO-TEX Standard 100", "ISO 9001"),
    ),
    sme(
        3,
        "th",
        "บริษัท รีเพ็ท ไฟเบอร์ จำกัด",
        CIR,
        UP,
        "Rayong",
        "info@repetfiber.co.th",
        [
            o("เส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวดน้ำ 150D/48F ได้มาตรฐาน GRS", "recycled_polyester_yarn"),
            o("เส้นใยสั้นรีไซเคิล 1.4D x 38 มม. สำหรับปั่นผสม", "recycled_polyester_staple_fibre"),
        ],
        [n("เกล็ดขวดเพ็ทใส ล้างร้อนแล้ว ส่งเป็นตัน", "pet_bottle_flakes")],
        certs=("GRS",),
        bcg=(CIRC,),
    ),
    sme(
        4,
        "en",
        "Green Loop Flakes",
        CIR,
        UP,
        "Chonburi",
        "hello@greenloopflakes.com",
        [
            o("Hot-washed clear PET flake from post-consumer bottles, 1 t bags", "pet_bottle_flakes"),
            o("Baled used PET bottles, mixed colour", "used_pet_bottles"),
        ],
        [n("100% polyester offcuts from sportswear factories, colour sorted", "polyester_cutting_waste")],
        bcg=(CIRC,),
    ),
    sme(
        5,
        "th",
        "ร้านรับซื้อเศษผ้า เจ๊หมวย มหาชัย",
        CIR,
        UP,
        "Samut Sakhon",
        "jemuay.textile@gmail.com",
        [
            o("รับเก็บเศษผ้าจากโรงงานตัดเย็บ ถึงที่ ในเขตมหาชัย นครปฐม", "textile_waste_pickup_service"),
            o("เศษผ้ายืดคอตตอน คัดสี อัดก้อน ก้อนละ 50 กิโล", "cotton_cutting_waste"),
        ],
        [n("เศษผ้าจากห้องตัด ทุกชนิด ซื้อเหมาทั้งโรงงาน", "cotton_cutting_waste", "polyester_cutting_waste")],
        bcg=(CIRC,),
    ),
    sme(
        6,
        "en",
        "ReThread Fibre Co.",
        CIR,
        UP,
        "Pathum Thani",
        "contact@rethreadfibre.com",
        [
            o("Recycled cotton fibre, mechanically opened from pre-consumer clippings", "recycled_cotton_fibre"),
            o("Regenerated cotton/rPET yarn Ne 12/1, 60/40, grey melange", "recycled_cotton_blend_yarn"),
        ],
        [n("Clean 100% cotton knit clippings, sorted by colour, about 1 ton a month", "cotton_cutting_waste")],
        certs=("RCS", "GRS"),
        bcg=(CIRC,),
    ),
    sme(
        7,
        "th",
        "กลุ่มผู้สูงอายุปั่นฝ้ายบ้านหนองบัว",
        ALI,
        UP,
        "Nakhon Phanom",
        "nongbua.cotton@gmail.com",
        [o("เส้นฝ้ายเข็นมือ โดยผู้สูงอายุในหมู่บ้าน ไจละ 100 กรัม", "handspun_cotton_yarn")],
        [
            n("ปุยฝ้าย ฝ้ายดิบ ยังไม่ได้เข็น", "raw_cotton_lint"),
            n("เนื้อครามหมัก สำหรับก่อหม้อนิล", "indigo_paste"),
        ],
        bcg=(BIO,),
    ),
    sme(
        8,
        "en",
        "Highland Hemp Fibre",
        HNF,
        UP,
        "Chiang Rai",
        "farm@highlandhemp.co",
        [
            o("Degummed hemp bast fibre, ready for spinning", "hemp_fibre"),
            o("Hand-spun hemp thread from Hmong villages", "hemp_yarn"),
        ],
        [n("Machine-spun cotton yarn on cones, about Ne 20, for hemp/cotton cloth", "cotton_yarn")],
        certs=("Organic Thailand",),
        bcg=(BIO,),
    ),
    sme(
        9,
        "th",
        "บริษัท สยามท็อปดราย นิตติ้ง จำกัด",
        HNF,
        MID,
        "Nakhon Pathom",
        "sales@siamtopdry.co.th",
        [
            o("ผ้าคอตตอน 100% ผ้าหวี No.32 ท็อปดราย ขายเป็นกิโล", "cotton_jersey_fabric"),
            o("ผ้า TC ผ้า TK เนื้อนุ่ม สำหรับเสื้อยืดราคาประหยัด", "tc_knit_fabric"),
        ],
        [
            n("เส้นด้ายฝ้ายหวี เบอร์ 32 ส่งเป็นลูก", "cotton_yarn"),
            n("คนมารับเศษผ้าหน้าพับ ผ้าตกเกรด จากโรงถัก", "textile_waste_pickup_service"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        10,
        "en",
        "Bangkok Jersey Knit",
        SPT,
        MID,
        "Samut Prakan",
        "info@bkkjerseyknit.com",
        [
            o("Polyester micro-mesh and birdseye knits for team jerseys", "polyester_sport_fabric"),
            o("rPET single jersey 140 gsm, optical white, sublimation-ready", "recycled_polyester_knit_fabric"),
        ],
        [
            n("GRS certified recycled filament yarn, 75D/72F", "recycled_polyester_yarn", req=("GRS",)),
            n("Lab tests for wicking and colour fastness", "textile_testing_service"),
        ],
        certs=("bluesign",),
    ),
    sme(
        11,
        "th",
        "โรงย้อมศรีกรุง",
        ALC,
        MID,
        "Samut Sakhon",
        "srikrung.dyeing@gmail.com",
        [
            o("รับย้อมผ้าพับของลูกค้า ผ้าดิบ ผ้ายืด ขั้นต่ำ 200 กก. ต่อสี", "fabric_dyeing_service"),
            o("รับย้อมเสื้อสำเร็จ สีพาสเทล สีวินเทจ", "garment_dyeing_service"),
        ],
        [u("สีย้อมรีแอคทีฟ เกรดส่งออก ราคาส่ง", "no one in the set sells dyestuff")],
    ),
    sme(
        12,
        "en",
        "Sakon Indigo Collective",
        HNF,
        MID,
        "Sakon Nakhon",
        "kram@sakonindigo.org",
        [
            o("Fermented natural indigo paste (hom kram), per kg", "indigo_paste"),
            o("Hand indigo vat dyeing of your cotton or hemp cloth and garments", "indigo_dyeing_service"),
            o("Handwoven cotton dyed in indigo, 90 cm wide, by the metre", "indigo_dyed_cotton_fabric"),
        ],
        [n("Handspun cotton yarn, undyed, hanks", "handspun_cotton_yarn")],
        certs=("OTOP",),
        bcg=(BIO, GREEN),
    ),
    sme(
        13,
        "th",
        "หจก. เฟล็กซ์ไทย ซัพพลาย",
        SPT,
        MID,
        "Bangkok",
        "flexthai.supply@gmail.com",
        [
            o("เฟล็กตัด PU เกาหลี หน้ากว้าง 50 ซม. ยาว 25 เมตร", "heat_transfer_vinyl"),
            o("ฟิล์ม DTF ม้วน 60 ซม. ลอกร้อน ลอกเย็น", "dtf_film"),
            o("ผงกาวโพลียูรีเทน สำหรับงาน DTF เบอร์ละเอียด", "dtf_hotmelt_powder"),
        ],
        [u("เครื่องตัดสติกเกอร์ มือสอง สภาพดี", "no one in the set sells a cutting plotter")],
    ),
    sme(
        14,
        "en",
        "InkJet Pro Supplies",
        SPT,
        MID,
        "Nonthaburi",
        "orders@inkjetpro.co.th",
        [
            o("DTF pigment ink CMYK + white, 1 L", "dtf_ink"),
            o("Dye-sublimation ink for Epson i3200 heads", "sublimation_ink"),
            o("Sublimation transfer paper 100 gsm, 1.62 m jumbo roll", "sublimation_paper"),
        ],
        [],
    ),
    sme(
        15,
        "th",
        "ร้านด้ายปักสำเพ็ง",
        ALC,
        MID,
        "Bangkok",
        "sampheng.thread@gmail.com",
        [
            o("ด้ายปักคอม โพลีเอสเตอร์ 120/2 มาเดร่า กว่า 300 สี", "embroidery_thread"),
            o("ด้ายเย็บผ้า ด้ายโพลี 40/2 หลอดใหญ่", "sewing_thread"),
        ],
        [],
    ),
    sme(
        16,
        "en",
        "Patch & Label Works",
        ALC,
        MID,
        "Bangkok",
        "quote@patchlabelworks.com",
        [
            o("Damask woven neck labels and size tags", "woven_labels"),
            o("Iron-on or velcro embroidered patches, any shape", "embroidered_patches"),
            o("Woven patches with merrowed edge for caps and bags", "woven_patches"),
        ],
        [n("Embroidery thread in bright colours, 5000 m cones", "embroidery_thread")],
    ),
    sme(
        17,
        "th",
        "สายคล้องคอ ปริ้นท์ดี",
        SPT,
        DOWN,
        "Nonthaburi",
        "printdee.lanyard@gmail.com",
        [o("สายคล้องคอพิมพ์ลายทั้งเส้น กว้าง 2 ซม. พร้อมตะขอ ขั้นต่ำ 100 เส้น", "printed_lanyards")],
        [
            n("สายแถบสีขาว เนื้อโพลี สำหรับรีดซับ", "polyester_webbing"),
            n("ตะขอก้ามปู ห่วงเหล็ก ตัวล็อกนิรภัย", "lanyard_hardware"),
        ],
    ),
    sme(
        18,
        "en",
        "Webbing & Trim Factory",
        SPT,
        MID,
        "Samut Prakan",
        "sales@webbingtrim.co.th",
        [
            o("Flat polyester webbing 10 to 25 mm, white, 100 m rolls", "polyester_webbing"),
            o("Lobster clips, swivel hooks and badge reels", "lanyard_hardware"),
        ],
        [n("Recycled poly yarn 300D for narrow fabric looms", "recycled_polyester_yarn")],
        certs=("ISO 9001",),
    ),
    sme(
        19,
        "th",
        "ป.เจริญการ์เมนท์",
        ALC,
        MID,
        "Nakhon Pathom",
        "porcharoen.garment@gmail.com",
        [
            o("รับเย็บเสื้อยืด เสื้อโปโล ลูกค้าส่งผ้าเอง ขั้นต่ำ 300 ตัว", "garment_sewing_service"),
            o("เศษผ้าคอตตอนจากห้องตัด ขายเหมาเป็นกระสอบ", "cotton_cutting_waste"),
        ],
        [n("หาคนมารับเศษผ้าไปทุกสัปดาห์", "textile_waste_pickup_service")],
    ),
    sme(
        20,
        "en",
        "CutRight Cutting Room",
        SPT,
        MID,
        "Bangkok",
        "ops@cutright.co.th",
        [
            o("Fabric cutting service, CAD markers and auto cutter, you supply the fabric", "fabric_cutting_service"),
            o("Polyester sportswear offcuts, bagged by colour", "polyester_cutting_waste"),
        ],
        [n("Someone to collect our scraps twice a month", "textile_waste_pickup_service")],
    ),
    sme(
        21,
        "th",
        "บ้านสกรีน ลาดพร้าว",
        ALC,
        MID,
        "Bangkok",
        "baanscreen.lp@gmail.com",
        [o("รับสกรีนเสื้อ ลูกค้านำเสื้อมาเอง ขั้นต่ำ 30 ตัว", "screen_printing_service")],
        [
            n("หมึกพลาสติซอลสีขาว ถัง 5 กก.", "screen_printing_ink"),
            n("เสื้อยืดเปล่า คอกลม ผ้าฝ้าย 100% เบอร์ 32", "blank_cotton_tshirts", "organic_cotton_blank_tshirts"),
        ],
    ),
    sme(
        22,
        "en",
        "DTF Express Studio",
        SPT,
        MID,
        "Chiang Mai",
        "hi@dtfexpress.studio",
        [
            o("DTF prints pressed onto your own garments, no minimum", "dtf_printing_service"),
            o("Ready-to-press DTF gang sheets, 58 cm x 1 m", "dtf_transfer_prints"),
        ],
        [
            n("PET film for DTF, 60 cm rolls, cold peel", "dtf_film"),
            n("Hot-melt adhesive powder, fine", "dtf_hotmelt_powder"),
            n("White DTF ink, 1 litre", "dtf_ink"),
        ],
    ),
    sme(
        23,
        "th",
        "ร้านปักพี่แดง ขอนแก่น",
        ALI,
        MID,
        "Khon Kaen",
        "pdaeng.embroider@gmail.com",
        [
            o("รับปักโลโก้ บนเสื้อ หมวก กระเป๋า ของลูกค้า", "embroidery_service"),
            o("อาร์มปัก ตัวรีดชื่อโรงเรียน ชื่อนักเรียน", "embroidered_patches"),
        ],
        [n("ด้ายปักคอมพิวเตอร์ สีสด หลอดใหญ่", "embroidery_thread")],
    ),
    sme(
        24,
        "en",
        "Sublime Sports Print",
        SPT,
        MID,
        "Pathum Thani",
        "sales@sublimesports.co",
        [
            o("Roll-to-roll sublimation printing on customer fabric, 1.8 m wide", "sublimation_printing_service"),
            o("Custom sublimated jerseys and race shirts, cut and sewn in house", "custom_sublimated_sport_shirts"),
        ],
        [
            n("Paper for dye-sub printing, wide rolls", "sublimation_paper"),
            n(
                "White polyester knit for sublimation, about 140 gsm",
                "polyester_sport_fabric",
                "recycled_polyester_knit_fabric",
            ),
        ],
    ),
]

# ------------------------------------------------------------------ part 2: blanks, finished merchandise, print and
# embroidery shops, the first buyers

PART_2 = [
    sme(
        25,
        "th",
        "โรงงานเสื้อยืดเปล่า ทีเชิ้ตแลนด์",
        HNF,
        DOWN,
        "Nonthaburi",
        "sales@tshirtland.co.th",
        [
            o("เสื้อยืดคอกลมเปล่า ผ้าคอตตอน 100% เบอร์ 32 มี 20 สี ไซส์ S-3XL", "blank_cotton_tshirts"),
            o("เสื้อโปโลเปล่า ผ้าจูติ ปกขาว", "blank_polo_shirts"),
        ],
        [
            n("ผ้ายืดฝ้ายล้วน เนื้อหวี ม้วนละ 25 กก.", "cotton_jersey_fabric"),
            n("ป้ายทอคอเสื้อ ป้ายไซส์", "woven_labels"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        26,
        "en",
        "Plain Tee Wholesale BKK",
        ALC,
        DOWN,
        "Bangkok",
        "wholesale@plainteebkk.com",
        [
            o("Blank ring-spun cotton tees, 180 gsm, 30 colours, from 1 piece", "blank_cotton_tshirts"),
            o("Blank white polyester dry-fit tees for dye-sub", "blank_polyester_tshirts"),
            o("Plain canvas totes, 12 oz, natural", "blank_tote_bags"),
        ],
        [
            n("Cotton single jersey, 180-200 gsm, open width", "cotton_jersey_fabric"),
            n("Contract sewing for tees, we supply cut panels", "garment_sewing_service"),
        ],
    ),
    sme(
        27,
        "th",
        "แคปเมกเกอร์ โรงงานหมวก",
        SPT,
        DOWN,
        "Samut Prakan",
        "capmaker.factory@gmail.com",
        [
            o("หมวกแก๊ปเปล่า ผ้าคอตตอน 6 แผง ปรับสายหลัง", "blank_caps"),
            o("หมวกปักโลโก้ตามสั่ง ขั้นต่ำ 50 ใบ", "custom_caps"),
        ],
        [
            n("ร้านรับปักคอมพิวเตอร์ งานปักนูน 3D หน้าหมวก", "embroidery_service"),
            n("อาร์มผ้าทอ ขอบโพ้ง ติดหมวก", "woven_patches"),
        ],
    ),
    sme(
        28,
        "en",
        "Tote & Co. Bag Factory",
        CIR,
        DOWN,
        "Nakhon Pathom",
        "hello@toteandco.co.th",
        [
            o("Canvas tote bags printed with your logo, MOQ 200", "custom_tote_bags"),
            o("Bag sewing for brands, CMT, your fabric", "bag_sewing_service"),
        ],
        [
            n("Cotton canvas no.10, natural, rolls", "cotton_canvas_fabric"),
            n("Screen printing partner for bag panels", "screen_printing_service"),
        ],
        certs=("Thai Green Label",),
        bcg=(GREEN,),
    ),
    sme(
        29,
        "th",
        "ร้านผ้าแคนวาส ผ้าดิบ พาหุรัด",
        HNF,
        MID,
        "Bangkok",
        "phahurat.canvas@gmail.com",
        [
            o("ผ้าแคนวาสเบอร์ 10 เบอร์ 12 สีขาวครีม หน้ากว้าง 60 นิ้ว", "cotton_canvas_fabric"),
            o("ผ้าร่ม 190T เคลือบกันน้ำ หลายสี", "waterproof_polyester_fabric"),
        ],
        [u("จักรเย็บอุตสาหกรรมมือสอง จักรเข็มคู่", "no one in the set sells sewing machines")],
    ),
    sme(
        30,
        "en",
        "RainShade Promotional Umbrellas",
        ALC,
        DOWN,
        "Samut Sakhon",
        "sales@rainshade.co.th",
        [
            o("Promotional umbrellas with logo print, 24 inch auto-open", "custom_umbrellas"),
            o("Event rain ponchos printed with sponsor logos", "custom_rain_ponchos"),
        ],
        [n("Waterproof pongee or taffeta for canopies, by the roll", "waterproof_polyester_fabric")],
    ),
    sme(
        31,
        "th",
        "ร้านเสื้อสกรีนแม่ปิง",
        ALC,
        DOWN,
        "Chiang Mai",
        "maeping.screen@gmail.com",
        [
            o("เสื้อยืดสกรีนลายตามสั่ง เสื้อรุ่น งานวัด งานบวช ขั้นต่ำ 20 ตัว", "custom_cotton_tshirts"),
            o("รับสกรีนถุงผ้า ผ้ากันเปื้อน ของลูกค้า", "screen_printing_service"),
        ],
        [
            n("โปโลไม่มีลาย ขายส่ง ไว้สกรีนหน้าอก", "blank_polo_shirts"),
            n("สีสกรีนสูตรน้ำ สีจม", "screen_printing_ink"),
        ],
    ),
    sme(
        32,
        "en",
        "Ink Kitchen Screen Supplies",
        ALC,
        MID,
        "Bangkok",
        "shop@inkkitchen.co.th",
        [
            o("Plastisol and water-based inks, 1 kg and 5 kg tubs", "screen_printing_ink"),
            o("Aluminium frames stretched with 120T mesh", "screen_frames"),
        ],
        [u("Second-hand 6-colour carousel press", "no one in the set sells print equipment")],
    ),
    sme(
        33,
        "th",
        "ร้านปักชื่อผ้าขนหนู หาดใหญ่",
        ALC,
        DOWN,
        "Songkhla",
        "hatyai.towel@gmail.com",
        [
            o("ผ้าขนหนูปักชื่อ ของชำร่วย งานแต่ง งานเกษียณ", "custom_towels"),
            o("รับปักผ้าของลูกค้า ชิ้นเดียวก็ปัก", "embroidery_service"),
        ],
        [n("ผ้าขนหนูเปล่า 15x30 นิ้ว สีขาว ฝ้ายแท้", "blank_towels")],
    ),
    sme(
        34,
        "en",
        "Ratchaburi Terry Mills",
        ALC,
        MID,
        "Ratchaburi",
        "mill@rbterry.co.th",
        [
            o("Plain 100% cotton terry towels, 380 gsm, hand and bath sizes", "blank_towels"),
            o("Jacquard-woven logo towels, MOQ 300", "custom_towels"),
        ],
        [n("Mill-spun carded cotton yarn Ne 16 for terry looms", "cotton_yarn")],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        35,
        "th",
        "โคราชสปอร์ต เสื้อกีฬา",
        SPT,
        DOWN,
        "Nakhon Ratchasima",
        "koratsport.shirt@gmail.com",
        [
            o("เสื้อกีฬาพิมพ์ลายทั้งตัว เสื้อบอล เสื้อวิ่ง ออกแบบฟรี", "custom_sublimated_sport_shirts"),
            o("รับพิมพ์ซับผ้าเมตร ลูกค้าส่งผ้ามา", "sublimation_printing_service"),
        ],
        [
            n("กระดาษซับ ม้วนใหญ่ 1.6 เมตร", "sublimation_paper"),
            n("หมึกซับ สำหรับหัวพิมพ์เอปสัน", "sublimation_ink"),
            n("ผ้าไมโครสีขาว ผ้ากีฬา ขายเป็นกิโล", "polyester_sport_fabric", "recycled_polyester_knit_fabric"),
        ],
    ),
    sme(
        36,
        "en",
        "RunMerch Co.",
        SPT,
        DOWN,
        "Bangkok",
        "team@runmerch.co",
        [
            o("Printed neck buffs (tube scarves), sublimated", "custom_neck_gaiters"),
            o("Drawstring gym sacks with race logo", "custom_drawstring_bags"),
        ],
        [
            n("Sublimation on our polyester rolls, 500 m per month", "sublimation_printing_service"),
        ],
    ),
    sme(
        37,
        "th",
        "ร้าน DTF ปริ้นท์ บางนา",
        SPT,
        MID,
        "Bangkok",
        "dtfprint.bangna@gmail.com",
        [
            o("รับพิมพ์ DTF แผ่นฟิล์ม พร้อมรีด เมตรละ 250 บาท", "dtf_transfer_prints"),
            o("รับรีดลายลงเสื้อลูกค้า ทั้งเฟล็กและ DTF", "dtf_printing_service"),
        ],
        [
            n("หมึก DTF สีขาว เกรดดี ไม่อุดตัน", "dtf_ink"),
            n("ฟิล์มพิมพ์ DTF แบบลอกเย็น", "dtf_film"),
        ],
    ),
    sme(
        38,
        "th",
        "ฮีทเพรส ดีโป้",
        SPT,
        MID,
        "Bangkok",
        "heatpress.depot@gmail.com",
        [
            o("เครื่องรีดร้อน 40x60 ซม. แบบสวิง แบบลม รับประกัน 1 ปี", "heat_press_machine"),
            o("แผ่นเทฟล่อน เทปทนความร้อน", "heat_press_accessories"),
        ],
        [],
    ),
    sme(
        39,
        "th",
        "กลุ่มทอผ้าขาวม้าผู้สูงอายุ บ้านดอนแดง",
        ALI,
        DOWN,
        "Roi Et",
        "dondaeng.weaving@gmail.com",
        [
            o("ผ้าขาวม้าทอมือ ลายตาราง ผืนละ 150 บาท", "pha_khao_ma_cloth"),
            o("ผ้าซิ่นมัดหมี่ฝ้าย ผืนละ 2 เมตร", "handwoven_mudmee_cloth"),
        ],
        [n("ด้ายฝ้ายโรงงาน เบอร์ 20 สำหรับทอผ้าขาวม้า", "cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        40,
        "en",
        "Isan Craft Gifts",
        ALI,
        DOWN,
        "Khon Kaen",
        "gifts@isancraft.co",
        [o("Corporate gift boxes: pha khao ma scarf, indigo pouch and herbal balm", "corporate_gift_sets")],
        [
            n("Pha khao ma cloths in bulk, handwoven, for gift boxes", "pha_khao_ma_cloth"),
            n("Indigo-dyed handwoven cotton by the metre for pouches", "indigo_dyed_cotton_fabric"),
        ],
    ),
    sme(
        41,
        "th",
        "ถุงผ้ารักษ์โลก รีเพ็ท แบ็ก",
        CIR,
        DOWN,
        "Chachoengsao",
        "repetbag@gmail.com",
        [o("ถุงผ้าพับได้ ผลิตจากผ้ารีไซเคิลขวดพลาสติก พิมพ์โลโก้ได้", "recycled_pet_tote_bags")],
        [n("ผ้ารีไซเคิลจากขวดน้ำ เนื้อหนา สำหรับทำกระเป๋า", "recycled_polyester_woven_fabric")],
        certs=("GRS", "Thai Green Label"),
        bcg=(CIRC, GREEN),
    ),
    sme(
        42,
        "en",
        "Upcycle Studio Bangkok",
        CIR,
        DOWN,
        "Bangkok",
        "studio@upcyclebkk.com",
        [
            o("Bags and pouches sewn from old uniforms and cutting waste", "upcycled_bags"),
            o("Upcycled patchwork aprons", "upcycled_aprons"),
        ],
        [
            n("Used clothing, washed, any kind: uniforms, polos, tees", "used_garments"),
        ],
        bcg=(CIRC,),
    ),
    sme(
        43,
        "th",
        "ผ้ากันเปื้อนพิมพ์โลโก้ ศรีราชา",
        ALC,
        DOWN,
        "Chonburi",
        "sriracha.apron@gmail.com",
        [o("ผ้ากันเปื้อนร้านกาแฟ ผ้าแคนวาส ปักหรือสกรีนโลโก้", "custom_aprons")],
        [
            n("ผ้าแคนวาส ผ้าดิบหนา ขายส่งเป็นพับ", "cotton_canvas_fabric"),
            n("รับปักโลโก้จำนวนมาก ราคาโรงงาน", "embroidery_service"),
        ],
    ),
    sme(
        44,
        "en",
        "PrintNest POD",
        ALC,
        DOWN,
        "Bangkok",
        "ops@printnest.shop",
        [
            o(
                "Print-on-demand fulfilment: one-off printed tees and totes shipped to your buyers",
                "pod_fulfilment_service",
            )
        ],
        [
            n(
                "Blank tees, 100% cotton, Gildan or similar, restock weekly",
                "blank_cotton_tshirts",
                "organic_cotton_blank_tshirts",
            ),
            n("Plain cotton totes, undecorated", "blank_tote_bags"),
            n("DTF transfers printed to order, we press them ourselves", "dtf_transfer_prints"),
        ],
    ),
    sme(
        45,
        "th",
        "ติ่งช็อป เสื้อแฟนคลับ",
        ALC,
        DOWN,
        "Nonthaburi",
        "tingshop.fc@gmail.com",
        [o("เสื้อแฟนมีตติ้ง ผ้าเชียร์ ของสะสมศิลปิน", "fan_club_merchandise")],
        [
            n("สั่งทำเสื้อยืดสกรีนลาย 50 ตัว ด่วน มีร้านไหนรับบ้างคะ", "custom_cotton_tshirts"),
            n("ผ้าเชียร์พิมพ์ลายทั้งผืน สำหรับคอนเสิร์ต", "custom_towels"),
        ],
    ),
    sme(
        46,
        "en",
        "BrightStage Events Co., Ltd.",
        ALC,
        DOWN,
        "Bangkok",
        "procurement@brightstage.co.th",
        [o("Event management and staging for corporate launches", "event_management_service")],
        [
            n("Staff polo shirts with embroidered logo, 150 pcs", "custom_polo_shirts"),
            n("Printed lanyards for 2,000 delegates", "printed_lanyards"),
            n("Tote bags with sponsor logos for a seminar", "custom_tote_bags", "recycled_pet_tote_bags"),
        ],
    ),
    sme(
        47,
        "th",
        "กองพัฒนานักศึกษา มหาวิทยาลัยราชภัฏอุดรธานี",
        ALI,
        DOWN,
        "Udon Thani",
        "sa.udru@gmail.com",
        [],
        [
            n("เสื้อรับน้อง เสื้อยืดสกรีนหน้าหลัง 3,000 ตัว", "custom_cotton_tshirts"),
            n("เสื้อกีฬาสีคณะ พิมพ์ลายทั้งตัว", "custom_sublimated_sport_shirts"),
            u("ชุดครุยรับปริญญา ให้เช่า", "no one in the set rents graduation gowns"),
        ],
    ),
    sme(
        48,
        "en",
        "Lanna Care Hospital",
        ALC,
        DOWN,
        "Chiang Mai",
        "purchasing@lannacare.hospital",
        [],
        [
            n(
                "Embroidered polo shirts for 400 nurses, OEKO-TEX certified fabric",
                "custom_polo_shirts",
                req=("OEKO-TEX Standard 100",),
            ),
            n("Hand towels printed with hospital logo for the wellness wing", "custom_towels"),
            u("Disposable isolation gowns, AAMI level 2", "no one in the set makes medical disposables"),
        ],
    ),
]

# ------------------------------------------------------------------ part 3: uniforms, second-hand and recycled goods,
# organic and indigo goods, institutional buyers

PART_3 = [
    sme(
        49,
        "th",
        "บริษัท โปโลพลัส ยูนิฟอร์ม จำกัด",
        ALC,
        DOWN,
        "Samut Prakan",
        "sales@poloplus.co.th",
        [
            o("เสื้อโปโลปักโลโก้บริษัท ผ้าจูติ TK ผ้าไมโคร ขั้นต่ำ 50 ตัว", "custom_polo_shirts"),
            o("เสื้อแจ็คเก็ตพนักงาน ปักชื่อ", "custom_jackets"),
        ],
        [
            n("ผ้าจูติสำหรับตัดเสื้อโปโล สั่งเป็นม้วน", "pique_knit_fabric"),
            n("ป้ายคอทอ โลโก้ลูกค้า", "woven_labels"),
        ],
        certs=("ISO 9001", "OEKO-TEX Standard 100"),
    ),
    sme(
        50,
        "en",
        "Southern Uniform House",
        ALC,
        DOWN,
        "Surat Thani",
        "orders@southernuniform.com",
        [
            o("Corporate polos with logo embroidery, 2-week lead time", "custom_polo_shirts"),
            o("Printed T-shirts for company outings", "custom_cotton_tshirts"),
        ],
        [
            n("Plain polos to embroider, bulk, all sizes", "blank_polo_shirts"),
            n("Computer embroidery subcontractor for rush jobs", "embroidery_service"),
        ],
    ),
    sme(
        51,
        "th",
        "โกดังเสื้อผ้ามือสอง โรงเกลือ",
        CIR,
        UP,
        "Sa Kaeo",
        "rongkluea.secondhand@gmail.com",
        [
            o("เสื้อผ้ามือสองคัดเกรด กระสอบละ 100 กก. เสื้อยืด เสื้อโปโล", "used_garments"),
            o("ผ้าเช็ดเครื่องจักร ตัดจากเสื้อยืดเก่า", "cotton_wiping_rags"),
        ],
        [],
        bcg=(CIRC,),
    ),
    sme(
        52,
        "th",
        "รีลูป รีไซเคิล เสื้อผ้าเก่า",
        CIR,
        UP,
        "Prachinburi",
        "reloop.recycle@gmail.com",
        [
            o("ตั้งกล่องรับเสื้อผ้าเก่า เก็บจากสำนักงาน โรงเรียน", "garment_take_back_service"),
            o("เสื้อยืดเก่าผ้าฝ้ายล้วน คัดสีแล้ว", "used_garments"),
        ],
        [],
        bcg=(CIRC,),
    ),
    sme(
        53,
        "th",
        "โรงทอผ้ารีไซเคิล พีอีทีเท็กซ์",
        CIR,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "sales@pettex.co.th",
        [o("ผ้าอ็อกซ์ฟอร์ดรีไซเคิล 600D จากขวดพลาสติก เคลือบ PU", "recycled_polyester_woven_fabric")],
        [n("ด้ายรีไซเคิลจากขวดพลาสติก ต้องมีใบรับรอง GRS", "recycled_polyester_yarn", req=("GRS",))],
        certs=("GRS",),
        bcg=(CIRC,),
    ),
    sme(
        54,
        "en",
        "EcoSpin Yarn",
        CIR,
        UP,
        "Saraburi",
        "sales@ecospinyarn.com",
        [
            o("rPET DTY 75D and 150D from bottle-grade chips, audit pending", "recycled_polyester_yarn"),
            o("Virgin polyester FDY 300D for webbing", "polyester_filament_yarn"),
        ],
        [n("Washed PET flakes, clear, min 20 t/month", "pet_bottle_flakes")],
        bcg=(CIRC,),
    ),
    sme(
        55,
        "th",
        "ร้านผ้าค้างสต็อก ราคาถูก",
        CIR,
        MID,
        "Pathum Thani",
        "fabricstock.pt@gmail.com",
        [o("ผ้าม้วนค้างสต็อก ผ้าเหลือจากโรงงาน คละชนิด ขายเหมากิโล", "deadstock_fabric_rolls")],
        [],
        bcg=(CIRC,),
    ),
    sme(
        56,
        "en",
        "GreenThread Organics",
        HNF,
        DOWN,
        "Lamphun",
        "hello@greenthread.organic",
        [
            o("Organic cotton blank tees, 160 gsm, natural and black", "organic_cotton_blank_tshirts"),
            o("Organic cotton tote bags, blank", "blank_tote_bags"),
        ],
        [
            u(
                "GOTS organic cotton yarn Ne 30/1",
                "the only organic yarn spinner holds no GOTS",
                "organic_cotton_yarn",
                req=("GOTS",),
            )
        ],
        certs=("GOTS", "OEKO-TEX Standard 100"),
        bcg=(BIO,),
    ),
    sme(
        57,
        "th",
        "ไร่ฝ้ายเมืองเลย เสื้อยืดอินทรีย์",
        HNF,
        DOWN,
        "Loei",
        "raifai.loei@gmail.com",
        [o("เสื้อยืดผ้าฝ้ายอินทรีย์ ไม่สกรีน สีธรรมชาติ", "organic_cotton_blank_tshirts")],
        [n("ฝ้ายเส้นอินทรีย์ ปั่นโรงงาน เบอร์ 20", "organic_cotton_yarn")],
        bcg=(BIO,),
    ),
    sme(
        58,
        "en",
        "Mo Hom Indigo Tees",
        HNF,
        DOWN,
        "Phrae",
        "shop@mohomindigo.com",
        [
            o("Indigo-dyed tees with hand block-printed Phrae motifs", "indigo_dyed_tshirts"),
            o("Indigo dip-dyeing of your blank tees", "indigo_dyeing_service"),
        ],
        [n("Plain cotton tees in bulk, to overdye in indigo", "blank_cotton_tshirts", "organic_cotton_blank_tshirts")],
        bcg=(BIO,),
    ),
    sme(
        59,
        "th",
        "กลุ่มทอผ้าฝ้ายย้อมคราม บ้านพรรณา",
        ALI,
        DOWN,
        "Sakon Nakhon",
        "phanna.kram@gmail.com",
        [
            o("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม ใบละ 350 บาท", "handwoven_cotton_bags"),
            o("ผ้าพันคอย้อมคราม ทอมือ", "handwoven_scarves"),
        ],
        [n("ฝ้ายเข็นมือ ยังไม่ย้อม", "handspun_cotton_yarn")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        60,
        "en",
        "Hemp Story Bags",
        HNF,
        DOWN,
        "Nan",
        "hi@hempstorybags.com",
        [o("Hemp tote bags with leather handles", "hemp_bags")],
        [
            n("Handwoven hemp cloth, 40 cm looms, natural", "hemp_fabric"),
            n("Logo embroidery on finished bags, small runs", "embroidery_service"),
        ],
        bcg=(BIO,),
    ),
    sme(
        61,
        "th",
        "กลุ่มทอผ้าใยกัญชง ม้ง บ้านแม่สา",
        HNF,
        MID,
        "Tak",
        "maesa.hemp@gmail.com",
        [o("ผ้าใยกัญชงทอมือ หน้าแคบ ม้วนละ 10 เมตร", "hemp_fabric")],
        [n("เส้นใยกัญชงลอกแล้ว พร้อมต่อเส้น", "hemp_fibre")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        62,
        "en",
        "Spark Brand Activation Co.",
        ALC,
        DOWN,
        "Bangkok",
        "buying@sparkactivation.co.th",
        [o("Brand activation, roadshows and booth staffing", "event_management_service")],
        [
            n("Branded umbrellas for a bank roadshow, 1,000 pcs", "custom_umbrellas"),
            n("Boxed gift sets for VIP clients, local-craft story", "corporate_gift_sets"),
            n("Take-back boxes for old staff uniforms, CSR campaign", "garment_take_back_service"),
        ],
    ),
    sme(
        63,
        "th",
        "สำนักงานจังหวัดอุบลราชธานี",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "ubon.province.office@gmail.com",
        [],
        [
            n(
                "ของที่ระลึกผ้าทอมือ สินค้าโอทอป สำหรับรับรองแขกต่างประเทศ",
                "pha_khao_ma_cloth",
                "handwoven_scarves",
                "handwoven_mudmee_cloth",
                "handwoven_cotton_bags",
                req=("OTOP",),
            ),
            n(
                "ถุงผ้าแจกในงานประชุม ต้องได้ฉลากเขียว",
                "custom_tote_bags",
                "recycled_pet_tote_bags",
                req=("Thai Green Label",),
            ),
        ],
    ),
    sme(
        64,
        "en",
        "Pace Setter Running Events",
        SPT,
        DOWN,
        "Bangkok",
        "race@pacesetter.run",
        [o("Race organising and timing for charity runs", "event_management_service")],
        [
            n("Race shirts for 5,000 runners, recycled polyester preferred", "custom_sublimated_sport_shirts"),
            n("Finisher towels with race logo", "custom_towels"),
            n("Lanyards for staff passes", "printed_lanyards"),
        ],
    ),
    sme(
        65,
        "th",
        "โรงเรียนสตูลวิทยา",
        ALC,
        DOWN,
        "Satun",
        "satunwit.school@gmail.com",
        [],
        [
            n("เสื้อกีฬาสีนักเรียน 4 สี รวม 1,200 ตัว", "custom_sublimated_sport_shirts"),
            n("หมวกแก๊ปนักเรียน ปักตราโรงเรียน", "custom_caps"),
            n("ตัวรีดชื่อโรงเรียน ติดอกเสื้อ", "embroidered_patches"),
        ],
    ),
    sme(
        66,
        "en",
        "Andaman Hotel Supply Co.",
        ALC,
        DOWN,
        "Phuket",
        "supply@andamanhotel.co.th",
        [o("Linen rental and laundry for hotels", "linen_laundry_service")],
        [
            n("Pool towels with resort logo woven in, 600 pcs", "custom_towels"),
            n("Spa aprons in natural cotton, logo embroidered", "custom_aprons"),
        ],
    ),
    sme(
        67,
        "th",
        "บ้านสุขใจ เนอร์สซิ่งโฮม",
        ALC,
        DOWN,
        "Nonthaburi",
        "sukjai.nursinghome@gmail.com",
        [o("ดูแลผู้สูงอายุ รายเดือน รายวัน", "elderly_care_service")],
        [
            n("ผ้าขนหนูผืนเล็ก สีขาว ไม่ต้องปัก", "blank_towels"),
            n("ผ้ากันเปื้อนพนักงาน ปักชื่อบ้าน", "custom_aprons"),
            n("เสื้อโปโลพนักงาน ผ้าไม่ร้อน ปักโลโก้", "custom_polo_shirts"),
        ],
    ),
    sme(
        68,
        "th",
        "บริษัท อีสเทิร์น โลจิสติกส์ จำกัด",
        ALC,
        DOWN,
        "Chonburi",
        "hr@easternlogistics.co.th",
        [],
        [
            n("เสื้อยืดงานกีฬาสีบริษัท ผ้าฝ้ายเท่านั้น ไม่เอาโพลีเอสเตอร์", "custom_cotton_tshirts"),
            n("เสื้อแจ็คเก็ตกันลม ปักโลโก้ ให้พนักงานขับรถ", "custom_jackets"),
        ],
    ),
    sme(
        69,
        "th",
        "บ้านของขวัญ พิษณุโลก",
        ALC,
        DOWN,
        "Phitsanulok",
        "baankongkwan.plk@gmail.com",
        [
            o("ชุดของขวัญองค์กร กล่องผ้าขาวม้า สบู่สมุนไพร", "corporate_gift_sets"),
            o("ของชำร่วย ผ้าเช็ดหน้าพิมพ์ชื่อ", "custom_handkerchiefs"),
        ],
        [
            n("ผ้าขาวม้า ทอมือ ยกโหล", "pha_khao_ma_cloth"),
            n("เสื้อยืดหม้อห้อม สำเร็จรูป ไว้ขายหน้าร้าน", "indigo_dyed_tshirts"),
        ],
    ),
    sme(
        70,
        "th",
        "คณะอุตสาหกรรมสิ่งทอ มหาวิทยาลัยเทคโนโลยีราชมงคลกรุงเทพ",
        SPT,
        DOWN,
        "Bangkok",
        "textile.rmutk@gmail.com",
        [o("ทดสอบสิ่งทอ ความคงทนของสี ค่าการดูดซับเหงื่อ", "textile_testing_service")],
        [
            n("เสื้อโปโลปักตราคณะ สำหรับนักศึกษาใหม่ 800 ตัว", "custom_polo_shirts"),
            n(
                "ตัวอย่างผ้ารีไซเคิลจากขวด ให้นักศึกษาทดลอง",
                "recycled_polyester_knit_fabric",
                "recycled_polyester_woven_fabric",
            ),
        ],
    ),
    sme(
        71,
        "th",
        "ชมรมคนรักวิ่ง ตรัง",
        SPT,
        DOWN,
        "Trang",
        "trang.runners@gmail.com",
        [],
        [
            u(
                "เสื้อวิ่งงานการกุศล ผ้ารีไซเคิล ต้องมี GRS",
                "no maker of sport shirts holds GRS",
                "custom_sublimated_sport_shirts",
                req=("GRS",),
            ),
            n("ถุงผ้าหูรูด ใส่ของที่ระลึกนักวิ่ง", "custom_drawstring_bags"),
        ],
    ),
    sme(
        72,
        "en",
        "Nakhon Ratchasima Provincial Health Office",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "korat.pho@gmail.com",
        [],
        [
            n("Polo shirts for 2,000 village health volunteers, logo embroidery", "custom_polo_shirts"),
            n("Cotton tote bags for a health fair, printed", "custom_tote_bags"),
        ],
    ),
]

# ------------------------------------------------------------------ part 4: the last suppliers, small buyers,
# waived certifications and needs that no one meets

PART_4 = [
    sme(
        73,
        "th",
        "ทีเค นิตติ้ง โรงถักผ้า",
        SPT,
        MID,
        "Samut Sakhon",
        "tk.knitting@gmail.com",
        [o("ผ้าปิเก้ ลายรังผึ้ง เนื้อ CVC หน้ากว้าง 72 นิ้ว", "pique_knit_fabric")],
        [n("ด้ายโพลีเอสเตอร์ใยยาว เกรดใหม่ ไม่ใช่ด้ายรีไซเคิล", "polyester_filament_yarn")],
    ),
    sme(
        74,
        "en",
        "Eastern Reflective Safety Co.",
        SPT,
        DOWN,
        "Rayong",
        "sales@easternreflective.co.th",
        [o("Hi-vis safety vests printed with company logo", "custom_safety_vests")],
        [u("Retro-reflective tape, 5 cm, sew-on", "no one in the set sells reflective tape")],
    ),
    sme(
        75,
        "th",
        "กลุ่มแม่บ้านรับจ้างเย็บผ้า บ้านโนนสะอาด",
        ALI,
        MID,
        "Chaiyaphum",
        "nonsaard.sewing@gmail.com",
        [o("กลุ่มแม่บ้านรับจ้างเย็บ เสื้อยืด กางเกง ผ้ากันเปื้อน งานละเอียด", "garment_sewing_service")],
        [n("ร้านรับตัดผ้าตามแพทเทิร์น ตัดด้วยเครื่อง", "fabric_cutting_service")],
    ),
    sme(
        76,
        "en",
        "Udon Care Hospital",
        ALI,
        DOWN,
        "Udon Thani",
        "supply@udoncare.hospital",
        [],
        [
            n(
                "Baby bath towels for the maternity ward, OEKO-TEX Standard 100 required",
                "blank_towels",
                "custom_towels",
                req=("OEKO-TEX Standard 100",),
            ),
            n(
                "Aprons for caregivers, Thai Green Label nice to have",
                "custom_aprons",
                "upcycled_aprons",
                waive=("Thai Green Label",),
            ),
        ],
    ),
    sme(
        77,
        "th",
        "ร้านรีดเฟล็ก เสื้อทีม นครศรีฯ",
        SPT,
        MID,
        "Nakhon Si Thammarat",
        "flex.nakhonsi@gmail.com",
        [o("รับรีดเฟล็ก ชื่อ เบอร์ หลังเสื้อกีฬา ตัวละ 20 บาท", "heat_transfer_printing_service")],
        [
            n("ผ้าเฟล็กตัด สีขาว สีดำ ยกม้วน", "heat_transfer_vinyl"),
            n("เครื่องฮีทเพรส ขนาด 40x50 มือสองก็ได้", "heat_press_machine"),
        ],
    ),
    sme(
        78,
        "en",
        "Pai Souvenir Traders",
        ALC,
        DOWN,
        "Mae Hong Son",
        "pai.souvenir@gmail.com",
        [o("Elephant-print pants and tees, wholesale to gift shops", "souvenir_apparel")],
        [
            n(
                "Anyone doing indigo vat dyeing on our finished cotton pants? ISO 9001 not required",
                "indigo_dyeing_service",
                waive=("ISO 9001",),
            ),
            u("Printed rayon fabric, elephant pattern, 10,000 m", "no one in the set prints rayon"),
        ],
    ),
    sme(
        79,
        "th",
        "เทศบาลเมืองกระบี่",
        ALC,
        DOWN,
        "Krabi",
        "krabi.municipality@gmail.com",
        [],
        [
            n("ร่มพิมพ์ตราเทศบาล แจกประชาชน 500 คัน", "custom_umbrellas"),
            u("ธงราวประดับถนน ผ้าต่วนพิมพ์ลาย", "no one in the set makes flags or bunting"),
        ],
    ),
    sme(
        80,
        "en",
        "Starlight Fan Union",
        ALC,
        DOWN,
        "Bangkok",
        "starlight.fanunion@gmail.com",
        [],
        [
            n("Slogan towels for a concert, full-colour, 300 pcs", "custom_towels"),
            u("Light sticks with our logo", "no one in the set makes light sticks"),
        ],
    ),
    sme(
        81,
        "th",
        "กลุ่มสตรีเย็บกระเป๋า บ้านหนองหาน",
        ALI,
        MID,
        "Udon Thani",
        "nonghan.bags@gmail.com",
        [o("รับเย็บกระเป๋าผ้า ถุงผ้า ลูกค้าส่งผ้ามาเอง", "bag_sewing_service")],
        [u("ซิปไนลอนเบอร์ 5 ยกม้วน พร้อมหัวซิป", "no one in the set sells zips")],
    ),
    sme(
        82,
        "en",
        "Faded Co. Streetwear",
        ALC,
        DOWN,
        "Bangkok",
        "studio@fadedco.co",
        [o("Own-brand streetwear: hoodies and boxy tees", "streetwear_apparel")],
        [
            n("Garment dye for 500 sewn hoodies, reactive dyes, pastel shades", "garment_dyeing_service"),
            u("Enzyme stone wash for finished denim jackets", "no one in the set offers garment washing"),
        ],
    ),
    sme(
        83,
        "th",
        "โรงงานไม้ถูพื้น ศรีสะเกษ",
        CIR,
        DOWN,
        "Sisaket",
        "mop.sisaket@gmail.com",
        [o("ม็อบถูพื้น หัวม็อบผ้าฝ้าย ขายส่ง", "cotton_mops")],
        [n("ด้ายเส้นโต ปั่นจากฝ้ายรีไซเคิล ทำหัวม็อบ", "recycled_cotton_blend_yarn")],
        bcg=(CIRC,),
    ),
    sme(
        84,
        "en",
        "The Tote Project",
        CIR,
        DOWN,
        "Kanchanaburi",
        "hello@thetoteproject.org",
        [o("Bag-sharing scheme for fresh markets: lend, wash, reuse", "bag_sharing_service")],
        [
            n("Sewing partner for bags, we send cut canvas panels", "bag_sewing_service"),
            u("Bamboo ring handles, 500 pairs", "no one in the set sells bag handles"),
        ],
        bcg=(CIRC,),
    ),
    sme(
        85,
        "th",
        "เบบี้คอตตอน",
        ALC,
        DOWN,
        "Nakhon Nayok",
        "babycotton.nyk@gmail.com",
        [o("ชุดเด็กอ่อน ผ้าฝ้ายออร์แกนิก แบรนด์ของเราเอง", "baby_clothing")],
        [n("เสื้อยืดเปล่าฝ้ายออร์แกนิก ไม่ต้องมี GOTS", "organic_cotton_blank_tshirts", waive=("GOTS",))],
    ),
    sme(
        86,
        "en",
        "Chanthaburi Provincial Natural Resources and Environment Office",
        ALC,
        DOWN,
        "Chanthaburi",
        "chanthaburi.nre@gmail.com",
        [],
        [
            n(
                "Staff T-shirts in organic cotton, GOTS certified, unprinted",
                "organic_cotton_blank_tshirts",
                req=("GOTS",),
            ),
            n("Seminar bags from recycled bottles, GRS certified", "recycled_pet_tote_bags", req=("GRS",)),
            u("Seed-paper name cards", "no one in the set makes paper goods"),
        ],
    ),
    sme(
        87,
        "th",
        "ชมรมผู้สูงอายุ ตำบลในเมือง ยโสธร",
        ALI,
        DOWN,
        "Yasothon",
        "elderclub.yasothon@gmail.com",
        [o("หมอนขิดทอมือ ฝีมือผู้สูงอายุ", "khit_pillows")],
        [
            n("ผ้าขาวม้าแจกสมาชิกชมรม 200 ผืน ไม่ต้องมีโอทอป", "pha_khao_ma_cloth", waive=("OTOP",)),
            u("ไม้เท้าพับได้ สำหรับผู้สูงอายุ", "no one in the set sells walking aids"),
        ],
    ),
    sme(
        88,
        "en",
        "Mekong Brand Lab",
        ALC,
        DOWN,
        "Chiang Rai",
        "studio@mekongbrandlab.com",
        [],
        [
            n(
                "Bags of hemp or handloom cotton, plant-dyed or undyed, no synthetic dye",
                "hemp_bags",
                "handwoven_cotton_bags",
            ),
            u("Printed jute sacks for green beans", "no one in the set makes jute sacks"),
        ],
    ),
    sme(
        89,
        "th",
        "สำนักงานเกษตรจังหวัดสุพรรณบุรี",
        ALC,
        DOWN,
        "Suphan Buri",
        "suphan.agri.office@gmail.com",
        [],
        [
            n("สายห้อยบัตรงานวันเกษตร พิมพ์ชื่องาน 500 เส้น", "printed_lanyards"),
        ],
    ),
    sme(
        90,
        "en",
        "Hua Hin Jazz Festival Co.",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "crew@huahinjazz.co.th",
        [],
        [
            n(
                "Crew caps with embroidered logo, Fairtrade welcome but not required",
                "custom_caps",
                waive=("Fairtrade",),
            ),
            u("Woven fabric wristbands with RFID chip", "no one in the set makes wristbands"),
        ],
    ),
    sme(
        91,
        "th",
        "บริษัท ไทยเฮิร์บ เวลเนส จำกัด",
        ALC,
        DOWN,
        "Lampang",
        "purchase@thaiherbwellness.co.th",
        [o("ลูกประคบสมุนไพร ยาดม น้ำมันนวด", "herbal_products")],
        [
            n(
                "อยากได้ร้านใส่โลโก้ลงเสื้อพนักงานที่มีอยู่แล้ว 300 ตัว จะสกรีนหรือปักก็ได้",
                "screen_printing_service",
                "embroidery_service",
            ),
        ],
    ),
    sme(
        92,
        "en",
        "Silver Age Community Centre",
        ALC,
        DOWN,
        "Nakhon Sawan",
        "silverage.ns@gmail.com",
        [o("Day care and rehab activities for seniors", "elderly_care_service")],
        [
            n("Plain white bath towels, OEKO-TEX certified", "blank_towels", req=("OEKO-TEX Standard 100",)),
            u("Adaptive clothing with magnetic buttons", "no one in the set makes adaptive clothing"),
        ],
    ),
    sme(
        93,
        "th",
        "ร้านเสื้อลายการ์ตูน ออนไลน์",
        ALC,
        DOWN,
        "Chachoengsao",
        "cartoontee.online@gmail.com",
        [o("เสื้อลายการ์ตูนขายออนไลน์ ผลิตเมื่อมีคนสั่ง", "pod_printed_tshirts")],
        [n("มีโรงพิมพ์ไหนพิมพ์ทีละตัวแล้วส่งถึงลูกค้าเราเลยไหม", "pod_fulfilment_service")],
    ),
    sme(
        94,
        "en",
        "Similan Dive Centre",
        SPT,
        DOWN,
        "Phang Nga",
        "info@similandive.com",
        [o("Dive trips and PADI courses", "dive_trips")],
        [
            u(
                "Sublimated rash guards with our logo, bluesign fabric required",
                "no maker of sport shirts holds bluesign",
                "custom_sublimated_sport_shirts",
                req=("bluesign",),
            )
        ],
    ),
    sme(
        95,
        "th",
        "สมาคมศิษย์เก่ามหาวิทยาลัยขอนแก่น",
        ALI,
        DOWN,
        "Khon Kaen",
        "kku.alumni.assoc@gmail.com",
        [],
        [n("ผ้าพันคอทอมือ ของขวัญศิษย์เก่า ไม่ต้องมีตรานกยูง", "handwoven_scarves", waive=("Thai Silk Peacock Emblem",))],
    ),
]

SMES: list[Sme] = [*PART_1, *PART_2, *PART_3, *PART_4]


# ------------------------------------------------------------------ checks

_ID = re.compile(rf"^{PREFIX}-\d{{3}}$")
_LABEL = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_EMAIL = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
_SUB_CLUSTERS = {s.value for s in SubCluster}
_STAGES = {s.value for s in Stage}
_BCG = {b.value for b in BcgTag}


def _letters(text: str) -> tuple[int, int, int]:
    """Counts of Thai letters, Latin letters and other letters in `text`."""
    thai = latin = other = 0
    for char in text:
        if "\u0e00" <= char <= "\u0e7f":
            thai += char.isalpha()
        elif char.isalpha():
            if ord(char) < 0x250:
                latin += 1
            else:
                other += 1
    return thai, latin, other


def _language_problem(text: str, language: str) -> str | None:
    thai, latin, other = _letters(text)
    if other:
        return "letters outside Thai and Latin"
    if language == "en" and (thai or any("\u0e00" <= char <= "\u0e7f" for char in text)):
        return "Thai characters in an English phrase"
    if language == "th" and (thai == 0 or thai < 2 * latin):
        return "a Thai phrase that is not mostly Thai letters"
    return None


def _mentions(text: str, certification: str) -> bool:
    """Whether `text` names `certification` at all (also where it is negated)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for c in CERTIFICATIONS:
        if c.name == certification:
            names = (c.name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
            return any(unicodedata.normalize("NFKC", name).casefold() in folded for name in names)
    return False


def qualified(supplier: Sme, need: Need) -> bool:
    held = {resolve_certification(c) for c in supplier.certifications}
    return any(offer.label in need.labels for offer in supplier.offers) and set(need.requires) <= held


def suppliers_of(need: Need, buyer: Sme) -> list[Sme]:
    return [s for s in SMES if s.id != buyer.id and qualified(s, need)]


def check(smes: list[Sme]) -> list[str]:
    problems: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    expected = [f"{PREFIX}-{i:03d}" for i in range(1, len(smes) + 1)]
    if ids != expected:
        problems.append("ids are not bmc-001 ... in order")
    emails = Counter(s.contact_email for s in smes)
    problems += [f"email {e} used {k} times" for e, k in emails.items() if k > 1]
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for offer in s.offers:
            offered_by.setdefault(offer.label, set()).add(s.id)
    for s in smes:
        where = s.id
        if not _ID.match(s.id):
            problems.append(f"{where}: bad id")
        if s.language not in ("th", "en"):
            problems.append(f"{where}: bad language")
        if s.sub_cluster not in _SUB_CLUSTERS:
            problems.append(f"{where}: bad sub_cluster")
        if s.stage not in _STAGES:
            problems.append(f"{where}: bad stage")
        if resolve_province(s.province) is None:
            problems.append(f"{where}: province {s.province!r} does not resolve")
        if not _EMAIL.match(s.contact_email):
            problems.append(f"{where}: bad email")
        for c in s.certifications:
            if resolve_certification(c) is None:
                problems.append(f"{where}: certification {c!r} does not resolve")
        if len({resolve_certification(c) for c in s.certifications}) != len(s.certifications):
            problems.append(f"{where}: certification listed twice")
        if any(b not in _BCG for b in s.bcg) or len(set(s.bcg)) != len(s.bcg):
            problems.append(f"{where}: bad bcg")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            problems.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        if len({x.label for x in s.offers}) != len(s.offers):
            problems.append(f"{where}: two offers with one label")
        for text in (s.name, *(x.text for x in s.offers), *(x.text for x in s.needs)):
            issue = _language_problem(text, s.language)
            if issue:
                problems.append(f"{where}: {issue}: {text!r}")
            if text != text.strip() or "  " in text or not text:
                problems.append(f"{where}: stray spaces in {text!r}")
        held = {resolve_certification(c) for c in s.certifications}
        for offer in s.offers:
            if not _LABEL.match(offer.label):
                problems.append(f"{where}: bad label {offer.label!r}")
            if not find_certifications(offer.text) <= held:
                problems.append(f"{where}: offer {offer.text!r} claims a certification the SME does not hold")
        for need in s.needs:
            what = f"{where} need {need.text!r}"
            for label in need.labels:
                if not _LABEL.match(label):
                    problems.append(f"{what}: bad label {label!r}")
            for c in (*need.requires, *need.waives):
                if resolve_certification(c) != c:
                    problems.append(f"{what}: {c!r} is not a canonical certification")
            found = find_certifications(need.text)
            if found != set(need.requires):
                problems.append(f"{what}: text requires {sorted(found)}, labelled {sorted(need.requires)}")
            for c in need.waives:
                if not _mentions(need.text, c) or c in found:
                    problems.append(f"{what}: waived {c} is not named as waived")
            if set(need.requires) & set(need.waives):
                problems.append(f"{what}: a certification both required and waived")
            if any(offer.text.casefold() in need.text.casefold() for x in smes for offer in x.offers):
                problems.append(f"{what}: contains an offer's wording verbatim")
            met_by = suppliers_of(need, s)
            if need.unmet:
                if met_by:
                    problems.append(f"{what}: marked unmet but met by {[x.id for x in met_by]}")
                continue
            if not need.labels:
                problems.append(f"{what}: met need without labels")
            for label in need.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    problems.append(f"{what}: label {label} offered by no one else")
            if not met_by:
                problems.append(f"{what}: no qualified supplier")
    return problems


def links(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs = {(x.id, s.id) for s in smes for need in s.needs if not need.unmet for x in suppliers_of(need, s)}
    return sorted(pairs)


# ------------------------------------------------------------------ counts


def counts(smes: list[Sme], pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    needs = [need for s in smes for need in s.needs]
    met = [need for need in needs if not need.unmet]
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in pairs)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in pairs)
    cross = th_en + en_th
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai profiles", str(sum(s.language == "th" for s in smes))),
        ("English profiles", str(sum(s.language == "en" for s in smes))),
    ]
    rows += [(f"sub-cluster {c.value}", str(sum(s.sub_cluster == c.value for s in smes))) for c in SubCluster]
    rows += [(f"stage {st.value}", str(sum(s.stage == st.value for s in smes))) for st in Stage]
    rows += [(f"region {r.value}", str(regions[r.value])) for r in Region]
    rows += [
        ("distinct provinces", str(len({resolve_province(s.province) for s in smes}))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len({x.label for s in smes for x in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met", str(len(met))),
        ("needs met by no one", str(len(needs) - len(met))),
        ("needs requiring a certification", str(sum(bool(need.requires) for need in needs))),
        ("needs waiving a certification", str(sum(bool(need.waives) for need in needs))),
        ("true links", str(len(pairs))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links", f"{cross} ({100 * cross / max(1, len(pairs)):.0f} %)"),
        ("within-language links", str(len(pairs) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in pairs)),
        ),
    ]
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    width = max(len(k) for k, _ in rows)
    value_width = max(len("value"), *(len(v) for _, v in rows))
    lines = [f"| {'count':<{width}} | {'value':>{value_width}} |", f"|{'-' * (width + 2)}|{'-' * (value_width + 1)}:|"]
    lines += [f"| {k:<{width}} | {v:>{value_width}} |" for k, v in rows]
    return "\n".join(lines)


def target_problems(smes: list[Sme], pairs: list[tuple[str, str]]) -> list[str]:
    problems: list[str] = []
    if len(smes) != N_PROFILES:
        problems.append(f"{len(smes)} profiles, want {N_PROFILES}")
    thai = sum(s.language == "th" for s in smes)
    if not 0.50 <= thai / max(1, len(smes)) <= 0.60:
        problems.append(f"Thai share {thai}/{len(smes)}, want about 55 %")
    if not LINK_RANGE[0] <= len(pairs) <= LINK_RANGE[1]:
        problems.append(f"{len(pairs)} links, want {LINK_RANGE[0]}-{LINK_RANGE[1]}")
    by_id = {s.id: s for s in smes}
    cross = sum(by_id[a].language != by_id[b].language for a, b in pairs)
    if not 0.40 <= cross / max(1, len(pairs)) <= 0.60:
        problems.append(f"cross-language share {cross}/{len(pairs)}, want about half")
    unmet = sum(bool(need.unmet) for s in smes for need in s.needs)
    if not 17 <= unmet <= 23:
        problems.append(f"{unmet} needs met by no one, want about 20")
    sizes = [len(suppliers_of(need, s)) for s in smes for need in s.needs if not need.unmet]
    small = sum(1 <= k <= 3 for k in sizes)
    if small < 0.7 * len(sizes) or not any(k > 3 for k in sizes):
        problems.append(f"{small}/{len(sizes)} met needs have 1-3 suppliers; want most, and some with more")
    return problems


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    row: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [x.text for x in s.offers],
        "needs": [x.text for x in s.needs],
    }
    if s.certifications:
        row["certifications"] = list(s.certifications)
    if s.bcg:
        row["bcg"] = list(s.bcg)
    row["contact_email"] = s.contact_email
    row["language"] = s.language
    return json.dumps(row, ensure_ascii=False)


README = """\
# `eval/blind_plain_merch`: hand-labelled merchandise and print-on-demand set

## What it checks

How well the matcher finds the true supplier-buyer pairs among 95 SME profiles whose wording it has never seen. The
theme is merchandise, promotional and print-on-demand goods: custom T-shirts, polos, caps, tote bags, lanyards,
aprons, towels and umbrellas for events, companies, schools, races, concerts and fan clubs; blank garments and bags;
heat-transfer vinyl, DTF film, powder and ink, sublimation paper and ink, embroidery thread, woven labels and patches;
cutting, sewing, screen, DTF, sublimation and embroidery shops; event organisers, agencies, universities, hospitals,
care homes and government offices as buyers; and the upstream and circular suppliers around them (cotton, organic and
recycled yarn, PET flake, knit and canvas fabric, cutting waste and its takers, used clothing, hemp and indigo).

The profiles are plain registry entries: one short phrase per offer or need, 0-3 of each, about 55 % in Thai (Thai
name, offers and needs, `"language": "th"`) and the rest in English. The same kind of goods is written in many ways
(trade words, local names, brand names, abbreviations, with and without sizes, prices, minimum orders and places), and
a need is worded differently from the offers that meet it, often in the other language.

Hard but fair cases are included on purpose:

- a service versus the goods it works on: screen, DTF or embroidery work on the customer's shirts versus printed
  shirts; dyeing the customer's cloth or garments versus dyed cloth; sewing or cutting for others versus finished
  garments and bags; DTF transfers sold as sheets versus DTF printing on the customer's garments versus blank DTF film;
- waste and used goods versus new (cutting waste, used clothing, wiping rags, deadstock rolls, PET bottles and flake);
- raw versus processed (seed cotton, hand-spun and mill-spun yarn, fibre, fabric, finished goods; virgin versus
  recycled yarn);
- finished goods described by material, colour or technique (an indigo handwoven bag is a bag, an indigo tee is a
  tee, not indigo dyeing);
- needs written as a wish, a bare noun phrase or a question, and refusals ("no synthetic dye", "no polyester",
  "not recycled");
- needs that require a named certification (GOTS, GRS, OEKO-TEX, OTOP, Thai Green Label, Organic Thailand,
  bluesign) that only some suppliers of the thing hold, and needs that name one only to waive it;
- needs that no one in the set meets, some because no one offers the thing and some because no one who offers it
  holds the required certification.

## How it was written

By hand, by a writer who read only section 1 of the project's contracts (cluster profiles, JSONL version 1, and
the links CSV), `shared/taxonomy.py` with its data files, and the ruff settings; not the matcher, its glossary, its
tests or any other evaluation set. All data lives in `write.py`, which checks it and writes the files below.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example `indigo_dyed_cotton_fabric`
versus `indigo_dyeing_service`, `blank_cotton_tshirts` versus `custom_cotton_tshirts`). Every need either lists the
offer labels that would meet it and the certifications its text requires, or is marked as met by no one with a short
note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of the
buyer's needs and the supplier's certifications hold every certification that need requires. An SME is never linked
to itself. Shared words play no part; quantities, prices, sizes, colours and places never decide a link; what
changes what the thing is (service or goods, new or waste or used, raw or processed, blank or decorated, the fibre
where the need restricts it) does. A waived certification ("ไม่ต้องมี GOTS", "nice to have", "not required") is not
required. Labels live only in `write.py`; the profiles carry none.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_merch/write.py

The script first checks the data (ids unique and well-formed; every contract field valid; every province resolves
with `resolve_province` and every certification with `resolve_certification`; every label a need lists is offered by
someone other than the buyer; every met need has a qualified supplier and every unmet one has none; a required
certification is found in the need's text by `find_certifications` and a waived one is named there but not found;
no offer claims a certification its SME does not hold; no need repeats an offer's wording; Thai phrases mostly
Thai letters and English ones Latin only; the size targets) and writes nothing if any check fails. Two runs give
identical bytes. `--needs` also prints every need with the suppliers that meet it.

## Files

- `write.py`: the data, the labels, the checks and the writer.
- `profiles.jsonl`: 95 profiles, ids `bmc-001` ... `bmc-095`, in the contract's format, no extra fields.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def write(smes: list[Sme], pairs: list[tuple[str, str]], rows: list[tuple[str, str]]) -> None:
    profiles = "".join(profile_json(s) + "\n" for s in smes)
    links_csv = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in pairs)
    readme = README.format(table=table(rows))
    for name, text in (("profiles.jsonl", profiles), ("links.csv", links_csv), ("README.md", readme)):
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")


def main(argv: list[str]) -> int:
    problems = check(SMES)
    pairs = links(SMES)
    rows = counts(SMES, pairs)
    print(table(rows))
    if "--needs" in argv:
        for s in SMES:
            for need in s.needs:
                met_by = [x.id for x in suppliers_of(need, s)]
                print(f"{s.id} {s.language} {need.text} -> {' '.join(met_by) or '(' + need.unmet + ')'}")
    problems += target_problems(SMES, pairs)
    if problems:
        print("\n".join(["", "not written:", *problems]), file=sys.stderr)
        return 1
    write(SMES, pairs, rows)
    print("\nwrote profiles.jsonl, links.csv and README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
