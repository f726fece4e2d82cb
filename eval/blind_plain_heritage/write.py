"""Write the blind heritage-textile evaluation set: profiles.jsonl, links.csv and README.md.

Hand-written plain registry entries of a heritage-textile corner of the cluster (museums, conservators,
archival suppliers, dealers, master weavers, community weavers, and the ordinary fibre, yarn, cloth,
dyeing and sewing suppliers). Every offer carries a label saying what the thing is; every need lists the
labels that would meet it and the certifications its text requires, or is marked as met by no one.
The true links follow from the labels alone. Labels never leave this script.

Run from the repository root:  .venv/bin/python eval/blind_plain_heritage/write.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Region,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

OUT = Path(__file__).resolve().parent
ID_PREFIX = "bhe"
N_PROFILES = 95
LINK_RANGE = (160, 180)
CROSS_SHARE_RANGE = (0.40, 0.60)
THAI_SHARE_RANGE = (0.50, 0.60)
UNMET_RANGE = (17, 23)

HNF = SubCluster.HEMP_NATURAL_FIBRE
CIR = SubCluster.CIRCULAR_TEXTILE
SPT = SubCluster.SPORTECH
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL
ALI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM

PEACOCK = "Thai Silk Peacock Emblem"
OEKO = "OEKO-TEX Standard 100"
ORGANIC_TH = "Organic Thailand"
TIS = "Thai Industrial Standard"
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it; empty for a need that is met


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]

    def record(self) -> dict[str, object]:
        """The contract's JSONL object, fields in the contract's order; no labels."""
        return {
            "id": self.id,
            "name": self.name,
            "sub_cluster": self.sub_cluster.value,
            "stage": self.stage.value,
            "province": self.province,
            "offers": [text for text, _ in self.offers],
            "needs": [need.text for need in self.needs],
            "certifications": list(self.certifications),
            "bcg": list(self.bcg),
            "contact_email": self.email,
            "language": self.language,
        }

    def held(self) -> frozenset[str]:
        return frozenset(resolve_certification(c) or c for c in self.certifications)


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need no one in the set meets; `labels` say what would meet it."""
    return Need(text, labels, req, waive, note)


