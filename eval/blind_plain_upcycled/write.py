"""Write the hand-labelled evaluation set `eval/blind_plain_upcycled/`.

Theme: upcycled fashion and zero-waste design, with the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster around it. Every SME is written by hand as a plain registry entry: one short
phrase per offer or need. Each offer carries a label saying what the thing is; each need lists the offer
labels that would meet it and the certifications its text requires, or is marked as met by no one.
The labels live only in this file; `profiles.jsonl` carries none of them.

Run from the repository root:

    .venv/bin/python eval/blind_plain_upcycled/write.py

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
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

# ---------------------------------------------------------------- data model


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it; empty for a need that someone meets


@dataclass(frozen=True)
class Sme:
    id: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    language: str
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]

    @property
    def email(self) -> str:
        return f"contact.{self.id.replace('-', '')}@example.com"


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def x(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req` say what would meet it, if anything."""
    return Need(text, labels, req, (), note)


HNF = SubCluster.HEMP_NATURAL_FIBRE.value
CT = SubCluster.CIRCULAR_TEXTILE.value
SPT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value
BIO = BcgTag.BIO.value
CIRC = BcgTag.CIRCULAR.value
GREEN = BcgTag.GREEN.value

GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ISO9001 = "ISO 9001"
ISO14001 = "ISO 14001"
ISO13485 = "ISO 13485"
FAIRTRADE = "Fairtrade"
TIS = "Thai Industrial Standard"
FSC = "FSC"

# What each offer label means. A need lists the labels whose goods or services would meet it.
LABELS: dict[str, str] = {
    # waste, used goods and raw materials
    "cotton_cutting_scraps": "pre-consumer cotton cutting scraps and offcuts from garment factories",
    "polyester_knit_scraps": "polyester or poly-spandex knit cutting waste",
    "denim_cutting_scraps": "denim offcuts from jeans factories (new cloth, not worn jeans)",
    "deadstock_fabric_rolls": "unused surplus fabric: end-of-roll, overrun and stock lots",
    "used_clothing_bales": "post-consumer second-hand clothing in bulk (bales, take-back stock, old T-shirts)",
    "used_denim_jeans": "worn, second-hand jeans",
    "used_sports_jerseys": "old team jerseys and kits",
    "used_institutional_linen": "retired sheets, towels and bed linen from hotels, hospitals and care homes",
    "vintage_sarongs_textiles": "old sarongs, phasin, pha khao ma, batik and other heirloom cloth, used",
    "used_vinyl_banners": "used PVC advertising and event banners",
    "raw_cotton": "seed cotton or ginned cotton lint",
    "hemp_bast_fibre": "raw hemp bast fibre",
    "recycled_cotton_fibre": "mechanically recycled cotton fibre",
    "recycled_cotton_yarn": "yarn spun from recycled cotton fibre",
    "recycled_polyester_yarn": "rPET filament or spun yarn",
    "hemp_yarn": "hemp yarn or thread",
    "handspun_cotton_yarn": "hand-spun cotton yarn",
    "silk_yarn": "Thai silk yarn",
    "indigo_dye_paste": "natural indigo paste (khram, hom) for dye vats",
    "natural_dye_materials": "plant and insect dye stuffs other than indigo: bark, lac, heartwood, seeds",
    "textile_scrap_filling": "shredded textile scraps used as stuffing",
    # cloth and components
    "handwoven_cotton_fabric": "handwoven cotton cloth, not indigo-dyed",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with natural indigo",
    "natural_dyed_cotton_fabric": "cotton cloth dyed with plant dyes other than indigo (mud, bark, ebony)",
    "mill_cotton_fabric": "machine-woven or knitted cotton cloth, greige or conventionally dyed",
    "hemp_fabric": "hemp or hemp-blend cloth",
    "silk_fabric": "handwoven Thai silk cloth",
    "recycled_polyester_fabric": "knitted or woven rPET fabric",
    "patchwork_fabric_panels": "ready-pieced patchwork cloth by the panel or metre",
    "coconut_shell_buttons": "buttons made from coconut shell",
    "zippers": "zip fasteners",
    "webbing_straps": "webbing and strap tape",
    "woven_labels_tags": "woven labels, care labels and hang tags",
    # services on the customer's goods
    "indigo_dyeing_service": "indigo dyeing of the customer's cloth or garments",
    "natural_dyeing_service": "plant dyeing (not indigo) of the customer's cloth",
    "cmt_sewing_service": "cut-make-trim garment sewing for others",
    "bag_sewing_service": "sewing bags for others",
    "patchwork_sewing_service": "piecing and quilting the customer's fabric or scraps",
    "hand_embroidery_service": "hand embroidery, sashiko or boro stitching for others",
    "screen_printing_service": "screen printing on the customer's goods",
    "textile_shredding_service": "toll shredding of the customer's textile waste back into fibre",
    "textile_washing_service": "industrial washing and sanitising of used textiles",
    "zero_waste_pattern_service": "zero-waste pattern making for brands",
    "garment_repair_service": "repair and mending of garments and textiles",
    "remake_service": "remaking the customer's own old textiles into new products",
    "upcycling_workshop_service": "hands-on upcycling workshops for groups",
    "consignment_retail_space": "shop space or shelves offered to makers on consignment",
    # finished goods
    "upcycled_denim_bag": "bags made from old jeans or denim offcuts",
    "upcycled_textile_bag": "bags made from fabric scraps, deadstock, jerseys or old cloth",
    "upcycled_banner_bag": "bags made from used vinyl banners",
    "handwoven_cotton_bag": "bags (yam) of new handwoven cotton",
    "hemp_bag": "bags of hemp cloth",
    "upcycled_jacket": "jackets pieced or remade from used or leftover cloth",
    "upcycled_apparel": "tops, dresses and trousers remade from used or leftover cloth",
    "indigo_dyed_garment": "new garments of indigo-dyed cloth (mor hom shirts and the like)",
    "hemp_apparel": "garments of hemp cloth",
    "patchwork_quilt_blanket": "quilts and blankets pieced from scraps or old linen",
    "upcycled_cushion_cover": "cushion covers made from scraps or leftover cloth",
    "triangle_cushion": "Isan triangle cushions (mon khit)",
    "rag_rug_doormat": "rugs and doormats woven or braided from textile scraps",
    "wiping_rags": "cut cloth rags and wipers for industry",
    "upcycled_small_accessories": "pouches, scrunchies, card holders and small goods from scraps",
    "recycled_polyester_sportswear": "sportswear made of rPET fabric",
    "adaptive_clothing_elderly": "easy-dress clothing for older people",
    "washable_bed_pad": "reusable incontinence bed pads",
    "hospital_patient_gown": "patient gowns",
}


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    offers: list[Offer],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(f"bup-{num:03d}", name, sub_cluster, stage, province, language, certs, bcg, tuple(offers), tuple(needs))


# ---------------------------------------------------------------- the SMEs, 1-30

