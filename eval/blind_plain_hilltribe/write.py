"""Write the hand-labelled evaluation set `eval/blind_plain_hilltribe/`.

Hill-tribe crafts of the north and west plus their ordinary suppliers, written as plain
registry entries (one short phrase per offer or need). Every offer carries a label saying
what the thing is; every need lists the labels that meet it and the certifications its
text requires, or is marked as met by no one. The true links follow from the labels only.

Run from the repository root:  .venv/bin/python eval/blind_plain_hilltribe/write.py
The labels live only in this file; the written files carry none.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent
ROOT = OUT_DIR.parents[1]
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

PREFIX = "bht"
N_PROFILES = 95
LINK_RANGE = (160, 180)
UNMET_RANGE = (17, 23)
THAI_SHARE_RANGE = (0.52, 0.58)
CROSS_SHARE_RANGE = (0.42, 0.58)

HNF = "hemp_natural_fibre"
CIR = "circular_textile"
SPT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str = ""


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    email: str = field(default="")


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need no one in the set meets; labels, if given, name goods offered only without `req`."""
    return Need(text, labels, req, (), note)


def sme(
    number: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    sme_id = f"{PREFIX}-{number:03d}"
    email = f"{PREFIX}{number:03d}@hilltribe-sme.example.org"
    return Sme(sme_id, language, name, sub_cluster, stage, province, tuple(offers), tuple(needs), certs, bcg, email)


# ------------------------------------------------------------------ profiles 001-030: hemp and natural fibre

PART_1 = [
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนกัญชงม้ง บ้านแม่สาใหม่",
        HNF,
        UP,
        "Chiang Mai",
        [
            ("ต้นกัญชงตากแห้ง มัดละ 10 กก.", "hemp_stalk"),
            ("เปลือกกัญชงลอกมือ แช่น้ำแล้ว", "hemp_bast_fibre"),
        ],
        [unmet("เมล็ดพันธุ์กัญชงสายพันธุ์ให้เส้นใย RPF", "no one in the set sells hemp seed")],
        ("Organic Thailand",),
        ("bio",),
    ),
    sme(
        2,
        "en",
        "Umphang Hmong Hemp Farmers",
        HNF,
        UP,
        "Tak",
        [("Sun-dried hemp stems, 300 kg lots", "hemp_stalk")],
        [unmet("Decorticator to rent at harvest time", "no one rents out machinery")],
        (),
        ("bio",),
    ),
    sme(
        3,
        "th",
        "กลุ่มแม่บ้านปั่นด้ายกัญชง บ้านห้วยขม",
        HNF,
        UP,
        "Chiang Rai",
        [
            ("ด้ายกัญชงเข็นมือ ต่อเส้นแบบม้ง ขายเป็นไจ", "hemp_yarn"),
            ("เส้นใยกัญชงต้มขี้เถ้า พร้อมต่อเส้น", "hemp_bast_fibre"),
        ],
        [need("รับซื้อลำต้นเฮมพ์แห้งทั้งปี", "hemp_stalk")],
        (),
        ("bio",),
    ),
    sme(
        4,
        "en",
        "Nan Hemp Thread Collective",
        HNF,
        UP,
        "Nan",
        [("Hand-twisted hemp yarn, natural beige, per hank", "hemp_yarn")],
        [need("Stripped hemp bast, ready to split", "hemp_bast_fibre")],
        (),
        ("bio",),
    ),
    sme(
        5,
        "th",
        "กลุ่มทอผ้าใยกัญชง บ้านแม่แจ่ม",
        HNF,
        MID,
        "Chiang Mai",
        [("ผ้ากัญชงทอมือ สีธรรมชาติ หน้ากว้าง 40 ซม.", "hemp_fabric")],
        [need("ด้ายเฮมพ์ปั่นมือ", "hemp_yarn")],
        ("OTOP",),
        ("bio",),
    ),
    sme(
        6,
        "en",
        "Doi Mae Salong Akha Loom",
        HNF,
        MID,
        "Chiang Rai",
        [
            ("Handloom hemp cloth, 12 m rolls", "hemp_fabric"),
            ("Hemp table runners 35 x 180 cm", "table_linen"),
        ],
        [need("Hand-spun hemp thread, undyed", "hemp_yarn")],
    ),
    sme(
        7,
        "th",
        "กลุ่มเขียนเทียนผ้าใยกัญชง เขาค้อ",
        HNF,
        MID,
        "Phetchabun",
        [
            ("ผ้ากัญชงเขียนเทียน ย้อมห้อม ลายม้ง", "batik_hemp_fabric"),
            ("รับเขียนลายเทียนบนผ้าที่ลูกค้าส่งมา", "batik_service"),
        ],
        [
            need("ขี้ผึ้งแท้ก้อน สำหรับเขียนเทียน", "beeswax"),
            need("ผ้าใยกัญชงดิบ ยังไม่ฟอกไม่ย้อม", "hemp_fabric"),
        ],
    ),
    sme(
        8,
        "en",
        "Mae Sot Hmong Batik Studio",
        HNF,
        MID,
        "Tak",
        [("Indigo batik on hemp, 50 cm panels", "batik_hemp_fabric")],
        [
            need("Raw beeswax blocks", "beeswax"),
            need("Natural indigo paste", "indigo_paste"),
        ],
    ),
    sme(
        9,
        "th",
        "เปียกห้อมบ้านทุ่งโฮ้ง",
        HNF,
        UP,
        "Phrae",
        [
            ("ห้อมเปียก บรรจุถัง 20 กก.", "indigo_paste"),
            ("ต้นห้อมสด ตัดจากแปลง", "indigo_plant_fresh"),
        ],
        [unmet("ปูนขาวสำหรับหมักห้อม ส่งถึงแพร่", "no one sells slaked lime")],
        ("OTOP",),
        ("bio",),
    ),
    sme(
        10,
        "en",
        "Sakon Khram Indigo Growers",
        HNF,
        UP,
        "Sakon Nakhon",
        [("Khram indigo paste, fermented, 5 kg buckets", "indigo_paste")],
        [],
        ("Organic Thailand",),
        ("bio",),
    ),
    sme(
        11,
        "th",
        "โรงย้อมห้อมป้าจันทร์",
        HNF,
        MID,
        "Phrae",
        [
            ("รับย้อมห้อมผ้าและเสื้อของลูกค้า คิดตามน้ำหนัก", "indigo_dyeing_service"),
            ("ผ้าฝ้ายย้อมห้อม หน้ากว้าง 1 เมตร", "indigo_cotton_fabric"),
        ],
        [need("ครามเปียกหรือห้อมเปียก เกรดดี", "indigo_paste")],
    ),
    sme(
        12,
        "en",
        "Lanna Plant Colour House",
        HNF,
        MID,
        "Chiang Mai",
        [
            ("Cotton yardage dyed with lac and ebony", "natural_dyed_cotton_fabric"),
            ("Plant-dyeing of client fabric, min 20 m", "natural_dyeing_service"),
        ],
        [
            need("Dried dye plants: lac, mango bark, ebony fruit", "natural_dyestuff"),
            need("Greige cotton for dyeing, 150 cm wide", "mill_cotton_fabric"),
        ],
        (),
        ("green",),
    ),
    sme(
        13,
        "th",
        "วิสาหกิจชุมชนฝ้ายพื้นเมือง บ้านหนองบัว",
        HNF,
        UP,
        "Nan",
        [
            ("ฝ้ายดอกพื้นเมือง อีดเมล็ดแล้ว", "raw_cotton"),
            ("ฝ้ายเข็นมือ เส้นใหญ่ ขายเป็นปอย", "handspun_cotton_yarn"),
        ],
        [],
        (),
        ("bio",),
    ),
    sme(
        14,
        "en",
        "Mae La Noi Karen Backstrap Weavers",
        HNF,
        MID,
        "Mae Hong Son",
        [
            ("Backstrap-woven cotton cloth, red and white stripes", "handwoven_cotton_fabric"),
            ("Karen woven shoulder bags", "bag"),
        ],
        [
            need("Hand-spun cotton thread for the loom", "handspun_cotton_yarn"),
            need("Job's tears seeds for blouse decoration", "jobs_tears_seeds"),
        ],
    ),
    sme(
        15,
        "th",
        "กลุ่มเก็บลูกเดือยปกาเกอะญอ บ้านห้วยตองก๊อ",
        HNF,
        UP,
        "Mae Hong Son",
        [
            ("ลูกเดือยหินเจาะรูแล้ว ถุงละ 1 กก.", "jobs_tears_seeds"),
            ("ครั่งดิบและเปลือกไม้ย้อมสี", "natural_dyestuff"),
        ],
        [],
        (),
        ("bio",),
    ),
    sme(
        16,
        "th",
        "กลุ่มผ้าปักชาวม้ง ดอยปุย",
        HNF,
        MID,
        "Chiang Mai",
        [
            ("ผ้าปักครอสติชลายม้ง ชิ้นละ 30x30 ซม.", "embroidered_panel"),
            ("รับปักลายบนเสื้อที่ลูกค้าส่งมา", "embroidery_service"),
        ],
        [
            need("ไหมปักสีสด ยกโหล", "embroidery_thread"),
            need("ผ้าดิบพื้นเรียบ สำหรับงานปัก", "mill_cotton_fabric"),
        ],
    ),
    sme(
        17,
        "en",
        "Chiang Khong Mien Needlework Circle",
        HNF,
        MID,
        "Chiang Rai",
        [("Mien cross-stitch strips for trouser hems", "embroidered_panel")],
        [
            need("DMC-type stranded floss", "embroidery_thread"),
            need("Indigo cotton base cloth", "indigo_cotton_fabric"),
        ],
    ),
    sme(
        18,
        "th",
        "ร้านด้ายปักลำพูน",
        HNF,
        UP,
        "Lamphun",
        [
            ("ด้ายปักคอตตอน 8 เส้น มี 447 สี", "embroidery_thread"),
            ("ด้ายฝ้ายโรงงาน เบอร์ 20/2", "mill_cotton_yarn"),
        ],
        [],
    ),
    sme(
        19,
        "en",
        "Siam Thread & Floss Co., Ltd.",
        HNF,
        UP,
        "Bangkok",
        [
            ("Polyester embroidery thread, 5000 m cones", "embroidery_thread"),
            ("Combed cotton yarn Ne 30/1", "mill_cotton_yarn"),
            ("Spun polyester sewing thread 40/2", "sewing_thread"),
        ],
        [],
        ("ISO 9001",),
    ),
    sme(
        20,
        "th",
        "ร้านผ้าชาวเขา ไนท์บาซาร์",
        HNF,
        DOWN,
        "Chiang Mai",
        [
            ("กระเป๋าย่ามม้ง ลายปัก", "bag"),
            ("เสื้อม้งผู้หญิง ปักลายเต็มตัว", "hill_tribe_top"),
        ],
        [
            need("ผ้าปักมือชาวเขา เป็นชิ้นสำเร็จ", "embroidered_panel"),
            need("ปอมปอมไหมพรม ถุงละ 100 ลูก", "pompom_tassel"),
        ],
    ),
    sme(
        21,
        "en",
        "Hilltribe Heritage Boutique",
        HNF,
        DOWN,
        "Chiang Mai",
        [
            ("Hmong story-cloth wall hangings", "wall_hanging"),
            ("Batik hemp tote bags", "bag"),
        ],
        [
            need("Batik hemp yardage for tote production", "batik_hemp_fabric"),
            need("Antique-style silver buttons for jackets", "silver_ornament"),
        ],
    ),
    sme(
        22,
        "th",
        "กลุ่มทอผ้าปกาเกอะญอ ท่าสองยาง",
        HNF,
        MID,
        "Tak",
        [
            ("ผ้าทอกี่เอว ผืนละ 2 เมตร", "handwoven_cotton_fabric"),
            ("ซิ่นกะเหรี่ยงทอมือ ลายดั้งเดิม", "hill_tribe_skirt"),
        ],
        [
            need("ลูกปัดแก้วเม็ดเล็ก", "glass_beads"),
        ],
    ),
    sme(
        23,
        "en",
        "Doi Saket Bead Supply",
        HNF,
        UP,
        "Chiang Mai",
        [
            ("Glass seed beads 11/0, 450 g bags", "glass_beads"),
            ("Silver-plated coins and bells for costumes", "silver_ornament"),
            ("Yarn pom-poms 3 cm, assorted", "pompom_tassel"),
        ],
        [],
    ),
    sme(
        24,
        "th",
        "เครื่องเงินอาข่า บ้านอาแบ",
        HNF,
        MID,
        "Chiang Rai",
        [
            ("กระดุมเงินแท้ ลายดอก งานชาวเขา", "silver_ornament"),
            ("หมวกอาข่าประดับเหรียญเงิน", "hill_tribe_hat"),
        ],
        [
            unmet("เม็ดเงินบริสุทธิ์ 99.9% สำหรับหลอม", "no one sells silver metal"),
            need("ลูกปัดสีสด สำหรับประดับหมวก", "glass_beads"),
        ],
    ),
    sme(
        25,
        "en",
        "Pai Walking Street Hilltribe Stall",
        HNF,
        DOWN,
        "Mae Hong Son",
        [("Lisu striped shoulder bags", "bag")],
        [
            need("Karen tunics, white and red", "hill_tribe_top"),
            need("Akha beaded headdress, tourist grade", "hill_tribe_hat"),
        ],
    ),
    sme(
        26,
        "th",
        "กลุ่มทอผ้าฝ้ายย้อมคราม ด่านซ้าย",
        HNF,
        MID,
        "Loei",
        [("ผ้ามัดหมี่ฝ้ายย้อมคราม", "indigo_cotton_fabric")],
        [need("ฝ้ายโรงงาน 20/2 สีขาว", "mill_cotton_yarn")],
    ),
    sme(
        27,
        "en",
        "Indigo & Hemp Export Co., Ltd.",
        HNF,
        DOWN,
        "Bangkok",
        [("Men's hemp shirts, indigo", "shirt")],
        [
            need("GOTS-certified hemp fabric", "hemp_fabric", req=("GOTS",)),
            need("Embroidered Hmong panels for jacket backs", "embroidered_panel"),
        ],
    ),
    sme(
        28,
        "th",
        "บริษัท เฮมพ์ทอ ล้านนา จำกัด",
        HNF,
        MID,
        "Chiang Mai",
        [
            ("ผ้าเฮมพ์ 100% ทอเครื่อง หน้า 150 ซม. มี GOTS", "hemp_fabric"),
            ("รับตัดเย็บเสื้อผ้าใยกัญชงตามแบบลูกค้า", "sewing_service"),
        ],
        [
            need(
                "เส้นใยกัญชงลอกแล้ว ไม่ต้องมีมาตรฐานเกษตรอินทรีย์",
                "hemp_bast_fibre",
                waive=("Organic Thailand",),
            )
        ],
        ("GOTS", "OEKO-TEX Standard 100"),
        ("bio", "green"),
    ),
    sme(
        29,
        "th",
        "กลุ่มเลี้ยงผึ้งโพรง บ้านขุนวาง",
        HNF,
        UP,
        "Chiang Mai",
        [("ไขผึ้งบริสุทธิ์ กิโลละ 450 บาท", "beeswax")],
        [],
        (),
        ("bio",),
    ),
    sme(
        30,
        "th",
        "ร้านของฝากเมืองน่าน ผ้าและงานมือ",
        HNF,
        DOWN,
        "Nan",
        [
            ("ถุงย่ามฝ้ายทอมือ ย้อมคราม", "bag"),
            ("ผ้าพันคอฝ้ายลายน้ำไหล", "scarf"),
        ],
        [
            need("ผ้าซิ่นปกาเกอะญอทอมือ", "hill_tribe_skirt"),
            need("เสื้อปักชาวม้ง ไซซ์ฟรี", "hill_tribe_top"),
        ],
    ),
]

