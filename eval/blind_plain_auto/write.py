"""Write the hand-labelled evaluation set `eval/blind_plain_auto/`.

Theme: transport and automotive textiles (seat covers, tuk-tuk and songthaew canopies, motorcycle-taxi
vests, tarpaulins, webbing, upcycled seatbelts and airbags ...) plus the ordinary upstream and midstream
suppliers of the cluster. Every profile is written by hand as a plain registry entry.

Each offer is a (text, label) pair; each need lists the offer labels that meet it and the certifications
its text requires (or waives), or is marked as met by no one. A pair (supplier, buyer) is a true link when
some offer of the supplier carries a label that one of the buyer's needs lists and the supplier holds every
certification that need requires. Labels live only in this file; the written files carry none.

Run from the repository root:  .venv/bin/python eval/blind_plain_auto/write.py
It checks everything first and writes nothing if a check fails.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402  (the repository root is put on sys.path just above)
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

ID_PREFIX = "bau"
N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET = (17, 23)

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
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
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # a short note when no one in the set meets the need


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    email: str
    offers: tuple[Offer, ...] = ()
    needs: tuple[Need, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = field(default=())

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"


def Of(text: str, label: str) -> Offer:  # short on purpose: hundreds of rows
    return Offer(text, label)


def N(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = (), unmet: str = "") -> Need:
    return Need(text, labels, req, waive, unmet)


# ====================================================================== data, part 1: fibre, yarn, waste

PART_1: tuple[Sme, ...] = (
    Sme(
        1,
        "th",
        "วิสาหกิจชุมชนปลูกฝ้ายบ้านนาซ่าว",
        HEMP,
        UP,
        "Loei",
        "fai.nasao@gmail.com",
        offers=(
            Of("ปุยฝ้ายหีบเมล็ดออกแล้ว ขายยกกระสอบ 40 กก.", "cotton_lint"),
            Of("ฝ้ายตุ่นพันธุ์พื้นเมือง ปุยสีน้ำตาลอ่อน", "cotton_lint"),
        ),
        needs=(N("กระสอบป่านปอ ใส่ปุยฝ้าย", unmet="no one in the set sells jute or kenaf sacks"),),
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    Sme(
        2,
        "en",
        "Siam Cotton Spinning Co., Ltd.",
        HEMP,
        UP,
        "Nakhon Pathom",
        "sales@siamcottonspin.co.th",
        offers=(
            Of("Ne 20/1 combed cotton yarn on cones", "cotton_yarn"),
            Of("OE cotton yarn Ne 8-12 for canvas and tape", "cotton_yarn"),
        ),
        needs=(
            N("Ginned cotton lint, by the bale", "cotton_lint"),
            N(
                "GOTS-certified organic cotton fibre for a certified yarn line",
                "cotton_lint",
                req=("GOTS",),
                unmet="the only lint growers hold Organic Thailand, not GOTS",
            ),
        ),
        certs=("ISO 9001:2015",),
    ),
    Sme(
        3,
        "th",
        "กลุ่มปลูกกัญชงชาวม้ง บ้านเล่าอ้อ",
        HEMP,
        UP,
        "Tak",
        "hemp.laoor@gmail.com",
        offers=(
            Of("เปลือกกัญชงลอกตากแห้ง มัดละกิโล", "hemp_fibre"),
            Of("เส้นใยกัญชงเข็นมือ ต่อเส้นแบบม้ง เป็นไจ", "hemp_yarn"),
        ),
        needs=(
            N(
                "ครามเปียกที่ได้รับรองเกษตรอินทรีย์ ไว้ย้อมผ้าเขียนเทียน",
                "indigo_dye_paste",
                req=("Organic Thailand",),
            ),
        ),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    Sme(
        4,
        "th",
        "วิสาหกิจชุมชนครามบ้านพังขว้าง",
        ALI,
        UP,
        "Sakon Nakhon",
        "khram.pangkwang@gmail.com",
        offers=(
            Of("เนื้อครามเปียก บรรจุถัง 20 กก. กิโลละ 120 บาท", "indigo_dye_paste"),
            Of("ต้นครามสดตัดทั้งกิ่ง ส่งช่วงฤดูเก็บเกี่ยว", "indigo_leaves"),
        ),
        certs=("มาตรฐานเกษตรอินทรีย์",),
        bcg=("bio", "green"),
    ),
    Sme(
        5,
        "en",
        "Thap Sakae Coir Fibre Co.",
        HEMP,
        UP,
        "Prachuap Khiri Khan",
        "info@thapsakaecoir.com",
        offers=(
            Of("Brown coconut husk fibre, baled, 100 kg", "coir_fibre"),
            Of("Coco peat blocks, 5 kg", "coco_peat"),
        ),
        needs=(N("Centrifuged natural rubber latex 60% DRC, drums", "natural_rubber_latex"),),
        bcg=("bio", "circular"),
    ),
    Sme(
        6,
        "th",
        "สหกรณ์สวนยางบ้านควนลัง",
        HEMP,
        UP,
        "Songkhla",
        "kuanlang.coop@gmail.com",
        offers=(
            Of("น้ำยางข้น 60% ถังละ 200 ลิตร", "natural_rubber_latex"),
            Of("แผ่นยางพาราฟองน้ำ หนา 1-2 นิ้ว ตัดตามขนาด", "latex_foam_sheet"),
        ),
        needs=(N("ผ้าใบคลุมกองยางแผ่น ขนาด 4x6 เมตร", "tarpaulin_sheet"),),
        bcg=("bio",),
    ),
    Sme(
        7,
        "en",
        "Mahachai PET Recovery",
        CIRC,
        UP,
        "Samut Sakhon",
        "trade@mahachaipet.com",
        offers=(Of("Hot-washed clear PET bottle flakes, jumbo bags", "pet_bottle_flake"),),
        needs=(N("Used PET strapping band from factories", unmet="no one in the set sells used PET strapping"),),
        bcg=("circular",),
    ),
    Sme(
        8,
        "th",
        "บริษัท รีไฟเบอร์ไทย จำกัด",
        CIRC,
        UP,
        "Pathum Thani",
        "sales@refiberthai.co.th",
        offers=(
            Of("เส้นด้ายรีไซเคิลจากขวดพลาสติก 150D/48F", "recycled_polyester_yarn"),
            Of("ใยสั้นรีไซเคิล 7 ดีเนียร์ ใยยัดหมอนยัดเบาะ", "recycled_polyester_fibre"),
        ),
        needs=(N("เกล็ดขวด PET ใส ล้างสะอาด", "pet_bottle_flake"),),
        certs=("GRS",),
        bcg=("circular",),
    ),
    Sme(
        9,
        "th",
        "ร้านเซียงกงสองพี่น้อง บางนา",
        CIRC,
        UP,
        "Bangkok",
        "siangkong2pn@hotmail.com",
        offers=(
            Of("เข็มขัดนิรภัยถอดจากรถเก่า ตัดออกเป็นเส้น", "used_seatbelts"),
            Of("ถุงลมนิรภัยที่ระเบิดแล้ว ถอดจากรถชน", "used_airbags"),
            Of("หนังเบาะรถเก๋งเก่า ถอดทั้งชุด", "used_car_seat_leather"),
        ),
        bcg=("circular",),
    ),
    Sme(
        10,
        "en",
        "EastLoop Textile Recovery",
        CIRC,
        UP,
        "Chonburi",
        "hello@eastloop.co.th",
        offers=(
            Of("Post-industrial knit cuttings sorted by colour, 500 kg bales", "textile_offcuts"),
            Of("Cotton rag wipers cut from old T-shirts, 10 kg bags", "wiping_rags"),
        ),
        needs=(N("Worn-out staff uniforms and workwear, any quantity", "used_garments"),),
        certs=("RCS",),
        bcg=("circular",),
    ),
    Sme(
        11,
        "en",
        "Bangplee Yarn Trading Co.",
        SPORT,
        UP,
        "Samut Prakan",
        "order@bangpleeyarn.com",
        offers=(
            Of("Polyester FDY 1000D high tenacity, raw white", "polyester_filament_yarn"),
            Of("Nylon 6 filament yarn 210D and 420D", "nylon_filament_yarn"),
        ),
    ),
    Sme(
        12,
        "th",
        "กลุ่มแม่บ้านทำนุ่นบ้านโนนสวาง",
        HEMP,
        UP,
        "Ubon Ratchathani",
        "nun.nonsawang@gmail.com",
        offers=(
            Of("นุ่นดีดแล้ว แยกเมล็ดออก บรรจุถุงละ 5 กิโล", "kapok_fibre"),
            Of("ฝักนุ่นแห้งทั้งฝัก ขายเหมาต้น", "kapok_pods"),
        ),
        bcg=("bio",),
    ),
    Sme(
        13,
        "en",
        "ColorChem Supply (Thailand)",
        SPORT,
        MID,
        "Bangkok",
        "cs@colorchem.co.th",
        offers=(
            Of("Reactive and disperse dyes, 25 kg drums", "synthetic_dyestuff"),
            Of("Plastisol and water-based screen inks", "screen_printing_ink"),
        ),
    ),
    Sme(
        14,
        "th",
        "กลุ่มปลูกห้อมบ้านทุ่งโฮ้ง",
        HEMP,
        UP,
        "Phrae",
        "hom.tunghong@gmail.com",
        offers=(Of("ห้อมเปียกหมักพร้อมก่อหม้อ กิโลละ 150", "indigo_dye_paste"),),
        needs=(N("ฝ้ายเข็นมือเส้นใหญ่ ไว้ทอผ้าหม้อห้อม", "handspun_cotton_yarn"),),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    Sme(
        15,
        "th",
        "ร้านรับซื้อของเก่า ส.เจริญพาณิชย์",
        CIRC,
        UP,
        "Samut Prakan",
        "sjaroen.recycle@gmail.com",
        offers=(
            Of("ผ้าใบรถบรรทุกเก่า มีรูขาดบ้าง ชั่งกิโลขาย", "used_tarpaulin"),
            Of("เศษผ้าโรงงานคละสี คละชนิด", "textile_offcuts"),
        ),
        bcg=("circular",),
    ),
    Sme(
        16,
        "th",
        "กลุ่มประมงพื้นบ้านบ้านบ่อเจ็ดลูก",
        CIRC,
        UP,
        "Satun",
        "bor7luk@gmail.com",
        offers=(Of("อวนไนลอนเก่าที่เลิกใช้แล้ว ล้างเกลือออก", "used_fishing_net"),),
        needs=(N("อยากได้เสื้อกั๊กสะท้อนแสงให้ลูกเรือใส่ตอนกลางคืน", "reflective_safety_vest"),),
        bcg=("circular",),
    ),
    Sme(
        17,
        "th",
        "กลุ่มเข็นฝ้ายบ้านท่าสว่าง",
        ALI,
        UP,
        "Surin",
        "khenfai.thasawang@gmail.com",
        offers=(
            Of("ฝ้ายเข็นมือ สีขาวธรรมชาติ เป็นไจ", "handspun_cotton_yarn"),
            Of("ฝ้ายเข็นย้อมเปลือกประดู่ สีน้ำตาลแดง", "natural_dyed_cotton_yarn"),
        ),
        needs=(
            N(
                "ฝ้ายดอกทั้งเมล็ด ยังไม่อีด",
                unmet="seed cotton (not ginned); the only grower sells ginned lint",
            ),
        ),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    Sme(
        18,
        "en",
        "Doi Hemp Growers Network",
        HEMP,
        UP,
        "Chiang Mai",
        "grow@doihemp.org",
        offers=(
            Of("Decorticated hemp bast fibre, long line, 25 kg bales", "hemp_fibre"),
            Of("Hemp hurds for animal bedding", "hemp_hurd"),
        ),
        bcg=("bio",),
    ),
    Sme(
        19,
        "en",
        "Lanna Hemp Spinning",
        HEMP,
        UP,
        "Chiang Mai",
        "mill@lannahemp.com",
        offers=(Of("Wet-spun hemp yarn Nm 6, natural grey", "hemp_yarn"),),
        needs=(N("Stripped and dried hemp bark for spinning", "hemp_fibre"),),
        bcg=("bio",),
    ),
    Sme(
        20,
        "en",
        "Northern Hemp Canvas Works",
        HEMP,
        MID,
        "Chiang Mai",
        "hello@nhcw.co.th",
        offers=(
            Of("Hemp canvas 12 oz, undyed, 150 cm, THB 420/m", "hemp_canvas_fabric"),
            Of("Hemp webbing 38 mm for bag straps", "hemp_webbing"),
        ),
        needs=(
            N("Hemp yarn, any count", "hemp_yarn"),
            N("Indigo vat dyeing of our own greige rolls", "indigo_dyeing_service"),
        ),
        certs=("OEKO-TEX Standard 100",),
        bcg=("bio",),
    ),
    Sme(
        21,
        "th",
        "โรงทอผ้าไทยเจริญ โพธาราม",
        HEMP,
        MID,
        "Ratchaburi",
        "thaicharoen.weaving@gmail.com",
        offers=(
            Of("ผ้าดิบทอเครื่อง หน้ากว้าง 44 นิ้ว ขายเป็นพับ", "cotton_greige_fabric"),
            Of("ผ้าแคนวาสเบอร์ 8 สีธรรมชาติ ยังไม่ฟอก", "cotton_canvas_fabric"),
            Of("ผ้าแคนวาสย้อมสีดำ กรม ขี้ม้า ขั้นต่ำ 100 หลา", "dyed_cotton_canvas"),
        ),
        needs=(N("ด้ายฝ้าย OE ปั่นเครื่อง เบอร์ 10", "cotton_yarn"),),
    ),
    Sme(
        22,
        "en",
        "Sakhon Dyeing & Finishing Co.",
        CIRC,
        MID,
        "Samut Sakhon",
        "jobs@sakhondye.com",
        offers=(
            Of("Commission dyeing of customer cloth, cotton and polyester, MOQ 500 m", "dyeing_service"),
            Of("Water-repellent and anti-mould finishing on your rolls", "finishing_service"),
        ),
        needs=(
            N("Reactive dyestuff in bulk", "synthetic_dyestuff"),
            N("Licensed contractor to take dyehouse sludge", unmet="no waste-disposal service in the set"),
        ),
        certs=("ISO 14001",),
    ),
    Sme(
        23,
        "th",
        "กลุ่มทอผ้าย้อมครามบ้านดอนกอย",
        ALI,
        MID,
        "Sakon Nakhon",
        "dongoi.khram@gmail.com",
        offers=(
            Of("ผ้าฝ้ายทอมือย้อมครามแท้ ลายมัดหมี่ หลาละ 350", "handwoven_indigo_cotton_fabric"),
            Of("รับย้อมครามผ้าหรือเส้นด้ายที่ลูกค้าส่งมา", "indigo_dyeing_service"),
        ),
        needs=(N("ด้ายฝ้ายสีขาวจากโรงปั่น ใช้เป็นเส้นยืน", "cotton_yarn"),),
        certs=("OTOP",),
        bcg=("bio", "green"),
    ),
    Sme(
        24,
        "th",
        "กลุ่มทอผ้าขาวม้าบ้านโนนรัง",
        ALI,
        MID,
        "Khon Kaen",
        "pakaoma.nonrang@gmail.com",
        offers=(
            Of("ผ้าขาวม้าทอมือ ลายตาหมากรุก ผืนละ 180", "handwoven_cotton_fabric"),
            Of("ผ้าขิดทอมือ หน้า 80 ซม. ขายเป็นเมตร", "handwoven_cotton_fabric"),
            Of("หมอนขวานผ้าขาวม้า ยัดนุ่น", "triangle_cushion"),
        ),
        needs=(
            N("ฝ้ายเข็นมือหรือด้ายโรงงานก็ได้", "handspun_cotton_yarn", "natural_dyed_cotton_yarn", "cotton_yarn"),
            N("นุ่นยัดหมอน", "kapok_fibre"),
        ),
        certs=("OTOP",),
    ),
    Sme(
        25,
        "en",
        "Thai Narrow Fabrics Co., Ltd.",
        SPORT,
        MID,
        "Samut Prakan",
        "sales@thainarrow.com",
        offers=(
            Of("Polyester webbing 20-50 mm, plain and twill, 60 colours", "polyester_webbing"),
            Of("Seat belt webbing 48 mm, 2,500 kgf, grey and black", "seatbelt_webbing"),
        ),
        needs=(
            N("HT polyester filament 1000D-1500D", "polyester_filament_yarn"),
            N("GRS recycled PET yarn for an eco strap line", "recycled_polyester_yarn", req=("GRS",)),
        ),
        certs=("ISO 9001", "Oeko-Tex 100"),
    ),
)

# ====================================================================== data, part 2: cloth, coating, trims, sewing

PART_2: tuple[Sme, ...] = (
    Sme(
        26,
        "th",
        "บริษัท ชลเคลือบผ้า จำกัด",
        SPORT,
        MID,
        "Chon Buri",
        "sales@chonkhuabpha.co.th",
        offers=(
            Of("ผ้าใบพีวีซีเคลือบสองหน้า 650 กรัม ม้วนละ 50 เมตร", "pvc_tarpaulin_fabric"),
            Of("รับเคลือบ PU หรือ PVC บนผ้าที่ลูกค้าส่งมา", "fabric_coating_service"),
            Of("ผ้าร่มโพลีเคลือบกันน้ำ สำหรับตัดเสื้อกันฝน", "coated_rain_fabric"),
        ),
        needs=(N("ผ้าโพลีเอสเตอร์ทอดิบ 1000D ใช้เป็นผ้าพื้นก่อนเคลือบ", "polyester_base_fabric"),),
        certs=("ISO 9001",),
    ),
    Sme(
        27,
        "en",
        "Nakhon Pathom Technical Weaving Co.",
        SPORT,
        MID,
        "Nakhon Pathom",
        "info@nptweaving.com",
        offers=(
            Of("Greige polyester scrim 1000D x 1000D, for coating", "polyester_base_fabric"),
            Of("Automotive seat fabric: jacquard, velour and tricot", "auto_upholstery_fabric"),
        ),
        needs=(
            N("Industrial-grade multifilament for scrim weaving", "polyester_filament_yarn"),
            N("Flame-retardant polyester yarn for coach seat fabric", unmet="no flame-retardant yarn in the set"),
        ),
    ),
    Sme(
        28,
        "th",
        "หจก. ด้ายโพลีมหาชัย",
        SPORT,
        UP,
        "Samut Sakhon",
        "daipoly.mahachai@gmail.com",
        offers=(
            Of("เส้นด้ายโพลีเอสเตอร์ DTY 150D ดิบ ยังไม่ย้อม", "polyester_filament_yarn"),
            Of("ด้ายเย็บโพลีเอสเตอร์ เบอร์ 20 หลอดใหญ่ 5000 เมตร", "sewing_thread"),
        ),
    ),
    Sme(
        29,
        "th",
        "บริษัท บางพลีลามิเนต จำกัด",
        SPORT,
        MID,
        "Samut Prakan",
        "contact@bangpleelaminate.co.th",
        offers=(
            Of("รับลามิเนตฟองน้ำติดผ้า ลูกค้าส่งผ้ามาเอง", "foam_lamination_service"),
            Of("ผ้าบุเพดานรถยนต์ ติดฟองน้ำ 3 มิล สีเทา เบจ", "headliner_fabric"),
        ),
        needs=(N("ฟองน้ำ PU เป็นม้วน หนา 2-10 มิล", "pu_foam_sheet"),),
    ),
    Sme(
        30,
        "en",
        "Krung Thep Foam Converters",
        ALC,
        MID,
        "Chachoengsao",
        "sales@ktfoam.co.th",
        offers=(
            Of("PU foam sheets and blocks, density 25-40, cut to size", "pu_foam_sheet"),
            Of("Memory foam inserts for cushions", "memory_foam_insert"),
        ),
    ),
    Sme(
        31,
        "th",
        "ร้านหนังเทียมเจริญกรุง",
        SPORT,
        MID,
        "Bangkok",
        "charoenkrung.leather@gmail.com",
        offers=(
            Of("หนัง PVC หนัง PU หุ้มเบาะ ม้วน 30 หลา หลายสี", "synthetic_leather"),
            Of("ยางกุ๊นขอบเบาะ เส้นกลม 5 มม.", "piping_cord"),
        ),
    ),
    Sme(
        32,
        "en",
        "SafeGlow Reflective Materials",
        SPORT,
        MID,
        "Pathum Thani",
        "sales@safeglow.co.th",
        offers=(
            Of("Sew-on retro-reflective tape 50 mm, silver, 100 m rolls", "reflective_tape"),
            Of("Class 2 safety vests with reflective stripes, TIS certified", "reflective_safety_vest"),
        ),
        needs=(N("Fluorescent yellow and orange knit fabric", "hivis_fabric"),),
        certs=("TIS",),
    ),
    Sme(
        33,
        "th",
        "โรงถักผ้าสปอร์ตเทค สมุทรสาคร",
        SPORT,
        MID,
        "Samut Sakhon",
        "sportech.knit@gmail.com",
        offers=(
            Of("ผ้าโพลีถักสีส้มสะท้อนแสง สีเหลืองนีออน ทำเสื้อจราจร", "hivis_fabric"),
            Of("ผ้าตาข่าย 3 มิติ หนา 3-10 มม. ระบายอากาศ", "spacer_mesh_fabric"),
        ),
        needs=(
            N(
                "เส้นใยโพลีเอสเตอร์ฟิลาเมนต์ จะรีไซเคิลหรือธรรมดาก็ได้",
                "polyester_filament_yarn",
                "recycled_polyester_yarn",
            ),
        ),
        certs=("OEKO-TEX Standard 100",),
    ),
    Sme(
        34,
        "en",
        "Nonthaburi Sewing Supplies",
        ALC,
        MID,
        "Nonthaburi",
        "shop@ntbsewing.com",
        offers=(
            Of("Polyester and bonded nylon thread, all counts", "sewing_thread"),
            Of("Hook-and-loop tape 20-100 mm, sew-on and self-adhesive", "hook_and_loop_tape"),
            Of("Side-release buckles, D-rings and cam buckles", "plastic_buckles"),
        ),
    ),
    Sme(
        35,
        "th",
        "โรงงานรับจ้างเย็บ พรรณีการ์เมนต์",
        ALC,
        MID,
        "Bangkok",
        "pannee.garment@gmail.com",
        offers=(
            Of("รับจ้างตัดเย็บ ลูกค้ามีผ้ามาเอง ขั้นต่ำ 100 ตัว", "cmt_sewing_service"),
            Of("เศษผ้าจากห้องตัด ชั่งกิโลขาย", "textile_offcuts"),
        ),
        needs=(
            N("ด้ายสำหรับจักรอุตสาหกรรม เป็นโคน", "sewing_thread"),
            N("ช่างซ่อมจักรเย็บอุตสาหกรรม", unmet="no machine repair service in the set"),
        ),
    ),
    Sme(
        36,
        "en",
        "Isan Sewing Collective",
        ALI,
        MID,
        "Khon Kaen",
        "isansewing@gmail.com",
        offers=(Of("Cut-make-trim of uniforms, vests and bags, your fabric", "cmt_sewing_service"),),
        needs=(N("Bias binding tape for vest edges", unmet="no one in the set lists binding tape"),),
    ),
    Sme(
        37,
        "th",
        "ร้านสกรีนเสื้อวิน ประตูน้ำ",
        SPORT,
        MID,
        "Bangkok",
        "screen.pratunam@gmail.com",
        offers=(
            Of("รับสกรีนเบอร์วิน โลโก้ บนเสื้อของลูกค้า", "screen_printing_service"),
            Of("รับปักชื่อ ปักโลโก้บริษัท ขั้นต่ำ 20 ตัว", "embroidery_service"),
        ),
        needs=(N("หมึกพลาสติซอลสำหรับงานสกรีน", "screen_printing_ink"),),
    ),
    Sme(
        38,
        "en",
        "ReFelt Thailand",
        CIRC,
        MID,
        "Pathum Thani",
        "info@refelt.co.th",
        offers=(Of("Recycled needle felt from textile waste, 5-20 mm, car insulation grade", "recycled_felt"),),
        needs=(N("Textile cuttings, any fibre, 20 tonnes a month", "textile_offcuts"),),
        certs=("GRS",),
        bcg=("circular",),
    ),
    Sme(
        39,
        "th",
        "โรงงานนอนวูฟเวนอยุธยา",
        SPORT,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "nonwoven.ayutthaya@gmail.com",
        offers=(Of("พรมนีดเดิลพันช์ ปูพื้นรถยนต์ ม้วนหน้ากว้าง 2 เมตร", "needlepunch_carpet"),),
        needs=(N("ใยโพลีรีไซเคิลจากขวด ไม่ต้องมี GRS ก็ได้", "recycled_polyester_fibre", waive=("GRS",)),),
    ),
    Sme(
        40,
        "en",
        "East Rope & Net Co.",
        SPORT,
        MID,
        "Chachoengsao",
        "sales@eastropenet.com",
        offers=(
            Of("Braided polyester rope 6-16 mm, 200 m coils", "polyester_rope"),
            Of("Knotless cargo nets for pickups and six-wheelers", "cargo_net"),
        ),
        needs=(
            N("Nylon 6 multifilament for netting", "nylon_filament_yarn"),
            N("Discarded fishing nets for a recycling trial", "used_fishing_net"),
        ),
    ),
    Sme(
        41,
        "th",
        "ร้านโคราชเบาะสวย",
        ALC,
        MID,
        "Nakhon Ratchasima",
        "khoratbaosuay@gmail.com",
        offers=(
            Of("หุ้มเบาะรถเก๋ง รถตู้ ใหม่ทั้งคัน ทำที่ร้าน", "auto_reupholstery_service"),
            Of("ชุดหุ้มเบาะหนังสวมทับ รถกระบะ", "seat_cover_leatherette"),
        ),
        needs=(
            N("หนังเทียมหุ้มเบาะ สีดำ เทา ครีม", "synthetic_leather"),
            N("ฟองน้ำอัดเบาะ แผ่นหนา", "pu_foam_sheet", "latex_foam_sheet"),
        ),
    ),
    Sme(
        42,
        "en",
        "Andaman Marine Upholstery",
        SPORT,
        DOWN,
        "Phuket",
        "andamanmarine@gmail.com",
        offers=(
            Of("Speedboat and longtail seat cushions in marine vinyl", "boat_seat_cushion"),
            Of("On-site re-covering of bus, van and boat seats", "auto_reupholstery_service"),
        ),
        needs=(
            N("UV-stable white vinyl for boat seats", "synthetic_leather"),
            N(
                "Solution-dyed acrylic canvas for boat canopies, Sunbrella type",
                unmet="no acrylic canvas in the set",
            ),
        ),
    ),
    Sme(
        43,
        "en",
        "Belt & Bag Upcycling Studio",
        CIRC,
        DOWN,
        "Bangkok",
        "studio@beltandbag.com",
        offers=(
            Of("Tote bags woven from old car seatbelts", "seatbelt_bag"),
            Of("Pouches cut from deployed airbag fabric", "airbag_bag"),
        ),
        needs=(
            N("Seatbelts salvaged from scrapped cars", "used_seatbelts"),
            N("Spent airbags, any colour", "used_airbags"),
        ),
        bcg=("circular",),
    ),
    Sme(
        44,
        "th",
        "กระเป๋าผ้าใบรถบรรทุก ป่าตัน",
        CIRC,
        DOWN,
        "Chiang Mai",
        "patan.tarpbag@gmail.com",
        offers=(Of("กระเป๋าเป้จากผ้าใบรถบรรทุกรีไซเคิล", "tarpaulin_bag"),),
        needs=(
            N("ผ้าใบเก่าจากรถสิบล้อ", "used_tarpaulin"),
            N(
                "สายสะพายกระเป๋า เทปกว้าง 1.5 นิ้ว GRS ไม่จำเป็น",
                "polyester_webbing",
                "seatbelt_webbing",
                "hemp_webbing",
                waive=("GRS",),
            ),
        ),
        bcg=("circular",),
    ),
    Sme(
        45,
        "th",
        "หนังเบาะเก่าเล่าใหม่",
        CIRC,
        DOWN,
        "Bangkok",
        "nangbaokao@gmail.com",
        offers=(
            Of("กระเป๋าสตางค์ กระเป๋าใส่บัตร จากหนังเบาะรถเก่า", "upcycled_leather_goods"),
            Of("พวงกุญแจตุ๊กตุ๊กทำจากเศษหนัง", "tuktuk_keychain"),
        ),
        needs=(
            N("หนังหุ้มเบาะรถยนต์มือสอง", "used_car_seat_leather"),
            N("หนังวัวแท้ เกรดเฟอร์นิเจอร์", unmet="no genuine leather in the set"),
        ),
        bcg=("circular",),
    ),
    Sme(
        46,
        "th",
        "โรงงานชุดหุ้มเบาะ มหาชัยออโต้",
        ALC,
        DOWN,
        "Samut Sakhon",
        "mahachai.auto@gmail.com",
        offers=(
            Of("ชุดหุ้มเบาะผ้ากำมะหยี่ รถเก๋ง 5 ที่นั่ง", "seat_cover_fabric"),
            Of("ชุดหุ้มเบาะหนัง PU ตัดตรงรุ่น", "seat_cover_leatherette"),
            Of("เศษผ้าจากการตัดเบาะ ขายเหมาเป็นกระสอบ", "textile_offcuts"),
        ),
        needs=(
            N("ผ้าเบาะรถยนต์ แจ็คการ์ด กำมะหยี่ เป็นม้วน", "auto_upholstery_fabric"),
            N("ส่งผ้าไปติดฟองน้ำด้านหลัง", "foam_lamination_service"),
        ),
    ),
    Sme(
        47,
        "en",
        "WinRider Gear Co.",
        SPORT,
        DOWN,
        "Bangkok",
        "sales@winridergear.com",
        offers=(
            Of("Motorcycle taxi vests, orange, numbered, district badge", "motorcycle_taxi_vest"),
            Of("Reflective safety vests for road and warehouse crews", "reflective_safety_vest"),
        ),
        needs=(
            N("Fluorescent orange knit, 120 gsm", "hivis_fabric"),
            N("Retroreflective strip, sew-on, 5 cm", "reflective_tape"),
            N("Velcro and plastic clips", "hook_and_loop_tape", "plastic_buckles"),
        ),
    ),
    Sme(
        48,
        "th",
        "บริษัท ซับในหมวกไทย จำกัด",
        SPORT,
        DOWN,
        "Nonthaburi",
        "thaihelmetliner@gmail.com",
        offers=(
            Of("ซับในหมวกกันน็อค ถอดซักได้ ทุกไซส์", "helmet_liner"),
            Of("หมวกคลุมผมใช้แล้วทิ้ง สวมใต้หมวกกันน็อค", "disposable_helmet_cap"),
        ),
        needs=(
            N("ผ้าตาข่าย 3D สัมผัสผิว ต้องผ่าน OEKO-TEX", "spacer_mesh_fabric", req=("OEKO-TEX Standard 100",)),
            N("โฟม EPS ชั้นในหมวกกันน็อค", unmet="an EPS impact liner, not a textile liner; no one makes it"),
            N("ตีนตุ๊กแกเย็บติดซับใน สีดำ", "hook_and_loop_tape"),
        ),
    ),
    Sme(
        49,
        "en",
        "Saraburi Tarp & Canvas",
        SPORT,
        DOWN,
        "Saraburi",
        "order@saraburitarp.com",
        offers=(
            Of("Truck tarpaulins made to size with brass eyelets", "tarpaulin_sheet"),
            Of("Roof canvases for songthaews and tuk-tuks", "vehicle_canopy"),
        ),
        needs=(
            N("PVC-coated polyester, 650 gsm, rolls", "pvc_tarpaulin_fabric"),
            N("Tie-down rope, braided, 10 mm", "polyester_rope"),
            N("Brass eyelets and a hand eyelet press", unmet="no hardware supplier in the set sells eyelets"),
        ),
    ),
    Sme(
        50,
        "th",
        "อู่ตุ๊กตุ๊ก ช.ศิลป์",
        ALC,
        DOWN,
        "Bangkok",
        "chorsilp.tuktuk@gmail.com",
        offers=(
            Of("หลังคาผ้าใบตุ๊กตุ๊ก พร้อมโครง", "vehicle_canopy"),
            Of("เบาะนั่งตุ๊กตุ๊ก หุ้มหนังกันน้ำ", "vehicle_seat_cushion"),
        ),
        needs=(
            N("ผ้าใบทำหลังคา เอาแบบพีวีซีหรือแคนวาสย้อมสีก็ได้", "pvc_tarpaulin_fabric", "dyed_cotton_canvas"),
            N("หนังเทียมกันน้ำ สีแดง", "synthetic_leather"),
            N("มีใครรับทำกันน้ำให้ผ้าแคนวาสของเราไหม", "fabric_coating_service", "finishing_service"),
        ),
    ),
)

# ====================================================================== data, part 3: finished goods and first buyers

PART_3: tuple[Sme, ...] = (
    Sme(
        51,
        "th",
        "กลุ่มเบาะผ้าขิด บ้านนาข่า",
        ALI,
        DOWN,
        "Udon Thani",
        "nakha.khitseat@gmail.com",
        offers=(
            Of("เบาะนั่งรถสองแถว หุ้มผ้าขิด ยาว 1.8 เมตร", "vehicle_seat_cushion"),
            Of("หมอนอิงสามเหลี่ยมลายขิด ยัดนุ่น", "triangle_cushion"),
        ),
        needs=(
            N("ผ้าทอพื้นเมืองอีสาน ลายโบราณ", "handwoven_cotton_fabric", "handwoven_indigo_cotton_fabric"),
            N("ใยนุ่นสำหรับยัด", "kapok_fibre"),
        ),
        certs=("OTOP",),
    ),
    Sme(
        52,
        "en",
        "ComfortDrive Cushions",
        ALC,
        DOWN,
        "Nakhon Pathom",
        "hello@comfortdrive.co.th",
        offers=(
            Of("Lumbar support cushion for drivers, memory foam", "lumbar_support_cushion"),
            Of("Swivel seat cushion that helps older people get into a car", "car_swivel_cushion"),
            Of("Soft seatbelt shoulder pads, washable", "seatbelt_pad"),
        ),
        needs=(
            N("Natural latex foam, 2-inch sheets, FSC nice to have", "latex_foam_sheet", waive=("FSC",)),
            N("Breathable 3D spacer fabric for cushion covers", "spacer_mesh_fabric"),
            N("Viscoelastic foam pads", "memory_foam_insert"),
        ),
    ),
    Sme(
        53,
        "th",
        "หจก. เข็มขัดพยุงผู้สูงวัย",
        ALC,
        DOWN,
        "Nonthaburi",
        "belt.elderly@gmail.com",
        offers=(Of("เข็มขัดพยุงตัวผู้ป่วย มีหูจับ 4 จุด", "transfer_belt"),),
        needs=(
            N("สายเทปโพลีเอสเตอร์หนา หน้ากว้าง 5 ซม.", "polyester_webbing", "seatbelt_webbing"),
            N("หัวล็อกพลาสติกแบบเสียบ", "plastic_buckles"),
        ),
    ),
    Sme(
        54,
        "en",
        "CoverAll Auto Accessories",
        ALC,
        DOWN,
        "Samut Prakan",
        "sales@coverallauto.com",
        offers=(
            Of("Outdoor car covers, silver-coated, sedan and pickup sizes", "car_cover"),
            Of("Foldable windscreen sunshades", "car_sunshade"),
        ),
        needs=(
            N("Greige polyester woven 150D-300D", "polyester_base_fabric"),
            N("Silver PU coating applied to our own polyester", "fabric_coating_service"),
        ),
    ),
    Sme(
        55,
        "th",
        "ร้านปลอกพวงมาลัยเย็บมือ",
        ALC,
        DOWN,
        "Phetchaburi",
        "steeringcover.np@gmail.com",
        offers=(Of("ปลอกหุ้มพวงมาลัยหนัง เย็บมือ ตรงรุ่น", "steering_wheel_cover"),),
        needs=(N("หนัง PU ลายคาร์บอน", "synthetic_leather"),),
    ),
    Sme(
        56,
        "en",
        "Laem Chabang Lashing Co.",
        SPORT,
        DOWN,
        "Chonburi",
        "sales@lcblashing.com",
        offers=(Of("Ratchet tie-down straps, 5 t, 50 mm x 10 m", "ratchet_strap"),),
        needs=(
            N(
                "High-tenacity 50 mm webbing from an ISO 9001 mill",
                "seatbelt_webbing",
                "polyester_webbing",
                req=("ISO 9001",),
            ),
            N("Forged ratchet buckles and J-hooks", unmet="no metal hardware in the set"),
        ),
    ),
    Sme(
        57,
        "th",
        "ร้านเสื้อกันฝนวิน มหาชัย",
        SPORT,
        DOWN,
        "Samut Sakhon",
        "raincoat.win@gmail.com",
        offers=(Of("เสื้อกันฝนแบบค้างคาว สำหรับขี่มอเตอร์ไซค์", "rain_poncho"),),
        needs=(
            N("ผ้าร่มกันน้ำ เป็นม้วน", "coated_rain_fabric"),
            N("แถบสะท้อนแสงแบบ 3M ติดขอบเสื้อ", "reflective_tape"),
        ),
    ),
    Sme(
        58,
        "en",
        "Uniform Pro Bangkok",
        ALC,
        DOWN,
        "Bangkok",
        "orders@uniformpro.co.th",
        offers=(Of("Driver uniform shirts, poly-cotton, logo embroidered", "work_shirt"),),
        needs=(
            N("Navy TC twill by the roll", "poly_cotton_twill"),
            N("Overflow sewing, we send cut panels", "cmt_sewing_service"),
        ),
    ),
    Sme(
        59,
        "th",
        "โรงทอผ้าโทเร สำโรง",
        ALC,
        MID,
        "Samut Prakan",
        "torey.samrong@gmail.com",
        offers=(
            Of("ผ้าโทเร ผ้าคอมทวิล สำหรับชุดยูนิฟอร์ม", "poly_cotton_twill"),
            Of("ผ้าโพลีเอสเตอร์ล้วน สีพื้น ทำผ้าม่าน", "polyester_plain_fabric"),
        ),
        needs=(N("บริการย้อมผ้าเป็นพับ", "dyeing_service", "indigo_dyeing_service"),),
    ),
    Sme(
        60,
        "en",
        "ShineCloth Car Care Supplies",
        SPORT,
        DOWN,
        "Pathum Thani",
        "sales@shinecloth.co.th",
        offers=(
            Of("Microfiber towels 40x40 cm, 350 gsm, edgeless", "microfiber_cloth"),
            Of("Chenille wash mitts", "wash_mitt"),
        ),
        needs=(N("Logo embroidery on towel corners", "embroidery_service"),),
    ),
    Sme(
        61,
        "th",
        "ผ้าคลุมเบาะกัญชง เชียงราย",
        HEMP,
        DOWN,
        "Chiang Rai",
        "hempseat.cr@gmail.com",
        offers=(Of("ผ้าคลุมเบาะรถจากผ้ากัญชงทอมือ ย้อมคราม", "seat_cover_fabric"),),
        needs=(N("ผ้ากัญชงเนื้อหนา ทำเบาะ", "hemp_canvas_fabric"),),
        bcg=("bio",),
    ),
    Sme(
        62,
        "en",
        "Korat Coach Interiors",
        ALC,
        DOWN,
        "Nakhon Ratchasima",
        "info@koratcoach.com",
        offers=(
            Of("Bus headrest covers with printed logo", "bus_headrest_cover"),
            Of("Pleated bus window curtains", "bus_window_curtain"),
        ),
        needs=(
            N("Plain polyester for curtains", "polyester_plain_fabric"),
            N("Printing logos onto headrest covers we have sewn", "screen_printing_service"),
        ),
    ),
    Sme(
        63,
        "en",
        "TukTuk Tiny Crafts",
        CIRC,
        DOWN,
        "Kanchanaburi",
        "hi@tuktuktiny.com",
        offers=(Of("Mini fabric tuk-tuk keyrings", "tuktuk_keychain"),),
        needs=(
            N("Colourful fabric scraps", "textile_offcuts"),
            N("Small cuts of Isan handloom cotton", "handwoven_cotton_fabric", "handwoven_indigo_cotton_fabric"),
        ),
        bcg=("circular",),
    ),
    Sme(
        64,
        "th",
        "ถุงผ้าแคนวาส นนท์",
        CIRC,
        DOWN,
        "Nonthaburi",
        "canvasbag.nont@gmail.com",
        offers=(Of("ถุงผ้าสกรีนลายตุ๊กตุ๊ก ของฝาก", "tote_bag"),),
        needs=(
            N("ผ้าแคนวาสดิบ ยังไม่ย้อม", "cotton_canvas_fabric", "hemp_canvas_fabric"),
            N(
                "ผ้าแคนวาสฝ้ายออร์แกนิก ได้ GOTS",
                "cotton_canvas_fabric",
                req=("GOTS",),
                unmet="no canvas weaver in the set holds GOTS",
            ),
        ),
    ),
    Sme(
        65,
        "en",
        "Eastern Canvas Mills",
        HEMP,
        MID,
        "Samut Prakan",
        "sales@easterncanvas.com",
        offers=(
            Of("Cotton duck 10-16 oz, loomstate", "cotton_canvas_fabric"),
            Of("Dyed cotton canvas, 30 shades, waxed on request", "dyed_cotton_canvas"),
            Of("Denim-blue cotton twill, synthetic indigo", "synthetic_indigo_cotton_fabric"),
        ),
        needs=(N("Coarse cotton yarn for duck weaving", "cotton_yarn"),),
        certs=("BCI",),
    ),
    Sme(
        66,
        "th",
        "กลุ่มพรมใยมะพร้าว ท่าชนะ",
        HEMP,
        DOWN,
        "Surat Thani",
        "coirmat.thachana@gmail.com",
        offers=(
            Of("พรมปูพื้นรถยนต์ใยมะพร้าว ตัดตามรุ่นรถ", "car_floor_mat"),
            Of("พรมเช็ดเท้าใยมะพร้าว หน้าบ้าน", "coir_doormat"),
        ),
        needs=(
            N("กาบมะพร้าวตีเป็นเส้นใย", "coir_fibre"),
            N("น้ำยางพาราข้น", "natural_rubber_latex"),
        ),
        bcg=("bio",),
    ),
    Sme(
        67,
        "en",
        "MatMaster Auto",
        SPORT,
        DOWN,
        "Samut Prakan",
        "sales@matmaster.co.th",
        offers=(Of("Custom-fit car floor mats, needle-punch with rubber heel pad", "car_floor_mat"),),
        needs=(
            N("Needle-punched carpet rolls, black and grey", "needlepunch_carpet"),
            N("TPE granules for 3D moulded mats", unmet="no plastics supplier in the set"),
        ),
    ),
    Sme(
        68,
        "th",
        "ร้านเสื้อม่อฮ่อมแม่ทองคำ",
        HEMP,
        DOWN,
        "Phrae",
        "mohom.thongkham@gmail.com",
        offers=(
            Of("เสื้อม่อฮ่อมย้อมห้อมแท้ ผ้าฝ้าย", "work_shirt"),
            Of("ผ้าฝ้ายย้อมห้อม ตัดแบ่งขายเป็นหลา", "indigo_dyed_cotton_fabric"),
        ),
        needs=(
            N("ผ้าฝ้ายขาวเนื้อบาง ยังไม่ฟอก ไว้ตัดเสื้อแล้วลงหม้อห้อม", "cotton_greige_fabric"),
            N("สีย้อมห้อมธรรมชาติ เป็นถัง", "indigo_dye_paste"),
        ),
        certs=("OTOP",),
    ),
    Sme(
        69,
        "en",
        "Isan Express Coach Co., Ltd.",
        ALI,
        DOWN,
        "Khon Kaen",
        "fleet@isanexpress.co.th",
        offers=(Of("Retired staff uniforms, about 300 kg a year", "used_garments"),),
        needs=(
            N("Antimacassars with our logo for 40 coaches", "bus_headrest_cover"),
            N("Coach seats re-covered, we supply the fabric", "auto_reupholstery_service"),
            N("Sun curtains for coach windows", "bus_window_curtain"),
        ),
    ),
    Sme(
        70,
        "th",
        "อู่ช่างเล็กยนต์ ลาดพร้าว",
        ALC,
        DOWN,
        "Bangkok",
        "changlek.garage@gmail.com",
        needs=(
            N("พรมรถยนต์ตัดเข้ารูป", "car_floor_mat"),
            N("ผ้าขี้ริ้วเช็ดน้ำมัน เป็นกระสอบ", "wiping_rags"),
            N("ผ้าบุหลังคารถที่หลุดย้อย จะเปลี่ยนใหม่", "headliner_fabric"),
        ),
    ),
    Sme(
        71,
        "en",
        "Nimman Car Spa",
        ALC,
        DOWN,
        "Chiang Mai",
        "nimmancarspa@gmail.com",
        needs=(
            N("Thick microfibre drying towels", "microfiber_cloth"),
            N("Mitts for hand-washing cars", "wash_mitt"),
            N("Seat covers to resell, cloth only, no leatherette", "seat_cover_fabric"),
        ),
    ),
    Sme(
        72,
        "th",
        "คาร์แคร์ ช.ช่วง ลำปาง",
        ALC,
        DOWN,
        "Lampang",
        "chchuang.carcare@gmail.com",
        needs=(
            N("ผ้าไมโครไฟเบอร์เช็ดรถ", "microfiber_cloth"),
            N("ปลอกพวงมาลัย", "steering_wheel_cover"),
            N("ที่บังแดดกระจกหน้า", "car_sunshade"),
        ),
    ),
    Sme(
        73,
        "en",
        "Mo Chit Van Line Co.",
        SPORT,
        DOWN,
        "Bangkok",
        "ops@mochitvan.com",
        needs=(
            N("Seat covers for 30 vans", "seat_cover_fabric", "seat_cover_leatherette"),
            N("Back cushions for drivers on long shifts", "lumbar_support_cushion"),
            N("TIS-certified hi-vis vests", "reflective_safety_vest", req=("Thai Industrial Standard",)),
        ),
    ),
    Sme(
        74,
        "th",
        "บริษัท ขนส่งด่วนบางนา จำกัด",
        SPORT,
        DOWN,
        "Samut Prakan",
        "fleet@bangnaexpress.co.th",
        offers=(Of("ผ้าใบคลุมรถที่ปลดระวางแล้ว ขายเหมา", "used_tarpaulin"),),
        needs=(
            N("ผ้าใบคลุมสิบล้อ ขนาด 6x8 เมตร", "tarpaulin_sheet"),
            N("ตาข่ายคลุมกระบะ", "cargo_net"),
            N("สายรัดของแบบก๊อกแก๊ก", "ratchet_strap"),
        ),
    ),
    Sme(
        75,
        "en",
        "Northern Freight Lines",
        SPORT,
        DOWN,
        "Lamphun",
        "purchasing@northernfreight.co.th",
        needs=(
            N("Heavy-duty truck covers", "tarpaulin_sheet"),
            N(
                "Hi-vis vests for warehouse staff, OEKO-TEX not required",
                "reflective_safety_vest",
                waive=("OEKO-TEX Standard 100",),
            ),
        ),
    ),
)

# ====================================================================== data, part 4: operators, shops and more buyers

PART_4: tuple[Sme, ...] = (
    Sme(
        76,
        "th",
        "กลุ่มวินมอเตอร์ไซค์รับจ้าง ปากซอยอ่อนนุช 17",
        SPORT,
        DOWN,
        "Bangkok",
        "win.onnut17@gmail.com",
        needs=(
            N("เสื้อวินสีส้ม พร้อมเบอร์", "motorcycle_taxi_vest"),
            N("ผ้าบุในหมวกนิรภัย สำหรับผู้โดยสาร", "helmet_liner"),
        ),
    ),
    Sme(
        77,
        "en",
        "Chiang Mai Motorbike Taxi Cooperative",
        SPORT,
        DOWN,
        "Chiang Mai",
        "cmtaxicoop@gmail.com",
        needs=(
            N("Registered-style rider vests for 120 members", "motorcycle_taxi_vest"),
            N("Disposable hair caps for passengers to wear under helmets", "disposable_helmet_cap"),
            N(
                "Helmets with the TIS mark",
                "motorcycle_helmet",
                req=("Thai Industrial Standard",),
                unmet="helmets themselves; no helmet maker in the set",
            ),
        ),
    ),
    Sme(
        78,
        "th",
        "ทัวร์ตุ๊กตุ๊กอยุธยา เมืองเก่า",
        ALC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "tuktuk.ayutthaya@gmail.com",
        needs=(
            N("หลังคาตุ๊กตุ๊กใหม่ 10 คัน", "vehicle_canopy"),
            N("ที่นั่งผู้โดยสารสามล้อ บุนวม", "vehicle_seat_cushion"),
        ),
    ),
    Sme(
        79,
        "en",
        "Phang Nga Bay Longtail Tours",
        ALC,
        DOWN,
        "Phang Nga",
        "bookings@pnbaytours.com",
        needs=(
            N("Padded bench cushions for our boats", "boat_seat_cushion"),
            N(
                "Life jackets with TIS approval",
                "life_jacket",
                req=("Thai Industrial Standard",),
                unmet="no life jackets in the set",
            ),
        ),
    ),
    Sme(
        80,
        "th",
        "ร้านของฝากถนนข้าวสาร",
        CIRC,
        DOWN,
        "Bangkok",
        "khaosan.souvenir@gmail.com",
        needs=(
            N("กระเป๋าที่ทำจากสายเบลท์รถยนต์", "seatbelt_bag"),
            N("ถุงผ้าลายไทย ไม่ต้องมี OTOP", "tote_bag", waive=("OTOP",)),
        ),
    ),
    Sme(
        81,
        "en",
        "Old City Upcycled Goods",
        CIRC,
        DOWN,
        "Chiang Mai",
        "shop@oldcityupcycled.com",
        needs=(
            N("Backpacks made from old truck tarps", "tarpaulin_bag"),
            N(
                "Anything upcycled from car parts",
                "seatbelt_bag",
                "airbag_bag",
                "upcycled_leather_goods",
                "tarpaulin_bag",
            ),
            N("Hmong batik on hemp cloth", unmet="no one sells batik hemp cloth; only hemp fibre, yarn and canvas"),
        ),
    ),
    Sme(
        82,
        "th",
        "ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ",
        ALC,
        DOWN,
        "Nonthaburi",
        "baansukjai.care@gmail.com",
        needs=(
            N("เข็มขัดช่วยพยุงเวลาพาผู้สูงอายุขึ้นรถ", "transfer_belt"),
            N("เบาะหมุนช่วยขึ้นลงรถ", "car_swivel_cushion"),
            N("ปลอกหุ้มสายเบลท์ กันบาดคอ", "seatbelt_pad"),
        ),
    ),
    Sme(
        83,
        "en",
        "Khon Kaen Patient Transport Unit",
        ALI,
        DOWN,
        "Khon Kaen",
        "transport@kkpt-hospital.org",
        needs=(
            N(
                "Gait belts from an ISO 13485 manufacturer",
                "transfer_belt",
                req=("ISO 13485",),
                unmet="the only transfer-belt maker holds no ISO 13485",
            ),
            N("Reflective vests for ambulance drivers", "reflective_safety_vest"),
        ),
    ),
    Sme(
        84,
        "th",
        "สหกรณ์รถสองแถว เมืองอุดร",
        ALI,
        DOWN,
        "Udon Thani",
        "songthaew.udon@gmail.com",
        needs=(N("ม้านั่งยาวท้ายรถ บุฟองน้ำ", "vehicle_seat_cushion"),),
    ),
    Sme(
        85,
        "en",
        "CamperVan Siam",
        SPORT,
        DOWN,
        "Nonthaburi",
        "build@campervansiam.com",
        needs=(
            N("Who makes acoustic felt for van walls?", "recycled_felt"),
            N("Floor carpet by the metre", "needlepunch_carpet"),
        ),
    ),
    Sme(
        86,
        "th",
        "อู่ซ่อมรถตั้งใจยนต์",
        ALC,
        DOWN,
        "Nakhon Ratchasima",
        "tangjai.motor@gmail.com",
        needs=(
            N("มีร้านไหนรับหุ้มเบาะรถลูกค้าบ้าง", "auto_reupholstery_service"),
            N("ถุงลมนิรภัยใหม่แท้ศูนย์", unmet="new airbag modules; the set has only deployed airbags as waste"),
        ),
    ),
    Sme(
        87,
        "th",
        "บุรีรัมย์ทัวร์ รถตู้ VIP",
        ALI,
        DOWN,
        "Buri Ram",
        "buriram.vanvip@gmail.com",
        needs=(
            N("ม่านรถตู้แบบจีบ", "bus_window_curtain"),
            N("หมอนรองหลังสำหรับคนขับ", "lumbar_support_cushion"),
        ),
    ),
    Sme(
        88,
        "th",
        "โรงงานเสื้อกั๊กจราจร ดินแดง",
        SPORT,
        DOWN,
        "Bangkok",
        "vest.dindaeng@gmail.com",
        offers=(
            Of("เสื้อกั๊กจราจรสะท้อนแสง ได้ มอก.", "reflective_safety_vest"),
            Of("ปลอกแขนสะท้อนแสง สำหรับวิ่งตอนกลางคืน", "reflective_armband"),
        ),
        needs=(
            N("รับจ้างเย็บเสื้อกั๊ก เรามีผ้าให้", "cmt_sewing_service"),
            N("ผ้าสีส้มนีออนเป็นม้วน", "hivis_fabric"),
        ),
        certs=("มอก.",),
    ),
    Sme(
        89,
        "th",
        "รถรับส่งนักเรียน ลุงแดง ระยอง",
        ALC,
        DOWN,
        "Rayong",
        "schoolvan.rayong@gmail.com",
        needs=(
            N(
                "เข็มขัดนิรภัยชุดใหม่ ติดตั้งในรถตู้นักเรียน",
                unmet="new seatbelt assemblies; the set has webbing and used belts only",
            ),
            N("ปลอกนุ่มหุ้มสายคาดสำหรับเด็ก", "seatbelt_pad"),
        ),
    ),
    Sme(
        90,
        "th",
        "บริษัท อีสานโลจิสติกส์ จำกัด",
        SPORT,
        DOWN,
        "Khon Kaen",
        "purchase@isanlogistics.co.th",
        needs=(
            N("ผ้าใบคลุมรถบรรทุก ของใหม่ ไม่เอาผ้าใบเก่า", "tarpaulin_sheet"),
            N("ตาข่ายคลุมของท้ายรถ", "cargo_net"),
        ),
    ),
    Sme(
        91,
        "th",
        "โรงย้อมผ้าบางปู",
        CIRC,
        MID,
        "Samut Prakan",
        "bangpoo.dyeing@gmail.com",
        offers=(Of("รับจ้างย้อมผ้าพับของลูกค้า ทั้งผ้าฝ้ายและผ้าโพลี", "dyeing_service"),),
        needs=(N("สีรีแอคทีฟ เรมาซอล และสีดิสเพิร์ส", "synthetic_dyestuff"),),
        certs=("ISO 14001",),
    ),
    Sme(
        92,
        "th",
        "บริษัท หาดใหญ่ทัวร์ จำกัด",
        ALC,
        DOWN,
        "Songkhla",
        "hatyaitour@gmail.com",
        needs=(
            N("ผ้าคลุมพนักพิงศีรษะเบาะรถทัวร์", "bus_headrest_cover"),
            N("ผ้าม่านหน้าต่างรถบัส กันแดด", "bus_window_curtain"),
        ),
    ),
    Sme(
        93,
        "en",
        "Pattaya Baht Bus Association",
        ALC,
        DOWN,
        "Chonburi",
        "pattayabahtbus@gmail.com",
        needs=(
            N("New canvas roofs for baht buses", "vehicle_canopy"),
            N("Black cotton canvas to patch roofs ourselves", "dyed_cotton_canvas"),
        ),
    ),
    Sme(
        94,
        "en",
        "SkyLink Airport Shuttle Co.",
        ALC,
        DOWN,
        "Bangkok",
        "fleet@skylinkshuttle.co.th",
        needs=(
            N("OTOP-certified driver shirts, 200 pieces", "work_shirt", req=("OTOP",)),
            N("Child car seats with ISOFIX", unmet="child seats; no maker in the set"),
        ),
    ),
    Sme(
        95,
        "en",
        "Indigo Road Design Studio",
        CIRC,
        DOWN,
        "Bangkok",
        "studio@indigoroad.co",
        needs=(
            N("Someone to dye our own cotton canvas black, 800 m", "dyeing_service"),
            N("Cut and sew 500 tote bags from our fabric", "cmt_sewing_service"),
            N(
                "Indigo cotton yardage for seat cushion covers, no synthetic dye",
                "indigo_dyed_cotton_fabric",
                "handwoven_indigo_cotton_fabric",
            ),
        ),
    ),
)

SMES: tuple[Sme, ...] = PART_1 + PART_2 + PART_3 + PART_4


# ====================================================================== checks

_THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
_EMAIL = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def _is_thai_phrase(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    thai = sum(1 for c in letters if _THAI_CHAR.match(c))
    return bool(letters) and thai / len(letters) >= 0.6


def _is_latin_phrase(text: str) -> bool:
    return not _THAI_CHAR.search(text) and all(ord(c) < 0x250 for c in text if c.isalpha())


def _mentions(text: str, cert_name: str) -> bool:
    folded = text.casefold()
    for cert in CERTIFICATIONS:
        if cert.name == cert_name:
            names = (cert.name, cert.full_name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
            return any(name.casefold() in folded for name in names)
    return False


def certs_of(sme: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in sme.certs)


def qualified(supplier: Sme, buyer: Sme, need: Need) -> bool:
    if supplier.num == buyer.num:
        return False
    if not any(offer.label in need.labels for offer in supplier.offers):
        return False
    return set(need.requires) <= certs_of(supplier)


def compute_links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            if need.unmet:
                continue
            for supplier in smes:
                if qualified(supplier, buyer, need):
                    links.add((supplier.id, buyer.id))
    return sorted(links)


def check(smes: tuple[Sme, ...], final: bool) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids: " + ", ".join(sorted(i for i, n in Counter(ids).items() if n > 1)))
    if [s.num for s in smes] != list(range(1, len(smes) + 1)):
        errors.append("ids are not bau-001 ... in order without gaps")
    emails = Counter(s.email for s in smes)
    errors += [f"email {e} used {n} times" for e, n in emails.items() if n > 1]
    offered: dict[str, set[int]] = {}
    for s in smes:
        for o in s.offers:
            offered.setdefault(o.label, set()).add(s.num)
    for s in smes:
        where = s.id
        if not re.fullmatch(rf"{ID_PREFIX}-\d{{3}}", s.id):
            errors.append(f"{where}: malformed id")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub not in {v.value for v in SubCluster}:
            errors.append(f"{where}: sub_cluster {s.sub!r}")
        if s.stage not in {v.value for v in Stage}:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        if not _EMAIL.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        for tag in s.bcg:
            if tag not in {v.value for v in BcgTag}:
                errors.append(f"{where}: bcg {tag!r}")
        if len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: repeated bcg tag")
        for c in s.certs:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        if len(certs_of(s)) != len(s.certs):
            errors.append(f"{where}: repeated certification")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            errors.append(f"{where}: {len(s.offers)} offers and {len(s.needs)} needs")
        phrases = [s.name, *(o.text for o in s.offers), *(n.text for n in s.needs)]
        for text in phrases:
            if not text.strip() or text != text.strip() or "  " in text or "\n" in text:
                errors.append(f"{where}: untidy phrase {text!r}")
            if s.lang == "th" and not _is_thai_phrase(text):
                errors.append(f"{where}: not mostly Thai: {text!r}")
            if s.lang == "en" and not _is_latin_phrase(text):
                errors.append(f"{where}: not Latin only: {text!r}")
        if len(set(phrases)) != len(phrases):
            errors.append(f"{where}: a phrase is repeated")
        for o in s.offers:
            claimed = find_certifications(o.text)
            if not claimed <= certs_of(s):
                errors.append(f"{where}: offer {o.text!r} claims {sorted(claimed - certs_of(s))} it does not hold")
        for n in s.needs:
            found = find_certifications(n.text)
            for c in (*n.requires, *n.waives):
                if resolve_certification(c) != c:
                    errors.append(f"{where}: {c!r} is not a canonical certification name")
            if found != set(n.requires):
                errors.append(f"{where}: need {n.text!r} names {sorted(found)} but requires {sorted(n.requires)}")
            for c in n.waives:
                if not _mentions(n.text, c) or c in found:
                    errors.append(f"{where}: need {n.text!r} does not name {c} to waive it")
            if n.unmet and n.requires and not n.labels:
                errors.append(f"{where}: unmet need {n.text!r} requires a certification for no label")
            if not n.unmet and not n.labels:
                errors.append(f"{where}: need {n.text!r} lists no label and is not marked unmet")
            suppliers = [t for t in smes if qualified(t, s, n)]
            if n.unmet and suppliers:
                errors.append(f"{where}: need {n.text!r} is marked unmet but {suppliers[0].id} meets it")
            if not n.unmet:
                for label in n.labels:
                    if not offered.get(label, set()) - {s.num}:
                        errors.append(f"{where}: need {n.text!r} lists {label}, which no one else offers")
                if not suppliers:
                    errors.append(f"{where}: need {n.text!r} has no qualified supplier")
    all_offer_texts = {o.text for s in smes for o in s.offers}
    for s in smes:
        for n in s.needs:
            if n.text in all_offer_texts:
                errors.append(f"{s.id}: need {n.text!r} is worded exactly as an offer")
    if final:
        stats = statistics(smes)
        if len(smes) != N_PROFILES:
            errors.append(f"{len(smes)} profiles, want {N_PROFILES}")
        thai = stats["thai"] / len(smes)
        if not THAI_SHARE[0] <= thai <= THAI_SHARE[1]:
            errors.append(f"Thai share {thai:.2f} outside {THAI_SHARE}")
        if not LINKS[0] <= stats["links"] <= LINKS[1]:
            errors.append(f"{stats['links']} links, want {LINKS[0]}-{LINKS[1]}")
        if not CROSS_SHARE[0] <= stats["cross_share"] <= CROSS_SHARE[1]:
            errors.append(f"cross-language share {stats['cross_share']:.2f} outside {CROSS_SHARE}")
        if not UNMET[0] <= stats["unmet"] <= UNMET[1]:
            errors.append(f"{stats['unmet']} needs met by no one, want {UNMET[0]}-{UNMET[1]}")
        few = sum(n for k, n in stats["by_suppliers"].items() if 1 <= k <= 3)
        if few < 0.6 * stats["met"]:
            errors.append(f"only {few} of {stats['met']} met needs have 1-3 qualified suppliers")
    return errors


# ====================================================================== counts


def statistics(smes: tuple[Sme, ...]) -> dict:
    by_id = {s.id: s for s in smes}
    links = compute_links(smes)
    th_en = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    needs = [(s, n) for s in smes for n in s.needs]
    by_suppliers: Counter[int] = Counter()
    for s, n in needs:
        if not n.unmet:
            by_suppliers[sum(1 for t in smes if qualified(t, s, n))] += 1
    provinces = [resolve_province(s.province) for s in smes]
    return {
        "profiles": len(smes),
        "thai": sum(1 for s in smes if s.lang == "th"),
        "english": sum(1 for s in smes if s.lang == "en"),
        "sub": Counter(s.sub for s in smes),
        "stage": Counter(s.stage for s in smes),
        "region": Counter(p.region.value for p in provinces if p is not None),
        "provinces": len({p.name_en for p in provinces if p is not None}),
        "offers": sum(len(s.offers) for s in smes),
        "offer_labels": len({o.label for s in smes for o in s.offers}),
        "needs": len(needs),
        "met": sum(1 for _, n in needs if not n.unmet),
        "unmet": sum(1 for _, n in needs if n.unmet),
        "requiring": sum(1 for _, n in needs if n.requires),
        "waiving": sum(1 for _, n in needs if n.waives),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross": th_en + en_th,
        "cross_share": (th_en + en_th) / len(links) if links else 0.0,
        "within": len(links) - th_en - en_th,
        "cross_sub": sum(1 for a, b in links if by_id[a].sub != by_id[b].sub),
        "by_suppliers": by_suppliers,
    }


def counts_table(smes: tuple[Sme, ...]) -> str:
    st = statistics(smes)
    rows: list[tuple[str, str]] = [
        ("profiles", str(st["profiles"])),
        ("Thai / English profiles", f"{st['thai']} / {st['english']}"),
    ]
    rows += [(f"sub-cluster `{v.value}`", str(st["sub"][v.value])) for v in SubCluster]
    rows += [(f"stage `{v.value}`", str(st["stage"][v.value])) for v in Stage]
    regions = ("north", "northeast", "central", "east", "west", "south")
    rows += [(f"region `{r}`", str(st["region"][r])) for r in regions]
    rows += [
        ("distinct provinces", str(st["provinces"])),
        ("offers", str(st["offers"])),
        ("distinct offer labels", str(st["offer_labels"])),
        ("needs", str(st["needs"])),
        ("needs met / met by no one", f"{st['met']} / {st['unmet']}"),
    ]
    spread = st["by_suppliers"]
    rows += [(f"met needs with {k} qualified supplier{'s' if k > 1 else ''}", str(spread[k])) for k in sorted(spread)]
    rows += [
        ("needs requiring a certification", str(st["requiring"])),
        ("needs waiving a certification", str(st["waiving"])),
        ("true links", str(st["links"])),
        ("links Thai supplier -> English buyer", str(st["th_en"])),
        ("links English supplier -> Thai buyer", str(st["en_th"])),
        ("cross-language links (share)", f"{st['cross']} ({st['cross_share']:.0%})"),
        ("within-language links", str(st["within"])),
        ("links between different sub-clusters", str(st["cross_sub"])),
    ]
    width = max(len(r[0]) for r in rows)
    lines = [f"| {'measure'.ljust(width)} | count |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {name.ljust(width)} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


# ====================================================================== output


def profile_json(s: Sme) -> str:
    obj: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [o.text for o in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certs:
        obj["certifications"] = list(s.certs)
    if s.bcg:
        obj["bcg"] = list(s.bcg)
    obj["contact_email"] = s.email
    obj["language"] = s.lang
    return json.dumps(obj, ensure_ascii=False)


README = """# `eval/blind_plain_auto/`: transport and automotive textiles, plain registry entries

