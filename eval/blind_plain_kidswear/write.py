"""Write the hand-labelled evaluation set `eval/blind_plain_kidswear/`.

Theme: children's clothing (3-12 years) and the ordinary fibre, yarn, cloth, dyeing, printing and sewing
suppliers behind it. Every profile below was written by hand. Each offer carries a label saying what the
thing is; each need lists the labels that would meet it and the certifications its text requires, or is
marked as met by no one. The true links follow from those labels only (see `true_links`).

Run from the repository root:  .venv/bin/python eval/blind_plain_kidswear/write.py
It checks the data and writes profiles.jsonl, links.csv and README.md next to itself (nothing if a check fails).
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

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

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
PREFIX = "bkw"
N_PROFILES = 95

HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
AGE_C = SubCluster.AGEING_LIFESTYLE_CENTRAL
AGE_I = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM

# ------------------------------------------------------------------ what a label means

LABELS: dict[str, str] = {
    # fibre, raw and waste
    "seed_cotton": "unginned cotton straight from the field (seed still in)",
    "cotton_fibre": "ginned cotton lint, conventional",
    "organic_cotton_fibre": "ginned organic cotton lint",
    "hemp_fibre": "raw or degummed hemp bast fibre",
    "kapok_fibre": "kapok floss for stuffing",
    "polyester_fibre_fill": "polyester stuffing / fibrefill (virgin or recycled)",
    "natural_indigo_paste": "indigo dye stock from Indigofera (kram) or Strobilanthes (hom)",
    "natural_dye_material": "plant or lac dyestuffs and their extracts, not indigo",
    "pet_bottle_bales": "baled post-consumer PET bottles",
    "pet_flake": "washed PET bottle flake",
    "cotton_cutting_waste": "pre-consumer cutting scraps from garment making",
    "recycled_cotton_fibre": "fibre opened or shredded from textile waste",
    "used_kids_clothing": "second-hand children's garments, sorted",
    "used_clothing_bales": "mixed second-hand clothing sold by the bale or sack",
    # yarn
    "cotton_yarn": "machine-spun cotton yarn, conventional",
    "organic_cotton_yarn": "machine-spun organic cotton yarn",
    "handspun_cotton_yarn": "hand-spun cotton yarn",
    "recycled_cotton_yarn": "yarn spun from recycled cotton fibre",
    "recycled_polyester_yarn": "yarn made from recycled PET",
    "hemp_yarn": "hemp yarn or thread",
    # cloth
    "greige_cotton_fabric": "unbleached, undyed woven cotton (grey cloth, calico)",
    "white_cotton_fabric": "bleached white woven cotton ready for dyeing or batik",
    "greige_knit_fabric": "knitted cloth straight off the machine, not yet dyed or finished",
    "cotton_jersey_fabric": "finished cotton single jersey, solid or white",
    "organic_cotton_jersey_fabric": "finished organic cotton jersey or interlock",
    "poly_cotton_jersey_fabric": "TC / TK / CVC polyester-cotton jersey",
    "cotton_rib_fabric": "rib knit for collars and cuffs",
    "printed_jersey_fabric": "knit cloth already printed with a pattern",
    "cotton_gauze_fabric": "cotton muslin, double gauze, salu",
    "cotton_flannel_fabric": "brushed cotton flannel / flannelette",
    "lyocell_jersey_fabric": "lyocell (TENCEL) knit",
    "handwoven_cotton_fabric": "handloom cotton cloth (incl. mudmee / ikat)",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with natural indigo (mor hom, kram)",
    "natural_dyed_cotton_fabric": "cotton cloth dyed with plant dyes other than indigo",
    "batik_cotton_fabric": "wax-resist batik cotton (pa-te)",
    "hemp_fabric": "woven hemp cloth",
    "cotton_canvas_fabric": "heavy cotton canvas / duck",
    "tc_shirting_fabric": "woven polyester-cotton (Tetoron) shirting for uniforms",
    "bag_fabric": "coated polyester or nylon oxford for bags",
    "quick_dry_knit_fabric": "moisture-wicking polyester sports knit, virgin",
    "recycled_quick_dry_knit_fabric": "moisture-wicking sports knit made from recycled PET",
    "fabric_roll_ends": "surplus, deadstock or end-of-roll new fabric",
    # components
    "elastic_band": "elastic tape or cord",
    "snap_buttons": "press studs / snap fasteners",
    "woven_labels": "woven brand, care or size labels",
    "reflective_tape": "retro-reflective tape for garments and bags",
    "webbing_straps": "webbing or tape for bag straps",
    "heat_transfer_prints": "ready-to-press transfers (DTF, plastisol, heat transfer sheets)",
    # services on the customer's own goods
    "fabric_dyeing_service": "commission dyeing of the customer's cloth (synthetic dyes)",
    "indigo_dyeing_service": "commission natural-indigo dyeing of the customer's goods",
    "natural_dyeing_service": "commission plant dyeing of the customer's goods",
    "knitting_service": "commission knitting of the customer's yarn",
    "weaving_service": "commission weaving to the customer's design",
    "garment_printing_service": "printing on the customer's finished garments (screen, DTF, DTG)",
    "digital_fabric_printing_service": "printing on the customer's cloth or cut panels (digital, sublimation)",
    "embroidery_service": "embroidery on the customer's goods",
    "garment_sewing_service": "sewing garments for others (CMT)",
    "bag_sewing_service": "sewing bags for others",
    "pattern_making_service": "pattern making and size grading",
    "textile_shredding_service": "shredding the customer's textile waste into fibre",
    # finished goods
    "kids_tshirt": "children's T-shirt",
    "kids_dress": "children's dress",
    "kids_shirt": "children's woven shirt (incl. mor hom, local-cloth shirts)",
    "kids_sleepwear": "children's pyjamas and nightwear",
    "school_uniform": "school, kindergarten and scout uniforms",
    "kids_sportswear": "children's sports kit and PE uniforms",
    "school_bag": "children's school bag or backpack",
    "kids_tote_bag": "children's tote, shoulder or drawstring bag",
    "kids_hat": "children's hat",
    "kids_bedding": "children's pillows, blankets and nap mats",
    "kids_outerwear": "children's jackets",
    "kids_leggings": "children's leggings",
    "kids_thai_costume": "children's Thai traditional costume",
    "recycled_cotton_jersey_fabric": "knit cloth made from recycled cotton yarn",
}


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
    unmet: str = ""  # why no one in the set meets it; labels then name the near misses (may be empty)


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub: SubCluster
    stage: Stage
    province: str
    email: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...]
    bcg: tuple[BcgTag, ...]

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def u(text: str, note: str, *near: str, req: tuple[str, ...] = ()) -> Need:
    return Need(text, near, req, (), note)


def sme(
    num: int,
    lang: str,
    name: str,
    sub: SubCluster,
    stage: Stage,
    province: str,
    email: str,
    offers: list[Offer] | None = None,
    needs: list[Need] | None = None,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(
        num,
        lang,
        name,
        sub,
        stage,
        province,
        email,
        tuple(offers or ()),
        tuple(needs or ()),
        certs,
        tuple(BcgTag(tag) for tag in bcg),
    )


# ------------------------------------------------------------------ the profiles

SMES: list[Sme] = []
# --- part 1: fibre, yarn, waste (001-024)
SMES += [
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์บ้านนาซ่าว",
        HEMP,
        UP,
        "Loei",
        "fai.nasao@gmail.com",
        offers=[
            o("ปุยฝ้ายอินทรีย์ อีดเมล็ดออกแล้ว ขายเป็นกิโล", "organic_cotton_fibre"),
            o("ฝ้ายดอกทั้งเมล็ด ปลูกไม่ใช้สารเคมี", "seed_cotton"),
        ],
        needs=[u("อยากได้เมล็ดพันธุ์ฝ้ายตุ่นพันธุ์พื้นเมือง", "no one sells cotton seed")],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        2,
        "en",
        "Doi Hemp Growers Collective",
        HEMP,
        UP,
        "Chiang Mai",
        "doihemp.collective@gmail.com",
        offers=[
            o("hand-stripped hemp bast, sun-bleached, sold per kg", "hemp_fibre"),
            o("hand-twisted hemp thread on bamboo spindles", "hemp_yarn"),
        ],
        needs=[n("fermented hom or kram indigo so we can dye our hemp ourselves", "natural_indigo_paste")],
        bcg=("bio",),
    ),
    sme(
        3,
        "th",
        "กลุ่มแม่บ้านทำเนื้อครามบ้านดอนกอย",
        HEMP,
        UP,
        "Sakon Nakhon",
        "kram.donkoi@gmail.com",
        offers=[
            o("เนื้อครามเปียก หมักเอง กิโลละ 250 บาท", "natural_indigo_paste"),
            o("รับย้อมครามให้ลูกค้า ส่งผ้าฝ้ายหรือเสื้อมาย้อมได้", "indigo_dyeing_service"),
        ],
        needs=[n("ฝ้ายเข็นมือ เส้นใหญ่ สีขาวธรรมชาติ", "handspun_cotton_yarn")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        4,
        "en",
        "Phrae Hom Indigo Co.",
        HEMP,
        UP,
        "Phrae",
        "sales@phraehom.co.th",
        offers=[o("Strobilanthes (hom) dye paste, 5 kg tubs", "natural_indigo_paste")],
        needs=[n("unbleached woven cotton for test dyeing, about 20 m", "greige_cotton_fabric")],
        bcg=("bio",),
    ),
    sme(
        5,
        "th",
        "หจก. รุ่งเรืองรีไซเคิลผ้า",
        CIRC,
        UP,
        "Samut Prakan",
        "rungruang.recycle@hotmail.com",
        offers=[
            o("ใยฝ้ายรีไซเคิล ตีจากเศษผ้า คัดสีแล้ว", "recycled_cotton_fibre"),
            o("รับตีเศษผ้าของโรงงานเป็นใย ส่งคืนเจ้าของ", "textile_shredding_service"),
        ],
        needs=[n("เศษผ้ายืดคอตตอนจากโรงตัด รับทุกสี ขั้นต่ำ 500 กก.", "cotton_cutting_waste")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        6,
        "en",
        "EastLoop rPET Spinning",
        CIRC,
        UP,
        "Rayong",
        "yarn@eastloop.co.th",
        offers=[
            o("rPET filament yarn 75D/72F", "recycled_polyester_yarn"),
            o("recycled poly staple fibrefill for toys and pillows", "polyester_fibre_fill"),
        ],
        needs=[n("hot-washed clear bottle flakes, 10 t a month", "pet_flake")],
        certs=("GRS", "OEKO-TEX Standard 100"),
        bcg=("circular", "green"),
    ),
    sme(
        7,
        "th",
        "ร้านรับซื้อของเก่า ส.เจริญ",
        CIRC,
        UP,
        "Chonburi",
        "sor.charoen.kaokao@gmail.com",
        offers=[o("ขวดน้ำพลาสติกใส อัดก้อน ขายตามน้ำหนัก", "pet_bottle_bales")],
        needs=[u("กระสอบเก่าสำหรับใส่ขวด", "no one sells sacks")],
        bcg=("circular",),
    ),
    sme(
        8,
        "en",
        "Clearflake Washing Plant",
        CIRC,
        UP,
        "Chachoengsao",
        "buy@clearflake.co.th",
        offers=[o("washed PET flake, clear grade, jumbo bags", "pet_flake")],
        needs=[n("compressed drinking-water bottles by the truckload", "pet_bottle_bales")],
        bcg=("circular",),
    ),
    sme(
        9,
        "th",
        "บริษัท โคราชสปินนิ่ง จำกัด",
        HEMP,
        UP,
        "Nakhon Ratchasima",
        "sales@koratspinning.co.th",
        offers=[
            o("ด้ายคอตตอน 100% คอมบ์ เบอร์ 30/1 สำหรับถักผ้ายืด", "cotton_yarn"),
            o("ด้ายฝ้ายเบอร์ 20/2 ฟอกขาว ขายเป็นลูก", "cotton_yarn"),
        ],
        needs=[n("ปุยฝ้ายเส้นใยยาว เกรดดี ในประเทศหรือนำเข้า", "cotton_fibre", "organic_cotton_fibre")],
        certs=("ISO 9001", "OEKO-TEX Standard 100"),
    ),
    sme(
        10,
        "en",
        "Siam Organic Yarns Trading",
        HEMP,
        UP,
        "Bangkok",
        "info@siamorganicyarns.com",
        offers=[
            o("GOTS organic combed yarn Ne 30/1", "organic_cotton_yarn"),
            o("organic slub yarn for weaving, ecru", "organic_cotton_yarn"),
        ],
        needs=[
            n(
                "ginned Thai-grown organic cotton, certified Organic Thailand",
                "organic_cotton_fibre",
                req=("Organic Thailand",),
            ),
            n("a mill to knit our own organic yarn into jersey on commission", "knitting_service"),
        ],
        certs=("GOTS", "OCS"),
        bcg=("bio",),
    ),
    sme(
        11,
        "th",
        "โรงปั่นด้ายรีไซเคิล ทรัพย์ทวี",
        CIRC,
        UP,
        "Nakhon Pathom",
        "sapthawee.oe@gmail.com",
        offers=[o("ด้าย OE รีไซเคิล ปั่นจากเศษผ้าฝ้าย สีเทาท็อปดาย", "recycled_cotton_yarn")],
        needs=[
            n("ใยที่ตีจากเศษผ้าแล้ว พร้อมเข้าเครื่องปั่น", "recycled_cotton_fibre"),
            n("เศษผ้าคอตตอนล้วน แยกสีมาแล้ว", "cotton_cutting_waste"),
        ],
        certs=("RCS",),
        bcg=("circular",),
    ),
    sme(
        12,
        "th",
        "กลุ่มผู้สูงอายุเข็นฝ้ายบ้านท่าสว่าง",
        AGE_I,
        UP,
        "Surin",
        "khenfai.thasawang@gmail.com",
        offers=[o("ฝ้ายเข็นมือ ขายเป็นไจ ย้อมสีธรรมชาติให้ได้", "handspun_cotton_yarn")],
        needs=[n("ฝ้ายจากไร่ยังไม่อีด มาอีดเองที่กลุ่ม", "seed_cotton")],
        certs=("OTOP",),
    ),
    sme(
        13,
        "en",
        "Rong Kluea Second-Hand Bales",
        CIRC,
        UP,
        "Sa Kaeo",
        "bales@rongkluea-trade.com",
        offers=[
            o("Japan and Korea used clothing bales, 100 kg, mixed", "used_clothing_bales"),
            o("graded pre-owned children's wear, A grade, 100-150 cm", "used_kids_clothing"),
        ],
        bcg=("circular",),
    ),
    sme(
        14,
        "th",
        "มูลนิธิส่งต่อเสื้อผ้าน้อง",
        CIRC,
        UP,
        "Bangkok",
        "songtor.nong@gmail.com",
        offers=[o("เสื้อผ้าเด็กที่ได้รับบริจาค คัดแล้ว สภาพดี ส่งต่อราคาถูก", "used_kids_clothing")],
        needs=[
            n("กระเป๋านักเรียนสำหรับน้องในถิ่นทุรกันดาร 300 ใบ", "school_bag"),
            n("ชุดนักเรียนใหม่ ไซซ์ ป.1 ถึง ป.6", "school_uniform"),
        ],
        bcg=("circular",),
    ),
    sme(
        15,
        "en",
        "Mae Sot Kapok Farm",
        HEMP,
        UP,
        "Tak",
        "maesotkapok@gmail.com",
        offers=[o("kapok floss, de-seeded, pressed bales", "kapok_fibre")],
        needs=[n("unbleached calico for pillow inners", "greige_cotton_fabric")],
        bcg=("bio",),
    ),
    sme(
        16,
        "th",
        "ร้านวัตถุดิบสีย้อมธรรมชาติ แม่จัน",
        HEMP,
        UP,
        "Chiang Rai",
        "maechan.natdye@gmail.com",
        offers=[
            o("ครั่งดิบ แก่นขนุน เปลือกมะพูด สำหรับย้อมผ้า", "natural_dye_material"),
            o("ผงสีสกัดจากใบสัก ถุงละครึ่งกิโล", "natural_dye_material"),
        ],
        bcg=("bio",),
    ),
    sme(
        17,
        "en",
        "Lopburi Cotton Ginnery",
        HEMP,
        UP,
        "Lopburi",
        "gin@lopburicotton.co.th",
        offers=[o("ginned upland lint, 180 kg bales", "cotton_fibre")],
        needs=[n("seed cotton from contract growers, Lopburi or Phetchabun", "seed_cotton")],
    ),
    sme(
        18,
        "th",
        "ไร่ฝ้ายลุงสม",
        HEMP,
        UP,
        "Phetchabun",
        "raifai.lungsom@gmail.com",
        offers=[o("ฝ้ายปุยทั้งเมล็ด ราคาหน้าไร่ ตันละ", "seed_cotton")],
        needs=[u("ปุ๋ยหมักสำหรับไร่ฝ้าย", "no one sells fertiliser")],
    ),
]

# --- part 2: knitting, weaving, dyeing, printing, sewing, trims (019-048)
SMES += [
    sme(
        19,
        "th",
        "โรงงานถักผ้า สาครนิตติ้ง",
        AGE_C,
        MID,
        "Samut Sakhon",
        "sakhonknitting@gmail.com",
        offers=[
            o("ผ้ายืดคอตตอน 100% No.32 ย้อมสีพื้น หน้ากว้าง 72 นิ้ว", "cotton_jersey_fabric"),
            o("ผ้าริบ 2x2 ทำคอเสื้อ ปลายแขน", "cotton_rib_fabric"),
        ],
        needs=[
            n("เส้นด้าย Cotton Combed 30s ส่งเป็นพาเลท", "cotton_yarn", "organic_cotton_yarn"),
            n("โรงย้อมที่รับย้อมผ้าดิบถัก สีพาสเทล", "fabric_dyeing_service"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        20,
        "en",
        "Sampeng Knit Fabrics",
        AGE_C,
        MID,
        "Bangkok",
        "sampengknit@gmail.com",
        offers=[
            o("TC and TK jersey by the kilo, 40 colours", "poly_cotton_jersey_fabric"),
            o("cotton spandex jersey 180 gsm, stretch", "cotton_jersey_fabric"),
        ],
        needs=[n("overruns and end-of-roll knits, mixed lots", "fabric_roll_ends")],
    ),
    sme(
        21,
        "en",
        "GreenKnit Organic Textiles",
        HEMP,
        MID,
        "Samut Prakan",
        "hello@greenknit.co.th",
        offers=[
            o("organic single jersey 160 gsm, 30 colours, GOTS certified", "organic_cotton_jersey_fabric"),
            o("organic 1x1 rib for necklines", "cotton_rib_fabric"),
        ],
        needs=[n("certified organic combed yarn, GOTS transaction certificate", "organic_cotton_yarn", req=("GOTS",))],
        certs=("GOTS", "OEKO-TEX Standard 100"),
        bcg=("bio", "green"),
    ),
    sme(
        22,
        "th",
        "นนท์นิตติ้ง รับถักผ้า",
        AGE_C,
        MID,
        "Nonthaburi",
        "nonknitting@hotmail.com",
        offers=[
            o("รับถักผ้าตามสเปก ลูกค้าส่งด้ายมาเอง", "knitting_service"),
            o("ผ้าดิบถัก ยังไม่ผ่านการย้อม ขายเป็นพับ", "greige_knit_fabric"),
        ],
        needs=[n("หาด้ายคอตตอนคอมบ์ เบอร์ 32 ราคาส่ง", "cotton_yarn", "organic_cotton_yarn")],
    ),
    sme(
        23,
        "en",
        "RePlay Sports Fabrics",
        SPORT,
        MID,
        "Ratchaburi",
        "sales@replayfabrics.com",
        offers=[
            o("quick-dry mesh for jerseys, made from recycled bottles", "recycled_quick_dry_knit_fabric"),
            o("dri-fit birdseye knit, virgin polyester", "quick_dry_knit_fabric"),
        ],
        needs=[n("GRS certified rPET filament, 75 denier", "recycled_polyester_yarn", req=("GRS",))],
        certs=("GRS", "bluesign"),
        bcg=("circular",),
    ),
    sme(
        24,
        "th",
        "โรงย้อม เอส.ที. ดายอิ้ง",
        CIRC,
        MID,
        "Samut Sakhon",
        "st.dyeing@gmail.com",
        offers=[o("รับย้อมผ้าถักคอตตอนและทีซี สีรีแอคทีฟ ขั้นต่ำ 200 กก.", "fabric_dyeing_service")],
        needs=[u("สีรีแอคทีฟเกรดไม่มีโลหะหนัก", "no dye-chemical supplier in the set")],
        certs=("OEKO-TEX Standard 100", "ISO 14001"),
    ),
    sme(
        25,
        "en",
        "Kram Studio Sakon",
        HEMP,
        MID,
        "Sakon Nakhon",
        "kramstudio.sakon@gmail.com",
        offers=[
            o("natural indigo dyeing of customer garments and yarn, small lots", "indigo_dyeing_service"),
            o("indigo-dyed cotton cloth, by the metre", "indigo_dyed_cotton_fabric"),
        ],
        needs=[n("fermented kram dye stock for our vats", "natural_indigo_paste")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        26,
        "th",
        "ร้านหม้อห้อมแม่ทิพย์",
        HEMP,
        MID,
        "Phrae",
        "morhom.maetip@gmail.com",
        offers=[
            o("ผ้าหม้อห้อมย้อมห้อมแท้ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
            o("เสื้อม่อฮ่อมเด็ก คอจีน 2-12 ขวบ", "kids_shirt"),
        ],
        needs=[
            n("ผ้าฝ้ายดิบ ยังไม่ฟอก หน้า 44 นิ้ว", "greige_cotton_fabric"),
            u("กระดุมกะลามะพร้าว", "no button supplier"),
        ],
    ),
    sme(
        27,
        "en",
        "Mae Rim Botanical Dye House",
        HEMP,
        MID,
        "Chiang Mai",
        "studio@maerimdye.com",
        offers=[
            o("botanical dyeing of your finished garments - lac, teak leaf, ebony", "natural_dyeing_service"),
            o("plant-dyed cotton poplin, earthy tones", "natural_dyed_cotton_fabric"),
        ],
        needs=[n("stick lac and dried dye barks", "natural_dye_material")],
        bcg=("bio", "green"),
    ),
    sme(
        28,
        "th",
        "กลุ่มทอผ้าฝ้ายมัดหมี่บ้านโนนสะอาด",
        AGE_I,
        MID,
        "Khon Kaen",
        "mudmee.nonsaad@gmail.com",
        offers=[
            o("ผ้าฝ้ายมัดหมี่ทอมือ ลายขอ ผืนละ 2 เมตร", "handwoven_cotton_fabric"),
            o("รับทอผ้าตามลายที่ลูกค้าสั่ง", "weaving_service"),
        ],
        needs=[
            n("ฝ้ายโรงงานสีขาว เส้นคู่ สำหรับทอหูก", "cotton_yarn", "organic_cotton_yarn"),
            n("สีย้อมธรรมชาติโทนแดงเหลือง เช่น ครั่ง ประโหด", "natural_dye_material"),
        ],
        certs=("OTOP",),
    ),
    sme(
        29,
        "en",
        "Ban Rai Weavers Group",
        AGE_C,
        MID,
        "Uthai Thani",
        "banraiweavers@gmail.com",
        offers=[o("Lao Khrang handloom cotton, traditional motifs", "handwoven_cotton_fabric")],
        needs=[n("hand-spun cotton thread, undyed", "handspun_cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        30,
        "th",
        "กลุ่มทอผ้าใยกัญชงบ้านห้วยปูลิง",
        HEMP,
        MID,
        "Mae Hong Son",
        "kanchong.huaipuling@gmail.com",
        offers=[o("ผ้าใยกัญชงทอมือ เขียนเทียนได้", "hemp_fabric")],
        needs=[n("เส้นใยกัญชงปั่นมือ", "hemp_yarn")],
        bcg=("bio",),
    ),
    sme(
        31,
        "th",
        "โรงทอ ปทุมเท็กซ์ไทล์",
        AGE_C,
        MID,
        "Pathum Thani",
        "sales@pathumtextile.co.th",
        offers=[
            o("ผ้าดิบ ทอเครื่อง ฝ้ายล้วน หน้า 63", "greige_cotton_fabric"),
            o("ผ้าแคนวาส 12 ออนซ์ สีพื้น", "cotton_canvas_fabric"),
            o("ผ้าฝ้ายฟอกขาว พร้อมย้อม", "white_cotton_fabric"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        32,
        "en",
        "Na Muen Si Handweavers",
        AGE_C,
        MID,
        "Trang",
        "namuensi.weave@gmail.com",
        offers=[o("Na Muen Si handwoven cotton, southern patterns", "handwoven_cotton_fabric")],
        needs=[n("cotton warp yarn, 2-ply, white", "cotton_yarn", "organic_cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        33,
        "th",
        "ร้านผ้าบาติกสงขลา",
        HEMP,
        MID,
        "Songkhla",
        "batik.songkhla@gmail.com",
        offers=[o("ผ้าปาเต๊ะ บาติกเขียนมือ บนผ้าคอตตอน", "batik_cotton_fabric")],
        needs=[
            n("ผ้าคอตตอนสีขาวที่ฟอกแล้ว สำหรับเขียนเทียน", "white_cotton_fabric"),
            u("เทียนบาติก ขี้ผึ้ง พาราฟิน", "no wax supplier"),
        ],
    ),
    sme(
        34,
        "en",
        "SafeStripe Trims",
        SPORT,
        MID,
        "Bangkok",
        "orders@safestripe.co.th",
        offers=[
            o("sew-on reflective tape 2.5 cm, silver", "reflective_tape"),
            o("PP webbing 25 and 38 mm for backpacks", "webbing_straps"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        35,
        "th",
        "ร้านอุปกรณ์ตัดเย็บ สำเพ็ง",
        AGE_C,
        MID,
        "Bangkok",
        "sampeng.trims@gmail.com",
        offers=[
            o("ยางยืดขอบกางเกงเด็ก หน้า 1 นิ้ว", "elastic_band"),
            o("กระดุมแป๊กพลาสติก ปลอดนิกเกิล", "snap_buttons"),
        ],
    ),
    sme(
        36,
        "en",
        "LabelWorks Thailand",
        AGE_C,
        MID,
        "Nonthaburi",
        "sales@labelworks.co.th",
        offers=[o("woven neck labels and size tabs, MOQ 1,000", "woven_labels")],
        needs=[n("fine recycled poly yarn for our label looms", "recycled_polyester_yarn")],
    ),
    sme(
        37,
        "th",
        "ร้านสกรีนเสื้อ บางพลัด",
        AGE_C,
        MID,
        "Bangkok",
        "screen.bangphlat@gmail.com",
        offers=[
            o("รับสกรีนเสื้อยืด ซิลค์สกรีน ลายการ์ตูน ขั้นต่ำ 30 ตัว", "garment_printing_service"),
            o("รับรีดลายลงเสื้อของลูกค้า", "garment_printing_service"),
        ],
        needs=[n("ฟิล์ม DTF พร้อมรีด สั่งพิมพ์เป็นเมตร", "heat_transfer_prints")],
    ),
    sme(
        38,
        "en",
        "PrintLab Digital Textiles",
        SPORT,
        MID,
        "Nonthaburi",
        "hello@printlab.co.th",
        offers=[
            o("digital and sublimation printing on your fabric by the metre", "digital_fabric_printing_service"),
            o("ready-printed cotton knit, kids' prints, 1 roll MOQ", "printed_jersey_fabric"),
            o("DTF gang sheets, A3", "heat_transfer_prints"),
        ],
        needs=[
            n(
                "cotton single jersey to print on, 30s, white or pale",
                "cotton_jersey_fabric",
                "organic_cotton_jersey_fabric",
            )
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        39,
        "th",
        "พิมพ์ลายผ้า มหาชัย",
        AGE_C,
        MID,
        "Samut Sakhon",
        "printing.mahachai@gmail.com",
        offers=[o("ผ้ายืดพิมพ์ลายไดโนเสาร์ ยูนิคอร์น ขายเป็นกิโล", "printed_jersey_fabric")],
        needs=[n("ผ้าเจอร์ซีย์ฝ้ายเรียบ สีขาวหรือสีอ่อน ไว้พิมพ์ลาย", "cotton_jersey_fabric", "organic_cotton_jersey_fabric")],
    ),
    sme(
        40,
        "th",
        "กลุ่มแม่บ้านรับเย็บผ้าบ้านหนองดินแดง",
        AGE_C,
        MID,
        "Nakhon Pathom",
        "nongdindaeng.sew@gmail.com",
        offers=[
            o("รับเย็บเสื้อผ้าเด็กตามแบบ ลูกค้าส่งผ้ามา", "garment_sewing_service"),
            o("เศษผ้าเหลือจากการตัด กระสอบละ 100 บาท", "cotton_cutting_waste"),
        ],
        needs=[n("ยางยืดเส้นเล็กสำหรับขอบแขน", "elastic_band")],
    ),
    sme(
        41,
        "en",
        "KidStitch CMT Co.",
        AGE_C,
        MID,
        "Bangkok",
        "cmt@kidstitch.co.th",
        offers=[
            o("cut-make-trim for kidswear brands, 500 pcs per style", "garment_sewing_service"),
            o("pre-consumer cotton clippings, sorted by colour", "cotton_cutting_waste"),
        ],
        needs=[n("grading of kids' patterns, sizes 3-12Y", "pattern_making_service")],
        certs=("SA8000", "ISO 9001"),
    ),
    sme(
        42,
        "th",
        "กลุ่มเย็บกระเป๋าผู้สูงวัยบ้านเหล่า",
        AGE_I,
        MID,
        "Roi Et",
        "bag.banlao@gmail.com",
        offers=[o("รับเย็บกระเป๋าผ้าตามออเดอร์ ใช้ผ้าของลูกค้า", "bag_sewing_service")],
        needs=[n("สายเทปทำหูกระเป๋า", "webbing_straps")],
    ),
    sme(
        43,
        "en",
        "Ayutthaya Embroidery House",
        AGE_C,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "ayutthaya.emb@gmail.com",
        offers=[o("computer embroidery of names and school logos on uniforms", "embroidery_service")],
        needs=[u("tear-away embroidery backing, 50 m rolls", "no one sells embroidery backing")],
    ),
    sme(
        44,
        "th",
        "ห้องแพทเทิร์นครูนก",
        AGE_C,
        MID,
        "Bangkok",
        "pattern.kru.nok@gmail.com",
        offers=[o("รับทำแพทเทิร์นเสื้อผ้าเด็ก เกรดไซซ์ 3-12 ปี", "pattern_making_service")],
    ),
    sme(
        45,
        "en",
        "SoftLeaf Fabrics",
        HEMP,
        MID,
        "Bangkok",
        "sales@softleaf.co.th",
        offers=[
            o("TENCEL lyocell jersey, 170 gsm", "lyocell_jersey_fabric"),
            o("pre-washed cotton double gauze (muslin)", "cotton_gauze_fabric"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        46,
        "th",
        "โรงทอผ้าสาลูโคราช",
        AGE_I,
        MID,
        "Nakhon Ratchasima",
        "salu.korat@gmail.com",
        offers=[
            o("ผ้าสาลูสองชั้นสำหรับเด็ก", "cotton_gauze_fabric"),
            o("ผ้าสำลีลายสก๊อต ทำชุดนอน", "cotton_flannel_fabric"),
        ],
    ),
    sme(
        47,
        "en",
        "BagTex Coated Fabrics",
        SPORT,
        MID,
        "Chonburi",
        "sales@bagtex.co.th",
        offers=[o("600D polyester oxford, PU coated, water resistant", "bag_fabric")],
        needs=[n("recycled PET yarn in 600 denier", "recycled_polyester_yarn")],
        certs=("Thai Industrial Standard",),
    ),
    sme(
        48,
        "th",
        "ร้านผ้าค้างสต๊อกประตูน้ำ",
        CIRC,
        MID,
        "Bangkok",
        "pratunam.stockfabric@gmail.com",
        offers=[
            o("ผ้าค้างสต๊อกจากโรงงาน ยกม้วน ลดราคา", "fabric_roll_ends"),
            o("ผ้าโทเรขาว ทำเชิ้ตนักเรียน ขายส่งเป็นพับ", "tc_shirting_fabric"),
        ],
        bcg=("circular",),
    ),
]

# --- part 3: kidswear makers, shops, schools, institutions (049-072)
SMES += [
    sme(
        49,
        "th",
        "บ้านผ้าฝ้ายน้อย คิดส์",
        HEMP,
        DOWN,
        "Chiang Mai",
        "baanfainoi.kids@gmail.com",
        offers=[
            o("เสื้อยืดเด็กคอตตอนออร์แกนิก 3-10 ขวบ", "kids_tshirt"),
            o("ชุดกระโปรงเด็ก ผ้าฝ้ายทอมือย้อมคราม", "kids_dress"),
        ],
        needs=[
            n("ผ้ายืดออร์แกนิกที่มีใบรับรอง GOTS", "organic_cotton_jersey_fabric", req=("GOTS",)),
            n("หาช่างรับเย็บเสื้อเด็กล็อตเล็ก", "garment_sewing_service"),
        ],
        bcg=("bio",),
    ),
    sme(
        50,
        "en",
        "Little Sleepy Co.",
        HEMP,
        DOWN,
        "Bangkok",
        "hello@littlesleepy.co",
        offers=[o("kids' pyjama sets in muslin, 2-10Y", "kids_sleepwear")],
        needs=[
            n("double-layer gauze, must be OEKO-TEX", "cotton_gauze_fabric", req=("OEKO-TEX Standard 100",)),
            n("anyone selling nickel-free press studs?", "snap_buttons"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        51,
        "th",
        "โรงงานกระเป๋านักเรียน นนท์แบ็ก",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "nonbag.factory@gmail.com",
        offers=[o("กระเป๋านักเรียน เป้สะพายหลัง มีแถบสะท้อนแสง", "school_bag")],
        needs=[
            n("ผ้าโพลีเอสเตอร์เคลือบ PU กันน้ำ ทำกระเป๋า", "bag_fabric"),
            u("ซิป YKK เบอร์ 5 ยาว 40 ซม.", "no zip supplier in the set"),
            n("เทปสะท้อนแสงแบบเย็บติด", "reflective_tape"),
        ],
        certs=("Thai Industrial Standard",),
    ),
    sme(
        52,
        "en",
        "MiniMotion Kids Sportswear",
        SPORT,
        DOWN,
        "Rayong",
        "team@minimotion.co.th",
        offers=[
            o("kids' football kits from recycled bottles", "kids_sportswear"),
            o("sublimated PE kits for schools", "kids_sportswear"),
        ],
        needs=[
            n("recycled jersey for kits, GRS required", "recycled_quick_dry_knit_fabric", req=("GRS",)),
            n("sublimation printing onto our cut panels", "digital_fabric_printing_service"),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        53,
        "th",
        "ร้านชุดนักเรียนตราเด็กดี",
        AGE_C,
        DOWN,
        "Samut Prakan",
        "dekdee.uniform@gmail.com",
        offers=[
            o("เสื้อนักเรียนชายหญิง ชุดอนุบาล", "school_uniform"),
            o("ชุดลูกเสือ เนตรนารี ไซซ์เด็ก", "school_uniform"),
        ],
        needs=[
            n("ผ้าเชิ้ตโพลีเอสเตอร์ผสมฝ้าย สำหรับเสื้อนักเรียน", "tc_shirting_fabric"),
            n("ปักชื่อ ปักอักษรย่อโรงเรียน", "embroidery_service"),
        ],
    ),
    sme(
        54,
        "en",
        "Isan Kids Handloom",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "isankidshandloom@gmail.com",
        offers=[o("girls' sundresses in mudmee cotton", "kids_dress")],
        needs=[n("handloom cotton by the yard for kids' dresses", "handwoven_cotton_fabric")],
    ),
    sme(
        55,
        "th",
        "ปาเต๊ะคิดส์",
        HEMP,
        DOWN,
        "Songkhla",
        "pateh.kids@gmail.com",
        offers=[
            o("ชุดเดรสเด็กผ้าปาเต๊ะ", "kids_dress"),
            o("หมวกปีกเด็ก ผ้าบาติก", "kids_hat"),
        ],
        needs=[n("ผ้าบาติกลายทะเล ซื้อเป็นเมตร", "batik_cotton_fabric")],
    ),
    sme(
        56,
        "th",
        "ปะชุน กระเป๋าผ้าเศษ",
        CIRC,
        DOWN,
        "Chiang Mai",
        "pachun.bag@gmail.com",
        offers=[o("กระเป๋าผ้าเด็ก เย็บต่อจากเศษผ้า", "kids_tote_bag")],
        needs=[
            n("เศษผ้าคอตตอนชิ้นใหญ่จากโรงงานตัดเย็บ", "cotton_cutting_waste"),
            n("ผ้าหัวม้วน", "fabric_roll_ends"),
        ],
        bcg=("circular",),
    ),
    sme(
        57,
        "en",
        "ReKids Pre-loved",
        CIRC,
        DOWN,
        "Bangkok",
        "hello@rekids.co.th",
        offers=[o("pre-loved kids' clothing, washed and graded, sold online", "used_kids_clothing")],
        needs=[n("outgrown children's clothes in good condition, bulk", "used_kids_clothing")],
        bcg=("circular",),
    ),
    sme(
        58,
        "th",
        "โรงเรียนอนุบาลบ้านเด็กดี อุดร",
        AGE_I,
        DOWN,
        "Udon Thani",
        "anuban.dekdee.udon@gmail.com",
        needs=[
            n("ที่นอนปิกนิกเด็ก ผ้าห่มนอนกลางวัน", "kids_bedding"),
            n("ชุดนอนสำหรับเด็กนักเรียนประจำ", "kids_sleepwear"),
        ],
    ),
    sme(
        59,
        "en",
        "Riverside International School",
        AGE_C,
        DOWN,
        "Bangkok",
        "procurement@riverside-school.ac.th",
        needs=[
            n("PE kits in house colours, Years 1-6", "kids_sportswear"),
            n("sun hats for field trips", "kids_hat"),
        ],
    ),
    sme(
        60,
        "th",
        "บริษัท สยามคิดส์ รีเทล จำกัด",
        AGE_C,
        DOWN,
        "Bangkok",
        "buyer@siamkidsretail.co.th",
        needs=[
            n("ชุดนอนเด็กผ้านิ่ม ต้องผ่าน OEKO-TEX", "kids_sleepwear", req=("OEKO-TEX Standard 100",)),
            n("กระเป๋านักเรียนที่ได้ มอก.", "school_bag", req=("Thai Industrial Standard",)),
        ],
    ),
    sme(
        61,
        "en",
        "Tiny Threads Boutique",
        AGE_C,
        DOWN,
        "Bangkok",
        "tinythreads.bkk@gmail.com",
        needs=[
            n("handmade girls' frocks, small batches", "kids_dress"),
            n("indigo or mor hom shirts for boys", "kids_shirt"),
        ],
    ),
    sme(
        62,
        "th",
        "ร้านออนไลน์น้องหมีช้อป",
        AGE_C,
        DOWN,
        "Surat Thani",
        "nongmee.shop@gmail.com",
        needs=[n("เสื้อยืดเด็กลายการ์ตูน ราคาส่งตัวละ 59 บาท", "kids_tshirt")],
    ),
    sme(
        63,
        "en",
        "Andaman Bay Resort Kids Club",
        AGE_C,
        DOWN,
        "Phuket",
        "kidsclub@andamanbay.com",
        needs=[
            n("beach totes for little guests, 200 pcs", "kids_tote_bag"),
            n("children's bucket hats", "kids_hat"),
        ],
    ),
    sme(
        64,
        "th",
        "โรงเรียนเทศบาลบ้านโนนทัน",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "tessaban.nonthan@gmail.com",
        needs=[
            n("เสื้อเด็กผ้าพื้นเมือง ใส่วันศุกร์", "kids_shirt"),
            n("ชุดพละนักเรียน", "kids_sportswear"),
        ],
    ),
    sme(
        65,
        "en",
        "Sprout Organic Kids Export",
        HEMP,
        DOWN,
        "Bangkok",
        "sourcing@sproutorganic.com",
        needs=[
            n("GOTS-certified organic kids' tees for Japan", "kids_tshirt", req=("GOTS",)),
            u("Fairtrade certified girls' dresses", "no dress maker holds Fairtrade", "kids_dress", req=("Fairtrade",)),
        ],
    ),
    sme(
        66,
        "th",
        "ร้านเสื้อผ้าเด็กมือสองโรงเกลือ",
        CIRC,
        DOWN,
        "Sa Kaeo",
        "rongkluea.kids2hand@gmail.com",
        offers=[o("ขายเสื้อผ้าเด็กมือสองญี่ปุ่น เกาหลี", "used_kids_clothing")],
        needs=[n("เสื้อผ้ามือสองยกกระสอบ คละไซซ์", "used_clothing_bales")],
        bcg=("circular",),
    ),
    sme(
        67,
        "en",
        "Sukhumvit Children's Hospital",
        AGE_C,
        DOWN,
        "Bangkok",
        "purchasing@skvchildren.co.th",
        needs=[
            n("patient pyjamas for the paediatric ward, 3-12 years", "kids_sleepwear"),
            n("cot blankets in cotton", "kids_bedding"),
        ],
    ),
    sme(
        68,
        "th",
        "หมอนนุ่นเด็กบ้านยาย",
        AGE_C,
        DOWN,
        "Nakhon Pathom",
        "mornnoon.banyai@gmail.com",
        offers=[
            o("หมอนนุ่นเด็ก ปลอกผ้าฝ้าย", "kids_bedding"),
            o("ผ้าห่มเด็ก ผ้าสำลี", "kids_bedding"),
        ],
        needs=[
            n("นุ่นคัดเมล็ดแล้ว", "kapok_fibre"),
            n("ใยสังเคราะห์ยัดหมอน", "polyester_fibre_fill"),
        ],
    ),
    sme(
        69,
        "en",
        "Aqua Tots Swim School",
        SPORT,
        DOWN,
        "Bangkok",
        "admin@aquatots-swim.com",
        needs=[
            u("UPF 50+ kids' swimsuits, chlorine resistant", "no one makes swimwear"),
            n("swim-club tees for the kids", "kids_tshirt"),
        ],
    ),
    sme(
        70,
        "en",
        "Cotton Cloud Kids Co.",
        HEMP,
        DOWN,
        "Chiang Mai",
        "hello@cottoncloudkids.com",
        offers=[
            o("baby-soft organic tees for kids 2-8", "kids_tshirt"),
            o("organic sleep sets for toddlers and kids", "kids_sleepwear"),
        ],
        needs=[n("organic rib for neckbands (GOTS)", "cotton_rib_fabric", req=("GOTS",))],
        certs=("GOTS", "OEKO-TEX Standard 100"),
        bcg=("bio",),
    ),
    sme(
        71,
        "th",
        "เจ๊หมวยขายส่งเสื้อผ้าเด็ก",
        AGE_C,
        DOWN,
        "Bangkok",
        "jemuay.kids@gmail.com",
        offers=[
            o("ขายส่งเสื้อยืดเด็ก โหลละ 600", "kids_tshirt"),
            o("ชุดเดรสเด็กผู้หญิง ขายส่ง", "kids_dress"),
        ],
        needs=[n("หาโรงงานผลิตเสื้อยืดเด็กพร้อมผ้า ส่งเป็นตัว", "kids_tshirt")],
    ),
    sme(
        72,
        "en",
        "Mekong Kids Summer Camp",
        AGE_I,
        DOWN,
        "Ubon Ratchathani",
        "camp@mekongkids.org",
        needs=[
            n("camp tees for 400 children", "kids_tshirt"),
            n("drawstring bags for campers", "kids_tote_bag"),
        ],
    ),
]

# --- part 4: more makers, buyers and a few suppliers (073-095)
SMES += [
    sme(
        73,
        "th",
        "กระเป๋าผ้าครามน้อย",
        AGE_I,
        DOWN,
        "Sakon Nakhon",
        "krampnoi.bag@gmail.com",
        offers=[o("กระเป๋าเป้เด็ก ผ้าฝ้ายทอมือย้อมคราม", "school_bag")],
        needs=[n("ผ้าฝ้ายย้อมครามธรรมชาติ ขายเป็นหลา", "indigo_dyed_cotton_fabric")],
        certs=("OTOP",),
    ),
    sme(
        74,
        "th",
        "หมวกเด็กแม่กลอง",
        AGE_C,
        DOWN,
        "Samut Songkhram",
        "maeklong.kidshats@gmail.com",
        offers=[o("หมวกบักเก็ตเด็ก ผ้าคอตตอนทวิล", "kids_hat")],
        needs=[n("ผ้าดั๊กฝ้าย 10 ออนซ์", "cotton_canvas_fabric")],
    ),
    sme(
        75,
        "th",
        "ร้านชุดนอนเด็กโคราช",
        AGE_I,
        DOWN,
        "Nakhon Ratchasima",
        "chudnon.korat@gmail.com",
        offers=[o("ชุดนอนเด็กผ้าสำลีลายสก๊อต", "kids_sleepwear")],
        needs=[
            n("ผ้าฟลานเนลขนนุ่ม", "cotton_flannel_fabric"),
            n("ยางยืดขอบเอว", "elastic_band"),
        ],
    ),
    sme(
        76,
        "en",
        "LoopLab Upcycling",
        CIRC,
        DOWN,
        "Bangkok",
        "studio@looplab.co.th",
        offers=[o("upcycled denim jackets for kids", "kids_outerwear")],
        needs=[n("mixed used-clothing bales, rag grade is fine", "used_clothing_bales")],
        bcg=("circular",),
    ),
    sme(
        77,
        "th",
        "ผ้าใยกัญชงน้อย",
        HEMP,
        DOWN,
        "Chiang Rai",
        "kanchongnoi@gmail.com",
        offers=[o("กระเป๋าสะพายเด็ก ผ้ากัญชงปักลายม้ง", "kids_tote_bag")],
        needs=[
            n("ผ้ากัญชงเป็นเมตร", "hemp_fabric"),
            n("หาคนรับเย็บกระเป๋าจากผ้าที่เราทอเอง", "bag_sewing_service"),
        ],
        bcg=("bio",),
    ),
    sme(
        78,
        "th",
        "ร้านชุดลูกเสืออุดร",
        AGE_I,
        DOWN,
        "Udon Thani",
        "scout.udon@gmail.com",
        offers=[o("ชุดลูกเสือ ยุวกาชาด และชุดนักเรียน ตัดตามไซซ์เด็ก", "school_uniform")],
        needs=[n("ผ้าเทโทรอน สีกากี ทำเสื้อลูกเสือ", "tc_shirting_fabric")],
    ),
    sme(
        79,
        "th",
        "โรงเรียนนครศรีวิทยา",
        AGE_C,
        DOWN,
        "Nakhon Si Thammarat",
        "nakhonsriwittaya@gmail.com",
        needs=[
            n("กระเป๋านักเรียนปักโลโก้โรงเรียน", "school_bag"),
            n("ชุดพละสีประจำโรงเรียน", "kids_sportswear"),
            u("รองเท้านักเรียนหนังดำ", "no one makes shoes"),
        ],
    ),
    sme(
        80,
        "en",
        "Pattaya Kids Mall",
        AGE_C,
        DOWN,
        "Chonburi",
        "buying@pattayakidsmall.com",
        needs=[
            n("school uniforms for the back-to-school season", "school_uniform"),
            u("child-size mannequins", "no one makes mannequins"),
        ],
    ),
    sme(
        81,
        "th",
        "สโมสรฟุตบอลเยาวชนบางเขน",
        SPORT,
        DOWN,
        "Bangkok",
        "bangkhen.youthfc@gmail.com",
        needs=[
            n("ชุดแข่งฟุตบอลเด็ก พิมพ์ชื่อเบอร์", "kids_sportswear"),
            n("มีใครรับพิมพ์ชื่อเบอร์ลงเสื้อที่เรามีอยู่แล้วไหม", "garment_printing_service"),
        ],
    ),
    sme(
        82,
        "en",
        "HappyCart Online",
        AGE_C,
        DOWN,
        "Songkhla",
        "merch@happycart.co.th",
        needs=[
            n("print our designs onto blank kids' tees we send you", "garment_printing_service"),
            u("kids' clothes hangers, 5,000", "no one sells hangers"),
        ],
    ),
    sme(
        83,
        "th",
        "โรงงานชุดกีฬาเอฟซีสปอร์ต",
        SPORT,
        DOWN,
        "Nakhon Pathom",
        "fcsport.factory@gmail.com",
        offers=[o("ชุดพละ ชุดกีฬาเด็ก สั่งผลิตตามสีโรงเรียน", "kids_sportswear")],
        needs=[n("ผ้าไมโคร ผ้ากีฬาแห้งไว", "quick_dry_knit_fabric", "recycled_quick_dry_knit_fabric")],
    ),
    sme(
        84,
        "th",
        "ราชบุรีการ์เมนท์",
        AGE_C,
        DOWN,
        "Ratchaburi",
        "ratchaburi.garment@gmail.com",
        offers=[o("เสื้อยืดเด็กคอกลม ผ้า TC", "kids_tshirt")],
        needs=[
            n("ผ้า TK ซื้อเป็นกิโล", "poly_cotton_jersey_fabric"),
            n("ป้ายคอ ป้ายไซซ์", "woven_labels"),
            n("รับบดเศษผ้าของโรงงานเราแล้วส่งใยคืน", "textile_shredding_service"),
        ],
    ),
    sme(
        85,
        "en",
        "Isan Little Closet",
        AGE_I,
        DOWN,
        "Maha Sarakham",
        "isanlittlecloset@gmail.com",
        needs=[
            n("local-cloth shirts for kids (mor hom, pha fai), OTOP not required", "kids_shirt", waive=("OTOP",)),
            n("dye our plain kids' tees in earthy plant colours, no indigo", "natural_dyeing_service"),
        ],
    ),
    sme(
        86,
        "th",
        "ห้อมน้อย เสื้อผ้าเด็ก",
        HEMP,
        DOWN,
        "Phrae",
        "homnoi.kids@gmail.com",
        offers=[o("ชุดกระโปรงเด็กผ้าหม้อห้อม ปักมือ", "kids_dress")],
        needs=[
            n("รับย้อมห้อมเสื้อผ้าที่ตัดเย็บแล้ว", "indigo_dyeing_service"),
            n("อยากได้กลุ่มทอผ้าที่ทอตามลายที่เราออกแบบ", "weaving_service"),
        ],
    ),
    sme(
        87,
        "en",
        "Grand Plaza Department Store, Kids Floor",
        AGE_C,
        DOWN,
        "Bangkok",
        "kids.buyer@grandplaza.co.th",
        needs=[
            n(
                "children's nightwear, OEKO-TEX preferred but not required",
                "kids_sleepwear",
                waive=("OEKO-TEX Standard 100",),
            ),
            u(
                "OEKO-TEX certified school backpacks",
                "no bag maker holds OEKO-TEX",
                "school_bag",
                req=("OEKO-TEX Standard 100",),
            ),
            u("gift boxes and swing tags", "no packaging supplier"),
        ],
    ),
    sme(
        88,
        "th",
        "ศูนย์พัฒนาเด็กเล็ก อบต.โนนศิลา",
        AGE_I,
        DOWN,
        "Kalasin",
        "cdc.nonsila@gmail.com",
        needs=[
            n("ผ้าห่มเด็กเล็ก ไม่จำเป็นต้องมี มอก.", "kids_bedding", waive=("Thai Industrial Standard",)),
            u("ถุงเท้าเด็กนักเรียนสีขาว", "no one makes socks"),
        ],
    ),
    sme(
        89,
        "th",
        "บริษัท นิตคอนเวิร์ท เทรดดิ้ง จำกัด",
        SPORT,
        MID,
        "Samut Sakhon",
        "sales@knitconvert.co.th",
        offers=[o("ผ้ายืดคอตตอนย้อมแล้ว มีสต๊อก 24 สี เบอร์ 30", "cotton_jersey_fabric")],
        needs=[
            n("ผ้าสีขาวดิบจากเครื่องถัก คอตตอนล้วน", "greige_knit_fabric"),
            n("หาโรงย้อมเครื่อง ย้อมผ้าถักของเราเองทีละหลายร้อยกิโล", "fabric_dyeing_service"),
            u("ผ้าใยไผ่", "no one offers bamboo viscose"),
        ],
    ),
    sme(
        90,
        "th",
        "กลุ่มม้งเขาค้อปั่นใยกัญชง",
        HEMP,
        UP,
        "Phetchabun",
        "hmong.khaokho@gmail.com",
        offers=[o("ด้ายกัญชงเข็นมือ ม้วนละครึ่งกิโล", "hemp_yarn")],
        needs=[
            n("ใยกัญชงดิบ ไม่ต้องมีใบรับรองเกษตรอินทรีย์", "hemp_fibre", waive=("Organic Thailand",)),
        ],
        bcg=("bio",),
    ),
    sme(
        91,
        "th",
        "แบรนด์เสื้อผ้าเด็กต้นกล้า",
        HEMP,
        DOWN,
        "Bangkok",
        "tonkla.kidswear@gmail.com",
        offers=[o("เลกกิ้งเด็กผ้ายืดพิมพ์ลายสัตว์", "kids_leggings")],
        needs=[
            n("ผ้ายืดฝ้ายออร์แกนิก ไม่ต้องมี GOTS ก็ได้", "organic_cotton_jersey_fabric", waive=("GOTS",)),
            n("ผ้าถักคอตตอนที่พิมพ์ลายมาแล้ว พร้อมตัด", "printed_jersey_fabric"),
            u(
                "ด้ายฝ้ายอินทรีย์ที่ได้มาตรฐานเกษตรอินทรีย์ของไทย",
                "the organic yarn on offer holds GOTS and OCS only",
                "organic_cotton_yarn",
                req=("Organic Thailand",),
            ),
        ],
    ),
    sme(
        92,
        "en",
        "Second Loop Knits",
        CIRC,
        MID,
        "Nonthaburi",
        "hello@secondloopknits.com",
        offers=[o("knitted cloth made with recycled cotton yarn", "recycled_cotton_jersey_fabric")],
        needs=[n("recycled cotton OE yarn, GRS nice to have", "recycled_cotton_yarn", waive=("GRS",))],
        bcg=("circular",),
    ),
    sme(
        93,
        "en",
        "Samui Junior Sailing Club",
        SPORT,
        DOWN,
        "Surat Thani",
        "juniors@samuisailing.org",
        needs=[
            n("club T-shirts for juniors, OEKO-TEX only", "kids_tshirt", req=("OEKO-TEX Standard 100",)),
            n("sun hats with chin strap", "kids_hat"),
        ],
    ),
    sme(
        94,
        "th",
        "ร้านชุดไทยเด็กชัยภูมิ",
        AGE_I,
        DOWN,
        "Chaiyaphum",
        "chudthai.dek.chaiyaphum@gmail.com",
        offers=[o("ชุดไทยเด็ก ให้เช่าและขาย", "kids_thai_costume")],
        needs=[
            u("ผ้าไหมมัดหมี่ตรานกยูงพระราชทาน", "no one offers silk", req=("Thai Silk Peacock Emblem",)),
            n("ผ้าฝ้ายย้อมสีธรรมชาติ ไม่เอาสีเคมี", "natural_dyed_cotton_fabric", "indigo_dyed_cotton_fabric"),
        ],
    ),
    sme(
        95,
        "en",
        "Kanchanaburi Bilingual School",
        AGE_C,
        DOWN,
        "Kanchanaburi",
        "office@kbs.ac.th",
        needs=[
            n("kids' backpacks, TIS not required", "school_bag", waive=("Thai Industrial Standard",)),
            u("raincoats for pupils", "no one makes rainwear"),
        ],
    ),
]

# ------------------------------------------------------------------ links


def canonical_certs(sme_: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in sme_.certs)


def qualified_suppliers(need: Need, buyer: Sme) -> list[Sme]:
    """The other SMEs with an offer carrying one of the need's labels and every certification it requires."""
    wanted = set(need.labels)
    return [
        s
        for s in SMES
        if s.num != buyer.num
        and any(offer.label in wanted for offer in s.offers)
        and set(need.requires) <= canonical_certs(s)
    ]


