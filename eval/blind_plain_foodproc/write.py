"""Write the blind plain-register food-processing evaluation set.

Hand-written SME registry entries (filter and press cloths, cheesecloth, tea bags, coffee socks,
sacks, fruit bags, crop covers, drying nets, hygiene wear, conveyor belts, baking cloths, and the
ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster) with the true
supplier -> buyer links decided from hand-given labels.

Run from the repository root:

    .venv/bin/python eval/blind_plain_foodproc/write.py

It checks the data, prints a counts table and writes `profiles.jsonl`, `links.csv` and
`README.md` next to itself. It writes nothing when a check fails.
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

sys.dont_write_bytecode = True  # leave no caches outside this folder
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

ID_PREFIX = "bfq"
N_PROFILES = 95
LINK_RANGE = (160, 180)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL
ALI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM
BIO = BcgTag.BIO
CIR = BcgTag.CIRCULAR
GRN = BcgTag.GREEN


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    note: str = ""  # set only for a need that no one in the set meets

    @property
    def met_expected(self) -> bool:
        return not self.note


@dataclass(frozen=True)
class Sme:
    sid: str
    language: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[BcgTag, ...]


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any supplier offering one of `labels` and holding every certification in `req`."""
    return Need(text, labels, req, waive)


def unmet(text: str, *labels: str, note: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need no one in the set meets; `labels` say what would meet it, `note` says why no one does."""
    return Need(text, labels, req, waive, note)


def sme(
    number: int,
    language: str,
    name: str,
    sub_cluster: SubCluster,
    stage: Stage,
    province: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[BcgTag, ...] = (),
) -> Sme:
    return Sme(
        f"{ID_PREFIX}-{number:03d}",
        language,
        name,
        sub_cluster,
        stage,
        province,
        tuple(offers),
        tuple(needs),
        certs,
        bcg,
    )


# ---------------------------------------------------------------- the SMEs
# Offer labels say what the thing is. Needs list the offer labels that meet them.

SMES: list[Sme] = [
    # ------------------------------------------------------------ upstream: fibre, yarn, waste
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านห้วยปลาหลด",
        HEMP,
        UP,
        "Tak",
        [
            ("เปลือกกัญชงลอกมือ ตากแห้ง กก.ละ 80 บาท", "hemp_fibre"),
            ("ด้ายกัญชงต่อมือ ม้งทำเอง ขายเป็นไจ", "hemp_yarn"),
        ],
        [],
        bcg=(BIO,),
    ),
    sme(
        2,
        "en",
        "Mae Chan Hemp Fibre Co-op",
        HEMP,
        UP,
        "Chiang Rai",
        [("Decorticated hemp fibre, long line, 50 kg bales", "hemp_fibre")],
        [need("second-hand jute gunny bags to wrap our bales", "used_jute_sack")],
        certs=("Organic Thailand",),
        bcg=(BIO,),
    ),
    sme(
        3,
        "th",
        "กลุ่มเกษตรกรปลูกฝ้ายอินทรีย์ด่านซ้าย",
        HEMP,
        UP,
        "Loei",
        [("ฝ้ายดอก ฝ้ายตุ่น ปลูกไม่ใช้สารเคมี ขายเป็นกิโล", "raw_cotton_fibre")],
        [],
        certs=("มาตรฐานเกษตรอินทรีย์",),
        bcg=(BIO, GRN),
    ),
    sme(
        4,
        "en",
        "Nan Valley Ginnery",
        HEMP,
        UP,
        "Nan",
        [
            ("Ginned cotton lint, 200 kg bales", "raw_cotton_fibre"),
            ("Cotton linters and gin motes", "cotton_waste_fibre"),
        ],
        [need("Woven polypropylene bags 50 kg, plain white", "woven_pp_sack")],
    ),
    sme(
        5,
        "th",
        "กลุ่มเข็นฝ้ายมือบ้านท่าสว่าง",
        ALI,
        UP,
        "Surin",
        [("ฝ้ายเข็นมือ เส้นใหญ่ สีขาวนวล", "cotton_yarn")],
        [need("ปุยฝ้ายที่ได้มาตรฐานเกษตรอินทรีย์ ปีละ 500 กิโล", "raw_cotton_fibre", req=("Organic Thailand",))],
        bcg=(BIO,),
    ),
    sme(
        6,
        "en",
        "Siam Yarn Trading",
        ALC,
        UP,
        "Bangkok",
        [
            ("Cotton yarn Ne 20/1 carded, on cones", "cotton_yarn"),
            ("Polyester monofilament 0.15-0.3 mm", "polyester_monofilament"),
            ("Spun poly sewing thread 40/2, 5000 m cones", "sewing_thread"),
        ],
        [],
        certs=("ISO 9001:2015", "Oeko-Tex 100"),
    ),
    sme(
        7,
        "th",
        "ร้านรับซื้อกระสอบเก่า เจ๊หมวย มหาชัย",
        CIRC,
        UP,
        "Samut Sakhon",
        [
            ("กระสอบป่านมือสอง เคยใส่กาแฟ โกโก้", "used_jute_sack"),
            ("กระสอบปุ๋ย กระสอบข้าวสารเก่า คัดแล้ว มัดละ 100 ใบ", "used_pp_sack"),
        ],
        [],
        bcg=(CIR,),
    ),
    sme(
        8,
        "en",
        "Green Loop Sorting",
        CIRC,
        UP,
        "Nakhon Pathom",
        [
            ("Pre-consumer cotton cutting scraps, colour sorted", "cotton_fabric_scraps"),
            ("Garnetted recycled cotton fibre, OE grade", "recycled_cotton_fibre"),
        ],
        [need("Old cotton uniforms and aprons from food plants", "used_cotton_workwear")],
        certs=("GRS",),
        bcg=(CIR,),
    ),
    sme(
        9,
        "th",
        "บจก. ด้ายรีไซเคิลชลบุรี",
        CIRC,
        UP,
        "Chonburi",
        [("ด้ายรีไซเคิล OE จากเศษผ้าฝ้าย เบอร์ 10-16", "recycled_cotton_yarn")],
        [
            need("เศษผ้าฝ้ายจากโรงตัดเย็บ คัดสีแล้ว ตันขึ้นไป", "cotton_fabric_scraps"),
            need("ใยฝ้ายรีไซเคิล ถ้ามี GRS ยิ่งดี", "recycled_cotton_fibre", waive=("GRS",)),
            need("ขี้ฝ้าย ใยสั้นจากโรงหีบฝ้าย", "cotton_waste_fibre"),
        ],
        certs=("GRS",),
        bcg=(CIR,),
    ),
    sme(
        10,
        "en",
        "Isan Kenaf Growers Group",
        HEMP,
        UP,
        "Sakon Nakhon",
        [("Retted kenaf fibre, sun dried, bundled", "jute_kenaf_fibre")],
        [],
        bcg=(BIO,),
    ),
    sme(
        11,
        "th",
        "โรงปั่นเชือกปอโคราช",
        HEMP,
        UP,
        "Nakhon Ratchasima",
        [("เชือกปอ เกลียว 3 มิล สำหรับเย็บปากกระสอบ", "jute_twine"), ("เส้นปอกระเจา สำหรับทอกระสอบ", "jute_yarn")],
        [need("ปอแก้ว ปอกระเจา แช่น้ำลอกแล้ว", "jute_kenaf_fibre")],
    ),
    sme(
        12,
        "en",
        "Eastern Polymer Yarns",
        SPORT,
        UP,
        "Rayong",
        [("PP raffia tape yarn for sack looms", "pp_tape_yarn"), ("Nylon 6 multifilament 210D", "nylon_yarn")],
        [],
        certs=("ISO 9001",),
    ),
    sme(
        13,
        "th",
        "วิสาหกิจชุมชนรับซื้อเสื้อผ้ามือสองขอนแก่น",
        CIRC,
        UP,
        "Khon Kaen",
        [("เสื้อผ้าเก่าคละแบบ ขายยกกระสอบ", "used_clothing")],
        [],
        bcg=(CIR,),
    ),
    sme(
        14,
        "en",
        "Phrae Natural Dye Garden",
        HEMP,
        UP,
        "Phrae",
        [
            ("Fermented indigo paste, 1 kg tubs", "indigo_dye_paste"),
            ("Dried ebony fruit and stick lac for dyeing", "natural_dye_stuff"),
        ],
        [],
        bcg=(BIO,),
    ),
    sme(
        15,
        "th",
        "กลุ่มทำเนื้อครามบ้านดอนกอย",
        ALI,
        UP,
        "Sakon Nakhon",
        [("เนื้อครามหมัก ถังละ 5 กก.", "indigo_dye_paste")],
        [],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        16,
        "en",
        "BagBack Recovery",
        CIRC,
        UP,
        "Pathum Thani",
        [
            ("Washed used PP rice sacks, baled", "used_pp_sack"),
            ("Regrind flakes from woven PP sacks", "recycled_pp_flakes"),
        ],
        [],
        certs=("GRS certified",),
        bcg=(CIR,),
    ),
    # ------------------------------------------------------------ midstream: cloth, dyeing, sewing, technical
    sme(
        17,
        "th",
        "โรงทอผ้าดิบสันกำแพง",
        HEMP,
        MID,
        "Chiang Mai",
        [
            ("ผ้าดิบ ฝ้าย 100% หน้ากว้าง 36 นิ้ว", "greige_cotton_fabric"),
            ("ผ้าขาวบาง ม้วนละ 50 หลา", "cheesecloth_fabric"),
            ("ผ้าสำลี ขนหนึ่งด้าน ยกพับ", "cotton_flannel_fabric"),
        ],
        [need("ด้ายฝ้ายเบอร์ 20 หลอดใหญ่", "cotton_yarn", "recycled_cotton_yarn")],
    ),
    sme(
        18,
        "en",
        "Sampeng Muslin Supply",
        HEMP,
        MID,
        "Bangkok",
        [
            ("Cheesecloth grade 50, 36 in, organic", "cheesecloth_fabric"),
            ("Unbleached calico 120 gsm", "greige_cotton_fabric"),
        ],
        [],
        certs=("GOTS",),
    ),
    sme(
        19,
        "th",
        "โรงฟอกย้อมสามพราน",
        ALC,
        MID,
        "Nakhon Pathom",
        [("รับฟอกขาวผ้าดิบของลูกค้า", "bleaching_service"), ("รับย้อมผ้าสีพื้น ขั้นต่ำ 300 หลา", "dyeing_service")],
        [],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        20,
        "en",
        "Baan Na Indigo Studio",
        ALI,
        MID,
        "Udon Thani",
        [
            ("Indigo vat dyeing of your cotton or hemp, per metre", "indigo_dyeing_service"),
            ("Hand-loomed indigo cotton, 1 m width", "indigo_dyed_cotton_fabric"),
        ],
        [need("fermented indigo, 20 kg a month", "indigo_dye_paste")],
        bcg=(BIO,),
    ),
    sme(
        21,
        "th",
        "กลุ่มทอผ้าย้อมครามบ้านพรรณา",
        ALI,
        MID,
        "Sakon Nakhon",
        [
            ("ผ้าฝ้ายย้อมครามทอมือ ลายขิด", "indigo_dyed_cotton_fabric"),
            ("ผ้าฝ้ายทอมือ สีธรรมชาติ ยังไม่ได้ย้อม", "handwoven_cotton_fabric"),
        ],
        [
            need("ด้ายฝ้าย หรือฝ้ายเข็นมือ", "cotton_yarn", "recycled_cotton_yarn"),
            need("ครั่ง มะเกลือ เปลือกไม้ สำหรับย้อมสี", "natural_dye_stuff"),
        ],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        22,
        "en",
        "Filtex Industrial Fabrics",
        SPORT,
        MID,
        "Samut Prakan",
        [
            ("Polyester monofilament filter cloth, 1.8 m rolls", "filter_fabric_roll"),
            ("PP multifilament filter fabric, 50 m rolls", "filter_fabric_roll"),
        ],
        [need("monofilament PET yarn 0.2 mm", "polyester_monofilament")],
        certs=("ISO 9001",),
    ),
    sme(
        23,
        "th",
        "โรงงานทอตาข่ายไนล่อนมหาชัย",
        SPORT,
        MID,
        "Samut Sakhon",
        [
            ("ผ้ามุ้งไนล่อน ตาถี่ 100 เมช ม้วนละ 30 หลา", "nylon_mesh_fabric"),
            ("ตาข่ายพีอีถัก ม้วนหน้ากว้าง 2 เมตร", "hdpe_net_fabric"),
        ],
        [need("เส้นใยไนล่อน 210 ดีเนียร์", "nylon_yarn")],
    ),
    sme(
        24,
        "en",
        "Ayutthaya Woven Sacks",
        SPORT,
        MID,
        "Phra Nakhon Si Ayutthaya",
        [
            ("Circular-woven PP fabric, tubular", "woven_pp_fabric"),
            ("PP woven bags 25/50 kg, 3-colour print", "woven_pp_sack"),
        ],
        [need("polypropylene raffia tape", "pp_tape_yarn")],
        certs=("ISO 9001",),
    ),
    sme(
        25,
        "th",
        "โรงงานทอกระสอบรีไซเคิลราชบุรี",
        CIRC,
        MID,
        "Ratchaburi",
        [("ผ้าพีพีสานจากเม็ดรีไซเคิล ม้วนละ 1,000 ม.", "woven_pp_fabric")],
        [need("เศษกระสอบพีพีบด", "recycled_pp_flakes"), need("กระสอบปุ๋ยเก่า ยังไม่ล้างก็รับ", "used_pp_sack")],
        certs=("GRS",),
        bcg=(CIR,),
    ),
    sme(
        26,
        "en",
        "Thai Spunbond Co.",
        SPORT,
        MID,
        "Chonburi",
        [("PP spunbond nonwoven 15-80 gsm", "nonwoven_pp_fabric")],
        [],
        certs=("ISO 9001", "OEKO-TEX"),
    ),
    sme(
        27,
        "th",
        "บจก. เทฟลอนชีท ไทย",
        SPORT,
        MID,
        "Pathum Thani",
        [("ผ้าใยแก้วเคลือบเทฟลอน ม้วน หน้ากว้าง 1 ม.", "ptfe_coated_fabric")],
        [],
    ),
    sme(
        28,
        "en",
        "Nonthaburi CMT Sewing",
        ALC,
        MID,
        "Nonthaburi",
        [
            ("Cut, make and trim from customer fabric", "sewing_service"),
            ("Hemming and overlocking by the piece", "sewing_service"),
        ],
        [need("polyester sewing thread, cones", "sewing_thread")],
    ),
    sme(
        29,
        "th",
        "ร้านสกรีนกระสอบตลาดน้อย",
        ALC,
        MID,
        "Bangkok",
        [("รับสกรีนโลโก้ลงกระสอบ ถุงผ้า ของลูกค้า", "printing_service")],
        [],
    ),
    sme(
        30,
        "th",
        "กลุ่มแม่บ้านรับจ้างเย็บบ้านโนนทัน",
        ALI,
        MID,
        "Khon Kaen",
        [("รับจ้างเย็บ ถุงผ้า ผ้ากันเปื้อน ลูกค้าส่งผ้ามาเอง", "sewing_service")],
        [],
    ),
    sme(
        31,
        "en",
        "Lanna Hemp Weavers",
        HEMP,
        MID,
        "Chiang Mai",
        [("Handwoven hemp cloth, natural colour, 40 cm", "hemp_fabric")],
        [
            need("hand-spliced hemp thread", "hemp_yarn"),
            unmet(
                "RCS recycled cotton yarn for hemp-cotton blends",
                "recycled_cotton_yarn",
                req=("RCS",),
                note="the one recycled cotton yarn spinner holds GRS, not RCS",
            ),
        ],
        bcg=(BIO,),
    ),
    sme(
        32,
        "th",
        "บจก. สายพานฟู้ดเกรด บางพลี",
        SPORT,
        MID,
        "Samut Prakan",
        [("สายพาน PU ฟู้ดเกรด สีขาว ตัดต่อตามขนาด", "food_conveyor_belt"), ("สายพานผ้าใบ ลำเลียงขนม", "food_conveyor_belt")],
        [
            unmet(
                "ผ้าโพลีเอสเตอร์ทอหนา สำหรับทำโครงสายพาน",
                "polyester_carcass_fabric",
                note="no one offers heavy polyester belt carcass fabric",
            )
        ],
        certs=("ISO 9001",),
    ),
    sme(
        33,
        "en",
        "Krungthep Embroidery",
        ALC,
        MID,
        "Bangkok",
        [("Logo embroidery on aprons, caps and uniforms you send", "embroidery_service")],
        [],
    ),
    sme(
        34,
        "th",
        "โรงทอผ้าปอ ศรีสะเกษ",
        HEMP,
        MID,
        "Sisaket",
        [("ผ้ากระสอบปอ ทอหนา 10 ออนซ์ ขายเป็นเมตร", "hessian_fabric")],
        [need("เส้นปอสำหรับทอ", "jute_yarn")],
    ),
    # ------------------------------------------------------------ downstream: makers of food textiles
    sme(
        35,
        "th",
        "ร้านผ้ากรองมหาชัย",
        SPORT,
        DOWN,
        "Samut Sakhon",
        [
            ("ผ้ากรองน้ำปลา ผ้าเพรส ตัดเย็บตามขนาดแผ่น", "filter_press_cloth"),
            ("ถุงกรองไนล่อน 100-200 ไมครอน", "liquid_filter_bag"),
        ],
        [need("ผ้ากรองโพลีเอสเตอร์ เป็นม้วน", "filter_fabric_roll"), need("มุ้งไนล่อนเนื้อละเอียด", "nylon_mesh_fabric")],
    ),
    sme(
        36,
        "en",
        "PressTex Filter Solutions",
        SPORT,
        DOWN,
        "Bangkok",
        [
            ("Filter press cloths for palm and rice bran oil mills", "filter_press_cloth"),
            ("Re-sewing and patching of worn press cloths", "filter_cloth_repair_service"),
        ],
        [need("PP filter fabric rolls from an ISO 9001 mill", "filter_fabric_roll", req=("ISO 9001",))],
        certs=("ISO 9001",),
    ),
    sme(
        37,
        "th",
        "ร้านอุปกรณ์ทำเต้าหู้ เจ๊กิม ปากเกร็ด",
        ALC,
        DOWN,
        "Nonthaburi",
        [
            ("ผ้าห่อเต้าหู้ ผ้าขาวบางตัดสำเร็จ 50x50 ซม.", "food_straining_cloth"),
            ("ถุงกรองน้ำเต้าหู้ ผ้าฝ้าย เย็บสองชั้น", "liquid_filter_bag"),
        ],
        [need("อยากได้ผ้าขาวบางยกม้วน ราคาส่ง", "cheesecloth_fabric")],
    ),
    sme(
        38,
        "en",
        "Nut Milk Bag Co.",
        ALC,
        DOWN,
        "Bangkok",
        [
            ("Nylon nut milk bags 30x30 cm", "liquid_filter_bag"),
            ("Muslin spice bags with drawstring", "muslin_spice_bag"),
            ("Flannel socks for Thai tea and coffee", "coffee_filter_sock"),
        ],
        [
            need("fine nylon mesh by the yard", "nylon_mesh_fabric"),
            need("GOTS certified muslin for our organic line", "cheesecloth_fabric", req=("GOTS",)),
        ],
    ),
    sme(
        39,
        "th",
        "กลุ่มเย็บถุงข้าวผ้าทอมือ ยโสธร",
        ALI,
        DOWN,
        "Yasothon",
        [
            ("ถุงใส่ข้าวหอมมะลิ ผ้าฝ้ายทอมือย้อมคราม 1 กก.", "handwoven_cotton_gift_bag"),
            ("ถุงผ้าขาวม้าใส่ข้าว 2 กก. ผูกเชือก", "handwoven_cotton_gift_bag"),
        ],
        [
            need("ผ้าฝ้ายทอมือเป็นพับ", "handwoven_cotton_fabric"),
            need("มีที่ไหนรับย้อมครามผ้าฝ้ายที่เราทอเองไหม", "indigo_dyeing_service"),
        ],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        40,
        "en",
        "CleanCap Hygiene Supplies",
        ALC,
        DOWN,
        "Nonthaburi",
        [("Disposable bouffant caps, 100 pcs per pack", "hairnet_cap"), ("PE sleeve covers, disposable", "arm_sleeve")],
        [need("spunbond PP 10-20 gsm in rolls", "nonwoven_pp_fabric")],
        certs=("Halal certified",),
    ),
    sme(
        41,
        "th",
        "ร้านชุดฟอร์มโรงงานอาหาร บางบอน",
        ALC,
        DOWN,
        "Bangkok",
        [
            ("ชุดพนักงานโรงงานอาหาร สีขาว ผ้าโทเร", "food_factory_uniform"),
            ("ผ้ากันเปื้อนผ้าคอตตอน มีกระเป๋า", "cotton_apron"),
            ("หมวกคลุมผมผ้า ด้านบนเป็นตาข่าย", "hairnet_cap"),
        ],
        [
            need("ช่างเย็บรับงานตัดเย็บ 500 ชุดต่อเดือน", "sewing_service"),
            need("ย้อมผ้าโทเรของร้านเป็นสีกรมท่า", "dyeing_service", "indigo_dyeing_service"),
        ],
        certs=("โอเคเท็กซ์",),
    ),
    sme(
        42,
        "en",
        "AquaGuard Workwear",
        SPORT,
        DOWN,
        "Samut Sakhon",
        [
            ("PVC waterproof aprons for seafood plants", "waterproof_apron"),
            ("Rubber-coated arm sleeves, elastic cuff", "arm_sleeve"),
            ("Honeycomb nylon hair nets, black", "hairnet_cap"),
        ],
        [],
        certs=("ISO 9001",),
    ),
    sme(
        43,
        "th",
        "ร้านถุงห่อผลไม้แปดริ้ว",
        SPORT,
        DOWN,
        "Chachoengsao",
        [("ถุงห่อมะม่วง ผ้าสปันบอนด์สีขาว", "fruit_bagging_bag"), ("ถุงตาข่ายห่อฝรั่ง ห่อชมพู่", "fruit_bagging_bag")],
        [need("ผ้าสปันบอนด์ 30 แกรม เป็นม้วน", "nonwoven_pp_fabric")],
    ),
    sme(
        44,
        "en",
        "AgriCover Thailand",
        SPORT,
        DOWN,
        "Ratchaburi",
        [
            ("Insect netting 40 mesh for vegetable tunnels", "crop_cover_net"),
            ("Black woven PP ground cover, 100 m rolls", "weed_control_mat"),
            ("Green nylon drying nets for chilli and fish", "drying_net"),
        ],
        [need("knitted HDPE net in rolls", "hdpe_net_fabric")],
        bcg=(GRN,),
    ),
    sme(
        45,
        "th",
        "ร้านตาข่ายตากปลาแม่กลอง",
        SPORT,
        DOWN,
        "Samut Songkhram",
        [("แผงตาข่ายตากปลาเค็ม 1x2 เมตร", "drying_net"), ("มุ้งเขียวตากพริก ตากกุ้ง ตัดตามสั่ง", "drying_net")],
        [need("ตาข่ายพีอี ยกม้วน", "hdpe_net_fabric")],
    ),
    sme(
        46,
        "en",
        "BakeWell Supplies",
        ALC,
        DOWN,
        "Bangkok",
        [
            ("Reusable PTFE baking liners cut to tray size", "ptfe_baking_sheet"),
            ("Linen proofing couche, 60 cm wide", "proofing_couche"),
        ],
        [
            need("PTFE coated glass cloth, rolls", "ptfe_coated_fabric"),
            unmet("heavy flax linen canvas for couches", "linen_fabric", note="no one offers linen cloth"),
        ],
    ),
    sme(
        47,
        "th",
        "ร้านถุงชงกาแฟโบราณ นครชัยศรี",
        ALC,
        DOWN,
        "Nakhon Pathom",
        [("ถุงชงกาแฟโบราณ ผ้าสำลี ด้ามไม้", "coffee_filter_sock"), ("ถุงชาชักทรงยาว ผ้าสำลีหนา", "coffee_filter_sock")],
        [need("ผ้าสำลีเนื้อฝ้าย ยกพับ", "cotton_flannel_fabric")],
    ),
    sme(
        48,
        "en",
        "Doi Leaf Tea Packing",
        HEMP,
        DOWN,
        "Chiang Rai",
        [
            ("Empty drawstring tea bags, cotton, 7x9 cm", "empty_tea_bag"),
            ("Pyramid nylon tea bags, unfilled", "empty_tea_bag"),
        ],
        [need("food-grade cotton muslin, plain weave", "cheesecloth_fabric")],
    ),
    sme(
        49,
        "th",
        "วิสาหกิจชุมชนถุงชาฝ้ายอินทรีย์แม่ริม",
        HEMP,
        DOWN,
        "Chiang Mai",
        [("ถุงชาเปล่า ผ้าฝ้ายออร์แกนิค หูรูด", "empty_tea_bag")],
        [need("ผ้าขาวบางที่ได้ GOTS", "cheesecloth_fabric", req=("GOTS",))],
        certs=("GOTS",),
        bcg=(BIO,),
    ),
    sme(
        50,
        "en",
        "Second Sack Studio",
        CIRC,
        DOWN,
        "Bangkok",
        [("Tote bags upcycled from coffee jute sacks", "upcycled_jute_bag")],
        [
            need("Used coffee or cocoa gunny bags, clean", "used_jute_sack"),
            need("sewing partner for 300 totes a month", "sewing_service"),
            need("burlap by the metre for linings", "hessian_fabric"),
        ],
        bcg=(CIR,),
    ),
    sme(
        51,
        "th",
        "กลุ่มรีไซเคิลผ้าเช็ดเครื่องจักร สันทราย",
        CIRC,
        DOWN,
        "Chiang Mai",
        [("ผ้าขี้ริ้ว เศษผ้าฝ้าย เช็ดเครื่องจักร กก.ละ 25 บาท", "cotton_rag_wipers")],
        [need("เสื้อผ้าเก่า ผ้าฝ้ายคละสี ชุดยูนิฟอร์มเก่า", "used_clothing", "used_cotton_workwear", "used_press_cloth")],
        bcg=(CIR,),
    ),
    sme(
        52,
        "en",
        "Southern Jute Bag Co.",
        HEMP,
        DOWN,
        "Chumphon",
        [
            ("New jute gunny bags 60 kg for coffee and cocoa beans", "new_jute_sack"),
            ("Hessian cloth rolls 10 oz", "hessian_fabric"),
        ],
        [need("jute twine for closing bags", "jute_twine")],
    ),
    sme(
        53,
        "th",
        "ร้านกระสอบป่าน ทรงวาด",
        HEMP,
        DOWN,
        "Bangkok",
        [("กระสอบป่านใหม่ นำเข้าบังคลาเทศ ใบละ 45 บาท", "new_jute_sack")],
        [],
    ),
    sme(
        54,
        "en",
        "Calico Flour Bag Factory",
        ALC,
        DOWN,
        "Samut Prakan",
        [("Cotton calico flour bags 1-25 kg, printed", "cotton_calico_sack")],
        [
            need("grey cotton sheeting", "greige_cotton_fabric"),
            need("Who can screen print our logo on bags we supply?", "printing_service"),
        ],
    ),
    sme(
        55,
        "th",
        "กลุ่มทำลูกประคบ ร้อยเอ็ด",
        ALI,
        DOWN,
        "Roi Et",
        [("ผ้าห่อลูกประคบ ผ้าดิบตัดสำเร็จ", "herbal_compress_wrap")],
        [need("ผ้าดิบ ผ้าฝ้ายยังไม่ฟอก", "greige_cotton_fabric"), need("ส่งผ้าดิบไปฟอกขาว รับจ้างฟอก", "bleaching_service")],
        bcg=(BIO,),
    ),
    sme(
        56,
        "th",
        "โรงงานกระสอบข้าวสุพรรณ",
        SPORT,
        DOWN,
        "Suphan Buri",
        [("กระสอบข้าวสาร พีพีสาน 5 กก. 15 กก. พิมพ์ 4 สี", "woven_pp_sack"), ("ถุงกระสอบเคลือบ กันชื้น ใส่น้ำตาล", "woven_pp_sack")],
        [need("ผ้าพีพีทอกลม", "woven_pp_fabric")],
    ),
    sme(
        57,
        "en",
        "SafeHands Food Hygiene Wear",
        ALC,
        DOWN,
        "Chonburi",
        [
            ("Cotton drill aprons, white, bib style", "cotton_apron"),
            ("Reusable cotton arm sleeves", "cotton_arm_sleeve"),
        ],
        [
            unmet(
                "cut-resistant gloves for filleting, level 5",
                "cut_resistant_glove",
                note="no one offers cut-resistant gloves",
            )
        ],
    ),
    sme(
        58,
        "th",
        "กลุ่มเย็บผ้านึ่งข้าวเหนียว กาฬสินธุ์",
        ALI,
        DOWN,
        "Kalasin",
        [
            ("ผ้าขาวบางรองหวด นึ่งข้าวเหนียว ผืนละ 15 บาท", "food_straining_cloth"),
            ("ถุงผ้าขาวบางห่อเครื่องต้มยำ", "muslin_spice_bag"),
        ],
        [need("ผ้าป่านบาง ผ้าดิบบาง เป็นม้วน", "cheesecloth_fabric")],
    ),
    sme(
        59,
        "en",
        "Beltline Conveyor Parts",
        SPORT,
        DOWN,
        "Samut Prakan",
        [("Food-grade PVC and PU conveyor belts, cut and joined", "food_conveyor_belt")],
        [],
    ),
    sme(
        60,
        "th",
        "ร้านถุงคลุมทุเรียน จันทบุรี",
        SPORT,
        DOWN,
        "Chanthaburi",
        [("ถุงตาข่ายห่อทุเรียน กันกระรอก", "fruit_bagging_bag"), ("สแลนพรางแสง 70% ม้วน 100 เมตร", "crop_cover_net")],
        [need("ผ้าตาข่ายเป็นม้วน เอามาทำถุง", "hdpe_net_fabric")],
    ),
    # ------------------------------------------------------------ downstream: food plants, farms, shops, institutions
    sme(
        61,
        "en",
        "Golden Soy Tofu Factory",
        ALC,
        DOWN,
        "Bangkok",
        [
            ("Firm and silken tofu, wholesale", "tofu_product"),
            ("Worn tofu cloths, washed, sold by kg", "used_press_cloth"),
        ],
        [
            need("tofu pressing cloths 40x40 cm, hemmed", "food_straining_cloth"),
            need("soy milk straining bags", "liquid_filter_bag"),
            need("Halal certified hair covers for 80 staff", "hairnet_cap", req=("Halal",)),
        ],
    ),
    sme(
        62,
        "th",
        "ร้านน้ำเต้าหู้ป้าแดง ตลาดพลู",
        ALC,
        DOWN,
        "Bangkok",
        [("น้ำเต้าหู้ ปาท่องโก๋ ส่งร้านกาแฟ", "soy_milk_product")],
        [
            need("ถุงกรองน้ำเต้าหู้ ทนน้ำร้อน", "liquid_filter_bag"),
            unmet("ถุงมือผ้าฝ้ายถัก ใส่ตอนยกหม้อ", "knitted_cotton_glove", note="no one offers knitted cotton gloves"),
        ],
    ),
    sme(
        63,
        "en",
        "Amphawa Coconut Milk",
        ALC,
        DOWN,
        "Samut Songkhram",
        [("Fresh coconut milk, 20 L pails", "coconut_milk_product")],
        [
            need("bags for squeezing grated coconut", "liquid_filter_bag"),
            need("cheesecloth squares, hemmed, for pressing coconut", "food_straining_cloth"),
        ],
    ),
    sme(
        64,
        "th",
        "โรงน้ำปลาตราปูทอง",
        ALC,
        DOWN,
        "Chanthaburi",
        [("น้ำปลาแท้ หมักในโอ่ง 18 เดือน", "fish_sauce_product")],
        [need("ผ้ากรองน้ำปลา ผ้าอัดกากปลา", "filter_press_cloth"), need("เอี๊ยมยางกันน้ำสำหรับคนงาน", "waterproof_apron")],
        certs=("อย.",),
    ),
    sme(
        65,
        "th",
        "ร้านน้ำอ้อยคั้นสด ตลาด อ.ต.ก.",
        ALC,
        DOWN,
        "Bangkok",
        [("น้ำอ้อยคั้นสด บรรจุขวด", "cane_juice_product")],
        [need("ถุงผ้ากรองน้ำอ้อย ซักได้", "liquid_filter_bag")],
    ),
    sme(
        66,
        "th",
        "โรงสีข้าวบ้านไผ่",
        ALI,
        DOWN,
        "Khon Kaen",
        [("ข้าวหอมมะลิ ข้าวเหนียว ขายส่ง", "rice_product"), ("กระสอบข้าวใช้แล้ว ราคาถูก", "used_pp_sack")],
        [
            need("กระสอบพีพีสาน 50 กก. พิมพ์ยี่ห้อโรงสี", "woven_pp_sack"),
            unmet("ผ้าใบตากข้าวเปลือก แบบเคลือบกันน้ำ", "canvas_tarpaulin", note="no one offers coated canvas tarpaulins"),
        ],
    ),
    sme(
        67,
        "en",
        "Surin Jasmine Rice Co-op",
        ALI,
        DOWN,
        "Surin",
        [("Hom Mali jasmine rice, 1 kg gift packs", "rice_product")],
        [
            need("OTOP handwoven cotton bags for 1 kg rice gifts", "handwoven_cotton_gift_bag", req=("OTOP",)),
            need("rice sacks 25 kg, TIS not required", "woven_pp_sack", waive=("Thai Industrial Standard",)),
        ],
    ),
    sme(
        68,
        "th",
        "บจก. น้ำตาลทรายกาญจน์",
        ALC,
        DOWN,
        "Kanchanaburi",
        [("น้ำตาลทรายขาว บรรจุกระสอบ 50 กก.", "sugar_product")],
        [
            need("กระสอบสานมีถุงใน ใส่น้ำตาล 50 กิโล ผู้ผลิตต้องได้ ISO 9001", "woven_pp_sack", req=("ISO 9001",)),
            unmet(
                "ถุงจัมโบ้ 1 ตัน",
                "fibc_bulk_bag",
                note="no one offers FIBC jumbo bags; woven PP sacks and PP fabric are other goods",
            ),
        ],
    ),
    sme(
        69,
        "en",
        "Thai Golden Flour Mill",
        ALC,
        DOWN,
        "Samut Prakan",
        [("Wheat and rice flour, 25 kg", "flour_product")],
        [
            need("calico bags printed with our mill logo", "cotton_calico_sack"),
            unmet(
                "dust collector filter bags for the mill",
                "dust_filter_bag",
                note="no one offers dust-collector filter bags; filter fabric rolls are not bags",
            ),
        ],
    ),
    sme(
        70,
        "th",
        "วิสาหกิจชุมชนกาแฟดอยผาฮี้",
        HEMP,
        DOWN,
        "Chiang Rai",
        [("สารกาแฟอาราบิก้า", "coffee_beans_product"), ("กระสอบกาแฟเปล่า ใช้แล้ว", "used_jute_sack")],
        [need("กระสอบปอใหม่ ใส่สารกาแฟ 60 กิโล", "new_jute_sack")],
        bcg=(BIO,),
    ),
    sme(
        71,
        "en",
        "Chumphon Cocoa Farmers Group",
        HEMP,
        DOWN,
        "Chumphon",
        [("Fermented, sun-dried cocoa beans", "cocoa_beans_product")],
        [
            unmet(
                "Fairtrade certified jute bags for export cocoa",
                "new_jute_sack",
                req=("Fairtrade",),
                note="no jute sack maker in the set holds Fairtrade",
            ),
            need("pod protection bags against borers", "fruit_bagging_bag"),
        ],
        bcg=(BIO,),
    ),
    sme(
        72,
        "th",
        "สวนมะม่วงน้ำดอกไม้ ลุงเชิด",
        SPORT,
        DOWN,
        "Chachoengsao",
        [("มะม่วงน้ำดอกไม้สีทอง คัดส่งออก", "mango_product")],
        [
            need("ถุงห่อมะม่วง 10,000 ใบ", "fruit_bagging_bag"),
            unmet("ตาข่ายโฟมหุ้มผลมะม่วง ส่งออก", "foam_net_sleeve", note="no one offers EPE foam net sleeves"),
        ],
    ),
    sme(
        73,
        "th",
        "สวนฝรั่งกิมจู สามพราน",
        SPORT,
        DOWN,
        "Nakhon Pathom",
        [("ฝรั่งกิมจู ขายหน้าสวน", "guava_product")],
        [need("ถุงห่อฝรั่ง ระบายอากาศได้", "fruit_bagging_bag"), need("มุ้งไนล่อนกันแมลง ขึ้นโรงเรือนเพาะกล้า", "crop_cover_net")],
    ),
    sme(
        74,
        "th",
        "ฟาร์มผักอินทรีย์แม่แตง",
        HEMP,
        DOWN,
        "Chiang Mai",
        [("ผักสลัดอินทรีย์ ส่งร้านอาหาร", "vegetable_product")],
        [need("สแลน หรือตาข่ายคลุมแปลงผัก", "crop_cover_net"), need("ผ้าคลุมดินกันหญ้า แบบสาน", "weed_control_mat")],
        certs=("Organic Thailand",),
        bcg=(BIO, GRN),
    ),
    sme(
        75,
        "en",
        "Pattani Dried Fish Enterprise",
        SPORT,
        DOWN,
        "Pattani",
        [("Salted dried fish and keropok", "dried_fish_product")],
        [
            need("drying nets for fish, 1x2 m frames", "drying_net"),
            unmet(
                "Waterproof aprons from a Halal certified maker",
                "waterproof_apron",
                req=("Halal",),
                note="the one waterproof apron maker holds no Halal certificate",
            ),
        ],
        certs=("Halal",),
    ),
    sme(
        76,
        "th",
        "กลุ่มพริกแห้ง กันทรลักษ์",
        ALI,
        DOWN,
        "Sisaket",
        [("พริกแห้ง พริกป่น", "chilli_product")],
        [need("มุ้งตากพริก", "drying_net"), need("กระสอบป่าน ใหม่หรือเก่าก็ได้ ใส่พริกแห้ง", "new_jute_sack", "used_jute_sack")],
    ),
    sme(
        77,
        "en",
        "Lampang Khao Taen Group",
        ALC,
        DOWN,
        "Lampang",
        [("Khao taen rice crackers with cane sugar drizzle", "rice_cracker_product")],
        [
            need("drying trays with nylon netting for rice crackers", "drying_net"),
            need("hair covers and aprons for 30 home workers", "hairnet_cap", "cotton_apron"),
        ],
    ),
    sme(
        78,
        "th",
        "ร้านเบเกอรี่บ้านขนมปัง ลาดพร้าว",
        ALC,
        DOWN,
        "Bangkok",
        [("ขนมปังโฮลวีท ครัวซองต์", "bakery_product")],
        [
            need("แผ่นรองอบเทฟลอน ใช้ซ้ำได้", "ptfe_baking_sheet"),
            need("ผ้าพักแป้งบาแก็ต", "proofing_couche"),
            unmet(
                "แผ่นซิลิโคนรองนวดแป้ง",
                "silicone_baking_mat",
                note="no one offers silicone baking mats; PTFE liners are a different thing",
            ),
        ],
    ),
    sme(
        79,
        "en",
        "Siam Frozen Seafood Plc",
        SPORT,
        DOWN,
        "Chonburi",
        [
            ("Frozen shrimp and squid", "seafood_product"),
            ("Retired cotton uniforms, washed, 2 t a year", "used_cotton_workwear"),
        ],
        [
            need("food-grade PU conveyor belting, ISO 9001 supplier only", "food_conveyor_belt", req=("ISO 9001",)),
            need("waterproof aprons and arm sleeves", "waterproof_apron", "arm_sleeve"),
            unmet(
                "uniform laundry service, 1,000 sets a week",
                "industrial_laundry_service",
                note="no one offers laundry; uniform makers sell new uniforms",
            ),
        ],
    ),
    sme(
        80,
        "th",
        "โรงงานปลากระป๋อง มหาชัย",
        ALC,
        DOWN,
        "Samut Sakhon",
        [("ปลาซาร์ดีนกระป๋อง", "canned_fish_product")],
        [
            need("หมวกตัวหนอน เน็ตคลุมผม ถ้ามีฮาลาลก็ดี", "hairnet_cap", waive=("Halal",)),
            need("ปลอกแขนกันน้ำ", "arm_sleeve"),
            unmet("ผ้าห่มคลุมพาเลท เก็บความเย็น", "thermal_pallet_cover", note="no one offers insulated pallet covers"),
        ],
    ),
    sme(
        81,
        "en",
        "Isan Herbal Tea Community Enterprise",
        ALI,
        DOWN,
        "Udon Thani",
        [("Butterfly pea and lemongrass herbal tea", "herbal_tea_product")],
        [
            need("Empty tea bags with string, 5x7 cm", "empty_tea_bag"),
            need("cotton pouches for boiling herbs", "muslin_spice_bag"),
        ],
        bcg=(BIO,),
    ),
    sme(
        82,
        "th",
        "ไร่ชาอู่หลง ดอยแม่สลอง",
        HEMP,
        DOWN,
        "Chiang Rai",
        [("ชาอู่หลงเบอร์ 12 ใบม้วน", "tea_product")],
        [
            need("ถุงกรองชาเปล่า แบบพีระมิดหรือหูรูด", "empty_tea_bag"),
            unmet(
                "ผ้าใยกัญชงที่ได้ GOTS ห่อกล่องชา",
                "hemp_fabric",
                req=("GOTS",),
                note="hemp cloth is offered only without GOTS",
            ),
        ],
    ),
    sme(
        83,
        "en",
        "Old Town Coffee Carts",
        ALC,
        DOWN,
        "Bangkok",
        [("Thai iced coffee and cha yen from carts", "coffee_drink_product")],
        [need("Cloth coffee filter socks, 20 pcs a month, Halal nice to have", "coffee_filter_sock", waive=("Halal",))],
    ),
    sme(
        84,
        "th",
        "ร้านชาชักโรตี หาดใหญ่",
        ALC,
        DOWN,
        "Songkhla",
        [("ชาชัก โรตี", "tea_drink_product")],
        [need("ถุงชงชา ถุงผ้าชักชา", "coffee_filter_sock")],
        certs=("ฮาลาล",),
    ),
    sme(
        85,
        "en",
        "Silver Years Care Home Kitchen",
        ALC,
        DOWN,
        "Nonthaburi",
        [],
        [
            need("Kitchen aprons, cotton, OEKO-TEX", "cotton_apron", req=("OEKO-TEX Standard 100",)),
            need("hair nets for kitchen staff", "hairnet_cap"),
            unmet("aramid oven mitts, heat resistant", "heat_resistant_mitt", note="no one offers oven mitts"),
        ],
    ),
    sme(
        86,
        "th",
        "โรงพยาบาลด่านขุนทด งานโภชนาการ",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        [],
        [
            need("ผ้ากันเปื้อน หมวกคลุมผม สำหรับแม่ครัว", "cotton_apron", "hairnet_cap"),
            need("ชุดแม่ครัวสีขาว ไม่ต้องมี มอก.", "food_factory_uniform", waive=("Thai Industrial Standard",)),
        ],
    ),
    sme(
        87,
        "en",
        "Krabi Palm Oil Mill",
        SPORT,
        DOWN,
        "Krabi",
        [("Crude palm oil", "palm_oil_product")],
        [
            need("press cloths for crude oil clarification", "filter_press_cloth"),
            need("cotton rags for wiping machines", "cotton_rag_wipers"),
            need("re-stitching of our torn press cloths", "filter_cloth_repair_service"),
        ],
    ),
    sme(
        88,
        "th",
        "กลุ่มน้ำตาลโตนดเพชรบุรี",
        ALC,
        DOWN,
        "Phetchaburi",
        [("น้ำตาลโตนด น้ำตาลปึก", "palm_sugar_product")],
        [
            need("ถุงกรองน้ำตาลสด ตาถี่", "liquid_filter_bag"),
            need("ผ้าขาวบางกรองน้ำตาล เป็นม้วน ไม่ต้องมี GOTS", "cheesecloth_fabric", waive=("GOTS",)),
        ],
    ),
    sme(
        89,
        "en",
        "Lanna Organic Soy Milk",
        HEMP,
        DOWN,
        "Chiang Mai",
        [("Organic soy milk in glass bottles", "soy_milk_product")],
        [
            unmet(
                "GOTS organic cotton filter bags for soy milk",
                "liquid_filter_bag",
                req=("GOTS",),
                note="no filter bag maker holds GOTS",
            ),
            need("cheesecloth to line the okara press", "cheesecloth_fabric"),
        ],
        bcg=(BIO,),
    ),
    sme(
        90,
        "th",
        "ร้านของฝากผ้าพื้นเมือง อุบล",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        [("หมอนขิด ผ้าพันคอผ้าฝ้าย", "khit_pillow_scarf")],
        [
            need("ผ้าฝ้ายย้อมครามเป็นผืน ไม่เอาสีเคมี", "indigo_dyed_cotton_fabric"),
            unmet(
                "ผ้ากัญชงย้อมคราม",
                "indigo_dyed_hemp_fabric",
                note="no one offers indigo-dyed hemp cloth; hemp cloth and indigo dyeing are offered apart",
            ),
            need("ถุงผ้าใส่ข้าว ทอมือ ไว้ขายเป็นของฝาก", "handwoven_cotton_gift_bag"),
        ],
    ),
    sme(
        91,
        "en",
        "Riverside Hotel Group Kitchens",
        CIRC,
        DOWN,
        "Bangkok",
        [("Retired kitchen linen and chef aprons", "used_cotton_workwear")],
        [
            need("chef aprons, sturdy cotton", "cotton_apron"),
            need("logo embroidery on aprons we already own", "embroidery_service"),
        ],
        bcg=(CIR,),
    ),
    sme(
        92,
        "th",
        "โรงงานข้าวเกรียบกุ้ง ปทุม",
        ALC,
        DOWN,
        "Pathum Thani",
        [("ข้าวเกรียบกุ้ง ข้าวเกรียบปลา", "cracker_product")],
        [
            need("สายพานลำเลียงฟู้ดเกรด ลำเลียงแผ่นข้าวเกรียบ", "food_conveyor_belt"),
            need("ผ้ากันเปื้อนพลาสติก กันน้ำ", "waterproof_apron"),
        ],
    ),
    sme(
        93,
        "en",
        "Mekong Herbal Compress Supply",
        ALI,
        DOWN,
        "Mukdahan",
        [("Thai herbal compress balls for spas", "herbal_compress_product")],
        [
            need("pre-cut cloth for wrapping herbal compresses", "herbal_compress_wrap"),
            unmet("banana fibre twine for tying", "banana_fibre_twine", note="no one offers banana fibre twine"),
        ],
        bcg=(BIO,),
    ),
    sme(
        94,
        "th",
        "วิสาหกิจชุมชนปลาแห้งบ้านท่าเสด็จ",
        ALI,
        DOWN,
        "Nong Khai",
        [("ปลาแห้ง ปลาส้ม ปลาร้าบอง", "dried_fish_product")],
        [
            need("มุ้งตากปลา แผงใหญ่", "drying_net"),
            unmet("ผ้าใบกันฝน คลุมแผงตากปลา", "canvas_tarpaulin", note="no one offers canvas tarpaulins"),
        ],
    ),
    sme(
        95,
        "th",
        "ร้านกระเป๋ากระสอบข้าว พิษณุโลก",
        CIRC,
        DOWN,
        "Phitsanulok",
        [("กระเป๋าช้อปปิ้งจากกระสอบข้าวเก่า", "upcycled_pp_bag")],
        [need("กระสอบข้าวสารใช้แล้ว สภาพดี ไม่ขาด", "used_pp_sack")],
        bcg=(CIR,),
    ),
]


# ---------------------------------------------------------------- checks

_ID_RE = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
_LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
_EMAIL_RE = re.compile(r"^[a-z0-9.\-]+@[a-z0-9.\-]+\.[a-z]+$")


def _is_thai_letter(char: str) -> bool:
    return "\u0e00" <= char <= "\u0e7f"


def _is_latin_letter(char: str) -> bool:
    return char.isascii() or "\u00c0" <= char <= "\u024f"


def _thai_share(text: str) -> float:
    letters = [c for c in text if c.isalpha() or _is_thai_letter(c)]
    if not letters:
        return 0.0
    return sum(_is_thai_letter(c) for c in letters) / len(letters)


def _latin_only(text: str) -> bool:
    return all(_is_latin_letter(c) for c in text if c.isalpha() or _is_thai_letter(c))


def _mentions(text: str, certification: str) -> bool:
    """Whether `text` names `certification` at all, claimed or negated."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for cert in CERTIFICATIONS:
        if cert.name != certification:
            continue
        names = (cert.name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
        return any(unicodedata.normalize("NFKC", n).casefold() in folded for n in names)
    return False


def email_for(item: Sme) -> str:
    if item.language == "en":
        slug = re.sub(r"[^a-z0-9]+", "-", item.name.casefold()).strip("-")
        return f"contact@{slug}.example.com"
    return f"info.{item.sid.replace('-', '')}@example.co.th"


def held(item: Sme) -> frozenset[str]:
    return frozenset(c for c in (resolve_certification(v) for v in item.certifications) if c)


def qualified_suppliers(buyer: Sme, wanted: Need, smes: list[Sme]) -> list[Sme]:
    labels = set(wanted.labels)
    return [
        s
        for s in smes
        if s.sid != buyer.sid and any(label in labels for _, label in s.offers) and set(wanted.requires) <= held(s)
    ]


def compute_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for wanted in buyer.needs:
            for supplier in qualified_suppliers(buyer, wanted, smes):
                links.add((supplier.sid, buyer.sid))
    return sorted(links)


def check(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    ids = [s.sid for s in smes]
    expected = [f"{ID_PREFIX}-{n:03d}" for n in range(1, N_PROFILES + 1)]
    if ids != expected:
        missing = sorted(set(expected) - set(ids))
        extra = sorted(set(ids) - set(expected))
        dupes = sorted(i for i, c in Counter(ids).items() if c > 1)
        errors.append(
            f"ids: missing {missing[:5]}..., extra {extra}, duplicated {dupes}, order ok={ids == sorted(ids)}"
        )
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.sid)
    for s in smes:
        where = s.sid
        if not _ID_RE.match(s.sid):
            errors.append(f"{where}: bad id")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: bad language {s.language!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for value in s.certifications:
            if resolve_certification(value) is None:
                errors.append(f"{where}: certification {value!r} does not resolve")
        if len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: repeated bcg tag")
        if not (0 <= len(s.offers) <= 3 and 0 <= len(s.needs) <= 3) or not (s.offers or s.needs):
            errors.append(f"{where}: {len(s.offers)} offers and {len(s.needs)} needs")
        if not _EMAIL_RE.match(email_for(s)):
            errors.append(f"{where}: bad email {email_for(s)!r}")
        phrases = [s.name] + [t for t, _ in s.offers] + [n.text for n in s.needs]
        for text in phrases:
            if text != text.strip() or "  " in text or not text:
                errors.append(f"{where}: untidy phrase {text!r}")
            if s.language == "th" and _thai_share(text) < 0.5:
                errors.append(f"{where}: Thai phrase mostly not Thai: {text!r}")
            if s.language == "en" and not _latin_only(text):
                errors.append(f"{where}: English phrase with non-Latin letters: {text!r}")
        texts = [t for t, _ in s.offers] + [n.text for n in s.needs]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: repeated phrase")
        for text, label in s.offers:
            if not _LABEL_RE.match(label):
                errors.append(f"{where}: bad label {label!r} on {text!r}")
        for wanted in s.needs:
            tag = f"{where} need {wanted.text!r}"
            if not wanted.labels:
                errors.append(f"{tag}: lists no label")
            for label in wanted.labels:
                if not _LABEL_RE.match(label):
                    errors.append(f"{tag}: bad label {label!r}")
                if wanted.met_expected and not (offered_by.get(label, set()) - {s.sid}):
                    errors.append(f"{tag}: label {label!r} offered by no one else")
            for cert in (*wanted.requires, *wanted.waives):
                if cert not in {c.name for c in CERTIFICATIONS}:
                    errors.append(f"{tag}: {cert!r} is not a canonical certification")
                if not _mentions(wanted.text, cert):
                    errors.append(f"{tag}: does not name {cert}")
            claimed = find_certifications(wanted.text)
            if claimed != set(wanted.requires):
                errors.append(f"{tag}: text requires {sorted(claimed)}, labelled {sorted(wanted.requires)}")
            if set(wanted.requires) & set(wanted.waives):
                errors.append(f"{tag}: requires and waives the same certification")
            suppliers = qualified_suppliers(s, wanted, smes)
            if wanted.met_expected and not suppliers:
                errors.append(f"{tag}: no qualified supplier")
            if not wanted.met_expected and suppliers:
                errors.append(f"{tag}: marked unmet but met by {[x.sid for x in suppliers]}")
    thai = sum(s.language == "th" for s in smes)
    if smes and not THAI_SHARE_RANGE[0] <= thai / len(smes) <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {thai / len(smes):.2f} outside {THAI_SHARE_RANGE}")
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        errors.append(f"{len(links)} links, outside {LINK_RANGE}")
    by_id = {s.sid: s for s in smes}
    cross = sum(by_id[a].language != by_id[b].language for a, b in links)
    if links and not CROSS_SHARE_RANGE[0] <= cross / len(links) <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {cross / len(links):.2f} outside {CROSS_SHARE_RANGE}")
    n_unmet = sum(not n.met_expected for s in smes for n in s.needs)
    if not UNMET_RANGE[0] <= n_unmet <= UNMET_RANGE[1]:
        errors.append(f"{n_unmet} unmet needs, outside {UNMET_RANGE}")
    return errors


# ---------------------------------------------------------------- output


def profile_json(item: Sme) -> str:
    record: dict[str, object] = {
        "id": item.sid,
        "name": item.name,
        "sub_cluster": item.sub_cluster.value,
        "stage": item.stage.value,
        "province": item.province,
        "offers": [text for text, _ in item.offers],
        "needs": [n.text for n in item.needs],
    }
    if item.certifications:
        record["certifications"] = list(item.certifications)
    if item.bcg:
        record["bcg"] = [tag.value for tag in item.bcg]
    record["contact_email"] = email_for(item)
    record["language"] = item.language
    return json.dumps(record, ensure_ascii=False)


def counts(smes: list[Sme], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.sid: s for s in smes}
    needs = [n for s in smes for n in s.needs]
    met_by = [len(qualified_suppliers(s, n, smes)) for s in smes for n in s.needs]
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    provinces = {resolve_province(s.province).name_en for s in smes}  # type: ignore[union-attr]
    met_hist = Counter(min(k, 4) for k in met_by if k)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai / English", f"{sum(s.language == 'th' for s in smes)} / {sum(s.language == 'en' for s in smes)}"),
    ]
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub_cluster is sub for s in smes))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage is stage for s in smes))))
    for region in sorted(regions):
        rows.append((f"region {region}", str(regions[region])))
    rows += [
        ("distinct provinces", str(len(provinces))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{sum(1 for k in met_by if k)} / {sum(1 for k in met_by if not k)}"),
        (
            "met needs by number of suppliers (1 / 2 / 3 / 4+)",
            " / ".join(str(met_hist[k]) for k in (1, 2, 3, 4)),
        ),
        ("needs requiring a certification", str(sum(bool(n.requires) for n in needs))),
        ("needs waiving a certification", str(sum(bool(n.waives) for n in needs))),
        ("SMEs with no offers / no needs", f"{sum(not s.offers for s in smes)} / {sum(not s.needs for s in smes)}"),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.0%})" if links else "0"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster is not by_id[b].sub_cluster for a, b in links)),
        ),
    ]
    return rows


