"""Write the hand-labelled evaluation set `eval/blind_plain_batik/`.

Run from the repository root:  .venv/bin/python eval/blind_plain_batik/write.py

All data lives here: 95 plain registry entries on a batik theme, each offer with a label saying what the
thing is, each need with the labels that would meet it (or a note saying no one meets it) and the
certifications its text requires or waives. The script checks everything, then writes `profiles.jsonl`,
`links.csv` and `README.md`; it writes nothing when a check fails.
"""

from __future__ import annotations

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

from shared.taxonomy import (  # noqa: E402  (the repository root is added to sys.path just above)
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "bbk"
N_PROFILES = 95
LINKS_MIN, LINKS_MAX = 160, 180
THAI_SHARE_MIN, THAI_SHARE_MAX = 0.50, 0.60
CROSS_SHARE_MIN, CROSS_SHARE_MAX = 0.40, 0.60
UNMET_MIN, UNMET_MAX = 15, 25
MAX_SHARED_WORDING = 0.7  # share of a need's words (Thai: letter trigrams) found in an offer that meets it

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ISAN = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it


def N(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every `req`."""
    return Need(text, labels, req, waive)


def X(text: str, note: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets."""
    return Need(text, (), req, waive, note)


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()


# ---------------------------------------------------------------------------------------------------- data

SMES: tuple[Sme, ...] = (
    # ------------------------------------------------------------ upstream: fibre, yarn, wax, tools, dyes, waste
    Sme(
        "bbk-001",
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์ด่านซ้าย",
        HEMP,
        UP,
        "Loei",
        "danzai.cotton@gmail.com",
        offers=(
            ("ฝ้ายดิบทั้งเมล็ด เก็บด้วยมือ กิโลละ 45 บาท", "raw_cotton_fibre"),
            ("ด้ายฝ้ายเข็นมือ สีตุ่นธรรมชาติ", "handspun_cotton_yarn"),
        ),
        needs=(X("เมล็ดพันธุ์ฝ้ายตุ่นพื้นบ้าน ปลูกรอบหน้า", "cotton seed: no seed grower in the set"),),
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    Sme(
        "bbk-002",
        "en",
        "Lanna Cotton Ginnery",
        HEMP,
        UP,
        "Chiang Mai",
        "sales@lannaginnery.co.th",
        offers=(("Ginned cotton lint, 180 kg bales, BCI", "raw_cotton_fibre"),),
        needs=(X("Spare saw blades for a 1970s saw gin", "machine parts: nobody sells machinery here"),),
        certs=("BCI",),
    ),
    Sme(
        "bbk-003",
        "th",
        "กลุ่มปั่นฝ้ายบ้านหนองบัว",
        HEMP,
        UP,
        "Nan",
        "nongbua.spin@hotmail.com",
        offers=(
            ("เส้นฝ้ายปั่นมือ เบอร์ 20 เส้นเล็ก", "handspun_cotton_yarn"),
            ("ด้ายกัญชงปั่นมือ ม้วนละ 250 กรัม", "hemp_yarn"),
        ),
        needs=(
            N("ปุยฝ้าย ราคาส่ง", "raw_cotton_fibre"),
            N("เปลือกกัญชงลอกแห้ง มัดละ 5 กก.", "hemp_fibre"),
        ),
    ),
    Sme(
        "bbk-004",
        "en",
        "Khao Kho Hemp Growers",
        HEMP,
        UP,
        "Phetchabun",
        "khaokhohemp@gmail.com",
        offers=(
            ("Retted hemp bast, hand-stripped, sun dried", "hemp_fibre"),
            ("Hemp hurds for animal bedding", "hemp_hurds"),
        ),
        bcg=("bio",),
    ),
    Sme(
        "bbk-005",
        "th",
        "กลุ่มใยกัญชงม้งพบพระ",
        HEMP,
        UP,
        "Tak",
        "hmonghemp.tak@gmail.com",
        offers=(
            ("เส้นใยกัญชงต่อมือ ขดละครึ่งกิโล", "hemp_yarn"),
            ("ผ้าใยกัญชงทอมือ สีขาวขุ่น หน้ากว้าง 40 ซม.", "hemp_fabric"),
        ),
        needs=(N("ขี้ผึ้งแท้สำหรับเขียนลายผ้าม้ง", "beeswax"),),
        bcg=("bio",),
    ),
    Sme(
        "bbk-006",
        "en",
        "Siam Combed Yarn Co., Ltd.",
        HEMP,
        UP,
        "Saraburi",
        "export@siamcombed.com",
        offers=(
            ("Combed cotton yarn Ne 30/1 on cones, MOQ 500 kg", "cotton_yarn"),
            ("Viscose rayon spun yarn 40s", "rayon_yarn"),
        ),
        needs=(N("Baled raw cotton, Better Cotton Initiative only", "raw_cotton_fibre", req=("Better Cotton",)),),
        certs=("ISO 9001", "OEKO-TEX Standard 100"),
    ),
    Sme(
        "bbk-007",
        "th",
        "ร้านเทียนบาติกหาดใหญ่",
        ALC,
        UP,
        "Songkhla",
        "hatyaibatikwax@gmail.com",
        offers=(
            ("เทียนบาติกผสมสำเร็จ พาราฟินผสมขี้ผึ้ง กิโลละ 120 บาท", "batik_wax"),
            ("ขี้ผึ้งแท้ กรองแล้ว ก้อนละ 1 กิโล", "beeswax"),
        ),
        needs=(
            N("ไขผึ้งดิบจากชาวสวน ยังไม่ต้องกรอง", "beeswax_raw"),
            N("พาราฟินแวกซ์ เดือนละ 1 ตัน", "paraffin_wax"),
        ),
    ),
    Sme(
        "bbk-008",
        "en",
        "Eastern Seaboard Wax Trading",
        ALC,
        UP,
        "Rayong",
        "info@eswax.co.th",
        offers=(
            ("Fully refined paraffin wax 58/60, slabs, 25 kg carton", "paraffin_wax"),
            ("Microcrystalline wax, soft grade", "microcrystalline_wax"),
        ),
    ),
    Sme(
        "bbk-009",
        "th",
        "กลุ่มเลี้ยงผึ้งโพรงท่าแซะ",
        HEMP,
        UP,
        "Chumphon",
        "thasae.bee@gmail.com",
        offers=(
            ("ไขผึ้งโพรงดิบ ยังไม่ผ่านการกรอง", "beeswax_raw"),
            ("น้ำผึ้งโพรงแท้ ขวดละ 750 ซีซี", "honey"),
        ),
        needs=(X("กล่องเลี้ยงผึ้งไม้ยางพารา", "beehive boxes: nobody makes them in the set"),),
        bcg=("bio",),
    ),
    Sme(
        "bbk-010",
        "en",
        "Nakhon Wax Reclaim",
        CIRC,
        UP,
        "Nakhon Si Thammarat",
        "reclaim@nakhonwax.com",
        offers=(("Reclaimed batik wax, strained and re-blocked, 40 THB/kg", "recycled_batik_wax"),),
        needs=(N("Dirty wax recovered after dewaxing, any colour", "used_batik_wax"),),
        bcg=("circular",),
    ),
    Sme(
        "bbk-011",
        "th",
        "ช่างทองเหลืองจันติ้งปัตตานี",
        ALC,
        UP,
        "Pattani",
        "pattani.canting@gmail.com",
        offers=(
            ("จันติ้งทองเหลือง หัวเบอร์ 1-3 ด้ามไม้", "canting_tool"),
            ("แม่พิมพ์ทองแดงปั๊มเทียน ลายดอกพิกุล", "batik_stamp"),
        ),
        needs=(X("แผ่นทองเหลืองหนา 0.3 มม.", "brass sheet: no metal supplier in the set"),),
    ),
    Sme(
        "bbk-012",
        "en",
        "Tak Bai Batik Tools",
        ALC,
        UP,
        "Narathiwat",
        "takbaitools@gmail.com",
        offers=(
            ("Tjanting pens, bamboo handle, set of 5 nib sizes", "canting_tool"),
            ("Custom copper cap blocks from your drawing", "batik_stamp"),
        ),
    ),
    Sme(
        "bbk-013",
        "th",
        "หจก. เคมีสีย้อมสำเพ็ง",
        ALC,
        UP,
        "Bangkok",
        "sampengdye@yahoo.com",
        offers=(
            ("สีรีแอคทีฟย้อมเย็น สำหรับผ้าบาติก ถุงละ 500 กรัม", "synthetic_dye"),
            ("โซเดียมซิลิเกต น้ำยาเคลือบสีผ้าบาติก แกลลอน 20 ลิตร", "batik_fixer"),
        ),
    ),
    Sme(
        "bbk-014",
        "en",
        "Mae Chan Natural Colours",
        HEMP,
        UP,
        "Chiang Rai",
        "hello@maechancolours.com",
        offers=(
            ("Fermented indigo paste, 1 kg tub", "indigo_paste"),
            ("Dried dye stuff: jackfruit heartwood, ebony fruit, stick lac", "natural_dye_material"),
        ),
        needs=(X("Slaked lime for indigo vats, food grade", "lime: no one in the set sells it"),),
        bcg=("bio", "green"),
    ),
    Sme(
        "bbk-015",
        "th",
        "วิสาหกิจชุมชนครามพังโคน",
        ISAN,
        UP,
        "Sakon Nakhon",
        "phangkhon.indigo@gmail.com",
        offers=(
            ("เนื้อครามเปียกหมักแล้ว กิโลละ 250 บาท", "indigo_paste"),
            ("ต้นครามสดตัดใหม่ ส่งเป็นกำ", "indigo_leaves"),
        ),
        needs=(X("น้ำขี้เถ้าจากไม้เผา สำหรับทำน้ำด่าง", "wood-ash lye: no one in the set offers it"),),
        bcg=("bio",),
    ),
    Sme(
        "bbk-016",
        "th",
        "กลุ่มสีธรรมชาติป่าชายเลนอ่าวลึก",
        HEMP,
        UP,
        "Krabi",
        "aolukcolour@gmail.com",
        offers=(
            ("เปลือกโกงกางตากแห้ง บดหยาบ", "natural_dye_material"),
            ("ใบหูกวางแห้ง ให้สีเทาดำ", "natural_dye_material"),
        ),
        bcg=("bio", "green"),
    ),
    Sme(
        "bbk-017",
        "en",
        "Amata Textile Waste Collectors",
        CIRC,
        UP,
        "Chonburi",
        "ops@amatawaste.co.th",
        offers=(
            ("Sorted 100% cotton cutting waste, white and light shades, 1 t lots", "cotton_offcuts"),
            ("Post-consumer clothing, unsorted bales", "used_clothing"),
        ),
        needs=(N("Batik remnants left over from sarong cutting", "batik_offcuts"),),
        bcg=("circular",),
    ),
    Sme(
        "bbk-018",
        "th",
        "บริษัท ไฟเบอร์คืนชีพ จำกัด",
        CIRC,
        UP,
        "Samut Prakan",
        "sales@fiberreborn.co.th",
        offers=(("ใยฝ้ายรีไซเคิล ตีจากเศษผ้า ได้ GRS", "recycled_cotton_fibre"),),
        needs=(N("เศษผ้าคอตตอนจากโรงตัด สีขาวหรือสีอ่อน", "cotton_offcuts"),),
        certs=("GRS",),
        bcg=("circular",),
    ),
    Sme(
        "bbk-019",
        "en",
        "Korat ReYarn",
        CIRC,
        UP,
        "Nakhon Ratchasima",
        "reyarn.korat@gmail.com",
        offers=(("Recycled cotton/poly open-end yarn Ne 10, GRS", "recycled_yarn"),),
        needs=(N("Mechanically recycled cotton fibre with GRS certificate", "recycled_cotton_fibre", req=("GRS",)),),
        certs=("GRS certified",),
        bcg=("circular",),
    ),
    Sme(
        "bbk-020",
        "th",
        "กลุ่มรีไซเคิลผ้าบ้านไผ่",
        ISAN,
        UP,
        "Khon Kaen",
        "banphai.recycle@gmail.com",
        offers=(("ใยฝ้ายตีเก่า จากเสื้อผ้ามือสอง", "recycled_cotton_fibre"),),
        needs=(N("เสื้อผ้าเก่าเป็นมัด ยังไม่คัด", "used_clothing"),),
        bcg=("circular",),
    ),
    Sme(
        "bbk-021",
        "en",
        "Surin Golden Silk Reelers",
        HEMP,
        UP,
        "Surin",
        "goldensilk.surin@gmail.com",
        offers=(("Hand-reeled Thai silk yarn, yellow cocoon, degummed", "silk_yarn"),),
        needs=(N("Fresh yellow cocoons from village farmers", "silk_cocoons"),),
        certs=("Thai Silk Peacock Emblem",),
    ),
    Sme(
        "bbk-022",
        "th",
        "กลุ่มเลี้ยงไหมบ้านโคกเมือง",
        ISAN,
        UP,
        "Buriram",
        "khokmuang.silk@gmail.com",
        offers=(("รังไหมพันธุ์ไทยพื้นบ้าน สีเหลือง", "silk_cocoons"),),
        needs=(X("ไข่ไหมพันธุ์นางน้อย", "silkworm eggs: nobody in the set"),),
        bcg=("bio",),
    ),
    Sme(
        "bbk-023",
        "en",
        "Mae Taeng Bee Products",
        HEMP,
        UP,
        "Chiang Mai",
        "maetaengbee@gmail.com",
        offers=(("Cosmetic grade yellow beeswax pellets, filtered", "beeswax"),),
        needs=(N("Unrefined comb wax from hill beekeepers", "beeswax_raw"),),
        bcg=("bio",),
    ),
    Sme(
        "bbk-024",
        "en",
        "BatikPro Supplies",
        ALC,
        UP,
        "Bangkok",
        "shop@batikpro.co.th",
        offers=(
            ("BatikPro ready-mix wax, 1 kg bag", "batik_wax"),
            ("Starter tjanting kit with electric wax pot", "canting_tool"),
        ),
        needs=(
            N("Pure bee wax for our house blend", "beeswax"),
            N("Paraffin 56-58, by the tonne", "paraffin_wax"),
        ),
    ),
    Sme(
        "bbk-025",
        "en",
        "Chemicolour Trading",
        ALC,
        UP,
        "Bangkok",
        "orders@chemicolour.com",
        offers=(
            ("Procion MX cold-water dyes, 25 colours", "synthetic_dye"),
            ("Indigosol vat dyes for batik, 100 g jars", "synthetic_dye"),
        ),
    ),
    Sme(
        "bbk-026",
        "th",
        "กลุ่มสีธรรมชาติเปลือกมังคุดจันท์",
        HEMP,
        UP,
        "Chanthaburi",
        "mangkhut.colour@gmail.com",
        offers=(
            ("เปลือกมังคุดตากแห้ง ให้สีแดงม่วง", "natural_dye_material"),
            ("ผงสีธรรมชาติสำเร็จรูป จากเปลือกมังคุด ซองละ 100 กรัม", "natural_dye_material"),
        ),
        needs=(X("เครื่องบดเปลือกไม้ขนาดเล็ก", "grinder: no machinery in the set"),),
        bcg=("bio", "circular"),
    ),
    # ------------------------------------------------------------ midstream: cloth, dyeing, batik making, sewing
    Sme(
        "bbk-027",
        "th",
        "โรงทอผ้าสามพรานเท็กซ์ไทล์",
        HEMP,
        MID,
        "Nakhon Pathom",
        "sampran.tex@gmail.com",
        offers=(
            ("ผ้าดิบทอเครื่อง หน้า 45 นิ้ว ยังไม่ฟอก", "greige_cotton_fabric"),
            ("ผ้าป่านฟอกขาว พร้อมเขียนเทียน พับละ 40 หลา", "plain_cotton_fabric"),
        ),
        needs=(N("ด้ายคอตตอน 30/1 ขึ้นโคน", "cotton_yarn"),),
        certs=("ISO 9001",),
    ),
    Sme(
        "bbk-028",
        "en",
        "Krungthep PFD Fabrics",
        ALC,
        MID,
        "Bangkok",
        "pfd@krungthepfabrics.com",
        offers=(
            ("Bleached cotton cambric, PFD, 44 in, by the metre", "plain_cotton_fabric"),
            ("White viscose challis for sarongs", "plain_rayon_fabric"),
        ),
        needs=(N("Loomstate cotton sheeting for our bleaching range", "greige_cotton_fabric"),),
        certs=("Oeko-Tex 100",),
    ),
    Sme(
        "bbk-029",
        "th",
        "กลุ่มทอผ้าบ้านหนองขอน",
        ISAN,
        MID,
        "Ubon Ratchathani",
        "nongkhon.weave@gmail.com",
        offers=(
            ("ผ้าฝ้ายทอมือย้อมคราม ลายขิด", "indigo_dyed_cotton_fabric"),
            ("ผ้าฝ้ายทอมือ สีขาวธรรมชาติ ยังไม่ย้อม", "handwoven_cotton_fabric"),
        ),
        needs=(
            N("ด้ายเข็นมือ ไว้ทำเส้นพุ่ง", "handspun_cotton_yarn"),
            N("ครามก้อน สำหรับก่อหม้อย้อม", "indigo_paste"),
        ),
    ),
    Sme(
        "bbk-030",
        "en",
        "Phu Phan Indigo House",
        ISAN,
        MID,
        "Sakon Nakhon",
        "phuphanindigo@gmail.com",
        offers=(
            ("Indigo vat dyeing of your yarn or garments, min 5 kg", "indigo_dyeing_service"),
            ("Shibori indigo cotton by the metre", "indigo_dyed_cotton_fabric"),
        ),
        needs=(
            N("Natural indigo for our vats, 20 kg a month", "indigo_paste"),
            N("Unbleached cotton cloth to dye", "greige_cotton_fabric"),
        ),
        bcg=("bio",),
    ),
    Sme(
        "bbk-031",
        "th",
        "ห้อมแท้ทุ่งโฮ้ง",
        HEMP,
        MID,
        "Phrae",
        "hom.thunghong@gmail.com",
        offers=(
            ("ผ้าหม้อห้อมย้อมครามแท้ เมตรละ 90 บาท", "indigo_dyed_cotton_fabric"),
            ("รับย้อมห้อมเสื้อผ้าที่ลูกค้าส่งมา", "indigo_dyeing_service"),
        ),
        needs=(N("ต้นห้อมสด หรือใบคราม", "indigo_leaves"),),
        bcg=("bio",),
    ),
    Sme(
        "bbk-032",
        "en",
        "Mahachai Dyeworks",
        ALC,
        MID,
        "Samut Sakhon",
        "cs@mahachaidye.co.th",
        offers=(
            ("Commission reactive dyeing of customer fabric, jet, MOQ 300 m", "dyeing_service"),
            ("Piece-dyed cotton poplin, 20 stock colours", "dyed_cotton_fabric"),
        ),
        needs=(N("Remazol-type reactive dyestuff, 25 kg drums", "synthetic_dye"),),
        certs=("OEKO-TEX Standard 100", "ISO 9001", "ISO 14001"),
    ),
    Sme(
        "bbk-033",
        "th",
        "บาติกเขียนมือเกาะยอ",
        ALC,
        MID,
        "Songkhla",
        "koyo.batik@gmail.com",
        offers=(
            ("ผ้าบาติกเขียนมือ ลายทะเลใต้ ผืนละ 2 เมตร", "batik_fabric_handdrawn"),
            ("รับเขียนเทียนลงผ้าของลูกค้า คิดเป็นผืน", "batik_commission_service"),
            ("เศษเทียนเก่าจากหม้อต้มผ้า", "used_batik_wax"),
        ),
        needs=(
            N("เทียนสำหรับเขียนผ้าบาติก", "batik_wax", "recycled_batik_wax"),
            N("ผ้าฝ้ายขาวเนื้อละเอียด ไว้เขียนลาย", "plain_cotton_fabric"),
            N("ชันติ้งหัวเล็ก", "canting_tool"),
        ),
    ),
    Sme(
        "bbk-034",
        "en",
        "Andaman Cap Batik",
        ALC,
        MID,
        "Phuket",
        "studio@andamancap.com",
        offers=(
            ("Stamped (cap) batik rayon, 2 m lengths", "batik_fabric_stamped"),
            ("Boil-off dewaxing for other studios, per kg of cloth", "wax_removal_service"),
            ("Wax skimmed from our boil-off tanks, sold as is", "used_batik_wax"),
        ),
        needs=(
            N("Copper stamping blocks made to our motifs", "batik_stamp"),
            N("White rayon yardage", "plain_rayon_fabric"),
        ),
    ),
    Sme(
        "bbk-035",
        "th",
        "กลุ่มผ้าปาเต๊ะบ้านกาเยาะมาตี",
        ALC,
        MID,
        "Narathiwat",
        "kayomati.pateh@gmail.com",
        offers=(
            ("ผ้าปาเต๊ะพิมพ์เทียนด้วยบล็อก เนื้อเรยอน", "batik_fabric_stamped"),
            ("เทียนเก่าที่ต้มลอกออกมาแล้ว ขายเหมา", "used_batik_wax"),
        ),
        needs=(
            N("บล็อกทองแดงลายใหม่", "batik_stamp"),
            N("สีเคมีย้อมผ้าบาติก ราคาส่ง", "synthetic_dye"),
        ),
    ),
    Sme(
        "bbk-036",
        "en",
        "Betong Silk Batik",
        ALC,
        MID,
        "Yala",
        "betongsilkbatik@gmail.com",
        offers=(("Batik tulis on Thai silk, 2.5 m", "batik_fabric_handdrawn"),),
        needs=(
            N("Blank silk yardage to wax and paint", "plain_silk_fabric"),
            X("Acid dyes for silk, small jars", "acid dyes: the dye sellers here stock only cotton dyes"),
        ),
    ),
    Sme(
        "bbk-037",
        "th",
        "หจก. ผ้าขาวรังสิต",
        ALC,
        MID,
        "Pathum Thani",
        "rangsit.white@gmail.com",
        offers=(
            ("ผ้ามัสลินขาว ฝ้าย 100% ม้วน 50 หลา", "plain_cotton_fabric"),
            ("ผ้าสาลูขาว หน้า 36 นิ้ว", "plain_cotton_fabric"),
        ),
        needs=(N("ผ้าดิบหน้ากว้าง เอามาฟอกเอง", "greige_cotton_fabric"),),
    ),
    Sme(
        "bbk-038",
        "th",
        "โรงงานผ้าเรยอนราชบุรี",
        ALC,
        MID,
        "Ratchaburi",
        "ratchaburi.rayon@gmail.com",
        offers=(("ผ้าเรยอนขาวเนื้อนิ่ม หน้า 45 นิ้ว", "plain_rayon_fabric"),),
        needs=(N("เส้นด้ายวิสโคส 40s", "rayon_yarn"),),
    ),
    Sme(
        "bbk-039",
        "en",
        "Chonnabot Plain Silk Weavers",
        ISAN,
        MID,
        "Khon Kaen",
        "chonnabot.silk@gmail.com",
        offers=(("Plain-weave Thai silk, undyed, 100 cm wide", "plain_silk_fabric"),),
        needs=(N("Boiled-off silk filament for weft", "silk_yarn"),),
        certs=("Peacock Emblem",),
    ),
    Sme(
        "bbk-040",
        "th",
        "กลุ่มทอไหมพื้นบ้านท่าสว่าง",
        ISAN,
        MID,
        "Surin",
        "thasawang.mai@gmail.com",
        offers=(("ผ้าไหมพื้นสีขาว ยังไม่ย้อม", "plain_silk_fabric"),),
        needs=(N("ไหมน้อย สาวมือ", "silk_yarn"),),
    ),
    Sme(
        "bbk-041",
        "th",
        "บาติกอ่าวนางศิลป์",
        ALC,
        MID,
        "Krabi",
        "aonang.batikart@gmail.com",
        offers=(
            ("ผ้าบาติกเขียนลายด้วยมือ ลายปลา ลายปะการัง", "batik_fabric_handdrawn"),
            ("รับเขียนลายบาติกบนเสื้อยืดที่ลูกค้าเอามาเอง", "batik_commission_service"),
        ),
        needs=(N("เทียนไขผสมสำเร็จ สำหรับงานเขียน", "batik_wax", "recycled_batik_wax"),),
    ),
    Sme(
        "bbk-042",
        "en",
        "Koh Chang Batik Art",
        ALC,
        MID,
        "Trat",
        "kohchangbatik@gmail.com",
        offers=(("Canting-drawn batik yardage, cotton, per metre", "batik_fabric_handdrawn"),),
        needs=(
            N("Prepared-for-dye cotton, white, GOTS certified", "plain_cotton_fabric", req=("GOTS",)),
            N("Someone to boil off our wax, we have no boiler", "wax_removal_service"),
        ),
    ),
    Sme(
        "bbk-043",
        "th",
        "โรงพิมพ์ปาเต๊ะปัตตานี",
        ALC,
        MID,
        "Pattani",
        "pattani.pateh@gmail.com",
        offers=(("ผ้าปาเต๊ะพิมพ์มือ ลายดอกจิก หลาละ 60 บาท", "batik_fabric_stamped"),),
        needs=(
            N("ผ้าเรยอนสีขาว ม้วนใหญ่", "plain_rayon_fabric"),
            N("น้ำยาล็อกสีหลังลงสี", "batik_fixer"),
        ),
    ),
    Sme(
        "bbk-044",
        "en",
        "Lanna Natural Batik",
        HEMP,
        MID,
        "Chiang Mai",
        "hello@lannanaturalbatik.com",
        offers=(
            ("Canting-drawn batik on handwoven cotton, natural dyes only", "natural_dye_batik_fabric"),
            ("Natural-dye batik scarves, 180 x 50 cm", "batik_scarf"),
        ),
        needs=(
            N("Plant dye stuff: barks, peels or leaves, dried", "natural_dye_material"),
            N("Handloom cotton, undyed", "handwoven_cotton_fabric"),
        ),
        certs=("Fairtrade",),
        bcg=("bio", "green"),
    ),
    Sme(
        "bbk-045",
        "th",
        "กลุ่มบาติกสีธรรมชาติกาฬสินธุ์",
        ISAN,
        MID,
        "Kalasin",
        "kalasin.naturalbatik@gmail.com",
        offers=(("ผ้าบาติกเขียนมือ ย้อมเปลือกประดู่กับครั่ง", "natural_dye_batik_fabric"),),
        needs=(N("ไขผึ้งบริสุทธิ์ สำหรับทำเทียนเขียนลาย", "beeswax"),),
        bcg=("bio",),
    ),
    Sme(
        "bbk-046",
        "en",
        "Siam Rotary Prints",
        ALC,
        MID,
        "Samut Sakhon",
        "sales@siamrotary.co.th",
        offers=(("Rotary-screen printed batik-look rayon, 5000 m MOQ", "batik_print_fabric"),),
        needs=(N("60 in white rayon base cloth", "plain_rayon_fabric"),),
        certs=("TIS",),
    ),
    Sme(
        "bbk-047",
        "th",
        "รับเขียนบาติกตะกั่วป่า",
        ALC,
        MID,
        "Phang Nga",
        "takuapa.batik@gmail.com",
        offers=(
            ("รับงานเขียนลายบาติกตามแบบ ลูกค้าส่งผ้ามาเอง", "batik_commission_service"),
            ("รับต้มลอกเทียนผ้าบาติก", "wax_removal_service"),
        ),
    ),
    Sme(
        "bbk-048",
        "en",
        "Hat Yai Dewaxing Service",
        CIRC,
        MID,
        "Songkhla",
        "dewax.hatyai@gmail.com",
        offers=(
            ("Wax boiling-off and washing of batik lengths, 24 h turnaround", "wax_removal_service"),
            ("Recovered wax cakes, dirty, unfiltered", "used_batik_wax"),
        ),
        needs=(X("Second-hand stainless steel boiling vat, 500 L", "equipment: nobody sells it in the set"),),
        bcg=("circular",),
    ),
    Sme(
        "bbk-049",
        "th",
        "โรงงานตัดเย็บอ้อมน้อย",
        CIRC,
        MID,
        "Samut Sakhon",
        "omnoi.sewing@gmail.com",
        offers=(
            ("รับตัดเย็บเสื้อเชิ้ตจากผ้าของลูกค้า ขั้นต่ำ 100 ตัว", "sewing_service"),
            ("เศษผ้าฝ้ายจากโต๊ะตัด ขายเป็นกระสอบ", "cotton_offcuts"),
        ),
        needs=(N("ผ้าคอตตอนย้อมสีแล้ว พร้อมตัด", "dyed_cotton_fabric"),),
        certs=("ISO 9001",),
    ),
    Sme(
        "bbk-050",
        "en",
        "Hat Yai Garment CMT",
        ALC,
        MID,
        "Songkhla",
        "cmt.hatyai@gmail.com",
        offers=(("Cut-make-trim of shirts and sarongs from your own batik", "sewing_service"),),
        needs=(X("Overlock machine mechanic on call", "machine repair: no one in the set offers it"),),
    ),
    Sme(
        "bbk-051",
        "th",
        "กลุ่มแม่บ้านตัดเย็บโพนทอง",
        ISAN,
        MID,
        "Roi Et",
        "phonthong.sew@gmail.com",
        offers=(("รับเย็บเสื้อผ้าตามสั่ง งานเย็บโหล", "sewing_service"),),
        needs=(N("ผ้าครามเป็นเมตร สำหรับเย็บเสื้อ", "indigo_dyed_cotton_fabric"),),
    ),
    Sme(
        "bbk-052",
        "en",
        "Motif Lab Design",
        ALC,
        MID,
        "Bangkok",
        "studio@motiflab.co",
        offers=(("Batik motif artwork, vector files, licensed per collection", "pattern_design_service"),),
    ),
    Sme(
        "bbk-053",
        "en",
        "Fang Organic Weaving",
        HEMP,
        MID,
        "Chiang Mai",
        "fangorganic@gmail.com",
        offers=(("Organic cotton voile, white, GOTS", "plain_cotton_fabric"),),
        needs=(N("Organic seed cotton, Organic Thailand certified", "raw_cotton_fibre", req=("Organic Thailand",)),),
        certs=("GOTS",),
        bcg=("bio",),
    ),
    Sme(
        "bbk-054",
        "en",
        "ProActive Knit Solutions",
        SPORT,
        MID,
        "Samut Prakan",
        "info@proactiveknit.com",
        offers=(
            ("Moisture-wicking polyester jersey knit, 160 gsm", "performance_fabric"),
            ("Sublimation printing on customer sportswear panels", "sublimation_printing_service"),
        ),
        needs=(X("Recycled PET yarn, GRS certified", "recycled polyester yarn: no one offers it", req=("GRS",)),),
        certs=("bluesign",),
    ),
    Sme(
        "bbk-055",
        "th",
        "กลุ่มม้งเขียนเทียนเขาค้อ",
        HEMP,
        MID,
        "Phetchabun",
        "khaokho.hmongbatik@gmail.com",
        offers=(("ผ้าใยกัญชงเขียนเทียนลายม้ง ย้อมคราม", "batik_fabric_handdrawn"),),
        needs=(
            N("ผ้ากัญชงผืนขาว ยังไม่เขียนลาย", "hemp_fabric"),
            N("ครามหมักพร้อมใช้", "indigo_paste"),
        ),
    ),
    # ------------------------------------------------------------ downstream: finished goods, shops, buyers
    Sme(
        "bbk-056",
        "th",
        "ร้านปาเต๊ะยะหริ่ง",
        ALC,
        DOWN,
        "Pattani",
        "yaring.pateh@gmail.com",
        offers=(
            ("ผ้าปาเต๊ะเย็บถุงแล้ว ผืนละ 180 บาท", "batik_sarong"),
            ("เศษผ้าปาเต๊ะจากการตัด ชั่งกิโลขาย", "batik_offcuts"),
        ),
        needs=(N("ผ้าบาติกแบบตอกลาย เป็นพับ ยังไม่ตัด", "batik_fabric_stamped"),),
    ),
    Sme(
        "bbk-057",
        "en",
        "Sungai Kolok Sarong House",
        ALC,
        DOWN,
        "Narathiwat",
        "kolok.sarong@gmail.com",
        offers=(
            ("Batik sarongs (kain), stitched tube, 2 m", "batik_sarong"),
            ("Leftover batik strips by the kilo", "batik_offcuts"),
        ),
        needs=(X("Cardboard display boxes printed with our logo", "packaging: no one in the set makes it"),),
    ),
    Sme(
        "bbk-058",
        "th",
        "ร้านผ้าถุงบาติกละงู",
        ALC,
        DOWN,
        "Satun",
        "langu.phathung@gmail.com",
        offers=(("ผ้าถุงบาติกสำเร็จ ลายดอกชบา มีตรา OTOP", "batik_sarong"),),
        needs=(N("คนรับเย็บผ้าถุงจากผ้าที่เราส่งไป", "sewing_service"),),
        certs=("OTOP",),
    ),
    Sme(
        "bbk-059",
        "th",
        "ร้านเสื้อบาติกป่าตอง",
        ALC,
        DOWN,
        "Phuket",
        "patong.batikshirt@gmail.com",
        offers=(("เสื้อเชิ้ตบาติกผู้ชาย ไซซ์ S-3XL ตัวละ 390", "batik_shirt"),),
        needs=(N("ผ้าบาติกย้อมสีธรรมชาติ ไม่เอาสีเคมี เอามาตัดเสื้อ", "natural_dye_batik_fabric"),),
    ),
    Sme(
        "bbk-060",
        "en",
        "Chatuchak Batik Shirts",
        ALC,
        DOWN,
        "Bangkok",
        "jj.batikshirts@gmail.com",
        offers=(("Ready-to-wear batik shirts, rayon, unisex, OEKO-TEX tested", "batik_shirt"),),
        needs=(N("CMT partner, ISO 9001 certified", "sewing_service", req=("ISO 9001",)),),
        certs=("OEKO-TEX",),
    ),
    Sme(
        "bbk-061",
        "th",
        "เสื้อบาติกเมืองตรัง",
        ALC,
        DOWN,
        "Trang",
        "trang.batikwear@gmail.com",
        offers=(("ชุดกระโปรงบาติกผู้หญิง ทรงหลวม ใส่สบาย", "batik_dress"),),
        needs=(N("นักออกแบบลายผ้า ส่งงานเป็นไฟล์", "pattern_design_service"),),
    ),
    Sme(
        "bbk-062",
        "th",
        "ผ้าพันคอไหมบาติกเชียงใหม่",
        HEMP,
        DOWN,
        "Chiang Mai",
        "cm.silkscarf@gmail.com",
        offers=(("ผ้าพันคอไหมเขียนเทียน ผืนละ 650 บาท", "batik_scarf"),),
        needs=(N("ผ้าไหมพื้น มีตรานกยูงพระราชทาน", "plain_silk_fabric", req=("Thai Silk Peacock Emblem",)),),
    ),
    Sme(
        "bbk-063",
        "th",
        "ผ้าคลุมไหล่สมิหลา",
        ALC,
        DOWN,
        "Songkhla",
        "samila.scarf@gmail.com",
        offers=(("ผ้าคลุมไหล่เรยอนลายบาติก 100 x 180 ซม.", "batik_scarf"),),
        needs=(N("หาคนเขียนเทียนบนผ้าเรยอนที่เราตัดไว้แล้ว", "batik_commission_service"),),
    ),
    Sme(
        "bbk-064",
        "th",
        "กระเป๋าบาติกเมืองคอน",
        ALC,
        DOWN,
        "Nakhon Si Thammarat",
        "nakhon.batikbag@gmail.com",
        offers=(
            ("กระเป๋าผ้าบาติกเขียนมือ ย้อมคราม มีซับใน", "batik_bag"),
            ("กระเป๋าสตางค์ผ้าปาเต๊ะ สินค้า OTOP", "batik_bag"),
        ),
        needs=(X("ซิปทองเหลืองเบอร์ 5 ยกกล่อง", "zips: no trims seller in the set"),),
        certs=("OTOP",),
    ),
    Sme(
        "bbk-065",
        "en",
        "Old Town Batik Bags",
        ALC,
        DOWN,
        "Phuket",
        "oldtownbags@gmail.com",
        offers=(("Tote bags in batik cotton, lined", "batik_bag"),),
        needs=(
            N(
                "Hand-drawn batik cloth for tote panels, Fairtrade only",
                "batik_fabric_handdrawn",
                "natural_dye_batik_fabric",
                req=("Fairtrade",),
            ),
        ),
    ),
    Sme(
        "bbk-066",
        "th",
        "ร้านครามสกล",
        ISAN,
        DOWN,
        "Sakon Nakhon",
        "khramsakon@gmail.com",
        offers=(
            ("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "handwoven_bag"),
            ("เสื้อผ้าฝ้ายย้อมครามคอจีน", "cotton_shirt"),
        ),
        needs=(N("ใครรับย้อมครามเสื้อสำเร็จรูปบ้าง", "indigo_dyeing_service"),),
    ),
    Sme(
        "bbk-067",
        "th",
        "บ้านบาติกสุราษฎร์",
        ALC,
        DOWN,
        "Surat Thani",
        "surat.batikhome@gmail.com",
        offers=(
            ("ปลอกหมอนอิงบาติก 16 นิ้ว", "batik_cushion_cover"),
            ("ผ้าปูโต๊ะบาติก ลายใบไม้", "batik_table_linen"),
        ),
        needs=(N("ผ้าพิมพ์ลายบาติก ราคาถูก ไม่ต้องเป็นบาติกแท้", "batik_print_fabric"),),
    ),
    Sme(
        "bbk-068",
        "en",
        "Chanthaburi Table Linen",
        ALC,
        DOWN,
        "Chanthaburi",
        "chanta.linen@gmail.com",
        offers=(("Batik table runners and napkins, sets of 6", "batik_table_linen"),),
        needs=(N("Someone to over-dye our finished runners in indigo", "indigo_dyeing_service"),),
    ),
    Sme(
        "bbk-069",
        "en",
        "Little Wax Hands DIY",
        ALC,
        DOWN,
        "Bangkok",
        "hi@littlewaxhands.com",
        offers=(("Batik DIY kit for kids: pre-drawn cotton square, cold wax, 6 dyes", "batik_diy_kit"),),
        needs=(
            N(
                "Cold-water batik dyes in small sachets, OEKO-TEX nice to have",
                "synthetic_dye",
                waive=("OEKO-TEX Standard 100",),
            ),
        ),
    ),
    Sme(
        "bbk-070",
        "th",
        "ศูนย์เรียนรู้บาติกสงขลา",
        ALC,
        DOWN,
        "Songkhla",
        "songkhla.batikcenter@gmail.com",
        offers=(
            ("สอนทำบาติก 1 วัน ทั้งเขียนและย้อม", "batik_course"),
            ("ชุดฝึกทำบาติกสำหรับเด็ก", "batik_diy_kit"),
        ),
        needs=(N("เทียนรีไซเคิล ราคาถูก ใช้สอนเด็ก", "recycled_batik_wax"),),
    ),
    Sme(
        "bbk-071",
        "th",
        "บ้านสอนบาติกคลองม่วง",
        ALC,
        DOWN,
        "Krabi",
        "klongmuang.batik@gmail.com",
        offers=(("เรียนระบายสีบาติก 3 ชั่วโมง รับไม่เกิน 12 คน", "batik_course"),),
        needs=(N("เทียนเขียนลาย ซื้อยกกระสอบ", "batik_wax", "recycled_batik_wax"),),
    ),
    Sme(
        "bbk-072",
        "th",
        "กลุ่มผ้าเหลือใช้ตรัง",
        CIRC,
        DOWN,
        "Trang",
        "trang.upcycle@gmail.com",
        offers=(
            ("หมอนอิงต่อผ้าจากเศษปาเต๊ะ", "upcycled_product"),
            ("พรมเช็ดเท้าถักจากเศษผ้า", "upcycled_product"),
        ),
        needs=(
            N("เศษผ้าบาติกชิ้นเล็ก", "batik_offcuts"),
            N("เศษผ้าคอตตอนจากโรงงาน เอามาถักพรม", "cotton_offcuts"),
        ),
        bcg=("circular",),
    ),
    Sme(
        "bbk-073",
        "en",
        "EasyWear Adaptive Clothing",
        ALC,
        DOWN,
        "Nonthaburi",
        "care@easywear.co.th",
        offers=(("Magnetic-button shirts for seniors, batik prints", "adaptive_garment"),),
        needs=(N("Printed rayon with batik motifs (not real wax batik)", "batik_print_fabric"),),
    ),
    Sme(
        "bbk-074",
        "th",
        "โรงงานผ้าปูที่นอนโคราช",
        ISAN,
        DOWN,
        "Nakhon Ratchasima",
        "korat.bedding@gmail.com",
        offers=(("ผ้าปูที่นอนคอตตอน 100% ได้ฉลากเขียว", "bed_linen"),),
        needs=(N("ผ้าดิบหน้ากว้าง 110 นิ้ว", "greige_cotton_fabric"),),
        certs=("Thai Green Label",),
        bcg=("green",),
    ),
    Sme(
        "bbk-075",
        "en",
        "Ayutthaya Home Linen",
        ALC,
        DOWN,
        "Ayutthaya",
        "sales@ayutthayalinen.com",
        offers=(("Fitted sheets and pillowcases, hospital grade, 250 thread count", "bed_linen"),),
        needs=(
            N("Bleached sheeting, OEKO-TEX certified", "plain_cotton_fabric", req=("OEKO-TEX Standard 100",)),
            N("Piece dyeing of our sheeting in pastel shades", "dyeing_service"),
        ),
    ),
    Sme(
        "bbk-076",
        "en",
        "Pattaya Cycle Kit",
        SPORT,
        DOWN,
        "Chonburi",
        "team@pattayacyclekit.com",
        offers=(("Running and cycling jerseys with batik-pattern sublimation print", "sportswear"),),
        needs=(N("Sublimation transfer onto our cut panels", "sublimation_printing_service"),),
    ),
    Sme(
        "bbk-077",
        "en",
        "Kata Sands Resort",
        ALC,
        DOWN,
        "Phuket",
        "purchasing@katasands.com",
        needs=(
            N("Batik activity for guests, instructor comes to the resort", "batik_course"),
            N(
                "Front-desk uniform tops in batik, 120 pcs, OEKO-TEX certified",
                "batik_shirt",
                req=("OEKO-TEX Standard 100",),
            ),
        ),
    ),
    Sme(
        "bbk-078",
        "th",
        "โรงแรมอ่าวนางบุรี",
        ALC,
        DOWN,
        "Krabi",
        "aonangburi.hotel@gmail.com",
        needs=(
            N("ชุดเครื่องนอนสำหรับห้องพัก ต้องได้ฉลากเขียว", "bed_linen", req=("Thai Green Label",)),
            N("ผ้าพันคอบาติกเป็นของที่ระลึก ไม่ต้องมี OTOP", "batik_scarf", waive=("OTOP",)),
        ),
    ),
    Sme(
        "bbk-079",
        "th",
        "เกาะช้างรีสอร์ท",
        ALC,
        DOWN,
        "Trat",
        "kohchang.resort@gmail.com",
        needs=(
            X("ผ้าเช็ดตัวสระว่ายน้ำ สีฟ้า", "towels: no one in the set makes them"),
            N("มีกิจกรรมระบายสีผ้าบาติกสำหรับเด็กไหม", "batik_course"),
        ),
    ),
    Sme(
        "bbk-080",
        "en",
        "Rayong Beach Hotel",
        ALC,
        DOWN,
        "Rayong",
        "fb@rayongbeachhotel.com",
        needs=(
            N("Batik cushion covers for 80 rooms", "batik_cushion_cover"),
            X("Blackout curtains, fire retardant", "no curtain maker in the set"),
        ),
    ),
    Sme(
        "bbk-081",
        "th",
        "โรงแรมบูติกล้านนาคราม",
        HEMP,
        DOWN,
        "Chiang Mai",
        "lannakhram.hotel@gmail.com",
        needs=(
            N("ผ้าย้อมครามเป็นเมตร ไว้ตกแต่งห้องพัก", "indigo_dyed_cotton_fabric"),
            X("ผ้าห่มฝ้ายทอมือ ขนาด 6 ฟุต", "handwoven blankets: no one in the set makes them"),
        ),
    ),
    Sme(
        "bbk-082",
        "th",
        "โรงเรียนบ้านเกาะยอวิทยา",
        ALC,
        DOWN,
        "Songkhla",
        "koyo.school@gmail.com",
        needs=(
            N("อุปกรณ์ทำบาติกแบ่งเป็นชุด ให้นักเรียน 40 คน", "batik_diy_kit"),
            N("สีสำหรับงานบาติกของนักเรียน ไม่เอาสีเคมี", "natural_dye_material", "indigo_paste"),
        ),
    ),
    Sme(
        "bbk-083",
        "en",
        "Riverside International School",
        ALC,
        DOWN,
        "Bangkok",
        "art@riverside-school.ac.th",
        needs=(
            N("Batik workshop for our Grade 5 art teachers?", "batik_course"),
            N("Tjanting tools for 30 students", "canting_tool"),
        ),
    ),
    Sme(
        "bbk-084",
        "th",
        "โรงเรียนเบตงพัฒนา",
        ALC,
        DOWN,
        "Yala",
        "betong.school@gmail.com",
        needs=(
            N(
                "ผ้าลายบาติกตัดชุดนักเรียนวันศุกร์ ต้องได้ มอก.",
                "batik_print_fabric",
                "batik_fabric_stamped",
                req=("Thai Industrial Standard",),
            ),
            N("เสื้อบาติกสำหรับครู 60 ตัว", "batik_shirt"),
        ),
    ),
    Sme(
        "bbk-085",
        "en",
        "Golden Years Care Home",
        ALC,
        DOWN,
        "Chiang Mai",
        "admin@goldenyearscare.com",
        needs=(
            N("Easy-dress tops with magnetic closures for residents", "adaptive_garment"),
            N("Gentle batik craft sessions for elderly residents", "batik_course"),
            N("Cotton draw sheets for beds", "bed_linen"),
        ),
    ),
    Sme(
        "bbk-086",
        "th",
        "บ้านพักผู้สูงอายุนนทบุรี",
        ALC,
        DOWN,
        "Nonthaburi",
        "nont.eldercare@gmail.com",
        needs=(
            N("เสื้อผู้สูงอายุ ใส่ง่าย ไม่ต้องติดกระดุม", "adaptive_garment"),
            N("ผ้าปูเตียงผ้าฝ้าย ฉลากเขียวไม่จำเป็น", "bed_linen", waive=("Thai Green Label",)),
        ),
    ),
    Sme(
        "bbk-087",
        "th",
        "ศูนย์ดูแลผู้สูงวัยขอนแก่น",
        ISAN,
        DOWN,
        "Khon Kaen",
        "kk.eldercare@gmail.com",
        needs=(
            N("ชุดผู้สูงอายุแบบติดตีนตุ๊กแก ใส่ถอดง่าย", "adaptive_garment"),
            X("แผ่นรองซับผู้ใหญ่", "adult incontinence pads: no one in the set"),
        ),
    ),
    Sme(
        "bbk-088",
        "en",
        "Samui Lotus Spa",
        ALC,
        DOWN,
        "Surat Thani",
        "spa@samuilotus.com",
        needs=(
            X("Sarongs for spa guests, natural dyes only, no synthetic dye", "no one offers natural-dye sarongs"),
            N("Pillow slips in batik for the relaxation lounge", "batik_cushion_cover"),
        ),
    ),
    Sme(
        "bbk-089",
        "th",
        "ร้านของฝากไทยสยาม",
        ALC,
        DOWN,
        "Bangkok",
        "thaisiam.souvenir@gmail.com",
        needs=(
            N("กระเป๋าลายเทียน สินค้าโอทอป", "batik_bag", req=("OTOP",)),
            N("ย่ามผ้าคราม", "handwoven_bag"),
        ),
    ),
    Sme(
        "bbk-090",
        "en",
        "Suvarnabhumi Craft Gallery",
        ALC,
        DOWN,
        "Samut Prakan",
        "buyer@suvarnacraft.com",
        needs=(
            N("Batik scarves for gift boxes", "batik_scarf"),
            N("Batik sarongs, OTOP rated", "batik_sarong", req=("OTOP",)),
        ),
    ),
    Sme(
        "bbk-091",
        "th",
        "ร้านของฝากหาดใหญ่",
        ALC,
        DOWN,
        "Songkhla",
        "hatyai.souvenir@gmail.com",
        needs=(
            N("ผ้าถุงลายเทียน ราคาส่ง", "batik_sarong"),
            X("ถุงกระดาษพิมพ์โลโก้ร้าน", "paper bags: no one in the set makes them"),
        ),
    ),
    Sme(
        "bbk-092",
        "en",
        "Fair Threads Export",
        HEMP,
        DOWN,
        "Chiang Mai",
        "buying@fairthreads.org",
        needs=(
            N("Fairtrade certified wax-resist stoles", "batik_scarf", req=("Fairtrade",)),
            N("Indigo-dyed cotton yardage, GOTS not required", "indigo_dyed_cotton_fabric", waive=("GOTS",)),
        ),
    ),
    Sme(
        "bbk-093",
        "en",
        "Andaman Culture Tours",
        ALC,
        DOWN,
        "Phuket",
        "tours@andamanculture.com",
        needs=(N("Batik making stop for tour groups of 20", "batik_course"),),
    ),
    Sme(
        "bbk-094",
        "th",
        "เทศบาลเมืองสตูล",
        ALC,
        DOWN,
        "Satun",
        "satun.municipality@gmail.com",
        needs=(N("เสื้อบาติกให้พนักงาน 300 ตัว", "batik_shirt"),),
    ),
    Sme(
        "bbk-095",
        "th",
        "ชมรมวิ่งหาดใหญ่มาราธอน",
        SPORT,
        DOWN,
        "Songkhla",
        "hatyai.runclub@gmail.com",
        needs=(
            N("เสื้อวิ่งพิมพ์ลายบาติก 2000 ตัว", "sportswear"),
            X("เหรียญรางวัลงานวิ่ง", "medals: no one in the set"),
        ),
    ),
)

# ---------------------------------------------------------------------------------------------------- checks

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_RE = re.compile("[\u0e00-\u0e7f]")
THAI_LETTER_RE = re.compile("[\u0e01-\u0e2e]")
LATIN_LETTER_RE = re.compile("[A-Za-z]")
FIELDS = ("id", "name", "sub_cluster", "stage", "province", "offers", "needs", "certifications", "bcg")


def thai_share(text: str) -> float:
    thai = len(THAI_LETTER_RE.findall(text))
    latin = len(LATIN_LETTER_RE.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def mentions(text: str, certification: str) -> bool:
    """Whether `text` names `certification` at all, affirmed or not."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for c in CERTIFICATIONS:
        if c.name == certification:
            names = (*c.mentions, *c.case_sensitive_mentions, *c.aliases)
            return any(unicodedata.normalize("NFKC", m).casefold() in folded for m in names)
    return False


def held(sme: Sme) -> frozenset[str]:
    return canonical_certifications(sme.certs)


def suppliers_of(need: Need, buyer: Sme) -> list[Sme]:
    return [
        s
        for s in SMES
        if s.id != buyer.id and any(label in need.labels for _, label in s.offers) and set(need.requires) <= held(s)
    ]


def compute_links() -> list[tuple[str, str]]:
    links = {(s.id, b.id) for b in SMES for n in b.needs for s in suppliers_of(n, b)}
    return sorted(links)


def wording(text: str) -> set[str]:
    """Words of English text, letter trigrams of Thai text (Thai has no spaces between words)."""
    folded = text.casefold()
    if THAI_RE.search(folded):
        return {folded[i : i + 3] for i in range(len(folded) - 2) if " " not in folded[i : i + 3]}
    return {word for word in re.findall(r"[a-z0-9]+", folded) if len(word) > 2}


def check_phrase(problems: list[str], where: str, text: str, language: str) -> None:
    if not text.strip() or text != text.strip() or "  " in text:
        problems.append(f"{where}: empty or badly spaced phrase {text!r}")
    if language == "th":
        if thai_share(text) < 0.6:
            problems.append(f"{where}: Thai phrase is not mostly Thai letters: {text!r}")
    elif THAI_RE.search(text) or not all(ch.isascii() and ch.isprintable() for ch in text):
        problems.append(f"{where}: English phrase has non-Latin characters: {text!r}")


def check() -> list[str]:
    problems: list[str] = []
    ids = [s.id for s in SMES]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        problems.append(f"ids must run {PREFIX}-001 .. {PREFIX}-{N_PROFILES:03d} in order, once each")
    offered: dict[str, set[str]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)
    for s in SMES:
        w = s.id
        if not ID_RE.match(s.id):
            problems.append(f"{w}: malformed id")
        if s.language not in ("th", "en"):
            problems.append(f"{w}: language {s.language!r}")
        if s.sub_cluster not in {c.value for c in SubCluster}:
            problems.append(f"{w}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in {c.value for c in Stage}:
            problems.append(f"{w}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            problems.append(f"{w}: province {s.province!r} does not resolve")
        if not EMAIL_RE.match(s.email):
            problems.append(f"{w}: email {s.email!r}")
        for c in s.certs:
            if resolve_certification(c) is None:
                problems.append(f"{w}: certification {c!r} does not resolve")
        for tag in s.bcg:
            if tag not in {b.value for b in BcgTag}:
                problems.append(f"{w}: bcg {tag!r}")
        if len(s.bcg) != len(set(s.bcg)) or len(held(s)) != len(s.certs):
            problems.append(f"{w}: repeated bcg tag or certification")
        if not s.offers and not s.needs:
            problems.append(f"{w}: neither offers nor needs")
        if len(s.offers) > 3 or len(s.needs) > 3:
            problems.append(f"{w}: more than 3 offers or needs")
        check_phrase(problems, f"{w} name", s.name, s.language)
        texts = [t for t, _ in s.offers] + [n.text for n in s.needs]
        if len(set(texts)) != len(texts):
            problems.append(f"{w}: repeated phrase")
        for text, label in s.offers:
            check_phrase(problems, f"{w} offer", text, s.language)
            if not re.fullmatch(r"[a-z][a-z0-9_]*", label):
                problems.append(f"{w}: bad label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= held(s):
                problems.append(f"{w}: offer {text!r} claims {sorted(claimed - held(s))} the SME does not hold")
        for n in s.needs:
            where = f"{w} need {n.text!r}"
            check_phrase(problems, f"{w} need", n.text, s.language)
            asked = find_certifications(n.text)
            if asked != set(n.requires):
                problems.append(f"{where}: text asks for {sorted(asked)}, labelled {sorted(n.requires)}")
            for c in (*n.requires, *n.waives):
                if resolve_certification(c) != c:
                    problems.append(f"{where}: {c!r} is not a canonical certification name")
                if not mentions(n.text, c):
                    problems.append(f"{where}: {c!r} is not named in the text")
            for c in n.waives:
                if c in asked:
                    problems.append(f"{where}: waived {c!r} reads as required")
            if n.unmet:
                if n.labels:
                    problems.append(f"{where}: met by no one but lists labels")
                continue
            if not n.labels:
                problems.append(f"{where}: no labels and no note")
            for label in n.labels:
                if not offered.get(label, set()) - {s.id}:
                    problems.append(f"{where}: label {label!r} is offered by no one else")
            suppliers = suppliers_of(n, s)
            if not suppliers:
                problems.append(f"{where}: no qualified supplier")
            for sup in suppliers:
                for text, label in sup.offers:
                    need_words = wording(n.text)
                    shared = len(need_words & wording(text)) / max(1, len(need_words))
                    if label in n.labels and shared >= MAX_SHARED_WORDING:
                        problems.append(f"{where}: worded too much like the offer {text!r} that meets it")
    problems += check_targets()
    return problems


def check_targets() -> list[str]:
    problems: list[str] = []
    links = compute_links()
    by_id = {s.id: s for s in SMES}
    thai = sum(s.language == "th" for s in SMES) / len(SMES)
    if not THAI_SHARE_MIN <= thai <= THAI_SHARE_MAX:
        problems.append(f"Thai share {thai:.0%} outside {THAI_SHARE_MIN:.0%}-{THAI_SHARE_MAX:.0%}")
    if not LINKS_MIN <= len(links) <= LINKS_MAX:
        problems.append(f"{len(links)} true links, outside {LINKS_MIN}-{LINKS_MAX}")
    cross = sum(by_id[a].language != by_id[b].language for a, b in links) / max(1, len(links))
    if not CROSS_SHARE_MIN <= cross <= CROSS_SHARE_MAX:
        problems.append(f"cross-language share {cross:.0%} outside {CROSS_SHARE_MIN:.0%}-{CROSS_SHARE_MAX:.0%}")
    needs = [(s, n) for s in SMES for n in s.needs]
    unmet = sum(bool(n.unmet) for _, n in needs)
    if not UNMET_MIN <= unmet <= UNMET_MAX:
        problems.append(f"{unmet} needs met by no one, outside {UNMET_MIN}-{UNMET_MAX}")
    met_by = [len(suppliers_of(n, s)) for s, n in needs if not n.unmet]
    if sum(1 <= k <= 3 for k in met_by) < 0.75 * len(met_by) or max(met_by) <= 3:
        problems.append("most met needs should have 1-3 suppliers, and some more")
    if not any(n.requires for _, n in needs) or not any(n.waives for _, n in needs):
        problems.append("no need requires a certification, or none waives one")
    if all(s.offers for s in SMES) or all(s.needs for s in SMES):
        problems.append("some SMEs should have no offers and some no needs")
    return problems


# ---------------------------------------------------------------------------------------------------- output


def profile(s: Sme) -> dict[str, object]:
    row: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certs:
        row["certifications"] = list(s.certs)
    if s.bcg:
        row["bcg"] = list(s.bcg)
    row["contact_email"] = s.email
    row["language"] = s.language
    return row


def counts(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in SMES}
    needs = [(s, n) for s in SMES for n in s.needs]
    rows: list[tuple[str, str]] = [("profiles", str(len(SMES)))]
    lang = Counter(s.language for s in SMES)
    rows.append(("Thai / English profiles", f"{lang['th']} / {lang['en']}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster `{sub.value}`", str(sum(s.sub_cluster == sub.value for s in SMES))))
    for stage in Stage:
        rows.append((f"stage `{stage.value}`", str(sum(s.stage == stage.value for s in SMES))))
    regions = Counter(resolve_province(s.province).region.value for s in SMES)  # type: ignore[union-attr]
    for region, number in sorted(regions.items()):
        rows.append((f"region `{region}`", str(number)))
    provinces = {resolve_province(s.province).name_en for s in SMES}  # type: ignore[union-attr]
    rows.append(("distinct provinces", str(len(provinces))))
    rows.append(("offers", str(sum(len(s.offers) for s in SMES))))
    rows.append(("distinct offer labels", str(len({label for s in SMES for _, label in s.offers}))))
    rows.append(("needs", str(len(needs))))
    met = sum(not n.unmet for _, n in needs)
    rows.append(("needs met / met by no one", f"{met} / {len(needs) - met}"))
    rows.append(("needs requiring a certification", str(sum(bool(n.requires) for _, n in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(n.waives) for _, n in needs))))
    rows.append(("true links", str(len(links))))
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    share = cross / len(links) if links else 0.0
    rows.append(("cross-language links (share)", f"{cross} ({share:.1%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        )
    )
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """# `eval/blind_plain_batik`: hand-labelled batik matchmaking set

## What it checks

Whether the matchmaker finds the true supplier-buyer pairs among {profiles} SME profiles whose offers and needs
are written as plain registry entries (one short phrase each) on a batik theme: hand-drawn (canting) and
block-stamped batik, batik wax and tools, dyes, white cloth, indigo, wax removal (boiling off), sewing,
batik sarongs, shirts, scarves, bags and home textiles, batik courses, and the hotels, schools, care homes,
shops and offices that buy them, next to ordinary upstream and midstream suppliers (cotton, hemp, silk,
yarn, greige and bleached cloth, dyeing, textile waste and recycled fibre). About half of the profiles are
in Thai, the rest in English, and about half of the true links cross languages. The matcher has never seen
this wording: needs are worded differently from the offers that meet them, often in the other language,
with local and trade names (ปาเต๊ะ, ผ้าถุง, โสร่ง, หม้อห้อม, จันติ้ง/ชันติ้ง, tjanting, cap, tulis, PFD, loomstate).

Hard but fair cases it contains:

- a service versus the goods it works on: indigo dyeing of the customer's garments versus indigo-dyed
  cloth; commission dyeing versus dyed poplin; sewing for others versus finished shirts; drawing batik on
  the customer's own cloth versus batik cloth; boiling off wax versus reclaimed wax; sublimation printing
  versus printed jerseys;
- waste and used goods versus new: wax skimmed from boil-off vats versus reclaimed wax versus new batik
  wax; batik and cotton offcuts, used clothing, recycled fibre and yarn;
- raw versus processed: seed cotton and lint, handspun versus mill yarn, raw versus filtered beeswax,
  greige versus bleached cloth, fresh indigo plants versus indigo paste, cocoons versus silk yarn;
- finished goods described by material, colour or technique (a hand-drawn indigo batik bag is a bag; a
  magnetic-button shirt with batik prints is an adaptive garment; batik-look screen prints are not batik);
- needs written as a wish, a bare noun phrase or a question; refusals ("ไม่เอาสีเคมี", "not real wax
  batik"); needs that require a named certification and needs that name one only to waive it;
- {unmet} needs that no one in the set meets.

## How it was written

By hand, by a writer who read only Section 1 of `/work/shared/contracts/CONTRACTS.md` (the profile
format and the links CSV), `shared/taxonomy.py` with the files in `shared/taxonomy_data/`, and the
`[tool.ruff]` section of `pyproject.toml`. All data lives in `write.py`; every province resolves with
`resolve_province`, every certification with `resolve_certification`, and sub-cluster, stage and BCG
values are the taxonomy's.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels that
would meet it and the certifications its text requires, or is marked as met by no one with a short note.
A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of
the buyer's needs and the supplier's certifications (in canonical names) hold every certification that
need requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link; what changes what the thing is does. A waived certification ("GOTS not required",
"ไม่ต้องมี OTOP") is not required. Labels live only in `write.py`; the profiles carry none.

Before writing, the script checks that ids are unique and well formed, every contract field is valid,
every label a need lists is offered by someone other than the buyer, every met need has a qualified
supplier, the certifications the taxonomy finds in a need's text are exactly those it requires, a waived
certification is named in the text without being asked for, Thai phrases are mostly Thai letters and
English ones ASCII, needs do not copy the wording of the offers that meet them, and the size targets
hold. It writes nothing if any check fails.

## Regenerate

From the repository root:

```
.venv/bin/python eval/blind_plain_batik/write.py
```

The output is deterministic: two runs give identical bytes.

## Files

- `write.py`: the data, the checks and the writer.
- `profiles.jsonl`: {profiles} profiles in the cluster profile format (JSONL version 1), ids
  `{first}` to `{last}`, no labels.
- `links.csv`: the {links} true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render() -> dict[str, str]:
    links = compute_links()
    rows = counts(links)
    profiles = "".join(json.dumps(profile(s), ensure_ascii=False) + "\n" for s in SMES)
    links_csv = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    readme = README.format(
        profiles=len(SMES),
        unmet=sum(bool(n.unmet) for s in SMES for n in s.needs),
        first=SMES[0].id,
        last=SMES[-1].id,
        links=len(links),
        table=table(rows),
    )
    return {"profiles.jsonl": profiles, "links.csv": links_csv, "README.md": readme}


def main() -> int:
    problems = check()
    if problems:
        for problem in problems:
            print("problem:", problem)
        print(f"{len(problems)} problems; nothing written")
        return 1
    files = render()
    if files != render():
        print("problem: two renderings differ; nothing written")
        return 1
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table(counts(compute_links())), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
