"""Hand-labelled evaluation set `blind_plain_craft`: plain registry entries of a design, craft and
slow-fashion leaning cluster.

Every profile below was written by hand. Each offer carries a label saying what the thing is; each need
lists the offer labels that would meet it (and the certifications its text requires), or is marked as
met by no one. The checks at the bottom must all pass before anything is written.

Run from the repository root:  .venv/bin/python eval/blind_plain_craft/write.py
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
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    LANGUAGES,
    BcgTag,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

# ------------------------------------------------------------------ model


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str  # empty for a need someone in the set can meet, else a short note why no one can


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, certs, waives, "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
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


H = "hemp_natural_fibre"
C = "circular_textile"
S = "sportech"
AC = "ageing_lifestyle_central"
AI = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"
BIO, CIRC, GREEN = "bio", "circular", "green"

OT = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OEKO = "OEKO-TEX Standard 100"
TIS = "Thai Industrial Standard"

# ------------------------------------------------------------------ data

SMES: list[Sme] = [
    # ---------------------------------------------------------- fibre, yarn, dye plants
    Sme("bpd-001", "th", "วิสาหกิจชุมชนกัญชงบ้านห้วยน้ำขาว", H, UP, "Tak", "hemp.huaynamkhao@gmail.com",
        (), (BIO,),
        [("เปลือกกัญชงลอกมือ ตากแดดแล้ว ขายยกกิโล กิโลละ 180.-", "hemp_fibre_raw"),
         ("ด้ายกัญชงเข็นมือ เส้นเล็ก-เส้นใหญ่ ม้วนละ 100 ก.", "handspun_hemp_yarn")],
        [U("อยากได้เครื่องลอกเปลือกกัญชงขนาดเล็ก ใช้ในหมู่บ้าน",
           "no one in the set makes, sells or rents hemp decorticators"),
         N("หาช่างภาพถ่ายรูปสินค้าลงเพจ งบไม่สูง", "product_photography_service")]),
    Sme("bpd-002", "en", "Doi Chang Hemp Collective", H, UP, "Chiang Rai", "hello@doichanghemp.co",
        (), (BIO,),
        [("Handspun hemp thread, ecru, 100 g skeins - spun by Hmong grandmothers", "handspun_hemp_yarn"),
         ("Hand-stripped hemp bast, sold per kg", "hemp_fibre_raw")],
        [N("hom indigo paste approx 20kg/season", "natural_indigo_paste"),
         U("Beeswax for batik resist, 10 kg", "no beeswax seller in the set")]),
    Sme("bpd-003", "th", "กลุ่มเข็นฝ้ายบ้านนาอ้อ", H, UP, "Loei", "naorcotton@gmail.com",
        (OT,), (BIO, GREEN),
        [("ฝ้ายเข็นมือ ฝ้ายอินทรีย์ปลูกเอง มีตรา Organic Thailand", "handspun_cotton_yarn"),
         ("ปุยฝ้ายอีดเมล็ดออกแล้ว พร้อมดีด พร้อมเข็น", "raw_cotton_lint")],
        [N("ด้ายกัญชงปั่นมือ อยากได้มาทอผสมฝ้าย", "handspun_hemp_yarn")]),
    Sme("bpd-004", "en", "Nan Native Cotton Spinners", H, UP, "Nan", "fai.tun.nan@gmail.com",
        (), (BIO,),
        [("Hand-spun fai tun (native brown cotton) yarn, 250 g hanks", "handspun_cotton_yarn"),
         ("Handspun yarn dyed w/ ebony fruit & lac, small lots", "natural_dyed_yarn")],
        [N("Sticklac (khrang) for reds, 10 kg", "lac_dye"),
         N("Ginned cotton, seeds removed, ~50 kg", "raw_cotton_lint")]),
    Sme("bpd-005", "th", "ไหมไทยบ้านสวาย", H, UP, "Surin", "mai.banswai@hotmail.com",
        ("OTOP",), (BIO,),
        [("เส้นไหมน้อยสาวมือ พันธุ์นางลาย เส้นสวยเงางาม กิโลละ 3,500 บาท", "thai_silk_yarn"),
         ("รังไหมเหลือง รังเปล่าตัดแล้ว ขายเป็นกิโล", "silk_cocoons")],
        [N("เปลือกประโหด แก่นขนุน ตากแห้ง ไว้ย้อมไหม", "natural_dye_plant_material"),
         U("ไข่ไหมพันธุ์ดีจากศูนย์หม่อนไหม", "no silkworm egg supplier in the set")]),
    Sme("bpd-006", "th", "ครามบ้านดอนกอย", H, MID, "Sakon Nakhon", "khram.dongoi@gmail.com",
        ("OTOP",), (BIO,),
        [("ด้ายฝ้ายย้อมคราม เป็นไจ มีเฉดเข้ม กลาง อ่อน", "natural_dyed_yarn"),
         ("เนื้อครามเปียก ถังละ 10 กก. ส่งทั่วประเทศ", "natural_indigo_paste"),
         ("รับย้อมครามผ้าผืนและเสื้อผ้าที่ลูกค้าส่งมา", "indigo_dyeing_service")],
        [N("ฝ้ายเข็นมือสีขาว 100 กก. ต้องมีใบรับรองเกษตรอินทรีย์", "handspun_cotton_yarn", certs=(OT,)),
         N("มีใครรับเย็บจำนวนน้อยบ้างคะ ตัดเสื้อจากผ้าครามของกลุ่ม 50-100 ตัว", "cmt_sewing_service")]),
    Sme("bpd-007", "en", "Phrae Hom Works", H, MID, "Phrae", "phraehomworks@gmail.com",
        (), (BIO,),
        [("Mor hom indigo cotton, 90 cm, cut by the metre", "indigo_dyed_cotton_fabric"),
         ("Hom indigo dyeing of your garments, min. 30 pcs, 2 weeks", "indigo_dyeing_service")],
        [N("Loom-state handwoven cotton, undyed, for our vats ~300 m/mo", "handwoven_cotton_fabric"),
         N("coconut shell buttons 15mm x 2,000", "natural_buttons")]),
    # ---------------------------------------------------------- recycling and waste
    Sme("bpd-008", "en", "ReThread Fibre Co.", C, UP, "Samut Prakan", "sales@rethreadfibre.com",
        ("GRS",), (CIRC,),
        [("Recycled cotton yarn Ne 10/1 from cutting waste, GRS", "recycled_cotton_yarn"),
         ("Toll shredding: send us your textile waste, get fibre back", "textile_shredding_service")],
        [N("Pre-consumer cotton cutting scraps, colour sorted, 1 t min.", "fabric_offcuts"),
         N("Worn-out jeans by the bale", "used_denim_garments")]),
    Sme("bpd-009", "en", "EastLoop rPET Yarns", S, UP, "Rayong", "info@eastloop-rpet.com",
        ("GRS", OEKO), (CIRC, GREEN),
        [("rPET filament yarn 75D/72F from post-consumer bottles", "recycled_polyester_yarn"),
         ("rPET single jersey 140 gsm, 10 stock colours", "recycled_polyester_knit_fabric")],
        [N("Old polyester team shirts for take-back, any colour", "used_sportswear"),
         U("Clear PET bottle flakes, 20 t a month", "no bottle flake supplier in the set")]),
    Sme("bpd-010", "th", "ใยสับปะรดนางแล", H, UP, "Chiang Rai", "pinefiber.nanglae@gmail.com",
        (), (BIO, CIRC),
        [("ใยสับปะรดขูดมือ ตากแห้ง หวีแล้ว", "pineapple_leaf_fibre"),
         ("เส้นใยกล้วยตานี ลอกจากกาบ", "banana_fibre")],
        [N("หาคนรับทอผ้าจากใยสับปะรด เราส่งใยไปให้เอง", "commission_weaving_service")]),
    Sme("bpd-011", "th", "นุ่นบ้านโนนสูง", AI, UP, "Nakhon Ratchasima", "noonnonsung@gmail.com",
        ("OTOP",), (BIO,),
        [("นุ่นปั่นแยกเมล็ดแล้ว สำหรับยัดหมอน ที่นอน", "kapok_fibre")],
        [N("ผ้าดิบเหลือม้วน ราคาถูก เอามาทำปลอกหมอนนุ่น", "deadstock_woven_fabric")]),
    Sme("bpd-012", "en", "Lanna Dye Garden", H, UP, "Lamphun", "garden@lannadye.org",
        (OT,), (BIO, GREEN),
        [("Dried dyestuffs: marigold, sappan, mango bark, annatto", "natural_dye_plant_material"),
         ("Fresh Strobilanthes indigo leaves, pre-order only", "indigo_leaves_fresh"),
         ("Plant-dye workshop for visitors, 3 hrs, up to 20 ppl", "dye_workshop_experience")],
        [N("Looking for undyed cotton scarf blanks for our dye class, 200 pcs", "undyed_scarf_blank")]),
    Sme("bpd-013", "th", "ครั่งและเปลือกไม้บ้านนาเชือก", H, UP, "Maha Sarakham", "khrang.nachueak@gmail.com",
        (), (BIO,),
        [("ครั่งดิบติดกิ่ง ให้สีแดง ชมพู", "lac_dye"),
         ("เปลือกประดู่ แก่นเข เปลือกมะพูด ตากแห้งบดแล้ว", "natural_dye_plant_material")],
        [N("ถุงกระดาษคราฟท์ สกรีนโลโก้ร้าน 500 ใบ", "kraft_packaging")]),
    Sme("bpd-014", "th", "ห้อมป้าศรี เมืองแพร่", H, MID, "Phrae", "hompasri@gmail.com",
        ("OTOP",), (BIO,),
        [("ห้อมเปียกหมักเอง พร้อมก่อหม้อ สนใจทักไลน์ @hompasri", "natural_indigo_paste"),
         ("ผ้าหม้อห้อม ตัดขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
         ("เศษผ้าหม้อห้อมจากการตัดเสื้อ ขายเป็นถุง", "indigo_fabric_scraps")],
        [N("ต้องการใบห้อมสด ช่วงหน้าฝน", "indigo_leaves_fresh")]),
    Sme("bpd-015", "th", "ผักตบชวาบางบาล", C, UP, "Phra Nakhon Si Ayutthaya", "pakthob.bangban@gmail.com",
        ("OTOP",), (BIO, CIRC),
        [("ผักตบชวาตากแห้ง เส้นยาว 60 ซม. ขึ้นไป", "water_hyacinth_dried"),
         ("เชือกผักตบชวาถักเกลียว ขายเป็นม้วน", "water_hyacinth_rope")],
        [N("ผ้าพิมพ์บล็อกลายไทย เอามาบุในกระเป๋าผักตบ", "block_printed_fabric")]),
    Sme("bpd-016", "en", "Sampeng Deadstock Rolls", C, UP, "Bangkok", "rolls@sampengdeadstock.com",
        (), (CIRC,),
        [("Deadstock & end-of-roll wovens from export mills: cotton, calico, linen, rayon, poly satin. Per kg",
          "deadstock_woven_fabric")],
        [U("Warehouse space to rent near Sampeng, 100-200 sqm", "no one in the set lets storage space")]),
    Sme("bpd-017", "th", "บริษัท สยามนิตติ้ง การ์เมนท์ จำกัด", C, MID, "Samut Sakhon", "csr@siamknitting.co.th",
        ("ISO 9001",), (CIRC,),
        [("เศษผ้าจากห้องตัด ผ้ายืด cotton 100% คัดสีแล้ว เดือนละ 2 ตัน", "fabric_offcuts"),
         ("ผ้ายืด deadstock ผ้าม้วนเหลือจากออเดอร์ส่งออก ขายถูก", "deadstock_knit_fabric")],
        [N("ป้ายทอคอเสื้อ (woven label) ขั้นต่ำไม่เกิน 1,000 ชิ้น", "woven_labels")]),
    Sme("bpd-018", "th", "ผ้ามือสองโรงเกลือ เจ๊ต้อย", C, UP, "Sa Kaeo", "jetoy.rongkluea@gmail.com",
        (), (CIRC,),
        [("เสื้อผ้ามือสองยกกระสอบ 45 กก. คละไซซ์", "secondhand_clothing_bulk"),
         ("ยีนส์มือสอง คัดแล้ว ยกกระสอบ", "used_denim_garments")],
        [U("รถรับส่งของประจำ สระแก้ว-กรุงเทพ", "no carrier or transport firm in the set")]),
    Sme("bpd-019", "en", "Second Round Sorting", C, UP, "Pathum Thani", "ops@secondround.asia",
        (), (CIRC,),
        [("Post-consumer clothing sorted by fibre & colour, 50 kg bales", "secondhand_clothing_bulk"),
         ("Grade C unwearables for recycling, by the tonne", "worn_out_textiles")],
        [N("Shredding for the grade C we can't resell", "textile_shredding_service")]),
    Sme("bpd-020", "th", "วิสาหกิจชุมชนไหมอีรี่ โนนสะอาด", AI, UP, "Udon Thani", "erisilk.nonsaat@gmail.com",
        (), (BIO,),
        [("เส้นไหมอีรี่ปั่นมือ สีครีม ไม่ต้มดักแด้", "eri_silk_yarn")],
        [U("ใบมันสำปะหลังสด เลี้ยงหนอนไหม ส่งทุกอาทิตย์", "no cassava leaf grower in the set")]),
    # ---------------------------------------------------------- weaving
    Sme("bpd-021", "th", "กลุ่มทอผ้าฝ้ายบ้านนาหว้า", AI, MID, "Ubon Ratchathani", "nawa.weaving@gmail.com",
        ("OTOP",), (BIO,),
        [("ผ้าฝ้ายทอมือ หน้ากว้าง 1 เมตร สีพื้นและลายทาง", "handwoven_cotton_fabric"),
         ("รับทอตามออเดอร์ ลูกค้าส่งเส้นด้ายมาเอง", "commission_weaving_service")],
        [N("ฝ้ายเข็นมือ ฝ้ายพื้นเมือง ไม่จำเป็นต้องมีตรา Organic Thailand", "handspun_cotton_yarn",
           waives=(OT,)),
         N("ด้ายย้อมสีธรรมชาติ ไว้ทอลาย", "natural_dyed_yarn")]),
    Sme("bpd-022", "en", "Jom Thong Handloom", H, MID, "Chiang Mai", "jomthong.handloom@gmail.com",
        (), (BIO,),
        [("Handloom cotton, plain & stripes, 110 cm, per metre", "handwoven_cotton_fabric"),
         ("Undyed handwoven cotton scarves - blanks for dyers", "undyed_scarf_blank")],
        [N("Plant-dyed yarn in earth tones, 30 kg", "natural_dyed_yarn"),
         U("GOTS certified organic cotton yarn 20/2 for an EU order",
           "no cotton yarn seller in the set holds GOTS", certs=("GOTS",))]),
    Sme("bpd-023", "th", "กลุ่มผู้สูงวัยทอผ้าบ้านหนองแวง", AI, MID, "Roi Et", "nongwaeng.elders@gmail.com",
        ("OTOP",), (BIO,),
        [("ผ้าห่มฝ้ายทอมือผืนเล็ก ไว้คลุมตัก", "lap_blanket"),
         ("ผ้าขาวม้าทอมือ ลายตาราง", "pha_khao_ma"),
         ("ผ้าพันคอฝ้ายขาว ยังไม่ย้อม ให้ร้านไปย้อมเอง", "undyed_scarf_blank")],
        [N("ด้ายฝ้ายโรงงาน เบอร์ 20/2 สีขาว", "mill_cotton_yarn")]),
    Sme("bpd-024", "en", "Mae Chaem Teen Jok Weavers", H, MID, "Chiang Mai", "teenjok.maechaem@gmail.com",
        ("OTOP",), (BIO,),
        [("Teen jok skirt hems, hand-woven supplementary weft", "teen_jok_fabric"),
         ("Short ends & selvedge strips of handwoven cloth, mixed 1 kg bags", "handwoven_fabric_scraps")],
        [N("Thai silk yarn, local breed, 5 kg", "thai_silk_yarn")]),
    Sme("bpd-025", "th", "ผ้าไหมมัดหมี่บ้านเขว้า", AI, MID, "Chaiyaphum", "khwao.mudmee@gmail.com",
        (PEACOCK, "OTOP"), (BIO,),
        [("ผ้าไหมมัดหมี่ ติดตรานกยูงพระราชทานสีทอง", "mudmee_silk_fabric")],
        [N("เส้นไหมน้อย เส้นเล็ก สาวมือ", "thai_silk_yarn"),
         N("ช่างภาพถ่ายผ้าไหมทำแคตตาล็อก", "product_photography_service")]),
    Sme("bpd-026", "th", "ผ้าไหมยายจันทร์ ท่าสว่าง", AI, MID, "Surin", "yaichan.silk@gmail.com",
        ("OTOP",), (),
        [("ผ้าไหมมัดหมี่ลายโบราณ ทอเอง ยังไม่มีตรานกยูง", "mudmee_silk_fabric")],
        [N("ไหมพื้นบ้านสาวมือ 10 กก. ต่อเดือน", "thai_silk_yarn")]),
    Sme("bpd-027", "th", "ผ้าขิดบ้านศรีฐาน", H, MID, "Yasothon", "khit.srithan@gmail.com",
        ("OTOP",), (BIO,),
        [("ผ้าขิดทอมือลายดั้งเดิม หน้าแคบ", "khit_fabric"),
         ("หมอนขิด หมอนสามเหลี่ยม ขายส่ง", "khit_pillow")],
        [N("นุ่นยัดหมอนขิด ปีละ 300 กก.", "kapok_fibre")]),
    Sme("bpd-028", "en", "Khao Kho Hmong Batik", H, MID, "Phetchabun", "khaokho.batik@gmail.com",
        (), (BIO,),
        [("Hemp cloth hand-drawn with beeswax batik, indigo, 40 cm", "hemp_batik_fabric"),
         ("Plain handwoven hemp, natural, 35-40 cm wide", "handwoven_hemp_fabric")],
        [N("Hand-spun hemp yarn, 30 kg (yarn, not raw fibre)", "handspun_hemp_yarn"),
         N("Fermented indigo paste, 40 kg", "natural_indigo_paste")]),
    Sme("bpd-029", "en", "Tak Hemp Weaving Co-op", H, MID, "Tak", "coop@takhemp.org",
        (OT,), (BIO,),
        [("Hemp fabric, 60 cm loom width, natural or sun-bleached", "handwoven_hemp_fabric")],
        [N("Raw hemp bast from nearby villages - fibre, not yarn", "hemp_fibre_raw")]),
    # ---------------------------------------------------------- dyeing, printing, embroidery, sewing
    Sme("bpd-030", "en", "Baan Craft Dye House", H, MID, "Chiang Mai", "studio@baancraftdye.com",
        (), (BIO,),
        [("Custom plant dyeing of your fabric or garments, from 10 m", "natural_dyeing_service"),
         ("Natural indigo vat dyeing for brands, min 20 pcs", "indigo_dyeing_service")],
        [N("Sappan wood & cutch, dried, 50 kg a quarter", "natural_dye_plant_material")]),
    Sme("bpd-031", "th", "มัดย้อมบ้านสวนนนท์", H, MID, "Nonthaburi", "baansuan.tiedye@gmail.com",
        (), (GREEN,),
        [("ผ้ามัดย้อมคราม ลายชิโบริ ตัดขายเป็นหลา", "tie_dye_fabric"),
         ("สอนมัดย้อมนอกสถานที่ งานทีมบิลดิ้ง", "dye_workshop_experience")],
        [N("เสื้อยืด cotton สีขาวเปล่า ไว้มัดย้อม 300 ตัว", "blank_tshirt"),
         N("หาคนถ่ายรูปสินค้าลง IG", "product_photography_service")]),
    Sme("bpd-032", "en", "Shibori Lab Bangkok", H, MID, "Bangkok", "lab@shiboribkk.com",
        (), (),
        [("Arashi & itajime shibori yardage, cotton and silk", "tie_dye_fabric")],
        [U("Habotai silk scarf blanks, white, 100 pcs",
           "scarf blanks in the set are cotton; nobody offers undyed silk scarves"),
         N("Small batch sewing of kimono jackets, 40 pcs", "cmt_sewing_service")]),
    Sme("bpd-033", "th", "อีโคปริ้นท์ บ้านใบไม้ ลำปาง", H, MID, "Lampang", "baanbaimai.eco@gmail.com",
        (), (BIO, GREEN),
        [("ผ้าอีโคปริ้นท์ลายใบไม้จริง บนผ้าฝ้ายและไหม", "eco_print_fabric"),
         ("ผ้าพันคออีโคปริ้นท์", "natural_dyed_scarf")],
        [N("ผ้าพันคอเปล่าสีขาว (ฝ้าย) ไว้ทำอีโคปริ้นท์ 150 ผืน", "undyed_scarf_blank"),
         U("สารส้ม จุนสี สนิมเหล็ก ใช้ติดสี ยกกระสอบ", "no mordant seller in the set")]),
    Sme("bpd-034", "en", "Indigo Block Print Co.", H, MID, "Bangkok", "print@indigoblock.co",
        (), (),
        [("Hand block printing on your own cloth - pigment or natural dyes", "block_printing_service"),
         ("Block-printed cotton yardage, 8 stock designs", "block_printed_fabric")],
        [U("Hand-carved teak printing blocks to our motifs", "no block carver in the set"),
         N("Plain pha fai (handwoven cotton) as printing base", "handwoven_cotton_fabric")]),
    Sme("bpd-035", "th", "พีพี สกรีน", C, MID, "Nakhon Pathom", "ppscreen.np@gmail.com",
        (), (),
        [("รับสกรีนเสื้อ ถุงผ้า ขั้นต่ำ 20 ตัว", "screen_printing_service"),
         ("เสื้อยืดเปล่า cotton 100% ขายส่ง", "blank_tshirt")],
        [N("ถุงผ้าแคนวาสเปล่า ยังไม่สกรีน ขั้นต่ำ 500 ใบ", "plain_canvas_tote")]),
    Sme("bpd-036", "th", "กลุ่มปักผ้าม้งบ้านน้ำรี", H, MID, "Nan", "hmong.namree@gmail.com",
        ("OTOP",), (),
        [("รับปักมือลายม้ง ลงบนผ้าหรือเสื้อของลูกค้า", "hand_embroidery_service"),
         ("ชิ้นผ้าปักลายม้ง เอาไปติดกระเป๋าหรือเสื้อ", "embroidered_patch")],
        [N("ผ้ากัญชงทอมือสีพื้น ไว้ปักลาย", "handwoven_hemp_fabric")]),
    Sme("bpd-037", "en", "Karen Stitch Group", H, MID, "Mae Hong Son", "karenstitch@gmail.com",
        ("Fairtrade",), (),
        [("Hand embroidery & cross-stitch on your pieces, Karen motifs", "hand_embroidery_service"),
         ("Backstrap-woven cotton strips, 30 cm wide", "backstrap_woven_strip")],
        [U("Dried Job's tears seeds for beadwork, 20 kg", "no seed-bead supplier in the set")]),
    Sme("bpd-038", "th", "ปักดีจักรคอม", C, MID, "Bangkok", "pakdee.emb@gmail.com",
        (), (),
        [("รับปักโลโก้จักรคอม บนหมวก เสื้อ กระเป๋า ขั้นต่ำ 12 ชิ้น", "machine_embroidery_service")],
        [U("จักรปักคอมมือสอง 1 หัว สภาพดี", "no used machinery seller in the set")]),
    Sme("bpd-039", "th", "กลุ่มแม่บ้านผู้สูงวัย รับเย็บผ้า", AC, MID, "Suphan Buri", "maeban.sew@gmail.com",
        (), (),
        [("รับตัดเย็บจำนวนน้อย 20-200 ชิ้น งานกลุ่มแม่บ้านสูงวัย", "cmt_sewing_service"),
         ("ถุงผ้าดิบเปล่า ไม่สกรีน ใบละ 25 บาท", "plain_canvas_tote")],
        [N("ผ้าดิบค้างสต็อก ราคาถูก ไม่เอาผ้ายืด", "deadstock_woven_fabric")]),
    Sme("bpd-040", "en", "Slow Stitch Makers", H, MID, "Chiang Mai", "hello@slowstitchmakers.com",
        (), (GREEN,),
        [("Small-batch cut & sew, 30-300 pcs, natural fabrics only, lead time 3-4 wks", "cmt_sewing_service"),
         ("Made-to-order staff uniforms for cafés, spas and hotels", "made_to_order_uniform")],
        [N("Cotton twill tape & drawstring cord, 500 m", "cotton_cord"),
         N("Woven care labels, OEKO-TEX certified", "woven_labels", certs=(OEKO,))]),
    Sme("bpd-041", "en", "Pattern Room BKK", C, MID, "Bangkok", "desk@patternroombkk.com",
        (), (),
        [("Pattern making & grading, DXF files", "pattern_making_service"),
         ("First samples in 5 working days", "sample_making_service")],
        [N("Deadstock wovens for sample runs, 5-10 m per design (no knits)", "deadstock_woven_fabric")]),
    Sme("bpd-042", "en", "Mend & Make Studio", C, MID, "Bangkok", "mend@mendandmake.studio",
        (), (CIRC,),
        [("Visible mending, sashiko & boro-style repair of your clothes", "garment_repair_service"),
         ("Boro patchwork panels pieced from indigo scraps", "patchwork_fabric_panel")],
        [N("Indigo cotton scraps, any size", "indigo_fabric_scraps"),
         U("Japanese sashiko thread, white and navy", "no sashiko thread seller in the set")]),
    Sme("bpd-043", "th", "ศูนย์รีไซเคิลสิ่งทอ อมตะ ชลบุรี", C, MID, "Chonburi", "textile.recycle.cb@gmail.com",
        ("GRS", "ISO 14001"), (CIRC, GREEN),
        [("แผ่นสักหลาดรีไซเคิลจากเศษผ้า หนา 3-5 มม.", "recycled_felt_sheet"),
         ("ใยรีไซเคิลยัดหมอน ยัดตุ๊กตา", "recycled_fibre_stuffing"),
         ("รับบดเศษผ้าเป็นเส้นใย", "textile_shredding_service")],
        [N("เศษผ้าจากโรงงานตัดเย็บ รับไม่อั้น", "fabric_offcuts"),
         N("เสื้อผ้าเก่าที่ใส่ต่อไม่ได้แล้ว เกรด C", "worn_out_textiles")]),
    Sme("bpd-044", "th", "ปะติดปะต่อ สตูดิโอ", C, MID, "Khon Kaen", "patidpator@gmail.com",
        (), (CIRC,),
        [("ผ้าผืนต่อจากเศษผ้าทอมือ ขนาด 1 x 1.5 ม.", "patchwork_fabric_panel")],
        [N("เศษผ้าทอมือ ไหม ฝ้าย ที่เหลือจากการตัด", "handwoven_fabric_scraps"),
         N("ใครมีเศษผ้าหม้อห้อมขายบ้าง", "indigo_fabric_scraps")]),
    Sme("bpd-045", "th", "บางปู หนังฟอกฝาด", C, MID, "Samut Prakan", "bangpu.leather@gmail.com",
        (), (),
        [("หนังวัวฟอกฝาด (veg-tan) หนา 1.6-2.0 มม. ขายเป็นผืนครึ่งตัว", "veg_tan_leather"),
         ("เศษหนังแท้ ชั่งกิโลขาย คละสี", "leather_offcuts")],
        [U("ด้ายเทียนเย็บหนัง linen 0.8 มม.", "no waxed thread seller in the set")]),
    # ---------------------------------------------------------- trims, packaging, design services
    Sme("bpd-046", "th", "กระดุมกะลาทับสะแก", H, MID, "Prachuap Khiri Khan", "kradumkala@gmail.com",
        ("OTOP",), (BIO, CIRC),
        [("กระดุมกะลามะพร้าว 4 รู ขนาด 10-25 มม. ทนทาน ไม่ขึ้นรา", "natural_buttons"),
         ("กระดุมไม้ กระดุมเขาควาย ทำตามสั่ง", "natural_buttons")],
        [N("ถุงซิปคราฟท์ใส่กระดุม 1,000 ใบ", "kraft_packaging")]),
    Sme("bpd-047", "en", "LabelWorks Thailand", C, MID, "Samut Prakan", "orders@labelworks.co.th",
        ("ISO 9001", OEKO), (),
        [("Woven labels, MOQ 500, damask or satin", "woven_labels"),
         ("Recycled-paper hang tags with cotton string", "hang_tags")],
        [U("Second-hand Jacquard label loom, any brand", "no machinery seller in the set")]),
    Sme("bpd-048", "th", "เฮงหลี อุปกรณ์ตัดเย็บ สำเพ็ง", C, MID, "Bangkok", "henglee.sampeng@gmail.com",
        (), (),
        [("ซิปทองเหลือง ซิปไนลอน ทุกขนาด", "zippers"),
         ("เชือกฝ้ายถัก เชือกรูด เทปคอตตอน", "cotton_cord"),
         ("สายกระเป๋า webbing ไนลอน 25-38 มม.", "bag_webbing"),
         ("ด้ายฝ้ายทอผ้า เบอร์ 20/2 ยกลัง", "mill_cotton_yarn")],
        [U("คนทำหน้าร้านออนไลน์ ทำเว็บขายของ", "no web or e-commerce service in the set")]),
    Sme("bpd-049", "th", "กระดาษสาบ้านต้นเปา", H, MID, "Chiang Mai", "tonpao.saa@gmail.com",
        (), (BIO,),
        [("กล่องกระดาษสาทำมือ ใส่ผ้าพันคอ ของชำร่วย", "saa_paper_box"),
         ("ป้ายแท็กกระดาษสา", "hang_tags"),
         ("กระดาษสาเป็นแผ่น หลายสี", "saa_paper")],
        [U("เปลือกปอสาตากแห้ง ส่งประจำ", "no paper mulberry bark grower in the set"),
         N("ใยกล้วย เอามาผสมทำกระดาษ", "banana_fibre")]),
    Sme("bpd-050", "th", "กล่องคราฟท์ ปริ้นท์ดี", C, MID, "Nonthaburi", "printdee.box@gmail.com",
        ("FSC",), (GREEN,),
        [("กล่องคราฟท์ ถุงกระดาษ พิมพ์โลโก้ ขั้นต่ำ 300 ใบ กระดาษ FSC", "kraft_packaging"),
         ("ป้ายแท็กพิมพ์สี", "hang_tags")],
        [N("กระดาษสาทำมือ สีธรรมชาติ ทำปกสมุดและการ์ด 2,000 แผ่น", "saa_paper")]),
    Sme("bpd-051", "en", "Frame & Fold Studio", H, MID, "Bangkok", "book@frameandfold.studio",
        (), (),
        [("Product & lookbook photography, flat lay, half-day rate", "product_photography_service")],
        [N("Handwoven cloth offcuts as styling props", "handwoven_fabric_scraps")]),
    Sme("bpd-052", "th", "สาบดีไซน์ สตูดิโอ", AI, MID, "Khon Kaen", "saab.design.kk@gmail.com",
        (), (),
        [("ออกแบบโลโก้ ฉลาก บรรจุภัณฑ์ สำหรับสินค้า OTOP และ SME", "brand_design_service")],
        [N("กระดาษสาแผ่นใหญ่ ไว้ทำ mock-up แพ็กเกจลูกค้า", "saa_paper")]),
    # ---------------------------------------------------------- sportech
    Sme("bpd-053", "en", "RunAgain Sport Textiles", S, MID, "Samut Sakhon", "b2b@runagain.co.th",
        ("GRS", "bluesign"), (CIRC,),
        [("Recycled-poly jersey & mesh, wicking finish, per kg", "recycled_polyester_knit_fabric"),
         ("Sublimation printing on sportswear fabric", "sublimation_printing_service")],
        [N("rPET yarn, GRS, 5 t a month", "recycled_polyester_yarn", certs=("GRS",))]),
    Sme("bpd-054", "en", "Trail Collective TH", S, DOWN, "Chiang Mai", "crew@trailcollective.th",
        (), (GREEN,),
        [("Running caps and buffs from recycled fabric", "running_headwear")],
        [N("bluesign approved recycled knit for trail tees", "recycled_polyester_knit_fabric",
           certs=("bluesign",)),
         N("Plant-dyed cotton neck scarves for merch, 300 pcs", "natural_dyed_scarf"),
         N("Screen printing our logo on tees, 300", "screen_printing_service")]),
    Sme("bpd-055", "th", "เขาใหญ่ ไบค์ คลับ", S, DOWN, "Nakhon Ratchasima", "khaoyai.bikeclub@gmail.com",
        (), (),
        [("เสื้อปั่นจักรยานเก่าของสมาชิก ปีละ 500 ตัว ให้ฟรี", "used_sportswear")],
        [N("เสื้อปั่นทีม พิมพ์ลาย ผ้ารีไซเคิล 120 ตัว", "custom_team_jersey"),
         N("ถุงเท้าปั่นจักรยาน 200 คู่", "sports_socks")]),
    Sme("bpd-056", "en", "Loopwear Sports", S, DOWN, "Bangkok", "team@loopwear.co",
        ("GRS",), (CIRC,),
        [("Custom team jerseys in recycled polyester, MOQ 20", "custom_team_jersey"),
         ("Gym bags from deadstock sports fabric", "gym_bag")],
        [N("Used club kits for our take-back line", "used_sportswear")]),
    Sme("bpd-057", "th", "ห้องโยคะ ลมหายใจ", S, DOWN, "Krabi", "lomhaijai.yoga@gmail.com",
        (), (),
        [],
        [N("ผ้ามัดย้อมคราม ทำผ้าคลุมโยคะ 30 ผืน", "tie_dye_fabric"),
         N("กระเป๋าใส่ yoga mat ผ้าทอ สวย ๆ 30 ใบ", "yoga_mat_bag")]),
    Sme("bpd-058", "en", "Muay Thai Remade", S, DOWN, "Bangkok", "fight@muaythairemade.com",
        (), (CIRC,),
        [("Muay Thai shorts, small batch, from deadstock satin", "muay_thai_shorts")],
        [N("Satin deadstock rolls, bright colours", "deadstock_woven_fabric"),
         N("Machine embroidery of gym logos", "machine_embroidery_service")]),
    Sme("bpd-059", "en", "Kite Cycle Hua Hin", S, DOWN, "Prachuap Khiri Khan", "kitecycle.huahin@gmail.com",
        (), (CIRC,),
        [("Bags & pouches cut from retired kitesurf kites", "upcycled_sail_bag")],
        [N("Nylon webbing straps 25 mm", "bag_webbing"),
         N("Who sells heavy-duty #8 zips?", "zippers")]),
    Sme("bpd-060", "th", "ชมรมวิ่งอุดร มาราธอน", S, DOWN, "Udon Thani", "udonrunners@gmail.com",
        (), (),
        [],
        [N("เสื้อวิ่งผ้ารีไซเคิล 2,000 ตัว งานวิ่งเดือนพฤศจิกายน", "custom_team_jersey"),
         N("หมวกวิ่ง ของที่ระลึก 500 ใบ", "running_headwear")]),
    Sme("bpd-061", "en", "Bamboo Sock Lab", S, MID, "Nakhon Pathom", "socks@bamboosocklab.com",
        (OEKO,), (),
        [("Bamboo-viscose sport socks knitted to order", "sports_socks")],
        [N("Recycled cotton yarn, GRS", "recycled_cotton_yarn", certs=("GRS",))]),
    # ---------------------------------------------------------- ageing lifestyle
    Sme("bpd-062", "th", "บ้านพักผู้สูงอายุ สุขใจ เนอร์สซิ่งโฮม", AC, DOWN, "Nonthaburi", "sukjai.nursing@gmail.com",
        (), (),
        [],
        [N("ผ้าคลุมขา ผ้าห่มตักสำหรับรถเข็น 60 ผืน", "lap_blanket"),
         N("กิจกรรมงานฝีมือสำหรับผู้สูงวัย มาสอนที่บ้านพัก", "elderly_craft_session"),
         N("ชุด DIY ปักผ้า คู่มือตัวหนังสือใหญ่ ผู้สูงอายุอ่านง่าย 40 ชุด", "embroidery_kit"),
         U("ผ้าปูที่นอนสำหรับเตียงไฟฟ้า ต้องได้ มอก.", "no bed sheet maker in the set", certs=(TIS,))]),
    Sme("bpd-063", "en", "Silver Threads Adaptive Wear", AC, DOWN, "Bangkok", "hi@silverthreads.co",
        (), (GREEN,),
        [("Adaptive shirts with magnetic closures for older adults", "adaptive_clothing")],
        [N("Small-batch CMT, 100 pcs per style", "cmt_sewing_service"),
         U("Magnetic snap closures, nickel-free", "no closures supplier in the set")]),
    Sme("bpd-064", "th", "โรงพยาบาลบ้านแพ้ว", AC, DOWN, "Samut Sakhon", "purchase.banphaeo@gmail.com",
        (), (),
        [],
        [N("ถุงผ้าดิบใส่ยาผู้ป่วย 5,000 ใบ ไม่ต้องมีฉลากเขียว", "plain_canvas_tote", waives=("Thai Green Label",)),
         N("เสื้อม่อฮ่อมให้เจ้าหน้าที่ใส่วันศุกร์ 300 ตัว", "indigo_dyed_garment")]),
    Sme("bpd-065", "en", "Golden Years Craft Club", AC, DOWN, "Nakhon Pathom", "goldenyears.np@gmail.com",
        (), (CIRC,),
        [("Patchwork quilts sewn by our members", "patchwork_quilt"),
         ("Fabric elephant key rings", "fabric_souvenir")],
        [N("Cotton print offcuts, small bags fine", "fabric_offcuts"),
         N("Polyester fibrefill (recycled ok) for toys", "recycled_fibre_stuffing")]),
    Sme("bpd-066", "en", "Hands Together Social Enterprise", AC, MID, "Bangkok", "contact@handstogether.or.th",
        (), (),
        [("Craft sessions for care homes: weaving, embroidery, 2 h", "elderly_craft_session"),
         ("DIY embroidery kits with large-print instructions", "embroidery_kit")],
        [N("Cotton fabric offcuts for kits", "fabric_offcuts")]),
    Sme("bpd-067", "th", "เสื้อผ้าผู้สูงวัย ใส่สบาย อ่างทอง", AC, DOWN, "Ang Thong", "saisabai.angthong@gmail.com",
        (), (),
        [("เสื้อคอจีนผ้าฝ้าย ติดกระดุมแม่เหล็ก ใส่ง่ายสำหรับผู้สูงวัย", "adaptive_clothing")],
        [N("ผ้าทอกี่กระตุก เนื้อฝ้ายนุ่ม ๆ ไม่คัน", "handwoven_cotton_fabric"),
         N("หาที่รับย้อมสีธรรมชาติ เสื้อที่เย็บเสร็จแล้ว เราส่งเสื้อไปเอง", "natural_dyeing_service",
           "indigo_dyeing_service")]),
    Sme("bpd-068", "en", "Serenity Spa Cha-am", AC, DOWN, "Phetchaburi", "purchasing@serenityspa-chaam.com",
        (), (),
        [],
        [N("Pha khao ma for spa wraps, 200 pcs", "pha_khao_ma"),
         N("Silk cocoons for facial treatments", "silk_cocoons"),
         N("Indigo spa uniforms for therapists", "made_to_order_uniform", "indigo_dyed_garment"),
         N("Reed mats for massage rooms", "reed_mat")]),
    Sme("bpd-069", "th", "ควิลท์ผ้าต่อ บ้านสวนผู้สูงวัย", AC, DOWN, "Pathum Thani", "quilt.baansuan@gmail.com",
        (), (CIRC,),
        [("ผ้าห่มควิลท์ผ้าต่อ เย็บมือ", "patchwork_quilt")],
        [N("เศษผ้าทอพื้นเมือง ชิ้นเล็กชิ้นน้อยก็เอา", "handwoven_fabric_scraps"),
         N("ผ้าปูที่นอนเก่าจากโรงแรม เอามาทำซับในควิลท์", "used_hotel_linen")]),
    Sme("bpd-070", "en", "Ayutthaya Riverside Care Home", AC, DOWN, "Phra Nakhon Si Ayutthaya",
        "admin@riversidecare-ayt.com",
        (), (),
        [],
        [N("Lap blankets, soft, washable", "lap_blanket"),
         N("Weekly craft activity for residents", "elderly_craft_session"),
         N("Easy-on clothes for residents (velcro or magnets, no small buttons)", "adaptive_clothing")]),
    Sme("bpd-071", "th", "โรงพยาบาลน้ำพอง", AI, DOWN, "Khon Kaen", "namphong.hosp@gmail.com",
        (), (),
        [],
        [N("ผ้าขาวม้า 500 ผืน ใช้ในแผนกแพทย์แผนไทย", "pha_khao_ma"),
         N("ผ้าห่มผืนเล็กให้ผู้ป่วยสูงอายุ", "lap_blanket")]),
    Sme("bpd-072", "en", "Isan Elder Weavers Network", AI, MID, "Kalasin", "network@isanelderweavers.org",
        ("OTOP",), (BIO,),
        [("Phrae wa silk shawls, Kalasin pattern", "praewa_silk")],
        [N("Hand-reeled mai noi (fine Thai silk thread), 3 kg/month", "thai_silk_yarn"),
         N("Eri silk yarn for blended shawls", "eri_silk_yarn")]),
    Sme("bpd-073", "th", "ศูนย์ดูแลผู้สูงอายุ บ้านสุขสันต์ อุดร", AI, DOWN, "Udon Thani", "suksan.udon@gmail.com",
        (), (),
        [],
        [N("มีใครรับจัดกิจกรรมงานฝีมือให้ผู้สูงอายุบ้างไหมคะ เดือนละครั้ง", "elderly_craft_session"),
         N("ผ้านวมหนา ๆ สำหรับหน้าหนาว 80 ผืน", "comforter")]),
    Sme("bpd-074", "th", "ร้านของฝากอีสาน ฮักแพง", AI, DOWN, "Khon Kaen", "hakpaeng.shop@gmail.com",
        (), (),
        [],
        [N("หมอนอิงสามเหลี่ยม ลายขิด ไซซ์เล็ก ขายนักท่องเที่ยว", "khit_pillow"),
         N("กระเป๋าผ้าฝ้ายย้อมคราม", "cloth_tote_bag"),
         N("ผ้าพันคอสีธรรมชาติ ย้อมเปลือกไม้หรือใบไม้ ไม่ต้องมี OTOP", "natural_dyed_scarf", waives=("OTOP",))]),
    Sme("bpd-075", "en", "Mekong Indigo Homestay", AI, DOWN, "Nakhon Phanom", "stay@mekongindigo.com",
        (), (GREEN,),
        [("Indigo dyeing workshop for homestay guests", "dye_workshop_experience")],
        [N("Kram (indigo) cotton yardage for cushion covers", "indigo_dyed_cotton_fabric")]),
    Sme("bpd-076", "th", "กลุ่มทอเสื่อกก บ้านโนนทัน", AI, MID, "Nong Bua Lam Phu", "suea.nonthan@gmail.com",
        ("OTOP",), (BIO,),
        [("เสื่อกกทอลาย ย้อมสี พับได้", "reed_mat")],
        [U("สีย้อมกกชนิดสีเคมี สีสด ไม่ตก", "dye sellers in the set offer only natural dyestuffs")]),
    Sme("bpd-077", "th", "ผ้านวมบุรีรัมย์", AI, DOWN, "Buriram", "phanuam.buriram@gmail.com",
        (), (CIRC,),
        [("ผ้านวมใยรีไซเคิล หุ้มผ้าฝ้ายทอมือ", "comforter")],
        [N("ผ้าฝ้ายทอมือสีพื้น หน้ากว้าง 1 ม. ขึ้นไป เอามาหุ้มผ้านวม", "handwoven_cotton_fabric")]),
    # ---------------------------------------------------------- brands, makers, shops, galleries
    Sme("bpd-078", "th", "ถุงผ้าครามทอมือ บ้านนาดี", H, DOWN, "Sakon Nakhon", "nadee.khrambag@gmail.com",
        ("OTOP",), (BIO,),
        [("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "cloth_tote_bag"),
         ("ถุงใส่เสื่อโยคะ ผ้าฝ้ายทอมือ", "yoga_mat_bag")],
        [N("ผ้าคราม ผ้าฝ้ายย้อมครามธรรมชาติ 200 เมตร/เดือน", "indigo_dyed_cotton_fabric")]),
    Sme("bpd-079", "en", "Mahout Denim Bags", C, DOWN, "Bangkok", "bags@mahoutdenim.com",
        (), (CIRC,),
        [("Bags remade from old jeans", "upcycled_denim_bag")],
        [N("Anyone selling used jeans by the kilo?", "used_denim_garments"),
         N("Leather offcuts for handles & tabs", "leather_offcuts"),
         N("Hand embroidery on our own denim bags, 50 pcs", "hand_embroidery_service")]),
    Sme("bpd-080", "th", "เลเธอร์แอนด์ลูม", C, DOWN, "Chiang Mai", "leatherandloom.cm@gmail.com",
        (), (),
        [("กระเป๋าสตางค์หนังแท้ต่อผ้าทอมือ", "leather_fabric_accessories"),
         ("ที่ใส่บัตร หนังกับผ้าขิด", "leather_fabric_accessories")],
        [N("หนัง veg-tan สีธรรมชาติ หนา 1.5-2 มม.", "veg_tan_leather"),
         N("ผ้าตีนจกชิ้นเล็ก ๆ ไว้ต่อหน้ากระเป๋า", "teen_jok_fabric")]),
    Sme("bpd-081", "th", "ฮักผ้า ผ้าพันคอย้อมธรรมชาติ", H, DOWN, "Chiang Mai", "hakpha.scarf@gmail.com",
        (), (BIO,),
        [("ผ้าพันคอฝ้ายย้อมเปลือกไม้", "natural_dyed_scarf")],
        [N("สั่งผ้าพันคอ blank ยังไม่ย้อม ขนาด 50x180 ซม.", "undyed_scarf_blank"),
         N("กล่องกระดาษสาใส่ผ้าพันคอ", "saa_paper_box")]),
    Sme("bpd-082", "th", "ม่อฮ่อมแม่มาลี", H, DOWN, "Phrae", "maemalee.mohom@gmail.com",
        ("OTOP",), (),
        [("เสื้อม่อฮ่อมคอจีน ผ้าฝ้ายย้อมห้อม", "indigo_dyed_garment")],
        [N("ผ้าหม้อห้อม ม้วนละ 30 เมตร", "indigo_dyed_cotton_fabric")]),
    Sme("bpd-083", "en", "Second Bloom Upcycled", C, DOWN, "Bangkok", "studio@secondbloom.co",
        (), (CIRC,),
        [("One-off remade garments from vintage and deadstock", "upcycled_garment")],
        [N("Secondhand clothing bales, no GRS paperwork needed", "secondhand_clothing_bulk", waives=("GRS",)),
         N("Indigo overdyeing of our faded stock, ~150 pcs", "indigo_dyeing_service"),
         N("Hmong embroidered patches to sew on jackets", "embroidered_patch")]),
    Sme("bpd-084", "en", "Nest Home Textiles", C, DOWN, "Bangkok", "hello@nesthometextiles.com",
        (), (GREEN,),
        [("Cushion covers in handwoven cotton", "cushion_cover"),
         ("Table runners & placemats, indigo and khit", "table_linen")],
        [N("Boro-style patchwork panels for cushion fronts", "patchwork_fabric_panel"),
         N("Leaf-print (eco print) cotton for a cushion capsule", "eco_print_fabric"),
         N("Water hyacinth rope for baskets", "water_hyacinth_rope")]),
    Sme("bpd-085", "th", "มาคราเม่ฮอลล์", C, DOWN, "Chiang Mai", "macramehall@gmail.com",
        (), (),
        [("งานแขวนผนังมาคราเม่ เชือกฝ้าย", "textile_wall_art")],
        [N("หาร้าน คอนเซ็ปต์สโตร์ รับฝากขายงาน", "consignment_space")]),
    Sme("bpd-086", "en", "Scrunchie Lab", C, DOWN, "Bangkok", "hi@scrunchielab.co",
        (), (CIRC,),
        [("Scrunchies & hair ties from silk offcuts", "scrunchies")],
        [N("Silk or handwoven cotton offcuts, no polyester please", "handwoven_fabric_scraps")]),
    Sme("bpd-087", "th", "กระเป๋าผ้าขิด อำนาจเจริญ", H, DOWN, "Amnat Charoen", "khitpouch.amnat@gmail.com",
        ("OTOP",), (),
        [("กระเป๋าใส่เหรียญผ้าขิด", "small_pouch")],
        [N("ผ้าขิดทอมือ ชิ้นละ 1 เมตร", "khit_fabric")]),
    Sme("bpd-088", "en", "Elephant & Co. Souvenirs", C, DOWN, "Lampang", "shop@elephantandco.com",
        (), (CIRC,),
        [("Stuffed fabric elephants from offcuts", "fabric_souvenir")],
        [N("Need cutting-room waste (cotton jersey OK) for stuffed toys", "fabric_offcuts"),
         N("Recycled poly fill, 100 kg", "recycled_fibre_stuffing")]),
    Sme("bpd-089", "en", "Slow Shop Ari", H, DOWN, "Bangkok", "buying@slowshopari.com",
        (), (),
        [("Consignment shelf space for small makers", "consignment_space")],
        [N("Natural-dyed scarves, GOTS not needed", "natural_dyed_scarf", waives=("GOTS",)),
         N("Hemp shirts, unisex, S-XL", "hemp_garment"),
         N("Upcycled denim totes, 20 pcs to start", "upcycled_denim_bag"),
         N("Sashiko mending for our customers' clothes", "garment_repair_service")]),
    Sme("bpd-090", "th", "แกลเลอรี่ผ้าทอ บ้านคราม", H, DOWN, "Chiang Mai", "baankhram.gallery@gmail.com",
        (), (),
        [],
        [N("งานศิลปะผ้าแขวนผนัง สำหรับนิทรรศการเดือนหน้า", "textile_wall_art"),
         N("ผ้าไหมมัดหมี่ ต้องมีตรานกยูง", "mudmee_silk_fabric", certs=(PEACOCK,)),
         N("ผ้าไหมแพรวา กาฬสินธุ์ ผืนสวย ๆ", "praewa_silk")]),
    Sme("bpd-091", "en", "Phuket Airport Gift Corner", C, DOWN, "Phuket", "buyer@hktgiftcorner.com",
        (), (),
        [],
        [N("Coin purses, OTOP only", "small_pouch", certs=("OTOP",)),
         N("Wallets / card holders, leather with Thai woven fabric", "leather_fabric_accessories")]),
    Sme("bpd-092", "th", "ร้านของฝากตลาดน้ำอัมพวา", C, DOWN, "Samut Songkhram", "amphawa.souvenir@gmail.com",
        (), (),
        [],
        [N("กระเป๋าใส่เหรียญ ไม่ต้องมี OTOP", "small_pouch", waives=("OTOP",)),
         N("ของที่ระลึกทำจากผ้า ตุ๊กตา พวงกุญแจ ราคาส่ง", "fabric_souvenir"),
         N("ยางรัดผมผ้า (scrunchie) 300 ชิ้น", "scrunchies")]),
    Sme("bpd-093", "en", "Riverside Boutique Hotel Phang Nga", C, DOWN, "Phang Nga", "gm@riversidephangnga.com",
        (), (GREEN,),
        [("Retired hotel bed linen & towels, 1-2 t a year", "used_hotel_linen")],
        [N("Uniforms for 40 staff, we supply the cloth", "cmt_sewing_service"),
         U("Organic cotton bathrobes, GOTS", "no bathrobe maker in the set", certs=("GOTS",))]),
    Sme("bpd-094", "en", "Zero Waste Atelier", C, DOWN, "Chachoengsao", "atelier@zerowaste.studio",
        (), (CIRC, GREEN),
        [("Zero-waste cut dresses, made to order", "zero_waste_garment")],
        [U("Handwoven hemp, GOTS certified, 200 m", "hemp weavers in the set hold no GOTS", certs=("GOTS",)),
         N("Pattern cutting for zero-waste layouts", "pattern_making_service"),
         N("Sample sewing, 1-2 pcs per style", "sample_making_service")]),
    Sme("bpd-095", "th", "ฮาวเฮมพ์ เสื้อผ้ากัญชง", H, DOWN, "Chiang Mai", "howhemp.cm@gmail.com",
        (), (BIO,),
        [("เสื้อ กางเกง ผ้ากัญชง 100% ดีไซน์มินิมอล", "hemp_garment")],
        [N("ผ้ากัญชงทอมือ หน้ากว้าง 40 ซม. ขึ้นไป", "handwoven_hemp_fabric"),
         N("ส่งผ้ากัญชงของเราไปพิมพ์บล็อก", "block_printing_service")]),
]


# ------------------------------------------------------------------ checks

N_SMES = 95
LINKS_MIN, LINKS_MAX = 140, 180
UNMET_MIN, UNMET_MAX = 15, 25
CROSS_MIN = 0.45
TH_SHARE = (0.50, 0.60)
MIN_PROVINCES = 30

_THAI = re.compile("[\u0e00-\u0e7f]")
_THAI_LETTER = re.compile("[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]")
_EMAIL = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
_CERT_BY_NAME = {c.name: c for c in CERTIFICATIONS}


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _latin_letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha() and "LATIN" in unicodedata.name(ch, ""))


def _names_cert(text: str, cert: str) -> bool:
    """True when the text mentions `cert` by any of its names (affirmed or waived alike)."""
    c = _CERT_BY_NAME[cert]
    folded = _nfkc(text)
    words = (c.name, c.full_name, c.name_th, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
    if any(_nfkc(w) in folded for w in words):
        return True
    return any(re.search(unicodedata.normalize("NFKC", p), unicodedata.normalize("NFKC", text)) for p in c.patterns)


def compute_links(smes: list[Sme]) -> set[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            if need.unmet:
                continue
            for supplier in smes:
                if supplier.id != buyer.id and _meets(supplier, need):
                    links.add((supplier.id, buyer.id))
    return links


def _meets(supplier: Sme, need: Need) -> bool:
    labels = {label for _, label in supplier.offers}
    return bool(labels & set(need.labels)) and set(need.certs) <= set(supplier.certs)


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if ids != [f"bpd-{i:03d}" for i in range(1, N_SMES + 1)]:
        errors.append("ids must run bpd-001 .. bpd-095 in order")
    subs, stages, tags = {s.value for s in SubCluster}, {s.value for s in Stage}, {t.value for t in BcgTag}
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)
    for s in smes:
        where = s.id
        if s.lang not in LANGUAGES:
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub not in subs:
            errors.append(f"{where}: sub-cluster {s.sub!r}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r}")
        for cert in s.certs:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not a canonical name")
        if len(set(s.certs)) != len(s.certs):
            errors.append(f"{where}: repeated certification")
        if not set(s.bcg) <= tags or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bcg {s.bcg!r}")
        if not _EMAIL.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if not 0 <= len(s.offers) <= 4 or not 1 <= len(s.needs) <= 4:
            errors.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        phrases = [text for text, _ in s.offers] + [n.text for n in s.needs]
        if len(set(phrases)) != len(phrases):
            errors.append(f"{where}: repeated phrase")
        for text in phrases:
            if text != text.strip() or not text:
                errors.append(f"{where}: untidy phrase {text!r}")
            thai, latin = len(_THAI_LETTER.findall(text)), _latin_letters(text)
            if s.lang == "th" and thai <= latin:
                errors.append(f"{where}: Thai profile phrase is not mostly Thai letters: {text!r}")
            if s.lang == "en" and _THAI.search(text):
                errors.append(f"{where}: English profile phrase has Thai letters: {text!r}")
        if s.lang == "en" and _THAI.search(s.name):
            errors.append(f"{where}: English profile name has Thai letters")
        for need in s.needs:
            tag = f"{where}: need {need.text!r}"
            if bool(need.unmet) == bool(need.labels):
                errors.append(f"{tag}: needs labels or an unmet note, not both")
            for cert in (*need.certs, *need.waives):
                if cert not in _CERT_BY_NAME:
                    errors.append(f"{tag}: unknown certification {cert!r}")
                elif not _names_cert(need.text, cert):
                    errors.append(f"{tag}: text does not name {cert}")
            if set(need.certs) & set(need.waives):
                errors.append(f"{tag}: a certification both required and waived")
            for label in need.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    errors.append(f"{tag}: label {label!r} is offered by no one else")
            if need.labels and not any(o.id != s.id and _meets(o, need) for o in smes):
                errors.append(f"{tag}: no qualified supplier")
            if need.unmet and any(o.id != s.id and _meets(o, need) for o in smes):
                errors.append(f"{tag}: marked unmet but someone meets it")
    errors += _check_targets(smes)
    return errors


def _check_targets(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    stats = statistics(smes)
    if len(smes) != N_SMES:
        errors.append(f"{len(smes)} profiles, want {N_SMES}")
    th_share = stats["th"] / len(smes)
    if not TH_SHARE[0] <= th_share <= TH_SHARE[1]:
        errors.append(f"Thai share {th_share:.2f}")
    if not LINKS_MIN <= stats["links"] <= LINKS_MAX:
        errors.append(f"{stats['links']} links, want {LINKS_MIN}-{LINKS_MAX}")
    if stats["cross"] < CROSS_MIN * stats["links"]:
        errors.append(f"cross-language links {stats['cross']} of {stats['links']}")
    if not UNMET_MIN <= stats["unmet"] <= UNMET_MAX:
        errors.append(f"{stats['unmet']} unmet needs, want {UNMET_MIN}-{UNMET_MAX}")
    if stats["requiring"] < 5 or stats["waiving"] < 3:
        errors.append("too few needs requiring or waiving a certification")
    if set(stats["per_sub"]) != {s.value for s in SubCluster} or set(stats["per_stage"]) != {s.value for s in Stage}:
        errors.append("every sub-cluster and every stage must appear")
    if stats["provinces"] < MIN_PROVINCES:
        errors.append(f"only {stats['provinces']} provinces")
    return errors


def statistics(smes: list[Sme]) -> dict:
    by_id = {s.id: s for s in smes}
    links = compute_links(smes)
    needs = [n for s in smes for n in s.needs]
    cross_th_en = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    cross_en_th = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    return {
        "th": sum(1 for s in smes if s.lang == "th"),
        "en": sum(1 for s in smes if s.lang == "en"),
        "per_sub": Counter(s.sub for s in smes),
        "per_stage": Counter(s.stage for s in smes),
        "per_region": regions,
        "provinces": len({resolve_province(s.province).name_en for s in smes}),  # type: ignore[union-attr]
        "offers": sum(len(s.offers) for s in smes),
        "offer_labels": len({label for s in smes for _, label in s.offers}),
        "needs": len(needs),
        "met": sum(1 for n in needs if not n.unmet),
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


def table(smes: list[Sme]) -> str:
    st = statistics(smes)
    rows = [
        ("profiles", st["th"] + st["en"]),
        ("Thai / English profiles", f"{st['th']} / {st['en']}"),
        *((f"sub-cluster `{k}`", st["per_sub"][k]) for k in (s.value for s in SubCluster)),
        *((f"stage `{k}`", st["per_stage"][k]) for k in (s.value for s in Stage)),
        *((f"region {k}", v) for k, v in sorted(st["per_region"].items())),
        ("distinct provinces", st["provinces"]),
        ("offers", st["offers"]),
        ("distinct offer labels", st["offer_labels"]),
        ("needs", st["needs"]),
        ("needs met / met by no one", f"{st['met']} / {st['unmet']}"),
        ("needs requiring a certification", st["requiring"]),
        ("needs waiving a certification", st["waiving"]),
        ("true links", st["links"]),
        ("cross-language links th supplier -> en buyer", st["cross_th_en"]),
        ("cross-language links en supplier -> th buyer", st["cross_en_th"]),
        ("cross-language links, total", f"{st['cross']} ({100 * st['cross'] / st['links']:.1f} %)"),
        ("within-language links", st["within"]),
        ("links between different sub-clusters", st["cross_sub"]),
    ]
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines)


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> dict:
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
    if errors:
        for error in errors:
            print("ERROR", error, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    jsonl = "".join(json.dumps(profile_json(s), ensure_ascii=False) + "\n" for s in smes)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(compute_links(smes)))
    (HERE / "profiles.jsonl").write_text(jsonl, encoding="utf-8")
    (HERE / "links.csv").write_text(buffer.getvalue(), encoding="utf-8")
    print(table(smes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