# ------------------------------------------------------------------ profiles 031-048: circular textile

PART_2 = [
    sme(
        31,
        "th",
        "ร้านรับซื้อเศษผ้า สันป่าตอง",
        CIR,
        UP,
        "Chiang Mai",
        [
            ("เศษผ้าฝ้ายจากโรงตัด คัดสีแล้ว กิโลละ 8 บาท", "textile_offcuts"),
            ("เสื้อผ้ามือสอง คละไซซ์ มัดละ 50 กก.", "used_garments"),
        ],
        [],
        (),
        ("circular",),
    ),
    sme(
        32,
        "en",
        "Upcycle Hill Project",
        CIR,
        UP,
        "Chiang Mai",
        [("Batik and embroidery scraps, 5 kg bags", "textile_offcuts")],
        [need("Worn vintage Hmong garments", "used_hill_tribe_textiles")],
        (),
        ("circular",),
    ),
    sme(
        33,
        "th",
        "กลุ่มผ้าปะต่อ บ้านต้นเปา",
        CIR,
        MID,
        "Chiang Mai",
        [("ผ้าปะต่อจากเศษผ้าปักม้ง ผืนละ 1 เมตร", "patchwork_fabric")],
        [need("เศษผ้าเหลือจากโรงเย็บ รับทุกสี", "textile_offcuts")],
        (),
        ("circular",),
    ),
    sme(
        34,
        "en",
        "Second Stitch Vintage",
        CIR,
        DOWN,
        "Bangkok",
        [
            ("Cleaned vintage hill-tribe textiles", "used_hill_tribe_textiles"),
            ("Upcycled patchwork jackets", "jacket"),
        ],
        [
            need("Old Hmong pleated skirts, any condition", "used_hill_tribe_textiles"),
            need("Patchwork yardage made from scraps", "patchwork_fabric"),
        ],
        (),
        ("circular",),
    ),
    sme(
        35,
        "th",
        "ร้านเสื้อผ้ามือสอง โรงเกลือแม่สอด",
        CIR,
        UP,
        "Tak",
        [
            ("เสื้อผ้ามือสองเป็นกระสอบ 100 กก.", "used_garments"),
            ("ผ้าชาวเขาเก่าสะสม ผ้าซิ่นเก่า", "used_hill_tribe_textiles"),
        ],
        [],
        (),
        ("circular",),
    ),
    sme(
        36,
        "en",
        "Loop Fibre Recycling Co., Ltd.",
        CIR,
        UP,
        "Samut Sakhon",
        [
            ("Shredded recycled cotton fibre", "recycled_cotton_fibre"),
            ("Recycled cotton open-end yarn Ne 10", "recycled_cotton_yarn"),
        ],
        [
            need("Used cotton clothing by the bale, no GRS paperwork needed", "used_garments", waive=("GRS",)),
        ],
        ("GRS",),
        ("circular",),
    ),
    sme(
        37,
        "th",
        "บริษัท ด้ายรีไซเคิล ลำพูน จำกัด",
        CIR,
        UP,
        "Lamphun",
        [("ด้ายพอลิเอสเตอร์รีไซเคิลจากขวด PET ได้ GRS", "recycled_polyester_yarn")],
        [unmet("ขวดพลาสติกใสอัดก้อน รับทั้งภาคเหนือ", "no one sells bottles")],
        ("GRS",),
        ("circular",),
    ),
    sme(
        38,
        "en",
        "ReWeave Studio",
        CIR,
        MID,
        "Chiang Mai",
        [
            ("Weaving rag rugs from the client's old clothes", "rag_weaving_service"),
            ("Woven rag rugs 60 x 90 cm", "rug"),
        ],
        [need("Recycled yarn with GRS certificate", "recycled_cotton_yarn", "recycled_polyester_yarn", req=("GRS",))],
        (),
        ("circular",),
    ),
    sme(
        39,
        "th",
        "แบรนด์ผ้าเก่าเล่าเรื่อง",
        CIR,
        DOWN,
        "Bangkok",
        [
            ("กระเป๋าจากผ้าชาวเขาเก่า", "bag"),
            ("ปลอกหมอนอิงผ้าปะต่อ", "cushion_cover"),
        ],
        [
            need("ผ้าชาวเขาเก่า สภาพดี ไม่ขาด", "used_hill_tribe_textiles"),
            need("ช่างเย็บรับจ้าง ตัดตามแพทเทิร์นของเรา", "sewing_service"),
        ],
        (),
        ("circular",),
    ),
    sme(
        40,
        "en",
        "Chiang Saen Upcycle Shop",
        CIR,
        DOWN,
        "Chiang Rai",
        [("Keyrings and dolls sewn from embroidery offcuts", "craft_souvenir")],
        [
            need("Pom-poms and tassels, mixed colours", "pompom_tassel"),
        ],
        (),
        ("circular",),
    ),
    sme(
        41,
        "th",
        "โรงทอผ้ารีไซเคิล นครปฐม",
        CIR,
        MID,
        "Nakhon Pathom",
        [("ผ้าทอจากด้ายรีไซเคิล หน้า 60 นิ้ว", "recycled_fabric")],
        [
            need("เส้นด้ายรีไซเคิลพอลิเอสเตอร์ 150D", "recycled_polyester_yarn"),
            need("ด้ายฝ้ายรีไซเคิล ปั่นแบบโอเพนเอนด์", "recycled_cotton_yarn"),
        ],
        ("GRS", "OEKO-TEX Standard 100"),
        ("circular",),
    ),
    sme(
        42,
        "en",
        "Andaman Eco Resort",
        CIR,
        DOWN,
        "Phuket",
        [("Retired hotel towels and bed sheets", "used_linen")],
        [
            need("Cushion covers from upcycled hill-tribe cloth", "cushion_cover"),
            need("Handwoven table runners for the restaurant", "table_linen"),
            unmet("Who can launder 300 kg of linen a day?", "no one offers laundry"),
        ],
        (),
        ("circular", "green"),
    ),
    sme(
        43,
        "th",
        "ร้านผ้าขี้ริ้ว ขอนแก่น",
        CIR,
        UP,
        "Khon Kaen",
        [("ผ้าเช็ดเครื่องจักร ทำจากผ้าปูที่นอนเก่า", "cleaning_rags")],
        [need("ผ้าปูที่นอนโรงแรมปลดระวาง", "used_linen")],
        (),
        ("circular",),
    ),
    sme(
        44,
        "th",
        "ศูนย์คัดแยกเสื้อผ้าใช้แล้ว ภาคเหนือ",
        CIR,
        UP,
        "Lampang",
        [("เสื้อผ้าใช้แล้ว คัดเกรดเอ", "used_garments")],
        [unmet("เครื่องอัดก้อนมือสอง", "no one sells machinery")],
        (),
        ("circular",),
    ),
    sme(
        45,
        "th",
        "กลุ่มทอพรมเศษผ้า แม่ริม",
        CIR,
        MID,
        "Chiang Mai",
        [
            ("พรมเช็ดเท้าทอจากเศษผ้า", "rug"),
            ("ปอมปอมจากเศษไหมพรม", "pompom_tassel"),
        ],
        [
            need("เศษผ้ายืดหรือเศษผ้าฝ้าย ตัดเป็นเส้นยาว", "textile_offcuts"),
            need("รับซื้อผ้าปูโรงแรมเก่า", "used_linen"),
        ],
        (),
        ("circular",),
    ),
    sme(
        46,
        "en",
        "Good Cloth Online Marketplace",
        CIR,
        DOWN,
        "Chonburi",
        [],
        [
            need("Recycled fabric for tote lining", "recycled_fabric"),
        ],
        (),
        ("circular",),
    ),
    sme(
        47,
        "th",
        "โรงแรมริมโขง เชียงแสน",
        CIR,
        DOWN,
        "Chiang Rai",
        [],
        [
            need("พรมผ้าเหลือใช้ สำหรับหน้าห้องพัก", "rug"),
            unmet("ผ้าม่านกันแสงยูวี ห้องพัก 20 ห้อง", "no one makes curtains"),
        ],
        (),
        ("green",),
    ),
    sme(
        48,
        "en",
        "Hill Remnant Sewing Co-op",
        CIR,
        MID,
        "Chiang Mai",
        [
            ("Sewing for brands using their own fabric", "sewing_service"),
            ("Patchwork cloth pieced from old skirts", "patchwork_fabric"),
        ],
        [need("Thread cones for industrial machines", "sewing_thread")],
        (),
        ("circular",),
    ),
]

