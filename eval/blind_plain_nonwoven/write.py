"""Write the hand-labelled evaluation set `eval/blind_plain_nonwoven/`.

Run from the repository root:

    .venv/bin/python eval/blind_plain_nonwoven/write.py

All data lives in this file. Every offer carries a label that says what the thing is; every need lists
the labels that would meet it and the certifications its text requires (or is marked as met by no one).
The script checks the data, then writes `profiles.jsonl`, `links.csv` and `README.md` next to itself.
It writes nothing when a check fails.
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
ROOT = HERE.parent.parent
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

# ------------------------------------------------------------------ shorthands

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
AGE_C = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AGE_I = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

ID_PREFIX = "bnw"
PROFILE_COUNT = 95
LINKS_MIN, LINKS_MAX = 160, 180
THAI_SHARE_MIN, THAI_SHARE_MAX = 0.50, 0.60
CROSS_SHARE_MIN, CROSS_SHARE_MAX = 0.40, 0.60
UNMET_MIN, UNMET_MAX = 17, 23


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # a short note when no one in the set meets the need


def N(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels`, from a supplier holding every `req`."""
    return Need(text, labels, req, waive)


def U(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req` say what would meet it, if known."""
    return Need(text, labels, req, waive, unmet=note)


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]
    email: str
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = field(default=())

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"


def P(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    certifications: list[str],
    bcg: list[str],
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
) -> Sme:
    return Sme(
        num, language, name, sub_cluster, stage, province, tuple(certifications), tuple(bcg), email,
        tuple(offers), tuple(needs),
    )  # fmt: skip


# ------------------------------------------------------------------ the profiles

SMES: list[Sme] = [
    # ---- upstream: bottles, flakes, fibre, waste, yarn --------------------------------------------
    P(1, "th", "บจก. สาครเพ็ทรีไซเคิล", CIRC, UP, "Samut Sakhon", ["GRS"], ["circular"],
      "sales@sakhonpet.example",
      [("เกล็ดขวดเพ็ทใส ล้างร้อนแล้ว", "pet_bottle_flakes"),
       ("เกล็ด PET สีเขียว ราคาส่ง", "pet_bottle_flakes")],
      [N("รับซื้อขวดน้ำดื่มใช้แล้ว อัดก้อน ทุกจำนวน", "used_pet_bottles")]),
    P(2, "en", "Eastern Polyfibre Co., Ltd.", CIRC, UP, "Rayong", ["GRS", "RCS"], ["circular"],
      "sales@easternpolyfibre.example",
      [("rPET staple fibre 7D x 64 mm, HCS", "recycled_pet_staple_fibre"),
       ("recycled PSF 1.4D x 38 mm, spunlace grade", "recycled_pet_staple_fibre"),
       ("low-melt bico fibre 4D, recycled", "recycled_pet_staple_fibre")],
      [N("PET bottle flake, clear, hot washed, 20 t/month", "pet_bottle_flakes")]),
    P(3, "th", "ธนาคารขยะชุมชนบางบัวทอง", CIRC, UP, "Nonthaburi", [], ["circular"],
      "bbt.wastebank@mail.example",
      [("ขวดพลาสติกใส ใช้แล้ว อัดก้อน", "used_pet_bottles"),
       ("เสื้อผ้าเก่า คัดแยกตามชนิดผ้าแล้ว", "used_garments")],
      [N("ถุงผ้าหนังไก่ แจกสมาชิก 2,000 ใบ", "nonwoven_bags")]),
    P(4, "en", "Chon Textile Recovery", CIRC, UP, "Chon Buri", ["GRS"], ["circular"],
      "trade@chonrecovery.example",
      [("shoddy fibre from shredded textile waste", "shredded_textile_fibre"),
       ("post-consumer clothing, sorted by fibre and colour", "used_garments")],
      [N("pre-consumer cotton offcuts from garment factories", "cotton_cutting_scraps"),
       N("nonwoven selvedge trim and roll ends", "nonwoven_trim_waste")]),
    P(5, "th", "ร้านเศษผ้าปากน้ำ", CIRC, UP, "Samut Prakan", [], ["circular"],
      "paknam.scrap@mail.example",
      [("เศษผ้าตัด คอตตอน 100% สีขาว จากโรงงานเสื้อ", "cotton_cutting_scraps"),
       ("เศษขอบผ้าไม่ทอ หัวม้วนท้ายม้วน", "nonwoven_trim_waste")],
      [U("รถหกล้อรับจ้างขนเศษผ้า ทุกสัปดาห์", "a haulage service; no carrier in the set")]),
    P(6, "th", "วิสาหกิจชุมชนกัญชงม้งแม่สาใหม่", HEMP, UP, "Chiang Mai", [], ["bio"],
      "maesamai.hemp@mail.example",
      [("เปลือกกัญชงลอกมือ ตากแห้ง", "hemp_bast_fibre"),
       ("เส้นใยกัญชงต่อมือ ม้วนละครึ่งกิโล", "hemp_yarn")],
      [N("ผ้าคลุมแปลงกล้า กันน้ำค้างแข็งบนดอย", "crop_cover_fabric")]),
    P(7, "en", "Tak Hemp Fibre Collective", HEMP, UP, "Tak", ["Organic Thailand"], ["bio"],
      "hello@takhemp.example",
      [("decorticated hemp bast, 50 kg bales", "hemp_bast_fibre"),
       ("hemp hurds for animal bedding", "hemp_hurd")],
      [N("toll needle-punching of our own hemp fibre into mats", "needle_punching_service")]),
    P(8, "th", "กลุ่มเกษตรกรปอแก้วบ้านไผ่", HEMP, UP, "Khon Kaen", [], ["bio"],
      "banphai.kenaf@mail.example",
      [("ปอแก้วแช่น้ำ ลอกเป็นเส้น มัดฟ่อน", "kenaf_fibre")],
      [U("เครื่องลอกปอ มือสอง สภาพดี", "machinery; nobody in the set sells machines")]),
    P(9, "en", "Chumphon Coir Works", HEMP, UP, "Chumphon", [], ["bio"],
      "sales@chumphoncoir.example",
      [("brown coir fibre, long, baled", "coir_fibre"),
       ("cocopeat blocks 5 kg", "cocopeat")],
      [U("natural rubber latex, 60% concentrate", "latex; not offered in the set")]),
    P(10, "th", "กลุ่มนุ่นบ้านด่านเกวียน", AGE_I, UP, "Nakhon Ratchasima", ["OTOP"], ["bio"],
      "dankwian.kapok@mail.example",
      [("นุ่นตีฟู ยัดหมอน ที่นอน", "kapok_fibre")],
      [N("ผ้าดิบ ทำปลอกหมอนใน", "cotton_greige_fabric")]),
    P(11, "en", "Loei Cotton Growers Group", HEMP, UP, "Loei", [], ["bio"],
      "loeicotton@mail.example",
      [("raw cotton lint, white and natural brown", "cotton_lint")],
      [N("spinning of our own cotton into yarn, job work", "spinning_service")]),
    P(12, "th", "โรงปั่นด้ายนครชัยศรี", HEMP, UP, "Nakhon Pathom", ["OEKO-TEX Standard 100"], [],
      "sales@nakhonchaisrispin.example",
      [("ด้ายฝ้าย Ne 20/1 ปั่นแหวน", "cotton_yarn"),
       ("ด้ายรีไซเคิลจากเศษผ้า Ne 10", "recycled_cotton_yarn"),
       ("รับจ้างปั่นด้าย ฝ้ายของลูกค้าเอง", "spinning_service")],
      [N("ฝ้ายดิบผ่านหีบแล้ว", "cotton_lint"),
       N("เศษผ้าฝ้ายห้องตัด สีอ่อน", "cotton_cutting_scraps")]),
    P(13, "en", "Siam Absorbent Cotton Co.", AGE_C, UP, "Saraburi", ["ISO 9001"], [],
      "export@siamabsorbent.example",
      [("bleached absorbent cotton fibre, BP grade", "bleached_cotton_fibre"),
       ("cotton comber noil", "cotton_comber_noil")],
      [N("raw cotton, short staple is fine", "cotton_lint")]),
    P(14, "en", "MapTa Polymer Trading", SPORT, UP, "Rayong", ["ISO 9001"], [],
      "resin@maptapolymer.example",
      [("PP homopolymer MFI 35, spunbond grade", "pp_resin_spunbond"),
       ("PP resin MFI 1500 for meltblown", "pp_resin_meltblown")],
      []),
    P(15, "th", "บจก. ไทยโพลีไฟเบอร์", CIRC, UP, "Saraburi", ["ISO 9001"], [],
      "sales@thaipolyfiber.example",
      [("ใยดาครอน 7 ดีเนียร์ ใยกลวง เคลือบซิลิโคน", "virgin_polyester_staple_fibre"),
       ("ใยเรยอน 1.5D ยาว 38 มม.", "viscose_staple_fibre")],
      [U("ชิป PET ใหม่ เกรดปั่นเส้นใย", "virgin PET chips; nobody offers them")]),
    P(16, "en", "Nang Lae Pineapple Fibre", HEMP, UP, "Chiang Rai", [], ["bio"],
      "palf@nanglae.example",
      [("degummed pineapple leaf fibre (PALF)", "pineapple_leaf_fibre")],
      [N("looking for a weaver to make PALF blend samples", "weaving_service")]),
    P(17, "th", "กลุ่มปลูกครามบ้านพันนา", HEMP, UP, "Sakon Nakhon", ["Organic Thailand"], ["bio"],
      "phanna.khram@mail.example",
      [("เนื้อครามเปียก พร้อมก่อหม้อ", "indigo_paste")],
      [N("อยากได้ถุงปลูกต้นไม้แบบผ้า ระบายน้ำดี", "seedling_grow_bags")]),
    P(18, "th", "บจก. สยามเมดิคอลการ์เมนท์", AGE_C, DOWN, "Pathum Thani", ["ISO 13485"], [],
      "sales@siammedgarment.example",
      [("ชุดกาวน์ SMS ใช้แล้วทิ้ง", "disposable_gowns"),
       ("หมวกตัวหนอน ถุงคลุมรองเท้า", "disposable_caps_covers")],
      [N("ผ้า SMS 35-45 แกรม", "sms_fabric"),
       N("ผ้าไม่ทอเคลือบฟิล์มกันน้ำ", "laminated_nonwoven")]),
    P(19, "th", "กลุ่มเข็นฝ้ายบ้านท่าสว่าง", AGE_I, UP, "Surin", ["OTOP"], ["bio"],
      "thasawang.cotton@mail.example",
      [("ฝ้ายเข็นมือ สีขาวตุ่น", "handspun_cotton_yarn"),
       ("ฝ้ายเข็นย้อมเปลือกไม้ ไม่ใช้สีเคมี", "natural_dyed_cotton_yarn")],
      [N("ฝ้ายดิบทั้งปุย ปลูกแบบไม่ใช้สาร", "cotton_lint")]),
    P(20, "en", "North Recycled Yarns", CIRC, UP, "Lamphun", ["GRS"], ["circular"],
      "yarn@northrecycled.example",
      [("recycled cotton/rPET blend yarn Ne 12", "recycled_cotton_yarn")],
      [N("cotton-rich cutting waste, pre-consumer", "cotton_cutting_scraps"),
       N("rPET fibre, GRS certified", "recycled_pet_staple_fibre", req=("GRS",))]),
    P(21, "th", "หจก. ชลรีไซเคิลพลาสติก", SPORT, UP, "Chonburi", [], ["circular"],
      "chonrecycle@mail.example",
      [("เม็ด PP รีไซเคิล จากเศษผ้าไม่ทอ", "recycled_pp_pellets"),
       ("ใยโพลีเอสเตอร์รีไซเคิลจากขวด 15 ดีเนียร์", "recycled_pet_staple_fibre")],
      [N("ขอบผ้าสปันบอนด์ เศษม้วน รับซื้อ", "nonwoven_trim_waste")]),
    P(22, "th", "กลุ่มปลูกห้อมบ้านทุ่งโฮ้ง", HEMP, UP, "Phrae", [], ["bio"],
      "thunghong.hom@mail.example",
      [("ห้อมเปียก ทำน้ำย้อมหม้อห้อม", "indigo_paste")],
      [N("ด้ายฝ้ายโรงงาน สีขาว ไว้ย้อมห้อม", "cotton_yarn")]),
    # ---- midstream: nonwoven lines, converters, weaving, dyeing, sewing ---------------------------
    P(23, "th", "บจก. สยามสปันบอนด์", CIRC, MID, "Samut Prakan", ["ISO 9001", "OEKO-TEX Standard 100"], [],
      "sales@siamspunbond.example",
      [("ผ้าสปันบอนด์ PP 15-120 แกรม หน้ากว้าง 1.6 ม.", "pp_spunbond_fabric"),
       ("ผ้า SMS 35 แกรม สีฟ้า", "sms_fabric")],
      [N("เม็ดพีพี เกรดสปันบอนด์", "pp_resin_spunbond"),
       N("หาโรงงานรับแปรรูปม้วนผ้าของเราเป็นถุง", "nonwoven_converting_service")]),
    P(24, "en", "MeltTech Filtration", SPORT, MID, "Chonburi", ["ISO 9001"], [],
      "info@melttech.example",
      [("meltblown BFE99, 25 gsm, electret", "meltblown_fabric"),
       ("HVAC filter media rolls F7-F9", "filter_media"),
       ("PP oil absorbent pads 40 x 50 cm", "oil_absorbent_pads")],
      [N("high-MFI polypropylene for meltblown", "pp_resin_meltblown")]),
    P(25, "th", "บจก. ปทุมสปันเลซ", AGE_C, MID, "Pathum Thani", ["OEKO-TEX Standard 100"], [],
      "sales@pathumspunlace.example",
      [("ผ้าสปันเลซ วิสคอสผสมโพลี 40 แกรม ลายมุก", "spunlace_fabric"),
       ("สปันเลซฝ้าย 100% สำหรับทำสำลีแผ่น", "spunlace_fabric")],
      [N("ใยวิสคอส", "viscose_staple_fibre"),
       N("ใยโพลีรีไซเคิล 1.4 ดีเนียร์ ต้องมี GRS", "recycled_pet_staple_fibre", req=("GRS",)),
       N("ฝ้ายฟอกขาวสำหรับสปันเลซ", "bleached_cotton_fibre")]),
    P(26, "en", "GreenFelt Needlepunch", CIRC, MID, "Nakhon Pathom", ["GRS"], ["circular"],
      "orders@greenfelt.example",
      [("rPET needle-punched felt 2-5 mm", "rpet_felt"),
       ("needle punching of customer's fibre, toll basis", "needle_punching_service")],
      [N("low-melt recycled polyester fibre", "recycled_pet_staple_fibre"),
       N("garnetted textile waste / shoddy", "shredded_textile_fibre")]),
    P(27, "th", "โรงงานใยสังเคราะห์โพธาราม", CIRC, MID, "Ratchaburi", [], [],
      "photharam.fiber@mail.example",
      [("ใยแผ่นโพลีเอสเตอร์ ยัดผ้านวม 100-300 กรัม", "polyester_wadding"),
       ("ใยอัดแข็ง ทำเบาะ", "polyester_wadding")],
      [N("ใยเพชร ใยซิลิโคน กระสอบละ 20 กก.", "virgin_polyester_staple_fibre", "recycled_pet_staple_fibre")]),
    P(28, "en", "Thai Geosynthetics Co., Ltd.", SPORT, MID, "Pathum Thani", ["Thai Industrial Standard", "ISO 9001"],
      [], "sales@thaigeosyn.example",
      [("needle-punched PET geotextile 200-500 g/m2", "nonwoven_geotextile")],
      [N("recycled polyester staple 6-15 denier, GRS certified", "recycled_pet_staple_fibre", req=("GRS",))]),
    P(29, "th", "วิสาหกิจชุมชนใยมะพร้าวปะทิว", HEMP, MID, "Chumphon", [], ["bio"],
      "pathiu.coir@mail.example",
      [("แผ่นใยมะพร้าวคลุมดิน กันดินสไลด์", "coir_erosion_mat"),
       ("ตาข่ายเชือกใยมะพร้าว ม้วนละ 50 เมตร", "coir_erosion_mat")],
      [N("ใยมะพร้าวเส้นยาว อัดก้อน", "coir_fibre")]),
    P(30, "en", "ProConvert Slitting & Laminating", SPORT, MID, "Samut Sakhon", [], [],
      "jobs@proconvert.example",
      [("slitting and rewinding of your jumbo rolls", "slitting_service"),
       ("PE film lamination onto customer nonwovens", "lamination_service")],
      [U("3-inch paper cores, 1.6 m long", "paper cores; nobody offers them")]),
    P(31, "th", "บจก. ลามิเนตเมดิคอล", AGE_C, MID, "Bangkok", ["ISO 13485"], [],
      "sales@laminatemed.example",
      [("ผ้าไม่ทอเคลือบ PE กันน้ำ สำหรับชุดกาวน์", "laminated_nonwoven")],
      [N("SPB 30 แกรม สีฟ้า ม้วนจัมโบ้", "pp_spunbond_fabric")]),
    P(32, "en", "Interline Asia", SPORT, MID, "Samut Prakan", ["OEKO-TEX Standard 100"], [],
      "sales@interlineasia.example",
      [("fusible nonwoven interlining, dot coated", "fusible_interlining"),
       ("toe puff and counter sheets for shoes", "shoe_interlining")],
      [N("polyester/viscose spunlace base cloth", "spunlace_fabric")]),
    P(33, "th", "บจก. สระบุรีฟิลเตอร์", SPORT, MID, "Saraburi", ["ISO 9001"], [],
      "sales@saraburifilter.example",
      [("ผ้าใยกรองฝุ่น นีดเดิลเฟลท์ 550 แกรม", "filter_media"),
       ("ถุงกรองฝุ่น เย็บตามขนาดเครื่อง", "filter_bags")],
      [N("ใยโพลีเอสเตอร์ 3 ดีเนียร์ ของใหม่", "virgin_polyester_staple_fibre")]),
    P(34, "en", "AgroCover Thailand", CIRC, MID, "Ratchaburi", [], ["green"],
      "sales@agrocover.example",
      [("UV-stabilised spunbond crop cover 17-30 gsm", "crop_cover_fabric"),
       ("black nonwoven weed mat 80 gsm", "weed_control_fabric"),
       ("nonwoven fruit bags for mango and guava", "fruit_protection_bags")],
      [N("recycled PP pellets from nonwoven scrap", "recycled_pp_pellets"),
       U("UV stabiliser masterbatch", "an additive; nobody offers it")]),
    P(35, "th", "กลุ่มทอผ้าฝ้ายดอยสะเก็ด", HEMP, MID, "Chiang Mai", [], ["bio"],
      "doisaket.weave@mail.example",
      [("ผ้าฝ้ายทอมือ หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
       ("รับทอผ้าตามแบบ ด้ายของลูกค้า", "weaving_service")],
      [N("ฝ้ายเข็นมือ", "handspun_cotton_yarn"),
       U("ด้ายใยสับปะรด ปั่นสำเร็จแล้ว", "PALF yarn; only raw PALF fibre is offered")]),
    P(36, "th", "กลุ่มผ้าย้อมครามบ้านดอนกอย", HEMP, MID, "Sakon Nakhon", ["OTOP"], ["bio"],
      "donkoi.indigo@mail.example",
      [("ผ้าฝ้ายย้อมคราม ทอมือ ลายขิด", "indigo_dyed_cotton_fabric"),
       ("รับย้อมครามผ้าของลูกค้า", "indigo_dyeing_service")],
      [N("ครามเปียก พร้อมใช้", "indigo_paste"),
       N("ด้ายฝ้ายเข็น สีธรรมชาติ", "handspun_cotton_yarn")]),
    P(37, "en", "Lanna Natural Dye House", HEMP, MID, "Chiang Mai", ["GOTS"], ["bio"],
      "studio@lannadye.example",
      [("natural dyeing of your fabric or yarn: indigo, lac, ebony", "natural_dyeing_service"),
       ("hemp cloth dyed with plant dyes", "natural_dyed_hemp_fabric")],
      [N("hand-spun hemp yarn, natural colour", "hemp_yarn"),
       N("plain hemp cloth, undyed", "hemp_fabric")]),
    P(38, "th", "โรงย้อมมหาชัย", CIRC, MID, "Samut Sakhon", ["OEKO-TEX Standard 100"], [],
      "mahachai.dyeing@mail.example",
      [("รับย้อมผ้าทอ ผ้าถัก เทียบสี Pantone", "fabric_dyeing_service"),
       ("ผ้าคอตตอนย้อมสีพร้อมส่ง 30 สี", "dyed_cotton_fabric")],
      [N("ผ้าดิบฝ้าย 100% ทอเครื่อง", "cotton_greige_fabric")]),
    P(39, "en", "SewRight CMT", AGE_C, MID, "Nakhon Pathom", [], [],
      "cmt@sewright.example",
      [("CMT sewing of gowns, scrubs and bed linen from your fabric", "sewing_service")],
      [U("overlock thread 40/2 on cones", "sewing thread; not offered")]),
    P(40, "th", "กลุ่มทอผ้ากัญชงบ้านห้วยแม่ซ้าย", HEMP, MID, "Chiang Rai", [], ["bio"],
      "huaimaesai.hemp@mail.example",
      [("ผ้าใยกัญชงทอมือ สีธรรมชาติ", "hemp_fabric")],
      [N("เส้นกัญชงต่อมือ", "hemp_yarn")]),
    P(41, "en", "Pak Tho Weaving Mill", AGE_C, MID, "Ratchaburi", [], [],
      "mill@pakthoweaving.example",
      [("cotton greige sheeting 40x40, 63 inch", "cotton_greige_fabric"),
       ("commission weaving from customer yarn", "weaving_service")],
      [N("carded cotton yarn Ne 20", "cotton_yarn"),
       N("recycled cotton yarn for canvas", "recycled_cotton_yarn")]),
    P(42, "th", "หจก. มหาชัยอุปกรณ์แมสก์", SPORT, MID, "Samut Sakhon", [], [],
      "mahachai.mask@mail.example",
      [("สายคล้องหูยางยืดแบน 3 มม.", "ear_loop_elastic"),
       ("ลวดจมูก PP แกนคู่", "mask_nose_wire")],
      []),
    P(43, "en", "Isan Natural Composites", HEMP, MID, "Khon Kaen", [], ["bio"],
      "sales@isancomposites.example",
      [("kenaf/PP needle-punched mat for door panels", "kenaf_fibre_mat"),
       ("hemp fibre insulation batts", "hemp_fibre_mat")],
      [N("retted kenaf fibre", "kenaf_fibre"),
       N("decorticated hemp, Organic Thailand preferred but not required", "hemp_bast_fibre",
         waive=("Organic Thailand",))]),
    P(44, "th", "ร้านสกรีนถุงผ้า บางใหญ่", CIRC, MID, "Nonthaburi", [], [],
      "bangyai.screen@mail.example",
      [("รับสกรีนโลโก้ลงถุงผ้าของลูกค้า", "screen_printing_service")],
      [U("หมึกสกรีนพลาสติซอล สีขาว", "screen ink; nobody offers it")]),
    P(45, "en", "UltraSonic Converting Co.", SPORT, MID, "Samut Prakan", [], [],
      "jobs@ultrasonicconv.example",
      [("ultrasonic making of masks, caps and gowns from your rolls", "nonwoven_converting_service"),
       ("slitting spunbond and meltblown to mask widths", "slitting_service")],
      []),
    P(46, "th", "บจก. สักหลาดไทย", SPORT, MID, "Samut Prakan", [], [],
      "sales@thaifelt.example",
      [("ผ้าสักหลาดเข็ม โพลีเอสเตอร์ หนา 1-10 มม.", "needle_punched_felt"),
       ("สักหลาดตัดแผ่น รองพื้นรองเท้า", "needle_punched_felt")],
      [N("ใยโพลีเอสเตอร์ใหม่ 6 ดีเนียร์", "virgin_polyester_staple_fibre")]),
    P(47, "en", "Eastern Spunbond Industries", CIRC, MID, "Chachoengsao", ["ISO 9001"], [],
      "sales@easternspunbond.example",
      [("PP spunbond 10-200 gsm, hydrophilic or hydrophobic", "pp_spunbond_fabric"),
       ("recycled-content spunbond for bags", "pp_spunbond_fabric")],
      [N("spunbond-grade PP chips", "pp_resin_spunbond"),
       N("rPP pellets, light colours", "recycled_pp_pellets")]),
    P(48, "th", "โรงงานใยสังเคราะห์รีไซเคิลโคราช", CIRC, MID, "Nakhon Ratchasima", [], ["circular"],
      "korat.recyclefiber@mail.example",
      [("แผ่นใยสังเคราะห์ปูรองถนน จากขวดรีไซเคิล", "nonwoven_geotextile"),
       ("ใยแผ่นรีไซเคิล ทำผ้านวม", "polyester_wadding")],
      [N("ใยรีไซเคิล PSF 6D", "recycled_pet_staple_fibre")]),
    P(49, "th", "บจก. ฟิลเตอร์โปร นอนวูฟเวน", SPORT, MID, "Pathum Thani", [], [],
      "sales@filterpro.example",
      [("ผ้าเมลท์โบลน 20-30 แกรม กรองได้ 95%", "meltblown_fabric")],
      [N("เม็ด PP สำหรับเครื่องเมลท์โบลน", "pp_resin_meltblown")]),
    P(50, "th", "ห้องเย็บชุดผู้ป่วย สามพราน", AGE_C, MID, "Nakhon Pathom", [], [],
      "samphran.sewing@mail.example",
      [("รับจ้างเย็บชุดคนไข้ ผ้าปูที่นอน ผ้าของลูกค้า", "sewing_service"),
       ("ชุดคนไข้ผ้าฝ้าย สำเร็จรูป", "patient_garments")],
      [N("จ้างย้อมผ้าดิบของเรา เป็นสีเขียวห้องผ่าตัด", "fabric_dyeing_service")]),
    P(51, "en", "Phrae Mor Hom Studio", HEMP, MID, "Phrae", [], ["bio"],
      "studio@phraemorhom.example",
      [("mor hom cotton cloth, indigo dyed", "indigo_dyed_cotton_fabric"),
       ("indigo vat dyeing of your garments", "indigo_dyeing_service")],
      [N("northern indigo paste (hom)", "indigo_paste")]),
    P(52, "th", "บจก. ผ้ากาวไทย", SPORT, MID, "Pathum Thani", ["OEKO-TEX Standard 100"], [],
      "sales@thaiinterlining.example",
      [("ผ้ากาวรีดติด ผ้าไม่ทอ หลายความหนา", "fusible_interlining")],
      [N("ผ้าสปันเลซบาง 20 แกรม ทำฐานผ้ากาว", "spunlace_fabric")]),
    # ---- downstream: masks, gowns, wipes, bedding, bags, and the hospitals, farms and firms that buy
    P(53, "th", "บจก. เมดิแมสก์ไทย", AGE_C, DOWN, "Samut Prakan", ["ISO 13485", "อย.", "มอก."], [],
      "sales@medimaskthai.example",
      [("หน้ากากอนามัยทางการแพทย์ 3 ชั้น", "surgical_face_masks"),
       ("หน้ากาก KN95 กล่องละ 20 ชิ้น", "kn95_respirators")],
      [N("เมลท์โบลน BFE99", "meltblown_fabric"),
       N("สปันบอนด์ 25 แกรม ขาว ฟ้า", "pp_spunbond_fabric"),
       N("หูคล้องยางยืด และลวดจมูก", "ear_loop_elastic", "mask_nose_wire")]),
    P(54, "en", "ClearBreath Masks", AGE_C, DOWN, "Chonburi", ["Thai FDA"], [],
      "sales@clearbreath.example",
      [("3-ply face masks, BFE 98%, box of 50", "surgical_face_masks")],
      [N("MB filter layer 25 gsm", "meltblown_fabric"),
       N("ear loops, white, 3 mm", "ear_loop_elastic"),
       N("slitting our own meltblown jumbo rolls to 175 mm", "slitting_service")]),
    P(55, "en", "Rattanakosin Private Hospital", AGE_C, DOWN, "Bangkok", [], [],
      "purchasing@rattanakosinhospital.example",
      [],
      [N("surgical masks from an ISO 13485 maker", "surgical_face_masks", req=("ISO 13485",)),
       N("disposable isolation gowns, fluid resistant", "disposable_gowns"),
       N("spunlace dry wipes for patient care", "dry_wipes")]),
    P(56, "th", "โรงพยาบาลเอกชนศรีจันทร์ ขอนแก่น", AGE_I, DOWN, "Khon Kaen", [], [],
      "supply@srichanhospital.example",
      [],
      [N("แผ่นรองซับ ผู้ป่วยติดเตียง", "underpads"),
       N("ชุดกาวน์ใช้ครั้งเดียวทิ้ง", "disposable_gowns"),
       N("ผ้าปูเตียงแบบใช้แล้วทิ้ง", "disposable_bed_sheets")]),
    P(57, "th", "โรงพยาบาลชุมชนทุ่งกุลา", AGE_I, DOWN, "Roi Et", [], [],
      "thungkula.hosp@mail.example",
      [],
      [N("แมสทางการแพทย์ ต้องมีเลข อย.", "surgical_face_masks", req=("Thai FDA",)),
       U("ผ้าก๊อซพับ 4x4 นิ้ว ปลอดเชื้อ", "sterile gauze; nobody offers it")]),
    P(58, "th", "บจก. แคร์ซอฟท์", AGE_C, DOWN, "Pathum Thani", ["Thai FDA"], [],
      "sales@caresoft.example",
      [("ผ้าอ้อมผู้ใหญ่ แบบเทป", "adult_diapers"),
       ("แผ่นรองซับ 60x90 ซม.", "underpads")],
      [N("สปันบอนด์ไฮโดรฟิลิก 15 แกรม", "pp_spunbond_fabric"),
       U("เยื่อฟลัฟ สำหรับแกนซึมซับ", "fluff pulp; nobody offers it")]),
    P(59, "en", "SoftWipe Manufacturing", AGE_C, DOWN, "Chachoengsao", ["ISO 9001", "Thai FDA"], [],
      "sales@softwipe.example",
      [("alcohol-free wet wipes, 80 sheets", "wet_wipes"),
       ("dry spunlace wipers, jumbo roll", "dry_wipes")],
      [N("spunlace 45 gsm, OEKO-TEX certified", "spunlace_fabric", req=("OEKO-TEX Standard 100",))]),
    P(60, "th", "สำลีแผ่นนครปฐม", AGE_C, DOWN, "Nakhon Pathom", [], [],
      "nakhonpathom.cotton@mail.example",
      [("สำลีแผ่นเช็ดหน้า ห่อละ 100 แผ่น", "cotton_pads"),
       ("สำลีม้วน สำลีก้อน สำหรับคลินิก", "cotton_wool")],
      [N("ใยฝ้ายฟอกขาว เกรดการแพทย์", "bleached_cotton_fibre"),
       N("ฝ้ายเศษหวี ราคาถูก", "cotton_comber_noil")]),
    P(61, "en", "Andaman Wellness Spa", AGE_C, DOWN, "Phuket", [], [],
      "spa@andamanwellness.example",
      [],
      [N("disposable covers for massage beds", "disposable_bed_sheets"),
       N("nonwoven slippers, closed toe", "nonwoven_slippers"),
       N("cotton pads for facials", "cotton_pads")]),
    P(62, "th", "โรงแรมริมปิงบูทีค", AGE_C, DOWN, "Chiang Mai", [], [],
      "rimping.hotel@mail.example",
      [],
      [N("สลิปเปอร์ผ้าไม่ทอ ใส่ในห้องพัก", "nonwoven_slippers"),
       N("หมอนใยสังเคราะห์ ขนาดมาตรฐาน", "fibre_pillows"),
       N("ผ้านวมไส้ใยโพลี", "quilts")]),
    P(63, "th", "บจก. สลิปเปอร์โฮเทลซัพพลาย", AGE_C, DOWN, "Nonthaburi", [], [],
      "sales@slipperhotel.example",
      [("สลิปเปอร์โรงแรม ผ้าสปันบอนด์ พิมพ์โลโก้", "nonwoven_slippers")],
      [N("ผ้าสปันบอนด์ 80 แกรม", "pp_spunbond_fabric"),
       N("แผ่นสักหลาดบาง ทำพื้นสลิปเปอร์", "needle_punched_felt", "rpet_felt")]),
    P(64, "en", "Udon Bedding", AGE_I, DOWN, "Udon Thani", [], [],
      "sales@udonbedding.example",
      [("fibre-filled pillows, washable", "fibre_pillows"),
       ("quilts with 200 gsm wadding", "quilts")],
      [N("polyester wadding 150-250 gsm, OEKO-TEX welcome but not required", "polyester_wadding",
         waive=("OEKO-TEX Standard 100",)),
       N("cotton cloth for covers, plain or dyed", "cotton_greige_fabric", "dyed_cotton_fabric")]),
    P(65, "th", "กลุ่มหมอนขิดบ้านศรีฐาน", AGE_I, DOWN, "Yasothon", ["OTOP"], [],
      "sithan.pillow@mail.example",
      [("หมอนขวานผ้าขิด ยัดนุ่น", "kapok_pillows"),
       ("หมอนอิงผ้าขิด", "kapok_pillows")],
      [N("นุ่นตีแล้ว", "kapok_fibre"),
       N("ผ้าฝ้ายทอมือ สำหรับทำหน้าหมอน", "handwoven_cotton_fabric")]),
    P(66, "th", "โรงงานถุงผ้าสปันบอนด์ บางบอน", CIRC, DOWN, "Bangkok", [], [],
      "bangbon.bag@mail.example",
      [("ถุงผ้าสปันบอนด์ สกรีน 1 สี ขั้นต่ำ 500 ใบ", "nonwoven_bags"),
       ("รับผลิตถุงจากผ้าไม่ทอของลูกค้า", "nonwoven_converting_service")],
      [N("ผ้าไม่ทอ PP 70-80 แกรม เป็นม้วน", "pp_spunbond_fabric"),
       N("รับเคลือบฟิล์มผ้าของเราให้เงา กันน้ำ", "lamination_service")]),
    P(67, "en", "ReBag Lanna", CIRC, DOWN, "Chiang Mai", ["GRS"], ["circular"],
      "hello@rebaglanna.example",
      [("tote bags from rPET nonwoven", "nonwoven_bags")],
      [N("rPET felt or nonwoven, GRS certified", "rpet_felt", req=("GRS",)),
       N("logo printing on our finished totes", "screen_printing_service")]),
    P(68, "en", "Zero Waste Corner", CIRC, DOWN, "Bangkok", [], ["circular"],
      "shop@zerowastecorner.example",
      [],
      [N("reusable shopping bags, any material", "nonwoven_bags", "fabric_tote_bags"),
       N("indigo handwoven cloth by the metre", "indigo_dyed_cotton_fabric")]),
    P(69, "th", "ร้านครามสกล", HEMP, DOWN, "Sakon Nakhon", ["OTOP"], ["bio"],
      "khramsakon@mail.example",
      [("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม", "fabric_tote_bags"),
       ("เสื้อคลุมผ้าคราม", "indigo_garments")],
      [N("ผ้าครามทอมือ ม้วนละ 10 เมตร", "indigo_dyed_cotton_fabric")]),
    P(70, "th", "ร้านของฝากอุดร", AGE_I, DOWN, "Udon Thani", [], [],
      "udon.souvenir@mail.example",
      [],
      [N("ถุงผ้าใส่ของฝาก สกรีนชื่อร้าน", "nonwoven_bags", "fabric_tote_bags"),
       N("เสื้อย้อมคราม สินค้า OTOP", "indigo_garments", req=("OTOP",))]),
    P(71, "th", "สวนมะม่วงลุงเสริม", HEMP, DOWN, "Chachoengsao", [], [],
      "lungserm.mango@mail.example",
      [],
      [N("ถุงห่อมะม่วง แบบผ้าไม่ทอ", "fruit_protection_bags"),
       N("มีใครขายผ้าคลุมกันหญ้าบ้างไหม", "weed_control_fabric")]),
    P(72, "en", "Doi Berry Farm", HEMP, DOWN, "Chiang Mai", [], ["green"],
      "farm@doiberry.example",
      [],
      [N("frost fleece for strawberry beds", "crop_cover_fabric"),
       N("nonwoven grow bags, 10 litre", "seedling_grow_bags")]),
    P(73, "en", "GrowSack Co.", CIRC, DOWN, "Ratchaburi", ["GRS"], ["circular"],
      "sales@growsack.example",
      [("felt grow bags from recycled PET, 5-50 L", "seedling_grow_bags")],
      [N("rPET felt 300 gsm, black", "rpet_felt")]),
    P(74, "th", "สวนกล้าไม้สามพราน", HEMP, DOWN, "Nakhon Pathom", [], [],
      "samphran.nursery@mail.example",
      [],
      [N("ถุงปลูกผ้าสักหลาด ใบใหญ่", "seedling_grow_bags"),
       N("ผ้าคลุมแปลงเพาะ กันแดด กันแมลง", "crop_cover_fabric"),
       N("ขุยมะพร้าว เพาะกล้า", "cocopeat")]),
    P(75, "en", "Suphan Melon House", HEMP, DOWN, "Suphan Buri", [], [],
      "melon@suphanmelon.example",
      [],
      [N("do you sell spunbond row covers?", "crop_cover_fabric"),
       U("Tyvek or similar flashspun sheet", "flashspun HDPE sheet; nobody offers it")]),
    P(76, "en", "Isan Road Builders Co.", SPORT, DOWN, "Nakhon Ratchasima", [], [],
      "procurement@isanroad.example",
      [],
      [N("nonwoven geotextile 300 g/m2, TIS certified", "nonwoven_geotextile",
         req=("Thai Industrial Standard",)),
       U("woven PP geotextile, high strength", "woven geotextile; only nonwoven is offered")]),
    P(77, "th", "บจก. ก่อสร้างทางหลวงใต้", SPORT, DOWN, "Songkhla", [], [],
      "southhighway@mail.example",
      [],
      [N("แผ่นใยมะพร้าวกันตลิ่งพัง", "coir_erosion_mat"),
       N("แผ่นใยสังเคราะห์รองถนน ไม่ต้องมี มอก. ก็ได้", "nonwoven_geotextile",
         waive=("Thai Industrial Standard",))]),
    P(78, "en", "SpaPro Disposables", AGE_C, DOWN, "Chonburi", [], [],
      "sales@spapro.example",
      [("disposable bed sheets 80 x 180 cm", "disposable_bed_sheets"),
       ("nonwoven slippers and headbands", "nonwoven_slippers")],
      [N("SPB 25 gsm in rolls", "pp_spunbond_fabric")]),
    P(79, "en", "Saraburi Cement Works, Maintenance", SPORT, DOWN, "Saraburi", ["ISO 14001"], [],
      "maintenance@saraburicement.example",
      [],
      [N("dust collector filter bags 160 x 6000 mm", "filter_bags"),
       N("oil absorbent pads", "oil_absorbent_pads")]),
    P(80, "en", "Rayong Auto Trim", SPORT, DOWN, "Rayong", ["ISO 9001"], [],
      "buyer@rayongautotrim.example",
      [],
      [N("lint-free wipers for the paint shop", "dry_wipes"),
       N("natural fibre mat for door trims", "kenaf_fibre_mat", "hemp_fibre_mat"),
       N("trunk lining felt", "needle_punched_felt", "rpet_felt")]),
    P(81, "th", "โรงงานโซฟาบ้านบึง", AGE_C, DOWN, "Chonburi", [], [],
      "banbueng.sofa@mail.example",
      [],
      [N("ใยแผ่นบุโซฟา", "polyester_wadding"),
       N("ผ้าสักหลาดรองใต้เบาะ", "needle_punched_felt", "rpet_felt")]),
    P(82, "en", "SleepWell Mattress Co.", AGE_C, DOWN, "Phra Nakhon Si Ayutthaya", [], [],
      "purchase@sleepwell.example",
      [],
      [U("rubberised coir sheets for mattresses", "rubberised coir; only raw coir and erosion mats are offered"),
       N("felt pads for spring units", "needle_punched_felt", "rpet_felt"),
       N("quilting wadding, 100 gsm", "polyester_wadding")]),
    P(83, "en", "StrideMakers Footwear", SPORT, DOWN, "Samut Sakhon", [], [],
      "sourcing@stridemakers.example",
      [("running shoes, OEM", "sports_shoes")],
      [N("toe puff and counter stiffener", "shoe_interlining"),
       N("needle felt insole board 2 mm", "needle_punched_felt", "rpet_felt")]),
    P(84, "th", "บจก. พื้นรองเท้าสุขภาพ", AGE_C, DOWN, "Nonthaburi", [], [],
      "sales@healthinsole.example",
      [("แผ่นรองเท้าเพื่อสุขภาพ สำหรับผู้สูงอายุ", "shoe_insoles")],
      [N("สักหลาด 3 มม.", "needle_punched_felt", "rpet_felt")]),
    P(85, "en", "Silver Living Store", AGE_C, DOWN, "Bangkok", [], [],
      "shop@silverliving.example",
      [],
      [N("pillows for the elderly, washable", "fibre_pillows", "kapok_pillows"),
       N("adult pull-ups or tape diapers", "adult_diapers")]),
    P(86, "en", "Kickbag Sports Gear", SPORT, DOWN, "Bangkok", [], [],
      "factory@kickbag.example",
      [("sports duffel bags, OEM", "sports_bags")],
      [N("fusible interlining for bag panels", "fusible_interlining"),
       N("waterproof laminated nonwoven lining", "laminated_nonwoven")]),
    P(87, "th", "ร้านชุดผู้สูงวัยใส่สบาย", AGE_C, DOWN, "Bangkok", [], [],
      "saisabai.wear@mail.example",
      [("ชุดนอนผู้สูงอายุ ผ้าฝ้าย", "elderly_garments")],
      [N("จ้างเย็บชุด ผ้าเราเอง", "sewing_service"),
       N("ผ้าฝ้ายย้อมสีพื้น", "dyed_cotton_fabric")]),
    P(88, "en", "Hemp & Co. Apparel", HEMP, DOWN, "Chiang Mai", [], ["bio"],
      "studio@hempco.example",
      [("hemp shirts and trousers", "hemp_garments")],
      [N("dye our hemp cloth navy, no synthetic dye", "natural_dyeing_service", "indigo_dyeing_service"),
       N("hemp fabric, GOTS not required", "hemp_fabric", "natural_dyed_hemp_fabric", waive=("GOTS",))]),
    P(89, "th", "ขอนแก่นเวชภัณฑ์", AGE_I, DOWN, "Khon Kaen", [], [],
      "kk.medsupply@mail.example",
      [],
      [N("ทิชชู่เปียก ไม่มีแอลกอฮอล์", "wet_wipes"),
       N("แพมเพิสผู้ใหญ่ ไซส์ L", "adult_diapers"),
       N("สำลีก้อน", "cotton_wool")]),
    P(90, "th", "บจก. สนามหญ้าเทียมไทย", SPORT, DOWN, "Pathum Thani", [], [],
      "sales@thaiturf.example",
      [],
      [N("แผ่นจีโอเท็กซ์ไทล์ ปูรองหญ้าเทียม", "nonwoven_geotextile"),
       U("แผ่นช็อกแพด รองสนามฟุตบอล", "shock pads; nobody offers them")]),
    P(91, "th", "บ้านพักผู้สูงอายุสุขใจ", AGE_C, DOWN, "Nonthaburi", [], [],
      "sukjai.home@mail.example",
      [],
      [N("ผ้าอ้อมผู้ใหญ่ แบบกางเกง", "adult_diapers"),
       N("แผ่นรองกันเปื้อน ปูเตียง", "underpads"),
       U("ถุงเท้ากันลื่น ผู้สูงอายุ", "non-slip socks; nobody offers them")]),
    P(92, "en", "Siam Precision Electronics", SPORT, DOWN, "Phra Nakhon Si Ayutthaya", ["ISO 9001"], [],
      "purchasing@siamprecision.example",
      [],
      [U("cleanroom wipers, knitted polyester, class 100", "cleanroom knit wipers; nobody offers them"),
       N("industrial wipes, nonwoven, boxed", "dry_wipes")]),
    P(93, "th", "บจก. เสื้อวิ่งสุราษฎร์", SPORT, DOWN, "Surat Thani", [], [],
      "suratrun@mail.example",
      [("เสื้อวิ่ง งานสั่งผลิต", "sports_apparel")],
      [U("เส้นด้ายโพลีเอสเตอร์รีไซเคิล แบบฟิลาเมนต์", "rPET filament yarn; only staple fibre and spun yarn are offered"),
       N("ถุงผ้าไม่ทอ แจกในงานวิ่ง", "nonwoven_bags")]),
    P(94, "en", "Andaman Organic Shop", HEMP, DOWN, "Krabi", [], ["bio"],
      "shop@andamanorganic.example",
      [],
      [U("organic cotton yarn, GOTS certified", "no cotton yarn maker in the set holds GOTS", "cotton_yarn",
         req=("GOTS",)),
       N("handloom cotton fabric, natural colour", "handwoven_cotton_fabric")]),
    P(95, "th", "ร้านผ้าไหมอุบล", AGE_I, DOWN, "Ubon Ratchathani", [], [],
      "ubon.silk@mail.example",
      [],
      [U("ไหมเส้น มีตรานกยูงพระราชทาน", "Peacock Emblem silk yarn; nobody offers silk",
         req=("Thai Silk Peacock Emblem",)),
       N("ฝ้ายเข็นมือ ย้อมสีธรรมชาติ ไม่เอาสีเคมี", "natural_dyed_cotton_yarn")]),
]  # fmt: skip


# ------------------------------------------------------------------ checks


class CheckError(Exception):
    pass


ID_RE = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
LATIN_EDGE = "A-Za-z0-9"


def _is_thai(char: str) -> bool:
    return "\u0e00" <= char <= "\u0e7f"


def _is_latin_letter(char: str) -> bool:
    return char.isalpha() and unicodedata.name(char, "").startswith("LATIN")


def _thai_ok(text: str) -> bool:
    thai = sum(1 for c in text if _is_thai(c))
    latin = sum(1 for c in text if _is_latin_letter(c))
    return thai > 0 and thai >= latin


def _english_ok(text: str) -> bool:
    return all(not c.isalpha() or _is_latin_letter(c) for c in text) and not any(_is_thai(c) for c in text)


def named_certifications(text: str) -> set[str]:
    """Certifications whose name or a mention of it appears in `text`, negated or not."""
    folded = unicodedata.normalize("NFKC", text)
    found: set[str] = set()
    for cert in CERTIFICATIONS:
        words = {cert.name, cert.full_name, *cert.aliases, *cert.mentions}
        for word in words:
            pattern = rf"(?<![{LATIN_EDGE}]){re.escape(unicodedata.normalize('NFKC', word))}(?![{LATIN_EDGE}])"
            if len(word) >= 3 and re.search(pattern, folded, re.IGNORECASE):
                found.add(cert.name)
        for word in cert.case_sensitive_mentions:
            if re.search(rf"(?<![{LATIN_EDGE}]){re.escape(word)}(?![{LATIN_EDGE}])", folded):
                found.add(cert.name)
        for pattern in cert.patterns:
            if re.search(unicodedata.normalize("NFKC", pattern), folded):
                found.add(cert.name)
    return found


def canonical_certs(sme: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in sme.certifications)


def qualifies(supplier: Sme, buyer: Sme, need: Need) -> bool:
    if supplier.num == buyer.num:
        return False
    if not any(label in need.labels for _, label in supplier.offers):
        return False
    return set(need.requires) <= canonical_certs(supplier)


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    nums = [s.num for s in smes]
    if nums != list(range(1, PROFILE_COUNT + 1)):
        errors.append(f"ids must run {ID_PREFIX}-001..{PROFILE_COUNT:03d} in order; got {len(nums)} profiles")
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    sub_clusters = {v.value for v in SubCluster}
    stages = {v.value for v in Stage}
    bcgs = {v.value for v in BcgTag}
    offered: dict[str, set[int]] = {}
    for s in smes:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.num)
    for s in smes:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: malformed id")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: language {s.language!r}")
        if s.sub_cluster not in sub_clusters:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for cert in s.certifications:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if len(set(canonical_certs(s))) != len(s.certifications):
            errors.append(f"{where}: duplicate certifications")
        for tag in s.bcg:
            if tag not in bcgs:
                errors.append(f"{where}: bcg tag {tag!r}")
        if len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: duplicate bcg tags")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3:
            errors.append(f"{where}: 0-3 offers and 0-3 needs")
        if not s.offers and not s.needs:
            errors.append(f"{where}: neither offers nor needs")
        texts = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        for text in texts:
            if text != text.strip() or "  " in text or not text:
                errors.append(f"{where}: stray spaces in {text!r}")
            if s.language == "th" and not _thai_ok(text):
                errors.append(f"{where}: Thai profile, phrase not mostly Thai: {text!r}")
            if s.language == "en" and not _english_ok(text):
                errors.append(f"{where}: English profile, phrase not Latin only: {text!r}")
        offer_texts = [t for t, _ in s.offers]
        if len(set(offer_texts)) != len(offer_texts):
            errors.append(f"{where}: repeated offer text")
        for text, label in s.offers:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", label):
                errors.append(f"{where}: bad label {label!r} on {text!r}")
        for need in s.needs:
            tag = f"{where}: need {need.text!r}"
            for cert in (*need.requires, *need.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{tag}: {cert!r} is not a canonical certification name")
            named = named_certifications(need.text)
            affirmed = find_certifications(need.text)
            if named != set(need.requires) | set(need.waives):
                errors.append(f"{tag}: names {sorted(named)}, labelled {need.requires} + waived {need.waives}")
            if not set(need.requires) <= affirmed:
                errors.append(f"{tag}: required {need.requires} not read as required by the taxonomy")
            if set(need.waives) & affirmed:
                errors.append(f"{tag}: waived {need.waives} read as required by the taxonomy")
            if set(need.requires) & set(need.waives):
                errors.append(f"{tag}: a certification both required and waived")
            suppliers = [o for o in smes if qualifies(o, s, need)]
            if need.unmet:
                if suppliers:
                    errors.append(f"{tag}: marked unmet but met by {[o.id for o in suppliers]}")
            else:
                if not need.labels:
                    errors.append(f"{tag}: met need lists no labels")
                for label in need.labels:
                    if not offered.get(label, set()) - {s.num}:
                        errors.append(f"{tag}: label {label!r} offered by no one else")
                if not suppliers:
                    errors.append(f"{tag}: no qualified supplier")
    return errors


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            if need.unmet:
                continue
            for supplier in smes:
                if qualifies(supplier, buyer, need):
                    links.add((supplier.id, buyer.id))
    return sorted(links)


def check_sizes(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    by_id = {s.id: s for s in smes}
    thai_share = sum(s.language == "th" for s in smes) / len(smes)
    if not THAI_SHARE_MIN <= thai_share <= THAI_SHARE_MAX:
        errors.append(f"Thai share {thai_share:.2f} outside {THAI_SHARE_MIN}-{THAI_SHARE_MAX}")
    if not LINKS_MIN <= len(links) <= LINKS_MAX:
        errors.append(f"{len(links)} links, outside {LINKS_MIN}-{LINKS_MAX}")
    cross = sum(by_id[a].language != by_id[b].language for a, b in links)
    share = cross / len(links) if links else 0.0
    if not CROSS_SHARE_MIN <= share <= CROSS_SHARE_MAX:
        errors.append(f"cross-language share {share:.2f} outside {CROSS_SHARE_MIN}-{CROSS_SHARE_MAX}")
    unmet = sum(1 for s in smes for n in s.needs if n.unmet)
    if not UNMET_MIN <= unmet <= UNMET_MAX:
        errors.append(f"{unmet} unmet needs, outside {UNMET_MIN}-{UNMET_MAX}")
    return errors


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.language,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def counts(smes: list[Sme], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    rows: list[tuple[str, str]] = []
    lang = Counter(s.language for s in smes)
    rows.append(("profiles", str(len(smes))))
    rows.append(("Thai / English profiles", f"{lang['th']} / {lang['en']}"))
    subs = Counter(s.sub_cluster for s in smes)
    for sub in SubCluster:
        rows.append((f"sub-cluster `{sub.value}`", str(subs[sub.value])))
    stages = Counter(s.stage for s in smes)
    for stage in Stage:
        rows.append((f"stage `{stage.value}`", str(stages[stage.value])))
    regions = Counter()
    provinces: set[str] = set()
    for s in smes:
        province = resolve_province(s.province)
        assert province is not None
        regions[province.region.value] += 1
        provinces.add(province.name_en)
    for region in sorted(regions):
        rows.append((f"region `{region}`", str(regions[region])))
    rows.append(("distinct provinces", str(len(provinces))))
    offers = [label for s in smes for _, label in s.offers]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len(set(offers)))))
    needs = [n for s in smes for n in s.needs]
    met = [n for n in needs if not n.unmet]
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"))
    rows.append(("needs requiring a certification", str(sum(1 for n in needs if n.requires))))
    rows.append(("needs waiving a certification", str(sum(1 for n in needs if n.waives))))
    rows.append(("true links", str(len(links))))
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({cross / len(links):.0%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    cross_sub = sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)
    rows.append(("links between different sub-clusters", str(cross_sub)))
    return rows


def counts_table(rows: list[tuple[str, str]]) -> str:
    lines = ["| measure | count |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README_HEAD = """\
# blind_plain_nonwoven: hand-labelled matchmaking set, nonwovens theme

## What the set checks

Whether the partner matcher finds the true supplier-buyer pairs among 95 SME registry entries of the
Health and Wellness Economy cluster when the wording is new to it. The theme is nonwovens: spunbond,
meltblown, SMS, spunlace and needle-punched fabrics, wadding and felts, wipes and face-mask layers,
geotextiles, filter media, shoe and bag interlinings, crop covers, nonwoven bags, recycled-PET
nonwovens, converters who slit, cut and laminate rolls, and the hospitals, care homes, spas, farms,
construction firms and factories that buy them, together with ordinary upstream and midstream
suppliers (fibre, yarn, cloth, dyeing, sewing).

The entries are plain registry phrases: one short phrase per offer or need, 0-3 of each, in Thai or
English. The same goods are written in many ways (trade words, local names such as ผ้าหนังไก่,
หม้อห้อม or ขุยมะพร้าว, brand names such as Dacron or Tyvek, abbreviations such as SPB, MB, PSF or HCS,
with and without sizes, weights and quantities). A need is worded differently from the offers that
meet it, often in the other language. Hard but fair cases are included on purpose: a service versus the
goods it works on (dyeing or laminating the customer's cloth versus dyed or laminated cloth; sewing or
ultrasonic converting for others versus finished gowns and bags; slitting the customer's rolls), waste
and used goods versus new, raw versus processed (fibre, yarn, cloth, felt, product), coir pith versus
coir fibre, finished goods described by their material or technique (a handwoven indigo cotton bag is
a bag), needs written as a wish, a bare noun phrase or a question, refusals ("no synthetic dye"), needs
that require a named certification, needs that name one only to waive it, and 20 needs that no one in
the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile JSONL version 1 and the links
CSV), the shared taxonomy (`shared/taxonomy.py` and `shared/taxonomy_data/`) and the project's ruff
settings. The writer did not look at the matcher, the glossary, the tests, other evaluation sets or
the project's data. All profiles, offers and needs are invented; names and e-mail addresses are
fictitious (`.example` domains).

## How a link is decided

In `write.py` every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `rpet_felt` versus `needle_punching_service`).
Every need either lists the offer labels that would meet it and the certifications its text requires,
or is marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some
offer of the supplier carries a label listed by one of the buyer's needs and the supplier's
certifications hold every certification that need requires. An SME is never linked to itself. Shared
words play no part; quantities, prices and places never decide a link; what changes what the thing is
does. A certification a need names only to waive it ("GOTS not required", "ไม่ต้องมี มอก. ก็ได้") is
not required. The labels live only in `write.py`; the written files carry no labels.

Before writing, the script checks: ids unique and well-formed; every contract field valid (sub-cluster,
stage and BCG values from the taxonomy, provinces resolved by `resolve_province`, certifications by
`resolve_certification`); every label a need lists is offered by someone other than the buyer; every
met need has a qualified supplier and every unmet one has none; each required or waived certification
is named in the need's text, and the taxonomy reads required ones as required and waived ones as not;
Thai phrases are mostly Thai letters and English ones Latin only; and the size targets (95 profiles,
50-60 % Thai, 160-180 links, 40-60 % of them across languages, 17-23 unmet needs). It writes nothing
when a check fails, and two runs give identical bytes.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_nonwoven/write.py

## Files

- `write.py`: all the data, the labels, the checks and the writer.
- `profiles.jsonl`: 95 profiles, ids `bnw-001` ... `bnw-095`, contract JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def render(smes: list[Sme]) -> tuple[dict[str, str], str]:
    links = true_links(smes)
    table = counts_table(counts(smes, links))
    files = {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in smes),
        "links.csv": links_csv(links),
        "README.md": README_HEAD + table,
    }
    return files, table


def main() -> int:
    errors = check(SMES)
    links = true_links(SMES)
    errors += check_sizes(SMES, links)
    first, table = render(SMES)
    second, _ = render(SMES)
    if first != second:
        errors.append("two renderings differ")
    print(table, end="")
    if errors:
        print(f"\n{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    for name, text in first.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"\nwrote {', '.join(first)} to {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
