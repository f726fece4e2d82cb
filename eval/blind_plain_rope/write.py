"""Write the hand-labelled evaluation set `eval/blind_plain_rope/`.

Rope, cord and twine makers of the Health and Wellness Economy cluster, the fibre, yarn, dyeing
and sewing businesses around them, and the farms, fishermen, craft shops, boatyards, gyms, care
homes and furniture makers that buy from them, written as plain registry entries in Thai and
English.

Every offer is a (text, label) pair whose label says what the thing is. Every need lists the labels
that would meet it and the certifications its text requires, or says that no one in the set meets
it. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed
by one of the buyer's needs and the supplier holds every certification that need requires. The
labels live only in this file; the profiles carry none.

Run from the repository root:

    .venv/bin/python eval/blind_plain_rope/write.py

It checks the data, writes nothing if a check fails, and otherwise writes `profiles.jsonl`,
`links.csv` and `README.md` next to itself and prints the counts table.
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

PREFIX = "bro"
N_PROFILES = 95

HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
AGC = SubCluster.AGEING_LIFESTYLE_CENTRAL
AGI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM
BIO = BcgTag.BIO
CIRCULAR = BcgTag.CIRCULAR
GREEN = BcgTag.GREEN


# ------------------------------------------------------------------ what a thing is

LABELS: dict[str, str] = {
    # fibre, waste and raw material (upstream)
    "hemp_fibre": "hemp bast fibre, raw, decorticated or carded",
    "jute_fibre": "jute fibre (ปอกระเจา)",
    "kenaf_fibre": "kenaf fibre (ปอแก้ว)",
    "sisal_fibre": "sisal fibre (ป่านศรนารายณ์)",
    "coir_fibre": "coconut husk fibre",
    "cotton_fibre": "seed cotton or ginned cotton lint",
    "dried_water_hyacinth": "dried water-hyacinth stalks",
    "recycled_cotton_fibre": "cotton fibre torn back from textile waste",
    "cotton_fabric_scraps": "cotton cutting waste and offcuts",
    "mixed_textile_waste": "used garments, linen and mixed-fibre textile waste",
    "used_fishing_nets": "used or end-of-life fishing nets",
    "used_rope_waste": "used rope and rope offcuts",
    "recycled_pp_pellets": "recycled polypropylene pellets",
    "rice_straw_bales": "baled rice straw (not twine)",
    # yarn (upstream)
    "cotton_yarn": "undyed mill-spun cotton yarn",
    "handspun_cotton_yarn": "undyed hand-spun cotton yarn",
    "dyed_cotton_yarn": "cotton yarn dyed with synthetic or unnamed dyes",
    "natural_dyed_cotton_yarn": "cotton yarn dyed with plant dyes",
    "recycled_cotton_yarn": "yarn spun from recycled cotton",
    "hemp_yarn": "hemp yarn",
    "jute_yarn": "spun jute yarn",
    "polyester_filament_yarn": "polyester filament yarn",
    "nylon_filament_yarn": "nylon filament yarn",
    "recycled_nylon_yarn": "nylon yarn recycled from nets",
    # cord, rope and twine (midstream)
    "cotton_macrame_cord": "soft cotton cord or string for macrame and craft",
    "cotton_rope": "thick twisted or braided cotton rope",
    "natural_dyed_cotton_cord": "cotton cord dyed with plant dyes",
    "recycled_cotton_cord": "cord or rope of recycled cotton",
    "jute_twine": "jute twine or rope",
    "kenaf_rope": "kenaf twine or rope",
    "sisal_rope": "sisal twine or rope",
    "hemp_cord": "hemp twine, cord or rope",
    "coir_rope": "coconut coir rope",
    "water_hyacinth_cord": "twisted water-hyacinth cord",
    "paper_cord": "twisted paper cord or paper rope",
    "pp_rope": "polypropylene or polysteel rope",
    "pp_baler_twine": "polypropylene twine for hay and straw balers",
    "pp_raffia_string": "PP raffia tying string (เชือกฟาง)",
    "recycled_pp_rope": "rope of recycled polypropylene",
    "nylon_rope": "nylon rope",
    "recycled_nylon_rope": "rope of recycled nylon nets",
    "net_twine": "netting twine for making and mending nets",
    "mooring_line": "boat mooring and dock lines",
    "dynamic_climbing_rope": "dynamic kernmantle rope for climbing",
    "static_rescue_rope": "static kernmantle rope for rescue, rope access and abseiling",
    "paracord": "parachute cord, thin kernmantle cord",
    "elastic_cord": "elastic shock cord",
    "polyester_braided_cord": "thin braided polyester cord",
    "hammock_cord": "cord for knotting hammocks",
    "tent_guy_line": "guy lines for tents",
    "shoelaces": "shoelaces",
    "elastic_no_tie_laces": "elastic laces that need no tying",
    "drawcord": "drawcords and drawstrings for garments and bags",
    # cloth (midstream)
    "handwoven_cotton_fabric": "handwoven cotton cloth",
    "indigo_dyed_cotton_fabric": "indigo-dyed cotton cloth",
    "hemp_fabric": "hemp cloth",
    # work done on the customer's goods (midstream)
    "natural_dyeing_service": "dyeing the customer's yarn, cord or cloth with plant dyes",
    "yarn_dyeing_service": "dyeing the customer's yarn or cord",
    "sewing_service": "sewing for others, the customer's cloth or parts",
    "splicing_service": "rope splicing and rope repair",
    "braiding_service": "braiding the customer's yarn into cord",
    "spinning_service": "spinning the customer's fibre into yarn",
    "shredding_service": "tearing the customer's textile waste back to fibre",
    "machine_repair_service": "repair of rope and braiding machines",
    # machines
    "rope_twisting_machine": "rope twisting and laying machines",
    "braiding_machine": "cord braiding machines",
    "spinning_machine": "spinning wheels and small spinning machines",
    # finished goods (downstream)
    "rope_basket": "coiled or sewn rope baskets",
    "macrame_decor": "macrame wall hangings and plant hangers",
    "macrame_bag": "macrame bags",
    "rope_pet_toy": "rope toys for pets",
    "sisal_cat_scratcher": "sisal cat scratching posts",
    "hammock": "hammocks and hammock chairs",
    "jute_bag": "jute bags",
    "hemp_fabric_bag": "bags of hemp cloth",
    "handwoven_cotton_bag": "bags of handwoven cotton cloth",
    "drawstring_bag": "drawstring bags",
    "recycled_rope_bag": "bags crocheted or knotted of recycled rope",
    "krajood_mat": "woven krajood sedge mats",
    "krajood_bag": "woven krajood sedge bags",
    "water_hyacinth_basket": "water-hyacinth baskets",
    "rope_doormat": "rope doormats",
    "rope_chair": "chairs with rope or cord seats",
    "rope_fender": "knotted rope boat fenders",
    "battle_rope": "battle ropes for training",
    "gym_climbing_rope": "thick rope for climbing in gyms",
    "jump_rope": "skipping ropes",
    "sports_net": "sports nets",
    "bed_rope_ladder": "bed ladders and pull-up straps for getting up",
    "eyeglass_cord": "eyeglass cords",
    # offers that nobody in the set buys
    "climbing_course": "climbing courses and gear rental",
    "boat_repair": "boat repair",
    "fitness_classes": "fitness classes",
    "pitch_rental": "sports pitch rental",
    "elderly_care": "elderly care",
    "elderly_garments": "garments for the elderly",
    "sneakers": "canvas shoes",
    "retail": "shop retail",
    "dive_trips": "dive trips",
    "fishing_gear": "fishing tackle",
    "farm_produce": "farm produce",
    "mussels": "farmed mussels",
    "school_uniforms": "school uniforms",
    "camping_gear": "tents and camping gear",
    "sewing_thread": "sewing thread",
    "pha_khao_ma": "pha khao ma cloth",
}


@dataclass(frozen=True)
class Need:
    text: str
    meets: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it; empty for a met need


def need(text: str, *labels: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that the offers with these labels meet (when the supplier holds `requires`)."""
    return Need(text, labels, requires, waives)


