"""Write the hand-labelled evaluation set `eval/blind_plain_leather/`.

Leather and leather alternatives, plus the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster. All data is held here; labels never leave this file.

Run from the repository root:  .venv/bin/python eval/blind_plain_leather/write.py
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

ID_PREFIX = "blt"
N_PROFILES = 95

HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL
ALI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str = ""  # non-empty: the writer says no one in the set meets this need


@dataclass
class Sme:
    num: int
    lang: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    offers: list[tuple[str, str]] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    certifications: tuple[str, ...] = ()
    bcg: tuple[BcgTag, ...] = ()

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, (), note)


SMES: list[Sme] = []


def sme(
    num: int,
    lang: str,
    name: str,
    sub_cluster: SubCluster,
    stage: Stage,
    province: str,
    offers: list[tuple[str, str]] | None = None,
    needs: list[Need] | None = None,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> None:
    SMES.append(
        Sme(
            num,
            lang,
            name,
            sub_cluster,
            stage,
            province,
            list(offers or []),
            list(needs or []),
            certs,
            tuple(BcgTag(tag) for tag in bcg),
        )
    )


# ====================================================================== data
# Each offer is (text, label). Each need lists the offer labels that meet it and the
# certifications its text requires; unmet() marks a need that no one in the set meets.

# ---------------------------------------------------------------- hides, tanning, leather
sme(
    1,
    "th",
    "หจก. หนังดิบอีสานรุ่งเรือง",
    ALI,
    UP,
    "Khon Kaen",
    offers=[
        ("หนังควายสด หมักเกลือ ขายเป็นผืน", "raw_buffalo_hide"),
        ("หนังวัวเค็ม คละไซซ์ ส่งเต็มคันรถ", "raw_cow_hide"),
    ],
    needs=[
        unmet("เกลือเม็ดหยาบไว้หมักหนัง สั่งครั้งละ 5 ตัน", "no salt supplier in the set"),
        need("โรงฟอกรับฟอกหนังควายของเรา ไม่เอาโครเมียม", "toll_tanning_vegetable"),
    ],
    bcg=("circular",),
)
sme(
    2,
    "en",
    "Kanchanaburi Hide Traders",
    ALC,
    UP,
    "Kanchanaburi",
    offers=[("Wet-salted cowhides 25-35 sq ft, min. 500 pcs", "raw_cow_hide")],
    needs=[unmet("Reefer truck hire, Kanchanaburi to Samut Prakan", "no transport firm in the set")],
)
sme(
    3,
    "th",
    "บริษัท บางปูฟอกหนัง จำกัด",
    CIRC,
    MID,
    "Samut Prakan",
    offers=[
        ("หนังเวทบลู แยกเกรด 1-3", "wet_blue_leather"),
        ("หนังวัวสำเร็จรูป ผิวเรียบ งานกระเป๋า รองเท้า", "finished_cow_leather"),
        ("รับจ้างฟอกหนังดิบของลูกค้า คิดต่อผืน", "toll_tanning_service"),
    ],
    needs=[need("หนังวัว หนังควาย ยังไม่ฟอก", "raw_cow_hide", "raw_buffalo_hide")],
    certs=("ISO 14001",),
)
sme(
    4,
    "en",
    "Lanna Veg-Tan Workshop",
    HEMP,
    MID,
    "Chiang Mai",
    offers=[
        ("Vegetable-tanned cow sides, 2 mm, natural", "veg_tanned_leather"),
        ("Pit tanning of your own hides with bark tannin", "toll_tanning_vegetable"),
    ],
    needs=[
        need("Bark or pod tannin powder, 25 kg bags", "vegetable_tannin"),
        need("Salted buffalo skins", "raw_buffalo_hide"),
    ],
    bcg=("green",),
)
sme(
    5,
    "th",
    "วิสาหกิจชุมชนเปลือกตะบูนแม่กลอง",
    ALC,
    UP,
    "Samut Songkhram",
    offers=[("ผงเปลือกตะบูน ใช้ฟอกหนัง ย้อมผ้า กิโลละ 120 บาท", "vegetable_tannin")],
    needs=[unmet("ถุงกระดาษคราฟท์ใส่ผง ขนาด 1 กก.", "no packaging maker in the set")],
    bcg=("bio",),
)
sme(
    6,
    "en",
    "Prakan Crust & Colour Co.",
    CIRC,
    MID,
    "Samut Prakan",
    offers=[
        ("Re-dyeing and top finishing of customer crust", "leather_dyeing_service"),
        ("Undyed crust cowhide 1.2-1.4 mm", "crust_leather"),
    ],
    needs=[need("Chrome wet blue, TR selection 1-3", "wet_blue_leather")],
    certs=("ISO 9001",),
)
sme(
    7,
    "th",
    "กลุ่มแม่บ้านใยสับปะรดนางแล",
    HEMP,
    UP,
    "Chiang Rai",
    offers=[("เส้นใยใบสับปะรด ขูดมือ ตากแห้ง", "pineapple_leaf_fibre")],
    needs=[need("ใบสับปะรดสดที่ตัดทิ้งหลังเก็บผล", "pineapple_leaves_raw")],
    certs=("OTOP",),
    bcg=("bio", "circular"),
)
sme(
    8,
    "en",
    "Ananas Materials Thailand",
    HEMP,
    MID,
    "Bangkok",
    offers=[("Pinatex-type pineapple leaf leather, 140 cm rolls", "pineapple_leaf_leather")],
    needs=[
        need("Decorticated pineapple leaf fibre, dry", "pineapple_leaf_fibre"),
        unmet("Bio-based PLA coating resin", "no resin maker in the set"),
    ],
    bcg=("bio",),
)
sme(
    9,
    "th",
    "ไร่สับปะรดสามร้อยยอด",
    HEMP,
    UP,
    "Prachuap Khiri Khan",
    offers=[("ใบสับปะรดหลังเก็บเกี่ยว ไม่คิดค่าใบ คิดค่าขนส่ง", "pineapple_leaves_raw")],
)
sme(
    10,
    "en",
    "MycoHide Lab",
    HEMP,
    MID,
    "Pathum Thani",
    offers=[("Mycelium leather sheets 60 x 90 cm", "mushroom_leather")],
    needs=[
        need("Rubberwood sawdust for grow bags", "rubberwood_sawdust"),
        unmet("Ganoderma culture strains?", "no culture lab in the set"),
    ],
    bcg=("bio",),
)
sme(
    11,
    "th",
    "โรงเลื่อยไม้ยางหาดใหญ่",
    CIRC,
    UP,
    "Songkhla",
    offers=[("ขี้เลื่อยไม้ยางพารา บรรจุกระสอบ", "rubberwood_sawdust")],
)
sme(
    12,
    "th",
    "สตูดิโอหนังกระบองเพชร",
    HEMP,
    MID,
    "Chiang Mai",
    offers=[("หนังจากต้นกระบองเพชร แผ่น 50x100 ซม.", "cactus_leather")],
    needs=[need("ผ้าทอเนื้อหนา ฝ้ายหรือกัญชง ไว้เคลือบทำรองหลัง", "cotton_canvas", "hemp_fabric")],
    bcg=("bio",),
)
sme(
    13,
    "en",
    "Kluay Leather Co.",
    HEMP,
    MID,
    "Nonthaburi",
    offers=[("Vegan leather from banana stem fibre, A3 sheets", "banana_leather")],
    needs=[need("Sun-dried banana trunk fibre", "banana_fibre")],
    bcg=("bio",),
)
sme(
    14,
    "th",
    "วิสาหกิจชุมชนใยกล้วยริมโขง",
    ALI,
    UP,
    "Nong Khai",
    offers=[
        ("ใยกาบกล้วยตานี ลอกมือ ตากแดด", "banana_fibre"),
        ("เชือกใยกล้วยถักมือ ม้วนละ 50 เมตร", "banana_fibre_cord"),
    ],
    certs=("OTOP",),
)
sme(
    15,
    "en",
    "Polycoat Industries",
    SPORT,
    MID,
    "Samut Prakan",
    offers=[
        ("PU synthetic leather 0.9 mm, 137 cm, MOQ 300 m", "pu_synthetic_leather"),
        ("Microfibre PU for balls and gloves", "microfibre_leather"),
    ],
    needs=[need("Polyester tricot backing for coating", "polyester_knit_base_fabric")],
    certs=("OEKO-TEX Standard 100", "ISO 9001"),
)
sme(
    16,
    "th",
    "บริษัท ชลหนังเทียม จำกัด",
    ALC,
    MID,
    "Chonburi",
    offers=[
        ("หนังเทียมพีวีซี ลายหนังวัว ทำเบาะ", "pvc_leatherette"),
        ("หนังพียูลายสาน หน้ากว้าง 54 นิ้ว", "pu_synthetic_leather"),
    ],
    needs=[need("ผ้าถักรองหลังสำหรับเคลือบ", "polyester_knit_base_fabric")],
    certs=("Thai Industrial Standard",),
)
sme(
    17,
    "en",
    "Sakhon Knit Mills",
    SPORT,
    MID,
    "Samut Sakhon",
    offers=[("Brushed polyester knit base cloth", "polyester_knit_base_fabric")],
    needs=[need("GRS-certified recycled polyester filament 75D", "recycled_polyester_yarn", req=("GRS",))],
    certs=("GRS",),
)
sme(
    18,
    "th",
    "บริษัท ระยองรีไซเคิลไฟเบอร์ จำกัด",
    CIRC,
    UP,
    "Rayong",
    offers=[("เส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวดเพ็ท", "recycled_polyester_yarn")],
    needs=[need("ขวดน้ำดื่มพลาสติกใส อัดก้อน", "pet_bottle_scrap")],
    certs=("GRS",),
    bcg=("circular",),
)
sme(
    19,
    "en",
    "Green Bale Collectors",
    CIRC,
    UP,
    "Bangkok",
    offers=[("Baled clear PET bottles, sorted", "pet_bottle_scrap")],
    bcg=("circular",),
)
sme(
    20,
    "th",
    "ร้านเศษหนังพระประแดง",
    CIRC,
    UP,
    "Samut Prakan",
    offers=[("เศษหนังแท้จากโรงงานกระเป๋า ขายยกกระสอบ", "leather_offcuts")],
    bcg=("circular",),
)
sme(
    21,
    "en",
    "ReLeather Bonded",
    CIRC,
    MID,
    "Bangkok",
    offers=[("Bonded leather sheets, 60% recycled leather fibre", "bonded_leather")],
    needs=[need("Genuine leather trimmings, any colour, by the tonne", "leather_offcuts")],
    bcg=("circular",),
)
sme(
    22,
    "th",
    "แบรนด์เศษสวย",
    CIRC,
    DOWN,
    "Chiang Mai",
    offers=[
        ("พวงกุญแจหนังจากเศษหนัง", "leather_keychain"),
        ("กระเป๋าใส่เหรียญหนังแท้ ปะต่อชิ้น", "leather_coin_purse"),
    ],
    needs=[
        need("เศษหนังชิ้นใหญ่ เกินฝ่ามือ", "leather_offcuts"),
        need("แจ็คเก็ตหนังเก่า กระเป๋าหนังใช้แล้ว", "used_leather_jackets", "used_leather_bags"),
    ],
    bcg=("circular",),
)
sme(
    23,
    "en",
    "Secondhand Leather Bales Co.",
    CIRC,
    UP,
    "Bangkok",
    offers=[("Used leather jackets from Japan, 45 kg bales", "used_leather_jackets")],
)
sme(
    24,
    "th",
    "ร้านกระเป๋ามือสองโคราช",
    CIRC,
    DOWN,
    "Nakhon Ratchasima",
    offers=[("กระเป๋าหนังแบรนด์เนมมือสอง คัดเกรดเอ", "used_leather_bags")],
    needs=[
        need("ช่างทำสีกระเป๋าหนังใหม่ ซ่อมมุมถลอก", "leather_repair_recolour_service", "bag_repair_service"),
        unmet("หนังจระเข้แท้ เกรดทำกระเป๋า", "no crocodile leather in the set"),
    ],
)
sme(
    25,
    "en",
    "Leather Doctor Bangkok",
    CIRC,
    MID,
    "Bangkok",
    offers=[("Repair and recolouring of sofas, car seats, handbags", "leather_repair_recolour_service")],
    needs=[need("Water-based leather colourant", "leather_paint")],
)
sme(
    26,
    "th",
    "ร้านปั๊มโลโก้นนท์",
    ALC,
    MID,
    "Nonthaburi",
    offers=[("รับปั๊มโลโก้ลงหนัง ปั๊มร้อน ปั๊มจม ขั้นต่ำ 50 ชิ้น", "hot_stamping_service")],
    needs=[
        need("บล็อกทองเหลืองแกะโลโก้", "brass_logo_die"),
        need("ฟอยล์ทอง ฟอยล์เงิน สำหรับเครื่องปั๊ม", "hot_stamping_foil"),
    ],
)
sme(
    27,
    "en",
    "DieWorks BKK",
    ALC,
    MID,
    "Bangkok",
    offers=[
        ("CNC-engraved brass logo dies", "brass_logo_die"),
        ("Laser engraving on leather", "laser_engraving_service"),
        ("Foil blocking and debossing, short runs", "hot_stamping_service"),
    ],
    needs=[unmet("Brass plate stock, 7 mm", "no metal supplier in the set")],
)
sme(
    28,
    "th",
    "ฟอยล์ไทยเทรดดิ้ง",
    ALC,
    MID,
    "Ratchaburi",
    offers=[("ฟอยล์ปั๊มร้อน ม้วนกว้าง 64 มม. ยาว 120 ม.", "hot_stamping_foil")],
)
sme(
    29,
    "th",
    "ช่างเย็บหนังขอนแก่น",
    ALI,
    MID,
    "Khon Kaen",
    offers=[
        ("รับเย็บกระเป๋าหนัง ลูกค้าส่งหนังมาเอง", "leather_stitching_service"),
        ("ทาสีขอบ ขัดขอบหนัง", "leather_edge_finishing_service"),
        ("ซ่อมกระเป๋า เปลี่ยนซิป ทำสีใหม่", "bag_repair_service"),
    ],
    needs=[need("ด้ายเทียนเย็บหนัง 0.8 มม.", "waxed_thread")],
)
sme(
    30,
    "en",
    "EdgeLine Leather Services",
    SPORT,
    MID,
    "Bangkok",
    offers=[
        ("Edge painting and burnishing", "leather_edge_finishing_service"),
        ("Clicking (die-cutting) of leather parts", "leather_die_cutting_service"),
    ],
    needs=[need("Edge coat, matte, 1 kg tins", "edge_paint")],
)
sme(
    31,
    "th",
    "บริษัท เคมีหนังสยาม จำกัด",
    ALC,
    MID,
    "Rayong",
    offers=[
        ("สีทาหนังสูตรน้ำ", "leather_paint"),
        ("น้ำยาทาขอบหนัง", "edge_paint"),
        ("ครีมบำรุงหนัง ขวด 250 มล.", "leather_care_cream"),
    ],
)
sme(
    32,
    "en",
    "Doi Hemp Thread",
    HEMP,
    UP,
    "Chiang Mai",
    offers=[("Waxed hemp cord for saddle stitching, 0.8 mm", "waxed_thread")],
    needs=[need("Looking for hand-spun hemp yarn, undyed", "hemp_yarn")],
)
sme(
    33,
    "th",
    "ร้านอะไหล่กระเป๋าสำเพ็ง",
    SPORT,
    MID,
    "Bangkok",
    offers=[
        ("อะไหล่กระเป๋า ห่วงดี หมุดย้ำ ตะขอก้ามปู", "bag_hardware"),
        ("หัวเข็มขัดทองเหลือง 35 มม.", "belt_buckle"),
    ],
)
sme(
    34,
    "en",
    "ZipLine Components",
    SPORT,
    MID,
    "Chonburi",
    offers=[("YKK-type zippers #5 and #8, metal or nylon", "zipper")],
    needs=[unmet("Recycled brass wire for zip teeth", "no metal supplier in the set")],
)
# ---------------------------------------------------------------- fibre, yarn, cloth, dyeing, sewing
sme(
    35,
    "th",
    "กลุ่มทอผ้ากัญชงบ้านม้ง",
    HEMP,
    UP,
    "Tak",
    offers=[
        ("เปลือกกัญชงลอกมือ", "hemp_fibre"),
        ("ด้ายกัญชงปั่นมือ สีธรรมชาติ", "hemp_yarn"),
    ],
)
sme(
    36,
    "en",
    "Hemp Loom Co.",
    HEMP,
    MID,
    "Chiang Mai",
    offers=[("Hemp canvas 12 oz, 150 cm wide", "hemp_fabric")],
    needs=[
        need("Nm 6 hemp yarn, natural colour", "hemp_yarn"),
        need("Plant dyeing of our canvas, no synthetic dye", "natural_dyeing_service", "indigo_dyeing_service"),
    ],
)
sme(
    37,
    "th",
    "กลุ่มปลูกฝ้ายอินทรีย์พังโคน",
    ALI,
    UP,
    "Sakon Nakhon",
    offers=[("ฝ้ายเข็นมือ เส้นใหญ่ ไม่ฟอกขาว", "handspun_cotton_yarn")],
    needs=[need("ฝ้ายปุย ได้รับรองเกษตรอินทรีย์", "cotton_fibre", req=("Organic Thailand",))],
    certs=("Organic Thailand",),
    bcg=("bio",),
)
sme(
    38,
    "th",
    "วิสาหกิจชุมชนครามสกล",
    ALI,
    MID,
    "Sakon Nakhon",
    offers=[
        ("รับย้อมครามผ้าของลูกค้า", "indigo_dyeing_service"),
        ("ผ้าฝ้ายย้อมครามธรรมชาติ หน้ากว้าง 1 ม.", "indigo_dyed_cotton_fabric"),
    ],
    needs=[
        need("เส้นฝ้ายปั่นมือ ต้องได้มาตรฐานเกษตรอินทรีย์", "handspun_cotton_yarn", req=("Organic Thailand",)),
        need("หาซื้อเนื้อครามเปียก ปีละ 200 กก.", "indigo_paste"),
    ],
    certs=("OTOP",),
    bcg=("bio",),
)
sme(
    39,
    "en",
    "Sakon Indigo Paste",
    ALI,
    UP,
    "Sakon Nakhon",
    offers=[("Fermented indigo paste, 1 kg tubs", "indigo_paste")],
)
sme(
    40,
    "en",
    "Stitch Partner CMT",
    SPORT,
    MID,
    "Chachoengsao",
    offers=[("CMT sewing of totes, aprons and pouches", "sewing_cmt_service")],
    needs=[need("Satin lining for pouches", "lining_fabric")],
)
sme(
    41,
    "th",
    "โรงทอผ้าดิบราชบุรี",
    HEMP,
    MID,
    "Ratchaburi",
    offers=[("ผ้าแคนวาส ผ้าดิบ ฝ้าย 100%", "cotton_canvas")],
    needs=[need("ด้ายฝ้าย เบอร์ 20 ม้วนกรวย", "cotton_yarn")],
)
sme(
    42,
    "en",
    "Saraburi Spinning",
    HEMP,
    UP,
    "Saraburi",
    offers=[("Ring-spun cotton yarn Ne 20/1, 30/1 on cones", "cotton_yarn")],
    needs=[need("GRS recycled cotton fibre for blends", "recycled_cotton_fibre", req=("GRS",))],
    certs=("OEKO-TEX Standard 100",),
)
sme(
    43,
    "th",
    "ร้านเศษผ้าโบ๊เบ๊",
    CIRC,
    UP,
    "Bangkok",
    offers=[("เศษผ้าฝ้ายจากโรงตัด คัดสี", "cotton_textile_waste")],
    bcg=("circular",),
)
sme(
    44,
    "en",
    "Fibre Again",
    CIRC,
    UP,
    "Samut Sakhon",
    offers=[("Recycled cotton fibre from post-industrial waste", "recycled_cotton_fibre")],
    needs=[need("Cotton cutting waste, sorted by colour", "cotton_textile_waste")],
    certs=("GRS",),
    bcg=("circular",),
)
sme(
    45,
    "th",
    "ผ้าซับในสยาม",
    SPORT,
    MID,
    "Samut Prakan",
    offers=[("ผ้าซับในโพลีเอสเตอร์ ผ้าต่วน", "lining_fabric")],
    needs=[need("ด้ายโพลีเอสเตอร์รีไซเคิล", "recycled_polyester_yarn")],
)
sme(
    46,
    "th",
    "ม่อฮ่อมแพร่ย้อมเย็บ",
    HEMP,
    MID,
    "Phrae",
    offers=[
        ("รับย้อมห้อมผ้าของลูกค้า ย้อมเย็น", "indigo_dyeing_service"),
        ("เสื้อม่อฮ่อม ย้อมห้อมแท้", "indigo_dyed_garment"),
    ],
    needs=[need("ผ้าฝ้ายดิบ ผ้าขาว ยังไม่ย้อม", "cotton_canvas")],
)
sme(
    47,
    "en",
    "Isan Natural Dye House",
    ALI,
    MID,
    "Ubon Ratchathani",
    offers=[("Natural dyeing of your cloth, lac, ebony, jackfruit", "natural_dyeing_service")],
    needs=[need("Dried lac or ebony fruit for dye baths", "natural_dye_material")],
)
sme(
    48,
    "th",
    "สวนไม้ย้อมสีอุบล",
    ALI,
    UP,
    "Ubon Ratchathani",
    offers=[("ครั่งแห้ง ลูกมะเกลือ แก่นขนุน", "natural_dye_material")],
    bcg=("bio",),
)
# ---------------------------------------------------------------- leather goods makers
sme(
    49,
    "th",
    "หนังดีแบรนด์",
    ALC,
    DOWN,
    "Bangkok",
    offers=[
        ("กระเป๋าหนังวัวแท้ ทรงโท้ท", "leather_bag"),
        ("กระเป๋าสตางค์หนังแท้ ใบสั้น", "leather_wallet"),
        ("เศษหนังจากการตัดกระเป๋า กิโลละ 40 บาท", "leather_offcuts"),
    ],
    needs=[
        need("หนังวัวแท้ทำกระเป๋า ฟอกฝาดหรือฟอกโครมก็ได้", "finished_cow_leather", "veg_tanned_leather"),
        need("ตีตราแบรนด์บนหนัง แบบร้อน", "hot_stamping_service"),
        need("ห่วง ตะขอ หมุด สำหรับกระเป๋า", "bag_hardware"),
    ],
)
sme(
    50,
    "en",
    "Old City Belt Co.",
    ALC,
    DOWN,
    "Chiang Mai",
    offers=[("Veg-tan belts, hand stitched", "leather_belt")],
    needs=[
        need("Vegetable tanned shoulders, no chrome", "veg_tanned_leather"),
        need("Solid brass buckles", "belt_buckle"),
        need("Outsourced edge burnishing for belts", "leather_edge_finishing_service"),
    ],
)
sme(
    51,
    "th",
    "กระเป๋าใยสับปะรดอุดร",
    ALI,
    DOWN,
    "Udon Thani",
    offers=[("กระเป๋าสะพายหนังใบสับปะรด", "plant_leather_bag")],
    needs=[
        need("หนังใบสับปะรด แบบม้วน", "pineapple_leaf_leather"),
        need("ผ้าครามไว้ทำซับใน", "indigo_dyed_cotton_fabric"),
    ],
    bcg=("bio",),
)
sme(
    52,
    "en",
    "Verdant Goods",
    HEMP,
    DOWN,
    "Bangkok",
    offers=[
        ("Key fobs and card holders in mushroom or cactus leather", "plant_leather_small_goods"),
        ("Plant-based leather totes", "plant_leather_bag"),
    ],
    needs=[
        need(
            "Plant-based leather: mycelium, cactus or banana",
            "mushroom_leather",
            "cactus_leather",
            "banana_leather",
        ),
        need("Stitching our cut panels into totes", "leather_stitching_service"),
        unmet("Recycled lining, GRS certified", "the lining maker holds no GRS", "lining_fabric", req=("GRS",)),
    ],
    bcg=("bio",),
)
sme(
    53,
    "th",
    "ร้านรองเท้าหนังบางลำพู",
    ALC,
    DOWN,
    "Bangkok",
    offers=[("รองเท้าหนังผู้ชาย ตัดเย็บมือ", "leather_shoes")],
    needs=[
        need("หนังวัวทำหน้ารองเท้า หนา 1.4 มม.", "finished_cow_leather"),
        need("พื้นยางพาราสำหรับรองเท้า ไม่ต้องมี มอก.", "rubber_shoe_sole", waive=("Thai Industrial Standard",)),
        unmet("หุ่นรองเท้าไม้", "no shoe-last maker in the set"),
    ],
)
sme(
    54,
    "th",
    "โรงงานพื้นรองเท้ายางพาราสงขลา",
    ALC,
    MID,
    "Songkhla",
    offers=[("พื้นรองเท้ายางธรรมชาติ", "rubber_shoe_sole")],
    needs=[unmet("น้ำยางข้น 60%", "no latex supplier in the set")],
    bcg=("bio",),
)
sme(
    55,
    "en",
    "Easy Step Senior Shoes",
    ALC,
    DOWN,
    "Nonthaburi",
    offers=[("Wide-fit velcro shoes for older feet", "senior_comfort_shoes")],
    needs=[
        need("Soft microfibre or nappa uppers", "microfibre_leather", "finished_cow_leather"),
        need("Natural rubber outsoles", "rubber_shoe_sole"),
    ],
)
sme(
    56,
    "en",
    "Lumpini Fight Gear",
    SPORT,
    DOWN,
    "Bangkok",
    offers=[("Muay Thai gloves in cowhide, 10-16 oz", "boxing_gloves")],
    needs=[
        need("Full-grain cow leather; ISO 9001 not required", "finished_cow_leather", waive=("ISO 9001",)),
        need("Hot foil logo on gloves", "hot_stamping_service"),
        unmet("Latex foam padding for gloves", "no foam maker in the set"),
    ],
)
sme(
    57,
    "th",
    "โรงงานลูกฟุตบอลโคราช",
    SPORT,
    DOWN,
    "Nakhon Ratchasima",
    offers=[("ลูกฟุตบอลเย็บมือ", "sports_ball")],
    needs=[
        need("อยากได้หนังไมโครไฟเบอร์ หรือ พียู ทำลูกบอล", "microfibre_leather", "pu_synthetic_leather"),
        unmet("ยางในลูกบอล บิวทิล", "no bladder maker in the set"),
    ],
)
sme(
    58,
    "en",
    "Riverside Grand Hotel",
    ALC,
    DOWN,
    "Bangkok",
    needs=[
        need("Room folders and key tags, real or faux leather", "leather_hotel_amenities"),
        need("Refresh of worn lobby leather sofas", "leather_repair_recolour_service"),
        need("Canvas tote bags for guests", "fabric_tote_bag"),
    ],
)
sme(
    59,
    "th",
    "โรงแรมพัทยาบีช",
    ALC,
    DOWN,
    "Chonburi",
    needs=[
        need("สมุดเมนู แฟ้มข้อมูลในห้องพัก หุ้มหนังหรือหนังเทียม", "leather_hotel_amenities"),
        need("ทำโลโก้โรงแรมลงหนัง ปั๊มหรือเลเซอร์ก็ได้", "hot_stamping_service", "laser_engraving_service"),
    ],
)
sme(
    60,
    "th",
    "โรงงานเครื่องหนังโรงแรม",
    ALC,
    MID,
    "Bangkok",
    offers=[("ปกเมนู แฟ้มห้องพัก ที่รองแก้ว หนังแท้", "leather_hotel_amenities")],
    needs=[need("หนังพียูสีดำ", "pu_synthetic_leather")],
)
sme(
    61,
    "en",
    "Hospitality Leatherworks",
    ALC,
    MID,
    "Surat Thani",
    offers=[("PU leather room directories and tissue boxes", "leather_hotel_amenities")],
    needs=[need("Bonded leather or PU, black or brown", "bonded_leather", "pu_synthetic_leather")],
)
sme(
    62,
    "en",
    "Isan Crafts Corner",
    ALI,
    DOWN,
    "Khon Kaen",
    needs=[
        need("Leather keyrings for tourists", "leather_keychain"),
        need(
            "Handwoven cloth totes, OTOP not required",
            "fabric_bag_leather_trim",
            waive=("OTOP",),
        ),
        need("Bags in plant leather, not plastic", "plant_leather_bag"),
    ],
)
sme(
    63,
    "th",
    "กลุ่มทอผ้าบ้านโนนสว่าง",
    ALI,
    MID,
    "Ubon Ratchathani",
    offers=[("กระเป๋าผ้าฝ้ายทอมือย้อมคราม แต่งหนังแท้", "fabric_bag_leather_trim")],
    needs=[
        need("เศษหนังวัวมาทำหูกระเป๋า", "leather_offcuts"),
        need("ไหมน้อยทอผ้า ต้องมีตรานกยูงพระราชทาน", "silk_yarn", req=("Thai Silk Peacock Emblem",)),
        need("เชือกหนังถัก", "recycled_leather_cord"),
    ],
    certs=("OTOP",),
)
sme(
    64,
    "th",
    "อู่หุ้มเบาะช่างเอก",
    ALC,
    DOWN,
    "Bangkok",
    needs=[
        need("หนังแท้หุ้มเบาะรถ ทนแดด", "upholstery_leather"),
        need(
            "หนังเทียม พีวีซีหรือพียู ไม่จำเป็นต้องมี OEKO-TEX",
            "pvc_leatherette",
            "pu_synthetic_leather",
            waive=("OEKO-TEX Standard 100",),
        ),
    ],
)
sme(
    65,
    "en",
    "Auto Hide Finishing",
    CIRC,
    MID,
    "Samut Prakan",
    offers=[
        ("Automotive upholstery leather, pigmented, UV stable", "upholstery_leather"),
        ("Chrome-tanned cow sides for bags and shoes", "finished_cow_leather"),
    ],
    needs=[need("Wet blue from an ISO 14001 tannery", "wet_blue_leather", req=("ISO 14001",))],
    certs=("ISO 9001",),
)
sme(
    66,
    "en",
    "Sofa Craft Upholstery",
    ALC,
    DOWN,
    "Chanthaburi",
    needs=[
        need("Anyone selling leatherette for dining chairs? No PU", "pvc_leatherette"),
        need("Upholstery hides for sofas", "upholstery_leather"),
    ],
)
sme(
    67,
    "th",
    "ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ",
    ALC,
    DOWN,
    "Nonthaburi",
    needs=[
        need("หนังเทียมพีวีซีหุ้มเตียง ต้องได้ มอก.", "pvc_leatherette", req=("Thai Industrial Standard",)),
        need("รองเท้าผู้สูงอายุ ใส่ง่าย หน้าเท้ากว้าง", "senior_comfort_shoes"),
    ],
)
sme(
    68,
    "en",
    "Khon Kaen Elder Care",
    ALI,
    DOWN,
    "Khon Kaen",
    needs=[
        need("Velcro shoes for residents, wide fit", "senior_comfort_shoes"),
        unmet("Anti-slip bathroom mats", "no mat maker in the set"),
    ],
)
sme(
    69,
    "th",
    "โรงพยาบาลชุมชนกุมภวาปี",
    ALI,
    DOWN,
    "Udon Thani",
    needs=[
        unmet(
            "หนังเทียมหุ้มเตียงตรวจ ผู้ผลิตต้องมี ISO 9001",
            "the only PVC maker lacks ISO 9001",
            "pvc_leatherette",
            req=("ISO 9001",),
        ),
    ],
)
sme(
    70,
    "en",
    "Ride North Saddles",
    SPORT,
    DOWN,
    "Chiang Mai",
    offers=[("Bicycle saddles with leather tops", "bike_saddle")],
    needs=[
        need("Veg-tan or undyed crust for saddle tops", "veg_tanned_leather", "crust_leather"),
        need("Dyeing our crust to dark brown", "leather_dyeing_service"),
        unmet("Titanium saddle rails", "no metal parts maker in the set"),
    ],
)
sme(
    71,
    "th",
    "ร้านนวมมวยรังสิต",
    SPORT,
    DOWN,
    "Pathum Thani",
    offers=[("นวมชกมวยหนังพียู", "boxing_gloves")],
    needs=[
        need(
            "หนังพียูหรือไมโครไฟเบอร์ ต้องผ่าน OEKO-TEX",
            "pu_synthetic_leather",
            "microfibre_leather",
            req=("OEKO-TEX Standard 100",),
        ),
        need("ตัดชิ้นหนังด้วยแม่พิมพ์", "leather_die_cutting_service"),
    ],
)
sme(
    72,
    "en",
    "Fairway Glove Works",
    SPORT,
    DOWN,
    "Chonburi",
    offers=[("Golf gloves", "golf_gloves")],
    needs=[unmet("Cabretta sheepskin, white", "no sheepskin supplier in the set")],
)
sme(
    73,
    "th",
    "ร้านของฝากนิมมาน",
    ALC,
    DOWN,
    "Chiang Mai",
    needs=[
        need("วอลเล็ทหนังแท้ แฮนด์เมดไทย", "leather_wallet"),
        need("ปกสมุดหนัง", "leather_notebook_cover"),
        need("กระเป๋าถือ กระเป๋าสะพาย หนังแท้", "leather_bag"),
    ],
)
sme(
    74,
    "en",
    "Lampang Leather Journals",
    ALC,
    MID,
    "Lampang",
    offers=[("Leather notebook covers, A5", "leather_notebook_cover")],
    needs=[
        need("VT leather 1.5 mm?", "veg_tanned_leather"),
        need("Names stamped in gold on covers", "hot_stamping_service"),
    ],
)
sme(
    75,
    "th",
    "ร้านรีเมคเบาะเก่า",
    CIRC,
    DOWN,
    "Phitsanulok",
    offers=[("กระเป๋าหนังแท้ ทำจากเบาะรถเก่า", "leather_bag")],
    needs=[
        need("ของหนังแท้ใช้แล้ว เบาะ โซฟา แจ็คเก็ต อะไรก็ได้", "used_leather_jackets", "used_leather_bags"),
        need("ช่างเย็บจักรรับงานเย็บกระเป๋าหนัง", "leather_stitching_service"),
    ],
    bcg=("circular",),
)
sme(
    76,
    "en",
    "Andaman Resort & Spa",
    ALC,
    DOWN,
    "Phuket",
    needs=[
        need("Key tags, no animal leather", "plant_leather_small_goods"),
        need("Cleaner and conditioner for lounge chairs", "leather_care_cream"),
    ],
)
sme(
    77,
    "th",
    "ร้านผ้าและกระเป๋าเชียงราย",
    HEMP,
    DOWN,
    "Chiang Rai",
    offers=[("กระเป๋าผ้ากัญชงทอมือ แต่งหนัง", "fabric_bag_leather_trim")],
    needs=[
        need("ผ้ากัญชงทอ", "hemp_fabric"),
        need("บล็อกปั๊มโลโก้", "brass_logo_die"),
        need("รับจ้างเย็บกระเป๋าผ้า", "sewing_cmt_service"),
    ],
)
sme(
    78,
    "en",
    "Loop Leather Lab",
    CIRC,
    MID,
    "Bangkok",
    offers=[("Leather cord spun from scraps", "recycled_leather_cord")],
    needs=[need("Leather scraps in bulk", "leather_offcuts")],
    bcg=("circular",),
)
sme(
    79,
    "th",
    "ร้านของฝากขอนแก่น",
    ALI,
    DOWN,
    "Khon Kaen",
    needs=[
        need("ที่ห้อยกุญแจหนัง ของฝากนักท่องเที่ยว", "leather_keychain"),
        need("กระเป๋าผ้าทอมือ มีโอทอปยิ่งดี", "fabric_bag_leather_trim", waive=("OTOP",)),
    ],
)
sme(
    80,
    "en",
    "Roi Et Tote Makers",
    ALI,
    MID,
    "Roi Et",
    offers=[("Printed cotton canvas tote bags", "fabric_tote_bag")],
    needs=[
        need("Canvas by the roll", "cotton_canvas"),
        need("Sewing subcontractor for 2,000 totes", "sewing_cmt_service"),
        need("Indigo dip of our own canvas", "indigo_dyeing_service"),
    ],
)
sme(
    81,
    "th",
    "อู่หุ้มเบาะอยุธยา",
    ALC,
    DOWN,
    "Phra Nakhon Si Ayutthaya",
    needs=[
        need("หนังเทียมหุ้มเบาะ ไม่เอาพีวีซี", "pu_synthetic_leather"),
        need("ซ่อมสีเบาะหนังของลูกค้า", "leather_repair_recolour_service"),
    ],
)
sme(
    82,
    "th",
    "ตัวแทนหนังนำเข้าสยาม",
    CIRC,
    MID,
    "Bangkok",
    offers=[
        ("หนังฟอกฝาดนำเข้าจากอิตาลี", "veg_tanned_leather"),
        ("หนังวัวฟอกโครม นำเข้าจากเกาหลี", "finished_cow_leather"),
    ],
)
sme(
    83,
    "th",
    "สหกรณ์โคเนื้อบุรีรัมย์",
    ALI,
    UP,
    "Buriram",
    offers=[("หนังวัวสดจากโรงเชือด", "raw_cow_hide")],
    needs=[need("จ้างฟอกหนังวัวของสหกรณ์เอง", "toll_tanning_service", "toll_tanning_vegetable")],
)
sme(
    84,
    "en",
    "Korat Furniture House",
    ALI,
    DOWN,
    "Nakhon Ratchasima",
    needs=[
        need("Buffalo leather for sofa arms, or cow upholstery hide", "upholstery_leather", "buffalo_leather"),
        unmet(
            "Synthetic leather with Thai Green Label",
            "no synthetic leather maker holds Thai Green Label",
            "pvc_leatherette",
            "pu_synthetic_leather",
            req=("Thai Green Label",),
        ),
    ],
)
sme(
    85,
    "th",
    "หนังควายกาฬสินธุ์",
    ALI,
    MID,
    "Kalasin",
    offers=[("หนังควายฟอกฝาด หนา 3 มม.", "buffalo_leather")],
    needs=[
        need("หนังควายดิบ", "raw_buffalo_hide"),
        unmet("เครื่องผ่าหนังมือสอง", "no machinery seller in the set"),
    ],
)
sme(
    86,
    "en",
    "Nan Cotton Growers",
    HEMP,
    UP,
    "Nan",
    offers=[("Raw cotton lint, ginned", "cotton_fibre")],
    certs=("Organic Thailand",),
)
sme(
    87,
    "th",
    "โรงงานเย็บชุดกีฬานคร",
    SPORT,
    MID,
    "Nakhon Si Thammarat",
    offers=[("รับเย็บชุดกีฬา กระเป๋าผ้า ลูกค้าส่งผ้ามาเอง", "sewing_cmt_service")],
    needs=[unmet("ผ้าโพลีเอสเตอร์รีไซเคิล ได้ GRS", "no recycled polyester cloth in the set", req=("GRS",))],
)
sme(
    88,
    "en",
    "Second Skin Vintage",
    CIRC,
    DOWN,
    "Songkhla",
    offers=[("Restored vintage leather jackets", "used_leather_jackets")],
    needs=[
        need("Used leather jackets in bales", "used_leather_jackets"),
        need("Recolouring of faded jackets", "leather_repair_recolour_service"),
    ],
)
sme(
    89,
    "th",
    "ของขวัญองค์กรสยาม",
    ALC,
    DOWN,
    "Bangkok",
    needs=[
        need("กระเป๋าสตางค์หนัง ปั๊มชื่อบริษัท", "leather_wallet"),
        need("ปกสมุดหนัง สลักเลเซอร์", "leather_notebook_cover"),
        need("เข็มขัดหนังแท้เป็นของขวัญ มีโอทอปก็ได้", "leather_belt", waive=("OTOP",)),
    ],
)
sme(
    90,
    "th",
    "กลุ่มสาวไหมสุรินทร์",
    ALI,
    UP,
    "Surin",
    offers=[("ไหมน้อยสาวมือ พันธุ์พื้นบ้าน", "silk_yarn")],
    certs=("Thai Silk Peacock Emblem",),
)
sme(
    91,
    "th",
    "กลุ่มทอผ้าฝ้ายเลย",
    HEMP,
    MID,
    "Loei",
    offers=[("ผ้าฝ้ายทอมือ ผ้าขาวม้า", "handwoven_cotton_fabric")],
    needs=[
        need("ด้ายฝ้ายสำหรับทอ เข็นมือหรือปั่นเครื่องก็ได้", "handspun_cotton_yarn", "cotton_yarn"),
        need("ส่งผ้าฝ้ายไปย้อมคราม", "indigo_dyeing_service"),
    ],
)
sme(
    92,
    "en",
    "Trail Pack Co.",
    SPORT,
    DOWN,
    "Bangkok",
    offers=[("Hiking backpacks with leather trim", "backpack")],
    needs=[
        need("Heavy #8 zips", "zipper"),
        need("Polyester lining cloth", "lining_fabric"),
        unmet("Nylon webbing, 25 mm", "no webbing maker in the set"),
    ],
)
sme(
    93,
    "th",
    "สปาริมน้ำแม่กลอง",
    ALC,
    DOWN,
    "Samut Songkhram",
    needs=[
        need("รองเท้าแตะหนังสำหรับแขก", "leather_sandals"),
        need("ผ้าโสร่ง ผ้าขาวม้า ให้แขกสปา 200 ผืน", "handwoven_cotton_fabric"),
        unmet("ช่างหุ้มเบาะเตียงนวดใหม่", "no upholstery service in the set"),
    ],
)
sme(
    94,
    "en",
    "Mae Rim Sandal Makers",
    ALI,
    DOWN,
    "Chiang Mai",
    offers=[("Leather sandals with buffalo hide soles", "leather_sandals")],
    needs=[need("Thick veg-tan for sandal footbeds", "veg_tanned_leather", "buffalo_leather")],
)
sme(
    95,
    "th",
    "คอกม้าหัวหิน",
    SPORT,
    DOWN,
    "Prachuap Khiri Khan",
    needs=[
        need("มีใครรับซ่อมอานม้าหนังบ้างคะ", "leather_repair_recolour_service"),
        need("ครีมบำรุงหนังอานม้า", "leather_care_cream"),
    ],
)


# ====================================================================== checks

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
ID_RE = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
MAX_ITEMS = 3


def _letters(text: str) -> list[str]:
    return [ch for ch in text if ch.isalpha() or THAI_CHAR.match(ch)]


def language_problem(text: str, lang: str) -> str | None:
    letters = _letters(text)
    if not letters:
        return "no letters"
    thai = sum(1 for ch in letters if THAI_CHAR.match(ch))
    if lang == "th":
        return None if thai / len(letters) >= 0.6 else "Thai phrase is not mostly Thai letters"
    if thai:
        return "English phrase has Thai letters"
    if any(not unicodedata.name(ch, "").startswith("LATIN") for ch in letters):
        return "English phrase has non-Latin letters"
    return None


def _mentions(certification: str) -> list[str]:
    for cert in CERTIFICATIONS:
        if cert.name == certification:
            return [cert.name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions]
    return []


def names_certification(text: str, certification: str) -> bool:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return any(unicodedata.normalize("NFKC", m).casefold() in folded for m in _mentions(certification))


def qualified_suppliers(buyer: Sme, item: Need) -> list[Sme]:
    wanted = set(item.labels)
    return [
        s
        for s in SMES
        if s is not buyer and wanted & {label for _, label in s.offers} and set(item.requires) <= set(s.certifications)
    ]


def check() -> list[str]:
    problems: list[str] = []
    nums = [s.num for s in SMES]
    if sorted(nums) != list(range(1, N_PROFILES + 1)):
        problems.append(f"ids must be {ID_PREFIX}-001 .. {ID_PREFIX}-{N_PROFILES:03d}, each once")
    if nums != sorted(nums):
        problems.append("SMEs are not written in id order")
    offered_by: dict[str, set[str]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)
    seen_texts: dict[str, str] = {}
    for s in SMES:
        where = s.id
        if not ID_RE.match(s.id):
            problems.append(f"{where}: malformed id")
        if s.lang not in ("th", "en"):
            problems.append(f"{where}: language {s.lang!r}")
        if not isinstance(s.sub_cluster, SubCluster) or not isinstance(s.stage, Stage):
            problems.append(f"{where}: sub-cluster or stage not a taxonomy value")
        if resolve_province(s.province) is None:
            problems.append(f"{where}: province {s.province!r} does not resolve")
        for cert in s.certifications:
            if resolve_certification(cert) != cert:
                problems.append(f"{where}: certification {cert!r} is not a canonical name")
        if len(set(s.bcg)) != len(s.bcg):
            problems.append(f"{where}: repeated BCG tag")
        if len(s.offers) > MAX_ITEMS or len(s.needs) > MAX_ITEMS:
            problems.append(f"{where}: more than {MAX_ITEMS} offers or needs")
        if not s.offers and not s.needs:
            problems.append(f"{where}: neither offers nor needs")
        phrases = [s.name, *(text for text, _ in s.offers), *(n.text for n in s.needs)]
        for phrase in phrases:
            if phrase != phrase.strip() or not phrase:
                problems.append(f"{where}: empty or padded phrase {phrase!r}")
            trouble = language_problem(phrase, s.lang)
            if trouble:
                problems.append(f"{where}: {trouble}: {phrase!r}")
        for text in phrases[1:]:
            key = text.casefold()
            if key in seen_texts:
                problems.append(f"{where}: phrase {text!r} also used by {seen_texts[key]}")
            seen_texts[key] = where
        for _, label in s.offers:
            if not LABEL_RE.match(label):
                problems.append(f"{where}: bad offer label {label!r}")
        for item in s.needs:
            tag = f"{where} need {item.text!r}"
            if not item.labels and not item.unmet_note:
                problems.append(f"{tag}: lists no labels and is not marked unmet")
            for label in item.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    problems.append(f"{tag}: label {label!r} is offered by no one else")
            for cert in (*item.requires, *item.waives):
                if resolve_certification(cert) != cert:
                    problems.append(f"{tag}: {cert!r} is not a canonical certification")
                if not names_certification(item.text, cert):
                    problems.append(f"{tag}: text does not name {cert}")
            if set(item.requires) & set(item.waives):
                problems.append(f"{tag}: a certification both required and waived")
            found = find_certifications(item.text)
            if found != set(item.requires):
                problems.append(f"{tag}: text asks for {sorted(found)}, labelled {sorted(item.requires)}")
            suppliers = qualified_suppliers(s, item)
            if item.unmet_note and suppliers:
                problems.append(f"{tag}: marked unmet but met by {[x.id for x in suppliers]}")
            if not item.unmet_note and not suppliers:
                problems.append(f"{tag}: no qualified supplier")
    return problems


# ====================================================================== links and counts


def true_links() -> list[tuple[str, str]]:
    pairs = {
        (supplier.id, buyer.id)
        for buyer in SMES
        for item in buyer.needs
        for supplier in qualified_suppliers(buyer, item)
    }
    return sorted(pairs)


def counts(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in SMES}
    rows: list[tuple[str, str]] = []
    n = len(SMES)
    thai = sum(1 for s in SMES if s.lang == "th")
    rows.append(("profiles", str(n)))
    rows.append(("Thai / English profiles", f"{thai} / {n - thai}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(1 for s in SMES if s.sub_cluster is sub))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(1 for s in SMES if s.stage is stage))))
    regions = Counter(resolve_province(s.province).region for s in SMES)  # type: ignore[union-attr]
    for region in sorted(regions, key=lambda r: r.value):
        rows.append((f"region {region.value}", str(regions[region])))
    rows.append(("distinct provinces", str(len({resolve_province(s.province).name_en for s in SMES}))))  # type: ignore[union-attr]
    offers = [label for s in SMES for _, label in s.offers]
    needs = [(s, item) for s in SMES for item in s.needs]
    met = [(s, item) for s, item in needs if qualified_suppliers(s, item)]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len(set(offers)))))
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"))
    spread = Counter(min(len(qualified_suppliers(s, item)), 4) for s, item in met)
    rows.append(("met needs by number of suppliers (1 / 2 / 3 / 4+)", " / ".join(str(spread[k]) for k in (1, 2, 3, 4))))
    rows.append(("needs requiring a certification", str(sum(1 for _, item in needs if item.requires))))
    rows.append(("needs waiving a certification", str(sum(1 for _, item in needs if item.waives))))
    rows.append(("true links", str(len(links))))
    th_en = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({cross / len(links):.0%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(
        (
            "links between different sub-clusters",
            str(sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster)),
        )
    )
    return rows


def target_problems(links: list[tuple[str, str]]) -> list[str]:
    by_id = {s.id: s for s in SMES}
    problems: list[str] = []
    thai_share = sum(1 for s in SMES if s.lang == "th") / len(SMES)
    if not 0.50 <= thai_share <= 0.60:
        problems.append(f"Thai share {thai_share:.0%} is not about 55 %")
    if not 160 <= len(links) <= 180:
        problems.append(f"{len(links)} true links, target 160-180")
    cross = sum(1 for a, b in links if by_id[a].lang != by_id[b].lang)
    if links and not 0.40 <= cross / len(links) <= 0.60:
        problems.append(f"cross-language share {cross / len(links):.0%}, target about half")
    unmet_count = sum(1 for s in SMES for item in s.needs if not qualified_suppliers(s, item))
    if not 16 <= unmet_count <= 24:
        problems.append(f"{unmet_count} needs met by no one, target about 20")
    met_sizes = [len(qualified_suppliers(s, item)) for s in SMES for item in s.needs]
    met_sizes = [k for k in met_sizes if k]
    if met_sizes and sum(1 for k in met_sizes if k <= 3) / len(met_sizes) < 0.7:
        problems.append("fewer than 70 % of met needs have 1-3 suppliers")
    if not any(k > 3 for k in met_sizes):
        problems.append("no need is met by more than 3 suppliers")
    return problems


# ====================================================================== output


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster.value,
        "stage": s.stage.value,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [item.text for item in s.needs],
        "certifications": list(s.certifications),
        "bcg": [tag.value for tag in s.bcg],
        "contact_email": f"contact.{s.num:03d}@{ID_PREFIX}-sme.example",
        "language": s.lang,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def counts_table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README_TEMPLATE = """\