def true_links() -> list[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in SMES:
        for need in buyer.needs:
            if not need.unmet:
                links.update((s.id, buyer.id) for s in qualified_suppliers(need, buyer))
    return sorted(links)


# ------------------------------------------------------------------ checks

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_RE = re.compile("[\u0e00-\u0e7f]")


def thai_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha() or THAI_RE.match(ch)]
    return sum(1 for ch in letters if THAI_RE.match(ch)) / max(1, len(letters))


def latin_only(text: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in text) and not THAI_RE.search(text)


def names_certification(text: str, cert: str) -> bool:
    """Whether the text names the certification at all (affirmed or negated)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for c in CERTIFICATIONS:
        if c.name == cert:
            names = (c.name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
            return any(unicodedata.normalize("NFKC", name).casefold() in folded for name in names)
    return False


def check(links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids: " + ", ".join(i for i, k in Counter(ids).items() if k > 1))
    if sorted(s.num for s in SMES) != list(range(1, N_PROFILES + 1)):
        errors.append(f"ids are not exactly {PREFIX}-001 .. {PREFIX}-{N_PROFILES:03d} (have {len(ids)})")
    offered = {(s.num, offer.label) for s in SMES for offer in s.offers}
    texts: dict[str, str] = {}
    for s in SMES:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: malformed id")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} is not a canonical English province name")
        for cert in s.certs:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not canonical")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        phrases = [s.name, *(x.text for x in s.offers), *(x.text for x in s.needs)]
        for phrase in phrases:
            if phrase != phrase.strip() or not phrase or "  " in phrase:
                errors.append(f"{where}: untidy phrase {phrase!r}")
            if s.lang == "th" and thai_share(phrase) < 0.6:
                errors.append(f"{where}: Thai phrase not mostly Thai: {phrase!r}")
            if s.lang == "en" and not latin_only(phrase):
                errors.append(f"{where}: English phrase not Latin-only: {phrase!r}")
            key = phrase.casefold()
            if key in texts and texts[key] != where:
                errors.append(f"{where}: phrase also used by {texts[key]}: {phrase!r}")
            texts.setdefault(key, where)
        for offer in s.offers:
            if offer.label not in LABELS:
                errors.append(f"{where}: unknown offer label {offer.label!r}")
        for need in s.needs:
            for label in need.labels:
                if label not in LABELS:
                    errors.append(f"{where}: unknown need label {label!r}")
                elif not need.unmet and not any(lab == label and num != s.num for num, lab in offered):
                    errors.append(f"{where}: no one else offers {label!r} ({need.text!r})")
            for cert in (*need.requires, *need.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: need certification {cert!r} is not canonical")
                if not names_certification(need.text, cert):
                    errors.append(f"{where}: {cert!r} not named in {need.text!r}")
            if find_certifications(need.text) != set(need.requires):
                errors.append(f"{where}: {need.text!r} reads as requiring {sorted(find_certifications(need.text))}")
            if set(need.requires) & set(need.waives):
                errors.append(f"{where}: requires and waives the same certification")
            suppliers = qualified_suppliers(need, s) if need.labels else []
            if need.unmet and suppliers:
                errors.append(f"{where}: unmet need {need.text!r} is met by {[x.id for x in suppliers]}")
            if not need.unmet and not suppliers:
                errors.append(f"{where}: need {need.text!r} has no qualified supplier")
            if not need.unmet and not need.labels:
                errors.append(f"{where}: need {need.text!r} lists no labels and no note")
    # size targets
    thai = sum(s.lang == "th" for s in SMES)
    if not 0.50 <= thai / max(1, len(SMES)) <= 0.60:
        errors.append(f"Thai share {thai}/{len(SMES)} outside 50-60 %")
    if not 160 <= len(links) <= 180:
        errors.append(f"{len(links)} true links, target 160-180")
    lang = {s.id: s.lang for s in SMES}
    cross = sum(lang[a] != lang[b] for a, b in links)
    if not 0.40 <= cross / max(1, len(links)) <= 0.60:
        errors.append(f"cross-language links {cross}/{len(links)} outside 40-60 %")
    unmet = sum(1 for s in SMES for need in s.needs if need.unmet)
    if not 17 <= unmet <= 23:
        errors.append(f"{unmet} needs met by no one, target about 20")
    return errors


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    row: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub.value,
        "stage": s.stage.value,
        "province": s.province,
        "offers": [x.text for x in s.offers],
        "needs": [x.text for x in s.needs],
    }
    if s.certs:
        row["certifications"] = list(s.certs)
    if s.bcg:
        row["bcg"] = [tag.value for tag in s.bcg]
    row["contact_email"] = s.email
    row["language"] = s.lang
    return json.dumps(row, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def counts(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in SMES}
    rows: list[tuple[str, str]] = [("profiles", str(len(SMES)))]
    langs = Counter(s.lang for s in SMES)
    rows.append(("Thai / English profiles", f"{langs['th']} / {langs['en']}"))
    subs = Counter(s.sub for s in SMES)
    rows += [(f"sub-cluster `{sub.value}`", str(subs[sub])) for sub in SubCluster]
    stages = Counter(s.stage for s in SMES)
    rows += [(f"stage `{stage.value}`", str(stages[stage])) for stage in Stage]
    regions = Counter(resolve_province(s.province).region.value for s in SMES)  # type: ignore[union-attr]
    rows += [(f"region `{region}`", str(k)) for region, k in sorted(regions.items())]
    rows.append(("distinct provinces", str(len({s.province for s in SMES}))))
    rows.append(("offers", str(sum(len(s.offers) for s in SMES))))
    rows.append(("distinct offer labels", str(len({x.label for s in SMES for x in s.offers}))))
    needs = [need for s in SMES for need in s.needs]
    met = sum(not need.unmet for need in needs)
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{met} / {len(needs) - met}"))
    rows.append(("needs requiring a certification", str(sum(bool(x.requires) for x in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(x.waives) for x in needs))))
    rows.append(("true links", str(len(links))))
    th_en = sum(by_id[a].lang == "th" and by_id[b].lang == "en" for a, b in links)
    en_th = sum(by_id[a].lang == "en" and by_id[b].lang == "th" for a, b in links)
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    cross = th_en + en_th
    rows.append(("cross-language links (share)", f"{cross} ({100 * cross / max(1, len(links)):.1f} %)"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(("links between different sub-clusters", str(sum(by_id[a].sub != by_id[b].sub for a, b in links))))
    return rows


def counts_table(links: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in counts(links)]
    return "\n".join(lines) + "\n"


def main() -> int:
    links = true_links()
    errors = check(links)
    if "--stats" in sys.argv:
        met_by = Counter(len(qualified_suppliers(x, s)) for s in SMES for x in s.needs if not x.unmet)
        print("needs by number of qualified suppliers:", sorted(met_by.items()))
        needed = {lab for s in SMES for x in s.needs for lab in x.labels}
        print("offer labels no need lists:", sorted({x.label for s in SMES for x in s.offers} - needed))
        for s in SMES:
            for x in s.needs:
                if x.requires or x.waives or x.unmet:
                    print(" ", s.id, sorted(find_certifications(x.text)), x.requires, x.waives, x.text)
    print(counts_table(links))
    if errors:
        print(f"{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for error in errors:
            print("  " + error, file=sys.stderr)
        return 1
    (HERE / "profiles.jsonl").write_text("".join(profile_json(s) + "\n" for s in SMES), encoding="utf-8")
    (HERE / "links.csv").write_text(links_csv(links), encoding="utf-8")
    (HERE / "README.md").write_text(README.format(table=counts_table(links), n_labels=len(LABELS)), encoding="utf-8")
    print(f"wrote profiles.jsonl ({len(SMES)} profiles), links.csv ({len(links)} links), README.md")
    return 0


README = """# blind_plain_kidswear: hand-labelled supplier-buyer links, children's clothing

