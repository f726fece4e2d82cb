"""Write the hand-labelled evaluation set `eval/blind_plain_transport/`.

Transport textiles (aviation, rail, bus, van and ferry) plus the ordinary upstream and midstream
suppliers of the cluster, written as plain registry entries: one short phrase per offer or need.

Every offer carries a label saying what the thing is; every need lists the labels that meet it and the
certifications its text requires (or is marked as met by no one). The true links follow from the labels
alone. Labels live only in this file; the profiles carry none.

Run from the repository root:

    .venv/bin/python eval/blind_plain_transport/write.py
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
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

ID_PREFIX = "bav"
N_PROFILES = 95
LINK_RANGE = (160, 180)
UNMET_RANGE = (17, 23)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)

HN = SubCluster.HEMP_NATURAL_FIBRE.value
CT = SubCluster.CIRCULAR_TEXTILE.value
SP = SubCluster.SPORTECH.value
AC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

# What each offer label means. A need lists the labels of the things that would meet it.
LABELS: dict[str, str] = {
    # fibre, yarn and raw materials
    "raw_cotton": "seed cotton or ginned cotton lint, not yet spun",
    "cotton_yarn": "cotton yarn, mill-spun or hand-spun",
    "polycotton_yarn": "polyester/cotton blended yarn",
    "polyester_yarn": "virgin polyester filament or textured yarn",
    "rpet_yarn": "recycled polyester yarn made from PET bottles",
    "polyester_staple_fibre": "polyester staple fibre for spinning or nonwovens",
    "polyester_fibrefill": "polyester fibre fill for stuffing pillows and cushions",
    "pet_bottle_waste": "used PET bottles collected for recycling",
    "kapok_fibre": "kapok fibre for stuffing",
    "hemp_fibre": "hemp bast fibre, not yet spun",
    "hemp_yarn": "hemp yarn",
    "silk_yarn": "silk yarn",
    "fr_fibre": "inherently flame-retardant fibre",
    "wool_blend_yarn": "wool or wool/nylon yarn for upholstery and carpets",
    "nylon_carpet_yarn": "nylon BCF carpet yarn",
    "indigo_dye_paste": "natural indigo dye paste",
    # waste and used goods
    "cutting_waste": "pre-consumer cutting waste from garment factories",
    "retired_seat_covers": "used seat covers taken off aircraft, trains or buses",
    "used_uniforms": "used staff uniforms",
    "used_carpet": "used carpet pulled out of aircraft or vehicles",
    "used_life_jackets": "used or expired life jackets",
    "recycled_cotton_fibre": "recycled cotton fibre opened from textile waste",
    "recycled_cotton_yarn": "yarn spun from recycled cotton fibre",
    # fabrics
    "greige_cotton_fabric": "greige (undyed) cotton woven fabric",
    "handwoven_cotton_fabric": "handwoven cotton cloth, undyed or plain",
    "dyed_cotton_fabric": "piece-dyed cotton fabric",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with indigo",
    "naturally_dyed_cotton_fabric": "cotton cloth dyed with plant dyes other than indigo",
    "hemp_fabric": "hemp woven fabric",
    "silk_fabric": "silk woven fabric",
    "uniform_fabric": "fabric for uniforms (twill, suiting, gabardine)",
    "fleece_fabric": "fleece or brushed knit fabric by the roll",
    "nonwoven_fabric": "nonwoven fabric (spunlace, spunbond)",
    "coated_nylon_fabric": "waterproof coated nylon fabric",
    "aviation_seat_fabric": "aircraft seat upholstery fabric passing aviation fire tests",
    "rail_seat_fabric": "train seat upholstery fabric passing rail fire tests",
    "bus_seat_fabric": "bus and van seat fabric passing vehicle fire tests",
    "upholstery_fabric": "upholstery fabric without a transport fire test",
    "synthetic_leather": "PVC or PU synthetic leather",
    "aviation_carpet": "aircraft cabin carpet",
    "vehicle_carpet": "carpet for buses, vans and trains by the roll",
    "webbing": "narrow woven webbing and straps",
    "garment_trims": "zips, buttons, labels, hook-and-loop tape",
    # services on the customer's goods
    "fabric_dyeing_service": "dyeing the customer's fabric or yarn (synthetic dyes)",
    "natural_dyeing_service": "dyeing the customer's fabric with plant dyes",
    "indigo_dyeing_service": "indigo dyeing of the customer's cloth",
    "fr_finishing_service": "flame-retardant finishing of the customer's fabric",
    "cut_sew_service": "sewing the customer's designs, often from the customer's cloth",
    "embroidery_service": "embroidering logos on the customer's goods",
    "printing_service": "screen or digital printing on the customer's goods",
    "fire_test_service": "flammability testing of textiles",
    "colour_fastness_test": "colour fastness testing",
    "laundry_service": "laundry of linen and blankets for transport operators",
    "seat_repair_service": "repair and re-covering of vehicle seats",
    "textile_shredding_service": "secure shredding of the customer's textiles",
    # finished goods
    "travel_blanket": "blankets for passengers",
    "pillow": "pillows (bed, cabin or cushion pillows)",
    "neck_pillow": "travel neck pillows",
    "pillowcase": "pillowcases",
    "disposable_headrest_cover": "single-use headrest covers",
    "fabric_headrest_cover": "washable fabric headrest covers",
    "seat_cover_set": "ready-made seat cover sets for vans and cars",
    "uniform": "staff and crew uniforms",
    "indigo_shirt": "indigo cotton shirts",
    "amenity_kit": "filled amenity kits",
    "zip_pouch": "empty pouches and kit bags",
    "sleep_mask": "sleep masks",
    "sick_bag": "air-sickness bags",
    "paper_napkin": "paper napkins",
    "cloth_napkin": "cloth napkins",
    "life_jacket": "life jackets",
    "life_vest_pouch": "cloth pouches for stowing life vests",
    "seat_pocket": "seat-back pockets and safety card holders",
    "floor_mat": "floor mats for vehicles",
    "upcycled_bag": "bags made from retired seat covers, life vests or other used goods",
}


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str = ""

    @property
    def met(self) -> bool:
        return not self.unmet_note


def N(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels`, from a supplier holding every `req`."""
    return Need(text, labels, req, waive)


