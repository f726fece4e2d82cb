"""Hand-written evaluation set: plain registry entries of an accessories, bags, footwear and trims cluster.

Every offer carries a label saying what the thing is; every need lists the labels that would meet it and the
certifications its text requires, or is marked as met by no one. Links follow from those labels only.

Run from the repository root:  .venv/bin/python eval/blind_plain_accessory/write.py
"""

from __future__ import annotations

import csv
import importlib
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
taxonomy = importlib.import_module("shared.taxonomy")

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AC = "ageing_lifestyle_central"
AI = "ageing_lifestyle_isan"
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
    return Need(text, tuple(labels), tuple(certs), tuple(waives), "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
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
    certs: list[str]
    bcg: list[str]
    offers: list[tuple[str, str]]
    needs: list[Need]


SMES: list[Sme] = [
    # ------------------------------------------------------------------ hemp & natural fibre
    Sme(
        "bpa-001", "th", "วิสาหกิจชุมชนปลูกกัญชงบ้านรวมไทย", HEMP, UP, "Tak", "ruamthai.hemp@gmail.com",
        [], ["bio"],
        [
            ("ต้นกัญชงตากแห้งทั้งต้น มัดละ 5 กก.", "hemp_stalks"),
            ("เปลือกกัญชงลอกมือ ตากแห้งแล้ว เอาไปต่อเส้นได้เลย", "hemp_fibre"),
        ],
        [U("เครื่องลอกเปลือกกัญชง มือสองก็เอา", "no one in the set sells decorticating machinery")],
    ),
    Sme(
        "bpa-002", "th", "ผ้าใยกัญชงม้ง บ้านแม่สาใหม่", HEMP, MID, "Chiang Mai", "maesamai.hempcloth@gmail.com",
        [], ["bio"],
        [
            ("ด้ายกัญชงต่อมือ ม้วนละครึ่งโล", "hemp_yarn"),
            ("ผ้าใยกัญชงทอกี่เอว หน้า 35-40 ซม. สีขาวธรรมชาติ", "hemp_fabric"),
            ("ผ้ากัญชงเขียนเทียนย้อมคราม ลายม้งโบราณ ขายเป็นพับ", "hemp_fabric"),
        ],
        [
            N("เปลือกกัญชงแห้ง เดือนละ 50 กิโล", "hemp_fibre"),
            N("ต้องการเนื้อครามหมัก ถังละ 10 กก.", "indigo_paste"),
            U("ขี้ผึ้งแท้สำหรับเขียนเทียน", "no beeswax in the set"),
        ],
    ),
    Sme(
        "bpa-003", "en", "Doi Thread Hemp Goods", HEMP, DOWN, "Chiang Mai", "hello@doithread.co.th",
        [], ["bio", "green"],
        [
            ("Hemp totes and sling bags, natural or indigo, lined", "hemp_bag"),
            ("Bucket hats in hemp canvas", "fabric_hat"),
            ("Hemp card wallets with Hmong cross-stitch trim", "fabric_wallet"),
            ("Hemp offcuts from our cutting table, sold by the kilo", "hemp_fabric_offcuts"),
        ],
        [
            N("Handwoven hemp cloth, around 20 m a month (GOTS not needed)", "hemp_fabric", waives=("GOTS",)),
            N("Antique brass metal zips, 18 cm", "zipper"),
            N("Looking for cross-stitch strips from Hmong or Akha makers", "hill_tribe_embroidery_panel"),
            N("Indigo-dyed handwoven cotton by the metre, for bag panels", "indigo_dyed_cotton_fabric"),
        ],
    ),
    Sme(
        "bpa-004", "th", "กลุ่มตัดและรีดกระจูดบ้านทะเลน้อย", HEMP, UP, "Phatthalung", "thalenoi.krajood@gmail.com",
        [], ["bio"],
        [
            ("ต้นกระจูดตากแห้ง มัดใหญ่ ยาว 1.5 เมตรขึ้นไป", "krajood_dried_stalks"),
            ("จูดทุบแบนแล้ว ย้อมดำ แดง หรือสีธรรมชาติ พร้อมสาน", "krajood_flat_strips"),
        ],
        [N("กล่องลังกระดาษไว้ส่งกระจูดทางไปรษณีย์", "corrugated_mailer_box")],
    ),
    Sme(
        "bpa-005", "th", "วิสาหกิจชุมชนจักสานกระจูดบ้านหัวไทร", HEMP, MID, "Nakhon Si Thammarat",
        "huasai.krajood@hotmail.com",
        ["OTOP"], ["bio"],
        [
            ("เสื่อกระจูดลายดอกพิกุล 1x2 ม. ตัดชิ้นตามแบบได้", "krajood_woven_mat"),
            ("กระเป๋าจูดทรงตะกร้า ซับในผ้า หูหนัง", "krajood_bag"),
            ("หมวกกระจูดสานปีกกว้าง", "woven_hat"),
        ],
        [
            N("กระจูดรีดแล้วย้อมดำ เดือนละร้อยโล", "krajood_flat_strips"),
            N("หูกระเป๋าหนังแท้สำเร็จรูป คู่ละไม่เกิน 60 บาท", "leather_bag_handles"),
            N("ผ้าซับในลายเล็ก สีอ่อน", "lining_fabric"),
        ],
    ),
    Sme(
        "bpa-006", "en", "Andaman Palm Boutique", HEMP, DOWN, "Phuket", "shop@andamanpalm.com",
        [], [],
        [],
        [
            N("Black krajood handbags, about 40 a quarter (OTOP not required)", "krajood_bag", waives=("OTOP",)),
            N("Wide-brim sun hats woven from natural fibre", "woven_hat"),
        ],
    ),
    Sme(
        "bpa-007", "th", "กลุ่มเก็บผักตบชวาบางบาล", HEMP, UP, "Phra Nakhon Si Ayutthaya", "bangban.pakthob@gmail.com",
        [], ["bio", "circular"],
        [("ผักตบชวาตากแห้ง ลำยาว 60 ซม.ขึ้นไป กิโลละ 25 บาท", "water_hyacinth_dried_stems")],
        [U("โรงอบแห้งหรือลานตากให้เช่าช่วงหน้าฝน", "no drying space or drying service in the set")],
    ),
    Sme(
        "bpa-008", "th", "ผักตบชวาสานลาดหลุมแก้ว", HEMP, MID, "Pathum Thani", "ladlumkaew.craft@gmail.com",
        ["OTOP"], ["bio", "green"],
        [
            ("เชือกผักตบถักเปีย ขนาด 1 ซม. ม้วนละ 50 เมตร", "water_hyacinth_braid"),
            ("กระเป๋าผักตบชวาทรงถัง บุซับในผ้าฝ้าย", "water_hyacinth_bag"),
            ("ตะกร้าผักตบใส่ผ้าขนหนูในห้องพัก มีฝาปิด", "water_hyacinth_basket"),
        ],
        [
            N("ผักตบแห้งเกรดลำยาว", "water_hyacinth_dried_stems"),
            N("ผ้าดิบฝ้ายบางๆ ไว้ทำซับใน", "cotton_greige_fabric"),
        ],
    ),
    Sme(
        "bpa-009", "en", "Siam Natural Fibre Export Co., Ltd.", HEMP, DOWN, "Bangkok", "export@siamnaturalfibre.com",
        [], ["bio", "green"],
        [("Export paperwork and FOB shipping for small craft makers, Laem Chabang", "export_agent_service")],
        [
            N("Water hyacinth bags, samples first then container loads", "water_hyacinth_bag"),
            N("Krajood or pandanus totes for a Japanese buyer", "krajood_bag", "pandanus_bag"),
            N("Water hyacinth storage baskets with lids", "water_hyacinth_basket"),
            N("FSC-certified kraft gift boxes for export", "paper_gift_box", certs=("FSC",)),
        ],
    ),
    Sme(
        "bpa-010", "th", "ครามสกล บ้านดอนกอย", HEMP, MID, "Sakon Nakhon", "donkoi.indigo@gmail.com",
        ["OTOP"], ["bio"],
        [
            ("รับย้อมครามผ้าหรือเส้นด้ายของลูกค้า ขั้นต่ำ 5 กิโล", "indigo_dyeing_service"),
            ("ผ้าฝ้ายทอมือย้อมคราม เมตรละ 280", "indigo_dyed_cotton_fabric"),
            ("ย่ามครามสะพายข้าง", "indigo_cotton_bag"),
        ],
        [
            N("เนื้อครามจากต้นครามที่ปลูกเอง", "indigo_paste"),
            N("ฝ้ายเข็นมือ สีขาวดิบ", "cotton_yarn_handspun"),
        ],
    ),
    Sme(
        "bpa-011", "th", "สวนครามบ้านพันนา", HEMP, UP, "Sakon Nakhon", "phanna.indigofarm@gmail.com",
        ["Organic Thailand"], ["bio"],
        [
            ("เนื้อครามเปียก หมักเอง ขายเป็นถัง 5 กก. กับ 10 กก.", "indigo_paste"),
            ("ใบครามสด ตัดส่งตามสั่ง", "indigo_leaves"),
        ],
        [N("อยากได้ด้ายฝ้ายเข็นมือไว้ย้อมทดลองสี", "cotton_yarn_handspun")],
    ),
    Sme(
        "bpa-012", "en", "Lanna Botanic Dye Studio", HEMP, MID, "Chiang Mai", "studio@lannabotanic.com",
        [], ["bio", "green"],
        [
            ("Plant dyeing of your cloth or yarn: indigo, lac, mango leaf, ebony", "natural_dyeing_service"),
            ("Naturally dyed cotton yarn, 20/2, fourteen shades", "naturally_dyed_cotton_yarn"),
        ],
        [
            N("Fermented indigo paste, 30 kg/month", "indigo_paste"),
            U(
                "Combed cotton yarn 20/2 on cones, raw white, not recycled",
                "only handspun and recycled cotton yarn are offered, not new mill-spun yarn",
            ),
        ],
    ),
    Sme(
        "bpa-013", "th", "กลุ่มสาวไหมบ้านท่าสว่าง", HEMP, UP, "Surin", "thasawang.silk@gmail.com",
        [], ["bio"],
        [
            ("ไหมน้อยสาวมือ ไหมพันธุ์พื้นบ้านสีเหลือง", "silk_yarn"),
            ("รังไหมตัด ขายเป็นกิโล", "silk_cocoons"),
        ],
        [N("หาคนรับย้อมเส้นไหมด้วยสีธรรมชาติ ครั่ง ประโหด", "natural_dyeing_service")],
    ),
    Sme(
        "bpa-014", "th", "ผ้าไหมมัดหมี่บ้านเขว้า", AI, MID, "Chaiyaphum", "bankhwao.mudmee@gmail.com",
        ["Thai Silk Peacock Emblem", "OTOP"], ["bio"],
        [
            ("ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน หน้า 1 ม.", "thai_silk_fabric"),
            ("รับทอผ้าไหมตามลายที่ลูกค้าออกแบบ", "silk_weaving_service"),
        ],
        [
            N("ไหมพื้นบ้าน 20 กิโลต่อเดือน", "silk_yarn"),
            N("อยากส่งเส้นไหมของเราไปย้อมครั่งกับเปลือกประโหด", "natural_dyeing_service"),
        ],
    ),
    Sme(
        "bpa-015", "en", "Maison Mudmee", HEMP, DOWN, "Bangkok", "atelier@maisonmudmee.com",
        [], ["green"],
        [
            ("Silk clutches and evening bags", "silk_bag"),
            ("Silk scrunchies, bows and headbands", "silk_hair_accessory"),
            ("Mudmee silk card holders", "silk_card_holder"),
        ],
        [
            N(
                "Thai silk carrying the Peacock Emblem, 50 m a season",
                "thai_silk_fabric",
                certs=("Thai Silk Peacock Emblem",),
            ),
            N("Fusible interfacing, medium weight", "fusible_interfacing"),
            N("Satin woven labels, 500 pcs", "woven_label"),
        ],
    ),
    Sme(
        "bpa-016", "th", "ผ้าทอไทลื้อบ้านหนองบัว", HEMP, MID, "Nan", "nongbua.tailue@gmail.com",
        [], ["bio"],
        [
            ("ผ้าฝ้ายทอมือลายน้ำไหล หน้ากว้าง 80 ซม.", "handwoven_cotton_fabric"),
            ("ถุงย่ามผ้าทอไทลื้อ", "handwoven_cotton_bag"),
        ],
        [N("ด้ายฝ้ายย้อมสีธรรมชาติ หลายสี", "naturally_dyed_cotton_yarn")],
    ),
    Sme(
        "bpa-017", "en", "Akha Stitch Collective", HEMP, MID, "Chiang Rai", "akhastitch@gmail.com",
        ["Fairtrade"], [],
        [
            ("Hill-tribe embroidered panels, Akha and Hmong, 10 x 30 cm", "hill_tribe_embroidery_panel"),
            ("Hand embroidery on your bags, caps or pouches, small runs", "embroidery_service"),
        ],
        [
            N("Hemp cloth offcuts for patchwork", "hemp_fabric_offcuts"),
            U(
                "Stranded cotton embroidery floss, many colours",
                "no embroidery floss offered; sewing thread is a different good",
            ),
        ],
    ),
    Sme(
        "bpa-018", "th", "เสื่อจันทบูร บ้านเสม็ดงาม", HEMP, MID, "Chanthaburi", "samedngam.mat@gmail.com",
        ["OTOP"], ["bio"],
        [
            ("กระเป๋าเสื่อกกจันทบูร ลายขิด", "reed_bag"),
            ("เสื่อกกทอ ตัดแผ่นตามขนาดสั่ง", "reed_woven_mat"),
            ("สลิปเปอร์กกสำหรับโรงแรมและสปา", "spa_slippers"),
        ],
        [
            N("เส้นกกย้อมสีแล้ว ตากแห้งพร้อมทอ", "dyed_reed_strips"),
            N("หูกระเป๋าหนังสำเร็จ สีน้ำตาลเข้ม", "leather_bag_handles"),
        ],
    ),
    Sme(
        "bpa-019", "en", "Krabi Pandan Strip Supply", HEMP, UP, "Krabi", "pandanstrip.krabi@gmail.com",
        [], ["bio"],
        [("Dried pandanus leaf strips, boiled and sun-bleached, 1 cm wide", "pandanus_strips")],
        [N("Shipping cartons to send strips to Trang and Bangkok", "corrugated_mailer_box")],
    ),
    Sme(
        "bpa-020", "th", "กลุ่มจักสานเตยปาหนันบ้านแหลม", HEMP, DOWN, "Trang", "banlaem.pandan@gmail.com",
        ["OTOP"], ["bio"],
        [
            ("กระเป๋าเตยปาหนันย้อมสีธรรมชาติ", "pandanus_bag"),
            ("หมวกเตยปาหนันสานมือ", "woven_hat"),
        ],
        [
            N("ใบปาหนันแห้ง จักเส้นแล้ว", "pandanus_strips"),
        ],
    ),
    # ------------------------------------------------------------------ circular textile
    Sme(
        "bpa-021", "en", "GreenLoop PET Recovery Co., Ltd.", CIRC, UP, "Samut Prakan", "sales@greenloop-pet.co.th",
        ["GRS"], ["circular"],
        [
            ("Washed clear PET bottle flakes, 500 kg bales", "pet_flakes"),
            ("Recycled polyester staple fibre 1.4D x 38 mm", "recycled_polyester_fibre"),
            ("GRS rPET filament yarn 150D/48F", "rpet_yarn"),
        ],
        [N("Post-consumer PET bottles, baled, any volume", "used_pet_bottles")],
    ),
    Sme(
        "bpa-022", "th", "มหาชัยสิ่งทอรีไซเคิล", CIRC, MID, "Samut Sakhon", "sales@mahachai-recycletex.com",
        ["GRS", "OEKO-TEX Standard 100"], ["circular"],
        [
            ("ผ้าแคนวาสจากขวด PET 600D เคลือบ PU กันน้ำ", "rpet_bag_fabric"),
            ("ผ้าโพลีเอสเตอร์ 300D สีพื้น เส้นใยใหม่", "polyester_bag_fabric"),
        ],
        [N("เส้นด้ายรีไซเคิลจากขวด ต้องมีใบ GRS", "rpet_yarn", certs=("GRS",))],
    ),
    Sme(
        "bpa-023", "en", "Second Skin Upcycle Studio", CIRC, DOWN, "Bangkok", "hi@secondskinstudio.co",
        [], ["circular"],
        [
            ("Messenger bags cut from old vinyl banners", "upcycled_banner_bag"),
            ("Inner-tube wallets and card sleeves", "upcycled_inner_tube_wallet"),
        ],
        [
            N("Used vinyl banners, clean, any size", "used_vinyl_banners"),
            N("Old bicycle or motorbike inner tubes", "used_inner_tubes"),
            N("Cut and sew our own banner panels into bags, about 200 a month", "bag_sewing_service"),
            U("Anyone collecting scrap car seatbelts?", "no one collects old seatbelts; new webbing is another good"),
        ],
    ),
    Sme(
        "bpa-024", "th", "ทรัพย์เจริญรับซื้อยางเก่า", CIRC, UP, "Nakhon Pathom", "sapcharoen.tyre@gmail.com",
        [], ["circular"],
        [
            ("ยางในมอเตอร์ไซค์เก่า ล้างแล้ว กิโลละ 15 ทักไลน์มาได้เลย", "used_inner_tubes"),
            ("ยางนอกรถยนต์เก่า ขายทั้งเส้น", "used_tyres"),
        ],
        [U("รถกระบะรับจ้างขนยาง เหมาเที่ยว", "no transport service in the set")],
    ),
    Sme(
        "bpa-025", "th", "รองเท้ายางรถยนต์ ป่าซาง", CIRC, DOWN, "Lamphun", "pasang.tyresandal@gmail.com",
        [], ["circular"],
        [("รองเท้าแตะพื้นยางรถยนต์ หูหนังแท้", "recycled_tyre_sandals")],
        [
            N("ยางรถยนต์เก่าที่ดอกยังดี", "used_tyres"),
            N("สายหนังตัดเส้นกว้าง 2 ซม. ทำหูรองเท้า", "leather_straps"),
            N("กาวติดพื้นรองเท้า", "shoe_adhesive"),
        ],
    ),
    Sme(
        "bpa-026", "en", "EastCoast Textile Recovery", CIRC, UP, "Chonburi", "info@eastcoastrecovery.co.th",
        ["ISO 14001"], ["circular"],
        [
            ("Post-consumer jeans sorted by shade, 25 kg bales", "used_denim"),
            ("Mixed used clothing, grade B, for shredding", "used_clothing"),
        ],
        [N("We buy clean pre-consumer cotton offcuts by the tonne", "cotton_fabric_offcuts")],
    ),
    Sme(
        "bpa-027", "th", "ยีนส์วนใหม่", CIRC, DOWN, "Bangkok", "jeanswonmai@gmail.com",
        [], ["circular"],
        [
            ("กระเป๋าโท้ทจากกางเกงยีนส์เก่า", "upcycled_denim_bag"),
            ("กระเป๋าสตางค์ผ้ายีนส์ ใบเล็ก", "fabric_wallet"),
        ],
        [
            N("ยีนส์เก่าคัดสีแล้ว", "used_denim"),
            N("ช่างเย็บรับงานเหมา เย็บจากชิ้นที่เราตัดเอง", "bag_sewing_service"),
        ],
    ),
    Sme(
        "bpa-028", "en", "Mahachai Offcut Trading", CIRC, UP, "Samut Sakhon", "mahachai.offcut@gmail.com",
        [], ["circular"],
        [
            ("Cotton and poly-cotton cutting waste from garment factories, sorted by colour", "cotton_fabric_offcuts"),
            ("Canvas offcuts, 10-40 cm pieces", "canvas_offcuts"),
        ],
        [U("Warehouse to rent near Mahachai, 300 sq m", "no warehouse space offered")],
    ),
    Sme(
        "bpa-029", "th", "โรงงานเครื่องหนังบางพลี", CIRC, MID, "Samut Prakan", "bangplee.leather@gmail.com",
        ["ISO 9001"], ["circular"],
        [
            ("รับผลิตกระเป๋าสตางค์หนังแท้ OEM ขั้นต่ำ 300 ใบ", "leather_wallet"),
            ("หูกระเป๋าหนังสำเร็จ สีน้ำตาลและดำ", "leather_bag_handles"),
            ("เศษหนังวัวจากการตัด ขายเป็นกิโล", "leather_offcuts"),
        ],
        [
            N("หนังวัวแท้ฟอกฝาด 1.8 มม. ไม่เอาหนัง PU", "cowhide_leather"),
            N("บล็อกตัดหนังสั่งทำตามแบบ", "cutting_die"),
            N("หัวเข็มขัด ห่วงดี ทองเหลือง", "metal_hardware"),
        ],
    ),
    Sme(
        "bpa-030", "en", "Scrap & Stitch Leather", CIRC, DOWN, "Chiang Mai", "scrapandstitch.cm@gmail.com",
        [], ["circular"],
        [
            ("Keyrings and tassels from factory leather scraps", "leather_keychain"),
            ("Featherlight leather earrings", "leather_jewellery"),
        ],
        [
            N("Leather scraps, pieces bigger than a palm", "leather_offcuts"),
            N("Laser engraving of our logo onto leather tags", "laser_cutting_engraving_service"),
            N("Sterling silver earring hooks", "silver_jewellery_findings"),
        ],
    ),
    Sme(
        "bpa-031", "en", "Korat Regen Spinning Co., Ltd.", CIRC, UP, "Nakhon Ratchasima", "regen@koratspinning.com",
        ["GRS"], ["circular"],
        [("Recycled cotton yarn Ne 10 from textile waste, for canvas and webbing", "recycled_cotton_yarn")],
        [
            N("Factory cotton offcuts, sorted by colour", "cotton_fabric_offcuts"),
            N("Old 100% cotton clothes for shredding", "used_clothing"),
        ],
    ),
    Sme(
        "bpa-033", "th", "ร้านไม่เหลือทิ้ง", CIRC, DOWN, "Nonthaburi", "maileuathing.shop@gmail.com",
        [], ["circular", "green"],
        [],
        [
            N("กระเป๋าจากของเหลือใช้ เช่น ยีนส์เก่า ป้ายไวนิล", "upcycled_denim_bag", "upcycled_banner_bag"),
            N("ถุงใส่ของจุกจิกทำจากเศษผ้า", "fabric_pouch"),
        ],
    ),
    Sme(
        "bpa-035", "th", "ศูนย์รีไซเคิลชุมชนบ้านทุ่ม", CIRC, UP, "Khon Kaen", "bantoom.recycle@gmail.com",
        [], ["circular"],
        [
            ("ป้ายไวนิลเก่าจากงานอีเวนต์ ล้างสะอาด", "used_vinyl_banners"),
            ("ขวดน้ำพลาสติกใส อัดก้อน", "used_pet_bottles"),
        ],
        [N("รับซื้อเศษผ้าฝ้ายจากโรงงานตัดเย็บ มาคัดขายต่อ", "cotton_fabric_offcuts")],
    ),
    Sme(
        "bpa-036", "en", "Kata Cove Resort & Spa", CIRC, DOWN, "Phuket", "purchasing@katacove.com",
        [], ["green"],
        [],
        [
            N(
                "Guest slippers that are not single-use plastic; Thai Green Label welcome but not required",
                "spa_slippers",
                waives=("Thai Green Label",),
            ),
            N("Laundry bags with drawstring", "drawstring_bag"),
        ],
    ),
    Sme(
        "bpa-037", "th", "ห้องเย็บป้าแดง โพธาราม", CIRC, MID, "Ratchaburi", "padaeng.sewing@gmail.com",
        [], [],
        [("รับเย็บกระเป๋า ลูกค้าส่งผ้าหรือวัสดุมาเอง จักรหนาก็มี ค่าแรงใบละ 25-60 บาท", "bag_sewing_service")],
        [N("มีใครขายด้ายเย็บไนลอนเบอร์ 20 ส่งบ้าง", "sewing_thread")],
    ),
    Sme(
        "bpa-038", "en", "BoxCraft Packaging Co., Ltd.", CIRC, MID, "Bangkok", "sales@boxcraft.co.th",
        ["FSC"], ["green"],
        [
            ("Kraft gift boxes with window, FSC paper", "paper_gift_box"),
            ("Printed hang tags with cotton string", "printed_hang_tag"),
            ("Corrugated mailer boxes made to size", "corrugated_mailer_box"),
        ],
        [N("Cotton dust bags to pack inside our gift boxes", "cotton_drawstring_pouch")],
    ),
    Sme(
        "bpa-039", "th", "กลุ่มประมงพื้นบ้านเก็บอวนเก่า สทิงพระ", CIRC, UP, "Songkhla", "sathingphra.net@gmail.com",
        [], ["circular"],
        [("อวนไนลอนเก่า ล้างแล้ว ตัดตะกั่วออก", "used_fishing_nets")],
        [U("อยากได้วิทยากรสอนทำกระเป๋าจากอวน", "no training offered in the set")],
    ),
    Sme(
        "bpa-040", "en", "Tidewrack Goods", CIRC, DOWN, "Bangkok", "hello@tidewrack.com",
        [], ["circular"],
        [("Net tote bags from recovered fishing nets", "upcycled_net_bag")],
        [
            N("Who has recovered fishing nets, cleaned?", "used_fishing_nets"),
            N("Recycled webbing 25 mm with GRS, no virgin polyester", "recycled_webbing", certs=("GRS",)),
            N("Side-release buckles, 25 mm", "plastic_buckle"),
        ],
    ),
    # ------------------------------------------------------------------ sportech
    Sme(
        "bpa-032", "en", "TreadLoop Rubber Co., Ltd.", SPORT, MID, "Rayong", "sales@treadloop.co.th",
        ["ISO 14001"], ["circular"],
        [("Outsoles from reclaimed tyre rubber, sizes 36-46", "recycled_rubber_outsole")],
        [N("Scrap car and truck tyres, any quantity", "used_tyres")],
    ),
    Sme(
        "bpa-034", "en", "PrintWorks Screen & Heat Transfer", SPORT, MID, "Pathum Thani", "orders@printworks-th.com",
        [], [],
        [
            ("Screen printing on bags, caps and totes you supply, from 50 pcs", "screen_printing_service"),
            ("DTF heat transfer prints for sportswear and bags", "heat_transfer_printing_service"),
        ],
        [
            N("Blank canvas totes to print and resell", "canvas_tote_bag"),
            N("Blank sports caps", "sports_cap"),
        ],
    ),
    Sme(
        "bpa-041", "en", "Bangpoo Narrow Fabrics Co., Ltd.", SPORT, MID, "Samut Prakan", "sales@bangpoonarrow.com",
        ["GRS", "OEKO-TEX Standard 100", "ISO 9001"], ["circular"],
        [
            ("PP and nylon webbing 20-50 mm, 45 colours", "webbing"),
            ("GRS recycled polyester webbing, 25 and 38 mm", "recycled_webbing"),
            ("Drawcord and round elastic", "drawcord"),
        ],
        [N("rPET filament yarn, GRS certified", "rpet_yarn", certs=("GRS",))],
    ),
    Sme(
        "bpa-042", "th", "ซิปทองสำเพ็ง", SPORT, MID, "Bangkok", "zipthong.sampeng@gmail.com",
        [], [],
        [
            ("ซิปไนลอนม้วน เบอร์ 3 และ 5 พร้อมหัวซิป", "zipper"),
            ("ซิปโลหะทองเหลือง นิกเกิล ตัดตามความยาว", "zipper"),
            ("ซิปกันน้ำ ซิปเคลือบ", "waterproof_zipper"),
        ],
        [N("กล่องลูกฟูกใส่ซิปส่งลูกค้าต่างจังหวัด", "corrugated_mailer_box")],
    ),
    Sme(
        "bpa-043", "en", "Hardline Trims Co., Ltd.", SPORT, MID, "Prachinburi", "info@hardlinetrims.com",
        ["ISO 9001"], [],
        [
            ("Side-release buckles, ladder locks and cord stoppers in POM", "plastic_buckle"),
            ("Plastic D-rings, tri-glides and toggles", "plastic_buckle"),
        ],
        [U("Recycled POM resin with GRS", "no recycled plastic resin offered", certs=("GRS",))],
    ),
    Sme(
        "bpa-044", "th", "แอคทีฟแบ็ก สปอร์ต", SPORT, DOWN, "Nonthaburi", "activebag.sport@gmail.com",
        [], [],
        [
            ("กระเป๋าผ้าหูรูด ใส่รองเท้าหรือชุดกีฬา สกรีนได้", "drawstring_bag"),
            ("กระเป๋ายิมทรงดัฟเฟิล 40 ลิตร", "sport_duffel_bag"),
            ("เป้วิ่งและเป้เดินป่า 5-25 ลิตร", "backpack"),
            ("ถุงผ้ารีไซเคิลจากขวด พับเก็บได้", "rpet_tote_bag"),
        ],
        [
            N("ผ้าแคนวาสรีไซเคิลจากขวด หนา 600D สำหรับตัดกระเป๋า", "rpet_bag_fabric"),
            N("ผ้าตาข่าย 3 มิติ ทำสายสะพายเป้", "spacer_mesh_fabric"),
            N("สายเทปหน้ากว้าง 25 มม.", "webbing", "recycled_webbing"),
            N("ส่งผ้าแคนวาสฝ้ายของเราไปเคลือบกันน้ำ ล็อตละ 300 เมตร", "waterproof_coating_service"),
        ],
    ),
    Sme(
        "bpa-045", "en", "Doi Suthep Trail Events Co., Ltd.", SPORT, DOWN, "Chiang Mai", "race@doisutheptrail.com",
        [], ["green"],
        [],
        [
            N("Finisher drawstring bags, 1,500 pcs, printed both sides", "drawstring_bag"),
            N("Quick-dry running caps with our logo", "sports_cap"),
            N(
                "Foldable event totes from recycled PET, GRS certificate not required",
                "rpet_tote_bag",
                waives=("GRS",),
            ),
        ],
    ),
    Sme(
        "bpa-046", "th", "เทคนิคัลเท็กซ์ มหาชัย", SPORT, MID, "Samut Sakhon", "technicaltex.mahachai@gmail.com",
        ["bluesign", "OEKO-TEX Standard 100"], ["green"],
        [
            ("ผ้าไนลอนริปสต็อปกันน้ำ 70D-210D", "waterproof_nylon_fabric"),
            ("ผ้าตาข่าย 3 มิติ หนา 3-5 มม. ระบายอากาศดี", "spacer_mesh_fabric"),
            ("รับเคลือบกันน้ำบนผ้าของลูกค้า", "waterproof_coating_service"),
        ],
        [N("เส้นด้ายโพลีเอสเตอร์รีไซเคิล ต้องมี GRS", "rpet_yarn", certs=("GRS",))],
    ),
    Sme(
        "bpa-047", "en", "CapLine OEM Headwear", SPORT, MID, "Chonburi", "oem@capline.co.th",
        ["ISO 9001", "OEKO-TEX Standard 100"], [],
        [
            ("Six-panel caps, quick-dry or cotton twill, MOQ 300, about 25 days", "sports_cap"),
            ("Reversible bucket hats", "fabric_hat"),
            ("Logo embroidery for other brands, flat or 3D puff, on caps and bags you send", "embroidery_service"),
        ],
        [
            N("Cotton canvas or twill, 10 oz", "cotton_canvas_fabric"),
            N("Woven labels", "woven_label"),
        ],
    ),
    Sme(
        "bpa-048", "th", "อีสานสปอร์ต", SPORT, DOWN, "Khon Kaen", "isansport.kk@gmail.com",
        [], [],
        [],
        [
            N("หมวกแก๊ปกีฬา ปักชื่อทีม", "sports_cap"),
            N("เป้นักเรียน เป้กีฬา ราคาส่ง", "backpack"),
            U("รองเท้าฟุตซอลราคาส่ง", "no one in the set makes sports shoes"),
        ],
    ),
    Sme(
        "bpa-049", "en", "Stride Footwear Co., Ltd.", SPORT, MID, "Nakhon Pathom", "oem@stridefootwear.co.th",
        ["ISO 9001"], [],
        [
            ("Velcro-strap walking shoes for older feet, wide fit", "elderly_shoes"),
            ("Lasting and sole attaching for other makers' uppers", "shoe_lasting_service"),
        ],
        [
            N("Rubber outsoles for walking shoes", "rubber_outsole", "recycled_rubber_outsole"),
            N("Shoe glue, water-based preferred", "shoe_adhesive"),
        ],
    ),
    Sme(
        "bpa-050", "th", "พื้นรองเท้ายางพาราชุมพร", SPORT, MID, "Chumphon", "chumphon.latexsole@gmail.com",
        ["Thai Industrial Standard"], ["bio"],
        [
            ("พื้นรองเท้ายางพารากันลื่น เบอร์ 35-45 ราคาโรงงาน", "rubber_outsole"),
            ("แผ่นยางพาราไว้ตัดพื้นเอง หนา 5-10 มม.", "natural_rubber_sheet"),
        ],
        [U("น้ำยางข้น 60% ส่งประจำ", "no latex supplier in the set")],
    ),
    Sme(
        "bpa-051", "en", "FoamTech Insoles", SPORT, MID, "Rayong", "sales@foamtech-insoles.com",
        ["OEKO-TEX Standard 100"], [],
        [
            ("EVA foam sheets 2-20 mm, 30-60 Shore A", "eva_foam_sheet"),
            ("Memory foam and PU insoles cut to size", "insole"),
        ],
        [N("Cardboard cartons for packing insoles by the pair", "corrugated_mailer_box")],
    ),
    Sme(
        "bpa-052", "en", "Rungrueang Footwear Chemicals", SPORT, MID, "Saraburi", "rr.chem@gmail.com",
        [], [],
        [
            ("Water-based shoe adhesive, toluene-free", "shoe_adhesive"),
            ("Edge paint for leather, 12 colours", "leather_edge_paint"),
        ],
        [N("Leather offcuts for colour sample cards", "leather_offcuts")],
    ),
    Sme(
        "bpa-053", "en", "Samui Surf & Dive Shop", SPORT, DOWN, "Surat Thani", "shop@samuisurfdive.com",
        [], [],
        [],
        [
            N("Roll-top dry bags, 10-20 L", "dry_bag"),
            N("Natural rubber flip-flops", "rubber_flip_flops"),
            N("Caps with shop logo", "sports_cap"),
            N("Sandals cut from old car tyres", "recycled_tyre_sandals"),
        ],
    ),
    Sme(
        "bpa-054", "th", "ลำปางการค้า อุปกรณ์ตัดเย็บ", SPORT, MID, "Lampang", "lampang.trims@gmail.com",
        [], [],
        [
            ("เทปตีนตุ๊กแก หน้ากว้าง 2-5 ซม.", "hook_and_loop_tape"),
            ("ด้ายเย็บโพลีเอสเตอร์ ไนลอน ครบทุกเบอร์", "sewing_thread"),
            ("เทปสะท้อนแสงเย็บติดกระเป๋า", "reflective_tape"),
            ("ยางยืดแบนและกลม ขายเป็นม้วน", "elastic_cord"),
        ],
        [
            N("ซิปทุกแบบราคาส่ง", "zipper"),
            N("กระดุมแป๊ก ตาไก่ หมุด", "rivet_snap_fastener"),
        ],
    ),
    Sme(
        "bpa-055", "en", "Fairway Leathercraft", SPORT, DOWN, "Nakhon Nayok", "fairwayleathercraft@gmail.com",
        [], [],
        [
            ("Golf headcovers in PU leather with embroidery", "golf_headcover"),
            ("Zipped golf shoe bags", "shoe_bag"),
        ],
        [
            N("PU leather 1.0-1.2 mm, white and navy", "pu_leather"),
            N("Embroidery of club logos onto finished headcovers", "embroidery_service"),
        ],
    ),
    Sme(
        "bpa-056", "en", "DryPack Thailand", SPORT, DOWN, "Chonburi", "sales@drypack.co.th",
        [], [],
        [
            ("Roll-top dry bags in PVC or TPU, 5-30 L", "dry_bag"),
            ("Waterproof phone pouches with lanyard", "waterproof_phone_pouch"),
        ],
        [
            U(
                "PVC tarpaulin 500D, bright colours",
                "no PVC tarpaulin offered; coated nylon ripstop is a different fabric",
            ),
            N("Waterproof zips", "waterproof_zipper"),
        ],
    ),
    # ------------------------------------------------------------------ ageing lifestyle central
    Sme(
        "bpa-057", "th", "บ้านพักผู้สูงอายุสวนบัวแก้ว", AC, DOWN, "Nonthaburi", "suanbuakaew.care@gmail.com",
        [], [],
        [],
        [
            N("รองเท้าใส่ในบ้านกันลื่นสำหรับผู้สูงอายุ 40 คู่", "antislip_home_slippers"),
            N("กระเป๋าแขวนรถเข็นหรือวอล์คเกอร์", "walker_bag"),
        ],
    ),
    Sme(
        "bpa-058", "en", "Sukhumvit Care Hospital", AC, DOWN, "Bangkok", "procurement@sukhumvitcare.com",
        ["ISO 9001"], [],
        [],
        [
            N(
                "Non-slip patient slippers, washable, to TIS standard",
                "antislip_home_slippers",
                certs=("Thai Industrial Standard",),
            ),
            N("Printed canvas discharge totes, 2,000 a year", "canvas_tote_bag"),
        ],
    ),
    Sme(
        "bpa-059", "th", "สลิปเปอร์นครชัยศรี", AC, DOWN, "Nakhon Pathom", "nakhonchaisri.slipper@gmail.com",
        ["Thai Industrial Standard"], [],
        [
            ("สลิปเปอร์ผ้าขนหนู พื้นกันลื่น สำหรับโรงแรมและสปา", "spa_slippers"),
            ("รองเท้าใส่ในบ้านผู้สูงอายุ พื้นยางกันลื่น ได้ มอก.", "antislip_home_slippers"),
            ("รองเท้าแตะยางพาราหูคีบ", "rubber_flip_flops"),
        ],
        [
            N("พื้นยางกันลื่นสำเร็จรูป", "rubber_outsole", "recycled_rubber_outsole"),
        ],
    ),
    Sme(
        "bpa-060", "en", "Golden Years Living", AC, DOWN, "Bangkok", "care@goldenyearsliving.co.th",
        [], [],
        [],
        [
            N("Easy-on shoes with velcro for older people, sizes 36-44", "elderly_shoes"),
            N("Bags that clip onto a walker or wheelchair", "walker_bag"),
            N("Small zip pouches for pills", "fabric_pouch"),
            N("Soft glasses cases", "glasses_case"),
        ],
    ),
    Sme(
        "bpa-061", "th", "ศูนย์รองเท้าเพื่อสุขภาพสุพรรณ", AC, DOWN, "Suphan Buri", "suphan.footcare@gmail.com",
        [], [],
        [
            ("รองเท้าสุขภาพสำหรับคนเป็นเบาหวาน หน้ากว้าง ปรับสายได้", "elderly_shoes"),
            ("รับทำแผ่นรองเท้าตามรูปเท้า หล่อแบบจากเท้าจริง", "custom_insole_service"),
        ],
        [
            U("หนังแกะนิ่มสำหรับบุใน", "no sheepskin offered; only cowhide and synthetic leather"),
            N("แผ่นรองเท้าเมมโมรีโฟม", "insole"),
            N("ตีนตุ๊กแกติดรองเท้า", "hook_and_loop_tape"),
        ],
    ),
    Sme(
        "bpa-062", "th", "รองเท้าหนังทำมือ ลพบุรี", AC, DOWN, "Lopburi", "lopburi.handmadeshoes@gmail.com",
        [], [],
        [
            ("รองเท้าแตะหนังแท้เย็บมือ พื้นยาง", "leather_sandals"),
            ("เข็มขัดหนังวัว หัวทองเหลือง", "leather_belt"),
        ],
        [
            N("หนังวัวฟอกฝาด หนา 3-4 มม.", "cowhide_leather"),
            N("พื้นยางพาราสำเร็จรูปสำหรับรองเท้าแตะ", "rubber_outsole"),
            N("มีใครรับทำบล็อกตัดพื้นรองเท้าบ้าง", "cutting_die"),
        ],
    ),
    Sme(
        "bpa-063", "en", "Charoen Krung Leather Supply", AC, MID, "Bangkok", "sales@ckleather.com",
        [], [],
        [
            ("Cowhide: veg tan, crazy horse, nappa; whole hides or per sq ft", "cowhide_leather"),
            ("PU and microfibre synthetic leather, 30 colours", "pu_leather"),
            ("Leather cut into straps, 1-4 cm", "leather_straps"),
        ],
        [
            N("Edge paint and leather finishes", "leather_edge_paint"),
        ],
    ),
    Sme(
        "bpa-064", "th", "ร้านบล็อกตัดสามยอด", AC, MID, "Bangkok", "samyod.die@gmail.com",
        [], [],
        [
            ("ทำบล็อกตัดหนัง ผ้า พื้นรองเท้า ตามแบบ 2-3 วันเสร็จ", "cutting_die"),
            ("รับตัดเลเซอร์ แกะโลโก้บนหนัง ไม้ อะคริลิค", "laser_cutting_engraving_service"),
        ],
        [N("เศษหนังไว้ลองบล็อกก่อนส่งลูกค้า", "leather_offcuts")],
    ),
    Sme(
        "bpa-065", "th", "ร้านปักจักรแม่กลอง", AC, MID, "Samut Songkhram", "maeklong.embroidery@gmail.com",
        [], [],
        [
            ("รับปักโลโก้บนหมวก กระเป๋า ที่ลูกค้าส่งมา", "embroidery_service"),
            ("อาร์มปักติดเสื้อติดกระเป๋า ขั้นต่ำ 100 ชิ้น", "embroidered_patch"),
        ],
        [N("ผ้ารองปักแบบฉีก", "embroidery_backing")],
    ),
    Sme(
        "bpa-066", "en", "Rattanakosin Heritage Museum Shop", AC, DOWN, "Bangkok", "shop@rattanakosinheritage.org",
        [], [],
        [],
        [
            N(
                "Silk card holders and clutches with Thai patterns; OTOP preferred but not required",
                "silk_card_holder",
                "silk_bag",
                waives=("OTOP",),
            ),
            N("Canvas totes with museum print, 500 pcs", "canvas_tote_bag"),
        ],
    ),
    Sme(
        "bpa-067", "th", "เครื่องเงินศรีสัชนาลัย", AC, DOWN, "Sukhothai", "srisatchanalai.silver@gmail.com",
        ["OTOP"], [],
        [("ต่างหูและสร้อยข้อมือเงินแท้ ลายโบราณสุโขทัย", "silver_jewellery")],
        [
            N("ประเกือมเงินขายส่ง", "silver_beads"),
            N("กล่องกระดาษใส่เครื่องประดับ", "paper_gift_box"),
        ],
    ),
    Sme(
        "bpa-068", "en", "Central Lining & Interfacing Supply", AC, MID, "Nakhon Sawan", "sales@centrallining.com",
        ["OEKO-TEX Standard 100"], [],
        [
            ("Polyester taffeta and cotton lining, 150 cm wide", "lining_fabric"),
            ("Fusible interfacing, woven and non-woven", "fusible_interfacing"),
            ("Tear-away embroidery backing", "embroidery_backing"),
        ],
        [
            N(
                "OEKO-TEX certified cotton greige for dyed linings",
                "cotton_greige_fabric",
                certs=("OEKO-TEX Standard 100",),
            ),
        ],
    ),
    Sme(
        "bpa-069", "th", "ริเวอร์แคว รีสอร์ท", AC, DOWN, "Kanchanaburi", "riverkwai.resort.purchase@gmail.com",
        [], ["green"],
        [],
        [
            N("สลิปเปอร์ในห้องพัก ผ้าหรือวัสดุธรรมชาติ ไม่เอาพลาสติก", "spa_slippers"),
            N("ตะกร้าผักตบชวาวางในห้องพัก", "water_hyacinth_basket"),
        ],
    ),
    Sme(
        "bpa-070", "en", "Brasswork Trims & Hardware", AC, MID, "Chachoengsao", "brasswork.trims@gmail.com",
        [], [],
        [
            ("Solid brass buckles, D-rings and swivel clasps", "metal_hardware"),
            ("Double-cap rivets, snap buttons and eyelets, setting tools too", "rivet_snap_fastener"),
        ],
        [N("Hang tags printed with our brand", "printed_hang_tag")],
    ),
    Sme(
        "bpa-071", "th", "ชมรมผู้สูงอายุทำมือ บางระกำ", AC, DOWN, "Phitsanulok", "bangrakam.elderly@gmail.com",
        ["OTOP"], ["circular"],
        [
            ("ซองแว่นตาผ้าฝ้ายบุฟองน้ำ", "glasses_case"),
            ("กระเป๋าใส่เหรียญจากเศษผ้า", "fabric_pouch"),
            ("สร้อยข้อมือลูกปัดร้อยมือ", "beaded_jewellery"),
            ("กระเป๋าผ้าแขวนรถเข็นและวอล์คเกอร์", "walker_bag"),
        ],
        [
            N("เศษผ้าฝ้ายชิ้นใหญ่ สีสด", "cotton_fabric_offcuts"),
            N("ลูกปัดแก้วคละสี", "glass_beads"),
        ],
    ),
    Sme(
        "bpa-072", "en", "Pahurat Bead House", AC, MID, "Bangkok", "pahuratbead@gmail.com",
        [], [],
        [
            ("Glass and crystal beads by the kilo", "glass_beads"),
            ("Jewellery findings in brass and stainless: hooks, jump rings, chain", "jewellery_findings"),
        ],
        [
            N("Surin silver beads (prakuem), wholesale", "silver_beads"),
            U("Velvet jewellery pouches", "no velvet pouches offered"),
        ],
    ),
    Sme(
        "bpa-073", "en", "LabelLink Woven Labels", AC, MID, "Samut Sakhon", "sales@labellink.co.th",
        ["OEKO-TEX Standard 100"], [],
        [
            ("Woven and satin labels, MOQ 500", "woven_label"),
            ("Printed care labels and hang tags", "printed_hang_tag"),
        ],
        [N("Recycled polyester yarn for labels, GRS", "rpet_yarn", certs=("GRS",))],
    ),
    Sme(
        "bpa-074", "th", "ร้านของฝากหัวหิน ตลาดฉัตรไชย", AC, DOWN, "Prachuap Khiri Khan", "huahin.souvenir@gmail.com",
        [], [],
        [],
        [
            N("กระเป๋าผ้าขาวม้า", "pakama_bag"),
            N("พวงกุญแจหนัง", "leather_keychain"),
        ],
    ),
    Sme(
        "bpa-075", "en", "Pattaya Souvenir Wholesale", AC, DOWN, "Chonburi", "pattayasouvenir@gmail.com",
        [], [],
        [],
        [
            N("Elephant-print canvas totes by the thousand", "canvas_tote_bag"),
            N("Beaded bracelets, cheap, around 10 baht", "beaded_jewellery"),
        ],
    ),
    Sme(
        "bpa-076", "th", "โรงทอผ้าแคนวาสอ่างทอง", AC, MID, "Ang Thong", "angthong.canvas@gmail.com",
        ["OEKO-TEX Standard 100"], [],
        [
            ("ผ้าแคนวาสฝ้าย 100% หนา 8-16 ออนซ์ สีดิบและย้อมสี", "cotton_canvas_fabric"),
            ("ผ้าดิบฝ้าย หน้ากว้าง 60 นิ้ว", "cotton_greige_fabric"),
        ],
        [
            N("ด้ายฝ้ายรีไซเคิลสำหรับทอแคนวาส", "recycled_cotton_yarn"),
            U(
                "ด้ายฝ้ายบริสุทธิ์ที่ได้ BCI เบอร์ 10 ทอผ้าแคนวาส",
                "no one offers Better Cotton yarn",
                certs=("Better Cotton",),
            ),
        ],
    ),
    Sme(
        "bpa-077", "en", "ToteMakers Thailand", AC, DOWN, "Nonthaburi", "orders@totemakers.co.th",
        [], [],
        [
            ("Plain and printed canvas totes, MOQ 100, samples in 5 days", "canvas_tote_bag"),
            ("Cotton drawstring dust bags for shoes and handbags", "cotton_drawstring_pouch"),
        ],
        [
            N("Cotton canvas 10-12 oz, natural", "cotton_canvas_fabric"),
            N("Screen printing on totes", "screen_printing_service"),
            U("Cotton webbing for handles, 2.5 cm", "only PP, nylon and polyester webbing is offered"),
        ],
    ),
    # ------------------------------------------------------------------ ageing lifestyle isan
    Sme(
        "bpa-078", "th", "กลุ่มแม่บ้านปั่นฝ้ายบ้านโนนเขวา", AI, UP, "Khon Kaen", "nonkhwao.cotton@gmail.com",
        ["Organic Thailand"], ["bio"],
        [
            ("ฝ้ายเข็นมือจากฝ้ายปลูกเอง ไม่ใช้สารเคมี", "cotton_yarn_handspun"),
            ("ปุยฝ้ายดีดแล้ว พร้อมเข็น", "ginned_cotton"),
        ],
        [U("เมล็ดฝ้ายพื้นเมือง ฝ้ายตุ่น", "no cotton seed offered")],
    ),
    Sme(
        "bpa-079", "th", "ผ้าฝ้ายย้อมครามบ้านนาข่า", AI, MID, "Udon Thani", "nakha.indigo@gmail.com",
        ["OTOP"], ["bio"],
        [
            ("ผ้าฝ้ายมัดหมี่ย้อมคราม หน้า 1 เมตร", "indigo_dyed_cotton_fabric"),
            ("ผ้าฝ้ายทอมือลายขิด สีพื้น", "handwoven_cotton_fabric"),
            ("กระเป๋าผ้าขิด", "handwoven_cotton_bag"),
        ],
        [
            N("ฝ้ายเข็นมือ", "cotton_yarn_handspun"),
            N("ต้องการคนรับย้อมครามผ้าฝ้ายของเรา 200 เมตร", "indigo_dyeing_service", "natural_dyeing_service"),
        ],
    ),
    Sme(
        "bpa-080", "th", "ผ้าขาวม้าร้อยสี ร้อยเอ็ด", AI, MID, "Roi Et", "roiet.pakama@gmail.com",
        ["OTOP"], ["bio"],
        [
            ("ผ้าขาวม้าทอมือ ผืนละ 150-350 บาท", "pakama_cloth"),
            ("กระเป๋าผ้าขาวม้าทรงโท้ท มีซิป", "pakama_bag"),
        ],
        [
            N("ช่างเย็บรับเย็บกระเป๋าจากผ้าขาวม้าที่เราส่งไป", "bag_sewing_service"),
        ],
    ),
    Sme(
        "bpa-081", "en", "Isan Loom House", AI, DOWN, "Khon Kaen", "shop@isanloomhouse.com",
        [], ["bio"],
        [],
        [
            N("Pakama tote bags, mixed colours; OTOP stars nice to have", "pakama_bag", waives=("OTOP",)),
            N("Indigo cotton shoulder bags", "indigo_cotton_bag"),
        ],
    ),
    Sme(
        "bpa-082", "th", "กลุ่มเครื่องเงินบ้านโชค", AI, MID, "Surin", "banchok.silver@gmail.com",
        ["OTOP"], [],
        [
            ("ประเกือมเงินแท้ ขายเป็นเม็ดหรือเป็นพวง", "silver_beads"),
            ("กำไลเงิน สร้อยประเกือม", "silver_jewellery"),
            ("ตะขอต่างหูเงินแท้ 92.5", "silver_jewellery_findings"),
        ],
        [
            U("เม็ดเงินบริสุทธิ์สำหรับหลอม", "no silver bullion offered"),
            N("กล่องกระดาษใส่กำไล", "paper_gift_box"),
        ],
    ),
    Sme(
        "bpa-083", "th", "ผ้าไหมนาโพธิ์", AI, MID, "Buriram", "naphosilk@gmail.com",
        ["OTOP"], ["bio"],
        [
            ("ผ้าไหมหางกระรอก ผ้าไหมพื้น เมตรละ 900", "thai_silk_fabric"),
            ("เศษผ้าไหมชิ้นเล็กจากการตัด ขายเป็นกิโล", "silk_offcuts"),
        ],
        [N("ไหมพื้นบ้านสาวมือ", "silk_yarn")],
    ),
    Sme(
        "bpa-084", "th", "ร้านผ้าทอมืออุบล", AI, DOWN, "Ubon Ratchathani", "ubon.handwoven@gmail.com",
        [], [],
        [],
        [
            N(
                "กระเป๋าผ้าไหมถือออกงาน ไม่จำเป็นต้องมีตรานกยูง",
                "silk_bag",
                waives=("Thai Silk Peacock Emblem",),
            ),
            N(
                "ย่ามผ้าฝ้ายทอมือ ต้องเป็นสินค้าโอทอป",
                "handwoven_cotton_bag",
                "indigo_cotton_bag",
                certs=("OTOP",),
            ),
        ],
    ),
    Sme(
        "bpa-085", "en", "Korat Bag Works Co., Ltd.", AI, MID, "Nakhon Ratchasima", "sourcing@koratbagworks.com",
        ["ISO 9001", "SA8000"], [],
        [
            ("Cut-make-trim for bags and backpacks, your fabric or ours, 500+ units", "bag_sewing_service"),
            ("Private-label backpacks and laptop bags", "backpack"),
        ],
        [
            N("Coil zips #5 and #8", "zipper"),
            N("600D recycled polyester with GRS certificate", "rpet_bag_fabric", certs=("GRS",)),
            N("Webbing 25-50 mm", "webbing", "recycled_webbing"),
        ],
    ),
    Sme(
        "bpa-086", "th", "กลุ่มเลี้ยงไหมบ้านโพน", AI, UP, "Kalasin", "banphon.silk@gmail.com",
        [], ["bio"],
        [
            ("เส้นไหมสาวมือ ไหมหลืบ ไหมควบ", "silk_yarn"),
            ("รังไหมเหลืองพันธุ์ไทย", "silk_cocoons"),
        ],
        [N("ถุงผ้าหูรูดใส่เส้นไหมส่งลูกค้า", "cotton_drawstring_pouch", "drawstring_bag")],
    ),
    Sme(
        "bpa-087", "th", "กลุ่มทอเสื่อกกบ้านนาคำ", AI, MID, "Nakhon Phanom", "nakham.reedmat@gmail.com",
        ["OTOP"], ["bio"],
        [
            ("เสื่อกกทอลายขิด ผืนใหญ่", "reed_woven_mat"),
            ("ตะกร้ากกใส่ผ้า", "reed_basket"),
            ("กระเป๋ากกพับได้", "reed_bag"),
        ],
        [N("เส้นกกย้อมสีแล้ว ตากแห้ง", "dyed_reed_strips")],
    ),
    Sme(
        "bpa-088", "th", "กลุ่มปลูกกกและแปรรูปบ้านแพง", AI, UP, "Maha Sarakham", "banphaeng.reed@gmail.com",
        [], ["bio"],
        [
            ("ต้นกกผ่าเส้นตากแห้ง สีธรรมชาติ", "dried_reed_strips"),
            ("เส้นกกย้อมสี พร้อมทอ", "dyed_reed_strips"),
        ],
        [U("สีย้อมเคมีสำหรับย้อมกก ไม่ซีดเวลาโดนแดด", "no synthetic dyestuff offered")],
    ),
    Sme(
        "bpa-089", "th", "ไหมเหลือใช้ ศรีสะเกษ", AI, DOWN, "Sisaket", "sisaket.silkreuse@gmail.com",
        [], ["circular"],
        [
            ("ยางรัดผมและโบว์จากเศษผ้าไหม", "silk_hair_accessory"),
            ("ที่ใส่บัตรผ้าไหม", "silk_card_holder"),
        ],
        [
            N("เศษผ้าไหมชิ้นเล็ก ซื้อเป็นกิโล", "silk_offcuts"),
            N("ยางยืดกลมสำหรับรัดผม", "elastic_cord"),
        ],
    ),
    Sme(
        "bpa-090", "en", "Udon North-East Medical Centre", AI, DOWN, "Udon Thani", "supply@udonnemc.com",
        ["ISO 9001"], [],
        [],
        [
            N("Washable non-slip slippers for the wards", "antislip_home_slippers"),
            N("Drawstring cloth bags for patients' belongings", "drawstring_bag"),
        ],
    ),
    Sme(
        "bpa-091", "th", "ผ้าทอฝ้ายออร์แกนิคยโสธร", AI, MID, "Yasothon", "yasothon.organiccotton@gmail.com",
        ["Organic Thailand"], ["bio"],
        [
            ("ผ้าฝ้ายออร์แกนิคทอมือ ไม่ฟอกไม่ย้อม", "handwoven_cotton_fabric"),
        ],
        [
            N("รับจ้างย้อมครั่งหรือสีเปลือกไม้ให้ผ้าของเรา", "natural_dyeing_service"),
        ],
    ),
    Sme(
        "bpa-092", "en", "Mekong Crafts Export", AI, DOWN, "Nong Khai", "mekongcrafts@gmail.com",
        [], [],
        [],
        [
            N("Indigo-dyed cotton bags, 500 pcs an order", "indigo_cotton_bag"),
            N(
                "Handwoven organic cotton fabric, Organic Thailand certified",
                "handwoven_cotton_fabric",
                certs=("Organic Thailand",),
            ),
            N("Help with export paperwork for handicraft to Laos and Vietnam", "export_agent_service"),
        ],
    ),
    Sme(
        "bpa-093", "th", "ร้านผ้าทอเชียงคาน", AI, DOWN, "Loei", "chiangkhan.weave@gmail.com",
        [], [],
        [],
        [
            N("กระเป๋าผ้าฝ้ายย้อมคราม ทรงสะพายข้าง", "indigo_cotton_bag"),
            N("รองเท้าแตะหนังทำมือ", "leather_sandals"),
        ],
    ),
    Sme(
        "bpa-094", "en", "Phrae Mohom Indigo Works", HEMP, MID, "Phrae", "mohom.indigo@gmail.com",
        [], ["bio"],
        [
            ("Indigo vat dyeing for outside orders: your cotton, hemp or linen", "indigo_dyeing_service"),
            ("Indigo-dyed handspun cotton yarn", "naturally_dyed_cotton_yarn"),
        ],
        [N("Fermented indigo paste", "indigo_paste")],
    ),
    Sme(
        "bpa-095", "th", "ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ โคราช", AI, DOWN, "Nakhon Ratchasima", "baansukjai.korat@gmail.com",
        [], [],
        [],
        [
            N("รองเท้าผู้สูงอายุ ใส่ง่าย ไม่ต้องผูกเชือก", "elderly_shoes"),
            N("กระเป๋าห้อยรถเข็น", "walker_bag"),
        ],
    ),
]


# ------------------------------------------------------------------ checks

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z]")
EMAIL = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
ID = re.compile(r"^bpa-\d{3}$")
SUB_CLUSTERS = {str(s) for s in taxonomy.SubCluster}
STAGES = {str(s) for s in taxonomy.Stage}
BCG_TAGS = {str(t) for t in taxonomy.BcgTag}
CERT_NAMES = {c.name for c in taxonomy.CERTIFICATIONS}


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _cert_terms(cert: object) -> list[tuple[str, bool]]:
    """(term, case_sensitive) pairs by which a text names the certification."""
    terms = [(t, False) for t in (cert.name, cert.full_name, *cert.mentions)]  # type: ignore[attr-defined]
    terms += [(t, True) for t in cert.case_sensitive_mentions]  # type: ignore[attr-defined]
    for alias in cert.aliases:  # type: ignore[attr-defined]
        if THAI_CHAR.search(alias):
            if len(alias) >= 4:  # short Thai aliases ("อย") hide inside ordinary words
                terms.append((alias, False))
        else:
            terms.append((alias, len(alias) <= 3))  # TIS, BCI, TGL: capitals only
    return terms


