"""Hand-labelled evaluation set: plain registry entries of an industrial/institutional textile-and-wellness cluster.

Every offer carries a label saying what the thing is. Every need lists the offer labels that would meet it (and the
certifications its text requires), or is marked as met by no one. A (supplier, buyer) pair is a true link when some
offer of the supplier has a label listed by one of the buyer's needs and the supplier holds every certification that
need requires. Run from the repository root:

    .venv/bin/python eval/blind_plain_industry/write.py

The script checks the data and writes profiles.jsonl and links.csv next to itself only if every check passes.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.taxonomy import BcgTag, Stage, SubCluster, resolve_certification, resolve_province  # noqa: E402

ID_PREFIX = "bpi-"


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    certs: tuple[str, ...] = ()  # certifications the text requires (canonical names)
    waives: tuple[str, ...] = ()  # certifications the text names only to waive them
    note: str = ""  # for needs met by no one: what it asks for


@dataclass
class Sme:
    name: str
    sub_cluster: str
    stage: str
    province: str
    language: str
    email: str
    offers: list[Offer] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    certifications: list[str] = field(default_factory=list)
    bcg: list[str] = field(default_factory=list)
    id: str = ""


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, tuple(labels), certs, waives)


def unmet(text: str, note: str) -> Need:
    return Need(text, note=note)


HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AGE_C = "ageing_lifestyle_central"
AGE_I = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"

PEACOCK = "Thai Silk Peacock Emblem"
OEKO = "OEKO-TEX Standard 100"
TIS = "Thai Industrial Standard"
FDA = "Thai FDA"

SMES: list[Sme] = [
    # ------------------------------------------------------------------ hemp, cotton, silk, natural fibres
    Sme(
        "วิสาหกิจชุมชนกลุ่มปลูกกัญชงบ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        "th",
        "hemp.maesamai@gmail.com",
        offers=[
            o("ต้นกัญชงตากแห้งทั้งลำ มัดละ 10 กก. ตัดช่วง ส.ค.-ก.ย.", "hemp_stalk_dried"),
            o("เปลือกกัญชงลอกมือ แช่น้ำแล้วตากแดด พร้อมนำไปเข็น", "hemp_bast_fibre"),
        ],
        needs=[
            n("ต้องการเครื่องลอกเปลือกกัญชงขนาดเล็ก ใช้ไฟบ้านได้", "hemp_decorticator"),
            n("อบรมการแยกเส้นใยและคัดเกรดเปลือกกัญชงให้สมาชิก", "hemp_processing_training"),
        ],
        bcg=["bio"],
    ),
    Sme(
        "กลุ่มทอผ้าใยกัญชงม้งบ้านห้วยน้ำขุ่น",
        HEMP,
        MID,
        "Tak",
        "th",
        "hmonghemp.huaynamkhun@gmail.com",
        offers=[
            o("ด้ายกัญชงเข็นมือ สีธรรมชาติ ไม่ฟอก ขายเป็นไจ", "hemp_yarn_handspun"),
            o("ผ้าใยกัญชงทอมือ หน้ากว้าง 35-40 ซม. ม้วนละ 10 เมตร", "hemp_fabric_handwoven"),
            o("ผ้าเขียนเทียนลายม้ง ย้อมคราม", "batik_fabric"),
        ],
        needs=[
            n("เปลือกกัญชงแห้ง ปีละประมาณ 500 กก.", "hemp_bast_fibre"),
            n("ครามเปียกคุณภาพดีสำหรับหม้อย้อม", "indigo_paste"),
            unmet("ขี้ผึ้งแท้สำหรับเขียนลาย", "beeswax for wax-resist drawing"),
        ],
        bcg=["bio"],
    ),
    Sme(
        "Hemp Lanna Co., Ltd.",
        HEMP,
        DOWN,
        "Chiang Mai",
        "en",
        "sales@hemplanna.co.th",
        offers=[
            o("Handwoven hemp tote bags, natural colour, private label OK", "hemp_bag"),
            o("Hemp/cotton shirts, relaxed fit, EU sizing", "hemp_shirt"),
        ],
        needs=[
            n("Looking for handwoven hemp cloth, min. 300 m per order", "hemp_fabric_handwoven"),
            n("Hand-spun hemp yarn for sampling, 20 kg", "hemp_yarn_handspun"),
            n("Need a freight forwarder for LCL shipments to Hamburg", "freight_forwarding_service"),
        ],
        bcg=["bio", "green"],
    ),
    Sme(
        "หจก. เชียงรายเฮมพ์ไฟเบอร์",
        HEMP,
        UP,
        "Chiang Rai",
        "th",
        "crhempfiber@hotmail.com",
        offers=[
            o("เส้นด้ายกัญชงปั่นเครื่อง Nm 10-20 ส่งทั่วประเทศ", "hemp_yarn_machine_spun"),
            o("รับจ้างปั่นด้ายจากเส้นใยของลูกค้า ขั้นต่ำ 200 กก./ล็อต", "spinning_service"),
            o("เศษใยและฝุ่นใยกัญชงจากสายการปั่น ขายเหมา", "hemp_fibre_waste"),
        ],
        needs=[
            n("รับซื้อเปลือกกัญชงแห้งปีละ 10 ตัน ประกันราคา", "hemp_bast_fibre"),
            n("อะไหล่เครื่องปั่น สปินเดิล แทรเวลเลอร์", "textile_machine_spare_parts"),
        ],
        bcg=["bio"],
    ),
    Sme(
        "Mae Hong Son Hemp Collective",
        HEMP,
        UP,
        "Mae Hong Son",
        "en",
        "mhs.hemp.collective@gmail.com",
        offers=[
            o("Low-THC hemp planting seed, registered variety", "hemp_seed"),
            o("Sun-dried retted hemp bark in 5 kg bundles", "hemp_bast_fibre"),
        ],
        needs=[
            n("Training on hemp fibre grading for 40 farmers", "hemp_processing_training"),
            n("Small loan for a village decortication shed", "microfinance_loan"),
        ],
        bcg=["bio"],
    ),
    Sme(
        "ศูนย์ถ่ายทอดเทคโนโลยีเส้นใยธรรมชาติล้านนา",
        HEMP,
        UP,
        "Chiang Mai",
        "th",
        "lannafibre.center@gmail.com",
        offers=[
            o("หลักสูตรอบรมการแปรรูปและคัดเกรดเส้นใยกัญชง รุ่นละ 30 คน", "hemp_processing_training"),
            o("ห้องแล็บทดสอบสิ่งทอ ความแข็งแรง สีตก ค่า pH ทราบผลใน 7 วัน", "textile_testing_lab"),
            o("อบรมย้อมสีธรรมชาติจากพืชในท้องถิ่น", "natural_dyeing_training"),
        ],
        needs=[n("เมล็ดพันธุ์กัญชง THC ต่ำ สำหรับแปลงสาธิต", "hemp_seed")],
        bcg=["bio"],
    ),
    Sme(
        "ส.เจริญการช่าง",
        HEMP,
        UP,
        "Lamphun",
        "th",
        "sjaroen.machine@gmail.com",
        offers=[
            o("เครื่องลอกเปลือกกัญชง ขนาดชุมชน มอเตอร์ 2 แรง", "hemp_decorticator"),
            o("เครื่องอีดฝ้ายไฟฟ้า แยกเมล็ดออกจากปุย", "cotton_ginning_machine"),
            o("เครื่องเข็นฝ้ายไฟฟ้า ใช้แทนหลา", "electric_spinning_wheel"),
            o("รับซ่อมเครื่องจักรในโรงงาน งานกลึง งานเชื่อม นอกสถานที่", "machinery_repair_service"),
        ],
    ),
    Sme(
        "วิสาหกิจชุมชนทอผ้าฝ้ายบ้านไร่ไผ่งาม",
        HEMP,
        MID,
        "Chiang Mai",
        "th",
        "raiphaingam.weaving@gmail.com",
        offers=[
            o("ฝ้ายเข็นมือสีตุ่น ฝ้ายพื้นเมืองแท้", "cotton_yarn_handspun"),
            o("ผ้าฝ้ายทอมือ ย้อมเปลือกไม้ ดอกดาวเรือง ครั่ง หลาละ 180 บาท", "handwoven_cotton_fabric_dyed"),
            o("ผ้าฝ้ายทอมือสีขาวนวล ยังไม่ย้อม", "handwoven_cotton_fabric_undyed"),
            o("เศษผ้าฝ้ายทอมือชิ้นเล็ก ขายเป็นกิโล", "handwoven_fabric_offcuts"),
        ],
        needs=[
            n("ปุยฝ้ายมีเมล็ด ฝ้ายตุ่น/ฝ้ายขาว", "seed_cotton_organic"),
        ],
        certifications=["OTOP"],
    ),
    Sme(
        "กลุ่มผู้ปลูกฝ้ายอินทรีย์บ้านนาแห้ว",
        HEMP,
        UP,
        "Loei",
        "th",
        "organiccotton.nahaeo@gmail.com",
        offers=[o("ปุยฝ้ายอินทรีย์ยังไม่อีดเมล็ด ได้มาตรฐานเกษตรอินทรีย์ กก.ละ 60 บาท", "seed_cotton_organic")],
        needs=[
            n("เครื่องหีบฝ้ายแยกเมล็ด ขนาดเล็ก", "cotton_ginning_machine"),
        ],
        certifications=["Organic Thailand"],
        bcg=["bio", "green"],
    ),
    Sme(
        "Sakon Indigo Studio",
        HEMP,
        MID,
        "Sakon Nakhon",
        "en",
        "hello@sakonindigo.com",
        offers=[
            o("Indigo vat dyeing on your fabric or yarn, from 20 m", "indigo_dyeing_service"),
            o("Fermented natural indigo paste, 1 kg tubs", "indigo_paste"),
            o("Indigo-dyed handloom cotton by the metre, shibori patterns available", "indigo_dyed_cotton_fabric"),
        ],
        needs=[
            n("Seeking fresh indigo leaves during harvest (Oct-Dec)", "indigo_leaves"),
            unmet("Slaked lime, food grade, for indigo vats", "slaked lime for vats"),
            n("Undyed handwoven cotton to dye, 100 m/month", "handwoven_cotton_fabric_undyed"),
        ],
        bcg=["bio"],
    ),
    Sme(
        "กลุ่มผู้ปลูกครามบ้านดอนกอย",
        HEMP,
        UP,
        "Sakon Nakhon",
        "th",
        "khramdonkoi@gmail.com",
        offers=[
            o("ต้นครามสด ตัดส่งช่วง ต.ค.-ธ.ค.", "indigo_leaves"),
            o("เนื้อครามเปียก หมักเอง กก.ละ 250 บาท สนใจทักไลน์ @khramdonkoi", "indigo_paste"),
        ],
        needs=[n("กระปุกพลาสติกฝาเกลียวใส่เนื้อคราม ขนาด 1 กก.", "plastic_jars")],
        bcg=["bio"],
    ),
    Sme(
        "วิสาหกิจชุมชนผ้าไหมบ้านนาโพธิ์",
        HEMP,
        MID,
        "Buriram",
        "th",
        "silk.naphoe@gmail.com",
        offers=[
            o("ผ้าไหมมัดหมี่ทอมือ ได้ตรานกยูงพระราชทาน (สีทอง)", "silk_fabric_handwoven"),
            o("เส้นไหมน้อยสาวมือ", "silk_yarn_handreeled"),
        ],
        needs=[
            n("รังไหมพันธุ์พื้นบ้านสีเหลือง", "silk_cocoons"),
        ],
        certifications=["ตรานกยูงพระราชทาน", "OTOP"],
    ),
    Sme(
        "กลุ่มเลี้ยงไหมบ้านหนองบัว",
        HEMP,
        UP,
        "Surin",
        "th",
        "nongbua.silkworm@gmail.com",
        offers=[
            o("รังไหมสดพันธุ์นางน้อย ส่งทุกรุ่น", "silk_cocoons"),
            o("ดักแด้ไหมต้ม สำหรับทำอาหาร", "silk_pupae"),
            o("ไหมสาวมือเส้นยืน", "silk_yarn_handreeled"),
        ],
        needs=[unmet("กิ่งพันธุ์หม่อนสายพันธุ์ดี 2,000 กิ่ง", "mulberry cuttings")],
        bcg=["bio"],
    ),
    Sme(
        "กลุ่มย้อมสีธรรมชาติบ้านเขวา",
        HEMP,
        MID,
        "Maha Sarakham",
        "th",
        "khwao.naturaldye@gmail.com",
        offers=[
            o("ครั่งดิบ (ครั่งกิ่ง) กก.ละ 120 บาท", "lac_dye"),
            o("รับย้อมเส้นไหม/เส้นฝ้ายด้วยสีธรรมชาติ ครั่ง ประโหด มะเกลือ", "natural_dyeing_service"),
            o("ผ้าไหมทอมือย้อมครั่ง ลายโบราณ", "silk_fabric_handwoven"),
            o("เปลือกประโหด แก่นขนุน ตากแห้ง สำหรับย้อมผ้า", "dye_plant_material"),
        ],
        needs=[n("ไหมดิบสาวเครื่อง ยังไม่ย้อม", "silk_yarn_machine_reeled")],
        bcg=["bio"],
    ),
    Sme(
        "Isan Silk Export Co., Ltd.",
        HEMP,
        DOWN,
        "Khon Kaen",
        "en",
        "export@isansilk.co.th",
        offers=[
            o("Naturally dyed silk scarves & stoles, export quality", "silk_scarf"),
            o("Silk cushion covers 45x45 cm", "silk_cushion_cover"),
        ],
        needs=[
            n("Handwoven mudmee silk carrying the Peacock Emblem", "silk_fabric_handwoven", certs=(PEACOCK,)),
            n("Machine-reeled silk yarn 20/22 denier", "silk_yarn_machine_reeled"),
        ],
    ),
    Sme(
        "บจก. โคราชสาวไหม",
        HEMP,
        UP,
        "Nakhon Ratchasima",
        "th",
        "info@koratsilkreeling.co.th",
        offers=[
            o("เส้นไหมดิบสาวเครื่อง 20/22 ดีเนียร์ เกรด 3A", "silk_yarn_machine_reeled"),
            o("เศษไหม ปุยไหมจากการสาว สำหรับปั่นไหมสปัน", "silk_waste"),
        ],
        needs=[
            n("รับซื้อรังไหมสดจากเกษตรกรลูกข่าย เดือนละ 2 ตัน", "silk_cocoons"),
            unmet("ผู้ตรวจสอบหม้อไอน้ำ (วิศวกรมีใบอนุญาต)", "licensed boiler inspection"),
        ],
    ),
    Sme(
        "กลุ่มจักสานใยกล้วยตานีบ้านหนองขาว",
        HEMP,
        UP,
        "Kanchanaburi",
        "th",
        "bananafibre.nongkhao@gmail.com",
        offers=[
            o("เส้นใยกล้วยตานีขูดแห้ง คัดเส้นยาว", "banana_fibre"),
            o("เชือกใยกล้วยฟั่นมือ ม้วนละ 50 เมตร", "banana_twine"),
        ],
        needs=[unmet("เครื่องขูดเส้นใยกาบกล้วย", "banana fibre extraction machine")],
        bcg=["bio"],
    ),
    Sme(
        "Pineapple Fibre Lab",
        HEMP,
        UP,
        "Prachuap Khiri Khan",
        "en",
        "lab@pineapplefibre.co",
        offers=[
            o("Degummed pineapple leaf fibre (PALF), 50 kg lots", "pineapple_leaf_fibre"),
            o("PALF/cotton blended yarn, machine-spun, Ne 16", "pineapple_blend_yarn"),
        ],
        needs=[
            unmet("Pineapple leaves after harvest, we collect around Pran Buri", "pineapple leaves from growers"),
            n("Contract spinning for our PALF blend, 300 kg trial", "spinning_service"),
        ],
        bcg=["bio", "circular"],
    ),
    Sme(
        "กลุ่มทอผ้าใยบัวบ้านบางปลาหมอ",
        HEMP,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "th",
        "lotusweave.ayutthaya@gmail.com",
        offers=[
            o("เส้นใยบัวสาวมือจากก้านบัวหลวง ผสมไหม", "lotus_silk_yarn"),
            o("ผ้าพันคอใยบัวทอมือ ของฝากพรีเมียม", "lotus_scarf"),
        ],
        needs=[
            unmet("ก้านบัวสด วันละ 20 กก.", "fresh lotus stems"),
        ],
        bcg=["bio"],
    ),
    Sme(
        "หจก. ผ้าทอวังเหนือ",
        HEMP,
        DOWN,
        "Lampang",
        "th",
        "wangnuea.textile@gmail.com",
        offers=[
            o("เสื้อผ้าฝ้ายทอมือทรงพื้นเมือง ย้อมคราม/ย้อมธรรมชาติ", "handwoven_cotton_garment"),
            o("รับตัดเย็บเสื้อผ้าจากผ้าที่ลูกค้าส่งมา", "sewing_service_cmt"),
        ],
        needs=[
            n("ผ้าฝ้ายทอมือย้อมคราม 200 หลา/เดือน", "indigo_dyed_cotton_fabric"),
            n("กระดุมกะลามะพร้าว 2 รู", "wooden_coconut_buttons"),
            n("จักรเย็บอุตสาหกรรม มือสองก็ได้", "industrial_sewing_machine"),
        ],
    ),
    Sme(
        "บจก. ไทยเฮมพ์เท็กซ์",
        HEMP,
        MID,
        "Phetchabun",
        "th",
        "sales@thaihemptex.co.th",
        offers=[
            o("ผ้ากัญชง 100% ทอเครื่อง หน้ากว้าง 150 ซม.", "hemp_fabric_machine_woven"),
            o("ผ้ากัญชงผสมฝ้าย 55/45 ฟอกขาวพร้อมตัด", "hemp_cotton_blend_fabric"),
        ],
        needs=[
            n("เส้นด้ายกัญชงปั่นเครื่อง Nm 14 เดือนละ 1 ตัน", "hemp_yarn_machine_spun"),
            n("ด้ายคอตตอนหวี 30/1", "cotton_yarn_ring_spun", "organic_cotton_yarn"),
            n("หาโรงย้อมรับย้อม-ตกแต่งผ้าพับ", "fabric_dyeing_service_industrial"),
        ],
        bcg=["bio"],
    ),
    Sme(
        "Greenfield Hemp Home",
        HEMP,
        DOWN,
        "Bangkok",
        "en",
        "orders@greenfieldhemp.com",
        offers=[o("Hemp bed sheets & pillowcases for boutique hotels", "hemp_bed_linen")],
        needs=[
            n("Wide-width hemp fabric 150 cm+, no GOTS needed", "hemp_fabric_machine_woven", waives=("GOTS",)),
            n("Handloom weaving of yarn we supply", "weaving_service"),
        ],
        bcg=["green"],
    ),
    # ------------------------------------------------------------------ circular textile
    Sme(
        "ร้านรับซื้อของเก่า ส.รุ่งเรืองรีไซเคิล",
        CIRC,
        UP,
        "Samut Sakhon",
        "th",
        "srungruang.recycle@gmail.com",
        offers=[
            o("ขวด PET ใส อัดก้อน ส่งโรงงานได้ทุกสัปดาห์", "used_pet_bottles"),
            o("เศษผ้าคอตตอนจากโรงงานตัดเย็บ คัดสีแล้ว กระสอบละ 30 กก.", "cotton_cutting_waste"),
        ],
        bcg=["circular"],
    ),
    Sme(
        "Siam rPET Fibre Co., Ltd.",
        CIRC,
        UP,
        "Rayong",
        "en",
        "sales@siamrpetfibre.com",
        offers=[
            o("Recycled polyester staple fibre 1.4D x 38 mm, GRS", "recycled_polyester_staple_fibre"),
            o("Hollow conjugated siliconised fibre (recycled) for pillows and quilts", "recycled_fibrefill"),
        ],
        needs=[
            n("Want to buy baled post-consumer PET bottles, 200 t/month", "used_pet_bottles"),
            n("Hot-washed clear PET flakes", "pet_flakes"),
        ],
        certifications=["GRS", "ISO 9001", "ISO 14001"],
        bcg=["circular"],
    ),
    Sme(
        "EcoLoop Yarn Co., Ltd.",
        CIRC,
        UP,
        "Samut Prakan",
        "en",
        "info@ecoloopyarn.com",
        offers=[
            o("rPET filament yarn 75D/36F DTY, GRS certified", "recycled_polyester_yarn"),
            o("Open-end recycled cotton/rPET yarn Ne 10-20", "recycled_cotton_blend_yarn"),
        ],
        needs=[
            n("rPET staple fibre 1.4D for OE blends", "recycled_polyester_staple_fibre"),
            n("Shredded pre-consumer cotton fibre", "recycled_cotton_fibre"),
            n("Used nylon fishing nets for a regenerated nylon pilot", "used_fishing_nets"),
        ],
        certifications=["GRS certified"],
        bcg=["circular"],
    ),
    Sme(
        "หจก. ไทยพัฒนาใยรีไซเคิล",
        CIRC,
        UP,
        "Nakhon Pathom",
        "th",
        "thaipattana.fibre@gmail.com",
        offers=[
            o("ใยฝ้ายรีไซเคิลฉีกจากเศษผ้า บรรจุกระสอบ 25 กก.", "recycled_cotton_fibre"),
            o("รับฉีกเศษผ้าของลูกค้าเป็นใย คิด กก.ละ 8 บาท", "textile_shredding_service"),
            o("ใยฉีกคละสี สำหรับยัดเบาะ ตุ๊กตา ที่นอน", "shoddy_filling_fibre"),
        ],
        needs=[
            n(
                "รับซื้อเศษผ้าคอตตอน 100% สีขาว/สีอ่อน เดือนละ 20 ตัน",
                "cotton_cutting_waste",
                "handwoven_fabric_offcuts",
            ),
            n("ผ้าเก่าจากโรงแรม โรงพยาบาล ฝ้ายล้วน", "post_consumer_textile_waste"),
        ],
        bcg=["circular"],
    ),
    Sme(
        "Second Life Apparel Sorting Co., Ltd.",
        CIRC,
        UP,
        "Chonburi",
        "en",
        "ops@secondlifesorting.com",
        offers=[
            o("Sorted secondhand clothing, grade A, 45 kg bales - WhatsApp our sales desk", "used_clothing_sorted"),
            o("Non-rewearable cotton-rich textiles for recycling", "post_consumer_textile_waste"),
        ],
        needs=[n("Shredding partner for non-rewearable cotton items", "textile_shredding_service")],
        bcg=["circular"],
    ),
    Sme(
        "ยีนส์ใหม่ใจเดิม",
        CIRC,
        DOWN,
        "Bangkok",
        "th",
        "jeansmaijaidoem@gmail.com",
        offers=[
            o("กระเป๋าอัพไซเคิลจากยีนส์เก่า ชิ้นเดียวในโลก", "upcycled_bag"),
            o("ผ้ากันเปื้อนร้านกาแฟจากยีนส์เหลือใช้ สั่งปักโลโก้ได้", "upcycled_apron"),
        ],
        needs=[
            n("กางเกงยีนส์มือสอง คัดแล้ว ไม่ขาด 200 ตัว/เดือน", "used_clothing_sorted"),
        ],
        bcg=["circular"],
    ),
    Sme(
        "The Andaman Bay Resort",
        CIRC,
        DOWN,
        "Phuket",
        "en",
        "purchasing@andamanbayresort.com",
        offers=[o("Retired towels and bed linen, approx. 2 t/year, free for recyclers", "post_consumer_textile_waste")],
        needs=[
            n("Hotel bath towels 600 gsm and bathrobes, OEKO-TEX certified", "hotel_towels", "bathrobe", certs=(OEKO,)),
            n("Amenity pouches made from recycled fabric", "upcycled_bag"),
        ],
        bcg=["circular"],
    ),
    Sme(
        "บจก. รีเทค นอนวูฟเว่น",
        CIRC,
        MID,
        "Chachoengsao",
        "th",
        "sales@retechnonwoven.co.th",
        offers=[
            o("แผ่นใยไม่ทอจากใยรีไซเคิล 200-800 แกรม งานบุรถยนต์ ฉนวนกันเสียง", "recycled_nonwoven_felt"),
            o("แผ่นใยโพลีเอสเตอร์ (วาดดิ้ง) สำหรับบุผ้านวม เบาะ", "polyester_wadding"),
        ],
        needs=[
            n("ใยโพลีเอสเตอร์รีไซเคิล 6D-15D", "recycled_polyester_staple_fibre"),
            n("เศษใยกัญชง ปอ จากโรงปั่น สำหรับแผ่นฉนวนธรรมชาติ", "hemp_fibre_waste"),
            n("ที่ปรึกษาขอใบรับรองวัสดุรีไซเคิล", "certification_consulting"),
        ],
        bcg=["circular"],
    ),
    Sme(
        "กลุ่มแม่บ้านทอพรมเศษผ้าบ้านโนนเขวา",
        CIRC,
        DOWN,
        "Chaiyaphum",
        "th",
        "nonkhwao.rugs@gmail.com",
        offers=[o("พรมเช็ดเท้าทอจากเศษผ้า ผืนละ 35 บาท ขายส่ง", "rag_rug")],
        needs=[
            n("เศษผ้ายืด ริมผ้า จากโรงงาน", "cotton_cutting_waste", "polyester_cutting_waste"),
            n("กี่ทอพรมไม้แบบพื้นบ้าน 3 หลัง", "handloom"),
            n("อบรมออกแบบผลิตภัณฑ์จากเศษผ้า", "upcycling_training"),
        ],
        bcg=["circular"],
    ),
    Sme(
        "Chiang Mai Zero Waste Studio",
        CIRC,
        DOWN,
        "Chiang Mai",
        "en",
        "studio@cmzerowaste.org",
        offers=[
            o("Upcycling workshops for community groups and schools", "upcycling_training"),
            o("Product design and prototyping for textile SMEs", "product_design_service"),
        ],
        needs=[
            n("Handloom offcuts from natural-fibre weavers, by the kilo", "handwoven_fabric_offcuts"),
            n("Banana fibre for woven-bag prototypes", "banana_fibre"),
        ],
        bcg=["circular"],
    ),
    Sme(
        "บจก. กรีนแพ็ค",
        CIRC,
        MID,
        "Pathum Thani",
        "th",
        "greenpack.sales@gmail.com",
        offers=[
            o("กล่องกระดาษคราฟท์ พิมพ์โลโก้ ขั้นต่ำ 500 ใบ ขอใบเสนอราคา greenpack.sales@gmail.com", "paper_boxes"),
            o("ถุงแก้ว OPP / ถุง PE ใส่เสื้อผ้า มีแถบกาว", "poly_bags"),
            o("ถุงกระดาษรีไซเคิล หูเชือก กระดาษได้ FSC", "paper_bags"),
            o("กระปุก PP ฝาเกลียว 250-1000 กรัม", "plastic_jars"),
        ],
        certifications=["FSC"],
        bcg=["green"],
    ),
    Sme(
        "Phuket Linen Care Co., Ltd.",
        CIRC,
        DOWN,
        "Phuket",
        "en",
        "service@phuketlinencare.com",
        offers=[
            o("Commercial laundry for hotels, spas & clinics, daily pickup", "laundry_service"),
            o("Retired linen sold by the kg as rags", "post_consumer_textile_waste"),
        ],
        needs=[
            n("Bulk laundry detergent & softener", "laundry_chemicals"),
        ],
        bcg=["circular"],
    ),
    Sme(
        "บจก. ไมโครทุนไทย",
        CIRC,
        DOWN,
        "Bangkok",
        "th",
        "loan@microtunthai.co.th",
        offers=[
            o("สินเชื่อรายย่อยสำหรับวิสาหกิจชุมชน วงเงินไม่เกิน 500,000 บาท อนุมัติใน 7 วัน", "microfinance_loan"),
            o("ลีสซิ่งเครื่องจักรสิ่งทอ ผ่อนสูงสุด 36 งวด", "equipment_leasing"),
        ],
    ),
    Sme(
        "โรงบดพลาสติก ป.ปัญญา",
        CIRC,
        UP,
        "Ratchaburi",
        "th",
        "porpanya.plastic@gmail.com",
        offers=[
            o("เกล็ด PET ใส ล้างร้อน ความชื้นต่ำ", "pet_flakes"),
            o("ฝาขวด PP บดละเอียด", "pp_regrind"),
        ],
        needs=[
            n("รับซื้อขวดน้ำดื่ม PET ใช้แล้ว ไม่จำกัดจำนวน", "used_pet_bottles"),
        ],
        bcg=["circular"],
    ),
    Sme(
        "Rayong Dye House Co., Ltd.",
        CIRC,
        MID,
        "Rayong",
        "en",
        "planning@rayongdyehouse.com",
        offers=[
            o(
                "Commission dyeing & finishing of woven and knit fabrics, 500 kg MOQ",
                "fabric_dyeing_service_industrial",
            ),
            o("Wicking, anti-odour and antibacterial finishing on customer fabric", "functional_finishing_service"),
        ],
        needs=[
            n("Reactive and disperse dyestuffs", "synthetic_dyes"),
            n("Levelling and wetting agents", "textile_auxiliaries"),
            n("Silver-based antibacterial finishing agent", "antibacterial_finishing_agent"),
        ],
        certifications=["bluesign", "ISO 14001"],
        bcg=["green"],
    ),
    Sme(
        "ThaiTex Testing & Certification Services",
        CIRC,
        MID,
        "Bangkok",
        "en",
        "lab@thaitextesting.com",
        offers=[
            o("Lab tests: colourfastness, pilling, tensile, pH, azo dyes; ISO 17025 lab", "textile_testing_lab"),
            o("GOTS/GRS certification consulting & audit preparation", "certification_consulting"),
        ],
    ),
    Sme(
        "Mae Sot Garment Co., Ltd.",
        CIRC,
        DOWN,
        "Tak",
        "en",
        "compliance@maesotgarment.com",
        offers=[
            o("Denim & cotton cutting waste, 30 t/month, sorted by colour", "cotton_cutting_waste"),
            o("CMT sewing for export brands (jeans, workwear)", "sewing_service_cmt"),
        ],
        needs=[
            unmet("Indigo denim 12 oz, 500,000 yards a year", "industrial denim fabric"),
            n("Toll shredding of our own cutting waste into fibre", "textile_shredding_service"),
            n("Sewing machine repair technicians on call", "sewing_machine_repair"),
        ],
        certifications=["SA8000"],
        bcg=["circular"],
    ),
    # ------------------------------------------------------------------ sportech
    Sme(
        "หจก. เคมีภัณฑ์สิ่งทอสยาม",
        SPORT,
        MID,
        "Samut Prakan",
        "th",
        "siamtexchem@gmail.com",
        offers=[
            o("สีรีแอคทีฟ สีดิสเพิร์ส ถัง 25 กก. ส่งฟรีในเขต กทม.", "synthetic_dyes"),
            o("สารช่วยย้อม สารเปียก ซอฟเทนเนอร์ซิลิโคน", "textile_auxiliaries"),
            o("น้ำยาซักผ้าและน้ำยาปรับผ้านุ่มสำหรับโรงซักรีด แกลลอน 20 ลิตร", "laundry_chemicals"),
            o("สารแอนตี้แบคทีเรีย ซิลเวอร์ไอออน สำหรับตกแต่งผ้า", "antibacterial_finishing_agent"),
        ],
    ),
    Sme(
        "Pro Athletica Knitting Co., Ltd.",
        SPORT,
        MID,
        "Chonburi",
        "en",
        "sales@proathletica.co.th",
        offers=[
            o("Moisture-wicking poly knit (bird-eye, micro-mesh), 140-160 gsm", "performance_knit_fabric"),
            o("Recycled polyester single jersey, GRS and OEKO-TEX", "recycled_polyester_knit_fabric"),
        ],
        needs=[
            n("rPET filament yarn 75D, GRS-certified only", "recycled_polyester_yarn", certs=("GRS",)),
            n("Spandex yarn 40D", "elastane_yarn"),
        ],
        certifications=["GRS", "OEKO-TEX Standard 100"],
        bcg=["circular"],
    ),
    Sme(
        "โรงงานเสื้อกีฬา ตาคลีสปอร์ต",
        SPORT,
        DOWN,
        "Nakhon Sawan",
        "th",
        "takhlisport@gmail.com",
        offers=[
            o("เสื้อกีฬาพิมพ์ซับลิเมชั่นทั้งตัว ออกแบบฟรี ขั้นต่ำ 20 ตัว", "sublimation_sports_jersey"),
            o("รับพิมพ์ซับลิเมชั่นลงผ้าม้วนของลูกค้า", "sublimation_printing_service"),
            o("ชุดวอร์ม แจ็คเก็ตนักกีฬา สกรีนชื่อโรงเรียน ราคาโรงงาน ส่งตรงถึงมือ", "tracksuit"),
        ],
        needs=[
            n(
                "ผ้าไมโครโพลีสีขาว ผ้ากีฬาแห้งไว สำหรับพิมพ์ซับ เดือนละ 2 ตัน",
                "performance_knit_fabric",
                "recycled_polyester_knit_fabric",
            ),
            unmet("หมึกซับลิเมชั่นและกระดาษทรานเฟอร์", "sublimation ink and transfer paper"),
            n("ช่างซ่อมจักรโพ้ง จักรลา", "sewing_machine_repair"),
        ],
    ),
    Sme(
        "Khorat Phoenix Football Club",
        SPORT,
        DOWN,
        "Nakhon Ratchasima",
        "en",
        "office@khoratphoenixfc.com",
        needs=[
            n("Looking for sublimated match kits (jersey + shorts), 300 sets a season", "sublimation_sports_jersey"),
            n("Compression knee & calf sleeves for the squad", "compression_support"),
            n("Embroidered club crest badges", "embroidered_patches"),
            n("Training tracksuits", "tracksuit"),
        ],
    ),
    Sme(
        "บจก. ไทยอีลาสติก",
        SPORT,
        MID,
        "Samut Prakan",
        "th",
        "sales@thaielastic.co.th",
        offers=[
            o("ยางยืดถัก/ทอ หน้ากว้าง 3-50 มม. สำหรับขอบกางเกง หูหน้ากาก", "elastic_tape"),
            o("สายเทปไนลอน/โพลีเอสเตอร์ (webbing) สำหรับกระเป๋า สายเป้", "webbing_strap"),
            o("ด้ายสแปนเด็กซ์หุ้มไนลอน", "elastane_yarn"),
            o("เทปตีนตุ๊กแก (Hook & Loop) ตัดตามขนาด", "hook_and_loop_tape"),
        ],
        needs=[unmet("เส้นยางพารากลมสำหรับหุ้ม (rubber thread)", "natural rubber thread")],
    ),
    Sme(
        "Surat Compression Wear Co., Ltd.",
        SPORT,
        DOWN,
        "Surat Thani",
        "en",
        "info@suratcompression.com",
        offers=[
            o("Sport compression sleeves: knee, elbow, calf", "compression_support"),
            o("Medical graduated compression stockings, class 1-2", "medical_compression_stockings"),
        ],
        needs=[
            n("Spandex powernet fabric, 20% elastane", "spandex_powernet_fabric"),
            unmet("Consultant for an ISO 13485 quality system", "ISO 13485 consulting"),
        ],
        certifications=["Thai FDA registered"],
    ),
    Sme(
        "ส.สยามนิตติ้ง",
        SPORT,
        MID,
        "Samut Sakhon",
        "th",
        "ssiamknitting@gmail.com",
        offers=[
            o("ผ้าพาวเวอร์เน็ต สแปนเด็กซ์ 20% หน้ากว้าง 150 ซม.", "spandex_powernet_fabric"),
            o("ผ้าตาข่าย 3D (แอร์เมช) หนา 3-10 มม.", "spacer_mesh_fabric"),
            o("ผ้าตาข่ายรีไซเคิลจากขวดพลาสติก", "recycled_polyester_knit_fabric"),
        ],
        needs=[
            n("เส้นไนลอนฟิลาเมนต์ 40D", "nylon_filament_yarn"),
        ],
    ),
    Sme(
        "Unity Yarn Trading Co., Ltd.",
        SPORT,
        UP,
        "Bangkok",
        "en",
        "trade@unityyarn.com",
        offers=[
            o("Nylon 6 filament 20D-70D, semi-dull", "nylon_filament_yarn"),
            o("Polyester/cotton TC yarn 45/1 and 32/1", "pc_blend_yarn"),
            o("Combed cotton yarn Ne 30/1, 32/1, 40/1 ex-stock", "cotton_yarn_ring_spun"),
            o("Organic cotton yarn Ne 20-40, TC on request", "organic_cotton_yarn"),
        ],
    ),
    Sme(
        "บจก. รันนิ่งฟินิกซ์ อีเว้นท์",
        SPORT,
        DOWN,
        "Chiang Mai",
        "th",
        "runningphoenix.event@gmail.com",
        needs=[
            n(
                "เสื้อวิ่งผ้ารีไซเคิลจากขวด PET 3,000 ตัว ไม่จำเป็นต้องมีใบรับรอง GRS",
                "recycled_polyester_running_shirt",
                waives=("GRS",),
            ),
        ],
    ),
    Sme(
        "Bangsaen Activewear Co., Ltd.",
        SPORT,
        DOWN,
        "Chonburi",
        "en",
        "hello@bangsaenactive.com",
        offers=[
            o("Running tees from recycled PET bottles, GRS", "recycled_polyester_running_shirt"),
            o("Nylon-spandex yoga leggings", "leggings"),
        ],
        needs=[
            n("Recycled poly jersey with GRS scope certificate", "recycled_polyester_knit_fabric", certs=("GRS",)),
            n("Sublimation printing on our own rPET fabric rolls", "sublimation_printing_service"),
            unmet("Reflective heat-transfer logos", "reflective heat-transfer labels"),
        ],
        certifications=["GRS"],
        bcg=["circular"],
    ),
    Sme(
        "โรงงานตัดเย็บ เอ็ม.เค.การ์เมนท์",
        SPORT,
        DOWN,
        "Ratchaburi",
        "th",
        "mkgarment.rb@gmail.com",
        offers=[
            o("รับเย็บชุดกีฬา CMT ใช้ผ้าลูกค้า ขั้นต่ำ 300 ตัว/แบบ", "sewing_service_cmt"),
            o("เศษผ้าโพลีเอสเตอร์จากการตัด ขายเหมาเป็นตัน", "polyester_cutting_waste"),
        ],
        needs=[
            n("จักรโพ้ง 4 เส้น 10 ตัว", "industrial_sewing_machine"),
        ],
    ),
    Sme(
        "Siam Sewing Machinery Co., Ltd.",
        SPORT,
        MID,
        "Bangkok",
        "en",
        "service@siamsewing.co.th",
        offers=[
            o(
                "Industrial sewing machines: lockstitch, overlock, coverstitch; new & reconditioned",
                "industrial_sewing_machine",
            ),
            o("On-site servicing and repair of sewing machines", "sewing_machine_repair"),
            o(
                "Spare parts for circular knitting & spinning machines: needles, sinkers, travellers",
                "textile_machine_spare_parts",
            ),
        ],
    ),
    Sme(
        "ร้านบ้านปัก",
        SPORT,
        MID,
        "Khon Kaen",
        "th",
        "banpak.kk@gmail.com",
        offers=[
            o("รับปักโลโก้ลงเสื้อที่ลูกค้านำมาเอง ตัวละ 25 บาท", "embroidery_service"),
            o("อาร์มปัก ตราโรงเรียน ตราสโมสร", "embroidered_patches"),
        ],
        needs=[unmet("ด้ายปักเรยอง 120D หลายสี", "rayon embroidery thread")],
    ),
    Sme(
        "Phuket International Academy",
        SPORT,
        DOWN,
        "Phuket",
        "en",
        "procurement@phuketacademy.ac.th",
        needs=[
            n("PE kits (T-shirt + shorts) with school crest, 800 sets", "sublimation_sports_jersey"),
            unmet("Swimwear and swim caps for the swim team", "swimwear"),
        ],
    ),
    Sme(
        "หจก. ตาข่ายใต้",
        SPORT,
        MID,
        "Songkhla",
        "th",
        "taikhaitai@gmail.com",
        offers=[
            o("ตาข่ายฟุตบอล วอลเลย์บอล ตะกร้อ ไนลอน/PE", "sports_nets"),
            o("อวนประมงเก่าตัดทิ้งจากเรือ ขายเหมา", "used_fishing_nets"),
        ],
        needs=[n("ด้ายไนลอน 210D", "nylon_filament_yarn")],
    ),
    Sme(
        "Eastern Seaboard Technical Fabrics Co., Ltd.",
        SPORT,
        MID,
        "Chachoengsao",
        "en",
        "sales@estfabrics.com",
        offers=[
            o("PU/PVC coated polyester for sports bags, tents and covers", "coated_fabric"),
            o("Waterproof coating of customers' fabrics, 1,000 m MOQ", "coating_laminating_service"),
        ],
        needs=[n("Coating auxiliaries: crosslinkers, water repellents", "textile_auxiliaries")],
    ),
    Sme(
        "โรงงานกระเป๋ากีฬา เอส.พี.แบ็ก",
        SPORT,
        DOWN,
        "Bangkok",
        "th",
        "spbag.factory@gmail.com",
        offers=[
            o("กระเป๋ากีฬา เป้ ผลิต OEM ตามแบบ", "sports_bag"),
            o("ถุงผ้าสปันบอนด์สกรีนโลโก้ ขั้นต่ำ 1,000 ใบ", "nonwoven_bag"),
        ],
        needs=[
            n("ผ้าเคลือบ PU กันน้ำ 600D", "coated_fabric"),
            n("โรงงานรับเคลือบกันน้ำผ้าที่เรามีอยู่", "coating_laminating_service"),
        ],
    ),
    Sme(
        "กลุ่มทอเสื่อกกบ้านแพง",
        HEMP,
        DOWN,
        "Chanthaburi",
        "th",
        "suekok.banphaeng@gmail.com",
        offers=[
            o("เสื่อกกจันทบูร ทอลาย 90x180 ซม.", "sedge_mat"),
            o("กระเป๋าเสื่อกก งานแฮนด์เมด", "sedge_bag"),
        ],
        needs=[
            n("สีย้อมกกชนิดทนแดด", "synthetic_dyes"),
            unmet("ต้นกกแห้ง (กกกลม) ช่วงหน้าแล้ง", "dried sedge stems"),
        ],
        certifications=["OTOP"],
    ),
    # ------------------------------------------------------------------ ageing lifestyle, central
    Sme(
        "Bangkok Spunbond Industries Co., Ltd.",
        AGE_C,
        MID,
        "Samut Prakan",
        "en",
        "sales@bkkspunbond.com",
        offers=[
            o("PP spunbond nonwoven 10-200 gsm, hydrophilic grades available", "pp_spunbond_nonwoven"),
            o("SMS nonwoven for medical gowns & drapes", "sms_nonwoven"),
        ],
        needs=[unmet("PP homopolymer resin, spunbond grade MFI 35, 100 t/month", "virgin PP resin")],
        certifications=["ISO 9001"],
    ),
    Sme(
        "ห้างฯ สยามเทรดดิ้ง (สำเพ็ง)",
        AGE_C,
        MID,
        "Bangkok",
        "th",
        "siamtrading.sampeng@gmail.com",
        offers=[
            o("ด้ายเย็บผ้าโพลีเอสเตอร์ 40/2 หลอด 5,000 หลา", "sewing_thread"),
            o("ซิปไนลอน ซิปโลหะ ซิปกันน้ำ ตัดตามความยาว", "zippers"),
            o("กระดุมแป๊กทองเหลือง ไม่มีนิกเกิล", "snap_buttons"),
            o("ป้ายทอคอเสื้อ ป้ายไซส์ ป้ายห้อย", "garment_labels_tags"),
        ],
    ),
    Sme(
        "Hua Hin Wellness Retreat",
        AGE_C,
        DOWN,
        "Prachuap Khiri Khan",
        "en",
        "stay@huahinwellness.com",
        needs=[
            n("Natural sedge or reed mats for yoga & stretching", "sedge_mat", "krajood_mat"),
            n("Herbal compress balls, 200 a week", "herbal_compress"),
        ],
    ),
    Sme(
        "โรงพยาบาลบางกรวยเวชการ",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "th",
        "purchase@bkwhospital.co.th",
        offers=[o("ผ้าปูที่นอนและชุดผู้ป่วยปลดระวาง ขายเหมาให้โรงงานรีไซเคิล", "post_consumer_textile_waste")],
        needs=[
            n("ผ้ายกตัวผู้ป่วย ซักได้ 100 ครั้งขึ้นไป", "patient_transfer_sheet"),
            n("ผ้าปูเตียงผู้ป่วย TC 200 ผืน", "hospital_bed_sheet"),
            n("ชุดผู้ป่วย เสื้อผ่าหน้า กางเกงเอวยางยืด", "patient_gown"),
            n("หน้ากากอนามัยทางการแพทย์ 3 ชั้น ต้องมี มอก. และ อย.", "surgical_mask_disposable", certs=(TIS, FDA)),
        ],
    ),
    Sme(
        "CareTex Medical Textiles Co., Ltd.",
        AGE_C,
        DOWN,
        "Pathum Thani",
        "en",
        "sales@caretexmedical.com",
        offers=[
            o("Reusable patient transfer / slide sheets, 150+ wash cycles", "patient_transfer_sheet"),
            o("Washable bed pads (underpads), 4-layer with TPU back", "washable_underpad"),
            o("Poly-cotton hospital bed sheets & pillowcases", "hospital_bed_sheet"),
        ],
        needs=[
            n("Sourcing breathable TPU-laminated waterproof fabric", "laminated_waterproof_fabric"),
            n("Poly-cotton 50/50 greige sheeting", "pc_greige_fabric"),
            n("Antimicrobial finishing on our finished sheets", "functional_finishing_service"),
        ],
        certifications=["ISO 13485", "Thai FDA", "ISO 9001"],
    ),
    Sme(
        "บจก. ลามิเนตไทย",
        AGE_C,
        MID,
        "Samut Sakhon",
        "th",
        "laminatethai@gmail.com",
        offers=[
            o("ผ้าเคลือบ TPU กันน้ำ ระบายอากาศ สำหรับผ้ารองกันเปื้อน ปลอกที่นอน", "laminated_waterproof_fabric"),
            o("รับลามิเนตฟิล์มลงผ้าที่ลูกค้าส่งมา", "coating_laminating_service"),
        ],
        needs=[
            unmet("ฟิล์ม TPU หนา 0.02-0.05 มม.", "TPU film"),
            n("ผ้าถักขาว คอตตอน/ทีซี สำหรับลามิเนต", "cotton_knit_fabric"),
        ],
    ),
    Sme(
        "บ้านพักผู้สูงอายุ บ้านสุขใจ",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "th",
        "bansukjai.care@gmail.com",
        needs=[
            n("แผ่นรองซับแบบซักได้ 100 ผืน", "washable_underpad"),
            n("ผ้าอ้อมผู้ใหญ่แบบใช้แล้วทิ้ง ไซส์ L เดือนละ 3,000 ชิ้น", "disposable_adult_diaper"),
            n("เสื้อผ้าผู้สูงอายุแบบใส่ง่าย ติดตีนตุ๊กแก/แม่เหล็ก", "adaptive_clothing"),
        ],
    ),
    Sme(
        "Silver Age Adaptive Wear",
        AGE_C,
        DOWN,
        "Bangkok",
        "en",
        "care@silverage.co.th",
        offers=[
            o(
                "Adaptive clothing: magnetic closures, open-back tops, wheelchair-friendly trousers",
                "adaptive_clothing",
            ),
            o("Hip protector briefs with removable pads", "hip_protector"),
        ],
        needs=[
            n(
                "Soft cotton jersey, OEKO-TEX certified",
                "cotton_knit_fabric",
                "organic_cotton_knit_fabric",
                certs=(OEKO,),
            ),
            unmet("Sew-in magnetic snap closures", "magnetic closures"),
        ],
    ),
    Sme(
        "หจก. ถุงเท้าเพื่อสุขภาพ",
        AGE_C,
        DOWN,
        "Samut Prakan",
        "th",
        "healthsocks.th@gmail.com",
        offers=[
            o("ถุงเท้ากันลื่น ปุ่มซิลิโคนใต้ฝ่าเท้า", "antislip_socks"),
            o("ถุงเท้าสำหรับผู้ป่วยเบาหวาน ขอบไม่รัด", "diabetic_socks"),
            o("ถุงเท้ากีฬาพื้นผ้าขนหนู", "sports_socks"),
        ],
        needs=[
            n("ด้ายฝ้ายหวี 32/1 เดือนละ 500 กก.", "cotton_yarn_ring_spun", "organic_cotton_yarn"),
            n("ด้ายคอตตอนรีไซเคิลผสม สำหรับถุงเท้ารุ่นรักษ์โลก", "recycled_cotton_blend_yarn"),
        ],
    ),
    Sme(
        "Golden Years Residence",
        AGE_C,
        DOWN,
        "Bangkok",
        "en",
        "admin@goldenyears.co.th",
        needs=[
            n("Washable incontinence pants for night use", "washable_incontinence_pants"),
            n("Slide sheets for turning residents", "patient_transfer_sheet"),
            n(
                "Cotton or poly-cotton bed sheets, no need for OEKO-TEX",
                "hospital_bed_sheet",
                "hotel_bed_linen",
                waives=(OEKO,),
            ),
        ],
    ),
    Sme(
        "บจก. ไทยแคร์โปรดักส์",
        AGE_C,
        DOWN,
        "Saraburi",
        "th",
        "sales@thaicareproducts.co.th",
        offers=[
            o("ผ้าอ้อมผู้ใหญ่แบบเทปกาว ใช้ครั้งเดียวทิ้ง มีเลข อย.", "disposable_adult_diaper"),
            o("แผ่นรองซับใช้แล้วทิ้ง 60x90 ซม.", "disposable_underpad"),
        ],
        needs=[
            n(
                "ผ้าสปันบอนด์ PP 15 แกรม ชนิดไฮโดรฟิลิก ผู้ผลิตต้องได้ ISO 9001",
                "pp_spunbond_nonwoven",
                certs=("ISO 9001",),
            ),
            unmet("เยื่อฟลัฟฟ์ (fluff pulp) และผง SAP", "fluff pulp and superabsorbent polymer"),
        ],
        certifications=["อย.", "ISO 13485"],
    ),
    Sme(
        "Krungsri Uniform Manufacturing Co., Ltd.",
        AGE_C,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "en",
        "orders@krungsriuniform.com",
        offers=[
            o("Nurse uniforms and surgical scrubs", "medical_scrubs"),
            o("Patient gowns, cotton or poly-cotton", "patient_gown"),
            o("Hospital laundry bags with drawstring", "laundry_bag"),
            o("Uniforms for hotel, spa and housekeeping staff", "staff_uniform"),
        ],
        needs=[
            n("TC 65/35 twill, dyed, for scrubs", "pc_twill_fabric_dyed"),
            n("Spun poly sewing thread", "sewing_thread"),
            n("Press studs / snap buttons", "snap_buttons"),
        ],
        certifications=["ISO 9001"],
    ),
    Sme(
        "บจก. พี.ซี. เท็กซ์ไทล์",
        AGE_C,
        MID,
        "Nakhon Pathom",
        "th",
        "pctextile.np@gmail.com",
        offers=[
            o("ผ้าดิบทีซี 65/35 ทอเครื่อง หน้ากว้าง 63 นิ้ว ยังไม่ฟอกย้อม", "pc_greige_fabric"),
            o("ผ้าทีซีทวิลย้อมสีพร้อมตัด สำหรับชุดฟอร์ม", "pc_twill_fabric_dyed"),
            o("ผ้าดิบคอตตอน 100% หน้าแคบ/หน้ากว้าง", "greige_cotton_fabric"),
        ],
        needs=[
            n("ด้าย TC 45/1 เดือนละ 5 ตัน", "pc_blend_yarn"),
        ],
    ),
    Sme(
        "Riverside Spa & Wellness",
        AGE_C,
        DOWN,
        "Bangkok",
        "en",
        "spa@riversidewellness.co.th",
        offers=[o("Used spa towels, about 300 kg a quarter", "post_consumer_textile_waste")],
        needs=[
            n("Pha khao ma for Thai massage, 500 pcs", "pha_khao_ma"),
            n("White spa towels and waffle bathrobes", "hotel_towels", "bathrobe"),
            n("Herbal compress balls", "herbal_compress"),
        ],
    ),
    Sme(
        "วิสาหกิจชุมชนสมุนไพรบ้านโป่ง",
        AGE_C,
        DOWN,
        "Ratchaburi",
        "th",
        "herb.banpong@gmail.com",
        offers=[
            o("ลูกประคบสมุนไพรแห้ง/สด ห่อผ้าดิบ", "herbal_compress"),
            o("หมอนสมุนไพรช่วยหลับ", "herbal_pillow"),
        ],
        needs=[
            n("ผ้าดิบสำหรับห่อลูกประคบ ม้วนละ 50 หลา", "greige_cotton_fabric", "handwoven_cotton_fabric_undyed"),
            unmet("เชือกฝ้ายเส้นเล็กสำหรับมัดลูกประคบ", "thin cotton string"),
        ],
        certifications=["OTOP"],
    ),
    Sme(
        "บจก. นุ่นไทย",
        AGE_C,
        DOWN,
        "Sing Buri",
        "th",
        "noonthai.kapok@gmail.com",
        offers=[
            o("ที่นอนนุ่นพับ 3 ตอน สำหรับนวดแผนไทย", "kapok_mattress"),
            o("หมอนนุ่นแท้", "kapok_pillow"),
            o("นุ่นดีดแล้ว กก.ละ 90 บาท", "kapok_fibre"),
        ],
        needs=[
            unmet("ฝักนุ่นแห้ง ปีละ 20 ตัน", "dried kapok pods"),
            n("ใยรีไซเคิลผสมนุ่นสำหรับที่นอนรุ่นประหยัด", "shoddy_filling_fibre", "recycled_fibrefill"),
        ],
    ),
    Sme(
        "Phitsanulok Provincial Health Office",
        AGE_C,
        DOWN,
        "Phitsanulok",
        "en",
        "procure.pslhealth@gmail.com",
        needs=[
            n("Washable cloth face masks for village health volunteers, 5,000 pcs", "reusable_cloth_mask"),
            n("Anti-slip socks for home-bound elderly", "antislip_socks"),
            n("Caregiver training on safe patient handling", "caregiver_training"),
        ],
    ),
    Sme(
        "กลุ่มเย็บหน้ากากผ้าบ้านคลองสาม",
        AGE_C,
        DOWN,
        "Pathum Thani",
        "th",
        "klongsam.mask@gmail.com",
        offers=[
            o("หน้ากากผ้าฝ้าย 2 ชั้น ซักได้ ชิ้นละ 15 บาท", "reusable_cloth_mask"),
            o("รับเย็บหน้ากาก ถุงผ้า จากผ้าที่ลูกค้าส่งมา", "sewing_service_cmt"),
        ],
        needs=[
            n("ผ้ามัสลิน ผ้าฝ้ายขาว 100%", "greige_cotton_fabric"),
        ],
    ),
    Sme(
        "MedSafe Mask Co., Ltd.",
        AGE_C,
        DOWN,
        "Samut Sakhon",
        "en",
        "qa@medsafemask.com",
        offers=[
            o("3-ply surgical face masks, TIS 2424, FDA registered", "surgical_mask_disposable"),
            o("Disposable SMS isolation gowns", "disposable_isolation_gown"),
        ],
        needs=[
            unmet("Meltblown BFE99 filter media", "meltblown filter media"),
            n("SMS nonwoven 35 gsm, light blue", "sms_nonwoven"),
            n("Flat ear-loop elastic 3 mm", "elastic_tape"),
        ],
        certifications=["มอก.", "Thai FDA", "ISO 13485"],
    ),
    Sme(
        "บจก. สยามโฮเทลลิเนน",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "th",
        "sales@siamhotellinen.co.th",
        offers=[
            o("ผ้าขนหนูโรงแรม คอตตอน 100% 16 ปอนด์/โหล", "hotel_towels"),
            o("ผ้าปูที่นอนโรงแรม ทอ 300 เส้นด้าย สีขาว", "hotel_bed_linen"),
            o("เสื้อคลุมอาบน้ำผ้าวาฟเฟิล", "bathrobe"),
        ],
        needs=[
            n("โรงย้อมรับย้อมผ้าขนหนูตามสีโรงแรม", "fabric_dyeing_service_industrial"),
        ],
        certifications=["Oeko-Tex 100"],
    ),
    # ------------------------------------------------------------------ ageing lifestyle, Isan
    Sme(
        "โรงพยาบาลชุมชนหนองเรือ",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "th",
        "nongruea.hosp@gmail.com",
        needs=[
            n("ผ้ายกผู้ป่วย 50 ผืน", "patient_transfer_sheet"),
            n("ชุดผู้ป่วยผ้าฝ้ายทอมือ (โครงการผ้าพื้นเมืองในโรงพยาบาล)", "patient_gown_handwoven"),
            n("ผ้าห่มสำหรับผู้ป่วย", "cotton_blanket_handwoven", "cotton_blanket_machine"),
        ],
    ),
    Sme(
        "วิสาหกิจชุมชนผ้าฝ้ายทอมือบ้านหนองเขื่อนช้าง",
        AGE_I,
        MID,
        "Maha Sarakham",
        "th",
        "nongkhuanchang.cotton@gmail.com",
        offers=[
            o("ชุดผู้ป่วยตัดจากผ้าฝ้ายทอมือ ใส่สบาย ระบายอากาศ", "patient_gown_handwoven"),
            o("ผ้าขาวม้าทอมือ ลายตาราง", "pha_khao_ma"),
            o("ผ้าฝ้ายทอมือย้อมสีธรรมชาติ หลาละ 150", "handwoven_cotton_fabric_dyed"),
        ],
        needs=[
            n("ครั่ง เปลือกไม้ สำหรับย้อมฝ้าย", "lac_dye", "dye_plant_material"),
        ],
        certifications=["OTOP"],
    ),
    Sme(
        "Isan Elder Care Network",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "en",
        "network@isaneldercare.org",
        offers=[o("Caregiver training courses in Thai and English", "caregiver_training")],
        needs=[
            n("We need washable adult incontinence pants, 1,000 pcs", "washable_incontinence_pants"),
            n("Locally made cotton blankets", "cotton_blanket_handwoven", "cotton_blanket_machine"),
            n("Hip protectors", "hip_protector"),
        ],
    ),
    Sme(
        "กลุ่มตัดเย็บผ้าอ้อมซักได้บ้านโนนสวรรค์",
        AGE_I,
        DOWN,
        "Roi Et",
        "th",
        "nonsawan.diaper@gmail.com",
        offers=[
            o("กางเกงซึมซับซักได้ สำหรับผู้สูงอายุ", "washable_incontinence_pants"),
            o("ผ้าอ้อมสาลูเด็ก", "cloth_baby_diapers"),
            o("แผ่นรองซับซักได้ ฝ้าย 4 ชั้น", "washable_underpad"),
        ],
        needs=[
            n("ผ้ากันน้ำ TPU สำหรับชั้นกันซึม", "laminated_waterproof_fabric"),
            n("แผ่นใยวาดดิ้งบาง", "polyester_wadding"),
        ],
    ),
    Sme(
        "กลุ่มทอผ้าห่มฝ้ายบ้านนาหว้า",
        AGE_I,
        DOWN,
        "Nakhon Phanom",
        "th",
        "nawa.blanket@gmail.com",
        offers=[
            o("ผ้าห่มฝ้ายทอมือ ลายขิด ผืนละ 650 บาท สั่งล่วงหน้า 1 เดือน", "cotton_blanket_handwoven"),
            o("หมอนขิด หมอนสามเหลี่ยม", "khit_pillow"),
        ],
        needs=[
            n("นุ่นยัดหมอน", "kapok_fibre"),
            n("ใยสังเคราะห์ยัดหมอน", "recycled_fibrefill"),
            n("นักออกแบบลายและผลิตภัณฑ์", "product_design_service"),
        ],
    ),
    Sme(
        "Udon Senior Living Resort",
        AGE_I,
        DOWN,
        "Udon Thani",
        "en",
        "gm@udonseniorliving.com",
        needs=[
            n(
                "Naturally dyed handwoven cotton for curtains and cushion covers",
                "handwoven_cotton_fabric_dyed",
                "indigo_dyed_cotton_fabric",
            ),
            n("Adaptive clothing for residents", "adaptive_clothing"),
            unmet("Pressure-relief wheelchair cushions", "wheelchair cushions"),
        ],
    ),
    Sme(
        "สตูดิโอดีไซน์อีสาน",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "th",
        "designisan.studio@gmail.com",
        offers=[
            o("ออกแบบผลิตภัณฑ์และลายผ้าร่วมกับกลุ่มทอ", "product_design_service"),
            o("ถ่ายภาพสินค้า ทำเพจ/LINE OA ให้ร้านค้าชุมชน", "online_marketing_service"),
            o("อบรมการขายออนไลน์สำหรับวิสาหกิจชุมชน", "marketing_training"),
        ],
    ),
    Sme(
        "Mekong Craft Export Co., Ltd.",
        AGE_I,
        DOWN,
        "Mukdahan",
        "en",
        "trade@mekongcraftexport.com",
        offers=[
            o("Export consolidation and freight forwarding for handicraft shipments", "freight_forwarding_service")
        ],
        needs=[
            n(
                "Naturally dyed handwoven cotton scarves; Fairtrade preferred but not required",
                "cotton_scarf",
                waives=("Fairtrade",),
            ),
            n("Mudmee silk with Peacock Emblem", "silk_fabric_handwoven", certs=(PEACOCK,)),
            n("Hand-drawn batik fabric", "batik_fabric"),
        ],
    ),
    Sme(
        "กลุ่มทอผ้าพันคอบ้านนาดี",
        AGE_I,
        MID,
        "Kalasin",
        "th",
        "nadi.scarf@gmail.com",
        offers=[
            o("ผ้าพันคอฝ้าย ย้อมครามและเปลือกไม้", "cotton_scarf"),
            o("รับทอผ้าตามแบบ ใช้ด้ายของลูกค้า", "weaving_service"),
        ],
        needs=[
            n("ฝ้ายเข็นมือ 50 กก.", "cotton_yarn_handspun"),
            n("ด้ายใยสับปะรดผสมฝ้าย ทดลองทอผ้าพันคอ", "pineapple_blend_yarn"),
        ],
    ),
    Sme(
        "ร้านสบายดีอีสานคราฟท์",
        AGE_I,
        DOWN,
        "Bangkok",
        "th",
        "sabaideeisancraft@gmail.com",
        needs=[
            n("ผ้าไหมมัดหมี่ ไม่จำเป็นต้องมีตรานกยูง", "silk_fabric_handwoven", waives=(PEACOCK,)),
            n("หมอนขิด", "khit_pillow"),
            n("กระเป๋าผ้าทอมือ", "hemp_bag"),
        ],
    ),
    Sme(
        "Buriram Rehabilitation Hospital",
        AGE_I,
        DOWN,
        "Buriram",
        "en",
        "supply@buriramrehab.go.th",
        needs=[
            n("Bed sheets and draw sheets, OEKO-TEX Standard 100", "hospital_bed_sheet", certs=(OEKO,)),
            n("Transfer sheets", "patient_transfer_sheet"),
            n("Scrubs for 300 nurses", "medical_scrubs"),
        ],
    ),
    Sme(
        "บจก. อีสานเท็กซ์ไทล์",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "th",
        "sales@isantextile.co.th",
        offers=[
            o("ผ้าปูเตียงผู้ป่วย ผ้าขวางเตียง ปลอกหมอน ผ้าทีซี", "hospital_bed_sheet"),
            o("ผ้าห่มสำลีสำหรับโรงพยาบาล", "cotton_blanket_machine"),
        ],
        needs=[
            n("แล็บทดสอบผ้าก่อนส่งมอบ", "textile_testing_lab"),
        ],
        certifications=["OEKO-TEX", "มอก."],
    ),
    Sme(
        "ร้านช่างไม้ลุงสมาน",
        AGE_I,
        MID,
        "Sisaket",
        "th",
        "lungsaman.loom@gmail.com",
        offers=[
            o("กี่ทอผ้าไม้เนื้อแข็ง กี่กระตุก ทำตามสั่ง", "handloom"),
            o("ฟืม ฟันหวี กระสวย อะไหล่กี่", "handloom_parts"),
            o("กระดุมไม้ กระดุมกะลามะพร้าว กลึงเอง", "wooden_coconut_buttons"),
        ],
    ),
    # ------------------------------------------------------------------ more natural fibre and buyers
    Sme(
        "กลุ่มผ้าบาติกบ้านทอน",
        HEMP,
        MID,
        "Narathiwat",
        "th",
        "batik.banthon@gmail.com",
        offers=[
            o("ผ้าบาติกเขียนมือ ผ้าฝ้าย/เรยอง ลายทะเลใต้", "batik_fabric"),
            o("รับเขียนบาติกบนเสื้อหรือผ้าที่ลูกค้านำมา", "batik_painting_service"),
        ],
        needs=[
            n("ผ้าฝ้ายขาวสำหรับเขียนเทียน", "greige_cotton_fabric"),
            unmet("เทียนเขียนบาติก พาราฟินผสมขี้ผึ้ง", "batik wax"),
        ],
    ),
    Sme(
        "กลุ่มจักสานกระจูดบ้านทะเลน้อย",
        HEMP,
        DOWN,
        "Phatthalung",
        "th",
        "krajood.thalenoi@gmail.com",
        offers=[
            o("เสื่อกระจูดย้อมสี พับได้", "krajood_mat"),
            o("กระเป๋ากระจูด ทรงโท้ท", "krajood_bag"),
        ],
        needs=[],
        certifications=["OTOP"],
    ),
    Sme(
        "Little Lotus Organic Babywear",
        HEMP,
        DOWN,
        "Chiang Mai",
        "en",
        "hello@littlelotusbaby.com",
        offers=[o("GOTS organic cotton baby rompers, bodysuits and swaddles", "organic_baby_clothes")],
        needs=[
            n("GOTS-certified organic cotton jersey, 160 gsm", "organic_cotton_knit_fabric", certs=("GOTS",)),
            n(
                "Natural dyeing of swaddles we supply (plant dyes only)",
                "natural_dyeing_service",
                "indigo_dyeing_service",
            ),
            n("FSC-certified paper gift bags", "paper_bags", certs=("FSC",)),
        ],
        certifications=["GOTS"],
    ),
    Sme(
        "บจก. ออร์แกนิคนิตติ้ง",
        HEMP,
        MID,
        "Bangkok",
        "th",
        "sales@organicknitting.co.th",
        offers=[
            o("ผ้ายืดคอตตอนออร์แกนิค ซิงเกิลเจอร์ซี่ 160 แกรม ได้ GOTS", "organic_cotton_knit_fabric"),
            o("ผ้ายืดคอตตอน 100% สีพื้น ขั้นต่ำ 25 กก./สี", "cotton_knit_fabric"),
            o("ผ้าไมโครไฟเบอร์ขนหนู", "microfibre_terry"),
        ],
        needs=[
            n("ด้ายคอตตอนออร์แกนิค Ne 30 ต้องมีใบรับรอง GOTS", "organic_cotton_yarn", certs=("GOTS",)),
            n("ด้ายคอตตอนหวี 30/1", "cotton_yarn_ring_spun", "organic_cotton_yarn"),
            n("บริการตกแต่งผ้ากันแบคทีเรีย", "functional_finishing_service"),
        ],
        certifications=["GOTS", "OEKO-TEX Standard 100"],
    ),
    Sme(
        "Thai Organic Spinning Co., Ltd.",
        HEMP,
        UP,
        "Phitsanulok",
        "en",
        "yarn@thaiorganicspinning.com",
        offers=[
            o("Organic cotton ring-spun yarn Ne 20-40, GOTS certified, new crop from March 2025", "organic_cotton_yarn")
        ],
        needs=[
            n(
                "Organic cotton lint or seed cotton, Organic Thailand certified",
                "seed_cotton_organic",
                certs=("Organic Thailand",),
            ),
        ],
        certifications=["GOTS", "OCS"],
        bcg=["bio"],
    ),
]

# ------------------------------------------------------------------ derived data and checks

TARGET_LINKS = (140, 180)
TARGET_UNMET = (15, 25)
MIN_CROSS_SHARE = 0.45
TARGET_TH_SHARE = (0.55, 0.65)
ID_RE = re.compile(r"^bpi-\d{3}$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_THAI = re.compile("[\u0e00-\u0e7f]")
_LATIN = re.compile("[A-Za-z]")


def assign_ids(smes: list[Sme]) -> None:
    for number, sme in enumerate(smes, start=1):
        sme.id = f"{ID_PREFIX}{number:03d}"


def held(sme: Sme) -> set[str]:
    return {resolve_certification(c) or c for c in sme.certifications}


def compute_links(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            wanted = set(need.labels)
            for supplier in smes:
                if supplier.id == buyer.id:
                    continue
                if {offer.label for offer in supplier.offers} & wanted and set(need.certs) <= held(supplier):
                    pairs.add((supplier.id, buyer.id))
    return sorted(pairs)


def script_share(texts: list[str]) -> tuple[int, int]:
    joined = " ".join(texts)
    return len(_THAI.findall(joined)), len(_LATIN.findall(joined))


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    by_label: dict[str, set[str]] = {}
    for sme in smes:
        for offer in sme.offers:
            by_label.setdefault(offer.label, set()).add(sme.id)
    names = Counter(s.name for s in smes)
    errors += [f"duplicate name {name}" for name, count in names.items() if count > 1]
    for sme in smes:
        where = sme.id
        if not ID_RE.match(sme.id):
            errors.append(f"{where}: bad id")
        if sme.sub_cluster not in {s.value for s in SubCluster}:
            errors.append(f"{where}: bad sub_cluster {sme.sub_cluster}")
        if sme.stage not in {s.value for s in Stage}:
            errors.append(f"{where}: bad stage {sme.stage}")
        if resolve_province(sme.province) is None:
            errors.append(f"{where}: unknown province {sme.province}")
        if sme.language not in ("th", "en"):
            errors.append(f"{where}: bad language")
        if not re.match(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$", sme.email):
            errors.append(f"{where}: bad email {sme.email}")
        errors += [
            f"{where}: unknown certification {c}" for c in sme.certifications if resolve_certification(c) is None
        ]
        errors += [f"{where}: bad bcg {b}" for b in sme.bcg if b not in {t.value for t in BcgTag}]
        if not 0 <= len(sme.offers) <= 4 or not 0 <= len(sme.needs) <= 4:
            errors.append(f"{where}: 0-4 offers and 0-4 needs")
        if not sme.offers and not sme.needs:
            errors.append(f"{where}: no offers and no needs")
        phrases = [x.text for x in sme.offers] + [x.text for x in sme.needs]
        for phrase in phrases:
            thai, latin = script_share([phrase])
            if sme.language == "th" and thai <= latin:
                errors.append(f"{where}: Thai profile phrase not mostly Thai: {phrase}")
            if sme.language == "en" and (thai > 0 or latin == 0):
                errors.append(f"{where}: English profile phrase not Latin: {phrase}")
        for offer in sme.offers:
            if not LABEL_RE.match(offer.label):
                errors.append(f"{where}: bad label {offer.label}")
        for need in sme.needs:
            if not need.labels and not need.note:
                errors.append(f"{where}: need with neither labels nor note: {need.text}")
            if need.labels and need.note:
                errors.append(f"{where}: need with labels and a note: {need.text}")
            for cert in (*need.certs, *need.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: need certification not canonical: {cert}")
            if set(need.certs) & set(need.waives):
                errors.append(f"{where}: need both requires and waives a certification")
            if need.certs and not need.labels:
                errors.append(f"{where}: unmet need with certifications")
            for label in need.labels:
                if not by_label.get(label, set()) - {sme.id}:
                    errors.append(f"{where}: label {label} offered by no one else")
            if need.labels and not any(
                s.id != sme.id and {o.label for o in s.offers} & set(need.labels) and set(need.certs) <= held(s)
                for s in smes
            ):
                errors.append(f"{where}: need listed as met but no supplier qualifies: {need.text}")
    return errors


def stats(smes: list[Sme], links: list[tuple[str, str]]) -> dict[str, object]:
    lang = {s.id: s.language for s in smes}
    sub = {s.id: s.sub_cluster for s in smes}
    needs = [need for s in smes for need in s.needs]
    offers = [offer for s in smes for offer in s.offers]
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    return {
        "profiles": len(smes),
        "language": Counter(s.language for s in smes),
        "sub_cluster": Counter(s.sub_cluster for s in smes),
        "stage": Counter(s.stage for s in smes),
        "region": regions,
        "provinces": len({resolve_province(s.province).name_en for s in smes}),  # type: ignore[union-attr]
        "offers": len(offers),
        "offer_labels": len({o.label for o in offers}),
        "needs": len(needs),
        "needs_met": sum(1 for x in needs if x.labels),
        "needs_unmet": sum(1 for x in needs if not x.labels),
        "needs_requiring_cert": sum(1 for x in needs if x.certs),
        "needs_waiving_cert": sum(1 for x in needs if x.waives),
        "links": len(links),
        "links_th_to_en": sum(1 for a, b in links if lang[a] == "th" and lang[b] == "en"),
        "links_en_to_th": sum(1 for a, b in links if lang[a] == "en" and lang[b] == "th"),
        "links_th_th": sum(1 for a, b in links if lang[a] == lang[b] == "th"),
        "links_en_en": sum(1 for a, b in links if lang[a] == lang[b] == "en"),
        "links_cross_sub_cluster": sum(1 for a, b in links if sub[a] != sub[b]),
    }


def check_targets(st: dict[str, object]) -> list[str]:
    errors: list[str] = []
    links = int(st["links"])  # type: ignore[call-overload]
    cross = int(st["links_th_to_en"]) + int(st["links_en_to_th"])  # type: ignore[call-overload]
    unmet_count = int(st["needs_unmet"])  # type: ignore[call-overload]
    th_share = st["language"]["th"] / int(st["profiles"])  # type: ignore[index, call-overload]
    if not TARGET_LINKS[0] <= links <= TARGET_LINKS[1]:
        errors.append(f"links {links} outside {TARGET_LINKS}")
    if links and cross / links < MIN_CROSS_SHARE:
        errors.append(f"cross-language share {cross / links:.2f} below {MIN_CROSS_SHARE}")
    if not TARGET_UNMET[0] <= unmet_count <= TARGET_UNMET[1]:
        errors.append(f"unmet needs {unmet_count} outside {TARGET_UNMET}")
    if not TARGET_TH_SHARE[0] <= th_share <= TARGET_TH_SHARE[1]:
        errors.append(f"Thai share {th_share:.2f} outside {TARGET_TH_SHARE}")
    if len(st["sub_cluster"]) != len(SubCluster) or len(st["stage"]) != len(Stage):  # type: ignore[arg-type]
        errors.append("not every sub-cluster and stage is covered")
    if len(st["region"]) != 6:  # type: ignore[arg-type]
        errors.append("not every region is covered")
    if int(st["needs_requiring_cert"]) < 5 or int(st["needs_waiving_cert"]) < 3:  # type: ignore[call-overload]
        errors.append("too few needs requiring or waiving certifications")
    return errors


def profile_json(sme: Sme) -> str:
    record = {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub_cluster,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [x.text for x in sme.offers],
        "needs": [x.text for x in sme.needs],
        "certifications": list(sme.certifications),
        "bcg": list(sme.bcg),
        "contact_email": sme.email,
        "language": sme.language,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def main() -> int:
    assign_ids(SMES)
    errors = check(SMES)
    links = compute_links(SMES)
    st = stats(SMES, links)
    errors += check_targets(st)
    for key, value in st.items():
        print(f"{key}: {dict(sorted(value.items())) if isinstance(value, Counter) else value}")
    if errors:
        print("\nchecks failed, nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    (HERE / "profiles.jsonl").write_text("".join(profile_json(s) + "\n" for s in SMES), encoding="utf-8")
    (HERE / "links.csv").write_text(links_csv(links), encoding="utf-8")
    print("wrote profiles.jsonl and links.csv")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
