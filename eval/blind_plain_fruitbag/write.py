"""Write the hand-labelled evaluation set `eval/blind_plain_fruitbag/`.

Theme: fruit bagging and crop protection (fruit bags for mango, guava and durian, nonwoven crop
covers, shade and insect nets, harvest bags and picking aprons) with the orchards, farmer co-ops and
farm shops that buy them, plus the ordinary fibre, yarn, cloth, dyeing and sewing suppliers.

Every offer carries a label saying what the thing is; every need lists the labels that would meet it
and the certifications its text requires, or is marked as met by no one. A pair (supplier, buyer) is a
true link when an offer of the supplier carries a label listed by a need of the buyer and the supplier
holds every certification that need requires. Labels live only in this file.

Run from the repository root: `.venv/bin/python eval/blind_plain_fruitbag/write.py`.
It checks the data and writes `profiles.jsonl`, `links.csv` and `README.md` next to itself;
it writes nothing when a check fails.
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

ID_PREFIX = "bfb-"
N_PROFILES = 95

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Offer:
    text: str
    label: str  # what the thing is


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]  # offer labels that would meet it
    requires: tuple[str, ...] = ()  # certifications the text requires
    waives: tuple[str, ...] = ()  # certifications the text names only to waive
    unmet: str = ""  # why no one in the set meets it; empty for a need that someone meets


@dataclass
class Sme:
    num: int
    lang: str
    sub_cluster: str
    stage: str
    province: str
    slug: str
    name: str
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    offers: list[Offer] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}{self.num:03d}"


SMES: list[Sme] = []


def _tuple(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def sme(
    num: int,
    lang: str,
    sub_cluster: str,
    stage: str,
    province: str,
    slug: str,
    name: str,
    certs: str | tuple[str, ...] = (),
    bcg: str | tuple[str, ...] = (),
) -> None:
    """Start a profile; the `o`, `n` and `x` lines after it fill its offers and needs."""
    SMES.append(Sme(num, lang, sub_cluster, stage, province, slug, name, _tuple(certs), _tuple(bcg)))


def o(text: str, label: str) -> None:
    """An offer of the current profile and the label saying what it is."""
    SMES[-1].offers.append(Offer(text, label))


def n(text: str, *labels: str, req: str | tuple[str, ...] = (), waive: str | tuple[str, ...] = ()) -> None:
    """A need of the current profile that some supplier in the set meets."""
    SMES[-1].needs.append(Need(text, labels, _tuple(req), _tuple(waive)))


def x(text: str, *labels: str, note: str, req: str | tuple[str, ...] = (), waive: str | tuple[str, ...] = ()) -> None:
    """A need of the current profile that no one in the set meets.

    `labels` are given only when the goods are offered but the need's required certification rules out
    every supplier; otherwise the note says why no one meets it.
    """
    SMES[-1].needs.append(Need(text, labels, _tuple(req), _tuple(waive), unmet=note))


# ------------------------------------------------------------------ profiles
# sme(number, language, sub-cluster, stage, province, email slug, name, certs=..., bcg=...)
# o(offer text, label)
# n(need text, *labels that meet it, req=required certifications, waive=certifications named only to waive)
# x(need text, *labels offered but ruled out by req, req=..., note=why no one in the set meets it)

# --- upstream: fibre, yarn, waste and recycled material

sme(1, "th", HEMP, UP, "Tak", "ruamthai-hemp", "วิสาหกิจชุมชนกัญชงม้งบ้านรวมไทย", bcg="bio")
o("เปลือกกัญชงลอกมือ ตากแดดจนแห้ง ขายเป็นกิโล", "hemp_fibre")
o("ด้ายกัญชงม้ง ต่อเส้นด้วยมือ ม้วนละ 1 กิโล", "handmade_hemp_yarn")
n("กระสอบเก่าสภาพดี ไว้ใส่เปลือกกัญชงส่งโรงงาน", "used_sacks_pp", "used_sacks_jute")

sme(2, "en", HEMP, UP, "Chiang Rai", "maechan-hemp", "Mae Chan Hemp Fibre Co., Ltd.", bcg="bio")
o("Decorticated hemp bast fibre, 25 kg bales", "hemp_fibre")
o("Wet-spun hemp yarn Nm 6, natural or bleached", "hemp_yarn")
x(
    "Wet-spinning partner for long-line hemp, we supply the fibre",
    note="only cotton is spun for others in this set",
)

sme(
    3,
    "th",
    HEMP,
    UP,
    "Loei",
    "naduang-cotton",
    "กลุ่มเกษตรกรปลูกฝ้ายอินทรีย์นาด้วง",
    certs="Organic Thailand",
    bcg=("bio", "green"),
)
o("ฝ้ายตุ่นทั้งเมล็ด เก็บมือ ไม่ใช้สารเคมี", "raw_cotton")
o("ปุยฝ้ายขาวอีดเมล็ดออกแล้ว กิโลละ 120 บาท", "raw_cotton")
n("ย่ามสะพายใส่ปุยฝ้ายตอนเก็บในไร่ สัก 40 ใบ", "picking_bag")
n("ส่งปุยฝ้ายของกลุ่มไปปั่นเป็นเส้นด้าย ใครรับบ้าง", "cotton_spinning_service")

sme(4, "th", ALI, UP, "Sakon Nakhon", "nongsanai-indigo", "วิสาหกิจชุมชนเนื้อครามหนองสะไน", bcg="bio")
o("เนื้อครามเปียกจากต้นครามฝักงอ ปี๊บละ 20 กก.", "indigo_paste")
o("ต้นครามสดตัดใหม่ ส่งภายในวัน", "indigo_plant")
n("ผ้าดิบฝ้ายล้วน ไว้ทำผืนตัวอย่างสีให้ลูกค้า", "cotton_grey_fabric")

sme(5, "en", CIRC, UP, "Samut Sakhon", "mahachai-offcut", "Mahachai Offcut Recovery", bcg="circular")
o("Cotton cutting-room offcuts, sorted by colour, baled", "cotton_cutting_waste")
o("Polyester knit clippings, mixed colours, 300 kg bales", "polyester_cutting_waste")
n("Second-hand woven poly sacks for baling", "used_sacks_pp")

sme(6, "th", CIRC, UP, "Chachoengsao", "sorcharoen-recycle", "ร้านรับซื้อของเก่า ส.เจริญ แปดริ้ว", bcg="circular")
o("ถุงห่อมะม่วงสปันบอนด์ที่ใช้แล้ว คัดสี อัดก้อน", "used_fruit_bags")
o("สแลนเก่ารื้อจากโรงเรือน ขายเหมาเป็นตัน", "used_crop_net")
n("ถุงห่อผลไม้หมดสภาพจากสวน รับซื้อถึงที่", "used_fruit_bags")

sme(
    7,
    "en",
    CIRC,
    UP,
    "Rayong",
    "eastern-agriplastic",
    "Eastern Agri-Plastic Recyclers Co., Ltd.",
    certs="GRS",
    bcg="circular",
)
o("Recycled PP pellets from washed farm film and nonwoven", "recycled_pp_pellets")
n("Spent nonwoven fruit covers from orchards, baled", "used_fruit_bags")
n("Old shade cloth and torn insect screen", "used_crop_net")

sme(8, "th", CIRC, UP, "Nakhon Pathom", "np-recycledfibre", "บริษัท ใยรีไซเคิลนครปฐม จำกัด", certs="GRS", bcg="circular")
o("ใยฝ้ายรีไซเคิล ตีจากเศษผ้า คละสี", "recycled_cotton_fibre")
o("ใยโพลีเอสเตอร์รีไซเคิลจากขวด PET 1.4 ดีเนียร์ ได้ GRS", "recycled_polyester_fibre")
n("เศษผ้าคอตตอน 100% จากโรงงานตัดเย็บ แยกสีแล้ว", "cotton_cutting_waste")
n("เสื้อยืดคอตตอนมือสองสำหรับตีเป็นใย", "used_garments")

sme(9, "en", SPORT, UP, "Chonburi", "siam-monofil", "Siam Monofil Co., Ltd.", certs="ISO 9001", bcg="green")
o("HDPE monofilament 0.25 mm, UV stabilised, for net knitting", "hdpe_monofilament")
o("PP flat tape yarn for sacks and ground cover", "pp_tape_yarn")
n("Recycled polypropylene granules, GRS welcome but not required", "recycled_pp_pellets", waive="GRS")

sme(10, "th", HEMP, UP, "Khon Kaen", "banphai-kenaf", "กลุ่มเกษตรกรปลูกปอแก้วบ้านไผ่", bcg="bio")
o("ปอแก้วแช่น้ำ ลอกเป็นเส้น ตากแห้ง", "kenaf_fibre")
o("เชือกปอฟั่นมือ ขดละ 1 กก.", "natural_twine")
n("กระสอบพลาสติกสานใหม่ บรรจุได้ 50 กก.", "woven_sack_new")

sme(11, "en", HEMP, UP, "Chiang Mai", "lanna-handspun", "Lanna Handspun Cotton Collective", bcg="bio")
o("Hand-spun cotton yarn (fai khen), natural white and brown", "handspun_cotton_yarn")
n("Seed cotton or ginned lint, Organic Thailand certified", "raw_cotton", req="Organic Thailand")

sme(
    12,
    "th",
    HEMP,
    UP,
    "Nakhon Sawan",
    "paknampho-spinning",
    "บริษัท ปั่นด้ายปากน้ำโพ จำกัด",
    certs=("GOTS", "OEKO-TEX Standard 100", "ISO 9001"),
    bcg="green",
)
o("ด้ายฝ้ายออร์แกนิก Ne 20/1 ได้ GOTS", "mill_cotton_yarn")
o("รับจ้างปั่นด้ายจากปุยฝ้ายของลูกค้า ขั้นต่ำ 500 กก.", "cotton_spinning_service")
n("ฝ้ายดิบจากชาวไร่ไทย ปีละ 20 ตัน", "raw_cotton")

sme(13, "en", CIRC, UP, "Bangkok", "ktsack", "Krung Thep Sack Traders", bcg="circular")
o("Second-hand jute gunny bags, grade A and B", "used_sacks_jute")
o("Used PP woven rice and fertiliser sacks, washed", "used_sacks_pp")
n("New laminated woven polypropylene bags for resale", "woven_sack_new")

sme(14, "th", HEMP, UP, "Mae Hong Son", "pai-bananafibre", "วิสาหกิจชุมชนใยกล้วยปาย", bcg="bio")
o("เส้นใยกาบกล้วยตานี ขูดแล้วตากแห้ง", "banana_fibre")
n("ถุงสวมเครือกล้วยไข่ กันแมลงวันทอง", "banana_bunch_cover")
x("เครื่องขูดเส้นใยกาบกล้วยมือสอง", note="machinery; no one in the set sells it")

sme(15, "en", SPORT, UP, "Rayong", "mtp-polymer", "Map Ta Phut Polymer Trading")
o("Homopolymer PP resin MFI 35 for spunbond lines", "pp_resin")

sme(16, "th", ALI, UP, "Chaiyaphum", "bankhwao-handspin", "กลุ่มผู้สูงอายุเข็นฝ้ายบ้านเขว้า", bcg="bio")
o("ฝ้ายเข็นมือเส้นใหญ่ ย้อมสีธรรมชาติได้", "handspun_cotton_yarn")
n("ปุยฝ้ายราคาถูก ไม่ต้องมีใบรับรองเกษตรอินทรีย์", "raw_cotton", waive="Organic Thailand")

sme(17, "en", CIRC, UP, "Pathum Thani", "greenloop-sorting", "GreenLoop Textile Sorting", bcg="circular")
o("Post-consumer cotton T-shirts, sorted, for wiping rags or shredding", "used_garments")
n("Garment factory scraps, 100% cotton only", "cotton_cutting_waste")

sme(18, "th", CIRC, UP, "Chanthaburi", "east-agrirecycle", "หจก. รีไซเคิลเกษตรตะวันออก", bcg="circular")
o("ตาข่ายกรองแสงเก่า มุ้งไนล่อนเก่า รับจากสวน", "used_crop_net")
n("กระสอบปุ๋ยเก่า ล้างแล้ว ไว้มัดห่อตาข่าย", "used_sacks_pp")

sme(19, "th", HEMP, UP, "Nan", "nongbua-nancotton", "กลุ่มฝ้ายพื้นเมืองบ้านหนองบัว", bcg="bio")
o("ฝ้ายพื้นเมืองเมล็ดดำ ยังไม่อีด", "raw_cotton")
o("เส้นฝ้ายปั่นมือ ไม่ฟอกสี", "handspun_cotton_yarn")
n("คนรับย้อมห้อมให้เส้นฝ้ายของกลุ่ม", "indigo_dyeing_service")

sme(20, "th", HEMP, MID, "Ubon Ratchathani", "ubon-jutesack", "โรงทอกระสอบปอ อุบลฯ", bcg="bio")
o("กระสอบป่านใหม่ ทอจากปอกระเจา ขนาด 60x100 ซม.", "jute_sack_new")
n("วัตถุดิบปอ ฤดูละ 50 ตัน", "kenaf_fibre")


# --- midstream: fabric, nets, dyeing, finishing, sewing

sme(
    21,
    "en",
    SPORT,
    MID,
    "Rayong",
    "eastern-spunbond",
    "Eastern Spunbond Industries Co., Ltd.",
    certs=("ISO 9001", "ISO 14001"),
)
o("PP spunbond nonwoven rolls 17-100 gsm, width up to 3.2 m", "nonwoven_pp_rolls")
o("UV-treated agricultural fleece 30 gsm, 2 x 250 m", "crop_cover_nonwoven")
n("Polypropylene homopolymer, 10 tonnes a month", "pp_resin")

sme(
    22,
    "th",
    SPORT,
    MID,
    "Samut Prakan",
    "paknam-nonwoven",
    "บริษัท ผ้าไม่ทอปากน้ำ จำกัด",
    certs=("ISO 9001", "Thai Industrial Standard"),
)
o("ผ้าสปันบอนด์ม้วน สีขาว เขียว ดำ หน้ากว้าง 1.6 เมตร", "nonwoven_pp_rolls")
n("เม็ดพีพีเกรดทำเส้นใย ส่งทุกเดือน", "pp_resin")

sme(
    23,
    "en",
    SPORT,
    MID,
    "Pathum Thani",
    "biofleece",
    "BioFleece Thailand Co., Ltd.",
    certs="Thai Green Label",
    bcg=("bio", "green"),
)
o("Compostable PLA nonwoven, 20-40 gsm, 1.6 m rolls", "pla_nonwoven_rolls")
o("Biodegradable mulch and frost fleece for vegetable beds", "crop_cover_biodegradable")
x("PLA staple fibre made in Thailand", note="no PLA fibre producer in the set")

sme(24, "th", SPORT, MID, "Samut Sakhon", "mahachai-saran", "หจก. สแลนมหาชัย")
o("สแลนกรองแสง ตราเพชรคู่ 50% 60% 80% ม้วนยาว 100 เมตร", "shade_net")
o("มุ้งเขียวไนล่อน 16 ตา หน้ากว้าง 1.2 ม.", "insect_net")
n("เส้นเอ็น HDPE สำหรับถักตาข่าย", "hdpe_monofilament")

sme(
    25,
    "en",
    SPORT,
    MID,
    "Ayutthaya",
    "ayutthaya-agronet",
    "Ayutthaya Agro-Net Manufacturing",
    certs=("Thai Industrial Standard", "ISO 9001"),
)
o("Knitted HDPE shade cloth 30-90%, custom widths", "shade_net")
o("Woven PP ground cover, 100 gsm, black", "weed_mat")
o("Anti-bird netting, 19 mm mesh, 4 x 100 m", "bird_net")
n("UV-stable mono yarn 0.2-0.3 mm", "hdpe_monofilament")
n("Polypropylene slit-film tape", "pp_tape_yarn")

sme(26, "en", SPORT, MID, "Chonburi", "netguard", "NetGuard Insect Screens Co., Ltd.", certs="ISO 9001")
o("40-mesh and 50-mesh insect screen, 2 m x 100 m", "insect_net")
o("Hail and bird protection net for orchards", "bird_net")
n("Virgin PP pellets for monofilament extrusion", "pp_resin")

sme(27, "th", HEMP, MID, "Chiang Mai", "maechaem-hempweave", "กลุ่มทอผ้ากัญชงแม่แจ่ม", certs="OTOP", bcg="bio")
o("ผ้ากัญชงทอมือ หน้ากว้าง 40 ซม. สีธรรมชาติ", "handwoven_hemp_fabric")
n("เส้นใยกัญชงที่ปั่นแล้ว เส้นเล็กเสมอกัน", "hemp_yarn", "handmade_hemp_yarn")

sme(28, "en", HEMP, MID, "Chiang Rai", "hemploom", "Hemp Loom Studio", bcg="bio")
o("Hemp-cotton canvas 280 gsm, power-loom, loom state", "hemp_cotton_canvas")
n("Hand-twisted Hmong hemp thread", "handmade_hemp_yarn")

sme(29, "th", ALI, MID, "Sakon Nakhon", "phanna-indigo", "ห้องย้อมครามบ้านพรรณา", certs="OTOP", bcg="bio")
o("รับย้อมครามธรรมชาติ ผ้าหรือเส้นด้ายที่ลูกค้าส่งมา", "indigo_dyeing_service")
o("ผ้าฝ้ายย้อมครามทอมือ ลายมัดหมี่", "indigo_dyed_cotton_fabric")
n("ครามเปียกสำหรับก่อหม้อย้อม เดือนละ 100 กก.", "indigo_paste")
x("เมล็ดพันธุ์ครามฝักงอ 20 กิโล", note="fresh indigo plants are offered, not seed")

sme(30, "th", HEMP, MID, "Phrae", "maethongphian-mohom", "ร้านม่อฮ่อมแม่ทองเพียร")
o("รับย้อมห้อมทั้งผ้าดิบและเส้นฝ้ายของลูกค้า ขั้นต่ำ 20 กิโล", "indigo_dyeing_service")
o("เสื้อม่อฮ่อมคอจีน ผ้าฝ้ายย้อมห้อม", "mohom_shirt")
n("ผ้าฝ้ายทอเครื่องสีขาวนวล ยังไม่ฟอก", "cotton_grey_fabric")

sme(
    31,
    "en",
    SPORT,
    MID,
    "Samut Sakhon",
    "chaiyo-dyeing",
    "Chaiyo Dyeing & Finishing Co., Ltd.",
    certs=("OEKO-TEX Standard 100", "ISO 14001"),
)
o("Commission dyeing of knit and woven fabrics, reactive and disperse", "commission_dyeing_service")
o("UV-resistant and water-repellent finishing on customer fabric", "finishing_service")
x("bluesign-approved dye auxiliaries", req="bluesign", note="no dye-chemical supplier in the set")

sme(32, "th", ALC, MID, "Nakhon Pathom", "nakhonchaisi-weaving", "โรงทอผ้าดิบนครชัยศรี")
o("ผ้าขาวกระบุง หน้า 36 นิ้ว ม้วนละ 50 หลา", "cotton_grey_fabric")
o("ผ้าใบแคนวาสเบอร์ 8 เนื้อหนา ยังไม่ย้อม", "canvas_fabric")
n("ด้ายคอตตอน 20/1 ปริมาณมาก ไม่จำเป็นต้องมี GOTS", "mill_cotton_yarn", waive="GOTS")

sme(33, "th", ALI, MID, "Roi Et", "nongkhaen-weavers", "กลุ่มทอผ้าฝ้ายผู้สูงอายุบ้านหนองแคน", certs="OTOP")
o("ผ้าฝ้ายทอมือ ย้อมเปลือกไม้ หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric")
o("ผ้าขาวม้าลายตาหมากรุก ทอกี่พื้นบ้าน", "pha_khao_ma")
n("ฝ้ายเข็นมือ เส้นไม่ต้องเรียบ ไม่เอาด้ายโรงงาน", "handspun_cotton_yarn")
n("ใครรับย้อมครามผ้าทอของกลุ่มบ้าง ส่งผ้าไปเอง", "indigo_dyeing_service")

sme(34, "en", SPORT, MID, "Bangkok", "knitmesh", "Knitmesh Technical Fabrics Co., Ltd.", certs="OEKO-TEX Standard 100")
o("Polyester warp-knit mesh, 60-120 gsm", "mesh_fabric")
o("Elastic cord and drawcord, 3-5 mm", "drawcord")
n("Recycled polyester staple, must be GRS certified", "recycled_polyester_fibre", req="GRS")

sme(35, "th", SPORT, MID, "Samut Prakan", "thaitape-webbing", "บริษัท สายรัดไทยเทป จำกัด")
o("สายกระเป๋าพีพี กว้าง 25-50 มม. หลายสี", "webbing_strap")
x("จักรทอสายแบบเข็มมือสอง", note="machinery; no one in the set sells looms")

sme(36, "th", ALC, MID, "Bangkok", "bangbon-cmt", "ร้านรับจ้างเย็บ ซีเอ็มที บางบอน")
o("รับจ้างตัดเย็บตามแบบ ลูกค้าส่งผ้ามาเอง", "cut_and_sew_service")
x("ด้ายเย็บโพลีเอสเตอร์ เบอร์ 40/2 สีดำและขาว", note="no sewing-thread supplier in the set")

sme(37, "en", ALC, MID, "Nonthaburi", "sewright", "Sewright CMT Services")
o("CMT sewing for bags and aprons, MOQ 300 pcs", "cut_and_sew_service")
n("Cotton duck 10 oz for tote bags", "canvas_fabric")

sme(38, "en", SPORT, MID, "Bangkok", "printpro", "PrintPro Screen Works")
o("Screen printing of logos on bags, aprons and nets", "screen_printing_service")

sme(39, "th", CIRC, MID, "Samut Sakhon", "revive-textile", "บริษัท รีวีฟ สิ่งทอหมุนเวียน จำกัด", certs="GRS", bcg="circular")
o("ด้ายรีไซเคิลจากเศษผ้าฝ้าย ผสม rPET", "recycled_yarn")
n("ฝ้ายรีไซเคิลเป็นปุย สำหรับเข้าเครื่องปั่น", "recycled_cotton_fibre")
n("ใยโพลีจากขวดพลาสติก ต้องมี GRS", "recycled_polyester_fibre", req="GRS")

sme(40, "en", HEMP, MID, "Chiang Mai", "doisaket-dye", "Doi Saket Natural Dye House", certs="GOTS", bcg="bio")
o("Indigo vat dyeing on your yarn or cloth, GOTS-approved dyehouse", "indigo_dyeing_service")
o("Indigo-dyed organic cotton yardage", "indigo_dyed_cotton_fabric")
x(
    "Undyed organic cotton cloth from a GOTS weaver",
    "cotton_grey_fabric",
    req="GOTS",
    note="grey cloth is offered, but by no GOTS-certified weaver",
)

sme(41, "th", HEMP, MID, "Chiang Mai", "sankamphaeng-rope", "โรงงานเชือกกัญชงสันกำแพง", bcg="bio")
o("เชือกกัญชงเกลียว 3 มม. ม้วน 500 เมตร", "natural_twine")
n("ใยกัญชงดิบที่ลอกแล้ว ไม่ต้องปั่น", "hemp_fibre")


# --- downstream: fruit bags, nets, harvest gear, farm wear and goods made of the cluster's cloth

sme(42, "th", SPORT, DOWN, "Nakhon Pathom", "siam-fruitbag", "บริษัท ถุงห่อผลไม้สยาม จำกัด", certs="ISO 9001")
o("ถุงห่อผลไม้ Non-woven มีก้นถุง ใช้กับมะม่วง ฝรั่ง ชมพู่", "nonwoven_fruit_bag")
o("ผ้าคลุมแปลงผัก 17 แกรม กันน้ำค้างแข็ง", "crop_cover_nonwoven")
o("ถุงคลุมเครือกล้วย สีฟ้า ยาว 1.2 ม.", "banana_bunch_cover")
n("ผ้าไม่ทอเป็นม้วน 25-40 แกรม ส่งทุกเดือน", "nonwoven_pp_rolls")
n("รับสกรีนโลโก้สวนลงบนถุง", "screen_printing_service")
n("ม้วนผ้าไม่ทอแบบย่อยสลายได้ สำหรับถุงรุ่นรักษ์โลก", "pla_nonwoven_rolls")

sme(43, "en", SPORT, DOWN, "Samut Sakhon", "fruitguard", "FruitGuard Packaging Co., Ltd.", certs="ISO 9001")
o("Nonwoven fruit protection bags with drawstring, 15x20 to 30x40 cm", "nonwoven_fruit_bag")
o("EPE foam net sleeves for guava and pear", "foam_net_sleeve")
n("White PP nonwoven 20-30 gsm from an ISO 9001 mill", "nonwoven_pp_rolls", req="ISO 9001")
n("Drawstring cord, 2-3 mm, white", "drawcord")
x(
    "FSC-certified paper fruit bags to add to our range",
    "paper_fruit_bag",
    req="FSC",
    note="paper fruit bags are offered, but by no FSC-certified maker",
)

sme(44, "th", ALI, DOWN, "Udon Thani", "banphue-bags", "กลุ่มสตรีสูงวัยเย็บถุงห่อบ้านผือ")
o("ถุงห่อหมากม่วงผ้าใยสังเคราะห์ เย็บมือ", "nonwoven_fruit_bag")
o("ถุงห่อบักสีดา ผ้าสปันบอนด์ ใบละ 1 บาท", "nonwoven_fruit_bag")
n("ผ้านอนวูฟเวนยกม้วน ขอราคาส่ง", "nonwoven_pp_rolls")

sme(45, "en", CIRC, DOWN, "Bangkok", "rebag", "ReBag Orchard Solutions", certs="GRS", bcg="circular")
o("Reusable fruit bags sewn from post-industrial cotton offcuts", "recycled_fabric_fruit_bag")
n("Light-coloured cotton scraps from garment cutting", "cotton_cutting_waste")
n("Sewing subcontractor, we provide the fabric", "cut_and_sew_service")

sme(46, "th", HEMP, DOWN, "Chiang Mai", "doisaket-hempbag", "ถุงผ้ากัญชงห่อผลไม้ ดอยสะเก็ด", bcg="bio")
o("ถุงห่อลำไยผ้ากัญชง ใช้ซ้ำได้ 3 ฤดู", "cloth_fruit_bag")
n("ผ้าเฮมพ์ล้วนเนื้อโปร่ง อากาศผ่านได้ ไม่เอาผ้าผสมฝ้าย", "handwoven_hemp_fabric")

sme(47, "en", ALI, DOWN, "Khon Kaen", "isan-muslin", "Isan Muslin Bag Works")
o("Unbleached cotton muslin fruit bags, reusable, 20x25 cm", "cloth_fruit_bag")
n("Grey cotton sheeting 40s, 44 inch", "cotton_grey_fabric")

sme(48, "th", ALC, DOWN, "Chanthaburi", "thamai-duriannet", "ร้านตาข่ายทุเรียนท่าใหม่")
o("ถุงตาข่ายห่อทุเรียน กันลูกหล่น ใบละ 12 บาท", "durian_net_bag")
n("เอ็นพีอีเส้นเดี่ยว สำหรับถักถุง", "hdpe_monofilament")

sme(49, "en", SPORT, DOWN, "Rayong", "duriansafe", "DurianSafe Nets Co., Ltd.")
o("Knitted HDPE durian drop-catch bags, reusable", "durian_net_bag")
n("Net-grade polyethylene filament, sun-resistant", "hdpe_monofilament")

sme(50, "th", ALC, DOWN, "Chumphon", "lamae-elderly", "กลุ่มผู้สูงอายุบ้านละแม ถักถุงทุเรียน")
o("ถุงรองลูกทุเรียน ถักมือจากเชือกไนล่อน", "durian_net_bag")
x("อวนเก่าจากเรือประมง เอามาแกะเป็นเส้นถัก", note="no one offers used fishing nets")

sme(51, "th", ALC, DOWN, "Chachoengsao", "bangkhla-bags", "กลุ่มแม่บ้านสูงวัยเย็บถุงห่อมะม่วงบางคล้า")
o("ถุงห่อมะม่วงสปันบอนด์ เย็บมือ ใบละ 1.50 บาท", "nonwoven_fruit_bag")
o("รับเย็บถุงจากผ้าที่ลูกค้าส่งมา", "cut_and_sew_service")
n("ผ้า non-woven สีขาว 30 แกรม ม้วนใหญ่", "nonwoven_pp_rolls")

sme(52, "en", ALC, DOWN, "Bangkok", "orchardgear", "Orchard Gear Thailand")
o("Canvas picking apron with drop-bottom release", "picking_bag")
o("Fruit picker pole with cloth catch bag", "fruit_picker_bag")
n("Heavy cotton canvas, 12 oz, natural", "canvas_fabric")
n("PP webbing 38 mm for shoulder straps", "webbing_strap")
n("Water-repellent treatment on our own canvas", "finishing_service")

sme(53, "th", ALC, DOWN, "Lamphun", "pasang-yam", "กลุ่มผู้สูงอายุเย็บย่ามเก็บลำไย ป่าซาง")
o("ย่ามเก็บบ่าลำไย ผ้าหนา มีสายสะพาย", "picking_bag")
n("ผ้าใบหนาสำหรับเย็บกระเป๋า", "canvas_fabric", "hemp_cotton_canvas")

sme(54, "th", SPORT, DOWN, "Ratchaburi", "photharam-picker", "ร้านตะกร้อสอยผลไม้โพธาราม")
o("ตะกร้อสอยมะม่วง ด้ามอะลูมิเนียม 3 เมตร", "fruit_picker_bag")
n("ผ้าตาข่ายโพลีเอสเตอร์ ไว้เย็บถุงตะกร้อ", "mesh_fabric")

sme(55, "en", SPORT, DOWN, "Bangkok", "sunshield", "SunShield Farmwear")
o("UPF 50+ arm sleeves for farm workers", "sun_arm_sleeves")
o("Wide-brim cotton field hats", "cloth_sun_hat")
n(
    "Dyeing of our own knitted sleeve fabric at an OEKO-TEX dyehouse",
    "commission_dyeing_service",
    req="OEKO-TEX Standard 100",
)
x(
    "bluesign-approved knit fabric for UPF sleeves",
    "mesh_fabric",
    req="bluesign",
    note="knit mesh is offered, but by no bluesign mill",
)

sme(56, "th", ALC, DOWN, "Suphan Buri", "suphan-farmwear", "ร้านเสื้อผ้าชาวไร่สุพรรณ")
o("ปลอกแขนกันแดดผ้าเย็น คู่ละ 25 บาท", "sun_arm_sleeves")
o("เสื้อแขนยาวกันแดดใส่ทำสวน", "work_shirt")
n("ผ้าตาข่ายระบายอากาศสำหรับทำปลอกแขน", "mesh_fabric")

sme(57, "th", ALI, DOWN, "Sakon Nakhon", "kram-sakon", "ร้านผ้าครามสกล", certs="OTOP")
o("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "tote_bag")
o("ผ้าพันคอครามธรรมชาติ", "scarf")
n("ผ้าฝ้ายที่ย้อมครามเสร็จแล้ว เป็นพับ", "indigo_dyed_cotton_fabric")

sme(58, "en", HEMP, DOWN, "Chiang Mai", "hempandco", "Hemp & Co. Lifestyle")
o("Hemp tote bags with leather handles", "tote_bag")
n("Handloomed hemp cloth, natural colour", "handwoven_hemp_fabric")

sme(59, "th", ALC, DOWN, "Chachoengsao", "chokdee-agri", "ร้านโชคดีการเกษตร พนมสารคาม")
o("ถุงกระดาษคาร์บอนห่อมะม่วง 2 ชั้น มัดละ 100 ใบ", "paper_fruit_bag")
o("เชือกฟางมัดกิ่ง ม้วนใหญ่ คละสี", "plastic_raffia_string")
n("มุ้งกันแมลงยกม้วน ราคาส่ง", "insect_net")

sme(60, "en", ALC, DOWN, "Bangkok", "agripack", "AgriPack Import & Supply Co., Ltd.")
o("Taiwan-style two-layer paper mango bags, black inner", "paper_fruit_bag")
n("Spunbond fruit bags in bulk for our dealers, ISO 9001 factories only", "nonwoven_fruit_bag", req="ISO 9001")


# --- buyers: orchards, co-ops, farm shops, care homes, resorts and shops

sme(61, "th", ALC, DOWN, "Phitsanulok", "noenmaprang-mango", "วิสาหกิจชุมชนผู้ปลูกมะม่วงเนินมะปราง")
o("ถุงห่อที่ใช้แล้ว ปีละ 2 ตัน", "used_fruit_bags")
n("ถุงห่อกระดาษชั้นในสีดำ สำหรับน้ำดอกไม้สีทอง", "paper_fruit_bag")
n("ไม้สอยมะม่วงแบบมีถุงผ้า ด้ามยาว", "fruit_picker_bag")

sme(62, "en", ALC, DOWN, "Chiang Mai", "maerim-longan", "Mae Rim Longan Growers Cooperative")
o("Dried longan, whole and flesh, 20 kg cartons", "dried_longan")
n("Netting to keep birds and bats off longan trees", "bird_net")
x("Cold room space for longan during peak season", note="a service outside textiles; no one offers it")

sme(63, "th", ALI, DOWN, "Sisaket", "kantharalak-durian", "สวนทุเรียนภูเขาไฟ กันทรลักษ์")
o("ทุเรียนภูเขาไฟศรีสะเกษ หมอนทอง", "fresh_durian")
n("ถุงรองรับลูกทุเรียนไม่ให้ร่วงตกพื้น", "durian_net_bag")
n("ตาข่ายพรางแสง 60% สำหรับต้นทุเรียนเล็ก", "shade_net")

sme(64, "en", ALC, DOWN, "Chanthaburi", "chan-durianexport", "Chanthaburi Durian Export Packers Ltd.")
o("Fresh Monthong durian, export packing to China", "fresh_durian")
n("Durian fruit nets, 5,000 pcs before harvest", "durian_net_bag")
n("New woven PP sacks for husks", "woven_sack_new")

sme(65, "th", ALC, DOWN, "Rayong", "padaeng-durian", "สวนทุเรียนป้าแดง แกลง")
o("ตาข่ายรองทุเรียนเก่าที่ขาดแล้ว ขายเป็นกิโล", "used_durian_net_bag")
o("ทุเรียนหมอนทองตัดแก่ 85%", "fresh_durian")
n("ผ้าคลุมโคนต้นกันหญ้าขึ้น", "weed_mat")
n("เชือกมัดกิ่งทุเรียน ไม่เอาเชือกฟาง", "natural_twine")

sme(
    66,
    "th",
    SPORT,
    MID,
    "Phra Nakhon Si Ayutthaya",
    "chaophraya-sack",
    "บริษัท กระสอบสานเจ้าพระยา จำกัด",
    certs="Thai Industrial Standard",
)
o("กระสอบฟางใหม่ พิมพ์ชื่อสวนได้ ขั้นต่ำ 5,000 ใบ", "woven_sack_new")
o("บิ๊กแบ็กขนผลผลิต บรรจุ 1 ตัน", "woven_sack_new")
n("เทปพีพีสำหรับทอกระสอบ", "pp_tape_yarn")

sme(67, "en", ALC, DOWN, "Ratchaburi", "damnoen-guava", "Damnoen Guava Estate")
n("Cushion socks for guava fruit on the tree", "foam_net_sleeve")
n("Cloth guava bags, reusable, no nonwoven", "cloth_fruit_bag", "recycled_fabric_fruit_bag")

sme(68, "th", ALC, DOWN, "Nakhon Pathom", "lungsombat-pomelo", "สวนส้มโอลุงสมบัติ นครชัยศรี")
o("ส้มโอขาวน้ำผึ้ง ขาวทองดี", "fresh_pomelo")
n("อยากได้ถุงกระดาษห่อส้มโอ ลูกใหญ่", "paper_fruit_bag")
n("ผ้ากันวัชพืชปูโคนต้น", "weed_mat")

sme(69, "en", HEMP, DOWN, "Phetchabun", "highland-veg", "Highland Organic Veg Co.", bcg=("bio", "green"))
o("Organic kale, lettuce and baby spinach", "fresh_vegetables")
n("Compostable crop fleece for organic beds, no PP", "crop_cover_biodegradable")
n("Insect mesh for net houses, 50 mesh", "insect_net")
x("Greenhouse polyethylene film 150 micron", note="plastic film; no one in the set makes it")

sme(70, "th", ALI, DOWN, "Nakhon Ratchasima", "koratgreen-farm", "ฟาร์มผักโคราชกรีน")
n("ผ้าคลุมแปลงผักกันหนาว แบบไหนก็ได้", "crop_cover_nonwoven", "crop_cover_biodegradable")
n("สแลนดำ 70% ต้องได้มาตรฐาน มอก.", "shade_net", req="Thai Industrial Standard")

sme(71, "en", ALC, DOWN, "Prachuap Khiri Khan", "huahin-garden", "Hua Hin Garden Resort", bcg="green")
n("Handwoven cotton loincloths for spa guests", "pha_khao_ma")
n(
    "GRS-certified recycled-cloth bags for wrapping mangoes in the resort orchard",
    "recycled_fabric_fruit_bag",
    req="GRS",
)

sme(72, "th", ALC, DOWN, "Nonthaburi", "suannon-carehome", "บ้านพักผู้สูงอายุสวนนนท์")
n("แผ่นคลุมแปลงผักแบบพีพีธรรมดา ไม่ต้องย่อยสลายได้", "crop_cover_nonwoven")
x(
    "เสื้อทำสวนแขนยาวให้ผู้สูงอายุ ผ้าต้องผ่าน OEKO-TEX",
    "work_shirt",
    "mohom_shirt",
    req="OEKO-TEX Standard 100",
    note="garden shirts are offered, but by no OEKO-TEX holder",
)
n("เบาะนุ่มสำหรับนั่งในสวน", "cushion")

sme(73, "en", ALI, DOWN, "Khon Kaen", "kk-therapygarden", "Khon Kaen Hospital Therapy Garden")
n("Sun sleeves for elderly volunteers", "sun_arm_sleeves")
n("Garden hats in cotton", "cloth_sun_hat")

sme(74, "th", ALC, DOWN, "Kamphaeng Phet", "rungrueang-agri", "ร้านเคมีเกษตรรุ่งเรือง")
o("ปุ๋ยและยาปราบศัตรูพืช ขายส่ง", "agrochemicals")
n("ถุงมือถักสำหรับชาวสวน ราคาขายส่ง", "work_gloves")
n("มีใครขายส่งมุ้งฟ้ากันแมลงบ้าง", "insect_net")

sme(75, "th", CIRC, MID, "Nakhon Pathom", "samphran-gloves", "โรงถักถุงมือสามพราน", bcg="circular")
o("ถุงมือผ้าฝ้ายถัก 7 ขีด โหลละ 85 บาท", "work_gloves")
n("เส้นด้ายที่ปั่นจากผ้าเหลือใช้ ราคาถูก", "recycled_yarn")

sme(76, "en", SPORT, DOWN, "Trang", "farmfit", "FarmFit Online Store")
n("Shade netting in small rolls for home growers, TIS not required", "shade_net", waive="Thai Industrial Standard")
n("Knitted garden gloves", "work_gloves")

sme(77, "th", ALC, DOWN, "Chiang Mai", "samoeng-strawberry", "ไร่สตรอว์เบอร์รี่ลุงแก้ว สะเมิง")
o("สตรอว์เบอร์รี่พันธุ์ 80 สด ส่งร้านกาแฟ", "fresh_strawberry")
n("ผ้าห่มแปลงสตรอว์เบอร์รี่ช่วงหนาวจัด แบบที่ย่อยสลายเองได้", "crop_cover_biodegradable")

sme(78, "en", ALC, DOWN, "Phetchaburi", "phetburi-roseapple", "Phetchaburi Rose Apple Growers Group")
o("Used fruit bags, about 500 kg a year", "used_fruit_bags")
o("Tabtim Chan rose apples, export grade", "fresh_rose_apple")
n("Paper wraps for rose apple bunches", "paper_fruit_bag")
x(
    "Ready-made compostable PLA fruit bags",
    note="PLA is offered only as nonwoven rolls, not as finished bags",
)

sme(79, "th", ALC, DOWN, "Sa Kaeo", "wangnamyen-mango", "สวนมะม่วงเขียวเสวย วังน้ำเย็น")
n("ถุงห่อมะม่วงกระดาษ", "paper_fruit_bag")

sme(80, "en", CIRC, DOWN, "Bangkok", "zerowaste-bkk", "Zero Waste Market BKK", bcg="circular")
n("Tote bags from Thai weaving groups, OTOP certified", "tote_bag", req="OTOP")
x(
    "Fairtrade-certified hemp tote bags",
    "tote_bag",
    req="Fairtrade",
    note="totes are offered, but by no Fairtrade holder",
)

sme(81, "th", ALC, DOWN, "Phichit", "phichit-agrisupply", "ร้านวัสดุการเกษตรพิจิตร")
n("ถุงห่อผลไม้แบบผ้า non-woven ไม่ต้องมี มอก.", "nonwoven_fruit_bag", waive="Thai Industrial Standard")
n("ปลอกแขนกันยูวีสำหรับชาวนา ยกโหล", "sun_arm_sleeves")

sme(82, "en", HEMP, DOWN, "Bangkok", "thaicraft-export", "Thai Craft Export Co., Ltd.")
n("Kram-dyed handloom cotton by the metre, GOTS only", "indigo_dyed_cotton_fabric", req="GOTS")
x("Hmong batik hemp cloth with beeswax resist", note="plain hemp cloth is offered, but no batik")

sme(83, "th", ALI, DOWN, "Udon Thani", "bandung-guava", "สวนฝรั่งกิมจูบ้านดุง")
o("ฝรั่งกิมจู ส่งตลาดไท", "fresh_guava")
n("โฟมตาข่ายสวมบักสีดา", "foam_net_sleeve")
n("ถุงห่อบักสีดาแบบกระดาษ ไม่เอาพลาสติก", "paper_fruit_bag")

sme(84, "en", ALI, DOWN, "Nakhon Phanom", "mekong-mango", "Mekong Mango Growers Cooperative")
o("Nam Dok Mai Si Thong mangoes, 10 t a season", "fresh_mango")
n("Mango bags made from factory offcuts, to last several seasons", "recycled_fabric_fruit_bag")
n("Someone to sew mango bags from spunbond we buy ourselves", "cut_and_sew_service")

sme(85, "th", ALC, DOWN, "Chumphon", "pathio-banana", "สวนกล้วยหอมทองปะทิว")
o("กล้วยหอมทองส่งห้าง เครือละ 8-10 หวี", "fresh_banana")
n("ถุงสวมกล้วยหอมทั้งเครือ กันผิวลาย", "banana_bunch_cover")
n("ผ้าคลุมดินคุมหญ้า", "weed_mat")

sme(86, "en", SPORT, DOWN, "Surat Thani", "southern-agrimart", "Southern Agri Mart")
n("Saran shade net, any shade percentage", "shade_net")

sme(87, "th", ALC, DOWN, "Yala", "bannangsata-orchard", "สวนลองกองและจำปาดะ บันนังสตา")
o("ลองกองตันหยงมัส และจำปาดะ ตามฤดู", "fresh_longkong")
n("ถุงผ้าใยสังเคราะห์ห่อจำปาดะ ขนาดใหญ่พิเศษ", "nonwoven_fruit_bag")
x("ช่างรับติดตั้งโรงเรือนกางมุ้ง", note="no installer in the set")

sme(88, "en", HEMP, DOWN, "Lampang", "slowliving", "Slow Living Home Store")
n("Pha khao ma, handwoven, for the shop", "pha_khao_ma")
n("Indigo fabric by the metre for cushions", "indigo_dyed_cotton_fabric")

sme(89, "th", CIRC, DOWN, "Samut Prakan", "monrakloke", "บริษัท หมอนรักษ์โลก จำกัด", bcg="circular")
o("หมอนรองนั่งยัดเศษผ้า สำหรับผู้สูงอายุ", "cushion")
n("เศษผ้าโพลีเอสเตอร์ ไว้ยัดหมอน", "polyester_cutting_waste")

sme(
    90,
    "en",
    ALI,
    DOWN,
    "Ubon Ratchathani",
    "ubon-organicmango",
    "Ubon Organic Mango Farm",
    certs="Organic Thailand",
    bcg="bio",
)
o("Organic Mahachanok mangoes for export", "fresh_mango")
x(
    "GOTS-certified cotton fruit bags for organic export mangoes",
    "cloth_fruit_bag",
    req="GOTS",
    note="cloth fruit bags are offered, but by no GOTS holder",
)
n("Natural fibre string to tie bags, no nylon", "natural_twine")

sme(91, "th", ALI, DOWN, "Buriram", "buriram-eldercare", "ศูนย์ดูแลผู้สูงอายุบุรีรัมย์")
n("เบาะรองนั่งเก้าอี้ให้คนชรา ไส้ใยรีไซเคิลก็ได้", "cushion")
x("ผ้าห่มนวมฝ้ายทอมือ ขนาด 5 ฟุต", note="no quilt maker in the set")

sme(92, "en", SPORT, DOWN, "Kanchanaburi", "riverkwai-fruit", "River Kwai Fruit Farm")
n("Shoulder harvest bags for mango pickers", "picking_bag")
n(
    "Print our logo on aprons we already own, OEKO-TEX nice to have",
    "screen_printing_service",
    waive="OEKO-TEX Standard 100",
)

sme(93, "th", SPORT, DOWN, "Songkhla", "hatyai-orchardsupply", "ร้านอุปกรณ์สวนหาดใหญ่")
n("ตะกร้อสอยผลไม้ ส่งทั่วภาคใต้", "fruit_picker_bag")
x("เทปน้ำหยด 16 มม. ม้วน 1,000 เมตร", note="irrigation tape; no one in the set makes it")

sme(94, "en", HEMP, DOWN, "Nan", "nan-heritage", "Nan Heritage Cotton Shop")
x(
    "Hom-dyed hand-spun cotton yarn",
    note="indigo dyeing of yarn is offered only as a service; no one sells dyed yarn",
)
n("Mor hom shirts for the shop", "mohom_shirt")

sme(95, "th", ALC, DOWN, "Samut Songkhram", "maeklong-lychee", "สวนลิ้นจี่ค่อมแม่กลอง")
o("ลิ้นจี่ค่อมแม่กลอง เก็บสดจากสวน", "fresh_lychee")
n("ตาข่ายคลุมต้นลิ้นจี่กันค้างคาว", "bird_net")
n("กระสอบปอ ของใหม่ ไว้ใส่ผลผลิตส่งตลาด", "jute_sack_new")


# ------------------------------------------------------------------ links


def held(sme_: Sme) -> set[str]:
    return {resolve_certification(c) or c for c in sme_.certifications}


def qualified(need: Need, buyer: Sme) -> list[Sme]:
    """The suppliers other than `buyer` that meet `need`."""
    wanted = set(need.labels)
    return [
        s
        for s in SMES
        if s is not buyer and any(offer.label in wanted for offer in s.offers) and set(need.requires) <= held(s)
    ]


def true_links() -> list[tuple[str, str]]:
    pairs = {(s.id, buyer.id) for buyer in SMES for need in buyer.needs for s in qualified(need, buyer)}
    return sorted(pairs)


# ------------------------------------------------------------------ checks

THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
LATIN_LETTER = re.compile("[A-Za-z]")
ID_FORM = re.compile(rf"^{ID_PREFIX}\d{{3}}$")
EMAIL_FORM = re.compile(r"^[a-z0-9][a-z0-9.\-]*@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
CERT_NAMES = {c.name for c in CERTIFICATIONS}


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def named(text: str, cert: str) -> bool:
    """Whether `text` names `cert` at all, affirmed or negated."""
    folded = _nfkc(text).casefold()
    for c in CERTIFICATIONS:
        if c.name != cert:
            continue
        words = (c.name, c.full_name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
        if any(_nfkc(w).casefold() in folded for w in words if len(w) > 2):
            return True
        return any(re.search(_nfkc(p), _nfkc(text)) for p in c.patterns)
    return False


def text_ok(text: str, lang: str) -> bool:
    if text != text.strip() or not text or "  " in text:
        return False
    if lang == "th":
        thai, latin = len(THAI_LETTER.findall(text)), len(LATIN_LETTER.findall(text))
        return thai > 0 and thai >= 2 * latin
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def grams(text: str) -> set[str]:
    squeezed = re.sub(r"[\s\W_]+", "", _nfkc(text).casefold())
    return {squeezed[i : i + 3] for i in range(max(0, len(squeezed) - 2))}


def similarity(a: str, b: str) -> float:
    ga, gb = grams(a), grams(b)
    return len(ga & gb) / len(ga | gb) if ga and gb else 0.0


MAX_SIMILARITY = 0.5


def check() -> list[str]:
    errors: list[str] = []

    def fail(message: str) -> None:
        errors.append(message)

    ids = [s.id for s in SMES]
    if ids != [f"{ID_PREFIX}{i:03d}" for i in range(1, N_PROFILES + 1)]:
        fail(f"ids must run {ID_PREFIX}001 .. {ID_PREFIX}{N_PROFILES:03d} in order, unique")
    offered: dict[str, set[str]] = {}
    for s in SMES:
        for offer in s.offers:
            offered.setdefault(offer.label, set()).add(s.id)
    slugs = Counter(s.slug for s in SMES)
    names = Counter(s.name for s in SMES)
    all_offers = [offer.text for s in SMES for offer in s.offers]
    folded_offers = {" ".join(t.casefold().split()) for t in all_offers}
    for s in SMES:
        where = s.id
        if not ID_FORM.match(s.id):
            fail(f"{where}: malformed id")
        if s.lang not in ("th", "en"):
            fail(f"{where}: language {s.lang!r}")
        if not text_ok(s.name, s.lang) or names[s.name] > 1:
            fail(f"{where}: name {s.name!r} is not plain {s.lang} or is repeated")
        if slugs[s.slug] > 1 or not EMAIL_FORM.match(email(s)):
            fail(f"{where}: email {email(s)!r} is malformed or repeated")
        if s.sub_cluster not in {m.value for m in SubCluster}:
            fail(f"{where}: sub-cluster {s.sub_cluster!r}")
        if s.stage not in {m.value for m in Stage}:
            fail(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            fail(f"{where}: province {s.province!r} does not resolve")
        for c in s.certifications:
            if resolve_certification(c) != c:
                fail(f"{where}: certification {c!r} is not a canonical name")
        if len(set(s.certifications)) != len(s.certifications):
            fail(f"{where}: repeated certification")
        if any(b not in {m.value for m in BcgTag} for b in s.bcg) or len(set(s.bcg)) != len(s.bcg):
            fail(f"{where}: bcg {s.bcg!r}")
        if not (0 <= len(s.offers) <= 3 and 0 <= len(s.needs) <= 3) or not (s.offers or s.needs):
            fail(f"{where}: {len(s.offers)} offers and {len(s.needs)} needs")
        texts = [offer.text for offer in s.offers] + [need.text for need in s.needs]
        if len(set(texts)) != len(texts):
            fail(f"{where}: a phrase is repeated")
        claimed = find_certifications(s.name)
        for offer in s.offers:
            if not text_ok(offer.text, s.lang):
                fail(f"{where}: offer {offer.text!r} is not plain {s.lang}")
            if not re.fullmatch(r"[a-z][a-z0-9_]*", offer.label):
                fail(f"{where}: label {offer.label!r}")
            claimed |= find_certifications(offer.text)
        if not claimed <= held(s):
            fail(f"{where}: offers or name claim {sorted(claimed - held(s))} that the profile does not hold")
        for need in s.needs:
            label = f"{where}: need {need.text!r}"
            if not text_ok(need.text, s.lang):
                fail(f"{label} is not plain {s.lang}")
            if " ".join(need.text.casefold().split()) in folded_offers:
                fail(f"{label} repeats an offer word for word")
            for c in (*need.requires, *need.waives):
                if c not in CERT_NAMES:
                    fail(f"{label}: {c!r} is not a canonical certification")
                elif not named(need.text, c):
                    fail(f"{label}: does not name {c}")
            if set(need.requires) & set(need.waives):
                fail(f"{label}: requires and waives the same certification")
            found = find_certifications(need.text)
            if not set(need.requires) <= found:
                fail(f"{label}: the text does not plainly ask for {sorted(set(need.requires) - found)}")
            if not found <= set(need.requires) | set(need.waives):
                fail(f"{label}: names {sorted(found - set(need.requires) - set(need.waives))} without a decision")
            for lab in need.labels:
                if not offered.get(lab, set()) - {s.id}:
                    fail(f"{label}: no one else offers {lab!r}")
            suppliers = qualified(need, s)
            if need.unmet:
                if suppliers:
                    fail(f"{label}: marked as met by no one but {[q.id for q in suppliers]} meet it")
            else:
                if not need.labels:
                    fail(f"{label}: lists no label")
                if not suppliers:
                    fail(f"{label}: no qualified supplier")
                for q in suppliers:
                    for offer in q.offers:
                        if offer.label in need.labels and similarity(offer.text, need.text) >= MAX_SIMILARITY:
                            fail(f"{label}: worded like {q.id}'s offer {offer.text!r}")
    return errors


def size_errors(counts: dict[str, float]) -> list[str]:
    errors = []
    targets = {
        "profiles": (N_PROFILES, N_PROFILES),
        "thai_share": (0.50, 0.60),
        "links": (160, 180),
        "cross_share": (0.40, 0.60),
        "unmet": (17, 23),
        "few_share": (0.70, 1.0),
        "many": (1, 1000),
    }
    for key, (low, high) in targets.items():
        if not low <= counts[key] <= high:
            errors.append(f"size target: {key} = {counts[key]} not in [{low}, {high}]")
    return errors


# ------------------------------------------------------------------ output


def email(s: Sme) -> str:
    return f"{s.slug}@example.co.th" if s.lang == "th" else f"sales@{s.slug}.example.com"


def profile_json(s: Sme) -> str:
    row = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [offer.text for offer in s.offers],
        "needs": [need.text for need in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": email(s),
        "language": s.lang,
    }
    return json.dumps(row, ensure_ascii=False)


def compute_counts(links: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], dict[str, float]]:
    by_id = {s.id: s for s in SMES}
    needs = [(s, need) for s in SMES for need in s.needs]
    met = [(s, need) for s, need in needs if not need.unmet]
    per_need = Counter(min(len(qualified(need, s)), 4) for s, need in met)
    th_en = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    cross = th_en + en_th
    thai = sum(1 for s in SMES if s.lang == "th")
    regions = Counter(resolve_province(s.province).region.value for s in SMES)  # type: ignore[union-attr]
    provinces = {resolve_province(s.province).name_en for s in SMES}  # type: ignore[union-attr]
    sub_counts = Counter(s.sub_cluster for s in SMES)
    stage_counts = Counter(s.stage for s in SMES)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(SMES))),
        ("Thai / English", f"{thai} / {len(SMES) - thai}"),
    ]
    rows += [(f"sub-cluster {m.value}", str(sub_counts[m.value])) for m in SubCluster]
    rows += [(f"stage {m.value}", str(stage_counts[m.value])) for m in Stage]
    rows += [(f"region {r}", str(regions[r])) for r in sorted(regions)]
    rows += [
        ("distinct provinces", str(len(provinces))),
        ("offers", str(sum(len(s.offers) for s in SMES))),
        ("distinct offer labels", str(len({offer.label for s in SMES for offer in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        ("met needs with 1 / 2 / 3 / 4+ suppliers", " / ".join(str(per_need[k]) for k in (1, 2, 3, 4))),
        ("needs requiring a certification", str(sum(1 for _, need in needs if need.requires))),
        ("needs waiving a certification", str(sum(1 for _, need in needs if need.waives))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.0%})" if links else "0"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster)),
        ),
    ]
    numbers = {
        "profiles": len(SMES),
        "thai_share": thai / len(SMES),
        "links": len(links),
        "cross_share": cross / len(links) if links else 0.0,
        "unmet": len(needs) - len(met),
        "few_share": (per_need[1] + per_need[2] + per_need[3]) / len(met) if met else 0.0,
        "many": per_need[4],
    }
    return rows, numbers


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {key} | {value} |" for key, value in rows]
    return "\n".join(lines) + "\n"


README = """# Evaluation set `blind_plain_fruitbag`

