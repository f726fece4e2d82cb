"""Write the hand-labelled evaluation set `eval/blind_plain_events/`.

Weddings, events and costume: Thai dress makers and rental shops, bridal silk, costume makers,
event linen, drapes and fabric flowers, and the upstream and midstream suppliers behind them.

All data lives in this file. Each offer is a (text, label) pair; each need lists the offer labels that
would meet it and the certifications its text requires, or says why no one in the set meets it.
The script checks everything, then writes profiles.jsonl, links.csv and README.md (or nothing).

Run from the repository root:  .venv/bin/python eval/blind_plain_events/write.py
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "bvt"
N_PROFILES = 95

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
CENT = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ISAN = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

# Certification names as the profiles write them (canonical names of shared/taxonomy_data).
GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ISO9001 = "ISO 9001"
ISO14001 = "ISO 14001"
TIS = "Thai Industrial Standard"
HALAL = "Halal"
BCI = "Better Cotton"

# ------------------------------------------------------------------ offer labels
# What a thing is. Material, colour, technique, size, price and place do not change a label;
# service versus goods, the customer's own goods, used versus new, and raw versus processed do.
LABELS: dict[str, str] = {
    # upstream
    "silk_cocoons": "silkworm cocoons, raw",
    "silk_yarn": "reeled silk yarn, undyed (raw or degummed)",
    "dyed_silk_yarn": "silk yarn already dyed, ready to weave",
    "silk_waste": "silk waste and noil for hand-spinning",
    "raw_cotton": "seed cotton (unginned bolls)",
    "cotton_yarn": "cotton yarn, handspun or mill-spun",
    "polyester_yarn": "virgin polyester or nylon filament yarn",
    "recycled_polyester_yarn": "recycled polyester (rPET) yarn",
    "polyester_fiberfill": "polyester fibre for stuffing",
    "natural_dyestuff": "natural dye materials: indigo paste, lac, barks",
    "textile_offcuts": "new-fabric cutting-room scraps, mixed or sorted",
    "polyester_offcuts": "scraps of 100 % polyester fabric",
    "used_wedding_gown": "pre-owned or retired wedding gowns",
    "used_event_linen": "retired tablecloths, napkins and chair covers",
    # midstream: goods
    "thai_silk_fabric": "plain or solid-colour Thai silk yardage",
    "natural_dyed_silk_fabric": "silk yardage dyed with natural dyes only",
    "mudmee_silk_fabric": "mudmee (ikat) silk yardage",
    "silk_brocade_fabric": "silk brocade (pha yok) yardage",
    "handwoven_cotton_fabric": "handloom cotton yardage",
    "plain_cotton_fabric": "mill-woven plain cotton cloth, greige or bleached",
    "indigo_dyed_cotton_fabric": "indigo-dyed cotton yardage",
    "satin_fabric": "polyester satin yardage",
    "chiffon_fabric": "chiffon yardage",
    "pleated_fabric": "ready-pleated fabric by the yard",
    "tulle_fabric": "tulle and net yardage",
    "lace_fabric": "lace yardage",
    "lace_trim": "lace edging and appliques",
    "satin_ribbon": "satin ribbon",
    "sequins_beads": "loose sequins and beads",
    "sequin_fabric": "sequin-embroidered fabric by the yard",
    "metallic_thread": "metallic gold and silver thread",
    "sewing_thread": "sewing thread on cones",
    "spandex_fabric": "stretch spandex (lycra) knit",
    "polyester_print_base": "white polyester fabric for sublimation printing",
    "velvet_fabric": "velvet yardage",
    # midstream: services on the customer's goods
    "dyeing_service": "commission dyeing of the customer's yarn, cloth or garments",
    "natural_dyeing_service": "natural-dye dyeing of the customer's cloth or garments",
    "embroidery_service": "embroidery on the customer's garments or panels",
    "beading_service": "hand or machine sequin and bead work on the customer's garments",
    "pleating_service": "pleating of the customer's fabric or skirts",
    "cmt_sewing_service": "cut-make-trim sewing from the customer's fabric",
    "alteration_service": "alterations and repairs of garments",
    "sublimation_printing_service": "printing the customer's design onto fabric",
    "gown_cleaning_service": "cleaning of the customer's gowns and costumes",
    "linen_laundry_service": "laundering of the customer's banquet linen",
    "keepsake_remake_service": "remaking the customer's own wedding dress into keepsakes",
    # downstream: goods
    "printed_backdrop": "printed fabric backdrop, finished",
    "thai_traditional_dress": "Thai traditional dress (chut thai), sold",
    "wedding_gown": "wedding gown, sold or made to order",
    "bridesmaid_dress": "bridesmaid dresses",
    "bridal_veil": "bridal veil",
    "mens_suit": "men's suit or groom's outfit, sold or tailored",
    "stage_costume": "theatre, show or parade costume, sold or made to order",
    "thai_dance_costume": "Thai or regional dance costume, sold or made to order",
    "kebaya": "kebaya blouse",
    "chair_cover": "banquet chair covers and sashes, sold",
    "banquet_tablecloth": "banquet tablecloths, sold",
    "table_runner": "table runners, sold",
    "stage_curtain": "stage curtains, sold",
    "fabric_flower": "fabric flowers and fabric garlands",
    "pha_sabai": "sabai shawl",
    "pha_sin": "pha sin tube skirt",
    "pha_khao_ma": "pha khao ma loincloth",
    "favour_pouch": "fabric favour pouches",
    "mohom_shirt": "mohom (indigo) shirt",
    "ordination_outfit": "white ordination (naga) outfit",
    "wiping_rags": "wiping rags",
    # downstream: services
    "thai_dress_rental": "hire of Thai traditional dress",
    "wedding_gown_rental": "hire of wedding gowns",
    "suit_rental": "hire of suits",
    "costume_rental": "hire of costumes",
    "graduation_gown_rental": "hire of graduation gowns",
    "event_linen_rental": "hire of tablecloths and chair covers",
    "drape_decor_service": "draping and backdrop decoration installed at the venue",
    "wedding_planning_service": "wedding planning",
    "event_organising_service": "event organising",
    "photo_service": "photography",
}


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    require: tuple[str, ...] = ()
    waive: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it; empty for a met need


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive, note)


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def o(text: str, label: str) -> tuple[str, str]:
    return (text, label)


# ------------------------------------------------------------------ the SMEs

SMES: list[Sme] = []

# Part 1: fibre, yarn, cloth, trims and the workshops that work on them (001-025).
SMES += [
    Sme(
        1,
        "th",
        "วิสาหกิจชุมชนเลี้ยงไหมบ้านนาโพธิ์",
        ISAN,
        UP,
        "Surin",
        "naphosilk@example.com",
        offers=(o("รังไหมเหลือง พันธุ์พื้นบ้าน ขายเป็นกิโล", "silk_cocoons"), o("ไหมน้อยสาวมือ เส้นเล็ก ยังไม่ฟอก", "silk_yarn")),
        needs=(unmet("ไข่ไหมพันธุ์นางลาย จากศูนย์หม่อนไหม", "silkworm eggs: nobody in the set breeds silkworms"),),
        bcg=("bio",),
    ),
    Sme(
        2,
        "th",
        "โรงสาวไหมภูเวียง",
        HEMP,
        UP,
        "Khon Kaen",
        "phuwiangsilk@example.com",
        offers=(o("ไหมลืบ ไหมหัว สำหรับทอผ้าพื้น", "silk_yarn"), o("ปุยไหม เศษไหม สำหรับปั่นมือ", "silk_waste")),
        needs=(need("รับซื้อรังไหม ทุกสัปดาห์", "silk_cocoons"),),
    ),
    Sme(
        3,
        "en",
        "Chaiyaphum Sericulture Cooperative",
        HEMP,
        UP,
        "Chaiyaphum",
        "coop@chaiyaphumsilk.example.com",
        offers=(
            o("Golden cocoons, Nang Noi breed, sun-dried", "silk_cocoons"),
            o("Hand-reeled Thai silk thread, undyed, 1 kg hanks", "silk_yarn"),
        ),
        certs=(ORG_TH,),
        bcg=("bio",),
    ),
    Sme(
        4,
        "th",
        "กลุ่มฝ้ายเข็นมือปักธงชัย",
        ISAN,
        UP,
        "Nakhon Ratchasima",
        "pakthongchaicotton@example.com",
        offers=(o("ฝ้ายเข็นมือ เส้นใหญ่ สีธรรมชาติ ไม่ย้อม", "cotton_yarn"),),
        needs=(need("ปุยฝ้ายดิบ หรือดอกฝ้ายทั้งเมล็ด", "raw_cotton"),),
    ),
    Sme(
        5,
        "en",
        "Dan Sai Cotton Farmers Group",
        HEMP,
        UP,
        "Loei",
        "dansaicotton@example.net",
        offers=(o("Seed cotton, white and tan, harvest Dec-Feb", "raw_cotton"),),
        needs=(unmet("Ginning of our own seed cotton", "no one in the set gins cotton"),),
        certs=(ORG_TH,),
        bcg=("bio",),
    ),
    Sme(
        6,
        "en",
        "Siam PolyFil Spinning Co., Ltd.",
        SPORT,
        UP,
        "Samut Prakan",
        "sales@siampolyfil.example.com",
        offers=(
            o("Polyester FDY 75D/150D, raw white", "polyester_yarn"),
            o("rPET filament yarn from bottles, GRS", "recycled_polyester_yarn"),
            o("Spun poly thread 40/2 on 5,000 m cones", "sewing_thread"),
        ),
        needs=(unmet("Washed clear PET bottle flakes, 10 t/month", "no bottle recycler in the set"),),
        certs=(GRS, OEKO, ISO9001),
        bcg=("circular",),
    ),
    Sme(
        7,
        "th",
        "ร้านรับซื้อเศษผ้าบางบัวทอง",
        CIRC,
        UP,
        "Nonthaburi",
        "bangbuathongscrap@example.com",
        offers=(o("เศษผ้าต่วน ผ้าลูกไม้ คัดสีแล้ว กิโลละ 40 บาท", "textile_offcuts"),),
        needs=(need("รับซื้อเศษผ้าจากโรงงานตัดเย็บ ไปรับถึงที่", "textile_offcuts"),),
        bcg=("circular",),
    ),
    Sme(
        8,
        "th",
        "กลุ่มปลูกครามบ้านดอนกอย",
        ISAN,
        UP,
        "Sakon Nakhon",
        "donkoiindigo@example.com",
        offers=(o("เนื้อครามหมัก ห่อละครึ่งกิโล", "natural_dyestuff"), o("ครั่งดิบ และเปลือกประดู่ สำหรับย้อม", "natural_dyestuff")),
        certs=(ORG_TH,),
        bcg=("bio", "green"),
    ),
    Sme(
        9,
        "en",
        "Sampeng Trim & Bead Supply",
        CENT,
        MID,
        "Bangkok",
        "order@sampengtrim.example.com",
        offers=(
            o("Sequins 3-6 mm and Czech seed beads, by the bag", "sequins_beads"),
            o("Dinh thong: gold/silver metallic thread, 50 g spools", "metallic_thread"),
            o("Double-face satin ribbon 10-38 mm, 100 yd rolls", "satin_ribbon"),
        ),
        needs=(need("Lace edgings and appliques from a Thai maker", "lace_trim"),),
    ),
    Sme(
        10,
        "th",
        "ห้างผ้าพาหุรัดรุ่งเรือง",
        CENT,
        MID,
        "Bangkok",
        "pahuratrungrueang@example.com",
        offers=(
            o("ผ้าต่วนซาตินเงา หน้ากว้าง 60 นิ้ว", "satin_fabric"),
            o("ผ้าชีฟองเนื้อนิ่ม ขายส่งเป็นพับ", "chiffon_fabric"),
            o("ผ้ามุ้ง ผ้าตาข่ายทำกระโปรงสุ่ม", "tulle_fabric"),
        ),
        needs=(need("ลูกไม้ผืน สำหรับชุดแต่งงาน", "lace_fabric"),),
    ),
    Sme(
        11,
        "en",
        "Mahachai Lycra Knitting",
        SPORT,
        MID,
        "Samut Sakhon",
        "info@mahachailycra.example.com",
        offers=(
            o("4-way stretch spandex 240 gsm, 60 colours", "spandex_fabric"),
            o("Optic-white poly knit for sublimation, 150 cm", "polyester_print_base"),
        ),
        needs=(
            need("Semi-dull filament polyester", "polyester_yarn"),
            need("Someone to dye our greige knit rolls to colour", "dyeing_service"),
        ),
        certs=(OEKO,),
    ),
    Sme(
        12,
        "th",
        "โรงย้อมบางพลีเท็กซ์",
        CENT,
        MID,
        "Samut Prakan",
        "bangplitex@example.com",
        offers=(
            o("รับย้อมผ้าพับ ผ้าถัก ผ้าทอ ของลูกค้า ขั้นต่ำ 200 กก.", "dyeing_service"),
            o("รับย้อมเปลี่ยนสีชุดเพื่อนเจ้าสาว ชุดสำเร็จ", "dyeing_service"),
        ),
        needs=(unmet("สีรีแอคทีฟ สีดิสเพิร์ส ราคาส่ง", "dyestuff chemicals: no supplier in the set"),),
        certs=(ISO14001,),
    ),
    Sme(
        13,
        "en",
        "Doi Saket Natural Dye Studio",
        HEMP,
        MID,
        "Chiang Mai",
        "hello@doisaketdye.example.com",
        offers=(
            o("Silk yardage dyed with lac, ebony and mango bark", "natural_dyed_silk_fabric"),
            o("Small-batch plant dyeing of clients' silk or cotton", "natural_dyeing_service"),
        ),
        needs=(
            need("Undyed reeled silk, Organic Thailand certified", "silk_yarn", req=(ORG_TH,)),
            need("Indigo paste or lac sticks", "natural_dyestuff"),
        ),
        bcg=("green",),
    ),
    Sme(
        14,
        "th",
        "กลุ่มทอผ้าไหมบ้านท่าสว่าง",
        ISAN,
        MID,
        "Surin",
        "thasawangweave@example.com",
        offers=(
            o("ผ้าไหมมัดหมี่ลายโบราณ ตรานกยูงพระราชทาน", "mudmee_silk_fabric"),
            o("ผ้าไหมยกทองสุรินทร์ ทอมือ", "silk_brocade_fabric"),
        ),
        needs=(need("ไหมเส้นยังไม่ย้อม ทำเส้นพุ่ง", "silk_yarn"), need("ดิ้นทองคำ ดิ้นเงิน ทอยก", "metallic_thread")),
        certs=(PEACOCK, OTOP),
    ),
    Sme(
        15,
        "th",
        "ผ้าไหมชนบทแม่คำ",
        ISAN,
        MID,
        "Khon Kaen",
        "maekhamsilk@example.com",
        offers=(o("ผ้าไหมมัดหมี่ชนบท หน้ากว้าง 1 เมตร", "mudmee_silk_fabric"), o("ผ้าไหมพื้น ย้อมสีเคมี", "thai_silk_fabric")),
        needs=(need("ไหมย้อมสีพร้อมทอ ราคาส่ง", "dyed_silk_yarn"),),
        certs=(OTOP,),
    ),
    Sme(
        16,
        "th",
        "ผ้าไหมยกดอกเวียงยอง",
        HEMP,
        MID,
        "Lamphun",
        "wiangyongbrocade@example.com",
        offers=(o("ผ้าไหมยกดอกลำพูน ลายพิกุล", "silk_brocade_fabric"),),
        needs=(need("ดิ้นเงินดิ้นทอง ม้วนใหญ่", "metallic_thread"), need("เส้นไหมทำสีแล้ว พร้อมขึ้นกี่", "dyed_silk_yarn")),
        certs=(OTOP,),
    ),
    Sme(
        17,
        "en",
        "Sakon Indigo Weavers Collective",
        HEMP,
        MID,
        "Sakon Nakhon",
        "sakonindigo@example.org",
        offers=(
            o("Handloom indigo cotton, 90 cm wide", "indigo_dyed_cotton_fabric"),
            o("Indigo dip-dyeing of your own cotton garments", "natural_dyeing_service"),
        ),
        needs=(need("Handspun cotton yarn, undyed", "cotton_yarn"),),
        certs=(OTOP,),
        bcg=("green",),
    ),
    Sme(
        18,
        "th",
        "ร้านปักชุดนางรำบางลำพู",
        CENT,
        MID,
        "Bangkok",
        "banglamphuembroidery@example.com",
        offers=(
            o("รับปักชื่อ ปักโลโก้ บนเสื้อของลูกค้า", "embroidery_service"),
            o("รับปักเลื่อม ปักลูกปัด ชุดราตรี ชุดไทย", "beading_service"),
        ),
        needs=(need("เลื่อม ลูกปัด มุก ราคาส่ง", "sequins_beads"), need("ดิ้นโลหะ สำหรับปักสะดึงกรึงไหม", "metallic_thread")),
    ),
    Sme(
        19,
        "en",
        "Pleat & Press Studio",
        CENT,
        MID,
        "Nonthaburi",
        "studio@pleatpress.example.com",
        offers=(o("Sunray and accordion pleating of your fabric", "pleating_service"),),
        needs=(
            unmet(
                "Poly chiffon in rolls, OEKO-TEX certified",
                "chiffon is offered, but by no OEKO-TEX holder",
                "chiffon_fabric",
                req=(OEKO,),
            ),
        ),
    ),
    Sme(
        20,
        "th",
        "ชลบุรีซับลิเมชั่นพริ้นท์",
        SPORT,
        MID,
        "Chonburi",
        "chonburisub@example.com",
        offers=(
            o("รับพิมพ์ลายลงผ้าโพลี ตามไฟล์ของลูกค้า", "sublimation_printing_service"),
            o("ฉากแบ็คดรอปผ้า พิมพ์ลาย 3x6 ม. พร้อมโครง", "printed_backdrop"),
        ),
        needs=(need("ผ้าขาวสำหรับพิมพ์ซับ เนื้อโพลี ต้องมี OEKO-TEX", "polyester_print_base", req=(OEKO,)),),
    ),
    Sme(
        21,
        "en",
        "Second Bloom Bridal Exchange",
        CIRC,
        UP,
        "Pathum Thani",
        "secondbloom@example.com",
        offers=(o("Pre-owned wedding gowns, cleaned, sizes 34-44", "used_wedding_gown"),),
        needs=(need("Retired rental gowns from bridal shops, any condition", "used_wedding_gown"),),
        bcg=("circular",),
    ),
    Sme(
        22,
        "th",
        "ดอกไม้ผ้าบ้านสวน",
        CIRC,
        MID,
        "Nakhon Pathom",
        "baansuanflower@example.com",
        offers=(o("กุหลาบผ้าซาตินทำมือ ช่อละ 10 ดอก", "fabric_flower"), o("มาลัยผ้า งานบวช งานแต่ง", "fabric_flower")),
        needs=(need("ผ้าเหลือจากโรงงาน ชิ้นเล็ก ผ้าแพร ผ้าซาติน", "textile_offcuts"), need("ริบบิ้นผ้าต่วน ม้วนใหญ่", "satin_ribbon")),
        bcg=("circular",),
    ),
    Sme(
        23,
        "en",
        "Pak Nam Lace Works",
        CENT,
        MID,
        "Samut Prakan",
        "sales@paknamlace.example.com",
        offers=(
            o("Raschel bridal lace, ivory and white, per metre", "lace_fabric"),
            o("Scalloped lace edging 2-8 cm", "lace_trim"),
        ),
        needs=(need("Nylon or polyester filament for lace knitting", "polyester_yarn"),),
        certs=(OEKO,),
    ),
    Sme(
        24,
        "th",
        "ระยองเน็ตติ้ง",
        SPORT,
        MID,
        "Rayong",
        "rayongnetting@example.com",
        offers=(o("ผ้าตาข่ายนิ่ม ผ้าทูล สีขาว สีงาช้าง", "tulle_fabric"), o("ผ้ามุ้งแข็ง ทำกระโปรงบาน", "tulle_fabric")),
        needs=(need("เส้นด้ายโพลีเอสเตอร์ ฟิลาเมนต์", "polyester_yarn"),),
        certs=(OEKO,),
    ),
    Sme(
        25,
        "th",
        "ห้องเสื้อรับเย็บบางซื่อ",
        CENT,
        MID,
        "Bangkok",
        "bangsuesewing@example.com",
        offers=(
            o("รับตัดเย็บตามแบบ ผ้าของลูกค้า ขั้นต่ำ 100 ตัว", "cmt_sewing_service"),
            o("เศษผ้าห้องตัด ขายเหมาเป็นกระสอบ", "textile_offcuts"),
        ),
        needs=(need("ด้ายเย็บผ้าโพลี หลอดใหญ่", "sewing_thread"),),
    ),
]

# Part 2: dressmakers, rental shops, event linen, costume and the services they use (026-050).
SMES += [
    Sme(
        26,
        "en",
        "StitchRight Alterations",
        CIRC,
        MID,
        "Nonthaburi",
        "stitchright@example.com",
        offers=(
            o("Hemming, taking in and bustling of gowns", "alteration_service"),
            o("Suit and trouser alterations, 3-day turnaround", "alteration_service"),
        ),
        needs=(need("Lace motifs to patch torn gowns", "lace_trim"),),
    ),
    Sme(
        27,
        "th",
        "ห้องเสื้อชุดไทยเรือนทอง",
        CENT,
        DOWN,
        "Bangkok",
        "ruenthongthaidress@example.com",
        offers=(o("ตัดชุดไทยจักรี บรมพิมาน ตามสัดส่วน", "thai_traditional_dress"), o("สไบปักดิ้น ปักเลื่อม", "pha_sabai")),
        needs=(
            need("ผ้ายกนุ่งจีบหน้านาง ไม่ต้องมีตรานกยูงก็ได้", "silk_brocade_fabric", waive=(PEACOCK,)),
            need("หาช่างปักเลื่อมรับงานต่อ", "beading_service"),
        ),
    ),
    Sme(
        28,
        "en",
        "Lanna Bridal Atelier",
        CENT,
        DOWN,
        "Chiang Mai",
        "atelier@lannabridal.example.com",
        offers=(o("Made-to-measure wedding gowns", "wedding_gown"), o("Cathedral and fingertip veils", "bridal_veil")),
        needs=(
            need("Ivory lace by the metre for gowns", "lace_fabric"),
            need("Veil tulle, must be OEKO-TEX", "tulle_fabric", req=(OEKO,)),
        ),
    ),
    Sme(
        29,
        "th",
        "ร้านเช่าชุดเจ้าสาวลาดพร้าว",
        CIRC,
        DOWN,
        "Bangkok",
        "ladpraobridal@example.com",
        offers=(
            o("ให้เช่าชุดเจ้าสาว ชุดพรีเวดดิ้ง", "wedding_gown_rental"),
            o("ชุดเจ้าสาวปลดระวาง ขายถูก สภาพ 70%", "used_wedding_gown"),
        ),
        needs=(
            need("ซื้อชุดเจ้าสาวตัวใหม่ ไว้ปล่อยเช่า", "wedding_gown"),
            need("ร้านซักชุดเจ้าสาว รับส่งถึงร้าน", "gown_cleaning_service"),
        ),
        bcg=("circular",),
    ),
    Sme(
        30,
        "en",
        "Bangkok Gown Care",
        CIRC,
        MID,
        "Bangkok",
        "care@bkkgowncare.example.com",
        offers=(o("Gown cleaning, steaming and preservation boxing", "gown_cleaning_service"),),
    ),
    Sme(
        31,
        "th",
        "ซักรีดพัทยาลินิน",
        CENT,
        MID,
        "Chonburi",
        "pattayalinen@example.com",
        offers=(
            o("ซักรีดผ้าปูโต๊ะ ผ้าคลุมเก้าอี้ รายเดือน", "linen_laundry_service"),
            o("ซักอบชุดการแสดง ชุดเช่า ส่งคืนใน 3 วัน", "gown_cleaning_service"),
        ),
        certs=(ISO9001,),
    ),
    Sme(
        32,
        "en",
        "Pattaya Event Covers",
        SPORT,
        DOWN,
        "Chonburi",
        "sales@pattayacovers.example.com",
        offers=(
            o("Stretch banquet chair covers, white or black", "chair_cover"),
            o("Spandex trimmings, 100% poly, by the sack", "polyester_offcuts"),
        ),
        needs=(need("Spandex 4-way, 220-260 gsm; OEKO-TEX welcome but not required", "spandex_fabric", waive=(OEKO,)),),
    ),
    Sme(
        33,
        "th",
        "ผ้าปูโต๊ะจัดเลี้ยงนครชัยศรี",
        CENT,
        DOWN,
        "Nakhon Pathom",
        "nakhonchaisritable@example.com",
        offers=(
            o("ผ้าปูโต๊ะกลม 10 ที่นั่ง ผ้าโพลีเกรดโรงแรม", "banquet_tablecloth"),
            o("ผ้าวางกลางโต๊ะ ลายไทย", "table_runner"),
            o("ชุดคลุมเก้าอี้ พร้อมโบว์", "chair_cover"),
        ),
        needs=(need("ผ้าต่วนสีงาช้าง ม้วน 50 หลา", "satin_fabric"),),
    ),
    Sme(
        34,
        "en",
        "Hire & Host Event Linen",
        CIRC,
        DOWN,
        "Bangkok",
        "hello@hireandhost.example.com",
        offers=(
            o("Tablecloth, chair cover and sash hire", "event_linen_rental"),
            o("Retired stained tablecloths, by the kg", "used_event_linen"),
        ),
        needs=(
            need("Weekly hotel-grade laundering of our hire stock", "linen_laundry_service"),
            need("A sewing shop to make up chair covers from our own fabric", "cmt_sewing_service"),
        ),
        bcg=("circular",),
    ),
    Sme(
        35,
        "th",
        "ระบายผ้าเวดดิ้งเดคคอร์",
        CENT,
        DOWN,
        "Bangkok",
        "rabaiphadecor@example.com",
        offers=(o("รับจัดผ้าระบายเวที ซุ้มงานแต่ง ฉากหลัง", "drape_decor_service"),),
        needs=(need("ชีฟองม้วนใหญ่ สีขาวครีม", "chiffon_fabric"), need("ฉากผ้าพิมพ์ชื่อบ่าวสาว", "printed_backdrop")),
    ),
    Sme(
        36,
        "en",
        "StageCraft Costume House",
        SPORT,
        DOWN,
        "Bangkok",
        "info@stagecraftcostume.example.com",
        offers=(
            o("Made-to-order costumes for musicals and parades", "stage_costume"),
            o("Costume hire, 2,000+ pieces", "costume_rental"),
        ),
        needs=(
            need("Sequins and rhinestone-look beads, bulk", "sequins_beads"),
            need("Print our artwork on lycra for a dance team", "sublimation_printing_service"),
        ),
    ),
    Sme(
        37,
        "th",
        "ชุดฟ้อนรำแก่นนคร",
        ISAN,
        DOWN,
        "Khon Kaen",
        "kaennakhondance@example.com",
        offers=(o("ชุดฟ้อนอีสาน ชุดเซิ้ง ตัดให้โรงเรียน", "thai_dance_costume"), o("ซิ่นตีนจกสำเร็จ ใส่รำ", "pha_sin")),
        needs=(
            unmet("ผ้าไหมแพรวากาฬสินธุ์ ของแท้", "praewa silk: no Praewa weaver in the set"),
            need("ฝ้ายทอกี่พื้นบ้าน ตัดชุดเซิ้ง", "handwoven_cotton_fabric"),
        ),
    ),
    Sme(
        38,
        "en",
        "Ayutthaya Heritage Dress Hire",
        CENT,
        DOWN,
        "Ayutthaya",
        "hire@ayutthayaheritage.example.com",
        offers=(o("Thai costume hire for tourists and photo walks", "thai_dress_rental"),),
        needs=(
            need("Chut thai for our hire rail, S-XXL, 30 sets", "thai_traditional_dress"),
            need("Who can clean delicate rented costumes weekly?", "gown_cleaning_service"),
        ),
    ),
    Sme(
        39,
        "th",
        "ร้านสูทเจ้าบ่าวประตูน้ำ",
        CENT,
        DOWN,
        "Bangkok",
        "pratunamsuit@example.com",
        offers=(o("ตัดสูทเจ้าบ่าว ทักซิโด้", "mens_suit"), o("ให้เช่าสูท ชุดราชปะแตน", "suit_rental")),
        needs=(
            unmet("ผ้าวูลอิตาลี ตัดสูท", "wool suiting: no one in the set offers it"),
            need("ผ้าไหมไทยสีพื้น ทำสูทเจ้าบ่าว", "thai_silk_fabric"),
        ),
    ),
    Sme(
        40,
        "en",
        "Ubon Silk Loom",
        ISAN,
        MID,
        "Ubon",
        "ubonsilkloom@example.com",
        offers=(
            o("Plain Thai silk, 40 colours, 1 m wide", "thai_silk_fabric"),
            o("Pha sin tube skirts with teen jok hem", "pha_sin"),
        ),
        needs=(need("Reeled silk yarn for warp and weft", "silk_yarn"),),
        certs=(PEACOCK,),
    ),
    Sme(
        41,
        "th",
        "ร้านผ้าไหมสาเกตนคร",
        ISAN,
        DOWN,
        "Roi Et",
        "saketnakhonsilk@example.com",
        offers=(o("ผ้าสไบขิด ผ้าไหม", "pha_sabai"), o("ชุดผ้าไหมสำเร็จรูป ใส่งานแต่ง", "thai_traditional_dress")),
        needs=(need("ผ้ามัดหมี่ไหมแท้ ต้องได้ตรานกยูง", "mudmee_silk_fabric", req=(PEACOCK,)),),
    ),
    Sme(
        42,
        "en",
        "Golden Thread Company",
        CENT,
        MID,
        "Bangkok",
        "sales@goldenthread.example.com",
        offers=(
            o("Lurex metallic yarn 1/69, gold and silver", "metallic_thread"),
            o("Metallic embroidery floss, 8 shades", "metallic_thread"),
        ),
        needs=(need("Polyester filament for core twisting", "polyester_yarn"),),
    ),
    Sme(
        43,
        "th",
        "มหาชัยสแปนเด็กซ์",
        SPORT,
        MID,
        "Samut Sakhon",
        "mahachaispandex@example.com",
        offers=(
            o("ผ้ายืดสแปนเด็กซ์ หน้ากว้าง 60 นิ้ว", "spandex_fabric"),
            o("ผ้าไมโครสีขาว ใช้พิมพ์ซับลิเมชั่น", "polyester_print_base"),
        ),
        needs=(need("ด้ายโพลีเอสเตอร์รีไซเคิล มีใบ GRS", "recycled_polyester_yarn", req=(GRS,)),),
    ),
    Sme(
        44,
        "en",
        "ReWed Upcycle Studio",
        CIRC,
        MID,
        "Chiang Mai",
        "studio@rewed.example.com",
        offers=(o("Keepsake pouches and ring pillows sewn from your own wedding dress", "keepsake_remake_service"),),
        needs=(
            need("Old bridal gowns for lace and satin", "used_wedding_gown"),
            need("Hollow fibre for stuffing ring pillows", "polyester_fiberfill"),
        ),
        bcg=("circular",),
    ),
    Sme(
        45,
        "th",
        "ของชำร่วยปากเกร็ด",
        CENT,
        DOWN,
        "Nonthaburi",
        "pakkretfavours@example.com",
        offers=(o("ถุงกำมะหยี่ใส่ของชำร่วย ปั๊มชื่อบ่าวสาว", "favour_pouch"),),
        needs=(need("อยากได้ผ้ากำมะหยี่ ราคาส่ง", "velvet_fabric"), need("ริบบิ้นต่วน หลายสี", "satin_ribbon")),
    ),
    Sme(
        46,
        "en",
        "Velvet & Drape Textiles",
        CENT,
        MID,
        "Bangkok",
        "info@velvetdrape.example.com",
        offers=(o("Flame-retardant stage velvet, TIS tested", "velvet_fabric"),),
        needs=(need("Piece-dyeing of our velvet to Pantone", "dyeing_service"),),
        certs=(TIS,),
    ),
    Sme(
        47,
        "th",
        "ม่านเวทีสยามสเตจ",
        CENT,
        DOWN,
        "Bangkok",
        "siamstagecurtain@example.com",
        offers=(o("ม่านเวทีกำมะหยี่ ม่านหลังเวที หอประชุม", "stage_curtain"),),
        needs=(need("กำมะหยี่กันไฟ ผ่าน มอก.", "velvet_fabric", req=(TIS,)),),
    ),
    Sme(
        48,
        "en",
        "Udon Ceremony Wear",
        ISAN,
        DOWN,
        "Udon Thani",
        "udonceremony@example.com",
        offers=(
            o("Graduation gown hire for schools", "graduation_gown_rental"),
            o("White naga ordination sets", "ordination_outfit"),
        ),
        needs=(
            need("White cotton cloth, bleached, by the roll", "plain_cotton_fabric"),
            need("Names embroidered on our graduation gowns", "embroidery_service"),
        ),
    ),
    Sme(
        49,
        "th",
        "ผ้าหม้อห้อมทุ่งโฮ้ง",
        HEMP,
        MID,
        "Phrae",
        "thunghongmohom@example.com",
        offers=(
            o("ผ้าหม้อห้อมย้อมครามแท้ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
            o("เสื้อม่อฮ่อม ย้อมคราม ชาย หญิง", "mohom_shirt"),
        ),
        needs=(need("ผ้าดิบฝ้าย ยังไม่ฟอก", "plain_cotton_fabric"), need("ครามพร้อมก่อหม้อ", "natural_dyestuff")),
        certs=(OTOP,),
    ),
    Sme(
        50,
        "en",
        "Frame & Frill Photo Studio",
        CENT,
        DOWN,
        "Bangkok",
        "book@framefrill.example.com",
        offers=(o("Pre-wedding photo shoots in costume", "photo_service"),),
        needs=(
            need("Period Thai costumes for photo sets", "thai_traditional_dress"),
            need("Printed fabric backdrops 3 x 6 m", "printed_backdrop"),
        ),
    ),
]

# Part 3: hotels, planners, organisers, schools and theatres, with more weavers and workshops (051-075).
SMES += [
    Sme(
        51,
        "th",
        "โรงแรมเจ้าพระยาแกรนด์",
        CENT,
        DOWN,
        "Bangkok",
        "banquet@chaophrayagrand.example.com",
        needs=(
            need("ผ้าคลุมเก้าอี้จัดเลี้ยง 500 ตัว", "chair_cover"),
            need("ผ้าคลุมโต๊ะจีน สีขาว ห้องบอลรูม", "banquet_tablecloth"),
            need("ส่งซักผ้าจัดเลี้ยง รายสัปดาห์", "linen_laundry_service"),
        ),
    ),
    Sme(
        52,
        "en",
        "Andaman Beach Wedding Co.",
        CENT,
        DOWN,
        "Phuket",
        "plan@andamanbeachwed.example.com",
        offers=(o("Beach wedding planning, Phuket and Krabi", "wedding_planning_service"),),
        needs=(
            need("Arch and canopy draping on the sand", "drape_decor_service"),
            need("Would love fabric blooms that survive sea wind", "fabric_flower"),
        ),
    ),
    Sme(
        53,
        "th",
        "ล้านนาเวดดิ้งแพลนเนอร์",
        CENT,
        DOWN,
        "Chiang Mai",
        "lannaweddingplanner@example.com",
        offers=(o("รับจัดงานแต่งล้านนา ครบวงจร", "wedding_planning_service"),),
        needs=(
            need("เช่าชุดไทยให้บ่าวสาว งานเช้า", "thai_dress_rental"),
            need("เช่าผ้าปูโต๊ะ ผ้าคลุมเก้าอี้ รายงาน", "event_linen_rental"),
        ),
    ),
    Sme(
        54,
        "en",
        "Korat Grand Events",
        ISAN,
        DOWN,
        "Korat",
        "events@koratgrand.example.com",
        offers=(o("Concerts, fairs and gala dinners, full production", "event_organising_service"),),
        needs=(
            need("Linen and chair-cover hire for 800 guests", "event_linen_rental"),
            need("Curtains for a ballroom stage", "stage_curtain"),
        ),
    ),
    Sme(
        55,
        "th",
        "โรงเรียนอุบลวิทยาคม",
        ISAN,
        DOWN,
        "Ubon Ratchathani",
        "ubonwittayakhom@example.ac.th",
        needs=(
            need("ชุดการแสดงนาฏศิลป์ 40 ชุด", "thai_dance_costume"),
            need("เช่าชุดแฟนซี งานกีฬาสี", "costume_rental"),
            need("ชุดครุยงานจบ ม.6 แบบเช่า", "graduation_gown_rental"),
        ),
    ),
    Sme(
        56,
        "en",
        "Chao Phraya Repertory Theatre",
        CENT,
        DOWN,
        "Bangkok",
        "production@cprtheatre.example.org",
        needs=(
            need("Costume makers for a 30-cast musical", "stage_costume"),
            unmet("Human-hair wigs styled for period roles", "wigs: no wig maker in the set"),
            need("Running repairs and refits during the season", "alteration_service"),
        ),
    ),
    Sme(
        57,
        "th",
        "ร้านเช่าชุดไทยอัมพวา",
        CIRC,
        DOWN,
        "Samut Songkhram",
        "amphawathaidress@example.com",
        offers=(o("ชุดไทยให้เช่า ถ่ายรูปตลาดน้ำ", "thai_dress_rental"),),
        needs=(
            need("มีใครขายชุดไทย หลายไซซ์ ราคาส่ง บ้าง", "thai_traditional_dress"),
            need("สไบหลายสี ราคาส่ง ไม่ต้องมี OTOP", "pha_sabai", waive=(OTOP,)),
        ),
    ),
    Sme(
        58,
        "en",
        "LoopRag Co.",
        CIRC,
        DOWN,
        "Bangkok",
        "sales@looprag.example.com",
        offers=(o("Wiping rags cut from sorted linen", "wiping_rags"),),
        needs=(
            need("Second-hand table linen, stains OK", "used_event_linen"),
            need("Cutting-room scraps, any fibre", "textile_offcuts"),
        ),
        bcg=("circular",),
    ),
    Sme(
        59,
        "th",
        "ชมรมพาเหรดและเชียร์ลีดเดอร์ชลบุรี",
        SPORT,
        DOWN,
        "Chonburi",
        "chonburiparade@example.com",
        needs=(
            need("ชุดดรัมเมเยอร์ ชุดเชียร์ ตัดตามแบบ", "stage_costume"),
            need("พิมพ์ธงผ้าตามแบบของทีม", "sublimation_printing_service"),
        ),
    ),
    Sme(
        60,
        "en",
        "Mae Chan Handloom",
        HEMP,
        MID,
        "Chiang Rai",
        "maechanhandloom@example.com",
        offers=(o("Backstrap-loom cotton, natural colours, 40 cm", "handwoven_cotton_fabric"),),
        needs=(need("Cotton yarn for the loom, natural white", "cotton_yarn"),),
    ),
    Sme(
        61,
        "th",
        "กลุ่มทอผ้าฝ้ายขิดกุฉินารายณ์",
        ISAN,
        MID,
        "Kalasin",
        "kuchinaraikhit@example.com",
        offers=(o("ผ้าฝ้ายทอมือลายขิด ผืนละ 2 เมตร", "handwoven_cotton_fabric"), o("ผ้าขาวม้าทอมือ ลายตาราง", "pha_khao_ma")),
        needs=(need("ด้ายฝ้ายสำหรับทอ ราคาส่ง", "cotton_yarn"),),
        certs=(OTOP,),
    ),
    Sme(
        62,
        "en",
        "Sarakham Silk Dye House",
        ISAN,
        MID,
        "Maha Sarakham",
        "sarakhamsilkdye@example.com",
        offers=(
            o("Commission dyeing of yarn and cloth, silk a speciality", "dyeing_service"),
            o("Acid-dyed silk yarn, 60 shades", "dyed_silk_yarn"),
        ),
        needs=(need("Raw silk hanks for dyeing", "silk_yarn"),),
    ),
    Sme(
        63,
        "th",
        "ร้านเช่าชุดแฟนซีงามวงศ์วาน",
        CIRC,
        DOWN,
        "Nonthaburi",
        "ngamwongwanfancy@example.com",
        offers=(o("ชุดแฟนซี ชุดประจำชาติ ให้เช่า", "costume_rental"),),
        needs=(need("ซ่อมชุด ปรับไซซ์ ชุดเช่า", "alteration_service"), need("ซักชุดแฟนซีหลังลูกค้าคืน", "gown_cleaning_service")),
    ),
    Sme(
        64,
        "en",
        "Rangsit Embroidery Works",
        SPORT,
        MID,
        "Pathum Thani",
        "rangsitembroidery@example.com",
        offers=(
            o("Computer embroidery on customer garments, 12-head", "embroidery_service"),
            o("Machine sequin work on customer panels", "beading_service"),
        ),
        needs=(need("Gold and silver threads for our embroidery machines", "metallic_thread"),),
        certs=(ISO9001,),
    ),
    Sme(
        65,
        "th",
        "ห้องเสื้อเจ้าสาวสยามบรายด์",
        CENT,
        DOWN,
        "Bangkok",
        "siambride@example.com",
        offers=(o("ชุดเจ้าสาว ชุดราตรี สั่งตัด", "wedding_gown"), o("ชุดเพื่อนเจ้าสาว สั่งเป็นเซ็ต", "bridesmaid_dress")),
        needs=(
            need("ผ้าลูกไม้สีงาช้าง ตัดชุดเจ้าสาว", "lace_fabric"),
            need("หาร้านรับจับจีบพลีท กระโปรงชุดเจ้าสาว", "pleating_service"),
        ),
    ),
    Sme(
        66,
        "en",
        "Sukhumvit Wedding Planners",
        CENT,
        DOWN,
        "Bangkok",
        "hello@sukhumvitwed.example.com",
        offers=(o("Full-service wedding planning", "wedding_planning_service"),),
        needs=(
            need("Matching bridesmaid dresses, sets of 6", "bridesmaid_dress"),
            need("Looking for a gown rental partner for our brides", "wedding_gown_rental"),
            need("Ceiling drapes and backdrop installation", "drape_decor_service"),
        ),
    ),
    Sme(
        67,
        "th",
        "กลุ่มหม่อนไหมนางรอง",
        ISAN,
        UP,
        "Buriram",
        "nangrongsilk@example.com",
        offers=(o("รังไหมสด พันธุ์ลูกผสม", "silk_cocoons"), o("ไหมขี้ริ้ว เศษไหม ขายเหมา", "silk_waste")),
        bcg=("bio",),
    ),
    Sme(
        68,
        "en",
        "Riverside Pavilion Banquets",
        CENT,
        DOWN,
        "Nonthaburi",
        "banquets@riversidepavilion.example.com",
        needs=(need("Partner for organising weddings in our hall", "wedding_planning_service"),),
    ),
    Sme(
        69,
        "th",
        "รีไซเคิลโพลีบางปู",
        SPORT,
        UP,
        "Samut Prakan",
        "bangpurecycle@example.com",
        offers=(
            o("ด้าย rPET จากขวดพลาสติก", "recycled_polyester_yarn"),
            o("ใยโพลีรีไซเคิล สำหรับยัดหมอน", "polyester_fiberfill"),
        ),
        needs=(need("เศษผ้าโพลีเอสเตอร์ล้วน ไม่ปนฝ้าย", "polyester_offcuts"),),
        certs=(GRS,),
        bcg=("circular",),
    ),
    Sme(
        70,
        "en",
        "Phutthamonthon Sewing Co-op",
        CENT,
        MID,
        "Nakhon Pathom",
        "coop@phutthamonthonsewing.example.com",
        offers=(o("Cut-make-trim for event linen and uniforms, 500 pcs+", "cmt_sewing_service"),),
        needs=(need("Poly core-spun thread cones", "sewing_thread"),),
    ),
    Sme(
        71,
        "th",
        "สตาร์อีเวนต์ ออร์แกไนเซอร์",
        CENT,
        DOWN,
        "Bangkok",
        "starevent@example.com",
        offers=(o("รับจัดอีเวนต์ งานเปิดตัวสินค้า", "event_organising_service"),),
        needs=(
            need("ฉากผ้าพิมพ์โลโก้ลูกค้า", "printed_backdrop"),
            need("ผ้าคลุมเก้าอี้สแปนเด็กซ์ แบบเช่ารายงาน", "event_linen_rental"),
            need("ผ้าม่านระบายหลังเวที พร้อมติดตั้ง", "drape_decor_service"),
        ),
    ),
    Sme(
        72,
        "en",
        "River Kwai Garden Resort",
        CENT,
        DOWN,
        "Kanchanaburi",
        "events@riverkwaigarden.example.com",
        needs=(
            need("Runners for 40 banquet tables", "table_runner"),
            need("Rent traditional Thai outfits for our guests' photo corner", "thai_dress_rental"),
        ),
    ),
    Sme(
        73,
        "th",
        "โรงเรียนสอนรำบ้านครูแดง",
        CENT,
        DOWN,
        "Ratchaburi",
        "baankrudaeng@example.com",
        needs=(
            need("ชุดรำไทย ชุดนางรำ ไซซ์เด็ก", "thai_dance_costume"),
            unmet("เครื่องประดับชุดไทย ทองเหลืองชุบ", "brass jewellery: no one in the set makes it"),
            need("ผ้าซิ่นใส่รำ ราคาส่ง", "pha_sin"),
        ),
    ),
    Sme(
        74,
        "en",
        "Hat Yai Modest Bridal",
        CENT,
        DOWN,
        "Songkhla",
        "hatyaimodestbridal@example.com",
        offers=(o("Modest wedding gowns with matching hijab", "wedding_gown"),),
        needs=(
            need("Matte chiffon for hijabs", "chiffon_fabric"),
            need("Someone to bead and sequin our bodices", "beading_service"),
            need("Ready-pleated chiffon by the yard", "pleated_fabric"),
        ),
    ),
    Sme(
        75,
        "th",
        "ผ้ายกเมืองนคร",
        HEMP,
        MID,
        "Nakhon Si Thammarat",
        "phayokmueangnakhon@example.com",
        offers=(o("ผ้ายกนคร ลายดอกพิกุล ทอมือ", "silk_brocade_fabric"),),
        needs=(need("ไหมเส้นย้อมสีแล้ว", "dyed_silk_yarn"), need("ดิ้นทอง สำหรับยก", "metallic_thread")),
        certs=(OTOP,),
    ),
]

# Part 4: studios, resorts, regional weavers and shops, many with needs no one here meets (076-095).
SMES += [
    Sme(
        76,
        "en",
        "Silom Pre-Wedding Studio",
        CENT,
        DOWN,
        "Bangkok",
        "shoot@silomprewed.example.com",
        offers=(o("Pre-wedding shoots, studio or on location", "photo_service"),),
        needs=(
            need("Day hire of gowns for shoots", "wedding_gown_rental"),
            unmet("Hand-painted canvas backdrops, old-master style", "hand-painted backdrops: only printed ones here"),
        ),
    ),
    Sme(
        77,
        "th",
        "ผ้าฝ้ายทอมือสันกำแพง",
        HEMP,
        MID,
        "Chiang Mai",
        "sankamphaengcotton@example.com",
        offers=(
            o("ผ้าฝ้ายทอมือ สีธรรมชาติ หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
            o("ผ้ารันเนอร์ ฝ้ายทอมือ ย้อมคราม", "table_runner"),
        ),
        needs=(
            unmet("ฝ้ายเส้นออร์แกนิก ได้ GOTS", "cotton yarn is offered, but by no GOTS holder", "cotton_yarn", req=(GOTS,)),
        ),
    ),
    Sme(
        78,
        "en",
        "Pak Nam Pho Weaving Mill",
        HEMP,
        MID,
        "Nakhon Sawan",
        "mill@paknampho.example.com",
        offers=(o("Cotton sheeting 60 in, greige or bleached", "plain_cotton_fabric"),),
        needs=(unmet("Ginned cotton lint in bales", "lint: only unginned seed cotton is offered"),),
        certs=(BCI,),
    ),
    Sme(
        79,
        "th",
        "โรงแรมแก่นคูณ พาวิลเลียน",
        ISAN,
        DOWN,
        "Khon Kaen",
        "kaenkhunpavilion@example.com",
        needs=(
            need("ชุดเจ้าสาวให้เช่า มาร่วมแพ็กเกจงานแต่ง", "wedding_gown_rental"),
            unmet("ผ้าม่านกันแสง ห้องพักแขก", "blackout room curtains: no one in the set makes them"),
        ),
    ),
    Sme(
        80,
        "en",
        "Bangphli Sequin Factory",
        SPORT,
        MID,
        "Samut Prakan",
        "sales@bangphlisequin.example.com",
        offers=(o("Stretch sequin mesh by the yard", "sequin_fabric"),),
        needs=(unmet("Metallised PET film, 50 micron rolls", "film: no one in the set makes it"),),
    ),
    Sme(
        81,
        "th",
        "คณะละครเวทีสายลม",
        CENT,
        DOWN,
        "Bangkok",
        "sailomtheatre@example.org",
        needs=(
            need("ผ้าปักเลื่อมทั้งผืน", "sequin_fabric"),
            need("กำมะหยี่สีแดงเลือดนก ตัดเสื้อคลุมกษัตริย์", "velvet_fabric"),
            unmet("หัวโขน ชฎา สำหรับแสดง", "khon masks and headdresses: no one in the set makes them"),
        ),
    ),
    Sme(
        82,
        "en",
        "Surin Festival Productions",
        ISAN,
        DOWN,
        "Surin",
        "surinfestival@example.com",
        offers=(o("Festival parades and light-and-sound shows", "event_organising_service"),),
        needs=(
            need("Mudmee silk for 200 dancers, Peacock Emblem not required", "mudmee_silk_fabric", waive=(PEACOCK,)),
            unmet("Embroidered caparisons for parade elephants", "elephant caparisons: no one in the set makes them"),
        ),
    ),
    Sme(
        83,
        "th",
        "เคบาย่าบาบ๋าภูเก็ต",
        CENT,
        DOWN,
        "Phuket",
        "phuketbabakebaya@example.com",
        offers=(o("เสื้อเคบาย่าปักฉลุ สั่งตัด", "kebaya"),),
        needs=(
            need("ลูกไม้ดอกเล็ก ทำเคบาย่า", "lace_fabric"),
            unmet("ผ้าปาเต๊ะเขียนมือ ลายบาบ๋า", "hand-drawn batik: no one in the set"),
        ),
    ),
    Sme(
        84,
        "en",
        "Kata Cliff Resort & Spa",
        CENT,
        DOWN,
        "Phuket",
        "weddings@katacliff.example.com",
        needs=(
            need("Embroidered kebaya for wedding hostesses, 20 sets", "kebaya"),
            need("Banquet linen laundry service", "linen_laundry_service"),
        ),
    ),
    Sme(
        85,
        "th",
        "จันท์บรายดัลสตูดิโอ",
        CENT,
        DOWN,
        "Chanthaburi",
        "chanbridalstudio@example.com",
        offers=(o("ถ่ายพรีเวดดิ้ง ในสตูและนอกสถานที่", "photo_service"),),
        needs=(
            need("ชุดเจ้าสาวมือสอง สภาพดี งบไม่เกิน 5,000", "used_wedding_gown"),
            unmet("มงกุฎเจ้าสาว เทียร่า", "tiaras: no one in the set makes them"),
        ),
    ),
    Sme(
        86,
        "th",
        "ผ้าม่านเวทีแปดริ้ว",
        CENT,
        DOWN,
        "Chachoengsao",
        "paetriucurtain@example.com",
        offers=(o("ม่านเวที ม่านหลุยส์ สั่งตัด", "stage_curtain"),),
        needs=(need("ผ้ากำมะหยี่ม้วน หน้ากว้าง 280", "velvet_fabric"),),
    ),
    Sme(
        87,
        "th",
        "กลุ่มทอผ้าลายน้ำไหลน่าน",
        HEMP,
        MID,
        "Nan",
        "nannamlai@example.com",
        offers=(o("ซิ่นลายน้ำไหล ฝ้ายทอมือ", "pha_sin"),),
        needs=(unmet("กี่ทอผ้ามือสอง", "looms: equipment, no one in the set sells it"),),
    ),
    Sme(
        88,
        "en",
        "Bang Yai International School",
        CENT,
        DOWN,
        "Nonthaburi",
        "office@bangyaiis.example.ac.th",
        needs=(
            need("Fancy dress to rent for Book Week", "costume_rental"),
            unmet("Stage lighting hire for the school play", "lighting: not offered in the set"),
        ),
    ),
    Sme(
        89,
        "th",
        "ร้านอัดพลีทบางรัก",
        CENT,
        MID,
        "Bangkok",
        "bangrakpleat@example.com",
        offers=(
            o("รับอัดพลีทกระโปรง ใช้ผ้าของลูกค้า", "pleating_service"),
            o("ผ้าชีฟองอัดพลีทสำเร็จ ขายเป็นหลา", "pleated_fabric"),
        ),
    ),
    Sme(
        90,
        "en",
        "Hua Hin Linen Recovery",
        CIRC,
        UP,
        "Prachuap Khiri Khan",
        "huahinlinen@example.com",
        offers=(o("Sorted used hotel linen, baled", "used_event_linen"),),
        needs=(need("Retired banquet linen from hire firms", "used_event_linen"),),
        bcg=("circular",),
    ),
    Sme(
        91,
        "th",
        "กลุ่มฝ้ายอินทรีย์ยโสธร",
        ISAN,
        UP,
        "Yasothon",
        "yasothonorganiccotton@example.com",
        offers=(o("ดอกฝ้ายอินทรีย์ ทั้งเมล็ด", "raw_cotton"),),
        certs=(ORG_TH,),
        bcg=("bio",),
    ),
    Sme(
        92,
        "en",
        "Ban Khwao Silk Weavers",
        ISAN,
        MID,
        "Chaiyaphum",
        "bankhwaosilk@example.com",
        offers=(o("Mudmee silk lengths, 4 m, ready to sew", "mudmee_silk_fabric"),),
        needs=(need("Natural indigo paste", "natural_dyestuff"),),
        certs=(PEACOCK,),
    ),
    Sme(
        93,
        "th",
        "ร้านชุดไทยสุพรรณ",
        CENT,
        DOWN,
        "Suphan Buri",
        "suphanthaidress@example.com",
        offers=(o("ผ้าซิ่นไหมสำเร็จ ป้ายข้าง", "pha_sin"),),
        needs=(need("ผ้าไหมย้อมสีธรรมชาติ ไม่เอาสีเคมี", "natural_dyed_silk_fabric"),),
    ),
    Sme(
        94,
        "en",
        "Chiang Rai Lanna Wedding House",
        CENT,
        DOWN,
        "Chiang Rai",
        "hello@crlannawedding.example.com",
        needs=(
            need("Thai wedding outfits for hire, bride and groom", "thai_dress_rental"),
            unmet("Hemp cloth canopies for outdoor ceremonies", "hemp cloth: no hemp weaver in the set"),
            need("Indigo-dyed cotton shirts for our wedding staff, 30 pcs", "mohom_shirt"),
        ),
    ),
    Sme(
        95,
        "th",
        "ร้านเช่าชุดการแสดงสุราษฎร์",
        CIRC,
        DOWN,
        "Surat Thani",
        "suratcostume@example.com",
        offers=(o("ชุดการแสดง ชุดแฟนซี ให้เช่า", "costume_rental"),),
    ),
]

# ------------------------------------------------------------------ checks

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
LATIN_CHAR = re.compile("[A-Za-z]")
EMAIL = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
TARGET_LINKS = (160, 180)
TARGET_THAI_SHARE = (0.50, 0.60)
TARGET_CROSS_SHARE = (0.40, 0.60)
TARGET_UNMET = (17, 23)


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def mentions(text: str, cert: str) -> bool:
    """Whether the text names the certification at all, affirmed or negated."""
    folded = nfkc(text).casefold()
    for c in CERTIFICATIONS:
        if c.name == cert:
            names = (*c.mentions, *c.case_sensitive_mentions, *c.aliases)
            return any(nfkc(m).casefold() in folded for m in names)
    return False


def check_script(text: str, lang: str, where: str, errors: list[str]) -> None:
    thai = len(THAI_CHAR.findall(text))
    latin = len(LATIN_CHAR.findall(text))
    if lang == "th":
        if thai == 0 or thai < 2 * latin:
            errors.append(f"{where}: Thai phrase is not mostly Thai letters: {text!r}")
    elif thai or any(ord(ch) > 0x7E for ch in text):
        errors.append(f"{where}: English phrase has non-Latin characters: {text!r}")


def supplier_certs(sme: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in sme.certs)


def qualified(sme: Sme, n: Need) -> bool:
    return any(label in n.labels for _, label in sme.offers) and set(n.require) <= supplier_certs(sme)


def suppliers_of(n: Need, buyer: Sme) -> list[Sme]:
    return [s for s in SMES if s.num != buyer.num and qualified(s, n)]


def check_profiles(errors: list[str]) -> None:
    nums = [s.num for s in SMES]
    if len(set(nums)) != len(nums):
        errors.append(f"duplicate ids: {sorted(n for n, k in Counter(nums).items() if k > 1)}")
    if sorted(nums) != list(range(1, len(nums) + 1)):
        errors.append("ids are not consecutive from 1")
    offered: dict[str, set[int]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.num)
    for s in SMES:
        where = s.id
        if not re.fullmatch(rf"{PREFIX}-\d{{3}}", s.id):
            errors.append(f"{where}: malformed id")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub not in {x.value for x in SubCluster}:
            errors.append(f"{where}: sub_cluster {s.sub!r}")
        if s.stage not in {x.value for x in Stage}:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for c in s.certs:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        for b in s.bcg:
            if b not in {x.value for x in BcgTag}:
                errors.append(f"{where}: bcg {b!r}")
        if len(set(s.bcg)) != len(s.bcg) or len(set(s.certs)) != len(s.certs):
            errors.append(f"{where}: repeated bcg or certification")
        if not EMAIL.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        check_script(s.name, s.lang, f"{where} name", errors)
        if not (len(s.offers) <= 3 and len(s.needs) <= 3 and (s.offers or s.needs)):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        texts = [t for t, _ in s.offers] + [n.text for n in s.needs]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: repeated phrase")
        for text, label in s.offers:
            check_script(text, s.lang, f"{where} offer", errors)
            if label not in LABELS:
                errors.append(f"{where}: unknown offer label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= supplier_certs(s):
                errors.append(f"{where}: offer {text!r} claims {sorted(claimed)} the profile does not hold")
        for n in s.needs:
            check_need(s, n, offered, errors)
    for label in LABELS:
        if label not in offered:
            errors.append(f"label {label!r} is offered by no one; drop it")


def check_need(s: Sme, n: Need, offered: dict[str, set[int]], errors: list[str]) -> None:
    where = f"{s.id} need {n.text!r}"
    check_script(n.text, s.lang, where, errors)
    for label in n.labels:
        if label not in LABELS:
            errors.append(f"{where}: unknown label {label!r}")
        elif not offered.get(label, set()) - {s.num}:
            errors.append(f"{where}: label {label!r} is offered by no one but the buyer")
    for c in (*n.require, *n.waive):
        if resolve_certification(c) != c:
            errors.append(f"{where}: certification {c!r} is not a canonical name")
    asked = find_certifications(n.text)
    if asked != set(n.require):
        errors.append(f"{where}: text asks for {sorted(asked)}, data requires {sorted(n.require)}")
    for c in n.waive:
        if not mentions(n.text, c) or c in asked:
            errors.append(f"{where}: waived {c!r} must be named and negated in the text")
    found = suppliers_of(n, s)
    if n.unmet:
        if found:
            errors.append(f"{where}: marked unmet but met by {[x.id for x in found]}")
    elif not n.labels:
        errors.append(f"{where}: met need without labels")
    elif not found:
        errors.append(f"{where}: no qualified supplier")
    for supplier in found:
        for text, label in supplier.offers:
            if label in n.labels and nfkc(text).casefold() == nfkc(n.text).casefold():
                errors.append(f"{where}: worded exactly like an offer of {supplier.id}")


# ------------------------------------------------------------------ outputs


def compute_links() -> list[tuple[str, str]]:
    links = {(sup.id, buyer.id) for buyer in SMES for n in buyer.needs if not n.unmet for sup in suppliers_of(n, buyer)}
    return sorted(links)


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [t for t, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    return json.dumps(record, ensure_ascii=False, separators=(", ", ": "))


def counts_rows(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in SMES}
    rows: list[tuple[str, str]] = []
    n_th = sum(s.lang == "th" for s in SMES)
    rows.append(("profiles", str(len(SMES))))
    rows.append(("Thai / English profiles", f"{n_th} / {len(SMES) - n_th}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub == sub.value for s in SMES))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage == stage.value for s in SMES))))
    regions = Counter(resolve_province(s.province).region.value for s in SMES)  # type: ignore[union-attr]
    for region in sorted(regions):
        rows.append((f"region {region}", str(regions[region])))
    provinces = {resolve_province(s.province).name_en for s in SMES}  # type: ignore[union-attr]
    rows.append(("distinct provinces", str(len(provinces))))
    offers = [label for s in SMES for _, label in s.offers]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len(set(offers)))))
    needs = [(s, n) for s in SMES for n in s.needs]
    n_unmet = sum(bool(n.unmet) for _, n in needs)
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(needs) - n_unmet} / {n_unmet}"))
    rows.append(("needs requiring a certification", str(sum(bool(n.require) for _, n in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(n.waive) for _, n in needs))))
    rows.append(("true links", str(len(links))))
    th_en = sum(by_id[a].lang == "th" and by_id[b].lang == "en" for a, b in links)
    en_th = sum(by_id[a].lang == "en" and by_id[b].lang == "th" for a, b in links)
    cross = th_en + en_th
    share = cross / len(links) if links else 0.0
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({share:.0%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(("links between different sub-clusters", str(sum(by_id[a].sub != by_id[b].sub for a, b in links))))
    return rows


def counts_table(links: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in counts_rows(links)]
    return "\n".join(lines) + "\n"


def check_targets(links: list[tuple[str, str]], errors: list[str]) -> None:
    by_id = {s.id: s for s in SMES}
    if len(SMES) != N_PROFILES:
        errors.append(f"target: {len(SMES)} profiles, want {N_PROFILES}")
    share_th = sum(s.lang == "th" for s in SMES) / max(1, len(SMES))
    if not TARGET_THAI_SHARE[0] <= share_th <= TARGET_THAI_SHARE[1]:
        errors.append(f"target: Thai share {share_th:.2f}, want {TARGET_THAI_SHARE}")
    if not TARGET_LINKS[0] <= len(links) <= TARGET_LINKS[1]:
        errors.append(f"target: {len(links)} links, want {TARGET_LINKS}")
    cross = sum(by_id[a].lang != by_id[b].lang for a, b in links) / max(1, len(links))
    if not TARGET_CROSS_SHARE[0] <= cross <= TARGET_CROSS_SHARE[1]:
        errors.append(f"target: cross-language share {cross:.2f}, want {TARGET_CROSS_SHARE}")
    n_unmet = sum(bool(n.unmet) for s in SMES for n in s.needs)
    if not TARGET_UNMET[0] <= n_unmet <= TARGET_UNMET[1]:
        errors.append(f"target: {n_unmet} unmet needs, want {TARGET_UNMET}")
    met = [len(suppliers_of(n, s)) for s in SMES for n in s.needs if not n.unmet]
    few = sum(1 <= k <= 3 for k in met)
    if met and few < 0.6 * len(met):
        errors.append(f"target: only {few} of {len(met)} met needs have 1-3 suppliers")
    if met and max(met) <= 3:
        errors.append("target: no need is met by more than 3 suppliers")


README = """\
# blind_plain_events: weddings, events and costume

