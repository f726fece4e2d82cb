"""Hand-written evaluation set `blind_plain_services`: plain registry entries of support trades.

Sewing- and knitting-machine dealers and repairers, dye and chemical suppliers, label and packaging
printers, pattern makers, design studios, laboratories, consultants, cutting, pressing, embroidery and
printing shops, couriers and trainers, and the growers, weavers, dyers, sewing groups, brands and
hospitals that buy from them. Every offer carries a label saying what the thing is; every need lists
the labels that would meet it (or says that no one in the set meets it). Links follow from the labels.

Run from the repository root: `.venv/bin/python eval/blind_plain_services/write.py`.
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
    unmet: str


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by any supplier offering one of `labels` and holding every cert in `certs`."""
    return Need(text, tuple(labels), tuple(certs), tuple(waives), "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `note` says why."""
    return Need(text, (), tuple(certs), tuple(waives), note)


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


HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
CENT = "ageing_lifestyle_central"
ISAN = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"

SMES: list[Sme] = []

# ---------------------------------------------------------------- bsv-001 .. bsv-020
SMES += [
    Sme(
        "bsv-001", "th", "ช.เจริญจักรกล (โบ๊เบ๊)", CENT, MID, "Bangkok", "chor.charoen.jak@gmail.com",
        (), (),
        [
            ("จักรเย็บอุตสาหกรรม JUKI DDL-8700 ของใหม่ ประกัน 1 ปี", "new_industrial_sewing_machine"),
            ("จักรโพ้ง 4 เส้น 5 เส้น Siruba / Pegasus ส่งพร้อมติดตั้ง", "new_industrial_sewing_machine"),
            ("อะไหล่จักร ฟันจักร ตีนผี กระสวย เข็ม", "sewing_machine_spare_parts"),
        ],
        [
            N("ลังกระดาษใบใหญ่ใส่หัวจักร", "corrugated_shipping_boxes"),
            N("รถ 6 ล้อ ส่งจักรไปต่างจังหวัด", "freight_truck_service"),
        ],
    ),
    Sme(
        "bsv-002", "th", "ช่างหนุ่มซ่อมจักร ขอนแก่น", ISAN, MID, "Khon Kaen", "changnum.kk@hotmail.com",
        (), ("circular",),
        [
            ("รับซ่อมจักรเย็บผ้าทุกชนิด จักรบ้าน จักรอุตฯ ไปซ่อมถึงที่", "sewing_machine_repair_service"),
            ("ขายจักรมือสอง ซ่อมแล้ว ตั้งจังหวะให้ พร้อมใช้", "used_industrial_sewing_machine"),
        ],
        [
            N("อะไหล่แท้ JUKI Brother ราคาส่ง", "sewing_machine_spare_parts"),
            N("มอเตอร์เซอร์โว ประหยัดไฟ ต้องการหลายตัว", "sewing_machine_spare_parts"),
        ],
    ),
    Sme(
        "bsv-003", "th", "ร้านสมใจอุปกรณ์ตัดเย็บ", CENT, MID, "Nakhon Pathom", "somjai.sewing@gmail.com",
        (), (),
        [
            ("เข็มจักร Organ / Schmetz ขายยกกล่อง", "sewing_machine_spare_parts"),
            ("กรรไกรตัดผ้า สายวัด ชอล์กเขียนผ้า", "sewing_hand_tools"),
            ("ด้ายเย็บผ้าโพลีเอสเตอร์ หลอดใหญ่ 5,000 หลา", "sewing_thread"),
        ],
        [
            N("บริการส่งพัสดุ เก็บเงินปลายทาง มารับที่ร้าน", "courier_parcel_service"),
            N("สติ๊กเกอร์ติดหลอดด้าย พิมพ์ชื่อร้าน", "printed_sticker_labels"),
        ],
    ),
    Sme(
        "bsv-004", "th", "บริษัท สยามเคมีสิ่งทอ จำกัด", CIRC, MID, "Samut Sakhon", "sales@siamtexchem.co.th",
        ("ISO 9001", "bluesign"), ("green",),
        [
            ("สีรีแอคทีฟ ย้อมฝ้าย เรยอน ขั้นต่ำ 25 กก.", "reactive_dyes"),
            ("ซอฟเทนเนอร์ซิลิโคน ผ้านุ่มลื่น", "softener_finishing_agent"),
            ("เกลือ โซดาแอช สารช่วยย้อม สารกันสีตก", "dyeing_auxiliary_chemicals"),
        ],
        [
            N("ห้องแล็บตรวจ pH และสีเอโซ (AZO) ในผ้า", "textile_testing_service"),
            N("ที่ปรึกษาทำระบบ ISO 14001", "certification_consulting_service"),
        ],
    ),
    Sme(
        "bsv-005", "th", "วิสาหกิจชุมชนปลูกครามบ้านดอนกอย", ISAN, UP, "Sakon Nakhon", "donkoi.indigo@gmail.com",
        ("Organic Thailand",), ("bio", "green"),
        [
            ("เนื้อครามเปียก หมักเอง กิโลละ 250 บาท", "natural_indigo_paste"),
            ("เมล็ดพันธุ์ครามฝัก ครามเมืองสกล", "indigo_seed"),
        ],
        [
            N("อยากเรียนย้อมครามขั้นสูง ให้สีติดทนไม่ตก", "natural_dyeing_course"),
            N("ถุงซิปล็อคหนา ใส่เนื้อคราม", "plastic_packing_bags"),
            U("ตู้อบแห้งพลังแสงอาทิตย์ สำหรับตากใบคราม", "no one in the set builds solar dryers"),
        ],
    ),
    Sme(
        "bsv-006", "th", "เลเบิลเฮาส์ ทอป้าย", CENT, MID, "Bangkok", "order@labelhouse-th.com",
        ("OEKO-TEX Standard 100",), (),
        [
            ("ป้ายทอ ป้ายคอเสื้อ ขั้นต่ำ 1,000 ชิ้น", "woven_labels"),
            ("ป้ายวิธีซัก ป้ายผ้าซาตินพิมพ์ไซส์", "care_labels"),
        ],
        [
            U("ช่างซ่อมเครื่องทอป้าย Müller", "no label-loom repairer in the set"),
            N("ขนส่งเอกชน เข้ารับของทุกวัน", "courier_parcel_service"),
        ],
    ),
    Sme(
        "bsv-007", "th", "ครูแดง แพทเทิร์น", CENT, MID, "Nonthaburi", "krudaeng.pattern@gmail.com",
        (), (),
        [
            ("รับทำแพทเทิร์นเสื้อผ้า เย็บตัวอย่างให้ดู", "pattern_making_grading_service"),
            ("เกรดไซส์ S-3XL ด้วยคอม ปริ้นพล็อตเตอร์", "pattern_making_grading_service"),
            ("สอนทำแพทเทิร์นเบื้องต้น รุ่นละ 10 คน", "pattern_making_course"),
        ],
        [
            U("โปรแกรม CAD ทำแพทเทิร์น ลิขสิทธิ์แท้", "no software vendor in the set"),
            N("จักรเย็บ จักรโพ้ง มือสองสภาพดี", "used_industrial_sewing_machine"),
        ],
    ),
    Sme(
        "bsv-008", "th", "ศูนย์ทดสอบสิ่งทอ เท็กซ์แล็บ", CENT, MID, "Pathum Thani", "lab@textlab-th.com",
        ("ISO 9001",), (),
        [
            ("ทดสอบความคงทนของสีต่อการซัก แสง เหงื่อ", "textile_testing_service"),
            ("ทดสอบแรงดึงขาด การขัดถู การหดตัวของผ้า", "textile_testing_service"),
        ],
        [
            N("ถุงซิปใส่ตัวอย่างผ้า ไซส์ A4", "plastic_packing_bags"),
        ],
    ),
    Sme(
        "bsv-009", "th", "ศรีสมุทรรับตัด-รีด", CENT, MID, "Samut Prakan", "srisamut.cut@gmail.com",
        (), ("circular",),
        [
            ("รับตัดผ้าตามแพทเทิร์นลูกค้า เครื่องใบมีด ครั้งละ 100 ชั้น", "fabric_cutting_service"),
            ("รับรีด พับ แพ็คถุง ติดป้าย", "garment_pressing_packing_service"),
            ("เศษผ้ายืดคอตตอนจากโต๊ะตัด ขายเป็นกิโล", "knit_cutting_waste"),
        ],
        [
            N("ถุงแก้ว OPP ใส่เสื้อ มีเทปกาว", "plastic_packing_bags"),
            N("ใบมีดเครื่องตัดผ้า KM 8 นิ้ว", "cutting_machine_parts"),
        ],
    ),
    Sme(
        "bsv-010", "th", "ร้านปักเทพ อุดร", ISAN, MID, "Udon Thani", "pakthep.udon@gmail.com",
        (), (),
        [
            ("รับปักชื่อ ปักโลโก้ บนเสื้อของลูกค้า ไม่มีขั้นต่ำ", "embroidery_service"),
            ("เสื้อโปโลปักโลโก้สั่งทำ สำหรับหน่วยงาน", "custom_embroidered_polo_shirts"),
        ],
        [
            N("เสื้อโปโลเปล่า ผ้าจูติ สีพื้น", "blank_polo_shirts"),
            N("ด้ายปักเรยอน Madeira", "embroidery_thread"),
            N("ซ่อมเครื่องปักทาจิม่า 6 หัว", "embroidery_machine_repair_service"),
        ],
    ),
    Sme(
        "bsv-011", "th", "อีสานด่วน ขนส่ง", ISAN, DOWN, "Khon Kaen", "isanduan@gmail.com",
        (), (),
        [
            ("ส่งพัสดุในภาคอีสาน ถึงใน 1 วัน", "courier_parcel_service"),
            ("รถกระบะเหมาคัน ขนผ้าม้วน ขนจักร", "freight_truck_service"),
        ],
        [
            N("กล่องลังหลายไซส์ ซื้อทีละ 500 ใบ", "corrugated_shipping_boxes"),
            N("สติ๊กเกอร์ความร้อนสำหรับใบปะหน้า ม้วนเปล่า", "blank_thermal_label_rolls"),
        ],
    ),
    Sme(
        "bsv-012", "th", "ศูนย์ฝึกอาชีพตัดเย็บ ครูสมพร", ISAN, MID, "Maha Sarakham", "kru.somporn.msk@gmail.com",
        (), (),
        [
            ("คอร์สตัดเย็บเสื้อผ้าเบื้องต้น 5 วัน", "sewing_training_course"),
            ("อบรมใช้จักรอุตสาหกรรม สอนถึงหมู่บ้าน", "sewing_training_course"),
        ],
        [
            N("จักรเย็บ 10 ตัว ใหม่หรือมือสองก็ได้", "new_industrial_sewing_machine", "used_industrial_sewing_machine"),
            N("ผ้าดิบราคาถูก ไว้ให้นักเรียนฝึก", "greige_cotton_fabric"),
        ],
    ),
    Sme(
        "bsv-013", "th", "กลุ่มแม่บ้านรับจ้างเย็บผ้าบ้านโนนสวรรค์", ISAN, MID, "Roi Et", "nonsawan.sew@gmail.com",
        ("OTOP",), ("circular",),
        [
            ("รับจ้างเย็บ ลูกค้าส่งผ้าที่ตัดแล้วมา เย็บเสร็จส่งคืน", "contract_sewing_service"),
            ("เศษผ้าฝ้ายเหลือจากการตัดเย็บ", "woven_cotton_offcuts"),
        ],
        [
            N("มีช่างซ่อมจักรที่มาถึงหมู่บ้านไหมคะ", "sewing_machine_repair_service"),
            N("หาคนมาสอนเย็บให้สมาชิกใหม่", "sewing_training_course"),
        ],
    ),
    Sme(
        "bsv-014", "th", "ครามสกล ย้อมรับจ้าง", ISAN, MID, "Sakon Nakhon", "kramsakon@gmail.com",
        ("OTOP",), ("bio", "green"),
        [
            ("รับย้อมครามผ้าของลูกค้า เมตรละ 60 บาท", "indigo_dyeing_service"),
            ("ผ้าฝ้ายทอมือย้อมครามธรรมชาติ เป็นม้วน", "indigo_dyed_cotton_fabric"),
        ],
        [
            N("ครามเปียก ครามหมัก", "natural_indigo_paste"),
            N("ผ้าฝ้ายทอมือสีขาวดิบ ยังไม่ย้อม", "handwoven_cotton_fabric"),
            N("กล่องใส่ผ้าพันคอ ปั๊มโลโก้", "rigid_gift_boxes"),
        ],
    ),
    Sme(
        "bsv-015", "th", "วิสาหกิจชุมชนปลูกกัญชงบ้านม้งรวมใจ", HEMP, UP, "Tak", "hmong.hemp.tak@gmail.com",
        (), ("bio",),
        [
            ("เปลือกกัญชงลอกมือ ตากแห้ง", "raw_hemp_fibre"),
        ],
        [
            U("เครื่องลอกเปลือกกัญชง", "no hemp decorticator maker in the set"),
            N("รถขนเปลือกกัญชงลงเชียงใหม่", "freight_truck_service"),
        ],
    ),
    Sme(
        "bsv-016", "th", "ฝ้ายกัญชงล้านนา", HEMP, UP, "Chiang Mai", "lanna.hempyarn@gmail.com",
        (), ("bio",),
        [
            ("เส้นด้ายกัญชงปั่นมือ ฟอกขาว", "hemp_yarn"),
            ("ด้ายกัญชงผสมฝ้าย 50/50", "hemp_cotton_blend_yarn"),
        ],
        [
            N("เปลือกกัญชงแห้ง ปริมาณมาก", "raw_hemp_fibre"),
            N("ทดสอบความแข็งแรงของเส้นด้าย", "textile_testing_service"),
            N("ป้ายแขวนกระดาษคราฟท์", "paper_hang_tags"),
        ],
    ),
    Sme(
        "bsv-017", "th", "กลุ่มปลูกฝ้ายอินทรีย์ด่านซ้าย", HEMP, UP, "Loei", "dansai.cotton@gmail.com",
        ("Organic Thailand",), ("bio",),
        [
            ("ปุยฝ้ายอินทรีย์ อีดเมล็ดออกแล้ว", "raw_cotton_fibre"),
            ("เมล็ดฝ้ายพันธุ์พื้นเมือง", "cotton_seed"),
        ],
        [
            N("รถส่งปุยฝ้ายไปโรงปั่นที่กรุงเทพ", "freight_truck_service"),
            N("คนช่วยทำเอกสารขอใบรับรอง", "certification_consulting_service"),
        ],
    ),
    Sme(
        "bsv-018", "th", "กลุ่มทอผ้าฝ้ายบ้านนาข่า", ISAN, MID, "Udon Thani", "nakha.weaving@gmail.com",
        ("OTOP",), (),
        [
            ("ผ้าฝ้ายทอมือ สีธรรมชาติ หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
            ("ผ้าขาวม้าลายตาราง", "pha_khao_ma"),
        ],
        [
            N("ด้ายฝ้ายเข็นมือ เส้นเล็ก", "handspun_cotton_yarn"),
            N("กี่กระตุก กี่ไม้", "wooden_handloom"),
            N("สีเคมีรีแอคทีฟ", "reactive_dyes"),
        ],
    ),
    Sme(
        "bsv-019", "th", "ใส่สบาย เสื้อผ้าผู้สูงวัย", CENT, DOWN, "Nonthaburi", "saisabai.wear@gmail.com",
        ("OEKO-TEX Standard 100",), (),
        [
            ("เสื้อผ่าหน้า ติดตีนตุ๊กแก ใส่ง่ายสำหรับผู้สูงอายุ", "adaptive_clothing_elderly"),
            ("กางเกงเอวยางยืด เปิดข้าง สำหรับผู้ป่วยติดเตียง", "adaptive_clothing_elderly"),
        ],
        [
            N("เทปตีนตุ๊กแก ม้วนละ 25 หลา", "hook_and_loop_tape"),
            N("รับเย็บตามแบบ ขั้นต่ำไม่เยอะ", "contract_sewing_service"),
            N("ป้ายยี่ห้อทอ พร้อมป้ายไซส์", "woven_labels"),
            N("ผ้ายืดคอตตอนนุ่ม ต้องมี OEKO-TEX", "cotton_jersey_fabric", certs=("OEKO-TEX Standard 100",)),
        ],
    ),
    Sme(
        "bsv-020", "th", "ฮักถิ่น กระเป๋าผ้าทอ", ISAN, DOWN, "Kalasin", "hakthin.bag@gmail.com",
        ("OTOP",), (),
        [
            ("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม", "handwoven_cotton_bag"),
            ("ย่ามผ้าขาวม้า", "handwoven_cotton_bag"),
        ],
        [
            N("ผ้าย้อมครามแบ่งขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
            N("ซิป YKK เบอร์ 5", "zippers"),
            N("ถุงกระดาษหูเชือก พิมพ์โลโก้", "paper_shopping_bags"),
        ],
    ),
]

# ---------------------------------------------------------------- bsv-021 .. bsv-040
SMES += [
    Sme(
        "bsv-021", "th", "เซียงกงจักรมือสอง แปดริ้ว", CENT, MID, "Chachoengsao", "siangkong.jak@gmail.com",
        (), ("circular",),
        [
            ("จักรมือสองญี่ปุ่น ยกโรงงาน ราคาเหมา", "used_industrial_sewing_machine"),
        ],
        [
            N("รับซื้อจักรเก่าจากโรงงานปิดกิจการ ทุกสภาพ", "used_industrial_sewing_machine"),
            N("รถเฮี๊ยบขนย้ายจักร", "freight_truck_service"),
        ],
    ),
    Sme(
        "bsv-022", "th", "ร้านเจริญผลอุปกรณ์ สำเพ็ง", CENT, MID, "Bangkok", "charoenphon.sampeng@gmail.com",
        (), (),
        [
            ("ซิปไนลอน ซิปทองเหลือง YKK ตัดตามความยาว", "zippers"),
            ("กระดุม ตะขอ กระดุมแป๊ก", "buttons_and_fasteners"),
            ("ด้ายปักเรยอน โพลีเอสเตอร์ ครบทุกสี", "embroidery_thread"),
        ],
        [
            N("ถุงพลาสติกใส หลายไซส์ ใส่อะไหล่", "plastic_packing_bags"),
            N("ขนส่งส่งของต่างจังหวัดทุกวัน", "courier_parcel_service"),
        ],
    ),
    Sme(
        "bsv-023", "th", "โรงพิมพ์กรุงเก่าฉลาก", CENT, MID, "Phra Nakhon Si Ayutthaya", "krungkao.label@gmail.com",
        ("FSC",), (),
        [
            ("ป้ายแขวนเสื้อ อาร์ตการ์ด เจาะรู ร้อยเชือก", "paper_hang_tags"),
            ("สติ๊กเกอร์ฉลากสินค้า ไดคัท กันน้ำ", "printed_sticker_labels"),
            ("สติ๊กเกอร์ความร้อน 100x150 ม้วนละ 500 ดวง", "blank_thermal_label_rolls"),
        ],
        [
            N("คนออกแบบโลโก้ ฉลาก ให้ลูกค้าที่ไม่มีไฟล์งาน", "graphic_branding_design_service"),
            U("เครื่องพิมพ์ดิจิทัลมือสอง HP Indigo", "no printing-press dealer in the set"),
        ],
    ),
    Sme(
        "bsv-024", "th", "นิมมานสกรีน", SPORT, MID, "Chiang Mai", "nimman.screen@gmail.com",
        (), (),
        [
            ("รับสกรีนเสื้อ สีจม สีลอย ขั้นต่ำ 30 ตัว", "screen_printing_service"),
            ("เสื้อยืดสกรีนลายล้านนา ขายส่ง", "printed_tshirts"),
        ],
        [
            N("เสื้อยืดเปล่า cotton 100% เบอร์ 32", "blank_tshirts"),
            N("สีสกรีนพลาสติซอล", "screen_printing_ink"),
        ],
    ),
    Sme(
        "bsv-025", "th", "โรงพยาบาลชุมชนน้ำพอง", ISAN, DOWN, "Khon Kaen", "linen.nampong@gmail.com",
        (), ("circular",),
        [
            ("ผ้าปูเตียงเก่าปลดระวาง ให้กลุ่มรีไซเคิล", "used_hospital_linen"),
        ],
        [
            N("ชุดผู้ป่วย เสื้อผูกหลัง", "patient_gowns"),
            N("ผ้าปูที่นอนโรงพยาบาล ทนซักน้ำร้อน", "hospital_bed_sheets"),
        ],
    ),
    Sme(
        "bsv-026", "en", "SpeedLink Express Delivery", CENT, DOWN, "Bangkok", "ops@speedlink-express.co.th",
        (), (),
        [
            ("Same-day messenger, Bangkok and Nonthaburi", "courier_parcel_service"),
            ("COD parcel pick-up from your shop, nationwide", "courier_parcel_service"),
        ],
        [
            N("printed poly mailers with our logo", "poly_mailer_bags"),
            N("4x6 thermal label rolls", "blank_thermal_label_rolls"),
        ],
    ),
    Sme(
        "bsv-027", "en", "Korat Cargo Trucking", ISAN, DOWN, "Nakhon Ratchasima", "booking@koratcargo.com",
        (), (),
        [
            ("6-wheel and 10-wheel truck hire, Isan to Bangkok", "freight_truck_service"),
            ("Warehouse space for fabric rolls, Korat", "warehouse_storage_service"),
        ],
        [
            U("Fleet GPS tracking system", "no telematics vendor in the set"),
            N("Cartons for palletising small loads", "corrugated_shipping_boxes"),
        ],
    ),
    Sme(
        "bsv-028", "en", "Pack & Print Solutions", CIRC, MID, "Pathum Thani", "sales@packprint.co.th",
        ("FSC",), ("circular",),
        [
            ("Corrugated cartons RSC, 3-ply / 5-ply, custom print", "corrugated_shipping_boxes"),
            ("Kraft paper shopping bags, twisted handles", "paper_shopping_bags"),
        ],
        [
            N("Packaging designer for dielines and artwork", "graphic_branding_design_service"),
            N("Truck delivery to upcountry customers", "freight_truck_service"),
        ],
    ),
    Sme(
        "bsv-029", "en", "Lamphun Rigid Box", CENT, MID, "Lamphun", "hello@lamphunbox.com",
        ("FSC",), (),
        [
            ("Rigid gift boxes, magnetic lid, hot stamping", "rigid_gift_boxes"),
            ("Paper tubes for scarves and shawls", "rigid_gift_boxes"),
        ],
        [
            U("FSC certified greyboard, 2 mm", "no board mill in the set", certs=("FSC",)),
            N("Logo and box artwork", "graphic_branding_design_service"),
        ],
    ),
    Sme(
        "bsv-030", "en", "Union Sewing Machinery Trading", SPORT, MID, "Chonburi", "union.sewing@gmail.com",
        ("ISO 9001",), (),
        [
            ("Brother, JUKI, Jack lockstitch and overlock, new, 2-yr warranty", "new_industrial_sewing_machine"),
            ("Straight knife cutters and blades (KM, Eastman)", "cutting_machine_parts"),
            ("Genuine parts: hooks, feed dogs, needle plates", "sewing_machine_spare_parts"),
        ],
        [
            N("Cartons for machine heads", "corrugated_shipping_boxes"),
            U("Course for our technicians on computerised machine electronics", "no electronics trainer in the set"),
        ],
    ),
    Sme(
        "bsv-031", "en", "Colortex Dyestuff (Thailand)", CIRC, MID, "Prachinburi", "sales@colortex-th.com",
        ("ISO 9001", "bluesign"), ("green",),
        [
            ("Disperse dyes for polyester, HT and sublimation grade", "disperse_dyes"),
            ("Acid dyes for silk, nylon and wool", "acid_dyes"),
            ("Reactive dyes (VS type), 25 kg drums", "reactive_dyes"),
        ],
        [
            N("Third-party test report on AZO and heavy metals", "textile_testing_service"),
            N("Freight forwarder for dye imports from India", "import_export_freight_forwarding"),
        ],
    ),
    Sme(
        "bsv-032", "en", "Trim World Supply", SPORT, MID, "Bangkok", "order@trimworld.asia",
        ("OEKO-TEX Standard 100",), (),
        [
            ("Hook and loop tape 2 cm sew-on, black/white", "hook_and_loop_tape"),
            ("Knitted elastic 1-5 cm, latex free", "elastic_band"),
            ("Fusible interlining, woven and non-woven", "fusible_interlining"),
        ],
        [
            N("Clear OPP bags for packing trims", "plastic_packing_bags"),
            N("Woven labels for our private-label range", "woven_labels"),
        ],
    ),
    Sme(
        "bsv-033", "en", "EcoPack Bags", CIRC, MID, "Samut Sakhon", "ecopackbags@gmail.com",
        ("GRS",), ("circular",),
        [
            ("Recycled LDPE poly mailers, 1-2 colour print", "poly_mailer_bags"),
            ("Clear OPP self-seal garment bags", "plastic_packing_bags"),
        ],
        [
            U("GRS recycled PE resin", "no plastics recycler in the set", certs=("GRS",)),
            N("Courier pick-up for bulk parcels", "courier_parcel_service"),
        ],
    ),
    Sme(
        "bsv-034", "en", "Certify Asia Consulting", CIRC, MID, "Bangkok", "contact@certifyasia.co",
        (), (),
        [
            ("GOTS / GRS / OCS consulting, gap audit to certificate", "certification_consulting_service"),
            ("ISO 9001 and ISO 14001 system set-up", "certification_consulting_service"),
        ],
        [
            N("Accredited lab for fibre content tests", "textile_testing_service"),
            N("Designer for our sustainability report layout", "graphic_branding_design_service"),
        ],
    ),
    Sme(
        "bsv-035", "en", "QTech Textile Testing Laboratory", HEMP, MID, "Chiang Mai", "qtech.lab.cm@gmail.com",
        ("ISO 9001",), (),
        [
            ("Fibre ID and hemp content testing", "textile_testing_service"),
            ("Colour fastness and pilling tests, 5-day turnaround", "textile_testing_service"),
        ],
        [
            N("Anyone couriering samples down from Chiang Rai and Nan?", "courier_parcel_service"),
            U("Spectrophotometer calibration", "no instrument service in the set"),
        ],
    ),
    Sme(
        "bsv-036", "en", "Bangpoo Dyeing Services", CIRC, MID, "Samut Prakan", "bangpoo.dyeing@gmail.com",
        ("ISO 14001",), (),
        [
            ("Commission dyeing of knit fabric, customer's greige, jet machines", "piece_dyeing_service"),
            ("Garment dyeing and enzyme wash", "garment_dyeing_washing_service"),
        ],
        [
            N("Reactive dyes, bulk", "reactive_dyes"),
            N("Silicone softener and fixing agents", "softener_finishing_agent", "dyeing_auxiliary_chemicals"),
        ],
    ),
    Sme(
        "bsv-037", "en", "Northern Hemp Textiles", HEMP, MID, "Chiang Rai", "info@northernhemp.co.th",
        ("OEKO-TEX Standard 100",), ("bio",),
        [
            ("Hemp yarn Nm 10-26, wet spun", "hemp_yarn"),
            ("100% hemp canvas 280 gsm, natural colour", "hemp_fabric"),
            ("Hemp/cotton 55/45 twill", "hemp_blend_fabric"),
        ],
        [
            N("Dried hemp bast fibre from hill communities", "raw_hemp_fibre"),
            N("Indigo dyeing of our hemp fabric, job work", "indigo_dyeing_service"),
        ],
    ),
    Sme(
        "bsv-038", "en", "RePoly Yarn Thailand", CIRC, UP, "Rayong", "sales@repolyyarn.com",
        ("GRS",), ("circular",),
        [
            ("rPET filament yarn 75D/72F from bottles, GRS", "recycled_polyester_yarn"),
            ("Recycled polyester staple fibre", "recycled_polyester_fibre"),
        ],
        [
            U("Washed PET bottle flakes, 10 t a month", "no bottle recycler in the set"),
            N("Lab test for recycled content claims", "textile_testing_service"),
        ],
    ),
    Sme(
        "bsv-039", "en", "Circular Fibre Lab", CIRC, UP, "Saraburi", "hello@circularfibrelab.com",
        ("GRS",), ("circular",),
        [
            ("Mechanically recycled cotton fibre from pre-consumer waste", "recycled_cotton_fibre"),
            ("Shoddy felt pads for packing", "recycled_felt"),
        ],
        [
            N("Cotton cutting waste from garment factories, sorted by colour", "woven_cotton_offcuts",
              "knit_cutting_waste"),
            N("Old hospital linen for recycling", "used_hospital_linen"),
        ],
    ),
    Sme(
        "bsv-040", "en", "Loomworks Greige Mill", CENT, MID, "Ratchaburi", "loomworks.mill@gmail.com",
        (), (),
        [
            ("Greige cotton sheeting 60 in, 40x40 133x72", "greige_cotton_fabric"),
            ("Cotton drill and canvas, unbleached", "greige_cotton_fabric"),
        ],
        [
            U("Spare parts for Toyota air-jet looms", "no loom-parts dealer in the set"),
            N("Combed cotton yarn Ne 20-40", "cotton_yarn"),
        ],
    ),
]

# ---------------------------------------------------------------- bsv-041 .. bsv-060
SMES += [
    Sme(
        "bsv-041", "th", "บ้านหม้อห้อมแม่ทองใบ", HEMP, MID, "Phrae", "maethongbai.mohom@gmail.com",
        ("OTOP",), ("bio",),
        [
            ("สอนย้อมสีธรรมชาติ ห้อม ครั่ง เปลือกไม้ วันเดียวจบ", "natural_dyeing_course"),
            ("เสื้อม่อฮ่อมคอจีน ผ้าฝ้ายย้อมห้อม", "mohom_indigo_shirt"),
        ],
        [
            N("ถุงผ้าดิบหูรูด ใส่เสื้อส่งลูกค้า", "cotton_drawstring_pouch"),
        ],
    ),
    Sme(
        "bsv-042", "en", "FinishTech Chemicals", SPORT, MID, "Nakhon Pathom", "finishtech.chem@gmail.com",
        ("bluesign",), ("green",),
        [
            ("Fluorine-free DWR (C0) for outdoor and sportswear", "water_repellent_finish"),
            ("Antibacterial finish for socks and bedding", "antibacterial_finish"),
            ("Cationic softeners, hydrophilic silicones", "softener_finishing_agent"),
        ],
        [
            U("Pilot stenter for customer trials, rent by the day", "no finishing plant offering trial runs"),
        ],
    ),
    Sme(
        "bsv-043", "en", "Siam Label & Tag Printing", CENT, MID, "Nonthaburi", "siamlabeltag@gmail.com",
        ("OEKO-TEX Standard 100", "GRS"), (),
        [
            ("Damask woven labels, high density, MOQ 500", "woven_labels"),
            ("Swing tags, kraft or art card, string included", "paper_hang_tags"),
        ],
        [
            N("Recycled polyester yarn for recycled woven labels, must be GRS", "recycled_polyester_yarn",
              certs=("GRS",)),
        ],
    ),
    Sme(
        "bsv-044", "en", "Studio Kraam Design", HEMP, DOWN, "Phuket", "studio@kraamdesign.com",
        (), (),
        [
            ("Logo, label and packaging design for craft brands", "graphic_branding_design_service"),
            ("Product photography, white background, 300 THB/shot", "product_photography_service"),
        ],
        [
            N("Hemp and handwoven cotton swatches for mood boards", "hemp_fabric", "handwoven_cotton_fabric"),
        ],
    ),
    Sme(
        "bsv-045", "en", "Stitch & Print Buriram", SPORT, MID, "Buriram", "stitchprint.br@gmail.com",
        (), (),
        [
            ("Logo embroidery on your shirts, caps and bags", "embroidery_service"),
            ("Plastisol and water-based screen print", "screen_printing_service"),
            ("Embroidered patches, iron-on or velcro back", "embroidered_patches"),
        ],
        [
            N("Blank tees and polos in bulk", "blank_tshirts", "blank_polo_shirts"),
        ],
    ),
    Sme(
        "bsv-046", "en", "BKK Apparel CMT", CENT, MID, "Bangkok", "cmt@bkkapparel.co.th",
        ("ISO 9001",), (),
        [
            ("CMT sewing of your cut panels, 3,000 pcs a week", "contract_sewing_service"),
            ("Jersey cutting waste and overlock scraps, free pick-up", "knit_cutting_waste"),
        ],
        [
            N("Outside cutting room for peak orders", "fabric_cutting_service"),
        ],
    ),
    Sme(
        "bsv-047", "en", "Blank Basics Factory", SPORT, MID, "Nakhon Sawan", "sales@blankbasics.co",
        ("OEKO-TEX Standard 100",), (),
        [
            ("Plain cotton T-shirts No.32, 12 colours, S-3XL", "blank_tshirts"),
            ("Blank TC pique polos", "blank_polo_shirts"),
        ],
        [
            N("Who sells combed cotton jersey, 180 gsm?", "cotton_jersey_fabric"),
        ],
    ),
    Sme(
        "bsv-048", "en", "KnitPro Mill", CENT, MID, "Samut Prakan", "knitpro.mill@gmail.com",
        ("OEKO-TEX Standard 100",), (),
        [
            ("Cotton single jersey 160-200 gsm, OEKO-TEX", "cotton_jersey_fabric"),
            ("Cotton rib and interlock for collars", "cotton_jersey_fabric"),
        ],
        [
            N("Combed cotton yarn 30s", "cotton_yarn"),
        ],
    ),
    Sme(
        "bsv-049", "en", "Saha Spinning Lopburi", CIRC, UP, "Lopburi", "saha.spinning@gmail.com",
        ("GRS",), ("circular",),
        [
            ("Combed cotton yarn Ne 20/1-40/1, ring spun", "cotton_yarn"),
            ("Recycled cotton blend yarn 60/40, GRS", "recycled_cotton_blend_yarn"),
        ],
        [
            N("Recycled cotton fibre for blending", "recycled_cotton_fibre"),
        ],
    ),
    Sme(
        "bsv-050", "en", "KM Knit Machinery", SPORT, MID, "Pathum Thani", "kmknit.machinery@gmail.com",
        (), (),
        [
            ("Used circular knitting machines: Mayer & Cie body machines, Lonati sock machines", "knitting_machine"),
            ("Repair and overhaul of circular and flat knitting machines", "knitting_machine_repair_service"),
        ],
        [
            U("Groz-Beckert needles and sinkers, bulk", "no needle importer in the set"),
        ],
    ),
    Sme(
        "bsv-051", "en", "Global Link Forwarding", CENT, DOWN, "Chonburi", "export@globallinkfw.com",
        (), (),
        [
            ("Sea and air freight, customs clearance, LCL to Japan and EU", "import_export_freight_forwarding"),
        ],
        [
            N("Export cartons, 5-ply", "corrugated_shipping_boxes"),
        ],
    ),
    Sme(
        "bsv-052", "en", "Pattern Lab Studio", CENT, MID, "Bangkok", "patternlab.bkk@gmail.com",
        (), (),
        [
            ("Gerber pattern digitising and grading", "pattern_making_grading_service"),
            ("Collection design and tech packs", "fashion_design_service"),
        ],
        [
            N("Small-run sewing for samples and pilot lots", "contract_sewing_service"),
        ],
    ),
    Sme(
        "bsv-053", "en", "Sportex Performance Fabrics", SPORT, MID, "Samut Sakhon", "sportex.fabrics@gmail.com",
        ("OEKO-TEX Standard 100", "GRS"), ("circular",),
        [
            ("Moisture-wicking polyester mesh and bird-eye, 140 gsm", "moisture_wicking_knit_fabric"),
            ("Nylon/spandex compression fabric, 4-way stretch", "compression_fabric"),
        ],
        [
            N("rPET filament yarn, GRS required", "recycled_polyester_yarn", certs=("GRS",)),
            N("Disperse dyes", "disperse_dyes"),
        ],
    ),
    Sme(
        "bsv-054", "en", "Hua Hin Sublimation Works", SPORT, MID, "Prachuap Khiri Khan", "huahinsubli@gmail.com",
        (), (),
        [
            ("Sublimation printing on polyester, your fabric or ours", "sublimation_printing_service"),
        ],
        [
            N("Wicking polyester mesh for team kits", "moisture_wicking_knit_fabric"),
            U("Sublimation ink and transfer paper", "no ink or paper supplier in the set"),
        ],
    ),
    Sme(
        "bsv-055", "en", "Pro Team Kits", SPORT, DOWN, "Songkhla", "proteamkits@gmail.com",
        (), (),
        [
            ("Football and running kits, custom names and numbers", "team_sportswear"),
        ],
        [
            N("Sublimation printing of our cut panels", "sublimation_printing_service"),
            N("Compression fabric for base layers", "compression_fabric"),
        ],
    ),
    Sme(
        "bsv-056", "en", "Comfort Sock Co.", CENT, MID, "Ang Thong", "comfortsock@gmail.com",
        (), (),
        [
            ("Seamless diabetic socks, non-binding top", "diabetic_socks"),
        ],
        [
            N("Antibacterial finish for socks", "antibacterial_finish"),
            N("Technician for Lonati sock machines", "knitting_machine_repair_service"),
        ],
    ),
    Sme(
        "bsv-057", "en", "ThaiCraft Online Academy", ISAN, DOWN, "Nakhon Phanom", "academy@thaicraftonline.com",
        (), (),
        [
            ("Online selling course for craft groups: Shopee, Lazada, TikTok", "online_selling_course"),
        ],
        [
            N("Handwoven cotton bags to use as course samples", "handwoven_cotton_bag"),
        ],
    ),
    Sme(
        "bsv-058", "en", "Bangkok Medical Centre", CENT, DOWN, "Bangkok", "purchasing@bkkmedcentre.com",
        (), (),
        [],
        [
            N("Patient gowns from an ISO 13485 certified maker", "patient_gowns", certs=("ISO 13485",)),
            N("Washable incontinence underpads, OEKO-TEX not required", "washable_underpads",
              waives=("OEKO-TEX Standard 100",)),
        ],
    ),
    Sme(
        "bsv-059", "en", "Rag & Wipe Recycling", CIRC, UP, "Chanthaburi", "ragwipe.recycle@gmail.com",
        (), ("circular",),
        [
            ("Cotton wiping rags cut from used T-shirts, 10 kg bales", "wiping_rags"),
        ],
        [
            N("Used clothing in bulk, unsorted", "used_clothing_bulk"),
        ],
    ),
    Sme(
        "bsv-060", "en", "Adaptive Wear by Nina", CENT, DOWN, "Nakhon Nayok", "nina.adaptivewear@gmail.com",
        (), (),
        [
            ("Magnetic-button shirts for arthritic hands", "adaptive_clothing_elderly"),
        ],
        [
            N("Magnetic buttons and snap fasteners", "buttons_and_fasteners"),
            N("Pattern grading for older body shapes", "pattern_making_grading_service"),
        ],
    ),
]

# ---------------------------------------------------------------- bsv-061 .. bsv-080
SMES += [
    Sme(
        "bsv-061", "en", "Tajima Service Centre Thailand", SPORT, MID, "Bangkok", "service@tajima-th.com",
        (), (),
        [
            ("Repair and servicing of Tajima / SWF multi-head embroidery machines",
             "embroidery_machine_repair_service"),
            ("Heat press machines 40x60, new", "heat_press_machine"),
        ],
        [
            N("Embroidery thread, rayon and poly, wholesale", "embroidery_thread"),
        ],
    ),
    Sme(
        "bsv-062", "en", "Silver Years Care Home", CENT, DOWN, "Chiang Mai", "admin@silveryearscare.com",
        (), (),
        [],
        [
            N("Easy-on clothes for residents, velcro or magnetic closures", "adaptive_clothing_elderly"),
            N("Washable bed pads, 50 pcs a month, ISO 13485 not needed", "washable_underpads",
              waives=("ISO 13485",)),
        ],
    ),
    Sme(
        "bsv-063", "en", "Andaman Spa Resort", CENT, DOWN, "Krabi", "spa@andamanresort.com",
        (), ("green",),
        [],
        [
            N("Herbal compress balls for massage, 200 pcs", "herbal_compress_ball"),
            N("Loincloths (pha khao ma) for spa guests", "pha_khao_ma"),
        ],
    ),
    Sme(
        "bsv-064", "en", "ScreenSupply Co.", SPORT, MID, "Samut Songkhram", "screensupply.co@gmail.com",
        (), (),
        [
            ("Plastisol and water-based screen inks", "screen_printing_ink"),
            ("Aluminium screen frames, mesh stretched to order", "screen_frames_mesh"),
        ],
        [
            U("Courier approved for dangerous goods (solvent inks)", "no courier in the set carries hazardous goods"),
        ],
    ),
    Sme(
        "bsv-065", "en", "EcoThread Upcycling", CIRC, DOWN, "Nonthaburi", "hello@ecothread.co",
        ("GRS",), ("circular",),
        [
            ("Patchwork tote bags made from denim offcuts", "upcycled_denim_bag"),
        ],
        [
            N("Denim offcuts and jeans cutting waste", "denim_cutting_waste"),
            N("Logo embroidery on finished bags", "embroidery_service"),
        ],
    ),
    Sme(
        "bsv-066", "en", "Hemp Home Living", HEMP, DOWN, "Mae Hong Son", "hemphomeliving@gmail.com",
        (), ("bio",),
        [
            ("Hemp cushion covers, natural and indigo", "hemp_cushion_cover"),
        ],
        [
            N("Hemp fabric by the metre", "hemp_fabric"),
            N("Gift boxes for cushion sets", "rigid_gift_boxes"),
        ],
    ),
    Sme(
        "bsv-067", "en", "Udon Natural Dye Supply", ISAN, UP, "Udon Thani", "naturaldye.udon@gmail.com",
        ("Organic Thailand",), ("bio",),
        [
            ("Dried lac, ebony fruit and jackfruit heartwood for dyeing", "natural_dye_plant_material"),
            ("Alum and iron mordants", "natural_dye_mordant"),
        ],
        [
            N("Printed stickers for dye packets", "printed_sticker_labels"),
        ],
    ),
    Sme(
        "bsv-068", "en", "Indigo Lane Boutique", ISAN, DOWN, "Bangkok", "indigolane.bkk@gmail.com",
        (), (),
        [
            ("Indigo-dyed shirts and dresses", "indigo_dyed_garments"),
        ],
        [
            N("Handwoven cotton dyed with real indigo, no synthetic indigo", "indigo_dyed_cotton_fabric"),
        ],
    ),
    Sme(
        "bsv-069", "en", "Pattaya Surf & Swim", SPORT, DOWN, "Chonburi", "pattayasurfswim@gmail.com",
        (), (),
        [
            ("Rash guards and board shorts", "swimwear"),
        ],
        [
            U("UPF 50+ chlorine-resistant swim fabric", "no swim fabric maker in the set"),
            N("Sublimation printing for rash guards", "sublimation_printing_service"),
        ],
    ),
    Sme(
        "bsv-070", "th", "ช่างไม้ทำกี่ บ้านโนนสัง", ISAN, UP, "Nong Bua Lam Phu", "nonsang.loom@gmail.com",
        (), (),
        [
            ("กี่ทอผ้าไม้ กี่กระตุก สั่งทำตามขนาด", "wooden_handloom"),
            ("ฟืม กระสวย อุปกรณ์ทอผ้า", "weaving_tools"),
        ],
        [
            N("มีที่ไหนสอนขายของออนไลน์บ้างครับ", "online_selling_course"),
        ],
    ),
    Sme(
        "bsv-071", "th", "กลุ่มปั่นฝ้ายเข็นมือบ้านหนองขาว", ISAN, UP, "Yasothon", "nongkhao.cotton@gmail.com",
        ("OTOP",), ("bio",),
        [
            ("ด้ายฝ้ายเข็นมือ เส้นเล็ก เส้นใหญ่", "handspun_cotton_yarn"),
        ],
        [
            N("ปุยฝ้าย", "raw_cotton_fibre"),
            N("ครั่ง มะเกลือ แก่นขนุน ไว้ย้อมด้าย", "natural_dye_plant_material"),
        ],
    ),
    Sme(
        "bsv-072", "th", "เมดิเท็กซ์ ผ้าโรงพยาบาล", CENT, DOWN, "Nakhon Ratchasima", "meditex.korat@gmail.com",
        ("ISO 13485", "ISO 9001"), (),
        [
            ("ชุดผู้ป่วย เสื้อผูกหลัง กางเกงเอวยืด", "patient_gowns"),
            ("ผ้าปูเตียงโรงพยาบาล ผ้าขวางเตียง", "hospital_bed_sheets"),
            ("แผ่นรองซับซักได้ สำหรับผู้ป่วยติดเตียง", "washable_underpads"),
        ],
        [
            N("ผ้าดิบหน้ากว้าง 90 นิ้ว ไว้ฟอกทำผ้าปู", "greige_cotton_fabric"),
        ],
    ),
    Sme(
        "bsv-073", "th", "ลูกประคบบ้านสวนสมุนไพร", CENT, DOWN, "Uthai Thani", "bansuan.herb@gmail.com",
        ("OTOP",), ("bio",),
        [
            ("ลูกประคบสมุนไพร ห่อผ้าฝ้าย", "herbal_compress_ball"),
        ],
        [
            N("ผ้าฝ้ายดิบห่อลูกประคบ ไม่ต้องมีตราเกษตรอินทรีย์", "greige_cotton_fabric",
              waives=("Organic Thailand",)),
        ],
    ),
    Sme(
        "bsv-074", "th", "บ้านผ้าขาวม้าสุพรรณ", CENT, MID, "Suphan Buri", "phakhaoma.suphan@gmail.com",
        ("OTOP",), (),
        [
            ("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "pha_khao_ma"),
        ],
        [
            N("ด้ายฝ้ายเบอร์ 20 เป็นลูก", "cotton_yarn"),
        ],
    ),
    Sme(
        "bsv-075", "th", "กระสอบมือสองโรงเกลือ", CIRC, UP, "Sa Kaeo", "rongklua.used@gmail.com",
        (), ("circular",),
        [
            ("เสื้อผ้ามือสองยกกระสอบ คละ", "used_clothing_bulk"),
        ],
        [
            N("รถสิบล้อขนกระสอบผ้า", "freight_truck_service"),
        ],
    ),
    Sme(
        "bsv-076", "th", "แม่สอดยีนส์ ตัดเย็บ", CIRC, MID, "Tak", "maesot.jeans@gmail.com",
        (), (),
        [
            ("เศษผ้ายีนส์จากโต๊ะตัด ขายเป็นกิโล", "denim_cutting_waste"),
        ],
        [
            N("ฟอกยีนส์ สโตนวอช ส่งกางเกงไปฟอก", "garment_dyeing_washing_service"),
        ],
    ),
    Sme(
        "bsv-077", "th", "กลุ่มเย็บถุงผ้าบ้านโคกสูง", ISAN, MID, "Chaiyaphum", "khoksung.bag@gmail.com",
        (), ("green",),
        [
            ("ถุงผ้าดิบหูรูด ใส่ของขวัญ ใส่เสื้อ", "cotton_drawstring_pouch"),
        ],
        [
            N("สกรีนโลโก้บนถุงผ้า", "screen_printing_service"),
        ],
    ),
    Sme(
        "bsv-078", "th", "กลุ่มทอผ้ากัญชงบ้านป่าคา", HEMP, MID, "Nan", "pakha.hemp@gmail.com",
        (), ("bio",),
        [
            ("ผ้าใยกัญชงทอมือ เขียนเทียน", "hemp_fabric"),
            ("กระเป๋าผ้ากัญชง", "hemp_bag"),
        ],
        [
            N("เส้นใยกัญชงปั่นแล้ว", "hemp_yarn"),
        ],
    ),
    Sme(
        "bsv-079", "th", "กลุ่มผ้าไหมมัดหมี่บ้านท่าสว่าง", ISAN, MID, "Surin", "thasawang.silk@gmail.com",
        ("Thai Silk Peacock Emblem",), (),
        [
            ("ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน", "mudmee_silk_fabric"),
        ],
        [
            N("สีย้อมไหม สีเอซิด", "acid_dyes"),
        ],
    ),
    Sme(
        "bsv-080", "th", "ไทยรันเนอร์ ชุดวิ่ง", SPORT, DOWN, "Phitsanulok", "thairunner.shop@gmail.com",
        (), (),
        [
            ("เสื้อวิ่งสั่งทำ พิมพ์ลายงานวิ่ง", "team_sportswear"),
        ],
        [
            N("ผ้าไมโครเมช ระบายเหงื่อ", "moisture_wicking_knit_fabric"),
            N("รับพิมพ์ซับลิเมชั่น", "sublimation_printing_service"),
        ],
    ),
]

# ---------------------------------------------------------------- bsv-081 .. bsv-095
SMES += [
    Sme(
        "bsv-081", "th", "บ้านพักผู้สูงอายุสุขใจ", CENT, DOWN, "Lampang", "sukjai.eldercare@gmail.com",
        (), (),
        [],
        [
            N("ถุงเท้าเบาหวาน ขอบไม่รัดข้อ", "diabetic_socks"),
            U("เตียงผู้ป่วยไฟฟ้า มือสอง", "no medical furniture seller in the set"),
        ],
    ),
    Sme(
        "bsv-082", "th", "กลุ่มตัดเย็บชุดนอนผู้สูงวัย บ้านแม่ใจ", CENT, DOWN, "Phayao", "maechai.sewing@gmail.com",
        ("OTOP",), (),
        [
            ("ชุดนอนผ้าฝ้าย ผู้สูงอายุ กระดุมใหญ่", "elderly_pajamas"),
            ("ชุดผู้ป่วยผ้าฝ้าย รับสั่งตัดให้ รพ.สต.", "patient_gowns"),
        ],
        [
            N("ยางยืดแบน 1 นิ้ว เป็นม้วน", "elastic_band"),
        ],
    ),
    Sme(
        "bsv-083", "th", "รีที เสื้อยืดรีไซเคิล", CIRC, DOWN, "Chiang Rai", "retee.shirt@gmail.com",
        (), ("circular",),
        [
            ("เสื้อยืดจากฝ้ายรีไซเคิล สีเทาท็อปดาย", "recycled_cotton_tshirts"),
        ],
        [
            N("ด้ายฝ้ายรีไซเคิลผสม ต้องมี GRS", "recycled_cotton_blend_yarn", certs=("GRS",)),
        ],
    ),
    Sme(
        "bsv-084", "th", "กัญชงไทย แฮนด์เมด", HEMP, DOWN, "Chiang Mai", "kanchongthai.handmade@gmail.com",
        (), ("bio",),
        [
            ("กระเป๋าเป้ผ้ากัญชง บุผ้าฝ้าย", "hemp_bag"),
        ],
        [
            N("น้ำยาเคลือบกันน้ำ แบบไม่มีฟลูออรีน", "water_repellent_finish"),
            N("ผ้ากัญชงผสมฝ้าย ลายทวิล", "hemp_blend_fabric"),
        ],
    ),
    Sme(
        "bsv-085", "th", "ผ้าไหมแพรวามุกดา", ISAN, DOWN, "Mukdahan", "praewa.mukda@gmail.com",
        ("OTOP",), (),
        [
            ("ผ้าพันคอไหม ทอมือ ลายขิด", "silk_scarf"),
        ],
        [
            N("ช่างภาพถ่ายสินค้า ลงเพจ", "product_photography_service"),
        ],
    ),
    Sme(
        "bsv-086", "th", "โรงพยาบาลศรีสะเกษเวชการ", ISAN, DOWN, "Sisaket", "supply.sskvech@gmail.com",
        (), (),
        [],
        [
            N("ผ้าปูเตียง ผ้าขวางเตียง สีขาว", "hospital_bed_sheets"),
            U("ผ้าม่านกั้นเตียงกันไฟ ต้องผ่าน มอก.", "no flame-retardant curtain maker in the set",
              certs=("Thai Industrial Standard",)),
        ],
    ),
    Sme(
        "bsv-087", "th", "โรงงานถุงเท้าเพชรบุรี", SPORT, MID, "Phetchaburi", "phet.socks@gmail.com",
        (), (),
        [
            ("ถุงเท้านักเรียน ถุงเท้ากีฬา ขั้นต่ำ 100 โหล", "school_sports_socks"),
        ],
        [
            N("เครื่องถักถุงเท้ามือสอง", "knitting_machine"),
        ],
    ),
    Sme(
        "bsv-088", "th", "กลุ่มพรมเช็ดเท้าบ้านหนองแวง", CIRC, DOWN, "Amnat Charoen", "nongwaeng.rug@gmail.com",
        (), ("circular",),
        [
            ("พรมเช็ดเท้าถักจากเศษผ้า", "rag_rug_doormat"),
        ],
        [
            N("เศษผ้าฝ้ายจากโรงงานตัดเย็บ", "woven_cotton_offcuts"),
        ],
    ),
    Sme(
        "bsv-089", "th", "สตูดิโอออกแบบ ลายไทยดีไซน์", CENT, DOWN, "Bangkok", "laithai.design@gmail.com",
        (), (),
        [
            ("รับออกแบบคอลเลกชันเสื้อผ้า ผ้าไทยร่วมสมัย", "fashion_design_service"),
        ],
        [
            N("ผ้าไหมมัดหมี่ มีตรานกยูง", "mudmee_silk_fabric", certs=("Thai Silk Peacock Emblem",)),
        ],
    ),
    Sme(
        "bsv-090", "th", "ร้านของฝากหนองคาย", ISAN, DOWN, "Nong Khai", "nongkhai.souvenir@gmail.com",
        (), (),
        [],
        [
            N("กระเป๋าผ้าทอ ต้องเป็นสินค้า OTOP", "handwoven_cotton_bag", certs=("OTOP",)),
            N("เสื้อม่อฮ่อม ไม่ต้องมี OTOP ก็ได้", "mohom_indigo_shirt", waives=("OTOP",)),
        ],
    ),
    Sme(
        "bsv-091", "th", "โรงย้อมด้ายนครศรี", CENT, MID, "Nakhon Si Thammarat", "nakhonsri.yarndye@gmail.com",
        (), (),
        [
            ("รับย้อมด้ายฝ้าย ด้ายไหม ของลูกค้า", "yarn_dyeing_service"),
        ],
        [
            N("โซดาแอช เกลือ สารช่วยย้อม", "dyeing_auxiliary_chemicals"),
        ],
    ),
    Sme(
        "bsv-092", "th", "ร้านตัดเสื้อป้าแดง ตรัง", CENT, DOWN, "Trang", "padaeng.tailor@gmail.com",
        (), (),
        [
            ("รับตัดชุดตามตัว ชุดไทย ชุดทำงาน", "custom_tailoring_service"),
        ],
        [
            N("ผ้ากาวรีดติด", "fusible_interlining"),
        ],
    ),
    Sme(
        "bsv-093", "th", "วิสาหกิจชุมชนทอผ้าบ้านดงบัง", ISAN, MID, "Bueng Kan", "dongbang.weave@gmail.com",
        ("OTOP",), (),
        [
            ("ผ้าซิ่นตีนจก ทอมือ", "tin_jok_sarong"),
        ],
        [
            N("อยากทำแบรนด์ ให้ออกแบบโลโก้ ป้ายสินค้า", "graphic_branding_design_service"),
            U("เงินทุนหมุนเวียนซื้อด้าย", "no lender in the set"),
        ],
    ),
    Sme(
        "bsv-094", "th", "กลุ่มปักผ้าม้งเขาค้อ", HEMP, MID, "Phetchabun", "khaokho.hmong@gmail.com",
        (), (),
        [
            ("ผ้าปักมือลายม้ง เป็นชิ้น", "hand_embroidered_panels"),
        ],
        [
            N("ผ้าฝ้ายทอมือสีพื้นไว้ปัก GOTS ไม่จำเป็น", "handwoven_cotton_fabric", waives=("GOTS",)),
        ],
    ),
    Sme(
        "bsv-095", "th", "ไทยพลัสเทค ผ้าเทคนิค", SPORT, MID, "Rayong", "thaiplustech@gmail.com",
        (), (),
        [
            ("เทปสะท้อนแสง เย็บติดเสื้อ", "reflective_tape"),
        ],
        [
            N("เส้นด้ายรีไซเคิลจากขวด มี GRS", "recycled_polyester_yarn", certs=("GRS",)),
            U("ผ้าโพลีรีไซเคิลจากขวดแบบผืนทอ ต้องมี GRS", "no one offers woven rPET fabric", certs=("GRS",)),
        ],
    ),
]

# ---------------------------------------------------------------- checks and output

ID_RE = re.compile(r"^bsv-\d{3}$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
THAI_RE = re.compile("[\u0e00-\u0e7f]")
TARGET_SMES = 95
LINK_RANGE = (140, 180)
UNMET_RANGE = (15, 25)


def _named(cert: str, text: str) -> bool:
    """Whether `text` names the certification `cert` (affirmed or waived)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for c in CERTIFICATIONS:
        if c.name != cert:
            continue
        words = (c.name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
        if any(unicodedata.normalize("NFKC", w).casefold() in folded for w in words):
            return True
        return any(re.search(unicodedata.normalize("NFKC", p), text) for p in c.patterns)
    return False


def _script_problem(lang: str, text: str) -> str:
    letters = [ch for ch in text if ch.isalpha() or THAI_RE.match(ch)]
    thai = sum(1 for ch in letters if THAI_RE.match(ch))
    if lang == "th":
        return "" if letters and thai * 2 > len(letters) else "mostly not Thai letters"
    if thai:
        return "Thai letters in an English profile"
    if any(not ("a" <= ch.lower() <= "z") for ch in letters):
        return "non-Latin letters in an English profile"
    return ""


def links() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for buyer in SMES:
        for need in buyer.needs:
            for supplier in SMES:
                if supplier.id != buyer.id and _meets(supplier, need):
                    found.add((supplier.id, buyer.id))
    return found


def _meets(supplier: Sme, need: Need) -> bool:
    held = set(supplier.certs)
    return any(label in need.labels for _, label in supplier.offers) and all(c in held for c in need.certs)


def check() -> list[str]:
    problems: list[str] = []
    ids = [s.id for s in SMES]
    if ids != [f"bsv-{i:03d}" for i in range(1, len(SMES) + 1)]:
        problems.append("ids are not bsv-001 .. in order")
    if len(SMES) != TARGET_SMES:
        problems.append(f"{len(SMES)} SMEs, want {TARGET_SMES}")
    subs, stages, bcgs = {str(x) for x in SubCluster}, {str(x) for x in Stage}, {str(x) for x in BcgTag}
    for s in SMES:
        where = s.id
        if not ID_RE.match(s.id):
            problems.append(f"{where}: bad id")
        if s.lang not in ("th", "en"):
            problems.append(f"{where}: language {s.lang!r}")
        if s.sub not in subs:
            problems.append(f"{where}: sub-cluster {s.sub!r}")
        if s.stage not in stages:
            problems.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            problems.append(f"{where}: province {s.province!r}")
        if not EMAIL_RE.match(s.email):
            problems.append(f"{where}: e-mail {s.email!r}")
        for c in s.certs:
            if resolve_certification(c) != c:
                problems.append(f"{where}: certification {c!r} is not a canonical name")
        if len(set(s.certs)) != len(s.certs) or len(set(s.bcg)) != len(s.bcg):
            problems.append(f"{where}: repeated certification or BCG tag")
        for tag in s.bcg:
            if tag not in bcgs:
                problems.append(f"{where}: BCG tag {tag!r}")
        if not s.name.strip():
            problems.append(f"{where}: empty name")
        if s.lang == "en" and THAI_RE.search(s.name):
            problems.append(f"{where}: Thai letters in an English name")
        if not 0 <= len(s.offers) <= 4 or not 1 <= len(s.needs) <= 4:
            problems.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        for text, label in s.offers:
            if not text.strip() or not label:
                problems.append(f"{where}: empty offer or label")
            if bad := _script_problem(s.lang, text):
                problems.append(f"{where}: offer {text!r}: {bad}")
        texts = [t for t, _ in s.offers] + [n.text for n in s.needs]
        if len(set(texts)) != len(texts):
            problems.append(f"{where}: repeated phrase")
        for need in s.needs:
            problems += _check_need(s, need)
    return problems


def _check_need(s: Sme, need: Need) -> list[str]:
    problems: list[str] = []
    where = f"{s.id}: need {need.text!r}"
    if bad := _script_problem(s.lang, need.text):
        problems.append(f"{where}: {bad}")
    if bool(need.labels) == bool(need.unmet):
        problems.append(f"{where}: must have labels or an unmet note, not both")
    for c in (*need.certs, *need.waives):
        if resolve_certification(c) != c:
            problems.append(f"{where}: certification {c!r} is not a canonical name")
        elif not _named(c, need.text):
            problems.append(f"{where}: {c} is not named in the text")
    if set(need.certs) & set(need.waives):
        problems.append(f"{where}: a certification both required and waived")
    for label in need.labels:
        if not any(o.id != s.id and label in {lb for _, lb in o.offers} for o in SMES):
            problems.append(f"{where}: no one else offers {label}")
    if need.labels and not any(o.id != s.id and _meets(o, need) for o in SMES):
        problems.append(f"{where}: no qualified supplier")
    if need.unmet and any(o.id != s.id and _meets(o, need) for o in SMES):
        problems.append(f"{where}: marked unmet")
    return problems


def _regions() -> Counter[str]:
    return Counter(str(resolve_province(s.province).region) for s in SMES)  # type: ignore[union-attr]


def counts(found: set[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in SMES}
    needs = [n for s in SMES for n in s.needs]
    th = sum(1 for s in SMES if s.lang == "th")
    th_en = sum(1 for a, b in found if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in found if by_id[a].lang == "en" and by_id[b].lang == "th")
    cross = th_en + en_th
    pct = 100 * cross / len(found) if found else 0.0
    rows = [
        ("profiles", str(len(SMES))),
        ("Thai / English profiles", f"{th} / {len(SMES) - th}"),
    ]
    rows += [(f"sub-cluster {sc}", str(sum(1 for s in SMES if s.sub == sc))) for sc in map(str, SubCluster)]
    rows += [(f"stage {st}", str(sum(1 for s in SMES if s.stage == st))) for st in map(str, Stage)]
    regions = _regions()
    rows += [(f"region {r}", str(regions[r])) for r in sorted(regions)]
    rows += [
        ("distinct provinces", str(len({s.province for s in SMES}))),
        ("offers", str(sum(len(s.offers) for s in SMES))),
        ("distinct offer labels", str(len({lb for s in SMES for _, lb in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{sum(1 for n in needs if n.labels)} / {sum(1 for n in needs if n.unmet)}"),
        ("needs requiring a certification", str(sum(1 for n in needs if n.certs))),
        ("needs waiving a certification", str(sum(1 for n in needs if n.waives))),
        ("true links", str(len(found))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links", f"{cross} ({pct:.1f} %)"),
        ("within-language links", str(len(found) - cross)),
        ("links between different sub-clusters", str(sum(1 for a, b in found if by_id[a].sub != by_id[b].sub))),
    ]
    return rows


def target_problems(found: set[tuple[str, str]]) -> list[str]:
    by_id = {s.id: s for s in SMES}
    needs = [n for s in SMES for n in s.needs]
    problems: list[str] = []
    th = sum(1 for s in SMES if s.lang == "th")
    if not 0.5 <= th / max(len(SMES), 1) <= 0.6:
        problems.append(f"{th} Thai profiles of {len(SMES)}: want about 55 %")
    if not LINK_RANGE[0] <= len(found) <= LINK_RANGE[1]:
        problems.append(f"{len(found)} links, want {LINK_RANGE[0]}-{LINK_RANGE[1]}")
    cross = sum(1 for a, b in found if by_id[a].lang != by_id[b].lang)
    if cross * 100 < 45 * len(found):
        problems.append(f"{cross} cross-language links of {len(found)}: want at least 45 %")
    unmet = sum(1 for n in needs if n.unmet)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        problems.append(f"{unmet} needs met by no one, want {UNMET_RANGE[0]}-{UNMET_RANGE[1]}")
    if not any(n.certs for n in needs) or not any(n.waives for n in needs):
        problems.append("want needs that require a certification and needs that waive one")
    if {s.sub for s in SMES} != {str(x) for x in SubCluster} or {s.stage for s in SMES} != {str(x) for x in Stage}:
        problems.append("not every sub-cluster and stage is used")
    if len({s.province for s in SMES}) < 30:
        problems.append("fewer than 30 provinces")
    if sum(1 for s in SMES if not s.offers) > 6:
        problems.append("too many SMEs without offers")
    return problems


def profile(s: Sme) -> dict[str, object]:
    return {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [t for t, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }


def main() -> int:
    found = links()
    problems = check() + target_problems(found)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problems; nothing written", file=sys.stderr)
        for key, value in counts(found):
            print(f"{key}: {value}", file=sys.stderr)
        return 1
    jsonl = "".join(json.dumps(profile(s), ensure_ascii=False) + "\n" for s in SMES)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(found))
    (HERE / "profiles.jsonl").write_text(jsonl, encoding="utf-8")
    (HERE / "links.csv").write_text(out.getvalue(), encoding="utf-8")
    print("| count | value |\n|---|---|")
    for key, value in counts(found):
        print(f"| {key} | {value} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
