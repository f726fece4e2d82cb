"""Write the hand-labelled evaluation set `eval/blind_plain_rugs/`.

Theme: rugs and carpets (tufted, knotted, rag, braided, jute, sisal, prayer and meditation rugs,
sedge, krajood and water hyacinth mats), with the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster. All profiles are written by hand as short registry phrases.

Every offer is a (text, label) pair. Every need lists the offer labels that meet it and the
certifications its text requires (or waives), or is marked as met by no one. A pair
(supplier, buyer) is a true link when an offer of the supplier carries a label listed by a need of
the buyer and the supplier holds every certification that need requires. Labels live only here.

Run from the repository root:  .venv/bin/python eval/blind_plain_rugs/write.py
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

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    _CERTIFICATION_MATCHERS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

OUT = Path(__file__).resolve().parent
PREFIX = "bru"
N_PROFILES = 95
LINK_RANGE = (160, 180)

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value
BIO = BcgTag.BIO.value
CIRCULAR = BcgTag.CIRCULAR.value
GREEN = BcgTag.GREEN.value


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
    unmet: str | None = None  # note saying why no one in the set meets it


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[Offer, ...] = ()
    needs: tuple[Need, ...] = ()
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = field(default=())

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def u(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive, unmet=note)


def S(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    offers: list[Offer] | None = None,
    needs: list[Need] | None = None,
    certs: list[str] | None = None,
    bcg: list[str] | None = None,
) -> Sme:
    return Sme(
        num,
        language,
        name,
        sub_cluster,
        stage,
        province,
        email,
        tuple(offers or ()),
        tuple(needs or ()),
        tuple(certs or ()),
        tuple(bcg or ()),
    )


# ------------------------------------------------------------------ labels: what each offer is

LABELS: dict[str, str] = {
    # upstream: fibre, yarn, waste
    "hemp_fibre_raw": "hemp bast fibre, unspun",
    "hemp_yarn": "spun hemp yarn",
    "kenaf_jute_fibre": "raw kenaf or jute fibre, unspun",
    "jute_yarn": "spun jute or kenaf yarn, twine or rope",
    "sisal_fibre": "raw sisal fibre",
    "sedge_stalk_dried": "dried sedge (kok) stalks, undyed",
    "dyed_sedge_stalk": "sedge stalks already dyed",
    "water_hyacinth_dried": "dried water hyacinth stems",
    "krajood_dried": "dried krajood sedge, unwoven",
    "pandanus_leaf_dried": "dried screw-pine (pandan) leaf strips",
    "indigo_dye_paste": "natural indigo paste or fermented indigo",
    "cotton_yarn": "undyed machine-spun cotton yarn",
    "handspun_cotton_yarn": "undyed hand-spun cotton yarn",
    "recycled_cotton_yarn": "yarn spun from recycled cotton",
    "recycled_polyester_yarn": "yarn spun from recycled polyester",
    "wool_rug_yarn": "wool rug or tufting yarn, synthetically dyed or ecru",
    "natural_dyed_wool_yarn": "wool rug yarn dyed with natural dyes only",
    "acrylic_rug_yarn": "acrylic rug or tufting yarn",
    "cotton_offcuts": "pre-consumer cotton cutting waste",
    "denim_offcuts": "pre-consumer denim cutting waste",
    "synthetic_offcuts": "pre-consumer polyester or mixed synthetic cutting waste",
    "used_clothing": "post-consumer garments, second-hand",
    "used_denim": "worn-out jeans and denim garments",
    "used_hotel_linen": "discarded hotel sheets and towels",
    "used_carpet": "used or end-of-life carpets and carpet tiles",
    "tshirt_yarn": "fabric strips cut from jersey, ready to crochet or weave",
    # midstream: cloth, components, tools, services
    "cotton_greige_fabric": "undyed woven cotton cloth",
    "cotton_canvas_fabric": "heavy undyed cotton canvas or duck",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with indigo",
    "jute_hessian_cloth": "woven jute hessian or burlap cloth",
    "primary_tufting_cloth": "primary backing cloth for tufting",
    "secondary_backing_cloth": "secondary backing cloth for finished rugs",
    "cotton_cord": "braided or twisted cotton cord or rope",
    "rug_latex_adhesive": "latex compound for coating rug backs",
    "rug_underlay_pad": "non-slip pad laid under a rug",
    "fringe_tassel_trim": "fringe or tassel trim for rugs",
    "tufting_gun": "tufting gun (tool)",
    "tufting_frame": "tufting frame (tool)",
    "mat_weaving_loom": "loom for weaving sedge mats",
    "yarn_dyeing_service": "dyeing the customer's yarn",
    "fabric_dyeing_service": "dyeing the customer's cloth",
    "indigo_dyeing_service": "indigo dyeing of the customer's cloth or yarn",
    "rug_tufting_service": "tufting rugs to the customer's design (contract work)",
    "rug_edge_binding_service": "binding or serging the customer's rug edges",
    "rug_washing_service": "washing the customer's rugs",
    "rug_repair_service": "repairing the customer's rugs",
    "sewing_contract_service": "sewing the customer's fabric to order (CMT)",
    "carpet_installation_service": "laying wall-to-wall carpet",
    # downstream: finished goods
    "hand_tufted_rug": "hand-tufted rug",
    "hand_knotted_rug": "hand-knotted rug",
    "rag_rug": "rug woven or crocheted from fabric strips",
    "braided_rug": "braided fabric or cord rug",
    "jute_rug": "rug of jute or kenaf",
    "sisal_rug": "rug of sisal",
    "prayer_rug": "prayer rug",
    "meditation_mat": "floor mat for sitting meditation",
    "meditation_cushion": "meditation or monk's sitting cushion",
    "sedge_mat": "woven sedge (kok) mat",
    "sedge_bag": "bag woven of sedge",
    "water_hyacinth_mat": "mat or rug of water hyacinth",
    "water_hyacinth_basket": "basket of water hyacinth",
    "krajood_mat": "woven krajood mat",
    "krajood_bag": "bag woven of krajood",
    "pandanus_mat": "woven pandan mat",
    "coir_doormat": "coconut coir doormat",
    "cotton_bath_mat": "cotton bath mat",
    "anti_slip_mat": "anti-slip bathroom or floor mat",
    "bedside_fall_mat": "bedside fall-protection mat",
    "yoga_mat": "yoga mat",
    "tatami_mat": "martial-arts tatami",
    "cushion_cover": "ready-made cushion cover",
}

# ------------------------------------------------------------------ the profiles

SMES: list[Sme] = [
    # ---------------------------------------------------------- upstream: fibre, yarn, waste
    S(
        1,
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        "maesamai.hemp@gmail.com",
        offers=[
            o("เปลือกกัญชงลอกมือ ตากแห้ง ขายเป็นกิโล", "hemp_fibre_raw"),
            o("ด้ายกัญชงเข็นมือ เส้นใหญ่ ใช้ทอพรมได้", "hemp_yarn"),
        ],
        needs=[u("เครื่องลอกเปลือกกัญชงแบบมีมอเตอร์", "no one offers decorticating machines")],
        certs=["Organic Thailand"],
        bcg=[BIO, GREEN],
    ),
    S(
        2,
        "en",
        "Doi Tung Bast Fibre Co., Ltd.",
        HEMP,
        UP,
        "Chiang Rai",
        "sales@doitungbast.co.th",
        offers=[
            o("Decorticated hemp bast fibre, 200 kg bales", "hemp_fibre_raw"),
            o("Retted kenaf fibre, grade A, long staple", "kenaf_jute_fibre"),
        ],
        bcg=[BIO],
    ),
    S(
        3,
        "th",
        "กลุ่มครามธรรมชาติบ้านดอนกอย",
        ALI,
        UP,
        "Sakon Nakhon",
        "donkoi.khram@gmail.com",
        offers=[
            o("เนื้อครามหมัก พร้อมก่อหม้อ กก.ละ 380 บาท", "indigo_dye_paste"),
            o("รับย้อมครามผ้าและเส้นด้ายที่ลูกค้าส่งมา", "indigo_dyeing_service"),
        ],
        needs=[n("ฝ้ายเข็นมือ ยังไม่ได้ย้อม สีขาวนวล", "handspun_cotton_yarn")],
        certs=["OTOP"],
        bcg=[BIO],
    ),
    S(
        4,
        "en",
        "Bangplee Offcut Recovery",
        CIRC,
        UP,
        "Samut Prakan",
        "recovery@bangpleeoffcut.com",
        offers=[
            o("Cotton jersey cutting-room offcuts, sorted by colour, 1 t min.", "cotton_offcuts"),
            o("Poly-spandex trimmings from sportswear lines, baled", "synthetic_offcuts"),
        ],
        needs=[u("Second-hand hydraulic baler", "no one sells balers")],
        bcg=[CIRCULAR],
    ),
    S(
        5,
        "th",
        "ร้านเส้นผ้ายืด ประตูน้ำ",
        CIRC,
        UP,
        "Bangkok",
        "pratunam.strips@gmail.com",
        offers=[o("เส้นผ้ายืดตัดจากเสื้อยืดเก่า ม้วนละ 1 กก. สำหรับถักพรม", "tshirt_yarn")],
        needs=[n("เสื้อยืดเก่า ผ้าคอตตอน รับซื้อเป็นกิโล", "used_clothing")],
        bcg=[CIRCULAR],
    ),
    S(
        6,
        "en",
        "EastPet Fibre Recycling Co., Ltd.",
        CIRC,
        UP,
        "Chonburi",
        "info@eastpetfibre.com",
        offers=[o("rPET BCF yarn for tufting, 1200 denier, GRS", "recycled_polyester_yarn")],
        needs=[
            u("Clean PET bottle flakes, 20 t/month", "no flake supplier in the set"),
            n("Old nylon carpet tiles for take-back", "used_carpet"),
        ],
        certs=["GRS", "ISO 9001"],
        bcg=[CIRCULAR],
    ),
    S(
        7,
        "th",
        "โรงปั่นด้ายรีไซเคิลสามพราน",
        CIRC,
        UP,
        "Nakhon Pathom",
        "sampran.respin@gmail.com",
        offers=[o("ด้ายฝ้ายรีไซเคิล ปั่นจากเศษผ้า เบอร์ 8 สำหรับทอพรม", "recycled_cotton_yarn")],
        needs=[
            n("เศษผ้าฝ้าย 100% จากโรงงานตัดเย็บ คัดสีแล้ว", "cotton_offcuts", "denim_offcuts"),
            n("กางเกงเดนิมที่ใช้แล้ว", "used_denim"),
        ],
        certs=["RCS"],
        bcg=[CIRCULAR],
    ),
    S(
        8,
        "en",
        "Korat Kenaf Growers Cooperative",
        HEMP,
        UP,
        "Nakhon Ratchasima",
        "korat.kenaf@gmail.com",
        offers=[o("Sun-dried kenaf bast, 50 kg bundles", "kenaf_jute_fibre")],
        needs=[u("Kenaf seed, certified variety", "no seed supplier in the set")],
        bcg=[BIO],
    ),
    S(
        9,
        "en",
        "Tak Hemp Spinners",
        HEMP,
        UP,
        "Tak",
        "spin@takhemp.com",
        offers=[
            o("Hemp yarn Nm 6, natural grey, on cones", "hemp_yarn"),
            o("Hemp rug warp, 3-ply, 1 kg tubes", "hemp_yarn"),
        ],
        needs=[n("Clean long-line hemp fibre", "hemp_fibre_raw")],
        certs=["OEKO-TEX Standard 100"],
        bcg=[BIO],
    ),
    S(
        10,
        "th",
        "ม่อฮ่อมแม่ศรีแพร่",
        HEMP,
        MID,
        "Phrae",
        "maesri.morhom@gmail.com",
        offers=[
            o("ห้อมเปียก ตักขายเป็นปี๊บ", "indigo_dye_paste"),
            o("ผ้าฝ้ายย้อมห้อม หน้ากว้าง 1 เมตร", "indigo_dyed_cotton_fabric"),
        ],
        needs=[n("ผ้าฝ้ายดิบ ยังไม่ฟอกขาว สำหรับย้อมห้อม", "cotton_greige_fabric")],
        certs=["OTOP"],
        bcg=[BIO],
    ),
    S(
        11,
        "th",
        "ร้านรับซื้อเศษผ้ามหาชัย",
        CIRC,
        UP,
        "Samut Sakhon",
        "mahachai.seskha@gmail.com",
        offers=[
            o("เศษผ้าโพลีเอสเตอร์ คละสี ขายเป็นตัน", "synthetic_offcuts"),
            o("เศษผ้ายีนส์จากโรงงาน ชิ้นเล็ก", "denim_offcuts"),
        ],
        needs=[u("รถกระบะมือสองไว้วิ่งรับเศษผ้า", "vehicles are not offered in the set")],
        bcg=[CIRCULAR],
    ),
    S(
        12,
        "th",
        "ร้านเสื้อผ้ามือสองโรงเกลือ",
        CIRC,
        UP,
        "Sa Kaeo",
        "rongkluea.bale@gmail.com",
        offers=[
            o("เสื้อผ้ามือสองเหมากระสอบ 45 กก.", "used_clothing"),
            o("ยีนส์เก่าคัดเกรดซี ใส่ไม่ได้แล้ว", "used_denim"),
        ],
        bcg=[CIRCULAR],
    ),
    S(
        13,
        "en",
        "Second Loop Sorting Centre",
        CIRC,
        UP,
        "Pathum Thani",
        "hello@secondloop.co.th",
        offers=[o("Post-consumer garments, cotton-rich grade, per kg", "used_clothing")],
        needs=[n("Hotels' worn-out towels and bed sheets", "used_hotel_linen")],
        bcg=[CIRCULAR],
    ),
    S(
        14,
        "en",
        "Strip & Loop Studio",
        CIRC,
        DOWN,
        "Chiang Mai",
        "studio@striploop.com",
        offers=[
            o("T-shirt yarn, 100 m cones, 20 colours", "tshirt_yarn"),
            o("Crochet rag rug, round, 90 cm", "rag_rug"),
        ],
        needs=[n("100% cotton knit scraps, single-colour lots", "cotton_offcuts")],
        bcg=[CIRCULAR],
    ),
    S(
        15,
        "th",
        "รีไซเคิลโพลีระยอง",
        CIRC,
        UP,
        "Rayong",
        "rayong.repoly@gmail.com",
        offers=[o("ด้ายโพลีเอสเตอร์รีไซเคิลจากขวด PET สีดำ", "recycled_polyester_yarn")],
        needs=[n("เศษผ้าโพลีล้วน ไม่ปนฝ้าย", "synthetic_offcuts")],
        bcg=[CIRCULAR],
    ),
    S(
        16,
        "en",
        "ReSpin Cotton Co., Ltd.",
        CIRC,
        UP,
        "Nonthaburi",
        "orders@respincotton.com",
        offers=[o("Recycled cotton OE yarn Ne 6, ecru", "recycled_cotton_yarn")],
        needs=[n("pre-consumer cotton scraps", "cotton_offcuts", "denim_offcuts")],
        certs=["GRS"],
        bcg=[CIRCULAR],
    ),
    S(
        17,
        "th",
        "กลุ่มปอแก้วบ้านโนนสะอาด",
        HEMP,
        UP,
        "Udon Thani",
        "nonsaat.por@gmail.com",
        offers=[
            o("ปอแก้วแช่น้ำ ลอกเป็นเส้น ตากแห้ง", "kenaf_jute_fibre"),
            o("เชือกปอฟั่นมือ ขนาด 3 มม.", "jute_yarn"),
        ],
        bcg=[BIO],
    ),
    S(
        18,
        "en",
        "Jute & Co. Home",
        HEMP,
        MID,
        "Bangkok",
        "team@juteandco.com",
        offers=[
            o("Bangladesh jute yarn 3-ply, 1 t MOQ", "jute_yarn"),
            o("Chunky braided jute rug 160x230", "jute_rug"),
        ],
        needs=[n("latex back-coating for our jute rugs", "rug_latex_adhesive")],
    ),
    S(
        19,
        "en",
        "Sisal Coast Fibres",
        HEMP,
        UP,
        "Prachuap Khiri Khan",
        "sisalcoast@gmail.com",
        offers=[
            o("Sisal fibre, brushed, 1 m length", "sisal_fibre"),
            o("Sisal boucle rug, latex backed", "sisal_rug"),
        ],
        needs=[n("Burlap for backing sisal rugs", "jute_hessian_cloth", "secondary_backing_cloth")],
        bcg=[BIO],
    ),
    S(
        20,
        "th",
        "กลุ่มปลูกกกบ้านหนองโน",
        ALI,
        UP,
        "Roi Et",
        "nongno.kok@gmail.com",
        offers=[
            o("ต้นกกตากแห้ง มัดละ 5 กก.", "sedge_stalk_dried"),
            o("เสื่อกกลายขิด ยาว 2 เมตร", "sedge_mat"),
        ],
        needs=[n("หูกทอสาดกก 2 หลัง", "mat_weaving_loom")],
        certs=["OTOP"],
        bcg=[BIO],
    ),
    S(
        21,
        "th",
        "วิสาหกิจชุมชนย้อมกกบ้านแพง",
        ALI,
        UP,
        "Maha Sarakham",
        "baanphaeng.kok@gmail.com",
        offers=[o("เส้นกกย้อมสีแล้ว 12 สี ผ่าซีก", "dyed_sedge_stalk")],
        needs=[n("เส้นกกดิบ ยังไม่ลงสี เอาเยอะ", "sedge_stalk_dried")],
        bcg=[BIO],
    ),
    S(
        22,
        "th",
        "กลุ่มจักสานผักตบชวาบางไทร",
        ALC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "bangsai.pakthop@gmail.com",
        offers=[
            o("ผักตบชวาตากแห้ง ตัดยาว 60 ซม.", "water_hyacinth_dried"),
            o("พรมผักตบถักเปีย ทรงกลม", "water_hyacinth_mat"),
        ],
        certs=["OTOP"],
        bcg=[BIO, CIRCULAR],
    ),
    S(
        23,
        "en",
        "Hyacinth Harvest Co.",
        ALC,
        UP,
        "Pathum Thani",
        "harvest@hyacinthco.com",
        offers=[o("Dried water hyacinth stems, bleached, 25 kg bale", "water_hyacinth_dried")],
        bcg=[BIO],
    ),
    S(
        24,
        "th",
        "กลุ่มกระจูดทะเลน้อย",
        HEMP,
        UP,
        "Phatthalung",
        "thalenoi.krajood@gmail.com",
        offers=[
            o("ต้นกระจูดตากแห้ง รีดแบนแล้ว", "krajood_dried"),
            o("กระเป๋าสานกระจูด ย้อมสีธรรมชาติ", "krajood_bag"),
        ],
        certs=["OTOP"],
        bcg=[BIO],
    ),
    S(
        25,
        "th",
        "เสื่อกระจูดบ้านทุ่งสง",
        HEMP,
        DOWN,
        "Nakhon Si Thammarat",
        "thungsong.mat@gmail.com",
        offers=[
            o("เสื่อกระจูดทอมือ 1.5x2 ม.", "krajood_mat"),
            o("เตยปาหนันแห้ง รีดเส้นแล้ว", "pandanus_leaf_dried"),
            o("เสื่อปาหนันลายลูกแก้ว", "pandanus_mat"),
        ],
        needs=[n("ต้นจูดแห้ง ไม่ย้อม", "krajood_dried")],
        bcg=[BIO],
    ),
    # ---------------------------------------------------------- midstream: yarn, cloth, tools, services
    S(
        26,
        "en",
        "Bangkok Rug Yarn Supply",
        ALC,
        MID,
        "Bangkok",
        "sales@bkkrugyarn.com",
        offers=[
            o("Wools of NZ tufting yarn 2/6.5 Nm, 60 colours", "wool_rug_yarn"),
            o("Acrylic tufting yarn, 1 kg cones", "acrylic_rug_yarn"),
        ],
        needs=[n("a dye house to colour-match our undyed wool lots", "yarn_dyeing_service")],
        certs=["OEKO-TEX Standard 100"],
    ),
    S(
        27,
        "th",
        "ร้านไหมพรมทำพรม เชียงใหม่",
        ALC,
        MID,
        "Lamphun",
        "lamphun.yarnshop@gmail.com",
        offers=[o("ไหมพรมขนแกะแท้ สำหรับปืนทัฟติ้ง ม้วน 500 กรัม", "wool_rug_yarn")],
        needs=[n("ปืนยิงพรม รุ่นตัดขน มาขายต่อ", "tufting_gun")],
    ),
    S(
        28,
        "en",
        "Pai Natural Dye Wool",
        HEMP,
        MID,
        "Mae Hong Son",
        "pai.naturalwool@gmail.com",
        offers=[o("Rug wool dyed with lac, indigo and ebony - no synthetic dye", "natural_dyed_wool_yarn")],
        needs=[n("Fermented indigo, vat-ready", "indigo_dye_paste")],
        bcg=[BIO, GREEN],
    ),
    S(
        29,
        "th",
        "โคราชไหมพรม",
        ALI,
        MID,
        "Nakhon Ratchasima",
        "korat.yarn@gmail.com",
        offers=[o("ไหมพรมอะคริลิคเส้นใหญ่ ทำพรมทัฟติ้ง กิโลละ 160", "acrylic_rug_yarn")],
    ),
    S(
        30,
        "en",
        "Indigo Works Udon",
        ALI,
        MID,
        "Udon Thani",
        "indigoworks.udon@gmail.com",
        offers=[o("Indigo dyeing of your fabric or yarn, min. 10 kg", "indigo_dyeing_service")],
        needs=[n("Natural indigo paste", "indigo_dye_paste")],
        bcg=[BIO],
    ),
    S(
        31,
        "en",
        "TexPoly Acrylic Spinning",
        SPORT,
        UP,
        "Samut Sakhon",
        "export@texpoly.co.th",
        offers=[o("Acrylic high-bulk yarn 2/10 Nm, dope dyed", "acrylic_rug_yarn")],
        certs=["OEKO-TEX Standard 100", "ISO 9001"],
    ),
    S(
        32,
        "th",
        "ฝ้ายเข็นมือเมืองเลย",
        ALI,
        UP,
        "Loei",
        "loei.fai@gmail.com",
        offers=[o("ฝ้ายเข็นมือสีขาวธรรมชาติ ไม่ฟอก", "handspun_cotton_yarn")],
        needs=[n("ครามเปียกพร้อมย้อม", "indigo_dye_paste")],
        certs=["OTOP"],
        bcg=[BIO],
    ),
    S(
        33,
        "en",
        "Nan Organic Cotton Spinners",
        HEMP,
        UP,
        "Nan",
        "spinners@nanorganic.com",
        offers=[o("Organic cotton yarn Ne 10/2, GOTS", "cotton_yarn")],
        needs=[u("Organic seed cotton from Thai farms", "no grower of seed cotton in the set")],
        certs=["GOTS"],
        bcg=[BIO, GREEN],
    ),
    S(
        34,
        "th",
        "เชือกคอตตอนนนท์",
        ALC,
        MID,
        "Nonthaburi",
        "non.cottoncord@gmail.com",
        offers=[o("เชือกคอตตอนถัก 5 มม. สำหรับมาคราเม่ และพรมถักเปีย", "cotton_cord")],
        needs=[n("ด้ายฝ้ายรีไซเคิล ต้องมี GRS", "recycled_cotton_yarn", req=("GRS",))],
    ),
    S(
        35,
        "th",
        "โรงทอผ้าดิบโพธาราม",
        ALC,
        MID,
        "Ratchaburi",
        "photharam.weaving@gmail.com",
        offers=[
            o("ผ้าดิบทอเครื่อง หน้า 60 นิ้ว ม้วน 50 หลา", "cotton_greige_fabric"),
            o("ผ้าแคนวาสดิบหนา 12 ออนซ์", "cotton_canvas_fabric"),
        ],
        needs=[n("ด้ายฝ้ายใหม่ ไม่เอารีไซเคิล เบอร์ 20", "cotton_yarn", "handspun_cotton_yarn")],
    ),
    S(
        36,
        "en",
        "Siam Canvas Mills",
        ALC,
        MID,
        "Samut Prakan",
        "mill@siamcanvas.com",
        offers=[
            o("Unbleached cotton duck 12 oz", "cotton_canvas_fabric"),
            o("Monk's cloth for rug tufting, 3 m wide", "primary_tufting_cloth"),
        ],
        needs=[n("Virgin cotton warp yarn, large lots", "cotton_yarn", "handspun_cotton_yarn")],
        certs=["ISO 9001"],
    ),
    S(
        37,
        "th",
        "ผ้าครามสกลฯ",
        ALI,
        MID,
        "Sakon Nakhon",
        "sakon.khramfabric@gmail.com",
        offers=[o("ผ้าฝ้ายย้อมครามทอมือ ผืนละ 2 เมตร", "indigo_dyed_cotton_fabric")],
        needs=[n("ช่างย้อมหม้อครามช่วยงาน ส่งผ้าไปให้ย้อม", "indigo_dyeing_service")],
        certs=["OTOP"],
        bcg=[BIO],
    ),
    S(
        38,
        "en",
        "TuftBase Supplies",
        ALC,
        MID,
        "Bangkok",
        "shop@tuftbase.com",
        offers=[
            o("Primary tufting cloth, polyester, 4 m width", "primary_tufting_cloth"),
            o("Action back secondary backing, per roll", "secondary_backing_cloth"),
        ],
    ),
    S(
        39,
        "th",
        "ร้านอุปกรณ์ทัฟติ้ง บางใหญ่",
        ALC,
        MID,
        "Nonthaburi",
        "bangyai.tufting@gmail.com",
        offers=[
            o("ผ้ารองทัฟติ้ง ผ้าหลักสีขาว ตัดแบ่งขายเป็นเมตร", "primary_tufting_cloth"),
            o("ปืนทัฟติ้งไฟฟ้า ยิงได้ทั้งขนตัดและขนห่วง", "tufting_gun"),
        ],
        needs=[n("โครงไม้ขึงผ้าทัฟติ้ง ขนาด 1.5 ม.", "tufting_frame")],
    ),
    S(
        40,
        "th",
        "โรงทอกระสอบปอ ขอนแก่น",
        HEMP,
        MID,
        "Khon Kaen",
        "khonkaen.hessian@gmail.com",
        offers=[o("ผ้ากระสอบปอ หน้า 1 เมตร ขายเป็นม้วน", "jute_hessian_cloth")],
        needs=[n("เส้นปอ เส้นใหญ่ สำหรับทอ", "jute_yarn")],
        bcg=[BIO],
    ),
    S(
        41,
        "en",
        "Frame & Gun Tufting Tools",
        SPORT,
        MID,
        "Chonburi",
        "tools@frameandgun.com",
        offers=[
            o("Aluminium tufting frames with gripper strip", "tufting_frame"),
            o("Pneumatic cut-pile tufting gun, 7-21 mm", "tufting_gun"),
        ],
    ),
    S(
        42,
        "th",
        "น้ำยางพาราผสม หาดใหญ่",
        HEMP,
        MID,
        "Songkhla",
        "hatyai.latex@gmail.com",
        offers=[
            o("กาวน้ำยางพาราสูตรทาหลังพรม แกลลอน 20 ลิตร", "rug_latex_adhesive"),
            o("แผ่นยางพารากันลื่นรองใต้พรม", "rug_underlay_pad"),
        ],
        bcg=[BIO],
    ),
    S(
        43,
        "en",
        "GripLayer Underlay",
        SPORT,
        MID,
        "Pathum Thani",
        "info@griplayer.com",
        offers=[o("Felt-and-rubber rug pads, cut to size", "rug_underlay_pad")],
        needs=[n("Natural latex compound for coating felt", "rug_latex_adhesive")],
    ),
    S(
        44,
        "th",
        "โรงย้อมบางพลี",
        CIRC,
        MID,
        "Samut Prakan",
        "bangplee.dyehouse@gmail.com",
        offers=[
            o("รับย้อมเส้นด้ายตามสี ขั้นต่ำ 50 กก.", "yarn_dyeing_service"),
            o("รับย้อมผ้าผืนของลูกค้า", "fabric_dyeing_service"),
        ],
        certs=["ISO 14001"],
    ),
    S(
        45,
        "en",
        "ColourLab Yarn Dyers",
        ALC,
        MID,
        "Nakhon Pathom",
        "lab@colourlabdyers.com",
        offers=[o("Hank dyeing of wool and acrylic to Pantone", "yarn_dyeing_service")],
        certs=["OEKO-TEX Standard 100"],
    ),
    S(
        46,
        "th",
        "ทัฟติ้งสตูดิโอ ลาดพร้าว",
        ALC,
        MID,
        "Bangkok",
        "ladprao.tufting@gmail.com",
        offers=[
            o("รับผลิตพรมทัฟติ้งตามแบบ OEM ขั้นต่ำ 5 ผืน", "rug_tufting_service"),
            o("พรมทัฟติ้งลายการ์ตูน 60x90", "hand_tufted_rug"),
        ],
        needs=[
            n("ขนแกะนิวซีแลนด์ เส้นสำหรับยิงพรม ไม่จำเป็นต้องมี OEKO-TEX", "wool_rug_yarn", waive=("OEKO-TEX Standard 100",)),
            n("ผ้าปิดหลังพรมชั้นที่สอง", "secondary_backing_cloth", "jute_hessian_cloth"),
            n("น้ำยาเคลือบหลังพรม ยางธรรมชาติ", "rug_latex_adhesive"),
        ],
    ),
    S(
        47,
        "en",
        "CustomTuft Thailand",
        ALC,
        MID,
        "Nonthaburi",
        "hello@customtuft.co.th",
        offers=[
            o("Custom tufted logo rugs to your artwork", "rug_tufting_service"),
            o("Rug edge binding and serging for tufted pieces", "rug_edge_binding_service"),
        ],
        needs=[
            n("PAN yarn for tufting guns, OEKO-TEX certified", "acrylic_rug_yarn", req=("OEKO-TEX Standard 100",)),
            n("backing fabric to tuft into", "primary_tufting_cloth"),
        ],
    ),
    S(
        48,
        "th",
        "ร้านโพ้งขอบพรม นครปฐม",
        ALC,
        MID,
        "Nakhon Pathom",
        "pong.khobphrom@gmail.com",
        offers=[o("รับเย็บขอบพรม โพ้งขอบ ติดผ้าขอบ", "rug_edge_binding_service")],
        needs=[u("จักรโพ้งขอบพรมมือสอง", "no binding machines offered")],
    ),
    S(
        49,
        "th",
        "ซักพรมดีเจริญ",
        ALC,
        MID,
        "Bangkok",
        "deecharoen.rugwash@gmail.com",
        offers=[
            o("รับซักพรมเปอร์เซีย พรมขนสัตว์ รับส่งถึงบ้าน", "rug_washing_service"),
            o("ซ่อมพรมขาด ปะขอบ ผูกปมแทนรูที่หนูแทะ", "rug_repair_service"),
        ],
    ),
    S(
        50,
        "en",
        "Andaman Rug Care",
        ALC,
        MID,
        "Phuket",
        "care@andamanrug.com",
        offers=[o("Rug washing for hotels and villas, pick-up on the island", "rug_washing_service")],
        needs=[n("Who can re-knot moth-eaten hand-knotted rugs?", "rug_repair_service")],
    ),
    S(
        51,
        "en",
        "Old Knot Restoration",
        ALC,
        MID,
        "Chiang Mai",
        "oldknot.cm@gmail.com",
        offers=[o("Re-knotting and fringe restoration of antique rugs", "rug_repair_service")],
        needs=[n("wool yarn, no synthetic dye, for reweaving", "natural_dyed_wool_yarn")],
    ),
    S(
        52,
        "th",
        "ห้องเย็บผ้ารับจ้าง บ้านไผ่",
        ALI,
        MID,
        "Khon Kaen",
        "banphai.sewing@gmail.com",
        offers=[
            o("รับจ้างเย็บตามแบบ ผ้าของลูกค้า", "sewing_contract_service"),
            o("ปลอกหมอนอิงผ้าฝ้ายสำเร็จรูป 45x45", "cushion_cover"),
        ],
    ),
    S(
        53,
        "en",
        "StitchWorks CMT",
        CIRC,
        MID,
        "Bangkok",
        "cmt@stitchworks.co.th",
        offers=[o("Cut-make-trim on customer fabric, 300 pcs MOQ", "sewing_contract_service")],
        needs=[u("Overlock machine spare parts", "no machine parts supplier in the set")],
    ),
    S(
        54,
        "th",
        "ร้านพู่ขอบพรมเชียงราย",
        ALC,
        MID,
        "Chiang Rai",
        "cr.tassel@gmail.com",
        offers=[o("พู่ห้อยชายพรม ฝ้ายถักมือ หลาละ 45 บาท", "fringe_tassel_trim")],
        needs=[n("ฝ้ายเส้นดิบไว้ถักพู่", "cotton_yarn", "handspun_cotton_yarn", "recycled_cotton_yarn")],
    ),
    S(
        55,
        "th",
        "ช่างทำกี่ทอเสื่อ สุรินทร์",
        ALI,
        MID,
        "Surin",
        "surin.loom@gmail.com",
        offers=[o("กี่ทอเสื่อกก ไม้เนื้อแข็ง กว้าง 2 ม.", "mat_weaving_loom")],
    ),
    # ---------------------------------------------------------- downstream: rug and mat makers
    S(
        56,
        "en",
        "Loop & Pile Rugs",
        ALC,
        DOWN,
        "Bangkok",
        "studio@loopandpile.com",
        offers=[o("Hand-tufted wool rugs, bespoke sizes", "hand_tufted_rug")],
        needs=[
            n("semi-worsted wool, cone-wound", "wool_rug_yarn"),
            n("Outsourced edge finishing for tufted rugs", "rug_edge_binding_service"),
            u(
                "Primary backing woven by a Fairtrade-certified mill",
                "no tufting-cloth maker holds Fairtrade",
                "primary_tufting_cloth",
                req=("Fairtrade",),
            ),
        ],
    ),
    S(
        57,
        "th",
        "พรมทัฟติ้งอุดร",
        ALI,
        DOWN,
        "Udon Thani",
        "udon.tuftrug@gmail.com",
        offers=[o("พรมขนนุ่มทำมือ ยิงด้วยปืน สั่งลายได้", "hand_tufted_rug")],
        needs=[
            n("ไหมพรมอคริลิก สีพาสเทล", "acrylic_rug_yarn"),
            n("อยากได้ปืนยิงพรมอีก 2 กระบอก", "tufting_gun"),
        ],
    ),
    S(
        58,
        "en",
        "Hilltribe Knot Rugs",
        HEMP,
        DOWN,
        "Tak",
        "knot@hilltriberugs.com",
        offers=[o("Hand-knotted wool rugs, 100 knots per sq inch", "hand_knotted_rug")],
        needs=[
            n("naturally dyed rug wool", "natural_dyed_wool_yarn"),
            n("GOTS organic cotton for warps", "cotton_yarn", req=("GOTS",)),
            u("raw sheep fleece, unwashed", "no one offers raw wool; rug yarn is already spun"),
        ],
    ),
    S(
        59,
        "th",
        "พรมผูกมือลำพูน",
        ALC,
        DOWN,
        "Lamphun",
        "lamphun.knotrug@gmail.com",
        offers=[o("พรมผูกปมด้วยมือ ขนแกะ ลายโบราณ", "hand_knotted_rug")],
        needs=[
            n("เส้นวูล 100% ไม่เอาอะคริลิค", "wool_rug_yarn", "natural_dyed_wool_yarn"),
            n("จ้างล้างพรมใหม่ก่อนส่งลูกค้า", "rug_washing_service"),
            u("ไหมแท้ตีเกลียว สำหรับพรมไหม", "no one offers silk rug yarn"),
        ],
    ),
    S(
        60,
        "th",
        "กลุ่มแม่บ้านพรมเช็ดเท้า ลำปาง",
        CIRC,
        DOWN,
        "Lampang",
        "lampang.rugmaids@gmail.com",
        offers=[o("พรมเช็ดเท้าทอจากเศษผ้า ลายทาง", "rag_rug")],
        needs=[
            n("เศษผ้ายืดจากโรงงาน", "cotton_offcuts", "synthetic_offcuts"),
            n("ผ้าเช็ดตัวเก่าจากโรงแรม รีสอร์ท", "used_hotel_linen"),
        ],
        certs=["OTOP"],
        bcg=[CIRCULAR],
    ),
    S(
        61,
        "en",
        "ReLoom Home",
        CIRC,
        DOWN,
        "Bangkok",
        "hi@reloomhome.com",
        offers=[
            o("Indigo denim rag rugs, upcycled", "rag_rug"),
            o("Oval braided rugs from shirt fabric", "braided_rug"),
        ],
        needs=[
            n("denim cutting waste", "denim_offcuts"),
            n("ready-cut fabric strips", "tshirt_yarn"),
        ],
        bcg=[CIRCULAR],
    ),
    S(
        62,
        "th",
        "พรมถักเปียบ้านสวน",
        ALC,
        DOWN,
        "Suphan Buri",
        "baansuan.braid@gmail.com",
        offers=[o("พรมถักเปียเชือกคอตตอน ทรงรี", "braided_rug")],
        needs=[n("เชือกฝ้ายถักเป็นเกลียว", "cotton_cord")],
    ),
    S(
        63,
        "th",
        "พรมปอทอมือชัยภูมิ",
        HEMP,
        DOWN,
        "Chaiyaphum",
        "chaiyaphum.jute@gmail.com",
        offers=[o("พรมปอถักเปียทรงกลม 120 ซม.", "jute_rug")],
        needs=[
            n("ด้ายปอกระเจา เส้นกลม", "jute_yarn"),
            n("ปอดิบ ยังไม่ได้ปั่น", "kenaf_jute_fibre"),
        ],
        bcg=[BIO],
    ),
    S(
        64,
        "th",
        "พรมละหมาดปัตตานี",
        ALC,
        DOWN,
        "Pattani",
        "pattani.sajadah@gmail.com",
        offers=[o("พรมละหมาดทอมือ ลายมิห์รอบ", "prayer_rug")],
        needs=[n("ด้ายอะคริลิกทำพรม สีเขียว แดง", "acrylic_rug_yarn")],
        certs=["Halal"],
    ),
    S(
        65,
        "en",
        "Sajadah House",
        ALC,
        DOWN,
        "Yala",
        "sajadahhouse@gmail.com",
        offers=[o("Foldable travel prayer mats with compass", "prayer_rug")],
        needs=[
            n(
                "Thick canvas to back the mats, OEKO-TEX nice to have",
                "cotton_canvas_fabric",
                waive=("OEKO-TEX Standard 100",),
            )
        ],
    ),
    S(
        66,
        "th",
        "เสื่อนั่งสมาธิ บ้านนา",
        ALC,
        DOWN,
        "Nakhon Nayok",
        "baanna.samadhi@gmail.com",
        offers=[
            o("เบาะนั่งสมาธิ ยัดนุ่นธรรมชาติ", "meditation_cushion"),
            o("เสื่อรองนั่งสมาธิ ผ้าฝ้ายหนา พับได้", "meditation_mat"),
        ],
        needs=[
            n("ผ้าหม้อห้อม สีน้ำเงินเข้ม หน้ากว้าง", "indigo_dyed_cotton_fabric"),
            u("นุ่นใหม่ ตีแล้ว 100 กก.", "no kapok supplier in the set"),
        ],
    ),
    S(
        67,
        "en",
        "Still Mind Goods",
        ALC,
        DOWN,
        "Chiang Mai",
        "hello@stillmindgoods.com",
        offers=[o("Zabuton meditation mats, buckwheat hull filled", "meditation_mat")],
        needs=[
            n("sewing contractor for our zabuton covers, our fabric", "sewing_contract_service"),
            u("GOTS-certified hemp canvas", "no one offers hemp cloth", req=("GOTS",)),
        ],
    ),
    S(
        68,
        "th",
        "เสื่อจันทบูร บางสระเก้า",
        ALC,
        DOWN,
        "Chanthaburi",
        "bangsakao.mat@gmail.com",
        offers=[
            o("เสื่อจันทบูร กกทอลายดอก", "sedge_mat"),
            o("กระเป๋าเสื่อกก ใส่โน้ตบุ๊ก", "sedge_bag"),
        ],
        needs=[n("กกทำสีแล้ว พร้อมขึ้นหูก", "dyed_sedge_stalk")],
        certs=["OTOP"],
    ),
    S(
        69,
        "en",
        "Isan Reed Mats Export",
        ALI,
        DOWN,
        "Kalasin",
        "export@isanreedmats.com",
        offers=[o("Handwoven kok reed mats, 4 x 6 ft", "sedge_mat")],
        needs=[
            n("dried sedge, natural colour", "sedge_stalk_dried"),
            n("floor looms for mat weaving", "mat_weaving_loom"),
        ],
    ),
    S(
        70,
        "en",
        "Hyacinth Living",
        ALC,
        DOWN,
        "Nonthaburi",
        "shop@hyacinthliving.com",
        offers=[
            o("Round braided water hyacinth rugs", "water_hyacinth_mat"),
            o("Water hyacinth laundry baskets", "water_hyacinth_basket"),
        ],
        needs=[n("water hyacinth straw for weaving", "water_hyacinth_dried")],
        bcg=[BIO],
    ),
    S(
        71,
        "th",
        "กระเป๋ากระจูด กระบี่",
        HEMP,
        DOWN,
        "Krabi",
        "krabi.krajood@gmail.com",
        offers=[o("กระเป๋าสานกระจูด ย้อมคราม", "krajood_bag")],
        needs=[n("วัตถุดิบจูด สำหรับสานกระเป๋า", "krajood_dried")],
    ),
    S(
        72,
        "en",
        "Coco Coir Mats",
        HEMP,
        DOWN,
        "Chumphon",
        "coir@cocomats.co.th",
        offers=[o("Coconut coir doormats, PVC backed", "coir_doormat")],
    ),
    S(
        73,
        "th",
        "พรมเช็ดเท้าผ้าฝ้าย บุรีรัมย์",
        ALI,
        DOWN,
        "Buriram",
        "buriram.bathmat@gmail.com",
        offers=[o("พรมเช็ดเท้าห้องน้ำ ผ้าฝ้ายทอหนา ซับน้ำดี", "cotton_bath_mat")],
        needs=[n("ด้ายฝ้ายเบอร์ใหญ่", "cotton_yarn", "handspun_cotton_yarn", "recycled_cotton_yarn")],
    ),
    S(
        74,
        "en",
        "SafeStep Mats",
        ALC,
        DOWN,
        "Bangkok",
        "sales@safestepmats.com",
        offers=[o("Anti-slip bathroom mats for seniors, suction cups", "anti_slip_mat")],
        certs=["ISO 9001"],
    ),
    S(
        75,
        "th",
        "แผ่นยางกันลื่น หนองคาย",
        ALI,
        DOWN,
        "Nong Khai",
        "nongkhai.antislip@gmail.com",
        offers=[o("แผ่นยางพารากันลื่นในห้องน้ำ ผู้สูงอายุ", "anti_slip_mat")],
        bcg=[BIO],
    ),
    S(
        76,
        "th",
        "เบาะกันกระแทกข้างเตียง นนทบุรี",
        ALC,
        DOWN,
        "Nonthaburi",
        "non.fallmat@gmail.com",
        offers=[o("แผ่นรองกันกระแทกข้างเตียง ลดการบาดเจ็บเวลาล้ม", "bedside_fall_mat")],
        needs=[n("รับเย็บปลอกหุ้มผ้ากันน้ำ", "sewing_contract_service")],
        certs=["ISO 13485"],
    ),
    S(
        77,
        "en",
        "Jungle Yoga Gear",
        SPORT,
        DOWN,
        "Phuket",
        "gear@jungleyoga.com",
        offers=[o("Natural rubber and jute yoga mats, 4 mm", "yoga_mat")],
        needs=[n("jute burlap for the mat top layer", "jute_hessian_cloth")],
    ),
    S(
        78,
        "th",
        "เสื่อโยคะยางพาราตรัง",
        SPORT,
        DOWN,
        "Trang",
        "trang.yogamat@gmail.com",
        offers=[o("เสื่อโยคะยางพาราแท้ หนา 5 มม.", "yoga_mat")],
        needs=[n("ผ้าเฮสเซียน ปิดหน้าเสื่อโยคะ", "jute_hessian_cloth")],
        bcg=[BIO],
    ),
    S(
        79,
        "en",
        "Dojo Mats Thailand",
        SPORT,
        DOWN,
        "Saraburi",
        "dojo@dojomats.co.th",
        offers=[o("Judo tatami 4 cm, IJF pattern", "tatami_mat")],
        needs=[u("Rice straw tatami cores", "no one offers straw cores")],
    ),
    # ---------------------------------------------------------- downstream: buyers
    S(
        80,
        "en",
        "Riverside Grand Hotel",
        ALC,
        DOWN,
        "Bangkok",
        "purchasing@riversidegrand.com",
        offers=[o("End-of-life carpet tiles from renovation, free pick-up", "used_carpet")],
        needs=[
            n(
                "Tufted guest-room rugs x 240, OEKO-TEX preferred but not required",
                "hand_tufted_rug",
                waive=("OEKO-TEX Standard 100",),
            ),
            n("monthly shampoo and dry service for lobby rugs", "rug_washing_service"),
            n("non-skid mats for accessible bathrooms", "anti_slip_mat"),
        ],
    ),
    S(
        81,
        "th",
        "ช่างปูพรม ห้วยขวาง",
        ALC,
        MID,
        "Bangkok",
        "huaikhwang.carpet@gmail.com",
        offers=[o("รับปูพรมทั้งห้อง พรมแผ่น พรมม้วน", "carpet_installation_service")],
        needs=[
            n("อันเดอร์เลย์ ปูก่อนลงพรม", "rug_underlay_pad"),
            u("เครื่องตัดพรมไฟฟ้า", "no carpet cutting tool offered"),
        ],
    ),
    S(
        82,
        "th",
        "โรงแรมล้านนาวิลล์",
        ALC,
        DOWN,
        "Chiang Mai",
        "lannaville.purchase@gmail.com",
        offers=[o("ผ้าปูที่นอนและผ้าขนหนูปลดระวาง ให้ฟรี", "used_hotel_linen")],
        needs=[
            n("เสื่อทอจากต้นกก ปูห้องพัก มีโอทอปยิ่งดี", "sedge_mat", waive=("OTOP",)),
            n("พรมผูกปม ผืนใหญ่ ปูล็อบบี้", "hand_knotted_rug"),
            n("ทำความสะอาดพรมล็อบบี้และห้องพัก", "rug_washing_service"),
        ],
    ),
    S(
        83,
        "en",
        "Ao Nang Beach Resort",
        ALC,
        DOWN,
        "Krabi",
        "procure@aonangbeach.com",
        needs=[
            n("krajood or pandan woven mats for villas", "krajood_mat", "pandanus_mat"),
            n("front-door mats of coconut fibre", "coir_doormat"),
            n("yoga mats for beach classes", "yoga_mat"),
        ],
    ),
    S(
        84,
        "th",
        "วัดป่าบ้านโนน",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "watpa.baannon@gmail.com",
        needs=[
            n("สาดกกปูศาลาวัด 200 ผืน ต้องเป็นสินค้า OTOP", "sedge_mat", req=("OTOP",)),
            n("อาสนะ เบาะรองนั่งพระ", "meditation_cushion"),
        ],
    ),
    S(
        85,
        "th",
        "วัดสุวรรณาราม",
        ALC,
        DOWN,
        "Phitsanulok",
        "suwannaram.temple@gmail.com",
        needs=[
            n("หาคนมาลงพรมแดงในอุโบสถ ทั้งหลัง", "carpet_installation_service"),
            n("ผ้าปูนั่งปฏิบัติธรรม สำหรับญาติโยม", "meditation_mat"),
            u(
                "พรมทอลายผ้าไหม มีตรานกยูงพระราชทาน",
                "no silk rug maker holds the Peacock Emblem",
                req=("Thai Silk Peacock Emblem",),
            ),
        ],
    ),
    S(
        86,
        "th",
        "มัสยิดกลางนราธิวาส",
        ALC,
        DOWN,
        "Narathiwat",
        "narathiwat.mosque@gmail.com",
        needs=[
            n("ผ้าปูละหมาด (ซัจญาดะฮ์) 300 ผืน ต้องได้ฮาลาล", "prayer_rug", req=("Halal",)),
            n("ล้างพรมในมัสยิด ปีละครั้ง", "rug_washing_service"),
        ],
    ),
    S(
        87,
        "en",
        "Studio Tanin Interiors",
        ALC,
        DOWN,
        "Bangkok",
        "studio@tanininteriors.com",
        needs=[
            n("natural-fibre area rugs, jute or sisal", "jute_rug", "sisal_rug"),
            n("one-off knotted-pile runner, made by hand", "hand_knotted_rug"),
            n("logo rug tufted to our drawing", "rug_tufting_service", "hand_tufted_rug"),
        ],
    ),
    S(
        88,
        "th",
        "อินทีเรียเฮ้าส์ เชียงใหม่",
        ALC,
        DOWN,
        "Chiang Mai",
        "interiorhouse.cm@gmail.com",
        needs=[
            n("พรมผ้าขี้ริ้ว ทอจากผ้าเหลือใช้ โทนมินิมอล", "rag_rug"),
            n("พรมผักตบชวา", "water_hyacinth_mat"),
            u("พรมคิลิมนำเข้าจากตุรกี ของแท้", "no one offers imported kilims"),
        ],
    ),
    S(
        89,
        "th",
        "ร้านพรมเมืองนนท์",
        ALC,
        DOWN,
        "Nonthaburi",
        "muangnon.carpet@gmail.com",
        needs=[
            n("ใครมีพรมปอ หรือพรมป่านศรนารายณ์ บ้าง", "jute_rug", "sisal_rug"),
            n("แผ่นรองพรมไม่ให้เลื่อน", "rug_underlay_pad"),
            n("พรมทัฟติ้งขายหน้าร้าน ลายน่ารัก", "hand_tufted_rug"),
        ],
    ),
    S(
        90,
        "en",
        "Pattaya Carpet Centre",
        ALC,
        DOWN,
        "Chonburi",
        "sales@pattayacarpet.com",
        needs=[
            n("braided cotton rugs", "braided_rug"),
            n("prayer rugs for Middle East tourists' hotels", "prayer_rug"),
            u("Machine-made PP carpet rolls, 4 m wide", "no broadloom carpet maker in the set"),
        ],
    ),
    S(
        91,
        "en",
        "Samui Lotus Spa",
        ALC,
        DOWN,
        "Surat Thani",
        "spa@samuilotus.com",
        needs=[
            n("cotton bath mats", "cotton_bath_mat"),
            n("floor cushions for the meditation sala", "meditation_cushion", "meditation_mat"),
            n("ready-made cotton cushion covers", "cushion_cover"),
        ],
    ),
    S(
        92,
        "th",
        "ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ",
        ALI,
        DOWN,
        "Khon Kaen",
        "baansukjai.care@gmail.com",
        needs=[
            n("ยางปูพื้นห้องน้ำ กันคนแก่ลื่นล้ม", "anti_slip_mat"),
            n("เบาะกันล้มข้างเตียง", "bedside_fall_mat"),
            u("ราวจับกันล้มในห้องน้ำ", "grab bars are not offered in the set"),
        ],
    ),
    S(
        93,
        "en",
        "Golden Years Care Home",
        ALC,
        DOWN,
        "Bangkok",
        "admin@goldenyearscare.com",
        needs=[n("Fall mats beside beds, ISO 13485 maker", "bedside_fall_mat", req=("ISO 13485",))],
    ),
    S(
        94,
        "en",
        "Nimman Yoga Shala",
        SPORT,
        DOWN,
        "Chiang Mai",
        "shala@nimmanyoga.com",
        needs=[
            n("eco yoga mats, latex not PVC", "yoga_mat"),
            n("zafu and zabuton sets", "meditation_cushion", "meditation_mat"),
        ],
    ),
    S(
        95,
        "th",
        "สโมสรยูโดบางกะปิ",
        SPORT,
        DOWN,
        "Bangkok",
        "bangkapi.judo@gmail.com",
        needs=[
            n("เบาะยูโด ทาทามิ", "tatami_mat"),
            u("พื้นยางกันกระแทกสำหรับห้องฟิตเนส", "no gym flooring maker in the set"),
        ],
    ),
]


# ------------------------------------------------------------------ checks

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
LATIN_CHAR = re.compile("[A-Za-z]")
EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
ID_FORM = re.compile(rf"^{PREFIX}-\d{{3}}$")


def named_certifications(text: str) -> set[str]:
    """Certifications the text names at all, negated or not."""
    return {name for name, matchers in _CERTIFICATION_MATCHERS if any(m.search(text) for m in matchers)}


def phrase_ok(text: str, language: str) -> bool:
    if language == "en":
        return text.isascii() and not THAI_CHAR.search(text)
    thai = len(THAI_CHAR.findall(text))
    latin = len(LATIN_CHAR.findall(text))
    return thai > 0 and thai >= 3 * latin


def certs_of(sme: Sme) -> set[str]:
    return {resolve_certification(c) or c for c in sme.certifications}


def qualified(need: Need, buyer: Sme) -> set[str]:
    """Ids of the suppliers that meet `need` of `buyer`."""
    return {
        s.id
        for s in SMES
        if s.id != buyer.id and any(off.label in need.labels for off in s.offers) and set(need.requires) <= certs_of(s)
    }


def check() -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append(f"ids must run {PREFIX}-001 .. {PREFIX}-{N_PROFILES:03d} in order")
    offered: dict[str, set[str]] = {}
    for s in SMES:
        for off in s.offers:
            offered.setdefault(off.label, set()).add(s.id)
    for s in SMES:
        where = s.id
        if not ID_FORM.match(s.id):
            errors.append(f"{where}: malformed id")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: bad language")
        if s.sub_cluster not in {c.value for c in SubCluster}:
            errors.append(f"{where}: bad sub_cluster")
        if s.stage not in {c.value for c in Stage}:
            errors.append(f"{where}: bad stage")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: unknown province {s.province!r}")
        if not EMAIL.match(s.email):
            errors.append(f"{where}: bad email")
        if any(b not in {c.value for c in BcgTag} for b in s.bcg) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bad bcg")
        for c in s.certifications:
            if resolve_certification(c) is None:
                errors.append(f"{where}: unknown certification {c!r}")
        if not s.name.strip() or not phrase_ok(s.name, s.language):
            errors.append(f"{where}: name not in the profile's language")
        if not (len(s.offers) <= 3 and len(s.needs) <= 3 and (s.offers or s.needs)):
            errors.append(f"{where}: 0-3 offers and 0-3 needs, not both empty")
        for off in s.offers:
            if off.label not in LABELS:
                errors.append(f"{where}: unknown offer label {off.label!r}")
            if not phrase_ok(off.text, s.language):
                errors.append(f"{where}: offer not in {s.language}: {off.text!r}")
            if not named_certifications(off.text) <= certs_of(s):
                errors.append(f"{where}: offer names a certification the SME lacks: {off.text!r}")
        for need in s.needs:
            if not phrase_ok(need.text, s.language):
                errors.append(f"{where}: need not in {s.language}: {need.text!r}")
            for label in need.labels:
                if not offered.get(label, set()) - {s.id}:
                    errors.append(f"{where}: need label {label!r} offered by no one else")
            for c in (*need.requires, *need.waives):
                if resolve_certification(c) != c:
                    errors.append(f"{where}: certification {c!r} is not canonical")
            found = find_certifications(need.text)
            if found != set(need.requires):
                errors.append(f"{where}: need text asks for {sorted(found)}, labelled {need.requires}: {need.text!r}")
            if not set(need.waives) <= named_certifications(need.text) or set(need.waives) & found:
                errors.append(f"{where}: waived certification not named or not negated: {need.text!r}")
            if not named_certifications(need.text) <= set(need.requires) | set(need.waives):
                errors.append(f"{where}: need names an unlabelled certification: {need.text!r}")
            meeting = qualified(need, s)
            if need.unmet is None and not need.labels:
                errors.append(f"{where}: met need without labels: {need.text!r}")
            if need.unmet is None and not meeting:
                errors.append(f"{where}: need met by no one: {need.text!r}")
            if need.unmet is not None and meeting:
                errors.append(f"{where}: need marked unmet is met by {sorted(meeting)}: {need.text!r}")
        for off in s.offers:
            for need in s.needs:
                if off.text == need.text:
                    errors.append(f"{where}: offer and need share wording")
    return errors


def size_errors(links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    by_id = {s.id: s for s in SMES}
    th = sum(s.language == "th" for s in SMES)
    if not 0.50 <= th / len(SMES) <= 0.60:
        errors.append(f"Thai share {th}/{len(SMES)} is not about 55 %")
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        errors.append(f"{len(links)} links, want {LINK_RANGE[0]}-{LINK_RANGE[1]}")
    cross = sum(by_id[a].language != by_id[b].language for a, b in links)
    if not 0.42 <= cross / max(1, len(links)) <= 0.58:
        errors.append(f"cross-language links {cross}/{len(links)} are not about half")
    unmet = sum(need.unmet is not None for s in SMES for need in s.needs)
    if not 17 <= unmet <= 23:
        errors.append(f"{unmet} unmet needs, want about 20")
    return errors


# ------------------------------------------------------------------ output


def compute_links() -> list[tuple[str, str]]:
    pairs = {(sup, s.id) for s in SMES for need in s.needs if need.unmet is None for sup in qualified(need, s)}
    return sorted(pairs)


def profile_json(s: Sme) -> str:
    record: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [off.text for off in s.offers],
        "needs": [need.text for need in s.needs],
    }
    if s.certifications:
        record["certifications"] = list(s.certifications)
    if s.bcg:
        record["bcg"] = list(s.bcg)
    record["contact_email"] = s.email
    record["language"] = s.language
    return json.dumps(record, ensure_ascii=False)


def counts(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in SMES}
    rows: list[tuple[str, str]] = [("profiles", str(len(SMES)))]
    lang = Counter(s.language for s in SMES)
    rows.append(("Thai / English profiles", f"{lang['th']} / {lang['en']}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub_cluster == sub.value for s in SMES))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage == stage.value for s in SMES))))
    regions = Counter(resolve_province(s.province).region.value for s in SMES)  # type: ignore[union-attr]
    for region, count in sorted(regions.items()):
        rows.append((f"region {region}", str(count)))
    rows.append(("distinct provinces", str(len({resolve_province(s.province) for s in SMES}))))
    offers = [off for s in SMES for off in s.offers]
    needs = [need for s in SMES for need in s.needs]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len({off.label for off in offers}))))
    rows.append(("needs", str(len(needs))))
    met = sum(need.unmet is None for need in needs)
    rows.append(("needs met / met by no one", f"{met} / {len(needs) - met}"))
    rows.append(("needs requiring a certification", str(sum(bool(need.requires) for need in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(need.waives) for need in needs))))
    rows.append(("true links", str(len(links))))
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({100 * cross / len(links):.1f} %)"))
    rows.append(("within-language links", str(len(links) - cross)))
    diff = sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)
    rows.append(("links between different sub-clusters", str(diff)))
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


def met_spread() -> Counter[int]:
    return Counter(len(qualified(need, s)) for s in SMES for need in s.needs if need.unmet is None)


README = """# eval/blind_plain_rugs: rugs and carpets, plain registry wording