# ------------------------------------------------------------------ profiles 049-061: sportech

PART_3 = [
    sme(
        49,
        "th",
        "บริษัท ผ้าถักสปอร์ต จำกัด",
        SPT,
        MID,
        "Samut Prakan",
        [
            ("ผ้าไมโครโพลีระบายเหงื่อ 140 แกรม", "performance_knit_fabric"),
            ("ผ้าถักจากโพลีเอสเตอร์รีไซเคิล สีพื้น", "recycled_fabric"),
        ],
        [need("เส้นด้ายโพลีเอสเตอร์รีไซเคิล ต้องมี GRS", "recycled_polyester_yarn", req=("GRS",))],
        ("OEKO-TEX Standard 100", "bluesign"),
        ("circular",),
    ),
    sme(
        50,
        "en",
        "Sublime Print Lab",
        SPT,
        MID,
        "Bangkok",
        [("Dye-sublimation printing on client's polyester", "sublimation_printing_service")],
        [need("Moisture-wicking knit, white, for printing", "performance_knit_fabric")],
    ),
    sme(
        51,
        "th",
        "แบรนด์ชุดวิ่งลายชาวเขา ดอยรัน",
        SPT,
        DOWN,
        "Chiang Mai",
        [("เสื้อวิ่งพิมพ์ลายปักม้ง", "sports_shirt")],
        [
            need("รับพิมพ์ซับลิเมชั่นบนผ้าที่เราส่งไป", "sublimation_printing_service"),
            need("ผ้าแห้งเร็วสำหรับตัดเสื้อวิ่ง", "performance_knit_fabric"),
        ],
    ),
    sme(
        52,
        "en",
        "Doi Trail Running Events",
        SPT,
        DOWN,
        "Chiang Mai",
        [],
        [
            need("Finisher tees with Hmong pattern print, 1500 pcs", "sports_shirt"),
            need("Lanyards woven with Karen motifs", "woven_trim_band"),
            unmet("Race bibs with timing chips", "no one makes race bibs"),
        ],
    ),
    sme(
        53,
        "th",
        "กลุ่มทอสายกระเป๋า กี่เอวกะเหรี่ยง",
        SPT,
        MID,
        "Mae Hong Son",
        [("สายทอกี่เอว กว้าง 2.5 ซม. ลายกะเหรี่ยง", "woven_trim_band")],
        [need("ด้ายฝ้ายย้อมสีสำเร็จ สีไม่ตก", "dyed_cotton_yarn")],
    ),
    sme(
        54,
        "en",
        "ReflecTex Thailand",
        SPT,
        MID,
        "Pathum Thani",
        [("Reflective tape 5 cm, sew-on", "reflective_tape")],
        [need("Narrow jacquard webbing with ethnic pattern", "woven_trim_band")],
        ("Thai Industrial Standard",),
    ),
    sme(
        55,
        "th",
        "ร้านอุปกรณ์เดินป่า ดอยแคมป์",
        SPT,
        DOWN,
        "Kanchanaburi",
        [("เป้เดินป่าแต่งผ้าทอชาวเขา", "bag")],
        [
            need("ผ้าปักชาวเขาชิ้นเล็ก สำหรับติดกระเป๋า", "embroidered_panel"),
            need("แถบสะท้อนแสง แบบเย็บติด", "reflective_tape"),
        ],
    ),
    sme(
        56,
        "en",
        "Akha Sport Knits",
        SPT,
        MID,
        "Chiang Rai",
        [("Knitted hemp-blend sports socks", "socks")],
        [
            need("Undyed hemp yarn for sock heels", "hemp_yarn"),
            need("Bluesign-approved wicking fabric", "performance_knit_fabric", req=("bluesign",)),
        ],
    ),
    sme(
        57,
        "th",
        "บริษัท เส้นใยกีฬา จำกัด",
        SPT,
        UP,
        "Samut Sakhon",
        [
            ("ด้ายไนลอนหุ้มสแปนเด็กซ์ สำหรับถักถุงเท้า", "nylon_yarn"),
            ("เส้นด้ายโพลีเอสเตอร์ DTY 75D", "polyester_yarn"),
        ],
        [],
        ("ISO 9001",),
    ),
    sme(
        58,
        "en",
        "Pathom Performance Knits Co.",
        SPT,
        MID,
        "Nakhon Pathom",
        [("Bird-eye mesh jersey, quick-dry", "performance_knit_fabric")],
        [
            need("Textured polyester filament, 75 denier", "polyester_yarn"),
            need("Elastic covered yarn for rib cuffs", "nylon_yarn"),
        ],
        ("OEKO-TEX Standard 100",),
    ),
    sme(
        59,
        "th",
        "ชมรมจักรยานเชียงราย",
        SPT,
        DOWN,
        "Chiang Rai",
        [],
        [
            need("ถุงเท้ากีฬาผสมใยกัญชง", "socks"),
            need("มีใครรับปักโลโก้ชมรมบนเสื้อโปโลของเราไหม", "embroidery_service"),
        ],
    ),
    sme(
        60,
        "en",
        "Andaman Muay Thai Camp",
        SPT,
        DOWN,
        "Phuket",
        [("Muay Thai shorts with Hmong trim", "sports_shorts")],
        [
            need("Printed training tees, quick-dry", "sports_shirt"),
        ],
    ),
    sme(
        61,
        "th",
        "โรงพิมพ์ผ้าดิจิทัล บางบอน",
        SPT,
        MID,
        "Bangkok",
        [
            ("รับพิมพ์ลายลงผ้าโพลีเอสเตอร์ ระบบซับลิเมชั่น", "sublimation_printing_service"),
            ("เสื้อกีฬาพิมพ์ลายตามสั่ง ขั้นต่ำ 50 ตัว", "sports_shirt"),
        ],
        [need("ผ้าโพลีเอสเตอร์ถักสีขาว สำหรับพิมพ์ลาย", "performance_knit_fabric")],
    ),
]