def unmet(text: str, note: str, *labels: str, requires: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `requires` when only a certification is missing."""
    return Need(text, labels, requires, (), note)


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[BcgTag, ...]

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: SubCluster,
    stage: Stage,
    province: str,
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[BcgTag, ...] = (),
) -> Sme:
    return Sme(num, language, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg)


# ------------------------------------------------------------------ the profiles

PART_1: tuple[Sme, ...] = (
    # fibre, waste, yarn and the first rope makers
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านแม่แรม",
        HEMP,
        UP,
        "Chiang Mai",
        "maeram.hemp@example.com",
        offers=[
            ("ใยกัญชงลอกมือ ตากแห้ง มัดละ 5 กิโล", "hemp_fibre"),
            ("ด้ายกัญชงเข็นมือ สีธรรมชาติ ขายเป็นไจ", "hemp_yarn"),
        ],
        needs=[need("อยากได้เครื่องปั่นด้ายไฟฟ้าขนาดเล็ก ใช้ในครัวเรือน", "spinning_machine")],
        certs=("Organic Thailand",),
        bcg=(BIO,),
    ),
    sme(
        2,
        "en",
        "Mae Chan Hemp Fibre Co.",
        HEMP,
        UP,
        "Chiang Rai",
        "sales.maechanhemp@example.com",
        offers=[
            ("Decorticated hemp bast fibre, 50 kg bales", "hemp_fibre"),
            ("Carded hemp sliver for rope spinning", "hemp_fibre"),
        ],
        needs=[need("Machine to twist hemp into 3-strand rope, used OK", "rope_twisting_machine")],
        certs=("OCS",),
        bcg=(BIO, GREEN),
    ),
    sme(
        3,
        "th",
        "กลุ่มเกษตรกรปลูกปอบ้านหนองแวง",
        HEMP,
        UP,
        "Roi Et",
        "nongwaeng.jute@example.com",
        offers=[("ปอกระเจาแช่น้ำ ลอกเปลือกแล้ว ขายเป็นตัน", "jute_fibre")],
        needs=[need("มีโรงไหนรับปั่นปอเป็นเส้นด้ายบ้าง เราส่งวัตถุดิบไปเอง", "spinning_service")],
    ),
    sme(
        4,
        "th",
        "สหกรณ์ผู้ปลูกปอแก้วโกสุมพิสัย",
        HEMP,
        UP,
        "Maha Sarakham",
        "kosum.kenaf@example.com",
        offers=[
            ("ปอแก้วตากแห้ง เกรดเอ ส่งได้ทั้งปี", "kenaf_fibre"),
            ("เชือกปอแก้วฟั่น 3 เกลียว ม้วนละ 100 เมตร", "kenaf_rope"),
        ],
        needs=[need("เครื่องฟั่นเชือก มือสองก็เอา", "rope_twisting_machine")],
    ),
    sme(
        5,
        "en",
        "Pranburi Sisal Estate",
        HEMP,
        UP,
        "Prachuap Khiri Khan",
        "office.pranburisisal@example.com",
        offers=[
            ("Brushed sisal fibre, long line, 1 t minimum, about 48 baht/kg", "sisal_fibre"),
            ("Sisal garden twine, 2-ply, 1 kg spools", "sisal_rope"),
        ],
        needs=[unmet("Spare blades for our sisal decorticator", "no machine parts for fibre decorticators in the set")],
        bcg=(BIO,),
    ),
    sme(
        6,
        "th",
        "กลุ่มแปรรูปใยมะพร้าวท่าแซะ",
        HEMP,
        UP,
        "Chumphon",
        "thasae.coir@example.com",
        offers=[
            ("ใยมะพร้าวอัดก้อน ก้อนละ 100 กก. ราคาหน้าโรงงาน", "coir_fibre"),
            ("เชือกกาบมะพร้าวฟั่นมือ", "coir_rope"),
        ],
        needs=[unmet("เครื่องตีกาบมะพร้าวแยกใย", "no one in the set sells coir decorticators")],
        bcg=(BIO, CIRCULAR),
    ),
    sme(
        7,
        "en",
        "Dan Sai Organic Cotton Growers",
        HEMP,
        UP,
        "Loei",
        "dansai.cotton@example.com",
        offers=[("Ginned organic cotton lint, native Thai variety", "cotton_fibre")],
        needs=[],
        certs=("Organic Thailand",),
        bcg=(BIO,),
    ),
    sme(
        8,
        "th",
        "บริษัท ด้ายรีไซเคิลมหาชัย จำกัด",
        CIRC,
        UP,
        "Samut Sakhon",
        "mahachai.recycledyarn@example.com",
        offers=[
            ("ด้ายฝ้ายรีไซเคิล OE เบอร์ 8 ผลิตจากเศษผ้า มีใบ GRS", "recycled_cotton_yarn"),
            ("ด้ายดิบสีขาว Ne 10 ม้วนโคน", "cotton_yarn"),
        ],
        needs=[
            need("เศษผ้าจากโรงงานตัดเย็บ ฝ้ายล้วน คัดสีมาแล้ว", "cotton_fabric_scraps"),
            need("ใยฝ้ายที่ตีจากผ้าเก่า", "recycled_cotton_fibre"),
        ],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        9,
        "en",
        "Charoen Yarn Trading",
        HEMP,
        UP,
        "Bangkok",
        "order.charoenyarn@example.com",
        offers=[
            ("Combed cotton yarn 20/2 on cones", "cotton_yarn"),
            ("Polyester filament 1000D, high tenacity", "polyester_filament_yarn"),
            ("Nylon 6 filament 840D/140F", "nylon_filament_yarn"),
        ],
        needs=[unmet("Acrylic high-bulk yarn 2/32 for stock", "no acrylic yarn in the set")],
    ),
    sme(
        10,
        "th",
        "ร้านด้ายสีนครปฐม",
        AGC,
        UP,
        "Nakhon Pathom",
        "nakhonpathom.yarnshop@example.com",
        offers=[("ด้ายฝ้ายย้อมสี 40 เฉด พร้อมส่ง", "dyed_cotton_yarn")],
        needs=[need("ด้ายดิบฝ้าย 100% ซื้อเป็นกิโล", "cotton_yarn", "handspun_cotton_yarn")],
    ),
    sme(
        11,
        "th",
        "กลุ่มผ้าย้อมครามบ้านดอนกอย",
        AGI,
        MID,
        "Sakon Nakhon",
        "donkoi.indigo@example.com",
        offers=[
            ("ผ้าฝ้ายทอมือย้อมคราม หน้ากว้าง 1 เมตร", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามทั้งผ้าและเส้นด้ายของลูกค้า", "natural_dyeing_service"),
            ("ฝ้ายเข็นย้อมครามเป็นไจ", "natural_dyed_cotton_yarn"),
        ],
        needs=[need("ปุยฝ้ายอินทรีย์ ต้องมีตรารับรองเกษตรอินทรีย์", "cotton_fibre", requires=("Organic Thailand",))],
        certs=("OTOP",),
        bcg=(BIO, GREEN),
    ),
    sme(
        12,
        "en",
        "Andaman Ghost Net Recovery",
        CIRC,
        UP,
        "Phang Nga",
        "hello.ghostnet@example.com",
        offers=[
            ("Cleaned end-of-life nylon fishing nets, baled", "used_fishing_nets"),
            ("GRS recycled nylon 6 yarn from ghost nets", "recycled_nylon_yarn"),
        ],
        needs=[need("Anyone with worn-out boat ropes or net scraps to sell?", "used_rope_waste", "used_fishing_nets")],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        13,
        "th",
        "กลุ่มประมงพื้นบ้านบ้านหัวเขา",
        CIRC,
        DOWN,
        "Songkhla",
        "huakhao.fisher@example.com",
        offers=[("อวนเก่าขาดแล้ว รวมกอง ขายเหมา", "used_fishing_nets")],
        needs=[
            need("เชือกไนล่อนเกลียว 12 มิล ม้วน 200 เมตร", "nylon_rope"),
            need("ด้ายถักอวน เบอร์ 9 สีเขียว", "net_twine"),
        ],
    ),
    sme(
        14,
        "en",
        "Green Loop Textile Sorting",
        CIRC,
        UP,
        "Chonburi",
        "intake.greenloop@example.com",
        offers=[
            ("Pre-consumer cotton cutting waste, sorted by colour", "cotton_fabric_scraps"),
            ("Garnetted cotton fibre for open-end spinning", "recycled_cotton_fibre"),
        ],
        needs=[need("Post-industrial fabric offcuts by the tonne", "cotton_fabric_scraps")],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        15,
        "th",
        "ร้านรับซื้อของเก่า ส.เจริญ",
        CIRC,
        UP,
        "Samut Prakan",
        "sor.charoen.recycle@example.com",
        offers=[
            ("เศษเชือกเก่า เชือกเรือ เชือกฟาง คละ ขายเป็นกิโล", "used_rope_waste"),
            ("เสื้อผ้าเก่าคละชนิด อัดเป็นก้อน", "mixed_textile_waste"),
        ],
        needs=[unmet("เครื่องบดพลาสติกมือสอง", "no one in the set sells plastic shredders")],
        bcg=(CIRCULAR,),
    ),
    sme(
        16,
        "en",
        "PolyPel Recycling Co., Ltd.",
        CIRC,
        UP,
        "Rayong",
        "purchasing.polypel@example.com",
        offers=[("Recycled PP pellets from post-use rope and woven sacks", "recycled_pp_pellets")],
        needs=[need("Baled waste PP rope and strapping, 5 t a month", "used_rope_waste")],
        certs=("GRS", "ISO 9001"),
        bcg=(CIRCULAR,),
    ),
    sme(
        17,
        "th",
        "วิสาหกิจชุมชนผักตบชวาบางบาล",
        HEMP,
        UP,
        "Phra Nakhon Si Ayutthaya",
        "bangban.hyacinth@example.com",
        offers=[
            ("ก้านผักตบชวาตากแห้ง คัดยาว 60 ซม. ขึ้นไป", "dried_water_hyacinth"),
            ("เชือกผักตบฟั่นเกลียว ขนาด 1 ซม.", "water_hyacinth_cord"),
        ],
        needs=[unmet("ตู้อบแห้งพลังแสงอาทิตย์", "no solar dryer maker in the set")],
        bcg=(BIO, CIRCULAR),
    ),
    sme(
        18,
        "en",
        "KK Fibre Spinning Co.",
        HEMP,
        MID,
        "Khon Kaen",
        "toll.kkspinning@example.com",
        offers=[
            ("Toll spinning: send your jute, kenaf or hemp fibre, get yarn back", "spinning_service"),
            ("Jute yarn 8 lb, natural colour", "jute_yarn"),
        ],
        needs=[need("Kenaf ribbon fibre, retted and dried", "kenaf_fibre")],
    ),
    sme(
        19,
        "th",
        "โรงย้อมด้ายลำพูนการย้อม",
        HEMP,
        MID,
        "Lamphun",
        "lamphun.dyehouse@example.com",
        offers=[("รับจ้างย้อมด้ายฝ้ายและเชือก ตามสีที่ลูกค้าต้องการ ขั้นต่ำ 20 กก.", "yarn_dyeing_service")],
        needs=[unmet("สีรีแอคทีฟสำหรับย้อมฝ้าย ซื้อยกถัง", "no dyestuff supplier in the set")],
    ),
    sme(
        20,
        "en",
        "Nan Natural Dye House",
        HEMP,
        MID,
        "Nan",
        "studio.nandye@example.com",
        offers=[("Cotton macrame cord dyed with indigo, ebony and lac", "natural_dyed_cotton_cord")],
        needs=[need("Undyed cotton string 3-5 mm to overdye", "cotton_macrame_cord")],
        bcg=(BIO, GREEN),
    ),
    sme(
        21,
        "th",
        "หจก. เชือกเกลียวทองมหาชัย",
        SPORT,
        MID,
        "Samut Sakhon",
        "kliaothong.rope@example.com",
        offers=[
            ("เชือกไนล่อน 3 เกลียว 6-24 มม. ส่งทั่วภาคใต้", "nylon_rope"),
            ("เชือกพีพีเกลียวสีฟ้า ใช้ในงานประมง", "pp_rope"),
            ("ด้ายอวนไนล่อน 210D", "net_twine"),
        ],
        needs=[
            need("เส้นใยไนลอนเส้นยาว 840 ดีเนียร์", "nylon_filament_yarn", "recycled_nylon_yarn"),
            need("เม็ดพลาสติก PP รีไซเคิล", "recycled_pp_pellets"),
        ],
    ),
    sme(
        22,
        "en",
        "Siam Marine Ropes Co., Ltd.",
        SPORT,
        MID,
        "Chonburi",
        "sales.siammarine@example.com",
        offers=[
            ("Double-braid polyester mooring lines 12-32 mm", "mooring_line"),
            ("Eye splicing and whipping of rope ends to order", "splicing_service"),
        ],
        needs=[
            need("High tenacity PET filament yarn, 1100-1670 dtex", "polyester_filament_yarn"),
            need("Braiding machine, 16 bobbins", "braiding_machine"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        23,
        "th",
        "บริษัท ร็อคไลน์ จำกัด",
        SPORT,
        MID,
        "Bangkok",
        "rockline.th@example.com",
        offers=[
            ("เชือกไดนามิก 10.2 มม. สำหรับปีนผา ยาว 60 ม.", "dynamic_climbing_rope"),
            ("เชือกสเตติก สำหรับโรยตัวและกู้ภัย 11 มม.", "static_rescue_rope"),
        ],
        needs=[need("เส้นใยไนลอนความเหนียวสูง สำหรับทำแกนเชือก", "nylon_filament_yarn", "recycled_nylon_yarn")],
        certs=("มอก.",),
    ),
    sme(
        24,
        "en",
        "Railay Rock School",
        SPORT,
        DOWN,
        "Krabi",
        "climb.railay@example.com",
        offers=[("Guided climbing courses and gear rental", "climbing_course")],
        needs=[
            need("Single dynamic rope 9.8-10.5 mm, 70 m", "dynamic_climbing_rope"),
            need("Low-stretch line for top-rope anchors and rescue", "static_rescue_rope"),
            unmet("Dyneema slings, 120 cm", "no UHMWPE webbing in the set"),
        ],
    ),
)


PART_2: tuple[Sme, ...] = (
    # cord and twine makers, craft shops, farms, hammocks, laces
    sme(
        25,
        "th",
        "กลุ่มเชือกฝ้ายถักมือบ้านหนองเงือก",
        HEMP,
        MID,
        "Lamphun",
        "nongngueak.cord@example.com",
        offers=[
            ("เชือกฝ้ายมาคราเม่ 3 มม. 5 มม. สีขาวธรรมชาติ", "cotton_macrame_cord"),
            ("เชือกฝ้ายถักกลม 8 มิล ทำหูกระเป๋า", "cotton_rope"),
        ],
        needs=[
            need("ด้ายดิบเบอร์ 10 หรือ 12 ซื้อยกลัง", "cotton_yarn"),
            need("เครื่องถักเชือก 8 แกน", "braiding_machine"),
        ],
    ),
    sme(
        26,
        "en",
        "Knot & Loop Craft Supply",
        AGC,
        DOWN,
        "Bangkok",
        "shop.knotloop@example.com",
        offers=[("Macrame plant hangers and wall hangings, wholesale", "macrame_decor")],
        needs=[
            need(
                "4 mm cotton string for macrame, 1 kg spools",
                "cotton_macrame_cord",
                "natural_dyed_cotton_cord",
                "recycled_cotton_cord",
            ),
            need("Recycled cotton cord with GRS certificate", "recycled_cotton_cord", requires=("GRS",)),
        ],
    ),
    sme(
        27,
        "th",
        "โรงงานเชือกฝ้ายรีไซเคิลสามพราน",
        CIRC,
        MID,
        "Nakhon Pathom",
        "samphran.recycledrope@example.com",
        offers=[
            ("เชือกถักจากฝ้ายรีไซเคิล ได้รับรอง GRS", "recycled_cotton_cord"),
            ("เชือกฝ้ายรีไซเคิลตีเกลียว 6 มม. สีเทา", "recycled_cotton_cord"),
        ],
        needs=[need("เส้นด้ายจากฝ้ายรีไซเคิล เส้นใหญ่", "recycled_cotton_yarn")],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        28,
        "th",
        "ร้านอุปกรณ์งานฝีมือปากเกร็ด",
        AGC,
        DOWN,
        "Nonthaburi",
        "pakkret.craft@example.com",
        offers=[("ที่แขวนกระถางต้นไม้ เชือกถัก", "macrame_decor")],
        needs=[
            need("เชือกกระดาษม้วนใหญ่ หลายสี", "paper_cord"),
            need("เชือกปอเส้นเล็กสำหรับงานประดิษฐ์", "jute_twine", "kenaf_rope"),
            need("เชือกฝ้ายย้อมสีจากพืช ไม่เอาสีเคมี", "natural_dyed_cotton_cord"),
        ],
    ),
    sme(
        29,
        "en",
        "Pak Kret Paper Twine",
        HEMP,
        MID,
        "Nonthaburi",
        "sales.paperkret@example.com",
        offers=[
            ("Twisted paper cord 2-6 mm, 30 colours, MOQ 50 rolls", "paper_cord"),
            ("Paper rope 1 cm for furniture seats", "paper_cord"),
        ],
        needs=[unmet("Kraft paper jumbo rolls, 40 gsm", "no paper mill in the set")],
        certs=("FSC",),
        bcg=(BIO,),
    ),
    sme(
        30,
        "th",
        "กลุ่มเชือกปอศรีสะเกษ",
        HEMP,
        MID,
        "Sisaket",
        "sisaket.jutetwine@example.com",
        offers=[
            ("เชือกปอกระเจา 2 เกลียว ม้วนละ 1 กก. กิโลละ 85 บาท", "jute_twine"),
            ("เชือกปอเส้นใหญ่ 12 มม. ใช้ตกแต่งร้าน", "jute_twine"),
        ],
        needs=[need("ใยปอสะอาด ไม่ติดเปลือก", "jute_fibre", "kenaf_fibre")],
        bcg=(BIO,),
    ),
    sme(
        31,
        "th",
        "โรงงานปอโคราช",
        HEMP,
        MID,
        "Nakhon Ratchasima",
        "korat.jutemill@example.com",
        offers=[
            ("เชือกปอ 3 เกลียว ก้อนละครึ่งกิโล", "jute_twine"),
            ("ถุงช้อปปิ้งผ้ากระสอบปอ เคลือบด้านใน", "jute_bag"),
        ],
        needs=[need("ปอเส้นดิบส่งโรงงาน จะปอกระเจาหรือปอแก้วก็ได้", "jute_fibre", "kenaf_fibre")],
    ),
    sme(
        32,
        "th",
        "ฟาร์มโคนมปากช่องเขียวขจี",
        HEMP,
        DOWN,
        "Nakhon Ratchasima",
        "pakchong.dairy@example.com",
        offers=[("นมดิบส่งสหกรณ์ทุกวัน", "farm_produce")],
        needs=[need("เชือกอัดฟาง ใช้กับเครื่องอัดฟางก้อนเหลี่ยม", "pp_baler_twine")],
    ),
    sme(
        33,
        "en",
        "Polytwine Industries Co., Ltd.",
        CIRC,
        MID,
        "Samut Prakan",
        "export.polytwine@example.com",
        offers=[
            ("Polypropylene baler twine, 9000 ft rolls", "pp_baler_twine"),
            ("Raffia tying string for packing, ex-works Bang Phli", "pp_raffia_string"),
            ("PP multifilament rope 6-20 mm", "pp_rope"),
        ],
        needs=[need("Recycled polypropylene granules", "recycled_pp_pellets")],
    ),
    sme(
        34,
        "th",
        "ร้านเกษตรภัณฑ์สุพรรณการเกษตร",
        AGC,
        DOWN,
        "Suphan Buri",
        "suphan.agrishop@example.com",
        offers=[("เชือกฟางม้วนใหญ่ มัดของ มัดกิ่งไม้ ม้วนละ 45 บาท", "pp_raffia_string")],
        needs=[
            need("เชือกปอสำหรับผูกกิ่งไม้ ย่อยสลายได้", "jute_twine", "kenaf_rope"),
            need("ของเล่นหมาแบบเชือกกัด รับไปขายต่อ", "rope_pet_toy"),
        ],
    ),
    sme(
        35,
        "th",
        "กลุ่มถักเปลญวนบ้านโพธิ์ไทร",
        AGI,
        DOWN,
        "Ubon Ratchathani",
        "phosai.hammock@example.com",
        offers=[
            ("เปลญวนถักมือ ด้ายไนล่อน ยาว 3 เมตร", "hammock"),
            ("เปลเชือกฝ้ายสำหรับผู้สูงอายุ", "hammock"),
        ],
        needs=[
            need("เชือกไนล่อนเส้นเล็กไว้ถักเปล", "hammock_cord"),
            unmet("ขาตั้งเปลเหล็ก พับได้", "no one in the set makes hammock stands, only hammocks"),
        ],
        certs=("OTOP",),
    ),
    sme(
        36,
        "en",
        "Rangsit Braided Cord Ltd.",
        SPORT,
        MID,
        "Pathum Thani",
        "sales.rangsitcord@example.com",
        offers=[
            ("Hammock knotting cord, nylon, 3 mm", "hammock_cord"),
            ("550 paracord, 7-strand core", "paracord"),
            ("Polyester braided cord 2-4 mm for bag handles", "polyester_braided_cord"),
        ],
        needs=[need("Nylon multifilament yarn for braiding", "nylon_filament_yarn", "recycled_nylon_yarn")],
    ),
    sme(
        37,
        "th",
        "โรงงานเชือกรองเท้าบางพลี",
        SPORT,
        MID,
        "Samut Prakan",
        "bangphli.laces@example.com",
        offers=[
            ("เชือกผูกรองเท้าผ้าใบ กลมและแบน หัวพลาสติก", "shoelaces"),
            ("เชือกรูดเอวกางเกงวอร์ม", "drawcord"),
        ],
        needs=[need("ด้ายโพลีเอสเตอร์ 150D สำหรับถักเชือก", "polyester_filament_yarn")],
    ),
    sme(
        38,
        "en",
        "Runway Sneakers Co.",
        SPORT,
        DOWN,
        "Bangkok",
        "supply.runwaysneakers@example.com",
        offers=[("Canvas sneakers made in Thailand", "sneakers")],
        needs=[
            need("Flat cotton laces, 120 cm, metal aglets", "shoelaces"),
            need("Lock laces for slip-on senior shoes", "elastic_no_tie_laces"),
        ],
    ),
    sme(
        39,
        "th",
        "ร้านเชือกยืดอ้อมใหญ่",
        AGC,
        MID,
        "Nakhon Pathom",
        "omyai.elastic@example.com",
        offers=[
            ("เชือกยางยืดกลม 3 มม. หุ้มโพลี", "elastic_cord"),
            ("เชือกรองเท้ายางยืด ใส่แล้วไม่ต้องผูก", "elastic_no_tie_laces"),
        ],
        needs=[unmet("เส้นยางพาราสำหรับแกนเชือกยืด", "no rubber thread maker in the set")],
    ),
    sme(
        40,
        "en",
        "Silver Comfort Wear",
        AGC,
        DOWN,
        "Bangkok",
        "buying.silvercomfort@example.com",
        offers=[
            ("Elastic-waist trousers for the elderly", "elderly_garments"),
            ("Cotton jersey cutting scraps, free for pickup", "cotton_fabric_scraps"),
        ],
        needs=[
            need("Drawstrings with tipped ends for trousers", "drawcord"),
            need("Cut-make-trim sewing, we supply the fabric", "sewing_service"),
        ],
    ),
    sme(
        41,
        "th",
        "กลุ่มแม่บ้านรับจ้างเย็บผ้าบ้านเป็ด",
        AGI,
        MID,
        "Khon Kaen",
        "banpet.sewing@example.com",
        offers=[
            ("รับจ้างตัดเย็บ ลูกค้าส่งผ้ามาเอง", "sewing_service"),
            ("ถุงผ้าหูรูดสำเร็จรูป ใบละ 25 บาท สั่งขั้นต่ำ 200 ใบ", "drawstring_bag"),
        ],
        needs=[need("เชือกหูรูด สีขาว ยาว 1 เมตร", "drawcord")],
    ),
    sme(
        42,
        "th",
        "บ้านตะกร้าเชือกราชบุรี",
        AGC,
        DOWN,
        "Ratchaburi",
        "ratchaburi.ropebasket@example.com",
        offers=[
            ("ตะกร้าเชือกฝ้ายเย็บจักร ทรงกลม", "rope_basket"),
            ("ตะกร้าใส่ผ้าใบใหญ่ เชือกเย็บขด", "rope_basket"),
        ],
        needs=[need("เชือกฝ้ายเส้นหนา 10 มม. ม้วนใหญ่", "cotton_rope", "recycled_cotton_cord")],
    ),
    sme(
        43,
        "en",
        "Riverside Wellness Resort",
        AGC,
        DOWN,
        "Bangkok",
        "procurement.riversidewellness@example.com",
        offers=[],
        needs=[
            need("Rope laundry baskets for 120 rooms", "rope_basket"),
            need("Garden hammocks, OTOP welcome but not required", "hammock", waives=("OTOP",)),
            unmet("Organic cotton bathrobes", "no bathrobe maker in the set"),
        ],
    ),
    sme(
        44,
        "th",
        "ร้านของเล่นสัตว์เลี้ยงน้องหมายิ้ม",
        CIRC,
        DOWN,
        "Pathum Thani",
        "nongmayim.pet@example.com",
        offers=[("ของเล่นเชือกกัดสำหรับสุนัข ทำจากเศษเชือกฝ้าย", "rope_pet_toy")],
        needs=[
            need(
                "เชือกฝ้ายสีปลอดภัย ผ่าน OEKO-TEX",
                "cotton_rope",
                "cotton_macrame_cord",
                requires=("OEKO-TEX Standard 100",),
            )
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        45,
        "en",
        "Pawsome Hemp Pet Supplies",
        CIRC,
        DOWN,
        "Chiang Mai",
        "hello.pawsomehemp@example.com",
        offers=[
            ("Hemp rope tug toys for dogs, 89 THB wholesale", "rope_pet_toy"),
            ("Sisal scratching posts for cats", "sisal_cat_scratcher"),
        ],
        needs=[
            need("8 mm sisal for wrapping scratching posts", "sisal_rope"),
            need("Undyed hemp cord, no chemical finish, OCS nice to have", "hemp_cord", waives=("OCS",)),
        ],
        bcg=(BIO,),
    ),
    sme(
        46,
        "th",
        "โรงเชือกป่านศรนารายณ์ชะอำ",
        HEMP,
        MID,
        "Phetchaburi",
        "chaam.sisalrope@example.com",
        offers=[
            ("เชือกป่านศรนารายณ์ 3 เกลียว 6-20 มม.", "sisal_rope"),
            ("พรมเช็ดเท้าเชือกป่าน", "rope_doormat"),
        ],
        needs=[need("ใยซีซัลเส้นยาว แห้งสนิท ไม่มีเชื้อรา", "sisal_fibre")],
        bcg=(BIO,),
    ),
    sme(
        47,
        "en",
        "Mae Sot Hemp Works",
        HEMP,
        MID,
        "Tak",
        "orders.maesothemp@example.com",
        offers=[
            ("Polished hemp twine 1 mm for jewellery", "hemp_cord"),
            ("3-strand hemp rope, 10 mm", "hemp_cord"),
        ],
        needs=[need("Hand-spun hemp yarn from hill-tribe groups", "hemp_yarn")],
        bcg=(BIO,),
    ),
    sme(
        48,
        "th",
        "ร้านกัญชงแฮนด์เมด ถนนคนเดิน",
        HEMP,
        DOWN,
        "Chiang Mai",
        "walkingstreet.hemp@example.com",
        offers=[("กระเป๋าผ้ากัญชงปักมือ", "hemp_fabric_bag")],
        needs=[
            need("ผ้าใยกัญชงทอมือ", "hemp_fabric"),
            need("เชือกกัญชงทำสายกระเป๋า", "hemp_cord"),
        ],
    ),
)


PART_3: tuple[Sme, ...] = (
    # boats, gyms, nets, care homes, furniture, baskets, machines, recycled nets
    sme(
        49,
        "th",
        "กลุ่มทอผ้าใยกัญชงเขาค้อ",
        HEMP,
        MID,
        "Phetchabun",
        "khaokho.hempweave@example.com",
        offers=[("ผ้าใยกัญชงทอกี่เอว เขียนเทียน", "hemp_fabric")],
        needs=[need("ด้ายกัญชงเข็นเส้นเล็ก", "hemp_yarn")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        50,
        "en",
        "Chalong Bay Boatyard",
        SPORT,
        DOWN,
        "Phuket",
        "yard.chalongbay@example.com",
        offers=[("Hull repair and antifouling", "boat_repair")],
        needs=[
            need("Three-strand nylon anchor rode, 14 mm", "nylon_rope"),
            need("Dock lines with spliced eyes, ready to use", "mooring_line"),
            need("Who can splice and re-eye our old lines?", "splicing_service"),
        ],
    ),
    sme(
        51,
        "th",
        "อู่เรือบางเสร่",
        SPORT,
        DOWN,
        "Chonburi",
        "bangsaray.boatyard@example.com",
        offers=[("ซ่อมเรือไฟเบอร์ ทำสีท้องเรือ", "boat_repair")],
        needs=[
            need("เชือกผูกเรือ ถักสองชั้น 16 มิล", "mooring_line"),
            need("กันชนเรือทำจากเชือก", "rope_fender"),
            unmet("ลวดสลิงสแตนเลสสำหรับเสากระโดงเรือ", "no steel wire rope in the set"),
        ],
    ),
    sme(
        52,
        "en",
        "Koh Chang Rope & Splice",
        SPORT,
        MID,
        "Trat",
        "splice.kohchang@example.com",
        offers=[
            ("Rope splicing, re-eyeing and repair of mooring lines", "splicing_service"),
            ("Hand-knotted rope boat fenders", "rope_fender"),
        ],
        needs=[need("Used mooring lines for fender making", "used_rope_waste")],
        bcg=(CIRCULAR,),
    ),
    sme(
        53,
        "th",
        "มูลนิธิกู้ภัยร่วมใจ",
        SPORT,
        DOWN,
        "Bangkok",
        "ruamjai.rescue@example.com",
        offers=[("อบรมกู้ภัยทางสูง", "climbing_course")],
        needs=[
            need(
                "เชือกโรยตัว ยืดตัวต่ำ ยาว 100 เมตร ต้องมี มอก.",
                "static_rescue_rope",
                requires=("Thai Industrial Standard",),
            )
        ],
    ),
    sme(
        54,
        "en",
        "IronBox Functional Fitness",
        SPORT,
        DOWN,
        "Bangkok",
        "coach.ironbox@example.com",
        offers=[("Group fitness classes", "fitness_classes")],
        needs=[
            need("Battle ropes 38 mm x 15 m", "battle_rope"),
            need("Manila climbing rope for the rig, 5 m", "gym_climbing_rope"),
            need("Speed skipping ropes", "jump_rope"),
        ],
    ),
    sme(
        55,
        "th",
        "บริษัท ฟิตโรปไทย จำกัด",
        SPORT,
        DOWN,
        "Pathum Thani",
        "fitropethai@example.com",
        offers=[
            ("แบทเทิลโรป 38 มม. ยาว 9/12/15 เมตร หุ้มปลาย", "battle_rope"),
            ("เชือกไต่สำหรับยิม 40 มม.", "gym_climbing_rope"),
            ("เชือกกระโดด ด้ามอลูมิเนียม", "jump_rope"),
        ],
        needs=[need("เชือกโพลีดาครอน 38-50 มม. ม้วนยาว", "pp_rope")],
    ),
    sme(
        56,
        "en",
        "NetPro Sports Netting",
        SPORT,
        MID,
        "Nakhon Sawan",
        "sales.netpro@example.com",
        offers=[
            ("Knotless football goal nets", "sports_net"),
            ("Badminton and volleyball nets", "sports_net"),
        ],
        needs=[
            need("Netting twine for knotting goal nets", "net_twine"),
            unmet("Is anyone selling a knotless netting machine?", "no netting machine in the set"),
        ],
    ),
    sme(
        57,
        "th",
        "สนามฟุตซอลโคราชอารีน่า",
        SPORT,
        DOWN,
        "Nakhon Ratchasima",
        "korat.futsal@example.com",
        offers=[("ให้เช่าสนามฟุตซอล", "pitch_rental")],
        needs=[
            need("ตาข่ายประตูฟุตบอล 7 คน ไม่จำเป็นต้องมี มอก.", "sports_net", waives=("Thai Industrial Standard",)),
            unmet("หญ้าเทียม 50 มม. สำหรับปูสนาม", "no artificial turf maker in the set"),
        ],
    ),
    sme(
        58,
        "th",
        "บ้านพักผู้สูงอายุสุขใจ",
        AGC,
        DOWN,
        "Nonthaburi",
        "sukjai.eldercare@example.com",
        offers=[("ดูแลผู้สูงอายุรายเดือน", "elderly_care")],
        needs=[
            need("บันไดเชือกช่วยลุกจากเตียง", "bed_rope_ladder"),
            need("เชือกรองเท้าแบบล็อก ผู้สูงวัยใส่เองได้", "elastic_no_tie_laces"),
        ],
    ),
    sme(
        59,
        "en",
        "Mae Klong Care Aids",
        AGC,
        MID,
        "Samut Songkhram",
        "sales.maeklongcare@example.com",
        offers=[
            ("Bed ladder with webbing rungs for sitting up", "bed_rope_ladder"),
            ("Beaded eyeglass cords", "eyeglass_cord"),
        ],
        needs=[need("Washable PES braid 6 mm for grab ladders", "polyester_braided_cord")],
        certs=("ISO 13485",),
    ),
    sme(
        60,
        "th",
        "ศูนย์ฟื้นฟูผู้สูงอายุขอนแก่น",
        AGI,
        DOWN,
        "Khon Kaen",
        "khonkaen.rehab@example.com",
        offers=[],
        needs=[
            unmet(
                "ถุงผ้าหูรูดใส่ของใช้ผู้ป่วย ผู้ผลิตต้องได้ ISO 9001",
                "the drawstring-bag maker holds no ISO 9001",
                "drawstring_bag",
                requires=("ISO 9001",),
            ),
            need("สายคล้องแว่นตาให้ผู้สูงอายุ", "eyeglass_cord"),
        ],
    ),
    sme(
        61,
        "en",
        "Nordic Cord Furniture",
        AGC,
        DOWN,
        "Chachoengsao",
        "purchase.nordiccord@example.com",
        offers=[("Wishbone-style chairs with woven cord seats", "rope_chair")],
        needs=[
            need("Danish paper cord for chair seats, FSC", "paper_cord", requires=("FSC",)),
            need("Olefin rope 6 mm for outdoor chair weaving", "pp_rope", "recycled_pp_rope"),
        ],
    ),
    sme(
        62,
        "th",
        "โรงงานเฟอร์นิเจอร์เชือกถักพนัสนิคม",
        AGC,
        DOWN,
        "Chonburi",
        "phanat.ropefurniture@example.com",
        offers=[
            ("เก้าอี้ถักเชือกกลางแจ้ง", "rope_chair"),
            ("ตะกร้าผักตบชวาสาน", "water_hyacinth_basket"),
        ],
        needs=[
            need("มีใครขายผักตบที่ฟั่นเป็นเกลียวแล้วบ้างไหม", "water_hyacinth_cord"),
            need("เชือกร่มถักเก้าอี้ ทนแดด", "paracord", "polyester_braided_cord"),
        ],
    ),
    sme(
        63,
        "th",
        "กลุ่มจักสานกระจูดทะเลน้อย",
        HEMP,
        DOWN,
        "Phatthalung",
        "thalenoi.krajood@example.com",
        offers=[
            ("เสื่อกระจูดทอมือ ย้อมสี", "krajood_mat"),
            ("กระเป๋ากระจูดสาน", "krajood_bag"),
        ],
        needs=[
            need("ผ้าฝ้ายทอมือทำซับในกระเป๋า", "handwoven_cotton_fabric", "indigo_dyed_cotton_fabric"),
            unmet("ต้นกระจูดสดหรือตากแห้ง ซื้อเพิ่มช่วงหน้าแล้ง", "no one in the set sells raw krajood sedge"),
        ],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        64,
        "en",
        "Siam Basket Boutique",
        AGC,
        DOWN,
        "Bangkok",
        "buyer.siambasket@example.com",
        offers=[("Home decor retail", "retail")],
        needs=[
            need("Water hyacinth storage baskets", "water_hyacinth_basket"),
            need("Krajood woven bags, OTOP-certified", "krajood_bag", requires=("OTOP",)),
            need("Coiled rope baskets in earth tones", "rope_basket"),
        ],
    ),
    sme(
        65,
        "th",
        "อู่ช่างเครื่องจักรเชือกอ้อมน้อย",
        SPORT,
        MID,
        "Samut Sakhon",
        "omnoi.ropemachine@example.com",
        offers=[
            ("เครื่องตีเกลียวเชือก 3 เกลียว สร้างตามสั่ง", "rope_twisting_machine"),
            ("เครื่องถักเชือก 8 16 24 แกน", "braiding_machine"),
            ("รับซ่อมเครื่องถักเชือกทุกยี่ห้อ", "machine_repair_service"),
        ],
        needs=[],
    ),
    sme(
        66,
        "en",
        "Lanna Spinning Wheels",
        HEMP,
        MID,
        "Chiang Mai",
        "wheels.lanna@example.com",
        offers=[
            ("Electric e-spinner for hand spinners", "spinning_machine"),
            ("Treadle spinning wheels in teak", "spinning_machine"),
        ],
        needs=[unmet("Teak offcuts from furniture workshops", "no one in the set sells timber")],
    ),
    sme(
        67,
        "en",
        "Bangkok Braider Import Co.",
        SPORT,
        MID,
        "Bangkok",
        "sales.bkkbraider@example.com",
        offers=[
            ("Imported high-speed braiders, 16-48 carriers", "braiding_machine"),
            ("Second-hand rope laying machines", "rope_twisting_machine"),
        ],
        needs=[need("Local technician to service carrier parts", "machine_repair_service")],
    ),
    sme(
        68,
        "th",
        "รับถักเชือกตามสั่งบางบ่อ",
        SPORT,
        MID,
        "Samut Prakan",
        "bangbo.braiding@example.com",
        offers=[
            ("รับจ้างถักเชือก ลูกค้าส่งด้ายมาเอง", "braiding_service"),
            ("เชือกร่ม 4 มม. สีพื้น", "paracord"),
        ],
        needs=[need("ด้ายโพลีเอสเตอร์เส้นใยยาว ความเหนียวสูง", "polyester_filament_yarn")],
    ),
    sme(
        69,
        "en",
        "ReNet Bags",
        CIRC,
        DOWN,
        "Bangkok",
        "studio.renet@example.com",
        offers=[("Bags and lanyards made from recycled fishing nets", "recycled_rope_bag")],
        needs=[
            need("Braiding of our own recycled yarn into 5 mm cord", "braiding_service"),
            need("Recycled nylon yarn, GRS certified", "recycled_nylon_yarn", requires=("GRS",)),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        70,
        "th",
        "กลุ่มรีไซเคิลอวนปากบารา",
        CIRC,
        MID,
        "Satun",
        "pakbara.netrecycle@example.com",
        offers=[("เชือกจากอวนรีไซเคิล ถักมือ", "recycled_nylon_rope")],
        needs=[need("อวนไนล่อนที่ใช้แล้ว", "used_fishing_nets")],
        bcg=(CIRCULAR,),
    ),
    sme(
        71,
        "en",
        "Blue Reef Dive Resort",
        CIRC,
        DOWN,
        "Phuket",
        "manager.bluereef@example.com",
        offers=[("Dive trips and courses", "dive_trips")],
        needs=[
            need("Rope made from recycled fishing nets for beach signs", "recycled_nylon_rope"),
            need("Hammocks for the beach bar", "hammock"),
        ],
    ),
    sme(
        72,
        "th",
        "ร้านผ้าฝ้ายนาข่า ของฝากอุดร",
        AGI,
        DOWN,
        "Udon Thani",
        "nakha.cotton@example.com",
        offers=[("ผ้าขาวม้าลายตาราง", "pha_khao_ma")],
        needs=[
            need("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "handwoven_cotton_bag"),
            need("ผ้าครามเป็นเมตร", "indigo_dyed_cotton_fabric"),
        ],
    ),
)


PART_4: tuple[Sme, ...] = (
    # Isan cotton and dye, recycling, cotton rope, schools, seniors, camping, farms, fishing
    sme(
        73,
        "en",
        "Indigo Isan Bags",
        AGI,
        MID,
        "Sakon Nakhon",
        "shop.indigoisan@example.com",
        offers=[("Tote bags of handwoven cotton dyed with indigo", "handwoven_cotton_bag")],
        needs=[
            need("Plant-based dyeing for our woven cotton, no synthetic dye", "natural_dyeing_service"),
            need("Thick cotton cord for bag handles", "cotton_rope", "recycled_cotton_cord"),
        ],
    ),
    sme(
        74,
        "th",
        "กลุ่มฝ้ายเข็นมือบ้านเขว้า",
        AGI,
        UP,
        "Chaiyaphum",
        "bankhwao.cotton@example.com",
        offers=[
            ("ฝ้ายเข็นมือ สีขาวธรรมชาติ ยังไม่ย้อม", "handspun_cotton_yarn"),
            ("ปุยฝ้ายตุ่นและฝ้ายขาว", "cotton_fibre"),
        ],
        needs=[unmet("กี่ทอผ้ามือสอง หน้ากว้าง 1 เมตร", "no loom maker or dealer in the set")],
    ),
    sme(
        75,
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านสวาย",
        AGI,
        MID,
        "Surin",
        "bansawai.weavers@example.com",
        offers=[("ผ้าฝ้ายทอกี่พื้นบ้าน หน้ากว้าง 80 ซม.", "handwoven_cotton_fabric")],
        needs=[
            need("ด้ายฝ้ายสีสด หลายสี", "dyed_cotton_yarn", "natural_dyed_cotton_yarn"),
            need("ฝ้ายปั่นมือแบบพื้นบ้าน ยังเป็นสีดิบ", "handspun_cotton_yarn"),
        ],
    ),
    sme(
        76,
        "th",
        "กลุ่มย้อมสีธรรมชาตินาโพธิ์",
        AGI,
        MID,
        "Buriram",
        "napho.naturaldye@example.com",
        offers=[
            ("ด้ายฝ้ายย้อมเปลือกประโหดและมะเกลือ", "natural_dyed_cotton_yarn"),
            ("รับย้อมสีธรรมชาติ ส่งผ้าหรือด้ายมาย้อมได้", "natural_dyeing_service"),
        ],
        needs=[need("ด้ายฝ้ายขาว Ne 20/2", "cotton_yarn")],
        bcg=(BIO, GREEN),
    ),
    sme(
        77,
        "en",
        "Slow Living Concept Store",
        HEMP,
        DOWN,
        "Bangkok",
        "buy.slowliving@example.com",
        offers=[("Concept store and online shop", "retail")],
        needs=[
            need("Hand-dyed cotton cord, plant dyes only", "natural_dyed_cotton_cord"),
            need("Knotted cord wall art for the shop", "macrame_decor"),
            need("Hemp tote or pouch", "hemp_fabric_bag"),
        ],
    ),
    sme(
        78,
        "th",
        "โรงตีใยผ้าท่าม่วง",
        CIRC,
        MID,
        "Kanchanaburi",
        "thamuang.shredding@example.com",
        offers=[
            ("รับตีเศษผ้าเป็นใย ลูกค้านำเศษผ้ามาเอง", "shredding_service"),
            ("ใยผ้าตีรีไซเคิล ใช้ยัดหมอนหรือปั่นด้าย", "recycled_cotton_fibre"),
        ],
        needs=[need("ผ้าเก่าและเศษผ้า คละสีคละชนิด", "mixed_textile_waste", "cotton_fabric_scraps")],
        bcg=(CIRCULAR,),
    ),
    sme(
        79,
        "en",
        "Grand Orchid Hotels Group",
        CIRC,
        DOWN,
        "Bangkok",
        "green.grandorchid@example.com",
        offers=[("Retired staff uniforms and bed linen, about 2 t a year", "mixed_textile_waste")],
        needs=[
            need("Someone to shred our old linen so it can be spun again", "shredding_service"),
            need("Rope laundry hampers", "rope_basket"),
        ],
    ),
    sme(
        80,
        "th",
        "ร้านกระเป๋าอัพไซเคิล รีโรป",
        CIRC,
        DOWN,
        "Bangkok",
        "rerope.bags@example.com",
        offers=[("กระเป๋าถักจากเชือกรีไซเคิล", "recycled_rope_bag")],
        needs=[
            need("เชือกฝ้ายรีไซเคิล เส้น 5 มม.", "recycled_cotton_cord"),
            need("หาคนเย็บซับในและติดซิป เราส่งชิ้นงานไปเอง", "sewing_service"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        81,
        "en",
        "Central Cotton Rope Works",
        HEMP,
        MID,
        "Lopburi",
        "sales.centralcottonrope@example.com",
        offers=[
            ("Braided cotton rope 6-12 mm, OEKO-TEX Standard 100", "cotton_rope"),
            ("3-ply cotton macrame cord, 4 mm", "cotton_macrame_cord"),
            ("Cotton drawcords with metal tips", "drawcord"),
        ],
        needs=[
            need("Virgin cotton yarn, open-end, Ne 6", "cotton_yarn"),
            need("Dye house to colour our cotton rope with reactive dyes", "yarn_dyeing_service"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        82,
        "th",
        "ร้านชุดนักเรียนสิงห์บุรี",
        AGC,
        DOWN,
        "Sing Buri",
        "singburi.uniform@example.com",
        offers=[("ชุดนักเรียนและรองเท้านักเรียน", "school_uniforms")],
        needs=[need("เชือกร้อยรองเท้านักเรียน สีขาว สีดำ", "shoelaces")],
    ),
    sme(
        83,
        "en",
        "Hua Hin Senior Living",
        AGC,
        DOWN,
        "Prachuap Khiri Khan",
        "care.huahinsenior@example.com",
        offers=[],
        needs=[
            need("Hammock chairs that are easy to get out of", "hammock"),
            need("Non-slip rope doormats for entrances", "rope_doormat"),
            unmet(
                "Bedside pull-up ladder in GOTS cotton",
                "the bed-ladder maker holds no GOTS",
                "bed_rope_ladder",
                requires=("GOTS",),
            ),
        ],
    ),
    sme(
        84,
        "th",
        "กลุ่มปลูกฝ้ายศรีสัชนาลัย",
        HEMP,
        UP,
        "Sukhothai",
        "srisatchanalai.cotton@example.com",
        offers=[("ฝ้ายดิบมีเมล็ด ขายยกกระสอบ", "cotton_fibre")],
        needs=[
            unmet("เครื่องหีบฝ้ายแยกเมล็ดแบบใช้มอเตอร์", "no cotton gin maker in the set"),
            need("เชือกพลาสติกเส้นแบน ไว้มัดปากกระสอบฝ้าย", "pp_raffia_string"),
        ],
    ),
    sme(
        85,
        "en",
        "Organic Thread Co.",
        HEMP,
        MID,
        "Bangkok",
        "info.organicthread@example.com",
        offers=[
            ("GOTS organic cotton cord 3-5 mm", "cotton_macrame_cord"),
            ("Organic cotton sewing thread", "sewing_thread"),
        ],
        needs=[need("Organic cotton yarn with GOTS scope certificate", "cotton_yarn", requires=("GOTS",))],
        certs=("GOTS",),
    ),
    sme(
        86,
        "th",
        "โรงปั่นด้ายฝ้ายอินทรีย์พะเยา",
        HEMP,
        UP,
        "Phayao",
        "phayao.organicyarn@example.com",
        offers=[("เส้นด้ายฝ้ายออร์แกนิก Ne 16 ได้ GOTS", "cotton_yarn")],
        needs=[need("ปุยฝ้ายปลอดสาร ไม่ต้องมีตราออร์แกนิกไทยแลนด์", "cotton_fibre", waives=("Organic Thailand",))],
        certs=("GOTS",),
    ),
    sme(
        87,
        "en",
        "Isan Elder Craft Club",
        AGI,
        DOWN,
        "Khon Kaen",
        "club.isanelder@example.com",
        offers=[("Hand-knotted macrame bags made by seniors", "macrame_bag")],
        needs=[
            need(
                "Cotton cord for weekly knotting classes",
                "cotton_macrame_cord",
                "natural_dyed_cotton_cord",
                "recycled_cotton_cord",
            )
        ],
    ),
    sme(
        88,
        "th",
        "ร้านแคมป์ปิ้งนิมมาน",
        SPORT,
        DOWN,
        "Chiang Mai",
        "nimman.camping@example.com",
        offers=[("ขายอุปกรณ์แคมป์ปิ้ง เต็นท์ ถุงนอน", "camping_gear")],
        needs=[
            need("พาราคอร์ด 550 หลายสี", "paracord"),
            need("เชือกยืดสำหรับเสาเต็นท์", "elastic_cord"),
            need("เชือกขึงเต็นท์ สะท้อนแสง", "tent_guy_line"),
        ],
    ),
    sme(
        89,
        "en",
        "Eastern Shock Cord Co.",
        SPORT,
        MID,
        "Rayong",
        "sales.easternshock@example.com",
        offers=[
            ("Shock cord 4-10 mm, UV resistant", "elastic_cord"),
            ("Reflective guy line for tents, 4 mm", "tent_guy_line"),
        ],
        needs=[need("Polyester yarn 300D for braided covers", "polyester_filament_yarn")],
    ),
    sme(
        90,
        "th",
        "กลุ่มเลี้ยงโคขุนยโสธร",
        HEMP,
        DOWN,
        "Yasothon",
        "yasothon.beef@example.com",
        offers=[("ฟางข้าวอัดก้อน ขายหน้าฟาร์ม", "rice_straw_bales")],
        needs=[need("เชือกมัดฟางก้อน ม้วนใหญ่ สำหรับเครื่องอัด", "pp_baler_twine")],
    ),
    sme(
        91,
        "en",
        "Mae Rim Tomato Farm",
        HEMP,
        DOWN,
        "Chiang Mai",
        "farm.maerim@example.com",
        offers=[("Cherry tomatoes and salad greens", "farm_produce")],
        needs=[need("Jute twine for tying tomato vines", "jute_twine")],
    ),
    sme(
        92,
        "th",
        "ร้านอุปกรณ์ประมงสงขลา",
        SPORT,
        DOWN,
        "Songkhla",
        "songkhla.fishinggear@example.com",
        offers=[("ขายส่งอุปกรณ์ประมง ทุ่น ตะกั่ว", "fishing_gear")],
        needs=[
            need("ด้ายไนล่อนถักอวน", "net_twine"),
            need("เชือกพีพีของใหม่ ม้วนละ 220 เมตร ไม่เอาเชือกเก่า", "pp_rope", "recycled_pp_rope"),
            unmet("เชือกไดนีม่า ลากอวน", "no UHMWPE rope in the set"),
        ],
    ),
    sme(
        93,
        "en",
        "Ocean Twine Recycling",
        CIRC,
        MID,
        "Samut Sakhon",
        "ops.oceantwine@example.com",
        offers=[("Rope of recycled PP, GRS certified", "recycled_pp_rope")],
        needs=[need("Post-use polypropylene rope as feedstock", "used_rope_waste")],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        94,
        "th",
        "กลุ่มเลี้ยงหอยแมลงภู่แหลมงอบ",
        CIRC,
        DOWN,
        "Trat",
        "laemngop.mussel@example.com",
        offers=[("หอยแมลงภู่สด", "mussels")],
        needs=[
            need(
                "เชือกแขวนหอยทำจากพลาสติกรีไซเคิล ต้องมี GRS",
                "recycled_pp_rope",
                "recycled_nylon_rope",
                requires=("GRS",),
            )
        ],
    ),
    sme(
        95,
        "en",
        "Golden Years Hospital",
        AGC,
        DOWN,
        "Bangkok",
        "supply.goldenyears@example.com",
        offers=[],
        needs=[
            need("Bed ladders for 40 wards, ISO 13485 required", "bed_rope_ladder", requires=("ISO 13485",)),
            need("Spectacle cords for patients", "eyeglass_cord"),
        ],
    ),
)


SMES: tuple[Sme, ...] = PART_1 + PART_2 + PART_3 + PART_4


# ------------------------------------------------------------------ links


def held(s: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in s.certifications)


def suppliers_for(nd: Need, buyer: Sme, smes: tuple[Sme, ...]) -> list[Sme]:
    """The SMEs other than the buyer that meet the need."""
    wanted = set(nd.meets)
    return [
        s
        for s in smes
        if s.num != buyer.num and any(label in wanted for _, label in s.offers) and set(nd.requires) <= held(s)
    ]


def true_links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    pairs = {(s.id, buyer.id) for buyer in smes for nd in buyer.needs for s in suppliers_for(nd, buyer, smes)}
    return sorted(pairs)


# ------------------------------------------------------------------ checks

THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
EMAIL = re.compile(r"^[a-z0-9][a-z0-9.\-]*@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+$")


def thai_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if THAI_LETTER.match(c)) / len(letters) if letters else 0.0


def language_problem(text: str, language: str) -> str:
    if text != text.strip() or "  " in text or not text:
        return "stray spaces or empty"
    if language == "th":
        return "" if thai_share(text) >= 0.6 else "not mostly Thai letters"
    for c in text:
        if THAI_LETTER.match(c):
            return "Thai letters in English text"
        if c.isalpha() and not unicodedata.name(c, "").startswith("LATIN"):
            return f"non-Latin letter {c!r}"
        if not c.isprintable():
            return "unprintable character"
    return ""


def mentions(certification: str) -> tuple[str, ...]:
    for c in CERTIFICATIONS:
        if c.name == certification:
            return (c.name, c.full_name, c.name_th, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
    return ()


def names(text: str, certification: str) -> bool:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return any(unicodedata.normalize("NFKC", m).casefold() in folded for m in mentions(certification))


def check(smes: tuple[Sme, ...]) -> list[str]:
    errors: list[str] = []
    nums = [s.num for s in smes]
    if nums != list(range(1, N_PROFILES + 1)):
        errors.append(f"ids must run {PREFIX}-001 .. {PREFIX}-{N_PROFILES:03d} in order")
    offered: dict[str, set[int]] = {}
    offer_texts: set[str] = set()
    for s in smes:
        for text, label in s.offers:
            offered.setdefault(label, set()).add(s.num)
            offer_texts.add(text.casefold())
    used_labels: set[str] = set(offered)
    seen_phrases: set[str] = set()
    for s in smes:
        where = s.id
        if not re.fullmatch(rf"{PREFIX}-\d{{3}}", s.id):
            errors.append(f"{where}: malformed id")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: language {s.language!r}")
        if not isinstance(s.sub_cluster, SubCluster) or not isinstance(s.stage, Stage):
            errors.append(f"{where}: sub-cluster or stage not from the taxonomy")
        province = resolve_province(s.province)
        if province is None or THAI_LETTER.search(s.province):
            errors.append(f"{where}: province {s.province!r} is not an English province name")
        if not EMAIL.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if len(set(s.bcg)) != len(s.bcg) or not all(isinstance(b, BcgTag) for b in s.bcg):
            errors.append(f"{where}: bcg {s.bcg!r}")
        for c in s.certifications:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        if len(held(s)) != len(s.certifications):
            errors.append(f"{where}: certification listed twice")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            errors.append(f"{where}: {len(s.offers)} offers and {len(s.needs)} needs")
        problem = language_problem(s.name, s.language)
        if problem:
            errors.append(f"{where}: name {s.name!r}: {problem}")
        phrases = [t for t, _ in s.offers] + [n.text for n in s.needs]
        for text in phrases:
            problem = language_problem(text, s.language)
            if problem:
                errors.append(f"{where}: {text!r}: {problem}")
            if text.casefold() in seen_phrases:
                errors.append(f"{where}: {text!r} written twice in the set")
            seen_phrases.add(text.casefold())
        for text, label in s.offers:
            if label not in LABELS:
                errors.append(f"{where}: unknown offer label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= held(s):
                errors.append(f"{where}: offer {text!r} claims {sorted(claimed - held(s))} not held")
        for nd in s.needs:
            said = f"{where}: need {nd.text!r}"
            used_labels.update(nd.meets)
            if nd.text.casefold() in offer_texts:
                errors.append(f"{said} is worded as an offer")
            for label in nd.meets:
                if label not in LABELS:
                    errors.append(f"{said}: unknown label {label!r}")
                elif not offered.get(label, set()) - {s.num}:
                    errors.append(f"{said}: no one else offers {label!r}")
            for c in (*nd.requires, *nd.waives):
                if resolve_certification(c) != c:
                    errors.append(f"{said}: {c!r} is not a canonical certification name")
            found = find_certifications(nd.text)
            if found != set(nd.requires):
                errors.append(f"{said}: text requires {sorted(found)}, labelled {sorted(nd.requires)}")
            for c in nd.waives:
                if not names(nd.text, c) or c in found:
                    errors.append(f"{said}: waived {c!r} is not named and waived in the text")
            qualified = suppliers_for(nd, s, smes)
            if nd.unmet and qualified:
                errors.append(f"{said}: marked unmet but met by {[q.id for q in qualified]}")
            if not nd.unmet and not nd.meets:
                errors.append(f"{said}: lists no labels and no note")
            if not nd.unmet and nd.meets and not qualified:
                errors.append(f"{said}: no qualified supplier")
    unused = sorted(set(LABELS) - used_labels)
    if unused:
        errors.append(f"labels never used: {unused}")
    return errors


def check_sizes(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    by_id = {s.id: s for s in smes}
    thai = sum(1 for s in smes if s.language == "th") / len(smes)
    if not 0.50 <= thai <= 0.60:
        errors.append(f"Thai share {thai:.2f} is not about 55 %")
    if not 160 <= len(links) <= 180:
        errors.append(f"{len(links)} true links, wanted 160-180")
    cross = sum(1 for a, b in links if by_id[a].language != by_id[b].language)
    if links and not 0.42 <= cross / len(links) <= 0.58:
        errors.append(f"cross-language share {cross / len(links):.2f} is not about half")
    needs = [(s, nd) for s in smes for nd in s.needs]
    n_unmet = sum(1 for _, nd in needs if nd.unmet)
    if not 17 <= n_unmet <= 23:
        errors.append(f"{n_unmet} needs met by no one, wanted about 20")
    met = [len(suppliers_for(nd, s, smes)) for s, nd in needs if not nd.unmet]
    few = sum(1 for n in met if 1 <= n <= 3)
    if met and few / len(met) < 0.75:
        errors.append(f"only {few} of {len(met)} met needs have 1-3 suppliers")
    if not any(n > 3 for n in met):
        errors.append("no need is met by more than 3 suppliers")
    return errors


# ------------------------------------------------------------------ output


def profile(s: Sme) -> dict[str, object]:
    return {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster.value,
        "stage": s.stage.value,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [nd.text for nd in s.needs],
        "certifications": list(s.certifications),
        "bcg": [b.value for b in s.bcg],
        "contact_email": s.email,
        "language": s.language,
    }


def counts(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    rows: list[tuple[str, str]] = []
    n_th = sum(1 for s in smes if s.language == "th")
    rows.append(("profiles", str(len(smes))))
    rows.append(("Thai / English profiles", f"{n_th} / {len(smes) - n_th}"))
    for sc in SubCluster:
        rows.append((f"sub-cluster `{sc.value}`", str(sum(1 for s in smes if s.sub_cluster is sc))))
    for st in Stage:
        rows.append((f"stage `{st.value}`", str(sum(1 for s in smes if s.stage is st))))
    regions = Counter(resolve_province(s.province).region for s in smes)  # type: ignore[union-attr]
    for region, n in sorted(regions.items(), key=lambda item: (-item[1], item[0].value)):
        rows.append((f"region `{region.value}`", str(n)))
    rows.append(("distinct provinces", str(len({resolve_province(s.province) for s in smes}))))
    rows.append(("offers", str(sum(len(s.offers) for s in smes))))
    rows.append(("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))))
    needs = [nd for s in smes for nd in s.needs]
    n_unmet = sum(1 for nd in needs if nd.unmet)
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(needs) - n_unmet} / {n_unmet}"))
    rows.append(("needs requiring a certification", str(sum(1 for nd in needs if nd.requires))))
    rows.append(("needs waiving a certification", str(sum(1 for nd in needs if nd.waives))))
    rows.append(("true links", str(len(links))))
    th_en = sum(1 for a, b in links if by_id[a].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for a, b in links if by_id[a].language == "en" and by_id[b].language == "th")
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({100 * cross / len(links):.0f} %)"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(
        (
            "links between different sub-clusters",
            str(sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster)),
        )
    )
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---:|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """# `eval/blind_plain_rope/`: rope, cord and twine, plain registry entries

A hand-labelled test set for the partner matcher. It checks whether the matcher finds the true
supplier-buyer pairs among {n} SMEs written as plain registry entries (one short phrase per offer
or need) in Thai and English, in wording it has never seen.

## What it checks

The theme is rope, cord and twine: twisted and braided ropes of cotton, jute, kenaf, sisal, hemp,
coir, PP and nylon, macrame and paper cord, water-hyacinth cord, mooring lines, climbing and rescue
rope, shoelaces and drawcords, hammock cord, baler twine, rope toys, rope baskets and rope chairs,
splicing, braiding and spinning machines, and the farms, fishermen, craft shops, boatyards, gyms,
care homes, hotels and furniture makers that buy them, with the ordinary fibre, yarn, dyeing,
sewing and waste businesses of the cluster around them.

The same kind of goods is written in many ways: Thai trade and regional names (เชือกฟาง for PP
tying string, เชือกร่ม for parachute cord, ปอแก้ว for kenaf, ป่านศรนารายณ์ for sisal), English trade
words and abbreviations, with and without sizes, prices, minimum orders and places. Needs are
worded differently from the offers that meet them, often in the other language. The set includes
hard but fair cases:

- a service versus the goods it works on (dyeing, sewing, braiding, spinning or shredding the
  customer's own material versus dyed yarn, sewn bags, cord, yarn or recycled fibre);
- waste and used goods versus new (used nets and rope versus netting twine and rope);
- raw versus processed (fibre, yarn, cord, cloth, product);
- finished goods described by their material, colour or technique (a bag of handwoven cotton dyed
  with indigo is a bag, not indigo dyeing; a straw bale is not เชือกฟาง);
- needs written as a wish, a bare noun phrase or a question, and refusals ("no synthetic dye");
- needs that require a named certification, and needs that name one only to waive it;
- needs that no one in the set meets, some only because no supplier holds the required
  certification.

## How it was written

By hand, by a writer who read only section 1 of the contracts (cluster profiles, JSONL version 1,
and the links CSV), `shared/taxonomy.py` with its data files, and the ruff settings. The writer saw
no matcher code, glossary, test, other evaluation set or project data. Every province resolves with
`resolve_province`, every certification with `resolve_certification`, and sub-clusters, stages and
BCG tags are the taxonomy's values.

## How a link is decided

Every offer is a `(text, label)` pair in `write.py` whose label says what the thing is (for example
`natural_dyed_cotton_yarn` versus `natural_dyeing_service`). Every need either lists the offer
labels that would meet it and the certifications its text requires, or is marked as met by no one
with a short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a
label listed by one of the buyer's needs and the supplier's certifications hold every certification
that need requires. An SME is never linked to itself. Shared words play no part; quantities, prices
and places never decide a link; what changes what the thing is does. A certification named only to
be waived ("OTOP welcome but not required", "ไม่ต้องมีตรา...") is not required. The labels live only in
`write.py`; the profiles carry none.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_rope/write.py

The script checks the data before writing (ids, contract fields, provinces, certifications, labels
offered by someone other than the buyer, every met need has a qualified supplier and every unmet
one has none, required and waived certifications named in the need's text, Thai phrases mostly Thai
letters and English ones Latin only, the size targets) and writes nothing if a check fails. Two runs
give identical bytes.

## Files

- `write.py`: all the data and labels, the checks, and the writer.
- `profiles.jsonl`: the {n} profiles, contract JSONL version 1, ids `{first}` to `{last}`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render(smes: tuple[Sme, ...]) -> tuple[dict[str, bytes], str]:
    links = true_links(smes)
    jsonl = "".join(json.dumps(profile(s), ensure_ascii=False) + "\n" for s in smes)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    counts_table = table(counts(smes, links))
    readme = README.format(n=len(smes), first=smes[0].id, last=smes[-1].id, table=counts_table)
    files = {
        "profiles.jsonl": jsonl.encode("utf-8"),
        "links.csv": buffer.getvalue().encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }
    return files, counts_table


def detail(smes: tuple[Sme, ...]) -> None:
    """`--detail`: each need with the suppliers that meet it, for the writer."""
    for s in smes:
        for nd in s.needs:
            found = [q.id for q in suppliers_for(nd, s, smes)]
            mark = "UNMET" if nd.unmet else str(len(found))
            print(f"{s.id} {s.language} {mark:>5} {nd.text} <- {' '.join(found)}")
    links = true_links(smes)
    print(table(counts(smes, links)), end="")


def main() -> int:
    if "--detail" in sys.argv[1:]:
        detail(SMES)
        return 0
    errors = check(SMES)
    if not errors:
        errors = check_sizes(SMES, true_links(SMES))
    if errors:
        for error in errors:
            print(error, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    files, counts_table = render(SMES)
    again, _ = render(SMES)
    if files != again:
        print("two renders differ; nothing written", file=sys.stderr)
        return 1
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    print(counts_table, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