A hand-labelled evaluation set for the partner matcher. It checks how well the matcher finds the true
supplier-buyer pairs among {n} SMEs whose offers and needs are written as plain registry entries, in
wording the matcher has never seen, about {th_share} of them in Thai and the rest in English.

Theme: Thai traditional dress (chut thai) makers and rental shops, wedding gowns and suits, bridal silk,
costume makers for theatre, dance, parades and school shows, event linen and chair-cover hire, table
runners, backdrops and draped fabric decor, fabric flowers and garlands, ribbon and tulle; embroiderers,
beaders, pleaters, dyers, silk and brocade weavers, seamstresses and alterations; hotels, wedding planners,
event organisers, schools, theatres and photo studios as buyers; and the upstream and midstream suppliers
(silk, cotton and polyester yarn and cloth, lace, sequins, trims) behind them.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile JSONL version 1 and the links CSV),
`shared/taxonomy.py` with its data files, and the project's ruff settings; not the matcher, its glossary,
its tests or any other evaluation set. Every phrase is one short registry entry (1-3 offers and 1-3 needs
per SME, some SMEs with none of one kind). The same kind of goods is written in many ways: local and
regional names, trade words, abbreviations, with and without quantities, prices, sizes and places. A need
is usually worded differently from the offers that meet it, and often in the other language.