## What the set checks

How well the matcher finds the true supplier-buyer pairs among {profiles} SME profiles whose wording it
has never seen. The theme is transport and automotive textiles: car and van seat covers, tuk-tuk and
songthaew canopies and seat cushions, motorcycle-taxi vests, helmet liners, car floor mats, truck
tarpaulins and cargo nets, seatbelt-grade webbing, headliner fabric, boat and bus upholstery, reflective
tape and safety vests, bags upcycled from old seatbelts, airbags, car-seat leather and truck tarpaulins;
the weavers, coaters, laminators, sewing workshops and upholsterers that supply them; their buyers
(garages, car-care shops, bus and van operators, logistics firms, motorcycle-taxi groups, tour operators,
souvenir shops, a care home and a hospital transport unit); and the ordinary upstream and midstream
suppliers of the cluster (cotton, hemp, coir, latex, kapok, polyester, yarn, cloth, dyes, sewing).

The profiles are plain registry entries: one short phrase per offer or need, 0-3 offers and 0-3 needs per
SME, about 55 % of them in Thai. The same kind of goods is written in many ways (local and regional
names, trade words, brand names, abbreviations, quantities, prices, sizes, minimum orders, places), and a
need is worded differently from the offers that meet it, often in the other language. Hard but fair
cases are included on purpose:

