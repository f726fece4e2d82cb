"""Write the hand-labelled evaluation set `eval/blind_plain_haberdashery/`.

Haberdashery and fabric shops, notions makers, tailors, schools and home sewers, plus the ordinary
upstream and midstream suppliers of the cluster. Every offer carries a label saying what the thing
is; every need lists the labels that meet it (and the certifications its text requires) or is marked
as met by no one. The links follow from the labels alone; the labels never leave this file.

Run from the repository root:  .venv/bin/python eval/blind_plain_haberdashery/write.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shared.taxonomy import (
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

OUT_DIR = Path(__file__).resolve().parent
ID_PREFIX = "bhd"
N_PROFILES = 95

# sub-clusters, stages, certifications (canonical names)
HEMP, CIRC, SPORT = "hemp_natural_fibre", "circular_textile", "sportech"
ALC, ALI = "ageing_lifestyle_central", "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"
GOTS, OEKO, GRS = "GOTS", "OEKO-TEX Standard 100", "GRS"
ORG_TH, PEACOCK, OTOP = "Organic Thailand", "Thai Silk Peacock Emblem", "OTOP"
ISO9, ISO14, ISO13485 = "ISO 9001", "ISO 14001", "ISO 13485"
TIS, BLUESIGN = "Thai Industrial Standard", "bluesign"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str = ""


@dataclass
class Sme:
    num: int
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    slug: str
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    offers: list[tuple[str, str]] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"

    def offer(self, text: str, label: str) -> None:
        """An offer and the label that says what the thing is."""
        self.offers.append((text, label))

    def need(self, text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> None:
        """A need, the offer labels that meet it, and the certifications its text requires or waives."""
        self.needs.append(Need(text, labels, req, waive))

    def unmet(self, text: str, note: str) -> None:
        """A need that no one in the set meets, with a note saying why."""
        self.needs.append(Need(text, unmet_note=note))


SMES: list[Sme] = []


def sme(
    num: int, lang: str, name: str, sub_cluster: str, stage: str, province: str, slug: str, **kw: tuple[str, ...]
) -> Sme:
    SMES.append(Sme(num, lang, name, sub_cluster, stage, province, slug, **kw))
    return SMES[-1]


# ====================================================================== data
# Upstream: fibre, yarn, thread, dye stuff, waste and recycled fibre.
s = sme(
    1,
    "th",
    "วิสาหกิจชุมชนฝ้ายพื้นเมืองเชียงคาน",
    HEMP,
    UP,
    "Loei",
    "chiangkhan-cotton",
    certs=(ORG_TH,),
    bcg=("bio",),
)
s.offer("ปุยฝ้ายดิบ ฝ้ายพื้นเมือง ขายเป็นกิโล", "raw_cotton_fibre")
s.offer("ฝ้ายเข็นมือ เส้นใหญ่ สีตุ่น", "handspun_cotton_yarn")
s.unmet("อยากได้ อีดฝ้าย กับ หลาปั่นฝ้าย แบบไม้", "hand ginning and spinning tools: no one makes them")

s = sme(
    2,
    "en",
    "Northern Organic Cotton Co.",
    HEMP,
    UP,
    "Chiang Mai",
    "northern-organic-cotton",
    certs=(GOTS, ORG_TH),
    bcg=("bio", "green"),
)
s.offer("GOTS organic cotton yarn Ne 20/1 on cones", "organic_cotton_yarn")
s.offer("ginned organic cotton lint, pressed bales", "raw_cotton_fibre")

s = sme(3, "th", "กลุ่มปั่นฝ้ายมือ แม่แจ่ม", HEMP, UP, "Chiang Mai", "maechaem-spinners", bcg=("bio",))
s.offer("ด้ายฝ้ายออร์แกนิก เข็นมือ ม้วนละครึ่งกิโล", "organic_cotton_yarn")
s.offer("เส้นฝ้ายปั่นมือ สีขาวธรรมชาติ", "handspun_cotton_yarn")
s.need("ฝ้ายปุย ปลอดสาร มีตรารับรองเกษตรอินทรีย์", "raw_cotton_fibre", req=(ORG_TH,))

s = sme(4, "en", "Korat Spinning Mill", ALI, UP, "Nakhon Ratchasima", "korat-spinning", certs=(ISO9,))
s.offer("combed cotton yarn 32s, min 500 kg", "cotton_yarn")
s.offer("core-spun poly sewing thread 40/2, 5000 yd cones", "sewing_thread")
s.need("raw cotton, any grade, by the tonne", "raw_cotton_fibre")
s.need("shredded cotton fibre from waste to blend 30 %", "recycled_cotton_fibre")

s = sme(5, "th", "ห้างหุ้นส่วนจำกัด ด้ายทองการทอ", ALC, UP, "Samut Sakhon", "daithong-thread")
s.offer("ด้ายเย็บผ้า หลอดเล็ก 500 หลา คละสี", "sewing_thread")
s.offer("ด้ายจักรอุตสาหกรรม ด้ายโพ้ง โพลีเอสเตอร์ 100%", "sewing_thread")
s.offer("ไหมปักจักร เรยอน 120D 5000 เมตร", "machine_embroidery_thread")
s.need("เส้นใยโพลีเอสเตอร์รีไซเคิล ต้องมีใบรับรอง GRS", "recycled_polyester_fibre", req=(GRS,))

s = sme(6, "en", "Lanna Floss & Thread", HEMP, UP, "Lamphun", "lanna-floss")
s.offer("stranded cotton embroidery floss, 450 shades, DMC numbers", "hand_embroidery_floss")
s.offer("hand-dyed silk threads for hand embroidery", "hand_embroidery_floss")
s.need("mercerised cotton yarn, 60s two-ply", "cotton_yarn")

s = sme(7, "th", "กลุ่มม้งปลูกกัญชง บ้านเขาค้อ", HEMP, UP, "Phetchabun", "khaokho-hemp", bcg=("bio",))
s.offer("เปลือกกัญชงลอกตากแห้ง มัดละ 5 กิโล", "raw_hemp_fibre")
s.offer("เส้นใยกัญชงต่อมือ พันเป็นก้อน", "hemp_yarn")
s.unmet("ขี้ผึ้งแท้ สำหรับเขียนลายเทียน", "beeswax: no one offers it")

s = sme(8, "en", "Highland Hemp Fibre Ltd.", HEMP, UP, "Chiang Rai", "highland-hemp", bcg=("bio", "green"))
s.offer("decorticated hemp bast fibre, baled", "raw_hemp_fibre")
s.offer("machine-spun hemp yarn Nm 10", "hemp_yarn")

s = sme(9, "th", "บ้านครามพังโคน", HEMP, UP, "Sakon Nakhon", "phangkhon-indigo", certs=(OTOP,), bcg=("bio",))
s.offer("เนื้อครามเปียก หมักเอง กิโลละ 250 บาท", "natural_indigo_dye")
s.offer("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ ขายเป็นเมตร", "indigo_dyed_cotton_fabric")
s.need("ฝ้ายเข็นมือ สำหรับขึ้นกี่", "handspun_cotton_yarn")

s = sme(10, "en", "Phrae Hom Dye Garden", HEMP, UP, "Phrae", "phrae-hom-garden", bcg=("bio",))
s.offer("hom (Strobilanthes) indigo paste, 1 kg tubs", "natural_indigo_dye")
s.offer("dried stick lac, ebony fruit and jackfruit heartwood for dyeing", "plant_dye_materials")

s = sme(11, "th", "วิสาหกิจชุมชนรวบรวมเศษผ้า บางกรวย", CIRC, UP, "Nonthaburi", "bangkruai-scraps", bcg=("circular",))
s.offer("เศษผ้าคอตตอนจากโรงงานตัดเย็บ คัดสีแล้ว กิโลละ 8 บาท", "cotton_cutting_waste")
s.offer("เสื้อผ้าเก่า คัดเกรดแล้ว ขายเป็นกระสอบ", "used_clothing")
s.unmet("รถหกล้อ เช่ารายเดือน", "truck hire: no one offers transport")

s = sme(
    12,
    "th",
    "ศูนย์คัดแยกเศษผ้าภาคตะวันออก",
    CIRC,
    UP,
    "Chonburi",
    "east-waste-sorting",
    certs=(GRS,),
    bcg=("circular",),
)
s.offer("เศษผ้าห้องตัด ผ้าทีซี อัดเบล 200 กิโล", "blended_cutting_waste")

s = sme(
    13,
    "th",
    "บริษัท รีไซเคิลไฟเบอร์ไทย จำกัด",
    CIRC,
    UP,
    "Samut Prakan",
    "recycle-fibre-thai",
    certs=(GRS,),
    bcg=("circular",),
)
s.offer("ใยฝ้ายรีไซเคิล ตีจากเศษผ้า อัดก้อน", "recycled_cotton_fibre")
s.offer("ใยโพลีเอสเตอร์รีไซเคิล จากขวด PET", "recycled_polyester_fibre")
s.need("เศษผ้าฝ้าย 100% ที่เหลือจากห้องตัด เดือนละ 5 ตัน", "cotton_cutting_waste")
s.unmet("เครื่องตีเศษผ้า มือสอง", "textile shredding machine: no one sells one")

s = sme(
    14,
    "en",
    "Bottle2Fibre Co., Ltd.",
    CIRC,
    UP,
    "Rayong",
    "bottle2fibre",
    certs=(GRS, ISO14),
    bcg=("circular", "green"),
)
s.offer("rPET staple fibre 1.4D x 38 mm", "recycled_polyester_fibre")
s.offer("hollow conjugated siliconised fibre for pillows, from bottles", "stuffing_fibre")

s = sme(15, "th", "โรงงานใยหมอน กระทุ่มแบน", ALC, UP, "Samut Sakhon", "krathumbaen-fibre")
s.offer("ใยสังเคราะห์ยัดหมอน ยัดตุ๊กตา ถุงละ 1 กก.", "stuffing_fibre")
s.offer("ใยแผ่นโพลีเอสเตอร์ หนา 1 ซม. สำหรับบุผ้านวม", "batting_wadding")

s = sme(16, "th", "ผ้าเบลมือสอง โรงเกลือ", CIRC, UP, "Sa Kaeo", "rongkluea-bales", bcg=("circular",))
s.offer("ผ้าเบล เสื้อผ้ามือสอง คละเกรด เบลละ 45 โล", "used_clothing")
s.offer("ยีนส์เก่า เชิ้ตฝ้ายเก่า คัดแล้ว สำหรับงานอัพไซเคิล", "used_clothing")

s = sme(17, "th", "กลุ่มเลี้ยงไหม บ้านนาโพธิ์", ALI, UP, "Buriram", "naphoe-silk", bcg=("bio",))
s.offer("เส้นไหมพื้นบ้าน ไหมน้อย ไหมลืบ", "silk_yarn")
s.need("ครั่ง แก่นขนุน เปลือกประโหด สำหรับย้อมไหม", "plant_dye_materials")

s = sme(18, "en", "Surin Silk Yarn Traders", ALI, UP, "Surin", "surin-silk-yarn")
s.offer("degummed Thai silk yarn, 2-ply, per kilo", "silk_yarn")
s.need("natural dyestuff: lac, indigo leaves", "plant_dye_materials", "natural_indigo_dye")

s = sme(19, "th", "สหกรณ์ฝ้ายอินทรีย์ ด่านซ้าย", HEMP, UP, "Loei", "dansai-organic", certs=(GOTS, ORG_TH), bcg=("bio",))
s.offer("ฝ้ายอินทรีย์หีบเมล็ดแล้ว ได้ GOTS", "raw_cotton_fibre")
s.offer("ด้ายฝ้ายอินทรีย์ ปั่นเครื่อง เบอร์ 10", "organic_cotton_yarn")

s = sme(20, "th", "โรงทอผ้าดิบ กบินทร์บุรี", ALC, MID, "Prachinburi", "khlongluang-greige")
s.offer("ผ้าดิบ ผ้าฝ้ายสีครีม ยังไม่ฟอกขาว หน้า 90 นิ้ว", "greige_cotton_cloth")
s.unmet("ตู้คอนเทนเนอร์ มือสอง", "shipping containers: no one offers them")

# Midstream: weaving, dyeing, printing, trims, notions and services.
s = sme(21, "th", "ผ้าฝ้ายทอมือ ป้าคำ สันกำแพง", HEMP, MID, "Chiang Mai", "pakham-cotton", certs=(OTOP,))
s.offer("ผ้าฝ้ายทอมือ หน้ากว้าง 1 เมตร ขายเป็นเมตร", "handwoven_cotton_fabric")
s.offer("ผ้าฝ้ายย้อมเปลือกไม้ สีธรรมชาติ", "naturally_dyed_cotton_fabric")
s.need("ด้ายฝ้าย เบอร์ 20 สีขาว กิโลละไม่เกิน 200", "cotton_yarn")
s.need("แก่นขนุน เปลือกมะพูด", "plant_dye_materials")

s = sme(22, "en", "Isan Handloom Cooperative", ALI, MID, "Khon Kaen", "isan-handloom", certs=(OTOP,))
s.offer("hand-loomed cotton cloth, 90 cm wide", "handwoven_cotton_fabric")
s.offer("checked pakama cloths, 100 pieces a lot", "pha_khao_ma")
s.offer("khit supplementary-weft cotton for cushions", "khit_cotton_fabric")
s.need("dyed cotton yarn on cones, machine spun", "cotton_yarn")

s = sme(23, "th", "หม้อห้อมแม่จันทร์ ทุ่งโฮ้ง", HEMP, MID, "Phrae", "maechan-mohom", bcg=("bio",))
s.offer("ผ้าหม้อห้อม พับละ 20 หลา", "indigo_dyed_cotton_fabric")
s.offer("รับย้อมห้อม ผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service")
s.need("ห้อมเปียก ทำเนื้อห้อม", "natural_indigo_dye")
s.need("ผ้าฝ้ายขาว ยังไม่ฟอก ไว้ย้อม", "greige_cotton_cloth")

s = sme(24, "en", "Sakon Indigo Studio", HEMP, MID, "Sakon Nakhon", "sakon-indigo", bcg=("bio",))
s.offer("indigo handwoven cotton yardage", "indigo_dyed_cotton_fabric")
s.offer("we dip your own garments and cloth in natural indigo vats", "indigo_dyeing_service")
s.need("natural indigo paste", "natural_indigo_dye")

s = sme(25, "th", "โรงย้อมผ้า บางพลี", CIRC, MID, "Samut Prakan", "bangphli-dyehouse", certs=(OEKO, ISO14))
s.offer("รับย้อมผ้าม้วน ฝ้ายและโพลีเอสเตอร์ ขั้นต่ำ 300 กก.", "chemical_dyeing_service")

s = sme(26, "en", "Ratchaburi Natural Dye House", HEMP, MID, "Ratchaburi", "ratchaburi-dyehouse", bcg=("bio", "green"))
s.offer("plant-dyed cotton by the metre: mango leaf, lac, annatto", "naturally_dyed_cotton_fabric")
s.offer("natural dyeing of customers' scarves, cloth and yarn", "natural_dyeing_service")
s.need("dried lac and annatto seed", "plant_dye_materials")

s = sme(27, "th", "ผ้าไหมมัดหมี่ ชนบท", ALI, MID, "Khon Kaen", "chonnabot-silk", certs=(PEACOCK, OTOP))
s.offer("ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน สีทอง", "silk_fabric")
s.need("เส้นไหมแท้ ไหมเปลือก", "silk_yarn")

s = sme(28, "en", "Pak Thong Chai Silk Weavers", ALI, MID, "Nakhon Ratchasima", "pakthongchai-silk")
s.offer("Thai silk yardage, plain and shot colours, 1 m wide", "silk_fabric")
s.need("silk yarn, degummed, 20/22 denier", "silk_yarn")

s = sme(29, "th", "ผ้าใยกัญชงเขียนเทียน บ้านเขาค้อ", HEMP, MID, "Phetchabun", "khaokho-hempcloth", bcg=("bio",))
s.offer("ผ้าใยกัญชงทอมือ เขียนเทียน ย้อมคราม", "hemp_fabric")
s.need("เส้นกัญชงที่ต่อเส้นแล้ว", "hemp_yarn")

s = sme(30, "en", "Hemp Cloth Siam", HEMP, MID, "Chiang Mai", "hemp-cloth-siam", certs=(GOTS,), bcg=("bio", "green"))
s.offer("hemp canvas 12 oz, natural, 150 cm", "hemp_fabric")
s.offer("hemp/organic cotton 55/45 blend fabric", "hemp_fabric")
s.need("hemp yarn in cones", "hemp_yarn")
s.need("organic cotton yarn with GOTS certificate", "organic_cotton_yarn", req=(GOTS,))

s = sme(31, "th", "บาติกอันดามัน ภูเก็ต", HEMP, MID, "Phuket", "andaman-batik")
s.offer("ผ้าบาติกเขียนมือ ขายเป็นหลา", "batik_fabric")
s.offer("ผ้าปาเต๊ะ ลายเขียน ผืนยาว 2 เมตร", "batik_fabric")
s.need("ผ้าคอตตอนขาว ไม่ผ่านการฟอก สำหรับเขียนเทียน", "greige_cotton_cloth")

s = sme(32, "en", "Koh Yo Weaving & Batik", HEMP, MID, "Songkhla", "kohyo-weaving", certs=(OTOP,))
s.offer("Koh Yo woven cotton, per metre", "handwoven_cotton_fabric")
s.offer("hand-drawn batik yardage", "batik_fabric")
s.need("dyed cotton yarn 20/2", "cotton_yarn")

s = sme(33, "th", "โรงทอผ้าดิบ อ้อมน้อย", ALC, MID, "Samut Sakhon", "omnoi-greige")
s.offer("ผ้าดิบ หน้า 44 นิ้ว ม้วนละ 100 หลา", "greige_cotton_cloth")
s.offer("ผ้าแคนวาสดิบ 10 ออนซ์", "greige_cotton_cloth")
s.need("ด้ายฝ้าย 20 ซิงเกิล สำหรับทอผ้าดิบ", "cotton_yarn")

s = sme(34, "en", "Siam Uniform Textiles", ALC, MID, "Samut Prakan", "siam-uniform-tex", certs=(TIS, ISO9))
s.offer("TC 65/35 white shirting for school uniforms", "school_uniform_fabric")
s.offer("navy and khaki twill for uniform shorts and skirts", "school_uniform_fabric")

s = sme(35, "th", "บริษัท ทอผ้าเสิร์ท นครปฐม", ALC, MID, "Nakhon Pathom", "nakhonpathom-serge")
s.offer("ผ้าโทเรขาว ทำเสื้อนักเรียน ม้วนละ 50 หลา", "school_uniform_fabric")
s.offer("ผ้าเสิร์ทสีกรม กระโปรงนักเรียน", "school_uniform_fabric")

s = sme(
    36,
    "en",
    "ProActive Knit Fabrics",
    SPORT,
    MID,
    "Samut Sakhon",
    "proactive-knit",
    certs=(GRS, BLUESIGN, OEKO),
    bcg=("circular",),
)
s.offer("polyester microfibre dry-fit knit, 160 gsm", "sports_knit_fabric")
s.offer("recycled polyester bird-eye jersey", "sports_knit_fabric")
s.need("rPET fibre for our spinner, GRS welcome but not required", "recycled_polyester_fibre", waive=(GRS,))

s = sme(37, "th", "ผ้ากีฬา บางบอน", SPORT, MID, "Bangkok", "bangbon-sportfabric")
s.offer("ผ้าไมโครพีช ผ้ากีฬา ขายเป็นกิโล", "sports_knit_fabric")
s.offer("ผ้าจุติ ผ้าตาข่าย สำหรับเสื้อบอล", "sports_knit_fabric")
s.need("รับย้อมผ้าโพลีเอสเตอร์ ม้วนละ 25 กิโล", "chemical_dyeing_service")

s = sme(38, "en", "Thai Button Works", ALC, MID, "Bangkok", "thai-button-works", certs=(ISO9,))
s.offer("polyester shirt buttons 18L 4-hole, by the gross", "plastic_buttons")
s.offer("resin buttons dyed to match your swatch", "plastic_buttons")
s.unmet("buffalo horn blanks for button turning", "horn blanks: no one offers them")

s = sme(39, "th", "กระดุมกะลามะพร้าว บ้านแพ้ว", HEMP, MID, "Samut Sakhon", "banphaeo-coconut", bcg=("bio", "circular"))
s.offer("กระดุมกะลามะพร้าว ขัดเงา แกะมือ", "natural_buttons")
s.offer("กระดุมไม้ 2 รู ขนาด 15 มม.", "natural_buttons")

s = sme(
    40,
    "en",
    "Prachuap Coconut Shell Crafts",
    HEMP,
    MID,
    "Prachuap Khiri Khan",
    "prachuap-shell",
    certs=(OTOP,),
    bcg=("bio", "circular"),
)
s.offer("coconut shell toggles and buttons", "natural_buttons")
s.unmet("laser engraving machine, small", "laser engraver: no one sells it")

s = sme(41, "th", "ซิปไทยการช่าง", ALC, MID, "Bangkok", "zipthai")
s.offer("ซิปไนลอน เบอร์ 3 ตัดตามความยาว", "nylon_coil_zip")
s.offer("ซิปซ่อน ซิปกระโปรง 8 นิ้ว", "nylon_coil_zip")

s = sme(42, "en", "Metal Zip & Snap Co.", SPORT, MID, "Samut Prakan", "metal-zip-snap")
s.offer("brass zips #5 for jeans and bags", "metal_zip")
s.offer("open-end jacket zips with metal teeth", "metal_zip")

s = sme(43, "th", "ยางยืดโพธาราม", SPORT, MID, "Ratchaburi", "photharam-elastic")
s.offer("ยางยืดเส้นแบน 1 นิ้ว ม้วน 50 หลา", "elastic_band")
s.offer("เทปตีนตุ๊กแก หนามเตย ขนแมว", "hook_and_loop_tape")
s.unmet("ด้ายยางสแปนเด็กซ์ สำหรับถักยางยืด", "spandex core yarn: no one offers it")

s = sme(44, "en", "Bangkok Narrow Fabrics", ALC, MID, "Bangkok", "bkk-narrow-fabrics")
s.offer("grosgrain and satin ribbons, 3 to 50 mm", "ribbon")
s.offer("pre-folded cotton bias tape, 12 mm", "bias_binding")
s.offer("cotton crochet lace edging", "lace_trim")
s.need("fine cotton yarn for lace, 40s", "cotton_yarn")

s = sme(45, "th", "โรงงานลูกไม้ ลำลูกกา", ALC, MID, "Pathum Thani", "lamlukka-lace")
s.offer("ลูกไม้ขอบ ลูกไม้รัสเซล", "lace_trim")
s.offer("ผ้ากุ๊นสำเร็จ ผ้าเฉียง พับสองทบ", "bias_binding")

s = sme(46, "en", "Interlining Asia", ALC, MID, "Chachoengsao", "interlining-asia", certs=(OEKO,))
s.offer("woven fusible interlining for collars and cuffs", "interfacing")
s.offer("non-woven iron-on interfacing, 90 cm rolls", "interfacing")

s = sme(47, "th", "ไทยนีดเดิ้ล อุปกรณ์ตัดเย็บ", ALC, MID, "Bangkok", "thai-needle")
s.offer("เข็มจักรอุตสาหกรรม DBx1 เบอร์ 11-16", "sewing_needles_pins")
s.offer("เข็มหมุดหัวมุก เข็มเย็บมือ", "sewing_needles_pins")
s.offer("สายวัดตัว 150 ซม. กรรไกรตัดผ้า 10 นิ้ว", "sewing_hand_tools")

s = sme(48, "en", "Pattern House Bangkok", ALC, MID, "Bangkok", "pattern-house")
s.offer("printed paper patterns: dresses, shirts, bags", "paper_sewing_patterns")
s.offer("pattern making and grading from your sketch", "pattern_making_service")

s = sme(49, "th", "กลุ่มแม่บ้านรับจ้างตัดเย็บ โนนสูง", ALI, MID, "Nakhon Ratchasima", "nonsung-sewing")
s.offer("รับเย็บเสื้อผ้าตามแบบ ลูกค้าส่งผ้ามาเอง", "cmt_sewing_service")
s.offer("รับเย็บถุงผ้า ขั้นต่ำ 100 ใบ", "cmt_sewing_service")
s.need("ด้ายเย็บ สีขาว ดำ กรม ยกโหล", "sewing_thread")
s.need("จักรเย็บมือสอง ราคาไม่เกินหมื่น", "secondhand_sewing_machine")

s = sme(50, "en", "Chonburi CMT Garment", SPORT, MID, "Chonburi", "chonburi-cmt", certs=(ISO9,))
s.offer("cut-make-trim for sportswear, customer fabric, min 300 pcs", "cmt_sewing_service")
s.need("overlock thread, polyester, cones", "sewing_thread")
s.need("waistband elastic 3 cm", "elastic_band")

s = sme(51, "th", "ร้านปักชื่อ ช้างคลาน", ALC, MID, "Chiang Mai", "changklan-embroidery")
s.offer("รับปักชื่อนักเรียน ปักโลโก้ บนเสื้อของลูกค้า", "embroidery_service")
s.need("ไหมปักเรยอน สีสด หลอดใหญ่", "machine_embroidery_thread")

s = sme(52, "en", "Stitch & Print Korat", SPORT, MID, "Nakhon Ratchasima", "stitch-print-korat")
s.offer("screen printing on customers' T-shirts and jerseys", "screen_printing_service")
s.offer("logo embroidery on your caps and polos", "embroidery_service")
s.need("rayon machine embroidery thread 120D", "machine_embroidery_thread")

s = sme(53, "en", "Siam Cotton Print Mill", ALC, MID, "Samut Sakhon", "siam-cotton-print", certs=(OEKO,))
s.offer("digital-printed cotton poplin, 58 in, min 100 m", "printed_cotton_fabric")
s.offer("rotary-printed cotton florals", "printed_cotton_fabric")
s.need("loomstate poplin for printing", "greige_cotton_cloth")

s = sme(54, "th", "โรงพิมพ์ผ้า บางขุนเทียน", ALC, MID, "Bangkok", "bangkhunthian-print")
s.offer("ผ้าคอตตอนพิมพ์ลายการ์ตูน ผ้าป่านพิมพ์ลาย", "printed_cotton_fabric")
s.need("ใครรับย้อมผ้าพื้นก่อนพิมพ์ สีรีแอคทีฟ", "chemical_dyeing_service")

s = sme(55, "th", "ผ้าขาวม้าร้อยสี บ้านหนองแคน", ALI, MID, "Roi Et", "nongkhaen-pakama", certs=(OTOP,))
s.offer("ผ้าขาวม้าทอมือ ลายตาราง ผืนละ 120 บาท", "pha_khao_ma")
s.offer("ผ้าขิด หน้ากว้าง 80 ซม. ขายเป็นเมตร", "khit_cotton_fabric")
s.need("ฝ้ายย้อมสีแล้ว หลอดใหญ่", "cotton_yarn")

s = sme(56, "en", "Mukdahan Mud-Dyed Cotton", ALI, MID, "Mukdahan", "mukdahan-mud", bcg=("bio",))
s.offer("mud-dyed handwoven cotton, per metre", "naturally_dyed_cotton_fabric")
s.need("undyed hand-spun cotton, unbleached", "handspun_cotton_yarn")

s = sme(57, "th", "กลุ่มทอผ้ายกเมืองนคร", HEMP, MID, "Nakhon Si Thammarat", "nakhon-yok", certs=(OTOP,))
s.offer("ผ้ายกฝ้าย ลายดอกพิกุล ขายเป็นหลา", "handwoven_cotton_fabric")
s.need("เส้นไหม สำหรับทอยกดอก", "silk_yarn")

# Downstream: fabric and notions shops, tailors, schools, home sewers, brands, institutions.
s = sme(58, "th", "ร้านผ้าศรีสยาม พาหุรัด", ALC, DOWN, "Bangkok", "srisiam-pahurat")
s.offer("ผ้าคอตตอนลายดอก ผ้าป่าน ขายปลีกเป็นหลา", "printed_cotton_fabric")
s.offer("ผ้าโทเร ผ้าเสิร์ท ตัดชุดนักเรียน", "school_uniform_fabric")
s.need("ผ้าฝ้ายพิมพ์ลาย ยกม้วน ส่งตรงจากโรงงาน", "printed_cotton_fabric")
s.need("ลูกไม้ ราคาส่ง ยกม้วน", "lace_trim")

s = sme(59, "en", "Pahurat Textile House", ALC, DOWN, "Bangkok", "pahurat-textile")
s.offer("Indian cotton lawn prints by the yard", "printed_cotton_fabric")
s.offer("lace and trims by the metre", "lace_trim")
s.need("bulk iron-on interfacing", "interfacing")
s.need("Thai silk in bright colours for wedding wear", "silk_fabric")

s = sme(60, "th", "ร้านส่งอุปกรณ์ตัดเย็บ สำเพ็ง", ALC, DOWN, "Bangkok", "sampeng-notions")
s.offer("กระดุมเสื้อเชิ้ต ยกกุรุส", "plastic_buttons")
s.offer("ซิปกางเกง ซิปไนลอน ขายส่ง", "nylon_coil_zip")
s.offer("ด้ายหลอด คละสี ยกโหล", "sewing_thread")
s.need("เข็มหมุด เข็มมือ ราคาส่ง", "sewing_needles_pins")
s.need("ยางยืด ตีนตุ๊กแก ราคาโรงงาน", "elastic_band", "hook_and_loop_tape")

s = sme(61, "en", "Sampeng Ribbon Wholesale", ALC, DOWN, "Bangkok", "sampeng-ribbon")
s.offer("satin ribbon rolls, 100 yd, wholesale", "ribbon")
s.need("ribbon straight from the weaving mill, 6-25 mm", "ribbon")
s.unmet("Who sells sequins and glass beads by the kilo?", "sequins and beads: no one offers them")

s = sme(62, "th", "ร้านผ้าฝ้าย กาดหลวง วโรรส", HEMP, DOWN, "Chiang Mai", "warorot-cotton")
s.offer("ผ้าฝ้ายเมือง ผ้าทอชาวเขา ขายเป็นเมตร", "handwoven_cotton_fabric")
s.offer("ผ้าม่อฮ่อม ผ้าย้อมคราม", "indigo_dyed_cotton_fabric")
s.unmet("ผ้าปักชาวเขา ม้ง เย้า เป็นผืน", "hill-tribe embroidered cloth: no one offers it")
s.need("ผ้าย้อมสีธรรมชาติ ไม่เอาสีเคมี", "naturally_dyed_cotton_fabric", "indigo_dyed_cotton_fabric")

s = sme(63, "en", "Warorot Haberdashery", ALC, DOWN, "Chiang Mai", "warorot-haberdashery")
s.offer("tape measures, tailor's chalk, seam rippers", "sewing_hand_tools")
s.offer("hand needles and dressmaker pins", "sewing_needles_pins")
s.need("wooden or coconut buttons", "natural_buttons")
s.need("assorted nylon zips 7-22 in", "nylon_coil_zip")
s.need("cross-stitch floss", "hand_embroidery_floss")

s = sme(64, "th", "ร้านผ้าสวย หาดใหญ่", ALC, DOWN, "Songkhla", "hatyai-phasuay")
s.offer("ผ้าปาเต๊ะ ผ้าบาติก ขายส่ง", "batik_fabric")
s.offer("ผ้าลายดอก ตัดชุดเดรส", "printed_cotton_fabric")
s.need("ผ้าบาติกเขียนมือ จากภูเก็ต", "batik_fabric")
s.need("ผ้าไหมเป็นเมตร ไม่ต้องมีตรานกยูง", "silk_fabric", waive=(PEACOCK,))

s = sme(65, "en", "Ubon Fabric Centre", ALI, DOWN, "Ubon Ratchathani", "ubon-fabric")
s.offer("white TC school shirting by the yard", "school_uniform_fabric")
s.need("pakama in bulk for temple fairs", "pha_khao_ma")
s.need("silk with the Peacock Emblem for gift sets", "silk_fabric", req=(PEACOCK,))

s = sme(66, "th", "ร้านจักรเย็บผ้า อุดรการช่าง", ALI, DOWN, "Udon Thani", "udon-sewingmachine")
s.offer("จักรกระเป๋าหิ้ว ใช้ในบ้าน", "domestic_sewing_machine")
s.offer("รับซ่อมจักร ล้างจักร ถึงบ้าน", "sewing_machine_repair_service")
s.offer("จักรพ้ง จักรเข็มเดี่ยว มือสอง สภาพดี", "secondhand_sewing_machine")
s.unmet("เข็มจักรบ้าน HAx1", "household machine needles: only industrial DBx1 and hand needles are offered")

s = sme(67, "th", "ศูนย์จักรเย็บผ้า วงเวียน 22", ALC, DOWN, "Bangkok", "smc-bangkok")
s.offer("จักรเย็บอุตสาหกรรม Juki ของใหม่ ประกัน 1 ปี", "industrial_sewing_machine")
s.offer("จักรบ้าน Brother ปักได้ เย็บได้", "domestic_sewing_machine")
s.unmet("ไหมพรม ขนแกะ สำหรับคลาสถักนิตติ้ง", "wool knitting yarn: no one offers it")

s = sme(68, "en", "Sukhumvit Bespoke Tailors", ALC, DOWN, "Bangkok", "sukhumvit-bespoke")
s.offer("made-to-measure suits and shirts", "tailored_garments")
s.offer("alterations while you wait", "alteration_service")
s.need("fusible interlining for jackets", "interfacing")
s.need("metal trouser zips", "metal_zip")

s = sme(69, "th", "ร้านตัดเสื้อ ป้าแดง", ALI, DOWN, "Khon Kaen", "padaeng-tailor")
s.offer("รับตัดชุดผ้าไหม ชุดไทย", "tailored_garments")
s.offer("รับแก้ผ้า ขาเอว", "alteration_service")
s.need("ซิปซ่อน หลายสี", "nylon_coil_zip")
s.need("ผ้าไหมไทย ตัดชุด เป็นเมตร", "silk_fabric")

s = sme(70, "en", "Phuket Town Tailors", ALC, DOWN, "Phuket", "phuket-tailors")
s.offer("tailored shirts in 48 hours", "tailored_garments")
s.unmet("European linen, 150 cm", "linen fabric: no one offers it")
s.need("4-hole white shirt buttons, 10,000 pcs", "plastic_buttons")

s = sme(71, "th", "ร้านชุดนักเรียน ปากน้ำโพ", ALC, DOWN, "Nakhon Sawan", "paknampho-uniform")
s.offer("ชุดนักเรียนสำเร็จรูป ทุกไซส์", "school_uniforms")
s.offer("รับปักชื่อ ปักอักษรย่อโรงเรียน", "embroidery_service")
s.need("ผ้าโทเร ผ้านักเรียน ได้ มอก.", "school_uniform_fabric", req=(TIS,))
s.need("กระดุมเสื้อนักเรียน สีขาว", "plastic_buttons")

s = sme(72, "en", "Ban Nong Khai Primary School", ALI, DOWN, "Nong Khai", "bannongkhai-school")
s.need("student uniforms, 250 sets, TIS mark not required", "school_uniforms", waive=(TIS,))
s.need("pins and hand needles for sewing class", "sewing_needles_pins")
s.need("ribbons for sports day rosettes", "ribbon")

s = sme(73, "th", "วิทยาลัยสารพัดช่างน่าน", HEMP, DOWN, "Nan", "nan-polytechnic")
s.offer("สอนตัดเย็บ หลักสูตรระยะสั้น", "sewing_lessons")
s.need("จักรอุตสาหกรรม ของใหม่ 10 ตัว", "industrial_sewing_machine")
s.need("แพทเทิร์นกระดาษ สำหรับนักเรียน", "paper_sewing_patterns")
s.need("ผ้าดิบ ไว้ฝึกตัด", "greige_cotton_cloth")

s = sme(74, "en", "Trang Vocational College, Fashion Dept.", ALC, DOWN, "Trang", "trang-vocational")
s.need("muslin for toiles", "greige_cotton_cloth")
s.need("tape measures and tailor's chalk, 60 sets", "sewing_hand_tools")
s.unmet("dress forms size 8", "dress forms: no one offers them")

s = sme(75, "th", "กลุ่มแม่บ้านหมอนขวาน ยโสธร", ALI, DOWN, "Yasothon", "yasothon-cushions", certs=(OTOP,))
s.offer("หมอนขวาน หมอนสามเหลี่ยม ผ้าขิด", "triangle_cushions")
s.offer("ผ้าห่มนวม เย็บมือ", "patchwork_quilts")
s.need("นุ่น หรือ ใยยัดหมอน", "stuffing_fibre")
s.need("ผ้าทอลายขิด ไว้เย็บหมอน", "khit_cotton_fabric")

s = sme(76, "en", "Hua Hin Quilters' Circle", CIRC, DOWN, "Prachuap Khiri Khan", "huahin-quilters")
s.offer("handmade patchwork quilts, queen size", "patchwork_quilts")
s.need("bags of cotton remnants for patchwork", "deadstock_fabric_remnants")
s.need("quilt batting, 100 cm roll", "batting_wadding")

s = sme(77, "th", "ชมรมคนรักงานผ้า ลำปาง", CIRC, DOWN, "Lampang", "lampang-fabric-club")
s.need("อยากได้ผ้าเศษชิ้นใหญ่ๆ ไว้ทำกระเป๋า", "deadstock_fabric_remnants")
s.need("ใครมีแพทเทิร์นกระเป๋าขายบ้าง", "paper_sewing_patterns")
s.need("ผ้ากุ๊น คละสี", "bias_binding")

s = sme(78, "th", "ร้านผ้าหัวม้วน บางบัวทอง", CIRC, DOWN, "Nonthaburi", "bangbuathong-remnants", bcg=("circular",))
s.offer("ผ้าหัวม้วน ผ้าค้างสต็อก กิโลละ 120", "deadstock_fabric_remnants")
s.offer("ผ้ายืดชิ้นใหญ่ คละสี", "deadstock_fabric_remnants")
s.unmet("ถุงพลาสติกใส่ผ้า แพ็กละ 100 ใบ", "packaging bags: no one offers them")

s = sme(79, "en", "Deadstock Fabric Exchange", CIRC, DOWN, "Bangkok", "deadstock-exchange", bcg=("circular",))
s.offer("end-of-roll fabric from export factories, 5-20 m pieces", "deadstock_fabric_remnants")
s.unmet("small warehouse to rent near Sampeng", "warehouse space: no one offers it")

s = sme(80, "en", "Indigo Nomad Bags", HEMP, DOWN, "Chiang Mai", "indigo-nomad")
s.offer("indigo handwoven cotton tote bags", "tote_bags")
s.need("vat-dyed blue cotton cloth, no synthetic indigo", "indigo_dyed_cotton_fabric")
s.need("antique brass zips 20 cm", "metal_zip")

s = sme(81, "th", "กระเป๋าผ้ารีไซเคิล สามพราน", CIRC, DOWN, "Nakhon Pathom", "sampran-bags", bcg=("circular",))
s.offer("กระเป๋าผ้าจากเศษผ้าเหลือใช้ ย้อมคราม", "tote_bags")
s.need("ผ้าชิ้นใหญ่ หัวม้วน ไม่เอาเศษชิ้นเล็ก", "deadstock_fabric_remnants")
s.need("จ้างย้อมคราม กระเป๋าที่เย็บเสร็จแล้ว", "indigo_dyeing_service")

s = sme(82, "en", "Baan Mo Hom Apparel", HEMP, DOWN, "Phrae", "baan-mohom")
s.offer("mo hom indigo shirts, unisex", "indigo_cotton_shirts")
s.need("indigo cloth, 500 m a month", "indigo_dyed_cotton_fabric")
s.need("coconut buttons, OTOP not required", "natural_buttons", waive=(OTOP,))

s = sme(83, "th", "ใส่สบาย เสื้อผ้าผู้สูงวัย", ALC, DOWN, "Nonthaburi", "saisabai-wear")
s.offer("เสื้อผ้าผู้สูงอายุ ติดตีนตุ๊กแก ใส่ง่าย", "adaptive_clothing_elderly")
s.need("ผ้าคอตตอนพิมพ์ลาย ผ่าน OEKO-TEX", "printed_cotton_fabric", req=(OEKO,))
s.need("ตีนตุ๊กแกแบบนุ่ม ไม่บาดผิว", "hook_and_loop_tape")
s.unmet("กระดุมแม่เหล็ก", "magnetic fasteners: no one offers them")

s = sme(84, "en", "Silver Comfort Wear", ALI, DOWN, "Khon Kaen", "silver-comfort")
s.offer("adaptive garments for wheelchair users", "adaptive_clothing_elderly")
s.need("CMT sewing partner in Isan", "cmt_sewing_service")
s.need("soft latex-free elastic 2 cm", "elastic_band")

s = sme(85, "th", "สปอร์ตไลน์ เสื้อกีฬา", SPORT, DOWN, "Bangkok", "sportline")
s.offer("เสื้อกีฬาทีม พิมพ์ซับลิเมชั่น", "team_sports_jerseys")
s.need("ผ้ากีฬารีไซเคิล ต้องมี GRS", "sports_knit_fabric", req=(GRS,))
s.need("โรงงานรับเย็บเสื้อกีฬา", "cmt_sewing_service")

s = sme(86, "en", "Korat FC Supporters Shop", SPORT, DOWN, "Nakhon Ratchasima", "koratfc-shop")
s.offer("replica football shirts, club licensed", "replica_football_shirts")
s.need("custom team jerseys, 500 pcs", "team_sports_jerseys")
s.need("print our crest on shirts we supply", "screen_printing_service")

s = sme(87, "th", "โรงพยาบาลบ้านไผ่", ALI, DOWN, "Khon Kaen", "banphai-hospital")
s.need("ชุดผู้ป่วย เสื้อผ่าหน้า กางเกงเอวยาง", "patient_gowns")
s.need("ผ้าปูที่นอน ฝ้าย 100% สีขาว", "bed_linen")

s = sme(88, "en", "Golden Years Care Home", ALC, DOWN, "Phuket", "golden-years")
s.need("easy-dress clothing for residents with dementia", "adaptive_clothing_elderly")
s.unmet("washable incontinence underwear", "incontinence wear: no one offers it")
s.need("Who can mend and alter residents' clothes?", "alteration_service")

s = sme(89, "th", "ศูนย์ดูแลผู้สูงอายุ บ้านสุขใจ", ALI, DOWN, "Nakhon Ratchasima", "baansukjai")
s.need("ผ้าห่มนวม น้ำหนักเบา", "patchwork_quilts")
s.need("อยากหาคนมาสอนตัดเย็บ เป็นกิจกรรม", "sewing_lessons")
s.need("ไหมปักครอสติช สำหรับกิจกรรม", "hand_embroidery_floss")

s = sme(90, "en", "Riverside Heritage Hotel", ALC, DOWN, "Phra Nakhon Si Ayutthaya", "riverside-heritage")
s.need("bed linen, OEKO-TEX required", "bed_linen", req=(OEKO,))
s.need("triangle cushions for the lobby", "triangle_cushions")

s = sme(91, "th", "โรงงานผ้าปูที่นอน สามพราน", ALC, DOWN, "Nakhon Pathom", "sampran-linen", certs=(OEKO,))
s.offer("ผ้าปูที่นอน ปลอกหมอน สำหรับโรงแรม", "bed_linen")
s.offer("ชุดคนไข้ ชุดผู้ป่วย", "patient_gowns")
s.need("ผ้าดิบ หน้ากว้าง 90 นิ้ว", "greige_cotton_cloth")

s = sme(92, "en", "MediTex Garments", ALC, DOWN, "Pathum Thani", "meditex", certs=(ISO13485,))
s.offer("snap-back patient gowns", "patient_gowns")
s.unmet("medical-grade press studs", "press studs: no one offers them")

s = sme(93, "th", "โรงเรียนสอนตัดเสื้อ ครูนิด", ALC, DOWN, "Kanchanaburi", "khrunit-school")
s.offer("สอนตัดเย็บ สอนทำแพทเทิร์น", "sewing_lessons")
s.need("จักรกระเป๋าหิ้ว 5 เครื่อง", "domestic_sewing_machine")
s.need("ผ้าดิบ ฝึกตัด", "greige_cotton_cloth")

s = sme(94, "th", "ชมรมวิ่งเทรล เชียงราย", SPORT, DOWN, "Chiang Rai", "chiangrai-trail")
s.need("เสื้อวิ่ง สกรีนชื่องาน 300 ตัว", "team_sports_jerseys")
s.unmet("ชิปจับเวลาวิ่ง", "race timing chips: no one offers them")

s = sme(95, "en", "Active Seniors Wear", SPORT, DOWN, "Chiang Mai", "active-seniors")
s.offer("yoga and walking wear for over-60s", "activewear")
s.need("4-way stretch knit, OEKO-TEX required", "sports_knit_fabric", req=(OEKO,))
s.need("hook-and-loop tape", "hook_and_loop_tape")


# ====================================================================== links


def canonical_certs(smeobj: Sme) -> set[str]:
    return {resolve_certification(c) or c for c in smeobj.certs}


def qualified_suppliers(buyer: Sme, item: Need) -> list[Sme]:
    """The SMEs whose offers meet the need: a listed label, every required certification held."""
    wanted = set(item.labels)
    return [
        supplier
        for supplier in SMES
        if supplier is not buyer
        and any(label in wanted for _, label in supplier.offers)
        and set(item.requires) <= canonical_certs(supplier)
    ]


def true_links() -> list[tuple[str, str]]:
    pairs = {
        (supplier.id, buyer.id)
        for buyer in SMES
        for item in buyer.needs
        if not item.unmet_note
        for supplier in qualified_suppliers(buyer, item)
    }
    return sorted(pairs)


# ====================================================================== checks

ID_RE = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]*[a-z0-9]$")
THAI_LETTER = re.compile(r"[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile(r"[A-Za-z]")
CERT_KEY_NOISE = re.compile(r"[\s\-_.,'()]+")


def _key(text: str) -> str:
    return CERT_KEY_NOISE.sub("", unicodedata.normalize("NFKC", text).casefold())


def names_certification(text: str, name: str) -> bool:
    """Whether `text` spells out certification `name` (its name, an alias or a mention)."""
    cert = next(c for c in CERTIFICATIONS if c.name == name)
    spellings = (cert.name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
    return any(_key(spelling) in _key(text) for spelling in spellings if len(_key(spelling)) >= 2)


def language_problem(text: str, lang: str) -> str | None:
    if lang == "en":
        if not text.isascii():
            return "English phrase has non-Latin characters"
        return None
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    if thai < 2 * latin or thai == 0:
        return "Thai phrase is not mostly Thai letters"
    return None


def check(links: list[tuple[str, str]]) -> list[str]:
    problems: list[str] = []
    ids = [s.id for s in SMES]
    if ids != [f"{ID_PREFIX}-{n:03d}" for n in range(1, N_PROFILES + 1)]:
        problems.append("ids are not bhd-001 .. bhd-095 in order")
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    slugs = [s.slug for s in SMES]
    if len(set(slugs)) != len(slugs):
        problems.append("duplicate e-mail slugs")
    sub_values = {v.value for v in SubCluster}
    stage_values = {v.value for v in Stage}
    bcg_values = {v.value for v in BcgTag}
    offered_by: dict[str, set[str]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)
    for s in SMES:
        where = s.id
        if not ID_RE.match(s.id):
            problems.append(f"{where}: malformed id")
        if s.lang not in ("th", "en"):
            problems.append(f"{where}: language {s.lang!r}")
        if s.sub_cluster not in sub_values:
            problems.append(f"{where}: sub-cluster {s.sub_cluster!r}")
        if s.stage not in stage_values:
            problems.append(f"{where}: stage {s.stage!r}")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            problems.append(f"{where}: province {s.province!r} is not a canonical province name")
        for cert in s.certs:
            if resolve_certification(cert) != cert:
                problems.append(f"{where}: certification {cert!r} is not canonical")
        if len(set(s.certs)) != len(s.certs):
            problems.append(f"{where}: repeated certification")
        if not set(s.bcg) <= bcg_values or len(set(s.bcg)) != len(s.bcg):
            problems.append(f"{where}: bcg {s.bcg!r}")
        if not SLUG_RE.match(s.slug):
            problems.append(f"{where}: e-mail slug {s.slug!r}")
        if not s.name.strip():
            problems.append(f"{where}: empty name")
        if not (0 <= len(s.offers) <= 3 and 0 <= len(s.needs) <= 3) or not (s.offers or s.needs):
            problems.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        texts = [s.name] + [t for t, _ in s.offers] + [n.text for n in s.needs]
        for text in texts:
            if text != text.strip() or not text or "  " in text:
                problems.append(f"{where}: badly spaced phrase {text!r}")
            issue = language_problem(text, s.lang)
            if issue:
                problems.append(f"{where}: {issue}: {text!r}")
        for _, label in s.offers:
            if not LABEL_RE.match(label):
                problems.append(f"{where}: offer label {label!r}")
        offer_texts = {_key(t) for t, _ in s.offers}
        for item in s.needs:
            if _key(item.text) in offer_texts:
                problems.append(f"{where}: need repeats an offer: {item.text!r}")
            if item.unmet_note:
                if item.labels or item.requires or item.waives:
                    problems.append(f"{where}: unmet need with labels: {item.text!r}")
                continue
            if not item.labels:
                problems.append(f"{where}: need without labels or note: {item.text!r}")
            for label in item.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    problems.append(f"{where}: label {label!r} is offered by no one else")
            for cert in item.requires + item.waives:
                if resolve_certification(cert) != cert:
                    problems.append(f"{where}: need certification {cert!r} is not canonical")
                elif not names_certification(item.text, cert):
                    problems.append(f"{where}: need does not name {cert!r}: {item.text!r}")
            if set(item.requires) & set(item.waives):
                problems.append(f"{where}: a certification both required and waived")
            if not qualified_suppliers(s, item):
                problems.append(f"{where}: need met by no one but not marked: {item.text!r}")
    # an unmet need must stay unmet whatever the labels say: no offer text may repeat it
    all_offer_texts = {_key(t) for s in SMES for t, _ in s.offers}
    for s in SMES:
        for item in s.needs:
            if item.unmet_note and _key(item.text) in all_offer_texts:
                problems.append(f"{s.id}: unmet need is worded like an offer: {item.text!r}")
    counts = tally(links)
    targets = [
        ("profiles", counts["profiles"] == N_PROFILES),
        ("Thai share 50-60 %", 0.50 <= counts["th"] / counts["profiles"] <= 0.60),
        ("true links 160-180", 160 <= counts["links"] <= 180),
        ("cross-language share 40-60 %", 0.40 <= counts["cross"] / max(counts["links"], 1) <= 0.60),
        ("needs met by no one 17-23", 17 <= counts["unmet"] <= 23),
        ("most met needs have 1-3 suppliers", counts["met_1_3"] >= 0.6 * counts["met"]),
    ]
    problems += [f"target missed: {name}" for name, ok in targets if not ok]
    return problems


# ====================================================================== counts


def tally(links: list[tuple[str, str]]) -> dict[str, int]:
    by_id = {s.id: s for s in SMES}
    needs = [(s, n) for s in SMES for n in s.needs]
    met = [(s, n) for s, n in needs if not n.unmet_note]
    supplier_counts = [len(qualified_suppliers(s, n)) for s, n in met]
    th_en = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    return {
        "profiles": len(SMES),
        "th": sum(1 for s in SMES if s.lang == "th"),
        "en": sum(1 for s in SMES if s.lang == "en"),
        "offers": sum(len(s.offers) for s in SMES),
        "offer_labels": len({label for s in SMES for _, label in s.offers}),
        "needs": len(needs),
        "met": len(met),
        "unmet": len(needs) - len(met),
        "met_1_3": sum(1 for c in supplier_counts if 1 <= c <= 3),
        "met_4_plus": sum(1 for c in supplier_counts if c >= 4),
        "requires": sum(1 for _, n in needs if n.requires),
        "waives": sum(1 for _, n in needs if n.waives),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross": th_en + en_th,
        "within": len(links) - th_en - en_th,
        "cross_sub": sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster),
        "provinces": len({s.province for s in SMES}),
    }


def counts_table(links: list[tuple[str, str]]) -> str:
    c = tally(links)
    rows: list[tuple[str, str]] = [
        ("profiles", str(c["profiles"])),
        ("Thai / English profiles", f"{c['th']} / {c['en']}"),
    ]
    subs = Counter(s.sub_cluster for s in SMES)
    rows += [(f"sub-cluster `{v.value}`", str(subs[v.value])) for v in SubCluster]
    stages = Counter(s.stage for s in SMES)
    rows += [(f"stage `{v.value}`", str(stages[v.value])) for v in Stage]
    regions = Counter(resolve_province(s.province).region.value for s in SMES)  # type: ignore[union-attr]
    rows += [(f"region `{name}`", str(n)) for name, n in sorted(regions.items())]
    cross_share = 100 * c["cross"] / max(c["links"], 1)
    rows += [
        ("distinct provinces", str(c["provinces"])),
        ("offers", str(c["offers"])),
        ("distinct offer labels", str(c["offer_labels"])),
        ("needs", str(c["needs"])),
        ("needs met / met by no one", f"{c['met']} / {c['unmet']}"),
        ("met needs with 1-3 / 4 or more qualified suppliers", f"{c['met_1_3']} / {c['met_4_plus']}"),
        ("needs requiring a certification", str(c["requires"])),
        ("needs waiving a certification", str(c["waives"])),
        ("true links", str(c["links"])),
        ("links Thai supplier -> English buyer", str(c["th_en"])),
        ("links English supplier -> Thai buyer", str(c["en_th"])),
        ("cross-language links (share)", f"{c['cross']} ({cross_share:.1f} %)"),
        ("within-language links", str(c["within"])),
        ("links between different sub-clusters", str(c["cross_sub"])),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [f"| {'count':<{width}} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {name:<{width}} | {value} |" for name, value in rows]
    return "\n".join(lines)


# ====================================================================== output


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [item.text for item in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": f"{s.slug}@example.co.th",
        "language": s.lang,
    }
    return json.dumps(record, ensure_ascii=False)


README = """\
# Evaluation set `blind_plain_haberdashery`

