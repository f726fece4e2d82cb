"""Write the hand-labelled evaluation set `eval/blind_plain_viscose/`.

Theme: viscose, modal and lyocell (dissolving pulp, staple fibre, rayon and modal yarn, rayon challis and
crepe, Tencel jersey, printed rayon for dresses) plus the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster. Every offer carries a label saying what the thing is; every need lists the labels
that would meet it and the certifications its text requires, or is marked as met by no one. The true links
follow from the labels alone.

Run from the repository root:  .venv/bin/python eval/blind_plain_viscose/write.py
It checks everything first and writes nothing if a check fails.
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

taxonomy = importlib.import_module("shared.taxonomy")
CERTIFICATIONS = taxonomy.CERTIFICATIONS
BcgTag = taxonomy.BcgTag
Stage = taxonomy.Stage
SubCluster = taxonomy.SubCluster
find_certifications = taxonomy.find_certifications
resolve_certification = taxonomy.resolve_certification
resolve_province = taxonomy.resolve_province

OUT_DIR = Path(__file__).resolve().parent
ID_PREFIX = "bvs"
N_PROFILES = 95

# ------------------------------------------------------------------ shorthands

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
AGE_C = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AGE_I = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value
OEKO = "OEKO-TEX Standard 100"
TFDA = "Thai FDA"
TIS = "Thai Industrial Standard"
ORG_TH = "Organic Thailand"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    req: tuple[str, ...] = ()
    waive: tuple[str, ...] = ()
    note: str | None = None  # set when no one in the set meets the need

    @property
    def met(self) -> bool:
        return self.note is None


def N(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every `req`."""
    return Need(text, labels, req, waive)


