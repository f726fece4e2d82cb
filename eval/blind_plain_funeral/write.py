"""Write the hand-labelled evaluation set `eval/blind_plain_funeral/`.

Theme: funerals and memorial services (shrouds, coffin linings and drapes, mourning clothes,
cloth wreaths, funeral tents and chair covers, monks' robes and offerings, cremation cloth,
memorial frames, funeral parlours and temples that buy) plus the ordinary upstream and
midstream suppliers of the cluster.

Every offer is a (text, label) pair; every need lists the offer labels that would meet it and
the certifications its text requires, or is marked as met by no one with a note. The labels
live only in this file. Run from the repository root:

    .venv/bin/python eval/blind_plain_funeral/write.py

It checks the data, then writes profiles.jsonl, links.csv and README.md next to itself, and
prints the counts table. It writes nothing when a check fails.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
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

OUT = Path(__file__).resolve().parent
PREFIX = "bfn"
N_PROFILES = 95

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that the listed offer labels meet; `req` and `waive` are canonical certification names."""
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` only when an offer exists but lacks `req`."""
    return Need(text, labels, req, (), note)


SMES: list[Sme] = []


def sme(
    num: int,
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
    SMES.append(Sme(num, lang, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg))


# ---------------------------------------------------------------- bfn-001 .. bfn-030: fibre, yarn, waste, cloth

sme(
    1,
    "th",
    "วิสาหกิจชุมชนฝ้ายอินทรีย์ด่านซ้าย",
    HEMP,
    UP,
    "Loei",
    "dansai.fai@example.co.th",
    [("ฝ้ายดอก ฝ้ายปุย ปลูกแบบอินทรีย์ ขายยกกระสอบ", "raw_cotton"), ("ฝ้ายเข็นมือ สีขาวตุ่น ไจละ 100 กรัม", "handspun_cotton_yarn")],
    [unmet("เครื่องอีดฝ้ายมือสอง สภาพดี", "a cotton gin, a machine; nobody in the set sells machinery")],
    certs=("Organic Thailand",),
    bcg=("bio", "green"),
)
sme(
    2,
    "en",
    "Doi Saket Handspun",
    HEMP,
    UP,
    "Chiang Mai",
    "hello@doisakethandspun.example.com",
    [
        ("Hand-spun cotton yarn, natural cream, 1 kg hanks", "handspun_cotton_yarn"),
        ("Sai sin sacred thread, 9-ply white cotton, 50 m roll", "sai_sin_thread"),
    ],
    [need("Seed cotton from Organic Thailand certified farms", "raw_cotton", req=("Organic Thailand",))],
    bcg=("bio",),
)
sme(
    3,
    "th",
    "กลุ่มกัญชงบ้านมูเซอ",
    HEMP,
    UP,
    "Tak",
    "musoe.hemp@example.co.th",
    [("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 5 กิโล", "hemp_fibre"), ("ด้ายกัญชงปั่นมือ เส้นกลาง", "hemp_yarn")],
    [unmet("เมล็ดพันธุ์กัญชง มีใบอนุญาตถูกต้อง", "hemp seed for planting; no seed seller in the set")],
    bcg=("bio",),
)
sme(
    4,
    "en",
    "Mahachai Fibre Reclaim",
    CIRC,
    UP,
    "Samut Sakhon",
    "sales@mahachaireclaim.example.com",
    [("Recycled cotton fibre, open-end grade, 200 kg bales, GRS", "recycled_cotton_fibre")],
    [
        need("Factory cutting-room waste, 100% cotton", "cotton_cutting_waste"),
        need("Used white cloth after funerals (bangsukun, coffin cloth), any condition", "used_ceremony_cloth"),
    ],
    certs=("GRS",),
    bcg=("circular",),
)
sme(
    5,
    "th",
    "ส.เจริญ รับซื้อเศษผ้า",
    CIRC,
    UP,
    "Nakhon Pathom",
    "sor.charoen@example.co.th",
    [("เศษผ้าคอตตอน จากโรงตัดเย็บ คัดสีแล้ว", "cotton_cutting_waste"), ("ผ้าขี้ริ้ว ตัดจากผ้าเก่า มัดละ 5 กก.", "cleaning_rags")],
    [need("ผ้าขาวมือสองจากงานศพ วัดไหนมีติดต่อได้", "used_ceremony_cloth")],
    bcg=("circular",),
)

sme(
    6,
    "th",
    "เครือข่ายวัดคัดแยกผ้า ขอนแก่น",
    CIRC,
    UP,
    "Khon Kaen",
    "watnetwork.kk@example.co.th",
    [("ผ้าบังสุกุลที่ใช้แล้ว ซักแล้ว แยกกอง", "used_ceremony_cloth"), ("จีวรเก่า ขาด ซีด ชั่งกิโลขาย", "used_monk_robes")],
    [],
    bcg=("circular",),
)
sme(
    7,
    "en",
    "Surin Silk Reelers",
    HEMP,
    UP,
    "Surin",
    "reel@surinsilk.example.com",
    [
        ("Thai native raw silk yarn, hand-reeled, 1 kg", "thai_silk_yarn"),
        ("Dried cocoons, yellow Thai breed", "silk_cocoons"),
    ],
    [unmet("Mulberry leaves, fresh, daily delivery", "mulberry leaves; no grower in the set")],
    bcg=("bio",),
)
sme(
    8,
    "th",
    "กลุ่มทำครามบ้านดอนกอย",
    HEMP,
    UP,
    "Sakon Nakhon",
    "donkoi.khram@example.co.th",
    [("เนื้อครามเปียก หมักเอง ถังละ 20 กก.", "indigo_paste")],
    [],
    bcg=("bio",),
)
sme(
    9,
    "th",
    "สวนมะเกลือบ้านลาด",
    HEMP,
    UP,
    "Phetchaburi",
    "banlat.makluea@example.co.th",
    [("ลูกมะเกลือดิบ เก็บสด สำหรับย้อมดำ ขั้นต่ำ 20 กก.", "ebony_fruit")],
    [],
    bcg=("bio",),
)
sme(
    10,
    "en",
    "Nan Dye Garden",
    HEMP,
    UP,
    "Nan",
    "garden@nandye.example.com",
    [
        ("Dried makluea (ebony) fruit, black dyestuff, 120 THB/kg", "ebony_fruit"),
        ("Lac (khrang) red dye, powdered", "lac_dye"),
    ],
    [unmet("Amber glass jars 500 ml for packing dye", "glass jars; nobody in the set sells packaging")],
    bcg=("bio",),
)
sme(
    11,
    "th",
    "โรงปั่นด้ายรีไซเคิล บางขุนเทียน",
    CIRC,
    UP,
    "Bangkok",
    "bkt.recycleyarn@example.co.th",
    [("ด้ายรีไซเคิล Ne 10 จากเศษฝ้าย สีเทาอ่อน", "recycled_cotton_yarn")],
    [need("ใยฝ้ายรีไซเคิล ต้องมีใบรับรอง GRS", "recycled_cotton_fibre", req=("GRS",))],
    certs=("GRS",),
    bcg=("circular",),
)
sme(
    12,
    "en",
    "EastCoast Textile Waste",
    CIRC,
    UP,
    "Chonburi",
    "info@eastcoastwaste.example.com",
    [
        ("Sorted cotton offcuts, post-industrial", "cotton_cutting_waste"),
        ("Black polyester drape scraps", "polyester_waste"),
    ],
    [need("Old chair covers and tent linings from funeral halls", "used_event_textiles")],
    bcg=("circular",),
)
sme(
    13,
    "th",
    "ฝ้ายม่อนแจ่ม",
    HEMP,
    UP,
    "Chiang Rai",
    "monjam.fai@example.co.th",
    [("ฝ้ายเข็นมือ ปั่นไน สีขาวนวล", "handspun_cotton_yarn"), ("ด้ายดิบโรงงาน 20/2 ลูกละ 1 กก.", "machine_cotton_yarn")],
    [need("ฝ้ายปุย", "raw_cotton")],
)
sme(
    14,
    "en",
    "Pai Hemp Growers",
    HEMP,
    UP,
    "Mae Hong Son",
    "pai.hemp@example.com",
    [("Degummed hemp bast fibre, 5 kg bundles", "hemp_fibre")],
    [],
    bcg=("bio",),
)
sme(
    15,
    "th",
    "ร้านไหมปักธงชัย",
    HEMP,
    UP,
    "Nakhon Ratchasima",
    "pakthongchai.mai@example.co.th",
    [("ไหมโรงงาน ย้อมสีดำ ไจละครึ่งกิโล", "dyed_silk_yarn"), ("ไหมน้อย ไหมพื้นบ้าน", "thai_silk_yarn")],
    [need("รังไหมหรือไหมดิบ", "silk_cocoons", "thai_silk_yarn")],
)
sme(
    16,
    "en",
    "Second Robe Collective",
    CIRC,
    UP,
    "Bangkok",
    "robes@secondrobe.example.com",
    [("Used saffron robes from temples, washed", "used_monk_robes")],
    [unmet("Is there a laundry that washes without chemicals?", "a laundry service; nobody offers one")],
    bcg=("circular",),
)
sme(
    17,
    "th",
    "กลุ่มทอผ้าฝ้ายนาหว้า",
    HEMP,
    MID,
    "Nakhon Phanom",
    "nawa.weave@example.co.th",
    [("ผ้าฝ้ายทอมือ สีขาวธรรมชาติ หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric")],
    [need("ด้ายฝ้ายเข็นมือ", "handspun_cotton_yarn")],
)
sme(
    18,
    "en",
    "Mae Rim Ebony Black",
    HEMP,
    MID,
    "Chiang Mai",
    "black@maerimebony.example.com",
    [
        ("Cotton cloth dyed black with makluea, no chemical dye", "natural_black_cotton_fabric"),
        ("Ebony-fruit black dyeing of your cloth, min. 20 m", "natural_black_dyeing_service"),
    ],
    [
        need("makluea fruit, fresh or dried", "ebony_fruit"),
        need("Raw (pha dib) cloth to dye black", "greige_cotton_cloth"),
    ],
    bcg=("bio", "green"),
)
sme(
    19,
    "th",
    "โรงย้อมบางพลี",
    ALC,
    MID,
    "Samut Prakan",
    "bangphli.dye@example.co.th",
    [("รับย้อมผ้าสีดำ ผ้าของลูกค้า ขั้นต่ำ 500 หลา", "black_dyeing_service"), ("รับฟอกขาว ผ้าดิบ ผ้าทอ", "bleaching_service")],
    [unmet("สีรีแอคทีฟ สีดำ ถังละ 25 กก.", "reactive dyestuff; no chemical supplier in the set")],
    certs=("ISO 14001",),
)
sme(
    20,
    "en",
    "Sampeng Cloth Trading",
    ALC,
    MID,
    "Bangkok",
    "order@sampengcloth.example.com",
    [
        ("PFD white cotton sheeting 60 in", "bleached_white_cotton_fabric"),
        ("Pha dib grey cotton, Double Elephant brand, by the roll", "greige_cotton_cloth"),
        ("Black poly satin 58 in", "black_polyester_fabric"),
    ],
    [need("Black cotton cloth in rolls, no polyester blends", "black_cotton_fabric", "natural_black_cotton_fabric")],
)
sme(
    21,
    "th",
    "ห้างผ้าพาหุรัด เจริญพาณิชย์",
    ALC,
    MID,
    "Bangkok",
    "pahurat.charoen@example.co.th",
    [
        ("ผ้าต่วนขาว ซาตินมัน ม้วน 50 หลา", "satin_fabric"),
        ("ลูกไม้ขาว ริมระบาย", "lace_trim"),
        ("กำมะหยี่ สีดำ แดง ม่วง", "velvet_fabric"),
    ],
    [],
)
sme(
    22,
    "en",
    "ThaiCoat Technical Fabrics",
    SPORT,
    MID,
    "Pathum Thani",
    "sales@thaicoat.example.com",
    [("PVC-coated polyester tent fabric 650 gsm, flame retardant, TIS", "coated_tent_fabric")],
    [unmet("High-tenacity polyester yarn 1000D", "industrial filament yarn; no supplier in the set")],
    certs=("Thai Industrial Standard", "ISO 9001"),
)
sme(
    23,
    "th",
    "ระยองนิตติ้ง ผ้ายืด",
    SPORT,
    MID,
    "Rayong",
    "rayong.knit@example.co.th",
    [("ผ้ายืดสแปนเด็กซ์ ขาว ดำ ทอง หน้า 150 ซม.", "stretch_spandex_fabric")],
    [unmet("เส้นใยสแปนเด็กซ์ ไลครา", "elastane yarn; nobody in the set spins it")],
)
sme(
    24,
    "en",
    "Nonthaburi Sewing House",
    ALC,
    MID,
    "Nonthaburi",
    "cmt@nonsewing.example.com",
    [("CMT on your fabric, min. 300 pcs", "sewing_service")],
    [need("Overlock thread cones, black and white", "sewing_thread")],
)
sme(
    25,
    "th",
    "กลุ่มแม่บ้านรับจ้างเย็บ โนนฆ้อง",
    ALI,
    MID,
    "Khon Kaen",
    "nonkhong.sew@example.co.th",
    [("รับจ้างเย็บ ลูกค้าส่งผ้ามาเอง", "sewing_service"), ("ปักชื่อ ปักโลโก้ ลงผ้า", "embroidery_service")],
    [need("ด้ายเย็บผ้า หลอดใหญ่ ดำ ขาว", "sewing_thread")],
)
sme(
    26,
    "en",
    "Bangkok Thread Mills",
    CIRC,
    MID,
    "Samut Prakan",
    "thread@bkkthreadmills.example.com",
    [("Recycled PET sewing thread, 5000 m cones, GRS", "sewing_thread")],
    [unmet("Clean PET bottle flakes", "PET flakes; no plastics recycler in the set")],
    certs=("GRS",),
    bcg=("circular",),
)
sme(
    27,
    "th",
    "สกรีนผ้าแถบพวงหรีด นครชัยศรี",
    ALC,
    MID,
    "Nakhon Pathom",
    "nakhonchaisi.screen@example.co.th",
    [
        ("รับสกรีนข้อความไว้อาลัย ลงริบบิ้นหรือผ้าของลูกค้า", "textile_printing_service"),
        ("แถบผ้าพวงหรีด พิมพ์ทองสำเร็จรูป", "wreath_sash"),
    ],
    [need("ริบบิ้นผ้าต่วน ม้วน ขาว ดำ", "ribbon_roll")],
)
sme(
    28,
    "en",
    "Ribbon & Trim Supply",
    ALC,
    MID,
    "Bangkok",
    "trim@ribbonsupply.example.com",
    [("Satin ribbon rolls 1-4 inch, black and white", "ribbon_roll"), ("Gold fringe and tassels", "fringe_trim")],
    [],
)
sme(
    29,
    "th",
    "กลุ่มทอผ้าไหมบ้านท่าสว่าง",
    HEMP,
    MID,
    "Surin",
    "thasawang.silk@example.co.th",
    [
        ("ผ้าไหมมัดหมี่โทนดำ ทอมือ ตรานกยูงพระราชทาน", "handwoven_silk_fabric"),
        ("ผ้าไหมพื้นดำ ตัดซิ่นได้ ผืนละ 2 เมตร", "handwoven_silk_fabric"),
    ],
    [need("เส้นไหมสีดำ สำหรับพุ่ง", "dyed_silk_yarn")],
    certs=("ตรานกยูงพระราชทาน",),
)
sme(
    30,
    "en",
    "Hemp Loom Studio",
    HEMP,
    MID,
    "Chiang Mai",
    "studio@hemploom.example.com",
    [("Coarse handloom hemp cloth, undyed, 40 cm", "hemp_fabric")],
    [need("Hand-spun hemp yarn", "hemp_yarn"), need("Hemp fibre, stripped and dried, for spinning", "hemp_fibre")],
    bcg=("bio",),
)

# ---------------------------------------------------------------- bfn-031 .. bfn-060: cloth, services, funeral goods
sme(
    31,
    "th",
    "โรงทอผ้าดิบร้อยเอ็ด",
    ALI,
    MID,
    "Roi Et",
    "roiet.phadib@example.co.th",
    [("ผ้าดิบทอเครื่อง หน้า 36 นิ้ว พับละ 30 หลา", "greige_cotton_cloth"), ("ผ้าขาวม้าลายตาราง ทอเครื่อง ขายโหล", "pha_khao_ma")],
    [need("ด้ายฝ้าย Ne 20 จะเป็นด้ายรีไซเคิลก็ได้", "machine_cotton_yarn", "recycled_cotton_yarn")],
)
sme(
    32,
    "en",
    "Ayutthaya Bleach & Finish",
    ALC,
    MID,
    "Ayutthaya",
    "finish@ayubleach.example.com",
    [
        ("Optical white cotton, 44 in, bleached and sanforized", "bleached_white_cotton_fabric"),
        ("Commission bleaching of your grey goods", "bleaching_service"),
    ],
    [need("Unbleached cotton straight off the loom", "greige_cotton_cloth")],
)
sme(
    33,
    "th",
    "ร้านรับย้อมเสื้อดำ สุพรรณ",
    ALC,
    MID,
    "Suphan Buri",
    "suphan.yomdam@example.co.th",
    [("รับย้อมเสื้อผ้าเก่าเป็นสีดำ ตัวละ 60 บาท", "garment_redye_black_service")],
    [],
)
sme(
    34,
    "en",
    "Ubon Robe Cloth Weavers",
    ALI,
    MID,
    "Ubon Ratchathani",
    "weave@uboncloth.example.com",
    [("Saffron cotton robe cloth by the metre", "robe_cloth")],
    [
        need("Plain white cotton cloth to dye ourselves", "greige_cotton_cloth", "bleached_white_cotton_fabric"),
        unmet("Jackfruit heartwood chips for robe dye", "jackfruit wood dyestuff; no supplier in the set"),
    ],
)
sme(
    35,
    "th",
    "อ่างทองผ้าไตร",
    ALC,
    MID,
    "Ang Thong",
    "angthong.phatrai@example.co.th",
    [("รับย้อมสีกรัก สีพระราชนิยม ผ้าของลูกค้า", "robe_dyeing_service"), ("ผ้าโทเรสีพระ เป็นม้วน ตัดจีวรได้", "robe_cloth")],
    [need("ผ้าดิบ ผ้าขาวยังไม่ฟอก ราคาส่ง", "greige_cotton_cloth")],
)
sme(
    36,
    "en",
    "FireSafe Drapes",
    SPORT,
    MID,
    "Samut Sakhon",
    "fr@firesafedrapes.example.com",
    [("Flame-retardant drape fabric, black or white, 280 cm", "fr_drape_fabric")],
    [unmet("Flame-retardant finishing chemicals", "FR chemicals; no supplier in the set")],
    certs=("Thai Industrial Standard",),
)
sme(
    37,
    "th",
    "ทอผ้าจากด้ายรีไซเคิล ลำปาง",
    CIRC,
    MID,
    "Lampang",
    "lampang.recycleweave@example.co.th",
    [("ผ้าทอด้ายรีไซเคิล สีเทาดำ หน้า 110 ซม.", "recycled_yarn_fabric")],
    [need("เส้นด้ายจากฝ้ายหมุนเวียน มีใบ GRS", "recycled_cotton_yarn", req=("GRS",))],
    bcg=("circular",),
)
sme(
    38,
    "en",
    "Indigo House Sakon",
    HEMP,
    MID,
    "Sakon Nakhon",
    "blue@indigohouse.example.com",
    [
        ("Handwoven cotton dyed with indigo, dark navy", "indigo_dyed_cotton_fabric"),
        ("Indigo vat dyeing of customer fabric", "indigo_dyeing_service"),
    ],
    [need("Fermented indigo paste", "indigo_paste"), need("White handloom cotton", "handwoven_cotton_fabric")],
    bcg=("bio",),
)
sme(
    39,
    "th",
    "โรงทอผ้าขนหนูอุดร",
    ALI,
    MID,
    "Udon Thani",
    "udon.towel@example.co.th",
    [("ผ้าขนหนูขาว 15x30 นิ้ว ขายโหล", "cotton_towel")],
    [need("ด้ายฝ้ายโรงปั่น เบอร์ใหญ่", "machine_cotton_yarn")],
)
sme(
    40,
    "en",
    "Pahurat Lace & Frill",
    ALC,
    MID,
    "Bangkok",
    "frill@pahuratlace.example.com",
    [("Pleated satin frill for coffin edges, white or gold", "ruffle_trim"), ("Nylon lace edging 2 inch", "lace_trim")],
    [need("Shiny white satin in bulk", "satin_fabric")],
)
sme(
    41,
    "th",
    "ร้านปักดิ้นทอง ปากน้ำโพ",
    ALC,
    MID,
    "Nakhon Sawan",
    "paknampho.dintong@example.co.th",
    [("รับปักดิ้นทองลายไทย บนผ้าคลุมหีบของลูกค้า", "embroidery_service")],
    [need("ผ้าเวลเวทเนื้อหนา ทำผ้าคลุมหีบ", "velvet_fabric")],
)
sme(
    42,
    "th",
    "ร้านหีบศพปากเกร็ด",
    ALC,
    DOWN,
    "Nonthaburi",
    "pakkret.coffin@example.co.th",
    [("หีบศพไม้สัก ลายไทย", "coffin")],
    [need("ชุดผ้าบุหีบ สีขาว มีหมอน", "coffin_lining_set"), need("ระบายจีบขอบหีบ", "ruffle_trim")],
)
sme(
    43,
    "en",
    "Coffin Linings Thai",
    ALC,
    DOWN,
    "Samut Prakan",
    "linings@coffinthai.example.com",
    [
        ("Coffin lining set, white satin, with pillow", "coffin_lining_set"),
        ("Embroidered coffin pall, gold Thai motifs", "coffin_drape"),
    ],
    [need("White satin 60 in", "satin_fabric"), need("Subcontract embroidery", "embroidery_service")],
)
sme(
    44,
    "th",
    "ผ้าตราสังขอนแก่น",
    ALI,
    DOWN,
    "Khon Kaen",
    "kk.trasang@example.co.th",
    [("ผ้าห่อศพ ผ้าตราสัง พร้อมเชือกผูก", "burial_shroud")],
    [need("ผ้าขาวฟอกแล้ว พับใหญ่", "bleached_white_cotton_fabric"), need("สายสิญจน์ ม้วน", "sai_sin_thread")],
)
sme(
    45,
    "en",
    "Peaceful Rest Shrouds",
    ALC,
    DOWN,
    "Bangkok",
    "care@peacefulrest.example.com",
    [("Organic cotton burial shroud, GOTS", "burial_shroud")],
    [
        need(
            "GOTS-certified unbleached organic cotton cloth",
            "handwoven_cotton_fabric",
            "greige_cotton_cloth",
            req=("GOTS",),
        )
    ],
    certs=("GOTS",),
    bcg=("bio",),
)
sme(
    46,
    "en",
    "Lanna Organic Weavers",
    HEMP,
    MID,
    "Chiang Mai",
    "weave@lannaorganic.example.com",
    [("GOTS organic handloom cotton, undyed", "handwoven_cotton_fabric")],
    [
        need(
            "Organic hand-spun cotton yarn, Organic Thailand certified",
            "handspun_cotton_yarn",
            req=("Organic Thailand",),
        )
    ],
    certs=("GOTS",),
    bcg=("bio", "green"),
)
sme(
    47,
    "th",
    "แบรนด์เสื้อดำ ไว้อาลัย",
    ALC,
    DOWN,
    "Bangkok",
    "waialai.brand@example.co.th",
    [("เสื้อโปโลสีดำ ไว้ทุกข์ ไซส์ S-3XL", "black_mourning_shirt"), ("ชุดเดรสดำ แขนยาว ผู้หญิง", "black_mourning_dress")],
    [
        need("ผ้าฝ้ายสีดำ ย้อมธรรมชาติ ไม่เอาสีเคมี", "natural_black_cotton_fabric"),
        need("โรงงานรับเย็บ 500 ตัวขึ้นไป", "sewing_service"),
        need("ส่งผ้าขาวของเราไปย้อมดำ มีที่ไหนรับบ้าง", "black_dyeing_service", "natural_black_dyeing_service"),
    ],
)
sme(
    48,
    "en",
    "Black Ribbon Shop",
    ALC,
    DOWN,
    "Nonthaburi",
    "shop@blackribbon.example.com",
    [
        ("Black mourning ribbon pins, 100 per pack", "mourning_ribbon_pin"),
        ("Elastic black armbands", "mourning_armband"),
    ],
    [
        need("1-inch black ribbon by the reel", "ribbon_roll"),
        need(
            "Cheap black cloth for armbands",
            "black_cotton_fabric",
            "black_polyester_fabric",
            "natural_black_cotton_fabric",
        ),
    ],
)
sme(
    49,
    "th",
    "พวงหรีดผ้า ปทุม",
    ALC,
    DOWN,
    "Pathum Thani",
    "pathum.wreath@example.co.th",
    [("พวงหรีดผ้าขนหนู ใช้ต่อได้", "cloth_wreath")],
    [need("ผ้าเช็ดตัวสีขาว ราคาส่ง", "cotton_towel"), need("ริบบิ้นคาดพวงหรีด พิมพ์ชื่อผู้ส่งเรียบร้อย", "wreath_sash")],
)
sme(
    50,
    "en",
    "Udon Eco Wreath",
    ALI,
    DOWN,
    "Udon Thani",
    "eco@udonwreath.example.com",
    [("Reusable wreaths of pha khao ma and towels", "cloth_wreath")],
    [need("Loincloth (pha khao ma) wholesale", "pha_khao_ma"), need("Printed condolence sashes", "wreath_sash")],
    bcg=("circular",),
)
sme(
    51,
    "th",
    "เต็นท์สระบุรี",
    SPORT,
    DOWN,
    "Saraburi",
    "saraburi.tent@example.co.th",
    [("เต็นท์งานศพ โครงเหล็ก ผ้าใบ 4x8 เมตร", "event_tent"), ("ให้เช่าเต็นท์ พร้อมโต๊ะเก้าอี้", "tent_rental_service")],
    [need("ผ้าใบเคลือบ PVC กันไฟ ได้ มอก.", "coated_tent_fabric", req=("Thai Industrial Standard",))],
    certs=("มอก.",),
)
sme(
    52,
    "en",
    "Chonburi Event Covers",
    SPORT,
    DOWN,
    "Chonburi",
    "covers@chonevent.example.com",
    [
        ("Spandex chair covers, banquet size, white or black, 45 baht each", "chair_cover"),
        ("Pleated table skirting", "table_skirt"),
    ],
    [need("Stretch spandex knit 150 cm", "stretch_spandex_fabric")],
)
sme(
    53,
    "th",
    "ไตรจีวรอ่างทอง",
    ALC,
    DOWN,
    "Ang Thong",
    "angthong.traichiwon@example.co.th",
    [("ไตรจีวรครบชุด ผ้าโทเร", "monk_robe_set"), ("ย่ามพระ ปักชื่องานได้", "monk_shoulder_bag")],
    [
        need("ผ้าเหลืองพระ ยังไม่ตัด ขายเป็นเมตร", "robe_cloth"),
        need("หาที่ย้อมผ้าเป็นสีพระให้ เราส่งผ้าขาวไปเอง", "robe_dyeing_service"),
    ],
)
sme(
    54,
    "en",
    "Sangkhathan Wholesale",
    ALC,
    DOWN,
    "Bangkok",
    "sales@sangkhathan.example.com",
    [("Funeral offering buckets for monks: robe, towel, soap", "sangkhathan_set")],
    [need("Trai chiwon robe sets in bulk", "monk_robe_set"), need("Small white towels", "cotton_towel")],
)
sme(
    55,
    "th",
    "ผ้าบังสุกุลอุบล",
    ALI,
    DOWN,
    "Ubon Ratchathani",
    "ubon.bangsukun@example.co.th",
    [("ผ้าบังสุกุล ผ้าขาวพับ ชุดละ 9 ผืน", "bangsukun_cloth")],
    [
        need("ผ้าขาว ผ้าดิบ ราคาส่ง", "greige_cotton_cloth", "bleached_white_cotton_fabric"),
        need("ใครรับฟอกผ้าดิบให้ขาวบ้าง เราส่งผ้าไปเอง", "bleaching_service"),
    ],
)
sme(
    56,
    "en",
    "Memorial Frames Studio",
    ALC,
    DOWN,
    "Nakhon Pathom",
    "frames@memorialstudio.example.com",
    [("Memorial photo frames with ribbon drape", "memorial_photo_frame")],
    [
        need("Black and white satin for frame drapes", "satin_fabric", "black_polyester_fabric"),
        unmet("FSC-certified wood moulding", "wood moulding; no wood supplier in the set", req=("FSC",)),
    ],
)
sme(
    57,
    "th",
    "โบว์ดำไว้อาลัย",
    ALC,
    DOWN,
    "Bangkok",
    "bowdam@example.co.th",
    [("โบว์ไว้ทุกข์ ผ้าต่วนดำ ติดเข็มกลัด", "mourning_ribbon_pin")],
    [need("ริบบิ้นดำ ม้วนใหญ่", "ribbon_roll")],
)
sme(
    58,
    "en",
    "White Lotus Mourning Wear",
    ALC,
    DOWN,
    "Bangkok",
    "wear@whitelotus.example.com",
    [
        ("Chinese mourning garments of coarse hemp", "sackcloth_mourning_garment"),
        ("White cotton mourning outfits", "white_mourning_outfit"),
    ],
    [
        need("Coarse hemp cloth (pha pan)", "hemp_fabric"),
        need("Snow-white cotton cloth for white mourning suits", "bleached_white_cotton_fabric"),
        need("Can someone dye our hemp cloth black, plant dyes only?", "natural_black_dyeing_service"),
    ],
)
sme(
    59,
    "th",
    "ประดับเมรุยโสธร",
    ALI,
    DOWN,
    "Yasothon",
    "yasothon.meru@example.co.th",
    [("ผ้าประดับเมรุ ผ้าม่านระบาย ขาว ดำ", "crematorium_drape")],
    [need("ผ้าม่านกันไฟ สีดำ สีขาว", "fr_drape_fabric")],
)
sme(
    60,
    "en",
    "Lanna Sai Sin",
    HEMP,
    DOWN,
    "Chiang Mai",
    "thread@lannasaisin.example.com",
    [("Sai sin sacred thread, white cotton rolls", "sai_sin_thread")],
    [need("Undyed homespun cotton for thread-making", "handspun_cotton_yarn")],
)

# ---------------------------------------------------------------- bfn-061 .. bfn-095: buyers and more suppliers
sme(
    61,
    "th",
    "ร้านผ้ากาฝั่น ปัตตานี",
    ALC,
    DOWN,
    "Pattani",
    "pattani.kafan@example.co.th",
    [("ชุดผ้ากาฝั่น ห่อมัยยิต 3 ชั้น ผ่านฮาลาล", "kafan_shroud_set")],
    [need("ผ้ามัสลินขาว เนื้อบาง ฝ้ายล้วน", "bleached_white_cotton_fabric")],
    certs=("ฮาลาล",),
)
sme(
    62,
    "en",
    "Scrap Flowers Lanna",
    CIRC,
    DOWN,
    "Chiang Mai",
    "flowers@scraplanna.example.com",
    [("Dok mai chan cremation flowers from fabric scraps", "cremation_flower")],
    [need("Pale cotton trimmings from garment factories", "cotton_cutting_waste")],
    bcg=("circular",),
)
sme(
    63,
    "th",
    "ของชำร่วยรักษ์โลก",
    CIRC,
    DOWN,
    "Bangkok",
    "rakloke.gift@example.co.th",
    [("ถุงผ้าของชำร่วยงานศพ สกรีนชื่อผู้วายชนม์", "tote_bag"), ("ผ้าเช็ดหน้า พิมพ์คำไว้อาลัย โหลละ 180", "handkerchief")],
    [
        need("ผ้าหมุนเวียน ทอจากของเหลือใช้ ไม่ต้องมี GRS ก็ได้", "recycled_yarn_fabric", waive=("GRS",)),
        need("หาร้านสกรีนผ้า งานด่วน", "textile_printing_service"),
    ],
    bcg=("circular",),
)
sme(
    64,
    "en",
    "Wat Samakkhi Funeral Halls",
    ALC,
    DOWN,
    "Bangkok",
    "office@watsamakkhi.example.org",
    [("Funeral hall rental, seven nights of chanting", "funeral_hall_rental")],
    [
        need("Black covers for 200 folding chairs", "chair_cover"),
        need("Extra marquee for guests, rent or buy", "event_tent", "tent_rental_service"),
        need("Robes to offer the chanting monks", "monk_robe_set"),
    ],
)
sme(
    65,
    "th",
    "บางบัวทองเซอร์วิส รับจัดงานศพ",
    ALC,
    DOWN,
    "Nonthaburi",
    "bbt.funeral@example.co.th",
    [("รับจัดงานศพครบวงจร ตั้งแต่สวดอภิธรรมถึงฌาปนกิจ", "funeral_arrangement_service")],
    [
        need("โลงศพ พร้อมบุผ้า", "coffin"),
        need("ผ้าคลุมโลง ปักลายทอง", "coffin_drape"),
        need("กรอบรูปหน้าศพ", "memorial_photo_frame"),
    ],
)
sme(
    66,
    "en",
    "Chao Phraya General Hospital",
    ALC,
    DOWN,
    "Bangkok",
    "procurement@cpgh.example.org",
    [],
    [
        need("Mortuary shrouds, ISO 9001 certified supplier only", "burial_shroud", req=("ISO 9001",)),
        unmet("Disposable body bags with zip", "plastic body bags; no supplier in the set"),
    ],
)
sme(
    67,
    "th",
    "โรงงานผ้าห่อศพมหาชัย",
    ALC,
    DOWN,
    "Samut Sakhon",
    "mahachai.shroud@example.co.th",
    [("ผ้าห่อศพสำหรับโรงพยาบาล แพ็คละ 10 ผืน ISO 9001", "burial_shroud")],
    [need("ผ้าดิบหรือผ้าขาว จำนวนมาก สั่งทุกเดือน", "greige_cotton_cloth", "bleached_white_cotton_fabric")],
    certs=("ISO 9001",),
)
sme(
    68,
    "th",
    "วัดป่าสามัคคีธรรม",
    ALI,
    DOWN,
    "Maha Sarakham",
    "watpa.samakkhi@example.or.th",
    [],
    [
        need("ผ้าขาวพับเป็นผืน พร้อมให้พระชัก", "bangsukun_cloth"),
        need("ชุดผ้าไตรถวายพระ 9 รูป", "monk_robe_set"),
        need("ผ้าขาวม้า แจกญาติโยม", "pha_khao_ma"),
    ],
)
sme(
    69,
    "en",
    "Golden Years Care Home",
    ALC,
    DOWN,
    "Chiang Mai",
    "admin@goldenyears.example.com",
    [("Residential elderly care, 40 beds", "elderly_care_service")],
    [
        need("Can a funeral company handle everything for our residents?", "funeral_arrangement_service"),
        need("All-white outfits for staff at residents' funerals", "white_mourning_outfit"),
        need("Lanna funeral flags (tung)", "funeral_tung_flag"),
    ],
)
sme(
    70,
    "th",
    "สมาคมฌาปนกิจสงเคราะห์ นางรอง",
    ALI,
    DOWN,
    "Buriram",
    "nangrong.chapanakit@example.or.th",
    [],
    [
        need("เต็นท์เช่า งานศพในหมู่บ้าน", "tent_rental_service"),
        need("ผ้าหุ้มเก้าอี้ สีขาว", "chair_cover"),
        need("โลงราคาถูก สำหรับผู้ยากไร้", "coffin"),
    ],
)
sme(
    71,
    "en",
    "Mourning Corner Retail",
    ALC,
    DOWN,
    "Bangkok",
    "buying@mourningcorner.example.com",
    [],
    [
        need("Black polo shirts for mourning", "black_mourning_shirt"),
        need("Black bows to pin on shirts", "mourning_ribbon_pin"),
        need("Sleeve bands in black for shop staff", "mourning_armband"),
    ],
)
sme(
    72,
    "th",
    "ร้านสังฆภัณฑ์ ศรีสะเกษ",
    ALI,
    DOWN,
    "Sisaket",
    "sisaket.sangkhaphan@example.co.th",
    [],
    [
        need("ถังสังฆทาน", "sangkhathan_set"),
        need("ย่าม", "monk_shoulder_bag"),
        need("ผ้าไหมดำ ต้องมีตรานกยูง", "handwoven_silk_fabric", req=("Thai Silk Peacock Emblem",)),
    ],
)
sme(
    73,
    "en",
    "Hat Yai Benevolent Foundation",
    ALC,
    DOWN,
    "Songkhla",
    "relief@hatyaifoundation.example.org",
    [],
    [
        need("Teochew-style mourning robes (sackcloth), deliver to Hat Yai", "sackcloth_mourning_garment"),
        need("Gold-stitched cloth to cover the casket", "coffin_drape"),
        unmet(
            "White mourning outfits, OEKO-TEX certified",
            "the only white mourning outfits in the set carry no OEKO-TEX",
            "white_mourning_outfit",
            req=("OEKO-TEX Standard 100",),
        ),
    ],
)
sme(
    74,
    "th",
    "มูลนิธิกุศลธรรม ภูเก็ต",
    ALC,
    DOWN,
    "Phuket",
    "kusoltham.phuket@example.or.th",
    [],
    [
        need("ชุดไว้ทุกข์สีขาว แบบจีน", "white_mourning_outfit"),
        need("ผ้าป่าน ผ้ากระสอบ ตัดชุดไว้ทุกข์", "hemp_fabric"),
        unmet("มีใครทำกระดาษเงินกระดาษทองไหม", "joss paper; not textile, nobody in the set"),
    ],
)
sme(
    75,
    "en",
    "Narathiwat Mosque Burial Committee",
    ALC,
    DOWN,
    "Narathiwat",
    "janazah@narathiwatmosque.example.org",
    [],
    [
        need("Kafan shroud sets, Halal certified", "kafan_shroud_set", req=("Halal",)),
        unmet("Camphor and rose water for washing the body", "not textile; nobody in the set"),
    ],
)
sme(
    76,
    "th",
    "ร้านเครื่องใช้มุสลิม ยะลา",
    ALC,
    DOWN,
    "Yala",
    "yala.muslimgoods@example.co.th",
    [("ผ้ากะฟั่น ผ้าห่อศพมุสลิม ราคาส่ง", "kafan_shroud_set")],
    [need("ผ้าขาวฝ้าย เนื้อบาง พับละ 30 หลา", "bleached_white_cotton_fabric")],
)
sme(
    77,
    "en",
    "Buriram Cotton Growers",
    HEMP,
    UP,
    "Buriram",
    "farm@buriramcotton.example.com",
    [
        ("Seed cotton, rain-fed, 50 kg sacks", "raw_cotton"),
        ("Cotton yarn spun on the wheel by our members", "handspun_cotton_yarn"),
    ],
    [unmet("Non-GMO cotton seed for planting", "planting seed; nobody in the set sells it")],
    bcg=("bio",),
)
sme(
    78,
    "th",
    "กลุ่มทอผ้าย้อมมะเกลือ กาฬสินธุ์",
    HEMP,
    MID,
    "Kalasin",
    "kalasin.makluea@example.co.th",
    [("ผ้าฝ้ายทอมือ ย้อมมะเกลือ สีดำสนิท", "natural_black_cotton_fabric")],
    [need("อยากได้ลูกมะเกลือ ส่งถึงกาฬสินธุ์", "ebony_fruit"), need("ฝ้ายเข็น", "handspun_cotton_yarn")],
    bcg=("bio",),
)
sme(
    79,
    "th",
    "ร้านผ้าเช็ดเครื่องจักร ลาดกระบัง",
    CIRC,
    DOWN,
    "Bangkok",
    "ladkrabang.wipe@example.co.th",
    [("ผ้าเช็ดทำความสะอาด ซักแล้ว แพ็คกิโล", "cleaning_rags")],
    [need("ผ้าขี้ริ้ว มัดใหญ่ ราคาโรงงาน", "cleaning_rags")],
    bcg=("circular",),
)
sme(
    80,
    "th",
    "โรงย้อมผ้าดำแปดริ้ว",
    ALC,
    MID,
    "Chachoengsao",
    "paetriu.black@example.co.th",
    [("ผ้าคอตตอนสีดำ ย้อมรีแอคทีฟ โอเคเท็กซ์", "black_cotton_fabric"), ("ผ้าโพลีเอสเตอร์ดำ เนื้อมัน", "black_polyester_fabric")],
    [need("ผ้าดิบหน้ากว้าง 58 นิ้ว", "greige_cotton_cloth")],
    certs=("OEKO-TEX Standard 100",),
)
sme(
    81,
    "en",
    "Eastern Tent Rental",
    SPORT,
    DOWN,
    "Chanthaburi",
    "hire@easterntent.example.com",
    [("Marquee hire for funerals, set-up included", "tent_rental_service")],
    [
        need(
            "Waterproof marquee roofing material, TIS not required",
            "coated_tent_fabric",
            waive=("Thai Industrial Standard",),
        ),
        need("Stretch seat covers x500", "chair_cover"),
    ],
)
sme(
    82,
    "th",
    "ฌาปนสถานวัดเหนือ กาญจนบุรี",
    ALC,
    DOWN,
    "Kanchanaburi",
    "watnuea.kan@example.or.th",
    [("ให้เช่าศาลาสวดพระอภิธรรม", "funeral_hall_rental")],
    [
        need("ผ้าม่านประดับเมรุ", "crematorium_drape"),
        need("ผ้าชักศพตอนขึ้นเมรุ เป็นชุด", "bangsukun_cloth"),
        need("ผ้าบุหีบ", "coffin_lining_set"),
    ],
)
sme(
    83,
    "th",
    "ฌาปนสถานราชบุรี",
    ALC,
    DOWN,
    "Ratchaburi",
    "ratchaburi.meru@example.or.th",
    [],
    [
        need("ดอกจันทน์ วางหน้าเมรุ ครั้งละ 500 ดอก", "cremation_flower"),
        need("ผ้าไตรบังสุกุล ถวายพระ", "monk_robe_set"),
        unmet("ฟืนไม้ สำหรับเผาศพแบบโบราณ", "firewood; not textile, nobody in the set"),
    ],
)
sme(
    84,
    "th",
    "ดอกไม้จันทน์บ้านสวาย",
    ALI,
    DOWN,
    "Surin",
    "bansawai.dokmaichan@example.co.th",
    [("ดอกไม้จันทน์ ทำจากผ้าต่วนและใบเตย", "cremation_flower")],
    [need("ผ้าแพรมันสีขาว ตัดกลีบดอก", "satin_fabric")],
)
sme(
    85,
    "en",
    "Phitsanulok Mourning Boutique",
    ALC,
    DOWN,
    "Phitsanulok",
    "shop@plkmourning.example.com",
    [],
    [
        need("Long-sleeve black dresses", "black_mourning_dress"),
        need("Who can re-dye our customers' faded black clothes?", "garment_redye_black_service"),
        need("Black polo, OEKO-TEX welcome but not required", "black_mourning_shirt", waive=("OEKO-TEX Standard 100",)),
    ],
)
sme(
    86,
    "th",
    "ม่อฮ่อมแพร่ ย่ามและตุง",
    HEMP,
    DOWN,
    "Phrae",
    "phrae.mohom@example.co.th",
    [("ย่ามผ้าฝ้ายทอมือ ย้อมคราม", "monk_shoulder_bag"), ("ตุงสามหาง ผ้าฝ้าย สำหรับงานศพ", "funeral_tung_flag")],
    [
        need("หาคนรับย้อมห้อม ผ้าของเราเอง", "indigo_dyeing_service"),
        need("ผ้าฝ้ายขาว ทอมือ ไม่จำเป็นต้องมีโอทอป", "handwoven_cotton_fabric", waive=("OTOP",)),
    ],
)
sme(
    87,
    "en",
    "Lopburi Funeral Supplies",
    ALC,
    DOWN,
    "Lopburi",
    "sales@lopburifuneral.example.com",
    [],
    [
        need("Casket interiors (bed, pillow, side panels)", "coffin_lining_set"),
        need("Sacred thread for funeral rites", "sai_sin_thread"),
        unmet(
            "Burial shrouds with Organic Thailand certification",
            "shrouds exist in the set, but none of their makers holds Organic Thailand",
            "burial_shroud",
            req=("Organic Thailand",),
        ),
    ],
)
sme(
    88,
    "th",
    "อัพไซเคิลผ้าบุญ",
    CIRC,
    MID,
    "Nonthaburi",
    "phaboon.upcycle@example.co.th",
    [("ถุงผ้าเย็บจากผ้าบังสุกุลเก่า", "tote_bag")],
    [need("ผ้าขาวเหลือจากพิธีศพ มือสอง", "used_ceremony_cloth"), need("จีวรเก่าที่พระไม่ใช้แล้ว", "used_monk_robes")],
    bcg=("circular",),
)
sme(
    89,
    "en",
    "Mekong Hospice",
    ALI,
    DOWN,
    "Nong Khai",
    "care@mekonghospice.example.org",
    [],
    [
        need("Shrouds for Buddhist funerals, ISO 9001 not required", "burial_shroud", waive=("ISO 9001",)),
        need("Bath towels for patients", "cotton_towel"),
    ],
)
sme(
    90,
    "th",
    "ศาลาธรรมสังเวช นครศรีฯ",
    ALC,
    DOWN,
    "Nakhon Si Thammarat",
    "nakhonsi.sala@example.or.th",
    [],
    [
        need("กรอบรูปงานศพ มีผ้าระบาย", "memorial_photo_frame"),
        need("ชุดผ้าบุโลง", "coffin_lining_set"),
        unmet("ดอกไม้สด จัดหน้าศพ", "fresh flowers; not textile, nobody in the set"),
    ],
)
sme(
    91,
    "en",
    "Siam Canvas Coating",
    SPORT,
    MID,
    "Chonburi",
    "sales@siamcanvas.example.com",
    [("PVC tarpaulin 500 gsm for marquees", "coated_tent_fabric")],
    [unmet("PVC resin paste", "plastics; nobody in the set sells resin")],
)
sme(
    92,
    "th",
    "กลุ่มเลี้ยงไหมบ้านเขว้า",
    ALI,
    UP,
    "Chaiyaphum",
    "bankhwao.silk@example.co.th",
    [("รังไหมสด พันธุ์นางน้อย", "silk_cocoons"), ("ไหมสาวมือ ไหมหลืบ", "thai_silk_yarn")],
    [],
    bcg=("bio",),
)
sme(
    93,
    "en",
    "Event Linen Returns",
    CIRC,
    UP,
    "Bangkok",
    "returns@eventlinen.example.com",
    [("Worn spandex chair covers and tent drapes, by the kg", "used_event_textiles")],
    [],
    bcg=("circular",),
)
sme(
    94,
    "th",
    "บ้านพักคนชราแม่กลอง",
    ALC,
    DOWN,
    "Samut Songkhram",
    "maeklong.elderly@example.or.th",
    [("ดูแลผู้สูงอายุ พักค้างคืน", "elderly_care_service")],
    [
        need("บริษัทจัดงานศพ ทำสัญญาล่วงหน้า", "funeral_arrangement_service"),
        unmet("เตียงผู้ป่วยไฟฟ้า", "hospital beds; not textile, nobody in the set"),
        need("ผ้าคลุมร่างผู้วายชนม์ แบบพิธีพุทธ มีติดไว้บ้าง", "burial_shroud"),
    ],
)
sme(
    95,
    "th",
    "สหกรณ์ฌาปนกิจ กาฬสินธุ์",
    ALI,
    DOWN,
    "Kalasin",
    "kalasin.coop@example.or.th",
    [],
    [
        need("ชุดผ้าชักบังสุกุล สำเร็จรูป", "bangsukun_cloth"),
        need("เต็นท์ พร้อมผ้าคลุมเก้าอี้ ให้เช่า", "tent_rental_service"),
        need("ชุดสังฆทานงานศพ", "sangkhathan_set"),
    ],
)

# ---------------------------------------------------------------- end of data

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI = re.compile("[\u0e00-\u0e7f]")
THAI_LETTER = re.compile("[\u0e01-\u0e2e\u0e30-\u0e39\u0e40-\u0e45]")
LATIN_LETTER = re.compile("[A-Za-z]")
NON_ASCII = re.compile("[^\x20-\x7e]")
CERT_NAMES = {c.name: c for c in CERTIFICATIONS}


def canonical_certs(sme: Sme) -> frozenset[str]:
    return frozenset(filter(None, (resolve_certification(c) for c in sme.certifications)))


def names_certification(text: str, name: str) -> bool:
    """Whether `text` names the certification at all (claimed, asked for or waived)."""
    cert = CERT_NAMES[name]
    folded = text.casefold()
    return any(w.casefold() in folded for w in (cert.name, *cert.aliases, *cert.mentions))


def qualified_suppliers(buyer: Sme, nd: Need, smes: list[Sme]) -> list[Sme]:
    wanted = set(nd.labels)
    return [
        s
        for s in smes
        if s.num != buyer.num
        and any(label in wanted for _, label in s.offers)
        and set(nd.requires) <= canonical_certs(s)
    ]


def compute_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links = {(s.id, b.id) for b in smes for nd in b.needs if not nd.unmet for s in qualified_suppliers(b, nd, smes)}
    return sorted(links)


def script_ok(text: str, lang: str) -> bool:
    if lang == "en":
        return not THAI.search(text) and not NON_ASCII.search(text) and bool(LATIN_LETTER.search(text))
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai > 0 and thai >= 3 * latin


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    err = errors.append
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    if sorted(s.num for s in smes) != list(range(1, N_PROFILES + 1)):
        err(f"ids must be {PREFIX}-001 .. {PREFIX}-{N_PROFILES:03d}; have {len(smes)}")
    offered: dict[str, set[int]] = {}
    for s in smes:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.num)
    all_offer_texts = {t for s in smes for t, _ in s.offers}
    for s in smes:
        where = s.id
        if not ID_RE.match(s.id):
            err(f"{where}: malformed id")
        if s.lang not in ("th", "en"):
            err(f"{where}: language {s.lang!r}")
        if s.sub_cluster not in {m.value for m in SubCluster}:
            err(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in {m.value for m in Stage}:
            err(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            err(f"{where}: province {s.province!r} does not resolve")
        if not EMAIL_RE.match(s.email):
            err(f"{where}: email {s.email!r}")
        for b in s.bcg:
            if b not in {m.value for m in BcgTag}:
                err(f"{where}: bcg {b!r}")
        if len(set(s.bcg)) != len(s.bcg):
            err(f"{where}: repeated bcg tag")
        for c in s.certifications:
            if resolve_certification(c) is None:
                err(f"{where}: certification {c!r} does not resolve")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            err(f"{where}: needs 0-3 offers and 0-3 needs, and at least one of them")
        if not script_ok(s.name, s.lang):
            err(f"{where}: name {s.name!r} is not written in {s.lang}")
        held = canonical_certs(s)
        texts = [t for t, _ in s.offers] + [n.text for n in s.needs]
        if len(set(texts)) != len(texts):
            err(f"{where}: repeated phrase")
        for t in texts:
            if not t.strip() or t != t.strip() or "  " in t:
                err(f"{where}: untidy phrase {t!r}")
            if not script_ok(t, s.lang):
                err(f"{where}: phrase {t!r} is not written in {s.lang}")
        for t, label in s.offers:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", label):
                err(f"{where}: bad label {label!r}")
            claimed = find_certifications(t)
            if not claimed <= held:
                err(f"{where}: offer {t!r} claims {sorted(claimed - held)} that the SME does not hold")
        for nd in s.needs:
            w = f"{where} need {nd.text!r}"
            if nd.text in all_offer_texts:
                err(f"{w}: worded exactly like an offer")
            for c in (*nd.requires, *nd.waives):
                if c not in CERT_NAMES:
                    err(f"{w}: {c!r} is not a canonical certification name")
            if set(nd.requires) & set(nd.waives):
                err(f"{w}: requires and waives the same certification")
            asked = find_certifications(nd.text)
            if asked != set(nd.requires):
                err(f"{w}: text asks for {sorted(asked)} but the label requires {sorted(nd.requires)}")
            for c in nd.waives:
                if c in CERT_NAMES and (not names_certification(nd.text, c) or c in asked):
                    err(f"{w}: waived {c} must be named and negated in the text")
            for label in nd.labels:
                if not offered.get(label, set()) - {s.num}:
                    err(f"{w}: label {label!r} is offered by no one but the buyer")
            if not nd.unmet and not nd.labels:
                err(f"{w}: a met need must list labels")
            found = qualified_suppliers(s, nd, smes)
            if nd.unmet and found:
                err(f"{w}: marked as met by no one but {[x.id for x in found]} qualify")
            if not nd.unmet and not found:
                err(f"{w}: no qualified supplier")
    return errors


def counts(smes: list[Sme], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    rows: list[tuple[str, str]] = []
    add = rows.append
    n = len(smes)
    lang = Counter(s.lang for s in smes)
    add(("profiles", str(n)))
    add(("Thai / English profiles", f"{lang['th']} / {lang['en']} ({lang['th'] / n:.0%} Thai)"))
    sub = Counter(s.sub_cluster for s in smes)
    for m in SubCluster:
        add((f"sub-cluster `{m.value}`", str(sub[m.value])))
    stage = Counter(s.stage for s in smes)
    for m in Stage:
        add((f"stage `{m.value}`", str(stage[m.value])))
    region = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    for r, c in sorted(region.items()):
        add((f"region `{r}`", str(c)))
    add(("distinct provinces", str(len({resolve_province(s.province) for s in smes}))))
    offers = [label for s in smes for _, label in s.offers]
    add(("offers", str(len(offers))))
    add(("distinct offer labels", str(len(set(offers)))))
    needs = [(s, nd) for s in smes for nd in s.needs]
    met = [(s, nd) for s, nd in needs if not nd.unmet]
    add(("needs", str(len(needs))))
    add(("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"))
    spread = Counter(min(len(qualified_suppliers(s, nd, smes)), 4) for s, nd in met)
    add(
        (
            "met needs by number of qualified suppliers (1 / 2 / 3 / 4+)",
            " / ".join(str(spread[k]) for k in (1, 2, 3, 4)),
        )
    )
    add(("needs requiring a certification", str(sum(1 for _, nd in needs if nd.requires))))
    add(("needs waiving a certification", str(sum(1 for _, nd in needs if nd.waives))))
    add(("true links", str(len(links))))
    th_en = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    cross = th_en + en_th
    add(("links Thai supplier -> English buyer", str(th_en)))
    add(("links English supplier -> Thai buyer", str(en_th)))
    add(("cross-language links", f"{cross} ({cross / max(len(links), 1):.0%})"))
    add(("within-language links", str(len(links) - cross)))
    add(
        (
            "links between different sub-clusters",
            str(sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster)),
        )
    )
    return rows


def target_errors(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    by_id = {s.id: s for s in smes}
    thai = sum(1 for s in smes if s.lang == "th") / max(len(smes), 1)
    if not 0.50 <= thai <= 0.60:
        errors.append(f"Thai share {thai:.0%}, want about 55 %")
    if not 160 <= len(links) <= 180:
        errors.append(f"{len(links)} links, want 160-180")
    cross = sum(1 for a, b in links if by_id[a].lang != by_id[b].lang) / max(len(links), 1)
    if not 0.42 <= cross <= 0.58:
        errors.append(f"cross-language share {cross:.0%}, want about half")
    needs = [(s, nd) for s in smes for nd in s.needs]
    n_unmet = sum(1 for _, nd in needs if nd.unmet)
    if not 17 <= n_unmet <= 23:
        errors.append(f"{n_unmet} needs met by no one, want about 20")
    met = [len(qualified_suppliers(s, nd, smes)) for s, nd in needs if not nd.unmet]
    few = sum(1 for k in met if k <= 3)
    if few < 0.7 * len(met) or not any(k > 3 for k in met):
        errors.append("most met needs should have 1-3 qualified suppliers and some more")
    if not any(nd.waives for _, nd in needs) or not any(nd.requires for _, nd in needs):
        errors.append("want needs that require and needs that waive a certification")
    return errors


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


def profile_json(s: Sme) -> str:
    obj = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [t for t, _ in s.offers],
        "needs": [nd.text for nd in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


README = """\
# `eval/blind_plain_funeral`: funeral and memorial trade, plain registry wording

A hand-labelled test set for partner matching. It checks how well the matcher finds the true
supplier-buyer pairs among {n} SME profiles of the Health and Wellness Economy cluster whose
offers and needs are short registry phrases about funerals and memorial services (shrouds and
burial cloth, coffin linings and drapes, black and white mourning clothes, cloth wreaths and
ribbon sashes, funeral tents and chair covers, monks' robes and funeral offerings, cremation
cloth and pha bangsukun, memorial photo frames, mourning armbands and black ribbons, funeral
parlours, temples, hospitals and foundations that buy), together with the ordinary upstream and
midstream suppliers (cotton, hemp, silk, yarn, cloth, dyeing, bleaching, sewing, printing,
textile waste).

The wording is new: about 55 % of the profiles are in Thai, the rest in English, and a need is
usually worded differently from the offers that meet it, often in the other language. It uses
local and trade names, abbreviations, quantities, prices and minimum orders, and includes hard
but fair cases: a service versus the goods it works on (black dyeing of the customer's cloth
versus black cloth, sewing for others versus finished garments, re-dyeing old clothes), waste
and used goods versus new, raw versus processed (fibre, yarn, cloth, product), finished goods
described by material or technique, needs written as a wish or a question, refusals ("no
synthetic dye"), needs that require a named certification and needs that name one only to waive
it, and about twenty needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of `CONTRACTS.md` (the profile and links formats),
`shared/taxonomy.py` with its data files, and the ruff settings of `pyproject.toml`; not the
matcher, its glossary, its tests or any other evaluation set. All data lives in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`natural_black_cotton_fabric` versus `natural_black_dyeing_service`). Every need either lists the
offer labels that would meet it and the certifications its text requires, or is marked as met by
no one with a short note. A pair (supplier, buyer) is a true link when some offer of the supplier
carries a label listed by one of the buyer's needs and the supplier's certifications hold every
certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link; what changes what the thing is does. A waived
certification ("ไม่จำเป็นต้องมีโอทอป", "TIS not required") is not required. The labels are not
written to the output files.

Before writing, the script checks the ids, every contract field (sub-cluster, stage, BCG tags,
provinces through `resolve_province`, certifications through `resolve_certification`, e-mail,
language), that Thai phrases are mostly Thai letters and English ones Latin only, that every
label a need lists is offered by someone other than the buyer, that every met need has a
qualified supplier and every unmet one has none, that the certifications a need's text asks for
(by `find_certifications`) are exactly those it requires and that a waived one is named but
negated, that an offer claims only certifications its SME holds, and the size targets. It writes
nothing if a check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_funeral/write.py

## Files

- `write.py`: the data and labels, the checks, and the writer.
- `profiles.jsonl`: {n} profiles in the JSONL version 1 format, ids `{first}` … `{last}`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render(smes: list[Sme]) -> dict[str, bytes]:
    """The three output files, as bytes; the same whatever order `smes` comes in."""
    smes = sorted(smes, key=lambda s: s.num)
    links = compute_links(smes)
    rows = counts(smes, links)
    profiles = "".join(profile_json(s) + "\n" for s in smes)
    csv_text = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    readme = README.format(n=len(smes), first=smes[0].id, last=smes[-1].id, table=table(rows))
    return {
        "profiles.jsonl": profiles.encode("utf-8"),
        "links.csv": csv_text.encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }


def main() -> int:
    smes = sorted(SMES, key=lambda s: s.num)
    errors = check(smes)
    if not errors:
        errors = target_errors(smes, compute_links(smes))
    print(table(counts(smes, compute_links(smes))), end="")
    files = render(smes)
    if files != render(list(reversed(smes))):
        errors.append("two renderings differ")
    if errors:
        print(f"\n{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for e in errors:
            print(f"  - {e}", file=sys.stderr)
        return 1
    for name, data in files.items():
        (OUT / name).write_bytes(data)
    print(f"\nwrote {OUT.name}/: " + ", ".join(files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
