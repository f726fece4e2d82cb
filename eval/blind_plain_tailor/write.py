"""Hand-labelled evaluation set `blind_plain_tailor`: plain registry entries of a tailoring-leaning cluster.

Every offer is a (text, label) pair; every need lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one. A pair (supplier, buyer) is a true link
when some offer of the supplier carries a label one of the buyer's needs lists and the supplier holds every
certification that need requires. The script checks the data and, only when every check passes, writes
`profiles.jsonl` and `links.csv` next to itself.

Run from the repository root:  .venv/bin/python eval/blind_plain_tailor/write.py
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
sys.path.insert(0, str(HERE.parents[1]))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

# ------------------------------------------------------------------ structure


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str  # why no one in the set meets it; empty for a met need


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, certs, waives, "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, (), certs, waives, note)


@dataclass(frozen=True)
class Sme:
    id: str
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    email: str
    certs: tuple[str, ...]
    bcg: tuple[str, ...]
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]


HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
CEN = "ageing_lifestyle_central"
ISAN = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"

GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
TIS = "Thai Industrial Standard"
PEACOCK = "Thai Silk Peacock Emblem"
ORGTH = "Organic Thailand"
OTOP = "OTOP"
ISO13485 = "ISO 13485"

# ------------------------------------------------------------------ data

SMES: list[Sme] = [
    Sme(
        "bpg-001", "th", "หจก. เจริญผ้า สำเพ็ง", CEN, MID, "Bangkok", "charoenpha.sampeng@gmail.com",
        ("มอก.",), (),
        (
            ("ผ้าโทเรขาว ตัดเสื้อนักเรียน ขายส่งยกพับ ผ่าน มอก.", "white_tc_shirting_fabric"),
            ("ผ้าเสิร์จสีกรม สีดำ ทำกางเกง-กระโปรงนักเรียน", "serge_uniform_fabric"),
            ("ผ้าซับในโพลีเอสเตอร์ หน้ากว้าง 60 นิ้ว มีกว่า 80 สี ส่ง ตจว. ได้", "lining_fabric"),
            ("ผ้าสูทโพลีวิสโคส (TR) ราคาประหยัด", "tr_suiting_fabric"),
        ),
        (
            N("หาคนมารับเศษผ้าหน้าร้าน อาทิตย์ละครั้ง", "textile_waste_collection_service"),
        ),
    ),
    Sme(
        "bpg-002", "en", "Singh Brothers Textiles (Pahurat)", CEN, MID, "Bangkok",
        "sales@singhbrotherstextiles.co.th", (), (),
        (
            ("Italian and English wool suitings, Super 110s to 150s, 3.2 m suit lengths", "wool_suiting_fabric"),
            ("TR suiting, poly-viscose, 40 shades in stock", "tr_suiting_fabric"),
            ("Embroidered and French lace by the metre", "lace_fabric"),
        ),
        (
            N("Buying factory deadstock rolls, suiting and shirting, cash on pickup", "deadstock_fabric_rolls"),
        ),
    ),
    Sme(
        "bpg-003", "th", "ร้านตัดเสื้อช่างเล็ก", CIRC, DOWN, "Nonthaburi", "changlek.tailor@hotmail.com",
        (), ("circular",),
        (
            ("รับแก้เสื้อผ้าทุกชนิด ตัดขา เปลี่ยนซิป เอาเอวเข้าออก", "alteration_service"),
            ("รับตัดชุดจากผ้าที่ลูกค้านำมาเอง", "tailoring_service_customer_fabric"),
        ),
        (
            N("ด้ายเย็บผ้า หลอดใหญ่ สีพื้นขายดี", "sewing_thread"),
            N("ซิปซ่อน ซิปกางเกงยีนส์ คละขนาด", "zippers"),
            N("มีใครขายจักรโพ้งบ้างคะ มือสองสภาพดีก็ได้", "sewing_machines"),
        ),
    ),
    Sme(
        "bpg-004", "en", "Bangkok Bespoke Tailors Co., Ltd.", CEN, DOWN, "Bangkok", "orders@bangkokbespoke.com",
        (), (),
        (
            ("Made-to-measure suits, two fittings, ready in 7 days", "made_to_measure_suits"),
        ),
        (
            N("Full canvas for jackets - horsehair, not fusible", "horsehair_canvas"),
            N("Bemberg linings", "cupro_lining"),
            N("Horn and corozo buttons, 15 and 20 mm", "buttons"),
            N("Super 130s wool cloth, navy and charcoal", "wool_suiting_fabric"),
        ),
    ),
    Sme(
        "bpg-005", "th", "ร้านชุดไทยแม่บุญมี", CEN, DOWN, "Phra Nakhon Si Ayutthaya", "maeboonmee.thaidress@gmail.com",
        ("OTOP",), (),
        (
            ("ตัดชุดไทยบรมพิมาน จักรี ศิวาลัย ตามสัดส่วน", "thai_traditional_dress"),
            ("รับตัดชุดไทยจากผ้าไหมของลูกค้าเอง", "tailoring_service_customer_fabric"),
        ),
        (
            N("ผ้าไหมไทยแท้ ต้องมีตรานกยูงพระราชทานเท่านั้น", "thai_silk_fabric", "mudmee_silk_fabric",
              certs=(PEACOCK,)),
            U("หาช่างปักเลื่อมมือ รับงานไปทำที่บ้าน", "hand sequin beading outwork: nobody offers it"),
        ),
    ),
    Sme(
        "bpg-006", "th", "กลุ่มทอผ้าไหมบ้านหนองบัว", ISAN, MID, "Surin", "nongbuasilk.surin@gmail.com",
        ("ตรานกยูงพระราชทาน", "OTOP"), ("bio",),
        (
            ("ผ้าไหมมัดหมี่ลายโบราณ ทอมือ ได้ตรานกยูงสีทอง", "mudmee_silk_fabric"),
            ("ผ้าไหมพื้นเรียบ ย้อมสีธรรมชาติ ผืนละ 4 เมตร", "thai_silk_fabric"),
        ),
        (
            N("เส้นไหมน้อยสำหรับทอพุ่ง", "silk_yarn"),
            U("อยากได้คนสอนออกแบบลายผ้าใหม่ และสอนขายออนไลน์", "design and online-selling coaching: nobody offers it"),
        ),
    ),
    Sme(
        "bpg-007", "en", "Thread & Trim Supply (Thailand) Ltd.", CEN, MID, "Samut Prakan", "info@threadtrim.co.th",
        ("OEKO-TEX Standard 100", "ISO 9001"), (),
        (
            ("Spun polyester sewing thread 40/2, 5,000 m cones, 300 colours", "sewing_thread"),
            ("Zips: nylon coil, metal, invisible, cut to length", "zippers"),
            ("Fusible interfacing, woven and non-woven, 90 and 150 cm", "fusible_interfacing"),
            ("Hook and loop tape 20-50 mm, sew-on", "hook_and_loop_tape"),
        ),
        (
            N("Recycled polyester yarn for a new thread line - must be GRS certified", "recycled_polyester_yarn",
              certs=(GRS,)),
        ),
    ),
    Sme(
        "bpg-008", "th", "ร้านยูนิฟอร์มเจริญพาณิชย์", CEN, DOWN, "Phitsanulok", "charoenpanich.uniform@gmail.com",
        (), (),
        (
            ("ชุดนักเรียนครบชุด ประถม มัธยม ปักชื่อฟรี", "school_uniforms"),
            ("ชุดลูกเสือ เนตรนารี ยุวกาชาด ครบไซส์", "scout_uniforms"),
            ("รับปักชื่อ ปักอักษรย่อโรงเรียน ปักโลโก้", "embroidery_service"),
        ),
        (
            N("ผ้าโทเรขาวสำหรับเสื้อนักเรียน ต้องผ่าน มอก.", "white_tc_shirting_fabric", certs=(TIS,)),
            N("หาโรงงานรับเย็บกางเกงนักเรียนช่วงเปิดเทอม ทางร้านส่งผ้าไปให้", "cmt_sewing_service"),
        ),
    ),
    Sme(
        "bpg-009", "th", "โรงเรียนบ้านดอนแก้ว", ISAN, DOWN, "Udon Thani", "donkaew.school@gmail.com",
        (), (),
        (),
        (
            N("ชุดนักเรียนสำหรับเด็กยากจน 120 ชุด", "school_uniforms"),
            N("ชุดลูกเสือสำรอง", "scout_uniforms"),
        ),
    ),
    Sme(
        "bpg-010", "en", "Lanna Hemp Fibre Co-op", HEMP, UP, "Chiang Mai", "lannahempcoop@gmail.com",
        ("Organic Thailand",), ("bio", "green"),
        (
            ("Hand-stripped hemp bast fibre, sun-dried bundles", "hemp_fibre"),
            ("Hand-spun hemp yarn, natural or ash-bleached", "hemp_yarn"),
        ),
        (
            N("Can anyone weave our hemp yarn into cloth on commission? We supply the yarn.",
              "commission_weaving_service"),
            N("Indigo paste from local growers", "indigo_dye_paste"),
        ),
    ),
    Sme(
        "bpg-011", "th", "กลุ่มผ้าย้อมครามบ้านพรรณา", HEMP, MID, "Sakon Nakhon", "phannakram@gmail.com",
        ("OTOP",), ("bio", "green"),
        (
            ("ผ้าฝ้ายทอมือย้อมคราม ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 5 เมตร", "indigo_dyeing_service"),
            ("เนื้อครามเปียก จากต้นครามที่ปลูกเอง", "indigo_dye_paste"),
        ),
        (
            N("ฝ้ายเข็นมือ เส้นเล็ก สีขาวธรรมชาติ", "handspun_cotton_yarn"),
        ),
    ),
    Sme(
        "bpg-012", "en", "Indigo Mor Hom Studio", HEMP, DOWN, "Phrae", "hello@morhomstudio.com",
        (), ("bio",),
        (
            ("Mor hom shirts, hand-dipped in indigo, unisex S-XXL", "indigo_dyed_shirts"),
            ("Indigo handwoven cotton tote bags", "handwoven_cotton_bags"),
        ),
        (
            N("Blank cotton shirts, undyed, so we can dye them in our own vats", "blank_cotton_garments"),
            N("Indigo dyeing for overflow in high season", "indigo_dyeing_service"),
            N("Woven neck labels with our logo", "woven_labels"),
        ),
    ),
    Sme(
        "bpg-013", "th", "ช่างวิรัตน์ ซ่อมจักรเย็บผ้า", CEN, MID, "Nakhon Pathom", "wirat.sewingrepair@gmail.com",
        (), (),
        (
            ("ซ่อมจักรเย็บผ้าทุกยี่ห้อ จักรบ้าน จักรอุตสาหกรรม ออกนอกสถานที่ โทร 081-234-5678",
             "sewing_machine_repair_service"),
            ("ขายจักรมือสอง จักรเข็มเดี่ยว จักรโพ้ง รับประกัน 3 เดือน", "sewing_machines"),
            ("อะไหล่จักร เข็ม กระสวย ตีนผี", "sewing_machine_parts"),
        ),
        (
            N("ผ้าเช็ดคราบน้ำมัน แบบตัดเป็นผืนพร้อมใช้ ซื้อเป็นกิโล", "sorted_cotton_rags"),
            U("รับซื้อจักรเก่าเสีย เอามาถอดอะไหล่", "broken machines for parts: nobody offers them"),
        ),
    ),
    Sme(
        "bpg-014", "en", "SewRight Training Centre", ISAN, DOWN, "Khon Kaen", "courses@sewright-kk.com",
        (), (),
        (
            ("Sewing courses: basic and pattern cutting, 60 hours with certificate", "sewing_training_course"),
        ),
        (
            N("Cheap fabric for students to practise on - remnants fine", "fabric_offcuts", "deadstock_fabric_rolls"),
        ),
    ),
    Sme(
        "bpg-015", "th", "ร้านหุ่นโชว์สมใจ", CEN, MID, "Bangkok", "somjai.mannequin@gmail.com",
        (), (),
        (
            ("หุ่นตัดเสื้อ หุ่นลองชุด เบอร์ 34 ถึง 40 ปรับไซส์ได้", "dress_forms"),
            ("หุ่นโชว์หน้าร้าน ทั้งตัวและครึ่งตัว", "display_mannequins"),
        ),
        (
            U("ผ้าลินินสีธรรมชาติ สำหรับหุ้มหุ่น", "linen fabric: nobody offers it"),
        ),
    ),
    Sme(
        "bpg-016", "th", "ห้องเสื้อดาริน เวดดิ้ง", CEN, DOWN, "Pathum Thani", "darin.wedding@gmail.com",
        (), (),
        (
            ("ชุดเจ้าสาวสั่งตัด ทรงเมอร์เมด ทรงเจ้าหญิง", "wedding_dresses"),
            ("ชุดไทยเจ้าสาว สั่งตัดตามตัว", "thai_traditional_dress"),
        ),
        (
            N("ผ้าซาตินเนื้อหนาสีงาช้าง สำหรับชุดเจ้าสาว", "bridal_satin_fabric"),
            N("ลูกไม้ติดเลื่อม ชนิดเป็นผืน", "lace_fabric"),
            N("คริสตัล ลูกปัด เลื่อม สำหรับปักชุด", "sequins_and_beads"),
        ),
    ),
    Sme(
        "bpg-017", "en", "Bridal Fabric House", CEN, MID, "Bangkok", "shop@bridalfabrichouse.com",
        (), (),
        (
            ("Duchess satin, mikado and tulle for gowns", "bridal_satin_fabric"),
            ("Lace appliques and scalloped lace edging", "lace_trim"),
        ),
        (
            N("Sunray pleating for chiffon skirts, we send the fabric", "pleating_service"),
        ),
    ),
    Sme(
        "bpg-018", "th", "ร้านอัดพลีทประณีต", CEN, MID, "Bangkok", "praneetpleat@gmail.com",
        (), (),
        (
            ("รับอัดพลีทกระโปรง พลีทรอบตัว พลีทกลีบ ใช้ผ้าของลูกค้า", "pleating_service"),
        ),
        (
            U("กระดาษแข็งสำหรับทำแม่แบบอัดพลีท", "pleating card: nobody offers it"),
        ),
    ),
    Sme(
        "bpg-019", "th", "ร้านกระดุมเส้นด้าย กาดหลวง", HEMP, MID, "Chiang Mai", "kadluang.button@gmail.com",
        (), (),
        (
            ("กระดุมกะลา กระดุมไม้ กระดุมเขาควาย ราคาส่ง โหลละ 25 บาทขึ้นไป", "buttons"),
            ("ด้ายเย็บผ้าฝ้าย 100% สีธรรมชาติ", "sewing_thread"),
            ("ยางยืดขอบกางเกง หลายขนาด", "elastic_tape"),
        ),
        (
            N("ถุงผ้าดิบใส่สินค้า 500 ใบ", "cotton_tote_bags"),
        ),
    ),
    Sme(
        "bpg-020", "en", "Siam Uniform Factory Co., Ltd.", CEN, DOWN, "Samut Sakhon", "sales@siamuniform.co.th",
        ("ISO 9001", "OEKO-TEX Standard 100"), (),
        (
            ("Corporate and hotel staff uniforms, MOQ 50 sets", "staff_uniforms"),
            ("Blank cotton T-shirts, no print, 180 gsm", "blank_cotton_garments"),
            ("Leftover fabric rolls from past orders, sold as is", "deadstock_fabric_rolls"),
        ),
        (
            N("White TC shirting, OEKO-TEX required", "white_tc_shirting_fabric", certs=(OEKO,)),
            N("Computer embroidery subcontractor for logos", "embroidery_service"),
            N("Woven labels and size labels", "woven_labels"),
        ),
    ),
    Sme(
        "bpg-021", "th", "โรงแรมริมน้ำบูทีค กระบี่", CEN, DOWN, "Krabi", "hr@rimnamboutique.com",
        (), ("green",),
        (),
        (
            N("ต้องการชุดพนักงานต้อนรับ ผ้าใส่ไม่ร้อน 40 ชุด", "staff_uniforms"),
            U("ผ้าขนหนูโรงแรม ผ้าเช็ดตัว", "towels: nobody offers them"),
        ),
    ),
    Sme(
        "bpg-022", "th", "วัดป่าสันติธรรม", ISAN, DOWN, "Ubon Ratchathani", "watpasantitham@gmail.com",
        (), (),
        (),
        (
            N("ต้องการไตรจีวร สีกรัก 30 ชุด สำหรับงานบวช", "monk_robes"),
            N("ช่างซ่อมจีวรขาด", "alteration_service"),
        ),
    ),
    Sme(
        "bpg-023", "th", "ร้านศรีสมบูรณ์สังฆภัณฑ์", ISAN, DOWN, "Nakhon Ratchasima", "srisomboon.robe@gmail.com",
        (), (),
        (
            ("ตัดเย็บไตรจีวร ผ้ามัสลิน ผ้าโทเร สีพระราชนิยม", "monk_robes"),
        ),
        (
            N("ผ้าจีวรเป็นพับ สีกรัก สีเหลืองทอง", "saffron_robe_fabric"),
        ),
    ),
    Sme(
        "bpg-024", "en", "Krung Thep Robe Cloth Trading", CEN, MID, "Bangkok", "krungtheprobecloth@gmail.com",
        (), (),
        (
            ("Monk robe cloth in saffron and ochre shades, by the roll", "saffron_robe_fabric"),
            ("Khaki drill for civil servant and scout uniforms", "khaki_drill_fabric"),
        ),
        (
            N("Dye house to dye our greige cloth to robe colours", "fabric_dyeing_service"),
        ),
    ),
    Sme(
        "bpg-025", "th", "บจก. สาครย้อมผ้า", CEN, MID, "Samut Sakhon", "sakhondyeing@gmail.com",
        ("ISO 14001",), ("green",),
        (
            ("รับย้อมผ้าตามสี ผ้าฝ้าย ผ้าทีซี ขั้นต่ำ 200 กิโล", "fabric_dyeing_service"),
        ),
        (
            U("สีย้อมรีแอคทีฟ ราคาส่ง", "dyestuffs: nobody offers them"),
        ),
    ),
    Sme(
        "bpg-026", "en", "Pattern House Studio", CEN, MID, "Bangkok", "pattern@patternhouse.studio",
        (), (),
        (
            ("Pattern making and grading, paper or DXF", "pattern_making_service"),
        ),
        (
            N("Dress forms for fittings, sizes 8 to 14", "dress_forms"),
        ),
    ),
    Sme(
        "bpg-027", "th", "กลุ่มแม่บ้านตัดเย็บบ้านโนนสูง", ISAN, DOWN, "Maha Sarakham", "nonsung.sewing@gmail.com",
        ("OTOP",), (),
        (
            ("ผ้าซิ่นตัดสำเร็จ ใส่ง่าย มีกระเป๋าข้าง", "sewn_tube_skirts"),
            ("ถุงผ้าดิบ สกรีนชื่อร้านได้ ขั้นต่ำ 100 ใบ", "cotton_tote_bags"),
        ),
        (
            N("จักรอุตสาหกรรมราคาไม่แพง 3 ตัว", "sewing_machines"),
            N("ผ้าซิ่นทอมือเป็นผืน ยังไม่ได้เย็บ", "handwoven_pha_sin_lengths"),
        ),
    ),
    Sme(
        "bpg-028", "th", "กลุ่มทอผ้าซิ่นตีนจกลับแล", HEMP, MID, "Uttaradit", "laplae.teenjok@gmail.com",
        ("OTOP",), ("bio",),
        (
            ("ผ้าซิ่นตีนจกทอมือ ขายเป็นผืน", "handwoven_pha_sin_lengths"),
            ("ผ้าฝ้ายทอมือลายพื้นเมือง หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
        ),
        (
            N("ฝ้ายดิบจากไร่ ปลอดสาร", "raw_cotton"),
            N("ด้ายฝ้ายสำหรับทอ เบอร์ 20 ย้อมสีแล้ว", "cotton_weaving_yarn"),
        ),
    ),
    Sme(
        "bpg-029", "en", "Isan Cotton Growers Network", HEMP, UP, "Loei", "isancottongrowers@gmail.com",
        ("Organic Thailand",), ("bio",),
        (
            ("Organic seed cotton and ginned lint, farm gate price", "raw_cotton"),
            ("Hand-spun cotton yarn from village spinners", "handspun_cotton_yarn"),
        ),
        (
            N("Sewing trainer for village women, two-week course", "sewing_training_course"),
        ),
    ),
    Sme(
        "bpg-030", "th", "ร้านด้ายทอผ้าเจ๊หมวย", ISAN, UP, "Chaiyaphum", "jemuay.yarn@gmail.com",
        (), (),
        (
            ("ด้ายฝ้ายทอผ้า 20/2 ย้อมสีสำเร็จ ขายเป็นไจ", "cotton_weaving_yarn"),
            ("เส้นไหมดิบ เส้นไหมฟอกแล้ว", "silk_yarn"),
        ),
        (
            N("ถุงผ้าใส่ไจด้ายส่งลูกค้า", "cotton_tote_bags"),
        ),
    ),
    Sme(
        "bpg-031", "en", "Bangkok Sublimation & Print", SPORT, MID, "Pathum Thani", "print@bkksublimation.com",
        (), (),
        (
            ("Sublimation printing on polyester, full colour, roll to roll", "sublimation_printing_service"),
        ),
        (
            N("Microfibre dry-fit jersey, white, 140-160 gsm", "sports_jersey_fabric"),
            N("Recycled polyester knit - GRS certified only", "recycled_polyester_fabric", certs=(GRS,)),
        ),
    ),
    Sme(
        "bpg-032", "th", "ชัยยะสปอร์ต หาดใหญ่", SPORT, DOWN, "Songkhla", "chaiyasport.hatyai@gmail.com",
        (), (),
        (
            ("เสื้อกีฬาทีม พิมพ์ลายตามสั่ง ฟุตบอล วอลเลย์", "sportswear_team_kits"),
            ("รับสกรีนเสื้อ ซิลค์สกรีน เฟล็กซ์", "screen_printing_service"),
            ("กางเกงมวยไทย ผ้าซาติน ปักชื่อค่าย", "muay_thai_shorts"),
        ),
        (
            N("ผ้าไมโครสปอร์ต ผ้าดรายฟิต ยกม้วน", "sports_jersey_fabric"),
            N("โรงพิมพ์ซับลิเมชั่นรับพิมพ์ผ้าที่ร้านส่งไป", "sublimation_printing_service"),
            N("ร้านปักโลโก้สปอนเซอร์บนเสื้อ", "embroidery_service"),
        ),
    ),
    Sme(
        "bpg-033", "en", "Thai Knit Sport Fabrics Co., Ltd.", SPORT, MID, "Samut Prakan", "sales@thaiknitsport.com",
        ("bluesign", "OEKO-TEX Standard 100", "GRS"), ("green", "circular"),
        (
            ("Dry-fit polyester microfibre jersey, wicking, 150 gsm", "sports_jersey_fabric"),
            ("rPET jersey from bottles, GRS certified", "recycled_polyester_fabric"),
        ),
        (
            N("Recycled polyester filament yarn with GRS", "recycled_polyester_yarn", certs=(GRS,)),
        ),
    ),
    Sme(
        "bpg-034", "th", "บจก. รีไฟเบอร์ ระยอง", CIRC, UP, "Rayong", "sales@refiberrayong.co.th",
        ("GRS",), ("circular", "green"),
        (
            ("เส้นด้ายรีไซเคิลจากขวดพลาสติก PET มาตรฐาน GRS", "recycled_polyester_yarn"),
            ("ใยโพลีเอสเตอร์รีไซเคิล สำหรับยัดหมอน", "recycled_polyester_fibrefill"),
        ),
        (
            U("ขวดพลาสติกใส คัดแยกแล้ว อัดก้อน", "PET bottles: nobody offers them"),
        ),
    ),
    Sme(
        "bpg-035", "th", "วิสาหกิจชุมชนรับซื้อเศษผ้าแปดริ้ว", CIRC, UP, "Chachoengsao", "paetriu.wastecloth@gmail.com",
        (), ("circular",),
        (
            ("รับซื้อเศษผ้าจากร้านตัดเสื้อและโรงงาน ไปรับถึงที่", "textile_waste_collection_service"),
            ("ผ้าเช็ดเครื่อง คัดแล้ว ผ้าฝ้ายล้วน ขายเป็นกิโล", "sorted_cotton_rags"),
        ),
        (
            N("เศษผ้าฝ้ายจากโรงงานตัดเย็บ ปริมาณมาก", "fabric_offcuts"),
            N("เสื้อผ้าเก่า ฝ้าย 100% เป็นกระสอบ", "used_clothing"),
        ),
    ),
    Sme(
        "bpg-036", "en", "ReThread Upcycling", CIRC, DOWN, "Bangkok", "hello@rethread.co",
        (), ("circular",),
        (
            ("Patchwork totes and pouches made from tailor offcuts", "upcycled_patchwork_products"),
            ("We turn your old uniforms into gift bags or cushions - ask for a quote", "uniform_upcycling_service"),
        ),
        (
            N("Clean cotton offcuts, pieces bigger than A4", "fabric_offcuts"),
            N("Deadstock rolls, any fibre", "deadstock_fabric_rolls"),
        ),
    ),
    Sme(
        "bpg-037", "th", "ร้านผ้าเหลือโรงงาน บางพลี", CIRC, MID, "Samut Prakan", "pharlua.bangphli@gmail.com",
        (), ("circular",),
        (
            ("ผ้าค้างสต็อกโรงงานเป็นม้วน คละชนิด กิโลละ 80 บาท", "deadstock_fabric_rolls"),
        ),
        (
            N("หาคนรับเศษผ้าชิ้นเล็กที่ขายไม่ออกไปจากโกดัง", "textile_waste_collection_service"),
        ),
    ),
    Sme(
        "bpg-038", "th", "บ้านพักผู้สูงอายุสุขใจ", CEN, DOWN, "Chonburi", "sukjai.eldercare@gmail.com",
        (), (),
        (),
        (
            N("เสื้อผ้าผู้สูงอายุติดตีนตุ๊กแก ใส่ง่าย สำหรับผู้ป่วยติดเตียง", "adaptive_clothing_elderly"),
            N("ชุดผู้ป่วยผ้าฝ้าย ไม่ต้องมี มอก. ก็ได้", "patient_gowns", waives=(TIS,)),
            N("หมอนหนุนซักได้ สำหรับผู้สูงอายุ", "pillows"),
        ),
    ),
    Sme(
        "bpg-039", "en", "Silver Comfort Apparel", CEN, DOWN, "Bangkok", "care@silvercomfort.co.th",
        ("OEKO-TEX Standard 100",), (),
        (
            ("Easy-dress clothing for seniors, velcro fronts and side openings", "adaptive_clothing_elderly"),
            ("Open-back patient gowns, cotton, washable at 90C", "patient_gowns"),
        ),
        (
            N("Soft hook and loop tape, skin-friendly", "hook_and_loop_tape"),
            U("Sew-in magnetic closures", "magnetic closures: nobody offers them"),
            N("Cotton jersey, OEKO-TEX certified", "cotton_knit_fabric", certs=(OEKO,)),
        ),
    ),
    Sme(
        "bpg-040", "th", "โรงถักผ้าบางบอน นิตติ้ง", SPORT, MID, "Bangkok", "bangbon.knitting@gmail.com",
        ("Oeko-Tex 100",), (),
        (
            ("ผ้ายืดคอตตอน 100% ผ่าน OEKO-TEX ขั้นต่ำสีละ 25 กิโล", "cotton_knit_fabric"),
            ("ผ้ายืดทีซี ทีเค สำหรับเสื้อโปโลยูนิฟอร์ม", "tc_knit_fabric"),
        ),
        (
            N("ด้ายฝ้ายรีไซเคิลสำหรับถักผ้ารุ่นรักษ์โลก", "recycled_cotton_yarn"),
        ),
    ),
    Sme(
        "bpg-041", "en", "Phuket Tailor House", CEN, DOWN, "Phuket", "info@phukettailorhouse.com",
        (), (),
        (
            ("Suits in 24 hours, free hotel pick-up, call 076 123 456", "made_to_measure_suits"),
        ),
        (
            N("Wool and TR suitings wholesale, with swatch books", "wool_suiting_fabric", "tr_suiting_fabric"),
            U("Experienced tailors to hire, live-in", "staff hiring: nobody offers it"),
        ),
    ),
    Sme(
        "bpg-042", "th", "ร้านตัดสูทสุภาพบุรุษ หาดใหญ่", CEN, DOWN, "Songkhla", "suparburut.hatyai@gmail.com",
        (), (),
        (
            ("สูทสั่งตัด ผ้าวูลนอก ลองตัวสองครั้ง", "made_to_measure_suits"),
        ),
        (
            N("ผ้าวูลแท้ ไม่เอาผ้าโพลีหรือ TR", "wool_suiting_fabric"),
            N("ผ้าซับในเบมเบิร์ก", "cupro_lining"),
            N("มีร้านไหนรับเจาะรังดุมด้วยมือบ้าง ส่งเสื้อไปทำ", "buttonhole_service"),
        ),
    ),
    Sme(
        "bpg-043", "en", "Bangkok Buttonhole & Finishing", CEN, MID, "Bangkok", "bkkbuttonhole@gmail.com",
        (), (),
        (
            ("Buttonholes and button sewing on your garments, keyhole or straight", "buttonhole_service"),
        ),
        (
            N("Mechanic to service our buttonhole machines", "sewing_machine_repair_service"),
        ),
    ),
    Sme(
        "bpg-044", "th", "ร้านจักรเย็บผ้าเจริญกิจ", ISAN, MID, "Udon Thani", "charoenkit.sewing@gmail.com",
        (), (),
        (
            ("จักรเย็บผ้าไฟฟ้า จักรอุตสาหกรรม จักรโพ้ง ผ่อน 0% 10 เดือน ส่งฟรีในเขตอุดรฯ", "sewing_machines"),
        ),
        (
            N("ผ้าเช็ดจักร เช็ดน้ำมัน ซื้อเป็นกิโล", "sorted_cotton_rags"),
        ),
    ),
    Sme(
        "bpg-045", "en", "Northern Hemp Textiles", HEMP, MID, "Chiang Rai", "info@northernhemptextiles.com",
        ("GOTS", "OEKO-TEX Standard 100"), ("bio", "green"),
        (
            ("100% hemp fabric, loom-state or washed, 150 cm wide", "hemp_fabric"),
            ("Hemp-cotton canvas, 12 oz", "hemp_fabric"),
        ),
        (
            N("Hemp yarn Nm 10-20, hand or machine spun", "hemp_yarn"),
        ),
    ),
    Sme(
        "bpg-046", "th", "กลุ่มผ้าใยกัญชงม้งเขาค้อ", HEMP, MID, "Phetchabun", "khaokho.hemp@gmail.com",
        ("OTOP",), ("bio",),
        (
            ("ผ้าใยกัญชงทอมือ เขียนเทียน ย้อมคราม", "hemp_fabric"),
            ("เส้นใยกัญชงต่อเส้นด้วยมือ ขายเป็นม้วน", "hemp_yarn"),
            ("รับทอผ้าจากเส้นใยกัญชงของลูกค้า", "commission_weaving_service"),
        ),
        (
            U("เมล็ดพันธุ์กัญชงที่ได้รับอนุญาต", "hemp seed: nobody offers it"),
        ),
    ),
    Sme(
        "bpg-047", "en", "Hemp Ways Apparel", HEMP, DOWN, "Chiang Mai", "hello@hempways.co",
        (), ("bio",),
        (
            ("Hemp shirts and wide-leg trousers in natural colour", "hemp_garments"),
        ),
        (
            N("Hemp fabric, GOTS certified", "hemp_fabric", certs=(GOTS,)),
            N("Garment wash to soften finished hemp shirts", "garment_washing_service"),
            U("Hang tags made of hemp paper", "hemp-paper tags: nobody offers them"),
        ),
    ),
    Sme(
        "bpg-048", "th", "ร้านลูกไม้ศรีพาหุรัด", CEN, MID, "Bangkok", "sripahurat.lace@gmail.com",
        (), (),
        (
            ("ลูกไม้ชุดไทย ลูกไม้ฝรั่งเศส ผ้าลูกไม้ขายเป็นหลา", "lace_fabric"),
            ("ลูกไม้ริบบิ้น ลูกไม้ขอบ ระบาย", "lace_trim"),
            ("ดิ้นเงินดิ้นทอง เลื่อม ลูกปัด", "sequins_and_beads"),
        ),
        (
            N("ผ้าซาตินชุดเจ้าสาว ซื้อไปขายปลีกต่อ", "bridal_satin_fabric"),
        ),
    ),
    Sme(
        "bpg-049", "th", "คณะรำวงสาวน้อยเมืองเพชร", CEN, DOWN, "Phetchaburi", "saonoi.ramwong@gmail.com",
        (), (),
        (),
        (
            N("ชุดรำผ้าไหมอิตาลีสีสด 20 ชุด", "dance_costumes"),
            N("อยากได้ผ้าเงาไหมอิตาลีเป็นม้วน เอามาตัดเอง", "polyester_silk_look_fabric"),
        ),
    ),
    Sme(
        "bpg-050", "th", "ร้านชุดการแสดงครูน้อย", CEN, DOWN, "Nakhon Si Thammarat", "krunoi.costume@gmail.com",
        (), (),
        (
            ("ตัดชุดรำ ชุดการแสดง ชุดโนรา ทั้งเช่าและขาย", "dance_costumes"),
        ),
        (
            N("ผ้าไหมอิตาลี หลายสี", "polyester_silk_look_fabric"),
            N("ลูกปัดร้อยชุดโนรา", "sequins_and_beads"),
            U("ช่างปักชุดโขนด้วยดิ้นทอง งานมือ", "hand goldwork embroidery: nobody offers it"),
        ),
    ),
    Sme(
        "bpg-051", "en", "Siam Satin & Shine Fabrics", SPORT, MID, "Bangkok", "siamsatinshine@gmail.com",
        (), (),
        (
            ("'Italian silk' polyester shiny fabric, 60 colours, for costumes", "polyester_silk_look_fabric"),
        ),
        (
            N("Dye house for small polyester lots", "fabric_dyeing_service"),
        ),
    ),
    Sme(
        "bpg-052", "th", "ร้านตัดชุดข้าราชการปากน้ำโพ", CEN, DOWN, "Nakhon Sawan", "paknampho.uniform@gmail.com",
        (), (),
        (
            ("ตัดชุดข้าราชการ ชุดปกติขาว ชุดกากีคอพับ ตามขนาด", "government_officer_uniforms"),
        ),
        (
            N("ผ้ากากีนายร้อย", "khaki_drill_fabric"),
            U("กระดุมตราครุฑ สีทอง", "Garuda uniform buttons: nobody offers them"),
        ),
    ),
    Sme(
        "bpg-053", "en", "Royal Thai Silk Export", CEN, MID, "Bangkok", "export@royalthaisilk.co.th",
        ("Thai Silk Peacock Emblem",), (),
        (
            ("Thai silk by the yard, plain and shot colours, Peacock Emblem certified", "thai_silk_fabric"),
        ),
        (
            N("Mudmee silk from weaving groups, long-term supply, Peacock Emblem essential",
              "mudmee_silk_fabric", certs=(PEACOCK,)),
            N("Indigo vat dyeing of our silk pieces", "indigo_dyeing_service"),
        ),
    ),
    Sme(
        "bpg-054", "th", "ห้องเสื้อป้าศรี ร้อยเอ็ด", ISAN, DOWN, "Roi Et", "pasri.roiet@gmail.com",
        (), (),
        (
            ("รับเย็บผ้าซิ่นเป็นถุง ติดขอบเอว ใส่ตะขอ ผ้าของลูกค้า", "tailoring_service_customer_fabric"),
        ),
        (
            N("ผ้าไหมมัดหมี่แท้", "mudmee_silk_fabric"),
        ),
    ),
    Sme(
        "bpg-055", "th", "ร้านผ้าไหมแม่ทองใบ ชนบท", ISAN, MID, "Khon Kaen", "maethongbai.silk@gmail.com",
        ("OTOP",), (),
        (
            ("ผ้าไหมมัดหมี่ชนบท ผืนละ 2 เมตร", "mudmee_silk_fabric"),
            ("ผ้าซิ่นไหมเย็บสำเร็จ ใส่ได้เลย", "sewn_tube_skirts"),
        ),
        (
            N("ช่างตัดชุดให้ลูกค้าที่ซื้อผ้าไหมจากร้าน", "tailoring_service_customer_fabric"),
        ),
    ),
    Sme(
        "bpg-056", "en", "Pattaya Dream Weddings", CEN, DOWN, "Chonburi", "plan@pattayadreamweddings.com",
        (), (),
        (),
        (
            N("Thai wedding outfits for bride and groom - rent or made to order",
              "thai_traditional_dress", "thai_dress_rental"),
            N("Custom lace wedding gown, size 10", "wedding_dresses"),
        ),
    ),
    Sme(
        "bpg-057", "th", "ร้านออนไลน์ ฝ้ายมินิมอล", HEMP, DOWN, "Nonthaburi", "faiminimal.shop@gmail.com",
        (), (),
        (
            ("เสื้อผ้าฝ้ายทอมือสไตล์มินิมอล ขายออนไลน์", "local_handwoven_cotton_clothing"),
        ),
        (
            N("โรงงานรับผลิตขั้นต่ำน้อย ทางร้านส่งผ้าไปเอง", "cmt_sewing_service"),
            N("ผ้าฝ้ายทอมือ ไม่เอาผ้าทอเครื่อง", "handwoven_cotton_fabric"),
            U("ผ้าฝ้ายทอมือที่ได้ GOTS", "no handwoven cotton supplier in the set holds GOTS", certs=(GOTS,)),
        ),
    ),
    Sme(
        "bpg-058", "en", "Lampang Handloom Cotton", HEMP, MID, "Lampang", "lampanghandloom@gmail.com",
        ("OTOP",), ("bio",),
        (
            ("Handwoven cotton dyed with lac, ebony and mango bark, 90 cm", "handwoven_cotton_fabric"),
            ("Handloom cotton shirts and wrap skirts", "local_handwoven_cotton_clothing"),
            ("Handloom cotton shoulder bags", "handwoven_cotton_bags"),
        ),
        (
            N("Organic raw cotton from Thai farms, Organic Thailand certified", "raw_cotton", certs=(ORGTH,)),
            U("Natural-dye training for 10 weavers", "dye training: nobody offers it"),
        ),
    ),
    Sme(
        "bpg-059", "th", "บจก. สยามคอตตอนมิลล์", CEN, MID, "Pathum Thani", "sales@siamcottonmill.co.th",
        ("ISO 9001", "OEKO-TEX Standard 100", "มอก."), (),
        (
            ("ผ้าคอตตอนเชิ้ตทอเครื่อง ฝ้าย 100% หน้ากว้าง 58 นิ้ว", "machine_woven_cotton_fabric"),
            ("ผ้าโทเรขาว TC 65/35 สำหรับเสื้อนักเรียน มี มอก.", "white_tc_shirting_fabric"),
            ("ผ้ากากีทอเครื่อง ย้อมสำเร็จ", "khaki_drill_fabric"),
            ("ผ้าดิบ ผ้าฝ้ายขาวยังไม่ฟอก ขายเป็นพับ", "machine_woven_cotton_fabric"),
        ),
        (
            N("ด้ายฝ้ายรีไซเคิล", "recycled_cotton_yarn"),
            N("คนรับเศษผ้าริมผ้าจากโรงทอ", "textile_waste_collection_service"),
        ),
    ),
    Sme(
        "bpg-060", "en", "EcoLoop Fibre Recycling", CIRC, UP, "Saraburi", "info@ecoloopfibre.com",
        ("GRS", "RCS"), ("circular",),
        (
            ("Mechanically recycled cotton fibre from pre-consumer waste", "recycled_cotton_fibre"),
            ("Recycled cotton yarn Ne 10-20, GRS", "recycled_cotton_yarn"),
        ),
        (
            N("Pre-consumer cotton cutting waste, sorted by colour", "fabric_offcuts"),
            N("Post-consumer clothing, sorted whites", "used_clothing"),
        ),
    ),
    Sme(
        "bpg-061", "th", "ร้านเสื้อผ้ามือสองโรงเกลือ", CIRC, UP, "Sa Kaeo", "rongkluea.secondhand@gmail.com",
        (), ("circular",),
        (
            ("เสื้อผ้ามือสองเป็นกระสอบ คัดเกรด A B C", "used_clothing"),
            ("เสื้อผ้าตกเกรด ขายเป็นกิโล สำหรับรีไซเคิล", "used_clothing"),
        ),
        (
            U("เครื่องอัดก้อนเสื้อผ้ามือสอง", "baling press: nobody offers it"),
        ),
    ),
    Sme(
        "bpg-062", "en", "Second Chance Denim", CIRC, DOWN, "Chiang Mai", "secondchancedenim@gmail.com",
        (), ("circular",),
        (
            ("Upcycled denim bags and aprons from old jeans", "upcycled_patchwork_products"),
        ),
        (
            N("Old jeans by the kilo", "used_clothing"),
            N("Heavy metal zips for bags", "zippers"),
        ),
    ),
    Sme(
        "bpg-063", "th", "ร้านยูนิฟอร์มหัวหิน", CEN, DOWN, "Prachuap Khiri Khan", "huahin.uniform@gmail.com",
        (), (),
        (
            ("ตัดชุดพนักงานโรงแรม ชุดสปา ชุดเชฟ ขั้นต่ำ 20 ชุด", "staff_uniforms"),
        ),
        (
            N("ผ้าฝ้ายย้อมครามเป็นเมตร สำหรับชุดสปา", "indigo_dyed_cotton_fabric"),
            N("ผ้ายืด TC สำหรับเสื้อโปโล", "tc_knit_fabric"),
            N("ด้ายปักโพลีเอสเตอร์ 120D", "embroidery_thread"),
            N("ผ้ารองปักแบบฉีก", "embroidery_backing"),
        ),
    ),
    Sme(
        "bpg-064", "en", "Andaman Pearl Resort & Spa", CEN, DOWN, "Phang Nga", "purchasing@andamanpearl.com",
        ("ISO 14001",), ("green",),
        (),
        (
            N("Spa therapist uniforms in natural fabric, OEKO-TEX not required", "staff_uniforms", waives=(OEKO,)),
            N("Someone to turn 300 retired staff uniforms into something useful", "uniform_upcycling_service"),
        ),
    ),
    Sme(
        "bpg-065", "th", "โรงพยาบาลบ้านไผ่", ISAN, DOWN, "Khon Kaen", "banphai.hospital@gmail.com",
        (), (),
        (),
        (
            N("ชุดผู้ป่วยผ้าฝ้าย 200 ชุด", "patient_gowns"),
            U("ชุดผ่าตัดแบบซักใช้ซ้ำ ต้องมี ISO 13485",
              "reusable surgical gowns: nobody offers them and nobody holds ISO 13485", certs=(ISO13485,)),
            N("ผ้าห่มสำหรับผู้ป่วยใน", "blankets"),
        ),
    ),
    Sme(
        "bpg-066", "th", "กลุ่มอาชีพตัดเย็บบ้านหนองแวง", ISAN, DOWN, "Kalasin", "nongwaeng.sewing@gmail.com",
        ("OTOP",), (),
        (
            ("ชุดคนไข้ผ้าฝ้าย ผ่าหลัง ผูกเชือก", "patient_gowns"),
            ("ผ้าปูเตียงโรงพยาบาล ปลอกหมอน", "bed_linen"),
        ),
        (
            N("ผ้าดิบ ผ้าฝ้ายขาว เป็นพับ ราคาส่ง", "machine_woven_cotton_fabric"),
        ),
    ),
    Sme(
        "bpg-067", "en", "Grey Matters Elder Care", CEN, DOWN, "Chiang Mai", "admin@greymatterscare.com",
        (), (),
        (),
        (
            N("Adaptive trousers with side zips for wheelchair users", "adaptive_clothing_elderly"),
            N("Hospital-type bed sheets, 50 sets", "bed_linen"),
            N("Residents' names on their clothes - who can do this?", "embroidery_service", "woven_labels"),
        ),
    ),
    Sme(
        "bpg-068", "th", "ร้านป้ายทอสมุทรปราการ", CEN, MID, "Samut Prakan", "paitor.sp@gmail.com",
        (), (),
        (
            ("ป้ายทอ ป้ายคอเสื้อ ป้ายไซส์ ขั้นต่ำ 500 ชิ้น", "woven_labels"),
        ),
        (
            N("ร้านรับสกรีนป้ายผ้าซาติน", "screen_printing_service"),
        ),
    ),
    Sme(
        "bpg-069", "en", "Riverside International School", SPORT, DOWN, "Nonthaburi",
        "procurement@riverside-is.ac.th", (), (),
        (),
        (
            N("Looking for a supplier of school uniforms: polo shirts and skirts, 600 students", "school_uniforms"),
            N("PE kits in recycled polyester, GRS welcome but not required", "sportswear_team_kits", waives=(GRS,)),
        ),
    ),
    Sme(
        "bpg-070", "th", "ร้านผ้าพิมพ์ใจ ตลาดกิมหยง", CEN, MID, "Songkhla", "pimjai.kimyong@gmail.com",
        (), (),
        (
            ("ผ้าปาเต๊ะ ผ้าบาติก ขายเป็นหลา", "batik_fabric"),
            ("ผ้ากาวรีดติด แบบบาง แบบหนา", "fusible_interfacing"),
        ),
        (
            N("ผ้าบาติกเขียนมือ ส่งตรงจากผู้ผลิต", "batik_fabric"),
            N("ซิป YKK ราคาส่ง", "zippers"),
        ),
    ),
    Sme(
        "bpg-071", "th", "กลุ่มบาติกบ้านทอน", HEMP, MID, "Narathiwat", "bantonbatik@gmail.com",
        ("OTOP",), ("bio",),
        (
            ("ผ้าบาติกเขียนมือ ผ้าฝ้าย ผ้าไหม ลายทะเล", "batik_fabric"),
            ("ผ้าปาเต๊ะเย็บเป็นผ้าถุงสำเร็จ", "sewn_tube_skirts"),
        ),
        (
            N("ผ้าดิบสีขาวสำหรับเขียนเทียน", "machine_woven_cotton_fabric"),
            U("เทียนเขียนผ้า ขี้ผึ้งผสมพาราฟิน", "batik wax: nobody offers it"),
        ),
    ),
    Sme(
        "bpg-072", "en", "Stitch Collective CMT", CEN, DOWN, "Nakhon Pathom", "stitchcollective.cmt@gmail.com",
        (), (),
        (
            ("CMT for small brands, MOQ 30 pcs per style, 3-4 weeks", "cmt_sewing_service"),
            ("Pattern and first sample", "pattern_making_service"),
        ),
        (
            N("Overlock and coverstitch machines, second-hand OK", "sewing_machines"),
            N("Regular pickup of cutting waste", "textile_waste_collection_service"),
        ),
    ),
    Sme(
        "bpg-073", "th", "อู่เย็บผ้าพี่หน่อง", CEN, DOWN, "Bangkok", "pnong.sewing@gmail.com",
        (), (),
        (
            ("รับเย็บเสื้อผ้างานโหล ใช้ผ้าของลูกค้า ราคาคุยกันได้", "cmt_sewing_service"),
            ("เศษผ้าเหลือจากการตัด ให้ฟรี มารับเอง", "fabric_offcuts"),
        ),
        (
            N("ยางยืดขอบกางเกง กว้าง 1 นิ้ว", "elastic_tape"),
            N("ด้ายโพ้ง", "sewing_thread"),
        ),
    ),
    Sme(
        "bpg-074", "th", "ร้านยูนิฟอร์มโคราช", ISAN, DOWN, "Nakhon Ratchasima", "korat.uniform@gmail.com",
        (), (),
        (
            ("ชุดนักเรียน ชุดพละ ราคาส่งให้โรงเรียน", "school_uniforms"),
            ("ชุดลูกเสือเนตรนารีครบชุด", "scout_uniforms"),
        ),
        (
            N("รับอัดพลีทกระโปรงนักเรียน", "pleating_service"),
            N("ผ้าเสิร์จกรมท่า", "serge_uniform_fabric"),
        ),
    ),
    Sme(
        "bpg-075", "en", "Grand Sport Team Wear", SPORT, DOWN, "Chonburi", "orders@grandsportteamwear.com",
        (), (),
        (
            ("Custom sublimated teamwear, 7-day delivery", "sportswear_team_kits"),
        ),
        (
            N("Dry-fit fabric with OEKO-TEX", "sports_jersey_fabric", certs=(OEKO,)),
            U("Sublimation paper and ink", "sublimation consumables: nobody offers them"),
        ),
    ),
    Sme(
        "bpg-076", "th", "ชมรมผู้สูงอายุตำบลบางพลีใหญ่", CEN, DOWN, "Samut Prakan",
        "bangphliyai.elderclub@gmail.com", (), (),
        (),
        (
            N("อยากได้ชุดรำวงผ้าสีทอง 30 ชุด ไซส์ใหญ่", "dance_costumes"),
        ),
    ),
    Sme(
        "bpg-077", "en", "Savile Trimmings Asia", CEN, MID, "Bangkok", "trims@saviletrimmings.asia",
        (), (),
        (
            ("Horsehair and wool canvas for full-canvas jackets", "horsehair_canvas"),
            ("Real horn, corozo and mother-of-pearl buttons", "buttons"),
            ("Cupro (Bemberg) linings in 50 colours", "cupro_lining"),
        ),
        (
            N("Thai silk for pocket squares and ties - Peacock Emblem not needed", "thai_silk_fabric",
              waives=(PEACOCK,)),
        ),
    ),
    Sme(
        "bpg-078", "th", "โรงปั่นด้ายกัญชงแม่สอด", HEMP, UP, "Tak", "maesot.hempyarn@gmail.com",
        (), ("bio",),
        (
            ("เส้นด้ายกัญชงปั่นเครื่อง เบอร์ Nm 8 ถึง 16", "hemp_yarn"),
        ),
        (
            N("ใยกัญชงดิบ ลอกแล้ว ตากแห้ง ซื้อเป็นตัน", "hemp_fibre"),
            U("เครื่องปั่นด้ายมือสอง", "spinning machinery: nobody offers it"),
        ),
    ),
    Sme(
        "bpg-079", "en", "Happy Sleep Senior Bedding", CEN, DOWN, "Nakhon Pathom", "happysleep.bedding@gmail.com",
        ("Thai Green Label",), (),
        (
            ("Washable pillows and body pillows for bedridden elders", "pillows"),
        ),
        (
            N("Recycled polyester fibrefill, GRS required", "recycled_polyester_fibrefill", certs=(GRS,)),
            N("Cotton jersey for pillowcases", "cotton_knit_fabric"),
        ),
    ),
    Sme(
        "bpg-080", "th", "วิสาหกิจชุมชนผ้าห่มรักษ์โลก", CIRC, DOWN, "Buriram", "rakloke.blanket@gmail.com",
        (), ("circular",),
        (
            ("ผ้าห่มนวมไส้ฝ้ายรีไซเคิล", "blankets"),
        ),
        (
            N("เส้นใยฝ้ายรีไซเคิลสำหรับไส้ผ้าห่ม", "recycled_cotton_fibre"),
            N("เศษผ้าฝ้ายสำหรับเย็บหน้าผ้าห่มแบบปะติด", "fabric_offcuts"),
        ),
    ),
    Sme(
        "bpg-081", "en", "Phuket Old Town Souvenirs", CEN, DOWN, "Phuket", "oldtownsouvenirs.pkt@gmail.com",
        (), (),
        (),
        (
            N("Mor hom indigo shirts, wholesale", "indigo_dyed_shirts"),
            N("Bags of handwoven cotton, OTOP label required", "handwoven_cotton_bags", certs=(OTOP,)),
        ),
    ),
    Sme(
        "bpg-082", "th", "ร้านแม่ใส่สบาย", ISAN, DOWN, "Yasothon", "maesaisabai.shop@gmail.com",
        (), (),
        (
            ("เสื้อผ้าฝ้ายทอมือสำหรับผู้สูงวัย ขายทางเฟซบุ๊ก", "local_handwoven_cotton_clothing"),
        ),
        (
            N("เสื้อผู้สูงอายุแบบติดตีนตุ๊กแกแทนกระดุม", "adaptive_clothing_elderly"),
            N("ผ้าฝ้ายทอมือย้อมคราม", "indigo_dyed_cotton_fabric"),
        ),
    ),
    Sme(
        "bpg-083", "en", "Mae Khong Atelier", ISAN, DOWN, "Nong Khai", "studio@maekhongatelier.com",
        (), (),
        (
            ("Contemporary dresses in Isan silk and cotton, made to measure", "designer_dresses"),
        ),
        (
            N("Mudmee silk with natural dyes, GOTS not needed", "mudmee_silk_fabric", waives=(GOTS,)),
        ),
    ),
    Sme(
        "bpg-084", "th", "องค์การบริหารส่วนตำบลหนองหาน", ISAN, DOWN, "Udon Thani", "nonghan.sao@gmail.com",
        (), (),
        (),
        (
            N("ชุดกากีข้าราชการ ตัดตามตัว 25 ชุด", "government_officer_uniforms"),
            N("ผ้าไหมตัดชุดให้ผู้บริหาร ไม่จำเป็นต้องมีตรานกยูง", "thai_silk_fabric", "mudmee_silk_fabric",
              waives=(PEACOCK,)),
        ),
    ),
    Sme(
        "bpg-085", "en", "Pattaya Beach Tailors & Alterations", CIRC, DOWN, "Chonburi", "pattayabeachtailors@gmail.com",
        (), (),
        (
            ("Alterations while you wait: hems, zips, take-ins", "alteration_service"),
            ("Linen shirts made to measure", "made_to_measure_shirts"),
        ),
        (
            N("Invisible and jeans zips, mixed box", "zippers"),
            N("Needles, bobbins and presser feet", "sewing_machine_parts"),
        ),
    ),
    Sme(
        "bpg-086", "th", "ร้านสยามเย็บปัก", CEN, MID, "Bangkok", "siamyebpak@gmail.com",
        (), (),
        (
            ("ด้ายปักคอมพิวเตอร์ โพลีเอสเตอร์ 120D/2 กว่า 400 สี", "embroidery_thread"),
            ("ผ้ารองปักแบบฉีกและแบบตัด", "embroidery_backing"),
        ),
        (
            N("มีร้านไหนมีเศษผ้าให้ทดลองปักบ้างคะ", "fabric_offcuts"),
        ),
    ),
    Sme(
        "bpg-087", "en", "Pak Chong Youth Football Club", SPORT, DOWN, "Nakhon Ratchasima",
        "pakchongyouthfc@gmail.com", (), (),
        (),
        (
            N("Football kits for 4 youth teams, sublimated", "sportswear_team_kits"),
            N("Who makes embroidered club badges?", "embroidery_service"),
        ),
    ),
    Sme(
        "bpg-088", "th", "ศูนย์ฝึกอาชีพสตรีลำพูน", CEN, DOWN, "Lamphun", "lamphun.sewingschool@gmail.com",
        (), (),
        (
            ("หลักสูตรตัดเย็บเสื้อผ้าสตรี 150 ชั่วโมง มีใบประกาศ", "sewing_training_course"),
            ("หลักสูตรทำแพทเทิร์นและตัดชุดไทย", "sewing_training_course"),
        ),
        (
            N("เศษผ้าชิ้นใหญ่ให้นักเรียนฝึกเย็บ", "fabric_offcuts"),
        ),
    ),
    Sme(
        "bpg-089", "en", "Lopburi Garment Wash", CEN, MID, "Lopburi", "lopburigarmentwash@gmail.com",
        (), ("green",),
        (
            ("Garment washing: enzyme, stone, softener, lots from 50 pcs", "garment_washing_service"),
        ),
        (
            N("Old jeans for wash test panels", "used_clothing"),
        ),
    ),
    Sme(
        "bpg-090", "th", "ร้านตัดเสื้อช่างตุ๋ย ตรัง", CEN, DOWN, "Trang", "changtui.trang@gmail.com",
        (), (),
        (
            ("ตัดเสื้อเชิ้ต กางเกง ตามสั่ง", "made_to_measure_shirts"),
        ),
        (
            N("ผ้าเชิ้ตคอตตอน สีพื้นและลายทาง", "machine_woven_cotton_fabric"),
        ),
    ),
    Sme(
        "bpg-091", "en", "Nan Heritage Weaving Studio", HEMP, MID, "Nan", "nanheritageweaving@gmail.com",
        ("Fairtrade",), ("bio",),
        (
            ("Hand-woven pha sin tube-skirt lengths, unsewn", "handwoven_pha_sin_lengths"),
        ),
        (
            N("Mill-spun cotton yarn Ne 20/2, dyed", "cotton_weaving_yarn"),
        ),
    ),
    Sme(
        "bpg-092", "th", "ร้านเช่าชุดไทยย้อนยุค อยุธยา", CEN, DOWN, "Phra Nakhon Si Ayutthaya",
        "thaidress.rental.ayutthaya@gmail.com", (), (),
        (
            ("เช่าชุดไทยถ่ายรูป ชุดย้อนยุค วันละ 300 บาท", "thai_dress_rental"),
        ),
        (
            N("ชุดไทยสำเร็จรูป ผ้าไหมอิตาลี หลายไซส์ 50 ชุด", "thai_traditional_dress"),
            U("ร้านซักแห้งชุดไทย", "dry cleaning: nobody offers it"),
        ),
    ),
    Sme(
        "bpg-093", "th", "กลุ่มแม่บ้านกระเป๋าเศษผ้าบ้านดอน", CIRC, DOWN, "Suphan Buri", "bandon.patchwork@gmail.com",
        ("OTOP",), ("circular",),
        (
            ("กระเป๋าผ้าปะติดจากเศษผ้า", "upcycled_patchwork_products"),
            ("พรมเช็ดเท้าถักจากเศษผ้า", "upcycled_patchwork_products"),
        ),
        (
            N("เศษผ้าจากร้านตัดเสื้อ ฟรีหรือราคาถูก", "fabric_offcuts"),
        ),
    ),
    Sme(
        "bpg-094", "th", "ร้านลิตเติ้ลมูน", CEN, DOWN, "Chiang Rai", "littlemoon.cr@gmail.com",
        (), (),
        (
            ("เสื้อผ้าผู้หญิง ผ้าฝ้ายพิมพ์ลาย", "womens_fashion_clothing"),
        ),
        (
            N("หุ่นโชว์ครึ่งตัว 5 ตัว", "display_mannequins"),
            U("ผ้าชีฟองพิมพ์ลายดอก เป็นม้วน", "printed chiffon: nobody offers it"),
            N("ถุงผ้าใส่สินค้าให้ลูกค้า", "cotton_tote_bags"),
        ),
    ),
    Sme(
        "bpg-095", "th", "ค่ายมวยศิษย์บุรีรัมย์", SPORT, DOWN, "Buriram", "sitburiram.muaythai@gmail.com",
        (), (),
        (),
        (
            N("ใครรับทำกางเกงมวยปักชื่อค่ายบ้าง 40 ตัว", "muay_thai_shorts"),
            N("เสื้อทีมพิมพ์ลายทั้งตัว", "sportswear_team_kits"),
        ),
    ),
]

# ------------------------------------------------------------------ checks

N_SMES = 95
TH_SHARE = (0.55, 0.65)
LINKS = (140, 180)
CROSS_SHARE = 0.45
UNMET = (15, 25)
MIN_PROVINCES = 40
MIN_CERT_NEEDS = 5
MIN_WAIVERS = 3

_THAI = re.compile("[\u0e00-\u0e7f]")
_LATIN = re.compile("[A-Za-z]")
_CERT_BY_NAME = {c.name: c for c in CERTIFICATIONS}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def names_certification(text: str, name: str) -> bool:
    """Whether `text` names the certification at all, affirmed or not."""
    cert = _CERT_BY_NAME[name]
    forms = (cert.name, cert.full_name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
    folded = _fold(text)
    return any(_fold(form) in folded for form in forms)


def held(sme: Sme) -> set[str]:
    return {resolve_certification(c) or c for c in sme.certs}


def compute_links(smes: list[Sme]) -> set[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            for supplier in smes:
                if supplier.id == buyer.id:
                    continue
                offered = {label for _, label in supplier.offers}
                if offered & set(need.labels) and set(need.certs) <= held(supplier):
                    links.add((supplier.id, buyer.id))
    return links


def check_profile(sme: Sme, index: int, errors: list[str]) -> None:
    def err(message: str) -> None:
        errors.append(f"{sme.id}: {message}")

    if sme.id != f"bpg-{index:03d}":
        err(f"id out of order, expected bpg-{index:03d}")
    if sme.lang not in ("th", "en"):
        err(f"language {sme.lang!r}")
    if sme.sub not in {s.value for s in SubCluster}:
        err(f"sub-cluster {sme.sub!r}")
    if sme.stage not in {s.value for s in Stage}:
        err(f"stage {sme.stage!r}")
    if resolve_province(sme.province) is None:
        err(f"province {sme.province!r} does not resolve")
    for cert in sme.certs:
        if resolve_certification(cert) is None:
            err(f"certification {cert!r} does not resolve")
    for tag in sme.bcg:
        if tag not in {b.value for b in BcgTag}:
            err(f"BCG tag {tag!r}")
    if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", sme.email):
        err(f"e-mail {sme.email!r}")
    if not sme.name.strip():
        err("empty name")
    if not 0 <= len(sme.offers) <= 4:
        err(f"{len(sme.offers)} offers")
    if not 1 <= len(sme.needs) <= 4:
        err(f"{len(sme.needs)} needs")
    texts = [text for text, _ in sme.offers] + [need.text for need in sme.needs]
    if sme.lang == "th":
        for text in texts:
            if len(_THAI.findall(text)) <= len(_LATIN.findall(text)):
                err(f"Thai profile phrase is not mostly Thai letters: {text!r}")
    else:
        for text in [sme.name, *texts]:
            if _THAI.search(text) or any(ch.isalpha() and not ch.isascii() for ch in text):
                err(f"English profile text is not Latin only: {text!r}")
    for text, label in sme.offers:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", label):
            err(f"offer label {label!r}")
        claimed = find_certifications(text) - held(sme)
        if claimed:
            err(f"offer names {sorted(claimed)} the SME does not hold: {text!r}")
    for need in sme.needs:
        for cert in (*need.certs, *need.waives):
            if resolve_certification(cert) != cert:
                err(f"need certification {cert!r} is not a canonical name")
            elif not names_certification(need.text, cert):
                err(f"need does not name {cert!r}: {need.text!r}")
        for cert in need.certs:
            if cert not in find_certifications(need.text):
                err(f"need does not ask for {cert!r} in its text: {need.text!r}")
        stray = find_certifications(need.text) - set(need.certs) - set(need.waives)
        if stray:
            err(f"need names {sorted(stray)} without requiring or waiving it: {need.text!r}")
        if need.unmet and need.labels:
            err(f"unmet need lists labels: {need.text!r}")
        if not need.unmet and not need.labels:
            err(f"met need lists no label: {need.text!r}")


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    if len(smes) != N_SMES:
        errors.append(f"{len(smes)} SMEs, expected {N_SMES}")
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for index, sme in enumerate(smes, start=1):
        check_profile(sme, index, errors)

    offered_by: dict[str, set[str]] = {}
    for sme in smes:
        for _, label in sme.offers:
            offered_by.setdefault(label, set()).add(sme.id)
    by_id = {s.id: s for s in smes}
    for buyer in smes:
        for need in buyer.needs:
            if need.unmet:
                continue
            for label in need.labels:
                if not offered_by.get(label, set()) - {buyer.id}:
                    errors.append(f"{buyer.id}: label {label!r} is offered by no one else")
            qualified = [
                sid
                for label in need.labels
                for sid in offered_by.get(label, set()) - {buyer.id}
                if set(need.certs) <= held(by_id[sid])
            ]
            if not qualified:
                errors.append(f"{buyer.id}: no qualified supplier for {need.text!r}")

    stats = statistics(smes)
    th_share = stats["th"] / len(smes)
    if not TH_SHARE[0] <= th_share <= TH_SHARE[1]:
        errors.append(f"Thai share {th_share:.2f} outside {TH_SHARE}")
    if not LINKS[0] <= stats["links"] <= LINKS[1]:
        errors.append(f"{stats['links']} links outside {LINKS}")
    if stats["cross"] / max(stats["links"], 1) < CROSS_SHARE:
        errors.append(f"cross-language share {stats['cross'] / stats['links']:.2f} below {CROSS_SHARE}")
    if not UNMET[0] <= stats["unmet"] <= UNMET[1]:
        errors.append(f"{stats['unmet']} unmet needs outside {UNMET}")
    if stats["requiring"] < MIN_CERT_NEEDS:
        errors.append(f"only {stats['requiring']} needs require a certification")
    if stats["waiving"] < MIN_WAIVERS:
        errors.append(f"only {stats['waiving']} needs waive a certification")
    if set(stats["subs"]) != {s.value for s in SubCluster}:
        errors.append("not every sub-cluster is used")
    if set(stats["stages"]) != {s.value for s in Stage}:
        errors.append("not every stage is used")
    if stats["provinces"] < MIN_PROVINCES:
        errors.append(f"only {stats['provinces']} provinces")
    return errors


def statistics(smes: list[Sme]) -> dict:
    by_id = {s.id: s for s in smes}
    links = compute_links(smes)
    needs = [need for s in smes for need in s.needs]
    th_en = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    regions = Counter(resolve_province(s.province).region.value for s in smes)
    return {
        "profiles": len(smes),
        "th": sum(1 for s in smes if s.lang == "th"),
        "en": sum(1 for s in smes if s.lang == "en"),
        "subs": Counter(s.sub for s in smes),
        "stages": Counter(s.stage for s in smes),
        "regions": regions,
        "provinces": len({resolve_province(s.province).name_en for s in smes}),
        "offers": sum(len(s.offers) for s in smes),
        "offer_labels": len({label for s in smes for _, label in s.offers}),
        "needs": len(needs),
        "met": sum(1 for n in needs if not n.unmet),
        "unmet": sum(1 for n in needs if n.unmet),
        "requiring": sum(1 for n in needs if n.certs),
        "requiring_met": sum(1 for n in needs if n.certs and not n.unmet),
        "waiving": sum(1 for n in needs if n.waives),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross": th_en + en_th,
        "th_th": sum(1 for a, b in links if by_id[a].lang == by_id[b].lang == "th"),
        "en_en": sum(1 for a, b in links if by_id[a].lang == by_id[b].lang == "en"),
        "cross_sub": sum(1 for a, b in links if by_id[a].sub != by_id[b].sub),
    }


def counts_table(stats: dict) -> str:
    links = stats["links"]
    rows = [
        ("profiles", stats["profiles"]),
        ("Thai / English profiles", f"{stats['th']} / {stats['en']}"),
        *((f"sub-cluster `{k}`", stats["subs"][k]) for k in [s.value for s in SubCluster]),
        *((f"stage `{k}`", stats["stages"][k]) for k in [s.value for s in Stage]),
        *((f"region {k}", stats["regions"][k]) for k in ("north", "northeast", "central", "east", "west", "south")),
        ("distinct provinces", stats["provinces"]),
        ("offers", stats["offers"]),
        ("distinct offer labels", stats["offer_labels"]),
        ("needs", stats["needs"]),
        ("met / unmet needs", f"{stats['met']} / {stats['unmet']}"),
        ("needs requiring a certification (of them met)", f"{stats['requiring']} ({stats['requiring_met']})"),
        ("needs waiving a certification", stats["waiving"]),
        ("true links", links),
        ("cross-language links, Thai supplier to English buyer", stats["th_en"]),
        ("cross-language links, English supplier to Thai buyer", stats["en_th"]),
        ("cross-language links, total", f"{stats['cross']} ({100 * stats['cross'] / links:.1f} %)"),
        ("within-language links, Thai / English", f"{stats['th_th']} / {stats['en_en']}"),
        ("links between different sub-clusters", stats["cross_sub"]),
    ]
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines)


# ------------------------------------------------------------------ output


def profile_json(sme: Sme) -> str:
    record = {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [text for text, _ in sme.offers],
        "needs": [need.text for need in sme.needs],
        "certifications": list(sme.certs),
        "bcg": list(sme.bcg),
        "contact_email": sme.email,
        "language": sme.lang,
    }
    return json.dumps(record, ensure_ascii=False)


def main() -> int:
    errors = check(SMES)
    if errors:
        for line in errors:
            print(line, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    links = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in sorted(compute_links(SMES)))
    (HERE / "profiles.jsonl").write_text(profiles, encoding="utf-8", newline="\n")
    (HERE / "links.csv").write_text(links, encoding="utf-8", newline="\n")
    print(counts_table(statistics(SMES)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