def X(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need no one in the set meets; `labels` name goods that are offered but fail `req`."""
    return Need(text, labels, req, waive, note)


@dataclass(frozen=True)
class Sme:
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    email: str = ""
    sme_id: str = field(default="")


def S(
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    offers: list[tuple[str, str]] | None = None,
    needs: list[Need] | None = None,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(language, name, sub_cluster, stage, province, tuple(offers or ()), tuple(needs or ()), certs, bcg, email)


# ------------------------------------------------------------------ what each label means

LABELS: dict[str, str] = {
    # upstream goods
    "dissolving_pulp": "dissolving-grade wood or bamboo pulp for making viscose, modal or lyocell",
    "viscose_staple_fibre": "viscose (rayon) staple fibre, new",
    "modal_fibre": "modal staple fibre, new",
    "lyocell_fibre": "lyocell (Tencel) staple fibre, new",
    "bamboo_viscose_fibre": "viscose staple fibre made from bamboo pulp",
    "recycled_cellulose_fibre": "man-made cellulose fibre regenerated from textile waste",
    "recycled_polyester_fibre": "recycled polyester staple fibre",
    "raw_cotton": "ginned cotton lint",
    "hemp_fibre": "raw or scutched hemp fibre",
    "pineapple_fibre": "pineapple leaf fibre",
    "rayon_yarn": "spun viscose (rayon) yarn, undyed",
    "dyed_rayon_yarn": "spun viscose yarn dyed in colours, ready stock",
    "viscose_filament_yarn": "continuous viscose filament yarn",
    "modal_yarn": "modal or modal-blend spun yarn",
    "lyocell_yarn": "lyocell (Tencel) or lyocell-blend spun yarn",
    "bamboo_viscose_yarn": "bamboo viscose spun yarn",
    "cotton_yarn": "machine-spun cotton yarn",
    "handspun_cotton_yarn": "hand-spun cotton yarn",
    "hemp_yarn": "hemp yarn",
    "recycled_blend_yarn": "yarn spun from recycled textile fibre",
    "viscose_cutting_waste": "pre-consumer viscose cutting scraps",
    "cotton_cutting_waste": "pre-consumer cotton cutting scraps",
    "used_clothing": "second-hand or post-consumer garments",
    "indigo_paste": "natural indigo paste or dye",
    "natural_dye_materials": "plant and insect dye stuff: lac, barks, leaves, fruit",
    # fabrics and components
    "rayon_challis_greige": "undyed (greige) rayon challis",
    "printed_rayon_fabric": "printed rayon fabric by the metre or yard",
    "dyed_rayon_fabric": "solid-dyed rayon fabric",
    "rayon_crepe_fabric": "plain rayon crepe fabric",
    "deadstock_rayon_fabric": "surplus or deadstock rayon fabric rolls",
    "lyocell_jersey_fabric": "lyocell (Tencel) jersey knit fabric",
    "lyocell_twill_fabric": "woven lyocell twill or denim",
    "lyocell_sateen_fabric": "woven lyocell sateen for bedding",
    "modal_jersey_fabric": "modal jersey or rib knit fabric",
    "bamboo_jersey_fabric": "bamboo viscose jersey knit fabric",
    "cotton_fabric": "machine-woven cotton fabric",
    "cotton_jersey_fabric": "cotton jersey knit fabric",
    "handwoven_cotton_fabric": "handwoven cotton cloth, not indigo-dyed",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with indigo",
    "hemp_fabric": "hemp cloth",
    "performance_knit_fabric": "moisture-wicking sports knit fabric",
    "viscose_spunlace_nonwoven": "viscose spunlace nonwoven roll goods",
    "coconut_buttons": "coconut shell buttons",
    "elastic_tape": "elastic tape and waistbands",
    # services on the customer's goods
    "fabric_dyeing_service": "dyeing the customer's fabric or garments with synthetic dyes",
    "natural_dyeing_service": "dyeing the customer's goods with natural (plant) dyes other than indigo",
    "indigo_dyeing_service": "dyeing the customer's goods with natural indigo",
    "yarn_dyeing_service": "dyeing the customer's yarn",
    "fabric_printing_service": "printing on the customer's fabric",
    "knitting_service": "knitting the customer's yarn",
    "finishing_service": "finishing the customer's fabric: enzyme wash, softening, anti-pilling",
    "cmt_sewing_service": "cut-make-trim sewing of garments for other brands",
    # finished goods
    "rayon_dress": "dresses made of rayon, modal or lyocell",
    "womens_blouse": "women's blouses and tops",
    "modal_sleepwear": "sleepwear and loungewear",
    "modal_underwear": "underwear",
    "elderly_adaptive_clothing": "adaptive clothing for older people",
    "hospital_patient_gown": "hospital patient gowns",
    "lyocell_bedding": "bed sheets, duvet covers and pillowcases",
    "spa_robe": "bathrobes and spa wear",
    "scarf": "scarves and shawls dyed or printed with any dye",
    "natural_dyed_scarf": "scarves and shawls coloured only with natural dyes",
    "fabric_tote_bag": "fabric bags",
    "upcycled_patchwork_product": "products sewn from scraps or deadstock",
    "sports_tshirt": "sports and running shirts",
    "diabetic_socks": "soft seam-free socks for older or diabetic feet",
    "adult_wet_wipes": "wet wipes for adult care",
    "care_staff_uniform": "uniforms and scrubs for care staff",
}

# ------------------------------------------------------------------ the profiles

SMES: list[Sme] = [
    # ---------------------------------------------------------------- upstream
    S(
        "th",
        "บริษัท ปราจีนเซลลูโลส จำกัด",
        HEMP,
        UP,
        "Prachinburi",
        "sales@prachincellulose.co.th",
        offers=[("เยื่อละลายจากไม้ยูคาฯ เกรดทำเส้นใย ขั้นต่ำ 10 ตัน", "dissolving_pulp")],
        needs=[X("ชิปไม้ยูคาลิปตัส จากสวนที่ได้ FSC", "no wood chip seller in the set", req=("FSC",))],
        certs=("FSC", "ISO 14001"),
        bcg=("bio", "green"),
    ),
    S(
        "en",
        "Saraburi Cellulose Fibres Co., Ltd.",
        HEMP,
        UP,
        "Saraburi",
        "export@sbcfibres.com",
        offers=[
            ("VSF 1.2D x 38mm semi-dull", "viscose_staple_fibre"),
            ("High wet modulus staple, 1.0 dtex", "modal_fibre"),
        ],
        needs=[N("FSC certified dissolving-grade pulp, 20 t per month", "dissolving_pulp", req=("FSC",))],
        certs=("FSC", OEKO),
        bcg=("bio",),
    ),
    S(
        "th",
        "บจก. นครปฐมสปินนิ่ง",
        HEMP,
        UP,
        "Nakhon Pathom",
        "order@npspinning.co.th",
        offers=[
            ("ด้ายเรยอน 30/1 ปั่นแหวน สีดิบ", "rayon_yarn"),
            ("ด้ายโมดาล เบอร์ 40 นุ่มพิเศษ", "modal_yarn"),
            ("ด้ายเทนเซล 30/1 คอมแพค", "lyocell_yarn"),
        ],
        needs=[N("ใยวิสโคสตัดสั้น ยาว 38 มม.", "viscose_staple_fibre"), N("ใยโมดอล ทำด้ายนุ่ม", "modal_fibre")],
        certs=(OEKO,),
    ),
    S(
        "en",
        "Bangplee Yarn Industries Co., Ltd.",
        SPORT,
        UP,
        "Samut Prakan",
        "yarn@bangpleeyarn.com",
        offers=[("Tencel Ne 30/1 compact", "lyocell_yarn"), ("Modal/cotton 60/40, Ne 40", "modal_yarn")],
        needs=[
            N("Lyocell staple 1.3 dtex x 38 mm", "lyocell_fibre"),
            N("GRS recycled poly staple fibre", "recycled_polyester_fibre", req=("GRS",)),
        ],
        certs=(OEKO,),
    ),
    S(
        "th",
        "หจก. ลำปางไฟเบอร์เทรด",
        HEMP,
        UP,
        "Lampang",
        "lampangfiber@gmail.com",
        offers=[
            ("ใยเทนเซล แบ่งขาย 100 กก.", "lyocell_fibre"),
            ("ใยไผ่ วิสโคสจากเยื่อไผ่", "bamboo_viscose_fibre"),
            ("ใยเรยอน 1.5 ดีเนียร์ ตัด 38", "viscose_staple_fibre"),
        ],
        needs=[X("เครื่องเปิดใย มือสอง สภาพดี", "machinery; no one sells it")],
    ),
    S(
        "en",
        "EcoCell Recycled Fibre Co.",
        CIRC,
        UP,
        "Chonburi",
        "hello@ecocellfibre.com",
        offers=[("Regenerated cellulose staple from pre-consumer rayon scraps", "recycled_cellulose_fibre")],
        needs=[
            N("Sorted viscose offcuts, single colour lots", "viscose_cutting_waste"),
            N("Post-consumer cotton clothing, baled", "used_clothing"),
        ],
        certs=("GRS", "RCS"),
        bcg=("circular",),
    ),
    S(
        "th",
        "ร้าน มหาชัยรีไซเคิลผ้า",
        CIRC,
        UP,
        "Samut Sakhon",
        "mahachai.recycle@gmail.com",
        offers=[
            ("เศษผ้าเรยอนจากห้องตัด คัดสีแล้ว กก.ละ 8 บาท", "viscose_cutting_waste"),
            ("เสื้อผ้ามือสองเกรดบี อัดเบล 100 กก.", "used_clothing"),
        ],
        needs=[N("เศษผ้าคอตตอน 100% จากโรงเย็บ", "cotton_cutting_waste")],
        bcg=("circular",),
    ),
    S(
        "en",
        "Rayong rPET Fibre Co., Ltd.",
        CIRC,
        UP,
        "Rayong",
        "sales@rayongrpet.co.th",
        offers=[("Bottle-grade rPET staple, 1.4D x 38", "recycled_polyester_fibre")],
        needs=[X("Baled clear PET bottles, 20 t lots", "no bottle collector in the set")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    S(
        "th",
        "โรงปั่นด้ายรีไซเคิล โคราช",
        CIRC,
        UP,
        "Nakhon Ratchasima",
        "korat.recycledyarn@gmail.com",
        offers=[("ด้ายรีไซเคิลจากเศษผ้า สีเทาท็อปดาย 10s", "recycled_blend_yarn")],
        needs=[
            N("ใยเซลลูโลสรีไซเคิล ต้องมี GRS", "recycled_cellulose_fibre", req=("GRS",)),
            N("เศษผ้าฝ้ายจากโรงตัด", "cotton_cutting_waste"),
        ],
        bcg=("circular",),
    ),
    S(
        "en",
        "Loei Cotton Ginnery",
        HEMP,
        UP,
        "Loei",
        "loeiginnery@yahoo.com",
        offers=[("Ginned lint, local Loei cotton", "raw_cotton")],
        needs=[X("Cotton seed for planting, 2 t", "no seed seller in the set")],
        bcg=("bio",),
    ),
    S(
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านแม่แรม",
        HEMP,
        UP,
        "Chiang Mai",
        "maeram.hemp@gmail.com",
        offers=[("เปลือกกัญชงลอกมือ ตากแห้ง", "hemp_fibre"), ("เส้นกัญชงเข็นมือ ม้วนละกิโล", "hemp_yarn")],
        needs=[X("ต้นกัญชงสด สำหรับลอกเปลือก", "no hemp grower in the set")],
        bcg=("bio",),
    ),
    S(
        "th",
        "กลุ่มเข็นฝ้ายบ้านโนนทอง",
        AGE_I,
        UP,
        "Khon Kaen",
        "nonthong.cotton@gmail.com",
        offers=[("ฝ้ายเข็นมือ เส้นใหญ่ สีขาวนวล", "handspun_cotton_yarn")],
        needs=[N("ปุยฝ้าย อีดเมล็ดออกแล้ว", "raw_cotton")],
        bcg=("bio",),
    ),
    S(
        "en",
        "Siam Yarn Trading Co.",
        HEMP,
        UP,
        "Bangkok",
        "trade@siamyarn.co.th",
        offers=[
            ("VFY 120D/30F bright", "viscose_filament_yarn"),
            ("R 40s ring spun raw white", "rayon_yarn"),
            ("CM 32s combed cotton", "cotton_yarn"),
        ],
    ),
    S(
        "th",
        "ร้านห้อมแท้ เมืองแพร่",
        HEMP,
        UP,
        "Phrae",
        "homtae.phrae@gmail.com",
        offers=[("ห้อมเปียก หมักพร้อมก่อหม้อ", "indigo_paste")],
        needs=[X("ใบห้อมสด ส่งทุกอาทิตย์", "no indigo leaf grower in the set")],
        bcg=("bio",),
    ),
    S(
        "en",
        "Sakon Indigo Farm",
        AGE_I,
        UP,
        "Sakon Nakhon",
        "farm@sakonindigo.com",
        offers=[
            ("Natural indigo paste, per kg", "indigo_paste"),
            ("Dried lac and ebony fruit", "natural_dye_materials"),
        ],
        needs=[N("Handspun cotton for our village weavers", "handspun_cotton_yarn")],
        certs=(ORG_TH,),
        bcg=("bio", "green"),
    ),
    S(
        "en",
        "Bang Pakong Bamboo Yarns",
        SPORT,
        UP,
        "Chachoengsao",
        "info@bpbamboo.com",
        offers=[("Bamboo rayon Ne 30/1 for sock knitting", "bamboo_viscose_yarn")],
        needs=[N("Bamboo-derived viscose staple", "bamboo_viscose_fibre")],
    ),
    S(
        "th",
        "สหกรณ์ฝ้ายอินทรีย์อุดร",
        AGE_I,
        UP,
        "Udon Thani",
        "udon.organiccotton@gmail.com",
        offers=[("ฝ้ายอินทรีย์ปลอดสาร อีดแล้ว", "raw_cotton")],
        certs=(ORG_TH,),
        bcg=("bio",),
    ),
    S(
        "en",
        "Klong Toey Textile Recovery",
        CIRC,
        UP,
        "Bangkok",
        "pickup@ktrecovery.org",
        offers=[
            ("Deadstock rayon rolls from export garment factories", "deadstock_rayon_fabric"),
            ("Mixed cotton offcuts, by the tonne", "cotton_cutting_waste"),
        ],
        bcg=("circular",),
    ),
    S(
        "th",
        "กลุ่มใยสับปะรดท่าแซะ",
        HEMP,
        UP,
        "Chumphon",
        "thasae.pineapple@gmail.com",
        offers=[("ใยใบสับปะรด ขูดมือ ตากแห้ง", "pineapple_fibre")],
        needs=[X("เครื่องขูดใยสับปะรด", "machinery; no one sells it")],
        bcg=("bio",),
    ),
    S(
        "th",
        "หจก. ปทุมด้ายย้อม",
        CIRC,
        MID,
        "Pathum Thani",
        "pathumdye@hotmail.com",
        offers=[
            ("ด้ายเรยอนย้อมสี พร้อมทอ 60 เฉด", "dyed_rayon_yarn"),
            ("รับย้อมเส้นด้ายของลูกค้า", "yarn_dyeing_service"),
        ],
        needs=[N("ด้ายวิสโคสดิบ สีขาว เบอร์ 30", "rayon_yarn")],
    ),
    # ---------------------------------------------------------------- midstream
    S(
        "th",
        "โรงทอโพธารามเท็กซ์ไทล์",
        AGE_C,
        MID,
        "Ratchaburi",
        "photharam.tex@gmail.com",
        offers=[
            ("ผ้าชาลลี่เรยอน ผ้าดิบ หน้า 58 นิ้ว", "rayon_challis_greige"),
            ("ผ้าเครปเรยอน ย้อมพื้น 20 สี", "rayon_crepe_fabric"),
        ],
        needs=[
            N("ด้ายสปันเรยอน เบอร์ 40 ยังไม่ย้อม", "rayon_yarn"),
            N("ด้ายฟิลาเมนต์วิสโคส 120 ดีเนียร์", "viscose_filament_yarn"),
        ],
        certs=(OEKO,),
    ),
    S(
        "en",
        "Mahachai Print Works",
        CIRC,
        MID,
        "Samut Sakhon",
        "print@mahachaiprint.com",
        offers=[
            ("Digital printing on your rayon or cotton cloth, from 50 m", "fabric_printing_service"),
            ("Floral printed challis, ready stock", "printed_rayon_fabric"),
        ],
        needs=[
            N("Greige rayon challis, 140 cm, for printing", "rayon_challis_greige"),
            X("Bulk reactive ink for Epson heads", "no ink or dyestuff seller in the set"),
        ],
    ),
    S(
        "th",
        "ร้านผ้าสำเพ็ง ศรีเจริญ",
        AGE_C,
        MID,
        "Bangkok",
        "sricharoen.fabric@gmail.com",
        offers=[
            ("ผ้าสปันพิมพ์ลาย หลาละ 45 บาท", "printed_rayon_fabric"),
            ("ผ้าสปันสีพื้น ยกม้วน", "dyed_rayon_fabric"),
        ],
        needs=[N("ผ้าเครป เนื้อเรยอน สีพื้น", "rayon_crepe_fabric")],
    ),
    S(
        "en",
        "Nonthaburi Knitting Co., Ltd.",
        SPORT,
        MID,
        "Nonthaburi",
        "sales@nbknitting.co.th",
        offers=[
            ("Tencel jersey 160 gsm, 30 colours", "lyocell_jersey_fabric"),
            ("Commission knitting on your yarn: single jersey, rib", "knitting_service"),
        ],
        needs=[N("Lyocell yarn 30s or 40s for circular knitting", "lyocell_yarn")],
        certs=(OEKO,),
    ),
    S(
        "th",
        "บจก. เทพารักษ์นิตติ้ง",
        AGE_C,
        MID,
        "Samut Prakan",
        "theparak.knit@gmail.com",
        offers=[("ผ้ายืดโมดาลสแปนเด็กซ์ 180 แกรม", "modal_jersey_fabric")],
        needs=[
            N("ด้ายโมดอล 40/1 คอมแพค", "modal_yarn"),
            N("จ้างย้อมผ้าถักโมดาล ผ้าเราส่งไปเอง ต้องมี OEKO-TEX", "fabric_dyeing_service", req=(OEKO,)),
        ],
        certs=(OEKO,),
    ),
    S(
        "en",
        "Rangsit Dyeing House",
        CIRC,
        MID,
        "Pathum Thani",
        "dyehouse@rangsitdye.com",
        offers=[
            ("Commission dyeing, knits and wovens, your goods", "fabric_dyeing_service"),
            ("Enzyme wash and anti-pill finishing", "finishing_service"),
        ],
        needs=[X("Low-salt reactive dyes, 1 t", "no dyestuff seller in the set")],
        certs=(OEKO, "ISO 14001"),
    ),
    S(
        "th",
        "โรงย้อมสามพราน",
        AGE_C,
        MID,
        "Nakhon Pathom",
        "samphran.dye@gmail.com",
        offers=[
            ("รับย้อมผ้าเรยอน ผ้าฝ้าย ตามสีลูกค้า", "fabric_dyeing_service"),
            ("ผ้าวิสโคสย้อมพื้น ขายส่ง", "dyed_rayon_fabric"),
        ],
        needs=[N("ผ้าเรยอนขาวดิบ ยังไม่ผ่านการย้อม เบอร์ 45", "rayon_challis_greige")],
    ),
    S(
        "en",
        "Surin Handloom Collective",
        AGE_I,
        MID,
        "Surin",
        "weave@surinhandloom.org",
        offers=[
            ("Handwoven cotton, 80 cm wide", "handwoven_cotton_fabric"),
            ("Indigo cotton cloth by the metre", "indigo_dyed_cotton_fabric"),
        ],
        needs=[N("Natural indigo for fermentation vats", "indigo_paste")],
        certs=("OTOP",),
    ),
    S(
        "th",
        "กลุ่มย้อมครามบ้านดอนกอย",
        AGE_I,
        MID,
        "Sakon Nakhon",
        "donkoi.indigo@gmail.com",
        offers=[
            ("รับย้อมครามธรรมชาติ ผ้าหรือเส้นด้ายของลูกค้า", "indigo_dyeing_service"),
            ("ผ้าฝ้ายทอมือ ย้อมคราม ลายมัดหมี่", "indigo_dyed_cotton_fabric"),
        ],
        needs=[N("เส้นฝ้ายเข็นมือ ไม่ฟอก", "handspun_cotton_yarn")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    S(
        "en",
        "Lanna Natural Dye Studio",
        HEMP,
        MID,
        "Chiang Mai",
        "studio@lannadye.com",
        offers=[("We dye your garments with lac, mango leaf or ebony", "natural_dyeing_service")],
        needs=[N("Lac, ebony fruit, tree barks", "natural_dye_materials")],
        bcg=("bio", "green"),
    ),
    S(
        "th",
        "ห้องเสื้อบางแค",
        AGE_C,
        MID,
        "Bangkok",
        "bangkhae.tailor@gmail.com",
        offers=[("รับตัดเย็บ ผ้าลูกค้า ขั้นต่ำ 100 ตัว", "cmt_sewing_service")],
        needs=[N("ยางยืดขอบเอว 1 นิ้ว", "elastic_tape")],
    ),
    S(
        "en",
        "Krathum Baen CMT Factory",
        AGE_C,
        MID,
        "Samut Sakhon",
        "cmt@krathumbaen.com",
        offers=[("CMT for dresses and blouses, you supply the fabric", "cmt_sewing_service")],
        needs=[N("Coconut buttons 15 mm", "coconut_buttons")],
    ),
    S(
        "th",
        "กลุ่มกระดุมกะลา นครศรีฯ",
        HEMP,
        MID,
        "Nakhon Si Thammarat",
        "kala.button@gmail.com",
        offers=[("กระดุมกะลามะพร้าว 4 รู 11-20 มม.", "coconut_buttons")],
        bcg=("bio", "circular"),
    ),
    S(
        "en",
        "Eastern Elastic Co., Ltd.",
        SPORT,
        MID,
        "Chonburi",
        "sales@easternelastic.com",
        offers=[("Knitted waistband elastic 25 mm", "elastic_tape")],
        needs=[X("Natural rubber latex thread", "no latex thread seller in the set")],
    ),
    S(
        "th",
        "บจก. พิษณุโลกนอนวูฟเวน",
        AGE_C,
        MID,
        "Phitsanulok",
        "pls.nonwoven@gmail.com",
        offers=[("ผ้าสปันเลซ วิสโคส 100% 45 แกรม", "viscose_spunlace_nonwoven")],
        needs=[N("ใยวิสโคส 1.7 ดีเท็กซ์ ทำนอนวูฟเวน", "viscose_staple_fibre")],
        certs=(OEKO,),
    ),
    S(
        "en",
        "Ayutthaya Lyocell Weaving Co.",
        AGE_C,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "mill@ayutthayalyocell.com",
        offers=[
            ("Tencel twill 200 gsm, piece-dyed", "lyocell_twill_fabric"),
            ("Lyocell sateen 300 TC for bedding", "lyocell_sateen_fabric"),
        ],
        needs=[N("Lyocell yarn Ne 40 and 60", "lyocell_yarn")],
        certs=(OEKO,),
    ),
    S(
        "th",
        "กลุ่มทอผ้ากัญชงม้ง ดอยแม่สลอง",
        HEMP,
        MID,
        "Chiang Rai",
        "maesalong.hemp@gmail.com",
        offers=[("ผ้าใยกัญชงทอมือ เขียนเทียน", "hemp_fabric")],
        needs=[N("เส้นใยกัญชงปั่นเป็นเส้นแล้ว", "hemp_yarn")],
        bcg=("bio",),
    ),
    S(
        "en",
        "Bangkok Performance Textiles",
        SPORT,
        MID,
        "Bangkok",
        "info@bkkperformance.com",
        offers=[("Wicking knit, Tencel/rPET, 140 gsm", "performance_knit_fabric")],
        needs=[
            N("bluesign-approved dyeing for our performance knits", "fabric_dyeing_service", req=("bluesign",)),
            N("Tencel-blend yarn for knitting", "lyocell_yarn"),
        ],
        certs=("bluesign",),
    ),
    S(
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านหนองบัวแดง",
        AGE_I,
        MID,
        "Chaiyaphum",
        "nongbuadaeng.weave@gmail.com",
        offers=[("ผ้าฝ้ายทอมือ ลายขิด หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric")],
        needs=[N("ด้ายฝ้าย 20/2 ใส่หูก", "cotton_yarn")],
        certs=("OTOP",),
    ),
    S(
        "en",
        "Khon Kaen Weaving Mill",
        AGE_I,
        MID,
        "Khon Kaen",
        "sales@kkweaving.co.th",
        offers=[
            ("Bleached cotton poplin, 150 cm", "cotton_fabric"),
            ("Cotton single jersey 180 gsm", "cotton_jersey_fabric"),
        ],
        needs=[N("Combed cotton Ne 30/1", "cotton_yarn")],
    ),
    S(
        "th",
        "โรงงานตัดเย็บแม่สอดการ์เมนต์",
        AGE_C,
        MID,
        "Tak",
        "maesot.garment@gmail.com",
        offers=[("รับเย็บชุดเดรส ชุดนอน ตามแบบ ลูกค้าส่งผ้ามา", "cmt_sewing_service")],
        needs=[X("ช่างเย็บจักรอุตสาหกรรม 20 คน", "labour, not goods")],
    ),
    S(
        "en",
        "Lamphun Modal Knitters",
        AGE_C,
        MID,
        "Lamphun",
        "knit@lamphunmodal.com",
        offers=[("Modal 1x1 rib for underwear", "modal_jersey_fabric")],
        needs=[N("Modal Ne 50/1", "modal_yarn")],
    ),
    S(
        "th",
        "ร้านสกรีนผ้าบางบอน",
        CIRC,
        MID,
        "Bangkok",
        "bangbon.print@gmail.com",
        offers=[("รับพิมพ์ดิจิทัลลงผ้า ผ้าของลูกค้า ขั้นต่ำ 20 หลา", "fabric_printing_service")],
        needs=[N("ผ้าดิบเรยอน ไว้พิมพ์", "rayon_challis_greige")],
    ),
    S(
        "en",
        "Central Rayon Weaving Co., Ltd.",
        HEMP,
        MID,
        "Saraburi",
        "sales@centralrayon.co.th",
        offers=[
            ("Rayon challis greige 45x45, 58 inch", "rayon_challis_greige"),
            ("Rayon crepe 100 gsm, dyed", "rayon_crepe_fabric"),
        ],
        needs=[N("Spun viscose 45s", "rayon_yarn")],
        certs=(OEKO, "ISO 9001"),
    ),
    S(
        "th",
        "บจก. ชลบุรีดายเฮาส์",
        SPORT,
        MID,
        "Chonburi",
        "chonburi.dyehouse@gmail.com",
        offers=[("รับย้อมผ้ากีฬา โพลีเอสเตอร์ เทนเซล", "fabric_dyeing_service")],
        needs=[X("หม้อย้อมเจ็ท 500 กก. มือสอง", "machinery; no one sells it")],
        certs=("bluesign", OEKO),
    ),
    S(
        "en",
        "Korat Knit & Dye Co.",
        AGE_C,
        MID,
        "Nakhon Ratchasima",
        "order@koratknit.com",
        offers=[
            ("Bamboo jersey 200 gsm for babywear", "bamboo_jersey_fabric"),
            ("Cotton interlock, PFD and colours", "cotton_jersey_fabric"),
        ],
        needs=[N("Bamboo viscose yarn 30s", "bamboo_viscose_yarn")],
    ),
    S(
        "th",
        "กลุ่มหม้อห้อมบ้านทุ่งโฮ้ง",
        HEMP,
        MID,
        "Phrae",
        "tunghong.mohom@gmail.com",
        offers=[
            ("ผ้าหม้อห้อม ฝ้ายทอเครื่อง", "indigo_dyed_cotton_fabric"),
            ("รับย้อมห้อม เสื้อผ้าลูกค้า", "indigo_dyeing_service"),
        ],
        needs=[N("ห้อมเปียกสำเร็จรูป", "indigo_paste"), N("ผ้าฝ้ายดิบ ทอเครื่อง หน้ากว้าง", "cotton_fabric")],
        certs=("OTOP",),
    ),
    S(
        "en",
        "Phra Pradaeng Finishing Co.",
        CIRC,
        MID,
        "Samut Prakan",
        "finishing@phrapradaeng.com",
        offers=[("Softening, peach finish and sanforizing of your fabric", "finishing_service")],
        needs=[
            X(
                "GOTS organic cotton greige for a client",
                "cotton cloth is offered but no one holds GOTS",
                "cotton_fabric",
                req=("GOTS",),
            )
        ],
    ),
    S(
        "th",
        "ร้านรับย้อมสีธรรมชาติ สันกำแพง",
        HEMP,
        MID,
        "Chiang Mai",
        "sankamphaeng.dye@gmail.com",
        offers=[
            ("รับย้อมสีธรรมชาติ ครั่ง ประดู่ ใบสัก ผ้าของลูกค้า", "natural_dyeing_service"),
            ("ผ้าพันคอโมดาลย้อมครั่ง", "natural_dyed_scarf"),
        ],
        needs=[N("เปลือกประดู่ ครั่งแห้ง", "natural_dye_materials")],
        bcg=("bio",),
    ),
    S(
        "th",
        "บจก. สาครนิตเท็กซ์",
        SPORT,
        MID,
        "Samut Sakhon",
        "sakhon.knittex@gmail.com",
        offers=[
            ("ผ้ายืดเทนเซล 100% 170 แกรม", "lyocell_jersey_fabric"),
            ("ผ้าดรายฟิต เทนเซลผสมโพลีรีไซเคิล", "performance_knit_fabric"),
        ],
        needs=[N("ด้ายลัยโอเซลล์ 40/1", "lyocell_yarn")],
        certs=(OEKO,),
    ),
    S(
        "en",
        "Nan Hemp & Cotton Weavers",
        HEMP,
        MID,
        "Nan",
        "weavers@nanhemp.org",
        offers=[
            ("Handloom hemp cloth 60 cm", "hemp_fabric"),
            ("Plain handloom cotton, natural white", "handwoven_cotton_fabric"),
        ],
        needs=[N("Hand-stripped hemp yarn", "hemp_yarn")],
        bcg=("bio",),
    ),
    S(
        "th",
        "กลุ่มมัดย้อมอุดร",
        CIRC,
        MID,
        "Udon Thani",
        "udon.tiedye@gmail.com",
        offers=[("รับมัดย้อม เสื้อยืดของลูกค้า", "fabric_dyeing_service")],
        needs=[N("ผ้ายืดคอตตอน สีขาว ไว้มัดย้อม", "cotton_jersey_fabric")],
    ),
    # ---------------------------------------------------------------- downstream
    S(
        "th",
        "แบรนด์ ชบาแก้ว",
        AGE_C,
        DOWN,
        "Bangkok",
        "chabakaew.brand@gmail.com",
        offers=[("เดรสผ้าสปัน ทรงปล่อย ไซซ์ใหญ่", "rayon_dress")],
        needs=[
            N("ผ้าเรยอนปริ้นท์ลายดอก ยกพับ", "printed_rayon_fabric"),
            N("โรงงานรับตัดเย็บเดรส ไม่มีแบรนด์ของตัวเอง", "cmt_sewing_service"),
        ],
    ),
    S(
        "en",
        "Muan Jai Womenswear",
        AGE_C,
        DOWN,
        "Chiang Mai",
        "hello@muanjai.co",
        offers=[("Rayon midi dresses, block printed", "rayon_dress"), ("Tencel button-down blouses", "womens_blouse")],
        needs=[
            N("Solid-colour viscose crepe, 20 m per colour", "rayon_crepe_fabric"),
            N("Someone to print our artwork on rayon we buy", "fabric_printing_service"),
            N("Coconut-shell buttons", "coconut_buttons"),
        ],
    ),
    S(
        "th",
        "ร้านส่งเสื้อผ้าประตูน้ำ ตึกใบหยก",
        AGE_C,
        DOWN,
        "Bangkok",
        "pratunam.wholesale@gmail.com",
        offers=[("ชุดเดรสเรยอน ขายส่ง โหลละ 1,200", "rayon_dress")],
        needs=[
            X("ผ้าไหมตรานกยูง ทำชุดออกงาน", "no silk weaver in the set", req=("Thai Silk Peacock Emblem",)),
            N("เสื้อผู้หญิงผ้าเทนเซล", "womens_blouse"),
        ],
    ),
    S(
        "th",
        "บ้านเสื้อผู้หญิงนนท์",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "nonwomenwear@gmail.com",
        offers=[("เสื้อผู้หญิงคอปก ผ้าเรยอน", "womens_blouse")],
        needs=[
            N("ผ้าเรยอนเรียบ ไม่มีลาย ทั้งม้วน", "dyed_rayon_fabric"),
            N("ผ้าค้างสต็อก ราคาถูก เนื้อเรยอน ไม่ต้องมี GRS", "deadstock_rayon_fabric", waive=("GRS",)),
        ],
    ),
    S(
        "en",
        "Central Loft Department Store",
        AGE_C,
        DOWN,
        "Bangkok",
        "buying@centralloft.co.th",
        needs=[
            N("Viscose summer frocks, 500 pcs", "rayon_dress"),
            N("Modal pyjamas for women 50+", "modal_sleepwear"),
            X(
                "Scarves with Fairtrade certification",
                "scarves are offered but no one holds Fairtrade",
                "scarf",
                "natural_dyed_scarf",
                req=("Fairtrade",),
            ),
        ],
    ),
    S(
        "en",
        "Dreamsoft Sleepwear Co.",
        AGE_C,
        DOWN,
        "Samut Prakan",
        "sales@dreamsoft.co.th",
        offers=[("Modal pyjama sets, women's", "modal_sleepwear"), ("Modal nightgowns, S-4XL", "modal_sleepwear")],
        needs=[
            N("OEKO-TEX certified modal jersey", "modal_jersey_fabric", req=(OEKO,)),
            N("CMT partner for nightwear", "cmt_sewing_service"),
        ],
        certs=(OEKO,),
    ),
    S(
        "th",
        "ชุดนอนคุณยาย",
        AGE_C,
        DOWN,
        "Nakhon Pathom",
        "khunyai.sleep@gmail.com",
        offers=[("ชุดนอนผ้าโมดาล ผู้สูงวัย กระดุมหน้า", "modal_sleepwear")],
        needs=[N("ผ้าโมดาลเนื้อยืด", "modal_jersey_fabric"), N("ยางยืดนุ่ม ไม่รัดเอว", "elastic_tape")],
    ),
    S(
        "th",
        "บจก. วิ่งดีสปอร์ต",
        SPORT,
        DOWN,
        "Bangkok",
        "wingdee.sport@gmail.com",
        offers=[("เสื้อวิ่ง ผ้าดรายฟิตเทนเซล", "sports_tshirt")],
        needs=[
            N("ผ้ากีฬาแห้งเร็ว ต้องผ่าน bluesign", "performance_knit_fabric", req=("bluesign",)),
            N("ผ้าถักลัยโอเซลล์ เนื้อเรียบ", "lyocell_jersey_fabric"),
        ],
    ),
    S(
        "th",
        "ชมรมวิ่งเทรลดอยสุเทพ",
        SPORT,
        DOWN,
        "Chiang Mai",
        "doisuthep.trail@gmail.com",
        needs=[N("เสื้อที่ระลึกงานวิ่ง 800 ตัว", "sports_tshirt")],
    ),
    S(
        "en",
        "Kinetic Thai Activewear",
        SPORT,
        DOWN,
        "Pathum Thani",
        "sourcing@kinetic-thai.com",
        offers=[("Lyocell-blend running tees", "sports_tshirt")],
        needs=[
            N("Quick-dry sports fabric by the roll", "performance_knit_fabric"),
            N("Lyocell T-shirt knit fabric", "lyocell_jersey_fabric"),
        ],
    ),
    S(
        "th",
        "โรงเรียนกีฬาขอนแก่น",
        SPORT,
        DOWN,
        "Khon Kaen",
        "kksportschool@gmail.com",
        needs=[
            N("เสื้อกีฬานักเรียน 1,200 ตัว", "sports_tshirt"),
            X("รองเท้าวิ่งสำหรับนักเรียน", "no footwear maker in the set"),
        ],
    ),
    S(
        "th",
        "บจก. ใส่สบาย แอดแอปทีฟ",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "saisabai.adaptive@gmail.com",
        offers=[("เสื้อผ้าผู้สูงอายุ ติดตีนตุ๊กแก ใส่ง่าย", "elderly_adaptive_clothing")],
        needs=[
            N("ผ้าเจอร์ซีย์โมดอล ผ่านมาตรฐาน OEKO-TEX", "modal_jersey_fabric", req=(OEKO,)),
            N("แถบยางยืด", "elastic_tape"),
        ],
    ),
    S(
        "en",
        "Isan Silver Wear",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "contact@isansilverwear.com",
        offers=[("Easy-dress clothing for seniors, magnetic buttons", "elderly_adaptive_clothing")],
        needs=[N("Soft Tencel knit fabric", "lyocell_jersey_fabric")],
    ),
    S(
        "en",
        "Golden Years Care Home",
        AGE_C,
        DOWN,
        "Chiang Mai",
        "admin@goldenyearscm.com",
        needs=[
            N("Nightwear for residents, soft modal", "modal_sleepwear"),
            N("Adaptive clothing for residents with limited mobility", "elderly_adaptive_clothing"),
            N("Bed linen, OEKO-TEX certified, 60 beds", "lyocell_bedding", req=(OEKO,)),
        ],
    ),
    S(
        "th",
        "โรงพยาบาลเวชการุณย์",
        AGE_C,
        DOWN,
        "Bangkok",
        "purchase@vejkarun.go.th",
        needs=[
            N("ชุดผู้ป่วย ต้องได้ มอก.", "hospital_patient_gown", req=(TIS,)),
            N("ผ้าเช็ดทำความสะอาดผู้ป่วย แบบเปียก มี อย.", "adult_wet_wipes", req=(TFDA,)),
            N("ชุดพนักงานผู้ช่วยพยาบาล", "care_staff_uniform"),
        ],
    ),
    S(
        "en",
        "Ubon Provincial Hospital Procurement",
        AGE_I,
        DOWN,
        "Ubon Ratchathani",
        "procure@ubonhospital.go.th",
        needs=[
            N("Patient gowns, cotton, side-tie", "hospital_patient_gown"),
            N("Adult cleansing wipes, Thai FDA not required", "adult_wet_wipes", waive=(TFDA,)),
            X(
                "Patient gowns made under ISO 13485",
                "gowns are offered but no one holds ISO 13485",
                "hospital_patient_gown",
                req=("ISO 13485",),
            ),
        ],
    ),
    S(
        "th",
        "บจก. ชุดผู้ป่วยสาคร",
        AGE_C,
        DOWN,
        "Samut Sakhon",
        "sakhon.medwear@gmail.com",
        offers=[("ชุดคนไข้ ผ้าฝ้าย ผูกข้าง", "hospital_patient_gown"), ("ชุดสครับพยาบาล", "care_staff_uniform")],
        needs=[N("ผ้าฝ้ายทอเรียบ สีขาว หน้ากว้าง", "cotton_fabric")],
        certs=(TIS, "ISO 9001"),
    ),
    S(
        "en",
        "MediWear Thailand",
        AGE_C,
        DOWN,
        "Nakhon Pathom",
        "sales@mediwear.co.th",
        offers=[("Patient gowns, poly-cotton, snap closures", "hospital_patient_gown")],
        needs=[N("White cotton woven, wide width, 3,000 m", "cotton_fabric")],
    ),
    S(
        "th",
        "บจก. แคร์ไวพ์ส",
        AGE_C,
        DOWN,
        "Phitsanulok",
        "carewipes.th@gmail.com",
        offers=[("ผ้าเปียกเช็ดตัวผู้ใหญ่ 80 แผ่น", "adult_wet_wipes")],
        needs=[N("ผ้าไม่ทอ เนื้อเซลลูโลส ทำทิชชู่เปียก", "viscose_spunlace_nonwoven")],
        certs=(TFDA,),
    ),
    S(
        "en",
        "Gentle Care Hygiene Co.",
        AGE_C,
        DOWN,
        "Chonburi",
        "info@gentlecare.co.th",
        offers=[("Adult body wipes, alcohol-free", "adult_wet_wipes")],
        needs=[N("Spunlace nonwoven, viscose, 40-50 gsm", "viscose_spunlace_nonwoven")],
    ),
    S(
        "en",
        "Andaman Bay Resort",
        AGE_C,
        DOWN,
        "Phuket",
        "purchasing@andamanbay.com",
        needs=[
            N("Tencel bed sheets, king, 200 sets", "lyocell_bedding"),
            N("Waffle bathrobes for spa", "spa_robe"),
            X("GOTS organic cotton towels", "no towel maker in the set", req=("GOTS",)),
        ],
    ),
    S(
        "th",
        "สปาอ่าวนาง",
        AGE_C,
        DOWN,
        "Krabi",
        "aonang.spa@gmail.com",
        needs=[N("เสื้อคลุมสปา ผ้านุ่ม", "spa_robe"), N("ผ้าปูเตียงนวด", "lyocell_bedding")],
    ),
    S(
        "th",
        "บจก. หลับดีเบดดิ้ง",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "lubdee.bedding@gmail.com",
        offers=[("ชุดผ้าปูที่นอนเทนเซล 6 ฟุต", "lyocell_bedding")],
        needs=[N("ผ้าซาตินลัยโอเซลล์ หน้ากว้างพิเศษ", "lyocell_sateen_fabric")],
        certs=(OEKO,),
    ),
    S(
        "en",
        "Cloudnine Home Textiles",
        AGE_C,
        DOWN,
        "Bangkok",
        "sales@cloudninehome.com",
        offers=[("Tencel duvet covers and pillowcases", "lyocell_bedding")],
        needs=[
            N(
                "Tencel sateen weave, wide width, OEKO-TEX preferred but not required",
                "lyocell_sateen_fabric",
                waive=(OEKO,),
            )
        ],
    ),
    S(
        "en",
        "Hua Hin Robe Company",
        AGE_C,
        DOWN,
        "Prachuap Khiri Khan",
        "orders@huahinrobe.com",
        offers=[("Lyocell waffle bathrobes", "spa_robe")],
        needs=[N("Woven lyocell, heavier twill weave", "lyocell_twill_fabric")],
    ),
    S(
        "th",
        "ชุดคลุมอาบน้ำพัทยา",
        AGE_C,
        DOWN,
        "Chonburi",
        "pattaya.robe@gmail.com",
        offers=[("เสื้อคลุมอาบน้ำ ผ้าเทนเซล ปักโลโก้ได้", "spa_robe")],
        needs=[N("ผ้าเทนเซลทอลายสองเนื้อหนา", "lyocell_twill_fabric")],
    ),
    S(
        "th",
        "ร้านผ้าพันคอ ฝ้ายคำ",
        HEMP,
        DOWN,
        "Chiang Mai",
        "faikham.scarf@gmail.com",
        offers=[("ผ้าพันคอเรยอนพิมพ์ลายช้าง", "scarf")],
        needs=[N("ผ้าเรยอนพิมพ์ ลายไทย", "printed_rayon_fabric")],
    ),
    S(
        "en",
        "Lanna Slow Scarves",
        HEMP,
        DOWN,
        "Chiang Mai",
        "slow@lannascarves.com",
        offers=[("Modal shawls coloured with lac and indigo only", "natural_dyed_scarf")],
        needs=[N("Dyeing with plants only, no synthetic dye, no indigo", "natural_dyeing_service")],
        bcg=("green",),
    ),
    S(
        "th",
        "ร้านของฝากอุบลฯ",
        AGE_I,
        DOWN,
        "Ubon Ratchathani",
        "ubon.souvenir@gmail.com",
        needs=[
            N("ผ้าพันคอย้อมสีธรรมชาติ ไม่เอาสีเคมี", "natural_dyed_scarf"),
            N("ถุงย่าม หรือกระเป๋าสะพาย งานชาวบ้าน", "fabric_tote_bag"),
        ],
    ),
    S(
        "th",
        "กลุ่มกระเป๋าครามสกล",
        AGE_I,
        DOWN,
        "Sakon Nakhon",
        "sakon.indigobag@gmail.com",
        offers=[("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม", "fabric_tote_bag")],
        needs=[N("ผ้าครามทอมือ เป็นหลา", "indigo_dyed_cotton_fabric")],
        certs=("OTOP",),
    ),
    S(
        "en",
        "Remnant Studio BKK",
        CIRC,
        DOWN,
        "Bangkok",
        "studio@remnantbkk.com",
        offers=[
            ("Patchwork cushion covers from garment offcuts", "upcycled_patchwork_product"),
            ("Totes sewn from deadstock rayon", "fabric_tote_bag"),
        ],
        needs=[
            N("Leftover viscose fabric from factories, any print", "deadstock_rayon_fabric"),
            N("Sorted offcuts from garment cutting rooms", "viscose_cutting_waste", "cotton_cutting_waste"),
        ],
        bcg=("circular",),
    ),
    S(
        "th",
        "วิสาหกิจเย็บผ้าเศษโคราช",
        CIRC,
        DOWN,
        "Nakhon Ratchasima",
        "korat.patchwork@gmail.com",
        offers=[("พรมเช็ดเท้าจากเศษผ้า", "upcycled_patchwork_product")],
        needs=[N("เศษผ้าจากโรงงานตัดเย็บ", "viscose_cutting_waste", "cotton_cutting_waste")],
        bcg=("circular",),
    ),
    S(
        "en",
        "Siam Gift Gallery",
        AGE_C,
        DOWN,
        "Bangkok",
        "buyer@siamgiftgallery.com",
        needs=[
            N("Handmade fabric bags, small batch, OTOP no need", "fabric_tote_bag", waive=("OTOP",)),
            N("Products made from textile waste", "upcycled_patchwork_product"),
            N("Naturally dyed shawls", "natural_dyed_scarf"),
        ],
    ),
    S(
        "th",
        "บจก. ถุงเท้านุ่มร้อยเอ็ด",
        AGE_I,
        DOWN,
        "Roi Et",
        "roiet.socks@gmail.com",
        offers=[("ถุงเท้าเบาหวาน ใยไผ่ ไร้ตะเข็บ", "diabetic_socks")],
        needs=[N("ด้ายใยไผ่ 30/1 ถักถุงเท้า", "bamboo_viscose_yarn")],
    ),
    S(
        "en",
        "WellStep Pharmacy Chain",
        AGE_C,
        DOWN,
        "Bangkok",
        "category@wellstep.co.th",
        needs=[
            N("Socks for diabetic customers, loose top", "diabetic_socks"),
            N("Adult wipes with Thai FDA registration", "adult_wet_wipes", req=(TFDA,)),
            N("Modal underwear for seniors", "modal_underwear"),
        ],
    ),
    S(
        "th",
        "บจก. ในนุ่ม อันเดอร์แวร์",
        AGE_C,
        DOWN,
        "Pathum Thani",
        "nainum.underwear@gmail.com",
        offers=[("กางเกงในโมดาล ผู้หญิง ไซซ์ใหญ่", "modal_underwear")],
        needs=[
            N("ผ้าริบโมดาล สำหรับชุดชั้นใน", "modal_jersey_fabric"),
            N("ยางยืดหุ้มผ้านุ่ม ขอบกางเกงใน", "elastic_tape"),
        ],
    ),
    S(
        "en",
        "Comfort Basics Co.",
        AGE_C,
        DOWN,
        "Samut Prakan",
        "hello@comfortbasics.co",
        offers=[("Men's modal boxer briefs", "modal_underwear")],
        needs=[N("Soft modal knit for boxers, OEKO-TEX certified", "modal_jersey_fabric", req=(OEKO,))],
    ),
    S(
        "th",
        "ศูนย์ดูแลผู้สูงอายุ บ้านสุขใจ",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "baansukjai.care@gmail.com",
        needs=[
            N("ชุดนอนผู้สูงอายุ ใส่สบาย", "modal_sleepwear", "elderly_adaptive_clothing"),
            N("ถุงเท้าผู้สูงอายุ ไม่รัดข้อ", "diabetic_socks"),
            N("ผ้าเปียกทำความสะอาด ไม่จำเป็นต้องมี อย.", "adult_wet_wipes", waive=(TFDA,)),
        ],
    ),
    S(
        "en",
        "Udon Senior Day Centre",
        AGE_I,
        DOWN,
        "Udon Thani",
        "centre@udonsenior.org",
        needs=[
            N("Anyone making easy-on clothes for stroke patients?", "elderly_adaptive_clothing"),
            X("Wheelchair cushions, pressure relief", "no cushion maker in the set"),
        ],
    ),
    S(
        "th",
        "ร้านออนไลน์ แม่มณีแฟชั่น",
        AGE_C,
        DOWN,
        "Bangkok",
        "maemanee.shop@gmail.com",
        needs=[N("อยากได้เดรสผ้าเรยอน ราคาส่ง มีใครขายบ้างคะ", "rayon_dress")],
    ),
    S(
        "en",
        "Pai Hemp Goods",
        HEMP,
        DOWN,
        "Mae Hong Son",
        "shop@paihemp.com",
        offers=[("Hemp backpacks and tote bags", "fabric_tote_bag")],
        needs=[N("Handwoven hemp cloth, OTOP welcome but not required", "hemp_fabric", waive=("OTOP",))],
        bcg=("bio",),
    ),
    S(
        "th",
        "ศูนย์ฝึกผู้ดูแลผู้สูงอายุ ล้านนา",
        AGE_C,
        DOWN,
        "Chiang Mai",
        "lanna.caretraining@gmail.com",
        needs=[
            N("ชุดยูนิฟอร์มผู้ดูแล สีฟ้า", "care_staff_uniform"),
            X("รถเข็นผู้ป่วย พับได้", "no wheelchair seller in the set"),
        ],
    ),
    S(
        "th",
        "ทีมฟุตบอลหาดใหญ่",
        SPORT,
        DOWN,
        "Songkhla",
        "hatyai.fc@gmail.com",
        needs=[N("เสื้อแข่งทีม ผ้าเย็น แห้งไว", "sports_tshirt")],
    ),
]


# ------------------------------------------------------------------ checks

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
LATIN_CHAR = re.compile("[A-Za-z]")
ID_RE = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
CERT_BY_NAME = {c.name: c for c in CERTIFICATIONS}


def assign_ids(smes: list[Sme]) -> list[Sme]:
    out = []
    for index, sme in enumerate(smes, start=1):
        out.append(Sme(**{**sme.__dict__, "sme_id": f"{ID_PREFIX}-{index:03d}"}))
    return out


def mentions(text: str, cert: str) -> bool:
    c = CERT_BY_NAME[cert]
    folded = text.casefold()
    return any(m.casefold() in folded for m in (*c.mentions, *c.aliases, *c.case_sensitive_mentions))


def language_ok(text: str, language: str) -> bool:
    if language == "en":
        return text.isascii() and not THAI_CHAR.search(text)
    thai = len(THAI_CHAR.findall(text))
    latin = len(LATIN_CHAR.findall(text))
    return thai > 0 and thai >= 2 * latin


def qualified(smes: list[Sme], buyer: Sme, need: Need) -> list[str]:
    out = []
    for s in smes:
        if s.sme_id == buyer.sme_id:
            continue
        if any(label in need.labels for _, label in s.offers) and set(need.req) <= set(s.certs):
            out.append(s.sme_id)
    return out


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.sme_id for s in smes]
    if len(set(ids)) != len(ids) or not all(ID_RE.match(i) for i in ids):
        errors.append("ids not unique or malformed")
    if len(smes) != N_PROFILES:
        errors.append(f"{len(smes)} profiles, expected {N_PROFILES}")
    offered: dict[str, set[str]] = {}
    offer_texts = set()
    for s in smes:
        for text, label in s.offers:
            offered.setdefault(label, set()).add(s.sme_id)
            offer_texts.add(text.casefold())
    names = Counter(s.name for s in smes)
    for s in smes:
        where = f"{s.sme_id} {s.name}"
        if names[s.name] > 1:
            errors.append(f"{where}: duplicate name")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: language {s.language}")
        if s.sub_cluster not in {x.value for x in SubCluster}:
            errors.append(f"{where}: sub-cluster {s.sub_cluster}")
        if s.stage not in {x.value for x in Stage}:
            errors.append(f"{where}: stage {s.stage}")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province}")
        for cert in s.certs:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert}")
        for tag in s.bcg:
            if tag not in {x.value for x in BcgTag}:
                errors.append(f"{where}: bcg {tag}")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: email {s.email}")
        if not (len(s.offers) <= 3 and len(s.needs) <= 3 and (s.offers or s.needs)):
            errors.append(f"{where}: offers/needs count")
        if not language_ok(s.name, s.language):
            errors.append(f"{where}: name language")
        for text, label in s.offers:
            if label not in LABELS:
                errors.append(f"{where}: unknown offer label {label}")
            if not language_ok(text, s.language):
                errors.append(f"{where}: offer language: {text}")
            if text != text.strip() or not text:
                errors.append(f"{where}: offer text spacing")
        for need in s.needs:
            text = need.text
            if not language_ok(text, s.language):
                errors.append(f"{where}: need language: {text}")
            if text.casefold() in offer_texts:
                errors.append(f"{where}: need worded as an offer: {text}")
            for label in need.labels:
                if label not in LABELS:
                    errors.append(f"{where}: unknown need label {label}")
                elif not offered.get(label, set()) - {s.sme_id}:
                    errors.append(f"{where}: label {label} offered by no one else")
            found = find_certifications(text)
            for cert in (*need.req, *need.waive):
                if cert not in CERT_BY_NAME:
                    errors.append(f"{where}: unknown certification {cert}")
            if found != set(need.req):
                errors.append(f"{where}: need text names {sorted(found)}, req {list(need.req)}: {text}")
            for cert in need.waive:
                if cert in CERT_BY_NAME and (not mentions(text, cert) or cert in found):
                    errors.append(f"{where}: waived {cert} not named as waived: {text}")
            suppliers = qualified(smes, s, need)
            if need.met and not need.labels:
                errors.append(f"{where}: met need without labels: {text}")
            if need.met and not suppliers:
                errors.append(f"{where}: no qualified supplier: {text}")
            if not need.met and suppliers:
                errors.append(f"{where}: unmet need has suppliers {suppliers}: {text}")
    return errors


def links_of(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs = set()
    for buyer in smes:
        for need in buyer.needs:
            if need.met:
                pairs.update((supplier, buyer.sme_id) for supplier in qualified(smes, buyer, need))
    return sorted(pairs)


def target_errors(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors = []
    lang = {s.sme_id: s.language for s in smes}
    th_share = sum(s.language == "th" for s in smes) / len(smes)
    if not 0.5 <= th_share <= 0.6:
        errors.append(f"Thai share {th_share:.2f}")
    if not 160 <= len(links) <= 180:
        errors.append(f"{len(links)} links, expected 160-180")
    cross = sum(lang[a] != lang[b] for a, b in links)
    if links and not 0.4 <= cross / len(links) <= 0.6:
        errors.append(f"cross-language share {cross / len(links):.2f}")
    needs = [(s, n) for s in smes for n in s.needs]
    unmet = sum(not n.met for _, n in needs)
    if not 17 <= unmet <= 23:
        errors.append(f"{unmet} needs met by no one, expected about 20")
    counts = [len(qualified(smes, s, n)) for s, n in needs if n.met]
    if counts and sum(1 <= c <= 3 for c in counts) / len(counts) < 0.75:
        errors.append("fewer than 75 % of met needs have 1-3 suppliers")
    return errors


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    row = {
        "id": s.sme_id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.language,
    }
    return json.dumps(row, ensure_ascii=False)


def counts_table(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    by_id = {s.sme_id: s for s in smes}
    needs = [(s, n) for s in smes for n in s.needs]
    th = sum(s.language == "th" for s in smes)
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai / English", f"{th} / {len(smes) - th}"),
    ]
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub_cluster == sub.value for s in smes))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage == stage.value for s in smes))))
    regions = Counter(resolve_province(s.province).region.value for s in smes)
    for region, count in sorted(regions.items()):
        rows.append((f"region {region}", str(count)))
    rows += [
        ("distinct provinces", str(len({s.province for s in smes}))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{sum(n.met for _, n in needs)} / {sum(not n.met for _, n in needs)}"),
        ("needs requiring a certification", str(sum(bool(n.req) for _, n in needs))),
        ("needs waiving a certification", str(sum(bool(n.waive) for _, n in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / max(1, len(links)):.0%})"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        ),
    ]
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return lines


def detail(smes: list[Sme]) -> None:
    for s in smes:
        for n in s.needs:
            found = qualified(smes, s, n)
            print(f"{s.sme_id} {s.language} {len(found)} {'' if n.met else 'UNMET'} {n.text} <- {found}")


def main(argv: list[str]) -> int:
    smes = assign_ids(SMES)
    links = links_of(smes)
    if "--detail" in argv:
        detail(smes)
    errors = check(smes) + target_errors(smes, links)
    table = counts_table(smes, links)
    print("\n".join(table))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    files = render(smes, links, table)
    if files != render(assign_ids(SMES), links_of(assign_ids(SMES)), table):
        print("two renderings differ; nothing written", file=sys.stderr)
        return 1
    for name, text in files.items():
        (OUT_DIR / name).write_text(text, encoding="utf-8", newline="\n")
    return 0


def render(smes: list[Sme], links: list[tuple[str, str]], table: list[str]) -> dict[str, str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in smes),
        "links.csv": buffer.getvalue(),
        "README.md": readme(table, smes),
    }


README_TEMPLATE = """# blind_plain_viscose: a hand-labelled matchmaking set (viscose, modal, lyocell)

## What the set checks

Whether the matcher finds the true supplier-buyer pairs among {profiles} SME profiles of the Health and Wellness
Economy cluster when the offers and needs are short registry phrases it has never seen. The theme is viscose,
modal and lyocell: dissolving pulp, viscose staple fibre, rayon and modal yarn, rayon challis and crepe, Tencel
jersey, printed rayon for dresses, and the mills, fashion brands, garment makers, care homes, hospitals, hotels
and shops that buy them, next to the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

About half of the profiles are in Thai and half of the true links cross languages (a Thai supplier for an English
buyer or the other way round). The same kind of goods is written in many ways: Thai trade words (ผ้าสปัน for
rayon cloth, ห้อม for indigo in the north), brand names (Tencel), abbreviations (VSF, VFY, CMT, PFD), counts and
weights, with and without quantities, prices and minimum orders. Needs are worded differently from the offers
that meet them. Hard cases on purpose:

- a service versus the goods it works on (dyeing or printing the customer's cloth versus dyed or printed cloth;
  sewing for other brands versus finished garments; knitting the customer's yarn versus knitted fabric);
- waste and used goods versus new (cutting scraps, second-hand clothing, deadstock rolls);
- raw versus processed (pulp, fibre, yarn, greige cloth, dyed cloth, product);
- finished goods described by their material or technique (an indigo-dyed handwoven bag is a bag; a lac-dyed
  modal shawl is a scarf, not a dyeing service);
- needs written as a wish, a bare noun phrase or a question, and refusals ("no synthetic dye");
- needs that require a named certification (a supplier without it does not qualify) and needs that name one
  only to waive it ("OEKO-TEX preferred but not required", "ไม่ต้องมี GRS");
- {unmet} needs that no one in the set meets (machinery, labour, goods nobody sells, or goods offered only
  without the certification the need requires).

## How it was written

By hand, by a writer who read only Section 1 of the project's contracts (the cluster profile JSONL format and
the links CSV) and the shared taxonomy (`shared/taxonomy.py` and `shared/taxonomy_data/`). The writer did not
read the matcher, its glossary, its tests or any other evaluation set, and did not run the matcher. Every
province resolves with `resolve_province`, every certification with `resolve_certification`; sub-cluster,
stage and BCG tags are the taxonomy's values.

## How a link is decided

Every offer is held in `write.py` as a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`; the labels and their meanings are listed in
`LABELS`). Every need either lists the offer labels that would meet it and the certifications its text
requires, or is marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some
offer of the supplier carries a label listed by one of the buyer's needs and the supplier's certifications
hold every certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link; what changes what the thing is does. A waived
certification is not required. The labels live only in `write.py`; the profiles carry none.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_viscose/write.py

The script checks everything before writing (ids, contract fields, provinces, certifications, labels offered
by someone other than the buyer, every met need has a qualified supplier and every unmet one has none,
certifications named in the need texts, Thai phrases mostly Thai letters and English ones Latin only, the size
targets) and writes nothing if a check fails. Two runs give identical bytes. `--detail` also prints each need
with the suppliers that meet it.

## Files

- `write.py`: all the data, the labels, the checks and the writer.
- `profiles.jsonl`: the {profiles} profiles, ids `{first}` to `{last}`, contract JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def readme(table: list[str], smes: list[Sme]) -> str:
    return README_TEMPLATE.format(
        profiles=len(smes),
        unmet=sum(not n.met for s in smes for n in s.needs),
        first=smes[0].sme_id,
        last=smes[-1].sme_id,
        table="\n".join(table),
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
