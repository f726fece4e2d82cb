"""Hand-written evaluation set `blind_plain_hotel`: plain registry entries of a hospitality, spa and uniform
leaning cluster, with hand-decided true links.

Run from the repository root:  .venv/bin/python eval/blind_plain_hotel/write.py
Writes profiles.jsonl and links.csv next to this file, and nothing at all when a check fails.
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
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

taxonomy = importlib.import_module("shared.taxonomy")


# ------------------------------------------------------------------ structure


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str  # empty when some SME in the set meets the need; else a short note why no one does


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by any SME with an offer carrying one of `labels` and holding every cert in `certs`."""
    return Need(text, tuple(labels), tuple(certs), tuple(waives), "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that no SME in the set meets."""
    return Need(text, (), tuple(certs), tuple(waives), note)


@dataclass(frozen=True)
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
    offers: tuple[tuple[str, str], ...] = field(default=())  # (text, label)
    needs: tuple[Need, ...] = field(default=())


HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"

OEKO = "OEKO-TEX Standard 100"
GOTS = "GOTS"
GRS = "GRS"
TIS = "Thai Industrial Standard"
FDA = "Thai FDA"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ISO9 = "ISO 9001"
GREEN = "Thai Green Label"


# ------------------------------------------------------------------ data

SMES: list[Sme] = [
    Sme(
        "bph-001", "th", "บริษัท อันดามันเพิร์ล รีสอร์ท จำกัด", CIRC, DOWN, "Phuket",
        "purchasing@andamanpearl.co.th", ("ISO 14001",), ("circular", "green"),
        offers=(
            ("ผ้าขนหนูปลดระวางจากห้องพัก ประมาณ 250 กก./เดือน ติดต่อแผนกแม่บ้าน", "used_towels"),
        ),
        needs=(
            N("ผ้าเช็ดตัว 27x54 นิ้ว สีขาว ฝ้าย 100% ต้องมี OEKO-TEX", "hotel_towel", certs=(OEKO,)),
            N("ผ้าเช็ดตัวริมสระ ลายทางฟ้าขาว 90x180", "pool_towel"),
        ),
    ),
    Sme(
        "bph-002", "en", "Lanna Hills Boutique Hotel", HEMP, DOWN, "Chiang Mai",
        "gm@lannahills-hotel.com", (), ("bio", "green"),
        offers=(),
        needs=(
            N("Amenity pouches in local fabric w/ drawstring", "amenity_bag"),
            U("Wooden hangers with logo", "hangers are not textiles; no one in the set makes them"),
        ),
    ),
    Sme(
        "bph-003", "th", "สปาบ้านสมุนไพร หัวหิน", ALC, DOWN, "Prachuap Khiri Khan",
        "baansamunprai.huahin@gmail.com", (), ("bio",),
        offers=(
            ("ลูกประคบสมุนไพรสด ทำใหม่ทุกวัน ส่งในตัวเมืองหัวหิน", "herbal_compress_ball"),
        ),
        needs=(
            N("ผ้าดิบตัดสำเร็จสำหรับห่อลูกประคบ 40x40 ซม. เดือนละ 2,000 ผืน", "herbal_compress_cloth"),
            N(
                "สมุนไพรแห้ง ไพล ขมิ้นชัน ตะไคร้ ต้องได้มาตรฐานเกษตรอินทรีย์",
                "dried_compress_herbs", certs=(ORG_TH,),
            ),
        ),
    ),
    Sme(
        "bph-004", "en", "Samui Palm Spa & Wellness", ALC, DOWN, "Surat Thani",
        "spa@samuipalm.com", (), ("green",),
        offers=(
            ("Spa treatments for partner hotels' guests, commission basis", "spa_treatment_service"),
        ),
        needs=(
            N("Herbal compress balls, ready to steam, 200+ a month", "herbal_compress_ball"),
        ),
    ),
    Sme(
        "bph-005", "th", "ร้านอาหารครัวบ้านสวน", ALC, DOWN, "Nonthaburi",
        "krua.baansuan@gmail.com", (), (),
        offers=(),
        needs=(
            N("ผ้าปูโต๊ะ + ผ้าเช็ดปาก สีครีม 60 ชุด", "table_linen"),
        ),
    ),
    Sme(
        "bph-006", "en", "Royal Fairway Golf Club", SPORT, DOWN, "Chonburi",
        "proshop@royalfairway.co.th", (), (),
        offers=(
            ("Retired caddy uniforms with club logo, ~600 sets/yr", "used_uniforms"),
        ),
        needs=(
            N("Caddy uniforms, UV protection, long sleeve + wide-brim hat", "caddy_uniform"),
            N("Golf towels with club crest", "golf_towel"),
            N("Can anyone shred our old logo uniforms so they don't turn up at markets?", "shredding_service"),
        ),
    ),
    Sme(
        "bph-007", "th", "โฮมสเตย์บ้านนาริมโขง", ALI, DOWN, "Nong Khai",
        "baannarimkhong@hotmail.com", (), (),
        offers=(
            ("ห้องพักสำหรับคณะศึกษาดูงาน พร้อมอาหารพื้นบ้าน", "homestay_accommodation"),
        ),
        needs=(
            N("ชุดผ้าปูที่นอน 3.5 ฟุต 10 ชุด", "bed_linen"),
            N("ผ้าขาวม้าไว้ให้แขกใช้อาบน้ำ", "pha_khao_ma"),
        ),
    ),
    Sme(
        "bph-008", "en", "Skyline Inflight Catering Co., Ltd.", CIRC, DOWN, "Samut Prakan",
        "procurement@skylinecatering.co.th", ("ISO 9001:2015", "Halal"), ("circular",),
        offers=(
            ("Retired chef jackets & pants, TC, palletised monthly", "used_uniforms"),
        ),
        needs=(
            N("Chef coats + pants, 65/35 TC, S-3XL, 1,200 sets/yr", "chef_wear"),
            N("Uniform destruction with certificate (airline security rule)", "shredding_service"),
            N("Industrial laundry for kitchen wear, ISO 9001 a must", "laundry_service", certs=(ISO9,)),
        ),
    ),
    Sme(
        "bph-009", "th", "โรงพยาบาลศรีวิชัยแคร์ หาดใหญ่", ALC, DOWN, "Songkhla",
        "supply@sriwichaicare.co.th", (), (),
        offers=(),
        needs=(
            N("ชุดผู้ป่วย ผ้าฝ้าย ผูกหลัง ไซซ์ M-XXL", "patient_gown"),
            N("แผ่นรองซับซักได้ สำหรับผู้ป่วยติดเตียง", "underpad"),
            U("ผ้าปูเตียงผู้ป่วย ต้องผ่าน มอก.", "the bed linen supplier in the set holds no TIS", certs=(TIS,)),
        ),
    ),
    Sme(
        "bph-010", "en", "Khao Yai Mountain Lodge", ALI, DOWN, "Nakhon Ratchasima",
        "housekeeping@khaoyailodge.com", (), ("green",),
        offers=(
            ("Worn towels & bath mats, about 60 kg a month", "used_towels"),
        ),
        needs=(
            N("Bathrobes, adult one size, white or grey", "bathrobe"),
        ),
    ),
    Sme(
        "bph-011", "th", "รีสอร์ทเกาะช้าง ทะเลดาว", CIRC, DOWN, "Trat",
        "taledao.kohchang@gmail.com", (), ("circular",),
        offers=(
            ("ผ้าม่านเก่า ผ้าปูโต๊ะจัดเลี้ยงโพลีเอสเตอร์ หลังรีโนเวท", "used_polyester_linen"),
        ),
        needs=(
            N("ช่างเย็บผ้าม่านชุดใหม่ ใช้ผ้าที่รีสอร์ทซื้อไว้แล้ว", "cmt_sewing_service"),
            N("ผ้าม่านกันแสง blackout ยกม้วน", "curtain_fabric"),
        ),
    ),
    Sme(
        "bph-012", "en", "Seabreeze Senior Residence Hua Hin", ALC, DOWN, "Prachuap Khiri Khan",
        "admin@seabreeze-residence.com", (), (),
        offers=(),
        needs=(
            N("Washable bed pads for residents, 90x60", "underpad"),
            N("Who rents out bed linen with weekly washing? 60 beds", "linen_rental_service"),
        ),
    ),
    Sme(
        "bph-013", "th", "ห้องอาหารล้านนาคิทเช่น", HEMP, DOWN, "Chiang Mai",
        "lannakitchen.cnx@gmail.com", (), ("bio",),
        offers=(),
        needs=(
            N(
                "ผ้ากันเปื้อนผ้ากัญชงหรือฝ้ายย้อมคราม 25 ผืน ไม่จำเป็นต้องมี GOTS",
                "indigo_apron", waives=(GOTS,),
            ),
        ),
    ),
    Sme(
        "bph-014", "en", "Mangrove Eco Lodge", HEMP, DOWN, "Phang Nga",
        "stay@mangroveecolodge.com", (), ("bio", "green"),
        offers=(
            ("Retired cotton sheets, sorted by colour", "used_sheets"),
        ),
        needs=(
            N("Organic cotton bath towels, GOTS certified", "hotel_towel", certs=(GOTS,)),
            N("Hemp slippers for guests", "hemp_slipper"),
            N("Upcycling partner to turn our retired sheets into gifts for guests", "upcycling_service"),
        ),
    ),
    Sme(
        "bph-015", "th", "บริษัท ริเวอร์ไซด์ บางกอก โฮเทล จำกัด", CIRC, DOWN, "Bangkok",
        "hk.manager@riversidebkk.co.th", ("ISO 14001",), ("circular",),
        offers=(
            ("ผ้าปูที่นอนปลดระวาง สีขาว ประมาณ 1 ตัน/ไตรมาส", "used_sheets"),
        ),
        needs=(
            N("ชุดยูนิฟอร์มแผนกต้อนรับ 120 ชุด", "staff_uniform"),
            N("บริการเก็บผ้าเก่าไปรีไซเคิล มีเอกสารยืนยันปลายทาง", "waste_collection_service"),
            U("ชิป RFID ติดผ้าปูและผ้าขนหนู", "linen tracking tags; no one in the set offers them"),
        ),
    ),
    Sme(
        "bph-016", "en", "Ayutthaya Heritage Homestay", ALC, DOWN, "Phra Nakhon Si Ayutthaya",
        "ayutthayaheritage@gmail.com", (), (),
        offers=(
            ("Cooking class & bicycle tour packages for hotel guests", "tour_package"),
        ),
        needs=(
            N("Pha khao ma for guests, cotton, checked", "pha_khao_ma"),
            U("Mosquito nets for 8 beds", "no one in the set makes mosquito nets"),
        ),
    ),
    Sme(
        "bph-017", "th", "สวนสปาเขลางค์", HEMP, DOWN, "Lampang",
        "khelangspa@gmail.com", (), ("bio",),
        offers=(
            ("ลูกประคบสมุนไพร ห่อด้วยผ้าฝ้ายทอมือ", "herbal_compress_ball"),
        ),
        needs=(
            N("ผ้าฝ้ายทอมือเป็นพับ ไว้ตัดห่อลูกประคบเอง", "handwoven_cotton_fabric", "indigo_cotton_fabric"),
            N("เสื้อคลุมผ้าวาฟเฟิล", "bathrobe"),
        ),
    ),
    Sme(
        "bph-018", "en", "Krabi Cliffside Resort & Spa", CIRC, DOWN, "Krabi",
        "purchasing@krabicliffside.com", (), ("circular",),
        offers=(
            ("Banquet tablecloths, polyester, retired - 200 pcs", "used_polyester_linen"),
        ),
        needs=(
            N("Beach towels 90x180, bright stripes, 1,000 pcs", "pool_towel"),
        ),
    ),
    Sme(
        "bph-019", "th", "สนามกอล์ฟภูผาวัลเลย์", SPORT, DOWN, "Kanchanaburi",
        "office@phuphavalleygolf.com", (), (),
        offers=(),
        needs=(
            N("ชุดแคดดี้ แขนยาว กันยูวี พร้อมหมวกปีกกว้าง", "caddy_uniform"),
            N("ผ้าเย็นแบบแช่น้ำแล้วเย็น (cooling towel) แจกนักกอล์ฟ", "cooling_towel"),
            N("เสื้อโปโลพนักงาน ปักโลโก้สนาม", "polo_shirt"),
        ),
    ),
    Sme(
        "bph-020", "en", "Mekong Riverside Care Home", ALI, DOWN, "Nakhon Phanom",
        "care@mekongriverside.org", (), (),
        offers=(),
        needs=(
            N("Reusable incontinence pads 4-layer", "underpad"),
            N("Soft cotton fitted sheets, 3 ft hospital beds", "bed_linen"),
            U("Alternating-pressure air mattress", "medical equipment; nobody in the set offers it"),
        ),
    ),
    Sme(
        "bph-021", "th", "ส.เจริญเทอรี่ (โรงงานทอผ้าขนหนู)", ALC, MID, "Samut Sakhon",
        "sales@sjaroenterry.co.th", (OEKO, "มอก."), (),
        offers=(
            ("ผ้าขนหนูโรงแรม 100% cotton สีขาว ครบชุด เช็ดตัว เช็ดมือ เช็ดหน้า สั่งผลิต 30 วัน ไลน์ @sjterry", "hotel_towel"),
            ("ผ้าเช็ดเท้าหนา 900 กรัม/ตร.ม.", "bath_mat"),
            ("ผ้าเทอรี่ดิบเป็นเมตร หน้ากว้าง 180 ซม.", "terry_fabric"),
        ),
        needs=(
            N("ด้ายฝ้าย เบอร์ 16/1 กับ 21/1 แบบ ring spun", "cotton_yarn"),
            N("ป้ายทอชื่อลูกค้า", "woven_label"),
        ),
    ),
    Sme(
        "bph-022", "en", "Pattaya Linen Supply Co., Ltd.", CIRC, DOWN, "Chonburi",
        "sales@pattayalinen.com", ("ISO 9001:2015",), (),
        offers=(
            ("Percale sheets 250TC, flat & fitted, pillowcases", "bed_linen"),
            ("Microfibre pillows 1,000 g", "pillow"),
            ("Duvet inserts, all-season", "duvet"),
        ),
        needs=(
            N("Hollow conjugated fibre for pillow filling", "polyester_fibrefill", "recycled_fibrefill"),
            N("Sewing partner for sheets, we supply the fabric", "cmt_sewing_service"),
        ),
    ),
    Sme(
        "bph-023", "th", "กลุ่มทอผ้าย้อมครามบ้านดอนกอย", ALI, MID, "Sakon Nakhon",
        "donkoi.indigo@gmail.com", (OTOP,), ("bio",),
        offers=(
            ("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ หน้ากว้าง 1 ม.", "indigo_cotton_fabric"),
            ("รับย้อมครามผ้าของลูกค้า ฝ้าย ลินิน กัญชง", "indigo_dyeing_service"),
            ("ถุงหูรูดผ้าย้อมครามใส่ของใช้ในห้องพัก", "amenity_bag"),
        ),
        needs=(
            N("ฝ้ายเข็นมือ", "handspun_cotton_yarn"),
            N("เนื้อครามเปียก ปีละ 300 กก.", "indigo_paste"),
        ),
    ),
    Sme(
        "bph-024", "en", "Siam Uniform Works", ALC, DOWN, "Bangkok",
        "order@siamuniformworks.com", (ISO9,), (),
        offers=(
            ("Hotel & F&B uniforms made to order, MOQ 30 sets", "staff_uniform"),
            ("Chef jackets, chef pants, skull caps", "chef_wear"),
            ("Bib & waist aprons, canvas or TC", "apron"),
        ),
        needs=(
            N("TC twill 65/35 approx. 200 gsm navy/black", "uniform_fabric"),
            N("Subcontract logo embroidery ~3,000 pcs/month", "embroidery_service"),
        ),
    ),
    Sme(
        "bph-025", "th", "ร้านสไมล์ยูนิฟอร์ม ภูเก็ต", ALC, DOWN, "Phuket",
        "smileuniform.pkt@gmail.com", (), (),
        offers=(
            ("ตัดชุดพนักงาน โรงแรม สปา ร้านอาหาร", "staff_uniform"),
            ("แก้ไซซ์ เปลี่ยนซิป ซ่อมชุดพนักงาน", "repair_service"),
        ),
        needs=(
            N("ผ้าโทเร/ผ้าวาเลนติโน่ สีกรม สำหรับชุดพนักงาน", "uniform_fabric"),
            N("ด้ายเย็บผ้า หลายสี", "sewing_thread"),
        ),
    ),
    Sme(
        "bph-026", "en", "Chiang Mai Hemp Goods", HEMP, DOWN, "Chiang Mai",
        "hello@cmhempgoods.com", (), ("bio",),
        offers=(
            ("Hemp slippers, closed toe, for spa & rooms", "hemp_slipper"),
            ("Hemp drawstring bags for amenities", "amenity_bag"),
            ("Hemp cushion covers, natural or indigo", "hemp_cushion_cover"),
        ),
        needs=(
            N("Hemp fabric 280 gsm, natural colour", "hemp_fabric"),
        ),
    ),
    Sme(
        "bph-027", "th", "บจก. สลิปเปอร์ไทย", ALC, MID, "Nakhon Pathom",
        "slipperthai@yahoo.com", (), (),
        offers=(
            ("รองเท้าใส่ในห้องพัก ผ้าขนหนู/ผ้าสักหลาด พิมพ์โลโก้ได้", "hotel_slipper"),
            ("รองเท้า non-woven แบบใช้ครั้งเดียว", "hotel_slipper"),
            ("พื้นรองเท้า EVA ตัดตามแบบ", "slipper_sole"),
        ),
        needs=(
            N("ผ้าสปันบอนด์ 80 แกรม", "nonwoven_fabric"),
            N("ผ้าเทอรี่เป็นหลา สีขาว", "terry_fabric"),
        ),
    ),
    Sme(
        "bph-028", "en", "Isan Silk & Cotton Collective", ALI, MID, "Surin",
        "isansilkcollective@gmail.com", (PEACOCK, OTOP), ("bio",),
        offers=(
            ("Handwoven mudmee silk, 1 m wide", "thai_silk_fabric"),
            ("Silk bed runners for boutique hotels", "bed_runner"),
            ("Silk cushion covers 50x50", "silk_cushion_cover"),
        ),
        needs=(
            N("Thai silk yarn, hand-reeled, native breed", "silk_yarn"),
            N("Natural dyes: lac, ebony, indigo", "natural_dye", "indigo_paste"),
        ),
    ),
    Sme(
        "bph-029", "th", "กลุ่มทอผ้าขาวม้าร้อยสี จอมบึง", ALC, MID, "Ratchaburi",
        "paokhaoma.chombueng@gmail.com", (OTOP,), ("bio",),
        offers=(
            ("ผ้าขาวม้าทอมือ ลายตาราง", "pha_khao_ma"),
            ("ผ้าโสร่ง ผ้านุ่งสปา ตัดเย็บจากผ้าขาวม้า", "spa_wrap"),
            ("ถุงผ้าขาวม้า ใส่ของฝาก", "tote_bag"),
        ),
        needs=(
            N("ด้ายฝ้ายย้อมสีแล้ว เบอร์ 20/2", "dyed_cotton_yarn"),
        ),
    ),
    Sme(
        "bph-030", "en", "Golden Robe Garment Co.", ALC, DOWN, "Pathum Thani",
        "export@goldenrobe.co.th", (OEKO,), (),
        offers=(
            ("Bathrobes: terry, velour, waffle; kimono or shawl collar", "bathrobe"),
            ("Closed-toe spa slippers to match robes", "hotel_slipper"),
        ),
        needs=(
            N("Waffle fabric 100% cotton white 240 gsm", "waffle_fabric"),
            N("Terry cloth by the metre, 380 gsm, two-sided loop", "terry_fabric"),
        ),
    ),
    Sme(
        "bph-031", "th", "ร้านจักรป้าศรี รับเย็บทั่วไป", ALI, MID, "Khon Kaen",
        "pasri.sewing@gmail.com", (), (),
        offers=(
            ("รับเย็บตามแบบ ผ้าลูกค้า ผ้าปู ปลอกหมอน ผ้าม่าน", "cmt_sewing_service"),
            ("รับซ่อม ปะ ชุน ผ้าปู ผ้าม่าน ผ้าขนหนูโรงแรม", "repair_service"),
            ("เศษผ้าจากการตัดเย็บ ขายเป็นกิโล", "sewing_offcuts"),
        ),
        needs=(
            N("ด้ายเย็บโพลีเอสเตอร์ หลอดใหญ่", "sewing_thread"),
            U("จักรโพ้งอุตสาหกรรมมือสอง", "sewing machines; no one in the set sells machinery"),
        ),
    ),
    Sme(
        "bph-032", "en", "Pure Percale Textiles", ALC, MID, "Nakhon Pathom",
        "sales@purepercale.com", (OEKO, ISO9), (),
        offers=(
            ("Cotton percale 200/250/300 TC, 240-300 cm wide", "cotton_sheeting"),
            ("T/C 50/50 sheeting, hotel white", "polycotton_sheeting"),
            ("Sateen stripe 1 cm, 300 TC, for duvet covers", "cotton_sheeting"),
        ),
        needs=(
            N("Anti-bacterial / easy-care finishing on our fabric", "finishing_service"),
        ),
    ),
    Sme(
        "bph-033", "th", "บริษัท ม่านสวยดีไซน์ จำกัด", ALC, DOWN, "Nonthaburi",
        "mansuay.design@gmail.com", (), (),
        offers=(
            ("ผ้าม่านสำเร็จรูป ม่านจีบ ม่านลอน ม่านม้วน วัดขนาดห้องพัก", "curtain"),
            ("ผ้าม่าน blackout ขายเป็นหลา", "curtain_fabric"),
        ),
        needs=(
            N("ด้ายเย็บผ้าม่าน สีขาว สีครีม", "sewing_thread"),
            U("รางม่าน อุปกรณ์ม่าน", "curtain rails are hardware; no one in the set offers them"),
        ),
    ),
    Sme(
        "bph-034", "en", "Nan Heritage Weavers", HEMP, MID, "Nan",
        "nanheritageweavers@gmail.com", (OTOP,), ("bio",),
        offers=(
            ("Handwoven cotton, Nam Lai pattern, by the metre", "handwoven_cotton_fabric"),
            ("Cushion covers woven to order", "handwoven_cushion_cover"),
            ("Commission weaving: bring your yarn, we weave", "handloom_weaving_service"),
        ),
        needs=(
            N("Hand-spun yarn from Thai native cotton", "handspun_cotton_yarn"),
            N("Natural dye stuff (ebony fruit, lac, annatto)", "natural_dye"),
        ),
    ),
    Sme(
        "bph-035", "th", "หจก. ฝ้ายดีสปินนิ่ง", ALC, UP, "Saraburi",
        "faidee.spinning@hotmail.com", (OEKO,), (),
        offers=(
            ("ด้ายฝ้าย 100% ring spun เบอร์ 10-40", "cotton_yarn"),
            ("ด้ายฝ้ายย้อมสีสำเร็จ สำหรับกลุ่มทอผ้า มีกว่า 80 สี", "dyed_cotton_yarn"),
            ("ด้ายสปันโพลีเอสเตอร์ และด้าย TC 65/35", "polyester_spun_yarn"),
        ),
        needs=(
            N("ปุยฝ้ายดิบ เกรดดี", "raw_cotton"),
            U("อะไหล่เครื่องปั่นด้าย", "machine parts; not offered in the set"),
        ),
    ),
    Sme(
        "bph-036", "en", "Loei Native Cotton Growers", HEMP, UP, "Loei",
        "loeicotton.coop@gmail.com", (ORG_TH,), ("bio",),
        offers=(
            ("Seed cotton & ginned lint, native brown and white", "raw_cotton"),
            ("Hand-spun cotton yarn in skeins", "handspun_cotton_yarn"),
        ),
        needs=(
            N("Handloom group to weave our hand-spun yarn into cloth, we keep the cloth", "handloom_weaving_service"),
            U("Small hand-cranked cotton gin", "equipment; not offered in the set"),
        ),
    ),
    Sme(
        "bph-037", "th", "ฟาร์มนุ่นบ้านหนองแวง", ALI, UP, "Maha Sarakham",
        "nun.nongwaeng@gmail.com", (), ("bio",),
        offers=(
            ("นุ่นคัดเมล็ดแล้ว บรรจุกระสอบ", "kapok_fibre"),
            ("หมอนนุ่น ปลอกผ้าฝ้าย ขนาดโรงแรม 19x29 นิ้ว", "kapok_pillow"),
        ),
        needs=(
            N("ผ้าดิบหรือผ้าฝ้ายขาว ทำปลอกหมอนใน", "calico_greige", "cotton_sheeting"),
        ),
    ),
    Sme(
        "bph-038", "en", "Highland Hemp Fibre Co-op", HEMP, UP, "Tak",
        "highlandhemp.tak@gmail.com", (ORG_TH,), ("bio",),
        offers=(
            ("Decorticated hemp bast fibre, bales", "hemp_fibre"),
            ("Hand-spliced hemp yarn (Hmong style)", "hemp_yarn"),
        ),
        needs=(
            N("Handloom weavers to weave our hand-spliced hemp yarn on commission", "handloom_weaving_service"),
            U("Decorticator, small scale", "machinery; not offered in the set"),
        ),
    ),
    Sme(
        "bph-039", "th", "บริษัท เฮมพ์ไทย เท็กซ์ไทล์ จำกัด", HEMP, MID, "Chiang Rai",
        "info@hempthaitextile.co.th", (), ("bio",),
        offers=(
            ("ผ้ากัญชง 100% ทอเครื่อง", "hemp_fabric"),
            ("ผ้ากัญชงผสมฝ้าย 55/45 เหมาะทำเสื้อคลุมสปา", "hemp_fabric"),
        ),
        needs=(
            N("เส้นด้ายกัญชง", "hemp_yarn"),
            N("รับย้อมผ้ากัญชงเป็นพับ สีเทา สีดำ ด้วยสีรีแอคทีฟ", "dyeing_service"),
        ),
    ),
    Sme(
        "bph-040", "en", "Songkhla Dye House", SPORT, MID, "Songkhla",
        "dyehouse@songkhladye.com", ("bluesign", "ISO 14001"), ("green",),
        offers=(
            ("Piece dyeing: cotton, TC, poly; jet & jigger", "dyeing_service"),
            ("Re-dyeing your faded towels & uniforms", "dyeing_service"),
            ("Ready-dyed TC & cotton twill, 12 stock colours, from 100 m", "uniform_fabric"),
        ),
        needs=(
            N("Greige calico for stock dyeing", "calico_greige"),
            U("Reactive dyes & auxiliaries", "dye chemicals; not offered in the set"),
        ),
    ),
    Sme(
        "bph-041", "th", "บจก. ไทยกรีจ ทอผ้า", ALC, MID, "Pathum Thani",
        "thaigreige@gmail.com", (), (),
        offers=(
            ("ผ้าดิบ cotton 100% หน้ากว้าง 36-60 นิ้ว ราคาส่งหลาละ 28 บาท", "calico_greige"),
            ("ผ้าดิบตัดชิ้น 40x40 ซม. สำหรับห่อลูกประคบ", "herbal_compress_cloth"),
        ),
        needs=(
            U(
                "ด้ายฝ้าย OE (ปั่นแบบ open-end) เบอร์ 20",
                "the spinners in the set offer ring-spun cotton only; the recycled yarn is a poly blend",
            ),
        ),
    ),
    Sme(
        "bph-042", "en", "Tropic Towel Mills", ALC, MID, "Chachoengsao",
        "sales@tropictowel.com", (GOTS, OEKO, ISO9), (),
        offers=(
            ("Organic cotton terry towels, GOTS: bath, hand, face", "hotel_towel"),
            ("Pool & beach towels, yarn-dyed stripes", "pool_towel"),
            ("Jacquard bath mats, logo woven in", "bath_mat"),
        ),
        needs=(
            N("GOTS organic cotton yarn Ne 16", "cotton_yarn", certs=(GOTS,)),
        ),
    ),
    Sme(
        "bph-043", "th", "บริษัท ซิตี้คลีน ลินิน จำกัด", CIRC, DOWN, "Bangkok",
        "service@citycleanlinen.co.th", (ISO9, "ISO 14001"), ("circular",),
        offers=(
            ("ให้เช่าผ้าปู ผ้าขนหนู พร้อมซักรีด สำหรับโรงแรม", "linen_rental_service"),
            ("ซักรีดผ้าโรงแรม โรงพยาบาล รับ-ส่งฟรีในกทม.", "laundry_service"),
            ("ผ้าขนหนูหมดสภาพจากระบบเช่า ~2 ตัน/เดือน", "used_towels"),
        ),
        needs=(
            N("ผ้าขนหนูโรงแรมสีขาว 600 แกรม ล็อตใหญ่ ต้องได้ มอก.", "hotel_towel", certs=(TIS,)),
            U("ผ้าขนหนูที่ได้ฉลากเขียว", "no towel maker in the set holds Thai Green Label", certs=(GREEN,)),
        ),
    ),
    Sme(
        "bph-044", "en", "Andaman Linen & Laundry", CIRC, DOWN, "Phuket",
        "ops@andamanlinen.com", (), ("circular",),
        offers=(
            ("Hotel laundry, 3 t/day, Patong-Kata-Karon pick-up", "laundry_service"),
        ),
        needs=(
            N("Laundry trolley liners & net bags", "laundry_sack"),
            N("Mending and hemming of torn sheets, weekly", "repair_service"),
            U("RFID chips for linen tracking", "linen tracking tags; no one in the set offers them"),
        ),
    ),
    Sme(
        "bph-045", "th", "ร้านสมพงษ์ค้าผ้าเก่า", CIRC, UP, "Samut Prakan",
        "sompong.rags@gmail.com", (), ("circular",),
        offers=(
            ("ผ้าขี้ริ้ว ตัดจากผ้าขนหนูและผ้าปูเก่า กก.ละ 25 บาท", "cotton_rags"),
            ("รับเก็บผ้าเก่าจากโรงแรมถึงที่", "waste_collection_service"),
        ),
        needs=(
            N("ผ้าขนหนูเก่าจากโรงแรม ผ้าฝ้ายเท่านั้น ไม่เอาโพลีเอสเตอร์", "used_towels"),
            N("เศษผ้าฝ้ายจากโรงงานเย็บ", "sewing_offcuts"),
        ),
    ),
    Sme(
        "bph-046", "en", "ReThread Recycling Co., Ltd.", CIRC, UP, "Chonburi",
        "supply@rethread.co.th", (GRS, "RCS"), ("circular", "green"),
        offers=(
            ("Mechanically recycled cotton fibre from used linen", "shredded_fibre"),
            ("Recycled cotton yarn rCO/rPET 30/70, GRS", "recycled_cotton_yarn"),
            ("Branded uniform shredding, certificate of destruction", "shredding_service"),
        ),
        needs=(
            N("Sorted white cotton waste, grade A", "sorted_white_cotton"),
        ),
    ),
    Sme(
        "bph-047", "th", "หจก. คัดผ้าโรงเกลือ", CIRC, UP, "Sa Kaeo",
        "khadpha.ronkluea@gmail.com", (), ("circular",),
        offers=(
            ("ผ้าฝ้ายขาวคัดเกรด A ตัดกระดุม ซิป ออกแล้ว", "sorted_white_cotton"),
            ("รับคัดแยกผ้าเก่าตามสีและชนิดเส้นใย คิดเป็นกิโล", "sorting_service"),
        ),
        needs=(
            N("ชุดพนักงานเก่า ชุดเชฟเก่า คละไซซ์ คละสี", "used_uniforms"),
        ),
    ),
    Sme(
        "bph-048", "en", "Second Life Upcycle Studio", CIRC, DOWN, "Chiang Mai",
        "studio@secondlife-upcycle.com", (), ("circular",),
        offers=(
            ("Tote bags sewn from retired hotel towels", "tote_bag"),
            ("We turn your hotel's old linen into branded gifts", "upcycling_service"),
            ("Pet beds stuffed with shredded linen", "pet_bed"),
        ),
        needs=(
            N("Old sheets, clean, any colour", "used_sheets"),
            N("Cotton drawcord 5 mm", "drawstring_cord"),
        ),
    ),
    Sme(
        "bph-049", "th", "บริษัท ไฟเบอร์ฟิลไทย จำกัด", CIRC, UP, "Rayong",
        "sales@fiberfillthai.co.th", (GRS,), ("circular",),
        offers=(
            ("ใยโพลีเอสเตอร์รีไซเคิลจากขวด PET ใยกลวง ยัดหมอน", "recycled_fibrefill"),
            ("ใยสังเคราะห์ 7D ใยซิลิโคน เกรดโรงแรม", "polyester_fibrefill"),
        ),
        needs=(
            U("ขวด PET ใช้แล้ว อัดก้อน", "PET bottles are not offered in the set"),
        ),
    ),
    Sme(
        "bph-050", "en", "Northern Embroidery House", ALC, MID, "Lamphun",
        "orders@northernembroidery.com", (), (),
        offers=(
            ("Computer embroidery of logos on towels, robes, uniforms", "embroidery_service"),
            ("Woven & printed labels", "woven_label"),
        ),
        needs=(
            N("Embroidery thread, rayon & poly", "embroidery_thread"),
        ),
    ),
    Sme(
        "bph-051", "th", "ร้านปักจักรดาวเหนือ", ALI, MID, "Udon Thani",
        "daonuea.embroidery@gmail.com", (), (),
        offers=(
            ("รับปักโลโก้ เสื้อ หมวก ผ้าขนหนู ไม่มีขั้นต่ำ", "embroidery_service"),
            ("รับสกรีนเสื้อ ถุงผ้า", "printing_service"),
        ),
        needs=(
            N("เสื้อโปโลเปล่า สำหรับปักให้ลูกค้า", "polo_shirt"),
            N("ด้ายปักจักร", "embroidery_thread"),
        ),
    ),
    Sme(
        "bph-052", "en", "Thread & Trim Trading", ALC, MID, "Bangkok",
        "sales@threadandtrim.co.th", (OEKO,), (),
        offers=(
            ("Sewing thread spun poly 40/2, 5,000 m cones, ships in 3 days", "sewing_thread"),
            ("Embroidery thread, 200+ colours", "embroidery_thread"),
            ("Cotton & poly drawcords 3-8 mm", "drawstring_cord"),
            ("Coconut shell & resin buttons", "buttons"),
        ),
        needs=(
            N("Woven labels for our own-brand boxes", "woven_label"),
        ),
    ),
    Sme(
        "bph-053", "th", "กลุ่มเลี้ยงไหมบ้านนาโพธิ์", ALI, UP, "Buriram",
        "naphosilk@gmail.com", (OTOP,), ("bio",),
        offers=(
            ("เส้นไหมพื้นบ้าน สาวมือ ไหมน้อย ไหมลืบ", "silk_yarn"),
            ("ผ้าไหมมัดหมี่ทอมือ", "thai_silk_fabric"),
        ),
        needs=(
            N("ครามเปียก หรือสีธรรมชาติสำหรับย้อมไหม", "indigo_paste", "natural_dye"),
        ),
    ),
    Sme(
        "bph-054", "en", "Indigo Roots Natural Dye", HEMP, MID, "Phrae",
        "indigoroots.phrae@gmail.com", (OTOP,), ("bio",),
        offers=(
            ("Fermented indigo paste from our own plants", "indigo_paste"),
            ("Mor hom indigo dyeing of your garments & uniforms", "indigo_dyeing_service"),
            ("Indigo-dyed cotton aprons for cafes", "indigo_apron"),
            ("Natural dye stuffs: lac, ebony, annatto, dried", "natural_dye"),
        ),
        needs=(
            N("Plain undyed cotton or hemp cloth for dyeing", "calico_greige", "hemp_fabric"),
        ),
    ),
    Sme(
        "bph-055", "th", "วิสาหกิจชุมชนสมุนไพรบ้านโคกกลาง", ALI, DOWN, "Chaiyaphum",
        "khokklang.herb@gmail.com", (ORG_TH, "อย.", OTOP), ("bio",),
        offers=(
            ("ลูกประคบสมุนไพรแห้ง ห่อผ้าฝ้ายขาว มี อย.", "herbal_compress_ball"),
            ("สมุนไพรอบแห้งสำหรับทำลูกประคบ ปลูกเองแบบอินทรีย์", "dried_compress_herbs"),
        ),
        needs=(
            N("ผ้าดิบเป็นม้วน ราคาส่ง", "calico_greige"),
            N("เชือกฝ้ายมัดลูกประคบ", "drawstring_cord"),
        ),
    ),
    Sme(
        "bph-056", "en", "Hua Hin Golf & Sportswear", SPORT, DOWN, "Prachuap Khiri Khan",
        "sales@huahingolfwear.com", (), (),
        offers=(
            ("Caddy uniforms UPF 50+, custom colours", "caddy_uniform"),
            ("Golf polos for staff & tournaments, min 50", "polo_shirt"),
            ("Microfibre golf towels with grommet & hook", "golf_towel"),
        ),
        needs=(
            N("Wicking knit fabric, UPF 50", "sports_knit_fabric"),
        ),
    ),
    Sme(
        "bph-057", "th", "บจก. สปอร์ตเท็กซ์ ถักผ้า", SPORT, MID, "Chachoengsao",
        "sales@sporttex-knit.co.th", ("bluesign", OEKO), ("green",),
        offers=(
            ("ผ้าถักไมโครโพลีเอสเตอร์ ระบายเหงื่อ กันยูวี", "sports_knit_fabric"),
            ("ผ้าไมโครไฟเบอร์เป็นม้วน ทำผ้าเช็ดตัวกีฬา", "microfiber_fabric"),
            ("ผ้าเย็น cooling towel สำเร็จรูป สกรีนโลโก้ได้", "cooling_towel"),
            ("ผ้าเคลือบ TPU กันน้ำ ระบายอากาศ", "tpu_laminated_fabric"),
        ),
        needs=(
            U(
                "เส้นด้ายโพลีเอสเตอร์รีไซเคิลแบบฟิลาเมนต์ ต้องมี GRS",
                "no filament yarn maker in the set", certs=(GRS,),
            ),
        ),
    ),
    Sme(
        "bph-058", "th", "ฟิตแอนด์เฟรช ยิม", SPORT, DOWN, "Bangkok",
        "facilities@fitandfresh.co.th", (), (),
        offers=(
            ("ผ้าเช็ดตัวไมโครไฟเบอร์เก่าของสมาชิก เดือนละ ~100 กก.", "used_microfiber_towels"),
        ),
        needs=(
            N("ผ้าเช็ดตัวไมโครไฟเบอร์ 40x80 ซม. พิมพ์โลโก้ สำหรับสมาชิก", "gym_towel"),
        ),
    ),
    Sme(
        "bph-059", "th", "บริษัท ไมโครคลีน จำกัด", SPORT, DOWN, "Nonthaburi",
        "microclean.th@gmail.com", (), (),
        offers=(
            ("ผ้าไมโครไฟเบอร์เช็ดทำความสะอาด ของใหม่ ไม่เป็นขุย", "microfiber_cleaning_cloth"),
            ("ผ้าเช็ดตัวไมโครไฟเบอร์สำหรับฟิตเนส ปักโลโก้ได้", "gym_towel"),
        ),
        needs=(
            N("ผ้าไมโครไฟเบอร์เป็นม้วน 300 แกรม", "microfiber_fabric"),
        ),
    ),
    Sme(
        "bph-060", "th", "โรงแรมเชียงคานริเวอร์วิว", ALI, DOWN, "Loei",
        "chiangkhanriverview@gmail.com", (), (),
        offers=(
            ("ผ้าปูที่นอน ปลอกหมอนเก่า ปีละราว 200 กก.", "used_sheets"),
        ),
        needs=(
            N("ผ้าฝ้ายย้อมครามเป็นเมตร ให้ช่างเย็บปลอกหมอนอิงเอง", "indigo_cotton_fabric"),
            N("ผ้าม่านห้องพัก 18 ห้อง มาวัดหน้างานให้ด้วย", "curtain"),
        ),
    ),
    Sme(
        "bph-061", "en", "Udon Grand Hotel", ALI, DOWN, "Udon Thani",
        "purchasing@udongrand.com", (), (),
        offers=(
            ("Used F&B uniforms, ~300 sets", "used_uniforms"),
        ),
        needs=(
            N("Towels for 150 rooms - OEKO-TEX welcome but not required", "hotel_towel", waives=(OEKO,)),
        ),
    ),
    Sme(
        "bph-062", "th", "บ้านไทยสปา สุขุมวิท", ALC, DOWN, "Bangkok",
        "baanthaispa.skv@gmail.com", (), (),
        offers=(
            ("คอร์สอบรมนวดแผนไทยให้พนักงานสปาของโรงแรม 5 วัน", "massage_training"),
        ),
        needs=(
            N("ผ้าคลุมเตียงนวด แบบมีรูหน้า", "massage_bed_cover"),
            N("ลูกประคบสำเร็จ ต้องมีเลข อย.", "herbal_compress_ball", certs=(FDA,)),
        ),
    ),
    Sme(
        "bph-063", "en", "Spa Linen Studio", HEMP, DOWN, "Chiang Mai",
        "info@spalinenstudio.com", (), (),
        offers=(
            ("Massage bed covers with face hole, fitted, cotton", "massage_bed_cover"),
            ("Spa wraps with velcro, terry or waffle", "spa_wrap"),
        ),
        needs=(
            N("Waffle pique fabric white & sand", "waffle_fabric"),
        ),
    ),
    Sme(
        "bph-064", "th", "กลุ่มหมอนขิดบ้านศรีฐาน", ALI, DOWN, "Yasothon",
        "monkhit.srithan@gmail.com", (OTOP,), ("bio",),
        offers=(
            ("หมอนขวานผ้าขิด ยัดนุ่น", "triangle_cushion"),
            ("ที่นอนนวดแผนไทย พับได้ ยัดนุ่น", "massage_mattress"),
        ),
        needs=(
            N("นุ่นคุณภาพดี", "kapok_fibre"),
        ),
    ),
    Sme(
        "bph-065", "en", "Mae Fah Valley Retreat", HEMP, DOWN, "Chiang Rai",
        "retreat@maefahvalley.com", (), ("bio", "green"),
        offers=(
            ("Retreat venue for wellness and yoga workshops, 20 rooms", "venue_hire"),
        ),
        needs=(
            N("Thai massage mattresses for the yoga sala, 20 pcs", "massage_mattress"),
            N("Triangle cushions", "triangle_cushion"),
            N("Indigo over-dyeing of our stained white robes (we send them)", "indigo_dyeing_service"),
            U("Hemp bathrobes", "hemp fabric is offered but no one in the set makes hemp robes"),
        ),
    ),
    Sme(
        "bph-066", "th", "ร้านอาหารซีฟู้ดชายหาดบางแสน (5 สาขา)", ALC, DOWN, "Chonburi",
        "bangsaen.seafood@gmail.com", (), (),
        offers=(),
        needs=(
            N("เสื้อเชฟ หมวกเชฟ 40 ชุด", "chef_wear"),
            N("ผ้ากันเปื้อนครัว ปักชื่อร้าน", "apron", "indigo_apron"),
            N("ผ้าขี้ริ้วเช็ดโต๊ะ ซื้อเป็นกิโล", "cotton_rags"),
        ),
    ),
    Sme(
        "bph-067", "en", "Ubon Riverside Hotel", ALI, DOWN, "Ubon Ratchathani",
        "fo@ubonriverside.com", (), (),
        offers=(),
        needs=(
            N("Indigo handwoven cotton by the metre, to make our own table runners", "indigo_cotton_fabric"),
            U("Mattresses for 40 rooms", "mattresses are not offered in the set"),
        ),
    ),
    Sme(
        "bph-068", "th", "โรงซักรีดขอนแก่นซักสะอาด", CIRC, DOWN, "Khon Kaen",
        "saksaard.kk@gmail.com", (), (),
        offers=(
            ("รับซักรีดผ้าโรงแรม โรงพยาบาล เขตขอนแก่น", "laundry_service"),
        ),
        needs=(
            N("มีที่ไหนทำถุงผ้าใส่ผ้าซักใบใหญ่ พิมพ์ชื่อร้านได้บ้าง?", "laundry_sack"),
            U("น้ำยาซักผ้าอุตสาหกรรม", "detergent is not offered in the set"),
        ),
    ),
    Sme(
        "bph-069", "th", "โรงซักรีดคลีนเวฟ เชียงใหม่", CIRC, DOWN, "Chiang Mai",
        "cleanwave.cm@gmail.com", (ISO9,), ("circular",),
        offers=(
            ("ซักรีดผ้ารีสอร์ท ผ้าปู ผ้าขนหนู รับ-ส่งภายใน 24 ชม.", "laundry_service"),
        ),
        needs=(
            N("ถุงผ้าใบใส่ผ้าสกปรก ถุงรถเข็นผ้า", "laundry_sack"),
        ),
    ),
    Sme(
        "bph-070", "th", "โรงงานถุงผ้าแม่กลอง", ALC, DOWN, "Samut Songkhram",
        "maeklong.bags@gmail.com", (), (),
        offers=(
            ("ถุงใส่ผ้าซักในห้องพัก ผ้าดิบ พิมพ์โลโก้ได้", "guest_laundry_bag"),
            ("ถุงตาข่ายซักผ้า ถุงผ้าใบใส่ผ้าสกปรก สำหรับโรงซัก", "laundry_sack"),
            ("ถุงหูรูดผ้าสปันบอนด์ (non-woven) ใส่ของใช้ในห้องพัก", "nonwoven_amenity_bag"),
        ),
        needs=(
            N("ผ้าดิบ 20x20", "calico_greige"),
            N("ผ้าตาข่ายโพลีเอสเตอร์", "mesh_fabric"),
        ),
    ),
    Sme(
        "bph-071", "en", "Mesh & Net Textiles", SPORT, MID, "Phra Nakhon Si Ayutthaya",
        "sales@meshnet.co.th", (), (),
        offers=(
            ("Polyester mesh 60-120 gsm for laundry bags", "mesh_fabric"),
            ("Spunbond PP nonwoven 20-100 gsm", "nonwoven_fabric"),
        ),
        needs=(
            U("Polyester filament yarn 150D", "no filament yarn maker in the set"),
        ),
    ),
    Sme(
        "bph-072", "th", "โรงแรมบูทีค สุโขทัยเฮอริเทจ", ALC, DOWN, "Sukhothai",
        "sukhothaiheritage@gmail.com", (), (),
        offers=(),
        needs=(
            N("ปลอกหมอนอิงผ้าฝ้ายทอมือ ลายพื้นเมือง", "handwoven_cushion_cover"),
            N("ผ้าไมโครไฟเบอร์เช็ดกระจก ของใหม่", "microfiber_cleaning_cloth"),
        ),
    ),
    Sme(
        "bph-073", "en", "Trang Andaman Homestay Network", CIRC, DOWN, "Trang",
        "trang.homestay.network@gmail.com", (), ("green",),
        offers=(),
        needs=(
            N("Pha khao ma and batik sarongs as guest gifts", "pha_khao_ma", "batik_sarong"),
            N("Bed linen sets for 30 homes - OTOP welcome but not required", "bed_linen", waives=(OTOP,)),
        ),
    ),
    Sme(
        "bph-074", "th", "กลุ่มทอผ้านาหมื่นศรี", HEMP, MID, "Trang",
        "namuensri.weaving@gmail.com", (OTOP,), ("bio",),
        offers=(
            ("ผ้าทอนาหมื่นศรี ลายลูกแก้ว เป็นผืนหรือเป็นเมตร", "handwoven_cotton_fabric"),
            ("ผ้ารองจาน ผ้าปูโต๊ะทอมือ", "table_linen"),
        ),
        needs=(
            N("ด้ายฝ้ายสีสำเร็จ หลายสี", "dyed_cotton_yarn"),
        ),
    ),
    Sme(
        "bph-075", "th", "ที่นอนหมอนนุ่นสยาม", ALC, DOWN, "Phetchaburi",
        "sales@siamkapok.com", (), ("bio",),
        offers=(
            ("หมอนนุ่นสำหรับโรงแรมสายอีโค", "kapok_pillow"),
            ("ผ้านวมยัดนุ่น เปลือกผ้าฝ้าย", "kapok_duvet"),
        ),
        needs=(
            N("นุ่นทำความสะอาดแล้ว เดือนละ 1 ตัน", "kapok_fibre"),
        ),
    ),
    Sme(
        "bph-076", "th", "ร้านเย็บผ้ารับจ้างสุพรรณ", ALC, MID, "Suphan Buri",
        "suphan.cmt@gmail.com", (), (),
        offers=(
            ("รับจ้างเย็บผ้าลูกค้า ชุดยูนิฟอร์ม ผ้ากันเปื้อน ผ้าปู 2,000 ชิ้น/เดือน", "cmt_sewing_service"),
        ),
        needs=(
            N("ด้ายเย็บ", "sewing_thread"),
            N("กระดุม 4 รู สำหรับเสื้อพนักงาน", "buttons"),
        ),
    ),
    Sme(
        "bph-077", "en", "UniCare Uniform Rental", CIRC, DOWN, "Rayong",
        "contact@unicare-rental.com", (ISO9,), ("circular",),
        offers=(
            ("Uniform rental with weekly washing", "uniform_rental_service"),
            ("Used uniforms back from rental, ~2 t/yr", "used_uniforms"),
        ),
        needs=(
            N("Shredding of logo garments, destruction cert", "shredding_service"),
        ),
    ),
    Sme(
        "bph-078", "en", "Cha-am Beachfront Hotel", ALC, DOWN, "Phetchaburi",
        "hk@chaambeachfront.com", (), (),
        offers=(),
        needs=(
            N("Pool towels with hotel name woven in, 600 pcs", "pool_towel"),
            N("Closed-toe slippers with logo, no need for OEKO-TEX", "hotel_slipper", "hemp_slipper", waives=(OEKO,)),
        ),
    ),
    Sme(
        "bph-079", "th", "สนามกอล์ฟดอยสะเก็ดไฮแลนด์", SPORT, DOWN, "Chiang Mai",
        "doisaket.golf@gmail.com", (), (),
        offers=(),
        needs=(
            N("ผ้าเช็ดไม้กอล์ฟ ปักโลโก้สนาม", "golf_towel"),
            N("ชุดแคดดี้ 150 ชุด เสื้อแขนยาว + ผ้าคลุมหน้า", "caddy_uniform"),
        ),
    ),
    Sme(
        "bph-080", "en", "Korat Recycled Felt Co.", CIRC, MID, "Nakhon Ratchasima",
        "koratfelt@gmail.com", (), ("circular",),
        offers=(
            ("Needle-punched felt from textile waste, moving blankets, underlay", "recycled_felt"),
        ),
        needs=(
            N("Shredded textile fibre, any colour", "shredded_fibre"),
            N("Polyester banquet linen & old curtains, baled", "used_polyester_linen"),
        ),
    ),
    Sme(
        "bph-081", "th", "บ้านพักผู้สูงอายุสุขใจ", ALC, DOWN, "Nonthaburi",
        "sukjai.eldercare@gmail.com", (), (),
        offers=(),
        needs=(
            N("แผ่นรองกันเปื้อนซักได้ 75x90", "underpad"),
            N("ชุดผู้สูงอายุผ่าหน้า ติดกระดุมแป๊ก", "patient_gown"),
            N("ผ้าขนหนูเนื้อนุ่ม ไม่ต้องมี OEKO-TEX", "hotel_towel", waives=(OEKO,)),
        ),
    ),
    Sme(
        "bph-082", "en", "CareTex Medical Textiles", ALC, DOWN, "Pathum Thani",
        "sales@caretex.co.th", ("ISO 13485", ISO9, "TIS"), (),
        offers=(
            ("Reusable underpads, 4-layer, PU back", "underpad"),
            ("Patient gowns, snap closure", "patient_gown"),
        ),
        needs=(
            N("TPU laminated fabric, waterproof breathable", "tpu_laminated_fabric"),
            N("Cotton or poly-cotton sheeting for hospital linen", "cotton_sheeting", "polycotton_sheeting"),
        ),
    ),
    Sme(
        "bph-083", "th", "กลุ่มทอผ้าหาดเสี้ยว", ALC, MID, "Sukhothai",
        "hatsiew.weaving@gmail.com", (OTOP,), ("bio",),
        offers=(
            ("ปลอกหมอนอิงผ้าตีนจก", "handwoven_cushion_cover"),
            ("ผ้าคาดเตียงลายจก", "bed_runner"),
        ),
        needs=(
            N("ด้ายฝ้ายย้อมสี และด้ายไหม", "dyed_cotton_yarn", "silk_yarn"),
        ),
    ),
    Sme(
        "bph-084", "en", "Bangkok Hotel Supplies Trading", ALC, DOWN, "Bangkok",
        "sales@bkkhotelsupplies.com", (), (),
        offers=(
            ("Amenity kits: soap, shampoo, dental, cotton pouch", "amenity_kit"),
            ("Disposable & washable slippers", "hotel_slipper"),
            ("Guest laundry bags", "guest_laundry_bag"),
        ),
        needs=(
            N(
                "Closed-toe terry slippers, OEKO-TEX required (EU chain client)",
                "hotel_slipper", "hemp_slipper", certs=(OEKO,),
            ),
            N("Non-woven drawstring pouches in bulk", "nonwoven_amenity_bag"),
        ),
    ),
    Sme(
        "bph-085", "th", "โรงงานผ้าขนหนูโคราชเทอร์รี่", ALI, MID, "Nakhon Ratchasima",
        "koratterry@hotmail.com", ("มอก.",), (),
        offers=(
            ("ผ้าเย็นสำหรับร้านอาหาร ผืนเล็ก 12x12 นิ้ว", "refresher_towel"),
        ),
        needs=(
            N("ด้ายรีไซเคิลราคาถูก", "recycled_cotton_yarn"),
        ),
    ),
    Sme(
        "bph-086", "en", "Organic Cotton Spinning (Thailand)", HEMP, UP, "Lopburi",
        "info@organicspinning.co.th", (GOTS, "OCS", OEKO), ("bio",),
        offers=(
            ("GOTS organic ring-spun cotton yarn, carded & combed, Ne 10-40", "cotton_yarn"),
            ("Organic cotton lint, ginned", "raw_cotton"),
        ),
        needs=(
            N("Seed cotton from Thai farmers, Organic Thailand certified", "raw_cotton", certs=(ORG_TH,)),
        ),
    ),
    Sme(
        "bph-087", "th", "ร้านอาหารครัวสตูลซีฟู้ด", ALC, DOWN, "Satun",
        "kruasatun@gmail.com", (), (),
        offers=(),
        needs=(
            N("ผ้าเย็นแบบเช่า มีคนเก็บไปซักให้ วันละ 300 ผืน", "linen_rental_service"),
            N("ผ้าเย็นผืนเล็ก ซื้อขาด 500 ผืน", "refresher_towel"),
            U("ผ้าเย็นแบบใช้แล้วทิ้ง ห่อซอง", "disposable wet towels are not offered in the set"),
        ),
    ),
    Sme(
        "bph-088", "en", "Ao Nang Batik Studio", HEMP, DOWN, "Krabi",
        "aonangbatik@gmail.com", (OTOP,), (),
        offers=(
            ("Hand-drawn batik sarongs", "batik_sarong"),
            ("Batik kaftans for resort boutiques", "batik_garment"),
        ),
        needs=(
            N("Plain cotton cloth for batik, bleached or not", "calico_greige", "cotton_sheeting"),
            N("Natural dyes for batik", "natural_dye", "indigo_paste"),
        ),
    ),
    Sme(
        "bph-089", "th", "บริษัท ภูเก็ตแคเทอริ่ง อินเตอร์ จำกัด", ALC, DOWN, "Phuket",
        "purchase@phuketcatering.co.th", ("Halal",), (),
        offers=(),
        needs=(
            N("ชุดเชฟ ผ้าระบายอากาศ ซักอุตสาหกรรมได้", "chef_wear"),
            U("ผ้ากันเปื้อนกันน้ำ เคลือบ PU สำหรับล้างจาน", "no one in the set makes waterproof aprons"),
            N("เช่าชุดเชฟพร้อมบริการซัก รับ-ส่ง", "uniform_rental_service"),
        ),
    ),
    Sme(
        "bph-090", "en", "Kalasin Praewa Silk Studio", ALI, MID, "Kalasin",
        "praewa.kalasin@gmail.com", (PEACOCK, OTOP), ("bio",),
        offers=(
            ("Praewa silk fabric", "thai_silk_fabric"),
            ("Silk bed runners", "bed_runner"),
        ),
        needs=(
            N("Reeled Thai silk yarn, yellow cocoon", "silk_yarn"),
        ),
    ),
    Sme(
        "bph-091", "th", "บริษัท สยามริเวอร์แกรนด์ โฮเทล จำกัด", ALC, DOWN, "Bangkok",
        "purchasing@siamrivergrand.co.th", ("ISO 14001",), (),
        offers=(
            ("ผ้าม่านเก่า ผ้าคลุมเก้าอี้ หลังรีโนเวท ราว 2 ตัน", "used_polyester_linen"),
        ),
        needs=(
            N(
                "ผ้าไหมไทยตรานกยูงพระราชทาน ทำหัวเตียงและผ้าคาดเตียง",
                "thai_silk_fabric", "bed_runner", certs=(PEACOCK,),
            ),
            N("ปลอกหมอนอิงผ้าไหม 60 ใบ", "silk_cushion_cover"),
            U(
                "เสื้อคลุมอาบน้ำผ้าฝ้ายออร์แกนิก ต้องได้ GOTS",
                "the bathrobe makers in the set do not hold GOTS", certs=(GOTS,),
            ),
        ),
    ),
    Sme(
        "bph-092", "th", "กลุ่มโฮมสเตย์ปาย", HEMP, DOWN, "Mae Hong Son",
        "paivalleyhomestay@gmail.com", (), ("green",),
        offers=(),
        needs=(
            N("ปลอกหมอนอิงผ้ากัญชงแบบม้ง", "hemp_cushion_cover"),
            N("ผ้านวมยัดนุ่นหนาๆ สำหรับหน้าหนาว 40 ผืน", "kapok_duvet"),
        ),
    ),
    Sme(
        "bph-093", "th", "บจก. สมุทรปราการ ฟินิชชิ่ง", SPORT, MID, "Samut Prakan",
        "finishing@spkfinishing.co.th", ("bluesign", "ISO 14001"), ("green",),
        offers=(
            ("รับตกแต่งสำเร็จผ้าลูกค้า กันแบคทีเรีย นุ่ม ลดยับ", "finishing_service"),
            ("รับฟอกขาว ย้อมผ้าขนหนู ผ้าทอ", "dyeing_service"),
        ),
        needs=(
            U("สารเคมีตกแต่งสำเร็จ กันแบคทีเรีย", "finishing chemicals are not offered in the set"),
        ),
    ),
    Sme(
        "bph-094", "en", "Ang Thong Jacquard Weaving Co.", ALC, MID, "Ang Thong",
        "sales@angthongjacquard.com", (OEKO,), (),
        offers=(
            ("Jacquard damask tablecloths & napkins", "table_linen"),
            ("Waffle / honeycomb cotton fabric by the roll", "waffle_fabric"),
            ("Commission weaving on jacquard looms, your yarn", "weaving_service"),
        ),
        needs=(
            N("Spun polyester yarn for banquet linen", "polyester_spun_yarn"),
            N("Stain-release finishing on tablecloths", "finishing_service"),
        ),
    ),
    Sme(
        "bph-095", "th", "วิสาหกิจชุมชนผ้าเก่าเล่าเรื่อง", CIRC, DOWN, "Nakhon Si Thammarat",
        "phakao.laoruang@gmail.com", (), ("circular",),
        offers=(
            ("กระเป๋า ถุงผ้า จากผ้าขนหนูเก่าโรงแรม", "tote_bag"),
            ("พรมเช็ดเท้าถักจากเศษผ้า", "rag_rug"),
            ("รับทำของที่ระลึกจากผ้าเก่าของโรงแรม ใช้ผ้าของลูกค้า", "upcycling_service"),
        ),
        needs=(
            N("เศษผ้าฝ้ายจากโรงงานเย็บ", "sewing_offcuts"),
            N("ผ้าขนหนูฝ้ายเก่าจากโรงแรม", "used_towels"),
        ),
    ),
]


# ------------------------------------------------------------------ checks

_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_EMAIL = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
_CERTS_BY_NAME = {c.name: c for c in taxonomy.CERTIFICATIONS}


def _mention(phrase: str) -> str:
    tokens = [re.escape(t) for t in re.split(r"[\s\-.]+", unicodedata.normalize("NFKC", phrase)) if t]
    return r"(?<![A-Za-z0-9])" + r"[\s\-.]*".join(tokens) + r"(?![A-Za-z0-9])"


def named_certs(text: str) -> set[str]:
    """Certifications a text names at all, whether it asks for them or waives them."""
    text = unicodedata.normalize("NFKC", text)
    found = set()
    for cert in taxonomy.CERTIFICATIONS:
        hits = [re.search(_mention(m), text, re.IGNORECASE) for m in cert.mentions]
        hits += [re.search(_mention(m), text) for m in cert.case_sensitive_mentions]
        hits += [re.search(unicodedata.normalize("NFKC", p), text) for p in cert.patterns]
        if any(hits):
            found.add(cert.name)
    return found


def canon_certs(sme: Sme) -> frozenset[str]:
    return frozenset(taxonomy.resolve_certification(c) or c for c in sme.certs)


def compute_links(smes: list[Sme]) -> set[tuple[str, str]]:
    links = set()
    for buyer in smes:
        for need in buyer.needs:
            for supplier in smes:
                if supplier.id != buyer.id and qualifies(supplier, need):
                    links.add((supplier.id, buyer.id))
    return links


def qualifies(supplier: Sme, need: Need) -> bool:
    offered = {label for _, label in supplier.offers}
    return bool(offered & set(need.labels)) and set(need.certs) <= canon_certs(supplier)


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    subs = {s.value for s in taxonomy.SubCluster}
    stages = {s.value for s in taxonomy.Stage}
    tags = {t.value for t in taxonomy.BcgTag}
    if [s.id for s in smes] != [f"bph-{i:03d}" for i in range(1, 96)]:
        errors.append("ids must run bph-001 .. bph-095 in order")
    for s in smes:
        where = s.id
        if s.sub not in subs:
            errors.append(f"{where}: sub-cluster {s.sub}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage}")
        if taxonomy.resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province}")
        for c in s.certs:
            if taxonomy.resolve_certification(c) is None:
                errors.append(f"{where}: certification {c}")
        if not set(s.bcg) <= tags or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bcg {s.bcg}")
        if s.lang not in taxonomy.LANGUAGES:
            errors.append(f"{where}: language {s.lang}")
        if not _EMAIL.match(s.email):
            errors.append(f"{where}: e-mail {s.email}")
        if not s.name.strip():
            errors.append(f"{where}: name")
        if not 0 <= len(s.offers) <= 4 or not 1 <= len(s.needs) <= 4:
            errors.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        phrases = [t for t, _ in s.offers] + [n.text for n in s.needs]
        if s.lang == "th":
            thai = latin = 0
            for p in phrases:
                t, la = len(_THAI_LETTER.findall(p)), len(_LATIN_LETTER.findall(p))
                thai, latin = thai + t, latin + la
                if t <= la:
                    errors.append(f"{where}: Thai phrase not mostly Thai letters: {p}")
            if thai < 3 * latin:
                errors.append(f"{where}: Thai profile has {thai} Thai and {latin} Latin letters")
        else:
            for p in [*phrases, s.name]:
                if not p.isascii() or not p.isprintable():
                    errors.append(f"{where}: English phrase not plain Latin: {p}")
        for text, label in s.offers:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", label):
                errors.append(f"{where}: label {label}")
            extra = named_certs(text) - canon_certs(s)
            if extra:
                errors.append(f"{where}: offer names {sorted(extra)} the SME does not hold: {text}")
        for n in s.needs:
            named = named_certs(n.text)
            for c in (*n.certs, *n.waives):
                if c not in _CERTS_BY_NAME:
                    errors.append(f"{where}: need cert {c} is not a canonical name")
                elif c not in named:
                    errors.append(f"{where}: need does not name {c}: {n.text}")
            if set(n.certs) & set(n.waives):
                errors.append(f"{where}: need both requires and waives: {n.text}")
            if named - set(n.certs) - set(n.waives):
                errors.append(f"{where}: need names {sorted(named)} without saying what it does with it: {n.text}")
            if bool(n.unmet) == bool(n.labels):
                errors.append(f"{where}: need must have labels or an unmet note, not both: {n.text}")
            for label in n.labels:
                if not any(o.id != s.id and label in {lb for _, lb in o.offers} for o in smes):
                    errors.append(f"{where}: no one else offers {label}")
            if n.labels and not any(o.id != s.id and qualifies(o, n) for o in smes):
                errors.append(f"{where}: met need has no qualified supplier: {n.text}")
            if n.unmet and any(o.id != s.id and qualifies(o, n) for o in smes):
                errors.append(f"{where}: unmet need is met: {n.text}")
    errors += check_targets(smes)
    return errors