CERT_TERMS = {c.name: _cert_terms(c) for c in taxonomy.CERTIFICATIONS}


def _names(text: str, term: str, case_sensitive: bool) -> bool:
    text, term = _nfkc(text), _nfkc(term)
    if THAI_CHAR.search(term) and not LATIN_LETTER.search(term):
        return term in text
    pattern = rf"(?<![A-Za-z0-9]){re.escape(term)}(?![A-Za-z0-9])"
    return re.search(pattern, text, 0 if case_sensitive else re.IGNORECASE) is not None


def certs_named(text: str) -> set[str]:
    return {name for name, terms in CERT_TERMS.items() if any(_names(text, t, cs) for t, cs in terms)}


def canonical(values: list[str]) -> set[str]:
    return {taxonomy.resolve_certification(v) or v for v in values}


def phrase_errors(sme: Sme, phrase: str) -> list[str]:
    thai = len(THAI_CHAR.findall(phrase))
    latin = len(LATIN_LETTER.findall(phrase))
    if sme.lang == "th" and thai <= latin:
        return [f"{sme.id}: Thai phrase not mostly Thai letters: {phrase!r}"]
    if sme.lang == "en" and (thai or not phrase.isascii()):
        return [f"{sme.id}: English phrase not Latin only: {phrase!r}"]
    return []


