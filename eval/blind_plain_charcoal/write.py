"""Write the hand-labelled evaluation set `eval/blind_plain_charcoal/`.

Theme: bamboo charcoal and deodorising textiles, with the ordinary fibre, yarn, cloth, dyeing and
sewing suppliers of the cluster. Every profile below is a plain registry entry; every offer carries a
label saying what the thing is, every need lists the labels that would meet it (or is marked as met by
no one). The true links follow from those labels and the certifications a need requires.

Run from the repository root:

    .venv/bin/python eval/blind_plain_charcoal/write.py

It checks the data first and writes `profiles.jsonl`, `links.csv` and `README.md` only if every check
passes. Two runs give identical bytes.
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

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shared.taxonomy import (
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

HERE = Path(__file__).resolve().parent

# ------------------------------------------------------------------ model

TH, EN = "th", "en"
HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
AGC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AGI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


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
    unmet_note: str = ""  # set when no one in the set meets the need


@dataclass
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]
    offers: list[Offer] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"bcg-{self.num:03d}"

    def offer(self, text: str, label: str) -> None:
        self.offers.append(Offer(text, label))

    def need(self, text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> None:
        self.needs.append(Need(text, labels, req, waive))

    def unmet(self, text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> None:
        """A need no one in the set meets; `labels` (optional) are the goods meant, held by no qualified supplier."""
        self.needs.append(Need(text, labels, req, waive, note))


SMES: list[Sme] = []


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    certs: tuple[str, ...] = (),
    bcg: str = "",
) -> Sme:
    entry = Sme(num, language, name, sub_cluster, stage, province, email, certs, tuple(bcg.split()))
    SMES.append(entry)
    return entry


# ------------------------------------------------------------------ data: upstream
# Labels say what a thing is. Raw bamboo, charcoal pieces and charcoal powder are three things;
# a service that works on the customer's goods is never the goods themselves.

p = sme(1, TH, "วิสาหกิจชุมชนเตาถ่านไผ่บ้านนาดี", HEMP, UP, "Prachinburi", "nadee.kiln", bcg="bio circular")
p.offer("ถ่านไม้ไผ่เผาเตาอิฐ กระสอบละ 20 กก.", "bamboo_charcoal_pieces")
p.offer("น้ำส้มควันไม้ไผ่ แกลลอน 20 ลิตร", "bamboo_vinegar")
p.need("ลำไผ่ตง ไผ่รวก อายุ 3 ปีขึ้นไป", "bamboo_culm")

p = sme(2, EN, "Kwai Noi Bamboo Growers Co-op", HEMP, UP, "Kanchanaburi", "kwainoi.bamboo", bcg="bio")
p.offer("Dried bamboo poles (Dendrocalamus asper), 4 m", "bamboo_culm")
p.unmet("Used bamboo splitting machine", "machinery; no one in the set sells machines")

p = sme(3, TH, "กลุ่มปลูกไผ่ซางหม่น แม่ทะ", HEMP, UP, "Lampang", "maetha.bamboo", bcg="bio")
p.offer("ไม้ซางหม่นทั้งลำ ตัดสดจากสวน", "bamboo_culm")

p = sme(4, EN, "Doi Saket Takesumi Works", HEMP, UP, "Chiang Mai", "takesumi.doisaket", bcg="bio green")
p.offer("Takesumi powder 325 mesh, 25 kg sack", "bamboo_charcoal_powder")
p.need("raw culms of pai sang mon", "bamboo_culm")

p = sme(5, TH, "หจก. สระแก้วคาร์บอน", CIRC, UP, "Sa Kaeo", "sakaeo.carbon", bcg="circular")
p.offer("ผงถ่านไผ่บดละเอียด 800 เมช สำหรับผสมเส้นใย", "bamboo_charcoal_powder")
p.need("ถ่านไผ่ก้อนที่เผาแล้ว ขั้นต่ำ 1 ตัน/เดือน", "bamboo_charcoal_pieces")

p = sme(6, EN, "EastCarb Activated Carbon Ltd.", CIRC, UP, "Rayong", "eastcarb", ("ISO 9001", "ISO 14001"), "circular")
p.offer("Coconut-shell activated carbon, 4x8 mesh", "activated_carbon_granules")
p.need("Spent deodoriser sachets for carbon reactivation", "spent_charcoal_bags")

p = sme(7, TH, "กลุ่มรีไซเคิลถุงถ่าน ปากเกร็ด", CIRC, UP, "Nonthaburi", "pakkret.recycle", bcg="circular")
p.offer("ถุงถ่านดับกลิ่นที่ใช้แล้ว แยกผ้ากับถ่านให้", "spent_charcoal_bags")
p.unmet("รถกระบะรับจ้าง วิ่งประจำ กทม.-นนท์", "transport; no one in the set offers it")

p = sme(8, EN, "CharcoTex Fibre Co., Ltd.", SPORT, UP, "Samut Prakan", "charcotex", ("OEKO-TEX Standard 100",), "green")
p.offer("Bamboo charcoal viscose staple fibre 1.5D x 38 mm", "charcoal_viscose_fibre")
p.offer("Charcoal polyester staple, 1.4D x 38 mm, grey", "charcoal_polyester_fibre")
p.need("Ultrafine bamboo carbon, below 2 micron", "bamboo_charcoal_powder")
p.unmet("Dissolving-grade bamboo pulp", "no one in the set makes pulp")

p = sme(9, TH, "บริษัท มหาชัยมาสเตอร์แบทช์ จำกัด", SPORT, UP, "Samut Sakhon", "mahachai.mb", bcg="green")
p.offer("เม็ดมาสเตอร์แบทช์ถ่านไผ่ สำหรับหลอมรีดเส้นใย PET", "charcoal_masterbatch")
p.need("ผงชาร์โคลไผ่แห้ง ความชื้นไม่เกิน 5%", "bamboo_charcoal_powder")

p = sme(10, EN, "Rangsit Filament Spinning", SPORT, UP, "Pathum Thani", "rangsit.filament", ("GRS",), "circular")
p.offer("Charcoal PET filament yarn 75D/72F DTY", "charcoal_filament_yarn")
p.offer("rPET DTY 150D/48F, GRS", "recycled_polyester_yarn")
p.need("Masterbatch with bamboo carbon for melt spinning", "charcoal_masterbatch")
p.need("Clear bottle flake, hot-washed", "pet_bottle_flakes")

p = sme(11, TH, "โรงปั่นด้ายโคราช", HEMP, UP, "Nakhon Ratchasima", "korat.spinning")
p.offer("ด้ายคอตตอนผสมใยถ่านไผ่ 30/1 (ฝ้าย 70 ถ่าน 30)", "charcoal_blend_yarn")
p.offer("ด้ายฝ้าย 100% เบอร์ 20 เบอร์ 32", "cotton_yarn")
p.need("ใยสั้นถ่านไม้ไผ่ สำหรับปั่นผสม", "charcoal_viscose_fibre", "charcoal_polyester_fibre")
p.need("ปุยฝ้ายดิบจากไร่", "raw_cotton_lint")

p = sme(12, EN, "Mae Chan Hemp Collective", HEMP, UP, "Chiang Rai", "maechan.hemp", ("Organic Thailand",), "bio")
p.offer("Decorticated hemp bast fibre, sun-retted", "hemp_fibre_raw")
p.offer("Hmong hand-spun hemp thread, undyed", "hemp_yarn")
p.unmet("Certified low-THC hemp seed for next season", "no seed seller in the set")

p = sme(13, TH, "กลุ่มกัญชงบ้านรวมไทย พบพระ", HEMP, UP, "Tak", "phopphra.hemp", bcg="bio")
p.offer("เปลือกกัญชงลอกแห้ง มัดละ 5 กก.", "hemp_fibre_raw")
p.unmet("เครื่องลอกเปลือกกัญชง มือสองก็ได้", "machinery; no one in the set sells machines")

p = sme(14, EN, "Dan Sai Cotton Farm", HEMP, UP, "Loei", "dansai.cotton", ("Organic Thailand",), "bio")
p.offer("Ginned cotton lint, rain-fed, Loei", "raw_cotton_lint")

p = sme(15, TH, "กลุ่มฝ้ายเข็นมือบ้านนาเวง", AGI, UP, "Sakon Nakhon", "naweng.cotton", ("OTOP",), "bio")
p.offer("ฝ้ายเข็นมือสีขาวนวล ยังไม่ย้อม ขายเป็นไจ", "handspun_cotton_yarn")
p.offer("เนื้อครามหมัก ถุงละ 1 กก.", "natural_indigo_paste")
p.need("ฝ้ายดอก ฝ้ายปุย สำหรับเข็น", "raw_cotton_lint")

p = sme(16, EN, "Mahachai Textile Waste Sorting", CIRC, UP, "Samut Sakhon", "mahachai.waste", bcg="circular")
p.offer("Pre-consumer cotton cutting waste, colour-sorted bales", "cotton_fabric_offcuts")
p.offer("Post-consumer clothing, graded A/B", "used_clothing")

p = sme(17, TH, "โรงงานตีใยรีไซเคิล ศาลายา", CIRC, UP, "Nakhon Pathom", "salaya.fibre", ("GRS",), "circular")
p.offer("ใยฝ้ายรีไซเคิล ตีจากเศษผ้า สีเทาปน", "recycled_cotton_fibre")
p.need("เศษตัดผ้าคอตตอนจากโรงงานเสื้อ แยกสีมาแล้ว", "cotton_fabric_offcuts")
p.need("เสื้อยืดมือสอง ผ้าฝ้ายล้วน", "used_clothing")

p = sme(18, EN, "Bang Saen PET Recovery", CIRC, UP, "Chon Buri", "bangsaen.pet", ("GRS",), "circular")
p.offer("Clear PET flakes 12 mm, washed", "pet_bottle_flakes")

p = sme(19, TH, "ร้านรับซื้อของเก่า ขอนแก่นรีไซเคิล", CIRC, UP, "Khon Kaen", "kk.recycle", bcg="circular")
p.offer("เสื้อผ้าเก่า ถุงเท้าเก่า ขายเหมากิโล", "used_clothing")

p = sme(20, EN, "Bang Phli Elastic Yarn", SPORT, UP, "Samut Prakan", "bangphli.elastic")
p.offer("Covered spandex yarn 20D/70D for sock tops", "elastane_yarn")

p = sme(21, TH, "สวนนุ่นบางซ้าย", AGC, UP, "Ayutthaya", "bangsai.kapok", bcg="bio")
p.offer("ใยนุ่นคัดเมล็ดออกแล้ว อัดก้อน 10 กก.", "kapok_fibre")

p = sme(22, EN, "Phrae Hom Indigo Farm", HEMP, UP, "Phrae", "phrae.hom", ("Organic Thailand",), "bio")
p.offer("Hom indigo paste (Strobilanthes cusia), 5 kg bucket", "natural_indigo_paste")
p.unmet("Shell lime for indigo vats", "no one in the set sells lime")

p = sme(23, TH, "ถ่านไผ่ราชบุรี", CIRC, UP, "Ratchaburi", "ratburi.charcoal", bcg="bio circular")
p.offer("ถ่านไผ่ชิ้นเล็ก 1-2 ซม. ร่อนฝุ่นแล้ว พร้อมบรรจุถุง", "bamboo_charcoal_pieces")
p.need("ไม้ไผ่ลำ ไผ่เลี้ยง ไผ่สีสุก", "bamboo_culm")

p = sme(24, EN, "Siam Yarn Trading", SPORT, UP, "Bangkok", "siamyarn")
p.offer("Bamboo viscose yarn Ne 40/1, raw white", "bamboo_viscose_yarn")
p.offer("Combed cotton 30s and 40s on cones", "cotton_yarn")
p.need("Cotton/charcoal blended yarn for resale", "charcoal_blend_yarn")
p.need("Cone dyeing of our bamboo yarn, black", "yarn_dyeing_service")

p = sme(25, TH, "ไร่ฝ้ายอินทรีย์แม่แตง", HEMP, UP, "Chiang Mai", "maetaeng.cotton", ("GOTS", "Organic Thailand"), "bio")
p.offer("ด้ายฝ้ายออร์แกนิก 20/1 ได้รับรอง GOTS", "organic_cotton_yarn")
p.need("ฝ้ายดิบ ต้องมีมาตรฐานเกษตรอินทรีย์", "raw_cotton_lint", req=("Organic Thailand",))

p = sme(26, EN, "Green Loop Recycled Yarn", CIRC, UP, "Pathum Thani", "greenloop", ("GRS", "RCS"), "circular")
p.offer("Open-end recycled cotton/rPET yarn Ne 12, grey melange", "recycled_blend_yarn")
p.need("Opened recycled cotton fibre", "recycled_cotton_fibre")
p.unmet("rPET staple fibre 1.5D, GRS certified", "staple rPET is made by no one in the set", req=("GRS",))

p = sme(27, TH, "กลุ่มเผาถ่านไผ่ บ้านโคกเมือง", AGI, UP, "Buriram", "khokmuang.kiln", bcg="bio")
p.offer("ถ่านไผ่เผาถัง 200 ลิตร ขายปลีก-ส่ง", "bamboo_charcoal_pieces")

p = sme(28, EN, "CoolCarbon Yarns", SPORT, UP, "Nonthaburi", "coolcarbon", ("OEKO-TEX Standard 100",))
p.offer("Charcoal nylon filament 70D for socks and innerwear", "charcoal_filament_yarn")
p.need("Polyamide chips loaded with carbon", "charcoal_masterbatch")

# ------------------------------------------------------------------ data: midstream

p = sme(29, TH, "โรงถักผ้ามหาชัยนิตติ้ง", SPORT, MID, "Samut Sakhon", "mahachai.knit")
p.offer("ผ้ายืดถักผสมใยถ่านไผ่ ซิงเกิ้ลเจอร์ซี่ หน้า 72 นิ้ว", "charcoal_knit_fabric")
p.need("ด้ายชาร์โคลแบบฟิลาเมนต์ สำหรับเครื่องถักวงกลม", "charcoal_filament_yarn")
p.need("รับจ้างย้อมผ้าถักสีดำ สีกรม", "fabric_dyeing_service")
p.need("ตกแต่งผ้ากันกลิ่นอับ ทำบนผ้าของเรา", "antimicrobial_finishing_service")

p = sme(30, EN, "ActiveCarb Cloth Co.", SPORT, MID, "Bangkok", "activecarb", ("ISO 9001",))
p.offer("Activated carbon cloth (ACC), woven, 120 gsm", "activated_carbon_cloth")
p.unmet("Viscose rayon fabric for carbonising", "no viscose weaver in the set")

p = sme(31, TH, "โรงงานผ้าไม่ทอ นครชัยศรี", SPORT, MID, "Nakhon Pathom", "nakhonchaisi.nonwoven")
p.offer("ผ้าสักหลาดเข็มผสมผงถ่าน หนา 3 มม. ขายเป็นม้วน", "charcoal_nonwoven_felt")
p.offer("ผ้าสปันบอนด์ 30 แกรม สีขาว", "nonwoven_fabric")
p.need("ใยโพลีผสมชาร์โคล ชนิดตัดสั้น", "charcoal_polyester_fibre")

p = sme(32, EN, "San Kamphaeng Handloom", HEMP, MID, "Chiang Mai", "sankamphaeng.loom", ("OTOP",))
p.offer("Handwoven cotton cloth, natural white, 90 cm width", "plain_cotton_fabric")
p.need("Hand-spun cotton, undyed, in skeins", "handspun_cotton_yarn")
p.need("Someone to indigo-dye our woven lengths", "indigo_dyeing_service")

p = sme(33, TH, "ศูนย์ย้อมครามสกลนคร", AGI, MID, "Sakon Nakhon", "sakon.indigo", ("OTOP",), "bio")
p.offer("รับย้อมครามธรรมชาติ ผ้าและด้ายของลูกค้า ไม่ใช้สีเคมี", "indigo_dyeing_service")
p.offer("ผ้าฝ้ายย้อมคราม ทอมือ ขายเป็นเมตร", "indigo_dyed_cotton_fabric")
p.need("ครามเปียก เนื้อครามพร้อมก่อหม้อ", "natural_indigo_paste")

p = sme(34, EN, "Mo Hom Phrae Dye House", HEMP, MID, "Phrae", "mohom.phrae", bcg="bio")
p.offer("Commission mo hom indigo dyeing of your cotton garments", "indigo_dyeing_service")
p.need("Greige cotton plain weave for stock dyeing", "plain_cotton_fabric")

p = sme(35, TH, "โรงย้อมบางพลี", CIRC, MID, "Samut Prakan", "bangphli.dye", ("ISO 14001",))
p.offer("รับย้อมผ้าถัก ผ้าทอ สีรีแอคทีฟ ขั้นต่ำ 300 กก.", "fabric_dyeing_service")
p.offer("รับย้อมด้ายเป็นลูก (ย้อมโคน)", "yarn_dyeing_service")
p.unmet("รับกำจัดตะกอนน้ำเสียจากโรงย้อม", "waste-water service; no one in the set offers it")

p = sme(36, EN, "Eastern Dyeing & Finishing", SPORT, MID, "Chonburi", "eastdf", ("OEKO-TEX Standard 100", "bluesign"))
p.offer("Black charcoal jersey, dyed, ready stock", "charcoal_knit_fabric")
p.offer("Anti-odour finishing on customer's fabric", "antimicrobial_finishing_service")

p = sme(37, TH, "ร้านรับตัดเย็บ ปากเกร็ด", AGC, MID, "Nonthaburi", "pakkret.sewing")
p.offer("รับเย็บถุงผ้า ถุงหูรูด ซองเล็ก ตามแบบลูกค้า", "sewing_service")
p.need("ผ้าใบคอตตอนหนา สำหรับตัดถุง", "cotton_canvas_fabric")

p = sme(38, EN, "Bangkok CMT Studio", CIRC, MID, "Bangkok", "bkkcmt")
p.offer("CMT sewing for pouches, masks, small bags; MOQ 500", "sewing_service")
p.need("Cotton drawstring cord 3 mm", "cotton_cord")

p = sme(39, TH, "โรงงานถักถุงเท้า อ้อมน้อย", SPORT, MID, "Samut Sakhon", "omnoi.socks")
p.offer("รับถักถุงเท้า OEM จากด้ายของลูกค้า", "sock_knitting_service")
p.offer("ถุงเท้าถ่านไม้ไผ่ข้อสั้น ขายยกโหล", "charcoal_socks")
p.need("ด้ายยางหุ้ม สแปนเด็กซ์ สำหรับขอบถุงเท้า", "elastane_yarn")
p.need("ด้ายปั่นผสมถ่านไผ่ กับฝ้าย", "charcoal_blend_yarn")

p = sme(40, EN, "Trang Latex Foam Industries", SPORT, MID, "Trang", "trang.latex")
p.offer("Natural latex foam sheet 3-5 mm, perforated", "latex_foam_sheet")
p.need("Bamboo charcoal powder to blend into latex", "bamboo_charcoal_powder")

p = sme(41, TH, "หาดใหญ่ยางพาราโฟม", SPORT, MID, "Songkhla", "hatyai.foam")
p.offer("แผ่นยางพาราผสมผงถ่าน สำหรับทำพื้นรองเท้าด้านใน", "latex_foam_sheet")
p.need("ถ่านป่นละเอียดสำหรับผสมน้ำยาง", "bamboo_charcoal_powder")

p = sme(42, EN, "Rayong EVA Components", SPORT, MID, "Rayong", "rayong.eva", ("ISO 9001",))
p.offer("EVA foam sheets 2-6 mm, black or grey", "eva_foam_sheet")

p = sme(43, TH, "บริษัท ผ้าตาข่ายสามมิติ จำกัด", SPORT, MID, "Bangkok", "3dmesh")
p.offer("ผ้าตาข่าย 3D สเปเซอร์ หนา 3 มม.", "spacer_mesh_fabric")

p = sme(44, EN, "Mahachai Screen Print", CIRC, MID, "Samut Sakhon", "mahachai.print")
p.offer("Screen printing on tote bags and pouches, 1-4 colours", "screen_printing_service")
p.need("Cotton shopping bags, any colour, for logo printing", "cotton_tote_bag")
p.unmet("Water-based plastisol-free inks", "inks; no one in the set sells them")

p = sme(45, TH, "รับบรรจุถ่านใส่ถุง บางปะอิน", AGC, MID, "Ayutthaya", "bangpain.filling")
p.offer("รับบรรจุถ่านลงถุงผ้าของลูกค้า ชั่ง เย็บปิดปาก", "charcoal_filling_service")
p.need("ถ่านไผ่เม็ดเล็ก สำหรับกรอกถุง", "bamboo_charcoal_pieces")

p = sme(46, EN, "Hemp Loom Chiang Rai", HEMP, MID, "Chiang Rai", "hemploom", ("Organic Thailand",), "bio")
p.offer("Handwoven hemp cloth 40 cm, natural", "hemp_fabric")
p.need("Hemp yarn, hand-spun", "hemp_yarn")
p.need("Raw hemp bark for our own spinning", "hemp_fibre_raw")

p = sme(47, TH, "กลุ่มทอผ้าฝ้าย บ้านโนนสะอาด", AGI, MID, "Khon Kaen", "nonsaat.weave")
p.offer("ผ้าฝ้ายทอมือ สีพื้น หน้าแคบ", "plain_cotton_fabric")
p.need("ด้ายฝ้ายเบอร์ 20 สีขาว", "cotton_yarn")
p.need("ด้ายฝ้ายอินทรีย์ มีใบรับรอง GOTS", "organic_cotton_yarn", req=("GOTS",))

p = sme(48, EN, "ReWeave Fabrics", CIRC, MID, "Bangkok", "reweave", ("GRS",), "circular")
p.offer("Woven fabric, 60% recycled cotton", "recycled_cotton_fabric")
p.need("Recycled blend yarn, open-end", "recycled_blend_yarn")

p = sme(49, TH, "โรงทอผ้าแคนวาส บางบอน", HEMP, MID, "Bangkok", "bangbon.canvas")
p.offer("ผ้าแคนวาส 10 ออนซ์ สีดิบ", "cotton_canvas_fabric")
p.offer("ผ้าดิบทอเครื่อง หน้า 44 นิ้ว", "plain_cotton_fabric")
p.need("ด้ายคอตตอนเบอร์ 10-20", "cotton_yarn")

p = sme(50, TH, "ร้านเชือกสำเพ็ง", AGC, MID, "Bangkok", "sampeng.cord")
p.offer("เชือกฝ้ายถัก 3 มม. ม้วนละ 100 หลา", "cotton_cord")
p.offer("ถุงผ้าดิบเปล่าหูรูด 10x15 ซม.", "blank_pouch")

p = sme(51, EN, "Thai Technical Knit", SPORT, MID, "Pathum Thani", "ttk", ("OEKO-TEX Standard 100",))
p.offer("Antibacterial charcoal rib knit for sock and mask linings", "charcoal_knit_fabric")
p.unmet("Silver-ion finishing chemical", "chemicals; no one in the set sells them")

p = sme(52, TH, "กลุ่มย้อมเปลือกโกงกาง แม่กลอง", CIRC, MID, "Samut Songkhram", "maeklong.dye", bcg="bio")
p.offer("รับย้อมผ้าด้วยเปลือกโกงกาง ส่งผ้ามาเอง", "natural_dyeing_service")
p.need("ผ้าฝ้ายยังไม่ย้อม ทอมือหรือทอเครื่อง", "plain_cotton_fabric")

p = sme(53, TH, "กลุ่มรับจ้างเย็บ อุดรธานี", AGI, MID, "Udon Thani", "udon.sewing")
p.offer("รับจ้างเย็บกระเป๋า แผ่นรองนอน ผ้ากันเปื้อน", "sewing_service")
p.unmet("อะไหล่จักรโพ้งอุตสาหกรรม", "machine parts; no one in the set sells them")

p = sme(54, TH, "ผ้าหมักโคลน บ้านหวายหลึม", AGI, MID, "Roi Et", "waileum.mud", ("OTOP",), "bio")
p.offer("ผ้าฝ้ายหมักโคลน ย้อมเปลือกไม้ ขายเป็นผืน", "naturally_dyed_cotton_fabric")

# ------------------------------------------------------------------ data: downstream makers
# A product stays what it is whatever its material, colour or technique: an indigo hom-cloth
# shoe bag filled with charcoal is a shoe deodoriser, not indigo dyeing.

p = sme(55, TH, "ไผ่หอม ถุงถ่านดับกลิ่น ปราจีนบุรี", AGC, DOWN, "Prachin Buri", "paihom", ("OTOP",), "bio")
p.offer("ถุงถ่านไม้ไผ่ใส่รองเท้า คู่ละ 59 บาท", "shoe_deodoriser_bag")
p.offer("ถุงถ่านแขวนในรถ ดูดกลิ่นบุหรี่", "car_deodoriser_bag")
p.need("ถุงผ้าเปล่ามีเชือกรูด แบบสำเร็จรูป", "blank_pouch")

p = sme(56, EN, "FreshStep Deo Co.", AGC, DOWN, "Bangkok", "freshstep")
p.offer("Bamboo charcoal shoe fresheners, pair pack", "shoe_deodoriser_bag")
p.offer("Charcoal odour-control insoles, EU 36-45", "odour_control_insoles")
p.need("Bamboo charcoal granules 3-5 mm", "bamboo_charcoal_pieces")
p.need("Blank cotton pouches, ready-made, no print", "blank_pouch")
p.need("Latex or EVA sheet for insole bases", "latex_foam_sheet", "eva_foam_sheet")

p = sme(57, TH, "ฟุตแคร์ แผ่นรองเท้าดับกลิ่น", SPORT, DOWN, "Bangkok", "footcare.th")
p.offer("แผ่นรองเท้าถ่านไม้ไผ่ ตัดตามไซส์ได้", "odour_control_insoles")
p.need("ผ้าสักหลาดถ่าน หรือผ้าคาร์บอน", "charcoal_nonwoven_felt", "activated_carbon_cloth")
p.need("ผ้าตาข่ายระบายอากาศ 3 มิติ", "spacer_mesh_fabric")

p = sme(58, EN, "RunDry Socks", SPORT, DOWN, "Bangkok", "rundry", ("GRS",), "circular")
p.offer("Graduated compression running socks 15-20 mmHg", "sports_compression_socks")
p.need("Sock knitting partner, our own yarn", "sock_knitting_service")
p.need("Recycled polyester yarn, must be GRS certified", "recycled_polyester_yarn", req=("GRS",))

p = sme(59, TH, "ถุงเท้าเพื่อผู้สูงวัย ขอนแก่น", AGI, DOWN, "Khon Kaen", "kk.eldersocks")
p.offer("ถุงเท้าผู้ป่วยเบาหวาน ไร้ตะเข็บ ขอบไม่รัด", "diabetic_socks")
p.need("ด้ายใยไผ่ล้วน ไม่ผสมถ่าน", "bamboo_viscose_yarn")
p.need("รับถักถุงเท้าจากด้ายที่เราส่งให้", "sock_knitting_service")

p = sme(60, EN, "CareBed Thailand", AGC, DOWN, "Nonthaburi", "carebed", ("ISO 13485",))
p.offer("Washable incontinence underpads with charcoal layer, 60x90 cm", "incontinence_underpad")
p.offer("Bamboo charcoal mattress topper, single size", "charcoal_mattress_topper")
p.need("Activated carbon fabric", "activated_carbon_cloth")
p.unmet("TPU-laminated waterproof fabric", "no laminator in the set")

p = sme(61, TH, "หมอนนุ่นถ่านไผ่ กรุงเก่า", AGC, DOWN, "Ayutthaya", "krungkao.pillow", ("OTOP",))
p.offer("หมอนหนุนใยนุ่นผสมถ่านไม้ไผ่", "charcoal_pillow")
p.need("นุ่นเป็นก้อน", "kapok_fibre")
p.need("ผ้าฝ้ายย้อมสีธรรมชาติทำปลอกหมอน ไม่เอาสีเคมี", "indigo_dyed_cotton_fabric", "naturally_dyed_cotton_fabric")

p = sme(62, EN, "AirGuard Masks", AGC, DOWN, "Samut Prakan", "airguard", ("Thai FDA",))
p.offer("Reusable cloth masks with activated carbon filter", "charcoal_face_mask")
p.need("Carbon cloth or charcoal felt for filter layer", "activated_carbon_cloth", "charcoal_nonwoven_felt")
p.unmet("Soft elastic ear loops 3 mm", "no elastic cord maker in the set")

p = sme(63, TH, "หน้ากากผ้าชาร์โคล อุดร", AGI, DOWN, "Udon Thani", "udon.mask")
p.offer("หน้ากากผ้าฝ้าย ชั้นกรองถ่าน ซักได้", "charcoal_face_mask")
p.need("ผ้าถักชาร์โคลสำหรับซับใน", "charcoal_knit_fabric")

p = sme(64, TH, "กระเป๋าผ้าครามสกล", HEMP, DOWN, "Sakon Nakhon", "sakon.bags", ("OTOP",))
p.offer("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "cotton_tote_bag")
p.need("ผ้าครามทอมือ ขายเป็นพับ", "indigo_dyed_cotton_fabric")

p = sme(65, EN, "Hilltribe Hemp Goods", HEMP, DOWN, "Chiang Mai", "hilltribe.hemp")
p.offer("Batik hemp shoulder bags", "hemp_bag")
p.need("Hemp cloth by the roll, GOTS not needed", "hemp_fabric", waive=("GOTS",))

p = sme(66, TH, "ถุงหอมดับกลิ่น ผ้าหม้อห้อม", HEMP, DOWN, "Phrae", "mohom.deo")
p.offer("ถุงดับกลิ่นรองเท้า ผ้าหม้อห้อมย้อมคราม บรรจุถ่านไผ่", "shoe_deodoriser_bag")
p.need("ถ่านไผ่ ไม่ต้องบด", "bamboo_charcoal_pieces")

p = sme(67, EN, "AutoFresh Thailand", CIRC, DOWN, "Chonburi", "autofresh", ("Thai Green Label",), "green")
p.offer("Car air-purifying bamboo charcoal bags 200 g / 500 g", "car_deodoriser_bag")
p.offer("Wardrobe and room charcoal bags, 1 kg", "room_deodoriser_bag")
p.need("Bamboo charcoal chips, dust-free", "bamboo_charcoal_pieces")
p.need("Contract sachet filling", "charcoal_filling_service")
p.need("Activated carbon granules for a premium line", "activated_carbon_granules")

p = sme(68, EN, "SockLab BKK", SPORT, DOWN, "Bangkok", "socklab")
p.offer("Charcoal crew socks, black, 3-pair pack", "charcoal_socks")
p.need(
    "Charcoal yarn for socks, OEKO-TEX nice to have",
    "charcoal_blend_yarn",
    "charcoal_filament_yarn",
    waive=("OEKO-TEX Standard 100",),
)
p.need("OEM sock factory", "sock_knitting_service")

p = sme(84, TH, "ถุงเท้าถ่านไผ่ นครปฐม", AGC, DOWN, "Nakhon Pathom", "np.socks")
p.offer("ถุงเท้าข้อยาวผสมถ่านไผ่ พื้นหนานุ่ม", "charcoal_socks")
p.offer("ถุงเท้าเบาหวาน ขอบหลวม", "diabetic_socks")
p.need("หาโรงงานรับถักถุงเท้า", "sock_knitting_service")

p = sme(85, EN, "Korat Care Textiles", AGI, DOWN, "Korat", "korat.care")
p.offer("Charcoal underpads for bedridden patients, reusable", "incontinence_underpad")
p.need("Charcoal needle felt", "charcoal_nonwoven_felt")
p.need("Sewing contractor for bed pads", "sewing_service")

p = sme(86, TH, "วิ่งดี ถุงเท้ากีฬา", SPORT, DOWN, "Bangkok", "wingdee")
p.offer("ถุงเท้าวิ่ง คอมเพรสชั่น รัดน่อง", "sports_compression_socks")
p.need("ด้ายโพลีเอสเตอร์รีไซเคิล ไม่ต้องมี GRS", "recycled_polyester_yarn", waive=("GRS",))
p.need("ด้ายยางสแปนเด็กซ์", "elastane_yarn")

p = sme(87, EN, "Loop Totes", CIRC, DOWN, "Bangkok", "looptotes", ("GRS",), "circular")
p.offer("Tote bags from recycled cotton fabric", "cotton_tote_bag")
p.offer("Drawstring shoe bags, recycled fabric", "shoe_bag")
p.need("Recycled cotton woven cloth", "recycled_cotton_fabric")
p.need("Screen printer for logos", "screen_printing_service")

p = sme(92, TH, "กลุ่มถุงถ่านดับกลิ่น สุรินทร์", AGI, DOWN, "Surin", "surin.deo", ("OTOP",))
p.offer("ถุงถ่านไผ่ผ้าไหมมัดหมี่ แขวนตู้เสื้อผ้า", "room_deodoriser_bag")
p.unmet("เศษผ้าไหมมัดหมี่จากร้านตัดชุด", "no silk offcuts in the set")

# ------------------------------------------------------------------ data: shops and institutional buyers

p = sme(69, TH, "ร้านขายยา เภสัชชุมชน ขอนแก่น", AGI, DOWN, "Khon Kaen", "kk.pharmacy")
p.need("แผ่นรองเท้าลดกลิ่นเท้า", "odour_control_insoles")
p.need("ถุงเท้าสำหรับคนเป็นเบาหวาน", "diabetic_socks")
p.need("หน้ากากคาร์บอน ต้องมี อย.", "charcoal_face_mask", req=("Thai FDA",))

p = sme(70, EN, "CityCare Pharmacy", AGC, DOWN, "Bangkok", "citycare")
p.need("Carbon face masks, FDA Thailand registered", "charcoal_face_mask", req=("Thai FDA",))
p.need("Seamless diabetic socks", "diabetic_socks")
p.need("Anything for smelly feet?", "odour_control_insoles")

p = sme(71, TH, "หาดใหญ่ฟาร์มา", AGC, DOWN, "Songkhla", "hatyai.pharma")
p.need("ถุงเท้าถ่านไผ่ ลดกลิ่นอับ", "charcoal_socks")
p.need("แผ่นเสริมรองเท้าดับกลิ่น", "odour_control_insoles")

p = sme(72, TH, "ร้านประดับยนต์ โคราชคาร์แคร์", SPORT, DOWN, "Nakhon Ratchasima", "korat.carcare")
p.need("ถุงถ่านดูดกลิ่นในรถ", "car_deodoriser_bag")

p = sme(73, EN, "Pattaya Car Care Centre", CIRC, DOWN, "Chonburi", "pattaya.carcare")
p.need("Hanging charcoal deodoriser for cars", "car_deodoriser_bag")
p.unmet("Leather seat covers", "no seat-cover maker in the set")

p = sme(74, TH, "อุดรออโต้พาร์ท", AGI, DOWN, "Udon Thani", "udon.auto")
p.need("ถุงดับกลิ่นรถกระบะ ยกลัง", "car_deodoriser_bag")
p.need("ถุงถ่านกำจัดกลิ่นตู้เสื้อผ้า", "room_deodoriser_bag")

p = sme(75, EN, "Sole Street Shoes", SPORT, DOWN, "Bangkok", "solestreet")
p.need("Shoe deodorisers", "shoe_deodoriser_bag")
p.need("Insoles that stop foot odour", "odour_control_insoles")
p.need("Travel shoe bags, drawstring", "shoe_bag")

p = sme(76, TH, "ร้านรองเท้านักเรียน ช้างเผือก", AGC, DOWN, "Chiang Mai", "changphueak.shoes")
p.need("ถุงเท้านักเรียนผสมถ่านไผ่ ไซส์เด็ก", "charcoal_socks")
p.need("ถุงผ้าใส่รองเท้าพละ", "shoe_bag")
p.unmet("รองเท้านักเรียนหนังสีดำ ส่งยกโหล", "no shoe maker in the set")

p = sme(77, EN, "Andaman Eco Resort", AGC, DOWN, "Krabi", "andaman.resort", bcg="green")
p.offer("Used charcoal bags from guest rooms, free pickup", "spent_charcoal_bags")
p.need("Room deodoriser bags, Thai Green Label", "room_deodoriser_bag", req=("Thai Green Label",))
p.need("Charcoal pillows for guest rooms", "charcoal_pillow")

p = sme(78, TH, "บ้านพักคนชรา สุขใจ", AGC, DOWN, "Nonthaburi", "sukjai.care")
p.need("แผ่นรองซับฉี่ ซักได้ ไม่จำเป็นต้องมี ISO 13485", "incontinence_underpad", waive=("ISO 13485",))
p.need("ที่นอนท็อปเปอร์ถ่านไผ่ ลดกลิ่นอับ", "charcoal_mattress_topper")

p = sme(79, EN, "Khon Kaen Rehab Hospital", AGI, DOWN, "Khon Kaen", "kkrehab")
p.need("Washable underpads from an ISO 13485 maker", "incontinence_underpad", req=("ISO 13485",))
p.need("Diabetic foot socks", "diabetic_socks")
p.unmet(
    "Carbon masks made under ISO 13485",
    "mask makers in the set hold no ISO 13485",
    "charcoal_face_mask",
    req=("ISO 13485",),
)

p = sme(80, TH, "ดอยสุเทพสปอร์ต", SPORT, DOWN, "Chiang Mai", "doisuthep.sport")
p.need("ถุงเท้าวิ่งแบบรัดน่อง", "sports_compression_socks")

p = sme(81, TH, "ไอรอนฟิต ยิม", SPORT, DOWN, "Bangkok", "ironfit")
p.need("ถุงดับกลิ่นสำหรับล็อกเกอร์", "room_deodoriser_bag")
p.unmet("ผ้าขนหนูไมโครไฟเบอร์ ปักโลโก้", "no towel maker in the set")

p = sme(82, TH, "ร้านของฝากโอทอป ถนนคนเดิน", HEMP, DOWN, "Chiang Mai", "walkingstreet.otop")
p.need(
    "ถุงถ่านดับกลิ่น ต้องเป็นสินค้าโอทอป",
    "shoe_deodoriser_bag",
    "car_deodoriser_bag",
    "room_deodoriser_bag",
    req=("OTOP",),
)
p.need("กระเป๋าผ้าฝ้ายใบใหญ่ ไว้ใส่ของ", "cotton_tote_bag")

p = sme(83, EN, "Green Market Online", HEMP, DOWN, "Bangkok", "greenmarket", bcg="green")
p.need("Hemp bags, Organic Thailand not required", "hemp_bag", waive=("Organic Thailand",))
p.need("Car fresheners with bamboo charcoal", "car_deodoriser_bag")

p = sme(88, TH, "ร้านเครื่องนอนผู้สูงอายุ อุบล", AGI, DOWN, "Ubon Ratchathani", "ubon.bedding")
p.need("หมอนถ่านไม้ไผ่ สำหรับผู้สูงอายุ", "charcoal_pillow")
p.need("แผ่นรองกันเปื้อนบนที่นอน", "incontinence_underpad")

p = sme(89, TH, "แม่โขงเวลเนส สปา", AGI, DOWN, "Nakhon Phanom", "mekong.spa")
p.need("ถุงถ่านไว้ดับกลิ่นห้องนวด", "room_deodoriser_bag")
p.unmet("สบู่ถ่านไม้ไผ่", "soap; not made by anyone in the set")

p = sme(90, TH, "ร้านรองเท้ามือสอง จตุจักร", CIRC, DOWN, "Bangkok", "jatujak.shoes", bcg="circular")
p.offer("รองเท้าผ้าใบมือสอง คัดเกรด", "used_shoes")
p.need("แผ่นรองพื้นรองเท้าใหม่ ช่วยดับกลิ่น ใส่คู่กับรองเท้ามือสอง", "odour_control_insoles")

p = sme(91, TH, "บางนาขายส่งสินค้าดับกลิ่น", AGC, DOWN, "Samut Prakan", "bangna.wholesale")
p.need("ถุงชาร์โคลดับกลิ่นรถ ส่งยกกล่อง", "car_deodoriser_bag")
p.need("ถุงถ่านไผ่ใส่ตู้ ลิ้นชัก", "room_deodoriser_bag")

p = sme(93, EN, "Phuket Surf & Run", SPORT, DOWN, "Phuket", "phuketsurf")
p.need("Compression socks for runners", "sports_compression_socks")
p.need("Charcoal socks that stay fresh after beach runs", "charcoal_socks")

p = sme(94, TH, "ร้านผ้าทอน่าน", HEMP, DOWN, "Nan", "nan.weave")
p.need("ผ้าใยกัญชงทอมือ ไม่ต้องมีมาตรฐานเกษตรอินทรีย์", "hemp_fabric", waive=("Organic Thailand",))
p.need("ถุงผ้าใส่รองเท้า", "shoe_bag")

p = sme(95, EN, "Lopburi Senior Living", AGC, DOWN, "Lop Buri", "lopburi.senior")
p.need("Charcoal mattress pads for residents' beds", "charcoal_mattress_topper")
p.unmet("Pressure-relief wheelchair cushions", "no cushion maker in the set")


# ------------------------------------------------------------------ links

Link = tuple[str, str]


def canonical(certs: tuple[str, ...]) -> set[str]:
    return {resolve_certification(c) or c for c in certs}


def qualified_suppliers(buyer: Sme, need: Need) -> list[Sme]:
    """SMEs other than the buyer that offer a listed label and hold every required certification."""
    wanted = set(need.labels)
    return [
        s
        for s in SMES
        if s is not buyer
        and any(o.label in wanted for o in s.offers)
        and set(need.requires) <= canonical(s.certifications)
    ]


def true_links() -> list[Link]:
    links: set[Link] = set()
    for buyer in SMES:
        for need in buyer.needs:
            if need.unmet_note:
                continue
            links.update((s.id, buyer.id) for s in qualified_suppliers(buyer, need))
    return sorted(links)


# ------------------------------------------------------------------ checks

EMAIL = re.compile(r"^[a-z0-9.]+@example\.com$")
CERT_NAMES = {c.name: c for c in CERTIFICATIONS}
TARGET_PROFILES = 95
TARGET_LINKS = (160, 180)
TARGET_CROSS_SHARE = (0.40, 0.60)
TARGET_THAI_SHARE = (0.50, 0.60)
TARGET_UNMET = (16, 24)


def thai_share(text: str) -> float:
    thai = sum(1 for ch in text if "\u0e01" <= ch <= "\u0e5b" and ch.isalpha())
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return thai / (thai + latin) if thai + latin else 0.0


def script_ok(text: str, language: str) -> bool:
    if language == TH:
        return thai_share(text) >= 0.5
    return all(ch.isascii() for ch in text)


def names_certification(text: str, name: str) -> bool:
    cert = CERT_NAMES[name]
    folded = text.casefold()
    spellings = (cert.name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
    return any(spelling.casefold() in folded for spelling in spellings)


def check(links: list[Link]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids: " + ", ".join(sorted(i for i, n in Counter(ids).items() if n > 1)))
    if sorted(s.num for s in SMES) != list(range(1, TARGET_PROFILES + 1)):
        errors.append(f"ids must run bcg-001 .. bcg-{TARGET_PROFILES:03d}")
    offered_by: dict[str, set[str]] = {}
    for s in SMES:
        for o in s.offers:
            offered_by.setdefault(o.label, set()).add(s.id)
    all_texts: dict[str, str] = {}
    for s in SMES:
        where = s.id
        if not re.fullmatch(r"bcg-\d{3}", s.id):
            errors.append(f"{where}: malformed id")
        if s.sub_cluster not in {x.value for x in SubCluster}:
            errors.append(f"{where}: bad sub_cluster {s.sub_cluster!r}")
        if s.stage not in {x.value for x in Stage}:
            errors.append(f"{where}: bad stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: unknown province {s.province!r}")
        if any(t not in {x.value for x in BcgTag} for t in s.bcg):
            errors.append(f"{where}: bad bcg tag in {s.bcg}")
        for c in s.certifications:
            if resolve_certification(c) is None:
                errors.append(f"{where}: unknown certification {c!r}")
        if s.language not in (TH, EN):
            errors.append(f"{where}: bad language {s.language!r}")
        if not EMAIL.match(contact_email(s)):
            errors.append(f"{where}: bad email {contact_email(s)!r}")
        if not s.name.strip() or not script_ok(s.name, s.language):
            errors.append(f"{where}: name {s.name!r} not in {s.language} script")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        for text in [o.text for o in s.offers] + [n.text for n in s.needs]:
            if not text.strip() or text != text.strip():
                errors.append(f"{where}: empty or padded phrase {text!r}")
            if not script_ok(text, s.language):
                errors.append(f"{where}: phrase {text!r} not in {s.language} script")
            key = re.sub(r"\s+", " ", text.casefold())
            if key in all_texts:
                errors.append(f"{where}: phrase {text!r} repeats one of {all_texts[key]}")
            all_texts[key] = where
        held = canonical(s.certifications)
        for o in s.offers:
            claimed = find_certifications(o.text)
            if not claimed <= held:
                errors.append(f"{where}: offer {o.text!r} claims {sorted(claimed - held)} not held")
        for n in s.needs:
            named = find_certifications(n.text)
            if named != set(n.requires):
                errors.append(f"{where}: need {n.text!r} names {sorted(named)}, labelled {sorted(n.requires)}")
            for c in (*n.requires, *n.waives):
                if c not in CERT_NAMES:
                    errors.append(f"{where}: need {n.text!r} lists non-canonical certification {c!r}")
                elif not names_certification(n.text, c):
                    errors.append(f"{where}: need {n.text!r} does not name {c!r}")
            for c in n.waives:
                if c in named:
                    errors.append(f"{where}: need {n.text!r} waives {c!r} but its text requires it")
            for label in n.labels:
                if not offered_by.get(label, set()) - {s.id} and not n.unmet_note:
                    errors.append(f"{where}: label {label!r} is offered by no one else")
            found = qualified_suppliers(s, n)
            if n.unmet_note and found:
                errors.append(f"{where}: unmet need {n.text!r} is met by {[x.id for x in found]}")
            if not n.unmet_note and not found:
                errors.append(f"{where}: need {n.text!r} has no qualified supplier")
            if not n.unmet_note and not n.labels:
                errors.append(f"{where}: need {n.text!r} lists no labels")
    stats = counts(links)
    if stats["Profiles"] != TARGET_PROFILES:
        errors.append(f"{stats['Profiles']} profiles, want {TARGET_PROFILES}")
    thai = stats["Thai profiles"] / stats["Profiles"]
    if not TARGET_THAI_SHARE[0] <= thai <= TARGET_THAI_SHARE[1]:
        errors.append(f"Thai share {thai:.2f} outside {TARGET_THAI_SHARE}")
    if not TARGET_LINKS[0] <= len(links) <= TARGET_LINKS[1]:
        errors.append(f"{len(links)} true links, want {TARGET_LINKS[0]}-{TARGET_LINKS[1]}")
    cross = stats["Cross-language links"] / max(1, len(links))
    if not TARGET_CROSS_SHARE[0] <= cross <= TARGET_CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {TARGET_CROSS_SHARE}")
    unmet = stats["Needs met by no one"]
    if not TARGET_UNMET[0] <= unmet <= TARGET_UNMET[1]:
        errors.append(f"{unmet} unmet needs, want {TARGET_UNMET[0]}-{TARGET_UNMET[1]}")
    return errors


# ------------------------------------------------------------------ output


def contact_email(s: Sme) -> str:
    return f"{s.email}@example.com"


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [o.text for o in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": contact_email(s),
        "language": s.language,
    }
    return json.dumps(record, ensure_ascii=False)


def counts(links: list[Link]) -> dict[str, int | str]:
    by_id = {s.id: s for s in SMES}
    needs = [n for s in SMES for n in s.needs]
    stats: dict[str, int | str] = {
        "Profiles": len(SMES),
        "Thai profiles": sum(s.language == TH for s in SMES),
        "English profiles": sum(s.language == EN for s in SMES),
    }
    for sub in SubCluster:
        stats[f"Sub-cluster {sub.value}"] = sum(s.sub_cluster == sub.value for s in SMES)
    for stage in Stage:
        stats[f"Stage {stage.value}"] = sum(s.stage == stage.value for s in SMES)
    regions = Counter(province_region(s) for s in SMES)
    for region in sorted(regions):
        stats[f"Region {region}"] = regions[region]
    stats["Distinct provinces"] = len({province_name(s) for s in SMES})
    stats["Offers"] = sum(len(s.offers) for s in SMES)
    stats["Distinct offer labels"] = len({o.label for s in SMES for o in s.offers})
    stats["Needs"] = len(needs)
    stats["Needs met"] = sum(not n.unmet_note for n in needs)
    stats["Needs met by no one"] = sum(bool(n.unmet_note) for n in needs)
    stats["Needs requiring a certification"] = sum(bool(n.requires) for n in needs)
    stats["Needs waiving a certification"] = sum(bool(n.waives) for n in needs)
    stats["True links"] = len(links)
    th_en = sum(by_id[a].language == TH and by_id[b].language == EN for a, b in links)
    en_th = sum(by_id[a].language == EN and by_id[b].language == TH for a, b in links)
    cross = th_en + en_th
    stats["Links Thai supplier -> English buyer"] = th_en
    stats["Links English supplier -> Thai buyer"] = en_th
    stats["Cross-language links"] = cross
    stats["Cross-language share"] = f"{cross / max(1, len(links)):.0%}"
    stats["Within-language links"] = len(links) - cross
    stats["Links between different sub-clusters"] = sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)
    return stats


def province_name(s: Sme) -> str:
    province = resolve_province(s.province)
    return province.name_en if province else s.province


def province_region(s: Sme) -> str:
    province = resolve_province(s.province)
    return province.region.value if province else "unknown"


def counts_table(links: list[Link]) -> str:
    rows = ["| measure | count |", "|---|---|"]
    rows += [f"| {key} | {value} |" for key, value in counts(links).items()]
    return "\n".join(rows) + "\n"


def supplier_spread() -> Counter[int]:
    """How many qualified suppliers each met need has."""
    return Counter(len(qualified_suppliers(s, n)) for s in SMES for n in s.needs if not n.unmet_note)


README = """\
# Evaluation set `blind_plain_charcoal`

