"""Write the hand-labelled evaluation set `eval/blind_plain_naturaldye/`.

95 plain registry entries of SMEs around natural dyeing in the north and Isan (indigo, lac,
ebony, bark and mud dyeing, mordants, dye gardens, dye houses, fibre, yarn, cloth, sewing,
brands, hotels, shops). Every offer carries a label saying what the thing is; every need lists
the labels that meet it and the certifications it requires, or is marked as met by no one.
The true links follow from the labels alone. Labels live only in this file.

Run from the repository root:  .venv/bin/python eval/blind_plain_naturaldye/write.py
It checks the data and writes profiles.jsonl, links.csv and README.md next to itself,
or writes nothing and exits with status 1 when a check fails.
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
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
taxonomy = importlib.import_module("shared.taxonomy")

ID_PREFIX = "bnd"
SET_NAME = "blind_plain_naturaldye"

HEMP = taxonomy.SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = taxonomy.SubCluster.CIRCULAR_TEXTILE.value
SPORT = taxonomy.SubCluster.SPORTECH.value
ALC = taxonomy.SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = taxonomy.SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = taxonomy.Stage.UPSTREAM.value
MID = taxonomy.Stage.MIDSTREAM.value
DOWN = taxonomy.Stage.DOWNSTREAM.value
BIO = taxonomy.BcgTag.BIO.value
CIR = taxonomy.BcgTag.CIRCULAR.value
GRN = taxonomy.BcgTag.GREEN.value


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]  # offer labels that meet it; for an unmet need, the labels that would
    requires: tuple[str, ...] = ()  # canonical certification names the text requires
    waives: tuple[str, ...] = ()  # certification mentions, as written, that the text waives
    unmet_note: str = ""  # non-empty: no one in the set meets this need

    @property
    def met(self) -> bool:
        return not self.unmet_note


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"


def need(text: str, *labels: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, requires, waives)


def unmet(text: str, note: str, *would: str, requires: tuple[str, ...] = ()) -> Need:
    return Need(text, would, requires, (), note)


def sme(
    num: int,
    lang: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    offers: list[tuple[str, str]] | None = None,
    needs: list[Need] | None = None,
    certs: list[str] | None = None,
    bcg: list[str] | None = None,
) -> Sme:
    return Sme(
        num,
        lang,
        name,
        sub_cluster,
        stage,
        province,
        email,
        tuple(offers or ()),
        tuple(needs or ()),
        tuple(certs or ()),
        tuple(bcg or ()),
    )


# ------------------------------------------------------------------ the SMEs
# Part 1: growers and sellers of dye plants, mordants, fibre and yarn.

SMES: list[Sme] = [
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนกลุ่มปลูกครามบ้านดอนกอย",
        HEMP,
        UP,
        "Sakon Nakhon",
        "donkoi.kram@example.com",
        offers=[
            ("ต้นครามสด ตัดส่งตอนเช้า มัดละ 10 กก.", "indigo_plant_fresh"),
            ("เนื้อครามเปียก ถังละ 20 กิโล", "indigo_paste"),
        ],
        needs=[
            need("พันธุ์คราม เมล็ดหรือกิ่งชำ", "indigo_seedlings"),
            need("ปุ๋ยหมัก ใส่แปลงคราม", "compost_fertilizer"),
        ],
        certs=["Organic Thailand", "OTOP"],
        bcg=[BIO],
    ),
    sme(
        2,
        "en",
        "Phrae Hom Growers Cooperative",
        HEMP,
        UP,
        "Phrae",
        "coop@phraehom.example",
        offers=[
            ("Hom paste (Strobilanthes cusia), fermented, 25 kg drum", "indigo_paste"),
            ("Hom cuttings for planting, 100 per bundle", "indigo_seedlings"),
        ],
        needs=[need("Slaked lime for making paste", "slaked_lime")],
        bcg=[BIO],
    ),
    sme(
        3,
        "th",
        "ไร่ครามทองมา",
        HEMP,
        UP,
        "Udon Thani",
        "thongma.farm@example.com",
        offers=[
            ("ผงครามธรรมชาติ อบแห้ง กก.ละ 1,800 บาท", "indigo_powder"),
            ("เมล็ดพันธุ์คราม ฝักตรง ถุงละครึ่งกิโล", "indigo_seedlings"),
        ],
        needs=[need("ปูนขาว ปูนกินหมาก ใช้ตีคราม", "slaked_lime")],
        bcg=[BIO],
    ),
    sme(
        4,
        "th",
        "กลุ่มเลี้ยงครั่งแม่ทะ",
        HEMP,
        UP,
        "Lampang",
        "maetha.lac@example.com",
        offers=[
            ("ครั่งดิบ ครั่งกิ่ง ขั้นต่ำ 5 กก.", "lac_raw"),
            ("ครั่งเม็ด ร่อนแล้ว", "lac_raw"),
        ],
        needs=[unmet("ครั่งพันธุ์ สำหรับปล่อยบนต้นจามจุรี", "no one in the set sells brood lac", "brood_lac")],
        bcg=[BIO],
    ),
    sme(
        5,
        "en",
        "Nan Forest Dye Materials",
        HEMP,
        UP,
        "Nan",
        "sales@nandye.example",
        offers=[
            ("Sappanwood chips, sun-dried", "dye_wood_bark"),
            ("Ebony fruit (ma kluea), fresh, Jul-Sep", "ebony_fruit"),
        ],
        needs=[
            unmet(
                "FSC-certified kraft paper sacks, 10 kg",
                "no packaging maker in the set",
                "kraft_paper_sacks",
                requires=("FSC",),
            )
        ],
        bcg=[BIO],
    ),
    sme(
        6,
        "th",
        "กลุ่มแม่บ้านเก็บใบไม้ย้อมผ้า บ้านท่าสว่าง",
        ALI,
        UP,
        "Surin",
        "thasawang.leaf@example.com",
        offers=[
            ("ใบหูกวางตากแห้ง กระสอบละ 10 กก.", "dried_dye_leaves"),
            ("เปลือกประดู่ แก่นขนุน สับแห้ง", "dye_wood_bark"),
        ],
        bcg=[BIO],
    ),
    sme(
        7,
        "th",
        "สวนดอกไม้ให้สี ศรีสะเกษ",
        ALI,
        UP,
        "Sisaket",
        "dokmai.si@example.com",
        offers=[
            ("ดอกดาวเรืองอบแห้ง", "dried_dye_flowers"),
            ("ดอกอัญชัน ดอกคำฝอย ตากแห้ง", "dried_dye_flowers"),
        ],
        needs=[need("อยากได้ใบไม้ เปลือกไม้ ที่ต้มย้อมแล้ว มาหมักปุ๋ย", "spent_dye_biomass")],
        bcg=[BIO, CIR],
    ),
    sme(
        8,
        "en",
        "Doi Colour Extracts Co., Ltd.",
        HEMP,
        UP,
        "Chiang Mai",
        "info@doicolour.example",
        offers=[("Plant dye extracts, powder, 1 kg bags (lac, sappan, marigold)", "natural_dye_extract")],
        needs=[
            need("Sticklac, bulk", "lac_raw"),
            need("Dried marigold petals", "dried_dye_flowers"),
        ],
        certs=["ISO 9001"],
        bcg=[BIO, GRN],
    ),
    sme(
        9,
        "th",
        "กลุ่มดินย้อมผ้า บ้านหนองสูง",
        ALI,
        UP,
        "Mukdahan",
        "nongsung.mud@example.com",
        offers=[("ดินโคลนหมัก สำหรับย้อมผ้า ถุงละ 20 กก.", "dyeing_mud")],
        needs=[need("สารส้ม 20 กิโล", "alum_mordant")],
        bcg=[BIO],
    ),
    sme(
        10,
        "en",
        "Mae Fah Hemp Fibre",
        HEMP,
        UP,
        "Chiang Rai",
        "hello@maefahhemp.example",
        offers=[
            ("Hemp yarn, Nm 10, hand-twisted", "hemp_yarn"),
            ("Loomstate hemp cloth, 40 cm Hmong width", "hemp_fabric_undyed"),
        ],
        needs=[
            need("Indigo dyeing of our hemp cloth, 200 m a batch", "indigo_dyeing_service"),
            unmet("Certified hemp seed for planting, low THC", "no seed seller in the set", "hemp_seed"),
        ],
        bcg=[BIO],
    ),
    sme(
        11,
        "th",
        "กลุ่มม้งบ้านรวมไทย ใยกัญชง",
        HEMP,
        UP,
        "Tak",
        "hmong.ruamthai@example.com",
        offers=[("ใยกัญชงเข็นมือ ขายเป็นไจ", "hemp_yarn")],
        needs=[
            unmet("ขี้ผึ้งแท้ สำหรับเขียนเทียน", "no beeswax seller in the set", "beeswax"),
        ],
        bcg=[BIO],
    ),
    sme(
        12,
        "th",
        "กลุ่มปลูกฝ้ายอินทรีย์ ห้วยเม็ก",
        ALI,
        UP,
        "Kalasin",
        "huaimek.cotton@example.com",
        offers=[
            ("ฝ้ายดิบทั้งเมล็ด ฝ้ายพื้นเมือง", "raw_cotton"),
            ("ฝ้ายเข็นมือ สีขาว สีตุ่น", "handspun_cotton_yarn"),
        ],
        needs=[need("ปุ๋ยคอก ปุ๋ยหมัก", "compost_fertilizer")],
        certs=["Organic Thailand"],
        bcg=[BIO],
    ),
    sme(
        13,
        "en",
        "Loei Highland Organic Cotton",
        HEMP,
        UP,
        "Loei",
        "farm@loeicotton.example",
        offers=[("Organic seed cotton, ginned on request", "raw_cotton")],
        needs=[unmet("Small cotton gin, second hand", "no machinery seller in the set", "ginning_machine")],
        certs=["Organic Thailand", "USDA Organic"],
        bcg=[BIO],
    ),
    sme(
        14,
        "th",
        "หจก. ด้ายไทยรุ่งเรือง",
        ALC,
        UP,
        "Nakhon Pathom",
        "daithai.rr@example.com",
        offers=[
            ("ด้ายฝ้าย 100% Ne 20/2 สีดิบ ลูกละ 1 กก.", "machine_cotton_yarn"),
            ("ด้ายเย็บผ้า ฝ้าย หลอดใหญ่", "sewing_thread"),
        ],
        certs=["OEKO-TEX Standard 100"],
    ),
    sme(
        15,
        "en",
        "Isan Silk Reeling Co.",
        ALI,
        UP,
        "Khon Kaen",
        "reeling@isansilk.example",
        offers=[
            ("Raw silk yarn, Thai native, degummed", "raw_silk_yarn"),
            ("Dried silk cocoons, yellow", "silk_cocoons"),
        ],
        needs=[need("Fresh cocoons from village farms", "silk_cocoons")],
        certs=["Thai Silk Peacock Emblem"],
    ),
    sme(
        16,
        "th",
        "กลุ่มเลี้ยงไหมบ้านโคกเมือง",
        ALI,
        UP,
        "Buriram",
        "khokmuang.silk@example.com",
        offers=[
            ("รังไหมสด ไหมพันธุ์ไทย", "silk_cocoons"),
            ("ไหมน้อย ไหมลืบ สาวมือ", "raw_silk_yarn"),
        ],
        needs=[need("ครั่ง สำหรับย้อมไหมสีแดง", "lac_raw")],
        certs=["OTOP"],
        bcg=[BIO],
    ),
    sme(
        17,
        "th",
        "ป้าศรีฝ้ายเข็นมือ จอมทอง",
        HEMP,
        UP,
        "Chiang Mai",
        "pasri.fai@example.com",
        offers=[("ฝ้ายเข็นมือ ฝ้ายตุ่น ไจละ 100 กรัม", "handspun_cotton_yarn")],
        needs=[need("ฝ้ายปุย ฝ้ายเก็บจากไร่ ครั้งละ 50 กก.", "raw_cotton")],
        bcg=[BIO],
    ),
    sme(
        18,
        "en",
        "PakNam Textile Recovery",
        CIRC,
        UP,
        "Samut Prakan",
        "ops@paknamrecovery.example",
        offers=[
            ("Sorted cotton cutting waste, white and light shades", "cotton_offcuts"),
            ("Used clothing bales, 45 kg, grade B", "used_garments"),
        ],
        certs=["GRS"],
        bcg=[CIR],
    ),
    sme(
        19,
        "th",
        "บริษัท โคราชรีไฟเบอร์ จำกัด",
        CIRC,
        UP,
        "Nakhon Ratchasima",
        "korat.refiber@example.com",
        offers=[
            ("เส้นใยฝ้ายรีไซเคิล ตีเปื่อยจากเศษผ้า", "recycled_cotton_fibre"),
            ("ด้ายรีไซเคิล Ne 10 ฝ้าย 70%", "recycled_cotton_yarn"),
        ],
        needs=[
            need("เศษผ้าฝ้าย 100% จากโรงงานตัดเย็บ", "cotton_offcuts", "natural_dyed_offcuts"),
            need("เสื้อผ้าเก่า เนื้อฝ้าย ไม่เอาโพลีเอสเตอร์", "used_garments"),
        ],
        certs=["GRS", "ISO 14001"],
        bcg=[CIR],
    ),
    sme(
        20,
        "en",
        "Green Vat Compost",
        CIRC,
        UP,
        "Chiang Mai",
        "greenvat@example.com",
        offers=[("Compost from dye garden waste, 25 kg bag", "compost_fertilizer")],
        needs=[need("Spent indigo leaves and exhausted vat sludge", "spent_dye_biomass")],
        bcg=[BIO, CIR],
    ),
    sme(
        21,
        "th",
        "ร้านสำเพ็งเคมีภัณฑ์",
        ALC,
        UP,
        "Bangkok",
        "sampeng.chem@example.com",
        offers=[
            ("สารส้มขาว ก้อนและผง", "alum_mordant"),
            ("สีรีแอคทีฟ สีเคมีย้อมผ้า ครบทุกสี", "synthetic_dye"),
            ("เฟอรัสซัลเฟต จุนเหล็ก", "iron_mordant"),
        ],
    ),
    sme(
        22,
        "en",
        "Lamphun Mordant Supply",
        HEMP,
        UP,
        "Lamphun",
        "order@lamphunmordant.example",
        offers=[
            ("Iron liquor, ready to use, 5 L", "iron_mordant"),
            ("Wood-ash lye for indigo vats", "ash_lye"),
            ("Slaked lime, food grade", "slaked_lime"),
        ],
        needs=[unmet("Second-hand 20 L plastic drums", "no drum seller in the set", "used_drums")],
        bcg=[GRN],
    ),
    sme(
        23,
        "th",
        "กลุ่มน้ำด่างขี้เถ้า บ้านพันนา",
        ALI,
        UP,
        "Sakon Nakhon",
        "phanna.lye@example.com",
        offers=[
            ("น้ำด่างขี้เถ้า จากเปลือกนุ่น", "ash_lye"),
            ("ครามผง บดละเอียด", "indigo_powder"),
        ],
        needs=[need("ใบครามหรือใบห้อมสด ช่วงหน้าฝน", "indigo_plant_fresh")],
        bcg=[BIO],
    ),
    sme(
        24,
        "en",
        "ChemColor Trading",
        ALC,
        UP,
        "Bangkok",
        "sales@chemcolor.example",
        offers=[
            ("Synthetic indigo powder 94%, 20 kg", "synthetic_indigo"),
            ("Reactive dyes, Remazol and Sumifix types, 25 kg drums", "synthetic_dye"),
        ],
        certs=["ISO 9001"],
    ),
    sme(
        25,
        "th",
        "สวนห้อมแม่ลาน",
        HEMP,
        UP,
        "Phrae",
        "maelan.hom@example.com",
        offers=[
            ("ห้อมเปียก พร้อมก่อหม้อ", "indigo_paste"),
            ("ต้นห้อมสด ตัดตามสั่ง", "indigo_plant_fresh"),
        ],
        needs=[need("น้ำด่าง สำหรับก่อหม้อห้อม", "ash_lye")],
        bcg=[BIO],
    ),
    # Part 2: dye houses, weavers, yarn dyers, sewing and other midstream work.
    sme(
        26,
        "th",
        "ครามสกล ย้อมรับจ้าง",
        HEMP,
        MID,
        "Sakon Nakhon",
        "kramsakon.dye@example.com",
        offers=[
            ("รับย้อมคราม ผ้าและเส้นด้ายของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service"),
            ("ผ้าฝ้ายย้อมคราม ทอมือ หน้ากว้าง 1 ม.", "indigo_dyed_cotton_fabric"),
            ("กากครามจากหม้อย้อม ให้ฟรี มารับเอง", "spent_dye_biomass"),
        ],
        needs=[
            need("สีครามแบบเปียก เดือนละ 100 กก.", "indigo_paste"),
            need("ผ้าทอมือสีขาวดิบ ยังไม่ผ่านการย้อม", "handwoven_cotton_fabric_undyed"),
        ],
        certs=["OTOP"],
        bcg=[GRN],
    ),
    sme(
        27,
        "en",
        "Mor Hom House Phrae",
        HEMP,
        MID,
        "Phrae",
        "shop@morhomhouse.example",
        offers=[
            ("Mor hom cloth, indigo cotton, 110 cm wide", "indigo_dyed_cotton_fabric"),
            ("Indigo dyeing of your yarn, fabric or garments", "indigo_dyeing_service"),
        ],
        needs=[
            need("Greige cotton, plain weave, 150 cm", "greige_cotton_fabric"),
            need("Natural indigo paste only, no synthetic", "indigo_paste"),
        ],
        certs=["GOTS"],
        bcg=[GRN],
    ),
    sme(
        28,
        "th",
        "บ้านไร่ไผ่งาม ย้อมสีธรรมชาติ",
        HEMP,
        MID,
        "Chiang Mai",
        "raiphaingam@example.com",
        offers=[
            ("รับย้อมสีธรรมชาติ ครั่ง มะเกลือ ประดู่", "natural_dyeing_service"),
            ("ผ้าฝ้ายย้อมเปลือกไม้ ผืนละ 2 เมตร", "natural_dyed_cotton_fabric"),
        ],
        needs=[
            need("ขี้ครั่ง", "lac_raw"),
            need("สารกัดสี อะลัม", "alum_mordant"),
            need("มะเกลือสด", "ebony_fruit"),
        ],
        certs=["OTOP"],
        bcg=[GRN],
    ),
    sme(
        29,
        "en",
        "Lanna Ecoprint Studio",
        HEMP,
        MID,
        "Chiang Mai",
        "studio@lannaecoprint.example",
        offers=[
            ("Eco-printing with leaves on your fabric", "eco_print_service"),
            ("Eco-printed silk scarves, 180 x 50 cm", "natural_dyed_scarf"),
        ],
        needs=[
            need("Iron water or ferrous sulphate", "iron_mordant"),
            need("Plain white silk, undyed, for printing", "undyed_silk_fabric"),
        ],
        bcg=[GRN],
    ),
    sme(
        30,
        "th",
        "กลุ่มทอผ้าบ้านนาข่า",
        ALI,
        MID,
        "Udon Thani",
        "nakha.weave@example.com",
        offers=[
            ("ผ้าขาวม้าย้อมคราม ลายตาหมากรุก", "natural_dyed_pakama"),
        ],
        needs=[
            need("ฝ้ายปั่นมือ ยังไม่ย้อม", "handspun_cotton_yarn"),
            need("มีใครขายผงครามแท้บ้างคะ", "indigo_powder"),
        ],
        certs=["OTOP"],
    ),
    sme(
        31,
        "th",
        "กลุ่มผ้าไหมย้อมสีธรรมชาติ บ้านสวาย",
        ALI,
        MID,
        "Surin",
        "baansawai.silk@example.com",
        offers=[
            ("ผ้าไหมมัดหมี่ สีจากเปลือกไม้ ครั่ง คราม", "natural_dyed_silk_fabric"),
            ("ผ้าพันคอไหม ย้อมเปลือกไม้", "natural_dyed_scarf"),
        ],
        needs=[
            need("เส้นไหมพื้นบ้าน ยังไม่ฟอกย้อม", "raw_silk_yarn"),
            need("ลูกมะเกลือ", "ebony_fruit"),
        ],
        certs=["Thai Silk Peacock Emblem", "OTOP"],
        bcg=[BIO],
    ),
    sme(
        32,
        "en",
        "Chonnabot Mudmee Weavers",
        ALI,
        MID,
        "Khon Kaen",
        "weavers@chonnabot.example",
        offers=[
            ("Mudmee silk, chemical dyes, 4 m sarong lengths", "synthetic_dyed_silk_fabric"),
            ("Commission weaving with your yarn", "weaving_service"),
        ],
        needs=[
            need("Mai noi silk thread, 10 kg lots", "raw_silk_yarn"),
            need("Can anyone dye our silk yarn with natural indigo?", "indigo_dyeing_service"),
        ],
    ),
    sme(
        33,
        "th",
        "กลุ่มผ้าย้อมโคลน บ้านนาถ่อน",
        ALI,
        MID,
        "Nakhon Phanom",
        "nathon.mud@example.com",
        offers=[
            ("ผ้าฝ้ายย้อมโคลน สีเทาดำ", "mud_dyed_cotton_fabric"),
            ("รับย้อมโคลน ผ้าของลูกค้า", "natural_dyeing_service"),
        ],
        needs=[need("ผ้าสาลู ผ้าขาวบาง เป็นม้วน", "greige_cotton_fabric")],
        bcg=[GRN],
    ),
    sme(
        34,
        "en",
        "Mahachai Dyeing & Finishing",
        ALC,
        MID,
        "Samut Sakhon",
        "sales@mahachaidye.example",
        offers=[("Commission reactive dyeing, knit and woven, MOQ 300 kg", "synthetic_dyeing_service")],
        needs=[need("Reactive dyestuff, bulk", "synthetic_dye")],
        certs=["ISO 9001", "OEKO-TEX Standard 100"],
    ),
    sme(
        35,
        "th",
        "โรงทอสหไทย",
        ALC,
        MID,
        "Bangkok",
        "sahathai.weaving@example.com",
        offers=[
            ("ผ้าดิบฝ้าย 100% หน้ากว้าง 63 นิ้ว", "greige_cotton_fabric"),
            ("ผ้าฝ้ายเตรียมย้อม PFD", "greige_cotton_fabric"),
        ],
        needs=[need("เส้นด้ายคอตตอน เบอร์ 30 ซื้อเป็นตัน", "machine_cotton_yarn")],
        certs=["OEKO-TEX Standard 100"],
    ),
    sme(
        36,
        "en",
        "Nimman Cut & Sew",
        HEMP,
        MID,
        "Chiang Mai",
        "hello@nimmancutsew.example",
        offers=[("CMT / OEM sewing, small runs from 50 pcs", "sewing_service")],
        needs=[need("Eco buttons, 15 mm, non-plastic", "buttons_natural")],
    ),
    sme(
        37,
        "th",
        "ห้องเสื้อแม่ประไพ",
        ALI,
        MID,
        "Khon Kaen",
        "maeprapai@example.com",
        offers=[
            ("ชุดยูนิฟอร์มพนักงาน ผ้าพื้นเมือง", "staff_uniforms"),
        ],
        needs=[need("กระดุมไม้ กระดุมกะลา", "buttons_natural")],
    ),
    sme(
        38,
        "en",
        "Roi Et Handloom Group",
        ALI,
        MID,
        "Roi Et",
        "handloom.roiet@example.com",
        offers=[
            ("Handwoven cotton, unbleached, 90 cm", "handwoven_cotton_fabric_undyed"),
            ("Weaving on order, your yarn, our looms", "weaving_service"),
        ],
        certs=["OTOP"],
    ),
    sme(
        39,
        "th",
        "ร้านม่อฮ่อมแม่หลวงสอน",
        HEMP,
        MID,
        "Phrae",
        "maeluangsorn@example.com",
        offers=[
            ("รับเย็บเสื้อม่อฮ่อม ตามแบบลูกค้า", "sewing_service"),
            ("เสื้อหม้อห้อม คอจีน ผู้ชาย", "indigo_dyed_shirts"),
        ],
        needs=[
            need("ผ้าย้อมห้อมหรือครามแท้ ผืนยาว", "indigo_dyed_cotton_fabric"),
            need("กระดุมกะลามะพร้าว", "buttons_natural"),
        ],
    ),
    sme(
        40,
        "th",
        "บ้านด้ายสี เชียงราย",
        HEMP,
        MID,
        "Chiang Rai",
        "baandaisee@example.com",
        offers=[
            ("ด้ายฝ้ายย้อมสีธรรมชาติ 12 สี", "natural_dyed_cotton_yarn"),
            ("ด้ายฝ้ายย้อมห้อม", "indigo_dyed_cotton_yarn"),
        ],
        needs=[
            need("สีสกัดจากพืช แบบผง", "natural_dye_extract"),
        ],
        bcg=[GRN],
    ),
    sme(
        41,
        "en",
        "Pasang Silk Dyers",
        HEMP,
        MID,
        "Lamphun",
        "pasang.silk@example.com",
        offers=[
            ("Naturally dyed silk yarn, lac red, ebony black, THB 3,500/kg", "natural_dyed_silk_yarn"),
            ("Silk fabric dyed with indigo and lac", "natural_dyed_silk_fabric"),
        ],
        needs=[
            need("Undyed reeled silk, Thai breed", "raw_silk_yarn"),
            need("Lac (khrang), any grade", "lac_raw"),
        ],
        certs=["Thai Silk Peacock Emblem"],
    ),
    sme(
        42,
        "th",
        "แม่ฑีฆาครามทอมือ",
        ALI,
        MID,
        "Sakon Nakhon",
        "maetikha.kram@example.com",
        offers=[
            ("ผ้าพันคอย้อมคราม ฝ้ายทอมือ", "natural_dyed_scarf"),
            ("ผ้าซิ่นย้อมคราม ตัดเย็บสำเร็จ", "natural_dyed_apparel"),
        ],
        needs=[
            unmet("กี่กระตุกมือสอง", "no loom seller in the set", "loom_equipment"),
            need("เส้นฝ้ายสีคราม พร้อมทอ", "indigo_dyed_cotton_yarn"),
        ],
        certs=["OTOP"],
    ),
    sme(
        43,
        "en",
        "Hemp Thread Studio",
        HEMP,
        MID,
        "Chiang Mai",
        "studio@hempthread.example",
        offers=[
            ("Hemp cloth, indigo or lac dyed", "natural_dyed_hemp_fabric"),
            ("Unbleached hemp canvas 280 gsm", "hemp_fabric_undyed"),
        ],
        needs=[need("Hemp thread for weaving, Hmong style", "hemp_yarn")],
        bcg=[BIO],
    ),
    sme(
        44,
        "th",
        "บริษัท นิตติ้งเทค จำกัด",
        SPORT,
        MID,
        "Samut Prakan",
        "knittingtech@example.com",
        offers=[("ผ้าถักเจอร์ซีย์ คอตตอน 180 แกรม", "knit_jersey_fabric")],
        needs=[
            need("ด้ายคอมป์ Ne 30/1", "machine_cotton_yarn"),
            need("หาโรงย้อมคราม รับย้อมผ้าถัก", "indigo_dyeing_service"),
        ],
        certs=["OEKO-TEX Standard 100", "GOTS"],
    ),
    sme(
        45,
        "en",
        "EastTech Performance Fabrics",
        SPORT,
        MID,
        "Chonburi",
        "info@easttech.example",
        offers=[("Moisture-wicking polyester mesh, 140 gsm", "polyester_performance_fabric")],
        needs=[
            unmet(
                "GRS recycled polyester filament yarn 75D",
                "no recycled polyester yarn in the set",
                "recycled_polyester_yarn",
                requires=("GRS",),
            )
        ],
        certs=["bluesign", "ISO 9001"],
    ),
    sme(
        46,
        "th",
        "บริษัท ไทยอุปกรณ์เย็บ จำกัด",
        SPORT,
        MID,
        "Pathum Thani",
        "thaiaupakorn@example.com",
        offers=[
            ("เทปตีนตุ๊กแก ม้วนละ 25 ม.", "hook_loop_tape"),
            ("ยางยืดถัก หลายขนาด", "elastic_tape"),
        ],
    ),
    sme(
        47,
        "th",
        "กลุ่มทอผ้าบ้านนาสะไมย์",
        ALI,
        MID,
        "Yasothon",
        "nasamai.weave@example.com",
        offers=[
            ("ผ้าฝ้ายทอมือ สีธรรมชาติ ไม่ย้อม", "handwoven_cotton_fabric_undyed"),
            ("ผ้าฝ้ายย้อมแก่นขนุน สีเหลือง", "natural_dyed_cotton_fabric"),
        ],
        certs=["OTOP"],
    ),
    sme(
        48,
        "en",
        "Mekong Indigo Weavers",
        ALI,
        MID,
        "Mukdahan",
        "mekongindigo@example.com",
        offers=[
            ("Indigo ikat cotton, 2 m lengths", "indigo_dyed_cotton_fabric"),
            ("Pha khao ma, indigo check", "natural_dyed_pakama"),
        ],
        needs=[
            need("Mud for dyeing", "dyeing_mud"),
        ],
        certs=["OEKO-TEX Standard 100"],
    ),
    sme(
        49,
        "th",
        "กลุ่มทอผ้าน่าน ย้อมสีธรรมชาติ",
        HEMP,
        MID,
        "Nan",
        "nan.naturaldye@example.com",
        offers=[("ผ้าซิ่นลายน้ำไหล ย้อมสีธรรมชาติ", "natural_dyed_apparel")],
        needs=[need("เส้นฝ้ายสีจากพืช หลายสี พร้อมขึ้นกี่", "natural_dyed_cotton_yarn", "indigo_dyed_cotton_yarn")],
    ),
    sme(
        50,
        "en",
        "Silom Garment Works",
        ALC,
        MID,
        "Nonthaburi",
        "sales@silomgarment.example",
        offers=[
            ("Uniforms for hotels and spas, MOQ 100", "staff_uniforms"),
        ],
        needs=[
            need(
                "Indigo-dyed cotton, 500 m a month, OEKO-TEX",
                "indigo_dyed_cotton_fabric",
                requires=("OEKO-TEX Standard 100",),
            )
        ],
        certs=["ISO 9001"],
    ),
    # Part 3: brands, hotels, spas, care homes, shops and upcyclers that buy.
    sme(
        51,
        "en",
        "Kram & Co.",
        HEMP,
        DOWN,
        "Bangkok",
        "studio@kramandco.example",
        offers=[("Indigo shirts and chore jackets, unisex", "indigo_dyed_shirts")],
        needs=[
            need("GOTS certified hand-dyed kram yardage for EU line", "indigo_dyed_cotton_fabric", requires=("GOTS",)),
            need("Cut-make-trim partner, 300 pcs a style", "sewing_service"),
        ],
    ),
    sme(
        52,
        "th",
        "แบรนด์ครั่งแดง",
        HEMP,
        DOWN,
        "Chiang Mai",
        "krangdaeng.brand@example.com",
        offers=[("เสื้อผ้าผู้หญิง ย้อมครั่ง ย้อมเปลือกไม้", "natural_dyed_apparel")],
        needs=[
            need("ผ้าฝ้ายย้อมสีจากพืช ที่ไม่ใช่คราม ไม่เอาสีเคมี", "natural_dyed_cotton_fabric"),
        ],
        bcg=[GRN],
    ),
    sme(
        53,
        "en",
        "Andaman Bay Resort",
        ALC,
        DOWN,
        "Phuket",
        "purchasing@andamanbay.example",
        offers=[("Retired hotel sheets and towels, 300 kg a quarter", "used_hotel_linen")],
        needs=[
            need("Front-desk outfits in indigo cotton", "staff_uniforms"),
            need("Indigo workshop for guests, monthly", "dyeing_workshop_experience"),
        ],
    ),
    sme(
        54,
        "th",
        "โรงแรมเรือนไทย ขอนแก่น",
        ALI,
        DOWN,
        "Khon Kaen",
        "ruenthai.kk@example.com",
        offers=[("ผ้าปูที่นอน ผ้าขนหนู ที่ปลดระวางแล้ว", "used_hotel_linen")],
        needs=[
            need("ของแต่งห้องพัก ผ้าย้อมคราม 60 ห้อง ไม่จำเป็นต้องมี OTOP", "natural_dyed_home_textiles", waives=("OTOP",)),
        ],
    ),
    sme(
        55,
        "en",
        "Golden Years Residence",
        ALC,
        DOWN,
        "Nonthaburi",
        "care@goldenyears.example",
        needs=[
            need("Adaptive clothing with magnetic closures", "adaptive_clothing_elderly"),
            need("Flat sheets for 90 beds, OEKO-TEX certified", "bed_linen", requires=("OEKO-TEX Standard 100",)),
        ],
    ),
    sme(
        56,
        "th",
        "ศูนย์ดูแลผู้สูงอายุ บ้านสุขใจ",
        ALC,
        DOWN,
        "Bangkok",
        "baansukjai.care@example.com",
        needs=[
            need("เสื้อผ้าคนชรา แบบใส่ถอดง่าย", "adaptive_clothing_elderly"),
            unmet("ผ้าอ้อมผู้ใหญ่ แบบซักได้", "no maker of washable diapers in the set", "washable_adult_diapers"),
        ],
    ),
    sme(
        57,
        "th",
        "เสื้อสบาย วัยเก๋า",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "suesabai.wai@example.com",
        offers=[("เสื้อผู้สูงอายุ ผ้าฝ้ายย้อมคราม ติดตีนตุ๊กแก", "adaptive_clothing_elderly")],
        needs=[
            need("ผ้าสีครามเนื้อนุ่ม สำหรับตัดเสื้อ", "indigo_dyed_cotton_fabric"),
            need("เทปหนามเตย", "hook_loop_tape"),
        ],
    ),
    sme(
        58,
        "en",
        "Siam Craft Collective",
        ALC,
        DOWN,
        "Bangkok",
        "buying@siamcraft.example",
        needs=[
            need("Plant-dyed scarves, OTOP listed", "natural_dyed_scarf", requires=("OTOP",)),
        ],
    ),
    sme(
        59,
        "th",
        "ร้านของฝากไทยคราฟต์ สุวรรณภูมิ",
        ALC,
        DOWN,
        "Samut Prakan",
        "thaicraft.bkk@example.com",
        needs=[
            need(
                "ผ้าพันคอไหมย้อมสีธรรมชาติ ต้องมีตรานกยูงพระราชทาน",
                "natural_dyed_scarf",
                requires=("Thai Silk Peacock Emblem",),
            ),
            need("ถุงผ้า ย่าม สีธรรมชาติ ขายนักท่องเที่ยว", "natural_dyed_bag"),
        ],
    ),
    sme(
        60,
        "en",
        "Indigo Play Workshop",
        HEMP,
        DOWN,
        "Chiang Mai",
        "play@indigoplay.example",
        offers=[
            ("Indigo dyeing classes, 3 h, up to 20 people", "dyeing_workshop_experience"),
            ("DIY indigo kits", "indigo_dye_kit"),
        ],
        needs=[
            need("Natural indigo powder, 5 kg a month", "indigo_powder"),
            need("Plain canvas shoppers for dyeing, 35 x 40 cm", "blank_cotton_items"),
            unmet("Indigo denim 12 oz for workshop aprons", "no denim mill in the set", "indigo_denim"),
        ],
    ),
    sme(
        61,
        "th",
        "สตูดิโอผ้าเหลือ",
        CIRC,
        DOWN,
        "Bangkok",
        "phaluea.studio@example.com",
        offers=[("กระเป๋าปะต่อจากเศษผ้าคราม", "upcycled_bag")],
        needs=[need("ผ้าเหลือใช้ ที่ย้อมสีธรรมชาติ ชิ้นเล็กก็รับ", "natural_dyed_offcuts")],
        bcg=[CIR],
    ),
    sme(
        62,
        "en",
        "ReLoom Quilts",
        CIRC,
        DOWN,
        "Chiang Mai",
        "hello@reloom.example",
        offers=[("Patchwork quilts from hotel linen, overdyed", "upcycled_home_textiles")],
        needs=[
            need("Discarded white sheets from hotels", "used_hotel_linen"),
            need("Anyone overdyeing quilts with indigo?", "indigo_dyeing_service"),
        ],
        bcg=[CIR],
    ),
    sme(
        63,
        "en",
        "Prana Yoga Wear",
        SPORT,
        DOWN,
        "Bangkok",
        "team@pranayoga.example",
        offers=[("Yoga wear dyed with plants", "natural_dyed_activewear")],
        needs=[
            need("Cotton jersey, OEKO-TEX, 180-200 gsm", "knit_jersey_fabric", requires=("OEKO-TEX Standard 100",)),
            need("Garment dyeing with natural colours, 300 pcs", "natural_dyeing_service", "indigo_dyeing_service"),
        ],
        bcg=[GRN],
    ),
    sme(
        64,
        "en",
        "Hua Hin Herbal Spa",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "spa@huahinherbal.example",
        needs=[
            need("Cotton gauze for herbal compress balls", "greige_cotton_fabric"),
            need("Plant-dyed wraps for treatment rooms", "natural_dyed_spa_textiles"),
            need("Massage table sheets, white cotton", "spa_linen", "bed_linen"),
        ],
    ),
    sme(
        65,
        "th",
        "ร้านผ้าไหมแพรวา บ้านโพน",
        ALI,
        DOWN,
        "Kalasin",
        "praewa.banphon@example.com",
        offers=[("ผ้าไหมแพรวา ลายโบราณ สีเคมี", "synthetic_dyed_silk_fabric")],
        needs=[need("เส้นไหมย้อมสีธรรมชาติ", "natural_dyed_silk_yarn")],
        certs=["OTOP"],
    ),
    sme(
        66,
        "th",
        "บ้านผ้าสปา เชียงใหม่",
        HEMP,
        DOWN,
        "Chiang Mai",
        "baanphaspa@example.com",
        offers=[
            ("ผ้าโสร่งสปา ผ้าถุง ย้อมคราม", "natural_dyed_spa_textiles"),
            ("ผ้าปูเตียงนวด ผ้าฝ้ายสีขาว", "spa_linen"),
        ],
        needs=[
            need("ผ้าฝ้ายขาว ยังไม่ฟอก ม้วนใหญ่", "greige_cotton_fabric"),
        ],
    ),
    sme(
        67,
        "en",
        "Comfort Home Linen",
        ALC,
        DOWN,
        "Pathum Thani",
        "sales@comfortlinen.example",
        offers=[("Cotton bed sheets, 250 TC, hospital sizes", "bed_linen")],
        needs=[
            unmet(
                "BCI cotton yarn, combed 60s",
                "no yarn supplier in the set holds Better Cotton",
                "machine_cotton_yarn",
                requires=("Better Cotton",),
            )
        ],
        certs=["OEKO-TEX Standard 100"],
    ),
    sme(
        68,
        "th",
        "ชุดผู้สูงวัย บาย ป้านิด",
        ALC,
        DOWN,
        "Nonthaburi",
        "byphanid@example.com",
        offers=[("ชุดนอนผู้สูงอายุ ผ้าฝ้าย กระดุมแป๊ก", "adaptive_clothing_elderly")],
        needs=[
            need("ผ้ายืด ผ้าฝ้ายถัก สีขาว", "knit_jersey_fabric"),
            need("ยางขอบเอว กางเกง", "elastic_tape"),
        ],
    ),
    sme(
        69,
        "th",
        "ผ้าครามภูพาน",
        ALI,
        DOWN,
        "Sakon Nakhon",
        "phuphan.kram@example.com",
        offers=[
            ("ปลอกหมอนอิง ผ้าคราม", "natural_dyed_home_textiles"),
            ("ผ้าคลุมเตียง ทอมือ ย้อมคราม", "natural_dyed_home_textiles"),
            ("เศษผ้าครามจากการตัดเย็บ", "natural_dyed_offcuts"),
        ],
        needs=[need("ฝ้ายย้อมครามเป็นไจ สำหรับทอผ้าคลุมเตียง", "indigo_dyed_cotton_yarn")],
        certs=["OTOP"],
    ),
    sme(
        70,
        "en",
        "Mae Rim Home Textiles",
        HEMP,
        DOWN,
        "Chiang Mai",
        "maerimhome@example.com",
        offers=[
            ("Table runners, lac red and indigo", "natural_dyed_home_textiles"),
            ("Tote bags, handwoven cotton dyed with indigo", "natural_dyed_bag"),
            ("Spa sarongs, indigo batik", "natural_dyed_spa_textiles"),
        ],
        needs=[need("Lac-red silk thread for runner borders", "natural_dyed_silk_yarn")],
    ),
    sme(
        71,
        "th",
        "ร้านหม้อห้อมป้าเขียว",
        HEMP,
        DOWN,
        "Phrae",
        "morhom.pakhiew@example.com",
        offers=[
            ("เสื้อหม้อห้อม ชาย หญิง ราคาส่ง", "indigo_dyed_shirts"),
            ("ย่ามหม้อห้อม กระเป๋าผ้า", "natural_dyed_bag"),
        ],
        needs=[need("หาช่างเย็บ ส่งงานตรงเวลา", "sewing_service")],
    ),
    sme(
        72,
        "en",
        "Udon Heritage Hotel",
        ALI,
        DOWN,
        "Udon Thani",
        "gm@udonheritage.example",
        needs=[
            need("Indigo loincloths (pakama) as room amenity", "natural_dyed_pakama"),
        ],
    ),
    sme(
        73,
        "th",
        "ศูนย์เรียนรู้ครามบ้านถ้ำเต่า",
        ALI,
        DOWN,
        "Sakon Nakhon",
        "thamtao.kram@example.com",
        offers=[
            ("เวิร์กช็อปย้อมคราม สำหรับนักท่องเที่ยว", "dyeing_workshop_experience"),
            ("ชุดย้อมครามทำเองที่บ้าน", "indigo_dye_kit"),
        ],
        needs=[
            need("ผ้าเช็ดหน้า ถุงผ้า ผ้าฝ้ายสีขาว ให้ลูกค้าย้อมเอง", "blank_cotton_items"),
            unmet("นักออกแบบลายผ้า", "no textile designer in the set", "textile_design_service"),
        ],
    ),
    sme(
        74,
        "en",
        "Blank Canvas Supply",
        ALC,
        DOWN,
        "Samut Sakhon",
        "orders@blankcanvas.example",
        offers=[
            ("Undyed cotton tote bags, 10 oz", "blank_cotton_items"),
            ("Blank cotton scarves and hankies for dyeing", "blank_cotton_items"),
        ],
        needs=[need("Cotton canvas, greige, 10 oz", "greige_cotton_fabric")],
    ),
    sme(
        75,
        "th",
        "ร้านผ้ามือสองวินเทจ กาดหลวง",
        CIRC,
        DOWN,
        "Chiang Mai",
        "vintage.kadluang@example.com",
        offers=[("เสื้อผ้ามือสอง คัดเกรด", "used_garments")],
        needs=[need("ใครรับย้อมครามทับเสื้อผ้าเก่าบ้าง", "indigo_dyeing_service")],
        bcg=[CIR],
    ),
    # Part 4: the south and west, more waste, yarn and gifts, and needs no one meets.
    sme(
        76,
        "en",
        "Krungthep Boutique Hotels Group",
        ALC,
        DOWN,
        "Bangkok",
        "procurement@ktboutique.example",
        needs=[
            unmet("Bamboo bathrobes, 300 pcs", "no bathrobe maker in the set", "bathrobes"),
            need("Workwear for staff, mor hom style, 40 sets", "staff_uniforms"),
        ],
    ),
    sme(
        77,
        "th",
        "บาติกบ้านเขารูปช้าง",
        ALC,
        MID,
        "Songkhla",
        "batik.khaoroopchang@example.com",
        offers=[("ผ้าบาติกเขียนมือ ผ้าปาเต๊ะ", "batik_fabric")],
        needs=[
            need("สีย้อมธรรมชาติ ผงสกัด ใช้กับบาติก", "natural_dye_extract"),
            unmet("เทียนบาติก ขี้ผึ้งผสมพาราฟิน", "no wax seller in the set", "beeswax"),
        ],
    ),
    sme(
        78,
        "en",
        "Krabi Mangrove Dye Materials",
        HEMP,
        UP,
        "Krabi",
        "krabidye@example.com",
        offers=[
            ("Dried mangrove bark, from licensed thinning", "dye_wood_bark"),
            ("Sea almond leaves, dried", "dried_dye_leaves"),
        ],
        bcg=[BIO],
    ),
    sme(
        79,
        "th",
        "กลุ่มผ้ามัดย้อมสีธรรมชาติ คีรีวง",
        HEMP,
        MID,
        "Nakhon Si Thammarat",
        "khiriwong.dye@example.com",
        offers=[
            ("ผ้ามัดย้อมสีธรรมชาติ ผ้าฝ้าย ขายเป็นหลา", "natural_dyed_cotton_fabric"),
        ],
        needs=[
            need("ผ้ามัสลิน สำหรับมัดย้อม", "greige_cotton_fabric"),
            need("สารส้ม ปูนใส", "alum_mordant", "slaked_lime"),
        ],
        certs=["OTOP"],
        bcg=[GRN],
    ),
    sme(
        80,
        "en",
        "Riverside Museum Shop",
        ALC,
        DOWN,
        "Bangkok",
        "shop@riversidemuseum.example",
        needs=[
            need("Dye-at-home sets for the gift shop", "indigo_dye_kit"),
            need(
                "Naturally dyed scarves; Peacock Emblem welcome but not required",
                "natural_dyed_scarf",
                waives=("Peacock Emblem",),
            ),
        ],
    ),
    sme(
        81,
        "th",
        "โรงพยาบาลบ้านโป่งเวชกรรม",
        ALC,
        DOWN,
        "Ratchaburi",
        "banpong.hospital@example.com",
        needs=[
            unmet(
                "ชุดผู้ป่วย ผ้าฝ้าย ต้องได้ มอก.",
                "no patient gown maker in the set",
                "patient_gowns",
                requires=("Thai Industrial Standard",),
            ),
            need("ผ้าปูเตียงผู้ป่วย ผ้าฝ้าย 100%", "bed_linen"),
        ],
    ),
    sme(
        82,
        "en",
        "Isan Fibre Loop",
        CIRC,
        UP,
        "Khon Kaen",
        "loop@isanfibre.example",
        offers=[
            ("Indigo offcuts from weaving groups, sorted by shade", "natural_dyed_offcuts"),
            ("Undyed cotton selvedge waste", "cotton_offcuts"),
        ],
        bcg=[CIR],
    ),
    sme(
        83,
        "th",
        "ผ้าห่มเศษผ้า ลำปาง",
        CIRC,
        DOWN,
        "Lampang",
        "phahom.lampang@example.com",
        offers=[
            ("ผ้าห่มนวม ผ้าห่มปะต่อ จากเศษผ้าฝ้าย", "upcycled_home_textiles"),
            ("ถุงผ้าจากเสื้อเก่า", "upcycled_bag"),
        ],
        needs=[
            need("เศษผ้าฝ้ายสีขาว ไม่ย้อม", "cotton_offcuts"),
            need("ไส้ผ้านวม จากใยผ้าเก่า", "recycled_cotton_fibre"),
        ],
        bcg=[CIR],
    ),
    sme(
        84,
        "en",
        "Trail Indigo Running",
        SPORT,
        DOWN,
        "Chiang Mai",
        "run@trailindigo.example",
        offers=[("Indigo-dyed running caps and buffs", "natural_dyed_activewear")],
        needs=[
            unmet(
                "Natural dyeing on polyester mesh, colourfast",
                "no dyer in the set dyes polyester with natural dyes",
                "natural_dyeing_on_polyester",
            ),
            need("Recycled cotton yarn, GRS", "recycled_cotton_yarn", requires=("GRS",)),
        ],
    ),
    sme(
        85,
        "th",
        "โรงงานถุงเท้าโคราช",
        SPORT,
        MID,
        "Nakhon Ratchasima",
        "socks.korat@example.com",
        offers=[("ถุงเท้าคอตตอน ถุงเท้าเบาหวาน ผู้สูงอายุ", "socks")],
        needs=[
            need("ด้ายจากเศษผ้า เบอร์ 10 สำหรับถุงเท้า", "recycled_cotton_yarn"),
            need("ด้ายสีครามธรรมชาติ", "indigo_dyed_cotton_yarn"),
        ],
    ),
    sme(
        86,
        "en",
        "Loom & Leaf Export",
        HEMP,
        DOWN,
        "Bangkok",
        "export@loomleaf.example",
        needs=[
            unmet(
                "Fairtrade certified natural-dye scarves",
                "no scarf maker in the set holds Fairtrade",
                "natural_dyed_scarf",
                requires=("Fairtrade",),
            ),
            need(
                "Indigo pillow cases and table linen, GOTS not required", "natural_dyed_home_textiles", waives=("GOTS",)
            ),
        ],
    ),
    sme(
        87,
        "th",
        "ร้านผ้าไทยย่าโม",
        ALI,
        DOWN,
        "Korat",
        "yamo.thaifabric@example.com",
        needs=[
            need("ผ้าไหมย้อมธรรมชาติ ผืนละ 2 เมตร มีตรานกยูงยิ่งดี", "natural_dyed_silk_fabric", waives=("ตรานกยูง",)),
            need("ผ้าขาวม้าสีคราม 500 ผืน", "natural_dyed_pakama"),
        ],
    ),
    sme(
        88,
        "en",
        "Isan Dye Garden Nursery",
        ALI,
        UP,
        "Khon Kaen",
        "nursery@isandyegarden.example",
        offers=[
            ("Indigofera seedlings, trays of 50", "indigo_seedlings"),
            ("Sappan and annatto saplings", "dye_plant_seedlings"),
        ],
        needs=[need("Organic soil amendment, 1 t", "compost_fertilizer")],
        bcg=[BIO],
    ),
    sme(
        89,
        "th",
        "สวนไม้ให้สี แม่แตง",
        HEMP,
        UP,
        "Chiang Mai",
        "suanmaihaisee@example.com",
        offers=[
            ("กิ่งและใบห้อม ตัดสด", "indigo_plant_fresh"),
            ("แก่นฝาง ฝางแห้ง", "dye_wood_bark"),
        ],
        needs=[need("กล้าคำแสด ต้นฝาง", "dye_plant_seedlings")],
        bcg=[BIO],
    ),
    sme(
        90,
        "en",
        "Chumphon Coconut Craft",
        CIRC,
        MID,
        "Chumphon",
        "sales@chumphoncoconut.example",
        offers=[
            ("Coconut shell buttons, 4-hole, 12-25 mm", "buttons_natural"),
            ("Wooden toggles and shell buttons, mixed", "buttons_natural"),
        ],
        bcg=[CIR],
    ),
    sme(
        91,
        "th",
        "กลุ่มผู้สูงวัยทอผ้าย้อมมะเกลือ",
        ALI,
        MID,
        "Roi Et",
        "makluea.roiet@example.com",
        offers=[("ผ้าฝ้ายย้อมมะเกลือ สีดำสนิท", "natural_dyed_cotton_fabric")],
        needs=[
            need("ผลมะเกลือดิบ", "ebony_fruit"),
            unmet(
                "ครั่ง ต้องได้มาตรฐานเกษตรอินทรีย์",
                "no lac seller in the set holds Organic Thailand",
                "lac_raw",
                requires=("Organic Thailand",),
            ),
        ],
    ),
    sme(
        92,
        "en",
        "Atelier Khram",
        HEMP,
        DOWN,
        "Bangkok",
        "atelier@khram.example",
        offers=[("Couture dresses in indigo silk", "natural_dyed_apparel")],
        needs=[
            need("Indigo-dyed silk, lightweight, GOTS nice to have", "natural_dyed_silk_fabric", waives=("GOTS",)),
            unmet("Colourfastness test report, ISO 105 C06", "no testing lab in the set", "colourfastness_testing"),
        ],
    ),
    sme(
        93,
        "th",
        "กลุ่มไหมบ้านเขว้า",
        ALI,
        MID,
        "Chaiyaphum",
        "khwao.silk@example.com",
        offers=[
            ("ผ้าไหมขาว ยังไม่ย้อม", "undyed_silk_fabric"),
            ("ไหมย้อมครั่ง ย้อมคราม เป็นเข็ด", "natural_dyed_silk_yarn"),
        ],
        needs=[
            need("ฝักไหม พันธุ์พื้นบ้าน", "silk_cocoons"),
            unmet("ไหมอีรี่ ไหมป่า", "no eri silk in the set", "eri_silk"),
        ],
    ),
    sme(
        94,
        "en",
        "Mekong Riverside Hotel",
        ALI,
        DOWN,
        "Nakhon Phanom",
        "fo@mekongriverside.example",
        needs=[
            need("Plant-dyed scarves as VIP gifts, no OTOP needed", "natural_dyed_scarf", waives=("OTOP",)),
        ],
    ),
    sme(
        95,
        "th",
        "กลุ่มปกาเกอะญอ ปลูกฝ้ายบนดอย",
        HEMP,
        UP,
        "Mae Hong Son",
        "pgaz.cotton@example.com",
        offers=[
            ("ฝ้ายดิบ ปลูกบนดอย", "raw_cotton"),
            ("ย่ามกะเหรี่ยง ผ้าทอย้อมสีธรรมชาติ", "natural_dyed_bag"),
        ],
        needs=[
            need(
                "ครามหมักพร้อมย้อม ต้องมีใบรับรองมาตรฐานเกษตรอินทรีย์",
                "indigo_paste",
                requires=("Organic Thailand",),
            ),
            unmet("ขนแกะ ขนสัตว์ ปั่นเป็นเส้น", "no wool in the set", "wool_yarn"),
        ],
        bcg=[BIO],
    ),
]


# ------------------------------------------------------------------ checks

TARGET_PROFILES = 95
TARGET_THAI_SHARE = (0.50, 0.60)
TARGET_LINKS = (160, 180)
TARGET_CROSS_SHARE = (0.40, 0.60)
TARGET_UNMET = (17, 23)
MAX_PHRASES = 3
THAI_LETTER_SHARE = 0.6

_EMAIL = re.compile(r"^[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
_LABEL = re.compile(r"^[a-z][a-z0-9_]*$")
_CERT_NAMES = {c.name for c in taxonomy.CERTIFICATIONS}


def _letters(text: str) -> list[str]:
    return [ch for ch in text if ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc")]


def _thai_share(text: str) -> float:
    letters = _letters(text)
    thai = [ch for ch in letters if "\u0e00" <= ch <= "\u0e7f"]
    return len(thai) / len(letters) if letters else 0.0


def _latin_only(text: str) -> bool:
    return all("LATIN" in unicodedata.name(ch, "") for ch in _letters(text))


def canonical_certs(sme_: Sme) -> frozenset[str]:
    return frozenset(taxonomy.resolve_certification(c) or c for c in sme_.certifications)


def qualified_suppliers(buyer: Sme, need_: Need, smes: list[Sme]) -> list[Sme]:
    wanted = set(need_.labels)
    return [
        s
        for s in smes
        if s.num != buyer.num
        and any(label in wanted for _, label in s.offers)
        and set(need_.requires) <= canonical_certs(s)
    ]


def compute_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for need_ in buyer.needs:
            if need_.met:
                links.update((s.id, buyer.id) for s in qualified_suppliers(buyer, need_, smes))
    return sorted(links)


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    nums = [s.num for s in smes]
    if nums != list(range(1, len(smes) + 1)):
        errors.append("ids are not bnd-001 ... in order without gaps")
    if len({s.id for s in smes}) != len(smes):
        errors.append("ids are not unique")
    if len(smes) != TARGET_PROFILES:
        errors.append(f"{len(smes)} profiles, want {TARGET_PROFILES}")
    sub_clusters = {v.value for v in taxonomy.SubCluster}
    stages = {v.value for v in taxonomy.Stage}
    bcg_tags = {v.value for v in taxonomy.BcgTag}
    offered_by: dict[str, set[int]] = {}
    for s in smes:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.num)
    for s in smes:
        where = s.id
        if not re.fullmatch(rf"{ID_PREFIX}-\d{{3}}", s.id):
            errors.append(f"{where}: malformed id")
        if s.lang not in taxonomy.LANGUAGES:
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub_cluster not in sub_clusters:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage!r}")
        if taxonomy.resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for cert in s.certifications:
            if taxonomy.resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if len(set(s.certifications)) != len(s.certifications):
            errors.append(f"{where}: repeated certification")
        if not set(s.bcg) <= bcg_tags or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bcg {s.bcg!r}")
        if not _EMAIL.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if len(s.offers) > MAX_PHRASES or len(s.needs) > MAX_PHRASES:
            errors.append(f"{where}: more than {MAX_PHRASES} offers or needs")
        if not s.offers and not s.needs:
            errors.append(f"{where}: neither offers nor needs")
        phrases = [s.name] + [t for t, _ in s.offers] + [n.text for n in s.needs]
        if len(set(phrases)) != len(phrases):
            errors.append(f"{where}: repeated phrase")
        for phrase in phrases:
            if phrase != phrase.strip() or not phrase or "  " in phrase:
                errors.append(f"{where}: untidy phrase {phrase!r}")
            if s.lang == "th" and _thai_share(phrase) < THAI_LETTER_SHARE:
                errors.append(f"{where}: Thai phrase is not mostly Thai letters: {phrase!r}")
            if s.lang == "en" and not _latin_only(phrase):
                errors.append(f"{where}: English phrase has non-Latin letters: {phrase!r}")
        held = canonical_certs(s)
        for text, label in s.offers:
            if not _LABEL.match(label):
                errors.append(f"{where}: bad label {label!r}")
            claimed = taxonomy.find_certifications(text)
            if not claimed <= held:
                errors.append(f"{where}: offer {text!r} claims {sorted(claimed - held)} not held")
        for n in s.needs:
            errors.extend(_check_need(s, n, smes, offered_by))
    return errors


def _check_need(s: Sme, n: Need, smes: list[Sme], offered_by: dict[str, set[int]]) -> list[str]:
    errors: list[str] = []
    where = f"{s.id} need {n.text!r}"
    if not n.labels:
        errors.append(f"{where}: lists no labels")
    for label in n.labels:
        if not _LABEL.match(label):
            errors.append(f"{where}: bad label {label!r}")
        if n.met and not offered_by.get(label, set()) - {s.num}:
            errors.append(f"{where}: label {label!r} is offered by no one else")
    for cert in n.requires:
        if cert not in _CERT_NAMES:
            errors.append(f"{where}: requires unknown certification {cert!r}")
    found = taxonomy.find_certifications(n.text)
    if found != set(n.requires):
        errors.append(f"{where}: text names {sorted(found)}, labelled as requiring {sorted(n.requires)}")
    for mention in n.waives:
        cert = taxonomy.resolve_certification(mention)
        if mention not in n.text or cert is None:
            errors.append(f"{where}: waived {mention!r} is not named in the text")
        elif cert in found:
            errors.append(f"{where}: waived {cert} reads as required")
    if n.waives and n.requires:
        errors.append(f"{where}: both requires and waives")
    suppliers = qualified_suppliers(s, n, smes)
    if n.met and not suppliers:
        errors.append(f"{where}: met need has no qualified supplier")
    if not n.met and suppliers:
        errors.append(f"{where}: unmet need is met by {[x.id for x in suppliers]}")
    return errors


def check_targets(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    lang = {s.id: s.lang for s in smes}
    thai = sum(s.lang == "th" for s in smes) / len(smes)
    if not TARGET_THAI_SHARE[0] <= thai <= TARGET_THAI_SHARE[1]:
        errors.append(f"Thai share {thai:.2f} outside {TARGET_THAI_SHARE}")
    if not TARGET_LINKS[0] <= len(links) <= TARGET_LINKS[1]:
        errors.append(f"{len(links)} links outside {TARGET_LINKS}")
    cross = sum(lang[a] != lang[b] for a, b in links) / max(1, len(links))
    if not TARGET_CROSS_SHARE[0] <= cross <= TARGET_CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {TARGET_CROSS_SHARE}")
    unmet_count = sum(not n.met for s in smes for n in s.needs)
    if not TARGET_UNMET[0] <= unmet_count <= TARGET_UNMET[1]:
        errors.append(f"{unmet_count} unmet needs outside {TARGET_UNMET}")
    met = [len(qualified_suppliers(s, n, smes)) for s in smes for n in s.needs if n.met]
    few = sum(1 <= k <= 3 for k in met)
    if few < 0.6 * len(met) or not any(k > 3 for k in met):
        errors.append(f"met needs by supplier count {sorted(Counter(met).items())}: want most 1-3, some more")
    return errors


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
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
        "language": s.lang,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return out.getvalue()


def counts_table(smes: list[Sme], links: list[tuple[str, str]]) -> str:
    by_id = {s.id: s for s in smes}
    rows: list[tuple[str, str]] = []

    def add(name: str, value: object) -> None:
        rows.append((name, str(value)))

    thai = sum(s.lang == "th" for s in smes)
    add("profiles", len(smes))
    add("Thai / English profiles", f"{thai} / {len(smes) - thai}")
    for sub in taxonomy.SubCluster:
        add(f"sub-cluster `{sub.value}`", sum(s.sub_cluster == sub.value for s in smes))
    for stage in taxonomy.Stage:
        add(f"stage `{stage.value}`", sum(s.stage == stage.value for s in smes))
    regions = Counter(taxonomy.resolve_province(s.province).region.value for s in smes)
    for region in taxonomy.Region:
        add(f"region `{region.value}`", regions[region.value])
    add("distinct provinces", len({taxonomy.resolve_province(s.province).name_en for s in smes}))
    add("offers", sum(len(s.offers) for s in smes))
    add("distinct offer labels", len({label for s in smes for _, label in s.offers}))
    needs = [(s, n) for s in smes for n in s.needs]
    add("needs", len(needs))
    add("needs met", sum(n.met for _, n in needs))
    add("needs met by no one", sum(not n.met for _, n in needs))
    add("needs requiring a certification", sum(bool(n.requires) for _, n in needs))
    add("needs waiving a certification", sum(bool(n.waives) for _, n in needs))
    add("true links", len(links))
    th_en = sum(by_id[a].lang == "th" and by_id[b].lang == "en" for a, b in links)
    en_th = sum(by_id[a].lang == "en" and by_id[b].lang == "th" for a, b in links)
    add("links Thai supplier -> English buyer", th_en)
    add("links English supplier -> Thai buyer", en_th)
    add("cross-language links (share)", f"{th_en + en_th} ({(th_en + en_th) / len(links):.0%})")
    th_th = sum(by_id[a].lang == by_id[b].lang == "th" for a, b in links)
    en_en = sum(by_id[a].lang == by_id[b].lang == "en" for a, b in links)
    add("within-language links (Thai-Thai / English-English)", f"{th_th + en_en} ({th_th} / {en_en})")
    add("links between different sub-clusters", sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links))
    width = max(len(name) for name, _ in rows)
    vwidth = max(len("value"), *(len(value) for _, value in rows))
    lines = [f"| {'count'.ljust(width)} | {'value'.rjust(vwidth)} |", f"|{'-' * (width + 2)}|{'-' * (vwidth + 1)}:|"]
    lines += [f"| {name.ljust(width)} | {value.rjust(vwidth)} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README_TEMPLATE = """\
