"""Write the hand-labelled blind evaluation set `eval/blind_plain_smart/`.

Theme: smart and technical textiles (conductive yarn, heated wear, textile sensors, LED and reflective
safety wear, antimicrobial and cooling finishes, spacer fabric, e-textile prototyping, testing) plus the
ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

Every offer carries a label saying what the thing is; every need lists the labels that meet it and the
certifications its text requires, or is marked as met by no one. Labels live only in this file: the
profiles carry none. Run from the repository root:

    .venv/bin/python eval/blind_plain_smart/write.py
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

TH, EN = "th", "en"
HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
AGE_C = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AGE_I = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP, MID, DOWN = Stage.UPSTREAM.value, Stage.MIDSTREAM.value, Stage.DOWNSTREAM.value

# Certification names as the profiles hold them (canonical names, resolved again before use).
GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ISO9001 = "ISO 9001"
ISO14001 = "ISO 14001"
ISO13485 = "ISO 13485"
BLUESIGN = "bluesign"
TIS = "Thai Industrial Standard"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    req: tuple[str, ...] = ()
    waive: tuple[str, ...] = ()
    none: str = ""  # non-empty: met by no one in the set, with the reason


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = (), none: str = "") -> Need:
    return Need(text, labels, req, waive, none)


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"bsm-{self.num:03d}"


# ---------------------------------------------------------------- upstream: fibre, yarn, waste

SMES: list[Sme] = [
    Sme(
        1,
        TH,
        "วิสาหกิจชุมชนกัญชงบ้านม้งดอยมูเซอ",
        HEMP,
        UP,
        "Tak",
        "doimusoe.hemp@gmail.com",
        offers=(
            ("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 5 กก.", "hemp_bast_fibre"),
            ("เส้นกัญชงเข็นมือ ยังไม่ฟอก", "hemp_yarn"),
        ),
        needs=(need("อยากได้เครื่องลอกเปลือกกัญชงแบบใช้มอเตอร์", none="decorticating machine; no one sells machinery"),),
        bcg=("bio",),
    ),
    Sme(
        2,
        EN,
        "Mae Chan Hemp Fibre Co., Ltd.",
        HEMP,
        UP,
        "Chiang Rai",
        "sales@maechanhemp.co.th",
        offers=(
            ("Degummed hemp yarn Nm 6, 1 kg cones", "hemp_yarn"),
            ("Cottonised hemp staple 38 mm for blending", "cottonised_hemp_fibre"),
        ),
        needs=(need("Plant-dye colouring of our yarn hanks (lac, ebony, jackfruit)", "natural_dyeing_service"),),
        certs=(ORG_TH,),
        bcg=("bio", "green"),
    ),
    Sme(
        3,
        TH,
        "กลุ่มฝ้ายอินทรีย์บ้านนาด้วง",
        HEMP,
        UP,
        "Loei",
        "naduang.cotton@gmail.com",
        offers=(
            ("ปุยฝ้ายอินทรีย์ หีบเมล็ดออกแล้ว", "raw_cotton_lint"),
            ("ฝ้ายเข็นมือ เส้นใหญ่ สีขาวตุ่น", "handspun_cotton_yarn"),
        ),
        certs=(ORG_TH,),
        bcg=("bio",),
    ),
    Sme(
        4,
        EN,
        "ReThread Fibre Recycling Co.",
        CIRC,
        UP,
        "Samut Prakan",
        "info@rethread.co.th",
        offers=(
            ("rPET staple fibre 1.4D x 38 mm, hollow conjugated available", "recycled_polyester_fibre"),
            ("Recycled polyester DTY 75D/72F, GRS", "recycled_polyester_yarn"),
        ),
        needs=(
            need("Clear PET bottle flakes, hot-washed, 10 t per month", "pet_bottle_flakes"),
            need("Polyester cutting waste sorted by colour, no blends", "polyester_textile_waste"),
        ),
        certs=(GRS, ISO14001),
        bcg=("circular",),
    ),
    Sme(
        5,
        TH,
        "ร้านรับซื้อของเก่าเจ๊หมวย บ้านบึง",
        CIRC,
        UP,
        "Chonburi",
        "jemuay.recycle@hotmail.com",
        offers=(
            ("เกล็ดขวดเพ็ทใส ล้างน้ำร้อนแล้ว ขั้นต่ำ 1 ตัน", "pet_bottle_flakes"),
            ("ขวดน้ำดื่มพลาสติก อัดก้อน", "pet_bottle_bales"),
        ),
        bcg=("circular",),
    ),
    Sme(
        6,
        TH,
        "หจก. ศรีสาครเศษผ้า",
        CIRC,
        UP,
        "Samut Sakhon",
        "srisakhon.waste@gmail.com",
        offers=(
            ("เศษผ้าโพลีเอสเตอร์จากโรงตัด แยกสีแล้ว", "polyester_textile_waste"),
            ("เศษผ้ายืดคอตตอน คละสี ขายเป็นกิโล", "cotton_textile_waste"),
        ),
        needs=(need("เครื่องอัดก้อนเศษผ้า ไฮดรอลิก มือสองก็ได้", none="baling press; no one sells machinery"),),
        bcg=("circular",),
    ),
    Sme(
        7,
        EN,
        "Second Loop Collect",
        CIRC,
        UP,
        "Bangkok",
        "hello@secondloop.co",
        offers=(("Post-consumer clothing, graded A/B, 45 kg bales", "used_clothing"),),
        needs=(need("Anyone who can shred our unsellable garments into shoddy?", "textile_shredding_service"),),
        bcg=("circular",),
    ),
    Sme(
        8,
        TH,
        "บริษัท ใยคืนชีพ จำกัด",
        CIRC,
        UP,
        "Nakhon Pathom",
        "contact@yaikhuenchip.com",
        offers=(
            ("รับตีเศษผ้าเป็นใย ลูกค้าส่งเศษผ้ามาเอง", "textile_shredding_service"),
            ("ใยฝ้ายรีไซเคิล ตีจากเศษผ้าขาว", "recycled_cotton_fibre"),
        ),
        needs=(need("เศษผ้าคอตตอนร้อยเปอร์เซ็นต์ สีขาวหรือสีอ่อน", "cotton_textile_waste"),),
        certs=(GRS,),
        bcg=("circular",),
    ),
    Sme(
        9,
        EN,
        "Silverline Conductive Yarns Co., Ltd.",
        SPORT,
        UP,
        "Pathum Thani",
        "sales@silverline-yarn.com",
        offers=(
            ("Silver-plated nylon thread 235/34 4-ply, under 300 ohm/m", "conductive_yarn"),
            ("Silver-coated ripstop for EMI shielding and electrodes", "conductive_fabric"),
        ),
        needs=(need("Nylon 6 filament 70D/24F, raw white, for plating", "nylon_filament_yarn"),),
        certs=(OEKO, ISO9001),
    ),
    Sme(
        10,
        TH,
        "บริษัท ไทยไนลอนฟิลาเมนต์ จำกัด",
        SPORT,
        UP,
        "Samut Prakan",
        "sales@thainylonfil.co.th",
        offers=(
            ("ด้ายไนลอน 6 ฟิลาเมนต์ 70 ดีเนียร์ สีขาวดิบ", "nylon_filament_yarn"),
            ("ด้ายสแปนเด็กซ์หุ้มไนลอน 40D", "covered_spandex_yarn"),
        ),
        needs=(need("เม็ดไนลอนรีไซเคิลจากอวนประมงเก่า", "recycled_nylon_chips"),),
        certs=(ISO9001,),
    ),
    Sme(
        11,
        EN,
        "Ban Pong Kapok Fill",
        AGE_C,
        UP,
        "Ratchaburi",
        "banpongkapok@gmail.com",
        offers=(("Kapok floss, cleaned and seed-free, 10 kg sacks", "kapok_fibre"),),
        needs=(need("Unbleached cotton cloth for pillow inners", "greige_cotton_fabric"),),
        bcg=("bio",),
    ),
    Sme(
        12,
        TH,
        "กลุ่มเลี้ยงไหมบ้านโคกสะอาด",
        AGE_I,
        UP,
        "Surin",
        "koksaat.silk@gmail.com",
        offers=(
            ("เส้นไหมน้อย สาวมือ ไหมพันธุ์พื้นบ้าน", "silk_yarn"),
            ("รังไหมเหลือง ขายเป็นกิโล", "silk_cocoons"),
        ),
        needs=(need("มีใครรับย้อมไหมเส้นด้วยครั่ง มะเกลือ บ้างไหม", "natural_dyeing_service"),),
        bcg=("bio",),
    ),
    Sme(
        13,
        EN,
        "PinaFibre Thailand",
        CIRC,
        UP,
        "Prachuap Khiri Khan",
        "team@pinafibre.co",
        offers=(("Pineapple leaf fibre, degummed and combed", "pineapple_leaf_fibre"),),
        needs=(need("Mill to spin our pineapple fibre with cotton on a toll basis", "commission_spinning_service"),),
        bcg=("bio", "circular"),
    ),
    Sme(
        14,
        EN,
        "Korat Spinning Mills",
        HEMP,
        UP,
        "Nakhon Ratchasima",
        "yarn@koratspinning.com",
        offers=(
            ("Combed cotton yarn Ne 30/1, ring spun", "cotton_yarn"),
            ("GOTS organic cotton yarn Ne 20/1", "organic_cotton_yarn"),
            ("Commission spinning of customer fibre, min 500 kg", "commission_spinning_service"),
        ),
        needs=(need("Ginned organic cotton lint, certified Organic Thailand", "raw_cotton_lint", req=(ORG_TH,)),),
        certs=(GOTS, OEKO),
    ),
    Sme(
        15,
        TH,
        "โรงปั่นด้ายอีสานคอตตอน",
        AGE_I,
        UP,
        "Khon Kaen",
        "isancotton.mill@gmail.com",
        offers=(
            ("ด้ายฝ้ายโรงงาน เบอร์ 20 ตีเกลียว ม้วนกรวย", "cotton_yarn"),
            ("ด้าย TC 65/35 โพลีผสมฝ้าย", "polycotton_yarn"),
        ),
        needs=(need("ฝ้ายดิบหีบแล้ว ส่งเป็นเบล", "raw_cotton_lint"),),
    ),
    Sme(
        16,
        EN,
        "Andaman Net Recovery",
        CIRC,
        UP,
        "Phang Nga",
        "nets@andamanrecovery.org",
        offers=(
            ("Recycled nylon 6 chips from ghost fishing nets", "recycled_nylon_chips"),
            ("Used fishing nets, washed and baled", "used_fishing_nets"),
        ),
        bcg=("circular", "green"),
    ),
    Sme(
        17,
        TH,
        "บริษัท ไบรท์ไลน์ ยาร์น จำกัด",
        SPORT,
        UP,
        "Bangkok",
        "brightline.yarn@gmail.com",
        offers=(("ด้ายสะท้อนแสง สำหรับทอและปักโลโก้", "reflective_yarn"),),
        needs=(need("ลูกแก้วสะท้อนแสงขนาดไมครอน", none="glass microbeads; no one in the set sells them"),),
    ),
    Sme(
        19,
        EN,
        "Phu Phan Indigo Farm",
        AGE_I,
        UP,
        "Sakon Nakhon",
        "phuphanindigo@gmail.com",
        offers=(("Fermented indigo paste from Indigofera tinctoria, 5 kg tubs", "indigo_paste"),),
        bcg=("bio",),
    ),
    # ------------------------------------------------------------ midstream: cloth, dyeing, finishing, components
    Sme(
        18,
        TH,
        "กลุ่มผ้าครามบ้านดอนกอย",
        AGE_I,
        MID,
        "Sakon Nakhon",
        "donkoy.indigo@gmail.com",
        offers=(
            ("ผ้าฝ้ายทอมือ ย้อมครามธรรมชาติ หน้ากว้าง 1 เมตร", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามให้ลูกค้า ทั้งเส้นด้าย ผ้าผืน และเสื้อ", "indigo_dyeing_service"),
        ),
        needs=(
            need("ด้ายฝ้ายเข็นมือ ไม่ฟอกขาว", "handspun_cotton_yarn"),
            need("เนื้อครามเปียก", "indigo_paste"),
        ),
        certs=(OTOP,),
        bcg=("bio", "green"),
    ),
    Sme(
        20,
        EN,
        "Lanna Natural Dye Studio",
        HEMP,
        MID,
        "Chiang Mai",
        "studio@lannadye.com",
        offers=(("Natural dyeing on commission: your yarn, cloth or garments", "natural_dyeing_service"),),
        needs=(need("Alum mordant, 25 kg bags", none="mordant chemicals; no chemical supplier in the set"),),
        bcg=("bio", "green"),
    ),
    Sme(
        21,
        TH,
        "ผ้าทอกัญชงแม่แจ่ม",
        HEMP,
        MID,
        "Chiang Mai",
        "maechaem.hemp@gmail.com",
        offers=(
            ("ผ้ากัญชงทอมือ ผืนยาว 10 เมตร", "hemp_fabric"),
            ("ผ้าใยกัญชงเขียนเทียน ย้อมคราม แบบม้ง", "hemp_fabric"),
        ),
        needs=(need("ด้ายใยกัญชง เส้นเล็ก สม่ำเสมอ", "hemp_yarn"),),
        bcg=("bio",),
    ),
    Sme(
        22,
        EN,
        "Second Weave Recycled Textiles",
        CIRC,
        MID,
        "Nakhon Pathom",
        "sales@secondweave.co.th",
        offers=(
            ("Recycled cotton/rPET blend canvas, denim look", "recycled_blend_fabric"),
            ("Needle-punched felt from textile waste, 3 mm", "recycled_felt"),
        ),
        needs=(
            need("Recycled cotton fibre, open-end spinning grade", "recycled_cotton_fibre"),
            need("GRS certified recycled PES staple", "recycled_polyester_fibre", req=(GRS,)),
        ),
        certs=(GRS,),
        bcg=("circular",),
    ),
    Sme(
        23,
        TH,
        "บริษัท สาครย้อมฟอก จำกัด",
        SPORT,
        MID,
        "Samut Sakhon",
        "sakhondyeing@gmail.com",
        offers=(
            ("รับย้อมผ้าผืน โพลีเอสเตอร์ ไนลอน ผ้าของลูกค้า", "commission_dyeing_service"),
            ("รับเคลือบสะท้อนน้ำ ผ้าลูกค้า", "water_repellent_finishing_service"),
        ),
        needs=(need("สีย้อมดิสเพิร์ส สีกรม สีดำ", none="dyestuff; no chemical supplier in the set"),),
        certs=(ISO14001,),
    ),
    Sme(
        24,
        EN,
        "BioGuard Textile Finishing Co.",
        SPORT,
        MID,
        "Samut Prakan",
        "finishing@bioguard.co.th",
        offers=(
            ("Silver-ion antimicrobial finish on customer fabric", "antimicrobial_finishing_service"),
            ("Cool-touch xylitol finish applied to your knit", "cooling_finishing_service"),
        ),
        needs=(need("Third-party test reports, AATCC 100 and JIS L 1902", "antimicrobial_testing_service"),),
        certs=(BLUESIGN, ISO9001),
    ),
    Sme(
        25,
        TH,
        "ห้องปฏิบัติการทดสอบสิ่งทอ ไทยเทสต์แล็บ",
        SPORT,
        MID,
        "Bangkok",
        "lab@thaitestlab.co.th",
        offers=(
            ("ทดสอบฤทธิ์ต้านแบคทีเรียบนผ้า ตาม AATCC 100", "antimicrobial_testing_service"),
            ("ทดสอบความคงทนของสีต่อการซักและเหงื่อ", "textile_testing_service"),
        ),
    ),
    Sme(
        26,
        EN,
        "Smart Textile Research Group, Rangsit",
        AGE_C,
        MID,
        "Pathum Thani",
        "etextile.lab@rsu-research.org",
        offers=(
            ("E-textile prototyping: sensor shirts, heated panels, 5-20 units", "etextile_prototyping_service"),
            ("Wash-durability testing of conductive tracks", "etextile_testing_service"),
        ),
        needs=(
            need("Silver-coated conductive sewing thread, small reels", "conductive_yarn"),
            need("Piezoresistive fabric sheets for pressure sensing", "pressure_sensing_fabric"),
            need("3D spacer knit samples, 3-10 mm", "spacer_fabric"),
        ),
    ),
    Sme(
        27,
        TH,
        "บริษัท ถักสามมิติ จำกัด",
        SPORT,
        MID,
        "Nakhon Pathom",
        "sales@3dknit.co.th",
        offers=(
            ("ผ้าสเปเซอร์ 3 มิติ หนา 5 มม. ระบายอากาศ", "spacer_fabric"),
            ("ผ้าไมโครโพลีถักยืด ดรายฟิต", "performance_knit_fabric"),
        ),
        needs=(
            need("เส้นใยโพลีเอสเตอร์รีไซเคิลแบบฟิลาเมนต์ ทำจากขวด", "recycled_polyester_yarn"),
            need("ด้ายโมโนฟิลาเมนต์ 0.1 มม. สำหรับชั้นกลาง", none="spacer monofilament; no one offers it"),
        ),
    ),
    Sme(
        28,
        EN,
        "Eastern Knit Performance Fabrics",
        SPORT,
        MID,
        "Rayong",
        "knit@easternknit.com",
        offers=(
            ("Polyester interlock, moisture-wicking, 140 gsm", "performance_knit_fabric"),
            ("Compression warp knit, nylon with 20% spandex", "compression_knit_fabric"),
        ),
        needs=(
            need("Covered elastane yarn for warp knitting", "covered_spandex_yarn"),
            need("Nylon 6 FDY 70 denier", "nylon_filament_yarn"),
        ),
        certs=(OEKO, BLUESIGN),
    ),
    Sme(
        29,
        TH,
        "บริษัท ไบรท์เซฟ จำกัด",
        SPORT,
        MID,
        "Chachoengsao",
        "brightsafe.th@gmail.com",
        offers=(
            ("เทปสะท้อนแสงเย็บติด กว้าง 5 ซม. ม้วน 100 เมตร", "reflective_tape"),
            ("แถบสะท้อนแสงรีดร้อน ทนซัก 50 ครั้ง", "reflective_tape"),
        ),
        needs=(need("ด้ายสะท้อนแสงสำหรับทอ", "reflective_yarn"),),
    ),
    Sme(
        30,
        EN,
        "GlowStitch Components",
        SPORT,
        MID,
        "Chonburi",
        "orders@glowstitch.io",
        offers=(
            ("Sewable LED modules, 3 V, pack of 100", "sewable_led_module"),
            ("Flexible LED strip laminated in TPU, 50 cm", "led_strip_textile"),
        ),
        needs=(
            need("Conductive thread for stitched circuits", "conductive_yarn"),
            need("Coin-cell holders and switch tabs", none="battery holders; no electronics parts supplier"),
        ),
    ),
    Sme(
        31,
        TH,
        "บริษัท เซนซ์ผ้า จำกัด",
        AGE_C,
        MID,
        "Nonthaburi",
        "hello@sensepha.com",
        offers=(
            ("แผ่นผ้าเซ็นเซอร์แรงกด สำหรับรองที่นอน", "textile_pressure_sensor"),
            ("ผ้าที่เปลี่ยนค่าความต้านทานเมื่อถูกกด ขายเป็นแผ่น", "pressure_sensing_fabric"),
        ),
        needs=(
            need("ผ้าเคลือบโลหะนำไฟฟ้า ตัดเป็นแผ่นขั้วไฟฟ้า", "conductive_fabric"),
            need("ทดสอบว่าเซ็นเซอร์ยังใช้ได้หลังซัก 30 รอบ", "etextile_testing_service"),
        ),
    ),
    Sme(
        32,
        EN,
        "WarmCore Heating Elements",
        AGE_C,
        MID,
        "Chachoengsao",
        "sales@warmcore.co.th",
        offers=(
            ("Carbon-fibre heating panels, 5 V USB, 3 heat levels", "heating_element"),
            ("Graphene-printed heater film for wraps", "heating_element"),
        ),
        needs=(
            need("USB-C controller boards with 60-minute auto-off", none="controller electronics; nobody makes them"),
        ),
        certs=(ISO9001,),
    ),
    Sme(
        33,
        TH,
        "โรงทอผ้าขอนแก่นเท็กซ์ไทล์",
        AGE_I,
        MID,
        "Khon Kaen",
        "kktextile.weaving@gmail.com",
        offers=(
            ("ผ้าดิบทอเครื่อง หน้า 63 นิ้ว", "greige_cotton_fabric"),
            ("ผ้าฝ้ายฟอกขาว สำหรับทำผ้าปูที่นอน", "bleached_cotton_fabric"),
        ),
        needs=(need("ด้ายคอตตอน 20s หรือ 30s แบบกรวย", "cotton_yarn", "organic_cotton_yarn"),),
    ),
    Sme(
        34,
        EN,
        "Roi Et Handloom Collective",
        AGE_I,
        MID,
        "Roi Et",
        "roiet.handloom@gmail.com",
        offers=(("Handwoven cotton yardage, mudmee ikat", "handwoven_cotton_fabric"),),
        needs=(
            need("Hand-spun cotton, undyed", "handspun_cotton_yarn"),
            need("Vat indigo dyeing of our warp yarn", "indigo_dyeing_service"),
        ),
        certs=(OTOP,),
    ),
    Sme(
        35,
        TH,
        "กลุ่มทอผ้าไหมบ้านท่าสว่าง",
        AGE_I,
        MID,
        "Surin",
        "thasawang.silk@gmail.com",
        offers=(
            ("ผ้าไหมยกทอง", "silk_fabric"),
            ("ผ้าไหมมัดหมี่ ย้อมสีธรรมชาติ", "silk_fabric"),
        ),
        needs=(need("ไหมเส้นพื้นบ้าน สาวมือ", "silk_yarn"),),
        certs=(PEACOCK, OTOP),
    ),
    Sme(
        36,
        TH,
        "หจก. ซีเอ็มที การ์เมนต์ บางบอน",
        CIRC,
        MID,
        "Bangkok",
        "cmt.bangbon@gmail.com",
        offers=(
            ("รับผลิตเสื้อผ้าแบบ CMT ให้แบรนด์ แบบละ 300 ตัวขึ้นไป", "cmt_sewing_service"),
            ("รับทำตัวอย่าง ตัดแพทเทิร์น เกรดไซซ์", "pattern_sampling_service"),
        ),
        needs=(need("ด้ายโพ้ง โพลีเอสเตอร์ 40/2", "sewing_thread"),),
    ),
    Sme(
        37,
        TH,
        "ห้องเสื้อป้าแดง รับตัดเย็บ",
        AGE_C,
        MID,
        "Pattani",
        "padaeng.tailor@gmail.com",
        offers=(("รับจ้างเย็บตามแบบลูกค้า งานน้อยก็รับ", "cmt_sewing_service"),),
        needs=(need("ด้ายเย็บผ้า สีขาว สีดำ ยกโหล", "sewing_thread"),),
    ),
    Sme(
        38,
        EN,
        "Thai Thread Industries",
        SPORT,
        MID,
        "Samut Sakhon",
        "sales@thaithread.com",
        offers=(
            ("Spun polyester sewing thread 40/2, 5000 m cones", "sewing_thread"),
            ("Rayon embroidery thread 120D/2, 400 colours", "embroidery_thread"),
        ),
        needs=(need("Recycled PET filament for core-spun thread", "recycled_polyester_yarn"),),
        certs=(GRS,),
    ),
    Sme(
        39,
        TH,
        "ตรังซับลิเมชั่น",
        SPORT,
        MID,
        "Trang",
        "siamsublimation@gmail.com",
        offers=(
            ("รับพิมพ์ซับลิเมชั่น ลูกค้าส่งผ้ามาเอง", "sublimation_printing_service"),
            ("ผ้าไมโครโพลีพิมพ์ลายพร้อมตัด", "printed_polyester_fabric"),
        ),
        needs=(need("กระดาษทรานเฟอร์ม้วนใหญ่", none="transfer paper; no one offers it"),),
    ),
    Sme(
        40,
        EN,
        "CoolTex Fabrics",
        AGE_C,
        MID,
        "Nakhon Pathom",
        "info@cooltexfabrics.com",
        offers=(
            ("Cool-touch nylon jersey, Q-max above 0.25", "cooling_fabric"),
            ("Bamboo viscose jersey, 200 gsm", "bamboo_jersey_fabric"),
        ),
        needs=(need("Cold-feel chemical treatment on our jersey rolls", "cooling_finishing_service"),),
    ),
    Sme(
        41,
        TH,
        "บริษัท ออร์แกนิกนิต จำกัด",
        HEMP,
        MID,
        "Samut Prakan",
        "sales@organicknit.co.th",
        offers=(
            ("ผ้ายืดคอตตอนออร์แกนิก ซิงเกิลเจอร์ซี่ 160 แกรม", "organic_cotton_jersey"),
            ("ผ้ายืดคอตตอน 100% ทอกลม สีพื้น", "cotton_jersey_fabric"),
        ),
        needs=(need("ด้ายฝ้ายออร์แกนิก มาตรฐาน GOTS เบอร์ 30", "organic_cotton_yarn", req=(GOTS,)),),
        certs=(GOTS, OEKO),
    ),
    Sme(
        42,
        EN,
        "Isan Knit Works",
        AGE_I,
        MID,
        "Udon Thani",
        "isanknitworks@gmail.com",
        offers=(
            ("Organic cotton rib knit, uncertified mill", "organic_cotton_jersey"),
            ("Tubular cotton jersey 180 gsm", "cotton_jersey_fabric"),
        ),
        needs=(need("Combed cotton yarn 30s", "cotton_yarn", "organic_cotton_yarn"),),
    ),
    Sme(
        43,
        TH,
        "บริษัท ผ้านำไฟฟ้าไทย จำกัด",
        SPORT,
        MID,
        "Pathum Thani",
        "sales@conductivefabric.co.th",
        offers=(
            ("ผ้าทอเคลือบทองแดงนิกเกิล กันคลื่นแม่เหล็กไฟฟ้า", "conductive_fabric"),
            ("ผ้ายืดเคลือบเงิน สำหรับขั้วไฟฟ้าวัดหัวใจ", "conductive_fabric"),
        ),
        needs=(need("ผ้าไนลอนริปสต็อปสีขาว ยังไม่เคลือบ", "nylon_ripstop_fabric"),),
    ),
    Sme(
        44,
        EN,
        "Bangplee Technical Weaving",
        SPORT,
        MID,
        "Samut Prakan",
        "weaving@bangplee-tech.com",
        offers=(
            ("Nylon ripstop 40D, PU coated or uncoated", "nylon_ripstop_fabric"),
            ("Polyester oxford 600D for safety vests", "polyester_oxford_fabric"),
        ),
        needs=(
            need("Nylon 6 filament yarn 40D", "nylon_filament_yarn"),
            need("Piece dyeing of our ripstop greige, navy and black", "commission_dyeing_service"),
        ),
    ),
    Sme(
        45,
        TH,
        "กลุ่มแม่บ้านตัดเย็บบ้านโนนทัน",
        AGE_I,
        MID,
        "Khon Kaen",
        "nonthan.sewing@gmail.com",
        offers=(("รับเย็บชุดผู้ป่วย ปลอกหมอน ผ้าปู ตามออเดอร์", "cmt_sewing_service"),),
        needs=(need("ผ้าฝ้ายขาว หน้ากว้าง ทำผ้าปูเตียง", "bleached_cotton_fabric"),),
    ),
    Sme(
        46,
        EN,
        "Antimicro Textile Co.",
        AGE_C,
        MID,
        "Bangkok",
        "sales@antimicrotex.com",
        offers=(
            ("Antibacterial poly-cotton sheeting, silver finish", "antimicrobial_fabric"),
            ("Fluid-resistant TC twill for scrubs", "fluid_resistant_fabric"),
        ),
        needs=(
            need("Silver antimicrobial finishing, toll basis", "antimicrobial_finishing_service"),
            need("Loomstate cotton sheeting, wide width", "greige_cotton_fabric"),
        ),
        certs=(ISO9001,),
    ),
    Sme(
        47,
        TH,
        "ร้านปักจักรคอมพิวเตอร์ ปักดี",
        SPORT,
        MID,
        "Lampang",
        "pakdee.embroidery@gmail.com",
        offers=(("รับปักโลโก้บนเสื้อ งานลูกค้าส่งเสื้อมา", "embroidery_service"),),
        needs=(need("ด้ายปักเรยอน หลายสี", "embroidery_thread"),),
    ),
    Sme(
        48,
        EN,
        "Mountain Indigo Dyers",
        HEMP,
        MID,
        "Lamphun",
        "mountainindigo@gmail.com",
        offers=(("Indigo vat dyeing of your yarn, yardage or garments", "indigo_dyeing_service"),),
        needs=(need("Natural indigo paste, no synthetic indigo", "indigo_paste"),),
        bcg=("bio",),
    ),
    Sme(
        49,
        TH,
        "บริษัท อีลาสติกไทย จำกัด",
        SPORT,
        MID,
        "Samut Sakhon",
        "elasticthai@gmail.com",
        offers=(
            ("ยางยืดทอ 2 นิ้ว สำหรับเข็มขัดพยุงหลัง", "elastic_webbing"),
            ("สายยืดทอผสมด้ายนำไฟฟ้า ใช้วัดการหายใจ", "conductive_elastic_band"),
        ),
        needs=(need("ด้ายยางยืดหุ้ม สแปนเด็กซ์", "covered_spandex_yarn"),),
    ),
    Sme(
        50,
        TH,
        "บริษัท โคราชนอนวูฟเวน จำกัด",
        AGE_I,
        MID,
        "Nakhon Ratchasima",
        "sales@koratnonwovens.com",
        offers=(
            ("ใยสังเคราะห์แผ่น 100 แกรม สำหรับผ้านวม", "polyester_wadding"),
            ("ผ้าสปันบอนด์ PP 25 แกรม", "pp_spunbond_nonwoven"),
        ),
        needs=(need("ใยโพลีเอสเตอร์รีไซเคิลแบบกลวง ทำจากขวดพลาสติก", "recycled_polyester_fibre"),),
    ),
    Sme(
        51,
        TH,
        "กลุ่มทอผ้าบ้านหนองเขื่อนช้าง",
        AGE_I,
        MID,
        "Maha Sarakham",
        "nongkhuean.weave@gmail.com",
        offers=(
            ("ผ้าขาวม้าทอมือ ลายตาหมากรุก ผืนละ 150 บาท", "pha_khao_ma"),
            ("ผ้าฝ้ายลายขิด ทอมือเป็นม้วน", "handwoven_cotton_fabric"),
        ),
        needs=(need("ฝ้ายโรงงานเบอร์ 20", "cotton_yarn", "organic_cotton_yarn"),),
        certs=(OTOP,),
    ),
    Sme(
        52,
        TH,
        "ทีมออกแบบอีเท็กซ์ไทล์ เชียงใหม่",
        SPORT,
        MID,
        "Chiang Mai",
        "cm.etextile@gmail.com",
        offers=(("รับออกแบบและทำต้นแบบเสื้อผ้าอัจฉริยะ ติดเซ็นเซอร์", "etextile_prototyping_service"),),
        needs=(
            need("ด้ายเงินนำไฟฟ้า", "conductive_yarn"),
            need("หลอดไฟ LED เล็ก แบบเย็บติดผ้าได้", "sewable_led_module"),
        ),
    ),
    Sme(
        53,
        EN,
        "MedTex Laundry Services",
        AGE_C,
        MID,
        "Bangkok",
        "service@medtexlaundry.com",
        offers=(("Hospital linen laundry, barrier washer, pickup in Bangkok", "hospital_laundry_service"),),
        needs=(need("Dissolvable alginate laundry bags", none="dissolvable bags; no one offers them"),),
        certs=(ISO9001,),
    ),
]

# ---------------------------------------------------------------- downstream: products, brands, shops, buyers

SMES += [
    Sme(
        54,
        TH,
        "บริษัท วอร์มมี่ จำกัด",
        SPORT,
        DOWN,
        "Bangkok",
        "hello@warmmy.co.th",
        offers=(
            ("เสื้อกั๊กอุ่นไฟฟ้า ชาร์จ USB", "heated_vest"),
            ("ถุงมืออุ่นไฟฟ้า สำหรับขี่มอเตอร์ไซค์หน้าหนาว", "heated_gloves"),
        ),
        needs=(
            need("แผ่นฮีตเตอร์คาร์บอนไฟเบอร์ 5 โวลต์", "heating_element"),
            need("ผ้าไนลอนกันลมน้ำหนักเบา", "nylon_ripstop_fabric"),
            need("โรงงานรับเย็บ ขั้นต่ำไม่เกิน 300 ตัว", "cmt_sewing_service"),
        ),
    ),
    Sme(
        55,
        EN,
        "Khun Yai Comfort Care Products",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "care@khunyaicomfort.com",
        offers=(
            ("Heated knee wrap for arthritis, 30-minute auto-off", "heating_pad"),
            ("Electric lower-back warmer with washable cover", "heating_pad"),
        ),
        needs=(
            need("Thin flexible heater, low voltage", "heating_element"),
            need(
                "Soft cotton knit for pad covers, OEKO-TEX certified",
                "cotton_jersey_fabric",
                "organic_cotton_jersey",
                req=(OEKO,),
            ),
        ),
        certs=(TIS, ISO9001),
    ),
    Sme(
        56,
        TH,
        "โรงพยาบาลผู้สูงอายุบางกอกแคร์",
        AGE_C,
        DOWN,
        "Bangkok",
        "procurement@bkkcarehospital.com",
        needs=(
            need("ชุดผู้ป่วยติดเซ็นเซอร์ แจ้งเตือนเมื่อหกล้ม", "fall_detection_garment"),
            need("แผ่นรองที่นอนแจ้งเตือนเมื่อผู้ป่วยลุกจากเตียง", "bed_exit_sensor_mat"),
            need("ผ้าปูเตียงผู้ป่วยชนิดต้านเชื้อ ต้องได้ มอก.", "antimicrobial_bed_linen", req=(TIS,)),
        ),
    ),
    Sme(
        57,
        EN,
        "FallSafe Wearables",
        AGE_C,
        DOWN,
        "Pathum Thani",
        "founders@fallsafe.io",
        offers=(
            ("Smart vest that alerts carers when the wearer falls", "fall_detection_garment"),
            ("Sensor undershirt tracking breathing and heart rate", "smart_monitoring_shirt"),
        ),
        needs=(
            need("Stretch strap with woven-in conductive yarn for respiration sensing", "conductive_elastic_band"),
            need("Partner to build a pilot run of 20 sensor shirts", "etextile_prototyping_service"),
            need("Silver fabric electrodes", "conductive_fabric"),
        ),
    ),
    Sme(
        58,
        TH,
        "บ้านพักผู้สูงอายุสุขใจ",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "sukjai.eldercare@gmail.com",
        needs=(
            need("ที่ประคบร้อนไฟฟ้า สำหรับเข่า", "heating_pad", "heated_knee_sleeve"),
            need("ผ้ารองซับปัสสาวะ ซักแล้วใช้ซ้ำได้", "washable_underpad"),
            need("อยากได้ระบบเตือนตอนคุณยายลงจากเตียงกลางคืน", "bed_exit_sensor_mat"),
        ),
    ),
    Sme(
        59,
        TH,
        "บริษัท นอนสบาย เมดิคอล จำกัด",
        AGE_C,
        DOWN,
        "Nakhon Pathom",
        "sales@nonsabai-medical.com",
        offers=(
            ("แผ่นรองนอนอัจฉริยะ เตือนลุกจากเตียงผ่านมือถือ", "bed_exit_sensor_mat"),
            ("เบาะรองนั่งลดแผลกดทับ ผ้าสามมิติ", "pressure_relief_cushion"),
        ),
        needs=(
            need("เซ็นเซอร์แบบผ้า วัดน้ำหนักกด ขนาด 60x90 ซม.", "textile_pressure_sensor"),
            need("ผ้าสเปเซอร์หนา 10 มม.", "spacer_fabric"),
            need("ผ้าหุ้มเบาะ ต้านแบคทีเรีย", "antimicrobial_fabric"),
        ),
        certs=(ISO13485,),
    ),
    Sme(
        60,
        EN,
        "Udon Care Textiles",
        AGE_I,
        DOWN,
        "Udon Thani",
        "udoncaretextiles@gmail.com",
        offers=(
            ("Washable bed underpads, 4-layer, 90 x 60 cm", "washable_underpad"),
            ("Reusable adult incontinence briefs", "reusable_incontinence_brief"),
        ),
        needs=(
            need("Anti-bacterial top-layer fabric", "antimicrobial_fabric"),
            need("Plastic snap fasteners, 10,000 sets", none="snap fasteners; no trims supplier in the set"),
            need("GOTS organic cotton knit for the skin side", "organic_cotton_jersey", req=(GOTS,)),
        ),
    ),
    Sme(
        61,
        TH,
        "บริษัท วิ่งไทย สปอร์ต จำกัด",
        SPORT,
        DOWN,
        "Bangkok",
        "info@wingthaisport.com",
        offers=(
            ("เสื้อวิ่งผ้าดรายฟิต แบรนด์ RunThai", "running_shirt"),
            ("กางเกงรัดกล้ามเนื้อ สำหรับวิ่งเทรล", "compression_garment"),
        ),
        needs=(
            need("ผ้าสัมผัสเย็น สำหรับเสื้อวิ่งรุ่นใหม่", "cooling_fabric"),
            need("ฟิล์มรีเฟล็กซ์ แบบรีดติดเสื้อ", "reflective_tape"),
            need("ผ้าถักคอมเพรสชั่น ไนลอนผสมสแปนเด็กซ์", "compression_knit_fabric"),
        ),
    ),
    Sme(
        62,
        EN,
        "Doi Trail Gear",
        SPORT,
        DOWN,
        "Chiang Mai",
        "hello@doitrailgear.com",
        offers=(
            ("Trail running vests with reflective piping", "running_vest"),
            ("Merino-blend hiking socks", "hiking_socks"),
        ),
        needs=(
            need("Wicking polyester knit, bluesign approved", "performance_knit_fabric", req=(BLUESIGN,)),
            need("All-over print for our jersey panels", "sublimation_printing_service"),
            need("DWR treatment of our shell fabric", "water_repellent_finishing_service"),
        ),
    ),
    Sme(
        63,
        TH,
        "ชลบุรีเซฟตี้",
        SPORT,
        DOWN,
        "Chon Buri",
        "chonburisafety@gmail.com",
        offers=(
            ("เสื้อกั๊กสะท้อนแสง มอก. สำหรับงานถนน", "reflective_safety_vest"),
            ("เสื้อกั๊กไฟ LED กระพริบ สำหรับตำรวจจราจร", "led_safety_vest"),
        ),
        needs=(
            need("เทปสะท้อนแสงเกรดงานจราจร", "reflective_tape"),
            need("ไฟ LED ชนิดเย็บติด กันน้ำ", "sewable_led_module"),
            need("ผ้าออกซ์ฟอร์ด 600D สีส้ม", "polyester_oxford_fabric"),
        ),
        certs=(TIS,),
    ),
    Sme(
        64,
        EN,
        "Rayong Industrial Safety Supply",
        SPORT,
        DOWN,
        "Rayong",
        "sales@rayongsafety.com",
        offers=(("PPE distribution to refineries and ports", "ppe_distribution"),),
        needs=(
            need("Light-up vests for night shifts, TIS certified", "led_safety_vest", req=(TIS,)),
            need("Cooling vests for workers in hot plants", "cooling_vest"),
            need("Battery-heated jackets or vests for cold-room staff", "heated_vest"),
        ),
    ),
    Sme(
        65,
        TH,
        "ร้านของฝากผ้าฝ้ายอุบล",
        AGE_I,
        DOWN,
        "Ubon Ratchathani",
        "ubon.cottonshop@gmail.com",
        offers=(("ขายปลีกของฝาก ผ้าฝ้าย ผ้าไหม ในตัวเมือง", "souvenir_retail"),),
        needs=(
            need("กระเป๋าผ้าทอมือ ขายส่ง", "handwoven_cloth_bag"),
            need("ผ้าขาวม้า ลายโบราณ", "pha_khao_ma"),
            need("ผ้าพันคอย้อมคราม", "indigo_scarf"),
        ),
    ),
    Sme(
        66,
        EN,
        "Sakon Indigo Crafts",
        AGE_I,
        DOWN,
        "Sakon Nakhon",
        "sakonindigocrafts@gmail.com",
        offers=(
            ("Tote bags in handwoven cotton, indigo-dyed", "handwoven_cloth_bag"),
            ("Shibori indigo scarves, 180 cm", "indigo_scarf"),
        ),
        needs=(need("Indigo cotton cloth by the metre, hand-loomed", "indigo_dyed_cotton_fabric"),),
        certs=(OTOP,),
    ),
    Sme(
        67,
        TH,
        "ร้านม่อฮ่อมแม่หนู",
        HEMP,
        DOWN,
        "Phrae",
        "maenoo.mohom@gmail.com",
        offers=(
            ("เสื้อม่อฮ่อม คอจีน ย้อมฮ่อม", "indigo_dyed_garment"),
            ("กางเกงเล ผ้าฝ้าย ย้อมห้อม", "indigo_dyed_garment"),
        ),
        needs=(
            need("ผ้าฝ้ายย้อมหม้อห้อมเป็นพับ", "indigo_dyed_cotton_fabric"),
            need("มีใครรับย้อมห้อมเสื้อที่เย็บเสร็จแล้วไหม", "indigo_dyeing_service"),
        ),
    ),
    Sme(
        68,
        EN,
        "ChillWear Thailand",
        SPORT,
        DOWN,
        "Bangkok",
        "sales@chillwear.co.th",
        offers=(
            ("Wet-activated cooling towels, PVA", "cooling_towel"),
            ("Evaporative cooling vests for outdoor workers", "cooling_vest"),
        ),
        needs=(
            need("Cool-feel nylon fabric", "cooling_fabric"),
            need("Sewing contractor for 2,000 vests", "cmt_sewing_service"),
        ),
    ),
    Sme(
        69,
        TH,
        "ร้านเพื่อนวัยเก๋า",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "phuenwaikao@gmail.com",
        offers=(("ขายปลีกสินค้าผู้สูงอายุ หน้าร้านและออนไลน์", "eldercare_retail"),),
        needs=(
            need("แผ่นร้อนไฟฟ้าแก้ปวดหลัง", "heating_pad"),
            need("ผ้าเย็นคล้องคอ", "cooling_towel"),
            need("ถุงเท้ากันลื่นผู้สูงอายุ", none="anti-slip socks; no one makes them"),
        ),
    ),
    Sme(
        70,
        EN,
        "Bangna General Hospital",
        AGE_C,
        DOWN,
        "Samut Prakan",
        "purchasing@bangnahospital.com",
        needs=(
            need("Patient gowns, antimicrobial, TIS certified", "patient_gown", req=(TIS,)),
            need("Bed-exit alarm pads", "bed_exit_sensor_mat"),
            need("Outsourced laundry for ward linen", "hospital_laundry_service"),
        ),
    ),
    Sme(
        71,
        TH,
        "บริษัท เมดิแวร์ จำกัด",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "sales@mediwear.co.th",
        offers=(
            ("ชุดผู้ป่วย ผ้าต้านเชื้อ ผูกหลัง", "patient_gown"),
            ("ชุดสครับแพทย์ พยาบาล", "medical_scrubs"),
            ("รับผลิต OEM ตัดเย็บชุดยูนิฟอร์มตามแบบของลูกค้า", "cmt_sewing_service"),
        ),
        needs=(
            need("ผ้าโพลีผสมฝ้าย ต้านแบคทีเรีย", "antimicrobial_fabric"),
            need("ผ้าทวิลกันของเหลวซึมผ่าน", "fluid_resistant_fabric"),
        ),
        certs=(TIS, ISO13485),
    ),
    Sme(
        72,
        EN,
        "Isan Regional Hospital Procurement",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "supply@isanregionalhospital.org",
        needs=(
            need("Scrub suits for nursing staff", "medical_scrubs"),
            need(
                "Fall-detection shirts for the stroke ward, ISO 13485 required",
                "fall_detection_garment",
                req=(ISO13485,),
                none="the only fall-detection maker holds no ISO 13485",
            ),
            need("Pressure-sensing socks for the diabetic foot clinic", "smart_socks"),
        ),
    ),
    Sme(
        73,
        TH,
        "สโมสรฟุตบอลอีสานใต้ ยูไนเต็ด",
        SPORT,
        DOWN,
        "Buri Ram",
        "office@isantaiunited.com",
        needs=(
            need("เสื้อแข่งพิมพ์ลายเต็มตัว", "sublimated_team_jersey"),
            need("ผ้าเย็นสำหรับนักกีฬาข้างสนาม", "cooling_towel"),
            need("ปักตราสโมสรบนเสื้อโปโล", "embroidery_service"),
        ),
    ),
    Sme(
        74,
        EN,
        "Jersey Factory TH",
        SPORT,
        DOWN,
        "Nonthaburi",
        "orders@jerseyfactory.co.th",
        offers=(("Custom sublimated football and running jerseys, min 20 pcs", "sublimated_team_jersey"),),
        needs=(
            need("Printed polyester fabric by the metre", "printed_polyester_fabric"),
            need("Moisture-wicking knit base fabric", "performance_knit_fabric"),
        ),
    ),
    Sme(
        75,
        TH,
        "แบรนด์ กัญชงดีไซน์",
        HEMP,
        DOWN,
        "Chiang Mai",
        "kanchongdesign@gmail.com",
        offers=(
            ("เสื้อเชิ้ตผ้ากัญชง ทรงผ่าหน้า", "hemp_shirt"),
            ("ย่ามผ้ากัญชงทอมือ", "handwoven_cloth_bag"),
        ),
        needs=(
            need("ผ้ากัญชงทอมือ ไม่ใช้สีเคมี", "hemp_fabric"),
            need("ย้อมสีธรรมชาติให้เสื้อสำเร็จรูป", "natural_dyeing_service", "indigo_dyeing_service"),
        ),
    ),
    Sme(
        76,
        EN,
        "Hemp & Co. Concept Store",
        HEMP,
        DOWN,
        "Bangkok",
        "buying@hempandco.store",
        offers=(("Concept store for natural-fibre goods in Ari", "natural_goods_retail"),),
        needs=(
            need(
                "Hemp shirts certified Organic Thailand",
                "hemp_shirt",
                req=(ORG_TH,),
                none="the hemp shirt maker holds no Organic Thailand",
            ),
            need("Bags made of hemp or handwoven cotton", "handwoven_cloth_bag"),
        ),
    ),
    Sme(
        77,
        TH,
        "สตาร์ทอัพ ถุงเท้าอัจฉริยะ ฟุตแคร์",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "team@footcare-smart.com",
        offers=(("ถุงเท้าวัดแรงกดฝ่าเท้า สำหรับผู้ป่วยเบาหวาน", "smart_socks"),),
        needs=(
            need("แผ่นเซ็นเซอร์ผ้า วัดแรงกด", "textile_pressure_sensor", "pressure_sensing_fabric"),
            need("ด้ายนำไฟฟ้าชุบเงิน", "conductive_yarn"),
            need(
                "ผลแล็บทดสอบผ้า ก่อนยื่นขายโรงพยาบาล",
                "textile_testing_service",
                "antimicrobial_testing_service",
                "etextile_testing_service",
            ),
        ),
    ),
    Sme(
        78,
        EN,
        "Silver Years Nursing Home",
        AGE_C,
        DOWN,
        "Bangkok",
        "admin@silveryears.co.th",
        needs=(
            need("Antibacterial bed sheets, 3.5 ft", "antimicrobial_bed_linen"),
            need("Fall alert garment for residents with dementia", "fall_detection_garment"),
            need("Washable incontinence pants", "reusable_incontinence_brief"),
        ),
    ),
    Sme(
        79,
        TH,
        "บริษัท ผ้าปูสะอาด จำกัด",
        AGE_C,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "sales@phapusaat.com",
        offers=(
            ("ผ้าปูที่นอนโรงพยาบาล ผ้าต้านแบคทีเรีย", "antimicrobial_bed_linen"),
            ("ผ้าห่มสำลีสำหรับผู้ป่วย", "hospital_blanket"),
        ),
        needs=(
            need("ผ้าฟอกขาว หน้ากว้าง 110 นิ้ว", "bleached_cotton_fabric"),
            need("รับเคลือบสารต้านเชื้อบนผ้าของเรา", "antimicrobial_finishing_service"),
        ),
        certs=(TIS,),
    ),
    Sme(
        80,
        TH,
        "ชัยภูมิโฮมลินิน",
        AGE_I,
        DOWN,
        "Chaiyaphum",
        "sales@chaiyaphumlinen.com",
        offers=(
            ("ชุดผ้าปูที่นอนเคลือบซิลเวอร์ สำหรับโรงแรมและบ้านพักคนชรา", "antimicrobial_bed_linen"),
            ("หมอนนุ่นแท้ ใบละ 250 บาท", "kapok_pillow"),
        ),
        needs=(
            need("นุ่น", "kapok_fibre"),
            need("ผ้าคอตตอนขาว หน้ากว้าง", "bleached_cotton_fabric"),
        ),
    ),
    Sme(
        81,
        TH,
        "ร้านหมอนขิดแม่บุญ",
        AGE_I,
        DOWN,
        "Nakhon Phanom",
        "maeboon.mon@gmail.com",
        offers=(("หมอนขิด ยัดนุ่น ทำมือ", "kapok_pillow"),),
        needs=(
            need("นุ่นดีดแล้ว ไม่มีเมล็ด", "kapok_fibre"),
            need("ผ้าฝ้ายทอมือ ลายไหนก็ได้ ไม่ต้องมีโอทอป", "handwoven_cotton_fabric", waive=(OTOP,)),
        ),
    ),
    Sme(
        82,
        EN,
        "Riverside Wellness Spa",
        AGE_C,
        DOWN,
        "Krabi",
        "spa@riversidewellness.com",
        needs=(
            need("Kapok pillows for massage beds", "kapok_pillow"),
            need("Herbal compress balls, 150 g", "herbal_compress"),
            need("Hemp terry bath towels", none="terry towels; no one weaves terry"),
        ),
    ),
    Sme(
        83,
        TH,
        "บริษัท ไบค์ไลท์ จำกัด",
        SPORT,
        DOWN,
        "Kanchanaburi",
        "bikelight.th@gmail.com",
        offers=(("เสื้อปั่นจักรยาน มีไฟ LED ด้านหลัง", "led_cycling_jacket"),),
        needs=(
            need("แถบไฟ LED แบบโค้งงอได้ หุ้ม TPU", "led_strip_textile"),
            need("เทปรีเฟลกทีฟ ติดแขนเสื้อ", "reflective_tape"),
            need("ทำแพทเทิร์นและตัวอย่างเสื้อ", "pattern_sampling_service"),
        ),
    ),
    Sme(
        84,
        EN,
        "Sports Science Lab, Chiang Mai",
        SPORT,
        DOWN,
        "Chiang Mai",
        "sportsci.lab@cmu-research.org",
        needs=(
            need("Compression tights for a recovery trial, 40 sets", "compression_garment"),
            need("Shirts that log heart rate during training", "smart_monitoring_shirt"),
        ),
    ),
    Sme(
        85,
        TH,
        "กลุ่มวิจัยสิ่งทออัจฉริยะ มหาวิทยาลัยขอนแก่น",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "smarttex.kku@gmail.com",
        offers=(("บริการวัดค่าความต้านทานไฟฟ้าของผ้าหลังซัก", "etextile_testing_service"),),
        needs=(
            need("ผ้านำไฟฟ้าสำหรับงานวิจัย ตัวอย่าง 1 เมตร", "conductive_fabric"),
            need("เส้นใยกัญชงดิบ สำหรับทดลองทำคาร์บอน", "hemp_bast_fibre"),
            need("เครื่องวัดความต้านทานแบบสี่จุด", none="four-point probe instrument; no one sells instruments"),
        ),
    ),
    Sme(
        86,
        EN,
        "Loop Uniforms",
        CIRC,
        DOWN,
        "Bangkok",
        "hi@loopuniforms.co",
        offers=(("Bags upcycled from old school uniforms", "upcycled_bag"),),
        needs=(
            need("Used school uniforms, white shirts", "used_clothing"),
            need("Contract sewing for 500 bags", "cmt_sewing_service"),
        ),
        bcg=("circular",),
    ),
    Sme(
        87,
        TH,
        "แบรนด์ ผ้ารักษ์โลก",
        CIRC,
        DOWN,
        "Chiang Mai",
        "pharakslok@gmail.com",
        offers=(("กระถางต้นไม้จากผ้าสักหลาดรีไซเคิล", "felt_planter"),),
        needs=(need("ผ้าสักหลาดจากเศษผ้า หนา 3 มิล ไม่จำเป็นต้องมี GRS", "recycled_felt", waive=(GRS,)),),
        bcg=("circular",),
    ),
    Sme(
        88,
        EN,
        "Andaman Dive & Surf",
        SPORT,
        DOWN,
        "Phuket",
        "shop@andamandivesurf.com",
        offers=(("Dive and surf retail shop in Patong", "sports_retail"),),
        needs=(
            need("Rash guards with UPF 50+", none="rash guards; no one makes swimwear"),
            need("Cooling towels for retail", "cooling_towel"),
        ),
    ),
    Sme(
        89,
        TH,
        "วิสาหกิจชุมชนลูกประคบบ้านคีรีวง",
        AGE_C,
        DOWN,
        "Nakhon Si Thammarat",
        "khiriwong.herb@gmail.com",
        offers=(("ลูกประคบสมุนไพร ห่อผ้าฝ้าย", "herbal_compress"),),
        needs=(
            need("ผ้าดิบบาง ตัดห่อลูกประคบ", "greige_cotton_fabric"),
            need(
                "ผ้าดิบฝ้ายออร์แกนิก ต้องมี GOTS สำหรับลูกค้าญี่ปุ่น",
                "greige_cotton_fabric",
                req=(GOTS,),
                none="the only greige cotton weaver holds no GOTS",
            ),
        ),
        certs=(OTOP,),
        bcg=("bio",),
    ),
    Sme(
        90,
        EN,
        "Bangkok Geriatric Rehab Centre",
        AGE_C,
        DOWN,
        "Bangkok",
        "procure@bkkrehab.org",
        needs=(
            need("Heat pads for physiotherapy, TIS required", "heating_pad", req=(TIS,)),
            need("Pressure-relief seat cushions", "pressure_relief_cushion"),
        ),
    ),
    Sme(
        91,
        TH,
        "ร้านกีฬาหาดใหญ่สปอร์ต",
        SPORT,
        DOWN,
        "Songkhla",
        "hatyaisport@gmail.com",
        offers=(("ขายปลีกอุปกรณ์กีฬา หาดใหญ่", "sports_retail"),),
        needs=(
            need("เสื้อวิ่ง ขายส่ง", "running_shirt"),
            need("เสื้อกั๊กไฮวิส ใส่วิ่งตอนค่ำ", "reflective_safety_vest"),
        ),
    ),
    Sme(
        92,
        EN,
        "Grand Lotus Hotels",
        CIRC,
        DOWN,
        "Chonburi",
        "purchasing@grandlotushotels.com",
        needs=(
            need("Take-back of old bed linen", none="linen take-back; no one offers a collection service"),
            need(
                "Bed sheets with antibacterial finish, OEKO-TEX not required", "antimicrobial_bed_linen", waive=(OEKO,)
            ),
            need("Amenity pouches sewn from upcycled textiles", "upcycled_bag"),
        ),
    ),
    Sme(
        93,
        TH,
        "ร้านผ้าเมืองน่าน",
        HEMP,
        DOWN,
        "Nan",
        "nanfabricshop@gmail.com",
        needs=(
            need("ผ้าไหมที่มีตรานกยูงพระราชทาน", "silk_fabric", req=(PEACOCK,)),
            need("เสื้อผ้ากัญชง", "hemp_shirt"),
            need("เสื้อหม้อห้อม", "indigo_dyed_garment"),
        ),
    ),
    Sme(
        94,
        EN,
        "ThermaFlex Start-up",
        SPORT,
        DOWN,
        "Nonthaburi",
        "team@thermaflex.io",
        offers=(("Heated knee sleeve with app control", "heated_knee_sleeve"),),
        needs=(
            need("Graphene heating film", "heating_element"),
            need("Prototyping partner for heated textiles", "etextile_prototyping_service"),
            need("Seamless knitting of knee sleeves", none="seamless knitting; no one offers it"),
        ),
    ),
    Sme(
        95,
        TH,
        "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านกรวด",
        AGE_I,
        DOWN,
        "Buriram",
        "rpst.bankruat@gmail.com",
        needs=(
            need("แผ่นรองซับ ซักได้", "washable_underpad"),
            need("ชุดคนไข้ ไม่ต้องมี มอก.", "patient_gown", waive=(TIS,)),
        ),
    ),
]


# ---------------------------------------------------------------- checks

ID_RE = re.compile(r"^bsm-\d{3}$")
EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*$")
THAI_RE = re.compile("[\u0e00-\u0e7f]")
N_PROFILES = 95


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _cert_terms() -> dict[str, list[re.Pattern[str]]]:
    """Every spelling of each certification, as a regex over folded text (Latin ends must not touch letters)."""
    terms: dict[str, list[re.Pattern[str]]] = {}
    for cert in CERTIFICATIONS:
        spellings = {cert.name, cert.full_name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions}
        terms[cert.name] = [
            re.compile(rf"(?<![a-z0-9]){re.escape(_fold(s))}(?![a-z0-9])") for s in sorted(spellings) if len(s) >= 3
        ]
    return terms


CERT_TERMS = _cert_terms()


def named_certs(text: str) -> set[str]:
    """Certifications whose name appears in the text, whether required, claimed or waived."""
    folded = _fold(text)
    return {name for name, patterns in CERT_TERMS.items() if any(p.search(folded) for p in patterns)}


def canon(certs: tuple[str, ...]) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in certs)


def is_thai_phrase(text: str) -> bool:
    thai = len(THAI_RE.findall(text))
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return thai > 0 and thai / (thai + latin) >= 0.6


def is_english_phrase(text: str) -> bool:
    if THAI_RE.search(text):
        return False
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in text)


def qualified(smes: list[Sme], buyer: Sme, nd: Need) -> list[str]:
    """Ids of the suppliers (not the buyer) with an offer labelled as the need asks and every required cert."""
    required = canon(nd.req)
    return sorted(
        s.id
        for s in smes
        if s.id != buyer.id and any(label in nd.labels for _, label in s.offers) and required <= canon(s.certs)
    )


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if sorted(ids) != [f"bsm-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append(f"ids must be bsm-001 .. bsm-{N_PROFILES:03d}")
    emails = [s.email for s in smes]
    if len(set(emails)) != len(emails):
        errors.append("duplicate e-mail addresses")
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)
    all_offer_texts = {_fold(text) for s in smes for text, _ in s.offers}
    for s in smes:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: bad id")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if s.sub not in {c.value for c in SubCluster}:
            errors.append(f"{where}: bad sub_cluster {s.sub}")
        if s.stage not in {c.value for c in Stage}:
            errors.append(f"{where}: bad stage {s.stage}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: bad e-mail {s.email}")
        if s.lang not in (TH, EN):
            errors.append(f"{where}: bad language")
        for b in s.bcg:
            if b not in {t.value for t in BcgTag}:
                errors.append(f"{where}: bad bcg tag {b}")
        for c in s.certs:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        phrase_ok = is_thai_phrase if s.lang == TH else is_english_phrase
        for text in [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]:
            if not text.strip() or text != text.strip():
                errors.append(f"{where}: empty or padded phrase {text!r}")
            if not phrase_ok(text):
                errors.append(f"{where}: phrase not in its profile's language: {text!r}")
        for text, label in s.offers:
            if not LABEL_RE.match(label):
                errors.append(f"{where}: bad label {label!r}")
            extra = named_certs(text) - canon(s.certs)
            if extra:
                errors.append(f"{where}: offer {text!r} claims {sorted(extra)} the SME does not hold")
        for nd in s.needs:
            if _fold(nd.text) in all_offer_texts:
                errors.append(f"{where}: need {nd.text!r} repeats an offer's wording")
            named = named_certs(nd.text)
            req, waive = canon(nd.req), canon(nd.waive)
            if req & waive:
                errors.append(f"{where}: {nd.text!r} both requires and waives {sorted(req & waive)}")
            if not (req | waive) <= named:
                errors.append(f"{where}: {nd.text!r} does not name {sorted((req | waive) - named)}")
            if named - req - waive:
                errors.append(
                    f"{where}: {nd.text!r} names {sorted(named - req - waive)} as neither required nor waived"
                )
            if not nd.labels and not nd.none:
                errors.append(f"{where}: need {nd.text!r} has no labels and no note")
            for label in nd.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    errors.append(f"{where}: label {label!r} of {nd.text!r} is offered by no one else")
            suppliers = qualified(smes, s, nd)
            if nd.none and suppliers:
                errors.append(f"{where}: {nd.text!r} is marked unmet but {suppliers} qualify")
            if not nd.none and not suppliers:
                errors.append(f"{where}: {nd.text!r} has no qualified supplier")
    return errors


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links = {
        (sup, buyer.id) for buyer in smes for nd in buyer.needs if not nd.none for sup in qualified(smes, buyer, nd)
    }
    return sorted(links)


# ---------------------------------------------------------------- counts


def counts(smes: list[Sme], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    needs = [(s, nd) for s in smes for nd in s.needs]
    met = [(s, nd) for s, nd in needs if not nd.none]
    th_en = sum(1 for a, b in links if by_id[a].lang == TH and by_id[b].lang == EN)
    en_th = sum(1 for a, b in links if by_id[a].lang == EN and by_id[b].lang == TH)
    cross = th_en + en_th
    per_need = Counter(len(qualified(smes, s, nd)) for s, nd in met)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai / English profiles", f"{sum(s.lang == TH for s in smes)} / {sum(s.lang == EN for s in smes)}"),
    ]
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub == sub.value for s in smes))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage == stage.value for s in smes))))
    regions = Counter(p.region.value for s in smes if (p := resolve_province(s.province)) is not None)
    for region in sorted(regions):
        rows.append((f"region {region}", str(regions[region])))
    provinces = {p.name_en for s in smes if (p := resolve_province(s.province)) is not None}
    rows += [
        ("distinct provinces", str(len(provinces))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        ("met needs by number of qualified suppliers", ", ".join(f"{k}: {per_need[k]}" for k in sorted(per_need))),
        ("needs requiring a certification", str(sum(bool(nd.req) for _, nd in needs))),
        ("needs waiving a certification", str(sum(bool(nd.waive) for _, nd in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.0%})"),
        ("within-language links", str(len(links) - cross)),
        ("links between different sub-clusters", str(sum(by_id[a].sub != by_id[b].sub for a, b in links))),
    ]
    return rows


def target_errors(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    by_id = {s.id: s for s in smes}
    errors: list[str] = []
    thai_share = sum(s.lang == TH for s in smes) / len(smes)
    if not 0.50 <= thai_share <= 0.60:
        errors.append(f"Thai share {thai_share:.0%} is not about 55 %")
    if not 160 <= len(links) <= 180:
        errors.append(f"{len(links)} true links, want 160-180")
    cross = sum(by_id[a].lang != by_id[b].lang for a, b in links)
    if links and not 0.40 <= cross / len(links) <= 0.60:
        errors.append(f"cross-language share {cross / len(links):.0%}, want about half")
    unmet = sum(bool(nd.none) for s in smes for nd in s.needs)
    if not 17 <= unmet <= 23:
        errors.append(f"{unmet} needs met by no one, want about 20")
    met = [len(qualified(smes, s, nd)) for s in smes for nd in s.needs if not nd.none]
    if sum(1 <= k <= 3 for k in met) < 0.7 * len(met):
        errors.append("fewer than 70 % of met needs have 1-3 qualified suppliers")
    return errors


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- output


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [nd.text for nd in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return out.getvalue()


README = """\
# Blind evaluation set: plain registry entries, smart and technical textiles