## What it checks

How well the matcher finds true supplier-buyer pairs from wording it has never seen, in a
theme of its own: fruit bagging and crop protection. Fruit protection bags for mango, guava
and durian (nonwoven, paper, cloth, recycled cloth, knitted durian nets), foam net sleeves,
banana bunch covers, nonwoven crop covers, shade nets, insect nets, bird nets and weed mats,
harvest bags, picking aprons and picker poles; the orchards, farmer co-ops, farm shops, care
homes and other buyers that want them; and the ordinary upstream and midstream suppliers of
the cluster (hemp, cotton and kenaf fibre, yarn, grey and handwoven cloth, indigo, dyeing,
finishing, sewing, printing, waste and recycled fibre).

The profiles are plain registry entries: one short phrase per offer or need, 1-3 of each
(many buyers list no offers, a few suppliers no needs). About 55 % are written in Thai, the
rest in English.
Goods are named in many ways: central (สแลน, กระสอบฟาง, ผ้าขาวกระบุง), northern (บ่าลำไย,
ย่าม, ห้อม, ม่อฮ่อม) and Isan (หมากม่วง, บักสีดา) local names, southern fruit (จำปาดะ,
ลองกอง), trade words, brand names, abbreviations (PP, HDPE, EPE, rPET, CMT, MOQ, TIS), with
and without sizes, prices, minimum orders and places. A need is worded differently from the
offers that meet it, and often in the other language.