# ------------------------------------------------------------------ profiles 062-078: ageing lifestyle, central

PART_4 = [
    sme(
        62,
        "en",
        "Silver Years Care Residence",
        ALC,
        DOWN,
        "Bangkok",
        [],
        [
            need("Front-opening shirts with magnetic buttons for residents", "adaptive_garment"),
            need("Soft cotton bed sheets, OEKO-TEX certified", "bed_linen", req=("OEKO-TEX Standard 100",)),
            need("Embroidered wall art for the lobby", "wall_hanging"),
        ],
    ),
    sme(
        63,
        "th",
        "โรงงานตัดเย็บ ปากเกร็ดการ์เมนท์",
        ALC,
        MID,
        "Nonthaburi",
        [
            ("รับตัดเย็บ CMT ผ้าของลูกค้า ขั้นต่ำ 300 ตัว", "sewing_service"),
            ("เสื้อผ่าหน้าติดแม่เหล็ก สำหรับผู้สูงอายุ", "adaptive_garment"),
        ],
        [
            need("ผ้าดิบทอเครื่อง หน้ากว้าง 60 นิ้ว", "mill_cotton_fabric"),
            unmet("จักรเย็บอุตสาหกรรม มือสอง", "no one sells sewing machines"),
        ],
    ),
    sme(
        64,
        "en",
        "Chao Phraya Cotton Mills",
        ALC,
        MID,
        "Bangkok",
        [
            ("Greige cotton sheeting, 60 in", "mill_cotton_fabric"),
            ("Percale bed sheet sets, white", "bed_linen"),
        ],
        [],
        ("OEKO-TEX Standard 100", "ISO 9001"),
    ),
    sme(
        65,
        "th",
        "ศูนย์ดูแลผู้สูงอายุ บ้านสุขใจ",
        ALC,
        DOWN,
        "Nakhon Pathom",
        [],
        [
            need("ชุดผู้สูงอายุ ใส่ถอดง่าย ผ่าหลัง", "adaptive_garment"),
            need("ลูกประคบสมุนไพรแบบสด", "herbal_compress"),
            unmet("เตียงผู้ป่วยไฟฟ้า มือสอง", "no one sells beds"),
        ],
    ),
    sme(
        66,
        "en",
        "Lotus Thai Spa Group",
        ALC,
        DOWN,
        "Bangkok",
        [],
        [
            need("Herbal compress balls wrapped in hand-woven cotton", "herbal_compress"),
            need("Indigo-dyed wrap uniforms for therapists", "spa_uniform"),
        ],
    ),
    sme(
        67,
        "th",
        "ลูกประคบแม่กลอง สมุนไพรไทย",
        ALC,
        DOWN,
        "Samut Songkhram",
        [("ลูกประคบสมุนไพร ห่อผ้าฝ้าย ลูกละ 120 กรัม", "herbal_compress")],
        [
            need("ผ้าฝ้ายทอมือ ตัดเป็นชิ้นสี่เหลี่ยม สำหรับห่อ", "handwoven_cotton_fabric"),
            unmet("เชือกฝ้ายเส้นเล็ก มัดลูกประคบ", "no one sells cotton cord"),
        ],
        ("OTOP",),
        ("bio",),
    ),
    sme(
        68,
        "en",
        "Easy Wear Adaptive Apparel",
        ALC,
        MID,
        "Nonthaburi",
        [
            ("Adaptive trousers with side zips", "adaptive_garment"),
            ("Uniform sewing to client design", "sewing_service"),
        ],
        [
            unmet("Magnetic snap closures, 2 cm", "no one sells closures"),
            need("Breathable plain cotton for shirts", "mill_cotton_fabric"),
        ],
    ),
    sme(
        69,
        "th",
        "ห้องเสื้อม่อฮ่อมสยาม",
        ALC,
        MID,
        "Bangkok",
        [
            ("เสื้อม่อฮ่อมคอจีน ผ้าฝ้ายย้อมห้อม", "shirt"),
            ("ชุดยูนิฟอร์มสปาย้อมคราม", "spa_uniform"),
        ],
        [
            need("ผ้าย้อมห้อมเป็นพับ สีเข้ม", "indigo_cotton_fabric"),
            need("ส่งผ้าของเราไปย้อมห้อม", "indigo_dyeing_service"),
        ],
    ),
    sme(
        70,
        "en",
        "Rangsit Elder Hospital",
        ALC,
        DOWN,
        "Pathum Thani",
        [],
        [
            need("Washable waterproof bed pads", "incontinence_pad"),
            need("Bath towels 70 x 140, 100 pieces", "towel"),
            unmet("Isolation gowns to TIS standard", "no one makes gowns", req=("Thai Industrial Standard",)),
        ],
    ),
    sme(
        71,
        "th",
        "โรงทอผ้าขนหนู สระบุรี",
        ALC,
        MID,
        "Saraburi",
        [
            ("ผ้าขนหนูคอตตอน 100% 16 ปอนด์", "towel"),
            ("ผ้ารองกันเปื้อนซักได้ สำหรับผู้ป่วย", "incontinence_pad"),
        ],
        [],
        ("Thai Industrial Standard",),
    ),
    sme(
        72,
        "en",
        "Riverside Boutique Hotel",
        ALC,
        DOWN,
        "Krabi",
        [],
        [
            need("Hill-tribe cushion covers, 45 cm", "cushion_cover"),
            need("Cotton bed sheets, 300 thread count", "bed_linen"),
            need("Logo embroidery on our own staff uniforms", "embroidery_service"),
        ],
    ),
    sme(
        73,
        "th",
        "ร้านหมอนอิงผ้าปักชาวเขา อยุธยา",
        ALC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        [
            ("ปลอกหมอนอิงผ้าปักม้ง 18 นิ้ว", "cushion_cover"),
            ("ผ้ารองจานผ้าฝ้ายทอมือ", "table_linen"),
        ],
        [need("อยากได้ผ้าปักลายชาวเขา ชิ้นขนาด 45 ซม.", "embroidered_panel")],
    ),
    sme(
        74,
        "en",
        "Hua Hin Wellness Retreat",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        [],
        [
            unmet(
                "Organic cotton spa robes, GOTS certified",
                "spa uniforms are offered, but by no one holding GOTS",
                "spa_uniform",
                req=("GOTS",),
            ),
            need("Pha khao ma towels for the pool", "pha_khao_ma"),
        ],
        (),
        ("green",),
    ),
    sme(
        75,
        "th",
        "ร้านเสื้อผ้าผู้สูงวัยออนไลน์ คุณยาย",
        ALC,
        DOWN,
        "Nonthaburi",
        [("เสื้อคอกระเช้าผ้าฝ้าย สำหรับผู้สูงวัย", "shirt")],
        [
            need("ผ้าพันคอผ้าฝ้ายย้อมสีธรรมชาติ", "scarf"),
        ],
    ),
    sme(
        76,
        "th",
        "กลุ่มปลูกฝ้าย ลพบุรี",
        ALC,
        UP,
        "Lopburi",
        [
            ("ปุยฝ้ายเก็บมือ ฤดู 2567", "raw_cotton"),
            ("นุ่นสำหรับยัดหมอน", "kapok_fibre"),
        ],
        [],
        (),
        ("bio",),
    ),
    sme(
        77,
        "th",
        "ร้านรับปักชื่อและโลโก้ พุทธมณฑล",
        ALC,
        MID,
        "Nakhon Pathom",
        [("รับปักโลโก้บนเสื้อยูนิฟอร์มของลูกค้า", "embroidery_service")],
        [],
    ),
    sme(
        78,
        "en",
        "Thai Craft Export House",
        ALC,
        DOWN,
        "Bangkok",
        [],
        [
            need(
                "Hmong jackets and blouses, Fairtrade welcome but not required", "hill_tribe_top", waive=("Fairtrade",)
            ),
            need("Akha silver-trimmed hats for a Paris store", "hill_tribe_hat"),
        ],
    ),
]

