"""Write the hand-labelled evaluation set `eval/blind_plain_online/`.

Online sellers and live-commerce shops of the Health and Wellness Economy cluster, their suppliers
(stock, white-label goods, samples, photography, parcel packaging, short-run sewing and embroidery,
labels and tags) and buyers (resellers, shop owners, wholesale customers, brands), plus the ordinary
upstream and midstream suppliers (cotton, yarn, cloth, dyes, sewing).

Every offer carries a label saying what the thing is; every need lists the labels that would meet it
and the certifications its text requires, or is marked as met by no one. A pair (supplier, buyer) is
a true link when an offer of the supplier carries a label that one of the buyer's needs lists and the
supplier holds every certification that need requires. The labels live only in this file.

Run from the repository root:  .venv/bin/python eval/blind_plain_online/write.py
It checks the data first and writes nothing if a check fails.
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
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

ID_PREFIX = "bol"
N_PROFILES = 95
LINK_RANGE = (160, 180)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

HNF = SubCluster.HEMP_NATURAL_FIBRE
CT = SubCluster.CIRCULAR_TEXTILE
SPT = SubCluster.SPORTECH
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL
ALI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM
BIO = BcgTag.BIO
CIRC = BcgTag.CIRCULAR
GREEN = BcgTag.GREEN

# ------------------------------------------------------------------ labels: what a thing is

LABELS: dict[str, str] = {
    # fibre, yarn, waste, dyestuff
    "raw_cotton_lint": "seed cotton or ginned cotton lint, not yet spun",
    "handspun_cotton_yarn": "cotton yarn spun by hand (undyed)",
    "cotton_yarn": "machine-spun cotton or cotton-blend yarn on cones (undyed)",
    "indigo_dyed_cotton_yarn": "cotton yarn already dyed with indigo",
    "hemp_fibre": "hemp bast fibre, not yet spun",
    "hemp_yarn": "hemp yarn",
    "silk_yarn": "reeled Thai (mulberry) silk yarn",
    "recycled_polyester_yarn": "polyester yarn made from PET bottles or polyester waste",
    "recycled_cotton_fibre": "cotton fibre opened from textile waste",
    "recycled_cotton_yarn": "yarn spun from recycled cotton fibre",
    "fabric_scraps": "post-industrial cutting waste and offcuts, cotton or mixed",
    "polyester_waste_scraps": "post-industrial polyester offcuts",
    "secondhand_clothing": "used clothing in wearable, resaleable condition",
    "post_consumer_textile_waste": "worn-out used textiles, not wearable, for recycling",
    "indigo_dye_stuff": "indigo paste, indigo leaves or indigo powder (the dyestuff)",
    "natural_dye_stuff": "plant dyes other than indigo: lac, ebony fruit, sappan, bark",
    "synthetic_dyes": "reactive, acid or other chemical dyes",
    # fabric
    "greige_cotton_fabric": "unbleached, undyed woven cotton cloth (pha dip)",
    "canvas_fabric": "heavy plain cotton canvas by the roll",
    "handwoven_cotton_fabric": "handwoven cotton cloth sold by length (not indigo-dyed)",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with indigo (mo hom), sold by length",
    "hemp_fabric": "woven hemp or hemp-blend cloth by length",
    "silk_fabric": "woven real silk cloth by length (mudmee, praewa, yok)",
    "batik_fabric": "batik cloth by length or piece, not yet sewn",
    "jersey_knit_fabric": "cotton, TC or CVC knitted jersey by the kilo or roll",
    "performance_sports_fabric": "polyester microfibre, mesh or dri-fit knit for sportswear",
    "polyester_satin_fabric": "polyester satin sold as 'Italian silk' (not silk)",
    "deadstock_fabric": "surplus new fabric rolls and ends from factories",
    # services and components
    "indigo_dyeing_service": "dyeing the customer's yarn, cloth or garments with indigo",
    "natural_dyeing_service": "dyeing the customer's goods with plant dyes other than indigo",
    "fabric_dyeing_service": "dyeing the customer's fabric with chemical dyes",
    "bleaching_finishing_service": "scouring and bleaching the customer's greige cloth",
    "garment_printing_service": "screen, DTG or DTF printing on the customer's garments or bags",
    "sublimation_printing_service": "sublimation printing on the customer's polyester fabric",
    "custom_dtf_transfers": "DTF transfer sheets printed from the customer's artwork",
    "dtf_printing_supplies": "DTF consumables: PET film, adhesive powder, pigment ink",
    "embroidery_service": "embroidering logos or names on the customer's items",
    "cmt_sewing_service": "cut-make-trim sewing of the customer's fabric",
    "sample_pattern_service": "pattern making, sample sewing and size grading",
    "private_label_oem_apparel": "full-package garment manufacturing under the buyer's brand",
    "garment_labels": "woven or printed brand, size and care labels",
    "hang_tags": "paper swing tags",
    "mailer_bags": "plastic or compostable courier bags (poly mailers)",
    "parcel_boxes": "corrugated shipping boxes",
    "protective_packaging": "bubble wrap and air cushion rolls",
    "sewing_thread": "sewing and overlock thread",
    "sewing_trims": "zips, buttons, snaps, elastic, velcro",
    "product_photography_service": "product, flat-lay and model photography",
    "livestream_selling_service": "live hosts selling the customer's goods on live commerce",
    # finished goods
    "blank_garments": "plain undecorated tees and polos for printing or embroidery",
    "printed_tshirts": "printed t-shirts and hoodies (made to order or stock)",
    "womens_fashion_apparel": "women's fashion clothing stock",
    "apparel_dropship_program": "clothing supplied by dropship to the reseller's customers",
    "handwoven_scarves": "handwoven cotton or hemp scarves and shawls",
    "silk_scarves_shawls": "real silk scarves, shawls and sabai",
    "pha_khao_ma": "pha khao ma, the chequered multi-purpose cloth, as finished pieces",
    "tube_skirt_sarong": "pha sin, pha thung, sarongs as finished pieces",
    "cloth_bags": "tote, shoulder and other cloth bags (new material), decorated or woven",
    "blank_tote_bags": "plain undecorated canvas totes for printing",
    "upcycled_bags": "bags made from used clothes or fabric waste",
    "home_decor_textiles": "cushions, cushion covers, table runners, axe pillows",
    "bed_linen": "bed sheets, duvet covers, pillowcases",
    "towels": "bath, hotel and spa towels",
    "sportswear_garments": "sports jerseys, running wear",
    "hemp_garments": "shirts and trousers of hemp",
    "cotton_casual_wear": "casual shirts, trousers and loungewear of woven cotton",
    "adaptive_elderly_clothing": "easy-dress clothing for older people",
    "washable_underpads": "washable incontinence and bed pads",
    "staff_uniforms": "uniforms for hotel, spa and shop staff",
    "wiping_rags": "cut rags for wiping machines",
    "performance_costumes": "Thai dance and show costumes",
    # asked for, offered by no one in this set
    "organic_fertiliser": "fertiliser",
    "cotton_gin_machine": "ginning machinery",
    "beeswax": "beeswax for wax-resist drawing",
    "sewing_machine_parts": "spare parts for sewing machines",
    "label_machine": "label cutting machinery",
    "mannequins": "display mannequins",
    "live_streaming_equipment": "lights, tripods and phones for live selling",
    "metallic_thread": "gold and silver metallic thread",
    "kapok_fibre": "kapok fibre for stuffing",
    "sublimation_supplies": "sublimation paper and ink",
    "sequins_lace": "sequins, lace and beads",
    "screen_printing_ink": "plastisol and water-based screen inks",
    "patient_gowns": "hospital patient gowns",
    "hats": "hats and caps",
    "fulfilment_service": "warehousing, pick-pack-ship",
    "online_ads_service": "online advertising management",
    "wool_yarn": "sheep or alpaca wool yarn",
    "leather": "leather hides and straps",
}


@dataclass(frozen=True, slots=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str | None = None  # set when the need is met by no one in the set


@dataclass(frozen=True, slots=True)
class Sme:
    num: int
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

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def x(text: str, *labels: str, note: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive, note)


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: SubCluster,
    stage: Stage,
    province: str,
    email: str,
    offers: tuple[Offer, ...] = (),
    needs: tuple[Need, ...] = (),
    certs: tuple[str, ...] = (),
    bcg: tuple[BcgTag, ...] = (),
) -> Sme:
    return Sme(num, language, name, sub_cluster, stage, province, email, offers, needs, certs, bcg)


# ------------------------------------------------------------------ the SMEs

SMES: tuple[Sme, ...] = (
    # ---------------------------------------------------------- fibre, yarn, dyestuff, waste
    sme(
        1,
        "th",
        "สวนฝ้ายอินทรีย์ลุงคำ",
        HNF,
        UP,
        "Loei",
        "lungkham.cotton@example.com",
        offers=(
            o("ปุยฝ้ายตุ่ย ฝ้ายพื้นเมือง ปลอดสาร ขายเป็นกิโล", "raw_cotton_lint"),
            o("ฝ้ายเข็นมือ สีขาวนวล เป็นไจ", "handspun_cotton_yarn"),
        ),
        needs=(
            x(
                "ปุ๋ยมูลไส้เดือน ใส่แปลงฝ้าย ครั้งละ 1 ตัน",
                "organic_fertiliser",
                note="fertiliser; no one in the set sells farm inputs",
            ),
        ),
        certs=("Organic Thailand",),
        bcg=(BIO, GREEN),
    ),
    sme(
        2,
        "en",
        "Nan Highland Cotton Growers",
        HNF,
        UP,
        "Nan",
        "nanhighland@example.com",
        offers=(o("Seed cotton and ginned lint, native white and brown, 50 kg sacks", "raw_cotton_lint"),),
        needs=(
            n("anyone selling indigo paste or dried indigo leaves?", "indigo_dye_stuff"),
            x(
                "where to buy a small hand-cranked cotton gin",
                "cotton_gin_machine",
                note="machinery; no one offers it",
            ),
        ),
        bcg=(BIO,),
    ),
    sme(
        3,
        "th",
        "กลุ่มย้อมครามบ้านดอนกอย",
        HNF,
        UP,
        "Sakon Nakhon",
        "donkoi.indigo@example.com",
        offers=(
            o("เนื้อครามเปียก หมักเอง กิโลละ 150 บาท", "indigo_dye_stuff"),
            o("ฝ้ายเข็นย้อมคราม เป็นไจ สีเข้มสีอ่อนตามสั่ง", "indigo_dyed_cotton_yarn"),
        ),
        needs=(n("ฝ้ายดิบ ยังไม่ได้ปั่น ไว้เข็นเส้นเอง", "raw_cotton_lint"),),
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        4,
        "en",
        "Siam Combed Yarn Trading",
        HNF,
        UP,
        "Samut Prakan",
        "sales@siamcombedyarn.example.com",
        offers=(
            o("Combed cotton Ne 32/1 on cones, min. 1 bale", "cotton_yarn"),
            o("Organic cotton 20s knitting yarn, GOTS", "cotton_yarn"),
        ),
        needs=(
            n(
                "Thai-grown cotton lint, Organic Thailand certified, for a local line",
                "raw_cotton_lint",
                req=("Organic Thailand",),
            ),
        ),
        certs=("GOTS certified", "Oeko-Tex 100"),
    ),
    sme(
        5,
        "th",
        "หจก.ไหมทองสุรินทร์",
        ALI,
        UP,
        "Surin",
        "maithong.surin@example.com",
        offers=(
            o("เส้นไหมน้อย ไหมพื้นบ้าน สาวมือ ขายเป็นกิโล", "silk_yarn"),
            o("ผ้าไหมมัดหมี่ ทอมือ ผืนละ 4 เมตร", "silk_fabric"),
        ),
        needs=(n("สีเคมีสำหรับไหม ถุงละครึ่งโล", "synthetic_dyes"),),
        certs=("ตรานกยูงพระราชทาน", "OTOP"),
        bcg=(BIO,),
    ),
    sme(
        6,
        "en",
        "Doi Hemp Fibre Works",
        HNF,
        UP,
        "Chiang Mai",
        "doihemp@example.com",
        offers=(
            o("Hand-stripped hemp bast, degummed, per kg", "hemp_fibre"),
            o("Hmong hand-spliced hemp thread, natural grey", "hemp_yarn"),
        ),
        needs=(n("plant dyes besides indigo: lac, ebony fruit, sappan wood", "natural_dye_stuff"),),
        bcg=(BIO,),
    ),
    sme(
        7,
        "th",
        "วิสาหกิจชุมชนผ้ากัญชงม้งบ้านรวมไทย",
        HNF,
        MID,
        "Tak",
        "hmong.hemp.tak@example.com",
        offers=(
            o("ผ้าใยกัญชงทอมือ หน้ากว้าง 40 ซม. ขายเป็นพับ", "hemp_fabric"),
            o("เส้นกัญชงต่อมือ ม้วนละครึ่งกิโล", "hemp_yarn"),
        ),
        needs=(
            x(
                "ขี้ผึ้งแท้ สำหรับเขียนเทียนบนผ้า",
                "beeswax",
                note="beeswax for wax-resist; no one offers it",
            ),
            n("ครามเปียก ไว้ย้อมผ้าเอง", "indigo_dye_stuff"),
        ),
        bcg=(BIO,),
    ),
    sme(
        8,
        "en",
        "Korat rPET Yarn Co., Ltd.",
        CT,
        UP,
        "Korat",
        "info@koratrpet.example.com",
        offers=(o("Recycled polyester filament 150D/48F from bottle flakes", "recycled_polyester_yarn"),),
        needs=(n("sportswear cutting-room waste, poly only, sorted by colour", "polyester_waste_scraps"),),
        certs=("GRS",),
        bcg=(CIRC,),
    ),
    sme(
        9,
        "th",
        "โรงงานเส้นใยรีไซเคิล มหาชัย",
        CT,
        UP,
        "Samut Sakhon",
        "mahachai.recycle@example.com",
        offers=(
            o("เส้นใยฝ้ายรีไซเคิล ตีจากเศษผ้า คัดสีแล้ว ไม่ต้องย้อม", "recycled_cotton_fibre"),
            o("ด้าย OE เบอร์ 10 ปั่นจากใยรีไซเคิล", "recycled_cotton_yarn"),
        ),
        needs=(
            n("เศษผ้าคอตตอนจากโรงงานตัดเย็บ รับเป็นตัน", "fabric_scraps"),
            n("เสื้อผ้าเก่าขาดแล้ว ใส่ไม่ได้ รับซื้อเป็นกิโล", "post_consumer_textile_waste"),
        ),
        certs=("GRS", "RCS"),
        bcg=(CIRC,),
    ),
    sme(
        10,
        "en",
        "Pratunam Bale Traders",
        CT,
        UP,
        "Bangkok",
        "pratunambales@example.com",
        offers=(
            o("Japan secondhand clothing bales, grade A, 45 kg", "secondhand_clothing"),
            o("Unwearable worn clothes sorted out of bales, by the tonne", "post_consumer_textile_waste"),
        ),
        bcg=(CIRC,),
    ),
    sme(
        11,
        "th",
        "ร้านเศษผ้าพี่ต้อย",
        CT,
        UP,
        "Samut Prakan",
        "pitoy.scraps@example.com",
        offers=(
            o("เศษผ้ายืด ผ้าคอตตอน เหมากิโล", "fabric_scraps"),
            o("ผ้าเช็ดเครื่อง ผ้าขี้ริ้ว ตัดแล้ว มัดละ 5 โล", "wiping_rags"),
        ),
        needs=(n("เสื้อยืดเก่าสภาพใช้ไม่ได้ ไว้ตัดทำผ้าเช็ด", "post_consumer_textile_waste"),),
        bcg=(CIRC,),
    ),
    sme(
        12,
        "en",
        "Lampang Natural Dye House",
        HNF,
        UP,
        "Lampang",
        "lampangdye@example.com",
        offers=(
            o("Natural dye extracts: lac, makluea ebony, sappan", "natural_dye_stuff"),
            o("We dye your yarn, cloth or finished pieces with plant colours, small lots", "natural_dyeing_service"),
        ),
        needs=(n("unbleached cotton cloth for dye swatches", "greige_cotton_fabric"),),
        bcg=(BIO, GREEN),
    ),
    sme(
        13,
        "th",
        "ร้านเคมีสีย้อมผ้า บางบอน",
        ALC,
        UP,
        "Bangkok",
        "bangbon.dyes@example.com",
        offers=(
            o("สีรีแอคทีฟ ย้อมฝ้าย แบ่งขาย 1 กิโล", "synthetic_dyes"),
            o("สีแอซิด ย้อมไหม ไนลอน ขนสัตว์", "synthetic_dyes"),
        ),
    ),
    sme(
        14,
        "en",
        "Isan Silk Reelers Group",
        ALI,
        UP,
        "Khon Kaen",
        "isansilkreelers@example.com",
        offers=(o("Hand-reeled Thai silk, yellow cocoon, per kg", "silk_yarn"),),
        needs=(n("Reactive or acid dyes for silk, small packs", "synthetic_dyes"),),
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    # ---------------------------------------------------------- weaving, knitting, dyeing, components
    sme(
        15,
        "th",
        "กลุ่มทอผ้านาหมื่นศรี",
        HNF,
        MID,
        "Trang",
        "namuensri.weave@example.com",
        offers=(
            o("ผ้าทอนาหมื่นศรี ฝ้ายยกดอก ขายเป็นเมตร", "handwoven_cotton_fabric"),
            o("ผ้าขาวม้าลายนาหมื่นศรี ผืนละ 250", "pha_khao_ma"),
        ),
        needs=(n("ด้ายฝ้ายย้อมครามสำเร็จ ไว้ทอลายยกดอก", "indigo_dyed_cotton_yarn"),),
        certs=("OTOP",),
    ),
    sme(
        16,
        "th",
        "โรงทอผ้าดิบ อ้อมน้อย",
        ALC,
        MID,
        "Samut Sakhon",
        "omnoi.greige@example.com",
        offers=(
            o("ผ้าดิบ ฝ้าย 100% หน้า 60 นิ้ว ม้วนละ 50 หลา", "greige_cotton_fabric"),
            o("ผ้าแคนวาสดิบ เนื้อหนา 10 ออนซ์", "canvas_fabric"),
        ),
        needs=(n("ด้ายฝ้ายเบอร์ 20 ลูกโคน ขั้นต่ำ 1 ตัน", "cotton_yarn"),),
    ),
    sme(
        17,
        "en",
        "Phrae Mo Hom Indigo Studio",
        HNF,
        MID,
        "Phrae",
        "mohomstudio@example.com",
        offers=(
            o("Mo hom indigo cotton by the metre, 90 cm wide", "indigo_dyed_cotton_fabric"),
            o("We dye your garments or fabric in natural indigo, min 20 pcs", "indigo_dyeing_service"),
        ),
        needs=(
            n("indigo paste in buckets, steady monthly supply", "indigo_dye_stuff"),
            n("plain loomstate cotton to dye", "greige_cotton_fabric"),
        ),
        bcg=(BIO,),
    ),
    sme(
        18,
        "th",
        "กลุ่มทอผ้าบ้านนาต้นจั่น",
        ALC,
        MID,
        "Sukhothai",
        "natonchan.weave@example.com",
        offers=(
            o("ผ้าฝ้ายทอมือ ลายขิด ขายเป็นเมตร", "handwoven_cotton_fabric"),
            o("ซิ่นตีนจก ทอมือ เย็บสำเร็จ", "tube_skirt_sarong"),
        ),
        needs=(n("ฝ้ายเข็นมือ ไม่ฟอก สำหรับเส้นพุ่ง", "handspun_cotton_yarn"),),
        certs=("OTOP",),
    ),
    sme(
        19,
        "en",
        "Sakon Indigo Weavers",
        HNF,
        MID,
        "Sakon Nakhon",
        "sakonindigo@example.com",
        offers=(
            o("Handwoven indigo cotton, 80 cm wide, by the metre", "indigo_dyed_cotton_fabric"),
            o("Indigo-dipped cotton yarn hanks", "indigo_dyed_cotton_yarn"),
        ),
        needs=(n("Handspun cotton, undyed, for weft", "handspun_cotton_yarn"),),
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        20,
        "th",
        "โรงงานผ้ายืดธนาคอตตอน",
        ALC,
        MID,
        "Bangkok",
        "thanacotton@example.com",
        offers=(
            o("ผ้ายืดคอตตอน 100% เบอร์ 32 ขายเป็นกิโล", "jersey_knit_fabric"),
            o("ผ้า TC ผ้าจูติ สีพื้น พร้อมส่ง", "jersey_knit_fabric"),
        ),
        needs=(n("ด้ายคอตตอนหวี 32 ลูกโคน", "cotton_yarn"),),
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        21,
        "en",
        "ProDry Sport Textiles",
        SPT,
        MID,
        "Chonburi",
        "prodry@example.com",
        offers=(
            o("Dri-fit microfibre and bird-eye mesh, 150 gsm, per kg", "performance_sports_fabric"),
            o("Roll-to-roll sublimation on your polyester fabric", "sublimation_printing_service"),
        ),
        needs=(n("recycled polyester yarn, GRS certified", "recycled_polyester_yarn", req=("GRS",)),),
        certs=("bluesign", "OEKO-TEX Standard 100"),
    ),
    sme(
        22,
        "th",
        "ผ้ากีฬาหนังไก่ ขายส่ง บ้านหม้อ",
        SPT,
        MID,
        "Bangkok",
        "banmo.sportfabric@example.com",
        offers=(
            o("ผ้าไมโครหนังไก่ ผ้ากีฬา สีพื้น พับละ 20 กก.", "performance_sports_fabric"),
            o("ผ้าไหมอิตาลี ซาตินเงา สีสด ขายเป็นหลา", "polyester_satin_fabric"),
        ),
    ),
    sme(
        23,
        "en",
        "Chonburi Stitch CMT",
        SPT,
        MID,
        "Chonburi",
        "chonburistitch@example.com",
        offers=(
            o("Cut-make-trim of your fabric: tees, polos, jerseys, from 50 pcs", "cmt_sewing_service"),
            o("Polyester jersey offcuts from our cutting room, per kg", "polyester_waste_scraps"),
        ),
        needs=(
            n("Spun polyester sewing thread 40/2, cones", "sewing_thread"),
            x(
                "Juki overlock spare parts",
                "sewing_machine_parts",
                note="machine parts; no one offers them",
            ),
        ),
    ),
    sme(
        24,
        "th",
        "รับเย็บผ้า ป้าแดง",
        ALC,
        MID,
        "Nonthaburi",
        "padaeng.sewing@example.com",
        offers=(
            o("รับเย็บเสื้อผ้า ลูกค้าส่งผ้ามาเอง ไม่มีขั้นต่ำ", "cmt_sewing_service"),
            o("ขึ้นตัวอย่าง ทำแพทเทิร์น ให้ร้านออนไลน์", "sample_pattern_service"),
        ),
        needs=(
            n("ด้ายหลอด สีขาวดำ ยกโหล", "sewing_thread"),
            n("อะไหล่ตัดเย็บ ซิปซ่อน กระดุมมุก ราคาส่ง", "sewing_trims"),
        ),
    ),
    sme(
        25,
        "en",
        "Ratchaburi Embroidery & Print",
        SPT,
        MID,
        "Ratchaburi",
        "rbembroidery@example.com",
        offers=(
            o("Computer embroidery of logos on your caps, polos and bags, 1 pc OK", "embroidery_service"),
            o("DTF and screen printing on items you send: shirts, totes, caps", "garment_printing_service"),
        ),
        needs=(n("transfer film and adhesive powder for our DTF printer", "dtf_printing_supplies"),),
    ),
    sme(
        26,
        "th",
        "ร้านปักคอม ขอนแก่น",
        ALI,
        MID,
        "Khon Kaen",
        "kk.embroidery@example.com",
        offers=(o("รับปักคอม ปักโลโก้ ปักชื่อ ชุดนักเรียน", "embroidery_service"),),
        needs=(n("เสื้อเปล่าไม่มีลาย คอกลมหรือคอปก ไว้ปักโลโก้ให้ลูกค้า", "blank_garments"),),
    ),
    sme(
        27,
        "en",
        "Bangkok DTF Supply",
        SPT,
        MID,
        "Bangkok",
        "bkkdtf@example.com",
        offers=(
            o("DTF PET film rolls 60 cm, powder, pigment ink", "dtf_printing_supplies"),
            o("Gang-sheet DTF transfers printed from your file, ready to press", "custom_dtf_transfers"),
        ),
        needs=(
            x(
                "someone to run our Shopee and Facebook ads",
                "online_ads_service",
                note="advertising agency; no one offers it",
            ),
        ),
    ),
    sme(
        28,
        "th",
        "ป้ายทอ ป้ายคอ สำเพ็ง",
        ALC,
        MID,
        "Bangkok",
        "sampeng.labels@example.com",
        offers=(
            o("ป้ายทอ ป้ายคอเสื้อ โลโก้แบรนด์ ขั้นต่ำ 500 ชิ้น", "garment_labels"),
            o("ป้ายแท็ก ป้ายห้อย อาร์ตการ์ด เจาะรู", "hang_tags"),
        ),
    ),
    sme(
        29,
        "en",
        "Tag & Label Lab",
        CT,
        MID,
        "Nonthaburi",
        "taglabellab@example.com",
        offers=(
            o("FSC recycled-board swing tags with cotton string", "hang_tags"),
            o("Printed satin care labels from 100 pcs", "garment_labels"),
        ),
        needs=(
            x(
                "used label cutting and folding machine",
                "label_machine",
                note="machinery; no one offers it",
            ),
        ),
        certs=("FSC",),
        bcg=(CIRC,),
    ),
    sme(
        30,
        "th",
        "ถุงไปรษณีย์ราคาส่ง บางพลี",
        ALC,
        MID,
        "Samut Prakan",
        "bangplee.pack@example.com",
        offers=(
            o("ซองไปรษณีย์พลาสติก สีขาว มีแถบกาว แพ็ค 100 ใบ", "mailer_bags"),
            o("กล่องพัสดุ เบอร์ 00 ถึง G ฝาชน", "parcel_boxes"),
        ),
    ),
    sme(
        31,
        "en",
        "EcoMail Packaging",
        CT,
        MID,
        "Pathum Thani",
        "hello@ecomail.example.com",
        offers=(
            o("Compostable corn-starch mailers, 25x35 cm", "mailer_bags"),
            o("Kraft shipping cartons from recycled board", "parcel_boxes"),
        ),
        certs=("Thai Green Label",),
        bcg=(GREEN, CIRC),
    ),
    sme(
        32,
        "th",
        "ร้านกล่องพัสดุ ขอนแก่น",
        ALI,
        MID,
        "Khon Kaen",
        "kk.boxes@example.com",
        offers=(
            o("กล่องไปรษณีย์ราคาโรงงาน สกรีนโลโก้ได้", "parcel_boxes"),
            o("บับเบิ้ลกันกระแทก ม้วนยาว 100 เมตร", "protective_packaging"),
        ),
    ),
    sme(
        33,
        "en",
        "Lens & Linen Product Studio",
        ALC,
        DOWN,
        "Bangkok",
        "lensandlinen@example.com",
        offers=(
            o("Flat-lay and ghost-mannequin photos for Shopee/Lazada, per SKU", "product_photography_service"),
            o("Half-day lookbook shoots with models", "product_photography_service"),
        ),
        needs=(
            x(
                "full-body female mannequins, 5 pcs",
                "mannequins",
                note="display fixtures; no one offers them",
            ),
        ),
    ),
    sme(
        34,
        "th",
        "รับถ่ายรูปสินค้าลงเพจ เชียงใหม่",
        HNF,
        DOWN,
        "Chiang Mai",
        "cm.productphoto@example.com",
        offers=(
            o("รับถ่ายรูปสินค้า ผ้าทอ เสื้อผ้า ลงเพจ ลงช้อปปี้", "product_photography_service"),
            o("รับไลฟ์สดขายของแทน ติ๊กต็อก เฟซบุ๊ก", "livestream_selling_service"),
        ),
    ),
    sme(
        35,
        "en",
        "LiveHost Agency",
        ALC,
        DOWN,
        "Nonthaburi",
        "livehost@example.com",
        offers=(o("TikTok Shop and Shopee Live hosts, commission basis", "livestream_selling_service"),),
        needs=(
            x(
                "ring lights and phone tripods",
                "live_streaming_equipment",
                note="electronics; no one offers them",
            ),
        ),
    ),
    sme(
        36,
        "th",
        "โรงย้อมผ้ารับจ้าง อ้อมใหญ่",
        ALC,
        MID,
        "Nakhon Pathom",
        "omyai.dyehouse@example.com",
        offers=(
            o("รับย้อมผ้าฝ้าย ผ้ายืด ตามสีลูกค้า สีรีแอคทีฟ", "fabric_dyeing_service"),
            o("รับฟอกขาวผ้าดิบ ลงแป้ง", "bleaching_finishing_service"),
        ),
        needs=(n("ผ้าเช็ดมือช่าง ไว้เช็ดน้ำมันในโรงย้อม ชั่งกิโล", "wiping_rags"),),
        certs=("ISO 14001",),
    ),
    sme(
        37,
        "en",
        "Isan Mudmee Silk House",
        ALI,
        MID,
        "Chaiyaphum",
        "mudmeehouse@example.com",
        offers=(
            o("Handwoven mudmee silk, 2 m lengths, Peacock Emblem", "silk_fabric"),
            o("Hand-loomed silk shawls", "silk_scarves_shawls"),
        ),
        needs=(n("Thai native silk yarn", "silk_yarn"),),
        certs=("Thai Silk Peacock Emblem", "OTOP"),
        bcg=(BIO,),
    ),
    sme(
        38,
        "th",
        "กลุ่มทอผ้าขาวม้าบ้านหนองขาม",
        ALI,
        MID,
        "Roi Et",
        "nongkham.weave@example.com",
        offers=(
            o("ผ้าขาวม้าทอมือ ลายตาราง ฝ้ายแท้ ผืนละ 120", "pha_khao_ma"),
            o("ผ้าหมักโคลน ทอมือ เป็นเมตร", "handwoven_cotton_fabric"),
        ),
        needs=(n("เส้นด้ายฝ้ายลูกโคน สำหรับทอหูก", "cotton_yarn"),),
        certs=("OTOP",),
    ),
    sme(
        39,
        "en",
        "Songkhla Batik Workshop",
        HNF,
        MID,
        "Songkhla",
        "songkhlabatik@example.com",
        offers=(
            o("Hand-drawn batik on cotton, 2 m pieces", "batik_fabric"),
            o("Ready-to-wear batik sarongs", "tube_skirt_sarong"),
        ),
        needs=(n("Unbleached plain cotton, 45 inch, as batik base", "greige_cotton_fabric"),),
    ),
    sme(
        40,
        "th",
        "ผ้าปาเต๊ะ ภูเก็ต",
        HNF,
        DOWN,
        "Phuket",
        "phuket.pateh@example.com",
        offers=(
            o("ผ้าปาเต๊ะ ผ้าถุงเย็บสำเร็จ ลายชวา", "tube_skirt_sarong"),
            o("ผ้าบาติกเขียนมือ ผืนยาว 2 เมตร", "batik_fabric"),
        ),
        needs=(
            n("สีย้อมบาติก สีเคมี", "synthetic_dyes"),
            n("อยากได้คนไลฟ์ขายผ้าปาเต๊ะ ทางติ๊กต็อก", "livestream_selling_service"),
        ),
    ),
    sme(
        41,
        "en",
        "Nakhon Si Yok Brocade Weavers",
        HNF,
        MID,
        "Nakhon Si Thammarat",
        "yokbrocade@example.com",
        offers=(o("Pha yok brocade in silk, per piece", "silk_fabric"),),
        needs=(
            x(
                "gold metallic thread for brocade",
                "metallic_thread",
                note="metallic yarn; no one offers it",
            ),
        ),
        certs=("OTOP",),
    ),
    sme(
        42,
        "th",
        "โรงงาน OEM เสื้อผ้าติดแบรนด์",
        ALC,
        MID,
        "Samut Sakhon",
        "oem.garment@example.com",
        offers=(
            o("รับผลิตเสื้อผ้าแบรนด์ตัวเอง OEM ครบวงจร หาผ้าให้ ขั้นต่ำ 100 ตัว", "private_label_oem_apparel"),
            o("รับตัดเย็บ CMT ลูกค้าส่งผ้ามา", "cmt_sewing_service"),
        ),
        needs=(n("ผ้าถักนิตติ้ง เนื้อคอตตอนหรือทีซี ม้วนละ 25 กก.", "jersey_knit_fabric"),),
        certs=("ISO 9001",),
    ),
    sme(
        43,
        "en",
        "Lanna Hemp Weaving Mill",
        HNF,
        MID,
        "Chiang Rai",
        "lannahemp@example.com",
        offers=(o("Hemp-cotton 55/45 cloth, 150 cm wide, machine-woven", "hemp_fabric"),),
        needs=(
            n("Hemp yarn for weft, natural", "hemp_yarn"),
            n("GOTS-certified 2-ply cotton warp for the loom", "cotton_yarn", req=("GOTS",)),
        ),
        certs=("OEKO-TEX Standard 100",),
        bcg=(BIO,),
    ),
    sme(
        44,
        "th",
        "ผ้าค้างสต็อก ผ้าเหมาโรงงาน",
        CT,
        MID,
        "Bangkok",
        "deadstock.bkk@example.com",
        offers=(
            o("ผ้าค้างสต็อกโรงงาน ผ้าพับ เหมาม้วน ราคาถูก", "deadstock_fabric"),
            o("ผ้าโหล ผ้าชั่งกิโล หน้าผ้าเต็ม เหลือจากออเดอร์", "deadstock_fabric"),
        ),
        bcg=(CIRC,),
    ),
    sme(
        45,
        "th",
        "กลุ่มแม่บ้านตัดเย็บ มหาสารคาม",
        ALI,
        MID,
        "Maha Sarakham",
        "mk.sewinggroup@example.com",
        offers=(o("ถุงผ้าแคนวาสเปล่า ไม่มีลาย สั่งผลิตได้", "blank_tote_bags"),),
        needs=(n("ผ้าใบฝ้ายหนา เป็นม้วน", "canvas_fabric"),),
    ),
    sme(
        46,
        "th",
        "ร้านแพทเทิร์นและตัวอย่าง บางกะปิ",
        SPT,
        MID,
        "Bangkok",
        "bangkapi.pattern@example.com",
        offers=(
            o("รับทำแพทเทิร์น ตัดตัวอย่าง 1 ตัว แบรนด์เปิดใหม่", "sample_pattern_service"),
            o("รับเกรดไซซ์ S ถึง 3XL", "sample_pattern_service"),
        ),
    ),
    # ---------------------------------------------------------- online shops, brands, buyers
    sme(
        47,
        "th",
        "ร้านเสื้อยืดสกรีน สั่งทำตัวเดียวก็ทำ",
        SPT,
        DOWN,
        "Nonthaburi",
        "tee.onepiece@example.com",
        offers=(o("เสื้อยืดสกรีนลายตามสั่ง สั่งตัวเดียวก็ได้", "printed_tshirts"),),
        needs=(
            n("เสื้อไม่สกรีน สีพื้น ผ้าฝ้ายล้วน ไซซ์ S-3XL", "blank_garments"),
            n("ฟิล์ม DTF ผงกาว หมึก", "dtf_printing_supplies"),
            x(
                "หมวกบัคเก็ต หมวกแก๊ป เปล่า ไว้สกรีน",
                "hats",
                note="blank hats; no one offers them",
            ),
        ),
    ),
    sme(
        48,
        "en",
        "Pod Tee Factory BKK",
        SPT,
        DOWN,
        "Bangkok",
        "podtee@example.com",
        offers=(o("Print-on-demand tees and hoodies, your design, no MOQ", "printed_tshirts"),),
        needs=(
            n("ready-to-press heat transfers printed for us from our designs", "custom_dtf_transfers"),
            x(
                "GOTS certified organic blank tees",
                "blank_garments",
                req=("GOTS",),
                note="blank tees are offered, but by no GOTS holder",
            ),
        ),
    ),
    sme(
        49,
        "th",
        "ขายส่งเสื้อยืดเปล่า ประตูน้ำ",
        SPT,
        DOWN,
        "Bangkok",
        "pratunam.blanks@example.com",
        offers=(
            o("เสื้อยืดคอกลมเปล่า คอตตอน 32 มีทุกสี ราคาส่ง", "blank_garments"),
            o("เสื้อโปโลเปล่า ผ้าจูติ", "blank_garments"),
        ),
    ),
    sme(
        50,
        "en",
        "Blank Basics Wholesale",
        SPT,
        DOWN,
        "Samut Prakan",
        "blankbasics@example.com",
        offers=(o("Blank 180 gsm cotton tees, S-3XL, carton of 100", "blank_garments"),),
        needs=(
            n("Combed cotton jersey 32s by the kilo", "jersey_knit_fabric"),
            n("Dyeing our knitted greige to Pantone shades", "fabric_dyeing_service"),
        ),
    ),
    sme(
        51,
        "th",
        "เสื้อผ้าแฟชั่นขายส่ง โบ๊เบ๊",
        ALC,
        DOWN,
        "Bangkok",
        "bobae.fashion@example.com",
        offers=(
            o("เสื้อผ้าแฟชั่นผู้หญิง ขายส่ง F อก 36-40 ยกแพ็ค", "womens_fashion_apparel"),
            o("รับตัวแทนดรอปชิป ไม่ต้องสต็อก ส่งตรงถึงลูกค้า", "apparel_dropship_program"),
        ),
        needs=(
            n("โรงงานรับผลิตเสื้อผ้าติดแบรนด์ เดือนละ 2000 ตัว", "private_label_oem_apparel"),
            n("ถ่ายแบบนางแบบ ลงเพจ", "product_photography_service"),
        ),
    ),
    sme(
        52,
        "en",
        "Glam Closet Live",
        ALC,
        DOWN,
        "Songkhla",
        "glamcloset@example.com",
        offers=(o("Dresses and tops, RTS, sold on TikTok Live nightly", "womens_fashion_apparel"),),
        needs=(n("wholesale ladies' fashion, free size", "womens_fashion_apparel"),),
    ),
    sme(
        53,
        "th",
        "แม่ค้าไลฟ์ผ้าถุงผ้าซิ่น อุดร",
        ALI,
        DOWN,
        "Udon Thani",
        "udon.live.sin@example.com",
        offers=(o("ไลฟ์ขายผ้าซิ่น ผ้าถุง ทุกคืน 2 ทุ่ม", "tube_skirt_sarong"),),
        needs=(
            n("ผ้าซิ่น ผ้าถุง ราคาส่ง เอาไปไลฟ์ขายต่อ", "tube_skirt_sarong"),
            x(
                "ขาตั้งมือถือ ไฟไลฟ์",
                "live_streaming_equipment",
                note="electronics; no one offers them",
            ),
        ),
    ),
    sme(
        54,
        "th",
        "ร้านผ้าทออีสาน ออนไลน์ ขอนแก่น",
        ALI,
        DOWN,
        "Khon Kaen",
        "kk.isanweave.shop@example.com",
        offers=(o("ผ้าขาวม้าฝ้าย ลายสก็อต พร้อมส่ง ส่งไว 2 วัน", "pha_khao_ma"),),
        needs=(
            n(
                "ผ้าขาวม้าทอมือ ยกร้อยผืน ไม่ต้องมี OTOP ก็ได้",
                "pha_khao_ma",
                waive=("OTOP",),
            ),
            n("ช่างภาพถ่ายผ้าวางราบ ลงช้อปปี้", "product_photography_service"),
        ),
    ),
    sme(
        55,
        "th",
        "ร้านกระเป๋าผ้าทอ ออนไลน์ เชียงใหม่",
        HNF,
        DOWN,
        "Chiang Mai",
        "cm.wovenbags@example.com",
        offers=(o("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม พร้อมส่ง", "cloth_bags"),),
        needs=(
            n("ผ้าฝ้ายย้อมห้อม เป็นเมตร", "indigo_dyed_cotton_fabric"),
            n("ซิป หัวซิปกระเป๋า", "sewing_trims"),
            x(
                "หนังแท้ ทำหูกระเป๋า",
                "leather",
                note="leather; no one offers it",
            ),
        ),
    ),
    sme(
        56,
        "en",
        "Crafted Totes Co.",
        HNF,
        DOWN,
        "Bangkok",
        "craftedtotes@example.com",
        offers=(o("Canvas totes with custom print, MOQ 50", "cloth_bags"),),
        needs=(
            n("12 oz natural cotton duck", "canvas_fabric"),
            n("someone to print our logo on sewn tote bags", "garment_printing_service"),
        ),
    ),
    sme(
        57,
        "th",
        "แบรนด์กระเป๋ายีนส์เก่า รียีนส์",
        CT,
        DOWN,
        "Nonthaburi",
        "rejeans.bag@example.com",
        offers=(o("กระเป๋าทำจากยีนส์เก่า อัพไซเคิล ใบเดียวในโลก", "upcycled_bags"),),
        needs=(
            n(
                "กางเกงยีนส์มือสอง สภาพไม่สวย เหมากิโล",
                "secondhand_clothing",
                "post_consumer_textile_waste",
            ),
            n("แอร์บับเบิ้ลห่อสินค้า", "protective_packaging"),
        ),
        bcg=(CIRC,),
    ),
    sme(
        58,
        "en",
        "Second Life Vintage",
        CT,
        DOWN,
        "Bangkok",
        "secondlifevintage@example.com",
        offers=(o("Curated vintage clothes, live sales on Facebook", "secondhand_clothing"),),
        needs=(
            n("pre-loved clothes by the sack, good enough to resell", "secondhand_clothing"),
            n("compostable courier bags with Thai Green Label", "mailer_bags", req=("Thai Green Label",)),
            n("upcycled bags for our shop, any size", "upcycled_bags"),
        ),
        bcg=(CIRC,),
    ),
    sme(
        59,
        "th",
        "ร้านผ้าพันคอ ผ้าคลุมไหล่ ไลฟ์ช้อปปี้",
        HNF,
        DOWN,
        "Bangkok",
        "scarf.shopee@example.com",
        offers=(o("ผ้าพันคอ ผ้าคลุมไหล่ฝ้ายทอมือ ราคาส่ง", "handwoven_scarves"),),
        needs=(
            n("ผ้าแพรวา ผ้าคลุมไหล่ไหมแท้", "silk_scarves_shawls"),
            n("ป้ายห้อยแบรนด์ กระดาษคราฟท์", "hang_tags"),
        ),
    ),
    sme(
        60,
        "en",
        "Chiang Rai Scarf House",
        HNF,
        DOWN,
        "Chiang Rai",
        "crscarfhouse@example.com",
        offers=(
            o("Naturally dyed handwoven cotton scarves", "handwoven_scarves"),
            o("Hand-loomed hemp scarves", "handwoven_scarves"),
        ),
        needs=(
            n("handspun cotton, natural white and brown", "handspun_cotton_yarn"),
            x(
                "merino or alpaca wool yarn for winter scarves",
                "wool_yarn",
                note="wool; no one offers it",
            ),
        ),
    ),
    sme(
        61,
        "th",
        "ร้านหมอนขิด หมอนขวาน ยโสธร",
        ALI,
        DOWN,
        "Yasothon",
        "yaso.khitpillow@example.com",
        offers=(
            o("หมอนขวาน หมอนสามเหลี่ยม ลายขิด", "home_decor_textiles"),
            o("เบาะรองนั่งลายขิด", "home_decor_textiles"),
        ),
        needs=(
            x(
                "นุ่นยัดหมอน ราคาส่ง",
                "kapok_fibre",
                note="kapok; no one offers it (recycled cotton fibre is not kapok)",
            ),
            n("ผ้าขิดพื้นเมือง ตัดแบ่งขาย", "handwoven_cotton_fabric"),
        ),
        certs=("OTOP",),
    ),
    sme(
        62,
        "en",
        "Cushion & Co Home",
        ALC,
        DOWN,
        "Nonthaburi",
        "cushionco@example.com",
        offers=(o("Cushion covers and table runners in Thai handwoven cotton", "home_decor_textiles"),),
        needs=(
            n(
                "recycled cotton fibre as cushion filling, GRS welcome but not required",
                "recycled_cotton_fibre",
                waive=("GRS",),
            ),
        ),
    ),
    sme(
        63,
        "th",
        "ร้านเสื้อม่อฮ่อม พรีออเดอร์",
        HNF,
        DOWN,
        "Phrae",
        "phrae.mohom.shop@example.com",
        offers=(o("เสื้อม่อฮ่อม ชุดพื้นเมือง พรี 7 วัน", "cotton_casual_wear"),),
        needs=(
            n("ผ้าหม้อห้อม เป็นพับ", "indigo_dyed_cotton_fabric"),
            n("มีใครรับย้อมห้อมเสื้อที่ตัดแล้วไหม", "indigo_dyeing_service"),
        ),
    ),
    sme(
        64,
        "en",
        "Ageing Well Adaptive Wear",
        ALC,
        DOWN,
        "Nonthaburi",
        "ageingwell@example.com",
        offers=(o("Velcro-front shirts and side-opening trousers for seniors", "adaptive_elderly_clothing"),),
        needs=(
            n("Soft cotton jersey, OEKO-TEX certified", "jersey_knit_fabric", req=("OEKO-TEX Standard 100",)),
            n("sewing partner for small runs, our fabric", "cmt_sewing_service"),
        ),
    ),
    sme(
        65,
        "th",
        "บ้านพักผู้สูงอายุสุขใจ",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "sukjai.care@example.com",
        needs=(
            n(
                "แผ่นรองกันเปื้อนบนเตียง ซักใช้ซ้ำ ไม่จำเป็นต้องมี ISO 13485",
                "washable_underpads",
                waive=("ISO 13485",),
            ),
            n("เสื้อผ้าผู้สูงอายุ ใส่ง่ายถอดง่าย ติดตีนตุ๊กแก", "adaptive_elderly_clothing"),
        ),
    ),
    sme(
        66,
        "en",
        "Silver Care Home",
        ALC,
        DOWN,
        "Bangkok",
        "silvercare@example.com",
        needs=(
            n("Washable incontinence pads, ISO 13485 maker only", "washable_underpads", req=("ISO 13485",)),
            n("terry bath sheets for residents, 100 dozen", "towels"),
            x(
                "patient gowns with back ties",
                "patient_gowns",
                note="hospital gowns; no one offers them",
            ),
        ),
    ),
    sme(
        67,
        "th",
        "โรงงานแผ่นรองซับผู้ป่วย ปทุมธานี",
        ALC,
        DOWN,
        "Pathum Thani",
        "pathum.underpad@example.com",
        offers=(o("แผ่นรองซับปัสสาวะ ซักได้ 200 ครั้ง", "washable_underpads"),),
        needs=(n("ผ้านิตติ้งนุ่มๆ สำหรับชั้นบนของแผ่นรอง", "jersey_knit_fabric"),),
        certs=("ISO 13485",),
    ),
    sme(
        68,
        "th",
        "ผ้าดูแลผู้สูงวัย อุบลฯ",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "ubon.carecloth@example.com",
        offers=(
            o("ผ้ารองซับซักได้ สำหรับผู้ป่วยติดเตียงที่บ้าน", "washable_underpads"),
            o("ชุดนอนผู้สูงอายุ กระดุมแป๊ก ใส่ง่าย", "adaptive_elderly_clothing"),
        ),
        needs=(n("แป๊กกด เวลโคร ราคาส่ง", "sewing_trims"),),
    ),
    sme(
        69,
        "th",
        "โรงแรมริมโขง หนองคาย",
        ALI,
        DOWN,
        "Nong Khai",
        "rimkhong.hotel@example.com",
        needs=(
            n("ผ้าเช็ดตัวสีขาว 27x54 นิ้ว สำหรับห้องพัก", "towels"),
            n("ชุดพนักงาน ผ้าฝ้ายทอมือ ลายพื้นเมือง", "staff_uniforms"),
            n("หมอนอิงลายขิด ตกแต่งล็อบบี้", "home_decor_textiles"),
        ),
    ),
    sme(
        70,
        "en",
        "Andaman Spa Resort",
        ALC,
        DOWN,
        "Krabi",
        "andamanspa@example.com",
        needs=(
            n("spa uniforms in batik, 40 sets", "staff_uniforms"),
            n("spa towels, OEKO-TEX not required", "towels", waive=("OEKO-TEX Standard 100",)),
        ),
    ),
    sme(
        71,
        "th",
        "โรงงานผ้าขนหนู นครปฐม",
        ALC,
        MID,
        "Nakhon Pathom",
        "np.towel@example.com",
        offers=(
            o("ผ้าขนหนูโรงแรม ผ้าเช็ดตัว ขายส่งเป็นโหล", "towels"),
            o("ผ้าเช็ดผมสปา ปักชื่อโรงแรม", "towels"),
        ),
        needs=(n("ด้ายฝ้ายเบอร์ 16 ลูกโคน", "cotton_yarn"),),
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        72,
        "en",
        "Hotel Linen Supply Co.",
        ALC,
        DOWN,
        "Chonburi",
        "hotellinen@example.com",
        offers=(
            o("Hotel bed sheets and duvet covers, 250 thread count", "bed_linen"),
            o("Bath and pool towels", "towels"),
        ),
        needs=(n("unbleached wide cotton sheeting for bed sheets", "greige_cotton_fabric"),),
        certs=("ISO 9001",),
    ),
    sme(
        73,
        "th",
        "ร้านชุดยูนิฟอร์มโรงแรม สปา",
        ALC,
        DOWN,
        "Bangkok",
        "uniform.spa@example.com",
        offers=(o("ชุดยูนิฟอร์มสปา ชุดพนักงานโรงแรม สั่งตัด", "staff_uniforms"),),
        needs=(
            n("ผ้าฝ้ายทอมือ ผ้าพื้นเมือง ตัดยูนิฟอร์ม", "handwoven_cotton_fabric"),
            n("ปักโลโก้บนเสื้อพนักงาน", "embroidery_service"),
        ),
    ),
    sme(
        74,
        "en",
        "Sportech Jersey Maker",
        SPT,
        DOWN,
        "Bangkok",
        "jerseymaker@example.com",
        offers=(
            o("Custom football and running jerseys, full sublimation, from 10 pcs", "sportswear_garments"),
            o("Polyester offcuts from our cutting table, by the sack", "polyester_waste_scraps"),
        ),
        needs=(
            n("White polyester dri-fit for sublimation", "performance_sports_fabric"),
            x(
                "sublimation paper and ink",
                "sublimation_supplies",
                note="sublimation consumables; no one offers them",
            ),
        ),
    ),
    sme(
        75,
        "th",
        "ร้านชุดวิ่ง ไลฟ์ติ๊กต็อก",
        SPT,
        DOWN,
        "Chiang Mai",
        "cm.runwear@example.com",
        offers=(o("เสื้อวิ่ง กางเกงวิ่ง พร้อมส่ง ไลฟ์ทุกวัน", "sportswear_garments"),),
        needs=(
            n(
                "โรงงานผลิตเสื้อกีฬาติดแบรนด์ร้าน ขั้นต่ำน้อย",
                "sportswear_garments",
                "private_label_oem_apparel",
            ),
            n("ผ้ากีฬารีไซเคิล ต้องมี GRS", "performance_sports_fabric", req=("GRS",)),
        ),
    ),
    sme(
        76,
        "en",
        "ReKnit Sport Fabrics",
        SPT,
        MID,
        "Rayong",
        "reknit@example.com",
        offers=(o("GRS recycled PET mesh and interlock, 140 gsm", "performance_sports_fabric"),),
        needs=(n("75D filament from post-consumer PET, GRS", "recycled_polyester_yarn", req=("GRS",)),),
        certs=("GRS", "OEKO-TEX Standard 100"),
        bcg=(CIRC,),
    ),
    sme(
        77,
        "th",
        "ร้านอุปกรณ์ตัดเย็บ พาหุรัด",
        ALC,
        MID,
        "Bangkok",
        "pahurat.sewing@example.com",
        offers=(
            o("ด้ายเย็บผ้า โพลี 40/2 หลอดใหญ่ ด้ายโพ้ง", "sewing_thread"),
            o("ซิป กระดุมแป๊ก ตีนตุ๊กแก ยางยืด ขายส่ง", "sewing_trims"),
        ),
    ),
    sme(
        78,
        "en",
        "Hemp Living Brand",
        HNF,
        DOWN,
        "Chiang Mai",
        "hempliving@example.com",
        offers=(o("Hemp shirts and drawstring trousers, unisex F size", "hemp_garments"),),
        needs=(
            x(
                "GOTS-certified organic hemp fabric",
                "hemp_fabric",
                req=("GOTS",),
                note="hemp cloth is offered, but by no GOTS holder",
            ),
            n("small-lot sewing from our hemp cloth", "cmt_sewing_service"),
        ),
        bcg=(BIO,),
    ),
    sme(
        79,
        "th",
        "ร้านเสื้อผ้ากัญชง ออนไลน์",
        HNF,
        DOWN,
        "Mae Hong Son",
        "mhs.hempwear@example.com",
        offers=(o("เสื้อกัญชง กางเกงกัญชง ฟรีไซซ์", "hemp_garments"),),
        needs=(
            n("ผ้ากัญชงทอมือ เป็นพับ มี OEKO-TEX ยิ่งดี", "hemp_fabric", waive=("OEKO-TEX Standard 100",)),
            n("ป้ายติดคอเสื้อ ชื่อร้าน สั่งน้อยได้", "garment_labels"),
        ),
        bcg=(BIO,),
    ),
    sme(
        80,
        "en",
        "Reseller Hub",
        ALC,
        DOWN,
        "Surat Thani",
        "resellerhub@example.com",
        needs=(
            n("dropship suppliers of ladies' wear, no stock needed", "apparel_dropship_program"),
            n("people to present our products on live streams", "livestream_selling_service"),
            x(
                "warehouse fulfilment for our Shopee orders",
                "fulfilment_service",
                note="fulfilment; no one offers it",
            ),
        ),
    ),
    sme(
        81,
        "th",
        "แม่ค้าออนไลน์ รับของไปขายต่อ กาฬสินธุ์",
        ALI,
        DOWN,
        "Kalasin",
        "kalasin.reseller@example.com",
        offers=(o("เสื้อผ้าแฟชั่นมือหนึ่ง ขายผ่านเพจ", "womens_fashion_apparel"),),
        needs=(
            n("หาแหล่งเสื้อผ้าแฟชั่นราคาส่ง เอาไม่เยอะ", "womens_fashion_apparel"),
            n("ผ้าไหมเป็นผืน สินค้า OTOP ราคาส่ง", "silk_fabric", req=("OTOP",)),
        ),
    ),
    sme(
        82,
        "en",
        "Seoul Mood Pre-order",
        ALC,
        DOWN,
        "Bangkok",
        "seoulmood@example.com",
        offers=(o("Pre-order Korean-style dresses, 10-14 days", "womens_fashion_apparel"),),
        needs=(
            n(
                "full-package factory for own-label dresses, ISO 9001",
                "private_label_oem_apparel",
                req=("ISO 9001",),
            ),
            n("woven neck labels with our brand", "garment_labels"),
        ),
    ),
    sme(
        83,
        "th",
        "ขายส่งเสื้อผ้ามือสอง โรงเกลือ",
        CT,
        DOWN,
        "Sa Kaeo",
        "rongkluea.bale@example.com",
        offers=(
            o("เสื้อผ้ามือสองเกาหลี ญี่ปุ่น เปิดกระสอบ ขายยกเบล", "secondhand_clothing"),
            o("เสื้อผ้าคัดทิ้ง ใส่ไม่ได้ ขายเหมาเป็นตัน", "post_consumer_textile_waste"),
        ),
        needs=(n("ซองพัสดุไซซ์ใหญ่ ใส่เสื้อผ้าส่งลูกค้า", "mailer_bags"),),
        bcg=(CIRC,),
    ),
    sme(
        84,
        "en",
        "Brand Starter Studio",
        ALC,
        DOWN,
        "Kanchanaburi",
        "brandstarter@example.com",
        offers=(o("Minimal cotton loungewear, own label", "cotton_casual_wear"),),
        needs=(
            n("sample and pattern maker for 5 styles", "sample_pattern_service"),
            n("FSC-certified card tags to hang on garments", "hang_tags", req=("FSC",)),
            n("surplus fabric rolls for small batches", "deadstock_fabric"),
        ),
    ),
    sme(
        85,
        "th",
        "ผ้าขาวม้าร้อยสี โพธาราม",
        HNF,
        DOWN,
        "Ratchaburi",
        "photharam.pkm@example.com",
        offers=(
            o("กระเป๋าผ้าขาวม้า ใบเล็กใบใหญ่", "cloth_bags"),
            o("เสื้อเชิ้ตผ้าขาวม้า ชายหญิง", "cotton_casual_wear"),
        ),
        needs=(n("ผ้าขาวม้า ยกโหล ไปแปรรูป", "pha_khao_ma"),),
    ),
    sme(
        86,
        "th",
        "กลุ่มทอผ้าขาวม้า มุกดาหาร",
        ALI,
        MID,
        "Mukdahan",
        "mukdahan.pkm@example.com",
        offers=(o("ผ้าขาวม้าตาหมากรุก ทอกี่กระตุก 80x180 ซม.", "pha_khao_ma"),),
        needs=(n("ฝ้ายโคนสำหรับทอ มี GOTS ยิ่งดี", "cotton_yarn", waive=("GOTS",)),),
        certs=("OTOP",),
    ),
    sme(
        87,
        "th",
        "ผ้าไหมแพรวา กาฬสินธุ์",
        ALI,
        MID,
        "Kalasin",
        "kalasin.praewa@example.com",
        offers=(
            o("ผ้าสไบแพรวา ไหมแท้ ทอมือ", "silk_scarves_shawls"),
            o("ผ้าไหมลายแพรวา เป็นเมตร", "silk_fabric"),
        ),
        needs=(
            n(
                "ไหมเส้นพุ่ง พันธุ์พื้นเมือง ไม่ต้องมีตรานกยูง",
                "silk_yarn",
                waive=("Thai Silk Peacock Emblem",),
            ),
        ),
        certs=("ตรานกยูง", "OTOP"),
        bcg=(BIO,),
    ),
    sme(
        88,
        "en",
        "Buriram Silk Online",
        ALI,
        DOWN,
        "Buriram",
        "buriramsilk@example.com",
        offers=(o("Mudmee silk pha sin sold via LINE OA", "tube_skirt_sarong"),),
        needs=(
            n(
                "genuine Thai silk with the Peacock Emblem, wholesale",
                "silk_fabric",
                req=("Thai Silk Peacock Emblem",),
            ),
            n("real silk scarves only, no polyester 'Italian silk'", "silk_scarves_shawls"),
        ),
    ),
    sme(
        89,
        "th",
        "ร้านชุดรำ ชุดการแสดง อ่างทอง",
        ALC,
        DOWN,
        "Ang Thong",
        "angthong.costume@example.com",
        offers=(o("ชุดรำไทย ชุดการแสดง ให้เช่าและขาย", "performance_costumes"),),
        needs=(
            n("ผ้าต่วนเงา สีสด ตัดชุดรำ", "polyester_satin_fabric"),
            x(
                "เลื่อม ลูกปัด ลูกไม้ ติดชุด",
                "sequins_lace",
                note="sequins and lace; no one offers them",
            ),
        ),
    ),
    sme(
        90,
        "en",
        "Yala Batik Menswear",
        HNF,
        DOWN,
        "Yala",
        "yalabatik@example.com",
        offers=(o("Men's batik shirts, Malaysian style", "cotton_casual_wear"),),
        needs=(n("batik yardage for shirt-making", "batik_fabric"),),
    ),
    sme(
        91,
        "th",
        "ร้านสกรีนเสื้อ อุบล",
        ALI,
        MID,
        "Ubon Ratchathani",
        "ubon.screen@example.com",
        offers=(
            o("รับสกรีน DTF บนเสื้อหรือถุงผ้าของลูกค้า ตัวเดียวก็สกรีน", "garment_printing_service"),
            o("เสื้อทีมสกรีนพร้อมส่ง", "printed_tshirts"),
        ),
        needs=(
            n("เสื้อยืดสีพื้นไม่มีลาย ราคาส่ง", "blank_garments"),
            n("หมึก DTF ฟิล์ม ผงโรย", "dtf_printing_supplies"),
        ),
    ),
    sme(
        92,
        "en",
        "Sukhumvit Print Shop",
        SPT,
        MID,
        "Bangkok",
        "sukhumvitprint@example.com",
        offers=(o("Screen printing on tees and totes, 30 pcs up", "garment_printing_service"),),
        needs=(
            n("blank tote bags to print on", "blank_tote_bags"),
            x("plastisol inks", "screen_printing_ink", note="screen inks; no one offers them"),
        ),
    ),
    sme(
        93,
        "th",
        "ร้านผ้าปูที่นอน ไลฟ์สด นนทบุรี",
        ALC,
        DOWN,
        "Nonthaburi",
        "nont.bedsheet@example.com",
        offers=(o("ชุดผ้าปู 6 ฟุต ลายการ์ตูน พร้อมส่ง", "bed_linen"),),
        needs=(
            n("ผ้าดิบคอตตอนเป็นม้วน ไว้ตัดผ้าปู", "greige_cotton_fabric"),
            n("มีที่ไหนรับทำผ้าให้ขาวก่อนพิมพ์ลายไหม", "bleaching_finishing_service"),
        ),
    ),
    sme(
        94,
        "en",
        "Circular Denim Lab",
        CT,
        MID,
        "Bangkok",
        "circulardenim@example.com",
        offers=(o("Patchwork bags from denim offcuts", "upcycled_bags"),),
        needs=(
            n("mixed cotton offcuts from garment factories, for patchwork", "fabric_scraps"),
            n("used jeans, any condition", "secondhand_clothing", "post_consumer_textile_waste"),
        ),
        bcg=(CIRC,),
    ),
    sme(
        95,
        "en",
        "Slow Fashion Label",
        HNF,
        DOWN,
        "Nakhon Pathom",
        "slowfashion@example.com",
        offers=(o("Naturally dyed cotton dresses and shirts", "cotton_casual_wear"),),
        needs=(
            n(
                "dyeing for our cotton scarves, natural dyes only, no synthetic dye",
                "indigo_dyeing_service",
                "natural_dyeing_service",
            ),
        ),
        bcg=(BIO,),
    ),
)


# ------------------------------------------------------------------ checks

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
LATIN_CHAR = re.compile("[A-Za-z]")
EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def mentions_certification(text: str, name: str) -> bool:
    folded = nfkc(text).casefold()
    for certification in CERTIFICATIONS:
        if certification.name == name:
            forms = (certification.name, *certification.aliases, *certification.mentions)
            forms += certification.case_sensitive_mentions
            return any(nfkc(form).casefold() in folded for form in forms)
    return False


def phrase_language_ok(text: str, language: str) -> bool:
    thai = len(THAI_CHAR.findall(text))
    latin = len(LATIN_CHAR.findall(text))
    if language == "th":
        return thai >= 0.6 * (thai + latin)
    return thai == 0 and text.isascii()


def held(sme_: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(value) or value for value in sme_.certifications)


def qualified_suppliers(buyer: Sme, need: Need) -> list[Sme]:
    return [
        supplier
        for supplier in SMES
        if supplier is not buyer
        and any(offer.label in need.labels for offer in supplier.offers)
        and set(need.requires) <= held(supplier)
    ]


def true_links() -> list[tuple[str, str]]:
    pairs = {
        (supplier.id, buyer.id)
        for buyer in SMES
        for need in buyer.needs
        if need.unmet_note is None
        for supplier in qualified_suppliers(buyer, need)
    }
    return sorted(pairs)


def check() -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if [s.num for s in SMES] != list(range(1, len(SMES) + 1)):
        errors.append("ids are not bol-001 ... in order")
    if len(SMES) != N_PROFILES:
        errors.append(f"{len(SMES)} profiles, expected {N_PROFILES}")
    offered_by: dict[str, set[str]] = {}
    for s in SMES:
        for offer in s.offers:
            offered_by.setdefault(offer.label, set()).add(s.id)
    for s in SMES:
        where = s.id
        if not re.fullmatch(rf"{ID_PREFIX}-\d{{3}}", s.id):
            errors.append(f"{where}: malformed id")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: language {s.language!r}")
        if not s.name.strip() or not phrase_language_ok(s.name, s.language):
            errors.append(f"{where}: name {s.name!r} not in {s.language}")
        if not isinstance(s.sub_cluster, SubCluster) or not isinstance(s.stage, Stage):
            errors.append(f"{where}: sub-cluster or stage not a taxonomy value")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        if not EMAIL.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if any(not isinstance(tag, BcgTag) for tag in s.bcg) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bcg tags")
        for value in s.certifications:
            if resolve_certification(value) is None:
                errors.append(f"{where}: certification {value!r} does not resolve")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: {len(s.offers)} offers and {len(s.needs)} needs")
        texts = [offer.text for offer in s.offers] + [need.text for need in s.needs]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: repeated phrase")
        for text in texts:
            if text != text.strip() or not text or not phrase_language_ok(text, s.language):
                errors.append(f"{where}: phrase {text!r} not in {s.language}")
        for offer in s.offers:
            if offer.label not in LABELS:
                errors.append(f"{where}: unknown offer label {offer.label!r}")
            claimed = find_certifications(offer.text)
            if not claimed <= held(s):
                errors.append(f"{where}: offer {offer.text!r} claims {sorted(claimed - held(s))} not held")
        for need in s.needs:
            tag = f"{where}: need {need.text!r}"
            if not need.labels:
                errors.append(f"{tag} lists no label")
            for label in need.labels:
                if label not in LABELS:
                    errors.append(f"{tag} lists unknown label {label!r}")
            asked = find_certifications(need.text)
            if asked != set(need.requires):
                errors.append(f"{tag}: text asks for {sorted(asked)}, labelled {sorted(need.requires)}")
            for name in (*need.requires, *need.waives):
                if not mentions_certification(need.text, name):
                    errors.append(f"{tag} does not name {name}")
            if set(need.requires) & set(need.waives):
                errors.append(f"{tag} both requires and waives")
            suppliers = qualified_suppliers(s, need)
            if need.unmet_note is None:
                for label in need.labels:
                    if not offered_by.get(label, set()) - {s.id}:
                        errors.append(f"{tag} lists {label!r}, offered by no one else")
                if not suppliers:
                    errors.append(f"{tag} is marked met but no supplier qualifies")
            else:
                if not need.unmet_note.strip():
                    errors.append(f"{tag} is unmet without a note")
                if suppliers:
                    errors.append(f"{tag} is marked unmet but {[q.id for q in suppliers]} qualify")
    offer_texts = {offer.text.casefold() for s in SMES for offer in s.offers}
    for s in SMES:
        for need in s.needs:
            if need.text.casefold() in offer_texts:
                errors.append(f"{s.id}: need {need.text!r} repeats an offer's wording")
    return errors


def check_sizes(links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    lang = {s.id: s.language for s in SMES}
    thai_share = sum(s.language == "th" for s in SMES) / len(SMES)
    if not THAI_SHARE_RANGE[0] <= thai_share <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {thai_share:.2f} outside {THAI_SHARE_RANGE}")
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        errors.append(f"{len(links)} true links, expected {LINK_RANGE[0]}-{LINK_RANGE[1]}")
    cross = sum(lang[a] != lang[b] for a, b in links)
    if links and not CROSS_SHARE_RANGE[0] <= cross / len(links) <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {cross / len(links):.2f} outside {CROSS_SHARE_RANGE}")
    needs = [(s, need) for s in SMES for need in s.needs]
    unmet = sum(need.unmet_note is not None for _, need in needs)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        errors.append(f"{unmet} needs met by no one, expected {UNMET_RANGE[0]}-{UNMET_RANGE[1]}")
    met_counts = [len(qualified_suppliers(s, need)) for s, need in needs if need.unmet_note is None]
    few = sum(1 <= count <= 3 for count in met_counts)
    if met_counts and few / len(met_counts) < 0.7:
        errors.append(f"only {few} of {len(met_counts)} met needs have 1-3 suppliers")
    return errors


# ------------------------------------------------------------------ output


def profile_record(s: Sme) -> dict[str, object]:
    return {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster.value,
        "stage": s.stage.value,
        "province": s.province,
        "offers": [offer.text for offer in s.offers],
        "needs": [need.text for need in s.needs],
        "certifications": list(s.certifications),
        "bcg": [tag.value for tag in s.bcg],
        "contact_email": s.email,
        "language": s.language,
    }


def render_profiles() -> str:
    return "".join(json.dumps(profile_record(s), ensure_ascii=False) + "\n" for s in SMES)


def render_links(links: list[tuple[str, str]]) -> str:
    return "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)


def counts_table(links: list[tuple[str, str]]) -> str:
    by_id = {s.id: s for s in SMES}
    rows: list[tuple[str, str]] = []

    def add(key: str, value: object) -> None:
        rows.append((key, str(value)))

    add("profiles", len(SMES))
    add("Thai / English", f"{sum(s.language == 'th' for s in SMES)} / {sum(s.language == 'en' for s in SMES)}")
    for sub in SubCluster:
        add(f"sub-cluster {sub.value}", sum(s.sub_cluster == sub for s in SMES))
    for stage in Stage:
        add(f"stage {stage.value}", sum(s.stage == stage for s in SMES))
    regions = Counter(resolve_province(s.province).region for s in SMES)  # type: ignore[union-attr]
    for region, count in sorted(regions.items(), key=lambda item: (-item[1], item[0].value)):
        add(f"region {region.value}", count)
    add("distinct provinces", len({resolve_province(s.province) for s in SMES}))
    offers = [offer for s in SMES for offer in s.offers]
    add("offers", len(offers))
    add("distinct offer labels", len({offer.label for offer in offers}))
    needs = [need for s in SMES for need in s.needs]
    unmet = sum(need.unmet_note is not None for need in needs)
    add("needs", len(needs))
    add("needs met / met by no one", f"{len(needs) - unmet} / {unmet}")
    add("needs requiring a certification", sum(bool(need.requires) for need in needs))
    add("needs waiving a certification", sum(bool(need.waives) for need in needs))
    add("true links", len(links))
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    add("links Thai supplier -> English buyer", th_en)
    add("links English supplier -> Thai buyer", en_th)
    share = f"{cross / len(links):.0%}" if links else "-"
    add("cross-language links (share)", f"{cross} ({share})")
    add("within-language links", len(links) - cross)
    add("links between different sub-clusters", sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links))
    width = max(len(key) for key, _ in rows)
    value_width = max(len("value"), *(len(value) for _, value in rows))
    lines = [
        f"| {'count'.ljust(width)} | {'value'.rjust(value_width)} |",
        f"|{'-' * (width + 2)}|{'-' * (value_width + 1)}:|",
    ]
    lines += [f"| {key.ljust(width)} | {value.rjust(value_width)} |" for key, value in rows]
    return "\n".join(lines) + "\n"


README_TEMPLATE = """\
# blind_plain_online: online sellers and live-commerce shops, plain registry entries

