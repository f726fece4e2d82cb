"""Write the hand-labelled sleepwear and loungewear evaluation set.

Run from the repository root:

    .venv/bin/python eval/blind_plain_sleepwear/write.py

It checks the data first and writes nothing if a check fails; then it writes
profiles.jsonl, links.csv and README.md next to this file and prints the counts.
Labels live only here: the profiles carry free text, never a label.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for shared.taxonomy

from shared.taxonomy import (
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

HERE = Path(__file__).resolve().parent
PREFIX = "bsw"
N_PROFILES = 95
LINKS_RANGE = (160, 180)
CROSS_SHARE_RANGE = (0.40, 0.60)
UNMET_RANGE = (17, 23)
THAI_SHARE_RANGE = (0.50, 0.60)

HNF = SubCluster.HEMP_NATURAL_FIBRE.value
CT = SubCluster.CIRCULAR_TEXTILE.value
SPT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

OEKO = "OEKO-TEX Standard 100"
PEACOCK = "Thai Silk Peacock Emblem"
TIS = "Thai Industrial Standard"
ORG_TH = "Organic Thailand"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str = ""  # set when no one in the set meets the need


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every `req`."""
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels`, if given, say what it asks for."""
    return Need(text, labels, req, waive, note)


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
    *,
    offers: tuple[tuple[str, str], ...] = (),
    needs: tuple[Need, ...] = (),
) -> Sme:
    return Sme(num, language, name, sub_cluster, stage, province, email, certs, bcg, offers, needs)


# ------------------------------------------------------------------ data, part 1: fibre, yarn, waste (001-014)

SMES_UPSTREAM = (
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์บ้านนาด้วง",
        HNF,
        UP,
        "Loei",
        "naduang.organic@gmail.com",
        (ORG_TH,),
        ("bio",),
        offers=(
            ("ปุยฝ้ายอินทรีย์ อีดเมล็ดออกแล้ว ขายเป็นกิโล", "raw_cotton_lint"),
            ("ฝ้ายเข็นมือ สีตุ่นธรรมชาติ ไม่ฟอก", "handspun_cotton_yarn"),
        ),
        needs=(unmet("หาเครื่องอีดฝ้ายมือสอง สภาพดี", "a cotton gin is machinery; no one in the set sells machines"),),
    ),
    sme(
        2,
        "en",
        "Doi Hemp Fibre Co.",
        HNF,
        UP,
        "Chiang Mai",
        "doihemp.fibre@gmail.com",
        (),
        ("bio",),
        offers=(
            ("Hemp yarn Nm 10, degummed, ecru", "hemp_yarn"),
            ("Backstrap-loom hemp cloth from Hmong villages, 35 cm wide", "hemp_fabric"),
        ),
        needs=(
            need("Indigo paste for vat dyeing, about 20 kg a month", "indigo_paste"),
            need("Raw hemp bast, sun-dried, for spinning", "hemp_fibre"),
        ),
    ),
    sme(
        3,
        "th",
        "ร้านห้อมเปียกป้าศรี บ้านทุ่งโฮ้ง",
        HNF,
        UP,
        "Phrae",
        "hom.paasri@gmail.com",
        (),
        ("bio",),
        offers=(
            ("ห้อมเปียก ทำเองจากต้นห้อม บรรจุถังละ 5 กก.", "indigo_paste"),
            ("ฝ้ายเข็นมือย้อมห้อม ขายเป็นไจ", "handspun_cotton_yarn"),
        ),
        needs=(unmet("ปูนขาวกินหมาก สำหรับก่อหม้อห้อม", "slaked lime is a chemical; no one in the set sells it"),),
    ),
    sme(
        4,
        "en",
        "Sakon Indigo Growers Network",
        HNF,
        UP,
        "Sakon Nakhon",
        "sakonindigo.net@gmail.com",
        (ORG_TH,),
        ("bio", "green"),
        offers=(
            ("Fermented indigo paste (khram piak), 1 kg tubs", "indigo_paste"),
            ("Dried ebony fruit and sticklac for natural dyeing", "natural_dye_material"),
        ),
        needs=(need("Undyed cotton yarn for village looms, Ne 20", "cotton_yarn", "organic_cotton_yarn"),),
    ),
    sme(
        5,
        "th",
        "บริษัท โคราชสปินนิ่ง จำกัด",
        HNF,
        UP,
        "Nakhon Ratchasima",
        "sales@koratspinning.co.th",
        ("ISO 9001",),
        offers=(("ด้ายฝ้ายหวี 30/1 สำหรับถักผ้ายืด กิโลละ 120 บาท", "cotton_yarn"),),
        needs=(need("ปุยฝ้ายดิบ ส่งเข้าโรงงานได้ตลอดปี", "raw_cotton_lint"),),
    ),
    sme(
        6,
        "en",
        "Green Loop Recycled Fibre Co., Ltd.",
        CT,
        UP,
        "Samut Prakan",
        "info@greenloopfibre.co.th",
        ("GRS", "RCS"),
        ("circular",),
        offers=(
            ("Recycled cotton fibre from pre-consumer offcuts, 200 kg bales", "recycled_cotton_fibre"),
            ("Open-end recycled cotton yarn Ne 10-16", "recycled_cotton_yarn"),
        ),
        needs=(
            need("Cutting-room scraps, cotton knit, sorted by colour", "cotton_cutting_waste"),
            need("Worn-out hotel robes and towels, any condition", "used_towels_robes"),
        ),
    ),
    sme(
        7,
        "th",
        "หจก. มหาชัยรีไซเคิลผ้า",
        CT,
        UP,
        "Samut Sakhon",
        "mahachai.recycle@gmail.com",
        (),
        ("circular",),
        offers=(
            ("รับเก็บเศษผ้าจากโรงงานตัดเย็บ ถึงหน้าโรงงาน", "textile_waste_collection_service"),
            ("เศษผ้ายืดคอตตอน คัดสีแล้ว ขายเป็นกระสอบ", "cotton_cutting_waste"),
        ),
        needs=(unmet("เช่ารถหกล้อรายเดือน ไว้ขนเศษผ้า", "truck hire is transport; no one in the set offers it"),),
    ),
    sme(
        8,
        "en",
        "Eastern Textile Reclaim Co.",
        CT,
        UP,
        "Chonburi",
        "reclaim@easterntex.co.th",
        ("GRS",),
        ("circular",),
        offers=(
            ("Pick-up of used hotel linen, robes and towels for recycling", "textile_waste_collection_service"),
            ("Shredded terry fibre for stuffing and nonwovens", "recycled_cotton_fibre"),
        ),
        needs=(need("Discarded bathrobes and bath towels from hotels and spas", "used_towels_robes"),),
    ),
    sme(
        9,
        "th",
        "ไร่ฝ้ายพื้นเมืองเมืองน่าน",
        HNF,
        UP,
        "Nan",
        "nanfai.farm@gmail.com",
        (),
        ("bio",),
        offers=(("ฝ้ายตุ่น ฝ้ายขาว แกะเมล็ดแล้ว", "raw_cotton_lint"),),
        needs=(unmet("เมล็ดพันธุ์ฝ้ายตุ่นแท้ ไว้ปลูกปีหน้า", "cotton seed is a farm input; no one offers seed"),),
    ),
    sme(
        10,
        "en",
        "Siam Viscose Trading Co., Ltd.",
        SPT,
        UP,
        "Bangkok",
        "sales@siamviscose.com",
        (OEKO, "FSC"),
        offers=(
            ("Spun rayon yarn Ne 30/1 and 40/1, MOQ one pallet", "rayon_yarn"),
            ("Filament viscose for satin weaving, dope-dyed black", "rayon_yarn"),
        ),
    ),
    sme(
        11,
        "th",
        "บริษัท ขอนแก่นออร์แกนิกยาร์น จำกัด",
        ALI,
        UP,
        "Khon Kaen",
        "kk.organicyarn@gmail.com",
        ("GOTS", "OCS"),
        ("bio",),
        offers=(("เส้นด้ายฝ้ายอินทรีย์ เบอร์ 40 มีใบ GOTS", "organic_cotton_yarn"),),
        needs=(need("ปุยฝ้ายอินทรีย์ ต้องผ่านมาตรฐานเกษตรอินทรีย์", "raw_cotton_lint", req=(ORG_TH,)),),
    ),
    sme(
        12,
        "en",
        "ThaiCycle Yarns",
        CT,
        UP,
        "Bangkok",
        "hello@thaicycleyarns.com",
        ("GRS",),
        ("circular",),
        offers=(("Cotton-rich yarn spun from garment waste, Ne 12", "recycled_cotton_yarn"),),
        needs=(need("Post-consumer cotton clothing and sheets in bales, for fibre recovery", "used_hospital_linen"),),
    ),
    sme(
        13,
        "th",
        "กลุ่มลอกใยกัญชงบ้านห้วยหก",
        HNF,
        UP,
        "Chiang Rai",
        "huayhok.hemp@gmail.com",
        (),
        ("bio",),
        offers=(
            ("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 1 กิโล", "hemp_fibre"),
            ("ด้ายกัญชงเข็นมือ เส้นเล็ก", "hemp_yarn"),
        ),
    ),
    sme(
        14,
        "en",
        "Mae Sot Cotton Ginnery",
        HNF,
        UP,
        "Tak",
        "ginnery.maesot@gmail.com",
        offers=(("Ginned cotton lint, 170 kg pressed bales", "raw_cotton_lint"),),
    ),
)

# ------------------------------------------------------------------ data, part 2: cloth, services, trims (015-045)

SMES_MIDSTREAM = (
    sme(
        15,
        "th",
        "ร้านผ้าหม้อห้อมแท้ทุ่งโฮ้ง",
        HNF,
        MID,
        "Phrae",
        "mohom.thunghong@gmail.com",
        ("OTOP",),
        ("bio",),
        offers=(
            ("ผ้าหม้อห้อม ผ้าฝ้ายย้อมห้อมแท้ ขายเป็นหลา", "indigo_dyed_cotton_fabric"),
            ("รับย้อมห้อม ผ้าของลูกค้าส่งมา คิดเป็นกิโล", "indigo_dyeing_service"),
        ),
        needs=(
            need("ห้อมเปียกเนื้อดี สีสม่ำเสมอ", "indigo_paste"),
            need("ผ้าดิบทอเครื่อง ยังไม่ฟอก ม้วนใหญ่", "greige_cotton_fabric"),
        ),
    ),
    sme(
        16,
        "en",
        "Khram Sakon Indigo Studio",
        ALI,
        MID,
        "Sakon Nakhon",
        "studio@khramsakon.com",
        ("OTOP",),
        ("bio",),
        offers=(
            ("Sakon Nakhon hand-dyed indigo cotton by the metre", "indigo_dyed_cotton_fabric"),
            ("Indigo dip-dyeing of your own garments or fabric", "indigo_dyeing_service"),
        ),
        needs=(
            need(
                "Handwoven cotton in natural white, 100 m lots, Fairtrade nice to have",
                "handwoven_cotton_fabric",
                waive=("Fairtrade",),
            ),
        ),
    ),
    sme(
        17,
        "th",
        "กลุ่มทอผ้าบ้านโพน",
        ALI,
        MID,
        "Kalasin",
        "banphon.weaving@gmail.com",
        ("OTOP",),
        offers=(
            ("ผ้าฝ้ายทอมือ สีขาวธรรมชาติ หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
            ("ผ้าไหมแพรวา ทอมือ ผืนละ 2 เมตร", "silk_fabric"),
        ),
        needs=(
            need("เส้นฝ้ายเบอร์ 20 ยังไม่ย้อม", "cotton_yarn", "organic_cotton_yarn"),
            need("ไหมเส้นพุ่ง ไหมพื้นบ้าน", "silk_yarn"),
        ),
    ),
    sme(
        18,
        "en",
        "Lanna Handloom Cotton",
        HNF,
        MID,
        "Chiang Mai",
        "weave@lannahandloom.com",
        ("Fairtrade",),
        offers=(
            ("Handloomed cotton, plain and stripe, 90 cm", "handwoven_cotton_fabric"),
            ("Double-layer cotton gauze, loom-woven, soft wash", "double_gauze_fabric"),
        ),
        needs=(
            need("Hand-spun yarn, natural brown cotton", "handspun_cotton_yarn"),
            need("Natural dyestuff: lac, annatto, indigo", "natural_dye_material", "indigo_paste"),
        ),
    ),
    sme(
        19,
        "th",
        "บริษัท สยามนิตติ้ง จำกัด",
        SPT,
        MID,
        "Samut Prakan",
        "order@siamknitting.co.th",
        (OEKO, "ISO 9001"),
        offers=(
            ("ผ้ายืดคอตตอน 100% ซิงเกิ้ลเจอร์ซี่ 160 แกรม", "cotton_jersey_fabric"),
            ("ผ้ายืดเรยอนผสมสแปนเด็กซ์ นิ่ม ทิ้งตัว", "rayon_jersey_fabric"),
        ),
        needs=(
            need("ด้ายคอตตอนหวี 30 ถึง 40 สำหรับเครื่องถักกลม", "cotton_yarn", "organic_cotton_yarn"),
            need("โรงย้อมรับย้อมผ้าถักดิบ สีรีแอคทีฟ", "fabric_dyeing_service"),
        ),
    ),
    sme(
        20,
        "en",
        "Bangkok Knit & Dye Co., Ltd.",
        SPT,
        MID,
        "Bangkok",
        "cs@bkkknitdye.co.th",
        (OEKO, "bluesign"),
        offers=(
            ("Commission dyeing of knit fabric, reactive and disperse", "fabric_dyeing_service"),
            ("Dyed cotton interlock, 220 gsm, 20 stock colours", "cotton_jersey_fabric"),
        ),
        needs=(
            need("Cotton yarn 30s combed, ring spun", "cotton_yarn"),
            unmet("Wastewater treatment consultant", "a consulting service; no one in the set offers it"),
        ),
    ),
    sme(
        21,
        "th",
        "โรงงานผ้าสปันนครปฐม",
        ALC,
        MID,
        "Nakhon Pathom",
        "spun.nakhonpathom@gmail.com",
        offers=(
            ("ผ้าสปัน ลายดอก หน้า 58 นิ้ว หลาละ 45 บาท", "rayon_woven_fabric"),
            ("ผ้าสปันสีพื้น ขายยกม้วน", "rayon_woven_fabric"),
        ),
        needs=(
            need("เส้นด้ายเรยอนสำหรับทอ เบอร์ 30", "rayon_yarn"),
            need("รับพิมพ์ลายลงผ้าของเรา", "fabric_printing_service"),
        ),
    ),
    sme(
        22,
        "en",
        "Pratunam Flannel House",
        ALC,
        MID,
        "Bangkok",
        "pratunam.flannel@gmail.com",
        offers=(
            ("Cotton flannel in checks, for winter pyjamas", "cotton_flannel_fabric"),
            ("Printed cotton poplin 40s, 150 cm wide", "printed_cotton_fabric"),
        ),
        needs=(unmet("Bamboo viscose jersey for summer sleepwear", "no one in the set offers bamboo viscose cloth"),),
    ),
    sme(
        23,
        "th",
        "โรงงานผ้าขนหนูมหาชัย",
        ALC,
        MID,
        "Samut Sakhon",
        "mahachai.towel@gmail.com",
        (OEKO,),
        offers=(("ผ้าขนหนูเป็นม้วน ฝ้ายล้วน 400 แกรม", "terry_fabric"),),
        needs=(need("ด้ายฝ้ายเบอร์ 16 ถึง 20 ทอผ้าขน", "cotton_yarn"),),
    ),
    sme(
        24,
        "en",
        "Rayong Terry Mills",
        CT,
        MID,
        "Rayong",
        "sales@rayongterry.com",
        ("GRS",),
        ("circular",),
        offers=(("Terry towelling with 30% recycled cotton, rolls", "recycled_terry_fabric"),),
        needs=(need("GRS-certified recycled cotton yarn, Ne 10", "recycled_cotton_yarn", req=("GRS",)),),
    ),
    sme(
        25,
        "th",
        "หจก. มัสลินเชียงใหม่",
        HNF,
        MID,
        "Chiang Mai",
        "muslin.cm@gmail.com",
        offers=(("ผ้ามัสลินสองชั้น ฝ้ายล้วน ซักแล้วนุ่ม", "double_gauze_fabric"),),
        needs=(need("ผ้าฝ้ายดิบ ยังไม่ผ่านการฟอก", "greige_cotton_fabric"),),
    ),
    sme(
        26,
        "en",
        "Korat Weaving Mill",
        HNF,
        MID,
        "Nakhon Ratchasima",
        "mill@koratweaving.co.th",
        ("ISO 9001",),
        offers=(
            ("Greige cotton sheeting, 63 inch, unbleached", "greige_cotton_fabric"),
            ("Bleached cotton poplin for shirting and sleepwear", "bleached_cotton_fabric"),
        ),
        needs=(need("Carded cotton yarn, count 20 to 30", "cotton_yarn"),),
    ),
    sme(
        27,
        "th",
        "กลุ่มย้อมสีธรรมชาติบ้านนาข่า",
        ALI,
        MID,
        "Udon Thani",
        "nakha.naturaldye@gmail.com",
        (),
        ("bio", "green"),
        offers=(
            ("รับย้อมสีธรรมชาติ เปลือกไม้ ครั่ง ผ้าที่ลูกค้าส่งมา", "natural_dyeing_service"),
            ("รับย้อมคราม ชิ้นงานของลูกค้า", "indigo_dyeing_service"),
        ),
        needs=(need("ครั่งดิบ เปลือกประดู่ ไว้ทำสี", "natural_dye_material"),),
    ),
    sme(
        28,
        "en",
        "MediFinish Textiles Co., Ltd.",
        SPT,
        MID,
        "Pathum Thani",
        "sales@medifinish.co.th",
        ("ISO 9001", "ISO 13485"),
        offers=(
            ("Antimicrobial silver finishing on customer fabric", "antimicrobial_finishing_service"),
            ("Antibacterial cotton twill for patient wear, ready stock", "antimicrobial_fabric"),
        ),
        needs=(need("White PFD cotton cloth, 110 gsm, to finish", "bleached_cotton_fabric"),),
    ),
    sme(
        29,
        "th",
        "บริษัท คูลสลีป เท็กซ์ จำกัด",
        SPT,
        MID,
        "Chonburi",
        "coolsleeptex@gmail.com",
        (OEKO,),
        offers=(("ผ้าถักสัมผัสเย็น ไนลอนผสม สำหรับชุดนอนหน้าร้อน", "cooling_knit_fabric"),),
        needs=(need("รับย้อมผ้าถักไนลอนให้เรา", "fabric_dyeing_service"),),
    ),
    sme(
        30,
        "en",
        "Sampeng Trims Supply",
        ALC,
        MID,
        "Bangkok",
        "sampeng.trims@gmail.com",
        offers=(
            ("Soft elastic 1 inch, 100 m rolls", "elastic_band"),
            ("Polyester and shell buttons, 15 mm", "buttons"),
        ),
    ),
    sme(
        31,
        "th",
        "ร้านยางยืดสำเพ็ง",
        ALC,
        MID,
        "Bangkok",
        "yangyued.sampeng@gmail.com",
        offers=(
            ("ลูกไม้ฝ้าย ลายดอกเล็ก", "lace_trim"),
            ("กระดุมแม่เหล็ก ขนาด 12 มม.", "magnetic_closures"),
        ),
    ),
    sme(
        32,
        "en",
        "Isan Coconut Button Works",
        ALI,
        MID,
        "Khon Kaen",
        "isan.buttons@gmail.com",
        (),
        ("bio",),
        offers=(("Coconut-shell buttons, natural finish, 4-hole", "coconut_shell_buttons"),),
        needs=(unmet("Coconut shells in bulk from kitchens", "a raw material outside textiles; no one offers it"),),
    ),
    sme(
        33,
        "th",
        "บริษัท ป้ายทอสยาม จำกัด",
        ALC,
        MID,
        "Samut Prakan",
        "sale@paitorsiam.co.th",
        offers=(("ป้ายทอคอเสื้อ ป้ายไซส์ ขั้นต่ำ 1000 ชิ้น", "woven_labels"),),
    ),
    sme(
        34,
        "en",
        "Nonthaburi Embroidery Service",
        ALC,
        MID,
        "Nonthaburi",
        "nbembroidery@gmail.com",
        offers=(("Logo embroidery on robes, towels and slippers", "embroidery_service"),),
    ),
    sme(
        35,
        "th",
        "ร้านรับปักชื่อ บางกะปิ",
        ALC,
        MID,
        "Bangkok",
        "bangkapi.pak@gmail.com",
        offers=(("รับปักโลโก้ ปักชื่อ บนเสื้อคลุม ผ้าเช็ดตัว", "embroidery_service"),),
    ),
    sme(
        36,
        "en",
        "Mahachai CMT Sewing",
        ALC,
        MID,
        "Samut Sakhon",
        "cmt.mahachai@gmail.com",
        ("SA8000",),
        offers=(
            ("CMT sewing of pyjamas and loungewear, your fabric", "sewing_service"),
            ("Cut-make-trim for robes, MOQ 300 pcs", "sewing_service"),
        ),
        needs=(
            need("Waistband elastic for pyjama bottoms", "elastic_band"),
            need("Care and size labels, woven", "woven_labels"),
        ),
    ),
    sme(
        37,
        "th",
        "กลุ่มแม่บ้านตัดเย็บบ้านหนองแวง",
        ALI,
        MID,
        "Roi Et",
        "nongwaeng.sewing@gmail.com",
        offers=(("รับจ้างเย็บชุดนอน เสื้อผ้า ตามแบบลูกค้า", "sewing_service"),),
        needs=(unmet("จักรโพ้งมือสอง", "an overlock machine; no one in the set sells machines"),),
    ),
    sme(
        38,
        "en",
        "Lamphun Print Studio",
        HNF,
        MID,
        "Lamphun",
        "lamphunprint@gmail.com",
        offers=(("Block and screen printing on your fabric", "fabric_printing_service"),),
        needs=(need("Plain rayon challis to print on", "rayon_woven_fabric"),),
    ),
    sme(
        39,
        "th",
        "โรงพิมพ์ผ้าดิจิทัลมหาชัย",
        SPT,
        MID,
        "Samut Sakhon",
        "digitalprint.mc@gmail.com",
        offers=(("รับพิมพ์ดิจิทัลลงผ้า ไม่มีขั้นต่ำ", "fabric_printing_service"),),
        needs=(need("ผ้าคอตตอนทอสีขาว สำหรับงานพิมพ์", "bleached_cotton_fabric"),),
    ),
    sme(
        40,
        "th",
        "โรงงานฟอกย้อมอยุธยา",
        ALC,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "ayutthaya.dyeing@gmail.com",
        ("ISO 14001",),
        offers=(
            ("รับฟอกย้อมผ้าทอ ผ้ายืด ย้อมสีตามสั่ง", "fabric_dyeing_service"),
            ("ผ้าป๊อปลินย้อมสีพื้น พร้อมส่ง", "dyed_cotton_fabric"),
        ),
        needs=(unmet("สีย้อมรีแอคทีฟ ราคาส่ง", "synthetic dyestuff; no one in the set sells it"),),
    ),
    sme(
        41,
        "en",
        "Chiang Rai Silk & Cotton",
        HNF,
        MID,
        "Chiang Rai",
        "crsilkcotton@gmail.com",
        (PEACOCK,),
        offers=(("Thai silk satin for robes, 30 momme", "silk_fabric"),),
        needs=(need("Plant-based dyeing of our silk lengths", "natural_dyeing_service"),),
    ),
    sme(
        42,
        "th",
        "โรงงานผ้ารีไซเคิลนครปฐม",
        CT,
        MID,
        "Nakhon Pathom",
        "recyclefabric.npt@gmail.com",
        ("GRS",),
        ("circular",),
        offers=(("ผ้าทอจากด้ายรีไซเคิล สีเทาท็อปดาย", "recycled_cotton_fabric"),),
        needs=(need("ด้ายรีไซเคิล ฝ้ายผสม ต้องมี GRS", "recycled_cotton_yarn", req=("GRS",)),),
    ),
    sme(
        43,
        "en",
        "Waffle & Terry Trading",
        ALC,
        MID,
        "Bangkok",
        "waffleterry@gmail.com",
        offers=(("Waffle pique for spa robes, white, 240 gsm", "waffle_fabric"),),
    ),
    sme(
        44,
        "th",
        "วิสาหกิจชุมชนผ้าครามบ้านดอนกอย",
        ALI,
        MID,
        "Sakon Nakhon",
        "donkoy.khram@gmail.com",
        ("OTOP",),
        ("bio",),
        offers=(("ฝ้ายย้อมครามจากเนื้อครามแท้ ขายเป็นไจ", "indigo_dyed_cotton_yarn"),),
        needs=(need("เส้นฝ้ายเข็นเอง เส้นไม่เรียบ", "handspun_cotton_yarn"),),
    ),
    sme(
        45,
        "en",
        "HealthTex Fabrics",
        SPT,
        MID,
        "Samut Prakan",
        "sales@healthtexfabrics.com",
        (TIS,),
        offers=(
            ("TC 65/35 twill and poplin for patient wear", "poly_cotton_fabric"),
            ("Anti-bacterial TC fabric, ready rolls", "antimicrobial_fabric"),
        ),
        needs=(need("Antimicrobial treatment of our TC rolls", "antimicrobial_finishing_service"),),
    ),
)

# ------------------------------------------------------------------ data, part 3: garment makers (046-073)

SMES_MAKERS = (
    sme(
        46,
        "th",
        "แบรนด์ชุดนอนนอนอุ่น",
        ALC,
        DOWN,
        "Bangkok",
        "nonoon.brand@gmail.com",
        offers=(
            ("ชุดนอนผ้าสปัน แขนสั้นขาสั้น ไซส์ S ถึง XXL", "pyjamas"),
            ("ชุดนอนเด็ก ลายการ์ตูน", "children_pyjamas"),
        ),
        needs=(
            need("อยากได้ผ้าเรยอนทอ ลายดอก ม้วนละ 50 หลา", "rayon_woven_fabric"),
            need("ยางขอบกางเกง นิ่ม ไม่รัด", "elastic_band"),
            unmet("ผ้าใยไผ่ ทำชุดนอนเด็ก", "no one in the set offers bamboo cloth"),
        ),
    ),
    sme(
        47,
        "en",
        "Slumber Co. Loungewear",
        ALC,
        DOWN,
        "Bangkok",
        "hello@slumberco.co",
        offers=(
            ("Cotton jersey lounge sets, jogger and tee", "loungewear_set"),
            ("Satin sleep masks with soft strap", "satin_eye_mask"),
        ),
        needs=(
            need("Soft knit cotton, 180 gsm, pastel, under 250 THB/kg", "cotton_jersey_fabric"),
            need("Sewing partner for 500 sets a month", "sewing_service"),
        ),
    ),
    sme(
        48,
        "th",
        "ร้านชุดนอนผ้าไทยขอนแก่น",
        ALI,
        DOWN,
        "Khon Kaen",
        "phathai.kk@gmail.com",
        offers=(
            ("ชุดนอนผ้าฝ้ายทอมือ ย้อมคราม", "pyjamas"),
            ("ผ้าปิดตาผ้าฝ้ายย้อมคราม", "cotton_eye_mask"),
        ),
        needs=(
            need("ผ้าคราม ผืนยาว ไว้ตัดชุด", "indigo_dyed_cotton_fabric"),
            need("ช่างเย็บรับงานตามแบบ", "sewing_service"),
        ),
    ),
    sme(
        49,
        "en",
        "Hom Studio Pyjamas",
        HNF,
        DOWN,
        "Chiang Mai",
        "hi@homstudio.co",
        offers=(
            ("Mor hom indigo pyjama sets, unisex", "pyjamas"),
            ("Indigo cotton kimono robes", "cotton_kimono_robe"),
        ),
        needs=(
            need("Mor hom cloth from Phrae", "indigo_dyed_cotton_fabric"),
            need("Coconut buttons for pyjama fronts", "coconut_shell_buttons"),
        ),
    ),
    sme(
        50,
        "th",
        "บริษัท สลีปเวลล์ การ์เมนท์ จำกัด",
        ALC,
        DOWN,
        "Nonthaburi",
        "sleepwell.garment@gmail.com",
        ("ISO 9001", OEKO),
        offers=(
            ("ชุดนอนผู้หญิง ผ้าคอตตอน ส่งห้าง", "pyjamas"),
            ("ชุดนอนกระโปรง แขนกุด ผ้าเรยอน", "nightgown"),
            ("เซ็ตชุดอยู่บ้าน เสื้อยืดกางเกงขายาว", "loungewear_set"),
        ),
        needs=(
            need("ผ้าเรยอนยืด สำหรับเดรสนอน", "rayon_jersey_fabric"),
            need("ลูกไม้ตกแต่งคอเสื้อ", "lace_trim"),
            need("ป้ายยี่ห้อ ป้ายบอกขนาด", "woven_labels"),
        ),
    ),
    sme(
        51,
        "en",
        "Kimono House Bangkok",
        ALC,
        DOWN,
        "Bangkok",
        "kimonohouse.bkk@gmail.com",
        offers=(
            ("Cotton yukata-style robes, S-XL", "cotton_kimono_robe"),
            ("Silk kimono robes in gift box", "silk_kimono_robe"),
        ),
        needs=(
            need("Thai silk yardage, Peacock Emblem certified", "silk_fabric", req=(PEACOCK,)),
            need("Printed rayon cloth for robes", "rayon_woven_fabric"),
        ),
    ),
    sme(
        52,
        "th",
        "โรงงานเสื้อคลุมอาบน้ำมหาชัย",
        ALC,
        DOWN,
        "Samut Sakhon",
        "bathrobe.mahachai@gmail.com",
        offers=(
            ("เสื้อคลุมอาบน้ำผ้าขนหนู ส่งโรงแรม ปักโลโก้ได้", "bathrobe"),
            ("สลิปเปอร์ผ้าขนหนู สำหรับโรงแรม", "hotel_slippers"),
        ),
        needs=(
            need("ผ้าเทอร์รี่ม้วน สีขาว 380 แกรม", "terry_fabric", "recycled_terry_fabric"),
            need("ผ้ารังผึ้งสีขาว ตัดชุดคลุมสปา", "waffle_fabric"),
        ),
    ),
    sme(
        53,
        "en",
        "Pattaya Hotel Robes Co.",
        ALC,
        DOWN,
        "Chonburi",
        "sales@pattayarobes.com",
        offers=(
            ("Waffle kimono bathrobes for hotels and spas", "waffle_robe"),
            ("Closed-toe terry slippers for hotels", "hotel_slippers"),
        ),
        needs=(
            need("Honeycomb weave cotton, 100 m rolls", "waffle_fabric"),
            need("Hotel logo stitching on robes", "embroidery_service"),
        ),
    ),
    sme(
        54,
        "th",
        "บริษัท เมดิแวร์ไทย จำกัด",
        ALC,
        DOWN,
        "Pathum Thani",
        "mediwear.thai@gmail.com",
        ("ISO 13485", TIS),
        offers=(
            ("เสื้อคลุมผู้ป่วย ผูกหลัง ผ้าฝ้าย", "hospital_gown"),
            ("ชุดผู้ป่วย เสื้อกางเกง ไซส์ใหญ่", "patient_pyjamas"),
        ),
        needs=(
            need("ผ้าทีซีทอ สำหรับชุดคนไข้", "poly_cotton_fabric"),
            need("ผ้าต้านเชื้อแบคทีเรีย สำหรับชุดคนไข้", "antimicrobial_fabric"),
        ),
    ),
    sme(
        55,
        "en",
        "Ubon Care Garments",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "ubon.care@gmail.com",
        offers=(
            ("Patient pyjamas, cotton, ward colours", "patient_pyjamas"),
            ("Front-opening nightwear for elderly, velcro", "adaptive_sleepwear"),
        ),
        needs=(
            need("Magnet closures for easy-dress clothing", "magnetic_closures"),
            need("Someone to sew 1,000 patient sets a month", "sewing_service"),
        ),
    ),
    sme(
        56,
        "th",
        "ร้านชุดนอนผู้สูงวัยโคราช",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "chudnon.korat@gmail.com",
        offers=(("ชุดนอนผู้สูงอายุ ผ่าหน้า ติดแม่เหล็ก ใส่ง่าย", "adaptive_sleepwear"),),
        needs=(
            need("ผ้าสำลี หนานุ่ม ใส่หน้าหนาว", "cotton_flannel_fabric"),
            need("แม่เหล็กติดเสื้อ", "magnetic_closures"),
        ),
    ),
    sme(
        57,
        "en",
        "Offcut Collective",
        CT,
        DOWN,
        "Bangkok",
        "studio@offcutcollective.org",
        (),
        ("circular",),
        offers=(
            ("Drawstring pouches sewn from pyjama offcuts", "drawstring_pouch"),
            ("Patchwork robes from cotton scraps", "cotton_kimono_robe"),
        ),
        needs=(need("Clean cotton leftovers from cutting tables, mixed prints", "cotton_cutting_waste"),),
    ),
    sme(
        58,
        "th",
        "ร้านอัพไซเคิลผ้าเก่าม่อนแจ่ม",
        CT,
        DOWN,
        "Chiang Mai",
        "monjam.upcycle@gmail.com",
        (),
        ("circular",),
        offers=(("ถุงผ้าหูรูด ทำจากผ้าหม้อห้อมที่เหลือ", "drawstring_pouch"),),
        needs=(need("ผ้าเหลือจากโรงงานชุดนอน", "cotton_cutting_waste"),),
    ),
    sme(
        59,
        "en",
        "Little Dreamers Kidswear",
        ALC,
        DOWN,
        "Bangkok",
        "buy@littledreamers.co.th",
        (OEKO,),
        offers=(("Children's cotton pyjamas, 2-10 years", "children_pyjamas"),),
        needs=(need("Interlock cotton, OEKO-TEX Standard 100 certified", "cotton_jersey_fabric", req=(OEKO,)),),
    ),
    sme(
        60,
        "th",
        "แบรนด์กัญชงนอนสบาย",
        HNF,
        DOWN,
        "Chiang Mai",
        "kanchong.sabai@gmail.com",
        (),
        ("bio",),
        offers=(
            ("ชุดอยู่บ้านผ้ากัญชง ย้อมธรรมชาติ", "loungewear_set"),
            ("ชุดนอนกัญชงผสมฝ้าย", "pyjamas"),
        ),
        needs=(
            need("ผ้าทอใยกัญชง หน้ากว้าง", "hemp_fabric"),
            need(
                "ย้อมสีจากพืชให้ผ้าของเรา ห้ามใช้สีเคมี",
                "natural_dyeing_service",
                "indigo_dyeing_service",
            ),
        ),
    ),
    sme(
        61,
        "en",
        "Organic Sleep Lab",
        HNF,
        DOWN,
        "Bangkok",
        "team@organicsleeplab.com",
        ("GOTS",),
        ("bio",),
        offers=(
            ("GOTS organic cotton pyjamas", "pyjamas"),
            ("Organic cotton eye masks", "cotton_eye_mask"),
        ),
        needs=(
            unmet(
                "Jersey knitted from GOTS-certified organic yarn",
                "no knitter in the set holds GOTS",
                "cotton_jersey_fabric",
                req=("GOTS",),
            ),
            need("Organic cotton yarn for our knitting partner", "organic_cotton_yarn"),
        ),
    ),
    sme(
        62,
        "th",
        "ร้านชุดนอนไหมไทยสีลม",
        ALC,
        DOWN,
        "Bangkok",
        "silom.silksleep@gmail.com",
        offers=(
            ("เสื้อคลุมผ้าไหมไทย ปักลาย", "silk_kimono_robe"),
            ("ชุดนอนผ้าไหม เซ็ตของขวัญ", "pyjamas"),
        ),
        needs=(need("ผ้าไหมแท้ มีตรานกยูง", "silk_fabric", req=(PEACOCK,)),),
    ),
    sme(
        63,
        "en",
        "Cosy Home Loungewear",
        ALC,
        DOWN,
        "Nonthaburi",
        "cosyhome.lounge@gmail.com",
        offers=(
            ("Flannel pyjama sets, tartan, unisex", "pyjamas"),
            ("Lounge shorts and tee sets", "loungewear_set"),
        ),
        needs=(
            need("Brushed cotton for winter sleepwear", "cotton_flannel_fabric"),
            unmet("Tencel lyocell twill for a premium line", "no one in the set offers lyocell"),
        ),
    ),
    sme(
        64,
        "th",
        "กลุ่มชุดนอนผ้าพื้นเมืองสุรินทร์",
        ALI,
        DOWN,
        "Surin",
        "surin.chudnon@gmail.com",
        ("OTOP",),
        offers=(("ชุดนอนผ้าฝ้ายมัดหมี่", "pyjamas"),),
        needs=(
            need("ผ้าฝ้ายทอกี่พื้นบ้าน สีพื้น", "handwoven_cotton_fabric"),
            need("เส้นฝ้ายย้อมคราม ไว้ทอมัดหมี่", "indigo_dyed_cotton_yarn"),
        ),
    ),
    sme(
        65,
        "en",
        "CoolNight Sleepwear",
        SPT,
        DOWN,
        "Bangkok",
        "hello@coolnight.co",
        offers=(("Cooling pyjamas for hot sleepers", "pyjamas"),),
        needs=(
            need("Cool-touch knit for summer sleepwear", "cooling_knit_fabric"),
            unmet("Moisture-wicking finish on our knits", "no one in the set offers wicking finishing"),
            need("Someone to grade our pyjama pattern and sew a first sample", "pattern_making_service"),
        ),
    ),
    sme(
        66,
        "th",
        "ร้านผ้าปิดตาสลีปมาสก์",
        ALC,
        DOWN,
        "Samut Prakan",
        "sleepmask.shop@gmail.com",
        offers=(("ผ้าปิดตานอน ผ้าซาติน บุฟองน้ำ", "satin_eye_mask"),),
        needs=(
            need("ผ้าก๊อซสองชั้น ทำรุ่นใหม่", "double_gauze_fabric"),
            need("ยางเส้นเล็ก สำหรับสายรัดหัว", "elastic_band"),
        ),
    ),
    sme(
        67,
        "en",
        "Maison Robe Export",
        ALC,
        DOWN,
        "Bangkok",
        "export@maisonrobe.com",
        ("SA8000",),
        offers=(("Hotel bathrobes, shawl collar, 450 gsm", "bathrobe"),),
        needs=(
            need(
                "Terry rolls for robes, OEKO-TEX not required",
                "terry_fabric",
                "recycled_terry_fabric",
                waive=(OEKO,),
            ),
        ),
    ),
    sme(
        68,
        "th",
        "บริษัท โฮมสไตล์ชุดอยู่บ้าน จำกัด",
        ALC,
        DOWN,
        "Bangkok",
        "homestyle.wear@gmail.com",
        offers=(("ชุดอยู่บ้านผ้าคอตตอน ขายส่งยกโหล", "loungewear_set"),),
        needs=(need("ผ้าเจอร์ซีย์ฝ้าย ไม่ต้องมี OEKO-TEX", "cotton_jersey_fabric", waive=(OEKO,)),),
    ),
    sme(
        69,
        "en",
        "Udon Pha Khram Homewear",
        ALI,
        DOWN,
        "Udon Thani",
        "udon.khram@gmail.com",
        offers=(("Indigo cotton loungewear, Isan style", "loungewear_set"),),
        needs=(need("Natural indigo-dyed cloth, no synthetic indigo", "indigo_dyed_cotton_fabric"),),
    ),
    sme(
        70,
        "th",
        "หจก. เดรสนอนลูกไม้",
        ALC,
        DOWN,
        "Bangkok",
        "dressnon.lace@gmail.com",
        offers=(("ชุดนอนกระโปรงลูกไม้ สายเดี่ยว", "nightgown"),),
        needs=(
            need("ผ้าซาตินเรยอน ทิ้งตัว", "rayon_woven_fabric"),
            need("ลูกไม้ขอบ ลายดอก", "lace_trim"),
        ),
    ),
    sme(
        71,
        "en",
        "ReRobe Thailand",
        CT,
        DOWN,
        "Chiang Mai",
        "hello@rerobe.co",
        ("GRS",),
        ("circular",),
        offers=(("Robes made from recycled cotton terry", "bathrobe"),),
        needs=(
            need("Anyone weaving towelling from recycled yarn?", "recycled_terry_fabric"),
            need("Melange cloth from recycled yarn, for robe linings", "recycled_cotton_fabric"),
        ),
    ),
    sme(
        72,
        "th",
        "ผ้าปิดตาสมุนไพรแม่ฮ่องสอน",
        HNF,
        DOWN,
        "Mae Hong Son",
        "herbmask.mhs@gmail.com",
        (),
        ("bio",),
        offers=(("ผ้าปิดตาสมุนไพร ลาเวนเดอร์ ผ้าฝ้าย", "herbal_eye_mask"),),
    ),
    sme(
        73,
        "th",
        "ร้านชุดนอนปาเต๊ะอันดามัน",
        ALC,
        DOWN,
        "Krabi",
        "pateh.andaman@gmail.com",
        offers=(("ชุดนอนผ้าปาเต๊ะ เขียนเทียนมือ ไซส์ใหญ่ถึง 5XL", "pyjamas"),),
        needs=(need("ผ้าฝ้ายขาวล้วน ไว้เขียนเทียนทำบาติก", "bleached_cotton_fabric"),),
    ),
)

# ------------------------------------------------------------------ data, part 4: buyers and the rest (074-095)

SMES_BUYERS = (
    sme(
        74,
        "en",
        "Riverside Grand Hotel",
        ALC,
        DOWN,
        "Bangkok",
        "purchasing@riversidegrand.co.th",
        offers=(("Retired bathrobes and towels, about 2 tonnes a year", "used_towels_robes"),),
        needs=(
            need("Bathrobes with embroidered logo, 200 pcs, budget 650 baht each", "bathrobe", "waffle_robe"),
            need("Take-back for retired robes and towels", "textile_waste_collection_service"),
        ),
    ),
    sme(
        75,
        "th",
        "โรงแรมอันดามันรีสอร์ท",
        ALC,
        DOWN,
        "Phuket",
        "purchase@andamanresort.com",
        offers=(("ผ้าเช็ดตัว เสื้อคลุมเก่า ที่ปลดระวางแล้ว", "used_towels_robes"),),
        needs=(need("ยูกาตะผ้าฝ้ายให้แขกใส่ในห้อง", "cotton_kimono_robe"),),
    ),
    sme(
        76,
        "th",
        "ล้านนาเวลเนสสปา",
        ALC,
        DOWN,
        "Chiang Mai",
        "lanna.wellness.spa@gmail.com",
        needs=(
            need("ชุดคลุมผ้ารังผึ้ง ใส่ในสปา สีขาว 50 ตัว", "waffle_robe"),
            need("ที่ปิดตาสมุนไพร ไว้ให้ลูกค้านอนพักหลังนวด", "herbal_eye_mask"),
        ),
    ),
    sme(
        77,
        "th",
        "โรงพยาบาลนนทเวชการ",
        ALC,
        DOWN,
        "Nonthaburi",
        "supply@nonthavej-care.com",
        offers=(("ชุดคนไข้เก่า ผ้าปูเตียงใช้แล้ว ขายเหมาเป็นกิโล", "used_hospital_linen"),),
        needs=(
            need("ชุดคนไข้ เสื้อและกางเกง ผ่าน มอก.", "patient_pyjamas", req=(TIS,)),
            need("ชุดผ่าหลังสำหรับผ่าตัด", "hospital_gown"),
        ),
    ),
    sme(
        78,
        "en",
        "Khon Kaen Community Hospital",
        ALI,
        DOWN,
        "Khon Kaen",
        "procure@kkcommunityhospital.org",
        needs=(
            need("Tie-back patient gowns from an ISO 13485 certified maker", "hospital_gown", req=("ISO 13485",)),
            need("Inpatient pyjama sets, sizes M to 3XL", "patient_pyjamas"),
        ),
    ),
    sme(
        79,
        "th",
        "ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ",
        ALI,
        DOWN,
        "Sisaket",
        "baansukjai.care@gmail.com",
        needs=(need("ชุดนอนคนแก่ แบบใส่ง่าย ไม่ต้องติดกระดุม", "adaptive_sleepwear"),),
    ),
    sme(
        80,
        "en",
        "Silver Years Care Home",
        ALC,
        DOWN,
        "Bangkok",
        "admin@silveryears.co.th",
        needs=(
            need("Easy-on nightwear for residents with limited mobility", "adaptive_sleepwear"),
            need("Hospital-style gowns for bedridden residents", "hospital_gown"),
            unmet("Washable incontinence bed pads", "no one in the set offers bed pads"),
        ),
    ),
    sme(
        81,
        "th",
        "บริษัท ห้างนอนดี จำกัด",
        ALC,
        DOWN,
        "Bangkok",
        "buyer@nondee-store.com",
        needs=(
            need("ชุดนอนผู้ใหญ่ ต้องมีใบรับรอง OEKO-TEX", "pyjamas", req=(OEKO,)),
            need("ชุดนอนสำหรับลูกน้อย ผ้านิ่ม", "children_pyjamas"),
        ),
    ),
    sme(
        82,
        "en",
        "Green Living Concept Store",
        HNF,
        DOWN,
        "Bangkok",
        "buying@greenliving.store",
        (),
        ("green",),
        needs=(
            need("Pyjamas in organic cotton with the GOTS label", "pyjamas", req=("GOTS",)),
            need("Eye masks in natural fibres, handmade", "cotton_eye_mask", "herbal_eye_mask"),
            unmet("Kapok-filled pillows", "no one in the set offers pillows"),
        ),
    ),
    sme(
        83,
        "th",
        "ร้านของฝากริมโขงมุกดาหาร",
        ALI,
        DOWN,
        "Mukdahan",
        "rimkhong.souvenir@gmail.com",
        needs=(
            need("ถุงหูรูดใส่ของฝาก", "drawstring_pouch"),
            need(
                "เสื้อคลุมแบบกิโมโน ผ้าพื้นเมือง ไม่จำเป็นต้องมีโอทอป",
                "cotton_kimono_robe",
                "silk_kimono_robe",
                waive=("OTOP",),
            ),
        ),
    ),
    sme(
        84,
        "en",
        "Hua Hin Beach Resort",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "supply@huahinbeachresort.com",
        needs=(
            need("Lightweight cotton robes for guest rooms", "cotton_kimono_robe"),
            need("Kids' sleepwear for family suites", "children_pyjamas"),
        ),
    ),
    sme(
        85,
        "th",
        "โรงแรมบูติกล้านนา",
        ALC,
        DOWN,
        "Chiang Mai",
        "lanna.boutique.hotel@gmail.com",
        needs=(need("ใครรับผ้าเก่าของโรงแรมไปรีไซเคิลบ้าง", "textile_waste_collection_service"),),
    ),
    sme(
        86,
        "en",
        "Mekong Riverside Hotel",
        ALI,
        DOWN,
        "Nakhon Phanom",
        "mekong.riverside@gmail.com",
        needs=(
            need("We would like plush bathrobes, 100 pcs", "bathrobe"),
            unmet(
                "Silk pyjamas with the Peacock Emblem for VIP suites",
                "the silk sleepwear maker holds no Peacock Emblem",
                "pyjamas",
                req=(PEACOCK,),
            ),
        ),
    ),
    sme(
        87,
        "th",
        "ร้านออนไลน์นอนหลับฝันดี",
        ALC,
        DOWN,
        "Bangkok",
        "fandee.online@gmail.com",
        needs=(
            need("ที่ปิดตาผ้ามันเงา สีพาสเทล ราคาส่ง", "satin_eye_mask"),
            need("เดรสใส่นอน ผู้หญิง", "nightgown"),
        ),
    ),
    sme(
        88,
        "th",
        "ร้านเสื้อผ้ามือสองรักษ์โลก",
        CT,
        DOWN,
        "Pathum Thani",
        "raklok.secondhand@gmail.com",
        (),
        ("circular",),
        needs=(need("เสื้อคลุมอาบน้ำเก่า สภาพดี เอามาขายต่อ", "used_towels_robes"),),
    ),
    sme(
        89,
        "en",
        "Sarakham Sewing Cooperative",
        ALI,
        MID,
        "Maha Sarakham",
        "sarakham.sewing@gmail.com",
        offers=(("Pattern grading and first samples for sleepwear brands", "pattern_making_service"),),
        needs=(unmet("Second-hand lockstitch machines", "sewing machines; no one in the set sells machines"),),
    ),
    sme(
        90,
        "th",
        "กลุ่มเลี้ยงไหมบ้านสนวน",
        ALI,
        UP,
        "Buriram",
        "sanuan.silk@gmail.com",
        (),
        ("bio",),
        offers=(("เส้นไหมน้อย ไหมพื้นบ้าน ต้มแล้ว", "silk_yarn"),),
        needs=(unmet("ใบหม่อนสด ไว้เลี้ยงหนอนไหม", "mulberry leaves are a farm input; no one offers them"),),
    ),
    sme(
        91,
        "th",
        "โฮมสเตย์ริมน้ำอัมพวา",
        ALC,
        DOWN,
        "Samut Songkhram",
        "amphawa.homestay@gmail.com",
        needs=(
            need("ผ้าปิดตาทำจากฝ้าย สกรีนชื่อที่พัก", "cotton_eye_mask", "herbal_eye_mask"),
            unmet("มุ้งกางนอน ให้นักท่องเที่ยว", "no one in the set offers mosquito nets"),
        ),
    ),
    sme(
        92,
        "th",
        "โรงพยาบาลสงขลาเวชกรรม",
        ALC,
        DOWN,
        "Songkhla",
        "supply@songkhlavej.com",
        offers=(("ผ้าปูเตียง ชุดผู้ป่วยเก่า ที่ปลดระวาง", "used_hospital_linen"),),
        needs=(
            need("เสื้อกาวน์คนไข้ แบบผูกด้านหลัง ยาวคลุมเข่า", "hospital_gown"),
            unmet("ชุดผู้ป่วยสำหรับคนท้อง", "no one in the set makes maternity patient wear"),
        ),
    ),
    sme(
        93,
        "en",
        "Sukhothai Natural Dye House",
        HNF,
        MID,
        "Sukhothai",
        "dyehouse.sukhothai@gmail.com",
        (),
        ("bio", "green"),
        offers=(
            ("Plant dyeing of customer yarn and cloth: mango bark, jackfruit", "natural_dyeing_service"),
            ("Dye bark and heartwood chips by the kilo", "natural_dye_material"),
        ),
    ),
    sme(
        94,
        "th",
        "ร้านขายส่งชุดนอนประตูน้ำ",
        ALC,
        DOWN,
        "Bangkok",
        "pratunam.pajamas@gmail.com",
        needs=(
            need("ชุดใส่นอนหนูน้อย คละไซส์ รับไปขายส่ง", "children_pyjamas"),
            need("ชุดนอนกระโปรงผ้าลื่น ใส่สบาย", "nightgown"),
        ),
    ),
    sme(
        95,
        "th",
        "ร้านเวชภัณฑ์ผู้สูงอายุบางแค",
        ALC,
        DOWN,
        "Bangkok",
        "bangkhae.elderly@gmail.com",
        needs=(
            need("ชุดนอนผู้ป่วยติดเตียง เปิดหน้าได้ง่าย", "adaptive_sleepwear", "patient_pyjamas"),
            need("ชุดคนไข้ ขายปลีกให้ญาติ", "patient_pyjamas"),
        ),
    ),
)

SMES = SMES_UPSTREAM + SMES_MIDSTREAM + SMES_MAKERS + SMES_BUYERS


# ------------------------------------------------------------------ checks


class CheckError(Exception):
    pass


def _fail(problems: list[str]) -> None:
    if problems:
        raise CheckError("\n".join(problems))


def _letters(text: str) -> list[str]:
    return [char for char in text if unicodedata.category(char).startswith("L") or "\u0e00" <= char <= "\u0e7f"]


def _script_problem(text: str, language: str) -> str | None:
    letters = _letters(text)
    thai = sum(1 for char in letters if "\u0e00" <= char <= "\u0e7f")
    if language == "th":
        if not letters or thai / len(letters) < 0.6:
            return f"Thai phrase is not mostly Thai letters: {text!r}"
        return None
    if thai or any(ord(char) >= 0x250 for char in letters):
        return f"English phrase has non-Latin letters: {text!r}"
    return None


def _mentions(certification: str) -> tuple[str, ...]:
    for entry in CERTIFICATIONS:
        if entry.name == certification:
            return (entry.name, *entry.aliases, *entry.mentions, *entry.case_sensitive_mentions)
    return ()


def _named_in(text: str, certification: str) -> bool:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return any(unicodedata.normalize("NFKC", m).casefold() in folded for m in _mentions(certification))


def check_profiles(smes: tuple[Sme, ...]) -> None:
    problems: list[str] = []
    ids = [s.id for s in smes]
    if ids != [f"{PREFIX}-{n:03d}" for n in range(1, N_PROFILES + 1)]:
        problems.append("ids must run bsw-001 ... bsw-095 in order, each once")
    sub_clusters = {c.value for c in SubCluster}
    stages = {c.value for c in Stage}
    tags = {c.value for c in BcgTag}
    for s in smes:
        where = s.id
        if s.language not in ("th", "en"):
            problems.append(f"{where}: language {s.language!r}")
        if s.sub_cluster not in sub_clusters:
            problems.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in stages:
            problems.append(f"{where}: stage {s.stage!r}")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            problems.append(f"{where}: province {s.province!r} is not an English province name")
        for cert in s.certifications:
            if resolve_certification(cert) != cert:
                problems.append(f"{where}: certification {cert!r} is not canonical")
        if len(set(s.certifications)) != len(s.certifications) or len(set(s.bcg)) != len(s.bcg):
            problems.append(f"{where}: repeated certification or BCG tag")
        problems += [f"{where}: BCG tag {tag!r}" for tag in s.bcg if tag not in tags]
        local, _, domain = s.email.partition("@")
        if not local or "." not in domain or " " in s.email or not s.email.isascii():
            problems.append(f"{where}: contact_email {s.email!r}")
        if not s.name.strip():
            problems.append(f"{where}: empty name")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            problems.append(f"{where}: wants 0-3 offers and 0-3 needs, not both empty")
        phrases = [s.name, *(text for text, _ in s.offers), *(n.text for n in s.needs)]
        problems += [f"{where}: {p}" for text in phrases if (p := _script_problem(text, s.language))]
        for text, label in s.offers:
            if not text.strip() or not label:
                problems.append(f"{where}: empty offer or label")
            claimed = find_certifications(text) - set(s.certifications)
            if claimed:
                problems.append(f"{where}: offer {text!r} claims {sorted(claimed)} the SME does not hold")
    _fail(problems)


def qualified_suppliers(smes: tuple[Sme, ...], buyer: Sme, n: Need) -> list[Sme]:
    return [
        s
        for s in smes
        if s is not buyer
        and any(label in n.labels for _, label in s.offers)
        and set(n.requires) <= set(s.certifications)
    ]


def check_needs(smes: tuple[Sme, ...]) -> None:
    problems: list[str] = []
    for buyer in smes:
        offered_by_others = {label for s in smes if s is not buyer for _, label in s.offers}
        for n in buyer.needs:
            where = f"{buyer.id}: need {n.text!r}"
            if not n.unmet_note and not n.labels:
                problems.append(f"{where} lists no labels and is not marked unmet")
            problems += [
                f"{where}: label {lb!r} offered by no one else" for lb in n.labels if lb not in offered_by_others
            ]
            found = find_certifications(n.text)
            if found != set(n.requires):
                problems.append(f"{where}: text asks for {sorted(found)}, data requires {sorted(n.requires)}")
            for cert in n.waives:
                if not _named_in(n.text, cert) or cert in found or cert in n.requires:
                    problems.append(f"{where}: waived {cert!r} must be named and negated in the text")
            for cert in n.requires:
                if resolve_certification(cert) != cert:
                    problems.append(f"{where}: certification {cert!r} is not canonical")
            met_by = qualified_suppliers(smes, buyer, n)
            if n.unmet_note and met_by:
                problems.append(f"{where} is marked unmet but {[s.id for s in met_by]} qualify")
            if not n.unmet_note and not met_by:
                problems.append(f"{where} has no qualified supplier")
    all_offers = {text.casefold() for s in smes for text, _ in s.offers}
    problems += [
        f"{s.id}: need {n.text!r} is worded exactly like an offer"
        for s in smes
        for n in s.needs
        if n.text.casefold() in all_offers
    ]
    _fail(problems)


# ------------------------------------------------------------------ links and counts


def true_links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    pairs = {(s.id, buyer.id) for buyer in smes for n in buyer.needs for s in qualified_suppliers(smes, buyer, n)}
    return sorted(pairs)


def counts(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    needs = [n for s in smes for n in s.needs]
    offers = [label for s in smes for _, label in s.offers]
    lang = Counter(s.language for s in smes)
    th_en = sum(1 for a, b in links if by_id[a].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for a, b in links if by_id[a].language == "en" and by_id[b].language == "th")
    cross = th_en + en_th
    n_unmet = sum(1 for n in needs if n.unmet_note)
    cross_sub = sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai / English profiles", f"{lang['th']} / {lang['en']}"),
    ]
    sub = Counter(s.sub_cluster for s in smes)
    rows += [(f"sub-cluster {c.value}", str(sub[c.value])) for c in SubCluster]
    stage = Counter(s.stage for s in smes)
    rows += [(f"stage {c.value}", str(stage[c.value])) for c in Stage]
    regions = Counter(province.region.value for s in smes if (province := resolve_province(s.province)))
    rows += [(f"region {name}", str(regions[name])) for name in sorted(regions)]
    rows += [
        ("distinct provinces", str(len({s.province for s in smes}))),
        ("offers", str(len(offers))),
        ("distinct offer labels", str(len(set(offers)))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(needs) - n_unmet} / {n_unmet}"),
        ("needs requiring a certification", str(sum(1 for n in needs if n.requires))),
        ("needs waiving a certification", str(sum(1 for n in needs if n.waives))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.1%})"),
        ("within-language links", str(len(links) - cross)),
        ("links between different sub-clusters", str(cross_sub)),
    ]
    return rows


def check_targets(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> None:
    problems: list[str] = []
    thai_share = sum(1 for s in smes if s.language == "th") / len(smes)
    if not THAI_SHARE_RANGE[0] <= thai_share <= THAI_SHARE_RANGE[1]:
        problems.append(f"Thai share {thai_share:.1%} outside {THAI_SHARE_RANGE}")
    if not LINKS_RANGE[0] <= len(links) <= LINKS_RANGE[1]:
        problems.append(f"{len(links)} true links, want {LINKS_RANGE[0]}-{LINKS_RANGE[1]}")
    by_id = {s.id: s for s in smes}
    cross = sum(1 for a, b in links if by_id[a].language != by_id[b].language) / max(1, len(links))
    if not CROSS_SHARE_RANGE[0] <= cross <= CROSS_SHARE_RANGE[1]:
        problems.append(f"cross-language share {cross:.1%} outside {CROSS_SHARE_RANGE}")
    n_unmet = sum(1 for s in smes for n in s.needs if n.unmet_note)
    if not UNMET_RANGE[0] <= n_unmet <= UNMET_RANGE[1]:
        problems.append(f"{n_unmet} unmet needs, want {UNMET_RANGE[0]}-{UNMET_RANGE[1]}")
    met = [len(qualified_suppliers(smes, s, n)) for s in smes for n in s.needs if not n.unmet_note]
    few = sum(1 for k in met if 1 <= k <= 3)
    if few < 0.6 * len(met):
        problems.append(f"only {few} of {len(met)} met needs have 1-3 suppliers")
    _fail(problems)


# ------------------------------------------------------------------ output


def profile_line(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.language,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("supplier_id", "buyer_id"))
    writer.writerows(links)
    return buffer.getvalue()


def counts_table(rows: list[tuple[str, str]]) -> str:
    width = max(len(name) for name, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {name.ljust(width)} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# Blind evaluation set: plain registry entries, sleepwear and loungewear

## What the set checks

How well the matcher finds the true supplier-buyer pairs among {profiles} SME profiles whose offers and
needs are short registry phrases it has never seen. The theme is sleepwear and loungewear: pyjamas,
nightgowns, bathrobes and kimono robes, loungewear sets, eye masks, hospital gowns and patient pyjamas,
hotel robes and slippers, the cotton, rayon, terry, waffle, gauze, flannel, silk and hemp cloth they are
made of, and the hotels, hospitals, care homes and shops that buy them; plus the ordinary upstream and
midstream suppliers (cotton lint, yarn, indigo, cloth, dyeing, printing, sewing, trims, waste and recycled
fibre). About 55 % of the profiles are in Thai, the rest in English, and about half of the true links
join a Thai profile with an English one.

The same kind of goods is written in many ways (local and trade names such as ผ้าหม้อห้อม, ผ้าสปัน, ผ้าสำลี,
ผ้ารังผึ้ง, mor hom, khram piak, yukata; abbreviations, counts, sizes, quantities and places), and a need
is worded differently from the offers that meet it, often in the other language. Hard cases include a
service versus the goods it works on (indigo dyeing of the customer's cloth versus indigo-dyed cloth,
sewing for others versus finished garments, antimicrobial finishing versus antimicrobial fabric), used
and waste goods versus new ones, raw versus processed material (lint, yarn, greige cloth, finished cloth,
product), products described by their material or technique (a pouch sewn from indigo cloth is a pouch),
needs written as a wish, a bare noun phrase or a question, refusals ("no synthetic indigo"), needs that
require a named certification and needs that name one only to waive it, and needs no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (cluster profiles, JSONL version 1, and
the links CSV) and the project's taxonomy (`shared/taxonomy.py` and `shared/taxonomy_data/`). The
writer did not read the matcher, its glossary, its tests, other evaluation sets or project data, and
did not run the matcher. Every province resolves with `resolve_province`, every certification with
`resolve_certification`; sub-clusters, stages and BCG tags are the taxonomy's values.

## How a link is decided

In `write.py` every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `terry_fabric` versus `bathrobe`,
`used_cotton_textiles` versus new goods). Every need lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of the
buyer's needs and the supplier's certifications hold every certification that need requires. An SME is
never linked to itself. Shared words play no part; quantities, prices and places never decide a link;
what changes what the thing is does. A waived certification ("OEKO-TEX not required", "ไม่ต้องมี OEKO-TEX")
is not required. The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks that ids are unique and well formed, every contract field is valid,
every label a need lists is offered by someone other than the buyer, every met need has a qualified
supplier and every unmet one has none, the certifications a need's text asks for are exactly the ones
its data requires, a waived certification is named and negated in the text, an offer claims no
certification its SME lacks, Thai phrases are mostly Thai letters and English ones Latin only, and the
size targets hold; it writes nothing if a check fails. It builds the files twice and compares the bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_sleepwear/write.py

## Files

- `write.py`: all the data (profiles with labelled offers and needs) and the checks; writes the files below.
- `profiles.jsonl`: {profiles} profiles in the contract's JSONL version 1, ids `{prefix}-001` to `{prefix}-{last:03d}`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def build() -> dict[str, str]:
    check_profiles(SMES)
    check_needs(SMES)
    links = true_links(SMES)
    check_targets(SMES, links)
    table = counts_table(counts(SMES, links))
    readme = README.format(profiles=len(SMES), prefix=PREFIX, last=len(SMES), table=table)
    return {
        "profiles.jsonl": "".join(profile_line(s) + "\n" for s in SMES),
        "links.csv": links_csv(links),
        "README.md": readme,
        "_table": table,
    }


def main() -> int:
    try:
        first = build()
        second = build()
    except CheckError as error:
        print(f"checks failed, nothing written:\n{error}", file=sys.stderr)
        return 1
    if first != second:
        print("two builds differ, nothing written", file=sys.stderr)
        return 1
    for name, text in first.items():
        if not name.startswith("_"):
            (HERE / name).write_bytes(text.encode("utf-8"))
    print(first["_table"], end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