SMES_1: list[Sme] = [
    sme(
        1,
        "th",
        "หจก. ส.เจริญค้าเศษผ้า",
        CT,
        UP,
        "Samut Sakhon",
        [
            o("เศษผ้าคอตตอน 100% คัดสีแล้ว จากโรงงานการ์เมนต์ กก.ละ 12 บาท", "cotton_cutting_scraps"),
            o("เศษผ้ายืดโพลีเอสเตอร์ ผ้าไมโคร ขายเหมากระสอบ", "polyester_knit_scraps"),
        ],
        [x("เครื่องอัดก้อนเศษผ้า ระบบไฮดรอลิก มือสองก็ได้", "no one sells baling presses or other machinery")],
        bcg=(CIRC,),
    ),
    sme(
        2,
        "en",
        "Patch & Pieces Studio",
        CT,
        DOWN,
        "Bangkok",
        [
            o("Patchwork tote bags made from garment-factory offcuts", "upcycled_textile_bag"),
            o("Scrunchies, coin purses and card sleeves from leftover cloth", "upcycled_small_accessories"),
        ],
        [
            n(
                "Looking for 100% cotton clippings sorted by colour, ~50 kg a month, no poly blends",
                "cotton_cutting_scraps",
            ),
            n("Outsourced bag making, 200-500 pcs per lot", "bag_sewing_service"),
        ],
        bcg=(CIRC,),
    ),
    sme(
        3,
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านเขาค้อ",
        HNF,
        UP,
        "Phetchabun",
        [o("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 5 กก.", "hemp_bast_fibre"), o("ด้ายกัญชงต่อมือ ปั่นเกลียวเอง ขายเป็นไจ", "hemp_yarn")],
        [x("เมล็ดพันธุ์กัญชงพันธุ์รับรอง THC ต่ำ", "no one offers hemp seed")],
        bcg=(BIO,),
    ),
    sme(
        4,
        "en",
        "Mae Kok Hemp Weavers",
        HNF,
        MID,
        "Chiang Rai",
        [o("Handloom hemp cloth, natural ecru, 35 cm and 60 cm widths", "hemp_fabric")],
        [n("Hemp warp thread, 2-ply, by the kilo", "hemp_yarn")],
        bcg=(BIO, GREEN),
    ),
    sme(
        5,
        "th",
        "บริษัท สยามพรีเมียม ดีพาร์ทเมนท์สโตร์ จำกัด",
        CT,
        DOWN,
        "Bangkok",
        [o("พื้นที่ฝากขาย โซนสินค้ารักษ์โลก ชั้น 3 หักค่า GP 30%", "consignment_retail_space")],
        [
            n(
                "อยากได้กระเป๋ารียูสจากกางเกงยีนส์ใช้แล้ว หรือป้ายโฆษณาไวนิล มาวางมุม Green Corner",
                "upcycled_denim_bag",
                "upcycled_banner_bag",
            ),
            n("ของแต่งบ้านจากผ้าเหลือใช้ เช่น ผ้าหุ้มหมอนอิง ผ้าคลุมเตียง", "upcycled_cushion_cover", "patchwork_quilt_blanket"),
        ],
        bcg=(CIRC, GREEN),
    ),
    sme(
        6,
        "en",
        "Nimman Goods Co.",
        CT,
        DOWN,
        "Chiang Mai",
        [],
        [
            n("Zero-waste gifts: pouches, hair ties, coasters", "upcycled_small_accessories"),
            n(
                "Yam bags in handwoven cloth, OTOP-certified makers only",
                "handwoven_cotton_bag",
                "hemp_bag",
                req=(OTOP,),
            ),
        ],
    ),
    sme(
        7,
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านหนองบัว",
        HNF,
        MID,
        "Nan",
        [
            o("ผ้าฝ้ายทอมือ ลายน้ำไหล หน้ากว้าง 80 ซม.", "handwoven_cotton_fabric"),
            o("ย่ามฝ้ายทอมือ ลายไทลื้อ สินค้าโอทอป", "handwoven_cotton_bag"),
        ],
        [n("เส้นฝ้ายปั่นมือ สีตุ่น ไม่ฟอกขาว", "handspun_cotton_yarn")],
        certs=(OTOP,),
        bcg=(BIO,),
    ),
    sme(
        8,
        "en",
        "Sampeng Stocklot Trading",
        CT,
        MID,
        "Bangkok",
        [
            o("Ex-export end-of-roll fabrics, jobber lots from 50 m", "deadstock_fabric_rolls"),
            o("Overrun poplin and twill, 58 inch, sold by the kilo", "deadstock_fabric_rolls"),
        ],
        [],
        bcg=(CIRC,),
    ),
    sme(
        9,
        "th",
        "สโมสรกีฬาบางแสนยูไนเต็ด",
        SPT,
        DOWN,
        "Chonburi",
        [o("เสื้อแข่งเก่าหมดฤดูกาล ปีละประมาณ 800 ตัว", "used_sports_jerseys")],
        [n("ชุดแข่งทำจากขวดพลาสติกรีไซเคิล พิมพ์ลายเต็มตัว", "recycled_polyester_sportswear")],
    ),
    sme(
        10,
        "en",
        "Run For Tomorrow Events Co., Ltd.",
        SPT,
        DOWN,
        "Bangkok",
        [o("Used vinyl race banners after each event, free to collect", "used_vinyl_banners")],
        [
            n(
                "Finisher tees in recycled polyester, GRS certificate required, 3,000 pcs",
                "recycled_polyester_sportswear",
                req=(GRS,),
            )
        ],
        bcg=(CIRC,),
    ),
    sme(
        11,
        "th",
        "วิสาหกิจชุมชนครามบ้านนาคำ",
        HNF,
        MID,
        "Sakon Nakhon",
        [
            o("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ ลายขิด ผืนละ 2 เมตร", "indigo_dyed_cotton_fabric"),
            o("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service"),
            o("เนื้อครามเปียก บรรจุถัง 5 กก.", "indigo_dye_paste"),
        ],
        [n("เส้นฝ้ายทำมือ เส้นเล็ก สีขาว สีตุ่น", "handspun_cotton_yarn")],
        certs=(OTOP,),
        bcg=(BIO,),
    ),
    sme(
        12,
        "th",
        "บริษัท แม่สอดยีนส์ การ์เมนต์ จำกัด",
        CT,
        MID,
        "Tak",
        [
            o("เศษผ้ายีนส์จากห้องตัด ชิ้นใหญ่ คละสี ตันละ 4,000 บาท", "denim_cutting_scraps"),
            o("รับผลิตกางเกงยีนส์ OEM ขั้นต่ำ 300 ตัว", "cmt_sewing_service"),
        ],
        [n("ซิปทองเหลืองเบอร์ 5 สำหรับเป้ากางเกง", "zippers")],
    ),
    sme(
        13,
        "en",
        "Ari Good Things",
        CT,
        DOWN,
        "Bangkok",
        [o("Consignment shelf for small eco brands, 25% commission", "consignment_retail_space")],
        [
            n("One-off outerwear pieced from old cloth", "upcycled_jacket"),
            n("Floor mats woven from textile waste", "rag_rug_doormat"),
        ],
        bcg=(CIRC,),
    ),
    sme(
        14,
        "th",
        "กลุ่มหมอนขิดบ้านนาสะไมย์",
        ALI,
        DOWN,
        "Yasothon",
        [o("หมอนขิดสามเหลี่ยม 10 ช่อง ยัดนุ่นแท้", "triangle_cushion")],
        [x("นุ่นดิบ ปุยนุ่นอัดก้อน จำนวนมาก", "no one offers kapok; shredded scrap filling is not kapok")],
        certs=(OTOP,),
    ),
    sme(
        15,
        "th",
        "ร้านเสื้อผ้ากระสอบป้าแดง ตลาดโรงเกลือ",
        CT,
        UP,
        "Sa Kaeo",
        [
            o("เสื้อผ้ามือสองยกกระสอบ 100 กก. นำเข้าจากญี่ปุ่น เกาหลี", "used_clothing_bales"),
            o("ยีนส์เก่าคัดเกรด B ตัวละ 20 บาท ขั้นต่ำ 50 ตัว", "used_denim_jeans"),
        ],
        [n("มีโรงซักที่รับล้างทำความสะอาดเสื้อผ้ากระสอบล็อตใหญ่ไหม", "textile_washing_service")],
        bcg=(CIRC,),
    ),
    sme(
        16,
        "en",
        "Second Thread Bags",
        CT,
        DOWN,
        "Chiang Mai",
        [o("Crossbody bags cut from old jeans, each one unique", "upcycled_denim_bag")],
        [
            n("Worn denim in bulk, waistbands and legs intact", "used_denim_jeans"),
            x("Leather offcuts for straps and trims", "no one offers leather"),
            n("Heavy-duty brass zippers", "zippers"),
        ],
        bcg=(CIRC,),
    ),
    sme(
        17,
        "th",
        "ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ",
        ALC,
        DOWN,
        "Nonthaburi",
        [o("ผ้าปูที่นอน ผ้าขนหนูเก่า ปลดระวางทุกไตรมาส", "used_institutional_linen")],
        [
            n("ชุดผู้สูงอายุแบบแกะติดง่าย ไม่มีกระดุม", "adaptive_clothing_elderly"),
            n("ผ้าปูกันเปื้อนสำหรับผู้ป่วยติดเตียง ซักซ้ำได้", "washable_bed_pad"),
        ],
    ),
    sme(
        18,
        "en",
        "ReFibre Eastern Co., Ltd.",
        CT,
        UP,
        "Chon Buri",
        [
            o("Mechanically recycled cotton fibre, GRS, from pre-consumer waste", "recycled_cotton_fibre"),
            o("Recycled cotton OE yarn Ne 6-20", "recycled_cotton_yarn"),
            o("Toll shredding: send your cutting waste, get fibre back", "textile_shredding_service"),
        ],
        [
            n(
                "Light-coloured pre-consumer cotton and denim clippings, 5 t/month",
                "cotton_cutting_scraps",
                "denim_cutting_scraps",
            )
        ],
        certs=(GRS, ISO14001),
        bcg=(CIRC,),
    ),
    sme(
        19,
        "en",
        "Silver Years Department Store",
        ALC,
        DOWN,
        "Bangkok",
        [],
        [
            n("Easy-dress clothing for seniors, magnetic closures", "adaptive_clothing_elderly"),
            n("Lap quilts and bed covers, OEKO-TEX Standard 100 required", "patchwork_quilt_blanket", req=(OEKO,)),
        ],
    ),
    sme(
        20,
        "en",
        "Andaman Bay Resort",
        CT,
        DOWN,
        "Phuket",
        [o("Retired bath towels and bed sheets, about 300 kg a quarter", "used_institutional_linen")],
        [
            n("Someone to turn our old towels into bath mats and laundry bags", "remake_service"),
            n("Staff make-and-mend session for our CSR day, 40 people", "upcycling_workshop_service"),
        ],
        bcg=(CIRC, GREEN),
    ),
    sme(
        21,
        "th",
        "ร้านฝ้ายงาม ถนนท่าแพ",
        HNF,
        DOWN,
        "Chiang Mai",
        [],
        [
            n("ผ้าพื้นเมืองสีน้ำเงินเข้ม ย้อมจากต้นห้อม ขายเป็นหลา", "indigo_dyed_cotton_fabric"),
            n("เสื้อพื้นเมืองสีกรม ผ้าย้อมห้อม ไซซ์ใหญ่ ส่งทุกเดือน", "indigo_dyed_garment"),
            x(
                "ผ้าย้อมครามที่ได้ GOTS สำหรับส่งออกยุโรป",
                "no indigo cloth supplier holds GOTS",
                "indigo_dyed_cotton_fabric",
                req=(GOTS,),
            ),
        ],
    ),
    sme(
        22,
        "en",
        "Kin Hemp Apparel",
        HNF,
        DOWN,
        "Bangkok",
        [o("Hemp shirts and wide trousers, garment-dyed", "hemp_apparel")],
        [
            n("We'd like hemp yardage, hand- or power-woven, 200 m per order", "hemp_fabric"),
            n("Organic hand-spun cotton thread, Organic Thailand certified", "handspun_cotton_yarn", req=(ORG_TH,)),
            x(
                "GOTS-certified organic cotton jersey",
                "no cloth supplier holds GOTS",
                "mill_cotton_fabric",
                req=(GOTS,),
            ),
        ],
        bcg=(BIO,),
    ),
    sme(
        23,
        "en",
        "Siam Basics Garment Co., Ltd.",
        CT,
        MID,
        "Nakhon Pathom",
        [
            o("CMT for T-shirts and polos, MOQ 1,000 pcs", "cmt_sewing_service"),
            o("Cotton jersey offcuts, about 2 tonnes a month, free pick-up", "cotton_cutting_scraps"),
        ],
        [
            n("Recycled-bottle knit fabric, GRS certified, 160 gsm", "recycled_polyester_fabric", req=(GRS,)),
            x(
                "Care labels and hang tags on FSC paper",
                "the only tag supplier holds no FSC",
                "woven_labels_tags",
                req=(FSC,),
            ),
        ],
        certs=(ISO9001, OEKO),
    ),
    sme(
        24,
        "th",
        "โรงทอผ้าดิบอ้อมน้อย",
        CT,
        MID,
        "Samut Sakhon",
        [o("ผ้าดิบ ผ้าฝ้ายทอเครื่อง หน้า 36-60 นิ้ว ขายเป็นพับ", "mill_cotton_fabric")],
        [n("ด้ายรีไซเคิล สำหรับทอผ้าดิบเกรดประหยัด", "recycled_cotton_yarn")],
    ),
    sme(
        25,
        "th",
        "ร้านเย็บผ้าป้าจิต",
        CT,
        MID,
        "Nonthaburi",
        [o("รับตัดเย็บเสื้อผ้าตามแบบ ขั้นต่ำ 30 ตัว", "cmt_sewing_service")],
        [n("ซิปไนลอนสีดำ เบอร์ 3 ยกกล่อง", "zippers")],
    ),
    sme(
        26,
        "th",
        "วิสาหกิจชุมชนฝ้ายเข็นบ้านนาอ้อ",
        HNF,
        UP,
        "Loei",
        [o("ฝ้ายดอกพันธุ์พื้นเมือง ปลูกแบบอินทรีย์", "raw_cotton"), o("ฝ้ายเข็นมือ ได้รับมาตรฐานเกษตรอินทรีย์", "handspun_cotton_yarn")],
        [n("วัตถุดิบคราม สำหรับหมักน้ำย้อมเส้นด้าย", "indigo_dye_paste")],
        certs=(ORG_TH,),
        bcg=(BIO,),
    ),
    sme(
        27,
        "en",
        "Isan Craft Export Ltd.",
        ALI,
        DOWN,
        "Udon Thani",
        [],
        [
            n(
                "Indigo hand-woven cotton yardage for Japanese buyers, Fairtrade welcome but not required",
                "indigo_dyed_cotton_fabric",
                waive=(FAIRTRADE,),
            ),
            n("Mudmee silk lengths carrying the Peacock Emblem", "silk_fabric", req=(PEACOCK,)),
            x("Freight forwarder for small craft shipments to Japan", "no one offers freight or export services"),
        ],
    ),
    sme(
        28,
        "th",
        "ร้านปาเต๊ะรีเมค หาดใหญ่",
        CT,
        DOWN,
        "Songkhla",
        [
            o("เสื้อเชิ้ตตัดจากผ้าปาเต๊ะเก่า ผ้าถุงแม่", "upcycled_apparel"),
            o("ที่คาดผม โบว์ผูกผม จากเศษผ้าบาติก", "upcycled_small_accessories"),
        ],
        [
            n("ผ้าถุง ผ้าซิ่นมือสอง สภาพดี ชั่งกิโล", "vintage_sarongs_textiles"),
            n("หาร้านที่รับสินค้าไปวางขาย แบ่งเปอร์เซ็นต์", "consignment_retail_space"),
        ],
        bcg=(CIRC,),
    ),
    sme(
        29,
        "th",
        "กลุ่มหม้อห้อมทุ่งเจริญ",
        HNF,
        MID,
        "Phrae",
        [
            o("ผ้าหม้อห้อมย้อมมือ หน้ากว้าง 1 เมตร ขายเป็นพับ", "indigo_dyed_cotton_fabric"),
            o("เสื้อม่อฮ่อม คอจีน แขนสั้น S-XXL", "indigo_dyed_garment"),
            o("ห้อมเปียกพร้อมก่อหม้อ กิโลละ 150 บาท", "indigo_dye_paste"),
        ],
        [n("ผ้าฝ้ายทอโรงงาน ยังไม่ฟอกย้อม หน้า 44 นิ้ว สำหรับนำมาย้อม", "mill_cotton_fabric")],
        certs=(OTOP,),
        bcg=(BIO,),
    ),
    sme(
        30,
        "th",
        "ร้านผ้าค้างสต็อก พาหุรัด",
        CT,
        MID,
        "Bangkok",
        [o("ผ้าหัวม้วนท้ายม้วน ลินิน คอตตอน ชั่งกิโลขาย", "deadstock_fabric_rolls")],
        [],
        bcg=(CIRC,),
    ),
]

