"""Write the hand-labelled evaluation set `eval/blind_plain_gymgear/`.

Gym and fitness gear: punch bags and their fillings, gym and crash mats, weight vests and training
sandbags, resistance bands, and the gyms, schools, clinics and care homes that buy them, with the
ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

Run from the repository root:  .venv/bin/python eval/blind_plain_gymgear/write.py
Add `--needs` to also print, for every need, the suppliers that meet it.

Every offer carries a label saying what the thing is; every need lists the labels that would meet
it and the certifications its text requires, or is marked as met by no one. A pair (supplier,
buyer) is a true link when an offer of the supplier carries a label listed by one of the buyer's
needs and the supplier holds every certification that need requires. Labels live only here.
"""

from __future__ import annotations

import importlib
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

taxonomy = importlib.import_module("shared.taxonomy")
CERTIFICATIONS = taxonomy.CERTIFICATIONS
BcgTag = taxonomy.BcgTag
Stage = taxonomy.Stage
SubCluster = taxonomy.SubCluster
find_certifications = taxonomy.find_certifications
resolve_certification = taxonomy.resolve_certification
resolve_province = taxonomy.resolve_province

HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
CENTRAL = SubCluster.AGEING_LIFESTYLE_CENTRAL
ISAN = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM
BIO = BcgTag.BIO
CIRCULAR = BcgTag.CIRCULAR
GREEN = BcgTag.GREEN

PREFIX = "bgy"
N_PROFILES = 95


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
    unmet: str = ""  # a short note when no one in the set meets the need


@dataclass(frozen=True)
class Sme:
    num: int
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

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def u(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive, unmet=note)


@dataclass
class Registry:
    smes: list[Sme] = field(default_factory=list)

    def add(
        self,
        num: int,
        lang: str,
        name: str,
        sub_cluster: SubCluster,
        stage: Stage,
        province: str,
        email: str,
        offers: tuple[Offer, ...] | list[Offer] = (),
        needs: tuple[Need, ...] | list[Need] = (),
        certs: tuple[str, ...] = (),
        bcg: tuple[BcgTag, ...] = (),
    ) -> None:
        self.smes.append(
            Sme(num, lang, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg)
        )


R = Registry()
add = R.add

GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
ORGANIC_TH = "Organic Thailand"
OTOP = "OTOP"
ISO9001 = "ISO 9001"
ISO13485 = "ISO 13485"
TIS = "Thai Industrial Standard"
FSC = "FSC"
BLUESIGN = "bluesign"
FDA = "Thai FDA"

# ---------------------------------------------------------------- upstream: fibre, yarn, waste, fillers

add(
    1,
    "th",
    "วิสาหกิจชุมชนใยกัญชงบ้านม้งแม่สา",
    HEMP,
    UP,
    "Chiang Mai",
    "maesa.hemp@gmail.com",
    [
        o("ใยกัญชงลอกมือ ตากแห้ง มัดละ 5 กก.", "hemp_fibre_raw"),
        o("ด้ายกัญชงเข็นมือ เส้นเล็ก ขายเป็นไจ", "hemp_yarn"),
    ],
    [u("เครื่องลอกเปลือกต้นกัญชง มือสองก็ได้", "a decorticating machine; no one in the set sells machinery")],
    certs=(ORGANIC_TH,),
    bcg=(BIO,),
)
add(
    2,
    "en",
    "Mae Sot Bast Fibre Co.",
    HEMP,
    UP,
    "Tak",
    "sales@maesotbast.com",
    [o("Decorticated hemp bast fibre, baled 50 kg", "hemp_fibre_raw")],
    [n("Combed cotton yarn Ne 20/1 for blending", "cotton_yarn")],
    bcg=(BIO,),
)
add(
    3,
    "th",
    "กลุ่มปั่นด้ายกัญชงเมืองน่าน",
    HEMP,
    UP,
    "Nan",
    "nanhempyarn@hotmail.com",
    [o("เส้นด้ายกัญชงปั่นเครื่อง เบอร์ 10 หลอดละกิโล", "hemp_yarn")],
    [n("มีใครรับย้อมด้ายเป็นไจไหม ครั้งละ 20 กก.", "yarn_dyeing_service")],
)
add(
    4,
    "en",
    "Mahachai Fibre Recovery Ltd.",
    CIRC,
    UP,
    "Samut Sakhon",
    "info@mahachaifibre.co.th",
    [
        o("Shredded textile waste stuffing, 25 kg sack", "textile_shred_filling"),
        o("Post-industrial fabric offcuts, unsorted, per tonne", "textile_offcuts"),
    ],
    [n("Cutting-room waste from garment factories, any fibre", "textile_offcuts")],
    certs=(GRS,),
    bcg=(CIRCULAR,),
)
add(
    5,
    "th",
    "ร้านเสื้อผ้ามือสองคัดเกรด โรงเกลือ",
    CIRC,
    UP,
    "Sa Kaeo",
    "rongkluea.bale@gmail.com",
    [
        o("เสื้อผ้ามือสองคัดเกรด ขายยกกระสอบ 45 กก.", "used_garments_sorted"),
        o("ผ้าขี้ริ้ว ตัดจากเสื้อยืดเก่า", "cotton_rags"),
    ],
    [u("เครื่องอัดก้อนไฮดรอลิก", "a baling press; no one in the set sells machinery")],
    bcg=(CIRCULAR,),
)
add(
    6,
    "en",
    "EastCoast rPET Fibres",
    CIRC,
    UP,
    "Rayong",
    "sales@eastcoastrpet.com",
    [
        o("rPET hollow conjugated fibre 7D for stuffing", "recycled_polyester_fibre_fill"),
        o("rPET filament yarn 150D/48F", "recycled_polyester_yarn"),
    ],
    [n("Washed clear PET bottle flakes", "pet_bottle_flakes")],
    certs=(GRS, "RCS"),
    bcg=(CIRCULAR, GREEN),
)
add(
    7,
    "th",
    "ร้านรับซื้อของเก่า บางบัวทอง",
    CIRC,
    UP,
    "Nonthaburi",
    "bangbuathong.recycle@gmail.com",
    [o("เกล็ดขวด PET ใส ล้างสะอาด ขายเป็นตัน", "pet_bottle_flakes")],
    bcg=(CIRCULAR,),
)
add(
    8,
    "th",
    "สหกรณ์กองทุนสวนยางควนลัง",
    SPORT,
    UP,
    "Songkhla",
    "khuanlang.coop@gmail.com",
    [o("น้ำยางข้น 60% บรรจุถัง 200 ลิตร", "natural_latex_concentrate")],
    certs=(FSC,),
    bcg=(BIO,),
)
add(
    9,
    "en",
    "Crumb & Tyre Recycling Chonburi",
    CIRC,
    UP,
    "Chonburi",
    "ops@crumbtyre.co.th",
    [o("Recycled SBR rubber crumb 1-3 mm, jumbo bag", "rubber_crumb")],
    [u("End-of-life truck tyres, steady supply", "scrap tyres; no one in the set supplies them")],
    bcg=(CIRCULAR,),
)
add(
    10,
    "th",
    "วิสาหกิจชุมชนใยมะพร้าวท่าชนะ",
    HEMP,
    UP,
    "Surat Thani",
    "thachana.coir@gmail.com",
    [
        o("ใยมะพร้าวตีเส้น อัดก้อน 20 กก.", "coir_fibre"),
        o("แผ่นใยมะพร้าวอัดยางพารา หนา 5 ซม.", "rubberised_coir_sheet"),
    ],
    [n("น้ำยางพาราข้น สำหรับพ่นแผ่นใย", "natural_latex_concentrate")],
    bcg=(BIO,),
)
add(
    11,
    "th",
    "กลุ่มแม่บ้านตีนุ่นบ้านหนองแวง",
    ISAN,
    UP,
    "Roi Et",
    "nongwaeng.kapok@gmail.com",
    [o("นุ่นตีฟู ไม่ผสมใยสังเคราะห์ กิโลละ 120 บาท", "kapok_fibre")],
    [n("ผ้าดิบเนื้อแน่น ทำปลอกใส่นุ่น", "cotton_greige_fabric")],
    certs=(OTOP,),
    bcg=(BIO,),
)
add(
    12,
    "en",
    "Phu Phan Organic Cotton Spinners",
    HEMP,
    UP,
    "Sakon Nakhon",
    "phuphan.cotton@gmail.com",
    [o("Hand-spun organic cotton yarn, natural white, in hanks", "cotton_yarn")],
    certs=(ORGANIC_TH,),
    bcg=(BIO,),
)
add(
    13,
    "th",
    "กลุ่มฝ้ายเข็นมือนาด้วง",
    HEMP,
    UP,
    "Loei",
    "naduang.cotton@gmail.com",
    [
        o("ฝ้ายเข็นมือ ฝ้ายตุ่น ฝ้ายขาว", "cotton_yarn"),
        o("ปุยฝ้ายอีดเมล็ดออกแล้ว", "cotton_fibre_raw"),
    ],
    [n("เนื้อครามหมัก สำหรับก่อหม้อคราม", "indigo_dye_paste")],
)
add(
    14,
    "th",
    "กลุ่มทำเนื้อครามบ้านดอนกอย",
    HEMP,
    UP,
    "Sakon Nakhon",
    "donkoi.indigo@gmail.com",
    [o("ครามเปียก หมักจากต้นครามฝักงอ กิโลละ 250", "indigo_dye_paste")],
    [n("ปุยฝ้ายดิบ ยังไม่ได้ปั่นเป็นเส้น", "cotton_fibre_raw")],
    certs=(OTOP,),
    bcg=(BIO,),
)
add(
    15,
    "en",
    "Second Round Sports Recovery",
    CIRC,
    UP,
    "Bangkok",
    "hello@secondroundsports.co",
    [
        o("Used gym mats and crash pads, cleaned, sold as is", "used_gym_mats"),
        o("Used boxing gloves and heavy bags, bulk lots", "used_boxing_gear"),
    ],
    bcg=(CIRCULAR,),
)
add(
    16,
    "th",
    "ร้านเศษหนังบางพลี",
    CIRC,
    UP,
    "Samut Prakan",
    "bangplee.scrap@gmail.com",
    [o("เศษหนัง PU จากโรงงานรองเท้า คละสี ขายเป็นกิโล", "pu_leather_offcuts")],
    bcg=(CIRCULAR,),
)
add(
    17,
    "en",
    "Thai Foam Industries",
    SPORT,
    MID,
    "Pathum Thani",
    "sales@thaifoam.co.th",
    [
        o("Closed-cell PE foam sheet 20 mm, 1 x 2 m", "pe_foam_sheet"),
        o("EVA foam roll 10 mm, 45 shore", "eva_foam_sheet"),
    ],
    certs=("ISO 9001:2015",),
)
add(
    18,
    "th",
    "โรงงานโฟมอัดสมุทรสาคร",
    SPORT,
    MID,
    "Samut Sakhon",
    "sakhonfoam@gmail.com",
    [o("โฟมอัดรีบอนด์ ความหนาแน่น 80 ตัดตามขนาด", "rebonded_foam")],
    [n("เศษฟองน้ำจากโรงงานที่นอน รับทุกสี", "foam_scrap")],
    bcg=(CIRCULAR,),
)
add(
    19,
    "en",
    "Paet Riu Mattress Offcuts",
    CIRC,
    UP,
    "Chachoengsao",
    "offcuts@paetriumattress.com",
    [o("PU foam trimmings from a mattress line, baled", "foam_scrap")],
    bcg=(CIRCULAR,),
)
add(
    20,
    "th",
    "กลุ่มเกษตรกรชาวสวนยางป่าบอน",
    SPORT,
    UP,
    "Phatthalung",
    "pabon.rubber@gmail.com",
    [
        o("น้ำยางสด กรีดเช้า ส่งได้ทุกวัน", "field_latex"),
        o("ยางก้อนถ้วย ขี้ยาง", "cup_lump_rubber"),
    ],
    bcg=(BIO,),
)
add(
    21,
    "th",
    "ทรายอบแห้งโพธาราม",
    CENTRAL,
    UP,
    "Ratchaburi",
    "photharam.sand@gmail.com",
    [o("ทรายหยาบอบแห้ง ร่อนแล้ว ถุงละ 10 กก.", "dried_sand_filler")],
)
add(
    22,
    "en",
    "Iron Shot Supply",
    SPORT,
    UP,
    "Ratchaburi",
    "sales@ironshot.asia",
    [o("Steel shot S-330, 25 kg bags, for weight filling", "steel_shot_filler")],
)

