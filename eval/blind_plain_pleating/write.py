"""Write the hand-labelled evaluation set `eval/blind_plain_pleating/`.

Theme: pleating, smocking and garment finishing services (knife, accordion and sunray pleating,
permanent plisse, smocking, pin-tucking, heat-setting) and the SMEs that buy them, plus the ordinary
fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

Every profile below was written by hand. Each offer is a (text, label) pair whose label says what the
thing is; each need lists the offer labels that would meet it and the certifications its text requires
(or waives), or is marked as met by no one. The true links follow from those labels alone. Labels live
only in this file: `profiles.jsonl` carries none.

Run from the repository root:

    .venv/bin/python eval/blind_plain_pleating/write.py

The script checks the data first and writes nothing if a check fails.
"""

from __future__ import annotations

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

ID_PREFIX = "bqt"
N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS_RANGE = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
CENT = SubCluster.AGEING_LIFESTYLE_CENTRAL
ISAN = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM

GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
RCS = "RCS"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ISO9001 = "ISO 9001"
ISO14001 = "ISO 14001"
BLUESIGN = "bluesign"
TIS = "Thai Industrial Standard"
GREEN_LABEL = "Thai Green Label"


# ------------------------------------------------------------------ data model


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
    unmet: str | None = None  # why no one in the set meets it


@dataclass
class Sme:
    id: str
    language: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    name: str
    email: str
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    offers: list[Offer] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)

    def profile(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "sub_cluster": self.sub_cluster.value,
            "stage": self.stage.value,
            "province": self.province,
            "offers": [offer.text for offer in self.offers],
            "needs": [need.text for need in self.needs],
            "certifications": list(self.certifications),
            "bcg": list(self.bcg),
            "contact_email": self.email,
            "language": self.language,
        }


SMES: list[Sme] = []


