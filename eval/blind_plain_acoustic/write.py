"""Write the hand-labelled evaluation set `eval/blind_plain_acoustic/`.

Theme: wall coverings, acoustic and interior panels, carpets and the ordinary upstream and
midstream suppliers of the cluster. Every profile, offer label and need below was written by
hand. The script checks the data and then writes `profiles.jsonl`, `links.csv` and `README.md`
next to itself; it writes nothing when a check fails.

Run from the repository root: `.venv/bin/python eval/blind_plain_acoustic/write.py`
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
    Region,
    Stage,
    SubCluster,
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "bac"
TH, EN = "th", "en"
HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
AGE_C = SubCluster.AGEING_LIFESTYLE_CENTRAL
AGE_I = SubCluster.AGEING_LIFESTYLE_ISAN
UP, MID, DOWN = Stage.UPSTREAM, Stage.MIDSTREAM, Stage.DOWNSTREAM
BIO, CIRCULAR, GREEN = BcgTag.BIO, BcgTag.CIRCULAR, BcgTag.GREEN

# Canonical certification names used below.
GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
OCS = "OCS"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ISO9001 = "ISO 9001"
ISO14001 = "ISO 14001"
FAIRTRADE = "Fairtrade"
BLUESIGN = "bluesign"
GREEN_LABEL = "Thai Green Label"
TIS = "Thai Industrial Standard"
FSC = "FSC"
C2C = "Cradle to Cradle"

# What each offer label means. An offer's label says what the thing is; a need lists the labels that meet it.
LABELS: dict[str, str] = {
    # upstream: waste, fibre, yarn, raw plant material
    "pet_bottle_waste": "used PET bottles, collected or baled",
    "rpet_flake": "washed recycled PET flakes",
    "rpet_staple_fibre": "recycled polyester staple fibre",
    "textile_waste_postconsumer": "used clothing and household textiles, sorted, for recycling or reuse",
    "garment_cutting_scraps": "pre-consumer cutting waste and off-cuts from sewing rooms",
    "wiping_rags": "cleaning rags cut from old textiles",
    "recycled_cotton_fibre": "opened (shoddy) fibre from textile waste",
    "recycled_cotton_yarn": "yarn spun from recycled cotton fibre",
    "hemp_bast_fibre_raw": "hemp bast fibre, stripped or decorticated, not yet spun",
    "hemp_yarn": "hemp yarn or hand-spliced hemp thread",
    "cotton_yarn": "cotton yarn, machine or hand spun",
    "raw_cotton_lint": "ginned cotton lint, not spun",
    "silk_yarn": "silk yarn, reeled",
    "water_hyacinth_dried_stems": "dried water hyacinth stems for weaving",
    "water_hyacinth_rope": "twisted water hyacinth rope",
    "coconut_coir_fibre": "loose coconut coir fibre",
    "coir_fibre_sheet": "coir fibre pressed into sheets or boards",
    "kapok_fibre": "kapok fibre for stuffing",
    "natural_indigo_paste": "natural indigo paste (dye material)",
    "dyed_sedge_stalks": "dried sedge or reed stalks, dyed, for weaving",
    # midstream: cloth, components, services on the customer's goods
    "pet_felt_sheet": "PET needle felt or felt board as material, rolls or sheets",
    "hemp_fabric": "woven hemp or hemp-blend cloth",
    "greige_cotton_fabric": "unbleached, undyed loom-state cotton cloth",
    "pfd_cotton_fabric": "bleached cotton cloth prepared for dyeing",
    "upholstery_fabric": "furnishing fabric for upholstery and curtains, not flame retardant",
    "faux_leather": "leather-look PU or PVC upholstery material",
    "inherent_fr_fabric": "inherently flame-retardant fabric (the fibre itself is FR)",
    "fr_coated_fabric": "fabric made flame retardant by a coating or finish, sold as goods",
    "blackout_lining": "coated blackout curtain lining",
    "sports_safety_net": "ball-stop and safety netting for sports halls",
    "fr_finishing_service": "flame-retardant treatment of the customer's fabric or curtains",
    "water_repellent_finishing_service": "water- and stain-repellent finishing of the customer's fabric",
    "fabric_dyeing_service": "commission dyeing of the customer's cloth",
    "indigo_dyeing_service": "indigo dyeing of the customer's cloth or yarn",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with natural indigo (khram, hom), sold by the metre or piece",
    "denim_fabric": "denim woven from yarn dyed with synthetic indigo",
    "digital_printing_service": "digital printing on the customer's fabric",
    "wallcovering_backing_service": "laminating a backing onto the customer's fabric so it can be hung on walls",
    "cmt_sewing_service": "sewing for others (cut-make-trim) on the customer's orders",
    "foam_sheet": "foam slabs or sheets (PU, PE, EVA)",
    "polyester_wadding": "polyester wadding or batting sheets",
    "handwoven_silk_fabric": "handwoven silk cloth",
    "felt_cnc_cutting_service": "CNC or laser cutting of the customer's felt boards",
    "woven_reed_mat": "woven sedge, reed or krajood mats",
    # downstream: finished goods
    "acoustic_felt_panel": "finished PET felt acoustic wall panels or tiles",
    "acoustic_ceiling_baffle": "hanging acoustic ceiling baffles or clouds",
    "fabric_wrapped_acoustic_panel": "fabric-wrapped acoustic absorber panels",
    "fabric_wallcovering": "finished textile wallcovering, backed, in rolls",
    "natural_fibre_wallcovering": "finished wallcovering of grasscloth, hemp, krajood, sedge or water hyacinth",
    "paper_wallpaper": "paper, non-woven or vinyl wallpaper rolls",
    "upholstered_headboard": "upholstered headboards",
    "wall_cushion_panel": "padded, cushioned wall panels",
    "sports_wall_padding": "protective wall pads for sports halls and gyms",
    "room_divider_screen": "free-standing room dividers and folding screens",
    "acoustic_desk_screen": "desk-mounted acoustic screens",
    "theatre_stage_curtain": "finished stage and cinema curtains",
    "carpet_tiles": "new carpet tiles",
    "broadloom_carpet": "new broadloom (roll) carpet",
    "used_carpet_tiles": "used carpet tiles taken out of buildings",
    "carpet_underlay": "carpet and rug underlay",
    "area_rug": "rugs: tufted, woven or rag rugs",
    "ready_made_curtains": "sewn, ready-made curtains",
    "textile_wall_hanging": "textile wall hangings and wall art",
    "table_runner": "table runners",
    "cushion_cover": "cushion covers",
    "garment_shirt": "shirts",
    "woven_basket": "woven baskets",
    # downstream: services
    "wallcovering_installation_service": "hanging wallpaper and fabric wallcoverings",
    "acoustic_panel_installation_service": "installing acoustic panels",
    "carpet_installation_service": "laying carpet",
    "curtain_installation_service": "measuring and fitting curtains",
    "interior_design_service": "interior design",
    "upholstery_service": "re-upholstering or covering the customer's furniture or headboards",
    "acoustic_measurement_service": "room acoustic measurement and reports",
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
    unmet: str = ""  # a short note when no one in the set meets the need


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


def u(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive, note)


SMES: list[Sme] = []


def sme(
    num: int,
    lang: str,
    name: str,
    sub: SubCluster,
    stage: Stage,
    province: str,
    email: str,
    offers: list[Offer],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[BcgTag, ...] = (),
) -> None:
    SMES.append(Sme(num, lang, name, sub, stage, province, email, tuple(offers), tuple(needs), certs, bcg))


# ------------------------------------------------------------------ profiles bac-001 .. bac-030

sme(
    1,
    TH,
    "ส.เจริญรีไซเคิล มหาชัย",
    CIRC,
    UP,
    "Samut Sakhon",
    "sjaroen.recycle@gmail.com",
    offers=[o("ขวดเพ็ทใส อัดก้อน ขั้นต่ำ 5 ตัน", "pet_bottle_waste")],
    needs=[u("ถุงจัมโบ้มือสอง สภาพดี", "no one offers used bulk bags")],
    bcg=(CIRCULAR,),
)
sme(
    2,
    TH,
    "บริษัท ไฟเบอร์รีเทิร์น จำกัด",
    CIRC,
    UP,
    "Rayong",
    "sales@fiberreturn.co.th",
    offers=[
        o("เกล็ด rPET ล้างร้อน สีใส", "rpet_flake"),
        o("ใยสั้นโพลีเอสเตอร์รีไซเคิล 6D x 51 มม. ได้ GRS", "rpet_staple_fibre"),
    ],
    needs=[n("ขวดน้ำดื่มที่ใช้แล้ว รับทุกสี ไม่จำกัดจำนวน", "pet_bottle_waste")],
    certs=(GRS,),
    bcg=(CIRCULAR, GREEN),
)
sme(
    3,
    TH,
    "วิสาหกิจชุมชนคัดแยกผ้าเก่าโนนสูง",
    CIRC,
    UP,
    "Nakhon Ratchasima",
    "nonsung.cloth@gmail.com",
    offers=[
        o("เสื้อผ้ามือสองคัดแยกตามชนิดใย ขายเป็นกิโล", "textile_waste_postconsumer"),
        o("ผ้าขี้ริ้วตัดจากเสื้อยืดเก่า มัดละ 5 กก.", "wiping_rags"),
    ],
    needs=[],
    bcg=(CIRCULAR,),
)
sme(
    4,
    TH,
    "โรงงานทวีผลเท็กซ์ไทล์รีไซเคิล",
    CIRC,
    UP,
    "Samut Prakan",
    "taweepol.recycle@hotmail.com",
    offers=[
        o("ใยฝ้ายตีเปื่อยจากเศษผ้า สีเทาอ่อน", "recycled_cotton_fibre"),
        o("ด้าย OE ปั่นจากใยรีไซเคิล เบอร์ 10", "recycled_cotton_yarn"),
    ],
    needs=[
        n("เศษผ้าจากห้องตัด แยกสีมาแล้ว", "garment_cutting_scraps"),
        n("ยีนส์เก่าใช้แล้ว รับเป็นตัน", "textile_waste_postconsumer"),
    ],
    bcg=(CIRCULAR,),
)
sme(
    5,
    TH,
    "กลุ่มปลูกกัญชงม้ง บ้านแม่สาใหม่",
    HEMP,
    UP,
    "Chiang Mai",
    "maesamai.hemp@gmail.com",
    offers=[
        o("เปลือกกัญชงลอกมือ ตากแดด มัดละกิโล", "hemp_bast_fibre_raw"),
        o("เส้นใยกัญชงต่อมือแบบม้ง ยังไม่ฟอก", "hemp_yarn"),
    ],
    needs=[n("อยากได้ครามเปียกไว้ย้อมผ้าเขียนเทียน", "natural_indigo_paste")],
    bcg=(BIO,),
)
sme(
    6,
    TH,
    "หจก. ผ้าป่านล้านนา",
    HEMP,
    MID,
    "Chiang Rai",
    "lannahempcloth@gmail.com",
    offers=[
        o("ผ้าทอใยกัญชง หน้ากว้าง 90 ซม.", "hemp_fabric"),
        o("ผ้าฝ้ายแกมกัญชง ทอกี่กระตุก ขายยกพับ", "hemp_fabric"),
    ],
    needs=[
        n("เส้นกัญชงที่ต่อหรือปั่นเป็นเส้นแล้ว ไม่เอาแบบเป็นปอย", "hemp_yarn"),
    ],
    bcg=(BIO,),
)
sme(
    7,
    TH,
    "สหกรณ์ฝ้ายอินทรีย์นาด้วง",
    HEMP,
    UP,
    "Loei",
    "naduang.coop@gmail.com",
    offers=[
        o("ฝ้ายเข็นมือ เส้นใหญ่ ปลูกแบบอินทรีย์ เมืองเลย", "cotton_yarn"),
        o("ปุยฝ้ายหีบเมล็ดออกแล้ว กิโลละ 90 บาท", "raw_cotton_lint"),
    ],
    needs=[],
    certs=("เกษตรอินทรีย์",),
    bcg=(BIO, GREEN),
)
sme(
    8,
    TH,
    "กลุ่มทอผ้าไหมบ้านท่าสว่าง",
    AGE_I,
    MID,
    "Surin",
    "thasawang.silk@gmail.com",
    offers=[
        o("ผ้าไหมยกทองทอมือ ลายราชสำนัก", "handwoven_silk_fabric"),
        o("ไหมน้อยสาวมือ พันธุ์พื้นบ้าน", "silk_yarn"),
    ],
    needs=[n("ช่างหุ้มหัวเตียง ที่รับผ้าไหมของกลุ่มไปหุ้มให้", "upholstery_service")],
    certs=("ตรานกยูงพระราชทาน", OTOP),
    bcg=(BIO,),
)
sme(
    9,
    TH,
    "วิสาหกิจชุมชนผักตบชวาบางไทร",
    HEMP,
    UP,
    "Ayutthaya",
    "bangsai.hyacinth@gmail.com",
    offers=[
        o("ผักตบชวาตากแห้ง ยาว 60-80 ซม.", "water_hyacinth_dried_stems"),
        o("เชือกเกลียวผักตบ ขายเป็นม้วน", "water_hyacinth_rope"),
    ],
    needs=[],
    bcg=(BIO, CIRCULAR),
)
sme(
    10,
    TH,
    "ทรัพย์ทวีใยมะพร้าว",
    HEMP,
    UP,
    "Chumphon",
    "sapthawee.coir@gmail.com",
    offers=[
        o("ใยมะพร้าวตีเส้น อัดก้อนละ 100 กก.", "coconut_coir_fibre"),
        o("แผ่นใยมะพร้าวอัดยางพารา หนา 2 ซม.", "coir_fibre_sheet"),
    ],
    needs=[u("น้ำยางข้น 60% สำหรับผสมใยมะพร้าว", "no one offers concentrated latex")],
    bcg=(BIO, CIRCULAR),
)
sme(
    11,
    TH,
    "นุ่นบ้านไร่",
    HEMP,
    UP,
    "Uthai Thani",
    "banrai.kapok@gmail.com",
    offers=[o("นุ่นดีดฟูแล้ว ไม่มีเมล็ด", "kapok_fibre")],
    needs=[n("ผ้าดิบเนื้อแน่น ไว้เย็บปลอกหมอนนุ่น", "greige_cotton_fabric")],
    bcg=(BIO,),
)
sme(
    12,
    TH,
    "ครามสกล ภูพาน",
    HEMP,
    UP,
    "Sakon Nakhon",
    "phuphan.indigo@gmail.com",
    offers=[
        o("เนื้อครามหมัก กก.ละ 250 บาท", "natural_indigo_paste"),
        o("รับย้อมครามให้ผ้าของลูกค้า ย้อมเย็นแบบพื้นบ้าน", "indigo_dyeing_service"),
    ],
    needs=[n("ผ้าฝ้ายขาวยังไม่ผ่านการฟอก สำหรับย้อม", "greige_cotton_fabric")],
    certs=(OTOP,),
    bcg=(BIO,),
)
sme(
    13,
    EN,
    "Siam Nonwoven Felt Co., Ltd.",
    CIRC,
    MID,
    "Samut Prakan",
    "sales@siamnonwovenfelt.com",
    offers=[
        o("Needle-punched polyester felt rolls, 2-12 mm, 60% recycled", "pet_felt_sheet"),
        o("Thermobonded PET felt board 1220 x 2440 mm", "pet_felt_sheet"),
    ],
    needs=[
        n("Bottle-grade recycled PSF, GRS certificate required", "rpet_staple_fibre", req=(GRS,)),
        u("Low-melt bicomponent fibre 4D x 51", "no one offers low-melt binder fibre"),
    ],
    certs=(GRS, ISO9001),
    bcg=(CIRCULAR,),
)
sme(
    14,
    TH,
    "หจก. สักหลาดรุ่งเรือง",
    CIRC,
    MID,
    "Nakhon Pathom",
    "rungruang.felt@gmail.com",
    offers=[
        o("แผ่นสักหลาดโพลีเอสเตอร์ หนา 9 มม. ขายยกม้วน", "pet_felt_sheet"),
        o("แผงซับเสียงเซาะร่อง สำเร็จรูป พร้อมเทปกาว", "acoustic_felt_panel"),
    ],
    needs=[n("ใยรีไซเคิลจากขวดพลาสติก ต้องมีใบ GRS", "rpet_staple_fibre", req=(GRS,))],
    bcg=(CIRCULAR,),
)
sme(
    15,
    EN,
    "Hemp Atelier Chiang Mai",
    HEMP,
    MID,
    "Chiang Mai",
    "hello@hempatelier.co",
    offers=[
        o("Hemp canvas 12 oz, 150 cm wide, natural or bleached", "hemp_fabric"),
        o("Hemp grasscloth wallcovering, paper-backed, 91 cm rolls", "natural_fibre_wallcovering"),
    ],
    needs=[
        n("hemp yarn for weft, unbleached, 5 kg", "hemp_yarn"),
        n("Can anyone indigo-dye our own hemp canvas? Natural vat only", "indigo_dyeing_service"),
    ],
    bcg=(BIO,),
)
sme(
    16,
    TH,
    "โรงทอผ้าดิบธนพัฒน์",
    HEMP,
    MID,
    "Ratchaburi",
    "thanapat.greige@gmail.com",
    offers=[
        o("ผ้าดิบทอเครื่อง 60 นิ้ว ขายเป็นพับ", "greige_cotton_fabric"),
        o("ผ้ามัสลินดิบ เนื้อบาง", "greige_cotton_fabric"),
    ],
    needs=[],
)
sme(
    17,
    TH,
    "บจก. ผ้าบุเฟอร์นิเจอร์สยาม",
    AGE_C,
    MID,
    "Bangkok",
    "siamupholstery@outlook.com",
    offers=[
        o("ผ้าบุโซฟา กำมะหยี่ ชานิล ขั้นต่ำ 30 หลา", "upholstery_fabric"),
        o("หนังเทียม PU ลายหนังแท้ ม้วนละ 50 หลา", "faux_leather"),
    ],
    needs=[n("หาที่ย้อมสีผ้าดิบของเรา ให้ได้เฉดตามแค็ตตาล็อก", "fabric_dyeing_service")],
)
sme(
    18,
    TH,
    "บจก. เซฟตี้เท็กซ์ ชลบุรี",
    SPORT,
    MID,
    "Chonburi",
    "info@safetytex.co.th",
    offers=[
        o("ผ้าเคลือบสารหน่วงไฟ สำหรับม่านและงานบุผนัง", "fr_coated_fabric"),
        o("ตาข่ายกันลูก สำหรับสนามฟุตซอลและแบดมินตัน", "sports_safety_net"),
    ],
    needs=[
        u("ผ้าโพลีเอสเตอร์ทอดิบ หน้ากว้าง 150 ซม. สำหรับนำมาเคลือบ", "no one offers greige polyester cloth"),
    ],
    certs=(OEKO,),
)
sme(
    19,
    TH,
    "โรงงานฟินิชชิ่ง สมุทรสาคร",
    CIRC,
    MID,
    "Samut Sakhon",
    "sskfinishing@gmail.com",
    offers=[
        o("รับเคลือบกันไฟให้ผ้าม่านและผ้าบุผนังของลูกค้า มีผลทดสอบ", "fr_finishing_service"),
        o("รับทำกันน้ำ กันคราบ ผ้าทุกชนิด", "water_repellent_finishing_service"),
    ],
    needs=[],
)
sme(
    20,
    EN,
    "P. Praneet Sewing Factory",
    AGE_C,
    MID,
    "Nonthaburi",
    "porpraneet.sewing@gmail.com",
    offers=[
        o("CMT sewing of pillowcases, seat covers and curtains, 100 pcs minimum", "cmt_sewing_service"),
        o("Cutting-table scraps, 150 baht a sack", "garment_cutting_scraps"),
    ],
    needs=[u("polyester sewing thread at wholesale price", "no one offers sewing thread")],
)
sme(
    21,
    TH,
    "โรงย้อมเจริญสี",
    AGE_C,
    MID,
    "Samut Prakan",
    "charoensee.dye@gmail.com",
    offers=[o("รับจ้างย้อมผ้าม้วน ฝ้าย/โพลี ตามเฉดที่ลูกค้ากำหนด", "fabric_dyeing_service")],
    needs=[u("สีย้อมรีแอคทีฟ ราคาส่ง", "no one sells dyestuffs")],
)
sme(
    22,
    TH,
    "ม่อฮ่อมแม่ทุ่งโฮ้ง",
    HEMP,
    MID,
    "Phrae",
    "maethunghong.mohom@gmail.com",
    offers=[
        o("ผ้าหม้อห้อมทอมือ ย้อมห้อมแท้ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
        o("เสื้อม่อฮ่อมคอจีน ย้อมห้อม", "garment_shirt"),
    ],
    needs=[n("ผ้าฝ้ายดิบ ไว้ย้อมห้อม", "greige_cotton_fabric")],
    certs=(OTOP,),
    bcg=(BIO,),
)
sme(
    23,
    TH,
    "บ้านครามนาหว้า",
    AGE_I,
    MID,
    "Nakhon Phanom",
    "nawa.indigo@gmail.com",
    offers=[
        o("รับจ้างย้อมคราม ผ้าหรือเส้นด้ายที่ลูกค้าส่งมา", "indigo_dyeing_service"),
        o("ผ้าฝ้ายมัดหมี่ย้อมคราม ขายเป็นผืน", "indigo_dyed_cotton_fabric"),
        o("ปลอกหมอนอิงผ้าฝ้ายย้อมคราม", "cushion_cover"),
    ],
    needs=[n("ครามเปียกสีเข้ม ไว้ก่อหม้อ", "natural_indigo_paste")],
    bcg=(BIO,),
)
sme(
    24,
    TH,
    "ดิจิทัลพริ้นท์ลาดพร้าว",
    CIRC,
    MID,
    "Bangkok",
    "ladprao.dgprint@gmail.com",
    offers=[
        o("รับพิมพ์ลายดิจิทัลลงผ้าที่ลูกค้านำมาเอง ขั้นต่ำ 1 เมตร", "digital_printing_service"),
        o("วอลเปเปอร์พิมพ์ลายตามสั่ง ม้วนละ 5 เมตร", "paper_wallpaper"),
    ],
    needs=[u("หมึกซับลิเมชั่น ราคาส่ง", "no one sells printing inks")],
)
sme(
    25,
    TH,
    "กลุ่มแม่บ้านตัดเย็บบ้านโคกสี",
    AGE_I,
    MID,
    "Khon Kaen",
    "koksi.sewing@gmail.com",
    offers=[o("รับเย็บผ้าม่าน ปลอกหมอนอิง ผ้าคลุมเตียง ตามแบบลูกค้า", "cmt_sewing_service")],
    needs=[n("ผ้าไหมทอมือ ไว้ตัดปลอกหมอนอิง ไม่ต้องมีตรานกยูง", "handwoven_silk_fabric", waive=(PEACOCK,))],
)
sme(
    26,
    TH,
    "บจก. ไทยโฟม",
    AGE_C,
    MID,
    "Pathum Thani",
    "sales@thaifoam.co.th",
    offers=[
        o("ฟองน้ำ PU อัดแผ่น ความหนาแน่น 25-40 ตัดตามสั่ง", "foam_sheet"),
        o("ใยสังเคราะห์แผ่น สำหรับบุนวม", "polyester_wadding"),
    ],
    needs=[],
    certs=("มอก.",),
)
sme(
    27,
    TH,
    "กลุ่มผ้าไหมแพรวาบ้านโพน",
    AGE_I,
    MID,
    "Kalasin",
    "phon.praewa@gmail.com",
    offers=[
        o("ผ้าไหมแพรวา ทอมือ ลายขิด", "handwoven_silk_fabric"),
        o("ผ้าทอแขวนผนัง ลายนาค ใส่กรอบไม้", "textile_wall_hanging"),
    ],
    needs=[
        n("เส้นไหมไทย สำหรับทอแพรวา", "silk_yarn"),
        n("มีใครรับติดกระดาษรองหลังผ้าไหมของกลุ่ม ให้ติดผนังได้บ้าง", "wallcovering_backing_service"),
    ],
    certs=("นกยูงพระราชทาน", OTOP),
    bcg=(BIO,),
)
sme(
    28,
    TH,
    "เสื่อกกจันท์ บ้านเสม็ดงาม",
    HEMP,
    MID,
    "Chanthaburi",
    "samedngam.mat@gmail.com",
    offers=[
        o("เสื่อกกจันทบูร ทอลายขิด", "woven_reed_mat"),
        o("ต้นกกย้อมสีตากแห้ง ขายเป็นมัด", "dyed_sedge_stalks"),
    ],
    needs=[],
    certs=(OTOP,),
    bcg=(BIO,),
)
sme(
    29,
    TH,
    "กระจูดทะเลน้อย",
    HEMP,
    DOWN,
    "Phatthalung",
    "thalenoi.krajood@gmail.com",
    offers=[
        o("สาดกระจูดผืนใหญ่ ทอมือ", "woven_reed_mat"),
        o("แผ่นกระจูดสานบุผนัง รองหลังด้วยกระดาษ ม้วนละ 10 ม.", "natural_fibre_wallcovering"),
    ],
    needs=[n("ผักตบแห้งไว้สานผสมกระจูด", "water_hyacinth_dried_stems")],
    certs=(OTOP,),
    bcg=(BIO,),
)
sme(
    30,
    EN,
    "EastCoast Bottle Collectors",
    CIRC,
    UP,
    "Chonburi",
    "ops@eastcoastbottles.com",
    offers=[o("Baled post-consumer PET bottles, clear and green, 20 t a month", "pet_bottle_waste")],
    needs=[],
    bcg=(CIRCULAR,),
)

# ------------------------------------------------------------------ profiles bac-031 .. bac-060

sme(
    31,
    EN,
    "Polyloop Fibres (Thailand) Ltd.",
    CIRC,
    UP,
    "Rayong",
    "sales@polyloopfibres.com",
    offers=[o("GRS recycled polyester staple fibre 1.5D-15D, hollow conjugated available", "rpet_staple_fibre")],
    needs=[
        n("hot-washed bottle flakes, clear grade", "rpet_flake"),
        n("scrap PET containers from sorting centres", "pet_bottle_waste"),
    ],
    certs=(GRS, ISO14001),
    bcg=(CIRCULAR, GREEN),
)
sme(
    32,
    EN,
    "ReWear Sorting Hub",
    CIRC,
    UP,
    "Bangkok",
    "hub@rewear.asia",
    offers=[
        o("Sorted post-consumer clothing, graded by fibre and colour, per kg", "textile_waste_postconsumer"),
        o("Second-hand hotel towels and bed linen, washed, by the bale", "textile_waste_postconsumer"),
    ],
    needs=[],
    bcg=(CIRCULAR,),
)
sme(
    33,
    TH,
    "ใยรีไซเคิลเพชรเกษม",
    CIRC,
    UP,
    "Nakhon Pathom",
    "petkasem.fiber@gmail.com",
    offers=[
        o("ใยโพลีรีไซเคิลเกรดบี สำหรับทำสักหลาด", "rpet_staple_fibre"),
        o("ใยฝ้ายเปิดจากเศษผ้ายีนส์", "recycled_cotton_fibre"),
    ],
    needs=[n("เสื้อผ้าเก่าคัดแล้ว เฉพาะผ้าโพลีล้วน", "textile_waste_postconsumer")],
    bcg=(CIRCULAR,),
)
sme(
    34,
    EN,
    "Doi Hemp Collective",
    HEMP,
    UP,
    "Tak",
    "collective@doihemp.org",
    offers=[
        o("Decorticated hemp bast, long line, 1 kg hanks", "hemp_bast_fibre_raw"),
        o("Hand-spliced hemp thread in natural grey, 100 g skeins", "hemp_yarn"),
    ],
    needs=[n("fermented indigo paste, a few kilos", "natural_indigo_paste")],
    bcg=(BIO,),
)
sme(
    35,
    EN,
    "Nan Valley Cotton",
    HEMP,
    UP,
    "Nan",
    "sales@nanvalleycotton.com",
    offers=[o("Ring-spun cotton yarn Ne 20/1 and 30/1, OCS certified", "cotton_yarn")],
    needs=[
        u(
            "GOTS-certified ginned cotton lint for organic spinning",
            "lint is offered, but by no GOTS holder",
            "raw_cotton_lint",
            req=(GOTS,),
        ),
    ],
    certs=(OCS,),
    bcg=(BIO,),
)
sme(
    36,
    EN,
    "Coco Fibre Surat",
    HEMP,
    UP,
    "Surat Thani",
    "export@cocofibresurat.com",
    offers=[o("Coir fibre, bristle and mattress grade, 100 kg bales", "coconut_coir_fibre")],
    needs=[],
    bcg=(BIO, CIRCULAR),
)
sme(
    37,
    EN,
    "Greenpad Nonwovens",
    CIRC,
    MID,
    "Chachoengsao",
    "sales@greenpad.co.th",
    offers=[o("Recycled PET felt 3-12 mm, sold by the roll", "pet_felt_sheet")],
    needs=[
        n("textile offcuts, any fibre, for shoddy felt", "garment_cutting_scraps"),
        n("hemp or kenaf bast fibre for natural-fibre felt trials", "hemp_bast_fibre_raw"),
    ],
    certs=(GRS,),
    bcg=(CIRCULAR,),
)
sme(
    38,
    EN,
    "Mae Klong Weaving Mill",
    HEMP,
    MID,
    "Ratchaburi",
    "sales@maeklongmill.com",
    offers=[
        o("Loom-state cotton sheeting 63 inch, 40x40", "greige_cotton_fabric"),
        o("Bleached cotton drill, ready for dyeing", "pfd_cotton_fabric"),
        o("Denim 12 oz, synthetic indigo rope-dyed, 58 inch", "denim_fabric"),
    ],
    needs=[n("cotton yarn 16s for weft", "cotton_yarn")],
)
sme(
    39,
    EN,
    "Textura Furnishing Fabrics",
    AGE_C,
    MID,
    "Bangkok",
    "trade@texturafabrics.com",
    offers=[
        o("Jacquard and chenille furnishing fabrics, 140 cm, MOQ 50 m", "upholstery_fabric"),
        o("Velvet for headboards, cut to panel size", "upholstery_fabric"),
    ],
    needs=[n("commission dyeing of our greige jacquard, lab-dip matched", "fabric_dyeing_service")],
    certs=(OEKO,),
)
sme(
    40,
    EN,
    "Flamestop Textiles Co.",
    SPORT,
    MID,
    "Pathum Thani",
    "sales@flamestop.co.th",
    offers=[
        o("Inherently flame retardant polyester, Trevira CS type, for drapes and wall fabric", "inherent_fr_fabric"),
        o("Blackout curtain lining, 3-pass coated", "blackout_lining"),
    ],
    needs=[],
    certs=(OEKO,),
)
sme(
    41,
    EN,
    "ProTreat Finishing",
    CIRC,
    MID,
    "Prachinburi",
    "lab@protreat.co.th",
    offers=[o("Flame-retardant treatment of client fabrics, tested to NFPA 701", "fr_finishing_service")],
    needs=[],
)
sme(
    42,
    EN,
    "BlueRiver Dyehouse",
    SPORT,
    MID,
    "Chonburi",
    "cs@blueriverdye.com",
    offers=[o("Commission jet dyeing of polyester and nylon knits, 300 kg lots", "fabric_dyeing_service")],
    needs=[u("disperse dyes in bulk", "no one sells dyestuffs")],
    certs=(BLUESIGN, ISO14001),
    bcg=(GREEN,),
)
sme(
    43,
    EN,
    "PrintLab Textile Studio",
    CIRC,
    MID,
    "Nonthaburi",
    "studio@printlab.in.th",
    offers=[o("Sublimation and pigment printing on customers' own fabric, from 5 m", "digital_printing_service")],
    needs=[],
)
sme(
    44,
    EN,
    "WallBack Laminating",
    AGE_C,
    MID,
    "Bangkok",
    "orders@wallback.co",
    offers=[
        o(
            "Paper or acrylic backing laminated onto customer-supplied textiles for walls",
            "wallcovering_backing_service",
        ),
    ],
    needs=[],
)
sme(
    45,
    EN,
    "Apex Garment Solutions",
    SPORT,
    MID,
    "Samut Sakhon",
    "bd@apexgarment.com",
    offers=[
        o("Cut-make-trim for sportswear and soft goods, 500 pcs MOQ", "cmt_sewing_service"),
        o("Polyester-spandex cutting waste, 2 t a month", "garment_cutting_scraps"),
    ],
    needs=[],
    certs=(ISO9001,),
)
sme(
    46,
    EN,
    "FoamTech Eastern",
    SPORT,
    MID,
    "Rayong",
    "sales@foamtech-eastern.com",
    offers=[
        o("EVA and PE foam sheets 10-50 mm, die-cut to order", "foam_sheet"),
        o("Rebond foam underlay from recycled foam offcuts", "carpet_underlay"),
    ],
    needs=[],
)
sme(
    47,
    EN,
    "CutRight CNC",
    CIRC,
    MID,
    "Lamphun",
    "jobs@cutright.co.th",
    offers=[
        o("CNC knife and laser cutting of your felt boards: grooves, shapes, perforation", "felt_cnc_cutting_service")
    ],
    needs=[],
)
sme(
    48,
    EN,
    "EchoLess Panels",
    CIRC,
    DOWN,
    "Bangkok",
    "sales@echoless.co",
    offers=[
        o("PET acoustic wall tiles, NRC 0.7, 24 colours", "acoustic_felt_panel"),
        o("Hanging felt baffles and clouds", "acoustic_ceiling_baffle"),
    ],
    needs=[
        n("felt boards 9-12 mm in bulk, recycled content", "pet_felt_sheet"),
        n("laser cutting capacity for peak months", "felt_cnc_cutting_service"),
        u(
            "Cradle to Cradle certified PET felt for a premium line",
            "felt is offered, but by no Cradle to Cradle holder",
            "pet_felt_sheet",
            req=(C2C,),
        ),
    ],
    certs=(ISO9001,),
    bcg=(CIRCULAR,),
)
sme(
    49,
    TH,
    "ร้านแต่งบ้าน เขลางค์",
    AGE_C,
    DOWN,
    "Lampang",
    "khelang.decor@gmail.com",
    offers=[
        o("ฉากกั้นห้องสานผักตบ พับได้ 4 บาน", "room_divider_screen"),
        o("ตะกร้าผักตบชวา ทรงกลม มีฝาปิด", "woven_basket"),
    ],
    needs=[
        n("ต้นผักตบที่ตากแล้ว เส้นยาว ไม่ขึ้นรา", "water_hyacinth_dried_stems"),
        n("เชือกฟั่นจากผักตบ สำหรับพันขอบ", "water_hyacinth_rope"),
    ],
)
sme(
    50,
    TH,
    "บจก. ซาวด์ซอฟท์ อินทีเรีย",
    CIRC,
    DOWN,
    "Nonthaburi",
    "soundsoft.th@gmail.com",
    offers=[
        o("แผ่นดูดซับเสียงจากขวดพลาสติกรีไซเคิล ติดผนัง ลายหกเหลี่ยม", "acoustic_felt_panel"),
        o("ฉากกั้นโต๊ะทำงาน ลดเสียงรบกวน", "acoustic_desk_screen"),
    ],
    needs=[
        n("ร้านรับตัดเลเซอร์/ซีเอ็นซี ตามแบบไฟล์", "felt_cnc_cutting_service"),
    ],
    bcg=(CIRCULAR,),
)
sme(
    51,
    TH,
    "โรงงานสักหลาดแขวนฝ้า บางพลี",
    CIRC,
    DOWN,
    "Samut Prakan",
    "bangplee.baffle@gmail.com",
    offers=[o("ครีบฝ้าซับเสียง แขวนเพดาน สั่งสีได้", "acoustic_ceiling_baffle")],
    needs=[n("สักหลาด PET หนา 9 มม. ยกม้วน GRS ไม่จำเป็น", "pet_felt_sheet", waive=(GRS,))],
)
sme(
    52,
    EN,
    "Studio Acoustics Supply",
    AGE_C,
    DOWN,
    "Bangkok",
    "info@studioacoustics.co.th",
    offers=[
        o("Fabric-wrapped mineral wool absorbers, 600 x 1200 x 50 mm", "fabric_wrapped_acoustic_panel"),
        o("Bass trap and studio panel installation", "acoustic_panel_installation_service"),
    ],
    needs=[n("polyester batting for panel faces", "polyester_wadding")],
)
sme(
    53,
    TH,
    "ผนังซับเสียงดีไซน์ สุพรรณ",
    AGE_C,
    DOWN,
    "Suphan Buri",
    "wall.design.sp@gmail.com",
    offers=[o("แผงผนังหุ้มผ้า ซับเสียง ขนาดตามสั่ง", "fabric_wrapped_acoustic_panel")],
    needs=[
        n("ฟองน้ำแผ่นหนา 2 นิ้ว", "foam_sheet"),
        n("ผ้าหุ้มแผง สีเทา ยกม้วน", "upholstery_fabric", "inherent_fr_fabric", "fr_coated_fabric"),
        n("ใยมะพร้าวแบบเป็นเส้น ยังไม่อัด ไว้ผสมทำไส้แผ่นเอง", "coconut_coir_fibre"),
    ],
)
sme(
    54,
    EN,
    "Weave & Wall Co.",
    AGE_C,
    DOWN,
    "Bangkok",
    "sales@weaveandwall.com",
    offers=[
        o("Woven textile wallcoverings, paper-backed, 53 cm rolls", "fabric_wallcovering"),
        o("Linen-look contract wallcovering, 130 cm wide", "fabric_wallcovering"),
    ],
    needs=[
        n("handwoven Isan silk yardage carrying the Royal Peacock Emblem", "handwoven_silk_fabric", req=(PEACOCK,)),
        n("someone to laminate paper onto our own silk so it can be pasted on walls", "wallcovering_backing_service"),
    ],
)
sme(
    55,
    TH,
    "วอลล์ผ้าไทย",
    AGE_C,
    DOWN,
    "Bangkok",
    "wallphathai@gmail.com",
    offers=[o("วอลเปเปอร์ผ้าทอ สำหรับบุผนังโรงแรม", "fabric_wallcovering")],
    needs=[
        n("ผ้าฝ้ายย้อมคราม ไม่เอาสีสังเคราะห์", "indigo_dyed_cotton_fabric"),
        u("กาวติดวอลเปเปอร์ชนิดแป้ง ฉลากเขียวไม่จำเป็น", "no one sells wallpaper paste", waive=(GREEN_LABEL,)),
    ],
)
sme(
    56,
    TH,
    "บจก. วอลเปเปอร์กรีนโฮม",
    CIRC,
    DOWN,
    "Chachoengsao",
    "sales@greenhomewall.co.th",
    offers=[o("วอลเปเปอร์กระดาษ non-woven พิมพ์หมึกน้ำ ม้วน 10 ม.", "paper_wallpaper")],
    needs=[u("เยื่อกระดาษรีไซเคิล", "no one offers paper pulp")],
    certs=("ฉลากเขียว",),
    bcg=(GREEN,),
)
sme(
    57,
    EN,
    "PaperHaus Wallpapers",
    CIRC,
    DOWN,
    "Chonburi",
    "hello@paperhaus.asia",
    offers=[
        o("Vinyl and paper wallpaper rolls, 0.53 x 10 m, 300+ designs", "paper_wallpaper"),
        o("Peel-and-stick wallpaper in woodgrain and terrazzo prints", "paper_wallpaper"),
    ],
    needs=[n("hemp or ramie cloth for a natural wallcovering collection", "hemp_fabric")],
)
sme(
    58,
    TH,
    "โรงงานหัวเตียง อ่างทองเฟอร์นิเจอร์",
    AGE_C,
    DOWN,
    "Ang Thong",
    "angthong.furniture@gmail.com",
    offers=[
        o("หัวเตียงบุผ้า งานโรงแรม ขนาด 5-6 ฟุต", "upholstered_headboard"),
        o("แผ่นบุนวมติดผนังหัวเตียง แบบเป็นช่อง", "wall_cushion_panel"),
    ],
    needs=[
        n("ผ้ากำมะหยี่บุเฟอร์ สีเทา/เขียว", "upholstery_fabric"),
        n("ฟองน้ำอัด ความหนาแน่น 30", "foam_sheet"),
        n("หนังเทียมเกรดเบาะ", "faux_leather"),
    ],
)
sme(
    59,
    EN,
    "Pattaya Hotel Furnishing",
    AGE_C,
    DOWN,
    "Chonburi",
    "projects@pattayafurnishing.com",
    offers=[
        o("Upholstered headboards and bed bases for hotels", "upholstered_headboard"),
        o("On-site re-covering of hotel headboards and chairs", "upholstery_service"),
    ],
    needs=[
        n("flame-retardant upholstery fabric for hotel headboards", "inherent_fr_fabric", "fr_coated_fabric"),
    ],
    certs=(OEKO,),
)
sme(
    60,
    TH,
    "อุดรซอฟท์วอลล์",
    AGE_I,
    DOWN,
    "Udon Thani",
    "udonsoftwall@gmail.com",
    offers=[o("ผนังนุ่มกันกระแทก สำหรับห้องผู้สูงอายุและห้องเด็ก", "wall_cushion_panel")],
    needs=[
        n("หนังเทียมกันน้ำ เช็ดทำความสะอาดง่าย", "faux_leather"),
    ],
)

# ------------------------------------------------------------------ profiles bac-061 .. bac-095

sme(
    61,
    EN,
    "ProGuard Sports Padding",
    SPORT,
    DOWN,
    "Kanchanaburi",
    "sales@proguardpadding.com",
    offers=[o("Gym and court wall pads, vinyl covered, 2 m high", "sports_wall_padding")],
    needs=[u("heavy PVC-coated polyester, 650 gsm", "no one offers heavy PVC-coated fabric")],
)
sme(
    62,
    TH,
    "ร้านสาดกกบ้านแพง",
    AGE_I,
    DOWN,
    "Roi Et",
    "banphaeng.kok@gmail.com",
    offers=[
        o("ฉากบังตาโครงไม้ กรุสาดกก", "room_divider_screen"),
        o("ผืนกกทอ สำหรับกรุผนัง", "natural_fibre_wallcovering"),
    ],
    needs=[n("ต้นกกแห้งที่ย้อมสีแล้ว พร้อมทอ", "dyed_sedge_stalks")],
    certs=(OTOP,),
    bcg=(BIO,),
)
sme(
    63,
    EN,
    "Teak & Felt Studio",
    AGE_C,
    DOWN,
    "Chiang Mai",
    "studio@teakandfelt.com",
    offers=[
        o("FSC teak-frame room dividers with felt infill", "room_divider_screen"),
        o("Desk-mounted acoustic screens", "acoustic_desk_screen"),
    ],
    needs=[n("recycled PET felt 6 mm charcoal grey, GRS certified", "pet_felt_sheet", req=(GRS,))],
    certs=(FSC,),
)
sme(
    64,
    TH,
    "ม่านเวที ศิลปการ",
    AGE_C,
    DOWN,
    "Bangkok",
    "silapakarn.curtain@gmail.com",
    offers=[o("ม่านเวทีกำมะหยี่ ม่านหน้าเวทีหอประชุม ติดตั้งพร้อมราง", "theatre_stage_curtain")],
    needs=[
        n("ผ้าม่านไม่ลามไฟในเนื้อใย แบบเทรวีร่า ไม่ใช่แบบชุบสาร", "inherent_fr_fabric"),
        n("ส่งม่านเก่าของลูกค้าไปชุบกันไฟใหม่", "fr_finishing_service"),
    ],
)
sme(
    65,
    EN,
    "Tileflex Carpets",
    CIRC,
    DOWN,
    "Chonburi",
    "sales@tileflex.co.th",
    offers=[
        o("Nylon carpet tiles 50 x 50 cm, bitumen-free backing", "carpet_tiles"),
        o("Broadloom contract carpet, 4 m wide", "broadloom_carpet"),
    ],
    needs=[
        n("post-consumer carpet tiles from refurbishments, for our take-back line", "used_carpet_tiles"),
        u("recycled nylon 6 yarn for tufting", "no one offers recycled nylon yarn"),
    ],
    certs=(ISO9001, ISO14001),
    bcg=(CIRCULAR,),
)
sme(
    66,
    TH,
    "คาร์เพ็ทเซ็นเตอร์ รามอินทรา",
    CIRC,
    DOWN,
    "Bangkok",
    "carpetcenter.th@gmail.com",
    offers=[
        o("พรมแผ่นสำเร็จรูป 50x50 ปูออฟฟิศ", "carpet_tiles"),
        o("รับปูพรม พร้อมรื้อพรมเก่า", "carpet_installation_service"),
    ],
    needs=[n("แผ่นรองใต้พรม แบบรีไซเคิล", "carpet_underlay")],
)
sme(
    67,
    TH,
    "พรมทอมือ บ้านโคราช",
    AGE_I,
    DOWN,
    "Nakhon Ratchasima",
    "korat.rug@gmail.com",
    offers=[
        o("พรมทอจากเศษผ้า ขนาด 60x120 ซม.", "area_rug"),
        o("พรมทัฟติ้งลายตามสั่ง ใช้ไหมพรมอะคริลิก", "area_rug"),
    ],
    needs=[n("เศษผ้าจากโรงงานตัดเย็บ เอามาทอพรม", "garment_cutting_scraps")],
    bcg=(CIRCULAR,),
)
sme(
    68,
    EN,
    "Loom & Tuft Rugs",
    AGE_C,
    DOWN,
    "Bangkok",
    "hello@loomandtuft.com",
    offers=[o("Hand-tufted wool-blend rugs, custom sizes", "area_rug")],
    needs=[
        n("recycled yarn for rug pile, coarse count", "recycled_cotton_yarn"),
        n("underlay for rugs, cut to size", "carpet_underlay"),
    ],
)
sme(
    69,
    TH,
    "ม่านสวย สระบุรี",
    AGE_C,
    DOWN,
    "Saraburi",
    "mansuay.sb@gmail.com",
    offers=[
        o("ผ้าม่านสำเร็จรูป ม่านจีบ ม่านตาไก่", "ready_made_curtains"),
        o("รับวัดหน้างานและติดตั้งม่านถึงบ้าน", "curtain_installation_service"),
    ],
    needs=[n("ช่างเย็บม่านรับงานเหมา", "cmt_sewing_service")],
)
sme(
    70,
    EN,
    "Highland Weavers Cooperative",
    HEMP,
    DOWN,
    "Mae Hong Son",
    "coop@highlandweavers.org",
    offers=[
        o("Backstrap-woven Karen wall hangings, natural dyes", "textile_wall_hanging"),
        o("Indigo-dyed cotton table runners", "table_runner"),
    ],
    needs=[n("cotton yarn for weaving, organic preferred, OCS not required", "cotton_yarn", waive=(OCS,))],
    certs=(FAIRTRADE,),
    bcg=(BIO,),
)
sme(
    71,
    TH,
    "ช่างติดวอลเปเปอร์ สมศักดิ์",
    AGE_C,
    DOWN,
    "Bangkok",
    "somsak.wallpaper@gmail.com",
    offers=[o("รับติดวอลล์เปเปอร์ วอลล์ผ้า ทั้งบ้านและออฟฟิศ ตร.ม.ละ 60", "wallcovering_installation_service")],
    needs=[],
)
sme(
    72,
    EN,
    "Andaman Interiors Install",
    AGE_C,
    DOWN,
    "Phuket",
    "team@andamaninstall.com",
    offers=[
        o("Wallpaper hanging and fabric wall upholstery for resorts", "wallcovering_installation_service"),
        o("Acoustic panel fixing with Z-clips and rail systems", "acoustic_panel_installation_service"),
    ],
    needs=[],
)
sme(
    73,
    EN,
    "Nordic Office Fit-out Co.",
    CIRC,
    DOWN,
    "Bangkok",
    "projects@nordicfitout.co.th",
    offers=[o("Used carpet tiles lifted during office strip-outs", "used_carpet_tiles")],
    needs=[
        n("carpet tiles from an ISO 14001 plant", "carpet_tiles", req=(ISO14001,)),
        n("desk dividers that cut speech noise", "acoustic_desk_screen"),
    ],
    bcg=(CIRCULAR,),
)
sme(
    74,
    EN,
    "Atelier Nine Interior Design",
    AGE_C,
    DOWN,
    "Bangkok",
    "studio@ateliernine.co",
    offers=[o("Interior design for boutique hotels and offices", "interior_design_service")],
    needs=[
        n("handwoven wall art for hotel lobbies", "textile_wall_hanging"),
        n("someone to print our artwork onto linen we supply", "digital_printing_service"),
    ],
)
sme(
    75,
    TH,
    "สตูดิโอออกแบบภายใน บ้านไม้ขาว",
    AGE_C,
    DOWN,
    "Chiang Mai",
    "banmaikhao.design@gmail.com",
    offers=[o("ออกแบบตกแต่งภายใน ร้านกาแฟ โฮมสเตย์", "interior_design_service")],
    needs=[
        n("ฉากบังตา สำหรับร้านกาแฟ", "room_divider_screen"),
        n("ผ้าย้อมครามธรรมชาติ เอาไปหุ้มหัวเตียง", "indigo_dyed_cotton_fabric"),
    ],
)
sme(
    76,
    TH,
    "ร้านหุ้มเบาะช่างเอก",
    AGE_I,
    DOWN,
    "Khon Kaen",
    "changake.upholstery@gmail.com",
    offers=[o("รับหุ้มเบาะ หุ้มหัวเตียง เปลี่ยนผ้าโซฟาเก่า ใช้ผ้าลูกค้าได้", "upholstery_service")],
    needs=[
        n("ใยโพลีแผ่น สำหรับรองใต้ผ้าหุ้ม", "polyester_wadding"),
        n("นุ่นสำหรับยัดเบาะแบบโบราณ", "kapok_fibre"),
    ],
)
sme(
    77,
    EN,
    "SoundLab Acoustic Consultants",
    AGE_C,
    DOWN,
    "Bangkok",
    "measure@soundlab.co.th",
    offers=[o("Room acoustic measurement and RT60 reports", "acoustic_measurement_service")],
    needs=[u("impedance tube for absorption testing", "no one offers lab equipment")],
)
sme(
    78,
    TH,
    "โรงแรมอันดามันซีวิว",
    AGE_C,
    DOWN,
    "Phuket",
    "andamanseaview.hotel@gmail.com",
    offers=[o("พรมแผ่นเก่าจากการรีโนเวท 120 ห้อง ให้ฟรีถ้ามารื้อเอง", "used_carpet_tiles")],
    needs=[
        n("หัวเตียงใหม่ทั้งโรงแรม ผ้าต้องผ่าน OEKO-TEX", "upholstered_headboard", req=(OEKO,)),
        n("ช่างบุผนังวอลล์เปเปอร์ งานโรงแรม", "wallcovering_installation_service"),
        n("พรมม้วนปูทางเดิน กว้าง 4 เมตร", "broadloom_carpet"),
    ],
    bcg=(CIRCULAR,),
)
sme(
    79,
    EN,
    "Sukhumvit Grand Hotel",
    AGE_C,
    DOWN,
    "Bangkok",
    "purchasing@sukhumvitgrand.com",
    offers=[o("Used carpet tiles from two floors, free for collection", "used_carpet_tiles")],
    needs=[n("We would like a fabric wall covering for the ballroom, 500 m2", "fabric_wallcovering")],
)
sme(
    80,
    TH,
    "โรงเรียนสาธิตขอนแก่นวิทยา",
    AGE_I,
    DOWN,
    "Khon Kaen",
    "satit.kkw@gmail.com",
    offers=[],
    needs=[
        n("แผ่นซับเสียงห้องดนตรี", "acoustic_felt_panel", "fabric_wrapped_acoustic_panel"),
        u(
            "พรมปูห้องเรียนอนุบาล ต้องได้ มอก.",
            "carpet is offered, but by no TIS holder",
            "carpet_tiles",
            "area_rug",
            "broadloom_carpet",
            req=(TIS,),
        ),
    ],
)
sme(
    81,
    EN,
    "Bangkok Sound Studios",
    AGE_C,
    DOWN,
    "Bangkok",
    "booking@bkksoundstudios.com",
    offers=[],
    needs=[
        n("broadband absorbers, fabric covered, 50 mm or thicker", "fabric_wrapped_acoustic_panel"),
        n("ceiling clouds over the mixing desk", "acoustic_ceiling_baffle"),
        n("Who can measure our live room's reverb time?", "acoustic_measurement_service"),
    ],
)
sme(
    82,
    TH,
    "เชียงใหม่ซีนีม่า",
    AGE_C,
    DOWN,
    "Chiang Mai",
    "cmcinema.purchase@gmail.com",
    offers=[],
    needs=[
        n("ผ้าบุผนังโรงหนัง ต้องไม่ลามไฟ", "inherent_fr_fabric", "fr_coated_fabric"),
        n("ช่างบุผ้าผนังโรงภาพยนตร์", "wallcovering_installation_service"),
        n("ม่านหน้าจอ เปิดปิดด้วยมอเตอร์", "theatre_stage_curtain"),
    ],
)
sme(
    83,
    TH,
    "บ้านพักผู้สูงอายุ สุขใจ",
    AGE_C,
    DOWN,
    "Nonthaburi",
    "sukjai.eldercare@gmail.com",
    offers=[],
    needs=[
        n("ผนังบุนวมหุ้มผ้า ห้องนอนผู้สูงวัย", "wall_cushion_panel"),
        u("แผ่นยางกันลื่นในห้องน้ำ", "no one offers rubber bath mats"),
    ],
)
sme(
    84,
    TH,
    "ศูนย์ดูแลผู้สูงอายุ อุดรรักษ์",
    AGE_I,
    DOWN,
    "Udon Thani",
    "udonrak.care@gmail.com",
    offers=[],
    needs=[
        n("หัวเตียงสำหรับห้องพักผู้สูงอายุ ขนาด 3.5 ฟุต", "upholstered_headboard"),
        n("ผ้าม่านห้องพัก แบบสำเร็จพร้อมแขวน", "ready_made_curtains"),
    ],
)
sme(
    85,
    EN,
    "Rama Wellness Hospital",
    AGE_C,
    DOWN,
    "Bangkok",
    "procurement@ramawellness.co.th",
    offers=[],
    needs=[
        n("soft cushioned wall panels in fabric, homely look, for a dementia ward", "wall_cushion_panel"),
        u("waterproof mattress protectors for care beds", "no one offers mattress protectors"),
    ],
)
sme(
    86,
    EN,
    "Nimman CoWork",
    CIRC,
    DOWN,
    "Chiang Mai",
    "ops@nimmancowork.com",
    offers=[],
    needs=[
        n("Could someone reupholster 40 lounge chairs with our own fabric?", "upholstery_service"),
        n("interior designer for our new floor", "interior_design_service"),
    ],
)
sme(
    87,
    TH,
    "คาราโอเกะ พัทยาไนท์",
    AGE_C,
    DOWN,
    "Chonburi",
    "pattayanight.ktv@gmail.com",
    offers=[],
    needs=[
        n("ผนังบุนวมตกแต่งห้องร้องเพลง", "wall_cushion_panel"),
        n("มีทีมติดตั้งแผ่นซับเสียงไหม ห้องละ 20 ตร.ม.", "acoustic_panel_installation_service"),
    ],
)
sme(
    88,
    EN,
    "Eastern Seaboard Residences",
    AGE_C,
    DOWN,
    "Rayong",
    "procurement@esresidences.com",
    offers=[],
    needs=[
        n("wallpaper for 300 units, Thai Green Label required", "paper_wallpaper", req=(GREEN_LABEL,)),
        n("carpet laying contractor for show units", "carpet_installation_service"),
        u("FSC-certified timber wall slats", "no one offers timber slats", req=(FSC,)),
    ],
)
sme(
    89,
    EN,
    "Krabi Mangrove Eco Resort",
    HEMP,
    DOWN,
    "Krabi",
    "green@krabimangrove.com",
    offers=[],
    needs=[
        n("natural-fibre wall finish for the villas", "natural_fibre_wallcovering"),
        n("coconut fibre boards behind wall panels", "coir_fibre_sheet"),
        u("bed canopy mosquito nets", "no one offers mosquito nets"),
    ],
    bcg=(GREEN,),
)
sme(
    90,
    TH,
    "สตูดิโอโยคะ บ้านสมดุล",
    SPORT,
    DOWN,
    "Prachuap Khiri Khan",
    "baansamdul.yoga@gmail.com",
    offers=[],
    needs=[
        n("แผ่นซับเสียงเพ็ทติดผนัง สีอ่อน ไม่ต้องมี GRS", "acoustic_felt_panel", waive=(GRS,)),
        n("เสื่อจากพืช สำหรับปูห้องโยคะ", "woven_reed_mat"),
    ],
)
sme(
    91,
    TH,
    "สนามแบดมินตัน สารคามอารีน่า",
    SPORT,
    DOWN,
    "Maha Sarakham",
    "sarakham.arena@gmail.com",
    offers=[],
    needs=[
        n("เบาะหุ้มเสากับผนังสนาม กันนักกีฬาชน", "sports_wall_padding"),
        n("ตาข่ายกั้นลูกระหว่างคอร์ท", "sports_safety_net"),
    ],
)
sme(
    92,
    EN,
    "Siam Living Store",
    AGE_C,
    DOWN,
    "Bangkok",
    "buying@siamliving.co",
    offers=[],
    needs=[
        n("room screens with FSC-certified wood frames", "room_divider_screen", req=(FSC,)),
        n("rugs for the living room section, 160 x 230 cm", "area_rug"),
        n("contract sewing of cushion covers from fabric we supply", "cmt_sewing_service"),
    ],
)
sme(
    93,
    TH,
    "ห้องสมุดประชาชน หาดใหญ่",
    AGE_C,
    DOWN,
    "Songkhla",
    "hatyai.library@gmail.com",
    offers=[],
    needs=[
        n("แผงแขวนฝ้าลดเสียงก้อง โถงอ่านหนังสือ", "acoustic_ceiling_baffle"),
        n("คาร์เพ็ตไทล์ลดเสียงเดิน", "carpet_tiles"),
    ],
)
sme(
    94,
    EN,
    "Ubon Arts Centre Auditorium",
    AGE_I,
    DOWN,
    "Ubon Ratchathani",
    "facilities@ubonartscentre.org",
    offers=[],
    needs=[
        n("replacement stage drapes for a 600-seat hall", "theatre_stage_curtain"),
        n("inherently FR wall fabric, OEKO-TEX certified", "inherent_fr_fabric", req=(OEKO,)),
        u("acoustic doors for the control room", "no one offers doors"),
    ],
)
sme(
    95,
    TH,
    "ร้านอาหารปักษ์ใต้ ครัวคุณยาย",
    HEMP,
    DOWN,
    "Nakhon Si Thammarat",
    "kruakhunyai.nst@gmail.com",
    offers=[],
    needs=[n("ของแต่งผนังร้านจากผ้าทอมือ", "textile_wall_hanging")],
)

# ------------------------------------------------------------------ checks

N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS_RANGE = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (17, 23)
MIN_SHARE_MET_BY_ONE_TO_THREE = 0.6

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z]")
PRINTABLE_ASCII = re.compile(r"^[\x20-\x7e]+$")
CERT_BY_NAME = {c.name: c for c in CERTIFICATIONS}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def names_certification(text: str, name: str) -> bool:
    """True when `text` names the certification, affirmed or negated."""
    if name in find_certifications(text):
        return True
    cert = CERT_BY_NAME[name]
    folded = _fold(text)
    for word in (cert.name, *cert.mentions, *cert.case_sensitive_mentions, *cert.aliases):
        key = _fold(word)
        if len(key.replace(" ", "")) < 3 or key == "อย.":
            continue
        body = r"\s*".join(re.escape(part) for part in key.split())
        if re.search(rf"(?<![a-z0-9]){body}(?![a-z0-9])", folded):
            return True
    return False


def is_thai(text: str) -> bool:
    thai, latin = len(THAI_CHAR.findall(text)), len(LATIN_LETTER.findall(text))
    return thai > 0 and thai >= 2 * latin


def is_english(text: str) -> bool:
    return bool(PRINTABLE_ASCII.match(text)) and bool(LATIN_LETTER.search(text))


def qualified_suppliers(need: Need, buyer: Sme) -> list[Sme]:
    required = set(need.requires)
    return [
        supplier
        for supplier in SMES
        if supplier.id != buyer.id
        and any(offer.label in need.labels for offer in supplier.offers)
        and required <= canonical_certifications(supplier.certs)
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


def check_profile(sme: Sme, problems: list[str]) -> None:
    where = sme.id
    if not ID_RE.match(sme.id):
        problems.append(f"{where}: malformed id")
    if sme.lang not in (TH, EN):
        problems.append(f"{where}: language {sme.lang!r}")
    if not isinstance(sme.sub, SubCluster) or not isinstance(sme.stage, Stage):
        problems.append(f"{where}: sub-cluster or stage not from the taxonomy")
    if any(not isinstance(tag, BcgTag) for tag in sme.bcg) or len(set(sme.bcg)) != len(sme.bcg):
        problems.append(f"{where}: bad bcg tags")
    if resolve_province(sme.province) is None:
        problems.append(f"{where}: province {sme.province!r} does not resolve")
    if not EMAIL_RE.match(sme.email):
        problems.append(f"{where}: bad email {sme.email!r}")
    resolved = [resolve_certification(cert) for cert in sme.certs]
    if None in resolved or len(set(resolved)) != len(resolved):
        problems.append(f"{where}: certification list {sme.certs!r} does not resolve cleanly")
    if not 0 <= len(sme.offers) <= 3 or not 0 <= len(sme.needs) <= 3 or not (sme.offers or sme.needs):
        problems.append(f"{where}: {len(sme.offers)} offers and {len(sme.needs)} needs")
    language_ok = is_thai if sme.lang == TH else is_english
    texts = [sme.name, *(offer.text for offer in sme.offers), *(need.text for need in sme.needs)]
    for text in texts:
        if text != text.strip() or "  " in text or not text:
            problems.append(f"{where}: untidy text {text!r}")
        if not language_ok(text):
            problems.append(f"{where}: not {sme.lang} text: {text!r}")
    if len({_fold(text) for text in texts}) != len(texts):
        problems.append(f"{where}: repeated text")
    held = canonical_certifications(sme.certs)
    for offer in sme.offers:
        if offer.label not in LABELS:
            problems.append(f"{where}: unknown offer label {offer.label!r}")
        claimed = find_certifications(offer.text) - held
        if claimed:
            problems.append(f"{where}: offer {offer.text!r} claims {sorted(claimed)} the SME does not hold")


def check_need(sme: Sme, need: Need, problems: list[str]) -> None:
    where = f"{sme.id} need {need.text!r}"
    for label in need.labels:
        if label not in LABELS:
            problems.append(f"{where}: unknown label {label!r}")
        elif not any(other.id != sme.id and label in {x.label for x in other.offers} for other in SMES):
            problems.append(f"{where}: no one but the buyer offers {label!r}")
    if len(set(need.labels)) != len(need.labels):
        problems.append(f"{where}: repeated label")
    if not need.unmet and not need.labels:
        problems.append(f"{where}: a met need lists no labels")
    for name in (*need.requires, *need.waives):
        if name not in CERT_BY_NAME or resolve_certification(name) != name:
            problems.append(f"{where}: {name!r} is not a canonical certification name")
        elif not names_certification(need.text, name):
            problems.append(f"{where}: the text does not name {name!r}")
    if set(need.requires) & set(need.waives):
        problems.append(f"{where}: a certification both required and waived")
    unlisted = find_certifications(need.text) - set(need.requires) - set(need.waives)
    if unlisted:
        problems.append(f"{where}: the text names {sorted(unlisted)}, neither required nor waived")
    suppliers = qualified_suppliers(need, sme)
    if need.unmet and suppliers:
        problems.append(f"{where}: marked unmet but met by {[s.id for s in suppliers]}")
    if not need.unmet and not suppliers:
        problems.append(f"{where}: no qualified supplier")


def check_all() -> list[str]:
    problems: list[str] = []
    ids = [sme.id for sme in SMES]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        problems.append(f"ids are not {PREFIX}-001 .. {PREFIX}-{N_PROFILES:03d} in order")
    for what, values in (("name", [s.name for s in SMES]), ("email", [s.email for s in SMES])):
        repeated = sorted(value for value, count in Counter(values).items() if count > 1)
        if repeated:
            problems.append(f"repeated {what}: {repeated}")
    offer_texts = {_fold(offer.text) for sme in SMES for offer in sme.offers}
    for sme in SMES:
        check_profile(sme, problems)
        for need in sme.needs:
            check_need(sme, need, problems)
            if _fold(need.text) in offer_texts:
                problems.append(f"{sme.id}: need {need.text!r} is worded exactly as an offer")
    offered = {offer.label for sme in SMES for offer in sme.offers}
    unused = sorted(set(LABELS) - offered)
    if unused:
        problems.append(f"labels defined but never offered: {unused}")
    stats = statistics()
    targets = (
        ("profiles", stats["profiles"] == N_PROFILES),
        ("Thai share", THAI_SHARE[0] <= stats["thai"] / max(1, stats["profiles"]) <= THAI_SHARE[1]),
        ("true links", LINKS_RANGE[0] <= stats["links"] <= LINKS_RANGE[1]),
        ("cross-language share", CROSS_SHARE[0] <= stats["cross_share"] <= CROSS_SHARE[1]),
        ("needs met by no one", UNMET_RANGE[0] <= stats["unmet"] <= UNMET_RANGE[1]),
        ("needs met by 1-3", stats["met_1_3"] >= MIN_SHARE_MET_BY_ONE_TO_THREE * max(1, stats["met"])),
    )
    problems += [f"size target missed: {name}" for name, ok in targets if not ok]
    return problems


# ------------------------------------------------------------------ counts


def statistics() -> dict[str, int | float]:
    by_id = {sme.id: sme for sme in SMES}
    links = true_links()
    th_en = sum(1 for s, b in links if by_id[s].lang == TH and by_id[b].lang == EN)
    en_th = sum(1 for s, b in links if by_id[s].lang == EN and by_id[b].lang == TH)
    needs = [(sme, need) for sme in SMES for need in sme.needs]
    met_counts = [len(qualified_suppliers(need, sme)) for sme, need in needs if not need.unmet]
    return {
        "profiles": len(SMES),
        "thai": sum(1 for sme in SMES if sme.lang == TH),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross_share": (th_en + en_th) / max(1, len(links)),
        "unmet": sum(1 for _, need in needs if need.unmet),
        "met": len(met_counts),
        "met_1_3": sum(1 for count in met_counts if 1 <= count <= 3),
    }


def counts_table() -> str:
    by_id = {sme.id: sme for sme in SMES}
    links = true_links()
    stats = statistics()
    needs = [(sme, need) for sme in SMES for need in sme.needs]
    met_counts = Counter(min(len(qualified_suppliers(need, sme)), 4) for sme, need in needs if not need.unmet)
    regions = Counter(resolve_province(sme.province).region for sme in SMES)  # type: ignore[union-attr]
    provinces = {resolve_province(sme.province).name_en for sme in SMES}  # type: ignore[union-attr]
    cross = stats["th_en"] + stats["en_th"]
    rows: list[tuple[str, str]] = [
        ("profiles", str(stats["profiles"])),
        ("Thai / English", f"{stats['thai']} / {stats['profiles'] - stats['thai']}"),
    ]
    rows += [(f"sub-cluster {sub.value}", str(sum(1 for s in SMES if s.sub is sub))) for sub in SubCluster]
    rows += [(f"stage {stage.value}", str(sum(1 for s in SMES if s.stage is stage))) for stage in Stage]
    rows += [(f"region {region.value}", str(regions[region])) for region in Region]
    rows += [
        ("distinct provinces", str(len(provinces))),
        ("offers", str(sum(len(sme.offers) for sme in SMES))),
        ("distinct offer labels", str(len({offer.label for sme in SMES for offer in sme.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{stats['met']} / {stats['unmet']}"),
        ("needs met by 1 / 2 / 3 / 4+ suppliers", " / ".join(str(met_counts[k]) for k in (1, 2, 3, 4))),
        ("needs requiring a certification", str(sum(1 for _, need in needs if need.requires))),
        ("needs waiving one", str(sum(1 for _, need in needs if need.waives))),
        ("true links", str(stats["links"])),
        ("links Thai supplier -> English buyer", str(stats["th_en"])),
        ("links English supplier -> Thai buyer", str(stats["en_th"])),
        ("cross-language links (share)", f"{cross} ({stats['cross_share']:.0%})"),
        ("within-language links", str(stats["links"] - cross)),
        ("links between different sub-clusters", str(sum(1 for s, b in links if by_id[s].sub is not by_id[b].sub))),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {name.ljust(width)} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ output


def profile_json(sme: Sme) -> str:
    record: dict[str, object] = {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub.value,
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


def links_csv() -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(true_links())
    return buffer.getvalue()


README = """\
# blind_plain_acoustic: hand-labelled supplier-buyer links, plain registry wording