## What the set checks

How well the matcher finds the true supplier-buyer pairs among {profiles} SME profiles whose wording it
has never seen. The theme is online selling: Facebook and LINE shops, TikTok and Shopee live sellers of
clothes, fabric, handwoven scarves, bags and home textiles; pre-order, dropship and print-on-demand
shops; their suppliers of stock, white-label (OEM) goods, samples and patterns, product photography,
live hosts, mailer bags and parcel boxes, short-run sewing, embroidery and printing, labels and tags;
their buyers (resellers, shop owners, wholesale customers, hotels, spas and care homes, brands); and
the ordinary upstream and midstream suppliers of the cluster (cotton, hemp, silk, yarn, cloth, dyes,
textile waste, sewing).

Profiles are plain registry entries: one short phrase per offer or need, 0-3 of each, about 55 % in
Thai and the rest in English. The same kind of goods is written in many ways (regional names such as
mo hom / ห้อม / คราม / indigo, ผ้าถุง / ผ้าซิ่น / pha sin / sarong / ปาเต๊ะ, trade words such as ผ้าดิบ, ผ้าจูติ,
ไหมอิตาลี, OE yarn, CMT, OEM, DTF; seller slang such as พร้อมส่ง, พรี, F for free size, RTS, MOQ);
needs are worded differently from the offers that meet them, and often in the other language.