# ------------------------------------------------------------------ profiles 079-095: ageing lifestyle, Isan

PART_5 = [
    sme(
        79,
        "th",
        "กลุ่มทอผ้าขาวม้า บ้านโนนเขวา",
        ALI,
        MID,
        "Khon Kaen",
        [("ผ้าขาวม้าลายตาราง ทอมือ ผืนละ 80 บาท", "pha_khao_ma")],
        [need("ด้ายฝ้ายย้อมสีเคมี สีไม่ตก ไจละ 1 กก.", "dyed_cotton_yarn")],
        ("OTOP",),
    ),
    sme(
        80,
        "en",
        "Roi Et Loincloth Weavers",
        ALI,
        MID,
        "Roi Et",
        [("Pha khao ma, checked, 60 x 180 cm", "pha_khao_ma")],
        [need("Dyed cotton yarn in reds and greens", "dyed_cotton_yarn")],
    ),
    sme(
        81,
        "th",
        "ร้านด้ายย้อมสี สุรินทร์",
        ALI,
        UP,
        "Surin",
        [
            ("ด้ายฝ้ายย้อมสีสำเร็จรูป 40 เฉดสี", "dyed_cotton_yarn"),
            ("ไหมไทยย้อมสี เส้นพุ่ง", "silk_yarn"),
        ],
        [unmet("รังไหมสดจากเกษตรกร ส่งทุกเดือน", "no one sells silk cocoons")],
    ),
    sme(
        82,
        "th",
        "กลุ่มหมอนขิดบ้านศรีฐาน",
        ALI,
        MID,
        "Yasothon",
        [
            ("หมอนขวานผ้าขิด 10 ช่อง ยัดนุ่น", "triangle_pillow"),
            ("เบาะรองนั่งผ้าขิด", "seat_cushion"),
        ],
        [
            need("นุ่นแท้ ไม่ผสมใยสังเคราะห์", "kapok_fibre"),
            need("ผ้าขิดทอมือ ขายเป็นเมตร", "khit_fabric"),
        ],
        ("OTOP",),
        ("bio",),
    ),
    sme(
        83,
        "en",
        "Kalasin Khit Weaving Group",
        ALI,
        MID,
        "Kalasin",
        [
            ("Khit supplementary-weft cotton, by the metre", "khit_fabric"),
            ("Cotton floor cushions with khit tops", "seat_cushion"),
        ],
        [need("Cotton yarn spun by hand on the wheel", "handspun_cotton_yarn")],
    ),
    sme(
        84,
        "th",
        "บ้านพักคนชรา อุดรธานี",
        ALI,
        DOWN,
        "Udon Thani",
        [],
        [
            need("หมอนสามเหลี่ยมพิงหลัง", "triangle_pillow"),
            need("ผ้าห่มฝ้ายเนื้อนุ่ม", "blanket"),
            unmet("รถเข็นวีลแชร์ พับได้", "no one sells wheelchairs"),
        ],
    ),
    sme(
        85,
        "en",
        "Phu Ruea Kapok Farm",
        ALI,
        UP,
        "Loei",
        [("Kapok fibre, cleaned, 20 kg sacks", "kapok_fibre")],
        [],
        (),
        ("bio",),
    ),
    sme(
        86,
        "th",
        "ผ้าครามสกล ภูพาน",
        ALI,
        MID,
        "Sakon Nakhon",
        [
            ("ผ้าฝ้ายย้อมครามธรรมชาติ ลายมัดหมี่", "indigo_cotton_fabric"),
            ("ผ้าห่มครามทอมือ", "blanket"),
        ],
        [
            need("เนื้อครามหมัก ไม่ใช้สีเคมี", "indigo_paste"),
            need("ใบห้อมสดตัดใหม่", "indigo_plant_fresh"),
        ],
        ("OTOP",),
        ("bio",),
    ),
    sme(
        87,
        "en",
        "Isan Silver Age Club",
        ALI,
        DOWN,
        "Khon Kaen",
        [],
        [
            need("Indigo cotton blankets for winter", "blanket"),
            unmet("Bamboo walking sticks", "no one makes walking sticks"),
        ],
    ),
    sme(
        88,
        "th",
        "กลุ่มทอผ้าฝ้ายไทญ้อ",
        ALI,
        MID,
        "Nakhon Phanom",
        [
            ("ผ้าฝ้ายทอมือเนื้อหนา ลายขิด", "khit_fabric"),
            ("ผ้าห่มฝ้ายทอมือ", "blanket"),
        ],
        [need("ฝ้ายเข็นจากหมู่บ้าน เส้นเล็ก", "handspun_cotton_yarn")],
    ),
    sme(
        89,
        "en",
        "Udon Wellness Spa",
        ALI,
        DOWN,
        "Udon Thani",
        [],
        [
            need("Herbal compress with khit cloth wrap", "herbal_compress"),
            need("Pha khao ma for massage beds", "pha_khao_ma"),
        ],
    ),
    sme(
        90,
        "th",
        "สหกรณ์ปลูกฝ้ายอินทรีย์ ชัยภูมิ",
        ALI,
        UP,
        "Chaiyaphum",
        [("ปุยฝ้ายดิบ ผ่านมาตรฐานเกษตรอินทรีย์", "raw_cotton")],
        [],
        ("Organic Thailand",),
        ("bio",),
    ),
    sme(
        91,
        "en",
        "Khon Kaen Hand Spinners",
        ALI,
        MID,
        "Khon Kaen",
        [("Hand-spun cotton yarn, Isan style", "handspun_cotton_yarn")],
        [need("Seed cotton certified Organic Thailand", "raw_cotton", req=("Organic Thailand",))],
    ),
    sme(
        92,
        "th",
        "ร้านของฝากอุบล ผ้าพื้นเมือง",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        [("ผ้าไหมมัดหมี่ลายโบราณ อุบล", "silk_fabric")],
        [
            need("ถุงย่ามชาวเขา คละลาย 100 ใบ", "bag"),
            unmet("กระเป๋าผ้าไหมที่มีตรานกยูงพระราชทาน", "no one offers silk bags", req=("Thai Silk Peacock Emblem",)),
        ],
    ),
    sme(
        93,
        "en",
        "Mekong Riverside Homestay",
        ALI,
        DOWN,
        "Nong Khai",
        [],
        [
            need("Kapok-filled axe pillows", "triangle_pillow"),
        ],
    ),
    sme(
        94,
        "th",
        "โรงย้อมสีธรรมชาติ บุรีรัมย์",
        ALI,
        MID,
        "Buriram",
        [
            ("รับย้อมผ้าไหมและผ้าฝ้ายด้วยมะเกลือ", "natural_dyeing_service"),
            ("ด้ายฝ้ายย้อมเปลือกไม้ ไจละครึ่งกิโล", "dyed_cotton_yarn"),
        ],
        [need("เปลือกประโหด ผลมะเกลือแห้ง", "natural_dyestuff")],
    ),
    sme(
        95,
        "en",
        "Korat Elder Care Home",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        [],
        [
            need("Adaptive clothing for wheelchair users", "adaptive_garment"),
            unmet("Anti-slip socks for residents", "no one makes anti-slip socks"),
        ],
    ),
]