# Evaluation set `blind_plain_leather`

## What it checks

How well the matcher finds true supplier-buyer pairs from wording it has never seen, on the theme of
leather and leather alternatives: cow and buffalo hides, tanneries and toll tanning, vegetable tanning,
leather from pineapple leaves, mushrooms, cactus and banana, PU and PVC synthetic leather, leather
offcuts and used leather goods, bags, belts, wallets, shoes and sandals, stitching, edge finishing,
die-cutting, hot-stamping and laser engraving services, repair and recolouring, and the gift shops,
hotels, spas, care homes and car and furniture upholsterers that buy; plus the ordinary fibre, yarn,
cloth, dyeing and sewing suppliers of the cluster.

The profiles are plain registry entries: one short phrase per offer or need, 0-3 of each, about 55 %
in Thai and the rest in English. The same kind of goods is written in many ways (local and regional
names, trade words, brand-like names, abbreviations, quantities, sizes, minimum orders). Needs are
worded differently from the offers that meet them, often in the other language. Hard cases: a service
versus the goods it works on (re-dyeing the customer's crust versus crust leather, toll tanning versus
tanned leather, stitching for others versus bags, sewing for others versus garments, indigo dyeing
versus indigo cloth); waste and used goods versus new; raw versus processed (leaves, fibre, leather
sheet, bag); finished goods described by their material (a hemp or indigo-cotton bag with leather trim
is a bag); refusals ("no chrome", "no PU", "no animal leather"); needs that require a named
certification, needs that name one only to waive it, and about 20 needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the project's contracts (the profile JSONL and links
CSV formats), `shared/taxonomy.py` with its data files, and the project's ruff settings. The writer
did not read the matcher, its glossary, its tests, other evaluation sets or any project data, and did
not run the matcher. All data, including the labels, lives in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `leather_offcuts` versus
`finished_cow_leather`). Every need either lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of the
buyer's needs and the supplier's certifications hold every certification that need requires. An SME is
never linked to itself. Shared words play no part; quantities, prices and places never decide a link;
what changes what the thing is does. A waived certification is not required. Labels are never written
to the output files.

Before writing, the script checks: ids unique and well-formed; every contract field valid (taxonomy
sub-clusters, stages and BCG tags; provinces resolve with `resolve_province`; certifications are
canonical under `resolve_certification`); every label a need lists is offered by someone other than the
buyer; every met need has a qualified supplier and every unmet one has none; the certifications that
`find_certifications` reads in a need's text are exactly the ones it requires, and a waived one is named
in the text; Thai phrases are mostly Thai letters and English ones Latin only; the size targets. If any
check fails it writes nothing.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_leather/write.py

Two runs give identical bytes.

## Files

- `write.py`: all the data and the labels; checks them and writes the files below.
- `profiles.jsonl`: {n_profiles} SME profiles in the contract's JSONL version 1 format, ids
  `{first}` to `{last}`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    problems = check()
    links = true_links()
    problems += target_problems(links)
    rows = counts(links)
    table = counts_table(rows)
    print(table, end="")
    if problems:
        print(f"\n{len(problems)} problem(s); nothing written:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    readme = README_TEMPLATE.format(n_profiles=len(SMES), first=SMES[0].id, last=SMES[-1].id, table=table)
    for name, text in (("profiles.jsonl", profiles), ("links.csv", links_csv(links)), ("README.md", readme)):
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
