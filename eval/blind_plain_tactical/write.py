"""Write the hand-labelled evaluation set `eval/blind_plain_tactical/`.

Theme: tactical and outdoor workwear (camouflage cloth, ripstop and Cordura-type nylon, vests and pouches,
military surplus, boots, patches and hook-and-loop, security firms, hunting and airsoft shops, police and
forestry units) plus the ordinary fibre, yarn, cloth, dyeing and sewing firms of the cluster.

All data lives in this file. Every offer carries a label saying what the thing is; every need lists the
labels that would meet it and the certifications its text requires, or is marked as met by no one. The
true links follow from those labels alone. Run from the repository root:

    .venv/bin/python eval/blind_plain_tactical/write.py

The script checks the data and writes `profiles.jsonl`, `links.csv` and `README.md` next to itself; it
writes nothing when a check fails.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

taxonomy = importlib.import_module("shared.taxonomy")

PREFIX = "btc"
N_PROFILES = 95

TH, EN = "th", "en"
HEMP, CIRC, SPORT = "hemp_natural_fibre", "circular_textile", "sportech"
AGC, AGI = "ageing_lifestyle_central", "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"

# ---------------------------------------------------------------- labels: what a thing is

LABELS: dict[str, str] = {
    # upstream goods
    "cotton_lint": "raw ginned cotton fibre",
    "cotton_yarn": "mill-spun cotton yarn",
    "handspun_cotton_yarn": "hand-spun cotton yarn",
    "hemp_bast_fibre": "raw or degummed hemp bast fibre",
    "hemp_yarn": "spun hemp yarn or thread",
    "jute_fibre": "jute or kenaf fibre, twine and loose strings",
    "nylon66_yarn": "high-tenacity nylon filament yarn",
    "polyester_yarn": "virgin polyester yarn",
    "recycled_polyester_yarn": "recycled (rPET) polyester yarn",
    "aramid_yarn": "aramid (meta or para) yarn",
    "pet_flakes": "washed PET bottle flakes",
    "cutting_scraps": "pre-consumer cutting-room fabric waste",
    "used_uniforms": "used (post-consumer) uniforms and field clothing, sold as they are",
    "recycled_cotton_fibre": "fibre regenerated from shredded textiles",
    "rubber_sheet": "natural rubber sheet",
    "indigo_paste": "natural indigo dye paste",
    # midstream goods and services
    "greige_twill": "loom-state (unfinished, undyed) cotton or TC twill",
    "dyed_twill": "piece-dyed, finished cotton or TC twill and drill",
    "ripstop_fabric": "plain-dyed nylon or polyester ripstop",
    "cordura_fabric": "high-denier textured nylon (Cordura-type) cloth",
    "camo_fabric": "camouflage-printed fabric",
    "camo_printing_service": "printing camouflage on the customer's own fabric",
    "dyeing_service": "piece dyeing of the customer's own fabric",
    "dwr_coating_service": "water-repellent or PU coating of the customer's own fabric",
    "fr_fabric": "flame-resistant fabric",
    "hemp_canvas": "woven hemp cloth",
    "indigo_fabric": "cotton cloth dyed with natural indigo",
    "indigo_dyeing_service": "indigo dyeing of the customer's own yarn or cloth",
    "handwoven_cotton": "handwoven undyed cotton cloth",
    "wicking_knit": "polyester moisture-wicking knit fabric",
    "cotton_jersey": "cotton single-jersey knit fabric",
    "spacer_mesh": "3D spacer or air mesh",
    "hook_loop_tape": "hook-and-loop fastener tape",
    "webbing": "nylon or polyester webbing strap by the metre",
    "buckles": "plastic buckles, D-rings and strap hardware",
    "zippers": "zip fasteners",
    "reflective_tape": "retro-reflective tape",
    "embroidered_patches": "embroidered badges and patches",
    "pvc_patches": "moulded PVC or rubber patches",
    "embroidery_service": "embroidering names and logos on the customer's garments",
    "cut_sew_service": "sewing for others (CMT) on their cloth or cut panels",
    "laser_cutting_service": "laser cutting of the customer's fabric",
    "boot_outsoles": "rubber outsoles for boots",
    "tanned_leather": "tanned leather hides",
    "burlap_cloth": "woven jute or burlap cloth",
    "paracord": "parachute cord",
    "boot_resoling_service": "resoling and repair of the customer's boots",
    # downstream goods
    "plate_carrier": "tactical vest, plate carrier or chest rig (without armour)",
    "molle_pouches": "MOLLE pouches",
    "tactical_backpack": "tactical or patrol backpack",
    "duty_belt": "duty or battle belt",
    "field_uniform": "new field or combat uniform shirts and trousers",
    "guard_uniform": "new security-guard uniform",
    "fr_coverall": "fire-fighting coverall or suit",
    "tactical_boots": "new combat, jungle or patrol boots",
    "boonie_hat": "boonie hat or field cap",
    "tactical_gloves": "tactical or shooting gloves",
    "ghillie_suit": "ghillie suit",
    "tshirt": "plain T-shirt or undershirt",
    "rain_poncho": "rain poncho",
    "jungle_hammock": "field hammock",
    "upcycled_bag": "bag sewn from used uniforms",
    "canvas_bag": "bag of hemp or handwoven cotton cloth",
    "wiping_rags": "wiping rags cut from used textiles",
    "knee_pads": "knee and elbow pads",
    "boot_socks": "cushioned boot socks",
    "diabetic_socks": "non-binding socks for diabetic feet",
    "adaptive_clothing": "easy-dress clothing for older people",
    "sandbags": "woven sandbags",
    # wanted by someone, offered by no one in the set
    "cotton_seed": "cotton planting seed",
    "hemp_decorticator": "hemp decorticating machine",
    "reactive_dyes": "dyestuffs",
    "embroidery_thread": "embroidery thread on cones",
    "bartack_machine": "bar-tack sewing machine",
    "used_boots": "second-hand boots",
    "ballistic_panels": "ballistic armour panels",
    "kydex_holster": "moulded holster",
    "wool_felt": "wool felt",
    "down_fill": "down filling",
    "k9_harness": "working-dog harness",
    "freight_service": "export freight forwarding",
    "tarpaulin": "tarpaulin sheet",
    "thai_silk_scarf": "Thai silk scarf",
    "mosquito_net": "mosquito net",
    "incontinence_pads": "adult incontinence pads",
}


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
    unmet: str = ""  # why no one in the set meets it; empty for a need that is met


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def off(text: str, label: str) -> Offer:
    return Offer(text, label)


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def nobody(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, (), note)


def sme(
    num: int,
    lang: str,
    name: str,
    sub: str,
    stage: str,
    province: str,
    offers: list[Offer],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(num, lang, name, sub, stage, province, tuple(offers), tuple(needs), certs, bcg)


ISO9 = "ISO 9001"
OEKO = "OEKO-TEX Standard 100"
TIS = "Thai Industrial Standard"
ORG = "Organic Thailand"

# ---------------------------------------------------------------- the profiles

SMES: list[Sme] = [
    # ---- part 1: fibre, yarn, waste (upstream)
    sme(
        1,
        TH,
        "วิสาหกิจชุมชนกัญชงบ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        [
            off("ใยกัญชงลอกมือ ตากแดด มัดละ 5 กิโล", "hemp_bast_fibre"),
            off("ด้ายกัญชงเข็นมือ ม้วนละครึ่งกิโล", "hemp_yarn"),
        ],
        [need("อยากได้ช่างหมักครามรับจ้างย้อมด้ายของกลุ่ม เราส่งด้ายไปเอง", "indigo_dyeing_service")],
        certs=(ORG,),
        bcg=("bio",),
    ),
    sme(
        2,
        EN,
        "Tak Highland Hemp Cooperative",
        HEMP,
        UP,
        "Tak",
        [off("Degummed hemp bast, 40 kg bales", "hemp_bast_fibre")],
        [
            nobody("Second-hand decorticator, any condition", "machinery; no one sells machines", "hemp_decorticator"),
            need(
                "Organic Thailand certified hemp stalk fibre to top up our own harvest", "hemp_bast_fibre", req=(ORG,)
            ),
        ],
        bcg=("bio",),
    ),
    sme(
        3,
        TH,
        "กลุ่มเกษตรกรปลูกฝ้ายวังสะพุง",
        HEMP,
        UP,
        "Loei",
        [off("ปุยฝ้ายหีบเมล็ดออกแล้ว ฤดูนี้มีราว 2 ตัน", "cotton_lint")],
        [nobody("ที่ไหนมีเมล็ดพันธุ์ฝ้ายตุ่นแท้ขายบ้าง", "seed; no one sells planting seed", "cotton_seed")],
    ),
    sme(
        4,
        EN,
        "Siam Cotton Spinning Co., Ltd.",
        HEMP,
        UP,
        "Nakhon Pathom",
        [off("Ne 16/1 carded, on cones", "cotton_yarn"), off("Combed Ne 20s ring-spun, 2 t a month", "cotton_yarn")],
        [
            need("Ginned lint, 28 mm staple, truckloads", "cotton_lint"),
            nobody(
                "BCI cotton for an export programme",
                "no grower in the set holds Better Cotton",
                "cotton_lint",
                req=("Better Cotton",),
            ),
        ],
        certs=(ISO9,),
    ),
    sme(
        5,
        TH,
        "บริษัท ไทยไนลอนฟิลาเมนต์ จำกัด",
        SPORT,
        UP,
        "Rayong",
        [
            off("ด้ายไนลอน 6.6 เหนียวพิเศษ 840D/140F", "nylon66_yarn"),
            off("เส้นใยโพลีเอสเตอร์ DTY 150D/48F ม้วนละ 5 กก.", "polyester_yarn"),
        ],
        [],
        certs=(ISO9, OEKO),
    ),
    sme(
        6,
        EN,
        "Green Loop Yarns Co., Ltd.",
        CIRC,
        UP,
        "Samut Sakhon",
        [off("rPET filament 75D/72F spun from post-consumer bottles", "recycled_polyester_yarn")],
        [need("Hot-washed clear flake, 5 t lots", "pet_flakes")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        7,
        TH,
        "ร้านรับซื้อของเก่า ส.เจริญพาณิชย์",
        CIRC,
        UP,
        "Chonburi",
        [
            off("เกล็ดขวดน้ำดื่มใส บดล้างแล้ว ตันละ 18,000 บาท", "pet_flakes"),
            off("กระสอบทรายมือสอง ผ้าใบพลาสติกสาน", "sandbags"),
        ],
        [],
        bcg=("circular",),
    ),
    sme(
        8,
        EN,
        "Korat Surplus Sorting Ltd.",
        CIRC,
        UP,
        "Nakhon Ratchasima",
        [
            off("Ex-army fatigues sorted by colour, 100 kg bales", "used_uniforms"),
            off("Wipers cut from old cotton shirts, 10 kg sacks", "wiping_rags"),
        ],
        [need("Worn-out uniforms in bulk, any condition, any service", "used_uniforms")],
        bcg=("circular",),
    ),
    sme(
        9,
        TH,
        "บริษัท รีไฟเบอร์ จำกัด",
        CIRC,
        UP,
        "Samut Prakan",
        [off("ใยฝ้ายรีไซเคิล ตีจากเศษผ้า สีเทาอ่อน", "recycled_cotton_fibre")],
        [
            need("เศษผ้าตัดจากโรงงานเย็บ เอาเฉพาะผ้าฝ้าย", "cutting_scraps"),
            need("ชุดพรางเก่าที่ปลดระวางแล้ว จะเอามาตีเป็นใย", "used_uniforms"),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        10,
        EN,
        "Meta Fibre Trading",
        SPORT,
        UP,
        "Bangkok",
        [off("Meta-aramid spun Nm 50/2 (Nomex type), imported", "aramid_yarn")],
        [],
    ),
    sme(
        11,
        TH,
        "กลุ่มผู้สูงอายุบ้านโนนฟั่นปอ",
        AGI,
        UP,
        "Khon Kaen",
        [off("เชือกปอกระเจาฟั่นมือ ม้วนละกิโล", "jute_fibre")],
        [nobody("อยากได้ผ้ามุ้งไนลอนไว้ขายในหมู่บ้าน", "no one makes mosquito nets", "mosquito_net")],
    ),
    sme(
        12,
        TH,
        "สหกรณ์กองทุนสวนยางคลองหอยโข่ง",
        SPORT,
        UP,
        "Songkhla",
        [off("ยางแผ่นรมควันชั้น 3 ส่งตรงจากสวน", "rubber_sheet")],
        [],
    ),
    sme(
        13,
        EN,
        "Phu Phan Indigo Growers",
        HEMP,
        UP,
        "Sakon Nakhon",
        [off("Fermented indigo paste (nil), 1 kg tubs", "indigo_paste")],
        [],
        certs=(ORG,),
        bcg=("bio",),
    ),
    sme(
        14,
        TH,
        "กลุ่มฝ้ายอินทรีย์บ้านหนองบัว",
        HEMP,
        UP,
        "Nan",
        [off("ฝ้ายเข็นมือ ฝ้ายพื้นเมืองสีตุ่น ปลูกแบบอินทรีย์", "handspun_cotton_yarn")],
        [],
        certs=(ORG,),
        bcg=("bio",),
    ),
    sme(
        15,
        EN,
        "Bangkok Offcut Collectors",
        CIRC,
        UP,
        "Pathum Thani",
        [
            off("Cotton twill cut waste from uniform factories, sorted by colour", "cutting_scraps"),
            off("Shredded TC fibre from old work shirts", "recycled_cotton_fibre"),
        ],
        [],
        bcg=("circular",),
    ),
    sme(
        16,
        TH,
        "หจก. ปอแก้วทุ่งกุลา",
        AGI,
        UP,
        "Roi Et",
        [off("ปอแก้วแห้ง แยกเส้นแล้ว ตันละ 12,000", "jute_fibre")],
        [nobody("หาผ้าใบคลุมกองปอ ขนาด 6x8 เมตร", "no one makes tarpaulins", "tarpaulin")],
    ),
    # ---- part 2: cloth, components, services (midstream)
    sme(
        17,
        EN,
        "Bangkok Ripstop Weaving Co., Ltd.",
        SPORT,
        MID,
        "Samut Prakan",
        [
            off("70D nylon 6.6 ripstop, 150 cm, 30 colours", "ripstop_fabric"),
            off("500D textured nylon with PU back, 1.5 m wide", "cordura_fabric"),
        ],
        [need("HT filament 840 denier, monthly contract", "nylon66_yarn")],
        certs=(ISO9, OEKO),
    ),
    sme(
        18,
        TH,
        "โรงทอผ้าสหไทยเท็กซ์",
        SPORT,
        MID,
        "Nakhon Pathom",
        [
            off("ผ้าคอดูร่า 1000D สีโคโยตี้ สีเขียวขี้ม้า สีดำ", "cordura_fabric"),
            off("ผ้าร่มกันขาด ลายตาราง 210D เคลือบกันน้ำ", "ripstop_fabric"),
        ],
        [need("เส้นใยไนลอนเหนียวสำหรับทอผ้าหนา", "nylon66_yarn")],
    ),
    sme(
        19,
        EN,
        "Ratchaburi Camo Print Works",
        SPORT,
        MID,
        "Ratchaburi",
        [
            off(
                "Rotary printing of woodland, digital or MultiCam-style patterns on customer cloth",
                "camo_printing_service",
            )
        ],
        [need("Loom-state twill, 3,000 m minimum", "greige_twill")],
        certs=(OEKO,),
    ),
    sme(
        20,
        TH,
        "ร้านผ้าลายพรางพาหุรัด",
        SPORT,
        MID,
        "Bangkok",
        [
            off("ผ้าพรางดิจิตอล ทบ. หน้ากว้าง 58 นิ้ว เมตรละ 85", "camo_fabric"),
            off("ผ้าลายพรางป่า วู้ดแลนด์ เนื้อริปสต็อป", "camo_fabric"),
        ],
        [need("ผ้าพิมพ์ลายทหารสำเร็จ ซื้อยกม้วน", "camo_fabric")],
    ),
    sme(
        21,
        EN,
        "Lopburi Camo Textile Mill Co., Ltd.",
        SPORT,
        MID,
        "Lopburi",
        [off("Camouflage TC ripstop, digital and woodland, 58 inch", "camo_fabric")],
        [need("Greige goods for camo printing, 150 cm width", "greige_twill")],
        certs=(TIS, ISO9),
    ),
    sme(
        22,
        TH,
        "โรงย้อมผ้าเจริญสิน",
        CIRC,
        MID,
        "Samut Sakhon",
        [off("รับย้อมผ้าพับ สีเขียวขี้ม้า สีกากี สีกรมท่า ผ้าลูกค้าส่งมา", "dyeing_service")],
        [nobody("สีรีแอคทีฟ สีดิสเพิร์ส ราคาส่ง", "dyestuffs; no chemical supplier in the set", "reactive_dyes")],
    ),
    sme(
        23,
        EN,
        "Ayutthaya Drill Mills Co., Ltd.",
        HEMP,
        MID,
        "Phra Nakhon Si Ayutthaya",
        [
            off("Khaki and navy drill 2/1, 240 gsm, finished", "dyed_twill"),
            off("Grey cotton twill 3/1 off the loom", "greige_twill"),
        ],
        [need("Cotton spinning for drill weaving, Ne 10-20", "cotton_yarn")],
        certs=(ISO9,),
    ),
    sme(
        24,
        TH,
        "โรงทอผ้าดิบโคราช",
        HEMP,
        MID,
        "Nakhon Ratchasima",
        [off("ผ้าดิบลายสอง ยังไม่ฟอกไม่ย้อม ม้วนละ 100 หลา", "greige_twill")],
        [
            need("ด้ายฝ้ายเบอร์ 20 ยี่สิบกิโลขึ้นไป", "cotton_yarn"),
            need("อยากได้โรงงานทำสีผ้าพับให้ เราส่งผ้าไปเอง", "dyeing_service"),
        ],
    ),
    sme(
        25,
        EN,
        "AquaShield Finishing",
        SPORT,
        MID,
        "Chonburi",
        [off("DWR and PU coating on your roll goods", "dwr_coating_service")],
        [],
        certs=("bluesign",),
    ),
    sme(
        26,
        TH,
        "กลุ่มผ้าครามบ้านดอนกอย",
        HEMP,
        MID,
        "Sakon Nakhon",
        [
            off("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ ลายขิด", "indigo_fabric"),
            off("รับย้อมครามผ้าหรือด้ายของลูกค้า คิดเป็นกิโล", "indigo_dyeing_service"),
        ],
        [need("เนื้อครามหมัก ถังละ 5 กิโล", "indigo_paste")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        27,
        EN,
        "GripTape Fasteners Co., Ltd.",
        SPORT,
        MID,
        "Samut Prakan",
        [off("Sew-on hook & loop, 25 and 50 mm, 25 m rolls", "hook_loop_tape")],
        [],
    ),
    sme(
        28,
        TH,
        "ร้านอุปกรณ์กระเป๋านนท์",
        SPORT,
        MID,
        "Nonthaburi",
        [
            off("สายเว็บบิ้งไนลอน 1 นิ้ว 1.5 นิ้ว สีดำ สีทราย", "webbing"),
            off("หัวล็อก ห่วงดี ตัวปรับสาย พลาสติก POM", "buckles"),
        ],
        [need("ตีนตุ๊กแกม้วนใหญ่ เอามาตัดขายปลีก", "hook_loop_tape")],
    ),
    sme(
        29,
        EN,
        "Patch Forge Bangkok",
        SPORT,
        MID,
        "Bangkok",
        [
            off("Custom embroidered patches with hook backing, MOQ 50", "embroidered_patches"),
            off("PVC morale patches, 2D/3D moulds", "pvc_patches"),
        ],
        [
            nobody(
                "Polyester embroidery thread, 120D/2, 5,000 m cones", "no thread maker in the set", "embroidery_thread"
            )
        ],
    ),
    sme(
        30,
        TH,
        "ร้านปักชื่อหน้าค่ายนารายณ์",
        SPORT,
        MID,
        "Lopburi",
        [off("รับปักชื่อ ปักยศ ปักหมู่เลือด บนเสื้อที่ลูกค้านำมา", "embroidery_service")],
        [need("อาร์มธงชาติ อาร์มหน่วย สำเร็จรูป ติดตีนตุ๊กแก", "embroidered_patches", "pvc_patches")],
    ),
    sme(
        31,
        EN,
        "Eastern CMT Sewing Co., Ltd.",
        SPORT,
        MID,
        "Chonburi",
        [off("CMT for vests, packs and pouches on your cut panels", "cut_sew_service")],
        [nobody("Used Juki bar-tacker, LK-1900 or similar", "machinery; no one sells machines", "bartack_machine")],
        certs=("SA8000",),
    ),
    sme(
        32,
        TH,
        "โรงเย็บพิษณุโลกการ์เมนต์",
        SPORT,
        MID,
        "Phitsanulok",
        [off("รับจ้างเย็บชุดฟอร์ม ชุดพราง ใช้ผ้าของลูกค้า", "cut_sew_service")],
        [need("ซิปโลหะ ขนาดกลาง สำหรับเป้ากางเกง", "zippers")],
    ),
    sme(
        33,
        EN,
        "Precision Laser Cut Co.",
        SPORT,
        MID,
        "Pathum Thani",
        [off("Laser cutting of MOLLE slots in customer Cordura, per sheet", "laser_cutting_service")],
        [],
    ),
    sme(
        34,
        TH,
        "บริษัท ไฟร์การ์ดเท็กซ์ จำกัด",
        SPORT,
        MID,
        "Samut Prakan",
        [off("ผ้าทนไฟ อะรามิด 200 แกรม สีกากี", "fr_fabric")],
        [need("ด้ายเคฟลาร์หรือโนเม็กซ์ นำเข้า ราคาดี", "aramid_yarn")],
        certs=(ISO9,),
    ),
    sme(
        35,
        EN,
        "DryKnit Textiles Co., Ltd.",
        SPORT,
        MID,
        "Samut Sakhon",
        [
            off("Bird-eye polyester wicking knit 140 gsm", "wicking_knit"),
            off("Single jersey 30s combed cotton, 160 gsm", "cotton_jersey"),
        ],
        [
            need("GRS-certified recycled poly yarn", "recycled_polyester_yarn", req=("GRS",)),
            need("Virgin DTY 150 denier, semi-dull", "polyester_yarn"),
        ],
        certs=(OEKO,),
    ),
    sme(
        36,
        TH,
        "ร้านตาข่ายสามมิติ สำเพ็ง",
        SPORT,
        MID,
        "Bangkok",
        [off("ผ้าตาข่ายแซนวิช หนา 3 มิล สำหรับบุเป้", "spacer_mesh")],
        [],
    ),
    sme(
        37,
        EN,
        "Bright Line Reflective",
        SPORT,
        MID,
        "Samut Prakan",
        [off("2-inch silver reflective tape, sew-on", "reflective_tape")],
        [],
        certs=(TIS,),
    ),
    sme(
        38,
        TH,
        "ร้านซิปสำเพ็ง เจริญกิจ",
        SPORT,
        MID,
        "Bangkok",
        [off("ซิป YKK เบอร์ 5 เบอร์ 8 ซิปกันน้ำ ตัดตามยาว", "zippers")],
        [],
    ),
    sme(
        39,
        EN,
        "Hat Yai Sole Co.",
        SPORT,
        MID,
        "Songkhla",
        [
            off("Lug rubber outsoles for jungle boots, EU 38-46", "boot_outsoles"),
            off("Boot resoling for units and shops, send us the worn pairs", "boot_resoling_service"),
        ],
        [need("RSS3 smoked sheet, 1 t", "rubber_sheet")],
    ),
    sme(
        40,
        TH,
        "โรงฟอกหนังบางปู",
        SPORT,
        MID,
        "Samut Prakan",
        [off("หนังวัวฟอก หนา 2 มม. สีดำ สำหรับทำรองเท้า", "tanned_leather")],
        [],
    ),
    sme(
        41,
        EN,
        "Doi Hemp Weavers",
        HEMP,
        MID,
        "Chiang Rai",
        [off("Handwoven hemp canvas, 60 cm, natural", "hemp_canvas")],
        [need("Hand-spun hemp thread", "hemp_yarn")],
        bcg=("bio",),
    ),
    sme(
        42,
        TH,
        "โรงงานกระสอบปอขอนแก่น",
        AGI,
        MID,
        "Khon Kaen",
        [off("ผ้ากระสอบปอ เบอร์แลป หน้ากว้าง 1 เมตร", "burlap_cloth")],
        [need("วัตถุดิบเส้นใยทำกระสอบ ส่งเป็นตัน", "jute_fibre")],
    ),
    sme(
        43,
        EN,
        "Cordline Paracord",
        SPORT,
        MID,
        "Bangkok",
        [off("550 cord, 7 inner strands, 100 ft hanks", "paracord")],
        [need("Nylon 6.6 high tenacity filament for braiding", "nylon66_yarn")],
    ),
    sme(
        44,
        TH,
        "กลุ่มทอผ้าผู้สูงวัยบ้านหวาย",
        AGI,
        MID,
        "Roi Et",
        [off("ผ้าฝ้ายทอมือสีธรรมชาติ ไม่ได้ย้อม", "handwoven_cotton")],
        [need("เส้นฝ้ายปั่นด้วยหลา เส้นใหญ่", "handspun_cotton_yarn")],
    ),
    sme(
        45,
        EN,
        "Phetchabun Coating & Dye House",
        CIRC,
        MID,
        "Phetchabun",
        [
            off("Commission dyeing of greige, olive drab and black, 1,000 m runs", "dyeing_service"),
            off("Water-repellent finish on customer tents and tarps", "dwr_coating_service"),
        ],
        [nobody("Bulk dyestuffs, sulphur black and vat olive", "no chemical supplier in the set", "reactive_dyes")],
    ),
    # ---- part 3: gear makers, shops, units (downstream)
    sme(
        46,
        EN,
        "Krait Tactical Gear Co., Ltd.",
        SPORT,
        DOWN,
        "Bangkok",
        [
            off("JPC-style plate carriers, laser-cut, 5 colours", "plate_carrier"),
            off("MOLLE mag, admin and dump pouches", "molle_pouches"),
        ],
        [
            need("Cordura 500D in Ranger Green", "cordura_fabric"),
            need("25 mm side-release buckles and ladder locks", "buckles"),
            need("Velcro loop, 50 mm, black", "hook_loop_tape"),
        ],
        certs=(ISO9,),
    ),
    sme(
        47,
        TH,
        "ร้านบีบีกันเชียงใหม่แอร์ซอฟต์",
        SPORT,
        DOWN,
        "Chiang Mai",
        [],
        [
            need("เสื้อกั๊กยุทธวิธี ราคาส่ง", "plate_carrier"),
            need("แพทช์ติดตีนตุ๊กแก ลายฮาๆ", "embroidered_patches", "pvc_patches"),
            nobody("ซองปืนไคเด็กซ์ ใส่ปืนสั้นบีบีกัน", "no holster maker in the set", "kydex_holster"),
        ],
    ),
    sme(
        48,
        EN,
        "River Kwai Hunting Supply",
        SPORT,
        DOWN,
        "Kanchanaburi",
        [],
        [
            need("Ghillie suits, woodland, M-XL", "ghillie_suit"),
            need("Bush hats in camo", "boonie_hat"),
            need("Range gloves?", "tactical_gloves"),
        ],
    ),
    sme(
        49,
        TH,
        "ร้านชุดกิลลี่ทำมือปราณ",
        HEMP,
        DOWN,
        "Prachuap Khiri Khan",
        [off("ชุดพรางกิลลี่สูท ทำจากเชือกปอย้อมสี", "ghillie_suit")],
        [need("เส้นปอสำหรับทำพู่ชุดพราง", "jute_fibre"), need("ผ้ากระสอบเป็นม้วน", "burlap_cloth")],
    ),
    sme(
        50,
        EN,
        "Sentinel Security Services Co., Ltd.",
        SPORT,
        DOWN,
        "Bangkok",
        [],
        [
            need("400 sets of guard uniform with our logo", "guard_uniform"),
            need("Nylon duty belts", "duty_belt"),
            need("Shoulder badges, thread-stitched, company crest", "embroidered_patches"),
        ],
    ),
    sme(
        51,
        TH,
        "บริษัท ยูนิฟอร์ม รปภ. ไทย จำกัด",
        SPORT,
        DOWN,
        "Nonthaburi",
        [off("ชุด รปภ. สีกรมท่า พร้อมติดอาร์ม", "guard_uniform")],
        [
            need("ผ้าเวสปอยท์ สีกรมท่า ไม่ต้องมีโอเคเท็กซ์", "dyed_twill", waive=(OEKO,)),
            need("อาร์มปักโลโก้ลูกค้า", "embroidered_patches"),
        ],
    ),
    sme(
        52,
        EN,
        "Songkhla Provincial Police Supply Unit",
        SPORT,
        DOWN,
        "Songkhla",
        [off("Retired uniforms for disposal by tender", "used_uniforms")],
        [
            need("Field trousers to TIS spec, 1,200 pairs", "field_uniform", req=(TIS,)),
            need("Retro-reflective strips for night-patrol vests", "reflective_tape"),
        ],
    ),
    sme(
        53,
        TH,
        "ส่วนควบคุมไฟป่า ภาคเหนือ",
        SPORT,
        DOWN,
        "Chiang Mai",
        [],
        [
            need("ชุดดับไฟป่า ผ้าไม่ลามไฟ", "fr_coverall"),
            need("รองเท้าเดินป่าหุ้มข้อ", "tactical_boots"),
            need("เปลนอนกลางป่า กันยุง", "jungle_hammock"),
        ],
    ),
    sme(
        54,
        EN,
        "Jungle Step Boots Co., Ltd.",
        SPORT,
        DOWN,
        "Khon Kaen",
        [off("Canvas-and-leather jungle boots, 38-46", "tactical_boots")],
        [
            need("Vibram-style bottom units", "boot_outsoles"),
            need("Black cowhide 2 mm", "tanned_leather"),
            nobody("Wool felt for insoles", "no felt maker in the set", "wool_felt"),
        ],
    ),
    sme(
        55,
        TH,
        "โรงงานชุดฝึกลพบุรี",
        SPORT,
        DOWN,
        "Lopburi",
        [off("ชุดฝึกลายพราง เสื้อ+กางเกง ตามแบบ ทบ.", "field_uniform")],
        [
            need("ผ้าลายพรางแบบ ทบ. ซื้อเป็นพับ ไม่ต้องมี มอก. ก็ได้", "camo_fabric", waive=(TIS,)),
            need(
                "โรงพิมพ์ลายพรางรับพิมพ์บนผ้าที่เราซื้อมาเอง ต้องผ่านโอเคเท็กซ์",
                "camo_printing_service",
                req=(OEKO,),
            ),
        ],
        certs=(TIS,),
    ),
    sme(
        56,
        EN,
        "Jatujak Surplus Store",
        CIRC,
        DOWN,
        "Bangkok",
        [off("Ex-army BDU jackets, worn, grade A", "used_uniforms")],
        [
            need("New woodland BDUs, repro", "field_uniform"),
            nobody("Used jungle boots, size 42-44", "no one sells second-hand boots", "used_boots"),
        ],
        bcg=("circular",),
    ),
    sme(
        57,
        TH,
        "แบรนด์ รีแคมโม่",
        CIRC,
        DOWN,
        "Chiang Mai",
        [off("กระเป๋าเป้ทำจากชุดทหารเก่า", "upcycled_bag")],
        [
            need("ชุดพรางมือสองสภาพพอใช้ ขายเป็นกิโล", "used_uniforms"),
            need("หาช่างรับเย็บเป้ตามแพทเทิร์นของเรา", "cut_sew_service"),
        ],
        bcg=("circular",),
    ),
    sme(
        58,
        EN,
        "Rayong Wipers Co.",
        CIRC,
        DOWN,
        "Rayong",
        [off("Industrial rags, white and coloured, per kg", "wiping_rags")],
        [
            need("Post-consumer workwear and uniforms, any colour", "used_uniforms"),
            need("Cutting-room offcuts, cotton only", "cutting_scraps"),
        ],
        bcg=("circular",),
    ),
    sme(
        59,
        TH,
        "สถานดูแลผู้สูงอายุทหารผ่านศึก",
        AGC,
        DOWN,
        "Nakhon Pathom",
        [],
        [
            need("เสื้อผ้าผู้สูงอายุ แบบติดตีนตุ๊กแกแทนกระดุม", "adaptive_clothing"),
            need("ถุงเท้าสำหรับผู้ป่วยเบาหวาน ต้องได้ ISO 13485", "diabetic_socks", req=("ISO 13485",)),
            nobody("แผ่นรองซับผู้ใหญ่", "no one makes incontinence pads", "incontinence_pads"),
        ],
    ),
    sme(
        60,
        EN,
        "EasyDress Seniorwear",
        AGC,
        DOWN,
        "Nonthaburi",
        [off("Shirts with magnetic or hook-and-loop closures for seniors", "adaptive_clothing")],
        [
            need("Soft fastener tape, 20 mm", "hook_loop_tape"),
            need("OEKO-TEX cotton knit for seniors' shirts", "cotton_jersey", req=(OEKO,)),
        ],
    ),
    sme(
        61,
        TH,
        "โรงงานถุงเท้าสาครนิต",
        AGC,
        DOWN,
        "Samut Sakhon",
        [
            off("ถุงเท้าบูท หนานุ่ม ใส่กับรองเท้าคอมแบท", "boot_socks"),
            off("ถุงเท้าเบาหวาน ไม่รัดข้อ", "diabetic_socks"),
        ],
        [need("เส้นด้ายโพลีสำหรับถักถุงเท้า", "polyester_yarn")],
        certs=("ISO 13485",),
    ),
    sme(
        62,
        TH,
        "ร้านดูแลเท้าผู้สูงวัย อุดร",
        AGI,
        DOWN,
        "Udon Thani",
        [off("ถุงเท้าผู้ป่วยเบาหวาน ขอบหลวม ไซซ์ S-XL", "diabetic_socks")],
        [need("สนับเข่าสำหรับผู้สูงอายุทำสวน", "knee_pads")],
    ),
    sme(
        63,
        TH,
        "สนามบีบีกันพัทยา",
        SPORT,
        DOWN,
        "Chonburi",
        [],
        [
            need("สนับเข่าสนับศอก", "knee_pads"),
            need("ถุงมือยิงปืน ไซซ์ M L", "tactical_gloves"),
            need("ซองแม็ก ซองวิทยุ ติดเวสท์", "molle_pouches"),
        ],
    ),
    sme(
        64,
        EN,
        "Grip Tactical Gloves",
        SPORT,
        DOWN,
        "Bangkok",
        [off("Synthetic leather shooting gloves, touchscreen tips", "tactical_gloves")],
        [
            need("Goat or cow leather hides", "tanned_leather"),
            need("Wrist strap closures, hook side and loop side", "hook_loop_tape"),
        ],
    ),
    sme(
        65,
        TH,
        "โรงงานสนับเข่าสุราษฎร์",
        SPORT,
        DOWN,
        "Surat Thani",
        [off("สนับเข่ายุทธวิธี เปลือกแข็ง", "knee_pads")],
        [need("ผ้าเมชสามมิติ บุด้านใน", "spacer_mesh"), need("ผ้าไนลอนหนาเกรดทหาร", "cordura_fabric")],
    ),
    sme(
        66,
        EN,
        "Andaman Outdoor Co.",
        SPORT,
        DOWN,
        "Phuket",
        [off("Packable rain ponchos, ripstop", "rain_poncho")],
        [
            nobody(
                "bluesign approved ripstop only",
                "the ripstop weavers hold no bluesign",
                "ripstop_fabric",
                req=("bluesign",),
            ),
            need("Waterproofing for our own cut rolls", "dwr_coating_service"),
        ],
    ),
    sme(
        67,
        TH,
        "เปลสนามดอยสเตป",
        SPORT,
        DOWN,
        "Chiang Mai",
        [off("เปลสนามผ้าร่มชูชีพ พร้อมมุ้ง", "jungle_hammock")],
        [need("ผ้าร่มไนลอนบาง น้ำหนักเบา", "ripstop_fabric"), need("เชือกร่ม 550", "paracord")],
    ),
    sme(
        68,
        TH,
        "กองกำกับการตำรวจตระเวนชายแดน ตาก",
        SPORT,
        DOWN,
        "Tak",
        [off("เครื่องแบบใช้แล้ว หมดสภาพ ขายทอดตลาด", "used_uniforms")],
        [
            need("เสื้อกันฝนแบบปอนโช สีเขียว", "rain_poncho"),
            need("เปลแขวนสำหรับลาดตระเวน", "jungle_hammock"),
            need("หมวกบูนนี่", "boonie_hat"),
        ],
    ),
    sme(
        69,
        TH,
        "ร้านหมวกปีกรอบ นครศรี",
        SPORT,
        DOWN,
        "Nakhon Si Thammarat",
        [off("หมวกปีกรอบลายพราง หมวกแก๊ปทหาร", "boonie_hat")],
        [
            need("ผ้าลายทหารสีเขียว-น้ำตาล สำหรับตัดหมวก", "camo_fabric"),
            need("แถบตีนตุ๊กแกไว้ติดหมวกใส่อาร์ม", "hook_loop_tape"),
        ],
    ),
    sme(
        70,
        EN,
        "Yala Ranger Outfitters",
        SPORT,
        DOWN,
        "Yala",
        [],
        [
            need("Combat shirts and trousers for rangers", "field_uniform"),
            need("Patrol boots for wet terrain, no ISO 9001 needed", "tactical_boots", waive=(ISO9,)),
            need("Battle belts", "duty_belt"),
        ],
    ),
    # ---- part 4: more makers, shops and institutional buyers (downstream)
    sme(
        71,
        TH,
        "โรงงานเข็มขัดสนามบางบอน",
        SPORT,
        DOWN,
        "Bangkok",
        [off("เข็มขัดสนาม เข็มขัดตำรวจ ไนลอนทอแน่น", "duty_belt")],
        [need("สายผ้าทอเหนียว กว้าง 2 นิ้ว", "webbing"), need("ตัวล็อกเข็มขัดแบบ Cobra ก็ได้ พลาสติกก็ได้", "buckles")],
    ),
    sme(
        72,
        TH,
        "ครามกัญชง สตูดิโอ",
        HEMP,
        DOWN,
        "Chiang Mai",
        [off("กระเป๋าผ้ากัญชงย้อมคราม ทำมือ", "canvas_bag")],
        [
            need("ผ้ากัญชงทอมือ ถ้ามีมาตรฐานเกษตรอินทรีย์ยิ่งดี", "hemp_canvas", waive=(ORG,)),
            need("ที่ไหนมีบริการทำสีครามบนผ้าที่เราส่งไปบ้าง", "indigo_dyeing_service"),
        ],
        bcg=("bio",),
    ),
    sme(
        73,
        EN,
        "Loom & Leaf Lifestyle Store",
        HEMP,
        DOWN,
        "Bangkok",
        [],
        [
            need("Handmade fabric totes and shoulder bags", "canvas_bag"),
            need("Natural indigo cloth by the metre, no synthetic dye", "indigo_fabric"),
            need("Bags made from old army uniforms", "upcycled_bag"),
        ],
    ),
    sme(
        74,
        TH,
        "ร้านของฝากผ้าพื้นเมืองอุดร",
        AGI,
        DOWN,
        "Udon Thani",
        [],
        [
            need("ผ้าครามแท้ ไม่เอาสีเคมี ต้องมีโอทอป", "indigo_fabric", req=("OTOP",)),
            need("ผ้าทอมือเนื้อฝ้ายสีขาวนวล", "handwoven_cotton"),
        ],
    ),
    sme(
        75,
        EN,
        "Olive Basics Apparel",
        SPORT,
        DOWN,
        "Bangkok",
        [off("OD green crew-neck undershirts", "tshirt")],
        [need("Knitted cotton for T-shirts", "cotton_jersey"), need("Quick-dry poly knit", "wicking_knit")],
    ),
    sme(
        76,
        TH,
        "ร้านเครื่องแบบนักเรียนเตรียมทหาร นครนายก",
        SPORT,
        DOWN,
        "Nakhon Nayok",
        [],
        [
            need("เสื้อยืดคอกลมสีเขียวขี้ม้า", "tshirt"),
            need("ถุงเท้าทหาร ข้อยาว", "boot_socks"),
            need("ร้านปักชื่อบนเสื้อนักเรียน รับงานเยอะได้ไหม", "embroidery_service"),
        ],
    ),
    sme(
        77,
        EN,
        "Raptor Packs",
        SPORT,
        DOWN,
        "Bangkok",
        [off("Assault backpacks 30-45 L", "tactical_backpack")],
        [
            need("Cordura 1000D coyote brown", "cordura_fabric"),
            need("3D air mesh for back panels", "spacer_mesh"),
            need("#8 water-resistant zips", "zippers"),
        ],
    ),
    sme(
        78,
        TH,
        "มูลนิธิกู้ภัยราชบุรี",
        SPORT,
        DOWN,
        "Ratchaburi",
        [],
        [
            need("แถบสะท้อนแสงเย็บติดเสื้อ", "reflective_tape"),
            need("ชุดผจญเพลิง", "fr_coverall"),
            need("เป้สนามใส่อุปกรณ์กู้ภัย", "tactical_backpack"),
        ],
    ),
    sme(
        79,
        EN,
        "FireLine Workwear",
        SPORT,
        DOWN,
        "Chiang Mai",
        [off("Wildland fire coveralls, one-piece", "fr_coverall")],
        [need("Aramid cloth", "fr_fabric"), need("Hi-vis retroreflective trim for cuffs", "reflective_tape")],
    ),
    sme(
        80,
        TH,
        "บริษัท ไทยแท็คติคอล จำกัด",
        SPORT,
        DOWN,
        "Bangkok",
        [off("เวสท์แท็คติคอล ใส่เพลทได้", "plate_carrier"), off("ซองใส่แม็กกาซีน ระบบโมลลี่", "molle_pouches")],
        [
            need("ผ้า 500D", "cordura_fabric"),
            need("ตีนตุ๊กแก", "hook_loop_tape"),
            need("รับตัดเลเซอร์ผ้า", "laser_cutting_service"),
        ],
    ),
    sme(
        81,
        EN,
        "Range Backstop Co.",
        CIRC,
        DOWN,
        "Chachoengsao",
        [],
        [need("Woven PP sandbags, used is fine", "sandbags"), need("Rags for gun cleaning", "wiping_rags")],
        bcg=("circular",),
    ),
    sme(
        82,
        TH,
        "ร้านรองเท้าคอมแบท วังบูรพา",
        SPORT,
        DOWN,
        "Bangkok",
        [off("รองเท้าคอมแบทใหม่ นำเข้า", "tactical_boots")],
        [
            need("ส่งรองเท้าลูกค้าไปเปลี่ยนพื้น", "boot_resoling_service"),
            need("ถุงเท้าสำหรับเดินทางไกล พื้นหนา", "boot_socks"),
        ],
    ),
    sme(
        83,
        EN,
        "Golden Age Care Home",
        AGC,
        DOWN,
        "Samut Prakan",
        [],
        [
            need("Easy-on clothes for residents with arthritis", "adaptive_clothing"),
            need("Socks for diabetic feet, ISO 13485 not required", "diabetic_socks", waive=("ISO 13485",)),
            nobody("Lightweight down duvets", "no one sells down", "down_fill"),
        ],
    ),
    sme(
        84,
        TH,
        "กองร้อยอาสารักษาดินแดน สกลนคร",
        SPORT,
        DOWN,
        "Sakon Nakhon",
        [],
        [
            need("เครื่องแบบ อส. สีเขียว", "field_uniform"),
            need("เข็มขัดปฏิบัติงาน สีดำ", "duty_belt"),
            need("หมวกผ้าสนาม", "boonie_hat"),
        ],
    ),
    sme(
        85,
        TH,
        "ศูนย์ฝึกสุนัขตำรวจ บางเขน",
        SPORT,
        DOWN,
        "Bangkok",
        [],
        [
            nobody("สายรัดอกสุนัขทำงาน ติดโมลลี่ได้", "no one makes dog harnesses", "k9_harness"),
            need("เบลท์ครูฝึก ห้อยอุปกรณ์ได้", "duty_belt"),
        ],
    ),
    sme(
        86,
        TH,
        "ย่ามผ้าฝ้ายแม่ฮ่องสอน",
        HEMP,
        DOWN,
        "Mae Hong Son",
        [off("ย่ามผ้าฝ้ายทอมือ ลายกะเหรี่ยง", "canvas_bag")],
        [need("ผ้าขาวทอมือจากชาวบ้าน ไม่ผ่านสี", "handwoven_cotton")],
    ),
    sme(
        87,
        EN,
        "Korat Army Welfare Shop",
        SPORT,
        DOWN,
        "Nakhon Ratchasima",
        [],
        [
            need("Body armour carriers, ISO 9001 maker only", "plate_carrier", req=(ISO9,)),
            nobody("NIJ IIIA soft armour inserts", "no armour maker in the set", "ballistic_panels"),
            need("Name tapes sewn onto issued shirts", "embroidery_service"),
        ],
    ),
    sme(
        88,
        TH,
        "ร้านอุปกรณ์เดินป่า หาดใหญ่",
        SPORT,
        DOWN,
        "Songkhla",
        [],
        [
            need("เป้เดินป่า 40 ลิตร", "tactical_backpack"),
            need("เปลญวนไนลอน พกพา", "jungle_hammock"),
            need("เชือกพาราคอร์ด", "paracord"),
        ],
    ),
    sme(
        89,
        EN,
        "Second Tour Upcycling Studio",
        CIRC,
        DOWN,
        "Lampang",
        [off("Tote bags from retired camo fatigues", "upcycled_bag")],
        [
            need("Old camo clothing by the kilo", "used_uniforms"),
            need("Sewing partner with SA8000 audit", "cut_sew_service", req=("SA8000",)),
        ],
        bcg=("circular",),
    ),
    sme(
        90,
        TH,
        "ร้านเดินป่าล่าสัตว์ กาญจน์",
        SPORT,
        DOWN,
        "Kanchanaburi",
        [],
        [
            need("ชุดซุ่มยิงแบบพู่ ใส่ล่าสัตว์", "ghillie_suit"),
            need("กางเกงคาร์โก้ทหาร", "field_uniform"),
            need("ถุงมือ", "tactical_gloves"),
        ],
    ),
    sme(
        91,
        TH,
        "สถานีควบคุมไฟป่าพิษณุโลก",
        SPORT,
        DOWN,
        "Phitsanulok",
        [],
        [
            need("ชุดกันไฟสำหรับเจ้าหน้าที่ดับไฟป่า", "fr_coverall"),
            need("รองเท้าบูทเดินป่า", "tactical_boots"),
            nobody("ถุงนอนขนเป็ด", "no one sells down", "down_fill"),
        ],
    ),
    sme(
        92,
        TH,
        "ร้านเครื่องแบบ หัวหิน",
        SPORT,
        DOWN,
        "Prachuap Khiri Khan",
        [],
        [
            need("เครื่องแบบนาวิกโยธิน ลายดิจิตอล", "field_uniform"),
            need("หาร้านปักป้ายชื่อบนเครื่องแบบลูกค้า", "embroidery_service"),
        ],
    ),
    sme(
        93,
        EN,
        "Hempwise Goods",
        HEMP,
        DOWN,
        "Chiang Mai",
        [off("Hemp messenger bags", "canvas_bag")],
        [nobody("Organic Thailand hemp cloth", "the hemp weavers hold no Organic Thailand", "hemp_canvas", req=(ORG,))],
        bcg=("bio",),
    ),
    sme(
        94,
        TH,
        "ร้านขายส่งแพทช์ออนไลน์",
        SPORT,
        DOWN,
        "Nonthaburi",
        [],
        [need("แพทช์ยาง PVC", "pvc_patches"), need("อาร์มปักลายธงชาติ ขั้นต่ำ 100 ชิ้น", "embroidered_patches")],
    ),
    sme(
        95,
        EN,
        "Siam Export Gear",
        SPORT,
        DOWN,
        "Bangkok",
        [],
        [
            nobody("Freight forwarder for EU shipments", "no freight forwarder in the set", "freight_service"),
            need("Tactical pouches for EU resale", "molle_pouches"),
        ],
    ),
]

# ---------------------------------------------------------------- checks and output

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
LATIN_WORD = re.compile("[a-z]{3,}")
ID_FORM = re.compile(rf"^{PREFIX}-\d{{3}}$")


def canonical_certs(sme_: Sme) -> frozenset[str]:
    return frozenset(taxonomy.resolve_certification(c) or c for c in sme_.certs)


def qualified(buyer: Sme, need_: Need, smes: list[Sme]) -> list[Sme]:
    wanted = set(need_.labels)
    required = set(need_.requires)
    return [
        s
        for s in smes
        if s is not buyer and any(o.label in wanted for o in s.offers) and required <= canonical_certs(s)
    ]


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for need_ in buyer.needs:
            if need_.unmet:
                continue
            for supplier in qualified(buyer, need_, smes):
                links.add((supplier.id, buyer.id))
    return sorted(links)


def thai_share(text: str) -> float:
    thai = len(THAI_CHAR.findall(text))
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return thai / max(1, thai + latin)


def check_text(where: str, text: str, lang: str, errors: list[str]) -> None:
    if not text or text != text.strip() or "  " in text:
        errors.append(f"{where}: empty or badly spaced text {text!r}")
    if lang == TH and thai_share(text) < 0.5:
        errors.append(f"{where}: Thai phrase is not mostly Thai letters: {text!r}")
    if lang == EN:
        if THAI_CHAR.search(text):
            errors.append(f"{where}: English phrase has Thai letters: {text!r}")
        if any(ch.isalpha() and ord(ch) > 0x24F for ch in text):
            errors.append(f"{where}: English phrase has non-Latin letters: {text!r}")


def mentioned(text: str, cert: str) -> bool:
    folded = text.casefold()
    for c in taxonomy.CERTIFICATIONS:
        if c.name == cert:
            names = (c.name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
            return any(n.casefold() in folded for n in names)
    return False


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, len(smes) + 1)]:
        errors.append("ids are not btc-001 ... in order")
    if len(smes) != N_PROFILES:
        errors.append(f"{len(smes)} profiles, expected {N_PROFILES}")
    sub_clusters = {str(v) for v in taxonomy.SubCluster}
    stages = {str(v) for v in taxonomy.Stage}
    bcg_tags = {str(v) for v in taxonomy.BcgTag}
    offered_by: dict[str, set[str]] = defaultdict(set)
    for s in smes:
        for o in s.offers:
            offered_by[o.label].add(s.id)
    all_texts: Counter[str] = Counter()
    for s in smes:
        where = s.id
        if not ID_FORM.match(s.id):
            errors.append(f"{where}: malformed id")
        if s.lang not in taxonomy.LANGUAGES:
            errors.append(f"{where}: bad language {s.lang!r}")
        if s.sub not in sub_clusters:
            errors.append(f"{where}: bad sub-cluster {s.sub!r}")
        if s.stage not in stages:
            errors.append(f"{where}: bad stage {s.stage!r}")
        if taxonomy.resolve_province(s.province) is None:
            errors.append(f"{where}: unknown province {s.province!r}")
        for c in s.certs:
            if taxonomy.resolve_certification(c) != c:
                errors.append(f"{where}: certification {c!r} is not a canonical name")
        if len(set(s.certs)) != len(s.certs) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: repeated certification or BCG tag")
        for tag in s.bcg:
            if tag not in bcg_tags:
                errors.append(f"{where}: bad BCG tag {tag!r}")
        if not (0 <= len(s.offers) <= 3 and 0 <= len(s.needs) <= 3 and s.offers + s.needs):
            errors.append(f"{where}: needs 0-3 offers, 0-3 needs and at least one of them")
        check_text(f"{where} name", s.name, s.lang, errors)
        for o in s.offers:
            check_text(f"{where} offer", o.text, s.lang, errors)
            all_texts[o.text] += 1
            if o.label not in LABELS:
                errors.append(f"{where}: unknown offer label {o.label!r}")
            claimed = taxonomy.find_certifications(o.text)
            if not claimed <= canonical_certs(s):
                errors.append(f"{where}: offer claims {sorted(claimed)} the SME does not hold: {o.text!r}")
        for n in s.needs:
            w = f"{where} need {n.text!r}"
            check_text(w, n.text, s.lang, errors)
            all_texts[n.text] += 1
            if not n.labels:
                errors.append(f"{w}: lists no labels")
            for label in n.labels:
                if label not in LABELS:
                    errors.append(f"{w}: unknown label {label!r}")
                elif not n.unmet and not offered_by[label] - {s.id}:
                    errors.append(f"{w}: label {label!r} is offered by no one else")
            for c in (*n.requires, *n.waives):
                if taxonomy.resolve_certification(c) != c:
                    errors.append(f"{w}: certification {c!r} is not a canonical name")
                if not mentioned(n.text, c):
                    errors.append(f"{w}: certification {c!r} is not named in the text")
            found = taxonomy.find_certifications(n.text)
            if found != set(n.requires):
                errors.append(f"{w}: text asks for {sorted(found)}, labels say {sorted(n.requires)}")
            suppliers = qualified(s, n, smes)
            if n.unmet and suppliers:
                errors.append(f"{w}: marked unmet but met by {[x.id for x in suppliers]}")
            if not n.unmet and not suppliers:
                errors.append(f"{w}: no qualified supplier")
            if s.lang == EN and not n.unmet:
                mine = set(LATIN_WORD.findall(n.text.casefold()))
                for x in suppliers:
                    for o in x.offers:
                        theirs = set(LATIN_WORD.findall(o.text.casefold()))
                        if o.label in n.labels and mine and len(mine & theirs) / len(mine | theirs) > 0.5:
                            errors.append(f"{w}: shares most of its words with {x.id} offer {o.text!r}")
    for text, count in all_texts.items():
        if count > 1:
            errors.append(f"phrase used {count} times: {text!r}")
    errors += check_sizes(smes)
    return errors


def check_sizes(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    stats = statistics(smes)
    thai = stats["thai"] / len(smes)
    if not 0.5 <= thai <= 0.6:
        errors.append(f"Thai share {thai:.2f}, expected about 0.55")
    if not 160 <= stats["links"] <= 180:
        errors.append(f"{stats['links']} true links, expected 160-180")
    if not 0.4 <= stats["cross_share"] <= 0.6:
        errors.append(f"cross-language share {stats['cross_share']:.2f}, expected about one half")
    if not 17 <= stats["needs_unmet"] <= 23:
        errors.append(f"{stats['needs_unmet']} needs met by no one, expected about 20")
    per_need = stats["suppliers_per_need"]
    small = sum(1 for k in per_need if 1 <= k <= 3)
    if per_need and small / len(per_need) < 0.65:
        errors.append(f"only {small} of {len(per_need)} met needs have 1-3 suppliers")
    if not any(k > 3 for k in per_need):
        errors.append("no need is met by more than 3 suppliers")
    return errors


def statistics(smes: list[Sme]) -> dict:
    by_id = {s.id: s for s in smes}
    links = true_links(smes)
    lang = {s.id: s.lang for s in smes}
    th_en = sum(1 for a, b in links if lang[a] == TH and lang[b] == EN)
    en_th = sum(1 for a, b in links if lang[a] == EN and lang[b] == TH)
    needs = [(s, n) for s in smes for n in s.needs]
    return {
        "profiles": len(smes),
        "thai": sum(1 for s in smes if s.lang == TH),
        "english": sum(1 for s in smes if s.lang == EN),
        "sub": Counter(s.sub for s in smes),
        "stage": Counter(s.stage for s in smes),
        "region": Counter(str(taxonomy.resolve_province(s.province).region) for s in smes),
        "provinces": len({taxonomy.resolve_province(s.province).name_en for s in smes}),
        "offers": sum(len(s.offers) for s in smes),
        "offer_labels": len({o.label for s in smes for o in s.offers}),
        "needs": len(needs),
        "needs_met": sum(1 for _, n in needs if not n.unmet),
        "needs_unmet": sum(1 for _, n in needs if n.unmet),
        "needs_requiring": sum(1 for _, n in needs if n.requires),
        "needs_waiving": sum(1 for _, n in needs if n.waives),
        "suppliers_per_need": [len(qualified(s, n, smes)) for s, n in needs if not n.unmet],
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross_share": (th_en + en_th) / max(1, len(links)),
        "within": len(links) - th_en - en_th,
        "cross_sub": sum(1 for a, b in links if by_id[a].sub != by_id[b].sub),
    }


def counts_table(smes: list[Sme]) -> str:
    st = statistics(smes)
    rows = [
        ("profiles", st["profiles"]),
        ("Thai / English profiles", f"{st['thai']} / {st['english']}"),
    ]
    rows += [(f"sub-cluster `{v}`", st["sub"][str(v)]) for v in taxonomy.SubCluster]
    rows += [(f"stage `{v}`", st["stage"][str(v)]) for v in taxonomy.Stage]
    rows += [(f"region `{v}`", st["region"][str(v)]) for v in taxonomy.Region]
    per_need = Counter(min(k, 4) for k in st["suppliers_per_need"])
    rows += [
        ("distinct provinces", st["provinces"]),
        ("offers", st["offers"]),
        ("distinct offer labels", st["offer_labels"]),
        ("needs", st["needs"]),
        ("needs met / met by no one", f"{st['needs_met']} / {st['needs_unmet']}"),
        ("met needs with 1 / 2 / 3 / 4+ qualified suppliers", " / ".join(str(per_need[k]) for k in (1, 2, 3, 4))),
        ("needs requiring a certification", st["needs_requiring"]),
        ("needs waiving a certification", st["needs_waiving"]),
        ("true links", st["links"]),
        ("links Thai supplier -> English buyer", st["th_en"]),
        ("links English supplier -> Thai buyer", st["en_th"]),
        ("cross-language links (share)", f"{st['th_en'] + st['en_th']} ({st['cross_share']:.0%})"),
        ("within-language links", st["within"]),
        ("links between different sub-clusters", st["cross_sub"]),
    ]
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


def profile_json(s: Sme) -> str:
    row: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [o.text for o in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certs:
        row["certifications"] = list(s.certs)
    if s.bcg:
        row["bcg"] = list(s.bcg)
    row["contact_email"] = f"contact.{s.id}@example.co.th"
    row["language"] = s.lang
    return json.dumps(row, ensure_ascii=False)


README = """\
# `eval/blind_plain_tactical/`: tactical and outdoor workwear, plain registry entries