Hand-labelled partner-matching set on bamboo charcoal and deodorising textiles: bamboo and charcoal
(pieces, powder, activated carbon), charcoal fibre and yarn, charcoal knit, carbon cloth and felt,
socks, insoles, shoe, car and room deodoriser bags, masks, pillows and bed pads, with the pharmacies,
car shops, shoe shops, hotels, care homes and hospitals that buy them, plus the ordinary fibre, yarn,
cloth, dyeing and sewing suppliers of the cluster.

## What it checks

Whether the matcher finds the true supplier-buyer pairs from plain registry wording it has never
seen: one short phrase per offer or need, about 55 % of the profiles in Thai and the rest in English,
goods named in many ways (regional and trade names, abbreviations, sizes, prices, minimum orders).
Needs are worded differently from the offers that meet them, often in the other language. Hard cases
include a service versus the goods it works on (commission dyeing versus dyed cloth, sewing or sock
knitting for others versus finished goods, filling the customer's sachets versus charcoal bags), waste
and used goods versus new, raw versus processed (bamboo, charcoal pieces, charcoal powder; fibre, yarn,
cloth, product), finished goods described by material, colour or technique, needs written as wishes,
bare noun phrases or questions, refusals, needs that require a named certification and needs that name
one only to waive it, and needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the project's contracts (cluster profiles, JSONL version 1,
and the links CSV) and the shared taxonomy (`shared/taxonomy.py` and `shared/taxonomy_data/`); no
matcher code, glossary, tests, other evaluation sets or project data. Every province resolves with
`resolve_province`, every certification with `resolve_certification`, and sub-cluster, stage and BCG
values are the taxonomy's.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is
(`bamboo_charcoal_pieces` versus `bamboo_charcoal_powder`, `indigo_dyed_cotton_fabric` versus
`indigo_dyeing_service`). Every need lists the offer labels that would meet it and the certifications
its text requires, or is marked as met by no one with a short note. A pair (supplier, buyer) is a true
link when some offer of the supplier carries a label listed by one of the buyer's needs and the
supplier's certifications hold every certification that need requires. An SME is never linked to
itself. Shared words play no part; quantities, prices and places never decide a link; what changes
what the thing is does. A waived certification ("OEKO-TEX nice to have", "ไม่ต้องมี GRS") is not
required. Labels live only in `write.py`; the profiles carry none.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_charcoal/write.py