# ---------------------------------------------------------------- the SMEs, 31-60

SMES_2: list[Sme] = [
    sme(
        31,
        "en",
        "ReLoop Home",
        CT,
        DOWN,
        "Ratchaburi",
        [
            o("Quilted throws pieced from hotel sheets", "patchwork_quilt_blanket"),
            o("Patchwork cushion covers, 45 x 45 cm", "upcycled_cushion_cover"),
        ],
        [
            n("Discarded hotel or care-home bedding, 100 kg lots", "used_institutional_linen"),
            n("Can anyone sanitise secondhand textiles before we cut them?", "textile_washing_service"),
        ],
        certs=(OEKO,),
        bcg=(CIRC,),
    ),
    sme(
        32,
        "th",
        "ยีนส์ฮักโลก เชียงใหม่",
        CT,
        DOWN,
        "Chiang Mai",
        [
            o("กระเป๋าสะพายข้างจากยีนส์เก่า ทำมือทุกใบ", "upcycled_denim_bag"),
            o("รับเปลี่ยนยีนส์ตัวเก่าของคุณให้เป็นกระเป๋าใบใหม่", "remake_service"),
        ],
        [
            n("กางเกงยีนส์มือสอง ผ้าหนา ขาตรง ยกกระสอบ", "used_denim_jeans"),
            n("เศษยีนส์จากโรงงานตัดเย็บ ชิ้นโต", "denim_cutting_scraps"),
        ],
        bcg=(CIRC,),
    ),
    sme(
        33,
        "en",
        "Active Knit Thailand Co., Ltd.",
        SPT,
        MID,
        "Samut Prakan",
        [
            o("rPET interlock and mesh, 140-160 gsm", "recycled_polyester_fabric"),
            o("Sublimated football kits from recycled bottles", "recycled_polyester_sportswear"),
            o("Poly-spandex knit offcuts from our cutting room", "polyester_knit_scraps"),
        ],
        [
            n("GRS recycled polyester filament yarn, 75D", "recycled_polyester_yarn", req=(GRS,)),
            x("Recycled nylon 6 yarn for swimwear", "no one offers recycled nylon"),
        ],
        certs=(GRS, OEKO),
        bcg=(CIRC,),
    ),
    sme(
        34,
        "th",
        "ร้านผ้าเก่ากาดหลวง",
        CT,
        UP,
        "Chiang Mai",
        [o("ผ้าซิ่นเก่า ตีนจก ผ้าปกขาว ขายตามสภาพ", "vintage_sarongs_textiles")],
        [n("ช่างชุนผ้าเก่า ซ่อมรอยขาด รอยมอดกิน", "garment_repair_service")],
    ),
    sme(
        35,
        "th",
        "โรงงานเย็บกระเป๋า เจริญผล",
        CT,
        MID,
        "Samut Sakhon",
        [o("รับเย็บกระเป๋าผ้า ถุงผ้า OEM ขั้นต่ำ 100 ใบ", "bag_sewing_service")],
        [
            n("ผ้าม้วนเหลือขาย ราคาถูก คิดเป็นกิโล สำหรับเย็บถุงผ้า", "deadstock_fabric_rolls"),
            n("สายกระเป๋าไนลอน กว้าง 1 นิ้ว ม้วนละ 50 หลา", "webbing_straps"),
        ],
    ),
    sme(
        36,
        "en",
        "Hua Hin Wellness Retreat",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        [],
        [
            n("Triangle floor cushions (mon khit) for the yoga sala", "triangle_cushion"),
            n("Natural indigo tunics for therapists, OEKO-TEX nice to have", "indigo_dyed_garment", waive=(OEKO,)),
        ],
        bcg=(GREEN,),
    ),
    sme(
        37,
        "en",
        "Hmong Hemp Collective",
        HNF,
        UP,
        "Tak",
        [
            o("Decorticated hemp bast, hand-stripped, sun-dried", "hemp_bast_fibre"),
            o("Hemp yarn twisted on foot spindles, undyed skeins", "hemp_yarn"),
        ],
        [],
        certs=(FAIRTRADE,),
        bcg=(BIO,),
    ),
    sme(
        38,
        "th",
        "กลุ่มผู้สูงอายุเย็บผ้าบ้านท่าขอนยาง",
        ALI,
        DOWN,
        "Maha Sarakham",
        [o("รับเย็บผ้าต่อ จากผ้าที่ลูกค้าส่งมา", "patchwork_sewing_service")],
        [n("เศษผ้าบดเป็นไส้เบาะรองนั่ง", "textile_scrap_filling")],
        bcg=(CIRC,),
    ),
    sme(
        39,
        "th",
        "ร้านของฝากรักษ์โลก นิมมาน",
        CT,
        DOWN,
        "Chiang Mai",
        [],
        [
            n("ย่ามทอมือ ทั้งฝ้ายและกัญชง งานชาวบ้าน", "handwoven_cotton_bag", "hemp_bag"),
            n("เสื้อผ้าใยกัญชง ขายส่ง", "hemp_apparel"),
        ],
    ),
    sme(
        40,
        "en",
        "Thonburi Sewing Collective",
        CT,
        MID,
        "Bangkok",
        [
            o("Small-batch sewing for designers, 20-200 pcs", "cmt_sewing_service"),
            o("Tote, pouch and backpack assembly from your fabric", "bag_sewing_service"),
        ],
        [x("Second-hand 5-thread overlockers", "no one sells sewing machines")],
    ),
    sme(
        41,
        "en",
        "BottleLoop Fibres Co., Ltd.",
        SPT,
        UP,
        "Rayong",
        [o("rPET DTY 75D/72F and 150D/48F, dope-dyed black", "recycled_polyester_yarn")],
        [
            n("Polyester fabric waste for fibre-to-fibre trials", "polyester_knit_scraps"),
            x("Clear PET bottle flakes, hot-washed", "no one offers bottle flakes"),
        ],
        certs=(GRS,),
        bcg=(CIRC,),
    ),
    sme(
        42,
        "th",
        "กลุ่มปักผ้าม้งบ้านห้วยขม",
        HNF,
        MID,
        "Chiang Rai",
        [o("รับปักมือลายชนเผ่า ตามแบบลูกค้า", "hand_embroidery_service")],
        [n("ผ้าใยกัญชงทอมือ สำหรับงานปัก", "hemp_fabric")],
    ),
    sme(
        43,
        "th",
        "บริษัท กรีนกิฟต์ ของขวัญองค์กร จำกัด",
        CT,
        DOWN,
        "Bangkok",
        [],
        [
            n("ของที่ระลึกองค์กรจากผ้าเหลือใช้ เช่น ซองใส่บัตร กระเป๋าเหรียญ", "upcycled_small_accessories"),
            n("งานสกรีนโลโก้ลงถุงผ้า", "screen_printing_service"),
        ],
    ),
    sme(
        44,
        "en",
        "GreenWear Retail (Thailand) Co., Ltd.",
        CT,
        DOWN,
        "Bangkok",
        [o("Take-back garments collected in our stores, unsorted, monthly", "used_clothing_bales")],
        [
            n("Partner to remake our take-back stock into a capsule line", "remake_service"),
            x("Sorting and grading of collected garments (reuse / recycle split)", "no one offers sorting"),
        ],
        bcg=(CIRC,),
    ),
    sme(
        45,
        "th",
        "โรงงานเสื้อกีฬา สปอร์ตไลน์",
        SPT,
        MID,
        "Nakhon Pathom",
        [o("เสื้อกีฬาพิมพ์ซับลิเมชั่น ผ้ารีไซเคิล ขั้นต่ำ 50 ตัว", "recycled_polyester_sportswear")],
        [n("ผ้าไมโครโพลีรีไซเคิล สำหรับเสื้อกีฬา ไม่ต้องมี GRS", "recycled_polyester_fabric", waive=(GRS,))],
    ),
    sme(
        46,
        "th",
        "กลุ่มทอผ้าไหมบ้านสวาย",
        ALI,
        MID,
        "Surin",
        [o("ไหมน้อยพันธุ์พื้นบ้าน สาวมือ", "silk_yarn"), o("ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน สีทอง", "silk_fabric")],
        [n("วัตถุดิบย้อมสีธรรมชาติ เปลือกไม้ แก่นไม้ สำหรับย้อมไหม", "natural_dye_materials")],
        certs=(PEACOCK, OTOP),
        bcg=(BIO,),
    ),
    sme(
        47,
        "th",
        "วิสาหกิจเพื่อสังคม ผ้าเหลือมีค่า",
        CT,
        DOWN,
        "Nonthaburi",
        [
            o("ถุงผ้าต่อเศษ ทรงถุงช้อปปิ้ง", "upcycled_textile_bag"),
            o("ปลอกหมอนอิงผ้าปะต่อ 45x45 ซม.", "upcycled_cushion_cover"),
            o("เวิร์กช็อปเย็บกระเป๋าจากผ้าเหลือ สำหรับพนักงานองค์กร", "upcycling_workshop_service"),
        ],
        [x("ช่างภาพถ่ายสินค้าลงร้านออนไลน์", "no one offers photography")],
        bcg=(CIRC,),
    ),
    sme(
        48,
        "en",
        "Studio Sashiko BKK",
        CT,
        MID,
        "Bangkok",
        [
            o("Sashiko and boro mending by hand, per piece", "hand_embroidery_service"),
            o("Visible mending for denim and knitwear", "garment_repair_service"),
        ],
        [
            x(
                "Indigo-dyed cotton sashiko thread, 100 m skeins",
                "no one offers dyed thread; the indigo dyers dye the customer's goods or sell cloth",
            )
        ],
    ),
    sme(
        49,
        "th",
        "ลาดพร้าวการพิมพ์ ป้ายไวนิล",
        CT,
        MID,
        "Bangkok",
        [
            o("ไวนิลเก่าหลังจบงานอีเว้นท์ ชั่งกิโลขาย", "used_vinyl_banners"),
            o("กระเป๋าไวนิลเหลือใช้ ทรงโท้ท กันน้ำ", "upcycled_banner_bag"),
        ],
        [n("เทปทอ PP สำหรับหูหิ้ว", "webbing_straps"), n("รับซื้อป้ายงานวิ่ง ป้ายคอนเสิร์ต ที่ใช้แล้ว", "used_vinyl_banners")],
        bcg=(CIRC,),
    ),
    sme(
        50,
        "en",
        "Loop Department Store",
        CT,
        DOWN,
        "Chonburi",
        [],
        [n("Remade or pieced outerwear for the eco concession, small runs", "upcycled_jacket")],
    ),
    sme(
        51,
        "th",
        "ร้านเข็มเย็บ ซ่อมผ้า",
        CT,
        DOWN,
        "Trang",
        [o("ซ่อมเสื้อผ้า ปะกางเกงยีนส์สไตล์ญี่ปุ่น", "garment_repair_service")],
        [n("ยีนส์เก่าสภาพดี ไว้เป็นผ้าปะ", "used_denim_jeans")],
    ),
    sme(
        52,
        "th",
        "โรงปั่นด้ายรีไซเคิล โคราช",
        CT,
        UP,
        "Korat",
        [o("ด้ายโอเพนเอนด์รีไซเคิล เบอร์ 10 สีเทาท็อปดาย", "recycled_cotton_yarn")],
        [n("ใยฝ้ายรีไซเคิล ตีเปิดแล้ว", "recycled_cotton_fibre")],
        bcg=(CIRC,),
    ),
    sme(
        53,
        "en",
        "Medi-Linen Supply Co., Ltd.",
        ALC,
        MID,
        "Pathum Thani",
        [
            o("Patient gowns, cotton-poly, side ties", "hospital_patient_gown"),
            o("Reusable incontinence underpads, 4-layer", "washable_bed_pad"),
        ],
        [x("Waterproof breathable TPU laminate for bed pads", "no one offers laminated membranes")],
        certs=(ISO13485,),
    ),
    sme(
        54,
        "th",
        "กลุ่มผู้สูงอายุทอพรมบ้านหนองแวง",
        ALI,
        DOWN,
        "Roi Et",
        [o("พรมเช็ดเท้าทอจากเศษผ้ายืด", "rag_rug_doormat")],
        [n("ริมผ้ายืดใยสังเคราะห์ เส้นยาว ทุกสี", "polyester_knit_scraps")],
        bcg=(CIRC,),
    ),
    sme(
        55,
        "en",
        "Mekong Indigo Studio",
        HNF,
        MID,
        "Ubon Ratchathani",
        [
            o("Isan handloom cotton, fermented indigo, 4 shades", "indigo_dyed_cotton_fabric"),
            o("Ebony-fruit and mud dyed cotton yardage", "natural_dyed_cotton_fabric"),
        ],
        [n("Dried dye bark or seeds for our dye baths, 10 kg lots", "natural_dye_materials")],
        bcg=(BIO,),
    ),
    sme(
        56,
        "th",
        "ร้านของฝากภูเก็ตกรีน",
        CT,
        DOWN,
        "Phuket",
        [],
        [
            n("กระเป๋ากันน้ำจากป้ายไวนิลเก่า สำหรับนักท่องเที่ยว", "upcycled_banner_bag"),
            n("ผ้าฝ้ายย้อมสีธรรมชาติ ขายเป็นเมตร มีโอทอปยิ่งดี", "natural_dyed_cotton_fabric", waive=(OTOP,)),
        ],
    ),
    sme(
        57,
        "en",
        "Inkwell Screen Print",
        CT,
        MID,
        "Nonthaburi",
        [o("Water-based screen printing on totes and tees, from 50 pcs", "screen_printing_service")],
        [x("Blank canvas tote bags, natural, 1,000 pcs", "no one offers new blank totes")],
    ),
    sme(
        58,
        "th",
        "ศูนย์คัดแยกเศษผ้าบ้านบึง",
        CT,
        UP,
        "Chonburi",
        [
            o("เศษผ้าฝ้ายขาว คัดแยกตามเนื้อผ้า", "cotton_cutting_scraps"),
            o("ผ้าเช็ดเครื่องจักร ตัด 40x40 ซม. มัดละ 10 กก.", "wiping_rags"),
            o("เศษผ้าบดละเอียด สำหรับยัดหมอน ยัดตุ๊กตา", "textile_scrap_filling"),
        ],
        [n("เสื้อยืดเก่า ใช้แล้ว คละไซซ์ รับเป็นตัน", "used_clothing_bales")],
        bcg=(CIRC,),
    ),
    sme(
        59,
        "th",
        "ร้านย่ามอีสาน",
        ALI,
        DOWN,
        "Khon Kaen",
        [o("ย่ามผ้าฝ้ายย้อมคราม ลายขิด", "handwoven_cotton_bag")],
        [n("ส่งผ้าฝ้ายสีขาวของร้านไปทำสีครามได้ที่ไหน", "indigo_dyeing_service")],
    ),
    sme(
        60,
        "en",
        "Golden Years Residence",
        ALC,
        DOWN,
        "Nonthaburi",
        [],
        [
            n("Open-back and magnetic-button shirts for residents", "adaptive_clothing_elderly"),
            n("Washable incontinence sheets, 200 pcs", "washable_bed_pad"),
            n("Knee blankets, OEKO-TEX not required", "patchwork_quilt_blanket", waive=(OEKO,)),
        ],
    ),
]