Checks how well the matcher finds true supplier-buyer pairs among {n} SME profiles whose wording it has
never seen. Theme: smart and technical textiles (silver-coated and other conductive yarns, conductive
fabric, heated clothing and heating pads, textile pressure sensors and fall-detection garments, LED and
reflective safety wear, antimicrobial and cooling finishes, 3D spacer fabric, e-textile prototyping,
testing labs, university research groups, start-ups, hospitals, care homes and sports brands) together
with the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the Health and Wellness Economy
cluster.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile JSONL and links CSV),
`shared/taxonomy.py` with its data files, and the ruff settings; not the matcher, its glossary, its tests,
the other evaluation sets or the project data. Profiles are plain registry entries: one short phrase per
offer or need, 0-3 of each, about 55 % in Thai (written as Thai people write it, spaces between phrases)
and the rest in English. The same kind of goods is worded many ways (regional names such as ฮ่อม / หม้อห้อม,
ขิด, มัดหมี่, ผ้าขาวม้า, trade words and abbreviations such as CMT, DWR, TC, FDY, rPET, with and without
sizes, prices and minimum orders), and a need is worded differently from the offers that meet it, often
in the other language.

Hard cases on purpose: a service versus the goods it works on (indigo dyeing of the customer's garments
versus indigo-dyed cloth; sewing for others versus finished garments; commission spinning versus yarn;
antimicrobial finishing versus antimicrobial fabric; sublimation printing versus printed fabric); waste
and used goods versus new; raw versus processed (hemp bast, yarn, cloth, shirt); finished goods described
by their material or technique (an indigo-dyed handwoven cotton tote is a bag); needs written as a wish,
a bare noun or a question; refusals ("no synthetic indigo", "ไม่ใช้สีเคมี"); needs that require a named
certification (a supplier without it does not qualify) and needs that name one only to waive it; and
about 20 needs that no one in the set meets (machinery, chemicals, electronics parts, or a certification
no qualifying supplier holds).

