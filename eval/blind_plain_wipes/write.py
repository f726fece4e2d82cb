"""Write the hand-labelled evaluation set `eval/blind_plain_wipes/`.

Wipes, pads and personal-care textiles, written as plain registry entries. All data lives here;
the offer labels and the needs' answers never leave this file. Run from the repository root:

    .venv/bin/python eval/blind_plain_wipes/write.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
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

OUT = Path(__file__).resolve().parent
PREFIX = "bwp"

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
ORGTH = "Organic Thailand"
OTOP = "OTOP"
ISO9 = "ISO 9001"
ISO14 = "ISO 14001"
ISO13485 = "ISO 13485"
FDA = "Thai FDA"
HALAL = "Halal"
FSC = "FSC"
BCI = "Better Cotton"
TGL = "Thai Green Label"
FAIR = "Fairtrade"


class Need(NamedTuple):
    text: str
    labels: tuple[str, ...]  # offer labels that meet it; empty when no one in the set does
    requires: tuple[str, ...]  # certifications the supplier must hold
    waives: tuple[str, ...]  # certifications the text names only to waive
    unmet: str  # why no one meets it; empty for a met need


class Sme(NamedTuple):
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]
    offers: tuple[tuple[str, str], ...]  # (text, label)
    needs: tuple[Need, ...]


def N(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every `req`."""
    return Need(text, labels, req, waive, "")