## What the set checks

How well the matcher finds true supplier-buyer pairs among 95 SME profiles of the Health and
Wellness Economy cluster whose wording it has never seen. The theme is rugs and carpets:
hand-tufted and hand-knotted rugs, rag and braided rugs, jute and sisal rugs, prayer and
meditation rugs, sedge (kok), krajood, pandan and water hyacinth mats, wool and acrylic rug yarn,
tufting guns, frames and backing cloth, rug washing, repair and edge binding, carpet shops,
hotels, temples, a mosque, care homes and interior designers that buy, plus the ordinary fibre,
yarn, cloth, dyeing and sewing suppliers of the cluster. About 55 % of the profiles are in Thai.

Offers and needs are short registry phrases (1-3 of each, some SMEs have only one side). The same
goods are written in many ways (local names such as kok, jood, hom, por, trade words, brand
and place names, sizes, prices, minimum orders) and a need is usually worded differently from the
offers that meet it, often in the other language. Hard cases include services versus the goods
they work on (yarn dyeing versus dyed yarn, indigo dyeing versus indigo-dyed cloth, sewing for
others versus finished cushion covers, rug washing and repair versus rugs), waste and used goods
versus new, raw versus processed (fibre, stalks, yarn, cloth, mat, bag), finished goods described
by material or technique, needs written as wishes or questions, refusals ("no synthetic dye",
"not dyed"), needs that require a named certification and needs that name one only to waive it,
and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of `CONTRACTS.md` (profiles JSONL version 1 and the
links CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings. The writer
did not see the matcher, its glossary, its tests, other evaluation sets or the project's data.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for
example `indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need lists the offer
labels that would meet it and the certifications its text requires, or is marked as met by no one
with a short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries
a label listed by one of the buyer's needs and the supplier's certifications hold every
certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link; what changes what the thing is does. A waived
certification is not required. The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks: ids unique and well-formed; every contract field valid (provinces
resolve with `resolve_province`, certifications with `resolve_certification`, taxonomy values for
sub-cluster, stage and BCG); every label a need lists is offered by someone other than the buyer;
every met need has a qualified supplier and every unmet one has none; a required certification is
found in the need's text by `find_certifications` and a waived one is named there but negated;
Thai phrases are mostly Thai letters and English ones ASCII only; the size targets. It writes
nothing if a check fails, and two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_rugs/write.py

## Files

- `write.py`: all the data, labels, checks and the writer.
- `profiles.jsonl`: 95 profiles, ids `bru-001` ... `bru-095`, contract fields only.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def render(links: list[tuple[str, str]]) -> dict[str, str]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in SMES),
        "links.csv": buf.getvalue(),
        "README.md": README + table(counts(links)),
    }


def main() -> int:
    errors = check()
    links = compute_links() if not errors else []
    if not errors:
        errors += size_errors(links)
    if errors:
        for error in errors:
            print("ERROR", error, file=sys.stderr)
        if links:
            print(table(counts(links)), file=sys.stderr)
            print("suppliers per met need:", sorted(met_spread().items()), file=sys.stderr)
        return 1
    files = render(links)
    if files != render(compute_links()):
        print("ERROR two renderings differ", file=sys.stderr)
        return 1
    for name, text in files.items():
        (OUT / name).write_text(text, encoding="utf-8")
    rows = counts(links)
    print(table(rows), end="")
    print("suppliers per met need:", sorted(met_spread().items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