def U(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` name what would meet it, if anyone offered it."""
    return Need(text, labels, req, waive, note)


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


def S(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    certs: list[str],
    bcg: list[str],
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
) -> Sme:
    return Sme(
        num, language, name, sub_cluster, stage, province, tuple(certs), tuple(bcg), email, tuple(offers), tuple(needs)
    )


# ------------------------------------------------------------------ the profiles

SMES: list[Sme] = []

# ---- upstream: fibre, yarn, waste (and a few neighbours)
SMES += [
    S(
        1,
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์ด่านซ้าย",
        HN,
        UP,
        "Loei",
        ["Organic Thailand"],
        ["bio"],
        "fai.dansai@example.co.th",
        [("ฝ้ายดิบอินทรีย์ ปุยฝ้ายหีบเมล็ดออกแล้ว ขั้นต่ำ 200 กก.", "raw_cotton")],
        [
            U(
                "หารถกระบะรับจ้าง ขนฝ้ายไปโรงปั่นที่โคราช",
                "a trucking service; nobody in the set offers transport",
                "freight_service",
            )
        ],
    ),
    S(
        2,
        "en",
        "Nan Highland Cotton Growers",
        HN,
        UP,
        "Nan",
        ["Organic Thailand"],
        ["bio"],
        "growers@nanhighland.example.com",
        [
            ("Seed cotton, hand-picked, TAS 9000 organic, 300 kg lots", "raw_cotton"),
            ("Fai tun natural brown cotton lint", "raw_cotton"),
        ],
        [U("Anyone ginning cotton near Nan?", "a ginning service; nobody offers it", "ginning_service")],
    ),
    S(
        3,
        "th",
        "โรงปั่นด้ายโคราชสปินนิ่ง",
        HN,
        UP,
        "Nakhon Ratchasima",
        ["ISO 9001"],
        [],
        "sales@koratspin.example.co.th",
        [("ด้ายฝ้าย 100% Ne 20/1 ด้ายดิบ ม้วนโคน", "cotton_yarn"), ("ด้ายทีซี 65/35 เบอร์ 32", "polycotton_yarn")],
        [N("ปุยฝ้ายหีบแล้ว ได้ตรามาตรฐานเกษตรอินทรีย์", "raw_cotton", req=("Organic Thailand",))],
    ),
    S(
        4,
        "en",
        "Siam Bottle-to-Yarn Co., Ltd.",
        CT,
        UP,
        "Rayong",
        ["GRS"],
        ["circular"],
        "yarn@siambty.example.com",
        [
            ("rPET filament yarn 150D/48F, dope-dyed black", "rpet_yarn"),
            ("Recycled PSF 1.4D x 38 mm", "polyester_staple_fibre"),
        ],
        [N("Post-consumer PET bottles, baled, clear and light blue", "pet_bottle_waste")],
    ),
    S(
        5,
        "th",
        "ร้านรับซื้อของเก่า ส.เจริญพาณิชย์",
        CT,
        UP,
        "Samut Prakan",
        [],
        ["circular"],
        "sjaroen.recycle@example.co.th",
        [("ขวดเพ็ทใส อัดก้อน ก้อนละ 200 โล", "pet_bottle_waste"), ("ขวดน้ำดื่มพลาสติกใช้แล้ว เก็บจากสนามบิน", "pet_bottle_waste")],
        [],
    ),
    S(
        6,
        "th",
        "นุ่นแท้ป้าเยาว์ สุพรรณบุรี",
        AC,
        UP,
        "Suphan Buri",
        [],
        ["bio"],
        "nunpayao@example.co.th",
        [("นุ่นยัดหมอน คัดเมล็ดออกแล้ว กิโลละ 120 บาท", "kapok_fibre")],
        [N("ผ้าดิบทอเรียบ หน้ากว้าง 36 นิ้ว ไว้เย็บไส้หมอนนุ่น", "greige_cotton_fabric")],
    ),
    S(
        7,
        "en",
        "Doi Tung Hemp Fibre",
        HN,
        UP,
        "Chiang Rai",
        [],
        ["bio"],
        "hemp@doitunghemp.example.com",
        [("Decorticated hemp bast, retted, 25 kg bales", "hemp_fibre"), ("Hemp yarn Nm 10, hand-twisted", "hemp_yarn")],
        [U("Certified hemp seed for next season's planting", "seed; nobody in the set offers it", "hemp_seed")],
    ),
    S(
        9,
        "th",
        "ศูนย์คัดแยกเศษผ้ามหาชัย",
        CT,
        UP,
        "Samut Sakhon",
        [],
        ["circular"],
        "mahachai.sorting@example.co.th",
        [
            ("เศษผ้าคัตติ้งจากโรงงานการ์เมนต์ คัดสีแล้ว", "cutting_waste"),
            ("ผ้าหุ้มเบาะเครื่องบินปลดระวาง แกะจากเก้าอี้แล้ว", "retired_seat_covers"),
        ],
        [N("ชุดฟอร์มพนักงานเก่า รับทุกสี", "used_uniforms")],
    ),
    S(
        10,
        "en",
        "Recotex Fibre Recovery",
        CT,
        UP,
        "Chonburi",
        ["GRS"],
        ["circular"],
        "info@recotex.example.com",
        [("Recycled cotton fibre, mechanically opened from clippings", "recycled_cotton_fibre")],
        [
            N("Pre-consumer cotton cuttings sorted by colour, 1 t per load", "cutting_waste"),
            N("Worn-out workwear and staff uniforms", "used_uniforms"),
        ],
    ),
    S(
        11,
        "th",
        "โรงปั่นด้ายรีไซเคิลนครปฐม",
        CT,
        UP,
        "Nakhon Pathom",
        ["GRS"],
        ["circular"],
        "recycleyarn.np@example.co.th",
        [("ด้ายรีไซเคิล OE Ne 10 ปั่นจากเศษผ้าฝ้าย", "recycled_cotton_yarn")],
        [N("ใยฝ้ายรีไซเคิล ต้องมีใบรับรอง GRS", "recycled_cotton_fibre", req=("GRS",))],
    ),
    S(
        12,
        "en",
        "Bangkok Technical Fibres Trading",
        SP,
        UP,
        "Bangkok",
        [],
        [],
        "trade@bkktechfibres.example.com",
        [
            ("Modacrylic FR staple fibre, imported", "fr_fibre"),
            ("Wool/nylon 85/15 worsted yarn for transport upholstery", "wool_blend_yarn"),
        ],
        [],
    ),
    S(
        13,
        "th",
        "ไทยโพลีเส้นด้าย",
        SP,
        UP,
        "Pathum Thani",
        [],
        [],
        "thaipolyyarn@example.co.th",
        [("เส้นด้ายโพลีเอสเตอร์ DTY 150D ย้อมเส้น", "polyester_yarn"), ("ด้ายไนลอน BCF สำหรับทอพรม", "nylon_carpet_yarn")],
        [U("เม็ดพลาสติก PET เกรดปั่นเส้นใย", "polymer chips; nobody offers them", "pet_chips")],
    ),
    S(
        14,
        "th",
        "กลุ่มเลี้ยงไหมบ้านท่าสว่าง",
        AI,
        UP,
        "Surin",
        [],
        ["bio"],
        "thasawang.silk@example.co.th",
        [("เส้นไหมน้อย ไหมพื้นบ้าน ตีเกลียวแล้ว", "silk_yarn")],
        [],
    ),
    S(
        15,
        "en",
        "ReWear Uniform Take-Back",
        CT,
        UP,
        "Bangkok",
        [],
        ["circular"],
        "hello@rewear.example.com",
        [("Used cabin crew uniforms, logos removed, sorted by fibre", "used_uniforms")],
        [N("Who has retired bus or train seat covers?", "retired_seat_covers")],
    ),
    S(
        16,
        "th",
        "สาครไฟเบอร์ ใยสังเคราะห์",
        AC,
        UP,
        "Samut Sakhon",
        [],
        [],
        "sakornfiber@example.co.th",
        [
            ("ใยโพลีเอสเตอร์ยัดหมอน ใยซิลิโคน 7D", "polyester_fibrefill"),
            ("ใยสังเคราะห์ยัดตุ๊กตา ถุงละ 1 กก.", "polyester_fibrefill"),
        ],
        [],
    ),
    S(
        24,
        "th",
        "กลุ่มปลูกครามพังโคน",
        AI,
        UP,
        "Sakon Nakhon",
        ["Organic Thailand"],
        ["bio"],
        "khram.phangkhon@example.co.th",
        [("เนื้อครามธรรมชาติ หมักเอง กิโลละ 350", "indigo_dye_paste")],
        [],
    ),
]

# ---- midstream: weaving, dyeing, finishing, sewing, testing
SMES += [
    S(
        8,
        "th",
        "กลุ่มทอผ้าใยกัญชงบ้านรวมไทย",
        HN,
        MID,
        "Tak",
        ["OTOP"],
        ["bio"],
        "kanchong.ruamthai@example.co.th",
        [("ผ้าใยกัญชงทอมือ เขียนเทียน", "hemp_fabric"), ("ผ้าลินินกัญชงผืนยาว 10 เมตร", "hemp_fabric")],
        [N("ด้ายกัญชงเส้นเล็ก สำหรับทอ", "hemp_yarn")],
    ),
    S(
        17,
        "en",
        "Pathom Weaving Mill",
        HN,
        MID,
        "Nakhon Pathom",
        ["OEKO-TEX Standard 100"],
        [],
        "mill@pathomweaving.example.com",
        [
            ("Greige cotton sheeting 40s x 40s, 63 in wide", "greige_cotton_fabric"),
            ("TC 65/35 twill 240 gsm for workwear", "uniform_fabric"),
        ],
        [N("Combed cotton yarn, Ne 20s or 40s", "cotton_yarn"), N("Poly/cotton blend yarn", "polycotton_yarn")],
    ),
    S(
        18,
        "th",
        "โรงทอผ้าเบาะสยามออโต้",
        SP,
        MID,
        "Samut Prakan",
        ["ISO 9001"],
        [],
        "siamauto.weave@example.co.th",
        [
            ("ผ้าเบาะรถทัวร์ ผ้ากำมะหยี่ลาย ผ่าน FMVSS 302", "bus_seat_fabric"),
            ("ผ้าหุ้มเบาะรถไฟ ผ่านมาตรฐาน EN 45545", "rail_seat_fabric"),
        ],
        [N("เส้นด้ายโพลีเอสเตอร์ 150 ดีเนียร์ เป็นรีไซเคิลก็ได้", "polyester_yarn", "rpet_yarn")],
    ),
    S(
        19,
        "en",
        "AeroWeave Textiles",
        SP,
        MID,
        "Chonburi",
        ["ISO 9001", "OEKO-TEX Standard 100"],
        [],
        "sales@aeroweave.example.com",
        [
            ("Wool-blend aircraft seat cover fabric, FAR 25.853 vertical burn passed", "aviation_seat_fabric"),
            ("Dress cover cloth for airline seats, oil-burner tested", "aviation_seat_fabric"),
        ],
        [
            N("Inherently FR fibre: modacrylic or FR viscose", "fr_fibre"),
            N("Worsted wool-nylon yarn", "wool_blend_yarn"),
        ],
    ),
    S(
        20,
        "en",
        "Pahurat Upholstery & Curtains",
        AC,
        MID,
        "Bangkok",
        [],
        [],
        "shop@pahuratupholstery.example.com",
        [
            ("Velvet sofa fabric, 180 baht per yard", "upholstery_fabric"),
            ("PVC leatherette for seats, 30 yd rolls", "synthetic_leather"),
        ],
        [N("Commission dyeing of our own roll goods", "fabric_dyeing_service", "natural_dyeing_service")],
    ),
    S(
        21,
        "en",
        "FlameGuard Finishing",
        SP,
        MID,
        "Samut Sakhon",
        [],
        [],
        "lab@flameguard.example.com",
        [("FR finishing of customer fabric for BS 5852 and FAR 25.853", "fr_finishing_service")],
        [U("Halogen-free flame retardant chemicals", "chemicals; nobody in the set sells them", "fr_chemicals")],
    ),
    S(
        22,
        "th",
        "โรงย้อมราชบุรีเท็กซ์",
        AC,
        MID,
        "Ratchaburi",
        [],
        [],
        "ratchaburi.dye@example.co.th",
        [
            ("รับจ้างย้อมผ้าฝ้าย ผ้าทีซี ผ้าของลูกค้า ขั้นต่ำ 500 เมตร", "fabric_dyeing_service"),
            ("ผ้าฝ้ายย้อมสีพื้น สีกรม สีเทา พร้อมส่ง", "dyed_cotton_fabric"),
        ],
        [U("สีย้อมรีแอคทีฟ ไม่มีสารเอโซต้องห้าม", "dyestuff; nobody in the set sells it", "reactive_dye")],
    ),
    S(
        23,
        "th",
        "ครามสกล บ้านดอนกอย",
        AI,
        MID,
        "Sakon Nakhon",
        ["OTOP"],
        ["bio"],
        "donkoi.khram@example.co.th",
        [
            ("ผ้าฝ้ายย้อมครามทอมือ ผืนละ 2 เมตร", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าที่ลูกค้าส่งมา", "indigo_dyeing_service"),
        ],
        [N("เนื้อครามหมัก", "indigo_dye_paste"), N("ฝ้ายเข็นมือ เส้นฝ้ายพื้นเมือง", "cotton_yarn")],
    ),
    S(
        25,
        "en",
        "Phrae Mor Hom House",
        HN,
        MID,
        "Phrae",
        [],
        ["bio"],
        "morhom@phraehouse.example.com",
        [
            ("Mor hom indigo cotton cloth, per metre", "indigo_dyed_cotton_fabric"),
            ("Mor hom farmer shirts, sizes S-XXL", "indigo_shirt"),
        ],
        [N("Natural indigo paste only, no synthetic indigo", "indigo_dye_paste")],
    ),
    S(
        26,
        "th",
        "ระยองนอนวูฟเวน",
        SP,
        MID,
        "Rayong",
        ["ISO 9001"],
        [],
        "rayongnonwoven@example.co.th",
        [("ผ้าสปันลาซ ผ้าไม่ทอ 40 แกรม หน้ากว้าง 1.6 ม.", "nonwoven_fabric")],
        [N("เส้นใยโพลีเอสเตอร์ตัดสั้น สำหรับทำผ้าไม่ทอ", "polyester_staple_fibre")],
    ),
    S(
        27,
        "en",
        "Prakan Suiting Mills",
        AC,
        MID,
        "Samut Prakan",
        ["OEKO-TEX Standard 100"],
        [],
        "orders@prakansuiting.example.com",
        [
            ("Poly-viscose suiting for airline uniforms, 50 shades", "uniform_fabric"),
            ("Stretch gabardine for skirts and trousers", "uniform_fabric"),
        ],
        [U("Spun viscose yarn 30s", "viscose yarn; nobody in the set spins it", "viscose_yarn")],
    ),
    S(
        28,
        "th",
        "แม่สอดการ์เมนต์ รับเย็บ",
        AC,
        MID,
        "Tak",
        [],
        [],
        "maesot.garment@example.co.th",
        [("รับเย็บชุดยูนิฟอร์มตามแบบ ลูกค้าส่งผ้ามาเอง", "cut_sew_service"), ("รับเย็บปลอกหมอน ผ้าห่ม งาน CMT", "cut_sew_service")],
        [N("ซิป กระดุม ป้ายคอ", "garment_trims")],
    ),
    S(
        29,
        "en",
        "Stitch & Crest Embroidery",
        AC,
        MID,
        "Phetchaburi",
        [],
        [],
        "crest@stitchcrest.example.com",
        [("Logo embroidery on customer's uniforms, blankets and pouches", "embroidery_service")],
        [],
    ),
    S(
        30,
        "th",
        "แปดริ้วคาร์เพ็ท",
        SP,
        MID,
        "Chachoengsao",
        [],
        [],
        "paetriw.carpet@example.co.th",
        [
            ("พรมเครื่องบิน ขนแกะผสมไนลอน ผ่านทดสอบลามไฟ", "aviation_carpet"),
            ("พรมปูพื้นรถโดยสาร ม้วนละ 25 เมตร", "vehicle_carpet"),
        ],
        [N("ด้ายไนลอนบีซีเอฟ ทอพรม", "nylon_carpet_yarn"), N("ด้ายขนแกะผสม", "wool_blend_yarn")],
    ),
    S(
        33,
        "en",
        "Ink Lane Screen Print",
        AC,
        MID,
        "Bangkok",
        [],
        [],
        "print@inklane.example.com",
        [("Screen printing on customer-supplied cloth, covers and bags", "printing_service")],
        [],
    ),
    S(
        34,
        "en",
        "ThaiTex Fire Lab",
        SP,
        MID,
        "Pathum Thani",
        ["ISO 9001"],
        [],
        "tests@thaitexfirelab.example.com",
        [("Flammability tests: FAR 25.853, FMVSS 302, BS 5852", "fire_test_service")],
        [],
    ),
    S(
        35,
        "th",
        "ศูนย์ทดสอบสิ่งทอคลองเตย",
        SP,
        MID,
        "Bangkok",
        [],
        [],
        "klongtoey.testlab@example.co.th",
        [("ทดสอบการลามไฟของผ้า ออกรายงานผล", "fire_test_service"), ("ทดสอบความคงทนของสีต่อการซัก", "colour_fastness_test")],
        [],
    ),
    S(
        36,
        "th",
        "ผ้าฟลีซ กบินทร์บุรี",
        AC,
        MID,
        "Prachinburi",
        [],
        [],
        "fleece.kabinburi@example.co.th",
        [("ผ้าฟลีซม้วน ผ้าขนนุ่ม 220 แกรม", "fleece_fabric")],
        [N("เส้นด้ายรีไซเคิลจากขวด ต้องมี GRS", "rpet_yarn", req=("GRS",))],
    ),
]

# ---- more upstream and midstream suppliers
SMES += [
    S(
        62,
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านเขว้า",
        AI,
        MID,
        "Chaiyaphum",
        ["OTOP"],
        [],
        "khwao.weavers@example.co.th",
        [
            ("ผ้าฝ้ายทอมือ สีขาวธรรมชาติ หน้ากว้าง 1 ม.", "handwoven_cotton_fabric"),
            ("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "handwoven_cotton_fabric"),
        ],
        [N("ด้ายฝ้ายดิบ เบอร์ 20/2", "cotton_yarn")],
    ),
    S(
        64,
        "th",
        "สำเพ็งอุปกรณ์ตัดเย็บ",
        AC,
        MID,
        "Bangkok",
        [],
        [],
        "sampeng.trims@example.co.th",
        [("ซิป กระดุม ป้ายทอ ขายส่ง", "garment_trims"), ("สายกระเป๋า สายไนลอน 1 นิ้ว ขายเป็นม้วน", "webbing")],
        [],
    ),
    S(
        66,
        "th",
        "กลุ่มปลูกฝ้ายพื้นเมือง ร้อยเอ็ด",
        AI,
        UP,
        "Roi Et",
        [],
        ["bio"],
        "faimuang.roiet@example.co.th",
        [("ฝ้ายพื้นเมืองทั้งเมล็ด", "raw_cotton"), ("ฝ้ายเข็นมือ เส้นใหญ่ ไจละ 1 กก.", "cotton_yarn")],
        [U("เครื่องอีดฝ้ายมือสอง", "a cotton gin; nobody offers machinery", "cotton_gin_machine")],
    ),
    S(
        67,
        "en",
        "ReLoop Fleece",
        CT,
        MID,
        "Samut Prakan",
        ["GRS"],
        ["circular"],
        "fleece@reloop.example.com",
        [("Recycled polar fleece, 100% rPET, 180-280 gsm", "fleece_fabric")],
        [N("Recycled polyester yarn, GRS certified", "rpet_yarn", req=("GRS",))],
    ),
    S(
        68,
        "en",
        "Hat Yai Seat Fabrics",
        SP,
        MID,
        "Songkhla",
        [],
        [],
        "sales@hatyaiseat.example.com",
        [
            ("Checked coach seat moquette, flame retardant", "bus_seat_fabric"),
            ("Faux-linen sofa cloth", "upholstery_fabric"),
        ],
        [N("Solution-dyed poly yarn, 300D", "polyester_yarn")],
    ),
    S(
        69,
        "en",
        "Phuket Beach Plastic Collectors",
        CT,
        UP,
        "Phuket",
        [],
        ["circular"],
        "collect@phuketbeach.example.com",
        [
            ("PET bottles from ferries and beaches, sorted, baled", "pet_bottle_waste"),
            ("Expired ferry life jackets, 200 pcs per lot", "used_life_jackets"),
        ],
        [],
    ),
    S(
        70,
        "en",
        "Lanna Natural Dye Studio",
        HN,
        MID,
        "Chiang Mai",
        [],
        ["bio", "green"],
        "studio@lannadye.example.com",
        [
            ("Plant dyeing of your cloth: ebony, lac, mango bark", "natural_dyeing_service"),
            ("Lac-dyed cotton cloth, 1 m wide", "naturally_dyed_cotton_fabric"),
        ],
        [N("Undyed handloom cotton, natural white", "handwoven_cotton_fabric", "greige_cotton_fabric")],
    ),
    S(
        71,
        "th",
        "ทำลายเอกสารและผ้า เซฟชเรด",
        CT,
        MID,
        "Samut Prakan",
        ["ISO 14001"],
        ["circular"],
        "safeshred@example.co.th",
        [("รับทำลายชุดฟอร์มเก่า บดย่อย มีใบรับรองการทำลาย", "textile_shredding_service")],
        [],
    ),
    S(
        72,
        "en",
        "Pathum Webbing Works",
        SP,
        MID,
        "Pathum Thani",
        ["ISO 9001"],
        [],
        "webbing@pathumworks.example.com",
        [("PP webbing 25 mm and 38 mm, 50 m rolls", "webbing")],
        [N("Polyester filament yarn for narrow fabrics", "polyester_yarn", "rpet_yarn")],
    ),
    S(
        73,
        "th",
        "ดิจิทัลปริ้นท์ผ้า บางซื่อ",
        AC,
        MID,
        "Bangkok",
        [],
        [],
        "bangsue.print@example.co.th",
        [("รับพิมพ์ลายดิจิทัลบนผ้าลูกค้า ขั้นต่ำ 1 เมตร", "printing_service")],
        [U("หมึกพิมพ์ผ้าดิจิทัล แบบซับลิเมชัน", "ink; nobody in the set sells it", "textile_ink")],
    ),
    S(
        89,
        "en",
        "River Kwai Cotton Weavers",
        HN,
        MID,
        "Kanchanaburi",
        [],
        [],
        "weave@riverkwai.example.com",
        [
            ("Cotton calico, unbleached, 44 in", "greige_cotton_fabric"),
            ("Piece-dyed cotton poplin, navy and grey", "dyed_cotton_fabric"),
        ],
        [N("Carded cotton yarn 30s", "cotton_yarn")],
    ),
    S(
        94,
        "th",
        "รับซื้อเสื้อผ้ามือสอง ปากน้ำโพ",
        CT,
        UP,
        "Nakhon Sawan",
        [],
        ["circular"],
        "paknampho.secondhand@example.co.th",
        [("ชุดยูนิฟอร์มมือสอง ชุดพนักงานเก่า คละไซซ์", "used_uniforms"), ("เศษผ้าตัดจากโรงงาน กระสอบละ 30 กก.", "cutting_waste")],
        [],
    ),
    S(
        95,
        "en",
        "Uttaradit Kapok Co-op",
        AC,
        UP,
        "Uttaradit",
        [],
        ["bio"],
        "kapok@uttaraditcoop.example.com",
        [("Kapok floss, cleaned, seeds removed", "kapok_fibre")],
        [],
    ),
]

# ---- downstream makers, shops and service firms
SMES += [
    S(
        31,
        "en",
        "MatCycle",
        CT,
        DOWN,
        "Pathum Thani",
        [],
        ["circular"],
        "mats@matcycle.example.com",
        [("Bus and van floor mats from recycled carpet offcuts", "floor_mat")],
        [N("Used aircraft carpet pulled out at cabin refits", "used_carpet")],
    ),
    S(
        32,
        "th",
        "เอส.พี. ผ้าคลุมหัวเบาะ",
        SP,
        DOWN,
        "Samut Sakhon",
        [],
        [],
        "sp.headrest@example.co.th",
        [("ผ้าคลุมพนักพิงศีรษะ แบบใช้ครั้งเดียว พิมพ์โลโก้ได้", "disposable_headrest_cover")],
        [N("ผ้าสปันเลซม้วน", "nonwoven_fabric"), N("รับสกรีนโลโก้บนผ้า", "printing_service")],
    ),
    S(
        37,
        "en",
        "SkyComfort Blankets",
        AC,
        DOWN,
        "Bangkok",
        ["OEKO-TEX Standard 100"],
        [],
        "sales@skycomfort.example.com",
        [("Airline blankets, polar fleece, 130 x 180 cm, MOQ 1,000", "travel_blanket")],
        [N("Fleece by the roll, 200-250 gsm", "fleece_fabric"), N("Logo embroidery on blankets", "embroidery_service")],
    ),
    S(
        38,
        "th",
        "ผ้าห่มขอนแก่น ตลาดบางลำภู",
        AI,
        DOWN,
        "Khon Kaen",
        [],
        [],
        "kk.blanket@example.co.th",
        [("ผ้าห่มรถทัวร์ ผ้าห่มพกพา 50x60 นิ้ว", "travel_blanket")],
        [N("อยากได้ผ้าขนนุ่มเป็นม้วน", "fleece_fabric")],
    ),
    S(
        39,
        "en",
        "Pillow Republic",
        AC,
        DOWN,
        "Nonthaburi",
        [],
        [],
        "hello@pillowrepublic.example.com",
        [
            ("Cabin pillows 30 x 40 cm, polyester fill", "pillow"),
            ("Cotton pillowcases for cabin pillows", "pillowcase"),
        ],
        [
            N("Hollow conjugated fibre for stuffing", "polyester_fibrefill"),
            N("Dyed cotton poplin, navy", "dyed_cotton_fabric"),
        ],
    ),
    S(
        40,
        "th",
        "หมอนนุ่นบ้านสวน",
        AC,
        DOWN,
        "Suphan Buri",
        [],
        ["bio"],
        "monnun.bansuan@example.co.th",
        [("หมอนนุ่น หมอนหนุน หมอนข้าง", "pillow"), ("หมอนรองคอนุ่น สำหรับเดินทาง", "neck_pillow")],
        [N("นุ่นคัด ไม่มีเมล็ด", "kapok_fibre")],
    ),
    S(
        41,
        "en",
        "Crew Couture Uniforms",
        AC,
        DOWN,
        "Bangkok",
        [],
        [],
        "tailor@crewcouture.example.com",
        [("Cabin crew uniforms, made to measure", "uniform"), ("Pilot shirts and ground staff polos", "uniform")],
        [
            N("Wrinkle-resistant suiting for uniforms", "uniform_fabric"),
            N("Name and logo embroidery", "embroidery_service"),
        ],
    ),
    S(
        42,
        "th",
        "ยูนิฟอร์มอุดร",
        AI,
        DOWN,
        "Udon Thani",
        [],
        [],
        "uniform.udon@example.co.th",
        [("เสื้อโปโลพนักงาน ชุดพนักงานขับรถ ปักชื่อได้", "uniform")],
        [
            N("ผ้าทีซีชุดฟอร์ม ไม่จำเป็นต้องมี OEKO-TEX", "uniform_fabric", waive=("OEKO-TEX Standard 100",)),
            N("ร้านรับเย็บ ตัดเย็บตามออร์เดอร์", "cut_sew_service"),
        ],
    ),
    S(
        43,
        "en",
        "Kit & Caboodle Amenities",
        AC,
        DOWN,
        "Bangkok",
        [],
        [],
        "kits@kitcaboodle.example.com",
        [
            ("Amenity kits: pouch, eye mask, socks, earplugs", "amenity_kit"),
            ("Satin sleep masks, custom print", "sleep_mask"),
        ],
        [
            N("Handwoven Thai silk with the Peacock Emblem", "silk_fabric", req=("Thai Silk Peacock Emblem",)),
            N("Empty kit pouches, zip top", "zip_pouch"),
        ],
    ),
    S(
        44,
        "th",
        "ผ้าไหมท่าสว่าง สุรินทร์",
        AI,
        MID,
        "Surin",
        ["Thai Silk Peacock Emblem", "OTOP"],
        [],
        "thasawang.weave@example.co.th",
        [("ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน", "silk_fabric"), ("ผ้าปิดตาผ้าไหม", "sleep_mask")],
        [N("ไหมน้อย ไหมพื้นบ้าน", "silk_yarn")],
    ),
    S(
        45,
        "th",
        "ถุงกระดาษแอร์พอร์ตแพ็ค",
        AC,
        DOWN,
        "Samut Prakan",
        [],
        [],
        "airportpack@example.co.th",
        [("ถุงอาเจียนบนเครื่องบิน กระดาษเคลือบพีอี", "sick_bag"), ("กระดาษเช็ดปาก 2 ชั้น พิมพ์โลโก้", "paper_napkin")],
        [U("กระดาษคราฟท์ม้วนใหญ่", "paper; nobody in the set sells it", "kraft_paper")],
    ),
    S(
        46,
        "en",
        "Lanna Linen Table",
        HN,
        DOWN,
        "Chiang Mai",
        [],
        [],
        "table@lannalinen.example.com",
        [("Cloth napkins, 100% cotton, 45 x 45 cm", "cloth_napkin")],
        [N("Plain-weave hemp fabric, OTOP not needed", "hemp_fabric", waive=("OTOP",))],
    ),
    S(
        47,
        "th",
        "ชูชีพบางแสน",
        SP,
        DOWN,
        "Chonburi",
        ["Thai Industrial Standard"],
        [],
        "bangsaen.lifejacket@example.co.th",
        [("เสื้อชูชีพ สำหรับเรือโดยสาร ผู้ใหญ่และเด็ก", "life_jacket"), ("ซองผ้าใส่เสื้อชูชีพ ติดใต้เบาะ", "life_vest_pouch")],
        [N("ผ้าไนลอนเคลือบกันน้ำ 420D", "coated_nylon_fabric"), N("สายรัด สายเว็บบิ้ง", "webbing")],
    ),
    S(
        48,
        "en",
        "Coated Fabrics Asia",
        SP,
        MID,
        "Samut Prakan",
        [],
        [],
        "sales@coatedasia.example.com",
        [("PU-coated nylon 420D, waterproof", "coated_nylon_fabric")],
        [U("Nylon 6.6 filament yarn 420D", "nylon filament yarn; only carpet BCF is offered", "nylon_filament_yarn")],
    ),
    S(
        49,
        "en",
        "Second Flight Bags",
        CT,
        DOWN,
        "Bangkok",
        [],
        ["circular"],
        "bags@secondflight.example.com",
        [
            ("Totes upcycled from retired aircraft seat covers", "upcycled_bag"),
            ("Laptop sleeves made from old life vests", "upcycled_bag"),
        ],
        [
            N("Decommissioned airline seat covers", "retired_seat_covers"),
            N("Expired life vests", "used_life_jackets"),
            N("Sewing contractor for small bags, 500 pcs", "cut_sew_service"),
        ],
    ),
    S(
        50,
        "th",
        "ร้านกระเป๋ารีไซเคิลนิมมาน",
        CT,
        DOWN,
        "Chiang Mai",
        [],
        ["circular"],
        "nimman.upcycle@example.co.th",
        [("กระเป๋าจากผ้าหุ้มเบาะรถไฟเก่า", "upcycled_bag")],
        [N("ผ้าเบาะเก่า รถไฟ รถบัส เครื่องบิน", "retired_seat_covers")],
    ),
    S(
        51,
        "th",
        "อู่หุ้มเบาะช่างหนุ่ม ขอนแก่น",
        AI,
        DOWN,
        "Khon Kaen",
        [],
        [],
        "changnum.seat@example.co.th",
        [("ซ่อมเบาะรถตู้ รถบัส หุ้มเบาะใหม่ทั้งคัน", "seat_repair_service")],
        [
            N("หนังเทียมหุ้มเบาะ", "synthetic_leather"),
            N("ผ้าเบาะรถบัสที่ผ่านทดสอบไฟ", "bus_seat_fabric"),
            U("หนังแท้หุ้มเบาะ", "genuine leather; only synthetic leather is offered", "genuine_leather"),
        ],
    ),
    S(
        52,
        "en",
        "CleanJet Linen Services",
        AC,
        DOWN,
        "Bangkok",
        ["ISO 14001"],
        ["green"],
        "ops@cleanjet.example.com",
        [("Laundry for airline blankets, pillowcases and napkins, 24 h", "laundry_service")],
        [U("Linen trolleys and laundry carts", "equipment; nobody offers it", "laundry_cart")],
    ),
    S(
        63,
        "en",
        "Ubon Craft Pouches",
        AI,
        DOWN,
        "Ubon Ratchathani",
        [],
        [],
        "craft@uboncraft.example.com",
        [("Amenity pouches in handwoven cotton dyed with indigo", "zip_pouch")],
        [
            N("Indigo-dyed handwoven cotton, 20 m a month", "indigo_dyed_cotton_fabric"),
            N("YKK zips no. 5 with pullers", "garment_trims"),
        ],
    ),
    S(
        74,
        "th",
        "หมอนขิดบ้านศรีฐาน",
        AI,
        DOWN,
        "Nakhon Phanom",
        ["OTOP"],
        [],
        "monkhit.sithan@example.co.th",
        [("หมอนขิด หมอนสามเหลี่ยม ยัดนุ่น", "pillow")],
        [N("ผ้าฝ้ายทอมือ", "handwoven_cotton_fabric"), N("นุ่น", "kapok_fibre")],
    ),
    S(
        75,
        "th",
        "นครปฐมคาร์ซีท",
        AC,
        DOWN,
        "Nakhon Pathom",
        [],
        [],
        "npcarseat@example.co.th",
        [("ผ้าคลุมหัวเบาะ ซักได้ ปักชื่อบริษัท", "fabric_headrest_cover"), ("ชุดหุ้มเบาะรถตู้สำเร็จรูป ตรงรุ่น", "seat_cover_set")],
        [N("หนังเทียม พีวีซี", "synthetic_leather"), N("ผ้ากำมะหยี่หุ้มเบาะ", "upholstery_fabric")],
    ),
    S(
        76,
        "en",
        "SeaSafe Marine Supply",
        SP,
        DOWN,
        "Chonburi",
        [],
        [],
        "sales@seasafe.example.com",
        [
            ("Foam life jackets for boats, adult and child", "life_jacket"),
            ("Seat-back pockets for safety cards", "seat_pocket"),
        ],
        [N("Coated nylon for jacket shells", "coated_nylon_fabric"), N("PP webbing 25 mm", "webbing")],
    ),
    S(
        77,
        "th",
        "ผ้าทอนาหมื่นศรี",
        HN,
        DOWN,
        "Trang",
        ["OTOP"],
        [],
        "namuensri@example.co.th",
        [("ผ้าเช็ดปาก ผ้าทอนาหมื่นศรี", "cloth_napkin")],
        [N("ด้ายฝ้าย", "cotton_yarn")],
    ),
    S(
        78,
        "th",
        "ปาเต๊ะภูเก็ตดีไซน์",
        CT,
        DOWN,
        "Phuket",
        ["OTOP"],
        [],
        "batik.phuket@example.co.th",
        [("กระเป๋าใส่ของจุกจิก ผ้าปาเต๊ะ มีซิป", "zip_pouch")],
        [N("ร้านรับเย็บกระเป๋า", "cut_sew_service")],
    ),
    S(
        79,
        "en",
        "Nap & Go",
        AC,
        DOWN,
        "Bangkok",
        [],
        [],
        "hi@napandgo.example.com",
        [("Travel neck pillows, U-shape", "neck_pillow"), ("Contoured eye masks", "sleep_mask")],
        [
            U("Memory foam for neck pillows", "foam; nobody in the set makes it", "memory_foam"),
            N("Silk fabric for masks", "silk_fabric"),
        ],
    ),
    S(
        80,
        "th",
        "โคราชเบาะรถ",
        AI,
        DOWN,
        "Nakhon Ratchasima",
        [],
        [],
        "korat.seat@example.co.th",
        [("หุ้มเบาะรถ ซ่อมเบาะขาด เบาะรถตู้ รถบัส", "seat_repair_service")],
        [N("ผ้าหุ้มเบาะรถ ผ่านทดสอบไฟ", "bus_seat_fabric")],
    ),
    S(
        81,
        "th",
        "ผ้าห่มรีไซเคิลสาคร",
        CT,
        DOWN,
        "Samut Sakhon",
        ["GRS"],
        ["circular"],
        "recycleblanket.sakhon@example.co.th",
        [("ผ้าห่มจากขวดพลาสติกรีไซเคิล ขนาด 127x152 ซม.", "travel_blanket")],
        [N("ผ้าฟลีซรีไซเคิล มี GRS", "fleece_fabric", req=("GRS",))],
    ),
    S(
        82,
        "en",
        "Blue Wing Laundry",
        AC,
        DOWN,
        "Samut Prakan",
        [],
        [],
        "pickup@bluewing.example.com",
        [("Blanket and pillowcase washing for trains and buses", "laundry_service")],
        [],
    ),
]

# ---- operators and institutional buyers: airlines, rail, bus, van, ferry, catering, shops
SMES += [
    S(
        53,
        "en",
        "Andaman Sky Airways",
        SP,
        DOWN,
        "Bangkok",
        [],
        [],
        "procurement@andamansky.example.com",
        [],
        [
            N("Economy blankets, OEKO-TEX certified", "travel_blanket", req=("OEKO-TEX Standard 100",)),
            N("Single-use headrest covers with our logo", "disposable_headrest_cover"),
            N("Business-class amenity kits", "amenity_kit"),
        ],
    ),
    S(
        54,
        "th",
        "สายการบินล้านนาแอร์",
        AC,
        DOWN,
        "Chiang Mai",
        [],
        [],
        "jatsue.lannaair@example.co.th",
        [],
        [
            N("ชุดพนักงานต้อนรับบนเครื่องบิน", "uniform"),
            N("ผ้าเช็ดปากแบบผ้า ไม่เอากระดาษ", "cloth_napkin"),
            N("ร้านซักผ้าห่ม ปลอกหมอน ของสายการบิน", "laundry_service"),
        ],
    ),
    S(
        55,
        "th",
        "บริษัท เดินรถไฟสายเหนือ จำกัด",
        SP,
        DOWN,
        "Bangkok",
        [],
        [],
        "phatsadu.rotfai@example.co.th",
        [],
        [
            N("ผ้าหุ้มเบาะรถไฟ ผ่าน EN 45545", "rail_seat_fabric"),
            N("ผ้าห่มสำหรับตู้นอน", "travel_blanket"),
            U(
                "ปลอกหมอนผ้าฝ้าย ต้องมี OEKO-TEX",
                "pillowcases are offered, but by no one holding OEKO-TEX",
                "pillowcase",
                req=("OEKO-TEX Standard 100",),
            ),
        ],
    ),
    S(
        56,
        "th",
        "บริษัท ขอนแก่นทัวร์ จำกัด",
        AI,
        DOWN,
        "Khon Kaen",
        [],
        [],
        "jatsue.kktour@example.co.th",
        [],
        [
            N("ผ้าเบาะรถทัวร์ กันไฟลาม", "bus_seat_fabric"),
            N("ผ้าคลุมหัวเบาะ ใช้ครั้งเดียวทิ้ง", "disposable_headrest_cover"),
            N("พรมยางปูพื้นรถบัส", "floor_mat"),
        ],
    ),
    S(
        57,
        "en",
        "Samui Ferry Line",
        SP,
        DOWN,
        "Surat Thani",
        [],
        [],
        "fleet@samuiferry.example.com",
        [],
        [
            N("Life jackets to TIS for passenger ferries", "life_jacket", req=("Thai Industrial Standard",)),
            N("Cloth stowage bags for life vests under seats", "life_vest_pouch"),
            U("Marine vinyl seat cushions, UV resistant", "cushions; nobody in the set makes them", "seat_cushion"),
        ],
    ),
    S(
        58,
        "th",
        "สหกรณ์รถตู้ อุดร-หนองคาย",
        AI,
        DOWN,
        "Udon Thani",
        [],
        [],
        "rottu.udon@example.co.th",
        [],
        [
            N("ช่างซ่อมเบาะรถตู้ เปลี่ยนหนังใหม่", "seat_repair_service"),
            N("พรมปูพื้นรถตู้ หรือ ยางปูพื้น", "floor_mat", "vehicle_carpet"),
            N("ชุดหุ้มเบาะรถตู้ ตรงรุ่น คอมมิวเตอร์", "seat_cover_set"),
        ],
    ),
    S(
        59,
        "en",
        "AeroMeals Catering",
        AC,
        DOWN,
        "Samut Prakan",
        ["Halal"],
        [],
        "buying@aeromeals.example.com",
        [],
        [
            N("White cloth napkins 50 x 50", "cloth_napkin"),
            N("Printed paper serviettes", "paper_napkin"),
            N("Airsickness bags", "sick_bag"),
        ],
    ),
    S(
        60,
        "en",
        "Suvarna Aero MRO",
        SP,
        DOWN,
        "Samut Prakan",
        ["ISO 9001"],
        [],
        "cabin@suvarnamro.example.com",
        [
            ("Used cabin carpet from refits, by the lot", "used_carpet"),
            ("Retired seat dress covers, unwashed", "retired_seat_covers"),
        ],
        [
            N("Seat fabric meeting FAR 25.853", "aviation_seat_fabric"),
            N("FR treatment of our stock fabric", "fr_finishing_service"),
            N("Vertical burn test reports", "fire_test_service"),
        ],
    ),
    S(
        61,
        "th",
        "โคราชทัวร์ผู้สูงวัย",
        AI,
        DOWN,
        "Nakhon Ratchasima",
        [],
        [],
        "korat.seniortour@example.co.th",
        [],
        [N("หมอนรองคอ สำหรับผู้สูงอายุ", "neck_pillow"), N("ผ้าห่มบาง ๆ แจกบนรถ", "travel_blanket")],
    ),
    S(
        65,
        "en",
        "Orchid Rail Lounge",
        AC,
        DOWN,
        "Bangkok",
        [],
        [],
        "lounge@orchidrail.example.com",
        [],
        [
            N("Throws for lounge sofas", "travel_blanket"),
            N(
                "Cushion cloth in natural dyes, no chemical dyes",
                "naturally_dyed_cotton_fabric",
                "indigo_dyed_cotton_fabric",
            ),
            N("Linen pick-up twice a week", "laundry_service"),
        ],
    ),
    S(
        83,
        "th",
        "อันดามันเฟอร์รี่ ภูเก็ต",
        SP,
        DOWN,
        "Phuket",
        [],
        [],
        "andamanferry@example.co.th",
        [],
        [
            N("เสื้อชูชีพเรือโดยสาร มอก. ไม่บังคับ", "life_jacket", waive=("Thai Industrial Standard",)),
            N("ที่ใส่การ์ดความปลอดภัย หลังเบาะ", "seat_pocket"),
            U("ผ้าม่านหน้าต่างเรือ กันแดด", "curtains; nobody in the set makes them", "curtain"),
        ],
    ),
    S(
        84,
        "en",
        "Northern Skies Charter",
        SP,
        DOWN,
        "Chiang Mai",
        [],
        [],
        "ops@northernskies.example.com",
        [],
        [
            N("Cabin carpet for ATR 72", "aviation_carpet"),
            N("Crew uniforms, OEKO-TEX welcome but not required", "uniform", waive=("OEKO-TEX Standard 100",)),
            N("Washable headrest covers", "fabric_headrest_cover"),
        ],
    ),
    S(
        85,
        "th",
        "ร้านของฝากสนามบิน สุวรรณภูมิ",
        CT,
        DOWN,
        "Samut Prakan",
        [],
        [],
        "khongfak.bkk@example.co.th",
        [],
        [
            N("กระเป๋าผ้าทอมือของฝาก ต้องมีตราโอทอป", "zip_pouch", req=("OTOP",)),
            N("ที่ปิดตาผ้าไหม", "sleep_mask"),
            N("กระเป๋าทำจากเบาะเครื่องบิน", "upcycled_bag"),
        ],
    ),
    S(
        86,
        "th",
        "ศูนย์ฝึกลูกเรือ สกายอะคาเดมี",
        AC,
        DOWN,
        "Bangkok",
        [],
        [],
        "skyacademy@example.co.th",
        [],
        [N("ชุดนักเรียนลูกเรือ", "uniform"), N("เสื้อชูชีพไว้ฝึกสาธิต", "life_jacket")],
    ),
    S(
        87,
        "en",
        "AirLoop Sustainability Programme",
        CT,
        DOWN,
        "Bangkok",
        [],
        ["circular"],
        "team@airloop.example.com",
        [],
        [
            N("Blankets made from recycled bottles, GRS", "travel_blanket", req=("GRS",)),
            N("We would like our retired uniforms securely destroyed", "textile_shredding_service"),
            N("Upcycled gifts from old seat covers", "upcycled_bag"),
        ],
    ),
    S(
        88,
        "th",
        "อยุธยาทัวร์รถตู้",
        AC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        [],
        [],
        "ayutthaya.van@example.co.th",
        [],
        [N("เบาะรถตู้ขาด หาร้านหุ้มใหม่", "seat_repair_service"), N("หมอนรองคอ หรือหมอนใบเล็ก ๆ", "neck_pillow", "pillow")],
    ),
    S(
        90,
        "th",
        "บริษัท นนทบุรีเดินรถ จำกัด",
        AC,
        DOWN,
        "Nonthaburi",
        [],
        [],
        "nonburi.bus@example.co.th",
        [],
        [
            N("ชุดพนักงานเก็บค่าโดยสาร", "uniform"),
            N("ซ่อมเบาะรถเมล์", "seat_repair_service"),
            U(
                "ผ้าหุ้มเบาะรถเมล์ ต้องผ่าน มอก.",
                "bus seat fabric is offered, but by no one holding TIS",
                "bus_seat_fabric",
                req=("Thai Industrial Standard",),
            ),
        ],
    ),
    S(
        91,
        "en",
        "U-Tapao Ground Services",
        SP,
        DOWN,
        "Rayong",
        [],
        [],
        "hr@utapaogs.example.com",
        [],
        [
            N("Ground staff polos and cargo trousers", "uniform"),
            U("Aramid coveralls for fuelling crew", "aramid garments; nobody in the set makes them", "aramid_coverall"),
        ],
    ),
    S(
        92,
        "th",
        "สหกรณ์แท็กซี่อุบลฯ",
        AI,
        DOWN,
        "Ubon Ratchathani",
        [],
        [],
        "taxi.ubon@example.co.th",
        [],
        [N("ใครมีชุดคลุมเบาะแท็กซี่บ้าง", "seat_cover_set"), N("ยางปูพื้นรถ", "floor_mat")],
    ),
    S(
        93,
        "en",
        "Krabi Longtail Ferries",
        SP,
        DOWN,
        "Krabi",
        [],
        [],
        "boats@krabilongtail.example.com",
        [],
        [
            N("Life vests, TIS not required", "life_jacket", waive=("Thai Industrial Standard",)),
            U("Boat canopy canvas", "canvas; nobody in the set weaves it", "canopy_canvas"),
        ],
    ),
]


# ------------------------------------------------------------------ checks

ID_RE = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
CERT_NAMES = {c.name: c for c in CERTIFICATIONS}


def thai_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    return sum(1 for ch in letters if THAI_LETTER.match(ch)) / len(letters) if letters else 0.0


def latin_only(text: str) -> bool:
    return not THAI_LETTER.search(text) and all(ch.isascii() or not ch.isalpha() for ch in text)


def names_certification(text: str, name: str) -> bool:
    """Whether `text` mentions the certification at all (affirmed or negated)."""
    cert = CERT_NAMES[name]
    folded = unicodedata.normalize("NFKC", text).casefold()
    spellings = (cert.name, cert.full_name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
    return any(unicodedata.normalize("NFKC", s).casefold() in folded for s in spellings)


def qualified_suppliers(need: Need, buyer: Sme, smes: list[Sme]) -> list[str]:
    return [
        sme.id
        for sme in smes
        if sme.id != buyer.id
        and any(label in need.labels for _, label in sme.offers)
        and set(need.requires) <= canonical_certifications(sme.certifications)
    ]


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [sme.id for sme in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if sorted(ids) != [f"{ID_PREFIX}-{n:03d}" for n in range(1, N_PROFILES + 1)]:
        errors.append(f"ids are not {ID_PREFIX}-001 ... {ID_PREFIX}-{N_PROFILES:03d}")
    offered_by: dict[str, set[str]] = {}
    for sme in smes:
        for _, label in sme.offers:
            offered_by.setdefault(label, set()).add(sme.id)
    offer_texts = {text for sme in smes for text, _ in sme.offers}
    for sme in smes:
        where = sme.id
        if not ID_RE.match(sme.id):
            errors.append(f"{where}: malformed id")
        if not sme.name.strip():
            errors.append(f"{where}: empty name")
        if sme.sub_cluster not in {s.value for s in SubCluster}:
            errors.append(f"{where}: bad sub_cluster {sme.sub_cluster!r}")
        if sme.stage not in {s.value for s in Stage}:
            errors.append(f"{where}: bad stage {sme.stage!r}")
        if resolve_province(sme.province) is None:
            errors.append(f"{where}: unknown province {sme.province!r}")
        for cert in sme.certifications:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not a canonical taxonomy name")
        if len(set(sme.certifications)) != len(sme.certifications):
            errors.append(f"{where}: repeated certification")
        for tag in sme.bcg:
            if tag not in {b.value for b in BcgTag}:
                errors.append(f"{where}: bad bcg tag {tag!r}")
        if not EMAIL_RE.match(sme.email):
            errors.append(f"{where}: bad email {sme.email!r}")
        if sme.language not in ("th", "en"):
            errors.append(f"{where}: bad language {sme.language!r}")
        if len(sme.offers) > 3 or len(sme.needs) > 3 or not (sme.offers or sme.needs):
            errors.append(f"{where}: wants 0-3 offers and 0-3 needs, and at least one of them")
        phrases = [sme.name, *(text for text, _ in sme.offers), *(need.text for need in sme.needs)]
        for phrase in phrases:
            if phrase != phrase.strip() or not phrase or "  " in phrase:
                errors.append(f"{where}: untidy phrase {phrase!r}")
            if sme.language == "th" and thai_share(phrase) < 0.5:
                errors.append(f"{where}: Thai phrase is not mostly Thai letters: {phrase!r}")
            if sme.language == "en" and not latin_only(phrase):
                errors.append(f"{where}: English phrase has non-Latin letters: {phrase!r}")
        for text, label in sme.offers:
            if label not in LABELS:
                errors.append(f"{where}: unknown offer label {label!r}")
            if find_certifications(text) - set(sme.certifications):
                errors.append(f"{where}: offer {text!r} claims a certification the SME does not hold")
        for need in sme.needs:
            if need.text in offer_texts:
                errors.append(f"{where}: need {need.text!r} repeats an offer's wording")
            if not need.labels:
                errors.append(f"{where}: need {need.text!r} lists no labels")
            for cert in (*need.requires, *need.waives):
                if cert not in CERT_NAMES:
                    errors.append(f"{where}: need names unknown certification {cert!r}")
                elif not names_certification(need.text, cert):
                    errors.append(f"{where}: need {need.text!r} does not name {cert}")
            if set(need.requires) & set(need.waives):
                errors.append(f"{where}: need both requires and waives a certification")
            if find_certifications(need.text) != set(need.requires):
                errors.append(
                    f"{where}: need {need.text!r} asks for {sorted(find_certifications(need.text))}, "
                    f"labelled {sorted(need.requires)}"
                )
            suppliers = qualified_suppliers(need, sme, smes)
            if need.met:
                for label in need.labels:
                    if label not in LABELS:
                        errors.append(f"{where}: unknown need label {label!r}")
                    elif not offered_by.get(label, set()) - {sme.id}:
                        errors.append(f"{where}: label {label!r} is offered by no one but the buyer")
                if not suppliers:
                    errors.append(f"{where}: need {need.text!r} is marked met but has no qualified supplier")
            elif suppliers:
                errors.append(f"{where}: need {need.text!r} is marked unmet but {suppliers} qualify")
    return errors


# ------------------------------------------------------------------ outputs


def links_of(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs = {
        (supplier, buyer.id)
        for buyer in smes
        for need in buyer.needs
        if need.met
        for supplier in qualified_suppliers(need, buyer, smes)
    }
    return sorted(pairs)


def profile_json(sme: Sme) -> str:
    record = {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub_cluster,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [text for text, _ in sme.offers],
        "needs": [need.text for need in sme.needs],
        "certifications": list(sme.certifications),
        "bcg": list(sme.bcg),
        "contact_email": sme.email,
        "language": sme.language,
    }
    return json.dumps(record, ensure_ascii=False)


def counts(smes: list[Sme], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {sme.id: sme for sme in smes}
    needs = [need for sme in smes for need in sme.needs]
    met = [need for need in needs if need.met]
    suppliers_per_need = Counter(
        min(len(qualified_suppliers(need, sme, smes)), 4) for sme in smes for need in sme.needs if need.met
    )
    th_en = sum(1 for s, b in links if by_id[s].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for s, b in links if by_id[s].language == "en" and by_id[b].language == "th")
    cross = th_en + en_th
    regions = Counter(resolve_province(sme.province).region.value for sme in smes)  # type: ignore[union-attr]
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai / English", f"{sum(s.language == 'th' for s in smes)} / {sum(s.language == 'en' for s in smes)}"),
    ]
    rows += [(f"sub-cluster {sub.value}", str(sum(s.sub_cluster == sub.value for s in smes))) for sub in SubCluster]
    rows += [(f"stage {stage.value}", str(sum(s.stage == stage.value for s in smes))) for stage in Stage]
    rows += [(f"region {region}", str(regions[region])) for region in sorted(regions)]
    rows += [
        ("distinct provinces", str(len({resolve_province(s.province) for s in smes}))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        (
            "met needs with 1 / 2 / 3 / 4+ qualified suppliers",
            " / ".join(str(suppliers_per_need[k]) for k in (1, 2, 3, 4)),
        ),
        ("needs requiring a certification", str(sum(bool(n.requires) for n in needs))),
        ("needs waiving a certification", str(sum(bool(n.waives) for n in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.0%})" if links else "0"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[s].sub_cluster != by_id[b].sub_cluster for s, b in links)),
        ),
    ]
    return rows


def size_errors(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    by_id = {sme.id: sme for sme in smes}
    thai = sum(s.language == "th" for s in smes) / len(smes)
    if not THAI_SHARE_RANGE[0] <= thai <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {thai:.0%} outside {THAI_SHARE_RANGE}")
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        errors.append(f"{len(links)} links, want {LINK_RANGE}")
    cross = sum(by_id[s].language != by_id[b].language for s, b in links)
    if links and not CROSS_SHARE_RANGE[0] <= cross / len(links) <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {cross / len(links):.0%} outside {CROSS_SHARE_RANGE}")
    unmet = sum(not n.met for s in smes for n in s.needs)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        errors.append(f"{unmet} unmet needs, want {UNMET_RANGE}")
    return errors


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {key} | {value} |" for key, value in rows]
    return "\n".join(lines)


README = """# Blind evaluation set: plain registry entries, transport textiles

`eval/blind_plain_transport/` is a hand-labelled test set for the partner matcher. It checks how well the
matcher finds the true supplier-buyer pairs among {n} SME profiles written as plain registry entries (one short
phrase per offer or need) in wording the matcher has never seen, about half of the true links crossing
from Thai to English or back.

## Theme

Aviation, rail, bus, van and ferry textiles: airline and train blankets and pillows, headrest covers, seat
upholstery fabric with fire tests, cabin carpet and floor mats, crew and staff uniforms, amenity kits and
sleep masks, sick bags and napkins, laundries for airlines and trains, upcycling of retired seat covers and
life vests, life jackets and their cloth pouches, bus and van seat repair shops, and the mills, sewers, labs
and finishers that supply them; plus the ordinary upstream and midstream suppliers of the cluster (cotton,
hemp, silk, kapok, yarn, cloth, dyeing, sewing, waste collection).

## How it was written

By hand, by a writer who read only section 1 of the contracts (profiles JSONL version 1 and the links CSV),
`shared/taxonomy.py` with `shared/taxonomy_data/`, and the project's ruff settings; not the matcher, its
glossary, its tests, the other evaluation sets or the project's data. All data lives in `write.py`, which
checks it and writes the files below.

Each profile holds 0-3 offers and 0-3 needs, Thai profiles in Thai and English ones in English. The same
kind of goods is written many ways (local and regional names, trade words, brand names, abbreviations,
with and without quantities, prices, sizes and places), and a need is worded differently from the offers
that meet it. Hard but fair cases are included on purpose: a service versus the goods it works on (dyeing
the customer's cloth versus dyed cloth, sewing for others versus uniforms, seat repair versus seat fabric,
FR finishing versus FR fabric); waste and used goods versus new (retired seat covers, used uniforms, used
carpet, expired life vests); raw versus processed (cotton, yarn, cloth; hemp fibre, yarn, fabric; silk
yarn and silk fabric); finished goods described by their material or technique (a pouch of indigo-dyed
handwoven cotton is a pouch); fire-tested seat fabric for aircraft, trains and buses versus plain
upholstery; needs written as a wish, a bare noun or a question; refusals ("no synthetic indigo",
"not paper"); needs requiring a named certification and needs naming one only to waive it; and needs that
no one in the set meets.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is. Every need lists
the labels that would meet it and the certifications its text requires, or is marked as met by no one
with a short note. The pair `(supplier, buyer)` is a true link when some offer of the supplier carries a
label listed by one of the buyer's needs, and the supplier's certifications hold every certification that
need requires. A certification a need names only to waive it ("TIS not required") is not required. An SME
is never linked to itself. Shared words play no part; quantities, prices and places never decide a link.
The labels stay in `write.py`; the profiles carry none.

Before writing, the script checks that ids are unique and well formed, every contract field is valid
(provinces resolve with `resolve_province`, certifications with `resolve_certification`, sub-cluster,
stage and BCG values come from the taxonomy), every label a need lists is offered by someone other than the
buyer, every met need has a qualified supplier and every unmet one has none, a required or waived
certification is named in the need's text (and `find_certifications` reads exactly the required ones),
Thai phrases are mostly Thai letters and English ones Latin only, and the size targets hold. It writes
nothing if a check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_transport/write.py

## Files

- `write.py`: the data, the labels, the checks and the writer.
- `profiles.jsonl`: {n} profiles in the contract's JSONL version 1 format, ids `{first}` … `{last}`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def main() -> int:
    smes = sorted(SMES, key=lambda sme: sme.num)
    errors = check(smes)
    links = links_of(smes) if not errors else []
    if not errors:
        errors += size_errors(smes, links)
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        rows = counts(smes, links_of(smes))
        print(table(rows), file=sys.stderr)
        return 1
    rows = counts(smes, links)
    profiles = "".join(profile_json(sme) + "\n" for sme in smes)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    readme = README.format(n=len(smes), first=smes[0].id, last=smes[-1].id, table=table(rows))
    (HERE / "profiles.jsonl").write_text(profiles, encoding="utf-8", newline="\n")
    (HERE / "links.csv").write_text(out.getvalue(), encoding="utf-8", newline="\n")
    (HERE / "README.md").write_text(readme, encoding="utf-8", newline="\n")
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