@dataclass(frozen=True)
class Stats:
    links: frozenset[tuple[str, str]]
    cross: int
    th_to_en: int
    en_to_th: int
    needs: int
    unmet: int
    requiring: int
    waiving: int
    th: int
    cross_sub: int


def stats(smes: list[Sme]) -> Stats:
    by_id = {s.id: s for s in smes}
    links = compute_links(smes)
    cross = [(a, b) for a, b in links if by_id[a].lang != by_id[b].lang]
    needs = [n for s in smes for n in s.needs]
    return Stats(
        links=frozenset(links),
        cross=len(cross),
        th_to_en=sum(1 for a, _ in cross if by_id[a].lang == "th"),
        en_to_th=sum(1 for a, _ in cross if by_id[a].lang == "en"),
        needs=len(needs),
        unmet=sum(1 for n in needs if n.unmet),
        requiring=sum(1 for n in needs if n.certs),
        waiving=sum(1 for n in needs if n.waives),
        th=sum(1 for s in smes if s.lang == "th"),
        cross_sub=sum(1 for a, b in links if by_id[a].sub != by_id[b].sub),
    )


def check_targets(smes: list[Sme]) -> list[str]:
    errors = []
    st = stats(smes)
    n_links = len(st.links)
    if len(smes) != 95:
        errors.append(f"{len(smes)} SMEs, want 95")
    if not 0.50 <= st.th / max(1, len(smes)) <= 0.60:
        errors.append(f"{st.th} Thai profiles, want about 55 %")
    if not 140 <= n_links <= 180:
        errors.append(f"{n_links} links, want 140-180")
    if st.cross < 0.45 * n_links:
        errors.append(f"{st.cross} cross-language links of {n_links}, want at least 45 %")
    if not 15 <= st.unmet <= 25:
        errors.append(f"{st.unmet} unmet needs, want 15-25")
    if not st.requiring or not st.waiving:
        errors.append("want needs that require and needs that waive a certification")
    if {s.sub for s in smes} != {s.value for s in taxonomy.SubCluster}:
        errors.append("not every sub-cluster is used")
    if {s.stage for s in smes} != {s.value for s in taxonomy.Stage}:
        errors.append("not every stage is used")
    if len({s.province for s in smes}) < 30:
        errors.append("too few provinces")
    return errors