Hard but fair cases in the set: a service versus the goods it works on (indigo dyeing of the
customer's cloth versus indigo-dyed cloth; sewing for others versus finished bags; spinning
the customer's cotton versus yarn); waste and used goods versus new (used fruit bags, used
nets, second-hand sacks); raw versus processed (fibre, yarn, cloth, product; PLA rolls versus
finished bags); finished goods described by their material, colour or technique (an
indigo-dyed handwoven cotton tote is a bag, not dyeing); needs written as a wish, a bare noun
phrase or a question; refusals; needs that require a named certification and needs that name
one only to waive it; and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile format and links CSV),
`shared/taxonomy.py` with its data files, and the ruff settings; not the matcher, its
glossary, its tests, other evaluation sets or the project's data. All data live in
`write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `nonwoven_pp_rolls` versus
`nonwoven_fruit_bag`). Every need either lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one with a short note (such a
need lists labels only when the goods are offered but a certification it requires rules out
every supplier). A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one
of the buyer's needs and the supplier's certifications hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices,
sizes and places never decide a link; what changes what the thing is does. A certification
that a need names only to waive it is not required. Labels live only in `write.py`.

Before writing, `write.py` checks: ids unique and well-formed; every contract field valid
(sub-cluster, stage and BCG values from the taxonomy, every province resolves with
`resolve_province`, every certification with `resolve_certification`); every label a need
lists is offered by someone other than the buyer; every met need has a qualified supplier and
every unmet one has none; every required or waived certification is named in the need's text,
a required one is plainly asked for, and no other certification is named; offers claim only
certifications the profile holds; Thai phrases are mostly Thai letters and English ones Latin
only; no need is worded like an offer that meets it; and the size targets. It writes nothing
if a check fails. Output is sorted, so two runs give identical bytes.

## Regenerate

From the repository root:

```
.venv/bin/python eval/blind_plain_fruitbag/write.py
```

## Files

- `write.py`: all data (profiles, offer labels, need labels and certification decisions), the
  checks and the writer.
- `profiles.jsonl`: {profiles} profiles `{first}` … `{last}` in the contract's JSONL version 1
  (no labels).
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render() -> dict[str, bytes]:
    links = true_links()
    rows, _ = compute_counts(links)
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    csv_text = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    readme = README.format(profiles=len(SMES), first=SMES[0].id, last=SMES[-1].id, table=table(rows))
    return {
        "profiles.jsonl": profiles.encode("utf-8"),
        "links.csv": csv_text.encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }


def main() -> int:
    errors = check()
    links = true_links()
    rows, numbers = compute_counts(links)
    errors += size_errors(numbers)
    print(table(rows), end="")
    if errors:
        for error in errors:
            print("FAIL", error, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    first, second = render(), render()
    if first != second:
        print("FAIL two renderings differ; nothing written", file=sys.stderr)
        return 1
    for filename, data in first.items():
        (HERE / filename).write_bytes(data)
    print(f"wrote {', '.join(first)} in {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