The script checks the data first (ids, contract fields, provinces, certifications, that every listed
label is offered by someone other than the buyer, that met needs have a qualified supplier and unmet
ones none, that required and waived certifications are named in the need's text, the script of each
phrase, and the size targets) and writes nothing if a check fails. Two runs give identical bytes.

## Files

- `write.py`: all the data and labels; writes the files below.
- `profiles.jsonl`: {profiles} SME profiles in the contract's JSONL version 1, ids `bcg-001` ... `bcg-095`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    links = true_links()
    errors = check(links)
    if errors:
        for error in errors:
            print("ERROR:", error, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        print(counts_table(links), file=sys.stderr)
        print("suppliers per met need:", sorted(supplier_spread().items()), file=sys.stderr)
        return 1
    profiles = "".join(profile_json(s) + "\n" for s in sorted(SMES, key=lambda s: s.num))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    table = counts_table(links)
    readme = README.replace("{profiles}", str(len(SMES))).replace("{table}", table)
    (HERE / "profiles.jsonl").write_bytes(profiles.encode("utf-8"))
    (HERE / "links.csv").write_bytes(buffer.getvalue().encode("utf-8"))
    (HERE / "README.md").write_bytes(readme.encode("utf-8"))
    print(table, end="")
    print("suppliers per met need:", sorted(supplier_spread().items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
