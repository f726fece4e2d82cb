"""Hand-labelled evaluation set: plain registry entries of a sports-leaning textile and wellness cluster.

Every profile, offer label and need label below was written by hand. Run from the repository root:

    .venv/bin/python eval/blind_plain_sport/write.py

The script checks the data and writes `profiles.jsonl` and `links.csv` next to itself; if any check
fails it prints the failures and writes nothing.
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
AGC = "ageing_lifestyle_central"
AGI = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    certs: tuple[str, ...] = ()  # certifications the text requires of the supplier
    waives: tuple[str, ...] = ()  # certifications the text names only to say they are not needed
    unmet: str = ""  # for a need no one in the cluster meets: what it asks for


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, tuple(labels), certs, waives)


def U(text: str, note: str) -> Need:
    return Need(text, unmet=note)


@dataclass
class Sme:
    name: str
    sub_cluster: str
    stage: str
    province: str
    language: str
    email: str
    certifications: list[str]
    bcg: list[str]
    offers: list[tuple[str, str]]
    needs: list[Need]
    id: str = field(default="")


P = Sme

SMES: list[Sme] = [
    # ------------------------------------------------------------------ upstream
    P(
        "ร้าน ส.เจริญรีไซเคิล (รับซื้อของเก่า)",
        CIRC,
        UP,
        "Samut Prakan",
        "th",
        "sjaroen.recycle@gmail.com",
        [],
        ["circular"],
        [
            ("ขวดพลาสติกใส PET อัดก้อน ก้อนละ 200-250 กก. ส่งได้ทุกสัปดาห์", "pet_bottle_bale"),
            ("เสื้อผ้าเก่าคละ ผ้าใช้แล้วจากชุมชน ขายเหมาเป็นกิโล", "post_consumer_textile_waste"),
        ],
        [U("เครื่องอัดก้อนไฮดรอลิก มือสองก็ได้", "a hydraulic baling press")],
    ),
    P(
        "Eastern Flake Recycling Co., Ltd.",
        CIRC,
        UP,
        "Rayong",
        "en",
        "sales@easternflake.co.th",
        ["GRS"],
        ["circular"],
        [
            ("Hot-washed clear PET flake, PVC below 50 ppm", "rpet_flake"),
            ("Green and blue PET flakes for strapping grade", "rpet_flake"),
        ],
        [
            N("Baled post-consumer PET bottles, clear, min. 10 tons/month", "pet_bottle_bale"),
            N("Consultant for GRS transaction certificates and annual audit", "certification_consulting"),
        ],
    ),
    P(
        "บจก. รีไฟเบอร์ (ประเทศไทย)",
        CIRC,
        UP,
        "Chonburi",
        "th",
        "info@refiber.co.th",
        ["GRS", "ISO 14001"],
        ["circular", "green"],
        [
            ("เส้นใยโพลีเอสเตอร์รีไซเคิล rPSF 1.4D x 38 มม. สีขาว", "recycled_polyester_staple_fibre"),
            ("ด้าย rPET DTY 150D/48F จากขวดน้ำดื่ม ได้รับ GRS", "recycled_polyester_yarn"),
            ("ใยสังเคราะห์รีไซเคิลสำหรับยัดหมอน ตุ๊กตา (HCS 7D)", "recycled_fibre_filling"),
        ],
        [
            N("เกล็ดขวด PET ใส ล้างร้อนแล้ว", "rpet_flake"),
            N("รับซื้อเศษผ้าโพลีเอสเตอร์ 100% สีขาว/สีอ่อน จากโรงตัดเย็บ", "polyester_textile_waste"),
        ],
    ),
    P(
        "Siam Filament Yarn Co., Ltd.",
        SPORT,
        UP,
        "Samut Prakan",
        "en",
        "export@siamfilament.com",
        ["GRS", "OEKO-TEX Standard 100", "ISO 9001"],
        [],
        [
            ("Polyester DTY 75D/72F SD raw white, AA grade", "polyester_dty_yarn"),
            ("Nylon 6 FDY 40D/34F for warp knitting and hosiery", "nylon_filament_yarn"),
            ("Recycled polyester DTY 100D/96F from bottles - GRS certified", "recycled_polyester_yarn"),
            ("Cationic dyeable poly yarn (CDP) for heather/melange effect", "polyester_dty_yarn"),
        ],
        [U("Bright PET chips, fibre grade, 200 t per month", "virgin PET polymer chips")],
    ),
    P(
        "หจก. ไทยคัฟเวอร์ริ่งยาร์น",
        SPORT,
        UP,
        "Nakhon Pathom",
        "th",
        "thaicovering@hotmail.com",
        ["Oeko-Tex 100"],
        [],
        [
            ("ด้ายหุ้มสแปนเด็กซ์ ACY 20D+75D สำหรับถุงเท้า ผ้ายืด", "spandex_covered_yarn"),
            ("เส้นยางหุ้มด้าย สำหรับขอบถุงเท้า ขอบแขน", "rubber_covered_yarn"),
        ],
        [N("ไนลอน 6 FDY 20D-70D แบบกึ่งด้าน", "nylon_filament_yarn")],
    ),
    P(
        "วิสาหกิจชุมชนปลูกกัญชงบ้านขุนแตะ",
        HEMP,
        UP,
        "Chiang Mai",
        "th",
        "khuntae.hemp@gmail.com",
        ["Organic Thailand"],
        ["bio"],
        [
            ("เส้นใยกัญชงลอกมือ ตากแห้ง มัดละ 1 กก.", "hemp_fibre_raw"),
            ("ด้ายกัญชงเข็นมือ สีธรรมชาติ ต้มขี้เถ้า", "hemp_yarn_handspun"),
        ],
        [
            U("เครื่องลอกเปลือกต้นกัญชง ขนาดเล็ก ใช้ในหมู่บ้าน", "a small hemp decorticator"),
            N("อบรมขายของออนไลน์ ทำเพจ ถ่ายรูปสินค้า", "marketing_training"),
        ],
    ),
    P(
        "Lanna Hemp Spinning Co., Ltd.",
        HEMP,
        UP,
        "Chiang Rai",
        "en",
        "office@lannahemp.co.th",
        ["OEKO-TEX Standard 100"],
        ["bio"],
        [
            ("Machine-spun hemp yarn Nm 6 - Nm 12, wet spun", "hemp_yarn_machine_spun"),
            ("Hemp/cotton 55/45 blended yarn Ne 20/1", "hemp_cotton_blend_yarn"),
            ("Commission spinning: send us your fibre, we spin to your count", "commission_spinning_service"),
        ],
        [
            N(
                "Decorticated hemp bast fibre, Organic Thailand certified, approx. 5 t per season",
                "hemp_fibre_raw",
                certs=("Organic Thailand",),
            ),
            N("Raw cotton for blending, seed cotton accepted", "seed_cotton_raw"),
        ],
    ),
    P(
        "กลุ่มทอผ้ากัญชงบ้านเข็กน้อย",
        HEMP,
        UP,
        "Phetchabun",
        "th",
        "khek.noi.hemp@gmail.com",
        [],
        ["bio"],
        [
            ("เปลือกกัญชงแห้ง เส้นใยดิบ ขายเป็นกิโล", "hemp_fibre_raw"),
            ("เส้นใยกัญชงเข็นเป็นเส้นแล้ว ฟอกขาว ม้วนละ 200 กรัม", "hemp_yarn_handspun"),
        ],
        [N("ครามเปียกสำหรับย้อมผ้าแบบม้ง", "indigo_dye_paste")],
    ),
    P(
        "วิสาหกิจชุมชนฝ้ายอินทรีย์นาแห้ว",
        HEMP,
        UP,
        "Loei",
        "th",
        "nahaeo.cotton@gmail.com",
        ["Organic Thailand"],
        ["bio", "green"],
        [
            ("ฝ้ายดิบทั้งเมล็ด ฝ้ายตุ่ยและฝ้ายขาว ปลูกแบบอินทรีย์", "seed_cotton_raw"),
            ("ฝ้ายเข็นมือ เส้นเล็ก-กลาง สีขาวธรรมชาติ", "cotton_yarn_handspun"),
        ],
        [U("เครื่องอีดฝ้าย (แยกเมล็ด) แบบใช้ไฟฟ้า", "an electric cotton gin")],
    ),
    P(
        "Second Life Textile Sorting Co., Ltd.",
        CIRC,
        UP,
        "Bangkok",
        "en",
        "trade@secondlife-sorting.com",
        [],
        ["circular"],
        [
            ("Sorted second-hand clothing, grade A for resale, 45 kg bales", "used_clothing_secondhand"),
            ("Worn-out polyester sportswear, non-wearable, for fibre recycling", "post_consumer_textile_waste"),
        ],
        [N("Used clothing from collection points, brands' take-back and events", "post_consumer_textile_waste")],
    ),
    P(
        "ร้านเศษผ้ามหาชัย",
        CIRC,
        UP,
        "Samut Sakhon",
        "th",
        "mahachai.scrap@gmail.com",
        [],
        ["circular"],
        [
            ("เศษผ้ายืดคอตตอน คัดสีแล้ว ขายกิโลละ 8 บาท", "cotton_textile_waste"),
            ("เศษผ้าไมโคร ผ้ากีฬาโพลีเอสเตอร์ จากโรงตัด", "polyester_textile_waste"),
            ("ผ้าเช็ดเครื่องจักร ผ้าขี้ริ้วตัดแล้ว", "wiping_rags"),
        ],
        [N("รับซื้อเศษผ้าจากโรงงานเย็บเสื้อทุกชนิด ไปรับถึงที่", "cotton_textile_waste", "polyester_textile_waste")],
    ),
    P(
        "Isan ReCotton",
        CIRC,
        UP,
        "Khon Kaen",
        "en",
        "hello@isanrecotton.com",
        [],
        ["circular"],
        [
            ("Recycled cotton fibre from shredded T-shirt cuttings", "recycled_cotton_fibre"),
            ("Open-end recycled cotton yarn Ne 10/1 - 16/1, colour from the waste, no dyeing", "recycled_cotton_yarn"),
        ],
        [N("Cotton cutting waste, sorted by colour", "cotton_textile_waste")],
    ),
    P(
        "วิสาหกิจชุมชนเลี้ยงไหมบ้านโนนสวรรค์",
        AGI,
        UP,
        "Surin",
        "th",
        "nonsawan.silk@gmail.com",
        [],
        ["bio"],
        [
            ("รังไหมพันธุ์ไทยพื้นบ้าน สีเหลือง สดและอบแห้ง", "silk_cocoon"),
            ("เส้นไหมสาวมือ ไหมน้อย ไหมลืบ ไหมหลืบ", "silk_yarn_handreeled"),
        ],
        [N("ครั่งสำหรับย้อมไหมสีแดง", "lac_dye")],
    ),
    P(
        "วิสาหกิจชุมชนครามบ้านนาหัวบ่อ",
        HEMP,
        UP,
        "Sakon Nakhon",
        "th",
        "nahuabo.indigo@gmail.com",
        [],
        ["bio", "green"],
        [
            ("เนื้อครามเปียก หมักพร้อมใช้ กก.ละ 250 บาท", "indigo_dye_paste"),
            ("รับย้อมครามเส้นฝ้ายและผ้าผืน ลูกค้าส่งวัตถุดิบมาเอง", "indigo_dyeing_service"),
        ],
        [N("ฝ้ายเข็นมือสีขาว ต้องมีมาตรฐานเกษตรอินทรีย์", "cotton_yarn_handspun", certs=("Organic Thailand",))],
    ),
    P(
        "Doi Lac Natural Colours",
        HEMP,
        UP,
        "Lampang",
        "en",
        "doilac.colours@gmail.com",
        [],
        ["bio"],
        [
            ("Stick lac and lac dye extract for reds and pinks", "lac_dye"),
            ("Natural dye extracts: ebony fruit, jackfruit heartwood, mango leaf", "natural_dye_extract"),
        ],
        [],
    ),
    P(
        "วิสาหกิจชุมชนเส้นใยกล้วยคลองลาน",
        HEMP,
        UP,
        "Kamphaeng Phet",
        "th",
        "klonglan.banana@gmail.com",
        ["OTOP"],
        ["bio"],
        [
            ("เส้นใยกาบกล้วยตานี ขูดมือ ตากแดด", "banana_fibre"),
            ("ด้ายใยกล้วยผสมฝ้าย ปั่นมือ", "banana_cotton_yarn"),
        ],
        [
            U("เครื่องขูดใยกล้วย", "a banana fibre scraping machine"),
            N("ออกแบบผลิตภัณฑ์และแพ็กเกจ ให้ดูทันสมัย", "product_design_service"),
        ],
    ),
    P(
        "PALF Thailand",
        HEMP,
        UP,
        "Prachuap Khiri Khan",
        "en",
        "contact@palfthailand.com",
        [],
        ["bio", "circular"],
        [
            ("Pineapple leaf fibre (PALF), degummed, 1 kg bundles", "pineapple_leaf_fibre"),
            ("PALF/cotton blended yarn Ne 16", "palf_blend_yarn"),
        ],
        [N("Mill willing to spin our PALF blends on commission, trial lots 100 kg", "commission_spinning_service")],
    ),
    P(
        "กลุ่มเส้นใยบัวทะเลน้อย",
        HEMP,
        UP,
        "Phatthalung",
        "th",
        "thalenoi.lotus@gmail.com",
        [],
        ["bio"],
        [
            ("เส้นใยบัวดึงมือจากก้านบัว ม้วนละ 50 เมตร", "lotus_fibre_yarn"),
            ("ผ้าทอใยบัวผสมไหม ผืนละ 2 เมตร", "lotus_silk_fabric"),
        ],
        [N("เส้นไหมสำหรับเส้นยืน ไหมสาวมือ", "silk_yarn_handreeled")],
    ),
    P(
        "NanoFibre Tech Co., Ltd.",
        SPORT,
        UP,
        "Pathum Thani",
        "en",
        "rd@nanofibretech.co.th",
        ["OEKO-TEX Standard 100"],
        ["green"],
        [
            ("Antibacterial polyester yarn with silver ions, 75D", "functional_polyester_yarn"),
            ("Bamboo-charcoal polyester DTY for odour-control socks", "functional_polyester_yarn"),
            ("Cool-touch nylon yarn, cross-section filament", "functional_nylon_yarn"),
        ],
        [N("Lab testing for antibacterial activity (AATCC 100 / JIS L 1902)", "textile_testing_service")],
    ),
    P(
        "Saraburi Cotton Spinning Co., Ltd.",
        HEMP,
        UP,
        "Saraburi",
        "en",
        "yarn@saraburispinning.co.th",
        ["OEKO-TEX Standard 100", "ISO 9001"],
        [],
        [
            ("Combed cotton yarn Ne 30/1, 32/1, 40/1 ring spun, knitting quality", "cotton_yarn_machine_spun"),
            ("CVC 60/40 yarn Ne 32/1", "cotton_poly_blend_yarn"),
        ],
        [U("Ginned cotton lint in bales, 28 mm staple", "ginned cotton lint")],
    ),
    P(
        "สหกรณ์กองทุนสวนยางบ้านบาโงย",
        SPORT,
        UP,
        "Yala",
        "th",
        "banagoy.rubber@gmail.com",
        [],
        ["bio"],
        [
            ("ยางแผ่นรมควัน ชั้น 3", "natural_rubber_sheet"),
            ("น้ำยางข้น 60% ส่งเป็นถัง", "natural_rubber_latex"),
        ],
        [],
    ),
    # ------------------------------------------------------------------ midstream
    P(
        "โรงงานถักผ้า ส.ไทยนิตติ้ง",
        SPORT,
        MID,
        "Samut Sakhon",
        "th",
        "sthaiknitting@gmail.com",
        [],
        [],
        [
            ("ผ้าไมโครเม็ดข้าวสาร โพลี 100% 140-150 แกรม", "performance_knit_fabric"),
            ("ผ้าจูติ ผ้าดรายฟิต หน้ากว้าง 60 นิ้ว มีสต็อกพร้อมส่ง", "performance_knit_fabric"),
            ("รับถักผ้าตามสเปก ลูกค้าส่งด้ายมาเอง คิดค่าถักเป็นกิโล", "knitting_service"),
        ],
        [
            N("ด้ายโพลีเอสเตอร์ DTY 75D และ 100D สีขาว", "polyester_dty_yarn"),
            N("ด้ายหุ้มสแปนเด็กซ์ สำหรับผ้ายืด", "spandex_covered_yarn"),
            N("ช่างซ่อมเครื่องถักวงกลม ด่วน", "machine_repair_service"),
        ],
    ),
    P(
        "Bang Bon Knitting Co., Ltd.",
        SPORT,
        MID,
        "Bangkok",
        "en",
        "sales@bangbonknit.com",
        ["OEKO-TEX Standard 100"],
        [],
        [
            ("Cotton single jersey 180 gsm, 32s combed", "cotton_knit_fabric"),
            ("TC and CVC pique for polo shirts", "pique_knit_fabric"),
            ("Micro mesh / eyelet mesh 130 gsm for linings and bibs", "mesh_fabric"),
        ],
        [
            N(
                "Combed cotton yarn 32s, OEKO-TEX required",
                "cotton_yarn_machine_spun",
                certs=("OEKO-TEX Standard 100",),
            ),
            N("Recycled polyester yarn, GRS certified, for rPET jersey", "recycled_polyester_yarn", certs=("GRS",)),
        ],
    ),
    P(
        "บจก. วอร์ปนิต สยาม",
        SPORT,
        MID,
        "Samut Prakan",
        "th",
        "warpknit.siam@gmail.com",
        ["OEKO-TEX Standard 100"],
        [],
        [
            ("ผ้ายืด 4 ทาง ไนลอนสแปนเด็กซ์ 80/20 220 แกรม (ผ้าไลคร่า)", "stretch_fabric_nylon_spandex"),
            ("ผ้าพาวเวอร์เน็ต สำหรับกางเกงรัดกล้ามเนื้อ ชุดกระชับ", "power_net_fabric"),
            ("ผ้าตาข่ายไนลอน ทำเสื้อเอี๊ยม ซับใน", "mesh_fabric"),
        ],
        [
            N("ไนลอน FDY 40D สำหรับเครื่องวอร์ป", "nylon_filament_yarn"),
            U("สแปนเด็กซ์เปลือย 40D/70D ยี่ห้อไหนก็ได้", "bare spandex (elastane) yarn"),
        ],
    ),
    P(
        "Eastern Performance Textiles Co., Ltd.",
        SPORT,
        MID,
        "Chonburi",
        "en",
        "info@ept-textiles.com",
        ["bluesign", "OEKO-TEX Standard 100"],
        ["green"],
        [
            ("Quick-dry birdseye and honeycomb knits, 100% polyester, 120-160 gsm", "performance_knit_fabric"),
            ("UPF 50+ anti-UV fabric for rash guards and fishing shirts", "uv_protective_fabric"),
            ("Wicking, anti-UV and antibacterial finishing on your greige", "functional_finish_service"),
        ],
        [
            N("Polyester DTY 75D/72F and 100D/96F, monthly contract", "polyester_dty_yarn"),
            N(
                "Wicking and antimicrobial finishing agents, bluesign approved only",
                "textile_finishing_chemicals",
                certs=("bluesign",),
            ),
        ],
    ),
    P(
        "โรงย้อมสยามดายอิ้ง",
        SPORT,
        MID,
        "Samut Sakhon",
        "th",
        "siamdyeing@yahoo.com",
        [],
        [],
        [
            ("รับย้อมผ้าโพลีเอสเตอร์ ไนลอน สีดิสเพิร์ส ลูกค้าส่งผ้าดิบมา", "fabric_dyeing_service"),
            ("รับเซ็ตหน้าผ้า เคลือบซึมซับเหงื่อ กันยูวี", "wicking_uv_finish_service"),
        ],
        [
            N("สีดิสเพิร์สและสารช่วยย้อม ราคาส่ง", "textile_dye_chemicals"),
            U("ออกแบบและติดตั้งระบบบำบัดน้ำเสียโรงย้อม", "dyehouse wastewater treatment"),
        ],
    ),
    P(
        "ซับพลัส พริ้นท์",
        SPORT,
        MID,
        "Bangkok",
        "th",
        "subplus.print@gmail.com",
        [],
        [],
        [
            ("รับพิมพ์ซับลิเมชั่นลงผ้าเมตร หน้ากว้าง 1.6 ม.", "sublimation_printing_service"),
            ("รับพิมพ์ลายเสื้อกีฬาทั้งตัว ลูกค้าส่งผ้ามาพิมพ์ได้ Line @subplus", "sublimation_printing_service"),
        ],
        [
            N("กระดาษซับลิเมชั่นม้วน 100 แกรม", "sublimation_paper"),
            N("หมึกซับ หมึกเทียบ Epson", "sublimation_ink"),
            N("ผ้าไมโครสีขาวสำหรับพิมพ์ซับ", "performance_knit_fabric", "recycled_polyester_knit_fabric"),
        ],
    ),
    P(
        "Sublimax Supply (Thailand)",
        SPORT,
        MID,
        "Nonthaburi",
        "en",
        "order@sublimax.co.th",
        [],
        [],
        [
            ('Sublimation transfer paper rolls 44"/64", 90-120 gsm', "sublimation_paper"),
            ("Dye-sublimation ink, Korean and Italian, 1 L bottles", "sublimation_ink"),
            ("Heat press and calender machines, installation included", "heat_press_machine"),
        ],
        [],
    ),
    P(
        "ล้านนาสกรีน",
        SPORT,
        MID,
        "Chiang Mai",
        "th",
        "lannascreen@gmail.com",
        [],
        [],
        [
            ("รับสกรีนเสื้อ ซิลค์สกรีน พลาสติซอล ขั้นต่ำ 30 ตัว", "screen_printing_service"),
            ("ตัวรีด DTF พิมพ์ฟิล์มขายเป็นแผ่น ตัดตามแบบ", "dtf_transfer"),
        ],
        [
            N("เสื้อยืดเปล่า cotton 100% คอกลม ขายส่ง", "blank_tshirt"),
            U("หมึกพลาสติซอลนำเข้า", "plastisol screen ink"),
        ],
    ),
    P(
        "Korat Garment Factory Co., Ltd.",
        SPORT,
        MID,
        "Nakhon Ratchasima",
        "en",
        "factory@koratgarment.com",
        ["ISO 9001"],
        [],
        [
            ("CMT sewing for sportswear: jerseys, shorts, tracksuits - MOQ 500 pcs/style", "sewing_cmt_service"),
            ("Polyester cutting scraps, sorted, about 2 t/month", "polyester_textile_waste"),
        ],
        [
            N("Sublimation printing on cut panels", "sublimation_printing_service"),
            N("Overlock and flatlock machines, used OK", "sewing_machine"),
        ],
    ),
    P(
        "ราชบุรีการ์เมนท์",
        SPORT,
        MID,
        "Ratchaburi",
        "th",
        "ratchaburi.garment@gmail.com",
        [],
        [],
        [
            ("รับตัดเย็บชุดกีฬา ชุดพละ เสื้อโปโล ทั้งแบบ CMT และเหมาผ้า", "sewing_cmt_service"),
            ("ชุดพละนักเรียนสำเร็จรูป เสื้อ+กางเกงวอร์ม", "school_pe_uniform"),
        ],
        [
            N("ผ้าจูติ ผ้า TK สำหรับชุดพละ", "performance_knit_fabric"),
            N("ยางยืดขอบกางเกง 1.5 นิ้ว", "elastic_band"),
            N("ตัดแพทเทิร์น เกรดไซซ์", "pattern_design_service"),
        ],
    ),
    P(
        "Sampeng Trims & Accessories",
        SPORT,
        MID,
        "Bangkok",
        "en",
        "sampengtrims@gmail.com",
        [],
        [],
        [
            ("Elastic waistband and drawcord, braided or knitted", "elastic_band"),
            ("Reflective tape and piping, EN ISO 20471, best price in Bangkok", "reflective_tape"),
            ("Nylon coil zippers #3 #5, YKK and local brands", "zipper"),
            ("PP and nylon webbing 25-50 mm", "webbing_strap"),
        ],
        [],
    ),
    P(
        "ร้านปักหาดใหญ่",
        SPORT,
        MID,
        "Songkhla",
        "th",
        "hatyai.embroidery@gmail.com",
        [],
        [],
        [
            ("รับปักโลโก้บนเสื้อ หมวก กระเป๋า ด้วยจักรปักคอม", "embroidery_service"),
            ("อาร์มปัก ตราโรงเรียน ตราสโมสรฟุตบอล", "embroidered_patch"),
        ],
        [N("จักรปักคอมพิวเตอร์ 12 หัว มือสอง", "embroidery_machine")],
    ),
    P(
        "HeatMark Labels Co., Ltd.",
        SPORT,
        MID,
        "Pathum Thani",
        "en",
        "heatmark.labels@gmail.com",
        [],
        [],
        [
            ("Heat transfer numbers, names and sponsor logos for team kits", "heat_transfer_label"),
            ("Silicone 3D heat transfer logos", "heat_transfer_label"),
            ("Woven labels and printed care labels", "woven_label"),
        ],
        [U("TPU film and PU flex vinyl rolls", "heat transfer vinyl film")],
    ),
    P(
        "บจก. โค้ทติ้งเทค",
        SPORT,
        MID,
        "Chachoengsao",
        "th",
        "coatingtech.th@gmail.com",
        [],
        [],
        [
            ("รับเคลือบ PU และลามิเนตฟิล์ม TPU บนผ้าของลูกค้า", "coating_lamination_service"),
            ("ผ้ากันน้ำเคลือบ PU 420D/600D ทำกระเป๋า", "waterproof_coated_fabric"),
            ("ผ้ากันน้ำ TPU ผิวนิตติ้ง สำหรับผ้ารองกันเปื้อน", "waterproof_coated_fabric"),
        ],
        [U("ผ้าดิบทอโพลีเอสเตอร์ Oxford 600D", "woven polyester oxford greige")],
    ),
    P(
        "Ayutthaya Nonwoven Co., Ltd.",
        AGC,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "en",
        "sales@ayutnonwoven.com",
        ["ISO 9001"],
        [],
        [
            ("PP spunbond nonwoven 15-80 gsm, hydrophilic grade for hygiene", "nonwoven_spunbond"),
            ("3-ply disposable face masks, box of 50", "disposable_mask"),
        ],
        [U("PP homopolymer resin MFI 35", "polypropylene resin")],
    ),
    P(
        "กลุ่มทอผ้ากัญชงแม่แจ่ม",
        HEMP,
        MID,
        "Chiang Mai",
        "th",
        "maechaem.hemp@gmail.com",
        ["OTOP"],
        ["bio"],
        [
            ("ผ้ากัญชงทอมือ สีธรรมชาติ ยังไม่ย้อม หน้ากว้าง 40 ซม.", "hemp_fabric_handwoven"),
            ("ผ้ากัญชงเขียนเทียนย้อมคราม ลายม้ง", "hemp_fabric_batik_indigo"),
        ],
        [
            N("เส้นกัญชงปั่นมือ สำหรับทอกี่เอว ไม่จำเป็นต้องมี GOTS", "hemp_yarn_handspun", waives=("GOTS",)),
            N("เนื้อห้อมหรือครามหมัก สำหรับย้อมผ้า", "indigo_dye_paste"),
        ],
    ),
    P(
        "Northern Hemp Weaving Co.",
        HEMP,
        MID,
        "Lamphun",
        "en",
        "weave@northernhemp.com",
        [],
        ["bio"],
        [
            ("Machine-woven hemp canvas 12 oz, greige", "hemp_fabric_machine_woven"),
            ("Hemp/cotton twill 280 gsm, piece dyed in 8 colours", "hemp_fabric_machine_woven"),
        ],
        [
            N("Machine-spun hemp yarn Nm 8 and hemp/cotton blends", "hemp_yarn_machine_spun", "hemp_cotton_blend_yarn"),
            N("GOTS-certified organic cotton warp yarn", "cotton_yarn_machine_spun", certs=("GOTS",)),
        ],
    ),
    P(
        "ร้านครามสกล",
        HEMP,
        MID,
        "Sakon Nakhon",
        "th",
        "kramsakon@gmail.com",
        ["OTOP"],
        ["bio"],
        [
            ("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ ลายมัดหมี่", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามเสื้อผ้าหรือผ้าผืนของลูกค้า", "indigo_dyeing_service"),
        ],
        [
            N("เส้นฝ้ายปั่นมือ ฝ้ายพื้นเมือง", "cotton_yarn_handspun"),
            N("ผ้าฝ้ายดิบทอกี่พื้นบ้าน สีขาว ยังไม่ผ่านการย้อม", "cotton_fabric_handwoven"),
        ],
    ),
    P(
        "Phrae Natural Dye House",
        HEMP,
        MID,
        "Phrae",
        "en",
        "phraenaturaldye@gmail.com",
        [],
        ["bio", "green"],
        [
            ("Mor hom indigo-dyed cotton fabric by the metre", "indigo_dyed_cotton_fabric"),
            ("Natural dyeing with ebony, teak leaf and mud on customers' garments", "natural_dyeing_service"),
        ],
        [
            N("Natural indigo paste, fermented", "indigo_dye_paste"),
            N("Ebony fruit extract", "natural_dye_extract"),
        ],
    ),
    P(
        "วิสาหกิจชุมชนทอผ้าฝ้ายบ้านนาข่า",
        AGI,
        MID,
        "Udon Thani",
        "th",
        "nakha.weaving@gmail.com",
        ["OTOP"],
        ["bio"],
        [
            ("ผ้าฝ้ายทอมือ สีขาวธรรมชาติ ยังไม่ย้อม หน้ากว้าง 1 ม.", "cotton_fabric_handwoven"),
            ("ผ้าขิดทอมือ ลายดั้งเดิม", "khit_fabric_handwoven"),
        ],
        [N("ด้ายฝ้ายโรงงาน เบอร์ 20 สำหรับเส้นยืน", "cotton_yarn_machine_spun")],
    ),
    P(
        "กลุ่มทอผ้าไหมมัดหมี่ชนบท",
        AGI,
        MID,
        "Khon Kaen",
        "th",
        "chonnabot.silk@gmail.com",
        ["ตรานกยูงพระราชทาน", "OTOP"],
        ["bio"],
        [
            ("ผ้าไหมมัดหมี่ทอมือ ตรานกยูงสีทอง", "silk_fabric_handwoven"),
            ("ผ้าไหมพื้นเรียบสำหรับตัดชุด", "silk_fabric_handwoven"),
        ],
        [
            N("เส้นไหมไทยสาวมือ ไหมน้อย", "silk_yarn_handreeled"),
            N("ครั่ง และสีธรรมชาติอื่น ๆ", "lac_dye", "natural_dye_extract"),
        ],
    ),
    P(
        "ReLoop Fabrics Co., Ltd.",
        CIRC,
        MID,
        "Samut Sakhon",
        "en",
        "hello@reloopfabrics.com",
        ["GRS", "OEKO-TEX Standard 100"],
        ["circular"],
        [("rPET single jersey and interlock, 100% recycled polyester, 140-180 gsm", "recycled_polyester_knit_fabric")],
        [
            N("GRS recycled polyester yarn 75D/100D", "recycled_polyester_yarn", certs=("GRS",)),
            N("Commission knitting of our own rPET yarn", "knitting_service"),
        ],
    ),
    P(
        "บจก. ไฟเบอร์ลูป",
        CIRC,
        MID,
        "Chonburi",
        "th",
        "fiberloop.th@gmail.com",
        [],
        ["circular"],
        [
            ("รับบดทำลายสต็อกเสื้อผ้าค้าง ชุดยูนิฟอร์มเก่า ออกใบรับรองการทำลาย", "textile_shredding_service"),
            ("ใยรีไซเคิลจากเสื้อผ้าเก่า สำหรับยัดไส้หมอน เบาะ", "recycled_fibre_filling"),
        ],
        [N("เสื้อผ้าเก่า ผ้าหลังการใช้งาน รับซื้อเป็นตัน", "post_consumer_textile_waste")],
    ),
    P(
        "Thai Neoprene Laminating",
        SPORT,
        MID,
        "Chachoengsao",
        "en",
        "thaineoprene@gmail.com",
        [],
        [],
        [
            ("Neoprene (SBR/CR) sheets 2-5 mm laminated with nylon jersey", "neoprene_fabric"),
            ("Perforated neoprene for knee and back supports", "neoprene_fabric"),
        ],
        [N("Nylon/spandex jersey for laminating", "stretch_fabric_nylon_spandex")],
    ),
    P(
        "หจก. สยามแมชชีนจักรเย็บ",
        SPORT,
        MID,
        "Bangkok",
        "th",
        "siammachine.sew@gmail.com",
        [],
        [],
        [
            ("จักรเย็บอุตสาหกรรม จักรโพ้ง จักรลา มือหนึ่ง-มือสอง", "sewing_machine"),
            ("เครื่องถักผ้าวงกลมมือสอง ไต้หวัน ญี่ปุ่น", "circular_knitting_machine"),
            ("จักรปักคอมพิวเตอร์ 6-12 หัว", "embroidery_machine"),
            ("ช่างซ่อมจักรและเครื่องถัก ไปถึงที่ โทร 081-234-5678", "machine_repair_service"),
        ],
        [],
    ),
    P(
        "Sampran Socks Co., Ltd.",
        SPORT,
        MID,
        "Nakhon Pathom",
        "en",
        "sales@sampransocks.com",
        ["OEKO-TEX Standard 100"],
        [],
        [
            ("Cushioned running socks with antibacterial yarn, private label", "sport_socks"),
            ("Non-binding diabetic socks for seniors, seamless toe", "diabetic_socks"),
            ("Anti-slip grip socks for yoga, pilates and hospital wards", "anti_slip_socks"),
        ],
        [
            N("Antibacterial or bamboo-charcoal polyester yarn", "functional_polyester_yarn"),
            N(
                "Spandex covered yarn ACY 20/75 and rubber covered yarn for cuffs",
                "spandex_covered_yarn",
                "rubber_covered_yarn",
            ),
        ],
    ),
    P(
        "ห้องปฏิบัติการทดสอบสิ่งทอ เท็กซ์แล็บ",
        SPORT,
        MID,
        "Pathum Thani",
        "th",
        "textlab.test@gmail.com",
        ["ISO 9001"],
        [],
        [
            ("ทดสอบค่า UPF การซึมซับเหงื่อ ความคงทนของสี", "textile_testing_service"),
            ("ทดสอบฤทธิ์ต้านแบคทีเรียบนผ้า ออกรายงานภายใน 10 วัน", "textile_testing_service"),
        ],
        [],
    ),
    P(
        "ChemTex Solutions Co., Ltd.",
        SPORT,
        MID,
        "Rayong",
        "en",
        "sales@chemtexsolutions.co.th",
        ["bluesign", "ISO 14001"],
        ["green"],
        [
            ("Disperse dyes and dyeing auxiliaries for polyester", "textile_dye_chemicals"),
            ("Wicking, anti-UV and antimicrobial finishing agents", "textile_finishing_chemicals"),
        ],
        [],
    ),
    P(
        "ร้านเคมีสิ่งทอมหาชัย",
        SPORT,
        MID,
        "Samut Sakhon",
        "th",
        "mahachai.chem@gmail.com",
        [],
        [],
        [
            ("สีรีแอคทีฟ สีดิสเพิร์ส แบ่งขายเป็นกิโล", "textile_dye_chemicals"),
            ("ซอฟเทนเนอร์ สารกันยูวี น้ำยาซึมซับเหงื่อ", "textile_finishing_chemicals"),
        ],
        [],
    ),
    # ------------------------------------------------------------------ downstream: sport
    P(
        "บจก. ทีมสปอร์ต แฟคทอรี่",
        SPORT,
        DOWN,
        "Bangkok",
        "th",
        "teamsport.factory@gmail.com",
        [],
        [],
        [
            ("เสื้อบอลพิมพ์ลายทั้งตัว สั่งตามแบบ ขั้นต่ำ 10 ตัว ราคาโรงงาน", "custom_team_jersey"),
            ("เสื้อกีฬาสีโรงเรียน เสื้อทีมบริษัท", "custom_team_jersey"),
            ("เสื้อวิ่งงานอีเว้นท์ เสื้อ finisher", "event_running_shirt"),
        ],
        [
            N("ผ้าโพลีขาวพับ เนื้อบาง ระบายอากาศ สำหรับเสื้อบอล", "performance_knit_fabric"),
            N("รับพิมพ์ซับ ช่วงกีฬาสีเครื่องเราไม่พอ", "sublimation_printing_service"),
            N("ตัวรีดเบอร์ ชื่อนักกีฬา ตัวรีดเฟล็กซ์", "heat_transfer_label", "dtf_transfer"),
        ],
    ),
    P(
        "Doi Sport Kits",
        SPORT,
        DOWN,
        "Chiang Mai",
        "en",
        "doisportkits@gmail.com",
        [],
        [],
        [
            ("Custom sublimated football, futsal and volleyball kits", "custom_team_jersey"),
            ("Training bibs in mesh, 10 colours", "training_bib"),
        ],
        [
            N("Sublimation paper and ink, regular monthly supply", "sublimation_paper", "sublimation_ink"),
            N(
                "Quick-dry jersey fabric, white, 140-160 gsm",
                "performance_knit_fabric",
                "recycled_polyester_knit_fabric",
            ),
            N("Mesh fabric for bibs", "mesh_fabric"),
        ],
    ),
    P(
        "หจก. รันเนอร์อีสาน",
        SPORT,
        DOWN,
        "Khon Kaen",
        "th",
        "runnerisan@gmail.com",
        [],
        ["circular"],
        [
            ("เสื้อวิ่งผ้า rPET จากขวดพลาสติก สำหรับงานวิ่ง", "event_running_shirt"),
            ("เสื้อ finisher พิมพ์ซับลายทั้งตัว", "event_running_shirt"),
        ],
        [
            N("ผ้ารีไซเคิลจากขวด PET (ผ้า rPET) ต้องมีใบ GRS", "recycled_polyester_knit_fabric", certs=("GRS",)),
            N("โรงเย็บรับเหมาค่าแรง ช่วงเร่งงานปลายปี", "sewing_cmt_service"),
            U("บิบวิ่ง หมายเลขวิ่ง กระดาษ Tyvek พร้อมชิปจับเวลา", "race bibs with timing chips"),
        ],
    ),
    P(
        "Kinetix Compression",
        SPORT,
        DOWN,
        "Bangkok",
        "en",
        "team@kinetixcompression.com",
        [],
        [],
        [
            ("Compression tights and calf sleeves for runners, graduated fit", "compression_sportswear"),
            ("Compression tops, football base layer", "compression_sportswear"),
        ],
        [
            N("4-way stretch nylon/spandex 200-240 gsm, matte", "stretch_fabric_nylon_spandex"),
            N("Power mesh for ventilation panels", "power_net_fabric"),
            N(
                "Waistband elastic 40 mm for tights, no OEKO-TEX needed",
                "elastic_band",
                waives=("OEKO-TEX Standard 100",),
            ),
        ],
    ),
    P(
        "แบรนด์ ซัพพอร์ตพลัส",
        SPORT,
        DOWN,
        "Phetchaburi",
        "th",
        "supportplus.brand@gmail.com",
        [],
        [],
        [
            ("สนับเข่า ซัพพอร์ตเข่า ผ้านีโอพรีน สำหรับวิ่งและฟิตเนส", "sports_support_brace"),
            ("ผ้ารัดข้อมือ ผ้าพันข้อเท้า นักกีฬา", "sports_support_brace"),
        ],
        [
            N("ผ้านีโอพรีนหนา 3 มม. ประกบผ้าไนลอน", "neoprene_fabric"),
            U("เทปตีนตุ๊กแก หน้ากว้าง 5 ซม.", "hook-and-loop tape"),
        ],
    ),
    P(
        "บจก. ไทยสนีกเกอร์",
        SPORT,
        DOWN,
        "Tak",
        "th",
        "thaisneaker@gmail.com",
        [],
        ["bio"],
        [
            ("รองเท้าผ้าใบกัญชง พื้นยางพารา", "canvas_sneaker"),
            ("รองเท้าวิ่งหน้าผ้า ผลิต OEM ขั้นต่ำ 300 คู่", "running_shoe"),
        ],
        [
            N("ผ้าตาข่ายสำหรับซับในรองเท้า", "mesh_fabric"),
            N("ผ้าแคนวาสกัญชง 10-14 ออนซ์", "hemp_fabric_machine_woven"),
            N("ยางแผ่น สำหรับขึ้นพื้นรองเท้า", "natural_rubber_sheet"),
        ],
    ),
    P(
        "Trailpack Bags",
        SPORT,
        DOWN,
        "Chiang Mai",
        "en",
        "trailpackbags@gmail.com",
        [],
        [],
        [
            ("Gym duffel bags and drawstring backpacks, custom logo", "sports_bag"),
            ("Hemp tote bags, natural colour", "hemp_bag"),
            ("Yoga mat carry bags in hemp canvas", "yoga_mat_bag"),
        ],
        [
            N("PU-coated 600D polyester", "waterproof_coated_fabric"),
            N("25 mm webbing and #5 zippers", "webbing_strap", "zipper"),
            N("Hemp canvas, undyed", "hemp_fabric_machine_woven"),
        ],
    ),
    P(
        "วิสาหกิจชุมชนเสื่อโยคะยางพาราตรัง",
        SPORT,
        DOWN,
        "Trang",
        "th",
        "trang.yogamat@gmail.com",
        [],
        ["bio"],
        [
            ("เสื่อโยคะยางพาราธรรมชาติ หนา 4 มม.", "yoga_mat"),
            ("เบาะออกกำลังกายผู้สูงอายุ หนา 1 ซม. พับได้", "exercise_mat_thick"),
        ],
        [
            N("ถุงใส่เสื่อโยคะ ผ้าแคนวาส", "yoga_mat_bag"),
            N("น้ำยางข้น", "natural_rubber_latex"),
        ],
    ),
    P(
        "Island Active Sports Shop",
        SPORT,
        DOWN,
        "Phuket",
        "en",
        "shop@islandactive.co.th",
        [],
        [],
        [("Consignment shelf space for local sports brands", "retail_consignment")],
        [
            N("Rash guards UPF50+, adult and kids sizes", "rash_guard"),
            N("Compression shorts and tights", "compression_sportswear"),
            N("Plain quick-dry running tees for retail", "performance_tshirt"),
        ],
    ),
    P(
        "ครูซ ซันแอนด์เซิร์ฟ",
        SPORT,
        DOWN,
        "Krabi",
        "th",
        "cruise.sunsurf@gmail.com",
        [],
        [],
        [
            ("เสื้อ rash guard แขนยาว กันยูวี UPF50+", "rash_guard"),
            ("ชุดว่ายน้ำเด็ก ผ้ากันแดด", "swimwear"),
        ],
        [
            N("ผ้ากันยูวี UPF 50+ ยืด 4 ทาง", "uv_protective_fabric"),
            N("พิมพ์ลายทั้งตัว ลงผ้าที่เราส่งไป", "sublimation_printing_service"),
        ],
    ),
    P(
        "โรงเรียนบ้านทุ่งสงวิทยา",
        SPORT,
        DOWN,
        "Nakhon Si Thammarat",
        "th",
        "tungsongwittaya@school.ac.th",
        [],
        [],
        [],
        [
            N("ชุดพละนักเรียน เสื้อ+กางเกงวอร์ม 1,200 ชุด ส่งก่อนเปิดเทอม พ.ค.", "school_pe_uniform"),
            N("เสื้อกีฬาสี 4 สี พิมพ์ลาย", "custom_team_jersey"),
        ],
    ),
    P(
        "Eastern Seaboard International School",
        SPORT,
        DOWN,
        "Chonburi",
        "en",
        "procurement@esis.ac.th",
        [],
        [],
        [],
        [
            N(
                "PE kits for 600 students, OEKO-TEX certified fabric",
                "school_pe_uniform",
                certs=("OEKO-TEX Standard 100",),
            ),
            N("Embroidered blazer badges", "embroidered_patch"),
        ],
    ),
    P(
        "Buriram Youth Football Academy",
        SPORT,
        DOWN,
        "Buriram",
        "en",
        "academy@buriramyouthfa.com",
        [],
        [],
        [],
        [
            N("Match kits home/away, sublimated, 60 sets", "custom_team_jersey"),
            N("Training bibs", "training_bib"),
            N("Compression base layers for players", "compression_sportswear"),
        ],
    ),
    P(
        "ชมรมเดิน-วิ่งเชียงราย",
        SPORT,
        DOWN,
        "Chiang Rai",
        "th",
        "cr.running.club@gmail.com",
        [],
        [],
        [("เสื้อวิ่งเหลือจากงานปีที่แล้ว ยังไม่ได้ใช้ 400 ตัว", "deadstock_garments")],
        [
            N("เสื้อวิ่ง 3,000 ตัว ผ้าดรายฟิต พิมพ์ลาย ส่งก่อน 15 ธ.ค.", "event_running_shirt"),
            N("ถุงผ้าใส่ race kit", "sports_bag", "hemp_bag", "upcycled_bag", "cotton_tote_bag"),
        ],
    ),
    P(
        "FitHub Gym Sukhumvit",
        SPORT,
        DOWN,
        "Bangkok",
        "en",
        "admin@fithubgym.com",
        [],
        [],
        [],
        [
            N("Microfibre gym towels with logo, 500 pcs", "microfiber_towel"),
            N("Natural rubber yoga mats", "yoga_mat"),
            N("Staff polo shirts, dri-fit", "staff_uniform"),
            N("Anti-slip grip socks for pilates class", "anti_slip_socks"),
        ],
    ),
    P(
        "ร้านกางเกงมวยไทยพัทยา",
        SPORT,
        DOWN,
        "Chonburi",
        "th",
        "pattaya.muaythai@gmail.com",
        [],
        [],
        [
            ("กางเกงมวยไทย ผ้าซาติน ปักลายตามสั่ง", "muay_thai_shorts"),
            ("ผ้าพันมือนักมวย ยาว 5 เมตร", "boxing_hand_wraps"),
        ],
        [
            U("ผ้าซาตินโพลีเอสเตอร์มันเงา หลายสี", "polyester satin fabric"),
            N("งานเหมาปักลายบนกางเกง", "embroidery_service"),
            N("ยางยืดขอบกางเกงมวย กว้าง 3 นิ้ว", "elastic_band"),
        ],
    ),
    P(
        "RideOn Cycling Apparel",
        SPORT,
        DOWN,
        "Kanchanaburi",
        "en",
        "rideon.apparel@gmail.com",
        [],
        [],
        [("Cycling jerseys and bib shorts, custom sublimated", "cycling_jersey")],
        [
            U("Chamois pads for bib shorts", "cycling chamois pads"),
            N("Sublimation printing on our own fabric", "sublimation_printing_service"),
            N("Reflective piping and tape", "reflective_tape"),
            N("Lycra 4-way stretch for bibs", "stretch_fabric_nylon_spandex"),
        ],
    ),
    P(
        "บจก. สยามยูนิฟอร์ม",
        SPORT,
        DOWN,
        "Nakhon Pathom",
        "th",
        "siamuniform@gmail.com",
        ["OEKO-TEX Standard 100", "มอก."],
        [],
        [
            ("ชุดพละ ชุดวอร์มนักเรียน ผ้าผ่าน OEKO-TEX", "school_pe_uniform"),
            ("เสื้อโปโลพนักงาน ยูนิฟอร์มโรงแรม รีสอร์ท", "staff_uniform"),
            ("เสื้อดรายฟิตเปล่า ไม่สกรีน ขายส่ง", "performance_tshirt"),
            ("เสื้อยืดคอตตอนเปล่า 100% คอกลม", "blank_tshirt"),
        ],
        [
            N("ผ้าโปโล TC/CVC ผ้าหนังไก่", "pique_knit_fabric"),
            N("เคลือบกันแบคทีเรียให้ผ้าที่เราส่งไป", "functional_finish_service"),
        ],
    ),
    P(
        "หจก. ไมโครไฟเบอร์ระยอง",
        SPORT,
        DOWN,
        "Rayong",
        "th",
        "microfiber.rayong@gmail.com",
        [],
        [],
        [
            ("ผ้าไมโครไฟเบอร์ ผ้าเช็ดเหงื่อ ปักโลโก้ได้", "microfiber_towel"),
            ("ผ้าเย็น cooling towel สำหรับนักวิ่ง", "cooling_towel"),
        ],
        [U("ด้ายไมโครไฟเบอร์ poly/nylon 80/20", "split microfibre yarn")],
    ),
    P(
        "Loop Athletics",
        CIRC,
        DOWN,
        "Songkhla",
        "en",
        "hi@loopathletics.co",
        [],
        ["circular"],
        [("Running tees and shorts made from recycled bottles", "performance_tshirt")],
        [
            N("GRS-certified rPET jersey fabric", "recycled_polyester_knit_fabric", certs=("GRS",)),
            N("Digital marketing and product photography", "marketing_service", "product_photography"),
        ],
    ),
    # ------------------------------------------------------------------ downstream: care, wellness
    P(
        "โรงพยาบาลบางกรวยเวชการ",
        AGC,
        DOWN,
        "Nonthaburi",
        "th",
        "purchasing@bangkruaymed.com",
        [],
        [],
        [],
        [
            N("ผ้าเคลื่อนย้ายผู้ป่วยแบบมีหูจับ รับน้ำหนัก 150 กก.", "patient_transfer_sheet"),
            N("ผ้าปูเตียงโรงพยาบาล ผ้าฝ้าย 100% ทนซักน้ำร้อน", "hospital_bed_sheet"),
            N("แผ่นรองซับปัสสาวะชนิดซักได้", "washable_incontinence_pad"),
            N("บริการซักรีดผ้าผู้ป่วย", "laundry_service"),
        ],
    ),
    P(
        "Lanna Senior Living",
        AGC,
        DOWN,
        "Chiang Mai",
        "en",
        "care@lannaseniorliving.com",
        [],
        [],
        [],
        [
            N("Washable bed pads for incontinence, 100 pcs", "washable_incontinence_pad"),
            N("Easy-dress adaptive clothes with side openings", "adaptive_clothing_elderly"),
            N("Anti-slip socks for residents", "anti_slip_socks"),
            N("Thick exercise mats for chair yoga", "exercise_mat_thick"),
        ],
    ),
    P(
        "สุขใจเนอร์สซิ่งโฮม",
        AGC,
        DOWN,
        "Nakhon Pathom",
        "th",
        "sukjai.nursing@gmail.com",
        [],
        [],
        [],
        [
            N("ผ้าอ้อมผู้ใหญ่แบบเทป ใช้แล้วทิ้ง ไซส์ L มี อย.", "disposable_adult_diaper", certs=("Thai FDA",)),
            N("หน้ากากอนามัย 3 ชั้น", "disposable_mask"),
            N("หมอนหนุนผู้สูงอายุ", "pillow"),
        ],
    ),
    P(
        "บจก. แคร์เท็กซ์ ไทย",
        AGC,
        MID,
        "Samut Prakan",
        "th",
        "caretex.thai@gmail.com",
        ["ISO 9001"],
        [],
        [
            ("ผ้ายกตัวผู้ป่วย มีหูจับ 8 จุด", "patient_transfer_sheet"),
            ("แผ่นรองซับซักได้ 4 ชั้น ซักได้ 300 ครั้ง", "washable_incontinence_pad"),
            ("ผ้าปูที่นอนกันน้ำ กันไรฝุ่น", "waterproof_mattress_protector"),
        ],
        [
            N("ผ้ากันน้ำเคลือบ TPU ผิวนิต", "waterproof_coated_fabric"),
            N("สายแถบ webbing สำหรับหูจับ", "webbing_strap"),
        ],
    ),
    P(
        "EasyWear Adaptive Clothing",
        AGC,
        DOWN,
        "Bangkok",
        "en",
        "easywear.adaptive@gmail.com",
        [],
        [],
        [
            ("Adaptive clothing for elderly: magnetic closures, side openings", "adaptive_clothing_elderly"),
            ("Patient gowns with snap shoulders", "patient_gown"),
        ],
        [
            N("Soft cotton jersey, OEKO-TEX", "cotton_knit_fabric", certs=("OEKO-TEX Standard 100",)),
            U("Magnetic buttons and snaps", "magnetic closures"),
            N("Pattern making and grading for seated body shapes", "pattern_design_service"),
        ],
    ),
    P(
        "CareDry Hygiene Products Co., Ltd.",
        AGC,
        DOWN,
        "Prachinburi",
        "en",
        "sales@caredry.co.th",
        ["Thai FDA", "ISO 13485"],
        [],
        [
            ("Disposable adult diapers, tape and pants types, M-XL", "disposable_adult_diaper"),
            ("Disposable underpads 60x90 cm", "disposable_underpad"),
        ],
        [
            N("Hydrophilic PP spunbond 15 gsm", "nonwoven_spunbond"),
            U("Superabsorbent polymer (SAP)", "superabsorbent polymer"),
        ],
    ),
    P(
        "บจก. คลีนเมดลอนดรี้",
        AGC,
        DOWN,
        "Nonthaburi",
        "th",
        "cleanmed.laundry@gmail.com",
        [],
        [],
        [("ซักรีดผ้าโรงพยาบาล แยกผ้าติดเชื้อ รับ-ส่งถึงที่", "laundry_service")],
        [U("ถุงผ้าใส่ผ้าเปื้อน ผ้าโพลีหนา มีเชือกรูด", "laundry bags for soiled linen")],
    ),
    P(
        "กลุ่มแม่บ้านตัดเย็บบ้านหนองแวง",
        AGI,
        DOWN,
        "Maha Sarakham",
        "th",
        "nongwaeng.sewing@gmail.com",
        [],
        [],
        [
            ("หน้ากากผ้าฝ้ายซักได้ 3 ชั้น", "washable_cloth_mask"),
            ("ถุงผ้าฝ้าย กระเป๋าผ้า", "cotton_tote_bag"),
            ("เศษผ้าฝ้ายจากการตัดหน้ากาก ขายเป็นกระสอบ", "cotton_textile_waste"),
        ],
        [
            N("ผ้าฝ้ายทอมือเนื้อนุ่ม สำหรับทำหน้ากาก", "cotton_fabric_handwoven"),
            N("จักรเย็บ จักรโพ้ง", "sewing_machine"),
        ],
    ),
    P(
        "Suphan Home Textiles",
        AGC,
        DOWN,
        "Suphan Buri",
        "en",
        "suphanhome@gmail.com",
        ["TIS"],
        [],
        [
            ("Hospital bed sheets, 100% cotton, 144 threads, autoclave safe", "hospital_bed_sheet"),
            ("Pillows with recycled fibre filling", "pillow"),
            ("Hotel bed linen, TC 60/40", "hotel_bed_linen"),
        ],
        [
            N("Recycled fibre fill (HCS), 7D", "recycled_fibre_filling"),
            N("Kapok", "kapok_fibre"),
        ],
    ),
    P(
        "โรงงานผ้าขนหนูสุโขทัยเท็กซ์ไทล์",
        AGC,
        DOWN,
        "Sukhothai",
        "th",
        "sukhothai.towel@gmail.com",
        [],
        [],
        [
            ("ผ้าขนหนูคอตตอน 100% 16 ปอนด์ สำหรับโรงแรม สปา", "spa_towel"),
            ("เสื้อคลุมอาบน้ำผ้าขนหนู", "bathrobe"),
        ],
        [N("ด้ายฝ้าย OE 16s/20s", "cotton_yarn_machine_spun", "recycled_cotton_yarn")],
    ),
    P(
        "Hua Hin Wellness Spa & Resort",
        AGC,
        DOWN,
        "Prachuap Khiri Khan",
        "en",
        "purchasing@huahinwellness.com",
        [],
        [],
        [],
        [
            N("Herbal compress balls, fresh, weekly delivery", "herbal_compress_ball"),
            N("Spa towels and robes, cotton", "spa_towel", "bathrobe"),
        ],
    ),
    P(
        "สมุยเวลเนสรีสอร์ท",
        AGC,
        DOWN,
        "Surat Thani",
        "th",
        "samuiwellness@gmail.com",
        [],
        [],
        [],
        [
            N("ผ้าขนหนูสระว่ายน้ำ ผ้าขนหนูสปา ผ้าฝ้าย 100%", "spa_towel"),
            N("ชุดพนักงาน เสื้อโปโลผ้ากีฬา", "staff_uniform"),
            N("ลูกประคบสมุนไพร", "herbal_compress_ball"),
        ],
    ),
    P(
        "วิสาหกิจชุมชนสมุนไพรบ้านเมืองหงส์",
        AGI,
        DOWN,
        "Roi Et",
        "th",
        "muanghong.herb@gmail.com",
        [],
        ["bio"],
        [
            ("ลูกประคบสมุนไพรสด แห้ง ห่อผ้าฝ้าย", "herbal_compress_ball"),
            ("ผ้าขาวม้าทอมือ ลายตาราง", "pha_khao_ma"),
        ],
        [
            N("ผ้าฝ้ายสำหรับห่อลูกประคบ", "cotton_fabric_handwoven"),
            N("สินเชื่อดอกเบี้ยต่ำสำหรับวิสาหกิจชุมชน", "sme_loan"),
        ],
    ),
    P(
        "ร้านผ้าฝ้ายสูงวัยใส่สบาย",
        AGI,
        DOWN,
        "Khon Kaen",
        "th",
        "sungwai.cotton@gmail.com",
        [],
        [],
        [
            ("เสื้อผ้าฝ้ายผู้สูงอายุ ติดกระดุมหน้า ใส่ง่าย", "elderly_clothing"),
            ("ผ้าซิ่นสำเร็จรูปเอวยืด", "elderly_clothing"),
        ],
        [
            N("ผ้าฝ้ายทอมือย้อมคราม", "indigo_dyed_cotton_fabric"),
            N("ยางยืด", "elastic_band"),
        ],
    ),
    P(
        "ศูนย์ดูแลผู้สูงอายุอุดรรักษ์",
        AGI,
        DOWN,
        "Udon Thani",
        "th",
        "udonrak.care@gmail.com",
        [],
        [],
        [],
        [
            N("ผ้ายกตัวคนไข้ติดเตียง", "patient_transfer_sheet"),
            N("ผ้ารองกันเปื้อนแบบซักได้ สำหรับผู้สูงอายุกลั้นปัสสาวะไม่ได้", "washable_incontinence_pad"),
            N("ผ้าอ้อมผู้ใหญ่ ไม่ต้องมี อย. ก็ได้ ขอราคาถูก", "disposable_adult_diaper", waives=("Thai FDA",)),
            N("หมอนขวาน หมอนสามเหลี่ยมพิงหลัง", "triangle_pillow"),
        ],
    ),
    P(
        "Ubon Rak Hospital",
        AGI,
        DOWN,
        "Ubon Ratchathani",
        "en",
        "supply@ubonrakhospital.com",
        [],
        [],
        [],
        [
            N("Patient gowns, cotton, snap closures", "patient_gown"),
            N(
                "Medical compression stockings, Thai FDA registered",
                "medical_compression_stockings",
                certs=("Thai FDA",),
            ),
            N("Hospital bed sheets meeting TIS", "hospital_bed_sheet", certs=("Thai Industrial Standard",)),
        ],
    ),
    P(
        "MediCompress Co., Ltd.",
        AGC,
        DOWN,
        "Pathum Thani",
        "en",
        "info@medicompress.co.th",
        ["ISO 13485", "Thai FDA"],
        [],
        [("Medical compression stockings class I-II, below-knee and thigh-high", "medical_compression_stockings")],
        [
            N(
                "Spandex covered yarn for medical hosiery, OEKO-TEX required",
                "spandex_covered_yarn",
                certs=("OEKO-TEX Standard 100",),
            ),
            N("Nylon yarn for hosiery", "nylon_filament_yarn"),
        ],
    ),
    P(
        "กลุ่มนุ่นบ้านหนองบัว",
        AGI,
        UP,
        "Nong Bua Lam Phu",
        "th",
        "nongbua.kapok@gmail.com",
        [],
        ["bio"],
        [
            ("นุ่นดีดแล้ว สำหรับยัดหมอน ที่นอน", "kapok_fibre"),
            ("ที่นอนนุ่น เบาะนุ่น", "kapok_mattress"),
        ],
        [N("ผ้าขิดหรือผ้าฝ้าย สำหรับหุ้มที่นอน", "khit_fabric_handwoven", "cotton_fabric_handwoven")],
    ),
    P(
        "Chaiyaphum Silk Studio",
        AGI,
        DOWN,
        "Chaiyaphum",
        "en",
        "chaiyaphumsilk@gmail.com",
        ["Thai Silk Peacock Emblem"],
        [],
        [
            ("Handwoven silk scarves, natural dyes, 50x180 cm", "silk_scarf"),
            ("Silk shawls with Royal Peacock emblem", "silk_scarf"),
        ],
        [
            N(
                "Hand-reeled Thai silk yarn, Peacock emblem not necessary",
                "silk_yarn_handreeled",
                waives=("Thai Silk Peacock Emblem",),
            ),
            N("Lac and other natural dyes", "lac_dye", "natural_dye_extract"),
        ],
    ),
    P(
        "วิสาหกิจชุมชนหมอนขวานบ้านศรีฐาน",
        AGI,
        DOWN,
        "Yasothon",
        "th",
        "srithan.pillow@gmail.com",
        ["OTOP"],
        ["bio"],
        [
            ("หมอนขวาน 10 ช่อง ผ้าขิด ยัดนุ่น", "triangle_pillow"),
            ("เบาะรองนั่งสมาธิ", "floor_cushion"),
        ],
        [
            N("นุ่น", "kapok_fibre"),
            N("ผ้าขิดทอมือ ต้องเป็นสินค้า OTOP", "khit_fabric_handwoven", certs=("OTOP",)),
        ],
    ),
    # ------------------------------------------------------------------ downstream: circular
    P(
        "Second Round Upcycling",
        CIRC,
        DOWN,
        "Bangkok",
        "en",
        "hello@secondround.studio",
        [],
        ["circular"],
        [
            ("Tote and pouch bags made from old football jerseys and event banners", "upcycled_bag"),
            ("Upcycling workshops for corporate teams", "upcycling_workshop"),
        ],
        [
            N("Worn-out football jerseys and team shirts to cut up, any condition", "post_consumer_textile_waste"),
            N("Leftover or deadstock event shirts, unworn", "deadstock_garments"),
        ],
    ),
    P(
        "ร้านเสื้อผ้ามือสองพิษณุโลก",
        CIRC,
        DOWN,
        "Phitsanulok",
        "th",
        "pitsanulok.2hand@gmail.com",
        [],
        ["circular"],
        [("เสื้อผ้ามือสองคัดเกรด ขายปลีก", "used_clothing_secondhand")],
        [N("เสื้อผ้ามือสองเป็นกระสอบ เกรด A เน้นเสื้อกีฬา", "used_clothing_secondhand")],
    ),
    # ------------------------------------------------------------------ services
    P(
        "สถาบันพัฒนาฝีมือสิ่งทอ",
        CIRC,
        MID,
        "Bangkok",
        "th",
        "textile.skill@gmail.com",
        [],
        [],
        [
            ("อบรมตัดเย็บชุดกีฬา แพทเทิร์นเสื้อบอล", "garment_skills_training"),
            ("ที่ปรึกษาขอใบรับรอง GRS OEKO-TEX", "certification_consulting"),
            ("อบรม BCG และการตลาดออนไลน์สำหรับวิสาหกิจชุมชน", "marketing_training"),
        ],
        [],
    ),
    P(
        "Isan Digital Studio",
        AGI,
        DOWN,
        "Kalasin",
        "en",
        "studio@isandigital.com",
        [],
        [],
        [
            ("Social media marketing and Shopee/Lazada store set-up", "marketing_service"),
            ("Product photography for apparel", "product_photography"),
        ],
        [],
    ),
    P(
        "บจก. ทุนไทยลิสซิ่ง",
        AGC,
        DOWN,
        "Nakhon Sawan",
        "th",
        "thunthai.leasing@gmail.com",
        [],
        [],
        [
            ("สินเชื่อเช่าซื้อเครื่องจักรโรงงานสิ่งทอ", "machinery_leasing"),
            ("สินเชื่อ SME วงเงินหมุนเวียน", "sme_loan"),
        ],
        [],
    ),
    P(
        "Pattern Lab Studio",
        SPORT,
        MID,
        "Bangkok",
        "en",
        "patternlab.bkk@gmail.com",
        [],
        [],
        [
            ("Pattern making, grading and tech packs for sportswear", "pattern_design_service"),
            ("Product and packaging design for community brands", "product_design_service"),
        ],
        [],
    ),
]


# ------------------------------------------------------------------ checks

ID_RE = re.compile(r"^bps-\d{3}$")
THAI_RE = re.compile("[\u0e01-\u0e4e]")
LATIN_RE = re.compile("[A-Za-z]")
EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")

TARGET_LINKS = (140, 180)
TARGET_UNMET = (15, 25)
MIN_CROSS_SHARE = 0.45


def assign_ids(smes: list[Sme]) -> None:
    for number, sme in enumerate(smes, start=1):
        sme.id = f"bps-{number:03d}"


def canon(certs: list[str] | tuple[str, ...]) -> set[str]:
    return {resolve_certification(c) or c for c in certs}


def script_share(text: str) -> tuple[int, int]:
    return len(THAI_RE.findall(text)), len(LATIN_RE.findall(text))


def compute_links(smes: list[Sme]) -> tuple[set[tuple[str, str]], dict[tuple[str, int], set[str]]]:
    """True links, and for every need (buyer id, need index) the suppliers that meet it."""
    offered: dict[str, list[Sme]] = {}
    for sme in smes:
        for label in {label for _, label in sme.offers}:
            offered.setdefault(label, []).append(sme)
    links: set[tuple[str, str]] = set()
    met_by: dict[tuple[str, int], set[str]] = {}
    for buyer in smes:
        for index, need in enumerate(buyer.needs):
            suppliers: set[str] = set()
            required = canon(need.certs)
            for label in need.labels:
                for supplier in offered.get(label, []):
                    if supplier.id != buyer.id and required <= canon(supplier.certifications):
                        suppliers.add(supplier.id)
            met_by[(buyer.id, index)] = suppliers
            links.update((supplier_id, buyer.id) for supplier_id in suppliers)
    return links, met_by


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [sme.id for sme in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    sub_clusters = {s.value for s in SubCluster}
    stages = {s.value for s in Stage}
    bcg_tags = {b.value for b in BcgTag}
    offered_by: dict[str, set[str]] = {}
    for sme in smes:
        for _, label in sme.offers:
            offered_by.setdefault(label, set()).add(sme.id)
    for sme in smes:
        where = f"{sme.id} {sme.name}"
        if not ID_RE.match(sme.id):
            errors.append(f"{where}: bad id")
        if not sme.name.strip():
            errors.append(f"{where}: empty name")
        if sme.sub_cluster not in sub_clusters:
            errors.append(f"{where}: bad sub_cluster {sme.sub_cluster}")
        if sme.stage not in stages:
            errors.append(f"{where}: bad stage {sme.stage}")
        if resolve_province(sme.province) is None:
            errors.append(f"{where}: unknown province {sme.province}")
        for cert in sme.certifications:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: unknown certification {cert}")
        for tag in sme.bcg:
            if tag not in bcg_tags:
                errors.append(f"{where}: bad bcg tag {tag}")
        if sme.language not in ("th", "en"):
            errors.append(f"{where}: bad language {sme.language}")
        if not EMAIL_RE.match(sme.email):
            errors.append(f"{where}: bad email {sme.email}")
        if len(sme.offers) > 4 or len(sme.needs) > 4:
            errors.append(f"{where}: more than 4 offers or needs")
        if not sme.offers and not sme.needs:
            errors.append(f"{where}: neither offers nor needs")
        for text, label in sme.offers:
            if not text.strip() or not re.fullmatch(r"[a-z][a-z0-9_]*", label):
                errors.append(f"{where}: bad offer {text!r} / {label!r}")
        for need in sme.needs:
            if need.unmet:
                if need.labels or need.certs:
                    errors.append(f"{where}: unmet need with labels: {need.text}")
                continue
            if not need.labels:
                errors.append(f"{where}: need without labels or note: {need.text}")
            for label in need.labels:
                if not offered_by.get(label, set()) - {sme.id}:
                    errors.append(f"{where}: label {label} offered by no one else")
            for cert in (*need.certs, *need.waives):
                if resolve_certification(cert) is None:
                    errors.append(f"{where}: unknown certification {cert} in need")
        # script of the profile's language
        phrases = [text for text, _ in sme.offers] + [need.text for need in sme.needs]
        thai = latin = 0
        for phrase in phrases:
            t, lat = script_share(phrase)
            thai, latin = thai + t, latin + lat
            if sme.language == "th" and t < lat:
                errors.append(f"{where}: Thai phrase mostly Latin: {phrase}")
            if sme.language == "en" and t:
                errors.append(f"{where}: English phrase with Thai letters: {phrase}")
        if sme.language == "th" and thai < 2 * latin:
            errors.append(f"{where}: Thai profile not mostly Thai ({thai} Thai / {latin} Latin letters)")
    links, met_by = compute_links(smes)
    if any(s == b for s, b in links):
        errors.append("self link")
    if not TARGET_LINKS[0] <= len(links) <= TARGET_LINKS[1]:
        errors.append(f"{len(links)} links, target {TARGET_LINKS}")
    lang = {sme.id: sme.language for sme in smes}
    cross = sum(1 for s, b in links if lang[s] != lang[b])
    if links and cross / len(links) < MIN_CROSS_SHARE:
        errors.append(f"cross-language share {cross / len(links):.2f} below {MIN_CROSS_SHARE}")
    unmet = sum(1 for suppliers in met_by.values() if not suppliers)
    if not TARGET_UNMET[0] <= unmet <= TARGET_UNMET[1]:
        errors.append(f"{unmet} needs met by no one, target {TARGET_UNMET}")
    for (buyer_id, index), suppliers in met_by.items():
        need = next(s for s in smes if s.id == buyer_id).needs[index]
        if not need.unmet and not suppliers and not need.certs:
            errors.append(f"{buyer_id}: labelled need met by no one: {need.text}")
    th_share = sum(1 for sme in smes if sme.language == "th") / len(smes)
    if not 0.5 <= th_share <= 0.6:
        errors.append(f"Thai share {th_share:.2f} not about 55%")
    if {sme.sub_cluster for sme in smes} != sub_clusters or {sme.stage for sme in smes} != stages:
        errors.append("not every sub-cluster and stage is covered")
    regions = {resolve_province(sme.province).region.value for sme in smes if resolve_province(sme.province)}
    if len(regions) != 6:
        errors.append(f"regions covered: {sorted(regions)}")
    return errors


# ------------------------------------------------------------------ output


def profile_json(sme: Sme) -> dict[str, object]:
    return {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub_cluster,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [text for text, _ in sme.offers],
        "needs": [need.text for need in sme.needs],
        "certifications": list(sme.certifications),
        "bcg": list(sme.bcg),
        "contact_email": sme.email,
        "language": sme.language,
    }


def stats(smes: list[Sme]) -> str:
    links, met_by = compute_links(smes)
    by_id = {sme.id: sme for sme in smes}
    lines = [f"profiles: {len(smes)}"]
    lines.append("language: " + str(dict(Counter(s.language for s in smes))))
    lines.append("sub_cluster: " + str(dict(Counter(s.sub_cluster for s in smes))))
    lines.append("stage: " + str(dict(Counter(s.stage for s in smes))))
    regions = Counter(resolve_province(s.province).region.value for s in smes)
    lines.append("region: " + str(dict(regions)))
    lines.append(f"distinct provinces: {len({resolve_province(s.province).name_en for s in smes})}")
    offers = [label for s in smes for _, label in s.offers]
    lines.append(f"offers: {len(offers)}, distinct labels: {len(set(offers))}")
    needs = sum(len(s.needs) for s in smes)
    met = sum(1 for v in met_by.values() if v)
    marked_unmet = sum(1 for s in smes for n in s.needs if n.unmet)
    lines.append(f"needs: {needs}, met: {met}, met by no one: {needs - met} (marked unmet {marked_unmet})")
    lines.append(f"needs requiring certifications: {sum(1 for s in smes for n in s.needs if n.certs)}")
    lines.append(f"needs waiving certifications: {sum(1 for s in smes for n in s.needs if n.waives)}")
    lines.append(f"links: {len(links)}")
    direction = Counter(f"{by_id[a].language}->{by_id[b].language}" for a, b in links)
    lines.append("links by language: " + str(dict(sorted(direction.items()))))
    cross = direction["th->en"] + direction["en->th"]
    lines.append(f"cross-language share: {cross / len(links):.3f}")
    diff_sub = sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster)
    lines.append(f"links between different sub-clusters: {diff_sub}")
    return "\n".join(lines)


def main() -> int:
    assign_ids(SMES)
    errors = check(SMES)
    if errors:
        print("checks failed; nothing written:", file=sys.stderr)
        for error in errors:
            print("  " + error, file=sys.stderr)
        return 1
    links, _ = compute_links(SMES)
    profiles = "".join(json.dumps(profile_json(sme), ensure_ascii=False) + "\n" for sme in SMES)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(links))
    (HERE / "profiles.jsonl").write_text(profiles, encoding="utf-8")
    (HERE / "links.csv").write_text(buffer.getvalue(), encoding="utf-8")
    print(stats(SMES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
