"""Hand-written evaluation set: plain registry entries of a home furnishing and bedding leaning cluster.

Every offer carries a label saying what the thing is; every need lists the offer labels that would meet it
and the certifications its text requires, or is marked as met by no one. Links follow from the labels.
Run from the repository root: .venv/bin/python eval/blind_plain_furnish/write.py
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
taxonomy = importlib.import_module("shared.taxonomy")

PREFIX = "bpf2-"
HEMP, CIRC, SPORT = "hemp_natural_fibre", "circular_textile", "sportech"
AGC, AGI = "ageing_lifestyle_central", "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str  # empty when some offer in the set meets the need; otherwise a short note why not


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, certs, waives, "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
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
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    canon: frozenset[str] = field(default=frozenset(), compare=False)


def S(num: int, lang: str, name: str, sub: str, stage: str, province: str, email: str,
      certs: tuple[str, ...], bcg: tuple[str, ...], offers: list[tuple[str, str]], needs: list[Need]) -> Sme:
    return Sme(f"{PREFIX}{num:03d}", lang, name, sub, stage, province, email, certs, bcg, tuple(offers), tuple(needs))


SMES: list[Sme] = [
    S(1, "th", "วิสาหกิจชุมชนกัญชงบ้านแม่สาใหม่", HEMP, UP, "Chiang Mai", "hemp.maesamai@gmail.com",
      ("OTOP",), ("bio",),
      [("เส้นใยกัญชงลอกมือ ตากแห้ง ขายเป็นกิโล", "hemp_fibre_raw"),
       ("ด้ายกัญชงเข็นมือ สีธรรมชาติ ม้วนละ 250 กรัม", "hemp_yarn")],
      [N("ครามเปียก ไว้ก่อหม้อย้อมผ้ากัญชง", "indigo_paste")]),
    S(2, "en", "Nan Valley Hemp Weavers", HEMP, MID, "Nan", "nanvalleyhemp@outlook.com",
      (), ("bio",),
      [("Hemp fabric 100%, handloom, 60 cm, natural beige", "hemp_fabric"),
       ("hemp/cotton canvas 55/45 for cushions and bags", "hemp_cotton_fabric")],
      [N("hand-spun hemp yarn, undyed", "hemp_yarn")]),
    S(3, "en", "Hill Weave Home", HEMP, DOWN, "Chiang Mai", "sales@hillweavehome.com",
      (), ("bio", "green"),
      [("Hemp cushion covers 45x45, hidden zip", "hemp_cushion_cover"),
       ("Hemp throws w/ hand-knotted fringe", "hemp_throw")],
      [N("Hemp fabric, natural colour, min. 50 m", "hemp_fabric"),
       N("invisible zips 40cm beige", "zip"),
       N("Cushion inners filled with kapok, 45x45", "kapok_cushion_insert")]),
    S(4, "th", "กลุ่มครามธรรมชาติบ้านดอนกอย", HEMP, UP, "Sakon Nakhon", "donkoi.indigo@gmail.com",
      ("OTOP",), ("bio",),
      [("ครามเปียก จากต้นครามที่ปลูกเอง กก.ละ 150 บ.", "indigo_paste"),
       ("รับย้อมครามผ้าฝ้าย ลูกค้าส่งผ้ามาย้อมได้", "indigo_dyeing_service")],
      [N("ผ้าฝ้ายทอมือสีขาวดิบ ยังไม่ย้อม", "handwoven_cotton_fabric"),
       U("ปูนขาวสำหรับหม้อคราม ซื้อทีละ 100 กก.", "lime; nobody in the set sells it")]),
    S(5, "th", "ผ้าครามแม่บุญมี", AGI, MID, "Nakhon Phanom", "boonmee.kram@hotmail.com",
      ("OTOP",), ("bio",),
      [("ผ้าฝ้ายย้อมคราม ลายมัดหมี่ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
       ("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "cotton_bag")],
      [N("ฝ้ายเข็นมือ เส้นเล็ก", "handspun_cotton_yarn"),
       N("อยากได้ครามเปียกส่งทุกเดือน เดือนละ 50 กก.", "indigo_paste")]),
    S(6, "th", "กลุ่มฝ้ายอินทรีย์นาแห้ว", HEMP, UP, "Loei", "nahaeo.organiccotton@gmail.com",
      ("เกษตรอินทรีย์",), ("bio",),
      [("ปุยฝ้ายอินทรีย์ อีดเมล็ดออกแล้ว", "raw_cotton"),
       ("ฝ้ายเข็นมือ ย้อมหรือไม่ย้อมก็ได้", "handspun_cotton_yarn")],
      [U("เมล็ดพันธุ์ฝ้ายตุ่นพื้นเมือง", "seed; nobody in the set sells it")]),
    S(7, "en", "Lamphun Handloom Cotton", HEMP, MID, "Lamphun", "hello@lamphunhandloom.com",
      ("OTOP",), ("bio",),
      [("Handwoven cotton fabric, greige, 90 cm, ready for dyeing", "handwoven_cotton_fabric"),
       ("table runners & placemats - handloomed cotton", "table_linen")],
      [N("Raw cotton lint, Organic Thailand certified only", "raw_cotton", certs=("Organic Thailand",)),
       N("naturally dyed cotton yarn (lac, sappan, mango leaf)", "naturally_dyed_cotton_yarn")]),
    S(8, "th", "ฝ้ายย้อมสีธรรมชาติทุ่งโฮ้ง", HEMP, MID, "Phrae", "tunghong.naturaldye@gmail.com",
      (), ("bio", "green"),
      [("ด้ายฝ้ายย้อมสีธรรมชาติ ครั่ง ฝาง ใบมะม่วง ปอยละ 1 กก.", "naturally_dyed_cotton_yarn"),
       ("รับย้อมสีธรรมชาติ ผ้าหรือด้ายของลูกค้า ขั้นต่ำ 10 กก.", "natural_dyeing_service")],
      [N("ด้ายฝ้ายขาวโรงงาน 20/2 ยังไม่ฟอกย้อม", "cotton_yarn"),
       N("ครามเปียกสำหรับย้อมม่อฮ่อม", "indigo_paste")]),
    S(9, "en", "Bangpoo Textile Recovery", CIRC, UP, "Samut Prakan", "info@bangpoorecovery.co.th",
      ("GRS",), ("circular",),
      [("Pre-consumer woven cutting waste, sorted by colour & fibre, baled", "fabric_offcuts_waste"),
       ("Used hotel sheets/towels, sorted, for wipers or recycling", "used_linen_waste")],
      [N("Cutting room scraps from sewing factories, cotton or poly",
         "fabric_offcuts_waste", "knit_offcuts_waste", "curtain_offcuts_waste"),
       N("End-of-life hotel linen, any qty, we pick up", "used_linen_waste")]),
    S(10, "th", "มหาชัยรีไซเคิลยาร์น", CIRC, UP, "Samut Sakhon", "mahachai.recycleyarn@gmail.com",
      ("GRS",), ("circular",),
      [("ด้ายฝ้ายรีไซเคิล OE เบอร์ 10-16 ปั่นจากเศษผ้า", "recycled_cotton_yarn")],
      [N("รับซื้อเศษผ้าคอตตอนจากโรงตัดเย็บ แยกสีแล้ว เป็นตัน", "fabric_offcuts_waste")]),
    S(11, "en", "EastFill Recycled Fibre Co., Ltd.", CIRC, UP, "Rayong", "sales@eastfill.co.th",
      ("GRS", "ISO 9001:2015"), ("circular",),
      [("Recycled PSF, hollow conjugated siliconised, 7D x 64 mm", "recycled_polyester_fibre_fill"),
       ("Needle-punch felt from textile waste, 800 gsm, for sofa & mattress padding", "recycled_felt_padding")],
      [N("Clear PET bottle flakes, hot-washed", "pet_flakes"),
       N("Low-grade used clothing for the felt line, no PVC or leather", "used_clothing_waste")]),
    S(12, "th", "ธนาคารขยะบางใหญ่ซิตี้", CIRC, UP, "Nonthaburi", "bangyai.wastebank@gmail.com",
      (), ("circular",),
      [("เกล็ดขวด PET ใส ล้างแล้ว", "pet_flakes"),
       ("เสื้อผ้ามือสองเกรดต่ำ คัดแยกแล้ว ขายเป็นตัน", "used_clothing_waste")],
      [U("ถุงจัมโบ้ใส่เกล็ดขวด มือสองก็ได้", "bulk bags; nobody in the set sells them")]),
    S(13, "th", "ชลรีบอนด์โฟม", CIRC, MID, "Chonburi", "chon.rebondfoam@gmail.com",
      (), ("circular",),
      [("ฟองน้ำอัด rebond ความหนาแน่น 60-100 ตัดแผ่นตามสั่ง", "rebonded_foam")],
      [N("รับซื้อเศษฟองน้ำจากโรงงานโซฟา ที่นอน", "foam_offcuts_waste")]),
    S(14, "th", "บริษัท ไทยโฟมเทค จำกัด", AGC, MID, "Pathum Thani", "sales@thaifoamtech.co.th",
      ("ISO 9001", "OEKO-TEX Standard 100"), (),
      [("ฟองน้ำ PU แผ่น ความหนาแน่น 18-40 ตัดตามขนาด ส่งใน 3 วัน", "pu_foam_sheet"),
       ("เมมโมรี่โฟม สำหรับหมอนและท็อปเปอร์", "memory_foam"),
       ("เศษฟองน้ำจากการตัด ขายเป็นกระสอบ", "foam_offcuts_waste")],
      [U("โพลีออล และ TDI ราคาส่ง", "chemicals; nobody in the set sells them")]),
    S(15, "en", "Siam Spring Components", AGC, MID, "Chachoengsao", "sales@siamspring.co.th",
      ("ISO 9001",), (),
      [("Pocket spring units, queen & king, 7 zone, lead time 10 days", "pocket_spring_unit"),
       ("Bonnell coil units for budget mattresses", "bonnell_spring_unit")],
      [N("Spunbond non-woven 70 gsm for pocket coils", "nonwoven_fabric")]),
    S(16, "en", "DreamRest Bedding Manufacturing", AGC, DOWN, "Samut Prakan", "oem@dreamrest.co.th",
      ("ISO 9001", "TIS"), (),
      [("Pocket spring mattresses, hotel grade, 3.5/5/6 ft", "spring_mattress"),
       ("Pressure-relief foam mattress for care beds, 3 layers", "pressure_relief_mattress"),
       ("Mattress toppers 2 inch", "mattress_topper")],
      [N("7-zone pocket coil units, ISO 9001 suppliers only", "pocket_spring_unit", certs=("ISO 9001",)),
       N("knitted ticking 220 cm wide", "knitted_ticking"),
       N("PU foam 32D for comfort layers", "pu_foam_sheet")]),
    S(17, "th", "โรงทอผ้าหุ้มที่นอนสระบุรี", AGC, MID, "Saraburi", "saraburi.ticking@gmail.com",
      ("มอก.",), (),
      [("ผ้าหุ้มที่นอน ผ้าถักจาการ์ด หน้ากว้าง 2.2 ม.", "knitted_ticking"),
       ("รับเย็บควิลท์ผ้าที่นอน ผ้าของลูกค้าก็รับ", "quilting_service")],
      [N("ด้ายโพลีเอสเตอร์ DTY 150D", "polyester_yarn"),
       N("ใยแผ่นสำหรับควิลท์ 100-200 แกรม", "polyester_wadding")]),
    S(18, "th", "หมอนขิดบ้านศรีฐาน", AGI, DOWN, "Yasothon", "sritan.mon@gmail.com",
      ("OTOP",), ("bio",),
      [("หมอนขวาน 10 ช่อง ผ้าขิด ยัดนุ่นแท้", "triangle_cushion"),
       ("หมอนอิงผ้าขิด ใบเล็ก ของฝาก", "filled_cushion")],
      [N("นุ่นดีดสะอาด ไม่มีเมล็ด", "kapok_fibre"),
       N("ผ้าขิดทอมือ หน้ากว้าง 40 ซม.", "khit_fabric")]),
    S(19, "th", "กลุ่มทอผ้าขิดบ้านโพน", AGI, MID, "Kalasin", "banphon.khit@gmail.com",
      ("OTOP",), ("bio",),
      [("ผ้าขิดลายดอกแก้ว ทอกี่พื้นบ้าน", "khit_fabric"),
       ("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "pha_khao_ma")],
      [N("ด้ายโทเรสีสด ม้วนใหญ่", "polyester_yarn"),
       N("ฝ้ายโรงงานสีขาวเบอร์ 20", "cotton_yarn")]),
    S(20, "th", "โรงดีดนุ่นลับแล", HEMP, UP, "Uttaradit", "laplae.kapok@gmail.com",
      (), ("bio",),
      [("นุ่นดีดเครื่อง แยกเมล็ดแล้ว กระสอบละ 10 กก. โทร 089 456 7123", "kapok_fibre")],
      [N("รับซื้อฝักนุ่นแห้งตลอดปี", "kapok_pods_raw")]),
    S(21, "th", "สวนนุ่นลุงเสถียร", HEMP, UP, "Kanchanaburi", "sathian.noon@gmail.com",
      (), ("bio",),
      [("ฝักนุ่นแก่ ตากแห้ง ขายยกกระสอบ", "kapok_pods_raw")],
      [U("กระสอบป่านมือสอง", "sacks; nobody in the set sells them")]),
    S(22, "en", "Baan Noon Bedding", HEMP, DOWN, "Ang Thong", "contact@baannoonbedding.com",
      ("OTOP",), ("bio",),
      [("Kapok futon, 3-fold, cotton cover, 4 ft", "kapok_mattress"),
       ("kapok pillows", "kapok_pillow"),
       ("Kapok-filled cushion inners, any size", "kapok_cushion_insert")],
      [N("Cleaned kapok, seed-free, 500 kg/month. Organic Thailand nice to have",
         "kapok_fibre", waives=("Organic Thailand",)),
       N("striped cotton ticking for futon covers", "cotton_ticking_fabric")]),
    S(23, "th", "สวนมะพร้าวทับสะแก", CIRC, UP, "Prachuap Khiri Khan", "thapsakae.coco@gmail.com",
      (), ("bio", "circular"),
      [("เปลือกมะพร้าวแห้ง ขายเป็นคันรถ", "coconut_husk")],
      [U("เครื่องตีใยมะพร้าวมือสอง", "a machine; nobody in the set sells one")]),
    S(24, "en", "Chumphon Coir Fibre", HEMP, UP, "Chumphon", "coir@chumphoncoir.com",
      (), ("bio", "circular"),
      [("Brown coir fibre, 100 kg bales", "coir_fibre"),
       ("coco peat blocks 5 kg", "coco_peat")],
      [N("Coconut husks, dry, by the truckload", "coconut_husk")]),
    S(25, "en", "Southern Rubberised Coir", AGC, MID, "Surat Thani", "sales@srcoir.co.th",
      (), ("bio",),
      [("Rubberised coir sheets 2-4 inch, latex bonded", "rubberised_coir_sheet")],
      [N("curled coir fibre, clean", "coir_fibre"),
       N("Latex concentrate 60% DRC in drums", "latex_concentrate")]),
    S(26, "th", "ที่นอนใยมะพร้าวนครศรีฯ", HEMP, DOWN, "Nakhon Si Thammarat", "nakhon.coirbed@gmail.com",
      (), ("bio",),
      [("ที่นอนใยมะพร้าวอัดยางพารา หนา 4 นิ้ว", "coir_mattress")],
      [N("แผ่นใยมะพร้าวเคลือบยาง (rubberised coir)", "rubberised_coir_sheet"),
       N("ผ้าหุ้มที่นอนแบบถัก", "knitted_ticking"),
       N("มีใครขายแผ่นยางพาราหนา 1 นิ้วบ้าง", "latex_foam_sheet")]),
    S(27, "th", "สหกรณ์สวนยางบ้านนาหม่อม", HEMP, UP, "Songkhla", "namom.rubbercoop@gmail.com",
      (), ("bio",),
      [("น้ำยางข้น 60% ถัง 200 ลิตร", "latex_concentrate"),
       ("ยางแผ่นรมควัน ชั้น 3", "rubber_sheet_smoked")],
      [U("แอมโมเนียสำหรับรักษาน้ำยาง", "chemical; nobody in the set sells it")]),
    S(28, "en", "Trang Latex Foam Co.", AGC, MID, "Trang", "export@tranglatexfoam.com",
      ("OEKO-TEX Standard 100", "ISO 9001"), ("bio",),
      [("Dunlop latex foam sheets and blocks, 1-6 inch, export grade", "latex_foam_sheet"),
       ("Shredded latex crumb from trimming waste", "latex_crumb")],
      [N("60% latex concentrate, monthly contract", "latex_concentrate")]),
    S(29, "th", "ที่นอนยางพาราพัทลุง", AGC, DOWN, "Phatthalung", "pt.latexbed@gmail.com",
      ("OTOP",), ("bio",),
      [("ที่นอนยางพาราแท้ 100% หนา 4 นิ้ว", "latex_mattress"),
       ("หมอนยางพารา ทรงหยัก", "latex_pillow")],
      [N("แผ่นยางพาราสำเร็จ ตัดตามไซส์", "latex_foam_sheet"),
       U("ผ้าหุ้มที่นอนผ้าถัก ต้องผ่าน OEKO-TEX", "the only knitted ticking maker holds no OEKO-TEX",
         certs=("OEKO-TEX Standard 100",)),
       N("ยางพาราเศษบด สำหรับยัดหมอน", "latex_crumb")]),
    S(30, "en", "Ao Nang Cliff Resort", AGC, DOWN, "Krabi", "purchasing@aonangcliff.com",
      (), ("green",),
      [("Old mattresses & pillows after renovation, free to collect", "used_mattress_waste"),
       ("Retired bed sheets and towels, monthly", "used_linen_waste")],
      [N("Duvet inserts, OEKO-TEX Standard 100", "duvet", certs=("OEKO-TEX Standard 100",)),
       N("Blackout curtains made to measure for 62 rooms", "made_to_measure_curtains"),
       N("re-upholstery of 40 lobby chairs, ISO 9001 not required", "reupholstery_service",
         waives=("ISO 9001",))]),
    S(31, "th", "โรงพยาบาลศรีจันทร์เวช", AGI, DOWN, "Khon Kaen", "purchase@srichanhospital.co.th",
      (), (),
      [],
      [N("ที่นอนลดแผลกดทับ ต้องมี ISO 13485", "pressure_relief_mattress", certs=("ISO 13485",)),
       N("ม่านกั้นเตียงผู้ป่วย ผ้ากันไฟ", "hospital_privacy_curtain"),
       N("ผ้ายางรองที่นอนกันน้ำ", "mattress_protector")]),
    S(32, "en", "Golden Years Residence Chiang Mai", AGC, DOWN, "Chiang Mai", "admin@goldenyearscm.com",
      (), (),
      [("Used care-bed mattresses, 20 pcs, for recycling", "used_mattress_waste")],
      [N("Pressure-relief mattresses for 30 beds, ISO 13485 not needed", "pressure_relief_mattress",
         waives=("ISO 13485",)),
       N("washable incontinence bed pads", "incontinence_bed_pad"),
       N("Do you make blackout curtains for bedrooms?", "made_to_measure_curtains")]),
    S(33, "th", "ร้านสังฆภัณฑ์ทรัพย์เจริญ เสาชิงช้า", AGC, DOWN, "Bangkok", "sapcharoen.sangkhaphan@gmail.com",
      (), (),
      [("ชุดสังฆทาน ผ้าไตรจีวร ขายส่ง", "monk_robes")],
      [N("อาสนะสีเหลืองทอง ส่งประจำทุกเดือน", "monk_seat_cushion"),
       N("หมอนอิงสามเหลี่ยมถวายพระ", "triangle_cushion"),
       N("เสื่อกกทอลาย ม้วนยาว", "reed_mat")]),
    S(34, "en", "Lanna Living Furniture", AGC, DOWN, "Chiang Rai", "shop@lannaliving.co.th",
      (), (),
      [("Teak sofas & armchairs, showroom Chiang Rai", "sofa")],
      [N("Handloom throws for the showroom, 30 pcs", "hemp_throw", "recycled_cotton_throw"),
       N("tufted wool rugs 160x230", "tufted_rug"),
       N("Upholstery fabric, heavy duty, 50,000 rubs", "upholstery_fabric")]),
    S(35, "en", "Studio Ruen Interiors", AGC, DOWN, "Bangkok", "projects@studioruen.com",
      (), ("green",),
      [("Interior design and soft furnishing packages for condos", "interior_design_service")],
      [N("Sheer voile curtain fabric, 300 cm drop", "sheer_fabric"),
       N("Reupholstery for client chairs - client supplies fabric", "reupholstery_service"),
       N("Roller blind screen fabric 5% openness", "roller_blind_fabric"),
       N("FR treatment of customer's curtain fabric", "fabric_finishing_service")]),
    S(36, "th", "บริษัท พัทยา เรสซิเดนซ์ ดีเวลลอปเมนท์ จำกัด", AGC, DOWN, "Chonburi",
      "purchase@pattayaresidence.co.th",
      (), (),
      [],
      [N("ม่านจีบสำเร็จรูปพร้อมติดตั้ง 120 ห้อง", "made_to_measure_curtains"),
       N("รางม่านพร้อมอุปกรณ์ สีขาว", "curtain_rail_hardware"),
       N("ม่านม้วนห้องน้ำ กันชื้น", "roller_blind")]),
    S(37, "th", "บางปะอินเฟอร์นิเจอร์ โซฟา", AGC, DOWN, "Phra Nakhon Si Ayutthaya", "bangpain.sofa@gmail.com",
      (), (),
      [("โซฟาผ้า โซฟาหนัง ผลิตตามแบบ", "sofa"),
       ("รับหุ้มโซฟาเก่า เปลี่ยนฟองน้ำใหม่", "reupholstery_service")],
      [N("หนังเทียม PVC หุ้มโซฟา", "pvc_leatherette"),
       N("โครงโซฟาไม้ ทำตามแบบ", "furniture_frame"),
       N("ฟองน้ำอัดแผ่นหนา สำหรับที่นั่ง", "rebonded_foam")]),
    S(38, "en", "ReCover Upholstery Workshop", CIRC, DOWN, "Bangkok", "hello@recoverbkk.com",
      (), ("circular",),
      [("Re-upholstery of sofas, dining chairs and headboards, pick-up in BKK", "reupholstery_service")],
      [N("Upholstery fabric, velvet and linen-look", "upholstery_fabric"),
       N("HR or PU foam cut to size", "pu_foam_sheet"),
       N("No.5 nylon zips by the roll", "zip"),
       N("poly fibre for cushion backs (virgin)", "polyester_fibre_fill")]),
    S(39, "th", "ร้านเย็บผ้าม่านบางบัวทอง", AGC, MID, "Nonthaburi", "bbt.curtainsew@gmail.com",
      (), (),
      [("รับเย็บผ้าม่านจากผ้าของลูกค้า ม่านจีบ ม่านตาไก่", "curtain_sewing_service"),
       ("เศษผ้าม่านจากการตัด ให้ฟรีถ้ามารับเอง", "curtain_offcuts_waste")],
      [N("เทปม่าน เทปจีบ 3 นิ้ว", "curtain_heading_tape"),
       N("ตาไก่ ห่วงม่าน สแตนเลส", "curtain_eyelets_hooks")]),
    S(40, "en", "Andaman Curtains & Blinds", AGC, DOWN, "Phuket", "sales@andamancurtains.com",
      (), (),
      [("Made-to-measure curtains & sheers, measure + install Phuket/Krabi/Phang Nga",
        "made_to_measure_curtains"),
       ("Roller and zebra blinds", "roller_blind"),
       ("Hospital cubicle curtains, FR fabric, mesh top", "hospital_privacy_curtain")],
      [N("Blackout fabric 280 cm, 3-pass", "blackout_fabric"),
       N("sheer fabric", "sheer_fabric"),
       N("Ceiling-mount aluminium curtain tracks", "curtain_rail_hardware")]),
    S(41, "th", "ห้างผ้าม่านสำเพ็งเจริญกิจ", AGC, MID, "Bangkok", "charoenkit.curtain@gmail.com",
      (), (),
      [("ผ้าม่านทึบแสง (แบล็คเอาท์) หน้ากว้าง 280 ราคาส่งหลาละ 95.-", "blackout_fabric"),
       ("ผ้าโปร่ง ผ้าวอยล์ หลายสี", "sheer_fabric"),
       ("ผ้าหุ้มเบาะ กำมะหยี่ ลินินเทียม", "upholstery_fabric")],
      [N("ผ้าเคลือบแบล็คเอาท์ สั่งม้วนละ 50 หลา", "blackout_fabric"),
       N("หาโรงงานเคลือบกันไฟให้ผ้าม่าน งานโรงแรม", "fabric_finishing_service")]),
    S(42, "en", "Coatex Technical Fabrics", SPORT, MID, "Samut Prakan", "sales@coatex.co.th",
      ("OEKO-TEX Standard 100", "ISO 9001"), ("green",),
      [("Blackout coated fabric 3-pass, 280 cm, FR on request", "blackout_fabric"),
       ("TPU laminated knit, waterproof breathable, for mattress protectors", "waterproof_laminated_fabric"),
       ("PU-coated nylon for outdoor covers", "coated_nylon")],
      [N("Polyester knit greige for lamination", "polyester_knit_greige")]),
    S(43, "th", "ไทยม่านฮาร์ดแวร์", AGC, MID, "Bangkok", "thaimanhardware@gmail.com",
      (), (),
      [("รางม่านอลูมิเนียม รางโชว์ ขายส่ง", "curtain_rail_hardware"),
       ("ตาไก่ ห่วงม่าน ตะขอ", "curtain_eyelets_hooks")],
      [N("เทปม่าน ตะขอพลาสติก ไว้ขายคู่กับราง", "curtain_heading_tape")]),
    S(44, "en", "Sampeng Trims Co.", AGC, MID, "Bangkok", "orders@sampengtrims.com",
      (), (),
      [("Nylon coil zips no.3 & no.5, roll or cut, Line @sampengtrims", "zip"),
       ("Curtain heading tape, pencil pleat & pinch pleat", "curtain_heading_tape"),
       ("Piping cord", "piping_cord"),
       ("bias binding 25 mm", "bias_binding")],
      [N("Elastic band 1 inch, white", "elastic_tape")]),
    S(45, "th", "มู่ลี่ไม้ไผ่แม่ทะ", HEMP, DOWN, "Lampang", "maetha.bambooblind@gmail.com",
      ("OTOP",), ("bio",),
      [("มู่ลี่ไม้ไผ่ ม่านไม้ไผ่ ทำตามขนาด", "bamboo_blind")],
      [N("ผ้ากุ๊นขอบ สีน้ำตาล", "bias_binding")]),
    S(46, "en", "CloudNine Bedding Co., Ltd.", AGC, DOWN, "Pathum Thani", "sales@cloudninebedding.co.th",
      ("OEKO-TEX Standard 100", "ISO 9001"), (),
      [("Duvet inserts, microfibre & hollow fibre, hotel spec", "duvet"),
       ("Hotel pillows 1,000 g fibre", "fibre_pillow"),
       ("Quilted mattress toppers 2 inch", "mattress_topper")],
      [N("Recycled fibre fill, GRS certificate required", "recycled_polyester_fibre_fill", certs=("GRS",)),
       N("Cotton percale 233TC white 250 cm", "cotton_percale_fabric"),
       N("Quilting outsourced - we send our fabric and fill", "quilting_service")]),
    S(47, "en", "Korat ReLoom", CIRC, MID, "Nakhon Ratchasima", "reloom.korat@gmail.com",
      ("GRS",), ("circular",),
      [("Recycled cotton throws & blankets, woven from recycled yarn", "recycled_cotton_throw")],
      [N("Recycled cotton yarn Ne 10, GRS", "recycled_cotton_yarn", certs=("GRS",))]),
    S(48, "en", "Doi Tufted Rugs", AGC, DOWN, "Chiang Mai", "info@doitufted.com",
      (), (),
      [("Hand-tufted rugs to order, up to 3x4 m", "tufted_rug")],
      [N("Acrylic yarn for tufting", "acrylic_yarn"),
       U("Primary tufting cloth, 3.2 m wide", "nobody in the set sells tufting cloth")]),
    S(49, "th", "กลุ่มพรมเช็ดเท้าเศษผ้า บ้านเชียง", CIRC, DOWN, "Udon Thani", "banchiang.rugs@gmail.com",
      ("OTOP",), ("circular",),
      [("พรมเช็ดเท้าถักจากเศษผ้ายืด", "rag_rug"),
       ("เบาะรองนั่งถักจากเศษผ้า", "floor_cushion")],
      [N("เศษผ้ายืดจากโรงงานเสื้อ ตัดเป็นเส้นแล้วยิ่งดี", "knit_offcuts_waste")]),
    S(50, "en", "ProActive Sportswear OEM", SPORT, DOWN, "Samut Sakhon", "oem@proactivesport.co.th",
      ("OEKO-TEX Standard 100", "bluesign"), (),
      [("Jersey and mesh cutting offcuts, poly/spandex, 3 t a month", "knit_offcuts_waste"),
       ("OEM sportswear", "sportswear")],
      [N("3D spacer mesh for shoe and bag panels", "spacer_mesh"),
       U("Recycled polyester yarn 75D, GRS", "nobody in the set spins recycled polyester yarn",
         certs=("GRS",))]),
    S(51, "en", "Marine & Outdoor Textiles", SPORT, MID, "Rayong", "sales@marineoutdoor.co.th",
      ("OEKO-TEX Standard 100",), ("green",),
      [("Solution-dyed acrylic outdoor fabric, UV 1500 h", "outdoor_fabric"),
       ("Quick-dry reticulated foam for outdoor cushions", "quick_dry_foam")],
      [U("Solution-dyed acrylic staple fibre", "nobody in the set sells acrylic fibre")]),
    S(52, "th", "โยคะแมทไทย", SPORT, DOWN, "Bangkok", "yogamat.thai@gmail.com",
      (), ("bio", "green"),
      [("เสื่อโยคะยางพาราธรรมชาติ หนา 4 มม.", "yoga_mat"),
       ("เบาะนั่งสมาธิ ทรงกลม ยัดนุ่น", "meditation_cushion")],
      [U("แผ่นยางธรรมชาติรีดบาง 3-5 มม.", "only smoked rubber sheet (raw commodity) in the set, not calendered sheet"),
       N("นุ่นสำหรับยัดเบาะนั่งสมาธิ", "kapok_fibre")]),
    S(53, "en", "Champion Mats Thailand", SPORT, DOWN, "Chonburi", "sales@championmats.co.th",
      ("ISO 9001",), (),
      [("Gym & judo mats, PVC cover, foam core", "gym_mat"),
       ("foam offcuts from cutting, bagged", "foam_offcuts_waste")],
      [N("PVC coated polyester 650 gsm for mat covers", "pvc_coated_fabric"),
       N("Rebonded foam 120 kg/m3 sheets", "rebonded_foam")]),
    S(54, "en", "Poolside Cushion Co.", SPORT, DOWN, "Phuket", "orders@poolsidecushion.com",
      (), (),
      [("Sunbed cushions and pool floats, made to order", "outdoor_cushion")],
      [N("Outdoor acrylic fabric - bluesign welcome but not required", "outdoor_fabric", waives=("bluesign",)),
       N("quick-dry open-cell foam", "quick_dry_foam"),
       U("PTFE UV-proof sewing thread", "only ordinary sewing thread in the set")]),
    S(55, "th", "ขอนแก่นเมดิคอลโฟม", AGI, DOWN, "Khon Kaen", "kkmedicalfoam@gmail.com",
      ("ISO 13485", "ISO 9001"), (),
      [("เบาะรองนั่งลดแผลกดทับ เมมโมรี่โฟม", "pressure_relief_cushion"),
       ("ที่นอนโฟมลดแรงกดทับ 3 ชั้น สำหรับเตียงผู้ป่วย", "pressure_relief_mattress")],
      [N("เมมโมรี่โฟมแผ่น ความหนาแน่นสูง", "memory_foam"),
       N("ผ้ากันน้ำ TPU ระบายอากาศ ทำปลอกเบาะ", "waterproof_laminated_fabric")]),
    S(56, "th", "แคร์ฟอร์ยู โฮมแคร์ เท็กซ์ไทล์", AGC, DOWN, "Nonthaburi", "careforyou.textile@gmail.com",
      (), (),
      [("ผ้ารองกันเปื้อนซักได้ 4 ชั้น สำหรับผู้สูงอายุ", "incontinence_bed_pad"),
       ("ผ้าปูกันน้ำ รัดมุม ป้องกันที่นอน", "mattress_protector")],
      [N("มีใครขายผ้าลามิเนต TPU กันน้ำแต่ระบายอากาศไหมคะ", "waterproof_laminated_fabric"),
       N("ยางยืดขอบผ้าปู 1 นิ้ว", "elastic_tape")]),
    S(57, "en", "Mudmee House Ubon", AGI, DOWN, "Ubon Ratchathani", "mudmeehouse@gmail.com",
      (), (),
      [("Silk cushion covers, mudmee, 40x40", "silk_cushion_cover"),
       ("Silk table runners", "table_linen")],
      [N("Mudmee silk yardage with Royal Peacock Emblem", "silk_fabric", certs=("Thai Silk Peacock Emblem",)),
       N("Invisible zips 35 cm", "zip")]),
    S(58, "th", "กลุ่มทอผ้าไหมบ้านท่าสว่าง", AGI, MID, "Surin", "thasawang.silk@gmail.com",
      ("ตรานกยูงพระราชทาน", "OTOP"), ("bio",),
      [("ผ้าไหมมัดหมี่ ตรานกยูงสีทอง ขายเป็นผืน", "silk_fabric")],
      [U("เส้นไหมพันธุ์พื้นบ้าน สาวมือ", "nobody in the set sells silk yarn")]),
    S(59, "en", "Pai Loom Table Linen", HEMP, DOWN, "Mae Hong Son", "pailoom@gmail.com",
      (), ("bio",),
      [("Tablecloths & napkins, handwoven cotton, natural dyes", "table_linen")],
      [N("Naturally dyed cotton fabric by the metre", "indigo_dyed_cotton_fabric"),
       N("Natural dyeing for our woven cloth - we send the fabric",
         "natural_dyeing_service", "indigo_dyeing_service")]),
    S(60, "en", "Island Linen Laundry", CIRC, DOWN, "Phuket", "ops@islandlinen.co.th",
      (), ("circular",),
      [("Hotel linen laundry, daily pick-up Patong/Kata", "laundry_service"),
       ("Rejected sheets & towels (stained/torn), by kg", "used_linen_waste")],
      [N("Bed sheets 250 TC in bulk for linen hire stock", "bed_linen_set")]),
    S(61, "th", "โฮเทลซัพพลาย ลาดพร้าว", AGC, DOWN, "Bangkok", "hotelsupply.ladprao@gmail.com",
      (), (),
      [("ชุดผ้าปูที่นอนโรงแรม สีขาว ครบชุด", "bed_linen_set")],
      [N("หมอนโรงแรม ใยสังเคราะห์ 1000 กรัม", "fibre_pillow"),
       N("ผ้าห่มนวม สีขาว 6 ฟุต", "duvet")]),
    S(62, "en", "Nakhon Pathom Bed Linen", AGC, MID, "Nakhon Pathom", "sales@nplinen.co.th",
      ("OEKO-TEX Standard 100",), (),
      [("Bed sheet sets, fitted + flat + pillowcases, hotel white", "bed_linen_set"),
       ("White cotton cutting waste from the sheet line, baled", "fabric_offcuts_waste")],
      [N("Organic cotton sateen, GOTS certified", "cotton_sateen_fabric", certs=("GOTS",)),
       N("Elastic for fitted sheets", "elastic_tape"),
       N("CMT sewing capacity for 5,000 sheet sets, our fabric", "sewing_cmt_service")]),
    S(63, "th", "บริษัท สยามอีลาสติก จำกัด", SPORT, MID, "Samut Prakan", "sales@siamelastic.co.th",
      ("Oeko-Tex 100",), (),
      [("ยางยืดถัก ยางยืดทอ 1/2 - 2 นิ้ว", "elastic_tape"),
       ("เทปกุ๊น ผ้ากุ๊นเฉียง", "bias_binding")],
      [U("เส้นยางสแปนเด็กซ์", "nobody in the set sells spandex yarn")]),
    S(64, "th", "ใยเด้งไทย โพลีไฟเบอร์", AGC, MID, "Chonburi", "polyfiber.chon@gmail.com",
      (), (),
      [("ใยสังเคราะห์ ใยเด้ง ใยหนอน ยัดหมอน ตุ๊กตา", "polyester_fibre_fill"),
       ("ใยแผ่นเคลือบกาว 100-300 แกรม", "polyester_wadding")],
      [N("ไฟเบอร์รีไซเคิลราคาถูก ไม่ต้องมี GRS", "recycled_polyester_fibre_fill", waives=("GRS",))]),
    S(65, "th", "หมอนสมุนไพรแม่ทองใบ", AGI, DOWN, "Maha Sarakham", "herbpillow.thongbai@gmail.com",
      ("OTOP",), ("bio",),
      [("หมอนสมุนไพรช่วยหลับ ผ้าฝ้ายทอมือ", "herbal_pillow")],
      [N("ผ้าฝ้ายทอมือ สีขาวธรรมชาติ", "handwoven_cotton_fabric"),
       N("ผ้าฝ้ายย้อมครามสำหรับหมอนรุ่นพิเศษ", "indigo_dyed_cotton_fabric")]),
    S(66, "th", "มหาชัยเครื่องนอน", AGC, DOWN, "Samut Sakhon", "mahachai.bedding@gmail.com",
      (), (),
      [("หมอนหนุนใยสังเคราะห์ ขายส่ง", "fibre_pillow"),
       ("หมอนข้าง", "bolster"),
       ("ไส้หมอนอิงใยสังเคราะห์ ทุกขนาด", "fibre_cushion_insert")],
      [N("ใยเด้งบริสุทธิ์ ไม่เอารีไซเคิล", "polyester_fibre_fill"),
       N("ผ้าคอตตอน 100% ทอเครื่อง หน้ากว้าง ทำปลอกหมอน", "cotton_percale_fabric", "cotton_sateen_fabric")]),
    S(67, "th", "มุ้งกระโจมร้อยเอ็ด", AGI, DOWN, "Roi Et", "roiet.mosquitonet@gmail.com",
      (), (),
      [("มุ้งกระโจม มุ้งครอบ 5-6 ฟุต", "mosquito_net")],
      [N("ผ้ามุ้งตาข่ายโพลีเอสเตอร์ สีขาว", "net_fabric")]),
    S(68, "en", "Ratchaburi Warp Knit", SPORT, MID, "Ratchaburi", "sales@rbwarpknit.com",
      (), (),
      [("Polyester mosquito net fabric, 156 mesh, MOQ 500 kg", "net_fabric"),
       ("Power mesh and sport mesh", "sport_mesh")],
      [N("Polyester FDY 75D yarn", "polyester_yarn")]),
    S(69, "th", "กลุ่มปลูกกกบ้านโนนแดง", HEMP, UP, "Sisaket", "nondaeng.kok@gmail.com",
      (), ("bio",),
      [("ต้นกกผ่าตากแห้ง มัดละ 1 กก.", "sedge_dried")],
      [U("ปุ๋ยอินทรีย์สำหรับนากก", "fertiliser; nobody in the set sells it")]),
    S(70, "th", "เสื่อจันทบูรบางสระเก้า", AGI, DOWN, "Chanthaburi", "bangsakao.mat@gmail.com",
      ("OTOP",), ("bio",),
      [("เสื่อกกจันทบูร ทอลาย ผืน 2x1.5 ม.", "reed_mat"),
       ("กระเป๋าเสื่อกก", "reed_bag")],
      [N("กกตากแห้งเส้นยาว", "sedge_dried"),
       N("ผ้าเย็บขอบเสื่อ สีแดง", "bias_binding")]),
    S(71, "th", "วิสาหกิจผักตบชวาบึงสีไฟ", CIRC, UP, "Phichit", "buengsifai.hyacinth@gmail.com",
      (), ("circular", "bio"),
      [("ผักตบชวาตากแห้ง ผ่าเส้น", "water_hyacinth_dried")],
      [U("โรงอบแห้งพลังงานแสงอาทิตย์", "a dryer; nobody in the set builds one")]),
    S(72, "en", "Hyacinth Home Ayutthaya", CIRC, DOWN, "Phra Nakhon Si Ayutthaya", "info@hyacinthhome.co.th",
      (), ("circular",),
      [("Water hyacinth floor mats, poufs and baskets", "water_hyacinth_products")],
      [N("Dried water hyacinth stems, OTOP not needed", "water_hyacinth_dried", waives=("OTOP",)),
       N("PU foam pads for pouf seats", "pu_foam_sheet")]),
    S(73, "th", "โรงไม้แพร่เฟอร์นิเจอร์", AGC, MID, "Phrae", "phrae.woodframe@gmail.com",
      ("FSC",), ("green",),
      [("โครงโซฟา โครงเก้าอี้ ไม้ยางอบแห้ง ทำตามแบบ", "furniture_frame")],
      [N("ผ้าสปันบอนด์ปิดใต้โซฟา สีดำ", "nonwoven_fabric")]),
    S(74, "en", "Siam Synthetic Leather", AGC, MID, "Samut Prakan", "sales@siamsynleather.com",
      (), (),
      [("PVC leatherette 0.9 mm, 50 colours", "pvc_leatherette"),
       ("PVC coated polyester 650 gsm, mats & covers", "pvc_coated_fabric")],
      [N("Knitted polyester backing fabric for PVC coating", "polyester_knit_greige")]),
    S(75, "en", "Blob Bean Bags", AGC, DOWN, "Bangkok", "hi@blobbeanbag.com",
      (), (),
      [("Bean bags, indoor/outdoor, custom colours", "bean_bag")],
      [U("EPS beads, virgin, 3-5 mm", "nobody in the set sells EPS beads"),
       N("water-repellent outdoor fabric", "outdoor_fabric", "coated_nylon"),
       N("#5 zips, long chain", "zip")]),
    S(76, "th", "รีไซเคิลที่นอนเก่า คลองหลวง", CIRC, UP, "Pathum Thani", "klongluang.mattressrecycle@gmail.com",
      (), ("circular",),
      [("ฟองน้ำจากที่นอนเก่า คัดแล้ว", "recovered_foam_scrap"),
       ("สปริงเหล็กเก่า ขายเป็นเศษเหล็ก", "scrap_steel")],
      [N("รับที่นอนเก่า โรงแรม หอพัก", "used_mattress_waste")]),
    S(77, "en", "EasyLift Seating", AGC, DOWN, "Suphan Buri", "sales@easyliftseating.com",
      (), (),
      [("Lift-recliner chairs for seniors, power", "recliner_chair")],
      [N("HR foam 40D, virgin only, no rebond", "pu_foam_sheet"),
       N("Wipe-clean vinyl upholstery for care chairs", "pvc_leatherette"),
       N("Wooden chair frames, FSC timber only", "furniture_frame", certs=("FSC",))]),
    S(78, "th", "รังสิตฟินิชชิ่ง", SPORT, MID, "Pathum Thani", "rangsit.finishing@gmail.com",
      ("ISO 9001",), (),
      [("รับเคลือบกันไฟ กันไรฝุ่น แอนตี้แบคทีเรีย บนผ้าของลูกค้า", "fabric_finishing_service")],
      [U("สารหน่วงไฟ ไม่มีฮาโลเจน", "chemical; nobody in the set sells it")]),
    S(79, "en", "PrintLab Textile Studio", AGC, MID, "Bangkok", "studio@printlabbkk.com",
      (), (),
      [("Digital printing on your fabric, from 1 m", "fabric_printing_service"),
       ("Printed cushion covers, own designs, 45x45", "printed_cushion_cover")],
      [N("Cotton canvas PFP (prepared for print)", "cotton_canvas_pfp")]),
    S(80, "th", "ฟูกนวดแผนไทยนครปฐม", AGC, DOWN, "Nakhon Pathom", "futon.nuad.np@gmail.com",
      (), (),
      [("ฟูกนวดแผนไทย ยัดนุ่น/ใยมะพร้าว", "thai_massage_mattress"),
       ("เบาะรองนั่งพื้น ทรงสี่เหลี่ยม", "floor_cushion")],
      [N("นุ่น", "kapok_fibre"),
       N("ใยมะพร้าว", "coir_fibre"),
       N("ผ้าฝ้ายลายทาง หุ้มฟูก", "cotton_ticking_fabric")]),
    S(81, "en", "Hua Hin Lotus Spa", AGC, DOWN, "Prachuap Khiri Khan", "manager@huahinlotusspa.com",
      (), ("green",),
      [],
      [N("Thai massage mattresses (futon), 12 pcs", "thai_massage_mattress"),
       N("Floor cushions for relaxation room", "floor_cushion"),
       N("Linen laundry service 3x a week", "laundry_service")]),
    S(82, "en", "Jomtien Serviced Residences", AGC, DOWN, "Chonburi", "fm@jomtienresidences.com",
      (), (),
      [("Old mattresses from refurbishment, 80 pcs", "used_mattress_waste")],
      [N("Blackout curtain fabric, OEKO-TEX certified", "blackout_fabric", certs=("OEKO-TEX Standard 100",)),
       N("Sofa re-covering for lobby", "reupholstery_service")]),
    S(83, "th", "บริษัท รูมเรดดี้ จำกัด", AGC, DOWN, "Bangkok", "roomready.th@gmail.com",
      (), (),
      [("แพ็กเกจเฟอร์นิเจอร์คอนโดครบชุด", "furniture_package")],
      [N("โซฟาผ้า 2 ที่นั่ง สีเทา", "sofa"),
       N("ที่นอนสปริง 5 ฟุต", "spring_mattress"),
       N("ผ้าม่านสั่งตัดพร้อมติดตั้ง", "made_to_measure_curtains")]),
    S(84, "th", "ผ้านวมโคราช", AGI, DOWN, "Nakhon Ratchasima", "korat.quilt@gmail.com",
      (), (),
      [("ผ้านวม ผ้าห่มนวม 5-6 ฟุต", "duvet")],
      [N("ใยแผ่นสำหรับเย็บผ้านวม", "polyester_wadding"),
       U("ผ้าคอตตอนพิมพ์ลาย หน้ากว้าง 2.4 ม.", "only a printing service in the set, no printed fabric for sale")]),
    S(85, "th", "โรงเย็บรับจ้างโพธาราม", AGC, MID, "Ratchaburi", "photharam.sewing@gmail.com",
      (), (),
      [("รับจ้างตัดเย็บ ผ้าปู ปลอกหมอน ปลอกผ้านวม ผ้าลูกค้า", "sewing_cmt_service"),
       ("รับเย็บควิลท์ท็อปเปอร์", "quilting_service")],
      [N("ด้ายเย็บผ้าโพลีเอสเตอร์ 40/2", "sewing_thread")]),
    S(86, "en", "BlindTex Distribution", AGC, MID, "Bangkok", "sales@blindtex.co.th",
      (), (),
      [("Roller blind fabrics: screen 1-5%, blackout, dimout", "roller_blind_fabric")],
      [U("Roller blind mechanisms, 38 mm chain", "nobody in the set sells blind mechanisms")]),
    S(87, "en", "Eastern Weaving Mills", AGC, MID, "Prachinburi", "sales@easternweaving.co.th",
      ("GOTS", "OEKO-TEX Standard 100", "ISO 9001"), (),
      [("Cotton percale 233TC & 300TC, 250/280 cm, MOQ 1,000 m", "cotton_percale_fabric"),
       ("Organic cotton sateen, GOTS", "cotton_sateen_fabric"),
       ("Cotton canvas PFP 150 cm", "cotton_canvas_pfp"),
       ("Striped cotton ticking", "cotton_ticking_fabric")],
      [N("Combed cotton yarn Ne 40", "cotton_yarn")]),
    S(88, "th", "ลพบุรีแคร์ อุปกรณ์ผู้สูงอายุ", AGC, DOWN, "Lopburi", "lopburicare@gmail.com",
      (), (),
      [("เตียงผู้ป่วย รถเข็น ขายและให้เช่า", "care_equipment")],
      [U("ผ้ารองซับฉี่ซักได้ ต้องผ่าน OEKO-TEX", "the only maker in the set holds no OEKO-TEX",
         certs=("OEKO-TEX Standard 100",)),
       N("เบาะรองนั่งกันแผลกดทับ", "pressure_relief_cushion"),
       N("ที่นอนลดแผลกดทับ ไม่ต้องมี ISO 13485", "pressure_relief_mattress", waives=("ISO 13485",))]),
    S(89, "th", "ผ้าห่มต่อผ้าแม่สอด", CIRC, DOWN, "Tak", "maesot.patchwork@gmail.com",
      (), ("circular",),
      [("ผ้าห่มผ้าต่อ (แพทช์เวิร์ก) จากเศษผ้าฝ้าย", "patchwork_quilt")],
      [N("เศษผ้าฝ้ายชิ้นใหญ่ 20 ซม. ขึ้นไป", "fabric_offcuts_waste"),
       N("ใยแผ่น", "polyester_wadding")]),
    S(90, "en", "Zen Zafu Studio", HEMP, DOWN, "Phang Nga", "hello@zenzafu.com",
      (), ("bio",),
      [("Zafu & zabuton meditation cushions, kapok filled", "meditation_cushion")],
      [N("Kapok fibre, cleaned, 200 kg", "kapok_fibre"),
       U("Buckwheat hulls, cleaned", "not grown here; nobody in the set sells them"),
       N("hemp canvas for covers", "hemp_fabric", "hemp_cotton_fabric")]),
    S(91, "th", "อาสนะอุบล", AGI, DOWN, "Ubon Ratchathani", "asana.ubon@gmail.com",
      (), (),
      [("อาสนะสงฆ์ ผ้ากำมะหยี่ สีเหลือง/ส้ม", "monk_seat_cushion"),
       ("เบาะรองนั่งพื้น ผ้าขิด", "floor_cushion")],
      [N("ฟองน้ำเกรดนุ่ม หนา 2 นิ้ว", "pu_foam_sheet"),
       N("ผ้ากำมะหยี่หุ้มเบาะ", "upholstery_fabric")]),
    S(92, "en", "Mekong Boutique Hotel Udon", AGI, DOWN, "Udon Thani", "gm@mekongboutique.com",
      (), ("green",),
      [],
      [N("Handwoven cushion covers, local Isan patterns", "silk_cushion_cover"),
       N("Kapok pillows, natural", "kapok_pillow"),
       N("Triangle cushions for the lobby", "triangle_cushion")]),
    S(93, "th", "บริษัท ไทยนอนวูฟเวน แอนด์ เมช จำกัด", SPORT, MID, "Samut Prakan", "sales@thainonwovenmesh.co.th",
      ("ISO 9001",), (),
      [("ผ้าสปันบอนด์ 15-150 แกรม", "nonwoven_fabric"),
       ("ผ้าตาข่าย 3D spacer หนา 3-10 มม.", "spacer_mesh"),
       ("ผ้าถักโพลีเอสเตอร์ดิบ สำหรับงานเคลือบ", "polyester_knit_greige")],
      [N("ด้ายโพลีเอสเตอร์ FDY", "polyester_yarn")]),
    S(94, "th", "มุกดาหารพาณิชย์ เครื่องนอน", AGI, DOWN, "Mukdahan", "mukdahan.bedding@gmail.com",
      (), (),
      [],
      [N("หมอนหนุน ไม่ต้องมี มอก.", "fibre_pillow", "kapok_pillow", "latex_pillow",
         waives=("Thai Industrial Standard",)),
       N("ที่นอนปิกนิก 3 พับ", "kapok_mattress"),
       N("มุ้งครอบ", "mosquito_net")]),
    S(95, "th", "ร้านด้ายสำเพ็งฮั่วเฮง", AGC, MID, "Bangkok", "huaheng.yarn@gmail.com",
      (), (),
      [("ด้ายฝ้ายโรงงาน 20/2 32/2 ยกลัง ส่งทั่วประเทศ", "cotton_yarn"),
       ("ด้ายโทเร ด้ายโพลีเอสเตอร์", "polyester_yarn"),
       ("ไหมพรมอะคริลิค", "acrylic_yarn"),
       ("ด้ายเย็บผ้า 40/2 ทุกสี", "sewing_thread")],
      [N("ผ้าขาวม้าทอมือ ส่งขายหน้าร้าน", "pha_khao_ma")]),
]

# ------------------------------------------------------------------ checks

TARGET_SMES = 95
TH_SHARE = (0.50, 0.60)
LINKS_RANGE = (140, 180)
CROSS_MIN = 0.45
UNMET_RANGE = (15, 25)
MIN_CERT_NEEDS = 5
MIN_WAIVE_NEEDS = 4
MIN_PROVINCES = 35
EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
LATIN_LETTER = re.compile("[A-Za-z]")


class CheckError(Exception):
    pass


def require(condition: bool, message: str) -> None:
    if not condition:
        raise CheckError(message)


def squash(text: str) -> str:
    return re.sub(r"[\s\-_.,()]+", "", unicodedata.normalize("NFKC", text).casefold())


def cert_named_in(cert: str, text: str) -> bool:
    record = next(c for c in taxonomy.CERTIFICATIONS if c.name == cert)
    forms = (record.name, record.full_name, *record.aliases, *record.mentions, *record.case_sensitive_mentions)
    return any(squash(form) in squash(text) for form in forms if squash(form))


def canonical(cert: str) -> str:
    name = taxonomy.resolve_certification(cert)
    require(name is not None, f"certification {cert!r} does not resolve")
    return name


def check_phrase(sme: Sme, text: str) -> None:
    require(text == text.strip() and bool(text), f"{sme.id}: empty or padded phrase {text!r}")
    thai, latin = len(THAI_LETTER.findall(text)), len(LATIN_LETTER.findall(text))
    if sme.lang == "th":
        require(thai > latin, f"{sme.id}: Thai phrase is not mostly Thai letters: {text!r}")
    else:
        letters = [ch for ch in text if ch.isalpha()]
        require(all(ch.isascii() for ch in letters), f"{sme.id}: English phrase has non-Latin letters: {text!r}")


def check_profiles() -> None:
    ids = [sme.id for sme in SMES]
    require(ids == [f"{PREFIX}{n:03d}" for n in range(1, TARGET_SMES + 1)], "ids are not bpf2-001 ... bpf2-095")
    require(len({sme.email for sme in SMES}) == len(SMES), "duplicate e-mail")
    require(len({sme.name for sme in SMES}) == len(SMES), "duplicate name")
    for sme in SMES:
        require(sme.lang in taxonomy.LANGUAGES, f"{sme.id}: language {sme.lang!r}")
        require(sme.sub in {s.value for s in taxonomy.SubCluster}, f"{sme.id}: sub-cluster {sme.sub!r}")
        require(sme.stage in {s.value for s in taxonomy.Stage}, f"{sme.id}: stage {sme.stage!r}")
        require(taxonomy.resolve_province(sme.province) is not None, f"{sme.id}: province {sme.province!r}")
        require(all(tag in {b.value for b in taxonomy.BcgTag} for tag in sme.bcg), f"{sme.id}: BCG {sme.bcg}")
        require(len(set(sme.bcg)) == len(sme.bcg), f"{sme.id}: repeated BCG tag")
        require(bool(EMAIL.match(sme.email)), f"{sme.id}: e-mail {sme.email!r}")
        require(bool(sme.name.strip()), f"{sme.id}: empty name")
        if sme.lang == "en":
            require(sme.name.isascii(), f"{sme.id}: English profile with a non-Latin name")
        sme.canon = frozenset(canonical(cert) for cert in sme.certs)
        require(len(sme.canon) == len(sme.certs), f"{sme.id}: a certification is listed twice")
        require(len(sme.offers) <= 4, f"{sme.id}: more than 4 offers")
        require(bool(sme.offers) or sme.stage == DOWN, f"{sme.id}: only downstream buyers may offer nothing")
        require(1 <= len(sme.needs) <= 4, f"{sme.id}: needs must number 1-4")
        for text, label in sme.offers:
            check_phrase(sme, text)
            require(bool(re.fullmatch(r"[a-z0-9_]+", label)), f"{sme.id}: bad label {label!r}")
        for need in sme.needs:
            check_phrase(sme, need.text)
            require(bool(need.labels) != bool(need.unmet), f"{sme.id}: need needs labels xor a note: {need.text!r}")
            for cert in (*need.certs, *need.waives):
                require(canonical(cert) == cert, f"{sme.id}: write {cert!r} by its canonical name")
                require(cert_named_in(cert, need.text), f"{sme.id}: {cert} is not named in {need.text!r}")
            require(not set(need.certs) & set(need.waives), f"{sme.id}: a certification both required and waived")
        phrases = [text for text, _ in sme.offers] + [need.text for need in sme.needs]
        require(len(set(phrases)) == len(phrases), f"{sme.id}: repeated phrase")


def suppliers_of(need: Need, buyer: Sme) -> list[Sme]:
    return [
        sme
        for sme in SMES
        if sme is not buyer
        and any(label in need.labels for _, label in sme.offers)
        and set(need.certs) <= sme.canon
    ]


def build_links() -> list[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in SMES:
        for need in buyer.needs:
            if need.unmet:
                continue
            for label in need.labels:
                require(
                    any(label == lab for sme in SMES if sme is not buyer for _, lab in sme.offers),
                    f"{buyer.id}: label {label!r} is offered by nobody else",
                )
            found = suppliers_of(need, buyer)
            require(bool(found), f"{buyer.id}: no qualified supplier for {need.text!r}")
            links.update((supplier.id, buyer.id) for supplier in found)
    return sorted(links)


def stats(links: list[tuple[str, str]]) -> dict[str, Any]:
    by_id = {sme.id: sme for sme in SMES}
    needs = [need for sme in SMES for need in sme.needs]
    cross = Counter(
        f"{by_id[s].lang}->{by_id[b].lang}" for s, b in links if by_id[s].lang != by_id[b].lang
    )
    regions = Counter(taxonomy.resolve_province(sme.province).region.value for sme in SMES)
    return {
        "profiles": len(SMES),
        "languages": Counter(sme.lang for sme in SMES),
        "sub_clusters": Counter(sme.sub for sme in SMES),
        "stages": Counter(sme.stage for sme in SMES),
        "regions": regions,
        "provinces": len({taxonomy.resolve_province(sme.province).name_en for sme in SMES}),
        "offers": sum(len(sme.offers) for sme in SMES),
        "offer_labels": len({label for sme in SMES for _, label in sme.offers}),
        "needs": len(needs),
        "met": sum(1 for need in needs if not need.unmet),
        "unmet": sum(1 for need in needs if need.unmet),
        "need_certs": sum(1 for need in needs if need.certs),
        "need_waives": sum(1 for need in needs if need.waives),
        "links": len(links),
        "cross": cross,
        "cross_total": sum(cross.values()),
        "within": Counter(f"{by_id[s].lang}-{by_id[b].lang}" for s, b in links if by_id[s].lang == by_id[b].lang),
        "cross_sub": sum(1 for s, b in links if by_id[s].sub != by_id[b].sub),
        "no_offer": sum(1 for sme in SMES if not sme.offers),
    }


def check_targets(info: dict[str, Any]) -> None:
    th_share = info["languages"]["th"] / len(SMES)
    require(TH_SHARE[0] <= th_share <= TH_SHARE[1], f"Thai share {th_share:.2f}")
    links = info["links"]
    require(LINKS_RANGE[0] <= links <= LINKS_RANGE[1], f"{links} links")
    require(info["cross_total"] >= CROSS_MIN * links, "too few cross-language links")
    unmet = info["unmet"]
    require(UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1], f"{unmet} unmet needs")
    require(info["need_certs"] >= MIN_CERT_NEEDS, "too few needs requiring a certification")
    require(info["need_waives"] >= MIN_WAIVE_NEEDS, "too few needs waiving a certification")
    require(len(info["sub_clusters"]) == len(taxonomy.SubCluster), "a sub-cluster is missing")
    require(len(info["stages"]) == len(taxonomy.Stage), "a stage is missing")
    require(len(info["regions"]) == len(taxonomy.Region), "a region is missing")
    require(info["provinces"] >= MIN_PROVINCES, "too few provinces")
    require(info["no_offer"] <= 6, "too many profiles without offers")


# ------------------------------------------------------------------ output


def profile_json(sme: Sme) -> str:
    row = {
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
    return json.dumps(row, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def main() -> int:
    info: dict[str, Any] = {}
    try:
        check_profiles()
        links = build_links()
        info = stats(links)
        check_targets(info)
    except CheckError as error:
        print(f"check failed, nothing written: {error}", file=sys.stderr)
        for key, value in info.items():
            print(f"{key}: {value}", file=sys.stderr)
        return 1
    profiles = "".join(profile_json(sme) + "\n" for sme in SMES)
    (HERE / "profiles.jsonl").write_bytes(profiles.encode("utf-8"))
    (HERE / "links.csv").write_bytes(links_csv(links).encode("utf-8"))
    for key, value in info.items():
        shown = dict(sorted(value.items())) if isinstance(value, Counter) else value
        print(f"{key}: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
