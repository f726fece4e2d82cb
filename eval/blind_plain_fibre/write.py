"""Hand-labelled evaluation set "blind_plain_fibre": plain registry entries of a natural-fibre-leaning cluster.

Run from the repository root:  .venv/bin/python eval/blind_plain_fibre/write.py
Checks everything first and writes profiles.jsonl and links.csv only when every check passes.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shared.taxonomy import (
    LANGUAGES,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

H, C, S, AC, AI = (
    "hemp_natural_fibre",
    "circular_textile",
    "sportech",
    "ageing_lifestyle_central",
    "ageing_lifestyle_isan",
)
UP, MID, DOWN = "upstream", "midstream", "downstream"


def Of(text: str, label: str) -> tuple[str, str]:
    """An offer phrase and what the thing is."""
    return (text, label)


def N(text: str, labels: list[str], certs: tuple[str, ...] = ()) -> dict[str, Any]:
    """A need met by any offer carrying one of `labels`, from a supplier holding every cert in `certs`."""
    return {"text": text, "labels": labels, "certs": list(certs), "note": ""}


def W(text: str, labels: list[str], waived: str) -> dict[str, Any]:
    """A need that names a certification only to waive it."""
    return {"text": text, "labels": labels, "certs": [], "note": "", "waives": waived}


def U(text: str, note: str) -> dict[str, Any]:
    """A need no one in the cluster meets."""
    return {"text": text, "labels": [], "certs": [], "note": note}


def P(
    num: int,
    name: str,
    sub: str,
    stage: str,
    province: str,
    lang: str,
    email: str,
    certs: list[str],
    bcg: list[str],
    offers: list[tuple[str, str]],
    needs: list[dict[str, Any]],
) -> dict[str, Any]:
    return {
        "id": f"bpf-{num:03d}",
        "name": name,
        "sub_cluster": sub,
        "stage": stage,
        "province": province,
        "language": lang,
        "contact_email": email,
        "certifications": certs,
        "bcg": bcg,
        "offers": offers,
        "needs": needs,
    }


PROFILES_A: list[dict[str, Any]] = [
    P(
        1,
        "วิสาหกิจชุมชนกลุ่มปลูกกัญชงบ้านแม่สาใหม่",
        H,
        UP,
        "Chiang Mai",
        "th",
        "maesamai.hemp@gmail.com",
        ["Organic Thailand"],
        ["bio"],
        [
            Of("ต้นกัญชงตากแห้งทั้งต้น มัดละ 10 กก.", "hemp_stalk_dried"),
            Of("ใยกัญชงลอกมือ ต้มขี้เถ้าแล้ว พร้อมเข็น", "hemp_fibre_raw"),
        ],
        [
            N("เครื่องลอกเปลือกกัญชง", ["hemp_decorticator_machine"]),
            U("ต้องการเมล็ดพันธุ์กัญชงสายพันธุ์ใยยาว", "hemp seed for fibre varieties"),
        ],
    ),
    P(
        2,
        "กลุ่มแม่บ้านเข็นด้ายกัญชงบ้านห้วยน้ำริน",
        H,
        UP,
        "Tak",
        "th",
        "huaynamrin.group@hotmail.com",
        [],
        ["bio"],
        [
            Of("ด้ายกัญชงเข็นมือ ม้วนละ 100 กรัม", "hemp_yarn_handspun"),
            Of("ผ้าใยกัญชงทอมือ หน้ากว้าง 35 ซม. สีธรรมชาติ ไม่ฟอก", "hemp_fabric_handwoven"),
        ],
        [N("ใยกัญชงดิบ ช่วงหน้าแล้ง", ["hemp_fibre_raw"]), U("ขี้ผึ้งแท้สำหรับเขียนเทียนลายผ้าม้ง", "beeswax for batik drawing")],
    ),
    P(
        3,
        "Hemp Highland Textiles Co., Ltd.",
        H,
        MID,
        "Chiang Mai",
        "en",
        "sales@hemphighland.co.th",
        ["OEKO-TEX Standard 100"],
        ["bio", "green"],
        [
            Of("Machine-spun hemp yarn Nm 10, 1 kg cones", "hemp_yarn_machine"),
            Of("Hemp/cotton canvas 55/45, 150 cm width, greige or dyed", "hemp_fabric_machine"),
        ],
        [
            N("Degummed hemp fibre, min 500 kg per lot", ["hemp_fibre_raw"]),
            N("Piece dyeing for our hemp greige, low-impact reactive", ["fabric_dyeing_service"]),
            N("Organic cotton lint for blending, must be GOTS", ["raw_cotton_organic"], ("GOTS",)),
        ],
    ),
    P(
        4,
        "หจก. ล้านนาเครื่องจักรกลเกษตร",
        H,
        MID,
        "Lampang",
        "th",
        "lannamachine@yahoo.co.th",
        [],
        [],
        [
            Of("เครื่องลอกเปลือกกัญชงและปอ มอเตอร์ 3 แรง", "hemp_decorticator_machine"),
            Of("กี่ทอผ้าไม้สัก แบบพื้นเมือง สั่งทำตามหน้ากว้าง", "handloom"),
            Of("หลาปั่นฝ้าย (ไน) ไม้เนื้อแข็ง พร้อมส่ง", "spinning_wheel"),
            Of("เครื่องทอเสื่อกก กึ่งอัตโนมัติ", "sedge_mat_loom"),
        ],
        [U("หาตัวแทนจำหน่ายเครื่องในภาคอีสาน", "sales agent / distributor")],
    ),
    P(
        5,
        "วิสาหกิจชุมชนฝ้ายอินทรีย์บ้านนาหมื่นศรี",
        H,
        UP,
        "Loei",
        "th",
        "namuensri.cotton@gmail.com",
        ["Organic Thailand"],
        ["bio"],
        [
            Of("ฝ้ายตุ่ยอินทรีย์ อบแห้ง แยกเมล็ดแล้ว", "raw_cotton_organic"),
            Of("ฝ้ายเข็นมือ เส้นใหญ่ สีขาวนวล", "cotton_yarn_handspun"),
        ],
        [N("หาคนสอนย้อมสีธรรมชาติให้สมาชิก", ["natural_dye_training"])],
    ),
    P(
        6,
        "Isan Organic Cotton Network",
        H,
        UP,
        "Udon Thani",
        "en",
        "network@isancotton.org",
        ["Organic Thailand", "GOTS"],
        ["bio"],
        [
            Of("Organic seed cotton, hand-picked, November–January harvest", "raw_cotton_organic"),
            Of("Ginned organic cotton lint, 20 kg bales", "raw_cotton_organic"),
        ],
        [
            N("Hand-cranked cotton gins for member villages", ["cotton_gin_manual"]),
            U("Crop insurance for smallholder cotton growers", "crop insurance"),
        ],
    ),
    P(
        7,
        "ร้านอุปกรณ์ทอผ้าป้าบัวผัน",
        H,
        MID,
        "Khon Kaen",
        "th",
        "buaphan.loom@gmail.com",
        [],
        [],
        [
            Of("อีดฝ้าย (เครื่องหีบเมล็ดฝ้าย) ไม้มะขาม", "cotton_gin_manual"),
            Of("ฟืมทอผ้า ตะกอ กระสวย ครบชุด", "loom_parts"),
            Of("ไนปั่นด้าย ล้อไม้ไผ่", "spinning_wheel"),
        ],
        [],
    ),
    P(
        8,
        "กลุ่มเลี้ยงไหมบ้านโนนเขวา",
        H,
        UP,
        "Surin",
        "th",
        "nonkhwao.silk@gmail.com",
        [],
        ["bio"],
        [
            Of("รังไหมพันธุ์ไทยพื้นบ้าน สีเหลือง ขายเป็นกิโล", "silk_cocoon"),
            Of("เส้นไหมน้อยสาวมือ ฟอกแล้ว", "silk_yarn"),
        ],
        [N("ใบหม่อนสด ช่วงหน้าแล้ง วันละ 50 กก.", ["mulberry_leaf"])],
    ),
    P(
        9,
        "ศูนย์หม่อนไหมชุมชนพุทไธสง",
        H,
        UP,
        "Buriram",
        "th",
        "phutthaisong.mulberry@gmail.com",
        [],
        ["bio"],
        [
            Of("ใบหม่อนสด ตัดส่งทุกเช้า", "mulberry_leaf"),
            Of("ไข่ไหมพันธุ์นางน้อย แผ่นละ 300 บาท", "silkworm_eggs"),
            Of("ชาใบหม่อนอบแห้ง", "mulberry_tea"),
        ],
        [U("รถกระบะห้องเย็นมือสอง", "refrigerated pickup truck")],
    ),
    P(
        10,
        "Chonnabot Silk Weavers Co-op",
        H,
        MID,
        "Khon Kaen",
        "en",
        "chonnabot.silk@gmail.com",
        ["Thai Silk Peacock Emblem", "OTOP"],
        [],
        [
            Of("Handwoven mudmee silk, 4 m lengths, Peacock Emblem gold", "silk_fabric_handwoven"),
            Of("Silk scarves with tie-dyed ikat pattern", "scarf_silk"),
        ],
        [
            N("Reeled Thai silk yarn, native breed, degummed", ["silk_yarn"]),
            N("Lac and ebony for natural red and black", ["lac_dye", "natural_dye_wood_bark"]),
            N("Export marketing support for EU buyers", ["marketing_service"]),
        ],
    ),
    P(
        11,
        "กลุ่มทอผ้าไหมมัดหมี่บ้านหนองบัวแดง",
        H,
        MID,
        "Chaiyaphum",
        "th",
        "nongbuadaeng.mudmee@gmail.com",
        ["Thai Silk Peacock Emblem"],
        [],
        [
            Of("ผ้าไหมมัดหมี่ทอมือ ลายโบราณ ยาว 2 เมตร", "silk_fabric_handwoven"),
            Of("รับทอผ้าไหมจากเส้นไหมของลูกค้า", "weaving_service"),
        ],
        [
            W("ไหมเส้นยืนพร้อมทอ ไม่ต้องมีตรานกยูง", ["silk_yarn"], "Thai Silk Peacock Emblem"),
            N("ครั่งดิบ ใช้ย้อมแดง", ["lac_dye"]),
        ],
    ),
    P(
        12,
        "วิสาหกิจชุมชนครั่งบ้านดงมะไฟ",
        H,
        UP,
        "Sakon Nakhon",
        "th",
        "dongmafai.lac@gmail.com",
        [],
        ["bio"],
        [
            Of("ครั่งดิบเลี้ยงบนต้นจามจุรี", "lac_dye"),
            Of("แก่นขนุน เปลือกประดู่ สับเป็นชิ้น", "natural_dye_wood_bark"),
        ],
        [N("ต้องการคนสอนทำตลาดออนไลน์", ["marketing_service", "online_marketing_training"])],
    ),
    P(
        13,
        "กลุ่มผ้าย้อมครามบ้านพังขว้าง",
        H,
        MID,
        "Sakon Nakhon",
        "th",
        "phangkhwang.indigo@gmail.com",
        ["OTOP"],
        ["bio", "green"],
        [
            Of("ผ้าฝ้ายย้อมครามทอมือ ลายขิด", "indigo_dyed_fabric"),
            Of("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 20 เมตร", "indigo_dyeing_service"),
            Of("สอนย้อมครามแบบตั้งหม้อ 2 วัน", "natural_dye_training"),
        ],
        [N("เนื้อครามเปียก ปีละ 2 ตัน", ["indigo_paste"])],
    ),
    P(
        14,
        "วิสาหกิจชุมชนปลูกครามบ้านนาดี",
        H,
        UP,
        "Sakon Nakhon",
        "th",
        "nadee.khram@gmail.com",
        ["Organic Thailand"],
        ["bio"],
        [
            Of("เนื้อครามหมักพร้อมก่อหม้อ ถังละ 20 กก.", "indigo_paste"),
            Of("ต้นครามสดตัดส่งตามออเดอร์ ก.ค.-ต.ค.", "indigo_plant_fresh"),
        ],
        [N("น้ำขี้เถ้าหรือปูนแดงสำหรับก่อหม้อ", ["mordant_alkali"]), U("โรงเรือนตากคราม ขอทุนสนับสนุน", "grant for a drying shed")],
    ),
    P(
        15,
        "Mae Chaem Indigo Studio",
        H,
        MID,
        "Chiang Mai",
        "en",
        "hello@maechaemindigo.com",
        [],
        ["bio"],
        [
            Of("Indigo vat dyeing for your own garments and yardage", "indigo_dyeing_service"),
            Of("Shibori and indigo workshop, half day, up to 12 people", "natural_dye_training"),
        ],
        [
            N("Fermented indigo paste from northern hill growers, Hom", ["indigo_paste"]),
            N("Undyed handspun cotton yarn, skeins", ["cotton_yarn_handspun"]),
            N("Small studio loan for a new vat room", ["sme_loan"]),
        ],
    ),
    P(
        16,
        "หจก. แพร่หม้อห้อมพัฒนา",
        H,
        DOWN,
        "Phrae",
        "th",
        "morhom.phrae@gmail.com",
        ["OTOP"],
        [],
        [
            Of("เสื้อหม้อห้อมคอจีน ผู้ใหญ่ ไซซ์ S-3XL", "indigo_shirt"),
            Of("ผ้าหม้อห้อมเมตร พิมพ์ลายเทียน", "indigo_dyed_fabric"),
        ],
        [
            N("ต้นห้อมสดหรือห้อมเปียก", ["indigo_paste", "indigo_plant_fresh"]),
            N("ผ้าฝ้ายดิบหน้ากว้าง 1.1 ม. ยังไม่ย้อม", ["cotton_fabric_greige"]),
        ],
    ),
    P(
        17,
        "บจก. สยามคอตตอนมิลล์",
        H,
        MID,
        "Samut Prakan",
        "th",
        "sales@siamcottonmill.co.th",
        ["OEKO-TEX Standard 100", "ISO 9001"],
        [],
        [
            Of("ผ้าฝ้ายดิบ (greige) หน้ากว้าง 44 นิ้ว ม้วนละ 100 หลา", "cotton_fabric_greige"),
            Of("ด้ายฝ้าย Ne 20/1 คอมบ์ ลูกละ 1.89 กก. ราคาโรงงาน คุณภาพส่งออก", "cotton_yarn_machine"),
            Of("ผ้าคอตตอนสแปนเด็กซ์ย้อมสี", "cotton_fabric_dyed"),
            Of("รับปั่นด้ายจากเส้นใยของลูกค้า ขั้นต่ำ 1 ตัน", "spinning_service"),
        ],
        [
            N("เศษด้ายฝ้ายจากโรงปั่นอื่นเพื่อรีไซเคิล", ["cotton_yarn_waste"]),
            N("ฝ้ายอินทรีย์ต้องได้ GOTS เท่านั้น", ["raw_cotton_organic"], ("GOTS",)),
        ],
    ),
    P(
        18,
        "วิสาหกิจชุมชนทอผ้าฝ้ายบ้านดอนหลวง",
        H,
        MID,
        "Lamphun",
        "th",
        "donluang.weave@gmail.com",
        ["OTOP"],
        [],
        [
            Of("ผ้าฝ้ายทอมือ ลายน้ำไหล หน้ากว้าง 1 ม.", "cotton_fabric_handwoven"),
            Of("ผ้าพันคอฝ้ายทอมือ ย้อมมะเกลือ", "scarf_cotton"),
        ],
        [
            N("ด้ายฝ้ายโรงงานเบอร์ 20 สีขาว", ["cotton_yarn_machine"]),
            N("นักออกแบบช่วยทำคอลเลกชันใหม่", ["product_design_service"]),
        ],
    ),
    P(
        19,
        "Ban Rai Kapok Farm",
        H,
        UP,
        "Uthai Thani",
        "en",
        "banraikapok@gmail.com",
        [],
        ["bio"],
        [
            Of("Kapok floss, seeds removed, 5 kg sacks, Line @banraikapok", "kapok_fibre"),
            Of("Whole kapok pods, dried, by the truckload", "kapok_pods"),
        ],
        [U("Buyer for kapok seed oil cake", "outlet for a by-product")],
    ),
    P(
        20,
        "ร้านที่นอนนุ่นป้าสมจิต",
        AC,
        DOWN,
        "Ang Thong",
        "th",
        "somjit.noon@gmail.com",
        [],
        ["bio"],
        [Of("หมอนนุ่นแท้ ปลอกผ้าฝ้าย", "kapok_pillow"), Of("ที่นอนนุ่นพับ 3 ตอน", "kapok_mattress")],
        [N("นุ่นยัดหมอน แยกเมล็ดแล้ว", ["kapok_fibre"])],
    ),
    P(
        21,
        "วิสาหกิจชุมชนเส้นใยกล้วยบ้านคลองน้ำไหล",
        H,
        UP,
        "Kamphaeng Phet",
        "th",
        "banana.fibre.kp@gmail.com",
        [],
        ["bio", "circular"],
        [Of("เส้นใยจากกาบกล้วยน้ำว้า ตากแห้ง", "banana_fibre"), Of("กระดาษใยกล้วยทำมือ", "banana_paper")],
        [N("ต้องการเครื่องขูดใยกล้วย", ["fibre_scraping_machine"]), N("ขอกู้เงินดอกเบี้ยต่ำซื้อเครื่อง", ["sme_loan"])],
    ),
    P(
        22,
        "Trang Pineapple Leaf Fibre Co., Ltd.",
        H,
        UP,
        "Trang",
        "en",
        "info@pinafibre.co.th",
        [],
        ["bio", "circular"],
        [
            Of("Pineapple leaf fibre (PALF), degummed, long staple", "pineapple_fibre"),
            Of("Decorticating machine for leaf fibres, made to order", "fibre_scraping_machine"),
        ],
        [
            N("Pineapple leaves after harvest, free pick-up from farms", ["pineapple_leaf_waste"]),
            N("Spinning partner for PALF/cotton blend yarn", ["spinning_service"]),
        ],
    ),
    P(
        23,
        "สวนสับปะรดลุงเฉลิม",
        H,
        UP,
        "Prachuap Khiri Khan",
        "th",
        "chaloem.pineapple@gmail.com",
        [],
        ["circular"],
        [Of("ใบสับปะรดหลังเก็บผล ให้ฟรี มารับเอง", "pineapple_leaf_waste")],
        [],
    ),
    P(
        24,
        "กลุ่มทอผ้าใยบัวบ้านบึงบอระเพ็ด",
        H,
        MID,
        "Nakhon Sawan",
        "th",
        "lotus.weave.ns@gmail.com",
        [],
        ["bio"],
        [Of("เส้นใยบัวสาวมือจากก้านบัว", "lotus_fibre"), Of("ผ้าพันคอใยบัวผสมไหม งานทำมือ", "scarf_lotus")],
        [N("เส้นไหมบางสำหรับผสมใยบัว", ["silk_yarn"]), N("ช่วยถ่ายรูปสินค้าขึ้นร้านออนไลน์", ["marketing_service"])],
    ),
    P(
        25,
        "บจก. แบมบูเท็กซ์ไทล์ (ประเทศไทย)",
        H,
        MID,
        "Prachinburi",
        "th",
        "contact@bambootex.co.th",
        ["OEKO-TEX Standard 100", "FSC"],
        ["bio"],
        [
            Of("ผ้ายืดเรยอนจากไผ่ (bamboo viscose) 180 แกรม", "bamboo_knit_fabric"),
            Of("ด้ายไผ่ผสมฝ้าย 70/30 เบอร์ 30", "bamboo_yarn"),
        ],
        [
            N("ลำไผ่จากป่าปลูกที่ได้ FSC เท่านั้น", ["bamboo_culm"], ("FSC",)),
            N("รับเคลือบแอนตี้แบคทีเรียบนผ้าถักของเรา", ["antibacterial_finishing_service"]),
        ],
    ),
    P(
        26,
        "วิสาหกิจชุมชนไผ่บ้านแม่ทา",
        H,
        UP,
        "Lampang",
        "th",
        "maetha.bamboo@gmail.com",
        [],
        ["bio", "green"],
        [Of("ลำไผ่รวกตัดสด ส่งโรงงาน", "bamboo_culm"), Of("ตะกร้าไผ่สาน", "bamboo_basket")],
        [U("ขอคำปรึกษาทำใบรับรอง FSC", "FSC certification consulting")],
    ),
    P(
        27,
        "วิสาหกิจชุมชนกกบ้านโนนค้อ",
        H,
        UP,
        "Roi Et",
        "th",
        "nonkho.sedge@gmail.com",
        [],
        ["bio"],
        [
            Of("ต้นกกย้อมสีตากแห้ง มัดละ 1 กก.", "sedge_dried"),
            Of("เสื่อกกทอมือลายขิด ขนาด 150x200", "sedge_mat"),
        ],
        [N("สีย้อมกกสีเคมีไม่ตก", ["synthetic_dye"]), N("เครื่องทอเสื่อกกแบบกึ่งอัตโนมัติ", ["sedge_mat_loom"])],
    ),
    P(
        28,
        "หจก. จันทบูรเสื่อจันทบูร",
        H,
        DOWN,
        "Chanthaburi",
        "th",
        "chanthabun.mat@gmail.com",
        ["OTOP"],
        [],
        [Of("เสื่อกกจันทบูร พับได้ พร้อมกระเป๋า", "sedge_mat"), Of("กระเป๋าเสื่อกกทรงโท้ท", "sedge_bag")],
        [N("กกจันทบูรสดหรือแห้ง ผ่าเส้นแล้ว", ["sedge_dried"]), N("ผ้าซับในกระเป๋า ผ้าฝ้ายย้อมสี", ["cotton_fabric_dyed"])],
    ),
    P(
        29,
        "Thai Color Chem Trading Ltd.",
        S,
        MID,
        "Samut Sakhon",
        "en",
        "sales@thaicolorchem.com",
        ["ISO 9001", "bluesign"],
        [],
        [
            Of("Reactive and disperse dyes, 25 kg drums", "synthetic_dye"),
            Of("Acid dyes for sedge and straw, small packs 500 g", "synthetic_dye"),
            Of("Alum (potassium aluminium sulphate), technical grade", "mordant_alum"),
        ],
        [U("Warehouse space near Laem Chabang", "warehouse lease")],
    ),
    P(
        30,
        "กลุ่มผักตบชวาบ้านบางหลวง",
        C,
        UP,
        "Nakhon Pathom",
        "th",
        "bangluang.hyacinth@gmail.com",
        [],
        ["bio", "circular"],
        [
            Of("ผักตบชวาตากแห้ง ผ่าซีก ยาว 60 ซม.", "water_hyacinth_dried"),
            Of("เชือกถักผักตบ ม้วนละ 50 เมตร", "water_hyacinth_rope"),
        ],
        [N("รับซื้อเครื่องรีดเส้นผักตบ", ["fibre_scraping_machine"])],
    ),
    P(
        31,
        "Siam Hyacinth Home Decor",
        C,
        DOWN,
        "Ayutthaya",
        "en",
        "order@siamhyacinth.com",
        [],
        ["circular"],
        [
            Of("Water hyacinth storage baskets, sets of 3", "water_hyacinth_basket"),
            Of("Hyacinth floor cushions", "water_hyacinth_cushion"),
        ],
        [
            N("Dried water hyacinth stems, 2 tons a month", ["water_hyacinth_dried"]),
            N("Braided hyacinth cord", ["water_hyacinth_rope"]),
            U("Freight forwarder for LCL to Australia", "logistics"),
        ],
    ),
    P(
        32,
        "ร้านวัสดุย้อมสีธรรมชาติบ้านครูนิด",
        H,
        UP,
        "Chiang Rai",
        "th",
        "kru.nid.dye@gmail.com",
        ["Organic Thailand"],
        ["bio"],
        [
            Of("สารส้มก้อน ล้างแล้ว กิโลละ 60 บาท", "mordant_alum"),
            Of("เปลือกประโหด ใบสัก เปลือกมะพร้าว สำหรับย้อม", "natural_dye_wood_bark"),
            Of("ผงสีย้อมธรรมชาติสกัด ขมิ้น คำแสด", "natural_dye_extract"),
        ],
        [N("น้ำด่างขี้เถ้า หรือปูนขาว", ["mordant_alkali"])],
    ),
    P(
        33,
        "ปูนแดงแม่อุไร",
        H,
        UP,
        "Nan",
        "th",
        "urai.poon@gmail.com",
        [],
        [],
        [
            Of("ปูนแดงทำเอง ใช้ก่อหม้อครามได้", "mordant_alkali"),
            Of("ขี้เถ้าไม้ร่อนละเอียด ถุงละ 5 กก.", "mordant_alkali"),
        ],
        [],
    ),
    P(
        34,
        "Nan Natural Dye House",
        H,
        MID,
        "Nan",
        "en",
        "nandyehouse@gmail.com",
        [],
        ["bio"],
        [
            Of("Plant-dyed cotton yarn, 40 colours from local bark", "cotton_yarn_dyed_natural"),
            Of("Natural dyeing of customer fabric, small lots", "natural_dyeing_service"),
        ],
        [
            N("Cotton yarn for dyeing, handspun or mill, undyed", ["cotton_yarn_handspun", "cotton_yarn_machine"]),
            N("Dye barks and heartwood, steady supply", ["natural_dye_wood_bark"]),
            N("Alum mordant, food grade or clean", ["mordant_alum"]),
        ],
    ),
]

PROFILES_B: list[dict[str, Any]] = [
    P(
        35,
        "บจก. กรีนไฟเบอร์รีไซเคิล",
        C,
        UP,
        "Rayong",
        "th",
        "greenfibre.rayong@gmail.com",
        ["GRS"],
        ["circular"],
        [
            Of("เส้นใยโพลีเอสเตอร์รีไซเคิลจากขวด PET 1.5D", "recycled_polyester_fibre"),
            Of("เกล็ด PET ใส ล้างแล้ว", "pet_flakes"),
        ],
        [
            N("ขวดพลาสติกใส PET อัดก้อน ทุกจำนวน", ["pet_bottles_baled"]),
            U("ช่วยทำเอกสารต่ออายุใบรับรอง GRS", "certification consulting"),
        ],
    ),
    P(
        36,
        "ร้านรับซื้อของเก่าเจ๊หมวย",
        C,
        UP,
        "Chonburi",
        "th",
        "muay.recycle@gmail.com",
        [],
        ["circular"],
        [
            Of("ขวด PET อัดก้อน ก้อนละ 200 กก. คัดสีแล้ว โทร 081-234-5678", "pet_bottles_baled"),
            Of("เสื้อผ้ามือสอง คละไซซ์ ขายยกกระสอบ", "used_clothing"),
        ],
        [U("รถตักมือสอง", "used forklift")],
    ),
    P(
        37,
        "EcoThread Yarn Co., Ltd.",
        C,
        MID,
        "Chachoengsao",
        "en",
        "sales@ecothread.co.th",
        ["GRS", "OEKO-TEX Standard 100"],
        ["circular"],
        [
            Of("Recycled polyester filament yarn 75D/72F, GRS", "recycled_polyester_yarn"),
            Of("Recycled cotton/rPET blended yarn Ne 16 for denim", "recycled_cotton_blend_yarn"),
        ],
        [
            N("rPET staple fibre, GRS certified", ["recycled_polyester_fibre"], ("GRS",)),
            N("Shredded cotton from pre-consumer cutting waste", ["recycled_cotton_fibre"]),
            N("Clean PET flakes, hot-washed", ["pet_flakes"]),
        ],
    ),
    P(
        38,
        "โรงงานรีไซเคิลผ้าวนซ้ำ",
        C,
        MID,
        "Samut Sakhon",
        "th",
        "wonsam.recycle@gmail.com",
        ["RCS"],
        ["circular"],
        [
            Of("ใยฝ้ายรีไซเคิลจากเศษผ้าตัด ตีเป็นปุย", "recycled_cotton_fibre"),
            Of("รับตีเศษผ้าของโรงงานลูกค้าเป็นใย คิดค่าจ้างต่อกิโล", "textile_shredding_service"),
        ],
        [N("เศษผ้าตัดฝ้าย 100% แยกสี เดือนละ 10 ตัน", ["cutting_waste_cotton"])],
    ),
    P(
        39,
        "บจก. การ์เมนต์สยามเอ็กซ์ปอร์ต",
        C,
        DOWN,
        "Samut Prakan",
        "th",
        "purchasing@siamgarmentexp.co.th",
        ["ISO 9001", "OEKO-TEX Standard 100"],
        [],
        [
            Of("เศษผ้าตัดฝ้ายจากโรงตัด คัดสีแล้ว ขายเหมา", "cutting_waste_cotton"),
            Of("เศษผ้าโพลีเอสเตอร์ผสม คละสี", "cutting_waste_mixed"),
            Of("รับตัดเย็บ OEM เสื้อยืด ขั้นต่ำ 3,000 ตัว", "sewing_service"),
        ],
        [
            N("ด้ายโพลีเอสเตอร์รีไซเคิลมี GRS สำหรับลูกค้ายุโรป", ["recycled_polyester_yarn"], ("GRS",)),
            N("ผ้าคอตตอนย้อมสีพร้อมตัด มีโอเคเท็กซ์", ["cotton_fabric_dyed"], ("OEKO-TEX Standard 100",)),
        ],
    ),
    P(
        40,
        "ศูนย์คัดแยกเสื้อผ้ามือสอง เซคันด์ไลฟ์",
        C,
        UP,
        "Pathum Thani",
        "th",
        "ops@secondlife.co.th",
        [],
        ["circular"],
        [
            Of("เสื้อผ้ามือสองคัดเกรด A ขายเป็นกิโล", "used_clothing"),
            Of("ผ้าเก่าใส่ต่อไม่ได้ อัดก้อนส่งรีไซเคิล", "post_consumer_textile_waste"),
        ],
        [N("รับบริจาคเสื้อผ้าเก่าจากตู้รับบริจาค", ["used_clothing"]), N("เครื่องอัดก้อนผ้า", ["baling_press"])],
    ),
    P(
        41,
        "อัพไซเคิลยีนส์ สตูดิโอ",
        C,
        DOWN,
        "Bangkok",
        "th",
        "studio@upcycledenim.co",
        [],
        ["circular"],
        [
            Of("กระเป๋าและผ้ากันเปื้อนจากกางเกงยีนส์เก่า", "upcycled_bag"),
            Of("แจ็คเก็ตยีนส์ปะต่อ ชิ้นเดียวในโลก", "upcycled_garment"),
        ],
        [
            N("กางเกงยีนส์เก่า ไซซ์ไหนก็ได้ ซักแล้ว", ["used_clothing"]),
            N("คนทำคอนเทนต์ไอจีและเล่าเรื่องแบรนด์", ["marketing_service"]),
        ],
    ),
    P(
        42,
        "วิสาหกิจชุมชนเย็บผ้าเหลือใช้บ้านคลองสาม",
        C,
        DOWN,
        "Pathum Thani",
        "th",
        "klongsam.sew@gmail.com",
        [],
        ["circular"],
        [
            Of("พรมเช็ดเท้าจากเศษผ้า ถักมือ", "rag_rug"),
            Of("รับเย็บกระเป๋าผ้าตามแบบ จำนวนน้อยก็รับ", "bag_sewing_service"),
        ],
        [N("เศษผ้ายืดหรือผ้าเหลือจากโรงงาน ฟรีหรือราคาถูก", ["cutting_waste_cotton", "cutting_waste_mixed"])],
    ),
    P(
        43,
        "หจก. จักรเย็บผ้าเจริญกิจ",
        C,
        MID,
        "Bangkok",
        "th",
        "jaroenkit.sewing@gmail.com",
        [],
        [],
        [
            Of("จักรเย็บผ้าอุตสาหกรรม จักรพ้ง จักรโพ้ง มือหนึ่งและมือสอง", "sewing_machine"),
            Of("เครื่องอัดก้อนเศษผ้าไฮดรอลิก", "baling_press"),
            Of("ซ่อมจักรถึงที่", "machine_repair_service"),
        ],
        [U("ช่างซ่อมจักรประจำร้าน", "hiring a mechanic")],
    ),
    P(
        44,
        "Thai Sport Knit Co., Ltd.",
        S,
        MID,
        "Samut Prakan",
        "en",
        "sales@thaisportknit.com",
        ["bluesign", "OEKO-TEX Standard 100"],
        [],
        [
            Of("Moisture-wicking polyester interlock, 140 gsm", "sport_knit_fabric"),
            Of("Recycled polyester mesh for jersey linings", "sport_knit_fabric"),
        ],
        [
            N("Recycled polyester DTY yarn, GRS", ["recycled_polyester_yarn"], ("GRS",)),
            N("Sublimation printing on rolls", ["sublimation_printing_service"]),
        ],
    ),
    P(
        45,
        "บจก. สปอร์ตพริ้นท์ ซับลิเมชั่น",
        S,
        MID,
        "Nonthaburi",
        "th",
        "sportprint.sub@gmail.com",
        [],
        [],
        [
            Of("รับพิมพ์ซับลิเมชั่นผ้ากีฬา ทั้งม้วนและชิ้นตัด", "sublimation_printing_service"),
            Of("รับสกรีนเสื้อ ขั้นต่ำ 50 ตัว", "screen_printing_service"),
        ],
        [
            N("ผ้าดรายฟิตขาวสำหรับพิมพ์", ["sport_knit_fabric"]),
            U("กระดาษและหมึกซับลิเมชั่น", "sublimation ink and transfer paper"),
        ],
    ),
    P(
        46,
        "Andaman Sportswear",
        S,
        DOWN,
        "Phuket",
        "en",
        "team@andamansports.com",
        [],
        ["green"],
        [
            Of("Custom running jerseys and football kits, 7-day turnaround", "sportswear_jersey"),
            Of("Rash guards for surf schools", "sportswear_swim"),
        ],
        [
            N("Dri-fit fabric, recycled content preferred, bluesign", ["sport_knit_fabric"], ("bluesign",)),
            N("Cut-make-trim for jerseys, 1,000 pcs per month", ["sewing_service"]),
            N("All-over sublimation", ["sublimation_printing_service"]),
        ],
    ),
    P(
        47,
        "ร้านกีฬาโคราชสปอร์ต",
        S,
        DOWN,
        "Nakhon Ratchasima",
        "th",
        "koratsport@gmail.com",
        [],
        [],
        [Of("ชุดกีฬาสีทีมโรงเรียน", "sportswear_jersey")],
        [N("เสื้อกีฬาสำเร็จรูปสั่งทำ ส่งทันงานกีฬาสี ธ.ค.", ["sportswear_jersey"]), N("ถุงเท้ากีฬาข้อสั้น", ["sport_socks"])],
    ),
    P(
        48,
        "Chiang Mai Trail Gear",
        S,
        DOWN,
        "Chiang Mai",
        "en",
        "hi@cmtrailgear.com",
        [],
        ["bio"],
        [
            Of("Hemp-blend trail running shirts", "sportswear_jersey"),
            Of("Hiking socks, merino and bamboo", "sport_socks"),
        ],
        [
            N("Hemp yarn, machine spun, for knitting", ["hemp_yarn_machine"]),
            N("Hand-woven hemp strips for bag trims and straps", ["hemp_fabric_handwoven"]),
            N("Waterproof coating for daypack fabric", ["waterproof_coating_service"]),
        ],
    ),
    P(
        49,
        "บจก. เทคนิคอลโค้ทติ้ง",
        S,
        MID,
        "Chonburi",
        "th",
        "techcoat.th@gmail.com",
        ["ISO 9001"],
        [],
        [
            Of("รับเคลือบกันน้ำ PU/TPU บนผ้าของลูกค้า", "waterproof_coating_service"),
            Of("รับเคลือบสารต้านแบคทีเรีย ผ้าม้วน", "antibacterial_finishing_service"),
        ],
        [N("ผ้าทอโพลีเอสเตอร์ 600D สำหรับเคลือบขาย", ["polyester_woven_fabric"])],
    ),
    P(
        50,
        "โรงงานถุงเท้าสุโขทัย",
        S,
        MID,
        "Sukhothai",
        "th",
        "factory@sukhothaisocks.com",
        [],
        [],
        [
            Of("ถุงเท้ากีฬาพื้นหนา รับผลิต OEM", "sport_socks"),
            Of("ถุงเท้าผู้ป่วยเบาหวาน ไร้ตะเข็บ ขอบไม่รัด", "diabetic_socks"),
        ],
        [
            N("เส้นด้ายใยไผ่ผสม สำหรับถักถุงเท้า", ["bamboo_yarn"]),
            W("ด้ายโพลีเอสเตอร์รีไซเคิล ไม่จำเป็นต้องมี GRS", ["recycled_polyester_yarn"], "GRS"),
        ],
    ),
    P(
        51,
        "บจก. ไทยเว็บบิ้ง",
        S,
        MID,
        "Samut Sakhon",
        "th",
        "thaiwebbing@gmail.com",
        [],
        [],
        [
            Of("สายกระเป๋าเว็บบิ้ง PP กว้าง 1-2 นิ้ว", "webbing_strap"),
            Of("ผ้าทอโพลีเอสเตอร์ 600D ดิบ", "polyester_woven_fabric"),
        ],
        [N("เส้นด้ายโพลีเอสเตอร์รีไซเคิล", ["recycled_polyester_yarn"])],
    ),
    P(
        52,
        "หจก. โยคะไทยแมท",
        S,
        DOWN,
        "Chiang Rai",
        "th",
        "yogathai.mat@gmail.com",
        [],
        ["bio"],
        [Of("เสื่อโยคะผ้าฝ้ายทอมือ ม้วนพกได้", "yoga_mat_woven"), Of("ถุงใส่เสื่อโยคะผ้ากัญชง", "hemp_bag")],
        [N("ผ้ากัญชงทอมือ สำหรับถุงเสื่อ", ["hemp_fabric_handwoven"])],
    ),
    P(
        53,
        "ร้านเมืองเก่ากระเป๋าผ้า",
        H,
        DOWN,
        "Chiang Mai",
        "th",
        "muangkao.bag@gmail.com",
        [],
        ["bio"],
        [Of("กระเป๋าผ้ากัญชงปักมือ ทรงย่าม", "hemp_bag"), Of("ย่ามผ้าฝ้ายย้อมคราม", "cotton_bag")],
        [N("ผ้าใยกัญชงพื้นเมือง ม้วนละ 10 ม.", ["hemp_fabric_handwoven"]), N("สายกระเป๋าผ้าเว็บบิ้ง", ["webbing_strap"])],
    ),
    P(
        54,
        "Pattani Batik Collective",
        H,
        MID,
        "Pattani",
        "en",
        "pattanibatik@gmail.com",
        ["Halal"],
        [],
        [
            Of("Hand-drawn batik sarongs on cotton", "batik_sarong"),
            Of("Batik painting on customer's silk, by the piece", "batik_service"),
        ],
        [
            N("Plain white cotton cloth for batik, not yet dyed", ["cotton_fabric_greige"]),
            N("Beginner batik and natural dye training for youth", ["natural_dye_training"]),
        ],
    ),
    P(
        55,
        "Songkhla Lake Sedge Craft",
        H,
        DOWN,
        "Phatthalung",
        "en",
        "sedgecraft.ptl@gmail.com",
        ["OTOP"],
        ["bio"],
        [Of("Krajood sedge tote bags", "sedge_bag"), Of("Woven sedge table mats and coasters", "sedge_table_mat")],
        [
            N("Dried krajood, split and flattened", ["krajood_dried"]),
            N("Cotton lining fabric, plant-dyed", ["indigo_dyed_fabric", "cotton_fabric_dyed_natural"]),
        ],
    ),
    P(
        56,
        "วิสาหกิจชุมชนกระจูดทะเลน้อย",
        H,
        UP,
        "Phatthalung",
        "th",
        "thalenoi.krajood@gmail.com",
        [],
        ["bio"],
        [Of("กระจูดตากแห้ง ทุบแบน พร้อมสาน", "krajood_dried")],
        [N("สีย้อมกระจูด สีเคมี", ["synthetic_dye"]), U("ขอเครื่องอบแห้งพลังงานแสงอาทิตย์", "solar dryer")],
    ),
]

PROFILES_C: list[dict[str, Any]] = [
    P(
        57,
        "บจก. เมดิเท็กซ์ ไทยแลนด์",
        AC,
        MID,
        "Nonthaburi",
        "th",
        "meditex.th@gmail.com",
        ["ISO 13485", "Thai FDA"],
        [],
        [
            Of("ผ้าเคลื่อนย้ายผู้ป่วย (ผ้าสไลด์) ลื่นสองหน้า รับน้ำหนัก 150 กก.", "patient_transfer_sheet"),
            Of("ผ้ารองกันเปื้อนซักได้ 4 ชั้น ซับน้ำ", "washable_underpad"),
            Of("ชุดผู้ป่วยผ้าฝ้าย เปิดหลัง", "patient_gown"),
        ],
        [N("ผ้าทอลื่นไนลอนพาราชูต", ["nylon_slide_fabric"]), N("ผ้าฝ้ายทอโรงงานย้อมสี ใช้ทำชุดผู้ป่วย", ["cotton_fabric_dyed"])],
    ),
    P(
        58,
        "โรงพยาบาลชุมชนบ้านไผ่",
        AI,
        DOWN,
        "Khon Kaen",
        "th",
        "supply.banphai@moph.go.th",
        [],
        [],
        [],
        [
            N("ผ้ายกตัวผู้ป่วย 40 ผืน ต้องมี อย. ส่งภายใน 30 ก.ย. 68", ["patient_transfer_sheet"], ("Thai FDA",)),
            N("ผ้าปูเตียงผู้ป่วยสีขาว ผ้าคอตตอน 100%", ["bed_sheet_hospital"]),
            N("แผ่นรองซับผู้ใหญ่แบบใช้แล้วทิ้ง", ["disposable_underpad"]),
        ],
    ),
    P(
        59,
        "Bangkok Care Home Co., Ltd.",
        AC,
        DOWN,
        "Bangkok",
        "en",
        "procure@bkkcarehome.com",
        [],
        [],
        [],
        [
            N("Adult diapers, tape type, size L, 300 packs a month", ["adult_diaper_disposable"]),
            N("Washable bed pads for 60 residents", ["washable_underpad"]),
            N("Slide sheets for moving residents, with Thai FDA", ["patient_transfer_sheet"], ("Thai FDA",)),
            N("Easy-dress clothing for residents with limited mobility", ["adaptive_clothing"]),
        ],
    ),
    P(
        60,
        "บจก. แคร์ฮาย ไฮจีน",
        AC,
        MID,
        "Pathum Thani",
        "th",
        "carehygiene.th@gmail.com",
        ["ISO 13485", "Thai FDA"],
        [],
        [
            Of("ผ้าอ้อมผู้ใหญ่แบบเทป ไซซ์ M-XL", "adult_diaper_disposable"),
            Of("แผ่นรองซับใช้ครั้งเดียว 60x90 ซม.", "disposable_underpad"),
        ],
        [U("ตัวแทนขายโรงพยาบาลภาคใต้", "sales agent")],
    ),
    P(
        61,
        "Isan Senior Living Foundation",
        AI,
        DOWN,
        "Udon Thani",
        "en",
        "foundation@isansenior.org",
        [],
        [],
        [],
        [
            N("Adult pull-up pants, bulk for home-care volunteers", ["adult_diaper_disposable"]),
            N("Kapok pillows for bedridden elders, no chemical foam", ["kapok_pillow"]),
            N("Herbal hot compress balls for elder massage sessions", ["herbal_compress"]),
        ],
    ),
    P(
        62,
        "วิสาหกิจชุมชนลูกประคบสมุนไพรบ้านหนองแวง",
        AI,
        DOWN,
        "Maha Sarakham",
        "th",
        "nongwaeng.herb@gmail.com",
        ["Thai FDA", "OTOP"],
        ["bio"],
        [Of("ลูกประคบสมุนไพรสด ห่อผ้าฝ้ายดิบ", "herbal_compress"), Of("หมอนสมุนไพรรองคอ", "herbal_pillow")],
        [N("ผ้าฝ้ายดิบห่อลูกประคบ ม้วนละ 50 เมตร", ["cotton_fabric_greige"])],
    ),
    P(
        63,
        "Lanna Spa & Wellness Resort",
        AC,
        DOWN,
        "Chiang Mai",
        "en",
        "purchasing@lannaspa.com",
        [],
        ["green"],
        [],
        [
            N("Herbal compress balls for treatments, weekly delivery", ["herbal_compress"]),
            N("Handwoven cotton spa wraps and sarongs", ["spa_textile"]),
            W("Organic cotton bathrobes, GOTS not required", ["bathrobe"], "GOTS"),
        ],
    ),
    P(
        64,
        "กลุ่มทอผ้าขาวม้าบ้านหนองขาม",
        AI,
        MID,
        "Yasothon",
        "th",
        "nongkham.pakhaoma@gmail.com",
        ["OTOP"],
        [],
        [
            Of("ผ้าขาวม้าฝ้ายทอมือ ลายตาราง", "pakhaoma_cloth"),
            Of("ผ้าพันสปา ผ้านุ่งอาบน้ำฝ้ายทอมือ", "spa_textile"),
        ],
        [
            W(
                "ด้ายฝ้ายย้อมสีสำเร็จ ไม่ต้องมี OEKO-TEX",
                ["cotton_yarn_dyed", "cotton_yarn_dyed_natural"],
                "OEKO-TEX Standard 100",
            ),
            N("ฝ้ายเข็นมือ", ["cotton_yarn_handspun"]),
        ],
    ),
    P(
        65,
        "บจก. โฮมเท็กซ์ เบดดิ้ง",
        AC,
        MID,
        "Nakhon Pathom",
        "th",
        "hometex.bed@gmail.com",
        ["OEKO-TEX Standard 100", "ISO 9001"],
        [],
        [
            Of("ผ้าปูที่นอนโรงพยาบาล คอตตอน 100% ต้มได้", "bed_sheet_hospital"),
            Of("เสื้อคลุมอาบน้ำผ้าขนหนู สำหรับโรงแรม", "bathrobe"),
            Of("ผ้าปูที่นอนโรงแรม 300 เส้นด้าย", "bed_sheet_hotel"),
            Of("เศษด้ายและริมผ้าจากโรงทอ ขายเหมาเดือนละ 2 ตัน", "cotton_yarn_waste"),
        ],
        [],
    ),
    P(
        66,
        "Riverside Boutique Hotel",
        AC,
        DOWN,
        "Bangkok",
        "en",
        "hk@riversideboutique.co.th",
        [],
        ["green"],
        [],
        [
            N("Hotel bed linen, 300 thread count, white", ["bed_sheet_hotel"]),
            N("Welcome gifts: small handwoven scarves", ["scarf_cotton", "scarf_silk", "scarf_lotus"]),
            U("Laundry outsourcing contract", "laundry service"),
        ],
    ),
    P(
        67,
        "บจก. ย้อมดีเท็กซ์ไทล์",
        C,
        MID,
        "Samut Sakhon",
        "th",
        "yomdee.dye@gmail.com",
        ["bluesign", "ISO 14001"],
        [],
        [
            Of("รับย้อมผ้าม้วน reactive/disperse ลูกค้าส่งผ้ามาเอง", "fabric_dyeing_service"),
            Of("ด้ายฝ้ายย้อมสีสำเร็จ Ne 20 มีสต็อก", "cotton_yarn_dyed"),
        ],
        [N("สีรีแอคทีฟ ถังละ 25 กก.", ["synthetic_dye"]), U("ระบบบำบัดน้ำเสีย ที่ปรึกษา", "wastewater consulting")],
    ),
    P(
        68,
        "ศูนย์บริบาลผู้สูงอายุบ้านสุขใจ",
        AC,
        DOWN,
        "Nonthaburi",
        "th",
        "baansukjai.care@gmail.com",
        [],
        [],
        [],
        [
            N("ผ้าอ้อมผู้ใหญ่แบบกางเกง ไซซ์ L", ["adult_diaper_disposable"]),
            N("ผ้ารองซับปัสสาวะแบบซักได้", ["washable_underpad"]),
            N("เสื้อผ้าผู้สูงอายุแบบติดตีนตุ๊กแก ใส่ง่าย", ["adaptive_clothing"]),
            N("ผ้าเช็ดตัวผ้าขนหนู 100 ผืน", ["towel"]),
        ],
    ),
    P(
        69,
        "Silver Style Adaptive Wear",
        AC,
        DOWN,
        "Bangkok",
        "en",
        "hello@silverstyle.co.th",
        [],
        [],
        [
            Of("Magnetic-button shirts for seniors", "adaptive_clothing"),
            Of("Open-back cotton dresses for carers to dress residents", "adaptive_clothing"),
        ],
        [
            N("Soft cotton fabric, dyed, OEKO-TEX certified", ["cotton_fabric_dyed"], ("OEKO-TEX Standard 100",)),
            N("Handwoven cotton for a premium line", ["cotton_fabric_handwoven"]),
            N("Sewing contractor, small runs of 200", ["sewing_service"]),
        ],
    ),
    P(
        70,
        "วิสาหกิจชุมชนผ้าฝ้ายทอมือบ้านโนนสว่าง",
        AI,
        MID,
        "Udon Thani",
        "th",
        "nonsawang.cotton@gmail.com",
        ["OTOP"],
        [],
        [
            Of("ผ้าฝ้ายทอมือย้อมคราม ผืนละ 2 เมตร", "indigo_dyed_fabric"),
            Of("เสื้อผ้าฝ้ายผู้สูงอายุ ผ่าหน้า กระดุมใหญ่", "adaptive_clothing"),
        ],
        [N("ครามเปียก", ["indigo_paste"]), N("คนช่วยออกแบบลายใหม่ ให้คนรุ่นใหม่ใส่", ["product_design_service"])],
    ),
    P(
        71,
        "Khon Kaen Hospital Linen Service",
        AI,
        DOWN,
        "Khon Kaen",
        "en",
        "linen@kkhospital.go.th",
        ["ISO 9001"],
        [],
        [],
        [
            N("Hospital bed sheets, boilable cotton, 1,000 sets", ["bed_sheet_hospital"]),
            N("Patient gowns, open back", ["patient_gown"]),
            N("Scrubs for nurses, antibacterial finish", ["medical_scrubs"]),
        ],
    ),
    P(
        72,
        "หจก. ยูนิฟอร์มการแพทย์ศรีสะเกษ",
        AI,
        DOWN,
        "Sisaket",
        "th",
        "sisaket.uniform@gmail.com",
        [],
        [],
        [
            Of("ชุดสครับพยาบาล ผ้าต้านแบคทีเรีย", "medical_scrubs"),
            Of("ชุดพนักงานรับสั่งตัด", "uniform_workwear"),
        ],
        [N("ผ้าโพลีคอตตอนเคลือบต้านเชื้อ", ["antibacterial_fabric"])],
    ),
    P(
        73,
        "Anti-Bac Textiles Co., Ltd.",
        AC,
        MID,
        "Samut Prakan",
        "en",
        "info@antibactex.com",
        ["ISO 9001", "OEKO-TEX Standard 100"],
        [],
        [
            Of("Silver-ion antibacterial polycotton fabric", "antibacterial_fabric"),
            Of("Nylon slide fabric for transfer sheets, low friction", "nylon_slide_fabric"),
        ],
        [
            N("Polycotton greige, 65/35, 58 inch", ["polycotton_greige"]),
            N("Ageing-market design consultant", ["product_design_service"]),
        ],
    ),
    P(
        74,
        "บจก. สุราษฎร์สิ่งทอ",
        AC,
        MID,
        "Surat Thani",
        "th",
        "suratex@gmail.com",
        [],
        [],
        [
            Of("ผ้าโพลีคอตตอนดิบ 65/35 หน้า 58 นิ้ว", "polycotton_greige"),
            Of("ผ้าขนหนูคอตตอน เกรดโรงแรม 5 ดาว ราคาส่ง", "towel"),
        ],
        [N("ด้ายฝ้าย Ne 20 และด้ายโพลีเอสเตอร์", ["cotton_yarn_machine", "recycled_polyester_yarn"])],
    ),
    P(
        75,
        "Krabi Beach Spa",
        AC,
        DOWN,
        "Krabi",
        "en",
        "spa@krabibeach.com",
        [],
        ["green"],
        [],
        [
            N("Cotton towels for spa, 200 pieces", ["towel"]),
            N("Local sedge mats for massage rooms", ["sedge_mat"]),
            N("Indigo-dyed spa uniforms", ["uniform_workwear"]),
        ],
    ),
    P(
        76,
        "กลุ่มหน้ากากผ้าฝ้ายบ้านหนองบัว",
        AI,
        DOWN,
        "Nong Bua Lam Phu",
        "th",
        "nongbua.mask@gmail.com",
        [],
        [],
        [
            Of("หน้ากากผ้าฝ้ายซักได้ 3 ชั้น", "cloth_mask"),
            Of("หน้ากากผ้าย้อมครามสำหรับผู้สูงอายุ", "cloth_mask"),
        ],
        [N("ผ้าฝ้ายทอมือเนื้อบาง", ["cotton_fabric_handwoven"])],
    ),
    P(
        77,
        "Mask & Gown Medical Supply",
        AC,
        DOWN,
        "Bangkok",
        "en",
        "orders@maskgown.co.th",
        ["Thai FDA", "ISO 13485"],
        [],
        [
            Of("Surgical masks, 3-ply, disposable, box of 50", "surgical_mask_disposable"),
            Of("Isolation gowns, disposable", "isolation_gown_disposable"),
        ],
        [N("Meltblown and spunbond nonwoven", ["fluff_pulp_nonwoven"]), N("Ear-loop elastic", ["elastic_band"])],
    ),
    P(
        78,
        "บจก. ยางยืดไทย",
        AC,
        MID,
        "Samut Prakan",
        "th",
        "thaielastic@gmail.com",
        [],
        [],
        [Of("ยางยืดแบนและกลม สำหรับหน้ากาก", "elastic_band"), Of("ยางยืดขอบกางเกง", "elastic_band")],
        [],
    ),
    P(
        79,
        "บจก. นอนวูฟเวนเอเชีย",
        AC,
        MID,
        "Rayong",
        "th",
        "nonwovenasia@gmail.com",
        ["ISO 9001"],
        [],
        [
            Of("ผ้าไม่ทอ สปันบอนด์และเมลต์โบลน", "fluff_pulp_nonwoven"),
            Of("เยื่อฟลัฟสำหรับผ้าอ้อม", "fluff_pulp_nonwoven"),
        ],
        [N("เกล็ด PET สำหรับผลิตผ้าไม่ทอรีไซเคิล", ["pet_flakes"])],
    ),
    P(
        80,
        "ร้านผ้าอ้อมเด็กผ้าฝ้ายแม่มะลิ",
        AI,
        DOWN,
        "Kalasin",
        "th",
        "malibaby.cloth@gmail.com",
        [],
        ["bio"],
        [
            Of("ผ้าอ้อมเด็กผ้าฝ้ายสาลู ซักได้", "baby_cloth_diaper"),
            Of("ชุดเด็กอ่อนผ้าฝ้ายทอมือ", "baby_clothes"),
        ],
        [
            N("ผ้าฝ้ายออร์แกนิก ต้องมีใบ GOTS", ["organic_cotton_fabric"], ("GOTS",)),
            N("ผ้าฝ้ายทอมือเนื้อนุ่ม", ["cotton_fabric_handwoven"]),
        ],
    ),
    P(
        81,
        "Organic Baby Bangkok",
        AC,
        DOWN,
        "Bangkok",
        "en",
        "shop@organicbabybkk.com",
        ["GOTS"],
        [],
        [Of("GOTS organic baby rompers", "baby_clothes")],
        [
            N("GOTS organic cotton jersey, undyed", ["organic_cotton_fabric"], ("GOTS",)),
            N("Natural-dyed swaddle cloths from village weavers", ["indigo_dyed_fabric", "cotton_fabric_dyed_natural"]),
        ],
    ),
    P(
        82,
        "บจก. ออร์แกนิกคอตตอนไทย",
        H,
        MID,
        "Nakhon Ratchasima",
        "th",
        "organiccotton.th@gmail.com",
        ["GOTS", "OCS"],
        ["bio"],
        [
            Of("ผ้ายืดฝ้ายออร์แกนิก สีธรรมชาติ ไม่ย้อม", "organic_cotton_fabric"),
            Of("ด้ายฝ้ายออร์แกนิก Ne 30 สำหรับถัก", "organic_cotton_yarn"),
        ],
        [
            N("ปุยฝ้ายอินทรีย์ ต้องมีมาตรฐานสิ่งทออินทรีย์สากล", ["raw_cotton_organic"], ("GOTS",)),
            N("สินเชื่อเครื่องถักวงกลม", ["sme_loan"]),
        ],
    ),
    P(
        83,
        "ธนาคารชุมชนเพื่อวิสาหกิจ สาขาอุดร",
        AI,
        DOWN,
        "Udon Thani",
        "th",
        "smeloan.udon@gmail.com",
        [],
        [],
        [
            Of("สินเชื่อวิสาหกิจชุมชน ดอกเบี้ยต่ำ ผ่อน 5 ปี", "sme_loan"),
            Of("สินเชื่อซื้อเครื่องจักร", "sme_loan"),
        ],
        [],
    ),
    P(
        84,
        "Craft Link Design Studio",
        H,
        DOWN,
        "Bangkok",
        "en",
        "studio@craftlink.design",
        [],
        [],
        [
            Of("Product and pattern design for community weavers", "product_design_service"),
            Of("Branding, packaging and online shop set-up", "marketing_service"),
        ],
        [N("Sample handwoven hemp and cotton for a lookbook", ["hemp_fabric_handwoven", "cotton_fabric_handwoven"])],
    ),
    P(
        85,
        "ศูนย์ฝึกอาชีพสิ่งทอภาคอีสาน",
        AI,
        DOWN,
        "Roi Et",
        "th",
        "isan.textile.training@gmail.com",
        [],
        [],
        [
            Of("อบรมการตลาดออนไลน์ ไลฟ์สด สำหรับกลุ่มทอผ้า", "online_marketing_training"),
            Of("อบรมทอผ้าลายขิด หลักสูตร 5 วัน", "weaving_training"),
        ],
        [N("กี่ทอผ้าสำหรับห้องเรียน 10 หลัง", ["handloom"])],
    ),
    P(
        86,
        "กลุ่มโรงแรมกรีนลูป",
        C,
        DOWN,
        "Chonburi",
        "th",
        "sustainability@greenloop.co.th",
        ["ISO 14001"],
        ["circular"],
        [Of("ผ้าปูและผ้าขนหนูเก่าของโรงแรม มีคราบ ขายเป็นตัน", "post_consumer_textile_waste")],
        [
            N("รับผ้าปูเก่าของโรงแรมไปรีไซเคิลเป็นเส้นใย", ["textile_shredding_service"]),
            N("ชุดพนักงานตัดจากผ้ารีไซเคิล", ["uniform_workwear"]),
            N("ถุงผ้าอัพไซเคิลแจกแขก", ["upcycled_bag"]),
        ],
    ),
    P(
        87,
        "ร้านสะพรั่งผ้าไทย",
        H,
        DOWN,
        "Bangkok",
        "th",
        "saprang.thaifabric@gmail.com",
        [],
        [],
        [Of("ร้านขายผ้าไทยปลีก-ส่ง ผ้าไหม ผ้าฝ้าย", "retail_shop_textiles")],
        [
            N("ผ้าไหมทอมือมีตรานกยูงพระราชทาน", ["silk_fabric_handwoven"], ("Thai Silk Peacock Emblem",)),
            N("ผ้าพันคอไหมและฝ้ายส่งร้าน", ["scarf_silk", "scarf_cotton"]),
            N("ผ้าขาวม้าลายสวย ส่งขายนักท่องเที่ยว", ["pakhaoma_cloth"]),
        ],
    ),
    P(
        88,
        "บจก. เอเชียแพ็คกิ้ง",
        C,
        MID,
        "Chachoengsao",
        "th",
        "asiapacking.th@gmail.com",
        [],
        ["circular"],
        [Of("ถุงผ้าสปันบอนด์พิมพ์โลโก้", "nonwoven_bag")],
        [N("ผ้าไม่ทอม้วน", ["fluff_pulp_nonwoven"])],
    ),
    P(
        89,
        "วิสาหกิจชุมชนนวดแผนไทยบ้านเชียง",
        AI,
        DOWN,
        "Udon Thani",
        "th",
        "banchiang.massage@gmail.com",
        [],
        [],
        [Of("นวดแผนไทยและประคบสมุนไพรสำหรับผู้สูงอายุ", "massage_service")],
        [
            N("ลูกประคบสมุนไพร", ["herbal_compress"]),
            N("ผ้าขาวม้าใช้ในร้านนวด", ["pakhaoma_cloth"]),
            N("เบาะรองนวดจากกก", ["sedge_mat"]),
        ],
    ),
    P(
        90,
        "Mukdahan Silk Trader",
        H,
        UP,
        "Mukdahan",
        "en",
        "mdhsilk@gmail.com",
        [],
        [],
        [Of("Lao and Thai silk yarn, raw and degummed, by the kg", "silk_yarn")],
        [N("Silk cocoons for reeling", ["silk_cocoon"]), U("Import licence help for Lao silk", "customs broker")],
    ),
    P(
        91,
        "บจก. แม่สอดการ์เมนต์",
        C,
        MID,
        "Tak",
        "th",
        "maesot.garment@gmail.com",
        [],
        [],
        [
            Of("รับตัดเย็บ CMT ทุกชนิด ชุดยูนิฟอร์ม ชุดกีฬา", "sewing_service"),
            Of("เศษผ้าตัดคละชนิด", "cutting_waste_mixed"),
        ],
        [N("ผ้าเจอร์ซี่กีฬา", ["sport_knit_fabric"])],
    ),
    P(
        92,
        "โรงเรียนสอนโต้คลื่นเขาหลัก",
        S,
        DOWN,
        "Phang Nga",
        "th",
        "surf@khaolaksurf.school",
        [],
        [],
        [],
        [N("เสื้อแรชการ์ดกันยูวี 40 ตัว", ["sportswear_swim"])],
    ),
    P(
        93,
        "ชมรมผู้สูงอายุเทศบาลนครนายก",
        AC,
        DOWN,
        "Nakhon Nayok",
        "th",
        "elderly.nyk@gmail.com",
        [],
        [],
        [],
        [N("ถุงเท้าเบาหวาน ไม่รัดข้อ", ["diabetic_socks"]), N("อบรมทอผ้าให้สมาชิกทำเป็นงานอดิเรก", ["weaving_training"])],
    ),
    P(
        94,
        "Ranong Mangrove Dye Group",
        H,
        MID,
        "Ranong",
        "en",
        "ranongdye@gmail.com",
        [],
        ["bio"],
        [Of("Mangrove-bark dyed cotton fabric, rust brown", "cotton_fabric_dyed_natural")],
        [
            N("Handwoven cotton, undyed, for dyeing", ["cotton_fabric_handwoven"]),
            N("Natural dye training for new members", ["natural_dye_training"]),
        ],
    ),
    P(
        95,
        "วิสาหกิจชุมชนเกษตรอินทรีย์บ้านแม่ออน",
        H,
        UP,
        "Satun",
        "th",
        "maeon.herb@gmail.com",
        ["Organic Thailand"],
        ["bio"],
        [Of("ขมิ้น ไพล ตะไคร้ อบแห้ง สำหรับลูกประคบ", "herbs_dried")],
        [U("ต้องการโรงอบสมุนไพรร่วม", "shared herb drying plant")],
    ),
]


PROFILES: list[dict[str, Any]] = PROFILES_A + PROFILES_B + PROFILES_C

OUT_DIR = Path(__file__).resolve().parent
VALID_SUB = {s.value for s in SubCluster}
VALID_STAGE = {s.value for s in Stage}
VALID_BCG = {b.value for b in BcgTag}
ID_RE = re.compile(r"^bpf-\d{3}$")
THAI_RE = re.compile("[\u0e00-\u0e7f]")
LATIN_RE = re.compile("[A-Za-z]")


def script_ok(text: str, lang: str) -> bool:
    thai, latin = len(THAI_RE.findall(text)), len(LATIN_RE.findall(text))
    return thai > latin if lang == "th" else latin > thai


def compute_links() -> tuple[set[tuple[str, str]], dict[tuple[str, int], set[str]]]:
    """True (supplier, buyer) pairs, and for every need the suppliers that meet it."""
    offered: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in PROFILES:
        for _, label in p["offers"]:
            offered[label].append(p)
    links: set[tuple[str, str]] = set()
    met_by: dict[tuple[str, int], set[str]] = {}
    for buyer in PROFILES:
        for i, need in enumerate(buyer["needs"]):
            suppliers = set()
            for label in need["labels"]:
                for sup in offered[label]:
                    if sup["id"] == buyer["id"]:
                        continue
                    if set(need["certs"]) <= set(sup["certifications"]):
                        suppliers.add(sup["id"])
            met_by[(buyer["id"], i)] = suppliers
            links |= {(s, buyer["id"]) for s in suppliers}
    return links, met_by


def check() -> tuple[list[str], set[tuple[str, str]], dict[str, Any]]:
    errors: list[str] = []
    ids = [p["id"] for p in PROFILES]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    offered_by: dict[str, set[str]] = defaultdict(set)
    for p in PROFILES:
        for _, label in p["offers"]:
            offered_by[label].add(p["id"])
    for p in PROFILES:
        pid = p["id"]
        if not ID_RE.match(pid):
            errors.append(f"{pid}: bad id")
        if p["sub_cluster"] not in VALID_SUB:
            errors.append(f"{pid}: sub_cluster")
        if p["stage"] not in VALID_STAGE:
            errors.append(f"{pid}: stage")
        if resolve_province(p["province"]) is None:
            errors.append(f"{pid}: province {p['province']}")
        for cert in p["certifications"]:
            if resolve_certification(cert) != cert:
                errors.append(f"{pid}: certification {cert}")
        if not set(p["bcg"]) <= VALID_BCG:
            errors.append(f"{pid}: bcg")
        if p["language"] not in LANGUAGES:
            errors.append(f"{pid}: language")
        if not ("@" in p["contact_email"] and p["name"].strip()):
            errors.append(f"{pid}: name/email")
        if len(p["offers"]) > 4 or len(p["needs"]) > 4:
            errors.append(f"{pid}: too many phrases")
        texts = [t for t, _ in p["offers"]] + [n["text"] for n in p["needs"]]
        for text in texts:
            if not script_ok(text, p["language"]):
                errors.append(f"{pid}: script of {text!r}")
        for need in p["needs"]:
            if not need["labels"] and not need["note"]:
                errors.append(f"{pid}: need without labels or note: {need['text']!r}")
            for label in need["labels"]:
                if not offered_by[label] - {pid}:
                    errors.append(f"{pid}: label {label} not offered by anyone else")
            for cert in need["certs"]:
                if resolve_certification(cert) != cert:
                    errors.append(f"{pid}: required certification {cert}")
                if cert not in find_certifications(need["text"]):
                    errors.append(f"{pid}: required {cert} not named in {need['text']!r}")
            named = find_certifications(need["text"])
            if need["labels"] and named != set(need["certs"]):
                errors.append(f"{pid}: text names {sorted(named)} but need requires {need['certs']}: {need['text']!r}")
            waived = need.get("waives")
            if waived and waived in find_certifications(need["text"]):
                errors.append(f"{pid}: waived {waived} reads as required in {need['text']!r}")
    links, met_by = compute_links()
    lang = {p["id"]: p["language"] for p in PROFILES}
    cross = sum(lang[s] != lang[b] for s, b in links)
    unmet = sum(not v for v in met_by.values())
    if not 140 <= len(links) <= 180:
        errors.append(f"links {len(links)} outside 140-180")
    if links and cross / len(links) < 0.45:
        errors.append(f"cross-language share {cross}/{len(links)} below 45%")
    if not 15 <= unmet <= 25:
        errors.append(f"unmet needs {unmet} outside 15-25")
    th_share = sum(p["language"] == "th" for p in PROFILES) / len(PROFILES)
    if not 0.65 <= th_share <= 0.75:
        errors.append(f"Thai share {th_share:.2f}")
    return errors, links, {"met_by": met_by}


def stats(links: set[tuple[str, str]], met_by: dict[tuple[str, int], set[str]]) -> dict[str, Any]:
    by_id = {p["id"]: p for p in PROFILES}
    region = {p["id"]: resolve_province(p["province"]).region.value for p in PROFILES}  # type: ignore[union-attr]
    needs = [n for p in PROFILES for n in p["needs"]]
    lang = {p["id"]: p["language"] for p in PROFILES}
    return {
        "profiles": len(PROFILES),
        "language": dict(Counter(lang.values())),
        "sub_cluster": dict(Counter(p["sub_cluster"] for p in PROFILES)),
        "stage": dict(Counter(p["stage"] for p in PROFILES)),
        "region": dict(Counter(region.values())),
        "provinces": len({p["province"] for p in PROFILES}),
        "offers": sum(len(p["offers"]) for p in PROFILES),
        "labels": len({label for p in PROFILES for _, label in p["offers"]}),
        "needs": len(needs),
        "needs_met": sum(bool(v) for v in met_by.values()),
        "needs_unmet": sum(not v for v in met_by.values()),
        "needs_unmet_by_note": sum(not n["labels"] for n in needs),
        "needs_cert_required": sum(bool(n["certs"]) for n in needs),
        "needs_cert_waived": sum(bool(n.get("waives")) for n in needs),
        "links": len(links),
        "th_to_en": sum(lang[s] == "th" and lang[b] == "en" for s, b in links),
        "en_to_th": sum(lang[s] == "en" and lang[b] == "th" for s, b in links),
        "th_to_th": sum(lang[s] == lang[b] == "th" for s, b in links),
        "en_to_en": sum(lang[s] == lang[b] == "en" for s, b in links),
        "cross_sub_cluster": sum(by_id[s]["sub_cluster"] != by_id[b]["sub_cluster"] for s, b in links),
    }


def profile_json(p: dict[str, Any]) -> str:
    row = {
        "id": p["id"],
        "name": p["name"],
        "sub_cluster": p["sub_cluster"],
        "stage": p["stage"],
        "province": p["province"],
        "offers": [t for t, _ in p["offers"]],
        "needs": [n["text"] for n in p["needs"]],
        "certifications": p["certifications"],
        "bcg": p["bcg"],
        "contact_email": p["contact_email"],
        "language": p["language"],
    }
    return json.dumps(row, ensure_ascii=False)


def main() -> int:
    errors, links, extra = check()
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        return 1
    profiles_text = "".join(profile_json(p) + "\n" for p in PROFILES)
    links_text = "supplier_id,buyer_id\n" + "".join(f"{s},{b}\n" for s, b in sorted(links))
    (OUT_DIR / "profiles.jsonl").write_text(profiles_text, encoding="utf-8")
    (OUT_DIR / "links.csv").write_text(links_text, encoding="utf-8")
    print(json.dumps(stats(links, extra["met_by"]), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