# ------------------------------------------------------------------ output


def profile(s: Sme) -> dict[str, object]:
    return {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [t for t, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }


def counts_table(smes: list[Sme]) -> str:
    st = stats(smes)
    n_links = len(st.links)
    regions = Counter(taxonomy.resolve_province(s.province).region.value for s in smes)
    subs = Counter(s.sub for s in smes)
    stages = Counter(s.stage for s in smes)
    offers = [lb for s in smes for _, lb in s.offers]
    req_unmet = sum(1 for s in smes for n in s.needs if n.certs and n.unmet)
    rows = [
        ("profiles", len(smes)),
        ("Thai / English profiles", f"{st.th} / {len(smes) - st.th}"),
        *((f"sub-cluster `{k}`", subs[k]) for k in (HEMP, CIRC, SPORT, ALC, ALI)),
        *((f"stage `{k}`", stages[k]) for k in (UP, MID, DOWN)),
        *((f"region {r.value}", regions[r.value]) for r in taxonomy.Region),
        ("distinct provinces", len({s.province for s in smes})),
        ("offers", len(offers)),
        ("SMEs with no offer", sum(1 for s in smes if not s.offers)),
        ("distinct offer labels", len(set(offers))),
        ("needs", st.needs),
        ("met / unmet needs", f"{st.needs - st.unmet} / {st.unmet}"),
        ("needs requiring a certification (met / unmet)", f"{st.requiring - req_unmet} / {req_unmet}"),
        ("needs waiving a certification", st.waiving),
        ("true links", n_links),
        ("cross-language links, Thai supplier -> English buyer", st.th_to_en),
        ("cross-language links, English supplier -> Thai buyer", st.en_to_th),
        ("cross-language links, total", f"{st.cross} ({100 * st.cross / n_links:.1f} %)"),
        ("within-language links", n_links - st.cross),
        ("links between different sub-clusters", st.cross_sub),
    ]
    return "\n".join(["| count | value |", "|---|---|", *(f"| {k} | {v} |" for k, v in rows)])


def main() -> int:
    errors = check(SMES)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    jsonl = "".join(json.dumps(profile(s), ensure_ascii=False) + "\n" for s in SMES)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(compute_links(SMES)))
    (HERE / "profiles.jsonl").write_text(jsonl, encoding="utf-8")
    (HERE / "links.csv").write_text(buf.getvalue(), encoding="utf-8")
    print(counts_table(SMES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
