"""Hand-labelled evaluation set: plain registry entries of an east- and west-leaning cluster.

Run from the repository root:  .venv/bin/python eval/blind_plain_east/write.py
Writes profiles.jsonl and links.csv next to this file, only when every check passes.
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
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    BcgTag,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
CENT = "ageing_lifestyle_central"
ISAN = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    certs: tuple[str, ...] = ()  # certifications the text requires of a supplier
    waives: tuple[str, ...] = ()  # certifications the text names only to waive them
    unmet: str = ""  # for a need no one in the set meets: what it asks for


@dataclass
class Profile:
    num: int
    name: str
    sub_cluster: str
    stage: str
    province: str
    language: str
    certifications: list[str]
    bcg: list[str]
    email: str
    offers: list[Offer] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"bpx-{self.num:03d}"


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, tuple(labels), tuple(certs), tuple(waives))


def u(text: str, note: str, waives: tuple[str, ...] = ()) -> Need:
    return Need(text, (), (), tuple(waives), note)


P = Profile
TIS = "Thai Industrial Standard"
PEACOCK = "Thai Silk Peacock Emblem"
OEKO = "OEKO-TEX Standard 100"

# fmt: off
PROFILES: list[Profile] = [
    # ------------------------------------------------------------------ east
    P(1, "บริษัท อีสเทิร์น รีไซเคิล ไฟเบอร์ จำกัด", CIRC, UP, "Chonburi", "th", ["GRS", "ISO 9001"], ["circular"],
      "sales@easternrfiber.co.th",
      [o("เส้นใยโพลีเอสเตอร์รีไซเคิล (rPSF) 1.4D x 38 มม. ผลิตจากขวด PET สำหรับโรงปั่น", "recycled_polyester_staple_fibre"),
       o("ใยสังเคราะห์รีไซเคิลสำหรับยัดหมอน ยัดตุ๊กตา แบบใยฟู ลื่น", "polyester_fill_fibre_recycled")],
      [n("ขวดพลาสติกใส PET อัดก้อน เดือนละ 50 ตันขึ้นไป รับถึงนิคมอมตะ", "pet_bottles_waste"),
       n("เกล็ดขวดล้างร้อน (hot wash flake) เกรดใส ความชื้นไม่เกิน 1%", "pet_flakes"),
       u("ต้องการเครื่องตัดเส้นใย (staple cutter) มือสอง สภาพพร้อมใช้", "second-hand staple fibre cutter")]),
    P(2, "Map Ta Phut rYarn Co., Ltd.", CIRC, MID, "Rayong", "en", ["GRS", "ISO 14001"], ["circular"],
      "info@mtp-ryarn.com",
      [o("GRS recycled polyester DTY 75D/72F and 150D/144F, raw white", "recycled_polyester_yarn"),
       o("Dope-dyed black rPET filament, no dyeing needed at your end", "recycled_polyester_yarn_dyed")],
      [n("Hot-washed clear PET flakes, bottle grade, 20 t a month", "pet_flakes"),
       n("Circular knitting on commission for yarn trials, we send the yarn", "knitting_service")]),
    P(3, "ร้านรับซื้อของเก่า เจ๊หมวย ศรีราชา", CIRC, UP, "Chonburi", "th", [], ["circular"],
      "jemuay.recycle@gmail.com",
      [o("ขวดน้ำดื่มพลาสติกใส คัดสีแล้ว อัดก้อนละ 300 กก.", "pet_bottles_waste"),
       o("เศษผ้ายืดจากโรงงานการ์เมนต์ แยกขาว/ดำ ขายเป็นกิโล", "textile_cutting_waste")],
      [n("รับซื้อชุดยูนิฟอร์มพนักงานเก่า เสื้อผ้าที่เลิกใช้จากโรงงาน ให้ราคาดี โทร 081-356-2210",
         "used_clothing")]),
    P(4, "วิสาหกิจชุมชนกลุ่มทอเสื่อกกบางสระเก้า", HEMP, DOWN, "Chanthaburi", "th", ["OTOP"], ["bio", "green"],
      "bangsakao.mat@gmail.com",
      [o("เสื่อกกจันทบูร ทอมือ ขนาด 2 เมตร ลายดอกพิกุล", "reed_mat"),
       o("กระเป๋าถือสานเส้นกก ทรงตะกร้า ย้อมสีทูโทน", "reed_bag"),
       o("รับทอเสื่อกกใส่ชื่อร้าน/โลโก้โรงแรม สั่งขั้นต่ำ 20 ผืน", "reed_mat")],
      [n("ต้นกกผ่าตากแห้ง ยาว 1.5 ม. ขึ้นไป", "sedge_reed_dried"),
       n("สีย้อมเส้นกก สีสด ไม่ตก", "synthetic_dyestuff"),
       n("นักออกแบบช่วยทำลายเสื่อใหม่ให้ทันสมัยขึ้น", "product_design_service")]),
    P(5, "กลุ่มเกษตรกรผู้ปลูกกก ตำบลบางกะไชย", HEMP, UP, "Chanthaburi", "th", [], ["bio"],
      "kok.bangkachai@gmail.com",
      [o("กกผ่าตากแดด มัดละ 5 กก. ส่งได้ทุกสัปดาห์", "sedge_reed_dried"),
       o("เปลือกมังคุดตากแห้ง ใช้ทำสีย้อมผ้า กระสอบละ 20 กก.", "natural_dye_plant_material")],
      [n("อยากเรียนย้อมเส้นกกด้วยสีธรรมชาติ", "natural_dye_training")]),
    P(6, "วิสาหกิจชุมชนทอผ้าไหมลายโบราณ ตาพระยา", HEMP, MID, "Sa Kaeo", "th", [PEACOCK, "OTOP"], ["bio"],
      "taphraya.silk@gmail.com",
      [o("ผ้าไหมลายเขมรโบราณ (ผ้าโฮล) ทอมือ ย้อมครั่ง", "handwoven_silk_fabric"),
       o("ผ้าขาวม้าไหม ลายตาหมากรุก", "pha_khao_ma")],
      [n("เส้นไหมพันธุ์ไทย สาวมือ", "silk_yarn_handreeled"),
       n("ครั่งดิบสำหรับย้อมไหมสีแดง", "lac_dye")]),
    P(7, "Kabin Medical Hospital", CENT, DOWN, "Prachinburi", "en", ["ISO 9001"], [],
      "purchasing@kabinmedical.co.th",
      [],
      [n("Slide sheets / transfer sheets with handles, 30 pcs", "patient_transfer_sheet"),
       n("Nursing scrubs in 4 colours (ISO 13485 not required)", "medical_scrubs", waives=("ISO 13485",)),
       n("3-ply surgical masks, must be Thai FDA registered", "disposable_surgical_mask", certs=("Thai FDA",))]),
    P(8, "Jomtien Bay Resort & Spa", CENT, DOWN, "Chonburi", "en", [], ["green"],
      "procurement@jomtienbayresort.com",
      [],
      [n("Waffle spa robes with embroidered logo, 200 pcs", "spa_robe"),
       n("Hand-woven reed or sedge mats for beach cabanas", "reed_mat", "krajood_mat")]),
    P(9, "บริษัท ระยอง สปอร์ตแวร์ จำกัด", SPORT, DOWN, "Rayong", "th", [], [],
      "rayongsportwear@hotmail.com",
      [o("รับผลิตเสื้อกีฬา เสื้อวิ่ง พิมพ์ลายซับลิเมชั่นทั้งตัว ขั้นต่ำ 50 ตัว", "custom_sportswear"),
       o("ชุดฟุตบอลทีม สกรีนชื่อ-เบอร์ ส่งไว 7 วัน", "custom_sportswear"),
       o("ปลอกแขนกันแดด กัน UV สกรีนโลโก้", "arm_sleeves")],
      [n("ผ้าไมโครโพลี ดรายฟิต ระบายเหงื่อ หน้า 60 นิ้ว", "moisture_wicking_knit_fabric"),
       n("ผ้าจากขวดพลาสติกรีไซเคิลสำหรับเสื้องานวิ่ง ต้องมีใบรับรอง GRS", "recycled_polyester_knit_fabric",
         certs=("GRS",)),
       u("หมึกซับลิเมชั่นและกระดาษทรานสเฟอร์ ราคาส่ง", "sublimation ink and transfer paper")]),
    P(10, "Siam KnitTech Co., Ltd.", SPORT, MID, "Chonburi", "en", [OEKO, "GRS", "bluesign"], ["green"],
      "sales@siamknittech.com",
      [o("Moisture-wicking polyester bird-eye mesh and interlock, 140-160 gsm", "moisture_wicking_knit_fabric"),
       o("rPET single jersey knitted from GRS recycled yarn", "recycled_polyester_knit_fabric"),
       o("Undyed polyester tricot, 100 gsm, for coating and printing", "polyester_knit_fabric"),
       o("Commission knitting on our circular machines with your yarn", "knitting_service")],
      [n("GRS-certified recycled polyester DTY 75D", "recycled_polyester_yarn", certs=("GRS",)),
       u("Spandex bare yarn 40D, regular supply", "elastane (spandex) yarn")]),
    P(11, "กลุ่มผ้าย้อมสีธรรมชาติ จันทบูร", HEMP, MID, "Chanthaburi", "th", [], ["bio", "green"],
      "chanthabun.naturaldye@gmail.com",
      [o("ผ้าฝ้ายย้อมเปลือกมังคุด สีชมพูอมน้ำตาล เมตรละ 180 บาท", "natural_dyed_cotton_fabric"),
       o("รับย้อมสีธรรมชาติ ลูกค้าส่งผ้าหรือเสื้อมาเอง", "natural_dyeing_service"),
       o("เวิร์กช็อปมัดย้อมสีธรรมชาติ สำหรับกรุ๊ปทัวร์และโรงเรียน", "natural_dye_training")],
      [n("ผ้าดิบ cotton 100% ยังไม่ฟอกขาว พับละ 50 หลา", "greige_cotton_fabric"),
       n("สารส้ม จุนสี สารช่วยติดสีสำหรับสีธรรมชาติ", "mordants")]),
    P(12, "เกาะช้าง ฮายด์อะเวย์ รีสอร์ท", CENT, DOWN, "Trat", "th", [], ["green"],
      "purchase@kohchanghideaway.com",
      [o("ผ้าปูที่นอน ปลอกหมอน ผ้าขนหนูเก่าที่ปลดระวาง ขายเหมา", "used_linen_waste")],
      [n("ผ้าขนหนูสระว่ายน้ำและชายหาด 500 ผืน", "towel"),
       n("ผ้าปูที่นอนโรงแรม ฝ้าย 100% 300 เส้นด้าย สีขาว", "bed_sheets")]),
    P(13, "Paet Riu Dyeing Ltd., Part.", CIRC, MID, "Chachoengsao", "en", ["ISO 14001"], ["green"],
      "paetriu.dyeing@gmail.com",
      [o("Bleaching and reactive dyeing of woven and knitted fabric, 200 kg per colour minimum",
         "fabric_dyeing_service"),
       o("Package dyeing of cotton and TC yarn on cones", "yarn_dyeing_service")],
      [n("Reactive and disperse dyes at factory prices", "synthetic_dyestuff"),
       u("Consultant for an effluent plant that recycles water", "wastewater recycling consultancy")]),
    P(14, "Eastern Seaboard Uniform Co., Ltd.", CIRC, DOWN, "Chonburi", "en", ["ISO 9001"], ["circular"],
      "orders@esb-uniform.com",
      [o("Factory workwear and polo shirts with logo embroidery, MOQ 100", "staff_uniform"),
       o("Retired uniforms from our take-back scheme, 2-3 t a month, sorted by colour", "used_clothing")],
      [n("TC twill for workwear, 200 gsm, navy and grey", "tc_woven_fabric"),
       n("rPET pique for a client's green polo line, GRS needed", "recycled_polyester_knit_fabric",
         certs=("GRS",)),
       n("Embroidery subcontractor for chest logos", "embroidery_service")]),
    P(15, "Sunshine Senior Living Bang Saen", CENT, DOWN, "Chonburi", "en", [], [],
      "admin@sunshinebangsaen.com",
      [],
      [n("Adult cloth diapers, washable, sizes M-XL", "incontinence_brief_washable"),
       n("Non-slip grip socks for residents", "non_slip_socks"),
       n("Waterproof mattress protectors, single bed", "waterproof_mattress_protector"),
       n("Positioning pillows against bed sores", "positioning_pillow")]),
    P(16, "บริษัท แปดริ้ว เท็กซ์ไทล์ รีไซคลิ่ง จำกัด", CIRC, UP, "Chachoengsao", "th", ["GRS"], ["circular"],
      "info@paetriu-recycling.co.th",
      [o("ใยฝ้ายรีไซเคิลจากเศษผ้า ตีใยคัดสี ไม่ต้องย้อมซ้ำ", "recycled_cotton_fibre"),
       o("รับตีเศษผ้าของโรงงานลูกค้ากลับเป็นเส้นใย/เส้นด้าย ส่งคืนลูกค้า", "fibre_recycling_service"),
       o("ด้ายรีไซเคิล OE เบอร์ 10/1 ฝ้ายผสมโพลี", "recycled_cotton_blend_yarn")],
      [n("เศษผ้าคอตตอนจากห้องตัด ไม่ปนยางยืด", "textile_cutting_waste"),
       n("เสื้อผ้าเก่า ผ้าปูที่นอนเก่า เนื้อฝ้ายล้วน", "used_clothing", "used_linen_waste")]),
    P(17, "กลุ่มแม่บ้านผลิตลูกประคบสมุนไพร บ้านดงบัง", CENT, DOWN, "Prachinburi", "th", [], ["bio"],
      "dongbang.herb@gmail.com",
      [o("ลูกประคบสมุนไพรสด-แห้ง ห่อผ้าดิบ มัดเชือก", "herbal_compress_ball"),
       o("หมอนสมุนไพร ไส้ใบเตย ตะไคร้ หอมนาน", "herbal_pillow")],
      [n("ผ้าดิบบาง ตัดสำเร็จ 40x40 ซม. สำหรับห่อลูกประคบ", "greige_cotton_fabric"),
       u("ผู้ช่วยยื่นขอเลข อย. สำหรับลูกประคบ", "help with Thai FDA registration")]),
    P(18, "Bang Lamung International Hospital", CENT, DOWN, "Chonburi", "en", [], [],
      "supply@blih-hospital.com",
      [],
      [n("Hospital bed sheets, TIS certified, 1,000 sets", "hospital_bed_sheets", certs=(TIS,)),
       n("Disposable underpads 60x90", "disposable_underpad")]),
    P(19, "ร้านเปิดกระสอบ ตลาดโรงเกลือ", CIRC, UP, "Sa Kaeo", "th", [], ["circular"],
      "ronkluea.bale@gmail.com",
      [o("เสื้อผ้ามือสองเปิดกระสอบ (เบลญี่ปุ่น) กระสอบละ 100 กก.", "used_clothing"),
       o("ยีนส์มือสองคัดเกรด ขายเป็นโหล", "used_clothing")],
      [u("หาขนส่งเหมาคัน อรัญฯ-กรุงเทพ สัปดาห์ละ 2 เที่ยว", "truck freight Aranyaprathet-Bangkok")]),
    P(20, "กลุ่มทอผ้าฝ้ายบ้านหนองผักแว่น", HEMP, MID, "Sa Kaeo", "th", [], ["bio"],
      "nongphakwaen.weave@gmail.com",
      [o("รับจ้างทอผ้าตามแบบ ลูกค้าส่งด้ายมาเอง", "hand_weaving_service"),
       o("ผ้าฝ้ายทอมือสีพื้น หน้า 1 เมตร", "handwoven_cotton_fabric")],
      [n("ด้ายฝ้ายย้อมสีสำเร็จ เบอร์ 20/2", "cotton_yarn_dyed_machine")]),
    P(21, "Phanat Nikhom Basketry Co-op", HEMP, DOWN, "Chonburi", "en", ["OTOP"], ["bio"],
      "phanatbasketry@gmail.com",
      [o("Woven sedge handbags and baskets, export finish", "reed_bag"),
       o("Water hyacinth placemats and storage baskets", "water_hyacinth_product")],
      [n("Dried krajood strips, pressed flat", "krajood_dried"),
       n("Dried water hyacinth stems, 60 cm and up", "water_hyacinth_dried")]),
    P(22, "Chonburi PET Wash Co., Ltd.", CIRC, UP, "Chonburi", "en", ["ISO 9001"], ["circular"],
      "sales@chonburipetwash.com",
      [o("Hot-washed clear PET flakes, bottle grade, 25 t a month", "pet_flakes"),
       o("Green and blue PET flakes for strapping and fibre", "pet_flakes")],
      [n("Baled post-consumer PET bottles, clear", "pet_bottles_waste")]),
    # ------------------------------------------------------------------ west
    P(23, "กลุ่มทอผ้าจกไทยวน บ้านคูบัว", HEMP, MID, "Ratchaburi", "th", ["OTOP"], ["bio"],
      "khubua.teenjok@gmail.com",
      [o("ผ้าซิ่นตีนจกไทยวน ทอมือ ลายโบราณ", "teen_jok_fabric"),
       o("ผ้าขาวม้าทอมือลายตาราง", "pha_khao_ma"),
       o("สอนทอผ้าจก คอร์ส 3 วัน พร้อมที่พัก", "weaving_training")],
      [n("ด้ายโทเรย้อมสีแล้ว เบอร์ 20/2 สีแดง ดำ เหลือง", "cotton_yarn_dyed_machine"),
       n("คนช่วยขายออนไลน์ ทำเพจ ไลฟ์สด", "digital_marketing_service")]),
    P(24, "Photharam Knitting Co., Ltd.", CIRC, MID, "Ratchaburi", "en", [], ["circular"],
      "photharamknit@gmail.com",
      [o("Cotton single jersey 32s, piece-dyed in solid colours", "knitted_jersey_fabric"),
       o("Knitting to order, customers send their own yarn", "knitting_service"),
       o("Organic cotton jersey 180 gsm (no certificate yet)", "organic_cotton_jersey"),
       o("Jersey knitted from 60% recycled cotton yarn", "recycled_cotton_knit_fabric")],
      [n("Combed cotton yarn 32/1", "cotton_yarn_machine"),
       n("Recycled OE yarn, grey melange", "recycled_cotton_blend_yarn")]),
    P(25, "วิสาหกิจชุมชนใยกล้วยบ้านท่ามะขาม", HEMP, UP, "Kanchanaburi", "th", [], ["bio"],
      "thamakham.banana@gmail.com",
      [o("เส้นใยกาบกล้วยน้ำว้า ขูดมือ ตากแห้ง กิโลละ 400 บาท", "banana_fibre"),
       o("ด้ายใยกล้วยผสมฝ้าย ปั่นมือ", "banana_blend_yarn_handspun")],
      [n("เครื่องขูดใยกล้วย เครื่องแยกเส้นใย", "fibre_extraction_machine"),
       n("ผู้ออกแบบผลิตภัณฑ์จากใยกล้วย", "product_design_service")]),
    P(26, "River Kwai Wellness Retreat", CENT, DOWN, "Kanchanaburi", "en", [], ["green"],
      "hello@riverkwaiwellness.com",
      [],
      [n("Herbal compress balls, fresh, 100 a week", "herbal_compress_ball"),
       n("Cotton kimono robes for spa guests", "spa_robe"),
       n("Hand-woven indigo cotton for lobby cushion covers", "indigo_dyed_handwoven_fabric"),
       n("Small drawstring pouches sewn from upcycled fabric scraps", "upcycled_pouch")]),
    P(27, "กลุ่มทอผ้าไทยทรงดำ บ้านหนองปรง", HEMP, MID, "Phetchaburi", "th", ["OTOP"], ["bio"],
      "nongprong.songdam@gmail.com",
      [o("ผ้าลายแตงโม ไทยทรงดำ ทอมือ", "handwoven_cotton_fabric"),
       o("เสื้อก้อมไทยทรงดำ ย้อมคราม", "indigo_dyed_garment")],
      [n("ครามเปียก เนื้อครามพร้อมก่อหม้อ", "indigo_paste"),
       n("ด้ายฝ้ายสีดำ สีครามเข้ม ปั่นเครื่อง", "cotton_yarn_dyed_machine")]),
    P(28, "ชะอำ บีช รีสอร์ท", CENT, DOWN, "Phetchaburi", "th", [], [],
      "chaambeach.purchase@gmail.com",
      [],
      [n("ผ้าพาดเตียง (เบดรันเนอร์) ผ้าทอพื้นเมือง 80 ผืน", "bed_runner"),
       n("ชุดพนักงานโรงแรม แผนกแม่บ้านและต้อนรับ", "staff_uniform"),
       n("ที่นอนปิกนิก เบาะรองนั่งริมหาด", "folding_mattress")]),
    P(29, "Hua Hin Golden Years Residence", CENT, DOWN, "Prachuap Khiri Khan", "en", [], [],
      "care@huahingoldenyears.com",
      [],
      [n("Washable incontinence briefs for adults, M-XXL", "incontinence_brief_washable"),
       n("Slide sheets for turning bed-bound residents", "patient_transfer_sheet"),
       n("Compression stockings, class 1", "compression_stockings"),
       n("Staff training in safe patient handling", "caregiver_training")]),
    P(30, "บริษัท ใยสับปะรด ประจวบ จำกัด", HEMP, UP, "Prachuap Khiri Khan", "th", [], ["bio", "circular"],
      "palf.prachuap@gmail.com",
      [o("เส้นใยใบสับปะรด ขูดเครื่อง ฟอกขาวแล้ว", "pineapple_leaf_fibre"),
       o("ผ้าใยสับปะรดผสมฝ้าย 30/70 ทอเครื่อง", "pineapple_blend_fabric")],
      [n("ใบสับปะรดสดหลังเก็บผล รับเองที่แปลง", "pineapple_leaves_waste"),
       n("โรงปั่นรับจ้างปั่นใยสับปะรดผสมฝ้าย", "spinning_service")]),
    P(31, "กลุ่มเกษตรกรไร่สับปะรด ตำบลไร่เก่า", HEMP, UP, "Prachuap Khiri Khan", "th", [], ["bio"],
      "raikao.pineapple@gmail.com",
      [o("ใบสับปะรดหลังเก็บผล ไม่คิดค่าใบ ผู้ซื้อตัดและขนเอง", "pineapple_leaves_waste")],
      []),
    P(32, "Mae Sot Stitch Co., Ltd.", SPORT, DOWN, "Tak", "en", [], [],
      "maesotstitch@gmail.com",
      [o("CMT sewing for sportswear, knit tops and polos, 5,000 pcs a month", "sewing_service_cmt"),
       o("Scrubs and patient gowns sewn to your pattern and fabric", "sewing_service_cmt")],
      [n("Used Juki overlock and flatlock machines", "sewing_machines"),
       n("Someone to take away cutting-room offcuts every month", "waste_collection_service")]),
    P(33, "กลุ่มจักสานผักตบชวา ดำเนินสะดวก", HEMP, DOWN, "Ratchaburi", "th", [], ["bio", "green"],
      "damnoen.hyacinth@gmail.com",
      [o("ผักตบชวาตากแห้ง ผ่าแล้ว ยาว 60 ซม. ขึ้นไป", "water_hyacinth_dried"),
       o("ตะกร้า กระเป๋า สานผักตบ", "water_hyacinth_product")],
      []),
    P(34, "ช่างหมู เครื่องจักรเกษตร ท่าม่วง", HEMP, UP, "Kanchanaburi", "th", [], [],
      "changmoo.machine@gmail.com",
      [o("เครื่องขูดใยกล้วย ใยสับปะรด สั่งทำตามขนาด", "fibre_extraction_machine"),
       o("เครื่องทุบเปลือกกัญชง มอเตอร์ 2 แรง", "fibre_extraction_machine")],
      []),
    # ------------------------------------------------------------------ central
    P(35, "ห้างผ้าสหพาหุรัด", CIRC, MID, "Bangkok", "th", [], ["circular"],
      "sahapahurat@gmail.com",
      [o("ผ้าคอตตอน 100% หน้ากว้าง 60 นิ้ว ขายส่งเป็นพับ", "cotton_woven_fabric"),
       o("ผ้ายืด TC สีพื้น ม้วนละ 25 กก.", "knitted_jersey_fabric"),
       o("ผ้าดิบ หน้า 36 นิ้ว หลาละ 28 บาท", "greige_cotton_fabric"),
       o("ผ้าโทเรทวิล สำหรับชุดยูนิฟอร์ม", "tc_woven_fabric")],
      [n("รับซื้อผ้าค้างสต็อก ผ้าเหลือจากโรงงาน เหมาทั้งล็อต", "deadstock_fabric")]),
    P(36, "Bangpoo Colour Chem Co., Ltd.", CIRC, MID, "Samut Prakan", "en", ["ISO 9001"], [],
      "sales@bangpoocolour.com",
      [o("Reactive, disperse and acid dyes in 25 kg drums", "synthetic_dyestuff"),
       o("Levelling agents, softeners and fixers for dyehouses", "dyeing_auxiliaries"),
       o("Alum and iron mordants for natural dyers, 1 kg packs", "mordants")],
      []),
    P(37, "โรงพยาบาลศรีนครการแพทย์", CENT, DOWN, "Bangkok", "th", [], [],
      "purchasing@srinakornmed.co.th",
      [],
      [n("ผ้าปูเตียงผู้ป่วย ผ้าขวางเตียง ต้องผ่าน มอก.", "hospital_bed_sheets", certs=(TIS,)),
       n("ชุดคนไข้ เสื้อผ่าหน้า กางเกงเอวยางยืด", "patient_gown"),
       n("หน้ากากอนามัยทางการแพทย์ 3 ชั้น ต้องมีเลข อย.", "disposable_surgical_mask", certs=("Thai FDA",))]),
    P(38, "บ้านพักผู้สูงอายุ ร่มไม้ชายคา", CENT, DOWN, "Nonthaburi", "th", [], [],
      "rommaichaika@gmail.com",
      [],
      [n("กางเกงผ้าอ้อมผู้ใหญ่แบบซักได้ ไซส์ L", "incontinence_brief_washable"),
       n("ผ้ารองกันเปื้อนบนเตียง ซับน้ำดี ซักได้", "incontinence_pad_washable"),
       n("ผ้าเคลื่อนย้ายผู้ป่วยติดเตียง", "patient_transfer_sheet")]),
    P(39, "ห้างหุ้นส่วนจำกัด มหาชัย เมดิเทกซ์", CENT, DOWN, "Samut Sakhon", "th", ["ISO 13485", "ISO 9001"], [],
      "mahachai.meditex@gmail.com",
      [o("ผ้ายกตัวผู้ป่วย ผ้าใบเคลือบ มีหูจับ 8 จุด รับน้ำหนัก 150 กก.", "patient_transfer_sheet"),
       o("แผ่นรองซับปัสสาวะ ซักได้ 4 ชั้น ขนาด 90x90", "incontinence_pad_washable"),
       o("ผ้าปูที่นอนกันน้ำ รัดมุม สำหรับเตียงผู้ป่วย", "waterproof_mattress_protector")],
      [n("ผ้าเคลือบ TPU กันน้ำ ระบายอากาศ", "waterproof_laminated_fabric"),
       n("ผ้าขนหนูเป็นเมตร (เทอร์รี่) หน้า 60 นิ้ว สำหรับชั้นซับ", "terry_fabric")]),
    P(40, "Thai Technical Coating Co., Ltd.", SPORT, MID, "Pathum Thani", "en", ["bluesign", "ISO 9001"], ["green"],
      "info@thaitechcoating.com",
      [o("PU/TPU lamination on customer fabrics, up to 160 cm wide", "lamination_coating_service"),
       o("Breathable TPU-laminated waterproof fabric, stock colours", "waterproof_laminated_fabric"),
       o("PFC-free water-repellent finishing", "water_repellent_finishing_service")],
      [n("Undyed polyester tricot or interlock base fabric, 100 gsm", "polyester_knit_fabric"),
       u("TPU film, 25 micron, rolls", "TPU film")]),
    P(41, "กลุ่มทอผ้าลาวครั่ง บ้านโคกหม้อ", HEMP, MID, "Uthai Thani", "th", ["OTOP"], ["bio"],
      "khokmo.laokhrang@gmail.com",
      [o("ผ้าซิ่นตีนจกลาวครั่ง ฝ้ายย้อมครั่ง", "teen_jok_fabric"),
       o("ย่ามผ้าทอมือ ลายขิด", "handwoven_cotton_bag")],
      [n("ครั่งเม็ด ครั่งดิบ", "lac_dye"),
       n("ฝ้ายเข็นมือ สีขาวตุ่น", "cotton_yarn_handspun")]),
    P(42, "Studio Kanok", HEMP, DOWN, "Bangkok", "en", [], [],
      "studio@kanok.co",
      [o("Collection design and product development for community weaving groups", "product_design_service"),
       o("Pattern making, grading and sample sewing", "pattern_making_service")],
      [n("Hand-loomed hemp cloth, undyed", "hemp_fabric_handwoven"),
       n("Indigo over-dyeing of 300 linen shirts we supply", "indigo_dyeing_service"),
       n("Handwoven silk in small lots for accessories", "handwoven_silk_fabric")]),
    P(43, "Thai Craft Concept Store", HEMP, DOWN, "Bangkok", "en", [], [],
      "buying@thaicraftconcept.com",
      [],
      [n("Silk scarves with the Peacock Emblem", "silk_scarf", certs=(PEACOCK,)),
       n("Hemp totes and shoulder bags", "hemp_bag"),
       n("Krajood clutches and baskets", "krajood_bag")]),
    P(44, "บริษัท ทุนชุมชน ไมโครไฟแนนซ์ จำกัด", CIRC, DOWN, "Nakhon Pathom", "th", [], [],
      "loan@tunchumchon.co.th",
      [o("สินเชื่อซื้อกี่ทอผ้า จักรเย็บผ้า ผ่อนได้ 24 เดือน", "sme_loan"),
       o("สินเชื่อหมุนเวียนสำหรับวิสาหกิจชุมชน ดอกเบี้ยต่ำ", "sme_loan")],
      []),
    P(45, "Ayutthaya Nonwoven Co., Ltd.", CENT, MID, "Phra Nakhon Si Ayutthaya", "en", ["ISO 9001"], [],
      "sales@ayutthayanonwoven.com",
      [o("Spunbond PP nonwoven 15-80 gsm, white and colours", "spunbond_nonwoven"),
       o("Meltblown filter media, BFE 99%", "meltblown_nonwoven")],
      [u("Recycled PP pellets, washed, 10 t a month", "recycled PP pellets")]),
    P(46, "Bang Phli Medical Supplies Co., Ltd.", CENT, DOWN, "Samut Prakan", "en", ["ISO 13485", "Thai FDA"], [],
      "sales@bangphlimedical.com",
      [o("3-ply surgical face masks, Thai FDA registered, box of 50", "disposable_surgical_mask"),
       o("Disposable underpads 60x90 cm, SAP core", "disposable_underpad"),
       o("Adult tape diapers, M/L/XL", "adult_diaper_disposable")],
      [n("Meltblown BFE99, 25 gsm", "meltblown_nonwoven"),
       n("SS spunbond, hydrophilic, for top sheets", "spunbond_nonwoven"),
       n("Flat elastic ear loop, 3 mm", "elastic_earloop")]),
    P(47, "วิสาหกิจชุมชนใยบัวบึงบอระเพ็ด", HEMP, UP, "Nakhon Sawan", "th", [], ["bio"],
      "boraphet.lotus@gmail.com",
      [o("เส้นใยก้านบัว ดึงมือ ม้วนละ 50 กรัม", "lotus_fibre"),
       o("ผ้าทอใยบัวผสมไหม ผืนเล็ก", "lotus_blend_fabric")],
      [u("อบรมการปั่นและทอใยบัว", "lotus fibre spinning training")]),
    P(48, "บริษัท ยางยืดนนท์ จำกัด", SPORT, MID, "Nonthaburi", "th", [], [],
      "yangyuednont@gmail.com",
      [o("ยางยืดหูหน้ากาก แบบแบน 3 มม. ม้วนละ 1,000 หลา", "elastic_earloop"),
       o("ยางยืดขอบกางเกง ทอ/ถัก 1-2 นิ้ว", "elastic_waistband")],
      [u("ด้ายหุ้มยาง สแปนเด็กซ์หุ้มไนลอน", "covered spandex yarn")]),
    P(49, "เพจดี ดิจิทัล มาร์เก็ตติ้ง", HEMP, DOWN, "Bangkok", "th", [], [],
      "hello@pagedee.co.th",
      [o("รับทำเพจ ยิงแอด ไลฟ์ขายผ้าทอ สินค้าโอทอป", "digital_marketing_service"),
       o("ถ่ายภาพสินค้า ออกแบบโลโก้และแพ็กเกจ", "packaging_branding_design")],
      []),
    P(50, "Little Lotus Organic Baby", HEMP, DOWN, "Bangkok", "en", ["GOTS", OEKO], ["bio"],
      "hi@littlelotusbaby.com",
      [o("Organic cotton baby rompers and swaddles, GOTS", "baby_clothes_organic")],
      [n("GOTS-certified organic cotton jersey, 160 gsm", "organic_cotton_jersey", certs=("GOTS",)),
       n("Sewing partner for small runs, we cut and supply the fabric", "sewing_service_cmt"),
       u("Nickel-free snap buttons", "nickel-free snap buttons")]),
    P(51, "Nakhon Chaisri Towel Factory", CENT, MID, "Nakhon Pathom", "en", [], [],
      "nakhonchaisri.towel@gmail.com",
      [o("Hotel and spa towels, 16 lb per dozen, logo embroidery available", "towel"),
       o("Terry fabric by the metre, 60 inch", "terry_fabric"),
       o("Waffle bathrobes", "spa_robe")],
      [n("OE cotton yarn Ne 16/1 for pile", "cotton_yarn_machine"),
       n("Recycled cotton blend yarn for an eco towel line", "recycled_cotton_blend_yarn")]),
    P(52, "Bangkok Bedding & Linen Co., Ltd.", CENT, DOWN, "Bangkok", "en", [TIS, OEKO], [],
      "sales@bkkbedding.com",
      [o("Hospital bed sheets and draw sheets, TIS certified, 100% cotton", "hospital_bed_sheets"),
       o("Hotel bed linen, 300 TC sateen", "bed_sheets")],
      [n("Bleached cotton sheeting, 110 inch wide", "cotton_woven_fabric")]),
    P(53, "บริษัท ชุดโรงพยาบาลไทย จำกัด", CENT, DOWN, "Nonthaburi", "th", [], [],
      "thaihospitalwear@gmail.com",
      [o("ชุดผู้ป่วย ผ้าคอตตอนผสม ติดกระดุมแป๊ก", "patient_gown"),
       o("ชุดสครับ ชุดเจ้าหน้าที่ห้องผ่าตัด", "medical_scrubs"),
       o("ผ้าปูเตียงผู้ป่วย ผ้าขวางเตียง", "hospital_bed_sheets")],
      [n("ผ้า TC สีฟ้า สีเขียว สำหรับชุดผ่าตัด", "tc_woven_fabric")]),
    P(54, "RunThai Athletics", SPORT, DOWN, "Bangkok", "en", [], ["green"],
      "team@runthai.co",
      [o("Running tees and singlets under our own label", "sportswear_branded")],
      [n("Recycled polyester knit, GRS, 130 gsm", "recycled_polyester_knit_fabric", certs=("GRS",)),
       n("Sublimation printing on cut panels, we supply the fabric", "sublimation_printing_service"),
       u("Reflective heat-transfer logos", "reflective heat-transfer labels")]),
    P(55, "ห้างหุ้นส่วนจำกัด มหาชัย ดิจิตอลพริ้นท์", SPORT, MID, "Samut Sakhon", "th", [], [],
      "mahachaiprint@gmail.com",
      [o("รับพิมพ์ซับลิเมชั่นลงผ้าโพลีเอสเตอร์ ทั้งม้วนและชิ้นงานตัด", "sublimation_printing_service"),
       o("รับสกรีนเสื้อ สกรีนพลาสติซอล", "screen_printing_service")],
      [n("ผ้าโพลีเอสเตอร์ขาวยังไม่ย้อม สำหรับพิมพ์", "polyester_knit_fabric")]),
    P(56, "บริษัท ไทยคอมเพรสชั่น จำกัด", CENT, DOWN, "Pathum Thani", "th", ["ISO 13485", "Thai FDA"], [],
      "thaicompression@gmail.com",
      [o("ถุงน่องทางการแพทย์ ระดับ 1-2", "compression_stockings"),
       o("ซัพพอร์ตข้อเข่า ผ้ายืดรัดเข่า", "knee_support")],
      []),
    P(57, "ReLoop Bags", CIRC, DOWN, "Bangkok", "en", [], ["circular"],
      "hello@reloopbags.com",
      [o("Tote bags made from rPET fabric", "recycled_tote_bag"),
       o("Pouches and zip cases from textile offcuts", "upcycled_pouch")],
      [n("Deadstock fabric lots, any composition", "deadstock_fabric")]),
    P(58, "ร้านจักรเย็บผ้า เจริญพาณิชย์ บางลำพู", CIRC, MID, "Bangkok", "th", [], [],
      "charoenpanich.jak@gmail.com",
      [o("จักรเย็บผ้าอุตสาหกรรม จักรโพ้ง จักรลา มือหนึ่ง-มือสอง", "sewing_machines"),
       o("ซ่อมจักรเย็บผ้าถึงโรงงาน", "machine_repair_service")],
      []),
    # ------------------------------------------------------------------ isan
    P(59, "วิสาหกิจชุมชนผ้าย้อมครามบ้านดอนกอย", HEMP, MID, "Sakon Nakhon", "th", ["OTOP"], ["bio"],
      "donkoi.indigo@gmail.com",
      [o("เนื้อครามหมัก (ครามเปียก) ถุงละ 1 กก.", "indigo_paste"),
       o("ผ้าฝ้ายทอมือย้อมคราม สีเข้ม-อ่อน", "indigo_dyed_handwoven_fabric"),
       o("สอนก่อหม้อคราม ย้อมคราม 1 วัน", "natural_dye_training")],
      [n("เครื่องอีดฝ้าย ไนปั่นฝ้าย", "cotton_spinning_tools")]),
    P(60, "Sakon Indigo Farm", HEMP, UP, "Sakon Nakhon", "en", ["Organic Thailand"], ["bio"],
      "sakonindigofarm@gmail.com",
      [o("Fresh indigo leaves (Indigofera tinctoria), July to October", "indigo_plant_leaves"),
       o("Fermented indigo paste, 10 kg buckets", "indigo_paste")],
      []),
    P(61, "กลุ่มทอผ้าไหมบ้านท่าสว่าง", HEMP, MID, "Surin", "th", [PEACOCK, "OTOP"], ["bio"],
      "thasawang.silk@gmail.com",
      [o("ผ้าไหมยกทองโบราณ ทอมือ สั่งทอล่วงหน้า 3 เดือน", "handwoven_silk_fabric"),
       o("ผ้าไหมอัมปรม ลายเขมร", "handwoven_silk_fabric"),
       o("ผ้าพันคอไหมมัดหมี่", "silk_scarf")],
      [n("เส้นไหมพื้นเมือง สาวมือ (ไหมน้อย)", "silk_yarn_handreeled"),
       u("ดิ้นทองแท้สำหรับยกดอก", "gold metallic thread")]),
    P(62, "กลุ่มเลี้ยงไหม ตำบลเขวาสินรินทร์", HEMP, UP, "Surin", "th", [], ["bio"],
      "khwaosinarin.silk@gmail.com",
      [o("รังไหมพันธุ์นางน้อย สดและอบแห้ง", "silk_cocoons"),
       o("เส้นไหมสาวมือ ไหมลืบ ไหมน้อย", "silk_yarn_handreeled")],
      [u("กิ่งพันธุ์หม่อนพันธุ์ดี 2,000 กิ่ง", "mulberry cuttings")]),
    P(63, "Khon Kaen Spinning Co., Ltd.", HEMP, UP, "Khon Kaen", "en", ["ISO 9001", OEKO], [],
      "sales@kkspinning.com",
      [o("Ring-spun combed cotton yarn Ne 20/1 to 40/1, raw white", "cotton_yarn_machine"),
       o("Cone-dyed cotton yarn, 60 stock colours", "cotton_yarn_dyed_machine"),
       o("Comber noil and hard yarn waste, baled, sold monthly", "spinning_waste"),
       o("Commission spinning of your fibre, 500 kg minimum", "spinning_service")],
      [n("Raw cotton lint, BCI preferred but not required", "raw_cotton", "raw_cotton_organic",
         waives=("Better Cotton",)),
       n("Decorticated hemp fibre, degummed, for blending", "hemp_fibre_raw")]),
    P(64, "โรงพยาบาลขอนแก่นรวมแพทย์", ISAN, DOWN, "Khon Kaen", "th", [], [],
      "supply@kkruamphaet.co.th",
      [],
      [n("ผ้าปูเตียงคนไข้ ผ้าขวางเตียง มี มอก.", "hospital_bed_sheets", certs=(TIS,)),
       n("แผ่นสไลด์ย้ายผู้ป่วย (slide sheet)", "patient_transfer_sheet")]),
    P(65, "ศูนย์ดูแลผู้สูงอายุ บ้านสุขใจ อุดร", ISAN, DOWN, "Udon Thani", "th", [], [],
      "bansukjai.udon@gmail.com",
      [],
      [n("แพมเพิสผู้ใหญ่ แบบเทป ไซส์ M-L เดือนละ 40 แพ็ก", "adult_diaper_disposable"),
       n("ถุงเท้ากันลื่นสำหรับผู้สูงอายุ", "non_slip_socks"),
       n("อบรมผู้ดูแลผู้สูงอายุ หลักสูตร 70 ชั่วโมง", "caregiver_training")]),
    P(66, "วิสาหกิจชุมชนหมอนขิดบ้านศรีฐาน", ISAN, DOWN, "Yasothon", "th", ["OTOP"], ["bio"],
      "srithan.khitpillow@gmail.com",
      [o("หมอนขวานผ้าขิด 10 ช่อง ยัดนุ่น", "khit_pillow"),
       o("ที่นอนปิกนิกพับได้ ผ้าขิด", "folding_mattress"),
       o("หมอนอิงผ้าขิด ปลอกถอดซักได้", "khit_pillow")],
      [n("นุ่นเกรดเอ ปั่นแล้ว", "kapok_fibre"),
       n("ผ้าขิดทอเครื่อง หน้ากว้าง พับละ 30 เมตร", "khit_fabric_machine")]),
    P(67, "ร้านนุ่นพิมาย", ISAN, UP, "Nakhon Ratchasima", "th", [], ["bio"],
      "phimai.kapok@gmail.com",
      [o("นุ่นปั่นเกรดเอ กระสอบละ 20 กก.", "kapok_fibre"),
       o("ใยสังเคราะห์ยัดหมอน ใยบอล", "polyester_fill_fibre")],
      [u("รับซื้อฝักนุ่นแห้งจากเกษตรกร", "dried kapok pods")]),
    P(68, "บริษัท ผ้าขิดอุตสาหกรรม อุบล จำกัด", ISAN, MID, "Ubon Ratchathani", "th", [], [],
      "ubonkhit@gmail.com",
      [o("ผ้าขิดทอเครื่อง ลายขิดดั้งเดิม หน้า 1.2 ม.", "khit_fabric_machine"),
       o("ผ้าพิมพ์ลายมัดหมี่ หน้า 60 นิ้ว", "printed_mudmee_fabric")],
      [n("ด้าย TC ย้อมสี เบอร์ 20/2", "cotton_yarn_dyed_machine")]),
    P(69, "Isan Caregiver Academy", ISAN, DOWN, "Khon Kaen", "en", [], [],
      "info@isancaregiver.ac.th",
      [o("70-hour and 420-hour caregiver courses", "caregiver_training"),
       o("Safe patient handling workshops for care homes", "caregiver_training")],
      [n("Slide sheets for the training rooms", "patient_transfer_sheet"),
       u("Adult nursing manikins", "nursing manikins")]),
    P(70, "Korat Cotton Waste Trading", CIRC, UP, "Nakhon Ratchasima", "en", [], ["circular"],
      "korat.cottonwaste@gmail.com",
      [o("Cotton cutting waste, sorted by colour", "textile_cutting_waste"),
       o("Garnetted cotton fibre from thread waste", "recycled_cotton_fibre"),
       o("Monthly pick-up of offcuts from garment factories", "waste_collection_service")],
      [n("Hard waste and comber noil from spinning mills", "spinning_waste")]),
    P(71, "กลุ่มทอผ้าภูอัคนี", HEMP, DOWN, "Buriram", "th", ["OTOP"], ["bio"],
      "phuakkhanee@gmail.com",
      [o("ผ้าฝ้ายทอมือย้อมดินภูเขาไฟ", "natural_dyed_cotton_fabric"),
       o("เสื้อผ้าฝ้ายย้อมดิน ตัดสำเร็จ", "natural_dyed_garment")],
      [n("ผ้าฝ้ายทอมือสีขาว ยังไม่ย้อม", "handwoven_cotton_fabric_undyed")]),
    P(72, "Mekong Elder Care Ubon", ISAN, DOWN, "Ubon Ratchathani", "en", [], [],
      "office@mekongeldercare.com",
      [],
      [n("Washable bed pads for incontinence", "incontinence_pad_washable"),
       n("Triangular khit cushions for the lounge", "khit_pillow"),
       n("Washable three-layer cloth face masks", "washable_cloth_mask")]),
    P(73, "Ban Khwao Silk House", HEMP, DOWN, "Chaiyaphum", "en", [PEACOCK], [],
      "bankhwaosilk@gmail.com",
      [o("Mudmee silk lengths with the Peacock Emblem, 4 m a piece", "handwoven_silk_fabric"),
       o("Silk scarves and shawls", "silk_scarf")],
      [n("Weavers to take orders on our designs, we supply dyed silk yarn", "hand_weaving_service"),
       n("Online shop set-up and ads", "digital_marketing_service")]),
    P(74, "วิสาหกิจชุมชนทอผ้าฝ้ายเรณูนคร", HEMP, MID, "Nakhon Phanom", "th", [], ["bio"],
      "renu.cotton@gmail.com",
      [o("ผ้าฝ้ายมัดหมี่ ทอมือ ย้อมสีเคมี", "handwoven_cotton_fabric"),
       o("รับจ้างทอผ้าตามลาย ลูกค้าส่งไหมหรือฝ้ายมาเอง", "hand_weaving_service")],
      [n("ด้ายฝ้ายปั่นเครื่อง ยังไม่ย้อม 20/2", "cotton_yarn_machine"),
       n("สีย้อมฝ้าย ชนิดผง", "synthetic_dyestuff")]),
    P(75, "กลุ่มทอผ้าไหมแพรวา บ้านโพน", HEMP, MID, "Kalasin", "th", [PEACOCK], ["bio"],
      "banphon.praewa@gmail.com",
      [o("ผ้าไหมแพรวา ทอมือ", "handwoven_silk_fabric"),
       o("ผ้าพันคอไหมแพรวา", "silk_scarf")],
      [n("เส้นไหมไทยเลี้ยงเอง สาวมือ", "silk_yarn_handreeled")]),
    P(76, "กลุ่มทอผ้าขิดบ้านนาข่า", ISAN, MID, "Udon Thani", "th", ["OTOP"], ["bio"],
      "nakha.khit@gmail.com",
      [o("ผ้าขิดทอมือ บ้านนาข่า หน้า 80 ซม.", "khit_fabric_handwoven"),
       o("ผ้าพาดเตียงผ้าขิด", "bed_runner")],
      [n("ด้ายฝ้ายย้อมสีแล้ว", "cotton_yarn_dyed_machine")]),
    P(77, "กลุ่มแม่บ้านตัดเย็บ บ้านหนองรี", ISAN, DOWN, "Roi Et", "th", [], ["circular"],
      "nongree.sewing@gmail.com",
      [o("หน้ากากผ้า 3 ชั้น ซักได้", "washable_cloth_mask"),
       o("ถุงผ้าหูรูดจากเศษผ้า", "upcycled_pouch")],
      [n("จักรเย็บผ้ามือสอง", "sewing_machines")]),
    # ------------------------------------------------------------------ north
    P(78, "วิสาหกิจชุมชนกัญชงบ้านแม่สาใหม่", HEMP, UP, "Chiang Mai", "th", [], ["bio"],
      "maesamai.hemp@gmail.com",
      [o("เส้นใยกัญชงลอกมือ ต่อเส้น ปั่นเกลียวแล้ว", "hemp_yarn_handspun"),
       o("ผ้าใยกัญชงทอมือ สีธรรมชาติ หน้า 40 ซม.", "hemp_fabric_handwoven"),
       o("ใยกัญชงดิบ ลอกแล้วยังไม่ต่อเส้น", "hemp_fibre_raw")],
      [u("เมล็ดพันธุ์กัญชงสายพันธุ์ให้เส้นใย", "fibre-variety hemp seed"),
       n("เครื่องทุบเปลือกกัญชง", "fibre_extraction_machine")]),
    P(79, "Lanna Indigo Studio", HEMP, MID, "Chiang Mai", "en", [], ["bio"],
      "lannaindigo@gmail.com",
      [o("Indigo vat dyeing of your fabric or garments, from 10 m", "indigo_dyeing_service"),
       o("Hand-dyed indigo cotton, handwoven, 90 cm wide", "indigo_dyed_handwoven_fabric"),
       o("Shibori workshops for hotel guests and groups", "natural_dye_training")],
      [n("Fermented indigo paste, 20 kg a month", "indigo_paste"),
       n("Undyed handwoven cotton, natural white", "handwoven_cotton_fabric_undyed"),
       n("Undyed hemp fabric to over-dye", "hemp_fabric_handwoven")]),
    P(80, "Hmong Hemp Craft", HEMP, DOWN, "Chiang Rai", "en", ["Fairtrade"], ["bio"],
      "hmonghempcraft@gmail.com",
      [o("Hemp batik, beeswax drawn, indigo dyed", "hemp_batik_fabric"),
       o("Hemp shoulder bags and backpacks", "hemp_bag")],
      [n("Hand-split hemp thread", "hemp_yarn_handspun"),
       n("Indigo paste", "indigo_paste")]),
    P(81, "ร้านหม้อห้อมป้าเหมย", HEMP, DOWN, "Phrae", "th", [], ["bio"],
      "paamei.mohom@gmail.com",
      [o("เสื้อหม้อห้อมย้อมครามแท้ คอจีน แขนยาว", "indigo_dyed_garment"),
       o("รับย้อมหม้อห้อม ลูกค้าส่งเสื้อหรือผ้ามาเอง", "indigo_dyeing_service")],
      [n("ผ้าฝ้ายดิบทอเครื่อง สำหรับตัดเสื้อหม้อห้อม", "greige_cotton_fabric"),
       u("ต้นห้อมสด ใบห้อม", "fresh hom (Strobilanthes) leaves"),
       n("ช่างรับเหมาตัดเย็บเสื้อ", "sewing_service_cmt")]),
    P(82, "กลุ่มฝ้ายอินทรีย์ บ้านนาหนุน", HEMP, UP, "Nan", "th", ["Organic Thailand"], ["bio"],
      "nanun.organiccotton@gmail.com",
      [o("ปุยฝ้ายอินทรีย์ ฝ้ายตุ่นพันธุ์พื้นเมือง อีดเมล็ดแล้ว", "raw_cotton_organic"),
       o("ฝ้ายเข็นมือ สีขาวและสีตุ่น", "cotton_yarn_handspun"),
       o("ผ้าฝ้ายทอมือ ไม่ย้อม สีขาวธรรมชาติ", "handwoven_cotton_fabric_undyed")],
      [n("เครื่องอีดฝ้ายแบบมือหมุน ไม้จริง", "cotton_spinning_tools")]),
    P(83, "กลุ่มทอผ้าไหมยกดอกลำพูน", HEMP, MID, "Lamphun", "th", [PEACOCK], ["bio"],
      "lamphun.brocade@gmail.com",
      [o("ผ้าไหมยกดอกลำพูน ตรานกยูงพระราชทาน", "handwoven_silk_fabric")],
      [n("เส้นไหมไทยพันธุ์พื้นบ้าน ไหมน้อย", "silk_yarn_handreeled"),
       u("ดิ้นเงิน ดิ้นทอง", "silver and gold metallic thread")]),
    P(84, "โรงงานกี่ทอผ้า สันกำแพง", HEMP, MID, "Chiang Mai", "th", [], [],
      "sankamphaeng.loom@gmail.com",
      [o("กี่ทอผ้าไม้สัก หน้า 1 ม. พร้อมฟันหวี", "loom_supply"),
       o("เครื่องอีดฝ้าย ไน หลา อุปกรณ์ปั่นฝ้าย", "cotton_spinning_tools"),
       o("ซ่อมกี่ ซ่อมจักร นอกสถานที่ ภาคเหนือ", "machine_repair_service")],
      []),
    # ------------------------------------------------------------------ south
    P(85, "วิสาหกิจชุมชนกระจูดทะเลน้อย", HEMP, DOWN, "Phatthalung", "th", ["OTOP"], ["bio"],
      "thalenoi.krajood@gmail.com",
      [o("เสื่อกระจูด ทอมือ 1.8x2 ม.", "krajood_mat"),
       o("กระเป๋ากระจูด ย้อมสี ทรงโท้ท", "krajood_bag"),
       o("ต้นกระจูดตากแห้ง ทุบแบน", "krajood_dried")],
      [n("ผ้าฝ้ายพิมพ์ลาย สำหรับซับในกระเป๋า", "cotton_woven_fabric")]),
    P(86, "Andaman Wellness Spa", CENT, DOWN, "Phuket", "en", [], ["green"],
      "purchasing@andamanwellness.com",
      [],
      [n("Batik sarongs for treatments", "batik_sarong"),
       n("Spa towels and robes", "towel", "spa_robe"),
       n("Krajood baskets for guest amenities", "krajood_bag")]),
    P(87, "บาติกบ้านอ่าวนาง", HEMP, DOWN, "Krabi", "th", [], [],
      "aonang.batik@gmail.com",
      [o("ผ้าปาเต๊ะ ผ้าซิ่นบาติก เขียนมือ", "batik_sarong"),
       o("ผ้าบาติกเป็นเมตร เนื้อเรยอนและฝ้าย", "batik_fabric")],
      [n("ผ้าฝ้ายขาวสำหรับเขียนเทียน", "greige_cotton_fabric", "cotton_woven_fabric"),
       u("เทียนพาราฟิน ขี้ผึ้ง สำหรับเขียนลาย", "paraffin and beeswax")]),
    P(88, "กลุ่มทอผ้าเกาะยอ", HEMP, MID, "Songkhla", "th", ["OTOP"], [],
      "kohyor.weaving@gmail.com",
      [o("ผ้าทอเกาะยอ ลายราชวัตร", "handwoven_cotton_fabric"),
       o("ผ้าขาวม้าเกาะยอ", "pha_khao_ma")],
      [n("ด้ายฝ้ายย้อมสีแล้ว สีไม่ตก", "cotton_yarn_dyed_machine")]),
    P(89, "Samui Palm Wellness Resort", CENT, DOWN, "Surat Thani", "en", [], ["green"],
      "buy@samuipalm.com",
      [],
      [n("Bed linen 400 TC", "bed_sheets"),
       n("Reed or krajood floor mats", "reed_mat", "krajood_mat")]),
    P(90, "Korat Sock Knitting Co., Ltd.", SPORT, DOWN, "Nakhon Ratchasima", "en", [], [],
      "sales@koratsock.com",
      [o("Cushioned running socks", "sports_socks"),
       o("Non-slip grip socks for hospitals and elderly care", "non_slip_socks"),
       o("Compression calf sleeves for runners", "compression_sleeves_sport")],
      [n("Recycled polyester yarn (GRS not needed)", "recycled_polyester_yarn", "recycled_polyester_yarn_dyed",
         waives=("GRS",))]),
    # ------------------------------------------------------------------ added suppliers
    P(91, "กลุ่มผู้เลี้ยงครั่ง บ้านหนองปลาไหล", HEMP, UP, "Kanchanaburi", "th", [], ["bio"],
      "nongplalai.lac@gmail.com",
      [o("ครั่งดิบ ครั่งเม็ด จากต้นจามจุรี กิโลละ 120 บาท", "lac_dye"),
       o("ครั่งกิ่ง ตากแห้ง สำหรับย้อมผ้า", "lac_dye")],
      [u("ต้องการท่อนพันธุ์ครั่ง (พันธุ์ครั่ง) สำหรับปล่อยรอบใหม่", "lac brood sticks")]),
    P(92, "บริษัท สบายกาย แคร์โปรดักส์ จำกัด", ISAN, DOWN, "Khon Kaen", "th", ["Thai FDA"], [],
      "sabaikai.care@gmail.com",
      [o("กางเกงซึมซับสำหรับผู้ใหญ่ ซักได้ 200 ครั้ง", "incontinence_brief_washable"),
       o("หมอนรองตัวจัดท่านอน ลดแผลกดทับ ทรงลิ่ม", "positioning_pillow"),
       o("ผ้ากันเปื้อนผู้สูงอายุ ผ้ากันน้ำ", "adult_bib")],
      [n("ผ้ากันน้ำเคลือบ TPU สำหรับชั้นกันซึม", "waterproof_laminated_fabric")]),
    P(93, "Siam Apparel Export Co., Ltd.", CIRC, DOWN, "Samut Prakan", "en", ["ISO 9001", "SA8000"], ["circular"],
      "sourcing@siamapparelexport.com",
      [o("Deadstock woven fabric rolls from cancelled export orders", "deadstock_fabric"),
       o("Cutting-room waste, sorted cotton and poly", "textile_cutting_waste"),
       o("Computer embroidery for outside orders", "embroidery_service")],
      [n("Monthly collection of cutting waste from our plant", "waste_collection_service"),
       n("Sublimation printing on polyester panels", "sublimation_printing_service")]),
    P(94, "บริษัท เชียงใหม่ ออร์แกนิค นิต จำกัด", HEMP, MID, "Chiang Mai", "th", ["GOTS", "OCS"], ["bio"],
      "cmorganicknit@gmail.com",
      [o("ผ้ายืดฝ้ายออร์แกนิก ซิงเกิ้ลเจอร์ซี่ 160 แกรม ได้ GOTS", "organic_cotton_jersey"),
       o("ด้ายฝ้ายออร์แกนิก 30/1", "organic_cotton_yarn")],
      [n("ปุยฝ้ายอินทรีย์ ต้องมีรับรองเกษตรอินทรีย์ Organic Thailand", "raw_cotton_organic",
         certs=("Organic Thailand",))]),
    P(95, "สหกรณ์ผู้ปลูกฝ้าย ด่านซ้าย", HEMP, UP, "Loei", "th", [], ["bio"],
      "dansai.cotton@gmail.com",
      [o("ฝ้ายดอก (ฝ้ายทั้งเมล็ด) ปีละ 30 ตัน", "raw_cotton"),
       o("ปุยฝ้ายหีบแล้ว อัดก้อน", "raw_cotton")],
      [n("เครื่องหีบฝ้ายขนาดเล็ก อุปกรณ์อีดฝ้าย", "cotton_spinning_tools")]),
    P(96, "Pattaya Watersports Gear", SPORT, DOWN, "Chonburi", "en", [], [],
      "shop@pattayawatersports.com",
      [o("Rash guards and board shorts, UPF 50+", "swimwear_rashguard")],
      [u("Chlorine-resistant swim fabric, PBT or nylon-spandex", "chlorine-resistant swim fabric"),
       n("Sublimation printing of our own designs, 300 m a month", "sublimation_printing_service")]),
]
# fmt: on

# ------------------------------------------------------------------ checks

THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")
LATIN_LETTER = re.compile(r"[A-Za-z]")
ID_FORM = re.compile(r"^bpx-\d{3}$")
LABEL_FORM = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
REGION_ORDER = ("north", "northeast", "central", "east", "west", "south")


def letter_share(text: str, lang: str) -> float:
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    if thai + latin == 0:
        return 1.0
    return (thai if lang == "th" else latin) / (thai + latin)


def check_profiles(profiles: list[Profile]) -> list[str]:
    errors: list[str] = []
    ids = [p.id for p in profiles]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    names = [p.name for p in profiles]
    if len(set(names)) != len(names):
        errors.append("duplicate names")
    for p in profiles:
        where = p.id
        if not ID_FORM.match(p.id):
            errors.append(f"{where}: bad id")
        if p.sub_cluster not in {s.value for s in SubCluster}:
            errors.append(f"{where}: bad sub_cluster {p.sub_cluster}")
        if p.stage not in {s.value for s in Stage}:
            errors.append(f"{where}: bad stage {p.stage}")
        if resolve_province(p.province) is None:
            errors.append(f"{where}: unknown province {p.province}")
        for c in p.certifications:
            if resolve_certification(c) != c:
                errors.append(f"{where}: certification {c!r} is not a canonical name")
        for tag in p.bcg:
            if tag not in {b.value for b in BcgTag}:
                errors.append(f"{where}: bad bcg tag {tag}")
        if p.language not in ("th", "en"):
            errors.append(f"{where}: bad language {p.language}")
        if "@" not in p.email or " " in p.email:
            errors.append(f"{where}: bad email")
        if len(p.offers) > 4 or len(p.needs) > 4:
            errors.append(f"{where}: more than 4 offers or needs")
        if not p.offers and not p.needs:
            errors.append(f"{where}: neither offers nor needs")
        texts = [x.text for x in p.offers] + [x.text for x in p.needs]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: repeated phrase")
        for text in texts:
            if text != text.strip() or not text:
                errors.append(f"{where}: untidy phrase {text!r}")
            if p.language == "th" and letter_share(text, "th") < 0.6:
                errors.append(f"{where}: Thai phrase not mostly Thai letters: {text!r}")
            if p.language == "en" and letter_share(text, "en") < 0.98:
                errors.append(f"{where}: English phrase not Latin letters: {text!r}")
        for offer in p.offers:
            if not LABEL_FORM.match(offer.label):
                errors.append(f"{where}: bad label {offer.label!r}")
        for need in p.needs:
            if bool(need.labels) == bool(need.unmet):
                errors.append(f"{where}: a need must list labels or be marked unmet: {need.text!r}")
            for c in (*need.certs, *need.waives):
                if resolve_certification(c) != c:
                    errors.append(f"{where}: need certification {c!r} is not a canonical name")
            if set(need.certs) & set(need.waives):
                errors.append(f"{where}: a need both requires and waives a certification")
    return errors


def offered_by(profiles: list[Profile]) -> dict[str, set[str]]:
    holders: dict[str, set[str]] = {}
    for p in profiles:
        for offer in p.offers:
            holders.setdefault(offer.label, set()).add(p.id)
    return holders


def check_labels(profiles: list[Profile]) -> list[str]:
    errors: list[str] = []
    holders = offered_by(profiles)
    for p in profiles:
        for need in p.needs:
            for label in need.labels:
                if not holders.get(label, set()) - {p.id}:
                    errors.append(f"{p.id}: need label {label!r} is offered by no one else")
    return errors


def need_links(buyer: Profile, need: Need, profiles: list[Profile]) -> set[str]:
    suppliers: set[str] = set()
    for supplier in profiles:
        if supplier.id == buyer.id:
            continue
        if not set(need.certs) <= set(supplier.certifications):
            continue
        if any(offer.label in need.labels for offer in supplier.offers):
            suppliers.add(supplier.id)
    return suppliers


def true_links(profiles: list[Profile]) -> list[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in profiles:
        for need in buyer.needs:
            links |= {(s, buyer.id) for s in need_links(buyer, need, profiles)}
    return sorted(links)


def check_links(profiles: list[Profile], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    for buyer in profiles:
        for need in buyer.needs:
            if need.labels and not need_links(buyer, need, profiles):
                errors.append(f"{buyer.id}: need met by no one but not marked unmet: {need.text!r}")
    lang = {p.id: p.language for p in profiles}
    cross = sum(lang[s] != lang[b] for s, b in links)
    unmet = sum(bool(need.unmet) for p in profiles for need in p.needs)
    requiring = sum(bool(need.certs) for p in profiles for need in p.needs)
    waiving = sum(bool(need.waives) for p in profiles for need in p.needs)
    th_share = sum(p.language == "th" for p in profiles) / len(profiles)
    if not 140 <= len(links) <= 180:
        errors.append(f"{len(links)} true links, outside 140-180")
    if cross < 0.45 * len(links):
        errors.append(f"only {cross} of {len(links)} links cross languages")
    if not 15 <= unmet <= 25:
        errors.append(f"{unmet} unmet needs, outside 15-25")
    if requiring < 5 or waiving < 2:
        errors.append(f"{requiring} needs require and {waiving} waive a certification")
    if not 0.55 <= th_share <= 0.65:
        errors.append(f"Thai share {th_share:.2f}")
    if {p.sub_cluster for p in profiles} != {s.value for s in SubCluster}:
        errors.append("not every sub-cluster is covered")
    if {p.stage for p in profiles} != {s.value for s in Stage}:
        errors.append("not every stage is covered")
    regions = {resolve_province(p.province).region.value for p in profiles}  # type: ignore[union-attr]
    if regions != set(REGION_ORDER):
        errors.append(f"regions covered: {sorted(regions)}")
    return errors


# ------------------------------------------------------------------ output


def profile_json(p: Profile) -> str:
    row = {
        "id": p.id,
        "name": p.name,
        "sub_cluster": p.sub_cluster,
        "stage": p.stage,
        "province": p.province,
        "offers": [x.text for x in p.offers],
        "needs": [x.text for x in p.needs],
        "certifications": p.certifications,
        "bcg": p.bcg,
        "contact_email": p.email,
        "language": p.language,
    }
    return json.dumps(row, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def counts(profiles: list[Profile], links: list[tuple[str, str]]) -> list[tuple[str, object]]:
    by_id = {p.id: p for p in profiles}
    lang = Counter(p.language for p in profiles)
    sub = Counter(p.sub_cluster for p in profiles)
    stage = Counter(p.stage for p in profiles)
    region = Counter(resolve_province(p.province).region.value for p in profiles)  # type: ignore[union-attr]
    offers = [x for p in profiles for x in p.offers]
    needs = [x for p in profiles for x in p.needs]
    th_en = sum(by_id[s].language == "th" and by_id[b].language == "en" for s, b in links)
    en_th = sum(by_id[s].language == "en" and by_id[b].language == "th" for s, b in links)
    th_th = sum(by_id[s].language == by_id[b].language == "th" for s, b in links)
    en_en = sum(by_id[s].language == by_id[b].language == "en" for s, b in links)
    rows: list[tuple[str, object]] = [
        ("profiles", len(profiles)),
        ("language th / en", f"{lang['th']} / {lang['en']}"),
    ]
    rows += [(f"sub-cluster {s.value}", sub[s.value]) for s in SubCluster]
    rows += [(f"stage {s.value}", stage[s.value]) for s in Stage]
    rows += [(f"region {r}", region[r]) for r in REGION_ORDER]
    rows += [
        ("distinct provinces", len({resolve_province(p.province).name_en for p in profiles})),  # type: ignore[union-attr]
        ("offers", len(offers)),
        ("distinct offer labels", len({x.label for x in offers})),
        ("needs", len(needs)),
        ("needs met by someone", sum(bool(x.labels) for x in needs)),
        ("needs met by no one", sum(bool(x.unmet) for x in needs)),
        ("needs requiring a certification", sum(bool(x.certs) for x in needs)),
        ("needs waiving a certification", sum(bool(x.waives) for x in needs)),
        ("true links", len(links)),
        ("cross-language links th supplier -> en buyer", th_en),
        ("cross-language links en supplier -> th buyer", en_th),
        ("within-language links th -> th", th_th),
        ("within-language links en -> en", en_en),
        ("links between different sub-clusters", sum(by_id[s].sub_cluster != by_id[b].sub_cluster for s, b in links)),
    ]
    return rows


def main() -> int:
    profiles = sorted(PROFILES, key=lambda p: p.num)
    errors = check_profiles(profiles) + check_labels(profiles)
    links = true_links(profiles) if not errors else []
    if not errors:
        errors += check_links(profiles, links)
    if errors:
        for error in errors:
            print("CHECK FAILED:", error, file=sys.stderr)
        return 1
    (HERE / "profiles.jsonl").write_text("".join(profile_json(p) + "\n" for p in profiles), encoding="utf-8")
    (HERE / "links.csv").write_text(links_csv(links), encoding="utf-8")
    for name, value in counts(profiles, links):
        print(f"{name}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
