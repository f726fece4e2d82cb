"""Write the hand-labelled evaluation set eval/blind_plain_courses/.

Theme: courses, training and study tours in textiles, plus the ordinary upstream and
midstream suppliers of the cluster. Every profile, offer label and need label below was
written by hand. The labels live only in this file; the written files carry none.

Run from the repository root:

    .venv/bin/python eval/blind_plain_courses/write.py

It checks the data first and writes nothing if a check fails.
"""

from __future__ import annotations

import json
import sys
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

PREFIX = "bcr"
N_PROFILES = 95
LINKS_MIN, LINKS_MAX = 160, 180

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
CENTRAL = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ISAN = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

# Certification names, canonical as in shared/taxonomy_data/certifications.json.
GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ISO13485 = "ISO 13485"
BLUESIGN = "bluesign"
FSC = "FSC"
GREEN_LABEL = "Thai Green Label"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # a short note when no one in the set meets the need


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


def N(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that the offers carrying one of `labels` meet (with every certification in `req`)."""
    return Need(text, labels, req, waive)


def U(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels`/`req` when a near supplier lacks the certification."""
    return Need(text, labels, req, (), note)


def P(
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


# ---------------------------------------------------------------- part 1: hemp & natural fibre, north and south

PART_1 = [
    P(
        1,
        "th",
        "วิสาหกิจชุมชนกัญชงม้งบ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        "maesamai.hemp@gmail.com",
        [("เปลือกกัญชงลอกแห้ง มัดละ 1 กก.", "hemp_fibre_raw"), ("ด้ายกัญชงเข็นมือ ต่อเส้นแบบม้ง", "hemp_yarn")],
        [
            U("เครื่องขูดเปลือกกัญชง แบบมอเตอร์", "no one offers hemp decorticating machinery"),
            N("อยากเรียนทำแพทเทิร์น ให้แม่บ้านในกลุ่ม", "pattern_cutting_course"),
        ],
        certs=(ORG_TH,),
        bcg=("bio",),
    ),
    P(
        2,
        "en",
        "Mae Chan Hemp Fibre Co., Ltd.",
        HEMP,
        UP,
        "Chiang Rai",
        "sales@maechanhemp.co.th",
        [
            ("Degummed hemp bast fibre, 25 kg bales", "hemp_fibre_raw"),
            ("Hemp yarn Nm 10, mill spun on cones", "hemp_yarn"),
        ],
        [N("Handloom group to weave our yarn into cloth, we send the yarn", "contract_weaving_service")],
        bcg=("bio",),
    ),
    P(
        3,
        "th",
        "กลุ่มทอผ้าใยกัญชงบ้านพบพระ",
        HEMP,
        MID,
        "Tak",
        "phopphra.weave@gmail.com",
        [("ผ้าใยกัญชงทอมือ หน้ากว้าง 40 ซม.", "hemp_fabric"), ("รับจ้างทอ ลูกค้าส่งเส้นด้ายมาเอง", "contract_weaving_service")],
        [N("เส้นป่านเส้นเล็ก สำหรับเส้นยืน", "hemp_yarn"), N("หูกทอผ้า ฟืมใหม่ 2 ชุด", "handloom")],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    P(
        4,
        "en",
        "Lanna Hemp Batik Studio",
        HEMP,
        MID,
        "Chiang Mai",
        "hello@lannahempbatik.com",
        [
            ("Hmong beeswax batik on hemp, 2 m panels", "batik_fabric"),
            ("Batik drawing class with Hmong teachers, half day", "batik_course"),
        ],
        [
            N("undyed hemp yardage for wax resist", "hemp_fabric"),
            N("natural indigo paste, 10-20 kg a month", "natural_indigo_paste"),
            N("hemp fibre with Organic Thailand certificate for a spinning demo", "hemp_fibre_raw", req=(ORG_TH,)),
        ],
        bcg=("bio", "green"),
    ),
    P(
        5,
        "th",
        "ร้านหม้อห้อมแม่นาน ทุ่งโฮ้ง",
        HEMP,
        MID,
        "Phrae",
        "maenan.morhom@gmail.com",
        [
            ("ผ้าหม้อห้อม ย้อมห้อมแท้ พับละ 10 หลา", "indigo_dyed_cotton_fabric"),
            ("รับย้อมห้อม เสื้อหรือผ้าของลูกค้า", "indigo_dyeing_service"),
        ],
        [N("ผ้าดิบทอมือ สีตุ่น ไม่ฟอกขาว", "handwoven_cotton_fabric")],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    P(
        6,
        "th",
        "ไร่ห้อมบ้านนาคูหา",
        HEMP,
        UP,
        "Phrae",
        "nakuha.hom@gmail.com",
        [("ห้อมเปียก หมักแล้ว ถังละ 20 กก.", "natural_indigo_paste"), ("ต้นกล้าห้อม ถุงละ 5 บาท", "indigo_plant_seedlings")],
        [U("ถังหมักสแตนเลส 200 ลิตร", "no one sells fermentation tanks")],
        bcg=("bio",),
    ),
    P(
        7,
        "en",
        "Ping River Craft School",
        HEMP,
        DOWN,
        "Chiang Mai",
        "learn@pingrivercraft.org",
        [
            ("Floor-loom weaving course, 5 days, max 6 students", "weaving_course"),
            ("Natural dye course: indigo, lac, ebony, 3 days", "natural_dye_course"),
            ("Craft sessions for seniors, we come to your care home", "elderly_craft_activity"),
        ],
        [
            N(
                "handspun cotton, Organic Thailand certified, for student practice",
                "handspun_cotton_yarn",
                req=(ORG_TH,),
            ),
            N("sticklac and dried barks - no synthetic dye please", "natural_dye_materials_dried"),
            N("Strobilanthes seedlings for our dye garden", "indigo_plant_seedlings"),
        ],
        bcg=("green",),
    ),
    P(
        8,
        "th",
        "กลุ่มปลูกฝ้ายและเข็นฝ้ายบ้านหนองบัว",
        HEMP,
        UP,
        "Nan",
        "nongbua.faai@gmail.com",
        [("ฝ้ายพื้นเมือง ปุยฝ้ายอีดเมล็ดออกแล้ว", "cotton_lint_raw"), ("ฝ้ายเข็นมือ ฝ้ายตุ่น ฝ้ายขาว", "handspun_cotton_yarn")],
        [N("อยากให้สมาชิกได้เรียนมัดหมี่", "mudmee_course")],
        bcg=("bio",),
    ),
    P(
        9,
        "en",
        "Sanpatong Natural Dye House",
        HEMP,
        MID,
        "Chiang Mai",
        "dye@sanpatongdye.com",
        [
            ("Cotton yarn hand-dyed with lac, marigold, mango bark", "naturally_dyed_cotton_yarn"),
            ("Contract natural dyeing of your yarn or fabric, min 5 kg", "natural_dyeing_service"),
            ("DIY plant-dye kit: mordant, 3 dyes, 2 scarves", "natural_dye_kit"),
        ],
        [
            N("Greige handspun cotton, undyed", "handspun_cotton_yarn"),
            N("homestay partners for visiting dye students", "homestay_group_lodging"),
        ],
        bcg=("bio", "green"),
    ),
    P(
        10,
        "th",
        "ครูบัวจันทร์ ช่างทอผ้าอาวุโส",
        HEMP,
        MID,
        "Chiang Rai",
        "kru.buachan@gmail.com",
        [
            ("รับเป็นวิทยากรสอนทอผ้า ไปสอนถึงที่", "master_weaver_trainer"),
            ("ผ้าซิ่นตีนจก ตัดเย็บพร้อมใส่", "pha_sin_skirt"),
        ],
        [N("เส้นไหม สำหรับทอจก", "silk_yarn")],
        certs=(OTOP,),
    ),
    P(
        11,
        "en",
        "Nimman Textile Tours",
        HEMP,
        DOWN,
        "Chiang Mai",
        "tours@nimmantextile.com",
        [("Day trips to weaving villages, English-speaking guide", "study_tour_weaving_village")],
        [
            N("village homestays that take groups of 10-15", "homestay_group_lodging"),
            N("minivan with driver for our groups", "tour_transport_service"),
        ],
        bcg=("green",),
    ),
    P(
        12,
        "th",
        "โฮมสเตย์บ้านรักไทย ผ้าทอกะเหรี่ยง",
        HEMP,
        DOWN,
        "Mae Hong Son",
        "baanrakthai.stay@gmail.com",
        [
            ("บ้านพักรับคณะดูงาน 20 คน พร้อมอาหาร 3 มื้อ", "homestay_group_lodging"),
            ("รถตู้รับส่งคณะ จากสนามบินแม่ฮ่องสอน", "tour_transport_service"),
        ],
        [N("ด้ายฝ้ายย้อมสีธรรมชาติ หลายสี", "naturally_dyed_cotton_yarn")],
    ),
    P(
        13,
        "en",
        "Lampang Lac Farm",
        HEMP,
        UP,
        "Lampang",
        "lacfarm.lampang@gmail.com",
        [
            ("Sticklac and lac dye powder, per kg", "natural_dye_materials_dried"),
            ("Dried ebony fruit and jackfruit heartwood chips", "natural_dye_materials_dried"),
        ],
        [],
        bcg=("bio",),
    ),
    P(
        14,
        "th",
        "ศูนย์การเรียนรู้ชุมชนบ้านต้นเปา",
        HEMP,
        DOWN,
        "Chiang Mai",
        "tonpao.lc@gmail.com",
        [
            ("ห้องอบรม 40 ที่นั่ง พร้อมโปรเจคเตอร์ ให้เช่ารายวัน", "training_venue_hire"),
            ("หลักสูตรทอผ้าพื้นฐาน 10 วัน", "weaving_course"),
            ("ผ้าฝ้ายทอมือ ฝีมือผู้เรียน ขายเป็นหลา", "handwoven_cotton_fabric"),
        ],
        [N("กี่กระตุก 4 หลัง", "handloom"), N("คู่มือเรียนทอผ้า แจกผู้เรียน", "printed_course_manual")],
    ),
    P(
        15,
        "en",
        "Songkhla Batik Works",
        HEMP,
        MID,
        "Songkhla",
        "order@songkhlabatik.com",
        [
            ("Hand-drawn batik on rayon and cotton, sarong length", "batik_fabric"),
            ("Batik DIY kit: cloth, wax, canting, dyes", "batik_kit"),
        ],
        [
            N("batik wax and copper canting pens", "batik_wax_and_tools"),
            N("sewing contractor to turn our batik into shirts", "cmt_sewing_service"),
        ],
    ),
    P(
        16,
        "th",
        "ร้านเทียนบาติก ปัตตานี",
        HEMP,
        UP,
        "Pattani",
        "batikwax.pattani@gmail.com",
        [
            ("เทียนเขียนผ้า พาราฟินผสมขี้ผึ้ง ก้อนละ 1 กก.", "batik_wax_and_tools"),
            ("จันติ้ง หัวทองเหลือง ทุกขนาด", "batik_wax_and_tools"),
        ],
        [U("สีย้อมบาติกชนิดเย็น ล็อตใหญ่", "no one offers synthetic cold batik dyes")],
    ),
    P(
        17,
        "th",
        "ครูปาเต๊ะ อ่าวนาง",
        HEMP,
        DOWN,
        "Krabi",
        "krupateh.aonang@gmail.com",
        [
            ("เวิร์กช็อปเขียนปาเต๊ะ สำหรับนักท่องเที่ยว 1 ชม.", "tourist_craft_workshop"),
            ("สอนเขียนผ้าบาติก คอร์ส 3 วัน", "batik_course"),
        ],
        [N("ผ้าคอตตอนขาว ผ้าเรยอง เป็นม้วน", "mill_cotton_fabric"), N("เทียนเขียนลาย", "batik_wax_and_tools")],
    ),
    P(
        18,
        "en",
        "Andaman Resort & Spa",
        HEMP,
        DOWN,
        "Phuket",
        "purchasing@andamanresort.com",
        [],
        [
            N("cultural craft activity for guests, weekly", "tourist_craft_workshop"),
            N("staff uniforms in local batik, no OEKO-TEX needed", "staff_uniform", waive=(OEKO,)),
            N("amenity pouches made from fabric offcuts", "upcycled_patchwork_products"),
        ],
        bcg=("green",),
    ),
    P(
        19,
        "th",
        "สวนหม่อนไหมแม่แตง",
        HEMP,
        UP,
        "Chiang Mai",
        "maetaeng.silk@gmail.com",
        [("รังไหมสด พันธุ์ไทยพื้นบ้าน", "silk_cocoons"), ("เส้นไหมสาวมือ ไหมน้อย", "silk_yarn")],
        [N("ใครรับย้อมไหมด้วยครั่งบ้าง", "natural_dyeing_service")],
        bcg=("bio",),
    ),
    P(
        20,
        "en",
        "Doi Saket Handloom Makers",
        HEMP,
        MID,
        "Chiang Mai",
        "looms@doisaket.co",
        [
            ("Teak floor looms, 4 shafts, made to order", "handloom"),
            ("Children's frame looms, table size", "mini_loom_kit"),
        ],
        [U("FSC certified teak logs", "no timber supplier in the set", req=(FSC,))],
    ),
]

# ---------------------------------------------------------------- part 2: ageing lifestyle, Isan

PART_2 = [
    P(
        21,
        "th",
        "วิสาหกิจชุมชนครามบ้านดอนกอย",
        ISAN,
        UP,
        "Sakon Nakhon",
        "donkoi.indigo@gmail.com",
        [
            ("เนื้อครามธรรมชาติ ครามเปียก กก.ละ 250 บาท", "natural_indigo_paste"),
            ("ด้ายฝ้ายย้อมคราม ย้อมครั่ง เป็นไจ", "naturally_dyed_cotton_yarn"),
        ],
        [N("ปุยฝ้าย สำหรับเข็นเอง", "cotton_lint_raw")],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    P(
        22,
        "en",
        "Sakon Indigo Studio",
        ISAN,
        MID,
        "Sakon Nakhon",
        "studio@sakonindigo.com",
        [
            ("Indigo-dyed handwoven cotton, shibori patterns", "indigo_dyed_cotton_fabric"),
            ("Indigo vat workshop, 3 days, certificate of attendance", "natural_dye_course"),
            ("Indigo dyeing for your garments, min 20 pcs", "indigo_dyeing_service"),
        ],
        [N("a videographer to film our course for online sale", "course_video_production")],
        bcg=("bio",),
    ),
    P(
        23,
        "th",
        "กลุ่มมัดหมี่บ้านโนนสะอาด",
        ISAN,
        MID,
        "Khon Kaen",
        "nonsaard.mudmee@gmail.com",
        [("ผ้าไหมมัดหมี่ ลายนาค ยาว 2 เมตร ตรานกยูงเงิน", "mudmee_silk_fabric"), ("สอนมัดหมี่ ตั้งแต่ค้นหมี่ถึงแก้หมี่", "mudmee_course")],
        [N("เส้นไหมไทย ทำเส้นยืน", "silk_yarn"), U("เชือกฟางมัดหมี่ สีขาว ม้วนใหญ่", "no one sells tying tape")],
        certs=(PEACOCK,),
    ),
    P(
        24,
        "th",
        "ผ้าไหมโฮลบ้านท่าสว่าง",
        ISAN,
        MID,
        "Surin",
        "thasawang.silk@gmail.com",
        [("ผ้าโฮล ผ้าไหมมัดหมี่สุรินทร์ ตรานกยูง", "mudmee_silk_fabric"), ("ผ้าไหมพันคอ ผืนเล็ก", "scarf_shawl")],
        [N("รังไหมเหลือง สำหรับสาวเอง", "silk_cocoons"), U("วิทยากรสอนขายของออนไลน์", "no one offers e-commerce training")],
        certs=(PEACOCK, OTOP),
    ),
    P(
        25,
        "en",
        "Khon Kaen Vocational College, Textile Department",
        ISAN,
        DOWN,
        "Khon Kaen",
        "textile@kkvc.ac.th",
        [("Certificate course in dressmaking, evening classes", "sewing_course")],
        [
            N("train-the-trainer in natural dyeing for our teachers", "tot_natural_dye"),
            N("mudmee silk lengths for the teaching collection", "mudmee_silk_fabric"),
            N("second-hand lockstitch machines, 10 units", "used_sewing_machines"),
        ],
    ),
    P(
        26,
        "th",
        "สำนักงานพัฒนาชุมชนจังหวัดอุดรธานี",
        ISAN,
        DOWN,
        "Udon Thani",
        "cdd.udon@gmail.com",
        [],
        [
            N("จัดหลักสูตรครู ก. ด้านทอผ้ามัดหมี่", "tot_weaving_mudmee"),
            N("พากลุ่มอาชีพไปศึกษาดูงานหมู่บ้านทอผ้า 2 วัน 1 คืน", "study_tour_weaving_village"),
            N("ผ้าพันคอเป็นของฝาก ไม่ต้องมี OTOP ก็ได้", "scarf_shawl", waive=(OTOP,)),
        ],
    ),
    P(
        27,
        "en",
        "Roi Et Cotton Weavers Cooperative",
        ISAN,
        MID,
        "Roi Et",
        "coop@roietweavers.org",
        [
            ("Handwoven cotton, plain and check, 1 m wide", "handwoven_cotton_fabric"),
            ("We weave to your design on our looms", "contract_weaving_service"),
        ],
        [
            N("mill-spun cotton warp yarn 20/2", "machine_cotton_yarn"),
            N("pattern maker for our shirt range", "pattern_making_service"),
        ],
    ),
    P(
        28,
        "th",
        "สหกรณ์หม่อนไหมชัยภูมิ",
        ISAN,
        UP,
        "Chaiyaphum",
        "chaiyaphum.silkcoop@gmail.com",
        [("ไหมหลืบ ไหมเปลือก ราคาส่ง", "silk_yarn")],
        [N("อบรมการย้อมสีธรรมชาติให้สมาชิก", "natural_dye_course")],
        bcg=("bio",),
    ),
    P(
        29,
        "en",
        "Korat Silver Years Care Home",
        ISAN,
        DOWN,
        "Nakhon Ratchasima",
        "care@silveryearskorat.com",
        [],
        [
            N("weekly handicraft sessions for residents with mild dementia", "elderly_craft_activity"),
            N("easy-dress clothes with velcro for residents", "adaptive_elderly_clothing"),
            U("OEKO-TEX certified bed linen", "no one offers bed linen", req=(OEKO,)),
        ],
    ),
    P(
        30,
        "th",
        "ศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุ เทศบาลเมืองกาฬสินธุ์",
        ISAN,
        DOWN,
        "Kalasin",
        "elderly.kalasin@gmail.com",
        [("ผ้าขาวม้าทอมือ ฝีมือผู้สูงอายุ", "pha_khao_ma_cloth"), ("พวงกุญแจ กระเป๋าใส่เหรียญ จากเศษผ้าขาวม้า", "fabric_souvenirs")],
        [
            N("กิจกรรมทอผ้า เย็บปักถักร้อย สำหรับผู้สูงวัย สัปดาห์ละครั้ง", "elderly_craft_activity"),
            N("กี่ทอผ้าแบบนั่งทอ ขนาดย่อม", "handloom"),
        ],
    ),
    P(
        31,
        "th",
        "กลุ่มทอผ้ากาบบัว อุบลฯ",
        ISAN,
        MID,
        "Ubon Ratchathani",
        "kabbua.ubon@gmail.com",
        [("ผ้ากาบบัว ผ้าฝ้ายมัดหมี่ ทอมือ", "mudmee_cotton_fabric"), ("พาชมการทอผ้า ลองมัดหมี่ ครึ่งวัน", "tourist_craft_workshop")],
        [N("ด้ายฝ้ายโรงงาน เบอร์ 20", "machine_cotton_yarn")],
        certs=(OTOP,),
    ),
    P(
        32,
        "en",
        "Yasothon Organic Cotton Farm",
        ISAN,
        UP,
        "Yasothon",
        "farm@yasothoncotton.com",
        [
            ("Organic seed cotton, hand-ginned", "cotton_lint_raw"),
            ("Handspun organic cotton yarn, Organic Thailand", "handspun_cotton_yarn"),
        ],
        [U("spinning wheels, 10 units", "no one sells spinning wheels")],
        certs=(ORG_TH,),
        bcg=("bio", "green"),
    ),
    P(
        33,
        "th",
        "ร้านผ้าไทยแม่ศรี ตลาดขอนแก่น",
        ISAN,
        DOWN,
        "Khon Kaen",
        "maesri.thaisilk@gmail.com",
        [("ผ้าซิ่นสำเร็จ ตัดเย็บแล้ว มีซับใน", "pha_sin_skirt")],
        [
            N("ผ้าไหมมัดหมี่ ต้องมีตรานกยูงพระราชทาน", "mudmee_silk_fabric", req=(PEACOCK,)),
            N("ช่างรับตัดชุดจากผ้าของร้าน", "cmt_sewing_service"),
        ],
    ),
    P(
        34,
        "en",
        "Udon Pattern Lab",
        ISAN,
        MID,
        "Udon Thani",
        "lab@udonpattern.com",
        [
            ("Pattern making and grading, sizes 36-46", "pattern_making_service"),
            ("Pattern cutting course, weekends", "pattern_cutting_course"),
            ("Online pattern-drafting course, lifetime access", "online_pattern_course"),
        ],
        [N("a training room for 20 people", "training_venue_hire", "sewing_classroom_hire")],
    ),
    P(
        35,
        "th",
        "โรงเรียนบ้านกันทรารมย์",
        ISAN,
        DOWN,
        "Sisaket",
        "kantararom.school@gmail.com",
        [],
        [N("กิจกรรมงานผ้าสำหรับนักเรียน ป.4-ป.6 ครึ่งวัน", "school_textile_workshop")],
    ),
    P(
        36,
        "th",
        "กลุ่มผ้าย้อมครามบ้านนาหว้า",
        ISAN,
        MID,
        "Nakhon Phanom",
        "nawa.indigo@gmail.com",
        [
            ("รับย้อมครามผ้าฝ้ายของลูกค้า ย้อมเย็น", "indigo_dyeing_service"),
            ("ผ้าครามมัดย้อม เป็นผืน", "indigo_dyed_cotton_fabric"),
            ("ชุดมัดย้อมครามสำเร็จรูป ทำเองที่บ้าน", "natural_dye_kit"),
        ],
        [N("ผ้าฝ้ายโรงงาน สีขาว ม้วนละ 50 หลา", "mill_cotton_fabric")],
        bcg=("bio",),
    ),
    P(
        37,
        "en",
        "Mekong Homestay Network",
        ISAN,
        DOWN,
        "Bueng Kan",
        "stay@mekonghomestay.net",
        [("Homestays for study-tour groups, 30 beds", "homestay_group_lodging")],
        [N("vans for groups from Udon airport", "tour_transport_service")],
        bcg=("green",),
    ),
    P(
        38,
        "th",
        "ครูสมหมาย ปราชญ์ชาวบ้านด้านผ้าทอ",
        ISAN,
        MID,
        "Maha Sarakham",
        "kru.sommai@gmail.com",
        [
            ("วิทยากรหลักสูตรครู ก. การทอผ้าและมัดหมี่", "tot_weaving_mudmee"),
            ("รับสอนทอผ้าตามชุมชน", "master_weaver_trainer"),
            ("หนังสือคู่มือทอผ้าและมัดหมี่ 120 หน้า", "printed_course_manual"),
        ],
        [U("โรงพิมพ์รับพิมพ์คู่มือ 500 เล่ม", "no printing house in the set")],
    ),
    P(
        39,
        "en",
        "Buriram Provincial Tourism and Sports Office",
        ISAN,
        DOWN,
        "Buriram",
        "tourism@buriram.go.th",
        [],
        [
            N("study tour to weaving villages for tourism staff", "study_tour_weaving_village"),
            N("local fabric souvenirs, OTOP welcome but not required", "fabric_souvenirs", waive=(OTOP,)),
        ],
    ),
    P(
        40,
        "th",
        "กลุ่มผ้าไหมแพรวาบ้านโพน",
        ISAN,
        MID,
        "Kalasin",
        "banphon.praewa@gmail.com",
        [
            ("ผ้าไหมแพรวา ผ้าสไบ", "praewa_silk_fabric"),
            ("ผ้าคลุมไหล่แพรวา", "scarf_shawl"),
            ("สอนทอแพรวา ระยะสั้น 5 วัน", "weaving_course"),
        ],
        [N("คนถ่ายวิดีโอสอนทอแพรวา ลงออนไลน์", "course_video_production")],
    ),
]

# ---------------------------------------------------------------- part 3: ageing lifestyle, central, east and west

PART_3 = [
    P(
        41,
        "en",
        "Riverside Heritage Hotel Bangkok",
        CENTRAL,
        DOWN,
        "Bangkok",
        "procurement@riversideheritage.com",
        [],
        [
            N("in-house Thai craft workshop for guests", "tourist_craft_workshop"),
            N("staff uniforms, cotton, 120 sets", "staff_uniform"),
        ],
        bcg=("green",),
    ),
    P(
        42,
        "th",
        "โรงงานตัดเย็บ บางพลัด",
        CENTRAL,
        MID,
        "Bangkok",
        "bangplat.sewing@gmail.com",
        [
            ("รับตัดเย็บ CMT เสื้อ กางเกง กระเป๋าผ้า ขั้นต่ำ 100 ตัว", "cmt_sewing_service"),
            ("ชุดพนักงานโรงแรม สปา ตัดตามแบบ", "staff_uniform"),
        ],
        [N("อบรมช่างเย็บจักรอุตสาหกรรม ให้พนักงานใหม่", "industrial_sewing_operator_training")],
    ),
    P(
        43,
        "en",
        "Silver Age Wellness Residence",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "activities@silverage.co.th",
        [],
        [N("art and craft afternoons for the elderly, dyeing or weaving", "elderly_craft_activity")],
    ),
    P(
        44,
        "th",
        "ห้องเสื้อใจดี เสื้อผ้าผู้สูงวัย",
        CENTRAL,
        DOWN,
        "Nakhon Pathom",
        "jaidee.elderwear@gmail.com",
        [
            ("เสื้อผ้าผู้สูงอายุ ใส่ง่าย ติดตีนตุ๊กแก", "adaptive_elderly_clothing"),
            ("กางเกงเอวยางยืด สำหรับผู้ป่วยติดเตียง", "adaptive_elderly_clothing"),
        ],
        [N("ผ้าฝ้ายเนื้อนุ่ม ผ่าน OEKO-TEX", "mill_cotton_fabric", req=(OEKO,))],
    ),
    P(
        45,
        "en",
        "Sampeng Fabric Trading",
        CENTRAL,
        MID,
        "Bangkok",
        "sales@sampengfabric.com",
        [
            ("Cotton poplin and canvas, white and PFD, by the roll, OEKO-TEX", "mill_cotton_fabric"),
            ("Cotton yarn 20/2 and 32/2 on cones", "machine_cotton_yarn"),
        ],
        [N("hemp yardage to trial in our shop", "hemp_fabric")],
        certs=(OEKO,),
    ),
    P(
        46,
        "th",
        "สถาบันสอนตัดเย็บ สยามแพทเทิร์น",
        CENTRAL,
        DOWN,
        "Bangkok",
        "siampattern.school@gmail.com",
        [
            ("คอร์สตัดเย็บเสื้อผ้าเบื้องต้น 30 ชั่วโมง", "sewing_course"),
            ("สอนสร้างแพทเทิร์น เสื้อ กระโปรง", "pattern_cutting_course"),
            ("ให้เช่าห้องเรียนตัดเย็บ 20 จักร", "sewing_classroom_hire"),
        ],
        [
            N("จักรเย็บผ้ามือสอง สภาพดี 15 ตัว", "used_sewing_machines"),
            U("ไม้บรรทัดโค้ง สายวัด อุปกรณ์ทำแพทเทิร์น ยกโหล", "no sewing-notions supplier in the set"),
        ],
    ),
    P(
        47,
        "en",
        "Bangkok International School, Art Department",
        CENTRAL,
        DOWN,
        "Bangkok",
        "art@bkkis.ac.th",
        [],
        [
            N("textile workshop for Grade 5 classes", "school_textile_workshop"),
            N("mini looms for kids, 25 sets", "mini_loom_kit"),
            N("batik kits", "batik_kit"),
        ],
    ),
    P(
        48,
        "th",
        "วิทยาลัยสารพัดช่างพระนครศรีอยุธยา",
        CENTRAL,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "ayutthaya.poly@gmail.com",
        [
            ("หลักสูตรระยะสั้น ตัดเย็บเสื้อผ้าสตรี", "sewing_course"),
            ("อบรมช่างเย็บจักรอุตสาหกรรมให้โรงงาน", "industrial_sewing_operator_training"),
        ],
        [U("จักรเย็บอุตสาหกรรมใหม่ มีประกันศูนย์", "no one sells new sewing machines")],
    ),
    P(
        49,
        "en",
        "Mahachai Embroidery Service",
        CENTRAL,
        MID,
        "Samut Sakhon",
        "mahachai.emb@gmail.com",
        [("Computer embroidery on your garments: logos, name tags", "embroidery_service")],
        [N("CMT factory to sew polo shirts before we embroider", "cmt_sewing_service")],
    ),
    P(
        50,
        "th",
        "กลุ่มผ้าจกไทยวนคูบัว",
        CENTRAL,
        DOWN,
        "Ratchaburi",
        "khubua.jok@gmail.com",
        [
            ("ผ้าซิ่นตีนจกคูบัว", "pha_sin_skirt"),
            ("ศึกษาดูงานกลุ่มทอผ้าไทยวน รับคณะ 40 คน", "study_tour_weaving_village"),
        ],
        [],
        certs=(OTOP,),
    ),
    P(
        51,
        "en",
        "Thai Crafts Online Academy",
        CENTRAL,
        DOWN,
        "Bangkok",
        "team@thaicraftsacademy.com",
        [
            ("Online course: natural dyeing at home, 12 videos", "online_natural_dye_course"),
            ("Online sewing for beginners", "online_sewing_course"),
        ],
        [
            N("master weavers to teach on camera, paid per session", "master_weaver_trainer"),
            N("video crew for course filming", "course_video_production"),
            N("dye kits to ship to online students", "natural_dye_kit"),
        ],
    ),
    P(
        52,
        "th",
        "สตูดิโอถ่ายทำคอร์สออนไลน์ ลาดพร้าว",
        CENTRAL,
        MID,
        "Bangkok",
        "ladprao.studio@gmail.com",
        [("รับถ่ายวิดีโอคอร์สออนไลน์ ตัดต่อ ใส่ซับไตเติล", "course_video_production")],
        [],
    ),
    P(
        53,
        "en",
        "Skill Development Office, Phetchaburi",
        CENTRAL,
        DOWN,
        "Phetchaburi",
        "skill.phetchaburi@dsd.go.th",
        [],
        [
            N("ToT programme on pattern cutting for trainers", "tot_pattern_cutting"),
            N("training hall with 30 sewing stations", "sewing_classroom_hire"),
            N("rent sewing machines for a 2-week course", "sewing_machine_rental"),
        ],
    ),
    P(
        54,
        "th",
        "ร้านชุดผ้าไทย งามวงศ์วาน",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "ngamwongwan.thaidress@gmail.com",
        [("กระเป๋าผ้าครามทอมือ ใบกลาง", "fabric_bag")],
        [
            N("ผ้าครามทอมือ ย้อมครามแท้ ไม่เอาสีเคมี", "indigo_dyed_cotton_fabric"),
            N("รับย้อมครามเสื้อผ้าฝ้ายของร้าน ล็อตละ 30 ตัว", "indigo_dyeing_service"),
        ],
    ),
    P(
        55,
        "en",
        "River Kwai Eco Lodge",
        CENTRAL,
        DOWN,
        "Kanchanaburi",
        "stay@riverkwaieco.com",
        [],
        [
            N("batik training for our activity staff, 3 days", "batik_course"),
            U("hand-embroidered table runners, 40 pcs", "no one offers table linen"),
        ],
        bcg=("green",),
    ),
    P(
        56,
        "th",
        "รับทำแพทเทิร์น ปทุมธานี",
        CENTRAL,
        MID,
        "Pathum Thani",
        "pattern.pathum@gmail.com",
        [("รับทำแพทเทิร์น ตัดตัวอย่าง เกรดไซส์", "pattern_making_service")],
        [N("ผ้าดิบสำหรับตัดตัวอย่าง", "mill_cotton_fabric")],
    ),
    P(
        57,
        "en",
        "Golden Years Fashion",
        CENTRAL,
        DOWN,
        "Bangkok",
        "hello@goldenyearsfashion.com",
        [("Easy-wear clothing line for seniors", "adaptive_elderly_clothing")],
        [
            N("garment maker for small runs of 50 pcs", "cmt_sewing_service"),
            N("soft handwoven cotton, GOTS not needed", "handwoven_cotton_fabric", waive=(GOTS,)),
        ],
    ),
    P(
        58,
        "th",
        "ร้านของฝากผ้าทอ ลพบุรี",
        CENTRAL,
        DOWN,
        "Lopburi",
        "lopburi.souvenir@gmail.com",
        [("พวงกุญแจผ้าทอ กระเป๋าใส่เหรียญ", "fabric_souvenirs")],
        [N("ผ้าขาวม้า ลายตาราง ยกโหล", "pha_khao_ma_cloth")],
    ),
    P(
        59,
        "en",
        "Pattaya Training Partners",
        CENTRAL,
        DOWN,
        "Chonburi",
        "info@pattayatraining.com",
        [
            ("Curriculum design for vocational textile courses", "curriculum_development_service"),
            ("Train-the-trainer in natural dyeing for community instructors", "tot_natural_dye"),
        ],
        [N("textile master craftspeople as guest instructors", "master_weaver_trainer")],
    ),
    P(
        60,
        "th",
        "กศน. อำเภอบางเลน",
        CENTRAL,
        DOWN,
        "Nakhon Pathom",
        "nfe.banglen@gmail.com",
        [],
        [
            N("วิทยากรสอนตัดเย็บ 30 ชั่วโมง สำหรับผู้สูงอายุ", "sewing_course"),
            N("หลักสูตรย้อมผ้าสีธรรมชาติ ระยะสั้น", "natural_dye_course"),
            N("คอร์สทอผ้าด้วยกี่พื้นเมือง", "weaving_course"),
        ],
    ),
]

# ---------------------------------------------------------------- part 4: circular textile

PART_4 = [
    P(
        61,
        "en",
        "Pak Nam Textile Waste Sorting",
        CIRC,
        UP,
        "Samut Prakan",
        "sort@paknamwaste.com",
        [
            ("Sorted cutting scraps by colour, 100% cotton, per tonne", "pre_consumer_textile_waste"),
            ("Post-consumer used clothing, grade B, bales", "used_clothing_bulk"),
        ],
        [N("fibre opening of our sorted scraps, toll basis", "fibre_recycling_service")],
        bcg=("circular",),
    ),
    P(
        62,
        "th",
        "ร้านเสื้อผ้ามือสองเป็นกระสอบ โรงเกลือ",
        CIRC,
        UP,
        "Sa Kaeo",
        "rongklua.bale@gmail.com",
        [("เสื้อผ้ามือสองเป็นกระสอบ คัดเกรดแล้ว", "used_clothing_bulk"), ("ยีนส์เก่า แยกตามสี", "used_clothing_bulk")],
        [N("อยากเรียนเย็บผ้าออนไลน์ ซ่อมเสื้อผ้าเองได้", "online_sewing_course")],
        bcg=("circular",),
    ),
    P(
        63,
        "en",
        "Eastern Fibre Recycling",
        CIRC,
        MID,
        "Chonburi",
        "info@easternfibre.co.th",
        [
            ("We shred your scraps into fibre, toll basis", "fibre_recycling_service"),
            ("Recycled cotton open-end yarn Ne 10, GRS", "recycled_cotton_yarn"),
        ],
        [N("pre-consumer cotton clippings, sorted by shade", "pre_consumer_textile_waste")],
        certs=(GRS,),
        bcg=("circular",),
    ),
    P(
        64,
        "th",
        "บริษัท ด้ายรีไซเคิลระยอง",
        CIRC,
        UP,
        "Rayong",
        "rayong.ryarn@gmail.com",
        [("เส้นด้ายโพลีเอสเตอร์รีไซเคิล จากขวดพลาสติก ได้ GRS", "recycled_polyester_yarn")],
        [U("เกล็ดขวดพลาสติกบดแล้ว", "no PET flake supplier in the set")],
        certs=(GRS,),
        bcg=("circular",),
    ),
    P(
        65,
        "en",
        "Korat rPET Yarn Co.",
        CIRC,
        UP,
        "Nakhon Ratchasima",
        "sales@koratrpet.com",
        [("rPET filament yarn 75D/72F", "recycled_polyester_yarn")],
        [],
        bcg=("circular",),
    ),
    P(
        66,
        "th",
        "สตูดิโอผ้าเก่าเล่าใหม่",
        CIRC,
        DOWN,
        "Bangkok",
        "phakao.studio@gmail.com",
        [("เวิร์กช็อปเปลี่ยนเสื้อเก่าเป็นกระเป๋า", "upcycling_workshop"), ("กระเป๋าผ้าปะ จากเศษผ้า", "upcycled_patchwork_products")],
        [N("เศษผ้าจากโรงงานตัดเย็บ", "pre_consumer_textile_waste"), N("ยีนส์มือสอง ขายเป็นกิโล", "used_clothing_bulk")],
        bcg=("circular",),
    ),
    P(
        67,
        "en",
        "Zero Waste Atelier",
        CIRC,
        DOWN,
        "Chiang Mai",
        "atelier@zerowaste.studio",
        [
            ("Zero-waste pattern cutting course, 2 days", "pattern_cutting_course"),
            ("Upcycling class: turn old shirts into tote bags", "upcycling_workshop"),
        ],
        [N("deadstock fabric, any colour", "deadstock_fabric")],
        bcg=("circular",),
    ),
    P(
        68,
        "th",
        "ร้านจักรมือสอง นนท์",
        CIRC,
        MID,
        "Nonthaburi",
        "non.usedmachine@gmail.com",
        [
            ("จักรเย็บอุตสาหกรรมมือสอง จักรเข็มเดี่ยว จักรโพ้ง", "used_sewing_machines"),
            ("ให้เช่าจักรสำหรับจัดอบรม รายวัน", "sewing_machine_rental"),
        ],
        [],
        bcg=("circular",),
    ),
    P(
        69,
        "en",
        "Deadstock Hub Thailand",
        CIRC,
        UP,
        "Samut Sakhon",
        "rolls@deadstockhub.co",
        [("Surplus fabric rolls from export factories", "deadstock_fabric")],
        [],
        bcg=("circular",),
    ),
    P(
        70,
        "th",
        "บริษัท อีเวนต์สีเขียว",
        CIRC,
        DOWN,
        "Bangkok",
        "greenevent.th@gmail.com",
        [],
        [
            N("กิจกรรมให้พนักงาน ทำกระเป๋าจากผ้าเหลือใช้", "upcycling_workshop"),
            N("ถุงผ้าแจกลูกค้า 1,000 ใบ ไม่จำเป็นต้องมีฉลากเขียว", "fabric_bag", waive=(GREEN_LABEL,)),
        ],
        bcg=("green",),
    ),
    P(
        71,
        "en",
        "Green Loop Garment Recycling",
        CIRC,
        UP,
        "Pathum Thani",
        "pickup@greenloop.co.th",
        [
            ("Textile waste pick-up from factories, Bangkok area", "textile_waste_collection_service"),
            ("Recycled felt from waste, 3 mm sheets", "recycled_felt"),
        ],
        [],
        bcg=("circular",),
    ),
    P(
        72,
        "th",
        "แบรนด์กระเป๋า ครามคราม",
        CIRC,
        DOWN,
        "Bangkok",
        "kramkram.bag@gmail.com",
        [("กระเป๋าผ้าฝ้ายย้อมคราม ทอมือ", "fabric_bag")],
        [N("ผ้าครามเป็นผืน", "indigo_dyed_cotton_fabric"), N("โรงงานรับเย็บกระเป๋า", "cmt_sewing_service")],
    ),
    P(
        73,
        "th",
        "ร้านเสื้อผ้าวินเทจ รีเทรด",
        CIRC,
        DOWN,
        "Bangkok",
        "rethread.vintage@gmail.com",
        [],
        [N("เสื้อผ้าวินเทจ ยกเบล", "used_clothing_bulk")],
        bcg=("circular",),
    ),
    P(
        74,
        "th",
        "โรงงานตัดเย็บส่งออก นครปฐม",
        CIRC,
        MID,
        "Nakhon Pathom",
        "np.export.sewing@gmail.com",
        [
            ("เศษผ้าจากการตัด ผ้าฝ้าย 100%", "pre_consumer_textile_waste"),
            ("เสื้อโปโลสำเร็จรูป ขายส่ง ขั้นต่ำ 500 ตัว", "polo_shirts_finished"),
        ],
        [N("บริการขนเศษผ้าออกจากโรงงาน", "textile_waste_collection_service")],
    ),
    P(
        75,
        "en",
        "Kids Eco Club",
        CIRC,
        DOWN,
        "Bangkok",
        "hello@kidsecoclub.org",
        [
            ("School workshops: weaving and upcycling for ages 8-12", "school_textile_workshop"),
            ("Weaving kits for children", "mini_loom_kit"),
        ],
        [N("recycled felt sheets", "recycled_felt")],
        bcg=("circular",),
    ),
    P(
        76,
        "th",
        "โรงทอผ้ารีไซเคิล ลำพูน",
        CIRC,
        MID,
        "Lamphun",
        "lamphun.recycleweave@gmail.com",
        [("ผ้าทอจากด้ายรีไซเคิล", "recycled_yarn_woven_fabric")],
        [
            N("ด้ายฝ้ายรีไซเคิล ต้องมีใบ GRS", "recycled_cotton_yarn", req=(GRS,)),
            N("ด้ายพอลิเอสเตอร์รีไซเคิล", "recycled_polyester_yarn"),
        ],
        bcg=("circular",),
    ),
    P(
        77,
        "en",
        "EcoThreads",
        CIRC,
        DOWN,
        "Bangkok",
        "studio@ecothreads.asia",
        [("Tote bags from recycled fabric", "fabric_bag")],
        [N("fabric woven from recycled yarn", "recycled_yarn_woven_fabric")],
        bcg=("circular",),
    ),
    P(
        78,
        "th",
        "สำนักงานสิ่งแวดล้อมภาคที่ 9",
        CIRC,
        DOWN,
        "Phitsanulok",
        "reo9.env@gmail.com",
        [],
        [
            N("อบรมชุมชน แปรรูปผ้าเหลือใช้", "upcycling_workshop"),
            U("ครู ก. เรื่องสิ่งทอหมุนเวียน", "no one offers train-the-trainer on circular textiles"),
        ],
    ),
]

# ---------------------------------------------------------------- part 5: sportech (and one hospital)

PART_5 = [
    P(
        79,
        "en",
        "SportKnit Thailand",
        SPORT,
        MID,
        "Samut Prakan",
        "sales@sportknit.co.th",
        [
            ("Moisture-wicking polyester interlock, 140 gsm", "performance_knit_fabric"),
            ("Recycled poly mesh, GRS", "performance_knit_fabric"),
        ],
        [N("recycled polyester yarn, GRS certificate a must", "recycled_polyester_yarn", req=(GRS,))],
        certs=(GRS, OEKO),
        bcg=("circular",),
    ),
    P(
        80,
        "th",
        "ร้านพิมพ์ซับลิเมชั่น บางบอน",
        SPORT,
        MID,
        "Bangkok",
        "bangbon.subli@gmail.com",
        [("รับพิมพ์ซับลิเมชั่นลงผ้า เสื้อกีฬา", "sublimation_printing_service")],
        [
            N("ผ้ากีฬา ดรายฟิต ผ้าไมโคร", "performance_knit_fabric"),
            U("สอนใช้เครื่องพิมพ์ซับลิ ถึงร้าน", "no one offers printer training"),
        ],
    ),
    P(
        81,
        "th",
        "โรงงานเสื้อกีฬา ชลบุรี",
        SPORT,
        DOWN,
        "Chonburi",
        "chonburi.sportwear@gmail.com",
        [("ชุดกีฬาสั่งทำ เสื้อ กางเกง ชุดวอร์ม สกรีนชื่อ เบอร์", "sportswear_garments")],
        [N("ผ้าแห้งเร็ว สำหรับเสื้อฟุตบอล", "performance_knit_fabric")],
    ),
    P(
        82,
        "en",
        "Run Club Asia",
        SPORT,
        DOWN,
        "Bangkok",
        "events@runclubasia.com",
        [],
        [N("custom race-day jerseys, 300 pcs", "sportswear_garments")],
    ),
    P(
        83,
        "th",
        "สถาบันฝึกอบรมช่างเย็บอุตสาหกรรม สาคร",
        SPORT,
        MID,
        "Samut Sakhon",
        "sakhon.sewtraining@gmail.com",
        [("อบรมช่างเย็บจักรอุตสาหกรรม 60 ชม. พร้อมฝึกงาน", "industrial_sewing_operator_training")],
        [],
    ),
    P(
        84,
        "en",
        "Tech Fabric Coating Co.",
        SPORT,
        MID,
        "Rayong",
        "info@techcoating.co.th",
        [("PU coated ripstop nylon for outdoor gear", "technical_coated_fabric")],
        [U("bluesign approved DWR chemicals", "no chemical supplier in the set", req=(BLUESIGN,))],
    ),
    P(
        85,
        "th",
        "แบรนด์ชุดโยคะ บ้านโยคะ",
        SPORT,
        DOWN,
        "Bangkok",
        "baanyoga.wear@gmail.com",
        [("ชุดโยคะ เลกกิ้ง สปอร์ตบรา", "yoga_activewear")],
        [N("ผ้ากีฬา แห้งไว สำหรับชุดโยคะ", "performance_knit_fabric")],
    ),
    P(
        86,
        "en",
        "Trail Gear Lanna",
        SPORT,
        DOWN,
        "Chiang Mai",
        "make@trailgearlanna.com",
        [("Hiking backpacks with hemp canvas panels", "backpack")],
        [
            N("coated ripstop for pack bodies", "technical_coated_fabric"),
            U(
                "GOTS certified organic hemp yarn",
                "hemp yarn is offered but no one holds GOTS",
                "hemp_yarn",
                req=(GOTS,),
            ),
        ],
        bcg=("bio",),
    ),
    P(
        87,
        "th",
        "โรงเรียนกีฬาจังหวัดสงขลา",
        SPORT,
        DOWN,
        "Songkhla",
        "songkhla.sportschool@gmail.com",
        [],
        [
            N("ชุดวอร์มนักกีฬา 200 ชุด", "sportswear_garments"),
            N("สนับเข่า สนับแข้ง", "sports_protective_gear"),
            U("ชุดกีฬาผ้าย่อยสลายได้", "no one offers biodegradable sportswear"),
        ],
    ),
    P(
        88,
        "en",
        "Compression Wear Lab",
        SPORT,
        MID,
        "Pathum Thani",
        "lab@compressionwear.co.th",
        [("Graduated compression socks, 15-20 mmHg", "compression_garments")],
        [U("nylon spandex covered yarn, 20D", "no elastic yarn supplier in the set")],
        certs=(ISO13485,),
    ),
    P(
        89,
        "th",
        "โรงพยาบาลผู้สูงอายุ บางนา",
        CENTRAL,
        DOWN,
        "Bangkok",
        "bangna.elderhospital@gmail.com",
        [],
        [
            N("ถุงน่องป้องกันเส้นเลือดขอด ผู้ผลิตต้องได้ ISO 13485", "compression_garments", req=(ISO13485,)),
            N("ชุดผู้ป่วย ผ้านุ่ม ใส่ถอดง่าย", "adaptive_elderly_clothing"),
            N("กิจกรรมงานฝีมือ สำหรับผู้ป่วยสูงวัย", "elderly_craft_activity"),
        ],
    ),
    P(
        90,
        "en",
        "PET Bottle to Fibre Co.",
        SPORT,
        UP,
        "Rayong",
        "fibre@pet2fibre.com",
        [("rPET staple fibre 1.5D for nonwovens and filling, GRS", "recycled_polyester_fibre")],
        [],
        certs=(GRS,),
        bcg=("circular",),
    ),
    P(
        91,
        "th",
        "โรงงานถักผ้ากีฬา บางพลี",
        SPORT,
        MID,
        "Samut Prakan",
        "bangphli.knit@gmail.com",
        [("ผ้าไมโครโพลีเอสเตอร์ ซับเหงื่อ หน้ากว้าง 180 ซม.", "performance_knit_fabric")],
        [N("ด้ายโพลีเอสเตอร์จากขวดพลาสติก", "recycled_polyester_yarn")],
    ),
    P(
        92,
        "en",
        "ProPad Sports Protectors",
        SPORT,
        DOWN,
        "Nakhon Pathom",
        "sales@propad.co.th",
        [("Knee pads and shin guards", "sports_protective_gear")],
        [
            N("polyester fibrefill from recycled bottles", "recycled_polyester_fibre"),
            U("3D spacer mesh fabric", "no one offers spacer fabric"),
        ],
    ),
    P(
        93,
        "th",
        "ศูนย์ฝึกอาชีพสิ่งทอเทคนิค",
        SPORT,
        DOWN,
        "Bangkok",
        "techtextile.center@gmail.com",
        [
            ("สอนแพทเทิร์นชุดกีฬา ผ้ายืด", "pattern_cutting_course"),
            ("ออกแบบหลักสูตรอบรมสิ่งทอเทคนิค", "curriculum_development_service"),
            ("หลักสูตรครูฝึก สอนสร้างแพทเทิร์น", "tot_pattern_cutting"),
        ],
        [N("ทีมถ่ายคลิปสอน ทำคอร์สออนไลน์", "course_video_production")],
    ),
    P(
        94,
        "en",
        "Phuket Dive & Surf Shop",
        SPORT,
        DOWN,
        "Phuket",
        "shop@phuketdivesurf.com",
        [],
        [
            N("UPF 50 rash guards with our logo", "sportswear_garments"),
            N("logo embroidery on caps", "embroidery_service"),
            U("neoprene wetsuit repair", "no one repairs wetsuits"),
        ],
    ),
    P(
        95,
        "th",
        "สโมสรฟุตบอล ขอนแก่น",
        SPORT,
        DOWN,
        "Khon Kaen",
        "kkfc.office@gmail.com",
        [],
        [N("รับพิมพ์ลายลงผ้าที่เราส่งไป", "sublimation_printing_service")],
    ),
]

PARTS = [PART_1, PART_2, PART_3, PART_4, PART_5]


# ---------------------------------------------------------------- checks and output


def thai_letters(text: str) -> int:
    return sum(1 for c in text if "\u0e01" <= c <= "\u0e5b")


def latin_letters(text: str) -> int:
    return sum(1 for c in text if c.isascii() and c.isalpha())


def mentioned(cert: str, text: str) -> bool:
    entry = next(c for c in CERTIFICATIONS if c.name == cert)
    lowered = text.casefold()
    names = (entry.name, *entry.aliases, *entry.mentions, *entry.case_sensitive_mentions)
    return any(name.casefold() in lowered for name in names)


def qualified(sme: Sme, need: Need) -> bool:
    labels = {label for _, label in sme.offers}
    return bool(labels & set(need.labels)) and set(need.requires) <= set(sme.certifications)


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append("ids must run bcr-001 ... bcr-095 without gaps or repeats")
    offered: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)
    subs = {v.value for v in SubCluster}
    stages = {v.value for v in Stage}
    tags = {v.value for v in BcgTag}
    for s in smes:
        where = s.id
        if s.language not in ("th", "en"):
            errors.append(f"{where}: language {s.language!r}")
        if s.sub_cluster not in subs:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r}")
        if not (s.email.isascii() and s.email.count("@") == 1 and "." in s.email.split("@")[1]):
            errors.append(f"{where}: email {s.email!r}")
        if not set(s.bcg) <= tags or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bcg {s.bcg!r}")
        for cert in s.certifications:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not canonical")
        if not (len(s.offers) <= 3 and len(s.needs) <= 3 and (s.offers or s.needs)):
            errors.append(f"{where}: 0-3 offers and 0-3 needs, not both empty")
        phrases = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        for phrase in phrases:
            if phrase != phrase.strip() or not phrase:
                errors.append(f"{where}: blank or padded phrase {phrase!r}")
            if s.language == "en" and not phrase.isascii():
                errors.append(f"{where}: English phrase not plain Latin: {phrase!r}")
            if s.language == "th":
                th, la = thai_letters(phrase), latin_letters(phrase)
                if th < 0.6 * (th + la):
                    errors.append(f"{where}: Thai phrase mostly not Thai: {phrase!r}")
        for text, _ in s.offers:
            claimed = find_certifications(text)
            if not claimed <= set(s.certifications):
                errors.append(f"{where}: offer {text!r} claims {sorted(claimed)} not held")
        for need in s.needs:
            found = find_certifications(need.text)
            if found != set(need.requires):
                errors.append(f"{where}: need {need.text!r} names {sorted(found)}, requires {sorted(need.requires)}")
            for cert in need.waives:
                if not mentioned(cert, need.text) or cert in found:
                    errors.append(f"{where}: need {need.text!r} does not waive {cert}")
            suppliers = [o for o in smes if o.id != s.id and qualified(o, need)]
            if need.unmet:
                if suppliers:
                    errors.append(f"{where}: unmet need {need.text!r} is met by {[o.id for o in suppliers]}")
                continue
            if not need.labels:
                errors.append(f"{where}: need {need.text!r} lists no labels")
            for label in need.labels:
                if not offered.get(label, set()) - {s.id}:
                    errors.append(f"{where}: label {label!r} offered by no one else")
            if not suppliers:
                errors.append(f"{where}: need {need.text!r} has no qualified supplier")
    return errors


def true_links(smes: list[Sme]) -> set[tuple[str, str]]:
    return {
        (supplier.id, buyer.id)
        for buyer in smes
        for need in buyer.needs
        if not need.unmet
        for supplier in smes
        if supplier.id != buyer.id and qualified(supplier, need)
    }


def check_targets(smes: list[Sme], links: set[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    lang = {s.id: s.language for s in smes}
    thai = sum(s.language == "th" for s in smes)
    if not 0.50 <= thai / len(smes) <= 0.60:
        errors.append(f"Thai share {thai}/{len(smes)} outside 50-60 %")
    if not LINKS_MIN <= len(links) <= LINKS_MAX:
        errors.append(f"{len(links)} links, target {LINKS_MIN}-{LINKS_MAX}")
    cross = sum(lang[a] != lang[b] for a, b in links)
    if links and not 0.40 <= cross / len(links) <= 0.60:
        errors.append(f"cross-language share {cross}/{len(links)} outside 40-60 %")
    unmet = sum(1 for s in smes for n in s.needs if n.unmet)
    if not 17 <= unmet <= 23:
        errors.append(f"{unmet} needs met by no one, target about 20")
    counts = [sum(qualified(o, n) for o in smes if o.id != s.id) for s in smes for n in s.needs if not n.unmet]
    few = sum(1 <= c <= 3 for c in counts)
    if counts and few < 0.7 * len(counts):
        errors.append(f"only {few}/{len(counts)} met needs have 1-3 suppliers")
    return errors


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [need.text for need in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.language,
    }
    return json.dumps(record, ensure_ascii=False)


def counts_table(smes: list[Sme], links: set[tuple[str, str]]) -> str:
    by_id = {s.id: s for s in smes}
    rows: list[tuple[str, str]] = []

    def add(name: str, value: object) -> None:
        rows.append((name, str(value)))

    add("profiles", len(smes))
    add("Thai / English profiles", f"{sum(s.language == 'th' for s in smes)} / {sum(s.language == 'en' for s in smes)}")
    for sub in SubCluster:
        add(f"sub-cluster `{sub.value}`", sum(s.sub_cluster == sub.value for s in smes))
    for stage in Stage:
        add(f"stage `{stage.value}`", sum(s.stage == stage.value for s in smes))
    regions = Counter(resolve_province(s.province).region for s in smes)  # type: ignore[union-attr]
    for region in Region:
        add(f"region `{region.value}`", regions[region])
    add("distinct provinces", len({s.province for s in smes}))
    offers = [label for s in smes for _, label in s.offers]
    add("offers", len(offers))
    add("distinct offer labels", len(set(offers)))
    needs = [n for s in smes for n in s.needs]
    unmet = sum(1 for n in needs if n.unmet)
    add("needs", len(needs))
    add("needs met / met by no one", f"{len(needs) - unmet} / {unmet}")
    per_need = Counter(
        min(sum(qualified(o, n) for o in smes if o.id != s.id), 4) for s in smes for n in s.needs if not n.unmet
    )
    add("met needs with 1 / 2 / 3 / 4+ suppliers", " / ".join(str(per_need[k]) for k in (1, 2, 3, 4)))
    add("needs requiring a certification", sum(1 for n in needs if n.requires))
    add("needs waiving a certification", sum(1 for n in needs if n.waives))
    add("true links", len(links))
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    add("links Thai supplier -> English buyer", th_en)
    add("links English supplier -> Thai buyer", en_th)
    share = f"{100 * cross / len(links):.1f} %" if links else "-"
    add("cross-language links (share)", f"{cross} ({share})")
    add("within-language links", len(links) - cross)
    add("links between different sub-clusters", sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links))
    width = max(len(name) for name, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {name.ljust(width)} | {value} |" for name, value in rows]
    return "\n".join(lines)


README = """# eval/blind_plain_courses: plain registry entries, theme courses and training

A hand-labelled test set for the partner matchmaking of the Health and Wellness Economy
textile cluster. It checks how well the matcher finds the true supplier-buyer pairs among
95 SME profiles written as plain registry entries (one short phrase per offer or need) in
wording it has never seen.

## What the set checks

The theme is courses, training and study tours in textiles: weaving, natural dyeing,
batik, mudmee tying, sewing and pattern-cutting courses, vocational colleges and community
learning centres, online courses, train-the-trainer programmes, study tours to weaving
villages, workshops for tourists, schools and care homes, trainers and master weavers who
teach, course manuals and kits, venues, homestays and transport that host the groups, and
the schools, hotels, care homes and government offices that buy training. The ordinary
upstream and midstream suppliers of the cluster (fibre, yarn, cloth, dyeing, sewing,
recycling, sport fabrics) are there too.

The same kind of thing is written in many ways: northern, Isan and southern names
(ห้อม / คราม / indigo, ผ้าปาเต๊ะ / batik, หูก / กี่ / loom, ผ้าโฮล / mudmee), trade words,
abbreviations (CMT, ToT, ครู ก.), with and without quantities, prices and places. Needs are
worded differently from the offers that meet them, often in the other language. Hard cases:

- a service versus the goods it works on (indigo dyeing of the customer's cloth versus
  indigo-dyed cloth; CMT sewing versus finished garments; sublimation printing versus jerseys;
  fibre recycling of the customer's scraps versus recycled yarn; contract weaving versus cloth);
- a course versus the service or goods it teaches (a natural-dye course versus natural dyeing;
  a pattern-cutting course versus pattern making; a printing house versus a printed manual);
- waste and used goods versus new (used sewing machines versus new ones; used clothing,
  cutting scraps and deadstock rolls are three different things);
- raw versus processed (raw hemp fibre, hemp yarn, hemp cloth; seed cotton, handspun yarn,
  dyed yarn, cloth; cocoons, silk yarn, mudmee silk; a children's frame loom versus a floor loom);
- finished goods described by their material or technique (a bag of indigo-dyed handwoven
  cotton is a bag; uniforms in local batik are uniforms);
- needs written as a wish, a bare noun phrase or a question, and refusals ("no synthetic dye");
- needs that require a named certification (Organic Thailand, the Peacock Emblem, OEKO-TEX,
  GRS, ISO 13485; some of them held by no one) and needs that name one only to waive it;
- about twenty needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of `CONTRACTS.md` (the profile format and the
links CSV), `shared/taxonomy.py` with its data files, and the ruff settings. The writer did not
look at the matcher, its glossary, its tests, other evaluation sets or the project's data, and
did not run the matcher. All data, labels included, are in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service` versus `natural_dye_course`).
Every need either lists the offer labels that would meet it and the certifications its text
requires, or is marked as met by no one with a short note. The pair (supplier, buyer) is a true
link when some offer of the supplier carries a label listed by one of the buyer's needs and the
supplier's certifications hold every certification that need requires. A waived certification
("ไม่ต้องมี OTOP ก็ได้", "no OEKO-TEX needed") is not required. An SME is never linked to itself.
Shared words play no part; quantities, prices and places never decide a link; what changes what
the thing is does.

Before writing, the script checks: ids unique and well-formed; every contract field valid
(sub-cluster, stage and BCG tags from the taxonomy, provinces resolved by `resolve_province`,
certifications canonical under `resolve_certification`); every label a met need lists is offered
by someone other than the buyer; every met need has a qualified supplier and every unmet one has
none; the certifications a need's text names (by `find_certifications`) are exactly those it
requires, and a waived one is named in its text but not affirmed; an offer claims no
certification its SME does not hold; Thai phrases are mostly Thai letters and English phrases
plain ASCII; the size targets (95 profiles, 50-60 % Thai, 160-180 links, 40-60 % of them across
languages, about 20 unmet needs, most met needs with 1-3 suppliers). It writes nothing if a check
fails. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_courses/write.py

## Files

- `write.py`: all data and labels, the checks, and the writer.
- `profiles.jsonl`: 95 profiles, ids `bcr-001` ... `bcr-095`, JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def main() -> int:
    smes = [s for part in PARTS for s in part]
    errors = check(smes)
    links = true_links(smes)
    errors += check_targets(smes, links)
    table = counts_table(smes, links)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(table, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    profiles = "".join(profile_json(s) + "\n" for s in smes)
    csv_text = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in sorted(links))
    (HERE / "profiles.jsonl").write_text(profiles, encoding="utf-8")
    (HERE / "links.csv").write_text(csv_text, encoding="utf-8")
    (HERE / "README.md").write_text(README.replace("{table}", table), encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