# ---------------------------------------------------------------- midstream: cloth, coating, dyeing, sewing, trims

add(
    23,
    "th",
    "บริษัท ผ้าใบไทยเคลือบ จำกัด",
    SPORT,
    MID,
    "Samut Prakan",
    "sales@thaicoatedcanvas.co.th",
    [
        o("ผ้าใบเคลือบ PVC 650 กรัม หน้ากว้าง 2 เมตร", "pvc_coated_fabric"),
        o("รับเคลือบ PVC ลงบนผ้าของลูกค้า", "coating_service"),
    ],
    [n("ผ้าโพลีเอสเตอร์ทอดิบ 1000D ใช้เป็นผ้าพื้นก่อนเคลือบ", "polyester_base_fabric")],
    certs=(ISO9001,),
)
add(
    24,
    "en",
    "Sampeng Tarp Trading",
    SPORT,
    MID,
    "Bangkok",
    "sampengtarp@gmail.com",
    [o("Vinyl tarpaulin 18 oz, 30 colours, by the roll", "pvc_coated_fabric")],
)
add(
    25,
    "th",
    "หนังเทียมนครปฐม",
    SPORT,
    MID,
    "Nakhon Pathom",
    "npt.leather@gmail.com",
    [
        o("หนังเทียม PU หนา 1.2 มม. ม้วนละ 50 หลา", "pu_synthetic_leather"),
        o("หนัง PVC ลายหนังวัว สำหรับหุ้มเบาะ", "pvc_synthetic_leather"),
    ],
    [n("ผ้าพื้นโพลีเอสเตอร์ สำหรับรองหลังหนังเทียม", "polyester_base_fabric")],
)
add(
    26,
    "en",
    "Siam Technical Weaving",
    SPORT,
    MID,
    "Samut Sakhon",
    "sales@siamtechweave.com",
    [
        o("Polyester oxford greige 600D/1000D, loom state", "polyester_base_fabric"),
        o("Nylon 1000D PU-backed, Cordura type", "nylon_1000d_fabric"),
    ],
    [n("GRS recycled polyester filament yarn", "recycled_polyester_yarn", req=(GRS,))],
    certs=(OEKO,),
)
add(
    27,
    "th",
    "โรงงานสายแถบบ้านบึง",
    SPORT,
    MID,
    "Chonburi",
    "banbueng.webbing@gmail.com",
    [
        o("สายแถบไนลอน 1 นิ้ว 2 นิ้ว ม้วน 50 เมตร", "webbing_strap"),
        o("เทปตีนตุ๊กแก หนามเตย-ขนนุ่ม", "hook_loop_tape"),
    ],
    [u("เม็ดพลาสติก PP เกรดฉีด", "plastic resin; no one in the set sells it")],
)
add(
    28,
    "en",
    "Pahurat Trims & Hardware",
    SPORT,
    MID,
    "Bangkok",
    "orders@pahurattrims.com",
    [
        o("YKK #10 coil zipper, cut to length", "zipper"),
        o("Velcro-type hook and loop, 50 mm sew-on", "hook_loop_tape"),
        o("Side-release buckles and D-rings", "buckles_hardware"),
    ],
)
add(
    29,
    "th",
    "ผ้ากัญชงทอมือสันกำแพง",
    HEMP,
    MID,
    "Chiang Mai",
    "sankamphaeng.hemp@gmail.com",
    [o("ผ้าทอใยกัญชง เนื้อหนา 12 ออนซ์ หน้า 90 ซม.", "hemp_canvas_fabric")],
    [n("ด้ายกัญชงเส้นใหญ่ ต้องได้มาตรฐานเกษตรอินทรีย์", "hemp_yarn", req=(ORGANIC_TH,))],
    certs=(OTOP,),
    bcg=(BIO,),
)
add(
    30,
    "en",
    "Mae Chan Hemp Works",
    HEMP,
    MID,
    "Chiang Rai",
    "hello@maechanhemp.com",
    [o("Hemp-cotton canvas 14 oz, unbleached", "hemp_canvas_fabric")],
    [n("Retted hemp fibre, raw, not spun", "hemp_fibre_raw")],
    bcg=(BIO,),
)
add(
    31,
    "th",
    "ครามสกล ผ้าย้อมครามธรรมชาติ",
    HEMP,
    MID,
    "Sakon Nakhon",
    "sakon.khram@gmail.com",
    [
        o("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ ขายเป็นเมตร", "natural_indigo_cotton_fabric"),
        o("รับย้อมคราม ผ้าหรือเสื้อของลูกค้า", "indigo_dyeing_service"),
    ],
    [n("ฝ้ายเข็นมือ เส้นสม่ำเสมอ", "cotton_yarn")],
    certs=(OTOP,),
    bcg=(BIO,),
)
add(
    32,
    "en",
    "Isan Indigo Cloth",
    HEMP,
    MID,
    "Udon Thani",
    "isanindigo@gmail.com",
    [o("Natural indigo cotton cloth, hand-woven, per metre", "natural_indigo_cotton_fabric")],
    bcg=(BIO,),
)
add(
    33,
    "th",
    "โรงย้อมกระทุ่มแบน",
    CIRC,
    MID,
    "Samut Sakhon",
    "krathumbaen.dye@gmail.com",
    [
        o("รับย้อมผ้าตามสั่ง ผ้าลูกค้าส่งมา ขั้นต่ำ 50 กก.", "fabric_dyeing_service"),
        o("ย้อมด้ายหลอด ด้ายไจ", "yarn_dyeing_service"),
    ],
    certs=("ISO 14001",),
)
add(
    34,
    "en",
    "Stretch Knit Mills",
    SPORT,
    MID,
    "Nakhon Pathom",
    "sales@stretchknit.co.th",
    [
        o("Poly-spandex jersey, 4-way stretch, dyed", "stretch_knit_fabric"),
        o("Knit cutting scrap, poly/spandex", "textile_offcuts"),
    ],
    [
        n(
            "Commission dyeing of our greige knits, bluesign preferred but not required",
            "fabric_dyeing_service",
            waive=(BLUESIGN,),
        )
    ],
    certs=(OEKO,),
)
add(
    35,
    "th",
    "ผ้ายืดสปอร์ตบางปู",
    SPORT,
    MID,
    "Samut Prakan",
    "bangpu.sportfabric@gmail.com",
    [
        o("ผ้ายืดสแปนเด็กซ์ สำหรับชุดกีฬา ย้อมสีแล้ว", "stretch_knit_fabric"),
        o("ยางยืดทอ 2 นิ้ว ขอบกางเกง", "woven_elastic_tape"),
    ],
)
add(
    36,
    "en",
    "Pak Kret Elastics",
    CENTRAL,
    MID,
    "Nonthaburi",
    "pakkret.elastics@gmail.com",
    [o("Woven elastic 40 mm with silicone grip line", "woven_elastic_tape")],
    [u("Latex-free rubber thread for covered elastic", "latex-free rubber thread; no one in the set makes it")],
)
add(
    37,
    "th",
    "สกรีนดีไซน์ ประตูน้ำ",
    SPORT,
    MID,
    "Bangkok",
    "pratunam.screen@gmail.com",
    [o("รับสกรีนโลโก้ ลงเสื้อ กระเป๋า กระสอบทราย", "logo_printing_service")],
)
add(
    38,
    "en",
    "Stitch Logo Studio",
    SPORT,
    MID,
    "Bangkok",
    "studio@stitchlogo.co.th",
    [
        o("Logo embroidery on customer-supplied goods", "embroidery_service"),
        o("Heat transfer logos, small runs", "logo_printing_service"),
    ],
)
add(
    39,
    "th",
    "ร้านรับเย็บกระสอบ เบาะ ปากเกร็ด",
    SPORT,
    MID,
    "Nonthaburi",
    "pakkret.sewing@gmail.com",
    [o("รับเย็บกระสอบทราย เบาะ เป้ ตามแบบ ลูกค้าส่งผ้าเอง", "sewing_service_heavy")],
    [u("จักรเข็มคู่เย็บหนัง มือสอง", "a sewing machine; no one in the set sells machinery")],
)
add(
    40,
    "en",
    "Rangsit Apparel CMT",
    SPORT,
    MID,
    "Pathum Thani",
    "cmt@rangsitapparel.com",
    [
        o("CMT sewing for sportswear, 500 pcs MOQ", "sewing_service_garments"),
        o("Cutting waste, polyester knit, by the bag", "textile_offcuts"),
    ],
)
add(
    41,
    "th",
    "กลุ่มตัดเย็บบ้านโนนทัน",
    ISAN,
    MID,
    "Khon Kaen",
    "nonthan.sewing@gmail.com",
    [o("รับตัดเย็บตามแบบ เสื้อ กางเกง ชุดผู้สูงอายุ", "sewing_service_garments")],
    [n("ผ้าครามทอมือ ย้อมจากต้นคราม ไม่ใช้สีเคมี", "natural_indigo_cotton_fabric")],
)
add(
    42,
    "en",
    "Denim Again Upcycling",
    CIRC,
    MID,
    "Bangkok",
    "hi@denimagain.co",
    [o("Upcycled denim panels, cut and graded by shade", "upcycled_denim_panels")],
    [n("Post-consumer jeans, sorted", "used_garments_sorted")],
    bcg=(CIRCULAR,),
)
add(
    43,
    "th",
    "ผ้าดิบโคราช",
    CIRC,
    MID,
    "Nakhon Ratchasima",
    "korat.greige@gmail.com",
    [
        o("ผ้าดิบทอจากฝ้าย หน้ากว้าง 60 นิ้ว", "cotton_greige_fabric"),
        o("ผ้าแคนวาสฝ้ายเนื้อหนา 16 ออนซ์", "cotton_canvas_heavy"),
    ],
    [n("ด้ายฝ้ายปั่น เบอร์ 20", "cotton_yarn")],
)
add(
    44,
    "en",
    "Phrae Cotton Weavers",
    HEMP,
    MID,
    "Phrae",
    "phraeweavers@gmail.com",
    [
        o("Greige cotton sheeting 60 in, loom state", "cotton_greige_fabric"),
        o("Mor hom blue cotton, vat dyed with synthetic indigo, wholesale", "synthetic_indigo_cotton_fabric"),
    ],
)
add(
    45,
    "th",
    "บริษัท เคลือบกันน้ำรังสิต",
    SPORT,
    MID,
    "Pathum Thani",
    "rangsit.coating@gmail.com",
    [o("เคลือบ TPU กันน้ำ บนผ้าของลูกค้า", "coating_service")],
)
add(
    46,
    "en",
    "AirMesh Textiles",
    SPORT,
    MID,
    "Phetchaburi",
    "sales@airmesh.co.th",
    [o("3D spacer air mesh, 4 mm", "mesh_fabric")],
)
add(
    47,
    "th",
    "ผ้าขนหนูอยุธยา",
    CENTRAL,
    MID,
    "Phra Nakhon Si Ayutthaya",
    "ayutthaya.towel@gmail.com",
    [
        o("ผ้าขนหนูทอเป็นม้วน ขายเป็นหลา", "terry_fabric_roll"),
        o("ผ้าเช็ดตัว 30x60 นิ้ว ปักชื่อได้", "towel"),
    ],
    [n("ด้ายฝ้ายหวี 100%", "cotton_yarn")],
    certs=(OEKO,),
)
add(
    48,
    "en",
    "Rubber Sheet Rayong",
    SPORT,
    MID,
    "Rayong",
    "sales@rubbersheetrayong.com",
    [o("Natural rubber sheet 3 mm, calendered, for mat backing", "natural_rubber_sheet")],
    [n("Concentrated latex, low ammonia", "natural_latex_concentrate")],
)
add(
    49,
    "th",
    "โรงงานยางยืดหาดใหญ่",
    SPORT,
    MID,
    "Songkhla",
    "hatyai.latexsheet@gmail.com",
    [o("แผ่นยางลาเท็กซ์บาง 0.35-0.65 มม. ม้วน 25 เมตร", "thin_latex_sheet")],
    [n("น้ำยางข้นแอมโมเนียต่ำ ส่งรถแท้งค์", "natural_latex_concentrate")],
)

