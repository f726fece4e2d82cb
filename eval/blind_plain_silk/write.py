"""Hand-labelled evaluation set `blind_plain_silk`: plain registry entries of a silk and sericulture cluster.

Every offer carries a label saying what the thing is; every need lists the offer labels that meet it and the
certifications its text requires, or is marked as met by no one. Links follow from the labels alone.

Run from the repository root:  .venv/bin/python eval/blind_plain_silk/write.py
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shared.taxonomy import (  # the repository's own vocabulary
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

OUT = Path(__file__).resolve().parent

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AGE_C = "ageing_lifestyle_central"
AGE_I = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"

PEACOCK = "Thai Silk Peacock Emblem"
ORGANIC_TH = "Organic Thailand"

# What an offer can be. A need lists some of these; a link needs one of them offered.
LABELS = frozenset(
    {
        # mulberry, silkworms, cocoons and their by-products
        "mulberry_leaf", "mulberry_sapling", "fruit_mulberry_sapling", "mulberry_tea", "mulberry_fruit",
        "native_silkworm_eggs", "hybrid_silkworm_eggs", "young_silkworms",
        "native_yellow_cocoons", "hybrid_white_cocoons", "reject_cocoons", "cocoon_shells",
        "silk_pupae", "silk_pupa_meal", "eri_cocoons", "sericin_extract",
        # fibre and yarn
        "fine_hand_reeled_silk_yarn", "coarse_hand_reeled_silk_yarn", "machine_reeled_silk_yarn",
        "degummed_hand_reeled_silk_yarn", "dyed_silk_yarn_natural", "dyed_silk_yarn_chemical",
        "silk_floss_waste", "eri_silk_yarn",
        "raw_cotton", "cotton_lint", "handspun_cotton_yarn", "natural_dyed_cotton_yarn", "mill_cotton_yarn",
        "hemp_fibre", "hemp_yarn", "recycled_cotton_fibre", "recycled_cotton_yarn", "rpet_yarn",
        "spandex_covered_yarn",
        # dye stuffs
        "indigo_paste", "hom_indigo_paste", "indigo_plant", "lac_dye", "dye_plant_material",
        # waste
        "post_consumer_textiles", "used_silk_garments", "silk_offcuts", "cotton_offcuts",
        # work done on the customer's own goods
        "silk_reeling_service", "degumming_service", "natural_dyeing_service", "indigo_dyeing_service",
        "chemical_dyeing_service", "mudmee_tying_service", "weaving_service", "cut_and_sew_service",
        "sportswear_sewing_service", "embroidery_service", "functional_finishing_service",
        # fabric
        "mudmee_silk_fabric", "natural_dyed_mudmee_silk_fabric", "plain_silk_fabric",
        "machine_woven_silk_fabric", "praewa_silk_fabric", "khit_silk_fabric", "teen_jok_silk_fabric",
        "brocade_silk_fabric", "silk_cotton_blend_fabric", "handwoven_cotton_fabric",
        "indigo_dyed_cotton_fabric", "mudmee_cotton_fabric", "khit_cotton_fabric", "greige_cotton_cloth",
        "hemp_fabric", "hemp_cotton_blend_fabric", "recycled_cotton_fabric", "upcycled_patchwork_fabric",
        "moisture_wicking_fabric", "power_stretch_fabric", "silk_blend_knit_fabric",
        # tools
        "wooden_handloom", "loom_reed_shuttle", "reeling_tools",
        # finished goods
        "pha_khao_ma_cotton", "pha_khao_ma_silk", "silk_scarf", "printed_silk_scarf",
        "silk_shirt", "thai_silk_dress", "silk_womenswear", "cotton_garment",
        "fabric_bag", "cushion_cover", "table_runner", "monk_robe_set", "silk_soap", "cocoon_face_scrub",
        "cocoon_flower_craft", "adaptive_garment", "cotton_bed_sheet", "herbal_compress_ball",
        "sports_jersey", "compression_support", "saa_paper", "gift_box_packaging",
    }
)


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str | None


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by any supplier offering one of `labels` and holding every one of `certs`."""
    return Need(text, labels, certs, waives, None)


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `note` says why."""
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


SMES: list[Sme] = [
    # ------------------------------------------------------------------ upstream
    Sme(
        "bpk2-001", "th", "วิสาหกิจชุมชนหม่อนไหมบ้านหนองบัวแดง", HEMP, UP, "Chaiyaphum",
        "nongbuadaeng.silk@gmail.com", (ORGANIC_TH,), ("bio", "green"),
        (
            ("ใบหม่อนสด แปลงอินทรีย์ ตัดส่งตอนเช้า", "mulberry_leaf"),
            ("กิ่งพันธุ์หม่อนใบ บุรีรัมย์ 60 ปักชำถุงละ 5 บาท", "mulberry_sapling"),
            ("รังไหมสด พันธุ์ไทยเหลือง", "native_yellow_cocoons"),
        ),
        (
            N("ไข่ไหมพันธุ์พื้นบ้าน เป็นแผ่น", "native_silkworm_eggs"),
            U("ปุ๋ยหมักสำหรับแปลงหม่อน 5 ตัน", "compost: no one in the set sells fertiliser"),
        ),
    ),
    Sme(
        "bpk2-002", "en", "Korat Sericulture Egg Station Co., Ltd.", HEMP, UP, "Nakhon Ratchasima",
        "eggs@koratsericulture.co.th", (), ("bio",),
        (
            ("Silkworm egg sheets, Thai polyvoltine x bivoltine hybrid, per box", "hybrid_silkworm_eggs"),
            ("Native Thai breed eggs (Nang Noi, Nang Lai) on request", "native_silkworm_eggs"),
            ("Chawki rearing - 2nd instar worms delivered in trays", "young_silkworms"),
        ),
        (
            N("Looking for fresh mulberry leaves, approx 800 kg a week", "mulberry_leaf"),
        ),
    ),
    Sme(
        "bpk2-003", "th", "กลุ่มสาวไหมมือบ้านโคกตะเคียน", HEMP, UP, "Surin",
        "khoktakhian.reel@gmail.com", ("OTOP",), ("bio",),
        (
            ("ไหมน้อยสาวมือ ยังไม่ฟอก กก.ละ 2,600 ติดต่อไลน์ @khoktakhian", "fine_hand_reeled_silk_yarn"),
        ),
        (
            N("รับซื้อรังไหมสด พันธุ์นางน้อย นางลาย", "native_yellow_cocoons"),
        ),
    ),
    Sme(
        "bpk2-004", "th", "ห้างหุ้นส่วนจำกัด ไหมทองประโคนชัย", HEMP, UP, "Buriram",
        "prakhonchai.silkfarm@hotmail.com", (), ("bio", "circular"),
        (
            ("รังไหมลูกผสม รังขาว ขายยกกระสอบ", "hybrid_white_cocoons"),
            ("ดักแด้ไหมสด แช่แข็ง แพ็ค 1 กก.", "silk_pupae"),
            ("หนอนไหมวัย 3 เลี้ยงต่อได้เลย", "young_silkworms"),
        ),
        (
            N("ไข่ไหมลูกผสม สายพันธุ์ทนร้อน", "hybrid_silkworm_eggs"),
        ),
    ),
    Sme(
        "bpk2-005", "en", "Chonnabot Hand-Reeled Silk Group", HEMP, UP, "Khon Kaen",
        "chonnabot.reeled@gmail.com", ("OTOP",), ("bio",),
        (
            ("Mai noi - fine inner-layer silk, hand reeled, raw, 1 kg hanks", "fine_hand_reeled_silk_yarn"),
            ("Mai luep, coarse outer silk for weft", "coarse_hand_reeled_silk_yarn"),
            ("Degummed hand-reeled silk, boiled in ash lye, ready to dye", "degummed_hand_reeled_silk_yarn"),
            ("Silk floss (outer waste layer) by the sack", "silk_floss_waste"),
        ),
        (
            N("Fresh cocoons of native yellow breeds", "native_yellow_cocoons"),
            N("Reeling pot stands and winding wheels", "reeling_tools"),
        ),
    ),
    Sme(
        "bpk2-006", "th", "กลุ่มเลี้ยงไหมอีรี่บ้านโพธิ์ศรี", HEMP, UP, "Sisaket",
        "eri.phosri@gmail.com", (), ("bio",),
        (
            ("เส้นไหมอีรี่ปั่นมือ สีขาวนวล", "eri_silk_yarn"),
            ("รังไหมอีรี่ (รังเปิด) สำหรับปั่นเส้น", "eri_cocoons"),
        ),
        (
            U("ใบละหุ่งสด เลี้ยงไหมอีรี่ วันละ 100 กก.", "castor leaves: no grower in the set"),
            N("มีใครรับย้อมเส้นไหมอีรี่ด้วยสีธรรมชาติ สีครั่ง สีเปลือกไม้ บ้าง?", "natural_dyeing_service"),
        ),
    ),
    Sme(
        "bpk2-007", "en", "Doi Saket Mulberry Farm", HEMP, UP, "Chiang Mai",
        "hello@doisaketmulberry.com", (ORGANIC_TH,), ("bio", "green"),
        (
            ("Fruit mulberry saplings (Chiang Mai 60), bare-root, 50 per bundle", "fruit_mulberry_sapling"),
            ("Dried mulberry leaf tea, whole leaf, 100 g pouch, Organic Thailand", "mulberry_tea"),
        ),
        (
            N("Gift boxes for tea pouches, natural paper look", "gift_box_packaging"),
        ),
    ),
    Sme(
        "bpk2-008", "th", "ร้านรับซื้อเศษไหมเจริญผล", CIRC, UP, "Nakhon Ratchasima",
        "charoenphon.silkwaste@gmail.com", (), ("circular",),
        (
            ("ไหมเปลือก เศษไหม อัดก้อน 50 กก.", "silk_floss_waste"),
            ("รังไหมเสีย รังคู่ รังบาง คัดแล้ว", "reject_cocoons"),
        ),
        (
            N("รับซื้อรังไหมเสีย รังแป้ง จากฟาร์ม ทุกปริมาณ", "reject_cocoons"),
            N("ซื้อไหมเปลือกจากกลุ่มสาวไหม", "silk_floss_waste"),
        ),
    ),
    Sme(
        "bpk2-009", "th", "กลุ่มปลูกฝ้ายอินทรีย์บ้านดอนกลอย", HEMP, UP, "Udon Thani",
        "donkloi.cotton@gmail.com", (ORGANIC_TH,), ("bio", "green"),
        (
            ("ฝ้ายดอก (ฝ้ายตุ่ย) ปลูกอินทรีย์ ยังไม่อีดเมล็ด", "raw_cotton"),
            ("ฝ้ายเข็นมือ เส้นกลาง สีธรรมชาติ", "handspun_cotton_yarn"),
        ),
        (
            N("อยากได้กี่ทอผ้าพื้นเมือง 2 หลัง", "wooden_handloom"),
        ),
    ),
    Sme(
        "bpk2-010", "en", "Hmong Hemp Fibre Collective", HEMP, UP, "Tak",
        "hempcollective.tak@gmail.com", (), ("bio",),
        (
            ("Hand-stripped hemp bast fibre, retted, in bundles", "hemp_fibre"),
            ("Hand-spliced hemp yarn, undyed, by the hank", "hemp_yarn"),
            ("Handwoven hemp cloth with beeswax batik, 40 cm wide", "hemp_fabric"),
        ),
        (
            N("Indigo paste for dyeing hemp, about 20 kg", "indigo_paste", "hom_indigo_paste"),
            N("Someone to weave our own hemp yarn into cloth", "weaving_service"),
        ),
    ),
    Sme(
        "bpk2-011", "th", "กลุ่มเนื้อครามบ้านพรรณา", HEMP, UP, "Sakon Nakhon",
        "phanna.indigo@gmail.com", (ORGANIC_TH,), ("bio", "green"),
        (
            ("เนื้อครามเปียก หมักจากต้นครามฝักงอ กก.ละ 180", "indigo_paste"),
            ("ต้นครามสด ตัดส่งตามสั่ง", "indigo_plant"),
        ),
        (
            U("น้ำด่างขี้เถ้า สำหรับก่อหม้อคราม", "lye ash water: no one offers it"),
        ),
    ),
    Sme(
        "bpk2-012", "th", "ร้านวัตถุดิบย้อมสีภูผา", HEMP, UP, "Mukdahan",
        "phupha.dyes@gmail.com", (), ("bio", "green"),
        (
            ("ครั่งดิบ ตากแห้ง ขายเป็นกิโล", "lac_dye"),
            ("เปลือกไม้ แก่นขนุน ลูกมะเกลือ สำหรับย้อมผ้า", "dye_plant_material"),
        ),
        (
            U("สารส้ม จุนสี ถุง 25 กก.", "mordant chemicals: no supplier in the set"),
        ),
    ),
    Sme(
        "bpk2-013", "th", "บริษัท ดักแด้ทองอาหารสัตว์ จำกัด", CIRC, UP, "Khon Kaen",
        "sales@dakdaethong.co.th", (), ("bio", "circular"),
        (("ดักแด้ไหมป่นอบแห้ง โปรตีน 50% สำหรับอาหารปลา", "silk_pupa_meal"),),
        (
            N("รับซื้อดักแด้สดจากโรงสาว", "silk_pupae"),
        ),
    ),
    Sme(
        "bpk2-014", "en", "SeriGreen Biotech Co., Ltd.", CIRC, UP, "Pathum Thani",
        "rnd@serigreen.co.th", ("ISO 9001",), ("bio", "circular"),
        (("Sericin powder, cosmetic grade, 1 kg foil bag", "sericin_extract"),),
        (
            N(
                "Cocoon by-products for extraction: cut shells, pierced or stained cocoons",
                "cocoon_shells", "reject_cocoons",
            ),
        ),
    ),
    Sme(
        "bpk2-015", "th", "บริษัท สยามไหมเส้นโคราช จำกัด", HEMP, UP, "Nakhon Ratchasima",
        "siamsilkthread.korat@gmail.com", ("ISO 9001",), (),
        (
            ("เส้นไหมสาวเครื่อง 20/22 ดีเนียร์ เกรด 3A", "machine_reeled_silk_yarn"),
            ("ดักแด้ไหมจากโรงสาว ขายเป็นตัน", "silk_pupae"),
        ),
        (
            N("รังไหมพันธุ์ลูกผสมต่างประเทศ ส่งโรงงาน", "hybrid_white_cocoons"),
        ),
    ),
    Sme(
        "bpk2-016", "en", "Second Loop Fibre Co., Ltd.", CIRC, UP, "Samut Prakan",
        "sourcing@secondloopfibre.com", ("GRS",), ("circular",),
        (("Recycled cotton fibre from pre-consumer cuttings, sorted by colour", "recycled_cotton_fibre"),),
        (
            N("Cotton cutting waste from sewing and weaving shops, min 500 kg", "cotton_offcuts"),
            N("Old cotton uniforms and bedsheets for shredding", "post_consumer_textiles"),
        ),
    ),
    Sme(
        "bpk2-017", "en", "EastPoly Recycled Yarn Co., Ltd.", SPORT, UP, "Rayong",
        "info@eastpolyyarn.com", ("GRS", "OEKO-TEX Standard 100"), ("circular",),
        (("rPET filament yarn 75D/72F, GRS, dope-dyed black available", "rpet_yarn"),),
        (U("Baled clear PET bottles, 20 t a month", "bottle collectors are outside this set"),),
    ),
    Sme(
        "bpk2-018", "th", "กลุ่มผู้สูงอายุชาใบหม่อนบ้านหนองแวง", AGE_I, UP, "Roi Et",
        "nongwaeng.tea@gmail.com", ("OTOP",), ("bio",),
        (("ชาใบหม่อนอบแห้ง ห่อละ 50 กรัม", "mulberry_tea"),),
        (
            N(
                "ใบหม่อนสด ต้องได้มาตรฐานเกษตรอินทรีย์ เพราะส่งร้านออร์แกนิก",
                "mulberry_leaf", certs=(ORGANIC_TH,),
            ),
            U("ถุงซิปตั้งได้ พิมพ์โลโก้", "printed stand-up pouches: no one offers them"),
        ),
    ),
    Sme(
        "bpk2-019", "th", "กลุ่มฝ้ายเข็นมือบ้านหนองบัว", HEMP, UP, "Nan",
        "nongbua.nan.cotton@gmail.com", (), ("bio",),
        (
            ("ฝ้ายเข็นมือ ย้อมห้อม ย้อมเปลือกไม้ ขายเป็นไจ", "natural_dyed_cotton_yarn"),
            ("ฝ้ายเข็นขาวดิบ", "handspun_cotton_yarn"),
        ),
        (
            N("ฝ้ายดอกหรือฝ้ายปุย สำหรับเข็น ปีละ 300 กก.", "raw_cotton", "cotton_lint"),
            N("เนื้อห้อม ไว้ย้อมฝ้ายเข็น", "hom_indigo_paste"),
        ),
    ),
    Sme(
        "bpk2-020", "th", "ฟาร์มหม่อนไหมเขาค้อ", HEMP, UP, "Phetchabun",
        "khaokho.silkfarm@gmail.com", (), ("bio",),
        (
            ("ใบหม่อน ตัดทั้งกิ่ง ส่งรายสัปดาห์", "mulberry_leaf"),
            ("รังไหมเสีย รังคู่ รังเจาะ ยกกระสอบ", "reject_cocoons"),
            ("รังไหมดี เปลือกเหลือง พันธุ์นางลาย", "native_yellow_cocoons"),
        ),
        (
            N("หนอนไหมวัยอ่อน ครั้งละ 5 กล่อง", "young_silkworms"),
            N("จ้างสาวรังไหมของฟาร์มเป็นเส้น", "silk_reeling_service"),
        ),
    ),
    Sme(
        "bpk2-021", "th", "กลุ่มไหมสาวมือบ้านศรีฐาน", HEMP, UP, "Yasothon",
        "srithan.mai@gmail.com", (), ("bio",),
        (
            ("ไหมน้อยฟอกด่าง ขาวนวล พร้อมย้อม", "degummed_hand_reeled_silk_yarn"),
            ("ไหมหลืบดิบ ราคาส่ง", "coarse_hand_reeled_silk_yarn"),
        ),
        (
            N("ครั่ง", "lac_dye"),
        ),
    ),
    Sme(
        "bpk2-022", "th", "ร้านเศษผ้าพรเทพ รับซื้อ-คัดแยก", CIRC, UP, "Khon Kaen",
        "pornthep.scrap@gmail.com", (), ("circular",),
        (
            ("เศษผ้าไหมจากร้านตัดชุด คัดสีแล้ว ขายเป็นกิโล", "silk_offcuts"),
            ("เศษผ้าฝ้าย 100% ชิ้นใหญ่", "cotton_offcuts"),
        ),
        (N("รับซื้อเศษผ้าไหม เศษผ้าฝ้าย จากโรงงานและร้านตัดเสื้อ", "silk_offcuts", "cotton_offcuts"),),
    ),
    Sme(
        "bpk2-023", "th", "สวนหม่อนอินทรีย์ริมโขง", HEMP, UP, "Nong Khai",
        "rimkhong.mulberry@gmail.com", (ORGANIC_TH,), ("bio", "green"),
        (
            ("ยอดหม่อนอ่อน เก็บสด ส่งโรงชา", "mulberry_leaf"),
            ("ลูกหม่อนสุกแช่แข็ง", "mulberry_fruit"),
        ),
        (N("ต้นพันธุ์หม่อนผล", "fruit_mulberry_sapling"),),
    ),
    Sme(
        "bpk2-024", "th", "กลุ่มไหมย้อมสีธรรมชาติบ้านโพน", HEMP, UP, "Kalasin",
        "phon.silkyarn@gmail.com", ("OTOP",), ("bio", "green"),
        (
            ("ไหมน้อยย้อมครั่ง ย้อมคราม ย้อมมะเกลือ", "dyed_silk_yarn_natural"),
        ),
        (
            N("รับจ้างฟอกไหม (ลอกกาว) ครั้งละ 20 กก.", "degumming_service"),
        ),
    ),
    Sme(
        "bpk2-025", "en", "Sarakham Silk Yarn Trading", AGE_I, UP, "Maha Sarakham",
        "trade@sarakhamsilkyarn.com", (), (),
        (
            ("Imported machine-reeled silk (China), 20/22D, raw", "machine_reeled_silk_yarn"),
            ("Acid-dyed silk yarn, 120 colours in stock", "dyed_silk_yarn_chemical"),
        ),
        (
            N(
                "Village hand-reeled yarn, fine and coarse grades, cash on pickup",
                "fine_hand_reeled_silk_yarn", "coarse_hand_reeled_silk_yarn",
            ),
        ),
    ),
    Sme(
        "bpk2-026", "th", "กลุ่มห้อมบ้านทุ่งโฮ้ง", HEMP, UP, "Phrae",
        "thunghong.hom@gmail.com", ("OTOP",), ("bio", "green"),
        (("เนื้อห้อมเปียก (ห้อมหมัก) ถังละ 10 กก.", "hom_indigo_paste"),),
        (N("ผ้าดิบ ผ้าโทเร สำหรับย้อมห้อม ม้วนละ 50 หลา", "greige_cotton_cloth"),),
    ),
    Sme(
        "bpk2-027", "th", "กลุ่มผู้สูงอายุรังไหมประดิษฐ์บ้านเขวาสินรินทร์", AGE_I, UP, "Surin",
        "khwao.cocoon@gmail.com", ("OTOP",), ("circular",),
        (
            ("รังไหมตัด เอาดักแด้ออก ล้างสะอาด ถุงละ 1,000 รัง", "cocoon_shells"),
            ("ดอกไม้รังไหม ของชำร่วย", "cocoon_flower_craft"),
            ("รังไหมขัดหน้า ขายส่ง ไม่มีกล่อง", "cocoon_face_scrub"),
        ),
        (U("ลวดกระดาษ กาวร้อน ทำดอกไม้รังไหม", "florist wire and glue: no one in the set sells them"),),
    ),
    Sme(
        "bpk2-028", "en", "Mekong Organic Cotton Farm", HEMP, UP, "Nakhon Phanom",
        "mekongcotton@gmail.com", (ORGANIC_TH,), ("bio", "green"),
        (
            ("Organic seed cotton (unginned), native brown and white", "raw_cotton"),
            ("Ginned organic cotton lint, 20 kg bales", "cotton_lint"),
        ),
        (
            U(
                "Eri silkworm eggs to start rearing on our castor hedges",
                "eri eggs: the egg station sells mulberry silkworm eggs only",
            ),
        ),
    ),
    Sme(
        "bpk2-029", "th", "บริษัท สยามสแปนเด็กซ์ยาร์น จำกัด", SPORT, UP, "Samut Sakhon",
        "sales@siamspandexyarn.co.th", ("OEKO-TEX Standard 100",), (),
        (("เส้นด้ายสแปนเด็กซ์หุ้มไนลอน สำหรับถักถุงเท้าและผ้ารัด", "spandex_covered_yarn"),),
        (U("เม็ดพลาสติกไนลอน 6", "polymer chips: no one in the set sells them"),),
    ),
    Sme(
        "bpk2-030", "en", "Northern Textile Take-Back", CIRC, UP, "Chiang Mai",
        "takeback@northloop.org", (), ("circular",),
        (
            ("Sorted post-consumer cotton clothing and sheets, baled", "post_consumer_textiles"),
            ("Worn silk garments and sarongs, sorted for upcycling", "used_silk_garments"),
        ),
        (N("Silk offcuts from tailors, we collect", "silk_offcuts"),),
    ),
]

SMES += [
    # ------------------------------------------------------------------ midstream
    Sme(
        "bpk2-031", "th", "ร้านรับฟอกย้อมไหมบ้านเขว้า", HEMP, MID, "Chaiyaphum",
        "bankhwao.dyehouse@gmail.com", (), (),
        (
            ("รับฟอกไหม ลอกกาว ไหมของลูกค้า คิดตามน้ำหนัก", "degumming_service"),
            ("รับย้อมไหมสีเคมี เทียบสีตามตัวอย่าง", "chemical_dyeing_service"),
        ),
        (
            N("เส้นไหมดิบ ไหมโรงงาน มาฟอกย้อมขายเอง", "machine_reeled_silk_yarn"),
        ),
    ),
    Sme(
        "bpk2-032", "en", "Khon Kaen Mudmee Weavers Cooperative", HEMP, MID, "Khon Kaen",
        "coop@kkmudmee.or.th", (PEACOCK, "OTOP"), ("bio",),
        (
            ("Mudmee silk, Peacock Emblem (blue), 4 m lengths", "mudmee_silk_fabric"),
            ("Plain-woven Thai silk, solid colours, 1 m wide", "plain_silk_fabric"),
        ),
        (
            N("Degummed silk yarn, native hand-reeled, about 50 kg monthly", "degummed_hand_reeled_silk_yarn"),
            N("Mudmee tying on our own yarn when we are short of hands", "mudmee_tying_service"),
        ),
    ),
    Sme(
        "bpk2-033", "th", "กลุ่มทอผ้าโฮลบ้านจันรม", AGE_I, MID, "Surin",
        "janrom.hol@gmail.com", (PEACOCK,), ("bio",),
        (
            ("ผ้าโฮลเปราะห์ มัดหมี่สุรินทร์ ตรานกยูงสีเงิน", "mudmee_silk_fabric"),
        ),
        (
            N(
                "ไหมน้อยพื้นบ้าน ยังไม่ฟอก ไม่เอาไหมจีน ไหมโรงงาน",
                "fine_hand_reeled_silk_yarn",
            ),
        ),
    ),
    Sme(
        "bpk2-034", "th", "กลุ่มสตรีทอผ้าไหมแพรวาบ้านนาดี", AGE_I, MID, "Kalasin",
        "nadee.praewa@gmail.com", (PEACOCK, "OTOP"), ("bio",),
        (
            ("ผ้าแพรวา ลายดั้งเดิม ผืนละ 1 เมตร ตรานกยูง งานละเอียด สวยทุกผืน", "praewa_silk_fabric"),
            ("ผ้าพันคอไหมลายแพรวา 30x180 ซม.", "silk_scarf"),
        ),
        (
            N("ไหมเคมีสีสด ครั้งละ 10 กก.", "dyed_silk_yarn_chemical"),
        ),
    ),
    Sme(
        "bpk2-035", "en", "Na Kha Khit Weaving House", HEMP, MID, "Udon Thani",
        "nakha.khit@gmail.com", ("OTOP",), (),
        (
            ("Khit supplementary-weft cotton, by the metre", "khit_cotton_fabric"),
            ("Khit silk lengths for pha sin, 2 m", "khit_silk_fabric"),
            ("Khit cushion covers, 16 inch, zip back", "cushion_cover"),
        ),
        (
            N("White cotton yarn for warp, hand-spun or mill", "handspun_cotton_yarn", "mill_cotton_yarn"),
        ),
    ),
    Sme(
        "bpk2-036", "th", "ห้างหุ้นส่วนจำกัด ครามสกล", HEMP, MID, "Sakon Nakhon",
        "kramsakon@gmail.com", ("OTOP",), ("bio", "green"),
        (
            ("ผ้าฝ้ายทอมือย้อมคราม หน้ากว้าง 1 ม.", "indigo_dyed_cotton_fabric"),
            ("รับย้อมคราม ผ้าและเส้นด้ายของลูกค้า ขั้นต่ำ 5 กก.", "indigo_dyeing_service"),
            ("เสื้อคอจีนผ้าย้อมคราม", "cotton_garment"),
        ),
        (
            N("ต้องการเนื้อครามคุณภาพดี ส่งได้ทุกเดือน", "indigo_paste"),
        ),
    ),
    Sme(
        "bpk2-037", "en", "Phrae Mo Hom Indigo Works", AGE_I, MID, "Phrae",
        "mohom.phrae@gmail.com", (), ("green",),
        (
            ("Mo hom indigo cotton cloth, 45 inch", "indigo_dyed_cotton_fabric"),
            ("Mo hom farmer shirts, indigo, S-XXL", "cotton_garment"),
        ),
        (
            N("Greige cotton, 300 yards a month, to dye indigo", "greige_cotton_cloth"),
            U("Coconut-shell buttons, 15 mm, bulk", "buttons: no trims supplier in the set"),
        ),
    ),
    Sme(
        "bpk2-038", "th", "กลุ่มรับจ้างมัดหมี่และทอผ้าบ้านโคกเมือง", AGE_I, MID, "Buriram",
        "khokmuang.weave@gmail.com", (), (),
        (
            ("รับจ้างมัดหมี่ตามลายลูกค้า ลูกค้าส่งไหมมาเอง", "mudmee_tying_service"),
            ("รับทอผ้า ค่าแรงเมตรละ 250 ใช้เส้นของผู้ว่าจ้าง", "weaving_service"),
        ),
        (
            U("เชือกฟางมัดหมี่ ม้วนใหญ่", "tying tape: no one in the set sells it"),
            N("ฟืมทอผ้า หน้ากว้าง 1 เมตร", "loom_reed_shuttle"),
        ),
    ),
    Sme(
        "bpk2-039", "th", "กลุ่มทอผ้าฝ้ายมัดหมี่บ้านหวายหลึม", AGE_I, MID, "Roi Et",
        "wailuem.cotton@gmail.com", ("OTOP",), (),
        (
            ("ผ้าฝ้ายมัดหมี่ ย้อมเคมี ผืนละ 2 เมตร", "mudmee_cotton_fabric"),
            ("ผ้าขาวม้าฝ้าย ลายตาราง", "pha_khao_ma_cotton"),
        ),
        (N("ด้ายฝ้ายโรงงาน เบอร์ 20/2", "mill_cotton_yarn"),),
    ),
    Sme(
        "bpk2-040", "en", "Lanna Hemp Loom Studio", HEMP, MID, "Chiang Mai",
        "studio@lannahemp.com", ("GOTS",), ("bio", "green"),
        (
            ("Handwoven hemp fabric, 60 cm, natural or indigo", "hemp_fabric"),
            ("Hemp-cotton blend cloth, 110 cm", "hemp_cotton_blend_fabric"),
        ),
        (
            N("Hemp yarn, hand-spliced by Hmong groups", "hemp_yarn"),
            N("Hemp bast fibre to spin in-house", "hemp_fibre"),
        ),
    ),
    Sme(
        "bpk2-041", "th", "ห้างผ้าไหมยกดอกศรีหริภุญชัย", HEMP, MID, "Lamphun",
        "sriharipunchai.brocade@gmail.com", (PEACOCK,), (),
        (("ผ้าไหมยกดอกลำพูน ตรานกยูงพระราชทานสีทอง", "brocade_silk_fabric"),),
        (
            U("ดิ้นทอง ดิ้นเงิน สำหรับยกดอก", "metallic thread: no one in the set offers it"),
            N("ไหมย้อมเคมี ใช้ทำเส้นยืน", "dyed_silk_yarn_chemical"),
        ),
    ),
    Sme(
        "bpk2-042", "en", "Hat Siao Teen Jok Weavers", AGE_I, MID, "Sukhothai",
        "hatsiao.jok@gmail.com", ("OTOP",), (),
        (
            ("Teen jok borders in silk, discontinuous supplementary weft", "teen_jok_silk_fabric"),
            ("Weaving to order on your own yarn, jok patterns", "weaving_service"),
        ),
        (
            N("Natural-dyed silk yarn for jok", "dyed_silk_yarn_natural"),
            N("Loom reeds and boat shuttles", "loom_reed_shuttle"),
        ),
    ),
    Sme(
        "bpk2-043", "th", "สตูดิโอผ้าปะชุน", CIRC, MID, "Nakhon Pathom",
        "pachun.studio@gmail.com", (), ("circular",),
        (("ผ้าปะต่อจากเศษผ้าไหม เย็บเป็นผืน 1x1 เมตร", "upcycled_patchwork_fabric"),),
        (N("เศษผ้าไหมมัดหมี่ ชิ้นไม่ต่ำกว่า 10 ซม.", "silk_offcuts"),),
    ),
    Sme(
        "bpk2-044", "en", "ActiveKnit Textile Co., Ltd.", SPORT, MID, "Samut Prakan",
        "sales@activeknit.co.th", ("OEKO-TEX Standard 100", "bluesign"), ("green",),
        (
            ("Moisture-wicking polyester knit, 140 gsm, 60 colours", "moisture_wicking_fabric"),
            ("Quick-dry mesh for jerseys, 120 gsm", "moisture_wicking_fabric"),
        ),
        (
            N("Recycled polyester filament yarn, GRS certified", "rpet_yarn", certs=("GRS",)),
            N("Spandex covered yarn for power-stretch knits", "spandex_covered_yarn"),
        ),
    ),
    Sme(
        "bpk2-045", "th", "บริษัท ฟินิชชิ่งเทค จำกัด", SPORT, MID, "Nakhon Pathom",
        "finishingtech.th@gmail.com", ("ISO 9001",), (),
        (("รับตกแต่งผ้ากันแบคทีเรีย แห้งเร็ว บนผ้าของลูกค้า", "functional_finishing_service"),),
        (N("สารสกัดเซริซิน ใช้เคลือบผ้า", "sericin_extract"),),
    ),
    Sme(
        "bpk2-046", "th", "กลุ่มทอผ้าไหมบ้านลาดสมดี", AGE_I, MID, "Ubon Ratchathani",
        "ladsomdee.silk@gmail.com", (), (),
        (
            ("ผ้าไหมมัดหมี่ลายกาบบัว ย้อมเคมี ยังไม่มีตรานกยูง", "mudmee_silk_fabric"),
        ),
        (
            N("ไหมโรงงาน ทำเส้นยืน ราคาส่ง", "machine_reeled_silk_yarn"),
            N("รับย้อมไหมสีเคมีตามแบบ เส้นไหมของกลุ่มเอง", "chemical_dyeing_service"),
        ),
    ),
    Sme(
        "bpk2-047", "en", "Pak Thong Chai Silk Mill Co., Ltd.", HEMP, MID, "Nakhon Ratchasima",
        "export@ptcsilkmill.com", ("ISO 9001",), (),
        (
            ("Power-loom plain silk, 16 momme, 114 cm, dyed to order", "machine_woven_silk_fabric"),
            ("Digital printed silk twill scarves, custom art", "printed_silk_scarf"),
        ),
        (
            N(
                "Machine-reeled raw silk 20/22 denier; hand-reeled is too uneven for our looms",
                "machine_reeled_silk_yarn",
            ),
            N("Degumming of our raw silk yarn, outsourced", "degumming_service"),
        ),
    ),
    Sme(
        "bpk2-048", "th", "ร้านรับสาวไหมและมัดหมี่แม่บุญมี", HEMP, MID, "Khon Kaen",
        "maeboonmee.reel@gmail.com", (), (),
        (
            ("รับสาวไหมจากรังของลูกค้า ได้ทั้งไหมน้อยและไหมลืบ", "silk_reeling_service"),
            ("รับมัดหมี่ ลายโบราณ ลายประยุกต์", "mudmee_tying_service"),
        ),
        (N("หม้อสาวไหม พวงสาว ครบชุด", "reeling_tools"),),
    ),
    Sme(
        "bpk2-049", "en", "Loop Weave Studio", CIRC, MID, "Bangkok",
        "hello@loopweave.co", ("GRS",), ("circular",),
        (("Fabric woven from recycled cotton yarn, 140 cm", "recycled_cotton_fabric"),),
        (
            N("Recycled cotton yarn Ne 10-20, GRS", "recycled_cotton_yarn", certs=("GRS",)),
        ),
    ),
    Sme(
        "bpk2-050", "th", "ร้านช่างกี่บ้านทุ่งแต้", HEMP, MID, "Yasothon",
        "thungtae.loom@gmail.com", (), (),
        (
            ("กี่กระตุกไม้เนื้อแข็ง พร้อมติดตั้ง รอของ 15 วัน", "wooden_handloom"),
            ("ฟืมสแตนเลส กระสวย หลอดด้าย", "loom_reed_shuttle"),
        ),
        (U("ไม้ประดู่แปรรูป", "timber: no one in the set sells it"),),
    ),
    Sme(
        "bpk2-051", "th", "ร้านเครื่องมือสาวไหมสุรินทร์", HEMP, MID, "Surin",
        "surinreeling@gmail.com", (), (),
        (
            ("เครื่องสาวไหมแบบเท้าถีบ มีรอก หม้อสแตนเลส", "reeling_tools"),
            ("หลา อัก กงปั่นด้าย", "reeling_tools"),
        ),
        (U("แผ่นสแตนเลสตัดตามขนาด", "sheet metal: no supplier in the set"),),
    ),
    Sme(
        "bpk2-052", "th", "กลุ่มทอผ้าไหมบ้านหนองเขื่อนช้าง", AGE_I, MID, "Maha Sarakham",
        "nongkhuenchang.silk@gmail.com", (PEACOCK, "OTOP"), (),
        (
            ("ผ้าไหมขิด ตรานกยูงน้ำเงิน ผืน 2 เมตร", "khit_silk_fabric"),
            ("ผ้าขาวม้าไหม ทอมือ", "pha_khao_ma_silk"),
        ),
        (
            N("ไหมย้อมแล้ว สีเคมีหรือสีธรรมชาติก็ได้", "dyed_silk_yarn_chemical", "dyed_silk_yarn_natural"),
        ),
    ),
    Sme(
        "bpk2-053", "th", "กลุ่มทอผ้าฝ้ายบ้านนาหว้า", AGE_I, MID, "Nakhon Phanom",
        "nawa.cotton@gmail.com", (), (),
        (
            ("ผ้าฝ้ายทอมือสีขาวดิบ ไม่ฟอก ไม่ย้อม", "handwoven_cotton_fabric"),
        ),
        (
            N("ใครรับย้อมครามผ้าฝ้ายที่ทอแล้วบ้าง?", "indigo_dyeing_service"),
        ),
    ),
    Sme(
        "bpk2-054", "th", "กลุ่มทอผ้าผู้ไทบ้านภู", AGE_I, MID, "Mukdahan",
        "phutai.banphu@gmail.com", ("OTOP",), (),
        (
            ("ผ้าไหมแพรวาผู้ไท พื้นแดง", "praewa_silk_fabric"),
            ("ผ้าฝ้ายมัดหมี่ ย้อมเคมี ผืนซิ่น 2 ม.", "mudmee_cotton_fabric"),
        ),
        (N("ไหมย้อมครั่งหรือย้อมคราม", "dyed_silk_yarn_natural"),),
    ),
    Sme(
        "bpk2-055", "th", "บ้านสีธรรมชาติ ย้อมรักษ์โลก", CIRC, MID, "Chiang Mai",
        "baansee.natural@gmail.com", (), ("green", "circular"),
        (
            ("รับย้อมสีธรรมชาติ ผ้าและเส้นใยของลูกค้า ครั่ง เปลือกมะม่วง ใบสัก", "natural_dyeing_service"),
            ("รับย้อมคราม", "indigo_dyeing_service"),
        ),
        (
            N("ครั่งดิบ", "lac_dye"),
            N("เปลือกไม้ แก่นขนุน สำหรับย้อม", "dye_plant_material"),
        ),
    ),
    Sme(
        "bpk2-056", "th", "โรงงานตัดเย็บชุดกีฬา พีเอส สปอร์ต", SPORT, MID, "Bangkok",
        "ps.sport.sewing@gmail.com", (), (),
        (
            ("รับตัดเย็บเสื้อกีฬา เสื้อทีม จากผ้าลูกค้า ขั้นต่ำ 100 ตัว", "sportswear_sewing_service"),
            ("เสื้อกีฬาพิมพ์ซับลิเมชัน สำเร็จรูป", "sports_jersey"),
        ),
        (N("ผ้าไมโครโพลีแห้งเร็ว", "moisture_wicking_fabric"),),
    ),
    Sme(
        "bpk2-057", "en", "Nonthaburi Garment Makers Co., Ltd.", AGE_C, MID, "Nonthaburi",
        "cmt@ntbgarment.co.th", ("ISO 9001",), (),
        (
            ("CMT sewing: blouses, shirts, uniforms from customer fabric", "cut_and_sew_service"),
            ("Cutting waste, cotton offcuts, 2 t a month", "cotton_offcuts"),
            ("Hospital bed sheets and pillow cases, cotton, sewn to size", "cotton_bed_sheet"),
        ),
        (
            U("Sewing thread and fusible interlining", "trims: no one in the set offers them"),
            N("Need a machine embroidery subcontractor for logos", "embroidery_service"),
        ),
    ),
    Sme(
        "bpk2-058", "th", "ร้านปักลายสมใจ", AGE_C, MID, "Bangkok",
        "somjai.embroidery@gmail.com", (), (),
        (("รับปักโลโก้ ปักชื่อ บนเสื้อ", "embroidery_service"),),
        (U("ไหมปักโพลีเอสเตอร์ 200 สี", "embroidery thread: no one sells it (not silk floss waste)"),),
    ),
    Sme(
        "bpk2-059", "th", "กลุ่มทอผ้าไหมบ้านเชียงหวาง", AGE_I, MID, "Udon Thani",
        "chiangwang.silk@gmail.com", (PEACOCK,), (),
        (
            ("ผ้าไหมขิดลายนาค ตรานกยูง", "khit_silk_fabric"),
            ("ผ้าซิ่นไหมตีนจก", "teen_jok_silk_fabric"),
        ),
        (
            N("ไหมลืบสำหรับเส้นพุ่ง", "coarse_hand_reeled_silk_yarn"),
        ),
    ),
    Sme(
        "bpk2-060", "en", "Ban Khwao Silk House", AGE_I, MID, "Chaiyaphum",
        "info@bankhwaosilk.com", (PEACOCK, "OTOP"), (),
        (
            ("Thai silk, plain and two-tone, 4 yd pieces, Peacock Emblem", "plain_silk_fabric"),
            ("Silk men's shirts, short sleeve, mudmee front", "silk_shirt"),
        ),
        (
            N("Stick lac for our reds", "lac_dye"),
        ),
    ),
    Sme(
        "bpk2-061", "th", "กลุ่มผ้ายกเมืองนคร บ้านมะม่วงปลายแขน", HEMP, MID, "Nakhon Si Thammarat",
        "yokmuangnakhon@gmail.com", ("OTOP",), (),
        (("ผ้ายกเมืองนคร ไหมผสมดิ้น ผืนละ 2 เมตร", "brocade_silk_fabric"),),
        (N("เส้นไหมย้อมสีเคมี สีทอง สีแดง", "dyed_silk_yarn_chemical"),),
    ),
    Sme(
        "bpk2-062", "th", "บริษัท รีสปินขอนแก่น จำกัด", CIRC, UP, "Khon Kaen",
        "sales@respinkk.co.th", ("GRS",), ("circular",),
        (("ด้ายฝ้ายรีไซเคิล Ne 10 ผสมเศษผ้า 60%", "recycled_cotton_yarn"),),
        (
            N("เส้นใยฝ้ายรีไซเคิลจากเศษผ้า", "recycled_cotton_fibre"),
        ),
    ),
    Sme(
        "bpk2-063", "en", "Sisaket Silk-Cotton Studio", AGE_I, MID, "Sisaket",
        "hello@srisilkcotton.com", (), (),
        (("Silk-cotton blend, silk weft on cotton warp, 90 cm", "silk_cotton_blend_fabric"),),
        (
            N("Coarse hand-reeled silk (mai luep) for weft", "coarse_hand_reeled_silk_yarn"),
            N("We need mill cotton yarn 20/2 for warp", "mill_cotton_yarn"),
        ),
    ),
    Sme(
        "bpk2-064", "th", "โรงทอผ้าดิบสมุทรสาคร", AGE_C, MID, "Samut Sakhon",
        "phadib.samutsakhon@gmail.com", (), (),
        (("ผ้าดิบ ผ้าโทเร หน้า 36 นิ้ว ขายเป็นม้วน ส่งทั่วประเทศ", "greige_cotton_cloth"),),
        (N("ด้ายฝ้ายโรงงาน", "mill_cotton_yarn"),),
    ),
    Sme(
        "bpk2-065", "th", "บริษัท สามพรานปั่นด้าย จำกัด", AGE_C, UP, "Nakhon Pathom",
        "sampran.spinning@gmail.com", ("OEKO-TEX Standard 100", "ISO 9001"), (),
        (("ด้ายฝ้าย 100% Ne 20/2 สีขาว กรวยละ 1 กก.", "mill_cotton_yarn"),),
        (N("ฝ้ายเส้นใย ยกเบล", "cotton_lint"),),
    ),
    Sme(
        "bpk2-066", "th", "กลุ่มทอผ้าไหมย้อมสีธรรมชาติบ้านคำพระ", AGE_I, MID, "Amnat Charoen",
        "khamphra.silk@gmail.com", (), ("green",),
        (
            ("ผ้าไหมมัดหมี่ย้อมสีธรรมชาติ ไม่มีตรานกยูง ราคาชาวบ้าน", "natural_dyed_mudmee_silk_fabric"),
            ("ผ้าไหมพื้นย้อมเปลือกประดู่", "plain_silk_fabric"),
        ),
        (N("ไหมน้อยสาวมือ ยังไม่ฟอก", "fine_hand_reeled_silk_yarn"),),
    ),
    Sme(
        "bpk2-067", "en", "Bo Sang Saa Paper Works", HEMP, MID, "Chiang Mai",
        "orders@bosangsaa.com", ("FSC",), ("bio",),
        (
            ("Saa paper (paper mulberry bark), A1 sheets, plain or with petals", "saa_paper"),
            ("Saa paper gift boxes for scarves and tea", "gift_box_packaging"),
        ),
        (U("Dried paper mulberry bark, 1 t", "paper mulberry bark: not mulberry leaf; no one offers it"),),
    ),
    Sme(
        "bpk2-068", "th", "โรงถักผ้าสปอร์ตโคราช", SPORT, MID, "Nakhon Ratchasima",
        "korat.sportknit@gmail.com", (), (),
        (
            ("ผ้าโพลีเอสเตอร์ดรายฟิต ขั้นต่ำ 200 กก.", "moisture_wicking_fabric"),
            ("ผ้าเพาเวอร์เนต ยืดแรงรัดสูง", "power_stretch_fabric"),
        ),
        (
            N("เส้นด้ายโพลีเอสเตอร์รีไซเคิล (จากขวด PET)", "rpet_yarn"),
        ),
    ),
    Sme(
        "bpk2-069", "en", "SilkTech Functional Fabrics Co., Ltd.", SPORT, MID, "Pathum Thani",
        "dev@silktechfabrics.com", ("OEKO-TEX Standard 100",), ("bio", "circular"),
        (("Spun-silk/polyester base-layer knit, 160 gsm", "silk_blend_knit_fabric"),),
        (
            N("Silk waste (floss, noil, pierced cocoons) to spin", "silk_floss_waste", "reject_cocoons"),
        ),
    ),
]

SMES += [
    # ------------------------------------------------------------------ downstream
    Sme(
        "bpk2-070", "th", "ห้างผ้าไหมจันทร์เพ็ญ ประตูน้ำ", AGE_C, DOWN, "Bangkok",
        "chanpen.silk@gmail.com", (), (),
        (("ชุดผ้าไหมตัดสำเร็จ ชุดไทยจิตรลดา", "thai_silk_dress"),),
        (
            N("ผ้าไหมมัดหมี่แท้ ต้องมีตรานกยูงพระราชทาน", "mudmee_silk_fabric", certs=(PEACOCK,)),
            N("ผ้าแพรวากาฬสินธุ์ มีตรานกยูง", "praewa_silk_fabric", certs=(PEACOCK,)),
            N("ช่างรับตัดชุดจากผ้าไหมของร้าน", "cut_and_sew_service"),
        ),
    ),
    Sme(
        "bpk2-071", "en", "Maison Mai Fashion Co., Ltd.", AGE_C, DOWN, "Bangkok",
        "sourcing@maisonmai.co", (), ("green",),
        (("Silk blouses and dresses, ready to wear", "silk_womenswear"),),
        (
            N("Praewa silk panels for a capsule collection", "praewa_silk_fabric"),
            N("Indigo-dyed cotton, 50 m per colour", "indigo_dyed_cotton_fabric"),
            N("GOTS-certified hemp fabric", "hemp_fabric", certs=("GOTS",)),
        ),
    ),
    Sme(
        "bpk2-072", "th", "วัดบางกระทิงสามัคคีธรรม", AGE_C, DOWN, "Bangkok",
        "watbangkrating@gmail.com", (), (),
        (),
        (
            N("ผ้าไตรจีวรครบชุด งานบวช 30 ชุด", "monk_robe_set"),
        ),
    ),
    Sme(
        "bpk2-073", "th", "สำนักงานพัฒนาชุมชนจังหวัดขอนแก่น", AGE_I, DOWN, "Khon Kaen",
        "supply@khonkaen-cdd.go.th", (), (),
        (),
        (
            N("ผ้าไหมมัดหมี่ตรานกยูง ตัดชุดข้าราชการ 120 ผืน", "mudmee_silk_fabric", certs=(PEACOCK,)),
            N("เสื้อเชิ้ตผ้าไหมสำเร็จรูป ชาย-หญิง ใส่วันศุกร์", "silk_shirt"),
            U("จ้างออกแบบลายผ้าประจำจังหวัด", "pattern design: no one in the set offers it"),
        ),
    ),
    Sme(
        "bpk2-074", "en", "Andaman Pearl Resort", AGE_C, DOWN, "Phuket",
        "purchasing@andamanpearl.com", (), ("green",),
        (),
        (
            N("Handwoven cushion covers in local patterns, 50 pcs", "cushion_cover"),
            N("Guest soap bars, 30 g, natural; Halal welcome but not required", "silk_soap", waives=("Halal",)),
        ),
    ),
    Sme(
        "bpk2-075", "en", "Siam Silk Export Trading Co., Ltd.", AGE_C, DOWN, "Bangkok",
        "export@siamsilkexport.com", (), (),
        (),
        (
            N("Yok dok brocade silk with Peacock Emblem for Japan buyers", "brocade_silk_fabric", certs=(PEACOCK,)),
            N(
                "Handwoven silk scarves and stoles, 100+ pcs a design; Fair Trade welcome but not required",
                "silk_scarf", waives=("Fairtrade",),
            ),
            N("Do you have praewa silk pieces, 1 m, for framing?", "praewa_silk_fabric"),
        ),
    ),
    Sme(
        "bpk2-076", "th", "ห้างเสื้อผ้าไหมแม่ละเอียด", AGE_I, DOWN, "Khon Kaen",
        "maelaead.silk@gmail.com", (), (),
        (
            ("เสื้อเชิ้ตผ้าไหม ตัดเย็บเอง ส่งหน่วยงาน", "silk_shirt"),
            ("เศษผ้าไหมจากการตัด", "silk_offcuts"),
        ),
        (
            N(
                "ผ้าไหมมัดหมี่ ไม่จำเป็นต้องมีตรานกยูง ขอราคาส่ง",
                "mudmee_silk_fabric", "natural_dyed_mudmee_silk_fabric", waives=(PEACOCK,),
            ),
            N("ผ้าไหมพื้น สีพื้น", "plain_silk_fabric"),
        ),
    ),
    Sme(
        "bpk2-077", "th", "กระเป๋าผ้าไหมบ้านแท่น", AGE_I, DOWN, "Chaiyaphum",
        "baantaen.bag@gmail.com", ("OTOP",), (),
        (
            ("กระเป๋าถือผ้าไหมมัดหมี่ บุซับใน", "fabric_bag"),
            ("กระเป๋าสตางค์ผ้าฝ้ายย้อมคราม", "fabric_bag"),
        ),
        (
            N("ผ้าฝ้ายย้อมคราม เมตรละไม่เกิน 250", "indigo_dyed_cotton_fabric"),
        ),
    ),
    Sme(
        "bpk2-078", "en", "Rewoven Goods", CIRC, DOWN, "Chiang Mai",
        "studio@rewovengoods.com", (), ("circular",),
        (("Patchwork tote bags from vintage silk sinh", "fabric_bag"),),
        (
            N("Old silk sarongs and worn silk clothing", "used_silk_garments"),
            N("Silk offcuts, mixed colours, 10 kg - no polyester satin please", "silk_offcuts"),
        ),
    ),
    Sme(
        "bpk2-079", "th", "วิสาหกิจชุมชนสบู่ใยไหมโคราช", AGE_I, DOWN, "Nakhon Ratchasima",
        "koratsilksoap@gmail.com", ("Thai FDA", "OTOP"), ("bio", "circular"),
        (
            ("สบู่โปรตีนไหม ก้อน 80 กรัม มีเลขจดแจ้ง อย.", "silk_soap"),
            ("รังไหมขัดหน้า บรรจุกล่อง 10 รัง", "cocoon_face_scrub"),
        ),
        (
            N("รังไหมตัดสะอาด ไม่มีดักแด้", "cocoon_shells"),
            N("ผงเซริซิน", "sericin_extract"),
        ),
    ),
    Sme(
        "bpk2-080", "en", "Lumi Skin Lab Co., Ltd.", AGE_C, DOWN, "Bangkok",
        "buying@lumiskinlab.com", ("ISO 9001",), ("bio",),
        (),
        (
            N(
                "Silk cocoon facial scrub, private label, Thai FDA notified",
                "cocoon_face_scrub", certs=("Thai FDA",),
            ),
        ),
    ),
    Sme(
        "bpk2-081", "th", "บ้านพักผู้สูงอายุสุขใจนนท์", AGE_C, DOWN, "Nonthaburi",
        "sukjai.nursinghome@gmail.com", (), (),
        (),
        (
            N("เสื้อผู้สูงอายุ ติดแม่เหล็ก ใส่ง่าย 60 ตัว", "adaptive_garment"),
            N("ผ้าปูที่นอนผ้าฝ้าย 100% เตียงผู้ป่วย 3 ฟุต", "cotton_bed_sheet"),
        ),
    ),
    Sme(
        "bpk2-082", "th", "วิสาหกิจชุมชนลูกประคบบ้านคำน้ำแซบ", AGE_I, DOWN, "Ubon Ratchathani",
        "khamnamsaep.herb@gmail.com", ("OTOP",), ("bio",),
        (("ลูกประคบสมุนไพรสด/แห้ง ห่อผ้าดิบ", "herbal_compress_ball"),),
        (
            N("ผ้าดิบ ตัดห่อลูกประคบ", "greige_cotton_cloth"),
        ),
    ),
    Sme(
        "bpk2-083", "en", "PaceRun Apparel Co., Ltd.", SPORT, DOWN, "Bangkok",
        "sourcing@pacerun.co", (), ("circular",),
        (("Running tees and singlets, own brand, event orders from 500 pcs, 4-week lead time", "sports_jersey"),),
        (
            N(
                "Quick-dry knit, OEKO-TEX Standard 100 certified",
                "moisture_wicking_fabric", certs=("OEKO-TEX Standard 100",),
            ),
            N("Cut-make-trim partner for 2,000 running tees", "sportswear_sewing_service"),
        ),
    ),
    Sme(
        "bpk2-084", "th", "ชมรมวิ่งขอนแก่นมาราธอน", SPORT, DOWN, "Khon Kaen",
        "kkmarathon.club@gmail.com", (), (),
        (),
        (
            N("หาผู้ผลิตเสื้อวิ่งงานมาราธอน 3,000 ตัว ผ้าแห้งเร็ว", "sports_jersey"),
        ),
    ),
    Sme(
        "bpk2-085", "en", "The Lanna Courtyard Hotel", AGE_C, DOWN, "Chiang Mai",
        "gm@lannacourtyard.com", (), ("green",),
        (),
        (
            N("Handwoven silk table runners; Peacock Emblem not required", "table_runner", waives=(PEACOCK,)),
            N("Cushion covers in Lanna or Isan weave", "cushion_cover"),
            U("Guest bathrobes, cotton waffle", "bathrobes: no one in the set makes them"),
        ),
    ),
    Sme(
        "bpk2-086", "th", "ร้านผ้าไตรอยุธยาสังฆภัณฑ์", AGE_C, DOWN, "Phra Nakhon Si Ayutthaya",
        "ayutthaya.sanghaphan@gmail.com", (), (),
        (("ผ้าไตรจีวร ครบชุด สีพระราชนิยม", "monk_robe_set"),),
        (
            N("รับย้อมผ้าสีกรัก (แก่นขนุน) ผ้าของร้าน", "natural_dyeing_service"),
        ),
    ),
    Sme(
        "bpk2-087", "en", "Khaen Mudmee Label", AGE_I, DOWN, "Khon Kaen",
        "hello@khaenmudmee.com", (), (),
        (("Mudmee silk dresses and jackets, ready to wear", "silk_womenswear"),),
        (
            N("Mudmee silk dyed with natural dyes only, 20 m a pattern", "natural_dyed_mudmee_silk_fabric"),
            N("Mudmee cotton for a casual line", "mudmee_cotton_fabric"),
        ),
    ),
    Sme(
        "bpk2-088", "th", "ร้านของแต่งบ้านผ้ากัญชงดอยสุเทพ", HEMP, DOWN, "Chiang Mai",
        "doisuthep.hemphome@gmail.com", (), ("bio",),
        (
            ("ปลอกหมอนอิงผ้ากัญชงย้อมคราม", "cushion_cover"),
            ("กระเป๋าผ้ากัญชงปักลายม้ง", "fabric_bag"),
        ),
        (
            N("ผ้ากัญชงทอมือ ไม่ต้องมี GOTS", "hemp_fabric", waives=("GOTS",)),
            N("ผ้าฝ้ายย้อมคราม", "indigo_dyed_cotton_fabric"),
        ),
    ),
    Sme(
        "bpk2-089", "th", "ร้านไทยซิลค์ช็อป สนามบิน", AGE_C, DOWN, "Samut Prakan",
        "thaisilkshop.bkk@gmail.com", (), (),
        (),
        (
            N("ผ้าพันคอไหม สินค้า OTOP เท่านั้น", "silk_scarf", certs=("OTOP",)),
            N("กล่องกระดาษสา ใส่ผ้าพันคอ", "gift_box_packaging"),
            U("เนคไทผ้าไหม ลายช้าง", "silk neckties: no one makes them"),
        ),
    ),
    Sme(
        "bpk2-090", "en", "Korat Silk Village Shop", AGE_I, DOWN, "Nakhon Ratchasima",
        "shop@koratsilkvillage.com", ("OTOP",), (),
        (
            ("Silk table runners and placemats, mudmee pattern", "table_runner"),
            ("Handwoven silk scarves, hand-dyed, gift boxed - best seller at our shop!", "silk_scarf"),
        ),
        (
            N("Silk pha khao ma for gift sets", "pha_khao_ma_silk"),
        ),
    ),
    Sme(
        "bpk2-091", "th", "ร้านผ้าไหมเจ๊หงษ์ ตลาดสดสุรินทร์", AGE_I, DOWN, "Surin",
        "jehong.surinsilk@gmail.com", (), (),
        (),
        (
            N("ผ้าซิ่นตีนจก ไหมทั้งผืน", "teen_jok_silk_fabric"),
        ),
    ),
    Sme(
        "bpk2-092", "en", "FlexFit Supports Co., Ltd.", SPORT, DOWN, "Chonburi",
        "sales@flexfitsupports.com", ("ISO 13485",), (),
        (("Knee and elbow compression sleeves", "compression_support"),),
        (
            N("Wanted: power-stretch knit for knee braces", "power_stretch_fabric"),
            N("Antimicrobial finish on our knitted sleeves", "functional_finishing_service"),
        ),
    ),
    Sme(
        "bpk2-093", "th", "บริษัท แฮปปี้เอจ แฟชั่น จำกัด", AGE_C, DOWN, "Bangkok",
        "happyage.fashion@gmail.com", (), (),
        (("เสื้อผู้สูงอายุ กระดุมแม่เหล็ก ผ้าฝ้ายนุ่ม", "adaptive_garment"),),
        (
            N("โรงงานรับเย็บ (CMT) งานละ 300 ตัว", "cut_and_sew_service"),
        ),
    ),
    Sme(
        "bpk2-094", "en", "Udon Wellness Hospital", AGE_I, DOWN, "Udon Thani",
        "procurement@udonwellness.co.th", ("ISO 9001",), (),
        (),
        (
            N("Herbal compress balls for the Thai massage clinic", "herbal_compress_ball"),
            U("Disposable patient gowns, ISO 13485", "medical disposables: no one in the set", certs=("ISO 13485",)),
        ),
    ),
    Sme(
        "bpk2-095", "th", "ร้านของฝากริมโขงเชียงคาน", AGE_I, DOWN, "Loei",
        "chiangkhan.souvenir@gmail.com", (), (),
        (),
        (
            N("กระเป๋าผ้าทอมือ ใบเล็ก ไม่ต้องเป็นโอทอปก็ได้", "fabric_bag", waives=("OTOP",)),
            N("ใครมีชาใบหม่อนส่งบ้าง ขายนักท่องเที่ยว", "mulberry_tea"),
        ),
    ),
]

# ------------------------------------------------------------------ checks

EXPECTED_IDS = [f"bpk2-{n:03d}" for n in range(1, 96)]
THAI_LETTER = re.compile("[\u0e01-\u0e2e\u0e30-\u0e4e]")
LATIN_LETTER = re.compile("[A-Za-z]")
EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
LATIN_EDGE = "A-Za-z0-9"


def _mention_pattern(phrase: str, flags: int) -> re.Pattern[str]:
    tokens = [re.escape(t) for t in re.split(r"[\s\-.]+", unicodedata.normalize("NFKC", phrase)) if t]
    body = r"[\s.-]*".join(tokens)
    return re.compile(rf"(?<![{LATIN_EDGE}]){body}(?![{LATIN_EDGE}])", flags)


NAMERS = {
    c.name: [_mention_pattern(m, re.IGNORECASE) for m in c.mentions]
    + [_mention_pattern(m, 0) for m in c.case_sensitive_mentions]
    + [re.compile(unicodedata.normalize("NFKC", p)) for p in c.patterns]
    for c in CERTIFICATIONS
}


def named(text: str) -> set[str]:
    """Certifications a text names at all, whether it asks for them, claims them or waives them."""
    norm = unicodedata.normalize("NFKC", text)
    return {name for name, patterns in NAMERS.items() if any(p.search(norm) for p in patterns)}


def thai_share(text: str) -> float:
    thai, latin = len(THAI_LETTER.findall(text)), len(LATIN_LETTER.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def latin_only(text: str) -> bool:
    return all(ch.isascii() for ch in text if ch.isalpha() or not ch.isascii())


def qualified(supplier: Sme, need: Need) -> bool:
    return any(label in need.labels for _, label in supplier.offers) and set(need.certs) <= set(supplier.certs)


def compute_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links = {
        (s.id, b.id)
        for b in smes
        for need in b.needs
        if need.unmet is None
        for s in smes
        if s.id != b.id and qualified(s, need)
    }
    return sorted(links)


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    err = errors.append
    if [s.id for s in smes] != EXPECTED_IDS:
        err("ids must be bpk2-001 ... bpk2-095 in order")
    for field in ("name", "email"):
        values = [getattr(s, field) for s in smes]
        if len(set(values)) != len(values):
            err(f"duplicate {field}")
    subs, stages, tags = {str(v) for v in SubCluster}, {str(v) for v in Stage}, {str(v) for v in BcgTag}
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)
    if set(offered_by) != LABELS:
        err(f"labels never offered: {sorted(LABELS - set(offered_by))}")
    for s in smes:
        where = s.id
        if s.lang not in ("th", "en"):
            err(f"{where}: language {s.lang!r}")
        if s.sub not in subs:
            err(f"{where}: sub-cluster {s.sub!r}")
        if s.stage not in stages:
            err(f"{where}: stage {s.stage!r}")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            err(f"{where}: province {s.province!r}")
        for cert in s.certs:
            if resolve_certification(cert) != cert:
                err(f"{where}: certification {cert!r} is not a canonical name")
        if len(set(s.certs)) != len(s.certs):
            err(f"{where}: repeated certification")
        if not set(s.bcg) <= tags or len(set(s.bcg)) != len(s.bcg):
            err(f"{where}: bcg {s.bcg!r}")
        if not EMAIL.match(s.email):
            err(f"{where}: e-mail {s.email!r}")
        if not 0 <= len(s.offers) <= 4 or not 1 <= len(s.needs) <= 4:
            err(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        phrases = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        for text in phrases:
            if text != text.strip() or not text:
                err(f"{where}: blank or padded phrase {text!r}")
            if s.lang == "th" and thai_share(text) < 0.5:
                err(f"{where}: Thai profile phrase is not mostly Thai: {text!r}")
            if s.lang == "en" and not latin_only(text):
                err(f"{where}: English profile phrase has non-Latin letters: {text!r}")
        for text, label in s.offers:
            if label not in LABELS:
                err(f"{where}: unknown offer label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= set(s.certs):
                err(f"{where}: offer claims {sorted(claimed - set(s.certs))} not held: {text!r}")
        for need in s.needs:
            say = f"{where}: need {need.text!r}"
            if (need.unmet is None) == (not need.labels):
                err(f"{say}: a need has labels exactly when it is met")
            for label in need.labels:
                if label not in LABELS:
                    err(f"{say}: unknown label {label!r}")
                elif not offered_by.get(label, set()) - {s.id}:
                    err(f"{say}: label {label!r} offered by no one else")
            for cert in (*need.certs, *need.waives):
                if resolve_certification(cert) != cert:
                    err(f"{say}: certification {cert!r} is not a canonical name")
            if set(need.certs) & set(need.waives):
                err(f"{say}: a certification both required and waived")
            mentioned = named(need.text)
            if not set(need.certs) | set(need.waives) <= mentioned:
                err(f"{say}: required or waived certification not named in the text")
            if not mentioned <= set(need.certs) | set(need.waives):
                err(f"{say}: names {sorted(mentioned)} but neither requires nor waives them")
            if need.unmet is None and not any(qualified(o, need) for o in smes if o.id != s.id):
                err(f"{say}: no qualified supplier")
            if need.unmet is not None and not need.unmet.strip():
                err(f"{say}: unmet need without a note")
    return errors


def summary(smes: list[Sme], links: list[tuple[str, str]]) -> dict[str, object]:
    by_id = {s.id: s for s in smes}
    needs = [n for s in smes for n in s.needs]
    cross_te = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    cross_et = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    regions: dict[str, int] = {}
    for s in smes:
        province = resolve_province(s.province)
        assert province is not None
        regions[str(province.region)] = regions.get(str(province.region), 0) + 1
    return {
        "profiles": len(smes),
        "th": sum(s.lang == "th" for s in smes),
        "en": sum(s.lang == "en" for s in smes),
        "sub_cluster": {str(v): sum(s.sub == v for s in smes) for v in SubCluster},
        "stage": {str(v): sum(s.stage == v for s in smes) for v in Stage},
        "region": dict(sorted(regions.items())),
        "provinces": len({s.province for s in smes}),
        "offers": sum(len(s.offers) for s in smes),
        "offer_labels": len({label for s in smes for _, label in s.offers}),
        "needs": len(needs),
        "met": sum(n.unmet is None for n in needs),
        "unmet": sum(n.unmet is not None for n in needs),
        "require_cert": sum(bool(n.certs) for n in needs),
        "waive_cert": sum(bool(n.waives) for n in needs),
        "links": len(links),
        "cross_th_to_en": cross_te,
        "cross_en_to_th": cross_et,
        "cross": cross_te + cross_et,
        "cross_pct": round(100 * (cross_te + cross_et) / len(links), 1) if links else 0.0,
        "within_th": sum(1 for a, b in links if by_id[a].lang == by_id[b].lang == "th"),
        "within_en": sum(1 for a, b in links if by_id[a].lang == by_id[b].lang == "en"),
        "across_sub_clusters": sum(1 for a, b in links if by_id[a].sub != by_id[b].sub),
    }


def check_targets(stats: dict[str, object]) -> list[str]:
    errors: list[str] = []
    th, profiles = int(str(stats["th"])), int(str(stats["profiles"]))
    if not 0.60 <= th / profiles <= 0.70:
        errors.append(f"Thai share {th}/{profiles} is not about 65 %")
    if not 140 <= int(str(stats["links"])) <= 180:
        errors.append(f"{stats['links']} links, want 140-180")
    if float(str(stats["cross_pct"])) < 45.0:
        errors.append(f"cross-language links {stats['cross_pct']} %, want at least 45 %")
    if not 15 <= int(str(stats["unmet"])) <= 25:
        errors.append(f"{stats['unmet']} unmet needs, want 15-25")
    if not int(str(stats["require_cert"])) or not int(str(stats["waive_cert"])):
        errors.append("want needs that require a certification and needs that waive one")
    for key in ("sub_cluster", "stage"):
        counts = stats[key]
        assert isinstance(counts, dict)
        if not all(counts.values()):
            errors.append(f"some {key} has no profile: {counts}")
    if int(str(stats["provinces"])) < 30:
        errors.append(f"only {stats['provinces']} provinces")
    return errors


# ------------------------------------------------------------------ output


def profile_line(s: Sme) -> str:
    record = {
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
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def main() -> int:
    errors = check(SMES)
    links = compute_links(SMES)
    stats = summary(SMES, links)
    if not errors:
        errors = check_targets(stats)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    profiles = "".join(profile_line(s) + "\n" for s in SMES)
    (OUT / "profiles.jsonl").write_text(profiles, encoding="utf-8", newline="\n")
    (OUT / "links.csv").write_text(links_csv(links), encoding="utf-8", newline="\n")
    print(json.dumps(stats, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
