"""Hand-labelled evaluation set: plain registry entries of a mixed Thai/English cluster.

Every profile is written by hand below. Each offer carries a label saying what the
thing is; each need lists the offer labels that would meet it (and the certifications
its text requires), or is marked as met by no one. True links follow from the labels.

Run from the repository root:  .venv/bin/python eval/blind_plain_mixed/write.py
Writes profiles.jsonl and links.csv next to this file, only if every check passes.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    BcgTag,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

HERE = Path(__file__).resolve().parent

H = "hemp_natural_fibre"
C = "circular_textile"
S = "sportech"
AC = "ageing_lifestyle_central"
AI = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    certs: tuple[str, ...] = ()  # certifications the text requires of the supplier
    waives: tuple[str, ...] = ()  # certifications the text names only to say they are not needed
    unmet: str = ""  # what it asks for, when no one in the cluster offers it


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, tuple(labels), certs, waives)


def u(text: str, note: str) -> Need:
    return Need(text, unmet=note)


@dataclass
class Sme:
    num: int
    name: str
    sub: str
    stage: str
    province: str
    lang: str
    email: str
    offers: list[Offer] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    certs: list[str] = field(default_factory=list)
    bcg: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"bpm-{self.num:03d}"


SMES: list[Sme] = [
    # ------------------------------------------------------------------ hemp and natural fibre
    Sme(
        1,
        "วิสาหกิจชุมชนกัญชงบ้านแม่สาใหม่",
        H,
        UP,
        "Chiang Mai",
        "th",
        "maesamai.hemp@gmail.com",
        offers=[
            o("เปลือกกัญชงลอกมือ ตากแห้ง ประมาณ 200 กก./เดือน", "hemp_fibre_raw"),
            o("ด้ายกัญชงเข็นมือ สีธรรมชาติ ขายเป็นไจ", "hemp_yarn_handspun"),
        ],
        needs=[
            u("เครื่องลอกเปลือกกัญชงขนาดเล็ก", "hemp decorticating machine"),
            n("อบรมการย้อมสีธรรมชาติให้สมาชิก 20 คน", "natural_dye_training"),
        ],
        bcg=["bio"],
    ),
    Sme(
        2,
        "กลุ่มทอผ้าใยกัญชงม้งบ้านรวมไทยพัฒนา",
        H,
        MID,
        "Tak",
        "th",
        "hmonghemp.tak@gmail.com",
        offers=[
            o("ผ้าใยกัญชงทอมือ หน้ากว้าง 35-40 ซม. ม้วนละ 10 เมตร", "hemp_fabric_handwoven"),
            o("ผ้ากัญชงเขียนเทียนย้อมคราม ลายม้งดั้งเดิม", "hemp_batik_indigo_fabric"),
        ],
        needs=[
            n("ต้องการด้ายกัญชงเข็นมือ", "hemp_yarn_handspun"),
            n("เนื้อคราม (ครามเปียก) 20 กก.", "indigo_paste"),
        ],
        bcg=["bio"],
    ),
    Sme(
        3,
        "Hemp Thread Co., Ltd.",
        H,
        UP,
        "Chiang Rai",
        "en",
        "sales@hempthread.co.th",
        offers=[
            o("Machine-spun hemp yarn Nm 8-20 on cones", "hemp_yarn_machine_spun"),
            o("Hemp/cotton 55/45 fabric, 150 cm wide, greige or PFD", "hemp_cotton_blend_fabric"),
            o("Commission spinning of your bast fibre (hemp, pineapple, banana), from 100 kg", "spinning_service"),
        ],
        needs=[
            n("Decorticated or hand-stripped hemp fibre, 1 t/month minimum", "hemp_fibre_raw"),
            n("GOTS certified organic cotton yarn Ne 20 for blending", "cotton_yarn_organic", certs=("GOTS",)),
            n("Banana or pineapple leaf fibre for blended yarn trials", "banana_fibre", "pineapple_leaf_fibre"),
        ],
        certs=["OEKO-TEX Standard 100"],
        bcg=["bio", "green"],
    ),
    Sme(
        4,
        "ร้านม่อฮ่อมแม่หลวงคำ ทุ่งโฮ้ง",
        H,
        MID,
        "Phrae",
        "th",
        "maeluangkham.mohom@gmail.com",
        offers=[
            o("รับย้อมห้อมผ้าของลูกค้า ขั้นต่ำ 10 หลา ย้อมเข้ม 5 รอบ", "indigo_dyeing_service"),
            o("เสื้อม่อฮ่อมย้อมห้อมแท้ คอจีน/คอกลม S-XXL", "indigo_dyed_shirt"),
        ],
        needs=[
            n("ห้อมเปียก (เนื้อห้อม) 50 กก./เดือน", "indigo_paste"),
            n("ผ้าฝ้ายทอมือสีขาวธรรมชาติ ยังไม่ย้อม", "cotton_fabric_handwoven_undyed"),
        ],
        certs=["OTOP"],
    ),
    Sme(
        5,
        "วิสาหกิจชุมชนครามบ้านดอนกอย",
        H,
        UP,
        "Sakon Nakhon",
        "th",
        "donkoi.indigo@gmail.com",
        offers=[
            o("เนื้อครามธรรมชาติ (ครามเปียก) กก.ละ 250 บาท", "indigo_paste"),
            o("ผ้าฝ้ายย้อมครามทอมือ ลายขิด ลายมัดหมี่", "indigo_dyed_cotton_fabric_handwoven"),
            o("ผ้าพันคอย้อมคราม 50x180 ซม.", "scarf_indigo"),
        ],
        needs=[
            n("ฝ้ายเข็นมือ สีขาวและสีตุ่น", "cotton_yarn_handspun"),
            n("นักออกแบบช่วยทำลายผ้าให้ทันสมัย ขายคนรุ่นใหม่ได้", "product_design_service"),
        ],
        certs=["OTOP"],
        bcg=["bio"],
    ),
    Sme(
        6,
        "วิสาหกิจชุมชนฝ้ายอินทรีย์ภูหลวง",
        H,
        UP,
        "Loei",
        "th",
        "phuluang.cotton@gmail.com",
        offers=[
            o("ปุยฝ้ายอินทรีย์ อีดเมล็ดออกแล้ว พร้อมเข็น", "cotton_lint_organic"),
            o("ด้ายฝ้ายเข็นมือ ฝ้ายขาวและฝ้ายตุ่น", "cotton_yarn_handspun"),
        ],
        needs=[
            u("เครื่องอีดฝ้ายแบบใช้มอเตอร์", "motorised cotton gin"),
            n("สินเชื่อสำหรับซื้อเมล็ดพันธุ์และปุ๋ยอินทรีย์", "sme_loan"),
        ],
        certs=["Organic Thailand"],
        bcg=["bio", "green"],
    ),
    Sme(
        7,
        "Banana Fibre Craft Kamphaeng Phet",
        H,
        UP,
        "Kamphaeng Phet",
        "en",
        "bananafibre.kpp@gmail.com",
        offers=[
            o("Banana stem fibre, hand-extracted and sun-dried, 50 kg lots", "banana_fibre"),
            o("Handspun banana fibre yarn, natural colour", "banana_fibre_yarn_handspun"),
        ],
        needs=[
            n("Natural dyeing training for our 15 members", "natural_dye_training"),
            n("Someone to run our Facebook page and Shopee shop", "digital_marketing_service"),
        ],
        bcg=["bio", "circular"],
    ),
    Sme(
        8,
        "บจก. ใยสับปะรดตะวันออก",
        H,
        UP,
        "Rayong",
        "th",
        "info@eastpinefibre.co.th",
        offers=[
            o("เส้นใยใบสับปะรด ขูดและตากแห้ง เกรด A", "pineapple_leaf_fibre"),
            o("ผ้าใยสับปะรดผสมฝ้าย 30/70 ทอเครื่อง หน้ากว้าง 150 ซม.", "pineapple_blend_fabric"),
        ],
        needs=[
            n("ใบสับปะรดสดหลังเก็บผล 5 ตัน/สัปดาห์", "pineapple_leaves_raw"),
            n("โรงงานรับจ้างปั่นใยสับปะรดของเราเป็นเส้นด้าย", "spinning_service"),
        ],
        bcg=["bio", "circular"],
    ),
    Sme(
        9,
        "กลุ่มเกษตรกรไร่สับปะรดสามร้อยยอด",
        H,
        UP,
        "Prachuap Khiri Khan",
        "th",
        "samroiyod.pine@gmail.com",
        offers=[
            o("ใบสับปะรดหลังเก็บเกี่ยว ให้ฟรี ผู้ซื้อออกค่าขนส่งเอง", "pineapple_leaves_raw"),
        ],
        needs=[
            n("สินเชื่อดอกเบี้ยต่ำ สำหรับซื้อเครื่องขูดใย", "sme_loan"),
            u("เครื่องขูดใยสับปะรด", "pineapple leaf decorticator"),
        ],
        bcg=["circular"],
    ),
    Sme(
        10,
        "Bualuang Lotus Fibre Studio",
        H,
        UP,
        "Suphan Buri",
        "en",
        "hello@bualuanglotus.com",
        offers=[
            o("Hand-pulled lotus stem yarn, 100% lotus, sold by the gram", "lotus_fibre_yarn"),
            o("Lotus-silk blend scarves, handwoven", "scarf_lotus_silk"),
        ],
        needs=[
            n("Hand-reeled Thai silk yarn (native Nangnoi) for our lotus scarves", "silk_yarn_handreeled"),
            n("Gift boxes with our logo, about 500 pcs", "gift_box_packaging"),
            n("Weavers to weave our lotus yarn into scarves, we supply the yarn", "weaving_service"),
        ],
        bcg=["bio"],
    ),
    Sme(
        11,
        "วิสาหกิจชุมชนเลี้ยงไหมบ้านหนองบัวแดง",
        H,
        UP,
        "Chaiyaphum",
        "th",
        "nongbuadaeng.silk@gmail.com",
        offers=[
            o("รังไหมพันธุ์ไทยพื้นบ้าน (รังเหลือง) 30 กก./รุ่น", "silk_cocoons"),
            o("เส้นไหมสาวมือ ไหมน้อย ไหมลืบ", "silk_yarn_handreeled"),
        ],
        needs=[
            n("กิ่งพันธุ์หม่อน 2,000 กิ่ง", "mulberry_cuttings"),
        ],
        bcg=["bio"],
    ),
    Sme(
        12,
        "กลุ่มทอผ้าไหมบ้านสวาย",
        H,
        MID,
        "Surin",
        "th",
        "baansawai.silk@gmail.com",
        offers=[
            o("ผ้าไหมยกทอง ทอมือ ได้ตรานกยูงพระราชทาน", "silk_brocade_handwoven"),
            o("ผ้าไหมมัดหมี่ สีธรรมชาติ ผืนละ 4 เมตร", "silk_mudmee_fabric"),
        ],
        needs=[
            n("ไหมน้อยสาวมือ 20 กก.", "silk_yarn_handreeled"),
            n("หาครั่งดิบสำหรับย้อมสีแดง", "lac_dye_raw"),
        ],
        certs=["Thai Silk Peacock Emblem", "OTOP"],
    ),
    Sme(
        13,
        "Lanna Natural Dye Supply",
        H,
        UP,
        "Lampang",
        "en",
        "order@lannadye.com",
        offers=[
            o("Stick lac for red dye, cleaned, 1 kg bags", "lac_dye_raw"),
            o("Dye plant materials: jackfruit heartwood, ebony fruit, mango bark", "natural_dye_plant_material"),
            o("2-day natural dyeing workshop, up to 15 people", "natural_dye_training"),
        ],
        needs=[
            n("English website and product photos", "digital_marketing_service", "product_photography"),
        ],
        bcg=["bio"],
    ),
    # ------------------------------------------------------------------ circular
    Sme(
        14,
        "หจก. โคราชผ้ามือสอง",
        C,
        UP,
        "Nakhon Ratchasima",
        "th",
        "koratsecondhand@gmail.com",
        offers=[
            o("เสื้อผ้ามือสองเกรด A ใส่ต่อได้ มัดกระสอบ 45 กก.", "used_clothing_rewearable"),
            o("เสื้อผ้ามือสองเกรด C ใส่ต่อไม่ได้ ขายเป็นกิโล สำหรับรีไซเคิล", "used_clothing_nonrewearable"),
            o("กางเกงยีนส์เก่าคัดแยกแล้ว ตัดซิปกระดุมออก", "used_denim"),
        ],
        needs=[
            u("เครื่องอัดก้อน (baler) มือสอง", "baling press"),
        ],
        bcg=["circular"],
    ),
    Sme(
        15,
        "บจก. สาครการ์เมนต์",
        C,
        MID,
        "Samut Sakhon",
        "th",
        "purchase@sakhongarment.co.th",
        offers=[
            o("เศษผ้าตัดคอตตอน 100% แยกสี จากไลน์ตัดเย็บ 3 ตัน/เดือน", "cotton_cutting_waste"),
            o("รับตัดเย็บ CMT เสื้อยืด เสื้อโปโล ขั้นต่ำ 500 ตัว/แบบ", "cmt_sewing_service"),
        ],
        needs=[
            n("ผ้ายืด cotton 100% 180 แกรม ผ้าใหม่", "cotton_knit_fabric"),
            n("ด้ายเย็บโพลีเอสเตอร์ หลอดใหญ่", "sewing_thread"),
            n("ช่างซ่อมจักรเย็บ มาดูแลที่โรงงานเดือนละครั้ง", "sewing_machine_repair_service"),
        ],
        certs=["ISO 9001"],
    ),
    Sme(
        16,
        "Circular Fibre Co., Ltd.",
        C,
        UP,
        "Chonburi",
        "en",
        "info@circularfibre.co.th",
        offers=[
            o("Recycled cotton fibre from pre-consumer cutting waste, mechanically opened", "recycled_cotton_fibre"),
            o("Shredding service: send us your textile waste, we return opened fibre", "textile_shredding_service"),
        ],
        needs=[
            n("Pre-consumer cotton cutting waste, sorted by colour, 10 t/month", "cotton_cutting_waste"),
            n("Looking for post-consumer clothing, non-rewearable grade, by the tonne", "used_clothing_nonrewearable"),
        ],
        certs=["GRS", "RCS"],
        bcg=["circular"],
    ),
    Sme(
        17,
        "โรงปั่นด้ายรีไซเคิลนครชัยศรี",
        C,
        UP,
        "Nakhon Pathom",
        "th",
        "ncs.recycledyarn@gmail.com",
        offers=[
            o("ด้ายคอตตอนรีไซเคิล OE Ne 10-20 ผสม rPET 40%", "recycled_cotton_yarn"),
        ],
        needs=[
            n("ใยฝ้ายรีไซเคิลจากเศษผ้า", "recycled_cotton_fibre"),
            n(
                "ใยโพลีเอสเตอร์รีไซเคิล (rPET staple fibre) ต้องมี GRS",
                "recycled_polyester_staple_fibre",
                certs=("GRS",),
            ),
        ],
        certs=["GRS"],
        bcg=["circular"],
    ),
    Sme(
        18,
        "ร้านสมศักดิ์รีไซเคิล หาดใหญ่",
        C,
        UP,
        "Songkhla",
        "th",
        "somsak.recycle@gmail.com",
        offers=[
            o("ขวด PET ใส อัดก้อน ก้อนละ 200-250 กก. โทร 081-765-4321", "pet_bottles_baled"),
            o("กระป๋องอลูมิเนียม อัดก้อน", "aluminium_cans"),
        ],
        bcg=["circular"],
    ),
    Sme(
        19,
        "Green PET Fibre Co., Ltd.",
        C,
        UP,
        "Rayong",
        "en",
        "procurement@greenpetfibre.com",
        offers=[
            o("rPET flakes, hot-washed, clear", "rpet_flakes"),
            o(
                "Recycled polyester staple fibre 1.4D-15D, GRS, best price on the Eastern Seaboard",
                "recycled_polyester_staple_fibre",
            ),
        ],
        needs=[
            n("Baled clear PET bottles, 20 t/month, delivered to our Rayong plant", "pet_bottles_baled"),
        ],
        certs=["GRS", "ISO 14001"],
        bcg=["circular", "green"],
    ),
    Sme(
        20,
        "Thai Eco Yarn Co., Ltd.",
        C,
        UP,
        "Samut Prakan",
        "en",
        "sales@thaiecoyarn.com",
        offers=[
            o("Recycled polyester filament yarn 75D/150D DTY, GRS certified", "recycled_polyester_yarn"),
        ],
        needs=[
            n("rPET flakes or chips, bottle grade", "rpet_flakes"),
        ],
        certs=["GRS", "OEKO-TEX Standard 100"],
        bcg=["circular"],
    ),
    Sme(
        21,
        "บจก. สยามสปอร์ตนิตติ้ง",
        S,
        MID,
        "Samut Prakan",
        "th",
        "sales@siamsportknit.co.th",
        offers=[
            o("ผ้า rPET ถักนิต ระบายเหงื่อ (wicking) 140 แกรม", "recycled_pet_knit_fabric"),
            o("ผ้าดรายฟิตโพลีเอสเตอร์ เส้นใยใหม่ หน้ากว้าง 60 นิ้ว", "polyester_wicking_knit_fabric"),
        ],
        needs=[
            n("เส้นด้ายโพลีเอสเตอร์รีไซเคิล 75D มีใบรับรอง GRS", "recycled_polyester_yarn", certs=("GRS",)),
            u("เส้นด้ายสแปนเด็กซ์ 40D", "spandex (elastane) yarn"),
            n("แล็บทดสอบการระบายเหงื่อและค่า UV ของผ้า", "textile_testing_service"),
        ],
        certs=["GRS", "OEKO-TEX Standard 100"],
        bcg=["circular"],
    ),
    Sme(
        22,
        "Remade Bangkok",
        C,
        DOWN,
        "Bangkok",
        "en",
        "studio@remadebkk.com",
        offers=[
            o("Upcycled tote bags made from deadstock fabric", "upcycled_bag"),
            o("Patchwork jackets made from old jeans", "upcycled_garment"),
        ],
        needs=[
            n("Deadstock fabric rolls and end-of-rolls, any composition", "deadstock_fabric"),
            n("Used denim jeans, worn out is fine", "used_denim"),
            n("Indigo overdyeing of our finished jackets, small lots", "indigo_dyeing_service"),
        ],
        bcg=["circular"],
    ),
    Sme(
        23,
        "ร้านผ้าสต็อกสำเพ็ง",
        C,
        MID,
        "Bangkok",
        "th",
        "sampengstock@gmail.com",
        offers=[
            o("ผ้าค้างสต็อก ผ้าปลายม้วน ขายเป็นกิโล กิโลละ 80 บาท สนใจทักไลน์ @sampengstock", "deadstock_fabric"),
            o("หลอดด้ายเหลือจากโรงงาน คละสี", "deadstock_yarn"),
        ],
        needs=[
            n("คนช่วยไลฟ์ขายผ้าทาง TikTok", "digital_marketing_service"),
        ],
        bcg=["circular"],
    ),
    Sme(
        24,
        "บจก. ใยรีไซเคิลอีสาน",
        C,
        UP,
        "Khon Kaen",
        "th",
        "isanrecyclefibre@gmail.com",
        offers=[
            o("แผ่นสักหลาดจากเศษผ้ารีไซเคิล ใช้บุรองพื้น/ฉนวน หนา 5-10 มม.", "recycled_felt_sheet"),
        ],
        needs=[
            n("เศษผ้าจากโรงงานตัดเย็บ ทุกชนิด ไม่ต้องคัดสี", "cotton_cutting_waste", "polyester_cutting_waste"),
            n("เสื้อผ้าเก่าที่ใส่ไม่ได้แล้ว", "used_clothing_nonrewearable"),
        ],
        bcg=["circular"],
    ),
    # ------------------------------------------------------------------ sportech
    Sme(
        25,
        "บจก. สปอร์ตไลน์ การ์เมนต์",
        S,
        DOWN,
        "Nonthaburi",
        "th",
        "order@sportline.co.th",
        offers=[
            o("เสื้อกีฬาพิมพ์ sublimation ทั้งตัว สั่งทำทีมละ 20 ตัวขึ้นไป", "sports_jersey_custom"),
            o("เศษผ้าโพลีเอสเตอร์จากการตัด 500 กก./เดือน", "polyester_cutting_waste"),
        ],
        needs=[
            n("ผ้าไมโคร/ดรายฟิต สำหรับเสื้อกีฬา", "polyester_wicking_knit_fabric", "recycled_pet_knit_fabric"),
            n("ร้านรับพิมพ์ซับลิเมชั่น ช่วงงานล้น", "sublimation_printing_service"),
        ],
    ),
    Sme(
        26,
        "PrintPro Sublimation",
        S,
        MID,
        "Pathum Thani",
        "en",
        "printpro.sub@gmail.com",
        offers=[
            o("Sublimation printing on customer's polyester fabric, 1.8 m wide", "sublimation_printing_service"),
            o("Screen printing on T-shirts, minimum 50 pcs", "screen_printing_service"),
        ],
        needs=[
            u("Sublimation ink, 20 litres a month", "sublimation ink"),
        ],
    ),
    Sme(
        27,
        "Run Siam Apparel",
        S,
        DOWN,
        "Bangkok",
        "en",
        "sourcing@runsiam.com",
        offers=[
            o("Running shirts and shorts, own brand, sold online and in 6 stores", "running_apparel"),
        ],
        needs=[
            n("Recycled polyester knit fabric, wicking, GRS certified", "recycled_pet_knit_fabric", certs=("GRS",)),
            n("Reflective tape and heat-transfer logos", "reflective_trim"),
            n("Need a cut-and-sew factory for about 2,000 pcs per season", "cmt_sewing_service"),
        ],
    ),
    Sme(
        28,
        "ร้านอุปกรณ์ตัดเย็บบ้านหม้อ",
        S,
        MID,
        "Bangkok",
        "th",
        "banmoh.sewing@gmail.com",
        offers=[
            o("ยางยืดทอ ยางยืดถัก หน้า 1-2 นิ้ว ขายเป็นม้วน", "elastic_tape"),
            o("เทปสะท้อนแสง สำหรับเสื้อกีฬา/เสื้อจราจร", "reflective_trim"),
            o("ด้ายเย็บโพลีเอสเตอร์ หลอดใหญ่ 5,000 หลา", "sewing_thread"),
            o("ตีนตุ๊กแก (velcro) ม้วน 25 หลา", "hook_loop_tape"),
        ],
    ),
    Sme(
        29,
        "โรงเรียนกีฬาจังหวัดสุพรรณบุรี",
        S,
        DOWN,
        "Suphan Buri",
        "th",
        "supply@sportschool-sp.ac.th",
        needs=[
            n("เสื้อกีฬาทีม พิมพ์ชื่อ-เบอร์ 300 ตัว ส่งก่อน พ.ค. 68", "sports_jersey_custom"),
            n("ถุงเท้ากีฬา 600 คู่", "sports_socks"),
        ],
    ),
    Sme(
        30,
        "หจก. ราชบุรีถุงเท้า",
        S,
        DOWN,
        "Ratchaburi",
        "th",
        "rbsocks@gmail.com",
        offers=[
            o("ถุงเท้ากีฬา พื้นผ้าขนหนู", "sports_socks"),
            o("ถุงเท้าผู้สูงอายุ ขอบไม่รัด มีปุ่มกันลื่น", "elderly_nonslip_socks"),
        ],
        needs=[
            n("ด้ายคอตตอนรีไซเคิล Ne 16-20", "recycled_cotton_yarn"),
            u("เส้นด้ายไนลอนหุ้มยาง", "nylon-covered rubber yarn"),
        ],
    ),
    Sme(
        31,
        "Coat-Tex Thailand Co., Ltd.",
        S,
        MID,
        "Samut Prakan",
        "en",
        "tech@coattex.co.th",
        offers=[
            o("TPU lamination and waterproof coating on customer's fabric", "waterproof_coating_service"),
            o("3-layer waterproof breathable laminated fabric, in stock", "waterproof_laminated_fabric"),
            o("Antibacterial silver-ion finishing on fabric", "antibacterial_finishing_service"),
        ],
        needs=[
            u("Nylon ripstop greige fabric 70D", "nylon ripstop greige fabric"),
        ],
        certs=["ISO 9001", "bluesign"],
    ),
    Sme(
        32,
        "บจก. ดอยเทรล แบ็คแพ็ค",
        S,
        DOWN,
        "Chiang Mai",
        "th",
        "doitrail.bag@gmail.com",
        offers=[
            o("กระเป๋าเป้เดินป่า กันน้ำ 30-45 ลิตร", "backpack_outdoor"),
        ],
        needs=[
            n("ผ้ากันน้ำเคลือบ TPU สำหรับตัดกระเป๋า", "waterproof_laminated_fabric"),
            u("ซิปกันน้ำ YKK เบอร์ 5", "waterproof zippers"),
            n("เทปสะท้อนแสง", "reflective_trim"),
            n("รับเคลือบกันน้ำผ้าแคนวาสที่เราส่งไป", "waterproof_coating_service"),
        ],
    ),
    Sme(
        33,
        "Krabi Yoga Mats",
        S,
        DOWN,
        "Krabi",
        "en",
        "hello@krabiyogamats.com",
        offers=[
            o("Handwoven natural yoga mats, sedge and cotton", "yoga_mat_woven"),
        ],
        needs=[
            n("Dried kok sedge (ton kok), dyed or natural", "dried_reed_sedge"),
            n("Organic cotton yarn for the warp, GOTS not required", "cotton_yarn_organic", waives=("GOTS",)),
        ],
        bcg=["bio"],
    ),
    Sme(
        34,
        "Pattaya Muay Thai Gear",
        S,
        DOWN,
        "Chonburi",
        "en",
        "shop@pattayamuaythai.com",
        offers=[
            o("Muay Thai shorts, satin, embroidered, custom names. WhatsApp +66 81 234 5678", "muay_thai_shorts"),
            o("Leather boxing gloves 10-16 oz", "boxing_gloves"),
        ],
        needs=[
            n("Polyester satin fabric in bright colours", "satin_fabric"),
            n("Embroidery of logos on our finished shorts", "embroidery_service"),
        ],
    ),
    Sme(
        35,
        "ร้านปักสวยปากเกร็ด",
        S,
        MID,
        "Nonthaburi",
        "th",
        "pakkret.embroidery@gmail.com",
        offers=[
            o("รับปักโลโก้จักรคอมพิวเตอร์ บนเสื้อ/กางเกงของลูกค้า", "embroidery_service"),
            o("รับสกรีนเสื้อ ซิลค์สกรีน ขั้นต่ำ 30 ตัว", "screen_printing_service"),
        ],
        needs=[
            u("จักรปักคอมพิวเตอร์มือสอง 6 หัว", "multi-head embroidery machine"),
        ],
    ),
    Sme(
        36,
        "ห้างหุ้นส่วนจำกัด พาหุรัดผ้าไทย",
        AC,
        MID,
        "Bangkok",
        "th",
        "pahurat.phathai@gmail.com",
        offers=[
            o("ผ้าซาตินโพลีเอสเตอร์ สีสด มีกว่า 40 สี", "satin_fabric"),
            o("ผ้า cotton 100% ย้อมสีพื้น หน้ากว้าง 58 นิ้ว", "cotton_fabric_solid_dyed"),
            o("ผ้ายืดคอตตอนสแปนเด็กซ์ ขายเป็นกิโล", "cotton_knit_fabric"),
        ],
    ),
    Sme(
        37,
        "Thai Sport Textile Testing Lab",
        S,
        MID,
        "Pathum Thani",
        "en",
        "lab@sporttextilelab.org",
        offers=[
            o("Lab testing: wicking, UV protection, colour fastness, pilling", "textile_testing_service"),
        ],
    ),
    # ------------------------------------------------------------------ ageing lifestyle, central
    Sme(
        38,
        "โรงพยาบาลบางนาเวชการ",
        AC,
        DOWN,
        "Bangkok",
        "th",
        "purchasing@bangnavej.co.th",
        needs=[
            n(
                "ผ้ายกตัวผู้ป่วย (patient transfer sheet) แบบซักได้ รับน้ำหนัก 150 กก.",
                "patient_transfer_sheet_washable",
            ),
            n("ผ้าปูเตียงผู้ป่วย cotton 100% ต้องผ่าน OEKO-TEX", "hospital_bed_sheet", certs=("OEKO-TEX Standard 100",)),
            n("บริการซักผ้าโรงพยาบาล รับ-ส่งทุกวัน", "linen_laundry_service"),
        ],
    ),
    Sme(
        39,
        "บจก. เมดิเท็กซ์ (ไทยแลนด์)",
        AC,
        DOWN,
        "Pathum Thani",
        "th",
        "sales@meditex.co.th",
        offers=[
            o("ผ้ายกตัวผู้ป่วย ซักได้ 200 ครั้ง รับน้ำหนัก 200 กก.", "patient_transfer_sheet_washable"),
            o("ผ้ารองซับปัสสาวะแบบซักได้ 4 ชั้น", "washable_underpad"),
            o("ผ้าปูเตียงผู้ป่วย ผ้า TC สีฟ้า", "hospital_bed_sheet"),
        ],
        needs=[
            n("ผ้ากันน้ำเคลือบ TPU สำหรับชั้นกันซึม", "waterproof_laminated_fabric"),
            n("รับเคลือบกันแบคทีเรียบนผ้าที่เราส่งไป", "antibacterial_finishing_service"),
        ],
        certs=["ISO 13485", "Thai FDA"],
    ),
    Sme(
        40,
        "Thai Care Hygiene Co., Ltd.",
        AC,
        DOWN,
        "Chachoengsao",
        "en",
        "sales@thaicarehygiene.com",
        offers=[
            o("Adult diapers, tape type, M/L/XL, 10 pcs per pack", "adult_diaper_disposable"),
            o("Disposable underpads 60x90 cm", "disposable_underpad"),
            o("Single-use non-woven patient transfer sheets", "patient_transfer_sheet_disposable"),
        ],
        needs=[
            n("Hydrophilic PP spunbond nonwoven, 15 gsm", "nonwoven_spunbond"),
            u("Fluff pulp", "fluff pulp"),
        ],
        certs=["Thai FDA", "ISO 13485"],
    ),
    Sme(
        41,
        "Siam Nonwoven Co., Ltd.",
        AC,
        MID,
        "Rayong",
        "en",
        "info@siamnonwoven.com",
        offers=[
            o("PP spunbond nonwoven 10-100 gsm, hydrophilic grade for hygiene products", "nonwoven_spunbond"),
            o("3-ply disposable surgical masks", "surgical_mask_disposable"),
        ],
        needs=[
            u("PP resin (homopolymer)", "polypropylene resin"),
        ],
        certs=["ISO 9001"],
    ),
    Sme(
        42,
        "บ้านสุขใจ เนอร์สซิ่งโฮม",
        AC,
        DOWN,
        "Nonthaburi",
        "th",
        "baansukjai.care@gmail.com",
        needs=[
            n("ผ้าอ้อมผู้ใหญ่แบบเทป ต้องมีเลข อย.", "adult_diaper_disposable", certs=("Thai FDA",)),
            n("ต้องการผ้ารองซับแบบซักได้ 100 ผืน", "washable_underpad"),
            n("เสื้อผ้าผู้สูงอายุแบบผ่าหน้า ใส่ง่าย", "adaptive_clothing_elderly"),
        ],
    ),
    Sme(
        43,
        "Easy Wear for Seniors",
        AC,
        DOWN,
        "Bangkok",
        "en",
        "team@easywearseniors.com",
        offers=[
            o("Front-opening adaptive clothing for the elderly, magnetic closures", "adaptive_clothing_elderly"),
            o("Hip protector pants with soft pads", "hip_protector_pants"),
        ],
        needs=[
            n(
                "Soft cotton jersey fabric, OEKO-TEX Standard 100",
                "cotton_knit_fabric",
                certs=("OEKO-TEX Standard 100",),
            ),
            u("Magnetic snap buttons", "magnetic buttons"),
            n("Small-lot CMT sewing, 200 pcs per style", "cmt_sewing_service"),
            n("Velcro tape, soft hook", "hook_loop_tape"),
        ],
    ),
    Sme(
        44,
        "Hua Hin Beach Resort & Spa",
        AC,
        DOWN,
        "Prachuap Khiri Khan",
        "en",
        "purchasing@huahinbeachresort.com",
        needs=[
            n("White cotton bed linen, 300 thread count", "hotel_bed_linen"),
            n("Spa towels and bathrobes", "terry_towel", "bathrobe"),
            n("Linen laundry service", "linen_laundry_service"),
            n("Staff uniforms for 120 employees", "corporate_uniform"),
        ],
    ),
    Sme(
        45,
        "หจก. นครปฐมเบดดิ้ง",
        AC,
        DOWN,
        "Nakhon Pathom",
        "th",
        "npbedding@gmail.com",
        offers=[
            o("ผ้าปูที่นอนโรงแรม cotton 100% 300 เส้นด้าย พร้อมปลอกหมอน", "hotel_bed_linen"),
            o("ผ้าปูเตียงผู้ป่วย ตัดตามขนาดเตียงโรงพยาบาล", "hospital_bed_sheet"),
        ],
        needs=[
            n("ผ้าดิบ cotton หน้ากว้าง 110 นิ้ว", "cotton_greige_fabric"),
            n("บริการรับเศษผ้าของเราไปบด แล้วคืนเป็นใยสำหรับยัดหมอน", "textile_shredding_service"),
        ],
        certs=["OEKO-TEX Standard 100"],
    ),
    Sme(
        46,
        "บจก. คลีนลิเนน เซอร์วิส",
        AC,
        DOWN,
        "Samut Prakan",
        "th",
        "cs@cleanlinen.co.th",
        offers=[
            o("รับซักอบรีดผ้าปูที่นอน ผ้าขนหนู โรงแรมและโรงพยาบาล รับ-ส่งถึงที่", "linen_laundry_service"),
        ],
        needs=[
            n("ผ้าปูที่นอนและผ้าขนหนูโรงแรม สำหรับบริการให้เช่า", "hotel_bed_linen", "terry_towel"),
        ],
    ),
    Sme(
        47,
        "ศิวาสปา ภูเก็ต",
        AC,
        DOWN,
        "Phuket",
        "th",
        "sivaspa.phuket@gmail.com",
        needs=[
            n("ลูกประคบสมุนไพร สดและแห้ง เดือนละ 300 ลูก", "herbal_compress"),
            n("ผ้าขนหนูและเสื้อคลุมสปา สีขาว", "terry_towel", "bathrobe"),
            n(
                "ผ้าฝ้ายขาวสำหรับห่อลูกประคบสูตรของร้าน",
                "cotton_greige_fabric",
                "cotton_fabric_handwoven_undyed",
            ),
            n("รังไหมสำหรับขัดหน้า", "silk_cocoons"),
        ],
    ),
    Sme(
        48,
        "วิสาหกิจชุมชนสมุนไพรบ้านควนขนุน",
        AC,
        DOWN,
        "Phatthalung",
        "th",
        "khuankhanun.herb@gmail.com",
        offers=[
            o("ลูกประคบสมุนไพรสด 150 กรัม ส่งทั่วประเทศ", "herbal_compress"),
            o("ยาดมสมุนไพร", "herbal_inhaler"),
        ],
        needs=[
            n("ผ้าดิบ หน้ากว้าง 36 นิ้ว ม้วนละ 50 หลา", "cotton_greige_fabric"),
        ],
        certs=["OTOP"],
        bcg=["bio"],
    ),
    Sme(
        49,
        "บจก. อยุธยาผ้าขนหนู",
        AC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "th",
        "sales@ayutthayatowel.co.th",
        offers=[
            o("ผ้าขนหนูโรงแรม/สปา cotton 100% 16 ปอนด์", "terry_towel"),
            o("เสื้อคลุมอาบน้ำผ้าขนหนู", "bathrobe"),
            o("ผ้าขนหนูเป็นม้วน ยังไม่ตัด ขายเป็นเมตร", "terry_fabric"),
        ],
        needs=[
            n("ด้ายคอตตอน Ne 20 ด้ายใหม่ ไม่รับด้ายรีไซเคิล", "cotton_yarn_machine", "cotton_yarn_organic"),
        ],
        certs=["OEKO-TEX Standard 100"],
    ),
    Sme(
        50,
        "ร้านสุขภาพดี เมดิคอล",
        AC,
        DOWN,
        "Nonthaburi",
        "th",
        "sukkhaphapdee.med@gmail.com",
        needs=[
            n("ผ้าอ้อมผู้ใหญ่ ทุกไซส์", "adult_diaper_disposable"),
            n("ถุงเท้ากันลื่นสำหรับผู้สูงอายุ", "elderly_nonslip_socks"),
            n("เบาะรองนั่งลดแผลกดทับ", "pressure_relief_cushion"),
            n("แผ่นรองซับแบบใช้แล้วทิ้ง", "disposable_underpad"),
        ],
    ),
    Sme(
        51,
        "บจก. ยูนิฟอร์มไทย",
        AC,
        DOWN,
        "Bangkok",
        "th",
        "order@uniformthai.co.th",
        offers=[
            o("ชุดพยาบาล ชุดสครับ สั่งตัดตามไซส์", "medical_scrubs"),
            o("ยูนิฟอร์มพนักงานโรงแรมและบริษัท", "corporate_uniform"),
            o("ชุดผู้ป่วย เสื้อผ่าหน้า กางเกง/ผ้าถุง", "patient_gown"),
        ],
        needs=[
            n("ผ้า TC 65/35 สีพื้น สำหรับชุดสครับ", "polyester_cotton_tc_fabric"),
            u("กระดุมมุก 4 รู", "shirt buttons"),
        ],
    ),
    Sme(
        52,
        "Saraburi Rehabilitation Hospital",
        AC,
        DOWN,
        "Saraburi",
        "en",
        "procurement@saraburirehab.go.th",
        needs=[
            n("Nurse scrubs, 400 sets, two colours, delivery by March 2025", "medical_scrubs"),
            n("Disposable patient transfer sheets", "patient_transfer_sheet_disposable"),
            n("Washable cloth face masks for visitors", "cloth_mask_washable"),
        ],
    ),
    Sme(
        53,
        "กลุ่มแม่บ้านเย็บผ้าบ้านป่าโมก",
        AC,
        MID,
        "Ang Thong",
        "th",
        "pamok.sewing@gmail.com",
        offers=[
            o("หน้ากากผ้าฝ้าย 2 ชั้น ซักได้ ชิ้นละ 15 บาท", "cloth_mask_washable"),
            o("รับจ้างเย็บงานเล็ก ถุงผ้า ปลอกหมอน", "cmt_sewing_service"),
        ],
        needs=[
            n("ผ้าฝ้ายสีพื้น", "cotton_fabric_solid_dyed"),
            n("ยางยืดหูหน้ากาก", "elastic_tape"),
            n("จักรเย็บอุตสาหกรรมมือสอง 2 ตัว", "sewing_machine_industrial"),
        ],
    ),
    Sme(
        54,
        "Eastern Cotton Mills Co., Ltd.",
        AC,
        MID,
        "Prachinburi",
        "en",
        "sales@easterncottonmills.com",
        offers=[
            o("Cotton greige fabric, 60 and 110 inch width", "cotton_greige_fabric"),
            o("TC poplin 65/35, piece-dyed, 20 colours", "polyester_cotton_tc_fabric"),
        ],
        needs=[
            n("Seeking combed cotton yarn Ne 30/1", "cotton_yarn_machine"),
            n("Reactive dyeing of our greige on commission", "fabric_dyeing_service"),
        ],
        certs=["OEKO-TEX Standard 100", "ISO 9001"],
    ),
    Sme(
        55,
        "บจก. โรงปั่นด้ายฝ้ายโคราช",
        H,
        UP,
        "Nakhon Ratchasima",
        "th",
        "sales@koratspinning.co.th",
        offers=[
            o("ด้ายฝ้ายสางหวีละเอียด (combed) Ne 20/30/40 คุณภาพส่งออก ราคาโรงงาน", "cotton_yarn_machine"),
            o("ด้ายฝ้ายออร์แกนิก Ne 20 ได้รับรอง GOTS", "cotton_yarn_organic"),
        ],
        needs=[
            n("ปุยฝ้ายอินทรีย์ (อีดแล้ว) ต้องมีมาตรฐานเกษตรอินทรีย์", "cotton_lint_organic", certs=("Organic Thailand",)),
        ],
        certs=["GOTS", "OEKO-TEX Standard 100"],
    ),
    Sme(
        56,
        "โรงย้อมสาครเท็กซ์ไทล์",
        AC,
        MID,
        "Samut Sakhon",
        "th",
        "sakhontextile.dye@gmail.com",
        offers=[
            o("รับย้อมผ้าพับของลูกค้า reactive/disperse ขั้นต่ำ 300 กก.", "fabric_dyeing_service"),
            o("ผ้า cotton ย้อมสำเร็จ ขายเป็นพับ", "cotton_fabric_solid_dyed"),
        ],
        needs=[
            u("สีย้อม reactive ราคาส่ง", "reactive dyestuff"),
            u("ที่ปรึกษาระบบบำบัดน้ำเสีย", "wastewater treatment consulting"),
        ],
    ),
    # ------------------------------------------------------------------ ageing lifestyle, Isan
    Sme(
        57,
        "โรงพยาบาลชุมชนบ้านไผ่",
        AI,
        DOWN,
        "Khon Kaen",
        "th",
        "banphai.hospital@moph.go.th",
        needs=[
            n("ผ้ายกตัวผู้ป่วยแบบซักได้ 30 ผืน", "patient_transfer_sheet_washable"),
            n("ผ้าห่มฝ้ายทอมือ สำหรับหอผู้ป่วยสูงอายุ", "cotton_blanket_handwoven"),
            n("ชุดผู้ป่วย เสื้อผ่าหน้า ผ้าถุง", "patient_gown"),
            n("หน้ากากอนามัย 3 ชั้น ใช้แล้วทิ้ง", "surgical_mask_disposable"),
        ],
    ),
    Sme(
        58,
        "วิสาหกิจชุมชนหมอนขิดบ้านศรีฐาน",
        AI,
        DOWN,
        "Yasothon",
        "th",
        "sritan.pillow@gmail.com",
        offers=[
            o("หมอนขิดสามเหลี่ยม ยัดนุ่นแท้", "kit_pillow_triangle"),
            o("เบาะรองนั่งกันแผลกดทับ ผ้าฝ้าย ยัดใยนุ่น", "pressure_relief_cushion"),
            o("ที่นอนพับผ้าขิด 3 ตอน", "folding_mattress"),
        ],
        needs=[
            n("ต้องการนุ่นดีดแล้ว 500 กก.", "kapok_fibre"),
            n("ผ้าฝ้ายลายขิดทอมือ", "cotton_kit_fabric_handwoven"),
        ],
        certs=["OTOP"],
    ),
    Sme(
        59,
        "กลุ่มเก็บนุ่นบ้านโคกเมือง",
        AI,
        UP,
        "Buriram",
        "th",
        "khokmueang.kapok@gmail.com",
        offers=[
            o("นุ่นดีดแล้ว แยกเมล็ดออก บรรจุกระสอบ 20 กก.", "kapok_fibre"),
        ],
        needs=[
            n("เงินกู้ดอกเบี้ยต่ำสำหรับสร้างโรงเก็บนุ่น", "sme_loan"),
        ],
        bcg=["bio"],
    ),
    Sme(
        60,
        "กลุ่มทอผ้าขิดบ้านโพน",
        AI,
        MID,
        "Kalasin",
        "th",
        "banphon.weaving@gmail.com",
        offers=[
            o("ผ้าฝ้ายลายขิดทอมือ หน้ากว้าง 40 ซม.", "cotton_kit_fabric_handwoven"),
            o("ผ้าห่มฝ้ายทอมือ 180x220 ซม.", "cotton_blanket_handwoven"),
            o("รับทอผ้าตามสั่ง ใช้ด้ายของลูกค้า", "weaving_service"),
            o("ผ้าขาวม้าทอมือ ลายตาราง", "pha_khao_ma"),
        ],
        needs=[
            n("ด้ายฝ้ายโรงงานย้อมสีแล้ว สีกรม สีแดง", "cotton_yarn_dyed"),
        ],
    ),
    Sme(
        61,
        "ร้านไหมทองขอนแก่น",
        AI,
        UP,
        "Khon Kaen",
        "th",
        "maithong.kk@gmail.com",
        offers=[
            o("ด้ายฝ้ายย้อมสีสำเร็จ สำหรับทอผ้า มีกว่า 60 สี", "cotton_yarn_dyed"),
            o("ไหมเครื่องสาว (ไหมจีน) สำหรับเส้นยืน", "silk_yarn_machine_reeled"),
        ],
        needs=[
            n("รับซื้อไหมน้อยสาวมือประจำทุกเดือน", "silk_yarn_handreeled"),
        ],
    ),
    Sme(
        62,
        "กลุ่มทอเสื่อกกบ้านหนองหญ้าปล้อง",
        AI,
        DOWN,
        "Roi Et",
        "th",
        "nongyaplong.mat@gmail.com",
        offers=[
            o("เสื่อกกทอมือ พับได้ 1.5x2 ม.", "reed_mat"),
            o("ต้นกกตากแห้ง ย้อมสีแล้ว", "dried_reed_sedge"),
        ],
        needs=[
            n("คนช่วยขายออนไลน์ ทำเพจ", "digital_marketing_service"),
        ],
        certs=["OTOP"],
        bcg=["bio"],
    ),
    Sme(
        63,
        "Ubon Elderly Care Centre",
        AI,
        DOWN,
        "Ubon Ratchathani",
        "en",
        "admin@ubonelderlycare.org",
        needs=[
            n("Washable incontinence pants for adults", "washable_incontinence_pants"),
            n("Reed mats for the day room", "reed_mat"),
            n("Front-opening clothes for residents with limited mobility", "adaptive_clothing_elderly"),
            n("Hip protectors", "hip_protector_pants"),
        ],
    ),
    Sme(
        64,
        "วิสาหกิจชุมชนผ้าซึมซับบ้านหนองสำโรง",
        AI,
        DOWN,
        "Udon Thani",
        "th",
        "nongsamrong.care@gmail.com",
        offers=[
            o("กางเกงซึมซับปัสสาวะผู้ใหญ่ ซักได้", "washable_incontinence_pants"),
            o("ผ้ารองซับปัสสาวะแบบซักได้", "washable_underpad"),
        ],
        needs=[
            n("ผ้ากันน้ำ PUL/TPU สำหรับชั้นกันซึม", "waterproof_laminated_fabric"),
            n("ผ้าขนหนูเป็นม้วน (ยังไม่ตัด) สำหรับชั้นซึมซับ", "terry_fabric"),
        ],
    ),
    Sme(
        65,
        "Khon Kaen Silk Heritage",
        AI,
        DOWN,
        "Khon Kaen",
        "en",
        "shop@kksilkheritage.com",
        offers=[
            o("Handwoven silk scarves for gifts", "scarf_silk"),
        ],
        needs=[
            n("Looking for mudmee silk fabric in natural dyes", "silk_mudmee_fabric"),
            n("Hangtags and gift boxes", "hangtag_label", "gift_box_packaging"),
            n("Logo and brand refresh", "brand_design_service"),
        ],
    ),
    Sme(
        66,
        "Sakura Care Nong Khai",
        AI,
        DOWN,
        "Nong Khai",
        "en",
        "info@sakuracare-nk.com",
        needs=[
            n("Adult diapers, Thai FDA registered", "adult_diaper_disposable", certs=("Thai FDA",)),
            n("Fitted bed sheets for care beds", "hospital_bed_sheet"),
            n("Soft non-slip socks for residents", "elderly_nonslip_socks"),
        ],
    ),
    # ------------------------------------------------------------------ services
    Sme(
        67,
        "Studio Craft Lab",
        H,
        DOWN,
        "Chiang Mai",
        "en",
        "hi@studiocraftlab.com",
        offers=[
            o("Product and collection design for community weavers", "product_design_service"),
            o("Brand identity and packaging design", "brand_design_service"),
        ],
    ),
    Sme(
        68,
        "บจก. ดิจิทัลชุมชน",
        AI,
        DOWN,
        "Khon Kaen",
        "th",
        "contact@digitalchumchon.co.th",
        offers=[
            o("รับทำเพจ Facebook ยิงแอด ไลฟ์ขายของ", "digital_marketing_service"),
            o("ถ่ายภาพสินค้าสำหรับขายออนไลน์", "product_photography"),
        ],
    ),
    Sme(
        69,
        "สหกรณ์เครดิตยูเนี่ยนบ้านโนนสวรรค์",
        AI,
        DOWN,
        "Maha Sarakham",
        "th",
        "nonsawan.cu@gmail.com",
        offers=[
            o("สินเชื่อวิสาหกิจชุมชน ดอกเบี้ย 6% ต่อปี", "sme_loan"),
        ],
    ),
    Sme(
        70,
        "Siam Textile Machinery Co., Ltd.",
        AC,
        MID,
        "Bangkok",
        "en",
        "sales@siamtexmachinery.com",
        offers=[
            o("New and used industrial sewing machines (Juki, Brother)", "sewing_machine_industrial"),
            o("Wooden fly-shuttle handlooms", "handloom"),
            o("On-site sewing machine repair", "sewing_machine_repair_service"),
        ],
    ),
    Sme(
        71,
        "ศูนย์เรียนรู้ผ้าย้อมสีธรรมชาติ ดอยสะเก็ด",
        H,
        MID,
        "Chiang Mai",
        "th",
        "doisaket.dye@gmail.com",
        offers=[
            o("อบรมย้อมสีธรรมชาติ คราม ครั่ง ขนุน", "natural_dye_training"),
            o("รับย้อมสีธรรมชาติ ผ้าหรือเส้นด้ายของลูกค้า", "natural_dyeing_service"),
        ],
        needs=[
            n("กี่ทอผ้าไม้ 5 หลัง", "handloom"),
            n("แก่นขนุน เปลือกไม้ ครั่ง สำหรับย้อม", "natural_dye_plant_material", "lac_dye_raw"),
        ],
        bcg=["bio"],
    ),
    Sme(
        72,
        "Eco Cert Advisory",
        C,
        DOWN,
        "Bangkok",
        "en",
        "contact@ecocertadvisory.com",
        offers=[
            o("Consulting for GOTS, GRS and OEKO-TEX certification", "certification_consulting"),
        ],
    ),
    Sme(
        73,
        "บจก. แพ็คดี",
        C,
        MID,
        "Nonthaburi",
        "th",
        "sales@packdee.co.th",
        offers=[
            o("กล่องของขวัญพิมพ์โลโก้ ขั้นต่ำ 300 ใบ", "gift_box_packaging"),
            o("ป้ายห้อยสินค้า (hangtag) กระดาษรีไซเคิล", "hangtag_label"),
        ],
        bcg=["circular"],
    ),
    # ------------------------------------------------------------------ more brands, shops and buyers
    Sme(
        74,
        "Little Cotton Baby",
        AC,
        DOWN,
        "Surat Thani",
        "en",
        "hello@littlecottonbaby.com",
        offers=[
            o("Organic cotton baby clothes, GOTS certified, 0-24 months", "baby_clothes_organic"),
        ],
        needs=[
            n("GOTS organic cotton interlock knit fabric", "organic_cotton_knit_fabric", certs=("GOTS",)),
            n("Screen printing of small prints, water-based ink", "screen_printing_service"),
        ],
        certs=["GOTS"],
    ),
    Sme(
        75,
        "บจก. ชลบุรีนิตติ้ง",
        C,
        MID,
        "Chonburi",
        "th",
        "sales@chonburiknitting.co.th",
        offers=[
            o("ผ้าถักออร์แกนิกคอตตอน interlock/rib ได้ GOTS", "organic_cotton_knit_fabric"),
            o("ผ้ายืด cotton 100% (ฝ้ายทั่วไป) 160-200 แกรม", "cotton_knit_fabric"),
        ],
        needs=[
            n("ด้ายฝ้ายออร์แกนิก GOTS Ne 30", "cotton_yarn_organic", certs=("GOTS",)),
        ],
        certs=["GOTS", "OEKO-TEX Standard 100"],
    ),
    Sme(
        76,
        "ร้านเบบี้เลิฟ หาดใหญ่",
        AC,
        DOWN,
        "Songkhla",
        "th",
        "babylove.hatyai@gmail.com",
        needs=[
            n("ชุดเด็กอ่อนผ้าฝ้ายออร์แกนิก ไม่จำเป็นต้องมี GOTS", "baby_clothes_organic", waives=("GOTS",)),
            u("ผ้าอ้อมสาลูสำหรับทารก", "cotton muslin baby nappies"),
        ],
    ),
    Sme(
        77,
        "ร้านอันดามันของฝาก",
        H,
        DOWN,
        "Krabi",
        "th",
        "andaman.souvenir@gmail.com",
        needs=[
            n("ผ้าพันคอย้อมคราม", "scarf_indigo"),
            n("กระเป๋าผ้ากัญชง", "hemp_tote_bag"),
            n("ผ้าบาติกลายปลา", "batik_textile"),
            n("เสื้อม่อฮ่อม", "indigo_dyed_shirt"),
        ],
    ),
    Sme(
        78,
        "Andaman Batik",
        H,
        DOWN,
        "Phuket",
        "en",
        "andamanbatik@gmail.com",
        offers=[
            o("Hand-painted batik sarongs (pha thung) and wall pieces", "batik_textile"),
            o("Batik painting class for tourists, 3 hours", "batik_workshop"),
        ],
        needs=[
            n("Plain white cotton for batik, 45 inch, by the roll", "cotton_greige_fabric"),
            u("Paraffin wax and resin", "batik wax"),
        ],
    ),
    Sme(
        79,
        "Nan Hemp Goods",
        H,
        DOWN,
        "Nan",
        "en",
        "nanhempgoods@gmail.com",
        offers=[
            o("Hemp tote bags, handwoven hemp with leather handles", "hemp_tote_bag"),
        ],
        needs=[
            n("Handwoven hemp fabric, natural, undyed", "hemp_fabric_handwoven"),
            u("Leather straps for bag handles", "leather straps"),
            n("Natural dyeing of our bag fabric in small lots", "natural_dyeing_service", "indigo_dyeing_service"),
            n("Softening finish for stiff hemp fabric", "hemp_softening_service"),
        ],
        bcg=["bio"],
    ),
    Sme(
        80,
        "Nordic Living Import Co., Ltd.",
        H,
        DOWN,
        "Bangkok",
        "en",
        "buying@nordicliving.co.th",
        needs=[
            n(
                "Indigo-dyed handwoven cotton, Fairtrade certified",
                "indigo_dyed_cotton_fabric_handwoven",
                certs=("Fairtrade",),
            ),
            n("Want to buy handspun hemp yarn for knitting kits", "hemp_yarn_handspun"),
            n("Reed mats in natural colours", "reed_mat"),
            n("Pha khao ma, handwoven checked cotton", "pha_khao_ma"),
        ],
    ),
    Sme(
        81,
        "Ping River Boutique Hotel",
        H,
        DOWN,
        "Chiang Mai",
        "en",
        "gm@pingriverhotel.com",
        needs=[
            n("Handwoven cotton cushion covers, 45x45", "cushion_cover_handwoven"),
            n("Indigo scarves (pha khram) for the hotel shop", "scarf_indigo"),
            u("Disposable guest slippers with logo", "guest slippers"),
            n("Amenity bags made from upcycled fabric", "upcycled_bag"),
        ],
    ),
    Sme(
        82,
        "ร้านผ้าทอมือสันกำแพง",
        H,
        DOWN,
        "Chiang Mai",
        "th",
        "sankamphaeng.weave@gmail.com",
        offers=[
            o("ปลอกหมอนอิงผ้าฝ้ายทอมือ 45x45 ซม.", "cushion_cover_handwoven"),
            o("ผ้าฝ้ายทอมือสีธรรมชาติ ยังไม่ย้อม", "cotton_fabric_handwoven_undyed"),
            o("ผ้าฝ้ายทอมือย้อมคราม", "indigo_dyed_cotton_fabric_handwoven"),
        ],
        needs=[
            n("ด้ายฝ้ายเข็นมือ", "cotton_yarn_handspun"),
        ],
        certs=["Fairtrade", "OTOP"],
    ),
    Sme(
        83,
        "Korat United FC",
        S,
        DOWN,
        "Nakhon Ratchasima",
        "en",
        "office@koratunited.com",
        needs=[
            n("Team jerseys with full sublimation print, 60 sets", "sports_jersey_custom"),
            n("Sports socks in club colours", "sports_socks"),
        ],
    ),
    Sme(
        84,
        "Kwai Trail Outfitters",
        S,
        DOWN,
        "Kanchanaburi",
        "en",
        "gear@kwaitrail.com",
        offers=[
            o("Trekking jackets and rain ponchos, own brand", "outdoor_jacket"),
        ],
        needs=[
            n(
                "Waterproof breathable fabric, bluesign approved",
                "waterproof_laminated_fabric",
                certs=("bluesign",),
            ),
            u("Seam-sealing tape", "seam-sealing tape"),
        ],
    ),
    Sme(
        85,
        "ร้านเพชรบุรีสปอร์ต",
        S,
        DOWN,
        "Phetchaburi",
        "th",
        "phetsport@gmail.com",
        needs=[
            n("เสื้อวิ่งและกางเกงวิ่ง แบรนด์ไทย รับไปขายปลีก", "running_apparel"),
            n("เสื้อกีฬาทีม สั่งทำ", "sports_jersey_custom"),
            n("ถุงเท้ากีฬา", "sports_socks"),
            n("กางเกงมวยไทย", "muay_thai_shorts"),
        ],
    ),
    Sme(
        86,
        "กลุ่มทอผ้าจวนตานี",
        H,
        MID,
        "Pattani",
        "th",
        "chuantani.weave@gmail.com",
        offers=[
            o("ผ้าจวนตานี ทอมือ ผ้าฝ้ายผสมไหม", "chuan_tani_fabric"),
        ],
        needs=[
            n("ไหมเครื่องสาวสำหรับเส้นยืน", "silk_yarn_machine_reeled"),
            n("ด้ายฝ้ายย้อมสีสำเร็จ", "cotton_yarn_dyed"),
        ],
        certs=["OTOP"],
    ),
    Sme(
        87,
        "โรงแรมเมืองคอน แกรนด์",
        AC,
        DOWN,
        "Nakhon Si Thammarat",
        "th",
        "purchase@muangkhongrand.com",
        needs=[
            n("ผ้าปูที่นอนโรงแรม สีขาว ไม่ต้องมีใบ OEKO-TEX", "hotel_bed_linen", waives=("OEKO-TEX Standard 100",)),
            n("ผ้าขนหนูโรงแรม", "terry_towel"),
            u("ผ้ายกเมืองนคร สำหรับตกแต่งล็อบบี้", "Pha Yok Mueang Nakhon brocade"),
        ],
    ),
    Sme(
        88,
        "ReThread Chanthaburi",
        C,
        UP,
        "Chanthaburi",
        "en",
        "rethread.chan@gmail.com",
        offers=[
            o("Industrial wiping rags cut from used cotton T-shirts, 10 kg bags", "wiping_rags"),
        ],
        needs=[
            n("Used cotton T-shirts, non-rewearable", "used_clothing_nonrewearable"),
        ],
        bcg=["circular"],
    ),
    Sme(
        89,
        "บจก. ระยองออโต้พาร์ท",
        C,
        DOWN,
        "Rayong",
        "th",
        "purchasing@rayongautopart.co.th",
        needs=[
            n("ต้องการผ้าเช็ดเครื่องจักร เดือนละ 1 ตัน", "wiping_rags"),
            n("แผ่นสักหลาดกันเสียง", "recycled_felt_sheet"),
            n("ถุงผ้ารีไซเคิล rPET พิมพ์โลโก้ 2,000 ใบ", "rpet_tote_bag"),
        ],
        certs=["ISO 14001"],
    ),
    Sme(
        90,
        "โรงทอผ้ารีไซเคิลแปดริ้ว",
        C,
        MID,
        "Chachoengsao",
        "th",
        "paedriw.weaving@gmail.com",
        offers=[
            o("ผ้าทอ rPET 600D สำหรับทำกระเป๋า", "recycled_pet_woven_fabric"),
        ],
        needs=[
            n("เส้นด้าย rPET 300D-600D ต้องมีใบ GRS", "recycled_polyester_yarn", certs=("GRS",)),
            n("ที่ปรึกษาทำเอกสารขอ GRS", "certification_consulting"),
        ],
        bcg=["circular"],
    ),
    Sme(
        91,
        "EcoCarry Bags Co.",
        C,
        DOWN,
        "Bangkok",
        "en",
        "sales@ecocarrybags.com",
        offers=[
            o("Promotional tote bags from rPET fabric, custom print", "rpet_tote_bag"),
        ],
        needs=[
            n("600D rPET woven fabric, GRS not required", "recycled_pet_woven_fabric", waives=("GRS",)),
            n("Screen printing of logos on our bags", "screen_printing_service"),
        ],
        bcg=["circular"],
    ),
    Sme(
        92,
        "ร้านผ้าไหมผ้าฝ้ายมุกดาหาร",
        AI,
        DOWN,
        "Mukdahan",
        "th",
        "mukdahan.silkshop@gmail.com",
        needs=[
            n("ผ้าไหมมัดหมี่", "silk_mudmee_fabric"),
            n("ผ้าพันคอไหม", "scarf_silk"),
            n("ผ้าฝ้ายย้อมคราม ทอมือ", "indigo_dyed_cotton_fabric_handwoven"),
            n("ผ้าไหมยกทอง ตรานกยูงพระราชทาน", "silk_brocade_handwoven", certs=("Thai Silk Peacock Emblem",)),
        ],
    ),
    Sme(
        93,
        "สปาสมุนไพรริมโขง",
        AI,
        DOWN,
        "Nakhon Phanom",
        "th",
        "rimkhong.spa@gmail.com",
        needs=[
            n("ลูกประคบสมุนไพร", "herbal_compress"),
            n("เสื่อกกสำหรับเตียงนวด", "reed_mat"),
            n("ที่นอนพับสำหรับนวดแผนไทย", "folding_mattress"),
            u("ชุดนวดแผนไทยให้ลูกค้าใส่ 100 ชุด", "Thai massage clothes for clients"),
        ],
    ),
    Sme(
        94,
        "Mekong Hemp Finishing",
        H,
        MID,
        "Phayao",
        "en",
        "mekonghemp@gmail.com",
        offers=[
            o("Enzyme softening of hemp fabric, your fabric, from 50 m", "hemp_softening_service"),
            o("Garment-washed hemp fabric, soft, ready to sew", "hemp_fabric_softened"),
        ],
        needs=[
            n("Handwoven hemp fabric to finish and resell", "hemp_fabric_handwoven"),
        ],
        bcg=["bio"],
    ),
    Sme(
        95,
        "ศูนย์จำหน่ายสินค้า OTOP ชัยภูมิ",
        AI,
        DOWN,
        "Chaiyaphum",
        "th",
        "otopcenter.cyp@gmail.com",
        needs=[
            n("หมอนขิด ผ้าขิด สินค้า OTOP", "kit_pillow_triangle", "cotton_kit_fabric_handwoven", certs=("OTOP",)),
            n("ผ้าไหมมัดหมี่", "silk_mudmee_fabric"),
        ],
    ),
    Sme(
        96,
        "กลุ่มปลูกหม่อนบ้านนาอิน",
        H,
        UP,
        "Uttaradit",
        "th",
        "naain.mulberry@gmail.com",
        offers=[
            o("กิ่งพันธุ์หม่อนบุรีรัมย์ 60 กิ่งละ 3 บาท สั่งล่วงหน้า 1 เดือน", "mulberry_cuttings"),
            o("ใบหม่อนสดสำหรับเลี้ยงไหม ตัดส่งทุกเช้า", "mulberry_leaves"),
        ],
        bcg=["bio"],
    ),
    Sme(
        97,
        "Trat Net Recovery Project",
        C,
        UP,
        "Trat",
        "en",
        "netrecovery.trat@gmail.com",
        offers=[
            o("Discarded nylon fishing nets, washed and baled, about 2 t/month", "used_fishing_net"),
        ],
        needs=[
            u("Second-hand baling press", "baling press"),
        ],
        bcg=["circular"],
    ),
]

# ------------------------------------------------------------------ checks

ID_RE = re.compile(r"^bpm-\d{3}$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
THAI_RE = re.compile("[\u0e00-\u0e7f]")
LATIN_RE = re.compile("[A-Za-z]")

TARGET_LINKS = (140, 180)
TARGET_CROSS_SHARE = 0.45
TARGET_UNMET = (15, 25)


def script_ok(text: str, lang: str) -> bool:
    thai, latin = len(THAI_RE.findall(text)), len(LATIN_RE.findall(text))
    return thai > latin if lang == "th" else latin > thai


def links_of(smes: list[Sme]) -> set[tuple[str, str]]:
    holders = {s.id: {resolve_certification(c) for c in s.certs} for s in smes}
    offered: dict[str, set[str]] = {}
    for s in smes:
        for offer in s.offers:
            offered.setdefault(offer.label, set()).add(s.id)
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            for label in need.labels:
                for supplier in offered.get(label, ()):
                    if supplier != buyer.id and set(need.certs) <= holders[supplier]:
                        links.add((supplier, buyer.id))
    return links


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for offer in s.offers:
            offered_by.setdefault(offer.label, set()).add(s.id)
    for s in smes:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: malformed id")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if s.sub not in {m.value for m in SubCluster}:
            errors.append(f"{where}: bad sub_cluster {s.sub}")
        if s.stage not in {m.value for m in Stage}:
            errors.append(f"{where}: bad stage {s.stage}")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} not a canonical English name")
        for cert in s.certs:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} not canonical")
        for tag in s.bcg:
            if tag not in {m.value for m in BcgTag}:
                errors.append(f"{where}: bad bcg tag {tag}")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: bad language {s.lang}")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: bad email {s.email}")
        if not (0 <= len(s.offers) <= 4 and 0 <= len(s.needs) <= 4):
            errors.append(f"{where}: 0-4 offers and 0-4 needs")
        if not s.offers and not s.needs:
            errors.append(f"{where}: neither offers nor needs")
        if not script_ok(s.name, s.lang):
            errors.append(f"{where}: name script does not match language")
        texts = [x.text for x in s.offers] + [x.text for x in s.needs]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: repeated phrase")
        for text in texts:
            if not text.strip() or text != text.strip():
                errors.append(f"{where}: blank or untrimmed phrase {text!r}")
            if not script_ok(text, s.lang):
                errors.append(f"{where}: phrase script does not match language: {text}")
        for offer in s.offers:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", offer.label):
                errors.append(f"{where}: bad label {offer.label!r}")
        for need in s.needs:
            if bool(need.labels) == bool(need.unmet):
                errors.append(f"{where}: a need lists labels or is unmet, not both: {need.text}")
            for label in need.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    errors.append(f"{where}: label {label} is offered by no one else")
            for cert in (*need.certs, *need.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: need certification {cert!r} not canonical")
            if need.unmet and (need.certs or need.waives):
                errors.append(f"{where}: unmet need with certifications")
    lang = {s.id: s.lang for s in smes}
    links = links_of(smes)
    if any(a == b for a, b in links):
        errors.append("self link")
    cross = sum(lang[a] != lang[b] for a, b in links)
    unmet = sum(1 for s in smes for need in s.needs if need.unmet)
    if not TARGET_LINKS[0] <= len(links) <= TARGET_LINKS[1]:
        errors.append(f"{len(links)} links, want {TARGET_LINKS}")
    if links and cross / len(links) < TARGET_CROSS_SHARE:
        errors.append(f"cross-language share {cross / len(links):.2f} < {TARGET_CROSS_SHARE}")
    if not TARGET_UNMET[0] <= unmet <= TARGET_UNMET[1]:
        errors.append(f"{unmet} unmet needs, want {TARGET_UNMET}")
    if sum(1 for s in smes for need in s.needs if need.certs) < 5:
        errors.append("too few needs requiring a certification")
    if sum(1 for s in smes for need in s.needs if need.waives) < 2:
        errors.append("too few needs waiving a certification")
    th_share = sum(s.lang == "th" for s in smes) / len(smes)
    if not 0.55 <= th_share <= 0.65:
        errors.append(f"Thai share {th_share:.2f} not about 60%")
    for what, values, want in (
        ("sub-cluster", {s.sub for s in smes}, {m.value for m in SubCluster}),
        ("stage", {s.stage for s in smes}, {m.value for m in Stage}),
        ("region", {resolve_province(s.province).region.value for s in smes}, None),
    ):
        if want is not None and values != want:
            errors.append(f"not every {what} covered: {sorted(want - values)}")
        if want is None and len(values) != 6:
            errors.append(f"not every region covered: {sorted(values)}")
    return errors


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [x.text for x in s.offers],
        "needs": [x.text for x in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    return json.dumps(record, ensure_ascii=False)


def stats(smes: list[Sme], links: set[tuple[str, str]]) -> str:
    by_id = {s.id: s for s in smes}
    lines = []

    def row(key: str, value: object) -> None:
        lines.append(f"| {key} | {value} |")

    row("profiles", len(smes))
    langs = Counter(s.lang for s in smes)
    row("language th / en", f"{langs['th']} / {langs['en']}")
    for sub, count in sorted(Counter(s.sub for s in smes).items()):
        row(f"sub-cluster `{sub}`", count)
    for stage in ("upstream", "midstream", "downstream"):
        row(f"stage {stage}", sum(s.stage == stage for s in smes))
    regions = Counter(resolve_province(s.province).region.value for s in smes)
    for region in ("north", "northeast", "central", "east", "west", "south"):
        row(f"region {region}", regions[region])
    row("distinct provinces", len({s.province for s in smes}))
    offers = [x for s in smes for x in s.offers]
    row("offers", len(offers))
    row("distinct offer labels", len({x.label for x in offers}))
    needs = [x for s in smes for x in s.needs]
    row("needs", len(needs))
    row("needs met by a listed label", sum(1 for x in needs if x.labels))
    row("needs met by no one", sum(1 for x in needs if x.unmet))
    row("needs requiring a certification", sum(1 for x in needs if x.certs))
    row("needs waiving a certification", sum(1 for x in needs if x.waives))
    row("true links", len(links))
    th_en = sum(by_id[a].lang == "th" and by_id[b].lang == "en" for a, b in links)
    en_th = sum(by_id[a].lang == "en" and by_id[b].lang == "th" for a, b in links)
    row("cross-language links, Thai supplier → English buyer", th_en)
    row("cross-language links, English supplier → Thai buyer", en_th)
    row("cross-language share", f"{(th_en + en_th) / len(links):.0%}")
    row("within-language links th → th", sum(by_id[a].lang == by_id[b].lang == "th" for a, b in links))
    row("within-language links en → en", sum(by_id[a].lang == by_id[b].lang == "en" for a, b in links))
    row("links between different sub-clusters", sum(by_id[a].sub != by_id[b].sub for a, b in links))
    return "\n".join(lines)


def main() -> int:
    errors = check(SMES)
    if errors:
        for error in errors:
            print("FAIL", error, file=sys.stderr)
        return 1
    links = links_of(SMES)
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    csv = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in sorted(links))
    (HERE / "profiles.jsonl").write_text(profiles, encoding="utf-8", newline="\n")
    (HERE / "links.csv").write_text(csv, encoding="utf-8", newline="\n")
    print(stats(SMES, links))
    return 0


if __name__ == "__main__":
    sys.exit(main())