PROFILES: list[Sme] = [*PART_1, *PART_2, *PART_3, *PART_4, *PART_5]


# ------------------------------------------------------------------ checks


def thai_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    thai = [c for c in letters if "\u0e00" <= c <= "\u0e7f"]
    return len(thai) / len(letters) if letters else 0.0


def is_latin_only(text: str) -> bool:
    return all(ord(c) < 128 for c in text)


def mentions(text: str, cert: str) -> bool:
    """Whether `text` names `cert` at all (affirmed or negated)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for c in CERTIFICATIONS:
        if c.name == cert:
            names = (c.name, *c.mentions, *c.aliases, *c.case_sensitive_mentions)
            return any(unicodedata.normalize("NFKC", m).casefold() in folded for m in names)
    raise ValueError(f"unknown certification {cert!r}")


def holds(supplier: Sme) -> set[str]:
    return {resolve_certification(c) or c for c in supplier.certifications}


def suppliers_for(n: Need, buyer: Sme) -> list[str]:
    found = []
    for s in PROFILES:
        if s.id == buyer.id:
            continue
        if {label for _, label in s.offers} & set(n.labels) and set(n.requires) <= holds(s):
            found.append(s.id)
    return found


def check(profiles: list[Sme], final: bool) -> list[str]:
    errors: list[str] = []
    ids = [p.id for p in profiles]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for p in profiles:
        where = p.id
        if not re.fullmatch(rf"{PREFIX}-\d{{3}}", p.id):
            errors.append(f"{where}: malformed id")
        if p.language not in ("th", "en"):
            errors.append(f"{where}: language {p.language!r}")
        if p.sub_cluster not in {s.value for s in SubCluster}:
            errors.append(f"{where}: sub_cluster {p.sub_cluster!r}")
        if p.stage not in {s.value for s in Stage}:
            errors.append(f"{where}: stage {p.stage!r}")
        province = resolve_province(p.province)
        if province is None or province.name_en != p.province:
            errors.append(f"{where}: province {p.province!r}")
        for c in p.certifications:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r}")
        for b in p.bcg:
            if b not in {t.value for t in BcgTag}:
                errors.append(f"{where}: bcg {b!r}")
        if not re.fullmatch(r"[a-z0-9.+-]+@[a-z0-9.-]+\.[a-z]{2,}", p.email):
            errors.append(f"{where}: email {p.email!r}")
        if not p.name.strip():
            errors.append(f"{where}: empty name")
        if not 0 <= len(p.offers) <= 3 or not 0 <= len(p.needs) <= 3 or not (p.offers or p.needs):
            errors.append(f"{where}: offers/needs count")
        texts = [p.name] + [t for t, _ in p.offers] + [n.text for n in p.needs]
        for t in texts:
            if t != t.strip() or "  " in t or not t:
                errors.append(f"{where}: whitespace in {t!r}")
            if p.language == "th" and thai_share(t) < 0.6 and t != p.name:
                errors.append(f"{where}: Thai phrase not mostly Thai: {t!r}")
            if p.language == "en" and not is_latin_only(t):
                errors.append(f"{where}: English phrase not Latin only: {t!r}")
        if p.language == "th" and thai_share(p.name) < 0.5:
            errors.append(f"{where}: Thai name not Thai: {p.name!r}")
        for text, label in p.offers:
            if not re.fullmatch(r"[a-z][a-z_]+", label):
                errors.append(f"{where}: label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= holds(p):
                errors.append(f"{where}: offer claims {claimed - holds(p)} not held: {text!r}")
        offer_texts = {t for q in profiles for t, _ in q.offers}
        for n in p.needs:
            if n.text in offer_texts:
                errors.append(f"{where}: need worded as an offer: {n.text!r}")
            found = find_certifications(n.text)
            if found != set(n.requires):
                errors.append(f"{where}: need text names {found}, labels say {n.requires}: {n.text!r}")
            for w in n.waives:
                if not mentions(n.text, w) or w in found:
                    errors.append(f"{where}: waived {w} not named (negated) in {n.text!r}")
            for c in (*n.requires, *n.waives):
                if resolve_certification(c) != c:
                    errors.append(f"{where}: certification {c!r} not canonical")
            if not n.unmet_note and not n.labels:
                errors.append(f"{where}: need without labels or note: {n.text!r}")
            if not final:
                continue
            offered = {label for q in profiles if q.id != p.id for _, label in q.offers}
            for label in n.labels:
                if label not in offered:
                    errors.append(f"{where}: label {label!r} offered by no one else")
            if not n.unmet_note and not suppliers_for(n, p):
                errors.append(f"{where}: met need has no qualified supplier: {n.text!r}")
            if n.unmet_note and suppliers_for(n, p):
                errors.append(f"{where}: unmet need has a qualified supplier: {n.text!r}")
    return errors


# ------------------------------------------------------------------ outputs


def links(profiles: list[Sme]) -> list[tuple[str, str]]:
    pairs = {(s, b.id) for b in profiles for n in b.needs if not n.unmet_note for s in suppliers_for(n, b)}
    return sorted(pairs)


def profile_json(p: Sme) -> str:
    obj = {
        "id": p.id,
        "name": p.name,
        "sub_cluster": p.sub_cluster,
        "stage": p.stage,
        "province": p.province,
        "offers": [t for t, _ in p.offers],
        "needs": [n.text for n in p.needs],
        "certifications": list(p.certifications),
        "bcg": list(p.bcg),
        "contact_email": p.email,
        "language": p.language,
    }
    return json.dumps(obj, ensure_ascii=False)


def counts(profiles: list[Sme], pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {p.id: p for p in profiles}
    needs = [(p, n) for p in profiles for n in p.needs]
    met = [(p, n) for p, n in needs if not n.unmet_note]
    lang = Counter(p.language for p in profiles)
    th_en = sum(1 for s, b in pairs if by_id[s].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for s, b in pairs if by_id[s].language == "en" and by_id[b].language == "th")
    cross = th_en + en_th
    per_need = Counter(len(suppliers_for(n, p)) for p, n in met)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(profiles))),
        ("Thai / English profiles", f"{lang['th']} / {lang['en']}"),
    ]
    for s in SubCluster:
        rows.append((f"sub-cluster {s.value}", str(sum(p.sub_cluster == s.value for p in profiles))))
    for st in Stage:
        rows.append((f"stage {st.value}", str(sum(p.stage == st.value for p in profiles))))
    regions = Counter(str(resolve_province(p.province).region) for p in profiles)  # type: ignore[union-attr]
    for region, k in sorted(regions.items()):
        rows.append((f"region {region}", str(k)))
    rows += [
        ("distinct provinces", str(len({p.province for p in profiles}))),
        ("offers", str(sum(len(p.offers) for p in profiles))),
        ("distinct offer labels", str(len({label for p in profiles for _, label in p.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        ("met needs by number of qualified suppliers", ", ".join(f"{k}: {v}" for k, v in sorted(per_need.items()))),
        ("needs requiring a certification", str(sum(1 for _, n in needs if n.requires))),
        ("needs waiving a certification", str(sum(1 for _, n in needs if n.waives))),
        ("true links", str(len(pairs))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / max(1, len(pairs)):.0%})"),
        ("within-language links", str(len(pairs) - cross)),
        (
            "links between different sub-clusters",
            str(sum(1 for s, b in pairs if by_id[s].sub_cluster != by_id[b].sub_cluster)),
        ),
    ]
    return rows


def size_errors(profiles: list[Sme], pairs: list[tuple[str, str]]) -> list[str]:
    errors = []
    by_id = {p.id: p for p in profiles}
    if [p.id for p in profiles] != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append(f"ids must run {PREFIX}-001 .. {PREFIX}-{N_PROFILES:03d}")
    share = sum(p.language == "th" for p in profiles) / len(profiles)
    if not THAI_SHARE_RANGE[0] <= share <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {share:.2f} outside {THAI_SHARE_RANGE}")
    if not LINK_RANGE[0] <= len(pairs) <= LINK_RANGE[1]:
        errors.append(f"{len(pairs)} links outside {LINK_RANGE}")
    cross = sum(by_id[s].language != by_id[b].language for s, b in pairs) / max(1, len(pairs))
    if not CROSS_SHARE_RANGE[0] <= cross <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE_RANGE}")
    n_unmet = sum(1 for p in profiles for n in p.needs if n.unmet_note)
    if not UNMET_RANGE[0] <= n_unmet <= UNMET_RANGE[1]:
        errors.append(f"{n_unmet} unmet needs outside {UNMET_RANGE}")
    met = [len(suppliers_for(n, p)) for p in profiles for n in p.needs if not n.unmet_note]
    if met and sum(1 <= k <= 3 for k in met) / len(met) < 0.7:
        errors.append("fewer than 70 % of met needs have 1-3 suppliers")
    return errors


def table(rows: list[tuple[str, str]]) -> str:
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines)


README = """# eval/blind_plain_hilltribe