def counts_table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README_HEAD = """# Blind evaluation set: plain registry entries, food and agro-processing textiles

## What it checks

How well the matcher finds the true supplier -> buyer pairs among SMEs of the Health and Wellness
Economy textile cluster when the profiles are short, plain registry entries on a theme the matcher
has not been tuned on: food and agro-processing textiles. Filter and press cloths (tofu, soy milk,
coconut milk, fish sauce, cane juice, oil mills), cheesecloth and muslin, tea bags and coffee filter
socks, rice, sugar and flour sacks, coffee and cocoa jute bags, fruit protection bags, crop covers,
drying nets, hairnets, aprons and sleeves, conveyor belts and baking cloths; the mills, weavers and
sewers who make them; food factories, farms and community enterprises who buy them; and the
ordinary cotton, hemp, yarn, cloth, dyeing and sewing suppliers of the cluster.

The same kind of goods is written in many ways (regional and trade names, abbreviations, brand
names, with and without quantities, prices, sizes, minimum orders and places), and a need is
usually worded differently from the offers that meet it, often in the other language. Hard but fair
cases: a service versus the goods it works on (dyeing or sewing for the customer versus dyed cloth
or finished goods), the customer's own goods sent for work, waste and used goods versus new, raw
versus processed (fibre, yarn, cloth, product), finished goods described by material, colour or
technique, needs written as a wish, a bare noun phrase or a question, refusals, needs that require a
named certification and needs that name one only to waive it, and needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the contracts (cluster profiles, JSONL version 1, and
the links CSV), `shared/taxonomy.py`, the files in `shared/taxonomy_data/`, and the ruff settings
in `pyproject.toml`; not the matcher, its glossary, its tests or any other evaluation set. All
profiles, labels and notes live in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need lists the offer labels that
would meet it and the certifications its text requires; a need that no one in the set meets carries a
short note instead. A pair (supplier, buyer) is a true link when some offer of the supplier carries a
label listed by one of the buyer's needs and the supplier's certifications (resolved with
`resolve_certification`) hold every certification that need requires. An SME is never linked to
itself. Shared words play no part; quantities, prices and places never decide a link; what changes
what the thing is does. A certification a need names only to waive it ("GRS ยิ่งดี", "no GOTS
needed") is not required.

Before writing, `write.py` checks: ids unique and well-formed; every contract field valid (provinces
resolve with `resolve_province`, certifications with `resolve_certification`, sub-cluster, stage and
BCG values from the taxonomy); every label a need lists is offered by someone other than the buyer;
every met need has a qualified supplier and every unmet one has none; a required or waived
certification is named in the need's text, and `find_certifications` on the text finds exactly the
required ones; Thai phrases are mostly Thai letters and English ones Latin only; the size targets.
It writes nothing if a check fails. Two runs give identical bytes.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_foodproc/write.py

## Files

- `write.py`: the data (profiles with labels) and the checks; writes the files below.
- `profiles.jsonl`: the SME profiles in the contract's JSONL version 1 format, no labels.
- `links.csv`: the true links, `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def render(smes: list[Sme], links: list[tuple[str, str]], table: str) -> dict[str, str]:
    profiles = "".join(profile_json(s) + "\n" for s in smes)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return {"profiles.jsonl": profiles, "links.csv": buffer.getvalue(), "README.md": README_HEAD + table}


def main() -> int:
    links = compute_links(SMES)
    table = counts_table(counts(SMES, links))
    print(table, end="")
    errors = check(SMES, links)
    if errors:
        print(f"\n{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    for filename, text in render(SMES, links, table).items():
        (HERE / filename).write_text(text, encoding="utf-8")
    print(f"wrote {', '.join(sorted(render(SMES, links, table)))} in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