# ---------------------------------------------------------------- the SMEs, 61-95

SMES_3: list[Sme] = [
    sme(
        61,
        "th",
        "กลุ่มแม่บ้านปั่นฝ้ายบ้านโนนสะอาด",
        HNF,
        UP,
        "Chaiyaphum",
        [
            o("ด้ายฝ้ายเข็นมือ สีธรรมชาติ ไม่ผ่านการย้อม ไจละ 100 กรัม", "handspun_cotton_yarn"),
            o("ผ้าฝ้ายทอมือลายลูกแก้ว สีพื้น", "handwoven_cotton_fabric"),
        ],
        [n("ปุยฝ้ายดีดแล้ว พร้อมเข็น", "raw_cotton")],
        bcg=(BIO,),
    ),
    sme(
        62,
        "en",
        "Old Town Remade",
        CT,
        DOWN,
        "Phuket",
        [],
        [n("Upcycled shirts, skirts and dresses, one-offs fine", "upcycled_apparel")],
        bcg=(CIRC,),
    ),
    sme(
        63,
        "en",
        "Zero Offcut Atelier",
        CT,
        DOWN,
        "Bangkok",
        [
            o("Zero-waste pattern cutting and grading for brands", "zero_waste_pattern_service"),
            o("Boro-style patchwork jackets, one of a kind", "upcycled_jacket"),
            o("Dresses remade from deadstock shirting", "upcycled_apparel"),
        ],
        [
            n("Needlework outworkers for boro and embroidery details", "hand_embroidery_service"),
            n("Piecing of our cutting-room offcuts into quilt tops, we send the fabric", "patchwork_sewing_service"),
        ],
        bcg=(CIRC,),
    ),
    sme(
        64,
        "th",
        "กลุ่มบาติกสีธรรมชาติ อ่าวนาง",
        HNF,
        MID,
        "Krabi",
        [
            o("ผ้าบาติกย้อมเปลือกโกงกาง เป็นผืน", "natural_dyed_cotton_fabric"),
            o("รับย้อมสีธรรมชาติ ผ้าของลูกค้า ขั้นต่ำ 20 หลา", "natural_dyeing_service"),
            o("เปลือกโกงกางแห้งบด กิโลละ 80 บาท", "natural_dye_materials"),
        ],
        [n("ผ้าฝ้ายดิบ สำหรับเขียนเทียน", "mill_cotton_fabric")],
        bcg=(BIO, GREEN),
    ),
    sme(
        65,
        "th",
        "โรงแรมบ้านริมคลอง อัมพวา",
        CT,
        DOWN,
        "Samut Songkhram",
        [],
        [n("ผ้าเช็ดตัวเก่าของโรงแรม อยากให้ทำเป็นพรมเช็ดเท้า มีใครรับไหม", "remake_service")],
        bcg=(GREEN,),
    ),
    sme(
        66,
        "en",
        "Chatuchak Vintage Denim",
        CT,
        DOWN,
        "Bangkok",
        [o("Grade-B vintage Levi's and Japanese jeans for remake", "used_denim_jeans")],
        [n("Who can print swing tickets for our remade line?", "woven_labels_tags")],
        bcg=(CIRC,),
    ),
    sme(
        67,
        "th",
        "รีเจอร์ซีย์ กระเป๋ากีฬาอัพไซเคิล",
        SPT,
        DOWN,
        "Khon Kaen",
        [o("กระเป๋ายิมเย็บจากเสื้อบอลเก่า", "upcycled_textile_bag")],
        [n("เสื้อทีมที่ไม่ใช้แล้ว เสื้อฟุตบอลเก่า", "used_sports_jerseys")],
        bcg=(CIRC,),
    ),
    sme(
        68,
        "th",
        "กระดุมกะลา บ้านกรูด",
        HNF,
        MID,
        "Prachuap Khiri Khan",
        [o("กระดุมกะลามะพร้าว 4 รู 15-25 มม.", "coconut_shell_buttons")],
        [],
        bcg=(BIO, CIRC),
    ),
    sme(
        69,
        "en",
        "Northern Loom Export Co.",
        HNF,
        DOWN,
        "Chiang Mai",
        [],
        [n("Hill-tribe hemp bags for EU wholesale, Fairtrade certified", "hemp_bag", req=(FAIRTRADE,))],
    ),
    sme(
        70,
        "th",
        "แบรนด์ใส่สบาย เสื้อผ้าผู้สูงวัย",
        ALC,
        DOWN,
        "Nonthaburi",
        [
            o("เสื้อกระดุมแม่เหล็ก ใส่ถอดง่าย ผ้าผ่าน OEKO-TEX", "adaptive_clothing_elderly"),
            o("แผ่นรองซับ ซักได้ 3 ชั้น", "washable_bed_pad"),
        ],
        [n("ผ้าคอตตอนเนื้อนุ่ม ต้องผ่านโอเคเท็กซ์ สำหรับผิวบอบบาง", "mill_cotton_fabric", req=(OEKO,))],
        certs=(OEKO,),
    ),
    sme(
        71,
        "th",
        "โรงพยาบาลนนทเวช",
        ALC,
        DOWN,
        "Nonthaburi",
        [],
        [
            n("เสื้อผ้าผู้ป่วยใน ต้องได้ มอก.", "hospital_patient_gown", req=(TIS,)),
            n("ผ้าปูรองปัสสาวะ ชนิดใช้หลายครั้ง สำหรับวอร์ดผู้สูงอายุ", "washable_bed_pad"),
        ],
    ),
    sme(
        72,
        "th",
        "ผ้าต่อสยาม",
        CT,
        MID,
        "Nakhon Pathom",
        [
            o("ผ้าแพทช์เวิร์คเป็นผืน 1x1.5 ม. ต่อจากเศษผ้า", "patchwork_fabric_panels"),
            o("รับเย็บต่อผ้าจากเศษผ้าของลูกค้า", "patchwork_sewing_service"),
        ],
        [n("เศษยีนส์ ชิ้นละไม่ต่ำกว่า 10 ซม.", "denim_cutting_scraps")],
        bcg=(CIRC,),
    ),
    sme(
        73,
        "en",
        "Kantha & Co.",
        CT,
        DOWN,
        "Bangkok",
        [],
        [
            n("Ready-pieced patchwork yardage to cut jackets from", "patchwork_fabric_panels"),
            n("Plant dyeing of our cut panels in earth tones, no indigo, no synthetic dyes", "natural_dyeing_service"),
        ],
        bcg=(CIRC,),
    ),
    sme(
        74,
        "en",
        "TrimSource Co., Ltd.",
        CT,
        MID,
        "Samut Prakan",
        [
            o("YKK metal and nylon zips, No.3 to No.5", "zippers"),
            o("Recycled-PET webbing 25 and 38 mm, GRS", "webbing_straps"),
            o("Woven labels and hang tags on recycled board", "woven_labels_tags"),
        ],
        [],
        certs=(OEKO, GRS),
    ),
    sme(
        75,
        "th",
        "กลุ่มกระเป๋ากัญชงม้ง ดอยแม่สลอง",
        HNF,
        DOWN,
        "Chiang Rai",
        [o("ย่ามใยกัญชง เขียนเทียน ย้อมคราม", "hemp_bag")],
        [n("ใยกัญชงดิบ ยังไม่ปั่น", "hemp_bast_fibre")],
        certs=(FAIRTRADE,),
        bcg=(BIO,),
    ),
    sme(
        76,
        "th",
        "ม่อนรีเมค สตูดิโอ",
        CT,
        DOWN,
        "Bangkok",
        [
            o("แจ็คเก็ตผ้าต่อสไตล์โบโระ จากผ้าครามเก่า", "upcycled_jacket"),
            o("รับรีเมคผ้าซิ่นแม่ ผ้าขาวม้าพ่อ เป็นเสื้อตัวใหม่", "remake_service"),
        ],
        [n("ลงสีครามทับเสื้อเก่า รับงานเป็นตัวไหม", "indigo_dyeing_service")],
        bcg=(CIRC,),
    ),
    sme(
        77,
        "en",
        "Doi Loom Works",
        HNF,
        MID,
        "Chiang Mai",
        [
            o("Backstrap-woven Karen cotton, 40 cm panels", "handwoven_cotton_fabric"),
            o("Hemp-cotton handloom blend 55/45", "hemp_fabric"),
        ],
        [n("Natural-colour hemp thread for handloom weft, per kg", "hemp_yarn")],
        bcg=(BIO,),
    ),
    sme(
        78,
        "th",
        "ห้างสรรพสินค้าโคราชพลาซ่า",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        [],
        [n("ผ้าไหมทอมือสำหรับมุมของฝาก ไม่จำเป็นต้องมีตรานกยูง แต่ต้องมีโอทอป", "silk_fabric", req=(OTOP,), waive=(PEACOCK,))],
    ),
    sme(
        79,
        "en",
        "Praewa Silk House",
        ALI,
        MID,
        "Kalasin",
        [o("Praewa silk shawls and lengths, OTOP 5-star", "silk_fabric")],
        [n("Native-breed silk yarn, hand-reeled", "silk_yarn")],
        certs=(OTOP,),
    ),
    sme(
        80,
        "th",
        "บริษัท เมดิคอล การ์เมนท์ จำกัด",
        ALC,
        MID,
        "Samut Prakan",
        [
            o("ชุดคนไข้ผ้าคอตตอน ผลิตตามมาตรฐาน มอก.", "hospital_patient_gown"),
            o("รับจ้างเย็บชุดยูนิฟอร์ม ชุดพยาบาล", "cmt_sewing_service"),
        ],
        [n("ผ้าคอตตอนเกรดโรงงาน ม้วนละ 100 หลา สำหรับตัดชุดคนไข้", "mill_cotton_fabric")],
        certs=(TIS, ISO9001),
    ),
    sme(
        81,
        "th",
        "โรงซักรีด คลีนเท็กซ์",
        CT,
        MID,
        "Pathum Thani",
        [o("รับซักอบฆ่าเชื้อผ้ามือสอง ผ้าโรงแรม กิโลละ 25 บาท", "textile_washing_service")],
        [x("น้ำยาซักผ้าชีวภาพ แบบแกลลอน", "no one sells detergents")],
    ),
    sme(
        82,
        "en",
        "Mend & Make Repair Cafe",
        CT,
        DOWN,
        "Bangkok",
        [
            o("Walk-in clothing repairs and alterations", "garment_repair_service"),
            o("Visible-mending and upcycling workshops for teams", "upcycling_workshop_service"),
        ],
        [],
        bcg=(CIRC,),
    ),
    sme(
        83,
        "en",
        "Chao Phraya Textile Mill Co., Ltd.",
        CT,
        MID,
        "Samut Sakhon",
        [
            o("Greige cotton sheeting 40s, 63 inch", "mill_cotton_fabric"),
            o("Yarn-dyed cotton checks and solid jersey, reactive dyes", "mill_cotton_fabric"),
        ],
        [n("GRS-certified open-end yarn spun from textile waste, Ne 16-20", "recycled_cotton_yarn", req=(GRS,))],
        certs=(OEKO, ISO9001),
    ),
    sme(
        84,
        "th",
        "บริษัท สยามทวิล การ์เมนต์ จำกัด",
        CT,
        MID,
        "Samut Prakan",
        [o("ผ้าคอตตอนทวิลค้างสต็อก จากออเดอร์ส่งออกที่ถูกยกเลิก", "deadstock_fabric_rolls")],
        [
            n("บริการย่อยเศษผ้ากลับเป็นเส้นใย ส่งของเราไปย่อย", "textile_shredding_service"),
            n("ผ้าขี้ริ้วใช้ในโรงงาน เดือนละ 200 กก.", "wiping_rags"),
        ],
    ),
    sme(
        85,
        "th",
        "ชมรมผู้สูงอายุตำบลบ้านเกาะ เย็บผ้าห่ม",
        ALC,
        DOWN,
        "Ayutthaya",
        [
            o("ผ้าห่มนวมเศษผ้า ขนาด 5 ฟุต", "patchwork_quilt_blanket"),
            o("รับเย็บควิลท์ ปะต่อ ตามแบบที่ลูกค้าส่งมา", "patchwork_sewing_service"),
        ],
        [n("ใยยัดไส้จากผ้ารีไซเคิล", "textile_scrap_filling")],
        bcg=(CIRC,),
    ),
    sme(
        86,
        "en",
        "Korat Senior Day Centre",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        [],
        [n("Adaptive clothing for wheelchair users, OEKO-TEX certified", "adaptive_clothing_elderly", req=(OEKO,))],
    ),
    sme(
        87,
        "th",
        "ร้านกัญชงปาย",
        HNF,
        DOWN,
        "Mae Hong Son",
        [o("เสื้อใยกัญชง ทรงชาวเขา สีธรรมชาติ", "hemp_apparel")],
        [],
        bcg=(BIO,),
    ),
    sme(
        88,
        "en",
        "Indigo Lab Sakon",
        HNF,
        MID,
        "Sakon Nakhon",
        [o("Natural indigo dip-dye and shibori on your garments", "indigo_dyeing_service")],
        [n("Fermented indigo paste, 20 kg a month", "indigo_dye_paste")],
        bcg=(BIO,),
    ),
    sme(
        89,
        "th",
        "ร้านวินเทจ สะพานพุทธ",
        CT,
        DOWN,
        "Bangkok",
        [],
        [n("ผ้าเบลมือสองล็อตใหญ่ ยังไม่คัด มาคัดเอง", "used_clothing_bales")],
        bcg=(CIRC,),
    ),
    sme(
        90,
        "th",
        "บ้านพักผู้สูงอายุสุขสันต์ ขอนแก่น",
        ALI,
        DOWN,
        "Khon Kaen",
        [],
        [n("ชุดสำหรับผู้สูงอายุติดเตียง ใส่สะดวก เปิดหลัง", "adaptive_clothing_elderly"), n("ผ้ารองฉี่แบบใช้ซ้ำ", "washable_bed_pad")],
    ),
    sme(
        91,
        "th",
        "แบรนด์ ผ้าค้างมีค่า",
        CT,
        DOWN,
        "Bangkok",
        [o("เดรสจากผ้าเหลือโรงงาน ทำจำนวนจำกัด", "upcycled_apparel")],
        [
            n("คนทำแพทเทิร์นแบบไม่เหลือเศษผ้า", "zero_waste_pattern_service"),
            n("กระดุมธรรมชาติ ไม่เอาพลาสติก", "coconut_shell_buttons"),
        ],
        bcg=(CIRC,),
    ),
    sme(
        92,
        "en",
        "Easy Living Apparel",
        ALC,
        DOWN,
        "Nonthaburi",
        [],
        [n("Factory to cut and sew 500-piece runs of seated-fit trousers", "cmt_sewing_service")],
    ),
    sme(
        93,
        "en",
        "Wipe & Weave Social Enterprise",
        CT,
        DOWN,
        "Samut Prakan",
        [
            o("Braided rag rugs from T-shirt yarn", "rag_rug_doormat"),
            o("Industrial cotton wipers, 10 kg bales", "wiping_rags"),
        ],
        [n("Old T-shirts by the tonne, any colour", "used_clothing_bales")],
        bcg=(CIRC,),
    ),
    sme(
        94,
        "th",
        "กลุ่มทอผ้าขาวม้าผู้สูงอายุ บ้านนาทราย",
        ALI,
        MID,
        "Nakhon Phanom",
        [o("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "handwoven_cotton_fabric")],
        [x("ด้ายฝ้ายโทเร ย้อมสีเคมี สีไม่ตก", "no one offers mill-spun dyed cotton yarn")],
        certs=(OTOP,),
    ),
    sme(
        95,
        "en",
        "Lanna Eco Hotel",
        CT,
        DOWN,
        "Chiang Mai",
        [],
        [
            n("Mor hom farmer shirts for front-desk staff", "indigo_dyed_garment"),
            x("Bamboo-fibre bath towels, 300 pcs", "no one offers bamboo towels"),
        ],
        bcg=(GREEN,),
    ),
]

SMES: list[Sme] = SMES_1 + SMES_2 + SMES_3

# ---------------------------------------------------------------- links

ID_PATTERN = re.compile(r"^bup-\d{3}$")
EMAIL_PATTERN = re.compile(r"^[a-z0-9.]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
CERT_NAMES = {certification.name: certification for certification in CERTIFICATIONS}
PROFILE_COUNT = 95
THAI_SHARE = (0.50, 0.60)
LINK_RANGE = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (17, 23)


def held(company: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in company.certifications)


def qualified_suppliers(need: Need, buyer: Sme, smes: list[Sme]) -> list[Sme]:
    """The SMEs other than the buyer with an offer the need lists and every certification it requires."""
    return [
        company
        for company in smes
        if company.id != buyer.id
        and any(offer.label in need.labels for offer in company.offers)
        and set(need.requires) <= held(company)
    ]


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links = {
        (supplier.id, buyer.id)
        for buyer in smes
        for need in buyer.needs
        for supplier in qualified_suppliers(need, buyer, smes)
    }
    return sorted(links)


# ---------------------------------------------------------------- checks


def _letters(text: str) -> tuple[int, int]:
    thai = sum(1 for char in text if "\u0e01" <= char <= "\u0e4e")
    latin = sum(1 for char in text if char.isascii() and char.isalpha())
    return thai, latin


def _mentioned(text: str, name: str) -> bool:
    certification = CERT_NAMES[name]
    folded = unicodedata.normalize("NFKC", text).casefold()
    phrases = (*certification.mentions, *certification.case_sensitive_mentions, *certification.aliases)
    return any(unicodedata.normalize("NFKC", phrase).casefold() in folded for phrase in phrases)


def check_profile(company: Sme, number: int) -> list[str]:
    errors: list[str] = []
    where = company.id
    if company.id != f"bup-{number:03d}" or not ID_PATTERN.match(company.id):
        errors.append(f"{where}: expected id bup-{number:03d}")
    if not company.name.strip():
        errors.append(f"{where}: empty name")
    if company.sub_cluster not in {member.value for member in SubCluster}:
        errors.append(f"{where}: unknown sub_cluster {company.sub_cluster!r}")
    if company.stage not in {member.value for member in Stage}:
        errors.append(f"{where}: unknown stage {company.stage!r}")
    if resolve_province(company.province) is None:
        errors.append(f"{where}: province {company.province!r} does not resolve")
    for certification in company.certifications:
        if resolve_certification(certification) is None:
            errors.append(f"{where}: certification {certification!r} does not resolve")
    if len(set(company.certifications)) != len(company.certifications):
        errors.append(f"{where}: repeated certification")
    if not set(company.bcg) <= {member.value for member in BcgTag} or len(set(company.bcg)) != len(company.bcg):
        errors.append(f"{where}: bad bcg tags {company.bcg}")
    if company.language not in ("th", "en"):
        errors.append(f"{where}: bad language {company.language!r}")
    if not EMAIL_PATTERN.match(company.email):
        errors.append(f"{where}: bad email {company.email!r}")
    if len(company.offers) > 3 or len(company.needs) > 3:
        errors.append(f"{where}: more than 3 offers or needs")
    if not company.offers and not company.needs:
        errors.append(f"{where}: neither offers nor needs")
    phrases = [company.name] + [offer.text for offer in company.offers] + [need.text for need in company.needs]
    for phrase in phrases:
        if phrase != phrase.strip() or not phrase or "  " in phrase:
            errors.append(f"{where}: untidy phrase {phrase!r}")
        thai, latin = _letters(phrase)
        if company.language == "th" and thai < 0.6 * (thai + latin):
            errors.append(f"{where}: Thai phrase is not mostly Thai letters: {phrase!r}")
        if company.language == "en" and not all(" " <= char <= "~" for char in phrase):
            errors.append(f"{where}: English phrase has non-Latin characters: {phrase!r}")
    for offer in company.offers:
        if offer.label not in LABELS:
            errors.append(f"{where}: unknown offer label {offer.label!r}")
        claimed = find_certifications(offer.text)
        if not claimed <= held(company):
            errors.append(f"{where}: offer claims {sorted(claimed - held(company))} the SME does not hold")
    for need in company.needs:
        errors += check_need(company, need)
    return errors


def check_need(company: Sme, need: Need) -> list[str]:
    errors: list[str] = []
    where = f"{company.id} need {need.text!r}"
    if not need.labels and not need.unmet:
        errors.append(f"{where}: lists no labels and is not marked unmet")
    for label in need.labels:
        if label not in LABELS:
            errors.append(f"{where}: unknown label {label!r}")
    for name in (*need.requires, *need.waives):
        if name not in CERT_NAMES:
            errors.append(f"{where}: {name!r} is not a canonical certification name")
        elif not _mentioned(need.text, name):
            errors.append(f"{where}: {name} is not named in the text")
    found = find_certifications(need.text)
    if set(need.requires) - found:
        errors.append(f"{where}: required {sorted(set(need.requires) - found)} not read as required")
    if found - set(need.requires):
        errors.append(f"{where}: text reads as requiring {sorted(found - set(need.requires))}, not listed")
    if set(need.waives) & found:
        errors.append(f"{where}: waived {sorted(set(need.waives) & found)} reads as required")
    if set(need.requires) & set(need.waives):
        errors.append(f"{where}: a certification both required and waived")
    return errors


def check_set(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    if len(smes) != PROFILE_COUNT:
        errors.append(f"{len(smes)} profiles, expected {PROFILE_COUNT}")
    ids = [company.id for company in smes]
    if len(set(ids)) != len(ids):
        errors.append("repeated ids")
    for number, company in enumerate(smes, start=1):
        errors += check_profile(company, number)
    phrases = Counter(
        unicodedata.normalize("NFKC", text).casefold()
        for company in smes
        for text in [offer.text for offer in company.offers] + [need.text for need in company.needs]
    )
    errors += [f"phrase used twice: {phrase!r}" for phrase, count in phrases.items() if count > 1]
    for buyer in smes:
        for need in buyer.needs:
            for label in need.labels:
                if not any(offer.label == label for c in smes if c.id != buyer.id for offer in c.offers):
                    errors.append(f"{buyer.id} need {need.text!r}: no one else offers {label!r}")
            suppliers = qualified_suppliers(need, buyer, smes)
            if need.unmet and suppliers:
                errors.append(f"{buyer.id} need {need.text!r} is marked unmet but {suppliers[0].id} meets it")
            if not need.unmet and not suppliers:
                errors.append(f"{buyer.id} need {need.text!r} has no qualified supplier")
    errors += check_targets(smes)
    return errors


def check_targets(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    thai_share = sum(company.language == "th" for company in smes) / len(smes)
    if not THAI_SHARE[0] <= thai_share <= THAI_SHARE[1]:
        errors.append(f"Thai share {thai_share:.2f} outside {THAI_SHARE}")
    links = true_links(smes)
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        errors.append(f"{len(links)} true links, expected {LINK_RANGE[0]}-{LINK_RANGE[1]}")
    language = {company.id: company.language for company in smes}
    cross = sum(language[s] != language[b] for s, b in links)
    if links and not CROSS_SHARE[0] <= cross / len(links) <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross / len(links):.2f} outside {CROSS_SHARE}")
    needs = [(company, need) for company in smes for need in company.needs]
    unmet = sum(1 for _, need in needs if need.unmet)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        errors.append(f"{unmet} needs met by no one, expected {UNMET_RANGE[0]}-{UNMET_RANGE[1]}")
    sizes = [len(qualified_suppliers(need, company, smes)) for company, need in needs if not need.unmet]
    if sizes and sum(1 for size in sizes if size <= 3) < 0.6 * len(sizes):
        errors.append("fewer than 60 % of the met needs are met by 1-3 suppliers")
    if not any(size > 3 for size in sizes):
        errors.append("no need is met by more than 3 suppliers")
    if sum(1 for _, need in needs if need.requires) < 5 or sum(1 for _, need in needs if need.waives) < 4:
        errors.append("too few needs requiring or waiving a certification")
    return errors


# ---------------------------------------------------------------- output


def profile(company: Sme) -> dict[str, object]:
    record: dict[str, object] = {
        "id": company.id,
        "name": company.name,
        "sub_cluster": company.sub_cluster,
        "stage": company.stage,
        "province": company.province,
        "offers": [offer.text for offer in company.offers],
        "needs": [need.text for need in company.needs],
    }
    if company.certifications:
        record["certifications"] = list(company.certifications)
    if company.bcg:
        record["bcg"] = list(company.bcg)
    record["contact_email"] = company.email
    record["language"] = company.language
    return record


def counts(smes: list[Sme], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {company.id: company for company in smes}
    needs = [(company, need) for company in smes for need in company.needs]
    offers = [offer for company in smes for offer in company.offers]
    thai_to_en = sum(by_id[s].language == "th" and by_id[b].language == "en" for s, b in links)
    en_to_thai = sum(by_id[s].language == "en" and by_id[b].language == "th" for s, b in links)
    cross = thai_to_en + en_to_thai
    regions = Counter(resolve_province(company.province).region.value for company in smes)  # type: ignore[union-attr]
    provinces = {resolve_province(company.province).name_en for company in smes}  # type: ignore[union-attr]
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai profiles", str(sum(company.language == "th" for company in smes))),
        ("English profiles", str(sum(company.language == "en" for company in smes))),
    ]
    rows += [
        (f"sub-cluster `{member.value}`", str(sum(c.sub_cluster == member.value for c in smes)))
        for member in SubCluster
    ]
    rows += [(f"stage `{member.value}`", str(sum(c.stage == member.value for c in smes))) for member in Stage]
    rows += [(f"region `{region}`", str(regions[region])) for region in sorted(regions)]
    rows += [
        ("distinct provinces", str(len(provinces))),
        ("offers", str(len(offers))),
        ("distinct offer labels", str(len({offer.label for offer in offers}))),
        ("needs", str(len(needs))),
        ("needs met", str(sum(1 for _, need in needs if not need.unmet))),
        ("needs met by no one", str(sum(1 for _, need in needs if need.unmet))),
        ("needs requiring a certification", str(sum(1 for _, need in needs if need.requires))),
        ("needs waiving a certification", str(sum(1 for _, need in needs if need.waives))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(thai_to_en)),
        ("links English supplier -> Thai buyer", str(en_to_thai)),
        ("cross-language links", f"{cross} ({cross / len(links):.0%})"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[s].sub_cluster != by_id[b].sub_cluster for s, b in links)),
        ),
    ]
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---:|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# `eval/blind_plain_upcycled/`: upcycled fashion and zero-waste design, plain registry wording

## What the set checks

How well the matcher finds the true supplier-buyer pairs among {profiles} SMEs of the Health and Wellness
Economy cluster when the offers and needs are written as plain registry entries in words it has never seen.
The theme is upcycled fashion and zero-waste design: deadstock fabric, cutting scraps, used jeans and
hotel linen, patchwork and boro, upcycled bags, jackets and home goods, repair and remake services,
designers, social enterprises, department stores and concept shops, care homes, hospitals and hotels that
buy, and the ordinary fibre, yarn, cloth, dyeing, sewing and trim suppliers around them.

The wording is varied on purpose: Thai and English, northern, Isan and southern names (hom and mor hom,
khram, yam, pha khao ma, mon khit, batik), trade words and abbreviations (CMT, OEM, MOQ, DTY, OE, gsm),
brand names, with and without quantities, prices, sizes and places. A need is worded differently from the
offers that meet it, often in the other language. Hard but fair cases are included: a service versus the
goods it works on (indigo dyeing of the customer's cloth versus indigo-dyed cloth; sewing for others
versus finished garments; patchwork piecing versus ready patchwork cloth; shredding the customer's waste
versus recycled fibre), the customer's own goods sent for work, waste and used goods versus new,
raw versus processed (fibre, yarn, cloth, product), finished goods described by their material, colour
or technique (an indigo hemp bag is a bag), needs written as a wish, a bare noun phrase or a question,
refusals, needs that require a named certification and needs that name one only to waive it, and needs
that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile format and links CSV),
`shared/taxonomy.py` with its data files, and the project's ruff settings; not the matcher, its
glossary, its tests or other evaluation sets. All data lives in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is. Every need either lists the
offer labels that would meet it and the certifications its text requires, or is marked as met by no one
with a short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label
listed by one of the buyer's needs and the supplier's certifications hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places never
decide a link; what changes what the thing is does. A waived certification is not required. The labels
live only in `write.py`; `profiles.jsonl` carries none.

Before writing, the script checks: ids unique and well-formed; every contract field valid (provinces
resolve with `resolve_province`, certifications with `resolve_certification`, sub-cluster, stage and BCG
values from the taxonomy); every label a need lists is offered by someone other than the buyer; every met
need has a qualified supplier and every unmet one has none; a required or waived certification is named in
the need's text (and `find_certifications` reads it the same way); Thai phrases are mostly Thai letters and
English ones Latin only; no phrase is used twice; the size targets. It writes nothing if a check fails,
and two runs give identical bytes.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_upcycled/write.py

## Files

- `write.py`: the data, the labels, the checks and the writer.
- `profiles.jsonl`: the {profiles} profiles, cluster profile JSONL version 1, without labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    errors = check_set(SMES)
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    links = true_links(SMES)
    rows = counts(SMES, links)
    profiles_text = "".join(json.dumps(profile(company), ensure_ascii=False) + "\n" for company in SMES)
    links_text = "supplier_id,buyer_id\n" + "".join(f"{s},{b}\n" for s, b in links)
    readme_text = README.format(profiles=len(SMES), table=table(rows))
    for name, text in (("profiles.jsonl", profiles_text), ("links.csv", links_text), ("README.md", readme_text)):
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table(rows), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