## What the set checks

Whether the matcher finds the true supplier-buyer pairs among 95 SME profiles written as plain registry
entries, in wording it has never seen. The theme is children's clothing (3-12 years): kids' T-shirts and
dresses, school bags and uniforms, sleepwear, organic cotton kidswear, printed jersey; the boutiques,
schools, department stores, online shops, hospitals and camps that buy them; and the ordinary upstream
and midstream suppliers (seed cotton, lint, yarn, cloth, dyeing, printing, sewing, trims, waste and
used clothing) of the Health and Wellness Economy cluster.

About 55 % of the profiles are in Thai, the rest in English, and about half of the true links cross
languages (a Thai supplier for an English buyer or the other way round). Offers and needs are short
phrases of the kind an SME database stores: local and regional names (hom and mor hom in the north,
kram and mudmee in Isan, pa-te, batik and Na Muen Si in the south), trade words and abbreviations
(TC, TK, CMT, OE, DTF, rPET, 600D, 30s), brand names (TENCEL, YKK), with and without quantities,
prices, sizes, minimum orders and places. A need is rarely worded like the offers that meet it.

Hard but fair cases on purpose:

- a service versus the goods it works on: indigo dyeing of the customer's garments versus indigo-dyed
  cloth, commission knitting versus knitted cloth, sewing for others versus finished garments, printing
  on the customer's tees versus printed jersey or ready-to-press transfers, shredding the customer's
  waste versus recycled fibre;
