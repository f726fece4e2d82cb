"""Write the hand-labelled evaluation set `eval/blind_plain_lace/`.

Lace, crochet lace and doilies, with the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster. All data is written by hand below; labels live only in this file.

Run from the repository root:

    .venv/bin/python eval/blind_plain_lace/write.py

It checks the data and then writes `profiles.jsonl`, `links.csv` and `README.md` next to
itself. If any check fails it prints the problems and writes nothing.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.dont_write_bytecode = True  # write nothing outside this folder, not even import caches

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "blc"
N_PROFILES = 95
LINKS_MIN, LINKS_MAX = 160, 180
UNMET_MIN, UNMET_MAX = 17, 23
THAI_SHARE = (0.50, 0.60)
CROSS_SHARE = (0.40, 0.60)

TH, EN = "th", "en"
HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
CENTRAL = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ISAN = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


# ------------------------------------------------------------------ record types


@dataclass(frozen=True)
class Offer:
    text: str
    label: str  # what the thing offered is


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]  # offer labels that would meet it
    requires: tuple[str, ...] = ()  # canonical certifications the text asks for
    waives: tuple[str, ...] = ()  # certifications the text names only to waive them
    unmet: str = ""  # note: why no one in the set meets it


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    sub: str
    stage: str
    province: str
    name: str
    mail: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def none_meets(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, (), note)


def sme(
    num: int,
    lang: str,
    sub: str,
    stage: str,
    province: str,
    name: str,
    mail: str,
    offers: list[Offer] | None = None,
    needs: list[Need] | None = None,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(num, lang, sub, stage, province, name, mail, tuple(offers or ()), tuple(needs or ()), certs, bcg)


# ------------------------------------------------------------------ the SMEs

SMES: list[Sme] = [
    # ---------------------------------------------------------- 001-030
    sme(
        1,
        TH,
        HEMP,
        UP,
        "Chiang Mai",
        "วิสาหกิจชุมชนใยกัญชงบ้านแม่สาใหม่",
        "maesamai.hemp",
        offers=[
            o("ใยกัญชงลอกมือ ตากแห้ง มัดละ 1 กิโล", "hemp_fibre"),
            o("เส้นกัญชงเข็นมือ สีธรรมชาติ ไม่ฟอก", "hemp_yarn"),
        ],
        needs=[n("ห้อมเปียก ไว้ย้อมผ้ากัญชงของกลุ่ม", "indigo_paste")],
        bcg=("bio",),
    ),
    sme(
        2,
        EN,
        CIRC,
        UP,
        "Samut Sakhon",
        "Mahachai Textile Reclaim Co., Ltd.",
        "reclaim.mahachai",
        offers=[
            o("Sorted cotton cutting waste, white and ecru, 500 kg lots", "cotton_textile_waste"),
            o("Lace and trim offcuts sold by the kilo", "lace_offcuts"),
        ],
        needs=[n("post-consumer garments in bales", "used_clothing")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        3,
        TH,
        ISAN,
        UP,
        "Loei",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์บ้านนาด้วง",
        "naduang.cotton",
        offers=[
            o("ปุยฝ้ายพื้นเมือง เก็บมือ ปลอดสารเคมี", "raw_cotton_fibre"),
            o("ฝ้ายตุ่นสีน้ำตาล ยังไม่อีดเมล็ด", "raw_cotton_fibre"),
        ],
        needs=[none_meets("เครื่องอีดฝ้ายมือสอง สภาพใช้งานได้", "no one sells cotton gins", "cotton_gin")],
        certs=("เกษตรอินทรีย์",),
        bcg=("bio",),
    ),
    sme(
        4,
        TH,
        ISAN,
        UP,
        "Khon Kaen",
        "กลุ่มผู้สูงอายุเข็นฝ้ายบ้านโนนทอง",
        "nonthong.elders",
        offers=[o("ฝ้ายเข็นมือเส้นเล็ก สำหรับทอและถัก", "handspun_cotton_yarn")],
        needs=[n("ฝ้ายก้อน ปุยฝ้ายดิบ ปีละ 300 กก.", "raw_cotton_fibre")],
        bcg=("bio",),
    ),
    sme(
        5,
        EN,
        CENTRAL,
        UP,
        "Bangkok",
        "Siam Thread House",
        "orders.siamthread",
        offers=[
            o("DMC Cebelia and Anchor crochet cotton, sizes 10-40, Sampeng shop", "crochet_thread"),
            o("Polyester sewing thread, 5,000 m cones", "sewing_thread"),
        ],
    ),
    sme(
        6,
        TH,
        HEMP,
        UP,
        "Nakhon Pathom",
        "บริษัท สยามปั่นฝ้าย จำกัด",
        "sales.siamspin",
        offers=[
            o("ด้ายฝ้าย 100% Ne 20/2 ดิบ ไม่ฟอก", "cotton_yarn"),
            o("เส้นด้ายฝ้ายหวี Ne 40 สำหรับถักผ้ายืด", "cotton_yarn"),
        ],
        needs=[n("ฝ้ายดิบไทยหรือนำเข้า สำหรับโรงปั่น", "raw_cotton_fibre")],
        certs=("ISO 9001:2015", "Oeko-Tex 100"),
    ),
    sme(
        7,
        TH,
        CIRC,
        UP,
        "Bangkok",
        "ห้างหุ้นส่วนจำกัด รีคอตตอนไทย",
        "recotton.th",
        offers=[o("ด้ายฝ้ายรีไซเคิลจากเศษผ้าโรงงาน Ne 10", "recycled_cotton_yarn")],
        needs=[n("เศษผ้าฝ้ายจากห้องตัดของโรงงานเสื้อผ้า", "cotton_textile_waste")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        8,
        EN,
        CIRC,
        UP,
        "Nonthaburi",
        "Second Lace Vintage Supply",
        "hello.secondlace",
        offers=[
            o("Used lace tablecloths and doilies, mixed boxes", "vintage_lace"),
            o("Pre-loved wedding gowns, dry-cleaned", "used_wedding_dress"),
        ],
        needs=[n("Someone to mend and whiten yellowed old lace", "lace_repair_service")],
        bcg=("circular",),
    ),
    sme(
        9,
        TH,
        HEMP,
        UP,
        "Phrae",
        "กลุ่มปลูกห้อมบ้านทุ่งโฮ้ง",
        "thunghong.hom",
        offers=[
            o("ห้อมเปียก ถังละ 20 กิโล ส่งทั่วประเทศ", "indigo_paste"),
            o("ครั่ง ขมิ้น เปลือกประดู่ วัตถุดิบย้อมสีธรรมชาติ", "natural_dye_material"),
        ],
        bcg=("bio", "green"),
    ),
    sme(
        10,
        TH,
        ISAN,
        UP,
        "Sakon Nakhon",
        "วิสาหกิจชุมชนครามบ้านดอนกอย",
        "donkoi.indigo",
        offers=[o("เนื้อครามเปียก หมักพร้อมก่อหม้อ", "indigo_paste")],
        needs=[n("ฝ้ายเข็นมือที่ยังไม่ย้อม ไว้ย้อมคราม", "handspun_cotton_yarn")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        11,
        TH,
        SPORT,
        UP,
        "Samut Prakan",
        "บริษัท ไทยสแปนเด็กซ์ จำกัด",
        "sales.thaispandex",
        offers=[
            o("เส้นด้ายสแปนเด็กซ์หุ้มไนลอน 20D และ 40D", "nylon_spandex_yarn"),
            o("ด้ายไนลอน 6 เท็กซ์เจอร์ 70D ม้วนใหญ่", "nylon_filament_yarn"),
        ],
        certs=("OEKO-TEX Standard 100", "ISO 9001"),
    ),
    sme(
        12,
        EN,
        SPORT,
        UP,
        "Rayong",
        "Eastern Filament Co., Ltd.",
        "sales.easternfilament",
        offers=[
            o("Recycled polyester DTY 75D from bottles", "recycled_polyester_yarn"),
        ],
        needs=[none_meets("Nylon chips from a local polymer plant", "no one sells polymer chips", "nylon_chips")],
        certs=("GRS", "ISO 9001"),
    ),
    sme(
        13,
        EN,
        HEMP,
        UP,
        "Nan",
        "Nan Organic Cotton Collective",
        "team.nanorganic",
        offers=[
            o("GOTS organic cotton yarn, 2-ply, undyed", "cotton_yarn"),
            o("Organic crochet cotton thread, natural ecru", "crochet_thread"),
        ],
        needs=[n("Organic Thailand certified seed cotton", "raw_cotton_fibre", req=("Organic Thailand",))],
        certs=("GOTS", "Organic Thailand"),
        bcg=("bio",),
    ),
    sme(
        14,
        TH,
        ISAN,
        UP,
        "Surin",
        "กลุ่มเลี้ยงไหมบ้านท่าสว่าง",
        "thasawang.silk",
        offers=[o("เส้นไหมน้อย ไหมพื้นบ้าน สาวมือ", "silk_yarn")],
        needs=[none_meets("ใบหม่อนสด ส่งทุกสัปดาห์", "no one sells mulberry leaves", "mulberry_leaves")],
        certs=("ตรานกยูงพระราชทาน",),
        bcg=("bio",),
    ),
    sme(
        15,
        TH,
        CIRC,
        UP,
        "Ratchaburi",
        "ร้านรับซื้อผ้าเก่า โพธาราม",
        "photharam.recycle",
        offers=[
            o("ผ้าลูกไม้เก่า ผ้าปูโต๊ะมือสอง คัดสภาพแล้ว", "vintage_lace"),
            o("เสื้อผ้ามือสองอัดก้อน ก้อนละ 100 กก.", "used_clothing"),
            o("รับเก็บเศษผ้าถึงโรงงาน ในเขตราชบุรีไม่คิดค่าขนส่ง", "waste_collection_service"),
        ],
        bcg=("circular",),
    ),
    sme(
        16,
        TH,
        ISAN,
        UP,
        "Roi Et",
        "กลุ่มปลูกฝ้ายทุ่งกุลาร้องไห้",
        "thungkula.cotton",
        offers=[o("ปุยฝ้ายขาว ฝ้ายพันธุ์พื้นเมือง กิโลละ 45 บาท", "raw_cotton_fibre")],
        bcg=("bio",),
    ),
    sme(
        17,
        EN,
        CIRC,
        UP,
        "Pathum Thani",
        "ReThread Polymers Co., Ltd.",
        "info.rethread",
        offers=[o("GRS recycled polyester yarn from PET bottles", "recycled_polyester_yarn")],
        needs=[none_meets("Clean PET bottle flakes, 10 t a month", "no one sells PET flakes", "pet_flakes")],
        certs=("Global Recycled Standard",),
        bcg=("circular",),
    ),
    sme(
        18,
        EN,
        HEMP,
        UP,
        "Tak",
        "Tak Hemp Fibre Works",
        "office.takhemp",
        offers=[
            o("Degummed hemp fibre, 50 kg bales, 180 baht/kg", "hemp_fibre"),
            o("Wet-spun hemp yarn Nm 10, ecru", "hemp_yarn"),
        ],
        needs=[none_meets("Decorticator spare parts", "no one sells machine parts", "decorticator_parts")],
        bcg=("bio",),
    ),
    sme(
        19,
        TH,
        CENTRAL,
        MID,
        "Samut Sakhon",
        "บริษัท ลูกไม้มหาชัย จำกัด",
        "sales.mahachailace",
        offers=[
            o("ลูกไม้ฝ้ายขอบ กว้าง 2-5 ซม. ม้วนละ 30 หลา", "cotton_lace_trim"),
            o("ลูกไม้โพลีเอสเตอร์ลายดอก ราคาส่ง", "polyester_lace_trim"),
        ],
        needs=[
            n("ด้ายคอตตอนดิบ เบอร์ 40 สำหรับเครื่องถักลูกไม้", "cotton_yarn"),
            n("มีโรงย้อมที่รับย้อมลูกไม้เป็นม้วนไหม", "lace_dyeing_service"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        20,
        EN,
        SPORT,
        MID,
        "Bangkok",
        "Raschel Lace Asia Co., Ltd.",
        "sales.raschelasia",
        offers=[
            o("Stretch raschel lace 3-18 cm for lingerie", "stretch_lingerie_lace"),
            o("Power mesh 20D for shapewear", "power_mesh_fabric"),
        ],
        needs=[
            n("Textured nylon, 40 to 70 denier", "nylon_filament_yarn"),
            n("Covered elastane yarn", "nylon_spandex_yarn"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        21,
        TH,
        CENTRAL,
        MID,
        "Bangkok",
        "ร้านผ้าลูกไม้พาหุรัด",
        "pahurat.lace",
        offers=[
            o("ผ้าลูกไม้ชองติลลี่ ลูกไม้ฝรั่งเศส สำหรับชุดเจ้าสาว", "bridal_lace_fabric"),
            o("ผ้าทูลนิ่ม ผ้าโปร่ง หน้ากว้าง 3 เมตร", "tulle_net"),
            o("ลูกไม้กิพัวร์ ตัดขายเป็นหลา", "guipure_lace"),
        ],
    ),
    sme(
        22,
        EN,
        CENTRAL,
        MID,
        "Nonthaburi",
        "Nonthaburi Bridal Embroidery",
        "studio.nbembroidery",
        offers=[
            o("Beaded Alencon lace by the yard", "bridal_lace_fabric"),
            o("Hand-beaded lace appliques and motifs", "lace_motif_applique"),
            o("Beading and embroidery on your own gown", "embroidery_beading_service"),
        ],
        needs=[
            n("Seed beads, bugle beads and sequins", "beads_sequins"),
            n("Can anyone dye lace to match ivory or blush?", "lace_dyeing_service"),
        ],
    ),
    sme(
        23,
        TH,
        ISAN,
        MID,
        "Khon Kaen",
        "กลุ่มทอผ้าฝ้ายบ้านหนองบัวดีหมี",
        "nongbua.weavers",
        offers=[o("ผ้าฝ้ายทอมือ ผ้าขาวดิบ หน้ากว้าง 1 เมตร", "undyed_handwoven_cotton_fabric")],
        needs=[n("เส้นฝ้ายสำหรับทอ เข็นมือหรือโรงงานก็ได้", "handspun_cotton_yarn", "cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        24,
        TH,
        ISAN,
        MID,
        "Sakon Nakhon",
        "ห้างหุ้นส่วนจำกัด ครามสกล",
        "kramsakon",
        offers=[
            o("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ", "indigo_dyed_cotton_fabric"),
            o("รับย้อมครามผ้าและเส้นฝ้ายของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service"),
        ],
        needs=[n("ผ้าทอมือเนื้อฝ้าย ยังไม่ผ่านการย้อม", "undyed_handwoven_cotton_fabric")],
        certs=("OTOP",),
        bcg=("bio", "green"),
    ),
    sme(
        25,
        EN,
        HEMP,
        MID,
        "Phrae",
        "Phrae Mohom Studio",
        "mohom.studio",
        offers=[o("Mo hom indigo cloth, handloomed, 90 cm", "indigo_dyed_cotton_fabric")],
        needs=[
            n("Indigo paste (hom), fresh", "indigo_paste"),
        ],
        bcg=("bio",),
    ),
    sme(
        26,
        TH,
        CENTRAL,
        MID,
        "Samut Prakan",
        "โรงย้อมบางพลีเท็กซ์",
        "bangplitex",
        offers=[
            o("รับย้อมลูกไม้ ทั้งยืดและไม่ยืด เทียบสีตามตัวอย่าง", "lace_dyeing_service"),
            o("รับย้อมผ้าผืน ผ้าฝ้าย ผ้าทีซี", "fabric_dyeing_service"),
        ],
        needs=[none_meets("สีย้อมรีแอคทีฟ ราคาส่ง", "no one sells dyestuff", "reactive_dyes")],
        certs=("ISO 14001",),
    ),
    sme(
        27,
        EN,
        CENTRAL,
        MID,
        "Bangkok",
        "Bangkok Greige Mills",
        "sales.bkkgreige",
        offers=[
            o("Greige cotton voile and lawn, 58 inch", "cotton_fabric_greige"),
            o("Piece-dyed cotton poplin, 40 shades", "dyed_cotton_fabric"),
        ],
        needs=[
            n("Combed cotton yarn Ne 40", "cotton_yarn"),
            n("Commission reactive dyeing of our greige rolls", "fabric_dyeing_service"),
        ],
    ),
    sme(
        28,
        TH,
        CENTRAL,
        MID,
        "Nakhon Pathom",
        "โรงทอผ้าดิบนครชัยศรี",
        "nakhonchaisri.weaving",
        offers=[o("ผ้าดิบ ผ้าฝ้าย 100% หน้า 36 นิ้ว", "cotton_fabric_greige")],
        needs=[n("เส้นด้ายคอตตอนสำหรับทอผ้าดิบ โรงงานต้องมี ISO 9001", "cotton_yarn", req=("ISO 9001",))],
    ),
    sme(
        29,
        TH,
        CENTRAL,
        MID,
        "Ang Thong",
        "กลุ่มผู้สูงอายุถักโครเชต์ตำบลโพสะ",
        "phosa.crochet",
        offers=[
            o("รับจ้างถักโครเชต์ตามแบบ ลูกค้าส่งด้ายมาเอง", "crochet_outwork_service"),
            o("ขอบลูกไม้ถักมือ ขายเป็นเมตร", "crochet_lace_edging"),
            o("ที่รองแก้วโครเชต์ ชุดละ 6 ชิ้น", "crochet_doily"),
        ],
        needs=[n("ด้ายถักลูกไม้ สีขาวหรือสีครีม ราคาส่ง", "crochet_thread")],
    ),
    sme(
        30,
        EN,
        CENTRAL,
        MID,
        "Ayutthaya",
        "Ayutthaya Silver Hands Crochet",
        "silverhands.ayutthaya",
        offers=[
            o("Hand-crocheted lace edging, 1-3 cm, per metre", "crochet_lace_edging"),
            o("Crochet to your pattern, your thread or ours", "crochet_outwork_service"),
        ],
        needs=[n("Mercerised cotton size 20, GOTS certified", "crochet_thread", req=("GOTS",))],
    ),
    # ---------------------------------------------------------- 031-060
    sme(
        31,
        TH,
        CENTRAL,
        MID,
        "Bangkok",
        "ห้างหุ้นส่วนจำกัด เย็บดีชุดชั้นใน",
        "yebdee.lingerie",
        offers=[o("รับเย็บชุดชั้นใน บรา กางเกงใน ขั้นต่ำ 300 ตัว", "lingerie_sewing_service")],
        needs=[
            n("ลูกไม้สแปนเด็กซ์ ใช้ทำขอบบรา", "stretch_lingerie_lace"),
            n("ยางพับ ยางขอบกางเกงใน", "lingerie_elastic"),
        ],
    ),
    sme(
        32,
        EN,
        SPORT,
        MID,
        "Samut Sakhon",
        "ActiveSew CMT",
        "cmt.activesew",
        offers=[o("CMT sewing, knit and woven garments, MOQ 500", "garment_sewing_service")],
        needs=[
            n("Powernet for side panels", "power_mesh_fabric"),
            n("Core-spun poly sewing thread", "sewing_thread"),
        ],
    ),
    sme(
        33,
        TH,
        SPORT,
        MID,
        "Chonburi",
        "บริษัท ยางยืดชลบุรี จำกัด",
        "sales.chonelastic",
        offers=[
            o("ยางยืดขอบกางเกงใน ยางลายลูกไม้ ยางพิโก้", "lingerie_elastic"),
            o("ตะขอบรา ห่วงเลข 8 ตัวปรับสาย", "bra_findings"),
        ],
        needs=[n("เส้นยืดอีลาสเทน สำหรับเครื่องถักยาง", "nylon_spandex_yarn")],
        certs=("OEKO-TEX certified",),
    ),
    sme(
        34,
        TH,
        CENTRAL,
        MID,
        "Bangkok",
        "ร้านปักเลื่อมประตูน้ำ",
        "pratunam.sequin",
        offers=[o("รับปักเลื่อม ปักมุก ชุดเจ้าสาว ชุดราตรี", "embroidery_beading_service")],
        needs=[n("ลูกปัดแก้ว เลื่อม มุกเทียม ขายส่ง", "beads_sequins")],
    ),
    sme(
        35,
        EN,
        CENTRAL,
        MID,
        "Bangkok",
        "Heirloom Lace Care",
        "care.heirloomlace",
        offers=[
            o("Repair of antique lace and veils", "lace_repair_service"),
            o("Cleaning and whitening of old lace", "lace_cleaning_service"),
        ],
        needs=[
            n("Old lace remnants to patch holes", "vintage_lace"),
        ],
    ),
    sme(
        36,
        EN,
        CENTRAL,
        MID,
        "Bangkok",
        "Bead & Sequin Trading",
        "shop.beadsequin",
        offers=[o("Japanese glass seed beads, sequins, freshwater pearls", "beads_sequins")],
    ),
    sme(
        37,
        TH,
        HEMP,
        MID,
        "Chiang Rai",
        "กลุ่มทอผ้ากัญชงบ้านห้วยส้าน",
        "huaisan.hemp",
        offers=[o("ผ้าใยกัญชงทอมือ ผืนละ 8 เมตร", "hemp_fabric")],
        needs=[n("เส้นใยกัญชงที่ปั่นเป็นเส้นแล้ว", "hemp_yarn")],
        bcg=("bio",),
    ),
    sme(
        38,
        EN,
        HEMP,
        MID,
        "Chiang Mai",
        "Lanna Linen & Lace",
        "hello.lannalinen",
        offers=[
            o("Cotton torchon lace trim, 3 cm wide", "cotton_lace_trim"),
            o("Handmade hemp crochet edging", "crochet_lace_edging"),
        ],
        needs=[
            n("Fine hemp yarn for crochet", "hemp_yarn"),
            none_meets("Bobbin lace pillows and wooden bobbins", "no one sells lace-making tools", "bobbin_lace_tools"),
        ],
    ),
    sme(
        39,
        TH,
        CIRC,
        MID,
        "Bangkok",
        "บริษัท ผ้ารีไซเคิลไทย จำกัด",
        "sales.thairecyclefabric",
        offers=[o("ผ้าแคนวาสทอจากด้ายรีไซเคิล", "recycled_cotton_fabric")],
        needs=[n("ด้ายคอตตอนรีไซเคิล ต้องมีใบรับรอง GRS", "recycled_cotton_yarn", req=("GRS",))],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        40,
        TH,
        SPORT,
        MID,
        "Samut Sakhon",
        "บริษัท ถักผ้ายืดสาคร จำกัด",
        "sales.sakhonknit",
        offers=[
            o("ผ้าตาข่ายยืด พาวเวอร์เน็ต", "power_mesh_fabric"),
            o("ลูกไม้ยืดราเชล หน้า 15 ซม.", "stretch_lingerie_lace"),
        ],
        needs=[n("ไนลอนเส้นใยยาว 40D สำหรับเครื่องถักยืน", "nylon_filament_yarn")],
    ),
    sme(
        41,
        EN,
        ISAN,
        MID,
        "Udon Thani",
        "Udon Natural Dye House",
        "dyehouse.udon",
        offers=[
            o("Indigo vat dyeing of customers' yarn and cloth", "indigo_dyeing_service"),
            o("Lac and ebony dyeing, you send the goods", "natural_dyeing_service"),
        ],
        needs=[n("Dried lac (krang) resin", "natural_dye_material")],
        bcg=("bio", "green"),
    ),
    sme(
        42,
        TH,
        CENTRAL,
        MID,
        "Nonthaburi",
        "ร้านรับลงแป้งผ้าโครเชต์ ปากเกร็ด",
        "pakkret.starch",
        offers=[
            o("รับลงแป้ง ขึ้นรูปผ้าถักโครเชต์ให้ตั้งทรง", "lace_stiffening_service"),
            o("รับซักผ้าลูกไม้เก่าที่เหลืองให้กลับมาขาว", "lace_cleaning_service"),
        ],
    ),
    sme(
        43,
        TH,
        ISAN,
        MID,
        "Kalasin",
        "กลุ่มทอผ้าไหมแพรวาบ้านโพน",
        "banphon.praewa",
        offers=[o("ผ้าไหมแพรวา ทอมือ ลายโบราณ", "silk_fabric")],
        needs=[
            n(
                "ไหมไทยแท้ ต้องมีตรานกยูงพระราชทาน",
                "silk_yarn",
                req=("Thai Silk Peacock Emblem",),
            )
        ],
        certs=("OTOP",),
    ),
    sme(
        44,
        EN,
        SPORT,
        MID,
        "Pathum Thani",
        "Tulle & Net Industries",
        "sales.tullenet",
        offers=[
            o("Nylon bridal tulle, 300 cm wide", "tulle_net"),
            o("Embroidered tulle lace for gowns", "bridal_lace_fabric"),
        ],
        needs=[n("Fine nylon filament, 15-20 denier", "nylon_filament_yarn")],
    ),
    sme(
        45,
        TH,
        CIRC,
        MID,
        "Songkhla",
        "ร้านรับตัดเย็บหาดใหญ่",
        "hatyai.tailor",
        offers=[o("รับตัดเย็บตามสั่ง ผ้าของลูกค้า เสื้อ กระโปรง", "garment_sewing_service")],
        needs=[n("ผ้าฝ้ายที่ย้อมสีแล้ว ไม่เอาผ้าดิบ", "dyed_cotton_fabric", "indigo_dyed_cotton_fabric")],
    ),
    sme(
        46,
        TH,
        CENTRAL,
        DOWN,
        "Bangkok",
        "ร้านวิวาห์ลูกไม้",
        "wiwah.lace",
        offers=[
            o("ชุดเจ้าสาวตัดตามสั่ง ลูกไม้ฝรั่งเศส", "wedding_dress"),
            o("ให้เช่าชุดแต่งงาน ชุดหมั้น", "wedding_dress_rental"),
        ],
        needs=[
            n("ผ้าลูกไม้ลายดอก เนื้อนิ่ม ตัดชุดวิวาห์", "bridal_lace_fabric"),
            n("ผ้าคลุมหน้าเจ้าสาว ยาว 3 เมตร", "bridal_veil"),
            n("ช่างปักมุกลงบนชุด", "embroidery_beading_service"),
        ],
    ),
    sme(
        47,
        EN,
        CENTRAL,
        DOWN,
        "Bangkok",
        "Ever After Bridal Atelier",
        "atelier.everafter",
        offers=[o("Made-to-measure wedding gowns", "wedding_dress")],
        needs=[
            n("French-style bridal lace by the yard, ivory", "bridal_lace_fabric"),
            n("Lace motifs to applique on bodices", "lace_motif_applique"),
        ],
    ),
    sme(
        48,
        TH,
        CIRC,
        DOWN,
        "Chiang Mai",
        "ร้านเช่าชุดแต่งงาน รียูสเวดดิ้ง",
        "reuse.wedding",
        offers=[o("เช่าชุดเจ้าสาว ราคาประหยัด", "wedding_dress_rental")],
        needs=[n("ชุดแต่งงานมือสอง สภาพดี ซักแล้ว", "used_wedding_dress")],
        bcg=("circular",),
    ),
    sme(
        49,
        EN,
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "Veil Maker Studio",
        "studio.veilmaker",
        offers=[o("Cathedral veils with lace edge", "bridal_veil")],
        needs=[
            n("Lace trim for veil edges, cotton or poly", "cotton_lace_trim", "polyester_lace_trim"),
        ],
    ),
    sme(
        50,
        TH,
        CENTRAL,
        DOWN,
        "Bangkok",
        "แบรนด์ชุดชั้นในลาเวนเดอร์",
        "lavender.lingerie",
        offers=[o("บรา ชุดชั้นในลูกไม้ แบรนด์ของเราเอง", "lingerie_garment")],
        needs=[
            n(
                "ลูกไม้ยืดทำบรา ต้องผ่าน OEKO-TEX",
                "stretch_lingerie_lace",
                req=("OEKO-TEX Standard 100",),
            ),
            n("หาโรงงานรับจ้างเย็บบรา", "lingerie_sewing_service"),
        ],
    ),
    sme(
        51,
        EN,
        SPORT,
        DOWN,
        "Bangkok",
        "Sprint Bra Co.",
        "hello.sprintbra",
        offers=[o("Sports bras with lace back panel", "sports_bra")],
        needs=[
            n("Stretch lace trims, 5-8 cm", "stretch_lingerie_lace"),
        ],
    ),
    sme(
        52,
        TH,
        CIRC,
        DOWN,
        "Lampang",
        "ร้านแต่งบ้านวินเทจ ลำปาง",
        "lampang.vintagehome",
        offers=[o("ของแต่งบ้านสไตล์วินเทจ ขายปลีก", "home_decor_retail")],
        needs=[
            n("ที่รองแก้วถักมือ ผ้ารองจานโครเชต์", "crochet_doily"),
            n("ร้านไหนทำความสะอาดลูกไม้ที่มีคราบเหลืองได้บ้าง", "lace_cleaning_service"),
        ],
        bcg=("circular",),
    ),
    sme(
        53,
        TH,
        ISAN,
        DOWN,
        "Nakhon Ratchasima",
        "กลุ่มแม่บ้านถักโครเชต์ปักธงชัย",
        "pakthongchai.crochet",
        offers=[
            o("ผ้ารองแก้ว ผ้ารองจาน ถักโครเชต์ สินค้า OTOP", "crochet_doily"),
            o("ผ้าปูโต๊ะกลมถักมือ 90 ซม.", "lace_tablecloth"),
        ],
        needs=[n("ด้ายโครเชต์ย้อมสีธรรมชาติ ไม่ใช้สีเคมี", "naturally_dyed_crochet_thread")],
        certs=("OTOP",),
    ),
    sme(
        54,
        EN,
        CENTRAL,
        DOWN,
        "Suphan Buri",
        "Suphan Crochet Ladies",
        "ladies.suphancrochet",
        offers=[o("Crochet doilies and table centres, 20-60 cm", "crochet_doily")],
        needs=[
            n(
                "Cotton crochet thread, size 10, GOTS nice to have",
                "crochet_thread",
                "naturally_dyed_crochet_thread",
                waive=("GOTS",),
            ),
            n("Starching and blocking of finished doilies", "lace_stiffening_service"),
        ],
    ),
    sme(
        55,
        TH,
        CENTRAL,
        DOWN,
        "Sing Buri",
        "กลุ่มผู้สูงวัยถักไหมพรม สิงห์บุรี",
        "singburi.knitters",
        offers=[
            o("แผ่นรองโต๊ะถักลายดอกสับปะรด", "crochet_doily"),
        ],
        needs=[n("ไหมพรมคอตตอนเส้นใหญ่ สำหรับถักกระเป๋า", "cotton_yarn", "recycled_cotton_yarn")],
    ),
    sme(
        56,
        EN,
        CENTRAL,
        DOWN,
        "Samut Sakhon",
        "Lace Home Textiles Co., Ltd.",
        "sales.lacehome",
        offers=[
            o("Machine lace tablecloths and runners", "lace_tablecloth"),
            o("Ready-made lace curtains", "lace_curtain"),
            o("Cushion covers with lace trim", "cushion_cover"),
        ],
        needs=[
            n("Polyester lace by the roll, 10-20 cm", "polyester_lace_trim"),
            n("Someone to take away our lace offcuts", "waste_collection_service"),
        ],
    ),
    sme(
        57,
        TH,
        CENTRAL,
        DOWN,
        "Samut Songkhram",
        "โรงงานม่านลูกไม้แม่กลอง",
        "maeklong.curtain",
        offers=[o("ผ้าม่านลูกไม้ สั่งตัดตามขนาดหน้าต่าง", "lace_curtain")],
        needs=[
            none_meets(
                "ผ้าลูกไม้ม้วนสำหรับตัดม่าน หน้ากว้าง 280 ซม.",
                "no one sells lace curtain fabric by the roll",
                "lace_curtain_fabric",
            )
        ],
    ),
    sme(
        58,
        TH,
        CENTRAL,
        DOWN,
        "Ratchaburi",
        "กลุ่มถักลูกไม้กระสวยบ้านโป่ง",
        "banpong.tatting",
        offers=[o("ที่คั่นหนังสือ ต่างหู ถักแทตติ้ง", "tatted_lace")],
        needs=[n("ด้ายแทตติ้งเบอร์ 40 หรือ 80 ต้องได้ GOTS", "crochet_thread", req=("GOTS",))],
    ),
    sme(
        59,
        EN,
        ISAN,
        DOWN,
        "Ubon Ratchathani",
        "Ubon Tatting Grandmas",
        "grandmas.ubon",
        offers=[
            o("Tatted lace bookmarks and earrings", "tatted_lace"),
            o("Tatted collars, small runs", "lace_collar"),
        ],
        needs=[none_meets("Tatting shuttles, wholesale", "no one sells tatting tools", "tatting_shuttles")],
    ),
    sme(
        60,
        TH,
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "ร้านปกลูกไม้นนทบุรี",
        "nonthaburi.collar",
        offers=[o("ปกเสื้อลูกไม้แบบถอดได้ ปกบัว ปกกลม", "lace_collar")],
        needs=[n("ลูกไม้กิพัวร์ สำหรับทำปกเสื้อ", "guipure_lace")],
    ),
    # ---------------------------------------------------------- 061-095
    sme(
        61,
        EN,
        CENTRAL,
        DOWN,
        "Bangkok",
        "Petite Rose Kids Wear",
        "orders.petiterose",
        offers=[o("Girls' party dresses with lace collars", "childrens_dress")],
        needs=[
            n("Detachable lace collars", "lace_collar"),
            n("Cotton lace edging, no polyester", "cotton_lace_trim"),
        ],
    ),
    sme(
        62,
        EN,
        CENTRAL,
        DOWN,
        "Chonburi",
        "Silk & Lace Boutique",
        "buyer.silkandlace",
        needs=[
            n("Lace bras and briefs for our private label", "lingerie_garment"),
        ],
    ),
    sme(
        63,
        TH,
        ISAN,
        DOWN,
        "Khon Kaen",
        "บ้านพักผู้สูงอายุสุขใจ",
        "sukjai.care",
        offers=[o("ดูแลผู้สูงอายุ รายวันและรายเดือน", "elderly_care_service")],
        needs=[
            n("ชุดนอนผ้าฝ้ายสำหรับผู้สูงอายุ ใส่ถอดง่าย", "nightwear"),
            n("ม่านหน้าต่างแบบลูกไม้ 40 ห้อง", "lace_curtain"),
            n(
                "ด้ายถักให้ผู้สูงอายุทำกิจกรรมยามว่าง",
                "crochet_thread",
                "naturally_dyed_crochet_thread",
                "cotton_yarn",
            ),
        ],
    ),
    sme(
        64,
        TH,
        CENTRAL,
        DOWN,
        "Nakhon Pathom",
        "ชุดนอนผู้สูงวัย คุณยาย",
        "khunyai.sleepwear",
        offers=[o("ชุดนอนผ้าฝ้าย คอปกลูกไม้ สำหรับผู้สูงอายุ", "nightwear")],
        needs=[
            n("ปกลูกไม้สำเร็จรูป ติดเสื้อได้เลย", "lace_collar"),
        ],
    ),
    sme(
        65,
        EN,
        CENTRAL,
        DOWN,
        "Nakhon Nayok",
        "Rattana Nursing Home",
        "admin.rattananursing",
        offers=[o("Residential nursing care", "elderly_care_service")],
        needs=[
            n(
                "Cotton underwear for residents, OEKO-TEX certified only",
                "lingerie_garment",
                req=("OEKO-TEX Standard 100",),
            ),
        ],
    ),
    sme(
        66,
        EN,
        SPORT,
        DOWN,
        "Samut Prakan",
        "Comfy Lingerie Manufacturing",
        "sales.comfylingerie",
        offers=[o("Cotton briefs and soft bras, OEKO-TEX certified", "lingerie_garment")],
        needs=[
            n("Narrow stretch lace, 2-4 cm", "stretch_lingerie_lace"),
            n("Plush-back elastic and picot edging", "lingerie_elastic"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        67,
        EN,
        HEMP,
        DOWN,
        "Krabi",
        "Andaman Eco Resort",
        "purchasing.andamaneco",
        needs=[
            n("Crochet doilies for 80 rooms, natural cotton", "crochet_doily"),
        ],
        bcg=("green",),
    ),
    sme(
        68,
        TH,
        CENTRAL,
        DOWN,
        "Bangkok",
        "ร้านของฝากไทยคราฟท์",
        "thaicraft.souvenir",
        offers=[o("ของฝากงานฝีมือไทย หน้าร้านในสนามบิน", "gift_retail")],
        needs=[
            n("ที่รองแก้วถักมือ ต้องเป็นสินค้า OTOP", "crochet_doily", req=("OTOP",)),
            n("ที่คั่นหนังสือลูกไม้ถักกระสวย", "tatted_lace"),
        ],
    ),
    sme(
        69,
        EN,
        HEMP,
        DOWN,
        "Chiang Mai",
        "Nimman Craft Store",
        "store.nimmancraft",
        needs=[
            n("Handmade bags in hemp or cotton", "bag"),
        ],
    ),
    sme(
        70,
        TH,
        ISAN,
        DOWN,
        "Sakon Nakhon",
        "ร้านกระเป๋าครามสกล",
        "kramsakon.bags",
        offers=[o("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "bag")],
        needs=[n("ผ้าฝ้ายย้อมครามแท้ ไม่เอาสีเคมี", "indigo_dyed_cotton_fabric")],
        certs=("OTOP",),
    ),
    sme(
        71,
        EN,
        CIRC,
        DOWN,
        "Bangkok",
        "ReLace Upcycle Studio",
        "studio.relace",
        offers=[
            o("Tote bags upcycled from vintage lace", "bag"),
            o("Patchwork lace cushion covers", "cushion_cover"),
        ],
        needs=[
            n("Lace offcuts and roll ends", "lace_offcuts"),
            n("Old lace tablecloths in any condition", "vintage_lace"),
        ],
        bcg=("circular",),
    ),
    sme(
        72,
        TH,
        HEMP,
        DOWN,
        "Chiang Rai",
        "แบรนด์กระเป๋ากัญชงเชียงราย",
        "chiangrai.hempbag",
        offers=[o("กระเป๋าผ้ากัญชง แต่งขอบลูกไม้ถัก", "bag")],
        needs=[
            n("ผ้ากัญชงทอมือ ม้วนยาว", "hemp_fabric"),
            n("ส่งผ้ากัญชงของเราไปย้อมคราม มีที่ไหนรับบ้าง", "indigo_dyeing_service"),
        ],
        bcg=("bio",),
    ),
    sme(
        73,
        EN,
        CIRC,
        DOWN,
        "Phuket",
        "Phuket Peranakan Kebaya House",
        "kebaya.phuket",
        offers=[o("Nyonya kebaya blouses with lace and embroidery", "blouse")],
        needs=[
            n("Greige cotton cloth to dye for kebaya", "cotton_fabric_greige"),
        ],
    ),
    sme(
        74,
        TH,
        CENTRAL,
        DOWN,
        "Chanthaburi",
        "แบรนด์เสื้อลูกไม้มาลี",
        "malee.blouse",
        offers=[o("เสื้อลูกไม้ผู้หญิง ทรงคลาสสิก", "blouse")],
        needs=[
            n("ลูกไม้กิพัวร์เป็นผืน", "guipure_lace"),
            n("หาช่างเย็บเสื้อ OEM ขั้นต่ำ 100 ตัว", "garment_sewing_service"),
        ],
    ),
    sme(
        75,
        EN,
        CENTRAL,
        DOWN,
        "Prachuap Khiri Khan",
        "Blossom Boutique Siam",
        "buy.blossomsiam",
        needs=[
            n("Lace blouses, sizes S to XL", "blouse"),
        ],
    ),
    sme(
        76,
        EN,
        ISAN,
        DOWN,
        "Nakhon Ratchasima",
        "Korat Handicraft Export",
        "export.korathandicraft",
        offers=[o("Export packing and shipping of handicrafts", "export_logistics_service")],
        needs=[
            n("Crochet doilies in bulk for export, OTOP not required", "crochet_doily", waive=("OTOP",)),
            n("Subcontract crocheters for export orders", "crochet_outwork_service"),
        ],
    ),
    sme(
        77,
        TH,
        HEMP,
        UP,
        "Mae Hong Son",
        "กลุ่มทอผ้าปกาเกอะญอบ้านห้วยห้อม",
        "huaihom.karen",
        offers=[
            o("ฝ้ายเข็นมือ สีขาวธรรมชาติ", "handspun_cotton_yarn"),
            o("ผ้าทอกะเหรี่ยง ทอกี่เอว", "handwoven_cotton_fabric"),
        ],
        needs=[none_meets("กี่เอวมือสอง", "no one sells looms", "backstrap_loom")],
        bcg=("bio",),
    ),
    sme(
        78,
        EN,
        ISAN,
        UP,
        "Buriram",
        "Buriram Silk Reelers",
        "reelers.buriram",
        offers=[o("Hand-reeled Thai silk yarn, grade 1", "silk_yarn")],
        needs=[none_meets("Silkworm eggs from a breeding centre", "no one sells silkworm eggs", "silkworm_eggs")],
        bcg=("bio",),
    ),
    sme(
        79,
        TH,
        CIRC,
        UP,
        "Nakhon Ratchasima",
        "ร้านรับซื้อเศษผ้าโคราช",
        "korat.scrap",
        offers=[
            o("รับเก็บเศษผ้าจากโรงงาน ตีราคาให้", "waste_collection_service"),
            o("เศษผ้ายืดคอตตอน คละสี ขายเป็นกิโล", "cotton_textile_waste"),
        ],
        bcg=("circular",),
    ),
    sme(
        80,
        EN,
        HEMP,
        MID,
        "Chiang Mai",
        "Mae Rim Natural Dye Works",
        "dyeworks.maerim",
        offers=[o("Naturally dyed crochet thread, indigo and lac", "naturally_dyed_crochet_thread")],
        needs=[
            n("Ecru cotton thread on cones, for dyeing", "crochet_thread"),
        ],
        bcg=("bio", "green"),
    ),
    sme(
        81,
        TH,
        ISAN,
        DOWN,
        "Udon Thani",
        "ร้านของฝากอุดรผ้าไทย",
        "udon.souvenir",
        needs=[
            n("ผ้าปูโต๊ะลูกไม้ ขายหน้าร้าน", "lace_tablecloth"),
            none_meets("กล่องกระดาษพิมพ์โลโก้ร้าน", "no one sells packaging", "gift_boxes"),
        ],
    ),
    sme(
        82,
        EN,
        CENTRAL,
        DOWN,
        "Bangkok",
        "Grand Riverside Hotel",
        "purchasing.grandriverside",
        needs=[
            n("Sheer lace curtains for guest rooms", "lace_curtain"),
            n("Lace tablecloths and runners for the ballroom", "lace_tablecloth"),
            none_meets("Table linen laundering contract", "no one offers laundry", "laundry_service"),
        ],
    ),
    sme(
        83,
        TH,
        CENTRAL,
        DOWN,
        "Chachoengsao",
        "ร้านอุปกรณ์งานแต่ง แปดริ้ว",
        "paetriw.wedding",
        offers=[o("รับจัดสถานที่งานแต่งงาน", "wedding_decoration_service")],
        needs=[
            n("ชุดแต่งงานตัดใหม่ ไม่เอามือสอง", "wedding_dress"),
        ],
    ),
    sme(
        84,
        EN,
        SPORT,
        MID,
        "Chonburi",
        "Siam Bra Components",
        "sales.siambracomp",
        offers=[
            o("Moulded bra cups", "bra_cups"),
            o("Underwire casing and hook-and-eye tape", "bra_findings"),
        ],
        needs=[none_meets("Spacer fabric for cup moulding", "no one makes spacer fabric", "spacer_fabric")],
    ),
    sme(
        85,
        TH,
        SPORT,
        DOWN,
        "Pathum Thani",
        "แบรนด์ชุดออกกำลังกายฟิตเกิร์ล",
        "fitgirl.th",
        offers=[o("สปอร์ตบรา เลกกิ้ง แบรนด์ของเรา", "sports_bra")],
        needs=[
            n("ฟองน้ำบราแบบขึ้นรูป", "bra_cups"),
            n("ลูกไม้ยืดแต่งสปอร์ตบรา มี bluesign ยิ่งดี", "stretch_lingerie_lace", waive=("bluesign",)),
        ],
    ),
    sme(
        86,
        EN,
        ISAN,
        DOWN,
        "Khon Kaen",
        "Khon Kaen Wedding Studio",
        "studio.kkwedding",
        needs=[
            n("Gown rental partner for pre-wedding shoots", "wedding_dress_rental"),
        ],
    ),
    sme(
        87,
        TH,
        CIRC,
        DOWN,
        "Bangkok",
        "ร้านชุดแต่งงานมือสองบางกะปิ",
        "bangkapi.secondhand",
        offers=[o("ชุดเจ้าสาวมือสอง ราคาถูก", "used_wedding_dress")],
        needs=[n("หาช่างซ่อมชุดลูกไม้เก่า ปะ ชุน", "lace_repair_service")],
        bcg=("circular",),
    ),
    sme(
        88,
        EN,
        CENTRAL,
        DOWN,
        "Phetchaburi",
        "Heritage Textile Museum Shop",
        "shop.heritagetextile",
        needs=[
            n("Tatted lace by local elders", "tatted_lace"),
            none_meets(
                "Lace-making instructor for school workshops",
                "no one offers teaching",
                "craft_training_service",
            ),
        ],
    ),
    sme(
        89,
        TH,
        ISAN,
        DOWN,
        "Yasothon",
        "ร้านหมอนขิดยโสธร",
        "yasothon.khitpillow",
        offers=[o("หมอนขิด หมอนอิงผ้าฝ้าย", "pillow")],
        needs=[
            n(
                "ผ้าฝ้ายทอมือ ม้วนละ 20 เมตร สำหรับเย็บหมอน",
                "handwoven_cotton_fabric",
                "undyed_handwoven_cotton_fabric",
                "indigo_dyed_cotton_fabric",
            ),
            none_meets("นุ่นยัดหมอน", "no one sells kapok", "kapok_fibre"),
        ],
    ),
    sme(
        90,
        EN,
        ISAN,
        MID,
        "Mukdahan",
        "Mekong Crochet Co-op",
        "coop.mekongcrochet",
        offers=[o("Crochet outwork for export buyers", "crochet_outwork_service")],
        needs=[none_meets("Steel crochet hooks 0.6-1.25 mm, wholesale", "no one sells crochet hooks", "crochet_hooks")],
    ),
    sme(
        91,
        EN,
        SPORT,
        DOWN,
        "Phuket",
        "FitLife Sports Retail",
        "buying.fitlife",
        needs=[
            n("Lace sports bras for our own label", "sports_bra"),
            none_meets(
                "bluesign approved stretch lace",
                "stretch lace is offered, but by no bluesign holder",
                "stretch_lingerie_lace",
                req=("bluesign",),
            ),
        ],
    ),
    sme(
        92,
        TH,
        CENTRAL,
        DOWN,
        "Samut Prakan",
        "แบรนด์เสื้อผ้าเด็กอ่อนเบบี้คอตตอน",
        "babycotton.th",
        offers=[o("ชุดเด็กอ่อนผ้าฝ้ายออร์แกนิก", "baby_clothing")],
        needs=[
            none_meets(
                "ลูกไม้ฝ้ายออร์แกนิก ต้องได้ GOTS",
                "cotton lace trim is offered, but by no GOTS holder",
                "cotton_lace_trim",
                req=("GOTS",),
            ),
            n(
                "ผ้าฝ้ายเนื้อนุ่ม ย้อมสีแล้ว มี OEKO-TEX ก็ดี",
                "dyed_cotton_fabric",
                "indigo_dyed_cotton_fabric",
                waive=("OEKO-TEX Standard 100",),
            ),
        ],
    ),
    sme(
        93,
        EN,
        HEMP,
        DOWN,
        "Nakhon Si Thammarat",
        "Ligor Traditional Dress",
        "ligor.dress",
        offers=[o("Thai traditional dresses in Yok brocade", "thai_dress")],
        needs=[
            none_meets("Silk lace for Thai traditional dresses", "no one makes silk lace", "silk_lace"),
            n("Handwoven silk, Peacock Emblem not needed", "silk_fabric", waive=("Thai Silk Peacock Emblem",)),
        ],
    ),
    sme(
        94,
        TH,
        HEMP,
        DOWN,
        "Nan",
        "ร้านผ้าเมืองน่าน",
        "nan.textileshop",
        offers=[o("ผ้าซิ่นลายน้ำไหล ทอมือ", "tube_skirt")],
        needs=[
            n(
                "เส้นไหมสาวมือ ไม่จำเป็นต้องมีตรานกยูง",
                "silk_yarn",
                waive=("Thai Silk Peacock Emblem",),
            )
        ],
    ),
    sme(
        95,
        TH,
        CIRC,
        DOWN,
        "Songkhla",
        "ตลาดเสื้อผ้ามือสองหาดใหญ่",
        "hatyai.thrift",
        needs=[
            n("ชุดเจ้าสาวใช้แล้ว", "used_wedding_dress"),
        ],
        bcg=("circular",),
    ),
]


# ------------------------------------------------------------------ links

_CERT_BY_NAME = {c.name: c for c in CERTIFICATIONS}


def held(s: Sme) -> frozenset[str]:
    """The supplier's certifications in canonical names."""
    return frozenset(resolve_certification(c) or c for c in s.certs)


