"""Hand-written evaluation set: plain registry entries of a footwear and leather goods leaning cluster.

Every offer carries a label saying what the thing is; every need lists the offer labels that meet it
and the certifications its text requires, or is marked as met by no one. Run from the repository root:

    .venv/bin/python eval/blind_plain_footwear/write.py

It checks the data and, only when every check passes, writes profiles.jsonl and links.csv next to it.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
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
    find_certifications,
    resolve_certification,
    resolve_province,
)

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that the offers carrying any of `labels` meet (from a supplier holding `certs`)."""
    return Need(text, labels, certs, waives, "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that no SME in the set meets; `note` says why."""
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


SMES: list[Sme] = []

# ------------------------------------------------------------------ bfw-001 … bfw-020
SMES += [
    Sme(
        "bfw-001", "th", "วิสาหกิจชุมชนกัญชงบ้านห้วยทราย", HEMP, UP, "Tak", "huaysai.hemp@gmail.com",
        ("Organic Thailand",), ("bio", "green"),
        [
            ("เปลือกกัญชงลอกแห้ง มัดละ 5 กก.", "hemp_bast_fibre"),
            ("ด้ายกัญชงเข็นมือ เส้นเล็ก ม้วนละ 1 กก.", "hemp_yarn"),
        ],
        [
            N("ต้องการเนื้อครามเปียกสำหรับย้อมเส้นด้าย เดือนละ 20 กก.", "indigo_paste"),
            U("เมล็ดพันธุ์กัญชงสายพันธุ์ให้เส้นใย (ไม่ใช่สายพันธุ์ทำยา)", "no fibre-hemp seed supplier in the set"),
        ],
    ),
    Sme(
        "bfw-002", "en", "Doi Hemp Weavers Co., Ltd.", HEMP, MID, "Chiang Rai", "sales@doihempweavers.co.th",
        ("OEKO-TEX Standard 100",), ("bio",),
        [
            ("Hemp canvas 12 oz, natural/greige, 150 cm wide", "hemp_fabric"),
            ("Hemp-cotton twill 55/45 for shoe uppers and bags", "hemp_fabric"),
        ],
        [
            N("Hemp yarn, hand-spun or machine, Nm 8-12", "hemp_yarn"),
            N("Someone to dye our greige hemp cloth with natural indigo, 200 m lots", "indigo_dyeing_service"),
        ],
    ),
    Sme(
        "bfw-003", "th", "บริษัท กัญชงสเต็ป จำกัด", HEMP, DOWN, "Chiang Mai", "hello@kanchastep.com",
        ("GOTS", "OEKO-TEX Standard 100"), ("bio", "green"),
        [
            ("รองเท้าผ้าใบกัญชง พื้นยางพารา ไซซ์ 36-45", "hemp_canvas_sneakers"),
            ("สนีกเกอร์ผ้ากัญชงย้อมคราม รุ่นลิมิเต็ด", "hemp_canvas_sneakers"),
        ],
        [
            N("ผ้ากัญชงทอหนา สำหรับตัดหน้ารองเท้า ไม่จำเป็นต้องมี GOTS", "hemp_fabric", "indigo_batik_hemp_fabric",
              waives=("GOTS",)),
            N("พื้นรองเท้ายางพาราธรรมชาติ แบบ cupsole", "rubber_outsole", "crepe_rubber_outsole"),
            N("เชือกผูกรองเท้าผ้าฝ้าย ยาว 120 ซม.", "shoe_laces"),
        ],
    ),
    Sme(
        "bfw-004", "en", "Lam Plai Mat Rubber Growers Cooperative", HEMP, UP, "Buriram", "lamplaimat.coop@gmail.com",
        ("FSC",), ("bio",),
        [
            ("Field latex, fresh, ammonia-preserved, collected daily", "field_latex"),
            ("RSS3 ribbed smoked sheets, 5 t per month", "rubber_smoked_sheet"),
        ],
        [
            U("Plastic drums 200 L, second-hand OK", "no drum supplier in the set"),
        ],
    ),
    Sme(
        "bfw-005", "th", "โรงงานพื้นรองเท้ายางพาราสุรินทร์", ALI, MID, "Surin", "surin.rubbersole@hotmail.com",
        (), ("bio",),
        [
            ("พื้นรองเท้ายางพาราแท้ หนา 8 มม. กันลื่น ส่งทั่วประเทศ โทร 044-511-236", "rubber_outsole"),
            ("แผ่นรองในฟองน้ำยางพารา ตัดตามไซซ์", "latex_foam_insole"),
        ],
        [
            N("น้ำยางข้น 60% ส่งเป็นถัง", "concentrated_natural_latex"),
        ],
    ),
    Sme(
        "bfw-006", "en", "Bangkok Last & Mould Co., Ltd.", SPORT, MID, "Samut Prakan", "info@bkklastmould.com",
        ("ISO 9001",), (),
        [
            ("HDPE shoe lasts, men/women/kids, EU 20-47, lead time 10 days", "shoe_last"),
            ("CNC aluminium sole moulds for EVA, TPR and rubber", "sole_mould"),
        ],
        [
            N("Old plastic lasts from shoe factories, for regrinding", "used_plastic_lasts"),
        ],
    ),
    Sme(
        "bfw-007", "th", "บริษัท บางพลีฟอกหนัง จำกัด", CIRC, MID, "Samut Prakan", "bangplee.tannery@gmail.com",
        ("ISO 14001",), ("circular",),
        [
            ("หนังวัวฟอกโครมสำเร็จรูป ทำรองเท้าและกระเป๋า", "finished_cow_leather"),
            ("หนังเวทบลู (wet blue) วัว เกรด A-B", "wet_blue_leather"),
            ("รับฟอกหนังดิบของลูกค้า ขั้นต่ำ 500 ผืน", "leather_tanning_service"),
        ],
        [
            N("หนังวัวดิบหมักเกลือ จากโรงฆ่าสัตว์", "raw_salted_hides"),
            U("โครเมียมซัลเฟตสำหรับฟอกหนัง", "no tanning chemical supplier in the set"),
        ],
    ),
    Sme(
        "bfw-008", "en", "Ratchaburi Hide Traders", CIRC, UP, "Ratchaburi", "rbhides@yahoo.com",
        (), ("circular",),
        [
            ("Wet-salted cattle and buffalo hides, 20-25 sq ft", "raw_salted_hides"),
            ("Goat skins, salted, from local abattoirs", "raw_salted_hides"),
        ],
        [
            N("Looking for a tannery to process our own hides on commission (toll tanning)", "leather_tanning_service"),
        ],
    ),
    Sme(
        "bfw-009", "th", "ร้านสองเท้าหนังทำมือ", ALC, DOWN, "Phitsanulok", "songtao.handmade@gmail.com",
        ("OTOP",), (),
        [
            ("รองเท้าแตะหนังแท้ เย็บมือ", "leather_sandals"),
            ("เข็มขัดหนังวัวแท้ หัวทองเหลือง", "leather_belts"),
        ],
        [
            N("หนังฟอกฝาด สีธรรมชาติ หนา 3-4 มม.", "vegetable_tanned_leather"),
            N("หัวเข็มขัดทองเหลืองแท้", "metal_belt_buckle"),
            N("กาวยางติดพื้นรองเท้า แกลลอน", "shoe_adhesive"),
        ],
    ),
    Sme(
        "bfw-010", "en", "Lanna Veg-Tan Leather Studio", HEMP, MID, "Chiang Mai", "studio@lannavegtan.com",
        (), ("bio", "green"),
        [
            ("Veg-tan cowhide sides, 2.0-4.0 mm, natural or tan", "vegetable_tanned_leather"),
            ("Hand-dyeing and burnishing of your crust leather", "leather_finishing_service"),
        ],
        [
            N("Fresh or salted raw cow hides", "raw_salted_hides"),
            U("Tannin extract, mimosa or quebracho, 25 kg bags", "no tannin supplier in the set"),
        ],
    ),
    Sme(
        "bfw-011", "th", "บริษัท ฟุตแคร์ เมดิคอล จำกัด", ALC, DOWN, "Nonthaburi", "sales@footcaremedical.co.th",
        ("ISO 13485", "Thai FDA"), (),
        [
            ("รองเท้าผู้ป่วยเบาหวาน หน้ากว้าง ไม่มีตะเข็บด้านใน", "diabetic_shoes"),
            ("แผ่นรองเท้าสั่งตัดตามรูปเท้า (custom insole)", "custom_orthotic_insole"),
        ],
        [
            N("ผ้าบุในลดกลิ่นอับ ต้องผ่าน OEKO-TEX", "antibacterial_lining_fabric", certs=("OEKO-TEX Standard 100",)),
            N("อยากได้หนังแกะบางนิ่มๆ ไว้บุด้านในรองเท้า", "soft_lining_leather"),
        ],
    ),
    Sme(
        "bfw-012", "en", "Korat Memorial Hospital", ALI, DOWN, "Nakhon Ratchasima", "procurement@koratmemorial.co.th",
        (), (),
        [],
        [
            N("Diabetic footwear for foot clinic patients, sizes 36-46, maker must hold ISO 13485",
              "diabetic_shoes", "custom_orthopaedic_shoes", certs=("ISO 13485",)),
            N("Custom insoles for off-loading, made from patient casts", "custom_orthotic_insole"),
            N("Non-slip ward slippers, washable", "non_slip_indoor_slippers"),
        ],
    ),
    Sme(
        "bfw-013", "th", "บ้านสุขใจ เนอร์สซิ่งโฮม", ALC, DOWN, "Nakhon Pathom", "sukjai.nursinghome@gmail.com",
        (), (),
        [],
        [
            N("รองเท้าใส่ในบ้านกันลื่น สำหรับผู้สูงอายุ 200 คู่", "non_slip_indoor_slippers"),
            N("รองเท้าผู้สูงอายุแบบเปิดปิดตีนตุ๊กแก ใส่ง่าย", "elderly_walking_shoes"),
        ],
    ),
    Sme(
        "bfw-014", "en", "Andaman Pearl Resort & Spa", ALC, DOWN, "Phuket", "purchasing@andamanpearl.com",
        (), ("green",),
        [
            ("Retired towels and bed linen, about 300 kg a quarter", "used_linen_waste"),
        ],
        [
            N("Closed-toe guest slippers, logo embroidered, 3,000 pairs/month",
              "hotel_spa_slippers", "natural_fibre_spa_slippers"),
            N("Biodegradable spa slippers - no plastic or EVA sole. Green Label nice to have, not required",
              "natural_fibre_spa_slippers", waives=("Thai Green Label",)),
        ],
    ),
    Sme(
        "bfw-015", "th", "โรงงานสลิปเปอร์ สาครรุ่งเรือง", CIRC, DOWN, "Samut Sakhon", "sakhon.slipper@gmail.com",
        (), (),
        [
            ("สลิปเปอร์โรงแรม ผ้าขนหนู พื้น EVA ปักโลโก้ได้", "hotel_spa_slippers"),
            ("สลิปเปอร์สปา หัวปิด สีขาว/เบจ ขั้นต่ำ 1,000 คู่", "hotel_spa_slippers"),
        ],
        [
            N("ผ้าขนหนู (terry) สีขาว ม้วน", "terry_cloth_fabric"),
            N("แผ่นอีวา 3-5 มม.", "eva_foam_sheet"),
            N("ร้านรับปักโลโก้ลงผ้า จำนวนมาก", "embroidery_service"),
        ],
    ),
    Sme(
        "bfw-016", "en", "Thai Terry Textiles Co., Ltd.", ALC, MID, "Pathum Thani", "export@thaiterry.com",
        ("OEKO-TEX Standard 100",), (),
        [
            ("Cotton terry fabric, 380 gsm, white/ivory, 180 cm", "terry_cloth_fabric"),
            ("Recycled-cotton terry for slippers and bath mats", "terry_cloth_fabric"),
        ],
        [
            N("We need combed cotton yarn Ne 20/1 and 16/1, about 2 t a month", "cotton_yarn"),
        ],
    ),
    Sme(
        "bfw-017", "th", "ร้านปักจักรบางบอน", ALC, MID, "Bangkok", "bangbon.embroidery@gmail.com",
        (), (),
        [
            ("รับปักโลโก้ ผ้า หมวก รองเท้า งานด่วนได้", "embroidery_service"),
        ],
        [
            U("ด้ายปักโพลีเอสเตอร์ 120D หลายสี", "no embroidery thread supplier in the set"),
        ],
    ),
    Sme(
        "bfw-018", "en", "GreenLoop Recycled Fibres", CIRC, UP, "Rayong", "sales@greenloopfibres.com",
        ("GRS",), ("circular",),
        [
            ("rPET filament yarn 150D/48F, GRS certified, MOQ 500 kg", "recycled_pet_yarn"),
            ("Recycled PET staple fibre 6D x 51 mm", "recycled_pet_staple_fibre"),
        ],
        [
            N("Buying clear PET bottle flakes, hot-washed, PVC-free", "pet_bottle_flakes"),
        ],
    ),
    Sme(
        "bfw-019", "th", "ร้านรับซื้อของเก่า ส.รุ่งเรืองรีไซเคิล", CIRC, UP, "Nonthaburi", "sor.rungrueang@gmail.com",
        (), ("circular",),
        [
            ("เกล็ดขวด PET ใส ล้างร้อนแล้ว", "pet_bottle_flakes"),
            ("รองเท้าเก่า คละแบบ ขายเหมาเป็นกิโล", "used_shoes"),
        ],
        [
            U("เครื่องบดพลาสติก มือสองก็ได้", "no machinery supplier in the set"),
        ],
    ),
    Sme(
        "bfw-020", "en", "Sportek Knit Uppers Co., Ltd.", SPORT, MID, "Samut Sakhon", "knit@sportekuppers.com",
        ("GRS",), ("circular",),
        [
            ("3D knitted shoe uppers, flyknit-type, from recycled PET", "knitted_shoe_upper"),
        ],
        [
            N("GRS-certified rPET yarn 150D", "recycled_pet_yarn", certs=("GRS",)),
        ],
    ),
]

# ------------------------------------------------------------------ bfw-021 … bfw-040
SMES += [
    Sme(
        "bfw-021", "th", "บริษัท รันไทย สปอร์ต จำกัด", SPORT, DOWN, "Bangkok", "contact@runthaisport.com",
        ("GRS",), ("circular",),
        [
            ("รองเท้าวิ่งถนน น้ำหนักเบา ผลิตในไทย", "running_shoes"),
        ],
        [
            N("อัปเปอร์ถักแบบ 3 มิติ (knit upper) ไซซ์ 38-46", "knitted_shoe_upper"),
            N("พื้น EVA / phylon ขึ้นรูปตามแบบของเรา", "eva_outsole", "eva_injection_moulding_service"),
            N("เชือกรองเท้ากลม จากขวดรีไซเคิล มี GRS", "shoe_laces", certs=("GRS",)),
        ],
    ),
    Sme(
        "bfw-022", "en", "Eastern EVA Foam Industries", SPORT, MID, "Rayong", "sales@easterneva.co.th",
        ("ISO 9001",), (),
        [
            ("EVA foam sheets 1-50 mm, Shore C 20-60, any colour", "eva_foam_sheet"),
            ("Phylon midsoles and EVA outsoles, stock designs", "eva_outsole"),
            ("EVA injection moulding with customer's own moulds", "eva_injection_moulding_service"),
        ],
        [
            N("EVA offcuts, clean, sorted by colour, for regrind", "eva_foam_scrap"),
        ],
    ),
    Sme(
        "bfw-023", "th", "โรงงานรองเท้าแตะ ดาวทองนครปฐม", SPORT, DOWN, "Nakhon Pathom", "daothong.flipflop@gmail.com",
        (), (),
        [
            ("รองเท้าแตะฟองน้ำหูหนีบ ขายส่งโหลละ 180 บาท", "rubber_flip_flops"),
            ("เศษอีวาจากการตัดพื้น ขายเป็นกิโล", "eva_foam_scrap"),
        ],
        [
            N("แผ่นฟองน้ำอีวา หนา 10-12 มม.", "eva_foam_sheet"),
            N("หาหูรองเท้าแตะ PVC/ยาง คละสี ราคาส่ง", "flip_flop_straps"),
        ],
    ),
    Sme(
        "bfw-024", "en", "Tyre2Sole Recycling Co., Ltd.", CIRC, UP, "Chachoengsao", "info@tyre2sole.com",
        ("GRS",), ("circular",),
        [
            ("Crumb rubber 10-40 mesh from end-of-life tyres, jumbo bags, best price in the East",
             "crumb_rubber_from_tyres"),
        ],
        [
            N("End-of-life truck and pickup tyres, any quantity, pickup in the East", "scrap_tyres"),
        ],
    ),
    Sme(
        "bfw-025", "th", "รองเท้าแตะยางรถยนต์ บ้านโนนสูง", CIRC, DOWN, "Nakhon Ratchasima", "nonsung.tyresandal@gmail.com",
        ("OTOP",), ("circular",),
        [
            ("รองเท้าแตะพื้นยางรถยนต์เก่า ทนมาก ใส่ทำนา", "recycled_tyre_sandals"),
        ],
        [
            N("ยางนอกรถกระบะเก่า ดอกหมดแล้ว", "scrap_tyres"),
            N("เศษหนังแท้ ชิ้นยาว ทำหูรองเท้า", "leather_offcut_waste"),
            N("สายผ้าแถบไนลอน กว้าง 2.5 ซม.", "webbing_strap"),
        ],
    ),
    Sme(
        "bfw-026", "en", "Korat Tyre Service & Retread", CIRC, UP, "Nakhon Ratchasima", "koratretread@gmail.com",
        (), ("circular",),
        [
            ("Used tyres and casings not fit for retreading, free pickup over 100 pcs", "scrap_tyres"),
        ],
        [
            U("Tread rubber compound for retreading", "no retread compound supplier in the set"),
        ],
    ),
    Sme(
        "bfw-027", "th", "บริษัท ชลรีรับเบอร์ จำกัด", CIRC, MID, "Chonburi", "sales@chonrerubber.co.th",
        ("GRS",), ("circular",),
        [
            ("พื้นรองเท้ายางรีไซเคิลจากยางล้อ มี GRS", "recycled_rubber_outsole"),
        ],
        [
            N("ยางบดผงจากยางล้อรถ 20-30 เมช", "crumb_rubber_from_tyres"),
            N("ทำแม่พิมพ์พื้นรองเท้าใหม่ 4 ไซซ์", "sole_mould"),
            N("น้ำยางข้น ใช้เป็นตัวประสาน", "concentrated_natural_latex"),
        ],
    ),
    Sme(
        "bfw-028", "en", "Second Hide Studio", CIRC, DOWN, "Bangkok", "hi@secondhide.studio",
        (), ("circular",),
        [
            ("Card holders and bifold wallets from upcycled leather offcuts", "leather_wallets"),
        ],
        [
            N("Want leather offcuts, min 10 x 10 cm, any colour - we collect in Bangkok", "leather_offcut_waste"),
            N("Waxed thread for hand stitching, 0.6-0.8 mm", "waxed_sewing_thread"),
        ],
    ),
    Sme(
        "bfw-029", "th", "โรงงานรองเท้าหนัง ศิริวัฒน์", ALC, DOWN, "Bangkok", "siriwat.shoes@gmail.com",
        ("ISO 9001",), (),
        [
            ("รองเท้าหนังผู้ชาย คัทชู ทรงทำงาน", "leather_dress_shoes"),
            ("รับผลิตรองเท้าหนังตามแบบลูกค้า (OEM) ขั้นต่ำ 200 คู่", "oem_leather_shoe_making_service"),
            ("เศษหนังวัวจากห้องตัด ขายเป็นกระสอบ", "leather_offcut_waste"),
        ],
        [
            N("หนังวัวสำเร็จ (finished leather) สีดำ น้ำตาล", "finished_cow_leather"),
            N("หุ่นรองเท้า ผู้ชาย เบอร์ 39-45", "shoe_last"),
            N("คนรับจ้างเย็บหน้ารองเท้า เราตัดชิ้นส่งให้", "upper_stitching_service"),
        ],
    ),
    Sme(
        "bfw-030", "en", "Siam Adhesive Chemicals Co., Ltd.", SPORT, MID, "Samut Prakan", "cs@siamadhesive.co.th",
        ("ISO 9001", "ISO 14001"), ("green",),
        [
            ("Water-based PU shoe adhesive, solvent-free", "water_based_shoe_adhesive"),
            ("Neoprene contact cement for leather and rubber, 15 kg pails", "shoe_adhesive"),
        ],
        [
            N("Natural rubber latex for our latex-based sole cement", "concentrated_natural_latex"),
        ],
    ),
    Sme(
        "bfw-031", "th", "ห้างอุปกรณ์รองเท้า ทรงวาด", SPORT, MID, "Bangkok", "songwat.parts@gmail.com",
        (), (),
        [
            ("ตาไก่ทองเหลือง เบอร์ 5 6 8 ขายเป็นกล่อง", "metal_eyelets"),
            ("หัวเข็มขัด ซิงค์อัลลอย หลายแบบ", "metal_belt_buckle"),
            ("เทปตีนตุ๊กแก 2 ซม. 2.5 ซม. ม้วน 25 เมตร", "hook_loop_tape"),
            ("หูคีบรองเท้าแตะ ยาง/PVC ขายเป็นร้อยคู่", "flip_flop_straps"),
        ],
        [
            N("เชือกผูกรองเท้า ขายส่ง หลายสี หลายความยาว", "shoe_laces"),
        ],
    ),
    Sme(
        "bfw-032", "en", "Lace & Web Narrow Fabrics", SPORT, MID, "Samut Prakan", "orders@laceandweb.com",
        ("OEKO-TEX Standard 100", "GRS"), ("circular",),
        [
            ("Flat and round shoelaces, custom length and tips", "shoe_laces"),
            ("Laces from recycled PET, GRS", "shoe_laces"),
            ("Nylon and PP webbing 10-50 mm", "webbing_strap"),
        ],
        [
            N("rPET yarn for braiding laces, GRS certified", "recycled_pet_yarn", certs=("GRS",)),
            N("Cotton yarn for cotton laces", "cotton_yarn"),
        ],
    ),
    Sme(
        "bfw-033", "th", "ร้านซ่อมรองเท้า ช่างหนุ่ม ท่าแพ", ALC, DOWN, "Chiang Mai", "changnum.repair@gmail.com",
        (), ("circular",),
        [
            ("ซ่อมรองเท้า เปลี่ยนพื้น เย็บใหม่ ทากาวส้น", "shoe_repair_service"),
        ],
        [
            N("แผ่นยางเปลี่ยนพื้น แบบ Vibram หรือเทียบเท่า", "rubber_soling_sheet"),
            U("ยางส้นสำเร็จรูป ตัวส้นรองเท้าสตรี", "no heel-tip supplier in the set"),
        ],
    ),
    Sme(
        "bfw-034", "en", "Pran Buri Pineapple Fibre Group", HEMP, UP, "Prachuap Khiri Khan", "pranburi.palf@gmail.com",
        (), ("bio", "circular"),
        [
            ("Decorticated pineapple leaf fibre, degummed, 10 kg bales", "pineapple_leaf_fibre"),
            ("PALF/cotton blended yarn 50/50", "pineapple_leaf_yarn"),
        ],
        [
            U("Pineapple leaves after harvest, from plantations nearby", "no pineapple grower in the set"),
        ],
    ),
    Sme(
        "bfw-035", "th", "บริษัท ใบสับปะรดแมททีเรียล จำกัด", HEMP, MID, "Chiang Rai", "info@baisapparot.com",
        (), ("bio",),
        [
            ("แผ่นหนังทางเลือกจากใยสับปะรด เคลือบ PLA", "pineapple_leaf_leather_alternative"),
        ],
        [
            N("เส้นใยใบสับปะรด ขั้นต่ำ 100 กก./เดือน", "pineapple_leaf_fibre"),
            U("เรซินชีวภาพ PLA เกรดเคลือบ", "no bioplastic supplier in the set"),
        ],
    ),
    Sme(
        "bfw-036", "en", "Pina Step", HEMP, DOWN, "Bangkok", "team@pinastep.co",
        (), ("bio", "green"),
        [
            ("Sandals with pineapple-leaf uppers and natural rubber soles", "textile_upper_sandals"),
        ],
        [
            N("Pineapple leather alternative (nonwoven sheet)", "pineapple_leaf_leather_alternative"),
            N("Natural rubber unit soles, not recycled tyre", "rubber_outsole", "crepe_rubber_outsole"),
            N("Solvent-free glue only", "water_based_shoe_adhesive"),
        ],
    ),
    Sme(
        "bfw-037", "th", "กลุ่มทอผ้าย้อมครามบ้านพรรณา", ALI, MID, "Sakon Nakhon", "phanna.kram@gmail.com",
        ("OTOP",), ("bio",),
        [
            ("ผ้าฝ้ายทอมือย้อมครามธรรมชาติ ผืนละ 2 เมตร สีไม่ตก ลูกค้าติดใจ", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าและเส้นด้ายของลูกค้า", "indigo_dyeing_service"),
        ],
        [
            N("ฝ้ายเข็นมือ สีขาวตุ่น", "handspun_cotton_yarn"),
            N("ครามเปียก (เนื้อคราม)", "indigo_paste"),
        ],
    ),
    Sme(
        "bfw-038", "th", "กลุ่มปลูกครามบ้านดอนกอย", ALI, UP, "Sakon Nakhon", "donkoi.indigo@gmail.com",
        ("Organic Thailand",), ("bio",),
        [
            ("เนื้อครามเปียก กก.ละ 250 บาท", "indigo_paste"),
        ],
        [
            N("ปุยฝ้ายพื้นเมือง ยังไม่ปั่น", "raw_cotton_lint"),
        ],
    ),
    Sme(
        "bfw-039", "en", "Kram Slip-ons", ALI, DOWN, "Khon Kaen", "order@kramslipons.com",
        (), ("bio",),
        [
            ("Indigo handwoven cotton slip-on shoes, unisex", "textile_slip_on_shoes"),
        ],
        [
            N("Natural indigo handwoven cotton, 2-3 m lengths", "indigo_dyed_cotton_fabric"),
            N("Rubber cupsoles, natural or recycled", "rubber_outsole", "recycled_rubber_outsole"),
            N("Any factory that can make up slip-ons from our own cloth? 300 pairs per run", "oem_shoe_making_service"),
        ],
    ),
    Sme(
        "bfw-040", "th", "ร้านรองเท้าสุขภาพ เท้าสบาย ขอนแก่น", ALI, DOWN, "Khon Kaen", "taosabai.kk@gmail.com",
        (), (),
        [],
        [
            N("ร้านต้องการรองเท้าเบาหวาน มีหลายไซซ์ มาฝากขาย", "diabetic_shoes"),
            N("รองเท้าผ้าทอพื้นเมือง ใส่สบาย มาวางขายหน้าร้าน", "textile_slip_on_shoes"),
        ],
    ),
]

# ------------------------------------------------------------------ bfw-041 … bfw-060
SMES += [
    Sme(
        "bfw-041", "en", "Dan Sai Native Cotton Farmers", HEMP, UP, "Loei", "dansai.cotton@gmail.com",
        ("Organic Thailand",), ("bio",),
        [
            ("Native cotton lint, hand-ginned, Organic Thailand", "raw_cotton_lint"),
            ("Handspun native cotton yarn, brown and white", "handspun_cotton_yarn"),
        ],
        [
            N("Indigo paste for dyeing yarn before weaving", "indigo_paste"),
        ],
    ),
    Sme(
        "bfw-042", "th", "บริษัท สาครสปินนิ่ง จำกัด", CIRC, UP, "Samut Sakhon", "sales@sakhonspinning.co.th",
        ("GRS", "OEKO-TEX Standard 100"), ("circular",),
        [
            ("ด้ายฝ้าย Ne 20/1, 30/1 ด้ายหวี", "cotton_yarn"),
            ("ด้ายฝ้ายรีไซเคิลจากเศษผ้าตัดเย็บ มี GRS", "recycled_cotton_yarn"),
        ],
        [
            N("เศษผ้าฝ้ายจากโรงงานตัดเย็บ คัดสีแล้ว", "cotton_cutting_waste"),
            N("ผ้าเก่าจากโรงแรม โรงพยาบาล ผ้าปู ผ้าขนหนู", "used_linen_waste"),
        ],
    ),
    Sme(
        "bfw-043", "en", "ReThread Collection Co.", CIRC, UP, "Bangkok", "collect@rethread.co.th",
        (), ("circular",),
        [
            ("Post-consumer clothing, sorted by fibre and colour", "used_garment_waste"),
            ("Used shoes for grinding, mixed, baled", "used_shoes"),
            ("Wearable second-hand shoes, graded A/B", "wearable_second_hand_shoes"),
        ],
        [
            N("Take-back shoes from shops, mixed brands", "used_shoes"),
        ],
    ),
    Sme(
        "bfw-044", "th", "บริษัท สปอร์ตกราวด์ รีไซเคิล จำกัด", SPORT, MID, "Pathum Thani", "sportground.rc@gmail.com",
        (), ("circular",),
        [
            ("แผ่นยางปูพื้นสนามเด็กเล่น ทำจากยางและรองเท้ารีไซเคิล", "recycled_rubber_floor_tiles"),
        ],
        [
            N("ยางบดจากล้อรถยนต์", "crumb_rubber_from_tyres"),
            N("เศษ EVA คละสี", "eva_foam_scrap"),
        ],
    ),
    Sme(
        "bfw-045", "en", "FootLab Sports Insoles", SPORT, DOWN, "Nonthaburi", "info@footlab.co.th",
        ("ISO 9001",), (),
        [
            ("Heat-mouldable sports insoles, S-XL", "sports_insoles"),
            ("Running insoles with arch support, OEM for brands", "sports_insoles"),
        ],
        [
            N("Looking for EVA sheet 3-6 mm, dual density", "eva_foam_sheet"),
            N("Perforated natural latex foam sheets, FSC not required", "latex_foam_sheet", waives=("FSC",)),
            N("Anti-odour top cloth for insoles", "moisture_wicking_lining_fabric", "antibacterial_lining_fabric"),
        ],
    ),
    Sme(
        "bfw-046", "th", "บริษัท หาดใหญ่ลาเท็กซ์โฟม จำกัด", HEMP, MID, "Songkhla", "hatyai.latexfoam@gmail.com",
        ("FSC",), ("bio",),
        [
            ("แผ่นฟองน้ำยางพาราธรรมชาติ หนา 3-20 มม.", "latex_foam_sheet"),
            ("แผ่นรองในรองเท้ายางพารา สำเร็จรูป", "latex_foam_insole"),
        ],
        [
            N("น้ำยางข้นจากสวนที่ได้ FSC", "concentrated_natural_latex", certs=("FSC",)),
        ],
    ),
    Sme(
        "bfw-047", "en", "Bamboo Charcoal Thai", HEMP, UP, "Prachinburi", "bamboocharcoalthai@gmail.com",
        (), ("bio",),
        [
            ("Activated bamboo charcoal powder, odour control grade", "bamboo_charcoal_powder"),
        ],
        [
            U("Bamboo culms, Pai Tong, 3-4 years old", "no bamboo grower in the set"),
        ],
    ),
    Sme(
        "bfw-048", "th", "บริษัท ไลน์นิ่งเทค จำกัด", SPORT, MID, "Samut Prakan", "sales@liningtech.co.th",
        ("OEKO-TEX Standard 100",), (),
        [
            ("ผ้าซับในรองเท้า ระบายความชื้น แห้งไว", "moisture_wicking_lining_fabric"),
            ("ผ้าบุในผสมถ่านไม้ไผ่ ลดกลิ่นอับ ผ่าน OEKO-TEX", "antibacterial_lining_fabric"),
        ],
        [
            N("ต้องการผงถ่านไม้ไผ่ละเอียด ผสมในการเคลือบผ้า", "bamboo_charcoal_powder"),
            N("เส้นใยรีไซเคิลจากขวด (rPET) แบบเส้นยาว", "recycled_pet_yarn"),
        ],
    ),
    Sme(
        "bfw-049", "en", "Lanna Care Residence", ALC, DOWN, "Chiang Mai", "admin@lannacare.com",
        (), (),
        [],
        [
            N("Non-slip slippers for residents, sizes 35-44", "non_slip_indoor_slippers"),
            N("Velcro-strap shoes for residents with swollen feet",
              "elderly_walking_shoes", "diabetic_shoes", "custom_orthopaedic_shoes"),
        ],
    ),
    Sme(
        "bfw-050", "th", "บริษัท ก้าวมั่น ฟุตแวร์ จำกัด", ALC, DOWN, "Phra Nakhon Si Ayutthaya", "kaowman.fw@gmail.com",
        ("Thai Industrial Standard",), (),
        [
            ("รองเท้าผู้สูงอายุ พื้นกันลื่น น้ำหนักเบา", "elderly_walking_shoes"),
            ("สลิปเปอร์กันลื่นใส่ในบ้าน", "non_slip_indoor_slippers"),
        ],
        [
            N("พื้นยางกันลื่น แบบสำเร็จ", "rubber_outsole", "recycled_rubber_outsole"),
            N("เทปตีนตุ๊กแก กว้าง 2.5 ซม.", "hook_loop_tape"),
            N("ผ้าบุในกันเชื้อรา", "antibacterial_lining_fabric"),
        ],
    ),
    Sme(
        "bfw-051", "en", "Udon Thani Medical Centre", ALI, DOWN, "Udon Thani", "supply@udonmedical.co.th",
        (), (),
        [
        ],
        [
            N("Therapeutic shoes for diabetic patients, Thai FDA-registered only",
              "diabetic_shoes", certs=("Thai FDA",)),
            N("Non-slip patient slippers", "non_slip_indoor_slippers"),
            N("Disposable shoe covers / slippers for theatre", "disposable_nonwoven_slippers"),
        ],
    ),
    Sme(
        "bfw-052", "th", "บริษัท แปดริ้วนอนวูฟเวน โปรดักส์ จำกัด", CIRC, DOWN, "Chachoengsao",
        "paetriew.nonwoven@gmail.com",
        (), (),
        [
            ("สลิปเปอร์ผ้าสปันบอนด์ใช้แล้วทิ้ง แพ็คละ 100 คู่ ส่งภายใน 3 วัน", "disposable_nonwoven_slippers"),
            ("สลิปเปอร์โรงแรมรุ่นประหยัด พื้นบาง", "hotel_spa_slippers"),
        ],
        [
            N("ผ้าไม่ทอ PP 60-80 แกรม", "nonwoven_fabric"),
        ],
    ),
    Sme(
        "bfw-053", "en", "Eastern Nonwovens Co., Ltd.", SPORT, MID, "Chonburi", "sales@easternnonwovens.com",
        ("GRS", "ISO 9001"), ("circular",),
        [
            ("PP spunbond 10-150 gsm", "nonwoven_fabric"),
            ("Needle-punched felt from rPET, for insole boards and slipper uppers", "recycled_pet_felt"),
        ],
        [
            N("rPET staple fibre, GRS", "recycled_pet_staple_fibre", certs=("GRS",)),
        ],
    ),
    Sme(
        "bfw-054", "th", "บริษัท สยามฟุตแวร์ เอ็กซ์ปอร์ต จำกัด", ALC, DOWN, "Bangkok", "export@siamfootwear.co.th",
        (), (),
        [],
        [
            N("รองเท้าแตะหนังแท้ ส่งออกยุโรป 2,000 คู่/ไตรมาส", "leather_sandals"),
            N("รองเท้าผ้าใบกัญชง มีโรงงานไหนทำได้บ้าง", "hemp_canvas_sneakers"),
            U("รองเท้าแตะจากยางรีไซเคิล ผู้ผลิตต้องมี GRS", "the tyre-sandal maker holds no GRS", certs=("GRS",)),
        ],
    ),
    Sme(
        "bfw-055", "en", "Hyacinth Craft Ayutthaya", HEMP, DOWN, "Phra Nakhon Si Ayutthaya",
        "hyacinthcraft.ay@gmail.com",
        ("OTOP",), ("bio", "green"),
        [
            ("Water hyacinth spa slippers, plastic-free", "natural_fibre_spa_slippers"),
            ("Braided water hyacinth rope, 1 cm", "water_hyacinth_braid"),
        ],
        [
            N("Sun-dried water hyacinth stems, 60 cm and longer", "dried_water_hyacinth"),
        ],
    ),
    Sme(
        "bfw-056", "th", "กลุ่มแม่บ้านผักตบชวาบ้านคูเมือง", HEMP, UP, "Sing Buri", "kumuang.hyacinth@gmail.com",
        (), ("bio", "circular"),
        [
            ("ผักตบชวาตากแห้ง ยาว 50 ซม. ขึ้นไป มัดละ 5 กก.", "dried_water_hyacinth"),
        ],
        [
            U("ผ้าใบคลุมกองผักตบกันฝน", "no tarpaulin supplier in the set"),
        ],
    ),
    Sme(
        "bfw-057", "en", "Lotus Wellness Spa Group", ALC, DOWN, "Chiang Mai", "buying@lotuswellness.com",
        (), ("green",),
        [],
        [
            N("Slippers for treatment rooms - natural material, no plastic", "natural_fibre_spa_slippers"),
            N("Reflexology massage sandals for our retail corner", "massage_sandals"),
        ],
    ),
    Sme(
        "bfw-058", "th", "บริษัท นวดเท้าไทย จำกัด", ALC, DOWN, "Nonthaburi", "nuadtaothai@gmail.com",
        (), ("bio",),
        [
            ("รองเท้าแตะปุ่มนวดเท้า ยางพาราแท้", "massage_sandals"),
        ],
        [
            N("น้ำยางสดหรือน้ำยางข้น ส่งถึงโรงงาน", "field_latex", "concentrated_natural_latex"),
        ],
    ),
    Sme(
        "bfw-059", "en", "Bang Phli Leather Finishing Co., Ltd.", CIRC, MID, "Samut Prakan",
        "finishing@bplleather.com",
        ("ISO 14001",), (),
        [
            ("Finishing of customer's crust: spraying, embossing, milling", "leather_finishing_service"),
            ("Embossed croc-print cow leather, finished", "finished_cow_leather"),
        ],
        [
            N("Wet blue cow, grade A-B, 1.2-1.4 mm", "wet_blue_leather"),
        ],
    ),
    Sme(
        "bfw-060", "th", "ร้านเชียงใหม่เลเธอร์คราฟท์", ALC, DOWN, "Chiang Mai", "cmleathercraft@gmail.com",
        (), (),
        [
            ("เข็มขัดหนังแท้ทำมือ สลักชื่อได้", "leather_belts"),
            ("กระเป๋าสตางค์หนังวัวแท้ ใบสั้น ใบยาว", "leather_wallets"),
            ("กระเป๋าสะพายหนังฟอกฝาด", "leather_bags"),
        ],
        [
            N("หนังฟอกฝาด (veg tan) หนา 2-3 มม.", "vegetable_tanned_leather"),
            N("ด้ายเทียนเย็บหนัง", "waxed_sewing_thread"),
            N("ส่งหนังไปย้อมสีและขัดขอบ ใครรับบ้าง", "leather_finishing_service"),
        ],
    ),
]

# ------------------------------------------------------------------ bfw-061 … bfw-080
SMES += [
    Sme(
        "bfw-061", "en", "Nan Hemp Textile Studio", HEMP, MID, "Nan", "nanhemp.studio@gmail.com",
        ("OTOP",), ("bio",),
        [
            ("Handwoven Hmong hemp cloth, 35-40 cm strips", "hemp_fabric"),
            ("Batik hemp, beeswax resist, dyed in indigo", "indigo_batik_hemp_fabric"),
        ],
        [
            N("Hemp yarn, handspun, undyed", "hemp_yarn"),
            N("Indigo paste, fermented", "indigo_paste"),
            N("Raw hemp bark fibre to spin ourselves", "hemp_bast_fibre"),
        ],
    ),
    Sme(
        "bfw-062", "th", "ย่ามกัญชง เพชรบูรณ์", HEMP, DOWN, "Phetchabun", "yamkanchong@gmail.com",
        (), ("bio",),
        [
            ("กระเป๋าย่ามผ้ากัญชงย้อมคราม", "hemp_bags"),
            ("กระเป๋าผ้าเขียนเทียนกัญชง ใบเล็ก", "hemp_bags"),
        ],
        [
            N("ผ้ากัญชงเขียนเทียน หรือผ้ากัญชงพื้น", "indigo_batik_hemp_fabric", "hemp_fabric"),
        ],
    ),
    Sme(
        "bfw-063", "en", "Belt & Buckle Bangkok", ALC, DOWN, "Bangkok", "shop@beltbuckle.co.th",
        (), (),
        [
            ("Full-grain leather belts, 3.5 cm, black and brown", "leather_belts"),
        ],
        [
            N("Belt leather 3.5-4 mm, bridle or veg-tan", "vegetable_tanned_leather"),
            N("Solid brass buckles, 35 mm", "metal_belt_buckle"),
        ],
    ),
    Sme(
        "bfw-064", "th", "บริษัท ก้าวดี ช็อป จำกัด", SPORT, DOWN, "Bangkok", "purchasing@kaodeeshop.com",
        (), ("circular",),
        [
            ("รองเท้าเก่าจากโครงการรับคืนในสาขา", "used_shoes"),
        ],
        [
            N("รองเท้าวิ่ง แบรนด์ไทย", "running_shoes"),
            N("หากล่องรองเท้ากระดาษรีไซเคิล พิมพ์โลโก้ 20,000 ใบ/ปี", "recycled_paper_shoe_box"),
        ],
    ),
    Sme(
        "bfw-065", "en", "Box It Green Packaging", CIRC, MID, "Samut Prakan", "hello@boxitgreen.co.th",
        ("FSC",), ("circular", "green"),
        [
            ("Shoe boxes from recycled kraft, FSC Recycled label", "recycled_paper_shoe_box"),
        ],
        [
            U("Soy-based printing ink", "no ink supplier in the set"),
        ],
    ),
    Sme(
        "bfw-066", "th", "ห้องเย็บหน้ารองเท้า สามพราน", ALC, MID, "Nakhon Pathom", "samphran.upper@gmail.com",
        (), (),
        [
            ("รับจ้างเย็บหน้ารองเท้า ลูกค้าส่งชิ้นงานตัดมา", "upper_stitching_service"),
            ("หน้ารองเท้าหนังเย็บสำเร็จ พร้อมขึ้นหุ่น", "stitched_shoe_uppers"),
            ("เศษผ้าแคนวาสจากการตัดหน้ารองเท้า", "cotton_cutting_waste"),
        ],
        [
            N("ด้ายไนลอนบอนด์ เบอร์ 40", "bonded_nylon_thread"),
        ],
    ),
    Sme(
        "bfw-067", "en", "Thread Masters Co., Ltd.", SPORT, MID, "Samut Sakhon", "sales@threadmasters.co.th",
        (), (),
        [
            ("Bonded nylon thread 40/60 for footwear", "bonded_nylon_thread"),
            ("Waxed polyester thread 0.8 mm, 30 colours", "waxed_sewing_thread"),
        ],
        [
            N("rPET filament to start a recycled thread line", "recycled_pet_yarn"),
        ],
    ),
    Sme(
        "bfw-068", "th", "บริษัท พีเอส ฟุตแวร์ แมนูแฟคเจอริ่ง จำกัด", SPORT, DOWN, "Samut Sakhon",
        "ps.footwear.mfg@gmail.com",
        ("ISO 9001",), (),
        [
            ("รับผลิตรองเท้าทุกประเภท OEM ขั้นต่ำ 300 คู่", "oem_shoe_making_service"),
            ("หุ่นรองเท้าพลาสติกเก่าที่เลิกใช้ ขายยกล็อต", "used_plastic_lasts"),
        ],
        [
            N("หน้ารองเท้าเย็บสำเร็จ", "stitched_shoe_uppers"),
            N("พื้นอีวาสำเร็จ หลายไซซ์", "eva_outsole"),
            N("กาว PU สูตรน้ำ", "water_based_shoe_adhesive"),
            N("หุ่นรองเท้าใหม่ ไซซ์ 36-44", "shoe_last"),
        ],
    ),
    Sme(
        "bfw-069", "en", "Khon Kaen Diabetic Foot Clinic", ALI, DOWN, "Khon Kaen", "kkfootclinic@gmail.com",
        (), (),
        [],
        [
            N("Total-contact insoles made to patient's foot", "custom_orthotic_insole"),
            N("Extra-depth diabetic shoes", "diabetic_shoes"),
            N("Who can repair and re-sole our patients' own therapeutic shoes?", "shoe_repair_service"),
        ],
    ),
    Sme(
        "bfw-070", "th", "ร้านรองเท้าสั่งตัด หมอเท้า", ALC, DOWN, "Bangkok", "mortao.shoes@gmail.com",
        (), (),
        [
            ("รองเท้าสั่งตัดสำหรับเท้าผิดรูป เท้าบิด นิ้วเก", "custom_orthopaedic_shoes"),
            ("แผ่นรองเท้าทำตามแบบหล่อเท้า", "custom_orthotic_insole"),
        ],
        [
            N("หุ่นรองเท้าทำตามขนาดเท้าคนไข้แต่ละคน", "made_to_measure_last"),
            N("หนังบุในนิ่ม (หนังแพะ หนังแกะ)", "soft_lining_leather"),
        ],
    ),
    Sme(
        "bfw-071", "en", "Siam Goat Leather", CIRC, MID, "Ratchaburi", "siamgoatleather@gmail.com",
        (), (),
        [
            ("Goat and sheep lining leather, 0.6-0.8 mm, pale colours", "soft_lining_leather"),
        ],
        [
            N("Goat skins, raw or salted", "raw_salted_hides"),
        ],
    ),
    Sme(
        "bfw-072", "th", "รองเท้าผ้าทอไทลื้อ บ้านหนองบัว", ALC, DOWN, "Nan", "nongbua.tailue@gmail.com",
        ("OTOP",), (),
        [
            ("รองเท้าแตะหน้าผ้าทอไทลื้อ", "textile_upper_sandals"),
            ("รองเท้าผ้าทอมือแบบสวม สินค้า OTOP", "textile_slip_on_shoes"),
        ],
        [
            N("ผ้าฝ้ายทอมือลายพื้นเมือง", "handwoven_cotton_fabric", "indigo_dyed_cotton_fabric"),
            N("แผ่นยางพื้นรองเท้า", "rubber_soling_sheet"),
        ],
    ),
    Sme(
        "bfw-073", "en", "Mae Chaem Handweavers", HEMP, MID, "Chiang Mai", "maechaem.weavers@gmail.com",
        (), (),
        [
            ("Handwoven cotton with teen jok borders, 40 cm", "handwoven_cotton_fabric"),
        ],
        [
            N("Cotton yarn for the loom, hand- or machine-spun; Organic Thailand not needed",
              "cotton_yarn", "handspun_cotton_yarn", waives=("Organic Thailand",)),
        ],
    ),
    Sme(
        "bfw-074", "th", "โรงพยาบาลเกษตรวิสัย", ALI, DOWN, "Roi Et", "kasetwisai.hosp@gmail.com",
        (), (),
        [],
        [
            N("รองเท้ากันลื่นสำหรับผู้ป่วยใน", "non_slip_indoor_slippers"),
            N("รองเท้าสวมใช้แล้วทิ้ง ห้องผ่าตัด", "disposable_nonwoven_slippers"),
            N("รองเท้าเบาหวาน มี อย. ไม่จำเป็นต้องมี ISO 13485",
              "diabetic_shoes", certs=("Thai FDA",), waives=("ISO 13485",)),
        ],
    ),
    Sme(
        "bfw-075", "en", "Samui Beach Villas", ALC, DOWN, "Surat Thani", "procure@samuibeachvillas.com",
        (), ("green",),
        [
            ("Used towels and linen, sorted white", "used_linen_waste"),
        ],
        [
            N("Guest slippers with recycled content, GRS certified", "hotel_spa_slippers", certs=("GRS",)),
        ],
    ),
    Sme(
        "bfw-076", "en", "EcoStep Slippers", CIRC, DOWN, "Chonburi", "sales@ecostepslippers.com",
        ("GRS",), ("circular",),
        [
            ("Hotel slippers with rPET felt uppers, GRS", "hotel_spa_slippers"),
        ],
        [
            N("rPET needle-punch felt, 3 mm", "recycled_pet_felt"),
            N("EVA sheet 4 mm for soles", "eva_foam_sheet"),
        ],
    ),
    Sme(
        "bfw-077", "th", "ร้านของฝากชุมชน อุดรบ้านเฮา", ALI, DOWN, "Udon Thani", "udonbanhao@gmail.com",
        (), (),
        [],
        [
            N("รองเท้าผ้าพื้นเมือง ต้องเป็นสินค้า OTOP", "textile_slip_on_shoes", certs=("OTOP",)),
            N("กระเป๋าผ้ากัญชง", "hemp_bags"),
            N("กระเป๋าสตางค์หนัง ไม่จำเป็นต้องมี OTOP", "leather_wallets", "vegan_wallets", waives=("OTOP",)),
        ],
    ),
    Sme(
        "bfw-078", "en", "Phuket Resort Supplies", ALC, DOWN, "Phuket", "orders@phuketresortsupplies.com",
        (), (),
        [],
        [
            N("Need hotel slippers in bulk for resorts in Phuket and Krabi", "hotel_spa_slippers"),
            N("Disposable nonwoven slippers", "disposable_nonwoven_slippers"),
        ],
    ),
    Sme(
        "bfw-079", "th", "บริษัท ถุงเท้าใส่สบาย จำกัด", ALC, DOWN, "Nakhon Pathom", "toongtao.sabai@gmail.com",
        ("OEKO-TEX Standard 100",), (),
        [
            ("ถุงเท้าเบาหวาน ขอบไม่รัด ไร้ตะเข็บ", "diabetic_socks"),
        ],
        [
            N("ด้ายฝ้ายหวี 30/1 สั่งประจำ", "cotton_yarn"),
            U("ด้ายใยไผ่ วิสโคส เบอร์ 30", "no bamboo viscose yarn supplier in the set"),
        ],
    ),
    Sme(
        "bfw-080", "en", "Lampang Wooden Lasts", ALC, MID, "Lampang", "lampanglasts@gmail.com",
        (), (),
        [
            ("Hand-carved wooden lasts, made to foot measurement", "made_to_measure_last"),
        ],
        [
            U("Rubberwood blocks, FSC certified, kiln dried", "no timber supplier in the set", certs=("FSC",)),
        ],
    ),
]

# ------------------------------------------------------------------ bfw-081 … bfw-095
SMES += [
    Sme(
        "bfw-081", "th", "บริษัท ฟุตซอลไทย สปอร์ต จำกัด", SPORT, DOWN, "Nakhon Sawan", "futsalthai.sport@gmail.com",
        (), (),
        [
            ("รองเท้าฟุตซอล พื้นยางดิบ ไม่ทิ้งรอยบนพื้นสนาม", "futsal_shoes"),
        ],
        [
            N("หนังเทียม PU ไมโครไฟเบอร์ สำหรับหน้ารองเท้า", "pu_synthetic_leather"),
            N("พื้นยางดิบ (gum rubber) สำเร็จรูป", "rubber_outsole"),
        ],
    ),
    Sme(
        "bfw-082", "th", "บริษัท สยามหนังเทียม จำกัด", SPORT, MID, "Samut Prakan", "sales@siamsyntheticleather.com",
        ("OEKO-TEX Standard 100",), (),
        [
            ("หนังเทียม PU ม้วน หนา 1.0-1.4 มม. หน้ากว้าง 54 นิ้ว", "pu_synthetic_leather"),
            ("หนัง PU ไมโครไฟเบอร์ ทำรองเท้ากีฬา", "pu_synthetic_leather"),
        ],
        [
            N("ผ้าไม่ทอสำหรับเป็นผ้ารองหลังหนังเทียม", "nonwoven_fabric"),
        ],
    ),
    Sme(
        "bfw-083", "th", "ร้านซักรองเท้า คลีนสนีก พัทยา", SPORT, DOWN, "Chonburi", "cleansneak.pattaya@gmail.com",
        (), ("circular",),
        [
            ("รับซักรองเท้าผ้าใบ รองเท้าหนังกลับ คู่ละ 150 บาท", "shoe_cleaning_service"),
            ("รองเท้ามือสองซักแล้ว คัดเกรด A", "wearable_second_hand_shoes"),
        ],
        [
            N("รองเท้าผ้าใบมือสอง ยังใส่ได้ เหมาเป็นกระสอบ", "wearable_second_hand_shoes"),
        ],
    ),
    Sme(
        "bfw-084", "en", "Mycel Materials Lab", HEMP, MID, "Pathum Thani", "lab@mycelmaterials.com",
        (), ("bio",),
        [
            ("Mycelium leather-alternative sheets, 30 x 40 cm", "mycelium_leather_sheet"),
        ],
        [
            U("Rice straw, baled, clean and dry", "no rice straw supplier in the set"),
        ],
    ),
    Sme(
        "bfw-085", "th", "แบรนด์ ใบไม้วอลเล็ต", HEMP, DOWN, "Nonthaburi", "baimai.wallet@gmail.com",
        (), ("bio", "green"),
        [
            ("กระเป๋าสตางค์หนังเห็ด ไม่ใช้หนังสัตว์", "vegan_wallets"),
            ("ที่ใส่บัตรจากหนังใบสับปะรด", "vegan_wallets"),
        ],
        [
            N("วัสดุทดแทนหนังจากพืช ไม่รับหนังสัตว์และหนัง PU",
              "mycelium_leather_sheet", "pineapple_leaf_leather_alternative"),
            N("ด้ายเทียน สีธรรมชาติ", "waxed_sewing_thread"),
        ],
    ),
    Sme(
        "bfw-086", "th", "โรงงานพื้นยางเครป ตรัง", HEMP, MID, "Trang", "trang.crepesole@gmail.com",
        (), ("bio",),
        [
            ("พื้นรองเท้ายางเครป ยางธรรมชาติ 100%", "crepe_rubber_outsole"),
            ("แผ่นยางเครปสำหรับตัดพื้น หนา 5-10 มม.", "rubber_soling_sheet"),
        ],
        [
            N("น้ำยางข้นหรือยางแผ่นรมควัน", "concentrated_natural_latex", "rubber_smoked_sheet"),
        ],
    ),
    Sme(
        "bfw-087", "th", "สหกรณ์กองทุนสวนยางบ้านท่าชนะ", HEMP, UP, "Surat Thani", "thachana.rubbercoop@gmail.com",
        ("FSC",), ("bio",),
        [
            ("น้ำยางข้น 60% รับรอง FSC", "concentrated_natural_latex"),
            ("ยางแผ่นรมควัน ชั้น 3 ส่งทุกเดือน", "rubber_smoked_sheet"),
        ],
        [
            U("กรดฟอร์มิกสำหรับทำยางแผ่น", "no chemical supplier in the set"),
        ],
    ),
    Sme(
        "bfw-088", "en", "Nordic Sole Imports (Thailand)", HEMP, DOWN, "Bangkok", "th-office@nordicsole.eu",
        (), ("green",),
        [],
        [
            N("Hemp sneakers with GOTS-certified hemp uppers", "hemp_canvas_sneakers", certs=("GOTS",)),
            N("Sandals with woven cloth uppers, OEKO-TEX not required", "textile_upper_sandals",
              waives=("OEKO-TEX Standard 100",)),
            N("Veg-tan leather sandals, 500 pairs", "leather_sandals"),
            U("GOTS hemp fabric for our own studio in Europe", "no GOTS-certified hemp cloth maker in the set",
              certs=("GOTS",)),
        ],
    ),
    Sme(
        "bfw-089", "th", "ร้านอุปกรณ์ทำรองเท้า ลพบุรีการช่าง", SPORT, MID, "Lopburi", "lopburi.shoesupply@gmail.com",
        (), (),
        [
            ("กาวยางเหลือง ขายปลีกและส่ง", "shoe_adhesive"),
            ("ตาไก่เหล็กชุบนิกเกิล ถุงละ 1,000 ตัว", "metal_eyelets"),
        ],
        [
            N("กาวติดรองเท้าสูตรน้ำ ไม่มีโทลูอีน", "water_based_shoe_adhesive"),
            N("ตีนตุ๊กแก ม้วนใหญ่", "hook_loop_tape"),
        ],
    ),
    Sme(
        "bfw-090", "en", "Chonnabot Silk House", ALI, MID, "Khon Kaen", "chonnabotsilk@gmail.com",
        ("Thai Silk Peacock Emblem",), (),
        [
            ("Mudmee silk, Royal Peacock emblem, 4 m pieces", "thai_silk_fabric"),
        ],
        [
            U("Thai native silk yarn, hand-reeled", "no silk yarn supplier in the set"),
        ],
    ),
    Sme(
        "bfw-091", "th", "รองเท้าผ้าไหม ชัยภูมิ", ALI, DOWN, "Chaiyaphum", "chaiyaphum.silkshoes@gmail.com",
        (), (),
        [
            ("คัทชูหุ้มผ้าไหมมัดหมี่ สำหรับงานพิธี", "silk_upper_pumps"),
        ],
        [
            N("ผ้าไหมมัดหมี่ ต้องมีตรานกยูงพระราชทาน", "thai_silk_fabric", certs=("Thai Silk Peacock Emblem",)),
        ],
    ),
    Sme(
        "bfw-092", "th", "บ้านพักคนชรา สุขสันต์ อุบล", ALI, DOWN, "Ubon Ratchathani", "suksan.ubon@gmail.com",
        (), (),
        [],
        [
            N("รองเท้าผู้สูงอายุ ใส่เดินในสวน", "elderly_walking_shoes"),
            N("สลิปเปอร์กันลื่น 100 คู่", "non_slip_indoor_slippers"),
            N("มีร้านไหนรับซ่อมรองเท้าผู้สูงอายุบ้างคะ", "shoe_repair_service"),
        ],
    ),
    Sme(
        "bfw-093", "th", "รองเท้าผ้าขาวม้า ยโสธร", ALI, DOWN, "Yasothon", "phakhaoma.yasothon@gmail.com",
        ("OTOP",), (),
        [
            ("รองเท้าผ้าขาวม้าแบบสวม", "textile_slip_on_shoes"),
        ],
        [
            N("ผ้าขาวม้าทอมือ", "handwoven_cotton_fabric"),
        ],
    ),
    Sme(
        "bfw-094", "th", "กระบี่ บีชวอล์ค", SPORT, DOWN, "Krabi", "krabi.beachwalk@gmail.com",
        (), (),
        [
            ("รองเท้าเดินชายหาด รองเท้าดำน้ำ", "aqua_shoes"),
        ],
        [
            U("แผ่นนีโอพรีน หนา 3 มม.", "no neoprene supplier in the set"),
            N("อยากได้แผ่นยางบางๆ ไว้ตัดพื้นรองเท้าเดินหิน", "rubber_soling_sheet"),
        ],
    ),
    Sme(
        "bfw-095", "th", "กลุ่มเย็บรองเท้าบ้านป่าซาง", ALC, MID, "Lamphun", "pasang.sewing@gmail.com",
        (), (),
        [
            ("รับเย็บหน้ารองเท้าตามออร์เดอร์ ชิ้นงานลูกค้าส่งมา", "upper_stitching_service"),
        ],
        [
            N("ต้องการด้ายไนลอนเย็บรองเท้า ส่งลำพูน", "bonded_nylon_thread"),
        ],
    ),
]


# ------------------------------------------------------------------ checks and output

ID_RE = re.compile(r"^bfw-\d{3}$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
THAI_RE = re.compile("[\u0e00-\u0e7f]")
LATIN_RE = re.compile("[A-Za-z]")
SUBS = {s.value for s in SubCluster}
STAGES = {s.value for s in Stage}
BCGS = {b.value for b in BcgTag}
CERT_NAMES = {c.name: c for c in CERTIFICATIONS}


def names_cert(text: str, cert: str) -> bool:
    """Whether `text` names `cert` in any written form, claimed or negated."""
    if cert in find_certifications(text):
        return True
    c = CERT_NAMES[cert]
    low = text.casefold()
    return any(form.casefold() in low for form in (c.name, c.full_name, c.name_th, *c.aliases, *c.mentions))


def script_ok(lang: str, text: str) -> bool:
    thai = len(THAI_RE.findall(text))
    latin = len(LATIN_RE.findall(text))
    if lang == "en":
        return thai == 0 and text.isascii()
    return thai > 0 and thai >= latin


def compute_links() -> dict[tuple[str, str], list[str]]:
    """(supplier, buyer) -> the labels that make the link."""
    links: dict[tuple[str, str], list[str]] = {}
    for buyer in SMES:
        for need in buyer.needs:
            for supplier in SMES:
                if supplier.id == buyer.id or not set(need.certs) <= set(supplier.certs):
                    continue
                hits = sorted({label for _, label in supplier.offers if label in need.labels})
                if hits:
                    links.setdefault((supplier.id, buyer.id), []).extend(hits)
    return links


def check() -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if ids != [f"bfw-{i:03d}" for i in range(1, len(SMES) + 1)]:
        errors.append("ids are not bfw-001 … in order")
    if len(set(ids)) != len(ids) or not all(ID_RE.match(i) for i in ids):
        errors.append("ids not unique or malformed")
    offered: dict[str, set[str]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)
    by_id = {s.id: s for s in SMES}
    for s in SMES:
        where = s.id
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub not in SUBS:
            errors.append(f"{where}: sub-cluster {s.sub!r}")
        if s.stage not in STAGES:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None or resolve_province(s.province).name_en != s.province:
            errors.append(f"{where}: province {s.province!r}")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: e-mail {s.email!r}")
        for c in s.certs:
            if resolve_certification(c) != c:
                errors.append(f"{where}: certification {c!r} is not a canonical name")
        if len(set(s.certs)) != len(s.certs):
            errors.append(f"{where}: repeated certification")
        for b in s.bcg:
            if b not in BCGS:
                errors.append(f"{where}: BCG tag {b!r}")
        if s.lang == "en" and not s.name.isascii():
            errors.append(f"{where}: English profile with a non-Latin name")
        if not 0 <= len(s.offers) <= 4 or not 1 <= len(s.needs) <= 4:
            errors.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        for text, label in s.offers:
            if not LABEL_RE.match(label):
                errors.append(f"{where}: offer label {label!r}")
            if not script_ok(s.lang, text):
                errors.append(f"{where}: script of offer {text!r}")
            for c in find_certifications(text):
                if c not in s.certs:
                    errors.append(f"{where}: offer {text!r} claims {c} the SME does not hold")
        for need in s.needs:
            if not script_ok(s.lang, need.text):
                errors.append(f"{where}: script of need {need.text!r}")
            if bool(need.labels) == bool(need.unmet):
                errors.append(f"{where}: need {need.text!r} must list labels or be unmet, not both")
            for c in (*need.certs, *need.waives):
                if resolve_certification(c) != c:
                    errors.append(f"{where}: need certification {c!r} is not a canonical name")
                elif not names_cert(need.text, c):
                    errors.append(f"{where}: need {need.text!r} does not name {c}")
            for c in find_certifications(need.text):
                if c not in need.certs and c not in need.waives:
                    errors.append(f"{where}: need {need.text!r} names {c} but neither requires nor waives it")
            for label in need.labels:
                if not offered.get(label, set()) - {s.id}:
                    errors.append(f"{where}: label {label!r} is offered by no one else")
            if need.labels:
                qualified = [
                    sid
                    for label in need.labels
                    for sid in offered.get(label, set()) - {s.id}
                    if set(need.certs) <= set(by_id[sid].certs)
                ]
                if not qualified:
                    errors.append(f"{where}: need {need.text!r} has no qualified supplier")
    errors += check_targets()
    return errors


def stats() -> dict[str, object]:
    by_id = {s.id: s for s in SMES}
    links = compute_links()
    needs = [n for s in SMES for n in s.needs]
    cross_th_en = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    cross_en_th = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    regions = Counter(resolve_province(s.province).region.value for s in SMES)
    return {
        "profiles": len(SMES),
        "th": sum(s.lang == "th" for s in SMES),
        "en": sum(s.lang == "en" for s in SMES),
        "subs": Counter(s.sub for s in SMES),
        "stages": Counter(s.stage for s in SMES),
        "regions": regions,
        "provinces": len({s.province for s in SMES}),
        "offers": sum(len(s.offers) for s in SMES),
        "offer_labels": len({label for s in SMES for _, label in s.offers}),
        "needs": len(needs),
        "met": sum(1 for n in needs if n.labels),
        "unmet": sum(1 for n in needs if n.unmet),
        "requiring": sum(1 for n in needs if n.certs),
        "waiving": sum(1 for n in needs if n.waives),
        "links": len(links),
        "cross_th_en": cross_th_en,
        "cross_en_th": cross_en_th,
        "cross": cross_th_en + cross_en_th,
        "within": len(links) - cross_th_en - cross_en_th,
        "cross_sub": sum(1 for a, b in links if by_id[a].sub != by_id[b].sub),
    }


def check_targets() -> list[str]:
    st = stats()
    errors: list[str] = []
    if st["profiles"] != 95:
        errors.append(f"target: {st['profiles']} profiles, want 95")
    if not 0.50 <= st["th"] / max(1, st["profiles"]) <= 0.60:
        errors.append(f"target: {st['th']} Thai profiles, want about 55 %")
    if not 140 <= st["links"] <= 180:
        errors.append(f"target: {st['links']} links, want 140-180")
    if st["cross"] < 0.45 * st["links"]:
        errors.append(f"target: {st['cross']} cross-language links of {st['links']}, want at least 45 %")
    if not 15 <= st["unmet"] <= 25:
        errors.append(f"target: {st['unmet']} unmet needs, want 15-25")
    if not st["requiring"] or not st["waiving"]:
        errors.append("target: want needs that require and needs that waive a certification")
    if set(st["subs"]) != SUBS or set(st["stages"]) != STAGES:
        errors.append("target: every sub-cluster and stage must appear")
    if st["provinces"] < 30:
        errors.append(f"target: only {st['provinces']} provinces")
    return errors


def profile_json(s: Sme) -> str:
    row = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [need.text for need in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    return json.dumps(row, ensure_ascii=False)


def counts_table() -> str:
    st = stats()
    links = st["links"]
    rows = [
        ("profiles", st["profiles"]),
        ("Thai (th) / English (en)", f"{st['th']} / {st['en']}"),
        *((f"sub-cluster {k}", st["subs"][k]) for k in sorted(SUBS)),
        *((f"stage {k}", st["stages"][k]) for k in (UP, MID, DOWN)),
        *((f"region {k}", v) for k, v in sorted(st["regions"].items())),
        ("distinct provinces", st["provinces"]),
        ("offers", st["offers"]),
        ("distinct offer labels", st["offer_labels"]),
        ("needs", st["needs"]),
        ("needs met / met by no one", f"{st['met']} / {st['unmet']}"),
        ("needs requiring / waiving a certification", f"{st['requiring']} / {st['waiving']}"),
        ("true links", links),
        ("cross-language links th supplier -> en buyer", st["cross_th_en"]),
        ("cross-language links en supplier -> th buyer", st["cross_en_th"]),
        ("cross-language links total", f"{st['cross']} ({100 * st['cross'] / max(1, links):.1f} %)"),
        ("within-language links", st["within"]),
        ("links between different sub-clusters", st["cross_sub"]),
    ]
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines)


def main() -> int:
    errors = check()
    if errors:
        for error in errors:
            print("FAIL", error)
        print(f"{len(errors)} problem(s); nothing written")
        return 1
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(compute_links()))
    (HERE / "profiles.jsonl").write_text(profiles, encoding="utf-8", newline="\n")
    (HERE / "links.csv").write_text(buffer.getvalue(), encoding="utf-8", newline="\n")
    print(counts_table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
