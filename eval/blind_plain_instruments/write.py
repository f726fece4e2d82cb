"""Write the hand-labelled evaluation set `eval/blind_plain_instruments/`.

Theme: musical instrument cases, straps, covers and drapes, with the ordinary fibre, yarn, cloth,
dyeing and sewing suppliers of the cluster. Every profile below was written by hand. Each offer is a
`(text, label)` pair whose label says what the thing is; each need lists the offer labels that would
meet it and the certifications its text requires (or is marked as met by no one, with a note). The
true links follow from those labels alone; the labels never leave this file.

Run from the repository root:

    .venv/bin/python eval/blind_plain_instruments/write.py

It checks the data first and writes `profiles.jsonl`, `links.csv` and `README.md` only when every
check passes.
"""

from __future__ import annotations

import importlib
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
sys.dont_write_bytecode = True  # write nothing outside this folder, not even a bytecode cache


taxonomy = importlib.import_module("shared.taxonomy")

ID_PREFIX = "bmi"
EXPECTED_PROFILES = 95

# Sub-clusters and stages, as the taxonomy spells them.
HEMP = taxonomy.SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = taxonomy.SubCluster.CIRCULAR_TEXTILE.value
SPORT = taxonomy.SubCluster.SPORTECH.value
ALC = taxonomy.SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = taxonomy.SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = taxonomy.Stage.UPSTREAM.value
MID = taxonomy.Stage.MIDSTREAM.value
DOWN = taxonomy.Stage.DOWNSTREAM.value


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str  # why no one in the set meets it; empty when someone does


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    handle: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = (), unmet: str = "") -> Need:
    return Need(text, tuple(labels), tuple(req), tuple(waive), unmet)