def sme(
    number: int,
    language: str,
    name: str,
    sub_cluster: SubCluster,
    stage: Stage,
    province: str,
    mailbox: str,
    offers: tuple[tuple[str, str], ...] = (),
    needs: tuple[Need, ...] = (),
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    email = f"{mailbox}@{EMAIL_DOMAINS[number % len(EMAIL_DOMAINS)]}"
    return Sme(
        f"{ID_PREFIX}-{number:03d}", language, name, sub_cluster, stage, province, email, offers, needs, certs, bcg
    )


# ---------------------------------------------------------------- part 1: fibre, yarn and dye suppliers

PART_1 = (
    sme(
        1,
        "th",
        "กลุ่มเกษตรกรฝ้ายอินทรีย์บ้านนาดี",
        HNF,
        UP,
        "Loei",
        "naadee.cotton",
        offers=(
            ("ปุยฝ้ายอินทรีย์ หีบเมล็ดออกแล้ว กก.ละ 120 บาท", "raw_cotton"),
            ("ฝ้ายตุ่นสีน้ำตาล ปุยฝ้ายดิบ ขายยกกระสอบ", "raw_cotton"),
        ),
        needs=(unmet("อยากได้เครื่องอีดฝ้ายไฟฟ้าขนาดเล็ก", "a cotton gin is a machine; no one sells machines", "cotton_gin"),),
        certs=("มาตรฐานเกษตรอินทรีย์",),
        bcg=("bio", "green"),
    ),
    sme(
        2,
        "en",
        "Lanna Handspun Cotton Circle",
        HNF,
        UP,
        "Chiang Mai",
        "lannahandspun",
        offers=(
            ("Hand-spun cotton yarn, ecru, 1 kg hanks", "handspun_cotton_yarn"),
            ("Thick-and-thin handspun weft, khadi style", "handspun_cotton_yarn"),
        ),
        needs=(need("Ginned cotton lint, native short staple, 200 kg per season", "raw_cotton"),),
        certs=("Fairtrade",),
        bcg=("bio",),
    ),
    sme(
        3,
        "th",
        "กลุ่มแม่บ้านเข็นฝ้ายบ้านหนองเขื่อน",
        ALI,
        UP,
        "Maha Sarakham",
        "nongkhuean.spin",
        offers=(
            ("ฝ้ายเข็นมือ เส้นใหญ่ ไจละ 80 บาท", "handspun_cotton_yarn"),
            ("ด้ายฝ้ายเข็นย้อมครามแล้ว พร้อมทอ", "indigo_dyed_cotton_yarn"),
        ),
        needs=(need("ปุยฝ้ายไว้เข็นเอง ไม่ต้องมีตรารับรองเกษตรอินทรีย์", "raw_cotton", waive=(ORGANIC_TH,)),),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        4,
        "en",
        "Siam Yarn Trading Co., Ltd.",
        HNF,
        UP,
        "Bangkok",
        "siamyarn",
        offers=(
            ("Combed ring-spun cotton Ne 20/1 and 30/1 on cones", "mill_cotton_yarn"),
            ("GOTS organic cotton yarn Ne 16/1, MOQ 100 kg", "mill_cotton_yarn"),
        ),
        needs=(
            unmet(
                "Raw cotton bales, Better Cotton (BCI) only",
                "the lint growers hold Organic Thailand or nothing, not Better Cotton",
                "raw_cotton",
                req=("Better Cotton",),
            ),
        ),
        certs=("GOTS", OEKO),
        bcg=("green",),
    ),
    sme(
        5,
        "th",
        "ร้านด้ายเจริญผล สามพราน",
        ALC,
        UP,
        "Nakhon Pathom",
        "charoenphon.yarn",
        offers=(
            ("ด้ายดิบเบอร์ 20 ขายเป็นลูก ลูกละ 1 กิโล", "mill_cotton_yarn"),
            ("ด้ายโทเรเย็บผ้า หลอดใหญ่ 5,000 หลา", "sewing_thread"),
        ),
    ),
    sme(
        6,
        "th",
        "กลุ่มหม่อนไหมบ้านโคกกลาง",
        ALI,
        UP,
        "Surin",
        "khokklang.silk",
        offers=(
            ("รังไหมพันธุ์นางน้อย สีเหลือง กิโลละ 180 บาท", "silk_cocoons"),
            ("ไหมน้อยสาวมือ ยังไม่ลอกกาว", "native_silk_yarn_handreeled"),
        ),
        needs=(need("ครั่งสำหรับย้อมไหมสีแดง", "lac_dye"),),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        7,
        "en",
        "Korat Silk Reeling Co.",
        HNF,
        UP,
        "Nakhon Ratchasima",
        "koratreeling",
        offers=(
            ("Machine-reeled mulberry raw silk 20/22 denier, in the gum", "raw_silk_yarn_machine"),
            ("Degummed 2-ply silk yarn dyed to Pantone shades", "silk_yarn_dyed"),
        ),
        needs=(need("Fresh cocoons, Thai native or hybrid, by the tonne", "silk_cocoons"),),
        certs=(OEKO, "ISO 9001"),
    ),
    sme(
        8,
        "th",
        "กลุ่มไหมย้อมสีธรรมชาติบ้านหัวฝาย",
        HNF,
        UP,
        "Chaiyaphum",
        "huafai.silkdye",
        offers=(("เส้นไหมย้อมสีธรรมชาติ ครั่ง ขมิ้น คราม ขายเป็นไจ", "silk_yarn_natural_dyed"),),
        bcg=("bio",),
    ),
    sme(
        9,
        "th",
        "กลุ่มผ้าใยกัญชงม้งท่าสองยาง",
        HNF,
        UP,
        "Tak",
        "thasongyang.hemp",
        offers=(
            ("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 1 กก.", "hemp_fibre"),
            ("ด้ายกัญชงต่อมือ ปั่นด้วยหลา", "hemp_yarn"),
        ),
        needs=(need("เทียนขี้ผึ้งสำหรับเขียนลายบนผ้า", "batik_wax"),),
        bcg=("bio",),
    ),
    sme(
        10,
        "en",
        "Highland Hemp Textiles",
        HNF,
        MID,
        "Chiang Rai",
        "highlandhemp",
        offers=(
            ("Wet-spun hemp yarn Nm 10, natural", "hemp_yarn"),
            ("100% hemp cloth 280 gsm, loomstate, 150 cm", "hemp_fabric"),
        ),
        needs=(
            need("Hand-stripped hemp bast from Hmong growers", "hemp_fibre"),
            unmet("Flax linen yarn for hemp-linen blends", "linen is not hemp; no one offers flax", "linen_yarn"),
        ),
        certs=(OEKO,),
        bcg=("bio", "green"),
    ),
    sme(
        11,
        "th",
        "กลุ่มครามธรรมชาติบ้านนาเพียง",
        HNF,
        MID,
        "Sakon Nakhon",
        "naphiang.indigo",
        offers=(
            ("เนื้อครามเปียก ครามหมักแล้ว กก.ละ 250", "indigo_dye_paste"),
            ("ผ้าฝ้ายทอมือย้อมครามแท้ หน้ากว้าง 1 ม.", "indigo_dyed_cotton_fabric"),
            ("ด้ายฝ้ายย้อมคราม เข้ม กลาง อ่อน", "indigo_dyed_cotton_yarn"),
        ),
        needs=(need("ฝ้ายเข็นมือสีขาว เอาไว้ย้อมคราม", "handspun_cotton_yarn"),),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        12,
        "en",
        "Phrae Mor Hom Workshop",
        HNF,
        MID,
        "Phrae",
        "phraemorhom",
        offers=(
            ("Vat indigo dyeing of your garments or yardage, from 20 pcs", "indigo_dyeing_service"),
            ("Sua mor hom farmer shirts in indigo cotton, S-XXL", "indigo_cotton_garment"),
        ),
        needs=(
            need("Unbleached grey cloth for the vats, 500 m a month", "cotton_muslin_fabric"),
            need("Fermented indigo paste, natural only, no synthetic indigo", "indigo_dye_paste"),
        ),
        bcg=("bio",),
    ),
    sme(
        13,
        "th",
        "กลุ่มเลี้ยงครั่งบ้านโนนสวรรค์",
        HNF,
        UP,
        "Kalasin",
        "nonsawan.lac",
        offers=(("ครั่งดิบ ครั่งเม็ด สำหรับย้อมผ้า ขายเป็นกิโล", "lac_dye"),),
        bcg=("bio",),
    ),
    sme(
        14,
        "th",
        "ร้านวัตถุดิบสีย้อมธรรมชาติ กาดหลวง",
        HNF,
        UP,
        "Chiang Mai",
        "kadluang.dye",
        offers=(
            ("แก่นขนุน เปลือกประดู่ ใบหูกวางตากแห้ง", "natural_dye_plant_material"),
            ("สารส้ม น้ำปูนใส สนิมเหล็ก ช่วยติดสี", "mineral_mordant"),
        ),
        needs=(unmet("โคชินีลแห้ง (แมลงสีแดงจากเปรู)", "cochineal is not lac; no one offers it", "cochineal_dye"),),
    ),
    sme(
        15,
        "en",
        "NatureHue Extracts",
        HNF,
        UP,
        "Kanchanaburi",
        "naturehue",
        offers=(
            ("Natural dye extracts in powder: indigo, madder, marigold, 1 kg", "natural_dye_extract"),
            ("Myrobalan tannin powder, a plant mordant", "tannin_mordant"),
        ),
        needs=(
            need("Dried marigold petals and jackfruit heartwood chips, bulk", "natural_dye_plant_material"),
            need("Stick lac, unwashed, 500 kg lots", "lac_dye"),
        ),
        certs=("ISO 9001",),
        bcg=("bio", "green"),
    ),
    sme(
        16,
        "en",
        "Bangkok Offcut Recovery",
        CIR,
        UP,
        "Samut Prakan",
        "offcutrecovery",
        offers=(
            ("Pre-consumer cotton cutting waste, colour-sorted, baled", "cotton_offcuts"),
            ("Recycled cotton yarn Ne 8 from factory clippings", "recycled_cotton_yarn"),
        ),
        needs=(need("Post-consumer clothes and sheets, any condition, by the tonne", "used_textiles_bulk"),),
        certs=("GRS certified",),
        bcg=("circular",),
    ),
    sme(
        17,
        "th",
        "ร้านรับซื้อเศษผ้าลุงเชื่อม",
        CIR,
        UP,
        "Samut Sakhon",
        "lungchuam.scrap",
        offers=(
            ("เศษผ้าคอตตอนจากโรงงาน คัดสีแล้ว กก.ละ 8 บาท", "cotton_offcuts"),
            ("เสื้อผ้ามือสอง ผ้าถุงเก่า กระสอบละ 45 กก.", "used_textiles_bulk"),
        ),
        needs=(need("เศษผ้าไหมจากร้านตัดชุด", "silk_offcuts"),),
        bcg=("circular",),
    ),
    sme(
        18,
        "th",
        "กลุ่มหัตถกรรมเศษไหมบ้านโนนแดง",
        CIR,
        UP,
        "Chaiyaphum",
        "nondaeng.silkwaste",
        offers=(
            ("ไหมเปลือก ไหมลืบ เศษเส้นไหมเหลือจากการสาว", "silk_waste"),
            ("ด้ายไหมปั่นจากเศษไหม (สปันซิลค์)", "spun_silk_yarn"),
        ),
        needs=(need("รังไหมเสีย รังแตก รังบาง รับซื้อทุกสี ไม่จำเป็นต้องมีใบรับรอง GRS", "silk_waste", waive=("GRS",)),),
        bcg=("circular",),
    ),
    sme(
        19,
        "en",
        "Chonnabot Silk Yarn House",
        ALI,
        UP,
        "Khon Kaen",
        "chonnabotyarn",
        offers=(
            ("Hand-reeled Thai native silk (mai noi), in the gum, per kg", "native_silk_yarn_handreeled"),
            ("Chemical-dyed silk yarn, 40 colours in stock", "silk_yarn_dyed"),
        ),
        needs=(need("Cocoons of Thai yellow breeds", "silk_cocoons"),),
    ),
    sme(
        20,
        "th",
        "ฟาร์มหม่อนไหมหนองแสง",
        HNF,
        UP,
        "Udon Thani",
        "nongsaeng.farm",
        offers=(
            ("รังไหมสด พันธุ์ไทยลูกผสม ส่งทุกเดือน", "silk_cocoons"),
            ("รังไหมเจาะ ผีเสื้อออกแล้ว ใช้ทำดอกไม้ประดิษฐ์", "silk_waste"),
        ),
        bcg=("bio",),
    ),
    sme(
        21,
        "th",
        "กลุ่มทอผ้าไหมมัดหมี่บ้านหนองหญ้า",
        ALI,
        MID,
        "Khon Kaen",
        "nongya.mudmee",
        offers=(
            ("ผ้าไหมมัดหมี่ลายโบราณ ผืนละ 4 เมตร", "mudmee_silk_fabric"),
            ("ผ้าหมี่ไหมตรานกยูงสีทอง ลายนาคน้อย", "mudmee_silk_fabric"),
        ),
        needs=(
            need("ไหมพื้นบ้านเส้นเล็กสำหรับทอพุ่ง ขอแบบสาวด้วยมือ", "native_silk_yarn_handreeled"),
            unmet("สีเคมีย้อมไหม ชนิดผง", "no seller of synthetic dye powder in the set", "synthetic_dye"),
        ),
        certs=("ตรานกยูงพระราชทาน", "OTOP"),
    ),
    sme(
        22,
        "en",
        "Surin Khmer Silk Weavers",
        ALI,
        MID,
        "Surin",
        "surinkhmersilk",
        offers=(
            ("Pha hol and amprom silk, Surin Khmer patterns, 4 m", "handwoven_silk_fabric"),
            ("Sarong lengths of ikat silk for ceremonies", "mudmee_silk_fabric"),
        ),
        needs=(
            need("Hand-reeled native silk only, no machine-reeled", "native_silk_yarn_handreeled"),
            need("Lac resin for natural red", "lac_dye"),
        ),
        certs=(PEACOCK, "OTOP"),
    ),
    sme(
        23,
        "th",
        "กลุ่มผ้าแพรวาบ้านโนนสูง",
        ALI,
        MID,
        "Kalasin",
        "nonsung.praewa",
        offers=(
            ("ผ้าสไบแพรวาไหม ลายดอกแก้ว ยาวผืนละ 1.5 เมตร", "praewa_silk"),
            ("รับทอแพรวาตามลายที่ลูกค้าส่งมา", "commission_weaving_service"),
        ),
        needs=(need("ไหมย้อมสีแล้ว สีแดง เหลือง ดำ", "silk_yarn_dyed", "silk_yarn_natural_dyed"),),
        certs=("OTOP",),
    ),
    sme(
        24,
        "th",
        "กลุ่มซิ่นตีนจกแม่แจ่ม",
        HNF,
        MID,
        "Chiang Mai",
        "maechaem.teenjok",
        offers=(
            ("ตีนจกฝ้ายแกมไหม ลายโบราณ ขายแยกเฉพาะตีนซิ่น", "teen_jok_panel"),
            ("ซิ่นตีนจกครบชุด หัว ตัว ตีน เย็บเสร็จ", "sin_teen_jok_skirt"),
        ),
        needs=(unmet("ไหมคำ ไหมเงิน (ดิ้นโลหะ) สำหรับจก", "no seller of metallic thread in the set", "metallic_thread"),),
        certs=("OTOP",),
    ),
)

# ---------------------------------------------------------------- part 2: weavers, dyers, printers, sewers

PART_2 = (
    sme(
        25,
        "en",
        "Khu Bua Tai Yuan Weaving House",
        ALC,
        MID,
        "Ratchaburi",
        "khubuataiyuan",
        offers=(
            ("Tai Yuan jok hem borders, cotton and silk", "teen_jok_panel"),
            ("Weaving to order: copies of old jok patterns from your photos", "commission_weaving_service"),
        ),
        needs=(
            need("Silk yarn coloured with plant dyes, no chemical dyes", "silk_yarn_natural_dyed"),
            need("Machine-spun cotton warp yarn, 20s", "mill_cotton_yarn"),
        ),
        certs=("OTOP",),
    ),
    sme(
        26,
        "th",
        "กลุ่มทอผ้ายกดอกเวียงยอง",
        HNF,
        MID,
        "Lamphun",
        "wiangyong.yokdok",
        offers=(
            ("ผ้าไหมยกดอกลำพูน ลายพิกุล ผืนละ 2 เมตร", "yok_dok_silk_brocade"),
            ("ผ้ายกดอกแกมดิ้นทอง ลายราชสำนัก", "gold_brocade_silk"),
        ),
        certs=("นกยูงพระราชทาน", "โอทอป"),
    ),
    sme(
        27,
        "en",
        "Nakhon Brocade Studio",
        HNF,
        MID,
        "Nakhon Si Thammarat",
        "nakhonbrocade",
        offers=(
            ("Pha yok Mueang Nakhon, silk brocade with gold weft", "gold_brocade_silk"),
            ("Commissioned reproductions of court brocades from museum pieces", "commission_weaving_service"),
        ),
        needs=(need("Fibre and dye analysis of a 19th-century brocade fragment", "fibre_dye_analysis_service"),),
        certs=(PEACOCK,),
    ),
    sme(
        28,
        "th",
        "ห้องพิมพ์ผ้าลายอย่าง บางลำพู",
        ALC,
        MID,
        "Bangkok",
        "laiyang.print",
        offers=(
            ("ผ้าฝ้ายพิมพ์ลายอย่าง จำลองลายผ้าราชสำนัก หลาละ 380 บาท", "court_pattern_printed_fabric"),
            ("รับพิมพ์บล็อกไม้ลงผ้าของลูกค้า ขั้นต่ำ 20 หลา", "printing_service"),
        ),
        needs=(
            need("ผ้าดิบ ผ้าป่านขาว สำหรับพิมพ์", "cotton_muslin_fabric"),
            need("ไฟล์สแกนลายผ้าโบราณความละเอียดสูง พร้อมสิทธิ์ใช้งาน", "pattern_image_licence"),
        ),
        certs=(OEKO,),
    ),
    sme(
        29,
        "en",
        "Sampeng Cloth Supply",
        ALC,
        MID,
        "Bangkok",
        "sampengcloth",
        offers=(
            ("Unbleached calico 40x40, 44 inch, 50 yd bolts", "cotton_muslin_fabric"),
            ("Bleached cotton muslin, fine weave, for dust sheets", "cotton_muslin_fabric"),
        ),
        certs=(TIS,),
    ),
    sme(
        30,
        "th",
        "โรงทอผ้าดิบอ่างทองพัฒนา",
        ALC,
        MID,
        "Ang Thong",
        "angthong.weaving",
        offers=(("ผ้าดิบทอเครื่อง หน้า 36 นิ้ว ม้วนละ 100 หลา", "cotton_muslin_fabric"),),
        needs=(need("ด้ายฝ้ายดิบ No.20 และ No.32 ส่งทุกเดือน", "mill_cotton_yarn"),),
        certs=("มอก.",),
    ),
    sme(
        31,
        "th",
        "สตูดิโอห้อมฮอม รับย้อมสีธรรมชาติ",
        HNF,
        MID,
        "Chiang Mai",
        "homhom.dye",
        offers=(
            ("รับย้อมสีธรรมชาติ ผ้าและเส้นด้ายที่ลูกค้าส่งมา", "natural_dyeing_service"),
            ("รับย้อมครามงานลูกค้า ขั้นต่ำ 5 กิโล", "indigo_dyeing_service"),
        ),
        needs=(
            need("ห้อมเปียก (เนื้อห้อม) ส่งทุกเดือน", "indigo_dye_paste"),
            need("เปลือกไม้ แก่นไม้ สำหรับต้มสี", "natural_dye_plant_material"),
        ),
        bcg=("green",),
    ),
    sme(
        32,
        "en",
        "Lanna Natural Dye Lab",
        HNF,
        MID,
        "Lamphun",
        "lannadyelab",
        offers=(
            ("Three-day natural dye workshop: indigo vat, lac, ebony", "natural_dye_training"),
            ("Plant-dyed silk scarves, 50 x 180 cm", "scarf"),
        ),
        needs=(
            need("Powdered lac or lac sticks", "lac_dye"),
            need("Alum by the sack", "mineral_mordant"),
        ),
        bcg=("green",),
    ),
    sme(
        33,
        "th",
        "ร้านรับตัดเย็บป้าศรี",
        ALC,
        MID,
        "Prachinburi",
        "pasri.sewing",
        offers=(("รับจ้างเย็บ ผ้าของลูกค้า เสื้อ กระเป๋า ผ้าพันคอ เริ่ม 30 ชิ้น", "sewing_service"),),
        needs=(need("ด้ายเย็บผ้าโพลีเอสเตอร์ สีขาว ดำ ครีม", "sewing_thread"),),
    ),
    sme(
        34,
        "en",
        "Thonburi Sewing Works",
        ALC,
        MID,
        "Bangkok",
        "thonburisewing",
        offers=(
            ("CMT sewing on customer fabric, MOQ 100 pcs", "sewing_service"),
            ("Muslin dust covers and garment bags, made to size", "muslin_dust_cover"),
        ),
        needs=(
            need("Unbleached cotton muslin, 60 inch, by the roll", "cotton_muslin_fabric"),
            need("Cotton twill tape 12 mm for ties", "cotton_twill_tape"),
        ),
    ),
    sme(
        35,
        "th",
        "กลุ่มทอผ้าลาวครั่งบ้านไร่",
        ALC,
        MID,
        "Uthai Thani",
        "banrai.laokhrang",
        offers=(
            ("ผ้าฝ้ายทอมือลายลาวครั่ง ผืนละ 2 เมตร", "handwoven_cotton_fabric"),
            ("ผ้าซิ่นตีนจกลาวครั่ง สำเร็จรูป", "sin_teen_jok_skirt"),
        ),
        certs=("OTOP",),
    ),
    sme(
        36,
        "en",
        "Nan Lai Nam Lai Weavers",
        HNF,
        MID,
        "Nan",
        "nanlainamlai",
        offers=(
            ("Tai Lue lai nam lai handwoven cotton, 1 x 2 m", "handwoven_cotton_fabric"),
            ("Cushion covers in Tai Lue cotton, 45 x 45 cm", "cushion_cover"),
        ),
        needs=(need("Indigo-dyed cotton yarn for warp stripes", "indigo_dyed_cotton_yarn"),),
        certs=("OTOP",),
    ),
    sme(
        37,
        "th",
        "กลุ่มผ้าขาวม้าบ้านหนองแวง",
        ALI,
        MID,
        "Roi Et",
        "nongwaeng.khaoma",
        offers=(
            ("ผ้าขาวม้าทอมือ ลายตาหมากรุก ผืนละ 150 บาท", "pha_khao_ma"),
            ("ผ้าขาวม้าไหม 5 สี", "pha_khao_ma"),
        ),
        needs=(need("ด้ายรีไซเคิลจากเศษผ้า มีใบรับรอง GRS", "recycled_cotton_yarn", req=("GRS",)),),
        certs=("OTOP",),
    ),
    sme(
        38,
        "en",
        "SilkNet Technical Fabrics",
        SPT,
        MID,
        "Samut Prakan",
        "silknet",
        offers=(
            ("Nylon bobbinet tulle, 1.5 mm hex, dyeable, 3 m wide", "sheer_support_fabric"),
            ("Sheer polyester crepeline for overlays", "sheer_support_fabric"),
        ),
        needs=(unmet("Nylon 6 filament yarn 20D", "no filament yarn maker in the set", "nylon_filament_yarn"),),
        certs=(OEKO, "ISO 9001"),
    ),
    sme(
        39,
        "th",
        "บริษัทใยสังเคราะห์ตะวันออก",
        SPT,
        MID,
        "Rayong",
        "eastfiber",
        offers=(
            ("ใยโพลีเอสเตอร์แผ่น ใยบุนวม หนา 1 ซม. ม้วน 50 ม.", "polyester_wadding"),
            ("โฟมพีอีแผ่น ไม่ผสมสารหน่วงไฟ", "pe_foam"),
        ),
        certs=("ISO 9001", "ISO 14001"),
    ),
    sme(
        40,
        "en",
        "Eastern Nonwovens Co.",
        SPT,
        MID,
        "Chonburi",
        "easternnonwovens",
        offers=(
            ("Spunbond HDPE sheet, Tyvek-type, 1.5 m rolls", "spunbond_hdpe_sheet"),
            ("Needle-punched polyester felt, 3 mm", "polyester_felt"),
        ),
        needs=(unmet("Post-industrial PET fibre waste", "no one in the set sells polyester waste", "polyester_waste"),),
        certs=("ISO 9001:2015", "Oeko-Tex 100"),
    ),
    sme(
        41,
        "th",
        "โรงงานเทปผ้าสมุทรสาคร",
        SPT,
        MID,
        "Samut Sakhon",
        "sakhontape",
        offers=(
            ("เทปผ้าฝ้ายลายก้างปลา กว้าง 1-2.5 ซม.", "cotton_twill_tape"),
            ("เทปตีนตุ๊กแกแบบเย็บ สีขาว ม้วน 25 ม.", "hook_and_loop_tape"),
        ),
        certs=(OEKO,),
    ),
    sme(
        42,
        "th",
        "กลุ่มทอผ้าเกาะยอ",
        ALC,
        MID,
        "Songkhla",
        "kohyo.weaving",
        offers=(("ผ้าเกาะยอ ลายราชวัตร ฝ้ายทอมือ หลาละ 250", "handwoven_cotton_fabric"),),
        needs=(unmet("ช่างทำกี่กระตุกใหม่ 2 หลัง", "looms are equipment; no loom maker in the set", "handloom"),),
        certs=("OTOP",),
    ),
    sme(
        43,
        "en",
        "Phum Riang Silk Group",
        ALC,
        MID,
        "Surat Thani",
        "phumriang",
        offers=(
            ("Phum Riang yok silk with gold weft, shoulder cloths", "gold_brocade_silk"),
            ("Solid-colour Thai silk yardage, 1 m wide", "handwoven_silk_plain"),
        ),
        needs=(need("Machine-reeled silk warp, 2-ply", "raw_silk_yarn_machine"),),
        certs=("OTOP",),
    ),
    sme(
        44,
        "th",
        "บ้านครูช่างทอหาดเสี้ยว",
        ALC,
        MID,
        "Sukhothai",
        "hatsiao.master",
        offers=(
            ("สอนทอจก หลักสูตร 5 วัน โดยศิลปินแห่งชาติ", "weaving_training"),
            ("ซิ่นตีนจกหาดเสี้ยว ลายโบราณ 9 ลาย", "sin_teen_jok_skirt"),
            ("รับทอจำลองผ้าโบราณตามตัวอย่าง", "commission_weaving_service"),
        ),
        needs=(need("ไหมที่ย้อมจากเปลือกไม้ ใบไม้ หรือครั่ง", "silk_yarn_natural_dyed"),),
        certs=("OTOP 5 stars", "Peacock Emblem"),
    ),
    sme(
        45,
        "en",
        "Ubon Heritage Weaving School",
        ALI,
        MID,
        "Ubon Ratchathani",
        "ubonweaving",
        offers=(("Mudmee tying and weaving courses taught by a National Artist", "weaving_training"),),
        needs=(
            need("Archival photography of our teaching collection", "textile_photography_service"),
            need("Acid-free boxes for 200 old samples, FSC board", "archival_box", req=("FSC",)),
        ),
        certs=(PEACOCK,),
    ),
    sme(
        46,
        "th",
        "กลุ่มผ้าครามบ้านหนองสูง",
        ALI,
        MID,
        "Udon Thani",
        "nongsung.khram",
        offers=(
            ("ผ้าครามลายขิด ฝ้ายทอมือ", "indigo_dyed_cotton_fabric"),
            ("เสื้อครามคอจีน ตัดเย็บสำเร็จ", "indigo_cotton_garment"),
        ),
        needs=(
            unmet("ต้นครามสดหรือใบครามสด", "fresh indigo plants; the set sells only the paste", "indigo_leaves"),
            need("คนรับเย็บเสื้อจากผ้าที่เราทอเอง", "sewing_service"),
        ),
        certs=("OTOP",),
    ),
    sme(
        47,
        "th",
        "บาติกอันดามัน",
        ALC,
        MID,
        "Krabi",
        "andaman.batik",
        offers=(
            ("ผ้าบาติกเขียนมือ ลายปะการัง", "batik_fabric"),
            ("เทียนเขียนบาติก พาราฟินผสมขี้ผึ้ง กก.ละ 90", "batik_wax"),
        ),
    ),
    sme(
        48,
        "en",
        "Chiang Mai Block & Screen Printers",
        ALC,
        MID,
        "Chiang Mai",
        "cmprinters",
        offers=(("Screen printing on your fabric, water-based pigment, from 10 m", "printing_service"),),
        needs=(need("Rights to use scans of old textile motifs on printed goods", "pattern_image_licence"),),
        certs=(OEKO,),
    ),
)

# ---------------------------------------------------------------- part 3: museums, conservators, archives, shops

PART_3 = (
    sme(
        49,
        "en",
        "Siam Court Textile Museum",
        ALC,
        DOWN,
        "Bangkok",
        "courttextilemuseum",
        needs=(
            need("Cleaning and stabilisation of 40 court textiles", "conservation_treatment_service"),
            need("Interleaving tissue, pH neutral, no buffer, 500 sheets", "acid_free_tissue"),
            need("Conservation-grade dress forms for court costumes", "conservation_dress_form"),
        ),
    ),
    sme(
        50,
        "th",
        "พิพิธภัณฑ์ผ้าเมืองน่าน",
        ALC,
        DOWN,
        "Nan",
        "nan.textilemuseum",
        needs=(
            need("กล่องเก็บผ้าแบบอาร์ไคฟ์ ขนาดใหญ่", "archival_box"),
            need("ทอผ้าจำลองลายซิ่นน่านโบราณ ไว้จัดแสดงแทนผืนจริง", "commission_weaving_service"),
            unmet("ตู้จัดแสดงควบคุมความชื้น", "display cases are furniture; no maker in the set", "display_case"),
        ),
    ),
    sme(
        51,
        "en",
        "Heritage Textile Conservation Studio",
        ALC,
        DOWN,
        "Bangkok",
        "htconservation",
        offers=(
            ("Cleaning, consolidation and stitched support of historic textiles", "conservation_treatment_service"),
            ("Padded mounts and framing of flat textiles for display", "display_mounting_service"),
        ),
        needs=(
            need("Silk crepeline or fine nylon net for stitched supports", "sheer_support_fabric"),
            need("Inert polyester batting for padding", "polyester_wadding"),
            need("FTIR fibre ID and HPLC dye analysis", "fibre_dye_analysis_service"),
        ),
    ),
    sme(
        52,
        "th",
        "ห้องปฏิบัติการอนุรักษ์ผ้าพิษณุโลก",
        ALC,
        DOWN,
        "Phitsanulok",
        "phitsanulok.conserve",
        offers=(
            ("รับซ่อมอนุรักษ์ผ้าโบราณ ทำความสะอาด เสริมความแข็งแรง", "conservation_treatment_service"),
            ("รับขึงผ้าบนแผงบุผ้าสำหรับจัดแสดง", "display_mounting_service"),
        ),
        needs=(
            need("กระดาษบางไม่มีกรด สำหรับรองรอยพับผ้า", "acid_free_tissue"),
            need("โฟม PE ไม่มีสารเติมแต่ง", "pe_foam"),
        ),
    ),
    sme(
        53,
        "en",
        "Rattanakosin University Textile Research Lab",
        ALC,
        DOWN,
        "Bangkok",
        "rtu.textilelab",
        offers=(
            ("Lab tests on old cloth: fibre by microscopy, dyes by HPLC", "fibre_dye_analysis_service"),
            ("Short course: caring for textile collections", "conservation_training"),
        ),
        needs=(
            need("Digitisation of 300 textile samples", "textile_photography_service"),
            need("Archival cores to roll flat textiles on, ISO 9001 supplier", "rolling_tube", req=("ISO 9001",)),
            need("Tyvek sheeting to wrap rolled textiles", "spunbond_hdpe_sheet"),
        ),
    ),
    sme(
        54,
        "th",
        "ศูนย์วิจัยผ้าอีสาน มหาวิทยาลัยสารคาม",
        ALI,
        DOWN,
        "Maha Sarakham",
        "isantextile.research",
        offers=(("วิเคราะห์ชนิดเส้นใยและสีย้อมในผ้าเก่า", "fibre_dye_analysis_service"),),
        needs=(need("ช่างภาพถ่ายลายผ้า", "textile_photography_service"),),
    ),
    sme(
        55,
        "en",
        "ArchivalPak Co., Ltd.",
        ALC,
        DOWN,
        "Pathum Thani",
        "archivalpak",
        offers=(
            ("Acid-free, lignin-free tissue, unbuffered, 17 gsm", "acid_free_tissue"),
            ("Archival boxes in buffered board, custom sizes", "archival_box"),
            ("Acid-free rolling tubes, 7.5-15 cm", "rolling_tube"),
        ),
        needs=(unmet("Lignin-free board from an FSC mill", "no paper mill in the set", "paperboard", req=("FSC",)),),
        certs=("FSC certified", "ISO 9001"),
    ),
    sme(
        56,
        "th",
        "โรงงานกล่องกระดาษแปดริ้ว",
        ALC,
        DOWN,
        "Chachoengsao",
        "paetriu.box",
        offers=(
            ("กล่องกระดาษไร้กรด เก็บเอกสารและผ้า สั่งทำตามขนาด", "archival_box"),
            ("กล่องของขวัญกระดาษคราฟท์ พิมพ์โลโก้", "gift_box"),
        ),
        needs=(unmet("เยื่อกระดาษรีไซเคิล ส่งเป็นตัน", "no pulp or paper mill in the set", "paper_pulp"),),
        certs=("FSC", "Thai Green Label"),
    ),
    sme(
        57,
        "th",
        "ร้านหุ่นโชว์ประตูน้ำ",
        ALC,
        DOWN,
        "Bangkok",
        "pratunam.mannequin",
        offers=(
            ("หุ่นโชว์เสื้อผ้า ครึ่งตัว เต็มตัว ไฟเบอร์กลาส", "display_mannequin"),
            ("หุ่นโชว์มือสอง สภาพดี ราคาถูก", "display_mannequin"),
        ),
        needs=(need("ผ้าดิบหุ้มหุ่น ต้องได้ มอก.", "cotton_muslin_fabric", req=(TIS,)),),
    ),
    sme(
        58,
        "en",
        "MountWorks Conservation Mounts",
        SPT,
        DOWN,
        "Nonthaburi",
        "mountworks",
        offers=(
            ("Custom padded costume forms in archival foam", "conservation_dress_form"),
            ("We mount your textiles on padded boards", "display_mounting_service"),
        ),
        needs=(
            need("Looking for Ethafoam-style polyethylene planks", "pe_foam"),
            need("Needle felt to line mount boards", "polyester_felt"),
            unmet("Cotton stockinette to cover forms", "no knitter in the set", "cotton_stockinette"),
        ),
    ),
    sme(
        59,
        "en",
        "Old Siam Textiles",
        CIR,
        DOWN,
        "Chiang Mai",
        "oldsiamtextiles",
        offers=(
            ("Antique Tai Lue and Lao tube skirts, 80-120 years", "antique_textile"),
            ("Vintage Hmong batik and Akha jackets", "antique_textile"),
        ),
        needs=(need("Gentle cleaning and repair of old skirts before sale", "conservation_treatment_service"),),
    ),
    sme(
        60,
        "th",
        "ร้านผ้าเก่าอุบล",
        CIR,
        DOWN,
        "Ubon Ratchathani",
        "ubon.oldcloth",
        offers=(
            ("ผ้าซิ่นเก่า ผ้าไหมเก่าเก็บ อายุ 50-100 ปี", "antique_textile"),
            ("ผ้าห่อคัมภีร์โบราณ", "antique_textile"),
        ),
        needs=(
            need("กล่องปลอดกรดใส่ผ้าเก่าที่รอขาย", "archival_box"),
            need("ใครรับซ่อมผ้าไหมเก่าที่ขาดบ้าง?", "conservation_treatment_service"),
        ),
    ),
    sme(
        61,
        "en",
        "Chatuchak Vintage Cloth",
        CIR,
        DOWN,
        "Bangkok",
        "jjvintage",
        offers=(("Patchwork throws from vintage sarongs", "upcycled_patchwork"),),
        needs=(
            need("Old sarongs and cloth in bulk, any condition", "used_textiles_bulk"),
            need("Contract stitching for patchwork", "sewing_service"),
        ),
        bcg=("circular",),
    ),
    sme(
        62,
        "th",
        "พิพิธภัณฑ์ผ้าภูไท",
        ALI,
        DOWN,
        "Kalasin",
        "phuthai.museum",
        needs=(
            need("หุ่นสำหรับใส่ชุดภูไทจัดแสดง", "display_mannequin", "conservation_dress_form"),
            unmet(
                "ผ้าแพรวาตรานกยูงพระราชทาน สำหรับร้านของที่ระลึก",
                "the only praewa weaver holds OTOP, not the Peacock Emblem",
                "praewa_silk",
                req=(PEACOCK,),
            ),
            need("อบรมเจ้าหน้าที่เรื่องการดูแลรักษาผ้าเก่า", "conservation_training"),
        ),
    ),
    sme(
        63,
        "en",
        "Pattern Archive Siam",
        ALC,
        DOWN,
        "Bangkok",
        "patternarchive",
        offers=(
            ("Studio photography and digitisation of textile collections, on site", "textile_photography_service"),
            ("Licensing of high-resolution pattern images from our archive", "pattern_image_licence"),
            ("Giclee prints of antique textile details", "pattern_art_print"),
        ),
        needs=(unmet("X-Rite colour checker charts", "camera accessories; not in the set", "colour_chart"),),
    ),
    sme(
        64,
        "th",
        "ช่างภาพลายผ้าเชียงราย",
        ALC,
        DOWN,
        "Chiang Rai",
        "cr.textilephoto",
        offers=(
            ("รับถ่ายภาพผ้าและเครื่องแต่งกายทำฐานข้อมูล", "textile_photography_service"),
            ("โปสการ์ด โปสเตอร์ ภาพลายผ้าโบราณ", "pattern_art_print"),
        ),
    ),
    sme(
        65,
        "en",
        "Sabai Heritage Scarves",
        ALC,
        DOWN,
        "Bangkok",
        "sabaiscarves",
        offers=(("Silk scarves printed with Ayutthaya motifs, 90 x 90 cm", "scarf"),),
        needs=(
            need(
                "Printed court-pattern cotton by the yard, OEKO-TEX certified",
                "court_pattern_printed_fabric",
                req=(OEKO,),
            ),
            need("Hand-rolled hemming of scarves from our silk", "sewing_service"),
            need("Plain handwoven Thai silk, OEKO-TEX not required", "handwoven_silk_plain", waive=(OEKO,)),
        ),
    ),
    sme(
        66,
        "th",
        "ฮักแพง กระเป๋าผ้าทอ",
        HNF,
        DOWN,
        "Chiang Rai",
        "hakpaeng.bags",
        offers=(
            ("กระเป๋าผ้าฝ้ายทอมือย้อมคราม ใบละ 690", "handwoven_bag"),
            ("ย่ามผ้าทอ ลายชาวเขา", "handwoven_bag"),
        ),
        needs=(
            need("ผ้าห้อมแท้ ไม่เอาผ้าย้อมสีเคมี", "indigo_dyed_cotton_fabric"),
            need("หาคนรับย้อมครามกระเป๋าผ้าดิบของเรา", "indigo_dyeing_service"),
            unmet("หนังแท้สำหรับสายกระเป๋า", "leather is not in the cluster", "leather"),
        ),
    ),
    sme(
        67,
        "en",
        "Siam Costume Replica Atelier",
        ALC,
        DOWN,
        "Bangkok",
        "costumereplica",
        offers=(("Replica court costumes for museum display and film", "period_costume_replica"),),
        needs=(
            need("Gold brocade silk (pha yok thong)", "gold_brocade_silk"),
            need("Teen jok panels to sew onto reproduction skirts", "teen_jok_panel"),
        ),
    ),
    sme(
        68,
        "th",
        "ร้านชุดไทยศรีอยุธยา",
        ALC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "sriayutthaya.thaidress",
        offers=(
            ("ชุดไทยจักรี บรมพิมาน ตัดตามสั่ง", "thai_traditional_dress"),
            ("ผ้าไหมชิ้นเล็กชิ้นน้อยเหลือจากงานตัด ขายเหมาเป็นถุง", "silk_offcuts"),
        ),
        needs=(need("ผ้าไหมไทยพื้นเรียบ หลายสี ไม่ต้องมีตรานกยูงก็ได้", "handwoven_silk_plain", waive=(PEACOCK,)),),
    ),
    sme(
        69,
        "en",
        "The Lanna Courtyard Hotel",
        ALC,
        DOWN,
        "Chiang Mai",
        "lannacourtyard",
        needs=(
            need("Handwoven cushion covers in Lanna patterns, 60 pcs", "cushion_cover"),
            need("Mounting and framing our own textiles for the lobby", "display_mounting_service"),
        ),
    ),
    sme(
        70,
        "th",
        "โรงแรมขอนแก่นเฮอริเทจ",
        ALI,
        DOWN,
        "Khon Kaen",
        "kk.heritagehotel",
        needs=(
            need("ผ้าขาวม้าสำหรับห้องสปา 300 ผืน ต้องเป็นสินค้า OTOP", "pha_khao_ma", req=("OTOP",)),
            need("ปลอกหมอนอิงผ้าทอพื้นเมือง", "cushion_cover"),
            need("ชุดพนักงาน เสื้อหม้อห้อม", "indigo_cotton_garment"),
        ),
    ),
    sme(
        71,
        "en",
        "Songkhla Old Town Museum Shop",
        ALC,
        DOWN,
        "Songkhla",
        "songkhlamuseumshop",
        needs=(
            need("Heritage-pattern bags for the shop, OTOP welcome but not required", "handwoven_bag", waive=("OTOP",)),
            need("Southern batik sarongs", "batik_fabric"),
        ),
    ),
    sme(
        72,
        "th",
        "ร้านของที่ระลึกพิพิธภัณฑ์ผ้าในวัง",
        ALC,
        DOWN,
        "Bangkok",
        "palaceshop",
        needs=(
            need("ผ้าพันคอไหมลายโบราณ ต้องมีตรานกยูงพระราชทาน", "scarf", req=(PEACOCK,)),
            need("ภาพพิมพ์ลายผ้าใส่กรอบ", "pattern_art_print"),
            need("ผ้าสไบแพรวาของภูไทกาฬสินธุ์", "praewa_silk"),
        ),
    ),
)

# ---------------------------------------------------------------- part 4: revival groups, care buyers, more suppliers

PART_4 = (
    sme(
        73,
        "en",
        "Indigo Revival Collective",
        HNF,
        MID,
        "Sakon Nakhon",
        "indigorevival",
        offers=(
            ("Natural indigo cloth woven from handspun cotton", "indigo_dyed_cotton_fabric"),
            ("Indigo-dipped cotton scarves", "scarf"),
        ),
        needs=(
            need("Handspun yarn from Organic Thailand certified cotton", "handspun_cotton_yarn", req=(ORGANIC_TH,)),
        ),
        certs=(ORGANIC_TH,),
        bcg=("bio",),
    ),
    sme(
        74,
        "th",
        "กลุ่มฟื้นฟูสีธรรมชาติเมืองแพร่",
        HNF,
        MID,
        "Phrae",
        "phrae.naturaldye",
        offers=(
            ("ผ้าฝ้ายย้อมสีธรรมชาติ สีประดู่ สีครั่ง สีมะเกลือ", "natural_dyed_cotton_fabric"),
            ("สอนย้อมสีธรรมชาติ วันเดียวจบ", "natural_dye_training"),
        ),
        needs=(need("ผ้าขาวทอมือ เนื้อฝ้ายล้วน ยังไม่ได้ย้อม", "handwoven_cotton_undyed"),),
        bcg=("bio", "green"),
    ),
    sme(
        75,
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านแม่ใจ",
        HNF,
        MID,
        "Phayao",
        "maechai.cotton",
        offers=(
            ("ผ้าฝ้ายทอมือสีธรรมชาติ หน้า 90 ซม.", "handwoven_cotton_undyed"),
            ("ผ้าทอฝ้ายเข็นลายขัด สีครีม ไม่ฟอก", "handwoven_cotton_undyed"),
        ),
        certs=("OTOP",),
    ),
    sme(
        76,
        "en",
        "Isan Weavers Fair Trade Co-op",
        ALI,
        DOWN,
        "Yasothon",
        "isanweavers",
        offers=(
            ("Handwoven cotton tote bags with khit bands", "handwoven_bag"),
            ("Khit supplementary-weft cotton yardage", "handwoven_cotton_fabric"),
        ),
        needs=(
            need("Organic cotton yarn, GOTS certified, for export orders", "mill_cotton_yarn", req=("GOTS",)),
            need("Plant-dyed handloom cotton, not indigo, for bag linings", "natural_dyed_cotton_fabric"),
        ),
        certs=("Fairtrade", "OTOP"),
    ),
    sme(
        77,
        "th",
        "บริษัทผ้าพิมพ์สยามสมุทร",
        ALC,
        MID,
        "Samut Sakhon",
        "siamsamut.print",
        offers=(
            ("ผ้าฝ้ายย้อมสีกรมท่า สีเคมี ลายหม้อห้อม พับละ 60 หลา", "synthetic_dyed_cotton_fabric"),
            ("ผ้าพิมพ์ลายไทย ลายกนก โพลีเอสเตอร์", "printed_polyester_fabric"),
        ),
    ),
    sme(
        78,
        "en",
        "Heirloom Silk Studio Buriram",
        ALI,
        MID,
        "Buriram",
        "heirloomsilk",
        offers=(
            ("Heirloom-style pha sin silk lengths, plant dyes", "handwoven_silk_fabric"),
            ("Peacock Emblem mudmee silk scarves", "scarf"),
        ),
        needs=(need("Golden native silk yarn, reeled by hand", "native_silk_yarn_handreeled"),),
        certs=(PEACOCK, "OTOP"),
    ),
    sme(
        79,
        "th",
        "วิสาหกิจชุมชนผ้าไหมบ้านสวาย",
        ALI,
        MID,
        "Surin",
        "sawai.silk",
        offers=(
            ("ผ้าไหมโฮล ผ้าอัมปรม ผืนละ 4 หลา", "handwoven_silk_fabric"),
            ("ผ้าไหมมัดหมี่ลายโบราณสุรินทร์", "mudmee_silk_fabric"),
        ),
        needs=(need("สีธรรมชาติแบบผงสกัด ใช้ง่าย ไม่ต้องต้ม", "natural_dye_extract"),),
        certs=("OTOP",),
    ),
    sme(
        80,
        "th",
        "กลุ่มฝ้ายเข็นอินทรีย์เชียงดาว",
        HNF,
        UP,
        "Chiang Mai",
        "chiangdao.organic",
        offers=(("ด้ายฝ้ายอินทรีย์เข็นมือ ฝ้ายพันธุ์พื้นเมือง", "handspun_cotton_yarn"),),
        needs=(need("ใยฝ้ายดิบสำหรับเข็น ต้องได้มาตรฐานเกษตรอินทรีย์", "raw_cotton", req=(ORGANIC_TH,)),),
        certs=(ORGANIC_TH,),
        bcg=("bio",),
    ),
    sme(
        81,
        "en",
        "Thai Textile Heritage Foundation",
        ALC,
        DOWN,
        "Bangkok",
        "tthfoundation",
        offers=(("Pattern-reading and weaving courses for young weavers", "weaving_training"),),
        needs=(need("Old textiles for a study collection, donation or purchase", "antique_textile"),),
    ),
    sme(
        82,
        "th",
        "บ้านพักผู้สูงอายุสวนร่มไม้",
        ALC,
        DOWN,
        "Nonthaburi",
        "suanrommai.care",
        needs=(need("ครูสอนทอผ้าให้ผู้สูงอายุ สัปดาห์ละครั้ง", "weaving_training"),),
    ),
    sme(
        83,
        "en",
        "Golden Years Residence Korat",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "goldenyears",
        needs=(
            need("Pha khao ma for residents, 200 pcs, OTOP not needed", "pha_khao_ma", waive=("OTOP",)),
            need("Natural-dye craft session for residents", "natural_dye_training"),
        ),
    ),
    sme(
        84,
        "th",
        "ร้านวัสดุอนุรักษ์เอกสารและผ้า",
        ALC,
        DOWN,
        "Bangkok",
        "conserve.supply",
        offers=(
            ("กระดาษทิชชู่ไร้กรด ไม่มีบัฟเฟอร์ รีมละ 480 แผ่น", "acid_free_tissue"),
            ("แกนม้วนผ้าไร้กรด ยาว 1.5 ม.", "rolling_tube"),
            ("ถุงคลุมชุดผ้ามัสลิน สำหรับเก็บเครื่องแต่งกาย", "muslin_dust_cover"),
        ),
    ),
    sme(
        85,
        "en",
        "Khorat Palace Collection Trust",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "khoratpalace",
        needs=(
            need("Storage tubes for rolling long cloths, archival quality", "rolling_tube"),
            need("Cotton garment bags to keep dust off hanging costumes", "muslin_dust_cover"),
        ),
    ),
    sme(
        86,
        "th",
        "บ้านศิลปินแห่งชาติ ผ้ายกเมืองนคร",
        ALC,
        MID,
        "Nakhon Si Thammarat",
        "yoknakhon.master",
        offers=(("ผ้ายกเมืองนคร ยกดิ้นทอง ลายเครือเถา", "gold_brocade_silk"),),
        needs=(need("ไหมย้อมเคมีสีสด", "silk_yarn_dyed"),),
        certs=(PEACOCK,),
    ),
    sme(
        87,
        "en",
        "Pattani Batik House",
        ALC,
        DOWN,
        "Pattani",
        "pattanibatik",
        offers=(("Hand-drawn batik sarongs (pha pate), cotton", "batik_fabric"),),
        needs=(need("Batik wax (malam)", "batik_wax"),),
    ),
    sme(
        88,
        "th",
        "กลุ่มทอผ้ามัดหมี่ฝ้ายมุกดาหาร",
        ALI,
        MID,
        "Mukdahan",
        "mukdahan.weavers",
        offers=(
            ("ผ้าฝ้ายมัดหมี่ย้อมหม้อนิล ลายโบราณ", "indigo_dyed_cotton_fabric"),
            ("ผ้าห่มฝ้ายทอมือ ผืนใหญ่", "handwoven_blanket"),
        ),
        needs=(need("กล่องใส่ผ้าเป็นของฝาก พิมพ์ชื่อกลุ่ม", "gift_box"),),
        certs=("OTOP",),
    ),
    sme(
        89,
        "en",
        "Riverside Elder Care Hospital",
        ALC,
        DOWN,
        "Bangkok",
        "riversideeldercare",
        needs=(
            need("Handwoven cotton blankets for the elderly ward, washable", "handwoven_blanket"),
            need("Navy mill-woven cotton for staff uniforms, any dye", "synthetic_dyed_cotton_fabric"),
            unmet(
                "Incontinence bed pads registered with Thai FDA",
                "medical textiles; no maker in the set",
                "incontinence_pad",
                req=("Thai FDA",),
            ),
        ),
    ),
    sme(
        90,
        "th",
        "กลุ่มผ้าไหมหางกระรอกปักธงชัย",
        ALI,
        MID,
        "Nakhon Ratchasima",
        "pakthongchai.silk",
        offers=(("ผ้าไหมหางกระรอก ผ้าไหมเกลียว สีพื้น", "handwoven_silk_plain"),),
        needs=(need("ไหมโรงงาน เส้นยืน", "raw_silk_yarn_machine"),),
        certs=(PEACOCK, "OTOP"),
    ),
    sme(
        91,
        "en",
        "Siam Silk Offcuts",
        CIR,
        DOWN,
        "Phetchaburi",
        "siamsilkoffcuts",
        offers=(
            ("Silk offcuts from tailors, mixed colours, 1 kg bags", "silk_offcuts"),
            ("Patchwork quilts of silk scraps", "upcycled_patchwork"),
        ),
        needs=(need("Spun silk or noil yarn for knitting", "spun_silk_yarn"),),
        bcg=("circular",),
    ),
    sme(
        92,
        "th",
        "ร้านผ้าโบราณลำปาง",
        CIR,
        DOWN,
        "Lampang",
        "lampang.antique",
        offers=(("ผ้าซิ่นไทลื้อโบราณ ผ้าทอไทยวนเก่าเก็บ", "antique_textile"),),
        needs=(need("มีใครขายกระดาษไร้กรดไว้ห่อผ้าไหมบ้าง?", "acid_free_tissue"),),
    ),
    sme(
        93,
        "en",
        "Chiang Mai Design School",
        ALC,
        DOWN,
        "Chiang Mai",
        "cmdesign",
        needs=(
            need("Anyone offering pattern scans we can use in student work?", "pattern_image_licence"),
            need("Hemp cloth samples for the materials library", "hemp_fabric"),
        ),
    ),
    sme(
        94,
        "th",
        "พิพิธภัณฑ์ผ้าโบราณศรีสัชนาลัย",
        ALC,
        DOWN,
        "Sukhothai",
        "sisat.museum",
        needs=(
            need("หุ่นจัดแสดงผ้านุ่ง แบบงานอนุรักษ์", "conservation_dress_form"),
            need("ชุดจำลองการแต่งกายสมัยสุโขทัย สำหรับจัดแสดง", "period_costume_replica"),
            unmet("ราวแขวนผ้าสแตนเลสสำหรับห้องคลัง", "storage racks are hardware; no maker in the set", "storage_rack"),
        ),
    ),
    sme(
        95,
        "en",
        "Nan Valley Cotton Growers",
        HNF,
        UP,
        "Nan",
        "nanvalleycotton",
        offers=(("Seed cotton and lint from native hill varieties", "raw_cotton"),),
        needs=(unmet("Organic cotton seed for planting", "planting seed is not in the set", "cotton_seed"),),
    ),
)

SMES: tuple[Sme, ...] = PART_1 + PART_2 + PART_3 + PART_4


# ---------------------------------------------------------------- checks


def _key(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).casefold())


