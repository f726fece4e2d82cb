"""Write the hand-labelled evaluation set ``eval/blind_plain_hats/``.

Theme: hats and headwear crafts of the Health and Wellness Economy cluster, with the ordinary upstream
and midstream suppliers around them. Every SME below was written by hand as a plain registry entry
(short offer and need phrases, Thai or English). Each offer carries a label that says what the thing
is; each need lists the offer labels that would meet it and the certifications its text requires, or is
marked as met by no one. The true links follow from those labels alone (see ``true_links``).

Run from the repository root:  .venv/bin/python eval/blind_plain_hats/write.py
It checks everything first and writes profiles.jsonl, links.csv and README.md only if all checks pass.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.dont_write_bytecode = True  # write nothing outside this folder

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

ID_PREFIX = "bhw"
N_PROFILES = 95
LINKS_RANGE = (160, 180)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

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


# ------------------------------------------------------------------ data model


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
    unmet_note: str = ""

    @property
    def unmet(self) -> bool:
        return not self.labels


@dataclass(frozen=True)
class Sme:
    lang: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    email: str
    offers: tuple[Offer, ...] = ()
    needs: tuple[Need, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[BcgTag, ...] = ()
    id: str = field(default="", compare=False)


def o(text: str, label: str) -> Offer:
    """An offer and the label that says what the thing is."""
    return Offer(text, label)


def n(text: str, labels: str, *, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of the space-separated `labels` (plus `req` certifications)."""
    return Need(text, tuple(labels.split()), requires=req, waives=waive)


def u(text: str, note: str) -> Need:
    """A need that no SME in the set meets, with the reason."""
    return Need(text, unmet_note=note)