# ---------------------------------------------------------------- downstream: makers of gym and fitness gear

add(
    50,
    "th",
    "ร้านกระสอบทรายมวยไทย บางกะปิ",
    SPORT,
    DOWN,
    "Bangkok",
    "bangkapi.bags@gmail.com",
    [
        o("กระสอบทรายแขวน 120 ซม. ยัดแน่น พร้อมโซ่", "punch_bag_filled"),
        o("กระสอบเปล่า ยังไม่ยัดไส้ ลูกค้ายัดเอง", "punch_bag_shell"),
    ],
    [
        n("เศษผ้าบดละเอียด สำหรับยัดกระสอบ", "textile_shred_filling"),
        n("หนังเทียมหุ้มกระสอบ สีดำ สีแดง", "pu_synthetic_leather", "pvc_synthetic_leather"),
    ],
)
add(
    51,
    "en",
    "Lanna Fight Gear",
    SPORT,
    DOWN,
    "Chiang Mai",
    "lannafightgear@gmail.com",
    [
        o("Muay Thai gloves 10-16 oz, PU", "boxing_gloves"),
        o("Cotton hand wraps 5 m", "hand_wraps"),
        o("Curved kick pads and focus mitts", "kick_pads"),
    ],
    [
        n("Embroidery of our logo on gloves and shorts", "embroidery_service"),
        u("Genuine cowhide 1.4 mm for premium gloves", "genuine leather; no tannery in the set"),
    ],
)
add(
    52,
    "th",
    "เบาะยิมนาสติกนนท์",
    SPORT,
    DOWN,
    "Nonthaburi",
    "nont.gymmat@gmail.com",
    [
        o("เบาะยิมพับได้ 4 ตอน หนา 5 ซม. หุ้มหนัง PVC", "folding_gym_mat"),
        o("เบาะกระโดดสูง ฟองน้ำหนา 30 ซม.", "crash_mat"),
    ],
    [
        n("โฟม PE แบบแผ่น หนา 2-5 ซม.", "pe_foam_sheet"),
        n("ผ้าใบ PVC หรือหนัง PVC สำหรับหุ้มเบาะ", "pvc_coated_fabric", "pvc_synthetic_leather"),
    ],
    certs=("มอก.",),
)
add(
    53,
    "en",
    "Ironclad Training Gear",
    SPORT,
    DOWN,
    "Samut Prakan",
    "sales@ironcladgear.co.th",
    [
        o("Adjustable weight vest 10-20 kg", "weight_vest"),
        o("Training sandbag with 4 handles, sold empty", "training_sandbag"),
    ],
    [
        n("Cordura 1000D or equal heavy nylon", "nylon_1000d_fabric"),
        n("Steel shot or iron sand for filler bags", "steel_shot_filler"),
    ],
)
add(
    54,
    "th",
    "ถุงทรายข้อเท้าสุขใจ",
    CENTRAL,
    DOWN,
    "Bangkok",
    "sukjai.weights@gmail.com",
    [
        o("ถุงทรายข้อมือข้อเท้า 0.5-2 กก. สำหรับผู้สูงวัย", "ankle_weights"),
        o("ยางยืดแบบแผ่น ไล่ระดับสี สำหรับกายภาพ", "resistance_band_latex"),
    ],
    [
        n("ทรายแห้งบรรจุถุง สำหรับใส่ไส้", "dried_sand_filler"),
        n("ตีนตุ๊กแก กว้าง 5 ซม.", "hook_loop_tape"),
    ],
)
add(
    55,
    "en",
    "Hat Yai Bands Co.",
    SPORT,
    DOWN,
    "Songkhla",
    "sales@hatyaibands.com",
    [
        o("Latex resistance bands, 5 strength levels, 1.5 m", "resistance_band_latex"),
        o("Latex tubing with foam handles", "resistance_tube"),
    ],
    [n("Thin natural latex sheet for die-cutting bands", "thin_latex_sheet")],
    certs=(ISO13485, "Thai FDA registered"),
)
add(
    56,
    "th",
    "ฮิปแบนด์ไทย",
    SPORT,
    DOWN,
    "Bangkok",
    "hipband.th@gmail.com",
    [o("ฮิปแบนด์ผ้า ยางยืดผ้าคล้องต้นขา 3 ระดับ", "fabric_resistance_band")],
    [n("ยางยืดทอแบบมีซิลิโคนกันลื่น", "woven_elastic_tape")],
)
add(
    57,
    "en",
    "Hemp Flow Yoga Mats",
    HEMP,
    DOWN,
    "Chiang Mai",
    "hello@hempflow.co",
    [o("Hemp-top yoga mat on natural rubber base, 4 mm", "yoga_mat_natural_rubber")],
    [
        n("FSC-certified natural latex concentrate", "natural_latex_concentrate", req=(FSC,)),
        n("Hemp canvas 12-14 oz for mat tops", "hemp_canvas_fabric"),
    ],
    bcg=(BIO, GREEN),
)
add(
    58,
    "th",
    "กระสอบรีไซเคิลลาดพร้าว",
    CIRC,
    DOWN,
    "Bangkok",
    "ladprao.recycledbags@gmail.com",
    [o("กระสอบทรายชกมวย ไส้เสื้อผ้าเก่า หุ้มผ้าใบเก่า", "punch_bag_filled")],
    [
        n("ผ้าขี้ริ้ว หรือเศษผ้าตัดทิ้งจากโรงงาน", "cotton_rags", "textile_offcuts"),
        u("ไวนิลป้ายโฆษณาใช้แล้ว", "used vinyl banners; no one in the set collects them"),
    ],
    bcg=(CIRCULAR,),
)
add(
    59,
    "en",
    "KK Rehab Positioning",
    ISAN,
    DOWN,
    "Khon Kaen",
    "kkrehab@gmail.com",
    [
        o("Foam positioning wedge with washable cover", "positioning_wedge"),
        o("Sand-filled wrist and ankle cuffs, 0.5-3 kg", "ankle_weights"),
    ],
    [
        n("Rebonded foam blocks cut to size", "rebonded_foam"),
        u(
            "Medical vinyl cover fabric, OEKO-TEX certified",
            "coated fabric is offered, but by no OEKO-TEX holder",
            "pvc_coated_fabric",
            req=(OEKO,),
        ),
    ],
)
add(
    60,
    "th",
    "เบาะนุ่นผู้สูงวัยบ้านท่าบ่อ",
    ISAN,
    DOWN,
    "Ubon Ratchathani",
    "thabo.kapokmat@gmail.com",
    [o("เบาะนุ่นพับได้ หุ้มผ้าฝ้ายย้อมคราม ใช้ยืดเหยียด", "kapok_exercise_mat")],
    [
        n("นุ่น", "kapok_fibre"),
        n("ผ้าฝ้ายย้อมคราม ทำปลอกเบาะ", "natural_indigo_cotton_fabric", "synthetic_indigo_cotton_fabric"),
    ],
    certs=(OTOP,),
)
add(
    61,
    "en",
    "GymLinen Supply",
    SPORT,
    DOWN,
    "Bangkok",
    "sales@gymlinen.asia",
    [o("Microfibre gym towel 40 x 80 cm, logo optional", "towel")],
    [n("Terry cloth by the roll", "terry_fabric_roll")],
    certs=("Oeko-Tex 100",),
)
add(
    62,
    "th",
    "กระเป๋าฟิตเนสโคราช",
    SPORT,
    DOWN,
    "Nakhon Ratchasima",
    "korat.gymbag@gmail.com",
    [o("กระเป๋ายิม ผ้าฝ้ายย้อมคราม สะพายข้าง", "gym_bag")],
    [
        n("ผ้าแคนวาสหนา ไม่ต่ำกว่า 12 ออนซ์", "cotton_canvas_heavy", "hemp_canvas_fabric"),
        n("ซิปไนลอนเบอร์ 10", "zipper"),
    ],
)
add(
    63,
    "en",
    "Jersey Lab",
    SPORT,
    DOWN,
    "Bangkok",
    "orders@jerseylab.co",
    [o("Sublimated team jerseys, 50 pcs MOQ", "sportswear_jersey")],
    [
        n("Quick-dry stretch knit, white, for sublimation", "stretch_knit_fabric"),
        n("Outsourced sewing in peak season", "sewing_service_garments"),
    ],
)
add(
    64,
    "th",
    "ร้านชุดมวยไทยป่าตอง",
    SPORT,
    DOWN,
    "Phuket",
    "patong.muaythaishorts@gmail.com",
    [
        o("กางเกงมวยไทย ผ้าซาติน ปักชื่อค่าย", "muay_thai_shorts"),
        o("ผ้าพันมือ ยาว 5 เมตร", "hand_wraps"),
    ],
    [n("ร้านปักชื่อค่ายลงกางเกง รับงานด่วน", "embroidery_service")],
)
add(
    65,
    "th",
    "ช่างซ่อมกระสอบทรายและเบาะ",
    CIRC,
    DOWN,
    "Kanchanaburi",
    "fixbag.nont@gmail.com",
    [o("รับซ่อมกระสอบทรายขาด หุ้มเบาะยิมใหม่", "gear_repair_service")],
    [n("หนังเทียมหุ้มเบาะ ม้วนใหญ่", "pu_synthetic_leather", "pvc_synthetic_leather")],
    bcg=(CIRCULAR,),
)
add(
    66,
    "en",
    "ReMat Refurbished Mats",
    CIRC,
    DOWN,
    "Pathum Thani",
    "hello@remat.co.th",
    [o("Refurbished gym mats, re-covered and graded", "used_gym_mats")],
    [
        n("Used crash pads and gym mats to refurbish", "used_gym_mats"),
        n("PU leatherette offcuts for patching", "pu_leather_offcuts"),
    ],
    bcg=(CIRCULAR,),
)
add(
    67,
    "th",
    "แผ่นยางปูพื้นฟิตเนสบ้านบึง",
    SPORT,
    DOWN,
    "Chonburi",
    "banbueng.rubberfloor@gmail.com",
    [o("แผ่นยางปูพื้นยิม หนา 15 มม. จากเม็ดยางรีไซเคิล", "gym_rubber_flooring")],
    [
        n("เม็ดยางบด SBR", "rubber_crumb"),
        u("เม็ดยาง EPDM สี", "coloured EPDM granules; only SBR crumb is offered in the set"),
    ],
    bcg=(CIRCULAR,),
)
add(
    68,
    "en",
    "Ringside Heavy Bags",
    SPORT,
    DOWN,
    "Bangkok",
    "sales@ringsidebags.co.th",
    [
        o("Heavy bags 150 cm, vinyl, filled", "punch_bag_filled"),
        o("Unfilled banana bag shells", "punch_bag_shell"),
    ],
    [
        n("Bag stuffing: shredded rag or textile", "textile_shred_filling", "cotton_rags"),
        n("Contract stitching of bag shells from our own vinyl", "sewing_service_heavy"),
    ],
)