def _names_of(certification: str) -> tuple[str, ...]:
    for c in CERTIFICATIONS:
        if c.name == certification:
            return (c.name, c.full_name, c.name_th, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
    raise KeyError(certification)


def names_certification(text: str, certification: str) -> bool:
    """Whether `text` writes out one of the names of `certification`."""
    key = _key(text)
    return any(_key(name) in key for name in _names_of(certification))


_THAI = re.compile("[\u0e00-\u0e7f]")
_EMAIL = re.compile(r"^[a-z0-9][a-z0-9.]*@[a-z0-9.-]+\.[a-z]+$")
_LABEL = re.compile(r"^[a-z][a-z0-9_]*$")


def script_problem(text: str, language: str) -> str | None:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return "no letters"
    thai = sum(1 for ch in letters if _THAI.match(ch))
    if language == "th" and thai < 0.6 * len(letters):
        return "Thai phrase is not mostly Thai letters"
    if language == "en" and (thai or not text.isascii()):
        return "English phrase is not plain Latin"
    return None


def qualified(buyer: Sme, item: Need, smes: tuple[Sme, ...]) -> list[str]:
    """Ids of the suppliers that meet `item` of `buyer`."""
    wanted = set(item.labels)
    return [
        s.id
        for s in smes
        if s.id != buyer.id and any(label in wanted for _, label in s.offers) and set(item.requires) <= s.held()
    ]


def true_links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    pairs = {(sid, b.id) for b in smes for item in b.needs if not item.unmet for sid in qualified(b, item, smes)}
    return sorted(pairs)


def check(smes: tuple[Sme, ...], links: list[tuple[str, str]], final: bool) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    expected = [f"{ID_PREFIX}-{n:03d}" for n in range(1, len(smes) + 1)]
    if ids != expected:
        errors.append("ids are not bhe-001 ... in order")
    emails = [s.email for s in smes]
    if len(set(emails)) != len(emails):
        errors.append("duplicate e-mail addresses")
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)
    all_offers = {_key(text) for s in smes for text, _ in s.offers}
    for s in smes:
        where = s.id
        if s.language not in ("th", "en"):
            errors.append(f"{where}: language {s.language!r}")
        if not isinstance(s.sub_cluster, SubCluster) or not isinstance(s.stage, Stage):
            errors.append(f"{where}: sub-cluster or stage")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for c in s.certifications:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        if len(set(s.bcg)) != len(s.bcg) or not set(s.bcg) <= {t.value for t in BcgTag}:
            errors.append(f"{where}: bcg {s.bcg}")
        if not _EMAIL.match(s.email):
            errors.append(f"{where}: e-mail {s.email!r}")
        if not s.offers and not s.needs:
            errors.append(f"{where}: neither offers nor needs")
        if len(s.offers) > 3 or len(s.needs) > 3:
            errors.append(f"{where}: more than 3 offers or needs")
        phrases = [s.name, *(text for text, _ in s.offers), *(n.text for n in s.needs)]
        for phrase in phrases:
            if not phrase or phrase != phrase.strip() or "\n" in phrase:
                errors.append(f"{where}: bad phrase {phrase!r}")
            problem = script_problem(phrase, s.language)
            if problem:
                errors.append(f"{where}: {problem}: {phrase!r}")
        for _, label in s.offers:
            if not _LABEL.match(label):
                errors.append(f"{where}: offer label {label!r}")
        for item in s.needs:
            what = f"{where} need {item.text!r}"
            if not item.labels:
                errors.append(f"{what}: lists no labels")
            if _key(item.text) in all_offers:
                errors.append(f"{what}: worded exactly like an offer")
            for c in (*item.requires, *item.waives):
                if resolve_certification(c) != c:
                    errors.append(f"{what}: {c!r} is not a canonical certification name")
                elif not names_certification(item.text, c):
                    errors.append(f"{what}: {c} is not named in the text")
            if set(item.requires) & set(item.waives):
                errors.append(f"{what}: requires and waives the same certification")
            suppliers = qualified(s, item, smes)
            if item.unmet:
                if suppliers:
                    errors.append(f"{what}: marked as met by no one but met by {suppliers}")
            else:
                for label in item.labels:
                    if not offered_by.get(label, set()) - {s.id}:
                        errors.append(f"{what}: no one else offers {label}")
                if not suppliers:
                    errors.append(f"{what}: no qualified supplier")
    if not final:
        return errors
    if len(smes) != N_PROFILES:
        errors.append(f"{len(smes)} profiles, want {N_PROFILES}")
    thai_share = sum(s.language == "th" for s in smes) / len(smes)
    if not THAI_SHARE_RANGE[0] <= thai_share <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {thai_share:.2f}")
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        errors.append(f"{len(links)} true links, want {LINK_RANGE[0]}-{LINK_RANGE[1]}")
    language = {s.id: s.language for s in smes}
    cross = sum(language[a] != language[b] for a, b in links)
    if links and not CROSS_SHARE_RANGE[0] <= cross / len(links) <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {cross / len(links):.2f}")
    n_unmet = sum(bool(n.unmet) for s in smes for n in s.needs)
    if not UNMET_RANGE[0] <= n_unmet <= UNMET_RANGE[1]:
        errors.append(f"{n_unmet} needs met by no one, want {UNMET_RANGE[0]}-{UNMET_RANGE[1]}")
    met = [len(qualified(s, n, smes)) for s in smes for n in s.needs if not n.unmet]
    if met and sum(1 <= k <= 3 for k in met) < 0.7 * len(met):
        errors.append("fewer than 70 % of the met needs have 1-3 suppliers")
    return errors


