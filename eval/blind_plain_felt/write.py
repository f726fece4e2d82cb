"""Write the hand-labelled evaluation set `eval/blind_plain_felt/`: wool, felt and fibre crafts.

Run from the repository root: `.venv/bin/python eval/blind_plain_felt/write.py`.
All data lives here; the script checks it and writes profiles.jsonl, links.csv and README.md,
or writes nothing when a check fails.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
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

HNF = SubCluster.HEMP_NATURAL_FIBRE
CT = SubCluster.CIRCULAR_TEXTILE
SPT = SubCluster.SPORTECH
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL
ALI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # a short note when no one in the set meets the need


def N(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that the suppliers offering any of `labels` (and holding every `req`) meet."""
    return Need(text, labels, req, waive)


def U(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req` when a certification is what is missing."""
    return Need(text, labels, req, (), note)


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    slug: str
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = field(default=())


def S(
    sid: str,
    lang: str,
    name: str,
    sub: SubCluster,
    stage: Stage,
    province: str,
    slug: str,
    offers: list[tuple[str, str]] | None = None,
    needs: list[Need] | None = None,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(sid, lang, name, sub, stage, province, slug, tuple(offers or ()), tuple(needs or ()), certs, bcg)


OEKO = "OEKO-TEX Standard 100"
ISO13485 = "ISO 13485"

# ---------------------------------------------------------------- SMEs 001-030: fibre, yarn, waste, felt makers

SMES: list[Sme] = [
    S(
        "bwf-001",
        "th",
        "ฟาร์มแกะสวนผึ้ง ฟาร์มสุข",
        HNF,
        UP,
        "Ratchaburi",
        "farmsuk-sheep",
        offers=[("ขนแกะตัดใหม่ ยังไม่ล้าง ขายเหมากระสอบ", "raw_greasy_wool")],
        needs=[
            N("หาคนรับสางขน ฝูงเล็กราว 40 ตัว", "carding_service"),
            U("ช่างตัดขนแกะ มาตัดถึงฟาร์ม ปีละ 2 รอบ", "no shearing service in the set"),
        ],
        bcg=("bio",),
    ),
    S(
        "bwf-002",
        "en",
        "Doi Saket Sheep Station",
        HNF,
        UP,
        "Chiang Mai",
        "doisaket-sheep",
        offers=[
            ("Corriedale fleece, greasy, skirted, 150 THB/kg", "raw_greasy_wool"),
            ("Washed Corriedale locks in 1 kg bags", "washed_wool_fleece"),
        ],
        needs=[
            N("Needle-felted sheep souvenirs for our farm shop", "needle_felted_toys"),
            U("Second-hand electric shearing handpiece", "no one sells shearing equipment"),
        ],
        bcg=("bio",),
    ),
    S(
        "bwf-003",
        "th",
        "วิสาหกิจชุมชนเลี้ยงแกะปากช่อง",
        HNF,
        UP,
        "Nakhon Ratchasima",
        "pakchong-sheep",
        offers=[("ขนแกะดิบ พันธุ์ผสม คละสี กิโลละ 50", "raw_greasy_wool")],
        needs=[N("ส่งขนแกะของฟาร์มไปซักล้างไขมันออก", "wool_scouring_service")],
    ),
    S(
        "bwf-004",
        "en",
        "Siam Wool Scour Co., Ltd.",
        HNF,
        UP,
        "Nakhon Pathom",
        "siamwoolscour",
        offers=[
            ("Commission scouring: your fleece washed, dried and baled, min 20 kg", "wool_scouring_service"),
            ("Clean scoured wool, mixed Thai flocks", "washed_wool_fleece"),
        ],
        needs=[N("Unwashed fleece from local sheep farms, any breed", "raw_greasy_wool")],
        certs=("ISO 14001",),
        bcg=("green",),
    ),
    S(
        "bwf-005",
        "th",
        "โรงสางขนแกะแม่ริม",
        HNF,
        UP,
        "Chiang Mai",
        "maerim-carding",
        offers=[
            ("รับสางขนแกะของลูกค้าเป็นแผ่นแบต ขั้นต่ำ 2 กก.", "carding_service"),
            ("แบตขนแกะสีธรรมชาติ พร้อมใช้ทำเฟลท์", "natural_wool_roving"),
        ],
        needs=[N("ขนแกะที่ซักแล้ว ยังไม่ผ่านการสาง", "washed_wool_fleece")],
    ),
    S(
        "bwf-006",
        "en",
        "Small Flock Mini Mill",
        HNF,
        UP,
        "Lamphun",
        "smallflockmill",
        offers=[("Mini-mill carding for hobby flocks, returned as roving or batts", "carding_service")],
        needs=[
            U("Replacement card clothing for our drum carder", "no one offers carding machine parts"),
            N("Scoured fleece to card and sell as our own batts", "washed_wool_fleece"),
        ],
    ),
    S(
        "bwf-007",
        "th",
        "บจก. สยามเมอริโน ท็อปส์",
        HNF,
        UP,
        "Bangkok",
        "siammerinotops",
        offers=[
            ("ท็อปเมอริโน 19.5 ไมครอน สีขาว ม้วน 1 กก.", "natural_wool_roving"),
            ("ขนแกะเมอริโนย้อมสี 60 เฉด แพ็ก 50 กรัม", "dyed_wool_roving"),
        ],
        needs=[U("ถุงซิปพิมพ์โลโก้ สำหรับแพ็กขนแกะ", "no packaging supplier in the set")],
    ),
    S(
        "bwf-008",
        "en",
        "Little Lamb Hand Dyes",
        HNF,
        UP,
        "Chiang Rai",
        "littlelambdyes",
        offers=[
            ("Hand-dyed merino top, variegated colourways, 100 g braids", "dyed_wool_roving"),
            ("Dyeing your own roving or yarn with acid dyes, from 1 kg", "wool_dyeing_service"),
        ],
        needs=[N("Undyed merino top 21 mic, 5 kg lots", "natural_wool_roving")],
    ),
    S(
        "bwf-009",
        "th",
        "ห้อมแพร่ ฮ่อมดี",
        HNF,
        MID,
        "Phrae",
        "homdee-phrae",
        offers=[
            ("รับย้อมห้อม ผ้าและด้ายที่ลูกค้าส่งมา", "natural_dyeing_service"),
            ("ผ้าฝ้ายย้อมห้อม หน้ากว้าง 1 ม. ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
        ],
        needs=[
            N("ผ้าฝ้ายทอมือสีขาวดิบ ยังไม่ย้อม", "handwoven_cotton_fabric"),
            N("ฮ่อมเปียก สำหรับก่อหม้อ", "indigo_dye_paste"),
        ],
        bcg=("green",),
    ),
    S(
        "bwf-010",
        "th",
        "กลุ่มปลูกห้อมบ้านทุ่งโฮ้ง",
        HNF,
        UP,
        "Phrae",
        "thunghong-hom",
        offers=[("ห้อมเปียกหมักแล้ว ถัง 20 กก.", "indigo_dye_paste")],
        needs=[U("เมล็ดพันธุ์ห้อม หรือกิ่งปักชำ", "no plant nursery in the set")],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    S(
        "bwf-011",
        "th",
        "วิสาหกิจครามบ้านดอนกอย",
        ALI,
        UP,
        "Sakon Nakhon",
        "donkoi-khram",
        offers=[
            ("เนื้อครามธรรมชาติ กก.ละ 250", "indigo_dye_paste"),
            ("รับย้อมครามเย็น ผ้าของลูกค้า", "natural_dyeing_service"),
        ],
        needs=[N("ฝ้ายเข็นมือสีขาว ไจใหญ่", "handspun_cotton_yarn")],
        bcg=("bio", "green"),
    ),
    S(
        "bwf-012",
        "en",
        "Sakon Indigo Weavers",
        ALI,
        MID,
        "Sakon Nakhon",
        "sakonindigo",
        offers=[
            ("Natural indigo handloom cotton by the metre", "indigo_dyed_cotton_fabric"),
            ("Indigo handwoven cotton tote, lined", "cotton_tote_bag"),
        ],
        needs=[
            N("Fermented indigo paste, no synthetic indigo", "indigo_dye_paste"),
            N("Hand-spun cotton thread for weft", "handspun_cotton_yarn"),
        ],
    ),
    S(
        "bwf-013",
        "th",
        "กลุ่มฝ้ายเข็นบ้านนาข่า",
        ALI,
        UP,
        "Udon Thani",
        "nakha-cotton",
        offers=[("ฝ้ายเข็นมือ เส้นใหญ่ ไจละ 100 กรัม", "handspun_cotton_yarn")],
        needs=[N("ฝ้ายดอก ฝ้ายหีบแล้ว จากไร่", "raw_cotton_fibre")],
    ),
    S(
        "bwf-014",
        "en",
        "Loei Rain-fed Cotton Farm",
        HNF,
        UP,
        "Loei",
        "loeicotton",
        offers=[("Ginned cotton lint, rain-fed, 25 kg bales", "raw_cotton_fibre")],
        needs=[U("Repair service for a small roller gin", "no machinery repair in the set")],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    S(
        "bwf-015",
        "th",
        "กลุ่มกัญชงม้งบ้านแม่สาใหม่",
        HNF,
        UP,
        "Chiang Mai",
        "maesamai-hemp",
        offers=[
            ("เปลือกกัญชงลอกมือ ตากแห้ง", "hemp_fibre"),
            ("ด้ายกัญชงต่อมือ ม้วนละ 500 กรัม", "hemp_yarn"),
        ],
        needs=[N("อยากหาคนย้อมสีธรรมชาติให้ด้ายของกลุ่ม ไม่เอาสีเคมี", "natural_dyeing_service")],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    S(
        "bwf-016",
        "en",
        "Hmong Hemp Loom",
        HNF,
        MID,
        "Tak",
        "hmonghemploom",
        offers=[
            ("Backstrap-loom hemp cloth, 40 cm wide", "hemp_fabric"),
            ("Hemp thread, hand-spliced", "hemp_yarn"),
        ],
        needs=[N("Raw hemp bast, sun-dried", "hemp_fibre")],
    ),
    S(
        "bwf-017",
        "en",
        "Thai Cotton Spinning Co.",
        HNF,
        UP,
        "Bangkok",
        "thaicottonspin",
        offers=[
            ("Combed cotton yarn Ne 20/1 and 30/1 on cones", "cotton_yarn"),
            ("GOTS organic cotton yarn Ne 30/1", "cotton_yarn"),
        ],
        certs=("GOTS", "ISO 9001:2015"),
    ),
    S(
        "bwf-018",
        "th",
        "วูลเฮาส์ ชลบุรี",
        HNF,
        UP,
        "Chon Buri",
        "woolhouse-chon",
        offers=[("ไหมพรมขนแกะแท้ 100% ก้อน 50 กรัม", "wool_knitting_yarn")],
    ),
    S(
        "bwf-019",
        "en",
        "WoolWorks Yarn Trading",
        ALC,
        UP,
        "Nonthaburi",
        "woolworksyarn",
        offers=[("Pure new wool DK, 50 g balls, 24 shades", "wool_knitting_yarn")],
        needs=[U("Alpaca fibre or alpaca yarn", "no alpaca in the set")],
    ),
    S(
        "bwf-020",
        "th",
        "เศษผ้ามหาชัย รีไซเคิล",
        CT,
        UP,
        "Samut Sakhon",
        "mahachai-scrap",
        offers=[("เศษผ้าตัดจากโรงงานการ์เมนต์ คัดสีแล้ว", "textile_offcuts")],
        bcg=("circular",),
    ),
    S(
        "bwf-021",
        "en",
        "PET Loop Fibre",
        CT,
        UP,
        "Rayong",
        "petloopfibre",
        offers=[
            ("Recycled PET staple fibre 6D x 64 mm", "recycled_pet_fibre"),
            ("Hollow conjugated fibre for pillows, siliconised", "polyester_fibrefill"),
        ],
        needs=[U("Clear PET bottle bales, 10 t a month", "no bottle collector in the set")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    S(
        "bwf-022",
        "th",
        "โกดังเสื้อกันหนาวมือสอง สะพานใหม่",
        CT,
        UP,
        "Bangkok",
        "saphanmai-used",
        offers=[("สเวตเตอร์ขนแกะมือสอง คัดแล้ว ขายเป็นกิโล", "used_wool_knitwear")],
        bcg=("circular",),
    ),
    S(
        "bwf-023",
        "th",
        "นุ่นแท้อ่างทอง",
        ALC,
        UP,
        "Ang Thong",
        "angthong-kapok",
        offers=[("นุ่นตีแล้ว ไร้เมล็ด กก.ละ 120", "kapok_fibre")],
        needs=[N("ผ้าทอมือเนื้อฝ้าย สำหรับเย็บปลอกหมอนนุ่น", "handwoven_cotton_fabric")],
        bcg=("bio",),
    ),
    S(
        "bwf-024",
        "en",
        "SoftFill Co.",
        ALC,
        UP,
        "Pathum Thani",
        "softfill",
        offers=[("Siliconised polyester stuffing 7D, 1 kg bags", "polyester_fibrefill")],
        certs=("Oeko-Tex 100",),
    ),
    S(
        "bwf-025",
        "th",
        "เฟลท์คัต รีไซเคิล",
        CT,
        UP,
        "Nonthaburi",
        "feltcut-recycle",
        offers=[("เศษสักหลาดจากงานตัดเลเซอร์ ชั่งกิโลขาย", "felt_scraps")],
        bcg=("circular",),
    ),
    S(
        "bwf-026",
        "th",
        "บ้านสักหลาดแม่แตง",
        HNF,
        MID,
        "Chiang Mai",
        "maetaeng-felt",
        offers=[
            ("แผ่นสักหลาดขนแกะแท้ หนา 3 มม. 30x30 ซม.", "wool_felt_sheet"),
            ("รับทำเฟลท์เปียกจากขนแกะที่ลูกค้าส่งมา", "custom_felting_service"),
        ],
        needs=[N("ขนแกะขาว ไม่ย้อม ทำแผ่นเฟลท์", "natural_wool_roving")],
    ),
    S(
        "bwf-027",
        "en",
        "FeltCraft Supply",
        HNF,
        MID,
        "Bangkok",
        "feltcraftsupply",
        offers=[
            ("100% wool felt, 1 mm, A4, 40 colours", "wool_felt_sheet"),
            ("Merino felt by the metre, 90 cm wide", "wool_felt_roll"),
        ],
        needs=[N("Cutting our felt into shapes by laser", "felt_cutting_service")],
        certs=(OEKO,),
    ),
    S(
        "bwf-028",
        "th",
        "ผ้าสักหลาดบางพลี",
        ALC,
        MID,
        "Samut Prakan",
        "bangphli-felt",
        offers=[
            ("ผ้าสักหลาดโพลีเอสเตอร์ แผ่น A4 หนา 1 มม.", "synthetic_craft_felt"),
            ("ผ้าสักหลาดม้วน ตัดขายเป็นหลา", "synthetic_craft_felt"),
        ],
    ),
    S(
        "bwf-029",
        "en",
        "Eastern Pressed Felt",
        SPT,
        MID,
        "Chonburi",
        "easternpressedfelt",
        offers=[
            ("Pressed wool felt F1, 10 mm, 1 x 1 m sheets", "industrial_pressed_felt"),
            ("Die-cut felt gaskets and washers to drawing", "felt_cutting_service"),
        ],
        needs=[N("Coarse washed wool for press felt", "washed_wool_fleece")],
        certs=("ISO 9001",),
    ),
    S(
        "bwf-030",
        "th",
        "ใยสังเคราะห์นีดพันช์ สยาม",
        SPT,
        MID,
        "Samut Prakan",
        "siam-needlepunch",
        offers=[("แผ่นใยนีดพันช์จากขวด PET รีไซเคิล ม้วนกว้าง 2 ม.", "recycled_felt_roll")],
        needs=[N("ใยโพลีเอสเตอร์รีไซเคิล ตัดสั้น", "recycled_pet_fibre")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    # ------------------------------------------------------------ SMEs 031-060: midstream work, felt goods
    S(
        "bwf-031",
        "en",
        "ReFelt Eastern",
        CT,
        MID,
        "Chachoengsao",
        "refelteastern",
        offers=[("Shoddy felt from garment waste, 500 gsm, 1.6 m rolls", "recycled_felt_roll")],
        needs=[N("Sorted cutting waste, cotton or poly, 1 t per month", "textile_offcuts")],
        bcg=("circular",),
    ),
    S(
        "bwf-032",
        "th",
        "บอลเฟลท์เชียงราย",
        HNF,
        MID,
        "Chiang Rai",
        "feltball-cr",
        offers=[("ลูกบอลสักหลาด 2 ซม. คละสี ถุงละ 100 ลูก", "felt_balls")],
        needs=[N("ขนแกะย้อมสีสด ๆ ราคาส่ง", "dyed_wool_roving")],
    ),
    S(
        "bwf-033",
        "en",
        "Isan Felt Collective",
        ALI,
        MID,
        "Khon Kaen",
        "isanfelt",
        offers=[
            ("Felt balls 1.5 and 2.5 cm, bulk 1,000 pcs", "felt_balls"),
            ("Round felt ball rugs, 90 cm", "felt_home_decor"),
        ],
        needs=[N("Natural white wool tops for felting", "natural_wool_roving")],
    ),
    S(
        "bwf-034",
        "th",
        "ตัดเลเซอร์นนท์",
        CT,
        MID,
        "Nonthaburi",
        "nonlaser",
        offers=[("รับตัดเลเซอร์ผ้าสักหลาด ลูกค้าส่งผ้ามาเอง", "felt_cutting_service")],
    ),
    S(
        "bwf-035",
        "th",
        "ห้องเย็บบางแค",
        ALC,
        MID,
        "Bangkok",
        "bangkhae-sew",
        offers=[("รับเย็บกระเป๋า งานผ้าสักหลาด ขั้นต่ำ 50 ใบ", "sewing_service")],
        needs=[U("จักรเย็บหนัง แขนยาว มือสอง", "no sewing machines in the set")],
    ),
    S(
        "bwf-036",
        "en",
        "Udon CMT Sewing Group",
        ALI,
        MID,
        "Udon Thani",
        "udoncmt",
        offers=[("CMT sewing, customer supplies fabric, shirts and bags", "sewing_service")],
    ),
    S(
        "bwf-037",
        "th",
        "กลุ่มแม่บ้านตัดเย็บร้อยเอ็ด",
        ALI,
        MID,
        "Roi Et",
        "roiet-sew",
        offers=[("รับจ้างตัดเย็บเสื้อผู้สูงอายุ ผ้าของลูกค้า", "sewing_service")],
        needs=[N("ผ้าคอตตอนสีพื้น ย้อมโรงงาน ราคาถูก", "dyed_cotton_fabric")],
    ),
    S(
        "bwf-038",
        "th",
        "ผ้าฝ้ายทอมือป่าซาง",
        HNF,
        MID,
        "Lamphun",
        "pasang-cotton",
        offers=[("ผ้าฝ้ายทอมือลายพื้นเมือง ยกพับ", "handwoven_cotton_fabric")],
        needs=[N("ด้ายฝ้ายโรงงาน เบอร์ 20 เป็นกรวย", "cotton_yarn")],
    ),
    S(
        "bwf-039",
        "en",
        "Chaiyaphum Handloom",
        ALI,
        MID,
        "Chaiyaphum",
        "chaiyaphumloom",
        offers=[("Plain handloom cotton, undyed, 60 cm", "handwoven_cotton_fabric")],
        needs=[N("Cotton yarn, GOTS certified", "cotton_yarn", req=("GOTS",))],
    ),
    S(
        "bwf-040",
        "th",
        "มัดหมี่ครามกาฬสินธุ์",
        ALI,
        MID,
        "Kalasin",
        "kalasin-khram",
        offers=[("ผ้าฝ้ายมัดหมี่ย้อมคราม ผืนละ 2 เมตร", "indigo_dyed_cotton_fabric")],
        needs=[N("ครามเปียกพร้อมก่อหม้อ", "indigo_dye_paste")],
    ),
    S(
        "bwf-041",
        "en",
        "Baize Pro Thailand",
        SPT,
        MID,
        "Bangkok",
        "baizepro",
        offers=[("Worsted wool billiard cloth, cut for 7-12 ft tables", "billiard_cloth")],
    ),
    S(
        "bwf-042",
        "th",
        "นูโนเฟลท์ เชียงใหม่",
        HNF,
        MID,
        "Chiang Mai",
        "nunofelt-cm",
        offers=[("ผ้าเฟลท์นูโน ขนแกะบนผ้าไหม ชิ้น 1x2 ม.", "nuno_felt_fabric")],
        needs=[
            N("ขนแกะสีสำหรับทำผ้าพันคอ", "dyed_wool_roving"),
            U("ผ้าชีฟองไหมบาง สำหรับรองนูโน", "no silk gauze supplier in the set"),
        ],
    ),
    S(
        "bwf-043",
        "en",
        "ColourLab Fibre Dyers",
        ALC,
        MID,
        "Bangkok",
        "colourlab",
        offers=[("Commission dyeing of yarn and loose fibre, from 2 kg", "wool_dyeing_service")],
        certs=("bluesign",),
    ),
    S(
        "bwf-044",
        "th",
        "พื้นรองเท้ายางมหาชัย",
        ALC,
        MID,
        "Samut Sakhon",
        "mahachai-sole",
        offers=[("พื้นยางกันลื่น สำหรับรองเท้าใส่ในบ้าน", "slipper_soles")],
    ),
    S(
        "bwf-045",
        "th",
        "ปักจักรประตูน้ำ",
        ALC,
        MID,
        "Bangkok",
        "pratunam-embroid",
        offers=[("รับปักโลโก้ ชื่อ บนผ้าและสักหลาด", "embroidery_service")],
    ),
    S(
        "bwf-046",
        "en",
        "Siam Reactive Dyehouse",
        ALC,
        MID,
        "Bangkok",
        "siamreactive",
        offers=[
            ("Reactive dyeing of customer's cotton and poly, 100 kg min", "fabric_dyeing_service"),
            ("Dyed cotton poplin, 30 stock colours", "dyed_cotton_fabric"),
        ],
        certs=(OEKO,),
    ),
    S(
        "bwf-047",
        "th",
        "สลิปเปอร์ขนแกะ บ้านต้นไม้",
        ALC,
        DOWN,
        "Chiang Mai",
        "bantonmai-slipper",
        offers=[("รองเท้าสลิปเปอร์ขนแกะเฟลท์ ทำมือ", "felted_slippers")],
        needs=[
            N("พื้นรองเท้าแบบบาง ติดกาวได้", "slipper_soles"),
            N("ขนแกะขาวสำหรับเฟลท์เปียก กิโลละไม่เกิน 900", "natural_wool_roving"),
        ],
    ),
    S(
        "bwf-048",
        "en",
        "Warm Feet Thailand",
        ALC,
        DOWN,
        "Bangkok",
        "warmfeet",
        offers=[("Felted wool house shoes for seniors, non-slip", "felted_slippers")],
        needs=[
            N("Thick wool felt 5 mm, by the metre", "wool_felt_roll"),
            N("Someone to stitch soles onto our shoes", "sewing_service"),
        ],
    ),
    S(
        "bwf-049",
        "th",
        "สลิปเปอร์ครามขอนแก่น",
        ALI,
        DOWN,
        "Khon Kaen",
        "khram-slipper",
        offers=[
            ("สลิปเปอร์ขนแกะย้อมคราม", "felted_slippers"),
            ("กระเป๋าเฟลท์ย้อมคราม", "felt_bags"),
        ],
        needs=[N("รับย้อมขนแกะของเรา สีพื้น", "wool_dyeing_service")],
    ),
    S(
        "bwf-050",
        "en",
        "Merino & Moss",
        HNF,
        DOWN,
        "Chiang Mai",
        "merinomoss",
        offers=[("Wet-felted merino handbags", "felt_bags")],
        needs=[
            N("Colourful merino tops for felting", "dyed_wool_roving"),
            N("Silk-wool felt fabric for bag panels", "nuno_felt_fabric"),
        ],
    ),
    S(
        "bwf-051",
        "th",
        "กระเป๋าสักหลาด ทองหล่อ",
        ALC,
        DOWN,
        "Bangkok",
        "thonglor-feltbag",
        offers=[("กระเป๋าสักหลาดใส่โน้ตบุ๊ก ตัดเย็บ", "felt_bags")],
        needs=[N("สักหลาดแบบม้วน หนา 3 มม. ขึ้นไป", "wool_felt_roll", "synthetic_craft_felt")],
    ),
    S(
        "bwf-052",
        "th",
        "ตุ๊กตาขนแกะ ยายปุ๊",
        HNF,
        DOWN,
        "Chiang Mai",
        "yaipu-doll",
        offers=[("ตุ๊กตาขนแกะนีดเฟลท์ รูปแมว หมา นก", "needle_felted_toys")],
        needs=[N("เข็มจิ้มขนแกะ หลายเบอร์", "felting_needles")],
        certs=("OTOP",),
    ),
    S(
        "bwf-053",
        "en",
        "Tiny Fluff Studio",
        ALC,
        DOWN,
        "Nonthaburi",
        "tinyfluff",
        offers=[("Needle-felted pet portraits, custom", "needle_felted_toys")],
        needs=[
            N("Foam or brush pad to felt on", "felting_mat"),
            N("Undyed wool batts", "natural_wool_roving"),
            U("Glass eyes for felt animals", "no toy parts supplier in the set"),
        ],
    ),
    S(
        "bwf-054",
        "th",
        "สื่อผ้าสักหลาด อุบล",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "ubon-feltbook",
        offers=[("นิทานผ้าสักหลาด หนังสือผ้าสำหรับเด็กเล็ก", "felt_educational_toys")],
        needs=[
            N("ผ้าสักหลาดสำหรับของเล่นเด็ก ต้องมี OEKO-TEX", "wool_felt_sheet", "synthetic_craft_felt", req=(OEKO,)),
        ],
    ),
    S(
        "bwf-055",
        "en",
        "Little Hands Montessori Supply",
        ALC,
        DOWN,
        "Bangkok",
        "littlehands",
        offers=[("Felt quiet books and felt story boards", "felt_educational_toys")],
        needs=[
            N("Pure wool felt sheets, no acrylic or polyester", "wool_felt_sheet"),
            N("Sewing contractor for quiet books, 300 pcs", "sewing_service"),
        ],
    ),
    S(
        "bwf-056",
        "th",
        "ดรายบอล ไทย",
        ALC,
        DOWN,
        "Bangkok",
        "dryball-thai",
        offers=[("ลูกบอลขนแกะใส่เครื่องอบผ้า ชุด 6 ลูก", "wool_dryer_balls")],
        needs=[N("ขนแกะซักแล้ว เกรดรอง ราคาถูก", "washed_wool_fleece")],
    ),
    S(
        "bwf-057",
        "en",
        "Andaman Home Felt",
        HNF,
        DOWN,
        "Phuket",
        "andamanfelt",
        offers=[("Felt ball garlands and coasters", "felt_home_decor")],
        needs=[N("Wool pom balls 2 cm, mixed colours, bulk", "felt_balls")],
    ),
    S(
        "bwf-058",
        "th",
        "ร้านนีดเฟลท์ช็อป",
        ALC,
        DOWN,
        "Bangkok",
        "needlefeltshop",
        offers=[
            ("เข็มสักหลาด เบอร์ 36 38 40 ชุด 10 เล่ม", "felting_needles"),
            ("แผ่นโฟมรองจิ้มขนแกะ", "felting_mat"),
        ],
        needs=[N("ขนแกะสีแพ็กเล็ก สำหรับขายปลีก", "dyed_wool_roving")],
    ),
    S(
        "bwf-059",
        "en",
        "Felt Me Studio",
        HNF,
        DOWN,
        "Chiang Mai",
        "feltmestudio",
        offers=[
            ("Needle felting starter kits with wool and needles", "needle_felting_kit"),
            ("Needle felting classes for groups", "felting_workshop"),
        ],
        needs=[
            N("Felting needles in bulk, triangle 38", "felting_needles"),
            N("Natural wool tops 1 kg", "natural_wool_roving"),
        ],
    ),
    S(
        "bwf-060",
        "th",
        "ครูแป้ง สอนงานขนแกะ",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "krupaeng",
        offers=[("สอนทำตุ๊กตาขนแกะ นอกสถานที่", "felting_workshop")],
        needs=[N("ชุดคิทจิ้มขนแกะสำเร็จรูป", "needle_felting_kit")],
    ),
    # ------------------------------------------------------------ SMEs 061-095: tools, goods, shops and buyers
    S(
        "bwf-061",
        "en",
        "NeedleWorks Import",
        ALC,
        DOWN,
        "Bangkok",
        "needleworks",
        offers=[
            ("German felting needles, 38 star and triangle, 100 pcs", "felting_needles"),
            ("Felting brush mat, large", "felting_mat"),
        ],
    ),
    S(
        "bwf-062",
        "th",
        "เมดิชีพ",
        ALC,
        DOWN,
        "Nonthaburi",
        "medisheep",
        offers=[("แผ่นหนังแกะรองนอน ป้องกันแผลกดทับ", "medical_sheepskin_pad")],
        needs=[U("หนังแกะฟอกแล้ว ทั้งผืน", "no tanned sheepskin supplier in the set")],
        certs=(ISO13485,),
    ),
    S(
        "bwf-063",
        "en",
        "QuietLeg Pads",
        ALC,
        DOWN,
        "Bangkok",
        "quietleg",
        offers=[("Self-adhesive felt pads for chair legs", "felt_furniture_pads")],
        needs=[
            N("Pressed felt 5 mm for cutting pads", "industrial_pressed_felt"),
            N("Recycled needle felt for a cheaper line", "recycled_felt_roll"),
        ],
    ),
    S(
        "bwf-064",
        "th",
        "ผ้าห่มขนแกะ แม่จัน",
        HNF,
        DOWN,
        "Chiang Rai",
        "maechan-blanket",
        offers=[("ผ้าห่มขนแกะทอมือ ขนาด 150x200", "wool_blanket")],
        needs=[N("เส้นขนแกะสำหรับทอ", "wool_knitting_yarn", "handspun_wool_yarn")],
    ),
    S(
        "bwf-065",
        "en",
        "Knit & Nana",
        ALC,
        DOWN,
        "Bangkok",
        "knitnana",
        offers=[("Hand-knitted wool beanies and scarves", "knitted_wool_wear")],
        needs=[
            N("Worsted-weight wool for knitting", "wool_knitting_yarn", "handspun_wool_yarn"),
            U("Cashmere yarn, 2-ply", "no cashmere in the set"),
        ],
    ),
    S(
        "bwf-066",
        "th",
        "เสื้อครามสกล",
        ALI,
        DOWN,
        "Sakon Nakhon",
        "sakon-khramshirt",
        offers=[("เสื้อผ้าฝ้ายย้อมคราม ทรงผู้สูงวัย", "cotton_garments")],
        needs=[
            N("ผ้าทอมือย้อมครามแท้ ยกม้วน", "indigo_dyed_cotton_fabric"),
            N("ช่างเย็บรับงานเหมา", "sewing_service"),
        ],
    ),
    S(
        "bwf-067",
        "en",
        "Indigo Lane",
        ALC,
        DOWN,
        "Bangkok",
        "indigolane",
        offers=[("Indigo handwoven cotton shirts", "cotton_garments")],
        needs=[N("Natural indigo fabric, no synthetic dye", "indigo_dyed_cotton_fabric")],
    ),
    S(
        "bwf-068",
        "th",
        "อินโซลขนแกะ รันนิ่ง",
        SPT,
        DOWN,
        "Bangkok",
        "woolinsole-run",
        offers=[("แผ่นรองเท้าขนแกะ ระบายอากาศ สำหรับนักวิ่ง", "felt_insoles")],
        needs=[N("สักหลาดขนแกะหนา 4-5 มม. ยกม้วน", "wool_felt_roll")],
    ),
    S(
        "bwf-069",
        "en",
        "RunHub Sports",
        SPT,
        DOWN,
        "Bangkok",
        "runhub",
        offers=[("Running shoe retail and gait analysis", "running_retail")],
        needs=[N("Wool insoles for our running shoe range", "felt_insoles")],
    ),
    S(
        "bwf-070",
        "th",
        "สนุ๊กเกอร์คลับ รามอินทรา",
        SPT,
        DOWN,
        "Bangkok",
        "ramintra-snooker",
        offers=[("บริการเปลี่ยนผ้าโต๊ะสนุ๊ก", "billiard_table_service")],
        needs=[N("ผ้าสักหลาดปูโต๊ะสนุ๊ก สีเขียว", "billiard_cloth")],
    ),
    S(
        "bwf-071",
        "th",
        "ร้านงานฝีมือ ป้าแดง สำเพ็ง",
        ALC,
        DOWN,
        "Bangkok",
        "padaeng-craft",
        offers=[("ขายปลีกอุปกรณ์งานฝีมือ", "craft_retail")],
        needs=[
            N("ผ้าสักหลาดแผ่นคละสี ราคาส่ง", "synthetic_craft_felt", "wool_felt_sheet"),
            N("ลูกปอมปอมสักหลาด", "felt_balls"),
        ],
    ),
    S(
        "bwf-072",
        "en",
        "Nimman Craft Corner",
        HNF,
        DOWN,
        "Chiang Mai",
        "nimmancraft",
        offers=[("Craft supplies retail", "craft_retail")],
        needs=[
            N("Ready-made felting kits for tourists", "needle_felting_kit"),
            N("Dyed roving in small packs", "dyed_wool_roving"),
            U("Mohair locks for doll hair", "no mohair in the set"),
        ],
    ),
    S(
        "bwf-073",
        "th",
        "ร้านของฝากหาดใหญ่",
        HNF,
        DOWN,
        "Songkhla",
        "hatyai-souvenir",
        offers=[("ของฝากหาดใหญ่", "souvenir_retail")],
        needs=[
            N(
                "ของที่ระลึกผ้าสักหลาด มีตราโอทอป",
                "felt_ornaments",
                "needle_felted_toys",
                "felt_home_decor",
                req=("OTOP",),
            ),
            U("ผ้าปาเต๊ะลายเขียนมือ สีธรรมชาติ", "no batik maker in the set"),
        ],
    ),
    S(
        "bwf-074",
        "en",
        "Bangkok International Prep",
        ALC,
        DOWN,
        "Bangkok",
        "bkkprep",
        needs=[
            N("After-school felting workshop provider?", "felting_workshop"),
            N("Craft felt for art classes, OEKO-TEX not required", "synthetic_craft_felt", waive=(OEKO,)),
        ],
    ),
    S(
        "bwf-075",
        "th",
        "ศูนย์พัฒนาเด็กเล็ก เทศบาลเมืองขอนแก่น",
        ALI,
        DOWN,
        "Khon Kaen",
        "kk-childcentre",
        needs=[N("สื่อการสอนทำจากผ้าสักหลาด สำหรับเด็กเล็ก", "felt_educational_toys")],
    ),
    S(
        "bwf-076",
        "en",
        "Golden Years Care Home",
        ALC,
        DOWN,
        "Nonthaburi",
        "goldenyears",
        offers=[("Residential elderly care", "elder_care")],
        needs=[
            N("Warm non-slip slippers for residents", "felted_slippers"),
            N("Sheepskin pressure-relief pads, ISO 13485", "medical_sheepskin_pad", req=(ISO13485,)),
            N("Felt pads so chairs don't scrape", "felt_furniture_pads"),
        ],
    ),
    S(
        "bwf-077",
        "th",
        "โรงพยาบาลบ้านผือ",
        ALI,
        DOWN,
        "Udon Thani",
        "banphue-hosp",
        needs=[
            N("ผ้าห่มขนแกะให้ผู้ป่วยสูงอายุ ไม่จำเป็นต้องมี OEKO-TEX", "wool_blanket", waive=(OEKO,)),
            N("แผ่นรองกันแผลกดทับ ต้องได้มาตรฐาน ISO 13485", "medical_sheepskin_pad", req=(ISO13485,)),
        ],
    ),
    S(
        "bwf-078",
        "en",
        "Hua Hin Garden Resort",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "huahingarden",
        offers=[("Hotel rooms and spa", "hospitality")],
        needs=[
            N("Guest room slippers in wool felt", "felted_slippers"),
            N("Logo embroidery on slippers and robes", "embroidery_service"),
        ],
    ),
    S(
        "bwf-079",
        "th",
        "สปาบ้านชะอำ",
        ALC,
        DOWN,
        "Phetchaburi",
        "chaam-spa",
        offers=[("บริการนวดสปา", "hospitality")],
        needs=[
            N("ชุดพนักงานผ้าฝ้ายย้อมคราม", "cotton_garments"),
            U("ผ้าขนหนูคอตตอน 100% ยกโหล", "no towel maker in the set"),
        ],
    ),
    S(
        "bwf-080",
        "en",
        "Siam Gift Gallery",
        HNF,
        DOWN,
        "Bangkok",
        "siamgift",
        offers=[("Thai handicraft gift retail", "souvenir_retail")],
        needs=[
            N("Felt souvenirs, OTOP welcome but not required", "needle_felted_toys", "felt_ornaments", waive=("OTOP",)),
            N("Handloom cotton totes for tourists", "cotton_tote_bag"),
        ],
    ),
    S(
        "bwf-081",
        "th",
        "รีวูล อัพไซเคิล",
        CT,
        DOWN,
        "Bangkok",
        "rewool",
        offers=[("กระเป๋าจากสเวตเตอร์เก่า ต้มให้เป็นเฟลท์", "felt_bags")],
        needs=[N("เสื้อไหมพรมขนแกะที่ใช้แล้ว", "used_wool_knitwear")],
        bcg=("circular",),
    ),
    S(
        "bwf-082",
        "en",
        "Offcut Objects",
        CT,
        DOWN,
        "Chiang Mai",
        "offcutobjects",
        offers=[("Coasters and trivets from felt offcuts", "felt_home_decor")],
        needs=[N("Felt waste and off-cuts, any colour, by the kg", "felt_scraps")],
        bcg=("circular",),
    ),
    S(
        "bwf-083",
        "th",
        "ขัดเงาระยอง",
        SPT,
        MID,
        "Rayong",
        "rayong-polish",
        offers=[("ล้อขัดเงาชิ้นงานโลหะ", "polishing_wheels")],
        needs=[N("สักหลาดอัดแข็ง สำหรับทำล้อขัด", "industrial_pressed_felt")],
    ),
    S(
        "bwf-084",
        "en",
        "GymSound Panels",
        SPT,
        DOWN,
        "Bangkok",
        "gymsound",
        offers=[("Acoustic felt panels for gyms and studios", "acoustic_felt_panels")],
        needs=[N("Recycled PET felt 9 mm, GRS certified", "recycled_felt_roll", req=("GRS",))],
    ),
    S(
        "bwf-085",
        "th",
        "บ้านเหมียวเฟลท์",
        ALC,
        DOWN,
        "Trang",
        "meaw-felt",
        offers=[("บ้านแมวขนแกะเฟลท์ ทรงถ้ำ", "felted_pet_cave")],
        needs=[N("ส่งขนแกะไปให้อัดเป็นแผ่นเฟลท์หนา", "custom_felting_service")],
    ),
    S(
        "bwf-086",
        "th",
        "กลุ่มปั่นขนแกะ ปกาเกอะญอ",
        HNF,
        UP,
        "Mae Hong Son",
        "pgazkoenyau-wool",
        offers=[("ด้ายขนแกะปั่นมือ ย้อมเปลือกไม้", "handspun_wool_yarn")],
        needs=[N("ขนแกะดิบสำหรับปั่นเส้น", "raw_greasy_wool", "washed_wool_fleece")],
    ),
    S(
        "bwf-087",
        "en",
        "Lanna Felt Ornaments",
        HNF,
        DOWN,
        "Chiang Mai",
        "lannaornaments",
        offers=[("Felt Christmas ornaments for export", "felt_ornaments")],
        needs=[
            N("Wool felt 1 mm in bright colours", "wool_felt_sheet"),
            N("Laser cutting service for ornament shapes", "felt_cutting_service"),
            U(
                "Wool felt with GOTS certificate for an EU buyer",
                "no felt maker holds GOTS",
                "wool_felt_sheet",
                "wool_felt_roll",
                req=("GOTS",),
            ),
        ],
    ),
    S(
        "bwf-088",
        "th",
        "ร้านของขวัญกรุงเก่า",
        ALC,
        DOWN,
        "Ayutthaya",
        "krungkao-gift",
        offers=[("ของขวัญของที่ระลึก", "souvenir_retail")],
        needs=[
            N("พวงกุญแจ ของแขวนผ้าสักหลาด", "felt_ornaments"),
            N("พรมลูกบอลสักหลาด", "felt_home_decor"),
        ],
    ),
    S(
        "bwf-089",
        "en",
        "Bangplee Textile Waste",
        CT,
        UP,
        "Samut Prakan",
        "bangpleewaste",
        offers=[("Baled garment cutting waste, sorted by fibre", "textile_offcuts")],
        needs=[U("Second-hand baling press", "no machinery in the set")],
        bcg=("circular",),
    ),
    S(
        "bwf-090",
        "th",
        "ย้อมผ้าคลองหลวง",
        SPT,
        MID,
        "Pathum Thani",
        "khlongluang-dye",
        offers=[("รับย้อมผ้าฝ้าย ผ้าโพลี สีรีแอคทีฟ ขั้นต่ำ 100 กก.", "fabric_dyeing_service")],
    ),
    S(
        "bwf-091",
        "th",
        "ร้านโอทอปกาฬสินธุ์",
        ALI,
        DOWN,
        "Kalasin",
        "kalasin-shop",
        offers=[("ขายสินค้าชุมชน", "souvenir_retail")],
        needs=[
            N("กระเป๋าผ้าฝ้ายทอมือ", "cotton_tote_bag"),
            U("ผ้าไหมแพรวา", "no silk weaver in the set"),
        ],
    ),
    S(
        "bwf-092",
        "en",
        "Doi Trail Outfitters",
        SPT,
        DOWN,
        "Chiang Mai",
        "doitrail",
        offers=[("Trail running and hiking gear retail", "outdoor_retail")],
        needs=[
            N("Merino felt insoles", "felt_insoles"),
            U("Merino wool socks", "no sock maker in the set"),
        ],
    ),
    S(
        "bwf-093",
        "th",
        "ร้านของเล่นผ้า สุราษฎร์",
        ALC,
        DOWN,
        "Surat Thani",
        "surat-toys",
        offers=[("ของเล่นเด็ก ขายปลีก", "toy_retail")],
        needs=[
            N("หนังสือผ้า นิทานผ้าสำหรับลูกน้อย", "felt_educational_toys"),
            N("ตุ๊กตาสัตว์ขนแกะ ชิ้นเล็ก", "needle_felted_toys"),
        ],
    ),
    S(
        "bwf-094",
        "en",
        "River Kwai Sheep Farm",
        HNF,
        UP,
        "Kanchanaburi",
        "riverkwaisheep",
        offers=[("Hand-washed fleece, sun-dried", "washed_wool_fleece")],
        needs=[N("Anyone carding small lots of fleece?", "carding_service")],
    ),
    S(
        "bwf-095",
        "en",
        "Mekong Elder Living",
        ALI,
        DOWN,
        "Nong Khai",
        "mekongelder",
        offers=[("Assisted living for seniors", "elder_care")],
        needs=[
            N("Soft sheepskin bed pads, ISO 13485 not required", "medical_sheepskin_pad", waive=(ISO13485,)),
            N("Wool-felt slippers with rubber soles", "felted_slippers"),
        ],
    ),
]

# ---------------------------------------------------------------- targets

N_PROFILES = 95
LINKS_MIN, LINKS_MAX = 160, 180
THAI_SHARE = (0.50, 0.60)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (15, 25)
FEW_SUPPLIERS_SHARE = 0.60  # share of met needs met by 1-3 suppliers, at least

ID_RE = re.compile(r"^bwf-\d{3}$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*$")
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
CERTS_BY_NAME = {c.name: c for c in CERTIFICATIONS}


def canonical_certs(sme: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in sme.certs)


def names_certification(text: str, cert: str) -> bool:
    """Whether `text` names `cert` at all, affirmed or not."""
    c = CERTS_BY_NAME[cert]
    low = text.casefold()
    return any(m.casefold() in low for m in (c.name, *c.aliases, *c.mentions, *c.case_sensitive_mentions))


def thai_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha() or THAI_CHAR.match(ch)]
    return sum(1 for ch in letters if THAI_CHAR.match(ch)) / max(1, len(letters))


def latin_only(text: str) -> bool:
    return not THAI_CHAR.search(text) and all(ch.isascii() for ch in text if ch.isalpha())


def qualified(supplier: Sme, need: Need, buyer: Sme) -> bool:
    if supplier.id == buyer.id:
        return False
    if not any(label in need.labels for _, label in supplier.offers):
        return False
    return set(need.requires) <= canonical_certs(supplier)


def suppliers_of(need: Need, buyer: Sme) -> list[str]:
    return [s.id for s in SMES if qualified(s, need, buyer)]


def compute_links() -> list[tuple[str, str]]:
    pairs = {
        (supplier_id, buyer.id)
        for buyer in SMES
        for need in buyer.needs
        if not need.unmet
        for supplier_id in suppliers_of(need, buyer)
    }
    return sorted(pairs)


def check() -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if ids != [f"bwf-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append("ids must be bwf-001 ... bwf-095, unique and in order")
    offered_by: dict[str, set[str]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)
    for s in SMES:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: malformed id")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: language {s.language!r}")
        if not isinstance(s.sub_cluster, SubCluster) or not isinstance(s.stage, Stage):
            errors.append(f"{where}: sub-cluster or stage not a taxonomy value")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for c in s.certs:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        for tag in s.bcg:
            if tag not in {t.value for t in BcgTag}:
                errors.append(f"{where}: bcg tag {tag!r}")
        if not SLUG_RE.match(s.slug):
            errors.append(f"{where}: slug {s.slug!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if not (len(s.offers) <= 3 and len(s.needs) <= 3 and (s.offers or s.needs)):
            errors.append(f"{where}: 0-3 offers and 0-3 needs, not both empty")
        phrases = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        for phrase in phrases:
            if phrase != phrase.strip() or not phrase:
                errors.append(f"{where}: phrase {phrase!r} has stray spaces")
            if s.language == "th" and thai_share(phrase) < 0.6:
                errors.append(f"{where}: Thai phrase {phrase!r} is not mostly Thai letters")
            if s.language == "en" and not latin_only(phrase):
                errors.append(f"{where}: English phrase {phrase!r} is not Latin only")
        held = canonical_certs(s)
        for text, label in s.offers:
            if not LABEL_RE.match(label):
                errors.append(f"{where}: label {label!r}")
            if not find_certifications(text) <= held:
                errors.append(f"{where}: offer {text!r} claims a certification the SME does not hold")
        for need in s.needs:
            said = find_certifications(need.text)
            if said != set(need.requires):
                errors.append(f"{where}: need {need.text!r} names {sorted(said)}, requires {list(need.requires)}")
            for cert in (*need.requires, *need.waives):
                if cert not in CERTS_BY_NAME or not names_certification(need.text, cert):
                    errors.append(f"{where}: need {need.text!r} does not name {cert!r}")
            for cert in need.waives:
                if cert in said:
                    errors.append(f"{where}: need {need.text!r} waives {cert!r} but reads as requiring it")
            for label in need.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    errors.append(f"{where}: need {need.text!r} lists {label!r}, which no one else offers")
            if any(need.text.casefold() in t.casefold() for other in SMES for t, _ in other.offers):
                errors.append(f"{where}: need {need.text!r} repeats an offer's wording")
            found = suppliers_of(need, s)
            if need.unmet and found:
                errors.append(f"{where}: need {need.text!r} marked unmet but met by {found}")
            if not need.unmet and not found:
                errors.append(f"{where}: need {need.text!r} met by no one")
            if not need.unmet and not need.labels:
                errors.append(f"{where}: need {need.text!r} lists no labels")
    stats = gather()
    if stats["n"] != N_PROFILES:
        errors.append(f"{stats['n']} profiles, want {N_PROFILES}")
    if not LINKS_MIN <= stats["links"] <= LINKS_MAX:
        errors.append(f"{stats['links']} links, want {LINKS_MIN}-{LINKS_MAX}")
    if not THAI_SHARE[0] <= stats["th"] / stats["n"] <= THAI_SHARE[1]:
        errors.append(f"Thai share {stats['th'] / stats['n']:.2f} off target")
    if not CROSS_SHARE[0] <= stats["cross"] / max(1, stats["links"]) <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {stats['cross'] / max(1, stats['links']):.2f} off target")
    if not UNMET_RANGE[0] <= stats["unmet"] <= UNMET_RANGE[1]:
        errors.append(f"{stats['unmet']} unmet needs, want {UNMET_RANGE[0]}-{UNMET_RANGE[1]}")
    if stats["few"] / max(1, stats["met"]) < FEW_SUPPLIERS_SHARE:
        errors.append(f"only {stats['few']} of {stats['met']} met needs are met by 1-3 suppliers")
    return errors


def gather() -> dict[str, int | Counter[str]]:
    links = compute_links()
    by_id = {s.id: s for s in SMES}
    needs = [(s, n) for s in SMES for n in s.needs]
    met = [len(suppliers_of(n, s)) for s, n in needs if not n.unmet]
    lang = Counter((by_id[a].language, by_id[b].language) for a, b in links)
    return {
        "n": len(SMES),
        "th": sum(1 for s in SMES if s.language == "th"),
        "en": sum(1 for s in SMES if s.language == "en"),
        "sub": Counter(s.sub_cluster.value for s in SMES),
        "stage": Counter(s.stage.value for s in SMES),
        "region": Counter(p.region.value for s in SMES if (p := resolve_province(s.province))),
        "provinces": len({p.name_en for s in SMES if (p := resolve_province(s.province))}),
        "offers": sum(len(s.offers) for s in SMES),
        "labels": len({label for s in SMES for _, label in s.offers}),
        "needs": len(needs),
        "met": len(met),
        "unmet": sum(1 for _, n in needs if n.unmet),
        "few": sum(1 for k in met if 1 <= k <= 3),
        "max_suppliers": max(met, default=0),
        "req": sum(1 for _, n in needs if n.requires),
        "waive": sum(1 for _, n in needs if n.waives),
        "links": len(links),
        "th_en": lang[("th", "en")],
        "en_th": lang[("en", "th")],
        "cross": lang[("th", "en")] + lang[("en", "th")],
        "within": lang[("th", "th")] + lang[("en", "en")],
        "cross_sub": sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster),
    }


# ---------------------------------------------------------------- output


def counts_table() -> str:
    st = gather()
    share = st["cross"] / max(1, st["links"])  # type: ignore[operator]
    rows: list[tuple[str, str]] = [
        ("profiles", str(st["n"])),
        ("Thai / English profiles", f"{st['th']} / {st['en']}"),
    ]
    for sub in SubCluster:
        rows.append((f"sub-cluster `{sub.value}`", str(st["sub"][sub.value])))  # type: ignore[index]
    for stage in Stage:
        rows.append((f"stage `{stage.value}`", str(st["stage"][stage.value])))  # type: ignore[index]
    for region, count in sorted(st["region"].items()):  # type: ignore[union-attr]
        rows.append((f"region `{region}`", str(count)))
    rows += [
        ("distinct provinces", str(st["provinces"])),
        ("offers", str(st["offers"])),
        ("distinct offer labels", str(st["labels"])),
        ("needs", str(st["needs"])),
        ("needs met / met by no one", f"{st['met']} / {st['unmet']}"),
        ("met needs met by 1-3 suppliers (most suppliers for one need)", f"{st['few']} ({st['max_suppliers']})"),
        ("needs requiring a certification", str(st["req"])),
        ("needs waiving a certification", str(st["waive"])),
        ("true links", str(st["links"])),
        ("links Thai supplier -> English buyer", str(st["th_en"])),
        ("links English supplier -> Thai buyer", str(st["en_th"])),
        ("cross-language links (share)", f"{st['cross']} ({share:.0%})"),
        ("within-language links", str(st["within"])),
        ("links between different sub-clusters", str(st["cross_sub"])),
    ]
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


def profiles_jsonl() -> str:
    out = io.StringIO()
    for s in SMES:
        row = {
            "id": s.id,
            "name": s.name,
            "sub_cluster": s.sub_cluster.value,
            "stage": s.stage.value,
            "province": s.province,
            "offers": [text for text, _ in s.offers],
            "needs": [need.text for need in s.needs],
            "certifications": list(s.certs),
            "bcg": list(s.bcg),
            "contact_email": f"contact@{s.slug}.example.co.th",
            "language": s.language,
        }
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out.getvalue()


def links_csv() -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(compute_links())
    return out.getvalue()


README = """# blind_plain_felt: wool, felt and fibre crafts, plain registry wording

A hand-labelled evaluation set for partner matching. It checks how well the matcher finds the true
supplier-buyer pairs among 95 SME profiles whose wording it has never seen: short registry phrases for
raw and washed wool, roving and tops, carding and scouring for small flocks, felt sheets and felt by the
metre, pressed industrial felt, felt balls, felted slippers, bags and toys, felting needles, mats and kits,
workshops, and the shops, schools, nurseries, care homes and hospitals that buy them; plus ordinary
upstream and midstream suppliers (cotton, hemp, yarn, handwoven cloth, indigo dyeing, sewing).

## How it was written

By hand. The writer read only section 1 of `/work/shared/contracts/CONTRACTS.md` (cluster profiles,
JSONL version 1, and the links CSV), `shared/taxonomy.py`, the files in `shared/taxonomy_data/`, and
the `[tool.ruff]` section of `pyproject.toml`; nothing of the matcher, its glossary, its tests, other
evaluation sets or the shared data. About 55 % of the profiles are in Thai. Each kind of goods is
written in several ways (local names such as ห้อม/ฮ่อม and คราม, สักหลาด and เฟลท์, trade words,
sizes, prices and minimum orders), and needs are worded apart from the offers that meet them, often in
the other language. Hard cases include services against the goods they work on (dyeing or carding the
customer's wool against dyed roving or batts; sewing for others against slippers and bags), waste and
used goods against new, raw against processed fibre, goods described by material or technique (an
indigo-dyed felt bag is a bag), felt words that mean other things (snooker cloth is called
ผ้าสักหลาด), needs written as wishes, bare nouns or questions, refusals, needs that require a named
certification and needs that name one only to waive it, and needs that no one in the set meets.

## How a link is decided

Every offer in `write.py` carries a label saying what the thing is (for example `dyed_wool_roving`
against `wool_dyeing_service`). Every need lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one with a note. A pair (supplier, buyer)
is a true link when some offer of the supplier carries a label listed by one of the buyer's needs and
the supplier's certifications hold every certification that need requires. An SME is never linked to
itself. Shared words play no part; quantities, prices and places never decide a link. A waived
certification ("OEKO-TEX not required", "ไม่จำเป็นต้องมี OEKO-TEX") is not required. The labels live
only in `write.py`; the written files carry none.

## Regenerate

From the repository root:

```
.venv/bin/python eval/blind_plain_felt/write.py
```

The script checks the data first (ids, contract fields, provinces and certifications resolve with
`shared.taxonomy`, every listed label offered by someone else, met and unmet needs as marked,
certifications named in the need text, Thai and English phrases in their script, the size targets)
and writes nothing if a check fails. Two runs give identical bytes.

## Files

- `write.py`: all data, labels, checks and the writer.
- `profiles.jsonl`: 95 profiles, contract section 1, ids `bwf-001` to `bwf-095`.
- `links.csv`: the true links, `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def render() -> dict[str, str]:
    return {
        "profiles.jsonl": profiles_jsonl(),
        "links.csv": links_csv(),
        "README.md": README + counts_table(),
    }


def main() -> int:
    errors = check()
    if errors:
        for error in errors:
            print("check failed:", error, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    files = render()
    if files != render():
        print("output is not deterministic; nothing written", file=sys.stderr)
        return 1
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(counts_table(), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
