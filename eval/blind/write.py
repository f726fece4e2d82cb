#!/usr/bin/env python3
"""Write the blind labelled set: hand-written SMEs of northern and Isan textile communities.

    python eval/blind/write.py [--out eval/blind]

Every SME below was written by hand, without consulting the matcher's glossary,
in the words such a business would use: more Thai than English, northern (Lanna)
and Isan terms (ห้อม, ม่อฮ่อม, ถุงย่าม, ซิ่นตีนจก, ไหมน้อย, ไหมลืบ, ผ้าขิด, หมอนขวาน, กก, ครั่ง ...).
Each offer and need carries a label of what it is, in this file's own terms (not
glossary concepts); links.csv follows from those labels alone: supplier S meets
buyer B when an offer label of S is accepted by a need label of B (`ACCEPTS`),
the need's certification (if any) is held by S, and S is not B. The engine's
output never feeds the labels. Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAGES = ("upstream", "midstream", "downstream")

# need label -> offer labels that meet it (each label also meets itself)
ACCEPTS: dict[str, set[str]] = {
    "cotton_cloth": {"handwoven_cotton", "indigo_cotton", "pha_khao_ma_cloth"},
    "handwoven_cotton": {"indigo_cotton"},
    "cotton_yarn": {"handspun_cotton"},
    "silk_cloth": {"mudmee_silk", "praewa_silk"},
    "natural_dye": {"indigo_paste", "lac_dye", "ebony_dye"},
    "herbs": {"plai", "turmeric"},
    "hemp_cloth": {"hmong_hemp_cloth"},
    "silk_yarn": {"fine_silk_yarn", "coarse_silk_yarn"},
}


@dataclass(frozen=True)
class Sme:
    name: str
    stage: str
    province: str
    sub_cluster: str
    language: str
    offers: list[tuple[str, str]] = field(default_factory=list)  # (text, label)
    needs: list[tuple[str, str]] = field(default_factory=list)  # (text, label or label@CERT)
    certifications: list[str] = field(default_factory=list)
    bcg: list[str] = field(default_factory=list)


N, ISAN, C = "hemp_natural_fibre", "ageing_lifestyle_isan", "ageing_lifestyle_central"
CIRC, SPORT = "circular_textile", "sportech"

SMES: list[Sme] = [
    # ---------------------------------------------------------------- cotton, north
    Sme("กลุ่มปลูกฝ้ายพื้นบ้านบ้านป่าแดด", "upstream", "Chiang Mai", N, "th",
        offers=[("ฝ้ายดอกพันธุ์พื้นเมือง เก็บจากดอยเอง", "raw_cotton")], bcg=["bio"]),
    Sme("แม่แจ่มฝ้ายอินทรีย์", "upstream", "Chiang Mai", N, "th",
        offers=[("ปุยฝ้ายปลูกแบบไม่ใช้สารเคมี ตากแห้งแล้ว", "raw_cotton")], bcg=["bio", "green"]),
    Sme("Doi Cotton Farmers Collective", "upstream", "Chiang Rai", N, "en",
        offers=[("rain-fed cotton bolls straight from the hill fields", "raw_cotton")], bcg=["bio"]),
    Sme("กลุ่มแม่บ้านเข็นฝ้ายบ้านต้นผึ้ง", "upstream", "Lamphun", N, "th",
        offers=[("ฝ้ายเข็นมือ เส้นใหญ่ เส้นเล็ก ตามสั่ง", "handspun_cotton")],
        needs=[("รับซื้อฝ้ายดอกจากชาวบ้าน ปีละหลายตัน", "raw_cotton")], bcg=["bio"]),
    Sme("ป้าจันทร์ฝ้ายเข็น", "upstream", "Nan", N, "th",
        offers=[("เส้นฝ้ายปั่นด้วยหลา ย้อมสีได้ดี", "handspun_cotton")],
        needs=[("อยากได้ปุยฝ้ายสะอาดส่งทุกเดือน", "raw_cotton")]),
    Sme("Lanna Spinning Workshop", "upstream", "Chiang Mai", N, "en",
        offers=[("hand-spun cotton thread on cones", "handspun_cotton")],
        needs=[("buying hill-grown cotton bolls", "raw_cotton")]),
    Sme("กลุ่มทอผ้าไทลื้อบ้านหนองบัว", "midstream", "Nan", N, "th",
        offers=[("ผ้าทอไทลื้อลายน้ำไหล ทอกี่พื้นเมือง", "handwoven_cotton")],
        needs=[("ต้องการฝ้ายเข็นสำหรับขึ้นกี่", "cotton_yarn"), ("หาอะไหล่กี่กระตุกเก่า", "loom_parts")]),
    Sme("สล่าทอผ้าจกแม่แจ่ม", "midstream", "Chiang Mai", N, "th",
        offers=[("ผ้าซิ่นตีนจกแม่แจ่ม งานมือทั้งผืน", "tin_jok_sarong")],
        needs=[("หาฝ้ายเส้นมือ สีธรรมชาติ", "cotton_yarn"), ("หาคนรับซื้อซิ่นตีนจกไปขายต่างประเทศ", "market")]),
    Sme("Karen Loom Weavers Group", "midstream", "Mae Hong Son", N, "en",
        offers=[("backstrap-loom cotton cloth, Karen patterns", "handwoven_cotton")],
        needs=[("we source hand-spun cotton thread", "cotton_yarn")]),
    Sme("บ้านทุ่งโฮ้งหม้อห้อม", "midstream", "Phrae", N, "th",
        offers=[("ผ้าฝ้ายย้อมห้อมแท้ ทอมือ ขายเป็นพับ", "indigo_cotton"), ("รับย้อมห้อมตามสั่ง", "indigo_dyeing")],
        needs=[("ต้องการห้อมเปียกเดือนละ 200 กิโล", "indigo_paste"), ("ต้องการฝ้ายเข็นมือไว้ย้อมห้อมก่อนขึ้นกี่", "cotton_yarn")]),
    Sme("ห้อมเมืองแพร่ฟาร์ม", "upstream", "Phrae", N, "th",
        offers=[("ห้อมเปียก หมักจากต้นห้อมในสวน", "indigo_paste")], bcg=["bio"]),
    Sme("Phrae Blue Workshop", "midstream", "Phrae", N, "en",
        offers=[("we dye your cloth or yarn with natural indigo (hom), by the batch", "indigo_dyeing")],
        needs=[("need fermented indigo paste", "indigo_paste")]),
    Sme("ร้านม่อฮ่อมป้าแก้ว", "downstream", "Phrae", N, "th",
        offers=[("เสื้อม่อฮ่อมผ้าฝ้าย ย้อมห้อม ตัดเย็บเอง", "mohom_shirt")],
        needs=[("ต้องการผ้าฝ้ายย้อมห้อมทอมือ", "indigo_cotton")]),
    Sme("Hom Indigo Clothing", "downstream", "Chiang Mai", N, "en",
        offers=[("indigo farmer shirts in hand-loomed cotton", "mohom_shirt")],
        needs=[("sourcing hand-loomed indigo cotton cloth", "indigo_cotton"),
               ("need a tailor workshop to sew our shirts", "sewing")]),
    Sme("ถุงย่ามบ้านดอย", "downstream", "Chiang Rai", N, "th",
        offers=[("ถุงย่ามผ้าฝ้ายทอมือ ย้อมห้อม ปักลายชนเผ่า", "yam_bag")],
        needs=[("ต้องการผ้าฝ้ายทอมือเป็นม้วน", "handwoven_cotton"), ("หาคนรับย้อมห้อม", "indigo_dyeing")]),
    Sme("Nan Shoulder Bags", "downstream", "Nan", N, "en",
        offers=[("shoulder bags woven in cotton and dyed with indigo", "yam_bag")],
        needs=[("buying handwoven cotton cloth", "handwoven_cotton")]),
    Sme("กลุ่มตัดเย็บแม่บ้านสันทราย", "midstream", "Chiang Mai", N, "th",
        offers=[("รับจ้างเย็บเสื้อ กางเกง กระเป๋าผ้า งานละเอียด", "sewing")]),
    Sme("กาดผ้าเมืองน่าน", "downstream", "Nan", N, "th",
        offers=[("หน้าร้านขายผ้าพื้นเมืองและของฝาก", "shop")],
        needs=[("รับซื้อผ้าซิ่นตีนจกงานเก่า งานใหม่", "tin_jok_sarong"), ("ต้องการถุงย่ามทำมือ", "yam_bag"),
               ("หาเสื้อม่อฮ่อมส่งร้าน", "mohom_shirt")]),
    Sme("Lanna Heritage Boutique Hotel", "downstream", "Chiang Mai", C, "en",
        offers=[("boutique rooms and weaving village tours", "tourism")],
        needs=[("looking for hand-woven cotton table runners and cloth", "cotton_cloth"),
               ("indigo-dyed shirts for staff uniforms", "mohom_shirt")]),
    Sme("โรงย้อมเคมีลำปาง", "midstream", "Lampang", N, "th",
        offers=[("รับย้อมผ้าสีเคมี ปริมาณมาก", "chemical_dyeing")],
        needs=[("ต้องการสีย้อมรีแอคทีฟ", "reactive_dye")]),
    # ---------------------------------------------------------------- hemp, north
    Sme("กลุ่มปลูกกัญชงม้งดอยปุย", "upstream", "Chiang Mai", N, "th",
        offers=[("ต้นกัญชงตัดสด มัดเป็นฟ่อน", "hemp_stalk")], bcg=["bio"]),
    Sme("Hmong Hemp Growers of Nan", "upstream", "Nan", N, "en",
        offers=[("freshly cut hemp stalks in bundles", "hemp_stalk")], bcg=["bio"]),
    Sme("บ้านลอกเปลือกกัญชง", "upstream", "Tak", N, "th",
        offers=[("เปลือกกัญชงลอกมือ ตากแดดแล้ว", "hemp_fibre")],
        needs=[("รับซื้อต้นกัญชงสด", "hemp_stalk")]),
    Sme("Highland Hemp Fibre Co.", "upstream", "Chiang Rai", N, "en",
        offers=[("hand-stripped hemp bast, sun dried", "hemp_fibre")],
        needs=[("buy fresh hemp stalks from growers", "hemp_stalk")]),
    Sme("กลุ่มต่อเส้นกัญชงบ้านแม่สาใหม่", "upstream", "Chiang Mai", N, "th",
        offers=[("เส้นกัญชงต่อมือ ม้วนเป็นไจ", "hemp_yarn")],
        needs=[("ต้องการเปลือกกัญชงแห้ง", "hemp_fibre")]),
    Sme("ผ้าใยกัญชงม้งเขียว", "midstream", "Tak", N, "th",
        offers=[("ผ้าใยกัญชงแบบม้ง ทอมือ เขียนเทียน", "hmong_hemp_cloth")],
        needs=[("หาเส้นกัญชงต่อมือ", "hemp_yarn")]),
    Sme("Mae Sa Hemp Textiles", "midstream", "Chiang Mai", N, "en",
        offers=[("Hmong-style handwoven hemp cloth, batik", "hmong_hemp_cloth")],
        needs=[("sourcing hand-spliced hemp yarn", "hemp_yarn")]),
    Sme("กระเป๋ากัญชงเชียงราย", "downstream", "Chiang Rai", N, "th",
        offers=[("กระเป๋าเป้ผ้ากัญชง เขียนเทียน ย้อมคราม", "hemp_bag")],
        needs=[("ต้องการผ้ากัญชงทอมือเป็นพับ", "hemp_cloth")]),
    Sme("Hemp & Hill Bags", "downstream", "Chiang Mai", N, "en",
        offers=[("backpacks made from batik hemp cloth", "hemp_bag")],
        needs=[("looking for hemp cloth by the roll", "hemp_cloth"),
               ("need indigo dyeing for our hemp panels", "indigo_dyeing")]),
    # ---------------------------------------------------------------- silk, Isan
    Sme("กลุ่มเลี้ยงไหมบ้านโนนเขวา", "upstream", "Khon Kaen", ISAN, "th",
        offers=[("รังไหมเหลืองพันธุ์พื้นบ้าน", "cocoon")], bcg=["bio"]),
    Sme("Surin Mulberry Farm", "upstream", "Surin", ISAN, "en",
        offers=[("yellow cocoons of native silkworms", "cocoon")], bcg=["bio"]),
    Sme("กลุ่มสาวไหมแม่ทองใบ", "upstream", "Khon Kaen", ISAN, "th",
        offers=[("ไหมน้อย สาวมือ เส้นเล็กเสมอกัน", "fine_silk_yarn"), ("ไหมลืบ เส้นใหญ่ ราคาย่อมเยา", "coarse_silk_yarn")],
        needs=[("รับซื้อรังไหมสดจากเกษตรกร", "cocoon")]),
    Sme("Chonnabot Silk Reelers", "upstream", "Khon Kaen", ISAN, "en",
        offers=[("hand-reeled fine inner silk thread", "fine_silk_yarn")],
        needs=[("we buy fresh cocoons", "cocoon")]),
    Sme("ครั่งย้อมสีบ้านโพน", "upstream", "Kalasin", ISAN, "th",
        offers=[("ครั่งดิบสำหรับย้อมไหม ให้สีแดง", "lac_dye")], bcg=["bio"]),
    Sme("บ้านมะเกลือ", "upstream", "Roi Et", ISAN, "th",
        offers=[("ผลมะเกลือสดไว้ย้อมผ้าสีดำ", "ebony_dye")], bcg=["bio"]),
    Sme("กลุ่มทอผ้ามัดหมี่บ้านหนองเขื่อนช้าง", "midstream", "Maha Sarakham", ISAN, "th",
        offers=[("ผ้าไหมมัดหมี่ ทอมือ ลายโบราณ", "mudmee_silk")],
        needs=[("ต้องการไหมน้อยเส้นสวย", "fine_silk_yarn"), ("หาครั่งและวัตถุดิบให้สีจากธรรมชาติ", "natural_dye")]),
    Sme("แพรวาบ้านโพน", "midstream", "Kalasin", ISAN, "th",
        offers=[("ผ้าแพรวาไหมแท้ ทอเก็บลาย", "praewa_silk")],
        needs=[("อยากได้เส้นไหมสาวมือ", "silk_yarn"), ("ขอผู้ช่วยหาตลาดส่งออกผ้าแพรวา", "market")],
        certifications=[]),
    Sme("Surin Holl Silk Weavers", "midstream", "Surin", ISAN, "en",
        offers=[("Khmer-style holl silk, ikat woven by hand", "mudmee_silk")],
        needs=[("buying hand-reeled silk thread", "silk_yarn"),
               ("natural dyestuffs like lac and ebony fruit", "natural_dye")]),
    Sme("ห้องเสื้อผ้าไหมขอนแก่น", "downstream", "Khon Kaen", ISAN, "th",
        offers=[("ชุดผ้าไหมตัดตามสั่ง เสื้อผ้าไหมสำเร็จรูป", "silk_garment")],
        needs=[("ต้องการผ้าไหมทอมือหลายลาย", "silk_cloth")]),
    Sme("Isan Silk Scarves", "downstream", "Udon Thani", ISAN, "en",
        offers=[("silk scarves woven in mudmee patterns", "silk_scarf")],
        needs=[("we buy fine hand-reeled silk yarn", "fine_silk_yarn")]),
    Sme("ร้านของฝากผ้าไหมอุดร", "downstream", "Udon Thani", ISAN, "th",
        offers=[("ร้านของฝากริมถนน", "shop")],
        needs=[("รับซื้อผ้าพันคอไหม", "silk_scarf"), ("ต้องการผ้าไหมมัดหมี่ผืนสวย", "mudmee_silk")]),
    # ---------------------------------------------------------------- cotton, Isan
    Sme("กลุ่มทอผ้าย้อมครามบ้านดอนกอย", "midstream", "Sakon Nakhon", ISAN, "th",
        offers=[("ผ้าฝ้ายทอมือย้อมครามธรรมชาติ", "indigo_cotton")],
        needs=[("ต้องการเนื้อครามหมัก", "indigo_paste"), ("หาฝ้ายเข็นมือ", "cotton_yarn")]),
    Sme("Sakon Indigo Paste Makers", "upstream", "Sakon Nakhon", ISAN, "en",
        offers=[("fermented indigo paste from our own plants", "indigo_paste")], bcg=["bio"]),
    Sme("ผ้าขาวม้าร้อยสีบ้านหนองบัว", "midstream", "Roi Et", ISAN, "th",
        offers=[("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "pha_khao_ma_cloth")],
        needs=[("ต้องการด้ายฝ้ายเข็นมือหลายสี", "cotton_yarn")]),
    Sme("Roi Et Loincloth Co.", "midstream", "Roi Et", ISAN, "en",
        offers=[("checked pha khao ma cloth, hand loomed", "pha_khao_ma_cloth")],
        needs=[("need hand-spun cotton thread", "cotton_yarn")]),
    Sme("กลุ่มทอผ้าขิดบ้านศรีฐาน", "midstream", "Yasothon", ISAN, "th",
        offers=[("ผ้าขิดฝ้าย ทอยกดอก", "khit_cloth")],
        needs=[("หาฝ้ายเส้นทำมือ", "cotton_yarn")]),
    Sme("หมอนขวานบ้านศรีฐาน", "downstream", "Yasothon", ISAN, "th",
        offers=[("หมอนขวานผ้าขิด ยัดนุ่น", "triangle_pillow")],
        needs=[("ต้องการผ้าขิดเป็นม้วน", "khit_cloth"), ("รับซื้อนุ่นสำหรับยัดหมอน", "kapok")]),
    Sme("Isan Cushion Works", "downstream", "Khon Kaen", ISAN, "en",
        offers=[("triangle floor pillows in khit weave, kapok filled", "triangle_pillow")],
        needs=[("khit woven cloth by the metre", "khit_cloth"), ("kapok stuffing", "kapok")]),
    Sme("สวนนุ่นบ้านนาดี", "upstream", "Udon Thani", ISAN, "th",
        offers=[("นุ่นแกะเมล็ดแล้ว อัดกระสอบ", "kapok")], bcg=["bio"]),
    Sme("กลุ่มเสื่อกกบ้านแฮด", "downstream", "Khon Kaen", ISAN, "th",
        offers=[("เสื่อกกทอมือ ลายขิด พับได้", "reed_mat")],
        needs=[("ต้องการต้นกกตากแห้ง", "reed")]),
    Sme("ต้นกกบ้านหนองหว้า", "upstream", "Chaiyaphum", ISAN, "th",
        offers=[("ต้นกกผ่าแห้ง มัดละ 1 กิโล", "reed")], bcg=["bio"]),
    Sme("Mekong Riverside Resort", "downstream", "Nakhon Phanom", C, "en",
        offers=[("river view villas and spa", "tourism")],
        needs=[("handwoven reed mats for villas", "reed_mat"), ("triangle pillows for the lounge", "triangle_pillow"),
               ("indigo cotton cloth for cushions and throws", "indigo_cotton")]),
    Sme("ร้านผ้าพื้นเมืองตลาดอินโดจีน", "downstream", "Mukdahan", ISAN, "th",
        offers=[("ขายผ้าพื้นเมืองอีสานปลีกส่ง", "shop")],
        needs=[("รับซื้อผ้าขาวม้าทอมือ", "pha_khao_ma_cloth"), ("ต้องการผ้าฝ้ายย้อมครามทอมือ", "indigo_cotton")]),
    # ---------------------------------------------------------------- herbs and spa
    Sme("สวนไพลบ้านโคก", "upstream", "Sakon Nakhon", ISAN, "th",
        offers=[("เหง้าไพลสด ล้างสะอาด", "plai")], bcg=["bio"]),
    Sme("Yasothon Turmeric Growers", "upstream", "Yasothon", ISAN, "en",
        offers=[("fresh turmeric roots, organic", "turmeric")], bcg=["bio"]),
    Sme("กลุ่มลูกประคบบ้านนาเยีย", "downstream", "Ubon Ratchathani", ISAN, "th",
        offers=[("ลูกประคบสมุนไพรห่อผ้าฝ้าย", "compress")],
        needs=[("ต้องการสมุนไพรสดสำหรับลูกประคบ", "herbs"), ("ต้องการผ้าฝ้ายทอมือไว้ห่อลูกประคบ", "handwoven_cotton")]),
    Sme("Baan Suan Spa", "downstream", "Chiang Mai", C, "en",
        offers=[("traditional massage and spa treatments", "spa")],
        needs=[("herbal compress balls for massage", "compress")]),
    # ---------------------------------------------------------------- circular
    Sme("ธนาคารขยะบ้านหนองโน", "upstream", "Khon Kaen", CIRC, "th",
        offers=[("ขวดน้ำดื่มพลาสติกใส คัดแยกแล้ว", "pet_bottles")], bcg=["circular"]),
    Sme("Udon Bottle Collectors", "upstream", "Udon Thani", CIRC, "en",
        offers=[("sorted clear drinking water bottles", "pet_bottles")], bcg=["circular"]),
    Sme("โรงงานด้ายรีไซเคิลอีสาน", "upstream", "Nakhon Ratchasima", CIRC, "th",
        offers=[("เส้นด้ายทำจากขวดพลาสติกรีไซเคิล", "rpet_yarn")],
        needs=[("รับซื้อขวดพลาสติกใสทุกวัน", "pet_bottles")], certifications=["GRS"], bcg=["circular"]),
    Sme("Korat Sports Knit", "midstream", "Nakhon Ratchasima", SPORT, "en",
        offers=[("quick-drying knit cloth for team kits", "sports_fabric")],
        needs=[("yarn spun from recycled bottles, GRS certified", "rpet_yarn@GRS")], bcg=["circular"]),
    Sme("เสื้อบอลทีมอีสาน", "downstream", "Khon Kaen", SPORT, "th",
        offers=[("เสื้อฟุตบอลพิมพ์ลายทีม ตัดตามไซซ์", "sportswear")],
        needs=[("ต้องการผ้ากีฬาแห้งไว", "sports_fabric")]),
    Sme("กลุ่มรับซื้อเศษผ้าขอนแก่น", "upstream", "Khon Kaen", CIRC, "th",
        offers=[("เศษผ้าฝ้ายจากห้องตัด คัดสีแล้ว", "textile_scraps")],
        needs=[("รับซื้อเศษผ้าจากโรงงานตัดเย็บ", "textile_scraps_in")], bcg=["circular"]),
    Sme("ผ้าห่มเศษผ้ารีไซเคิล", "midstream", "Khon Kaen", CIRC, "th",
        offers=[("ใยฝ้ายตีจากเศษผ้า สำหรับยัดไส้", "recycled_fibre")],
        needs=[("ต้องการเศษผ้าฝ้ายคัดสี", "textile_scraps")], bcg=["circular"]),
    # ---------------------------------------------------------------- care, central
    Sme("Central Care Textiles", "midstream", "Pathum Thani", C, "en",
        offers=[("waterproof breathable bed-pad fabric", "waterproof_fabric")],
        certifications=["OEKO-TEX Standard 100"]),
    Sme("แผ่นรองซับผู้ป่วยบ้านสุข", "downstream", "Nonthaburi", C, "th",
        offers=[("แผ่นรองกันเปื้อนผู้ป่วยติดเตียง ซักได้", "underpad")],
        needs=[("ต้องการผ้ากันน้ำที่ระบายอากาศ ต้องผ่าน OEKO-TEX", "waterproof_fabric@OEKO-TEX Standard 100")]),
    Sme("โรงพยาบาลชุมชนบ้านไผ่", "downstream", "Khon Kaen", ISAN, "th",
        offers=[],
        needs=[("ต้องการแผ่นรองซับผู้ป่วยแบบซักได้", "underpad"), ("ต้องการเสื้อผู้ป่วยผ้าฝ้าย", "patient_gown")]),
    Sme("ชุดผู้ป่วยบ้านแพ้ว", "downstream", "Samut Sakhon", C, "th",
        offers=[("เสื้อคนไข้ผ้าฝ้าย ผูกด้านหลัง", "patient_gown")],
        needs=[("ต้องการผ้าฝ้ายผืนสำหรับตัดชุด", "cotton_cloth")]),
]  # fmt: skip


def links(smes: list[tuple[str, Sme]]) -> list[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for buyer_id, buyer in smes:
        for _, need in buyer.needs:
            wanted, _, cert = need.partition("@")
            accepted = {wanted} | ACCEPTS.get(wanted, set())
            for supplier_id, supplier in smes:
                if supplier_id == buyer_id or (cert and cert not in supplier.certifications):
                    continue
                if any(label in accepted for _, label in supplier.offers):
                    assert STAGES.index(supplier.stage) <= STAGES.index(buyer.stage), (supplier, buyer)
                    found.add((supplier_id, buyer_id))
    return sorted(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    smes = [(f"blind-{n:03d}", s) for n, s in enumerate(SMES, 1)]
    with (args.out / "profiles.jsonl").open("w", encoding="utf-8") as f:
        for sme_id, s in smes:
            row = {
                "id": sme_id,
                "name": s.name,
                "sub_cluster": s.sub_cluster,
                "stage": s.stage,
                "province": s.province,
                "offers": [text for text, _ in s.offers],
                "needs": [text for text, _ in s.needs],
                "certifications": s.certifications,
                "bcg": s.bcg,
                "contact_email": f"{sme_id}@example.com",
                "language": s.language,
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    found = links(smes)
    with (args.out / "links.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["supplier_id", "buyer_id"])
        writer.writerows(found)
    thai = sum(s.language == "th" for _, s in smes)
    print(f"{len(smes)} SMEs ({thai} writing Thai), {len(found)} links -> {args.out}")


if __name__ == "__main__":
    main()
