"""Write the hand-labelled evaluation set `eval/blind_plain_coffeebags/`.

Theme: coffee and tea textiles (jute coffee sacks, cloth coffee filters, tea bags and towels,
nut-milk bags, barista aprons) and the buyers of them, plus the ordinary fibre, yarn, cloth,
dyeing and sewing suppliers of the cluster.

Every offer is a `(text, label)` pair; every need lists the offer labels that would meet it and
the certifications its text requires (or waives), or is marked as met by no one with a note.
A pair (supplier, buyer) is a true link when an offer label of the supplier is listed by a need
of the buyer and the supplier holds every certification that need requires. Labels live only
here; `profiles.jsonl` carries the contract's fields and nothing else.

Run from the repository root:

    .venv/bin/python eval/blind_plain_coffeebags/write.py

The script checks the data first and writes nothing when a check fails.
"""

from __future__ import annotations

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
    _CERTIFICATION_MATCHERS,
    BcgTag,
    Region,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

ID_PREFIX = "bcb"
N_PROFILES = 95
TH, EN = "th", "en"

HN = SubCluster.HEMP_NATURAL_FIBRE.value
CT = SubCluster.CIRCULAR_TEXTILE.value
SP = SubCluster.SPORTECH.value
AC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value
BIO = BcgTag.BIO.value
CIRC = BcgTag.CIRCULAR.value
GREEN = BcgTag.GREEN.value

# What each offer label means. A need lists the labels whose goods or services would meet it.
LABELS: dict[str, str] = {
    # upstream: fibre, yarn, waste, crops
    "jute_fibre": "raw jute bast fibre",
    "kenaf_fibre": "raw kenaf bast fibre",
    "hemp_fibre": "raw hemp bast fibre",
    "hemp_yarn": "hemp yarn or thread",
    "jute_yarn": "jute yarn or twine",
    "cotton_lint": "raw or ginned cotton, not yet spun",
    "handspun_cotton_yarn": "hand-spun cotton yarn",
    "cotton_yarn": "machine-spun cotton yarn",
    "sewing_thread": "sewing thread",
    "silk_yarn": "raw or reeled silk yarn",
    "recycled_polyester_yarn": "polyester yarn spun from recycled bottles",
    "recycled_cotton_yarn": "yarn spun from recycled cotton",
    "coffee_ground_yarn": "yarn with spent-coffee-ground additive",
    "recycled_stuffing_fibre": "shredded recycled fibre for filling",
    "spent_coffee_grounds": "spent coffee grounds (cafe waste)",
    "used_coffee_sacks": "used jute coffee sacks (waste)",
    "cotton_offcuts": "pre-consumer cotton cutting waste",
    "indigo_dye_paste": "indigo dye paste or plants",
    "natural_dye_material": "plant or insect dyestuffs other than indigo",
    "green_coffee_beans": "green (unroasted) coffee",
    "roasted_coffee_beans": "roasted coffee",
    "tea_leaves": "tea leaves or tea mix",
    # midstream: cloth, components and services
    "hessian_fabric": "jute hessian or burlap cloth by the roll",
    "cotton_muslin_fabric": "plain cotton muslin, sheeting or cheesecloth",
    "cotton_flannel_fabric": "napped cotton flannel",
    "handwoven_cotton_fabric": "handwoven cotton cloth",
    "indigo_dyed_cotton_fabric": "indigo-dyed cotton cloth",
    "natural_dyed_cotton_fabric": "cotton cloth dyed with plants or coffee (not indigo)",
    "hemp_fabric": "hemp cloth",
    "silk_fabric": "silk cloth",
    "batik_fabric": "batik (wax-resist) cloth",
    "cotton_canvas_fabric": "cotton canvas or duck",
    "denim_fabric": "denim",
    "recycled_polyester_fabric": "cloth woven from recycled polyester",
    "coffee_ground_functional_fabric": "knit or woven cloth with coffee-ground yarn",
    "food_grade_nylon_mesh": "food-grade nylon or polyester filter mesh",
    "nonwoven_filter_fabric": "nonwoven filter fabric for tea bags",
    "jute_felt": "needle-punched jute felt",
    "tpu_laminated_fabric": "waterproof laminated fabric",
    "woven_label": "woven brand or size labels",
    "cotton_webbing_tape": "cotton webbing or tape",
    "leather_apron_straps": "leather straps and rivets for aprons",
    "indigo_dyeing_service": "indigo dyeing of the customer's goods",
    "natural_dyeing_service": "plant or coffee dyeing of the customer's goods",
    "reactive_dyeing_service": "synthetic (reactive) dyeing of the customer's goods",
    "cut_and_sew_service": "sewing for others (CMT)",
    "screen_printing_service": "screen printing on the customer's goods",
    "embroidery_service": "embroidery on the customer's goods",
    # downstream: finished goods
    "new_jute_coffee_sack": "new jute sack for green coffee",
    "cloth_brew_filter": "cloth coffee or tea filter (tung tom, kopi sock, tea sock)",
    "nut_milk_bag": "nut-milk, soy-milk or coconut-milk straining bag",
    "cold_brew_filter_bag": "cold brew filter bag",
    "reusable_cloth_tea_bag": "reusable cloth tea bag",
    "disposable_tea_filter_bag": "empty single-use tea filter bag",
    "tea_towel": "cotton tea or glass towel",
    "microfiber_bar_towel": "microfibre bar cloth",
    "pha_khao_ma": "pha khao ma, the checked cotton loincloth",
    "barista_apron": "barista or work apron",
    "adult_dining_bib": "clothing protector for older adults",
    "upcycled_sack_bag": "bag made from used coffee sacks",
    "jute_tote_bag": "jute bag",
    "cotton_tote_bag": "cotton bag",
    "drawstring_pouch": "drawstring pouch for coffee or tea",
    "table_linen": "table runners, placemats, coasters",
    "cushion": "cushions and cushion covers",
    "staff_uniform_shirt": "staff shirts",
    "cycling_jersey": "cycling jerseys",
    "herbal_compress_ball": "herbal compress balls",
    # named only by needs that no one meets
    "paper_coffee_filter": "paper coffee filters",
    "sublimation_printing_service": "dye-sublimation printing",
}


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
    unmet: str = ""  # why no one in the set meets it
    would_be: tuple[str, ...] = ()  # for an unmet need: labels that would meet it with the right certificate


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def u(text: str, note: str, *would_be: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, (), req, waive, note, would_be)


def sme(
    num: int,
    lang: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
    offers: tuple[Offer, ...] = (),
    needs: tuple[Need, ...] = (),
) -> Sme:
    return Sme(num, lang, name, sub_cluster, stage, province, email, certs, bcg, offers, needs)


# ------------------------------------------------------------------ data, part 1: upstream (001-022)

