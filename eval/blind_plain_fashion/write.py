"""Hand-written evaluation set `blind_plain_fashion`: plain registry entries of a fashion-leaning cluster.

Every profile, offer, need and label below was written by hand. Run from the repository root:

    .venv/bin/python eval/blind_plain_fashion/write.py

The script checks the data and, only if every check passes, writes `profiles.jsonl` and `links.csv`
next to itself and prints the counts table used in the README.
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
    resolve_certification,
    resolve_province,
)


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str  # the note of a need met by no one in the set, else ""


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that any of `labels` meets, from a supplier holding every one of `certs`."""
    return Need(text, labels, certs, waives, "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `note` says why."""
    return Need(text, (), certs, waives, note)


@dataclass
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
    offers: list[tuple[str, str]]  # (text, label)
    needs: list[Need]


# Sub-cluster and stage shorthands.
HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AGE_C = "ageing_lifestyle_central"
AGE_I = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"

SMES: list[Sme] = []

# ---------------------------------------------------------------- bfs-001 … bfs-020: fibre, yarn, dye, first mills
SMES += [
    Sme(
        "bfs-001", "th", "วิสาหกิจชุมชนกัญชงบ้านแม่สาใหม่", HEMP, UP, "Chiang Mai", "maesamai.hemp@gmail.com",
        ("OTOP",), ("bio",),
        [
            ("เปลือกกัญชงลอกมือ ตากแห้ง กิโลละ 180 บาท", "hemp_bast_fibre"),
            ("ด้ายกัญชงเข็นมือ สีธรรมชาติ ม้วนละ 500 กรัม", "hemp_yarn"),
        ],
        [
            U("หาเครื่องลอกเปลือกกัญชงมือสอง สภาพดี", "no machinery seller in the set"),
            N("สีย้อมธรรมชาติจากเปลือกไม้ เอาไว้ย้อมด้ายกัญชง", "natural_dye_extract"),
        ],
    ),
    Sme(
        "bfs-002", "en", "Umphang Hemp Fibre Co., Ltd.", HEMP, UP, "Tak", "sales@umphanghemp.co.th",
        ("Organic Thailand",), ("bio", "green"),
        [
            ("Degummed hemp fibre, 25 kg bales", "hemp_bast_fibre"),
            ("Hemp yarn Nm 10, machine spun, undyed", "hemp_yarn"),
        ],
        [
            N("Weaver to turn our own hemp yarn into cloth on commission", "hemp_weaving_service"),
            U("Licensed fibre-variety hemp seed, 200 kg", "no seed supplier in the set"),
        ],
    ),
    Sme(
        "bfs-003", "th", "กลุ่มเกษตรกรปลูกฝ้ายอินทรีย์นาด้วง", HEMP, UP, "Loei", "naduang.cotton@hotmail.com",
        ("มาตรฐานเกษตรอินทรีย์",), ("bio",),
        [
            ("ฝ้ายดอกอินทรีย์ ยังไม่อีดเมล็ด", "raw_cotton"),
            ("ฝ้ายเข็นมือเส้นใหญ่ สีขาวครีม", "handspun_cotton_yarn"),
        ],
        [U("ปุ๋ยหมักอินทรีย์สำหรับแปลงฝ้าย ปีละ 2 ตัน", "no fertiliser supplier in the set")],
    ),
    Sme(
        "bfs-004", "en", "Saraphi Organic Spinning", HEMP, UP, "Chiang Mai", "info@saraphispin.com",
        ("GOTS", "OCS"), ("bio", "green"),
        [
            ("GOTS organic cotton yarn Ne 20/1 and 30/1 on cones", "organic_cotton_yarn"),
            ("Dyed cotton yarn, 40 shades, MOQ 20 kg per colour", "dyed_cotton_yarn"),
        ],
        [N("Seed cotton from Thai farms, Organic Thailand certified", "raw_cotton", certs=("Organic Thailand",))],
    ),
    Sme(
        "bfs-005", "th", "กลุ่มเลี้ยงไหมบ้านโคกเมือง", AGE_I, UP, "Surin", "khokmuang.silk@gmail.com",
        ("OTOP",), ("bio",),
        [
            ("เส้นไหมน้อย สาวมือ ไหมพันธุ์พื้นบ้าน", "raw_silk_yarn"),
            ("ไหมลืบ ไหมเปลือก ขายยกกิโล", "coarse_silk_yarn"),
        ],
        [
            N("หาคนรับย้อมเส้นไหมสีธรรมชาติ เราส่งไหมไปเอง", "natural_dyeing_service"),
            N("กลุ่มรับทอผ้าไหมจากเส้นไหมของเรา", "silk_weaving_service"),
            U("ไข่ไหมพันธุ์ดี ปลอดโรค", "no silkworm egg supplier in the set"),
        ],
    ),
    Sme(
        "bfs-006", "en", "ReThread Sorting Co.", CIRC, UP, "Samut Prakan", "ops@rethread.co.th",
        ("GRS", "RCS"), ("circular",),
        [
            ("Recycled cotton fibre from post-industrial scraps, grade A", "recycled_cotton_fibre"),
            ("Textile waste sorting by fibre and colour, priced per tonne", "textile_waste_sorting_service"),
        ],
        [
            N("Pre-consumer cotton cutting waste sorted by colour, min 500 kg/month", "cotton_cutting_waste"),
            N("Post-consumer clothing bales, grade B and C", "used_clothing_bales"),
        ],
    ),
    Sme(
        "bfs-007", "th", "ร้านเจ๊หน่อยเสื้อผ้ามือสอง ตลาดโรงเกลือ", CIRC, UP, "Sa Kaeo", "jnoi.rongkluea@gmail.com",
        (), ("circular",),
        [
            ("เสื้อผ้ามือสองคัดเกรด มัดกระสอบละ 45 กิโล", "used_clothing_bales"),
            ("ผ้าขี้ริ้ว เสื้อยืดเก่าตัดเป็นชิ้น ใช้เช็ดเครื่องจักร", "wiping_rags"),
        ],
        [N("รับซื้อชุดยูนิฟอร์มเก่า ผ้าปูเตียงเก่า จากโรงแรม โรงพยาบาล", "discarded_uniforms", "discarded_linen")],
    ),
    Sme(
        "bfs-008", "en", "BlueLoop PET Yarns", CIRC, UP, "Chonburi", "hello@blueloopyarn.com",
        ("GRS", "OEKO-TEX Standard 100"), ("circular",),
        [
            ("rPET filament yarn 75D/72F", "recycled_polyester_yarn"),
            ("Recycled polyester staple fibre for pillow fill", "recycled_polyester_fill"),
        ],
        [U("Clean PET bottle flakes, 10 t a month", "no bottle collector in the set")],
    ),
    Sme(
        "bfs-009", "th", "กลุ่มปลูกครามบ้านดอนกอย", AGE_I, UP, "Sakon Nakhon", "donkoi.indigo@gmail.com",
        ("OTOP",), ("bio",),
        [
            ("เนื้อครามเปียก หมักเอง ขายเป็นกิโล", "indigo_dye_paste"),
            ("รับย้อมครามผ้าของลูกค้า ฝ้าย กัญชง คิดเป็นเมตร", "indigo_dyeing_service"),
        ],
        [U("โอ่งมังกรใบใหญ่ สำหรับหมักคราม 20 ใบ", "no pottery maker in the set")],
    ),
    Sme(
        "bfs-010", "en", "Phrae Natural Colour Works", HEMP, UP, "Phrae", "phraecolour@gmail.com",
        (), ("bio", "green"),
        [
            ("Hom indigo paste from Phrae, 5 kg buckets", "indigo_dye_paste"),
            ("Natural dye powders: lac, ebony, mango leaf, 1 kg packs", "natural_dye_extract"),
        ],
        [N("PFD cotton for test swatches, 50 m", "pfd_cotton_fabric")],
    ),
    Sme(
        "bfs-011", "th", "หจก.ใยรีไซเคิลนครชัยศรี", CIRC, UP, "Nakhon Pathom", "nakhonchaisri.fibre@gmail.com",
        (), ("circular",),
        [
            ("ใยตีจากเศษผ้า ใช้ยัดหมอน ตุ๊กตา เบาะ", "shredded_textile_filling"),
            ("ฝ้ายรีไซเคิลตีใหม่ สำหรับปั่นด้าย OE", "recycled_cotton_fibre"),
        ],
        [
            N("เศษผ้าคอตตอนจากห้องตัด รับทุกสี", "cotton_cutting_waste"),
            N("เศษผ้ายืดโพลีเอสเตอร์ ไม่เอาผ้าเคลือบยาง", "poly_knit_cutting_waste"),
        ],
    ),
    Sme(
        "bfs-012", "en", "NetCycle Nylon", SPORT, UP, "Rayong", "contact@netcycle.co",
        ("GRS",), ("circular",),
        [("Recycled nylon 6 yarn from fishing nets, 40D and 70D", "recycled_nylon_yarn")],
        [U("Used fishing nets from Gulf of Thailand boats", "no net collector in the set")],
    ),
    Sme(
        "bfs-013", "th", "กลุ่มแม่บ้านเข็นฝ้ายบ้านหนองเขียด", AGE_I, UP, "Khon Kaen", "nongkhiad.cotton@gmail.com",
        ("OTOP",), ("bio",),
        [
            ("ฝ้ายเข็นมือ ย้อมเปลือกประดู่ มะเกลือ", "naturally_dyed_cotton_yarn"),
            ("ฝ้ายเข็นมือสีขาวธรรมชาติ ไม่ฟอก", "handspun_cotton_yarn"),
        ],
        [N("ฝ้ายดอก ฝ้ายปุยจากชาวไร่ ราคาส่ง", "raw_cotton")],
    ),
    Sme(
        "bfs-014", "en", "Mae Chan Pineapple Fibre", HEMP, UP, "Chiang Rai", "maechanfibre@gmail.com",
        (), ("bio", "circular"),
        [("Pineapple leaf fibre yarn, 30% blended with cotton", "pineapple_fibre_yarn")],
        [
            U("Decorticator for pineapple leaves", "no machinery seller in the set"),
            N(
                "Cotton yarn Ne 30 for blending, GOTS not needed",
                "organic_cotton_yarn",
                "cotton_yarn",
                waives=("GOTS",),
            ),
        ],
    ),
    Sme(
        "bfs-015", "th", "นุ่นบ้านไร่ชัยนาท", AGE_C, UP, "Chai Nat", "kapok.chainat@gmail.com",
        (), ("bio",),
        [("นุ่นปั่นฟู คัดเมล็ดออกแล้ว ยัดหมอน ที่นอน", "kapok_fibre")],
        [N("ผ้าดิบ ผ้าฝ้ายยังไม่ฟอก ทำปลอกหมอน", "greige_cotton_fabric")],
    ),
    Sme(
        "bfs-016", "th", "กลุ่มทอผ้าไหมมัดหมี่ชนบท", AGE_I, MID, "Khon Kaen", "chonnabot.mudmee@gmail.com",
        ("OTOP",), ("bio",),
        [
            ("ผ้าไหมมัดหมี่ลายโบราณ ผืนละ 2 เมตร", "mudmee_silk_fabric"),
            ("ผ้าไหมพื้น ทอมือ สีพื้น", "plain_silk_fabric"),
        ],
        [
            N("เส้นไหมน้อย ไหมไทย", "raw_silk_yarn"),
            N("สีธรรมชาติแบบผง ครั่ง ขนุน", "natural_dye_extract"),
        ],
    ),
    Sme(
        "bfs-017", "th", "วิสาหกิจชุมชนผ้าย้อมครามพรรณา", AGE_I, MID, "Sakon Nakhon", "phanna.khram@gmail.com",
        ("OTOP",), ("bio", "green"),
        [
            ("ผ้าฝ้ายย้อมคราม ทอมือ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
            ("ผ้าพันคอย้อมคราม", "cotton_scarf"),
        ],
        [
            N("ฝ้ายเข็นมือ ไม่ย้อม", "handspun_cotton_yarn"),
            N("ฝ้ายโรงงานเบอร์ 20 หรือ 32 ใช้เป็นเส้นยืน", "cotton_yarn", "organic_cotton_yarn"),
        ],
    ),
    Sme(
        "bfs-018", "en", "Hmong Hemp Batik Studio", HEMP, MID, "Tak", "hmongbatik.tak@gmail.com",
        (), ("bio",),
        [
            ("Hemp cloth with beeswax batik, 40 cm panels", "hemp_batik_fabric"),
            ("Plain handwoven hemp cloth, 35 cm wide", "hemp_fabric"),
        ],
        [
            N("Handspun hemp yarn", "hemp_yarn"),
            N("Indigo paste for vat dyeing", "indigo_dye_paste"),
        ],
    ),
    Sme(
        "bfs-019", "th", "ดิจิทัลปริ้นท์ผ้าบางบอน", CIRC, MID, "Bangkok", "bangbon.print@gmail.com",
        ("OEKO-TEX Standard 100",), ("green",),
        [
            ("รับพิมพ์ผ้าดิจิทัล ลูกค้าส่งผ้ามาเอง ขั้นต่ำ 5 เมตร", "fabric_printing_service"),
            ("ผ้าพิมพ์ลายพร้อมขาย คอตตอน เรยอน", "printed_fabric"),
        ],
        [
            N("ผ้าคอตตอนเตรียมพิมพ์ PFD", "pfd_cotton_fabric"),
            U("หมึกพิมพ์ผ้ารีแอคทีฟ ยกลัง", "no ink supplier in the set"),
        ],
    ),
    Sme(
        "bfs-020", "en", "Mahachai Garment Wash & Dye", CIRC, MID, "Samut Sakhon", "mahachaiwash@gmail.com",
        ("ISO 14001",), ("green", "circular"),
        [
            ("Garment dyeing of finished pieces, min 100 pcs per colour", "garment_dyeing_service"),
            ("Enzyme and stone wash for denim and twill garments", "garment_washing_service"),
        ],
        [U("Wastewater treatment upgrade contractor", "no environmental engineering firm in the set")],
    ),
]

# ---------------------------------------------------------------- bfs-021 … bfs-040: mills, sample rooms, trims
SMES += [
    Sme(
        "bfs-021", "th", "โรงงานตัดเย็บ ส.เจริญการ์เม้นท์", CIRC, MID, "Bangkok", "sjaroen.garment@gmail.com",
        (), ("circular",),
        [
            ("รับตัดเย็บเสื้อผ้าผ้าทอ CMT ขั้นต่ำ 300 ตัวต่อแบบ งานเสร็จ 15 วัน", "cmt_service"),
            ("เศษผ้าคอตตอนจากโต๊ะตัด ขายยกกระสอบ", "cotton_cutting_waste"),
            ("ผ้าม้วนเหลือจากออเดอร์ ผ้าใหม่ยังไม่ได้ตัด", "deadstock_fabric"),
        ],
        [
            N("ด้ายเย็บผ้าโพลีเอสเตอร์ 40/2 ยกโหล", "sewing_thread"),
            N("ผ้ากาวรีดติดปก", "interlining"),
        ],
    ),
    Sme(
        "bfs-022", "en", "Cut & Grade Pattern Studio", AGE_C, MID, "Nonthaburi", "cutandgrade@outlook.com",
        (), (),
        [
            ("Paper patterns from your sketch or a sample garment", "pattern_making_service"),
            ("Size grading XS-3XL, DXF files", "grading_service"),
            ("Cutting markers plotted 1:1", "marker_making_service"),
        ],
        [N("Calico for toiles, 100 m", "greige_cotton_fabric")],
    ),
    Sme(
        "bfs-023", "th", "ห้องแซมเปิ้ลพี่หนิง ประตูน้ำ", AGE_C, MID, "Bangkok", "ning.sampleroom@gmail.com",
        (), (),
        [
            ("รับทำแซมเปิ้ลเสื้อผ้า 3-5 วันเสร็จ", "sample_making_service"),
            ("รับทำแพทเทิร์นกระดาษตามแบบร่าง", "pattern_making_service"),
        ],
        [
            N("ผ้าดิบลองแบบ (มัสลิน) ม้วนละ 50 หลา", "greige_cotton_fabric"),
        ],
    ),
    Sme(
        "bfs-024", "en", "Bangplee Knit Sewing Co., Ltd.", SPORT, MID, "Samut Prakan", "orders@bangpleeknit.com",
        ("ISO 9001",), (),
        [
            ("Sewing of knit garments: tees, polos, leggings. Overlock and coverstitch, MOQ 500", "knit_cmt_service"),
            ("Polyester jersey offcuts, bagged, 20 kg", "poly_knit_cutting_waste"),
        ],
        [
            N("1 inch elastic for waistbands", "elastic_tape"),
            N("Texturised polyester thread for coverstitch", "sewing_thread"),
        ],
    ),
    Sme(
        "bfs-025", "th", "โรงทอไหมศรีนคร ปักธงชัย", AGE_I, MID, "Nakhon Ratchasima", "srinakorn.silk@gmail.com",
        ("ตรานกยูงพระราชทาน",), ("bio",),
        [
            ("ผ้าไหมพื้นเรียบ ทอกี่กระตุก หน้ากว้าง 1 เมตร", "plain_silk_fabric"),
            ("ผ้าไหมมัดหมี่ ตรานกยูงสีทอง", "mudmee_silk_fabric"),
        ],
        [N("ไหมเส้นยืนสำเร็จรูป ไหมจีนก็ได้", "raw_silk_yarn")],
    ),
    Sme(
        "bfs-026", "en", "Sampeng Fabric Converters", CIRC, MID, "Bangkok", "sales@sampengconverters.com",
        ("OEKO-TEX Standard 100",), (),
        [
            ("Cotton poplin and twill, bleached PFD, 58 inch", "pfd_cotton_fabric"),
            ("Finished cotton twill, poplin and linen shirting by the roll", "woven_shirting_fabric"),
        ],
        [N("Greige cotton from mills, 2,000 m lots", "greige_cotton_fabric")],
    ),
    Sme(
        "bfs-027", "th", "ร้านผ้าค้างสต็อกลุงชัย สำเพ็ง", CIRC, MID, "Bangkok", "lungchai.fabric@gmail.com",
        (), ("circular",),
        [("ผ้าหลาค้างสต็อกจากโรงงาน ขายเป็นกิโล ราคาถูก ทักไลน์ lungchai", "deadstock_fabric")],
        [N("รับซื้อผ้าม้วนเหลือ ผ้าปลายไม้จากโรงงาน", "deadstock_fabric")],
    ),
    Sme(
        "bfs-028", "en", "Amata Performance Textiles", SPORT, MID, "Chonburi", "textiles@amataperformance.com",
        ("bluesign", "GRS", "OEKO-TEX Standard 100"), ("green", "circular"),
        [
            ("Moisture-wicking interlock 140 gsm for running tops", "performance_knit_fabric"),
            ("Recycled polyester jersey, 4-way stretch", "recycled_poly_jersey"),
        ],
        [N("GRS certified recycled polyester filament yarn", "recycled_polyester_yarn", certs=("GRS",))],
    ),
    Sme(
        "bfs-029", "th", "ซับลิเมชั่นมหาชัยสปอร์ต", SPORT, MID, "Samut Sakhon", "mahachai.sub@gmail.com",
        (), (),
        [
            ("รับพิมพ์ซับลิเมชั่นเสื้อกีฬา พิมพ์เต็มตัว ลูกค้าส่งผ้ามาได้", "sublimation_printing_service"),
            ("เศษผ้าไมโครโพลีจากการตัด", "poly_knit_cutting_waste"),
        ],
        [N("ผ้าไมโครโพลีเอสเตอร์สีขาว สำหรับพิมพ์ซับ", "performance_knit_fabric", "recycled_poly_jersey")],
    ),
    Sme(
        "bfs-030", "en", "LabelWorks Bangkok", AGE_C, MID, "Bangkok", "info@labelworksbkk.com",
        ("Oeko-Tex 100",), (),
        [
            ("Damask woven labels, MOQ 1,000, lead time 10 days", "woven_labels"),
            ("Printed satin care labels with wash symbols", "care_labels"),
            ("Hang tags with string, offset printed", "hang_tags"),
        ],
        [
            N("FSC certified kraft paper for hang tags", "kraft_paper_sheets", certs=("FSC",)),
            U("Spare parts for a jacquard label loom", "no machinery seller in the set"),
        ],
    ),
    Sme(
        "bfs-031", "th", "บรรจุภัณฑ์กระดาษรักษ์โลก ปากเกร็ด", CIRC, MID, "Nonthaburi", "pakkret.pack@gmail.com",
        ("FSC",), ("green", "circular"),
        [
            ("กล่องกระดาษคราฟท์ใส่เสื้อผ้า พิมพ์โลโก้ได้ ขั้นต่ำ 500 ใบ", "paper_gift_box"),
            ("ถุงกระดาษหูเชือก", "paper_shopping_bag"),
            ("กระดาษคราฟท์แผ่นใหญ่ ขายเป็นรีม", "kraft_paper_sheets"),
        ],
        [N("ซองไปรษณีย์แบบย่อยสลายได้ เอามาขายต่อให้ลูกค้าแบรนด์", "compostable_mailer")],
    ),
    Sme(
        "bfs-032", "en", "Kuiburi Coconut Buttons", HEMP, MID, "Prachuap Khiri Khan", "kuibuributtons@gmail.com",
        (), ("bio", "circular"),
        [
            ("Coconut shell buttons 15/18/20 mm, 2 or 4 holes", "natural_buttons"),
            ("Wooden toggles and beads for bags", "wooden_toggles"),
        ],
        [N("Small paper boxes for button sets", "paper_gift_box")],
    ),
    Sme(
        "bfs-033", "th", "ห้างอุปกรณ์ตัดเย็บพาหุรัด", AGE_C, MID, "Bangkok", "phahurat.trims@gmail.com",
        (), (),
        [
            ("ด้ายเย็บผ้าทุกเบอร์", "sewing_thread"),
            ("ซิป YKK ซิปไนลอน ซิปซ่อน", "zippers"),
            ("ยางยืดทุกขนาด", "elastic_tape"),
            ("ผ้ากาว ผ้าซับใน", "interlining"),
        ],
        [N("กระดุมกะลามะพร้าว ลูกค้าถามหาบ่อย", "natural_buttons")],
    ),
    Sme(
        "bfs-034", "en", "StitchPro Embroidery", AGE_C, MID, "Nonthaburi", "stitchpro.th@gmail.com",
        (), (),
        [
            ("Computer embroidery of logos on shirts and caps, 12 heads", "embroidery_service"),
            ("Custom embroidered iron-on patches", "embroidered_patches"),
        ],
        [N("Tear-away backing and fusible interlining", "interlining")],
    ),
    Sme(
        "bfs-035", "th", "กลุ่มปักผ้าชาวม้งบ้านสะปัน", HEMP, MID, "Nan", "sapan.hmong@gmail.com",
        ("OTOP",), ("bio",),
        [
            ("ผ้าปักมือลายม้ง ชิ้นสำหรับแต่งกระเป๋า เสื้อ", "hand_embroidered_panels"),
            ("รับปักมือตามแบบของลูกค้า", "hand_embroidery_service"),
        ],
        [
            N("ผ้าใยกัญชงทอมือ สำหรับปัก", "hemp_fabric"),
            N("ด้ายฝ้ายย้อมสีสด ใช้ปัก", "dyed_cotton_yarn"),
        ],
    ),
    Sme(
        "bfs-036", "en", "KnitLab Bangkok", AGE_C, MID, "Bangkok", "hello@knitlab.co.th",
        (), (),
        [("Flat knitting to order: sweaters, cardigans, 12gg and 7gg, MOQ 50", "flat_knitting_service")],
        [
            N(
                "Cotton or hemp knitting yarn on cones",
                "organic_cotton_yarn",
                "cotton_yarn",
                "hemp_yarn",
                "dyed_cotton_yarn",
            )
        ],
    ),
    Sme(
        "bfs-037", "th", "บ้านสีธรรมชาติ สันกำแพง", HEMP, MID, "Chiang Mai", "baansee.sankamphaeng@gmail.com",
        (), ("bio", "green"),
        [
            ("รับย้อมสีธรรมชาติ ผ้า เส้นด้าย เสื้อสำเร็จ", "natural_dyeing_service"),
            ("ผ้าฝ้ายย้อมสีธรรมชาติ เปลือกมะพร้าว ขมิ้น", "naturally_dyed_cotton_fabric"),
        ],
        [
            N("ครามเปียก ห้อม", "indigo_dye_paste"),
            N("ผ้าฝ้ายทอมือสีขาว ยังไม่ย้อม", "handwoven_cotton_fabric"),
        ],
    ),
    Sme(
        "bfs-038", "en", "Khon Kaen Loom Works", AGE_I, MID, "Khon Kaen", "kkloomworks@gmail.com",
        ("ISO 9001",), (),
        [
            ("Greige cotton sheeting and calico, 44 to 60 inch", "greige_cotton_fabric"),
            ("Cotton canvas 10 oz", "cotton_canvas"),
        ],
        [N("Conventional carded cotton yarn Ne 20 (not organic), full truck", "cotton_yarn")],
    ),
    Sme(
        "bfs-039", "th", "กลุ่มทอผ้าขิดบ้านนาข่า", AGE_I, MID, "Udon Thani", "nakha.khit@gmail.com",
        ("OTOP",), ("bio",),
        [
            ("ผ้าฝ้ายทอมือสีขาว และผ้าขิดลายดอกแก้ว", "handwoven_cotton_fabric"),
            ("หมอนขิด หมอนสามเหลี่ยม", "triangle_cushion"),
        ],
        [
            N("นุ่นยัดหมอน", "kapok_fibre"),
            N("ฝ้ายย้อมสีสำเร็จ ไว้ทอลาย", "dyed_cotton_yarn", "naturally_dyed_cotton_yarn"),
        ],
    ),
    Sme(
        "bfs-040", "en", "Surin Royal Silk Cooperative", AGE_I, MID, "Surin", "surinroyalsilk@gmail.com",
        ("Thai Silk Peacock Emblem",), ("bio",),
        [
            ("Mudmee silk, Peacock Emblem, royal blue grade", "mudmee_silk_fabric"),
            ("Silk weaving on commission, you supply the yarn", "silk_weaving_service"),
        ],
        [N("Thai native silk yarn, hand reeled", "raw_silk_yarn")],
    ),
]

# ---------------------------------------------------------------- bfs-041 … bfs-060: more mills, first brands
SMES += [
    Sme(
        "bfs-041", "th", "โรงปั่นด้ายสามพราน", AGE_C, UP, "Nakhon Pathom", "sampran.spinning@gmail.com",
        ("ISO 9001",), (),
        [
            ("ด้ายฝ้าย 100% เบอร์ 20 30 32 ปั่นแหวน", "cotton_yarn"),
            ("ด้าย OE ผสมฝ้ายรีไซเคิล", "recycled_cotton_yarn"),
        ],
        [N("ฝ้ายรีไซเคิลตีแล้ว ต้องมีใบรับรอง GRS", "recycled_cotton_fibre", certs=("GRS",))],
    ),
    Sme(
        "bfs-042", "en", "Bang Sue Cutting Room", CIRC, MID, "Bangkok", "bangsuecutting@gmail.com",
        (), (),
        [("Cutting service: your fabric, your markers; straight knife and band knife", "cutting_service")],
        [N("Markers from pattern files", "marker_making_service")],
    ),
    Sme(
        "bfs-043", "th", "วิสาหกิจชุมชนทอผ้ากัญชงเขาค้อ", HEMP, MID, "Phetchabun", "khaokho.hemp@gmail.com",
        ("OTOP",), ("bio",),
        [
            ("ผ้ากัญชงทอมือ หน้ากว้าง 70 ซม.", "hemp_fabric"),
            ("ผ้ากัญชงผสมฝ้าย เนื้อนุ่ม", "hemp_cotton_fabric"),
            ("รับทอผ้ากัญชงจากด้ายของลูกค้า", "hemp_weaving_service"),
        ],
        [N("ด้ายกัญชง", "hemp_yarn")],
    ),
    Sme(
        "bfs-044", "en", "Rangsit Coated Fabrics", SPORT, MID, "Pathum Thani", "rangsitcoated@gmail.com",
        ("bluesign",), ("green",),
        [
            ("Waterproof breathable laminated fabric, 10k/10k", "waterproof_fabric"),
            ("Seam sealing tape", "seam_tape"),
        ],
        [N("Recycled nylon yarn for a taffeta base", "recycled_nylon_yarn")],
    ),
    Sme(
        "bfs-045", "th", "ร้านกระดุมแม่เหล็กบางบัวทอง", AGE_C, MID, "Nonthaburi", "bangbuathong.trims@gmail.com",
        (), (),
        [
            ("กระดุมแม่เหล็กเย็บซ่อน สำหรับเสื้อผู้สูงอายุ", "magnetic_closures"),
            ("เทปตีนตุ๊กแก ม้วนละ 25 เมตร", "hook_and_loop_tape"),
            ("กระดุมแป๊ก กระดุมสแนป", "snap_buttons"),
        ],
        [U("แม่เหล็กนีโอไดเมียม นำเข้า ราคาส่ง", "no magnet supplier in the set")],
    ),
    Sme(
        "bfs-046", "en", "GreenMailer Packaging", CIRC, MID, "Chachoengsao", "sales@greenmailer.co.th",
        ("Thai Green Label",), ("green", "circular"),
        [
            ("Compostable mailer bags, cornstarch based, A4 and A3", "compostable_mailer"),
            ("Recycled garment polybags, 50 micron", "recycled_polybag"),
        ],
        [N("Kraft paper sheets for wrapping", "kraft_paper_sheets")],
    ),
    Sme(
        "bfs-047", "th", "โรงถักผ้าบางพลีนิตติ้ง", SPORT, MID, "Samut Prakan", "bangplee.knitting@gmail.com",
        ("โอเคเทกซ์",), (),
        [
            ("ผ้ายืดคอตตอน 100% เบอร์ 32 ผ้าเปล่าพร้อมส่ง", "cotton_jersey_fabric"),
            ("ผ้าริบ ผ้าจุ๊มคอ", "rib_knit_fabric"),
        ],
        [N("ด้ายฝ้ายเบอร์ 32 สำหรับถัก", "cotton_yarn", "organic_cotton_yarn")],
    ),
    Sme(
        "bfs-048", "en", "Organic Knit Mills", HEMP, MID, "Pathum Thani", "info@organicknitmills.com",
        ("GOTS",), ("bio", "green"),
        [("GOTS organic cotton jersey 180 gsm, 20 colours", "cotton_jersey_fabric")],
        [N("GOTS organic cotton yarn Ne 30", "organic_cotton_yarn", certs=("GOTS",))],
    ),
    Sme(
        "bfs-049", "th", "สกรีนเสื้อพี่โอ๊ต ลาดพร้าว", CIRC, MID, "Bangkok", "oat.screen@gmail.com",
        (), (),
        [
            ("รับสกรีนเสื้อยืด สีพลาสติซอล สีน้ำ ขั้นต่ำ 30 ตัว", "screen_printing_service"),
            ("เสื้อยืดเปล่าสีพื้น ส่งร้านสกรีน", "blank_tshirt"),
        ],
        [N("ถุงพลาสติกรีไซเคิลใส่เสื้อ", "recycled_polybag")],
    ),
    Sme(
        "bfs-050", "en", "Andaman Batik House", HEMP, MID, "Krabi", "andamanbatik@gmail.com",
        (), (),
        [
            ("Hand-painted batik on rayon and cotton, 2 m pieces", "batik_fabric"),
            ("Batik painting workshop for staff or guests", "batik_workshop"),
        ],
        [N("Plain white cotton ready for painting", "pfd_cotton_fabric")],
    ),
    Sme(
        "bfs-051", "th", "กลุ่มทอผ้าจวนตานี", HEMP, MID, "Pattani", "juantani.weave@gmail.com",
        ("OTOP",), (),
        [("ผ้าจวนตานีทอมือ ไหมผสมฝ้าย", "juan_tani_fabric")],
        [N("เส้นไหม ฝ้ายย้อมสี ไว้ทอลาย", "raw_silk_yarn", "dyed_cotton_yarn")],
    ),
    Sme(
        "bfs-052", "th", "ครามคราม สตูดิโอ", CIRC, DOWN, "Bangkok", "khramkhram.studio@gmail.com",
        (), ("green",),
        [
            ("เสื้อเชิ้ตผ้าฝ้ายย้อมคราม ชาย หญิง", "cotton_shirt"),
            ("กระเป๋าผ้าทอมือย้อมคราม", "handwoven_tote_bag"),
        ],
        [
            N("ผ้าฝ้ายย้อมครามแท้ ทอมือ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
            N("หาโรงงานรับตัดเย็บเชิ้ต ล็อตละ 100-200 ตัว", "cmt_service"),
            N("ป้ายทอคอเสื้อ", "woven_labels"),
        ],
    ),
    Sme(
        "bfs-053", "en", "Lanna Slow Resort Wear", HEMP, DOWN, "Chiang Mai", "hello@lannaslow.com",
        (), ("bio",),
        [
            ("Loose cotton resort dresses, plant dyed", "dress"),
            ("Wide-leg cotton trousers", "trousers"),
        ],
        [
            N("Undyed handwoven cotton, plain or khit, no poly blends", "handwoven_cotton_fabric"),
            N("Someone to dye our finished dresses with plant colours", "natural_dyeing_service"),
            N("Sample maker for first prototypes", "sample_making_service"),
            N("Compostable mailers", "compostable_mailer"),
        ],
    ),
    Sme(
        "bfs-054", "th", "ฮิญาบบาติก นราธิวาส", HEMP, DOWN, "Narathiwat", "hijabbatik.nara@gmail.com",
        ("ฮาลาล",), (),
        [
            ("ผ้าคลุมฮิญาบ ผ้าชีฟอง ผ้าฝ้าย", "hijab"),
            ("ชุดเดรสยาวมุสลิมะห์ อาบายะห์", "modest_dress"),
        ],
        [
            N("ผ้าบาติกเขียนมือ ผ้าเรยอนหรือผ้าฝ้าย ใช้ทำฮิญาบ", "batik_fabric"),
            N("หาช่างปักชื่อร้านบนผ้า", "embroidery_service"),
        ],
    ),
    Sme(
        "bfs-055", "en", "Curve Studio BKK", AGE_C, DOWN, "Bangkok", "curvestudiobkk@gmail.com",
        (), (),
        [("Plus-size dresses, 2XL to 6XL", "dress")],
        [
            N("Pattern grading up to 6XL", "grading_service"),
            N("Cotton jersey, OEKO-TEX certified", "cotton_jersey_fabric", certs=("OEKO-TEX Standard 100",)),
            N("Knit sewing factory for jersey dresses", "knit_cmt_service"),
            N("Lookbook shoot with plus-size models", "product_photography_service"),
        ],
    ),
    Sme(
        "bfs-056", "th", "เสื้อผ้าเด็กน้องมะปราง", AGE_C, DOWN, "Nonthaburi", "nongmaprang.kids@gmail.com",
        (), (),
        [("ชุดเด็ก 0-6 ขวบ ผ้าคอตตอนนุ่ม", "kids_wear")],
        [
            N("ผ้ายืดคอตตอนออร์แกนิก ต้องมี GOTS เท่านั้น", "cotton_jersey_fabric", certs=("GOTS",)),
            N("ร้านสกรีนลายเสื้อเด็ก สีน้ำ", "screen_printing_service"),
        ],
    ),
    Sme(
        "bfs-057", "en", "Wool & Loop Knitwear", AGE_C, DOWN, "Bangkok", "woolandloop@gmail.com",
        (), (),
        [("Cotton knit cardigans and sweaters", "knitwear")],
        [
            N("Factory for flat-knit sweaters", "flat_knitting_service"),
            N("Coconut shell buttons for cardigans", "natural_buttons"),
            N(
                "Shops or web stores that take knitwear on consignment",
                "online_consignment_service",
                "shop_consignment_service",
            ),
        ],
    ),
    Sme(
        "bfs-058", "th", "แจ็คเก็ตยีนส์รีเมค บางลำพู", CIRC, DOWN, "Bangkok", "banglamphu.remake@gmail.com",
        (), ("circular",),
        [("แจ็คเก็ตยีนส์รีเมค จากยีนส์มือสอง", "jacket")],
        [
            N("ยีนส์มือสอง เป็นกระสอบ", "used_clothing_bales"),
            N("ร้านฟอก สโตนวอช", "garment_washing_service"),
        ],
    ),
    Sme(
        "bfs-059", "en", "Doi Tote Co.", HEMP, DOWN, "Chiang Mai", "doitote@gmail.com",
        (), ("bio",),
        [
            ("Tote bags in handwoven indigo cotton", "handwoven_tote_bag"),
            ("Hemp pouches and zip purses", "pouch"),
        ],
        [
            N("Indigo handwoven cotton, 200 m a month", "indigo_dyed_cotton_fabric"),
            N("Hemp cloth, plain", "hemp_fabric"),
            N("Wooden toggles", "wooden_toggles"),
        ],
    ),
    Sme(
        "bfs-060", "th", "ห้องเสื้อพิมพ์ลดา", AGE_C, DOWN, "Bangkok", "pimlada.atelier@gmail.com",
        (), (),
        [("ชุดราตรีผ้าไหม สั่งตัด", "silk_evening_dress")],
        [
            N("ผ้าไหมมัดหมี่ ต้องมีตรานกยูงพระราชทาน", "mudmee_silk_fabric", certs=("Thai Silk Peacock Emblem",)),
            N("รับอัดพลีทกระโปรง", "pleating_service"),
            N("ช่างถ่ายรูปลุคบุ๊ค", "product_photography_service"),
        ],
    ),
]

# ---------------------------------------------------------------- bfs-061 … bfs-080: studios, shops, care, sport
SMES += [
    Sme(
        "bfs-061", "en", "Pleat & Press Studio", AGE_C, MID, "Bangkok", "pleatandpress@gmail.com",
        (), (),
        [("Accordion and sunray pleating on customer's fabric or cut panels", "pleating_service")],
        [U("Second-hand steam pleating machine", "no machinery seller in the set")],
    ),
    Sme(
        "bfs-062", "th", "สตูดิโอถ่ายภาพสินค้าแสงดี", AGE_C, DOWN, "Bangkok", "saengdee.studio@gmail.com",
        (), (),
        [
            ("ถ่ายภาพสินค้าแฟชั่น พร้อมนางแบบ เริ่ม 3,500 บาทต่อวัน", "product_photography_service"),
            ("ไลฟ์ขายของให้แบรนด์ คิดค่าคอมมิชชั่น", "live_selling_service"),
        ],
        [U("ฉากกระดาษสีขาว ม้วนใหญ่ 2.7 เมตร", "no photo backdrop supplier in the set")],
    ),
    Sme(
        "bfs-063", "en", "Slow Closet", CIRC, DOWN, "Bangkok", "curate@slowcloset.co",
        (), ("circular",),
        [("Consignment selling on our web store and marketplaces, 30% commission", "online_consignment_service")],
        [
            N("Silk evening dresses from Thai designers", "silk_evening_dress"),
            N("Scarves and stoles, natural dyed or handwoven", "cotton_scarf", "silk_scarf"),
        ],
    ),
    Sme(
        "bfs-064", "th", "โรงแรมกะตะซีวิว รีสอร์ท", AGE_C, DOWN, "Phuket", "purchasing@kataseaview.com",
        (), ("green",),
        [("ชุดพนักงานเก่าที่เลิกใช้ ยกให้โรงงานรีไซเคิล", "discarded_uniforms")],
        [
            N("ชุดพนักงานโรงแรม สั่งตัดตามแบบ 200 ชุด", "uniform_making_service"),
            N("เสื้อคลุมอาบน้ำสำหรับห้องพัก", "bathrobe"),
            N("กระเป๋าผ้าทอมือ ไว้เป็นของที่ระลึกให้แขก", "handwoven_tote_bag"),
            N("กิจกรรมเพ้นท์ผ้าบาติกให้แขกในรีสอร์ท", "batik_workshop"),
        ],
    ),
    Sme(
        "bfs-065", "en", "Khon Kaen Riverside Hospital", AGE_I, DOWN, "Khon Kaen", "procurement@kkriverside.co.th",
        ("ISO 9001",), (),
        [("Worn cotton bed sheets for recycling, about 300 kg a quarter", "discarded_linen")],
        [
            N("Patient gowns, cotton, snaps at the shoulder", "patient_gown"),
            N("Adaptive clothing for stroke rehab patients", "adaptive_clothing"),
        ],
    ),
    Sme(
        "bfs-066", "th", "บ้านพักผู้สูงอายุบ้านสุขใจ", AGE_C, DOWN, "Nonthaburi", "baansukjai.care@gmail.com",
        (), (),
        [],
        [
            N("เสื้อผ่าหน้า ติดแม่เหล็ก ใส่ง่ายสำหรับผู้สูงอายุ", "adaptive_clothing"),
            N("ผ้ากันเปื้อนผู้ใหญ่ ใช้ตอนกินข้าว", "adult_bib"),
            U("ผ้าอ้อมผู้ใหญ่ ราคาส่ง", "no adult diaper maker in the set"),
        ],
    ),
    Sme(
        "bfs-067", "en", "EasyWear Adaptive", AGE_C, DOWN, "Bangkok", "team@easywear.co.th",
        (), (),
        [
            ("Adaptive clothing: magnetic front shirts, side-open trousers", "adaptive_clothing"),
            ("Adult dining bibs with waterproof back", "adult_bib"),
        ],
        [
            N("Sew-in magnetic closures", "magnetic_closures"),
            N("Hook-and-loop tape", "hook_and_loop_tape"),
            N(
                "Soft cotton jersey, Oeko-Tex welcome but not required",
                "cotton_jersey_fabric",
                waives=("OEKO-TEX Standard 100",),
            ),
        ],
    ),
    Sme(
        "bfs-068", "th", "เสื้อผ้าผู้สูงวัยผ้าฝ้ายทอมือ ร้อยเอ็ด", AGE_I, DOWN, "Roi Et", "roiet.elderwear@gmail.com",
        ("OTOP",), ("bio",),
        [
            ("เสื้อผ่าหน้าผ้าฝ้ายทอมือ ติดกระดุมแม่เหล็ก ใส่ถอดง่าย", "adaptive_clothing"),
            ("ผ้าถุงสำเร็จ เอวยางยืด", "sarong_skirt"),
        ],
        [
            N("ผ้าขิดทอมือ", "handwoven_cotton_fabric"),
            N("กระดุมแม่เหล็ก", "magnetic_closures"),
        ],
    ),
    Sme(
        "bfs-069", "en", "Pace Athletics", SPORT, DOWN, "Bangkok", "make@paceathletics.co",
        (), (),
        [
            ("Running singlets and team jerseys", "sports_jersey"),
            ("Compression leggings", "leggings"),
        ],
        [
            N("Moisture-wicking knit, bluesign preferred", "performance_knit_fabric", waives=("bluesign",)),
            N("Sublimation printing for full-print jerseys", "sublimation_printing_service"),
            N("Recycled polyester jersey, must be GRS", "recycled_poly_jersey", certs=("GRS",)),
        ],
    ),
    Sme(
        "bfs-070", "th", "ชมรมวิ่งดอยสุเทพ", SPORT, DOWN, "Chiang Mai", "doisuthep.runners@gmail.com",
        (), (),
        [],
        [
            N("เสื้อวิ่งงานอีเว้นท์ 1,500 ตัว พิมพ์ลายทั้งตัว", "sports_jersey"),
            N("มีใครรับปักโลโก้บนหมวกวิ่งไหมครับ", "embroidery_service"),
        ],
    ),
    Sme(
        "bfs-071", "en", "Island Flow Yoga Wear", SPORT, DOWN, "Phuket", "aloha@islandflow.co",
        (), ("circular",),
        [("Yoga leggings and bra tops", "leggings")],
        [
            U("Recycled nylon-spandex warp knit, 220 gsm", "no one in the set knits recycled nylon fabric"),
            N("Knit CMT, small runs", "knit_cmt_service"),
            N("All-over print on legging panels we cut ourselves", "sublimation_printing_service"),
        ],
    ),
    Sme(
        "bfs-072", "th", "ไทลื้อเฮมพ์ เชียงของ", HEMP, DOWN, "Chiang Rai", "tailue.hemp@gmail.com",
        (), ("bio",),
        [
            ("เสื้อกัญชงทรงหลวม ผู้หญิง", "hemp_shirt"),
            ("กางเกงเลผ้ากัญชง", "trousers"),
        ],
        [
            N("ผ้ากัญชงผสมฝ้าย", "hemp_cotton_fabric"),
            N("อยากส่งผ้ากัญชงของเราไปย้อมคราม", "indigo_dyeing_service", "natural_dyeing_service"),
        ],
    ),
    Sme(
        "bfs-073", "en", "Second Stitch Upcycling", CIRC, DOWN, "Bangkok", "hi@secondstitch.co",
        (), ("circular",),
        [
            ("Patchwork jackets from factory offcuts", "jacket"),
            ("Bucket hats from deadstock fabric", "hat"),
        ],
        [
            N("Deadstock fabric rolls, any fibre", "deadstock_fabric"),
            N("Large cotton offcuts, pieces of 30 cm and up", "cotton_cutting_waste"),
            N("Garment washing to soften finished pieces", "garment_washing_service"),
        ],
    ),
    Sme(
        "bfs-074", "th", "ยีนส์รียูส นิมมาน", CIRC, DOWN, "Chiang Mai", "jeansreuse.nimman@gmail.com",
        (), ("circular",),
        [("กระเป๋าจากกางเกงยีนส์เก่า", "upcycled_denim_bag")],
        [
            N("กางเกงยีนส์เก่าคัดแล้ว", "used_clothing_bales"),
            N("ป้ายทอแบรนด์ติดกระเป๋า", "woven_labels"),
        ],
    ),
    Sme(
        "bfs-075", "en", "Ubon Silk Boutique", AGE_I, DOWN, "Ubon Ratchathani", "ubonsilkboutique@gmail.com",
        (), (),
        [
            ("Silk scarves and shawls, hand-woven in Ubon", "silk_scarf"),
            ("Tailored silk jackets", "jacket"),
        ],
        [
            N(
                "Plain silk for tailoring, Peacock Emblem not required",
                "plain_silk_fabric",
                waives=("Thai Silk Peacock Emblem",),
            ),
            N("Printed satin care labels", "care_labels"),
            N("Hmong hand-embroidered panels for jacket fronts", "hand_embroidered_panels"),
        ],
    ),
    Sme(
        "bfs-076", "th", "ร้านชุดไทยให้เช่า ศรีย่าน", AGE_C, DOWN, "Bangkok", "sriyan.thaidress@gmail.com",
        (), (),
        [("ชุดไทยให้เช่า ชุดไทยจิตรลดา บรมพิมาน", "thai_costume_rental")],
        [
            N("ผ้าไหมพื้นสี ตัดชุดไทย ต้องมีตรานกยูงเท่านั้น", "plain_silk_fabric", certs=("Thai Silk Peacock Emblem",)),
            N("ผ้าจวนตานี", "juan_tani_fabric"),
        ],
    ),
    Sme(
        "bfs-077", "en", "Nomad Hemp Co.", HEMP, DOWN, "Bangkok", "export@nomadhemp.com",
        (), ("bio",),
        [
            ("Hemp button-down shirts", "hemp_shirt"),
            ("Hemp backpacks", "backpack"),
        ],
        [
            N("Hemp/cotton blend fabric, 55/45", "hemp_cotton_fabric"),
            N("Cut, make and trim for woven shirts, 500 pcs", "cmt_service"),
            N("Coconut buttons 18 mm", "natural_buttons"),
            N("Digital print on our own hemp fabric, short runs", "fabric_printing_service"),
        ],
    ),
    Sme(
        "bfs-078", "th", "ร้านผ้าพื้นเมือง ตลาดอินโดจีน", AGE_I, DOWN, "Mukdahan", "indochina.pha@gmail.com",
        (), (),
        [("ผ้าพื้นเมือง ผ้าซิ่น ขายส่งขายปลีก", "woven_sarong_cloth")],
        [
            N("ผ้าขาวม้าทอมือ ราคาส่ง", "pakama_cloth"),
            N("ผ้าไหมมัดหมี่ ไม่ต้องมีตรานกยูงก็ได้", "mudmee_silk_fabric", waives=("Thai Silk Peacock Emblem",)),
        ],
    ),
    Sme(
        "bfs-079", "en", "Mae Klong Homestay & Shop", AGE_C, DOWN, "Samut Songkhram", "maeklonghomestay@gmail.com",
        (), ("green",),
        [],
        [N("Pha khao ma cloths to sell in our shop", "pakama_cloth")],
    ),
    Sme(
        "bfs-080", "th", "กลุ่มทอผ้าไหมแพรวาบ้านโพน", AGE_I, MID, "Kalasin", "banphon.praewa@gmail.com",
        ("OTOP",), ("bio",),
        [
            ("ผ้าไหมแพรวา ทอมือ ลายโบราณ", "praewa_silk_fabric"),
            ("ผ้าขาวม้าไหม", "pakama_cloth"),
        ],
        [N("เส้นไหมน้อย ไหมพื้นบ้าน ยังไม่ย้อม", "raw_silk_yarn")],
    ),
]

# ---------------------------------------------------------------- bfs-081 … bfs-095: uniforms, shops, last groups
SMES += [
    Sme(
        "bfs-081", "th", "ยูนิฟอร์มดีไซน์ อยุธยา", AGE_C, DOWN, "Phra Nakhon Si Ayutthaya", "uniformdesign.ayu@gmail.com",
        ("ISO 9001",), (),
        [
            ("รับตัดชุดยูนิฟอร์มพนักงาน โรงแรม ร้านอาหาร ตามแบบ", "uniform_making_service"),
            ("ผ้ากันเปื้อนพนักงานร้านกาแฟ", "apron"),
        ],
        [
            N("ผ้าคอตตอนทวิล สำหรับชุดพนักงาน", "woven_shirting_fabric"),
            N("ปักโลโก้บนอกเสื้อ", "embroidery_service"),
        ],
    ),
    Sme(
        "bfs-082", "en", "Cha-am Spa Linen", AGE_C, DOWN, "Phetchaburi", "chaamspalinen@gmail.com",
        (), ("green",),
        [("Waffle cotton bathrobes and spa wraps", "bathrobe")],
        [
            N("Khit hand-woven cotton strips for robe borders", "handwoven_cotton_fabric"),
            N("Care labels with wash symbols", "care_labels"),
        ],
    ),
    Sme(
        "bfs-083", "th", "หจก.ชุดผู้ป่วยบุรีรัมย์", AGE_I, DOWN, "Buriram", "buriram.patientwear@gmail.com",
        ("ISO 13485",), (),
        [
            ("ชุดผู้ป่วย เสื้อกางเกง ผ้าคอตตอน ติดกระดุมแป๊ก", "patient_gown"),
            ("ผ้าปูเตียงโรงพยาบาล", "hospital_bed_sheet"),
        ],
        [
            N("ผ้าดิบ คอตตอน 100% หน้ากว้าง 60 นิ้ว", "greige_cotton_fabric"),
        ],
    ),
    Sme(
        "bfs-084", "en", "Hat Yai Uniform Supply", CIRC, DOWN, "Songkhla", "hatyaiuniform@gmail.com",
        (), (),
        [("School uniforms: white shirts, navy shorts and skirts", "school_uniform")],
        [
            U(
                "TIS-certified school shirting fabric",
                "shirting is offered in the set, but by no supplier holding TIS",
                certs=("Thai Industrial Standard",),
            ),
            N("Sewing factory for school shirts, 5,000 pcs before May", "cmt_service", "uniform_making_service"),
        ],
    ),
    Sme(
        "bfs-085", "th", "ร้านผ้าทอมือ กาดกองต้า", HEMP, DOWN, "Lampang", "kadkongta.pha@gmail.com",
        (), (),
        [("รับฝากขายเสื้อผ้า ของแฮนด์เมด หน้าร้านกาดกองต้า", "shop_consignment_service")],
        [
            N("ผ้าพันคอ ผ้าคลุมไหล่ ทอมือ", "cotton_scarf", "silk_scarf"),
            N("กระเป๋าเป้ผ้ากัญชง", "backpack"),
        ],
    ),
    Sme(
        "bfs-086", "th", "มัดย้อมสมุย", CIRC, DOWN, "Surat Thani", "samui.tiedye@gmail.com",
        (), ("green",),
        [
            ("เสื้อยืดมัดย้อมสีธรรมชาติ", "tshirt"),
            ("ผ้ามัดย้อมเป็นผืน ผืนละ 2 เมตร", "tie_dye_fabric"),
        ],
        [
            N("เสื้อยืดเปล่าสีขาว คอตตอน 100%", "blank_tshirt"),
            N("ผ้าฝ้ายพร้อมย้อม PFD", "pfd_cotton_fabric"),
            N("สีย้อมธรรมชาติแบบผง", "natural_dye_extract"),
        ],
    ),
    Sme(
        "bfs-087", "en", "River Kwai Craft Store", AGE_C, DOWN, "Kanchanaburi", "rkcraftstore@gmail.com",
        (), (),
        [],
        [
            N("Small zipped purses for the till", "pouch"),
            N("Triangle pillows from Isan", "triangle_cushion"),
        ],
    ),
    Sme(
        "bfs-088", "th", "โคราชสปอร์ต ชุดกีฬา", SPORT, DOWN, "Nakhon Ratchasima", "korat.sportwear@gmail.com",
        (), (),
        [("ชุดฟุตบอล ชุดทีม พิมพ์ชื่อเบอร์", "sports_jersey")],
        [
            N("ผ้ากีฬาไมโคร ผ้าเปล่า", "performance_knit_fabric", "recycled_poly_jersey"),
            N("ร้านรับพิมพ์ซับลิเมชั่น", "sublimation_printing_service"),
        ],
    ),
    Sme(
        "bfs-089", "th", "ผ้าซิ่นตีนจกหาดเสี้ยว", AGE_C, MID, "Sukhothai", "hatsiao.teenjok@gmail.com",
        ("OTOP",), (),
        [("ผ้าซิ่นตีนจกหาดเสี้ยว ทอมือ", "teen_chok_fabric")],
        [N("ฝ้ายย้อมสีเคมี สีไม่ตก เอาไว้จกลาย", "dyed_cotton_yarn")],
    ),
    Sme(
        "bfs-090", "en", "Pai Hemp Collective", HEMP, DOWN, "Mae Hong Son", "paihempcollective@gmail.com",
        (), ("bio",),
        [("Hemp ponchos and jackets", "jacket")],
        [
            N("Is there anyone who can weave our yarn into cloth?", "hemp_weaving_service"),
            U("Heavy hemp canvas 12 oz for bags", "no one in the set weaves heavy hemp canvas"),
        ],
    ),
    Sme(
        "bfs-091", "th", "ศูนย์คัดแยกผ้าเหลือใช้พิษณุโลก", CIRC, UP, "Phitsanulok", "plk.textilesort@gmail.com",
        (), ("circular",),
        [("รับคัดแยกเสื้อผ้าเก่าตามชนิดเส้นใย", "textile_waste_sorting_service")],
        [
            N("ชุดยูนิฟอร์มเก่า", "discarded_uniforms"),
            N("ผ้าปูที่นอนเก่าจากโรงพยาบาล", "discarded_linen"),
        ],
    ),
    Sme(
        "bfs-092", "th", "ร้านส่งเสื้อผ้า ตลาดทับเที่ยง", CIRC, DOWN, "Trang", "thabthiang.wholesale@gmail.com",
        (), (),
        [],
        [
            N("เสื้อเชิ้ตผ้าฝ้าย ราคาส่ง", "cotton_shirt"),
            U("ถุงเท้า ชุดชั้นใน ราคาส่ง", "no sock or underwear maker in the set"),
        ],
    ),
    Sme(
        "bfs-093", "th", "ร้านของฝากผ้าไหมศรีสะเกษ", AGE_I, DOWN, "Sisaket", "sisaket.silkshop@gmail.com",
        (), (),
        [],
        [
            N("ผ้าไหมแพรวา", "praewa_silk_fabric"),
            N("ผ้าพันคอไหม", "silk_scarf"),
        ],
    ),
    Sme(
        "bfs-094", "en", "Lamphun Technical Nonwovens", SPORT, MID, "Lamphun", "ltnonwovens@gmail.com",
        ("ISO 9001",), ("circular",),
        [("Needle-punched felt from recycled fibre", "nonwoven_felt")],
        [
            N("Shoddy fibre from sorted textile waste", "recycled_cotton_fibre"),
            U("Bi-component low-melt fibre 4D", "no one in the set makes low-melt fibre"),
        ],
    ),
    Sme(
        "bfs-095", "th", "ร้านหมอนนุ่นลพบุรี", AGE_C, DOWN, "Lopburi", "lopburi.kapok@gmail.com",
        (), ("bio",),
        [("หมอนนุ่น ที่นอนนุ่นพับได้", "kapok_bedding")],
        [
            N("นุ่น", "kapok_fibre"),
            N(
                "ใยโพลีเอสเตอร์รีไซเคิล ยัดหมอน ไม่ต้องมี GRS",
                "recycled_polyester_fill",
                "shredded_textile_filling",
                waives=("GRS",),
            ),
        ],
    ),
]


# ---------------------------------------------------------------- checks

THAI = re.compile("[\u0e00-\u0e7f]")
LATIN = re.compile("[A-Za-z]")
THAI_LETTERS = re.compile("[\u0e01-\u0e2e]")
EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
LABEL = re.compile(r"^[a-z][a-z0-9_]*$")
CERT_NAMES = {c.name: c for c in CERTIFICATIONS}
SUBS = {s.value for s in SubCluster}
STAGES = {s.value for s in Stage}
BCGS = {b.value for b in BcgTag}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def cert_named(text: str, cert: str) -> bool:
    """Whether `text` names certification `cert` (any of its names, aliases or mentions)."""
    c = CERT_NAMES[cert]
    names = {c.name, c.full_name, c.name_th, *c.aliases, *c.mentions, *c.case_sensitive_mentions}
    folded = _fold(text)
    return any(_fold(name) in folded for name in names)


def held(sme: Sme) -> set[str]:
    return {resolve_certification(c) or c for c in sme.certs}


def meets(supplier: Sme, buyer: Sme, need: Need) -> bool:
    if supplier.id == buyer.id:
        return False
    labels = {label for _, label in supplier.offers}
    return bool(labels & set(need.labels)) and set(need.certs) <= held(supplier)


def compute_links() -> list[tuple[str, str]]:
    pairs = {(s.id, b.id) for b in SMES for need in b.needs for s in SMES if meets(s, b, need)}
    return sorted(pairs)


def is_thai_phrase(text: str) -> bool:
    thai, latin = len(THAI_LETTERS.findall(text)), len(LATIN.findall(text))
    return thai >= 2 * latin and thai > 0


def check_profiles() -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if ids != [f"bfs-{i:03d}" for i in range(1, len(SMES) + 1)]:
        errors.append("ids are not bfs-001 … in order")
    for field in ("name", "email"):
        dup = [k for k, n in Counter(getattr(s, field) for s in SMES).items() if n > 1]
        if dup:
            errors.append(f"duplicate {field}: {dup}")
    offered: dict[str, set[str]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)
    for s in SMES:
        where = s.id
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub not in SUBS:
            errors.append(f"{where}: sub-cluster {s.sub!r}")
        if s.stage not in STAGES:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r}")
        for c in s.certs:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r}")
        if not set(s.bcg) <= BCGS:
            errors.append(f"{where}: bcg {s.bcg!r}")
        if not EMAIL.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if not 0 <= len(s.offers) <= 4 or not 1 <= len(s.needs) <= 4:
            errors.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        phrases = [t for t, _ in s.offers] + [n.text for n in s.needs]
        if len(set(phrases)) != len(phrases):
            errors.append(f"{where}: repeated phrase")
        for text in phrases:
            if s.lang == "th" and not is_thai_phrase(text):
                errors.append(f"{where}: not mostly Thai: {text!r}")
            if s.lang == "en" and THAI.search(text):
                errors.append(f"{where}: Thai letters in an English profile: {text!r}")
        if s.lang == "en" and THAI.search(s.name):
            errors.append(f"{where}: Thai letters in an English name")
        for _, label in s.offers:
            if not LABEL.match(label):
                errors.append(f"{where}: offer label {label!r}")
        for need in s.needs:
            if bool(need.labels) == bool(need.unmet):
                errors.append(f"{where}: need must have labels or a note, not both: {need.text!r}")
            for label in need.labels:
                if not offered.get(label, set()) - {s.id}:
                    errors.append(f"{where}: label {label!r} is offered by no one else")
            for c in (*need.certs, *need.waives):
                if c not in CERT_NAMES:
                    errors.append(f"{where}: {c!r} is not a canonical certification name")
                elif not cert_named(need.text, c):
                    errors.append(f"{where}: {c!r} is not named in {need.text!r}")
            if set(need.certs) & set(need.waives):
                errors.append(f"{where}: a certification both required and waived")
            if need.labels and not any(meets(o, s, need) for o in SMES):
                errors.append(f"{where}: no qualified supplier for {need.text!r}")
    return errors


def counts(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in SMES}
    needs = [n for s in SMES for n in s.needs]
    lang = Counter(s.lang for s in SMES)
    rows = [("profiles", str(len(SMES))), ("Thai / English profiles", f"{lang['th']} / {lang['en']}")]
    for sub in SubCluster:
        rows.append((f"sub-cluster `{sub.value}`", str(sum(s.sub == sub.value for s in SMES))))
    for stage in Stage:
        rows.append((f"stage `{stage.value}`", str(sum(s.stage == stage.value for s in SMES))))
    regions = Counter(resolve_province(s.province).region.value for s in SMES)  # type: ignore[union-attr]
    for region, n in sorted(regions.items()):
        rows.append((f"region `{region}`", str(n)))
    provinces = {resolve_province(s.province).name_en for s in SMES}  # type: ignore[union-attr]
    rows.append(("distinct provinces", str(len(provinces))))
    rows.append(("offers", str(sum(len(s.offers) for s in SMES))))
    rows.append(("distinct offer labels", str(len({label for s in SMES for _, label in s.offers}))))
    met = sum(bool(n.labels) for n in needs)
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{met} / {len(needs) - met}"))
    rows.append(("needs requiring a certification", str(sum(bool(n.certs) for n in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(n.waives) for n in needs))))
    th_en = sum(by_id[a].lang == "th" and by_id[b].lang == "en" for a, b in links)
    en_th = sum(by_id[a].lang == "en" and by_id[b].lang == "th" for a, b in links)
    cross = th_en + en_th
    rows.append(("true links", str(len(links))))
    rows.append(("cross-language links, Thai supplier → English buyer", str(th_en)))
    rows.append(("cross-language links, English supplier → Thai buyer", str(en_th)))
    share = 100 * cross / len(links) if links else 0.0
    rows.append(("cross-language links, total", f"{cross} ({share:.1f} %)"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(("links between different sub-clusters", str(sum(by_id[a].sub != by_id[b].sub for a, b in links))))
    return rows


def check_targets(links: list[tuple[str, str]]) -> list[str]:
    by_id = {s.id: s for s in SMES}
    needs = [n for s in SMES for n in s.needs]
    errors: list[str] = []
    th = sum(s.lang == "th" for s in SMES)
    if len(SMES) != 95:
        errors.append(f"{len(SMES)} profiles, want 95")
    if not 0.50 <= th / max(len(SMES), 1) <= 0.60:
        errors.append(f"{th} Thai profiles, want about 55 %")
    if not 140 <= len(links) <= 180:
        errors.append(f"{len(links)} links, want 140–180")
    cross = sum(by_id[a].lang != by_id[b].lang for a, b in links)
    if cross < 0.45 * len(links):
        errors.append(f"{cross} cross-language links of {len(links)}, want at least 45 %")
    unmet = sum(bool(n.unmet) for n in needs)
    if not 15 <= unmet <= 25:
        errors.append(f"{unmet} needs met by no one, want 15–25")
    if sum(bool(n.certs) for n in needs) < 6 or sum(bool(n.waives) for n in needs) < 4:
        errors.append("too few needs requiring or waiving a certification")
    if {s.sub for s in SMES} != SUBS or {s.stage for s in SMES} != STAGES:
        errors.append("not every sub-cluster and stage is used")
    if len({resolve_province(s.province) for s in SMES}) < 35:
        errors.append("fewer than 35 provinces")
    return errors


# ---------------------------------------------------------------- output


def profile_json(s: Sme) -> str:
    row = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    return json.dumps(row, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return out.getvalue()


def main() -> int:
    links = compute_links()
    errors = check_profiles() + check_targets(links)
    for error in errors:
        print("CHECK FAILED:", error, file=sys.stderr)
    print("| count | value |\n|---|---|")
    for key, value in counts(links):
        print(f"| {key} | {value} |")
    if errors:
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    (HERE / "profiles.jsonl").write_bytes(profiles.encode("utf-8"))
    (HERE / "links.csv").write_bytes(links_csv(links).encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