def compute_links(smes: list[Sme]) -> set[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            for supplier in smes:
                if supplier.id != buyer.id and qualifies(supplier, need):
                    links.add((supplier.id, buyer.id))
    return links


def qualifies(supplier: Sme, need: Need) -> bool:
    if need.unmet:
        return False
    offered = {label for _, label in supplier.offers}
    return bool(offered & set(need.labels)) and set(need.certs) <= canonical(supplier.certs)


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if sorted(ids) != [f"bpa-{i:03d}" for i in range(1, 96)]:
        errors.append("ids must be bpa-001 ... bpa-095, each once")
    emails = Counter(s.email for s in smes)
    errors += [f"duplicate email {e}" for e, n in emails.items() if n > 1]
    for s in smes:
        if not ID.match(s.id):
            errors.append(f"{s.id}: bad id")
        if s.lang not in taxonomy.LANGUAGES:
            errors.append(f"{s.id}: bad language {s.lang}")
        if s.sub not in SUB_CLUSTERS:
            errors.append(f"{s.id}: bad sub-cluster {s.sub}")
        if s.stage not in STAGES:
            errors.append(f"{s.id}: bad stage {s.stage}")
        if taxonomy.resolve_province(s.province) is None:
            errors.append(f"{s.id}: province does not resolve: {s.province}")
        for c in s.certs:
            if taxonomy.resolve_certification(c) is None:
                errors.append(f"{s.id}: certification does not resolve: {c}")
        if not set(s.bcg) <= BCG_TAGS or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{s.id}: bad bcg tags {s.bcg}")
        if not EMAIL.match(s.email):
            errors.append(f"{s.id}: bad email {s.email}")
        if s.lang == "en" and not s.name.isascii():
            errors.append(f"{s.id}: English name not Latin only")
        if s.lang == "th" and not THAI_CHAR.search(s.name):
            errors.append(f"{s.id}: Thai name without Thai letters")
        if not 1 <= len(s.needs) <= 4:
            errors.append(f"{s.id}: needs 1-4, has {len(s.needs)}")
        if len(s.offers) > 4 or (not s.offers and s.stage != DOWN):
            errors.append(f"{s.id}: offers 1-4 (0 only for buyers downstream), has {len(s.offers)}")
        held = canonical(s.certs)
        for text, label in s.offers:
            errors += phrase_errors(s, text)
            if not re.fullmatch(r"[a-z][a-z0-9_]*", label):
                errors.append(f"{s.id}: bad label {label}")
            if not certs_named(text) <= held:
                errors.append(f"{s.id}: offer names a certification it does not hold: {text!r}")
        for need in s.needs:
            errors += phrase_errors(s, need.text)
            errors += need_errors(s, need, smes)
    return errors


def need_errors(buyer: Sme, need: Need, smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    where = f"{buyer.id}: need {need.text!r}"
    for c in (*need.certs, *need.waives):
        if c not in CERT_NAMES:
            errors.append(f"{where}: unknown certification {c}")
    if set(need.certs) & set(need.waives):
        errors.append(f"{where}: a certification both required and waived")
    named = certs_named(need.text)
    if not set(need.certs) | set(need.waives) <= named:
        errors.append(f"{where}: required or waived certification not named in the text")
    if not named <= set(need.certs) | set(need.waives):
        errors.append(f"{where}: names {sorted(named)} but neither requires nor waives it")
    if need.unmet:
        if need.labels:
            errors.append(f"{where}: an unmet need lists labels")
        return errors
    if not need.labels:
        errors.append(f"{where}: a met need lists no labels")
    for label in need.labels:
        if not any(label == lab for s in smes if s.id != buyer.id for _, lab in s.offers):
            errors.append(f"{where}: label {label} offered by no one else")
    if not any(s.id != buyer.id and qualifies(s, need) for s in smes):
        errors.append(f"{where}: no qualified supplier")
    return errors


def stats(smes: list[Sme], links: set[tuple[str, str]]) -> dict[str, object]:
    by_id = {s.id: s for s in smes}
    needs = [n for s in smes for n in s.needs]
    th_en = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    return {
        "profiles": len(smes),
        "th": sum(s.lang == "th" for s in smes),
        "en": sum(s.lang == "en" for s in smes),
        "sub": Counter(s.sub for s in smes),
        "stage": Counter(s.stage for s in smes),
        "region": Counter(str(taxonomy.resolve_province(s.province).region) for s in smes),
        "provinces": len({taxonomy.resolve_province(s.province).name_en for s in smes}),
        "offers": sum(len(s.offers) for s in smes),
        "labels": len({label for s in smes for _, label in s.offers}),
        "needs": len(needs),
        "met": sum(not n.unmet for n in needs),
        "unmet": sum(bool(n.unmet) for n in needs),
        "requiring": sum(bool(n.certs) for n in needs),
        "waiving": sum(bool(n.waives) for n in needs),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross": th_en + en_th,
        "within": len(links) - th_en - en_th,
        "cross_sub": sum(1 for a, b in links if by_id[a].sub != by_id[b].sub),
    }


def target_errors(st: dict[str, object]) -> list[str]:
    errors: list[str] = []
    th_share = st["th"] / st["profiles"]  # type: ignore[operator]
    if not 0.50 <= th_share <= 0.60:
        errors.append(f"Thai share {th_share:.2f} not about 55 %")
    if not 140 <= st["links"] <= 180:  # type: ignore[operator]
        errors.append(f"{st['links']} links, want 140-180")
    if st["cross"] / st["links"] < 0.45:  # type: ignore[operator]
        errors.append("fewer than 45 % of links cross languages")
    if not 15 <= st["unmet"] <= 25:  # type: ignore[operator]
        errors.append(f"{st['unmet']} unmet needs, want 15-25")
    if not st["requiring"] or not st["waiving"]:
        errors.append("need both certification-requiring and certification-waiving needs")
    if set(st["sub"]) != SUB_CLUSTERS or set(st["stage"]) != STAGES:  # type: ignore[call-overload]
        errors.append("every sub-cluster and every stage must appear")
    if min(st["sub"].values()) < 12 or min(st["stage"].values()) < 12:  # type: ignore[attr-defined]
        errors.append("sub-clusters or stages too unevenly spread")
    if len(st["region"]) != 6 or st["provinces"] < 35:  # type: ignore[arg-type, operator]
        errors.append("too few regions or provinces")
    return errors


def counts_table(st: dict[str, object]) -> str:
    rows = [
        ("profiles", st["profiles"]),
        ("Thai / English profiles", f"{st['th']} / {st['en']}"),
    ]
    rows += [(f"sub-cluster `{k}`", v) for k, v in sorted(st["sub"].items())]  # type: ignore[attr-defined]
    rows += [(f"stage `{k}`", st["stage"][k]) for k in ("upstream", "midstream", "downstream")]  # type: ignore[index]
    rows += [(f"region `{k}`", v) for k, v in sorted(st["region"].items())]  # type: ignore[attr-defined]
    cross_pct = 100 * st["cross"] / st["links"]  # type: ignore[operator]
    rows += [
        ("distinct provinces", st["provinces"]),
        ("offers", st["offers"]),
        ("distinct offer labels", st["labels"]),
        ("needs", st["needs"]),
        ("needs met / met by no one", f"{st['met']} / {st['unmet']}"),
        ("needs requiring a certification", st["requiring"]),
        ("needs waiving a certification", st["waiving"]),
        ("true links", st["links"]),
        ("cross-language links, Thai supplier to English buyer", st["th_en"]),
        ("cross-language links, English supplier to Thai buyer", st["en_th"]),
        ("cross-language links, total", f"{st['cross']} ({cross_pct:.1f} %)"),
        ("within-language links", st["within"]),
        ("links between different sub-clusters", st["cross_sub"]),
    ]
    lines = ["| count | value |", "|---|---|"] + [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ output


def profile(s: Sme) -> dict[str, object]:
    return {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }


def main() -> int:
    smes = sorted(SMES, key=lambda s: s.id)
    errors = check(smes)
    links = compute_links(smes) if not errors else set()
    if not errors:
        st = stats(smes, links)
        errors += target_errors(st)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    jsonl = "".join(json.dumps(profile(s), ensure_ascii=False) + "\n" for s in smes)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(links))
    (HERE / "profiles.jsonl").write_text(jsonl, encoding="utf-8")
    (HERE / "links.csv").write_text(buffer.getvalue(), encoding="utf-8")
    print(counts_table(st), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