PART_1 = [
    sme(
        1,
        TH,
        "วิสาหกิจชุมชนปอกระเจาบ้านหนองบัวแดง",
        HN,
        UP,
        "Chaiyaphum",
        "nbd.jutegroup@gmail.com",
        bcg=(BIO,),
        offers=(o("ปอกระเจาลอกแห้ง มัดละ 20 กก.", "jute_fibre"), o("ปอแก้วแช่น้ำแล้ว ตากแดด ส่งได้ทั้งปี", "kenaf_fibre")),
        needs=(u("อยากได้เครื่องลอกปอมือสอง ราคาไม่แพง", "machinery: no one in the set sells machines"),),
    ),
    sme(
        2,
        EN,
        "Korat Kenaf Trading",
        HN,
        UP,
        "Nakhon Ratchasima",
        "sales@koratkenaf.co.th",
        offers=(
            o("Retted kenaf bast, baled, 200 kg lots", "kenaf_fibre"),
            o("2-ply jute twine, natural, 1 kg spools", "jute_yarn"),
        ),
    ),
    sme(
        3,
        EN,
        "Mae Sa Hmong Hemp Collective",
        HN,
        UP,
        "Chiang Mai",
        "maesahemp@gmail.com",
        bcg=(BIO,),
        offers=(
            o("Hand-stripped hemp bast, sun-bleached", "hemp_fibre"),
            o("Handspun hemp yarn, undyed, sold per kilo", "hemp_yarn"),
        ),
        needs=(
            n("Plant dyeing of our hemp skeins - no synthetic dye", "natural_dyeing_service", "indigo_dyeing_service"),
        ),
    ),
    sme(
        4,
        TH,
        "กลุ่มทอใยกัญชงม้ง พบพระ",
        HN,
        UP,
        "Tak",
        "phopphra.hemp@gmail.com",
        bcg=(BIO,),
        offers=(o("ด้ายกัญชงเข็นมือแบบม้ง ขายเป็นไจ", "hemp_yarn"),),
        needs=(u("ขี้ผึ้งเขียนลายผ้า ขี้ผึ้งแท้ 10 กิโล", "batik wax: no one in the set offers it"),),
    ),
    sme(
        5,
        TH,
        "กลุ่มครามบ้านดอนกอย",
        AI,
        UP,
        "Sakon Nakhon",
        "donkoi.indigo@gmail.com",
        bcg=(BIO, GREEN),
        offers=(
            o("เนื้อครามเปียก กิโลละ 150 บาท", "indigo_dye_paste"),
            o("ฝ้ายเข็นมือสีขาวนวล ขายเป็นไจ", "handspun_cotton_yarn"),
        ),
    ),
    sme(
        6,
        EN,
        "Nan Highland Organic Cotton",
        HN,
        UP,
        "Nan",
        "hello@nanorganiccotton.com",
        certs=("Organic Thailand",),
        bcg=(BIO,),
        offers=(
            o("Organic Thailand seed cotton, ginned, 10 kg bales", "cotton_lint"),
            o("Hand-spun cotton, natural cream, count 8", "handspun_cotton_yarn"),
        ),
        needs=(n("Natural dyestuffs: lac, ebony fruit, indigo", "natural_dye_material", "indigo_dye_paste"),),
    ),
    sme(
        7,
        TH,
        "ร้านทวีทรัพย์ด้ายสำเพ็ง",
        AC,
        UP,
        "Bangkok",
        "taweesap.yarn@gmail.com",
        offers=(
            o("ด้ายคอตตอน 100% เบอร์ 20/2 ขายส่งเป็นลูก", "cotton_yarn"),
            o("ด้ายเย็บผ้าตราสมอ หลอดใหญ่ 5,000 หลา", "sewing_thread"),
        ),
    ),
    sme(
        8,
        EN,
        "EcoLoop Fibers Rayong",
        CT,
        UP,
        "Rayong",
        "info@ecoloopfibers.co.th",
        certs=("GRS", "ISO 9001"),
        bcg=(CIRC,),
        offers=(o("rPET filament yarn 150D from bottles, GRS", "recycled_polyester_yarn"),),
        needs=(u("Hot-washed clear PET bottle flakes, 5 t a month", "bottle flakes: no one in the set offers them"),),
    ),
    sme(
        9,
        TH,
        "บริษัท คอฟฟี่ไฟเบอร์ไทย จำกัด",
        SP,
        UP,
        "Samut Sakhon",
        "sales@coffeefiberthai.com",
        certs=("OEKO-TEX Standard 100",),
        bcg=(CIRC, BIO),
        offers=(o("เส้นด้ายโพลีเอสเตอร์ผสมผงกาแฟ 30/1 ดับกลิ่น", "coffee_ground_yarn"),),
        needs=(n("ผงกาแฟที่ชงแล้ว ตากแห้ง รับซื้อทุกสัปดาห์", "spent_coffee_grounds"),),
    ),
    sme(
        10,
        EN,
        "Sack Again Collection Co.",
        CT,
        UP,
        "Bangkok",
        "pickup@sackagain.co",
        bcg=(CIRC,),
        offers=(o("Sorted ex-import burlap bags, washed, bundles of 100", "used_coffee_sacks"),),
        needs=(n("Empty sacks from roasteries, any condition", "used_coffee_sacks"),),
    ),
    sme(
        11,
        TH,
        "ศูนย์คัดแยกเศษผ้าล้านนา",
        CT,
        UP,
        "Chiang Mai",
        "lannascrap@gmail.com",
        bcg=(CIRC,),
        offers=(o("เศษผ้าฝ้ายจากโรงตัด คัดสีแล้ว กิโลละ 8 บาท", "cotton_offcuts"),),
        needs=(u("เสื้อพนักงานที่เลิกใช้แล้ว รับทุกสภาพ", "post-consumer garments: no one in the set offers them"),),
    ),
    sme(
        12,
        EN,
        "ReSpin Cotton",
        CT,
        UP,
        "Nakhon Pathom",
        "respin@respincotton.com",
        certs=("GRS",),
        bcg=(CIRC,),
        offers=(o("Open-end recycled cotton yarn Ne 10, GRS", "recycled_cotton_yarn"),),
        needs=(n("Pre-consumer cutting waste, 100% cotton, sorted by colour", "cotton_offcuts"),),
    ),
    sme(
        13,
        TH,
        "กลุ่มสีธรรมชาติบ้านโนนทัน",
        AI,
        UP,
        "Khon Kaen",
        "nonthan.naturaldye@gmail.com",
        bcg=(BIO,),
        offers=(o("ครั่งแห้ง เปลือกประดู่ ใบหูกวาง สำหรับทำสีย้อม", "natural_dye_material"),),
    ),
    sme(
        14,
        EN,
        "Akha Highland Coffee Cooperative",
        HN,
        UP,
        "Chiang Rai",
        "coop@akhahighland.org",
        certs=("Fairtrade", "Organic Thailand"),
        bcg=(BIO,),
        offers=(o("Washed Arabica green beans, 60 kg bags, Doi Chang", "green_coffee_beans"),),
        needs=(
            n("New export jute bags for parchment coffee, 60-69 kg", "new_jute_coffee_sack"),
            u("GrainPro hermetic liners", "plastic hermetic liners: no one in the set offers them"),
        ),
    ),
    sme(
        15,
        TH,
        "สหกรณ์กาแฟปกาเกอะญอ ปางมะผ้า",
        HN,
        UP,
        "Mae Hong Son",
        "pangmapha.coffee@gmail.com",
        bcg=(BIO,),
        offers=(o("สารกาแฟอาราบิก้า ตากบนแคร่ กิโลละ 280 บาท", "green_coffee_beans"),),
        needs=(
            n(
                "ถุงป่านใบใหม่ ใส่สารกาแฟส่งโรงคั่ว ไม่จำเป็นต้องมี มอก.",
                "new_jute_coffee_sack",
                waive=("Thai Industrial Standard",),
            ),
            u("ผ้าใบกันฝนคลุมลานตากกาแฟ", "tarpaulin: no one in the set offers it"),
        ),
    ),
    sme(
        16,
        TH,
        "ไร่ชาอู่หลงดอยแม่สลอง",
        HN,
        UP,
        "Chiang Rai",
        "maesalong.oolong@gmail.com",
        offers=(o("ชาอู่หลงเบอร์ 12 ใบม้วน อบแห้ง", "tea_leaves"),),
        needs=(
            n("ซองชาเปล่าแบบย่อยสลายได้ ใส่ชาเอง", "disposable_tea_filter_bag"),
            n("ถุงผ้ารูดเชือกใส่ชาเป็นของฝาก", "drawstring_pouch"),
        ),
    ),
    sme(
        17,
        EN,
        "Chumphon Robusta Growers Group",
        HN,
        UP,
        "Chumphon",
        "chumphonrobusta@gmail.com",
        offers=(o("Sun-dried robusta green coffee, min 1 tonne", "green_coffee_beans"),),
        needs=(
            n(
                "Gunny sacks for robusta, 50 kg, TIS not required",
                "new_jute_coffee_sack",
                waive=("Thai Industrial Standard",),
            ),
        ),
    ),
    sme(
        18,
        TH,
        "กลุ่มปลูกฝ้ายพื้นเมืองด่านซ้าย",
        HN,
        UP,
        "Loei",
        "dansai.cotton@gmail.com",
        bcg=(BIO,),
        offers=(o("ปุยฝ้ายพื้นเมือง หีบเมล็ดออกแล้ว", "cotton_lint"),),
    ),
    sme(
        19,
        EN,
        "Surin Silk Reelers",
        AI,
        UP,
        "Surin",
        "surinsilkreel@gmail.com",
        offers=(o("Hand-reeled raw silk, yellow cocoon, per kg", "silk_yarn"),),
    ),
    sme(
        20,
        TH,
        "บริษัท รีเท็กซ์ รีไซเคิล จำกัด",
        CT,
        UP,
        "Samut Prakan",
        "contact@retexrecycle.co.th",
        bcg=(CIRC,),
        offers=(o("ใยรีไซเคิลจากเศษผ้า สำหรับยัดไส้เบาะและหมอน", "recycled_stuffing_fibre"),),
        needs=(n("เศษตัดจากโรงงานการ์เมนต์ เนื้อคอตตอน", "cotton_offcuts"),),
    ),
    sme(
        21,
        TH,
        "กลุ่มฝ้ายเข็นบ้านไร่ไผ่งาม",
        HN,
        UP,
        "Chiang Mai",
        "raiphaingam@gmail.com",
        certs=("OTOP",),
        offers=(o("ด้ายฝ้ายปั่นมือสีตุ่น ไจละ 100 กรัม", "handspun_cotton_yarn"),),
        needs=(n("เนื้อห้อมหรือครามสำหรับหม้อย้อม", "indigo_dye_paste"),),
    ),
    sme(
        22,
        EN,
        "Lanna Organic Yarn Co.",
        HN,
        UP,
        "Chiang Mai",
        "orders@lannaorganicyarn.com",
        certs=("GOTS",),
        offers=(o("GOTS organic combed cotton yarn 30/1", "cotton_yarn"),),
    ),
]

