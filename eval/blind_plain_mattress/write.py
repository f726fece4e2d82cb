"""Write the hand-labelled evaluation set `eval/blind_plain_mattress/`.

Theme: mattresses and pillows (latex, kapok, coir, foam, fibre and feather filling, ticking, quilting,
tape-edge sewing, mattress recycling) with the hotels, hospitals, dormitories, care homes and shops that
buy them, plus ordinary fibre, yarn, cloth, dyeing and sewing suppliers.

Every offer carries a label saying what the thing is; every need lists the labels that would meet it and
the certifications its text requires, or is marked as met by no one. The true links follow from those
labels alone. Labels live only in this file; the profiles carry none.

Run from the repository root:  .venv/bin/python eval/blind_plain_mattress/write.py
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
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PREFIX = "bmr"
N_PROFILES = 95
LINK_RANGE = (160, 180)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

# sub-clusters and stages (checked against shared.taxonomy)
HNF = "hemp_natural_fibre"
CT = "circular_textile"
SPT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"


def taxonomy() -> Any:
    """shared.taxonomy, imported after putting the repository root on sys.path."""
    sys.dont_write_bytecode = True  # write nothing outside this folder
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from shared import taxonomy as module

    return module


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # a note; non-empty means no one in the set meets this need


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[Offer, ...] = ()
    needs: tuple[Need, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def u(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req` name a near miss, if any."""
    return Need(text, labels, req, (), note)


# ------------------------------------------------------------------ the profiles

OEKO = "OEKO-TEX Standard 100"
TIS = "Thai Industrial Standard"