Hard cases on purpose: a service versus the goods it works on (commission dyeing versus dyed cloth,
sewing from the customer's fabric versus finished garments, pleating versus pleated fabric); the
customer's own goods sent for work (gown cleaning, keepsakes remade from the bride's own dress); used
and waste goods versus new; raw versus processed (cocoons, reeled silk, dyed silk yarn, silk cloth,
garments; seed cotton versus ginned lint); finished goods described by their material or technique
(an indigo shirt is a shirt, a handwoven cotton runner is a runner); needs written as a wish, a bare noun
phrase or a question; refusals ("no chemical dyes"); needs that require a named certification and needs
that name one only to waive it; and needs that no one in the set meets.

## How a link is decided

Every offer carries a label saying what the thing is (for example `indigo_dyed_cotton_fabric` versus
`natural_dyeing_service`). Every need lists the labels that would meet it and the certifications its text
requires, or is marked as met by no one with a note. A pair (supplier, buyer) is a true link when some
offer of the supplier carries a label listed by one of the buyer's needs and the supplier's
certifications hold every certification that need requires. An SME is never linked to itself. Shared
words play no part; quantities, prices and places never decide a link. A certification a need names only
to waive it is not required. The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks ids, every contract field (provinces resolve with `resolve_province`,
certifications with `resolve_certification`, sub-cluster, stage and BCG values from the taxonomy), that
every label a need lists is offered by someone other than the buyer, that every met need has a qualified
supplier and every unmet one has none, that a required or waived certification is named in the need's
text (and that the text asks for exactly the required ones), that Thai phrases are mostly Thai letters
and English ones Latin only, and the size targets. It writes nothing if any check fails, and two runs
give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_events/write.py