A hand-labelled test set for partner matching: 95 SME profiles of the cluster written as plain registry
entries, and the true supplier -> buyer links between them.

## What it checks

Whether matching finds true supplier-buyer pairs from wording it has never seen. The theme is haberdashery
and fabric shops: fabric by the metre and remnants, sewing notions (buttons, zips, threads, needles, pins,
tape measures), bias binding, ribbons and lace, interfacing, paper patterns, shops in Pahurat, Sampeng and
Warorot, tailors, schools and home sewers that buy; plus ordinary upstream and midstream suppliers (fibre,
yarn, dye stuff, waste, weaving, dyeing, printing, sewing for others). Each kind of goods is written in
many ways (Thai and English, regional and trade names, brands, abbreviations, sizes, prices, minimum
orders), and a need is usually worded differently from the offers that meet it, often in the other
language. Hard but fair cases include a service versus the goods it works on (indigo dyeing of the
customer's cloth versus indigo cloth, sewing for others versus finished garments), waste and used goods
versus new, raw versus processed (fibre, yarn, cloth, product), finished goods described by material or
technique (an indigo cotton bag is a bag), machine embroidery thread versus hand floss, needs written as
a wish, a bare noun phrase or a question, refusals, needs that require a named certification and needs
that name one only to waive it, and needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the shared contracts (cluster profiles JSONL version 1 and the
links CSV), `shared/taxonomy.py` with its data files, and the ruff settings of the project; nothing of the
matcher, the glossary, the tests, other evaluation sets or the project's data.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels that
would meet it and the certifications its text requires, or is marked as met by no one with a short note.
A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of
the buyer's needs and the supplier's certifications hold every certification that need requires. An SME
is never linked to itself. Shared words play no part; quantities, prices and places never decide a link;
what changes what the thing is does. A waived certification ("GRS welcome but not required") is not
required. The labels live only in `write.py`; the profiles carry no labels.

Before writing, the script checks ids, every contract field (sub-cluster, stage and BCG values of the
taxonomy, provinces through `resolve_province`, certifications through `resolve_certification`), that every
label a need lists is offered by someone other than the buyer, that every met need has a qualified supplier,
that a required or waived certification is named in the need's text, that Thai phrases are mostly Thai
letters and English ones Latin only, and the size targets. It writes nothing if a check fails, and two runs
give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_haberdashery/write.py

## Files

- `write.py`: all the data and labels; writes the three files below and prints the counts.
- `profiles.jsonl`: 95 profiles, ids `bhd-001` to `bhd-095`, contract format, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def main() -> int:
    links = true_links()
    problems = check(links)
    if problems:
        print("not written:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        print(counts_table(links), file=sys.stderr)
        return 1
    table = counts_table(links)
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    links_csv = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    outputs = {
        "profiles.jsonl": profiles,
        "links.csv": links_csv,
        "README.md": README.format(table=table),
    }
    for name, text in outputs.items():
        (OUT_DIR / name).write_text(text, encoding="utf-8", newline="\n")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
