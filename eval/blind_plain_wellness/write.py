"""Write the hand-labelled evaluation set `blind_plain_wellness`.

Plain registry entries of a herbal, spa and wellness leaning part of the cluster. Every offer carries a label
saying what the thing is; every need lists the offer labels that would meet it and the certifications its text
requires, or is marked as met by no one. The true links follow from those labels alone.

Run from the repository root:  .venv/bin/python eval/blind_plain_wellness/write.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root

from shared.taxonomy import (
    _CERTIFICATION_MATCHERS,
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

HERE = Path(__file__).resolve().parent

# ------------------------------------------------------------------ shorthands

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"

FDA = "Thai FDA"
OEKO = "OEKO-TEX Standard 100"
TIS = "Thai Industrial Standard"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str  # why no one in the set meets it; empty when met


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every cert in `certs`."""
    return Need(text, labels, certs, waives, "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets."""
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
    offers: list[tuple[str, str]]
    needs: list[Need]


# ------------------------------------------------------------------ the profiles

SMES: list[Sme] = [
    Sme(
        "bpw-001", "th", "วิสาหกิจชุมชนสมุนไพรบ้านโคกภู", ALI, UP, "Sakon Nakhon",
        "kokphu.herb@gmail.com", ("เกษตรอินทรีย์",), ("bio",),
        [
            ("ไพลสด ขุดใหม่ทั้งหัว ขั้นต่ำ 50 กก.", "fresh_plai_rhizome"),
            ("ไพลหั่นแว่นตากแห้ง ปลูกแบบอินทรีย์", "dried_plai"),
            ("ขมิ้นชันหั่นตากแห้ง กก.ละ 120 บาท", "dried_turmeric"),
        ],
        [
            N("หาคนรับอบแห้งสมุนไพรช่วงหน้าฝน วัตถุดิบของกลุ่มเอง", "herb_drying_service"),
            N("ร้านรับบดขมิ้นเป็นผง เราส่งขมิ้นแห้งไปเอง", "herb_grinding_service"),
            U("เครื่องหั่นสมุนไพรมือสอง", "a machine; nobody in the set sells equipment"),
        ],
    ),
    Sme(
        "bpw-002", "en", "Doi Golden Rhizome Farm", HEMP, UP, "Chiang Rai",
        "hello@doigoldenrhizome.com", ("Organic Thailand", "USDA Organic"), ("bio", "green"),
        [
            ("Turmeric powder, organic, 1 kg foil bags", "turmeric_powder"),
            ("Dried lemongrass cut 1 cm, 20 kg sacks", "dried_lemongrass"),
            ("Fresh turmeric in season Aug-Dec", "fresh_turmeric_rhizome"),
        ],
        [
            N("Kraft stand-up pouches with zip lock, 500 g size", "kraft_pouch"),
            N("Extra drying capacity at harvest - our own turmeric, you dry it", "herb_drying_service"),
        ],
    ),
    Sme(
        "bpw-003", "th", "โรงอบสมุนไพรลุงเสถียร", ALC, MID, "Nakhon Pathom",
        "lungsathian.dry@hotmail.com", (), ("green",),
        [
            ("รับอบแห้งสมุนไพร ตู้อบลมร้อน กก.ละ 12 บาท", "herb_drying_service"),
            ("รับบดสมุนไพรเป็นผง วัตถุดิบของลูกค้า", "herb_grinding_service"),
        ],
        [
            N("ถุงผ้าดิบหูรูด ใส่ผงสมุนไพร 1 กก.", "cotton_drawstring_bag"),
            U("แผงโซลาร์เซลล์ติดตู้อบ", "solar panels; not goods of this cluster"),
        ],
    ),
    Sme(
        "bpw-004", "th", "ร้านเจริญโอสถ เยาวราช", ALC, UP, "Bangkok",
        "charoenosot.ywr@gmail.com", (), (),
        [
            ("การบูรเกล็ด ของแท้ แบ่งขายเป็นกิโล", "camphor_crystals"),
            ("พิมเสนเกล็ด", "borneol_crystals"),
            ("สมุนไพรยัดลูกประคบ สูตรโบราณ ผสมพร้อมห่อ", "compress_herb_mix"),
        ],
        [
            N("ไพลแห้ง เดือนละ 200 กก.", "dried_plai"),
            N("ผิวมะกรูดตากแห้ง", "dried_kaffir_lime_peel"),
        ],
    ),
    Sme(
        "bpw-005", "en", "Chanthaburi Kaffir & Citrus Farm", ALC, UP, "Chanthaburi",
        "kaffirfarm.chan@gmail.com", (), ("bio", "circular"),
        [
            ("Sun-dried kaffir lime peel, 10 kg bags", "dried_kaffir_lime_peel"),
            ("Kaffir lime peel oil, steam distilled on the farm", "kaffir_lime_essential_oil"),
        ],
        [
            N("Amber glass bottles 10 ml / 30 ml with dropper caps", "amber_glass_bottle"),
            N("Peak season: need a still to run our own peel, toll basis", "essential_oil_distillation_service"),
        ],
    ),
    Sme(
        "bpw-006", "th", "กลุ่มปลูกตะไคร้หอมบ้านสงเปือย", ALI, UP, "Yasothon",
        "songpueai.grass@gmail.com", ("Organic Thailand",), ("bio",),
        [
            ("ตะไคร้หอมตัดสด มัดละ 5 กก. (พันธุ์ไล่ยุง ไม่ใช่ตะไคร้แกง)", "fresh_citronella_grass"),
            ("ตะไคร้แกงหั่นท่อนตากแห้ง", "dried_lemongrass"),
        ],
        [
            N("อยากได้โรงกลั่นรับกลั่นน้ำมันตะไคร้หอม จากวัตถุดิบของกลุ่ม", "essential_oil_distillation_service"),
        ],
    ),
    Sme(
        "bpw-007", "en", "Siam Aromatics Distillery Co., Ltd.", ALC, MID, "Saraburi",
        "sales@siamaromatics.co.th", ("ISO 9001",), ("bio", "circular"),
        [
            (
                "Toll steam distillation, 300 L still, bring your own plant material",
                "essential_oil_distillation_service",
            ),
            ("Lemongrass oil, 1 kg and 5 kg", "lemongrass_essential_oil"),
            ("Plai oil (Zingiber cassumunar), cosmetic grade", "plai_essential_oil"),
            ("Spent herb after distillation, free if you collect", "spent_herb_residue"),
        ],
        [
            N("Fresh plai rhizome approx. 2 t/month", "fresh_plai_rhizome"),
            N("Citronella grass, fresh cut, by the truckload", "fresh_citronella_grass"),
        ],
    ),
    Sme(
        "bpw-008", "th", "กลุ่มแม่บ้านรับห่อลูกประคบบ้านดอนแก้ว", ALC, MID, "Chiang Mai",
        "donkaew.luukprakob@gmail.com", ("OTOP",), ("bio",),
        [
            ("รับจ้างห่อลูกประคบ ลูกค้าส่งสมุนไพรมาเอง ลูกละ 8 บาท", "compress_wrapping_service"),
        ],
        [
            N("ผ้าดิบ 100 เมตร", "cotton_calico_fabric"),
            N("เชือกฝ้ายมัดลูกประคบ ม้วนใหญ่", "cotton_twine"),
        ],
    ),
    Sme(
        "bpw-009", "en", "Thai Herbal Ball Factory Co., Ltd.", ALC, DOWN, "Nonthaburi",
        "export@thaiherbalball.com", ("Thai FDA", "ISO 9001"), ("bio",),
        [
            ("Herbal compress balls, export grade, vacuum packed", "herbal_compress_ball"),
            ("Private label compress: your brand on the box, MOQ 1,000", "herbal_compress_ball"),
        ],
        [
            N("Ready-mixed dried compress herbs (plai, turmeric, kaffir peel, camphor)", "compress_herb_mix"),
            N("Unbleached cotton muslin, precut 40 x 40 cm", "cotton_calico_fabric"),
            N("Printed gift boxes for 2-ball set, FSC paper only", "paper_gift_box", certs=("FSC",)),
        ],
    ),
    Sme(
        "bpw-010", "th", "ลูกประคบฮาลาลบ้านตันหยง", ALC, DOWN, "Pattani",
        "tanyong.herbal@gmail.com", ("ฮาลาล", "OTOP", "อย."), ("bio",),
        [
            ("ลูกประคบสมุนไพร ฮาลาล มีเลข อย.", "herbal_compress_ball"),
            ("ยาหม่องไพล ขวดแก้ว 15 กรัม", "herbal_balm"),
        ],
        [
            N("ขมิ้นชันสด ส่งทุกสัปดาห์", "fresh_turmeric_rhizome"),
            N("ผ้าฝ้ายฟอกขาว พับละ 30 หลา สำหรับห่อลูกประคบ", "white_cotton_fabric"),
        ],
    ),
    Sme(
        "bpw-011", "th", "กลุ่มทอผ้าฝ้ายบ้านนาข่า", HEMP, MID, "Udon Thani",
        "nakha.weaving@gmail.com", ("OTOP",), ("bio",),
        [
            ("ผ้าฝ้ายทอมือสีธรรมชาติ หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
            ("ผ้าขาวม้าฝ้ายทอมือ ลายตาราง", "pakama"),
        ],
        [
            N("ฝ้ายเข็นมือ", "handspun_cotton_yarn"),
            N("ด้ายฝ้ายโรงงาน 20/2 สีขาว", "mill_cotton_yarn", "organic_cotton_yarn"),
        ],
    ),
    Sme(
        "bpw-012", "en", "Mae Chaem Hemp Weavers", HEMP, MID, "Chiang Mai",
        "maechaemhemp@gmail.com", (), ("bio",),
        [
            ("Handwoven hemp cloth, natural, 40 cm wide", "hemp_fabric"),
            ("Hand-spliced hemp yarn, undyed", "hemp_yarn"),
        ],
        [
            N("Hemp bast, stripped and sun-dried", "hemp_fibre"),
            N("Natural dyeing of our woven rolls - we send the cloth", "natural_dyeing_service"),
        ],
    ),
    Sme(
        "bpw-013", "th", "วิสาหกิจชุมชนกัญชงบ้านพะเด๊ะ", HEMP, UP, "Tak",
        "padae.hemp@gmail.com", (), ("bio",),
        [
            ("เปลือกกัญชงลอกแล้ว ตากแห้ง", "hemp_fibre"),
            ("ต้นกัญชงตัดตากทั้งต้น ยังไม่ลอก", "hemp_stalk"),
        ],
        [
            U("เครื่องลอกเปลือกกัญชง", "a machine; nobody in the set sells equipment"),
        ],
    ),
    Sme(
        "bpw-014", "th", "ครามบ้านพันนา", HEMP, MID, "Sakon Nakhon",
        "phanna.indigo@gmail.com", ("OTOP",), ("bio",),
        [
            ("รับย้อมคราม ผ้า เส้นด้าย หรือเสื้อผ้าของลูกค้า เมตรละ 60 บาท", "indigo_dyeing_service"),
            ("ผ้าฝ้ายย้อมครามทอมือ ไลน์ phanna_kram", "indigo_dyed_cotton_fabric"),
            ("เนื้อครามเปียก กก.ละ 150 บาท", "indigo_paste"),
        ],
        [
            N("ผ้าฝ้ายทอมือสีขาวนวล ยังไม่ย้อม", "handwoven_cotton_fabric"),
        ],
    ),
    Sme(
        "bpw-015", "en", "Earth Tone Dye House", HEMP, MID, "Lamphun",
        "studio@earthtonedye.com", ("GOTS",), ("bio", "green"),
        [
            ("Natural dyeing on your garments or yardage: ebony, mango leaf, lac", "natural_dyeing_service"),
            ("Plant-dyed cotton scarves 180 x 60 cm", "natural_dyed_scarf"),
        ],
        [
            N("Stick lac, raw", "lac_dyestuff"),
            N("Fermented indigo paste", "indigo_paste"),
        ],
    ),
    Sme(
        "bpw-016", "th", "ไร่ฝ้ายอินทรีย์ภูหลวง", HEMP, UP, "Loei",
        "phuluang.cotton@gmail.com", ("Organic Thailand",), ("bio",),
        [
            ("ปุยฝ้ายอินทรีย์ อีดเมล็ดออกแล้ว", "cotton_lint"),
            ("ฝ้ายเข็นมือ สีตุ่น ใจละ 80 บาท", "handspun_cotton_yarn"),
        ],
        [
            U("เครื่องอีดฝ้ายไฟฟ้า", "a machine; nobody in the set sells equipment"),
        ],
    ),
    Sme(
        "bpw-017", "en", "Siam Organic Yarn Co., Ltd.", HEMP, UP, "Samut Sakhon",
        "yarn@siamorganicyarn.co.th", ("GOTS", "OCS"), ("bio", "green"),
        [
            ("GOTS organic cotton yarn Ne 20/1 on cones", "organic_cotton_yarn"),
            ("Carded cotton yarn Ne 30/1, conventional", "mill_cotton_yarn"),
        ],
        [
            N("Organic cotton lint, Organic Thailand certified, 5 t/yr", "cotton_lint", certs=("Organic Thailand",)),
        ],
    ),
    Sme(
        "bpw-018", "th", "โรงทอผ้าขนหนูแปดริ้ว", HEMP, MID, "Chachoengsao",
        "paetriew.towel@gmail.com", (OEKO, "มอก."), (),
        [
            ("ผ้าขนหนูฝ้าย 100% ขนาด 30x60 สีขาว สำหรับสปา", "cotton_towel"),
            ("ผ้าเช็ดตัวใยไผ่ 70x140 นุ่ม ซับน้ำดี", "bamboo_towel"),
            ("ผ้าขนหนูเป็นม้วน ยังไม่ตัด หน้ากว้าง 150 ซม.", "terry_fabric_roll"),
        ],
        [
            N("เส้นด้ายฝ้ายเบอร์ 16 สำหรับทอขน", "mill_cotton_yarn", "organic_cotton_yarn"),
        ],
    ),
    Sme(
        "bpw-019", "en", "FlexKnit Textiles Co., Ltd.", SPORT, MID, "Samut Prakan",
        "sales@flexknit.co.th", ("GRS", OEKO, "bluesign"), ("circular",),
        [
            ("Nylon/spandex 4-way stretch jersey 240 gsm", "stretch_jersey_fabric"),
            ("Recycled polyester interlock, GRS", "recycled_poly_fabric"),
        ],
        [
            N("rPET filament yarn 75D, GRS certified", "rpet_yarn", certs=("GRS",)),
        ],
    ),
    Sme(
        "bpw-020", "en", "Circular Fibre Recovery Co., Ltd.", CIRC, UP, "Rayong",
        "info@cfr-rayong.com", ("GRS", "ISO 14001"), ("circular",),
        [
            ("rPET yarn 75D/150D from bottle flake, GRS", "rpet_yarn"),
            ("Shredded textile fibre for stuffing", "recycled_fibre_fill"),
        ],
        [
            N(
                "Cut-room offcuts, cotton or poly, any colour, by the tonne",
                "cotton_offcuts", "fabric_offcuts", "indigo_offcuts",
            ),
        ],
    ),
    Sme(
        "bpw-021", "en", "Prana Threads Yogawear", SPORT, DOWN, "Bangkok",
        "hello@pranathreads.co", (), (),
        [
            ("High-waist yoga leggings XS-XXL", "yoga_wear"),
            ("Sports bras and crop tops for yoga", "yoga_wear"),
        ],
        [
            N("4-way stretch nylon spandex, OEKO-TEX certified", "stretch_jersey_fabric", certs=(OEKO,)),
            N("CMT factory for leggings, our fabric, 500 pcs/month", "activewear_sewing_service"),
        ],
    ),
    Sme(
        "bpw-022", "th", "ร้านชุดขาวปฏิบัติธรรม ศรัทธา", ALC, DOWN, "Nakhon Pathom",
        "sattha.whiteclothes@gmail.com", (), (),
        [
            ("ชุดขาวปฏิบัติธรรม ผ้าฝ้าย เสื้อพร้อมกางเกง", "meditation_white_clothes"),
            ("สไบขาว ผ้าป่าน", "white_sabai"),
        ],
        [
            N("ผ้าฝ้ายขาว ฟอกแล้ว เป็นม้วน", "white_cotton_fabric"),
        ],
    ),
    Sme(
        "bpw-023", "th", "วัดป่าสันติธรรม (สำนักปฏิบัติธรรม)", ALC, DOWN, "Uthai Thani",
        "watpasantitham@gmail.com", (), (),
        [],
        [
            N("ชุดขาวสำหรับผู้มาปฏิบัติธรรม 300 ชุด", "meditation_white_clothes"),
            N("อาสนะ เบาะรองนั่งสมาธิ", "meditation_cushion"),
            U("มีใครรับซักผ้าปูที่นอนจำนวนมากไหม", "laundry; no one in the set offers it"),
        ],
    ),
    Sme(
        "bpw-024", "en", "Rubber Roots Yoga Mats", SPORT, DOWN, "Songkhla",
        "order@rubberroots.asia", (), ("bio", "green"),
        [
            ("Natural rubber yoga mats 4 mm, jute backed, WhatsApp +66 81 234 5678", "natural_rubber_yoga_mat"),
            ("Rubberwood yoga blocks", "wooden_yoga_block"),
        ],
        [
            N("Jute cloth for mat backing, by the roll", "jute_fabric"),
            N("Cotton webbing 38 mm for carry straps", "cotton_webbing"),
        ],
    ),
    Sme(
        "bpw-025", "en", "FitPro Trading Co., Ltd.", SPORT, DOWN, "Bangkok",
        "sales@fitprotrading.com", (), (),
        [
            ("PVC yoga mats 6 mm, MOQ 100", "pvc_yoga_mat"),
            ("EVA foam yoga blocks, assorted colours", "eva_yoga_block"),
        ],
        [
            N("Carry bags for yoga mats, with our logo", "yoga_mat_bag"),
        ],
    ),
    Sme(
        "bpw-026", "th", "หมอนขิตบ้านศรีฐาน", ALI, DOWN, "Yasothon",
        "sritan.khitpillow@gmail.com", ("OTOP 5 stars",), ("bio",),
        [
            ("หมอนขวานผ้าขิต 10 ช่อง ยัดนุ่น", "triangle_cushion"),
            ("เบาะนั่งสมาธิทรงกลม ยัดนุ่น", "meditation_cushion"),
            ("หมอนข้างโยคะ ผ้าฝ้ายทอมือ", "yoga_bolster"),
        ],
        [
            N("นุ่นปั่นฟู", "kapok_fibre"),
        ],
    ),
    Sme(
        "bpw-027", "th", "นุ่นบ้านไผ่ ท่าม่วง", HEMP, UP, "Kanchanaburi",
        "baanphai.kapok@gmail.com", (), ("bio",),
        [
            ("นุ่นปั่นแล้ว อัดก้อน 25 กก. โทร 089-514-2270", "kapok_fibre"),
            ("ฝักนุ่นแห้ง ยังไม่แกะ ขายเหมาสวน", "kapok_pods"),
        ],
        [
            U("หาชิปปิ้งส่งนุ่นไปญี่ปุ่น", "an export shipping agent; no one in the set"),
        ],
    ),
    Sme(
        "bpw-028", "th", "ฟูกนวดแผนไทยสมใจ", ALC, DOWN, "Ang Thong",
        "somjai.fook@gmail.com", (), (),
        [
            ("ฟูกนวดแผนไทย 5 พับ ยัดนุ่นแท้ ส่งภายใน 7 วัน", "thai_massage_mattress"),
            ("ปลอกฟูกนวด ถอดซักได้", "massage_mattress_cover"),
        ],
        [
            N("นุ่น เดือนละ 300 กก.", "kapok_fibre"),
            N("ผ้าแคนวาสฝ้าย สีน้ำเงิน หุ้มฟูก", "cotton_canvas"),
        ],
    ),
    Sme(
        "bpw-029", "en", "SpaLinen Solutions Co., Ltd.", ALC, DOWN, "Chonburi",
        "sales@spalinen.co.th", (OEKO,), (),
        [
            ("Fitted massage table sheets, 100% cotton", "massage_bed_sheet"),
            ("Face cradle covers, flannel", "face_cradle_cover"),
            ("Waffle spa robes", "spa_robe"),
        ],
        [
            N("White cotton percale on rolls, OEKO-TEX", "white_cotton_fabric", certs=(OEKO,)),
            N("Overflow sewing on our cut panels", "sewing_service", "activewear_sewing_service"),
        ],
    ),
    Sme(
        "bpw-030", "th", "ยูนิฟอร์มสปา ลัดดา", ALC, DOWN, "Bangkok",
        "ladda.uniform@gmail.com", (), (),
        [
            ("ชุดพนักงานสปา เสื้อคอจีน กางเกงขาม้า", "spa_uniform"),
            ("รับปักโลโก้บนเสื้อ ขั้นต่ำ 20 ตัว", "embroidery_service"),
        ],
        [
            N("ผ้า TC สีพื้น ม้วนละ 50 หลา", "tc_fabric"),
        ],
    ),
    Sme(
        "bpw-031", "th", "บาติกอ่าวนาง", ALC, DOWN, "Krabi",
        "aonangbatik@gmail.com", ("OTOP",), (),
        [
            ("ผ้าถุงบาติกเขียนเทียน", "batik_sarong"),
            ("ผ้าพันตัวสปา ผ้าเรยอนพิมพ์ลาย", "spa_wrap"),
        ],
        [
            N("ผ้าฝ้ายขาวฟอกแล้ว สำหรับเขียนลายเทียน", "white_cotton_fabric"),
        ],
    ),
    Sme(
        "bpw-032", "th", "หมอนสมุนไพรหลับสบาย ลำปาง", ALC, DOWN, "Lampang",
        "lubsabai.pillow@gmail.com", ("OTOP",), ("bio",),
        [
            ("หมอนหนุนสมุนไพร ใบเตย ตะไคร้ หอมนาน", "herbal_pillow"),
            ("ผ้าปิดตาสมุนไพร อุ่นไมโครเวฟได้", "herbal_eye_mask"),
        ],
        [
            N("ตะไคร้แห้ง", "dried_lemongrass"),
            N("ผ้าฝ้ายพิมพ์ลายดอกเล็ก", "printed_cotton_fabric"),
        ],
    ),
    Sme(
        "bpw-033", "en", "Scent of Lanna", ALC, DOWN, "Chiang Mai",
        "orders@scentoflanna.com", (), ("bio",),
        [
            ("Aromatherapy sachets, Thai herb blends", "aroma_sachet"),
            ("Dried herb potpourri, 100 g jars", "potpourri"),
        ],
        [
            N("Dried kaffir lime peel", "dried_kaffir_lime_peel"),
            N("Cotton drawstring pouches 8 x 10 cm, plain or indigo", "cotton_drawstring_bag"),
            N("Lemongrass essential oil", "lemongrass_essential_oil"),
            U("Dried lavender buds, 5 kg", "lavender; no one in the set grows or sells it"),
        ],
    ),
    Sme(
        "bpw-034", "th", "กลุ่มตัดเย็บบ้านหนองหญ้าปล้อง", ALI, MID, "Khon Kaen",
        "nongyaplong.sew@gmail.com", (), (),
        [
            ("รับตัดเย็บตามแบบ ใช้ผ้าของลูกค้า", "sewing_service"),
            ("ถุงผ้าดิบหูรูด หลายขนาด", "cotton_drawstring_bag"),
            ("เสื้อผ้าฝ้ายสีขาว ยังไม่ย้อม สำหรับนำไปย้อมเอง", "plain_cotton_shirt"),
        ],
        [
            N("ผ้าดิบ", "cotton_calico_fabric"),
            U("จักรโพ้งอุตสาหกรรมมือสอง", "a machine; nobody in the set sells equipment"),
        ],
    ),
    Sme(
        "bpw-035", "en", "Hands of Isan Sewing Co-op", ALI, MID, "Roi Et",
        "handsofisan@gmail.com", (), (),
        [
            ("CMT sewing: send us cut pieces, we sew and pack", "sewing_service"),
            ("Eye masks and sachets sewn to your pattern and fabric", "sewing_service"),
        ],
        [
            N("Fabric offcuts for training new sewers", "cotton_offcuts", "fabric_offcuts", "indigo_offcuts"),
        ],
    ),
    Sme(
        "bpw-036", "th", "บรรจุภัณฑ์กระดาษบ้านแพ้ว", ALC, MID, "Samut Sakhon",
        "banphaeo.box@gmail.com", ("FSC",), ("green",),
        [
            ("กล่องกระดาษคราฟท์พิมพ์โลโก้ ขั้นต่ำ 500 ใบ", "paper_gift_box"),
            ("ถุงซิปคราฟท์ตั้งได้ มีหน้าต่าง", "kraft_pouch"),
        ],
        [
            U("กระดาษคราฟท์ม้วนใหญ่ ราคาส่ง", "paper stock; no one in the set supplies it"),
        ],
    ),
    Sme(
        "bpw-037", "en", "Green Wrap Packaging Co., Ltd.", CIRC, MID, "Pathum Thani",
        "hello@greenwrap.co.th", ("Thai Green Label",), ("green", "circular"),
        [
            ("Amber glass bottles 5-100 ml, dropper and spray caps", "amber_glass_bottle"),
            ("Kraft gift boxes, plain", "paper_gift_box"),
            ("Waterproof printed product labels", "printed_label"),
        ],
        [
            U("Recycled glass cullet supplier", "glass cullet; no one in the set"),
        ],
    ),
    Sme(
        "bpw-038", "th", "กระจูดทะเลน้อย", HEMP, DOWN, "Phatthalung",
        "thalenoi.krajood@gmail.com", ("OTOP",), ("bio",),
        [
            ("ตะกร้ากระจูดสาน ใส่ลูกประคบ ของฝาก", "woven_basket"),
            ("เสื่อกระจูดผืนใหญ่ 2x3 เมตร", "krajood_mat"),
        ],
        [
            N("ผ้าฝ้ายย้อมครามสำหรับทำหูและซับในกระเป๋า", "indigo_dyed_cotton_fabric"),
        ],
    ),
    Sme(
        "bpw-039", "th", "รีไซเคิลผ้าบางแสน", CIRC, UP, "Chonburi",
        "bangsaen.recycle@gmail.com", (), ("circular",),
        [
            ("ผ้าเช็ดเครื่องจักร ตัดจากผ้าขนหนูเก่า กก.ละ 25", "rag_wipers"),
        ],
        [
            N("รับซื้อผ้าขนหนู ผ้าปูที่นอนเก่า จากโรงแรมและสปา", "used_towels_linen"),
        ],
    ),
    Sme(
        "bpw-040", "en", "ReWeave Studio", CIRC, DOWN, "Bangkok",
        "hi@reweavestudio.com", (), ("circular",),
        [
            ("Upcycled yoga mat bags from offcuts", "yoga_mat_bag"),
            ("Patchwork cushion covers", "cushion_cover"),
        ],
        [
            N("Clean cotton offcuts sorted by colour", "cotton_offcuts", "indigo_offcuts"),
        ],
    ),
    Sme(
        "bpw-041", "th", "บางพลีการ์เม้นท์", CIRC, MID, "Samut Prakan",
        "bangphli.garment@gmail.com", (), ("circular",),
        [
            ("เศษผ้าคอตตอนจากห้องตัด ขายเป็นกิโล", "cotton_offcuts"),
            ("เศษผ้ายืดสแปนเด็กซ์ คละสี", "fabric_offcuts"),
        ],
        [
            N("หาคนมารับเศษผ้าไปรีไซเคิล ไม่คิดค่าขน", "textile_waste_collection"),
        ],
    ),
    Sme(
        "bpw-042", "th", "ชุดผู้สูงวัยใส่สบาย", ALC, DOWN, "Nonthaburi",
        "sabai.senior@gmail.com", (), (),
        [
            ("เสื้อผ่าหน้าติดตีนตุ๊กแก สำหรับผู้สูงอายุ", "elderly_adaptive_clothing"),
            ("ถุงเท้ากันลื่น มีปุ่มยาง", "anti_slip_socks"),
        ],
        [
            N("ผ้ายืดคอตตอน 100%", "cotton_jersey_fabric"),
        ],
    ),
    Sme(
        "bpw-043", "en", "Andaman Wellness Retreat", SPORT, DOWN, "Phuket",
        "purchasing@andamanwellness.com", (), ("green",),
        [
            ("Used spa towels and bath sheets, about 300 kg a quarter", "used_towels_linen"),
        ],
        [
            N("Herbal compress balls, 2,000 a month, Thai FDA not required", "herbal_compress_ball", waives=(FDA,)),
            N("Natural rubber yoga mats - no PVC please", "natural_rubber_yoga_mat"),
            N("Cotton or bamboo towels, OEKO-TEX required", "cotton_towel", "bamboo_towel", certs=(OEKO,)),
        ],
    ),
    Sme(
        "bpw-044", "th", "โรงเรียนนวดแผนไทยครูสมศรี", ALC, DOWN, "Bangkok",
        "kru.somsri.school@gmail.com", (), (),
        [
            ("หลักสูตรนวดแผนไทย 150 ชั่วโมง", "thai_massage_course"),
        ],
        [
            N("ฟูกนวด 20 ผืน", "thai_massage_mattress"),
            N("ชุดนวดให้นักเรียน เสื้อกับกางเกงเล", "massage_client_clothes"),
        ],
    ),
    Sme(
        "bpw-045", "en", "Chiang Mai Traditional Massage Academy", ALC, DOWN, "Chiang Mai",
        "office@cmtma.org", (), (),
        [
            ("Thai massage teacher training courses", "thai_massage_course"),
        ],
        [
            N("Foldable Thai massage mattresses", "thai_massage_mattress"),
            N("Triangle cushions for practice rooms", "triangle_cushion"),
        ],
    ),
    Sme(
        "bpw-046", "th", "โรงพยาบาลการแพทย์แผนไทยขอนแก่น", ALI, DOWN, "Khon Kaen",
        "ttm.khonkaen@gmail.com", ("ISO 9001",), (),
        [],
        [
            N("ลูกประคบสมุนไพร ต้องมีเลขทะเบียน อย.", "herbal_compress_ball", certs=(FDA,)),
            N("ผ้าขนหนูฝ้าย ต้องได้ มอก.", "cotton_towel", certs=(TIS,)),
            N("ผ้าปูเตียงนวด", "massage_bed_sheet"),
        ],
    ),
    Sme(
        "bpw-047", "th", "รพ.สต.บ้านหนองกี่", ALI, DOWN, "Buriram",
        "rpst.nongki@gmail.com", (), (),
        [],
        [
            N("ลูกประคบ ใช้ในหน่วยบริการ ไม่ต้องมี อย. ก็ได้", "herbal_compress_ball", waives=(FDA,)),
        ],
    ),
    Sme(
        "bpw-048", "en", "Samui Detox & Yoga Retreat", SPORT, DOWN, "Surat Thani",
        "stay@samuidetox.com", (), ("green",),
        [],
        [
            N("Yoga bolsters with cotton covers", "yoga_bolster"),
            N("Zafu meditation cushions", "meditation_cushion"),
            U("Organic cotton bathrobes, GOTS", "no robe maker in the set holds GOTS", certs=("GOTS",)),
            N("Any eco yoga mat - natural rubber or woven reed, not PVC", "natural_rubber_yoga_mat", "reed_yoga_mat"),
        ],
    ),
    Sme(
        "bpw-049", "th", "ร้านของฝากสุขภาพ ดอนเมือง", ALC, DOWN, "Bangkok",
        "donmueang.gifts@gmail.com", (), (),
        [],
        [
            N("ลูกประคบแพ็คกล่อง ต้องมี อย. และ OTOP", "herbal_compress_ball", certs=(FDA, "OTOP")),
            N("ยาหม่องสมุนไพร", "herbal_balm"),
        ],
    ),
    Sme(
        "bpw-050", "th", "ลูกประคบสมุนไพรแม่ทองใบ สุรินทร์", ALI, DOWN, "Surin",
        "maethongbai.surin@gmail.com", ("OTOP", "อย."), ("bio",),
        [
            ("ลูกประคบสมุนไพร มีเลข อย. OTOP 4 ดาว", "herbal_compress_ball"),
            ("ลูกประคบแห้ง เก็บได้ 1 ปี แพ็คสุญญากาศ", "herbal_compress_ball"),
        ],
        [
            N("การบูร", "camphor_crystals"),
        ],
    ),
    Sme(
        "bpw-051", "en", "Hua Hin Serenity Spa", ALC, DOWN, "Prachuap Khiri Khan",
        "spa@huahinserenity.com", (), (),
        [
            ("Old massage sheets and towels, free pickup", "used_towels_linen"),
        ],
        [
            N("Fitted massage bed sheets, white", "massage_bed_sheet"),
            N("Washable face cradle covers", "face_cradle_cover"),
            N("Halal certified herbal compress for Muslim guests", "herbal_compress_ball", certs=("Halal",)),
        ],
    ),
    Sme(
        "bpw-052", "en", "Sukhumvit Day Spa", ALC, DOWN, "Bangkok",
        "manager@sukhumvitdayspa.com", (), (),
        [],
        [
            N("Spa robes, waffle or terry", "spa_robe"),
            N("Massage oil blends, 1 L refills", "massage_oil"),
            N("Pareo / spa wraps", "spa_wrap"),
        ],
    ),
    Sme(
        "bpw-053", "th", "น้ำมันนวดไพลนครนายก", ALC, MID, "Nakhon Nayok",
        "nayok.oil@gmail.com", ("อย.",), ("bio",),
        [
            ("น้ำมันไพลสำหรับนวด ขวดลิตร", "massage_oil"),
            ("รับผลิตน้ำมันนวด OEM ติดแบรนด์ลูกค้า", "massage_oil"),
        ],
        [
            N("น้ำมันหอมระเหยไพลบริสุทธิ์", "plai_essential_oil"),
            N("น้ำมันผิวมะกรูด", "kaffir_lime_essential_oil"),
            N("ขวดแก้วสีชา 30 มล.", "amber_glass_bottle"),
        ],
    ),
    Sme(
        "bpw-054", "th", "กลุ่มเลี้ยงครั่งบ้านโพน", ALI, UP, "Kalasin",
        "baanphon.lac@gmail.com", (), ("bio",),
        [
            ("ครั่งดิบ ครั่งเม็ด", "lac_dyestuff"),
            ("ผ้าฝ้ายย้อมครั่ง สีแดง", "natural_dyed_cotton_fabric"),
        ],
        [
            U("กิ่งพันธุ์จามจุรี พุทรา สำหรับเลี้ยงครั่ง", "host trees; no one in the set"),
        ],
    ),
    Sme(
        "bpw-055", "en", "Ubon Elder Care Home", ALI, DOWN, "Ubon Ratchathani",
        "care@ubonelder.com", (), (),
        [],
        [
            N("Washable bed pads", "washable_bed_pad"),
            N("Adaptive clothing, velcro or magnetic closures", "elderly_adaptive_clothing"),
            N("Non-slip socks", "anti_slip_socks"),
            N("Herbal hot packs for knees", "herbal_heat_pack"),
        ],
    ),
    Sme(
        "bpw-056", "th", "แผ่นรองซับซักได้ โคราช", ALI, DOWN, "Nakhon Ratchasima",
        "korat.bedpad@gmail.com", (), (),
        [
            ("แผ่นรองซับผู้ป่วย ซักได้ 200 ครั้ง", "washable_bed_pad"),
            ("ผ้าอ้อมผู้ใหญ่แบบผ้า", "cloth_adult_diaper"),
        ],
        [
            N("ผ้าขนหนูเป็นม้วน ใช้ทำชั้นซับ", "terry_fabric_roll"),
        ],
    ),
    Sme(
        "bpw-057", "th", "ถุงร้อนสมุนไพรแม่บุญมี", ALI, DOWN, "Maha Sarakham",
        "maeboonmee.hotpack@gmail.com", (), ("bio",),
        [
            ("ถุงประคบร้อนสมุนไพร เข้าไมโครเวฟได้", "herbal_heat_pack"),
        ],
        [
            U("ข้าวเปลือกหรือเมล็ดธัญพืชสำหรับยัดถุง", "grain filling; no one in the set"),
        ],
    ),
    Sme(
        "bpw-058", "en", "Hemp Haven Lifestyle", HEMP, DOWN, "Chiang Mai",
        "shop@hemphaven.co", (), ("bio",),
        [
            ("Hemp meditation pants, loose fit, undyed", "loose_pants"),
            ("Hemp eye pillows with dried Thai herbs", "herbal_eye_mask"),
        ],
        [
            N("Handwoven hemp fabric, 10 m lots", "hemp_fabric"),
            N("Hemp-organic cotton blend, GOTS certified", "hemp_blend_fabric", certs=("GOTS",)),
            N("Indigo dip for our finished pants - we send the pants", "indigo_dyeing_service"),
        ],
    ),
    Sme(
        "bpw-059", "en", "Siam Hemp Textile Co., Ltd.", HEMP, MID, "Phetchabun",
        "info@siamhemptextile.com", ("GOTS", OEKO), ("bio",),
        [
            ("Hemp/organic cotton 55/45, 180 gsm, GOTS", "hemp_blend_fabric"),
            ("Wet-spun hemp yarn Nm 10", "hemp_yarn"),
        ],
        [
            N("Hemp fibre, long line, decorticated", "hemp_fibre"),
        ],
    ),
    Sme(
        "bpw-060", "th", "โรงถักผ้ายืดรังสิต", SPORT, MID, "Pathum Thani",
        "rangsit.knit@gmail.com", (OEKO,), (),
        [
            ("ผ้ายืดคอตตอน 100% หน้าเดียว 180 แกรม", "cotton_jersey_fabric"),
            ("ผ้ายืดสแปนเด็กซ์ ทำเลกกิ้ง", "stretch_jersey_fabric"),
        ],
        [
            N("ด้ายคอตตอน 30/1", "mill_cotton_yarn", "organic_cotton_yarn"),
        ],
    ),
    Sme(
        "bpw-061", "en", "Siam Wellness Souvenirs", ALC, DOWN, "Samut Prakan",
        "buyer@siamwellnesssouvenirs.com", (), (),
        [],
        [
            N("Herbal eye masks, gift boxed", "herbal_eye_mask"),
            N("Indigo-dyed cotton scarves", "indigo_scarf"),
            N("Herbal balm, Thai FDA registered", "herbal_balm", certs=(FDA,)),
        ],
    ),
    Sme(
        "bpw-062", "th", "ผ้าทอไทลื้อบ้านหนองบัว", HEMP, MID, "Nan",
        "nongbua.tailue@gmail.com", ("OTOP",), ("bio",),
        [
            ("ผ้าซิ่นไทลื้อ ฝ้ายทอมือ", "sarong"),
            ("ผ้าพันคอฝ้ายย้อมคราม", "indigo_scarf"),
        ],
        [
            N("เนื้อคราม", "indigo_paste"),
        ],
    ),
    Sme(
        "bpw-063", "th", "บ้านโยคะเชียงใหม่", SPORT, DOWN, "Chiang Mai",
        "baanyoga.cm@gmail.com", (), (),
        [],
        [
            N("เสื่อโยคะยางพารา ไม่เอา PVC", "natural_rubber_yoga_mat"),
            N("สายรัดโยคะ", "yoga_strap"),
            N("ผ้าห่มฝ้ายทอมือใช้ในคลาส", "cotton_blanket"),
        ],
    ),
    Sme(
        "bpw-064", "en", "Muay & Yoga Phuket Camp", SPORT, DOWN, "Phuket",
        "info@muayyogaphuket.com", (), (),
        [],
        [
            N("Yoga mats, any material, 50 pcs", "natural_rubber_yoga_mat", "pvc_yoga_mat", "reed_yoga_mat"),
            N("Gym towels 30x60 cotton, OEKO-TEX not needed", "cotton_towel", waives=(OEKO,)),
            U("Cotton hand wraps for Muay Thai, 4.5 m", "no one in the set makes hand wraps"),
        ],
    ),
    Sme(
        "bpw-065", "en", "Phrae Mo Hom Indigo Workshop", HEMP, MID, "Phrae",
        "mohom.phrae@gmail.com", ("OTOP",), ("bio",),
        [
            ("Mo hom indigo shirts, farmer style", "indigo_shirt"),
            ("Indigo-dyed cotton yardage", "indigo_dyed_cotton_fabric"),
            ("Indigo offcuts, 5 kg bags", "indigo_offcuts"),
            ("Indigo dyeing for your garments, 2-week lead time", "indigo_dyeing_service"),
        ],
        [
            N("Plain white cotton shirts, undyed, for our indigo vats", "plain_cotton_shirt"),
        ],
    ),
    Sme(
        "bpw-066", "th", "ผ้าห่มฝ้ายทอมือบ้านดอนกลอย", HEMP, MID, "Nong Bua Lam Phu",
        "donkloi.blanket@gmail.com", (), ("bio",),
        [
            ("ผ้าห่มฝ้ายทอมือผืนใหญ่", "cotton_blanket"),
            ("ผ้าห่มลายขิต สีธรรมชาติ", "cotton_blanket"),
        ],
        [
            N("ด้ายฝ้ายโรงงาน", "mill_cotton_yarn", "organic_cotton_yarn"),
        ],
    ),
    Sme(
        "bpw-067", "en", "Strap & Strand Webbing Co.", SPORT, MID, "Phra Nakhon Si Ayutthaya",
        "sales@strapstrand.com", (), (),
        [
            ("Cotton webbing 25 / 38 mm", "cotton_webbing"),
            ("Yoga straps with D-ring, 2.5 m", "yoga_strap"),
            ("Cotton twine and cord, 1-5 mm", "cotton_twine"),
            ("Cotton twill tape for binding", "cotton_tape"),
        ],
        [
            U("Metal D-rings and buckles", "hardware; no one in the set"),
        ],
    ),
    Sme(
        "bpw-068", "th", "ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ", ALI, DOWN, "Chaiyaphum",
        "baansukjai.care@gmail.com", (), (),
        [],
        [
            N("ผ้าอ้อมผู้ใหญ่ แบบผ้าซักได้", "cloth_adult_diaper"),
            N("หมอนสมุนไพร", "herbal_pillow"),
        ],
    ),
    Sme(
        "bpw-069", "th", "บ้านสวนสปา อัมพวา", ALC, DOWN, "Samut Songkhram",
        "baansuan.amphawa@gmail.com", (), (),
        [],
        [
            N("ผ้าดิบตัดเป็นผืนสำหรับห่อลูกประคบ", "cotton_calico_fabric"),
            N("ผ้าขาวม้าให้ลูกค้าใส่เข้าอบสมุนไพร", "pakama"),
            N("ชุดนวดให้ลูกค้า", "massage_client_clothes"),
        ],
    ),
    Sme(
        "bpw-070", "en", "Thai Spa Garments Co.", ALC, DOWN, "Songkhla",
        "sales@thaispagarments.com", (), (),
        [
            ("Thai massage client sets, loose shirt and pants, free size", "massage_client_clothes"),
            ("Therapist uniforms, mandarin collar", "spa_uniform"),
            ("Fisherman pants wholesale", "loose_pants"),
        ],
        [
            N("TC fabric, solid colours", "tc_fabric"),
            N("Logo embroidery", "embroidery_service"),
        ],
    ),
    Sme(
        "bpw-071", "th", "กลุ่มปลูกสมุนไพรปราจีน", ALC, UP, "Prachinburi",
        "prachin.herbs@gmail.com", ("Organic Thailand",), ("bio",),
        [
            ("ไพลสด", "fresh_plai_rhizome"),
            ("ขมิ้นชันผง", "turmeric_powder"),
            ("สมุนไพรแห้งผสม สำหรับลูกประคบและอบไอน้ำ", "compress_herb_mix"),
        ],
        [
            N("ถุงซิปคราฟท์", "kraft_pouch"),
            N("หาคนรับจ้างห่อลูกประคบ ใช้สมุนไพรของกลุ่ม", "compress_wrapping_service"),
        ],
    ),
    Sme(
        "bpw-072", "en", "Bangkok Integrative Wellness Hospital", ALC, DOWN, "Bangkok",
        "procurement@bkkintegrative.com", ("ISO 9001",), (),
        [],
        [
            N("Herbal compress, Thai FDA registered, individually sealed", "herbal_compress_ball", certs=(FDA,)),
            N("Massage table sheets, OEKO-TEX", "massage_bed_sheet", certs=(OEKO,)),
            U("Hip protectors for fall-risk patients", "no one in the set makes them"),
        ],
    ),
    Sme(
        "bpw-073", "th", "โรงงานทอผ้าลพบุรีเท็กซ์ไทล์", HEMP, MID, "Lopburi",
        "sales.lbtex@gmail.com", (OEKO, "ISO 9001"), (),
        [
            ("ผ้าฝ้ายขาวฟอก เพอร์เคล หน้ากว้าง 110 นิ้ว", "white_cotton_fabric"),
            ("ผ้า TC 65/35 สีพื้น ม้วน 50 หลา", "tc_fabric"),
            ("ผ้าคอตตอนพิมพ์ลาย", "printed_cotton_fabric"),
        ],
        [
            N("ด้ายฝ้าย 40/1", "mill_cotton_yarn", "organic_cotton_yarn"),
        ],
    ),
    Sme(
        "bpw-074", "th", "โยคะแวร์ บาย มิ้นท์", SPORT, DOWN, "Nonthaburi",
        "yogawear.mint@gmail.com", (), ("circular",),
        [
            ("เลกกิ้งโยคะ ผ้ารีไซเคิล", "yoga_wear"),
        ],
        [
            N("ผ้ารีไซเคิล ต้องมี GRS", "recycled_poly_fabric", certs=("GRS",)),
            N("โรงงานรับตัดเย็บชุดกีฬา", "activewear_sewing_service"),
        ],
    ),
    Sme(
        "bpw-075", "th", "โรงงานตัดเย็บชุดกีฬาโพธาราม", SPORT, MID, "Ratchaburi",
        "photharam.sport@gmail.com", (), (),
        [
            ("รับตัดเย็บชุดกีฬา ชุดโยคะ เลกกิ้ง ขั้นต่ำ 300 ตัว", "activewear_sewing_service"),
            ("รับพิมพ์ซับลิเมชั่น", "sublimation_printing_service"),
        ],
        [
            N("ผ้าสแปนเด็กซ์", "stretch_jersey_fabric"),
            N("ผ้ากีฬารีไซเคิล มี GRS ยิ่งดี แต่ไม่บังคับ", "recycled_poly_fabric", waives=("GRS",)),
        ],
    ),
    Sme(
        "bpw-076", "th", "วัดศรีสุขาราม (ศูนย์ปฏิบัติธรรม)", ALI, DOWN, "Nong Khai",
        "watsrisuk.nk@gmail.com", (), (),
        [],
        [
            N("ชุดขาวแม่ชี", "meditation_white_clothes"),
            N("ผ้าสไบขาว", "white_sabai"),
            N("เสื่อปูนั่ง กกหรือกระจูดก็ได้", "reed_mat", "krajood_mat"),
        ],
    ),
    Sme(
        "bpw-077", "th", "เสื่อกกจันทบูร", HEMP, DOWN, "Chanthaburi",
        "chanthabun.mat@gmail.com", ("OTOP",), ("bio",),
        [
            ("เสื่อกกทอลาย", "reed_mat"),
            ("เสื่อโยคะเสื่อกก พับได้ พกพา", "reed_yoga_mat"),
        ],
        [
            N("เทปผ้าฝ้ายกุ๊นขอบเสื่อ", "cotton_tape"),
        ],
    ),
    Sme(
        "bpw-078", "en", "Rong Kluea Textile Sorting", CIRC, UP, "Sa Kaeo",
        "sort@rongkluearecycle.com", (), ("circular",),
        [
            ("Sorted post-consumer cotton clothing, by colour, 50 kg bales", "sorted_used_clothing"),
            ("Textile waste pickup from factories, Eastern and Central", "textile_waste_collection"),
        ],
        [
            N("Spandex and poly offcuts, we collect", "fabric_offcuts"),
        ],
    ),
    Sme(
        "bpw-079", "th", "ถุงผ้ารีไซเคิลม่วนใจ", CIRC, DOWN, "Phayao",
        "muanjai.upcycle@gmail.com", (), ("circular",),
        [
            ("กระเป๋าใส่เสื่อโยคะ จากเศษผ้าคราม", "yoga_mat_bag"),
            ("ถุงหอมจากเศษผ้า", "aroma_sachet"),
        ],
        [
            N("เศษผ้าฝ้ายย้อมคราม", "indigo_offcuts"),
        ],
    ),
    Sme(
        "bpw-080", "en", "Khao Yai Wellness Resort", ALI, DOWN, "Nakhon Ratchasima",
        "purchase@khaoyaiwellness.com", (), ("green",),
        [],
        [
            N("Handwoven cotton pakama for spa guests", "pakama"),
            N("Triangle cushions, khit pattern", "triangle_cushion"),
            U("Dried herb mix for the steam room, USDA Organic only",
              "the herb mixes in the set are not USDA Organic; the USDA Organic farm sells single herbs",
              certs=("USDA Organic",)),
        ],
    ),
    Sme(
        "bpw-081", "th", "ร้านนวดเพื่อสุขภาพ ชะอำ", ALC, DOWN, "Phetchaburi",
        "chaam.massage@gmail.com", (), (),
        [],
        [
            N("ผ้าปูเตียงนวด สีน้ำตาล", "massage_bed_sheet"),
            N("ที่นอนนวดแผนไทย", "thai_massage_mattress"),
        ],
    ),
    Sme(
        "bpw-082", "en", "Khao Lak Cliffside Spa", ALC, DOWN, "Phang Nga",
        "spa@khaolakcliffside.com", (), (),
        [],
        [
            N("Batik sarongs for treatments", "batik_sarong"),
            U("Disposable spa slippers", "no one in the set makes slippers"),
            N("Kaffir lime oil for our signature blend", "kaffir_lime_essential_oil"),
        ],
    ),
    Sme(
        "bpw-083", "th", "สมุนไพรริมโขง นครพนม", ALI, UP, "Nakhon Phanom",
        "rimkhong.herbs@gmail.com", ("Organic Thailand",), ("bio",),
        [
            ("ขมิ้นชันสด", "fresh_turmeric_rhizome"),
            ("ไพลแห้ง", "dried_plai"),
        ],
        [
            N("มีใครรับอบสมุนไพรบ้างไหม ของเรามีเยอะช่วงเก็บเกี่ยว", "herb_drying_service"),
        ],
    ),
    Sme(
        "bpw-084", "en", "Green Cycle Herb Compost", CIRC, UP, "Suphan Buri",
        "compost@greencyclesuphan.com", (), ("bio", "circular"),
        [
            ("Compost from spent herbs and kapok husk", "herb_compost"),
        ],
        [
            N("Spent herbs from distilleries and compress makers", "spent_herb_residue"),
        ],
    ),
    Sme(
        "bpw-085", "th", "โรงแรมริมน้ำเจ้าพระยา", ALC, DOWN, "Bangkok",
        "riverside.purchasing@gmail.com", (), (),
        [],
        [
            N("ผ้าเช็ดตัวใยไผ่", "bamboo_towel"),
            N("เสื้อคลุมอาบน้ำ", "spa_robe"),
            U("ผ้าม่านกันไฟ", "fire-retardant curtains; no one in the set"),
        ],
    ),
    Sme(
        "bpw-086", "en", "Pai Highland Cotton", HEMP, UP, "Mae Hong Son",
        "paicotton@gmail.com", (), ("bio",),
        [
            ("Hand-picked seed cotton, white and brown", "seed_cotton"),
            ("Handspun cotton yarn, natural brown", "handspun_cotton_yarn"),
        ],
        [
            N("Indigo paste for our own dye pot", "indigo_paste"),
        ],
    ),
    Sme(
        "bpw-087", "th", "กลุ่มตัดเย็บเสื้อผ้าครามมุกดาหาร", ALI, MID, "Mukdahan",
        "mukdahan.indigo@gmail.com", (), (),
        [
            ("เสื้อผ้าฝ้ายย้อมคราม สำเร็จรูป", "indigo_shirt"),
            ("รับตัดเย็บ ลูกค้าส่งผ้ามาเอง งานเสื้อผ้าฝ้าย ผ้าคราม", "sewing_service"),
        ],
        [
            N("ผ้าย้อมครามเป็นเมตร", "indigo_dyed_cotton_fabric"),
        ],
    ),
    Sme(
        "bpw-088", "en", "Khiriwong Herbal Retreat", ALC, DOWN, "Nakhon Si Thammarat",
        "stay@khiriwongretreat.com", (), ("green",),
        [],
        [
            N("Herbal pillows for guest rooms", "herbal_pillow"),
            N("Natural-fibre towels only, no polyester", "cotton_towel", "bamboo_towel"),
            U("Anyone supplying mangosteen-dyed fabric?", "mangosteen-dyed cloth; no one in the set"),
        ],
    ),
    Sme(
        "bpw-089", "th", "ร้านสมุนไพรบ้านสวนสุโขทัย", ALC, DOWN, "Sukhothai",
        "baansuan.sukhothai@gmail.com", (), (),
        [
            ("ชาตะไคร้ใบเตย ขายปลีก", "herbal_tea"),
        ],
        [
            N("ถุงหอม ไม่ต้องมีตรา OTOP ก็ได้", "aroma_sachet", waives=("OTOP",)),
        ],
    ),
    Sme(
        "bpw-090", "en", "Golden Triangle Yoga Retreat", SPORT, DOWN, "Chiang Rai",
        "om@goldentriangleyoga.com", (), ("green",),
        [],
        [
            U("Organic cotton yoga wear, GOTS certified only", "no yoga-wear maker in the set holds GOTS",
              certs=("GOTS",)),
            N("Meditation cushions filled with kapok", "meditation_cushion"),
            N("Yoga straps, cotton", "yoga_strap"),
        ],
    ),
    Sme(
        "bpw-091", "th", "ศูนย์สุขภาพชุมชนตำบลโนนค้อ", ALI, DOWN, "Sisaket",
        "pcu.nonkho@gmail.com", (), (),
        [],
        [
            N("ผ้าขนหนูผืนเล็ก มีหรือไม่มี มอก. ก็ได้", "cotton_towel", waives=(TIS,)),
            U("เตียงนวดไฟฟ้า", "an electric massage bed; not goods of this set"),
        ],
    ),
    Sme(
        "bpw-092", "th", "โรงทอผ้าดิบสิงห์บุรี", HEMP, MID, "Sing Buri",
        "singburi.weaving@gmail.com", (), (),
        [
            ("ผ้าดิบ หน้ากว้าง 36 นิ้ว พับละ 40 หลา ส่งทั่วประเทศ", "cotton_calico_fabric"),
            ("ผ้าแคนวาสฝ้าย 10 ออนซ์ หลายสี", "cotton_canvas"),
        ],
        [
            N("ด้ายฝ้ายเบอร์ 10 ทอผ้าใบ", "mill_cotton_yarn", "organic_cotton_yarn"),
        ],
    ),
    Sme(
        "bpw-093", "th", "กลุ่มทอผ้าปอบ้านนาหว้า", HEMP, MID, "Amnat Charoen",
        "nawa.jute@gmail.com", (), ("bio",),
        [
            ("ผ้าปอทอมือ หน้ากว้าง 90 ซม.", "jute_fabric"),
            ("เชือกปอ ม้วน 1 กก.", "jute_twine"),
        ],
        [
            N("อยากได้คนรับย้อมสีธรรมชาติให้ผ้าปอของกลุ่ม", "natural_dyeing_service"),
        ],
    ),
    Sme(
        "bpw-094", "th", "ผ้าซิ่นตีนจกลับแล", HEMP, DOWN, "Uttaradit",
        "laplae.teenjok@gmail.com", ("OTOP",), (),
        [
            ("ผ้าซิ่นตีนจก ฝ้าย", "sarong"),
            ("กางเกงเลผ้าฝ้ายทอมือ", "loose_pants"),
        ],
        [
            U("ฝ้ายเข็นมือย้อมสีธรรมชาติแล้ว เป็นเส้น", "naturally dyed handspun yarn; no one in the set sells it"),
        ],
    ),
    Sme(
        "bpw-095", "th", "ร้านนวดแผนไทยบ้านทับเที่ยง", ALC, DOWN, "Trang",
        "thabthiang.massage@gmail.com", (), (),
        [],
        [
            N("ลูกประคบสมุนไพร ต้องได้ฮาลาล", "herbal_compress_ball", certs=("Halal",)),
            N("กางเกงเลให้ลูกค้าเปลี่ยน", "loose_pants", "massage_client_clothes"),
        ],
    ),
]


# ------------------------------------------------------------------ checks

ID_RE = re.compile(r"bpw-\d{3}")
LABEL_RE = re.compile(r"[a-z][a-z0-9_]*")
EMAIL_RE = re.compile(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+")
THAI_LETTER = re.compile("[\u0e01-\u0e2e]")
LATIN_LETTER = re.compile("[A-Za-z]")
CERT_NAMES = {c.name for c in CERTIFICATIONS}
MATCHERS = dict(_CERTIFICATION_MATCHERS)


def named(cert: str, text: str) -> bool:
    """Whether `text` names `cert` at all, as a claim, a requirement or a waiver."""
    return any(matcher.search(text) for matcher in MATCHERS[cert])


def held(sme: Sme) -> frozenset[str]:
    return frozenset(str(resolve_certification(c)) for c in sme.certs)


def suppliers(need: Need, buyer: Sme) -> list[Sme]:
    return [
        s
        for s in SMES
        if s.id != buyer.id and any(label in need.labels for _, label in s.offers) and set(need.certs) <= held(s)
    ]


def compute_links() -> list[tuple[str, str]]:
    pairs = {(s.id, b.id) for b in SMES for need in b.needs if not need.unmet for s in suppliers(need, b)}
    return sorted(pairs)


def check() -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if ids != [f"bpw-{i:03d}" for i in range(1, 96)]:
        errors.append("ids must run bpw-001 .. bpw-095 in order")
    offered_by: dict[str, set[str]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)
    for s in SMES:
        where = s.id
        if not ID_RE.fullmatch(s.id):
            errors.append(f"{where}: bad id")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: bad language {s.lang!r}")
        if s.sub not in {m.value for m in SubCluster}:
            errors.append(f"{where}: bad sub-cluster {s.sub!r}")
        if s.stage not in {m.value for m in Stage}:
            errors.append(f"{where}: bad stage {s.stage!r}")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} is not a canonical English name")
        if not EMAIL_RE.fullmatch(s.email):
            errors.append(f"{where}: bad e-mail {s.email!r}")
        for cert in s.certs:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if len(set(s.bcg)) != len(s.bcg) or not set(s.bcg) <= {m.value for m in BcgTag}:
            errors.append(f"{where}: bad BCG tags {s.bcg!r}")
        if not 0 <= len(s.offers) <= 4 or not 1 <= len(s.needs) <= 4:
            errors.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        phrases = [s.name] + [text for text, _ in s.offers] + [n.text for n in s.needs]
        for text in phrases:
            if text != text.strip() or not text:
                errors.append(f"{where}: untrimmed or empty phrase {text!r}")
            thai, latin = len(THAI_LETTER.findall(text)), len(LATIN_LETTER.findall(text))
            if s.lang == "th" and thai <= latin:
                errors.append(f"{where}: Thai profile phrase not mostly Thai: {text!r}")
            if s.lang == "en" and re.search("[\u0e00-\u0e7f]", text):
                errors.append(f"{where}: English profile phrase has Thai letters: {text!r}")
        for text, label in s.offers:
            if not LABEL_RE.fullmatch(label):
                errors.append(f"{where}: bad label {label!r}")
            stray = find_certifications(text) - held(s)
            if stray:
                errors.append(f"{where}: offer names certifications it does not hold {sorted(stray)}: {text!r}")
        for need in s.needs:
            if bool(need.unmet) == bool(need.labels):
                errors.append(f"{where}: a need is either met (labels) or unmet (note): {need.text!r}")
            for cert in (*need.certs, *need.waives):
                if cert not in CERT_NAMES:
                    errors.append(f"{where}: {cert!r} is not a canonical certification name")
                elif not named(cert, need.text):
                    errors.append(f"{where}: {cert!r} is not named in {need.text!r}")
            if set(need.certs) & set(need.waives):
                errors.append(f"{where}: a certification both required and waived: {need.text!r}")
            stray = find_certifications(need.text) - set(need.certs) - set(need.waives)
            if stray:
                errors.append(f"{where}: need names certifications neither required nor waived {sorted(stray)}")
            for label in need.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    errors.append(f"{where}: label {label!r} is offered by no one else")
            if need.labels and not suppliers(need, s):
                errors.append(f"{where}: no qualified supplier for {need.text!r}")
    errors += check_targets()
    return errors


def check_targets() -> list[str]:
    errors: list[str] = []
    st = stats()
    if len(SMES) != 95:
        errors.append("there must be 95 SMEs")
    if not 0.55 <= st["th"] / len(SMES) <= 0.65:
        errors.append(f"Thai share {st['th'] / len(SMES):.2f} is not about 60 %")
    if not 140 <= st["links"] <= 180:
        errors.append(f"{st['links']} links, want 140-180")
    if st["cross"] < 0.45 * st["links"]:
        errors.append(f"cross-language links {st['cross']} < 45 % of {st['links']}")
    if not 15 <= st["unmet"] <= 25:
        errors.append(f"{st['unmet']} unmet needs, want 15-25")
    if st["requiring"] < 5 or st["waiving"] < 3:
        errors.append("too few needs requiring or waiving a certification")
    if set(st["per_sub"]) != {m.value for m in SubCluster} or set(st["per_stage"]) != {m.value for m in Stage}:
        errors.append("not every sub-cluster and stage is present")
    if st["provinces"] < 40:
        errors.append(f"only {st['provinces']} provinces")
    return errors


def stats() -> dict[str, object]:
    links = compute_links()
    lang = {s.id: s.lang for s in SMES}
    sub = {s.id: s.sub for s in SMES}
    region = {}
    for s in SMES:
        province = resolve_province(s.province)
        region[s.id] = province.region.value if province else "?"
    needs = [n for s in SMES for n in s.needs]
    return {
        "profiles": len(SMES),
        "th": sum(s.lang == "th" for s in SMES),
        "en": sum(s.lang == "en" for s in SMES),
        "per_sub": Counter(s.sub for s in SMES),
        "per_stage": Counter(s.stage for s in SMES),
        "per_region": Counter(region.values()),
        "provinces": len({s.province for s in SMES}),
        "offers": sum(len(s.offers) for s in SMES),
        "offer_labels": len({label for s in SMES for _, label in s.offers}),
        "needs": len(needs),
        "met": sum(not n.unmet for n in needs),
        "unmet": sum(bool(n.unmet) for n in needs),
        "requiring": sum(bool(n.certs) for n in needs),
        "waiving": sum(bool(n.waives) for n in needs),
        "links": len(links),
        "th_to_en": sum(lang[a] == "th" and lang[b] == "en" for a, b in links),
        "en_to_th": sum(lang[a] == "en" and lang[b] == "th" for a, b in links),
        "cross": sum(lang[a] != lang[b] for a, b in links),
        "th_th": sum(lang[a] == lang[b] == "th" for a, b in links),
        "en_en": sum(lang[a] == lang[b] == "en" for a, b in links),
        "cross_sub": sum(sub[a] != sub[b] for a, b in links),
    }


# ------------------------------------------------------------------ output


def profile(s: Sme) -> dict[str, object]:
    return {
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


def main() -> int:
    errors = check()
    if errors:
        for error in errors:
            print(error, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    lines = [json.dumps(profile(s), ensure_ascii=False) for s in SMES]
    (HERE / "profiles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = ["supplier_id,buyer_id"] + [f"{a},{b}" for a, b in compute_links()]
    (HERE / "links.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    for key, value in stats().items():
        print(f"{key}: {dict(sorted(value.items())) if isinstance(value, Counter) else value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