## Files

- `write.py`: all the data, the checks and the writer.
- `profiles.jsonl`: {n} SME profiles in the contract's JSONL version 1, ids `{first}` to `{last}`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def build() -> dict[str, bytes]:
    links = compute_links()
    profiles = "".join(profile_json(s) + "\n" for s in sorted(SMES, key=lambda s: s.num))
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    n_th = sum(s.lang == "th" for s in SMES)
    readme = README.format(
        n=len(SMES),
        th_share=f"{n_th / max(1, len(SMES)):.0%}",
        first=f"{PREFIX}-001",
        last=f"{PREFIX}-{len(SMES):03d}",
        table=counts_table(links),
    )
    return {
        "profiles.jsonl": profiles.encode("utf-8"),
        "links.csv": buf.getvalue().encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }


def report_needs() -> None:
    """With --needs: every need with its qualified suppliers, for the writer's own review."""
    for s in SMES:
        for n in s.needs:
            found = [x.id for x in suppliers_of(n, s)]
            mark = "UNMET" if n.unmet else str(len(found))
            print(f"{s.id} [{mark}] {n.text} -> {','.join(found)}")


def main() -> int:
    errors: list[str] = []
    check_profiles(errors)
    links = compute_links()
    check_targets(links, errors)
    print(counts_table(links))
    if "--needs" in sys.argv:
        report_needs()
    if errors:
        print(f"{len(errors)} problem(s); nothing written:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    first, second = build(), build()
    if first != second:
        print("two builds differ; nothing written", file=sys.stderr)
        return 1
    for name, data in first.items():
        (HERE / name).write_bytes(data)
    print(f"wrote {', '.join(first)} to {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
