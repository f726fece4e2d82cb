"""Hand-labelled evaluation set: trade-fair exhibitor directory and product-registration listings.

Every profile, offer label and need below was written by hand. Running this file checks the data
and, only if every check passes, writes `profiles.jsonl` and `links.csv` next to it.

    .venv/bin/python eval/blind_exhibitors/write.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    LANGUAGES,
    BcgTag,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

# ---------------------------------------------------------------- data model


@dataclass(frozen=True)
class Offer:
    text: str
    label: str  # what the thing IS


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]  # offer labels that meet it; empty = met by no one
    certs: tuple[str, ...] = ()  # certifications the text requires of the supplier
    waives: tuple[str, ...] = ()  # certifications the text names only to waive them
    note: str = ""  # for a need met by no one: what it asks for


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    email: str
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    offers: tuple[Offer, ...] = ()
    needs: tuple[Need, ...] = field(default_factory=tuple)

    @property
    def id(self) -> str:
        return f"bex-{self.num:03d}"


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, certs, waives)


def u(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, (), certs, waives, note)


HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
AGE_C = SubCluster.AGEING_LIFESTYLE_CENTRAL
AGE_I = SubCluster.AGEING_LIFESTYLE_ISAN
UP, MID, DOWN = Stage.UPSTREAM, Stage.MIDSTREAM, Stage.DOWNSTREAM

PEACOCK = "Thai Silk Peacock Emblem"
OEKO = "OEKO-TEX Standard 100"
ORG_TH = "Organic Thailand"
FDA = "Thai FDA"
TIS = "Thai Industrial Standard"

# ---------------------------------------------------------------- the cluster

SMES: tuple[Sme, ...] = (
    # ------------------------------------------------ hemp and natural fibre
    Sme(
        1,
        "th",
        "วิสาหกิจชุมชนกลุ่มทอผ้าใยกัญชงบ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        "maesamai.hemp@example.com",
        ("OTOP",),
        ("bio",),
        offers=(
            o("ใยกัญชงลอกมือ ตากแห้ง ยังไม่ได้ปั่น ขายเป็นกิโลกรัม มีของช่วง ก.ย.-พ.ย. เท่านั้น", "hemp_fibre_raw"),
            o("ด้ายกัญชงเข็นมือแบบดั้งเดิมของชาวม้ง สีธรรมชาติ ม้วนละ 100 กรัม ทำมือทุกเส้น", "hemp_yarn_handspun"),
            o(
                "ผ้าใยกัญชงทอมือ เขียนเทียนลายม้งแล้วย้อมคราม ผืนละ 5 เมตร รางวัลชนะเลิศประกวดผ้าระดับจังหวัด ปี 2566",
                "hemp_fabric_handwoven_indigo",
            ),
        ),
        needs=(
            n("ต้องการเมล็ดพันธุ์กัญชงที่ถูกกฎหมาย (สายพันธุ์ RPF) สำหรับฤดูปลูกหน้า ประมาณ 20 กก.", "hemp_seed"),
            u(
                "หาขี้ผึ้งแท้จากรังผึ้ง สำหรับเขียนลายเทียนบนผ้า ติดต่อ คุณหมี 089-555-0142",
                "pure beeswax for wax-resist drawing",
            ),
        ),
    ),
    Sme(
        2,
        "en",
        "Hemp Hill Studio Co., Ltd.",
        HEMP,
        MID,
        "Chiang Mai",
        "hello@hemphill.example.com",
        (),
        ("bio", "green"),
        offers=(
            o(
                "HH-01 handwoven hemp fabric, natural ecru colour (undyed), width 40 cm — also available in 60 cm",
                "hemp_fabric_handwoven_undyed",
            ),
            o(
                "Indigo vat dyeing for your own cloth: you send hemp or cotton fabric, we dye it in our fermented "
                "indigo vat, min. 10 m per colour",
                "indigo_dyeing_service",
            ),
        ),
        needs=(
            n(
                "we are looking handspun hemp yarn from Hmong village, steady supply 20 kg per month",
                "hemp_yarn_handspun",
            ),
            n("Fermented indigo paste (hom) from natural Strobilanthes plants, 50 kg each order", "indigo_paste"),
        ),
    ),
    Sme(
        3,
        "th",
        "หจก. ห้อมเมืองแพร่",
        HEMP,
        MID,
        "Phrae",
        "hommuangphrae@example.com",
        ("OTOP",),
        ("bio",),
        offers=(
            o("ห้อมเปียก (เนื้อห้อม) หมักเองจากต้นห้อมในสวน ไม่ผสมสีเคมี บรรจุถัง 20 กก.", "indigo_paste"),
            o(
                "รับย้อมห้อมตามออเดอร์ ลูกค้าส่งผ้าหรือเสื้อผ้ามาให้ย้อม คิดราคาตามน้ำหนัก ส่งงานภายใน 15 วัน",
                "indigo_dyeing_service",
            ),
            o("เสื้อม่อฮ่อมผ้าฝ้ายย้อมห้อมแท้ คอจีน/คอปก ไซซ์ S-XXL สินค้า OTOP 4 ดาว บูธ C12", "indigo_dyed_shirt"),
        ),
        needs=(
            n(
                "ต้องการผ้าฝ้ายทอมือสีดิบ ยังไม่ผ่านการย้อม หน้ากว้าง 1 เมตร เดือนละ 300 เมตร เพื่อนำมาย้อมห้อม",
                "cotton_fabric_handwoven_undyed",
            ),
            n(
                "หาผู้ส่งออกหรือตัวแทนจำหน่ายเสื้อม่อฮ่อมในต่างประเทศ (ญี่ปุ่น/ยุโรป)",
                "export_trading_service",
            ),
        ),
    ),
    Sme(
        4,
        "en",
        "Highland Hemp Seed & Agri Co., Ltd.",
        HEMP,
        UP,
        "Tak",
        "sales@highlandhemp.example.com",
        (),
        ("bio",),
        offers=(
            o(
                "Certified hemp seed for planting, RPF-1 and RPF-3 varieties, germination >85%, we help customer "
                "with the permit paperwork",
                "hemp_seed",
            ),
            o(
                "Whole dried hemp stalks after seed harvest, bundle 10 kg, good for fibre extraction",
                "hemp_stalk_dried",
            ),
        ),
        needs=(
            u(
                "Partner with decorticator machine who can process our stalks into fibre on toll basis "
                "(we keep the fibre)",
                "toll decortication of hemp stalks",
            ),
            u("Woven PP or jute sacks for seed packing, 25 kg size, 10,000 pcs", "sacks for packing seed"),
        ),
    ),
    Sme(
        5,
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านเขาค้อ",
        HEMP,
        UP,
        "Phetchabun",
        "khaokho.hemp@example.com",
        (),
        ("bio",),
        offers=(
            o(
                "เส้นใยกัญชงขูดเครื่อง ต้มฟอกแล้ว นุ่ม สีขาวนวล พร้อมนำไปปั่น (ยังไม่ได้ปั่นเป็นเส้นด้าย)",
                "hemp_fibre_raw",
            ),
            o("ต้นกัญชงตากแห้งทั้งต้น มัดละ 10 กก. ส่งได้ทั่วประเทศ", "hemp_stalk_dried"),
        ),
        needs=(
            u("ต้องการเครื่องขูดเปลือกกัญชง (มือสอง) สภาพดี งบไม่เกิน 150,000 บาท", "hemp decorticating machine"),
            n(
                "หาโรงปั่นรับจ้างปั่นด้ายกัญชงด้วยเครื่อง ทางกลุ่มส่งใยให้เอง ขั้นต่ำ 200 กก.",
                "yarn_spinning_toll_service",
            ),
        ),
    ),
    Sme(
        6,
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์บ้านนาเหลือง",
        HEMP,
        UP,
        "Nan",
        "nalueang.cotton@example.com",
        (ORG_TH, "OTOP"),
        ("bio", "green"),
        offers=(
            o(
                "ฝ้ายอินทรีย์ปุยดิบ หีบเมล็ดออกแล้ว ได้รับรองมาตรฐานเกษตรอินทรีย์ ผลผลิตปีละประมาณ 2 ตัน",
                "cotton_lint_organic",
            ),
            o("ด้ายฝ้ายเข็นมือ สีขาวธรรมชาติ และฝ้ายตุ่นสีน้ำตาล ขายเป็นไจ", "cotton_yarn_handspun"),
            o("ผ้าฝ้ายทอมือสีดิบ ไม่ฟอก ไม่ย้อม หน้ากว้าง 1 เมตร ทอจากฝ้ายที่ปลูกเอง", "cotton_fabric_handwoven_undyed"),
        ),
        needs=(n("ต้องการกี่กระตุกไม้สัก 5 หลัง สำหรับสมาชิกใหม่", "handloom_wooden"),),
    ),
    Sme(
        7,
        "en",
        "Loei Organic Cotton Farmers Network",
        HEMP,
        UP,
        "Loei",
        "loeicotton@example.org",
        (ORG_TH,),
        ("bio",),
        offers=(
            o(
                "Seed cotton and ginned organic cotton lint from 60 member farms in Dan Sai, organic certify since "
                "2019, harvest Dec-Feb",
                "cotton_lint_organic",
            ),
        ),
        needs=(
            u(
                "Organic fertiliser and bio-control (Trichoderma, neem extract) for 300 rai of cotton field",
                "organic farm inputs",
            ),
        ),
    ),
    Sme(
        8,
        "th",
        "กลุ่มผ้าย้อมครามบ้านพรรณา",
        HEMP,
        MID,
        "Sakon Nakhon",
        "phanna.indigo@example.com",
        ("OTOP",),
        ("bio",),
        offers=(
            o(
                "ผ้าฝ้ายทอมือย้อมครามธรรมชาติ ลายมัดหมี่และลายขิด OTOP 5 ดาว รหัส PN-108 มีหลายเฉด ตั้งแต่ฟ้าอ่อนถึงกรมท่าเข้ม",
                "cotton_fabric_handwoven_indigo",
            ),
            o(
                "เวิร์กช็อปย้อมครามแบบลงมือทำ 1 วัน สำหรับกลุ่มทอผ้า หน่วยงาน และนักท่องเที่ยว รับ 10-30 คน",
                "natural_dye_training",
            ),
        ),
        needs=(
            n("ต้องการด้ายฝ้ายเข็นมือสีขาว สำหรับทอผ้า เดือนละ 50 กก.", "cotton_yarn_handspun"),
            u("ต้องการปูนแดงและขี้เถ้าไม้สำหรับก่อหม้อคราม ส่งถึงกลุ่ม", "lime and wood ash for indigo vats"),
        ),
    ),
    Sme(
        9,
        "en",
        "Lamphun Natural Colour Studio",
        HEMP,
        UP,
        "Lamphun",
        "studio@lamphuncolour.example.com",
        (),
        ("bio", "green"),
        offers=(
            o(
                "Stick lac (krang) raw, from our longan orchard, cleaned, 1 kg bag — give deep red to purple colour",
                "lac_dye_raw",
            ),
            o(
                "Dried dye plants: sappan wood chips, makluea (ebony) fruit, mango leaves, jackfruit heartwood — "
                "mix & match min 5 kg",
                "dye_plant_dried",
            ),
            o(
                "Natural dye training for community groups, 3-day course with colour recipe book (Thai/English)",
                "natural_dye_training",
            ),
        ),
        needs=(
            n("Handwoven cotton fabric, undyed, for making our colour swatch books", "cotton_fabric_handwoven_undyed"),
            n("Raw silk yarn, hand-reeled, not degummed, small lots 2-3 kg for dye tests", "silk_yarn_handreeled"),
        ),
    ),
    Sme(
        10,
        "th",
        "กลุ่มเลี้ยงไหมบ้านท่าสว่าง",
        HEMP,
        UP,
        "Surin",
        "thasawang.silk@example.com",
        (PEACOCK, "OTOP"),
        ("bio",),
        offers=(
            o("รังไหมพันธุ์พื้นบ้าน (ไหมเหลือง/นางน้อย) มีทั้งรังสดและรังแห้ง", "silk_cocoons"),
            o("เส้นไหมน้อยสาวมือ ยังไม่ฟอกไม่ย้อม ได้ตรานกยูงพระราชทานสีทอง", "silk_yarn_handreeled"),
        ),
        needs=(
            u("ต้องการกิ่งพันธุ์หม่อนและใบหม่อนสด ช่วงหน้าแล้ง", "mulberry cuttings and leaves"),
            n("ต้องการครั่งดิบสำหรับย้อมเส้นไหมสีแดง ครั้งละ 20 กก.", "lac_dye_raw"),
        ),
    ),
    Sme(
        11,
        "th",
        "กลุ่มทอผ้าไหมมัดหมี่บ้านเขว้า",
        HEMP,
        MID,
        "Chaiyaphum",
        "khwao.mudmee@example.com",
        (PEACOCK, "OTOP"),
        (),
        offers=(
            o("ผ้าไหมมัดหมี่ทอมือ ลายโบราณ ย้อมสีธรรมชาติ ผืนละ 4 เมตร ได้ตรานกยูงสีน้ำเงิน", "silk_fabric_mudmee"),
            o("ผ้าคลุมไหล่ไหมมัดหมี่ ขนาด 50x200 ซม. บรรจุกล่องของขวัญ", "silk_scarf"),
        ),
        needs=(
            n("ต้องการเส้นไหมสาวมือที่ได้ตรานกยูงพระราชทาน เดือนละ 30 กก.", "silk_yarn_handreeled", certs=(PEACOCK,)),
            n("ต้องการสีย้อมธรรมชาติแบบแห้ง เช่น ครั่ง แก่นขนุน เปลือกประดู่", "lac_dye_raw", "dye_plant_dried"),
        ),
    ),
    Sme(
        12,
        "en",
        "Praewa House Co., Ltd.",
        HEMP,
        DOWN,
        "Khon Kaen",
        "shop@praewahouse.example.com",
        (),
        (),
        offers=(
            o(
                "Silk scarf and shawl, have mudmee and plain weave, packing in gift box — best seller at BIG+BIH fair",
                "silk_scarf",
            ),
            o("Silk cushion covers 45x45 cm for hotel & spa, hidden zip", "silk_cushion_cover"),
        ),
        needs=(
            n("Mudmee silk fabric with Peacock Emblem, about 200 m per season", "silk_fabric_mudmee", certs=(PEACOCK,)),
            n("Packaging and gift box design for export market", "product_design_service"),
        ),
    ),
    Sme(
        13,
        "th",
        "วิสาหกิจชุมชนใยกล้วยบ้านคลองลาน",
        HEMP,
        UP,
        "Kamphaeng Phet",
        "klonglan.banana@example.com",
        ("OTOP",),
        ("bio", "circular"),
        offers=(
            o("เส้นใยกล้วยตานีขูดมือ ตากแห้ง ทำจากต้นกล้วยหลังตัดเครือ ไม่ทิ้งให้เสียเปล่า", "banana_fibre_raw"),
            o("ผ้าทอมือใยกล้วยผสมฝ้าย เนื้อแข็งอยู่ทรง เหมาะทำกระเป๋าและหมวก", "banana_cotton_fabric_handwoven"),
        ),
        needs=(n("ต้องการด้ายฝ้ายปั่นเครื่อง เบอร์ 20/2 สำหรับเส้นยืน เดือนละ 100 กก.", "cotton_yarn_machine_spun"),),
    ),
    Sme(
        14,
        "en",
        "PineFibre Ratchaburi Co., Ltd.",
        HEMP,
        UP,
        "Ratchaburi",
        "info@pinefibre.example.com",
        (),
        ("bio", "circular"),
        offers=(
            o(
                "Pineapple leaf fibre (PALF), degummed, made from leaves left after harvest — 1 ton/month capacity",
                "pineapple_leaf_fibre",
            ),
            o(
                "PALF/cotton blend yarn 30/70, machine spun, Ne 20 — also available in 50/50 on request",
                "palf_blend_yarn",
            ),
        ),
        needs=(
            n(
                "Contract spinning mill to spin our PALF blend (we supply the fibre), trial lot 500 kg",
                "yarn_spinning_toll_service",
            ),
            n("Distributors wanted for PALF yarn in Japan and EU", "export_trading_service"),
        ),
    ),
    Sme(
        15,
        "th",
        "วิสาหกิจชุมชนกระจูดบ้านทะเลน้อย",
        HEMP,
        DOWN,
        "Phatthalung",
        "thalenoi.krajood@example.com",
        ("OTOP",),
        ("bio",),
        offers=(
            o(
                "กระเป๋าสานกระจูด ย้อมสีธรรมชาติ หลายทรง รุ่น KJ-22 บุซับในผ้าฝ้ายย้อมคราม มีซิปด้านใน",
                "krajood_bag",
            ),
            o("เสื่อกระจูดพับได้ ขนาด 90x180 ซม. ลายโบราณ", "sedge_mat"),
        ),
        needs=(
            n(
                "ต้องการผ้าฝ้ายทอมือย้อมครามสำหรับทำซับในและหูกระเป๋า เดือนละ 100 เมตร",
                "cotton_fabric_handwoven_indigo",
            ),
        ),
    ),
    Sme(
        16,
        "th",
        "กลุ่มทอผ้ากะเหรี่ยงบ้านแม่สะเรียง",
        HEMP,
        MID,
        "Mae Hong Son",
        "maesariang.weave@example.com",
        ("OTOP",),
        ("bio",),
        offers=(
            o(
                "ผ้าฝ้ายทอมือกี่เอว ย้อมสีธรรมชาติจากเปลือกไม้และครั่ง ลายกะเหรี่ยงดั้งเดิม",
                "cotton_fabric_handwoven_natural_dye",
            ),
        ),
        needs=(
            n("ต้องการฝ้ายเข็นมือ สีขาวหรือสีตุ่น สำหรับทอกี่เอว", "cotton_yarn_handspun"),
            n("ต้องการวัตถุดิบย้อมสีแบบแห้ง เช่น ไม้ฝาง เปลือกมะพูด", "dye_plant_dried"),
        ),
    ),
    Sme(
        17,
        "en",
        "Mae Chan Hemp Collective",
        HEMP,
        DOWN,
        "Chiang Rai",
        "order@maechanhemp.example.com",
        ("Fairtrade",),
        ("bio",),
        offers=(
            o(
                "Hemp tote bags & backpacks with Hmong batik panels, models MC-T01 to T12, Fair Trade certified "
                "— visit us Booth H-214",
                "hemp_bag",
            ),
            o("Hemp scarves, indigo batik, 50 x 180 cm — best seller at Thailand Lifestyle Fair", "hemp_scarf"),
        ),
        needs=(
            n(
                "Handwoven hemp fabric, natural or indigo dyed, 300 m each quarter",
                "hemp_fabric_handwoven_undyed",
                "hemp_fabric_handwoven_indigo",
            ),
            n("Sewing workshop for bag production (cut-make-trim), 500 pcs/month", "sewing_cmt_service"),
        ),
    ),
    Sme(
        18,
        "en",
        "Siam Natural Textiles Export Co., Ltd.",
        HEMP,
        DOWN,
        "Bangkok",
        "buying@siamnatural.example.com",
        (),
        (),
        offers=(
            o(
                "Export trading to Japan, Korea and EU: we buy from community makers and handle export documents, "
                "shipping and booth at overseas fairs",
                "export_trading_service",
            ),
        ),
        needs=(
            n(
                "Handwoven natural-dye cotton and hemp fabrics for Japanese buyers. No need for GOTS, but the dye "
                "must be real natural dye (we test)",
                "cotton_fabric_handwoven_indigo",
                "cotton_fabric_handwoven_natural_dye",
                "hemp_fabric_handwoven_indigo",
                waives=("GOTS",),
            ),
            n(
                "Silk scarves with Royal Thai Silk Peacock Emblem for a department store in Osaka",
                "silk_scarf",
                certs=(PEACOCK,),
            ),
        ),
    ),
    Sme(
        19,
        "th",
        "บจก. อุตรดิตถ์สปินนิ่ง",
        HEMP,
        UP,
        "Uttaradit",
        "uttaradit.spinning@example.com",
        ("ISO 9001",),
        (),
        offers=(
            o("เส้นด้ายฝ้ายปั่นเครื่อง (ring spun) เบอร์ Ne 16/1 - 30/1 และ 20/2 จากฝ้ายไทย", "cotton_yarn_machine_spun"),
            o("ด้ายกัญชงผสมฝ้าย 30/70 ปั่นเครื่อง สีธรรมชาติ", "hemp_yarn_machine_spun"),
            o(
                "รับจ้างปั่นด้าย ลูกค้าส่งเส้นใยมาเอง (ฝ้าย กัญชง ใยผสม) ขั้นต่ำ 300 กก.",
                "yarn_spinning_toll_service",
            ),
        ),
        needs=(
            n(
                "ต้องการฝ้ายปุยดิบที่ได้รับรองมาตรฐานเกษตรอินทรีย์ สำหรับไลน์ด้ายออร์แกนิก ปีละ 50 ตัน",
                "cotton_lint_organic",
                certs=(ORG_TH,),
            ),
            n("ต้องการเส้นใยกัญชงที่ยังไม่ปั่น เพื่อผลิตด้ายผสม", "hemp_fibre_raw"),
        ),
    ),
    Sme(
        20,
        "en",
        "Andaman Eco Boutique",
        HEMP,
        DOWN,
        "Krabi",
        "hello@andamaneco.example.com",
        (),
        ("green",),
        offers=(
            o(
                "Consignment and wholesale shelf space in 3 shops at Ao Nang and Krabi Town for eco products "
                "from local makers",
                "distribution_natural_textile_products",
            ),
        ),
        needs=(
            n(
                "Eco bags in krajood or hemp. OTOP or Fairtrade welcome but not required",
                "krajood_bag",
                "hemp_bag",
                waives=("OTOP", "Fairtrade"),
            ),
            n("Batik sarongs from southern makers, hand-drawn preferred", "batik_sarong"),
        ),
    ),
    Sme(
        21,
        "th",
        "ร้านบาติกบ้านทอน",
        HEMP,
        MID,
        "Narathiwat",
        "bantonbatik@example.com",
        ("OTOP",),
        (),
        offers=(
            o("ผ้าบาติกเขียนมือ ผ้าฝ้ายและผ้าเรยอน ลายดอกไม้ทะเล ขายเป็นเมตร", "batik_fabric"),
            o("ผ้าถุงบาติกสำเร็จรูป ยาว 2 เมตร สินค้า OTOP 4 ดาว", "batik_sarong"),
        ),
        needs=(
            n("ต้องการผ้าฝ้ายดิบทอเครื่อง หน้ากว้าง 45 นิ้ว สำหรับเขียนบาติก", "cotton_greige_fabric"),
            u("ต้องการเทียนพาราฟินผสมสำหรับเขียนบาติก ครั้งละ 200 กก.", "batik wax"),
        ),
    ),
    Sme(
        22,
        "th",
        "วิสาหกิจชุมชนใยบัวบึงกาฬ",
        HEMP,
        UP,
        "Bueng Kan",
        "buengkan.lotus@example.com",
        (),
        ("bio",),
        offers=(
            o(
                "เส้นใยบัวดึงมือจากก้านบัวหลวง ปั่นเป็นเส้นด้ายแล้ว ผลิตได้เดือนละ 2-3 กก. หายากมาก",
                "lotus_fibre_yarn",
            ),
        ),
        needs=(n("หาผู้ส่งออกหรือตัวแทนขายเส้นใยบัวในญี่ปุ่น", "export_trading_service"),),
    ),
    # ------------------------------------------------ circular textile
    Sme(
        23,
        "th",
        "ร้านเสื้อผ้ามือสองเจ๊หน่อย ตลาดโรงเกลือ",
        CIRC,
        UP,
        "Sa Kaeo",
        "jenoi.rongkluea@example.com",
        (),
        ("circular",),
        offers=(
            o(
                "เสื้อผ้ามือสองคละแบบ เป็นกระสอบ (เบล) 100 กก. นำเข้าจากญี่ปุ่น-เกาหลี คัดเกรด A/B",
                "used_clothing_bulk",
            ),
            o("ยีนส์มือสองคัดเกรด แยกสีฟ้า/ดำ เบลละ 45 กก.", "used_denim_jeans"),
        ),
        needs=(
            u("ต้องการเครื่องอัดก้อนเสื้อผ้าไฮดรอลิก มือสองก็ได้", "hydraulic baling press"),
            n("รับซื้อเสื้อผ้ามือสองจากมูลนิธิหรือโครงการรับบริจาค จำนวนมาก", "used_clothing_bulk"),
        ),
    ),
    Sme(
        24,
        "en",
        "GreenLoop Textile Waste Co., Ltd.",
        CIRC,
        UP,
        "Samut Sakhon",
        "pickup@greenloop.example.com",
        ("ISO 14001",),
        ("circular",),
        offers=(
            o(
                "We collect pre-consumer textile waste from your factory — free pick-up over 1 ton, weight ticket "
                "and waste certificate given",
                "textile_waste_collection_service",
            ),
            o(
                "Sorted 100% cotton cutting waste, separated by colour (white, navy, black, mixed light), baled 300 kg",
                "cotton_cutting_waste_sorted",
            ),
        ),
        needs=(
            n(
                "Toll shredding of our sorted cotton scraps into fibre (we keep the fibre), 10 t/month",
                "textile_shredding_service",
            ),
        ),
    ),
    Sme(
        25,
        "th",
        "บจก. รีไฟเบอร์ สระบุรี",
        CIRC,
        UP,
        "Saraburi",
        "refiber.saraburi@example.com",
        ("GRS",),
        ("circular",),
        offers=(
            o("เส้นใยฝ้ายรีไซเคิลจากเศษผ้า ความยาวใย 12-18 มม. สำหรับปั่นด้าย OE มาตรฐาน GRS", "recycled_cotton_fibre"),
            o("รับจ้างย่อยเศษผ้าเป็นเส้นใย ลูกค้าส่งเศษผ้าของตัวเองมา รับคืนเป็นใย", "textile_shredding_service"),
        ),
        needs=(
            n("ต้องการเศษผ้าตัดฝ้าย 100% คัดสีแล้ว (pre-consumer) เดือนละ 20 ตัน", "cotton_cutting_waste_sorted"),
            n("หาที่ปรึกษาต่ออายุใบรับรอง GRS และทำ LCA ของโรงงาน", "sustainability_consulting_service"),
        ),
    ),
    Sme(
        26,
        "en",
        "Eastern rPET Fibre Co., Ltd.",
        CIRC,
        UP,
        "Chonburi",
        "sales@easternrpet.example.com",
        ("GRS", "ISO 9001"),
        ("circular",),
        offers=(
            o(
                "Recycled polyester staple fibre (rPET PSF) 1.4D-15D, from post-consumer bottles, GRS certified",
                "recycled_polyester_fibre",
            ),
            o("rPET filament yarn 75D/150D DTY, GRS, dope-dyed black available", "recycled_polyester_yarn"),
        ),
        needs=(
            n("Baled post-consumer PET bottles, clear, 500 t/month, price by market", "pet_bottles_baled"),
            n(
                "100% polyester textile waste (knit trimmings, fabric ends) for chemical recycling trial",
                "polyester_textile_waste",
            ),
        ),
    ),
    Sme(
        27,
        "th",
        "ธนาคารขยะชุมชนบ้านโนนสูง",
        CIRC,
        UP,
        "Nakhon Ratchasima",
        "nonsung.wastebank@example.com",
        (),
        ("circular",),
        offers=(o("ขวดพลาสติก PET ใส คัดแยกแล้ว อัดก้อน ก้อนละ 200-250 กก.", "pet_bottles_baled"),),
    ),
    Sme(
        28,
        "en",
        "Rayong Recycled Yarn Co., Ltd.",
        CIRC,
        UP,
        "Rayong",
        "yarn@rayongrecycled.example.com",
        ("GRS",),
        ("circular",),
        offers=(
            o(
                "Open-end recycled cotton yarn Ne 6-20, colour from the waste itself — no dyeing, GRS certified",
                "recycled_cotton_yarn",
            ),
        ),
        needs=(
            n("Recycled cotton fibre from shredded pre-consumer waste, 30 t/month", "recycled_cotton_fibre"),
            n(
                "rPET staple fibre for blending with our cotton, must be GRS certified",
                "recycled_polyester_fibre",
                certs=("GRS",),
            ),
        ),
    ),
    Sme(
        29,
        "th",
        "บจก. สมุทรปราการเท็กซ์ไทล์",
        CIRC,
        MID,
        "Samut Prakan",
        "spk.textile@example.com",
        (),
        ("circular",),
        offers=(
            o(
                "ผ้าทอโพลีเอสเตอร์รีไซเคิล (rPET) จากขวดพลาสติก ผ้าออกซ์ฟอร์ดและผ้าไมโครพีช (อยู่ระหว่างยื่นขอ GRS)",
                "recycled_polyester_fabric",
            ),
        ),
        needs=(
            n(
                "ต้องการเส้นด้าย rPET ที่มีใบรับรอง GRS เพื่อผลิตผ้าส่งลูกค้ายุโรป",
                "recycled_polyester_yarn",
                certs=("GRS",),
            ),
            n("หาผู้รับเคลือบกันน้ำ PU บนผ้าของเรา (เราส่งผ้าม้วนไปเคลือบ)", "fabric_coating_service"),
        ),
    ),
    Sme(
        30,
        "en",
        "ReThread BKK",
        CIRC,
        DOWN,
        "Bangkok",
        "studio@rethreadbkk.example.com",
        (),
        ("circular",),
        offers=(
            o(
                "Upcycled denim tote & sling bags, every piece unique, made from old jeans — 'ReJean' collection",
                "upcycled_bag",
            ),
            o("Patchwork jackets and aprons from reclaimed fabric, small batch 50-100 pcs", "upcycled_garment"),
        ),
        needs=(
            n("Used denim jeans, graded, about 500 kg per month", "used_denim_jeans"),
            n("Deadstock fabric rolls (new, unused) for bag lining — no cutting scraps please", "deadstock_fabric"),
        ),
    ),
    Sme(
        31,
        "th",
        "ร้านผ้าเหลือ เชียงใหม่",
        CIRC,
        DOWN,
        "Chiang Mai",
        "phalua.cm@example.com",
        (),
        ("circular",),
        offers=(o("กระเป๋าผ้าปะติดปะต่อจากเศษผ้าเหลือใช้ ทำมือทุกใบ ลายไม่ซ้ำ", "upcycled_bag"),),
        needs=(
            n(
                "ต้องการเศษผ้าจากโรงงาน ชิ้นใหญ่ 30 ซม. ขึ้นไป คละสีได้",
                "mixed_cutting_waste",
                "cotton_cutting_waste_sorted",
            ),
            n(
                "หาร้านรับฝากขายหรือร้านรักษ์โลกที่สนใจนำสินค้าไปวางขาย",
                "distribution_natural_textile_products",
            ),
        ),
    ),
    Sme(
        32,
        "en",
        "Sakhon Apparel Manufacturing Co., Ltd.",
        CIRC,
        MID,
        "Samut Sakhon",
        "merchandising@sakhonapparel.example.com",
        ("ISO 9001", "SA8000"),
        (),
        offers=(
            o(
                "Deadstock fabric rolls from cancelled export orders: cotton twill, poly-cotton poplin, knit jersey "
                "— sell by roll",
                "deadstock_fabric",
            ),
            o("Mixed cutting waste (poly/cotton blend), unsorted, 3-5 t/month", "mixed_cutting_waste"),
            o("CMT sewing service for woven & knit, 40 lines, MOQ 300 pcs/style", "sewing_cmt_service"),
        ),
        needs=(
            n(
                "Recycled polyester fabric for a brand program — GRS certificate is a must",
                "recycled_polyester_fabric",
                "recycled_polyester_knit_fabric",
                certs=("GRS",),
            ),
            n("Sewing machine technician / repair service on call", "sewing_machine_repair_service"),
        ),
    ),
    Sme(
        33,
        "th",
        "ร้านผ้าสต๊อกพาหุรัด",
        CIRC,
        MID,
        "Bangkok",
        "pahurat.stock@example.com",
        (),
        ("circular",),
        offers=(
            o(
                "ผ้าสต๊อก ผ้าม้วนใหม่ค้างโกดัง ราคาถูกกว่าท้องตลาด 30-50% มีทั้งผ้าคอตตอน ผ้าลินิน ผ้ายืด",
                "deadstock_fabric",
            ),
        ),
        needs=(n("รับซื้อผ้าสต๊อก ผ้าม้วนค้างโกดัง ผ้าเหลือจากออเดอร์ส่งออก ให้ราคาดี", "deadstock_fabric"),),
    ),
    Sme(
        34,
        "en",
        "Circular Dye Lab Co., Ltd.",
        CIRC,
        MID,
        "Pathum Thani",
        "lab@circulardye.example.com",
        ("bluesign",),
        ("circular", "green"),
        offers=(
            o(
                "Garment over-dyeing service: send us finished garments, we re-dye with low-impact reactive dyes, "
                "min 50 pcs per colour",
                "garment_dyeing_service",
            ),
        ),
        needs=(
            n(
                "Used garments in white and light colours for our over-dye resale collection, 200 kg/month",
                "used_clothing_bulk",
            ),
        ),
    ),
    Sme(
        35,
        "th",
        "บจก. ห่มรักษ์โลก",
        CIRC,
        DOWN,
        "Khon Kaen",
        "homraklok@example.com",
        ("Thai Green Label",),
        ("circular",),
        offers=(o("ผ้าห่มนวมจากขวด PET รีไซเคิล 1 ผืน = 60 ขวด นุ่ม อุ่น ซักเครื่องได้ ได้ฉลากเขียว", "recycled_pet_blanket"),),
        needs=(
            n("ต้องการผ้าฟลีซ/ผ้าขนนุ่มจากโพลีเอสเตอร์รีไซเคิล เดือนละ 5,000 หลา", "recycled_polyester_knit_fabric"),
            n("หาตัวแทนจำหน่ายในร้านอุปกรณ์ผู้สูงอายุและโรงพยาบาล", "distribution_elderly_care_products"),
        ),
    ),
    Sme(
        36,
        "en",
        "Urban Uniform Co., Ltd.",
        CIRC,
        DOWN,
        "Bangkok",
        "sales@urbanuniform.example.com",
        ("ISO 9001",),
        ("circular",),
        offers=(
            o(
                "Staff uniforms for hotels, hospitals and factories — polo, shirts, scrubs; rPET fabric option",
                "staff_uniform",
            ),
        ),
        needs=(
            n(
                "rPET woven fabric for uniforms. GRS preferred but not required for the first lot",
                "recycled_polyester_fabric",
                waives=("GRS",),
            ),
            n(
                "Logo printing or embroidery subcontractor, 5,000 pcs/month",
                "screen_printing_service",
                "embroidery_service",
            ),
        ),
    ),
    Sme(
        37,
        "th",
        "มูลนิธิเสื้อผ้าเพื่อน้อง",
        CIRC,
        UP,
        "Nonthaburi",
        "suepueannong@example.org",
        (),
        ("circular",),
        offers=(
            o("เสื้อผ้ามือสองจากการรับบริจาค คัดแล้ว ขายเป็นกระสอบเพื่อนำรายได้เข้ามูลนิธิ", "used_clothing_bulk"),
            o("ผ้าเช็ดเครื่องจักร (ผ้าขี้ริ้ว) ตัดจากเสื้อยืดเก่า ซับน้ำมันดี กระสอบละ 10 กก.", "cleaning_rags"),
        ),
        needs=(
            n("ต้องการจักรเย็บผ้าอุตสาหกรรมมือสอง สำหรับโครงการฝึกอาชีพ 10 ตัว", "industrial_sewing_machine"),
            n("รับผ้าขนหนูและผ้าปูที่นอนเก่าจากโรงแรม เพื่อตัดทำผ้าเช็ด", "used_hotel_linen"),
        ),
    ),
    Sme(
        38,
        "en",
        "EastFelt Recycling Co., Ltd.",
        CIRC,
        MID,
        "Chachoengsao",
        "purchase@eastfelt.example.com",
        ("ISO 14001",),
        ("circular",),
        offers=(
            o(
                "Needle-punched recycled felt from textile waste, 200-1,200 gsm, for car insulation, mattress "
                "and packaging",
                "recycled_felt_nonwoven",
            ),
        ),
        needs=(
            n(
                "Mixed textile waste, any colour, poly/cotton blends OK, 50 t/month",
                "mixed_cutting_waste",
                "cotton_cutting_waste_sorted",
                "polyester_textile_waste",
            ),
        ),
    ),
    Sme(
        39,
        "th",
        "ร้านยีนส์รีเมค ลำปาง",
        CIRC,
        DOWN,
        "Lampang",
        "jeansremake.lp@example.com",
        (),
        ("circular",),
        offers=(o("กางเกงและแจ็กเก็ตยีนส์รีเมค ทำจากยีนส์เก่า ตัดต่อใหม่ทุกตัว", "upcycled_garment"),),
        needs=(
            n("ต้องการยีนส์มือสองคัดเกรด เดือนละ 100 กก.", "used_denim_jeans"),
            n("หาที่รับย้อมทับเสื้อผ้าสำเร็จรูป (สีรีแอคทีฟ) เราส่งชิ้นงานไปเอง", "garment_dyeing_service"),
        ),
    ),
    Sme(
        40,
        "en",
        "Loop Lab Consulting",
        CIRC,
        DOWN,
        "Bangkok",
        "team@looplab.example.com",
        (),
        ("circular",),
        offers=(
            o(
                "GRS / RCS certification support, LCA and carbon footprint for textile SMEs — 30% subsidy under "
                "OSMEP program",
                "sustainability_consulting_service",
            ),
        ),
        needs=(n("Partner lab for recycled-content and fibre composition tests", "textile_testing_service"),),
    ),
    Sme(
        41,
        "th",
        "หจก. อยุธยาสกรีน",
        CIRC,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "ayutthaya.screen@example.com",
        (),
        ("green",),
        offers=(o("รับสกรีนเสื้อ หมึกสูตรน้ำ (water-based) ขั้นต่ำ 50 ตัว ส่งงาน 7 วัน", "screen_printing_service"),),
        needs=(
            u(
                "ต้องการหมึกสกรีนสูตรน้ำที่ได้มาตรฐาน OEKO-TEX ติดต่อ 035-555-018",
                "water-based screen printing ink",
                certs=(OEKO,),
            ),
            n("ต้องการเสื้อยืดเปล่าคอกลม ผ้าคอตตอน 100% สำหรับสกรีน", "blank_tshirt"),
        ),
    ),
    # ------------------------------------------------ sportech
    Sme(
        42,
        "en",
        "Sakhon Knit Tech Co., Ltd.",
        SPORT,
        MID,
        "Samut Sakhon",
        "sales@sakhonknit.example.com",
        ("GRS", OEKO, "bluesign"),
        ("circular",),
        offers=(
            o(
                "Moisture-wicking polyester knit (bird-eye mesh, interlock) 140-160 gsm, quick dry, UV protect",
                "sport_knit_fabric_wicking",
            ),
            o(
                "rPET wicking knit and brushed fleece from recycled bottles, GRS certified",
                "recycled_polyester_knit_fabric",
            ),
            o("100% polyester knit trimmings and fabric ends (waste), 2 t/month", "polyester_textile_waste"),
        ),
        needs=(n("rPET filament yarn 75D/150D, GRS certificate required", "recycled_polyester_yarn", certs=("GRS",)),),
    ),
    Sme(
        43,
        "th",
        "ร้านพิมพ์ซับลิเมชั่น นครปฐม",
        SPORT,
        MID,
        "Nakhon Pathom",
        "np.sublimation@example.com",
        (),
        (),
        offers=(
            o(
                "รับพิมพ์ซับลิเมชั่นลงผ้าโพลีเอสเตอร์ ทั้งผ้าม้วนและชิ้นงานตัด หน้ากว้าง 1.8 ม.",
                "sublimation_printing_service",
            ),
        ),
        needs=(
            n(
                "ต้องการผ้าโพลีเอสเตอร์สีขาว สำหรับพิมพ์ซับลิเมชั่น (ผ้ากีฬา/ผ้าไมโคร)",
                "sport_knit_fabric_wicking",
                "recycled_polyester_knit_fabric",
            ),
            u("ต้องการกระดาษทรานสเฟอร์และหมึกซับลิเมชั่น ราคาส่ง", "sublimation paper and ink"),
        ),
    ),
    Sme(
        44,
        "th",
        "ยิ้มสปอร์ต เสื้อกีฬาสั่งทำ",
        SPORT,
        DOWN,
        "Bangkok",
        "yimsport@example.com",
        (),
        (),
        offers=(o("เสื้อกีฬาสั่งทำ เสื้อทีม เสื้อฟุตบอล ออกแบบฟรี พิมพ์ลายเต็มตัว ขั้นต่ำ 10 ตัว", "custom_sport_jersey"),),
        needs=(
            n("หาโรงพิมพ์ซับลิเมชั่นรับจ้างพิมพ์ผ้าตามแบบ", "sublimation_printing_service"),
            n(
                "ต้องการผ้ากีฬาดรายฟิต/ผ้าไมโคร เดือนละ 2,000 กก.",
                "sport_knit_fabric_wicking",
                "recycled_polyester_knit_fabric",
            ),
        ),
    ),
    Sme(
        45,
        "en",
        "Andaman Muay Thai Gear",
        SPORT,
        DOWN,
        "Phuket",
        "fight@andamanmuaythai.example.com",
        (),
        (),
        offers=(
            o(
                "Muay Thai shorts, satin with embroidered Thai letters, S-XXL, kid size also available",
                "muay_thai_shorts",
            ),
        ),
        needs=(
            u("Satin fabric, shiny, for Muay Thai shorts — red, blue, black, gold", "satin fabric"),
            n("Embroidery service for Thai script lettering on shorts", "embroidery_service"),
            n("Elastic waistband 2 inch", "elastic_tape"),
        ),
    ),
    Sme(
        46,
        "th",
        "ร้านปักสวย",
        SPORT,
        MID,
        "Bangkok",
        "paksuay@example.com",
        (),
        (),
        offers=(o("รับปักโลโก้ ปักชื่อ ด้วยเครื่องปักคอมพิวเตอร์ ปักเสื้อ หมวก กระเป๋า", "embroidery_service"),),
        needs=(n("ต้องการสินเชื่อเพื่อซื้อเครื่องจักร ผ่อนได้ 3-5 ปี", "sme_loan"),),
    ),
    Sme(
        47,
        "en",
        "TechCoat Industries Co., Ltd.",
        SPORT,
        MID,
        "Chonburi",
        "info@techcoat.example.com",
        (OEKO, "ISO 9001"),
        (),
        offers=(
            o(
                "Coating & lamination on your fabric: PU, TPU, acrylic — waterproof, breathable, flame retardant",
                "fabric_coating_service",
            ),
            o(
                "PU-laminated waterproof fabric, 2-layer, ready stock in black/navy/white",
                "waterproof_laminated_fabric",
            ),
        ),
        needs=(n("Polyester woven base fabric for coating, recycled OK", "recycled_polyester_fabric"),),
    ),
    Sme(
        48,
        "th",
        "บจก. ยางยืดสยาม",
        SPORT,
        MID,
        "Samut Prakan",
        "siamelastic@example.com",
        (TIS,),
        (),
        offers=(
            o("ยางยืดทอ/ยางยืดถัก หน้ากว้าง 0.5-3 นิ้ว สำหรับเอวกางเกงและชุดกีฬา", "elastic_tape"),
            o("เทปสะท้อนแสง แบบเย็บติดและแบบรีดร้อน", "reflective_tape"),
            o("เทปตีนตุ๊กแก (Velcro) แบบนุ่ม หลายสี", "hook_and_loop_tape"),
        ),
        needs=(
            n(
                "ต้องการเส้นด้ายโพลีเอสเตอร์รีไซเคิล สำหรับถักหุ้มยาง ไม่จำเป็นต้องมี GRS",
                "recycled_polyester_yarn",
                waives=("GRS",),
            ),
        ),
    ),
    Sme(
        49,
        "en",
        "PaceRun Thailand Co., Ltd.",
        SPORT,
        DOWN,
        "Bangkok",
        "hello@pacerun.example.com",
        (),
        (),
        offers=(
            o("Running shirts from GRS rPET wicking fabric — 'Cool Run' series, unisex", "running_shirt"),
            o("Compression sleeves and calf guards for runners", "sport_compression_garment"),
        ),
        needs=(
            n(
                "Recycled wicking knit, GRS certified, 2,000 m for our SS25 collection",
                "recycled_polyester_knit_fabric",
                certs=("GRS",),
            ),
            n("Reflective tape / heat-transfer reflective for night-run tees", "reflective_tape"),
            n("Sublimation printing partner near Bangkok", "sublimation_printing_service"),
        ),
    ),
    Sme(
        50,
        "th",
        "ชมรมวิ่งล้านนา (ผู้จัดงานเชียงใหม่มินิมาราธอน)",
        SPORT,
        DOWN,
        "Chiang Mai",
        "lannarun@example.com",
        (),
        (),
        offers=(o("พื้นที่บูธในงานวิ่งสำหรับผู้สนับสนุน นักวิ่ง 5,000 คน", "event_booth_space"),),
        needs=(
            n("เสื้อวิ่งที่ระลึก 5,000 ตัว พิมพ์ลายงาน ส่งภายในเดือน ต.ค.", "running_shirt", "custom_sport_jersey"),
            n("ผ้าเย็น (cooling towel) แจกนักวิ่งที่เข้าเส้นชัย", "cooling_towel"),
            u("ต้องการเหรียญที่ระลึกโลหะ 5,000 เหรียญ", "finisher medals"),
        ),
    ),
    Sme(
        51,
        "en",
        "Nont Sock Knitting Co., Ltd.",
        SPORT,
        MID,
        "Nonthaburi",
        "oem@nontsock.example.com",
        (OEKO,),
        (),
        offers=(
            o("Sport socks: cushion sole, ankle & crew, Coolmax blend", "sport_socks"),
            o(
                "Diabetic socks, seamless toe, non-binding top — for elderly and diabetic patients",
                "diabetic_socks",
            ),
            o("OEM sock knitting for your brand, MOQ 1,200 pairs/design", "sock_knitting_oem"),
        ),
        needs=(
            n("Combed cotton yarn Ne 30/1, machine spun, 2 t/month", "cotton_yarn_machine_spun"),
            u("Bamboo viscose yarn Ne 32/1 for antibacterial socks", "bamboo viscose yarn"),
        ),
    ),
    Sme(
        52,
        "th",
        "บจก. ปทุมเมดิคอลนิต",
        SPORT,
        MID,
        "Pathum Thani",
        "pathum.medknit@example.com",
        ("ISO 13485", FDA),
        (),
        offers=(
            o("ผ้าถักคอมเพรสชั่น หลายระดับแรงบีบ สำหรับชุดกีฬาและอุปกรณ์การแพทย์", "compression_knit_fabric"),
            o("ถุงน่องทางการแพทย์ลดเส้นเลือดขอด ระดับ 1-2 มีเลข อย.", "medical_compression_stocking"),
        ),
        needs=(
            u("ที่ปรึกษาการจดทะเบียนเครื่องมือแพทย์ใหม่", "medical device registration consulting"),
            n("ห้องแล็บทดสอบแรงบีบของถุงน่อง", "textile_testing_service"),
        ),
    ),
    Sme(
        53,
        "en",
        "Hat Yai Sport Center",
        SPORT,
        DOWN,
        "Songkhla",
        "buyer@hatyaisport.example.com",
        (),
        (),
        offers=(
            o(
                "Distribution to 40 school & club accounts in the South, plus 2 shops in Hat Yai — brands welcome",
                "distribution_sport_products",
            ),
        ),
        needs=(
            n("Sport socks, ankle & crew, private label with our logo", "sport_socks", "sock_knitting_oem"),
            n("Running shirts & team jerseys for school teams", "running_shirt", "custom_sport_jersey"),
        ),
    ),
    Sme(
        54,
        "th",
        "แบรนด์ชุดโยคะ บ้านสงบ",
        SPORT,
        DOWN,
        "Ratchaburi",
        "baansangob.yoga@example.com",
        (),
        (),
        offers=(o("ชุดโยคะ เลกกิ้งเอวสูง บราโยคะ ผ้านุ่มยืดหยุ่น", "yoga_wear"),),
        needs=(
            n("ผ้าไนลอนสแปนเด็กซ์ ต้องได้มาตรฐาน OEKO-TEX", "spandex_knit_fabric", certs=(OEKO,)),
            n("โรงงานรับเย็บ (CMT) งานผ้ายืด จำนวนน้อย 200 ตัวต่อแบบ", "sewing_cmt_service"),
        ),
    ),
    Sme(
        55,
        "en",
        "Flexi Knit Industries Co., Ltd.",
        SPORT,
        MID,
        "Samut Prakan",
        "sales@flexiknit.example.com",
        (OEKO,),
        (),
        offers=(
            o("Nylon-spandex and poly-spandex knit, 4-way stretch, 180-280 gsm", "spandex_knit_fabric"),
            o("3D spacer mesh fabric 3-10 mm, breathable, for cushions, shoes and braces", "spacer_fabric_3d"),
        ),
        needs=(u("Nylon 6 and spandex yarns, stable supply", "nylon and spandex yarn"),),
    ),
    Sme(
        56,
        "th",
        "หจก. กาญจน์สปอร์ตแบ็ก",
        SPORT,
        DOWN,
        "Kanchanaburi",
        "kansportbag@example.com",
        (),
        (),
        offers=(o("กระเป๋ากีฬา เป้ กระเป๋ารองเท้า กันน้ำ รับสกรีนโลโก้ทีม", "sport_bag"),),
        needs=(n("ผ้ากันน้ำเคลือบ PU/TPU สำเร็จรูป", "waterproof_laminated_fabric"),),
    ),
    Sme(
        57,
        "en",
        "ThaiTex Testing Lab",
        SPORT,
        MID,
        "Bangkok",
        "lab@thaitextest.example.com",
        (),
        (),
        offers=(
            o(
                "Textile testing: wicking, UPF, colourfastness, compression, fibre composition and recycled content",
                "textile_testing_service",
            ),
        ),
    ),
    Sme(
        58,
        "th",
        "บจก. ปราจีนไมโครไฟเบอร์",
        SPORT,
        MID,
        "Prachinburi",
        "prachin.microfiber@example.com",
        (),
        (),
        offers=(
            o("ผ้าขนหนูไมโครไฟเบอร์สำหรับนักกีฬา แห้งไว พับเล็ก", "microfiber_towel"),
            o("ผ้าเย็น Cooling towel ชุบน้ำแล้วเย็นทันที สกรีนโลโก้ได้", "cooling_towel"),
        ),
        needs=(n("เส้นด้ายโพลีเอสเตอร์รีไซเคิลที่ได้มาตรฐาน GRS", "recycled_polyester_yarn", certs=("GRS",)),),
    ),
    # ------------------------------------------------ ageing lifestyle, central
    Sme(
        59,
        "en",
        "Chao Phraya Care Hospital",
        AGE_C,
        DOWN,
        "Bangkok",
        "procurement@cpcare.example.com",
        (),
        (),
        needs=(
            n(
                "Patient transfer sheets with handles, washable, ISO 13485 manufacturer only",
                "patient_transfer_sheet",
                certs=("ISO 13485",),
            ),
            n("Washable underpads (reusable incontinence pads) for 300 beds", "washable_underpad"),
            n(
                "Thai-style herbal compress balls for our Thai traditional medicine clinic, Thai FDA registered",
                "herbal_compress_ball",
                certs=(FDA,),
            ),
        ),
    ),
    Sme(
        60,
        "th",
        "บ้านพักผู้สูงอายุสุขใจ นนทบุรี",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "sukjai.home@example.com",
        (),
        (),
        offers=(o("บริการดูแลผู้สูงอายุรายวันและรายเดือน มีพยาบาลประจำ", "elderly_care_service"),),
        needs=(
            n("ผ้าอ้อมผู้ใหญ่แบบเทป ไซซ์ M-L ต้องมีเลข อย.", "adult_diaper_disposable", certs=(FDA,)),
            n("ชุดผู้สูงอายุแบบเปิดหลังหรือติดตีนตุ๊กแก ใส่ง่าย", "adaptive_clothing_elderly"),
            n("ถุงเท้ากันลื่นสำหรับผู้สูงอายุ", "anti_slip_socks"),
        ),
    ),
    Sme(
        61,
        "en",
        "MedTex Solutions Co., Ltd.",
        AGE_C,
        MID,
        "Samut Prakan",
        "sales@medtex.example.com",
        ("ISO 13485", FDA, "ISO 9001"),
        (),
        offers=(
            o(
                "Patient transfer sheet with 8 handles, low-friction, washable 100+ cycles, load 200 kg",
                "patient_transfer_sheet",
            ),
            o("Reusable incontinence underpads 4-layer, 90x90 cm, washable 200 times", "washable_underpad"),
        ),
        needs=(
            n("PU-laminated waterproof fabric for the bottom layer of underpads", "waterproof_laminated_fabric"),
            u("Nylon taffeta low-friction fabric for transfer sheets", "low-friction nylon taffeta"),
            n("Hook & loop tape for handles", "hook_and_loop_tape"),
        ),
    ),
    Sme(
        62,
        "th",
        "บจก. ปทุมนอนวูฟเวน",
        AGE_C,
        MID,
        "Pathum Thani",
        "pathum.nonwoven@example.com",
        ("ISO 9001", TIS),
        (),
        offers=(
            o("ผ้าสปันบอนด์ PP 10-150 แกรม สีขาว/สีฟ้า สำหรับผ้าอ้อม หน้ากาก ชุดกาวน์", "nonwoven_spunbond"),
            o("ผ้าเมลต์โบลน์ BFE 95/99 สำหรับชั้นกรองหน้ากาก", "meltblown_fabric"),
        ),
        needs=(u("ต้องการเม็ดพลาสติก PP เกรดสปันบอนด์ MFI 35 เดือนละ 200 ตัน", "PP resin"),),
    ),
    Sme(
        63,
        "en",
        "Siam Hygiene Products Co., Ltd.",
        AGE_C,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "purchasing@siamhygiene.example.com",
        (FDA, "ISO 13485"),
        (),
        offers=(
            o("Adult diapers tape type & pants type, M-XL, Thai FDA registered", "adult_diaper_disposable"),
            o("Disposable underpads 60x90 cm, 10 pcs/pack", "disposable_underpad"),
            o("3-ply surgical masks, BFE 99%, Thai FDA registered", "face_mask_disposable"),
        ),
        needs=(
            n("Spunbond nonwoven, hydrophilic, 15 gsm", "nonwoven_spunbond"),
            n("Meltblown fabric BFE 99 for mask filter layer", "meltblown_fabric"),
            u("Fluff pulp and SAP (superabsorbent polymer)", "fluff pulp and superabsorbent polymer"),
        ),
    ),
    Sme(
        64,
        "th",
        "หจก. นครปฐมลิเนน",
        AGE_C,
        DOWN,
        "Nakhon Pathom",
        "nplinen@example.com",
        (TIS,),
        (),
        offers=(
            o("ผ้าปูที่นอนโรงพยาบาล ผ้าฝ้ายผสม TC ได้ มอก. ซักอุณหภูมิสูงได้", "hospital_bed_sheet"),
            o("ผ้าขวางเตียงผ้าฝ้าย (draw sheet) สีขาวและสีฟ้า", "draw_sheet"),
            o("ชุดผู้ป่วย เสื้อผูกหลัง กางเกงเอวยางยืด", "patient_gown"),
        ),
        needs=(n("ผ้าดิบ TC หรือผ้าฝ้ายทอเครื่อง หน้ากว้าง 90 นิ้ว สำหรับตัดผ้าปูเตียง", "cotton_greige_fabric"),),
    ),
    Sme(
        65,
        "en",
        "Hua Hin Longevity Resort & Spa",
        AGE_C,
        DOWN,
        "Prachuap Khiri Khan",
        "purchasing@huahinlongevity.example.com",
        (),
        ("green",),
        offers=(
            o(
                "Senior wellness retreat packages 7-30 nights, with doctor and physio on site",
                "wellness_retreat_service",
            ),
        ),
        needs=(
            n("Spa robes and bath towels in natural cotton, 400 sets", "towel_terry_cotton"),
            n("Herbal compress balls, fresh every week", "herbal_compress_ball"),
        ),
    ),
    Sme(
        66,
        "th",
        "ร้านสุขภาพดีเมดิคอล",
        AGE_C,
        DOWN,
        "Bangkok",
        "sukkhaphapdee@example.com",
        (),
        (),
        offers=(
            o(
                "ขายปลีก-ส่งอุปกรณ์ผู้สูงอายุ 3 สาขา และร้านออนไลน์ รับสินค้าฝากขาย",
                "distribution_elderly_care_products",
            ),
        ),
        needs=(
            n("ถุงเท้าสำหรับผู้ป่วยเบาหวาน (diabetic socks)", "diabetic_socks"),
            n("เบาะรองนั่งลดแผลกดทับ", "pressure_relief_cushion"),
            n("ถุงน่องทางการแพทย์ ต้องมีเลข อย.", "medical_compression_stocking", certs=(FDA,)),
        ),
    ),
    Sme(
        67,
        "en",
        "EasyDress Adaptive Apparel Co., Ltd.",
        AGE_C,
        MID,
        "Nonthaburi",
        "info@easydress.example.com",
        (),
        (),
        offers=(
            o(
                "Adaptive clothing for elderly: magnetic/velcro front, side-open pants, back-open nightgowns",
                "adaptive_clothing_elderly",
            ),
        ),
        needs=(
            n(
                "Soft handwoven cotton fabric, natural dyed — OEKO-TEX not needed",
                "cotton_fabric_handwoven_natural_dye",
                "cotton_fabric_handwoven_indigo",
                waives=(OEKO,),
            ),
        ),
    ),
    Sme(
        68,
        "th",
        "โรงงานเย็บผ้าสาครการ์เมนท์",
        AGE_C,
        MID,
        "Samut Sakhon",
        "sakhon.garment@example.com",
        (),
        (),
        offers=(
            o("รับเย็บ CMT เสื้อผ้าทุกชนิด ยูนิฟอร์ม ชุดนักเรียน ชุดผู้ป่วย ขั้นต่ำ 500 ตัว", "sewing_cmt_service"),
            o("เสื้อยืดคอกลมเปล่า ผ้าคอตตอน 100% เบอร์ 32 ไม่สกรีน มีทุกไซซ์", "blank_tshirt"),
        ),
        needs=(
            n(
                "ต้องการจักรเย็บอุตสาหกรรม และช่างซ่อมจักรประจำ",
                "industrial_sewing_machine",
                "sewing_machine_repair_service",
            ),
        ),
    ),
    Sme(
        69,
        "en",
        "CleanCare Hospital Laundry Co., Ltd.",
        AGE_C,
        DOWN,
        "Bangkok",
        "ops@cleancare.example.com",
        ("ISO 9001",),
        (),
        offers=(
            o(
                "Hospital & hotel linen laundry, pick-up daily, barrier washer, RFID tracking",
                "industrial_laundry_service",
            ),
        ),
        needs=(
            n(
                "Replacement bed sheets and draw sheets, 2,000 pcs/quarter, TIS standard",
                "hospital_bed_sheet",
                "draw_sheet",
                certs=(TIS,),
            ),
            n(
                "Someone to take our worn-out cotton linen for recycling, about 3 t/month",
                "textile_waste_collection_service",
            ),
        ),
    ),
    Sme(
        70,
        "th",
        "หจก. ผ้าขนหนูอ่างทอง",
        AGE_C,
        MID,
        "Ang Thong",
        "angthong.towel@example.com",
        ("OTOP",),
        (),
        offers=(
            o(
                "ผ้าขนหนูคอตตอน 100% เกรดโรงแรม 500-650 แกรม และเสื้อคลุมอาบน้ำ ปักชื่อโรงแรมได้",
                "towel_terry_cotton",
            ),
        ),
        needs=(n("ด้ายฝ้ายปั่นเครื่อง Ne 16/1 เดือนละ 5 ตัน", "cotton_yarn_machine_spun"),),
    ),
    Sme(
        71,
        "en",
        "Andaman Pearl Resorts Group",
        AGE_C,
        DOWN,
        "Phuket",
        "purchasing@andamanpearl.example.com",
        (),
        ("green",),
        offers=(
            o(
                "Retired hotel towels and bed sheets, washed, 1-2 t per quarter — free for recyclers or upcyclers",
                "used_hotel_linen",
            ),
        ),
        needs=(
            n("Bath towels 600 gsm, hotel grade, 3,000 pcs", "towel_terry_cotton"),
            n("Local handmade amenity pouches, krajood preferred", "krajood_bag"),
        ),
    ),
    Sme(
        72,
        "th",
        "แบรนด์เสื้อผ้าเด็กละมุน",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "lamunbaby@example.com",
        (OEKO,),
        (),
        offers=(o("ชุดเด็กอ่อนผ้าคอตตอนออร์แกนิก บอดี้สูท ผ้าอ้อมผ้า หมวก ได้ OEKO-TEX", "baby_clothes_organic"),),
        needs=(
            n("ผ้ายืดคอตตอนออร์แกนิก ต้องได้ GOTS", "organic_cotton_knit_fabric", certs=("GOTS",)),
            n("โรงงานเย็บเสื้อผ้าเด็ก (CMT) ขั้นต่ำไม่สูง", "sewing_cmt_service"),
        ),
    ),
    Sme(
        73,
        "en",
        "GreenKnit Organic Co., Ltd.",
        AGE_C,
        MID,
        "Bangkok",
        "sales@greenknit.example.com",
        ("GOTS", OEKO),
        ("bio", "green"),
        offers=(
            o("GOTS organic cotton single jersey & rib, 160-220 gsm, natural or dyed", "organic_cotton_knit_fabric"),
            o("Conventional cotton jersey, OEKO-TEX Standard 100, 30 colours in stock", "cotton_knit_fabric"),
        ),
        needs=(
            u(
                "GOTS-certified organic cotton yarn, ring spun Ne 30/1, 5 t/month",
                "GOTS organic cotton machine-spun yarn",
                certs=("GOTS",),
            ),
        ),
    ),
    Sme(
        74,
        "th",
        "สตูดิโอออกแบบคราฟต์ดี",
        AGE_C,
        DOWN,
        "Bangkok",
        "craftdee.studio@example.com",
        (),
        (),
        offers=(
            o(
                "ออกแบบผลิตภัณฑ์ แพ็กเกจจิ้ง และคอลเลกชันสำหรับงานแฟร์ มีผลงานกับกลุ่ม OTOP กว่า 40 กลุ่ม",
                "product_design_service",
            ),
            o("ถ่ายภาพสินค้าและดูแลร้านออนไลน์ Shopee/Lazada/Facebook", "online_marketing_service"),
        ),
    ),
    Sme(
        75,
        "en",
        "TexFund Microfinance Co., Ltd.",
        AGE_C,
        DOWN,
        "Bangkok",
        "loan@texfund.example.com",
        (),
        (),
        offers=(
            o(
                "Working capital and machinery loans for textile SMEs and community enterprises, 50,000-3,000,000 THB",
                "sme_loan",
            ),
        ),
    ),
    Sme(
        76,
        "th",
        "ร้านนครสวรรค์จักรกล",
        AGE_C,
        MID,
        "Nakhon Sawan",
        "nsw.machinery@example.com",
        (),
        (),
        offers=(
            o("จำหน่ายจักรเย็บผ้าอุตสาหกรรม จักรโพ้ง จักรลา ทั้งมือหนึ่งและมือสอง", "industrial_sewing_machine"),
            o("รับซ่อมจักรนอกสถานที่ ภาคกลางและภาคเหนือตอนล่าง", "sewing_machine_repair_service"),
            o("กี่กระตุกไม้สักและอุปกรณ์ทอผ้า ฟืม กระสวย สั่งทำได้", "handloom_wooden"),
        ),
        needs=(n("หาพันธมิตรสินเชื่อเช่าซื้อเครื่องจักรให้ลูกค้า", "sme_loan"),),
    ),
    Sme(
        77,
        "en",
        "ComfortSeat Medical Co., Ltd.",
        AGE_C,
        DOWN,
        "Lopburi",
        "sales@comfortseat.example.com",
        ("ISO 13485",),
        (),
        offers=(
            o(
                "Pressure-relief seat cushions and heel protectors for bedridden and wheelchair users",
                "pressure_relief_cushion",
            ),
        ),
        needs=(
            n("3D spacer fabric for breathable cushion top layer", "spacer_fabric_3d"),
            n(
                "Waterproof PU-coated fabric for cushion covers, OEKO-TEX certified",
                "waterproof_laminated_fabric",
                certs=(OEKO,),
            ),
        ),
    ),
    # ------------------------------------------------ ageing lifestyle, Isan
    Sme(
        78,
        "th",
        "กลุ่มหมอนขิดบ้านศรีฐาน",
        AGE_I,
        DOWN,
        "Yasothon",
        "srithan.khitpillow@example.com",
        ("OTOP",),
        (),
        offers=(
            o("หมอนขิดสามเหลี่ยม 10 ช่อง ยัดนุ่นแท้ ผ้าฝ้ายลายขิด สินค้า OTOP 5 ดาว", "khit_pillow"),
            o("เบาะรองนั่งลายขิดและที่นอนพับ", "khit_floor_cushion"),
        ),
        needs=(
            n("นุ่นคัดเมล็ดออกแล้ว สำหรับยัดหมอน เดือนละ 1 ตัน", "kapok_fibre"),
            n("ผ้าดิบทอเครื่อง สำหรับทำไส้หมอนชั้นใน", "cotton_greige_fabric"),
            n("หาผู้ส่งออกไปญี่ปุ่นหรือยุโรป", "export_trading_service"),
        ),
    ),
    Sme(
        79,
        "th",
        "วิสาหกิจชุมชนเสื่อกกบ้านหนองแวง",
        AGE_I,
        UP,
        "Roi Et",
        "nongwaeng.mat@example.com",
        ("OTOP",),
        ("bio",),
        offers=(
            o("นุ่นคัดเมล็ด ตีฟู บรรจุกระสอบ 20 กก.", "kapok_fibre"),
            o("เสื่อกกทอมือ ย้อมสี ลายโบราณ ขนาด 1.5x2 ม.", "reed_mat"),
        ),
        needs=(n("หาดีไซเนอร์ออกแบบลายเสื่อสมัยใหม่ ให้เข้ากับบ้านคนเมือง", "product_design_service"),),
    ),
    Sme(
        80,
        "en",
        "Isan Elder Care Home Khon Kaen",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "admin@isanelder.example.com",
        (),
        (),
        offers=(o("Short-stay and day care for elderly, 40 beds", "elderly_care_service"),),
        needs=(
            n("Adult diapers, Thai FDA registered, 3,000 pcs/month", "adult_diaper_disposable", certs=(FDA,)),
            n("Reusable cloth underpads, washable 200 times", "washable_underpad"),
            u("Trained caregivers on contract (staffing agency)", "caregiver staffing"),
        ),
    ),
    Sme(
        81,
        "th",
        "โรงพยาบาลชุมชนบ้านผือ",
        AGE_I,
        DOWN,
        "Udon Thani",
        "banphue.hospital@example.com",
        (),
        (),
        needs=(
            n("ผ้าสไลด์ยกตัวผู้ป่วย (transfer sheet) มีหูจับ", "patient_transfer_sheet"),
            n(
                "ลูกประคบสมุนไพร สำหรับแผนกแพทย์แผนไทย ต้องขึ้นทะเบียน อย.",
                "herbal_compress_ball",
                certs=(FDA,),
            ),
            n("หน้ากากอนามัยทางการแพทย์ 3 ชั้น มี อย.", "face_mask_disposable", certs=(FDA,)),
        ),
    ),
    Sme(
        82,
        "th",
        "วิสาหกิจชุมชนลูกประคบสมุนไพรบ้านดอนหว่าน",
        AGE_I,
        DOWN,
        "Maha Sarakham",
        "donwan.herbal@example.com",
        (FDA, "OTOP"),
        ("bio",),
        offers=(o("ลูกประคบสมุนไพรสดและแห้ง สูตรพื้นบ้านอีสาน มีเลข อย. และ OTOP 4 ดาว", "herbal_compress_ball"),),
        needs=(
            n("ผ้าดิบทอเครื่อง (ผ้าฝ้ายดิบ) สำหรับห่อลูกประคบ เดือนละ 500 เมตร ราคาไม่เกินเมตรละ 25 บาท", "cotton_greige_fabric"),
            u("สมุนไพรแห้ง ไพล ขมิ้นชัน ตะไคร้ ปลอดสารเคมี", "dried herbs for compress balls"),
        ),
    ),
    Sme(
        83,
        "en",
        "Mekong Weaving Mill",
        AGE_I,
        MID,
        "Nakhon Phanom",
        "mill@mekongweaving.example.com",
        (),
        (),
        offers=(
            o("Pha khao ma, cotton loincloth, checked pattern, power-loom woven, 80x180 cm", "pha_khao_ma"),
            o(
                "Cotton greige fabric (unbleached) by the metre, 36-90 inch width, also TC 65/35",
                "cotton_greige_fabric",
            ),
        ),
        needs=(
            n("Cotton yarn, machine spun, Ne 20/2 for warp", "cotton_yarn_machine_spun"),
            n("Natural dye training for our 30 weavers, on-site in Nakhon Phanom preferred", "natural_dye_training"),
        ),
    ),
    Sme(
        84,
        "th",
        "กลุ่มทอผ้าไหมบ้านโนนเขวา",
        AGE_I,
        MID,
        "Khon Kaen",
        "nonkhwao.silk@example.com",
        (PEACOCK, "OTOP"),
        (),
        offers=(
            o("ผ้าไหมพื้นทอมือ สีพื้น ตรานกยูงสีเงิน", "silk_fabric_plain"),
            o("ผ้าพันคอไหม ย้อมสีธรรมชาติ OTOP 4 ดาว", "silk_scarf"),
        ),
        needs=(n("เส้นไหมน้อยสาวมือ เดือนละ 20 กก.", "silk_yarn_handreeled"),),
    ),
    Sme(
        85,
        "en",
        "Ubon Wellness Spa & Senior Day Club",
        AGE_I,
        DOWN,
        "Ubon Ratchathani",
        "booking@ubonwellness.example.com",
        (),
        (),
        offers=(o("Thai massage and foot reflexology course, 150 hours", "thai_massage_training"),),
        needs=(
            n("Herbal compress balls", "herbal_compress_ball"),
            n("Pha khao ma cotton loincloths for spa guests", "pha_khao_ma"),
            n("Triangle cushions (khit pillows) for massage rooms, OTOP only", "khit_pillow", certs=("OTOP",)),
        ),
    ),
    Sme(
        86,
        "th",
        "กลุ่มทอผ้าไหมแพรวาบ้านโพน",
        AGE_I,
        MID,
        "Kalasin",
        "banphon.praewa@example.com",
        (PEACOCK, "OTOP"),
        (),
        offers=(o("ผ้าไหมแพรวาทอมือ ลายโบราณ หนึ่งผืนใช้เวลาทอ 1-3 เดือน", "praewa_silk_fabric"),),
        needs=(
            n(
                "เส้นไหมสาวมือ สีธรรมชาติ ไม่จำเป็นต้องมีตรานกยูง",
                "silk_yarn_handreeled",
                waives=(PEACOCK,),
            ),
            n("ตัวแทนจำหน่ายผ้าแพรวาในต่างประเทศ", "export_trading_service"),
        ),
    ),
    Sme(
        87,
        "th",
        "ร้านของฝากบุรีรัมย์สตรีทช็อป",
        AGE_I,
        DOWN,
        "Buriram",
        "buriram.streetshop@example.com",
        (),
        (),
        offers=(
            o(
                "รับสินค้าชุมชนฝากขาย 2 สาขา หน้าสนามฟุตบอลและสนามแข่งรถ",
                "distribution_natural_textile_products",
            ),
        ),
        needs=(
            n(
                "หมอนขิดและเบาะรองนั่งลายขิด ที่เป็นสินค้า OTOP 4 ดาวขึ้นไป",
                "khit_pillow",
                "khit_floor_cushion",
                certs=("OTOP",),
            ),
        ),
    ),
    Sme(
        88,
        "en",
        "Easy Wear Isan",
        AGE_I,
        DOWN,
        "Nong Khai",
        "hello@easywearisan.example.com",
        (),
        (),
        offers=(
            o(
                "Elderly-friendly clothes, we are produce from handwoven cotton: wrap pant, front-open shirt with "
                "snap button",
                "adaptive_clothing_elderly",
            ),
        ),
        needs=(
            n(
                "Handwoven cotton fabric, indigo or other natural dyes, 100 m/month",
                "cotton_fabric_handwoven_indigo",
                "cotton_fabric_handwoven_natural_dye",
            ),
            n("Hook & loop tape and plastic snap buttons", "hook_and_loop_tape"),
        ),
    ),
    Sme(
        89,
        "th",
        "กลุ่มปลูกฝ้ายพื้นเมืองบ้านโพธิ์",
        AGE_I,
        UP,
        "Sisaket",
        "banpho.cotton@example.com",
        (),
        ("bio",),
        offers=(
            o(
                "ฝ้ายพื้นเมืองปุยดิบ (ฝ้ายขาว/ฝ้ายตุ่น) ปลูกแบบไม่ใช้สารเคมี ยังไม่ได้ขอรับรอง",
                "cotton_lint_native",
            ),
        ),
        needs=(u("เครื่องอีดฝ้าย (หีบเมล็ดฝ้าย) แบบใช้มอเตอร์", "motorised cotton gin"),),
    ),
    Sme(
        90,
        "en",
        "Udon Care Textiles Co., Ltd.",
        AGE_I,
        MID,
        "Udon Thani",
        "sales@udoncare.example.com",
        (),
        (),
        offers=(
            o("Anti-slip socks with silicone dots for elderly, hospital and home use", "anti_slip_socks"),
            o("Knitted knee & ankle supports, breathable", "knee_support_brace"),
        ),
        needs=(
            u("Silicone dot printing machine for anti-slip socks, new or used", "silicone dot printing machine"),
            n("Sock knitting subcontractor, we provide design and yarn", "sock_knitting_oem"),
        ),
    ),
    Sme(
        91,
        "th",
        "ศูนย์ดูแลผู้สูงอายุบ้านอุ่นใจ ชัยภูมิ",
        AGE_I,
        DOWN,
        "Chaiyaphum",
        "baanounjai@example.com",
        (),
        (),
        offers=(o("รับดูแลผู้สูงอายุติดเตียงระยะยาว", "elderly_care_service"),),
        needs=(
            n("แผ่นรองซับแบบซักได้ 100 ผืน", "washable_underpad"),
            n("ผ้าอ้อมผู้ใหญ่แบบกางเกง ต้องมีเลข อย.", "adult_diaper_disposable", certs=(FDA,)),
            n("ชุดผู้ป่วยผูกหลัง ผ้าฝ้าย", "patient_gown"),
        ),
    ),
    Sme(
        92,
        "th",
        "กลุ่มตัดเย็บบ้านคำชะอี",
        AGE_I,
        MID,
        "Mukdahan",
        "khamchai.sewing@example.com",
        ("OTOP",),
        (),
        offers=(
            o("ผ้าอ้อมผ้าผู้ใหญ่ ซักได้ เย็บเอง", "washable_adult_diaper_cloth"),
            o("หน้ากากผ้าฝ้าย 2 ชั้น ซักได้", "face_mask_washable"),
        ),
        needs=(
            n("ผ้าดิบหรือผ้าสาลู ทอเครื่อง หน้ากว้าง 36 นิ้วขึ้นไป", "cotton_greige_fabric"),
            n("ผ้ากันน้ำ PU สำหรับชั้นกลางแผ่นรองซับ", "waterproof_laminated_fabric"),
        ),
    ),
    Sme(
        93,
        "en",
        "Korat Spinning Mill Co., Ltd.",
        AGE_I,
        UP,
        "Nakhon Ratchasima",
        "yarn@koratspinning.example.com",
        ("ISO 9001",),
        (),
        offers=(
            o("Cotton yarn, machine spun, carded & combed Ne 10-40, also CVC", "cotton_yarn_machine_spun"),
            o(
                "Recycled polyester spun yarn Ne 30/1 from bottle flake (GRS application in progress)",
                "recycled_polyester_yarn",
            ),
        ),
        needs=(
            n(
                "Raw cotton lint, any origin, 20 t/month — organic not required",
                "cotton_lint_organic",
                "cotton_lint_native",
            ),
            n("Clean PET bottles, baled — we have own flaking line", "pet_bottles_baled"),
        ),
    ),
    Sme(
        94,
        "th",
        "ศูนย์ฝึกอบรมหัตถกรรมอำนาจเจริญ",
        AGE_I,
        DOWN,
        "Amnat Charoen",
        "amnat.craftcenter@example.com",
        (),
        (),
        offers=(o("หลักสูตรอบรมย้อมสีธรรมชาติและการทอผ้าสำหรับกลุ่มชุมชน 5 วัน", "natural_dye_training"),),
        needs=(n("วิทยากรด้านการตลาดออนไลน์และการถ่ายภาพสินค้า", "online_marketing_service"),),
    ),
    Sme(
        95,
        "en",
        "Trang Latex Living Co., Ltd.",
        AGE_C,
        DOWN,
        "Trang",
        "sales@tranglatex.example.com",
        ("FSC", OEKO),
        ("bio",),
        offers=(
            o("Natural latex pillows, contour & classic, FSC-certified latex", "latex_pillow"),
            o("Latex mattress topper 5 cm for elderly beds", "latex_mattress_topper"),
        ),
        needs=(
            n(
                "Knitted cover fabric, cotton or organic cotton, OEKO-TEX certified",
                "organic_cotton_knit_fabric",
                "cotton_knit_fabric",
                certs=(OEKO,),
            ),
        ),
    ),
)

# ---------------------------------------------------------------- links

TARGET_LINKS = (140, 180)
TARGET_CROSS_SHARE = 0.45
TARGET_UNMET = (15, 25)

_ID = re.compile(r"^bex-\d{3}$")
_LABEL = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_EMAIL = re.compile(r"^[A-Za-z0-9._-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
_THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
_LATIN_LETTER = re.compile("[A-Za-z]")


def need_suppliers(buyer: Sme, need: Need) -> set[str]:
    """Ids of the SMEs (other than the buyer) whose offers meet this need."""
    wanted = set(need.labels)
    found: set[str] = set()
    for supplier in SMES:
        if supplier.id == buyer.id:
            continue
        if not wanted & {offer.label for offer in supplier.offers}:
            continue
        if set(need.certs) <= set(supplier.certifications):
            found.add(supplier.id)
    return found


def true_links() -> list[tuple[str, str]]:
    pairs = {(s, buyer.id) for buyer in SMES for need in buyer.needs for s in need_suppliers(buyer, need)}
    return sorted(pairs)


# ---------------------------------------------------------------- checks


def _script_share(text: str, lang: str) -> float:
    thai = len(_THAI_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    total = thai + latin
    if total == 0:
        return 0.0
    return (thai if lang == "th" else latin) / total


def check() -> list[str]:
    errors: list[str] = []
    ids = [sme.id for sme in SMES]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if len({sme.name for sme in SMES}) != len(SMES):
        errors.append("duplicate names")
    offered_by: dict[str, set[str]] = {}
    for sme in SMES:
        for offer in sme.offers:
            offered_by.setdefault(offer.label, set()).add(sme.id)

    for sme in SMES:
        where = sme.id
        if not _ID.match(sme.id):
            errors.append(f"{where}: malformed id")
        if not sme.name.strip():
            errors.append(f"{where}: empty name")
        if sme.language not in LANGUAGES:
            errors.append(f"{where}: language {sme.language!r}")
        try:
            SubCluster(sme.sub_cluster)
            Stage(sme.stage)
        except ValueError as exc:
            errors.append(f"{where}: {exc}")
        province = resolve_province(sme.province)
        if province is None or province.name_en != sme.province:
            errors.append(f"{where}: province {sme.province!r} not a canonical English province name")
        for cert in sme.certifications:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} not canonical")
        for tag in sme.bcg:
            if tag not in {t.value for t in BcgTag}:
                errors.append(f"{where}: bcg tag {tag!r}")
        if not _EMAIL.match(sme.email):
            errors.append(f"{where}: email {sme.email!r}")
        if len(sme.offers) > 4 or len(sme.needs) > 4:
            errors.append(f"{where}: more than 4 offers or needs")
        phrases = [offer.text for offer in sme.offers] + [need.text for need in sme.needs]
        for text in phrases:
            if text != text.strip() or not text:
                errors.append(f"{where}: blank or padded phrase {text!r}")
            if _script_share(text, sme.language) <= 0.5:
                errors.append(f"{where}: phrase not mostly in its language's script: {text!r}")
        for offer in sme.offers:
            if not _LABEL.match(offer.label):
                errors.append(f"{where}: bad offer label {offer.label!r}")
        for need in sme.needs:
            for cert in (*need.certs, *need.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: need certification {cert!r} not canonical")
            if set(need.certs) & set(need.waives):
                errors.append(f"{where}: a need both requires and waives a certification")
            if not need.labels:
                if not need.note:
                    errors.append(f"{where}: need met by no one without a note: {need.text!r}")
                continue
            if need.note:
                errors.append(f"{where}: labelled need with a note: {need.text!r}")
            for label in need.labels:
                if not offered_by.get(label, set()) - {sme.id}:
                    errors.append(f"{where}: need label {label!r} offered by no one else")
            if not need_suppliers(sme, need):
                errors.append(f"{where}: labelled need has no qualifying supplier: {need.text!r}")

    links = true_links()
    if any(s == b for s, b in links):
        errors.append("self link")
    lang = {sme.id: sme.language for sme in SMES}
    cross = sum(lang[s] != lang[b] for s, b in links)
    if not TARGET_LINKS[0] <= len(links) <= TARGET_LINKS[1]:
        errors.append(f"{len(links)} links, target {TARGET_LINKS}")
    if links and cross / len(links) < TARGET_CROSS_SHARE:
        errors.append(f"cross-language share {cross / len(links):.2f} < {TARGET_CROSS_SHARE}")
    unmet = sum(not need.labels for sme in SMES for need in sme.needs)
    if not TARGET_UNMET[0] <= unmet <= TARGET_UNMET[1]:
        errors.append(f"{unmet} needs met by no one, target {TARGET_UNMET}")
    if not any(need.certs and need.labels for sme in SMES for need in sme.needs):
        errors.append("no met need requires a certification")
    if not any(need.waives for sme in SMES for need in sme.needs):
        errors.append("no need waives a certification")
    return errors


# ---------------------------------------------------------------- output


def profile_record(sme: Sme) -> dict[str, object]:
    return {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub_cluster.value,
        "stage": sme.stage.value,
        "province": sme.province,
        "offers": [offer.text for offer in sme.offers],
        "needs": [need.text for need in sme.needs],
        "certifications": list(sme.certifications),
        "bcg": list(sme.bcg),
        "contact_email": sme.email,
        "language": sme.language,
    }


def stats() -> list[tuple[str, str]]:
    """The counts quoted in README.md."""
    by_id = {sme.id: sme for sme in SMES}
    links = true_links()
    needs = [need for sme in SMES for need in sme.needs]
    cert_met = sum(bool(x.certs and x.labels) for x in needs)
    cert_unmet = sum(bool(x.certs and not x.labels) for x in needs)
    offers = [offer for sme in SMES for offer in sme.offers]
    regions = Counter(resolve_province(sme.province).region.value for sme in SMES)  # type: ignore[union-attr]
    langs = Counter(sme.language for sme in SMES)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(SMES))),
        ("language th / en", f"{langs['th']} / {langs['en']}"),
    ]
    subs = Counter(sme.sub_cluster.value for sme in SMES)
    rows += [(f"sub-cluster {s.value}", str(subs[s.value])) for s in SubCluster]
    stages = Counter(sme.stage.value for sme in SMES)
    rows += [(f"stage {s.value}", str(stages[s.value])) for s in Stage]
    rows += [(f"region {r}", str(regions[r])) for r in ("north", "northeast", "central", "east", "west", "south")]
    rows += [
        ("distinct provinces", str(len({sme.province for sme in SMES}))),
        ("offers / distinct offer labels", f"{len(offers)} / {len({o.label for o in offers})}"),
        (
            "needs / met / met by no one",
            f"{len(needs)} / {sum(bool(x.labels) for x in needs)} / {sum(not x.labels for x in needs)}",
        ),
        (
            "needs requiring a certification (met / unmet)",
            f"{sum(bool(x.certs) for x in needs)} ({cert_met} / {cert_unmet})",
        ),
        ("needs naming a certification only to waive it", str(sum(bool(x.waives) for x in needs))),
        ("true links", str(len(links))),
    ]
    th_en = sum(by_id[s].language == "th" and by_id[b].language == "en" for s, b in links)
    en_th = sum(by_id[s].language == "en" and by_id[b].language == "th" for s, b in links)
    th_th = sum(by_id[s].language == "th" and by_id[b].language == "th" for s, b in links)
    en_en = sum(by_id[s].language == "en" and by_id[b].language == "en" for s, b in links)
    cross = th_en + en_th
    rows += [
        ("cross-language links (share)", f"{cross} ({100 * cross / len(links):.1f}%)"),
        ("  Thai supplier → English buyer", str(th_en)),
        ("  English supplier → Thai buyer", str(en_th)),
        ("within-language links th→th / en→en", f"{th_th} / {en_en}"),
        (
            "links between different sub-clusters",
            str(sum(by_id[s].sub_cluster != by_id[b].sub_cluster for s, b in links)),
        ),
        ("SMEs in at least one link", str(len({x for pair in links for x in pair}))),
    ]
    return rows


def main() -> int:
    errors = check()
    if errors:
        for error in errors:
            print("FAIL:", error, file=sys.stderr)
        print("nothing written", file=sys.stderr)
        return 1
    jsonl = "".join(json.dumps(profile_record(sme), ensure_ascii=False) + "\n" for sme in SMES)
    csv_text = "supplier_id,buyer_id\n" + "".join(f"{s},{b}\n" for s, b in true_links())
    (HERE / "profiles.jsonl").write_bytes(jsonl.encode("utf-8"))
    (HERE / "links.csv").write_bytes(csv_text.encode("utf-8"))
    print("| count | value |\n|---|---|")
    for name, value in stats():
        print(f"| {name} | {value} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