# ---------------------------------------------------------------- downstream: gyms, schools, clinics, homes, shops

add(
    69,
    "en",
    "Nimman Strength & Fitness",
    SPORT,
    DOWN,
    "Chiang Mai",
    "manager@nimmanstrength.com",
    [o("Personal training and group classes", "fitness_classes")],
    [
        n("Rubber gym flooring 15 mm", "gym_rubber_flooring"),
        n("Resistance bands for classes, latex or fabric", "resistance_band_latex", "fabric_resistance_band"),
        n("Gym towels, OEKO-TEX certified", "towel", req=(OEKO,)),
    ],
)
add(
    70,
    "th",
    "ค่ายมวยไทยฉลอง",
    SPORT,
    DOWN,
    "Phuket",
    "chalong.muaythai@gmail.com",
    [o("คอร์สมวยไทยสำหรับชาวต่างชาติ", "fitness_classes")],
    [
        n("กระสอบทรายยาว 180 ซม. แบบยัดไส้มาแล้ว", "punch_bag_filled"),
        n("นวมซ้อม 16 ออนซ์", "boxing_gloves"),
        n("ช่างซ่อมกระสอบที่ขาด", "gear_repair_service"),
    ],
)
add(
    71,
    "en",
    "Riverside International School, PE Department",
    SPORT,
    DOWN,
    "Nonthaburi",
    "pe@riverside-school.ac.th",
    [],
    [
        n("Folding gymnastics mats meeting TIS", "folding_gym_mat", req=(TIS,)),
        n("High-jump landing mat", "crash_mat"),
        n("House-colour sports shirts for sports day", "sportswear_jersey"),
    ],
)
add(
    72,
    "th",
    "คลินิกกายภาพบำบัดศาลายา",
    CENTRAL,
    DOWN,
    "Nakhon Pathom",
    "salaya.physio@gmail.com",
    [],
    [
        n("ยางยืดกายภาพบำบัด มีเลขอย.", "resistance_band_latex", "resistance_tube", req=(FDA,)),
        n("ถุงทรายถ่วงข้อเท้า 1 กก.", "ankle_weights"),
        n("หมอนสามเหลี่ยม จัดท่าผู้ป่วย", "positioning_wedge"),
    ],
)
add(
    73,
    "en",
    "Udon Golden Age Care Home",
    ISAN,
    DOWN,
    "Udon Thani",
    "care@udongoldenage.com",
    [],
    [
        n("Soft floor mats for seniors, natural filling", "kapok_exercise_mat"),
        n("Ankle weights 0.5 kg, Thai FDA registration not needed", "ankle_weights", waive=(FDA,)),
        n("Bath towels for residents", "towel"),
    ],
)
add(
    74,
    "th",
    "โรงพยาบาลเอกชนโคราช แผนกกายภาพ",
    ISAN,
    DOWN,
    "Nakhon Ratchasima",
    "rehab@koratprivatehosp.com",
    [],
    [
        n("ยางยืดออกกำลังกาย ต้องมี ISO 13485", "resistance_band_latex", req=(ISO13485,)),
        n("เบาะออกกำลังกายพับได้", "folding_gym_mat"),
        n("ถุงทรายข้อเท้า ข้อมือ หลายขนาด", "ankle_weights"),
    ],
)
add(
    75,
    "en",
    "Kata Bay Resort & Spa",
    SPORT,
    DOWN,
    "Phuket",
    "purchasing@katabayresort.com",
    [],
    [
        n("Yoga mats, no PVC; GOTS not required", "yoga_mat_tpe", "yoga_mat_natural_rubber", waive=(GOTS,)),
        n("Pool and gym towels, 1,000 pcs", "towel"),
        n("Resistance bands for the resort gym", "resistance_band_latex", "resistance_tube"),
    ],
)
add(
    76,
    "th",
    "เสื่อโยคะมหาชัย",
    SPORT,
    DOWN,
    "Samut Sakhon",
    "mahachai.yogamat@gmail.com",
    [
        o("เสื่อโยคะ PVC หนา 6 มม. คละสี ราคาส่ง", "yoga_mat_pvc"),
        o("เสื่อโยคะ TPE ไม่มีกลิ่น 2 สี", "yoga_mat_tpe"),
    ],
    [u("แม่พิมพ์ลายนูนสำหรับเสื่อโยคะ", "embossing moulds; no one in the set makes tooling")],
)
add(
    77,
    "en",
    "Muscle Shop Thailand",
    SPORT,
    DOWN,
    "Bangkok",
    "buying@muscleshop.co.th",
    [o("Retail and online sales of fitness equipment", "fitness_retail")],
    [
        n("Weight vests for retail, 10 kg and 20 kg", "weight_vest"),
        n("Latex mini loop bands", "resistance_band_latex"),
        n("Anyone making sandbags for functional training?", "training_sandbag"),
    ],
)
add(
    78,
    "th",
    "ค่ายมวยลูกอีสาน บุรีรัมย์",
    SPORT,
    DOWN,
    "Buriram",
    "lukisan.gym@gmail.com",
    [],
    [
        n("กระสอบทรายเปล่า ไม่ต้องยัด ทางค่ายยัดเอง", "punch_bag_shell"),
        n("เป้าล่อ เป้าเตะ", "kick_pads"),
        n("นวมมือสอง ราคาถูก ให้เด็กในค่ายใช้", "used_boxing_gear"),
    ],
)
add(
    79,
    "th",
    "อุปกรณ์มวยไทยปักธงชัย",
    SPORT,
    DOWN,
    "Nakhon Ratchasima",
    "pakthongchai.boxing@gmail.com",
    [
        o("เป้าเตะ เป้าล่อ หนังแท้", "kick_pads"),
        o("นวมหนังแท้ 8-16 ออนซ์", "boxing_gloves"),
    ],
    [
        n("หนังเทียม PU สำหรับรุ่นราคาประหยัด", "pu_synthetic_leather"),
        n("โฟม EVA แผ่น บุเป้า", "eva_foam_sheet"),
    ],
)
add(
    80,
    "en",
    "Golden Years Senior Living",
    CENTRAL,
    DOWN,
    "Bangkok",
    "ops@goldenyears.co.th",
    [],
    [
        n("Latex-free fabric loop bands for chair exercise", "fabric_resistance_band"),
        n("Large bath towels", "towel"),
        n("Ankle weights for the exercise room", "ankle_weights"),
    ],
)
add(
    81,
    "th",
    "โรงเรียนเทศบาลบางพลี",
    CENTRAL,
    DOWN,
    "Samut Prakan",
    "bangplee.school@gmail.com",
    [],
    [
        n("เบาะยิมนาสติกสำหรับนักเรียน", "folding_gym_mat"),
        n("เสื้อกีฬาสี พร้อมสกรีนชื่อโรงเรียน", "sportswear_jersey"),
        n("ผ้าขนหนูสำหรับนักกีฬา", "towel"),
    ],
)
add(
    82,
    "en",
    "Pattaya CrossFit Box",
    SPORT,
    DOWN,
    "Chonburi",
    "coach@pattayabox.com",
    [],
    [
        n("Sandbags and weight vests", "training_sandbag", "weight_vest"),
        n("Rubber floor tiles 1 m x 1 m", "gym_rubber_flooring"),
        u("Cast iron kettlebells", "kettlebells; no one in the set casts iron"),
    ],
)
add(
    83,
    "th",
    "ศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุ เทศบาลขอนแก่น",
    ISAN,
    DOWN,
    "Khon Kaen",
    "kk.elderly@gmail.com",
    [],
    [
        n("อยากได้ยางยืดแบบผ้าให้ผู้สูงอายุใช้", "fabric_resistance_band"),
        n("เบาะนั่งยืดเส้น ยัดนุ่น", "kapok_exercise_mat"),
        n("ถุงทรายผูกข้อเท้า", "ankle_weights"),
    ],
)
add(
    84,
    "en",
    "Lumpini Boxing Supplies",
    SPORT,
    DOWN,
    "Bangkok",
    "buy@lumpiniboxing.com",
    [o("Boxing and Muay Thai retail shop", "fitness_retail")],
    [
        n("Boxing gloves wholesale, own brand", "boxing_gloves"),
        n("Satin Muay Thai shorts", "muay_thai_shorts"),
        n("Empty heavy-bag shells for export, customers fill", "punch_bag_shell"),
    ],
)
add(
    85,
    "th",
    "ยิมมวยสันทราย",
    SPORT,
    DOWN,
    "Chiang Mai",
    "sansai.gym@gmail.com",
    [],
    [
        n("กระสอบทรายมือสอง สภาพดี", "used_boxing_gear"),
        n("เบาะมือสอง", "used_gym_mats"),
        u("ลู่วิ่งไฟฟ้ามือสอง", "treadmills; no one in the set sells machines"),
    ],
)
add(
    86,
    "en",
    "Ubon Physio & Sports Clinic",
    ISAN,
    DOWN,
    "Ubon Ratchathani",
    "clinic@ubonphysio.com",
    [],
    [
        n("Positioning wedges and bolsters", "positioning_wedge"),
        n("Therapy bands, graded resistance", "resistance_band_latex"),
        u("Hypoallergenic kinesiology tape", "kinesiology tape; no one in the set makes it"),
    ],
)
add(
    87,
    "th",
    "บริษัท ไทยฟิตเอ็กซ์ปอร์ต",
    SPORT,
    DOWN,
    "Bangkok",
    "thaifitexport@gmail.com",
    [o("ส่งออกอุปกรณ์ฟิตเนส", "fitness_retail")],
    [
        n("หาโรงงานรับเย็บเสื้อถ่วงน้ำหนัก จากผ้าที่เราส่งให้", "sewing_service_heavy"),
        n("สกรีนโลโก้ลงกระสอบทรายล็อตละ 300 ใบ", "logo_printing_service"),
        n("ผ้าไนลอน 1000D กันน้ำ", "nylon_1000d_fabric"),
    ],
)
add(
    88,
    "th",
    "ร้านของฝากใยกัญชง นิมมาน",
    HEMP,
    DOWN,
    "Chiang Mai",
    "nimman.hempshop@gmail.com",
    [o("กระเป๋า เสื้อ ผ้าพันคอ ใยกัญชง", "hemp_souvenirs")],
    [
        n("เสื่อโยคะยางพาราแท้", "yoga_mat_natural_rubber"),
        n("ผ้ากัญชงเนื้อหนา ทำกระเป๋า", "hemp_canvas_fabric"),
        u("กระเป๋ายิมผ้าธรรมชาติ ต้องมี GOTS", "gym bags are offered, but by no GOTS holder", "gym_bag", req=(GOTS,)),
    ],
    bcg=(BIO,),
)
add(
    89,
    "en",
    "Loop Athletics",
    CIRC,
    DOWN,
    "Bangkok",
    "make@loopathletics.co",
    [o("Leggings and sports bras from recycled bottles", "activewear_leggings")],
    [
        n("GRS recycled polyester yarn", "recycled_polyester_yarn", req=(GRS,)),
        n("Sewing contractor for leggings, our fabric", "sewing_service_garments"),
        u("Recycled elastane", "recycled elastane; no one in the set offers it"),
    ],
    bcg=(CIRCULAR,),
)
add(
    90,
    "th",
    "บ้านพักผู้สูงอายุบางใหญ่",
    CENTRAL,
    DOWN,
    "Nonthaburi",
    "bangyai.home@gmail.com",
    [],
    [
        n("ผ้าเช็ดตัวผืนใหญ่ ไม่จำเป็นต้องมี มอก.", "towel", waive=(TIS,)),
        n("ถุงทรายข้อเท้าสำหรับกายภาพ", "ankle_weights"),
        u("เตียงกายภาพไฟฟ้า", "electric therapy beds; no one in the set makes them"),
    ],
)
add(
    91,
    "en",
    "Thonglor Pilates Studio",
    SPORT,
    DOWN,
    "Bangkok",
    "hello@thonglorpilates.com",
    [],
    [
        n("Natural rubber yoga mats", "yoga_mat_natural_rubber"),
        n("Fabric booty bands", "fabric_resistance_band"),
        u("Reformer springs", "reformer springs; no one in the set makes them"),
    ],
)
add(
    92,
    "th",
    "โรงเรียนกีฬาจังหวัดสงขลา",
    SPORT,
    DOWN,
    "Songkhla",
    "songkhla.sportschool@gmail.com",
    [],
    [
        n("เบาะกระโดดสูง", "crash_mat"),
        n("กางเกงมวยนักเรียน", "muay_thai_shorts"),
        u("ตาข่ายประตูฟุตบอล", "football nets; no one in the set makes nets"),
    ],
)
add(
    93,
    "en",
    "Chiang Rai Wellness Retreat",
    HEMP,
    DOWN,
    "Chiang Rai",
    "stay@crwellness.com",
    [],
    [
        n("Hemp yoga mats for the studio", "yoga_mat_natural_rubber"),
        n("Indigo dyeing of our own cotton towels", "indigo_dyeing_service"),
        n("Stretch bands for guests", "resistance_band_latex", "fabric_resistance_band"),
    ],
    bcg=(GREEN,),
)
add(
    94,
    "th",
    "ร้านอุปกรณ์กีฬามือสอง ตลาดนัดจตุจักร",
    CIRC,
    DOWN,
    "Bangkok",
    "jj.secondhandsport@gmail.com",
    [o("นวม กระสอบ เบาะ มือสอง", "used_boxing_gear")],
    [
        n("รับซื้อเบาะยิม เบาะมวย ที่ใช้แล้ว", "used_gym_mats"),
        n("นวมเก่า กระสอบเก่า จากค่ายมวย", "used_boxing_gear"),
    ],
    bcg=(CIRCULAR,),
)
add(
    95,
    "th",
    "ห้องปฏิบัติการวิทยาศาสตร์การกีฬา ขอนแก่น",
    ISAN,
    DOWN,
    "Khon Kaen",
    "sportsci.kk@gmail.com",
    [],
    [
        n("เวสต์ถ่วงน้ำหนัก สำหรับงานวิจัย", "weight_vest"),
        n("ยางยืดออกกำลังกาย คละแรงต้าน", "resistance_band_latex"),
        u("หลักปีนผาจำลอง", "climbing holds; no one in the set makes them"),
    ],
)