def sme(
    number: int,
    language: str,
    sub_cluster: SubCluster,
    stage: Stage,
    province: str,
    name: str,
    email: str,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> None:
    SMES.append(Sme(f"{ID_PREFIX}-{number:03d}", language, sub_cluster, stage, province, name, email, certs, bcg))


def offer(text: str, label: str) -> None:
    SMES[-1].offers.append(Offer(text, label))


def need(
    text: str,
    *labels: str,
    requires: tuple[str, ...] = (),
    waives: tuple[str, ...] = (),
    unmet: str | None = None,
) -> None:
    SMES[-1].needs.append(Need(text, labels, requires, waives, unmet))


# ------------------------------------------------------------------ part 1: fibre, yarn, waste (001-025)


def _part_1() -> None:
    sme(1, "th", HEMP, UP, "Tak", "วิสาหกิจชุมชนกัญชงบ้านห้วยน้ำเย็น", "hemp.huainamyen@example.co.th", (ORG_TH,), ("bio",))
    offer("ใยกัญชงลอกมือ ตากแห้ง มัดละ 5 กก.", "hemp_fibre_raw")
    offer("เส้นกัญชงเข็นมือ ต่อเส้นแบบม้ง", "hemp_yarn")
    need("เครื่องลอกเปลือกต้นกัญชง", unmet="decorticating machine; no machine maker in the set")

    sme(2, "en", HEMP, UP, "Phetchabun", "Khao Kho Hemp Growers Group", "khaokho.hemp@example.com", bcg=("bio",))
    offer("Retted hemp bast fibre, 20 kg bales", "hemp_fibre_raw")
    need("Natural indigo vat stock for dyeing hemp, no synthetic indigo", "natural_indigo_dye_paste")

    sme(3, "th", HEMP, UP, "Chiang Mai", "โรงปั่นด้ายกัญชงแม่ริม", "maerim.hempyarn@example.co.th")
    offer("ด้ายกัญชงปั่นเครื่อง เบอร์ 10 และ 16", "hemp_yarn")
    need("ต้องการเปลือกใยกัญชงที่ยังไม่ปั่น เดือนละ 500 กิโล", "hemp_fibre_raw")

    sme(
        4,
        "en",
        CIRC,
        UP,
        "Samut Sakhon",
        "Mahachai Textile Waste Sorting Co.",
        "sort@mahachaiwaste.example.com",
        bcg=("circular",),
    )
    offer("Sorted polyester offcuts from garment factories, by colour", "polyester_fabric_waste")
    offer("Post-consumer clothing, graded, 50 kg bales", "used_clothing")
    need(
        "Cutting-room and pleating-room scraps, any fibre, pick-up around Bangkok",
        "polyester_fabric_waste",
        "cotton_fabric_waste",
        "mixed_fabric_waste",
    )

    sme(
        5,
        "th",
        CIRC,
        UP,
        "Chonburi",
        "บริษัท ชลรีไซเคิลไฟเบอร์ จำกัด",
        "sales@chonrecycle.example.co.th",
        (GRS,),
        ("circular",),
    )
    offer("เส้นใยสั้นโพลีเอสเตอร์รีไซเคิล ผลิตจากขวด PET", "recycled_polyester_fibre")
    offer("ด้ายรีไซเคิล rPET 75D/36F", "recycled_polyester_yarn")
    need("ขวด PET ใส อัดก้อน ส่งถึงโรงงานชลบุรี", unmet="baled PET bottles; no bottle collector in the set")
    need("เศษผ้าโพลีเอสเตอร์ 100% จากโรงงาน ไม่ปนฝ้าย", "polyester_fabric_waste")

    sme(
        6,
        "en",
        SPORT,
        UP,
        "Rayong",
        "Eastern Filament Yarn Co., Ltd.",
        "yarn@easternfilament.example.com",
        (OEKO, ISO9001),
    )
    offer("Polyester FDY 50D and 75D, bright, for chiffon weaving", "polyester_filament_yarn")

    sme(
        7,
        "th",
        ISAN,
        UP,
        "Loei",
        "กลุ่มเกษตรกรปลูกฝ้ายอินทรีย์ด่านซ้าย",
        "dansai.cotton@example.co.th",
        (ORG_TH,),
        ("bio", "green"),
    )
    offer("ปุยฝ้ายอินทรีย์ อีดเมล็ดออกแล้ว", "raw_cotton")
    offer("ฝ้ายเข็นมือ สีตุ่นธรรมชาติ", "cotton_yarn")
    need("กี่ทอผ้ามือสอง สภาพดี", unmet="second-hand looms; no loom seller in the set")

    sme(
        8, "en", HEMP, UP, "Chiang Rai", "Lanna Organic Yarns", "hello@lannaorganicyarns.example.com", (GOTS,), ("bio",)
    )
    offer("GOTS organic cotton yarn Ne 20/1, undyed", "organic_cotton_yarn")
    offer("Combed cotton yarn 30s on cones", "cotton_yarn")
    need("Ginned cotton lint with Organic Thailand certificate", "raw_cotton", requires=(ORG_TH,))

    sme(9, "th", ISAN, UP, "Surin", "กลุ่มเลี้ยงไหมบ้านท่าสว่าง", "thasawang.silk@example.co.th")
    offer("เส้นไหมน้อย สาวมือ ไหมพันธุ์พื้นบ้าน", "silk_yarn")
    need("น้ำครามหมักสำหรับย้อมเส้นไหม", "natural_indigo_dye_paste")

    sme(
        10,
        "en",
        HEMP,
        UP,
        "Sakon Nakhon",
        "Sakon Indigo Paste Co-op",
        "coop@sakonindigo.example.com",
        (ORG_TH,),
        ("bio",),
    )
    offer("Fermented indigo paste (nam khram), 1 kg tubs", "natural_indigo_dye_paste")
    need("Undyed cotton thread for our indigo workshops", "cotton_yarn", "organic_cotton_yarn")

    sme(11, "th", HEMP, UP, "Phrae", "วิสาหกิจชุมชนห้อมทุ่งโฮ้ง", "hom.thunghong@example.co.th", bcg=("bio",))
    offer("ห้อมเปียก เนื้อห้อมหมักแล้ว กิโลละ 350 บาท", "natural_indigo_dye_paste")
    offer("ครั่ง ฝาง เปลือกประดู่ตากแห้ง", "natural_dyestuff")

    sme(12, "en", CIRC, UP, "Bangkok", "Second Term Uniform Exchange", "swap@secondterm.example.com", bcg=("circular",))
    offer("Used school uniforms, washed and sorted by size", "used_clothing")
    need("Shredding of worn-out uniforms into fibre", "textile_shredding_service")

    sme(
        13,
        "th",
        CIRC,
        UP,
        "Nakhon Pathom",
        "โรงงานบดเศษผ้านครปฐม",
        "shred@nakhonpathomfibre.example.co.th",
        bcg=("circular",),
    )
    offer("รับบดย่อยเศษผ้าเป็นปุย ลูกค้าส่งผ้ามาเอง", "textile_shredding_service")
    offer("ใยรีไซเคิลจากเศษผ้า สำหรับยัดหมอนและเบาะ", "recycled_filling_fibre")
    need("เศษผ้าคอตตอนขาวล้วน เหลือจากโรงงานตัดเสื้อ", "cotton_fabric_waste")

    sme(
        14,
        "en",
        SPORT,
        UP,
        "Samut Prakan",
        "Prakan rPET Yarn Ltd.",
        "sales@prakanrpet.example.com",
        (GRS,),
        ("circular",),
    )
    offer("GRS recycled polyester DTY 150D/48F", "recycled_polyester_yarn")
    need("Clean 100% polyester fabric waste, no blends", "polyester_fabric_waste")

    sme(15, "th", CENT, UP, "Bangkok", "ร้านด้ายสำเพ็ง ฮั่วเส็ง", "huaseng.thread@example.co.th")
    offer("ด้ายยางสม็อค สีขาว ดำ หลอดละ 25 บาท", "elastic_thread")
    offer("ด้ายเย็บผ้าโพลีเอสเตอร์ 40/2 ลูกใหญ่", "sewing_thread")
    need(
        "เส้นด้ายโพลีเอสเตอร์ใยยาว สำหรับกรอเป็นด้ายเย็บ",
        "polyester_filament_yarn",
        "recycled_polyester_yarn",
    )

    sme(16, "th", ISAN, UP, "Khon Kaen", "โรงหีบฝ้ายขอนแก่น", "kkcotton.gin@example.co.th")
    offer("ฝ้ายทั้งเมล็ดและปุยฝ้ายหีบแล้ว จากไร่ฝ้ายอีสาน", "raw_cotton")

    sme(
        17,
        "th",
        CIRC,
        UP,
        "Songkhla",
        "ร้านเสื้อผ้ามือสองหาดใหญ่ กิมหยง",
        "hatyai.secondhand@example.co.th",
        bcg=("circular",),
    )
    offer("เสื้อผ้ามือสองเกรด A ขายยกกระสอบ", "used_clothing")
    need("หาโรงงานตีเสื้อผ้าเก่าที่คัดทิ้งให้เป็นเส้นใย", "textile_shredding_service")

    sme(18, "en", HEMP, UP, "Nan", "Nan Natural Colours", "colours@nannatural.example.com", bcg=("bio", "green"))
    offer("Dried lac, ebony fruit and mango bark for dyeing", "natural_dyestuff")
    need("Hemp yarn, undyed, about 30 kg a month", "hemp_yarn")

    sme(19, "th", CIRC, UP, "Ratchaburi", "โรงปั่นด้ายรีไซเคิลโพธาราม", "photharam.oe@example.co.th", (RCS,), ("circular",))
    offer("ด้ายฝ้ายรีไซเคิล OE จากเศษผ้า เบอร์ 10", "recycled_cotton_yarn")
    need("ผ้าฝ้ายเหลือทิ้ง คัดสีแล้ว ราคาต่อตัน", "cotton_fabric_waste")
    need("ผ้าปูที่นอนโรงแรมที่ปลดระวางแล้ว ผ้าฝ้ายล้วน", "used_hotel_linen")

    sme(20, "en", SPORT, UP, "Chonburi", "Siam Covered Elastic Yarn", "elastic@siamcovered.example.com")
    offer("Covered spandex yarn 40D for shirring and waistbands", "elastic_thread")

    sme(21, "th", CENT, MID, "Bangkok", "ร้านผ้าพาหุรัด ศรีเจริญ", "sricharoen.pahurat@example.co.th")
    offer("ผ้าชีฟองโพลีเอสเตอร์ หน้า 60 นิ้ว มี 40 สี", "polyester_chiffon_fabric")
    offer("ผ้าไหมอิตาลี ผ้าซาตินเงา ขายส่งยกพับ", "polyester_satin_fabric")
    need("ร้านรับอัดพลีทผ้าม้วน ส่งผ้าของร้านไปอัดเป็นหลา", "straight_pleating_service")

    sme(22, "en", SPORT, MID, "Samut Sakhon", "Sakhon Weaving Mill", "mill@sakhonweaving.example.com", (OEKO,))
    offer("Polyester georgette and chiffon greige, 100D", "polyester_greige_fabric")
    need("Virgin poly filament, 75 denier, fully drawn", "polyester_filament_yarn")

    sme(
        23,
        "th",
        CIRC,
        MID,
        "Nakhon Pathom",
        "บริษัท กรีนเวฟ เท็กซ์ไทล์ จำกัด",
        "greenwave@example.co.th",
        (GRS,),
        ("circular",),
    )
    offer("ผ้าโพลีเอสเตอร์รีไซเคิล ทอจากเส้นใยขวดพลาสติก", "recycled_polyester_fabric")
    need("ด้าย rPET ต้องมีใบรับรอง GRS", "recycled_polyester_yarn", requires=(GRS,))

    sme(24, "en", CENT, MID, "Samut Prakan", "Bangplee Dyeing House", "dyehouse@bangplee.example.com", (ISO14001,))
    offer("Commission dyeing of polyester and blends, your fabric", "commission_dyeing_service")
    need("Undyed poly loomstate for stock dyeing", "polyester_greige_fabric")
    need("Extra thermosetting capacity when our line is full, 5,000 m a week", "heat_setting_service")
    need("Disperse dyes for polyester", "disperse_dyes")

    sme(25, "th", HEMP, MID, "Sakon Nakhon", "กลุ่มผ้าครามบ้านดอนกอย", "donkoi.khram@example.co.th", (OTOP,), ("bio",))
    offer("รับย้อมครามธรรมชาติ ผ้าหรือเส้นฝ้ายของลูกค้า", "indigo_dyeing_service")
    offer("ผ้าฝ้ายย้อมคราม ทอมือ เมตรละ 280 บาท", "indigo_dyed_cotton_fabric")
    need("ฝ้ายเป็นเส้นที่ยังไม่ย้อม เข็นมือหรือเข็นเครื่องก็ได้", "cotton_yarn", "organic_cotton_yarn")


# ------------------------------------------------------------------ part 2: cloth, dyeing, pleating (026-050)


def _part_2() -> None:
    sme(26, "en", HEMP, MID, "Phrae", "Mor Hom House Thung Hong", "shop@morhomhouse.example.com", bcg=("bio",))
    offer("Mor hom indigo cotton cloth by the metre", "indigo_dyed_cotton_fabric")
    offer("Mor hom farmer shirts, M to XXL", "indigo_shirt")
    need("Fresh hom paste, ideally from Phrae growers", "natural_indigo_dye_paste")

    sme(27, "th", ISAN, MID, "Khon Kaen", "กลุ่มทอผ้าไหมมัดหมี่ชนบท", "chonnabot.mudmee@example.co.th", (PEACOCK, OTOP))
    offer("ผ้าไหมมัดหมี่ ทอมือ ได้ตรานกยูงพระราชทาน", "silk_fabric")
    need("ไหมเส้นพุ่ง ไหมเส้นยืน สำหรับทอมัดหมี่", "silk_yarn")

    sme(28, "en", CENT, MID, "Bangkok", "Bobae Uniform Cloth Trading", "bobae.cloth@example.com")
    offer("Navy tetoron skirt cloth, Toray, 58 in", "tr_skirt_fabric")
    offer("White cotton poplin and voile for blouses", "white_cotton_fabric")

    sme(29, "th", CENT, MID, "Samut Sakhon", "โรงทอผ้านักเรียนมหาชัย", "mahachai.uniformcloth@example.co.th", (TIS,))
    offer("ผ้าโทเรสีกรม ผ้าเสิร์จดำ ตัดกระโปรงนักเรียน ได้ มอก.", "tr_skirt_fabric")
    need("ด้ายโพลีเอสเตอร์บริสุทธิ์ ไม่เอารีไซเคิล สำหรับเครื่องทอ", "polyester_filament_yarn")

    sme(30, "en", HEMP, MID, "Chiang Mai", "Doi Pui Hemp Weavers", "weave@doipuihemp.example.com", bcg=("bio",))
    offer("Handloom hemp cloth, natural, 40 cm wide", "hemp_fabric")
    offer("Hmong batik hemp cloth, beeswax and indigo", "hemp_batik_fabric")
    need("Hand-spun hemp thread", "hemp_yarn")

    sme(31, "th", ISAN, MID, "Udon Thani", "กลุ่มทอผ้าฝ้ายลายขิด บ้านนาข่า", "nakha.khit@example.co.th", (OTOP,))
    offer("ผ้าฝ้ายทอมือ ลายขิด หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric")
    need(
        "อยากหาคนรับย้อมผ้าฝ้ายที่เราทอ ใช้สีธรรมชาติเท่านั้น ไม่เอาสีเคมี",
        "natural_dyeing_service",
        "indigo_dyeing_service",
    )

    sme(32, "en", CIRC, MID, "Ratchaburi", "Ratchaburi Plant Dye Studio", "studio@plantdye.example.com", bcg=("green",))
    offer("Plant dyeing of your cotton, silk or hemp with lac and mango bark", "natural_dyeing_service")
    need("Sappanwood chips and sticklac by the sack", "natural_dyestuff")

    sme(33, "th", SPORT, MID, "Samut Prakan", "ซับลิเมชั่นปริ้นท์ บางพลี", "bangphli.sublimation@example.co.th")
    offer("รับพิมพ์ซับลิเมชั่นลงผ้าโพลีเอสเตอร์ของลูกค้า", "sublimation_printing_service")
    need("กระดาษทรานเฟอร์ซับลิเมชั่น ม้วนหน้ากว้าง 1.6 เมตร", unmet="transfer paper; no paper supplier in the set")

    sme(34, "en", CENT, MID, "Bangkok", "Pratunam Bridal Fabrics", "bridal@pratunamfabrics.example.com")
    offer("Bridal tulle, French lace and organza by the metre", "bridal_lace_tulle")
    need("Crystal-pleated organza or chiffon, ready to cut", "pleated_fabric_yardage")

    sme(35, "th", CENT, MID, "Nonthaburi", "ร้านอัดกลีบ นนท์พลีท", "nonpleat@example.co.th")
    offer("อัดจีบผ้า จีบมีด จีบกล่อง ผ้าลูกค้าเอง", "straight_pleating_service")
    offer("ผ้าอัดย่น ผ้าพลีทสำเร็จ ขายเป็นเมตร", "pleated_fabric_yardage")
    need("แม่แบบกระดาษสำหรับอัดพลีท", "pleating_paper_moulds")

    sme(36, "th", CENT, MID, "Bangkok", "ร้านอัดพลีทสำเพ็ง โชคชัย", "chokchai.pleat@example.co.th")
    offer("รับอัดพลีท อัดจีบ ผ้าชีฟองที่ลูกค้านำมา", "straight_pleating_service")
    offer("อัดพลีทรอบตัว กระโปรงบานวงกลม", "sunray_pleating_service")
    offer("เศษผ้าชีฟองจากงานอัดพลีท ขายเหมากระสอบ", "polyester_fabric_waste")
    need("กระดาษแม่แบบจีบซันเรย์ สั่งทำตามขนาด", "pleating_paper_moulds")

    sme(37, "en", CENT, MID, "Bangkok", "Plisse Atelier Bangkok", "studio@plisseatelier.example.com")
    offer("Permanent plisse and accordion pleats on your polyester", "straight_pleating_service")
    offer("Ready-pleated plisse fabric by the metre, 20 colours", "pleated_fabric_yardage")
    need("Polyester chiffon in bulk for stock plisse", "polyester_chiffon_fabric")
    need("Technician to service a rotary pleating machine", unmet="machine repair; no technician in the set")

    sme(38, "th", CENT, MID, "Samut Prakan", "ช่างพับแม่พิมพ์พลีท ปากน้ำ", "paknam.mould@example.co.th")
    offer("แม่พิมพ์กระดาษอัดพลีท พับมือ ตามขนาดจีบ", "pleating_paper_moulds")
    need("กระดาษคราฟท์หนา 250 แกรม ม้วนใหญ่", unmet="heavy kraft paper; no paper supplier in the set")

    sme(
        39,
        "en",
        SPORT,
        MID,
        "Chonburi",
        "Amata Heat-Set Finishing",
        "finishing@amataheatset.example.com",
        (ISO9001, BLUESIGN),
    )
    offer("Stenter heat-setting for polyester and nylon knits", "heat_setting_service")

    sme(40, "th", SPORT, MID, "Pathum Thani", "โรงงานเซ็ตผ้ารังสิต", "rangsit.setting@example.co.th")
    offer("รับอบเซ็ตผ้าด้วยความร้อน ผ้ากีฬา ผ้ายืด", "heat_setting_service")
    offer("อัดพลีทกระโปรงเทนนิส ผ้าของลูกค้า", "straight_pleating_service")
    need("ผ้าเหลือสต็อก โพลีเอสเตอร์ ราคากิโล", "deadstock_fabric")

    sme(41, "en", SPORT, MID, "Samut Sakhon", "Mahachai Sport Knit", "knit@mahachaisport.example.com")
    offer("Polyester birdseye knit, moisture-wicking, 160 gsm", "polyester_sport_knit")
    need("Sublimation printing for team kits", "sublimation_printing_service")
    need("rPET yarn for knitting, GRS welcome but not required", "recycled_polyester_yarn", waives=(GRS,))

    sme(42, "th", CENT, MID, "Nonthaburi", "บ้านสม็อคปากเกร็ด", "pakkret.smock@example.co.th")
    offer("งานสม็อคมือ ลายรังผึ้ง ผ้าลูกค้า", "hand_smocking_service")
    offer("เดินยางย่น สม็อคยางด้วยจักร", "shirring_service")
    need("เส้นยางยืดเส้นเล็ก ใส่กระสวยจักร", "elastic_thread")

    sme(43, "en", CENT, MID, "Nakhon Pathom", "Tuck and Shirr Studio", "hello@tuckshirr.example.com")
    offer("Pin-tucking and twin-needle tucks on blouse fronts", "pintuck_service")
    offer("Machine shirring with elastic thread, whole panels", "shirring_service")
    need("Fine sheer cotton for tucked blouses, white", "white_cotton_fabric")

    sme(44, "th", HEMP, MID, "Tak", "กลุ่มแม่บ้านม้ง บ้านรวมใจ", "ruamjai.hmong@example.co.th", bcg=("bio",))
    offer("รับจีบกระโปรงม้งด้วยมือ ผ้ากัญชงของลูกค้า", "hand_pleating_service")
    offer("กระโปรงม้งผ้ากัญชงเขียนเทียน จีบรอบตัว", "hmong_pleated_skirt")
    need("ผ้ากัญชงเขียนเทียน ยังไม่ตัด", "hemp_batik_fabric")
    need("ขี้ผึ้งแท้สำหรับเขียนเทียน", unmet="beeswax; no wax supplier in the set")

    sme(45, "en", CIRC, MID, "Bangkok", "Edge and Hem Services", "orders@edgehem.example.com")
    offer("Rolled-hem and baby-lock edging for scarves, per piece", "rolled_hem_service")

    sme(46, "th", CENT, MID, "Bangkok", "โรงงานตัดเย็บรับจ้าง บางแค", "bangkhae.cmt@example.co.th")
    offer("รับตัดเย็บเสื้อผ้าตามแบบ ขั้นต่ำ 100 ตัว", "cmt_sewing_service")
    offer("เศษผ้าฝ้ายจากห้องตัด ขายเป็นกิโล", "cotton_fabric_waste")
    need("ลาเบลติดคอเสื้อ แบบทอ โลโก้ลูกค้า", "woven_labels")

    sme(47, "th", ISAN, MID, "Khon Kaen", "อีสานซีเอ็มที รับเย็บผ้า", "isancmt@example.co.th")
    offer("รับเย็บตามออเดอร์แบรนด์เล็ก ขั้นต่ำ 50 ตัว ใช้ผ้าของลูกค้า", "cmt_sewing_service")
    offer("เศษผ้าคละ ฝ้ายปนโพลี กระสอบละ 20 กก.", "mixed_fabric_waste")

    sme(48, "th", CENT, MID, "Samut Sakhon", "ป้ายทอมหาชัย", "mahachai.labels@example.co.th")
    offer("ป้ายทอ ป้ายแบรนด์ ป้ายไซส์ ขั้นต่ำ 500 ชิ้น", "woven_labels")

    sme(49, "en", SPORT, MID, "Rayong", "Rayong Rotary Pleating", "pleat@rayongrotary.example.com")
    offer("Sunray pleating for circle skirts, own moulds", "sunray_pleating_service")
    offer("Accordion pleating on rotary machines, 1,000 m a day", "straight_pleating_service")
    need("Dimensional stabilising of polyester before pleating", "heat_setting_service")

    sme(50, "th", ISAN, MID, "Kalasin", "กลุ่มทอผ้าไหมแพรวา บ้านโพน", "banphon.praewa@example.co.th", (OTOP,))
    offer("ผ้าไหมแพรวา ทอมือ ลายโบราณ", "silk_fabric")
    need("หาคนหมักครามย้อมเส้นไหมให้ ส่งไหมไปเอง", "indigo_dyeing_service")


# ------------------------------------------------------------------ part 3: labels, uniforms, bridal (051-075)


def _part_3() -> None:
    sme(51, "en", CENT, DOWN, "Bangkok", "Fold and Flow", "studio@foldandflow.example.com")
    offer("Midi pleated skirts, own label, S to XL", "pleated_skirt")
    need("Someone to pleat georgette we supply, 300 m a month", "straight_pleating_service")
    need("Sewing partner for skirts, we send the pleated panels", "cmt_sewing_service")
    need("Woven brand labels", "woven_labels")

    sme(52, "th", CENT, DOWN, "Bangkok", "พลีทพลิ้ว ผ้าพันคอ", "pleatplew@example.co.th")
    offer("ผ้าพันคอพลีท ผ้าชีฟอง 20 สี", "pleated_scarf")
    need("ร้านรับเย็บริมม้วน ผ้าพันคอ", "rolled_hem_service")
    need("ผ้าจีบพลีทถาวร เป็นม้วน พร้อมตัด", "pleated_fabric_yardage")

    sme(53, "en", CENT, DOWN, "Nonthaburi", "Nonthaburi School Wear", "orders@nbschoolwear.example.com")
    offer("Girls' pleated school skirts, navy and black, waist 22-36", "school_skirt")
    offer("White school blouses", "school_shirt")
    need("Uniform suiting for girls' skirts, dark blue, TIS certified", "tr_skirt_fabric", requires=(TIS,))
    need("All-round knife pleating for school skirts", "straight_pleating_service")

    sme(54, "th", ISAN, DOWN, "Khon Kaen", "ร้านชุดนักเรียน ขอนแก่นยูนิฟอร์ม", "kkuniform@example.co.th")
    offer("เสื้อนักเรียนหญิงคอบัว", "school_shirt")
    need("กระโปรงนักเรียนจีบรอบ สีกรม ขายส่ง", "school_skirt")
    need("รับปักชื่อ ปักอักษรย่อโรงเรียน", unmet="name embroidery; no embroiderer in the set")

    sme(55, "en", CENT, DOWN, "Bangkok", "Wat Suthi School Co-operative Shop", "coop.shop@watsuthi.example.com")
    need("Girls' uniform skirts for grades 7-12, all sizes", "school_skirt")
    need("Girls' white shirts for school", "school_shirt")
    need("Uniform hangers and garment bags", unmet="hangers and bags; no packaging supplier in the set")

    sme(56, "th", CENT, DOWN, "Nakhon Pathom", "นครปฐมเวดดิ้ง ชุดเจ้าสาว", "nkpwedding@example.co.th")
    offer("ชุดเจ้าสาว ให้เช่าและตัดใหม่", "bridal_gown")
    need("ผ้าลูกไม้ ผ้าทูล ทำชุดเจ้าสาว", "bridal_lace_tulle")
    need("จีบซันเรย์ ชายกระโปรงเจ้าสาว ผ้าชีฟองของร้าน", "sunray_pleating_service")

    sme(57, "en", CENT, DOWN, "Bangkok", "Maison Ivory Bridal", "atelier@maisonivory.example.com")
    offer("Made-to-measure wedding gowns", "bridal_gown")
    need("Hand smocking on bodice panels", "hand_smocking_service")
    need("Ivory crystal-pleated chiffon, ready-made", "pleated_fabric_yardage")

    sme(58, "th", CENT, DOWN, "Chonburi", "ชุดเด็กสม็อคมือ บางแสน", "bangsaen.smock@example.co.th")
    offer("ชุดเด็กผู้หญิงงานสม็อคมือ", "smocked_childrens_dress")
    need("คนรับงานสม็อคมือ รับไปทำที่บ้านได้", "hand_smocking_service")
    need("ผ้าคอตตอนลายดอกลิเบอร์ตี้", unmet="Liberty-print cotton lawn; no one offers printed lawn")

    sme(59, "en", ISAN, DOWN, "Udon Thani", "Little Khit Babywear", "hello@littlekhit.example.com")
    offer("Smocked baby rompers in Isan cotton", "smocked_childrens_dress")
    need("Handwoven cotton with khit pattern", "handwoven_cotton_fabric")

    sme(60, "th", ISAN, MID, "Roi Et", "กลุ่มแม่บ้านสม็อคมือ บ้านหนองแวง", "nongwaeng.smock@example.co.th")
    offer("กลุ่มผู้สูงอายุรับปักสม็อคมือ งานละเอียด", "hand_smocking_service")
    offer("รับเย็บพินทัค หน้าเสื้อ", "pintuck_service")
    need("จักรเย็บผ้ามือสอง", unmet="second-hand sewing machines; no machine seller in the set")

    sme(61, "en", CENT, DOWN, "Nonthaburi", "Silver Grace Clothing", "care@silvergrace.example.com")
    offer("Elastic-waist pleated trousers for older women", "pleated_trousers")
    need("Pin-tucked fronts on our easy-wear blouses", "pintuck_service")
    need("Soft chiffon, OEKO-TEX Standard 100 required", "polyester_chiffon_fabric", requires=(OEKO,))

    sme(62, "th", CENT, MID, "Samut Prakan", "โรงงานผ้าชีฟองย้อมสำเร็จ บางปู", "bangpu.chiffon@example.co.th", (OEKO,))
    offer("ผ้าชีฟองย้อมสำเร็จ 60 สี ได้ OEKO-TEX", "polyester_chiffon_fabric")
    need("ผ้าดิบโพลีเอสเตอร์ ผ้ากรีจยังไม่ย้อม", "polyester_greige_fabric")

    sme(63, "en", CENT, DOWN, "Surat Thani", "Baan Suk Care Home", "office@baansukcare.example.com")
    need("Easy-dress clothes for residents with stiff shoulders", "adaptive_clothing")
    need("Loose elastic-waist trousers for elderly ladies", "pleated_trousers")
    need("Non-slip grip socks for residents", unmet="socks; no hosiery maker in the set")

    sme(64, "th", CENT, DOWN, "Bangkok", "ใส่ง่าย เสื้อผ้าผู้สูงวัย", "saingai@example.co.th")
    offer("เสื้อผ้าผู้สูงอายุ ติดตีนตุ๊กแก ใส่ง่าย", "adaptive_clothing")
    need("ช่างเย็บรับจ้าง งานเสื้อผ้าผู้สูงอายุ", "cmt_sewing_service")

    sme(65, "en", ISAN, DOWN, "Nakhon Ratchasima", "Korat Rehabilitation Hospital", "supply@koratrehab.example.com")
    need("Side-opening patient gowns, 500 pcs", unmet="patient gowns; no hospital-wear maker in the set")
    need("Adaptive clothing for stroke rehab patients", "adaptive_clothing")

    sme(66, "th", SPORT, DOWN, "Bangkok", "สปอร์ตสเกิร์ต", "sportskirt@example.co.th")
    offer("กระโปรงเทนนิสจีบรอบ ผ้าดรายฟิต", "sports_pleated_skirt")
    need("ผ้ากีฬาโพลีเอสเตอร์ ระบายเหงื่อ", "polyester_sport_knit")
    need("มีร้านไหนรับอัดพลีทผ้ากีฬาบ้างคะ", "straight_pleating_service")

    sme(67, "en", SPORT, DOWN, "Chiang Mai", "Lanna Court Sportswear", "team@lannacourt.example.com")
    offer("Pleated sports-day skirts for schools", "sports_pleated_skirt")
    need("Thermofixing of knit panels, bluesign system partner only", "heat_setting_service", requires=(BLUESIGN,))

    sme(68, "th", HEMP, DOWN, "Chiang Mai", "ม่อนแจ่มเฮมพ์", "monjamhemp@example.co.th", bcg=("bio",))
    offer("กระโปรงจีบผ้ากัญชง สไตล์ม้ง", "hmong_pleated_skirt")
    need("ช่างพับจีบผ้าใยกัญชงแบบม้ง งานมือ ไม่ใช้เครื่องอัด", "hand_pleating_service")
    need("ผ้ากัญชงทอมือ สีธรรมชาติ ไม่ฟอก", "hemp_fabric")

    sme(69, "en", HEMP, DOWN, "Bangkok", "Hilltribe Craft Corner", "shop@hilltribecorner.example.com")
    need("Hmong pleated hemp skirts for resale", "hmong_pleated_skirt")
    need("Phrae-style blue work shirts", "indigo_shirt")

    sme(70, "th", CENT, DOWN, "Phetchaburi", "โคมไฟผ้าจีบ เพชรบุรี", "phetlamp@example.co.th")
    offer("โคมไฟผ้าจีบ ทำมือ", "pleated_lampshade")
    need("ผ้าเกล็ดพลีท ยาว 30 เมตรขึ้นไป", "pleated_fabric_yardage")
    need("โครงโคมไฟเหล็ก", unmet="lamp frames; no metalworker in the set")

    sme(71, "en", CIRC, MID, "Bangkok", "Second Fold Upcycled Pleats", "hi@secondfold.example.com", bcg=("circular",))
    offer("Pleated fabric from deadstock polyester, per metre", "pleated_fabric_yardage")
    need("Deadstock polyester rolls", "deadstock_fabric")

    sme(72, "th", CIRC, UP, "Samut Sakhon", "ผ้าค้างสต็อก มหาชัย", "mahachai.deadstock@example.co.th", bcg=("circular",))
    offer("ผ้าม้วนเหลือจากโรงงาน ค้างสต็อก ขายกิโล", "deadstock_fabric")

    sme(73, "en", CENT, DOWN, "Bangkok", "Atelier Sunray", "atelier@sunray.example.com")
    offer("Plisse dresses and tops, own label", "pleated_dress")
    need("Anyone who can do fan pleats radiating from the waist?", "sunray_pleating_service")
    need("Polyester satin by the roll, OEKO-TEX not required", "polyester_satin_fabric", waives=(OEKO,))

    sme(74, "th", CENT, DOWN, "Bangkok", "ร้านมัลติแบรนด์ สยาม", "siam.multibrand@example.co.th")
    need("กระโปรงพลีทผู้หญิง ขายส่ง", "pleated_skirt")
    need("สการ์ฟอัดจีบ สีพื้น ขายส่ง", "pleated_scarf")
    need("หุ่นโชว์เสื้อผ้า", unmet="display mannequins; no shopfitter in the set")

    sme(75, "en", ISAN, DOWN, "Ubon Ratchathani", "Ubon OTOP Centre", "centre@ubonotop.example.com")
    need("OTOP-registered indigo bags", "handwoven_cotton_bag", requires=(OTOP,))
    need("Indigo-dyed shirts", "indigo_shirt")


# ------------------------------------------------------------------ part 4: shops, institutions, odd ones (076-095)


def _part_4() -> None:
    sme(76, "th", ISAN, DOWN, "Sakon Nakhon", "กระเป๋าผ้าครามสกล", "sakon.khrambag@example.co.th", (OTOP,))
    offer("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "handwoven_cotton_bag")
    offer("ผ้าพันคอย้อมคราม อัดพลีท", "pleated_scarf")
    need("ผ้าหม้อห้อม หรือผ้าคราม ยกพับ", "indigo_dyed_cotton_fabric")

    sme(77, "th", HEMP, DOWN, "Phrae", "ร้านเสื้อหม้อห้อมแม่ศรี", "maesri.morhom@example.co.th")
    offer("เสื้อหม้อห้อม คอจีน แขนสั้น", "indigo_shirt")
    need("ผ้าฝ้ายเมืองสีขาว ยังไม่ผ่านการย้อม", "handwoven_cotton_fabric")

    sme(78, "th", HEMP, MID, "Songkhla", "กลุ่มทอผ้าเกาะยอ", "kohyor.weave@example.co.th", (OTOP,))
    offer("ผ้าทอเกาะยอ ลายราชวัตร ขายเป็นเมตร", "handwoven_cotton_fabric")
    need("ด้ายฝ้ายเบอร์ 20 ดิบหรือย้อมแล้วก็ได้", "cotton_yarn", "organic_cotton_yarn")

    sme(79, "th", CENT, MID, "Pattani", "บาติกปัตตานี", "pattani.batik@example.co.th")
    offer("ผ้าบาติกเขียนมือ ผ้าปาเต๊ะ", "batik_fabric")
    need("ผ้าฝ้ายขาวสำหรับเขียนบาติก", "white_cotton_fabric")

    sme(80, "en", CENT, DOWN, "Phuket", "Baba Kebaya House", "shop@babakebaya.example.com")
    offer("Nyonya kebaya blouses with batik sarong", "kebaya_set")
    need("Hand-drawn batik sarong lengths", "batik_fabric")
    need("Cutwork embroidery on voile", unmet="cutwork embroidery; no embroiderer in the set")

    sme(81, "th", ISAN, DOWN, "Buriram", "ร้านผ้าซิ่น บุรีรัมย์", "buriram.phasin@example.co.th")
    offer("ผ้าซิ่นสำเร็จรูป ใส่ง่าย มีตะขอ", "pha_sin_skirt")
    need("ผ้าไหมที่มีตรานกยูงพระราชทาน", "silk_fabric", requires=(PEACOCK,))

    sme(82, "en", ISAN, DOWN, "Khon Kaen", "Isan Silk Boutique", "boutique@isansilk.example.com")
    need("Mudmee silk, Peacock Emblem not needed", "silk_fabric", waives=(PEACOCK,))
    need("Ready-to-wear pha sin with hooks", "pha_sin_skirt")

    sme(83, "th", CENT, DOWN, "Bangkok", "โรงเรียนนาฏศิลป์ บ้านรำไทย", "banramthai@example.co.th")
    need("ผ้านุ่งจีบหน้านางสำเร็จรูป สำหรับนักเรียนรำ", "thai_dance_costume")
    need("กระโปรงบานอัดพลีท สำหรับชุดระบำ", "pleated_skirt")

    sme(84, "en", CENT, DOWN, "Ang Thong", "Ang Thong Dance Costumes", "costume@angthongdance.example.com")
    offer("Thai classical dance costumes, pre-pleated jeeb na nang sarongs", "thai_dance_costume")
    need("Silk-look polyester satin, gold and red", "polyester_satin_fabric")
    need("Extra sewing hands in peak season, paid per piece", "cmt_sewing_service")
    need("Gold metallic thread for trims", unmet="metallic thread; no supplier in the set")

    sme(85, "en", CENT, DOWN, "Chonburi", "Pattaya Bay Resort", "purchasing@pattayabay.example.com")
    offer("Retired hotel bed sheets, cotton, by the bale", "used_hotel_linen")
    need("Front-desk uniforms with pleated skirts", "corporate_uniform")
    need("Laundry service for staff uniforms", unmet="laundry; no laundry in the set")

    sme(86, "th", CENT, DOWN, "Samut Prakan", "บริษัท ยูนิฟอร์มพลัส จำกัด", "uniformplus@example.co.th")
    offer("ชุดยูนิฟอร์มพนักงาน กระโปรงจีบ เสื้อเชิ้ต", "corporate_uniform")
    need("ผ้าเทโทรอนเรยอน สีดำ ทำกระโปรงพนักงาน ไม่ต้องมี มอก.", "tr_skirt_fabric", waives=(TIS,))
    need("ด้ายเย็บผ้าสีดำ สีกรม ยกโหล", "sewing_thread")

    sme(87, "th", ISAN, DOWN, "Maha Sarakham", "หมู่บ้านผู้สูงอายุ สารคาม", "sarakham.elder@example.co.th")
    need("ผ้าถุงสำเร็จ เอวยางยืด สำหรับคุณยาย", "pha_sin_skirt")
    need("กางเกงในซึมซับ ซักได้", unmet="washable incontinence briefs; no maker in the set")

    sme(88, "th", SPORT, DOWN, "Nonthaburi", "ชุดเชียร์ลีดเดอร์ นนท์", "non.cheer@example.co.th")
    offer("ชุดเชียร์ลีดเดอร์ กระโปรงจีบ", "cheer_uniform")
    need("อยากได้ร้านพิมพ์ลายเต็มตัวแบบเสื้อบอล ลายทีม", "sublimation_printing_service")
    need("ผ้าจากขวดพลาสติกรีไซเคิล ขอแบบได้ GRS", "recycled_polyester_fabric", requires=(GRS,))

    sme(89, "en", CIRC, DOWN, "Chiang Mai", "Refold Bags", "hello@refoldbags.example.com", bcg=("circular",))
    offer("Tote bags upcycled from pleating offcuts", "upcycled_bag")
    need("Leftover chiffon and satin scraps, mixed colours", "polyester_fabric_waste")

    sme(90, "th", ISAN, DOWN, "Nakhon Phanom", "ร้านของฝากผ้าคราม นครพนม", "nakhonphanom.khram@example.co.th")
    need("กระเป๋าผ้าทอย้อมคราม ขายส่ง", "handwoven_cotton_bag")
    need("เสื้อย้อมครามผู้ชาย", "indigo_shirt")

    sme(91, "en", CIRC, DOWN, "Bangkok", "Zero Waste Store Ari", "store@zerowasteari.example.com", bcg=("circular",))
    need("Bags sewn from reclaimed fabric", "upcycled_bag")
    need(
        "Pleated scarves with GRS recycled content",
        "pleated_scarf",
        requires=(GRS,),
        unmet="pleated scarves are offered, but not by a GRS holder",
    )

    sme(92, "th", CENT, UP, "Bangkok", "ร้านเคมีย้อมผ้า จักรวรรดิ", "chakkrawat.dye@example.co.th")
    offer("สีครามสังเคราะห์ ชนิดผง", "synthetic_indigo_dye")
    offer("สีดิสเพิร์ส สำหรับย้อมโพลีเอสเตอร์", "disperse_dyes")

    sme(93, "en", CIRC, UP, "Samut Sakhon", "Budget Poly Yarn Trading", "trade@budgetpoly.example.com")
    offer("Recycled polyester yarn, imported, no certificate", "recycled_polyester_yarn")

    sme(94, "th", ISAN, UP, "Kalasin", "ฝ้ายอินทรีย์บ้านนาโพธิ์", "naphoe.cotton@example.co.th", bcg=("bio",))
    offer("ฝ้ายอินทรีย์เข็นมือ ปลูกเอง ไม่ใช้สารเคมี", "organic_cotton_yarn")
    need("ปุยฝ้ายสำหรับเข็นเพิ่ม ไม่ต้องมีใบรับรองเกษตรอินทรีย์", "raw_cotton", waives=(ORG_TH,))

    sme(95, "en", ISAN, DOWN, "Nong Khai", "Mekong Organic Baby", "hello@mekongbaby.example.com")
    offer("Organic cotton baby sleepsuits", "baby_sleepwear")
    need("Certified organic cotton thread for baby knits, GOTS", "organic_cotton_yarn", requires=(GOTS,))


# ------------------------------------------------------------------ checks

ID_RE = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9.\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
THAI_RE = re.compile("[\u0e00-\u0e7f]")


def load() -> list[Sme]:
    SMES.clear()
    for part in (_part_1, _part_2, _part_3, _part_4):
        part()
    return list(SMES)


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _thai_share(text: str) -> float:
    thai = len(THAI_RE.findall(text))
    latin = sum(1 for char in text if char.isascii() and char.isalpha())
    return thai / (thai + latin) if thai + latin else 0.0


def _is_latin_only(text: str) -> bool:
    return not THAI_RE.search(text) and all(ord(char) < 0x250 for char in text if char.isalpha())


def _names_certification(text: str, name: str) -> bool:
    """True when `text` spells one of the names of the certification `name`."""
    cert = next(c for c in CERTIFICATIONS if c.name == name)
    spellings = (cert.name, cert.full_name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
    folded = _nfkc(text).casefold()
    return any(_nfkc(spelling).casefold() in folded for spelling in spellings)


def qualified(smes: list[Sme], buyer: Sme, want: Need) -> list[Sme]:
    """Suppliers other than `buyer` with an offer labelled as `want` lists and every certification it requires."""
    return [
        supplier
        for supplier in smes
        if supplier.id != buyer.id
        and any(o.label in want.labels for o in supplier.offers)
        and set(want.requires) <= set(supplier.certifications)
    ]


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links = {
        (supplier.id, buyer.id)
        for buyer in smes
        for want in buyer.needs
        if want.unmet is None
        for supplier in qualified(smes, buyer, want)
    }
    return sorted(links)


def check(smes: list[Sme]) -> list[str]:
    problems: list[str] = []
    ids = [s.id for s in smes]
    if ids != [f"{ID_PREFIX}-{n:03d}" for n in range(1, N_PROFILES + 1)]:
        problems.append(f"ids must run {ID_PREFIX}-001 ... {ID_PREFIX}-{N_PROFILES:03d} in order, once each")
    for dup, count in Counter(s.name for s in smes).items():
        if count > 1:
            problems.append(f"name {dup!r} used {count} times")
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for o in s.offers:
            offered_by.setdefault(o.label, set()).add(s.id)
    offer_texts = Counter(o.text for s in smes for o in s.offers)
    need_texts = Counter(n.text for s in smes for n in s.needs)
    for text, count in (offer_texts + need_texts).items():
        if count > 1:
            problems.append(f"phrase {text!r} used {count} times")

    for s in smes:
        where = s.id
        if not ID_RE.match(s.id):
            problems.append(f"{where}: malformed id")
        if s.language not in ("th", "en"):
            problems.append(f"{where}: language {s.language!r}")
        if resolve_province(s.province) is None:
            problems.append(f"{where}: province {s.province!r} does not resolve")
        if not EMAIL_RE.match(s.email):
            problems.append(f"{where}: e-mail {s.email!r}")
        for cert in s.certifications:
            if resolve_certification(cert) != cert:
                problems.append(f"{where}: certification {cert!r} is not a canonical name")
        for tag in s.bcg:
            if tag not in {t.value for t in BcgTag}:
                problems.append(f"{where}: bcg tag {tag!r}")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            problems.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        for phrase in (s.name, *(o.text for o in s.offers), *(n.text for n in s.needs)):
            if phrase != phrase.strip() or not phrase:
                problems.append(f"{where}: blank or padded phrase {phrase!r}")
            if s.language == "th" and _thai_share(phrase) < 0.6:
                problems.append(f"{where}: Thai phrase is mostly not Thai: {phrase!r}")
            if s.language == "en" and not _is_latin_only(phrase):
                problems.append(f"{where}: English phrase has non-Latin letters: {phrase!r}")
        for o in s.offers:
            claimed = find_certifications(o.text)
            if not claimed <= set(s.certifications):
                problems.append(f"{where}: offer {o.text!r} claims {sorted(claimed)} the SME does not hold")
        for n in s.needs:
            if n.unmet is None and not n.labels:
                problems.append(f"{where}: need {n.text!r} lists no labels and is not marked unmet")
            if n.text in offer_texts:
                problems.append(f"{where}: need {n.text!r} is worded exactly like an offer")
            for cert in (*n.requires, *n.waives):
                if resolve_certification(cert) != cert:
                    problems.append(f"{where}: need {n.text!r}: {cert!r} is not a canonical certification")
                elif not _names_certification(n.text, cert):
                    problems.append(f"{where}: need {n.text!r} does not name {cert}")
            if set(n.requires) & set(n.waives):
                problems.append(f"{where}: need {n.text!r} both requires and waives a certification")
            named = find_certifications(n.text)
            if named != set(n.requires):
                problems.append(f"{where}: need {n.text!r} reads as requiring {sorted(named)}, labelled {n.requires}")
            for label in n.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    problems.append(f"{where}: need {n.text!r} lists {label!r}, which no other SME offers")
            suppliers = qualified(smes, s, n)
            if n.unmet is None and not suppliers:
                problems.append(f"{where}: need {n.text!r} has no qualified supplier")
            if n.unmet is not None and suppliers:
                problems.append(f"{where}: unmet need {n.text!r} is met by {[x.id for x in suppliers]}")
    return problems


def check_sizes(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    problems: list[str] = []
    by_id = {s.id: s for s in smes}
    thai = sum(s.language == "th" for s in smes) / len(smes)
    if not THAI_SHARE[0] <= thai <= THAI_SHARE[1]:
        problems.append(f"Thai share {thai:.2f} outside {THAI_SHARE}")
    if not LINKS_RANGE[0] <= len(links) <= LINKS_RANGE[1]:
        problems.append(f"{len(links)} true links, outside {LINKS_RANGE}")
    cross = sum(by_id[a].language != by_id[b].language for a, b in links) / max(1, len(links))
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
        problems.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    unmet = sum(n.unmet is not None for s in smes for n in s.needs)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        problems.append(f"{unmet} needs met by no one, outside {UNMET_RANGE}")
    return problems


# ------------------------------------------------------------------ counts, README, output


def counts(smes: list[Sme], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    rows: list[tuple[str, str]] = [("profiles", str(len(smes)))]
    thai = sum(s.language == "th" for s in smes)
    rows.append(("Thai / English profiles", f"{thai} / {len(smes) - thai}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub_cluster is sub for s in smes))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage is stage for s in smes))))
    regions = Counter(province.region for s in smes if (province := resolve_province(s.province)))
    for region, count in sorted(regions.items(), key=lambda item: (-item[1], item[0].value)):
        rows.append((f"region {region.value}", str(count)))
    rows.append(("distinct provinces", str(len({s.province for s in smes}))))
    all_offers = [o for s in smes for o in s.offers]
    all_needs = [(s, n) for s in smes for n in s.needs]
    rows.append(("offers", str(len(all_offers))))
    rows.append(("distinct offer labels", str(len({o.label for o in all_offers}))))
    rows.append(("needs", str(len(all_needs))))
    met = [(s, n) for s, n in all_needs if n.unmet is None]
    rows.append(("needs met / met by no one", f"{len(met)} / {len(all_needs) - len(met)}"))
    spread = Counter(min(len(qualified(smes, s, n)), 4) for s, n in met)
    rows.append(("met needs by number of suppliers (1 / 2 / 3 / 4+)", " / ".join(str(spread[k]) for k in (1, 2, 3, 4))))
    rows.append(("needs requiring a certification", str(sum(bool(n.requires) for _, n in all_needs))))
    rows.append(("needs waiving a certification", str(sum(bool(n.waives) for _, n in all_needs))))
    rows.append(("true links", str(len(links))))
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({cross / len(links):.0%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        )
    )
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# `eval/blind_plain_pleating/`: hand-labelled matchmaking test set

## What it checks

How well the matcher finds the true supplier-buyer pairs among {profiles} SME registry entries whose
wording it has never seen. The theme is pleating, smocking and garment finishing: knife, accordion and
sunray pleating, permanent plisse, smocking and shirring, pin-tucking, heat-setting, rolled hems, pleated
skirts, scarves, trousers and lampshades, fashion labels, school-uniform makers, bridal shops, care homes
and dance schools that buy them; plus the ordinary fibre, yarn, waste, cloth, dyeing and sewing SMEs of
the cluster. About 55 % of the profiles are in Thai, the rest in English, and about half of the true
links join a Thai profile to an English one.

The entries are plain registry phrases (1-3 offers and 0-3 needs each), and the set holds the hard but
fair cases: a service against the goods it works on (indigo dyeing against indigo-dyed cloth, pleating
of the customer's cloth against ready-pleated cloth, sewing for others against finished garments);
waste and used goods against new; raw against processed (hemp bast, yarn, cloth, skirt); finished goods
named by their material, colour or technique (an indigo cotton bag is a bag, a mor hom shirt is a shirt);
needs written as a wish, a bare noun phrase or a question; refusals ("no synthetic indigo", "ไม่เอาสีเคมี");
trade and brand words ("ผ้าไหมอิตาลี" is polyester satin, "ผ้าโทเร" is TR skirt cloth); needs that
require a named certification and needs that name one only to waive it; and needs that no one in the
set meets.

## How it was written

By hand, in `write.py`, by a writer who read only section 1 of the shared `contracts/CONTRACTS.md`
(the profile format and the links CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the
project's ruff settings. The writer did not look at the matcher, its glossary, its tests, other
evaluation sets or the project's data.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` against `indigo_dyeing_service`). Every need either lists the offer labels
that would meet it and the certifications its text requires, or is marked as met by no one with a short
note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by
one of the buyer's needs and the supplier's certifications hold every certification that need requires.
An SME is never linked to itself. Shared words play no part; quantities, prices and places never decide
a link; what changes what the thing is does. A waived certification ("OEKO-TEX not required",
"ไม่ต้องมี มอก.") is not required. The labels live only in `write.py`.

Before writing, the script checks the ids, every contract field (sub-cluster, stage, BCG tags, provinces
through `resolve_province`, certifications through `resolve_certification`, e-mails, language), that
every label a need lists is offered by some other SME, that every met need has a qualified supplier and
every unmet one has none, that a required or waived certification is named in the need's text (and that
`find_certifications` reads the text the same way), that Thai phrases are mostly Thai letters and
English ones Latin only, and the size targets. It writes nothing if any check fails.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_pleating/write.py

Two runs give identical bytes.

## Files

- `write.py`: all the data, the labels, the checks and the writer.
- `profiles.jsonl`: the {profiles} profiles, JSONL version 1, ids `{first}` ... `{last}`, no labels.
- `links.csv`: the {links} true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render(smes: list[Sme]) -> dict[str, bytes]:
    links = true_links(smes)
    profiles = "".join(json.dumps(s.profile(), ensure_ascii=False) + "\n" for s in smes)
    links_csv = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    readme = README.format(
        profiles=len(smes),
        first=smes[0].id,
        last=smes[-1].id,
        links=len(links),
        table=table(counts(smes, links)),
    )
    return {
        "profiles.jsonl": profiles.encode("utf-8"),
        "links.csv": links_csv.encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }


def main() -> int:
    smes = load()
    links = true_links(smes)
    problems = check(smes) + check_sizes(smes, links)
    rows = counts(smes, links)
    if problems:
        print(table(rows))
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    first, second = render(smes), render(load())
    if first != second:
        print("two renders differ; nothing written", file=sys.stderr)
        return 1
    for filename, data in first.items():
        (HERE / filename).write_bytes(data)
    print(table(rows), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