- a service versus the goods it works on (commission dyeing versus dyed canvas, sewing for others versus
  finished vests, re-upholstering the customer's seats versus ready-made seat covers, laminating the
  customer's fabric versus laminated headliner fabric, coating the customer's cloth versus coated
  tarpaulin fabric);
- waste and used goods versus new (used seatbelts versus new webbing, deployed airbags versus new
  airbags, old truck tarpaulins versus new ones, offcuts and rags versus cloth);
- raw versus processed (cotton lint, yarn, cloth and products; hemp bast, yarn and canvas; kapok pods
  and cleaned kapok; PET flakes, recycled yarn and staple fibre; coir fibre and coir mats; sewing thread
  versus filament yarn);
- finished goods described by their material, colour or technique (a seat cover of indigo-dyed hemp is
  a seat cover, a coir car mat is a car mat and not a doormat, a tarpaulin bag is a bag);
- words that name two things (a helmet's comfort liner versus its EPS foam liner, fluorescent
  "สะท้อนแสง" fabric versus retro-reflective tape);
- needs written as a wish, a bare noun phrase or a question; refusals ("cloth only, no leatherette");
- needs that require a named certification, and needs that name one only to waive it;
- {unmet} needs that no one in the set meets.

## How it was written

By hand. The writer read only Section 1 of `shared/contracts/CONTRACTS.md`, `shared/taxonomy.py` with
`shared/taxonomy_data/`, and the `[tool.ruff]` section of `pyproject.toml`; not the matcher, its
glossary, its tests or any other evaluation set. All data lives in `write.py`, which checks it and writes
the files below. Every province resolves with `resolve_province`, every certification with
`resolve_certification`; sub-cluster, stage and BCG values are the taxonomy's.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example an indigo
dyeing service for the customer's cloth versus handwoven indigo-dyed cotton cloth). Every need either
lists the offer labels that would meet it and the certifications its text requires, or is marked as met
by no one with a short note. A pair (supplier, buyer) is a true link when some offer of the supplier
carries a label listed by one of the buyer's needs and the supplier's `certifications` hold every
certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link; what changes what the thing is does. A waived
certification ("no GRS needed") is not required. The labels live only in `write.py`; the written files
carry none.

Before writing, the script checks that ids are unique and well formed; that every contract field is
valid; that every label a need lists is offered by someone other than the buyer; that every met need has
a qualified supplier and every unmet one has none; that the certifications a need's text names are
exactly the ones it requires (by `find_certifications`), and that a waived one is named but negated;
that no offer claims a certification its SME does not hold; that Thai phrases are mostly Thai letters and
English ones Latin only; and the size targets. It writes nothing if a check fails. Two runs give
identical bytes.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_auto/write.py

## Files

- `write.py`: the data, the labels, the checks and the writer.
- `profiles.jsonl`: {profiles} profiles, ids `{first}` ... `{last}`, JSONL version 1 of the contract
  (no labels, no extra fields).
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    errors = check(SMES, final=True)
    if errors:
        for error in errors:
            print("error:", error, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written.", file=sys.stderr)
        print(counts_table(SMES))
        return 1
    table = counts_table(SMES)
    links = compute_links(SMES)
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    link_rows = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    readme = README.format(
        profiles=len(SMES), unmet=statistics(SMES)["unmet"], first=SMES[0].id, last=SMES[-1].id, table=table
    )
    for name, text in (("profiles.jsonl", profiles), ("links.csv", link_rows), ("README.md", readme)):
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