def qualified(need: Need, buyer: Sme) -> list[Sme]:
    """Suppliers (never the buyer) with an offer the need lists and every certification it requires."""
    return [
        s
        for s in SMES
        if s.num != buyer.num
        and any(offer.label in need.labels for offer in s.offers)
        and set(need.requires) <= held(s)
    ]


def true_links() -> list[tuple[str, str]]:
    pairs = {(s.id, b.id) for b in SMES for need in b.needs if not need.unmet for s in qualified(need, b)}
    return sorted(pairs)


# ------------------------------------------------------------------ checks

_ID = re.compile(rf"^{PREFIX}-\d{{3}}$")
_LABEL = re.compile(r"^[a-z][a-z0-9_]*$")
_MAIL = re.compile(r"^[a-z0-9][a-z0-9.\-]*@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
_THAI = re.compile("[\u0e00-\u0e7f]")
_LATIN = re.compile("[A-Za-z]")


def email(s: Sme) -> str:
    return f"{s.mail}@example.co.th" if s.lang == TH else f"{s.mail}@example.com"


def _names_cert(text: str, cert: str) -> bool:
    c = _CERT_BY_NAME[cert]
    folded = text.casefold()
    return any(m.casefold() in folded for m in (c.name, *c.aliases, *c.mentions, *c.case_sensitive_mentions))


def _language_problem(text: str, lang: str) -> str | None:
    if text != text.strip() or "  " in text or not text:
        return "empty, padded or double-spaced"
    if lang == EN:
        if not text.isascii():
            return "English phrase with non-Latin characters"
        return None
    thai = len(_THAI.findall(text))
    latin = len(_LATIN.findall(text))
    if thai == 0 or thai / (thai + latin) < 0.6:
        return f"Thai phrase not mostly Thai letters ({thai} Thai, {latin} Latin)"
    return None


def check_profiles() -> list[str]:
    problems: list[str] = []
    subs = {v.value for v in SubCluster}
    stages = {v.value for v in Stage}
    tags = {v.value for v in BcgTag}
    seen: set[str] = set()
    if len(SMES) != N_PROFILES:
        problems.append(f"{len(SMES)} profiles, want {N_PROFILES}")
    for i, s in enumerate(SMES, start=1):
        where = s.id
        if s.num != i or not _ID.match(s.id) or s.id in seen:
            problems.append(f"{where}: id out of order, malformed or repeated")
        seen.add(s.id)
        if s.sub not in subs or s.stage not in stages or s.lang not in (TH, EN):
            problems.append(f"{where}: bad sub-cluster, stage or language")
        if resolve_province(s.province) is None:
            problems.append(f"{where}: province {s.province!r} does not resolve")
        if not _MAIL.match(email(s)):
            problems.append(f"{where}: bad e-mail {email(s)!r}")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            problems.append(f"{where}: want 0-3 offers and 0-3 needs, not both empty")
        canon = [resolve_certification(c) for c in s.certs]
        if None in canon or len(set(canon)) != len(canon):
            problems.append(f"{where}: certification that does not resolve, or repeated: {s.certs}")
        if any(t not in tags for t in s.bcg) or len(set(s.bcg)) != len(s.bcg):
            problems.append(f"{where}: bad BCG tags {s.bcg}")
        for text in (s.name, *(x.text for x in s.offers), *(x.text for x in s.needs)):
            why = _language_problem(text, s.lang)
            if why:
                problems.append(f"{where}: {why}: {text!r}")
        for offer in s.offers:
            if not _LABEL.match(offer.label):
                problems.append(f"{where}: bad label {offer.label!r}")
            claimed = find_certifications(offer.text)
            if not claimed <= held(s):
                problems.append(f"{where}: offer claims {sorted(claimed - held(s))} the profile does not hold")
    return problems


def check_needs() -> list[str]:
    problems: list[str] = []
    offer_texts = {offer.text.casefold() for s in SMES for offer in s.offers}
    for b in SMES:
        for need in b.needs:
            where = f"{b.id} need {need.text!r}"
            if need.text.casefold() in offer_texts:
                problems.append(f"{where}: worded exactly like an offer")
            if not need.labels or any(not _LABEL.match(label) for label in need.labels):
                problems.append(f"{where}: missing or bad labels")
            for cert in (*need.requires, *need.waives):
                if cert not in _CERT_BY_NAME:
                    problems.append(f"{where}: {cert!r} is not a canonical certification")
            if problems and problems[-1].startswith(where):
                continue
            found = find_certifications(need.text)
            if found != set(need.requires):
                problems.append(f"{where}: text asks for {sorted(found)}, labelled {sorted(need.requires)}")
            for cert in need.requires:
                if not _names_cert(need.text, cert):
                    problems.append(f"{where}: required {cert} not named in the text")
            for cert in need.waives:
                if not _names_cert(need.text, cert) or cert in found or cert in need.requires:
                    problems.append(f"{where}: waived {cert} not named, or read as required")
            suppliers = qualified(need, b)
            if need.unmet:
                if suppliers:
                    problems.append(f"{where}: marked unmet but met by {[s.id for s in suppliers]}")
                continue
            for label in need.labels:
                if not any(s.num != b.num and any(x.label == label for x in s.offers) for s in SMES):
                    problems.append(f"{where}: label {label!r} offered by no one else")
            if not suppliers:
                problems.append(f"{where}: no qualified supplier")
    return problems


def check_targets(stats: dict[str, int]) -> list[str]:
    problems: list[str] = []
    thai = stats["thai"] / stats["profiles"]
    if not THAI_SHARE[0] <= thai <= THAI_SHARE[1]:
        problems.append(f"Thai share {thai:.2f} outside {THAI_SHARE}")
    if not LINKS_MIN <= stats["links"] <= LINKS_MAX:
        problems.append(f"{stats['links']} links, want {LINKS_MIN}-{LINKS_MAX}")
    cross = stats["cross"] / max(1, stats["links"])
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
        problems.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    if not UNMET_MIN <= stats["unmet"] <= UNMET_MAX:
        problems.append(f"{stats['unmet']} unmet needs, want {UNMET_MIN}-{UNMET_MAX}")
    if stats["met_1_3"] < 0.7 * stats["met"] or stats["met_over_3"] == 0:
        problems.append(f"{stats['met_1_3']} of {stats['met']} met needs have 1-3 suppliers; want most, some more")
    if stats["requires"] < 6 or stats["waives"] < 4:
        problems.append("too few needs requiring or waiving a certification")
    return problems


# ------------------------------------------------------------------ counts


def counts(links: list[tuple[str, str]]) -> tuple[dict[str, int], list[tuple[str, str]]]:
    by_id = {s.id: s for s in SMES}
    needs = [(b, need) for b in SMES for need in b.needs]
    met = [(b, need) for b, need in needs if not need.unmet]
    sizes = [len(qualified(need, b)) for b, need in met]
    th_en = sum(1 for a, b in links if by_id[a].lang == TH and by_id[b].lang == EN)
    en_th = sum(1 for a, b in links if by_id[a].lang == EN and by_id[b].lang == TH)
    stats = {
        "profiles": len(SMES),
        "thai": sum(1 for s in SMES if s.lang == TH),
        "links": len(links),
        "cross": th_en + en_th,
        "unmet": len(needs) - len(met),
        "met": len(met),
        "met_1_3": sum(1 for k in sizes if 1 <= k <= 3),
        "met_over_3": sum(1 for k in sizes if k > 3),
        "requires": sum(1 for _, need in needs if need.requires),
        "waives": sum(1 for _, need in needs if need.waives),
    }
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(SMES))),
        ("Thai / English profiles", f"{stats['thai']} / {len(SMES) - stats['thai']}"),
    ]
    for sub in SubCluster:
        rows.append((f"sub-cluster `{sub.value}`", str(sum(1 for s in SMES if s.sub == sub.value))))
    for stage in Stage:
        rows.append((f"stage `{stage.value}`", str(sum(1 for s in SMES if s.stage == stage.value))))
    regions = Counter(resolve_province(s.province).region.value for s in SMES)  # type: ignore[union-attr]
    for region, k in sorted(regions.items()):
        rows.append((f"region `{region}`", str(k)))
    provinces = {resolve_province(s.province).name_en for s in SMES}  # type: ignore[union-attr]
    all_offers = [x for s in SMES for x in s.offers]
    share = stats["cross"] / max(1, len(links))
    rows += [
        ("distinct provinces", str(len(provinces))),
        ("offers", str(len(all_offers))),
        ("distinct offer labels", str(len({x.label for x in all_offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {stats['unmet']}"),
        ("needs met by 1-3 suppliers / by more", f"{stats['met_1_3']} / {stats['met_over_3']}"),
        ("needs requiring a certification", str(stats["requires"])),
        ("needs waiving a certification", str(stats["waives"])),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{stats['cross']} ({share:.0%})"),
        ("within-language links", str(len(links) - stats["cross"])),
        ("links between different sub-clusters", str(sum(1 for a, b in links if by_id[a].sub != by_id[b].sub))),
    ]
    return stats, rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| measure | count |", "|---|---:|"]
    lines += [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [x.text for x in s.offers],
        "needs": [x.text for x in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": email(s),
        "language": s.lang,
    }
    return json.dumps(record, ensure_ascii=False)


README = """\
# blind_plain_lace: hand-labelled supplier-buyer links (lace, crochet and doilies)

## What the set checks

How well the matcher finds the true supplier-buyer pairs among {profiles} SME profiles whose
wording it has never seen. The theme is lace, crochet lace and doilies: cotton lace trims,
crochet doilies and table centres, tatting, lace collars, lingerie lace and bridal lace, with
the lace makers, bridal shops, lingerie makers, home shops, hotels and care homes that buy, and
the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster. About 55 % of the
profiles are in Thai and the rest in English, and about half of the true links join a Thai
profile with an English one.

The offers and needs are short registry phrases written in many ways: local and regional names
(ห้อม and หม้อห้อม in the north, คราม and ขิด in Isan, kebaya in the south), trade words
(raschel, power mesh, Chantilly, guipure, torchon), brand names, with and without sizes,
prices, minimum orders and places. A need is worded differently from the offers that meet it,
often in the other language. Hard but fair cases on purpose: a service against the goods it
works on (lace dyeing against lace, crochet outwork against doilies, lingerie sewing against
lingerie), the customer's own goods sent for work, waste and used goods against new ones, raw
against processed (fibre, yarn, cloth, product), finished goods described by their material,
colour or technique (an indigo-dyed handwoven bag is a bag), needs written as wishes, bare
nouns or questions, refusals ("no polyester", "ไม่เอาสีเคมี", "ไม่เอามือสอง"), needs that
require a named certification, needs that name one only to waive it, and needs that no one in
the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile format and links
CSV), the shared taxonomy (`shared/taxonomy.py` and `shared/taxonomy_data/`) and the project's
ruff settings. The writer did not read the matcher, its glossary, its tests or any other
evaluation set, and did not run the matcher. Every province resolves with `resolve_province`,
every certification with `resolve_certification`; sub-cluster, stage and BCG tags are the
taxonomy's values.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for
example `indigo_dyed_cotton_fabric` against `indigo_dyeing_service`, `vintage_lace` against
`lace_tablecloth`). Every need lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one
of the buyer's needs and the supplier's certifications hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices and
places never decide a link; what changes what the thing is does. A waived certification is not
required. The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks: ids unique and well-formed; every contract field valid;
every label a met need lists is offered by someone other than the buyer; every met need has a
qualified supplier and every unmet one has none; the certifications a need requires are exactly
those `find_certifications` reads in its text, and a waived one is named but not read as
required; offers claim no certification the profile lacks; Thai phrases are mostly Thai letters
and English ones plain ASCII; the size targets. It writes nothing if a check fails, and two runs
give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_lace/write.py

## Files

- `write.py`: all the data, the labels, the checks and the writer.
- `profiles.jsonl`: {profiles} profiles `{first}` to `{last}`, JSON lines version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main(argv: list[str]) -> int:
    problems = check_profiles() + check_needs()
    links = true_links()
    stats, rows = counts(links)
    problems += check_targets(stats)
    if "--detail" in argv:
        for b in SMES:
            for need in b.needs:
                ids = [s.id for s in qualified(need, b)]
                mark = "UNMET" if need.unmet else str(len(ids))
                print(f"{b.id} {b.lang} [{mark}] {need.text} <- {' '.join(ids)}")
    print(table(rows), end="")
    if problems:
        print(f"\n{len(problems)} problem(s); nothing written:", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    (HERE / "profiles.jsonl").write_text("".join(profile_json(s) + "\n" for s in SMES), encoding="utf-8")
    csv_text = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    (HERE / "links.csv").write_text(csv_text, encoding="utf-8")
    readme = README.format(profiles=len(SMES), first=SMES[0].id, last=SMES[-1].id, table=table(rows))
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"\nwrote profiles.jsonl, links.csv and README.md in {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