## What the set checks

How well the matcher finds true supplier-buyer pairs among {profiles} SME profiles worded in ways it has never
seen. The theme is tactical and outdoor workwear: camouflage cloth, ripstop and Cordura-type nylon, tactical
vests and pouches, military surplus uniforms, boots, patches and hook-and-loop tape, security firms, hunting
and airsoft shops, police and forestry units that buy, together with the ordinary fibre, yarn, cloth, dyeing
and sewing firms of the cluster. Each offer and need is one short phrase as an SME database stores it, in Thai
(about 55 % of the profiles) or English, with local names, trade words, brand names, abbreviations,
quantities, prices and sizes. About half the true links join a Thai profile with an English one.

Hard but fair cases are included on purpose: a service against the goods it works on (dyeing the customer's
cloth against dyed cloth, sewing for others against finished garments, embroidering the customer's shirts
against ready-made patches), the customer's own goods sent for work, used and waste goods against new,
raw against processed (fibre, yarn, cloth, product), finished goods described by their material, colour or
technique (an indigo-dyed hemp bag is a bag, a shirt closed with hook-and-loop is a shirt), needs written as a
wish, a bare noun phrase or a question, refusals, needs that require a named certification and needs that
name one only to waive it, and needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the contracts (cluster profiles, JSONL version 1, and the links
CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the project's ruff settings; nothing of the
matcher, its glossary, its tests, other evaluation sets or the project's data. Every province resolves with
`resolve_province`, every certification with `resolve_certification`, and sub-cluster, stage and BCG tags
are the taxonomy's values.

## How a link is decided

In `write.py` every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_fabric`, cloth dyed with indigo, against `indigo_dyeing_service`, dyeing the customer's yarn or
cloth). Every need either lists the offer labels that would meet it and the certifications its text requires,
or is marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some offer of
the supplier carries a label listed by one of the buyer's needs and the supplier's certifications hold every
certification that need requires. An SME is never linked to itself. Shared words play no part; quantities,
prices and places never decide a link; what changes what the thing is (service or goods, used or new, raw or
processed) does. A certification named only to waive it ("no ISO 9001 needed", "ไม่ต้องมี มอก. ก็ได้") is not
required. The labels live only in `write.py`; the profiles carry none.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_tactical/write.py

The script checks ids, contract fields, provinces, certifications, labels, met and unmet needs, the
language of every phrase and the size targets, and writes nothing if a check fails. Two runs give identical
bytes.

## Files

- `write.py`: all the data, the labels, the checks; writes the other three files.
- `profiles.jsonl`: {profiles} profiles `{first}` ... `{last}` in the contract's JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render(smes: list[Sme]) -> dict[str, bytes]:
    profiles = "".join(profile_json(s) + "\n" for s in smes)
    links = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in true_links(smes))
    readme = README.format(profiles=len(smes), first=smes[0].id, last=smes[-1].id, table=counts_table(smes))
    return {
        "profiles.jsonl": profiles.encode("utf-8"),
        "links.csv": links.encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }


def main() -> int:
    errors = check(SMES)
    if errors:
        for error in errors:
            print("ERROR:", error, file=sys.stderr)
        print(f"{len(errors)} problems; nothing written", file=sys.stderr)
        return 1
    first, second = render(SMES), render(SMES)
    if first != second:
        print("ERROR: two renderings differ; nothing written", file=sys.stderr)
        return 1
    for name, data in first.items():
        (HERE / name).write_bytes(data)
    print(counts_table(SMES), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