# Evaluation set `{set_name}`

A hand-labelled test of partner matching on plain registry entries. 95 SMEs of the Health and
Wellness Economy cluster, themed on natural dyeing in the north and Isan: indigo (kram, hom) and
indigo paste, lac, ebony, bark and mud dyeing, mordants, dye gardens and dye-plant growers, dye
houses taking customers' cloth and yarn, naturally dyed cotton, silk and hemp, and the fashion
brands, hotels, spas, care homes and shops that buy; plus the ordinary fibre, yarn, cloth, dyeing,
sewing and waste businesses around them. The set measures how well the matcher finds the true
supplier-buyer pairs from wording it has never seen.

## What it checks

- Offers and needs are one short phrase each, as an SME database stores them, in Thai (Thai script,
  spaces between phrases, not words) or English. The same kind of goods is written in many ways:
  kram, hom, mor hom, khram, indigo paste, ห้อมเปียก, เนื้อคราม; ครั่ง, sticklac, khrang; มะเกลือ, ma
  kluea; trade words (greige, PFD, loomstate, CMT, OEM, Ne 20/2), with and without quantities, prices,
  sizes and places. A need is usually worded differently from the offers that meet it, often in the
  other language.
- Hard but fair cases: a service versus the goods it works on (indigo dyeing of the customer's cloth
  versus indigo-dyed cloth; sewing for others versus finished garments); waste and used goods versus
  new; raw versus processed (seed cotton, handspun yarn, cloth; cocoons, raw silk, silk fabric; fresh
  indigo plants, paste, powder); finished goods described by material, colour or technique (a tote bag
  of handwoven cotton dyed with indigo is a bag, not indigo dyeing); synthetic indigo and chemical dyes
  beside natural ones, with refusals ("no synthetic dye"); needs written as a wish, a bare noun phrase
  or a question; needs that require a named certification and needs that name one only to waive it;
  needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile JSONL and links CSV),
