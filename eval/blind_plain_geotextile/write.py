"""Write the hand-labelled evaluation set `eval/blind_plain_geotextile/`.

Geotextiles and erosion control: coir and vetiver mats, jute netting, nonwoven geotextile, silt fences,
sandbags and geobags, grow bags and weed mats, plus the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster. Every offer carries a label saying what the thing is; every need lists the labels
that would meet it and the certifications its text requires (or is marked as met by no one). The true links
follow from those labels alone.

Run from the repository root:  .venv/bin/python eval/blind_plain_geotextile/write.py
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
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

PREFIX = "bge"
HNF = SubCluster.HEMP_NATURAL_FIBRE.value
CT = SubCluster.CIRCULAR_TEXTILE.value
SP = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value
BIO = BcgTag.BIO.value
CIRC = BcgTag.CIRCULAR.value
GREEN = BcgTag.GREEN.value


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""


@dataclass(frozen=True)
class Sme:
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every certification in `req`."""
    return Need(text, labels, req, waive)


def x(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` (if any) name what would meet it."""
    return Need(text, labels, req, (), note)


SMES: list[Sme] = []


def sme(
    lang: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> None:
    SMES.append(Sme(lang, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg))


# ====================================================================== part 1: coir, jute, vetiver (upstream)

sme(
    "th",
    "วิสาหกิจชุมชนใยมะพร้าวบ้านปากน้ำชุมพร",
    HNF,
    UP,
    "ชุมพร",
    "paknam.coir@gmail.com",
    [("ใยมะพร้าวดิบ อัดก้อน ก้อนละ 100 กก.", "coir_fibre_raw"), ("ขุยมะพร้าวร่อน ล้างแล้ว", "coco_peat")],
    [
        n("กระสอบป่านเก่า สภาพดี ไว้บรรจุขุย", "used_jute_sacks"),
        x("เครื่องตีกาบมะพร้าว มือสอง", "husk decorticating machine; no one sells machinery", "husk_decorticator"),
    ],
    certs=("เกษตรอินทรีย์",),
    bcg=(BIO, CIRC),
)
sme(
    "en",
    "Kui Buri Coir Co., Ltd.",
    HNF,
    UP,
    "Prachuap",
    "sales@kuiburicoir.co.th",
    [("brown coir fibre bales, 25 mm+ staple", "coir_fibre_raw"), ("2-ply coir twine 6 mm, 20 kg coils", "coir_twine")],
    [x("PP strapping band for baling", "plastic strapping; no one offers it", "pp_strap")],
)
sme(
    "th",
    "กลุ่มทอตาข่ายใยมะพร้าวปากพนัง",
    HNF,
    MID,
    "นครศรีฯ",
    "pakphanang.net@hotmail.com",
    [("ตาข่ายใยมะพร้าวทอมือ ม้วน 1x50 ม.", "coir_netting")],
    [n("เชือกกาบพร้าวเกลียวแน่น ใช้ทอตาข่าย", "coir_twine")],
    bcg=(BIO,),
)
sme(
    "th",
    "สวนมะพร้าวลุงเคลื่อน ทับสะแก",
    HNF,
    UP,
    "ประจวบคีรีขันธ์",
    "lungkluan.coconut@gmail.com",
    [("เชือกมะพร้าวฟั่นมือ ขายเป็นม้วน", "coir_twine"), ("เปลือกมะพร้าวแห้ง ขายยกคันรถ", "coconut_husk")],
    [],
    bcg=(BIO,),
)
sme(
    "en",
    "Coco Garden Pots Ratchaburi",
    HNF,
    DOWN,
    "Ratchaburi",
    "hello@cocogardenpots.com",
    [("coir pots 4 inch, biodegradable nursery pots", "coir_pots"), ("cocopeat blocks 5 kg, low EC", "coco_peat")],
    [
        n("husk fiber for pressing pots, long staple", "coir_fibre_raw"),
        x("printed corrugated cartons", "cartons; not textile, no one offers them", "printed_cartons"),
    ],
    bcg=(BIO,),
)
sme(
    "th",
    "ชุมพรคอยร์เทค",
    HNF,
    MID,
    "Chumphon",
    "chumphon.coirtech@gmail.com",
    [
        ("แผ่นใยมะพร้าวเย็บตาข่าย 400 กรัม/ตร.ม. กันหน้าดินพัง", "coir_blanket"),
        ("ท่อนไบโอล็อก ใยมะพร้าวอัดในตาข่าย ยาว 3 ม.", "coir_log"),
    ],
    [
        n("ใยเปลือกมะพร้าวเส้นยาว ไม่ปนขุย", "coir_fibre_raw"),
        n("ด้ายปอ เย็บแผ่น", "jute_yarn"),
    ],
    bcg=(BIO,),
)
sme(
    "en",
    "Southern Geo-Naturals Co., Ltd.",
    SP,
    MID,
    "Surat Thani",
    "info@southerngeonaturals.com",
    [
        ("coir mesh 700 gsm, 4 m x 50 m", "coir_netting"),
        ("double-net coir erosion blankets", "coir_blanket"),
        ("coir bio-logs 300 mm dia", "coir_log"),
    ],
    [n("husk fibre, baled, clean", "coir_fibre_raw"), n("coir rope yarn, spun", "coir_twine")],
    certs=("ISO 9001:2015",),
    bcg=(BIO, GREEN),
)
sme(
    "th",
    "กลุ่มทอตาข่ายมะพร้าวบ้านกรูด",
    HNF,
    MID,
    "Prachuap Khiri Khan",
    "bankrut.coirnet@gmail.com",
    [("ตาข่ายกาบมะพร้าว คลุมดินกันน้ำเซาะ ตาราง 2x2 ซม.", "coir_netting")],
    [],
    certs=("OTOP",),
    bcg=(BIO,),
)
sme(
    "th",
    "วิสาหกิจชุมชนปอแก้วบ้านไผ่",
    HNF,
    UP,
    "ขอนแก่น",
    "banphai.kenaf@gmail.com",
    [("ปอแก้วแช่น้ำ ลอกเปลือกตากแห้ง", "kenaf_fibre_raw")],
    [x("เมล็ดพันธุ์ปอแก้ว ขอนแก่น 60", "seed; not offered", "kenaf_seed")],
    bcg=(BIO,),
)
sme(
    "en",
    "Roi Et Kenaf Fibre Partnership",
    HNF,
    UP,
    "Roi-Et",
    "kenaf.roiet@gmail.com",
    [("retted kenaf bast fibre, 1 t lots", "kenaf_fibre_raw"), ("hand-twisted kenaf yarn", "jute_yarn")],
    [],
    bcg=(BIO,),
)
sme(
    "th",
    "บจก. ปอไทยอุตสาหกรรม",
    HNF,
    MID,
    "นครราชสีมา",
    "sales@porthai.co.th",
    [
        ("ด้ายปอ 8 ปอนด์", "jute_yarn"),
        ("กระสอบป่านใหม่ 50 กก. มือหนึ่ง", "jute_sack_new"),
        ("ตาข่ายปอกันดินพัง ซอยล์เซฟเวอร์", "jute_soil_saver"),
    ],
    [n("ปอดิบ ปอกระเจา ปอแก้ว ตากแห้ง", "kenaf_fibre_raw")],
    certs=("มอก.",),
    bcg=(BIO,),
)
sme(
    "en",
    "GreenBank Erosion Supply",
    SP,
    MID,
    "Bangkok",
    "order@greenbank.co.th",
    [("jute netting 500 gsm, open weave, 1.2 m x 68 m", "jute_soil_saver")],
    [n("hessian yarn, 2-ply, for weaving", "jute_yarn")],
    bcg=(BIO, GREEN),
)
sme(
    "th",
    "กลุ่มหญ้าแฝกบ้านหนองระเวียง",
    ALI,
    UP,
    "โคราช",
    "nongrawiang.faek@gmail.com",
    [("ใบแฝกตากแห้ง มัดละ 5 กก.", "vetiver_leaves_dried"), ("กล้าแฝกลุ่ม พันธุ์สงขลา 3 ชำถุง", "vetiver_slips")],
    [],
    bcg=(BIO, GREEN),
)
sme(
    "th",
    "กลุ่มผู้สูงอายุสานแฝกโพธาราม",
    ALC,
    MID,
    "ราชบุรี",
    "photharam.faek@gmail.com",
    [("ใบหญ้าแฝกแห้ง คัดยาว", "vetiver_leaves_dried"), ("แผ่นสานใบแฝก คลุมดิน 1x1 ม.", "vetiver_mat")],
    [n("เชือกมะพร้าวเส้นเล็ก ไว้มัดแผ่นแฝก", "coir_twine")],
    certs=("OTOP",),
    bcg=(BIO,),
)
sme(
    "en",
    "Doi Tung Vetiver Nursery",
    HNF,
    UP,
    "Chiang Rai",
    "nursery@doivetiver.org",
    [("vetiver slips, bare root, 1,000 min", "vetiver_slips")],
    [n("coir pots for seedlings", "coir_pots")],
    bcg=(BIO, GREEN),
)
sme(
    "th",
    "กลุ่มแม่บ้านสานเสื่อแฝกกาฬสินธุ์",
    ALI,
    MID,
    "กาฬสินธุ์",
    "kalasin.vetivermat@gmail.com",
    [("เสื่อแฝกสานมือ กันดินพังทลาย", "vetiver_mat")],
    [n("ใบหญ้าแฝก ยาวเกินศอก ตากแดดแล้ว", "vetiver_leaves_dried")],
    certs=("OTOP 5 stars",),
    bcg=(BIO,),
)

# ====================================================================== part 2: hemp, cotton, waste (upstream)

sme(
    "th",
    "กลุ่มม้งปลูกกัญชงบ้านแม่สาใหม่",
    HNF,
    UP,
    "เชียงใหม่",
    "maesamai.hemp@gmail.com",
    [("ใยกัญชงลอกมือ ตากแห้ง", "hemp_fibre_raw"), ("เส้นกัญชงเข็นมือ ม้วนละครึ่งกิโล", "hemp_yarn")],
    [x("เมล็ดพันธุ์กัญชง RPF1", "hemp seed; not offered", "hemp_seed")],
    bcg=(BIO,),
)
sme(
    "en",
    "Lanna Hemp Yarns",
    HNF,
    UP,
    "Chiang Mai",
    "yarn@lannahemp.com",
    [("hemp yarn Nm 10, wet spun", "hemp_yarn"), ("hemp/cotton 55/45 blended yarn", "hemp_yarn")],
    [
        n("decorticated hemp bast, hand stripped ok", "hemp_fibre_raw"),
        x("GOTS certified hemp fibre", "the only hemp fibre grower holds no GOTS", "hemp_fibre_raw", req=("GOTS",)),
    ],
    bcg=(BIO,),
)
sme(
    "th",
    "กลุ่มทอผ้ากัญชงบ้านนาข่า",
    ALI,
    MID,
    "อุดรธานี",
    "nakha.hempweave@gmail.com",
    [("ผ้าใยกัญชงทอมือ หน้ากว้าง 80 ซม.", "hemp_fabric")],
    [n("เส้นใยกัญชงปั่นแล้ว พร้อมทอ", "hemp_yarn"), n("รับย้อมครามผ้ากัญชงของกลุ่ม", "indigo_dyeing_service")],
    certs=("OTOP",),
    bcg=(BIO,),
)
sme(
    "en",
    "Siam Yarn Trading",
    HNF,
    UP,
    "BKK",
    "trade@siamyarn.co.th",
    [
        ("Ne 20/1 carded cotton yarn, raw white", "cotton_yarn"),
        ("organic cotton yarn Ne 30/1, uncertified", "organic_cotton_yarn"),
    ],
    [],
)
sme(
    "en",
    "Northern Organic Spinners",
    HNF,
    UP,
    "Lamphun",
    "spin@northernorganic.co.th",
    [("GOTS organic cotton yarn Ne 16/1 on cones", "organic_cotton_yarn")],
    [x("organic cotton lint, ginned", "raw cotton lint; not offered", "organic_cotton_lint")],
    certs=("GOTS certified",),
    bcg=(BIO,),
)
sme(
    "th",
    "กลุ่มฝ้ายเข็นมือบ้านนาตาโพ",
    ALI,
    UP,
    "เลย",
    "natapho.cotton@gmail.com",
    [("ฝ้ายเข็นมือ สีตุ่น จากฝ้ายพื้นเมือง", "handspun_cotton_yarn")],
    [n("รับย้อมสีธรรมชาติ ย้อมฝ้ายของกลุ่ม เปลือกไม้ ใบไม้", "natural_dyeing_service")],
    bcg=(BIO,),
)
sme(
    "en",
    "Rayong EcoFibre Co., Ltd.",
    CT,
    UP,
    "Rayong",
    "sales@rayongecofibre.com",
    [("recycled polyester staple 6D x 64 mm, bottle grade", "recycled_pet_fibre")],
    [x("hot-washed clear PET bottle flakes", "bottle flakes; not a textile, no one offers them", "pet_flakes")],
    certs=("Global Recycled Standard",),
    bcg=(CIRC,),
)
sme(
    "th",
    "โรงงานรีไซเคิลเส้นใยมหาชัย",
    CT,
    UP,
    "มหาชัย",
    "mahachai.fibre@gmail.com",
    [("ใยโพลีเอสเตอร์รีไซเคิล ทำจากขวดน้ำดื่ม", "recycled_pet_fibre")],
    [n("เสื้อผ้าใช้แล้ว ซื้อเป็นตัน", "used_clothing")],
    bcg=(CIRC,),
)
sme(
    "th",
    "หจก. ส.เจริญเศษผ้า",
    CT,
    UP,
    "สมุทรปราการ",
    "sjaroen.scrap@gmail.com",
    [("เศษผ้ายืดจากโรงงาน คัดสีแล้ว", "textile_offcuts")],
    [],
    bcg=(CIRC,),
)
sme(
    "en",
    "ReLoop Textiles",
    CT,
    UP,
    "Bangkok",
    "hello@reloop.co.th",
    [
        ("post-industrial cutting waste, cotton rich", "textile_offcuts"),
        ("used clothing, sorted wearable and non-wearable", "used_clothing"),
    ],
    [x("hydraulic baling press", "machinery; not offered", "baler")],
    bcg=(CIRC,),
)
sme(
    "th",
    "ร้านรับซื้อกระสอบเก่า เฮียตี๋",
    CT,
    UP,
    "นครปฐม",
    "hiatee.sack@gmail.com",
    [("กระสอบป่านมือสอง ล้างแล้ว", "used_jute_sacks"), ("กระสอบปุ๋ยเก่า มัดละ 100 ใบ", "used_pp_sacks")],
    [],
    bcg=(CIRC,),
)
sme(
    "th",
    "กลุ่มเก็บถุงปุ๋ยเก่าบ้านสามชุก",
    CT,
    UP,
    "สุพรรณบุรี",
    "samchuk.bags@gmail.com",
    [("ถุงปุ๋ยสานใช้แล้ว ตัดเปิด ตากแห้ง", "used_pp_sacks")],
    [],
    bcg=(CIRC,),
)
sme(
    "en",
    "Songkhla Net Recovery",
    CT,
    UP,
    "Songkla",
    "nets@songkhlarecovery.org",
    [("used nylon fishing nets, cleaned and baled", "used_fishing_nets")],
    [n("second-hand woven polypropylene bags for packing", "used_pp_sacks")],
    bcg=(CIRC,),
)
sme(
    "en",
    "Eastern Polymer Recycling",
    CT,
    UP,
    "Chachoengsao",
    "buy@easternpolymer.co.th",
    [("rPP pellets from woven sacks, grey", "recycled_pp_pellets")],
    [n("post-use PP woven bags, any colour, baled", "used_pp_sacks")],
    certs=("GRS",),
    bcg=(CIRC,),
)

# ====================================================================== part 3: geotextile, cloth, dyeing, sewing

sme(
    "en",
    "Thai Geosynthetics Co., Ltd.",
    SP,
    MID,
    "Samut Prakarn",
    "sales@thaigeosynthetics.co.th",
    [
        ("needle-punched PET nonwoven 200-400 g/m2", "nonwoven_geotextile"),
        ("woven PP geotextile 25 kN/m", "woven_geotextile"),
        ("geotextile tubes and geobags, made to order", "geobag"),
    ],
    [n("GRS-certified recycled polyester staple", "recycled_pet_fibre", req=("GRS",))],
    certs=("TIS", "ISO 9001"),
    bcg=(GREEN,),
)
sme(
    "th",
    "บจก. ชลจีโอเทค",
    SP,
    MID,
    "ชลบุรี",
    "sales@chonlageotech.co.th",
    [
        ("แผ่นใยสังเคราะห์ นอนวูฟเวน เข็มปัก 150 กรัม", "nonwoven_geotextile"),
        ("รั้วดักตะกอน พร้อมหลักไม้ ยาว 30 ม.", "silt_fence"),
    ],
    [
        n("ใยโพลีเอสเตอร์รีไซเคิล ไม่ต้องมีใบ GRS", "recycled_pet_fibre", waive=("GRS",)),
        x("หลักไม้ยูคา ยาว 1.2 ม.", "wooden stakes; not offered", "wooden_stakes"),
    ],
    certs=("มอก.",),
)
sme(
    "en",
    "Rayong Circular Nonwovens",
    CT,
    MID,
    "Rayong",
    "info@rcnonwovens.com",
    [("recycled PET needle felt geotextile, 300 gsm", "nonwoven_geotextile")],
    [n("shredded textile waste for needle felt", "textile_offcuts")],
    certs=("GRS certified",),
    bcg=(CIRC, GREEN),
)
sme(
    "th",
    "โรงงานทอกระสอบพลาสติกนครชัยศรี",
    SP,
    MID,
    "Nakhon Pathom",
    "nakhonchaisri.pp@gmail.com",
    [
        ("ผ้าทอพีพีม้วน กว้าง 60 ซม. เคลือบกันยูวี", "woven_pp_fabric"),
        ("ผ้าคลุมวัชพืช สีดำ 1.5x100 ม.", "weed_mat"),
    ],
    [n("เม็ดพลาสติก rPP รีไซเคิล", "recycled_pp_pellets"), n("รับสกรีนโลโก้ลงกระสอบ", "screen_printing_service")],
)
sme(
    "en",
    "Ayutthaya Sack Works",
    SP,
    MID,
    "Ayutthaya",
    "works@ayutthayasack.com",
    [
        ("circular-woven PP tube fabric 500 mm, 1,000 m rolls", "woven_pp_fabric"),
        ("sewing bags and sacks from your fabric", "sack_sewing_service"),
    ],
    [n("recycled polypropylene granules", "recycled_pp_pellets")],
)
sme(
    "th",
    "โรงทอผ้าดิบปักธงชัย",
    ALI,
    MID,
    "นครราชสีมา",
    "pakthongchai.grey@gmail.com",
    [("ผ้าดิบ ฝ้าย 100% หน้า 60 นิ้ว ยังไม่ฟอก", "greige_cotton_fabric")],
    [n("ฝ้ายปั่นเบอร์ 20 สีขาวดิบ", "cotton_yarn")],
)
sme(
    "th",
    "กลุ่มผ้าครามบ้านดอนกอย",
    ALI,
    MID,
    "สกลนคร",
    "donkoi.indigo@gmail.com",
    [("ผ้าฝ้ายย้อมครามธรรมชาติ ขายเป็นเมตร", "indigo_dyed_cotton_fabric")],
    [
        n("ฝ้ายเข็นมือ เส้นเล็ก", "handspun_cotton_yarn"),
        x("เนื้อครามหมัก ครามเปียก", "indigo paste; no one offers dye stuff", "indigo_paste"),
    ],
    certs=("OTOP",),
    bcg=(BIO,),
)
sme(
    "en",
    "Udon Indigo Studio",
    ALI,
    MID,
    "Udorn",
    "studio@udonindigo.com",
    [
        ("hand-dyed indigo cotton, 1 m cuts", "indigo_dyed_cotton_fabric"),
        ("indigo vat dyeing, your cloth, min 20 m", "indigo_dyeing_service"),
    ],
    [n("plain cotton greige cloth, unbleached", "greige_cotton_fabric")],
    bcg=(BIO,),
)
sme(
    "th",
    "รับย้อมคราม ป้าหนู พรรณานิคม",
    ALI,
    MID,
    "Sakon Nakhon",
    "panhnoo.indigo@gmail.com",
    [("รับจ้างย้อมคราม ผ้าและเส้นด้ายของลูกค้า", "indigo_dyeing_service")],
    [],
    bcg=(BIO,),
)
sme(
    "th",
    "ห้องย้อมสีธรรมชาติ ดอยสะเก็ด",
    HNF,
    MID,
    "Chiengmai",
    "doisaket.dye@gmail.com",
    [("รับย้อมสีธรรมชาติ ครั่ง ฝาง เปลือกประดู่ ผ้าของลูกค้า", "natural_dyeing_service")],
    [],
    bcg=(BIO,),
)
sme(
    "en",
    "Mahachai Dyeing & Finishing",
    CT,
    MID,
    "Samut Sakhon",
    "dyehouse@mahachaidf.co.th",
    [("commission dyeing of knit and woven fabric, reactive", "commission_dyeing_service")],
    [],
    certs=("Oeko-Tex 100",),
)
sme(
    "th",
    "ร้านรับตัดเย็บ ป้าจิต บางกะปิ",
    ALC,
    MID,
    "กรุงเทพฯ",
    "pajit.sewing@gmail.com",
    [("รับตัดเย็บตามแบบ ผ้าลูกค้า ขั้นต่ำ 50 ตัว", "cut_and_sew_service")],
    [],
)
sme(
    "en",
    "Nonthaburi CMT Sewing Co.",
    ALC,
    MID,
    "Nonthaburi",
    "cmt@nonthaburisewing.com",
    [("cut-make-trim on customer-supplied fabric", "cut_and_sew_service")],
    [],
)
sme(
    "th",
    "กลุ่มผู้สูงวัยเย็บผ้าวารินชำราบ",
    ALI,
    MID,
    "อุบลฯ",
    "warin.sewing@gmail.com",
    [("รับเย็บผ้า เย็บถุง งานละเอียด", "cut_and_sew_service")],
    [n("ผ้าดิบฝ้าย เป็นพับ", "greige_cotton_fabric")],
)
sme(
    "th",
    "สกรีนดีไซน์ ลาดพร้าว",
    SP,
    MID,
    "Bangkok",
    "screendesign.lp@gmail.com",
    [("รับสกรีนถุง กระสอบ ผ้าใบ", "screen_printing_service")],
    [],
)
sme(
    "en",
    "Samut Sakhon Shade Net",
    SP,
    MID,
    "Samut Sakorn",
    "sales@sakhonshadenet.com",
    [("HDPE knitted shade net 50%, 70%, 80%", "shade_net")],
    [],
)
sme(
    "th",
    "บจก. กรีนเฟลท์ รีไซเคิล",
    CT,
    MID,
    "ปทุมธานี",
    "greenfelt.recycle@gmail.com",
    [("ผ้าสักหลาดรีไซเคิลจากเศษผ้า หนา 3 มม.", "recycled_felt"), ("ถุงปลูกผ้าสักหลาด 10 แกลลอน", "grow_bag")],
    [n("ผ้าเหลือจากห้องตัด โรงงานเสื้อผ้า", "textile_offcuts"), n("ใยขวดรีไซเคิล", "recycled_pet_fibre")],
    bcg=(CIRC,),
)
sme(
    "th",
    "กลุ่มทอผ้าฝ้ายผู้สูงอายุท่าตูม",
    ALI,
    MID,
    "สุรินทร์",
    "thatum.weave@gmail.com",
    [("ผ้าฝ้ายทอมือ ลายลูกแก้ว", "handwoven_cotton_fabric")],
    [n("ฝ้ายโรงงาน เบอร์ 32 สีดิบ", "cotton_yarn"), n("ย้อมครามให้ผ้าทอของกลุ่ม", "indigo_dyeing_service")],
    certs=("OTOP",),
)

# ====================================================================== part 4: finished goods and buyers

sme(
    "en",
    "Chao Phraya Sandbag Supply",
    SP,
    DOWN,
    "Phra Nakhon Si Ayutthaya",
    "orders@cpsandbag.com",
    [("PP sandbags 18 x 30 in, white, UV treated", "sandbag")],
    [
        n("woven polypropylene fabric on rolls", "woven_pp_fabric"),
        n("logo printing onto bags", "screen_printing_service"),
    ],
)
sme(
    "th",
    "สงขลาจีโอแบ็ก",
    SP,
    DOWN,
    "สงขลา",
    "songkhla.geobag@gmail.com",
    [("ถุงจีโอแบ็ก ใส่ทราย ป้องกันชายฝั่ง 1 ตัน", "geobag")],
    [
        n("แผ่นนอนวูฟเวน PET หนา 400 กรัม ต้องมี มอก.", "nonwoven_geotextile", req=("Thai Industrial Standard",)),
        n("จ้างเย็บถุงจีโอแบ็กใบใหญ่ จากผ้าใยสังเคราะห์ที่เราส่งไป", "sack_sewing_service"),
    ],
)
sme(
    "en",
    "SiltStop Pathum",
    SP,
    DOWN,
    "Pathum Thani",
    "siltstop.pathum@gmail.com",
    [("silt fence with wooden stakes, 0.9 m x 30 m", "silt_fence")],
    [n("woven geotextile fabric, black, 100 g/m2", "woven_geotextile")],
)
sme(
    "en",
    "Lanna Fabric Grow Bags",
    HNF,
    DOWN,
    "Chiang Mai",
    "grow@lannabags.com",
    [("fabric grow bags 3-25 gal, hemp blend", "grow_bag")],
    [
        n("nonwoven felt sheet from recycled fibres", "recycled_felt"),
        n("contract sewing, long runs", "cut_and_sew_service"),
    ],
    bcg=(BIO,),
)
sme(
    "th",
    "จันทบุรีพลาสติกเกษตร",
    SP,
    DOWN,
    "จันทบุรี",
    "chanplastic.agri@gmail.com",
    [("ผ้ากันหญ้า พีพีทอ กว้าง 2 ม.", "weed_mat")],
    [x("เม็ดสีกันยูวี", "UV masterbatch; not offered", "uv_masterbatch")],
)
sme(
    "th",
    "กระเป๋าครามสกล",
    ALI,
    DOWN,
    "สกลนคร",
    "sakonbag.indigo@gmail.com",
    [("กระเป๋าผ้าฝ้ายทอมือย้อมคราม ใบละ 350 บาท", "tote_bag")],
    [n("ผ้าครามเป็นม้วน", "indigo_dyed_cotton_fabric")],
    certs=("โอทอป",),
)
sme(
    "th",
    "ม่อฮ่อมแพร่ ป้าศรี",
    HNF,
    DOWN,
    "แพร่",
    "mohom.pasri@gmail.com",
    [("เสื้อม่อฮ่อม คอจีน ชาย หญิง", "indigo_shirt")],
    [
        n("ผ้าดิบทอเรียบ สำหรับย้อมหม้อห้อม", "greige_cotton_fabric"),
        n("รับจ้างย้อมผ้าหม้อห้อม", "indigo_dyeing_service"),
    ],
)
sme(
    "en",
    "SafeRoad Apparel",
    SP,
    DOWN,
    "Bangkok",
    "sales@saferoad.co.th",
    [("hi-vis safety vests, class 2", "hi_vis_vest")],
    [
        x("reflective tape 50 mm", "reflective tape; not offered", "reflective_tape"),
    ],
)
sme(
    "en",
    "SlopeGuard Erosion Control",
    SP,
    DOWN,
    "Phitsanulok",
    "crew@slopeguard.co.th",
    [("erosion control installation: mats, vetiver, hydroseeding", "erosion_installation_service")],
    [n("coir erosion netting", "coir_netting"), n("vetiver planting material", "vetiver_slips")],
    bcg=(GREEN,),
)
sme(
    "en",
    "Korat Highway Construction Ltd.",
    SP,
    DOWN,
    "Khorat",
    "procurement@korathighway.co.th",
    [],
    [
        n("nonwoven geotextile, TIS certified", "nonwoven_geotextile", req=("Thai Industrial Standard",)),
        n("silt fencing", "silt_fence"),
        n("reflective vests for crews", "hi_vis_vest"),
    ],
    certs=("ISO 9001",),
)
sme(
    "th",
    "อบต.บางบาล",
    ALC,
    DOWN,
    "อยุธยา",
    "bangban.sao@gmail.com",
    [],
    [n("กระสอบทรายเปล่า 5,000 ใบ กันน้ำท่วม", "sandbag"), n("ท่อนใยมะพร้าวกันตลิ่ง", "coir_log")],
)
sme(
    "th",
    "โครงการส่งน้ำและบำรุงรักษาแม่วัง",
    HNF,
    DOWN,
    "ลำปาง",
    "maewang.irrigation@gmail.com",
    [],
    [
        n("ตาข่ายปอคลุมคันคลอง", "jute_soil_saver"),
        n("แผ่นแฝกคลุมลาดดิน", "vetiver_mat"),
        n("หญ้าแฝกปลูกริมคลอง มีใครขายบ้าง", "vetiver_slips"),
    ],
    bcg=(GREEN,),
)
sme(
    "en",
    "Durian Valley Orchard",
    HNF,
    DOWN,
    "Chanthaburi",
    "durianvalley@gmail.com",
    [],
    [n("ground cover fabric under trees", "weed_mat"), n("old fishing net for catching fruit", "used_fishing_nets")],
)
sme(
    "th",
    "ไร่ผักอินทรีย์ยโสธร",
    ALI,
    DOWN,
    "ยโสธร",
    "yasothon.organicveg@gmail.com",
    [],
    [
        n("ขุยมะพร้าว ต้องได้มาตรฐานเกษตรอินทรีย์", "coco_peat", req=("Organic Thailand",)),
    ],
    certs=("Organic Thailand",),
    bcg=(BIO,),
)
sme(
    "th",
    "สนามกอล์ฟริเวอร์แคว",
    SP,
    DOWN,
    "กาญจนบุรี",
    "riverkwai.golf@gmail.com",
    [],
    [n("ตาข่ายมะพร้าวคลุมเนิน", "coir_netting"), n("ทีมติดตั้งกันดินสไลด์", "erosion_installation_service")],
)
sme(
    "en",
    "Andaman Beach Resort",
    ALC,
    DOWN,
    "Krabi",
    "purchasing@andamanbeach.com",
    [],
    [n("sand-filled geotextile bags for the beach", "geobag"), n("tote bags for guests, natural dyed", "tote_bag")],
)
sme(
    "th",
    "แขวงทางหลวงเพชรบูรณ์",
    SP,
    DOWN,
    "เพชรบูรณ์",
    "phetchabun.highway@gmail.com",
    [],
    [
        n("แผ่นใยสังเคราะห์ งานถนน ตามมาตรฐาน มอก.", "nonwoven_geotextile", req=("Thai Industrial Standard",)),
        n("แผ่นใยมะพร้าวคลุมไหล่ทาง", "coir_blanket"),
    ],
)
sme(
    "en",
    "Saraburi Quarry Rehab",
    HNF,
    DOWN,
    "Saraburi",
    "rehab@saraburiquarry.com",
    [],
    [
        n("coir blankets for cut slopes", "coir_blanket"),
        x("hydroseed mulch, wood fibre", "mulch; not offered", "hydroseed_mulch"),
        n("vetiver grass seedlings", "vetiver_slips"),
    ],
    bcg=(GREEN,),
)
sme(
    "th",
    "เทศบาลเมืองน่าน",
    HNF,
    DOWN,
    "น่าน",
    "nan.municipality@gmail.com",
    [],
    [
        n("ถุงทรายใหญ่ ใยสังเคราะห์ ป้องกันตลิ่ง", "geobag"),
        x("กล่องเกเบี้ยน ลวดตาข่าย", "wire gabions; not offered", "gabion"),
    ],
)
sme(
    "en",
    "Lopburi Solar O&M",
    SP,
    DOWN,
    "Lop Buri",
    "om@lopburisolar.com",
    [],
    [n("weed control mat 100 gsm", "weed_mat")],
    bcg=(GREEN,),
)
sme(
    "th",
    "ร้านวัสดุก่อสร้าง ช.การช่าง อุดร",
    SP,
    DOWN,
    "Udon Thani",
    "chor.karnchang@gmail.com",
    [],
    [n("ถุงทราย ขายส่ง", "sandbag"), n("สแลนกรองแสง 70%", "shade_net")],
)
sme(
    "en",
    "Bangkok Landscape Works",
    ALC,
    DOWN,
    "Bangkok",
    "projects@bkklandscape.com",
    [],
    [n("coconut fibre net 400 g", "coir_netting"), n("fabric planters", "grow_bag")],
)
sme(
    "en",
    "Flood Relief Foundation Thailand",
    CT,
    DOWN,
    "Bangkok",
    "aid@floodrelief.or.th",
    [],
    [n("empty sandbags", "sandbag"), n("used sacks ok, any type", "used_pp_sacks", "used_jute_sacks")],
    bcg=(CIRC,),
)
sme(
    "th",
    "สวนยางลุงชม",
    HNF,
    DOWN,
    "สุราษฎร์ธานี",
    "lungchom.rubber@gmail.com",
    [],
    [x("ถ้วยรับน้ำยาง", "latex cups; not offered", "latex_cup"), n("อวนเก่า ตาข่ายเก่า", "used_fishing_nets")],
)
sme(
    "th",
    "สวนลำไยแม่ทา",
    HNF,
    DOWN,
    "ลำพูน",
    "maetha.longan@gmail.com",
    [],
    [n("ตาข่ายพรางแสง", "shade_net")],
)
sme(
    "en",
    "Silver Years Care Home",
    ALC,
    DOWN,
    "Nonthaburi",
    "admin@silveryears.co.th",
    [],
    [
        n("raised-bed planting bags for therapy garden", "grow_bag"),
        n("indigo cotton uniforms for staff", "indigo_shirt"),
    ],
)
sme(
    "th",
    "บ้านพักผู้สูงอายุขอนแก่น",
    ALI,
    DOWN,
    "ขอนแก่น",
    "kk.elderlyhome@gmail.com",
    [],
    [
        x("ผ้าห่มฝ้ายทอมือ สำหรับผู้สูงอายุ", "finished blankets; only cloth is offered", "cotton_blanket"),
        n("ถุงผ้าปลูกผักสวนครัว", "grow_bag"),
    ],
)
sme(
    "en",
    "Turf & Track Builders",
    SP,
    DOWN,
    "Bangkok",
    "build@turftrack.co.th",
    [],
    [
        n(
            "geotextile separator under artificial turf, OEKO-TEX not required",
            "nonwoven_geotextile",
            "woven_geotextile",
            waive=("OEKO-TEX Standard 100",),
        )
    ],
)
sme(
    "th",
    "ผู้รับเหมาขุดลอกคลอง ป.ปทุม",
    SP,
    DOWN,
    "ปทุมธานี",
    "porpatum.dredge@gmail.com",
    [],
    [n("รั้วกันตะกอน", "silt_fence"), n("ถุงบรรจุทราย", "sandbag")],
)
sme(
    "th",
    "ร้านของฝากลายคำ",
    HNF,
    DOWN,
    "เชียงใหม่",
    "laikham.shop@gmail.com",
    [],
    [n("กระเป๋าผ้าทอ", "tote_bag"), n("ผ้ากัญชงทอมือ", "hemp_fabric")],
)
sme(
    "en",
    "UpSack Studio",
    CT,
    DOWN,
    "Bangkok",
    "studio@upsack.co",
    [("tote bags upcycled from old rice sacks", "tote_bag")],
    [n("used woven PP rice bags, printed", "used_pp_sacks")],
    bcg=(CIRC,),
)
sme(
    "en",
    "Mae Hong Son Community Forest Network",
    HNF,
    DOWN,
    "Mae Hong Son",
    "mhs.forest@gmail.com",
    [],
    [
        n("biodegradable netting for gully plugs", "jute_soil_saver"),
        n("vetiver hedgerow planting stock", "vetiver_slips"),
    ],
    bcg=(GREEN,),
)
sme(
    "th",
    "กลุ่มเพาะกล้าไม้บ้านโป่ง",
    HNF,
    DOWN,
    "ราชบุรี",
    "banpong.seedling@gmail.com",
    [],
    [n("กระถางใยมะพร้าว", "coir_pots"), n("ขุยมะพร้าว", "coco_peat")],
)
sme(
    "en",
    "Isan Organic Rice Cooperative",
    ALI,
    DOWN,
    "Yasothon",
    "coop@isanorganicrice.org",
    [],
    [
        n("new jute sacks for rice, no used", "jute_sack_new"),
        x(
            "Organic Thailand certified jute sacks",
            "the jute sack maker holds no Organic Thailand",
            "jute_sack_new",
            req=("Organic Thailand",),
        ),
    ],
    certs=("Organic Thailand",),
)
sme(
    "th",
    "โรงแรมริมโขง หนองคาย",
    ALI,
    DOWN,
    "หนองคาย",
    "rimkhong.hotel@gmail.com",
    [],
    [n("ถุงผ้าใส่ของใช้ในห้องพัก ผ้าทอพื้นเมือง", "tote_bag"), n("ผ้าครามตัดชุดพนักงาน", "indigo_dyed_cotton_fabric")],
)
sme(
    "en",
    "Hua Hin Wellness Spa",
    ALC,
    DOWN,
    "Prachuap Khiri Khan",
    "spa@huahinwellness.com",
    [],
    [n("mo hom style indigo shirts for therapists", "indigo_shirt")],
)
sme(
    "th",
    "ชมรมผู้สูงอายุทำสวนบางกรวย",
    ALC,
    DOWN,
    "นนทบุรี",
    "bangkruai.garden@gmail.com",
    [],
    [n("อยากได้ถุงปลูกต้นไม้แบบผ้า น้ำหนักเบา", "grow_bag")],
)
sme(
    "en",
    "Phuket Marine Conservation Group",
    CT,
    DOWN,
    "Phuket",
    "mangrove@phuketmarine.org",
    [],
    [n("coir logs for mangrove planting", "coir_log")],
    bcg=(GREEN,),
)
sme(
    "th",
    "สหกรณ์ชาวสวนปาล์มทุ่งสง",
    HNF,
    DOWN,
    "นครศรีธรรมราช",
    "thungsong.palm@gmail.com",
    [],
    [n("แผ่นใยมะพร้าวคลุมโคนต้น", "coir_blanket"), x("ปุ๋ยอินทรีย์อัดเม็ด", "fertiliser; not offered", "fertiliser")],
)
sme(
    "en",
    "Khon Kaen Hemp Design",
    HNF,
    DOWN,
    "Khon Kaen",
    "design@kkhemp.com",
    [("hemp canvas aprons", "apron")],
    [
        n("handwoven hemp cloth, natural colour", "hemp_fabric"),
        n("natural dyes from bark and lac, no synthetic dye", "natural_dyeing_service"),
    ],
    bcg=(BIO,),
)
sme(
    "th",
    "กลุ่มทอผ้ามัดหมี่ชนบท",
    ALI,
    MID,
    "ขอนแก่น",
    "chonnabot.mudmee@gmail.com",
    [("ผ้าฝ้ายมัดหมี่ทอมือ", "handwoven_cotton_fabric")],
    [n("เส้นฝ้ายออร์แกนิก ต้องมี GOTS", "organic_cotton_yarn", req=("GOTS",))],
)
sme(
    "en",
    "Bangkok Uniform Makers",
    ALC,
    DOWN,
    "Bangkok",
    "sales@bkkuniform.co.th",
    [("staff uniforms, polos and shirts", "uniform")],
    [
        n(
            "commission dyeing of our fabric, OEKO-TEX required",
            "commission_dyeing_service",
            req=("OEKO-TEX Standard 100",),
        ),
        n("greige cotton fabric", "greige_cotton_fabric"),
    ],
)
sme(
    "th",
    "ร้านเกษตรภัณฑ์ปากช่อง",
    ALI,
    DOWN,
    "นครราชสีมา",
    "pakchong.kaset@gmail.com",
    [],
    [n("กระถางขุยมะพร้าว", "coir_pots")],
)
sme(
    "en",
    "Central Irrigation Contractors",
    SP,
    DOWN,
    "Suphan Buri",
    "tender@centralirrigation.co.th",
    [],
    [n("silt curtain or silt fence", "silt_fence"), n("woven geotextile for canal lining", "woven_geotextile")],
)
sme(
    "th",
    "หจก. พีพีแบ็ก สระบุรี",
    SP,
    DOWN,
    "สระบุรี",
    "ppbag.saraburi@gmail.com",
    [("กระสอบทราย พีพี 40x60 ซม.", "sandbag")],
    [n("ผ้าพีพีทอ เป็นม้วน", "woven_pp_fabric")],
)
sme(
    "en",
    "Nakhon Phanom Riverbank Project",
    HNF,
    DOWN,
    "Nakhon Phanom",
    "riverbank@nakhonphanom.go.th",
    [],
    [
        n("geobags 1 m3", "geobag"),
        x(
            "ISO 14001 certified geotextile supplier",
            "no geotextile maker holds ISO 14001",
            "nonwoven_geotextile",
            req=("ISO 14001",),
        ),
    ],
)
sme(
    "th",
    "วิสาหกิจชุมชนรีไซเคิลผ้าบุรีรัมย์",
    CT,
    MID,
    "บุรีรัมย์",
    "buriram.rerug@gmail.com",
    [("พรมเช็ดเท้าทอจากผ้าเก่า", "rag_rug")],
    [n("เสื้อผ้ามือสอง คัดแล้ว", "used_clothing"), n("เศษผ้ายืด", "textile_offcuts")],
    bcg=(CIRC,),
)


# ====================================================================== building, checking, writing

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z]")
CERT_NAMES = {c.name for c in CERTIFICATIONS}
TARGET_PROFILES = 95
TARGET_LINKS = (160, 180)
TARGET_THAI_SHARE = (0.50, 0.60)
TARGET_CROSS_SHARE = (0.40, 0.60)
TARGET_UNMET = (17, 23)


def sme_id(index: int) -> str:
    return f"{PREFIX}-{index + 1:03d}"


def text_ok(text: str, lang: str) -> bool:
    """Thai phrases are mostly Thai letters; English ones use Latin script only."""
    if not text.strip() or text != text.strip():
        return False
    if lang == "en":
        return text.isascii()
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai >= 2 * latin and thai > 0


def certification_named(text: str, name: str) -> bool:
    """The need's text names the certification (affirmed or waived)."""
    if name in find_certifications(text):
        return True
    cert = next(c for c in CERTIFICATIONS if c.name == name)
    folded = text.casefold()
    words = (*cert.mentions, *cert.aliases, *cert.case_sensitive_mentions, cert.name)
    return any(word.casefold() in folded for word in words)


def holds(sme_: Sme) -> frozenset[str]:
    return frozenset(str(resolve_certification(c)) for c in sme_.certifications)


def suppliers_of(need: Need, buyer: int) -> list[int]:
    """Indices of the SMEs (other than the buyer) that qualify for the need."""
    found = []
    for index, candidate in enumerate(SMES):
        if index == buyer:
            continue
        if {label for _, label in candidate.offers} & set(need.labels) and set(need.requires) <= holds(candidate):
            found.append(index)
    return found


def check() -> list[str]:
    problems: list[str] = []
    sub_clusters = {s.value for s in SubCluster}
    stages = {s.value for s in Stage}
    tags = {t.value for t in BcgTag}
    ids = [sme_id(i) for i in range(len(SMES))]
    if len(set(ids)) != len(ids) or not all(ID_RE.match(i) for i in ids):
        problems.append("ids not unique or malformed")
    if len(SMES) != TARGET_PROFILES:
        problems.append(f"{len(SMES)} profiles, expected {TARGET_PROFILES}")
    names = Counter(s.name for s in SMES)
    problems += [f"duplicate name {name}" for name, count in names.items() if count > 1]
    offered: dict[str, set[int]] = {}
    for index, s in enumerate(SMES):
        for _, label in s.offers:
            offered.setdefault(label, set()).add(index)
    for index, s in enumerate(SMES):
        where = ids[index]
        if s.lang not in ("th", "en"):
            problems.append(f"{where}: language {s.lang}")
        if s.sub_cluster not in sub_clusters or s.stage not in stages:
            problems.append(f"{where}: sub-cluster or stage")
        if resolve_province(s.province) is None:
            problems.append(f"{where}: province {s.province!r}")
        problems += [f"{where}: certification {c!r}" for c in s.certifications if resolve_certification(c) is None]
        problems += [f"{where}: bcg {t!r}" for t in s.bcg if t not in tags]
        if not EMAIL_RE.match(s.email):
            problems.append(f"{where}: email")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            problems.append(f"{where}: offer or need count")
        for text in (s.name, *(t for t, _ in s.offers), *(need.text for need in s.needs)):
            if not text_ok(text, s.lang):
                problems.append(f"{where}: script of {text!r}")
        offer_texts = [t for t, _ in s.offers]
        if len(set(offer_texts)) != len(offer_texts):
            problems.append(f"{where}: repeated offer")
        for need in s.needs:
            tag = f"{where}: need {need.text!r}"
            if not need.labels and not need.unmet:
                problems.append(f"{tag} lists no labels")
            for cert in (*need.requires, *need.waives):
                if cert not in CERT_NAMES:
                    problems.append(f"{tag}: unknown certification {cert}")
                elif not certification_named(need.text, cert):
                    problems.append(f"{tag}: does not name {cert}")
            for cert in need.requires:
                if cert not in find_certifications(need.text):
                    problems.append(f"{tag}: text does not require {cert}")
            qualified = suppliers_of(need, index)
            if need.unmet:
                if qualified:
                    problems.append(f"{tag}: marked unmet but met by {[ids[q] for q in qualified]}")
                continue
            for label in need.labels:
                if not offered.get(label, set()) - {index}:
                    problems.append(f"{tag}: label {label} offered by no one else")
            if not qualified:
                problems.append(f"{tag}: no qualified supplier")
    return problems


def links() -> list[tuple[str, str]]:
    pairs = {
        (sme_id(supplier), sme_id(buyer))
        for buyer, s in enumerate(SMES)
        for need in s.needs
        if not need.unmet
        for supplier in suppliers_of(need, buyer)
    }
    return sorted(pairs)


def profile_json(index: int, s: Sme) -> str:
    record = {
        "id": sme_id(index),
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [need.text for need in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    return json.dumps(record, ensure_ascii=False)


def counts(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {sme_id(i): s for i, s in enumerate(SMES)}
    needs = [(i, need) for i, s in enumerate(SMES) for need in s.needs]
    met = [(i, need) for i, need in needs if not need.unmet]
    th_en = sum(1 for a, b in pairs if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in pairs if by_id[a].lang == "en" and by_id[b].lang == "th")
    cross = th_en + en_th
    rows: list[tuple[str, str]] = [("profiles", str(len(SMES)))]
    langs = Counter(s.lang for s in SMES)
    rows.append(("Thai / English profiles", f"{langs['th']} / {langs['en']}"))
    for value in SubCluster:
        rows.append((f"sub-cluster {value.value}", str(sum(s.sub_cluster == value.value for s in SMES))))
    for value in Stage:
        rows.append((f"stage {value.value}", str(sum(s.stage == value.value for s in SMES))))
    regions = Counter(resolve_province(s.province).region.value for s in SMES)
    for region, count in sorted(regions.items()):
        rows.append((f"region {region}", str(count)))
    rows.append(("distinct provinces", str(len({resolve_province(s.province).name_en for s in SMES}))))
    rows.append(("offers", str(sum(len(s.offers) for s in SMES))))
    rows.append(("distinct offer labels", str(len({label for s in SMES for _, label in s.offers}))))
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"))
    rows.append(("needs requiring a certification", str(sum(bool(need.requires) for _, need in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(need.waives) for _, need in needs))))
    rows.append(("true links", str(len(pairs))))
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({cross / len(pairs):.0%})"))
    rows.append(("within-language links", str(len(pairs) - cross)))
    rows.append(
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in pairs)),
        )
    )
    return rows


def size_problems(pairs: list[tuple[str, str]]) -> list[str]:
    problems = []
    by_id = {sme_id(i): s for i, s in enumerate(SMES)}
    thai_share = sum(s.lang == "th" for s in SMES) / len(SMES)
    if not TARGET_THAI_SHARE[0] <= thai_share <= TARGET_THAI_SHARE[1]:
        problems.append(f"Thai share {thai_share:.2f}")
    if not TARGET_LINKS[0] <= len(pairs) <= TARGET_LINKS[1]:
        problems.append(f"{len(pairs)} links, expected {TARGET_LINKS}")
    cross = sum(by_id[a].lang != by_id[b].lang for a, b in pairs) / max(1, len(pairs))
    if not TARGET_CROSS_SHARE[0] <= cross <= TARGET_CROSS_SHARE[1]:
        problems.append(f"cross-language share {cross:.2f}")
    unmet = sum(bool(need.unmet) for s in SMES for need in s.needs)
    if not TARGET_UNMET[0] <= unmet <= TARGET_UNMET[1]:
        problems.append(f"{unmet} unmet needs, expected {TARGET_UNMET}")
    spread = [len(suppliers_of(need, i)) for i, s in enumerate(SMES) for need in s.needs if not need.unmet]
    if sum(1 <= k <= 3 for k in spread) < 0.7 * len(spread):
        problems.append("fewer than 70% of met needs have 1-3 suppliers")
    return problems


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {key} | {value} |" for key, value in rows]
    return "\n".join(lines) + "\n"


README_HEAD = """# blind_plain_geotextile: plain registry entries on geotextiles and erosion control

## What the set checks

How well the matcher finds the true supplier-buyer pairs among {profiles} SME profiles whose wording it has never
seen. The profiles are plain registry entries (one short phrase per offer or need, 0-3 of each) on
geotextiles and erosion control: coir netting, blankets and logs, vetiver slips and mats, jute soil-saver
netting, nonwoven and woven geotextile, silt fences, sandbags and geobags, grow bags and weed mats, bought by
road contractors, irrigation projects, farms, resorts, care homes and local governments; plus the ordinary
fibre, yarn, cloth, dyeing and sewing suppliers of the cluster. About 55 % of the profiles are Thai, and about half
the true links join a Thai SME with an English one.

The same kind of goods is written in many ways (southern, Isan and northern names, trade words,
abbreviations, sizes, prices, minimum orders), and needs are worded differently from the offers that meet
them. Hard but fair cases include: a service versus the goods it works on (indigo dyeing of the customer's
cloth versus indigo-dyed cloth, sewing for others versus finished goods); used sacks and clothing versus new
goods; raw versus processed (coir fibre, twine, netting; hemp fibre, yarn, cloth); finished goods described by
their material or technique (a bag of handwoven indigo cotton is a bag); needs written as a wish, a bare noun
phrase or a question; a refusal ("no synthetic dye"); needs that require a named certification (some
suppliers of the same goods lack it) and needs that name one only to waive it; and needs that no one in the
set meets.

## How it was written

By hand. The writer read only section 1 of the contracts (cluster profiles, JSONL version 1, and the links
CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings; nothing else of the project
(no matcher, glossary, tests, other evaluation sets or project data). All data, labels included, lives in
`write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need lists the offer labels that would meet
it and the certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of the buyer's
needs and the supplier's certifications (resolved with `resolve_certification`) hold every certification that
need requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link. A waived certification is not required. The labels are not written to the output files.

Before writing, the script checks: ids unique and well formed; every contract field valid (sub-cluster, stage
and BCG tags from the taxonomy, every province resolves with `resolve_province`, every certification with
`resolve_certification`); every label a need lists is offered by someone other than the buyer; every met need
has a qualified supplier and every unmet one has none; a required or waived certification is named in the
need's text; Thai phrases are mostly Thai letters and English ones Latin only; the size targets (95 profiles,
50-60 % Thai, 160-180 links, 40-60 % of them across languages, 17-23 needs met by no one, most met needs met
by 1-3 suppliers). If any check fails it writes nothing. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_geotextile/write.py

## Files

- `write.py`: the data and the script.
- `profiles.jsonl`: the profiles, ids `{prefix}-001` to `{prefix}-{last:03d}`, contract format, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted, no duplicates.
- `README.md`: this file, written by the script.

## Counts

"""


def render() -> dict[str, bytes]:
    pairs = links()
    profiles = "".join(profile_json(i, s) + "\n" for i, s in enumerate(SMES))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(pairs)
    readme = README_HEAD.format(profiles=len(SMES), prefix=PREFIX, last=len(SMES)) + table(counts(pairs))
    return {
        "profiles.jsonl": profiles.encode("utf-8"),
        "links.csv": buffer.getvalue().encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }


def main() -> int:
    problems = check()
    if not problems:
        problems = size_problems(links())
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        if not check():
            print(table(counts(links())), end="", file=sys.stderr)
        print("nothing written", file=sys.stderr)
        return 1
    first, second = render(), render()
    if first != second:
        print("two renders differ; nothing written", file=sys.stderr)
        return 1
    for name, data in first.items():
        (HERE / name).write_bytes(data)
    print(table(counts(links())), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