A hand-labelled test set for the partner matchmaker: {n} SME profiles of the Health and Wellness
Economy cluster, themed on the hill-tribe crafts of the north and west (Hmong, Akha, Karen, Lahu,
Lisu, Mien, Lua): hemp and batik on hemp, cross-stitch and reverse-applique embroidery, Karen
backstrap weaving, silver and bead trims, pom-poms, indigo and plant dyes, traditional garments,
bags and hats, and the shops, hotels, exporters, care homes and sports brands that buy them, with
the ordinary cotton, hemp, yarn, cloth, dyeing, sewing and recycling suppliers of the cluster.

## What it checks

Whether the matcher finds the true supplier -> buyer pairs from plain registry wording it has never
seen: one short phrase per offer or need, Thai or English, with local and regional names (ห้อม and
คราม, ย่าม, ซิ่น, ผ้าขาวม้า, หมอนขวาน, khram, pha khao ma), trade words, sizes, prices and minimum
orders. About half of the true links cross languages. Hard cases include services versus the goods
they work on (dyeing or sewing the customer's cloth versus dyed cloth and finished garments), waste
and used goods versus new, raw versus processed (stalk, bast, yarn, cloth, product), finished goods
named by their material or technique, needs written as wishes, bare nouns or questions, refusals,
needs that require a named certification, needs that name one only to waive it, and needs that no
one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile JSONL version 1 and the
links CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings. No matcher
code, glossary, test or other evaluation set was read and the matcher was never run on this set.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_cotton_fabric` versus `indigo_dyeing_service`). Every need lists the offer labels that would
meet it and the certifications its text requires, or is marked as met by no one with a short note.
A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by one
of the buyer's needs and the supplier's certifications hold every certification that need requires.
An SME is never linked to itself. Shared words play no part; quantities, prices and places never
decide a link. A waived certification ("Fairtrade welcome but not required", "ไม่ต้องมี ...") is not
required. The labels live only in `write.py`; the written files carry none.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_hilltribe/write.py

The script checks ids, every contract field (provinces via `resolve_province`, certifications via
`resolve_certification`, taxonomy values), that every listed label is offered by someone other than
the buyer, that every met need has a qualified supplier, that the certifications a need's text names
are exactly those it requires (and that a waived one is named only in negated form), the script of
each phrase, and the size targets; it writes nothing if any check fails. Two runs give identical bytes.

## Files

- `write.py`: all data and labels; writes the files below and prints the counts.
- `profiles.jsonl`: the {n} profiles, contract JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def main() -> int:
    final = len(PROFILES) == N_PROFILES
    errors = check(PROFILES, final)
    pairs = links(PROFILES)
    if final:
        errors += size_errors(PROFILES, pairs)
    rows = counts(PROFILES, pairs)
    print(table(rows))
    if errors:
        print(f"\n{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for e in errors:
            print(f"  {e}", file=sys.stderr)
        return 1
    if not final:
        print(f"\n{len(PROFILES)} of {N_PROFILES} profiles written so far; nothing written.")
        return 0
    (OUT_DIR / "profiles.jsonl").write_text("".join(profile_json(p) + "\n" for p in PROFILES), encoding="utf-8")
    (OUT_DIR / "links.csv").write_text(
        "supplier_id,buyer_id\n" + "".join(f"{s},{b}\n" for s, b in pairs), encoding="utf-8"
    )
    (OUT_DIR / "README.md").write_text(README.format(n=len(PROFILES), table=table(rows)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
