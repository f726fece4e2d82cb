"""Hand-labelled evaluation set in the intake-questionnaire register.

Every profile below was written by hand: the offers and needs are what SME owners
type on a phone when a cluster's intake form asks "what do you sell / what do you
need to buy / what work do you take on". Every offer carries a label for what the
thing IS; every need lists the labels that would meet it (and the certifications
its text requires), or is marked as met by no one.

A (supplier, buyer) pair is a true link when some offer of the supplier carries a
label listed by one of the buyer's needs and the supplier's `certifications` hold
every certification that need requires. An SME is never linked to itself.

Run from the repository root:  .venv/bin/python eval/blind_intake/write.py
It checks everything first and writes profiles.jsonl and links.csv only if all
checks pass.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    LANGUAGES,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AGE_C = "ageing_lifestyle_central"
AGE_I = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # what it asks for, when no one in the set offers it


@dataclass(frozen=True)
class Sme:
    id: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    language: str
    contact_email: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, tuple(labels), requires, waives)


def u(text: str, note: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, (), requires, waives, note)


def sme(
    id_: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    language: str,
    email: str,
    offers: list[Offer],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(id_, name, sub_cluster, stage, province, language, email, tuple(offers), tuple(needs), certs, bcg)


GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
OT = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
FDA = "Thai FDA"
HALAL = "Halal"
ISO9 = "ISO 9001"
ISO13 = "ISO 13485"


# ------------------------------------------------------------------ the cluster

PROFILES: list[Sme] = [
    # ---------------------------------------------------------------- hemp & natural fibre
    sme(
        "bin-001",
        "วิสาหกิจชุมชนกลุ่มปลูกกัญชงบ้านห้วยแม่ซ้าย",
        HEMP,
        UP,
        "Chiang Rai",
        "th",
        "huaimaesai.hemp@example.com",
        offers=[
            o("ต้นกัญชงตากแห้ง มัดละ 5 กก. ตัด ก.ย.-ต.ค. ทุกปี", "hemp_stalk_dried"),
            o("ด้ายกัญชงเข็นมือ แบบม้ง ต่อเส้นด้วยมือ ยังไม่ฟอก ยังไม่ย้อม", "hemp_yarn_handspun"),
        ],
        needs=[
            n("เครื่องลอกเปลือกกัญชง เล็กๆ พอใช้ในหมู่บ้าน", "hemp_decorticator_machine"),
            n("อยากได้คนช่วยขายออนไลน์ ทำเพจให้ ลูกหลานไปทำงานในเมืองหมด", "online_marketing_service"),
            u("เมล็ดพันธุ์กัญชง ที่ขออนุญาตถูกต้อง", "licensed hemp planting seed"),
        ],
        bcg=("bio",),
    ),
    sme(
        "bin-002",
        "Lanna Hemp Fibre Co., Ltd.",
        HEMP,
        UP,
        "Chiang Mai",
        "en",
        "sales@lannahempfibre.example.com",
        offers=[
            o(
                "Decorticated hemp fibre - degummed, cottonised, cut 40-60mm. approx 2 t/month",
                "hemp_fibre_decorticated",
            ),
            o("hemp/cotton blend yarn 55/45, Nm 8-12, machine spun, ecru", "hemp_cotton_blend_yarn"),
        ],
        needs=[
            n("dry hemp stalks from hill growers, retted or not, ~20 t per season (Oct-Dec)", "hemp_stalk_dried"),
            n("organic cotton lint for blending - GOTS certified only", "cotton_lint_organic", requires=(GOTS,)),
            n("knitter to run sample jersey from our hemp yarn (we supply yarn)", "knitting_service_commission"),
        ],
        bcg=("bio", "green"),
    ),
    sme(
        "bin-003",
        "กลุ่มแม่บ้านทอผ้าใยกัญชงบ้านห้วยฮี้",
        HEMP,
        MID,
        "Mae Hong Son",
        "th",
        "huayhee.weave@example.com",
        offers=[
            o("ผ้าใยกัญชงทอมือ หน้ากว้าง 35-40 ซม. สีธรรมชาติ ม้วนละ 10 ม.", "hemp_fabric_handwoven"),
            o("ผ้ากัญชงเขียนเทียน ย้อมคราม ลายม้งโบราณ", "hemp_fabric_batik_indigo"),
        ],
        needs=[
            n("ด้ายกัญชงเข็นมือ ทอไม่ทัน อยากได้เพิ่ม เดือนละ 10 กก.", "hemp_yarn_handspun"),
            n("เนื้อห้อม/ครามเปียก ไว้ก่อหม้อย้อม", "indigo_dye_paste"),
        ],
        bcg=("bio",),
    ),
    sme(
        "bin-004",
        "Doi Thread Studio",
        HEMP,
        DOWN,
        "Chiang Mai",
        "en",
        "hello@doithread.example.com",
        offers=[
            o("Hemp tote bags, pouches & laptop sleeves with Hmong batik trim. Wholesale from 30 pcs", "hemp_bag"),
            o("hemp shirts & wrap pants, unisex, S-XL", "hemp_garment"),
        ],
        needs=[
            n(
                "handwoven hemp fabric, plain or batik, ~200 m per quarter",
                "hemp_fabric_handwoven",
                "hemp_fabric_batik_indigo",
            ),
            n(
                "sewing contractor (CMT) for our hemp shirts, small runs 50-200 pcs, near Chiang Mai prefered",
                "garment_cmt_sewing_service",
            ),
            n("PFC-free water repellent finish on our hemp canvas", "water_repellent_finishing_service"),
            u("cotton webbing 3-4 cm for handles - NOT polyester", "cotton webbing (only polyester webbing offered)"),
        ],
        bcg=("green",),
    ),
    sme(
        "bin-005",
        "วิสาหกิจชุมชนห้อมบ้านทุ่งโฮ้งใต้",
        HEMP,
        UP,
        "Phrae",
        "th",
        "homtunghong@example.com",
        offers=[
            o("ห้อมเปียก (เนื้อห้อม) หมักเอง ถังละ 20 กก.", "indigo_dye_paste"),
            o("รับย้อมห้อม ผ้า/เสื้อของลูกค้า ส่งมาย้อมได้ ย้อมเข้ม 5-7 รอบ บ่รับย้อมเคมี", "indigo_dyeing_service"),
        ],
        needs=[
            n("ผ้าดิบ ผ้าฝ้ายขาวยังไม่ฟอก ไว้ย้อมขาย", "cotton_greige_fabric"),
            u("กิ่งพันธุ์ห้อม ต้นกล้า จะปลูกเพิ่ม 2 ไร่", "hom (Strobilanthes) cuttings for planting"),
        ],
        bcg=("bio",),
    ),
    sme(
        "bin-006",
        "ร้านแม่แก้ว ม่อฮ่อม",
        HEMP,
        DOWN,
        "Phrae",
        "th",
        "maekaew.mohom@example.com",
        offers=[
            o("เสื้อม่อฮ่อม ย้อมห้อมแท้ คอจีน/คอกลม S-3XL ราคาส่งตัวละ 180.- ไลน์ @maekaew", "mohom_indigo_shirt"),
        ],
        needs=[
            n("ผ้าฝ้ายย้อมห้อมเป็นพับ (ไม่เอาผ้าพิมพ์ลายห้อม) เดือนละ 300 หลา", "indigo_dyed_cotton_fabric"),
            n("ที่รับย้อมห้อมเสื้อสำเร็จ ช่วงออเดอร์เยอะ ส่งเสื้อขาวไปให้ย้อม", "indigo_dyeing_service"),
        ],
    ),
    sme(
        "bin-007",
        "วิสาหกิจชุมชนผ้าครามบ้านนาเดื่อ",
        HEMP,
        MID,
        "Sakon Nakhon",
        "th",
        "khram.nadua@example.com",
        offers=[
            o("เนื้อคราม ครามเปียก ก่อหม้อเอง กก.ละ 150 บ.", "indigo_dye_paste"),
            o("ผ้าฝ้ายย้อมครามทอมือ ขายเป็นเมตร หน้ากว้าง 1 ม. มีสีอ่อน-เข้ม", "indigo_dyed_cotton_fabric"),
            o("ผ้าพันคอ ผ้าคลุมไหล่ ย้อมคราม มัดย้อม", "scarf_indigo_cotton"),
        ],
        needs=[
            n("ฝ้ายเข็นมือ สีขาว/สีตุ่น", "cotton_yarn_handspun"),
            n("ด้ายโรงงาน เบอร์ 20/2 ไว้ทำเส้นยืน", "cotton_yarn_machine_spun"),
        ],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        "bin-008",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์นาหอ ด่านซ้าย",
        HEMP,
        UP,
        "Loei",
        "th",
        "fai.naho@example.com",
        offers=[
            o("ฝ้ายดอก ออแกนิค ยังไม่อีดเมล็ด ได้มาตรฐานเกษตรอินทรีย์ เก็บ พ.ย.-ม.ค.", "seed_cotton_organic"),
            o("ฝ้ายเข็นมือ เส้นใหญ่ ฝ้ายขาว ฝ้ายตุ่น", "cotton_yarn_handspun"),
        ],
        needs=[
            n("เครื่องอีดฝ้าย แบบมอเตอร์ แทนอีดมือ", "cotton_gin_machine"),
            n("เมล็ดพันธุ์ฝ้าย พันธุ์พื้นเมือง ไม่เอา GMO", "cotton_planting_seed"),
        ],
        certs=(OT,),
        bcg=("bio", "green"),
    ),
    sme(
        "bin-009",
        "Phetchabun Organic Cotton Co., Ltd.",
        HEMP,
        UP,
        "Phetchabun",
        "en",
        "trade@pborganiccotton.example.com",
        offers=[
            o("organic cotton lint, saw ginned, 170 kg bales. GOTS + Organic Thailand", "cotton_lint_organic"),
            o("non-GMO cotton planting seed for contract farmers", "cotton_planting_seed"),
        ],
        needs=[
            n(
                "seed cotton from organic contract farmers - must hold Organic Thailand",
                "seed_cotton_organic",
                requires=(OT,),
            ),
        ],
        certs=(GOTS, OT),
        bcg=("bio", "green"),
    ),
    sme(
        "bin-010",
        "กลุ่มเลี้ยงไหมบ้านโนนสะอาด",
        HEMP,
        UP,
        "Khon Kaen",
        "th",
        "mai.nonsaard@example.com",
        offers=[
            o("รังไหมพันธุ์พื้นบ้าน ไหมเหลือง สด/อบแห้ง", "silk_cocoons"),
            o("เส้นไหมสาวมือ ไหมน้อย ไหมลืบ ยังไม่ฟอกกาว", "silk_yarn_handreeled"),
        ],
        needs=[
            n("ไข่ไหม พันธุ์ไทยพื้นบ้าน ปลอดโรค", "silkworm_eggs"),
            n("เงินทุนหมุนเวียน ซื้อใบหม่อนช่วงหน้าแล้ง", "sme_loan"),
        ],
        bcg=("bio",),
    ),
    sme(
        "bin-011",
        "กลุ่มทอผ้าไหมบ้านโคกหนองบัว",
        HEMP,
        MID,
        "Surin",
        "th",
        "silk.khoknongbua@example.com",
        offers=[
            o("ผ้าไหมมัดหมี่ ผ้าไหมยกดอก ทอมือ ได้ตรานกยูงพระราชทาน (สีเงิน)", "silk_fabric_handwoven"),
            o("เศษผ้าไหมจากการตัดชุด ขายเป็นถุง ถุงละ 1 กก.", "silk_fabric_offcuts"),
        ],
        needs=[
            n("ไหมน้อย ไหมไทยแท้ สาวมือ (ไม่เอาไหมจีน ไหมโรงงาน)", "silk_yarn_handreeled"),
            n("ครั่ง ไว้ย้อมสีแดง", "lac_dye"),
            n("ฟืม เบอร์ 40-45 ฟันถี่", "loom_reed"),
            n("คนออกแบบลายใหม่ๆ ให้คนรุ่นใหม่ใส่ได้", "design_service"),
        ],
        certs=(PEACOCK, OTOP),
    ),
    sme(
        "bin-012",
        "Silk & Story Co., Ltd.",
        HEMP,
        DOWN,
        "Bangkok",
        "en",
        "buying@silkandstory.example.com",
        offers=[
            o("handwoven Thai silk scarves & stoles, gift boxed, for hotel boutiques", "silk_scarf"),
        ],
        needs=[
            n(
                "handwoven silk by the metre (mudmee), Peacock Emblem required",
                "silk_fabric_handwoven",
                requires=(PEACOCK,),
            ),
            n("lotus-silk scarves from Isan groups, small lots ok", "scarf_lotus_silk"),
            u("printed gift boxes, FSC paper", "FSC paper gift boxes (packaging)", requires=("FSC",)),
        ],
    ),
    sme(
        "bin-013",
        "กลุ่มเลี้ยงครั่งและสีธรรมชาติแม่ทะ",
        HEMP,
        UP,
        "Lampang",
        "th",
        "krang.maetha@example.com",
        offers=[
            o("สินค้าที่ขาย ครั่งดิบ ครั่งกิ่ง ครั่งเม็ด เลี้ยงบนต้นจามจุรี", "lac_dye"),
            o("แก่นฝาง เปลือกประดู่ ใบสัก ขมิ้นชัน ตากแห้ง บดให้ได้", "natural_dye_plant_materials"),
        ],
        needs=[],
        bcg=("bio",),
    ),
    sme(
        "bin-014",
        "Studio Khram Natural Dye House",
        HEMP,
        MID,
        "Chiang Mai",
        "en",
        "studio@khramdye.example.com",
        offers=[
            o(
                "natural dyeing on your yarn or fabric (indigo, lac, ebony, mango bark). min 5 kg/colour",
                "natural_dyeing_service",
            ),
            o("naturally dyed cotton yarn, 20/2 and handspun, 25 colours in stock", "cotton_yarn_natural_dyed"),
            o("1-day natural dye workshops for groups, hotels, schools", "natural_dye_workshop"),
        ],
        needs=[
            n("lac, sappanwood, dried dye plants - steady supply", "lac_dye", "natural_dye_plant_materials"),
            n("fermented indigo paste (hom or khram)", "indigo_dye_paste"),
        ],
        bcg=("bio", "green"),
    ),
    sme(
        "bin-015",
        "วิสาหกิจชุมชนใยกล้วยไข่คลองลาน",
        HEMP,
        UP,
        "Kamphaeng Phet",
        "th",
        "bananafiber.klonglan@example.com",
        offers=[
            o("เส้นใยกาบกล้วย (กล้วยไข่) ขูดมือ ตากแห้ง ยาว 1-1.5 ม.", "banana_fibre"),
        ],
        needs=[
            n("เครื่องขูดใยกล้วย / เครื่องรีดเส้นใย ช่วยแรงงานคนแก่", "fibre_extraction_machine"),
        ],
        bcg=("bio", "circular"),
    ),
    sme(
        "bin-016",
        "PinaLoop Fibre Co., Ltd.",
        HEMP,
        UP,
        "Prachuap Khiri Khan",
        "en",
        "ops@pinaloop.example.com",
        offers=[
            o("pineapple leaf fibre (PALF), degummed & softened, ~1 t/month", "pineapple_leaf_fibre"),
            o("PALF/cotton yarn Ne 12 - sampling lots only", "pineapple_blend_yarn"),
        ],
        needs=[
            n("fresh pineapple leaves after fruit harvest, within 100 km of Pranburi", "pineapple_leaves"),
        ],
        bcg=("bio", "circular"),
    ),
    sme(
        "bin-017",
        "กลุ่มเกษตรกรไร่สับปะรดบ้านคา",
        HEMP,
        UP,
        "Ratchaburi",
        "th",
        "sapparod.bankha@example.com",
        offers=[
            o("ใบสับปะรดหลังตัดผล 30 ไร่ มาตัดขนเองให้ฟรี ถ้าให้ไปส่ง ตันละ 300.-", "pineapple_leaves"),
        ],
        needs=[],
        bcg=("circular",),
    ),
    sme(
        "bin-018",
        "กลุ่มทอผ้าใยบัวบ้านเชียงแหว",
        HEMP,
        MID,
        "Udon Thani",
        "th",
        "yaibua.chiangwae@example.com",
        offers=[
            o("เส้นใยบัว ดึงมือจากก้านบัวหลวง ทะเลบัวแดง", "lotus_fibre_thread"),
            o("ผ้าพันคอใยบัวผสมไหม ทอมือ", "scarf_lotus_silk"),
        ],
        needs=[
            n("ไหมน้อย เอามาผสมกับใยบัว", "silk_yarn_handreeled"),
            n("กี่กระตุก 2 หลัง ให้สมาชิกใหม่", "handloom"),
        ],
        bcg=("bio",),
    ),
    sme(
        "bin-019",
        "ร้านนุ่นป้าจันทร์ โคราช",
        AGE_I,
        UP,
        "Nakhon Ratchasima",
        "th",
        "noonpachan@example.com",
        offers=[
            o("นุ่นดีดแล้ว แยกเมล็ดแล้ว ยัดหมอน ที่นอน กก.ละ 120 บ. ส่งทั่วไทย โทร 089-555-0142", "kapok_fibre"),
        ],
        needs=[],
        bcg=("bio",),
    ),
    sme(
        "bin-020",
        "Northern Handloom Co., Ltd.",
        HEMP,
        MID,
        "Chiang Mai",
        "en",
        "info@northernhandloom.example.com",
        offers=[
            o("handwoven cotton fabric 90 cm, plain / twill / khit, natural colours", "cotton_fabric_handwoven"),
            o("commission weaving: your design, your yarn or ours, from 50 m", "weaving_service_commission"),
        ],
        needs=[
            n("We need to buy: handspun cotton yarn (white & brown cotton)", "cotton_yarn_handspun"),
            n("naturally dyed yarns only - no chemical dyes", "cotton_yarn_natural_dyed"),
            n("banana or pineapple fibre for weft trials, ~20 kg", "banana_fibre", "pineapple_leaf_fibre"),
            n("eri silk cocoons (peace silk) for hand spinning", "eri_silk_cocoons"),
        ],
        bcg=("bio",),
    ),
    sme(
        "bin-021",
        "ร้านผ้าทอเมืองน่าน (ป้าศรี)",
        HEMP,
        DOWN,
        "Nan",
        "th",
        "phatho.nan@example.com",
        offers=[
            o("ซิ่นน่าน ลายน้ำไหล ลายป้อง ทอมือ ผืนละ 1,500-4,500", "handwoven_sin_skirt"),
        ],
        needs=[
            n("สิ่งที่ต้องการ: ฝ้ายย้อมสีธรรมชาติ เป็นเส้น สีคราม สีครั่ง", "cotton_yarn_natural_dyed"),
            n("ที่รับย้อมฝ้ายสีธรรมชาติ ส่งฝ้ายของร้านไปย้อม", "natural_dyeing_service"),
            n("คนออกแบบลาย ทำแบรนด์ให้ร้าน", "design_service"),
        ],
    ),
    sme(
        "bin-022",
        "วิสาหกิจชุมชนกระจูดทะเลน้อย",
        HEMP,
        UP,
        "Phatthalung",
        "th",
        "krajood.talenoi@example.com",
        offers=[
            o("ต้นกระจูดตากแห้ง ทุบแบนแล้ว มัดละ 1 กก.", "krajood_sedge_dried"),
            o("กระเป๋ากระจูด ทรงโท้ท ทรงตะกร้า ย้อมสี", "krajood_bag"),
            o("เสื่อกระจูด ปูนั่ง พับได้", "krajood_mat"),
        ],
        needs=[
            u("สีย้อมกระจูด สีติดทน ไม่ตก ไม่มีโลหะหนัก", "colour-fast dyestuff for sedge"),
            n("ร้านรับฝากขาย แถวภูเก็ต กระบี่", "craft_consignment_retail"),
        ],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        "bin-023",
        "Andaman Craft Collective",
        HEMP,
        DOWN,
        "Phuket",
        "en",
        "shop@andamancraft.example.com",
        offers=[
            o(
                "Old Town retail shop, consignment for community craft groups (30% commission)",
                "craft_consignment_retail",
            ),
        ],
        needs=[
            n("krajood bags & baskets, natural or dyed, 100-300 pcs/month", "krajood_bag"),
            n("hand-drawn batik sarongs / pareo", "batik_sarong"),
            n("indigo scarves, handwoven", "scarf_indigo_cotton"),
        ],
    ),
    sme(
        "bin-024",
        "กลุ่มบาติกบ้านศาลาด่าน เกาะลันตา",
        HEMP,
        MID,
        "Krabi",
        "th",
        "batik.lanta@example.com",
        offers=[
            o("ผ้าปาเต๊ะ บาติกเขียนมือ ผ้าถุง ผ้าคลุมไหล่", "batik_sarong"),
            o("สอนเขียนบาติกให้นักท่องเที่ยว รับกรุ๊ปจากโรงแรม", "batik_workshop"),
        ],
        needs=[
            n("ผ้าขาว ผ้าดิบ ผ้าป่าน ไว้เขียนลาย ม้วนละ 50 หลา", "cotton_greige_fabric"),
            u("เทียนเขียนผ้า ชันติ้ง", "batik wax and tjanting tools"),
        ],
        certs=(OTOP,),
    ),
    sme(
        "bin-025",
        "Korat Agri-Fibre Machinery Co., Ltd.",
        HEMP,
        UP,
        "Nakhon Ratchasima",
        "en",
        "sales@koratagrifibre.example.com",
        offers=[
            o("banana & pineapple leaf decorticators, 0.5-2 t leaves/day", "fibre_extraction_machine"),
            o("village-scale hemp decorticator, 3-phase", "hemp_decorticator_machine"),
            o("motorised 2-roller cotton gin", "cotton_gin_machine"),
        ],
        needs=[],
    ),
    sme(
        "bin-026",
        "ร้านช่างทองใบ ทำกี่ ทำฟืม",
        AGE_I,
        MID,
        "Roi Et",
        "th",
        "changthongbai@example.com",
        offers=[
            o("กี่กระตุก กี่พื้นเมือง ไม้เต็ง ไม้ยาง ทำตามสั่ง", "handloom"),
            o("ฟืม ฟันหวี ไม้ไผ่/สแตนเลส ทุกเบอร์", "loom_reed"),
            o("หลา ไน กง อัก ครบชุด เครื่องมือปั่นฝ้าย กรอด้าย", "spinning_reeling_tools"),
        ],
        needs=[],
    ),
    sme(
        "bin-027",
        "Mekong Mulberry Silk Farm Co., Ltd.",
        HEMP,
        UP,
        "Nong Khai",
        "en",
        "farm@mekongmulberry.example.com",
        offers=[
            o("silkworm eggs, Thai polyvoltine & hybrid, disease-free", "silkworm_eggs"),
            o("machine-reeled silk filament 20/22D, raw", "silk_yarn_machine_reeled"),
        ],
        needs=[
            n("Thai yellow cocoons from village farmers for our reeling line", "silk_cocoons"),
        ],
        bcg=("bio",),
    ),
    sme(
        "bin-028",
        "Nordlys Baby Co., Ltd.",
        HEMP,
        DOWN,
        "Bangkok",
        "en",
        "sourcing@nordlysbaby.example.com",
        offers=[
            o("organic cotton baby bodysuits, sleepsuits, muslin swaddles", "baby_clothing"),
        ],
        needs=[
            n("GOTS organic cotton interlock & jersey", "organic_cotton_knit_fabric", requires=(GOTS,)),
            u(
                "sewing factory with GOTS scope for babywear",
                "GOTS-certified sewing contractor (no sewing contractor holds GOTS)",
                requires=(GOTS,),
            ),
        ],
        certs=(GOTS,),
        bcg=("green",),
    ),
    sme(
        "bin-029",
        "กลุ่มเลี้ยงไหมอีรี่บ้านหนองบัวแดง",
        HEMP,
        UP,
        "Chaiyaphum",
        "th",
        "eri.nongbuadaeng@example.com",
        offers=[
            o("รังไหมอีรี่ เลี้ยงด้วยใบมันสำปะหลัง (ตัดหัวแล้ว ผีเสื้อออกแล้ว)", "eri_silk_cocoons"),
        ],
        needs=[
            n("หลา/ไน ไว้ปั่นไหมอีรี่", "spinning_reeling_tools"),
        ],
        bcg=("bio", "circular"),
    ),
    sme(
        "bin-030",
        "กลุ่มทอผ้าไหมยกดอกบ้านเวียงยอง",
        HEMP,
        MID,
        "Lamphun",
        "th",
        "yokdok.wiangyong@example.com",
        offers=[
            o("ผ้าไหมยกดอกลำพูน ทอมือ ลายพิกุล ลายดอกพุดตาน", "silk_fabric_handwoven"),
        ],
        needs=[
            n("ไหมเส้นยืน ไหมโรงงาน 20/22D", "silk_yarn_machine_reeled"),
        ],
    ),
    sme(
        "bin-031",
        "Andaman Coir Products Co., Ltd.",
        HEMP,
        UP,
        "Trang",
        "en",
        "export@andamancoir.example.com",
        offers=[
            o("coconut coir fibre, pressed bales", "coir_fibre"),
            o("rubberised coir sheets for mattresses, 2-5 cm", "rubberised_coir_sheet"),
        ],
        needs=[],
        bcg=("bio", "circular"),
    ),
    # ---------------------------------------------------------------- circular textile
    sme(
        "bin-032",
        "หจก. ส.รุ่งเรือง ค้าเศษผ้า",
        CIRC,
        UP,
        "Samut Sakhon",
        "th",
        "sroongruang.waste@example.com",
        offers=[
            o("เศษผ้าคอตตอน 100% จาก รง.ตัดเย็บ คัดสีแล้ว ขาว/อ่อน/เข้ม", "cotton_cutting_waste"),
            o("เศษผ้ายืด โพลี สแปนเด็กซ์ คละ ขายเหมาเป็นตัน", "synthetic_cutting_waste"),
        ],
        needs=[
            n(
                "รับซื้อเศษผ้าจากโรงงาน ทุกชนิด ไปรับถึงที่ กทม.-ปริมณฑล",
                "cotton_cutting_waste",
                "synthetic_cutting_waste",
            ),
            u("รถหกล้อมือสอง สภาพดี", "second-hand six-wheel truck"),
        ],
        bcg=("circular",),
    ),
    sme(
        "bin-033",
        "ReThread Fibre Co., Ltd.",
        CIRC,
        UP,
        "Samut Prakan",
        "en",
        "supply@rethread.example.com",
        offers=[
            o("mechanically recycled cotton fibre, colour sorted - no re-dyeing needed. GRS", "recycled_cotton_fibre"),
            o(
                "toll shredding: send us your cutting waste or old uniforms, get fibre back",
                "textile_waste_shredding_service",
            ),
        ],
        needs=[
            n(
                "pre-consumer cotton cutting waste >95% cotton, sorted by colour, 5 t+/month",
                "cotton_cutting_waste",
            ),
        ],
        certs=(GRS,),
        bcg=("circular",),
    ),
    sme(
        "bin-034",
        "บจก. อีสเทิร์น พีอีที รีไซเคิล",
        CIRC,
        UP,
        "Rayong",
        "th",
        "eastpet.recycle@example.com",
        offers=[
            o("เกล็ด PET ใส ล้างร้อนแล้ว คุณภาพส่งออก", "pet_bottle_flakes"),
            o("เส้นใยโพลีเอสเตอร์รีไซเคิล PSF 1.4D x 38 มม. สำหรับปั่นด้าย", "rpet_staple_fibre"),
            o("ใยสังเคราะห์ hollow conjugate 7D ยัดหมอน ตุ๊กตา ผ้านวม", "rpet_fill_fibre"),
        ],
        needs=[
            n("ขวด PET ใช้แล้ว อัดก้อน ใส/ฟ้า แกะฉลากแล้ว ราคาตามตลาด", "used_pet_bottles"),
        ],
        certs=(GRS, ISO9),
        bcg=("circular",),
    ),
    sme(
        "bin-035",
        "ร้านรับซื้อของเก่าเจ๊หน่อย",
        CIRC,
        UP,
        "Khon Kaen",
        "th",
        "jenoi.recycle@example.com",
        offers=[
            o("ขวดเพ็ท อัดก้อน 40-50 กก. ส่งได้เดือนละ 2 คันรถ", "used_pet_bottles"),
            o("เสื้อผ้าเก่า ผ้าห่มเก่า รวมกระสอบ ไม่ได้คัด", "used_clothing_unsorted"),
        ],
        needs=[],
        bcg=("circular",),
    ),
    sme(
        "bin-036",
        "Loop Yarn Spinning Co., Ltd.",
        CIRC,
        MID,
        "Samut Sakhon",
        "en",
        "purchasing@loopyarn.example.com",
        offers=[
            o(
                "recycled cotton/rPET OE yarn Ne 6-20, melange colours from fibre - we don't dye",
                "recycled_cotton_blend_yarn",
            ),
        ],
        needs=[
            n("GRS recycled cotton fibre, colour sorted", "recycled_cotton_fibre", requires=(GRS,)),
            n("rPET staple fibre 1.4D x 38mm, GRS", "rpet_staple_fibre", requires=(GRS,)),
            n("comber noil / spinning waste, cotton", "cotton_spinning_waste"),
            n("cottonised hemp to trial a hemp-blend OE yarn", "hemp_fibre_decorticated"),
        ],
        certs=(GRS,),
        bcg=("circular",),
    ),
    sme(
        "bin-037",
        "บจก. ไทยรีโพลี สปินนิ่ง",
        CIRC,
        MID,
        "Bangkok",
        "th",
        "thairepoly@example.com",
        offers=[
            o("ด้ายโพลีเอสเตอร์รีไซเคิล rPET 75D/72F, 150D/48F DTY ขาวดิบ", "rpet_filament_yarn"),
        ],
        needs=[
            n("เกล็ด PET เกรดทำเส้นใย IV 0.6 ขึ้นไป เดือนละ 100 ตัน", "pet_bottle_flakes"),
        ],
        certs=(GRS, OEKO),
        bcg=("circular",),
    ),
    sme(
        "bin-038",
        "Green Strand Polymer (Thailand) Co., Ltd.",
        CIRC,
        MID,
        "Chonburi",
        "en",
        "info@greenstrand.example.com",
        offers=[
            o(
                "rPET DTY 150D/48F raw white; dope-dyed black on request. GRS audit planned 2025",
                "rpet_filament_yarn",
            ),
        ],
        needs=[
            n("clean PET flakes or baled bottles", "pet_bottle_flakes", "used_pet_bottles"),
            n("consultant to get us GRS certified", "certification_consulting"),
        ],
        certs=(ISO9,),
        bcg=("circular",),
    ),
    sme(
        "bin-039",
        "เจ๊แดง เสื้อผ้ามือสอง ตลาดโรงเกลือ",
        CIRC,
        UP,
        "Sa Kaeo",
        "th",
        "jedaeng.rongkluea@example.com",
        offers=[
            o("เสื้อผ้ามือสองเป็นกระสอบ เบลญี่ปุ่น/เกาหลี เกรด A ใส่ได้เลย", "used_clothing_wearable"),
            o("ผ้าคัดทิ้ง ขาด เปื้อน ใส่ไม่ได้ ขายเหมาเป็นกิโล", "post_consumer_textile_waste"),
        ],
        needs=[],
        bcg=("circular",),
    ),
    sme(
        "bin-040",
        "Kaimook Upcycle Studio",
        CIRC,
        DOWN,
        "Bangkok",
        "en",
        "studio@kaimookupcycle.example.com",
        offers=[
            o("upcycled patchwork totes & pouches from offcuts and old jeans", "upcycled_bag"),
            o("upcycling workshops for corporate CSR days", "upcycling_workshop"),
        ],
        needs=[
            n("colourful offcuts (cotton, denim) 50-100 kg/month", "cotton_cutting_waste"),
            n("deadstock fabric rolls, end of season, any fibre", "deadstock_fabric"),
            n("second-hand jeans, any size", "used_clothing_wearable"),
            n("overdyeing for faded deadstock tees", "garment_dyeing_service"),
        ],
        bcg=("circular",),
    ),
    sme(
        "bin-041",
        "บจก. สยามนอนวูฟเว่น รีไซเคิล",
        CIRC,
        MID,
        "Samut Prakan",
        "th",
        "siamnonwoven.recycle@example.com",
        offers=[
            o("แผ่นสักหลาด นอนวูฟเว่นเข็ม จากเศษผ้ารีไซเคิล หนา 3-10 มม. ทำพรม ฉนวน รองที่นอน", "recycled_needle_felt"),
        ],
        needs=[
            n("ผ้าเก่า ผ้าคัดทิ้ง ไม่ต้องคัดสี", "post_consumer_textile_waste", "used_clothing_unsorted"),
            n("ใยตีเปื่อยจากเศษผ้า (shoddy)", "recycled_cotton_fibre"),
        ],
        bcg=("circular",),
    ),
    sme(
        "bin-042",
        "Second Stitch Social Enterprise",
        CIRC,
        UP,
        "Chiang Mai",
        "en",
        "team@secondstitch.example.org",
        offers=[
            o("sorting & grading donated clothing for brand take-back programmes", "clothing_sorting_service"),
            o("sorted second-hand clothes, rewearable, sold per kg", "used_clothing_wearable"),
        ],
        needs=[
            n("unsorted used clothing from temples, schools, collection points", "used_clothing_unsorted"),
            u("2nd hand industrial washer-extractor 50 kg", "industrial washing machine"),
        ],
        bcg=("circular",),
    ),
    sme(
        "bin-043",
        "กลุ่มแม่บ้านกระเป๋าเศษผ้าบ้านปะอาว",
        CIRC,
        DOWN,
        "Ubon Ratchathani",
        "th",
        "paao.bags@example.com",
        offers=[
            o("กระเป๋าผ้าจากเศษผ้าไหม เศษผ้าฝ้าย ถักเปีย", "upcycled_bag"),
            o("พรมเช็ดเท้าจากเศษผ้า", "rag_rug_doormat"),
        ],
        needs=[
            n("เศษผ้าไหม เศษผ้าฝ้าย ชิ้นเล็กก็เอา", "silk_fabric_offcuts", "cotton_cutting_waste"),
            n("ผ้าค้างสต็อก ผ้าเหลือจากโรงงาน", "deadstock_fabric"),
            n("คนสอนเย็บจักรอุตสาหกรรมให้สมาชิก", "sewing_training"),
        ],
        certs=(OTOP,),
        bcg=("circular",),
    ),
    sme(
        "bin-044",
        "Overdye Co.",
        CIRC,
        MID,
        "Bangkok",
        "en",
        "hi@overdye.example.com",
        offers=[
            o(
                "garment overdyeing for deadstock & returns - send finished garments, min 100 pcs/colour",
                "garment_dyeing_service",
            ),
        ],
        needs=[
            u("low-liquor-ratio garment dyeing machine, 50 kg", "garment dyeing machine"),
        ],
        bcg=("circular",),
    ),
    sme(
        "bin-045",
        "บจก. เอ็นพี การ์เมนท์",
        CIRC,
        MID,
        "Nakhon Pathom",
        "th",
        "np.garment@example.com",
        offers=[
            o("รับเย็บเสื้อยืด โปโล ตามออเดอร์ ขั้นต่ำ 300 ตัว/แบบ", "garment_cmt_sewing_service"),
            o("เศษผ้าคอตตอน วันละ 200-300 กก. มาขนเอง", "cotton_cutting_waste"),
            o("ผ้าค้างสต็อก ผ้าม้วนเหลือออเดอร์", "deadstock_fabric"),
        ],
        needs=[
            n("ผ้าคอตตอน 100% เจอร์ซี่ Cotton 32 (TC ไม่เอา)", "cotton_jersey_knit_fabric"),
            n("ที่รับย้อมผ้ายืดดิบ ผ้าของเราเอง ย้อมสีตามแบบ", "fabric_dyeing_service"),
        ],
    ),
    sme(
        "bin-046",
        "บจก. สยามคอตตอน สปินนิ่ง",
        CIRC,
        UP,
        "Nakhon Pathom",
        "th",
        "siamcotton.spin@example.com",
        offers=[
            o("ขายด้ายคอตตอนดิบ เบอร์ 20 30 40 แบบหวี/ไม่หวี ริงสปัน ราคาโรงงาน", "cotton_yarn_machine_spun"),
            o("หัวด้าย เศษด้าย ปุยฝ้ายจากเครื่องปั่น ขายเหมา", "cotton_spinning_waste"),
        ],
        needs=[
            n(
                "ฝ้ายปุย (cotton lint) เกรดปั่นด้าย ไม่จำเป็นต้องมี GOTS",
                "cotton_lint_organic",
                waives=(GOTS,),
            ),
        ],
        certs=(ISO9,),
    ),
    sme(
        "bin-047",
        "Siam Weaving Mills Co., Ltd.",
        CIRC,
        MID,
        "Saraburi",
        "en",
        "merch@siamweaving.example.com",
        offers=[
            o("TC 65/35 twill & poplin, dyed, 58/60 in", "tc_woven_fabric"),
            o("cotton greige sheeting 40s x 40s, unbleached", "cotton_greige_fabric"),
        ],
        needs=[
            n("recycled polyester staple for TC blends - GRS", "rpet_staple_fibre", requires=(GRS,)),
        ],
        certs=(ISO9,),
    ),
    sme(
        "bin-048",
        "Krungthep Corporate Uniform Co., Ltd.",
        CIRC,
        DOWN,
        "Bangkok",
        "en",
        "sales@ktuniform.example.com",
        offers=[
            o("staff uniforms for hotels, hospitals & factories - TC or rPET fabrics", "corporate_uniform"),
        ],
        needs=[
            n("TC twill 65/35, navy & white", "tc_woven_fabric"),
            n("closed loop: shred our returned uniforms into fibre", "textile_waste_shredding_service"),
            u(
                "GRS recycled polyester woven twill for uniforms",
                "recycled polyester woven fabric (only knits offered)",
                requires=(GRS,),
            ),
        ],
    ),
    sme(
        "bin-049",
        "Thai Textile Skills Academy",
        CIRC,
        DOWN,
        "Bangkok",
        "en",
        "courses@ttsacademy.example.com",
        offers=[
            o("GRS / OEKO-TEX certification preparation & consulting", "certification_consulting"),
            o("industrial sewing courses for community groups, on site", "sewing_training"),
        ],
        needs=[],
    ),
    # ---------------------------------------------------------------- sportech
    sme(
        "bin-050",
        "Thai Active Knit Co., Ltd.",
        SPORT,
        MID,
        "Samut Prakan",
        "en",
        "sales@thaiactiveknit.example.com",
        offers=[
            o(
                "poly dri-fit knits: micro mesh, birdeye, interlock 130-180 gsm, white (PFD) or dyed. fast sampling",
                "poly_performance_knit_fabric",
            ),
            o("rPET jersey & mesh, GRS + OEKO-TEX 100", "rpet_knit_fabric"),
        ],
        needs=[
            n("GRS rPET DTY 75D / 150D, 5 t/month", "rpet_filament_yarn", requires=(GRS,)),
            u("spandex 20D/40D bare", "spandex (elastane) yarn"),
        ],
        certs=(GRS, OEKO, "bluesign"),
    ),
    sme(
        "bin-051",
        "หจก. พิมพ์ดี สปอร์ต ซับลิเมชั่น",
        SPORT,
        MID,
        "Bangkok",
        "th",
        "pimdee.sport@example.com",
        offers=[
            o("รับพิมพ์ซับลิเมชั่น ลงผ้าลูกค้า ทั้งม้วน/ตัดชิ้น หน้ากว้าง 1.8 ม. โทร/ไลน์ 086-555-0199", "sublimation_printing_service"),
            o("เสื้อกีฬาพิมพ์ลายทั้งตัว สั่งทำ มีแบบให้เลือก", "custom_printed_sportswear"),
        ],
        needs=[
            n("ผ้าโพลีขาว ไมโคร ผ้าจูติ ไว้พิมพ์ซับ", "poly_performance_knit_fabric"),
        ],
    ),
    sme(
        "bin-052",
        "ร้านหาดใหญ่สปอร์ต",
        SPORT,
        DOWN,
        "Songkhla",
        "th",
        "hatyaisport@example.com",
        offers=[
            o("เสื้อทีม ฟุตบอล ฟุตซอล พิมพ์ชื่อ-เบอร์ ขั้นต่ำ 12 ตัว", "custom_printed_sportswear"),
        ],
        needs=[
            n("โรงพิมพ์ซับ รับงานด่วน 3-5 วัน", "sublimation_printing_service"),
            n("ที่รับเย็บเสื้อกีฬา จักรโพ้ง จักรลา", "sportswear_cmt_sewing_service"),
        ],
    ),
    sme(
        "bin-053",
        "ProCoat Finishing Co., Ltd.",
        SPORT,
        MID,
        "Bangkok",
        "en",
        "tech@procoat.example.com",
        offers=[
            o("PFC-free DWR finishing on customer fabric", "water_repellent_finishing_service"),
            o("antimicrobial / anti-odour finish (silver, chitosan) - your fabric", "antimicrobial_finishing_service"),
            o("TPU-laminated waterproof knit for mattress protectors & underpads", "tpu_laminated_fabric"),
        ],
        needs=[
            u("stenter operator, 2 shifts", "staff to hire (job vacancy)"),
        ],
        certs=("bluesign", ISO9),
    ),
    sme(
        "bin-054",
        "บจก. ชลเทค อีลาสติก",
        SPORT,
        MID,
        "Chonburi",
        "th",
        "cholatech.elastic@example.com",
        offers=[
            o("ยางยืดทอ ยางยืดถัก 1-5 ซม. ขาว/ดำ ย้อมตามสั่ง", "elastic_tape"),
            o("สายเป้ สายกระเป๋า webbing โพลีเอสเตอร์", "polyester_webbing"),
            o("เทปสะท้อนแสง ไพปิ้งสะท้อนแสง ติดเสื้อวิ่ง", "reflective_trim"),
        ],
        needs=[
            n("ด้ายโพลีรีไซเคิ้ล 150D (ไม่ต้องมี GRS ก็ได้)", "rpet_filament_yarn", waives=(GRS,)),
        ],
    ),
    sme(
        "bin-055",
        "Andaman Surf & Swim Co., Ltd.",
        SPORT,
        DOWN,
        "Phuket",
        "en",
        "design@andamansurf.example.com",
        offers=[
            o("UPF50+ rash guards, leggings, boardshorts", "swimwear_rashguard"),
        ],
        needs=[
            u("recycled nylon/elastane swim fabric, chlorine resistant", "recycled nylon swim fabric"),
            n("sublimation print on our own fabric, 200-500 m/design", "sublimation_printing_service"),
        ],
    ),
    sme(
        "bin-056",
        "ร้านดอยเทรลรัน",
        SPORT,
        DOWN,
        "Chiang Mai",
        "th",
        "doitrailrun@example.com",
        offers=[],
        needs=[
            n("ถุงเท้าวิ่ง cushion ข้อสั้น ทำแบรนด์ร้าน 500 คู่", "sports_socks"),
            n("เสื้อวิ่งผ้า dry fit พิมพ์โลโก้งานวิ่ง 1,000 ตัว ก่อน ธ.ค.", "custom_printed_sportswear"),
        ],
    ),
    sme(
        "bin-057",
        "Pace Athletica Co., Ltd.",
        SPORT,
        DOWN,
        "Bangkok",
        "en",
        "sourcing@paceathletica.example.com",
        offers=[
            o("own-brand running apparel, 40 retail doors + e-commerce", "performance_running_apparel"),
        ],
        needs=[
            n("sportswear CMT, flatlock & bonding, 500-3000 pcs/style", "sportswear_cmt_sewing_service"),
            n("GRS recycled poly knits for SS25", "rpet_knit_fabric", requires=(GRS,)),
            n("reflective trims & heat-transfer logos", "reflective_trim"),
            n("take-back partner to sort returned garments", "clothing_sorting_service"),
        ],
    ),
    sme(
        "bin-058",
        "หจก. เอ.ที. การ์เมนท์ สปอร์ต",
        SPORT,
        MID,
        "Samut Sakhon",
        "th",
        "at.garmentsport@example.com",
        offers=[
            o("รับตัดเย็บชุดกีฬา จักรลา โพ้ง flatlock ผ้าลูกค้า ไม่รับพิมพ์", "sportswear_cmt_sewing_service"),
            o("เศษผ้ากีฬาโพลี 100% สีรวม", "synthetic_cutting_waste"),
        ],
        needs=[
            n("จักรลา flatlock มือสอง สภาพดี 3 ตัว", "sewing_machine_sales_service"),
        ],
    ),
    sme(
        "bin-059",
        "Siam Sewing Machinery Co., Ltd.",
        SPORT,
        MID,
        "Bangkok",
        "en",
        "service@siamsewing.example.com",
        offers=[
            o(
                "we sell industrial sewing machines (Juki, Pegasus, Brother) new & used + repair, free install BKK",
                "sewing_machine_sales_service",
            ),
        ],
        needs=[],
    ),
    sme(
        "bin-060",
        "บจก. ถุงเท้าไทยสปอร์ต",
        SPORT,
        MID,
        "Bangkok",
        "th",
        "thungthao.sport@example.com",
        offers=[
            o("ถุงเท้ากีฬา ถุงเท้าวิ่ง ข้อสั้น/ข้อยาว ทอโลโก้ได้", "sports_socks"),
            o("ถุงเท้ากันลื่น ปุ่มยาง สำหรับผู้สูงอายุ ผู้ป่วย", "anti_slip_socks"),
        ],
        needs=[
            n("ด้ายคอตตอน 30/1 combed", "cotton_yarn_machine_spun"),
            n("ที่รับเคลือบกันกลิ่น antibacterial ให้ถุงเท้า", "antimicrobial_finishing_service"),
        ],
    ),
    sme(
        "bin-061",
        "KnitTech Circular Knitting Co., Ltd.",
        SPORT,
        MID,
        "Pathum Thani",
        "en",
        "knit@knittech.example.com",
        offers=[
            o(
                "circular knitting on commission - your yarn, single jersey / rib / interlock",
                "knitting_service_commission",
            ),
        ],
        needs=[
            n("hemp-cotton blend yarn for a hemp jersey trial, 500 kg", "hemp_cotton_blend_yarn"),
        ],
    ),
    sme(
        "bin-062",
        "Bangpoo Knitting & Dyeing Co., Ltd.",
        SPORT,
        MID,
        "Samut Prakan",
        "en",
        "sales@bangpooknit.example.com",
        offers=[
            o(
                "We are factory: cotton jersey / rib / pique 100% combed, can dye all colour, 160-240 gsm",
                "cotton_jersey_knit_fabric",
            ),
            o("organic cotton interlock & jersey (GOTS scope)", "organic_cotton_knit_fabric"),
            o("commission dyeing of your knitted greige (reactive / disperse)", "fabric_dyeing_service"),
        ],
        needs=[
            n("cotton yarn 30s/1 combed, 20s OE for fleece", "cotton_yarn_machine_spun"),
            n("lease financing for a new jet dyeing machine", "machinery_leasing"),
        ],
        certs=(OEKO, GOTS),
    ),
    sme(
        "bin-063",
        "Korat Sportswear Manufacturing Co., Ltd.",
        SPORT,
        MID,
        "Nakhon Ratchasima",
        "en",
        "factory@koratsportswear.example.com",
        offers=[
            o("sportswear CMT, 2 flatlock lines", "sportswear_cmt_sewing_service"),
        ],
        needs=[
            n("poly performance knits (dri-fit), dyed", "poly_performance_knit_fabric"),
            n("knitted elastic 2.5-4 cm", "elastic_tape"),
        ],
        certs=(ISO9, "SA8000"),
    ),
    # ---------------------------------------------------------------- ageing lifestyle central
    sme(
        "bin-064",
        "Bangkok Metro Hospital",
        AGE_C,
        DOWN,
        "Bangkok",
        "en",
        "procurement@bkkmetrohospital.example.com",
        offers=[],
        needs=[
            n("patient transfer sheets, washable, 40 pcs", "patient_transfer_sheet"),
            n("bed sheets & draw sheets for ward beds, OEKO-TEX 100", "hospital_bed_linen", requires=(OEKO,)),
            n("disposable underpads 60x90, Thai FDA registered", "disposable_underpad", requires=(FDA,)),
            n("scrubs, 4 colours, embroidered logo", "medical_scrubs"),
        ],
    ),
    sme(
        "bin-065",
        "บจก. เมดิเท็กซ์ (ไทยแลนด์)",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "th",
        "meditex.th@example.com",
        offers=[
            o(
                "ผ้ายกตัวผู้ป่วย patient transfer sheet หูจับ 8 จุด รับนน. 150 กก. ซักได้ 200 ครั้ง",
                "patient_transfer_sheet",
            ),
            o("ชุดผู้ป่วย เสื้อผ่าหน้า กางเกงเอวยืด ผ้า TC", "patient_gown"),
            o("ผ้าปูเตียงผู้ป่วย ผ้าขวางเตียง", "hospital_bed_linen"),
        ],
        needs=[
            n("ผ้า TC 65/35 ทวิล ขาว/ฟ้า", "tc_woven_fabric"),
            n("ที่รับเคลือบ antibacterial ผ้าปูเตียง", "antimicrobial_finishing_service"),
        ],
        certs=(ISO13, ISO9),
    ),
    sme(
        "bin-066",
        "บจก. ไทยสปันเลซ นอนวูฟเว่น",
        AGE_C,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "th",
        "thaispunlace@example.com",
        offers=[
            o("ผ้าสปันเลส 40-80 แกรม วิสคอส/โพลี ม้วนจัมโบ้", "spunlace_nonwoven"),
            o("รับผลิตทิชชู่เปียก OEM ผู้ใหญ่/เด็ก", "adult_wet_wipes"),
        ],
        needs=[
            u("ไฟเบอร์วิสคอส 1.5D x 38 มม.", "viscose staple fibre"),
            n("ใยโพลีเอสเตอ 1.4D (รีไซเคิลก็ได้)", "rpet_staple_fibre"),
        ],
        certs=(ISO9, OEKO),
    ),
    sme(
        "bin-067",
        "CareLine Hygiene Products Co., Ltd.",
        AGE_C,
        DOWN,
        "Pathum Thani",
        "en",
        "b2b@carelinehygiene.example.com",
        offers=[
            o("adult diapers, tape & pants, M-XL - Thai FDA registered", "adult_diaper_disposable"),
            o("disposable underpads 45x70 / 60x90", "disposable_underpad"),
            o("alcohol-free adult wet wipes, 80 sheets", "adult_wet_wipes"),
        ],
        needs=[
            n("spunlace rolls 45-55 gsm for wipes", "spunlace_nonwoven"),
        ],
        certs=(FDA, ISO13, HALAL),
    ),
    sme(
        "bin-068",
        "สุขใจ เนอร์สซิ่งโฮม",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "th",
        "sukjai.nursinghome@example.com",
        offers=[
            o("ดูแลผู้สูงอายุติดเตียง รายเดือน/รายวัน", "elderly_care_service"),
        ],
        needs=[
            n(
                "ต้องการซื้อ แพมเพิสผู้ใหญ่ แบบกางเกง L เดือนละ 3,000 ชิ้น ต้องมี อย.",
                "adult_diaper_disposable",
                requires=(FDA,),
            ),
            n("ผ้ารองซับ ซักได้", "washable_underpad"),
            n("ถุงเท้ากันลื่น", "anti_slip_socks"),
            n("เสื้อผ้าผู้สูงอายุ เปิดหน้า ใส่ง่าย", "adaptive_clothing"),
        ],
    ),
    sme(
        "bin-069",
        "Dignity Wear Co., Ltd.",
        AGE_C,
        DOWN,
        "Bangkok",
        "en",
        "hello@dignitywear.example.com",
        offers=[
            o(
                "adaptive clothing: front-opening tops, magnetic closures, side-zip pants for wheelchair users",
                "adaptive_clothing",
            ),
        ],
        needs=[
            n("soft cotton knit, OEKO-TEX 100 certified", "cotton_jersey_knit_fabric", requires=(OEKO,)),
            n("CMT partner, 200-500 pcs/style", "garment_cmt_sewing_service"),
            u("magnetic buttons / snaps", "magnetic closures"),
        ],
    ),
    sme(
        "bin-070",
        "กลุ่มแม่บ้านเย็บผ้ารองซับ บ้านยายชา",
        AGE_C,
        DOWN,
        "Nakhon Pathom",
        "th",
        "yaicha.underpad@example.com",
        offers=[
            o("ผ้ารองซับปัสสาวะ ซักได้ 4 ชั้น 70x90 / 90x120", "washable_underpad"),
            o("กางเกงซับ ซักได้ ผู้ใหญ่", "washable_incontinence_pants"),
        ],
        needs=[
            n("ผ้ากันน้ำ TPU/PU ลามิเนต ไว้ทำชั้นล่าง", "tpu_laminated_fabric"),
            n("ผ้าเทอรี่/ผ้าขนหนูเป็นม้วน ไว้ทำชั้นซับ", "cotton_terry_fabric"),
            n("ยางยืดขอบกางเกง", "elastic_tape"),
        ],
    ),
    sme(
        "bin-071",
        "Riverside Heritage Hotel",
        AGE_C,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "en",
        "purchasing@riversideheritage.example.com",
        offers=[],
        needs=[
            n("white bed linen 250-300 TC, king & twin, 600 sets", "hotel_bed_linen"),
            n("bath & pool towels 600-700 gsm", "cotton_towel"),
        ],
    ),
    sme(
        "bin-072",
        "บจก. ราชบุรี โฮมเท็กซ์ไทล์",
        AGE_C,
        MID,
        "Ratchaburi",
        "th",
        "ratchaburi.hometex@example.com",
        offers=[
            o("ชุดผ้าปูที่นอนโรงแรม คอตตอน 100% 250-400 เส้นด้าย", "hotel_bed_linen"),
            o("ผ้าปูเตียงผู้ป่วย ผ้าขวาง สีขาว", "hospital_bed_linen"),
            o("ผ้าขนหนูโรงแรม ผ้าเช็ดตัว 16 ปอนด์", "cotton_towel"),
            o("ผ้าเทอรี่เป็นม้วน ยังไม่ตัดเย็บ", "cotton_terry_fabric"),
        ],
        needs=[
            n("ด้ายคอตตอน 20s 30s OE/ring", "cotton_yarn_machine_spun"),
            n("ด้ายรีไซเคิลคอตตอน ทำผ้าขนหนูรุ่นรักษ์โลก", "recycled_cotton_blend_yarn"),
        ],
        certs=(OEKO, ISO9),
    ),
    sme(
        "bin-073",
        "Hua Hin Senior Living Residence",
        AGE_C,
        DOWN,
        "Prachuap Khiri Khan",
        "en",
        "admin@huahinseniorliving.example.com",
        offers=[
            o("assisted living & rehab stays", "elderly_care_service"),
        ],
        needs=[
            n("patient transfer sheets", "patient_transfer_sheet"),
            n("anti-slip socks for residents, 200 pairs", "anti_slip_socks"),
            n("herbal compress balls for the spa (weekly)", "herbal_compress_ball"),
            n("adult diapers, any brand - no need for OEKO-TEX", "adult_diaper_disposable", waives=(OEKO,)),
        ],
    ),
    sme(
        "bin-074",
        "หจก. บี.เอ็ม. ยูนิฟอร์มการแพทย์",
        AGE_C,
        DOWN,
        "Bangkok",
        "th",
        "bm.meduniform@example.com",
        offers=[
            o("ชุดสครับ ชุดพยาบาล เสื้อกาวน์ ปักชื่อ รพ.", "medical_scrubs"),
        ],
        needs=[
            n("ผ้า TC 65/35 ทวิล ฟ้า เขียว กรมท่า", "tc_woven_fabric"),
        ],
    ),
    sme(
        "bin-075",
        "บจก. ยางพาราเพื่อสุขภาพ สงขลา",
        AGE_C,
        DOWN,
        "Songkhla",
        "th",
        "yangpara.health@example.com",
        offers=[
            o("หมอนยางพาราแท้ 100% หมอนรองคอ", "latex_pillow"),
            o("เบาะรองนั่งยางพารา ลดแผลกดทับ ผู้ป่วยติดเตียง/รถเข็น", "pressure_relief_cushion"),
        ],
        needs=[
            n("ปลอกหมอนคอตต้อน มีซิป ทำตามขนาด", "pillow_case"),
            n("ใยมะพร้าวอัดแผ่น ทำที่นอน", "rubberised_coir_sheet"),
            n("ตัวแทนจำหน่าย/ร้านรับฝากขาย สินค้าผู้สูงอายุ ใน กทม.", "senior_products_retail"),
        ],
        certs=(HALAL,),
        bcg=("bio",),
    ),
    sme(
        "bin-076",
        "Hatyai Medical Centre",
        AGE_C,
        DOWN,
        "Songkhla",
        "en",
        "supplies@hatyaimedical.example.com",
        offers=[],
        needs=[
            n("patient gowns & ward bed linen for 120 beds", "patient_gown", "hospital_bed_linen"),
            n("adult wet wipes - Halal certified", "adult_wet_wipes", requires=(HALAL,)),
        ],
    ),
    sme(
        "bin-077",
        "Silver Age Store",
        AGE_C,
        DOWN,
        "Bangkok",
        "en",
        "partners@silverage.example.com",
        offers=[
            o("online store + 3 showrooms for senior products, consignment or wholesale", "senior_products_retail"),
        ],
        needs=[
            n("adaptive clothing for seniors", "adaptive_clothing"),
            n("latex pillows & pressure-relief cushions", "latex_pillow", "pressure_relief_cushion"),
        ],
    ),
    sme(
        "bin-078",
        "Coastline Hotels Group",
        AGE_C,
        DOWN,
        "Chonburi",
        "en",
        "procurement@coastlinehotels.example.com",
        offers=[],
        needs=[
            n("hotel bed linen & towels for 3 properties", "hotel_bed_linen", "cotton_towel"),
            n(
                "staff uniforms in recycled polyester - GRS preferred, not a must",
                "corporate_uniform",
                waives=(GRS,),
            ),
            n("upcycled laundry bags / amenity pouches", "upcycled_bag"),
        ],
    ),
    sme(
        "bin-079",
        "หจก. ผ้าอ้อมแปดริ้ว",
        AGE_C,
        DOWN,
        "Chachoengsao",
        "th",
        "phaom.paetriu@example.com",
        offers=[
            o("ผ้าอ้อมสาลู ผ้าอ้อมผ้า ซักได้ สำหรับเด็กอ่อน", "cloth_nappy"),
        ],
        needs=[
            u("ผ้าสาลู มัสลิน ฝ้าย 100% เป็นม้วน", "cotton gauze (saloo / muslin) fabric"),
            n("ยางยืด", "elastic_tape"),
        ],
    ),
    sme(
        "bin-080",
        "ริเวอร์แคว รีสอร์ท แอนด์ สปา",
        AGE_C,
        DOWN,
        "Kanchanaburi",
        "th",
        "riverkwai.resort@example.com",
        offers=[],
        needs=[
            n(
                "ผ้าขนหนู ผ้าเช็ดตัว ผ้าปูที่นอน เปลี่ยนทั้งหมด 80 ห้อง ไม่ต้องมีฉลากเขียวก็ได้",
                "cotton_towel",
                "hotel_bed_linen",
                waives=("Thai Green Label",),
            ),
            n("ลูกประคบสมุนไพร ส่งทุกอาทิตย์", "herbal_compress_ball"),
            n("กิจกรรมเวิร์คช็อปให้แขก เขียนบาติก/ย้อมสีธรรมชาติ", "batik_workshop", "natural_dye_workshop"),
        ],
    ),
    sme(
        "bin-081",
        "Lanna Spa & Retreat",
        AGE_C,
        DOWN,
        "Chiang Mai",
        "en",
        "spa@lannaspa.example.com",
        offers=[],
        needs=[
            n("herbal compress balls with Thai FDA no.", "herbal_compress_ball", requires=(FDA,)),
            n("cotton sarongs / wraps for treatments, batik ok", "batik_sarong"),
            n("natural dye workshop for guests, monthly", "natural_dye_workshop"),
        ],
    ),
    # ---------------------------------------------------------------- ageing lifestyle isan
    sme(
        "bin-082",
        "วิสาหกิจชุมชนทอเสื่อกกบ้านแพง",
        AGE_I,
        DOWN,
        "Maha Sarakham",
        "th",
        "suakok.banpaeng@example.com",
        offers=[
            o("เสื่อกกทอมือ ลายขิด พับได้ 3 ตอน", "reed_mat"),
        ],
        needs=[
            n("ต้นกกผ่าตากแห้ง กกจันทบูร/กกพื้นบ้าน", "reed_sedge_dried"),
        ],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        "bin-083",
        "กลุ่มปลูกกกบ้านหนองแวง",
        AGE_I,
        UP,
        "Roi Et",
        "th",
        "kok.nongwaeng@example.com",
        offers=[
            o("ต้นกกผ่าแล้ว ตากแห้ง มัดละ 1 กก. ส่งได้ตลอด", "reed_sedge_dried"),
        ],
        needs=[],
        bcg=("bio",),
    ),
    sme(
        "bin-084",
        "กลุ่มแม่บ้านหมอนขิดบ้านนาหว้า",
        AGE_I,
        DOWN,
        "Yasothon",
        "th",
        "monkhit.nawa@example.com",
        offers=[
            o("หมอนขิด หมอนสามเหลี่ยม 10 ช่อง หมอนอิง แม่ใหญ่ในบ้านเย็บเอง", "triangle_pillow_khit"),
            o("รับสอนทำหมอนขิด นอกสถานที่", "khit_pillow_workshop"),
        ],
        needs=[
            n("นุ่น หรือใยสังเคราะห์ยัดหมอน", "kapok_fibre", "rpet_fill_fibre"),
            n("ผ้าฝ้ายทอลายขิด เป็นผืน", "cotton_fabric_handwoven"),
        ],
        certs=(OTOP,),
    ),
    sme(
        "bin-085",
        "Khon Kaen Elder Care Centre",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "en",
        "office@kkeldercare.example.com",
        offers=[
            o("day care & physiotherapy for elderly", "elderly_care_service"),
        ],
        needs=[
            n("patient transfer sheets, 20 pcs", "patient_transfer_sheet"),
            n("washable underpads, cotton top, 100 pcs", "washable_underpad"),
            n("Isan triangle pillows for the day room", "triangle_pillow_khit"),
        ],
    ),
    sme(
        "bin-086",
        "หจก. อุดร การ์เมนท์",
        AGE_I,
        MID,
        "Udon Thani",
        "th",
        "udon.garment@example.com",
        offers=[
            o("รับเย็บเสื้อผ้า จำนวนน้อยได้ ผ้าลูกค้าหรือหาผ้าให้", "garment_cmt_sewing_service"),
            o("ปลอกหมอน ปลอกหมอนอิง ตัดเย็บตามขนาด", "pillow_case"),
        ],
        needs=[
            n("จักรพ้ง จักรเย็บอุตสาหกรรม มือสอง", "sewing_machine_sales_service"),
            n("อบรมช่างเย็บใหม่ 10 คน", "sewing_training"),
        ],
    ),
    sme(
        "bin-087",
        "วิสาหกิจชุมชนลูกประคบสมุนไพรท่าอุเทน",
        AGE_I,
        DOWN,
        "Nakhon Phanom",
        "th",
        "lukprakob.thauthen@example.com",
        offers=[
            o("ลูกประคบสมุนไพร สด/แห้ง ห่อผ้าฝ้าย มีเลข อย.", "herbal_compress_ball"),
        ],
        needs=[
            n("ผ้าดิบ ผ้าขาวบาง ห่อลูกประคบ", "cotton_greige_fabric"),
        ],
        certs=(OTOP, FDA),
        bcg=("bio",),
    ),
    sme(
        "bin-088",
        "รพ.สต.บ้านหนองตะครอง",
        AGE_I,
        DOWN,
        "Buriram",
        "th",
        "rpst.nongtakhrong@example.com",
        offers=[],
        needs=[
            n("ผ้ายกตัวผู้ป่วย ให้ อสม. ใช้เยี่ยมบ้าน 10 ผืน", "patient_transfer_sheet"),
            n(
                "แพมเพิส แผ่นรองซับ แจกผู้ป่วยติดเตียง ยี่ห้อไหนก็ได้ ขอมี อย.",
                "adult_diaper_disposable",
                "disposable_underpad",
                requires=(FDA,),
            ),
        ],
    ),
    sme(
        "bin-089",
        "ศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุ เทศบาลเมืองสุรินทร์",
        AGE_I,
        DOWN,
        "Surin",
        "th",
        "elderly.surin@example.com",
        offers=[],
        needs=[
            n("เสื่อกก ให้ผู้สูงอายุนั่งทำกิจกรรม", "reed_mat"),
            n("ครูสอนทำหมอนขิด ให้ผู้สูงอายุ", "khit_pillow_workshop"),
        ],
    ),
    sme(
        "bin-090",
        "Rewoven Home Co., Ltd.",
        AGE_I,
        DOWN,
        "Bangkok",
        "en",
        "buying@rewovenhome.example.com",
        offers=[
            o("home decor retail, 2 stores + export to Japan", "home_decor_retail"),
        ],
        needs=[
            n("reed mats & krajood mats, natural colours", "reed_mat", "krajood_mat"),
            n("triangle khit pillows, 300 pcs for a Japan order", "triangle_pillow_khit"),
            n("weaving partner for our cushion-cover designs", "weaving_service_commission"),
            u("export agent / EU buyers", "export sales agent"),
        ],
    ),
    sme(
        "bin-091",
        "Udon International Hospital",
        AGE_I,
        DOWN,
        "Udon Thani",
        "en",
        "purchasing@udoninterhospital.example.com",
        offers=[],
        needs=[
            n("patient gowns, bed linen", "patient_gown", "hospital_bed_linen"),
            n("washable incontinence pants for long-stay ward", "washable_incontinence_pants"),
        ],
    ),
    sme(
        "bin-092",
        "ศูนย์ดูแลผู้สูงอายุชุมชนตะลุโบะ",
        AGE_C,
        DOWN,
        "Pattani",
        "th",
        "taluboh.eldercare@example.com",
        offers=[],
        needs=[
            n("ทิชชู่เปียกผู้ใหญ่ ต้องมีฮาลาล", "adult_wet_wipes", requires=(HALAL,)),
            n("แพมเพิสผู้ใหญ่ ไซส์ M/L", "adult_diaper_disposable"),
        ],
    ),
    sme(
        "bin-093",
        "บจก. ขายดี ดิจิทัล",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "th",
        "kaidee.digital@example.com",
        offers=[
            o("ทำเพจ ยิงแอด ไลฟ์สดขายผ้า ถ่ายรูปสินค้า", "online_marketing_service"),
        ],
        needs=[],
    ),
    sme(
        "bin-094",
        "Isan SME Credit Cooperative",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "en",
        "loans@isancredit.example.org",
        offers=[
            o("working capital loans for textile SMEs & community enterprises", "sme_loan"),
            o("lease-to-own for textile & sewing machinery", "machinery_leasing"),
        ],
        needs=[],
    ),
    sme(
        "bin-095",
        "Weave Lab Design Studio",
        HEMP,
        DOWN,
        "Bangkok",
        "en",
        "studio@weavelab.example.com",
        offers=[
            o("textile & product design, collection development, branding for craft groups", "design_service"),
        ],
        needs=[],
    ),
]


# ------------------------------------------------------------------ links


def links_of(profiles: list[Sme]) -> set[tuple[str, str]]:
    """(supplier, buyer) pairs: an offer label listed by a need, every required certification held."""
    pairs: set[tuple[str, str]] = set()
    for buyer in profiles:
        for need in buyer.needs:
            for supplier in profiles:
                if supplier.id == buyer.id:
                    continue
                if not set(need.requires) <= set(supplier.certifications):
                    continue
                if any(offer.label in need.labels for offer in supplier.offers):
                    pairs.add((supplier.id, buyer.id))
    return pairs


def need_suppliers(need: Need, buyer: Sme, profiles: list[Sme]) -> list[str]:
    return [
        s.id
        for s in profiles
        if s.id != buyer.id
        and set(need.requires) <= set(s.certifications)
        and any(offer.label in need.labels for offer in s.offers)
    ]


# ------------------------------------------------------------------ checks

_ID = re.compile(r"^bin-\d{3}$")
_LABEL = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$")
_THAI = re.compile(r"[\u0e01-\u0e4e]")
_LATIN = re.compile(r"[A-Za-z]")


def thai_share(text: str) -> float:
    thai, latin = len(_THAI.findall(text)), len(_LATIN.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def check(profiles: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [p.id for p in profiles]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for field_name in ("name", "contact_email"):
        values = [getattr(p, field_name) for p in profiles]
        if len(set(values)) != len(values):
            errors.append(f"duplicate {field_name}")
    sub_clusters = {s.value for s in SubCluster}
    stages = {s.value for s in Stage}
    bcg_tags = {t.value for t in BcgTag}
    offered_by: dict[str, set[str]] = {}
    for p in profiles:
        for offer in p.offers:
            offered_by.setdefault(offer.label, set()).add(p.id)

    for p in profiles:
        where = p.id
        if not _ID.match(p.id):
            errors.append(f"{where}: malformed id")
        if not p.name.strip():
            errors.append(f"{where}: empty name")
        if p.sub_cluster not in sub_clusters:
            errors.append(f"{where}: sub_cluster {p.sub_cluster!r}")
        if p.stage not in stages:
            errors.append(f"{where}: stage {p.stage!r}")
        province = resolve_province(p.province)
        if province is None or province.name_en != p.province:
            errors.append(f"{where}: province {p.province!r} is not a canonical English province name")
        if p.language not in LANGUAGES:
            errors.append(f"{where}: language {p.language!r}")
        if not _EMAIL.match(p.contact_email):
            errors.append(f"{where}: email {p.contact_email!r}")
        for cert in p.certifications:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not canonical")
        if len(set(p.certifications)) != len(p.certifications):
            errors.append(f"{where}: repeated certification")
        for tag in p.bcg:
            if tag not in bcg_tags:
                errors.append(f"{where}: bcg tag {tag!r}")
        if len(p.offers) > 4 or len(p.needs) > 4:
            errors.append(f"{where}: more than 4 offers or needs")
        if not p.offers and not p.needs:
            errors.append(f"{where}: neither offers nor needs")

        phrases = [x.text for x in p.offers] + [x.text for x in p.needs]
        if len(set(phrases)) != len(phrases):
            errors.append(f"{where}: repeated phrase")
        for text in phrases:
            if text != text.strip() or not text:
                errors.append(f"{where}: phrase with stray whitespace: {text!r}")
            share = thai_share(text)
            if p.language == "th" and share < 0.5:
                errors.append(f"{where}: Thai profile phrase not mostly Thai ({share:.2f}): {text!r}")
            if p.language == "en" and share > 0.0:
                errors.append(f"{where}: English profile phrase has Thai letters: {text!r}")
        if phrases and p.language == "th":
            joined = " ".join(phrases)
            if thai_share(joined) < 0.7:
                errors.append(f"{where}: Thai profile text is not mostly Thai")

        for offer in p.offers:
            if not _LABEL.match(offer.label):
                errors.append(f"{where}: bad offer label {offer.label!r}")
        for need in p.needs:
            for cert in (*need.requires, *need.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: need certification {cert!r} is not canonical")
            if set(need.requires) & set(need.waives):
                errors.append(f"{where}: need both requires and waives a certification: {need.text!r}")
            if need.unmet:
                if need.labels:
                    errors.append(f"{where}: unmet need lists labels: {need.text!r}")
                continue
            if not need.labels:
                errors.append(f"{where}: need has neither labels nor an unmet note: {need.text!r}")
            for label in need.labels:
                if not _LABEL.match(label):
                    errors.append(f"{where}: bad need label {label!r}")
                if not offered_by.get(label, set()) - {p.id}:
                    errors.append(f"{where}: label {label!r} is offered by no one but the buyer")
            if not need_suppliers(need, p, profiles):
                errors.append(f"{where}: labelled need is met by no supplier (mark it unmet): {need.text!r}")

    links = links_of(profiles)
    lang = {p.id: p.language for p in profiles}
    cross = sum(1 for s, b in links if lang[s] != lang[b])
    needs = [need for p in profiles for need in p.needs]
    unmet = sum(1 for need in needs if need.unmet)
    th_share = sum(1 for p in profiles if p.language == "th") / len(profiles)
    if any(s == b for s, b in links):
        errors.append("self link")
    if not 140 <= len(links) <= 180:
        errors.append(f"{len(links)} links, want 140-180")
    if cross < 0.45 * len(links):
        errors.append(f"only {cross} of {len(links)} links cross languages, want at least 45%")
    if not 15 <= unmet <= 25:
        errors.append(f"{unmet} needs met by no one, want 15-25")
    if not 0.50 <= th_share <= 0.60:
        errors.append(f"Thai share of profiles {th_share:.2f}, want about 0.55")
    if sum(1 for need in needs if need.requires) < 10:
        errors.append("fewer than 10 needs require a certification")
    if sum(1 for need in needs if need.waives) < 3:
        errors.append("fewer than 3 needs waive a certification")
    for attr, values in (("sub_cluster", {s.value for s in SubCluster}), ("stage", {s.value for s in Stage})):
        missing = values - {getattr(p, attr) for p in profiles}
        if missing:
            errors.append(f"no profile with {attr} {sorted(missing)}")
    regions = {r for p in profiles if (r := _region(p)) is not None}
    if len(regions) < 6:
        errors.append(f"only regions {sorted(regions)}")
    return errors


def _region(p: Sme) -> str | None:
    province = resolve_province(p.province)
    return province.region.value if province else None


# ------------------------------------------------------------------ output


def profile_json(p: Sme) -> str:
    row = {
        "id": p.id,
        "name": p.name,
        "sub_cluster": p.sub_cluster,
        "stage": p.stage,
        "province": p.province,
        "offers": [x.text for x in p.offers],
        "needs": [x.text for x in p.needs],
        "certifications": list(p.certifications),
        "bcg": list(p.bcg),
        "contact_email": p.contact_email,
        "language": p.language,
    }
    return json.dumps(row, ensure_ascii=False)


def links_csv(links: set[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(links))
    return buffer.getvalue()


def mention_notes(profiles: list[Sme]) -> list[str]:
    """Needs whose wording names certifications differently from their labels (for the writer to review)."""
    notes = []
    for p in profiles:
        for need in p.needs:
            named = find_certifications(need.text)
            if named != set(need.requires):
                notes.append(f"  {p.id}: requires {sorted(need.requires)}, text names {sorted(named)}: {need.text}")
    return notes


def stats(profiles: list[Sme], links: set[tuple[str, str]]) -> list[str]:
    by_id = {p.id: p for p in profiles}
    needs = [need for p in profiles for need in p.needs]
    offers = [offer for p in profiles for offer in p.offers]
    lines = [
        f"profiles: {len(profiles)}",
        "language: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(p.language for p in profiles).items())),
        "sub_cluster: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(p.sub_cluster for p in profiles).items())),
        "stage: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(p.stage for p in profiles).items())),
        "region: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(_region(p) for p in profiles).items())),
        f"distinct provinces: {len({p.province for p in profiles})}",
        f"offers: {len(offers)}, distinct offer labels: {len({x.label for x in offers})}",
        f"needs: {len(needs)}, met {sum(1 for x in needs if not x.unmet)}, unmet {sum(1 for x in needs if x.unmet)}",
        f"needs requiring a certification: {sum(1 for x in needs if x.requires)}"
        f" (of them unmet: {sum(1 for x in needs if x.requires and x.unmet)})",
        f"needs waiving a certification: {sum(1 for x in needs if x.waives)}",
        f"profiles with no offers: {sum(1 for p in profiles if not p.offers)},"
        f" with no needs: {sum(1 for p in profiles if not p.needs)}",
        f"true links: {len(links)}",
    ]
    direction = Counter(f"{by_id[s].language}->{by_id[b].language}" for s, b in links)
    lines.append("links by direction: " + ", ".join(f"{k} {v}" for k, v in sorted(direction.items())))
    cross_sub = sum(1 for s, b in links if by_id[s].sub_cluster != by_id[b].sub_cluster)
    lines.append(f"links between different sub-clusters: {cross_sub}")
    return lines


def main() -> int:
    errors = check(PROFILES)
    if errors:
        print("checks failed; nothing written:", file=sys.stderr)
        for error in errors:
            print("  " + error, file=sys.stderr)
        return 1
    links = links_of(PROFILES)
    profiles_text = "".join(profile_json(p) + "\n" for p in sorted(PROFILES, key=lambda p: p.id))
    (HERE / "profiles.jsonl").write_text(profiles_text, encoding="utf-8", newline="\n")
    (HERE / "links.csv").write_text(links_csv(links), encoding="utf-8", newline="\n")
    for line in stats(PROFILES, links):
        print(line)
    notes = mention_notes(PROFILES)
    if notes:
        print("needs whose text names certifications other than those required (review by hand):")
        for note in notes:
            print(note)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