Hard but fair cases: a service versus the goods it works on (indigo dyeing of the customer's cloth
versus indigo cloth; sewing for others versus finished garments; printing on the customer's shirts
versus printed shirts; DTF transfers versus DTF printing supplies); wearable secondhand clothes versus
worn-out textile waste versus factory offcuts versus surplus new fabric; raw versus processed (lint,
handspun versus cone yarn, dyed yarn, cloth, product); finished goods described by their material or
technique (a bag of handwoven indigo cotton is a bag; a pha khao ma shirt is a shirt; "Italian silk" is
polyester satin, not silk); needs written as wishes, bare noun phrases or questions; refusals ("no
synthetic dye"); needs that require a named certification (some of which no supplier holds) and needs
that name one only to waive it; and about twenty needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the shared contracts (profiles JSONL version 1 and the links
CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings; not the matcher, its
glossary, its tests, other evaluation sets or the shared data. Every profile, offer, need and label is
in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (`indigo_dyed_cotton_fabric`
versus `indigo_dyeing_service`, `secondhand_clothing` versus `post_consumer_textile_waste`). Every need
lists the offer labels that would meet it and the certifications its text requires, or is marked as
met by no one with a short note. A pair (supplier, buyer) is a true link when some offer of the
supplier carries a label that one of the buyer's needs lists and the supplier's certifications hold
every certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices, sizes and places never decide a link; what changes what the thing is does. A
waived certification ("OEKO-TEX not required", "ไม่ต้องมี OTOP ก็ได้") is not required. The labels
live only in `write.py`; the written files carry no labels.

Before writing, the script checks: ids unique and well-formed; every contract field valid (sub-cluster,
stage and BCG values from the taxonomy, provinces resolved by `resolve_province`, certifications by
`resolve_certification`); every label a met need lists is offered by someone other than the buyer;
every met need has a qualified supplier and every unmet one has none; the certifications a need's text
asks for (by `find_certifications`) are exactly those it requires, and a waived one is named in its
text; offers claim no certification their SME lacks; Thai phrases mostly Thai letters and English ones
ASCII only; no need repeats an offer's wording; the size targets. It writes nothing if a check fails.
Two runs give identical bytes.

## Regenerate

From the repository root:

```
.venv/bin/python eval/blind_plain_online/write.py
```

## Files

- `write.py`: the data, the labels, the checks; writes the three files below.
- `profiles.jsonl`: {profiles} profiles, ids `{first}` ... `{last}`, in the contract's JSONL version 1.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render_readme(links: list[tuple[str, str]]) -> str:
    return README_TEMPLATE.format(
        profiles=len(SMES),
        first=SMES[0].id,
        last=SMES[-1].id,
        table=counts_table(links),
    )


def render() -> dict[str, str]:
    links = true_links()
    return {
        "profiles.jsonl": render_profiles(),
        "links.csv": render_links(links),
        "README.md": render_readme(links),
    }


def main() -> int:
    errors = check()
    links = true_links()
    errors += check_sizes(links)
    first, second = render(), render()
    if first != second:
        errors.append("two renders differ")
    if errors:
        for error in errors:
            print("FAIL", error, file=sys.stderr)
        print(counts_table(links), file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    for filename, text in first.items():
        (HERE / filename).write_text(text, encoding="utf-8", newline="\n")
    print(counts_table(links), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