# ================================================================ checks, links, output

SMES: list[Sme] = sorted(R.smes, key=lambda sme: sme.num)
EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
THAI_LETTER = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e4e]")
LATIN_LETTER = re.compile(r"[A-Za-z]")
MIN_LINKS, MAX_LINKS = 160, 180


def cert_named(text: str, cert_name: str) -> bool:
    """Whether the text names the certification at all (as a claim, a demand or a waiver)."""
    (cert,) = [c for c in CERTIFICATIONS if c.name == cert_name]
    folded = unicodedata.normalize("NFKC", text).casefold()
    names = (cert.name, cert.full_name, *cert.aliases, *cert.mentions)
    if any(unicodedata.normalize("NFKC", name).casefold() in folded for name in names):
        return True
    if any(name in text for name in cert.case_sensitive_mentions):
        return True
    return any(re.search(unicodedata.normalize("NFKC", p), unicodedata.normalize("NFKC", text)) for p in cert.patterns)


def holdings(sme: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in sme.certs)


def qualified(need: Need, buyer: Sme) -> list[Sme]:
    """The suppliers (never the buyer) whose offers meet the need."""
    return [
        sme
        for sme in SMES
        if sme.num != buyer.num
        and any(offer.label in need.labels for offer in sme.offers)
        and set(need.requires) <= holdings(sme)
    ]


