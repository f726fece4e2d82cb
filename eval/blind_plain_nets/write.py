"""Write the hand-labelled evaluation set `eval/blind_plain_nets/`.

Theme: mosquito nets, insect screens and netting, with the ordinary fibre, yarn, cloth, dyeing and
sewing suppliers of the cluster around them. Every profile below was written by hand. Each offer
carries a label that says what the thing is; each need lists the labels that would meet it and the
certifications its text requires (or is marked as met by no one). The true links follow from those
labels alone; the labels never leave this file.

Run from the repository root:  .venv/bin/python eval/blind_plain_nets/write.py
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
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

ID_PREFIX = "bmn"
N_PROFILES = 95

HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL
ALI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM
BIO = BcgTag.BIO
CIRCULAR = BcgTag.CIRCULAR
GREEN = BcgTag.GREEN


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str | None = None


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    mailbox: str
    offers: list[Offer] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    certifications: list[str] = field(default_factory=list)
    bcg: list[BcgTag] = field(default_factory=list)


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every `req`."""
    return Need(text, labels, req, waive)


def u(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req` say why, when goods exist but fail."""
    return Need(text, labels, req, (), note)


# What each label means. A label names the thing itself: a service is not the goods it works on,
# waste is not new goods, fibre is not yarn, yarn is not cloth, cloth is not a product.
LABELS: dict[str, str] = {
    # fibre, yarn, raw material
    "raw_cotton_fibre": "seed cotton or ginned cotton lint, not yet spun",
    "handspun_cotton_yarn": "hand-spun cotton yarn",
    "cotton_yarn": "machine-spun cotton yarn",
    "raw_hemp_fibre": "hemp bast fibre, stripped or decorticated, not yet spun",
    "hemp_yarn": "hemp yarn, hand- or machine-spun",
    "kapok_fibre": "kapok fibre for filling",
    "polyester_multifilament_yarn": "virgin polyester filament yarn (the yarn bed-net fabric is knitted from)",
    "nylon_multifilament_yarn": "virgin nylon filament yarn",
    "hdpe_monofilament_yarn": "HDPE/PE monofilament yarn for agricultural netting",
    "recycled_polyester_yarn": "polyester filament yarn spun from recycled PET",
    "recycled_polyester_fibre": "recycled polyester staple fibre for filling",
    "recycled_cotton_fibre": "cotton fibre recovered from textile waste",
    "recycled_nylon_pellets": "nylon pellets recycled from old nets",
    "pet_bottle_flakes": "washed flakes of PET bottles",
    "baled_pet_bottles": "whole PET bottles pressed into bales",
    "used_pet_bottles": "loose used PET bottles, sorted",
    "cotton_offcuts": "post-industrial cotton cutting waste from garment or textile factories",
    "polyester_offcuts": "post-industrial polyester cutting waste",
    "used_clothing": "post-consumer used clothes and household textiles",
    "used_nets_for_recycling": "used bed nets collected for recycling",
    "fishing_net_waste": "old fishing nets and ghost nets",
    "bamboo_culms": "raw bamboo poles",
    "bamboo_strips": "split bamboo strips for weaving",
    "fresh_indigo_plant": "fresh indigo plants (leaves and stems)",
    "indigo_paste": "natural indigo paste (kram or hom), fermented",
    "synthetic_indigo_dye": "synthetic indigo dyestuff",
    "disperse_dye": "disperse dyestuff for polyester",
    "pe_rope": "braided or twisted PE rope",
    # cloth, components, services
    "polyester_net_fabric": "knitted polyester mosquito-net fabric by the roll or metre",
    "recycled_polyester_net_fabric": "mosquito-net fabric knitted from recycled polyester",
    "nylon_tulle_fabric": "nylon tulle",
    "polyester_tulle_fabric": "polyester tulle or voile net",
    "lace_trim": "warp-knitted lace trim",
    "handwoven_cotton_fabric": "handwoven cotton cloth, undyed or not indigo",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with indigo, by the metre",
    "cotton_calico_fabric": "unbleached plain cotton cloth (calico, sheeting)",
    "hemp_fabric": "hemp cloth",
    "hemp_cotton_blend_fabric": "hemp/cotton blend cloth",
    "spunbond_nonwoven": "spunbond nonwoven fabric by the roll",
    "fibreglass_screen_mesh": "fibreglass insect-screen mesh by the roll",
    "aluminium_screen_mesh": "aluminium insect-screen mesh by the roll",
    "insect_net_roll": "agricultural insect-proof net by the roll (greenhouse)",
    "shade_net_roll": "shade net (saran) by the roll",
    "bird_net": "bird net for orchards",
    "net_binding_tape": "binding tape for net edges",
    "zipper": "zips",
    "hook_and_loop_tape": "hook-and-loop tape",
    "bamboo_net_frame": "bamboo frames and hoops for nets and food covers",
    "net_knitting_service": "knitting net fabric on the customer's yarn",
    "synthetic_dyeing_service": "dyeing the customer's polyester or nylon cloth and nets",
    "indigo_dyeing_service": "indigo dyeing of the customer's cloth, yarn or garments",
    "insecticide_treatment_service": "treating the customer's nets or cloth with insecticide",
    "sewing_service": "sewing anything on the customer's material (general CMT)",
    "net_sewing_service": "sewing nets, canopies and covers on the customer's material",
    "net_washing_service": "washing and mending the customer's nets",
    # products
    "bed_net_rectangular": "rectangular bed net, synthetic",
    "bed_net_conical": "conical or canopy bed net hung from one point",
    "popup_folding_net": "pop-up or folding net tent over a bed or mat",
    "cotton_bed_net": "bed net made of cotton cloth",
    "insecticide_treated_net": "insecticide-treated bed net (LLIN)",
    "baby_net": "net cover for a baby cot or infant",
    "hammock_with_net": "hammock with a built-in mosquito net",
    "net_tent": "free-standing mosquito net tent for camping",
    "head_net": "head net against insects",
    "window_screen_installation_service": "measuring and fitting window and door insect screens",
    "pleated_screen_door": "pleated (plisse) insect-screen door",
    "magnetic_screen_curtain": "magnetic mesh door curtain",
    "fruit_protection_bag": "bag or net bag put over fruit on the tree",
    "foam_net_sleeve": "foam net sleeve for packing harvested fruit",
    "food_cover_mesh": "mesh food cover",
    "bamboo_food_cover": "woven bamboo food cover",
    "laundry_mesh_bag": "mesh laundry bag",
    "handwoven_cotton_bag": "bag made of handwoven cotton",
    "hemp_bag": "bag made of hemp cloth",
    "upcycled_net_bag": "bag sewn from used nets",
    "kapok_pillow": "pillow filled with kapok",
    "elderly_garments": "ready-made clothes for older people",
    "wheelchair_net_cover": "insect net cover for a wheelchair or care bed",
}

# ------------------------------------------------------------------ profiles, part 1: fibre, yarn, waste

PART_1: list[Sme] = [
    Sme(
        "bmn-001",
        "th",
        "วิสาหกิจชุมชนฝ้ายพื้นเมืองนาด้วง",
        HEMP,
        UP,
        "Loei",
        "naduang.cotton",
        offers=[
            o("ปุยฝ้ายพื้นเมือง คัดเมล็ดออกแล้ว กก.ละ 120 บาท", "raw_cotton_fibre"),
            o("ฝ้ายเข็นมือ สีขาวตุ่น ขายเป็นไจ", "handspun_cotton_yarn"),
        ],
        needs=[u("เมล็ดพันธุ์ฝ้ายตุ่น ฝ้ายแดง สำหรับปลูกรอบหน้า", "cotton seed for sowing; no one sells seed")],
        certifications=["Organic Thailand"],
        bcg=[BIO],
    ),
    Sme(
        "bmn-002",
        "en",
        "Nan Highland Cotton Growers",
        HEMP,
        UP,
        "Nan",
        "nanhighland",
        offers=[o("hand-ginned organic cotton, sun-dried, 2024 crop", "raw_cotton_fibre")],
        certifications=["Organic Thailand"],
        bcg=[BIO, GREEN],
    ),
    Sme(
        "bmn-003",
        "th",
        "กลุ่มกัญชงบ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        "maesamai.hemp",
        offers=[
            o("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 5 กิโล", "raw_hemp_fibre"),
            o("ด้ายกัญชงต่อมือแบบม้ง ม้วนละ 100 กรัม", "hemp_yarn"),
        ],
        needs=[u("หม้อต้มเส้นใยสแตนเลส ขนาด 200 ลิตร", "a boiling vat is equipment; no one offers it")],
        bcg=[BIO],
    ),
    Sme(
        "bmn-004",
        "en",
        "Tak Hemp Spinning Co.",
        HEMP,
        UP,
        "Tak",
        "takhemp",
        offers=[o("wet-spun hemp yarn Nm 8, natural grey", "hemp_yarn")],
        needs=[n("decorticated or hand-stripped hemp bast, min. 500 kg a month", "raw_hemp_fibre")],
        bcg=[BIO],
    ),
    Sme(
        "bmn-005",
        "th",
        "กลุ่มผู้ปลูกครามบ้านดอนกอย",
        HEMP,
        UP,
        "Sakon Nakhon",
        "donkoi.indigo",
        offers=[
            o("เนื้อครามเปียก หมักเอง ถังละ 20 กก.", "indigo_paste"),
            o("ต้นครามสด ตัดส่งตามออเดอร์", "fresh_indigo_plant"),
        ],
        needs=[u("ปูนขาวสำหรับก่อหม้อคราม", "lime for the indigo vat; no one sells it")],
        certifications=["OTOP"],
        bcg=[BIO],
    ),
    Sme(
        "bmn-006",
        "en",
        "Phrae Hom Dye Supply",
        HEMP,
        UP,
        "Phrae",
        "phraehom",
        offers=[o("fermented hom paste (Strobilanthes cusia), 5 kg tubs", "indigo_paste")],
        bcg=[BIO],
    ),
    Sme(
        "bmn-007",
        "th",
        "หจก. มหาชัยรีไซเคิล",
        CIRC,
        UP,
        "Samut Sakhon",
        "mahachai.recycle",
        offers=[
            o("เกล็ดขวดเพ็ทใส ล้างร้อนแล้ว", "pet_bottle_flakes"),
            o("ขวดเพ็ทอัดก้อน ก้อนละ 300 กก.", "baled_pet_bottles"),
        ],
        needs=[n("ขวดน้ำดื่มพลาสติกใสใช้แล้ว รับซื้อทุกจำนวน", "used_pet_bottles")],
        bcg=[CIRCULAR],
    ),
    Sme(
        "bmn-008",
        "en",
        "EastLoop rPET Yarns",
        CIRC,
        UP,
        "Rayong",
        "eastloop",
        offers=[
            o("GRS recycled polyester filament 75D/36F", "recycled_polyester_yarn"),
            o("hollow conjugated recycled fibre 7D for filling", "recycled_polyester_fibre"),
        ],
        needs=[n("clear bottle flake, hot-washed, low PVC", "pet_bottle_flakes")],
        certifications=["GRS", "ISO 9001"],
        bcg=[CIRCULAR],
    ),
    Sme(
        "bmn-009",
        "th",
        "บจก. ไฟเบอร์รีไซเคิลนครปฐม",
        CIRC,
        UP,
        "Nakhon Pathom",
        "np.fibre",
        offers=[
            o("ใยสังเคราะห์รีไซเคิล ยัดหมอน ยัดตุ๊กตา", "recycled_polyester_fibre"),
            o("เส้นด้ายรีไซเคิลจากขวดพลาสติก 150D", "recycled_polyester_yarn"),
        ],
        needs=[
            n("ขวด PET บดเป็นเกล็ด", "pet_bottle_flakes"),
            n("เศษผ้าโพลีล้วนจากโรงงาน ขนาดเล็กได้", "polyester_offcuts"),
        ],
        bcg=[CIRCULAR],
    ),
    Sme(
        "bmn-010",
        "en",
        "Siam Filament Industries",
        SPORT,
        UP,
        "Chonburi",
        "siamfilament",
        offers=[
            o("polyester multifilament 75D/36F, semi-dull, raw white", "polyester_multifilament_yarn"),
            o("nylon 6 FDY 40D/34F", "nylon_multifilament_yarn"),
        ],
        needs=[u("PTA and MEG in bulk", "petrochemical feedstock; outside the cluster")],
        certifications=["ISO 9001", "OEKO-TEX Standard 100"],
    ),
    Sme(
        "bmn-011",
        "th",
        "บจก. ด้ายไนลอนปากน้ำ",
        SPORT,
        UP,
        "Samut Prakan",
        "paknam.nylon",
        offers=[
            o("ด้ายไนล่อน 66 ใยยาว 70 ดีเนียร์", "nylon_multifilament_yarn"),
            o("ด้ายโพลีฯ 100D ย้อมแล้ว สีขาว เขียว ฟ้า", "polyester_multifilament_yarn"),
        ],
    ),
    Sme(
        "bmn-012",
        "en",
        "AgroMono Thailand",
        SPORT,
        UP,
        "Pathum Thani",
        "agromono",
        offers=[o("HDPE monofilament 0.25 mm, UV stabilised", "hdpe_monofilament_yarn")],
        needs=[u("UV masterbatch for HDPE extrusion", "plastics additive; no one in the set makes it")],
    ),
    Sme(
        "bmn-013",
        "th",
        "โรงงานเอ็นพีอีราชบุรี",
        SPORT,
        UP,
        "Ratchaburi",
        "ratchaburi.pe",
        offers=[
            o("เส้นเอ็น PE กันยูวี 0.22-0.30 มม. ม้วนละ 5 กก.", "hdpe_monofilament_yarn"),
            o("เชือกพีอีถักเกลียว", "pe_rope"),
        ],
    ),
    Sme(
        "bmn-014",
        "en",
        "Songkhla Ghost Net Recovery",
        CIRC,
        UP,
        "Songkhla",
        "ghostnet",
        offers=[o("retrieved nylon fishing nets, washed and baled, THB 8/kg", "fishing_net_waste")],
        bcg=[CIRCULAR],
    ),
    Sme(
        "bmn-015",
        "th",
        "ศูนย์คัดแยกขยะสิ่งทออุบลฯ",
        CIRC,
        UP,
        "Ubon Ratchathani",
        "ubon.sorting",
        offers=[
            o("มุ้งเก่าจากโครงการเปลี่ยนมุ้ง คัดสีแล้ว", "used_nets_for_recycling"),
            o("เศษผ้ายืดคอตตอนจากโรงงานตัดเย็บ คละสี กก.ละ 3 บาท", "cotton_offcuts"),
        ],
        bcg=[CIRCULAR],
    ),
    Sme(
        "bmn-016",
        "en",
        "Krung Thep Textile Waste Co.",
        CIRC,
        UP,
        "Bangkok",
        "ktwaste",
        offers=[
            o("post-industrial polyester cutting waste, sorted by colour", "polyester_offcuts"),
            o("discarded hotel bed nets, bulk bags", "used_nets_for_recycling"),
        ],
        bcg=[CIRCULAR],
    ),
    Sme(
        "bmn-017",
        "th",
        "กลุ่มไม้ไผ่บ้านนาดี",
        HEMP,
        UP,
        "Prachinburi",
        "nadee.bamboo",
        offers=[o("ไม้รวกลำ ยาว 2 เมตร ตากแห้งแล้ว", "bamboo_culms")],
        bcg=[BIO],
    ),
    Sme(
        "bmn-018",
        "en",
        "River Kwai Bamboo",
        HEMP,
        UP,
        "Kanchanaburi",
        "riverkwaibamboo",
        offers=[
            o("borax-treated bamboo poles, 3-4 m", "bamboo_culms"),
            o("split bamboo strips, 1 cm", "bamboo_strips"),
        ],
        certifications=["FSC"],
        bcg=[BIO],
    ),
    Sme(
        "bmn-019",
        "en",
        "Isan Kapok Co.",
        ALI,
        UP,
        "Kalasin",
        "isankapok",
        offers=[o("kapok floss, seeds removed, 10 kg bales", "kapok_fibre")],
        bcg=[BIO],
    ),
    Sme(
        "bmn-020",
        "en",
        "Korat Cotton Spinning",
        HEMP,
        UP,
        "Nakhon Ratchasima",
        "koratspin",
        offers=[
            o("combed cotton Ne 20/2 on cones, 1 ton minimum", "cotton_yarn"),
            o("GOTS organic cotton yarn Ne 30/1", "cotton_yarn"),
        ],
        needs=[n("ginned cotton lint, Organic Thailand not required", "raw_cotton_fibre", waive=("Organic Thailand",))],
        certifications=["GOTS", "ISO 9001"],
    ),
    Sme(
        "bmn-021",
        "th",
        "กลุ่มเข็นฝ้ายจอมทอง",
        HEMP,
        UP,
        "Chiang Mai",
        "chomthong.spin",
        offers=[o("ฝ้ายเข็นมือ เส้นใหญ่ ย้อมสีธรรมชาติ", "handspun_cotton_yarn")],
        needs=[n("ฝ้ายจากไร่ ยังไม่ได้ปั่น", "raw_cotton_fibre")],
        bcg=[BIO],
    ),
]

# ------------------------------------------------------------------ profiles, part 2: cloth, components, services

PART_2: list[Sme] = [
    Sme(
        "bmn-022",
        "th",
        "บจก. สยามตาข่ายถัก",
        SPORT,
        MID,
        "Samut Sakhon",
        "siam.meshknit",
        offers=[
            o("ผ้ามุ้งโพลีเอสเตอร์ ถักราเชล 156 รู ม้วนละ 100 หลา", "polyester_net_fabric"),
            o("รับถักผ้าตาข่ายตามสเปก ใช้เส้นด้ายของลูกค้า", "net_knitting_service"),
        ],
        needs=[n("เส้นโพลีเวอร์จิ้น 75D สำหรับเครื่องราเชล", "polyester_multifilament_yarn")],
        certifications=["ISO 9001"],
    ),
    Sme(
        "bmn-023",
        "en",
        "Nonthaburi Mesh Knitting",
        SPORT,
        MID,
        "Nonthaburi",
        "nbmesh",
        offers=[
            o("polyester tulle, 300 cm wide, warp knit", "polyester_tulle_fabric"),
            o("warp-knitted lace, 10 cm, for trims", "lace_trim"),
        ],
        needs=[
            n(
                "poly FDY 75D or 100D, dope-dyed ok, virgin or recycled",
                "polyester_multifilament_yarn",
                "recycled_polyester_yarn",
            )
        ],
        certifications=["OEKO-TEX Standard 100"],
    ),
    Sme(
        "bmn-024",
        "th",
        "โรงงานผ้าโปร่งรังสิต",
        SPORT,
        MID,
        "Pathum Thani",
        "rangsit.tulle",
        offers=[
            o("ผ้าทูลไนล่อน เนื้อนิ่ม หน้ากว้าง 150 ซม.", "nylon_tulle_fabric"),
            o("ผ้าทูลโพลี สีขาวครีม ทำกระโปรงฟู", "polyester_tulle_fabric"),
        ],
        needs=[n("เส้นใยไนลอน 20 ดีเนียร์ สำหรับถักทูล", "nylon_multifilament_yarn")],
    ),
    Sme(
        "bmn-025",
        "en",
        "GreenKnit Recycled Mesh",
        CIRC,
        MID,
        "Rayong",
        "greenknit",
        offers=[o("bed-net mesh knitted from rPET, GRS certified", "recycled_polyester_net_fabric")],
        needs=[n("recycled PET filament, GRS certified, 75-100D", "recycled_polyester_yarn", req=("GRS",))],
        certifications=["GRS"],
        bcg=[CIRCULAR],
    ),
    Sme(
        "bmn-026",
        "en",
        "AgriNet Thailand",
        SPORT,
        MID,
        "Chachoengsao",
        "agrinet",
        offers=[
            o("50-mesh insect-proof net, 2 m x 100 m rolls", "insect_net_roll"),
            o("black shade cloth 60%", "shade_net_roll"),
        ],
        needs=[n("PE mono 0.23 mm for our looms", "hdpe_monofilament_yarn")],
    ),
    Sme(
        "bmn-027",
        "th",
        "หจก. ตาข่ายเกษตรนครชัยศรี",
        SPORT,
        MID,
        "Nakhon Pathom",
        "nakhonchaisri.net",
        offers=[
            o("มุ้งไนล่อนกันแมลง 32 ตา สีฟ้า สำหรับโรงเรือน", "insect_net_roll"),
            o("สแลนกรองแสง 80% ม้วนละ 100 เมตร", "shade_net_roll"),
            o("ตาข่ายกันนก ตา 2 ซม.", "bird_net"),
        ],
        needs=[n("เอ็นพลาสติกทนแดด สำหรับทอมุ้งเขียว", "hdpe_monofilament_yarn")],
    ),
    Sme(
        "bmn-028",
        "en",
        "Lanna Agri Mesh",
        SPORT,
        MID,
        "Chiang Mai",
        "lannaagrimesh",
        offers=[
            o("40-mesh anti-insect screen, white, greenhouse grade", "insect_net_roll"),
            o("bird netting for lychee and longan trees", "bird_net"),
        ],
        needs=[n("raschel capacity to knit our own yarn", "net_knitting_service")],
    ),
    Sme(
        "bmn-029",
        "th",
        "บจก. มุ้งลวดไทยไฟเบอร์",
        SPORT,
        MID,
        "Samut Prakan",
        "thaifibre.screen",
        offers=[
            o("มุ้งลวดไฟเบอร์กลาส สีเทา ม้วนละ 30 เมตร", "fibreglass_screen_mesh"),
            o("มุ้งลวดอะลูมิเนียม 18x16 ตา", "aluminium_screen_mesh"),
        ],
        certifications=["Thai Industrial Standard"],
    ),
    Sme(
        "bmn-030",
        "en",
        "FlyGuard Screens Supply",
        SPORT,
        MID,
        "Bangkok",
        "flyguard",
        offers=[
            o("fiberglass insect screen 18x16, charcoal, 1.2 x 30 m, MOQ 10 rolls", "fibreglass_screen_mesh"),
            o("sew-on hook-and-loop tape, 2 cm", "hook_and_loop_tape"),
        ],
    ),
    Sme(
        "bmn-031",
        "th",
        "กลุ่มทอผ้าย้อมครามบ้านพันนา",
        ALI,
        MID,
        "Sakon Nakhon",
        "panna.indigo",
        offers=[
            o("ผ้าฝ้ายย้อมคราม ทอมือ ลายมัดหมี่", "indigo_dyed_cotton_fabric"),
            o("รับย้อมครามผ้าและเส้นฝ้ายของลูกค้า", "indigo_dyeing_service"),
            o("กระเป๋าผ้าครามทอมือ ใบละ 350", "handwoven_cotton_bag"),
        ],
        needs=[
            n("ครามเปียกคุณภาพดี สีไม่ตก", "indigo_paste"),
            n("เส้นฝ้ายปั่นมือ สำหรับทอ", "handspun_cotton_yarn"),
        ],
        certifications=["OTOP"],
        bcg=[BIO],
    ),
    Sme(
        "bmn-032",
        "en",
        "Udon Indigo Studio",
        ALI,
        MID,
        "Udon Thani",
        "udonindigo",
        offers=[o("indigo vat dyeing of your garments and yardage, from 10 pcs", "indigo_dyeing_service")],
        needs=[n("natural indigo paste only, no synthetic indigo", "indigo_paste")],
        bcg=[BIO],
    ),
    Sme(
        "bmn-033",
        "th",
        "โรงย้อมผ้ากรุงเก่า",
        ALC,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "krungkao.dye",
        offers=[o("รับย้อมผ้าโพลีเอสเตอร์ ไนลอน ผ้ามุ้ง ผ้าตาข่าย สีดิสเพิร์ส", "synthetic_dyeing_service")],
        needs=[n("สีย้อมโพลีเอสเตอร์ ชนิดกระจายตัว", "disperse_dye")],
    ),
    Sme(
        "bmn-034",
        "en",
        "Mahachai Dye & Finish",
        SPORT,
        MID,
        "Samut Sakhon",
        "mahachaidye",
        offers=[o("commission dyeing of polyester and nylon mesh, tulle, lace", "synthetic_dyeing_service")],
        needs=[u("permethrin emulsion for anti-mosquito finishing", "insecticide chemical; no one sells it")],
        certifications=["bluesign"],
    ),
    Sme(
        "bmn-035",
        "th",
        "บจก. ไทยชุบมุ้ง",
        SPORT,
        MID,
        "Nonthaburi",
        "thai.netdip",
        offers=[o("รับชุบสารเพอร์เมทรินให้มุ้งและผ้าของลูกค้า", "insecticide_treatment_service")],
        certifications=["ISO 9001"],
    ),
    Sme(
        "bmn-036",
        "th",
        "ร้านรับเย็บมุ้งบางพลัด",
        ALC,
        MID,
        "Bangkok",
        "bangphlat.sew",
        offers=[o("รับเย็บมุ้งตามขนาด ผ้าของลูกค้า ค่าแรงหลังละ 45 บาท", "net_sewing_service")],
        needs=[n("ผ้ากุ๊นขอบมุ้ง สีขาว ม้วนใหญ่", "net_binding_tape")],
    ),
    Sme(
        "bmn-037",
        "en",
        "CMT Sewing House",
        ALC,
        MID,
        "Nakhon Pathom",
        "cmtsewing",
        offers=[o("cut-make-trim on your fabric: net canopies, covers, tents", "net_sewing_service")],
        needs=[n("#5 nylon coil zips, open-end", "zipper")],
    ),
    Sme(
        "bmn-038",
        "th",
        "กลุ่มแม่บ้านรับจ้างเย็บผ้าโนนทัน",
        ALI,
        MID,
        "Khon Kaen",
        "nonthan.sew",
        offers=[o("รับจ้างเย็บทุกอย่าง มุ้ง ผ้าม่าน ถุงผ้า", "sewing_service")],
    ),
    Sme(
        "bmn-039",
        "th",
        "ธนาคารขยะชุมชนบางบัวทอง",
        CIRC,
        UP,
        "Nonthaburi",
        "bangbuathong.wastebank",
        offers=[
            o("ขวดพลาสติกใส PET คัดแยกแล้ว", "used_pet_bottles"),
            o("เสื้อผ้าเก่า ผ้าใช้แล้วจากครัวเรือน", "used_clothing"),
        ],
        bcg=[CIRCULAR],
    ),
    Sme(
        "bmn-040",
        "en",
        "Mae Rim Handloom",
        HEMP,
        MID,
        "Chiang Mai",
        "maerimhandloom",
        offers=[
            o("handwoven cotton, natural undyed, 90 cm", "handwoven_cotton_fabric"),
            o("tote bags in handwoven cotton dyed with indigo", "handwoven_cotton_bag"),
        ],
        needs=[
            n("hand-spun cotton for the loom", "handspun_cotton_yarn"),
            n("small-batch indigo vat work on our cloth", "indigo_dyeing_service"),
        ],
        certifications=["OTOP"],
    ),
    Sme(
        "bmn-041",
        "th",
        "กลุ่มทอผ้ากัญชงม้งบ้านห้วยขม",
        HEMP,
        MID,
        "Chiang Rai",
        "huaykhom.hemp",
        offers=[o("ผ้าใยกัญชงทอมือ เขียนเทียน", "hemp_fabric")],
        needs=[n("ด้ายใยกัญชงเส้นเล็ก", "hemp_yarn")],
        bcg=[BIO],
    ),
    Sme(
        "bmn-042",
        "en",
        "Hemp Textile Lab",
        HEMP,
        MID,
        "Bangkok",
        "hemptextilelab",
        offers=[o("hemp/cotton 55/45 blend fabric, 150 gsm", "hemp_cotton_blend_fabric")],
        needs=[n("hemp yarn for weaving trials", "hemp_yarn")],
        bcg=[BIO],
    ),
    Sme(
        "bmn-043",
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านหวายหลึม",
        ALI,
        MID,
        "Roi Et",
        "waylum.cotton",
        offers=[
            o("ผ้าฝ้ายทอมือ สีธรรมชาติ หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
            o("ผ้าดิบฝ้าย 100% สำหรับเย็บมุ้งโบราณ", "cotton_calico_fabric"),
        ],
        needs=[n("ด้ายฝ้ายโรงงาน เบอร์ 20 ม้วนกรวย", "cotton_yarn")],
    ),
    Sme(
        "bmn-044",
        "en",
        "Mekong Indigo Weavers",
        ALI,
        MID,
        "Nakhon Phanom",
        "mekongindigo",
        offers=[o("indigo-dyed handwoven cotton yardage", "indigo_dyed_cotton_fabric")],
        needs=[n("fermented indigo paste from the Sakon area", "indigo_paste")],
    ),
    Sme(
        "bmn-045",
        "th",
        "ร้านอุปกรณ์ตัดเย็บปากเกร็ด",
        ALC,
        MID,
        "Nonthaburi",
        "pakkret.trims",
        offers=[
            o("เทปขอบมุ้ง ผ้าโพลี กว้าง 2.5 ซม.", "net_binding_tape"),
            o("ซิปไนลอน เบอร์ 5 แบบม้วน", "zipper"),
            o("ตีนตุ๊กแก สีขาว สีดำ", "hook_and_loop_tape"),
        ],
    ),
    Sme(
        "bmn-046",
        "en",
        "Sampeng Trims Wholesale",
        ALC,
        MID,
        "Bangkok",
        "sampengtrims",
        offers=[
            o("bias binding for mosquito nets, 100 m rolls", "net_binding_tape"),
            o("coil zippers, YKK type", "zipper"),
        ],
    ),
    Sme(
        "bmn-047",
        "th",
        "กลุ่มจักสานไม้ไผ่บ้านดง",
        HEMP,
        MID,
        "Phitsanulok",
        "bandong.bamboo",
        offers=[
            o("โครงไม้ไผ่กางมุ้ง พับเก็บได้", "bamboo_net_frame"),
            o("ฝาชีไม้ไผ่สาน", "bamboo_food_cover"),
        ],
        needs=[n("ไผ่รวก ลำตรง อายุ 3 ปี", "bamboo_culms")],
        certifications=["OTOP"],
        bcg=[BIO],
    ),
    Sme(
        "bmn-048",
        "en",
        "Lampang Bamboo Works",
        HEMP,
        MID,
        "Lampang",
        "lampangbamboo",
        offers=[o("bamboo hoops and frames for hanging nets and food covers", "bamboo_net_frame")],
        needs=[n("bamboo culms 2-3 years old, FSC certified", "bamboo_culms", req=("FSC",))],
        certifications=["FSC"],
        bcg=[BIO],
    ),
    Sme(
        "bmn-049",
        "en",
        "Bangkok Dyestuff Trading",
        SPORT,
        MID,
        "Bangkok",
        "bkkdyestuff",
        offers=[
            o("synthetic indigo powder 20%", "synthetic_indigo_dye"),
            o("disperse dyes for polyester", "disperse_dye"),
        ],
    ),
]


# ------------------------------------------------------------------ profiles, part 3: nets, screens, bags

PART_3: list[Sme] = [
    Sme(
        "bmn-050",
        "th",
        "โรงงานมุ้งขอนแก่น",
        ALI,
        DOWN,
        "Khon Kaen",
        "khonkaen.nets",
        offers=[
            o("มุ้งสี่เหลี่ยม ผ้าโพลี 5 ฟุต 6 ฟุต ส่งทั่วอีสาน", "bed_net_rectangular"),
            o("มุ้งกระโจมแขวนเพดาน สีขาว", "bed_net_conical"),
        ],
        needs=[
            n("ผ้าตาข่ายทำมุ้ง ม้วนใหญ่ ราคาโรงงาน", "polyester_net_fabric", "recycled_polyester_net_fabric"),
            n("ช่างเย็บเหมาช่วงต้นฝน", "net_sewing_service", "sewing_service"),
        ],
        certifications=["มอก."],
    ),
    Sme(
        "bmn-051",
        "en",
        "SleepSafe Nets Co.",
        ALC,
        DOWN,
        "Samut Prakan",
        "sleepsafe",
        offers=[
            o("rectangular bed nets, single to king, 75D polyester", "bed_net_rectangular"),
            o("long-lasting insecticidal nets (LLIN), WHO spec", "insecticide_treated_net"),
            o("pop-up folding canopy over a mattress", "popup_folding_net"),
        ],
        needs=[
            n("white 156-mesh netting cloth in rolls", "polyester_net_fabric", "recycled_polyester_net_fabric"),
            n("who can impregnate our finished nets with permethrin?", "insecticide_treatment_service"),
        ],
        certifications=["ISO 9001", "Thai Industrial Standard"],
    ),
    Sme(
        "bmn-052",
        "th",
        "ร้านมุ้งครอบสำเพ็ง",
        ALC,
        DOWN,
        "Bangkok",
        "sampeng.popup",
        offers=[
            o("มุ้งครอบพับได้ กางง่าย 6 ฟุต", "popup_folding_net"),
            o("มุ้งครอบเด็กอ่อน ทรงฝาชี", "baby_net"),
        ],
        needs=[n("อยากได้มุ้งกางอัตโนมัติ ราคาส่ง ยกโหล", "popup_folding_net")],
    ),
    Sme(
        "bmn-053",
        "en",
        "Little Dream Baby Co.",
        ALC,
        DOWN,
        "Nonthaburi",
        "littledream",
        offers=[o("crib canopy in OEKO-TEX tested fabric", "baby_net")],
        needs=[
            n(
                "OEKO-TEX certified tulle for baby canopies",
                "nylon_tulle_fabric",
                "polyester_tulle_fabric",
                req=("OEKO-TEX Standard 100",),
            ),
            u("GOTS organic muslin swaddles", "swaddle cloths; no one makes them", req=("GOTS",)),
        ],
        certifications=["OEKO-TEX Standard 100"],
    ),
    Sme(
        "bmn-054",
        "th",
        "กลุ่มมุ้งผ้าฝ้ายโบราณยโสธร",
        ALI,
        DOWN,
        "Yasothon",
        "yasothon.cottonnet",
        offers=[
            o("มุ้งผ้าฝ้ายทอมือ แบบโบราณ หลังใหญ่", "cotton_bed_net"),
            o("มุ้งฝ้ายย้อมคราม ทรงสี่เหลี่ยม", "cotton_bed_net"),
        ],
        needs=[n("ผ้าฝ้ายดิบ หน้ากว้าง ไว้เย็บมุ้ง", "cotton_calico_fabric")],
        certifications=["OTOP"],
        bcg=[BIO],
    ),
    Sme(
        "bmn-055",
        "en",
        "Ubon Heritage Nets",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "ubonheritage",
        offers=[o("old-style Isan mosquito net of handloomed cotton, indigo", "cotton_bed_net")],
        needs=[n("unbleached cotton sheeting, wide width", "cotton_calico_fabric")],
        certifications=["OTOP"],
    ),
    Sme(
        "bmn-056",
        "th",
        "ร้านอุปกรณ์เดินป่ากาญจน์",
        SPORT,
        DOWN,
        "Kanchanaburi",
        "kan.trekking",
        offers=[
            o("เปลมุ้ง เปลสนาม มีมุ้งในตัว", "hammock_with_net"),
            o("ตาข่ายคลุมหัวกันยุง กันริ้น", "head_net"),
        ],
        needs=[
            u("ผ้าร่มไนลอนริปสต็อป 40D", "ripstop nylon cloth; no one offers it"),
            n("ซิปเบอร์ 5", "zipper"),
        ],
    ),
    Sme(
        "bmn-057",
        "en",
        "Jungle Trail Outfitters",
        SPORT,
        DOWN,
        "Chiang Mai",
        "jungletrail",
        offers=[
            o("jungle hammock with bug net and rain fly", "hammock_with_net"),
            o("free-standing net tent, 1 person", "net_tent"),
            o("bug head nets, no-see-um mesh", "head_net"),
        ],
        needs=[
            n("CMT partner to sew the bug nets on our hammocks", "net_sewing_service", "sewing_service"),
            n("zips", "zipper"),
        ],
    ),
    Sme(
        "bmn-058",
        "th",
        "ร้านมุ้งลวดพระราม 2",
        ALC,
        DOWN,
        "Bangkok",
        "rama2.screen",
        offers=[
            o("รับติดมุ้งลวด หน้าต่าง ประตู ถึงบ้าน", "window_screen_installation_service"),
            o("ประตูมุ้งจีบ สั่งทำตามขนาด", "pleated_screen_door"),
        ],
        needs=[
            n("ตาข่ายไฟเบอร์ ม้วน สีดำ", "fibreglass_screen_mesh"),
            u("โปรไฟล์อลูมิเนียมทำวงกบมุ้งลวด", "aluminium frame profiles; no one offers them"),
        ],
    ),
    Sme(
        "bmn-059",
        "en",
        "Pattaya Screen & Blind",
        ALC,
        DOWN,
        "Chonburi",
        "pattayascreen",
        offers=[
            o("fitted window insect screens, measure and install", "window_screen_installation_service"),
            o("magnetic mosquito door curtain", "magnetic_screen_curtain"),
        ],
        needs=[
            n("aluminium wire mesh 18x16", "aluminium_screen_mesh"),
            n("velcro strips for removable screens", "hook_and_loop_tape"),
        ],
    ),
    Sme(
        "bmn-060",
        "th",
        "บจก. ม่านมุ้งจีบไทย",
        ALC,
        DOWN,
        "Pathum Thani",
        "thai.pleated",
        offers=[o("ประตูมุ้งจีบ เฟรมอลูมิเนียม", "pleated_screen_door")],
        needs=[n("มุ้งลวดชนิดใยแก้ว สำหรับมุ้งจีบ", "fibreglass_screen_mesh")],
    ),
    Sme(
        "bmn-061",
        "en",
        "Second Life Nets",
        CIRC,
        DOWN,
        "Chiang Mai",
        "secondlifenets",
        offers=[o("market bags sewn from old mosquito nets", "upcycled_net_bag")],
        needs=[n("worn-out mosquito nets, any colour, washed or not", "used_nets_for_recycling")],
        bcg=[CIRCULAR],
    ),
    Sme(
        "bmn-062",
        "th",
        "บจก. ถุงห่อผลไม้จันท์",
        SPORT,
        DOWN,
        "Chanthaburi",
        "chan.fruitbag",
        offers=[
            o("ถุงห่อทุเรียน ผ้าสปันบอนด์", "fruit_protection_bag"),
            o("ถุงห่อมังคุด กันเพลี้ยไฟ", "fruit_protection_bag"),
        ],
        needs=[u("ผ้าสปันบอนด์ 30 แกรม เป็นม้วน", "spunbond nonwoven rolls; no one offers them")],
    ),
    Sme(
        "bmn-063",
        "en",
        "MangoGuard Bags",
        SPORT,
        DOWN,
        "Chachoengsao",
        "mangoguard",
        offers=[
            o("non-woven mango bagging sacks", "fruit_protection_bag"),
            o("foam net sleeves for fruit packing", "foam_net_sleeve"),
        ],
    ),
    Sme(
        "bmn-064",
        "th",
        "ร้านตาข่ายห่อผลไม้นครศรีฯ",
        SPORT,
        DOWN,
        "Nakhon Si Thammarat",
        "nakhonsi.fruitnet",
        offers=[o("ถุงตาข่ายห่อลองกอง จำปาดะ กันแมลงวันทอง", "fruit_protection_bag")],
        needs=[n("ผ้ามุ้งตาถี่ สำหรับตัดเย็บถุง", "polyester_net_fabric", "recycled_polyester_net_fabric")],
    ),
    Sme(
        "bmn-065",
        "th",
        "กลุ่มแม่บ้านฝาชีผ้ามุ้งหนองสำโรง",
        ALI,
        DOWN,
        "Udon Thani",
        "nongsamrong.cover",
        offers=[o("ฝาชีผ้ามุ้ง พับได้ ลายดอก", "food_cover_mesh")],
        needs=[
            n("ผ้าตาข่ายสีชมพู สีฟ้า", "polyester_net_fabric", "recycled_polyester_net_fabric"),
            n("โครงฝาชีทำจากไม้ไผ่", "bamboo_net_frame"),
        ],
    ),
    Sme(
        "bmn-066",
        "en",
        "HomeMesh Online",
        ALC,
        DOWN,
        "Bangkok",
        "homemesh",
        offers=[
            o("laundry mesh bags, set of 5", "laundry_mesh_bag"),
            o("foldable mesh food covers", "food_cover_mesh"),
            o("magnetic screen door, self-closing", "magnetic_screen_curtain"),
        ],
        needs=[n("we would like pop-up bed nets to resell", "popup_folding_net")],
    ),
    Sme(
        "bmn-067",
        "th",
        "งานควบคุมโรคไข้มาลาเรีย สสจ.ตาก",
        ALC,
        DOWN,
        "Tak",
        "tak.malaria",
        needs=[
            n(
                "มุ้งชุบน้ำยาชนิดออกฤทธิ์นาน จากผู้ผลิตที่ได้ ISO 9001",
                "insecticide_treated_net",
                req=("ISO 9001",),
            ),
            n("มีใครรับชุบมุ้งของชาวบ้านซ้ำไหม ปีละครั้ง", "insecticide_treatment_service"),
        ],
    ),
    Sme(
        "bmn-068",
        "en",
        "Yala Border Health Network",
        ALC,
        DOWN,
        "Yala",
        "yalahealth",
        needs=[
            n("untreated rectangular polyester nets, family size, for village households", "bed_net_rectangular"),
            n("LLINs, TIS certified", "insecticide_treated_net", req=("Thai Industrial Standard",)),
        ],
    ),
    Sme(
        "bmn-069",
        "th",
        "โรงพยาบาลบางใหญ่",
        ALC,
        DOWN,
        "Nonthaburi",
        "bangyai.hospital",
        needs=[
            n("มุ้งไนล่อนทรงเหลี่ยม กางเตียงผู้ป่วยแยกไข้เลือดออก ไม่ชุบสารเคมี", "bed_net_rectangular"),
            n("ทำมุ้งลวดกันยุง ให้หน้าต่างตึกผู้ป่วยใน", "window_screen_installation_service"),
            u(
                "มุ้งเตียง ICU ต้องผ่าน ISO 13485",
                "bed nets exist, but no supplier holds ISO 13485",
                "bed_net_rectangular",
                req=("ISO 13485",),
            ),
        ],
    ),
    Sme(
        "bmn-070",
        "en",
        "Andaman Eco Resort",
        ALC,
        DOWN,
        "Phuket",
        "andamanresort",
        needs=[
            n("single-point hanging canopy nets, king beds", "bed_net_conical"),
            n("screens fitted on 40 villa windows", "window_screen_installation_service"),
            n("laundering and repair of our bed nets", "net_washing_service"),
        ],
    ),
    Sme(
        "bmn-071",
        "th",
        "บ้านพักผู้สูงอายุสุขใจ ชัยภูมิ",
        ALI,
        DOWN,
        "Chaiyaphum",
        "sukjai.care",
        needs=[
            n("มุ้งครอบ สำหรับคนชราที่ติดเตียง", "popup_folding_net", "wheelchair_net_cover"),
            n("หมอนนุ่น นุ่มๆ", "kapok_pillow"),
            n("ม่านประตูกันยุง แบบแม่เหล็กปิดเอง", "magnetic_screen_curtain"),
        ],
    ),
    Sme(
        "bmn-072",
        "en",
        "Doi Camp Adventure",
        SPORT,
        DOWN,
        "Chiang Mai",
        "doicamp",
        needs=[
            n("looking for 30 hammocks with mosquito netting", "hammock_with_net"),
            n("insect head covers for trekking guides", "head_net"),
        ],
    ),
]


# ------------------------------------------------------------------ profiles, part 4: farms, camps, care, shops

PART_4: list[Sme] = [
    Sme(
        "bmn-073",
        "th",
        "สวนทุเรียนลุงแดง หลังสวน",
        SPORT,
        DOWN,
        "Chumphon",
        "lungdaeng.durian",
        needs=[
            n("ถุงคลุมลูกทุเรียน กันหนอนเจาะ", "fruit_protection_bag"),
            n("ตาข่ายกันค้างคาว กันนก คลุมต้น", "bird_net"),
        ],
        bcg=[GREEN],
    ),
    Sme(
        "bmn-074",
        "th",
        "บจก. ส่งออกลำไยจันทบุรี",
        SPORT,
        DOWN,
        "Chanthaburi",
        "chan.longan",
        needs=[
            n("ตาข่ายโฟมกันกระแทก สำหรับบรรจุผลไม้ลงกล่อง", "foam_net_sleeve"),
            u("กล่องลูกฟูก 5 ชั้น สำหรับส่งออก", "corrugated cartons; no one offers them"),
        ],
    ),
    Sme(
        "bmn-075",
        "th",
        "ฟาร์มเมล่อนสามพราน",
        SPORT,
        DOWN,
        "Nakhon Pathom",
        "samphran.melon",
        needs=[
            n("มุ้งโรงเรือนกันเพลี้ยไฟ 40 ตา", "insect_net_roll"),
            n("ตาข่ายพรางแสง 50%", "shade_net_roll"),
        ],
        bcg=[GREEN],
    ),
    Sme(
        "bmn-076",
        "en",
        "Chiang Rai Hydroponics",
        SPORT,
        DOWN,
        "Chiang Rai",
        "crhydroponics",
        needs=[
            n("UV-stabilised netting to keep thrips out of greenhouse vents", "insect_net_roll"),
            u("greenhouse film, 200 micron", "plastic film; no one offers it"),
        ],
        bcg=[GREEN],
    ),
    Sme(
        "bmn-077",
        "th",
        "โรงเรียนตำรวจตระเวนชายแดนบ้านหนองแวง",
        ALI,
        DOWN,
        "Sakon Nakhon",
        "bpp.nongwaeng",
        needs=[n("มุ้งเหลี่ยมเนื้อโพลีเอสเตอร์ แบบธรรมดาไม่ชุบยา หอพักนักเรียน 200 หลัง", "bed_net_rectangular")],
    ),
    Sme(
        "bmn-078",
        "en",
        "Tutu & Tights Dancewear",
        SPORT,
        DOWN,
        "Bangkok",
        "tutuandtights",
        needs=[
            n("soft nylon tulle for tutus", "nylon_tulle_fabric"),
            n("anyone dyeing our tulle to custom colours?", "synthetic_dyeing_service"),
            u("spandex power mesh", "elastane mesh; no one offers it"),
        ],
    ),
    Sme(
        "bmn-079",
        "th",
        "ร้านของชำร่วยแม่กลอง",
        ALC,
        DOWN,
        "Samut Songkhram",
        "maeklong.souvenir",
        needs=[
            n("ผ้าโปร่งห่อของชำร่วย", "nylon_tulle_fabric", "polyester_tulle_fabric"),
            n("กระเป๋าผ้ากัญชง", "hemp_bag"),
            n("มุ้งฝ้ายแบบอีสาน ไว้ขายนักท่องเที่ยว", "cotton_bed_net"),
        ],
    ),
    Sme(
        "bmn-080",
        "en",
        "NetCycle Pellets",
        CIRC,
        UP,
        "Chonburi",
        "netcycle",
        offers=[o("recycled nylon 6 pellets from old nets", "recycled_nylon_pellets")],
        needs=[
            n("ghost nets and old fishing gear, any amount", "fishing_net_waste"),
            n(
                "post-consumer polyester bed nets, GRS not required",
                "used_nets_for_recycling",
                waive=("GRS",),
            ),
        ],
        bcg=[CIRCULAR],
    ),
    Sme(
        "bmn-081",
        "th",
        "บจก. ใยฝ้ายรีไซเคิลสระบุรี",
        CIRC,
        UP,
        "Saraburi",
        "saraburi.recycledcotton",
        offers=[o("ใยฝ้ายรีไซเคิลจากเศษผ้า สำหรับปั่นด้าย", "recycled_cotton_fibre")],
        needs=[
            n("เศษผ้าฝ้ายล้วน เหลือจากโรงงานเสื้อยืด", "cotton_offcuts"),
            n("ผ้าเก่าจากบ้านเรือน ขอเนื้อฝ้าย", "used_clothing"),
        ],
        bcg=[CIRCULAR],
    ),
    Sme(
        "bmn-082",
        "en",
        "Isan Elder Care Home",
        ALI,
        DOWN,
        "Khon Kaen",
        "isanelder",
        needs=[
            n("kapok-filled pillows for 60 residents", "kapok_pillow"),
            n("insect net covers for wheelchairs", "wheelchair_net_cover"),
            u("electric bug zappers", "an electrical appliance; no one offers it"),
        ],
    ),
    Sme(
        "bmn-083",
        "th",
        "กลุ่มหมอนขิดบ้านโพน",
        ALI,
        DOWN,
        "Kalasin",
        "banphon.pillow",
        offers=[o("หมอนขิดยัดนุ่น หมอนสามเหลี่ยม", "kapok_pillow")],
        needs=[
            n("นุ่นฝัก แกะเมล็ดออกแล้ว", "kapok_fibre"),
            n(
                "ผ้าทอมือเนื้อฝ้าย สีขาวนวลไม่ย้อม ทำปลอกหมอน ไม่ต้องมีตรา OTOP ก็ได้",
                "handwoven_cotton_fabric",
                waive=("OTOP",),
            ),
        ],
        certifications=["OTOP"],
    ),
    Sme(
        "bmn-084",
        "en",
        "Siam Wellness Retail",
        ALC,
        DOWN,
        "Bangkok",
        "siamwellness",
        needs=[
            n("shopping totes, natural-indigo cloth", "handwoven_cotton_bag"),
            n("ready-to-wear shirts for seniors, easy buttons", "elderly_garments"),
            u(
                "GOTS-certified cotton bed nets",
                "cotton bed nets exist, but their makers hold no GOTS",
                "cotton_bed_net",
                req=("GOTS",),
            ),
        ],
    ),
    Sme(
        "bmn-085",
        "th",
        "ค่ายลูกเสือเขานางบวช",
        SPORT,
        DOWN,
        "Nakhon Nayok",
        "khaonangbuat.camp",
        needs=[
            n("อยากได้มุ้งเต็นท์ นอนได้คนเดียว", "net_tent"),
            n("มุ้งแขวนทรงกรวย สำหรับเรือนนอน", "bed_net_conical"),
        ],
    ),
    Sme(
        "bmn-086",
        "en",
        "Capital Nets Wholesale",
        ALC,
        DOWN,
        "Bangkok",
        "capitalnets",
        offers=[o("box-shaped bed nets, all sizes, sold by the dozen", "bed_net_rectangular")],
        needs=[
            n(
                "plain polyester rectangular nets straight from factories, MOQ 500, TIS not required",
                "bed_net_rectangular",
                waive=("Thai Industrial Standard",),
            ),
            u("mosquito repellent lotion", "a repellent is not a textile; no one offers it"),
        ],
    ),
    Sme(
        "bmn-087",
        "th",
        "ห้องเสื้อวัยเก๋า",
        ALC,
        DOWN,
        "Nonthaburi",
        "waikao.atelier",
        offers=[o("เสื้อผู้สูงวัย ผ้าฝ้ายย้อมคราม ใส่สบาย กระดุมใหญ่", "elderly_garments")],
        needs=[
            n("ผ้าครามเป็นหลา มีตรา OTOP", "indigo_dyed_cotton_fabric", req=("OTOP",)),
            n("ช่างเย็บรับจ้าง ตัดเสื้อตามแบบ", "sewing_service"),
        ],
    ),
    Sme(
        "bmn-088",
        "en",
        "Hill Hemp Goods",
        HEMP,
        DOWN,
        "Chiang Rai",
        "hillhemp",
        offers=[o("hemp shoulder bags with Hmong embroidery", "hemp_bag")],
        needs=[n("handloomed hemp cloth, batik ok, GOTS nice to have", "hemp_fabric", waive=("GOTS",))],
        bcg=[BIO],
    ),
    Sme(
        "bmn-089",
        "th",
        "โรงงานมุ้งปากน้ำโพ",
        ALC,
        DOWN,
        "Nakhon Sawan",
        "paknampho.nets",
        offers=[
            o("มุ้งกางสี่มุม ผ้าไนล่อน 4-7 ฟุต ส่งร้านค้า", "bed_net_rectangular"),
            o("มุ้งห้อยทรงกลม สีครีม", "bed_net_conical"),
        ],
        needs=[
            n("ผ้าตาข่ายขาว เป็นพับ", "polyester_net_fabric", "recycled_polyester_net_fabric"),
            n("ผ้าขอบมุ้ง สีฟ้า", "net_binding_tape"),
            u("เครื่องถักราเชลมือสอง", "a used knitting machine; no one offers it"),
        ],
    ),
    Sme(
        "bmn-090",
        "th",
        "บจก. มุ้งชุบสารชลบุรี",
        SPORT,
        DOWN,
        "Chonburi",
        "chonburi.itn",
        offers=[o("มุ้งชุบสารกำจัดแมลง ทนซัก 20 ครั้ง", "insecticide_treated_net")],
        needs=[n("เนื้อผ้าตาข่ายเกรดมุ้ง 100D", "polyester_net_fabric", "recycled_polyester_net_fabric")],
    ),
    Sme(
        "bmn-091",
        "th",
        "โรงแรมริมโขงหนองคาย",
        ALC,
        DOWN,
        "Nong Khai",
        "rimkhong.hotel",
        needs=[
            n("ฝาชีครอบอาหาร แบบตาข่าย สำหรับไลน์บุฟเฟต์", "food_cover_mesh"),
            n("บริการซักและซ่อมมุ้งห้องพัก", "net_washing_service"),
            n("มุ้งโดมแขวนจุดเดียว เหนือเตียงห้องสวีท", "bed_net_conical"),
        ],
    ),
    Sme(
        "bmn-092",
        "th",
        "สำนักงานสาธารณสุขอำเภอแว้ง",
        ALC,
        DOWN,
        "Narathiwat",
        "waeng.health",
        needs=[
            n("มุ้ง LLIN แจกครัวเรือนในพื้นที่ระบาด", "insecticide_treated_net"),
            u("ยาทากันยุงตะไคร้หอม", "a repellent is not a textile; no one offers it"),
        ],
    ),
    Sme(
        "bmn-093",
        "th",
        "สวนมะม่วงน้ำดอกไม้บางมูลนาก",
        SPORT,
        DOWN,
        "Phichit",
        "bangmunnak.mango",
        needs=[
            n("ถุงห่อมะม่วง ไม่จำเป็นต้องมี มอก.", "fruit_protection_bag", waive=("Thai Industrial Standard",)),
            n("ตาข่ายไล่นก คลุมทรงพุ่ม", "bird_net"),
        ],
        bcg=[GREEN],
    ),
    Sme(
        "bmn-094",
        "th",
        "ร้านซักรีดล้านนาลอนดรี้",
        ALC,
        MID,
        "Chiang Mai",
        "lanna.laundry",
        offers=[o("รับซักมุ้ง ผ้าม่าน ชุดเครื่องนอนโรงแรม ซ่อมมุ้งขาด", "net_washing_service")],
        needs=[u("น้ำยาซักผ้าอุตสาหกรรม ถังละ 20 ลิตร", "laundry detergent; no one offers it")],
    ),
    Sme(
        "bmn-095",
        "th",
        "วิสาหกิจชุมชนผลิตภัณฑ์ผู้สูงวัยนครพนม",
        ALI,
        DOWN,
        "Nakhon Phanom",
        "nakhonphanom.care",
        offers=[o("มุ้งครอบรถเข็นผู้ป่วย และเตียงนอนผู้สูงอายุ", "wheelchair_net_cover")],
        needs=[
            n("ผ้ามุ้งขาว นุ่ม ไม่ระคายผิว", "polyester_net_fabric", "recycled_polyester_net_fabric"),
            n("ซิปไนลอนยาว 1 เมตร", "zipper"),
        ],
    ),
]


# ------------------------------------------------------------------ checks, links, counts

SMES: list[Sme] = [*PART_1, *PART_2, *PART_3, *PART_4]

MAIL_DOMAIN = "mail.example"
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
MAILBOX = re.compile(r"^[a-z0-9]+(?:[.\-][a-z0-9]+)*$")
ID_RE = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
WORD_RE = re.compile(r"[a-z0-9]+")
STOP_WORDS = frozenset("and for the with from our your any all per not only, off into".replace(",", "").split())

TARGET_THAI_SHARE = (0.50, 0.60)
TARGET_LINKS = (160, 180)
TARGET_CROSS_SHARE = (0.40, 0.60)
TARGET_UNMET = (17, 23)
TARGET_SHARE_MET_BY_1_TO_3 = 0.70


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def is_thai_phrase(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    thai = sum(1 for c in letters if THAI_CHAR.match(c))
    return thai > 0 and thai >= 0.6 * len(letters)


def is_english_phrase(text: str) -> bool:
    return text.isascii() and any(c.isalpha() for c in text)


def certs_of(sme: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in sme.certifications)


def names_certification(text: str, name: str) -> bool:
    """Whether `text` names the certification `name` at all, affirmed or negated."""
    folded = nfkc(text).casefold()
    for cert in CERTIFICATIONS:
        if cert.name == name:
            words = (cert.name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
            return any(nfkc(word).casefold() in folded for word in words)
    return False


def content_words(text: str) -> set[str]:
    return {w for w in WORD_RE.findall(text.lower()) if len(w) >= 3 and w not in STOP_WORDS}


def longest_common_run(a: str, b: str) -> int:
    a, b = a.replace(" ", ""), b.replace(" ", "")
    best = 0
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def offered_labels(smes: list[Sme]) -> dict[str, set[str]]:
    by_label: dict[str, set[str]] = {}
    for sme in smes:
        for offer in sme.offers:
            by_label.setdefault(offer.label, set()).add(sme.id)
    return by_label


def qualified_suppliers(buyer: Sme, need: Need, smes: list[Sme]) -> list[Sme]:
    return [
        sme
        for sme in smes
        if sme.id != buyer.id
        and any(offer.label in need.labels for offer in sme.offers)
        and set(need.requires) <= certs_of(sme)
    ]


def true_links(smes: list[Sme]) -> set[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            if need.unmet_note is None:
                links.update((s.id, buyer.id) for s in qualified_suppliers(buyer, need, smes))
    return links


def check_profile(sme: Sme, errors: list[str]) -> None:
    where = sme.id
    if sme.language not in ("th", "en"):
        errors.append(f"{where}: language {sme.language!r}")
    if not isinstance(sme.sub_cluster, SubCluster) or not isinstance(sme.stage, Stage):
        errors.append(f"{where}: sub-cluster or stage is not a taxonomy value")
    province = resolve_province(sme.province)
    if province is None or province.name_en != sme.province:
        errors.append(f"{where}: province {sme.province!r} is not an English province name")
    if not MAILBOX.match(sme.mailbox):
        errors.append(f"{where}: mailbox {sme.mailbox!r}")
    if not 0 <= len(sme.offers) <= 3 or not 0 <= len(sme.needs) <= 3 or not (sme.offers or sme.needs):
        errors.append(f"{where}: {len(sme.offers)} offers and {len(sme.needs)} needs")
    for cert in sme.certifications:
        if resolve_certification(cert) is None:
            errors.append(f"{where}: certification {cert!r} does not resolve")
    if len(set(sme.bcg)) != len(sme.bcg) or not all(isinstance(tag, BcgTag) for tag in sme.bcg):
        errors.append(f"{where}: bcg {sme.bcg!r}")
    phrases = [sme.name, *(x.text for x in sme.offers), *(x.text for x in sme.needs)]
    if len({nfkc(p).casefold() for p in phrases}) != len(phrases):
        errors.append(f"{where}: repeated phrase")
    for phrase in phrases:
        if phrase != phrase.strip() or "  " in phrase or not phrase:
            errors.append(f"{where}: stray spaces in {phrase!r}")
        ok = is_thai_phrase(phrase) if sme.language == "th" else is_english_phrase(phrase)
        if not ok:
            errors.append(f"{where}: {phrase!r} is not written in {sme.language}")
    held = certs_of(sme)
    for offer in sme.offers:
        if offer.label not in LABELS:
            errors.append(f"{where}: unknown offer label {offer.label!r}")
        claimed = find_certifications(offer.text)
        if not claimed <= held:
            errors.append(f"{where}: offer {offer.text!r} claims {sorted(claimed - held)} the SME does not hold")


def check_need(buyer: Sme, need: Need, smes: list[Sme], by_label: dict[str, set[str]], errors: list[str]) -> None:
    where = f"{buyer.id} need {need.text!r}"
    for label in need.labels:
        if label not in LABELS:
            errors.append(f"{where}: unknown label {label!r}")
        elif not by_label.get(label, set()) - {buyer.id}:
            errors.append(f"{where}: no one but the buyer offers {label!r}")
    asked = find_certifications(need.text)
    if asked != set(need.requires):
        errors.append(f"{where}: text asks for {sorted(asked)}, labelled {sorted(need.requires)}")
    for name in (*need.requires, *need.waives):
        if name not in {c.name for c in CERTIFICATIONS}:
            errors.append(f"{where}: {name!r} is not a canonical certification name")
        elif not names_certification(need.text, name):
            errors.append(f"{where}: {name!r} is not named in the text")
    if set(need.waives) & asked:
        errors.append(f"{where}: a waived certification reads as required")
    suppliers = qualified_suppliers(buyer, need, smes)
    if need.unmet_note is None:
        if not need.labels:
            errors.append(f"{where}: a met need lists no labels")
        if not suppliers:
            errors.append(f"{where}: marked met but no supplier qualifies")
        for supplier in suppliers:
            for offer in supplier.offers:
                if offer.label not in need.labels:
                    continue
                if buyer.language == supplier.language == "en":
                    words = content_words(need.text)
                    shared = words & content_words(offer.text)
                    if words and len(shared) > len(words) / 2:
                        errors.append(f"{where}: shares {sorted(shared)} with {supplier.id} {offer.text!r}")
                elif buyer.language == supplier.language == "th" and longest_common_run(need.text, offer.text) > 9:
                    errors.append(f"{where}: shares a long run with {supplier.id} {offer.text!r}")
    else:
        if not need.unmet_note.strip():
            errors.append(f"{where}: empty note")
        if suppliers:
            errors.append(f"{where}: marked unmet but {[s.id for s in suppliers]} qualify")


def check_all(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [sme.id for sme in smes]
    expected = [f"{ID_PREFIX}-{i:03d}" for i in range(1, len(smes) + 1)]
    if ids != expected:
        errors.append("ids are not bmn-001 ... in order")
    if len(set(ids)) != len(ids) or not all(ID_RE.match(i) for i in ids):
        errors.append("ids are not unique and well formed")
    if len({sme.mailbox for sme in smes}) != len(smes):
        errors.append("mailboxes are not unique")
    by_label = offered_labels(smes)
    for sme in smes:
        check_profile(sme, errors)
    for buyer in smes:
        for need in buyer.needs:
            check_need(buyer, need, smes, by_label, errors)
    return errors


def size_errors(counts: dict[str, float]) -> list[str]:
    errors: list[str] = []

    def within(name: str, value: float, bounds: tuple[float, float]) -> None:
        if not bounds[0] <= value <= bounds[1]:
            errors.append(f"size target: {name} = {value:.3g}, wanted {bounds[0]}-{bounds[1]}")

    if counts["profiles"] != N_PROFILES:
        errors.append(f"size target: {counts['profiles']} profiles, wanted {N_PROFILES}")
    within("Thai share", counts["thai"] / counts["profiles"], TARGET_THAI_SHARE)
    within("true links", counts["links"], TARGET_LINKS)
    within("cross-language share", counts["cross"] / max(1, counts["links"]), TARGET_CROSS_SHARE)
    within("needs met by no one", counts["unmet"], TARGET_UNMET)
    share = counts["met_by_1_to_3"] / max(1, counts["met"])
    if share < TARGET_SHARE_MET_BY_1_TO_3:
        errors.append(f"size target: only {share:.0%} of met needs have 1-3 suppliers")
    return errors


# ------------------------------------------------------------------ rendering


def profile_json(sme: Sme) -> str:
    row = {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub_cluster.value,
        "stage": sme.stage.value,
        "province": sme.province,
        "offers": [offer.text for offer in sme.offers],
        "needs": [need.text for need in sme.needs],
        "certifications": list(sme.certifications),
        "bcg": [tag.value for tag in sme.bcg],
        "contact_email": f"{sme.mailbox}@{MAIL_DOMAIN}",
        "language": sme.language,
    }
    return json.dumps(row, ensure_ascii=False)


def links_csv(links: set[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(links))
    return buffer.getvalue()


def count(smes: list[Sme], links: set[tuple[str, str]]) -> tuple[dict[str, float], list[tuple[str, str]]]:
    by_id = {sme.id: sme for sme in smes}
    needs = [(buyer, need) for buyer in smes for need in buyer.needs]
    met = [(b, nd) for b, nd in needs if nd.unmet_note is None]
    per_need = Counter(len(qualified_suppliers(b, nd, smes)) for b, nd in met)
    th_en = sum(1 for s, b in links if by_id[s].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for s, b in links if by_id[s].language == "en" and by_id[b].language == "th")
    cross = th_en + en_th
    thai = sum(1 for sme in smes if sme.language == "th")
    numbers: dict[str, float] = {
        "profiles": len(smes),
        "thai": thai,
        "links": len(links),
        "cross": cross,
        "met": len(met),
        "unmet": len(needs) - len(met),
        "met_by_1_to_3": sum(v for k, v in per_need.items() if 1 <= k <= 3),
    }
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai (`th`)", str(thai)),
        ("English (`en`)", str(len(smes) - thai)),
    ]
    sub_clusters = Counter(sme.sub_cluster for sme in smes)
    rows += [(f"sub-cluster `{sc.value}`", str(sub_clusters[sc])) for sc in SubCluster]
    stages = Counter(sme.stage for sme in smes)
    rows += [(f"stage `{st.value}`", str(stages[st])) for st in Stage]
    regions = Counter(resolve_province(sme.province).region for sme in smes)  # type: ignore[union-attr]
    rows += [(f"region {region.label('en')}", str(regions[region])) for region in sorted(regions, key=str)]
    offers = [offer for sme in smes for offer in sme.offers]
    per_need_text = ", ".join(f"{k}: {per_need[k]}" for k in sorted(per_need))
    rows += [
        ("distinct provinces", str(len({sme.province for sme in smes}))),
        ("offers", str(len(offers))),
        ("distinct offer labels", str(len({offer.label for offer in offers}))),
        ("needs", str(len(needs))),
        ("needs met", str(len(met))),
        ("needs met by no one", str(len(needs) - len(met))),
        ("met needs by number of qualified suppliers", per_need_text),
        ("needs requiring a certification", str(sum(1 for _, nd in needs if nd.requires))),
        ("needs waiving a certification", str(sum(1 for _, nd in needs if nd.waives))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links", f"{cross} ({cross / max(1, len(links)):.0%})"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(1 for s, b in links if by_id[s].sub_cluster != by_id[b].sub_cluster)),
        ),
    ]
    return numbers, rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README_TEMPLATE = """# blind_plain_nets: hand-labelled supplier-buyer links, mosquito nets and netting

## What the set checks

How well the matcher finds the true supplier-buyer pairs among {profiles} SME profiles of the Health and
Wellness Economy cluster whose wording it has never seen. The theme is mosquito nets, insect screens and
netting: bed nets for homes, hospitals and camps, insecticide-treated nets, window and door screens,
greenhouse insect nets, fruit-protection bags, bird nets, nylon and polyester tulle, knitting and sewing
of nets, bamboo frames, and the public-health programmes, hotels, farms and orchards that buy them, with
the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster around them.

The profiles are plain registry entries: one short phrase per offer or need, 1-3 of each (some SMEs
have only offers or only needs), Thai written as Thai people write it, English as a small exporter
writes it. The same goods are named in many ways (regional names, trade words, brands, abbreviations,
with and without sizes, prices, minimum orders and places), and a need is worded differently from the
offers that meet it, often in the other language. The set includes the hard cases: a service versus
the goods it works on (dyeing or treating the customer's nets versus dyed cloth or treated nets, sewing
for others versus finished goods), waste and used goods versus new, fibre versus yarn versus cloth
versus product, products described by their material, colour or technique (a bag of indigo-dyed
handwoven cotton is a bag), needs written as a wish, a bare noun phrase or a question, refusals,
needs that require a named certification and needs that name one only to waive it, and needs that no
one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (cluster profiles, JSONL version 1, and
the links CSV), `shared/taxonomy.py` with its data files and the project's ruff settings; not the
matcher, its glossary, its tests, the other evaluation sets or the project's data. All profiles and
labels are in `write.py`; the labels never leave it.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `used_nets_for_recycling` versus
`bed_net_rectangular`). Every need either lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of the
buyer's needs and the supplier's certifications hold every certification that need requires. An SME
is never linked to itself. Shared words play no part; quantities, prices and places never decide a
link; what changes what the thing is does. A certification a need names only to waive it ("GOTS not
required", "ไม่ต้องมี มอก.") is not required.

Before writing, `write.py` checks that ids are unique and well formed; every contract field is valid
(sub-cluster, stage and BCG tags are taxonomy values, every province resolves with `resolve_province`,
every certification with `resolve_certification`); every label a need lists is offered by someone
other than the buyer; every met need has a qualified supplier and every unmet one has none; the
certifications a need's text asks for (by `find_certifications`) are exactly the ones it requires, and
a waived one is named but not asked for; an offer claims no certification its SME lacks; Thai phrases
are mostly Thai letters and English ones Latin only; a need does not share most of its words (English)
or a long run of letters (Thai) with a same-language offer that meets it; and the size targets hold.
It writes nothing if any check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

```
.venv/bin/python eval/blind_plain_nets/write.py
```

## Files

- `write.py`: all profiles and labels, the checks, and the writer of the files below.
- `profiles.jsonl`: {profiles} profiles in the contract's JSONL version 1 format, ids `bmn-001` ...
  `bmn-{last}`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render(smes: list[Sme]) -> tuple[dict[str, str], list[str], str]:
    errors = check_all(smes)
    links = true_links(smes)
    numbers, rows = count(smes, links)
    counts_table = table(rows)
    errors += size_errors(numbers)
    files = {
        "profiles.jsonl": "".join(profile_json(sme) + "\n" for sme in smes),
        "links.csv": links_csv(links),
        "README.md": README_TEMPLATE.format(profiles=len(smes), last=f"{len(smes):03d}", table=counts_table),
    }
    return files, errors, counts_table


def main() -> int:
    files, errors, counts_table = render(SMES)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    again, _, _ = render(SMES)
    if again != files:
        print("two renderings differ; nothing written", file=sys.stderr)
        return 1
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(counts_table, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
