"""Hand-written evaluation set: plain registry entries of a bedding- and sleep-leaning cluster.

Run from the repository root: `.venv/bin/python eval/blind_plain_bedding/write.py`.
Every offer carries a label saying what the thing is; every need lists the labels that meet it
(and the certifications its text requires), or is marked as met by no one. The checks below must
all pass before `profiles.jsonl` and `links.csv` are written.
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
CENTRAL = "ageing_lifestyle_central"
ISAN = "ageing_lifestyle_isan"
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


SMES: list[Sme] = []

# ------------------------------------------------------------------ 001-020: fibres, fillings, waste

SMES += [
    Sme(
        "bbd-001", "th", "วิสาหกิจชุมชนกลุ่มปลูกนุ่นบ้านโนนสะอาด", ISAN, UP, "Khon Kaen", "nun.nonsaat@gmail.com",
        ("เกษตรอินทรีย์",), ("bio",),
        [
            ("ฝักนุ่นแห้ง ยังไม่แกะ ขายเหมาเป็นกระสอบ", "kapok_pods_raw"),
            ("นุ่นแกะเมล็ดออกแล้ว ตากแดดแห้งสนิท กก.ละ 90 บาท", "kapok_fibre"),
        ],
        [
            U("เครื่องดีดนุ่นมือสอง สภาพใช้งานได้", "machinery: no one in the set sells kapok ginning machines"),
            N("อยากได้ปลอกหมอนเปล่า ผ้าดิบ ไว้ยัดนุ่นขายเอง", "empty_pillow_cover"),
        ],
    ),
    Sme(
        "bbd-002", "th", "ร้านนุ่นเจ๊หงส์ ตลาดเก่าสิงห์บุรี", CENTRAL, UP, "Sing Buri", "nunjehong@hotmail.com",
        (), ("bio",),
        [
            ("นุ่นดีดใหม่ ปั่นเมล็ดออก อบฆ่าเชื้อ บรรจุถุงละ 5 โล", "kapok_fibre"),
            ("รับดีดนุ่นเก่าจากที่นอน หมอน ลูกค้าแกะนุ่นมาเอง ให้ฟูเหมือนใหม่", "kapok_refluffing_service"),
        ],
        [
            N("รับซื้อฝักนุ่นทั้งฝัก ไม่ต้องแกะ จำนวนมาก", "kapok_pods_raw"),
        ],
    ),
    Sme(
        "bbd-003", "en", "Songkhla Smallholder Rubber Cooperative Ltd.", CENTRAL, UP, "Songkhla",
        "coop.songkhla.rubber@gmail.com",
        ("FSC certified",), ("bio",),
        [
            ("Concentrated natural latex, 60% DRC, HA, 200 L drums", "natural_latex_concentrate"),
            ("RSS3 ribbed smoked sheets", "ribbed_smoked_rubber_sheet"),
        ],
        [
            U("Ammonia and TMTD/ZnO preservative, monthly supply",
              "chemicals: no one in the set sells latex preservatives"),
        ],
    ),
    Sme(
        "bbd-004", "th", "สหกรณ์กองทุนสวนยางบ้านควนเมา จำกัด", CENTRAL, UP, "Trang", "kuanmao.coop@gmail.com",
        (), ("bio",),
        [
            ("น้ำยางข้น 60% ส่งเป็นแท็งก์ 10 ตันขึ้นไป", "natural_latex_concentrate"),
            ("น้ำยางสด ขายหน้าสวน ทุกเช้า", "field_latex"),
        ],
        [
            N("เศษผ้าคอตตอน ใช้เช็ดทำความสะอาดถังน้ำยาง", "cotton_cutting_waste"),
        ],
    ),
    Sme(
        "bbd-005", "en", "Eastern rPET Fibre Co., Ltd.", CIRC, UP, "Rayong", "sales@easternrpet.co.th",
        ("GRS", "ISO 9001:2015"), ("circular",),
        [
            ("Recycled PSF hollow conjugated siliconised 7D x 64 mm, GRS, for pillows and quilts",
             "recycled_polyester_fibre_fill"),
            ("rPET solid fibre 1.4D x 38 mm for spinning and nonwoven", "recycled_polyester_staple_spinning"),
        ],
        [
            U("Clear PET bottle flakes, hot washed, 20 t/month", "bottle flakes: no supplier in the set"),
            N("100% polyester fabric offcuts, sorted by colour", "polyester_cutting_waste"),
        ],
    ),
    Sme(
        "bbd-006", "th", "บริษัท ไทยใยนุ่ม จำกัด", SPORT, UP, "Samut Prakan", "sales@thaiyainum.com",
        ("Oeko-Tex 100",), (),
        [
            ("ใยสังเคราะห์ polyester ใยสั้นชนิดกลวง ยัดหมอน ตุ๊กตา", "polyester_fibre_fill"),
            ("ใยบอล ball fiber ฟูนุ่ม ไม่จับก้อน", "polyester_ball_fibre"),
            ("ใยแผ่นอัดความร้อน 1-4 ออนซ์ หน้ากว้าง 60 นิ้ว", "polyester_wadding_sheet"),
        ],
        [
            U("เม็ดพลาสติก PET เกรดทำเส้นใย", "polymer chips: no supplier in the set"),
        ],
    ),
    Sme(
        "bbd-007", "en", "Suphan Down & Feather Co., Ltd.", CIRC, UP, "Suphan Buri", "export@suphandown.com",
        ("OEKO-TEX Standard 100",), ("circular",),
        [
            ("Washed sterilised duck down & feather, 50/50 to 90/10, vacuum-packed bales",
             "washed_down_feather"),
        ],
        [
            N("Raw duck feathers from slaughterhouses, wet or dry, any quantity", "raw_poultry_feathers"),
            N("down-proof cotton cambric, sample rolls for our test pillows", "downproof_ticking_fabric"),
        ],
    ),
    Sme(
        "bbd-008", "th", "ฟาร์มเป็ดและโรงเชือดเจริญพร", CIRC, UP, "Nakhon Pathom", "charoenporn.duck@gmail.com",
        (), ("circular",),
        [
            ("ขนเป็ดดิบจากโรงเชือด ยังไม่ล้าง วันละประมาณ 300 กก.", "raw_poultry_feathers"),
        ],
        [
            U("อาหารเป็ดเม็ด ราคาส่ง", "animal feed: outside the set"),
        ],
    ),
    Sme(
        "bbd-009", "th", "กลุ่มเกษตรกรปลูกฝ้ายอินทรีย์บ้านนาดี", HEMP, UP, "Loei", "faynadee.loei@gmail.com",
        ("Organic Thailand",), ("bio", "green"),
        [
            ("ฝ้ายปุยทั้งเมล็ด ปลูกอินทรีย์ เก็บมือ", "organic_seed_cotton"),
            ("ด้ายฝ้ายเข็นมือ สีขาวธรรมชาติ และฝ้ายตุ่น", "handspun_cotton_yarn"),
        ],
        [
            U("เมล็ดพันธุ์ฝ้ายพื้นเมืองสีตุ่น สำหรับปลูกปีหน้า", "seed: no seed supplier in the set"),
        ],
    ),
    Sme(
        "bbd-010", "en", "Saraburi Spinning Mills Co., Ltd.", HEMP, UP, "Saraburi", "yarn@saraburispinning.co.th",
        ("GOTS", "OCS", "ISO 9001"), ("green",),
        [
            ("GOTS organic cotton yarn, combed, Ne 30/1 and 40/1, on cones", "organic_cotton_yarn"),
            ("Carded cotton yarn Ne 20/1, 100% cotton, for weaving", "cotton_yarn"),
            ("Combed cotton Ne 40/1, conventional", "combed_cotton_yarn"),
        ],
        [
            U("Organic cotton lint, ginned and baled, GOTS or OCS TC",
              "ginned organic lint: the set holds only seed cotton"),
            N("Cottonised hemp fibre to blend 30% with cotton", "cottonised_hemp_fibre"),
        ],
    ),
    Sme(
        "bbd-011", "th", "วิสาหกิจชุมชนกัญชงบ้านแม่สาใหม่", HEMP, UP, "Chiang Mai", "hemp.maesamai@gmail.com",
        (), ("bio",),
        [
            ("ต้นกัญชงตากแห้งทั้งต้น มัดเป็นฟ่อน", "hemp_stalks_raw"),
            ("เส้นใยกัญชงลอกมือ ต่อเส้น ปั่นเกลียว ม้วนละ 1 กก.", "hemp_yarn_handspun"),
        ],
        [
            N("หาผ้าฝ้ายทอมือย้อมครามมาเย็บต่อกับผ้ากัญชง", "indigo_handwoven_cotton_fabric"),
        ],
    ),
    Sme(
        "bbd-012", "en", "Lanna Hemp Processing Co., Ltd.", HEMP, UP, "Chiang Rai", "info@lannahemp.com",
        (), ("bio", "green"),
        [
            ("Cottonised hemp, degummed, 38 mm staple, for blending", "cottonised_hemp_fibre"),
            ("Hemp hurd / shiv, dust-extracted, 20 kg bags", "hemp_hurd"),
        ],
        [
            N("whole hemp stalks, retted and sun-dried", "hemp_stalks_raw"),
        ],
    ),
    Sme(
        "bbd-013", "th", "ร้านรับซื้อเศษผ้า ส.รุ่งเรือง", CIRC, UP, "Samut Sakhon", "sroongruang.sesapha@gmail.com",
        (), ("circular",),
        [
            ("เศษผ้าคอตตอน 100% จากโรงงานตัดเย็บ คัดสีแล้ว", "cotton_cutting_waste"),
            ("เศษผ้าโพลีเอสเตอร์ ผ้ากีฬา คัดแยกใส่กระสอบ", "polyester_cutting_waste"),
            ("ผ้าม้วนค้างสต็อก ผ้าเหลือจากโรงงาน ขายยกม้วน", "deadstock_fabric"),
        ],
        [
            N("หาที่รับย่อยเศษผ้าเป็นใย เราส่งเศษผ้าไปให้เอง", "textile_shredding_service"),
        ],
    ),
    Sme(
        "bbd-014", "en", "ReFibre Thailand Co., Ltd.", CIRC, UP, "Chachoengsao", "hello@refibre.co.th",
        ("GRS certified",), ("circular",),
        [
            ("Recycled cotton fibre opened from pre-consumer offcuts, white and colour sorted",
             "recycled_cotton_fibre"),
            ("Shredding service: send your rejects, we shred and send the fibre back", "textile_shredding_service"),
        ],
        [
            N("Cotton cutting waste from garment factories, 95%+ cotton, baled", "cotton_cutting_waste"),
        ],
    ),
    Sme(
        "bbd-015", "th", "หจก. ยางฉีกนครศรี", CIRC, UP, "Nakhon Si Thammarat", "yangchik.nakhonsri@gmail.com",
        (), ("circular",),
        [
            ("ยางพาราฉีกชิ้นเล็ก สำหรับยัดหมอน กก.ละ 120", "shredded_latex_foam_filling"),
        ],
        [
            N("เศษยางพาราแผ่นจากโรงงานที่นอน ขอบตัด ชิ้นเสีย รับซื้อทุกเดือน", "latex_foam_offcuts"),
        ],
    ),
    Sme(
        "bbd-016", "en", "Phu Phan Herb Farm", ISAN, UP, "Sakon Nakhon", "phuphanherbs@gmail.com",
        ("Organic Thailand",), ("bio",),
        [
            ("Dried herb mix for sleep pillows: plai, lemongrass, kaffir lime peel, pandan", "dried_herbs_pillow_mix"),
        ],
        [
            U("Solar dryer 2 x 4 m for herbs", "equipment: no supplier in the set"),
            N("small drawstring cotton pouches to pack herb refills", "cotton_drawstring_bag"),
        ],
    ),
    Sme(
        "bbd-017", "th", "กลุ่มทอผ้าไหมบ้านท่าสว่าง", ISAN, MID, "Surin", "thasawang.silk@gmail.com",
        ("ตรานกยูงพระราชทาน", "OTOP"), (),
        [
            ("ผ้าไหมยกทอง ทอมือ ลายโบราณ", "handwoven_silk_fabric"),
            ("เส้นไหมน้อย ฟอกแล้ว", "silk_yarn"),
        ],
        [
            N("เนื้อครามธรรมชาติสำหรับย้อมไหม", "indigo_paste"),
        ],
    ),
    Sme(
        "bbd-018", "en", "Prachuap Coir Products Co., Ltd.", HEMP, UP, "Prachuap Khiri Khan", "coir@prachuapcoir.com",
        (), ("bio",),
        [
            ("Brown coconut coir fibre, pressed 100 kg bales", "coir_fibre"),
            ("Rubberised coir sheet for mattresses, 2-10 cm", "rubberised_coir_sheet"),
        ],
        [
            N("Natural rubber latex concentrate for bonding coir", "natural_latex_concentrate"),
        ],
    ),
    Sme(
        "bbd-019", "th", "วิสาหกิจชุมชนครามสกล", ISAN, UP, "Sakon Nakhon", "kramsakon@gmail.com",
        ("OTOP",), ("bio", "green"),
        [
            ("เนื้อครามธรรมชาติ หมักเอง ขายเป็นกิโล", "indigo_paste"),
            ("รับย้อมครามผ้าและด้ายของลูกค้า คิดตามน้ำหนัก", "indigo_dyeing_service"),
        ],
        [
            N("ผ้าดิบทอเครื่อง ยังไม่ฟอก สำหรับย้อมคราม", "greige_cotton_fabric"),
        ],
    ),
    Sme(
        "bbd-020", "en", "Andaman Linen Loop", CIRC, UP, "Phuket", "loop@andamanlinen.org",
        (), ("circular",),
        [
            ("Used hotel sheets and towels, laundered, colour sorted, 200 kg lots", "used_hotel_linen"),
        ],
        [
            N("shredding of torn sheets into fibre, we deliver the sheets", "textile_shredding_service"),
            N("sewing groups to make tote bags from our old sheets, fabric supplied by us", "sewing_service_cmt"),
        ],
    ),
]

# ------------------------------------------------------------------ 021-040: weaving, finishing, components

SMES += [
    Sme(
        "bbd-021", "th", "โรงทอสหกิจโคราช", ISAN, MID, "Nakhon Ratchasima", "sahakit.weaving@gmail.com",
        ("มอก.",), (),
        [
            ("ผ้าดิบ cotton 100% หน้ากว้าง 90 นิ้ว ยังไม่ฟอก ขายเป็นพับ", "greige_cotton_fabric"),
            ("ผ้าลายริ้ว น้ำเงินขาว ทำปลอกหมอนนุ่น ที่นอน", "cotton_ticking_stripe"),
        ],
        [
            N("ด้ายฝ้ายเบอร์ 20 สำหรับทอ ซื้อเป็นลูก", "cotton_yarn"),
        ],
    ),
    Sme(
        "bbd-022", "en", "Siam Hotel Textiles Co., Ltd.", CENTRAL, MID, "Pathum Thani", "purchasing@siamhoteltex.com",
        ("OEKO-TEX Standard 100", "ISO 9001"), (),
        [
            ("Bleached white cotton sateen 300 TC, 280 cm wide, hotel grade", "bleached_cotton_sateen"),
            ("CVC 60/40 percale for hospital and hostel sheeting", "cvc_percale_fabric"),
        ],
        [
            N("Combed cotton yarn 40s, regular monthly supply", "combed_cotton_yarn", "organic_cotton_yarn"),
            N("Commission dyeing for pastel sheeting, our greige", "commission_dyeing_service"),
        ],
    ),
    Sme(
        "bbd-023", "th", "บริษัท กันขน เท็กซ์ไทล์ จำกัด", CENTRAL, MID, "Bangkok", "sales@kankhontextile.com",
        ("OEKO-TEX",), (),
        [
            ("ผ้ากันขนเป็ด cotton 100% ทอแน่น 233 เส้น สีขาว", "downproof_ticking_fabric"),
        ],
        [
            N("มีโรงฟอกย้อมรับจ้างไหมคะ ส่งผ้าไปเองได้", "commission_dyeing_service"),
        ],
    ),
    Sme(
        "bbd-024", "en", "Eastern Knit Ticking Co., Ltd.", SPORT, MID, "Chonburi", "sales@easternticking.com",
        ("OEKO-TEX Standard 100",), (),
        [
            ("Knitted jacquard mattress ticking, 220 cm, 350-450 gsm", "knitted_mattress_ticking"),
            ("Quilted mattress panels made to size: ticking + foam + nonwoven", "quilted_mattress_panel"),
        ],
        [
            N("Polyester wadding rolls 100-200 gsm for quilting", "polyester_wadding_sheet",
              "recycled_polyester_wadding"),
            U("Polyester DTY 150D for knitting, 10 t a month", "filament yarn: no one in the set sells it"),
        ],
    ),
    Sme(
        "bbd-025", "th", "โรงย้อมโพธาราม", CIRC, MID, "Ratchaburi", "photharam.dyehouse@gmail.com",
        ("ISO 14001",), ("green",),
        [
            ("รับย้อมผ้าตามสั่ง ลูกค้าส่งผ้าดิบมา ย้อมสีพื้น ขั้นต่ำ 300 หลา", "commission_dyeing_service"),
            ("ผ้าคอตตอนย้อมสีพื้น พร้อมส่ง มีสต็อก 20 สี", "dyed_cotton_fabric"),
        ],
        [
            N("ผ้าดิบ cotton หน้ากว้าง", "greige_cotton_fabric"),
        ],
    ),
    Sme(
        "bbd-026", "en", "Nonthaburi Print Studio", CENTRAL, MID, "Nonthaburi", "studio@ntbprint.com",
        (), (),
        [
            ("Digital and screen printing on your fabric, from 20 m", "fabric_printing_service"),
            ("Printed cotton poplin, florals and kids' prints, ready stock", "printed_cotton_fabric"),
        ],
        [
            N("White cotton PFP, bleached, 110 inch", "bleached_cotton_sateen"),
        ],
    ),
    Sme(
        "bbd-027", "th", "ร้านรับควิลท์ลายตะวัน", CENTRAL, MID, "Samut Songkhram", "laitawan.quilt@gmail.com",
        (), (),
        [
            ("รับควิลท์ผ้า เดินลายตามแบบ ลูกค้าส่งผ้ากับใยมาเอง", "quilting_service"),
            ("ผ้าควิลท์สำเร็จ ขายเป็นหลา ทำผ้าคลุมเตียง", "quilted_fabric"),
        ],
        [
            N("ใยแผ่นบาง 2 ออนซ์", "polyester_wadding_sheet", "recycled_polyester_wadding"),
        ],
    ),
    Sme(
        "bbd-028", "th", "บ้านเย็บป้าแดง", CENTRAL, MID, "Lopburi", "baanyebpadaeng@gmail.com",
        (), (),
        [
            ("รับเย็บผ้าปู ปลอกหมอน ปลอกนวม ลูกค้าส่งผ้ามา คิดค่าแรงต่อชิ้น", "sewing_service_cmt"),
            ("ปลอกหมอนเปล่า ผ้าดิบ มีซิป 19x29 นิ้ว", "empty_pillow_cover"),
        ],
        [
            N("ซิปไนล่อนเบอร์ 3 แบบม้วน", "nylon_zipper"),
            N("ยางยืดแบน 1 นิ้ว ใส่ผ้าปูรัดมุม", "elastic_band"),
        ],
    ),
    Sme(
        "bbd-029", "en", "Sampeng Trims Trading", CENTRAL, MID, "Bangkok", "sampengtrims@yahoo.com",
        ("OEKO-TEX Standard 100",), (),
        [
            ("Nylon coil zip by the roll, no. 3 and no. 5, sliders sold separately", "nylon_zipper"),
            ("Piping cord, cotton or PP, 3-6 mm", "piping_cord"),
            ("Flat elastic 10-50 mm, white and black", "elastic_band"),
        ],
        [
            N("Cotton cord 3-5 mm as piping filler", "cotton_rope"),
        ],
    ),
    Sme(
        "bbd-030", "th", "ร้านศรีนครอุปกรณ์ตัดเย็บ", ISAN, MID, "Maha Sarakham", "srinakorn.sewing@gmail.com",
        (), (),
        [
            ("ซิปใส่หมอน ซิปไนล่อน ขายส่ง", "nylon_zipper"),
            ("ซิปซ่อน ม้วนละ 100 หลา", "invisible_zipper"),
            ("ผ้ากุ๊นตัดเฉียง สำเร็จรูป สีพื้น", "bias_binding_tape"),
        ],
        [
            U("ด้ายเย็บผ้าโพลีเอสเตอร์ ราคาส่งจากโรงงาน", "sewing thread: no maker in the set"),
        ],
    ),
    Sme(
        "bbd-031", "en", "Mahachai Netting Co., Ltd.", SPORT, MID, "Samut Sakhon", "nets@mahachainetting.com",
        (), (),
        [
            ("Polyester mosquito netting 156 mesh, white, 180 cm tubular", "mosquito_net_fabric"),
            ("Knotless nylon sports nets: football, futsal, badminton", "sports_net"),
        ],
        [
            U("Long-lasting insecticide treatment for nets", "treatment service: no one in the set offers it"),
        ],
    ),
    Sme(
        "bbd-032", "th", "กลุ่มทอผ้าขิดบ้านศรีฐาน", ISAN, MID, "Yasothon", "khit.sithan@gmail.com",
        ("OTOP",), (),
        [
            ("ผ้าขิดทอมือลายดั้งเดิม สำหรับหุ้มหมอนขวาน", "khit_handwoven_fabric"),
        ],
        [
            N("ด้ายฝ้ายย้อมสีพร้อมทอ สีแดง ดำ เหลือง", "dyed_cotton_yarn"),
        ],
    ),
    Sme(
        "bbd-033", "en", "Ban Na Kha Indigo Weavers Group", ISAN, MID, "Udon Thani", "nakhaindigo@gmail.com",
        ("OTOP",), ("bio",),
        [
            ("Handwoven cotton, natural indigo, 1 m wide, by the metre", "indigo_handwoven_cotton_fabric"),
            ("Indigo mudmee scarves", "scarf"),
        ],
        [
            N("fermented indigo paste", "indigo_paste"),
            N("Handspun cotton, undyed", "handspun_cotton_yarn"),
        ],
    ),
    Sme(
        "bbd-034", "th", "บริษัท ลาเท็กซ์ใต้ จำกัด", CENTRAL, MID, "Surat Thani", "sales@latextai.co.th",
        ("ISO 9001", "มอก."), ("bio",),
        [
            ("ยางพาราแผ่นทำที่นอน หนา 2-6 นิ้ว ตัดตามขนาด", "latex_foam_sheet"),
            ("เศษยางพาราจากการตัดขอบ ขายเหมากระสอบ", "latex_foam_offcuts"),
            ("ไส้หมอนยางพาราแบบเปลือย ยังไม่มีปลอก", "latex_pillow_core"),
        ],
        [
            N("น้ำยางข้น 60%", "natural_latex_concentrate"),
            N("ผ้าหุ้มที่นอนยางพารา ผ้าถักยืด", "knitted_mattress_ticking"),
        ],
    ),
    Sme(
        "bbd-035", "en", "Prachin 3D Fabrics Co., Ltd.", SPORT, MID, "Prachinburi", "sales@prachin3d.com",
        ("bluesign", "OEKO-TEX Standard 100"), ("green",),
        [
            ("3D spacer mesh 5-10 mm for shoe uppers, seat cushions, mattress borders", "spacer_mesh_fabric"),
            ("Bird-eye moisture-wicking polyester knit", "wicking_knit_fabric"),
        ],
        [
            N("GRS recycled polyester fibre for spun face yarn", "recycled_polyester_staple_spinning",
              certs=("GRS",)),
        ],
    ),
    Sme(
        "bbd-036", "en", "Bangkok Laminates Co., Ltd.", SPORT, MID, "Samut Prakan", "info@bkklaminates.com",
        ("OEKO-TEX Standard 100", "ISO 9001"), (),
        [
            ("Waterproof breathable TPU-laminated knit for mattress protectors", "tpu_laminated_fabric"),
            ("PU-coated polyester for sports bags", "pu_coated_fabric"),
        ],
        [
            N("White cotton terry knit to laminate, 160 cm", "cotton_terry_knit"),
        ],
    ),
    Sme(
        "bbd-037", "th", "ร้านอาร์ตปัก", CENTRAL, MID, "Chonburi", "artpak.chonburi@gmail.com",
        (), (),
        [
            ("รับปักโลโก้โรงแรมบนผ้าเช็ดตัว ปลอกหมอน ลูกค้าส่งของมาปัก", "embroidery_service"),
        ],
        [
            U("ด้ายปักเรยอน 120D ราคาส่ง", "embroidery thread: no supplier in the set"),
        ],
    ),
    Sme(
        "bbd-038", "th", "กลุ่มทอผ้าใยกัญชงม้งบ้านเข็กน้อย", HEMP, MID, "Phetchabun", "hmong.khek.hemp@gmail.com",
        ("OTOP",), ("bio",),
        [
            ("ผ้าใยกัญชงทอมือ เขียนเทียน ย้อมคราม", "batik_hemp_fabric"),
            ("ผ้าใยกัญชงทอมือสีธรรมชาติ ยังไม่ย้อม", "handwoven_hemp_fabric"),
        ],
        [
            N("เส้นใยกัญชงปั่นมือ ต้องการเพิ่ม", "hemp_yarn_handspun"),
            N("ครามเปียก ใช้ย้อมผ้า", "indigo_paste"),
        ],
    ),
    Sme(
        "bbd-039", "en", "SafeFinish Textile Services", SPORT, MID, "Samut Sakhon", "jobs@safefinish.co.th",
        ("bluesign", "ISO 14001"), ("green",),
        [
            ("Antibacterial and anti-dust-mite finish on customer fabric, pad-dry-cure",
             "antibacterial_finishing_service"),
            ("Water-repellent finishing service", "water_repellent_finishing_service"),
        ],
        [
            U("Silver-ion antibacterial agent in bulk", "chemicals: not offered in the set"),
        ],
    ),
    Sme(
        "bbd-040", "th", "บริษัท กรีนเฟลท์ รีไซเคิล จำกัด", CIRC, MID, "Ayutthaya", "greenfelt.recycle@gmail.com",
        ("GRS",), ("circular",),
        [
            ("แผ่นใยรีไซเคิลจากเศษผ้า felt รองที่นอน รองพรม", "recycled_fibre_felt"),
            ("ใยแผ่นจากขวด PET รีไซเคิล สำหรับผ้านวม", "recycled_polyester_wadding"),
        ],
        [
            N("ใยรีไซเคิลจากเศษผ้าฝ้าย เปิดใยแล้ว", "recycled_cotton_fibre"),
            N("ใยโพลีเอสเตอร์รีไซเคิล ต้องมี GRS", "recycled_polyester_fibre_fill", "recycled_polyester_staple_spinning",
              certs=("GRS",)),
        ],
    ),
]

# ------------------------------------------------------------------ 041-060: yarn dyeing, makers of bedding

SMES += [
    Sme(
        "bbd-041", "en", "Golden Thread Yarn Dyeing Co., Ltd.", ISAN, MID, "Khon Kaen", "order@goldenthreadkk.com",
        ("OEKO-TEX Standard 100",), (),
        [
            ("Dyed cotton yarn on cones, 20s/2, 60 shades, MOQ 5 kg per colour", "dyed_cotton_yarn"),
            ("Yarn dyeing on your own yarn, hank or cone", "yarn_dyeing_service"),
        ],
        [
            N("Carded cotton yarn 20s, grey, for dyeing", "cotton_yarn"),
        ],
    ),
    Sme(
        "bbd-042", "th", "บริษัท ถักทอไทย จำกัด", SPORT, MID, "Nakhon Pathom", "thaktho.knit@gmail.com",
        (), (),
        [
            ("ผ้าถักเทอร์รี่ cotton 100% สีขาว หน้ากว้าง 160 ซม.", "cotton_terry_knit"),
            ("ผ้าขนหนูโรงแรม 16 ปอนด์ สีขาวล้วน", "hotel_towel"),
        ],
        [
            N("ด้ายคอตตอนหวี เบอร์ 40", "combed_cotton_yarn", "organic_cotton_yarn"),
        ],
    ),
    Sme(
        "bbd-043", "en", "Siam Linen Care Co., Ltd.", CIRC, MID, "Chonburi", "service@siamlinencare.com",
        ("ISO 14001",), ("green",),
        [
            ("Hotel and hospital linen laundry, daily pickup Pattaya to Sattahip", "linen_laundry_service"),
        ],
        [
            U("Heavy polyester laundry bags with drawstring, 500 pcs", "no one in the set makes laundry bags"),
        ],
    ),
    Sme(
        "bbd-044", "th", "ร้านนุ่นแม่บุญมี", CENTRAL, MID, "Chai Nat", "nunmaeboonmee@gmail.com",
        (), ("bio",),
        [
            ("รับอัดนุ่นใส่หมอน ที่นอน ลูกค้าเอาปลอกมาเอง", "kapok_filling_service"),
            ("หมอนนุ่นหนุน ใบละ 150", "kapok_pillow"),
        ],
        [
            N("นุ่นดีดแล้ว สะอาด ส่งเดือนละ 300 กิโล", "kapok_fibre"),
        ],
    ),
    Sme(
        "bbd-045", "th", "โรงงานเชือกถักเจริญไทย", SPORT, MID, "Ang Thong", "charoenthai.rope@gmail.com",
        (), (),
        [
            ("เชือกไนล่อนถักทำเปล สีสด ม้วนละ 1 กก.", "nylon_hammock_cord"),
            ("เชือกฝ้ายถัก 5 มม. สีขาว", "cotton_rope"),
        ],
        [
            U("ด้ายไนล่อน 840D ราคาโรงงาน", "no one in the set makes nylon yarn"),
        ],
    ),
    Sme(
        "bbd-046", "th", "วิสาหกิจชุมชนหมอนขวานบ้านศรีฐาน", ISAN, DOWN, "Yasothon", "monkwan.sithan@gmail.com",
        ("OTOP 5 stars",), ("bio",),
        [
            ("หมอนขวานผ้าขิด ยัดนุ่นแน่น 10 ช่อง", "triangle_cushion"),
            ("เบาะรองนั่งผ้าขิด พับได้ 3 ตอน", "floor_cushion_mat"),
        ],
        [
            N("นุ่นสะอาด ไม่มีเมล็ด ไม่ต้องเป็นเกษตรอินทรีย์", "kapok_fibre", waives=("Organic Thailand",)),
            N("ผ้าขิดทอมือ เพิ่มช่วงออเดอร์เยอะ", "khit_handwoven_fabric"),
        ],
    ),
    Sme(
        "bbd-047", "th", "ที่นอนนุ่นป้าเล็ก", CENTRAL, DOWN, "Uthai Thani", "thinonnun.palek@gmail.com",
        (), ("bio",),
        [
            ("ที่นอนนุ่นพับ 3 ตอน 3.5 ฟุต", "kapok_mattress"),
            ("หมอนนุ่น ผ้าลายริ้ว", "kapok_pillow"),
        ],
        [
            N("นุ่น 500 กก./เดือน", "kapok_fibre"),
        ],
    ),
    Sme(
        "bbd-048", "en", "Latexa Sleep Co., Ltd.", CENTRAL, DOWN, "Bangkok", "procure@latexasleep.com",
        ("ISO 9001",), ("bio",),
        [
            ("7-zone natural latex mattresses, 6 and 8 inch", "latex_mattress"),
            ("Latex topper 2 inch, removable bamboo cover", "latex_topper"),
            ("Contour latex pillows", "latex_pillow"),
        ],
        [
            N("latex foam sheets cut to size, 2-6 in", "latex_foam_sheet"),
            N("invisible zips for covers, by the roll", "invisible_zipper"),
        ],
    ),
    Sme(
        "bbd-049", "th", "ผ้านวมนางฟ้า", CENTRAL, DOWN, "Nakhon Sawan", "phanuamnangfa@gmail.com",
        (), (),
        [
            ("ผ้านวมใยสังเคราะห์ ลายการ์ตูน 5 ฟุต", "quilt"),
            ("ผ้าห่มนวมเย็บควิลท์ลายดอก", "quilt"),
        ],
        [
            N("ใยแผ่นรีไซเคิลจากขวด PET ยัดผ้านวม ม้วนใหญ่", "recycled_polyester_wadding"),
            N("ผ้าคอตตอนพิมพ์ลาย", "printed_cotton_fabric"),
        ],
    ),
    Sme(
        "bbd-050", "en", "Siam Down Bedding Co., Ltd.", CENTRAL, DOWN, "Samut Prakan", "buy@siamdownbedding.com",
        ("OEKO-TEX Standard 100",), (),
        [
            ("Duck down duvets 90/10, all-season, hotel sizes", "down_duvet"),
            ("Feather pillows, 2-4 cm feather, 1,000 g fill", "feather_pillow"),
        ],
        [
            N("Washed duck down 90/10, OEKO-TEX certified", "washed_down_feather", certs=("OEKO-TEX Standard 100",)),
            N("Downproof cotton 233T, white", "downproof_ticking_fabric"),
            N("piping for pillow edges", "piping_cord"),
        ],
    ),
    Sme(
        "bbd-051", "th", "กลุ่มเย็บมุ้งบ้านโพธิ์", ISAN, DOWN, "Sisaket", "mungbanpho@gmail.com",
        ("OTOP",), (),
        [
            ("มุ้งกระโจม มุ้งสี่เหลี่ยม 5 ฟุต 6 ฟุต", "mosquito_net"),
        ],
        [
            N("ผ้ามุ้งตาข่าย ม้วนใหญ่ สีขาว ฟ้า ชมพู", "mosquito_net_fabric"),
        ],
    ),
    Sme(
        "bbd-052", "en", "Mekong Hammock Makers", ISAN, DOWN, "Nakhon Phanom", "mekonghammock@gmail.com",
        (), (),
        [
            ("Woven cotton rope hammocks, 2-person, wooden spreader bar", "hammock"),
            ("Baby cradle hammocks (pel yuan) in soft cotton", "baby_hammock"),
        ],
        [
            N("Cotton rope 5 mm, white, 100 kg a month", "cotton_rope"),
            N("nylon cord in bright colours for hammocks", "nylon_hammock_cord"),
        ],
    ),
    Sme(
        "bbd-053", "th", "โรงงานผ้าปูที่นอนสุขสบาย", CENTRAL, DOWN, "Nakhon Nayok", "suksabai.bedsheet@gmail.com",
        (), (),
        [
            ("ผ้าปูที่นอนรัดมุม พร้อมปลอกหมอน ชุด 5 ชิ้น", "bed_sheet_set"),
            ("ปลอกหมอนหนุน ปลอกหมอนข้าง ขายแยก", "pillowcase"),
        ],
        [
            N("ผ้าคอตตอนย้อมสีพื้น หน้ากว้าง", "dyed_cotton_fabric", "indigo_dyed_cotton_fabric"),
        ],
    ),
    Sme(
        "bbd-054", "en", "MediLinen Thailand Co., Ltd.", CENTRAL, DOWN, "Pathum Thani", "tender@medilinen.co.th",
        ("ISO 13485", "ISO 9001", "OEKO-TEX Standard 100"), (),
        [
            ("Hospital bed sheets and draw sheets, CVC, autoclavable", "hospital_bed_sheet"),
            ("Fitted waterproof mattress protectors, TPU backed", "mattress_protector"),
        ],
        [
            N("TPU laminated waterproof knit", "tpu_laminated_fabric"),
            N("CVC percale 60/40, white and light blue", "cvc_percale_fabric"),
            N("antibacterial finish on our rolls, we ship the fabric to you", "antibacterial_finishing_service"),
        ],
    ),
    Sme(
        "bbd-055", "th", "บริษัท แคร์เบด เมดิคอล จำกัด", CENTRAL, DOWN, "Bangkok", "carebed.medical@gmail.com",
        ("ISO 13485",), (),
        [
            ("ที่นอนลมป้องกันแผลกดทับ แบบลอน พร้อมปั๊ม", "anti_bedsore_mattress"),
            ("เบาะรองนั่งรถเข็น ผ้า 3D ระบายอากาศ", "wheelchair_cushion"),
        ],
        [
            N("ผ้าสเปเซอร์ 3D หนา 10 มม.", "spacer_mesh_fabric"),
            N("ผ้ากันน้ำเคลือบ TPU ทำผ้าหุ้มที่นอน", "tpu_laminated_fabric"),
        ],
    ),
    Sme(
        "bbd-056", "en", "Lanna Herbal Sleep", HEMP, DOWN, "Chiang Mai", "hello@lannaherbalsleep.com",
        (), ("bio",),
        [
            ("Herbal sleep pillows in hemp covers, refillable", "herbal_pillow"),
            ("warm herbal eye masks", "eye_mask"),
        ],
        [
            N("Dried herb mix for pillows (lemongrass, plai, kaffir lime)", "dried_herbs_pillow_mix"),
            N("Undyed handwoven hemp cloth, GOTS not needed", "handwoven_hemp_fabric", waives=("GOTS",)),
        ],
    ),
    Sme(
        "bbd-057", "th", "กลุ่มแม่บ้านผ้าครามบ้านหนองสิม", ISAN, DOWN, "Kalasin", "khramnongsim@gmail.com",
        ("OTOP",), ("bio",),
        [
            ("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม ทรงโท้ท", "handwoven_cotton_bag"),
            ("ถุงผ้าหูรูด ผ้าฝ้าย ใบเล็ก", "cotton_drawstring_bag"),
            ("ปลอกหมอนอิงผ้าคราม 16 นิ้ว", "cushion_cover"),
        ],
        [
            N("ผ้าฝ้ายทอมือย้อมคราม หน้ากว้าง 1 เมตร", "indigo_handwoven_cotton_fabric"),
        ],
    ),
    Sme(
        "bbd-058", "en", "Hemp Home Blankets", HEMP, DOWN, "Tak", "hemphomeblankets@gmail.com",
        (), ("bio",),
        [
            ("Hemp-cotton throws and blankets, natural colour", "blanket"),
        ],
        [
            N("Handwoven hemp fabric, 80 cm or wider", "handwoven_hemp_fabric"),
            U("GOTS-certified hemp/organic cotton blend fabric, 150 cm, 500 m",
              "no GOTS hemp blend fabric in the set", certs=("GOTS",)),
        ],
    ),
    Sme(
        "bbd-059", "th", "ร้านปะต่อ ผ้าห่มเศษผ้า", CIRC, DOWN, "Kanchanaburi", "patorpatchwork@gmail.com",
        (), ("circular",),
        [
            ("ผ้าห่มเย็บต่อจากเศษผ้า ทำมือ", "patchwork_quilt"),
            ("ผ้ารองกันเปื้อนผู้ป่วย ทำจากผ้าปูโรงแรมเก่า", "upcycled_underpad"),
        ],
        [
            N("เศษผ้าคอตตอนชิ้นใหญ่", "cotton_cutting_waste"),
            N("ผ้าปูที่นอนเก่าจากโรงแรม ไม่ขาดมาก", "used_hotel_linen"),
        ],
    ),
    Sme(
        "bbd-060", "en", "CoolRest Sports Bedding Co., Ltd.", SPORT, DOWN, "Bangkok", "team@coolrest.co.th",
        ("OEKO-TEX Standard 100",), (),
        [
            ("Cooling bed sheets, cool-touch knit, for athletes and hot sleepers", "cooling_bed_sheet"),
            ("Recovery travel pillow", "travel_pillow"),
        ],
        [
            N("Cool-touch knit, Q-max 0.3 or higher", "cooling_knit_fabric"),
            U("Memory foam pillow cores, 50,000 pcs a year", "memory foam: no maker in the set"),
        ],
    ),
]

# ------------------------------------------------------------------ 061-080: sportech, care, hotels, shops

SMES += [
    Sme(
        "bbd-061", "th", "บริษัท สปอร์ตนิต ไทย จำกัด", SPORT, MID, "Chachoengsao", "sportknit.thai@gmail.com",
        ("bluesign",), ("green",),
        [
            ("ผ้าเย็น cool touch ไนล่อนผสมสแปนเด็กซ์ ทำผ้าปู ปลอกหมอน", "cooling_knit_fabric"),
            ("ผ้าไมโครไฟเบอร์ ดูดซับเร็ว สำหรับทำผ้าเช็ดตัวกีฬา", "microfibre_towel_fabric"),
        ],
        [
            U("เส้นด้ายโพลีเอสเตอร์รีไซเคิล rPET yarn ต้องมี GRS", "no rPET yarn in the set, only fibre",
              certs=("GRS",)),
        ],
    ),
    Sme(
        "bbd-062", "en", "Ringside Gear Co., Ltd.", SPORT, DOWN, "Chonburi", "sales@ringsidegear.co.th",
        (), ("circular",),
        [
            ("Muay Thai heavy bags, 120 and 180 cm, filled with textile scraps", "boxing_bag"),
            ("Thai pads and kick shields", "kick_pad"),
        ],
        [
            N("shredded textile waste or opened fibre to fill heavy bags", "recycled_cotton_fibre"),
            N("PU coated fabric for bag shells, black and red", "pu_coated_fabric"),
        ],
    ),
    Sme(
        "bbd-063", "th", "ร้านแคร์โฮมซัพพลาย", CENTRAL, DOWN, "Nonthaburi", "carehomesupply.th@gmail.com",
        (), (),
        [
            ("ผ้ารองซับฉี่ผู้ใหญ่ ซักได้ 4 ชั้น", "washable_underpad"),
            ("ผ้าปูกันน้ำรองเตียงผู้ป่วย แบบรัดมุม", "mattress_protector"),
        ],
        [
            N("ผ้าเคลือบ TPU กันน้ำ", "tpu_laminated_fabric"),
        ],
    ),
    Sme(
        "bbd-064", "en", "Khon Kaen Comfort Sleepwear", ISAN, DOWN, "Khon Kaen", "kkcomfortwear@gmail.com",
        (), (),
        [
            ("Cotton pyjamas for elderly, front buttons, easy to open", "sleepwear"),
        ],
        [
            N("soft cotton fabric, piece dyed, pastel shades", "dyed_cotton_fabric", "indigo_dyed_cotton_fabric"),
            N("Printed cotton poplin, small florals", "printed_cotton_fabric"),
        ],
    ),
    Sme(
        "bbd-065", "th", "ร้านเครื่องนอนโต้รุ่ง", ISAN, DOWN, "Udon Thani", "torung.bedding@gmail.com",
        (), (),
        [
            ("ขายส่งเครื่องนอน หมอน ผ้าห่ม ที่นอน หน้าร้านและส่งต่างจังหวัด", "bedding_wholesale"),
        ],
        [
            N("หมอนหนุนใยสังเคราะห์ ราคาส่ง ยกลัง", "polyester_pillow"),
            N("มุ้ง", "mosquito_net"),
        ],
    ),
    Sme(
        "bbd-066", "en", "Golden Age Residence Hua Hin", CENTRAL, DOWN, "Prachuap", "purchasing@goldenagehuahin.com",
        (), (),
        [],
        [
            N("Anti-bedsore air mattresses x 20, ISO 13485 manufacturer", "anti_bedsore_mattress",
              certs=("ISO 13485",)),
            N("Washable incontinence bed pads", "washable_underpad", "upcycled_underpad"),
            N("low kapok pillows for residents", "kapok_pillow"),
        ],
    ),
    Sme(
        "bbd-067", "th", "บ้านพักคนชราสุขใจ", ISAN, DOWN, "Buriram", "baansukjai.elderly@gmail.com",
        (), (),
        [],
        [
            N("หมอนขวานไว้พิงนั่งบนเตียง", "triangle_cushion"),
            N("ที่นอนยางพารา 3 ฟุต 15 หลัง", "latex_mattress"),
            N("ผ้าห่มผืนบาง ซักเครื่องได้", "blanket", "handwoven_cotton_blanket", "patchwork_quilt"),
        ],
    ),
    Sme(
        "bbd-068", "en", "Riverside Resort Kanchanaburi", CIRC, DOWN, "Kanchanaburi", "fb@riversidekan.com",
        (), ("circular",),
        [
            ("Old bed linen after 150 washes, free to collect", "used_hotel_linen"),
        ],
        [
            N("Hotel bed linen, white, 300 thread count, king and twin", "hotel_bed_linen"),
            N("Duvets, down or down-alternative", "down_duvet", "polyester_duvet"),
            N("mosquito nets for the river villas", "mosquito_net"),
        ],
    ),
    Sme(
        "bbd-069", "th", "โรงแรมบ้านทะเลดาว", CIRC, DOWN, "Phang Nga", "baanthaledao@gmail.com",
        (), (),
        [],
        [
            N("ผ้าขนหนูโรงแรมสีขาว", "hotel_towel"),
            N("ชุดผ้าปูโรงแรม ปลอกหมอน สีขาว", "hotel_bed_linen"),
            N("มีร้านไหนรับปักโลโก้บ้าง ส่งผ้าขนหนูไปปักได้ไหม", "embroidery_service"),
        ],
    ),
    Sme(
        "bbd-070", "en", "Royal Hotel Supplies Co., Ltd.", CENTRAL, DOWN, "Bangkok", "sales@royalhotelsupplies.com",
        ("OEKO-TEX Standard 100", "ISO 9001"), (),
        [
            ("White hotel bed linen 250-400 TC, all sizes", "hotel_bed_linen"),
            ("Duvet inserts, microfibre down-alternative", "polyester_duvet"),
            ("Hotel pillows, hollow fibre, 1,000 g", "polyester_pillow"),
        ],
        [
            N("Bleached sateen 280 cm", "bleached_cotton_sateen"),
            N("Hollow conjugated polyester fibre", "polyester_fibre_fill", "recycled_polyester_fibre_fill"),
            N("Quilting on our duvet shells, we supply shells and fibre", "quilting_service"),
        ],
    ),
    Sme(
        "bbd-071", "th", "โรงพยาบาลบ้านไผ่ งานพัสดุ", ISAN, DOWN, "Khon Kaen", "banphai.supply@gmail.com",
        (), (),
        [],
        [
            N("ผ้าปูเตียงผู้ป่วย ผ้าขวางเตียง สีฟ้า", "hospital_bed_sheet"),
            N("ผ้ารองกันน้ำสำหรับเตียงผู้ป่วย", "mattress_protector"),
            N("จ้างซักรีดผ้าผู้ป่วย รายเดือน", "linen_laundry_service"),
        ],
    ),
    Sme(
        "bbd-072", "en", "Sukhumvit Care Hospital, Purchasing", CENTRAL, DOWN, "Bangkok", "purchasing@skvcare.co.th",
        (), (),
        [],
        [
            N("OEKO-TEX certified cot sheets for the newborn ward", "hospital_bed_sheet", "bed_sheet_set",
              certs=("OEKO-TEX Standard 100",)),
            N("Pressure-relief mattresses, ISO 13485 makers only", "anti_bedsore_mattress", certs=("ISO 13485",)),
            U("Patient pillows with wipe-clean vinyl cover", "no wipe-clean pillows in the set"),
        ],
    ),
    Sme(
        "bbd-073", "th", "ร้านสังฆภัณฑ์ศรีเจริญ", CENTRAL, DOWN, "Phitsanulok", "sricharoen.sangkhaphan@gmail.com",
        (), (),
        [
            ("ชุดสังฆทาน เครื่องนอนพระ ขายปลีก-ส่ง", "temple_supply_set"),
        ],
        [
            U("มุ้งกลด สีเหลือง สำหรับพระธุดงค์", "a klod net hangs from a monk's umbrella; no one offers it"),
            N("หมอนอิงสามเหลี่ยม ผ้าสีพระ", "triangle_cushion"),
            N("ที่นอนนุ่นพับ", "kapok_mattress"),
        ],
    ),
    Sme(
        "bbd-074", "en", "Zen Spa Samui", CENTRAL, DOWN, "Surat Thani", "spa@zensamui.com",
        (), (),
        [],
        [
            N("Herbal eye pillows for treatment rooms", "eye_mask"),
            N("spa towels, white", "hotel_towel"),
            N("Massage bed sheets in organic cotton, GOTS please", "organic_bed_sheet_set", certs=("GOTS",)),
        ],
    ),
    Sme(
        "bbd-075", "en", "Organic Sleep Siam", HEMP, DOWN, "Lamphun", "hello@organicsleepsiam.com",
        ("GOTS",), ("green",),
        [
            ("GOTS organic cotton sheet sets, undyed", "organic_bed_sheet_set"),
            ("Organic cotton pillowcases, envelope closure", "pillowcase"),
        ],
        [
            N("GOTS certified organic cotton yarn for our weaving partner", "organic_cotton_yarn", certs=("GOTS",)),
            N("CMT sewing of sheet sets from our own fabric", "sewing_service_cmt"),
        ],
    ),
    Sme(
        "bbd-076", "th", "ศูนย์จำหน่ายสินค้าโอทอปร้อยเอ็ด", ISAN, DOWN, "Roi Et", "otop.roiet.shop@gmail.com",
        (), (),
        [],
        [
            N("หมอนขวานผ้าขิด ต้องมีตรา OTOP", "triangle_cushion", certs=("OTOP",)),
            N("กระเป๋าผ้าทอมือ", "handwoven_cotton_bag", "handwoven_shoulder_bag"),
            N("ผ้าไหมทอมือ", "handwoven_silk_fabric"),
        ],
    ),
    Sme(
        "bbd-077", "en", "Slow Living Store", HEMP, DOWN, "Bangkok", "buying@slowlivingstore.com",
        (), ("green",),
        [
            ("Consignment shelf space for local makers", "retail_consignment"),
        ],
        [
            N("indigo or hemp cushion covers, small batches", "cushion_cover"),
            N("Handmade hammocks", "hammock"),
            N("Herbal pillows?", "herbal_pillow"),
        ],
    ),
    Sme(
        "bbd-078", "th", "ร้านออนไลน์บ้านนอนดี", CENTRAL, DOWN, "Nonthaburi", "baannondee.shop@gmail.com",
        (), (),
        [
            ("ขายเครื่องนอนออนไลน์ ทุกแพลตฟอร์ม", "online_retail_service"),
        ],
        [
            N("หมอนยางพาราแท้ ราคาส่ง", "latex_pillow"),
            N("ท็อปเปอร์ยางพารา หนา 2 นิ้ว", "latex_topper"),
            N("ผ้าปูที่นอนครบเซ็ต ไม่ต้องมี OEKO-TEX ก็ได้", "bed_sheet_set", waives=("OEKO-TEX Standard 100",)),
        ],
    ),
    Sme(
        "bbd-079", "en", "Hinoki Trading (Thailand) Co., Ltd.", CENTRAL, DOWN, "Bangkok", "th-office@hinokitrading.jp",
        (), (),
        [],
        [
            N("Kapok futon mattresses for export, 100 pcs per container", "kapok_mattress"),
            N("Organic Thailand certified kapok fibre", "kapok_fibre", certs=("Organic Thailand",)),
            N("Mon khwan triangle cushions", "triangle_cushion"),
        ],
    ),
    Sme(
        "bbd-080", "th", "โฮมสเตย์บ้านนาน่าน", HEMP, DOWN, "Nan", "baannanan.homestay@gmail.com",
        (), ("green",),
        [],
        [
            N("ผ้าห่มฝ้ายทอมือ ผืนหนา", "handwoven_cotton_blanket"),
            N("มุ้ง 6 ฟุต", "mosquito_net"),
            N("ที่นอนนุ่น หรือที่นอนใยมะพร้าว", "kapok_mattress", "coir_mattress"),
        ],
    ),
]

# ------------------------------------------------------------------ 081-095: more makers and buyers

SMES += [
    Sme(
        "bbd-081", "th", "กลุ่มทอผ้าห่มฝ้ายบ้านหนองบัว", ISAN, DOWN, "Nong Bua Lam Phu", "phahomfai.nongbua@gmail.com",
        ("OTOP",), ("bio",),
        [
            ("ผ้าห่มฝ้ายทอมือ ลายลูกแก้ว ผืนใหญ่", "handwoven_cotton_blanket"),
            ("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "pha_khao_ma"),
        ],
        [
            N("ฝ้ายเข็นมือ", "handspun_cotton_yarn"),
            N("ด้ายฝ้ายย้อมสี ไม่ต้องมี OEKO-TEX", "dyed_cotton_yarn", waives=("OEKO-TEX Standard 100",)),
        ],
    ),
    Sme(
        "bbd-082", "en", "Southern Coco Mattress Co.", HEMP, DOWN, "Chumphon", "cocomattress.chumphon@gmail.com",
        (), ("bio",),
        [
            ("Coconut coir mattresses, firm, 4 inch", "coir_mattress"),
        ],
        [
            N("rubberised coir sheets", "rubberised_coir_sheet"),
            N("cotton ticking stripe for covers", "cotton_ticking_stripe"),
        ],
    ),
    Sme(
        "bbd-083", "th", "ร้านหมอนยางพาราพัทลุง", CENTRAL, DOWN, "Phatthalung", "monyangpatthalung@gmail.com",
        (), ("bio",),
        [
            ("หมอนยางพาราแท้ พร้อมปลอก", "latex_pillow"),
            ("หมอนยางพาราชิ้น ยางฉีก ราคาประหยัด", "shredded_latex_pillow"),
        ],
        [
            N("ไส้หมอนยางพาราเปลือย ต้องได้ มอก.", "latex_pillow_core", certs=("Thai Industrial Standard",)),
            N("ยางพาราชิ้นเล็กสำหรับยัดหมอน", "shredded_latex_foam_filling"),
            N("ปลอกหมอนมีซิป ขนาด 40x60", "empty_pillow_cover"),
        ],
    ),
    Sme(
        "bbd-084", "en", "Korat Sports Academy Dormitory", SPORT, DOWN, "Korat", "dorm@koratsportsacademy.ac.th",
        (), (),
        [],
        [
            N("Latex mattresses, 3 ft, for 120 dorm beds", "latex_mattress"),
            N("Latex pillows, solid core, not shredded", "latex_pillow"),
            U("Quick-dry microfibre sports towels with logo, 500 pcs",
              "only towel fabric in the set, no finished sports towels"),
            N("badminton nets", "sports_net"),
        ],
    ),
    Sme(
        "bbd-085", "th", "บริษัท วิ่งดี สปอร์ตแวร์ จำกัด", SPORT, DOWN, "Songkhla", "wingdee.sportwear@gmail.com",
        (), (),
        [
            ("เสื้อวิ่ง เสื้อกีฬา พิมพ์ซับลิเมชั่น", "sportswear"),
        ],
        [
            N("ผ้าดรายฟิต ผ้าตานก bird eye", "wicking_knit_fabric"),
            N("ผ้าเย็น ผ้าคูลทัช สัมผัสเย็น", "cooling_knit_fabric"),
        ],
    ),
    Sme(
        "bbd-086", "en", "Second Loop Apparel", CIRC, DOWN, "Chiang Mai", "studio@secondloop.co",
        (), ("circular",),
        [
            ("Tote bags made from deadstock and old hotel sheets", "upcycled_tote_bag"),
        ],
        [
            N("Deadstock fabric rolls, any fibre, 50 m and up", "deadstock_fabric"),
            N("Retired hotel sheets, washed; no GRS needed", "used_hotel_linen", waives=("GRS",)),
        ],
    ),
    Sme(
        "bbd-087", "th", "กลุ่มผ้าทอกะเหรี่ยงบ้านห้วยฮี้", HEMP, MID, "Mae Hong Son", "huayhee.weaving@gmail.com",
        (), ("bio",),
        [
            ("ผ้าทอกะเหรี่ยง ทอกี่เอว ฝ้ายย้อมสีธรรมชาติ", "backstrap_woven_cotton_fabric"),
            ("ย่ามกะเหรี่ยง ทอมือ", "handwoven_shoulder_bag"),
        ],
        [
            N("ฝ้ายเข็นมือสีขาว ไม่จำเป็นต้องมีรับรองเกษตรอินทรีย์", "handspun_cotton_yarn",
              waives=("Organic Thailand",)),
            N("มีใครรับย้อมครามไหม ส่งด้ายไปให้ได้", "indigo_dyeing_service"),
        ],
    ),
    Sme(
        "bbd-088", "en", "Phrae Mor Hom Indigo Co.", HEMP, MID, "Phrae", "morhom.phrae@gmail.com",
        (), (),
        [
            ("Mor hom indigo cotton fabric, machine-woven, 44 inch", "indigo_dyed_cotton_fabric"),
            ("Indigo dyeing of your garments, fabric or yarn", "indigo_dyeing_service"),
        ],
        [
            N("greige cotton 44 inch", "greige_cotton_fabric"),
            N("Anyone selling indigo paste by the bucket?", "indigo_paste"),
        ],
    ),
    Sme(
        "bbd-089", "th", "หมอนดีดี แฟคตอรี่", CENTRAL, DOWN, "Phichit", "mondeedee.factory@gmail.com",
        (), (),
        [
            ("หมอนหนุนใยสังเคราะห์ 100% ขายส่งยกลัง", "polyester_pillow"),
            ("หมอนข้าง ใยบอล", "bolster_pillow"),
        ],
        [
            N("ใยบอล", "polyester_ball_fibre"),
            N("ใยสังเคราะห์ยัดหมอน ต้องมี OEKO-TEX", "polyester_fibre_fill", "recycled_polyester_fibre_fill",
              certs=("OEKO-TEX Standard 100",)),
            U("ผ้าไมโครไฟเบอร์พิมพ์ลาย ทำปลอกหมอน", "no printed microfibre in the set"),
        ],
    ),
    Sme(
        "bbd-090", "en", "Silver Lotus Assisted Living", CENTRAL, DOWN, "Sukhothai", "admin@silverlotusliving.com",
        (), (),
        [],
        [
            N("Fitted waterproof mattress covers, 3 ft, 60 pcs, OEKO-TEX", "mattress_protector",
              certs=("OEKO-TEX Standard 100",)),
            N("Soft cotton pyjamas for residents, front-opening", "sleepwear"),
            N("Triangle back-rest cushions", "triangle_cushion"),
        ],
    ),
    Sme(
        "bbd-091", "th", "โรงแรมริมกก", CIRC, DOWN, "Chiang Rai", "rimkok.hotel@gmail.com",
        (), ("circular",),
        [
            ("ผ้าปู ปลอกหมอน ที่เลิกใช้แล้ว ให้ฟรีถ้ามารับเอง", "used_hotel_linen"),
        ],
        [
            N("ผ้านวมขนเป็ด", "down_duvet"),
            N("หมอนขนเป็ด", "feather_pillow"),
            N("ผ้าปูโรงแรม 300 เส้นด้าย สีขาว มี OEKO-TEX", "hotel_bed_linen", certs=("OEKO-TEX Standard 100",)),
        ],
    ),
    Sme(
        "bbd-092", "en", "Isan Elder Care Network", ISAN, DOWN, "Ubon Ratchathani", "procurement@isaneldercare.org",
        (), (),
        [],
        [
            N("Light cotton quilts, washable; OEKO-TEX welcome but not required", "quilt", "patchwork_quilt",
              waives=("OEKO-TEX Standard 100",)),
            N("Mosquito nets, single, 200 pcs", "mosquito_net"),
            U("Manual crank hospital beds", "furniture: none in the set"),
            N("Kapok-filled triangle cushions", "triangle_cushion"),
        ],
    ),
    Sme(
        "bbd-093", "th", "กลุ่มแม่บ้านหมอนสมุนไพรบ้านโนนคูณ", ISAN, DOWN, "Chaiyaphum", "monsamunphrai.nonkhun@gmail.com",
        ("OTOP",), ("bio",),
        [
            ("หมอนสมุนไพรหนุนนอน ใส่ใบเตย ตะไคร้", "herbal_pillow"),
            ("ลูกประคบสมุนไพร", "herbal_compress"),
        ],
        [
            N("สมุนไพรแห้ง ไพล ขมิ้น ตะไคร้", "dried_herbs_pillow_mix"),
            N("ผ้าฝ้ายดิบทำลูกประคบ", "greige_cotton_fabric"),
        ],
    ),
    Sme(
        "bbd-094", "en", "Krabi Dive Resort", SPORT, DOWN, "Krabi", "ops@krabidiveresort.com",
        (), (),
        [],
        [
            N("Hammocks for the beach bar", "hammock"),
            U("Striped beach towels 100 x 180 cm", "no beach towels in the set"),
        ],
    ),
    Sme(
        "bbd-095", "th", "ศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุ เทศบาลเมืองจันท์", CENTRAL, DOWN, "Chanthaburi",
        "elderly.chan.muni@gmail.com",
        (), (),
        [],
        [
            N("ผ้าห่มผืนเบาสำหรับผู้สูงอายุ", "blanket", "handwoven_cotton_blanket", "patchwork_quilt"),
            N("หมอนนุ่นแท้ ไม่เอาใยสังเคราะห์", "kapok_pillow"),
            N("เปลญวน แขวนลานกิจกรรม", "hammock"),
        ],
    ),
]


# ------------------------------------------------------------------ checks

THAI = re.compile("[\u0e00-\u0e7f]")
LATIN = re.compile("[A-Za-z]")
EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
SUBS = {s.value for s in taxonomy.SubCluster}
STAGES = {s.value for s in taxonomy.Stage}
BCGS = {b.value for b in taxonomy.BcgTag}
CERT_BY_NAME = {c.name: c for c in taxonomy.CERTIFICATIONS}


def _key(text: str) -> str:
    return re.sub(r"[\s\-_.,'()]+", "", unicodedata.normalize("NFKC", text).casefold())


def named(cert: str, text: str) -> bool:
    """Whether `text` names the certification `cert` in any of its written forms."""
    c = CERT_BY_NAME[cert]
    forms = (c.name, c.full_name, c.name_th, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
    body = _key(text)
    return any(_key(form) and _key(form) in body for form in forms)


def held(sme: Sme) -> frozenset[str]:
    return frozenset(taxonomy.resolve_certification(c) or c for c in sme.certs)


def phrases(sme: Sme) -> list[str]:
    return [sme.name, *(text for text, _ in sme.offers), *(need.text for need in sme.needs)]


def compute_links() -> set[tuple[str, str]]:
    links = set()
    for buyer in SMES:
        for need in buyer.needs:
            for supplier in SMES:
                if supplier.id != buyer.id and qualifies(supplier, need):
                    links.add((supplier.id, buyer.id))
    return links


def qualifies(supplier: Sme, need: Need) -> bool:
    if need.unmet:
        return False
    offered = {label for _, label in supplier.offers}
    return bool(offered & set(need.labels)) and set(need.certs) <= held(supplier)


def check() -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if ids != [f"bbd-{i:03d}" for i in range(1, 96)]:
        errors.append("ids must be bbd-001 ... bbd-095, in order, once each")
    offered_by: dict[str, set[str]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)
    for s in SMES:
        where = s.id
        if s.lang not in taxonomy.LANGUAGES:
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub not in SUBS:
            errors.append(f"{where}: sub-cluster {s.sub!r}")
        if s.stage not in STAGES:
            errors.append(f"{where}: stage {s.stage!r}")
        if taxonomy.resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for cert in s.certs:
            if taxonomy.resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if not set(s.bcg) <= BCGS:
            errors.append(f"{where}: bcg {s.bcg!r}")
        if not EMAIL.match(s.email):
            errors.append(f"{where}: e-mail {s.email!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if len(s.offers) > 4 or not 1 <= len(s.needs) <= 4:
            errors.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        for text in phrases(s):
            thai, latin = len(THAI.findall(text)), len(LATIN.findall(text))
            if s.lang == "th" and thai <= latin:
                errors.append(f"{where}: Thai profile phrase is not mostly Thai: {text!r}")
            if s.lang == "en" and thai:
                errors.append(f"{where}: English profile phrase has Thai letters: {text!r}")
        for need in s.needs:
            if need.unmet and need.labels:
                errors.append(f"{where}: unmet need lists labels: {need.text!r}")
            if not need.unmet and not need.labels:
                errors.append(f"{where}: need has neither labels nor a note: {need.text!r}")
            for cert in (*need.certs, *need.waives):
                if cert not in CERT_BY_NAME:
                    errors.append(f"{where}: {cert!r} is not a canonical certification name")
                elif not named(cert, need.text):
                    errors.append(f"{where}: {cert!r} is not named in {need.text!r}")
            for label in need.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    errors.append(f"{where}: label {label!r} is offered by no one else")
            if not need.unmet and not any(o.id != s.id and qualifies(o, need) for o in SMES):
                errors.append(f"{where}: no qualified supplier for {need.text!r}")
    stats = counts()
    targets = [
        ("profiles", stats["profiles"] == 95),
        ("Thai share 50-60 %", 0.50 <= stats["th"] / stats["profiles"] <= 0.60),
        ("links 140-180", 140 <= stats["links"] <= 180),
        ("cross-language links >= 45 %", stats["cross"] >= 0.45 * stats["links"]),
        ("unmet needs 15-25", 15 <= stats["unmet"] <= 25),
        ("needs requiring a certification", stats["requiring"] >= 5),
        ("needs waiving a certification", stats["waiving"] >= 3),
        ("all five sub-clusters", len(stats["per_sub"]) == 5),
        ("all three stages", len(stats["per_stage"]) == 3),
        ("many provinces", stats["provinces"] >= 40),
    ]
    errors += [f"target not met: {name} ({stats})" for name, ok in targets if not ok]
    return errors


def counts() -> dict:
    links = compute_links()
    lang = {s.id: s.lang for s in SMES}
    sub = {s.id: s.sub for s in SMES}
    needs = [n for s in SMES for n in s.needs]
    return {
        "profiles": len(SMES),
        "th": sum(s.lang == "th" for s in SMES),
        "en": sum(s.lang == "en" for s in SMES),
        "per_sub": Counter(s.sub for s in SMES),
        "per_stage": Counter(s.stage for s in SMES),
        "per_region": Counter(taxonomy.resolve_province(s.province).region.value for s in SMES),
        "provinces": len({taxonomy.resolve_province(s.province).name_en for s in SMES}),
        "offers": sum(len(s.offers) for s in SMES),
        "offer_labels": len({label for s in SMES for _, label in s.offers}),
        "needs": len(needs),
        "met": sum(not n.unmet for n in needs),
        "unmet": sum(bool(n.unmet) for n in needs),
        "requiring": sum(bool(n.certs) for n in needs),
        "waiving": sum(bool(n.waives) for n in needs),
        "links": len(links),
        "th_to_en": sum(lang[a] == "th" and lang[b] == "en" for a, b in links),
        "en_to_th": sum(lang[a] == "en" and lang[b] == "th" for a, b in links),
        "cross": sum(lang[a] != lang[b] for a, b in links),
        "within": sum(lang[a] == lang[b] for a, b in links),
        "cross_sub": sum(sub[a] != sub[b] for a, b in links),
    }


# ------------------------------------------------------------------ output


def profile(s: Sme) -> dict:
    return {
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


def table(stats: dict) -> str:
    total = stats["links"]
    rows = [
        ("profiles", stats["profiles"]),
        ("Thai / English profiles", f"{stats['th']} / {stats['en']}"),
        *((f"sub-cluster `{k}`", v) for k, v in sorted(stats["per_sub"].items())),
        *((f"stage `{k}`", stats["per_stage"][k]) for k in STAGES_ORDER),
        *((f"region `{k}`", v) for k, v in sorted(stats["per_region"].items())),
        ("distinct provinces", stats["provinces"]),
        ("offers", stats["offers"]),
        ("distinct offer labels", stats["offer_labels"]),
        ("needs", stats["needs"]),
        ("needs met / met by no one", f"{stats['met']} / {stats['unmet']}"),
        ("needs requiring a certification", stats["requiring"]),
        ("needs waiving a certification", stats["waiving"]),
        ("true links", total),
        ("cross-language links, Thai supplier to English buyer", stats["th_to_en"]),
        ("cross-language links, English supplier to Thai buyer", stats["en_to_th"]),
        ("cross-language links, total", f"{stats['cross']} ({100 * stats['cross'] / total:.1f} %)"),
        ("within-language links", stats["within"]),
        ("links between different sub-clusters", stats["cross_sub"]),
    ]
    return "\n".join(["| count | value |", "|---|---|", *(f"| {k} | {v} |" for k, v in rows)])


STAGES_ORDER = ("upstream", "midstream", "downstream")


def main() -> int:
    errors = check()
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    lines = [json.dumps(profile(s), ensure_ascii=False) for s in SMES]
    (HERE / "profiles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(compute_links()))
    (HERE / "links.csv").write_text(buffer.getvalue(), encoding="utf-8", newline="\n")
    print(table(counts()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