# ------------------------------------------------------------------ data, part 2: midstream (023-055)

PART_2 = [
    sme(
        23,
        TH,
        "บริษัท ปอไทยนครสวรรค์ จำกัด",
        HN,
        MID,
        "Nakhon Sawan",
        "sales@porthai-ns.co.th",
        certs=("มอก.",),
        offers=(
            o("ผ้ากระสอบม้วน หน้ากว้าง 40 นิ้ว ยาว 100 หลา", "hessian_fabric"),
            o("กระสอบป่านใหม่ 60x100 ซม. ได้ มอก.", "new_jute_coffee_sack"),
        ),
        needs=(n("วัตถุดิบเส้นใยเปลือกต้นปอ ป้อนโรงทอ ปีละ 300 ตัน", "jute_fibre", "kenaf_fibre"),),
    ),
    sme(
        24,
        EN,
        "Isan Burlap Weaving Ltd.",
        HN,
        MID,
        "Khon Kaen",
        "info@isanburlap.com",
        offers=(o("Burlap cloth 10 oz, 60 inch, by the roll", "hessian_fabric"),),
        needs=(n("Spun jute for weft, 8 lb count, no need for TIS", "jute_yarn", waive=("Thai Industrial Standard",)),),
    ),
    sme(
        25,
        TH,
        "กลุ่มทอผ้าย้อมครามแม่ครูบุญมี",
        AI,
        MID,
        "Sakon Nakhon",
        "boonmee.indigo@gmail.com",
        certs=("OTOP",),
        bcg=(BIO,),
        offers=(
            o("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ เมตรละ 280", "indigo_dyed_cotton_fabric"),
            o("รับย้อมครามผ้าและด้ายของลูกค้า", "indigo_dyeing_service"),
        ),
        needs=(n("ฝ้ายมือ ฝ้ายเข็นเอง สำหรับทอ เดือนละ 50 โล", "handspun_cotton_yarn"),),
    ),
    sme(
        26,
        EN,
        "Phrae Mo Hom Studio",
        HN,
        MID,
        "Phrae",
        "studio@phraemohom.com",
        bcg=(BIO,),
        offers=(o("Mo hom blue cotton yardage, plant indigo", "indigo_dyed_cotton_fabric"),),
        needs=(n("Fermented Strobilanthes paste for our vats", "indigo_dye_paste"),),
    ),
    sme(
        27,
        TH,
        "บางบอนเท็กซ์ไทล์ ดายเฮาส์",
        AC,
        MID,
        "Bangkok",
        "dyehouse@bangbontex.co.th",
        certs=("Oeko-Tex 100", "ISO 9001"),
        offers=(o("รับย้อมผ้าคอตตอนสีรีแอคทีฟ ขั้นต่ำ 100 กก.", "reactive_dyeing_service"),),
    ),
    sme(
        28,
        TH,
        "กลุ่มทอผ้าฝ้ายบ้านหัวฝาย",
        AI,
        MID,
        "Khon Kaen",
        "huafai.weaving@gmail.com",
        certs=("OTOP",),
        offers=(
            o("ผ้าฝ้ายทอมือลายขิด หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
            o("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "pha_khao_ma"),
        ),
        needs=(n("เส้นด้ายคอตตอนเครื่องจักร สำหรับเส้นยืน", "cotton_yarn"),),
    ),
    sme(
        29,
        EN,
        "Nonthaburi CMT House",
        AC,
        MID,
        "Nonthaburi",
        "cmt@nonthaburicmt.com",
        offers=(o("Cut-make-trim for aprons, bags and uniforms, min 100 pcs", "cut_and_sew_service"),),
        needs=(n("Sewing thread on big cones, 40 colours", "sewing_thread"),),
    ),
    sme(
        30,
        TH,
        "ห้องเสื้อป้าแดง รับตัดเย็บ",
        AC,
        MID,
        "Bangkok",
        "padaeng.sewing@gmail.com",
        offers=(o("รับเย็บตามแบบ ลูกค้าส่งผ้ามาเอง งานน้อยชิ้นได้", "cut_and_sew_service"),),
    ),
    sme(
        31,
        TH,
        "บริษัท ฟิลเตอร์เทค สยาม จำกัด",
        SP,
        MID,
        "Samut Prakan",
        "sales@filtertechsiam.co.th",
        certs=("ISO 9001",),
        offers=(o("ผ้ากรองไนลอนเกรดอาหาร 100-300 ไมครอน ตัดตามขนาด", "food_grade_nylon_mesh"),),
    ),
    sme(
        32,
        EN,
        "Eastern Nonwovens Co., Ltd.",
        SP,
        MID,
        "Chonburi",
        "sales@easternnonwovens.co.th",
        certs=("ISO 9001", "ISO 14001"),
        bcg=(GREEN,),
        offers=(o("PLA corn-fibre spunbond for tea filters, heat-sealable", "nonwoven_filter_fabric"),),
        needs=(u("Cornstarch PLA resin pellets, 10 t", "resin: no one in the set offers it"),),
    ),
    sme(
        33,
        TH,
        "มหาชัยนิตติ้ง",
        SP,
        MID,
        "Samut Sakhon",
        "mahachai.knitting@gmail.com",
        offers=(o("ผ้าเจอร์ซีย์ใยกาแฟ แห้งไว ไม่อับชื้น", "coffee_ground_functional_fabric"),),
        needs=(
            n("ด้ายใยกาแฟ สำหรับถักผ้ากีฬา 500 กิโล", "coffee_ground_yarn"),
            u(
                "โรงย้อมรับย้อมผ้าถักให้ ต้องได้ bluesign",
                "the one dyehouse for hire in the set is not bluesign approved",
                "reactive_dyeing_service",
                req=("bluesign",),
            ),
        ),
    ),
    sme(
        34,
        EN,
        "Brewtex Yarns Thailand",
        SP,
        UP,
        "Bangkok",
        "brewtex.th@gmail.com",
        bcg=(CIRC,),
        offers=(o("S.Cafe coffee-charcoal polyester yarn 75D", "coffee_ground_yarn"),),
    ),
    sme(
        35,
        EN,
        "FeltCycle Thailand",
        CT,
        MID,
        "Pathum Thani",
        "hello@feltcycle.co.th",
        bcg=(CIRC,),
        offers=(o("Needle-punched jute felt from old sacks, 400 gsm", "jute_felt"),),
        needs=(n("Discarded hessian coffee bags in bulk", "used_coffee_sacks"),),
    ),
    sme(
        36,
        TH,
        "โรงทอผ้าดิบนครชัยศรี",
        AC,
        MID,
        "Nakhon Pathom",
        "nakhonchaisri.weaving@gmail.com",
        certs=("OEKO-TEX Standard 100",),
        offers=(
            o("ผ้าดิบคอตตอน 100% หน้ากว้าง 36 นิ้ว", "cotton_muslin_fabric"),
            o("ผ้าขาวบางทอห่าง พับละ 50 หลา", "cotton_muslin_fabric"),
            o("ผ้าสำลีขาว ขนฟูสองหน้า", "cotton_flannel_fabric"),
        ),
        needs=(n("เส้นด้ายฝ้ายสำหรับทอ เดือนละ 2 ตัน", "cotton_yarn"),),
    ),
    sme(
        37,
        EN,
        "Siam Flannel Mills",
        AC,
        MID,
        "Bangkok",
        "sales@siamflannel.com",
        certs=("GOTS",),
        offers=(
            o("Brushed cotton flannel, napped one side, 150 gsm", "cotton_flannel_fabric"),
            o("GOTS organic cotton sheeting, unbleached", "cotton_muslin_fabric"),
        ),
        needs=(n("Yarn for our organic sheeting line, GOTS only", "cotton_yarn", req=("GOTS",)),),
    ),
    sme(
        38,
        TH,
        "ประตูน้ำสกรีน",
        AC,
        MID,
        "Bangkok",
        "pratunam.screen@gmail.com",
        offers=(o("สกรีนโลโก้บนถุงผ้า กระสอบ ผ้ากันเปื้อน บล็อกละ 300", "screen_printing_service"),),
    ),
    sme(
        39,
        EN,
        "Thread & Needle Embroidery CM",
        HN,
        MID,
        "Chiang Mai",
        "orders@threadneedlecm.com",
        offers=(o("Logo embroidery on aprons and caps, digitizing included", "embroidery_service"),),
    ),
    sme(
        40,
        TH,
        "สยามเลเบล ป้ายทอ",
        AC,
        MID,
        "Samut Prakan",
        "siamlabel@gmail.com",
        offers=(o("ป้ายทอแบรนด์ ป้ายไซส์ ขั้นต่ำ 500 ชิ้น", "woven_label"),),
    ),
    sme(
        41,
        EN,
        "Saddle & Rivet Leatherworks",
        AC,
        MID,
        "Bangkok",
        "shop@saddlerivet.com",
        offers=(o("Veg-tan leather neck straps with brass rivets", "leather_apron_straps"),),
    ),
    sme(
        42,
        TH,
        "ราชบุรีเทปทอ",
        AC,
        MID,
        "Ratchaburi",
        "ratchaburi.tape@gmail.com",
        offers=(o("สายเทปคอตตอน กว้าง 1 นิ้ว ม้วนละ 50 หลา", "cotton_webbing_tape"),),
    ),
    sme(
        43,
        TH,
        "กลุ่มทอผ้าไหมบ้านท่าสว่าง",
        AI,
        MID,
        "Surin",
        "thasawang.silk@gmail.com",
        certs=("ตรานกยูงพระราชทาน", "OTOP"),
        offers=(o("ผ้าไหมยกทอง ได้ตรานกยูงพระราชทาน", "silk_fabric"),),
        needs=(n("ไหมน้อยสาวมือ ไหมเส้นดิบ", "silk_yarn"),),
    ),
    sme(
        44,
        TH,
        "กลุ่มมัดหมี่บ้านหวาย",
        AI,
        MID,
        "Roi Et",
        "banwai.mudmee@gmail.com",
        offers=(
            o("ผ้าไหมมัดหมี่ลายโบราณ ไม่มีตรานกยูง", "silk_fabric"),
            o("ผ้าฝ้ายมัดหมี่ ผืนละ 2 เมตร", "handwoven_cotton_fabric"),
        ),
    ),
    sme(
        45,
        EN,
        "Hemp Cloth Lanna Co.",
        HN,
        MID,
        "Chiang Mai",
        "info@hempclothlanna.com",
        certs=("OEKO-TEX Standard 100",),
        bcg=(BIO,),
        offers=(o("Hemp canvas 12 oz, natural, 58 inch", "hemp_fabric"),),
        needs=(
            n("Looking for hill-tribe hand-spun hemp thread for weft", "hemp_yarn"),
            u("Pineapple leaf fibre, degummed, for blends", "pineapple fibre: no one in the set offers it"),
        ),
    ),
    sme(
        46,
        TH,
        "ผ้ากัญชงทอมือ ม้งดอยผาหม่น",
        HN,
        MID,
        "Chiang Rai",
        "phamon.hemp@gmail.com",
        bcg=(BIO,),
        offers=(o("ผ้ากัญชงทอมือ เขียนเทียนลายม้ง", "hemp_fabric"),),
        needs=(n("สีจากเปลือกไม้ ใบไม้ สำหรับย้อม", "natural_dye_material"),),
    ),
    sme(
        47,
        EN,
        "Mahachai Canvas & Denim",
        AC,
        MID,
        "Samut Sakhon",
        "sales@mahachaicanvas.com",
        offers=(
            o("Cotton duck canvas 10 oz, 20 colours", "cotton_canvas_fabric"),
            o("12 oz denim, rope-dyed, 150 cm", "denim_fabric"),
        ),
        needs=(n("Ring-spun cotton yarn, Ne 16, for duck weaving", "cotton_yarn"),),
    ),
    sme(
        48,
        TH,
        "ร้านผ้ายีนส์สำเพ็ง",
        AC,
        MID,
        "Bangkok",
        "sampeng.denim@gmail.com",
        offers=(o("ผ้ายีนส์ 14 ออนซ์ ม้วนละ 50 หลา", "denim_fabric"),),
    ),
    sme(
        49,
        TH,
        "บาติกหาดใหญ่",
        HN,
        MID,
        "Songkhla",
        "hatyai.batik@gmail.com",
        offers=(o("ผ้าบาติกเขียนเทียน ลายทะเล หลาละ 180", "batik_fabric"),),
        needs=(n("ผ้าคอตตอนดิบ ยังไม่ฟอก สำหรับเขียนลาย", "cotton_muslin_fabric"),),
    ),
    sme(
        50,
        EN,
        "GreenWeave Recycled Fabrics",
        CT,
        MID,
        "Samut Prakan",
        "sales@greenweave.co.th",
        certs=("GRS",),
        bcg=(CIRC,),
        offers=(o("Recycled PET twill 200 gsm, GRS", "recycled_polyester_fabric"),),
        needs=(
            n(
                "Bottle-derived polyester filament with a GRS transaction certificate",
                "recycled_polyester_yarn",
                req=("GRS",),
            ),
        ),
    ),
    sme(
        51,
        TH,
        "บ้านสีกาแฟ สตูดิโอย้อม",
        CT,
        MID,
        "Chiang Mai",
        "coffeecolour.studio@gmail.com",
        bcg=(CIRC, BIO),
        offers=(
            o("รับย้อมผ้า ย้อมด้าย ด้วยกากกาแฟและเปลือกไม้ โทนน้ำตาล", "natural_dyeing_service"),
            o("ผ้าฝ้ายย้อมกาแฟ สีน้ำตาลนม พร้อมส่ง", "natural_dyed_cotton_fabric"),
        ),
        needs=(n("ขอรับผงกาแฟเหลือทิ้งจากคาเฟ่ในเมือง", "spent_coffee_grounds"),),
    ),
    sme(
        52,
        EN,
        "Rayong Coated Textiles",
        SP,
        MID,
        "Rayong",
        "sales@rayongcoated.com",
        certs=("OEKO-TEX Standard 100",),
        offers=(o("TPU-laminated polyester, waterproof, wipe-clean", "tpu_laminated_fabric"),),
    ),
    sme(
        53,
        EN,
        "Ubon Natural Dye House",
        AI,
        MID,
        "Ubon Ratchathani",
        "ubondye@gmail.com",
        bcg=(BIO,),
        offers=(o("Plant dyeing of customer yarn and cloth: lac, ebony, mango leaf", "natural_dyeing_service"),),
        needs=(n("Raw dyestuff: stick lac, ebony fruit, tree bark", "natural_dye_material"),),
    ),
    sme(
        54,
        TH,
        "กลุ่มทอผ้านาหมื่นศรี",
        HN,
        MID,
        "Trang",
        "namuensri.weaving@gmail.com",
        certs=("OTOP",),
        offers=(o("ผ้าทอนาหมื่นศรี ลายลูกแก้ว", "handwoven_cotton_fabric"),),
        needs=(n("ด้ายฝ้ายสำเร็จรูป สีขาว 20/2", "cotton_yarn"),),
    ),
    sme(
        55,
        TH,
        "โรงปั่นด้ายขวดรักษ์โลก",
        CT,
        UP,
        "Pathum Thani",
        "rakloke.yarn@gmail.com",
        bcg=(CIRC,),
        offers=(o("ด้ายโพลีเอสเตอร์จากขวดพลาสติก ยังไม่มีใบรับรอง GRS", "recycled_polyester_yarn"),),
    ),
]

# ------------------------------------------------------------------ data, part 3: downstream makers (056-080)

PART_3 = [
    sme(
        56,
        TH,
        "ร้านถุงชงกาแฟเฮียเส็ง เยาวราช",
        AC,
        DOWN,
        "Bangkok",
        "hiaseng.filter@gmail.com",
        offers=(o("ถุงชงกาแฟโบราณ ด้ามลวด เบอร์ 1-5", "cloth_brew_filter"), o("ถุงชงชาไทย ผ้าสำลีหนา", "cloth_brew_filter")),
        needs=(
            n("ผ้าฝ้ายดิบ (ไม่ฟอก) หรือผ้าฟลานเนล สำหรับตัดถุงกรอง", "cotton_muslin_fabric", "cotton_flannel_fabric"),
            u("ห่วงลวดสแตนเลสพร้อมด้ามไม้", "wire rings and wooden handles: no one in the set offers them"),
        ),
    ),
    sme(
        57,
        EN,
        "Hat Yai Kopi Sock Makers",
        AC,
        DOWN,
        "Songkhla",
        "kopisock.hatyai@gmail.com",
        certs=("Halal",),
        offers=(o("Kopi sock strainers, thick cotton, 3 sizes", "cloth_brew_filter"),),
        needs=(
            n("Raised-surface cotton cloth for strainers, 2 rolls a month", "cotton_flannel_fabric"),
            n("Strong white seam thread", "sewing_thread"),
        ),
    ),
    sme(
        58,
        TH,
        "ถุงชักชาบังหมาด",
        HN,
        DOWN,
        "Nakhon Si Thammarat",
        "bangmad.tea@gmail.com",
        certs=("ฮาลาล",),
        offers=(o("ถุงชักชา ผ้าดิบสองชั้น เย็บตะเข็บคู่", "cloth_brew_filter"),),
        needs=(n("ผ้าฝ้ายตีขน เนื้อนุ่มหนา ทำถุงชา", "cotton_flannel_fabric"),),
    ),
    sme(
        59,
        EN,
        "PureStrain Kitchen Textiles",
        SP,
        DOWN,
        "Bangkok",
        "hello@purestrain.co",
        certs=("OEKO-TEX Standard 100",),
        offers=(
            o("Nut milk bags, fine nylon mesh, 30x30 cm", "nut_milk_bag"),
            o("Cold brew filter bags for 20 L buckets", "cold_brew_filter_bag"),
        ),
        needs=(n("Food-safe monofilament mesh, 120 micron, in rolls", "food_grade_nylon_mesh"),),
    ),
    sme(
        60,
        TH,
        "ถุงกรองแม่ศรี",
        AC,
        DOWN,
        "Nonthaburi",
        "maesri.filterbag@gmail.com",
        offers=(
            o("ถุงกรองน้ำเต้าหู้ ผ้าขาวบางเย็บสองชั้น", "nut_milk_bag"),
            o("ถุงผ้าคั้นกะทิ ขนาดใหญ่", "nut_milk_bag"),
            o("ถุงแช่กาแฟสกัดเย็น ผ้าดิบ", "cold_brew_filter_bag"),
        ),
        needs=(n("ผ้าฝ้ายเนื้อโปร่ง ไม่ผ่านการฟอก ไม่เอาผ้าผสมโพลี", "cotton_muslin_fabric"),),
    ),
    sme(
        61,
        EN,
        "Little Leaf Organic Goods",
        HN,
        DOWN,
        "Chiang Mai",
        "hi@littleleaf.co.th",
        certs=("GOTS",),
        bcg=(BIO,),
        offers=(
            o("Reusable organic cotton tea bags, set of 5", "reusable_cloth_tea_bag"),
            o("Drawstring gift pouches for 250 g coffee", "drawstring_pouch"),
            o("Indigo handwoven cotton shopper bags", "cotton_tote_bag"),
        ),
        needs=(n("GOTS-certified loomstate cotton for tea bags", "cotton_muslin_fabric", req=("GOTS",)),),
    ),
    sme(
        62,
        TH,
        "บริษัท ที-ฟิลเตอร์ เชียงราย จำกัด",
        SP,
        DOWN,
        "Chiang Rai",
        "sales@tfilter-cr.com",
        certs=("อย.",),
        offers=(o("ซองชาเปล่าแบบดึงเชือก 7x9 ซม. กล่องละ 1,000 ใบ", "disposable_tea_filter_bag"),),
        needs=(
            n("ใครมีแผ่นใยไม่ทอจากข้าวโพด ซีลร้อนได้บ้าง", "nonwoven_filter_fabric"),
            u("ป้ายกระดาษห้อยซองชา พิมพ์โลโก้", "paper tags: no one in the set offers them"),
        ),
    ),
    sme(
        63,
        EN,
        "Grind & Grain Apron Co.",
        AC,
        DOWN,
        "Bangkok",
        "studio@grindgrain.co",
        offers=(o("Cross-back barista aprons, canvas or denim", "barista_apron"),),
        needs=(
            n(
                "Heavy duck or jeans fabric by the roll, OEKO-TEX not required",
                "cotton_canvas_fabric",
                "denim_fabric",
                waive=("OEKO-TEX Standard 100",),
            ),
            n("Leather harness for apron tops", "leather_apron_straps"),
            n("Custom woven brand tags", "woven_label"),
        ),
    ),
    sme(
        64,
        TH,
        "หม้อห้อมเอพรอน",
        AC,
        DOWN,
        "Chiang Mai",
        "mohomapron@gmail.com",
        offers=(o("ผ้ากันเปื้อนบาริสต้า ผ้าหม้อห้อมแท้", "barista_apron"),),
        needs=(
            n("ผ้าคราม เป็นพับ", "indigo_dyed_cotton_fabric"),
            n("สายคล้องคอทำจากฝ้ายทอ เป็นม้วน", "cotton_webbing_tape"),
            n("เลเบลทอ ติดผ้ากันเปื้อน 1,000 ชิ้น", "woven_label"),
        ),
    ),
    sme(
        65,
        TH,
        "รีแซ็คสตูดิโอ",
        CT,
        DOWN,
        "Bangkok",
        "resack.studio@gmail.com",
        bcg=(CIRC,),
        offers=(o("กระเป๋าโท้ทจากกระสอบกาแฟเก่า", "upcycled_sack_bag"),),
        needs=(
            n("ถุงป่านเก่าจากโรงคั่ว", "used_coffee_sacks"),
            n("ช่างพิมพ์ลายลงผ้ากระสอบ", "screen_printing_service"),
            n("ด้ายเส้นใหญ่สำหรับเย็บกระสอบ", "sewing_thread", "jute_yarn"),
        ),
    ),
    sme(
        66,
        EN,
        "Second Brew Upcycling",
        CT,
        DOWN,
        "Chiang Mai",
        "hello@secondbrew.co",
        bcg=(CIRC,),
        offers=(
            o("Cushion covers made from roastery sacks", "cushion"),
            o("Totes from ex-coffee burlap", "upcycled_sack_bag"),
        ),
        needs=(
            n("Sewing partner for small batches, we supply the burlap", "cut_and_sew_service"),
            n("Coffee-brown plant-dyed cotton for cushion backs", "natural_dyed_cotton_fabric"),
        ),
    ),
    sme(
        67,
        TH,
        "ผ้าเช็ดแก้วบ้านสวน",
        AC,
        DOWN,
        "Kanchanaburi",
        "bansuan.towel@gmail.com",
        offers=(o("ผ้าเช็ดแก้วคอตตอน ลายตาราง 50x70 ซม.", "tea_towel"),),
        needs=(n("ด้ายคอตตอนหลอด สำหรับทอผ้าเช็ดมือ", "cotton_yarn"),),
    ),
    sme(
        68,
        EN,
        "BarPro Microfibre",
        SP,
        DOWN,
        "Rayong",
        "sales@barpro.co.th",
        certs=("GRS",),
        bcg=(CIRC,),
        offers=(o("Microfibre steam-wand cloths, colour-coded, GRS", "microfiber_bar_towel"),),
        needs=(n("Post-consumer PET continuous yarn, GRS, 300 kg", "recycled_polyester_yarn", req=("GRS",)),),
    ),
    sme(
        69,
        TH,
        "ผ้ามัดหมี่นาข่า ของแต่งโต๊ะ",
        AI,
        DOWN,
        "Udon Thani",
        "nakha.homedecor@gmail.com",
        certs=("OTOP",),
        offers=(o("ผ้ารองแก้วและผ้าปูโต๊ะผ้ามัดหมี่", "table_linen"),),
        needs=(n("ผ้าฝ้ายทอพื้นเมืองทั้งผืน ยังไม่ตัด", "handwoven_cotton_fabric"),),
    ),
    sme(
        70,
        EN,
        "Crew Shirt Co.",
        AC,
        DOWN,
        "Bangkok",
        "orders@crewshirt.co",
        offers=(o("Barista crew shirts in chambray, embroidered", "staff_uniform_shirt"),),
        needs=(
            n("Who can stitch our logo onto shirt pockets?", "embroidery_service"),
            u("Chambray shirting 120 gsm, 500 m", "chambray: no one in the set offers it"),
        ),
    ),
    sme(
        71,
        TH,
        "ผ้ากันเปื้อนผู้สูงวัย ขอนแก่น",
        AI,
        DOWN,
        "Khon Kaen",
        "kk.elderbib@gmail.com",
        offers=(o("ผ้ากันเปื้อนกินข้าวสำหรับผู้สูงอายุ กันน้ำ", "adult_dining_bib"),),
        needs=(n("ผ้าเคลือบกันซึม เช็ดทำความสะอาดง่าย", "tpu_laminated_fabric"),),
    ),
    sme(
        72,
        EN,
        "Velo Brew Kit",
        SP,
        DOWN,
        "Bangkok",
        "team@velobrewkit.com",
        offers=(o("Custom cycling jerseys in coffee-fibre fabric", "cycling_jersey"),),
        needs=(
            n("Quick-dry knit with spent-coffee additive, anti-odour", "coffee_ground_functional_fabric"),
            u(
                "Dye-sublimation printing of jersey panels",
                "screen printing is another process; no one offers sublimation",
                "sublimation_printing_service",
            ),
            n("Sewing house to assemble jerseys from our own knit", "cut_and_sew_service"),
        ),
    ),
    sme(
        73,
        TH,
        "กระเป๋าปอดอยสะเก็ด",
        HN,
        DOWN,
        "Chiang Mai",
        "doisaket.jutebag@gmail.com",
        bcg=(BIO,),
        offers=(o("กระเป๋าปอใส่ของ ขายส่ง", "jute_tote_bag"),),
        needs=(n("ผ้าปอทอเป็นม้วน", "hessian_fabric"),),
    ),
    sme(
        74,
        TH,
        "โรงเย็บกระสอบกาแฟแม่ริม",
        HN,
        DOWN,
        "Chiang Mai",
        "maerim.sack@gmail.com",
        offers=(o("ถุงกระสอบใส่สารกาแฟ พิมพ์โลโก้ได้ 60 กก.", "new_jute_coffee_sack"),),
        needs=(n("อยากได้ผ้าเฮสเซียนเนื้อหนา", "hessian_fabric"),),
    ),
    sme(
        75,
        EN,
        "Hemp Pouch Lab",
        HN,
        DOWN,
        "Chiang Mai",
        "lab@hemppouch.com",
        bcg=(BIO,),
        offers=(o("Hemp drawstring bags for beans and loose tea", "drawstring_pouch"),),
        needs=(n("Woven hemp cloth, 200 gsm or heavier, no cotton blends", "hemp_fabric"),),
    ),
    sme(
        76,
        TH,
        "ลูกประคบสมุนไพรกรุงเก่า",
        AC,
        DOWN,
        "Ayutthaya",
        "krungkao.herbal@gmail.com",
        offers=(o("ลูกประคบสมุนไพรสด ห่อผ้าฝ้าย", "herbal_compress_ball"),),
        needs=(n("ผ้าฝ้ายบางสำหรับห่อสมุนไพร", "cotton_muslin_fabric"),),
    ),
    sme(
        77,
        TH,
        "กระเป๋าผ้าครามสกล",
        AI,
        DOWN,
        "Sakon Nakhon",
        "sakon.indigobag@gmail.com",
        certs=("OTOP",),
        offers=(o("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "cotton_tote_bag"),),
        needs=(n("มีใครรับเย็บกระเป๋าบ้างไหม ส่งผ้าไปให้", "cut_and_sew_service"),),
    ),
    sme(
        78,
        EN,
        "Andaman Batik Workshop",
        AC,
        DOWN,
        "Phuket",
        "andamanbatik@gmail.com",
        offers=(o("Hand-drawn batik barista aprons", "barista_apron"),),
        needs=(n("Wax-resist printed cotton by the metre", "batik_fabric"),),
    ),
    sme(
        79,
        EN,
        "Mae Fah Textile Co.",
        HN,
        DOWN,
        "Chiang Rai",
        "info@maefahtextile.com",
        certs=("OEKO-TEX Standard 100",),
        offers=(o("Handwoven cotton tea towels, 45x65 cm", "tea_towel"),),
        needs=(
            n("Machine-spun cotton for warp, Ne 20", "cotton_yarn"),
            n("Indigo vat dyeing of our woven towels, we send the goods", "indigo_dyeing_service"),
        ),
    ),
    sme(
        80,
        TH,
        "เบาะรักษ์โลก เพชรบุรี",
        CT,
        DOWN,
        "Phetchaburi",
        "rakloke.cushion@gmail.com",
        bcg=(CIRC,),
        offers=(o("เบาะรองนั่งคาเฟ่ ไส้ใยรีไซเคิล", "cushion"),),
        needs=(n("ใยบรรจุเบาะ ทำจากผ้าบดละเอียด", "recycled_stuffing_fibre"),),
    ),
]

# ------------------------------------------------------------------ data, part 4: buyers (081-095)

PART_4 = [
    sme(
        81,
        EN,
        "Nimman Roastworks",
        AC,
        DOWN,
        "Chiang Mai",
        "roastery@nimmanroast.com",
        offers=(
            o("Ex-import jute bean bags, free pick-up", "used_coffee_sacks"),
            o("Used espresso pucks, about 20 kg a day", "spent_coffee_grounds"),
        ),
        needs=(
            n("Thai Arabica green, Fairtrade certified lots only", "green_coffee_beans", req=("Fairtrade",)),
            n("Work aprons for roastery staff, logo on chest", "barista_apron"),
            n("Cinch-top cloth sacks for retail beans", "drawstring_pouch"),
        ),
    ),
    sme(
        82,
        TH,
        "โรงคั่วกาแฟบางรัก",
        AC,
        DOWN,
        "Bangkok",
        "bangrak.roastery@gmail.com",
        offers=(
            o("กระสอบป่านเปล่าจากสารกาแฟนำเข้า", "used_coffee_sacks"),
            o("เมล็ดกาแฟคั่วกลาง ส่งร้านกาแฟ", "roasted_coffee_beans"),
        ),
        needs=(
            n("ผ้ากันเปื้อนพนักงาน ปักชื่อร้าน 30 ตัว", "barista_apron"),
            n("สารกาแฟไทย ปีละ 5 ตัน ไม่ต้องมีแฟร์เทรด", "green_coffee_beans", waive=("Fairtrade",)),
        ),
    ),
    sme(
        83,
        TH,
        "ร้านโกปี๊ท่าแซะ",
        AC,
        DOWN,
        "Chumphon",
        "thasae.kopi@gmail.com",
        offers=(
            o("เมล็ดกาแฟโบราณคั่วเตาถ่าน ถุงละครึ่งโล", "roasted_coffee_beans"),
            o("กากกาแฟ แจกฟรีให้ชาวสวน", "spent_coffee_grounds"),
        ),
        needs=(
            n("ถุงต้มกาแฟแบบผ้า ใช้ชงโกปี๊ ต้องได้ฮาลาล", "cloth_brew_filter", req=("Halal",)),
            n("เม็ดกาแฟดิบยังไม่คั่ว ตากแห้งแล้ว", "green_coffee_beans"),
        ),
    ),
    sme(
        84,
        EN,
        "Commonroom Coffee Bar",
        AC,
        DOWN,
        "Bangkok",
        "ops@commonroomcoffee.com",
        offers=(o("Spent espresso grounds, 30 kg a week", "spent_coffee_grounds"),),
        needs=(
            n("Bib aprons for 40 baristas", "barista_apron"),
            n("Synthetic microfiber rags for the milk steamer", "microfiber_bar_towel"),
            n("Roasted coffee supply, 200 kg a month", "roasted_coffee_beans"),
        ),
    ),
    sme(
        85,
        TH,
        "คาเฟ่ฮักอีสาน",
        AI,
        DOWN,
        "Khon Kaen",
        "hugisan.cafe@gmail.com",
        offers=(o("กากกาแฟตากแห้ง ให้ฟรี มารับเอง", "spent_coffee_grounds"),),
        needs=(
            n("แพรอีโป้ ไว้เช็ดมือหลังบาร์ 20 ผืน", "pha_khao_ma"),
            n("โคสเตอร์ผ้าทอพื้นเมือง", "table_linen"),
            u("กระดาษกรองดริป V60 เบอร์ 02", "paper filters: the set has cloth filters only", "paper_coffee_filter"),
        ),
    ),
    sme(
        86,
        EN,
        "Wawee Tea House",
        AC,
        DOWN,
        "Chiang Rai",
        "teahouse@waweetea.com",
        needs=(
            n("Table runners and coasters in local weave", "table_linen"),
            n("Refillable cloth tea bags, one per teapot", "reusable_cloth_tea_bag"),
            u(
                "Royal Peacock silk runners for the VIP room",
                "no table-linen maker in the set holds the Peacock Emblem",
                "table_linen",
                req=("Thai Silk Peacock Emblem",),
            ),
        ),
    ),
    sme(
        87,
        TH,
        "ชาไทยตราช้างเผือก",
        AC,
        DOWN,
        "Bangkok",
        "changpuak.tea@gmail.com",
        offers=(o("ผงชาไทย สูตรร้านชาชัก กิโลละ 220", "tea_leaves"),),
        needs=(
            n("ถุงผ้าต้มชาใบใหญ่ สำหรับหน้าร้าน", "cloth_brew_filter"),
            n("ซองกรองชาแบบใช้แล้วทิ้ง ต้องผ่าน อย.", "disposable_tea_filter_bag", req=("Thai FDA",)),
        ),
    ),
    sme(
        88,
        TH,
        "บ้านพักผู้สูงอายุสุขใจ",
        AC,
        DOWN,
        "Nonthaburi",
        "sukjai.eldercare@gmail.com",
        needs=(
            n("ผ้าคลุมอกเวลาทานอาหาร ผู้สูงอายุ 60 ผืน", "adult_dining_bib"),
            n("ผ้าฝ้ายเช็ดมือเช็ดจาน ซักบ่อยได้ ไม่ต้องมีฉลากเขียว", "tea_towel", waive=("Thai Green Label",)),
            u("บริการซักรีดผ้าจากศูนย์", "laundry service: no one in the set offers it"),
        ),
    ),
    sme(
        89,
        EN,
        "Samui Tea & Spa Retreat",
        AC,
        DOWN,
        "Surat Thani",
        "purchasing@samuiteaspa.com",
        needs=(
            n("Herbal compress balls for Thai massage, weekly", "herbal_compress_ball"),
            n(
                "Glass-drying cloths in cotton for the tea bar, OEKO-TEX certified",
                "tea_towel",
                req=("OEKO-TEX Standard 100",),
            ),
            u(
                "Organic Thailand certified compress herbs in cotton",
                "the compress maker in the set holds no Organic Thailand certificate",
                "herbal_compress_ball",
                req=("Organic Thailand",),
            ),
        ),
    ),
    sme(
        90,
        TH,
        "ร้านวีแกนดอยสุเทพ คาเฟ่",
        AC,
        DOWN,
        "Chiang Mai",
        "doisuthep.vegan@gmail.com",
        offers=(o("กากกาแฟ ให้ฟรีทุกเย็น", "spent_coffee_grounds"),),
        needs=(
            n("ถุงคั้นนมอัลมอนด์ แบบละเอียด ล้างได้", "nut_milk_bag"),
            n("ถุงหมักกาแฟแบบโคลด์บรูว์ ถังใหญ่", "cold_brew_filter_bag"),
            u(
                "เมล็ดกาแฟคั่ว ได้รับรองเกษตรอินทรีย์",
                "no roaster in the set holds Organic Thailand",
                "roasted_coffee_beans",
                req=("Organic Thailand",),
            ),
        ),
    ),
    sme(
        91,
        EN,
        "Cold Drip Bangkok Co.",
        AC,
        DOWN,
        "Bangkok",
        "brew@colddripbkk.com",
        needs=(
            n(
                "Steeping sacks for 20-litre toddy batches, OEKO-TEX only",
                "cold_brew_filter_bag",
                req=("OEKO-TEX Standard 100",),
            ),
            n("Roasted coffee for cold brew, 100 kg monthly", "roasted_coffee_beans"),
        ),
    ),
    sme(
        92,
        TH,
        "น้ำเต้าหู้เจ๊หมวย โคราช",
        AC,
        DOWN,
        "Korat",
        "jemuay.soymilk@gmail.com",
        needs=(
            n("ถุงกรองนมถั่วเหลือง ผ้าละเอียด", "nut_milk_bag"),
            u("เครื่องโม่ถั่วเหลือง มือสอง", "machinery: no one in the set sells machines"),
        ),
    ),
    sme(
        93,
        EN,
        "Refill Station Bangkok",
        AC,
        DOWN,
        "Bangkok",
        "hello@refillstationbkk.com",
        needs=(
            n("Bags sewn from retired coffee sacks, for retail", "upcycled_sack_bag"),
            n(
                "Refill-it-yourself fabric teabags and almond-milk strainers for retail, GOTS nice to have",
                "reusable_cloth_tea_bag",
                "nut_milk_bag",
                waive=("GOTS",),
            ),
            n("Loose Thai tea and oolong in bulk for refill jars", "tea_leaves"),
        ),
    ),
    sme(
        94,
        TH,
        "ร้านของฝากโอทอปสกล",
        AI,
        DOWN,
        "Sakon Nakhon",
        "sakon.otopshop@gmail.com",
        needs=(
            n("กระเป๋าผ้าทอมือ ต้องมีตรา OTOP", "cotton_tote_bag", req=("OTOP",)),
            n("ชุดรองจานรองแก้วลายพื้นเมือง ไว้วางขาย", "table_linen"),
        ),
    ),
    sme(
        95,
        EN,
        "Bangkok Coffee Cycling Club",
        SP,
        DOWN,
        "Bangkok",
        "ride@bkkcoffeecycling.com",
        needs=(
            n("Team kit tops for 25 riders", "cycling_jersey"),
            u("Padded bib shorts with chamois", "no one in the set makes cycling shorts"),
        ),
    ),
]

SMES: tuple[Sme, ...] = tuple(PART_1 + PART_2 + PART_3 + PART_4)


# ------------------------------------------------------------------ links


def held(supplier: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in supplier.certifications)


def qualified(supplier: Sme, buyer: Sme, labels: tuple[str, ...], requires: tuple[str, ...]) -> bool:
    if supplier.num == buyer.num:
        return False
    if not set(requires) <= held(supplier):
        return False
    return any(offer.label in labels for offer in supplier.offers)


def suppliers_of(buyer: Sme, need: Need) -> list[Sme]:
    labels = need.would_be if need.unmet else need.labels
    return [s for s in SMES if qualified(s, buyer, labels, need.requires)]


def true_links() -> list[tuple[str, str]]:
    pairs = {(s.id, b.id) for b in SMES for need in b.needs if not need.unmet for s in suppliers_of(b, need)}
    return sorted(pairs)


# ------------------------------------------------------------------ checks

EMAIL = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_LETTER = re.compile("[\u0e01-\u0e2e\u0e30\u0e32\u0e33\u0e40-\u0e45]")


def thai_share(text: str) -> float:
    thai = len(THAI_LETTER.findall(text))
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return thai / (thai + latin) if thai + latin else 0.0


def latin_only(text: str) -> bool:
    for c in text:
        if "\u0e00" <= c <= "\u0e7f":
            return False
        if c.isalpha() and not unicodedata.name(c, "").startswith("LATIN"):
            return False
        if not c.isprintable():
            return False
    return True


def mentioned(text: str) -> set[str]:
    """Certifications a text names at all, claimed, asked for or waived."""
    normal = unicodedata.normalize("NFKC", text)
    return {name for name, matchers in _CERTIFICATION_MATCHERS if any(m.search(normal) for m in matchers)}


def check() -> list[str]:
    errors: list[str] = []
    nums = [s.num for s in SMES]
    if nums != list(range(1, N_PROFILES + 1)):
        errors.append(f"ids must run 001..{N_PROFILES:03d} in order")
    for field in ("name", "email"):
        seen = Counter(getattr(s, field) for s in SMES)
        errors += [f"{field} {v!r} used {c} times" for v, c in seen.items() if c > 1]
    offered_by: dict[str, set[int]] = {}
    for s in SMES:
        for offer in s.offers:
            offered_by.setdefault(offer.label, set()).add(s.num)
    for s in SMES:
        where = s.id
        if not re.fullmatch(rf"{ID_PREFIX}-\d{{3}}", s.id):
            errors.append(f"{where}: bad id")
        if s.lang not in (TH, EN):
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub_cluster not in {c.value for c in SubCluster}:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in {c.value for c in Stage}:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        if not EMAIL.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        for tag in s.bcg:
            if tag not in {c.value for c in BcgTag}:
                errors.append(f"{where}: bcg {tag!r}")
        if len(set(s.bcg)) != len(s.bcg) or len(set(s.certifications)) != len(s.certifications):
            errors.append(f"{where}: repeated bcg tag or certification")
        for cert in s.certifications:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if not (0 <= len(s.offers) <= 3 and 0 <= len(s.needs) <= 3) or not (s.offers or s.needs):
            errors.append(f"{where}: needs 1-3 offers or needs, at most 3 of each")
        phrases = [s.name, *(x.text for x in s.offers), *(x.text for x in s.needs)]
        if len(set(phrases)) != len(phrases):
            errors.append(f"{where}: a phrase is repeated")
        for phrase in phrases:
            if phrase != phrase.strip() or "  " in phrase or not phrase:
                errors.append(f"{where}: stray spaces in {phrase!r}")
            if s.lang == TH and thai_share(phrase) < 0.7:
                errors.append(f"{where}: Thai phrase not mostly Thai letters: {phrase!r}")
            if s.lang == EN and not latin_only(phrase):
                errors.append(f"{where}: English phrase not Latin only: {phrase!r}")
        for offer in s.offers:
            if offer.label not in LABELS:
                errors.append(f"{where}: unknown offer label {offer.label!r}")
            extra = find_certifications(offer.text) - held(s)
            if extra:
                errors.append(f"{where}: offer {offer.text!r} claims {sorted(extra)} the SME does not hold")
        for need in s.needs:
            text = need.text
            for label in (*need.labels, *need.would_be):
                if label not in LABELS:
                    errors.append(f"{where}: unknown need label {label!r}")
            if need.unmet:
                if need.labels:
                    errors.append(f"{where}: unmet need {text!r} lists labels")
            elif not need.labels:
                errors.append(f"{where}: need {text!r} lists no labels and no note")
            else:
                for label in need.labels:
                    if not offered_by.get(label, set()) - {s.num}:
                        errors.append(f"{where}: label {label!r} of {text!r} offered by no one else")
            for cert in (*need.requires, *need.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: use the canonical name, not {cert!r}")
            asked = find_certifications(text)
            named = mentioned(text)
            if asked != set(need.requires):
                errors.append(f"{where}: {text!r} asks for {sorted(asked)}, labelled {sorted(need.requires)}")
            if named != set(need.requires) | set(need.waives):
                errors.append(f"{where}: {text!r} names {sorted(named)}, labelled {need.requires + need.waives}")
            if set(need.requires) & set(need.waives):
                errors.append(f"{where}: {text!r} both requires and waives a certification")
            found = suppliers_of(s, need)
            if need.unmet and found:
                errors.append(f"{where}: unmet need {text!r} is met by {[x.id for x in found]}")
            if not need.unmet and not found:
                errors.append(f"{where}: need {text!r} has no qualified supplier")
    errors += check_targets()
    return errors


def check_targets() -> list[str]:
    errors: list[str] = []
    stats = statistics()
    if stats["profiles"] != N_PROFILES:
        errors.append(f"{stats['profiles']} profiles, want {N_PROFILES}")
    if not 0.50 <= stats["thai"] / stats["profiles"] <= 0.60:
        errors.append(f"Thai share {stats['thai'] / stats['profiles']:.2f}, want about 0.55")
    if not 160 <= stats["links"] <= 180:
        errors.append(f"{stats['links']} true links, want 160-180")
    if stats["links"] and not 0.42 <= stats["cross"] / stats["links"] <= 0.58:
        errors.append(f"cross-language share {stats['cross'] / max(1, stats['links']):.2f}, want about half")
    if not 17 <= stats["unmet"] <= 23:
        errors.append(f"{stats['unmet']} needs met by no one, want about 20")
    spread = stats["spread"]
    met = sum(spread.values())
    if met and sum(spread[k] for k in (1, 2, 3)) / met < 0.75:
        errors.append("most met needs should have 1-3 qualified suppliers")
    if not spread or max(spread) < 4:
        errors.append("some needs should be met by more than 3 suppliers")
    return errors


# ------------------------------------------------------------------ statistics


def statistics() -> dict:
    links = true_links()
    lang = {s.id: s.lang for s in SMES}
    sub = {s.id: s.sub_cluster for s in SMES}
    needs = [(s, need) for s in SMES for need in s.needs]
    spread = Counter(len(suppliers_of(s, need)) for s, need in needs if not need.unmet)
    provinces = [resolve_province(s.province) for s in SMES]
    return {
        "profiles": len(SMES),
        "thai": sum(s.lang == TH for s in SMES),
        "english": sum(s.lang == EN for s in SMES),
        "sub_cluster": Counter(s.sub_cluster for s in SMES),
        "stage": Counter(s.stage for s in SMES),
        "region": Counter(p.region.value for p in provinces if p is not None),
        "provinces": len({p.name_en for p in provinces if p is not None}),
        "offers": sum(len(s.offers) for s in SMES),
        "offer_labels": len({offer.label for s in SMES for offer in s.offers}),
        "needs": len(needs),
        "met": sum(not need.unmet for _, need in needs),
        "unmet": sum(bool(need.unmet) for _, need in needs),
        "requiring": sum(bool(need.requires) for _, need in needs),
        "waiving": sum(bool(need.waives) for _, need in needs),
        "links": len(links),
        "th_en": sum(lang[a] == TH and lang[b] == EN for a, b in links),
        "en_th": sum(lang[a] == EN and lang[b] == TH for a, b in links),
        "cross": sum(lang[a] != lang[b] for a, b in links),
        "within": sum(lang[a] == lang[b] for a, b in links),
        "cross_sub": sum(sub[a] != sub[b] for a, b in links),
        "spread": spread,
    }


def counts_table() -> str:
    st = statistics()
    rows: list[tuple[str, str]] = [
        ("profiles", str(st["profiles"])),
        ("Thai / English profiles", f"{st['thai']} / {st['english']}"),
    ]
    rows += [(f"sub-cluster `{c.value}`", str(st["sub_cluster"][c.value])) for c in SubCluster]
    rows += [(f"stage `{c.value}`", str(st["stage"][c.value])) for c in Stage]
    rows += [(f"region `{c.value}`", str(st["region"][c.value])) for c in Region]
    share = st["cross"] / st["links"] if st["links"] else 0.0
    spread = st["spread"]
    rows += [
        ("distinct provinces", str(st["provinces"])),
        ("offers", str(st["offers"])),
        ("distinct offer labels", str(st["offer_labels"])),
        ("needs", str(st["needs"])),
        ("needs met / met by no one", f"{st['met']} / {st['unmet']}"),
        (
            "met needs by number of qualified suppliers (1 / 2 / 3 / 4+)",
            " / ".join([*(str(spread[k]) for k in (1, 2, 3)), str(sum(v for k, v in spread.items() if k >= 4))]),
        ),
        ("needs requiring a certification", str(st["requiring"])),
        ("needs waiving a certification", str(st["waiving"])),
        ("true links", str(st["links"])),
        ("links Thai supplier -> English buyer", str(st["th_en"])),
        ("links English supplier -> Thai buyer", str(st["en_th"])),
        ("cross-language links (share)", f"{st['cross']} ({share:.0%})"),
        ("within-language links", str(st["within"])),
        ("links between different sub-clusters", str(st["cross_sub"])),
    ]
    lines = ["| measure | count |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ output


def profile(s: Sme) -> dict[str, object]:
    return {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [offer.text for offer in s.offers],
        "needs": [need.text for need in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }


README = """\
# blind_plain_coffeebags: coffee and tea textiles, plain registry wording

A hand-labelled test set for the partner matchmaking. It measures how well the matcher finds the
true supplier-buyer pairs among {profiles} SME profiles whose wording it has never seen.

## What it checks

The theme is coffee and tea textiles: jute and hessian coffee sacks, cloth coffee filters (tung tom,
kopi socks, tea socks), tea bags and tea towels, nut-milk and cold-brew bags, barista aprons, and the
roasters, cafes, tea houses, care homes, spas, shops and hill-tribe coffee co-ops that buy them, plus
the ordinary upstream and midstream suppliers of the cluster (fibre, yarn, cloth, dyeing, sewing,
printing, components). The profiles are plain registry entries: one short phrase per offer or need,
1-3 of each (some SMEs have no offers or no needs), about 55 % in Thai and the rest in English.

The same kind of goods is written in many ways (local and regional names from the north, Isan and the
south, trade words, brand names, abbreviations, with and without quantities, prices, sizes and places),
and a need is usually worded differently from the offers that meet it, often in the other language.
Hard but fair cases include: a service versus the goods it works on (dyeing the customer's cloth versus
dyed cloth, sewing for others versus aprons); the customer's own goods sent for work; used sacks and
cutting waste versus new goods; fibre versus yarn versus cloth versus product; finished goods named by
their material, colour or technique (an apron of indigo cloth is an apron, a tea sock of flannel is a
filter, not flannel); paper filters versus cloth filters; needs written as a wish, a bare noun phrase
or a question; refusals ("no synthetic dye"); needs that require a named certification (a supplier
without it does not qualify) and needs that name one only to waive it; and needs that no one in the
set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (cluster profiles JSONL version 1 and
the links CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings; not the
matcher, its glossary, its tests or any other evaluation set. All data sits in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need lists the offer labels that
would meet it and the certifications its text requires, or is marked as met by no one with a short
note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed
by one of the buyer's needs and the supplier's certifications hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link; what changes what the thing is does. A waived certification is not required.
The labels live only in `write.py`; `profiles.jsonl` has the contract's fields and nothing else.

Before writing, the script checks that ids are unique and well formed, every contract field is valid
(sub-cluster, stage and BCG values from `shared.taxonomy`, every province resolving with
`resolve_province`, every certification with `resolve_certification`), every label a need lists is
offered by someone other than the buyer, every met need has a qualified supplier and every unmet one
has none, the certifications a need's text asks for (`find_certifications`) are exactly those it is
labelled to require and any other it names is labelled as waived, Thai phrases are mostly Thai letters
and English ones Latin only, and the size targets hold. It writes nothing if a check fails. Two runs
give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_coffeebags/write.py

## Files

- `write.py`: the data (profiles, offer labels, need labels and notes), the checks, and the writer.
- `profiles.jsonl`: {profiles} profiles, ids `{first}` to `{last}`, one JSON object per line, UTF-8.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def outputs() -> dict[str, bytes]:
    jsonl = "".join(json.dumps(profile(s), ensure_ascii=False) + "\n" for s in SMES)
    csv_text = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in true_links())
    readme = README.format(profiles=len(SMES), first=SMES[0].id, last=SMES[-1].id, table=counts_table())
    return {
        "profiles.jsonl": jsonl.encode("utf-8"),
        "links.csv": csv_text.encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }


def main() -> int:
    errors = check()
    if errors:
        for error in errors:
            print("error:", error, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        print(counts_table(), file=sys.stderr)
        return 1
    first, second = outputs(), outputs()
    if first != second:
        print("error: two builds differ; nothing written", file=sys.stderr)
        return 1
    for name, data in first.items():
        (HERE / name).write_bytes(data)
    print(counts_table(), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