def script_ok(text: str, lang: str) -> bool:
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    if lang == "th":
        return thai > 0 and thai >= 2 * latin
    return thai == 0 and text.isascii() and latin > 0


def check() -> list[str]:
    errors: list[str] = []
    nums = [sme.num for sme in SMES]
    if nums != list(range(1, N_PROFILES + 1)):
        errors.append(f"ids are not {PREFIX}-001 .. {PREFIX}-{N_PROFILES:03d} exactly once each")
    offered_by: dict[str, set[int]] = {}
    for sme in SMES:
        for offer in sme.offers:
            offered_by.setdefault(offer.label, set()).add(sme.num)
    for sme in SMES:
        where = sme.id
        if not re.fullmatch(rf"{PREFIX}-\d{{3}}", sme.id):
            errors.append(f"{where}: malformed id")
        if sme.lang not in ("th", "en"):
            errors.append(f"{where}: language {sme.lang!r}")
        if sme.sub_cluster not in set(SubCluster) or sme.stage not in set(Stage):
            errors.append(f"{where}: sub-cluster or stage not in the taxonomy")
        if any(tag not in set(BcgTag) for tag in sme.bcg) or len(set(sme.bcg)) != len(sme.bcg):
            errors.append(f"{where}: bad BCG tags")
        province = resolve_province(sme.province)
        if province is None or province.name_en != sme.province:
            errors.append(f"{where}: province {sme.province!r} is not an English province name")
        for cert in sme.certs:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if not EMAIL.match(sme.email):
            errors.append(f"{where}: e-mail {sme.email!r}")
        if len(sme.offers) > 3 or len(sme.needs) > 3 or not (sme.offers or sme.needs):
            errors.append(f"{where}: wants 0-3 offers and 0-3 needs, not both empty")
        for text in (sme.name, *(x.text for x in sme.offers), *(x.text for x in sme.needs)):
            if not script_ok(text, sme.lang) or text != text.strip() or "  " in text:
                errors.append(f"{where}: {text!r} is not clean {sme.lang} text")
        for need in sme.needs:
            tag = f"{where} need {need.text!r}"
            for label in need.labels:
                if not offered_by.get(label, set()) - {sme.num}:
                    errors.append(f"{tag}: label {label} is offered by no one else")
            if not need.labels and not need.unmet:
                errors.append(f"{tag}: lists no labels and is not marked as met by no one")
            for cert in (*need.requires, *need.waives):
                if cert not in {c.name for c in CERTIFICATIONS}:
                    errors.append(f"{tag}: {cert!r} is not a canonical certification name")
                elif not cert_named(need.text, cert):
                    errors.append(f"{tag}: {cert} is not named in the text")
            if set(need.requires) & set(need.waives):
                errors.append(f"{tag}: a certification both required and waived")
            unlabelled = find_certifications(need.text) - set(need.requires) - set(need.waives)
            if unlabelled:
                errors.append(f"{tag}: names {sorted(unlabelled)} without requiring or waiving it")
            found = qualified(need, sme)
            if need.unmet and found:
                errors.append(f"{tag}: marked as met by no one but met by {[s.id for s in found]}")
            if not need.unmet and not found:
                errors.append(f"{tag}: no qualified supplier")
    return errors