def sme(
    head: tuple[int, str, str, str, str, str, str],
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    """`head` is (number, language, name, sub-cluster, stage, province, e-mail handle)."""
    num, language, name, sub_cluster, stage, province, handle = head
    return Sme(num, language, name, sub_cluster, stage, province, handle, tuple(offers), tuple(needs), certs, bcg)


# ====================================================================== data

# ---------------------------------------------------------------- upstream: fibre, yarn, waste, dyestuff

UPSTREAM: tuple[Sme, ...] = (
    sme(
        (1, "th", "กลุ่มปลูกฝ้ายพื้นเมือง บ้านนาพึง", ALI, UP, "Loei", "fai-naphueng"),
        offers=[
            ("ปุยฝ้ายดิบ พันธุ์พื้นเมือง ขายเป็นกิโล", "raw_cotton_fibre"),
            ("ฝ้ายเข็นมือ เส้นใหญ่ มัดละครึ่งกิโล", "handspun_cotton_yarn"),
        ],
        needs=[
            need("อยากได้เมล็ดพันธุ์ฝ้ายดี ไว้ปลูกปีหน้า", unmet="cotton planting seed; no one sells seed"),
        ],
        bcg=("bio",),
    ),
    sme(
        (2, "th", "วิสาหกิจชุมชนกัญชงบ้านแม่แรม", HEMP, UP, "Chiang Mai", "maeram-hemp"),
        offers=[
            ("เปลือกกัญชงลอกแห้ง มัดละ 5 กก.", "hemp_fibre"),
            ("ด้ายกัญชงปั่นมือ แบบม้ง", "hemp_yarn"),
        ],
        needs=[
            need("เครื่องลอกเปลือกกัญชง มือสองก็ได้", unmet="a decorticating machine; no one sells machinery"),
        ],
        bcg=("bio",),
    ),
    sme(
        (3, "en", "Doi Hemp Fibre Co., Ltd.", HEMP, UP, "Tak", "doihemp"),
        offers=[
            ("Degummed hemp bast fibre, 50 kg bales", "hemp_fibre"),
            ("Hemp yarn Nm 12, natural grey, on cones", "hemp_yarn"),
        ],
        needs=[],
        certs=("Organic Thailand",),
        bcg=("bio", "green"),
    ),
    sme(
        (4, "en", "Siam rPET Fibre Co.", CIRC, UP, "Rayong", "siamrpet"),
        offers=[
            ("Hollow conjugated fibre fill 7D made from PET bottles", "recycled_polyester_fibre_fill"),
            ("rPET filament 150D/48F, dope-dyed black", "recycled_polyester_yarn"),
        ],
        needs=[
            need(
                "Baled clear PET bottles, post-consumer, 10 t/month",
                unmet="PET bottle bales; no bottle collector in the set",
            ),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        (5, "th", "อ้อมน้อยรีไซเคิล รับซื้อเศษผ้า", CIRC, UP, "Samut Sakhon", "omnoi-recycle"),
        offers=[
            ("เศษผ้าฝ้ายจากห้องตัด คัดสีแล้ว กระสอบละ 25 กก.", "cotton_offcuts"),
            ("กางเกงยีนส์เก่า คัดเกรด ขายเหมาตัน", "used_denim"),
        ],
        needs=[
            need("รับซื้อเศษไนล่อน เศษโพลีเอสเตอร์ จากโรงงานเย็บกระเป๋า", "synthetic_offcuts"),
        ],
        bcg=("circular",),
    ),
    sme(
        (6, "th", "สวนนุ่นลุงเสงี่ยม", ALC, UP, "Kanchanaburi", "kapok-sangiam"),
        offers=[
            ("นุ่นปั่น แยกเมล็ดแล้ว สำหรับยัดหมอน ที่นอน", "kapok_fibre"),
        ],
        needs=[],
        bcg=("bio",),
    ),
    sme(
        (7, "th", "กลุ่มเลี้ยงไหมบ้านหนองบัวทอง", ALI, UP, "Surin", "nongbuathong-silk"),
        offers=[
            ("เส้นไหมน้อย ไหมพันธุ์พื้นบ้าน สาวมือ", "silk_yarn"),
            ("รังไหมเหลือง ตากแห้ง", "silk_cocoons"),
        ],
        needs=[
            need("ใบหม่อนสด ส่งทุกสัปดาห์", unmet="mulberry leaves; no grower in the set"),
        ],
        bcg=("bio",),
    ),
    sme(
        (8, "en", "Chiang Rai Organic Cotton Co.", HEMP, UP, "Chiang Rai", "cr-organiccotton"),
        offers=[
            ("GOTS organic cotton yarn Ne 16/1, undyed", "organic_cotton_yarn"),
        ],
        needs=[],
        certs=("GOTS", "Organic Thailand"),
        bcg=("bio", "green"),
    ),
    sme(
        (9, "th", "ไร่ครามพันนา", ALI, UP, "Sakon Nakhon", "phanna-indigo"),
        offers=[
            ("เนื้อครามเปียก ครามฝักปลูกเอง ถังละ 20 กิโล", "indigo_paste"),
        ],
        needs=[],
        bcg=("bio",),
    ),
    sme(
        (10, "en", "Isan Natural Colours", ALI, UP, "Kalasin", "isancolours"),
        offers=[
            ("Sticklac for red dyeing, 5 kg sacks", "lac_dyestuff"),
            ("Sun-dried makluea (ebony) fruit for black dye", "ebony_dyestuff"),
        ],
        needs=[
            need("Indigo paste to resell, about 100 kg a month, Sakon or Udon area", "indigo_paste"),
        ],
        bcg=("bio",),
    ),
    sme(
        (11, "en", "Bangkok Textile Recovery", CIRC, UP, "Bangkok", "bkk-textilerecovery"),
        offers=[
            ("GRS recycled cotton fibre, shredded and opened", "recycled_cotton_fibre"),
            ("Sorted post-consumer clothing, grade A/B", "used_clothing"),
        ],
        needs=[
            need("Cutting-room scraps, mostly cotton", "cotton_offcuts"),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        (12, "th", "ส.เจริญค้าของเก่า", CIRC, UP, "Chonburi", "sor-charoen-scrap"),
        offers=[
            ("สายเข็มขัดนิรภัยเก่า ถอดจากรถเต็นท์ ขายเป็นกิโล", "used_seatbelt_webbing"),
            ("ผ้าใบคลุมรถบรรทุกเก่า ผืน 6x8 เมตร", "used_tarpaulin"),
        ],
        needs=[],
        bcg=("circular",),
    ),
    sme(
        (13, "th", "กลุ่มปอแก้วบ้านโคกกลาง", ALI, UP, "Roi Et", "khokklang-kenaf"),
        offers=[
            ("ปอแก้วลอกแห้ง มัดละ 10 กก.", "kenaf_fibre"),
            ("เชือกปอฟั่นมือ ม้วนละ 100 เมตร", "kenaf_rope"),
        ],
        needs=[],
        bcg=("bio",),
    ),
    sme(
        (14, "en", "PALF Fibre Lab", HEMP, UP, "Prachuap Khiri Khan", "palf-lab"),
        offers=[
            ("Pineapple leaf fibre, degummed and combed", "pineapple_leaf_fibre"),
        ],
        needs=[
            need("A mill that will spin our pineapple blend into yarn", "spinning_service"),
        ],
        bcg=("bio",),
    ),
    sme(
        (15, "en", "Lamphun Cotton Spinners", ALC, UP, "Lamphun", "lamphunspin"),
        offers=[
            ("Carded cotton yarn Ne 20/2, raw white", "cotton_yarn"),
            ("Cotton yarn dyed to order, 60 stock shades", "dyed_cotton_yarn"),
            ("Commission spinning of your fibre, MOQ 200 kg", "spinning_service"),
        ],
        needs=[
            need("Thai-grown seed cotton or lint", "raw_cotton_fibre"),
        ],
        certs=("OEKO-TEX Standard 100", "ISO 9001"),
    ),
    sme(
        (16, "th", "โรงปั่นด้ายรีไซเคิล บางพลี", CIRC, UP, "Samut Prakan", "bangphli-reyarn"),
        offers=[
            ("ด้ายรีไซเคิลปั่นจากเศษผ้า ฝ้ายผสมโพลี เบอร์ 10", "recycled_blend_yarn"),
            ("ด้ายโพลีเอสเตอร์รีไซเคิล จากขวดพลาสติก 300D", "recycled_polyester_yarn"),
        ],
        needs=[
            need("ใยฝ้ายรีไซเคิล ตีเปื่อยแล้ว", "recycled_cotton_fibre"),
            need("เศษผ้าคอตตอนสีพื้น ไม่มีลายพิมพ์", "cotton_offcuts"),
        ],
        certs=("RCS",),
        bcg=("circular",),
    ),
    sme(
        (17, "th", "ศูนย์คัดเสื้อผ้ามือสอง โรงเกลือ", CIRC, UP, "Sa Kaeo", "rongkluea-used"),
        offers=[
            ("เสื้อผ้ามือสองญี่ปุ่น เปิดกระสอบ 100 กิโล", "used_clothing"),
            ("ยีนส์มือสอง เกรดบี เหมาะทำงานอัพไซเคิล", "used_denim"),
        ],
        needs=[],
        bcg=("circular",),
    ),
    sme(
        (18, "en", "Nan Highland Handspun", HEMP, UP, "Nan", "nanhandspun"),
        offers=[
            ("Hand-spun hemp thread, undyed, 1 kg skeins", "hemp_yarn"),
            ("Thick hand-spun cotton for strap weaving", "handspun_cotton_yarn"),
        ],
        needs=[],
        bcg=("bio",),
    ),
    sme(
        (19, "th", "ไร่ฝ้ายอินทรีย์ ยโสธร", HEMP, UP, "Yasothon", "yaso-organicfai"),
        offers=[
            ("ฝ้ายตุ่น ฝ้ายพื้นเมืองสีน้ำตาล ปุยดิบ", "raw_cotton_fibre"),
            ("ด้ายฝ้ายอินทรีย์ปั่นเครื่อง เบอร์ 20 ได้มาตรฐานเกษตรอินทรีย์", "organic_cotton_yarn"),
        ],
        needs=[],
        certs=("Organic Thailand",),
        bcg=("bio", "green"),
    ),
    sme(
        (20, "th", "ใยสังเคราะห์ นครชัยศรี", SPORT, UP, "Nakhon Pathom", "nakhonchaisi-fibre"),
        offers=[
            ("ใยโพลีเอสเตอร์เกรดเอ ใยใหม่ สำหรับยัดหมอน ตุ๊กตา", "polyester_fibre_fill"),
        ],
        needs=[],
    ),
)

# ---------------------------------------------------------------- midstream: cloth, webbing, foam, parts, services

MIDSTREAM: tuple[Sme, ...] = (
    sme(
        (21, "th", "ป้าเพ็ญผ้าหม้อห้อม", HEMP, MID, "Phrae", "paphen-mohom"),
        offers=[
            ("ผ้าหม้อห้อมทอมือ ห้อมธรรมชาติ พับละ 10 หลา", "indigo_dyed_cotton_fabric"),
            ("รับย้อมห้อม ผ้าของลูกค้า คิดราคาเป็นเมตร", "indigo_dyeing_service"),
        ],
        needs=[
            need("ห้อมเปียก หมักแล้ว พร้อมก่อหม้อ", "indigo_paste"),
            need("ผ้าฝ้ายทอมือสีขาวดิบ ยังไม่ผ่านการย้อม", "handwoven_cotton_fabric"),
        ],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        (22, "en", "Sakon Indigo Studio", ALI, MID, "Sakon Nakhon", "sakonindigo"),
        offers=[
            ("Natural indigo handwoven cotton, 90 cm wide", "indigo_dyed_cotton_fabric"),
            ("Indigo vat dyeing of clients' yarn or cloth", "indigo_dyeing_service"),
        ],
        needs=[
            need("Fermented indigo from nearby farms", "indigo_paste"),
            need("Raw homespun cotton, natural white, for our weavers", "handspun_cotton_yarn"),
        ],
        bcg=("bio",),
    ),
    sme(
        (23, "th", "กลุ่มทอผ้าบ้านดอนช้าง", ALI, MID, "Khon Kaen", "donchang-weave"),
        offers=[
            ("ผ้าฝ้ายทอมือ สีขาวนวล ยังไม่ย้อม หน้ากว้าง 80 ซม.", "handwoven_cotton_fabric"),
            ("ผ้าขิดลายหมอนขวาน ทอมือ", "pha_khit_fabric"),
        ],
        needs=[
            need("ด้ายฝ้ายโรงงาน 20/2 สีขาว", "cotton_yarn", "organic_cotton_yarn"),
        ],
        certs=("OTOP",),
    ),
    sme(
        (24, "th", "แม่บัวไข ผ้าทอรับจ้าง", ALI, MID, "Maha Sarakham", "maebuakhai-weave"),
        offers=[
            ("รับทอผ้าตามสั่ง ใช้เส้นด้ายของลูกค้าเอง", "weaving_service"),
            ("ผ้าไหมมัดหมี่ลายโบราณ ผืนละ 2 เมตร", "matmi_silk_fabric"),
        ],
        needs=[
            need("ไหมพื้นบ้าน สาวมือ สีเหลือง", "silk_yarn"),
        ],
    ),
    sme(
        (25, "en", "Pak Thong Chai Silk House", ALC, MID, "Nakhon Ratchasima", "ptc-silk"),
        offers=[
            ("Mudmee silk with the Royal Peacock emblem, 4 m lengths", "matmi_silk_fabric"),
            ("Plain 2-ply Thai silk, 30 shades", "plain_silk_fabric"),
        ],
        needs=[
            need("Hand-reeled native yellow-cocoon silk", "silk_yarn"),
        ],
        certs=("Thai Silk Peacock Emblem",),
    ),
    sme(
        (26, "en", "Hemp Canvas Works", HEMP, MID, "Chiang Mai", "hempcanvasworks"),
        offers=[
            ("Hemp canvas 12 oz, natural, 150 cm", "hemp_canvas_fabric"),
            ("Hemp and cotton twill 55/45", "hemp_blend_fabric"),
        ],
        needs=[
            need("Warp yarn of hemp, Nm 6 to Nm 12", "hemp_yarn"),
            need("Recycled cotton-blend yarn for weft", "recycled_blend_yarn"),
        ],
        certs=("OEKO-TEX Standard 100",),
        bcg=("bio",),
    ),
    sme(
        (27, "th", "บจก. ผ้าใบเจริญกิจ", SPORT, MID, "Bangkok", "phabai-charoenkij"),
        offers=[
            ("ผ้าแคนวาสฝ้าย 100% เบอร์ 8 ม้วนละ 50 หลา", "cotton_canvas_fabric"),
            ("ผ้าใบเคลือบพีวีซี กันน้ำ", "pvc_coated_fabric"),
            ("ผ้าดิบทอเครื่อง หน้า 60 นิ้ว", "greige_cotton_fabric"),
        ],
        needs=[
            need("ด้ายฝ้ายดิบ เบอร์ 10 สำหรับเครื่องทอ", "cotton_yarn", "organic_cotton_yarn"),
        ],
    ),
    sme(
        (28, "en", "Oxford Tech Fabrics Co., Ltd.", SPORT, MID, "Samut Prakan", "oxfordtech"),
        offers=[
            ("600D polyester Oxford, PU backed, waterproof", "polyester_oxford_fabric"),
            ("1680D ballistic nylon, black and navy", "heavy_nylon_fabric"),
        ],
        needs=[
            need("Polyester filament yarn 300D to 600D", "recycled_polyester_yarn"),
        ],
        certs=("ISO 9001", "OEKO-TEX Standard 100"),
    ),
    sme(
        (29, "th", "โรงทอผ้าไนล่อน บางบัวทอง", SPORT, MID, "Nonthaburi", "bangbuathong-nylon"),
        offers=[
            ("ผ้าคอร์ดูร่า 1000D สีดำ เคลือบกันน้ำ", "heavy_nylon_fabric"),
            ("ผ้าร่มซับใน 210D หลายสี", "nylon_lining_fabric"),
        ],
        needs=[],
    ),
    sme(
        (30, "en", "RePET Textiles Co.", CIRC, MID, "Chonburi", "repet-textiles"),
        offers=[
            ("GRS rPET 600D Oxford, 58 in wide", "rpet_oxford_fabric"),
        ],
        needs=[
            need(
                "Recycled polyester filament with a GRS transaction certificate",
                "recycled_polyester_yarn",
                req=("GRS",),
            ),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        (31, "th", "เค.พี. โฟมบุกระเป๋า", SPORT, MID, "Samut Sakhon", "kp-foam"),
        offers=[
            ("ฟองน้ำประกบผ้า หนา 10 มม. ทำกระเป๋า", "foam_laminated_padding"),
            ("โฟมอีวาแผ่น ตัดขึ้นรูปตามแบบ", "eva_foam_sheet"),
        ],
        needs=[
            need(
                "ผ้าทริคอตขนนุ่ม สำหรับประกบหน้าฟองน้ำ",
                unmet="brushed tricot knit; no one in the set knits it",
            ),
        ],
    ),
    sme(
        (32, "en", "Korat Foam & Fibre", SPORT, MID, "Nakhon Ratchasima", "koratfoam"),
        offers=[
            ("Closed-cell PE foam sheet, 5 to 20 mm", "pe_foam_sheet"),
            ("Quilted padding: foam bonded to brushed knit", "foam_laminated_padding"),
        ],
        needs=[
            need(
                "Polyester wadding or loose fibre for quilting", "recycled_polyester_fibre_fill", "polyester_fibre_fill"
            ),
        ],
    ),
    sme(
        (33, "th", "ศรีสยาม กำมะหยี่", ALC, MID, "Bangkok", "srisiam-velvet"),
        offers=[
            ("ผ้ากำมะหยี่ขนสั้น บุกล่องเครื่องดนตรี", "velvet_fabric"),
            ("กำมะหยี่เวทีเนื้อหนา กันลามไฟ ผ่าน มอก.", "fr_velour_fabric"),
        ],
        needs=[],
        certs=("มอก.",),
    ),
    sme(
        (34, "en", "StageTex Bangkok", ALC, MID, "Bangkok", "stagetex"),
        offers=[
            ("Inherently flame-retardant velour 480 gsm", "fr_velour_fabric"),
            ("Black blackout cloth, 3 m wide", "blackout_fabric"),
        ],
        needs=[],
        certs=("ISO 9001",),
    ),
    sme(
        (35, "th", "ชัยเจริญ สายกระเป๋าทอลาย", SPORT, MID, "Samut Prakan", "chaicharoen-webbing"),
        offers=[
            ("สายแจ็คการ์ดทอลาย กว้าง 2 นิ้ว", "jacquard_webbing"),
            ("สายพีพี 38 มิล ม้วนละ 50 หลา", "pp_webbing"),
        ],
        needs=[
            need(
                "ด้ายโพลีรีไซเคิลสีดำ สำหรับทอสาย ไม่จำเป็นต้องมี GRS",
                "recycled_polyester_yarn",
                waive=("GRS",),
            ),
        ],
    ),
    sme(
        (36, "en", "Northern Webbing Mill", HEMP, MID, "Lampang", "northernwebbing"),
        offers=[
            ("Cotton herringbone tape 25-50 mm", "cotton_webbing"),
            ("Hemp webbing 38 mm, natural colour", "hemp_webbing"),
        ],
        needs=[
            need("Unbleached Ne 10 cotton for tape looms", "cotton_yarn", "organic_cotton_yarn"),
        ],
        bcg=("bio",),
    ),
    sme(
        (37, "th", "ร้านอะไหล่กระเป๋า พาหุรัด", SPORT, MID, "Bangkok", "pahurat-bagparts"),
        offers=[
            ("ซิป YKK เบอร์ 10 ตัดตามความยาว", "zipper"),
            ("ห่วงดี กิ๊ปล็อก ตัวปรับสาย พลาสติก", "plastic_bag_hardware"),
        ],
        needs=[],
    ),
    sme(
        (38, "en", "Strap Parts Trading", SPORT, MID, "Pathum Thani", "strapparts"),
        offers=[
            ("Metal strap locks, D-rings and ladder buckles", "metal_strap_hardware"),
        ],
        needs=[],
    ),
    sme(
        (39, "th", "กลุ่มย้อมสีธรรมชาติ บ้านหนองขาม", ALI, MID, "Ubon Ratchathani", "nongkham-dye"),
        offers=[
            ("รับย้อมครั่ง ย้อมมะเกลือ ผ้าหรือด้ายที่ลูกค้าส่งมา", "natural_dyeing_service"),
            ("ผ้าฝ้ายย้อมครั่ง สีแดงอิฐ", "natural_dyed_cotton_fabric"),
        ],
        needs=[
            need("ครั่งดิบ", "lac_dyestuff"),
            need("ลูกมะเกลือตากแห้ง", "ebony_dyestuff"),
        ],
        bcg=("bio",),
    ),
    sme(
        (40, "en", "Mango Leaf Natural Dye Co.", HEMP, MID, "Chiang Mai", "mangoleaf-dye"),
        offers=[
            ("Organic cotton cloth dyed with mango leaf and lac", "natural_dyed_cotton_fabric"),
            ("Natural dyeing on commission, GOTS-approved process", "natural_dyeing_service"),
        ],
        needs=[
            need("Certified organic cotton for weaving, GOTS only", "organic_cotton_yarn", req=("GOTS",)),
            need("Weavers who will turn our dyed yarn into cloth", "weaving_service"),
        ],
        certs=("GOTS",),
        bcg=("bio", "green"),
    ),
    sme(
        (41, "th", "ภูมิใจสกรีน", SPORT, MID, "Nonthaburi", "phumjai-screen"),
        offers=[
            ("รับสกรีนโลโก้ลงกระเป๋าผ้า ผ้าใบ ชิ้นงานลูกค้า", "screen_printing_service"),
            ("เสื้อยืดวงดนตรี สกรีนพร้อมส่ง ขั้นต่ำ 30 ตัว", "printed_tshirt"),
        ],
        needs=[
            need("เสื้อยืดคอกลม ผ้าคอตตอน ยังไม่สกรีน", "blank_tshirt"),
        ],
    ),
    sme(
        (42, "en", "Logo Stitch Embroidery", SPORT, MID, "Bangkok", "logostitch"),
        offers=[
            ("Computer embroidery of logos on bags and straps", "embroidery_service"),
            ("Woven labels and badges, MOQ 500", "woven_labels"),
        ],
        needs=[],
    ),
    sme(
        (43, "th", "โรงงานทวีทรัพย์ รับเย็บกระเป๋า", SPORT, MID, "Samut Sakhon", "thaweesap-sewing"),
        offers=[
            ("รับเย็บกระเป๋าตามแบบ ลูกค้าส่งผ้ามาเอง ขั้นต่ำ 100 ใบ", "bag_sewing_service"),
            ("เศษผ้าออกซ์ฟอร์ด ไนล่อน จากโต๊ะตัด", "synthetic_offcuts"),
        ],
        needs=[
            need("ผ้าโพลีเอสเตอร์ 600 ดีเนียร์ ม้วนใหญ่", "polyester_oxford_fabric", "rpet_oxford_fabric"),
            need("ซิปไนล่อน เบอร์ 8-10", "zipper"),
        ],
    ),
    sme(
        (44, "en", "CMT Bag Factory Nakhon Pathom", SPORT, MID, "Nakhon Pathom", "cmt-npt"),
        offers=[
            ("Cut-make-trim of padded bags and cases from client fabric", "bag_sewing_service"),
            ("Baled polyester cutting waste", "synthetic_offcuts"),
        ],
        needs=[
            need("10 mm padding sheets for bag panels", "foam_laminated_padding", "pe_foam_sheet", "eva_foam_sheet"),
            need("#10 coil zippers in bulk", "zipper"),
            need("Side-release buckles, plastic, 25 mm", "plastic_bag_hardware"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        (45, "th", "กลุ่มแม่บ้านสูงวัย บางกรวย", ALC, MID, "Nonthaburi", "bangkruai-elders"),
        offers=[
            ("ถุงผ้าใส่ขลุ่ย เย็บมือ ปักชื่อได้", "small_instrument_pouch"),
            ("ถุงผ้าหูรูด ใส่ฮาร์โมนิกา เมาท์ออร์แกน", "small_instrument_pouch"),
        ],
        needs=[
            need(
                "ผ้าฝ้ายย้อมสีจากพืช ไม่เอาสีเคมี",
                "natural_dyed_cotton_fabric",
                "indigo_dyed_cotton_fabric",
            ),
        ],
        bcg=("circular",),
    ),
    sme(
        (46, "th", "ร้านตัดชุดไทย อยุธยา", ALC, MID, "Phra Nakhon Si Ayutthaya", "ayut-thaisuit"),
        offers=[
            ("รับตัดชุดไทยนักดนตรี ผ้าลูกค้าก็ได้", "costume_tailoring_service"),
            ("ชุดไทย ชุดพื้นเมือง สำเร็จรูป สำหรับนักดนตรีมโหรี ปี่พาทย์ หมอลำ", "thai_music_costume"),
        ],
        needs=[
            need("ผ้าไหมพื้นเรียบ สีทอง สีเขียวขี้ม้า", "plain_silk_fabric"),
        ],
    ),
    sme(
        (47, "en", "Coat & Seal Finishing", SPORT, MID, "Chachoengsao", "coatseal"),
        offers=[
            ("PU or TPU coating of your fabric, per metre", "coating_service"),
        ],
        needs=[
            need("Looking for heavy cotton duck for wax trials", "cotton_canvas_fabric"),
        ],
    ),
    sme(
        (48, "th", "ผ้าขิดทอมือ บ้านโนนสะอาด", ALI, MID, "Nong Bua Lam Phu", "nonsaat-khit"),
        offers=[
            ("ผ้าขิดลายดอกแก้ว สีสด", "pha_khit_fabric"),
            ("สายสะพายพิณ ผ้าขิด ปลายหนัง", "instrument_strap"),
        ],
        needs=[
            need("ฝ้ายย้อมเคมี สีสด สำหรับทอลาย", "dyed_cotton_yarn"),
            need("สายทอจากฝ้ายหรือกัญชง ไม่เอาไนล่อนหรือพีพี", "cotton_webbing", "hemp_webbing"),
        ],
        certs=("OTOP",),
    ),
    sme(
        (49, "en", "FeltBack Recycling", CIRC, MID, "Pathum Thani", "feltback"),
        offers=[
            ("Needle-punched felt from textile waste, 5 mm", "recycled_felt_sheet"),
        ],
        needs=[
            need("Post-consumer garments of any fibre", "used_clothing", "used_denim"),
            need("Garnetted cotton shoddy for felting", "recycled_cotton_fibre"),
        ],
        bcg=("circular",),
    ),
    sme(
        (50, "th", "ผ้ากัญชงม้ง ดอยปุย", HEMP, MID, "Chiang Mai", "doipui-hmonghemp"),
        offers=[
            ("ผ้าใยกัญชงทอมือ เขียนเทียน ย้อมคราม แบบม้ง", "handwoven_hemp_fabric"),
        ],
        needs=[
            need(
                "ใยกัญชงที่ลอกเปลือกแล้ว ต้องได้มาตรฐานเกษตรอินทรีย์",
                "hemp_fibre",
                req=("Organic Thailand",),
            ),
        ],
        bcg=("bio",),
    ),
    sme(
        (51, "en", "SpaceKnit Mesh", SPORT, MID, "Samut Prakan", "spaceknit"),
        offers=[
            ("3D spacer mesh 4 mm for strap pads and back panels", "spacer_mesh_fabric"),
        ],
        needs=[
            need("rPET yarn 75D-150D for warp knitting", "recycled_polyester_yarn"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        (52, "th", "หจก. ศรีเจริญการ์เมนท์", CIRC, MID, "Bangkok", "sricharoen-garment"),
        offers=[
            ("รับจ้างตัดเย็บเสื้อผ้า ชุดยูนิฟอร์ม ผ้าลูกค้า", "garment_sewing_service"),
            ("เสื้อยืดคอกลมเปล่า cotton 32 ไม่พิมพ์ลาย", "blank_tshirt"),
            ("เศษผ้าคอตตอนจากโรงงานเสื้อยืด", "cotton_offcuts"),
        ],
        needs=[],
    ),
    sme(
        (53, "th", "โรงย้อมไทยรุ่งเรือง", CIRC, MID, "Samut Sakhon", "thairung-dyeing"),
        offers=[
            ("รับย้อมผ้าม้วน สีรีแอคทีฟ ขั้นต่ำ 500 กก.", "fabric_dyeing_service"),
        ],
        needs=[
            need("ผ้าฝ้ายดิบจากเครื่องทอ เป็นม้วน สำหรับย้อมสต็อก", "greige_cotton_fabric"),
        ],
        certs=("ISO 14001",),
    ),
    sme(
        (54, "en", "Udon Weaving Collective", ALI, MID, "Udon Thani", "udonweave"),
        offers=[
            ("Handloom cotton, natural white, 1 m wide", "handwoven_cotton_fabric"),
            ("Weaving to order with client yarn", "weaving_service"),
        ],
        needs=[
            need("Chunky homespun cotton for blanket-weight cloth", "handspun_cotton_yarn"),
            need(
                "Organic cotton yarn for a baby-blanket line; GOTS not required",
                "organic_cotton_yarn",
                waive=("GOTS",),
            ),
        ],
        certs=("OTOP",),
    ),
    sme(
        (55, "th", "ใยกัญชงเชียงราย ทอผ้าหนา", HEMP, MID, "Chiang Rai", "cr-hempcanvas"),
        offers=[
            ("ผ้ากัญชงหนา ทอเครื่อง สีธรรมชาติ เหมาะทำกระเป๋า", "hemp_canvas_fabric"),
        ],
        needs=[
            need(
                "ด้ายกัญชงที่ได้ GOTS สำหรับคอลเลกชันส่งออก",
                "hemp_yarn",
                req=("GOTS",),
                unmet="hemp yarn is offered, but by no one with GOTS",
            ),
        ],
        bcg=("bio",),
    ),
    sme(
        (56, "th", "บาติกเขียนมือ อ่าวนาง", HEMP, MID, "Krabi", "aonang-batik"),
        offers=[
            ("ผ้าบาติกเขียนมือ ผ้าฝ้าย หลาละ 180 บาท", "batik_cotton_fabric"),
            ("ผ้าปาเต๊ะ พิมพ์ลายโบราณ", "batik_cotton_fabric"),
        ],
        needs=[
            need("ผ้าดิบโรงงาน สำหรับเขียนเทียน", "greige_cotton_fabric"),
        ],
    ),
)

# ---------------------------------------------------------------- downstream: cases, straps, covers, shops, buyers

DOWNSTREAM: tuple[Sme, ...] = (
    sme(
        (57, "th", "สยามสแตรป สายกีตาร์ลายไทย", ALC, DOWN, "Bangkok", "siamstrap"),
        offers=[
            ("สายกีตาร์ผ้าทอลายไทย ปรับความยาวได้", "instrument_strap"),
            ("สายเบสกว้าง 3 นิ้ว บุฟองน้ำ", "instrument_strap"),
        ],
        needs=[
            need("สายผ้าทอยกดอก ลายชนเผ่า หน้า 5 ซม.", "jacquard_webbing"),
            need("ตัวล็อกสาย ห่วงดีโลหะ", "metal_strap_hardware"),
            need("มีร้านไหนรับปักโลโก้ลงสายบ้างคะ", "embroidery_service"),
        ],
    ),
    sme(
        (58, "en", "Second Life Straps", CIRC, DOWN, "Chiang Mai", "secondlifestraps"),
        offers=[
            ("Guitar straps made from old car seat belts", "instrument_strap"),
            ("Tote bags from old truck tarpaulin", "upcycled_tote_bag"),
        ],
        needs=[
            need("Used seatbelts, any colour, by the kilo", "used_seatbelt_webbing"),
            need("Retired lorry tarps", "used_tarpaulin"),
            need("Recycled-bottle Oxford cloth, GRS certified, for linings", "rpet_oxford_fabric", req=("GRS",)),
        ],
        bcg=("circular",),
    ),
    sme(
        (59, "th", "ห้อมดีไซน์ กระเป๋ากีตาร์", HEMP, DOWN, "Phrae", "hom-design"),
        offers=[
            ("กระเป๋ากีตาร์โปร่ง ผ้าหม้อห้อม บุฟองน้ำหนา", "guitar_gig_bag"),
        ],
        needs=[
            need("ผ้าฝ้ายย้อมห้อม ทอมือ มีตรา OTOP ใช้ทำตัวกระเป๋า", "indigo_dyed_cotton_fabric", req=("OTOP",)),
        ],
        certs=("OTOP",),
    ),
    sme(
        (60, "en", "GigPro Bags Thailand", SPORT, DOWN, "Bangkok", "gigpro"),
        offers=[
            ("Padded electric guitar gig bag, 20 mm foam", "guitar_gig_bag"),
            ("Cello and violin soft cases", "orchestral_soft_case"),
            ("Keyboard bags for 61 and 88 keys", "keyboard_bag"),
        ],
        needs=[
            need("Heavy nylon outer, 1000D or more", "heavy_nylon_fabric"),
            need(
                "Contract sewing for 2,000 gig bags a month, our patterns, ISO 9001 a must",
                "bag_sewing_service",
                req=("ISO 9001",),
            ),
            need("3D mesh for backpack straps", "spacer_mesh_fabric"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        (61, "th", "ศิษย์ครูบุญ ดนตรีไทย", ALC, DOWN, "Nonthaburi", "sitkhruboon"),
        offers=[
            ("ถุงใส่ซอด้วง ซออู้ บุกำมะหยี่", "saw_bag"),
            ("ผ้าคลุมขิม ผ้าไหม ปักชื่อ", "khim_cover"),
        ],
        needs=[
            need("กำมะหยี่สำหรับบุด้านใน", "velvet_fabric", "fr_velour_fabric"),
            need("ไหมไทยผืนเรียบ ไม่มีลาย", "plain_silk_fabric"),
            need("นุ่นสำหรับบุถุงซอ", "kapok_fibre"),
        ],
    ),
    sme(
        (62, "en", "Isan Khaen Cases", ALI, DOWN, "Roi Et", "isankhaencases"),
        offers=[
            ("Khaen carry bags in khit cotton, 14-16 pipes", "khaen_bag"),
            ("Padded gig bags for phin", "phin_bag"),
        ],
        needs=[
            need("Bright handwoven khit cloth", "pha_khit_fabric"),
            need(
                "Who can sew our bags from cloth we supply? ISO 9001 not required",
                "bag_sewing_service",
                waive=("ISO 9001",),
            ),
            need("Polypropylene webbing for shoulder straps, 1.5 inch", "pp_webbing"),
        ],
    ),
    sme(
        (63, "th", "สยามซาวด์ เครื่องดนตรี", ALC, DOWN, "Bangkok", "siamsound"),
        offers=[
            ("กีตาร์ เบส กลองชุด ขายปลีกและส่ง", "western_instruments"),
        ],
        needs=[
            need("กระเป๋ากีตาร์บุหนา สกรีนชื่อร้าน ขั้นต่ำ 200 ใบ", "guitar_gig_bag"),
            need("กระเป๋าคีย์บอร์ด 61 คีย์", "keyboard_bag"),
            need("ผ้าเช็ดกีตาร์ ไมโครไฟเบอร์", "polishing_cloth"),
        ],
    ),
    sme(
        (64, "en", "Chao Phraya Philharmonic", ALC, DOWN, "Bangkok", "cpphil"),
        offers=[],
        needs=[
            need("Stage drapes for a concert hall, 8 m drop", "stage_curtain"),
            need("Soft cases for cellos and double basses", "orchestral_soft_case"),
            need("Lint-free wipes for the brass section", "polishing_cloth"),
        ],
    ),
    sme(
        (65, "en", "Piano & Keyboard Covers TH", ALC, DOWN, "Pathum Thani", "pianocovers"),
        offers=[
            ("Quilted covers for upright and grand pianos", "piano_cover"),
            ("Dust covers for 61-88 key keyboards", "keyboard_cover"),
            ("Microfibre polishing cloths, logo printed", "polishing_cloth"),
        ],
        needs=[
            need("Quilted foam-backed fabric", "foam_laminated_padding"),
            need("Black and burgundy velvet", "velvet_fabric", "fr_velour_fabric"),
        ],
    ),
    sme(
        (66, "th", "วงโปงลางรักษ์อีสาน", ALI, DOWN, "Kalasin", "raksisan-ponglang"),
        offers=[
            ("รับแสดงโปงลาง งานบุญ งานแต่ง", "band_performance"),
        ],
        needs=[
            need("ชุดนักดนตรีพื้นเมือง ผ้าไหม 20 ชุด", "thai_music_costume"),
            need("ถุงใส่แคน", "khaen_bag"),
            need("กระเป๋าพิณ มีสายสะพาย", "phin_bag"),
        ],
    ),
    sme(
        (67, "th", "บ้านช่างขิม อ่างทอง", ALC, DOWN, "Ang Thong", "angthong-khim"),
        offers=[
            ("ขิมไม้ชิงชัน 7 หย่อง", "khim_instrument"),
            ("กระเป๋าขิม บุฟองน้ำ มีสายสะพาย", "khim_case"),
        ],
        needs=[
            need("ฟองน้ำแผ่นบุกระเป๋า", "foam_laminated_padding", "pe_foam_sheet", "eva_foam_sheet"),
            need("ผ้าคอร์ดูร่า หรือไนล่อนหนา 1000D ขึ้นไป", "heavy_nylon_fabric"),
        ],
    ),
    sme(
        (68, "th", "ชมรมดนตรีไทยผู้สูงอายุ ตำบลบางเลน", ALC, DOWN, "Nakhon Pathom", "banglen-elders"),
        offers=[],
        needs=[
            need("ผ้าคลุมระนาดเอก 5 ผืน", "ranat_cover"),
            need("ถุงซอน้ำหนักเบา ผู้สูงอายุถือสะดวก", "saw_bag"),
            need("ชุดไทยใส่แสดงงานวัด", "thai_music_costume"),
        ],
    ),
    sme(
        (69, "en", "Baan Pleng Ranat Covers", ALC, DOWN, "Suphan Buri", "baanpleng"),
        offers=[
            ("Ranat ek and ranat thum covers, silk with lining", "ranat_cover"),
            ("Mudmee silk khim drapes", "khim_cover"),
        ],
        needs=[
            need(
                "Silk carrying the Peacock Emblem for our premium line",
                "matmi_silk_fabric",
                "plain_silk_fabric",
                req=("Thai Silk Peacock Emblem",),
            ),
            need("Soft velvet for linings", "velvet_fabric", "fr_velour_fabric"),
        ],
    ),
    sme(
        (70, "th", "ม่านเวทีศิลป์ไทย", ALC, DOWN, "Bangkok", "silpthai-curtain"),
        offers=[
            ("ม่านเวทีกำมะหยี่ ตัดเย็บพร้อมติดตั้งราง", "stage_curtain"),
            ("ฉากหลังผ้าดำ สำหรับคอนเสิร์ต", "stage_curtain"),
        ],
        needs=[
            need("กำมะหยี่กันไฟ หน้ากว้าง 3 เมตร ไม่ต้องมี มอก. ก็ได้", "fr_velour_fabric", waive=("Thai Industrial Standard",)),
            need("ผ้าทึบแสงสีดำ", "blackout_fabric"),
        ],
    ),
    sme(
        (71, "en", "Riverside Hotel & Convention", ALC, DOWN, "Chiang Mai", "riversidecm"),
        offers=[],
        needs=[
            need("Backdrop drapes and pleated stage skirting for the ballroom", "stage_curtain"),
            need("A cover for the ballroom grand piano", "piano_cover"),
            need(
                "Installed acoustic wall panels for the ballroom",
                unmet="acoustic wall panels, supplied and fitted; no one in the set makes them",
            ),
        ],
    ),
    sme(
        (72, "th", "เครื่องแบบวงโยธวาทิต สุพรรณ", ALC, DOWN, "Suphan Buri", "suphan-bandwear"),
        offers=[
            ("ชุดวงโยธวาทิต สั่งตัดตามสีโรงเรียน", "band_uniform"),
            ("หมวกวงโยธวาทิต ติดพู่", "band_hat"),
        ],
        needs=[
            need("ผ้าเสิร์จ สีกรมท่า สีแดงเลือดหมู", unmet="wool serge; no one in the set weaves or sells it"),
            need("ปักตราโรงเรียนบนอกเสื้อ", "embroidery_service"),
        ],
    ),
    sme(
        (73, "en", "Sunrise International School", ALC, DOWN, "Samut Prakan", "sunrise-school"),
        offers=[],
        needs=[
            need("Marching band uniforms x 60 in school colours", "band_uniform"),
            need("Carry cases for marching snares", "drum_bag"),
            need("Harness carriers for bass drums", unmet="rigid drum carriers; hardware no one in the set makes"),
        ],
    ),
    sme(
        (74, "th", "ร้านแคนบ้านสีแก้ว", ALI, DOWN, "Roi Et", "sikaeo-khaen"),
        offers=[
            ("แคนเจ็ด แคนแปด ทำมือ", "khaen_instrument"),
            ("ถุงแคนผ้าฝ้ายย้อมคราม", "khaen_bag"),
        ],
        needs=[
            need("ไม้ไผ่เฮี้ยน สำหรับทำลูกแคน", unmet="khaen bamboo; no one in the set sells it"),
            need(
                "ผ้าฝ้ายย้อมครามธรรมชาติ ผืนยาว ไม่จำเป็นต้องเป็นสินค้า OTOP",
                "indigo_dyed_cotton_fabric",
                waive=("OTOP",),
            ),
            need("เชือกปอ สำหรับทำหูถุง", "kenaf_rope"),
        ],
    ),
    sme(
        (75, "en", "Silver Harmony Care Home", ALC, DOWN, "Nonthaburi", "silverharmony"),
        offers=[],
        needs=[
            need("Light ukulele bags residents can carry", "ukulele_bag"),
            need("Padded covers for angklung sets", unmet="angklung covers; no one in the set makes them"),
        ],
    ),
    sme(
        (76, "th", "ศูนย์ดูแลผู้สูงอายุ บ้านสุขใจ", ALI, DOWN, "Udon Thani", "bansukjai"),
        offers=[],
        needs=[
            need("โปงลางชุดเล็ก สำหรับกิจกรรมบำบัด", unmet="a ponglang; no one in the set makes one"),
            need("มีใครทำถุงใส่พิณขายบ้าง", "phin_bag"),
        ],
    ),
    sme(
        (77, "en", "Ukulele Island Shop", ALC, DOWN, "Phuket", "ukuleleisland"),
        offers=[
            ("Padded ukulele bags, soprano to tenor", "ukulele_bag"),
            ("Thai-made ukuleles", "ukulele_instrument"),
        ],
        needs=[
            need("Hand-drawn batik cotton for bag fronts", "batik_cotton_fabric"),
        ],
    ),
    sme(
        (78, "th", "คณะโนราศิษย์พ่อเฒ่า", ALC, DOWN, "Phatthalung", "nora-phothao"),
        offers=[
            ("รับแสดงโนรา งานประจำปี", "band_performance"),
        ],
        needs=[
            need("ถุงใส่ทับโนรา บุฟองน้ำ", "drum_bag"),
            need("เทริดโนรา", unmet="a Nora crown; no one in the set makes one"),
        ],
    ),
    sme(
        (79, "en", "Temple Fair Sound & Stage", ALC, DOWN, "Lopburi", "templefairsound"),
        offers=[
            ("PA and stage rental for temple fairs", "stage_rental"),
        ],
        needs=[
            need("Black stage drapes, hire-grade", "stage_curtain"),
            need("Padded covers for speaker cabinets", unmet="speaker covers; no one in the set makes them"),
            need("New PVC-coated cloth by the roll for stage rain covers", "pvc_coated_fabric"),
        ],
    ),
    sme(
        (80, "th", "มิวสิคแลนด์ เชียงใหม่", ALC, DOWN, "Chiang Mai", "musicland-cm"),
        offers=[
            ("กีตาร์โปร่ง กีตาร์ไฟฟ้า ปลีก-ส่ง", "western_instruments"),
        ],
        needs=[
            need("ซอฟต์เคสกีตาร์ ราคาส่ง", "guitar_gig_bag"),
            need("สกรีนโลโก้ร้านบนกระเป๋าที่เรามีอยู่แล้ว", "screen_printing_service"),
        ],
    ),
    sme(
        (81, "en", "Molam Band Supplies", ALI, DOWN, "Khon Kaen", "molamsupplies"),
        offers=[
            ("Acoustic and electric phin", "phin_instrument"),
        ],
        needs=[
            need("Padded phin cases covered in handwoven cloth", "phin_bag"),
            need("Shoulder straps for phin", "instrument_strap"),
        ],
    ),
    sme(
        (82, "en", "Hemp Strap Co.", HEMP, DOWN, "Chiang Mai", "hempstrapco"),
        offers=[
            ("Hemp guitar straps with vegetable-tanned ends", "instrument_strap"),
            ("Hemp drawstring pouches for harmonicas and flutes", "small_instrument_pouch"),
        ],
        needs=[
            need("Two-inch woven hemp tape for strap bodies", "hemp_webbing"),
            need("Heavy hemp cloth for pads", "hemp_canvas_fabric", "handwoven_hemp_fabric", "hemp_blend_fabric"),
            need(
                "Someone to dye our hemp tape with plant colours, no synthetic dyes",
                "natural_dyeing_service",
                "indigo_dyeing_service",
            ),
        ],
        bcg=("bio",),
    ),
    sme(
        (83, "en", "Amphawa Khlui House", ALC, DOWN, "Samut Songkhram", "amphawakhlui"),
        offers=[
            ("Bamboo khlui flutes, all keys", "khlui_flute"),
        ],
        needs=[
            need("1,000 cloth sleeves for flutes", "small_instrument_pouch"),
        ],
    ),
    sme(
        (84, "th", "โรงเรียนดนตรีหาดใหญ่ซาวด์", ALC, DOWN, "Songkhla", "hatyai-sound"),
        offers=[
            ("สอนดนตรี กลอง กีตาร์ เปียโน", "music_lessons"),
        ],
        needs=[
            need("กระเป๋าใส่สแนร์ สำหรับวงโรงเรียน", "drum_bag"),
            need("ผ้าคลุมเปียโนอัพไรท์", "piano_cover"),
        ],
    ),
    sme(
        (85, "en", "Drum Nation Cases", SPORT, DOWN, "Nonthaburi", "drumnation"),
        offers=[
            ("Padded drum bags, kit sets to hand drums, made to size", "drum_bag"),
            ("Stick bags with floor-tom hooks", "stick_bag"),
        ],
        needs=[
            need("Shock-absorbing PE board, 10 mm", "pe_foam_sheet"),
            need("Oxford 600D, any colour", "polyester_oxford_fabric", "rpet_oxford_fabric"),
            need(
                "bluesign nylon for a premium line",
                "heavy_nylon_fabric",
                "nylon_lining_fabric",
                req=("bluesign",),
                unmet="nylon fabric is offered, but by no one with bluesign",
            ),
        ],
    ),
    sme(
        (86, "th", "โคราชศิลป์ เครื่องดนตรีไทย", ALI, DOWN, "Nakhon Ratchasima", "koratsilp-music"),
        offers=[
            ("ซอด้วง ซออู้ ทำมือ", "saw_instrument"),
        ],
        needs=[
            need("ถุงซอ บุนุ่ม", "saw_bag"),
            need("ผ้าคลุมขิมลายไทย", "khim_cover"),
            need("กระเป๋าขิมแบบสะพายหลัง", "khim_case"),
        ],
    ),
    sme(
        (87, "en", "ReGig Upcycled Cases", CIRC, DOWN, "Bangkok", "regig"),
        offers=[
            ("Gig bags sewn from reclaimed denim and tarp", "guitar_gig_bag"),
            ("Drumstick bags cut from old jeans", "stick_bag"),
        ],
        needs=[
            need("Second-hand jeans, sorted by wash", "used_denim"),
            need("Recycled felt for padding", "recycled_felt_sheet"),
            need("Waterproof coating on our denim panels", "coating_service"),
        ],
        bcg=("circular",),
    ),
    sme(
        (88, "th", "ชมรมผู้สูงอายุ บ้านกระสัง", ALI, DOWN, "Buriram", "krasang-elders"),
        offers=[],
        needs=[
            need("ผ้าคลุมโปงลาง กันฝุ่น", unmet="ponglang covers; no one in the set makes them"),
            need("ชุดพื้นเมืองผ้าไหม ให้ผู้สูงอายุใส่ขึ้นเวที", "thai_music_costume"),
            need("แคนสำหรับผู้สูงอายุหัดเป่า", "khaen_instrument"),
        ],
    ),
    sme(
        (89, "en", "Hua Hin Drum Circle Wellness", ALC, DOWN, "Prachuap Khiri Khan", "huahindrumcircle"),
        offers=[
            ("Drum circle sessions for seniors", "wellness_sessions"),
        ],
        needs=[
            need("Anyone making djembe bags with backpack straps?", "drum_bag"),
            need("Floor cushions from recycled fabric", unmet="floor cushions; no one in the set sells them"),
        ],
    ),
    sme(
        (90, "th", "รังสิต ออแกไนซ์", ALC, DOWN, "Pathum Thani", "rangsit-organize"),
        offers=[
            ("รับจัดเวทีคอนเสิร์ต แสงสีเสียง", "stage_rental"),
        ],
        needs=[
            need("ม่านเวทีรูดเปิดปิด", "stage_curtain"),
            need("เสื้อทีมงานสกรีนหลัง 100 ตัว", "printed_tshirt"),
        ],
    ),
    sme(
        (91, "en", "Pattaya Show Theatre", ALC, DOWN, "Chonburi", "pattayashow"),
        offers=[],
        needs=[
            need(
                "Flame-retardant velour, 300 m, TIS mark required",
                "fr_velour_fabric",
                req=("Thai Industrial Standard",),
            ),
            need("Light-proof black fabric for the wings", "blackout_fabric"),
            need("Stage floor vinyl, 200 sqm", unmet="dance floor vinyl; no one in the set sells it"),
        ],
    ),
    sme(
        (92, "th", "วัดหนองแวงพัฒนาราม", ALI, DOWN, "Khon Kaen", "wat-nongwaeng"),
        offers=[],
        needs=[
            need("ผ้าคลุมกลองเพล หน้ากลอง 1 เมตร", "temple_drum_cover"),
            need("ผ้าแพรสามสีผูกฆ้อง", "temple_ribbon_cloth"),
            need("ช่างซ่อมหนังกลองเพล", unmet="drumhead repair; no one in the set offers it"),
        ],
    ),
    sme(
        (93, "th", "ร้านสังฆภัณฑ์ เจริญธรรม", ALC, DOWN, "Phra Nakhon Si Ayutthaya", "charoentham-sangkha"),
        offers=[
            ("ผ้าแพรสามสี เจ็ดสี ขายเป็นม้วน", "temple_ribbon_cloth"),
            ("ผ้าคลุมกลองวัด สั่งทำตามขนาด", "temple_drum_cover"),
        ],
        needs=[
            need("ผ้าต่วนมันเงา ม้วนใหญ่", unmet="satin cloth; no one in the set sells it"),
        ],
    ),
    sme(
        (94, "en", "Mekong Music School", ALI, DOWN, "Mukdahan", "mekongmusic"),
        offers=[
            ("Guitar and phin lessons", "music_lessons"),
        ],
        needs=[
            need("Guitar gig bags for students, 40 pcs", "guitar_gig_bag"),
            need("Phin cases for students", "phin_bag"),
        ],
    ),
    sme(
        (95, "th", "ศูนย์ดนตรีไทยศรีอยุธยา", ALC, DOWN, "Bangkok", "sriayut-thaimusic"),
        offers=[
            ("สอนดนตรีไทย ระนาด ขิม ซอ", "music_lessons"),
        ],
        needs=[
            need("ผ้าคลุมระนาดทุ้ม", "ranat_cover"),
            need(
                "ชุดแสดงสำหรับนักเรียน ตัดตามไซซ์ ผ้าไหมเรามีแล้ว",
                "costume_tailoring_service",
                "garment_sewing_service",
            ),
            need(
                "ผ้าไหมมัดหมี่ ไม่จำเป็นต้องมีตรานกยูง",
                "matmi_silk_fabric",
                waive=("Thai Silk Peacock Emblem",),
            ),
        ],
    ),
)

SMES: tuple[Sme, ...] = UPSTREAM + MIDSTREAM + DOWNSTREAM


# ====================================================================== checks

THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
ID_PATTERN = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
LABEL_PATTERN = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
EMAIL_PATTERN = re.compile(r"^[a-z0-9][a-z0-9.\-]*@example\.(?:com|co\.th)$")
LATIN_BOUNDARY = "A-Za-z0-9\u00c0-\u024f"

TARGET_LINKS = (160, 180)
TARGET_THAI_SHARE = (0.50, 0.60)
TARGET_CROSS_SHARE = (0.40, 0.60)
TARGET_UNMET = (17, 23)
MIN_SHARE_MET_BY_ONE_TO_THREE = 0.6


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _mention_pattern(phrase: str, flags: int) -> re.Pattern[str]:
    """A certification's name as it may appear in text: flexible separators, whole words on the Latin side."""
    tokens = [re.escape(token) for token in re.split(r"[\s\-.]+", _nfkc(phrase)) if token]
    body = r"[\s\-.]*".join(tokens)
    return re.compile(rf"(?<![{LATIN_BOUNDARY}]){body}(?![{LATIN_BOUNDARY}])", flags)


def _naming_patterns() -> dict[str, tuple[re.Pattern[str], ...]]:
    patterns: dict[str, tuple[re.Pattern[str], ...]] = {}
    for cert in taxonomy.CERTIFICATIONS:
        found = [_mention_pattern(m, re.IGNORECASE) for m in cert.mentions]
        found += [_mention_pattern(m, 0) for m in cert.case_sensitive_mentions]
        found += [re.compile(_nfkc(p)) for p in cert.patterns]
        patterns[cert.name] = tuple(found)
    return patterns


NAMING = _naming_patterns()
CERT_NAMES = frozenset(NAMING)


def certifications_named(text: str) -> set[str]:
    """Every certification the text names, whether it claims, requires or waives it."""
    normal = _nfkc(text)
    return {name for name, patterns in NAMING.items() if any(p.search(normal) for p in patterns)}


def held_certifications(s: Sme) -> frozenset[str]:
    return frozenset(taxonomy.resolve_certification(c) or c for c in s.certifications)


def qualified_suppliers(buyer: Sme, n: Need, smes: tuple[Sme, ...]) -> list[Sme]:
    wanted = set(n.labels)
    found = []
    for supplier in smes:
        if supplier.num == buyer.num:
            continue
        if not wanted & {label for _, label in supplier.offers}:
            continue
        if set(n.requires) <= held_certifications(supplier):
            found.append(supplier)
    return found


def compute_links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for n in buyer.needs:
            if n.unmet:
                continue
            for supplier in qualified_suppliers(buyer, n, smes):
                links.add((supplier.id, buyer.id))
    return sorted(links)


def _letters(text: str) -> tuple[int, int]:
    return len(THAI_LETTER.findall(text)), len(LATIN_LETTER.findall(text))


def _script_problem(text: str, language: str) -> str | None:
    thai, latin = _letters(text)
    if language == "th" and thai <= latin:
        return "a Thai phrase must be mostly Thai letters"
    if language == "en":
        if thai:
            return "an English phrase must have no Thai letters"
        if any(ch.isalpha() and not LATIN_LETTER.match(ch) for ch in text):
            return "an English phrase must use Latin letters only"
    return None


def _latin_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) >= 3}


def _thai_trigrams(text: str) -> set[str]:
    squeezed = re.sub(r"\s+", "", text)
    return {squeezed[i : i + 3] for i in range(len(squeezed) - 2)}


def _overlap(a: str, b: str) -> float:
    """Jaccard overlap of Latin words, or of Thai character trigrams, between two phrases."""
    first, second = (_thai_trigrams(a), _thai_trigrams(b)) if THAI_LETTER.search(a) else (set(), set())
    if not first:
        first, second = _latin_words(a), _latin_words(b)
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


MAX_WORDING_OVERLAP = 0.5


def check(smes: tuple[Sme, ...], final: bool) -> list[str]:
    problems: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    if [s.num for s in smes] != list(range(1, len(smes) + 1)):
        problems.append("ids must run bmi-001, bmi-002, ... without gaps")
    sub_clusters = {v.value for v in taxonomy.SubCluster}
    stages = {v.value for v in taxonomy.Stage}
    bcg_tags = {v.value for v in taxonomy.BcgTag}
    offered_by: dict[str, set[int]] = {}
    seen_phrases: dict[str, str] = {}
    for s in smes:
        where = s.id
        if not ID_PATTERN.match(s.id):
            problems.append(f"{where}: malformed id")
        if s.language not in taxonomy.LANGUAGES:
            problems.append(f"{where}: language {s.language!r}")
        if s.sub_cluster not in sub_clusters:
            problems.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in stages:
            problems.append(f"{where}: stage {s.stage!r}")
        province = taxonomy.resolve_province(s.province)
        if province is None or province.name_en != s.province:
            problems.append(f"{where}: province {s.province!r} is not a canonical English province name")
        for cert in s.certifications:
            if taxonomy.resolve_certification(cert) is None:
                problems.append(f"{where}: certification {cert!r} does not resolve")
        if len(set(held_certifications(s))) != len(s.certifications):
            problems.append(f"{where}: a certification is listed twice")
        for tag in s.bcg:
            if tag not in bcg_tags:
                problems.append(f"{where}: bcg tag {tag!r}")
        if len(set(s.bcg)) != len(s.bcg):
            problems.append(f"{where}: a bcg tag is listed twice")
        if not EMAIL_PATTERN.match(email(s)):
            problems.append(f"{where}: email {email(s)!r}")
        if not s.name.strip():
            problems.append(f"{where}: empty name")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3:
            problems.append(f"{where}: 0-3 offers and 0-3 needs")
        if not s.offers and not s.needs:
            problems.append(f"{where}: neither offers nor needs")
        phrases = [s.name] + [text for text, _ in s.offers] + [n.text for n in s.needs]
        for text in phrases:
            if text != text.strip() or not text or "  " in text:
                problems.append(f"{where}: untidy phrase {text!r}")
            problem = _script_problem(text, s.language)
            if problem:
                problems.append(f"{where}: {problem}: {text!r}")
        for text in phrases[1:]:
            if text in seen_phrases:
                problems.append(f"{where}: phrase also used by {seen_phrases[text]}: {text!r}")
            seen_phrases[text] = s.id
        held = held_certifications(s)
        for text, label in s.offers:
            if not LABEL_PATTERN.match(label):
                problems.append(f"{where}: malformed label {label!r}")
            offered_by.setdefault(label, set()).add(s.num)
            claimed = taxonomy.find_certifications(text)
            if not claimed <= held:
                problems.append(f"{where}: offer claims {sorted(claimed - held)} not held: {text!r}")
    for s in smes:
        for n in s.needs:
            where = f"{s.id} need {n.text!r}"
            for label in n.labels:
                if not LABEL_PATTERN.match(label):
                    problems.append(f"{where}: malformed label {label!r}")
                if not offered_by.get(label, set()) - {s.num}:
                    problems.append(f"{where}: no one but the buyer offers {label!r}")
            if len(set(n.labels)) != len(n.labels):
                problems.append(f"{where}: a label is listed twice")
            for cert in (*n.requires, *n.waives):
                if cert not in CERT_NAMES:
                    problems.append(f"{where}: {cert!r} is not a canonical certification name")
            if set(n.requires) & set(n.waives):
                problems.append(f"{where}: a certification both required and waived")
            named = certifications_named(n.text)
            for cert in (*n.requires, *n.waives):
                if cert not in named:
                    problems.append(f"{where}: {cert} is not named in the text")
            for cert in named - set(n.requires) - set(n.waives):
                problems.append(f"{where}: names {cert} but neither requires nor waives it")
            suppliers = qualified_suppliers(s, n, smes)
            if n.unmet:
                if suppliers:
                    problems.append(f"{where}: marked unmet but met by {[x.id for x in suppliers]}")
            elif not n.labels:
                problems.append(f"{where}: lists no labels and has no unmet note")
            elif not suppliers:
                problems.append(f"{where}: no qualified supplier")
            for supplier in suppliers:
                for text, label in supplier.offers:
                    if label in n.labels and _overlap(n.text, text) >= MAX_WORDING_OVERLAP:
                        problems.append(f"{where}: worded too much like {supplier.id}'s offer {text!r}")
    if final:
        problems += check_targets(smes)
    return problems


def check_targets(smes: tuple[Sme, ...]) -> list[str]:
    problems: list[str] = []
    stats = statistics(smes)
    if stats["profiles"] != EXPECTED_PROFILES:
        problems.append(f"{stats['profiles']} profiles, expected {EXPECTED_PROFILES}")
    share = stats["thai"] / stats["profiles"]
    if not TARGET_THAI_SHARE[0] <= share <= TARGET_THAI_SHARE[1]:
        problems.append(f"Thai share {share:.2f} outside {TARGET_THAI_SHARE}")
    if not TARGET_LINKS[0] <= stats["links"] <= TARGET_LINKS[1]:
        problems.append(f"{stats['links']} links, expected {TARGET_LINKS[0]}-{TARGET_LINKS[1]}")
    if not TARGET_CROSS_SHARE[0] <= stats["cross_share"] <= TARGET_CROSS_SHARE[1]:
        problems.append(f"cross-language share {stats['cross_share']:.2f} outside {TARGET_CROSS_SHARE}")
    if not TARGET_UNMET[0] <= stats["needs_unmet"] <= TARGET_UNMET[1]:
        problems.append(f"{stats['needs_unmet']} unmet needs, expected {TARGET_UNMET[0]}-{TARGET_UNMET[1]}")
    met_counts = stats["suppliers_per_met_need"]
    small = sum(1 for c in met_counts if 1 <= c <= 3)
    if met_counts and small / len(met_counts) < MIN_SHARE_MET_BY_ONE_TO_THREE:
        problems.append("most met needs should have 1-3 qualified suppliers")
    if not any(c > 3 for c in met_counts):
        problems.append("some needs should have more than 3 qualified suppliers")
    return problems


# ====================================================================== output


def email(s: Sme) -> str:
    return f"{s.handle}@example.{'co.th' if s.language == 'th' else 'com'}"


def profile(s: Sme) -> dict[str, object]:
    record: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certifications:
        record["certifications"] = list(s.certifications)
    if s.bcg:
        record["bcg"] = list(s.bcg)
    record["contact_email"] = email(s)
    record["language"] = s.language
    return record


def statistics(smes: tuple[Sme, ...]) -> dict[str, object]:
    by_id = {s.id: s for s in smes}
    links = compute_links(smes)
    th_en = sum(1 for a, b in links if by_id[a].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for a, b in links if by_id[a].language == "en" and by_id[b].language == "th")
    needs = [(s, n) for s in smes for n in s.needs]
    met = [(s, n) for s, n in needs if not n.unmet]
    return {
        "profiles": len(smes),
        "thai": sum(1 for s in smes if s.language == "th"),
        "english": sum(1 for s in smes if s.language == "en"),
        "sub_clusters": Counter(s.sub_cluster for s in smes),
        "stages": Counter(s.stage for s in smes),
        "regions": Counter(taxonomy.resolve_province(s.province).region.value for s in smes),
        "provinces": len({s.province for s in smes}),
        "offers": sum(len(s.offers) for s in smes),
        "offer_labels": len({label for s in smes for _, label in s.offers}),
        "needs": len(needs),
        "needs_met": len(met),
        "needs_unmet": len(needs) - len(met),
        "needs_requiring": sum(1 for _, n in needs if n.requires),
        "needs_waiving": sum(1 for _, n in needs if n.waives),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross_share": (th_en + en_th) / len(links) if links else 0.0,
        "within": len(links) - th_en - en_th,
        "cross_sub_cluster": sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster),
        "suppliers_per_met_need": [len(qualified_suppliers(s, n, smes)) for s, n in met],
    }


def counts_table(smes: tuple[Sme, ...]) -> str:
    st = statistics(smes)
    rows: list[tuple[str, str]] = [
        ("profiles", str(st["profiles"])),
        ("Thai / English profiles", f"{st['thai']} / {st['english']}"),
    ]
    for value in taxonomy.SubCluster:
        rows.append((f"sub-cluster `{value.value}`", str(st["sub_clusters"][value.value])))
    for value in taxonomy.Stage:
        rows.append((f"stage `{value.value}`", str(st["stages"][value.value])))
    for value in taxonomy.Region:
        rows.append((f"region `{value.value}`", str(st["regions"][value.value])))
    per_need = Counter(min(c, 4) for c in st["suppliers_per_met_need"])
    rows += [
        ("distinct provinces", str(st["provinces"])),
        ("offers", str(st["offers"])),
        ("distinct offer labels", str(st["offer_labels"])),
        ("needs", str(st["needs"])),
        ("needs met / met by no one", f"{st['needs_met']} / {st['needs_unmet']}"),
        (
            "met needs by number of qualified suppliers (1 / 2 / 3 / 4+)",
            " / ".join(str(per_need[k]) for k in (1, 2, 3, 4)),
        ),
        ("needs requiring a certification", str(st["needs_requiring"])),
        ("needs waiving a certification", str(st["needs_waiving"])),
        ("true links", str(st["links"])),
        ("links Thai supplier -> English buyer", str(st["th_en"])),
        ("links English supplier -> Thai buyer", str(st["en_th"])),
        ("cross-language links (share)", f"{st['th_en'] + st['en_th']} ({st['cross_share']:.0%})"),
        ("within-language links", str(st["within"])),
        ("links between different sub-clusters", str(st["cross_sub_cluster"])),
    ]
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# Blind evaluation set: plain registry entries, musical instrument cases and straps

This set measures how well the matcher finds the true supplier-buyer pairs among SME profiles
whose wording it has never seen. The theme is musical instrument cases and straps: guitar straps,
gig bags and padded cases, drum bags, piano and keyboard covers, bags and covers for Thai
instruments (khim, saw, khaen, phin, ranat), stage drapes, and the music schools, bands, temples,
care homes, theatres and instrument shops that buy them; plus the ordinary upstream and midstream
suppliers of the cluster (fibre, yarn, waste, dyestuff, cloth, webbing, foam, dyeing, weaving,
printing, sewing).

## What it checks

- Plain registry entries: one short phrase per offer or need, 0-3 of each per SME, about 55 % of
  the profiles in Thai and the rest in English.
- The same kind of goods written in many ways (regional names such as ห้อม, คราม, ผ้าขิด,
  ปาเต๊ะ, trade words, brand names, deniers, sizes, prices, minimum orders, places). Needs are
  worded differently from the offers that meet them, often in the other language.
- Hard but fair cases: a service against the goods it works on (indigo dyeing of the customer's
  cloth against indigo-dyed cloth; sewing to the customer's pattern against finished bags; tailoring
  with the customer's silk against ready-made costumes); waste and used goods against new; raw
  against processed (fibre, yarn, cloth, product); finished goods described by material, colour or
  technique (an indigo cotton khaen bag is a khaen bag); cotton against synthetic offcuts; wishes,
  bare noun phrases and questions; refusals ("no synthetic dye", "ไม่เอาไนล่อน"); needs that require
  a named certification and needs that name one only to waive it; needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile JSONL version 1 and the
links CSV), `shared/taxonomy.py` with its data files, and the ruff settings. The writer did not see
the matcher, its glossary, its tests or any other evaluation set, and did not run the matcher.

## How a link is decided

In `write.py` every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` against `indigo_dyeing_service`). Every need either lists the offer
labels that would meet it and the certifications its text requires, or is marked as met by no one
with a short note (two such needs still list labels: the goods are offered, but by no one holding
the certification the need requires). A pair (supplier, buyer) is a true link when some offer of the
supplier carries a label listed by one of the buyer's needs and the supplier's certifications hold
every certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link; what changes what the thing is does. A waived
certification is not required. The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks that ids are unique and well formed, every contract field is valid
(sub-cluster, stage and BCG values from the taxonomy, provinces through `resolve_province`,
certifications through `resolve_certification`), every label a need lists is offered by someone other
than the buyer, every met need has a qualified supplier and every unmet one has none, a required or
waived certification is named in the need's text, Thai phrases are mostly Thai letters and English
ones Latin only, a need is not worded like the offers that meet it, and the size targets hold. It
writes nothing if any check fails.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_instruments/write.py

Two runs give identical bytes. With `--partial` the script runs the checks except the size targets
and writes nothing (used while writing the data in parts).

## Files

- `write.py`: all the data, the labels, the checks and the writer.
- `profiles.jsonl`: {profiles} SME profiles, ids `{first}` to `{last}`, contract JSONL version 1.
- `links.csv`: the {links} true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render(smes: tuple[Sme, ...]) -> dict[str, str]:
    lines = [json.dumps(profile(s), ensure_ascii=False) for s in smes]
    links = compute_links(smes)
    csv_text = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    readme = README.format(
        profiles=len(smes),
        first=smes[0].id,
        last=smes[-1].id,
        links=len(links),
        table=counts_table(smes),
    )
    return {"profiles.jsonl": "\n".join(lines) + "\n", "links.csv": csv_text, "README.md": readme}


def main(argv: list[str]) -> int:
    final = "--partial" not in argv
    problems = check(SMES, final)
    if problems:
        for problem in problems:
            print(f"FAIL {problem}", file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        print(counts_table(SMES), file=sys.stderr)
        return 1
    files = render(SMES)
    if not final:
        print(counts_table(SMES))
        print("partial run: checks passed, nothing written")
        return 0
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(counts_table(SMES), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