## What the set checks

How well the matcher finds the true supplier-buyer pairs among {profiles} SME profiles written in
wording it has never seen. The theme is wall coverings, acoustic and interior panels: recycled PET
felt panels, fabric-wrapped panels, wallpaper and fabric wallcoverings, headboards and wall cushions,
room dividers, ceiling baffles, theatre and cinema fabric, carpets and rugs, installers and designers,
and the offices, hotels, schools, studios, care homes and sports halls that buy; with the ordinary
upstream and midstream suppliers (waste, fibre, yarn, cloth, dyeing, finishing, sewing) of the cluster.

Offers and needs are short phrases as an SME registry stores them, in Thai or English, with local and
trade names, abbreviations, quantities, prices and places. A need is usually worded differently from
the offers that meet it and often in the other language. Hard cases are included on purpose: a service
versus the goods it works on (dyeing the customer's cloth versus dyed cloth, sewing for others versus
sewn goods, flame-retardant treatment versus flame-retardant fabric), the customer's own goods sent for
work, waste and used goods versus new, raw versus processed (fibre, yarn, cloth, product), finished goods
named by their material or technique (a water-hyacinth room divider is a divider), refusals, needs
that require a named certification and needs that name one only to waive it, and needs that no one in
the set meets.

## How it was written

By hand, by a writer who read only section 1 of the project's contracts (profile JSONL and links CSV),
`shared/taxonomy.py` with its data files, and the ruff settings. The writer did not look at the matcher,
its glossary, its tests, other evaluation sets or any project data, and did not run the matcher.
All data lives in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels
that would meet it and the certifications its text requires, or is marked as met by no one with a
short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label
listed by one of the buyer's needs and the supplier's certifications hold every certification that
need requires. An SME is never linked to itself. Shared words play no part; quantities, prices and
places never decide a link; what changes what the thing is does. A waived certification is not
required. The labels live only in `write.py`; the written files carry no labels.

Before writing, the script checks ids, every contract field (taxonomy sub-clusters, stages and BCG
tags; provinces through `resolve_province`; certifications through `resolve_certification`), that
every label a need lists is offered by someone other than the buyer, that every met need has a
qualified supplier and every unmet one has none, that a required or waived certification is named in
the need's text, that Thai phrases are mostly Thai letters and English ones plain Latin, and the size
targets. It writes nothing if a check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_acoustic/write.py

## Files

- `profiles.jsonl`: the {profiles} profiles, contract JSONL version 1, ids `{first}` to `{last}`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `write.py`: the data, the labels, the checks and the writer.
- `README.md`: this file (written by `write.py`).

## Counts

{table}"""


def main() -> int:
    problems = check_all()
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    table = counts_table()
    outputs = {
        "profiles.jsonl": "".join(profile_json(sme) + "\n" for sme in SMES),
        "links.csv": links_csv(),
        "README.md": README.format(profiles=len(SMES), first=SMES[0].id, last=SMES[-1].id, table=table),
    }
    for filename, text in outputs.items():
        (HERE / filename).write_text(text, encoding="utf-8", newline="\n")
    print(table, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