- raw versus processed: seed cotton versus ginned lint, baled PET bottles versus washed flake,
  recycled fibre versus recycled yarn, greige cloth versus bleached cloth versus finished jersey;
- waste and used goods versus new: cutting scraps versus end-of-roll fabric, sorted used kids' wear
  versus mixed used-clothing bales versus new garments;
- finished goods described by material, colour or technique (a backpack of handwoven indigo cotton is
  a school bag; a mor hom dress is a dress; a flannel blanket is bedding, not flannel);
- needs written as a wish, a bare noun phrase or a question, and refusals ("no indigo",
  "no chemical dyes");
- needs that require a named certification (GOTS, OEKO-TEX, GRS, Organic Thailand, TIS), needs that
  name one only to waive it ("OTOP not required", "GRS nice to have", "ไม่จำเป็นต้องมี มอก."), and
  needs that fail only on the certification (organic yarn is on offer, but not with Organic Thailand);
- about 20 needs that no one in the set meets (zips, shoes, socks, silk, swimwear, hangers ...).

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile JSONL version 1 and the links
CSV), `shared/taxonomy.py` with its data files, and the ruff settings; not the matcher, its glossary,
its tests, other evaluation sets or the project's data. All profiles and labels live in `write.py`.
Every province is a canonical English name that `resolve_province` resolves; every certification
resolves with `resolve_certification`; sub-cluster, stage and BCG values are the taxonomy's.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (`LABELS` in `write.py`
defines the {n_labels} labels, e.g. `indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need
either lists the offer labels that would meet it and the certifications its text requires, or is marked
as met by no one with a short note (a need that fails only on a certification also names the labels it
nearly matches, so the script can check that no one qualifies).

A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of
the buyer's needs and the supplier's `certifications` hold every certification that need requires. An
SME is never linked to itself. Shared words play no part; quantities, prices, sizes and places never
decide a link; what changes what the thing is does. An organic cotton yarn or jersey is also a
cotton yarn or jersey, so a plain request for one accepts either; recycled cotton yarn spun from waste
is a different product from virgin cotton yarn. A waived certification is not required.

Before writing, the script checks: ids unique and well-formed; every contract field valid; every label
a need lists offered by someone other than the buyer; every met need has a qualified supplier and every
unmet one has none; each required or waived certification is named in the need's text, and the
taxonomy's `find_certifications` reads each need as requiring exactly the certifications labelled;
Thai phrases mostly Thai letters, English ones Latin only; no phrase used twice; the size targets
(95 profiles, 50-60 % Thai, 160-180 links, 40-60 % of them cross-language, about 20 unmet needs).
If any check fails it writes nothing. Two runs give identical bytes.

## How to regenerate

From the repository root:

```
.venv/bin/python eval/blind_plain_kidswear/write.py
```

(`--stats` also prints how many suppliers meet each need and every certification-bearing need.)

## Files

- `write.py`: the data, the labels, the checks; writes the three files below.
- `profiles.jsonl`: 95 profiles `bkw-001` ... `bkw-095`, contract JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""

if __name__ == "__main__":
    sys.exit(main())