def U(text: str, note: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need no one in the set meets; `note` says why."""
    return Need(text, (), req, waive, note)


def S(
    lang: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    offers: tuple[tuple[str, str], ...] = (),
    needs: tuple[Need, ...] = (),
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(lang, name, sub_cluster, stage, province, certs, bcg, offers, needs)


# ------------------------------------------------------------------ data, part 1: fibre, yarn, waste

PART_1: list[Sme] = [
    S(
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์แม่แตง",
        HEMP,
        UP,
        "Chiang Mai",
        offers=(
            ("ฝ้ายตุ่นหีบแล้ว ปลูกแบบอินทรีย์ ปีละ 800 กก.", "raw_cotton_lint"),
            ("ฝ้ายเข็นมือ เส้นใหญ่ สีขาวนวล", "handspun_cotton_yarn"),
        ),
        needs=(U("เมล็ดพันธุ์ฝ้ายตุ่นพื้นเมือง สำหรับฤดูหน้า", "no one in the set sells planting seed"),),
        certs=(ORGTH,),
        bcg=("bio",),
    ),
    S(
        "en",
        "Dan Sai Cotton Growers Group",
        HEMP,
        UP,
        "Loei",
        offers=(("Seed cotton, hand-picked, Loei white, about 3 t a season", "seed_cotton"),),
        needs=(N("Ginning for our own seed cotton, paid per kilo", "cotton_ginning_service"),),
        bcg=("bio",),
    ),
    S(
        "th",
        "โรงหีบฝ้ายหล่มสัก",
        HEMP,
        UP,
        "Phetchabun",
        offers=(
            ("รับหีบฝ้าย แยกเมล็ดออก คิดค่าจ้างเป็นกิโล", "cotton_ginning_service"),
            ("ปุยฝ้ายหีบแล้ว อัดเบล 180 กก.", "raw_cotton_lint"),
        ),
        needs=(N("ซื้อฝ้ายทั้งเมล็ดจากไร่ ราคาตามเกรด", "seed_cotton"),),
    ),
    S(
        "en",
        "GreenLoop Fibre Recovery",
        CIRC,
        UP,
        "Samut Prakan",
        offers=(("Recycled cotton fibre, garnetted from cuttings, 15-20 mm staple", "recycled_cotton_fibre"),),
        needs=(
            N("White or light cotton offcuts from cut rooms, 1 t/month", "cotton_knit_cuttings", "terry_offcuts"),
            N("Nonwoven selvedge waste and off-spec wipe rolls", "nonwoven_trim_waste"),
        ),
        certs=(GRS,),
        bcg=("circular",),
    ),
    S(
        "th",
        "ร้านเจ๊หน่อยรับซื้อเศษผ้า",
        CIRC,
        UP,
        "Nakhon Pathom",
        offers=(("เศษผ้ายืดคอตตอน คัดสีแล้ว ขายยกกระสอบ", "cotton_knit_cuttings"),),
        needs=(N("ผ้าเช็ดตัวปลดระวาง ผ้าปูเตียงเก่า จากโรงแรม โรงพยาบาล", "used_cotton_towels", "used_cotton_linen"),),
        bcg=("circular",),
    ),
    S(
        "en",
        "Siam Cellulose Fibres Co., Ltd.",
        HEMP,
        UP,
        "Saraburi",
        offers=(
            ("VSF 1.5D x 38 mm semi-dull, FSC chain of custody", "viscose_staple_fibre"),
            ("Bamboo viscose staple 1.5D, 250 kg bales", "bamboo_viscose_fibre"),
        ),
        needs=(U("Dissolving pulp, FSC certified, 50 t lots", "no pulp mill in the set", req=(FSC,)),),
        certs=(FSC, OEKO),
        bcg=("bio",),
    ),
    S(
        "th",
        "โรงงานฝ้ายฟอกขาวโคราช",
        HEMP,
        UP,
        "Nakhon Ratchasima",
        offers=(
            ("ใยฝ้ายฟอกขาว ดูดซับน้ำดี สำหรับทำสำลี", "bleached_cotton_fibre"),
            ("ฝ้ายใยสั้น คอมเบอร์นอยล์ เบลละ 200 กก.", "cotton_noil"),
        ),
        needs=(N("ปุยฝ้ายดิบ ไม่ฟอก เกรดเอ", "raw_cotton_lint"),),
        certs=(ISO9,),
    ),
    S(
        "en",
        "Chonburi Yarn Spinners",
        SPORT,
        UP,
        "Chonburi",
        offers=(
            ("Ne 30/1 combed cotton yarn on cones", "cotton_yarn"),
            ("Ne 30/1 bamboo viscose ring-spun yarn", "bamboo_yarn"),
        ),
        needs=(
            N("Cotton lint, BCI preferred but not required", "raw_cotton_lint", waive=(BCI,)),
            N("Bamboo staple fibre for spinning, 1.5 denier", "bamboo_viscose_fibre"),
        ),
        certs=(OEKO, ISO9),
    ),
    S(
        "th",
        "กลุ่มแม่บ้านปั่นฝ้ายพังโคน",
        HEMP,
        UP,
        "Sakon Nakhon",
        offers=(
            ("ฝ้ายเข็นมือเส้นเล็ก ย้อมครามแล้ว ขายเป็นไจ", "indigo_dyed_cotton_yarn"),
            ("ฝ้ายเข็นมือสีธรรมชาติ ยังไม่ย้อม", "handspun_cotton_yarn"),
        ),
        needs=(
            N("ฝ้ายปุย หีบเมล็ดออกแล้ว", "raw_cotton_lint"),
            N("หาเนื้อครามหมัก ครั้งละ 20 กิโล", "indigo_paste"),
        ),
        certs=(OTOP,),
    ),
    S(
        "th",
        "ไร่ครามหนองหาน",
        HEMP,
        UP,
        "Udon Thani",
        offers=(("ครามเปียกหมักเอง กิโลละ 250 บาท", "indigo_paste"),),
        needs=(U("ปูนขาวสำหรับหมักคราม", "no lime seller in the set"),),
        certs=(ORGTH,),
        bcg=("bio",),
    ),
    S(
        "en",
        "EastCycle Polyester Fibre",
        CIRC,
        UP,
        "Chachoengsao",
        offers=(("rPET staple fibre 1.4D x 38 mm from bottles, GRS", "recycled_pet_fibre"),),
        needs=(U("Clear PET bottle flakes, hot-washed, 10 t a month", "no flake supplier in the set"),),
        certs=(GRS,),
        bcg=("circular",),
    ),
    S(
        "th",
        "ศูนย์คัดแยกเสื้อผ้ามือสองขอนแก่น",
        CIRC,
        UP,
        "Khon Kaen",
        offers=(("เสื้อยืดมือสอง ผ้าฝ้าย คัดเกรดซี ตัดกระดุมออกแล้ว", "used_cotton_garments"),),
        bcg=("circular",),
    ),
    S(
        "en",
        "Mae Chan Hemp Works",
        HEMP,
        UP,
        "Chiang Rai",
        offers=(
            ("Wet-spun hemp yarn Nm 8, natural colour", "hemp_yarn"),
            ("Cottonised hemp fibre, degummed, 40 mm", "hemp_fibre_processed"),
        ),
        needs=(N("Sun-dried hemp bark strips, hand-peeled", "hemp_bast_raw"),),
        certs=(ORGTH,),
        bcg=("bio",),
    ),
    S(
        "th",
        "กลุ่มปลูกกัญชงบ้านม้งดอยมูเซอ",
        HEMP,
        UP,
        "Tak",
        offers=(
            ("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 5 กก.", "hemp_bast_raw"),
            ("เส้นกัญชงต่อมือ ปั่นเอง ม้วนละครึ่งกิโล", "hemp_yarn"),
        ),
        needs=(U("เครื่องลอกเปลือกกัญชง ขนาดเล็ก", "no machinery seller in the set"),),
        bcg=("bio",),
    ),
    S(
        "th",
        "สวนบวบหอมบ้านเมืองสรวง",
        ALI,
        UP,
        "Roi Et",
        offers=(("บวบแก่ตากแห้งทั้งลูก ยังไม่ปอกเปลือก", "loofah_raw"),),
        bcg=("bio",),
    ),
    S(
        "en",
        "Second Wash Textile Recovery",
        CIRC,
        UP,
        "Nonthaburi",
        offers=(
            ("Sorted ex-hotel bath towels, washed, by the tonne", "used_cotton_towels"),
            ("Rag wipers cut from old cotton sheets, 10 kg bags", "cotton_rag_wipers"),
        ),
        needs=(N("Hospital bed linen at end of life", "used_cotton_linen"),),
        bcg=("circular",),
    ),
    S(
        "th",
        "บริษัท สาครรีไฟเบอร์ จำกัด",
        CIRC,
        UP,
        "Samut Sakhon",
        offers=(("ใยฝ้ายรีไซเคิล จากเศษผ้าโรงงาน ตีเป็นปุย", "recycled_cotton_fibre"),),
        needs=(
            N("เศษผ้าฝ้ายขาวจากโรงงานตัดเย็บ", "cotton_knit_cuttings", "terry_offcuts"),
            N("เศษขอบผ้าสปันเลซ", "nonwoven_trim_waste"),
        ),
        certs=(GRS,),
        bcg=("circular",),
    ),
    S(
        "en",
        "Nan Organic Cotton Processing",
        HEMP,
        UP,
        "Nan",
        offers=(("GOTS organic absorbent cotton, bleached without chlorine", "bleached_cotton_fibre"),),
        needs=(N("Organic cotton lint, Organic Thailand certified", "raw_cotton_lint", req=(ORGTH,)),),
        certs=(GOTS, ORGTH),
        bcg=("bio", "green"),
    ),
    S(
        "th",
        "โรงปั่นด้ายอ้อมน้อย",
        SPORT,
        UP,
        "Samut Sakhon",
        offers=(
            ("ด้ายฝ้าย OE เบอร์ 16 สำหรับทอผ้าขนหนู", "cotton_yarn"),
            ("ด้ายฝ้ายหวี 40/1 สำหรับผ้าก๊อซ", "cotton_yarn"),
        ),
        needs=(N("ฝ้ายใยสั้นเกรดรอง ราคาถูก", "cotton_noil"),),
        certs=(ISO9,),
    ),
]

# ------------------------------------------------------------------ data, part 2: cloth, nonwovens, services

PART_2: list[Sme] = [
    S(
        "en",
        "ThaiLace Nonwovens Co., Ltd.",
        SPORT,
        MID,
        "Rayong",
        offers=(
            ("Spunlace jumbo rolls 70/30 VIS/PES, 40-60 gsm, plain or mesh", "pv_spunlace_roll"),
            ("100% cotton spunlace, 50 gsm, 1.6 m wide", "cotton_spunlace_roll"),
        ),
        needs=(
            N(
                "Viscose staple 1.7 dtex from an FSC certified source",
                "viscose_staple_fibre",
                "bamboo_viscose_fibre",
                req=(FSC,),
            ),
            N("Absorbent bleached cotton for carding", "bleached_cotton_fibre"),
        ),
        certs=(OEKO, ISO9),
    ),
    S(
        "th",
        "บริษัท สาครนอนวูฟเวน จำกัด",
        CIRC,
        MID,
        "Samut Sakhon",
        offers=(("ผ้าสปันเลซผสมโพลีรีไซเคิล 50% ม้วนจัมโบ้", "pv_spunlace_roll"),),
        needs=(
            N("เส้นใยโพลีเอสเตอร์รีไซเคิลจากขวด ต้องมี GRS", "recycled_pet_fibre", req=(GRS,)),
            N("ใยเรยอน 1.5 ดีเนียร์", "viscose_staple_fibre", "bamboo_viscose_fibre"),
        ),
        certs=(GRS,),
        bcg=("circular",),
    ),
    S(
        "en",
        "Bamboo Nonwoven Tech",
        HEMP,
        MID,
        "Pathum Thani",
        offers=(("100% bamboo spunlace 45 gsm, slit 20 cm to 2.2 m", "bamboo_spunlace_roll"),),
        needs=(N("Bamboo fibre for our nonwoven line, FSC certified only", "bamboo_viscose_fibre", req=(FSC,)),),
        certs=(OEKO,),
        bcg=("bio",),
    ),
    S(
        "th",
        "บริษัท ไวพ์แพ็ค (ไทยแลนด์) จำกัด",
        ALC,
        MID,
        "Nonthaburi",
        offers=(
            ("รับแปรรูปผ้าเช็ด ตัด พับ บรรจุซอง ตามสเปกลูกค้า", "wipes_converting_service"),
            ("รับผลิตทิชชู่เปียก OEM ใส่แบรนด์ลูกค้า ทำจดแจ้งให้", "wet_wipes_oem_service"),
        ),
        needs=(
            N("ผ้าสปันเลซม้วนใหญ่ 40-50 แกรม", "pv_spunlace_roll", "cotton_spunlace_roll", "bamboo_spunlace_roll"),
            N("ซองลามิเนตพิมพ์ลาย พร้อมสติ๊กเกอร์เปิดปิด", "wipes_pouch_packaging"),
            N("น้ำยาชุบผ้าเปียกสูตรอ่อนโยน", "wet_wipe_lotion"),
        ),
        certs=(FDA, ISO9),
    ),
    S(
        "en",
        "ClearPack Flexibles",
        ALC,
        MID,
        "Bangkok",
        offers=(
            ("Printed laminated wet-wipe pouches with reseal label", "wipes_pouch_packaging"),
            ("Flip-top lids for wipe packs, 8 colours", "wipes_lid"),
            ("Aluminium foil sachets for sheet masks", "mask_foil_sachet"),
        ),
        needs=(U("Recycled PE film, food grade, for pouch laminates", "no film maker in the set"),),
    ),
    S(
        "th",
        "บริษัท เคมีแคร์ สมุทรปราการ จำกัด",
        ALC,
        MID,
        "Samut Prakan",
        offers=(
            ("น้ำยาผ้าเปียก สูตรไม่มีแอลกอฮอล์ ถัง 200 ลิตร", "wet_wipe_lotion"),
            ("แอลกอฮอล์ 75% ผสมพร้อมชุบแผ่นเช็ด", "alcohol_wipe_solution"),
        ),
        needs=(U("สารกันเสียสำหรับทิชชู่เปียก ปลอดพาราเบน", "no preservative maker in the set"),),
        certs=(FDA, HALAL),
    ),
    S(
        "en",
        "Eastern Microfibre Knits",
        SPORT,
        MID,
        "Chonburi",
        offers=(("Warp-knit microfibre 80/20 greige, 300 gsm", "microfibre_fabric_greige"),),
        needs=(N("Commission dyeing for our greige microfibre, 500 kg lots", "commission_dyeing_service"),),
        certs=(OEKO,),
    ),
    S(
        "th",
        "โรงย้อมมหาชัยเท็กซ์",
        ALC,
        MID,
        "Samut Sakhon",
        offers=(
            ("รับย้อมผ้าผืน ผ้าทอ ผ้าถัก ตามสีลูกค้า", "commission_dyeing_service"),
            ("รับฟอกขาวผ้าฝ้ายดิบ ผ้าก๊อซ", "fabric_bleaching_service"),
        ),
        needs=(U("สีรีแอคทีฟ ถังละ 25 กก.", "no dyestuff seller in the set"),),
        certs=(ISO14,),
    ),
    S(
        "th",
        "ครามสกลผ้าทอมือ",
        HEMP,
        MID,
        "Sakon Nakhon",
        offers=(
            ("ผ้าฝ้ายทอมือย้อมคราม หน้ากว้าง 1 เมตร", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service"),
        ),
        needs=(
            N("ด้ายฝ้ายปั่นมือ สำหรับทอ", "handspun_cotton_yarn"),
            N("ครามเปียก เนื้อเข้ม", "indigo_paste"),
        ),
        certs=(OTOP,),
        bcg=("bio",),
    ),
    S(
        "en",
        "Lanna Plant Dye Studio",
        HEMP,
        MID,
        "Chiang Mai",
        offers=(
            ("Natural dyeing of your cotton or hemp: lac, ebony, mango leaf", "natural_dyeing_service"),
            ("Ebony-dyed cotton cloth, charcoal grey, 1.1 m", "natural_dyed_cotton_fabric"),
        ),
        needs=(
            N("Undyed handwoven cotton, 50 m lots", "handwoven_cotton_fabric"),
            N("Hemp cloth in natural colour?", "hemp_fabric"),
        ),
        bcg=("bio", "green"),
    ),
    S(
        "th",
        "กลุ่มทอผ้าฝ้ายป่าซาง",
        HEMP,
        MID,
        "Lamphun",
        offers=(
            ("ผ้าฝ้ายทอมือ สีพื้น หน้า 90 ซม.", "handwoven_cotton_fabric"),
            ("ผ้าขาวม้าฝ้ายทอมือ ลายตาราง", "pakhaoma_cloth"),
        ),
        needs=(N("ด้ายฝ้ายเบอร์ 20 สำหรับเส้นยืน", "cotton_yarn"),),
        certs=(OTOP,),
    ),
    S(
        "en",
        "Khon Kaen Gauze Weaving",
        ALI,
        MID,
        "Khon Kaen",
        offers=(("Bleached cotton gauze 40s, 19x15 mesh, 100 m rolls", "cotton_gauze_fabric"),),
        needs=(
            N("Ne 40 carded cotton yarn, OEKO-TEX certified", "cotton_yarn", req=(OEKO,)),
            N("Bleaching of our greige gauze", "fabric_bleaching_service"),
        ),
    ),
    S(
        "th",
        "โรงทอผ้าขนหนูคลองหลวง",
        ALC,
        MID,
        "Pathum Thani",
        offers=(
            ("ผ้าขนหนูทอเป็นม้วน ยังไม่ตัดเย็บ", "cotton_terry_fabric"),
            ("เศษผ้าขนหนูจากการตัด ขายเหมาเป็นกิโล", "terry_offcuts"),
        ),
        needs=(N("ด้ายคอตตอนสำหรับทำห่วงขนผ้าขนหนู", "cotton_yarn"),),
    ),
    S(
        "en",
        "BambooSoft Textiles",
        HEMP,
        MID,
        "Bangkok",
        offers=(("Bamboo terry 400 gsm, undyed, by the roll", "bamboo_terry_fabric"),),
        needs=(N("Bamboo yarn 30s, must be OEKO-TEX", "bamboo_yarn", req=(OEKO,)),),
        certs=(OEKO,),
    ),
    S(
        "th",
        "ร้านรับเย็บป้าแดง",
        ALC,
        MID,
        "Nonthaburi",
        offers=(
            ("รับจ้างเย็บ ผ้าเช็ดหน้า ผ้าขนหนู ถุงผ้า ตามแบบลูกค้า", "sewing_service"),
            ("รับปักชื่อ ปักโลโก้ บนผ้าขนหนู", "embroidery_service"),
        ),
        needs=(U("จักรโพ้ง 4 เส้น มือสอง สภาพดี", "no machinery seller in the set"),),
    ),
    S(
        "th",
        "ร้านรับเย็บ CMT บางซื่อ",
        ALC,
        MID,
        "Bangkok",
        offers=(("ตัดเย็บงาน CMT ขั้นต่ำ 300 ชิ้น แบรนด์เล็กก็รับ", "sewing_service"),),
    ),
    S(
        "en",
        "SteriPro EO Services",
        ALC,
        MID,
        "Pathum Thani",
        offers=(("Ethylene oxide sterilisation of your medical textiles, validated cycles", "sterilization_service"),),
        needs=(U("Breathable sterilisation pouches, medical grade", "no medical packaging maker in the set"),),
        certs=(ISO13485,),
    ),
    S(
        "th",
        "โรงงานมาส์กชีทบางบัวทอง",
        ALC,
        MID,
        "Nonthaburi",
        offers=(("รับผลิตแผ่นมาส์กหน้า ใส่เซรั่มตามสูตร ขั้นต่ำ 3,000 ชิ้น", "sheet_mask_oem_service"),),
        needs=(
            N("แผ่นมาส์กเปล่า ยังไม่ชุบเซรั่ม", "dry_mask_sheet_blank"),
            N("แผ่นไบโอเซลลูโลสจากน้ำมะพร้าว", "bio_cellulose_sheet"),
            N("ซองฟอยล์สำหรับบรรจุมาส์ก", "mask_foil_sachet"),
        ),
        certs=(FDA,),
    ),
    S(
        "en",
        "Mae Klong BioCell",
        HEMP,
        MID,
        "Samut Songkhram",
        offers=(("Bio-cellulose mask sheets grown on coconut water, unfilled", "bio_cellulose_sheet"),),
        needs=(U("Fresh coconut water, 2,000 L a week", "no coconut grower in the set"),),
        bcg=("bio",),
    ),
    S(
        "th",
        "บริษัท แผ่นมาส์กไทย จำกัด",
        ALC,
        MID,
        "Samut Prakan",
        offers=(
            ("แผ่นมาส์กแห้ง ผ้าสปันเลซ พับสำเร็จ", "dry_mask_sheet_blank"),
            ("แผ่นมาส์กคิวโปร เนื้อบางใส", "dry_mask_sheet_blank"),
        ),
        needs=(N("ผ้าสปันเลซฝ้ายล้วน 40 แกรม", "cotton_spunlace_roll"),),
    ),
    S(
        "th",
        "บริษัท ผ้าเคลือบกันน้ำบางพลี จำกัด",
        SPORT,
        MID,
        "Samut Prakan",
        offers=(("ผ้าถักเคลือบ PU กันน้ำ ระบายอากาศ หน้า 150", "pu_laminated_fabric"),),
        needs=(N("โรงย้อมรับย้อมผ้าถักโพลีเอสเตอร์", "commission_dyeing_service"),),
        certs=(OEKO,),
    ),
    S(
        "en",
        "ColourKnit Microfibre",
        SPORT,
        MID,
        "Samut Prakan",
        offers=(("Dyed microfibre coral fleece, 20 colours, 280 gsm", "microfibre_fabric_dyed"),),
        needs=(N("Undyed microfibre knit for our dye line", "microfibre_fabric_greige"),),
        certs=(OEKO,),
    ),
    S(
        "th",
        "กลุ่มทอผ้ากัญชงแม่สาย",
        HEMP,
        MID,
        "Chiang Rai",
        offers=(("ผ้าใยกัญชงทอมือ สีธรรมชาติ หน้า 70", "hemp_fabric"),),
        needs=(N("เส้นด้ายใยกัญชง สำหรับทอ", "hemp_yarn"),),
        certs=(OTOP,),
        bcg=("bio",),
    ),
    S(
        "th",
        "กลุ่มย้อมสีธรรมชาติบ้านท่าสว่าง",
        ALI,
        MID,
        "Surin",
        offers=(
            ("รับย้อมสีธรรมชาติ ผ้าฝ้ายของลูกค้า เปลือกประดู่ ครั่ง", "natural_dyeing_service"),
            ("ผ้าฝ้ายย้อมเปลือกประดู่ สีน้ำตาลแดง", "natural_dyed_cotton_fabric"),
        ),
        needs=(N("ผ้าฝ้ายดิบทอมือ ยังไม่ผ่านการย้อม", "handwoven_cotton_fabric"),),
        certs=(OTOP,),
        bcg=("bio",),
    ),
    S(
        "en",
        "Siam Slitting & Rewinding",
        SPORT,
        MID,
        "Ratchaburi",
        offers=(
            ("Slitting and rewinding of your nonwoven jumbo rolls", "slitting_service"),
            ("Spunlace edge trim, white, baled", "nonwoven_trim_waste"),
        ),
        needs=(U("Used slitter rewinder, 2.2 m working width", "no machinery seller in the set"),),
    ),
]

# ------------------------------------------------------------------ data, part 3: pads, wipes, masks, buyers

PART_3: list[Sme] = [
    S(
        "th",
        "โรงงานสำลีนครชัยศรี",
        ALC,
        DOWN,
        "Nakhon Pathom",
        offers=(
            ("สำลีแผ่นกลม ห่อละ 100 แผ่น", "cotton_pads"),
            ("สำลีก้อน ถุงละ 450 กรัม", "cotton_balls"),
            ("สำลีม้วนใหญ่ สำหรับโรงพยาบาล", "cotton_wool_roll"),
        ),
        needs=(
            N("ใยฝ้ายฟอกขาว เบลละ 200 กก. ส่งทุกเดือน", "bleached_cotton_fibre"),
            N("ผ้าสปันเลซฝ้าย สำหรับทำสำลีแผ่นรีดขอบ", "cotton_spunlace_roll"),
        ),
        certs=(FDA, ISO13485),
    ),
    S(
        "en",
        "PureRound Organic",
        ALC,
        DOWN,
        "Bangkok",
        offers=(("GOTS organic cotton rounds, 80 per bag", "cotton_pads"),),
        needs=(
            N("GOTS-certified absorbent cotton fibre", "bleached_cotton_fibre", req=(GOTS,)),
            N("Binder-free cotton spunlace for quilted rounds", "cotton_spunlace_roll"),
        ),
        certs=(GOTS,),
        bcg=("green",),
    ),
    S(
        "th",
        "โรงงานคอตตอนบัดอีสาน",
        ALI,
        DOWN,
        "Khon Kaen",
        offers=(
            ("คอตตอนบัดก้านกระดาษ กระปุก 200 ก้าน", "cotton_buds"),
            ("สำลีพันก้านหัวเล็ก สำหรับเด็ก", "cotton_buds"),
        ),
        needs=(
            U("ก้านกระดาษม้วน 2.5 มม. ยาว 75 มม.", "no paper-stick maker in the set"),
            N("ใยสำลีฟอกขาว ใยยาว", "bleached_cotton_fibre"),
        ),
        certs=(FDA,),
    ),
    S(
        "en",
        "Little Lotus Baby Care",
        ALC,
        DOWN,
        "Samut Sakhon",
        offers=(("Fragrance-free baby wipes, 80 sheets, lid pack", "baby_wet_wipes"),),
        needs=(N("Private-label wipes maker with Thai FDA notification", "wet_wipes_oem_service", req=(FDA,)),),
    ),
    S(
        "th",
        "ร้านขายยาเภสัชบางแค",
        ALC,
        DOWN,
        "Bangkok",
        needs=(
            N("สำลีก้อน สำลีแผ่น ส่งทุกเดือน", "cotton_balls", "cotton_pads"),
            N("แผ่นแอลกอฮอล์แบบซอง ต้องมีเลข อย.", "alcohol_prep_pads", req=(FDA,)),
            N("ไม้ปั่นหู แพ็คละ 100", "cotton_buds"),
        ),
    ),
    S(
        "en",
        "Ping River Hospital",
        ALC,
        DOWN,
        "Chiang Mai",
        offers=(("End-of-life cotton bed sheets, laundered", "used_cotton_linen"),),
        needs=(
            N("Sterile 7.5 cm gauze sponges, ISO 13485 maker only", "gauze_swabs", req=(ISO13485,)),
            N("Disposable dry wipes for bed-bound patients", "dry_wipes_disposable"),
        ),
    ),
    S(
        "th",
        "โรงแรมกะตะบีช รีสอร์ท",
        ALC,
        DOWN,
        "Phuket",
        offers=(("ผ้าขนหนูโรงแรมปลดระวาง ขายเหมา", "used_cotton_towels"),),
        needs=(N("ผ้าเช็ดตัวฝ้าย 100% 16 ปอนด์ สีขาว", "cotton_towels"),),
    ),
    S(
        "en",
        "Andaman Lotus Spa",
        ALC,
        DOWN,
        "Krabi",
        needs=(
            N("Washable make-up remover pads", "reusable_makeup_pads"),
            N("Bamboo face cloths for facials", "bamboo_face_cloth"),
            N("Disposable face towels on a roll", "disposable_face_towel"),
        ),
    ),
    S(
        "th",
        "ผ้าเช็ดหน้าใยไผ่ บ้านไผ่งาม",
        HEMP,
        DOWN,
        "Chiang Mai",
        offers=(
            ("ผ้าเช็ดหน้าใยไผ่ 30x30 ซม. นุ่ม ซับน้ำดี", "bamboo_face_cloth"),
            ("แผ่นเช็ดเครื่องสำอางใยไผ่ ซักได้", "reusable_makeup_pads"),
        ),
        needs=(
            N("ผ้าขนหนูใยไผ่ เป็นม้วน ยังไม่ย้อม", "bamboo_terry_fabric"),
            N("ถุงตาข่ายซักผ้า ใบเล็ก", "laundry_mesh_bag"),
        ),
        bcg=("bio",),
    ),
    S(
        "en",
        "ReRound Studio",
        CIRC,
        DOWN,
        "Bangkok",
        offers=(
            ("Reusable make-up pads from hotel towel offcuts, 10-pack", "reusable_makeup_pads"),
            ("Mesh wash bag for pads", "laundry_mesh_bag"),
        ),
        needs=(
            N("Terry offcuts, white, at least 20 cm wide", "terry_offcuts"),
            N("Sewing of pads with overlock edge, 5,000 pcs", "sewing_service"),
        ),
        bcg=("circular",),
    ),
    S(
        "th",
        "ทิชชู่เปียกน้องหมี",
        ALC,
        DOWN,
        "Bangkok",
        offers=(("ทิชชู่เปียกเด็ก 80 แผ่น สูตรน้ำแร่", "baby_wet_wipes"),),
        needs=(
            N("อยากได้คนทำทิชชู่เปียกแบรนด์ของเราเอง ไม่จำเป็นต้องมีฮาลาล", "wet_wipes_oem_service", waive=(HALAL,)),
            N("ฝาป๊อปอัพปิดห่อทิชชู่เปียก", "wipes_lid"),
        ),
    ),
    S(
        "en",
        "CareHome Supplies Co.",
        ALC,
        DOWN,
        "Nonthaburi",
        offers=(("No-rinse bed bath wipes for the elderly, 20 large cloths", "bed_bath_wipes"),),
        needs=(
            N("Alcohol-free wipe lotion, Halal certified", "wet_wipe_lotion", req=(HALAL,)),
            N("Converting of large 30x30 cm wipes", "wipes_converting_service"),
        ),
    ),
    S(
        "th",
        "บ้านพักผู้สูงอายุสุขใจโคราช",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        needs=(
            N("ผ้าเปียกเช็ดตัวผู้ป่วยติดเตียง", "bed_bath_wipes"),
            N("แผ่นรองซับ ซักได้", "washable_underpads"),
            N("ผ้าเช็ดแห้งใช้แล้วทิ้ง ม้วนใหญ่", "dry_wipes_disposable"),
        ),
    ),
    S(
        "en",
        "Udon Care Textiles",
        ALI,
        DOWN,
        "Udon Thani",
        offers=(
            ("Washable underpads, 3 layers, 75 x 90 cm", "washable_underpads"),
            ("Cotton terry bath mitts for carers", "bath_mitt"),
        ),
        needs=(
            N("Waterproof PU-laminated knit for the back layer", "pu_laminated_fabric"),
            N("Cotton terry cloth in rolls", "cotton_terry_fabric"),
        ),
    ),
    S(
        "en",
        "Glow Theory Skincare",
        ALC,
        DOWN,
        "Bangkok",
        offers=(
            ("Vitamin C sheet masks, box of 10", "sheet_mask_finished"),
            ("Hyaluronic essence in bulk for mask filling, 20 kg", "mask_essence"),
        ),
        needs=(
            N("Sheet mask OEM filling under our brand, Thai FDA registered", "sheet_mask_oem_service", req=(FDA,)),
            N("Is anyone growing bio-cellulose sheets locally?", "bio_cellulose_sheet"),
        ),
    ),
    S(
        "th",
        "บิวตี้ซาลอน ลาดพร้าว 71",
        ALC,
        DOWN,
        "Bangkok",
        needs=(
            N("ผ้าขนหนูเช็ดผม สีเข้ม ไม่ตกสี", "cotton_towels", "hair_towel_microfibre"),
            N("ผ้าเช็ดหน้าแบบใช้ครั้งเดียวทิ้ง", "disposable_face_towel"),
        ),
    ),
    S(
        "th",
        "ร้านขายยาซีบรีซ ชลบุรี",
        ALC,
        DOWN,
        "Chonburi",
        needs=(
            N("แอลกอฮอล์แพด ซองเดี่ยว มีทะเบียน อย.", "alcohol_prep_pads", req=(FDA,)),
            N("ไม้พันสำลี ก้านกระดาษ", "cotton_buds"),
        ),
    ),
    S(
        "th",
        "บริษัท แอลกอฮอล์แพด สยาม จำกัด",
        ALC,
        DOWN,
        "Ratchaburi",
        offers=(("แผ่นแอลกอฮอล์ 70% ซองเดี่ยว กล่อง 100 ซอง", "alcohol_prep_pads"),),
        needs=(
            N("ผ้าไม่ทอ เรยอนผสมโพลี เนื้อบาง สำหรับชุบแอลกอฮอล์", "pv_spunlace_roll"),
            N("แอลกอฮอล์ผสมสำเร็จสำหรับชุบ", "alcohol_wipe_solution"),
        ),
        certs=(FDA, ISO13485),
    ),
    S(
        "en",
        "MedGauze Thai Co., Ltd.",
        ALC,
        DOWN,
        "Pathum Thani",
        offers=(
            ("Sterile gauze swabs 8-ply, 3x3 in", "gauze_swabs"),
            ("Non-sterile gauze pads, bulk 1,000 pcs", "gauze_swabs"),
        ),
        needs=(
            N("Surgical gauze cloth, white, 1,000 m a month", "cotton_gauze_fabric"),
            N("EO sterilisation for finished swabs", "sterilization_service"),
        ),
        certs=(ISO13485,),
    ),
    S(
        "th",
        "ใยบวบขัดผิว ร้อยเอ็ด",
        ALI,
        DOWN,
        "Roi Et",
        offers=(("ใยบวบตัดแผ่น ขัดผิว เย็บขอบผ้า", "loofah_pads"),),
        needs=(
            N("ใยบวบดิบจากสวน ยังไม่ตัด", "loofah_raw"),
            N("ผ้าคราม ตัดเป็นเมตร สำหรับขลิบขอบ", "indigo_dyed_cotton_fabric"),
        ),
        certs=(OTOP,),
        bcg=("bio",),
    ),
    S(
        "en",
        "Kata Palm Hotel",
        ALC,
        DOWN,
        "Phuket",
        offers=(("Retired white bath towels, 2 t a year", "used_cotton_towels"),),
        needs=(
            N("Bath towels 600 gsm, white, hotel grade", "cotton_towels"),
            N("Cotton buds for guest amenity kits", "cotton_buds"),
            U("Biodegradable shower caps, boxed", "no shower-cap maker in the set"),
        ),
    ),
    S(
        "th",
        "บริษัท ผ้าขนหนูล้านนา จำกัด",
        ALC,
        DOWN,
        "Chiang Mai",
        offers=(
            ("ผ้าขนหนูโรงแรม 16 ปอนด์ ขาวล้วน", "cotton_towels"),
            ("ผ้าเช็ดผมร้านเสริมสวย สีน้ำตาล ไม่ตกสี", "cotton_towels"),
        ),
        needs=(
            N("ผ้าเทอรี่เป็นพับ สำหรับตัดเย็บผ้าเช็ดตัว", "cotton_terry_fabric", "bamboo_terry_fabric"),
            N("ปักโลโก้โรงแรมบนผ้าเช็ดตัว", "embroidery_service"),
        ),
    ),
    S(
        "en",
        "Hemp & Hand Bath Goods",
        HEMP,
        DOWN,
        "Chiang Mai",
        offers=(
            ("Hemp exfoliating bath mitts", "bath_mitt"),
            ("Hemp soap-saver bags", "soap_saver_bag"),
        ),
        needs=(
            N("Loose-weave hemp cloth, 150 cm", "hemp_fabric"),
            N("Hemp yarn for crochet, Organic Thailand certified", "hemp_yarn", req=(ORGTH,)),
        ),
        bcg=("bio",),
    ),
    S(
        "en",
        "Maison Saeng Cosmetics",
        ALC,
        DOWN,
        "Bangkok",
        offers=(("Micellar cleansing water, 400 ml", "micellar_water"),),
        needs=(
            N("Microfibre make-up remover cloths, private label, 5,000 pcs", "makeup_remover_cloth"),
            N("Facial pads made from GOTS cotton", "cotton_pads", req=(GOTS,)),
        ),
    ),
    S(
        "th",
        "บริษัท เมคอัพคลีน จำกัด",
        SPORT,
        DOWN,
        "Bangkok",
        offers=(("ผ้าลบเครื่องสำอาง ไมโครไฟเบอร์ ใช้แค่น้ำเปล่า", "makeup_remover_cloth"),),
        needs=(
            N("ผ้าไมโครไฟเบอร์ย้อมสีแล้ว หลายสี", "microfibre_fabric_dyed"),
            N("รับเย็บขอบผ้า ลายซิกแซก", "sewing_service"),
        ),
    ),
    S(
        "th",
        "กลุ่มผ้าฝ้ายทอมือบ้านหนองบ่อ",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        offers=(("กระเป๋าใส่เครื่องสำอาง ผ้าฝ้ายทอมือย้อมคราม", "cosmetic_pouch"),),
        needs=(
            N("ผ้าฝ้ายย้อมครามพร้อมตัด 30 เมตร มี OTOP ยิ่งดี", "indigo_dyed_cotton_fabric", waive=(OTOP,)),
            U("ซิปทองเหลือง เบอร์ 5 ยาว 20 ซม.", "no zip maker in the set"),
        ),
        certs=(OTOP,),
    ),
    S(
        "en",
        "Beauty Shelf Retail",
        ALC,
        DOWN,
        "Bangkok",
        needs=(
            N("Handmade cosmetic pouches in Thai textile", "cosmetic_pouch"),
            N("Hydrogel eye patches, 60 pcs", "hydrogel_patches"),
        ),
    ),
    S(
        "th",
        "บริษัท ไฮโดรเจลไทย จำกัด",
        ALC,
        DOWN,
        "Samut Sakhon",
        offers=(
            ("แผ่นเจลใต้ตา ไฮโดรเจล 60 ชิ้น", "hydrogel_patches"),
            ("มาส์กไฮโดรเจลเต็มหน้า", "hydrogel_mask"),
        ),
        needs=(U("ผงคาราจีแนน เกรดเครื่องสำอาง", "no gum supplier in the set"),),
        certs=(FDA,),
    ),
    S(
        "en",
        "Nur Care Hygiene",
        ALC,
        DOWN,
        "Songkhla",
        offers=(("Halal hand and face wipes, 30 sheets", "general_wet_wipes"),),
        needs=(N("Wet wipes OEM maker with Halal certificate", "wet_wipes_oem_service", req=(HALAL,)),),
        certs=(HALAL,),
    ),
    S(
        "th",
        "โรงงานผ้าเปียกหาดใหญ่",
        ALC,
        MID,
        "Songkhla",
        offers=(
            ("รับผลิตผ้าเปียกฮาลาล ใส่ยี่ห้อลูกค้า", "wet_wipes_oem_service"),
            ("ผ้าเปียกเช็ดมือ ซองพกพา 10 แผ่น", "general_wet_wipes"),
        ),
        needs=(
            N("ผ้าสปันเลซ ม้วนละ 300 กก.", "pv_spunlace_roll", "cotton_spunlace_roll", "bamboo_spunlace_roll"),
            N("น้ำยาชุบผ้าเปียก ต้องได้ฮาลาล", "wet_wipe_lotion", req=(HALAL,)),
        ),
        certs=(HALAL, FDA),
    ),
    S(
        "en",
        "Riverside Grand Hotel",
        ALC,
        DOWN,
        "Bangkok",
        offers=(("Old bath towels, 400 kg a quarter", "used_cotton_towels"),),
        needs=(N("Bath towels with our logo embroidered", "cotton_towels"),),
    ),
    S(
        "th",
        "บริษัท ดิสโพสสปา จำกัด",
        ALC,
        DOWN,
        "Nonthaburi",
        offers=(
            ("ผ้าเช็ดหน้าใช้แล้วทิ้ง ม้วนละ 50 แผ่น", "disposable_face_towel"),
            ("ผ้าเช็ดแห้งสปันเลซ ม้วนใหญ่ ใช้ในโรงพยาบาล", "dry_wipes_disposable"),
            ("ผ้าปูเตียงนวดแบบใช้แล้วทิ้ง ม้วน 80 ซม.", "disposable_bed_sheet"),
        ),
        needs=(
            N("ผ้าสปันเลซฝ้าย ลายนูน", "cotton_spunlace_roll"),
            N("รับสลิตม้วนผ้าไม่ทอ", "slitting_service"),
        ),
    ),
    S(
        "en",
        "Hua Hin Wellness Spa",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        offers=(("Used spa towels for recycling", "used_cotton_towels"),),
        needs=(
            N("Face towels, undyed or plant-dyed only, no synthetic dye", "natural_dyed_face_towel"),
            U("Konjac facial sponges", "no konjac sponge maker in the set"),
        ),
    ),
    S(
        "th",
        "แบรนด์ใบบัวสกินแคร์",
        ALC,
        DOWN,
        "Bangkok",
        offers=(("มาส์กหน้าแผ่น สูตรข้าวหอมมะลิ", "sheet_mask_finished"),),
        needs=(
            N("โรงงาน OEM ทำมาส์กชีท มี อย.", "sheet_mask_oem_service", req=(FDA,)),
            N("แผ่นเจลใต้ตา ขายคู่กับมาส์ก", "hydrogel_patches"),
        ),
    ),
    S(
        "en",
        "Golden Years Nursing Home",
        ALC,
        DOWN,
        "Kanchanaburi",
        needs=(
            N("Cheap cotton cleaning rags by the kilo", "cotton_rag_wipers"),
            N("Adult wet wipes for incontinence care", "bed_bath_wipes"),
            N("Gauze pads for wound dressing, ISO 13485 not required", "gauze_swabs", waive=(ISO13485,)),
        ),
    ),
    S(
        "th",
        "โรงพยาบาลบ้านไผ่",
        ALI,
        DOWN,
        "Khon Kaen",
        offers=(("ผ้าปูเตียงผู้ป่วยเก่า ซักแล้ว", "used_cotton_linen"),),
        needs=(
            N("ผ้าก๊อซพับ ปลอดเชื้อ ขนาด 3x3 นิ้ว", "gauze_swabs"),
            N("สำลีม้วน ใช้ทำแผล", "cotton_wool_roll"),
        ),
    ),
    S(
        "en",
        "RunDry Sports Towels",
        SPORT,
        DOWN,
        "Bangkok",
        offers=(
            ("Quick-dry microfibre sports towels, 40x80 cm", "microfibre_sport_towel"),
            ("Microfibre hair wrap towels", "hair_towel_microfibre"),
        ),
        needs=(N("Dyed microfibre, 300 gsm, OEKO-TEX", "microfibre_fabric_dyed", req=(OEKO,)),),
    ),
    S(
        "th",
        "ฟิตเนส เอฟเอ็ม รังสิต",
        SPORT,
        DOWN,
        "Pathum Thani",
        needs=(
            N("ผ้าเปียกเช็ดเครื่องออกกำลังกาย ถังใหญ่", "surface_wipes"),
            N("ผ้าเช็ดเหงื่อไมโครไฟเบอร์ ให้ลูกค้ายืม", "microfibre_sport_towel"),
        ),
    ),
    S(
        "en",
        "GymClean Solutions",
        SPORT,
        DOWN,
        "Chonburi",
        offers=(("Gym equipment disinfecting wipes, bucket of 800", "surface_wipes"),),
        needs=(
            N("Wipes converting and canister filling", "wipes_converting_service"),
            N("Alcohol solution for disinfecting wipes", "alcohol_wipe_solution"),
        ),
    ),
    S(
        "th",
        "ผ้าเช็ดหน้าม่อฮ่อมแพร่",
        HEMP,
        DOWN,
        "Phrae",
        offers=(("ผ้าเช็ดหน้าฝ้ายย้อมห้อมธรรมชาติ ไม่ใช้สีเคมี", "natural_dyed_face_towel"),),
        needs=(
            N("รับย้อมห้อม ผ้าของเราเอง 100 เมตร", "indigo_dyeing_service"),
            N("ผ้าฝ้ายทอมือ ผืนดิบ เนื้อนุ่ม", "handwoven_cotton_fabric"),
        ),
        certs=(OTOP,),
        bcg=("bio",),
    ),
    S(
        "en",
        "Bangkok Eye & Skin Clinic",
        ALC,
        DOWN,
        "Bangkok",
        needs=(
            U("Sterile lint-free eye pads, individually packed", "no one offers sterile eye pads"),
            N("Disposable spunlace face towels", "disposable_face_towel"),
            N("Cotton wool balls, 500 g", "cotton_balls"),
        ),
    ),
    S(
        "th",
        "ร้านเวชภัณฑ์นครพนม",
        ALI,
        DOWN,
        "Nakhon Phanom",
        needs=(
            N("สำลีก้อน ขายส่ง", "cotton_balls"),
            N("ผ้าก๊อซม้วน", "cotton_gauze_fabric"),
            N("แผ่นรองซับผู้ใหญ่ แบบซักได้", "washable_underpads"),
        ),
    ),
    S(
        "th",
        "แบรนด์กัญชงบิวตี้ ดอยแม่สลอง",
        HEMP,
        DOWN,
        "Chiang Rai",
        offers=(("แผ่นเช็ดหน้ากัญชงผสมฝ้าย ซักได้ แพ็ค 16 ชิ้น", "reusable_makeup_pads"),),
        needs=(
            U("ผ้าฟลีซกัญชง 300 แกรม ผสมฝ้าย", "no one knits hemp fleece in the set"),
            N("มีใครรับเย็บแผ่นกลมจำนวนมากไหม", "sewing_service"),
        ),
        bcg=("bio",),
    ),
    S(
        "th",
        "ร้านผ้าเช็ดเครื่องบางแสน",
        CIRC,
        DOWN,
        "Chonburi",
        offers=(("ผ้าขี้ริ้วเช็ดเครื่องจักร ผ้ายืดขาว กิโลละ 35", "cotton_rag_wipers"),),
        needs=(
            N("เสื้อยืดเก่า ผ้าฝ้าย สีขาว", "used_cotton_garments"),
            N("ผ้าปูที่นอนเก่าจากโรงพยาบาล", "used_cotton_linen"),
        ),
        bcg=("circular",),
    ),
    S(
        "en",
        "Upcycle Thread Studio",
        CIRC,
        DOWN,
        "Bangkok",
        offers=(("Cosmetic bags from upcycled denim", "cosmetic_pouch"),),
        needs=(N("Used jeans and cotton shirts, washed", "used_cotton_garments"),),
        bcg=("circular",),
    ),
    S(
        "th",
        "ร้านนวดสปาสุขุมวิท",
        ALC,
        DOWN,
        "Bangkok",
        needs=(
            N("แผ่นปูเตียงสปา ใช้ครั้งเดียวทิ้ง", "disposable_bed_sheet"),
            N("ผ้าขนหนูสปา สีน้ำตาล", "cotton_towels"),
            N("ใยบวบขัดตัว สำหรับทรีตเมนต์", "loofah_pads"),
        ),
    ),
    S(
        "en",
        "Korat Home Care Shop",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        needs=(N("Bed bath wipes for elderly at home, Thai FDA not needed", "bed_bath_wipes", waive=(FDA,)),),
    ),
    S(
        "th",
        "ร้านครามสกล ของฝาก",
        HEMP,
        DOWN,
        "Sakon Nakhon",
        offers=(
            ("ผ้าเช็ดหน้าย้อมคราม ทอมือ", "natural_dyed_face_towel"),
            ("กระเป๋าผ้าครามใส่สำลี", "cosmetic_pouch"),
        ),
        needs=(N("ผ้าฝ้ายย้อมครามเป็นม้วน", "indigo_dyed_cotton_fabric"),),
        certs=(OTOP,),
    ),
    S(
        "en",
        "Siam Beauty Distributors",
        ALC,
        DOWN,
        "Bangkok",
        needs=(
            N("Makeup remover wet wipes, 25 sheets, with Thai FDA", "makeup_remover_wipes", req=(FDA,)),
            N("Cellulose sheet masks, assorted", "sheet_mask_finished"),
        ),
    ),
    S(
        "th",
        "บริษัท คลีนเฟซ คอสเมติก จำกัด",
        ALC,
        DOWN,
        "Samut Prakan",
        offers=(
            ("แผ่นเช็ดเครื่องสำอางแบบเปียก 25 แผ่น มีเลข อย.", "makeup_remover_wipes"),
            ("ทิชชู่เปียกเช็ดหน้าผู้ชาย สูตรเย็น", "general_wet_wipes"),
        ),
        needs=(
            N("ผ้าสปันเลซลายมุก เรยอนผสมโพลีเอสเตอร์", "pv_spunlace_roll"),
            N("น้ำยาเช็ดเครื่องสำอาง ไมเซล่า", "micellar_water"),
        ),
        certs=(FDA,),
    ),
    S(
        "en",
        "Green Ember Baby",
        HEMP,
        DOWN,
        "Chiang Mai",
        offers=(("Organic cotton baby wash cloths, 6-pack", "baby_wash_cloth"),),
        needs=(
            U("GOTS organic terry by the metre", "no terry supplier holds GOTS", req=(GOTS,)),
            N("Dry wipes for baby care, unscented", "dry_wipes_disposable"),
        ),
        bcg=("green",),
    ),
]

# ------------------------------------------------------------------ checks and output

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
EMAIL = re.compile(r"^[a-z0-9.\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
ID_FORM = re.compile(rf"^{PREFIX}-\d{{3}}$")
TARGET_PROFILES = 95
TARGET_LINKS = (160, 180)
TARGET_CROSS_SHARE = (0.40, 0.60)
TARGET_THAI_SHARE = (0.50, 0.60)
TARGET_UNMET = (15, 25)


def all_smes() -> list[Sme]:
    return [*PART_1, *PART_2, *PART_3]


def sme_id(index: int) -> str:
    return f"{PREFIX}-{index + 1:03d}"


def email(index: int, sme: Sme) -> str:
    domain = "example.co.th" if sme.lang == "th" else "example.com"
    return f"contact.{PREFIX}{index + 1:03d}@{domain}"


def profile(index: int, sme: Sme) -> dict[str, object]:
    return {
        "id": sme_id(index),
        "name": sme.name,
        "sub_cluster": sme.sub_cluster,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [text for text, _ in sme.offers],
        "needs": [need.text for need in sme.needs],
        "certifications": list(sme.certifications),
        "bcg": list(sme.bcg),
        "contact_email": email(index, sme),
        "language": sme.lang,
    }


def thai_share(text: str) -> float:
    thai = sum(1 for char in text if THAI_CHAR.match(char))
    latin = sum(1 for char in text if char.isalpha() and not THAI_CHAR.match(char))
    return thai / (thai + latin) if thai + latin else 0.0


def latin_only(text: str) -> bool:
    return all(
        not THAI_CHAR.match(char) and (not char.isalpha() or "LATIN" in unicodedata.name(char, "")) for char in text
    )


def names_of(certification: str) -> list[str]:
    for cert in CERTIFICATIONS:
        if cert.name == certification:
            names = [cert.name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions]
            return [name for name in names if len(name) >= 3]
    return []


def named_in(text: str, certification: str) -> bool:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return any(unicodedata.normalize("NFKC", name).casefold() in folded for name in names_of(certification))


def check_phrase(where: str, text: str, lang: str, errors: list[str]) -> None:
    if not text.strip() or text != text.strip() or "  " in text:
        errors.append(f"{where}: empty or badly spaced text {text!r}")
    if lang == "th" and thai_share(text) < 0.6:
        errors.append(f"{where}: Thai phrase is not mostly Thai letters: {text!r}")
    if lang == "en" and not latin_only(text):
        errors.append(f"{where}: English phrase has non-Latin letters: {text!r}")


def check_profiles(smes: list[Sme], errors: list[str]) -> None:
    if len(smes) != TARGET_PROFILES:
        errors.append(f"{len(smes)} profiles, expected {TARGET_PROFILES}")
    ids = [sme_id(i) for i in range(len(smes))]
    if len(set(ids)) != len(ids) or not all(ID_FORM.match(i) for i in ids):
        errors.append("ids not unique or not well-formed")
    names = Counter(sme.name for sme in smes)
    errors.extend(f"name used twice: {name}" for name, count in names.items() if count > 1)
    offer_texts = {text.casefold() for sme in smes for text, _ in sme.offers}
    for index, sme in enumerate(smes):
        where = sme_id(index)
        if sme.lang not in ("th", "en"):
            errors.append(f"{where}: language {sme.lang!r}")
        if sme.sub_cluster not in {s.value for s in SubCluster}:
            errors.append(f"{where}: sub_cluster {sme.sub_cluster!r}")
        if sme.stage not in {s.value for s in Stage}:
            errors.append(f"{where}: stage {sme.stage!r}")
        if resolve_province(sme.province) is None:
            errors.append(f"{where}: province {sme.province!r} does not resolve")
        for cert in sme.certifications:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not a canonical name")
        if len(set(sme.certifications)) != len(sme.certifications):
            errors.append(f"{where}: certification listed twice")
        if not set(sme.bcg) <= {tag.value for tag in BcgTag} or len(set(sme.bcg)) != len(sme.bcg):
            errors.append(f"{where}: bcg {sme.bcg!r}")
        if not EMAIL.match(email(index, sme)):
            errors.append(f"{where}: email")
        if not 0 <= len(sme.offers) <= 3 or not 0 <= len(sme.needs) <= 3 or not (sme.offers or sme.needs):
            errors.append(f"{where}: {len(sme.offers)} offers and {len(sme.needs)} needs")
        check_phrase(f"{where} name", sme.name, sme.lang, errors)
        texts = [text for text, _ in sme.offers] + [need.text for need in sme.needs]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: a phrase is repeated")
        for text, label in sme.offers:
            check_phrase(f"{where} offer", text, sme.lang, errors)
            if not re.fullmatch(r"[a-z][a-z0-9_]*", label):
                errors.append(f"{where}: label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= set(sme.certifications):
                errors.append(f"{where}: offer claims {sorted(claimed)} the SME does not hold: {text!r}")
        for need in sme.needs:
            check_phrase(f"{where} need", need.text, sme.lang, errors)
            if need.text.casefold() in offer_texts:
                errors.append(f"{where}: need worded exactly like an offer: {need.text!r}")
            if bool(need.labels) == bool(need.unmet):
                errors.append(f"{where}: need must list labels or be marked unmet: {need.text!r}")
            found = find_certifications(need.text)
            if found != set(need.requires):
                errors.append(f"{where}: need names {sorted(found)}, requires {list(need.requires)}: {need.text!r}")
            for cert in need.requires + need.waives:
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: need certification {cert!r} is not canonical")
            for cert in need.waives:
                if cert in found or not named_in(need.text, cert):
                    errors.append(f"{where}: waived {cert} not named or not waived in {need.text!r}")


class NeedResult(NamedTuple):
    buyer: int
    need: Need
    suppliers: tuple[int, ...]


def match(smes: list[Sme], errors: list[str]) -> tuple[list[tuple[int, int]], list[NeedResult]]:
    offered: dict[str, set[int]] = {}
    for index, sme in enumerate(smes):
        for _, label in sme.offers:
            offered.setdefault(label, set()).add(index)
    links: set[tuple[int, int]] = set()
    results: list[NeedResult] = []
    for buyer, sme in enumerate(smes):
        for need in sme.needs:
            for label in need.labels:
                if not offered.get(label, set()) - {buyer}:
                    errors.append(f"{sme_id(buyer)}: label {label!r} is offered by no one else")
            suppliers = sorted(
                {
                    supplier
                    for label in need.labels
                    for supplier in offered.get(label, set())
                    if supplier != buyer and set(need.requires) <= set(smes[supplier].certifications)
                }
            )
            if need.labels and not suppliers:
                errors.append(f"{sme_id(buyer)}: no qualified supplier for {need.text!r}")
            links.update((supplier, buyer) for supplier in suppliers)
            results.append(NeedResult(buyer, need, tuple(suppliers)))
    return sorted(links), results


def counts(smes: list[Sme], links: list[tuple[int, int]], results: list[NeedResult]) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    thai = sum(1 for sme in smes if sme.lang == "th")
    rows.append(("profiles", str(len(smes))))
    rows.append(("Thai / English profiles", f"{thai} / {len(smes) - thai}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(1 for sme in smes if sme.sub_cluster == sub.value))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(1 for sme in smes if sme.stage == stage.value))))
    regions = Counter(str(resolve_province(sme.province).region) for sme in smes)  # type: ignore[union-attr]
    for region, count in sorted(regions.items()):
        rows.append((f"region {region}", str(count)))
    provinces = {resolve_province(sme.province).name_en for sme in smes}  # type: ignore[union-attr]
    rows.append(("distinct provinces", str(len(provinces))))
    rows.append(("offers", str(sum(len(sme.offers) for sme in smes))))
    rows.append(("distinct offer labels", str(len({label for sme in smes for _, label in sme.offers}))))
    met = sum(1 for result in results if result.suppliers)
    rows.append(("needs", str(len(results))))
    rows.append(("needs met / met by no one", f"{met} / {len(results) - met}"))
    rows.append(("needs requiring a certification", str(sum(1 for result in results if result.need.requires))))
    rows.append(("needs waiving a certification", str(sum(1 for result in results if result.need.waives))))
    rows.append(("true links", str(len(links))))
    th_en = sum(1 for s, b in links if smes[s].lang == "th" and smes[b].lang == "en")
    en_th = sum(1 for s, b in links if smes[s].lang == "en" and smes[b].lang == "th")
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    share = cross / len(links) if links else 0.0
    rows.append(("cross-language links (share)", f"{cross} ({share:.0%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(
        (
            "links between different sub-clusters",
            str(sum(1 for s, b in links if smes[s].sub_cluster != smes[b].sub_cluster)),
        )
    )
    return rows


def check_targets(smes: list[Sme], links: list[tuple[int, int]], results: list[NeedResult], errors: list[str]) -> None:
    thai = sum(1 for sme in smes if sme.lang == "th") / len(smes)
    if not TARGET_THAI_SHARE[0] <= thai <= TARGET_THAI_SHARE[1]:
        errors.append(f"Thai share {thai:.2f} outside {TARGET_THAI_SHARE}")
    if not TARGET_LINKS[0] <= len(links) <= TARGET_LINKS[1]:
        errors.append(f"{len(links)} links, expected {TARGET_LINKS[0]}-{TARGET_LINKS[1]}")
    cross = sum(1 for s, b in links if smes[s].lang != smes[b].lang) / max(1, len(links))
    if not TARGET_CROSS_SHARE[0] <= cross <= TARGET_CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {TARGET_CROSS_SHARE}")
    unmet = sum(1 for result in results if not result.suppliers)
    if not TARGET_UNMET[0] <= unmet <= TARGET_UNMET[1]:
        errors.append(f"{unmet} unmet needs, expected {TARGET_UNMET[0]}-{TARGET_UNMET[1]}")
    if not any(not sme.needs for sme in smes) or not any(not sme.offers for sme in smes):
        errors.append("some SMEs should have no needs and some no offers")


README = """# blind_plain_wipes: a hand-labelled evaluation set

## What it checks

How well the matcher finds the true supplier-buyer pairs among {profiles} SME profiles of the
Health and Wellness Economy cluster whose wording it has never seen. The theme is wipes, pads and
personal-care textiles: cotton pads, rounds, balls and buds, wet and dry wipes, spunlace rolls,
make-up removal cloths, sheet masks (cellulose, bio-cellulose, hydrogel), bamboo face cloths,
reusable make-up pads, the converting and packing of wipes, lotions for wet wipes, and the
hospitals, care homes, salons, spas, hotels, pharmacies and beauty brands that buy them, together
with the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

The profiles are plain registry entries: one short phrase per offer or need, 0-3 of each, about
55 % in Thai and the rest in English. The same kind of goods is written in many ways (regional and
trade names, abbreviations, brand names, with or without quantities, prices, sizes, minimum orders
and places), and a need is worded differently from the offers that meet it, often in the other
language. Hard but fair cases are included on purpose: a service versus the goods it works on
(commission dyeing or bleaching versus dyed cloth, sewing for others versus finished goods,
converting or OEM filling versus finished wipes or masks); the customer's own goods sent for work
(ginning, dyeing, sterilising); waste and used goods versus new; raw versus processed (seed cotton,
lint, bleached fibre, yarn, greige versus dyed cloth, spunlace roll, finished pad); finished goods
described by their material, colour or technique (an indigo handwoven pouch is a pouch); needs
written as a wish, a bare noun phrase or a question; refusals ("no synthetic dye"); needs that
require a named certification and needs that name one only to waive it; and needs that no one in
the set meets.

## How it was written

By hand. The writer read only section 1 of the project's contracts (the profile JSONL format and
the links CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the `[tool.ruff]` settings of
`pyproject.toml`. It read no matcher code, glossary, tests, other evaluation sets or project data,
and ran nothing but this script.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `cotton_towels` versus
`used_cotton_towels`). Every need either lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of
the buyer's needs and the supplier's certifications hold every certification that need requires.
An SME is never linked to itself. Shared words play no part; quantities, prices and places never
decide a link; what changes what the thing is does. A certification a need names only to waive it
("BCI preferred but not required", "ไม่ต้องมี อย.") is not required. The labels live only in
`write.py`; the profiles carry none.