# ---------------------------------------------------------------- counts and output


def counts(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    rows: list[tuple[str, str]] = [("profiles", str(len(smes)))]
    n_th = sum(s.language == "th" for s in smes)
    rows.append(("Thai / English profiles", f"{n_th} / {len(smes) - n_th}"))
    sub = Counter(s.sub_cluster for s in smes)
    rows += [(f"sub-cluster `{c.value}`", str(sub[c])) for c in SubCluster]
    stage = Counter(s.stage for s in smes)
    rows += [(f"stage `{st.value}`", str(stage[st])) for st in Stage]
    provinces = [resolve_province(s.province) for s in smes]
    region = Counter(p.region for p in provinces if p)
    rows += [(f"region `{r.value}`", str(region[r])) for r in Region]
    rows.append(("distinct provinces", str(len({p.name_en for p in provinces if p}))))
    offers = [label for s in smes for _, label in s.offers]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len(set(offers)))))
    needs = [(s, n) for s in smes for n in s.needs]
    n_unmet = sum(bool(n.unmet) for _, n in needs)
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(needs) - n_unmet} / {n_unmet}"))
    rows.append(("needs requiring a certification", str(sum(bool(n.requires) for _, n in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(n.waives) for _, n in needs))))
    spread = Counter(min(len(qualified(s, n, smes)), 4) for s, n in needs if not n.unmet)
    rows.append(("met needs by number of suppliers (1 / 2 / 3 / 4+)", " / ".join(str(spread[k]) for k in (1, 2, 3, 4))))
    rows.append(("true links", str(len(links))))
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    share = (th_en + en_th) / len(links) if links else 0.0
    rows.append(("cross-language links (share)", f"{th_en + en_th} ({share:.0%})"))
    rows.append(("within-language links", str(len(links) - th_en - en_th)))
    rows.append(
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        )
    )
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| measure | count |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README_HEAD = """# blind_plain_heritage: hand-labelled heritage-textile matching set

## What the set checks

How well the matcher finds the true supplier-buyer pairs among 95 SMEs whose offers and needs it has
never seen, in the heritage-textile corner of the Health and Wellness Economy cluster: museums and palace
collections, textile conservators, archival-storage and mount makers, antique and vintage dealers, makers
of court-pattern reproductions, natural-dye revival groups, photographers and pattern archives, master
weavers who teach, community weaving groups, museum shops, hotels and care homes, and the ordinary cotton,
silk, hemp, yarn, cloth, dyeing and sewing suppliers. The profiles are plain registry entries: one short
phrase per offer or need, in Thai (about 55 %) or English, in local and trade words, brand names and
abbreviations, with and without quantities, prices, sizes and places.

Hard but fair cases are written in on purpose: a service versus the goods it works on (indigo dyeing of
the customer's bags versus indigo cloth, sewing for others versus finished shirts, mounting a customer's
textile versus a dress form); waste and used goods versus new (pierced or broken cocoons, tailoring
scraps, used clothing); raw versus processed (cotton, handspun yarn, cloth; cocoons, reeled silk, dyed
silk; hemp bast, yarn, cloth; dye plants versus extracts; hand-reeled versus machine-reeled silk); finished
goods described by their material or technique (an indigo cotton bag is a bag, a mudmee silk scarf is a
scarf); alum versus a tannin mordant; gold brocade versus plain yok dok; retail mannequins versus
conservation dress forms; gift boxes versus archival boxes; needs written as a wish, a bare noun phrase or
a question; refusals ("no synthetic indigo", "not indigo", "no machine-reeled"); needs that require a
named certification and needs that name one only to waive it; and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (cluster profiles, JSONL version 1, and
the links CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the project's ruff settings. The
writer did not see the matcher, its glossary, its tests or any other evaluation set, and did not run the
matcher. All data lives in `write.py`, written in four parts of 20-30 SMEs.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels
that would meet it and the certifications its text requires, or is marked as met by no one with a short
note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by
one of the buyer's needs and the supplier's certifications (resolved with `resolve_certification`) hold
every certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link; what changes what the thing is does. A waived
certification ("OTOP welcome but not required", "ไม่ต้องมีตรานกยูงก็ได้") is not required. Labels live
only in `write.py`; the profiles carry none.

Before writing, `write.py` checks: ids unique and well formed; every contract field valid (sub-cluster,
stage and BCG tags from the taxonomy, provinces through `resolve_province`, certifications through
`resolve_certification`); every label a met need lists is offered by someone other than the buyer; every
met need has a qualified supplier and every need marked as met by no one has none; a required or waived
certification is named in the need's text; Thai phrases are mostly Thai letters and English ones plain
Latin; no need is worded exactly like an offer; and the size targets (95 profiles, 50-60 % Thai, 160-180
links, 40-60 % of them across languages, 17-23 needs met by no one, most met needs with 1-3 suppliers).
If any check fails it writes nothing.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_heritage/write.py

Two runs give identical bytes.

## Files

- `write.py`: all data, the checks and the writer.
- `profiles.jsonl`: 95 profiles, ids `bhe-001` ... `bhe-095`, contract JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def write_files(smes: tuple[Sme, ...], links: list[tuple[str, str]], rows: list[tuple[str, str]]) -> None:
    profiles = "".join(json.dumps(s.record(), ensure_ascii=False) + "\n" for s in smes)
    csv_text = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    readme = README_HEAD + table(rows)
    for name, text in (("profiles.jsonl", profiles), ("links.csv", csv_text), ("README.md", readme)):
        (OUT / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote profiles.jsonl, links.csv and README.md to {OUT}")


def main() -> int:
    final = "--partial" not in sys.argv[1:]
    smes = SMES
    links = true_links(smes)
    errors = check(smes, links, final)
    print(table(counts(smes, links)))
    if errors:
        print(f"{len(errors)} problem(s); nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    if not final:
        print("partial check passed; nothing written")
        return 0
    write_files(smes, links, counts(smes, links))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
