"""Write the hand-labelled evaluation set `eval/blind_plain_hobby/`.

Theme: craft hobby, toys and learning goods (yarn shops, quilting, embroidery, macrame, soft toys,
cloth books, dementia fidget goods, craft workshops, DIY dye and weaving kits) with their suppliers
and buyers. Every profile was written by hand. Offers carry a label that says what the thing is;
needs list the labels that meet them and the certifications their text requires. The true links
follow from the labels alone (see README.md). Labels live only in this file.

Run from the repository root:  .venv/bin/python eval/blind_plain_hobby/write.py
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
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "bhb"
N_PROFILES = 95
LINKS_MIN, LINKS_MAX = 160, 180
CROSS_SHARE_MIN, CROSS_SHARE_MAX = 0.40, 0.60
THAI_SHARE_MIN, THAI_SHARE_MAX = 0.50, 0.60
UNMET_MIN, UNMET_MAX = 17, 23

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
CENTRAL = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ISAN = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str = ""


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def need(text: str, *labels: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding `requires`."""
    return Need(text, labels, requires, waives)


def unmet(text: str, *labels: str, note: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` say what it asks for, `note` why no one has it."""
    return Need(text, labels, requires, waives, note)


def sme(
    num: int,
    lang: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certifications: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(num, lang, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certifications, bcg)


GRS = "GRS"
OEKO = "OEKO-TEX Standard 100"
GOTS = "GOTS"
OTOP = "OTOP"
PEACOCK = "Thai Silk Peacock Emblem"
ORG_TH = "Organic Thailand"
TIS = "Thai Industrial Standard"
FAIR = "Fairtrade"
BLUE = "bluesign"
FSC = "FSC"

# ------------------------------------------------------------------ profiles 001-025: upstream

PART_1: list[Sme] = [
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนฝ้ายตุ่นแม่แจ่ม",
        HEMP,
        UP,
        "Chiang Mai",
        "maechaem.cotton",
        [
            ("ปุยฝ้ายตุ่นพื้นเมือง อีดเมล็ดแล้ว กก.ละ 180 บาท", "raw_cotton_fibre"),
            ("ฝ้ายเข็นมือ สีขาวนวล ไม่ฟอก", "handspun_cotton_yarn"),
        ],
        [need("อยากได้หลาปั่นฝ้ายไม้สัก 2 ตัว", "spinning_wheel")],
        ("Organic Thailand",),
        ("bio",),
    ),
    sme(
        2,
        "en",
        "Umphang Hmong Hemp Group",
        HEMP,
        UP,
        "Tak",
        "umphang.hemp",
        [
            ("Hand-spliced Hmong hemp thread, 100 g hanks", "hemp_yarn"),
            ("Retted hemp bast, unspun, by the kilo", "raw_hemp_fibre"),
        ],
        [need("Fermented indigo paste, about 20 kg a season", "indigo_dye_paste")],
        (),
        ("bio",),
    ),
    sme(
        3,
        "th",
        "กลุ่มปลูกครามบ้านนาดี",
        HEMP,
        UP,
        "Sakon Nakhon",
        "nadee.indigo",
        [
            ("เนื้อครามเปียก ถังละ 5 กิโล", "indigo_dye_paste"),
            ("ใบครามแห้ง บดเป็นผง ถุงละ 1 กก.", "natural_dye_plant_materials"),
        ],
        [need("ด้ายฝ้ายดิบ เบอร์ 20 ยังไม่ย้อม", "undyed_cotton_yarn")],
        ("มาตรฐานเกษตรอินทรีย์",),
        ("bio", "green"),
    ),
    sme(
        4,
        "en",
        "Chonnabot Silk Reelers",
        HEMP,
        UP,
        "Khon Kaen",
        "chonnabot.reel",
        [
            ("Nang Noi native silk yarn, hand-reeled, undyed", "silk_yarn"),
            ("Yellow Thai silk cocoons, per kg", "silk_cocoons"),
        ],
        [unmet("Mulberry saplings for new plots", "mulberry_saplings", note="no plant nursery in the set")],
        ("Peacock Emblem",),
        ("bio",),
    ),
    sme(
        5,
        "th",
        "ร้านเศษผ้ามหาชัย",
        CIRC,
        UP,
        "Samut Sakhon",
        "mahachai.scrap",
        [("เศษผ้ายืดคอตตอน จากโรงตัด ชั่งกิโลขาย", "textile_cutting_waste")],
        [unmet("เครื่องอัดก้อนเศษผ้า มือสองก็ได้", "baling_machine", note="no machinery dealer in the set")],
        (),
        ("circular",),
    ),
    sme(
        6,
        "en",
        "EastLoop Recycled Yarns",
        CIRC,
        UP,
        "Chonburi",
        "eastloop",
        [("Open-end recycled cotton yarn Ne 8-12 from pre-consumer clips", "recycled_cotton_yarn")],
        [need("Light-colour cotton clippings, 5 t per month", "textile_cutting_waste")],
        ("GRS",),
        ("circular",),
    ),
    sme(
        7,
        "th",
        "บริษัท ใยดีรีไซเคิล จำกัด",
        CIRC,
        UP,
        "Nakhon Pathom",
        "yaidee.recycle",
        [("ใยโพลีรีไซเคิลจากขวด PET ใช้ยัดหมอนและตุ๊กตา", "recycled_fibrefill")],
        [unmet("ขวดพลาสติกใสบดเป็นเกล็ด", "pet_bottle_flakes", note="no bottle collector in the set")],
        ("GRS certified",),
        ("circular",),
    ),
    sme(
        8,
        "en",
        "Rayong PolyFibre Co.",
        SPORT,
        UP,
        "Rayong",
        "rayong.polyfibre",
        [
            ("Hollow siliconised polyester fibre 7D, 15 kg bales", "polyester_fibrefill"),
            ("Polyester wadding 2 oz, 1.5 m rolls", "quilt_batting"),
        ],
        [],
        ("Oeko-Tex 100",),
    ),
    sme(
        9,
        "th",
        "กลุ่มเก็บนุ่นบ้านหนองแวง",
        ISAN,
        UP,
        "Roi Et",
        "nongwaeng.kapok",
        [("นุ่นแท้ เก็บจากต้น แกะเมล็ดแล้ว", "kapok_fibre")],
        [unmet("ถุงตาข่ายไนลอนใส่นุ่น ใบใหญ่", "mesh_sacks", note="no one makes mesh sacks")],
        (),
        ("bio",),
    ),
    sme(
        10,
        "en",
        "Doi Fibre Supply",
        HEMP,
        UP,
        "Chiang Rai",
        "doifibre",
        [
            ("Merino tops 21 micron for spinning and wet felting", "wool_tops_roving"),
            ("Undyed superwash merino, fingering weight", "wool_knitting_yarn"),
        ],
        [unmet("Washed alpaca fleece?", "alpaca_fibre", note="no alpaca in the set")],
    ),
    sme(
        11,
        "th",
        "ไหมพรมสำเพ็ง ค้าส่ง",
        CENTRAL,
        UP,
        "Bangkok",
        "sampeng.yarn",
        [
            ("ไหมพรมคอตตอนนม 4 ply แพ็ค 10 ม้วน", "cotton_knitting_yarn"),
            ("ไหมพรมอะคริลิค ยกโหล ราคาส่ง", "acrylic_knitting_yarn"),
        ],
        [need("กล่องกระดาษพิมพ์ชื่อร้าน", "kit_packaging_boxes")],
    ),
    sme(
        12,
        "en",
        "Second Round Textile Sorting",
        CIRC,
        UP,
        "Bangkok",
        "secondround",
        [
            ("Graded second-hand cotton tees, 50 kg bales", "used_clothing"),
            ("Used denim jeans sorted by shade", "used_clothing"),
        ],
        [],
        (),
        ("circular",),
    ),
    sme(
        13,
        "th",
        "กลุ่มสาวไหมบ้านท่าสว่าง",
        ISAN,
        UP,
        "Surin",
        "thasawang.silk",
        [("ไหมน้อย ไหมเส้นพุ่ง สาวมือ", "silk_yarn"), ("ไหมลืบ ไหมเปลือก ขายเป็นกิโล", "silk_yarn")],
        [need("รังไหมพันธุ์พื้นบ้าน สีเหลือง", "silk_cocoons")],
        ("ตรานกยูงพระราชทาน",),
    ),
    sme(
        14,
        "en",
        "Nan Natural Colour Supplies",
        HEMP,
        UP,
        "Nan",
        "nancolour",
        [("Dried lac, ebony fruit and annatto seed for dyeing", "natural_dye_plant_materials")],
        [unmet("Food-grade potash alum, 25 kg bags", "alum_mordant", note="no mordant seller in the set")],
        (),
        ("bio",),
    ),
    sme(
        15,
        "th",
        "เชือกถักนนท์",
        CENTRAL,
        UP,
        "Nonthaburi",
        "nonrope",
        [("เชือกคอตตอนเกลียว 3 มม. ม้วน 100 เมตร", "macrame_cord"), ("เชือกเปียฝ้าย 5 มม. สีพื้น", "macrame_cord")],
        [need("ด้ายฝ้ายโรงงานสีดิบ ยกกระสอบ", "undyed_cotton_yarn")],
    ),
    sme(
        16,
        "en",
        "ProCord Industries",
        SPORT,
        UP,
        "Samut Prakan",
        "procord",
        [("Polyester paracord 550, 4 mm, 30 colours", "synthetic_cord")],
        [need("Recycled PET filament yarn, GRS certified", "recycled_pet_yarn", requires=(GRS,))],
    ),
    sme(
        17,
        "th",
        "ร้านเศษผ้าคัดเกรด ประตูน้ำ",
        CIRC,
        UP,
        "Bangkok",
        "pratunam.scrap",
        [("เศษผ้าคอตตอนลายน่ารัก คัดไซซ์ ถุงละ 1 กิโล", "sorted_fabric_scrap_packs")],
        [need("ขอบผ้า เศษผ้าจากโรงงานตัดเย็บ ปริมาณมาก", "textile_cutting_waste")],
        (),
        ("circular",),
    ),
    sme(
        18,
        "en",
        "Ban Na Kha Cotton Spinners",
        ISAN,
        UP,
        "Udon Thani",
        "nakha.spin",
        [("Isan handspun cotton, natural khaki and white", "handspun_cotton_yarn")],
        [need("Ginned cotton lint, seeds removed", "raw_cotton_fibre")],
    ),
    sme(
        19,
        "th",
        "อยุธยา รีไซเคิลยาร์น",
        CIRC,
        UP,
        "Ayutthaya",
        "ayut.ryarn",
        [("ด้ายโพลีเอสเตอร์รีไซเคิลจากขวดน้ำ", "recycled_pet_yarn")],
        [],
        ("มาตรฐานรีไซเคิลสากล",),
        ("circular",),
    ),
    sme(
        20,
        "en",
        "Dan Sai Cotton Farm",
        HEMP,
        UP,
        "Loei",
        "dansai.cotton",
        [("Seed cotton, hand-picked, no chemicals", "seed_cotton")],
        [],
        ("TAS 9000",),
        ("bio",),
    ),
    sme(
        21,
        "th",
        "กลุ่มรับซื้อเสื้อผ้าเก่าแปดริ้ว",
        CIRC,
        UP,
        "Chachoengsao",
        "paetriew.used",
        [("เสื้อผ้ามือสองคัดแล้ว ขายเหมากระสอบ", "used_clothing")],
        [],
        (),
        ("circular",),
    ),
    sme(
        22,
        "en",
        "Omnoi Offcuts Trading",
        CIRC,
        UP,
        "Samut Sakhon",
        "omnoi.offcuts",
        [("Cotton jersey and rib cut-offs, mixed colours, per tonne", "textile_cutting_waste")],
        [],
        (),
        ("circular",),
    ),
    sme(
        23,
        "th",
        "กลุ่มปลูกห้อมบ้านทุ่งโฮ้ง",
        HEMP,
        UP,
        "Phrae",
        "tunghong.hom",
        [("ห้อมเปียก หมักพร้อมย้อม", "indigo_dye_paste")],
        [unmet("น้ำด่างขี้เถ้า สำหรับก่อหม้อห้อม", "wood_ash_lye", note="no one sells lye")],
        (),
        ("bio",),
    ),
    sme(
        24,
        "en",
        "Highland Hemp Fibre Co.",
        HEMP,
        UP,
        "Chiang Mai",
        "highlandhemp",
        [
            ("Degummed cottonised hemp fibre for blending", "raw_hemp_fibre"),
            ("Hemp/cotton blend yarn Ne 20", "hemp_blend_yarn"),
        ],
        [need("Cotton fibre to blend with our hemp", "raw_cotton_fibre")],
        ("OCS",),
        ("bio",),
    ),
    sme(
        25,
        "th",
        "ศูนย์คัดแยกผ้าขอนแก่น",
        CIRC,
        UP,
        "Khon Kaen",
        "kk.sorting",
        [("ผ้าปูที่นอน ผ้าขนหนู โรงแรมใช้แล้ว", "used_linen")],
        [],
        (),
        ("circular",),
    ),
]

# ------------------------------------------------------------------ profiles 026-050: midstream

PART_2: list[Sme] = [
    sme(
        26,
        "th",
        "ครามสกล ผ้าทอมือ",
        ISAN,
        MID,
        "Sakon Nakhon",
        "kramsakon",
        [
            ("ผ้าฝ้ายย้อมครามแท้ ทอมือ หน้ากว้าง 1 เมตร", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service"),
        ],
        [need("ฝ้ายเข็นมือ ยังไม่ย้อมสี", "handspun_cotton_yarn"), need("ครามหมักคุณภาพดี", "indigo_dye_paste")],
        ("OTOP",),
        ("bio",),
    ),
    sme(
        27,
        "en",
        "Lanna Plant Dye Studio",
        HEMP,
        MID,
        "Chiang Mai",
        "lannadye",
        [
            ("Hand-dyed skeins in lac and marigold shades", "hand_dyed_yarn"),
            ("Plant-dye contract dyeing of clients' yarn", "natural_dyeing_service"),
        ],
        [
            need("Undyed bases: cotton or merino yarn", "undyed_cotton_yarn", "wool_knitting_yarn"),
            need("Natural dyestuffs such as lac or indigo leaf", "natural_dye_plant_materials"),
        ],
        (),
        ("bio", "green"),
    ),
    sme(
        28,
        "th",
        "ร้านผ้าคอตตอนลายพิมพ์ พาหุรัด",
        CENTRAL,
        MID,
        "Bangkok",
        "pahurat.cotton",
        [
            ("ผ้าคอตตอน 100% ลายการ์ตูน ขายเป็นหลา", "quilting_cotton_fabric"),
            ("ผ้าตัดชิ้น fat quarter แพ็ค 5 ลาย", "quilting_cotton_fabric"),
        ],
        [need("โรงพิมพ์ผ้าดิจิทัล รับลายของเราเอง", "fabric_printing_service")],
    ),
    sme(
        29,
        "en",
        "PrintWorks Textile Digital",
        CENTRAL,
        MID,
        "Samut Sakhon",
        "printworks",
        [
            ("Digital printing onto customer fabric, from 1 m", "fabric_printing_service"),
            ("Pre-printed soft book pages, cut-and-sew", "printed_cloth_book_panels"),
        ],
        [need("Greige cotton poplin and canvas, 500 m lots", "greige_cotton_fabric")],
    ),
    sme(
        30,
        "th",
        "สักหลาดนครปฐม",
        CENTRAL,
        MID,
        "Nakhon Pathom",
        "feltnp",
        [("ผ้าสักหลาดแผ่น A4 หนา 1 มม. 40 สี", "felt_sheets")],
        [need("ใยรีไซเคิลจากขวด ต้องมีใบรับรอง GRS", "recycled_fibrefill", requires=(GRS,))],
        (),
        ("circular",),
    ),
    sme(
        31,
        "th",
        "กลุ่มทอผ้าขิดบ้านโนนสะอาด",
        ISAN,
        MID,
        "Khon Kaen",
        "nonsaard.khit",
        [("ผ้าขิดทอมือ ลายโบราณ", "handwoven_cotton_fabric"), ("ผ้าไหมมัดหมี่ ทอกี่พื้นบ้าน", "handwoven_silk_fabric")],
        [need("ไหมพื้นบ้านสำหรับเส้นพุ่ง", "silk_yarn"), need("ด้ายฝ้ายโรงงานสำหรับเส้นยืน", "undyed_cotton_yarn")],
        ("OTOP",),
    ),
    sme(
        32,
        "en",
        "Stitch & Floss Trading",
        CENTRAL,
        MID,
        "Bangkok",
        "stitchfloss",
        [
            ("Six-strand cotton embroidery floss, 450 shades", "embroidery_thread"),
            ("Hand-dyed silk embroidery thread", "embroidery_thread"),
        ],
        [need("Short-run printed thread cards", "paper_printing_service")],
        ("Oeko-Tex",),
    ),
    sme(
        33,
        "th",
        "ปักดี เอ็มบรอยเดอรี่",
        CENTRAL,
        MID,
        "Pathum Thani",
        "pakdee.emb",
        [("รับปักโลโก้ ปักชื่อ บนเสื้อและกระเป๋า", "embroidery_service")],
        [need("ด้ายปักจักร เรยอง หลอดใหญ่", "machine_embroidery_thread")],
    ),
    sme(
        34,
        "en",
        "Nonthaburi Sewing Collective",
        CENTRAL,
        MID,
        "Nonthaburi",
        "nbsew",
        [("CMT sewing, small runs from 50 pieces", "cut_and_sew_service")],
        [unmet("Overlock machine repair visits", "machine_repair_service", note="no repair service in the set")],
    ),
    sme(
        35,
        "th",
        "กลุ่มแม่บ้านเย็บตุ๊กตาบ้านฝาง",
        ISAN,
        MID,
        "Khon Kaen",
        "banfang.doll",
        [("รับจ้างเย็บตุ๊กตาผ้า ตามแบบลูกค้า", "soft_toy_oem_service"), ("รับเย็บถุงผ้า ปลอกหมอน งานทั่วไป", "cut_and_sew_service")],
        [need("ใยยัดตุ๊กตา ราคาส่ง", "polyester_fibrefill", "recycled_fibrefill"), need("ตาตุ๊กตาแบบล็อค", "safety_eyes")],
    ),
    sme(
        36,
        "en",
        "ToyParts Asia",
        SPORT,
        MID,
        "Samut Prakan",
        "toyparts",
        [
            ("Plastic safety eyes with washers, 6-24 mm", "safety_eyes"),
            ("Squeakers, rattle balls and crinkle film", "toy_sound_inserts"),
        ],
        [unmet("Glass eyes for teddy bears?", "glass_eyes", note="no glass eye maker in the set")],
        ("TIS",),
    ),
    sme(
        37,
        "th",
        "ผ้าขนนุ่มบ้านหม้อ",
        CENTRAL,
        MID,
        "Bangkok",
        "banmor.plush",
        [("ผ้ามิ้งกี้ ผ้าขนสั้น สำหรับทำตุ๊กตา", "plush_fabric")],
        [],
        ("OEKO-TEX certified",),
    ),
    sme(
        38,
        "en",
        "Teak Loom Workshop",
        HEMP,
        MID,
        "Chiang Mai",
        "teakloom",
        [
            ("Rigid heddle looms, 40 and 60 cm, teak", "small_weaving_loom"),
            ("Charkha spinning wheels, table size", "spinning_wheel"),
        ],
        [unmet("Kiln-dried teak offcuts", "teak_timber", note="no timber seller in the set")],
    ),
    sme(
        39,
        "th",
        "ช่างไม้กี่ทอผ้าร้อยเอ็ด",
        ISAN,
        MID,
        "Roi Et",
        "roiet.loom",
        [("กี่ทอผ้าขนาดเล็ก ฝึกทอได้ที่บ้าน", "small_weaving_loom"), ("ไนปั่นฝ้าย ไม้เนื้อแข็ง", "spinning_wheel")],
        [],
    ),
    sme(
        40,
        "en",
        "Paperleaf Printing",
        CENTRAL,
        MID,
        "Bangkok",
        "paperleaf",
        [
            ("Short-run booklet and leaflet printing", "paper_printing_service"),
            ("Custom printed kraft boxes for kits", "kit_packaging_boxes"),
        ],
        [unmet("FSC kraft paper, 120 gsm rolls", "kraft_paper", requires=(FSC,), note="no paper mill in the set")],
        ("FSC",),
        ("green",),
    ),
    sme(
        41,
        "th",
        "โรงพิมพ์กล่องนนท์",
        CENTRAL,
        MID,
        "Nonthaburi",
        "nonbox",
        [("กล่องกระดาษคราฟท์ พิมพ์โลโก้ ขั้นต่ำ 500 ใบ", "kit_packaging_boxes")],
        [],
    ),
    sme(
        42,
        "en",
        "Sampeng Notions House",
        CENTRAL,
        MID,
        "Bangkok",
        "notionshouse",
        [
            ("Hook-and-loop tape, snaps and D-rings, wholesale", "buttons_and_fasteners"),
            ("Satin ribbon and cotton lace trims", "ribbons_and_lace"),
        ],
        [],
    ),
    sme(
        43,
        "th",
        "ร้านอุปกรณ์ถักไหมพรมป้าแดง",
        CENTRAL,
        MID,
        "Bangkok",
        "paadaeng",
        [
            ("เข็มโครเชต์ด้ามยาง Tulip ครบเบอร์", "knitting_needles_and_hooks"),
            ("ไม้นิตติ้งไผ่ 2 ปลาย", "knitting_needles_and_hooks"),
        ],
        [need("ไหมคอตตอน ส่งเป็นลัง", "cotton_knitting_yarn")],
    ),
    sme(
        44,
        "en",
        "Korat Woodcraft Parts",
        ISAN,
        MID,
        "Nakhon Ratchasima",
        "koratwood",
        [("Rubberwood beads, rings and macrame dowels", "wooden_craft_parts")],
        [],
    ),
    sme(
        45,
        "th",
        "ผ้าใยกัญชงม้ง ดอยปุย",
        HEMP,
        MID,
        "Chiang Mai",
        "doipui.hemp",
        [("ผ้าใยกัญชงทอมือ เขียนเทียน", "hemp_fabric")],
        [need("เส้นใยกัญชงต่อมือ", "hemp_yarn")],
        (),
        ("bio",),
    ),
    sme(
        46,
        "en",
        "Loop Zpagetti Yarn",
        CIRC,
        MID,
        "Pathum Thani",
        "loopyarn",
        [("T-shirt yarn from factory offcuts, 120 m cones", "tshirt_yarn")],
        [need("Jersey offcuts in long strips", "textile_cutting_waste")],
        (),
        ("circular",),
    ),
    sme(
        47,
        "en",
        "Chonburi Embroidery Supplies",
        SPORT,
        MID,
        "Chonburi",
        "cbemb",
        [("Rayon and poly machine embroidery thread, 5000 m cones", "machine_embroidery_thread")],
        [],
    ),
    sme(
        48,
        "th",
        "โรงย้อมราชบุรี",
        CENTRAL,
        MID,
        "Ratchaburi",
        "ratchaburi.dye",
        [("รับย้อมเส้นด้ายตามสั่ง สีรีแอคทีฟ", "yarn_dyeing_service")],
        [],
    ),
    sme(
        49,
        "en",
        "Phrae Wa Silk House",
        ISAN,
        MID,
        "Kalasin",
        "praewa",
        [("Praewa silk yardage with Peacock Emblem", "handwoven_silk_fabric")],
        [need("Weft silk from Thai native worms", "silk_yarn")],
        ("Thai Silk Peacock Emblem",),
    ),
    sme(
        50,
        "th",
        "ม่อฮ่อมแพร่ ป้าศรี",
        HEMP,
        MID,
        "Phrae",
        "mohom.phrae",
        [("ผ้าม่อฮ่อมย้อมห้อมแท้ เป็นม้วน", "indigo_dyed_cotton_fabric"), ("รับย้อมห้อม ผ้าของลูกค้า", "indigo_dyeing_service")],
        [need("ผ้าดิบทอโรงงาน ยังไม่ฟอก", "greige_cotton_fabric")],
    ),
]

# ------------------------------------------------------------------ profiles 051-075: midstream, makers

PART_3: list[Sme] = [
    sme(
        51,
        "en",
        "ReBatt Recycled Wadding",
        CIRC,
        MID,
        "Bangkok",
        "rebatt",
        [("Recycled cotton quilt batting, 90 in wide", "quilt_batting")],
        [need("White cotton clippings only", "textile_cutting_waste")],
        ("GRS",),
        ("circular",),
    ),
    sme(
        52,
        "th",
        "โรงทอผ้าดิบบางพลี",
        CENTRAL,
        MID,
        "Samut Prakan",
        "bangphli.greige",
        [("ผ้าดิบ ผ้าแคนวาส ยังไม่ฟอก หน้า 60 นิ้ว", "greige_cotton_fabric")],
        [need("ฝ้ายโรงงาน เบอร์ 20 ดิบ", "undyed_cotton_yarn")],
    ),
    sme(
        53,
        "en",
        "Saraburi Spinning Mill",
        CENTRAL,
        UP,
        "Saraburi",
        "srbspin",
        [("Carded cotton yarn Ne 20/1, raw white, on cones", "undyed_cotton_yarn")],
        [need("Raw cotton, ginned", "raw_cotton_fibre")],
        ("ISO 9001",),
    ),
    sme(
        54,
        "en",
        "CoatTex Sport Fabrics",
        SPORT,
        MID,
        "Samut Prakan",
        "coattex",
        [("PU-coated polyester, waterproof, for mats", "coated_fabric"), ("EVA foam sheets 5-20 mm", "foam_sheets")],
        [
            unmet(
                "bluesign-approved PU coating chemicals",
                "coating_chemicals",
                requires=(BLUE,),
                note="no chemical supplier in the set",
            )
        ],
    ),
    sme(
        55,
        "th",
        "ผ้าบาติกย้อมโคลน เกาะกลาง",
        HEMP,
        MID,
        "Krabi",
        "kohklang.batik",
        [("ผ้าบาติกย้อมดินโคลน ลายปลา", "batik_fabric"), ("สอนเขียนเทียนบาติก สำหรับกลุ่มทัวร์", "batik_workshop")],
        [need("ผ้าฝ้ายขาว ผ้าป่าน สำหรับเขียนเทียน", "greige_cotton_fabric")],
        (),
        ("green",),
    ),
    sme(
        56,
        "en",
        "Phuket Batik House",
        CENTRAL,
        MID,
        "Phuket",
        "phuketbatik",
        [
            ("Hand-drawn batik sarongs (pateh) and yardage", "batik_fabric"),
            ("DIY batik painting sets with wax and tjanting", "batik_kit"),
        ],
        [need("Cotton voile or rayon, unbleached", "greige_cotton_fabric")],
    ),
    sme(
        57,
        "th",
        "กลุ่มผ้าย้อมครามนาหว้า",
        ISAN,
        MID,
        "Nakhon Phanom",
        "nawa.indigo",
        [("ผ้าครามมัดหมี่ฝ้าย ลายนาค", "indigo_dyed_cotton_fabric")],
        [need("เส้นฝ้ายปั่นมือจากอีสาน", "handspun_cotton_yarn")],
        ("OTOP",),
    ),
    sme(
        58,
        "th",
        "กลุ่มทอผ้าเกาะยอ",
        CENTRAL,
        MID,
        "Songkhla",
        "kohyor.weave",
        [("ผ้าทอเกาะยอ ลายราชวัตร", "handwoven_cotton_fabric")],
        [need("ด้ายฝ้ายดิบ ทำเส้นยืน ซื้อเป็นลูก", "undyed_cotton_yarn")],
        ("โอทอป",),
    ),
    sme(
        59,
        "en",
        "Rag & Weave Rugs",
        CIRC,
        DOWN,
        "Nonthaburi",
        "ragweave",
        [("Rag rugs woven from hotel linen", "rag_rug")],
        [
            need(
                "Old sheets, towels, tees or cutting waste to tear into strips",
                "used_linen",
                "used_clothing",
                "textile_cutting_waste",
            )
        ],
        (),
        ("circular",),
    ),
    sme(
        60,
        "th",
        "ร้านตุ๊กตาถักน้องไหมพรม",
        CENTRAL,
        DOWN,
        "Bangkok",
        "nongmaiprom",
        [("ตุ๊กตาถักโครเชต์ อามิกุรุมิ สั่งทำ", "crochet_doll")],
        [need("ไหมนมพาสเทล ยกแพ็ค", "cotton_knitting_yarn"), need("ตาเซฟตี้ 8 มม. สำหรับตุ๊กตาถัก", "safety_eyes")],
    ),
    sme(
        61,
        "en",
        "Little Pages Cloth Books",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "littlepages",
        [("Quiet books for toddlers, 8 felt pages", "cloth_book")],
        [
            need("Felt in many colours", "felt_sheets"),
            need("Crinkle paper and squeakers", "toy_sound_inserts"),
            need("Panels for fabric books?", "printed_cloth_book_panels"),
        ],
    ),
    sme(
        62,
        "th",
        "ผ้าห่มกิจกรรม ฮักแม่",
        CENTRAL,
        DOWN,
        "Bangkok",
        "hakmae",
        [("ผ้าห่มกิจกรรม สำหรับผู้ป่วยสมองเสื่อม", "fidget_blanket"), ("ผ้ากันเปื้อนฝึกมือ ติดกระดุม ซิป", "activity_apron")],
        [
            need("ตีนตุ๊กแก กระดุมแป๊ก ห่วง", "buttons_and_fasteners"),
            need("ริบบิ้น ลูกไม้ หลายผิวสัมผัส", "ribbons_and_lace"),
            need("เศษผ้าหลากผิวสัมผัส", "sorted_fabric_scrap_packs", "textile_cutting_waste"),
        ],
    ),
    sme(
        63,
        "en",
        "Khon Kaen Knitting Grannies",
        ISAN,
        DOWN,
        "Khon Kaen",
        "kkgrannies",
        [("Hand-knitted twiddle muffs with buttons and beads", "twiddle_muff")],
        [
            need("Bright acrylic DK yarn in bulk", "acrylic_knitting_yarn"),
            need("Wooden beads to sew on", "wooden_craft_parts"),
            unmet("Yarn swift and ball winder?", "yarn_winder", note="no yarn winding tools in the set"),
        ],
    ),
    sme(
        64,
        "th",
        "ตุ๊กตาบำบัดอุบล",
        ISAN,
        DOWN,
        "Ubon Ratchathani",
        "ubon.doll",
        [("ตุ๊กตาเด็กอ่อนบำบัด สำหรับผู้สูงอายุสมองเสื่อม", "therapy_doll")],
        [need("หาคนเย็บตัวตุ๊กตาให้ เดือนละ 100 ตัว", "soft_toy_oem_service"), need("นุ่นยัดตัวตุ๊กตา", "kapok_fibre")],
    ),
    sme(
        65,
        "en",
        "Hoop & Needle Kits",
        CENTRAL,
        DOWN,
        "Bangkok",
        "hoopneedle",
        [("Beginner embroidery kits with hoop, floss and pattern", "embroidery_kit")],
        [
            need("Stranded cotton floss, bulk", "embroidery_thread"),
            need("Print our designs on cotton", "fabric_printing_service"),
            need("Instruction booklets, short run", "paper_printing_service"),
        ],
    ),
    sme(
        66,
        "th",
        "บ้านสีธรรมชาติ เวิร์กช็อป",
        HEMP,
        DOWN,
        "Chiang Mai",
        "baansee",
        [("ชุด DIY ย้อมผ้าสีธรรมชาติ ครบชุด", "natural_dye_kit"), ("เวิร์กช็อปย้อมครามครึ่งวัน", "natural_dye_workshop")],
        [
            need("ผ้าดิบคอตตอน ให้ลูกค้าย้อม", "greige_cotton_fabric"),
            need("ครามหมักพร้อมใช้", "indigo_dye_paste"),
            need("กล่องคราฟท์ใส่ชุดคิท", "kit_packaging_boxes"),
        ],
        (),
        ("bio",),
    ),
    sme(
        67,
        "en",
        "Warp & Weft Kits",
        HEMP,
        DOWN,
        "Chiang Mai",
        "warpweft",
        [("Mini weaving kits: frame loom plus yarn pack", "weaving_kit")],
        [need("Small table looms for kits", "small_weaving_loom"), need("Mini skeins dyed by hand", "hand_dyed_yarn")],
    ),
    sme(
        68,
        "th",
        "มาคราเม่ สตูดิโอ",
        CENTRAL,
        DOWN,
        "Bangkok",
        "macrame.studio",
        [("งานแขวนผนังมาคราเม่ สั่งทำ", "macrame_wall_hanging"), ("คอร์สสอนมาคราเม่ สำหรับมือใหม่", "macrame_workshop")],
        [need("เชือกฝ้ายบิด 4 มิล ไม่เอาไนลอน", "macrame_cord"), need("ไม้แขวน ห่วงไม้", "wooden_craft_parts")],
    ),
    sme(
        69,
        "en",
        "Scrap Quilt Co.",
        CIRC,
        DOWN,
        "Bangkok",
        "scrapquilt",
        [("Patchwork quilts from factory scraps", "patchwork_quilt")],
        [need("Cotton scrap packs, sorted", "sorted_fabric_scrap_packs"), need("Batting for quilts", "quilt_batting")],
        (),
        ("circular",),
    ),
    sme(
        70,
        "th",
        "หมอนขิดบ้านศรีฐาน",
        ISAN,
        DOWN,
        "Yasothon",
        "srithan",
        [("หมอนขิดสามเหลี่ยม ยัดนุ่น", "khit_pillow")],
        [need("ผ้าทอพื้นเมืองหน้าแคบ สำหรับหุ้มหมอน", "handwoven_cotton_fabric"), need("นุ่น", "kapok_fibre")],
        ("OTOP",),
    ),
    sme(
        71,
        "en",
        "Bunny & Bear Organics",
        CENTRAL,
        DOWN,
        "Bangkok",
        "bunnybear",
        [("Organic cotton plush toys for babies", "soft_toy")],
        [
            need("OEM toy sewing, 500 pcs per style", "soft_toy_oem_service"),
            need("OEKO-TEX plush fabric", "plush_fabric", requires=(OEKO,)),
        ],
    ),
    sme(
        72,
        "th",
        "สปอร์ตคิดส์ อุปกรณ์พละ",
        SPORT,
        DOWN,
        "Bangkok",
        "sportkids",
        [("ถุงถั่วโยน สำหรับเด็กอนุบาล", "throwing_beanbag"), ("เบาะรองคลาน พับได้", "play_mat")],
        [
            need("ผ้าเคลือบกันน้ำ PU", "coated_fabric"),
            need("แผ่นโฟม EVA", "foam_sheets"),
            unmet("เม็ดพลาสติกกลม ใส่ถุงถั่ว", "plastic_pellets", note="no pellet seller in the set"),
        ],
        ("มอก.",),
    ),
    sme(
        73,
        "th",
        "ตุ๊กตาเศษผ้า ยายทำ",
        CIRC,
        DOWN,
        "Nonthaburi",
        "yaitam",
        [("ตุ๊กตาผ้าจากเศษผ้าเหลือใช้", "soft_toy")],
        [need("เศษผ้าเป็นกิโล", "textile_cutting_waste"), need("ใยยัดรีไซเคิล", "recycled_fibrefill")],
        (),
        ("circular",),
    ),
    sme(
        74,
        "en",
        "Isan Soft Books",
        ISAN,
        DOWN,
        "Yasothon",
        "isansoft",
        [("Cloth books with khit patterns for children", "cloth_book")],
        [
            need(
                "Handloom cotton in local patterns, small lots, OTOP not required",
                "handwoven_cotton_fabric",
                waives=(OTOP,),
            )
        ],
    ),
    sme(
        75,
        "th",
        "หุ่นมือนิทาน",
        CENTRAL,
        DOWN,
        "Nakhon Pathom",
        "hunmue",
        [("หุ่นมือผ้า สำหรับเล่านิทาน", "hand_puppet")],
        [need("สักหลาดสีสด", "felt_sheets"), need("ผ้าขนนุ่มสำหรับหุ่น", "plush_fabric")],
    ),
]

# ------------------------------------------------------------------ profiles 076-095: makers and buyers

PART_4: list[Sme] = [
    sme(
        76,
        "en",
        "Indigo Road Bags",
        HEMP,
        DOWN,
        "Chiang Rai",
        "indigoroad",
        [("Tote bags of handwoven indigo cotton", "tote_bag")],
        [
            need("Indigo-dyed cotton yardage, 200 m per quarter", "indigo_dyed_cotton_fabric"),
            need("Sewing contractor for bags", "cut_and_sew_service"),
            need("Indigo dipping of our own canvas, can we send it?", "indigo_dyeing_service"),
        ],
    ),
    sme(
        77,
        "th",
        "คิทถักไหมพรม บายมิ้นท์",
        CENTRAL,
        DOWN,
        "Bangkok",
        "kitmint",
        [("ชุดคิทถักโครเชต์ พร้อมคลิปสอน", "crochet_kit")],
        [
            need("เข็มโครเชต์ยกแพ็ค", "knitting_needles_and_hooks"),
            need("ไหมพรมใส่คิท อะคริลิคหรือคอตตอน", "acrylic_knitting_yarn", "cotton_knitting_yarn"),
            unmet(
                "ไหมพรมฝ้ายออร์แกนิก มีใบรับรอง GOTS",
                "cotton_knitting_yarn",
                requires=(GOTS,),
                note="no yarn seller holds GOTS",
            ),
        ],
    ),
    sme(
        78,
        "en",
        "Purl Yarn Shop",
        CENTRAL,
        DOWN,
        "Bangkok",
        "purl",
        [
            ("Milk cotton 4 ply by the ball", "cotton_knitting_yarn"),
            ("Weekly knitting and crochet classes", "knitting_crochet_class"),
        ],
        [
            need("Indie hand-dyed yarn for resale", "hand_dyed_yarn"),
            need("Wholesale acrylic yarn, under 25 baht a ball", "acrylic_knitting_yarn"),
            need("Recycled cotton yarn with GRS", "recycled_cotton_yarn", requires=(GRS,)),
        ],
    ),
    sme(
        79,
        "th",
        "โรงเรียนอนุบาลบ้านต้นไม้",
        CENTRAL,
        DOWN,
        "Bangkok",
        "tonmai.kinder",
        [],
        [
            need("หนังสือผ้าสำหรับเด็กเล็ก", "cloth_book"),
            need("ตุ๊กตาสวมมือ ใช้ในห้องเรียน", "hand_puppet"),
            need("เบาะคลานสำหรับเด็ก ต้องได้ มอก.", "play_mat", requires=(TIS,)),
        ],
    ),
    sme(
        80,
        "en",
        "Golden Years Care Home",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "goldenyears",
        [],
        [
            need("Sensory fidget items for dementia residents", "fidget_blanket", "twiddle_muff", "activity_apron"),
            need("Doll therapy dolls", "therapy_doll"),
            need(
                "Weekly craft sessions for residents",
                "batik_workshop",
                "macrame_workshop",
                "knitting_crochet_class",
                "quilting_class",
                "embroidery_retreat",
                "natural_dye_workshop",
            ),
        ],
    ),
    sme(
        81,
        "th",
        "ศูนย์ดูแลผู้สูงอายุ สุขใจ",
        ISAN,
        DOWN,
        "Khon Kaen",
        "sukjai.care",
        [],
        [
            need("ผ้าห่มมีกระดุม ซิป ให้ผู้สูงอายุเล่น", "fidget_blanket"),
            need("ตุ๊กตากอดสำหรับผู้สูงอายุ ไม่ต้องมี มอก.", "therapy_doll", waives=(TIS,)),
            unmet("ผ้าห่มถ่วงน้ำหนัก สำหรับผู้ป่วยนอนไม่หลับ", "weighted_blanket", note="no one makes weighted blankets"),
        ],
    ),
    sme(
        82,
        "en",
        "Siam Textile Museum Shop",
        HEMP,
        DOWN,
        "Bangkok",
        "museumshop",
        [],
        [
            need("DIY natural dye kits for the shop", "natural_dye_kit"),
            need("Khit triangle cushions, OTOP", "khit_pillow", requires=(OTOP,)),
            need("Indigo dye workshop for visitors", "natural_dye_workshop"),
        ],
    ),
    sme(
        83,
        "th",
        "คาเฟ่ถักไหมพรม นิมมาน",
        HEMP,
        DOWN,
        "Chiang Mai",
        "nimman.cafe",
        [("เวิร์กช็อปถักโครเชต์ในคาเฟ่", "knitting_crochet_class")],
        [
            need("ไหมพรมย้อมมือ สีสวย", "hand_dyed_yarn"),
            need("ชุดคิทงานปัก หรือคิทถักโครเชต์ ไว้ขายหน้าร้าน", "embroidery_kit", "crochet_kit"),
        ],
    ),
    sme(
        84,
        "th",
        "ร้านกล่องงานคราฟต์ ออนไลน์",
        CENTRAL,
        DOWN,
        "Bangkok",
        "craftbox",
        [],
        [
            need("ของแต่งผนังเชือกถัก รับไปขายต่อ", "macrame_wall_hanging"),
            need("ตุ๊กตาโครเชต์ ล็อตเล็ก", "crochet_doll"),
            need("ชุดคิททอผ้ามินิ มีกี่ในกล่อง", "weaving_kit"),
        ],
    ),
    sme(
        85,
        "th",
        "สยามแฮนด์คราฟท์ เอ็กซ์ปอร์ต",
        HEMP,
        DOWN,
        "Bangkok",
        "siamhandcraft",
        [],
        [
            need("ผ้าไหมทอมือ ต้องมีตรานกยูงพระราชทาน", "handwoven_silk_fabric", requires=(PEACOCK,)),
            need("ผ้าทอมือลายพื้นเมือง ฝ้ายหรือไหมก็ได้", "handwoven_cotton_fabric", "handwoven_silk_fabric"),
            unmet("ของเล่นผ้าส่งออก ต้องได้ Fair Trade", "soft_toy", requires=(FAIR,), note="no toy maker holds Fairtrade"),
        ],
    ),
    sme(
        86,
        "th",
        "บริษัท ของเล่นหมุนเวียน ส่งออก",
        CIRC,
        DOWN,
        "Bangkok",
        "upcycleplay",
        [],
        [
            unmet("ตุ๊กตาจากผ้าเหลือใช้ ต้องมี GRS", "soft_toy", requires=(GRS,), note="no soft-toy maker holds GRS"),
            need("ผ้าห่มต่อเศษผ้า", "patchwork_quilt"),
            need("ชุดเขียนลายปาเต๊ะ สำเร็จรูป ให้เด็กทำเอง", "batik_kit"),
        ],
        (),
        ("circular",),
    ),
    sme(
        87,
        "th",
        "โรงเรียนวัดบ้านลาด",
        CENTRAL,
        DOWN,
        "Phetchaburi",
        "watbanlad.school",
        [],
        [
            need("ชุดปักผ้าสำหรับนักเรียน ป.4 จำนวน 120 ชุด", "embroidery_kit"),
            need("กิจกรรมย้อมผ้าสีธรรมชาติ นอกสถานที่", "natural_dye_workshop"),
            need("กี่ทอผ้าเล็ก สำหรับห้องศิลปะ", "small_weaving_loom"),
        ],
    ),
    sme(
        88,
        "th",
        "ศูนย์ดูแลผู้สูงอายุกลางวัน อุดร",
        ISAN,
        DOWN,
        "Udon Thani",
        "udon.daycare",
        [],
        [
            need("ผ้ากันเปื้อนให้ผู้ป่วยสมองเสื่อมฝึกติดกระดุม", "activity_apron"),
            need("ปลอกมือถักสำหรับผู้สูงอายุ ไม่จำเป็นต้องมี OEKO-TEX", "twiddle_muff", waives=(OEKO,)),
            need(
                "ไหมพรมให้คุณยายถักเล่น ชนิดไหนก็ได้",
                "cotton_knitting_yarn",
                "acrylic_knitting_yarn",
                "wool_knitting_yarn",
                "hand_dyed_yarn",
            ),
        ],
    ),
    sme(
        89,
        "th",
        "ร้านกระเป๋ายีนส์รีไซเคิล",
        CIRC,
        DOWN,
        "Bangkok",
        "jeansbag",
        [("กระเป๋าผ้ายีนส์เก่า ทำมือ", "tote_bag")],
        [
            need("กางเกงยีนส์มือสอง ไม่จำเป็นต้องมี GRS", "used_clothing", waives=(GRS,)),
            need("รับเย็บกระเป๋า", "cut_and_sew_service"),
        ],
        (),
        ("circular",),
    ),
    sme(
        90,
        "en",
        "Patch & Piece Quilting Studio",
        CENTRAL,
        DOWN,
        "Bangkok",
        "patchpiece",
        [("Quilting classes for beginners", "quilting_class")],
        [
            need("Fat quarters and quilting cottons", "quilting_cotton_fabric"),
            need("Thin batting, GRS welcome but not required", "quilt_batting", waives=(GRS,)),
        ],
    ),
    sme(
        91,
        "th",
        "ร้านของฝากริมโขง",
        ISAN,
        DOWN,
        "Nakhon Phanom",
        "rimkhong",
        [],
        [
            need("กระเป๋าผ้าทำมือ ไว้ขายนักท่องเที่ยว", "tote_bag"),
            need("ตุ๊กตาถักไหมพรม ไม่ต้องมีโอทอป", "crochet_doll", waives=(OTOP,)),
            need("ปักชื่อร้านลงบนสินค้า ทีละ 200 ใบ", "embroidery_service"),
        ],
    ),
    sme(
        92,
        "en",
        "Phuket Kids Club Resort",
        SPORT,
        DOWN,
        "Phuket",
        "kidsclub",
        [],
        [
            need("Bean bags for games", "throwing_beanbag"),
            need("Foam play mats with TIS mark", "play_mat", requires=(TIS,)),
            unmet("Swim floats for toddlers", "swim_float", note="no float maker in the set"),
        ],
    ),
    sme(
        93,
        "th",
        "ผ้าทอนาหมื่นศรี",
        HEMP,
        DOWN,
        "Trang",
        "namuensri",
        [("ผ้ายกนาหมื่นศรี ทอมือ", "handwoven_cotton_fabric")],
        [need("ย้อมด้ายสีเคมี ตามสั่ง", "yarn_dyeing_service"), need("ด้ายทอผ้า ยังไม่ย้อม", "undyed_cotton_yarn")],
    ),
    sme(
        94,
        "en",
        "Slow Stitch Retreats",
        HEMP,
        DOWN,
        "Chiang Mai",
        "slowstitch",
        [("Week-long slow stitching retreats", "embroidery_retreat")],
        [
            need("Plant dyeing of our own yarn, no synthetic dye", "natural_dyeing_service"),
            unmet("Sashiko thread and needles?", "sashiko_thread", note="no sashiko supplies in the set"),
        ],
    ),
    sme(
        95,
        "th",
        "ศูนย์ผู้สูงวัย กาญจนบุรี",
        CENTRAL,
        DOWN,
        "Kanchanaburi",
        "kan.elderly",
        [],
        [
            need("สอนถักไหมพรม ให้ผู้สูงอายุ เดือนละครั้ง", "knitting_crochet_class"),
            need("ของใช้ฝึกมือสำหรับผู้ป่วยความจำเสื่อม", "fidget_blanket", "twiddle_muff", "activity_apron"),
            unmet("ของเล่นไม้ ฝึกสมองผู้สูงอายุ", "wooden_puzzle", note="no wooden toy maker in the set"),
        ],
    ),
]

# ------------------------------------------------------------------ end of profiles

SMES: list[Sme] = [*PART_1, *PART_2, *PART_3, *PART_4]


# ------------------------------------------------------------------ checks

_ID = re.compile(rf"^{PREFIX}-\d{{3}}$")
_EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$")
_THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
EMAIL_DOMAINS = ("example.com", "example.org", "example.net")


def email_of(s: Sme) -> str:
    return f"{s.email}@{EMAIL_DOMAINS[s.num % len(EMAIL_DOMAINS)]}"


def _latin_letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN"))


def phrase_problem(text: str, lang: str) -> str | None:
    """Why `text` is not written in `lang` as the set wants it, or None."""
    if not text.strip() or text != text.strip() or "  " in text:
        return "empty or badly spaced"
    if lang == "en":
        if _THAI_CHAR.search(text):
            return "Thai letters in an English phrase"
        if any(ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN") for ch in text):
            return "non-Latin letters in an English phrase"
        return None
    thai = len(_THAI_LETTER.findall(text))
    latin = _latin_letters(text)
    if thai <= latin:
        return "a Thai phrase should be mostly Thai letters"
    return None


def _mentions(text: str, cert: str) -> bool:
    """Whether `text` names `cert` at all (claimed, required or waived)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for c in CERTIFICATIONS:
        if c.name == cert:
            names = (c.name, c.full_name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
            return any(unicodedata.normalize("NFKC", n).casefold() in folded for n in names)
    raise ValueError(cert)


def _trigrams(text: str) -> set[str]:
    t = re.sub(r"\s+", " ", text.casefold())
    return {t[i : i + 3] for i in range(len(t) - 2)}


def qualified(supplier: Sme, nd: Need) -> bool:
    held = canonical_certifications(supplier.certifications)
    return set(nd.requires) <= held and any(label in nd.labels for _, label in supplier.offers)


def suppliers_of(nd: Need, buyer: Sme, smes: list[Sme]) -> list[Sme]:
    return [s for s in smes if s.id != buyer.id and qualified(s, nd)]


def compute_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links = {(s.id, b.id) for b in smes for nd in b.needs for s in suppliers_of(nd, b, smes)}
    return sorted(links)


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, len(smes) + 1)]:
        errors.append("ids are not bhb-001 .. in order")
    if len(smes) != N_PROFILES:
        errors.append(f"{len(smes)} profiles, want {N_PROFILES}")
    names = Counter(s.name for s in smes)
    errors += [f"name used twice: {n}" for n, c in names.items() if c > 1]
    emails = Counter(email_of(s) for s in smes)
    errors += [f"email used twice: {e}" for e, c in emails.items() if c > 1]
    for s in smes:
        where = s.id
        if not _ID.match(s.id):
            errors.append(f"{where}: bad id")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: bad language")
        if s.sub_cluster not in {v.value for v in SubCluster}:
            errors.append(f"{where}: bad sub_cluster")
        if s.stage not in {v.value for v in Stage}:
            errors.append(f"{where}: bad stage")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for c in s.certifications:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        if any(t not in {v.value for v in BcgTag} for t in s.bcg) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bad bcg tags")
        if not _EMAIL.match(email_of(s)):
            errors.append(f"{where}: bad email")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            errors.append(f"{where}: wants 0-3 offers, 0-3 needs, not both empty")
        for text in (s.name, *(t for t, _ in s.offers), *(nd.text for nd in s.needs)):
            problem = phrase_problem(text, s.lang)
            if problem:
                errors.append(f"{where}: {problem}: {text!r}")
        texts = [t for t, _ in s.offers] + [nd.text for nd in s.needs]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: a phrase repeats")
        for nd in s.needs:
            wn = f"{where} need {nd.text!r}"
            if not nd.labels:
                errors.append(f"{wn}: lists no label")
            for c in (*nd.requires, *nd.waives):
                if resolve_certification(c) != c:
                    errors.append(f"{wn}: {c!r} is not a canonical certification")
                if not _mentions(nd.text, c):
                    errors.append(f"{wn}: does not name {c}")
            if set(nd.requires) & set(nd.waives):
                errors.append(f"{wn}: requires and waives the same certification")
            affirmed = find_certifications(nd.text)
            if affirmed != set(nd.requires):
                errors.append(f"{wn}: text asks for {sorted(affirmed)}, labelled {sorted(nd.requires)}")
            found = suppliers_of(nd, s, smes)
            if nd.unmet_note:
                if found:
                    errors.append(f"{wn}: marked unmet but met by {[f.id for f in found]}")
            else:
                for label in nd.labels:
                    if not any(o.id != s.id and label in {lb for _, lb in o.offers} for o in smes):
                        errors.append(f"{wn}: label {label} is offered by no one else")
                if not found:
                    errors.append(f"{wn}: no qualified supplier")
                for sup in found:
                    for text, label in sup.offers:
                        if label in nd.labels and text.casefold() == nd.text.casefold():
                            errors.append(f"{wn}: worded exactly like an offer of {sup.id}")
                        elif label in nd.labels:
                            a, b = _trigrams(text), _trigrams(nd.text)
                            if len(a & b) / max(1, len(a | b)) > 0.4:
                                errors.append(f"{wn}: shares most of its wording with {sup.id} {text!r}")
    return errors


def check_targets(smes: list[Sme], links: list[tuple[str, str]], stats: dict[str, object]) -> list[str]:
    errors: list[str] = []
    n_links = len(links)
    if not LINKS_MIN <= n_links <= LINKS_MAX:
        errors.append(f"{n_links} true links, want {LINKS_MIN}-{LINKS_MAX}")
    cross = int(str(stats["cross"]))
    if n_links and not CROSS_SHARE_MIN <= cross / n_links <= CROSS_SHARE_MAX:
        errors.append(f"cross-language share {cross / n_links:.2f}, want {CROSS_SHARE_MIN}-{CROSS_SHARE_MAX}")
    thai = sum(s.lang == "th" for s in smes)
    if not THAI_SHARE_MIN <= thai / len(smes) <= THAI_SHARE_MAX:
        errors.append(f"Thai share {thai / len(smes):.2f}, want {THAI_SHARE_MIN}-{THAI_SHARE_MAX}")
    unmet_n = int(str(stats["unmet"]))
    if not UNMET_MIN <= unmet_n <= UNMET_MAX:
        errors.append(f"{unmet_n} needs met by no one, want {UNMET_MIN}-{UNMET_MAX}")
    per_need = [len(suppliers_of(nd, s, smes)) for s in smes for nd in s.needs if not nd.unmet_note]
    few = sum(1 <= k <= 3 for k in per_need)
    if per_need and few / len(per_need) < 0.75:
        errors.append(f"only {few}/{len(per_need)} met needs have 1-3 suppliers")
    if sum(k > 3 for k in per_need) < 3:
        errors.append("want a few needs met by more than 3 suppliers")
    if sum(not s.needs for s in smes) < 3 or sum(not s.offers for s in smes) < 3:
        errors.append("want a few SMEs without needs and a few without offers")
    return errors


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    obj = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [t for t, _ in s.offers],
        "needs": [nd.text for nd in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": email_of(s),
        "language": s.lang,
    }
    return json.dumps(obj, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["supplier_id", "buyer_id"])
    w.writerows(links)
    return buf.getvalue()


def statistics(smes: list[Sme], links: list[tuple[str, str]]) -> dict[str, object]:
    by_id = {s.id: s for s in smes}
    needs = [(s, nd) for s in smes for nd in s.needs]
    th_en = sum(by_id[a].lang == "th" and by_id[b].lang == "en" for a, b in links)
    en_th = sum(by_id[a].lang == "en" and by_id[b].lang == "th" for a, b in links)
    return {
        "profiles": len(smes),
        "th": sum(s.lang == "th" for s in smes),
        "en": sum(s.lang == "en" for s in smes),
        "sub": Counter(s.sub_cluster for s in smes),
        "stage": Counter(s.stage for s in smes),
        "region": Counter(str(resolve_province(s.province).region) for s in smes),  # type: ignore[union-attr]
        "provinces": len({resolve_province(s.province).name_en for s in smes}),  # type: ignore[union-attr]
        "offers": sum(len(s.offers) for s in smes),
        "offer_labels": len({lb for s in smes for _, lb in s.offers}),
        "needs": len(needs),
        "met": sum(not nd.unmet_note for _, nd in needs),
        "unmet": sum(bool(nd.unmet_note) for _, nd in needs),
        "requires": sum(bool(nd.requires) for _, nd in needs),
        "waives": sum(bool(nd.waives) for _, nd in needs),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross": th_en + en_th,
        "within": len(links) - th_en - en_th,
        "cross_sub": sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links),
    }


def counts_table(st: dict[str, object]) -> str:
    rows: list[tuple[str, str]] = [
        ("profiles", str(st["profiles"])),
        ("Thai / English profiles", f"{st['th']} / {st['en']}"),
    ]
    sub, stage, region = st["sub"], st["stage"], st["region"]
    assert isinstance(sub, Counter) and isinstance(stage, Counter) and isinstance(region, Counter)
    rows += [(f"sub-cluster `{v.value}`", str(sub[v.value])) for v in SubCluster]
    rows += [(f"stage `{v.value}`", str(stage[v.value])) for v in Stage]
    rows += [(f"region `{k}`", str(region[k])) for k in sorted(region)]
    links = int(str(st["links"]))
    cross = int(str(st["cross"]))
    rows += [
        ("distinct provinces", str(st["provinces"])),
        ("offers", str(st["offers"])),
        ("distinct offer labels", str(st["offer_labels"])),
        ("needs", str(st["needs"])),
        ("needs met / met by no one", f"{st['met']} / {st['unmet']}"),
        ("needs requiring a certification", str(st["requires"])),
        ("needs waiving a certification", str(st["waives"])),
        ("true links", str(links)),
        ("links Thai supplier -> English buyer", str(st["th_en"])),
        ("links English supplier -> Thai buyer", str(st["en_th"])),
        ("cross-language links (share)", f"{cross} ({cross / max(1, links):.0%})"),
        ("within-language links", str(st["within"])),
        ("links between different sub-clusters", str(st["cross_sub"])),
    ]
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


README = """# `eval/blind_plain_hobby`: craft hobby, toys and learning goods

A hand-labelled test set for the partner matchmaking. It measures how well the matcher finds the
true supplier-buyer pairs among 95 SME registry entries written in wording it has never seen.

## What the set checks

The theme is craft hobby, toys and learning goods: yarn shops, quilting and patchwork cotton,
embroidery kits and floss, macrame cord, felt and fabric scraps, soft toys and dolls, cloth books,
fidget blankets, twiddle muffs and activity aprons for people with dementia, craft workshops, DIY
natural-dye and weaving kits, small looms and spinning wheels; the spinners, dyers, weavers,
stuffing and safety-eye suppliers, sewing groups and printers that supply them; schools, nurseries,
care homes, museums, craft cafes, online shops and exporters as buyers; and the ordinary upstream
and circular suppliers (cotton, hemp, silk, wool, recycled yarn, cutting waste, used clothing).

The entries are plain registry rows: one short phrase per offer or need, 0-3 of each, about 55 % in
Thai and the rest in English. The same kind of goods is written in many ways (local names from the
north, Isan and the centre, trade words, brand names, abbreviations, with and without quantities,
prices, sizes and minimum orders), and a need is worded differently from the offers that meet it,
often in the other language. Hard but fair cases are included on purpose:

- a service versus the goods it works on (indigo dyeing of the customer's cloth versus indigo-dyed
  cloth; contract sewing versus finished toys and bags; printing onto the customer's fabric versus
  printed panels; plant-dye contract dyeing versus hand-dyed yarn versus chemical yarn dyeing);
- waste and used goods versus new (cutting waste by the kilo, sorted craft scrap packs, second-hand
  clothing, recycled fibre and yarn);
- raw versus processed (seed cotton, handspun and mill yarn, greige and handwoven cloth, product);
- finished goods described by their material, colour or technique (a tote of handwoven indigo
  cotton is a bag, a kapok-filled khit cushion is a cushion);
- a kit or a class versus its parts (a weaving kit versus a loom, a dye kit versus dye paste,
  a dye workshop versus a dyeing service);
- needs written as a wish, a bare noun phrase or a question; refusals ("no synthetic dye");
- needs that require a named certification (GRS, OEKO-TEX, OTOP, Peacock Emblem ...) and needs
  that name one only to waive it;
- needs that no one in the set meets, some because nobody makes the thing, some because nobody
  who makes it holds the required certification.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile JSONL version 1 and the
links CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings; not the
matcher, its glossary, its tests or any other evaluation set. All data lives in `write.py`, which
checks the set and writes the files below.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need lists the offer labels that
would meet it and the certifications its text requires, or is marked as met by no one with a short
note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label that
one of the buyer's needs lists and the supplier's certifications hold every certification that
need requires. An SME is never linked to itself. Shared words play no part; quantities, prices and
places never decide a link; what changes what the thing is does. A certification a need names only
to waive it is not required. The labels live only in `write.py` and are not written out.

Before writing, the script checks that ids are unique and well formed; every contract field is
valid (sub-cluster, stage and BCG values from `shared.taxonomy`, provinces resolving with
`resolve_province`, certifications with `resolve_certification`); every label a need lists is
offered by someone other than the buyer; every met need has a qualified supplier and every unmet
one has none; a required or waived certification is named in the need's text, and the
certifications `find_certifications` reads from the text are exactly the required ones; Thai
phrases are mostly Thai letters and English ones Latin only; no need shares most of its wording
with an offer that meets it; and the size targets hold. It writes nothing if any check fails.
Two runs give identical bytes.

## Regenerate

```
cd /work/main && .venv/bin/python eval/blind_plain_hobby/write.py
```

## Files

- `write.py`: all data, labels, checks; writes the three files below and prints the counts.
- `profiles.jsonl`: 95 profiles in the contract's JSONL version 1, ids `bhb-001` ... `bhb-095`,
  no labels or other extra fields.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def main() -> int:
    smes = SMES
    errors = check(smes)
    links = compute_links(smes)
    stats = statistics(smes, links)
    errors += check_targets(smes, links, stats)
    table = counts_table(stats)
    print(table, end="")
    if errors:
        print(f"\n{len(errors)} problem(s); nothing written:", file=sys.stderr)
        for e in errors:
            print(f"  {e}", file=sys.stderr)
        return 1
    files = {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in smes),
        "links.csv": links_csv(links),
        "README.md": README + table,
    }
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"\nwrote {', '.join(files)} to {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