Before writing, the script checks: ids unique and well-formed; every contract field valid (enums,
provinces through `resolve_province`, certifications through `resolve_certification`, BCG tags);
every label a need lists is offered by someone other than the buyer; every met need has a qualified
supplier and every unmet one has none; a required certification is what the need's text asks for
and a waived one is named there but not asked for; Thai phrases are mostly Thai letters and English
ones Latin only; and the size targets ({links_lo}-{links_hi} links, about half across languages,
about 20 needs met by no one). It writes nothing if any check fails. Two runs give identical bytes.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_wipes/write.py

## Files

- `write.py`: all the data (profiles, offer labels, need answers), the checks and the writer.
- `profiles.jsonl`: the {profiles} profiles, contract JSONL version 1, ids `{first}` ... `{last}`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines)


def render(smes: list[Sme], links: list[tuple[int, int]], rows: list[tuple[str, str]]) -> dict[str, str]:
    profiles = "".join(json.dumps(profile(i, sme), ensure_ascii=False) + "\n" for i, sme in enumerate(smes))
    link_rows = "".join(f"{sme_id(s)},{sme_id(b)}\n" for s, b in links)
    readme = README.format(
        profiles=len(smes),
        links_lo=TARGET_LINKS[0],
        links_hi=TARGET_LINKS[1],
        first=sme_id(0),
        last=sme_id(len(smes) - 1),
        table=table(rows),
    )
    return {"profiles.jsonl": profiles, "links.csv": "supplier_id,buyer_id\n" + link_rows, "README.md": readme}


def build() -> tuple[dict[str, str], list[tuple[str, str]], list[NeedResult], list[str]]:
    smes = all_smes()
    errors: list[str] = []
    check_profiles(smes, errors)
    links, results = match(smes, errors)
    check_targets(smes, links, results, errors)
    rows = counts(smes, links, results)
    return render(smes, links, rows), rows, results, errors


def main() -> int:
    files, rows, results, errors = build()
    if "--report" in sys.argv:
        for result in results:
            who = ", ".join(sme_id(s) for s in result.suppliers) or "-- " + result.need.unmet
            print(f"{sme_id(result.buyer)} [{len(result.suppliers)}] {result.need.text}  <=  {who}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        print(table(rows))
        return 1
    if files != build()[0]:
        print("two builds differ; nothing written", file=sys.stderr)
        return 1
    for name, content in files.items():
        with open(OUT / name, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
