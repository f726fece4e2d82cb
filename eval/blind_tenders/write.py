"""Blind tenders: a hand-written, labelled evaluation set in procurement and catalogue register.

Every offer carries a label saying what the thing is; every need lists the offer labels that
meet it and the certifications its text requires, or says what it asks for that nobody offers.
Links are derived from labels and certifications only, never from shared words.

Run from the project root:  .venv/bin/python eval/blind_tenders/write.py
Nothing is written unless every check passes.
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

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    LANGUAGES,
    BcgTag,
    Region,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

HERE = Path(__file__).resolve().parent
PROFILES_PATH = HERE / "profiles.jsonl"
LINKS_PATH = HERE / "links.csv"


@dataclass(frozen=True)
class Offer:
    label: str
    text: str


@dataclass(frozen=True)
class Need:
    text: str
    meets: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    wants: str | None = None


@dataclass(frozen=True)
class Sme:
    id: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    language: str
    email: str
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    offers: tuple[Offer, ...] = ()
    needs: tuple[Need, ...] = ()


def met(text: str, *meets: str, requires: tuple[str, ...] = ()) -> Need:
    return Need(text=text, meets=meets, requires=requires)


def unmet(wants: str, text: str, requires: tuple[str, ...] = ()) -> Need:
    return Need(text=text, requires=requires, wants=wants)


# ------------------------------------------------------------------ what things are

LABELS: dict[str, str] = {
    # upstream goods
    "hemp_bast_fibre": "hemp bast fibre, stripped or decorticated, not yet spun",
    "hemp_yarn_handspun": "handspun hemp yarn or thread",
    "hemp_yarn_machinespun": "machine-spun hemp yarn",
    "cotton_lint_organic": "organically grown seed cotton or ginned lint",
    "cotton_yarn_handspun": "handspun cotton yarn",
    "silk_yarn_native": "hand-reeled Thai native silk yarn, undyed",
    "banana_fibre": "banana pseudostem fibre",
    "pineapple_fibre": "pineapple leaf fibre",
    "indigo_paste": "indigo dyestuff (wet indigo paste)",
    "lac_dye": "lac dyestuff (sticklac, seedlac)",
    "natural_dye_barks": "dried plant dyestuff: barks, fruit, heartwood",
    "sorted_textile_waste": "post-consumer textiles collected and sorted as feedstock",
    "cutting_waste_cotton": "pre-consumer cotton cutting scraps, selvedges, roll ends",
    "used_linen_waste": "retired hotel or hospital linen sold as waste",
    "recycled_cotton_fibre": "mechanically recycled cotton fibre",
    "recycled_cotton_yarn": "yarn spun with recycled cotton",
    "rpet_yarn": "recycled polyester filament yarn",
    "rpet_spinning_fibre": "recycled polyester staple fibre for spinning",
    "rpet_fill_fibre": "recycled polyester hollow fibre for filling",
    # services
    "spinning_service": "spinning on commission",
    "weaving_service": "weaving on commission",
    "knitting_service": "circular knitting on commission",
    "natural_dyeing_service": "natural (indigo, plant) dyeing on commission",
    "industrial_dyeing_service": "reactive or disperse dyeing of yarn or fabric on commission",
    "functional_finishing_service": "antibacterial, wicking or repellent finishing on commission",
    "sublimation_printing_service": "dye-sublimation printing on commission",
    "screen_printing_service": "screen printing on commission",
    "embroidery_service": "logo embroidery on commission",
    "cmt_sewing_service": "cut-make-trim sewing on commission",
    "shredding_service": "shredding and garnetting of textile waste on commission",
    "textile_takeback_service": "collection of retired textiles for recycling",
    "linen_laundry_service": "commercial laundry of linen",
    # midstream goods
    "hemp_fabric_handwoven": "handwoven hemp cloth, undyed",
    "hemp_fabric_indigo": "indigo-dyed hemp cloth by the metre",
    "cotton_fabric_handwoven_greige": "handwoven cotton cloth, undyed",
    "cotton_fabric_natural_dyed": "handwoven cotton cloth dyed with natural dyes, by the metre",
    "silk_fabric_handwoven": "handwoven silk cloth",
    "batik_fabric": "hand-drawn batik cloth",
    "polycotton_woven_fabric": "polyester/cotton woven fabric by the roll",
    "cotton_knit_fabric": "conventional cotton jersey or rib",
    "organic_cotton_jersey": "organic cotton jersey fabric",
    "performance_knit_fabric": "polyester moisture-management knit fabric",
    "rpet_knit_fabric": "recycled polyester knit fabric",
    "compression_fabric": "warp-knit nylon/elastane power fabric",
    "tpu_laminated_fabric": "TPU-laminated waterproof breathable fabric",
    "nonwoven_spunbond": "polypropylene spunbond or SMS nonwoven",
    "absorbent_core": "fluff pulp and SAP absorbent cores",
    "elastic_tape": "knitted or woven elastic tape",
    "webbing_strap": "woven webbing for handles and straps",
    # finished products
    "hemp_bag": "bags made of hemp cloth",
    "hemp_socks": "hemp-rich socks",
    "scarf_cotton": "cotton scarves",
    "scarf_silk": "silk scarves and shawls",
    "baby_clothes_organic": "organic cotton baby clothes",
    "spa_textiles": "spa robes, wraps and treatment-bed covers",
    "bath_towels": "terry towels",
    "bed_linen": "sheets, pillowcases, duvet covers",
    "patient_gown": "patient gowns and ward clothing",
    "work_uniform": "made-to-design staff uniforms and scrubs",
    "reusable_fabric_mask": "reusable multi-layer fabric face masks",
    "patient_transfer_sheet": "patient transfer or slide sheets with handles",
    "reusable_underpad": "washable incontinence underpads",
    "adult_diaper_disposable": "disposable adult diapers",
    "adult_diaper_reusable_cloth": "washable cloth adult briefs",
    "medical_compression_stockings": "medical graduated compression stockings",
    "sports_compression_garment": "compression sportswear",
    "sports_jersey": "team and event sports shirts",
    "grip_socks": "non-slip socks",
    "positioning_pillow": "pressure-relief positioning pillows",
    "elderly_adaptive_clothing": "easy-dressing clothing for older people",
    "recycled_tote_bag": "upcycled bags",
    "upcycled_rug": "rag rugs and mats from recovered fabric",
    "cleaning_mop": "mop heads and cleaning cloths",
}

# What unmet needs ask for: nobody in the set offers any of these.
WANTS: dict[str, str] = {
    "hemp_seed": "goods: certified fibre-hemp seed",
    "loan_indigo_tanks": "loan",
    "loan_drying_shed": "loan",
    "ginning_machine": "machinery",
    "silkworm_eggs": "goods: disease-free silkworm eggs",
    "export_distributor_banana": "customers",
    "decorticator": "machinery",
    "hammer_mill": "machinery",
    "pet_bottle_flakes": "goods: PET bottle flakes",
    "export_agent_yarn": "customers",
    "sewing_operators": "staff",
    "effluent_treatment": "machinery",
    "sublimation_printer": "machinery",
    "finisher_medals": "goods: medals",
    "spandex_yarn": "goods: elastane yarn",
    "athletics_coach": "staff",
    "low_friction_nylon": "goods: low-friction coated nylon fabric",
    "hosiery_machines": "machinery",
    "caregivers": "staff",
    "kapok": "goods: kapok fibre",
    "caregiver_training": "training",
    "pfd_cotton_cambric": "goods: machine-woven bleached cotton cambric",
    "organic_cotton_yarn_gots": "goods: GOTS organic ring-spun cotton yarn",
}

OT = "Organic Thailand"
OEKO = "OEKO-TEX Standard 100"
PEACOCK = "Thai Silk Peacock Emblem"
FDA = "Thai FDA"
TIS = "Thai Industrial Standard"

# ------------------------------------------------------------------ the SMEs

SMES: tuple[Sme, ...] = (
    # ---------------------------------------------------------- hemp and natural fibre
    Sme(
        id="btd-001",
        name="วิสาหกิจชุมชนใยกัญชงม้งดอยมูเซอ",
        sub_cluster="hemp_natural_fibre",
        stage="upstream",
        province="Tak",
        language="th",
        email="doimusoe.hemp@example.co.th",
        certifications=("OTOP",),
        bcg=("bio",),
        offers=(
            Offer(
                "hemp_yarn_handspun",
                "ด้ายใยกัญชงเข็นมือ สีธรรมชาติ ไม่ฟอกไม่ย้อม ลอกเปลือกและต่อเส้นด้วยมือตามวิธีม้ง "
                "ต้มกับขี้เถ้าแล้วทุบด้วยครกกระเดื่อง ขนาดเส้นประมาณ Nm 8–12 เส้นไม่สม่ำเสมอตามธรรมชาติ "
                "มัดเป็นไจ ไจละ 100 กรัม สินค้าโอทอปของอำเภอพบพระ",
            ),
            Offer(
                "hemp_bast_fibre",
                "เปลือกกัญชงลอกมือตากแห้ง ยังไม่ได้ปั่น ยาว 1.2–1.8 เมตร มัดละ 1 กก. มีของช่วง ต.ค.–ธ.ค.",
            ),
        ),
        needs=(
            unmet(
                "hemp_seed",
                "จัดหาเมล็ดพันธุ์กัญชงสายพันธุ์สำหรับเส้นใย ปริมาณสาร THC ไม่เกิน 1.0% พร้อมหนังสือรับรองพันธุ์ จำนวน 20 กก. ใช้ในฤดูปลูกปีหน้า",
            ),
        ),
    ),
    Sme(
        id="btd-002",
        name="Mae Chan Hemp Fibre Co., Ltd.",
        sub_cluster="hemp_natural_fibre",
        stage="upstream",
        province="Chiang Rai",
        language="en",
        email="fibre@maechanhemp.example.com",
        certifications=(OT,),
        bcg=("bio", "green"),
        offers=(
            Offer(
                "hemp_bast_fibre",
                "Art. MCH-DF60 decorticated hemp bast fibre, water-retted and degummed. Fibre length "
                "60-90 cm, residual shive < 3%, moisture max. 12%, pressed bales of 50 kg. Grown on "
                "Organic Thailand (TAS 9000) certified plots in Mae Chan district.",
            ),
        ),
        needs=(
            met(
                "Commission spinning of our own degummed hemp fibre into yarn, target Nm 14-26, "
                "trial lot 300 kg. We deliver the fibre and pay per kg of finished yarn.",
                "spinning_service",
            ),
        ),
    ),
    Sme(
        id="btd-003",
        name="กลุ่มทอผ้ากัญชงบ้านแม่สาใหม่",
        sub_cluster="hemp_natural_fibre",
        stage="midstream",
        province="Chiang Mai",
        language="th",
        email="maesamai.weave@example.co.th",
        certifications=("OTOP",),
        bcg=("bio",),
        offers=(
            Offer(
                "hemp_fabric_handwoven",
                "ผ้ากัญชงทอมือ 100% หน้ากว้าง 40 ซม. สีขาวนวลตามธรรมชาติ ไม่ผ่านการย้อม "
                "น้ำหนักราว 280 กรัม/ตร.ม. ทอด้วยกี่เอว ม้วนละ 10 เมตร",
            ),
            Offer(
                "weaving_service",
                "รับจ้างทอผ้าด้วยกี่พื้นเมืองตามแบบของลูกค้า ใช้เส้นด้ายของผู้ว่าจ้าง หน้ากว้างสูงสุด 70 ซม. คิดค่าแรงเป็นเมตร",
            ),
        ),
        needs=(
            met(
                "ต้องการซื้อด้ายกัญชงเข็นมือ ไม่ฟอกสี เดือนละ 30 กก. ขอเฉพาะที่เข็นด้วยมือ ด้ายปั่นเครื่องใช้ไม่ได้เพราะเนื้อผ้าจะเรียบเกินไป",
                "hemp_yarn_handspun",
            ),
        ),
    ),
    Sme(
        id="btd-004",
        name="Doi Suthep Natural Dye Works",
        sub_cluster="hemp_natural_fibre",
        stage="midstream",
        province="Chiang Mai",
        language="en",
        email="vats@doisuthepdye.example.com",
        certifications=("GOTS",),
        bcg=("bio", "green"),
        offers=(
            Offer(
                "natural_dyeing_service",
                "Natural dyeing on commission, customer's own yarn or fabric. Vats: fermented indigo "
                "(3 x 400 L), lac, ebony fruit, mango bark, Terminalia. Minimum lot 5 kg yarn or 20 m "
                "fabric. Colour fastness to washing ISO 105-C06 grade 3-4, to light ISO 105-B02 "
                "grade 3 (indigo 4). GOTS-certified processing unit.",
            ),
        ),
        needs=(
            met(
                "Indigo paste (wet, fermented Indigofera or Strobilanthes) for vat dyeing, "
                "indigotin content stated per lot, about 200 kg per quarter in sealed drums.",
                "indigo_paste",
            ),
            met("Sticklac or seedlac for reds, cleaned, 30 kg a month.", "lac_dye"),
            met(
                "Dried dyestuffs for the season: mango bark chips, ebony fruit and jackfruit "
                "heartwood, sun-dried and free of mould, 50 kg of each.",
                "natural_dye_barks",
            ),
        ),
    ),
    Sme(
        id="btd-005",
        name="กลุ่มผู้ผลิตห้อมเปียกบ้านทุ่งโฮ้ง",
        sub_cluster="hemp_natural_fibre",
        stage="upstream",
        province="Phrae",
        language="th",
        email="thunghong.hom@example.co.th",
        bcg=("bio",),
        offers=(
            Offer(
                "indigo_paste",
                "ห้อมเปียก (เนื้อห้อมหมัก) จากต้นห้อมที่ปลูกในชุมชน เนื้อเนียน สีน้ำเงินเข้ม "
                "ความชื้นประมาณร้อยละ 70 บรรจุถังพลาสติกปิดสนิท ถังละ 20 กก.",
            ),
        ),
        needs=(
            unmet(
                "loan_indigo_tanks",
                "ขอสินเชื่อดอกเบี้ยต่ำ วงเงิน 300,000 บาท ผ่อนชำระ 5 ปี เพื่อสร้างบ่อหมักห้อมแบบคอนกรีตและโรงเรือนตากใบ",
            ),
        ),
    ),
    Sme(
        id="btd-006",
        name="วิสาหกิจชุมชนครามอินทรีย์บ้านดอนกอย",
        sub_cluster="hemp_natural_fibre",
        stage="upstream",
        province="Sakon Nakhon",
        language="th",
        email="donkoi.khram@example.co.th",
        certifications=(OT,),
        bcg=("bio",),
        offers=(
            Offer(
                "indigo_paste",
                "เนื้อครามธรรมชาติ (ครามเปียก) จากต้นครามฝักงอที่ได้รับรองมาตรฐานเกษตรอินทรีย์ ขายเป็นกิโลกรัม ขั้นต่ำ 10 กก. ส่งทั่วประเทศ",
            ),
        ),
    ),
    Sme(
        id="btd-007",
        name="Soi Ari Hemp Goods",
        sub_cluster="hemp_natural_fibre",
        stage="downstream",
        province="Bangkok",
        language="en",
        email="studio@soiarihemp.example.com",
        bcg=("bio",),
        offers=(
            Offer(
                "hemp_bag",
                "SKU SH-TT02 indigo-dyed handwoven hemp tote, 38 x 42 cm, 10 cm gusset, cotton "
                "webbing handles 60 cm, unlined.",
            ),
        ),
        needs=(
            met(
                "Supply of handwoven hemp fabric, undyed natural colour, 100% hemp, width 35-45 cm, "
                "250-320 g/m2, about 200 m per quarter. GOTS not required; handloom origin is.",
                "hemp_fabric_handwoven",
            ),
            met(
                "Indigo vat dyeing of our cut panels and finished totes, done in your vats, 500 "
                "pieces per run, shade to be even across lots.",
                "natural_dyeing_service",
            ),
            met(
                "Sewing contractor for totes and pouches, cut-make-trim from our own cloth, around 1,000 pcs a month.",
                "cmt_sewing_service",
            ),
        ),
    ),
    Sme(
        id="btd-008",
        name="กลุ่มผ้าฝ้ายย้อมครามบ้านพันนา",
        sub_cluster="hemp_natural_fibre",
        stage="midstream",
        province="Sakon Nakhon",
        language="th",
        email="phanna.indigo@example.co.th",
        certifications=("OTOP",),
        bcg=("bio",),
        offers=(
            Offer(
                "cotton_fabric_natural_dyed",
                "ผ้าฝ้ายทอมือย้อมครามธรรมชาติ ลายขิดและลายมัดหมี่ หน้ากว้าง 1 เมตร ขายเป็นเมตร "
                "เฉดสีตั้งแต่ฟ้าอ่อนถึงกรมท่า ผลิตภัณฑ์โอทอประดับ 4 ดาว",
            ),
            Offer("scarf_cotton", "ผ้าพันคอฝ้ายย้อมคราม 50 x 180 ซม. ชายครุย"),
        ),
        needs=(
            met(
                "รับซื้อฝ้ายเข็นมือสีขาวธรรมชาติ ยังไม่ย้อม ใช้เป็นเส้นพุ่ง ประมาณเดือนละ 40 กก.",
                "cotton_yarn_handspun",
            ),
            met(
                "ต้องการเนื้อครามเปียกสำหรับก่อหม้อคราม ผู้ขายต้องมีใบรับรอง Organic Thailand เท่านั้น ปริมาณ 100 กก. ต่อไตรมาส",
                "indigo_paste",
                requires=(OT,),
            ),
        ),
    ),
    Sme(
        id="btd-009",
        name="Dan Sai Organic Cotton Growers",
        sub_cluster="hemp_natural_fibre",
        stage="upstream",
        province="Loei",
        language="en",
        email="growers@dansaicotton.example.com",
        certifications=(OT,),
        bcg=("bio",),
        offers=(
            Offer(
                "cotton_lint_organic",
                "Seed cotton and hand-ginned lint of native short-staple cotton (Gossypium "
                "arboreum), staple 18-22 mm, grown on Organic Thailand certified plots. Sold per kg.",
            ),
            Offer(
                "cotton_yarn_handspun",
                "Handspun cotton yarn in natural white and natural brown, 2-ply, roughly Ne 6, 250 g skeins.",
            ),
        ),
        needs=(
            unmet(
                "ginning_machine",
                "Motorised roller gin, 20-30 kg seed cotton per hour, single-phase 220 V, with a set of spare rollers.",
            ),
        ),
    ),
    Sme(
        id="btd-010",
        name="กลุ่มเลี้ยงไหมและสาวไหมบ้านท่าสว่าง",
        sub_cluster="hemp_natural_fibre",
        stage="upstream",
        province="Surin",
        language="th",
        email="thasawang.silk@example.co.th",
        certifications=(PEACOCK,),
        bcg=("bio",),
        offers=(
            Offer(
                "silk_yarn_native",
                "เส้นไหมพื้นบ้านพันธุ์นางน้อย สาวมือด้วยพวงสาวแบบดั้งเดิม ลอกกาวแล้ว ยังไม่ย้อมสี "
                "แยกเกรดไหมน้อยสำหรับเส้นยืนและไหมลืบสำหรับเส้นพุ่ง ขายเป็นกิโลกรัม",
            ),
        ),
        needs=(
            unmet(
                "silkworm_eggs",
                "ต้องการไข่ไหมพันธุ์ไทยพื้นบ้านที่ปลอดโรค 50 แผ่นต่อรุ่น พร้อมคำแนะนำการเลี้ยง",
            ),
        ),
    ),
    Sme(
        id="btd-011",
        name="หจก. เรือนไหมทองปักธงชัย",
        sub_cluster="hemp_natural_fibre",
        stage="midstream",
        province="Nakhon Ratchasima",
        language="th",
        email="ruenmaithong@example.co.th",
        certifications=(PEACOCK, "OTOP"),
        bcg=("bio",),
        offers=(
            Offer(
                "silk_fabric_handwoven",
                "ผ้าไหมมัดหมี่ทอมือ ไหมแท้ 100% ได้ตรานกยูงพระราชทานสีน้ำเงิน หน้ากว้าง 1 เมตร ยาวผืนละ 4 เมตร มีทั้งย้อมสีเคมีและสีธรรมชาติ",
            ),
            Offer("scarf_silk", "ผ้าคลุมไหล่ไหมทอมือ 60 x 200 ซม. ลายดอกพิกุล ใส่กล่องของขวัญ"),
        ),
        needs=(
            met(
                "ต้องการเส้นไหมไทยพื้นบ้าน สาวมือ ยังไม่ย้อม ใช้ทอเส้นพุ่ง เดือนละ 25 กก.",
                "silk_yarn_native",
            ),
            met("ซื้อครั่งดิบหรือครั่งเม็ดสำหรับย้อมไหมสีแดง ไตรมาสละ 20 กก.", "lac_dye"),
        ),
    ),
    Sme(
        id="btd-012",
        name="Lang Suan Banana Fibre Collective",
        sub_cluster="hemp_natural_fibre",
        stage="upstream",
        province="Chumphon",
        language="en",
        email="langsuan.banana@example.com",
        bcg=("bio", "circular"),
        offers=(
            Offer(
                "banana_fibre",
                "Banana pseudostem fibre from Kluai Hom plantation waste: machine-extracted, "
                "sun-dried, 80-150 cm, cream to light brown. 25 kg bales.",
            ),
        ),
        needs=(
            met(
                "Trial spinning of our banana fibre, pure or blended with cotton, on commission. "
                "Trial lot 100 kg; we ship the fibre.",
                "spinning_service",
            ),
            unmet(
                "export_distributor_banana",
                "Importer or distributor in Japan or the EU for raw banana fibre, commission basis.",
            ),
        ),
    ),
    Sme(
        id="btd-013",
        name="วิสาหกิจชุมชนใยสับปะรดสามร้อยยอด",
        sub_cluster="hemp_natural_fibre",
        stage="upstream",
        province="Prachuap Khiri Khan",
        language="th",
        email="samroiyot.palf@example.co.th",
        bcg=("bio", "circular"),
        offers=(
            Offer(
                "pineapple_fibre",
                "เส้นใยใบสับปะรดขูดด้วยเครื่อง ล้างและตากแห้งแล้ว ยาว 50–80 ซม. สีขาวครีม คัดเป็นเกรด A และ B ราคาตามเกรด",
            ),
        ),
        needs=(
            unmet(
                "decorticator",
                "ต้องการเครื่องขูดใยสับปะรดแบบลูกกลิ้ง กำลังผลิตไม่น้อยกว่า 50 กก. ใบสดต่อชั่วโมง ใช้มอเตอร์ไฟฟ้าขนาด 2 แรงม้า",
            ),
        ),
    ),
    Sme(
        id="btd-014",
        name="Lamphun Fibre Spinning Co-op",
        sub_cluster="hemp_natural_fibre",
        stage="upstream",
        province="Lamphun",
        language="en",
        email="mill@lamphunspin.example.com",
        bcg=("bio",),
        offers=(
            Offer(
                "spinning_service",
                "Commission spinning of bast, leaf and native cotton fibres (hemp, banana, "
                "pineapple, cotton and blends): cutting and carding to 38-51 mm, ring spinning "
                "Nm 10-34. Minimum 100 kg per lot, yarn returned on cones.",
            ),
            Offer(
                "hemp_yarn_machinespun",
                "LFS-H16 / LFS-H26: machine-spun 100% hemp yarn, Nm 16/1 and Nm 26/1, natural or "
                "semi-bleached, CV% 18 max., 1 kg cones.",
            ),
        ),
        needs=(
            met(
                "Degummed hemp bast fibre for our organic yarn line, 2 t per year; supplier "
                "must be certified Organic Thailand.",
                "hemp_bast_fibre",
                requires=(OT,),
            ),
            met(
                "Pineapple leaf fibre or banana fibre, cleaned and dry, for blended yarn "
                "development. 200 kg to begin with.",
                "pineapple_fibre",
                "banana_fibre",
            ),
        ),
    ),
    Sme(
        id="btd-015",
        name="กลุ่มเลี้ยงครั่งบ้านแม่ทะ",
        sub_cluster="hemp_natural_fibre",
        stage="upstream",
        province="Lampang",
        language="th",
        email="maetha.lac@example.co.th",
        bcg=("bio",),
        offers=(
            Offer(
                "lac_dye",
                "ครั่งกิ่งและครั่งเม็ดล้างสะอาด ใช้ย้อมผ้าให้ได้สีแดงถึงม่วง เลี้ยงบนต้นจามจุรีและต้นพุทราในหมู่บ้าน ขั้นต่ำ 5 กก.",
            ),
        ),
    ),
    Sme(
        id="btd-016",
        name="Nan Forest Dye Plants",
        sub_cluster="hemp_natural_fibre",
        stage="upstream",
        province="Nan",
        language="en",
        email="dyeplants.nan@example.com",
        bcg=("bio",),
        offers=(
            Offer(
                "natural_dye_barks",
                "Dried and chipped dye plants: mango bark, ebony fruit (Diospyros mollis), "
                "jackfruit heartwood, Indian almond leaves. Moisture under 10%, 5 kg bags.",
            ),
        ),
        needs=(
            unmet(
                "hammer_mill",
                "Hammer mill to grind dried bark to powder, about 50 kg/h, stainless steel contact parts.",
            ),
        ),
    ),
    Sme(
        id="btd-017",
        name="ร้านผ้าทอนิมมาน",
        sub_cluster="hemp_natural_fibre",
        stage="downstream",
        province="Chiang Mai",
        language="th",
        email="nimman.textiles@example.co.th",
        needs=(
            met(
                "รับซื้อผ้าพันคอไหมทอมือสำหรับวางหน้าร้าน ทุกผืนต้องติดตรานกยูงพระราชทาน เดือนละ 50 ผืน",
                "scarf_silk",
                requires=(PEACOCK,),
            ),
            met("ผ้าพันคอฝ้ายทอมือย้อมสีธรรมชาติ คละสี 100 ผืน", "scarf_cotton"),
            met(
                "กระเป๋าผ้ากัญชงสำเร็จรูปสำหรับขายนักท่องเที่ยว ทรงโท้ทหรือสะพายข้าง 80 ใบ",
                "hemp_bag",
            ),
        ),
    ),
    Sme(
        id="btd-018",
        name="Kata Hill Spa Resort",
        sub_cluster="hemp_natural_fibre",
        stage="downstream",
        province="Phuket",
        language="en",
        email="purchasing@katahill.example.com",
        bcg=("green",),
        needs=(
            met(
                "Supply of spa textiles for 12 treatment rooms: (1) robes in cotton waffle or "
                "handwoven cotton, sizes M and L; (2) wrap sarongs 100 x 180 cm; (3) 120 pieces per "
                "set, two sets.",
                "spa_textiles",
            ),
            met(
                "Bath towels 70 x 140 cm, 100% cotton terry, white, not less than 550 g/m2, 600 pieces.",
                "bath_towels",
            ),
            met(
                "Flat sheets and duvet covers for king beds, cotton, 300 thread count, white; 80 rooms at 3 par.",
                "bed_linen",
            ),
            met(
                "Indigo hand-dyed cotton or hemp cloth by the metre for cushion covers and table "
                "runners, 150 m in total.",
                "cotton_fabric_natural_dyed",
                "hemp_fabric_indigo",
            ),
        ),
    ),
    Sme(
        id="btd-019",
        name="กลุ่มทอผ้าฝ้ายบ้านนาข่า",
        sub_cluster="hemp_natural_fibre",
        stage="midstream",
        province="Udon Thani",
        language="th",
        email="nakha.cotton@example.co.th",
        bcg=("bio",),
        offers=(
            Offer(
                "weaving_service",
                "รับทอผ้าฝ้ายตามแบบที่ลูกค้ากำหนด ทั้งลายขิดและผ้าพื้น มีกี่กระตุก 12 หลัง ลูกค้าส่งเส้นด้ายมาเอง",
            ),
            Offer(
                "cotton_fabric_handwoven_greige",
                "ผ้าฝ้ายทอมือสีธรรมชาติ ยังไม่ฟอกและไม่ย้อม หน้ากว้าง 90 ซม. หนักราว 200 กรัมต่อตารางเมตร",
            ),
        ),
        needs=(met("หาซื้อฝ้ายเข็นมือเส้นใหญ่ สีขาว ไม่ฟอก ราว 60 กก. ต่อเดือน", "cotton_yarn_handspun"),),
    ),
    Sme(
        id="btd-020",
        name="Little Lotus Organics",
        sub_cluster="hemp_natural_fibre",
        stage="downstream",
        province="Bangkok",
        language="en",
        email="hello@littlelotus.example.com",
        certifications=("GOTS",),
        bcg=("bio",),
        offers=(
            Offer(
                "baby_clothes_organic",
                "Baby bodysuits, rompers and swaddles in GOTS-certified organic cotton, 0-24 months, "
                "nickel-free snaps, water-based prints.",
            ),
        ),
        needs=(
            met(
                "Organic cotton single jersey, 160-180 g/m2, open width 180 cm, GOTS certified with "
                "a transaction certificate for each shipment; 1,500 m per season.",
                "organic_cotton_jersey",
                requires=("GOTS",),
            ),
            met(
                "Logo embroidery on baby garments, 3 x 3 cm, up to 6 colours, 2,000 pcs/month.",
                "embroidery_service",
            ),
        ),
    ),
    # ---------------------------------------------------------- circular textile
    Sme(
        id="btd-021",
        name="บริษัท คัดแยกผ้ามหาชัย รีไซเคิล จำกัด",
        sub_cluster="circular_textile",
        stage="upstream",
        province="Samut Sakhon",
        language="th",
        email="mahachai.sorting@example.co.th",
        certifications=("GRS",),
        bcg=("circular",),
        offers=(
            Offer(
                "sorted_textile_waste",
                "เสื้อผ้าใช้แล้วและเศษผ้าที่คัดแยกตามชนิดเส้นใยและสีเรียบร้อย มีเกรดฝ้ายตั้งแต่ร้อยละ 95 ขึ้นไป "
                "เกรดโพลีเอสเตอร์ และเกรดผ้ายีนส์ ถอดซิปและกระดุมออกแล้ว อัดก้อนละ 200–250 กก. "
                "โรงคัดแยกได้การรับรอง GRS",
            ),
        ),
        needs=(
            met(
                "รับซื้อเศษผ้าจากห้องตัดของโรงงานตัดเย็บ และเศษริมผ้าจากโรงทอ เน้นผ้าฝ้ายสีอ่อน ไม่มีสิ่งปนเปื้อน รับไม่จำกัดปริมาณ",
                "cutting_waste_cotton",
            ),
        ),
    ),
    Sme(
        id="btd-022",
        name="EastCycle Fibre Recovery Co., Ltd.",
        sub_cluster="circular_textile",
        stage="upstream",
        province="Chonburi",
        language="en",
        email="feedstock@eastcycle.example.com",
        certifications=("GRS", "RCS"),
        bcg=("circular",),
        offers=(
            Offer(
                "recycled_cotton_fibre",
                "Mechanically recycled cotton fibre from pre- and post-consumer waste, colour-sorted "
                "so no re-dyeing is needed. Mean staple 12-16 mm, cotton content >= 90%, GRS "
                "certified, 200 kg bales. Grades ECR-W (white), ECR-B (blue), ECR-M (mixed).",
            ),
            Offer(
                "shredding_service",
                "Shredding and tearing of your textile waste on commission, opened and garnetted to "
                "fibre; certificate of destruction for branded uniforms.",
            ),
        ),
        needs=(
            met(
                "Feedstock wanted: cotton-rich textile waste, either pre-consumer cutting scraps or "
                "sorted post-consumer garments and retired linen. Min. 80% cotton, no PU coating, no "
                "metal trims. Up to 20 t per month.",
                "sorted_textile_waste",
                "cutting_waste_cotton",
                "used_linen_waste",
            ),
        ),
    ),
    Sme(
        id="btd-023",
        name="บริษัท นครปฐมสปินนิ่งรีไซเคิล จำกัด",
        sub_cluster="circular_textile",
        stage="upstream",
        province="Nakhon Pathom",
        language="th",
        email="nps.recycle@example.co.th",
        certifications=("GRS",),
        bcg=("circular",),
        offers=(
            Offer(
                "recycled_cotton_yarn",
                "เส้นด้ายโอเพนเอนด์จากฝ้ายรีไซเคิล ส่วนผสมฝ้ายรีไซเคิล 60% โพลีเอสเตอร์รีไซเคิล 40% "
                "เบอร์ 6/1 ถึง 20/1 สีตามเส้นใยเดิมไม่ต้องย้อมซ้ำ ได้การรับรอง GRS "
                "ออกใบรับรองธุรกรรมให้ทุกล็อต",
            ),
        ),
        needs=(
            met(
                "จัดซื้อเส้นใยฝ้ายรีไซเคิลแบบเชิงกล คัดสีแล้ว ความยาวเส้นใยเฉลี่ยไม่น้อยกว่า 12 มม. "
                "ผู้ขายต้องได้รับการรับรอง GRS เดือนละ 15 ตัน",
                "recycled_cotton_fibre",
                requires=("GRS",),
            ),
            met(
                "เส้นใยสั้นโพลีเอสเตอร์รีไซเคิลสำหรับปั่นผสม ขนาด 1.4 ดีเนียร์ ตัด 38 มม. สีขาวดิบ เดือนละ 8 ตัน",
                "rpet_spinning_fibre",
            ),
        ),
    ),
    Sme(
        id="btd-024",
        name="Rayong Bottle-to-Fibre Co., Ltd.",
        sub_cluster="circular_textile",
        stage="upstream",
        province="Rayong",
        language="en",
        email="sales@rayongb2f.example.com",
        certifications=("GRS", OEKO),
        bcg=("circular", "green"),
        offers=(
            Offer(
                "rpet_yarn",
                "Recycled polyester filament yarn from post-consumer bottles. DTY 75D/72F and "
                "150D/144F, FDY 50D/36F; semi-dull or full-dull; dope-dyed black on request. "
                "Tenacity >= 3.8 cN/dtex. GRS certified; OEKO-TEX Standard 100, class I.",
            ),
            Offer(
                "rpet_spinning_fibre",
                "rPET staple for spinning: 1.4 D x 38 mm and 1.5 D x 51 mm, raw white, 100% recycled content.",
            ),
            Offer(
                "rpet_fill_fibre",
                "Hollow conjugated siliconised rPET fibre for pillows and quilts, 7 D and 15 D x 64 mm, 20 kg bales.",
            ),
        ),
        needs=(
            unmet(
                "pet_bottle_flakes",
                "Hot-washed clear PET bottle flakes, PVC < 50 ppm, moisture < 1%, 300 t/month from Thai collection.",
            ),
        ),
    ),
    Sme(
        id="btd-025",
        name="บริษัท ไทยรีเส้นใย จำกัด",
        sub_cluster="circular_textile",
        stage="upstream",
        province="Pathum Thani",
        language="th",
        email="thairefibre@example.co.th",
        certifications=("RCS",),
        bcg=("circular",),
        offers=(
            Offer(
                "rpet_yarn",
                "เส้นด้ายโพลีเอสเตอร์รีไซเคิลชนิดเท็กซ์เจอร์ 150 ดีเนียร์ และ 300 ดีเนียร์ ผลิตจากขวดพลาสติกใช้แล้ว สีขาวดิบ มีใบรับรอง RCS",
            ),
        ),
        needs=(
            unmet(
                "export_agent_yarn",
                "แสวงหาตัวแทนจำหน่ายในเวียดนามและบังกลาเทศสำหรับเส้นด้ายรีไซเคิลของบริษัท",
            ),
        ),
    ),
    Sme(
        id="btd-026",
        name="Bang Phli Circular Knits Co., Ltd.",
        sub_cluster="circular_textile",
        stage="midstream",
        province="Samut Prakan",
        language="en",
        email="knits@bangphlicircular.example.com",
        certifications=("GRS",),
        bcg=("circular",),
        offers=(
            Offer(
                "rpet_knit_fabric",
                "Art. BPK-R140 bird-eye mesh 140 g/m2 and Art. BPK-R180 interlock 180 g/m2, 100% "
                "recycled polyester, GRS scope certificate, width 170 cm.",
            ),
            Offer(
                "knitting_service",
                "Circular knitting on commission: 24 machines, E18-E28, your yarn. Single jersey, "
                "pique, interlock, rib.",
            ),
        ),
        needs=(
            met(
                "Recycled polyester DTY 75D to 150D, GRS certified, a transaction certificate with "
                "every lot. 10 t per month.",
                "rpet_yarn",
                requires=("GRS",),
            ),
        ),
    ),
    Sme(
        id="btd-027",
        name="ยีนส์เก่าเล่าใหม่ อัพไซเคิลสตูดิโอ",
        sub_cluster="circular_textile",
        stage="downstream",
        province="Bangkok",
        language="th",
        email="jeanskaolaomai@example.co.th",
        bcg=("circular",),
        offers=(
            Offer(
                "recycled_tote_bag",
                "กระเป๋าอัพไซเคิลจากกางเกงยีนส์เก่า รหัส JN-07 ขนาด 35 x 40 ซม. ซับในผ้าฝ้าย ลายไม่ซ้ำกันสักใบ",
            ),
        ),
        needs=(
            met(
                "ต้องการกางเกงยีนส์ใช้แล้วที่คัดแยกมาแล้ว สภาพผ้ายังดี ไม่ขาดมาก เดือนละ 300 กก.",
                "sorted_textile_waste",
            ),
            met(
                "จ้างสกรีนโลโก้ลงกระเป๋าผ้า สีเดียว พื้นที่ไม่เกิน 20 x 20 ซม. ครั้งละ 500 ใบ",
                "screen_printing_service",
            ),
        ),
    ),
    Sme(
        id="btd-028",
        name="Rag & Loom Upcycled Rugs",
        sub_cluster="circular_textile",
        stage="downstream",
        province="Chiang Mai",
        language="en",
        email="ragandloom@example.com",
        bcg=("circular",),
        offers=(
            Offer(
                "upcycled_rug",
                "Rag rugs woven from textile offcuts on cotton warp, 60 x 90 and 120 x 180 cm, washable at 40 C.",
            ),
        ),
        needs=(
            met(
                "Pre-consumer cotton strips and cutting scraps, solid colours, at least 20 cm long, 500 kg per month.",
                "cutting_waste_cotton",
            ),
        ),
    ),
    Sme(
        id="btd-029",
        name="บริษัท สาครการ์เมนต์ จำกัด",
        sub_cluster="circular_textile",
        stage="midstream",
        province="Samut Sakhon",
        language="th",
        email="sakhon.garment@example.co.th",
        certifications=("ISO 9001",),
        bcg=("circular",),
        offers=(
            Offer(
                "cmt_sewing_service",
                "รับจ้างตัดเย็บเสื้อผ้าและกระเป๋าแบบ CMT จักร 80 ตัว ทำงานภายใต้ระบบ ISO 9001 ขั้นต่ำแบบละ 500 ชิ้น",
            ),
            Offer(
                "cutting_waste_cotton",
                "จำหน่ายเศษผ้าฝ้ายจากห้องตัด แยกกองสีอ่อนกับสีเข้ม ประมาณเดือนละ 3 ตัน",
            ),
        ),
        needs=(
            unmet(
                "sewing_operators",
                "รับสมัครพนักงานเย็บจักรอุตสาหกรรม 20 อัตรา ประสบการณ์ไม่น้อยกว่า 1 ปี",
            ),
        ),
    ),
    Sme(
        id="btd-030",
        name="Chao Phraya Riverside Hotels Group",
        sub_cluster="circular_textile",
        stage="downstream",
        province="Bangkok",
        language="en",
        email="procurement@cpriverside.example.com",
        certifications=("ISO 14001",),
        bcg=("circular", "green"),
        needs=(
            met(
                "Supply of bed linen for four properties (1,100 keys). 1. Flat sheets, "
                "cotton/polyester 60/40 percale, 250 TC, white. 2. Pillowcases 50 x 75 cm. 3. Three "
                "par stock per bed.",
                "bed_linen",
            ),
            met(
                "Towels to hotel specification: bath 70 x 140 cm at 600 g/m2, hand 40 x 70 cm; "
                "100% ring-spun cotton, white, dobby border.",
                "bath_towels",
            ),
            met(
                "Collection and recycling of retired linen and towels from all properties, about 8 t "
                "a year, with an annual recycling report.",
                "textile_takeback_service",
            ),
            met(
                "Staff uniforms for front office and housekeeping, tailored to our design, 900 sets.",
                "work_uniform",
            ),
        ),
    ),
    Sme(
        id="btd-031",
        name="หจก. ขอนแก่นรับซื้อผ้าเก่า",
        sub_cluster="circular_textile",
        stage="upstream",
        province="Khon Kaen",
        language="th",
        email="kk.oldcloth@example.co.th",
        bcg=("circular",),
        offers=(
            Offer(
                "textile_takeback_service",
                "บริการรับเก็บผ้าเก่าจากโรงแรม โรงพยาบาล และหน่วยงานต่าง ๆ ทั้งผ้าปูที่นอน ผ้าขนหนู "
                "และชุดพนักงานที่ปลดระวาง นำไปคัดแยกและรีไซเคิล ออกหนังสือรับรองการทำลายให้",
            ),
            Offer(
                "sorted_textile_waste",
                "ผ้าเก่าคัดแยกแล้ว แยกเป็นผ้าฝ้ายขาว ผ้ายีนส์ ผ้าสี และผ้าผสม ก้อนละ 100 กก.",
            ),
        ),
    ),
    Sme(
        id="btd-032",
        name="Bang Pakong Dyeing & Finishing Co., Ltd.",
        sub_cluster="circular_textile",
        stage="midstream",
        province="Chachoengsao",
        language="en",
        email="dyehouse@bangpakong.example.com",
        certifications=("bluesign", "ISO 14001"),
        bcg=("green",),
        offers=(
            Offer(
                "industrial_dyeing_service",
                "Commission dyeing of package yarn and fabric (jets up to 600 kg per batch): reactive "
                "on cotton, disperse on polyester, cationic. Lab dips in 48 h. bluesign system "
                "partner; ISO 14001 plant.",
            ),
        ),
        needs=(
            unmet(
                "effluent_treatment",
                "Supply and installation of a membrane bioreactor for dyehouse effluent, 400 m3/day, "
                "including a colour-removal stage.",
            ),
        ),
    ),
    Sme(
        id="btd-033",
        name="บริษัท ราชบุรีเท็กซ์ไทล์ จำกัด",
        sub_cluster="circular_textile",
        stage="midstream",
        province="Ratchaburi",
        language="th",
        email="ratchaburi.textile@example.co.th",
        certifications=(OEKO,),
        bcg=("circular",),
        offers=(
            Offer(
                "polycotton_woven_fabric",
                "ผ้าทอโพลีเอสเตอร์ผสมฝ้าย 65/35 ชนิดเพอร์เคล 144 x 76 เส้นต่อนิ้ว หน้ากว้าง 250 ซม. "
                "สำหรับผ้าปูที่นอน และผ้าทวิลสำหรับชุดทำงาน 240 กรัม/ตร.ม. ฟอกขาวหรือย้อมสีตามสั่ง "
                "ผ่านการรับรอง OEKO-TEX",
            ),
            Offer(
                "cutting_waste_cotton",
                "เศษริมผ้าและปลายม้วนจากสายทอผ้าฝ้าย 100% ขายเหมาเป็นก้อน",
            ),
        ),
        needs=(
            met(
                "จัดซื้อเส้นด้ายที่มีฝ้ายรีไซเคิลผสม เบอร์ 16 ถึง 20 สำหรับผ้าทอรุ่นรักษ์โลก "
                "ผู้ขายต้องได้การรับรอง GRS และแนบใบรับรองธุรกรรมทุกครั้ง",
                "recycled_cotton_yarn",
                requires=("GRS",),
            ),
        ),
    ),
    Sme(
        id="btd-034",
        name="Refill Station Nonthaburi",
        sub_cluster="circular_textile",
        stage="downstream",
        province="Nonthaburi",
        language="en",
        email="shop@refillnon.example.com",
        bcg=("circular",),
        needs=(
            met("Upcycled shopping bags for resale, any size, 200 a month.", "recycled_tote_bag"),
            met(
                "Rag rugs or door mats made from recovered fabric, for our own floor and for resale.",
                "upcycled_rug",
            ),
        ),
    ),
    Sme(
        id="btd-035",
        name="บริษัท หาดใหญ่ไฟเบอร์รีไซเคิล จำกัด",
        sub_cluster="circular_textile",
        stage="upstream",
        province="Songkhla",
        language="th",
        email="hatyai.fibre@example.co.th",
        bcg=("circular",),
        offers=(
            Offer(
                "recycled_cotton_fibre",
                "ใยฝ้ายรีไซเคิลจากการฉีกเศษผ้า เส้นใยสั้น 8–12 มม. เหมาะสำหรับผ้าห่ม ไส้ที่นอน และด้ายหยาบ",
            ),
            Offer(
                "rpet_fill_fibre",
                "ใยบรรจุหมอนโพลีเอสเตอร์รีไซเคิล ใยกลวงเคลือบซิลิโคน 7 ดีเนียร์ ถุงละ 15 กก.",
            ),
        ),
        needs=(met("ต้องการเสื้อผ้าเก่าที่คัดแยกเฉพาะผ้าฝ้าย เดือนละ 10 ตัน", "sorted_textile_waste"),),
    ),
    # ---------------------------------------------------------- sportech
    Sme(
        id="btd-036",
        name="Siam Performance Fabrics Co., Ltd.",
        sub_cluster="sportech",
        stage="midstream",
        province="Samut Prakan",
        language="en",
        email="sales@siamperformance.example.com",
        certifications=(OEKO, "bluesign"),
        bcg=("green",),
        offers=(
            Offer(
                "performance_knit_fabric",
                "Moisture-management knits, 100% polyester, width 175 cm. SPF-BE130 bird-eye mesh "
                "130 g/m2, vertical wicking >= 100 mm in 10 min (AATCC 197). SPF-IL160 interlock "
                "160 g/m2. SPF-MP150 micro-pique 150 g/m2, UPF 50+ (AS/NZS 4399). OEKO-TEX Standard "
                "100; bluesign approved.",
            ),
        ),
    ),
    Sme(
        id="btd-037",
        name="บริษัท มหาชัยนิตติ้ง จำกัด",
        sub_cluster="sportech",
        stage="midstream",
        province="Samut Sakhon",
        language="th",
        email="mahachai.knitting@example.co.th",
        offers=(
            Offer(
                "performance_knit_fabric",
                "ผ้าถักโพลีเอสเตอร์ 100% แห้งเร็ว ระบายเหงื่อดี ผ้าตาข่ายรังผึ้ง 140 กรัม/ตร.ม. หน้ากว้าง 180 ซม. มีมากกว่า 30 สี",
            ),
        ),
        needs=(
            met(
                "จ้างตกแต่งสำเร็จผ้าถักด้วยสารต้านแบคทีเรียและสารช่วยดูดซับความชื้น ครั้งละ 2,000 กก.",
                "functional_finishing_service",
            ),
        ),
    ),
    Sme(
        id="btd-038",
        name="InkFlow Sublimation Lab",
        sub_cluster="sportech",
        stage="midstream",
        province="Bangkok",
        language="en",
        email="print@inkflow.example.com",
        offers=(
            Offer(
                "sublimation_printing_service",
                "Dye-sublimation printing on polyester: roll-to-roll up to 1.8 m wide and cut panels, "
                "600 dpi, Pantone matching, 50 m minimum.",
            ),
        ),
        needs=(
            unmet(
                "sublimation_printer",
                "1.9 m sublimation printer with 8 heads plus a calender heat press, new or used, "
                "delivered and installed.",
            ),
        ),
    ),
    Sme(
        id="btd-039",
        name="บางบัวทองสปอร์ต",
        sub_cluster="sportech",
        stage="downstream",
        province="Nonthaburi",
        language="th",
        email="bbtsport@example.co.th",
        offers=(
            Offer(
                "sports_jersey",
                "เสื้อกีฬาพิมพ์ซับลิเมชันทั้งตัว ออกแบบตามทีม ผ้าไมโครไฟเบอร์ ไซซ์ S ถึง 5XL สั่งขั้นต่ำ 20 ตัว",
            ),
        ),
        needs=(
            met(
                "จัดซื้อผ้าถักโพลีเอสเตอร์ชนิดระบายเหงื่อ สีขาว สำหรับพิมพ์ซับลิเมชัน น้ำหนัก 130–150 กรัม/ตร.ม. "
                "ต้องผ่านการรับรองโอเคเท็กซ์ เดือนละ 3,000 เมตร",
                "performance_knit_fabric",
                requires=(OEKO,),
            ),
            met(
                "จ้างพิมพ์ซับลิเมชันแบบม้วนต่อม้วนในช่วงงานล้นมือ หน้ากว้าง 1.6 เมตรขึ้นไป",
                "sublimation_printing_service",
            ),
        ),
    ),
    Sme(
        id="btd-040",
        name="Andaman Run Events Co., Ltd.",
        sub_cluster="sportech",
        stage="downstream",
        province="Phuket",
        language="en",
        email="race@andamanrun.example.com",
        bcg=("circular",),
        needs=(
            met(
                "Supply of 5,000 finisher running shirts. 1. Crew neck, recycled polyester. 2. The "
                "manufacturer shall be GRS certified. 3. Sizes XS-3XL, sublimated front logo. "
                "4. Delivery 45 days before race day.",
                "sports_jersey",
                requires=("GRS",),
            ),
            unmet(
                "finisher_medals",
                "Finisher medals, zinc alloy, 70 mm, printed ribbon, 5,000 pcs.",
            ),
        ),
    ),
    Sme(
        id="btd-041",
        name="บริษัท กรุงเก่าวอร์ปนิตติ้ง จำกัด",
        sub_cluster="sportech",
        stage="midstream",
        province="Phra Nakhon Si Ayutthaya",
        language="th",
        email="krungkao.warp@example.co.th",
        certifications=("ISO 9001",),
        offers=(
            Offer(
                "compression_fabric",
                "ผ้าถักยืนเพาเวอร์เน็ตสำหรับชุดกระชับ ไนลอน 78% สแปนเด็กซ์ 22% น้ำหนัก 220 กรัม/ตร.ม. "
                "ยืดสองทิศทาง คืนตัวสูง หน้ากว้าง 150 ซม. โรงงานได้ ISO 9001",
            ),
        ),
        needs=(
            unmet(
                "spandex_yarn",
                "ต้องการเส้นด้ายสแปนเด็กซ์ (อีลาสเทน) ขนาด 40 และ 70 ดีเนียร์ เดือนละ 2 ตัน",
            ),
        ),
    ),
    Sme(
        id="btd-042",
        name="KineticWear Thailand",
        sub_cluster="sportech",
        stage="downstream",
        province="Pathum Thani",
        language="en",
        email="team@kineticwear.example.com",
        offers=(
            Offer(
                "sports_compression_garment",
                "Compression tights, calf sleeves and short-sleeve base layers for runners and "
                "cyclists; graduated fit, flatlock seams.",
            ),
        ),
        needs=(
            met(
                "Warp-knit nylon/elastane power fabric, 200-240 g/m2, 20-25% elastane, black and navy, 4,000 m a year.",
                "compression_fabric",
            ),
            met("Knitted elastic waistband tape 35 mm with silicone grip line, 10,000 m.", "elastic_tape"),
        ),
    ),
    Sme(
        id="btd-043",
        name="ศูนย์ฝึกกีฬาเยาวชน เทศบาลเมืองแม่เหียะ",
        sub_cluster="sportech",
        stage="downstream",
        province="Chiang Mai",
        language="th",
        email="maehia.sport@example.co.th",
        needs=(
            met(
                "ข้อกำหนดคุณลักษณะเฉพาะ ชุดกีฬาสำหรับนักกีฬาเยาวชน จำนวน ๓๐๐ ชุด "
                "๑. เสื้อคอกลมแขนสั้น ผ้าโพลีเอสเตอร์ถักระบายอากาศ "
                "๒. พิมพ์ลายตามแบบที่หน่วยงานกำหนด "
                "๓. มีขนาดให้เลือกไม่น้อยกว่า ๖ ขนาด",
                "sports_jersey",
            ),
            met(
                "จัดซื้อกางเกงรัดกล้ามเนื้อขายาวสำหรับนักกรีฑา จำนวน ๖๐ ตัว",
                "sports_compression_garment",
            ),
        ),
    ),
    Sme(
        id="btd-044",
        name="Sriracha Functional Finishing Co., Ltd.",
        sub_cluster="sportech",
        stage="midstream",
        province="Chonburi",
        language="en",
        email="finishing@srirachaff.example.com",
        certifications=("bluesign",),
        bcg=("green",),
        offers=(
            Offer(
                "functional_finishing_service",
                "Functional finishing on commission for knits and wovens: antibacterial (silver-ion, "
                ">= 99% reduction of S. aureus to AATCC 100), moisture wicking, PFC-free water "
                "repellent. Stenter width 3.2 m. bluesign approved chemistry.",
            ),
        ),
    ),
    Sme(
        id="btd-045",
        name="บริษัท โคราชเทปยาง จำกัด",
        sub_cluster="sportech",
        stage="midstream",
        province="Nakhon Ratchasima",
        language="th",
        email="korat.tape@example.co.th",
        bcg=("circular",),
        offers=(
            Offer(
                "elastic_tape",
                "ยางยืดถักและยางยืดทอ หน้ากว้าง 6–50 มม. ใช้กับขอบกางเกง ผ้าอ้อม และชุดกีฬา ม้วนละ 100 หลา มีรุ่นเส้นซิลิโคนกันลื่น",
            ),
            Offer(
                "webbing_strap",
                "สายเทปทอโพลีโพรพิลีนและไนลอน หน้ากว้าง 25 และ 38 มม. สำหรับหูหิ้วและสายรัด รับแรงดึงได้ไม่น้อยกว่า 500 กก.",
            ),
        ),
        needs=(
            met(
                "ต้องการเส้นด้ายโพลีเอสเตอร์รีไซเคิล 150 หรือ 300 ดีเนียร์ ใช้ทำยางยืดรุ่นรีไซเคิล ไม่จำเป็นต้องมีใบรับรอง GRS",
                "rpet_yarn",
            ),
        ),
    ),
    Sme(
        id="btd-046",
        name="Hat Yai Eco Sportswear Co., Ltd.",
        sub_cluster="sportech",
        stage="downstream",
        province="Songkhla",
        language="en",
        email="orders@hatyaieco.example.com",
        certifications=("GRS",),
        bcg=("circular",),
        offers=(
            Offer(
                "sports_jersey",
                "Team and event shirts in GRS-certified recycled polyester, sublimated or plain, "
                "raglan or set-in sleeve, MOQ 100.",
            ),
        ),
        needs=(
            met(
                "Recycled polyester mesh or interlock, 130-180 g/m2, white for printing, GRS "
                "certified, 2,000 m per month.",
                "rpet_knit_fabric",
                requires=("GRS",),
            ),
        ),
    ),
    Sme(
        id="btd-047",
        name="ร้านปักโลโก้บางพลี",
        sub_cluster="sportech",
        stage="midstream",
        province="Samut Prakan",
        language="th",
        email="bangphli.embroidery@example.co.th",
        offers=(
            Offer(
                "embroidery_service",
                "รับปักโลโก้ด้วยจักรปักคอมพิวเตอร์ 12 หัว ปักได้ทั้งเสื้อ หมวก กระเป๋า และชุดยูนิฟอร์ม ไม่มีขั้นต่ำ ตีแบบปักให้ฟรี",
            ),
        ),
    ),
    Sme(
        id="btd-048",
        name="Lat Phrao Screen Print",
        sub_cluster="sportech",
        stage="midstream",
        province="Bangkok",
        language="en",
        email="latphrao.screen@example.com",
        offers=(
            Offer(
                "screen_printing_service",
                "Screen printing on bags and garments, plastisol or water-based, up to 6 colours, "
                "print area 40 x 50 cm.",
            ),
        ),
    ),
    Sme(
        id="btd-049",
        name="งานกีฬา มหาวิทยาลัยอีสานพัฒนา",
        sub_cluster="sportech",
        stage="downstream",
        province="Khon Kaen",
        language="th",
        email="sport.isanpattana@example.co.th",
        needs=(
            met(
                "ประกาศจัดซื้อเสื้อกีฬาพร้อมกางเกงสำหรับนักกีฬามหาวิทยาลัย ๒๐๐ ชุด ตามแบบที่แนบท้ายประกาศ "
                "เนื้อผ้าต้องระบายเหงื่อได้ดี พิมพ์ชื่อและหมายเลขรายบุคคล",
                "sports_jersey",
            ),
            unmet("athletics_coach", "รับสมัครผู้ฝึกสอนกรีฑา ลูกจ้างชั่วคราว ๑ อัตรา"),
        ),
    ),
    # ---------------------------------------------------------- ageing lifestyle, central
    Sme(
        id="btd-050",
        name="โรงพยาบาลบางนาเวชการ",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Bangkok",
        language="th",
        email="supply.bangnavej@example.co.th",
        needs=(
            met(
                "ข้อกำหนดคุณลักษณะเฉพาะ ผ้ารองเคลื่อนย้ายผู้ป่วย จำนวน ๔๐ ผืน "
                "๑. ขนาดไม่น้อยกว่า ๑๐๐ x ๒๐๐ ซม. "
                "๒. มีหูจับไม่น้อยกว่า ๘ จุด รับน้ำหนักผู้ป่วยได้ไม่น้อยกว่า ๑๕๐ กก. "
                "๓. ซักและอบฆ่าเชื้อที่อุณหภูมิ ๘๐ องศาเซลเซียสได้",
                "patient_transfer_sheet",
            ),
            met(
                "จัดซื้อผ้ารองซับปัสสาวะชนิดซักได้ ขนาด ๙๐ x ๑๒๐ ซม. กันน้ำซึมผ่าน ทนการซักไม่น้อยกว่า ๒๐๐ ครั้ง จำนวน ๕๐๐ ผืน",
                "reusable_underpad",
            ),
            met(
                "ผ้าอ้อมผู้ใหญ่ชนิดใช้ครั้งเดียวทิ้ง แบบเทปกาว ขนาด M และ L ผลิตภัณฑ์ต้องมีเลขทะเบียน อย. จำนวน ๒๐,๐๐๐ ชิ้น",
                "adult_diaper_disposable",
                requires=(FDA,),
            ),
            met(
                "เสื้อผู้ป่วยชายและหญิง ผ้าคอตตอนผสมโพลีเอสเตอร์ ผูกด้านหลัง สีฟ้า ปักชื่อโรงพยาบาล ตามแบบ จำนวน ๑,๒๐๐ ชุด",
                "patient_gown",
            ),
            met(
                "ผ้าปูที่นอนผู้ป่วย ขนาด ๑๕๐ x ๒๕๐ ซม. ผ้าโทเรสีขาว จำนวน ๒,๐๐๐ ผืน พร้อมปลอกหมอน",
                "bed_linen",
            ),
        ),
    ),
    Sme(
        id="btd-051",
        name="Ban Suk Care Residence",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Nonthaburi",
        language="en",
        email="admin@bansukcare.example.com",
        needs=(
            met("Washable bed underpads, four-layer, 85 x 90 cm, waterproof back, 150 pcs.", "reusable_underpad"),
            met(
                "Reusable cloth adult briefs with leak guards, waist 70-120 cm, 100 pcs for a trial.",
                "adult_diaper_reusable_cloth",
            ),
            met("Non-slip socks with grip dots on the sole, sizes M and L, 300 pairs.", "grip_socks"),
            met(
                "Outsourced laundry of residents' bed linen and clothing, pick-up three times a "
                "week, thermal disinfection.",
                "linen_laundry_service",
            ),
        ),
    ),
    Sme(
        id="btd-052",
        name="บริษัท นครปฐมเมดิเท็กซ์ จำกัด",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Nakhon Pathom",
        language="th",
        email="npmeditex@example.co.th",
        certifications=("ISO 13485",),
        offers=(
            Offer(
                "patient_transfer_sheet",
                "ผ้าเคลื่อนย้ายผู้ป่วยรุ่น NPM-TS10 มีหูจับ 10 จุด ขนาด 90 x 200 ซม. ผ้าไนลอนทอผิวลื่น "
                "เย็บสองชั้น รับน้ำหนัก 200 กก. ซักได้ที่ 90 องศา ผลิตภายใต้ระบบ ISO 13485",
            ),
        ),
        needs=(
            met("ต้องการสายเทปไนลอนทอ กว้าง 38 มม. สำหรับทำหูจับ เดือนละ 5,000 เมตร", "webbing_strap"),
            unmet(
                "low_friction_nylon",
                "จัดหาผ้าไนลอนทอชนิดแรงเสียดทานต่ำ เคลือบซิลิโคน หน้ากว้าง 150 ซม. สำหรับผลิตผ้าสไลด์ย้ายผู้ป่วย",
            ),
        ),
    ),
    Sme(
        id="btd-053",
        name="CareLayer Medical Textiles Co., Ltd.",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Samut Prakan",
        language="en",
        email="sales@carelayer.example.com",
        certifications=("ISO 13485", OEKO),
        offers=(
            Offer(
                "reusable_underpad",
                "Reusable incontinence underpads, four layers: quilted polyester/cotton top, viscose "
                "absorbent layer, TPU barrier, anti-slip back. 60 x 90 and 85 x 90 cm; absorbency "
                "2,000 ml; 300 industrial washes at 75 C. ISO 13485; OEKO-TEX Standard 100.",
            ),
        ),
        needs=(
            met(
                "TPU-laminated polyester knit, waterproof (hydrostatic head >= 10,000 mm) and "
                "breathable, 130-160 g/m2, width 160 cm, 20,000 m per year.",
                "tpu_laminated_fabric",
            ),
        ),
    ),
    Sme(
        id="btd-054",
        name="บริษัท ปทุมลามิเนต จำกัด",
        sub_cluster="ageing_lifestyle_central",
        stage="midstream",
        province="Pathum Thani",
        language="th",
        email="pathum.laminate@example.co.th",
        certifications=(OEKO,),
        offers=(
            Offer(
                "tpu_laminated_fabric",
                "ผ้าลามิเนตทีพียูกันน้ำแต่ระบายอากาศได้ บนผ้าถักโพลีเอสเตอร์ ทนแรงดันน้ำไม่น้อยกว่า 10,000 มม. "
                "ใช้ทำแผ่นรองซับและผ้าคลุมที่นอน ผ่านการรับรองโอเคเทกซ์",
            ),
        ),
        needs=(
            met(
                "ต้องการผ้าถักโพลีเอสเตอร์สีขาวเป็นผ้าฐานสำหรับการลามิเนต 100–140 กรัม/ตร.ม. เป็นเส้นใยรีไซเคิลก็ได้",
                "performance_knit_fabric",
                "rpet_knit_fabric",
            ),
        ),
    ),
    Sme(
        id="btd-055",
        name="Eastern Hygiene Products Co., Ltd.",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Chachoengsao",
        language="en",
        email="purchasing@easternhygiene.example.com",
        certifications=(FDA, TIS, "ISO 13485"),
        offers=(
            Offer(
                "adult_diaper_disposable",
                "Adult diapers, tape type, M/L/XL, absorbency 1,200-1,500 ml, wetness indicator, "
                "breathable backsheet; pull-up pants also available. Thai FDA notified, TIS "
                "certified, made in an ISO 13485 factory.",
            ),
        ),
        needs=(
            met(
                "PP spunbond and SMS nonwovens: hydrophilic 15 g/m2 topsheet, hydrophobic 12 g/m2 "
                "for leg cuffs; jumbo rolls, 60 t per month.",
                "nonwoven_spunbond",
            ),
            met("Pre-formed absorbent cores, fluff pulp with 12 g SAP each.", "absorbent_core"),
            met("Elastic tape 6-8 mm for leg gathers, 200,000 m per month.", "elastic_tape"),
        ),
    ),
    Sme(
        id="btd-056",
        name="บริษัท ระยองนอนวูฟเวน จำกัด",
        sub_cluster="ageing_lifestyle_central",
        stage="midstream",
        province="Rayong",
        language="th",
        email="rayong.nonwoven@example.co.th",
        certifications=("ISO 9001",),
        offers=(
            Offer(
                "nonwoven_spunbond",
                "ผ้าไม่ทอสปันบอนด์โพลีโพรพิลีนและเอสเอ็มเอส น้ำหนัก 10–80 กรัม/ตร.ม. "
                "มีทั้งชนิดชอบน้ำและไม่ชอบน้ำ หน้ากว้างสูงสุด 3.2 เมตร ได้รับ ISO 9001",
            ),
        ),
    ),
    Sme(
        id="btd-057",
        name="CoreAbsorb Industries",
        sub_cluster="ageing_lifestyle_central",
        stage="midstream",
        province="Saraburi",
        language="en",
        email="coreabsorb@example.com",
        offers=(
            Offer(
                "absorbent_core",
                "Absorbent cores for diapers and underpads: airlaid fluff pulp with SAP (8-20 g), "
                "tissue-wrapped, custom shapes.",
            ),
        ),
        needs=(met("Hydrophilic spunbond 10-12 g/m2 as core wrap, 5 t per month.", "nonwoven_spunbond"),),
    ),
    Sme(
        id="btd-058",
        name="บริษัท สยามลินินการแพทย์ จำกัด",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Bangkok",
        language="th",
        email="siam.medlinen@example.co.th",
        certifications=(OEKO,),
        offers=(
            Offer(
                "bed_linen",
                "ผ้าปูที่นอน ปลอกหมอน และปลอกผ้าห่ม สำหรับโรงพยาบาลและโรงแรม ผ้าโพลีเอสเตอร์ผสมฝ้าย "
                "หรือฝ้าย 100% ทนการซักแบบอุตสาหกรรม ผ่านการทดสอบโอเคเท็กซ์",
            ),
            Offer(
                "patient_gown",
                "ชุดผู้ป่วย เสื้อผูกหลัง ชุดคลุม และกางเกงเอวยางยืด ผ้าคอตตอนผสม สีตามที่โรงพยาบาลกำหนด ปักโลโก้ได้",
            ),
        ),
        needs=(
            met(
                "จัดซื้อผ้าทอโพลีเอสเตอร์ผสมฝ้ายสำหรับตัดผ้าปูที่นอน หน้ากว้างไม่น้อยกว่า 240 ซม. ปีละ 60,000 เมตร",
                "polycotton_woven_fabric",
            ),
            met(
                "จ้างย้อมผ้าม้วนสีฟ้าและสีเขียวสำหรับชุดผู้ป่วย ย้อมรีแอคทีฟ ล็อตละ 1,000 เมตร",
                "industrial_dyeing_service",
            ),
        ),
    ),
    Sme(
        id="btd-059",
        name="Pak Kret Uniform Makers",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Nonthaburi",
        language="en",
        email="orders@pakkretuniform.example.com",
        offers=(
            Offer(
                "work_uniform",
                "Uniforms made to your design: nurse scrubs, chef jackets, hotel front-office suits, "
                "spa therapist tunics. Polycotton twill or stretch poplin, logo embroidery included.",
            ),
        ),
        needs=(
            met(
                "Polyester/cotton 65/35 twill, 200-240 g/m2, 150 cm wide, dyed to our colours, 15,000 m per year.",
                "polycotton_woven_fabric",
            ),
            met("Embroidery subcontractor for peak months, about 3,000 logos a month.", "embroidery_service"),
        ),
    ),
    Sme(
        id="btd-060",
        name="โรงพยาบาลวังทองพิษณุเวช",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Phitsanulok",
        language="th",
        email="procure.wangthong@example.co.th",
        needs=(
            met(
                "ประกาศจัดซื้อชุดผู้ป่วยผู้ใหญ่ ๘๐๐ ชุด ตามแบบ ผ้าคอตตอน ๑๐๐% หรือผ้าทีซี สีชมพู ขนาด L และ XL",
                "patient_gown",
            ),
            met(
                "จัดซื้อหน้ากากผ้าชนิดใช้ซ้ำ ๓ ชั้น ชั้นกลางผ่านการเคลือบสารยับยั้งแบคทีเรีย ซักได้ไม่น้อยกว่า ๓๐ ครั้ง จำนวน ๑๐,๐๐๐ ชิ้น",
                "reusable_fabric_mask",
            ),
            met("จัดจ้างตัดชุดปฏิบัติงานบุคลากร (ชุดสครับ) ตามแบบ ๖๐๐ ชุด", "work_uniform"),
        ),
    ),
    Sme(
        id="btd-061",
        name="SafeBreath Textile Masks",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Bangkok",
        language="en",
        email="safebreath@example.com",
        certifications=(OEKO,),
        offers=(
            Offer(
                "reusable_fabric_mask",
                "Reusable 3-ply fabric face masks: cotton outer, antibacterial-treated polyester "
                "middle, cotton inner. BFE >= 95% (ASTM F2101), 30 washes. Adult and child sizes. "
                "OEKO-TEX Standard 100.",
            ),
        ),
        needs=(
            met(
                "Antibacterial finishing (silver or zinc based) of our polyester mask fabric on "
                "commission, durable to 30 washes, with an AATCC 100 test report.",
                "functional_finishing_service",
            ),
        ),
    ),
    Sme(
        id="btd-062",
        name="หจก. ใส่ง่ายแฟชั่นผู้สูงวัย",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Nonthaburi",
        language="th",
        email="saingai.fashion@example.co.th",
        offers=(
            Offer(
                "elderly_adaptive_clothing",
                "เสื้อผ้าผู้สูงอายุแบบใส่ง่ายถอดง่าย ติดกระดุมแม่เหล็ก มีรุ่นเปิดด้านข้างสำหรับผู้ป่วยติดเตียง ผ้าฝ้ายเนื้อนุ่ม ไซซ์ S ถึง 3XL",
            ),
        ),
        needs=(
            met(
                "ต้องการผ้ายืดคอตตอน 100% ชนิดซิงเกิลเจอร์ซีย์ เนื้อนุ่ม 160–200 กรัม/ตร.ม. สีพื้น 8 สี เดือนละ 1,000 เมตร",
                "cotton_knit_fabric",
                "organic_cotton_jersey",
            ),
        ),
    ),
    Sme(
        id="btd-063",
        name="VenaCare Medical Hosiery Co., Ltd.",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Chonburi",
        language="en",
        email="venacare@example.com",
        certifications=("ISO 13485", FDA),
        offers=(
            Offer(
                "medical_compression_stockings",
                "Graduated medical compression stockings: class I 18-21 mmHg and class II 23-32 "
                "mmHg, knee-high and thigh-high, open or closed toe, tested to RAL-GZ 387. ISO 13485 "
                "certified; Thai FDA listed.",
            ),
        ),
        needs=(
            unmet(
                "hosiery_machines",
                "Double-cylinder medical hosiery knitting machines, 4 inch, 200 needles, 4 units, new or refurbished.",
            ),
        ),
    ),
    Sme(
        id="btd-064",
        name="บริษัท เวชภัณฑ์ใกล้บ้าน จำกัด",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Bangkok",
        language="th",
        email="klaibaan.pharmacy@example.co.th",
        needs=(
            met(
                "สั่งซื้อถุงน่องทางการแพทย์แรงบีบ 20–30 มม.ปรอท เพื่อวางจำหน่ายในทุกสาขา สินค้าต้องได้รับอนุญาตจาก อย.",
                "medical_compression_stockings",
                requires=(FDA,),
            ),
            met(
                "ผ้าอ้อมผู้ใหญ่แบบกางเกงและแบบเทป ติดฉลากภาษาไทย มีเลข อย. ครบทุกรายการ สั่งเดือนละ 500 ห่อ",
                "adult_diaper_disposable",
                requires=(FDA,),
            ),
            met("ถุงเท้ากันลื่นสำหรับผู้สูงอายุ ฟรีไซซ์ แพ็กละคู่ 1,000 คู่", "grip_socks"),
        ),
    ),
    Sme(
        id="btd-065",
        name="Hua Hin Wellness Retreat",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Prachuap Khiri Khan",
        language="en",
        email="stores@huahinwellness.example.com",
        bcg=("green",),
        needs=(
            met(
                "Supply of spa linen, 200 sets: 1. kimono robes in cotton waffle, two sizes; "
                "2. massage sarongs with pha khao ma check, 100 x 170 cm; 3. treatment-bed covers.",
                "spa_textiles",
            ),
            met("Pool and bath towels, cotton terry, 500-600 g/m2, 400 pcs.", "bath_towels"),
            met("Therapist and reception uniforms made to our design, 80 sets.", "work_uniform"),
        ),
    ),
    Sme(
        id="btd-066",
        name="โรงงานผ้าขนหนูสุพรรณ",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Suphan Buri",
        language="th",
        email="suphan.towel@example.co.th",
        offers=(
            Offer(
                "bath_towels",
                "ผ้าขนหนูฝ้าย 100% สำหรับโรงแรมและสปา ผ้าเช็ดตัว 70 x 140 ซม. 550 กรัม/ตร.ม. "
                "ผ้าเช็ดมือ ผ้าเช็ดหน้า สีขาวและสีพื้น ทอขอบดอบบี้",
            ),
            Offer("spa_textiles", "เสื้อคลุมอาบน้ำผ้าขนหนูและผ้าวาฟเฟิล ผ้าคลุมเตียงนวดสำหรับสปา"),
        ),
        needs=(met("จ้างย้อมเส้นด้ายฝ้ายแบบลูกชีส สีตามตัวอย่าง ครั้งละ 500 กก.", "industrial_dyeing_service"),),
    ),
    Sme(
        id="btd-067",
        name="Silver Years Care Homes",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Bangkok",
        language="en",
        email="ops@silveryears.example.com",
        needs=(
            met(
                "Slide sheets or transfer sheets with handles for moving bed-bound residents, 24 pcs.",
                "patient_transfer_sheet",
            ),
            met(
                "Pressure-relief positioning pillows (30-degree wedges, heel cushions) with washable covers, 60 pcs.",
                "positioning_pillow",
            ),
        ),
    ),
    Sme(
        id="btd-068",
        name="วิสาหกิจชุมชนถุงเท้าบ้านโพธิ์ทอง",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Ang Thong",
        language="th",
        email="photong.socks@example.co.th",
        bcg=("circular",),
        offers=(
            Offer(
                "grip_socks",
                "ถุงเท้ากันลื่นสำหรับผู้สูงอายุและผู้ป่วย พื้นซิลิโคนรอบเท้า ผ้าฝ้ายผสม ขนาด M L XL สีเทาและน้ำเงิน",
            ),
        ),
        needs=(
            met(
                "จัดซื้อเส้นด้ายฝ้ายรีไซเคิลเบอร์ 16/1 ถึง 20/1 สำหรับถักถุงเท้า ต้องมีใบรับรอง GRS เดือนละ 1 ตัน",
                "recycled_cotton_yarn",
                requires=("GRS",),
            ),
        ),
    ),
    Sme(
        id="btd-069",
        name="CleanCycle Linen Services",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Nonthaburi",
        language="en",
        email="service@cleancycle.example.com",
        certifications=("ISO 14001",),
        bcg=("circular",),
        offers=(
            Offer(
                "linen_laundry_service",
                "Commercial laundry for hospitals, care homes and hotels: tunnel washer, thermal "
                "disinfection at 71 C for 3 min, pick-up and delivery across Bangkok and Nonthaburi.",
            ),
            Offer(
                "used_linen_waste",
                "Retired sheets and towels, torn or stained, mostly cotton terry and cotton-rich "
                "sheeting, about 2 t a month, sold by the bale.",
            ),
        ),
    ),
    Sme(
        id="btd-070",
        name="บริษัท เพชรบุรีนิตติ้ง จำกัด",
        sub_cluster="ageing_lifestyle_central",
        stage="midstream",
        province="Phetchaburi",
        language="th",
        email="phetknit@example.co.th",
        offers=(
            Offer(
                "cotton_knit_fabric",
                "ผ้าถักคอตตอน 100% ซิงเกิลเจอร์ซีย์ด้ายเบอร์ 32 และผ้าริบ ย้อมสีพื้น น้ำหนัก 150–190 กรัม/ตร.ม.",
            ),
            Offer("organic_cotton_jersey", "ผ้ายืดฝ้ายออร์แกนิก ซิงเกิลเจอร์ซีย์ 170 กรัม สีขาวธรรมชาติ"),
        ),
    ),
    # ---------------------------------------------------------- ageing lifestyle, Isan
    Sme(
        id="btd-071",
        name="โรงพยาบาลชุมชนบ้านแฮด",
        sub_cluster="ageing_lifestyle_isan",
        stage="downstream",
        province="Khon Kaen",
        language="th",
        email="banhaet.hospital@example.co.th",
        needs=(
            met(
                "จัดซื้อแผ่นรองซับชนิดผ้าซักได้ สำหรับผู้ป่วยติดเตียงในโครงการเยี่ยมบ้าน ๓๐๐ ผืน",
                "reusable_underpad",
            ),
            met(
                "กางเกงผ้าอ้อมผู้ใหญ่แบบซักได้ มีแผ่นซับด้านในถอดเปลี่ยนได้ ๒๐๐ ตัว",
                "adult_diaper_reusable_cloth",
            ),
            met("ชุดผู้ป่วยใน เสื้อคอวีผ่าหน้า กางเกงขายาว ผ้าฝ้ายผสม ๕๐๐ ชุด", "patient_gown"),
        ),
    ),
    Sme(
        id="btd-072",
        name="Nong Sung Cloth Diaper Collective",
        sub_cluster="ageing_lifestyle_isan",
        stage="downstream",
        province="Udon Thani",
        language="en",
        email="nongsung.diapers@example.com",
        bcg=("circular",),
        offers=(
            Offer(
                "adult_diaper_reusable_cloth",
                "Washable adult cloth briefs with handwoven cotton absorbent layers, TPU leak "
                "barrier and adjustable snaps. Waist S 60-80, M 75-100, L 95-120 cm.",
            ),
        ),
        needs=(
            met(
                "Waterproof breathable laminated fabric for the barrier layer, 500 m per quarter.",
                "tpu_laminated_fabric",
            ),
            met(
                "Undyed handwoven cotton cloth, soft and absorbent, 300 m per quarter.",
                "cotton_fabric_handwoven_greige",
            ),
        ),
    ),
    Sme(
        id="btd-073",
        name="ศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุ เทศบาลตำบลเมืองสรวง",
        sub_cluster="ageing_lifestyle_isan",
        stage="downstream",
        province="Roi Et",
        language="th",
        email="muangsuang.elderly@example.co.th",
        needs=(
            met(
                "จัดซื้อผ้าอ้อมผู้ใหญ่สำเร็จรูป ชนิดเทปกาว ขนาด L จำนวน ๖,๐๐๐ ชิ้น ผลิตภัณฑ์ต้องผ่าน อย.",
                "adult_diaper_disposable",
                requires=(FDA,),
            ),
            met("หมอนจัดท่าป้องกันแผลกดทับสำหรับผู้สูงอายุติดเตียง ๔๐ ใบ", "positioning_pillow"),
            unmet(
                "caregivers",
                "จ้างผู้ดูแลผู้สูงอายุที่ผ่านการอบรมหลักสูตร ๗๐ ชั่วโมง จำนวน ๕ คน",
            ),
        ),
    ),
    Sme(
        id="btd-074",
        name="กลุ่มหมอนขิดบ้านหนองเหล็ก",
        sub_cluster="ageing_lifestyle_isan",
        stage="downstream",
        province="Maha Sarakham",
        language="th",
        email="nonglek.pillow@example.co.th",
        bcg=("bio",),
        offers=(
            Offer(
                "positioning_pillow",
                "หมอนจัดท่าผู้ป่วย ทรงลิ่ม ทรงตัวซี และหมอนรองส้นเท้า ปลอกผ้าฝ้ายทอมือถอดซักได้ ไส้ใยโพลีเอสเตอร์",
            ),
        ),
        needs=(
            met(
                "ต้องการใยโพลีเอสเตอร์ชนิดใยกลวงสำหรับบรรจุหมอน ใช้ใยรีไซเคิลได้ เดือนละ 300 กก.",
                "rpet_fill_fibre",
            ),
            met(
                "ผ้าฝ้ายทอมือสีธรรมชาติที่ยังไม่ย้อม สำหรับเย็บปลอกหมอน 200 เมตร",
                "cotton_fabric_handwoven_greige",
            ),
            unmet("kapok", "หาซื้อนุ่นที่แยกเมล็ดออกแล้ว 100 กก. สำหรับหมอนรุ่นธรรมชาติ"),
        ),
    ),
    Sme(
        id="btd-075",
        name="Mekong Gentle Wear",
        sub_cluster="ageing_lifestyle_isan",
        stage="downstream",
        province="Ubon Ratchathani",
        language="en",
        email="gentlewear@example.com",
        bcg=("bio",),
        offers=(
            Offer(
                "elderly_adaptive_clothing",
                "Adaptive garments for older adults: front-opening shirts with magnetic closures, "
                "wrap skirts and easy-on trousers, cut from Isan indigo cotton.",
            ),
        ),
        needs=(
            met(
                "Naturally dyed handwoven cotton by the metre (indigo or other plant dyes), 400 m per season.",
                "cotton_fabric_natural_dyed",
            ),
        ),
    ),
    Sme(
        id="btd-076",
        name="กลุ่มทอผ้าไหมแพรวาบ้านโพน",
        sub_cluster="ageing_lifestyle_isan",
        stage="midstream",
        province="Kalasin",
        language="th",
        email="banphon.praewa@example.co.th",
        bcg=("bio",),
        offers=(
            Offer(
                "silk_fabric_handwoven",
                "ผ้าไหมแพรวาทอมือ ลายขิดจกแบบดั้งเดิม ผืนละ 1 x 2 เมตร พื้นสีแดงครั่ง",
            ),
            Offer("scarf_silk", "ผ้าพันคอไหมแพรวา 30 x 180 ซม."),
        ),
        needs=(met("ต้องการไหมเส้นพื้นบ้าน สาวมือ สีธรรมชาติ เดือนละ 10 กก.", "silk_yarn_native"),),
    ),
    Sme(
        id="btd-077",
        name="ร้านย้อมครามท่าอุเทน",
        sub_cluster="ageing_lifestyle_isan",
        stage="midstream",
        province="Nakhon Phanom",
        language="th",
        email="thauthen.indigo@example.co.th",
        bcg=("bio",),
        offers=(
            Offer(
                "natural_dyeing_service",
                "รับย้อมครามตามสั่ง ทั้งเส้นด้าย ผ้าผืน และเสื้อผ้าสำเร็จรูป ใช้หม้อครามหมักแบบธรรมชาติ ความเข้มอ่อนตามที่ลูกค้าต้องการ",
            ),
        ),
        needs=(met("รับซื้อเนื้อครามเปียกคุณภาพดี เดือนละ 50 กก.", "indigo_paste"),),
    ),
    Sme(
        id="btd-078",
        name="Ban Khwao Silk Reelers",
        sub_cluster="ageing_lifestyle_isan",
        stage="upstream",
        province="Chaiyaphum",
        language="en",
        email="bankhwao.silk@example.com",
        bcg=("bio",),
        offers=(
            Offer(
                "silk_yarn_native",
                "Hand-reeled Thai native silk from yellow cocoons, degummed, undyed; fine warp grade "
                "and coarse weft grade. Per kg.",
            ),
        ),
    ),
    Sme(
        id="btd-079",
        name="กองสาธารณสุข องค์การบริหารส่วนตำบลสตึกใหม่",
        sub_cluster="ageing_lifestyle_isan",
        stage="downstream",
        province="Buriram",
        language="th",
        email="satuekmai.health@example.co.th",
        needs=(
            met(
                "จัดซื้อผ้าอ้อมผู้ใหญ่เพื่อแจกผู้ป่วยติดบ้านติดเตียง ๑,๕๐๐ แพ็ก ต้องมีเลขทะเบียน อย. และได้มาตรฐาน มอก.",
                "adult_diaper_disposable",
                requires=(FDA, TIS),
            ),
            unmet(
                "caregiver_training",
                "จัดอบรมหลักสูตรการดูแลผู้สูงอายุให้อาสาสมัครในตำบล ๕๐ คน ๓ วัน หาวิทยากรพร้อมเอกสารประกอบ",
            ),
        ),
    ),
    Sme(
        id="btd-080",
        name="ร้านของฝากตลาดอินโดจีนมุกดาหาร",
        sub_cluster="ageing_lifestyle_isan",
        stage="downstream",
        province="Mukdahan",
        language="th",
        email="indochina.souvenir@example.co.th",
        needs=(
            met(
                "รับซื้อผ้าพันคอฝ้ายทอมือ ย้อมครามหรือย้อมสีธรรมชาติอื่น ส่งทุกเดือน เดือนละ 60 ผืน",
                "scarf_cotton",
            ),
            met("ผ้าพันคอไหม ไม่จำเป็นต้องมีตรานกยูง ขอราคาส่ง 40 ผืน", "scarf_silk"),
        ),
    ),
    Sme(
        id="btd-081",
        name="วิสาหกิจชุมชนฝ้ายอินทรีย์บ้านนาโส่",
        sub_cluster="ageing_lifestyle_isan",
        stage="upstream",
        province="Yasothon",
        language="th",
        email="naso.cotton@example.co.th",
        certifications=(OT,),
        bcg=("bio",),
        offers=(
            Offer(
                "cotton_lint_organic",
                "ปุยฝ้ายพื้นเมืองปลูกแบบอินทรีย์ ทั้งฝ้ายขาวและฝ้ายตุ่น อีดเมล็ดออกแล้ว ได้รับรองมาตรฐานเกษตรอินทรีย์ ขายเป็นกิโลกรัม",
            ),
        ),
        needs=(
            met(
                "ต้องการโรงปั่นรับจ้างปั่นปุยฝ้ายของกลุ่มเป็นเส้นด้ายด้วยเครื่อง ล็อตแรก 200 กก.",
                "spinning_service",
            ),
        ),
    ),
    Sme(
        id="btd-082",
        name="Kaen Nakhon General Hospital",
        sub_cluster="ageing_lifestyle_isan",
        stage="downstream",
        province="Khon Kaen",
        language="en",
        email="tenders@kaennakhon.example.com",
        needs=(
            met(
                "Tender KNH-LIN-25/07, supply of hospital bed linen. 1. Flat sheets 160 x 260 cm, "
                "polyester/cotton 50/50, 200 TC. 2. Pillowcases. 3. Draw sheets. All items shall be "
                "certified to OEKO-TEX Standard 100. Quantity 4,500 pieces.",
                "bed_linen",
                requires=(OEKO,),
            ),
            met(
                "Supply of reusable patient transfer sheets with reinforced handles; safe working "
                "load shall be not less than 180 kg. 30 units.",
                "patient_transfer_sheet",
            ),
            met(
                "Anti-embolism graduated compression stockings, thigh length, S-XL, 2,000 pairs a "
                "year. The manufacturer shall hold ISO 13485.",
                "medical_compression_stockings",
                requires=("ISO 13485",),
            ),
        ),
    ),
    # ---------------------------------------------------------- more regions
    Sme(
        id="btd-083",
        name="Ao Nang Cliff Resort",
        sub_cluster="hemp_natural_fibre",
        stage="downstream",
        province="Krabi",
        language="en",
        email="purchasing@aonangcliff.example.com",
        bcg=("green",),
        needs=(
            met(
                "Supply of bed linen for 140 rooms: fitted and flat sheets, duvet covers, "
                "pillowcases; 100% cotton, 250-300 TC, white.",
                "bed_linen",
            ),
            met("Bath and pool towels, 100% cotton, 550 g/m2 or heavier, 900 pcs.", "bath_towels"),
            met(
                "Hand-drawn batik cloth by the metre with southern Thai motifs, for cushion covers "
                "and wall panels, 120 m.",
                "batik_fabric",
            ),
        ),
    ),
    Sme(
        id="btd-084",
        name="กลุ่มผ้าบาติกบ้านตันหยง",
        sub_cluster="hemp_natural_fibre",
        stage="midstream",
        province="Pattani",
        language="th",
        email="tanyong.batik@example.co.th",
        certifications=("OTOP",),
        bcg=("bio",),
        offers=(
            Offer(
                "batik_fabric",
                "ผ้าบาติกเขียนเทียนด้วยมือ ลายปลาและลายดอกชบา บนผ้าฝ้ายและผ้าเรยอง ผืนละ 2 เมตร ตัดขายเป็นเมตรได้ สินค้าโอทอป",
            ),
        ),
        needs=(
            unmet(
                "pfd_cotton_cambric",
                "ต้องการผ้าฝ้าย 100% ทอเครื่อง ชนิดผ้าป่านเนื้อบาง ฟอกขาวพร้อมย้อม หน้ากว้าง 115 ซม. ม้วนละ 100 เมตร",
            ),
        ),
    ),
    Sme(
        id="btd-085",
        name="โรงพยาบาลเบตงรวมใจ",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Yala",
        language="th",
        email="betong.ruamjai@example.co.th",
        needs=(
            met("จัดซื้อหน้ากากผ้าสำหรับเจ้าหน้าที่ ชนิดซักได้ มีชั้นกรอง ๓ ชั้น ๒,๐๐๐ ชิ้น", "reusable_fabric_mask"),
            met("ผ้าปูเตียงผู้ป่วยพร้อมปลอกหมอน ผ้าโทเรสีขาว ๖๐๐ ชุด", "bed_linen"),
            met(
                "ชุดผู้ป่วยหญิงแบบมิดชิด แขนยาว สำหรับผู้ป่วยมุสลิม ๓๐๐ ชุด ตามแบบของโรงพยาบาล",
                "patient_gown",
            ),
        ),
    ),
    Sme(
        id="btd-086",
        name="Samui Zero-Waste Spa Villas",
        sub_cluster="circular_textile",
        stage="downstream",
        province="Surat Thani",
        language="en",
        email="villas@samuizerowaste.example.com",
        bcg=("circular", "green"),
        needs=(
            met("Spa robes and massage wraps in natural fibres, 60 sets.", "spa_textiles"),
            met("Bath mats or rag rugs made from recycled or offcut fabric, 40 pcs.", "upcycled_rug"),
        ),
    ),
    Sme(
        id="btd-087",
        name="โรงพยาบาลสะเดาสุขใจ",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Songkhla",
        language="th",
        email="sadao.sukjai@example.co.th",
        needs=(
            met(
                "หน้ากากผ้าต้านแบคทีเรียแบบใช้ซ้ำได้ ผ่านการทดสอบประสิทธิภาพการกรองแบคทีเรีย จำนวน 5,000 ชิ้น",
                "reusable_fabric_mask",
            ),
            met("เสื้อผู้ป่วยเด็ก ผ้าฝ้ายพิมพ์ลาย 200 ชุด", "patient_gown"),
            met(
                "ถุงน่องป้องกันลิ่มเลือดอุดตันสำหรับผู้ป่วยหลังผ่าตัด ต้องมีทะเบียน อย. 500 คู่",
                "medical_compression_stockings",
                requires=(FDA,),
            ),
        ),
    ),
    Sme(
        id="btd-088",
        name="River Kwai Retirement Village",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Kanchanaburi",
        language="en",
        email="village@riverkwairetire.example.com",
        needs=(
            met(
                "Easy-dressing clothes for residents with limited mobility (magnetic or hook-and-loop "
                "closures, open-back options), 200 pieces.",
                "elderly_adaptive_clothing",
            ),
            met("Anti-slip socks, 400 pairs.", "grip_socks"),
            met("Bed sheets and pillowcases for 3-ft single beds, cotton-rich, 150 sets.", "bed_linen"),
        ),
    ),
    Sme(
        id="btd-089",
        name="Kabin Weaving Mills Co., Ltd.",
        sub_cluster="ageing_lifestyle_central",
        stage="midstream",
        province="Prachinburi",
        language="en",
        email="mill@kabinweaving.example.com",
        certifications=("ISO 9001",),
        offers=(
            Offer(
                "polycotton_woven_fabric",
                "Polyester/cotton wovens: T/C 65/35 twill 45x45 133x72, 220 g/m2; T/C 50/50 percale "
                "200 TC for sheeting; greige or dyed, up to 280 cm wide. ISO 9001 mill.",
            ),
        ),
    ),
    Sme(
        id="btd-090",
        name="Organic Loop Knitting Co., Ltd.",
        sub_cluster="hemp_natural_fibre",
        stage="midstream",
        province="Chonburi",
        language="en",
        email="knit@organicloop.example.com",
        certifications=("GOTS", OEKO),
        bcg=("bio",),
        offers=(
            Offer(
                "organic_cotton_jersey",
                "Organic cotton single jersey 160 g/m2 and 1x1 rib, 100% organic cotton, GOTS "
                "certified, OEKO-TEX Standard 100, reactive dyed or PFD, 180 cm.",
            ),
            Offer("cotton_knit_fabric", "Combed cotton jersey 30s, 150 g/m2, 40 stock colours."),
        ),
        needs=(
            unmet(
                "organic_cotton_yarn_gots",
                "GOTS certified organic combed ring-spun cotton yarn, Ne 30/1 and Ne 40/1, 20 t a "
                "year, Thai origin preferred.",
                requires=("GOTS",),
            ),
        ),
    ),
    Sme(
        id="btd-091",
        name="หจก. จันท์ม็อบรีไซเคิล",
        sub_cluster="circular_textile",
        stage="downstream",
        province="Chanthaburi",
        language="th",
        email="chanmop@example.co.th",
        bcg=("circular",),
        offers=(
            Offer(
                "cleaning_mop",
                "หัวม็อบถูพื้นและผ้าเช็ดทำความสะอาดจากด้ายรีไซเคิล ดูดซับน้ำดี ใช้ในโรงแรมและโรงพยาบาล",
            ),
        ),
        needs=(met("ต้องการด้ายฝ้ายรีไซเคิลเบอร์หยาบ 6/1 ถึง 8/1 สำหรับหัวม็อบ ไม่จำกัดสี", "recycled_cotton_yarn"),),
    ),
    Sme(
        id="btd-092",
        name="ผ้าฝ้ายเมืองลำปางสปาเท็กซ์",
        sub_cluster="hemp_natural_fibre",
        stage="downstream",
        province="Lampang",
        language="th",
        email="lampang.spatex@example.co.th",
        bcg=("bio",),
        offers=(
            Offer(
                "spa_textiles",
                "ชุดผ้าสำหรับสปาจากผ้าฝ้ายทอมือย้อมสีธรรมชาติ มีเสื้อคลุม ผ้าถุงสำหรับนวด ผ้าคลุมเตียง และผ้าขาวม้า รับผลิตพร้อมโลโก้ของสปา",
            ),
        ),
    ),
    Sme(
        id="btd-093",
        name="บริษัท ขาสวยถุงน่อง จำกัด",
        sub_cluster="ageing_lifestyle_central",
        stage="downstream",
        province="Samut Prakan",
        language="th",
        email="khasuay.stocking@example.co.th",
        offers=(
            Offer(
                "medical_compression_stockings",
                "ถุงน่องเพื่อสุขภาพ ลดอาการเส้นเลือดขอด แรงบีบไล่ระดับ 15–20 และ 20–30 มม.ปรอท ทั้งแบบใต้เข่าและยาวถึงต้นขา",
            ),
        ),
        needs=(met("ต้องการยางยืดขอบซิลิโคนสำหรับขอบถุงน่อง กว้าง 3 ซม. เดือนละ 20,000 เมตร", "elastic_tape"),),
    ),
    Sme(
        id="btd-094",
        name="Pai Valley Hemp Spinners",
        sub_cluster="hemp_natural_fibre",
        stage="upstream",
        province="Mae Hong Son",
        language="en",
        email="paivalley.hemp@example.com",
        bcg=("bio",),
        offers=(
            Offer(
                "hemp_yarn_handspun",
                "Hand-spun hemp thread by Hmong and Lisu spinners, undyed and wax-free, about 1,000 m/kg, 200 g hanks.",
            ),
        ),
        needs=(
            unmet(
                "loan_drying_shed",
                "Micro-loan or grant of THB 150,000 for a drying shed and six spinning wheels.",
            ),
        ),
    ),
    Sme(
        id="btd-095",
        name="Hempstep Socks",
        sub_cluster="hemp_natural_fibre",
        stage="downstream",
        province="Bangkok",
        language="en",
        email="hello@hempstep.example.com",
        bcg=("bio",),
        offers=(
            Offer(
                "hemp_socks",
                "Crew socks, 55% hemp / 43% cotton / 2% elastane, sizes 36-46, naturally odour-resistant.",
            ),
        ),
        needs=(
            met(
                "Machine-spun hemp or hemp-rich yarn, Nm 26-34 single, soft enough for sock "
                "knitting, 500 kg a quarter.",
                "hemp_yarn_machinespun",
            ),
        ),
    ),
    Sme(
        id="btd-096",
        name="กลุ่มผ้าเขียนเทียนม้งบ้านห้วยขม",
        sub_cluster="hemp_natural_fibre",
        stage="midstream",
        province="Chiang Rai",
        language="th",
        email="huaykhom.batik@example.co.th",
        bcg=("bio",),
        offers=(
            Offer(
                "hemp_fabric_indigo",
                "ผ้ากัญชงเขียนเทียนย้อมคราม ลายม้งดั้งเดิม หน้ากว้าง 35 ซม. ขายเป็นเมตรหรือผืนละ 5 เมตร",
            ),
        ),
        needs=(met("ต้องการด้ายกัญชงเข็นมือที่ยังไม่ย้อม ประมาณ 15 กก. ต่อเดือน", "hemp_yarn_handspun"),),
    ),
    Sme(
        id="btd-097",
        name="บริษัท กรีนมาร์ท ไลฟ์สไตล์ จำกัด",
        sub_cluster="hemp_natural_fibre",
        stage="downstream",
        province="Bangkok",
        language="th",
        email="buying@greenmart.example.co.th",
        needs=(
            met(
                "คัดเลือกผู้ผลิตเสื้อผ้าเด็กอ่อนจากฝ้ายออร์แกนิกเพื่อวางขายในห้าง สินค้าต้องได้การรับรอง GOTS ไตรมาสละ 1,200 ชิ้น",
                "baby_clothes_organic",
                requires=("GOTS",),
            ),
            met("ถุงเท้าใยกัญชงสำหรับผู้ใหญ่ แพ็กละ 3 คู่ 600 แพ็ก", "hemp_socks"),
            met("กระเป๋าผ้ากัญชงสำหรับมุมสินค้ารักษ์โลก 150 ใบ", "hemp_bag"),
        ),
    ),
    Sme(
        id="btd-098",
        name="Korat Hotel & Hospital Linen Co., Ltd.",
        sub_cluster="ageing_lifestyle_isan",
        stage="downstream",
        province="Nakhon Ratchasima",
        language="en",
        email="sales@koratlinen.example.com",
        offers=(
            Offer(
                "bed_linen",
                "Flat and fitted sheets, pillowcases, duvet covers and draw sheets; T/C 50/50 or 100% "
                "cotton percale, 200-300 TC; institutional hems, logo embroidery on request.",
            ),
        ),
        needs=(met("T/C percale for sheeting, 250 cm wide or more, 30,000 m a year.", "polycotton_woven_fabric"),),
    ),
)

# ------------------------------------------------------------------ links


def derive_links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            for supplier in smes:
                if supplier.id == buyer.id:
                    continue
                if not set(need.requires) <= set(supplier.certifications):
                    continue
                if any(offer.label in need.meets for offer in supplier.offers):
                    links.add((supplier.id, buyer.id))
    return sorted(links)


# ------------------------------------------------------------------ checks

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
EMAIL = re.compile(r"^[a-z0-9][a-z0-9._-]*@(?:[a-z0-9-]+\.)*example\.(?:com|co\.th)$")


def is_thai_letter(char: str) -> bool:
    return char.isalpha() and "\u0e00" <= char <= "\u0e7f"


def is_latin_letter(char: str) -> bool:
    return char.isalpha() and char <= "\u024f"


def thai_share(text: str) -> float:
    thai = sum(1 for c in text if is_thai_letter(c))
    latin = sum(1 for c in text if is_latin_letter(c))
    return thai / (thai + latin) if thai + latin else 0.0


def check(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    err = errors.append

    # ids, names, emails
    ids = [s.id for s in smes]
    if ids != [f"btd-{i:03d}" for i in range(1, len(smes) + 1)]:
        err("ids are not btd-001 ... in order without gaps")
    for field in ("id", "name", "email"):
        counts = Counter(getattr(s, field).casefold() for s in smes)
        for value, count in counts.items():
            if count > 1:
                err(f"duplicate {field}: {value}")
    if not 90 <= len(smes) <= 100:
        err(f"{len(smes)} profiles, expected 90-100")

    sub_clusters = {c.value for c in SubCluster}
    stages = {s.value for s in Stage}
    bcg_tags = {b.value for b in BcgTag}
    all_offer_labels: dict[str, set[str]] = {}
    for sme in smes:
        for offer in sme.offers:
            all_offer_labels.setdefault(offer.label, set()).add(sme.id)
    if set(WANTS) & set(LABELS):
        err(f"wants that are also labels: {sorted(set(WANTS) & set(LABELS))}")

    for sme in smes:
        where = sme.id
        if not sme.name.strip() or sme.name != sme.name.strip():
            err(f"{where}: bad name")
        if sme.sub_cluster not in sub_clusters:
            err(f"{where}: unknown sub_cluster {sme.sub_cluster!r}")
        if sme.stage not in stages:
            err(f"{where}: unknown stage {sme.stage!r}")
        province = resolve_province(sme.province)
        if province is None or province.name_en != sme.province:
            err(f"{where}: province {sme.province!r} is not a canonical English name")
        if sme.language not in LANGUAGES:
            err(f"{where}: language {sme.language!r}")
        if not EMAIL.match(sme.email):
            err(f"{where}: email {sme.email!r} not at example.com / example.co.th")
        if len(set(sme.certifications)) != len(sme.certifications):
            err(f"{where}: duplicate certification")
        for cert in sme.certifications:
            if resolve_certification(cert) != cert:
                err(f"{where}: certification {cert!r} is not canonical")
        if len(set(sme.bcg)) != len(sme.bcg) or not set(sme.bcg) <= bcg_tags:
            err(f"{where}: bcg {sme.bcg!r}")
        if not sme.offers and not sme.needs:
            err(f"{where}: neither offers nor needs")

        texts = [o.text for o in sme.offers] + [n.text for n in sme.needs]
        if len(set(texts)) != len(texts):
            err(f"{where}: repeated text")
        for text in texts:
            if not text.strip() or text != text.strip() or "\n" in text:
                err(f"{where}: blank or untrimmed text {text!r}")
        if sme.language == "en":
            for value in [sme.name, *texts]:
                if THAI_CHAR.search(value):
                    err(f"{where}: Thai script in an English profile: {value[:40]!r}")
        else:
            for text in texts:
                share = thai_share(text)
                if share < 0.6:
                    err(f"{where}: only {share:.0%} Thai letters in {text[:40]!r}")

        for offer in sme.offers:
            if offer.label not in LABELS:
                err(f"{where}: unknown offer label {offer.label!r}")
            claimed = find_certifications(offer.text)
            if not claimed <= set(sme.certifications):
                err(f"{where}: offer claims {sorted(claimed - set(sme.certifications))} it lacks")

        for need in sme.needs:
            named = find_certifications(need.text)
            if named != set(need.requires):
                err(f"{where}: need names {sorted(named)} but requires {sorted(need.requires)}: {need.text[:50]!r}")
            for cert in need.requires:
                if resolve_certification(cert) != cert:
                    err(f"{where}: required certification {cert!r} is not canonical")
            if bool(need.meets) == bool(need.wants):
                err(f"{where}: a need must list labels or say what it wants, not both: {need.text[:40]!r}")
            if need.wants is not None:
                if need.wants not in WANTS:
                    err(f"{where}: unknown want {need.wants!r}")
                if need.wants in all_offer_labels:
                    err(f"{where}: unmet need {need.wants!r} is offered by someone")
                continue
            for label in need.meets:
                if label not in LABELS:
                    err(f"{where}: need lists unknown label {label!r}")
                elif not all_offer_labels.get(label, set()) - {sme.id}:
                    err(f"{where}: need lists {label!r}, offered by nobody else")
            suppliers = [
                s
                for s in smes
                if s.id != sme.id
                and set(need.requires) <= set(s.certifications)
                and any(o.label in need.meets for o in s.offers)
            ]
            if not suppliers:
                err(f"{where}: met need has no supplier once certifications count: {need.text[:40]!r}")

    # coverage
    by_id = {s.id: s for s in smes}
    if {s.sub_cluster for s in smes} != sub_clusters:
        err("not all sub-clusters present")
    if {s.stage for s in smes} != stages:
        err("not all stages present")
    regions = {resolve_province(s.province).region for s in smes if resolve_province(s.province)}
    if regions != set(Region):
        err(f"regions missing: {sorted(set(Region) - regions)}")
    thai = sum(1 for s in smes if s.language == "th")
    if not 0.50 <= thai / len(smes) <= 0.60:
        err(f"Thai share {thai / len(smes):.0%}, expected about 55%")
    if not any(not s.offers for s in smes) or not any(not s.needs for s in smes):
        err("expected some SMEs without offers and some without needs")
    if not any(len(s.offers) > 1 for s in smes) or not any(len(s.needs) > 1 for s in smes):
        err("expected some SMEs with several offers and several needs")

    # links
    if len(set(links)) != len(links) or links != sorted(links):
        err("links not unique and sorted")
    for supplier, buyer in links:
        if supplier == buyer:
            err(f"self-link {supplier}")
        if supplier not in by_id or buyer not in by_id:
            err(f"link to unknown id {supplier},{buyer}")
    partnered = {s for s, _ in links} | {b for _, b in links}
    for sme in smes:
        if sme.id not in partnered:
            err(f"{sme.id}: no true partner")
    if not 140 <= len(links) <= 180:
        err(f"{len(links)} links, expected 140-180")
    cross = sum(1 for s, b in links if by_id[s].language != by_id[b].language)
    if links and not 0.40 <= cross / len(links) <= 0.60:
        err(f"cross-language share {cross / len(links):.0%}, expected about half")
    return errors


# ------------------------------------------------------------------ output


def profile_json(sme: Sme) -> str:
    record = {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub_cluster,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [o.text for o in sme.offers],
        "needs": [n.text for n in sme.needs],
        "certifications": list(sme.certifications),
        "bcg": list(sme.bcg),
        "contact_email": sme.email,
        "language": sme.language,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def counts(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> list[tuple[str, object]]:
    by_id = {s.id: s for s in smes}
    needs = [n for s in smes for n in s.needs]
    cross = sum(1 for s, b in links if by_id[s].language != by_id[b].language)
    rows: list[tuple[str, object]] = [
        ("profiles", len(smes)),
        ("language th", sum(1 for s in smes if s.language == "th")),
        ("language en", sum(1 for s in smes if s.language == "en")),
    ]
    rows += [(f"sub_cluster {c.value}", sum(1 for s in smes if s.sub_cluster == c.value)) for c in SubCluster]
    rows += [(f"stage {st.value}", sum(1 for s in smes if s.stage == st.value)) for st in Stage]
    rows += [
        (
            f"region {r.value}",
            sum(1 for s in smes if (p := resolve_province(s.province)) is not None and p.region == r),
        )
        for r in Region
    ]
    rows += [
        ("provinces", len({s.province for s in smes})),
        ("offers", sum(len(s.offers) for s in smes)),
        ("offer labels in use", len({o.label for s in smes for o in s.offers})),
        ("needs", len(needs)),
        ("needs met", sum(1 for n in needs if n.meets)),
        ("needs unmet", sum(1 for n in needs if n.wants)),
        ("needs requiring a certification", sum(1 for n in needs if n.requires)),
        ("SMEs without offers", sum(1 for s in smes if not s.offers)),
        ("SMEs without needs", sum(1 for s in smes if not s.needs)),
        ("links", len(links)),
        ("links across languages", cross),
        ("links within one language", len(links) - cross),
    ]
    return rows


def main() -> int:
    links = derive_links(SMES)
    errors = check(SMES, links)
    if errors:
        for line in errors:
            print("FAIL", line, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    PROFILES_PATH.write_text("".join(profile_json(s) + "\n" for s in SMES), encoding="utf-8")
    LINKS_PATH.write_text(links_csv(links), encoding="utf-8")
    for name, value in counts(SMES, links):
        print(f"{name:38} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