def sme(
    lang: str,
    name: str,
    sub_cluster: SubCluster,
    stage: Stage,
    province: str,
    email: str,
    offers: list[Offer] | None = None,
    needs: list[Need] | None = None,
    certs: list[str] | None = None,
    bcg: list[BcgTag] | None = None,
) -> Sme:
    return Sme(
        lang,
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


# ------------------------------------------------------------------ data: upstream

UPSTREAM = [
    sme(
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านแม่สา",
        HEMP,
        UP,
        "Chiang Mai",
        "maesa.hemp@gmail.com",
        offers=[
            o("ใยกัญชงลอกมือ ตากแห้ง กิโลละ 180 บาท", "hemp_fibre"),
            o("ด้ายกัญชงเข็นมือแบบม้ง ม้วนละครึ่งโล", "hemp_yarn"),
        ],
        needs=[u("อยากได้เครื่องลอกเปลือกกัญชงขนาดเล็ก ใช้ในชุมชน", "a machine; nobody in the set sells machinery")],
        certs=["Organic Thailand"],
        bcg=[BIO],
    ),
    sme(
        "en",
        "Lan Leaf Collective",
        ALI,
        UP,
        "Sisaket",
        "lanleaf.sisaket@gmail.com",
        offers=[o("Sun-bleached Corypha (lan) palm leaves, 100-leaf bundles", "lan_palm_leaf")],
        bcg=[BIO],
    ),
    sme(
        "th",
        "กลุ่มแม่บ้านใบจากปากพนัง",
        HEMP,
        UP,
        "Nakhon Si Thammarat",
        "baijak.pakphanang@gmail.com",
        offers=[o("ใบจากอ่อนตากแดด คัดใบยาวศอกขึ้นไป มัดละ 50 ใบ", "nipa_palm_leaf")],
        bcg=[BIO],
    ),
    sme(
        "th",
        "ตาลโตนดบ้านท่าแร้ง",
        HEMP,
        UP,
        "Phetchaburi",
        "tantharaeng@gmail.com",
        offers=[o("ใบตาลอ่อน ผ่าซี่ ตากแห้ง ขายเป็นกำ", "palmyra_palm_leaf")],
        bcg=[BIO],
    ),
    sme(
        "th",
        "ตอกไผ่ปราจีน",
        HEMP,
        UP,
        "Prachinburi",
        "tokphai.prachin@gmail.com",
        offers=[
            o("ตอกไม้ไผ่สีสุก จักบาง พร้อมสาน", "bamboo_strip"),
            o("ลำไผ่ตงแก่ ยาว 6 เมตร ส่งยกคันรถ", "bamboo_culm"),
        ],
        needs=[u("ยากันมอดไม้ไผ่แบบธรรมชาติ ไม่ใช้สารเคมี", "a borer treatment; nobody offers one")],
        certs=["FSC"],
        bcg=[BIO, GREEN],
    ),
    sme(
        "en",
        "River Kwai Bamboo Works",
        ALC,
        UP,
        "Kanchanaburi",
        "rkbamboo@gmail.com",
        offers=[
            o("Split bamboo slivers, 3 mm, scraped, 1 m long", "bamboo_strip"),
            o("Treated pai tong poles", "bamboo_culm"),
        ],
        bcg=[BIO],
    ),
    sme(
        "en",
        "Bang Pa-in Hyacinth Enterprise",
        CIRC,
        UP,
        "Ayutthaya",
        "bangpain.hyacinth@gmail.com",
        offers=[
            o("Dried water hyacinth stalks, graded 60-80 cm", "dried_water_hyacinth"),
            o("Twisted hyacinth cord 5 mm, 1 kg coils", "water_hyacinth_braid"),
        ],
        bcg=[BIO, CIRCULAR],
    ),
    sme(
        "th",
        "กลุ่มกระจูดทะเลน้อย",
        HEMP,
        UP,
        "Phatthalung",
        "krajood.thalenoi@gmail.com",
        offers=[
            o("ต้นกระจูดตากแห้ง ทุบแบนแล้ว มัดละโล", "krajood_sedge"),
            o("เส้นจูดย้อมแดง ดำ เขียว พร้อมสาน", "dyed_krajood_strand"),
        ],
        needs=[n("สีย้อมจากเปลือกไม้ แก่นไม้ ไม่เอาสีเคมี", "natural_dye_material")],
        certs=["OTOP"],
        bcg=[BIO],
    ),
    sme(
        "en",
        "Korat Spinning Co., Ltd.",
        HEMP,
        UP,
        "Korat",
        "sales@koratspinning.co.th",
        offers=[
            o("Combed cotton yarn Ne 20/1 on cones", "cotton_yarn"),
            o("Organic cotton yarn Ne 30/1, GOTS, MOQ 500 kg", "organic_cotton_yarn"),
        ],
        needs=[n("Seed cotton or ginned lint from Thai farms", "raw_cotton_lint")],
        certs=["GOTS", "OEKO-TEX Standard 100", "ISO 9001"],
        bcg=[GREEN],
    ),
    sme(
        "th",
        "โรงปั่นด้ายคลองหลวง",
        ALC,
        UP,
        "Pathum Thani",
        "klongluang.spinning@gmail.com",
        offers=[o("ด้ายคอตตอนหวี เบอร์ 30 ใส่โคน ขั้นต่ำ 1 ตัน", "cotton_yarn")],
        certs=["ISO 9001"],
    ),
    sme(
        "th",
        "กลุ่มฝ้ายเข็นมือนาป่าหนาด",
        ALI,
        UP,
        "Loei",
        "fai.napanad@gmail.com",
        offers=[
            o("ฝ้ายเข็นมือ สีตุ่น เป็นไจ", "handspun_cotton_yarn"),
            o("ปุยฝ้ายดิบ อีดเมล็ดออกแล้ว", "raw_cotton_lint"),
            o("ด้ายฝ้ายย้อมเปลือกไม้ ไจละครึ่งกิโล", "dyed_cotton_yarn"),
        ],
        needs=[n("คราม สำหรับก่อหม้อย้อมด้าย", "indigo_dye")],
        certs=["OTOP"],
        bcg=[BIO],
    ),
    sme(
        "en",
        "Sampeng Yarn House",
        ALC,
        UP,
        "Bangkok",
        "sampengyarn@gmail.com",
        offers=[
            o("Acrylic knitting yarn, 4 ply, 40 colours", "acrylic_yarn"),
            o("Wool-acrylic blend, 8 ply, 100 g balls", "wool_blend_yarn"),
        ],
    ),
    sme(
        "en",
        "EcoLoop Yarns",
        CIRC,
        UP,
        "Samut Prakan",
        "hello@ecoloopyarns.com",
        offers=[o("rPET filament 150D/48F from bottles, GRS", "recycled_polyester_yarn")],
        needs=[n("Hot-washed clear PET flake", "pet_bottle_flake")],
        certs=["GRS"],
        bcg=[CIRCULAR],
    ),
    sme(
        "th",
        "รวมเศษผ้ามหาชัย",
        CIRC,
        UP,
        "Mahachai",
        "seshpa.mahachai@gmail.com",
        offers=[
            o("เศษผ้าฝ้ายจากโรงตัด คัดสีแล้ว ขายเป็นกระสอบ", "cotton_fabric_scrap"),
            o("ยีนส์เก่าตัดขาแล้ว กิโลละ 15 บาท", "used_denim"),
            o("หมวกมือสองคละแบบ ขายเหมากระสอบ", "used_caps"),
        ],
        bcg=[CIRCULAR],
    ),
    sme(
        "en",
        "Chatuchak Vintage Bales",
        CIRC,
        UP,
        "Bangkok",
        "ccvintagebales@gmail.com",
        offers=[
            o("Secondhand baseball caps, mixed brands, 50 kg bale", "used_caps"),
            o("Worn jeans, grade B, pressed bales", "used_denim"),
        ],
        bcg=[CIRCULAR],
    ),
    sme(
        "th",
        "ครามสกลพรรณา",
        ALI,
        UP,
        "Sakon Nakhon",
        "kramsakon@gmail.com",
        offers=[
            o("เนื้อครามหมักพร้อมใช้ กระปุก 1 กก.", "indigo_dye"),
            o("ใบครามสด ตัดส่งตามออเดอร์", "fresh_indigo_leaf"),
        ],
        needs=[u("โอ่งดินเผาใบใหญ่ สำหรับหมักคราม", "clay fermentation jars; not in the set")],
        certs=["Organic Thailand"],
        bcg=[BIO],
    ),
    sme(
        "th",
        "สีธรรมชาติบ้านสุรินทร์",
        ALI,
        UP,
        "Surin",
        "seethammachat.surin@gmail.com",
        offers=[
            o("ครั่ง เปลือกประโหด แก่นขนุน ตากแห้ง ใช้ย้อมผ้า", "natural_dye_material"),
            o("ครามก้อนแห้ง ชั่งขายเป็นขีด", "indigo_dye"),
        ],
        bcg=[BIO],
    ),
    sme(
        "th",
        "ย่านลิเภาคีรีวง",
        HEMP,
        UP,
        "Nakhon Si Thammarat",
        "lipao.kiriwong@gmail.com",
        offers=[o("เส้นลิเภาขูดแล้ว ขนาดเส้นเล็ก", "lipao_vine_strand")],
        certs=["OTOP"],
        bcg=[BIO],
    ),
    sme(
        "en",
        "ReFibre Thailand",
        CIRC,
        UP,
        "Samut Sakhon",
        "info@refibre.co.th",
        offers=[
            o("Recycled cotton fibre from cutting waste, GRS", "recycled_cotton_fibre"),
            o("Open-end recycled cotton yarn Ne 10/1", "recycled_cotton_yarn"),
        ],
        needs=[n("Post-industrial cotton offcuts, sorted by colour", "cotton_fabric_scrap")],
        certs=["GRS"],
        bcg=[CIRCULAR],
    ),
    sme(
        "th",
        "กลุ่มเลี้ยงไหมบ้านโคกสูง",
        ALI,
        UP,
        "Buriram",
        "mai.khoksung@gmail.com",
        offers=[o("เส้นไหมน้อย ไหมพื้นบ้าน ลอกกาวแล้ว", "silk_yarn")],
        certs=["OTOP"],
        bcg=[BIO],
    ),
    sme(
        "th",
        "เกล็ดขวดชลรีไซเคิล",
        CIRC,
        UP,
        "Chonburi",
        "chon.recycle@gmail.com",
        offers=[o("เกล็ดขวด PET ใส ล้างร้อนแล้ว ตันละ 18,000 บาท", "pet_bottle_flake")],
        bcg=[CIRCULAR],
    ),
    sme(
        "en",
        "Chiang Rai Hemp Spinners",
        HEMP,
        UP,
        "Chiang Rai",
        "crhemp.spin@gmail.com",
        offers=[o("Machine-spun hemp yarn Nm 6, natural ecru", "hemp_yarn")],
        needs=[n("hand-stripped bast from hemp stalks, dried", "hemp_fibre")],
        bcg=[BIO],
    ),
]

# ------------------------------------------------------------------ data: midstream

MIDSTREAM = [
    sme(
        "th",
        "กลุ่มสานตาลโตนดบ้านลาด",
        HEMP,
        MID,
        "Phetchaburi",
        "tanbanlad@gmail.com",
        offers=[
            o("ตัวหมวกสานใบตาล ยังไม่ขึ้นทรง ไม่เย็บขอบ", "straw_hat_body"),
            o("รับจ้างสานหมวก ลูกค้าส่งใบลานหรือกระจูดมาเอง", "hat_weaving_service"),
        ],
        needs=[
            n("ใบลาน ใบตาล แห้ง เดือนละ 5,000 ใบ", "lan_palm_leaf palmyra_palm_leaf"),
        ],
        certs=["OTOP"],
        bcg=[BIO],
    ),
    sme(
        "th",
        "โครงงอบบ้านรำมะสัก",
        ALC,
        MID,
        "Ang Thong",
        "krongngob@gmail.com",
        offers=[o("โครงงอบไม้ไผ่ สานลายเฉลว ทรงสูง", "conical_hat_frame")],
        needs=[n("ไม้ไผ่ที่จักเป็นเส้นแล้ว เส้นละเอียด", "bamboo_strip")],
        bcg=[BIO],
    ),
    sme(
        "en",
        "Bangkok Hat Blocking Studio",
        CIRC,
        MID,
        "Bangkok",
        "studio@bkkhatblocking.com",
        offers=[
            o("Blocking and steaming of your straw or felt hoods", "hat_blocking_service"),
            o("Re-shaping of worn hats, brim re-set", "hat_blocking_service"),
        ],
        needs=[
            n("Wooden crown forms, fedora and boater, sizes 56-60", "wooden_hat_block"),
            n("brim-stiffening material, by the roll", "hat_stiffener"),
            u("Industrial hat steamer, 2 kW", "a machine; nobody sells equipment"),
        ],
    ),
    sme(
        "th",
        "หุ่นไม้หมวกลำปาง",
        HEMP,
        MID,
        "Lampang",
        "hunmai.lampang@gmail.com",
        offers=[o("หุ่นไม้ขึ้นทรงหมวก ไม้สักแปรรูป สั่งทำตามรอบหัว", "wooden_hat_block")],
        needs=[u("ไม้สักเก่าจากบ้านรื้อถอน", "reclaimed timber; not offered")],
        certs=["FSC"],
        bcg=[GREEN],
    ),
    sme(
        "th",
        "พาหุรัดริบบิ้นแอนด์เลซ",
        ALC,
        MID,
        "Bangkok",
        "phahurat.ribbon@gmail.com",
        offers=[
            o("ริบบิ้นกรอสเกรนคาดหมวก หน้า 1 นิ้ว ม้วน 50 หลา", "hat_band_trim"),
            o("ป้ายทอยี่ห้อ ป้ายไซซ์ ขั้นต่ำ 1,000 ชิ้น", "woven_label"),
        ],
    ),
    sme(
        "en",
        "Hmong Stitch Works",
        HEMP,
        MID,
        "Chiang Mai",
        "hmongstitch@gmail.com",
        offers=[
            o("Hmong cross-stitch trim, 3 cm wide, by the metre", "embroidered_trim_strip"),
            o("Hand-embroidered badges, 5 cm round", "embroidered_patch"),
        ],
        needs=[n("Handloomed hemp cloth as a base for applique", "hemp_fabric")],
    ),
    sme(
        "en",
        "CapStitch Embroidery",
        SPORT,
        MID,
        "Bangkok",
        "orders@capstitch.co.th",
        offers=[o("Machine embroidery on caps and hats, 3D puff, from 24 pcs", "embroidery_service")],
        needs=[n("Unbranded caps for clients who bring their own logo", "baseball_cap")],
    ),
    sme(
        "th",
        "ปักดีนนทบุรี",
        SPORT,
        MID,
        "Nonthaburi",
        "pakdee.nont@gmail.com",
        offers=[o("รับปักชื่อ ปักโลโก้ลงหมวกและเสื้อ จักรคอม 12 หัว", "embroidery_service")],
    ),
    sme(
        "th",
        "รับเย็บหมวกบางบอน",
        SPORT,
        MID,
        "Bangkok",
        "yebmuak.bangbon@gmail.com",
        offers=[o("รับเย็บหมวกแก๊ป บักเก็ต ลูกค้าส่งผ้ามา ค่าแรงใบละ 25 บาท", "cap_sewing_service")],
        needs=[
            n("ตัวปรับท้ายหมวก แบบแป๊กและหัวเข็มขัด", "cap_hardware"),
            n("ไส้ปีกหมวกแก๊ป", "cap_visor_insert"),
        ],
    ),
    sme(
        "en",
        "Salaya CMT Garments",
        ALC,
        MID,
        "Nakhon Pathom",
        "salayacmt@gmail.com",
        offers=[
            o("Cut-make-trim sewing lines, 2,000 pcs a week", "sewing_service"),
            o("Headwear stitching line for customer-supplied panels", "cap_sewing_service"),
        ],
    ),
    sme(
        "th",
        "โรงย้อมขอนแก่นการช่าง",
        ALI,
        MID,
        "Khon Kaen",
        "yom.khonkaen@gmail.com",
        offers=[
            o("รับย้อมผ้าตามสั่ง ผ้าของลูกค้า สีรีแอคทีฟ", "fabric_dyeing_service"),
            o("รับย้อมครามหม้อ ผ้าฝ้ายที่ลูกค้านำมา", "indigo_dyeing_service"),
        ],
    ),
    sme(
        "th",
        "ผ้าครามบ้านดอนกอย",
        ALI,
        MID,
        "Sakon Nakhon",
        "kramdonkoi@gmail.com",
        offers=[o("ผ้าฝ้ายทอมือย้อมครามแท้ หน้ากว้าง 1 เมตร", "indigo_dyed_cotton_fabric")],
        needs=[
            n("ฝ้ายปั่นมือสำหรับเส้นพุ่ง", "handspun_cotton_yarn"),
            n("ครามสำหรับก่อหม้อ ต้องมาจากแปลงที่ได้มาตรฐานเกษตรอินทรีย์", "indigo_dye", req=("Organic Thailand",)),
        ],
        certs=["OTOP"],
        bcg=[BIO],
    ),
    sme(
        "th",
        "ผ้าขาวม้าทอมือร้อยเอ็ด",
        ALI,
        MID,
        "Roi Et",
        "phakhaoma.roiet@gmail.com",
        offers=[o("ผ้าขาวม้าตาหมากรุก ทอกี่กระตุก ผืนละ 2 เมตร", "pakhaoma_fabric")],
        needs=[
            n("ด้ายฝ้ายที่ทำสีมาแล้ว สำหรับทอลายตาราง", "dyed_cotton_yarn"),
            n("มีที่ไหนรับย้อมผ้าให้บ้าง", "fabric_dyeing_service indigo_dyeing_service natural_dyeing_service"),
        ],
        certs=["OTOP"],
    ),
    sme(
        "en",
        "Siam Canvas Mills",
        SPORT,
        MID,
        "Samut Prakan",
        "sales@siamcanvas.co.th",
        offers=[
            o('Drill cloth 10 oz, 58", 100% cotton, OEKO-TEX Standard 100', "cotton_twill_fabric"),
            o("12 oz duck canvas, greige or dyed", "cotton_canvas_fabric"),
        ],
        needs=[n("cotton warp yarn for our looms", "cotton_yarn")],
        certs=["Oeko-Tex 100", "ISO 9001"],
        bcg=[GREEN],
    ),
    sme(
        "th",
        "ผ้าดีสำเพ็ง",
        ALC,
        MID,
        "Bangkok",
        "phadee.sampeng@gmail.com",
        offers=[
            o("ผ้าทวิลคอตตอน 100% หน้า 58 นิ้ว ขายยกพับ", "cotton_twill_fabric"),
            o("ผ้ายีนส์ใหม่ 12 ออนซ์ ย้อมสีสังเคราะห์", "denim_fabric"),
        ],
    ),
    sme(
        "th",
        "ผ้ากัญชงม้งพบพระ",
        HEMP,
        MID,
        "Tak",
        "hemp.phopphra@gmail.com",
        offers=[o("ผ้าใยกัญชงทอมือ บางผืนย้อมคราม หน้า 40 ซม.", "hemp_fabric")],
        needs=[
            n("เส้นด้ายกัญชง เข็นแล้ว พร้อมขึ้นกี่", "hemp_yarn"),
        ],
        bcg=[BIO],
    ),
    sme(
        "en",
        "AeroKnit Performance Fabrics",
        SPORT,
        MID,
        "Chonburi",
        "info@aeroknit.co.th",
        offers=[
            o("Recycled polyester bird-eye mesh, wicking, 120 gsm", "performance_mesh_fabric"),
            o("UPF 50+ ripstop woven from rPET", "upf_fabric"),
        ],
        needs=[n("yarn made from recycled bottles, GRS certificate required", "recycled_polyester_yarn", req=("GRS",))],
        certs=["bluesign", "GRS"],
        bcg=[CIRCULAR, GREEN],
    ),
    sme(
        "en",
        "Terry Tape Co.",
        SPORT,
        MID,
        "Ratchaburi",
        "terrytape.co@gmail.com",
        offers=[
            o("Cotton terry sweatband tape 3 cm for hat interiors", "hat_sweatband"),
            o("Plain terry headbands, bulk packs of 100", "headband"),
        ],
    ),
    sme(
        "en",
        "Millinery Supply BKK",
        ALC,
        MID,
        "Bangkok",
        "millinerysupplybkk@gmail.com",
        offers=[
            o("Buckram, sinamay and crinoline stiffeners", "hat_stiffener"),
            o("Millinery brim wire, 50 m rolls", "millinery_wire"),
        ],
    ),
    sme(
        "en",
        "Mahachai Cap Parts",
        SPORT,
        MID,
        "Samut Sakhon",
        "capparts.mahachai@gmail.com",
        offers=[
            o("Plastic snapbacks, metal slide buckles, size straps", "cap_hardware"),
            o("Pre-cut PE peak boards for caps", "cap_visor_insert"),
        ],
    ),
    sme(
        "en",
        "Knit Lab Bangkok",
        ALC,
        MID,
        "Bangkok",
        "knitlab.bkk@gmail.com",
        offers=[o("Contract flat knitting: your yarn, your design, from 100 pcs", "knitting_service")],
    ),
    sme(
        "en",
        "Rama 2 Quick Screen",
        SPORT,
        MID,
        "Bangkok",
        "quickscreen.rama2@gmail.com",
        offers=[o("Screen printing on hats, tees and tote bags, no minimum", "screen_printing_service")],
    ),
    sme(
        "th",
        "เกลียวผักตบบางบาล",
        CIRC,
        MID,
        "Ayutthaya",
        "phaktob.bangban@gmail.com",
        offers=[o("เชือกผักตบชวาฟั่นเกลียว ถักเปีย สำหรับสานหมวก", "water_hyacinth_braid")],
        needs=[n("ต้นผักตบตากแห้ง", "dried_water_hyacinth")],
        bcg=[BIO, CIRCULAR],
    ),
    sme(
        "en",
        "SafeShell Components",
        SPORT,
        MID,
        "Rayong",
        "sales@safeshell.co.th",
        offers=[o("Hard-hat suspension liners, 6-point, TIS 368 compliant", "helmet_liner")],
        needs=[n("absorbent brow pads for hard hats", "hat_sweatband")],
        certs=["TISI", "ISO 9001"],
    ),
    sme(
        "en",
        "MedNonwoven Co.",
        ALC,
        MID,
        "Pathum Thani",
        "sales@mednonwoven.co.th",
        offers=[
            o("SMS nonwoven 25 gsm, medical grade rolls", "nonwoven_fabric"),
            o("Spunbond PP 30 gsm, white", "nonwoven_fabric"),
        ],
        certs=["ISO 9001"],
    ),
    sme(
        "th",
        "กลุ่มถักเปียตาลท่ายาง",
        HEMP,
        MID,
        "Phetchaburi",
        "piatan.thayang@gmail.com",
        offers=[o("เปียใบตาลถัก 7 ตา ม้วนละ 50 เมตร", "palm_braid")],
        needs=[n("ใบโตนดแห้ง สำหรับจักเส้นถักเปีย", "palmyra_palm_leaf")],
        bcg=[BIO],
    ),
    sme(
        "th",
        "กลุ่มทอผ้าไหมแพรวาบ้านโพน",
        ALI,
        MID,
        "Kalasin",
        "praewa.banphon@gmail.com",
        offers=[o("ผ้าไหมแพรวา ทอมือ ได้ตรานกยูงพระราชทาน", "silk_fabric")],
        needs=[
            n("เส้นไหมไทยสาวมือ จากคนเลี้ยงไหม", "silk_yarn"),
            u("นักออกแบบลายผ้า ร่วมพัฒนาลายใหม่", "a design service; not offered"),
        ],
        certs=["Thai Silk Peacock Emblem", "OTOP"],
    ),
    sme(
        "en",
        "Isan Weave Cooperative",
        ALI,
        MID,
        "Khon Kaen",
        "isanweave.coop@gmail.com",
        offers=[
            o("Handloom cotton cloth, natural tones, 90 cm", "handwoven_cotton_fabric"),
            o("Pha khao ma plaid, 5 colourways", "pakhaoma_fabric"),
            o("Handwoven turban wraps, 2 m", "head_wrap"),
        ],
        needs=[
            n("certified-organic yarn from cotton, GOTS, for an export range", "organic_cotton_yarn", req=("GOTS",)),
            n("hand-spun cotton thread", "handspun_cotton_yarn"),
        ],
    ),
    sme(
        "th",
        "ย้อมสีธรรมชาติแม่ริม",
        HEMP,
        MID,
        "Chiang Mai",
        "yomsee.maerim@gmail.com",
        offers=[
            o("รับย้อมสีธรรมชาติ ผ้าหรือด้ายที่ลูกค้าส่งมา", "natural_dyeing_service"),
            o("ผ้าฝ้ายย้อมเปลือกมะพร้าว สีน้ำตาลอ่อน", "natural_dyed_cotton_fabric"),
        ],
        needs=[n("ต้นครามตัดสด สำหรับหมักเอง", "fresh_indigo_leaf")],
        bcg=[BIO],
    ),
    sme(
        "en",
        "Recraft Denim Lab",
        CIRC,
        MID,
        "Bangkok",
        "hello@recraftdenim.com",
        offers=[o("Upcycled denim patchwork panels, 1 x 1.5 m", "upcycled_patchwork_fabric")],
        needs=[
            n("post-consumer denim garments", "used_denim"),
        ],
        bcg=[CIRCULAR],
    ),
    sme(
        "en",
        "SoftKnit Fabrics",
        ALC,
        MID,
        "Samut Sakhon",
        "softknit.fabrics@gmail.com",
        offers=[
            o("Single jersey cotton 160 gsm, OEKO-TEX 100", "cotton_jersey_fabric"),
            o("Bamboo viscose jersey, 180 gsm", "bamboo_jersey_fabric"),
        ],
        needs=[n("cotton knitting yarn, 30s count", "cotton_yarn")],
        certs=["OEKO-TEX Standard 100"],
    ),
]

# ------------------------------------------------------------------ data: downstream

DOWNSTREAM = [
    sme(
        "th",
        "กลุ่มทำงอบตำบลโพสะ",
        ALC,
        DOWN,
        "Ang Thong",
        "ngob.phosa@gmail.com",
        offers=[
            o("งอบใบลาน ทรงโบราณ ใบละ 120 บาท", "conical_hat"),
            o("งอบจิ๋วแขวนโชว์ ของที่ระลึก", "conical_hat"),
        ],
        needs=[
            n("ตัวโครงสานสำเร็จ รอเย็บใบ", "conical_hat_frame"),
            n("ใบลานแห้ง ไม่ขึ้นรา", "lan_palm_leaf"),
        ],
        certs=["OTOP"],
        bcg=[BIO],
    ),
    sme(
        "th",
        "กุบไตปางหมู",
        HEMP,
        DOWN,
        "Mae Hong Son",
        "kubtai.pangmu@gmail.com",
        offers=[o("กุบไต ปีกกว้าง โครงไผ่ บุใบตองตึง", "conical_hat")],
        needs=[n("ไม้ไผ่จักเป็นเส้นบาง ๆ สำหรับสานกุบ", "bamboo_strip")],
        bcg=[BIO],
    ),
    sme(
        "th",
        "กลุ่มผู้สูงวัยจักสานบ้านสิงห์",
        ALI,
        DOWN,
        "Yasothon",
        "jaksan.bansing@gmail.com",
        offers=[
            o("กุบใบลานใส่ดำนา", "conical_hat"),
            o("หมวกไม้ไผ่สานลายขิด ปีกกว้าง", "bamboo_hat"),
        ],
        needs=[n("ใบลานหรือใบตาล ตากแห้งแล้ว", "lan_palm_leaf palmyra_palm_leaf")],
        bcg=[BIO],
    ),
    sme(
        "th",
        "หมวกสานเมืองเพชร",
        HEMP,
        DOWN,
        "Phetchaburi",
        "muaksan.muangphet@gmail.com",
        offers=[o("หมวกสานใบตาลปีกกว้าง คาดริบบิ้น", "woven_sun_hat")],
        needs=[
            n("ตัวหมวกสานแล้วแต่ยังไม่ขึ้นรูป", "straw_hat_body"),
            n("ผ้าแถบลายปักชาวเขา เอาไว้คาดหมวก", "embroidered_trim_strip"),
        ],
        certs=["OTOP"],
        bcg=[BIO],
    ),
    sme(
        "en",
        "Hyacinth Hat House",
        CIRC,
        DOWN,
        "Ayutthaya",
        "hello@hyacinthhathouse.com",
        offers=[
            o("Water hyacinth sun hats, natural finish", "woven_sun_hat"),
            o("Hyacinth clutch and tote bags", "woven_bag"),
        ],
        needs=[
            n("plaited hyacinth strands for hat weaving", "water_hyacinth_braid"),
            n("ribbon trims to finish our hat crowns", "hat_band_trim"),
            u("Water-repellent coating for plant-fibre hats, as a service", "a finishing service; nobody offers it"),
        ],
        certs=["Fairtrade"],
        bcg=[CIRCULAR, BIO],
    ),
    sme(
        "th",
        "ร้านจูดสวยพัทลุง",
        HEMP,
        DOWN,
        "Phatthalung",
        "joodsuay.ptl@gmail.com",
        offers=[
            o("หมวกจูดทรงปานามา", "woven_sun_hat"),
            o("กระเป๋าจูดสาน ทรงตะกร้า", "woven_bag"),
        ],
        needs=[n("กระจูดทำสีแล้ว พร้อมขึ้นลาย", "dyed_krajood_strand")],
        certs=["OTOP"],
        bcg=[BIO],
    ),
    sme(
        "en",
        "Lipao Heritage Crafts",
        HEMP,
        DOWN,
        "Nakhon Si Thammarat",
        "lipaoheritage@gmail.com",
        offers=[
            o("Yan lipao evening bags", "woven_bag"),
            o("Lipao-woven hat bands, made to head size", "hat_band_trim"),
        ],
        needs=[n("scraped lipao vine, fine gauge", "lipao_vine_strand")],
        certs=["OTOP"],
    ),
    sme(
        "en",
        "Kub Khao Bucket Co.",
        ALI,
        DOWN,
        "Khon Kaen",
        "kubkhao.bucket@gmail.com",
        offers=[o("Bucket hats in pha khao ma check", "bucket_hat")],
        needs=[
            n("Isan checked loincloth fabric, 200 m per month", "pakhaoma_fabric"),
            n("contract sewing of bucket hats from our fabric", "cap_sewing_service"),
            n("indigo vat dyeing of cotton we supply", "indigo_dyeing_service natural_dyeing_service"),
        ],
    ),
    sme(
        "th",
        "บักเก็ตคราม",
        HEMP,
        DOWN,
        "Bangkok",
        "bucketkram@gmail.com",
        offers=[o("หมวกทรงถังผ้าฝ้ายทอมือย้อมคราม", "bucket_hat")],
        needs=[
            n("ผ้าฝ้ายครามทอมือ ครามธรรมชาติเท่านั้น ไม่เอาครามเคมี", "indigo_dyed_cotton_fabric"),
            n("หาช่างเย็บหมวก ผ้าเราส่งไปให้", "cap_sewing_service"),
        ],
        bcg=[GREEN],
    ),
    sme(
        "en",
        "Soi Cap Co.",
        SPORT,
        DOWN,
        "Bangkok",
        "sales@soicap.co",
        offers=[
            o("Blank 6-panel caps, 20 colours", "baseball_cap"),
            o("Trucker caps, foam front, mesh back", "baseball_cap"),
            o("Lightweight perforated sports caps", "running_cap"),
        ],
        needs=[
            n(
                "cotton twill for crowns, OEKO-TEX Standard 100 only",
                "cotton_twill_fabric",
                req=("OEKO-TEX Standard 100",),
            ),
            n("adjustable back closures and visor boards", "cap_hardware cap_visor_insert"),
            n("neck labels with our brand name", "woven_label"),
        ],
    ),
    sme(
        "th",
        "หมวกไหมพรมดอยสุเทพ",
        HEMP,
        DOWN,
        "Chiang Mai",
        "muakmaiprom.doi@gmail.com",
        offers=[o("หมวกบีนนี่ถักมือ กันหนาว ไซซ์ผู้ใหญ่", "knitted_beanie")],
        needs=[
            n("ไหมพรมอะคริลิก หลายสี", "acrylic_yarn"),
            n("ด้ายฝ้ายรีไซเคิล ต้องมีใบรับรอง GRS", "recycled_cotton_yarn", req=("GRS",)),
            u("ไหมพรมขนอัลปาก้าแท้", "alpaca yarn; the set has only acrylic and a wool-acrylic blend"),
        ],
    ),
    sme(
        "th",
        "กะปิเยาะบ้านตะลุโบะ",
        HEMP,
        DOWN,
        "Pattani",
        "kapiyoh.taluboh@gmail.com",
        offers=[o("หมวกกะปิเยาะถักโครเชต์ สีขาว", "muslim_prayer_cap")],
        needs=[n("เส้นฝ้ายขาว ถักหมวกโครเชต์", "cotton_yarn")],
    ),
    sme(
        "en",
        "Yala Headwear",
        ALC,
        DOWN,
        "Yala",
        "yalaheadwear@gmail.com",
        offers=[
            o("Cotton voile head wraps and turbans", "head_wrap"),
            o("Black velvet songkok", "muslim_prayer_cap"),
        ],
        needs=[
            n("cotton cloth coloured with plant dyes", "natural_dyed_cotton_fabric"),
            n("contract sewing, we supply the cloth", "sewing_service"),
        ],
    ),
    sme(
        "en",
        "RunLite Sportswear",
        SPORT,
        DOWN,
        "Bangkok",
        "b2b@runlite.co.th",
        offers=[
            o("Quick-dry running caps with reflective trim", "running_cap"),
            o("Terry sports headbands", "headband"),
            o("Half-crown sun visors for tennis", "sun_visor"),
        ],
        needs=[
            n("breathable knit for cap back panels, bluesign approved", "performance_mesh_fabric", req=("bluesign",)),
            u("Retro-reflective tape, 3M or equal", "reflective tape; not offered"),
        ],
    ),
    sme(
        "th",
        "หมวกนุ่มใจดี",
        ALC,
        DOWN,
        "Nonthaburi",
        "muaknum.jaidee@gmail.com",
        offers=[
            o("หมวกผ้านุ่มสำหรับผู้ป่วยให้คีโม ไม่มีตะเข็บระคายหัว", "chemo_soft_cap"),
            o("หมวกไหมพรมเนื้อนุ่ม ไม่คันหัว สำหรับผู้สูงวัย", "knitted_beanie"),
        ],
        needs=[n("ผ้ายืดคอตตอนเนื้อนุ่ม ผ่านมาตรฐาน OEKO-TEX", "cotton_jersey_fabric", req=("OEKO-TEX Standard 100",))],
    ),
    sme(
        "th",
        "เมดิแคป",
        ALC,
        DOWN,
        "Pathum Thani",
        "medicap.th@gmail.com",
        offers=[
            o("หมวกคลุมผมตัวหนอน ใช้ครั้งเดียวทิ้ง", "surgical_cap"),
            o("หมวกผ่าตัดผ้าฝ้าย ซักใช้ซ้ำได้", "surgical_cap"),
        ],
        needs=[
            n("ผ้าไม่ทอ สปันบอนด์ 25-30 แกรม", "nonwoven_fabric"),
            u("เครื่องซีลถุงอัตโนมัติ", "a machine; not offered"),
        ],
        certs=["ISO 13485"],
    ),
    sme(
        "en",
        "CleanWear Disposables",
        ALC,
        DOWN,
        "Chachoengsao",
        "cleanwear.disposables@gmail.com",
        offers=[o("Disposable bouffant caps, PP, 100 per pack", "surgical_cap")],
        needs=[n("polypropylene nonwoven rolls, 20-25 gsm", "nonwoven_fabric")],
        certs=["ISO 9001"],
    ),
    sme(
        "th",
        "ร้านหมวกนักเรียนบางลำพู",
        ALC,
        DOWN,
        "Bangkok",
        "muaknakrian.banglamphu@gmail.com",
        offers=[
            o("หมวกลูกเสือ เนตรนารี ยุวกาชาด ครบไซซ์", "school_uniform_hat"),
            o("หมวกปีกรอบอนุบาล สีตามโรงเรียน", "school_uniform_hat"),
        ],
        needs=[
            n("จ้างปักตราโรงเรียนบนหมวก", "embroidery_service"),
            n("ผ้าทวิลหรือผ้าแคนวาส สีกากี ยกพับ", "cotton_twill_fabric cotton_canvas_fabric"),
        ],
    ),
    sme(
        "en",
        "Nimman Hat Shop",
        HEMP,
        DOWN,
        "Chiang Mai",
        "nimmanhats@gmail.com",
        needs=[
            n("Handmade brimmed hats woven from plant fibres", "woven_sun_hat bamboo_hat"),
            n("Winter beanies, no GOTS needed", "knitted_beanie", waive=("GOTS",)),
            u("Rabbit-fur felt hat bodies", "felt hoods; the set has only woven straw hoods"),
        ],
    ),
    sme(
        "th",
        "ร้านหมวกป่าตอง",
        HEMP,
        DOWN,
        "Phuket",
        "muak.patong@gmail.com",
        needs=[
            n("หมวกสานเส้นใยพืช ให้นักท่องเที่ยวใส่เดินชายหาด", "woven_sun_hat bamboo_hat"),
            n("งอบที่มีตรา OTOP", "conical_hat", req=("OTOP",)),
            n("หมวกบักเก็ตลายผ้าไทย", "bucket_hat"),
        ],
    ),
    sme(
        "en",
        "Ao Nang Cliff Resort",
        ALC,
        DOWN,
        "Krabi",
        "purchasing@aonangcliff.com",
        needs=[
            n("Straw beach hats for guests, logo on the band", "woven_sun_hat"),
            n("Embroidered caps for pool staff, navy", "baseball_cap"),
            u(
                "Genuine toquilla Panama hats from Ecuador",
                "imported toquilla hats; local krajood 'Panama-shape' hats are not toquilla",
            ),
        ],
    ),
    sme(
        "th",
        "สมุยวารีสปา รีสอร์ท",
        ALC,
        DOWN,
        "Surat Thani",
        "samuiwaree.spa@gmail.com",
        needs=[
            n("ที่คาดผมผ้าขนหนู สำหรับแขกสปา", "headband"),
            n("ผ้าโพกศีรษะสำหรับพนักงานนวด", "head_wrap"),
            u("ผ้าเช็ดตัวริมสระ 500 ผืน", "towels; not in the set"),
        ],
    ),
    sme(
        "th",
        "สวนทุเรียนลุงเพิ่ม",
        ALC,
        DOWN,
        "Chanthaburi",
        "suanturian.lungperm@gmail.com",
        needs=[
            n("งอบหรือกุบ ให้คนงานในสวน 60 ใบ", "conical_hat"),
            n("หมวกปิดต้นคอ กันแดดตอนเก็บทุเรียน", "neck_flap_hat"),
        ],
    ),
    sme(
        "en",
        "Mae Salong Tea Garden",
        HEMP,
        DOWN,
        "Chiang Rai",
        "maesalong.teagarden@gmail.com",
        needs=[
            n("Sun hats with a cloth neck cover for tea pickers", "neck_flap_hat"),
            n("Bamboo hats for the tea-shop display", "bamboo_hat"),
        ],
    ),
    sme(
        "th",
        "หมวกชาวนาสุพรรณ",
        ALC,
        DOWN,
        "Suphan Buri",
        "muakchaona.suphan@gmail.com",
        offers=[o("หมวกผ้ามีผ้าคลุมต้นคอ สำหรับชาวไร่ชาวนา", "neck_flap_hat")],
        needs=[n("ผ้าบางเบา กันแดดกันยูวี สำหรับตัดหมวก", "upf_fabric")],
    ),
    sme(
        "th",
        "สหกรณ์ข้าวหอมมะลิอุบล",
        ALI,
        DOWN,
        "Ubon",
        "coop.homali.ubon@gmail.com",
        needs=[
            n("หมวกงอบสำหรับสมาชิกลงนา 200 ใบ", "conical_hat"),
        ],
    ),
    sme(
        "en",
        "Riverside International School",
        ALC,
        DOWN,
        "Bangkok",
        "procurement@riverside-is.ac.th",
        needs=[
            n("Navy bucket hats for PE, crest embroidered", "bucket_hat"),
            n("Kindergarten sun hats with chin strap", "school_uniform_hat"),
            u("UPF lab test reports for hats", "a testing service; not offered"),
        ],
    ),
    sme(
        "th",
        "โรงเรียนบ้านหนองโน",
        ALI,
        DOWN,
        "Maha Sarakham",
        "school.nongno@gmail.com",
        needs=[
            n("หมวกแก๊ปปักชื่อโรงเรียน 300 ใบ", "baseball_cap"),
            n("หมวกปีกกว้างสีน้ำตาล สำหรับเด็กเข้าค่ายลูกเสือ", "school_uniform_hat"),
        ],
    ),
    sme(
        "en",
        "Golden Years Care Home",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "care@goldenyears.co.th",
        needs=[
            n("Soft knitted caps for residents, machine washable", "knitted_beanie"),
            n(
                "Light woven sun hats, Fairtrade welcome but not required",
                "woven_sun_hat bamboo_hat",
                waive=("Fairtrade",),
            ),
        ],
    ),
    sme(
        "th",
        "บ้านพักผู้สูงวัยโคราช",
        ALI,
        DOWN,
        "Korat",
        "banpak.korat@gmail.com",
        needs=[
            n("หมวกอุ่น ๆ แบบถัก ให้ผู้สูงอายุหน้าหนาว", "knitted_beanie"),
            n("ผ้าคลุมผมหลังสระ หรือผ้าโพกหัว", "head_wrap"),
            u("แผ่นรองซับผู้ใหญ่", "incontinence pads; not offered"),
        ],
    ),
    sme(
        "en",
        "Chao Phraya Cancer Centre",
        ALC,
        DOWN,
        "Bangkok",
        "supply@cpcancer.or.th",
        needs=[
            n("Soft caps for patients losing hair during chemo", "chemo_soft_cap"),
            n("Hair covers for theatre staff, maker must hold ISO 13485", "surgical_cap", req=("ISO 13485",)),
            u("Lead-lined caps for radiology staff", "radiation shielding; not offered"),
        ],
    ),
    sme(
        "th",
        "โรงพยาบาลเอกชนอุดร",
        ALI,
        DOWN,
        "Udon Thani",
        "purchase.udonhosp@gmail.com",
        needs=[
            n("หมวกคลุมผมพยาบาล แบบใช้แล้วทิ้ง กล่องละ 100 ใบ", "surgical_cap"),
            n("หมวกสำหรับคนไข้ผมร่วง", "chemo_soft_cap"),
        ],
    ),
    sme(
        "en",
        "Eastern Safety Helmets",
        SPORT,
        DOWN,
        "Rayong",
        "sales@easternhelmets.co.th",
        offers=[o("Industrial safety helmets, Type 1", "safety_helmet")],
        needs=[
            n("TIS-certified cradles for safety helmets", "helmet_liner", req=("Thai Industrial Standard",)),
            n("sweatbands to fit inside helmets", "hat_sweatband"),
            u("Y-shaped chin straps", "chin straps; not offered"),
        ],
        certs=["Thai Industrial Standard"],
    ),
    sme(
        "th",
        "รันนิ่งอีเวนต์ ออร์แกไนซ์",
        SPORT,
        DOWN,
        "Bangkok",
        "running.event.org@gmail.com",
        needs=[
            n("หมวกวิ่ง 3,000 ใบ ผ้าแห้งไว", "running_cap"),
            n("หาร้านสกรีนโลโก้ลงหมวก เรามีหมวกอยู่แล้ว", "screen_printing_service"),
            u("เหรียญรางวัลงานวิ่ง", "medals; not offered"),
        ],
    ),
    sme(
        "en",
        "Second Crown Vintage",
        CIRC,
        DOWN,
        "Bangkok",
        "secondcrown.vintage@gmail.com",
        offers=[o("Cleaned and restored vintage caps", "refurbished_cap")],
        needs=[
            n("used caps by weight, any brand", "used_caps"),
            n("re-blocking of worn felt hats we send in", "hat_blocking_service"),
            u("Leather sweatbands for fedoras", "leather; only cotton terry sweatbands in the set"),
        ],
        bcg=[CIRCULAR],
    ),
    sme(
        "th",
        "หมวกรีเมคเชียงใหม่",
        CIRC,
        DOWN,
        "Chiang Mai",
        "remake.cnx@gmail.com",
        offers=[o("หมวกบักเก็ตทำจากกางเกงยีนส์เก่า", "bucket_hat")],
        needs=[
            n("ยีนส์มือสอง ยกกระสอบ", "used_denim"),
            n("ผ้าปะต่อทำจากยีนส์รีไซเคิล", "upcycled_patchwork_fabric"),
            u("จักรเย็บผ้าอุตสาหกรรมมือสอง", "machines; not offered"),
        ],
        bcg=[CIRCULAR],
    ),
    sme(
        "th",
        "ร้านของฝากกรุงเก่า",
        ALC,
        DOWN,
        "Ayutthaya",
        "khongfak.krungkao@gmail.com",
        needs=[
            n("งอบขายนักท่องเที่ยว ไม่ต้องมี OTOP", "conical_hat", waive=("OTOP",)),
            n("หมวกจักสานจากวัสดุธรรมชาติ ใส่กันแดด", "woven_sun_hat bamboo_hat"),
            n("กระเป๋าสานจากพืช", "woven_bag"),
        ],
    ),
    sme(
        "en",
        "Andaman Dive Resort",
        SPORT,
        DOWN,
        "Phuket",
        "ops@andamandive.com",
        needs=[
            n("Fast-drying caps for boat crew", "running_cap"),
            n("Bucket hats for guests, OEKO-TEX nice to have", "bucket_hat", waive=("OEKO-TEX Standard 100",)),
        ],
    ),
    sme(
        "th",
        "ส่งหมวกประตูน้ำ",
        SPORT,
        DOWN,
        "Bangkok",
        "songmuak.pratunam@gmail.com",
        offers=[o("ขายส่งหมวกแก๊ป คละสี โหลละ 600 บาท", "baseball_cap")],
        needs=[
            n("แก๊ปเปล่าไม่ปัก ไม่สกรีน ราคาส่ง ไม่จำเป็นต้องมี มอก.", "baseball_cap", waive=("Thai Industrial Standard",)),
            n("หมวกถักกันหนาว ขายส่งเป็นโหล", "knitted_beanie"),
            n("จ้างถักหมวกไหมพรมแบรนด์ร้าน ใช้ไหมของร้านเอง", "knitting_service"),
        ],
    ),
    sme(
        "en",
        "Hua Hin Straw Hat Co.",
        HEMP,
        DOWN,
        "Prachuap Khiri Khan",
        "huahinstrawhat@gmail.com",
        offers=[o("Braid-sewn straw sun hats, resort styles", "woven_sun_hat")],
        needs=[
            n("palm braid for sewn hats, 7-end", "palm_braid"),
            n("Weaving of hats from palm leaf we supply", "hat_weaving_service"),
        ],
    ),
    sme(
        "en",
        "Sukhumvit Millinery Atelier",
        ALC,
        DOWN,
        "Bangkok",
        "atelier@sukhumvitmillinery.com",
        offers=[o("Bespoke fedoras and occasion hats", "occasion_hat")],
        needs=[
            n("Thai silk with the Peacock Emblem for hat bands", "silk_fabric", req=("Thai Silk Peacock Emblem",)),
            n("Straw hoods ready for blocking", "straw_hat_body"),
            n("wire for shaping hat edges", "millinery_wire"),
        ],
    ),
    sme(
        "th",
        "ร้านอุปกรณ์ละหมาดนราธิวาส",
        ALC,
        DOWN,
        "Narathiwat",
        "lamat.narathiwat@gmail.com",
        needs=[
            n("หมวกละหมาดผู้ชาย รับไปขายส่ง", "muslim_prayer_cap"),
            n("ผ้าโพกหัวสตรี ขายส่ง", "head_wrap"),
        ],
    ),
]

SMES: list[Sme] = [
    replace(entry, id=f"{ID_PREFIX}-{number:03d}")
    for number, entry in enumerate([*UPSTREAM, *MIDSTREAM, *DOWNSTREAM], start=1)
]


# ------------------------------------------------------------------ links


def canonical_certs(entry: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(cert) or cert for cert in entry.certs)


def qualified_suppliers(need: Need, buyer: Sme) -> list[Sme]:
    """The SMEs (never the buyer) with an offer labelled as `need` asks and every certification it requires."""
    wanted = set(need.labels)
    return [
        supplier
        for supplier in SMES
        if supplier.id != buyer.id
        and any(offer.label in wanted for offer in supplier.offers)
        and set(need.requires) <= canonical_certs(supplier)
    ]


def true_links() -> list[tuple[str, str]]:
    pairs = {
        (supplier.id, buyer.id)
        for buyer in SMES
        for need in buyer.needs
        if not need.unmet
        for supplier in qualified_suppliers(need, buyer)
    }
    return sorted(pairs)


# ------------------------------------------------------------------ checks

_ID_RE = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
_EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
_THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*$")


def _nfkc_fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def phrase_language_error(text: str, lang: str) -> str | None:
    if text != text.strip() or not text or "  " in text:
        return "empty or badly spaced"
    thai = len(_THAI_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if lang == "en":
        if thai or not text.isascii():
            return "English phrase with non-ASCII characters"
        if latin == 0:
            return "English phrase without letters"
    elif thai < 2 * latin or thai == 0:
        return "Thai phrase that is not mostly Thai letters"
    return None


def mentions(text: str, cert_name: str) -> bool:
    """Whether `text` names the certification at all (affirmed or negated)."""
    folded = _nfkc_fold(text)
    for cert in CERTIFICATIONS:
        if cert.name != cert_name:
            continue
        names = (cert.name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
        if any(_nfkc_fold(name) in folded for name in names):
            return True
        return any(
            re.search(unicodedata.normalize("NFKC", p), unicodedata.normalize("NFKC", text)) for p in cert.patterns
        )
    raise ValueError(f"unknown certification {cert_name!r}")


def check() -> list[str]:
    errors: list[str] = []
    ids = [entry.id for entry in SMES]
    if len(ids) != N_PROFILES:
        errors.append(f"{len(ids)} profiles, expected {N_PROFILES}")
    if len(set(ids)) != len(ids) or not all(_ID_RE.match(i) for i in ids):
        errors.append("ids not unique or not well-formed")
    canonical_names = {cert.name for cert in CERTIFICATIONS}
    seen_phrases: dict[str, str] = {}
    for entry in SMES:
        where = entry.id
        if entry.lang not in ("th", "en"):
            errors.append(f"{where}: language {entry.lang!r}")
        if not isinstance(entry.sub_cluster, SubCluster) or not isinstance(entry.stage, Stage):
            errors.append(f"{where}: sub-cluster or stage not a taxonomy value")
        if resolve_province(entry.province) is None:
            errors.append(f"{where}: province {entry.province!r} does not resolve")
        if not _EMAIL_RE.match(entry.email):
            errors.append(f"{where}: email {entry.email!r}")
        if not all(isinstance(tag, BcgTag) for tag in entry.bcg) or len(set(entry.bcg)) != len(entry.bcg):
            errors.append(f"{where}: bcg tags")
        for cert in entry.certs:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if len(canonical_certs(entry)) != len(entry.certs):
            errors.append(f"{where}: duplicate certifications")
        if not (0 <= len(entry.offers) <= 3 and 0 <= len(entry.needs) <= 3) or not (entry.offers or entry.needs):
            errors.append(f"{where}: {len(entry.offers)} offers, {len(entry.needs)} needs")
        phrases = [entry.name, *(offer.text for offer in entry.offers), *(need.text for need in entry.needs)]
        for phrase in phrases:
            problem = phrase_language_error(phrase, entry.lang)
            if problem:
                errors.append(f"{where}: {problem}: {phrase!r}")
            key = _nfkc_fold(phrase)
            if key in seen_phrases and phrase != entry.name:
                errors.append(f"{where}: phrase also used by {seen_phrases[key]}: {phrase!r}")
            seen_phrases[key] = where
        for offer in entry.offers:
            if not _LABEL_RE.match(offer.label):
                errors.append(f"{where}: bad label {offer.label!r}")
        for need in entry.needs:
            found = find_certifications(need.text)
            for cert in (*need.requires, *need.waives):
                if cert not in canonical_names:
                    errors.append(f"{where}: {cert!r} is not a canonical certification name")
            if set(need.requires) != found:
                errors.append(f"{where}: need names {sorted(found)} but requires {list(need.requires)}: {need.text!r}")
            for cert in need.waives:
                if not mentions(need.text, cert) or cert in found:
                    errors.append(f"{where}: waived {cert} not named (negated) in {need.text!r}")
            if need.unmet:
                if not need.unmet_note or need.requires or need.waives:
                    errors.append(f"{where}: unmet need without a note, or with certifications: {need.text!r}")
                continue
            for label in need.labels:
                if not any(label == offer.label for other in SMES if other.id != where for offer in other.offers):
                    errors.append(f"{where}: no one else offers {label!r}")
            if not qualified_suppliers(need, entry):
                errors.append(f"{where}: met need without a qualified supplier: {need.text!r}")
    return errors


def size_errors(stats: dict[str, float]) -> list[str]:
    errors = []
    if not LINKS_RANGE[0] <= stats["links"] <= LINKS_RANGE[1]:
        errors.append(f"{stats['links']} true links, target {LINKS_RANGE}")
    if not THAI_SHARE_RANGE[0] <= stats["thai_share"] <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {stats['thai_share']:.2f}, target {THAI_SHARE_RANGE}")
    if not CROSS_SHARE_RANGE[0] <= stats["cross_share"] <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {stats['cross_share']:.2f}, target {CROSS_SHARE_RANGE}")
    if not UNMET_RANGE[0] <= stats["unmet"] <= UNMET_RANGE[1]:
        errors.append(f"{stats['unmet']} needs met by no one, target {UNMET_RANGE}")
    return errors


# ------------------------------------------------------------------ counts


def counts() -> tuple[list[tuple[str, str]], dict[str, float]]:
    """The counts table rows (measure, value) and the numbers the size targets look at."""
    by_id = {entry.id: entry for entry in SMES}
    links = true_links()
    thai = sum(entry.lang == "th" for entry in SMES)
    needs = [(entry, need) for entry in SMES for need in entry.needs]
    met = [(entry, need) for entry, need in needs if not need.unmet]
    suppliers_per_need = Counter(min(len(qualified_suppliers(need, entry)), 4) for entry, need in met)
    pair_langs = Counter((by_id[s].lang, by_id[b].lang) for s, b in links)
    th_en, en_th = pair_langs[("th", "en")], pair_langs[("en", "th")]
    cross = th_en + en_th
    cross_share = cross / len(links) if links else 0.0
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(SMES))),
        ("Thai profiles", f"{thai} ({thai / len(SMES):.0%})"),
        ("English profiles", str(len(SMES) - thai)),
    ]
    sub_counts = Counter(entry.sub_cluster for entry in SMES)
    rows += [(f"sub-cluster `{sub.value}`", str(sub_counts[sub])) for sub in SubCluster]
    stage_counts = Counter(entry.stage for entry in SMES)
    rows += [(f"stage `{stage.value}`", str(stage_counts[stage])) for stage in Stage]
    provinces = [resolve_province(entry.province) for entry in SMES]
    region_counts = Counter(province.region for province in provinces if province)
    rows += [(f"region `{region}`", str(count)) for region, count in sorted(region_counts.items())]
    rows += [
        ("distinct provinces", str(len({province.name_en for province in provinces if province}))),
        ("offers", str(sum(len(entry.offers) for entry in SMES))),
        ("distinct offer labels", str(len({offer.label for entry in SMES for offer in entry.offers}))),
        ("needs", str(len(needs))),
        ("needs met by someone", str(len(met))),
        ("needs met by no one", str(len(needs) - len(met))),
    ]
    rows += [
        (f"met needs with {k if k < 4 else '4 or more'} qualified supplier{'s' if k > 1 else ''}", str(v))
        for k, v in sorted(suppliers_per_need.items())
    ]
    rows += [
        ("needs requiring a certification", str(sum(bool(need.requires) for _, need in needs))),
        ("needs waiving a certification", str(sum(bool(need.waives) for _, need in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links", f"{cross} ({cross_share:.0%})"),
        (
            "within-language links (Thai -> Thai, English -> English)",
            f"{len(links) - cross} ({pair_langs[('th', 'th')]}, {pair_langs[('en', 'en')]})",
        ),
        (
            "links between different sub-clusters",
            str(sum(by_id[s].sub_cluster != by_id[b].sub_cluster for s, b in links)),
        ),
    ]
    stats = {
        "links": len(links),
        "thai_share": thai / len(SMES),
        "cross_share": cross_share,
        "unmet": len(needs) - len(met),
    }
    return rows, stats


def counts_table(rows: list[tuple[str, str]]) -> str:
    width = max(len(measure) for measure, _ in rows)
    lines = [f"| {'measure'.ljust(width)} | count |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {measure.ljust(width)} | {value} |" for measure, value in rows]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ output


def profile_record(entry: Sme) -> dict[str, object]:
    record: dict[str, object] = {
        "id": entry.id,
        "name": entry.name,
        "sub_cluster": entry.sub_cluster.value,
        "stage": entry.stage.value,
        "province": entry.province,
        "offers": [offer.text for offer in entry.offers],
        "needs": [need.text for need in entry.needs],
    }
    if entry.certs:
        record["certifications"] = list(entry.certs)
    if entry.bcg:
        record["bcg"] = [tag.value for tag in entry.bcg]
    record["contact_email"] = entry.email
    record["language"] = entry.lang
    return record


def render_profiles() -> str:
    return "".join(json.dumps(profile_record(entry), ensure_ascii=False) + "\n" for entry in SMES)


def render_links() -> str:
    return "supplier_id,buyer_id\n" + "".join(f"{s},{b}\n" for s, b in true_links())


README_HEAD = """\
# `eval/blind_plain_hats`: hats and headwear, plain registry entries

A hand-labelled test set for partner matchmaking in the Health and Wellness Economy cluster. It
measures how well the matcher finds the true supplier-buyer pairs among {profiles} SMEs whose offers and
needs are worded in ways it has never seen.

## What the set checks

The theme is hats and headwear crafts: palm-leaf, bamboo, krajood and water-hyacinth hats, conical
farmer's hats (ngob in the centre, kub in Isan and the north, kub tai in Mae Hong Son), bucket hats and
caps, knitted beanies, hat bodies, hat blocks and blocking, hat bands and trims, cap embroidery and
sewing, helmet liners, headbands, head wraps and prayer caps, soft caps for chemotherapy patients and
theatre caps, and the shops, resorts, farms, schools, hospitals and care homes that buy them, plus the
ordinary upstream and midstream suppliers (fibre, yarn, cloth, dyeing, sewing, waste).

Every profile is a plain registry entry: one short phrase per offer or need, 0-3 of each, Thai
(written the way Thai people write it, spaces between phrases) or English. The same kind of goods is
written in many ways (local and regional names, trade words, abbreviations, with and without
quantities, prices, sizes and minimum orders), and a need is worded differently from the offers that
meet it, often in the other language. The hard but fair cases include:

- a service versus the goods it works on (dyeing the customer's cloth versus dyed cloth, sewing or
  knitting for others versus finished hats, blocking the customer's hoods versus hat bodies);
- waste and used goods versus new (used jeans versus new denim, secondhand caps);
- raw versus processed (hemp bast versus hemp yarn, palm leaf versus palm braid versus hat bodies
  versus finished hats, cotton lint versus yarn versus cloth);
- finished goods described by their material, colour or technique (an indigo bucket hat is a bucket
  hat, not indigo dyeing; a krajood Panama-shape hat is a woven sun hat, not a toquilla Panama);
- needs written as a wish, a bare noun phrase or a question, and refusals ("no synthetic indigo");
- needs that require a named certification (the supplier must hold it) and needs that name one only
  to waive it;
- {unmet} needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the cluster's contracts (profile JSONL version 1 and
the links CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings; not the
matcher, its glossary, its tests or any other evaluation set. All data lives in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels
that would meet it and the certifications its text requires, or is marked as met by no one with a
short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label
listed by one of the buyer's needs and the supplier's certifications hold every certification that
need requires. An SME is never linked to itself. Shared words play no part; quantities, prices and
places never decide a link; what changes what the thing is does. A waived certification is not
required. The labels live only in `write.py`; the profiles carry no labels.

Before writing anything, `write.py` checks that ids are unique and well-formed; every contract field
is valid (sub-cluster, stage and BCG values from the taxonomy, provinces resolved by
`resolve_province`, certifications by `resolve_certification`); every label a need lists is offered
by someone other than the buyer; every met need has a qualified supplier; a required certification is
exactly what `find_certifications` finds in the need's text and a waived one is named but negated;
Thai phrases are mostly Thai letters and English ones plain ASCII; no phrase is used twice; and the
size targets hold. It writes nothing if a check fails, and its output is byte-for-byte reproducible.

## Regenerate

From the repository root:

```
.venv/bin/python eval/blind_plain_hats/write.py
```

## Files

- `write.py`: all the data, the labels, the checks and the writer.
- `profiles.jsonl`: the {profiles} SME profiles, ids `{first}` to `{last}`, one JSON object per line
  (cluster profiles, JSONL version 1; no extra fields).
- `links.csv`: the {links} true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def render_readme(rows: list[tuple[str, str]], stats: dict[str, float]) -> str:
    head = README_HEAD.format(
        profiles=len(SMES),
        unmet=int(stats["unmet"]),
        first=SMES[0].id,
        last=SMES[-1].id,
        links=int(stats["links"]),
    )
    return head + counts_table(rows)


def render() -> dict[str, str]:
    rows, stats = counts()
    return {
        "profiles.jsonl": render_profiles(),
        "links.csv": render_links(),
        "README.md": render_readme(rows, stats),
    }


def main() -> int:
    rows, stats = counts()
    print(counts_table(rows), end="")
    errors = check() + size_errors(stats)
    outputs = render()
    if outputs != render():
        errors.append("two renderings differ")
    if errors:
        print(f"\n{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  - {error}", file=sys.stderr)
        return 1
    for filename, text in outputs.items():
        (HERE / filename).write_text(text, encoding="utf-8", newline="\n")
    print(f"\nwrote {', '.join(outputs)} to {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