SMES_1 = [
    # --- latex: south
    Sme(
        "bmr-001",
        "th",
        "สหกรณ์กองทุนสวนยางบ้านคลองแงะ จำกัด",
        HNF,
        UP,
        "Songkhla",
        "klongngae.coop@gmail.com",
        offers=(
            o("น้ำยางข้น 60% DRC ส่งเป็นแท็งก์ ขั้นต่ำ 10 ตัน", "latex_concentrate"),
            o("ยางก้อนถ้วย ขี้ยาง ราคาตามตลาดกลางหาดใหญ่", "rubber_cup_lump"),
        ),
        bcg=("bio",),
    ),
    Sme(
        "bmr-002",
        "en",
        "Hat Yai Latex Foam Co., Ltd.",
        HNF,
        MID,
        "Songkhla",
        "sales@hatyailatexfoam.co.th",
        offers=(
            o("Dunlop latex foam slabs 2.5-15 cm, cut to size", "latex_foam_sheet"),
            o("Shredded latex crumb from trimmings, 20 kg bags", "latex_foam_scrap"),
        ),
        needs=(n("Centrifuged NR latex, high ammonia, tanker loads monthly", "latex_concentrate"),),
        certs=(OEKO, "ISO 9001"),
        bcg=("bio",),
    ),
    Sme(
        "bmr-003",
        "th",
        "ที่นอนยางพาราลุงเพิ่ม พัทลุง",
        HNF,
        DOWN,
        "Phatthalung",
        "lungperm.latex@gmail.com",
        offers=(
            o("ที่นอนยางพาราแท้ หนา 6 นิ้ว 3.5 / 5 / 6 ฟุต", "latex_mattress"),
            o("หมอนยางพาราทรงคลื่น ลดกรน ส่งร้านค้า", "latex_pillow"),
        ),
        needs=(n("ยางพาราแผ่นสำเร็จ หนา 2-4 นิ้ว ไว้ทำท็อปเปอร์", "latex_foam_sheet"),),
        bcg=("bio",),
    ),
    Sme(
        "bmr-004",
        "th",
        "กลุ่มเกษตรกรชาวสวนยางนาโยง",
        HNF,
        UP,
        "Trang",
        "nayong.rubber@gmail.com",
        offers=(
            o("น้ำยางสดปั่นข้น พร้อมส่งโรงงานหมอน", "latex_concentrate"),
            o("ยางแผ่นรมควันชั้น 3 (RSS3)", "rubber_smoked_sheet"),
        ),
        needs=(u("รถบรรทุกแท็งก์รับจ้างขนน้ำยาง ตรัง-หาดใหญ่", "road haulage; no transport firm in the set"),),
        bcg=("bio",),
    ),
    Sme(
        "bmr-005",
        "en",
        "Tapee Latex Products Ltd.",
        HNF,
        MID,
        "Surat Thani",
        "export@tapeelatex.com",
        offers=(o("Latex topper cores, 5 and 7.5 cm, pinhole", "latex_foam_sheet"),),
        needs=(
            n("Natural rubber latex concentrate, 60% dry rubber", "latex_concentrate"),
            n("Stretch knit cover cloth for toppers, 220 cm wide", "mattress_ticking_fabric"),
        ),
        certs=("ISO 9001",),
    ),
    Sme(
        "bmr-006",
        "en",
        "Siam Sleep Gallery",
        ALC,
        DOWN,
        "Bangkok",
        "buying@siamsleepgallery.com",
        offers=(o("Bed delivery and set-up across Bangkok", "bed_delivery_service"),),
        needs=(
            n("Pure latex mattresses for resale; OEKO-TEX welcome but not required", "latex_mattress", waive=(OEKO,)),
            u("Teak bed frames, king size", "bed frames; no furniture maker in the set"),
        ),
    ),
    Sme(
        "bmr-007",
        "th",
        "บริษัท ยางพาราหลับสบาย จำกัด",
        HNF,
        DOWN,
        "Songkhla",
        "info@labsabai-latex.co.th",
        offers=(
            o("ที่นอนลาเท็กซ์ ปลอกถอดซักได้ ส่งทั่วประเทศ", "latex_mattress"),
            o("หมอนลาเท็กซ์เด็ก ทรงเตี้ย", "latex_pillow"),
            o("ท็อปเปอร์ยางพารา 2 นิ้ว", "latex_topper"),
        ),
        needs=(n("แผ่นกาบมะพร้าวอัดยาง ใช้เป็นชั้นกลางที่นอน", "rubberised_coir_sheet"),),
        certs=(OEKO,),
        bcg=("bio",),
    ),
    Sme(
        "bmr-008",
        "th",
        "วิสาหกิจชุมชนหมอนยางพาราบ้านนาเคียน",
        HNF,
        DOWN,
        "Nakhon Si Thammarat",
        "naakian.pillow@gmail.com",
        offers=(o("หมอนยางบดยัดปลอกฝ้าย ใบละ 250 บาท", "latex_pillow"),),
        needs=(
            n("เศษยางพาราฟองน้ำ ตัดขอบ หรือบดแล้ว", "latex_foam_scrap"),
            n("ผ้าฝ้ายทอมือ สีขาวนวล ไม่ย้อม ไว้ทำปลอกหมอน", "handwoven_cotton_fabric"),
        ),
        certs=("OTOP",),
        bcg=("bio", "circular"),
    ),
    # --- kapok
    Sme(
        "bmr-009",
        "th",
        "กลุ่มแม่บ้านสวนนุ่นหนองฉาง",
        HNF,
        UP,
        "Uthai Thani",
        "nongchang.kapok@gmail.com",
        offers=(o("ฝักนุ่นแห้งทั้งฝัก ยังไม่แกะ ขายเป็นกระสอบ", "kapok_pods_raw"),),
        needs=(u("เครื่องดีดนุ่นมือสอง สภาพดี", "second-hand ginning machine; nobody sells machinery"),),
        bcg=("bio",),
    ),
    Sme(
        "bmr-010",
        "th",
        "โรงดีดนุ่นเจ๊หงส์ ลพบุรี",
        HNF,
        UP,
        "Lopburi",
        "hong.kapok.lopburi@gmail.com",
        offers=(
            o("นุ่นดีดคัดเมล็ดออกแล้ว กิโลละ 90 บาท", "kapok_fibre_cleaned"),
            o("รับรื้อที่นอนนุ่นเก่า ดีดใหม่ ยัดใหม่ ลูกค้านำมาเอง", "kapok_refill_service"),
        ),
        needs=(n("รับซื้อลูกนุ่นทั้งเปลือก ปริมาณมาก ตลอดปี", "kapok_pods_raw"),),
    ),
    Sme(
        "bmr-011",
        "en",
        "Kwai River Kapok Farm",
        HNF,
        UP,
        "Kanchanaburi",
        "hello@kwaikapok.com",
        offers=(
            o("Whole dried kapok pods, harvest Feb-Apr", "kapok_pods_raw"),
            o("Ginned kapok floss, seed-free, 20 kg bales", "kapok_fibre_cleaned"),
        ),
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    Sme(
        "bmr-012",
        "th",
        "กลุ่มหมอนขิดบ้านศรีฐาน",
        ALI,
        DOWN,
        "Yasothon",
        "sithan.khitpillow@gmail.com",
        offers=(
            o("หมอนขวานลายขิด ยัดนุ่นแน่น 10 ช่อง", "triangle_pillow"),
            o("ฟูกนุ่นพับสามตอน ผ้าลายไทย", "kapok_mattress"),
        ),
        needs=(
            n("ปุยนุ่นสะอาด ไม่มีเมล็ด ส่งเป็นกระสอบ", "kapok_fibre_cleaned"),
            n("ผ้าขิดทอมือเป็นม้วน ลายโบราณ", "khit_woven_fabric"),
        ),
        certs=("OTOP",),
    ),
    Sme(
        "bmr-013",
        "en",
        "Korat Kapok & Fibre Trading",
        HNF,
        UP,
        "Nakhon Ratchasima",
        "korat.kapok@outlook.com",
        offers=(
            o("Kapok fibre, cleaned, vacuum-packed 5 kg", "kapok_fibre_cleaned"),
            o("HCS fibre 7D, hollow siliconised, for pillows", "polyester_fibre_fill"),
        ),
        needs=(n("Raw kapok fruit from farmers, unopened", "kapok_pods_raw"),),
    ),
    Sme(
        "bmr-014",
        "th",
        "กลุ่มทอผ้าขิดบ้านหนองแคน",
        ALI,
        MID,
        "Roi Et",
        "nongkaen.weave@gmail.com",
        offers=(o("ผ้าขิดทอมือ กว้าง 40 ซม. ม้วนละ 20 เมตร", "khit_woven_fabric"),),
        needs=(n("เส้นฝ้ายย้อมคราม ย้อมขมิ้น ย้อมครั่ง", "natural_dyed_cotton_yarn"),),
        certs=("OTOP",),
    ),
    Sme(
        "bmr-015",
        "en",
        "Isan Comfort Pillows",
        ALI,
        DOWN,
        "Amnat Charoen",
        "orders@isancomfort.org",
        offers=(
            o("Kapok-filled triangle cushions with khit cotton covers", "triangle_pillow"),
            o("Kapok baby pillows, 30 x 40 cm", "kapok_pillow"),
        ),
        needs=(
            n("Supplementary-weft cloth by the metre", "khit_woven_fabric"),
            n("kapok floss, Organic Thailand certified", "kapok_fibre_cleaned", req=("Organic Thailand",)),
        ),
        bcg=("bio",),
    ),
    Sme(
        "bmr-016",
        "th",
        "กลุ่มหมอนขวานบ้านโพน",
        ALI,
        DOWN,
        "Kalasin",
        "banphon.pillow@gmail.com",
        offers=(o("หมอนสามเหลี่ยมผ้าไหมแพรวา พับ 3", "triangle_pillow"),),
        needs=(
            n(
                "นุ่น หรือ ใยสังเคราะห์ สำหรับอัดหมอน",
                "kapok_fibre_cleaned",
                "polyester_fibre_fill",
                "microfibre_ball_fill",
                "recycled_polyester_fibre_fill",
            ),
        ),
        certs=("OTOP",),
    ),
    # --- coir
    Sme(
        "bmr-017",
        "th",
        "กลุ่มแปรรูปมะพร้าวท่าแซะ",
        HNF,
        UP,
        "Chumphon",
        "thasae.coco@gmail.com",
        offers=(
            o("ใยมะพร้าวตีเส้น อัดก้อน ก้อนละ 100 กก.", "coconut_coir_fibre"),
            o("ขุยมะพร้าวร่อน สำหรับเพาะชำ", "coir_pith"),
        ),
        bcg=("bio", "circular"),
    ),
    Sme(
        "bmr-018",
        "en",
        "Bang Saphan Coco Fibre",
        HNF,
        UP,
        "Prachuap Khiri Khan",
        "bangsaphan.coco@gmail.com",
        offers=(
            o("Brown coir fibre, mattress grade, baled", "coconut_coir_fibre"),
            o("Coco peat blocks 5 kg", "coir_pith"),
        ),
        bcg=("bio", "circular"),
    ),
    Sme(
        "bmr-019",
        "th",
        "โรงงานใยมะพร้าวอัดยางบ้านโป่ง",
        HNF,
        MID,
        "Ratchaburi",
        "banpong.coir@gmail.com",
        offers=(
            o("แผ่นใยมะพร้าวผสมน้ำยาง หนา 3-10 ซม.", "rubberised_coir_sheet"),
            o("ที่นอนใยมะพร้าว แน่นแข็ง สำหรับคนปวดหลัง", "coir_mattress"),
        ),
        needs=(
            n("เส้นใยกาบมะพร้าว เส้นยาว ไม่มีขุยปน", "coconut_coir_fibre"),
            n("ยางข้นสำหรับพ่นยึดเส้นใย", "latex_concentrate"),
        ),
        bcg=("bio",),
    ),
    Sme(
        "bmr-020",
        "en",
        "Mae Klong Coir Boards",
        HNF,
        MID,
        "Samut Songkhram",
        "maeklongcoir@gmail.com",
        offers=(o("Rubberized coir pads for mattress cores", "rubberised_coir_sheet"),),
        needs=(n("Coconut husk fibre, long, dust-free - any Thai source?", "coconut_coir_fibre"),),
    ),
    # --- foam
    Sme(
        "bmr-021",
        "en",
        "Prakan Foam Industries Co., Ltd.",
        SPT,
        MID,
        "Samut Prakan",
        "sales@prakanfoam.co.th",
        offers=(
            o("PU foam blocks and sheets, 18-40 kg/m3", "pu_foam_block"),
            o("Viscoelastic memory foam 50D, cut to size", "memory_foam_block"),
        ),
        needs=(u("TDI and polyol on annual contract", "foam chemicals; no chemical supplier in the set"),),
        certs=("ISO 9001", OEKO),
    ),
    Sme(
        "bmr-022",
        "en",
        "Mahachai Foam Scrap Buyers",
        CT,
        UP,
        "Samut Sakhon",
        "mahachai.foamscrap@gmail.com",
        offers=(o("Sorted PU foam trim from factories, by the sack", "pu_foam_scrap"),),
        bcg=("circular",),
    ),
    Sme(
        "bmr-023",
        "th",
        "บจก. ฟองน้ำอัดนครปฐม",
        CT,
        MID,
        "Nakhon Pathom",
        "rebond.npt@gmail.com",
        offers=(o("ฟองน้ำอัดรีบอนด์ ความหนาแน่น 60-120", "rebonded_foam_sheet"),),
        needs=(n("เศษฟองน้ำจากโรงงานโซฟาและที่นอน ทุกสี", "pu_foam_scrap"),),
        bcg=("circular",),
    ),
    Sme(
        "bmr-024",
        "en",
        "EastCycle Mattress Recovery",
        CT,
        UP,
        "Chonburi",
        "pickup@eastcycle.co.th",
        offers=(
            o("Old mattress take-back and dismantling for hotels", "mattress_recycling_service"),
            o("Baled PU foam from dismantled mattresses", "pu_foam_scrap"),
            o("Recovered spring units, sold as scrap steel", "scrap_steel"),
        ),
        needs=(n("End-of-life mattresses from hotels and dorms", "used_mattresses"),),
        certs=("ISO 14001",),
        bcg=("circular",),
    ),
    # --- filling fibre and feathers
    Sme(
        "bmr-025",
        "th",
        "บริษัท รีไฟเบอร์ไทย จำกัด",
        CT,
        UP,
        "Saraburi",
        "sales@refiberthai.co.th",
        offers=(o("ใยโพลีเอสเตอร์รีไซเคิลจากขวดเพ็ท สำหรับยัดหมอน", "recycled_polyester_fibre_fill"),),
        needs=(u("เกล็ดขวด PET ล้างสะอาด", "PET bottle flakes; nobody offers them"),),
        certs=("GRS",),
        bcg=("circular",),
    ),
    Sme(
        "bmr-026",
        "en",
        "Rayong Fibre Tech Co., Ltd.",
        SPT,
        UP,
        "Rayong",
        "psf@rayongfibre.com",
        offers=(
            o("Hollow conjugated siliconized PSF 7D x 64 mm", "polyester_fibre_fill"),
            o("Down-alternative ball fibre 1.2D", "microfibre_ball_fill"),
            o("rPET staple fibre from bottle flake", "recycled_polyester_fibre_fill"),
        ),
    ),
    Sme(
        "bmr-027",
        "th",
        "ร้านใยสังเคราะห์รังสิต",
        ALC,
        UP,
        "Pathum Thani",
        "rangsit.fiber@gmail.com",
        offers=(
            o("ใยยัดหมอนเกรด A กิโลละ 75 บาท", "polyester_fibre_fill"),
            o("ใยลูกบอล ไมโครไฟเบอร์ นุ่มแบบขนห่าน", "microfibre_ball_fill"),
            o("ใยแผ่นบุ 2 ออนซ์ สำหรับงานควิลท์", "polyester_wadding"),
        ),
    ),
    Sme(
        "bmr-028",
        "th",
        "โรงงานขนเป็ดสองพี่น้อง",
        ALC,
        UP,
        "Suphan Buri",
        "songpeenong.feather@gmail.com",
        offers=(
            o("ขนเป็ดล้างฆ่าเชื้อ อบแห้ง เกรดยัดหมอน", "duck_feather_down_fill"),
            o("ขนเป็ดดิบจากโรงเชือด ยังไม่ล้าง", "raw_duck_feathers"),
        ),
    ),
    Sme(
        "bmr-029",
        "en",
        "Feather & Down Processing (Thailand)",
        ALC,
        UP,
        "Nakhon Pathom",
        "fdp.thailand@gmail.com",
        offers=(o("Washed, sterilised duck down 90/10", "duck_feather_down_fill"),),
        needs=(n("Unwashed feathers straight from duck slaughterhouses", "raw_duck_feathers"),),
    ),
    # --- ticking
    Sme(
        "bmr-030",
        "en",
        "Sakhon Knit Ticking Co., Ltd.",
        SPT,
        MID,
        "Samut Sakhon",
        "ticking@sakhonknit.com",
        offers=(
            o("Circular-knit mattress ticking, jacquard, 210-240 cm", "mattress_ticking_fabric"),
            o("Coolmax-type cooling ticking for sports bedding", "mattress_ticking_fabric"),
            o("3D spacer mesh for mattress borders", "spacer_mesh_fabric"),
        ),
        needs=(
            n("Combed 30s knitting yarn, raw white, 100% cotton", "cotton_yarn", "organic_cotton_yarn"),
            n("GOTS-certified yarn for an eco ticking line", "organic_cotton_yarn", req=("GOTS",)),
        ),
        certs=(OEKO,),
    ),
]

SMES_2 = [
    Sme(
        "bmr-031",
        "th",
        "โรงงานผ้าหุ้มที่นอน บางบอน",
        CT,
        MID,
        "Bangkok",
        "bangbon.ticking@gmail.com",
        offers=(
            o("ผ้าดามัสก์ทอหุ้มที่นอน หน้า 2.2 ม.", "mattress_ticking_fabric"),
            o("ผ้าควิลท์พร้อมใย 1 ออนซ์ ตามแบบลูกค้า", "quilted_panel"),
        ),
        needs=(
            n("ใยบุแบบม้วน หนา 1-2 ออนซ์", "polyester_wadding"),
            u("ใยแผ่นกันไฟ ผ่านมาตรฐานลามไฟ", "fire-retardant wadding; nobody offers it"),
        ),
    ),
    Sme(
        "bmr-032",
        "th",
        "ร้านรับควิลท์ผ้าบางใหญ่",
        ALC,
        MID,
        "Nonthaburi",
        "bangyai.quilt@gmail.com",
        offers=(o("รับเดินควิลท์ผ้าของลูกค้า ลายข้าวหลามตัด ลายคลื่น", "quilting_service"),),
        needs=(u("ด้ายเย็บโพลีเอสเตอร์ สีขาว หลอดใหญ่", "sewing thread; nobody offers it"),),
    ),
    Sme(
        "bmr-033",
        "en",
        "Mattress Edge Services Co.",
        CT,
        MID,
        "Bangkok",
        "edge@mattressedge.co.th",
        offers=(
            o("Tape-edge closing of mattress panels, your materials", "mattress_tape_edge_service"),
            o("Cut-and-sew of mattress borders and covers to spec", "bedding_cmt_sewing_service"),
        ),
        needs=(n("PP binding tape 32 mm, rolls", "edge_binding_tape"),),
    ),
    Sme(
        "bmr-034",
        "th",
        "ร้านเทปขอบที่นอน คลองหลวง",
        CT,
        MID,
        "Pathum Thani",
        "khlongluang.tape@gmail.com",
        offers=(o("เทปพันขอบที่นอน PP กว้าง 32 มม. ม้วน 500 หลา", "edge_binding_tape"),),
    ),
    Sme(
        "bmr-035",
        "th",
        "ร้านรับเย็บปลอกหมอน ขอนแก่น",
        ALI,
        MID,
        "Khon Kaen",
        "kk.sewing@gmail.com",
        offers=(o("รับตัดเย็บปลอกหมอน ปลอกฟูก ผ้าของลูกค้า", "bedding_cmt_sewing_service"),),
    ),
    # --- cloth, dyeing, yarn, fibre
    Sme(
        "bmr-036",
        "th",
        "ครามสกล ผ้าฝ้ายย้อมคราม",
        ALI,
        MID,
        "Sakon Nakhon",
        "kramsakon@gmail.com",
        offers=(
            o("ผ้าฝ้ายทอมือย้อมครามธรรมชาติ เมตรละ 350 บาท", "indigo_dyed_cotton_fabric"),
            o("ปลอกหมอนผ้าย้อมคราม 50x70", "pillow_case"),
        ),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    Sme(
        "bmr-037",
        "en",
        "Indigo House Sakon",
        ALI,
        MID,
        "Sakon Nakhon",
        "indigohouse.sakon@gmail.com",
        offers=(o("Indigo vat dyeing of customer fabric and yarn, min 5 kg", "indigo_dyeing_service"),),
        needs=(u("Fermented indigo paste from growers", "indigo paste; no grower in the set"),),
        bcg=("bio",),
    ),
    Sme(
        "bmr-038",
        "th",
        "ร้านหม้อห้อมป้าเขียว ทุ่งโฮ้ง",
        HNF,
        MID,
        "Phrae",
        "mohom.phrae@gmail.com",
        offers=(
            o("ผ้าหม้อห้อมเป็นพับ ฝ้ายย้อมฮ่อม", "indigo_dyed_cotton_fabric"),
            o("รับย้อมฮ่อม ผ้าหรือเสื้อของลูกค้า", "indigo_dyeing_service"),
        ),
        needs=(n("ผ้าดิบ หน้ากว้าง ไว้ย้อม", "greige_cotton_fabric"),),
    ),
    Sme(
        "bmr-039",
        "en",
        "Bangpoo Dyeing & Finishing",
        CT,
        MID,
        "Samut Prakan",
        "commission@bangpoodye.com",
        offers=(
            o("Reactive dyeing of cotton fabric on commission, 500 m min.", "fabric_dyeing_service"),
            o("Anti-dust-mite finish applied to bedding fabric", "antimicrobial_finishing_service"),
        ),
        certs=("ISO 9001",),
    ),
    Sme(
        "bmr-040",
        "th",
        "ผ้าฝ้ายทอมือสันกำแพง",
        HNF,
        MID,
        "Chiang Mai",
        "sankamphaeng.cotton@gmail.com",
        offers=(
            o("ผ้าฝ้ายทอมือ สีธรรมชาติของฝ้าย หน้า 1 เมตร", "handwoven_cotton_fabric"),
            o("ผ้าทอย้อมสีจากเปลือกมะเกลือ ฝาง ครั่ง", "natural_dyed_cotton_fabric"),
        ),
        needs=(n("เส้นฝ้ายที่ย้อมจากพืชแล้ว พร้อมขึ้นกี่", "natural_dyed_cotton_yarn"),),
        certs=("OTOP",),
    ),
    Sme(
        "bmr-041",
        "en",
        "Doi Organic Cotton",
        HNF,
        UP,
        "Chiang Mai",
        "doiorganic@gmail.com",
        offers=(
            o("Ne 20/1 yarn spun from hill-grown organic cotton", "organic_cotton_yarn"),
            o("Seed cotton and ginned lint from hill farms", "cotton_fibre"),
        ),
        certs=("GOTS", "Organic Thailand"),
        bcg=("bio",),
    ),
    Sme(
        "bmr-042",
        "th",
        "กลุ่มฝ้ายเข็นมือนาด้วง",
        HNF,
        UP,
        "Loei",
        "naduang.cotton@gmail.com",
        offers=(
            o("ฝ้ายเข็นมือย้อมสีธรรมชาติ ขายเป็นไจ", "natural_dyed_cotton_yarn"),
            o("เส้นฝ้ายดิบสีขาว ยังไม่ย้อม", "cotton_yarn"),
        ),
        needs=(n("ปุยฝ้าย หรือ ฝ้ายดอก", "cotton_fibre"),),
    ),
    Sme(
        "bmr-043",
        "en",
        "Hmong Hemp Collective",
        HNF,
        UP,
        "Tak",
        "hmonghemp@gmail.com",
        offers=(
            o("Retted hemp bast fibre, hand-stripped", "hemp_fibre"),
            o("Handspun hemp yarn, natural grey", "hemp_yarn"),
        ),
        bcg=("bio",),
    ),
    Sme(
        "bmr-044",
        "th",
        "ผ้ากัญชงม้ง ดอยแม่สลอง",
        HNF,
        MID,
        "Chiang Rai",
        "maesalong.hemp@gmail.com",
        offers=(o("ผ้าใยกัญชงทอมือ หน้ากว้าง 35 ซม.", "hemp_fabric"),),
        needs=(n("เส้นกัญชงปั่นมือ", "hemp_yarn"),),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    Sme(
        "bmr-045",
        "en",
        "Bangkok Greige Mills",
        CT,
        MID,
        "Bangkok",
        "mill@bkkgreige.com",
        offers=(
            o("Loom-state greige cotton sheeting 110 in", "greige_cotton_fabric"),
            o("Bleached cotton percale 250 TC, 280 cm", "cotton_sheeting_fabric"),
            o("Reactive-dyed cotton sateen, 40 colours", "dyed_cotton_fabric"),
        ),
        needs=(n("Carded cotton yarn 20s, undyed, container loads", "cotton_yarn", "organic_cotton_yarn"),),
    ),
    Sme(
        "bmr-046",
        "th",
        "บจก. ผ้าเคลือบกันน้ำชลบุรี",
        SPT,
        MID,
        "Chonburi",
        "tpu.chonburi@gmail.com",
        offers=(o("ผ้าลามิเนต TPU กันน้ำ ระบายอากาศได้", "waterproof_laminated_fabric"),),
    ),
    Sme(
        "bmr-047",
        "en",
        "Pratunam Offcut Traders",
        CT,
        UP,
        "Bangkok",
        "offcuts.pratunam@gmail.com",
        offers=(o("Cotton and poly-cotton cutting waste, sorted by colour", "textile_offcuts"),),
        bcg=("circular",),
    ),
    Sme(
        "bmr-048",
        "th",
        "โรงงานตีเศษผ้าบางพลี",
        CT,
        UP,
        "Samut Prakan",
        "bangphli.recycle@gmail.com",
        offers=(
            o("ใยรีไซเคิลจากเศษผ้า ตีเป็นปุย", "shredded_textile_fibre"),
            o("แผ่นสักหลาดรองที่นอน ทำจากผ้ารีไซเคิล", "recycled_felt_pad"),
        ),
        needs=(n("เศษผ้าคอตตอนจากโรงงานตัดเย็บ รับซื้อทุกเดือน", "textile_offcuts"),),
        bcg=("circular",),
    ),
    # --- finished bedding makers
    Sme(
        "bmr-049",
        "en",
        "CarePlus Medical Bedding Co., Ltd.",
        ALC,
        DOWN,
        "Nonthaburi",
        "sales@careplusbedding.co.th",
        offers=(
            o("Pressure-relief hospital mattresses with PU-coated covers", "hospital_mattress"),
            o("Waterproof bed protectors for incontinence care", "mattress_protector"),
        ),
        needs=(
            n("Breathable waterproof TPU-laminated fabric", "waterproof_laminated_fabric"),
            n("Foam blocks, HR grade", "pu_foam_block"),
        ),
        certs=("ISO 13485", "ISO 9001"),
    ),
    Sme(
        "bmr-050",
        "th",
        "บจก. ไทยแคร์ ที่นอนผู้ป่วย",
        ALC,
        DOWN,
        "Bangkok",
        "thaicare.bed@gmail.com",
        offers=(o("ที่นอนลมป้องกันแผลกดทับ มี มอก.", "hospital_mattress"),),
        needs=(n("ผ้าเคลือบกันน้ำ สำหรับหุ้มที่นอนผู้ป่วย", "waterproof_laminated_fabric"),),
        certs=("มอก.",),
    ),
    Sme(
        "bmr-051",
        "th",
        "ชุดเครื่องนอนโรงแรม สามพราน",
        ALC,
        DOWN,
        "Nakhon Pathom",
        "samphran.linen@gmail.com",
        offers=(
            o("ปลอกหมอนโรงแรม คอตตอน 300 เส้น สีขาว", "pillow_case"),
            o("ผ้าปูรัดมุมสำหรับโรงแรม ทุกขนาด", "fitted_sheet"),
            o("หมอนหนุนใยสังเคราะห์ 1.2 กก.", "fibre_pillow"),
        ),
        needs=(
            n("ผ้าคอตตอนฟอกขาว หน้ากว้างพิเศษ สำหรับตัดผ้าปู", "cotton_sheeting_fabric"),
            n("ใยเทียมขนห่าน ยัดหมอนห้องพัก", "microfibre_ball_fill"),
        ),
        certs=(OEKO,),
    ),
    Sme(
        "bmr-052",
        "en",
        "Hotel Linen Supply Siam",
        ALC,
        DOWN,
        "Bangkok",
        "purchasing@hotellinensiam.com",
        offers=(
            o("Hotel pillows, microfibre fill, 50 x 75 cm", "fibre_pillow"),
            o("Zippered anti-mite pillow protectors", "pillow_protector"),
            o("Duck feather pillows 1 kg", "feather_pillow"),
        ),
        needs=(
            n("CMT sewing partner for pillow protectors", "bedding_cmt_sewing_service"),
            n("Washed duck feather for filling", "duck_feather_down_fill"),
        ),
    ),
    Sme(
        "bmr-053",
        "th",
        "หมอนรักษ์โลก เชียงใหม่",
        CT,
        DOWN,
        "Chiang Mai",
        "raksloke.pillow@gmail.com",
        offers=(o("หมอนใยขวดพลาสติกรีไซเคิล", "fibre_pillow"),),
        needs=(
            n(
                "ใยรีไซเคิลยัดหมอน ต้องมีใบรับรอง GRS",
                "recycled_polyester_fibre_fill",
                "shredded_textile_fibre",
                req=("GRS",),
            ),
        ),
        certs=("GRS",),
        bcg=("circular",),
    ),
    Sme(
        "bmr-054",
        "en",
        "RecoverPro Sports Sleep",
        SPT,
        DOWN,
        "Bangkok",
        "team@recoverpro.co",
        offers=(
            o("Memory foam recovery pillows for athletes", "memory_foam_pillow"),
            o("Cooling mattress toppers with spacer mesh", "mattress_topper"),
        ),
        needs=(
            n("Visco foam, slow-rebound, cut blocks", "memory_foam_block"),
            n("Air-mesh 3D fabric for topper sides", "spacer_mesh_fabric"),
        ),
    ),
    Sme(
        "bmr-055",
        "th",
        "ไทยท็อปเปอร์",
        ALC,
        DOWN,
        "Bangkok",
        "thaitopper@gmail.com",
        offers=(
            o("ท็อปเปอร์ขนห่านเทียม หนา 3 นิ้ว", "mattress_topper"),
            o("ผ้ารองที่นอนแบบควิลท์ รัดมุม", "quilted_mattress_pad"),
        ),
        needs=(
            n("ใยนุ่มแบบดาวน์เทียม ยัดท็อปเปอร์", "microfibre_ball_fill"),
            n("มีร้านไหนรับเดินควิลท์ผ้าให้บ้าง", "quilting_service"),
            u("ใยไหมสำหรับยัดผ้านวม", "silk floss; nobody offers it"),
        ),
    ),
    Sme(
        "bmr-056",
        "th",
        "โรงงานที่นอนนุ่นอุดร",
        ALI,
        DOWN,
        "Udon Thani",
        "udon.kapokbed@gmail.com",
        offers=(
            o("ฟูกนุ่น 3 ตอน พับได้ ผ้าลายดอก", "kapok_mattress"),
            o("หมอนนุ่นหนุน ใบละ 120", "kapok_pillow"),
        ),
        needs=(
            n("นุ่นแกะแล้ว พร้อมยัด", "kapok_fibre_cleaned"),
            n("ผ้าดิบสำหรับทำปลอกฟูก", "greige_cotton_fabric"),
        ),
    ),
    Sme(
        "bmr-057",
        "en",
        "Kaen Foam & Bedding",
        ALI,
        DOWN,
        "Khon Kaen",
        "kaenfoam@gmail.com",
        offers=(o("4-inch foam mattresses for dormitories", "foam_mattress"),),
        needs=(
            n("Foam buns, 23 density, for dorm mattresses", "pu_foam_block"),
            n("Who can tape-edge 500 mattresses a month?", "mattress_tape_edge_service"),
        ),
    ),
    Sme(
        "bmr-058",
        "en",
        "Andaman Latex Bedding",
        HNF,
        DOWN,
        "Krabi",
        "hello@andamanlatex.com",
        offers=(
            o("Natural latex mattresses, zoned, 15 cm", "latex_mattress"),
            o("Contour latex pillows", "latex_pillow"),
        ),
        needs=(n("Latex slabs for in-house mattress assembly", "latex_foam_sheet"),),
        bcg=("bio",),
    ),
    Sme(
        "bmr-059",
        "th",
        "ร้านดีดนุ่นโคราช",
        ALI,
        MID,
        "Nakhon Ratchasima",
        "korat.deednun@gmail.com",
        offers=(o("ดีดฟูกเก่าให้ฟู เปลี่ยนผ้าหุ้มใหม่ ของลูกค้า", "kapok_refill_service"),),
    ),
    Sme(
        "bmr-060",
        "en",
        "Hua Hin Coir Mattress",
        HNF,
        DOWN,
        "Prachuap Khiri Khan",
        "coirmattress.huahin@gmail.com",
        offers=(o("Coir mattresses, orthopaedic firm, 3.5-6 ft", "coir_mattress"),),
        needs=(
            n("Coir sheets bonded with latex", "rubberised_coir_sheet"),
            n("Tape for mattress edges", "edge_binding_tape"),
        ),
    ),
]

SMES_3 = [
    Sme(
        "bmr-061",
        "th",
        "ฟองน้ำอ้อมน้อย",
        ALC,
        MID,
        "Nakhon Pathom",
        "omnoi.foam@gmail.com",
        offers=(
            o("บล็อกโฟม PU ความหนาแน่น 16-35 ตัดซอยได้", "pu_foam_block"),
            o("ฟูกโฟมสำหรับหอพัก โรงเรียน ค่าย ราคาส่ง", "foam_mattress"),
        ),
        needs=(n("แผ่นรองสปริงทำจากเศษผ้าอัด", "recycled_felt_pad"),),
        certs=("ฉลากเขียว",),
    ),
    Sme(
        "bmr-062",
        "th",
        "บริษัท รีสลีป รีไซเคิล จำกัด",
        CT,
        UP,
        "Bangkok",
        "resleep.recycle@gmail.com",
        offers=(o("รับเก็บที่นอนเก่าถึงที่ แยกชิ้นส่วนรีไซเคิล ออกใบรับรองการกำจัด", "mattress_recycling_service"),),
        certs=("ISO 14001",),
        bcg=("circular",),
    ),
    Sme(
        "bmr-063",
        "en",
        "Krathum Baen Nonwovens Co., Ltd.",
        SPT,
        MID,
        "Samut Sakhon",
        "kratumbaen.nonwoven@gmail.com",
        offers=(o("PP spunbond 70 gsm for pocket-spring wrapping", "nonwoven_spunbond_fabric"),),
        needs=(u("PP resin, spunbond grade", "PP resin; nobody offers it"),),
    ),
    Sme(
        "bmr-064",
        "th",
        "ร้านรับเย็บขอบที่นอนบางพลี",
        CT,
        MID,
        "Samut Prakan",
        "bangphli.edge@gmail.com",
        offers=(o("รับเย็บเทปปิดขอบที่นอน งานโรงงาน", "mattress_tape_edge_service"),),
        needs=(n("เทปขอบ PP หลายสี", "edge_binding_tape"),),
    ),
    Sme(
        "bmr-065",
        "en",
        "Mae Rim Loom Studio",
        HNF,
        MID,
        "Chiang Mai",
        "maerimloom@gmail.com",
        offers=(o("Undyed handloom cotton cloth, plain and twill", "handwoven_cotton_fabric"),),
        needs=(n("Hand-spun cotton yarn coloured with plant dyes", "natural_dyed_cotton_yarn"),),
    ),
    Sme(
        "bmr-066",
        "en",
        "Siam Cotton Spinning Co., Ltd.",
        HNF,
        UP,
        "Nakhon Ratchasima",
        "yarn@siamcottonspin.com",
        offers=(o("Ring-spun cotton yarn Ne 10-40", "cotton_yarn"),),
        needs=(
            n("Raw cotton lint", "cotton_fibre"),
            u(
                "Better Cotton (BCI) lint",
                "no cotton grower holds Better Cotton",
                "cotton_fibre",
                req=("Better Cotton",),
            ),
        ),
    ),
    Sme(
        "bmr-067",
        "th",
        "โรงทอผ้าดิบโพธาราม",
        HNF,
        MID,
        "Ratchaburi",
        "photharam.weave@gmail.com",
        offers=(o("ผ้าดิบทอเครื่อง หน้า 60 นิ้ว", "greige_cotton_fabric"),),
    ),
    Sme(
        "bmr-068",
        "en",
        "Mahachai Sleepwear Factory",
        CT,
        MID,
        "Samut Sakhon",
        "mahachai.garment@gmail.com",
        offers=(o("Cutting-room waste, sold by the lot", "textile_offcuts"),),
        needs=(n("Who can dye small lots of our own cloth in red and black?", "fabric_dyeing_service"),),
        bcg=("circular",),
    ),
    Sme(
        "bmr-069",
        "th",
        "ร้านผ้ารองกันเปื้อนผู้สูงวัย ปากเกร็ด",
        ALC,
        DOWN,
        "Nonthaburi",
        "pakkret.care@gmail.com",
        offers=(
            o("ผ้ารองกันฉี่ ซักได้ สำหรับผู้ป่วยติดเตียง", "mattress_protector"),
            o("หมอนลิ่มรองขา ลดบวม", "wedge_support_pillow"),
        ),
        needs=(n("ผ้ากันน้ำ TPU เป็นม้วน", "waterproof_laminated_fabric"),),
    ),
    # --- hotels, hospitals, care homes, dormitories, shops, temples
    Sme(
        "bmr-070",
        "en",
        "Kata Bay Resort",
        ALC,
        DOWN,
        "Phuket",
        "procurement@katabayresort.com",
        offers=(o("340 used mattresses from room renovation, free pick-up", "used_mattresses"),),
        needs=(
            n("Pillowcases, OEKO-TEX certified, white 300 TC", "pillow_case", req=(OEKO,)),
            n("Encasements for pillows, bed-bug proof", "pillow_protector"),
            u("Outsourced linen laundry in Patong", "laundry service; nobody offers it"),
        ),
    ),
    Sme(
        "bmr-071",
        "th",
        "โรงแรมอ่าวนางวิลล่า",
        ALC,
        DOWN,
        "Krabi",
        "aonangvilla@gmail.com",
        offers=(o("ที่นอนเก่า 120 หลัง เปลี่ยนรอบใหม่ ให้ฟรี", "used_mattresses"),),
        needs=(
            n("ที่นอนจากยางธรรมชาติ ไม่เอาฟองน้ำ", "latex_mattress"),
            n("หมอนขนเป็ด สำหรับห้องสวีท", "feather_pillow"),
        ),
    ),
    Sme(
        "bmr-072",
        "en",
        "Nimman Sleep Co.",
        ALC,
        DOWN,
        "Bangkok",
        "hello@nimmansleep.com",
        offers=(
            o("Cotton pillowcases in 12 colours", "pillow_case"),
            o("Fitted sheets, deep pocket", "fitted_sheet"),
        ),
        needs=(
            n("Percale sheeting by the roll", "cotton_sheeting_fabric"),
            n("Piece-dyeing of our greige fabric in pastel shades", "fabric_dyeing_service"),
            n("Someone to fill our pillow shells with fibre", "pillow_stuffing_service"),
        ),
    ),
    Sme(
        "bmr-073",
        "th",
        "โรงพยาบาลชุมชนน้ำพอง",
        ALI,
        DOWN,
        "Khon Kaen",
        "nampong.hosp@gmail.com",
        needs=(
            n("เบาะนอนลดแรงกดสำหรับคนไข้ ต้องผ่าน มอก.", "hospital_mattress", req=(TIS,)),
            n("ผ้ายางรองที่นอนกันเปื้อน", "mattress_protector"),
        ),
    ),
    Sme(
        "bmr-074",
        "en",
        "Rattanakosin Private Hospital",
        ALC,
        DOWN,
        "Bangkok",
        "supply@rkhospital.co.th",
        needs=(
            n("Anti-decubitus mattresses, ISO 13485 maker only", "hospital_mattress", req=("ISO 13485",)),
            n("Pillow covers with zip, dust-mite barrier", "pillow_protector"),
        ),
    ),
    Sme(
        "bmr-075",
        "th",
        "โรงพยาบาลเอกชนหาดใหญ่",
        ALC,
        DOWN,
        "Songkhla",
        "hatyai.hosp@gmail.com",
        needs=(
            n("ที่นอนสำหรับผู้ป่วยติดเตียง", "hospital_mattress"),
            n("ปลอกหมอนผ้าฝ้าย สีฟ้า ต้องได้โอเคเท็กซ์", "pillow_case", req=(OEKO,)),
            u("ม่านกั้นเตียงผู้ป่วย กันไฟลาม", "fire-retardant cubicle curtains; nobody offers them"),
        ),
    ),
    Sme(
        "bmr-076",
        "en",
        "Golden Years Residence",
        ALC,
        DOWN,
        "Nonthaburi",
        "admin@goldenyears.co.th",
        needs=(
            n("Washable incontinence bed pads", "mattress_protector"),
            n("Leg-elevation wedge cushions", "wedge_support_pillow"),
        ),
    ),
    Sme(
        "bmr-077",
        "en",
        "Lanna Senior Living",
        ALC,
        DOWN,
        "Chiang Mai",
        "care@lannasenior.com",
        needs=(n("Kapok-only pillows, no polyester", "kapok_pillow"),),
    ),
    Sme(
        "bmr-078",
        "th",
        "บ้านพักผู้สูงอายุสุขใจ โคราช",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "sukjai.elder@gmail.com",
        needs=(
            n("อยากได้ฟูกสำหรับคุณตาคุณยายที่นอนติดเตียง", "hospital_mattress"),
            u("เตียงผู้ป่วยไฟฟ้าปรับระดับ", "electric beds; nobody offers them"),
        ),
    ),
    Sme(
        "bmr-079",
        "th",
        "ศูนย์ดูแลผู้สูงวัยวารินชำราบ",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "warin.care@gmail.com",
        needs=(
            n("หมอนอิงสามเหลี่ยม ไว้พิงหลังตอนนั่ง", "triangle_pillow"),
            n("แผ่นรองกันน้ำ ปูบนฟูก", "mattress_protector"),
        ),
    ),
    Sme(
        "bmr-080",
        "th",
        "หอพักนักศึกษาขามเรียง",
        ALI,
        DOWN,
        "Maha Sarakham",
        "khamriang.dorm@gmail.com",
        offers=(o("ฟูกเก่าปลดระวาง 200 ลูก", "used_mattresses"),),
        needs=(
            n("ที่นอนฟองน้ำ 3.5 ฟุต หนา 4 นิ้ว 200 ลูก", "foam_mattress"),
            u("บริการซักผ้าปูที่นอนหอพักรายเดือน", "laundry service; nobody offers it"),
        ),
    ),
    Sme(
        "bmr-081",
        "th",
        "หอพักนักศึกษาหญิง รามคำแหง",
        ALC,
        DOWN,
        "Bangkok",
        "ramdorm@gmail.com",
        needs=(
            n("ฟูกฟองน้ำสำหรับหอพัก ต้องได้ฉลากเขียว", "foam_mattress", req=("Thai Green Label",)),
            n("ผ้าปูที่นอนรัดมุม 3.5 ฟุต", "fitted_sheet"),
        ),
    ),
    Sme(
        "bmr-082",
        "en",
        "Lanna International School Boarding",
        ALC,
        DOWN,
        "Chiang Mai",
        "boarding@lannais.ac.th",
        needs=(
            n("No synthetic fill: kapok or feather pillows only", "kapok_pillow", "feather_pillow"),
            u("GOTS-certified organic fitted sheets", "no sheet maker holds GOTS", "fitted_sheet", req=("GOTS",)),
        ),
    ),
    Sme(
        "bmr-083",
        "en",
        "Suphan Sports Academy",
        SPT,
        DOWN,
        "Suphan Buri",
        "dorm@suphansports.ac.th",
        needs=(
            n("dorm mattresses, foam, 3 ft; OEKO-TEX nice to have", "foam_mattress", waive=(OEKO,)),
            n("Slow-rebound neck pillows for the athletes' dorm", "memory_foam_pillow"),
            u("Weighted blankets 7 kg", "weighted blankets; nobody offers them"),
        ),
    ),
    Sme(
        "bmr-084",
        "th",
        "ร้านเฟอร์นิเจอร์อุดรโฮม",
        ALI,
        DOWN,
        "Udon Thani",
        "udonhome.furniture@gmail.com",
        needs=(
            n("ที่นอนนุ่นขายหน้าร้าน ไม่จำเป็นต้องมี มอก.", "kapok_mattress", waive=(TIS,)),
            n("ที่นอนกาบมะพร้าว", "coir_mattress"),
        ),
    ),
    Sme(
        "bmr-085",
        "th",
        "ร้านเฟอร์นิเจอร์หาดใหญ่",
        HNF,
        DOWN,
        "Songkhla",
        "hatyai.furniture@gmail.com",
        needs=(n("ฟูกโฟมราคาประหยัด", "foam_mattress"),),
    ),
    Sme(
        "bmr-086",
        "th",
        "ร้านเครื่องนอนเชียงราย",
        ALC,
        DOWN,
        "Chiang Rai",
        "cr.bedding@gmail.com",
        needs=(
            n("สะลีนุ่นแบบพื้นเมือง", "kapok_mattress"),
            n("หมอนยางพารา ต้องผ่าน OEKO-TEX", "latex_pillow", req=(OEKO,)),
        ),
    ),
    Sme(
        "bmr-087",
        "th",
        "วัดป่าบ้านโนนสูง",
        ALI,
        DOWN,
        "Sisaket",
        "wat.nonsung@gmail.com",
        needs=(
            n("ฟูกนุ่นสำหรับพระเณร ไม่ต้องมีโอทอป", "kapok_mattress", waive=("OTOP",)),
            n("ดีดนุ่นฟูกเก่าของวัดให้ฟูใหม่", "kapok_refill_service"),
            u("มุ้งกลดสำหรับพระธุดงค์", "monks' umbrella nets; nobody offers them"),
        ),
    ),
    Sme(
        "bmr-088",
        "en",
        "Samui Spa Retreat",
        ALC,
        DOWN,
        "Surat Thani",
        "spa@samuiretreat.com",
        needs=(
            n("Axe-shaped floor cushions for the massage sala", "triangle_pillow"),
            n("Thin kapok floor mattresses for Thai massage", "kapok_mattress"),
        ),
    ),
    Sme(
        "bmr-089",
        "en",
        "Hua Hin Beach Hotel",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "purchasing@huahinbeach.com",
        needs=(
            n("Goose-down or duck-down bed pillows", "feather_pillow"),
            n("Disposal of old mattresses with a recycling certificate", "mattress_recycling_service"),
            u("Buckwheat hull pillows", "buckwheat pillows; nobody offers them"),
        ),
    ),
    Sme(
        "bmr-090",
        "th",
        "โรงแรมพัทยาซีวิว",
        ALC,
        DOWN,
        "Chonburi",
        "pattaya.seaview@gmail.com",
        offers=(o("ที่นอนสปริงเก่า 80 ชุด หลังรีโนเวท", "used_mattresses"),),
        needs=(
            n("หาบริษัทมารับกำจัดที่นอนเก่า", "mattress_recycling_service"),
            n("ปลอกกันไรฝุ่นสำหรับหมอน", "pillow_protector"),
            n("แผ่นรองนอนยางพาราวางบนที่นอนเดิม", "latex_topper"),
        ),
    ),
    Sme(
        "bmr-091",
        "en",
        "Thai Craft Home (online)",
        ALI,
        DOWN,
        "Bangkok",
        "shop@thaicrafthome.com",
        needs=(
            n("Triangle pillows from OTOP groups", "triangle_pillow", req=("OTOP",)),
            n("Indigo-dyed cotton cloth by the metre", "indigo_dyed_cotton_fabric"),
        ),
    ),
    Sme(
        "bmr-092",
        "en",
        "Baan Natural Bedding",
        HNF,
        DOWN,
        "Bangkok",
        "sourcing@baannatural.com",
        offers=(o("Hemp-cotton duvet covers", "duvet_cover"),),
        needs=(
            n("Someone to indigo-dye ticking we supply", "indigo_dyeing_service"),
            u(
                "USDA Organic kapok for a US export line",
                "no kapok supplier holds USDA Organic",
                "kapok_fibre_cleaned",
                req=("USDA Organic",),
            ),
            n("Hemp cloth, GOTS not required", "hemp_fabric", waive=("GOTS",)),
        ),
        bcg=("bio",),
    ),
    Sme(
        "bmr-093",
        "th",
        "โรงแรมบ้านไม้นิมมาน",
        ALC,
        DOWN,
        "Chiang Mai",
        "baanmainimman@gmail.com",
        needs=(
            n(
                "ผ้าย้อมสีธรรมชาติเท่านั้น ไม่รับสีสังเคราะห์",
                "natural_dyed_cotton_fabric",
                "indigo_dyed_cotton_fabric",
            ),
            u("หมอนสมุนไพรอบแห้ง", "herbal pillows; nobody offers them"),
        ),
    ),
    Sme(
        "bmr-094",
        "en",
        "Dreamwell Mattress Co., Ltd.",
        ALC,
        DOWN,
        "Bangkok",
        "purchasing@dreamwell.co.th",
        offers=(o("Pocket-spring mattresses, hotel contract", "spring_mattress"),),
        needs=(
            n("Quilted top panels ready for assembly", "quilted_panel"),
            n("Ticking with OEKO-TEX Standard 100 certificate", "mattress_ticking_fabric", req=(OEKO,)),
            u("Bonnell spring units, new", "new spring units; only scrap springs are offered"),
        ),
        certs=("ISO 9001",),
    ),
    Sme(
        "bmr-095",
        "th",
        "ร้านหมอนนครสวรรค์",
        ALC,
        MID,
        "Nakhon Sawan",
        "nsw.pillow@gmail.com",
        offers=(o("รับยัดหมอน ใส่ใยตามน้ำหนักที่ลูกค้าสั่ง", "pillow_stuffing_service"),),
        needs=(
            n("เคลือบกันไรฝุ่นให้ผ้าปลอกหมอน", "antimicrobial_finishing_service"),
            n("ใยไมโครเกรดโรงแรม ราคาโรงงาน", "microfibre_ball_fill"),
            n("ปุยผ้าเก่าตีใหม่ ไว้ยัดเบาะ", "shredded_textile_fibre"),
        ),
    ),
]

SMES = SMES_1 + SMES_2 + SMES_3


# ------------------------------------------------------------------ checks


THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
ENGLISH_ALLOWED = re.compile(r"^[\x20-\x7e\u00c0-\u024f×–’°²³]*$")
ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def names_certification(text: str, cert: Any) -> bool:
    """Whether `text` names `cert` at all (affirmed or negated)."""
    folded = nfkc(text).casefold()
    words = (*cert.mentions, *cert.aliases, cert.name)
    if any(nfkc(word).casefold() in folded for word in words):
        return True
    if any(nfkc(word) in nfkc(text) for word in cert.case_sensitive_mentions):
        return True
    return any(re.search(nfkc(pattern), nfkc(text)) for pattern in cert.patterns)


def thai_ok(text: str) -> bool:
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai > 0 and thai >= 2 * latin


def english_ok(text: str) -> bool:
    return not THAI_CHAR.search(text) and bool(ENGLISH_ALLOWED.match(text)) and bool(LATIN_LETTER.search(text))


@dataclass
class Result:
    profiles: list[dict[str, Any]]
    links: list[tuple[str, str]]
    met_by: dict[tuple[str, int], list[str]]
    problems: list[str]


def evaluate(smes: list[Sme]) -> Result:
    tax = taxonomy()
    problems: list[str] = []
    say = problems.append

    # ids
    ids = [sme.id for sme in smes]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        say(f"ids are not {PREFIX}-001 … {PREFIX}-{N_PROFILES:03d} in order (have {len(ids)})")
    if len(set(ids)) != len(ids):
        say("duplicate ids")

    sub_clusters = {item.value for item in tax.SubCluster}
    stages = {item.value for item in tax.Stage}
    bcg_tags = {item.value for item in tax.BcgTag}
    certs_by_name = {cert.name: cert for cert in tax.CERTIFICATIONS}
    held: dict[str, frozenset[str]] = {}

    for sme in smes:
        where = sme.id
        if not ID_RE.match(sme.id):
            say(f"{where}: malformed id")
        if sme.language not in ("th", "en"):
            say(f"{where}: language {sme.language!r}")
        if sme.sub_cluster not in sub_clusters:
            say(f"{where}: sub_cluster {sme.sub_cluster!r}")
        if sme.stage not in stages:
            say(f"{where}: stage {sme.stage!r}")
        if tax.resolve_province(sme.province) is None:
            say(f"{where}: province {sme.province!r} does not resolve")
        if not EMAIL_RE.match(sme.email):
            say(f"{where}: email {sme.email!r}")
        if len(set(sme.bcg)) != len(sme.bcg) or not set(sme.bcg) <= bcg_tags:
            say(f"{where}: bcg {sme.bcg!r}")
        for cert in sme.certs:
            if tax.resolve_certification(cert) is None:
                say(f"{where}: certification {cert!r} does not resolve")
        held[sme.id] = tax.canonical_certifications(sme.certs)
        if len(sme.offers) > 3 or len(sme.needs) > 3:
            say(f"{where}: more than 3 offers or needs")
        if not sme.offers and not sme.needs:
            say(f"{where}: neither offers nor needs")
        phrases = [sme.name, *(item.text for item in sme.offers), *(item.text for item in sme.needs)]
        for phrase in phrases:
            if phrase != phrase.strip() or not phrase or "  " in phrase:
                say(f"{where}: untidy phrase {phrase!r}")
            if sme.language == "th" and not thai_ok(phrase):
                say(f"{where}: not mostly Thai: {phrase!r}")
            if sme.language == "en" and not english_ok(phrase):
                say(f"{where}: not plain Latin: {phrase!r}")
        texts = [item.text for item in sme.offers] + [item.text for item in sme.needs]
        if len(set(texts)) != len(texts):
            say(f"{where}: repeated phrase")
        for need in sme.needs:
            for cert in (*need.requires, *need.waives):
                if cert not in certs_by_name:
                    say(f"{where}: need names unknown certification {cert!r}")
            if set(need.requires) & set(need.waives):
                say(f"{where}: a certification both required and waived")
            found = tax.find_certifications(need.text)
            for cert in need.requires:
                if cert not in found:
                    say(f"{where}: required {cert} not stated in {need.text!r}")
            for cert in need.waives:
                if cert in certs_by_name and not names_certification(need.text, certs_by_name[cert]):
                    say(f"{where}: waived {cert} not named in {need.text!r}")
            if not need.unmet and not need.labels:
                say(f"{where}: need {need.text!r} lists no labels and is not marked unmet")

    offered: dict[str, set[str]] = {}
    offer_texts: dict[str, list[str]] = {}
    for sme in smes:
        for offer in sme.offers:
            offered.setdefault(offer.label, set()).add(sme.id)
            offer_texts.setdefault(offer.label, []).append(nfkc(offer.text).casefold())

    links: set[tuple[str, str]] = set()
    met_by: dict[tuple[str, int], list[str]] = {}
    for sme in smes:
        for index, need in enumerate(sme.needs):
            where = f"{sme.id} need {index + 1}"
            for label in need.labels:
                if not offered.get(label, set()) - {sme.id}:
                    say(f"{where}: label {label!r} is offered by no one else")
                if nfkc(need.text).casefold() in offer_texts.get(label, []):
                    say(f"{where}: worded exactly as an offer")
            suppliers = sorted(
                other
                for label in need.labels
                for other in offered.get(label, set())
                if other != sme.id and set(need.requires) <= held[other]
            )
            suppliers = sorted(set(suppliers))
            met_by[(sme.id, index)] = suppliers
            if need.unmet and suppliers:
                say(f"{where}: marked unmet but met by {suppliers}")
            if not need.unmet and not suppliers:
                say(f"{where}: no qualified supplier")
            links.update((supplier, sme.id) for supplier in suppliers)

    profiles = [profile_json(sme) for sme in smes]
    result = Result(profiles, sorted(links), met_by, problems)
    check_targets(smes, result)
    return result


def profile_json(sme: Sme) -> dict[str, Any]:
    return {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub_cluster,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [offer.text for offer in sme.offers],
        "needs": [need.text for need in sme.needs],
        "certifications": list(sme.certs),
        "bcg": list(sme.bcg),
        "contact_email": sme.email,
        "language": sme.language,
    }


def check_targets(smes: list[Sme], result: Result) -> None:
    say = result.problems.append
    lang = {sme.id: sme.language for sme in smes}
    thai_share = sum(sme.language == "th" for sme in smes) / max(1, len(smes))
    if not THAI_SHARE_RANGE[0] <= thai_share <= THAI_SHARE_RANGE[1]:
        say(f"Thai share {thai_share:.2f} outside {THAI_SHARE_RANGE}")
    n_links = len(result.links)
    if not LINK_RANGE[0] <= n_links <= LINK_RANGE[1]:
        say(f"{n_links} links outside {LINK_RANGE}")
    cross = sum(lang[a] != lang[b] for a, b in result.links)
    share = cross / max(1, n_links)
    if not CROSS_SHARE_RANGE[0] <= share <= CROSS_SHARE_RANGE[1]:
        say(f"cross-language share {share:.2f} outside {CROSS_SHARE_RANGE}")
    unmet = sum(bool(need.unmet) for sme in smes for need in sme.needs)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        say(f"{unmet} unmet needs outside {UNMET_RANGE}")
    sizes = [len(v) for v in result.met_by.values() if v]
    if sizes and sum(1 <= size <= 3 for size in sizes) < 0.7 * len(sizes):
        say("fewer than 70 % of met needs are met by 1-3 suppliers")
    if sizes and max(sizes) < 4:
        say("no need is met by more than 3 suppliers")


# ------------------------------------------------------------------ output


def counts(smes: list[Sme], result: Result) -> list[tuple[str, str]]:
    tax = taxonomy()
    lang = {sme.id: sme.language for sme in smes}
    sub = {sme.id: sme.sub_cluster for sme in smes}
    rows: list[tuple[str, str]] = [("profiles", str(len(smes)))]
    n_th = sum(lang[i] == "th" for i in lang)
    rows.append(("Thai / English", f"{n_th} / {len(smes) - n_th}"))
    for key, counter in (
        ("sub-cluster", Counter(sme.sub_cluster for sme in smes)),
        ("stage", Counter(sme.stage for sme in smes)),
        ("region", Counter(tax.resolve_province(sme.province).region.value for sme in smes)),
    ):
        for value, count in sorted(counter.items()):
            rows.append((f"{key} {value}", str(count)))
    rows.append(("distinct provinces", str(len({tax.resolve_province(sme.province).name_en for sme in smes}))))
    offers = [offer for sme in smes for offer in sme.offers]
    needs = [need for sme in smes for need in sme.needs]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len({offer.label for offer in offers}))))
    rows.append(("needs", str(len(needs))))
    unmet = sum(bool(need.unmet) for need in needs)
    rows.append(("needs met / met by no one", f"{len(needs) - unmet} / {unmet}"))
    rows.append(("needs requiring a certification", str(sum(bool(need.requires) for need in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(need.waives) for need in needs))))
    links = result.links
    rows.append(("true links", str(len(links))))
    th_en = sum(lang[a] == "th" and lang[b] == "en" for a, b in links)
    en_th = sum(lang[a] == "en" and lang[b] == "th" for a, b in links)
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({cross / max(1, len(links)):.0%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(("links between different sub-clusters", str(sum(sub[a] != sub[b] for a, b in links))))
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {key} | {value} |" for key, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# Evaluation set `blind_plain_mattress`

Hand-labelled supplier-buyer links among {n} SME profiles of the Health and Wellness Economy cluster,
on one theme: **mattresses and pillows** (latex, kapok, coconut coir and foam mattresses and pillows,
mattress ticking, quilted panels and covers, pillow cases and protectors, triangle pillows, fibre,
microfibre and feather filling, tape-edge and cover sewing, mattress recycling) and the hotels,
hospitals, dormitories, care homes, temples and furniture shops that buy them, together with the
ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

## What it checks

How well a matcher finds the true supplier-buyer pairs from short registry phrases it has never seen:
one phrase per offer or need, Thai (about 55 %) or English, written with local and regional names
(สะลี, หมอนขวาน, ปุยนุ่น, ผ้าหม้อห้อม), trade words and abbreviations (PSF, HCS, TPU, rebond, tape edge),
sizes, prices and minimum orders. Needs are worded differently from the offers that meet them, often in
the other language. Hard but fair cases are included: a service versus the goods it works on (indigo
dyeing of the customer's cloth versus indigo-dyed cloth; tape-edge sewing versus edge tape; quilting
service versus quilted panels; re-fluffing the customer's old kapok mattress versus a new one), waste and
used goods versus new (foam scrap versus foam blocks, used mattresses versus mattresses, scrap springs
versus spring units), raw versus processed (kapok pods, ginned kapok, kapok pillows; raw versus washed
feathers; cotton lint, yarn, cloth), finished goods described by their material (an indigo pillow case is
a pillow case), refusals ("no polyester", "ไม่รับสีสังเคราะห์"), needs that require a named certification
and needs that name one only to waive it, and needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the project's contracts (cluster profiles JSONL version 1 and
the links CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the `[tool.ruff]` settings of
`pyproject.toml`; nothing else of the project (no matcher, glossary, tests, other evaluation sets or
data). All profiles, labels and notes are in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels
that would meet it and the certifications its text requires, or is marked as met by no one with a short
note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by
one of the buyer's needs and the supplier's certifications hold every certification that need requires.
An SME is never linked to itself. Shared words play no part; quantities, prices and places never decide
a link; what changes what the thing is does. A certification that a need names only to waive it is not
required. The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks the ids, every contract field (sub-cluster, stage and BCG tags are the
taxonomy's values, every province resolves with `resolve_province`, every certification with
`resolve_certification`), that every label a need lists is offered by someone other than the buyer,
that every met need has a qualified supplier and every unmet one has none, that a required or waived
certification is named in the need's text, that Thai phrases are mostly Thai letters and English ones
Latin only, and the size targets. It writes nothing if a check fails; two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_mattress/write.py

## Files

- `write.py`: all the data and the checks; writes the three files below.
- `profiles.jsonl`: {n} profiles in the contract's JSONL version 1, ids `{first}` … `{last}`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render(smes: list[Sme], result: Result) -> dict[str, str]:
    profiles = "".join(json.dumps(p, ensure_ascii=False, separators=(", ", ": ")) + "\n" for p in result.profiles)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(result.links)
    readme = README.format(n=len(smes), first=smes[0].id, last=smes[-1].id, table=table(counts(smes, result)))
    return {"profiles.jsonl": profiles, "links.csv": buffer.getvalue(), "README.md": readme}


def main() -> int:
    smes = list(SMES)
    result = evaluate(smes)
    if result.problems:
        for problem in result.problems:
            print("FAIL", problem, file=sys.stderr)
        print(f"{len(result.problems)} problem(s); nothing written", file=sys.stderr)
        print(table(counts(smes, result)), file=sys.stderr)
        return 1
    files = render(smes, result)
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table(counts(smes, result)), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
