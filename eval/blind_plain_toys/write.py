"""Hand-labelled evaluation set: toys, dolls and children's learning textiles.

Run from the repository root:

    .venv/bin/python eval/blind_plain_toys/write.py

The script holds every profile and every label. It checks the data, prints a counts table and,
only if every check passes, writes `profiles.jsonl`, `links.csv` and `README.md` next to itself.
Two runs give identical bytes.
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
    Region,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

# ------------------------------------------------------------------ vocabulary

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

GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
TIS = "Thai Industrial Standard"
OTOP = "OTOP"
ORGANIC_TH = "Organic Thailand"
ISO9001 = "ISO 9001"
ISO13485 = "ISO 13485"


@dataclass(frozen=True)
class Offer:
    text: str
    label: str  # what the thing is


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]  # offer labels that would meet it
    requires: tuple[str, ...] = ()  # certifications its text requires
    waives: tuple[str, ...] = ()  # certifications its text names only to waive
    unmet: str = ""  # why no one in the set meets it ("" when met)


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
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def u(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` only when a certification is what is missing."""
    return Need(text, labels, req, waive, unmet=note)


def sme(
    id_: str,
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
    return Sme(id_, language, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg)


# ------------------------------------------------------------------ data, part 1: fibre, stuffing, waste

PART_1 = [
    sme(
        "bty-001",
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์ด่านซ้าย",
        HEMP,
        UP,
        "Loei",
        "dansai.cotton@mail.example",
        [
            o("ปุยฝ้ายพื้นเมือง หีบเมล็ดออกแล้ว ได้มาตรฐานเกษตรอินทรีย์", "cotton_lint"),
            o("ฝ้ายเข็นมือ สีตุ่น ไม่ฟอก", "cotton_yarn"),
        ],
        [
            n("เนื้อครามหมัก สำหรับก่อหม้อคราม", "indigo_paste"),
            u("เมล็ดพันธุ์ฝ้ายตุ่น ฝ้ายแดง", "cotton seed for sowing: nobody in the set sells seed"),
        ],
        certs=(ORGANIC_TH,),
        bcg=(BIO, GREEN),
    ),
    sme(
        "bty-002",
        "th",
        "กลุ่มแม่บ้านนุ่นบ้านลาด",
        HEMP,
        UP,
        "Phetchaburi",
        "nun.banlat@mail.example",
        [
            o("ฝักนุ่นแห้ง ยังไม่แกะ ขายเป็นกระสอบ", "kapok_pods_raw"),
            o("นุ่นแกะเมล็ดแล้ว กิโลละ 120 บาท", "kapok_floss"),
        ],
        [u("เครื่องแยกเมล็ดนุ่น มือสอง", "kapok ginning machine: no one sells machinery")],
        bcg=(BIO,),
    ),
    sme(
        "bty-003",
        "th",
        "ปุยงิ้วป้าแสง แม่ริม",
        HEMP,
        UP,
        "Chiang Mai",
        "puingiew.maerim@mail.example",
        [o("ปุยงิ้ว ยัดหมอน ยัดตุ๊กตา ส่งทั่วประเทศ", "bombax_floss")],
        [n("ผ้าขาวดิบ ไว้เย็บถุงใส่ปุยงิ้ว", "greige_cotton_fabric")],
        bcg=(BIO,),
    ),
    sme(
        "bty-004",
        "en",
        "Korat Kapok Processing Co., Ltd.",
        HEMP,
        UP,
        "Nakhon Ratchasima",
        "sales@koratkapok.example",
        [o("Kapok fibre, seed-free, steam cleaned, 25 kg bales", "kapok_floss")],
        [
            n("Dried kapok pods from village growers, by the truckload", "kapok_pods_raw"),
            n("Plain grey cotton for pillow inners", "greige_cotton_fabric"),
        ],
        certs=(ISO9001,),
        bcg=(BIO,),
    ),
    sme(
        "bty-005",
        "en",
        "Siam Fiberfill Industries",
        SPORT,
        UP,
        "Samut Prakan",
        "info@siamfiberfill.example",
        [
            o("Hollow conjugated siliconized polyester fiber 7D x 64 mm, OEKO-TEX", "polyester_fibrefill"),
            o("Ball fiber for toy stuffing, 15 kg bags", "polyester_fibrefill"),
        ],
        [u("Washed clear PET bottle flakes", "PET bottle flakes: no one in the set sells flakes")],
        certs=(OEKO, ISO9001),
    ),
    sme(
        "bty-006",
        "th",
        "หจก. ใยสังเคราะห์มหาชัย",
        SPORT,
        UP,
        "Samut Sakhon",
        "yai.mahachai@mail.example",
        [
            o("ใยมุก ใยยัดตุ๊กตา เกรดเอ ขายส่ง", "polyester_fibrefill"),
            o("ใยแผ่นหนา 2 ซม. ม้วนละ 50 หลา", "polyester_wadding"),
        ],
        [],
    ),
    sme(
        "bty-007",
        "en",
        "Eastern rPET Fibre",
        CIRC,
        UP,
        "Rayong",
        "hello@eastern-rpet.example",
        [o("Recycled PET staple fibre from post-consumer bottles, GRS, hollow 7D", "recycled_pet_fibrefill")],
        [n("Second-hand garment bales for fibre recycling trials", "used_clothing")],
        certs=(GRS,),
        bcg=(CIRCULAR,),
    ),
    sme(
        "bty-008",
        "th",
        "โรงงานใยรีไซเคิลคลองหลวง",
        CIRC,
        UP,
        "Pathum Thani",
        "klongluang.recycle@mail.example",
        [o("ใยรีไซเคิลจากขวดน้ำ ยัดหมอน ยัดตุ๊กตา", "recycled_pet_fibrefill")],
        [u("ขวด PET ใส อัดก้อน", "baled PET bottles: nobody in the set sells bottles")],
        bcg=(CIRCULAR,),
    ),
    sme(
        "bty-009",
        "th",
        "วิสาหกิจชุมชนรีไซเคิลผ้าบ้านไร่",
        CIRC,
        UP,
        "Nakhon Pathom",
        "banrai.recycle@mail.example",
        [o("ใยเศษผ้าบด ใช้ยัดตุ๊กตา เบาะ หมอนอิง", "shredded_textile_stuffing")],
        [
            n("เศษผ้าคอตตอนเหลือจากห้องตัด รับทุกสี", "textile_offcuts"),
            n("เสื้อยืดเก่า เสื้อผ้าใช้แล้ว รับซื้อเป็นกิโล", "used_clothing"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        "bty-010",
        "th",
        "โกดังเศษผ้าเจ๊หมวย มหาชัย",
        CIRC,
        UP,
        "Samut Sakhon",
        "jehmuay.sespa@mail.example",
        [
            o("เศษผ้ายืดคอตตอน คัดสี ขายเป็นกระสอบ", "textile_offcuts"),
            o("ผ้าค้างสต็อก ม้วนตกเกรด ราคาถูก", "deadstock_fabric"),
        ],
        [],
        bcg=(CIRCULAR,),
    ),
    sme(
        "bty-011",
        "en",
        "Bangkok Offcut Exchange",
        CIRC,
        UP,
        "Bangkok",
        "trade@offcut-exchange.example",
        [
            o("Pre-consumer cotton cutting waste, sorted by colour", "textile_offcuts"),
            o("Surplus fabric rolls from export factories", "deadstock_fabric"),
        ],
        [n("Discarded hotel bed sheets and towels", "used_linens")],
        bcg=(CIRCULAR,),
    ),
    sme(
        "bty-012",
        "th",
        "เสื้อผ้ามือสองยกกระสอบ บ้านไผ่",
        CIRC,
        UP,
        "Khon Kaen",
        "banphai.secondhand@mail.example",
        [
            o("เสื้อผ้ามือสองยกกระสอบ คละไซส์ 45 โล", "used_clothing"),
            o("เสื้อผ้าเด็กมือสอง คัดเกรด A", "used_clothing"),
        ],
        [u("รถรับจ้างขนของ ขอนแก่น-กรุงเทพ", "freight: nobody in the set offers transport")],
    ),
    sme(
        "bty-013",
        "en",
        "EastCycle Textile Sorting",
        CIRC,
        UP,
        "Chonburi",
        "ops@eastcycle.example",
        [o("Sorted second-hand clothing, cream grade and B grade", "used_clothing")],
        [n("Worn-out bed linen from hotels or hospitals", "used_linens")],
        bcg=(CIRCULAR,),
    ),
    sme(
        "bty-014",
        "th",
        "กลุ่มทอผ้าใยกัญชงม้ง เขาค้อ",
        HEMP,
        UP,
        "Phetchabun",
        "hmong.hemp.khaokho@mail.example",
        [
            o("เปลือกกัญชงลอกแห้ง มัดละ 1 กก.", "hemp_fibre"),
            o("เส้นใยกัญชงต่อมือ แบบม้ง", "hemp_yarn"),
            o("ผ้าใยกัญชงทอมือ เขียนเทียน", "hemp_fabric"),
        ],
        [u("ขี้ผึ้งแท้สำหรับเขียนลายผ้า", "beeswax for batik: no one in the set sells wax")],
        bcg=(BIO,),
    ),
    sme(
        "bty-015",
        "th",
        "ฝ้ายเข็นมือ ดอยสะเก็ด",
        HEMP,
        UP,
        "Chiang Mai",
        "doisaket.handspun@mail.example",
        [
            o("ฝ้ายเข็นย้อมครั่ง ย้อมขมิ้น เป็นไจ", "natural_dyed_yarn"),
            o("เส้นฝ้ายเข็นมือ สีขาวนวล", "cotton_yarn"),
        ],
        [n("ปุยฝ้ายไว้เข็นเส้น ปีละ 300 กิโล", "cotton_lint")],
        certs=(OTOP,),
        bcg=(BIO,),
    ),
    sme(
        "bty-016",
        "en",
        "Udon Handspun Cotton Group",
        ISAN,
        UP,
        "Udon Thani",
        "udon.handspun@mail.example",
        [o("Hand-spun cotton yarn, undyed, 1 kg hanks", "cotton_yarn")],
        [n("Ginned cotton for spinning", "cotton_lint")],
    ),
    sme(
        "bty-017",
        "en",
        "Doi Hemp Yarn",
        HEMP,
        UP,
        "Chiang Rai",
        "contact@doihemp.example",
        [
            o("Hemp yarn, machine spun, Nm 6", "hemp_yarn"),
            o("Decorticated hemp fibre, long line", "hemp_fibre"),
            o("Hemp fabric 280 gsm, natural, plain weave", "hemp_fabric"),
        ],
        [
            n("Hmong hand-stripped hemp bark", "hemp_fibre"),
            u("Weaving mill for hemp-cotton blend fabric", "commission weaving: no one offers weaving for others"),
        ],
        bcg=(BIO,),
    ),
    sme(
        "bty-018",
        "en",
        "ReSpin Nakhon Pathom",
        CIRC,
        UP,
        "Nakhon Pathom",
        "respin@mail.example",
        [
            o("Recycled cotton open-end yarn Ne 10 from cutting waste, GRS", "recycled_cotton_yarn"),
            o("Recycled textile fibre for stuffing and padding", "shredded_textile_stuffing"),
        ],
        [n("White and ecru cotton scraps from garment factories", "textile_offcuts")],
        certs=(GRS,),
        bcg=(CIRCULAR,),
    ),
]

# ------------------------------------------------------------------ data, part 2: cloth, dyeing, components, services

PART_2 = [
    sme(
        "bty-019",
        "th",
        "กลุ่มย้อมครามบ้านดอนกอย",
        HEMP,
        MID,
        "Sakon Nakhon",
        "donkoi.indigo@mail.example",
        [
            o("ครามเปียก เนื้อครามแท้ ถังละ 5 โล", "indigo_paste"),
            o("ผ้าฝ้ายย้อมครามทอมือ เมตรละ 350", "indigo_dyed_cotton_fabric"),
        ],
        [u("ปูนแดง ปูนขาว ไว้หมักคราม", "slaked lime for the indigo vat: nobody in the set sells lime")],
        certs=(OTOP,),
        bcg=(BIO, GREEN),
    ),
    sme(
        "bty-020",
        "th",
        "กลุ่มทอผ้าบ้านหนองบัว",
        HEMP,
        MID,
        "Nan",
        "nongbua.weaving@mail.example",
        [
            o("ผ้าฝ้ายทอมือ ลายน้ำไหล", "handwoven_cotton_fabric"),
            o("ผ้าทอมือสีพื้น หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
        ],
        [
            n("ด้ายฝ้ายสำหรับทอ ไม่จำกัดเบอร์", "cotton_yarn"),
            n("วัสดุให้สีธรรมชาติ สำหรับย้อมฝ้าย", "natural_dyestuff", "indigo_paste"),
        ],
        certs=(OTOP,),
    ),
    sme(
        "bty-021",
        "en",
        "Surin Weavers Collective",
        ISAN,
        MID,
        "Surin",
        "surin.weavers@mail.example",
        [o("Hand-loomed cotton mudmee, 2 m lengths", "handwoven_cotton_fabric")],
        [
            n("Natural dyes for cotton, any colour", "natural_dyestuff", "indigo_paste"),
            u("Low loom benches for elderly weavers", "furniture: nobody in the set makes loom benches"),
        ],
    ),
    sme(
        "bty-022",
        "th",
        "หม้อห้อมแม่ทาน",
        HEMP,
        MID,
        "Phrae",
        "mohom.maethan@mail.example",
        [
            o("ผ้าหม้อห้อมเป็นพับ ย้อมครามแท้", "indigo_dyed_cotton_fabric"),
            o("รับย้อมหม้อห้อม ผ้าลูกค้าส่งมา ขั้นต่ำ 20 เมตร", "indigo_dyeing_service"),
        ],
        [n("ผ้าฝ้ายดิบ 100% ยกพับ", "greige_cotton_fabric")],
        certs=(OTOP,),
    ),
    sme(
        "bty-023",
        "en",
        "Sakon Indigo Dye House",
        HEMP,
        MID,
        "Sakon Nakhon",
        "dye@sakonindigo.example",
        [o("Natural indigo dyeing of your fabric or garments, priced per kg", "indigo_dyeing_service")],
        [n("Fermented indigo paste in bulk", "indigo_paste")],
        certs=(OEKO,),
        bcg=(GREEN,),
    ),
    sme(
        "bty-024",
        "th",
        "บ้านสีธรรมชาติ สันกำแพง",
        HEMP,
        MID,
        "Chiang Mai",
        "baansee.sankamphaeng@mail.example",
        [
            o("รับย้อมสีธรรมชาติ ครั่ง แก่นขนุน เปลือกประดู่", "natural_dyeing_service"),
            o("ผงสีย้อมจากพืช ซองละ 100 กรัม", "natural_dyestuff"),
        ],
        [n("ผ้าดิบทำผืนตัวอย่างสี", "greige_cotton_fabric")],
        bcg=(GREEN,),
    ),
    sme(
        "bty-025",
        "th",
        "ร้านผ้าดิบสำเพ็ง ตั้งง่วนฮวด",
        CENTRAL,
        MID,
        "Bangkok",
        "tangnguan.fabric@mail.example",
        [
            o("ผ้าดิบ TC และคอตตอน 100% ยกม้วน", "greige_cotton_fabric"),
            o("ผ้าใบแคนวาส เบอร์ 8 ถึง 12", "canvas_fabric"),
        ],
        [],
    ),
    sme(
        "bty-026",
        "en",
        "Pathom Weaving Mill",
        HEMP,
        MID,
        "Nakhon Pathom",
        "mill@pathomweaving.example",
        [
            o("Unbleached cotton calico 150 gsm, MOQ 500 m", "greige_cotton_fabric"),
            o("GOTS organic cotton muslin, loomstate", "greige_cotton_fabric"),
        ],
        [
            u(
                "Organic cotton yarn Ne 30, GOTS certified",
                "no cotton yarn supplier in the set holds GOTS",
                "cotton_yarn",
                req=(GOTS,),
            )
        ],
        certs=(GOTS,),
    ),
    sme(
        "bty-027",
        "th",
        "ผ้าพิมพ์ลายพาหุรัด",
        CENTRAL,
        MID,
        "Bangkok",
        "phahurat.print@mail.example",
        [o("ผ้าคอตตอนพิมพ์ลายการ์ตูน หลาละ 60 บาท", "printed_cotton_fabric")],
        [n("โรงพิมพ์ผ้า รับสกรีนลายตามแบบเรา", "fabric_printing_service")],
    ),
    sme(
        "bty-028",
        "en",
        "KiddoPrint Textiles",
        CENTRAL,
        MID,
        "Samut Prakan",
        "orders@kiddoprint.example",
        [
            o("Digitally printed cotton poplin, baby-safe inks, OEKO-TEX", "printed_cotton_fabric"),
            o("Digital printing on customer fabric, from 5 m", "fabric_printing_service"),
        ],
        [n("Grey cotton cloth for printing base", "greige_cotton_fabric")],
        certs=(OEKO,),
    ),
    sme(
        "bty-029",
        "th",
        "โรงสกรีนผ้า ปากเกร็ด",
        CENTRAL,
        MID,
        "Nonthaburi",
        "pakkret.screen@mail.example",
        [o("รับสกรีนผ้าเป็นหลา ลูกค้าส่งผ้ามาเอง", "fabric_printing_service")],
        [u("สีสกรีนสูตรน้ำ ปลอดภัยสำหรับเด็ก", "screen-printing ink: nobody in the set sells inks")],
    ),
    sme(
        "bty-030",
        "en",
        "Organic Jersey Knits",
        CENTRAL,
        MID,
        "Samut Sakhon",
        "knit@organicjersey.example",
        [
            o("Organic cotton single jersey 180 gsm, GOTS", "cotton_knit_jersey"),
            o("Cotton interlock for babywear", "cotton_knit_jersey"),
        ],
        [
            u(
                "Commission dyeing of knit fabric with reactive dyes",
                "reactive-dye commission dyeing: the set's dyers work with natural and indigo dyes only",
            )
        ],
        certs=(GOTS, OEKO),
    ),
    sme(
        "bty-031",
        "th",
        "ผ้ามิ้งค์สำเพ็ง ร้านเฮงดี",
        SPORT,
        MID,
        "Bangkok",
        "hengdee.minky@mail.example",
        [
            o("ผ้ามิ้งค์ ผ้าขนสั้นทำตุ๊กตา กว่า 40 สี", "minky_plush_fabric"),
            o("ผ้าโพลาร์ฟลีซ หลาละ 90", "fleece_fabric"),
        ],
        [n("ใยโพลีไว้ขายปลีกคู่กับผ้า", "polyester_fibrefill", "recycled_pet_fibrefill")],
    ),
    sme(
        "bty-032",
        "en",
        "Velvety Knit Fabrics",
        SPORT,
        MID,
        "Samut Prakan",
        "sales@velvetyknit.example",
        [
            o("Minky dot and velboa 350 gsm for plush toys", "minky_plush_fabric"),
            o("Anti-pill polar fleece 220 gsm", "fleece_fabric"),
        ],
        [u("Polyester DTY 150D/48F", "filament yarn: nobody in the set sells DTY")],
        certs=(OEKO,),
    ),
    sme(
        "bty-033",
        "th",
        "สักหลาดไทย สำเพ็ง",
        SPORT,
        MID,
        "Bangkok",
        "sakkalat.thai@mail.example",
        [
            o("ผ้าสักหลาดหนา 1 มม. ขนาด A4 แพ็ค 100 แผ่น", "felt_sheet"),
            o("สักหลาดแข็ง 3 มม. ขายเป็นม้วน", "felt_sheet"),
        ],
        [n("ช่างเลเซอร์คัตติ้ง ตัดชิ้นงานตามแบบ", "laser_cutting_service")],
    ),
    sme(
        "bty-034",
        "en",
        "NeedleFelt Nonwovens",
        SPORT,
        MID,
        "Chachoengsao",
        "info@needlefelt.example",
        [o("Needle-punched craft felt from recycled bottles, 1-3 mm", "felt_sheet")],
        [n("Bottle-grade recycled polyester fibre, GRS certified", "recycled_pet_fibrefill", req=(GRS,))],
        certs=(GRS, OEKO),
        bcg=(CIRCULAR,),
    ),
    sme(
        "bty-035",
        "en",
        "Lanna Wool Felt Studio",
        HEMP,
        MID,
        "Chiang Mai",
        "studio@lannawoolfelt.example",
        [o("100% wool felt sheets, hand dyed, 20 x 30 cm", "wool_felt_sheet")],
        [u("Raw fleece wool for wet felting", "raw wool: no wool grower or trader in the set")],
    ),
    sme(
        "bty-036",
        "th",
        "ผ้าใบบางพลี",
        SPORT,
        MID,
        "Samut Prakan",
        "phabai.bangphli@mail.example",
        [
            o("ผ้าใบคอตตอนแคนวาส เคลือบกันน้ำ", "canvas_fabric"),
            o("ผ้าออกซ์ฟอร์ด 600D เคลือบ PU", "coated_polyester_fabric"),
        ],
        [n("มีใครรับเคลือบกันไฟผ้าเต็นท์ไหม", "flame_retardant_finishing_service")],
    ),
    sme(
        "bty-037",
        "en",
        "FireSafe Textile Finishing",
        SPORT,
        MID,
        "Rayong",
        "finishing@firesafe.example",
        [o("Flame retardant treatment of customer fabrics", "flame_retardant_finishing_service")],
        [],
        certs=(ISO9001,),
    ),
    sme(
        "bty-038",
        "th",
        "ร้านปักประตูน้ำ",
        CENTRAL,
        MID,
        "Bangkok",
        "pak.pratunam@mail.example",
        [o("รับปักคอม ปักชื่อ ปักหน้าตุ๊กตา", "embroidery_service")],
        [u("ด้ายปักโพลีเอสเตอร์ 120D", "embroidery thread: nobody in the set sells thread")],
    ),
    sme(
        "bty-039",
        "en",
        "Nonthaburi Embroidery Works",
        CENTRAL,
        MID,
        "Nonthaburi",
        "works@nbembroidery.example",
        [o("Machine embroidery for toy brands: eyes, noses, logos", "embroidery_service")],
        [],
    ),
    sme(
        "bty-040",
        "th",
        "กลุ่มผู้สูงอายุปักผ้าบ้านโนนทัน",
        ISAN,
        MID,
        "Khon Kaen",
        "nonthan.embroidery@mail.example",
        [o("งานปักมือ ปักหน้าตุ๊กตา รับทำตามสั่ง", "embroidery_service")],
        [n("ผ้าฝ้ายทอมือ ไว้ปักลาย", "handwoven_cotton_fabric")],
        certs=(OTOP,),
    ),
    sme(
        "bty-041",
        "th",
        "โรงงานเย็บตุ๊กตา สมุทรสาคร",
        CENTRAL,
        MID,
        "Samut Sakhon",
        "dollfactory.sakhon@mail.example",
        [o("รับผลิตตุ๊กตา OEM ตามแบบลูกค้า ขั้นต่ำ 500 ตัว", "toy_sewing_service")],
        [
            n("ผ้าขนนุ่มสำหรับตัวตุ๊กตา", "minky_plush_fabric"),
            n("ใยยัดตุ๊กตา ต้องมี OEKO-TEX", "polyester_fibrefill", "recycled_pet_fibrefill", req=(OEKO,)),
            n("ตากันดึง", "safety_eyes_noses"),
        ],
        certs=(ISO9001,),
    ),
    sme(
        "bty-042",
        "en",
        "Chonburi Softgoods OEM",
        SPORT,
        MID,
        "Chonburi",
        "oem@chonburisoftgoods.example",
        [o("Plush toy cut-make-trim for brands, MOQ 1,000 pcs", "toy_sewing_service")],
        [
            n("Toy eyes, 12 mm, locking back", "safety_eyes_noses"),
            n("Noise inserts for baby toys", "toy_sound_inserts"),
        ],
        certs=(ISO9001,),
    ),
    sme(
        "bty-043",
        "th",
        "วิสาหกิจชุมชนเย็บผ้าผู้สูงวัย เสลภูมิ",
        ISAN,
        MID,
        "Roi Et",
        "selaphum.sewing@mail.example",
        [
            o("รับจ้างเย็บตุ๊กตา ยัดใย เย็บปิดตัว", "toy_sewing_service"),
            o("รับเย็บชุดนักเรียน เสื้อผ้าเด็ก", "garment_sewing_service"),
        ],
        [u("จักรเย็บผ้าอุตสาหกรรมมือสอง", "sewing machines: nobody in the set sells machinery")],
    ),
    sme(
        "bty-044",
        "en",
        "Korat Garment Sewing",
        ISAN,
        MID,
        "Nakhon Ratchasima",
        "cmt@koratsewing.example",
        [o("Garment sewing, CMT, uniforms and kidswear", "garment_sewing_service")],
        [n("Cotton knit fabric for kids T-shirts", "cotton_knit_jersey")],
    ),
    sme(
        "bty-045",
        "en",
        "ToyParts Asia",
        SPORT,
        MID,
        "Bangkok",
        "parts@toypartsasia.example",
        [
            o("Safety eyes and noses, lock washer type, 6-30 mm", "safety_eyes_noses"),
            o("Squeakers, rattles and crinkle film", "toy_sound_inserts"),
        ],
        [],
        certs=(TIS,),
    ),
    sme(
        "bty-046",
        "th",
        "ร้านอุปกรณ์ตุ๊กตา สำเพ็ง",
        CENTRAL,
        MID,
        "Bangkok",
        "dollparts.sampeng@mail.example",
        [
            o("ตาตุ๊กตา จมูกตุ๊กตา ขายส่ง", "safety_eyes_noses"),
            o("กระดิ่งใส่ตุ๊กตา ปี๊บบีบ", "toy_sound_inserts"),
            o("ตีนตุ๊กแก เทปหนามเตย", "hook_and_loop_tape"),
        ],
        [],
    ),
    sme(
        "bty-047",
        "en",
        "Samut Notions Supply",
        CENTRAL,
        MID,
        "Samut Prakan",
        "notions@samutsupply.example",
        [
            o("Hook & loop tape 20-50 mm, 25 m rolls", "hook_and_loop_tape"),
            o("Plastic snap fasteners, size 20", "snap_buttons"),
        ],
        [],
    ),
    sme(
        "bty-048",
        "en",
        "ThaiToy Test Lab",
        SPORT,
        MID,
        "Pathum Thani",
        "lab@thaitoytest.example",
        [
            o("Toy safety tests: small parts, sharp points, seam strength", "toy_safety_testing_service"),
            o("Azo dye and heavy metal testing of fabrics", "textile_chemical_testing"),
        ],
        [],
        certs=(ISO9001,),
    ),
    sme(
        "bty-049",
        "th",
        "ศูนย์ทดสอบของเล่นและสิ่งทอ",
        CENTRAL,
        MID,
        "Bangkok",
        "toytest.center@mail.example",
        [o("ทดสอบของเล่น ชิ้นส่วนเล็ก การติดไฟ", "toy_safety_testing_service")],
        [],
    ),
    sme(
        "bty-050",
        "en",
        "Plushform Pattern Studio",
        CENTRAL,
        MID,
        "Bangkok",
        "hi@plushform.example",
        [o("Plush toy pattern making and sample sewing", "pattern_design_service")],
        [n("Minky swatches, small cuts", "minky_plush_fabric")],
    ),
    sme(
        "bty-051",
        "th",
        "ร้านตัดเลเซอร์ นนท์",
        SPORT,
        MID,
        "Nonthaburi",
        "laser.non@mail.example",
        [o("รับตัดเลเซอร์ผ้าสักหลาด อะคริลิก ตามไฟล์", "laser_cutting_service")],
        [],
    ),
]

# ------------------------------------------------------------------ data, part 3: toy makers and brands

PART_3 = [
    sme(
        "bty-052",
        "th",
        "ตุ๊กตาหมีน้องมะลิ",
        CENTRAL,
        DOWN,
        "Bangkok",
        "nongmali.bear@mail.example",
        [o("ตุ๊กตาหมีขนนุ่ม 30 ซม. ผ่าน มอก.", "plush_toys")],
        [
            n("โรงงานรับเย็บตุ๊กตา ต้องมี ISO 9001", "toy_sewing_service", req=(ISO9001,)),
            n("หาแล็บตรวจความปลอดภัยตุ๊กตาก่อนส่งขาย", "toy_safety_testing_service"),
            n("ผ้ามิ้งค์ที่ได้ OEKO-TEX", "minky_plush_fabric", req=(OEKO,)),
        ],
        certs=(TIS,),
    ),
    sme(
        "bty-053",
        "en",
        "Little Lanna Toys",
        HEMP,
        DOWN,
        "Chiang Mai",
        "hello@littlelanna.example",
        [
            o("Organic cotton stuffed elephants, GOTS", "plush_toys"),
            o("Kapok-filled baby rattles in cotton", "plush_toys"),
        ],
        [
            n("Kapok floss, no GOTS needed", "kapok_floss", waive=(GOTS,)),
            n("Handloom cotton from an OTOP group", "handwoven_cotton_fabric", req=(OTOP,)),
        ],
        certs=(GOTS,),
        bcg=(BIO,),
    ),
    sme(
        "bty-054",
        "th",
        "วิสาหกิจชุมชนตุ๊กตาผ้าขิด",
        ISAN,
        DOWN,
        "Yasothon",
        "tukkata.khit@mail.example",
        [o("ตุ๊กตาช้างผ้าขิด ยัดนุ่น", "plush_toys")],
        [
            n("ใยโพลีเอสเตอร์ใหม่แทนนุ่น ไม่เอาใยรีไซเคิล", "polyester_fibrefill"),
            n("ร้านรับฝากขายในกรุงเทพ", "retail_consignment"),
            n("อยากได้คนช่วยออกแบบแพทเทิร์นตุ๊กตาตัวใหม่", "pattern_design_service"),
        ],
        certs=(OTOP,),
    ),
    sme(
        "bty-055",
        "th",
        "ช้างน้อยปาเต๊ะ",
        CIRC,
        DOWN,
        "Songkhla",
        "changnoi.batik@mail.example",
        [o("ตุ๊กตาช้างจากเศษผ้าปาเต๊ะ", "upcycled_fabric_toys")],
        [n("เศษผ้าฝ้ายลายสวย จากโรงงาน ไว้ทำตุ๊กตา", "textile_offcuts")],
        bcg=(CIRCULAR,),
    ),
    sme(
        "bty-056",
        "en",
        "Khao Kho Hemp Dolls",
        HEMP,
        DOWN,
        "Phetchabun",
        "dolls@khaokhohemp.example",
        [o("Hemp cloth dolls in Hmong dress", "cloth_dolls")],
        [n("Hemp fabric by the metre", "hemp_fabric")],
        bcg=(BIO,),
    ),
    sme(
        "bty-057",
        "th",
        "ตุ๊กตาผ้าฝ้ายบ้านเหล่า",
        HEMP,
        DOWN,
        "Lampang",
        "banlao.dolls@mail.example",
        [o("ตุ๊กตาผ้าฝ้ายทอมือ ย้อมคราม", "cloth_dolls")],
        [
            n("ปุยงิ้วหรือนุ่น ไม่เอาใยสังเคราะห์", "bombax_floss", "kapok_floss"),
            n("ผ้าครามสำเร็จ ไม่ต้องย้อมเอง", "indigo_dyed_cotton_fabric"),
        ],
    ),
    sme(
        "bty-058",
        "th",
        "ตุ๊กตาผ้าขาวม้า บ้านสุรินทร์",
        ISAN,
        DOWN,
        "Surin",
        "khaoma.dolls@mail.example",
        [o("ตุ๊กตาผ้าขาวม้า ชุดพื้นเมืองอีสาน", "cloth_dolls")],
        [n("ผ้าฝ้ายทอมือพื้นเมือง", "handwoven_cotton_fabric"), n("ตาพลาสติกติดตุ๊กตา", "safety_eyes_noses")],
        certs=(OTOP,),
    ),
    sme(
        "bty-059",
        "th",
        "หุ่นมือเมืองคอน",
        CENTRAL,
        DOWN,
        "Nakhon Si Thammarat",
        "huncon.puppets@mail.example",
        [
            o("หุ่นมือสักหลาด ตัวละครหนังตะลุง", "hand_puppets"),
            o("หุ่นนิ้วรูปสัตว์ ชุด 10 ตัว", "hand_puppets"),
        ],
        [n("สักหลาดสีสด ขายส่ง", "felt_sheet", "wool_felt_sheet")],
    ),
    sme(
        "bty-060",
        "en",
        "Puppet Pals",
        CENTRAL,
        DOWN,
        "Bangkok",
        "play@puppetpals.example",
        [o("Fleece hand puppets for storytime", "hand_puppets")],
        [
            n("Soft fleece cloth for puppets", "fleece_fabric"),
            n("Who can embroider puppet faces?", "embroidery_service"),
        ],
        certs=(TIS,),
    ),
    sme(
        "bty-061",
        "th",
        "หนังสือผ้าหนูน้อย",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "nangsuepha.nunoi@mail.example",
        [o("หนังสือผ้าเงียบ 10 หน้า ฝึกติดกระดุม", "felt_quiet_books"), o("บอร์ดนิทานสักหลาด", "felt_learning_boards")],
        [n("แถบ Velcro ม้วนยาว หลายสี", "hook_and_loop_tape"), n("ช่างตัดสักหลาดด้วยเลเซอร์", "laser_cutting_service")],
    ),
    sme(
        "bty-062",
        "en",
        "BusyBook Chiang Mai",
        HEMP,
        DOWN,
        "Chiang Mai",
        "busybook.cm@mail.example",
        [o("Wool felt busy books for toddlers", "felt_quiet_books")],
        [
            n("Wool felt only, no polyester felt", "wool_felt_sheet"),
            n("Press studs for busy book flaps", "snap_buttons"),
        ],
    ),
    sme(
        "bty-063",
        "th",
        "สื่อการสอนผ้าอุบล",
        ISAN,
        DOWN,
        "Ubon Ratchathani",
        "suekansorn.ubon@mail.example",
        [o("กระดานสักหลาด สอนนับเลข สอน ก-ฮ", "felt_learning_boards")],
        [n("สักหลาดแผ่น หลายสี ไม่จำเป็นต้องมี OEKO-TEX", "felt_sheet", "wool_felt_sheet", waive=(OEKO,))],
    ),
    sme(
        "bty-064",
        "en",
        "Andaman Baby Mobiles",
        CIRC,
        DOWN,
        "Phuket",
        "mobiles@andamanbaby.example",
        [o("Crochet and felt baby mobiles", "baby_mobiles")],
        [n("Wool felt", "wool_felt_sheet"), n("Recycled cotton yarn for crochet", "recycled_cotton_yarn")],
        bcg=(CIRCULAR,),
    ),
    sme(
        "bty-065",
        "th",
        "โมบายผ้าเชียงราย",
        HEMP,
        DOWN,
        "Chiang Rai",
        "mobile.chiangrai@mail.example",
        [o("โมบายแขวนเปลเด็ก ผ้าฝ้ายย้อมสีธรรมชาติ", "baby_mobiles")],
        [n("รับย้อมสีธรรมชาติ ผ้าที่เราส่งไป", "natural_dyeing_service", "indigo_dyeing_service")],
        bcg=(GREEN,),
    ),
    sme(
        "bty-066",
        "en",
        "SoftPlay Sportech",
        SPORT,
        DOWN,
        "Pathum Thani",
        "sales@softplay.example",
        [o("Foldable baby play mats, PU coated", "play_mats"), o("Kids play tents and teepees", "play_tents")],
        [
            u("PE foam sheets 20 mm", "foam: nobody in the set sells foam sheets"),
            n("Polyester wadding for quilting", "polyester_wadding"),
            n("Waterproof oxford for tent floors", "coated_polyester_fabric"),
        ],
        certs=(TIS,),
    ),
    sme(
        "bty-067",
        "th",
        "เบาะรองคลาน นครปฐม",
        SPORT,
        DOWN,
        "Nakhon Pathom",
        "baorongklan.np@mail.example",
        [o("เบาะรองคลานผ้าคอตตอน ถอดซักได้", "play_mats")],
        [
            n("แผ่นใยสังเคราะห์บุเบาะ", "polyester_wadding"),
            n("ผ้าพิมพ์ลายเด็ก ต้องผ่าน OEKO-TEX", "printed_cotton_fabric", req=(OEKO,)),
        ],
    ),
    sme(
        "bty-068",
        "th",
        "เต็นท์เด็ก ชลบุรี",
        SPORT,
        DOWN,
        "Chonburi",
        "tentdek.chon@mail.example",
        [o("เต็นท์กระโจมสำหรับเด็ก", "play_tents")],
        [n("ผ้าแคนวาสหนา", "canvas_fabric"), u("ไม้สนทำโครงเต็นท์", "wooden poles: nobody in the set sells timber")],
    ),
    sme(
        "bty-069",
        "en",
        "Blocks & Bobbins",
        CENTRAL,
        DOWN,
        "Bangkok",
        "hello@blocksbobbins.example",
        [o("Soft fabric building blocks, set of 12", "fabric_building_blocks")],
        [
            n("Crackle and squeak parts for sensory blocks", "toy_sound_inserts"),
            n("Printed fabric with numbers and letters", "printed_cotton_fabric"),
        ],
    ),
    sme(
        "bty-070",
        "th",
        "ตุ๊กตาเสื้อเก่า ขอนแก่น",
        CIRC,
        DOWN,
        "Khon Kaen",
        "suakao.dolls@mail.example",
        [
            o("รับทำตุ๊กตาจากเสื้อผ้าของลูกค้า เก็บเป็นความทรงจำ", "memory_toy_making_service"),
            o("ตุ๊กตาเศษผ้า ขายส่ง", "upcycled_fabric_toys"),
        ],
        [n("ผ้าเก่า เสื้อใช้แล้ว สภาพยังดี", "used_clothing")],
        bcg=(CIRCULAR,),
    ),
    sme(
        "bty-071",
        "en",
        "ReBorn Toys",
        CIRC,
        DOWN,
        "Chiang Mai",
        "reborn.toys@mail.example",
        [o("Upcycled toys from factory offcuts", "upcycled_fabric_toys")],
        [n("Recycled stuffing made from textile waste", "shredded_textile_stuffing"), n("Offcuts", "textile_offcuts")],
        bcg=(CIRCULAR,),
    ),
    sme(
        "bty-072",
        "th",
        "ตุ๊กตาบำบัด ใจดี",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "jaidee.therapydoll@mail.example",
        [o("ตุ๊กตาเด็กทารกถ่วงน้ำหนัก สำหรับผู้สูงอายุสมองเสื่อม", "therapy_dolls")],
        [
            u("เม็ดพลาสติกถ่วงน้ำหนัก", "weighting pellets: nobody in the set sells pellets"),
            n("ผ้ามิ้งค์สีเนื้อ สีพาสเทล", "minky_plush_fabric"),
        ],
    ),
    sme(
        "bty-073",
        "th",
        "กระเป๋าผ้าครามสกล",
        HEMP,
        DOWN,
        "Sakon Nakhon",
        "kramsakon.bags@mail.example",
        [o("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม", "tote_bags"), o("ตุ๊กตาผ้าครามตัวเล็ก", "cloth_dolls")],
        [n("ผ้าย้อมครามพร้อมตัด ยกพับ", "indigo_dyed_cotton_fabric")],
        certs=(OTOP,),
    ),
    sme(
        "bty-074",
        "en",
        "DressUp Kids",
        CENTRAL,
        DOWN,
        "Bangkok",
        "studio@dressupkids.example",
        [o("Children's dress-up costumes, animals and heroes", "kids_costumes")],
        [
            n("Garment sewing subcontractor", "garment_sewing_service"),
            n("End-of-roll fabric, cheap", "deadstock_fabric"),
        ],
    ),
    sme(
        "bty-075",
        "en",
        "Siam Plush Exports",
        SPORT,
        DOWN,
        "Samut Sakhon",
        "export@siamplush.example",
        [o("Stuffed animal toys for export", "plush_toys")],
        [
            n("Lab to check our plush for choking hazards before export", "toy_safety_testing_service"),
            n("Fabric chemical tests", "textile_chemical_testing"),
            n("PP cotton for stuffing, 200 kg a month", "polyester_fibrefill"),
        ],
        certs=(OEKO,),
    ),
]

# ------------------------------------------------------------------ data, part 4: schools, wards, shops and late makers

PART_4 = [
    sme(
        "bty-076",
        "th",
        "โรงเรียนอนุบาลบ้านเด็กดี",
        ISAN,
        DOWN,
        "Khon Kaen",
        "anuban.dekdee@mail.example",
        [],
        [
            n("ตุ๊กตาผ้าสำหรับมุมเล่นในห้องเรียน ต้องมี มอก.", "plush_toys", "cloth_dolls", req=(TIS,)),
            n("หนังสือผ้าให้เด็กอนุบาลฝึกกล้ามเนื้อมือ", "felt_quiet_books"),
        ],
    ),
    sme(
        "bty-077",
        "en",
        "Little Sprouts International Kindergarten",
        CENTRAL,
        DOWN,
        "Bangkok",
        "office@littlesprouts.example",
        [],
        [
            n("Felt storyboards for circle time", "felt_learning_boards"),
        ],
    ),
    sme(
        "bty-078",
        "th",
        "ศูนย์พัฒนาเด็กเล็ก อบต.หนองระเวียง",
        ISAN,
        DOWN,
        "Nakhon Ratchasima",
        "cdc.nongrawiang@mail.example",
        [],
        [n("เบาะคลานสำหรับห้องเด็กเล็ก ซักได้", "play_mats")],
    ),
    sme(
        "bty-079",
        "en",
        "Children's Ward, Rattanakosin General Hospital",
        CENTRAL,
        DOWN,
        "Bangkok",
        "paeds.ward@rattanakosin-hospital.example",
        [],
        [
            n("Washable plush toys, OEKO-TEX Standard 100", "plush_toys", req=(OEKO,)),
            u(
                "Antibacterial play mats, ISO 13485 certified",
                "no play-mat maker in the set holds ISO 13485",
                "play_mats",
                req=(ISO13485,),
            ),
        ],
    ),
    sme(
        "bty-080",
        "th",
        "หอผู้ป่วยเด็ก โรงพยาบาลพล",
        ISAN,
        DOWN,
        "Khon Kaen",
        "kidsward.phon@mail.example",
        [],
        [n("ตุ๊กตานุ่มนิ่มแจกเด็กป่วย ไม่ต้องมี มอก.", "plush_toys", waive=(TIS,))],
    ),
    sme(
        "bty-081",
        "en",
        "Phuket Toy Box",
        CENTRAL,
        DOWN,
        "Phuket",
        "shop@phukettoybox.example",
        [o("Consignment shelves for local toy makers, 25% commission", "retail_consignment")],
        [n("Handmade baby mobiles", "baby_mobiles"), n("Eco toys made from fabric scraps", "upcycled_fabric_toys")],
    ),
    sme(
        "bty-082",
        "th",
        "ร้านของฝากอ่าวนาง",
        CENTRAL,
        DOWN,
        "Krabi",
        "aonang.souvenir@mail.example",
        [],
        [n("หุ่นนิ้ว หุ่นมือ ขายนักท่องเที่ยว", "hand_puppets"), n("ถุงผ้าทอมือ ลายพื้นเมือง", "tote_bags")],
    ),
    sme(
        "bty-083",
        "en",
        "Rattanakosin Heritage Museum Shop",
        CENTRAL,
        DOWN,
        "Bangkok",
        "shop@heritagemuseum.example",
        [o("Museum shop consignment for craft makers", "retail_consignment")],
        [n("Cloth dolls with OTOP star rating", "cloth_dolls", req=(OTOP,))],
    ),
    sme(
        "bty-084",
        "th",
        "ร้านของเล่นผ้า นิมมาน",
        HEMP,
        DOWN,
        "Chiang Mai",
        "khongleunpha.nimman@mail.example",
        [o("รับฝากขายของเล่นแฮนด์เมด แบ่ง 30%", "retail_consignment")],
        [n("หนังสือผ้าสักหลาด ขายส่ง", "felt_quiet_books")],
    ),
    sme(
        "bty-085",
        "th",
        "บ้านพักผู้สูงอายุ สุขใจ",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "sukjai.eldercare@mail.example",
        [],
        [
            n("ตุ๊กตาสำหรับผู้สูงอายุภาวะสมองเสื่อม", "therapy_dolls"),
            n("ใครรับเอาเสื้อของคุณยายมาทำเป็นตุ๊กตาที่ระลึกให้ญาติบ้าง", "memory_toy_making_service"),
        ],
    ),
    sme(
        "bty-086",
        "en",
        "Kata Beach Resort Kids Club",
        CIRC,
        DOWN,
        "Phuket",
        "kidsclub@katabeachresort.example",
        [o("Retired bed linen and towels, monthly lots", "used_linens")],
        [n("Teepee for the kids club", "play_tents")],
    ),
    sme(
        "bty-087",
        "th",
        "ห้องสมุดชุมชนบ้านนาโยง",
        CENTRAL,
        DOWN,
        "Trang",
        "library.nayong@mail.example",
        [],
        [n("หุ่นมือใช้เล่านิทาน", "hand_puppets")],
    ),
    sme(
        "bty-088",
        "en",
        "Hat Yai Kids Mart",
        CENTRAL,
        DOWN,
        "Songkhla",
        "buying@hatyaikidsmart.example",
        [],
        [n("Plush toys with TIS mark", "plush_toys", req=(TIS,))],
    ),
    sme(
        "bty-089",
        "th",
        "ตุ๊กตาผ้าแพรวา กาฬสินธุ์",
        ISAN,
        DOWN,
        "Kalasin",
        "praewa.dolls@mail.example",
        [o("ตุ๊กตาใส่ชุดผ้าแพรวา ภูไท", "cloth_dolls")],
        [n("นุ่น", "kapok_floss")],
        certs=(OTOP,),
    ),
    sme(
        "bty-090",
        "en",
        "River Kwai Souvenirs",
        CENTRAL,
        DOWN,
        "Kanchanaburi",
        "buy@riverkwaisouvenirs.example",
        [],
        [
            n("Soft toys for souvenir shelves, OTOP welcome but not required", "plush_toys", waive=(OTOP,)),
        ],
    ),
    sme(
        "bty-091",
        "th",
        "ชุดนอนเด็ก ราชบุรี",
        CENTRAL,
        DOWN,
        "Ratchaburi",
        "chudnon.ratchaburi@mail.example",
        [o("ชุดนอนเด็กผ้าคอตตอน ไซส์ 1-8 ขวบ", "kids_sleepwear")],
        [n("ช่างเย็บรับเหมา ชุดเด็ก", "garment_sewing_service")],
    ),
    sme(
        "bty-092",
        "th",
        "ห้องเด็กเล่น โรงพยาบาลอุดรธานี",
        ISAN,
        DOWN,
        "Udon Thani",
        "playroom.udon@mail.example",
        [],
        [n("บล็อกผ้านุ่ม ซักได้ มี โอเคเทกซ์ ยิ่งดี", "fabric_building_blocks", waive=(OEKO,))],
    ),
    sme(
        "bty-093",
        "en",
        "Chanthaburi Baby Organics",
        CENTRAL,
        DOWN,
        "Chanthaburi",
        "care@chanbabyorganics.example",
        [o("Organic cotton baby swaddles, GOTS", "baby_swaddles")],
        [
            n("GOTS jersey for babywear", "cotton_knit_jersey", req=(GOTS,)),
            u(
                "Indigo-dyed cotton, GOTS certified",
                "no indigo cloth maker in the set holds GOTS",
                "indigo_dyed_cotton_fabric",
                req=(GOTS,),
            ),
        ],
        certs=(GOTS,),
    ),
    sme(
        "bty-094",
        "th",
        "กลุ่มทอผ้ากะเหรี่ยง แม่สะเรียง",
        HEMP,
        MID,
        "Mae Hong Son",
        "karen.maesariang@mail.example",
        [o("ผ้าทอกะเหรี่ยง กี่เอว ฝ้ายล้วน", "handwoven_cotton_fabric")],
        [n("ด้ายฝ้ายสีจากธรรมชาติ ไว้ทอลาย", "natural_dyed_yarn")],
    ),
    sme(
        "bty-095",
        "en",
        "Mae Sot Women's Sewing Cooperative",
        CENTRAL,
        MID,
        "Tak",
        "coop@maesotsewing.example",
        [o("Sewing of rag dolls and puppets for brands, small runs", "toy_sewing_service")],
        [u("Overlock machine repair technician", "machine repair: no one in the set offers it")],
    ),
]

PROFILES: list[Sme] = [*PART_1, *PART_2, *PART_3, *PART_4]

# ------------------------------------------------------------------ checks

ID_RE = re.compile(r"^bty-(\d{3})$")
THAI = re.compile("[\u0e00-\u0e7f]")
LATIN = re.compile("[A-Za-z]")
SUB_CLUSTERS = {s.value for s in SubCluster}
STAGES = {s.value for s in Stage}
BCG = {b.value for b in BcgTag}
CERT_BY_NAME = {c.name: c for c in CERTIFICATIONS}

TARGET_PROFILES = 95
TARGET_THAI_SHARE = (0.50, 0.60)
TARGET_LINKS = (160, 180)
TARGET_CROSS_SHARE = (0.40, 0.60)
TARGET_UNMET = (17, 23)
TARGET_FEW_SUPPLIERS_SHARE = 0.70  # of met needs, met by 1-3 suppliers


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def mentions(text: str, cert: str) -> bool:
    """Whether `text` names `cert` at all, affirmed or negated."""
    c = CERT_BY_NAME[cert]
    folded = nfkc(text).casefold()
    if any(nfkc(m).casefold() in folded for m in (c.name, *c.mentions, *c.aliases)):
        return True
    if any(nfkc(m) in nfkc(text) for m in c.case_sensitive_mentions):
        return True
    return any(re.search(nfkc(p), nfkc(text)) for p in c.patterns)


def script_ok(text: str, language: str) -> bool:
    thai = len(THAI.findall(text))
    latin = len(LATIN.findall(text))
    if language == "th":
        return thai >= 2 * latin and thai > 0
    return thai == 0 and text.isascii() and latin > 0


def qualified(supplier: Sme, need: Need) -> bool:
    return any(offer.label in need.labels for offer in supplier.offers) and set(need.requires) <= set(
        supplier.certifications
    )


def suppliers_of(need: Need, buyer: Sme, profiles: list[Sme]) -> list[Sme]:
    return [s for s in profiles if s.id != buyer.id and qualified(s, need)]


def true_links(profiles: list[Sme]) -> list[tuple[str, str]]:
    links = {(s.id, b.id) for b in profiles for need in b.needs for s in suppliers_of(need, b, profiles)}
    return sorted(links)


def check(profiles: list[Sme], *, final: bool) -> list[str]:
    errors: list[str] = []
    ids = [p.id for p in profiles]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for index, p in enumerate(profiles, start=1):
        m = ID_RE.match(p.id)
        if not m or int(m.group(1)) != index:
            errors.append(f"{p.id}: id out of sequence (expected bty-{index:03d})")
    emails = [p.email for p in profiles]
    if len(set(emails)) != len(emails):
        errors.append("duplicate contact emails")
    names = [p.name for p in profiles]
    if len(set(names)) != len(names):
        errors.append("duplicate names")
    phrases: Counter[str] = Counter()
    offered_by: dict[str, set[str]] = {}
    for p in profiles:
        for offer in p.offers:
            offered_by.setdefault(offer.label, set()).add(p.id)
    for p in profiles:
        where = p.id
        if p.language not in ("th", "en"):
            errors.append(f"{where}: language {p.language!r}")
        if p.sub_cluster not in SUB_CLUSTERS:
            errors.append(f"{where}: sub_cluster {p.sub_cluster!r}")
        if p.stage not in STAGES:
            errors.append(f"{where}: stage {p.stage!r}")
        province = resolve_province(p.province)
        if province is None or province.name_en != p.province:
            errors.append(f"{where}: province {p.province!r} is not an English province name")
        for cert in p.certifications:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not canonical")
        if len(set(p.certifications)) != len(p.certifications):
            errors.append(f"{where}: repeated certification")
        if not set(p.bcg) <= BCG or len(set(p.bcg)) != len(p.bcg):
            errors.append(f"{where}: bcg {p.bcg!r}")
        if "@" not in p.email or " " in p.email:
            errors.append(f"{where}: email {p.email!r}")
        if not 0 <= len(p.offers) <= 3 or not 0 <= len(p.needs) <= 3 or not (p.offers or p.needs):
            errors.append(f"{where}: {len(p.offers)} offers and {len(p.needs)} needs")
        if not script_ok(p.name, p.language):
            errors.append(f"{where}: name {p.name!r} not in {p.language} script")
        for offer in p.offers:
            phrases[offer.text] += 1
            if not offer.text.strip() or not re.fullmatch(r"[a-z0-9_]+", offer.label):
                errors.append(f"{where}: bad offer {offer!r}")
            if not script_ok(offer.text, p.language):
                errors.append(f"{where}: offer {offer.text!r} not in {p.language} script")
            claimed = find_certifications(offer.text)
            if not claimed <= set(p.certifications):
                errors.append(f"{where}: offer {offer.text!r} claims {sorted(claimed)} the SME does not hold")
        for need in p.needs:
            phrases[need.text] += 1
            if not script_ok(need.text, p.language):
                errors.append(f"{where}: need {need.text!r} not in {p.language} script")
            found = find_certifications(need.text)
            if found != set(need.requires):
                errors.append(f"{where}: need {need.text!r} names {sorted(found)}, labelled {list(need.requires)}")
            for cert in (*need.requires, *need.waives):
                if cert not in CERT_BY_NAME:
                    errors.append(f"{where}: unknown certification {cert!r}")
            for cert in need.waives:
                if cert in CERT_BY_NAME and (cert in found or not mentions(need.text, cert)):
                    errors.append(f"{where}: need {need.text!r} does not waive {cert}")
            for label in need.labels:
                if not offered_by.get(label, set()) - {p.id}:
                    errors.append(f"{where}: need {need.text!r} lists {label!r}, offered by no one else")
            count = len(suppliers_of(need, p, profiles))
            if need.unmet:
                if count:
                    errors.append(f"{where}: need {need.text!r} marked unmet but has {count} suppliers")
            elif not need.labels:
                errors.append(f"{where}: need {need.text!r} lists no labels and no note")
            elif count == 0:
                errors.append(f"{where}: need {need.text!r} has no qualified supplier")
    for phrase, count in phrases.items():
        if count > 1:
            errors.append(f"phrase written {count} times: {phrase!r}")
    if final:
        errors += check_targets(profiles)
    return errors


def check_targets(profiles: list[Sme]) -> list[str]:
    errors: list[str] = []
    stats = counts(profiles)
    if stats["profiles"] != TARGET_PROFILES:
        errors.append(f"{stats['profiles']} profiles, expected {TARGET_PROFILES}")
    share = stats["thai"] / stats["profiles"]
    if not TARGET_THAI_SHARE[0] <= share <= TARGET_THAI_SHARE[1]:
        errors.append(f"Thai share {share:.2f} outside {TARGET_THAI_SHARE}")
    if not TARGET_LINKS[0] <= stats["links"] <= TARGET_LINKS[1]:
        errors.append(f"{stats['links']} links outside {TARGET_LINKS}")
    cross = stats["cross"] / stats["links"] if stats["links"] else 0.0
    if not TARGET_CROSS_SHARE[0] <= cross <= TARGET_CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {TARGET_CROSS_SHARE}")
    if not TARGET_UNMET[0] <= stats["needs_unmet"] <= TARGET_UNMET[1]:
        errors.append(f"{stats['needs_unmet']} unmet needs outside {TARGET_UNMET}")
    few = stats["needs_few_suppliers"] / stats["needs_met"] if stats["needs_met"] else 0.0
    if few < TARGET_FEW_SUPPLIERS_SHARE:
        errors.append(f"only {few:.2f} of met needs have 1-3 suppliers")
    return errors


# ------------------------------------------------------------------ counts


def counts(profiles: list[Sme]) -> dict[str, int]:
    by_id = {p.id: p for p in profiles}
    links = true_links(profiles)
    needs = [(p, need) for p in profiles for need in p.needs]
    met = [(p, need) for p, need in needs if not need.unmet]
    th_en = sum(1 for s, b in links if by_id[s].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for s, b in links if by_id[s].language == "en" and by_id[b].language == "th")
    return {
        "profiles": len(profiles),
        "thai": sum(1 for p in profiles if p.language == "th"),
        "english": sum(1 for p in profiles if p.language == "en"),
        "provinces": len({p.province for p in profiles}),
        "offers": sum(len(p.offers) for p in profiles),
        "offer_labels": len({offer.label for p in profiles for offer in p.offers}),
        "needs": len(needs),
        "needs_met": len(met),
        "needs_unmet": len(needs) - len(met),
        "needs_few_suppliers": sum(1 for p, need in met if 1 <= len(suppliers_of(need, p, profiles)) <= 3),
        "needs_requiring": sum(1 for _, need in needs if need.requires),
        "needs_waiving": sum(1 for _, need in needs if need.waives),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross": th_en + en_th,
        "within": len(links) - th_en - en_th,
        "cross_sub_cluster": sum(1 for s, b in links if by_id[s].sub_cluster != by_id[b].sub_cluster),
    }


def counts_table(profiles: list[Sme]) -> str:
    stats = counts(profiles)
    rows: list[tuple[str, str]] = [
        ("profiles", str(stats["profiles"])),
        ("Thai / English", f"{stats['thai']} / {stats['english']}"),
    ]
    sub = Counter(p.sub_cluster for p in profiles)
    rows += [(f"sub-cluster `{s.value}`", str(sub[s.value])) for s in SubCluster]
    stage = Counter(p.stage for p in profiles)
    rows += [(f"stage `{s.value}`", str(stage[s.value])) for s in Stage]
    region = Counter(resolve_province(p.province).region.value for p in profiles)  # type: ignore[union-attr]
    rows += [(f"region `{r.value}`", str(region[r.value])) for r in Region]
    cross_share = stats["cross"] / stats["links"] if stats["links"] else 0.0
    rows += [
        ("distinct provinces", str(stats["provinces"])),
        ("offers", str(stats["offers"])),
        ("distinct offer labels", str(stats["offer_labels"])),
        ("needs", str(stats["needs"])),
        ("needs met / met by no one", f"{stats['needs_met']} / {stats['needs_unmet']}"),
        ("met needs with 1-3 qualified suppliers", str(stats["needs_few_suppliers"])),
        ("needs requiring a certification", str(stats["needs_requiring"])),
        ("needs waiving a certification", str(stats["needs_waiving"])),
        ("true links", str(stats["links"])),
        ("links Thai supplier -> English buyer", str(stats["th_en"])),
        ("links English supplier -> Thai buyer", str(stats["en_th"])),
        ("cross-language links (share)", f"{stats['cross']} ({cross_share:.0%})"),
        ("within-language links", str(stats["within"])),
        ("links between different sub-clusters", str(stats["cross_sub_cluster"])),
    ]
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ output


def profile_json(p: Sme) -> str:
    record: dict[str, object] = {
        "id": p.id,
        "name": p.name,
        "sub_cluster": p.sub_cluster,
        "stage": p.stage,
        "province": p.province,
        "offers": [offer.text for offer in p.offers],
        "needs": [need.text for need in p.needs],
    }
    if p.certifications:
        record["certifications"] = list(p.certifications)
    if p.bcg:
        record["bcg"] = list(p.bcg)
    record["contact_email"] = p.email
    record["language"] = p.language
    return json.dumps(record, ensure_ascii=False)


def links_csv(profiles: list[Sme]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(true_links(profiles))
    return buffer.getvalue()


README = """\
# `eval/blind_plain_toys`: toys, dolls and children's learning textiles

A hand-labelled test set for the partner matcher. It measures how well the matcher finds the true
supplier-buyer pairs among SMEs whose offers and needs are written in words it has never seen.

## What it checks

95 SME profiles of the Health and Wellness Economy cluster, written as plain registry entries (one
short phrase per offer or need), about toys, dolls and children's learning textiles: plush toys, rag
dolls, hand puppets, felt quiet books and boards, baby mobiles, play mats and tents, soft blocks, toy
stuffing (kapok, tree floss, polyester and recycled fibre), safety eyes and sound inserts, minky, fleece
and felt, natural and indigo dyeing, sewing and embroidery for toy brands, toy safety testing, and the
kindergartens, child-care centres, hospital wards, care homes, toy and souvenir shops that buy them,
plus the usual upstream and midstream suppliers (cotton, kapok, hemp, yarn, cloth, waste).

Goods are named in many ways: Thai and English, northern, Isan and southern names (ปุยงิ้ว, หม้อห้อม,
ผ้าขิด, ผ้าขาวม้า, ปาเต๊ะ), trade words and abbreviations (ใยมุก, 7D, velboa, CMT, OEM, PP cotton), with
and without quantities, prices and sizes. Needs are usually worded differently from the offers that
meet them, and often in the other language. Hard cases include a service versus the goods it works
on (indigo dyeing of the customer's cloth versus indigo-dyed cloth, toy sewing for brands versus
plush toys, making a toy from the customer's old clothes versus selling scrap toys), waste and used
goods versus new (offcuts, deadstock rolls, second-hand clothing, recycled fibre), raw versus
processed (kapok pods versus floss, hemp bark versus yarn versus cloth, lint versus yarn), finished
goods described by material or technique (an indigo handwoven bag is a bag), refusals ("no polyester
felt", "ไม่เอาใยสังเคราะห์"), needs that require a named certification and needs that name one only
to waive it, and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile JSONL version 1 and the links
CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings; not the matcher, its
glossary, its tests or any other evaluation set. All profiles and labels live in `write.py`; the
output files carry no labels.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels
that would meet it and the certifications its text requires, or is marked as met by no one with a
short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label
listed by one of the buyer's needs and the supplier's certifications hold every certification that
need requires. An SME is never linked to itself. Shared words play no part; quantities, prices and
places never decide a link. A certification a need names only to waive it is not required.

Before writing, `write.py` checks ids, every contract field (sub-cluster, stage, province through
`resolve_province`, certifications through `resolve_certification`, BCG tags, language), that every
label a need lists is offered by someone other than the buyer, that every met need has a qualified
supplier and every unmet one has none, that the certifications `find_certifications` reads in a
need's text are exactly the ones it requires and that a waived one is named but not read as required,
that offers claim only certifications their SME holds, the script of every phrase (Thai mostly Thai
letters, English Latin only), and the size targets. It writes nothing if any check fails.

## Regenerate

From the repository root:

```
.venv/bin/python eval/blind_plain_toys/write.py
```

Two runs give identical bytes.

## Files

- `write.py`: the data, the labels, the checks and the writer.
- `profiles.jsonl`: 95 profiles, JSONL version 1, ids `bty-001` to `bty-095`, no labels.
- `links.csv`: the true links, `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def main() -> int:
    final = len(PROFILES) == TARGET_PROFILES
    errors = check(PROFILES, final=final)
    table = counts_table(PROFILES)
    print(table, end="")
    if errors:
        for error in errors:
            print("ERROR:", error, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    if not final:
        print(f"draft: {len(PROFILES)} profiles, checks pass; nothing written", file=sys.stderr)
        return 0
    outputs = {
        "profiles.jsonl": "".join(profile_json(p) + "\n" for p in PROFILES),
        "links.csv": links_csv(PROFILES),
        "README.md": README + table,
    }
    for name, text in outputs.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {', '.join(outputs)} to {HERE.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