## How a link is decided

In `write.py` every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `heating_element` versus `heating_pad`).
Every need lists the offer labels that would meet it and the certifications its text requires, or is
marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some offer of
the supplier carries a label listed by one of the buyer's needs and the supplier's certifications hold
every certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link. A waived certification is not required. Labels live
only in `write.py`; the profiles carry none.

Before writing, the script checks: ids unique and well formed; every contract field valid (enums,
provinces through `resolve_province`, certifications through `resolve_certification`); every label a
need lists is offered by someone other than the buyer; every met need has a qualified supplier and every
unmet one has none; every required or waived certification is named in the need's text and no other is;
an offer names only certifications its SME holds; no need repeats an offer's wording; Thai phrases are
mostly Thai letters and English ones Latin only; the size targets (95 profiles, about 55 % Thai, 160-180
links, about half across languages, about 20 unmet needs, most met needs with 1-3 suppliers). It writes
nothing if any check fails, and two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_smart/write.py

## Files

- `write.py`: all data and labels, the checks, and the writer of the files below.
- `profiles.jsonl`: {n} profiles in contract JSONL version 1, ids `bsm-001` ... `bsm-{n:03d}`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    smes = sorted(SMES, key=lambda s: s.id)
    errors = check(smes)
    links = true_links(smes)
    errors += target_errors(smes, links)
    rows = counts(smes, links)
    if errors:
        print(table(rows))
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    counts_table = table(rows)
    (HERE / "profiles.jsonl").write_text("".join(profile_json(s) + "\n" for s in smes), encoding="utf-8")
    (HERE / "links.csv").write_text(links_csv(links), encoding="utf-8")
    (HERE / "README.md").write_text(README.format(n=len(smes), table=counts_table), encoding="utf-8")
    print(counts_table, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