`shared/taxonomy.py` with its data files, and the project's ruff settings: not the matcher, its
glossary, its tests or any other evaluation set. All data lives in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels
that would meet it and the certifications its text requires, or is marked as met by no one with a
short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label
listed by one of the buyer's needs and the supplier's certifications hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link; what changes what the thing is does. A waived certification ("GOTS not required",
"ไม่จำเป็นต้องมี OTOP") is not required. The labels are not in the published files.

Before writing, `write.py` checks that ids are unique and well formed; every contract field is valid
(sub-cluster, stage and BCG tags from `shared.taxonomy`, provinces resolved by `resolve_province`,
certifications by `resolve_certification`); every label a need lists is offered by someone other than
the buyer; every met need has a qualified supplier and every unmet one has none; the certifications a
need's text names (`find_certifications`) are exactly those it requires, and a waived one is named but
not read as required; Thai phrases are mostly Thai letters and English ones Latin only; and the size
targets hold. It writes nothing if a check fails.

## Regenerate

From the repository root:

```
.venv/bin/python eval/{set_name}/write.py
```

Two runs give identical bytes.

## Files

- `write.py`: the data, the labels, the checks and the writer.
- `profiles.jsonl`: the 95 profiles, contract JSONL version 1, ids `{prefix}-001` ... `{prefix}-095`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    smes = SMES
    errors = check(smes)
    links = compute_links(smes)
    if not errors:
        errors = check_targets(smes, links)
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    table = counts_table(smes, links)
    readme = README_TEMPLATE.format(set_name=SET_NAME, prefix=ID_PREFIX, table=table)
    files = {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in smes),
        "links.csv": links_csv(links),
        "README.md": readme,
    }
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