def true_links() -> list[tuple[Sme, Sme]]:
    pairs = {(supplier.num, buyer.num) for buyer in SMES for need in buyer.needs for supplier in qualified(need, buyer)}
    by_num = {sme.num: sme for sme in SMES}
    return [(by_num[s], by_num[b]) for s, b in sorted(pairs)]


def profile_json(sme: Sme) -> str:
    record: dict[str, object] = {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub_cluster.value,
        "stage": sme.stage.value,
        "province": sme.province,
        "offers": [offer.text for offer in sme.offers],
        "needs": [need.text for need in sme.needs],
    }
    if sme.certs:
        record["certifications"] = list(sme.certs)
    if sme.bcg:
        record["bcg"] = [tag.value for tag in sme.bcg]
    record["contact_email"] = sme.email
    record["language"] = sme.lang
    return json.dumps(record, ensure_ascii=False)


def counts(links: list[tuple[Sme, Sme]]) -> list[tuple[str, str]]:
    needs = [need for sme in SMES for need in sme.needs]
    offers = [offer for sme in SMES for offer in sme.offers]
    th_en = sum(1 for s, b in links if s.lang == "th" and b.lang == "en")
    en_th = sum(1 for s, b in links if s.lang == "en" and b.lang == "th")
    cross = th_en + en_th
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(SMES))),
        ("Thai / English profiles", f"{sum(s.lang == 'th' for s in SMES)} / {sum(s.lang == 'en' for s in SMES)}"),
    ]
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub_cluster == sub for s in SMES))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage == stage for s in SMES))))
    regions = Counter(resolve_province(s.province).region.value for s in SMES)
    for region, count in sorted(regions.items()):
        rows.append((f"region {region}", str(count)))
    rows += [
        ("distinct provinces", str(len({s.province for s in SMES}))),
        ("offers", str(len(offers))),
        ("distinct offer labels", str(len({offer.label for offer in offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{sum(not x.unmet for x in needs)} / {sum(bool(x.unmet) for x in needs)}"),
        ("needs requiring a certification", str(sum(bool(x.requires) for x in needs))),
        ("needs waiving a certification", str(sum(bool(x.waives) for x in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.0%})" if links else "0"),
        ("within-language links", str(len(links) - cross)),
        ("links between different sub-clusters", str(sum(s.sub_cluster != b.sub_cluster for s, b in links))),
    ]
    return rows


def size_errors(links: list[tuple[Sme, Sme]]) -> list[str]:
    errors: list[str] = []
    thai_share = sum(s.lang == "th" for s in SMES) / len(SMES)
    if not 0.50 <= thai_share <= 0.60:
        errors.append(f"Thai share {thai_share:.0%} is not about 55 %")
    if not MIN_LINKS <= len(links) <= MAX_LINKS:
        errors.append(f"{len(links)} true links, want {MIN_LINKS}-{MAX_LINKS}")
    cross = sum(s.lang != b.lang for s, b in links)
    if links and not 0.40 <= cross / len(links) <= 0.60:
        errors.append(f"cross-language share {cross / len(links):.0%} is not about half")
    unmet = sum(bool(need.unmet) for sme in SMES for need in sme.needs)
    if not 17 <= unmet <= 23:
        errors.append(f"{unmet} needs met by no one, want about 20")
    return errors


def table(rows: list[tuple[str, str]]) -> str:
    width = max(len(name) for name, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {name.ljust(width)} | {value} |" for name, value in rows]
    return "\n".join(lines)


README = """# Blind evaluation set: plain registry entries, gym and fitness gear

## What it checks

How well the matcher finds true supplier-buyer pairs from wording it has never seen. The theme is gym
and fitness gear: punch bags and their fillings, gym, crash and yoga mats, weight vests and training
sandbags, resistance bands, and the boxing gyms, fitness centres, schools, physiotherapy clinics, care
homes, hotels and shops that buy them, next to the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster. Every offer and need is a short phrase as an SME registry stores it, in Thai
or English, with local names, trade words, brand names, abbreviations, sizes, prices and minimum orders.

Hard but fair cases are on purpose: a service versus the goods it works on (indigo dyeing of the
customer's cloth versus indigo-dyed cloth; sewing for others versus finished goods; repair), the
customer's own goods sent for work, waste and used goods versus new, raw versus processed (field latex,
latex concentrate, thin latex sheet, bands; fibre, yarn, canvas; empty bag shells versus filled bags),
finished goods described by their material or dye (an indigo cotton gym bag is a gym bag), needs written
as a wish, a bare noun or a question, refusals (no PVC, no chemical dye), needs that require a named
certification and needs that name one only to waive it, and needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the contracts (cluster profiles, JSONL version 1, and the
links CSV) and the shared taxonomy (`shared/taxonomy.py` and `shared/taxonomy_data/`), and nothing of
the matcher, its glossary, its tests or other evaluation sets.

## How a link is decided

In `write.py` every offer is a `(text, label)` pair whose label says what the thing is (for example
`natural_indigo_cotton_fabric` versus `indigo_dyeing_service`). Every need lists the offer labels that
would meet it and the certifications its text requires, or is marked as met by no one with a short note.
A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of
the buyer's needs and the supplier's certifications (resolved with `resolve_certification`) hold every
certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link; what changes what the thing is does. A waived
certification is not required. The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks ids, every contract field (taxonomy values, provinces through
`resolve_province`, certifications through `resolve_certification`), that every label a need lists is
offered by someone other than the buyer, that every met need has a qualified supplier and every unmet
one has none, that a required or waived certification is named in the need's text, that Thai phrases are
mostly Thai letters and English ones Latin only, and the size targets. It writes nothing if a check fails.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_gymgear/write.py

Two runs give identical bytes. `--needs` also prints the suppliers that meet each need.

## Files

- `write.py`: the data, the labels, the checks; writes the other three files.
- `profiles.jsonl`: {n_profiles} profiles, ids `{prefix}-001` to `{prefix}-{n_profiles:03d}`, JSONL version 1.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def render() -> dict[str, str]:
    links = true_links()
    profiles = "".join(profile_json(sme) + "\n" for sme in SMES)
    link_rows = "".join(f"{s.id},{b.id}\n" for s, b in links)
    readme = README.format(n_profiles=N_PROFILES, prefix=PREFIX, table=table(counts(links)))
    return {"profiles.jsonl": profiles, "links.csv": "supplier_id,buyer_id\n" + link_rows, "README.md": readme}


def main(argv: list[str]) -> int:
    errors = check()
    links = true_links()
    errors += size_errors(links)
    if "--needs" in argv:
        for buyer in SMES:
            for need in buyer.needs:
                met = ", ".join(s.id + ("(en)" if s.lang == "en" else "(th)") for s in qualified(need, buyer))
                print(f"{buyer.id}({buyer.lang}) {need.text} -> {met or '-'}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written.", file=sys.stderr)
        print(table(counts(links)), file=sys.stderr)
        return 1
    files = render()
    if files != render():
        print("two renderings differ; nothing written.", file=sys.stderr)
        return 1
    for name, text in files.items():
        (HERE / name).write_bytes(text.encode("utf-8"))
    print(table(counts(links)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
