"""Write the hand-labelled evaluation set ``eval/blind_plain_rainwear/``.

Theme: umbrellas, parasols and rain gear, plus the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster. All data lives in this file. Run from the repository root:

    .venv/bin/python eval/blind_plain_rainwear/write.py

The script checks the data, then writes ``profiles.jsonl``, ``links.csv`` and ``README.md`` next to
itself and prints the counts table. It writes nothing when a check fails.

Every offer is an ``(text, label)`` pair; the label says what the thing is. Every need lists the
offer labels that would meet it and the certifications its text requires, or is marked as met by no
one with a short note. A pair (supplier, buyer) is a true link when some offer of the supplier
carries a label listed by one of the buyer's needs and the supplier holds every certification that
need requires. Labels live only in this file.
"""

from __future__ import annotations

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
    Region,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

PREFIX = "bum"
N_PROFILES = 95


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()  # canonical certification names the text asks for
    waives: tuple[str, ...] = ()  # named in the text only to say they are not needed
    unmet: str = ""  # why no one in the set meets it; empty for a met need
    wants: str = ""  # for an unmet need without labels: the label that would meet it


@dataclass(frozen=True)
class Sme:
    id: str
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(
    text: str,
    *labels: str,
    req: tuple[str, ...] = (),
    waive: tuple[str, ...] = (),
    unmet: str = "",
    wants: str = "",
) -> Need:
    return Need(text, labels, req, waive, unmet, wants)


HEMP, CIRC, SPORT = "hemp_natural_fibre", "circular_textile", "sportech"
AGC, AGI = "ageing_lifestyle_central", "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"

TIS = "Thai Industrial Standard"
OT = "Organic Thailand"


def sme(
    num: int,
    lang: str,
    name: str,
    where: tuple[str, str, str],
    mail: str,
    offers: list[Offer],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    sub_cluster, stage, province = where
    email = mail if "@" in mail else f"{mail}@example.co.th"
    return Sme(
        f"{PREFIX}-{num:03d}", lang, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg
    )


# ------------------------ data, part 1: the Bo Sang and natural-fibre chain

PART_1 = [
    sme(
        1,
        "th",
        "ร่มบ่อสร้าง ป้าคำ",
        (HEMP, DOWN, "Chiang Mai"),
        "pakham.bosang",
        [o("จ้องกระดาษสาทาน้ำมัน 10-40 นิ้ว", "paper_parasol"), o("ร่มผ้าฝ้ายเขียนลายดอกไม้", "cotton_parasol")],
        [
            n("ซี่ร่มไม้ไผ่เหลาสำเร็จ พร้อมประกอบ", "bamboo_umbrella_frame"),
            n("หัวจ้อง ตุ้มจ้อง ไม้กลึง 500 ชุด", "wooden_umbrella_hub"),
        ],
        certs=("OTOP 5 stars",),
        bcg=("bio",),
    ),
    sme(
        2,
        "en",
        "Saa Paper Lanna Co., Ltd.",
        (HEMP, MID, "Chiang Mai"),
        "sales@saapaperlanna.example",
        [o("mulberry paper sheets 60 x 90 cm", "sa_paper"), o("hand-dyed saa paper, 20 colours", "sa_paper")],
        [n("dried paper-mulberry bark, 1 t per month", "mulberry_bark")],
        bcg=("bio", "green"),
    ),
    sme(
        3,
        "th",
        "กลุ่มปลูกปอสา บ้านน้ำเกี๋ยน",
        (HEMP, UP, "Nan"),
        "posa.namkian",
        [o("เปลือกปอสาตากแห้ง ขายยกกระสอบ", "mulberry_bark")],
        [],
        bcg=("bio",),
    ),
    sme(
        4,
        "th",
        "สวนไผ่แม่ทะ",
        (HEMP, UP, "Lampang"),
        "suanphai.maetha",
        [o("ไผ่ซางลำแก่ 3 ปี ยาว 6 เมตร", "bamboo_culm"), o("ไผ่รวกตัดท่อน มัดละ 50 ลำ", "bamboo_culm")],
        [
            n(
                "อยากได้สารกันมอดไม้ไผ่ แบบไม่อันตราย",
                unmet="no one in the set sells a bamboo preservative",
                wants="bamboo_preservative",
            )
        ],
        bcg=("bio",),
    ),
    sme(
        5,
        "en",
        "Lanna Parasol Frames",
        (HEMP, MID, "Chiang Mai"),
        "lannaframes",
        [
            o("bamboo parasol frames, unpapered, 16-36 in", "bamboo_umbrella_frame"),
            o("turned wooden top notches and runners", "wooden_umbrella_hub"),
        ],
        [n("Pai Sang poles, mature, min. 300 poles", "bamboo_culm")],
        bcg=("bio",),
    ),
    sme(
        6,
        "th",
        "ร้านเจริญเคมีภัณฑ์ สันกำแพง",
        (HEMP, UP, "Chiang Mai"),
        "charoen.chem",
        [o("น้ำมันตังอิ๊ว แบ่งขาย ลิตรละ 180 บาท", "tung_oil"), o("ยางมะพลับหมัก ปี๊บ 20 ลิตร", "persimmon_tannin")],
        [],
    ),
    sme(
        7,
        "en",
        "Bo Sang Heritage Parasols",
        (HEMP, DOWN, "Chiang Mai"),
        "heritage.parasols",
        [
            o("hand-painted cotton parasols, Lanna motifs", "cotton_parasol"),
            o("we paint your own umbrellas: names, logos", "umbrella_painting_service"),
        ],
        [
            n("bleached cotton cloth 44 in wide for canopies", "white_cotton_fabric"),
            n("wood oil for proofing canopies", "tung_oil"),
        ],
        certs=("OTOP",),
    ),
    sme(
        8,
        "th",
        "ร้านของฝากกาดหลวง",
        (HEMP, DOWN, "Chiang Mai"),
        "kadluang.gift",
        [],
        [
            n("ร่มบ่อสร้างคละลาย ส่งทุกเดือน", "paper_parasol", "cotton_parasol"),
            n("ถุงย่ามสีคราม ผ้าฝ้าย", "indigo_cotton_bag"),
        ],
    ),
    sme(
        9,
        "en",
        "Ping River Boutique Resort",
        (HEMP, DOWN, "Chiang Mai"),
        "purchasing@pingriverresort.example",
        [],
        [
            n("large oiled-paper parasols for lobby decor", "paper_parasol"),
            n("guest umbrellas printed with our logo", "straight_umbrella"),
        ],
    ),
    sme(
        10,
        "th",
        "โรงกลึงไม้ ด้ามร่มลำปาง",
        (HEMP, MID, "Lampang"),
        "teak.handle",
        [
            o("ด้ามร่มไม้สักกลึง ขัดเงา", "carved_wood_handle"),
            o("ด้ามไม้ไผ่ดัดโค้ง สำหรับร่มยาว", "bamboo_handle"),
            o("หัวร่ม ตุ้มร่ม ไม้เนื้อแข็ง", "wooden_umbrella_hub"),
        ],
        [
            n(
                "ไม้สักเก่ารื้อบ้าน หน้า 2 นิ้วขึ้นไป",
                unmet="no one in the set sells reclaimed timber",
                wants="reclaimed_teak",
            )
        ],
        certs=("FSC",),
    ),
    sme(
        11,
        "th",
        "กลุ่มปลูกกัญชงชาวม้ง บ้านรวมไทย",
        (HEMP, UP, "Tak"),
        "hemp.ruamthai",
        [o("เปลือกกัญชงลอกตากแห้ง", "hemp_bast"), o("ด้ายกัญชงเข็นมือ ม้วนละ 100 กรัม", "hemp_yarn")],
        [],
        certs=(OT,),
        bcg=("bio",),
    ),
    sme(
        12,
        "en",
        "Hmong Hemp Weavers",
        (HEMP, MID, "Chiang Mai"),
        "hmonghemp",
        [
            o("handwoven hemp cloth, natural, 35 cm wide", "hemp_fabric"),
            o("batik hemp yardage, beeswax resist and indigo", "hemp_fabric"),
        ],
        [n("hemp thread for backstrap looms", "hemp_yarn"), n("natural indigo paste (hom)", "indigo_paste")],
        bcg=("bio",),
    ),
    sme(
        13,
        "th",
        "กลุ่มปลูกครามบ้านนาคำ",
        (AGI, UP, "Sakon Nakhon"),
        "khram.nakham",
        [o("เนื้อครามเปียก กก.ละ 250 บาท", "indigo_paste")],
        [n("เส้นฝ้ายปั่นมือ เส้นเล็ก สำหรับทอ", "handspun_cotton_yarn")],
        certs=(OT,),
        bcg=("bio",),
    ),
    sme(
        14,
        "th",
        "ห้องย้อมครามสกล",
        (AGI, MID, "Sakon Nakhon"),
        "hongyom.sakon",
        [
            o("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 10 หลา", "indigo_dyeing_service"),
            o("ผ้าฝ้ายย้อมครามธรรมชาติ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
        ],
        [
            n("สีครามหมักพร้อมใช้ ปีละ 2 ตัน", "indigo_paste"),
            n("ผ้าฝ้ายทอมือสีขาวนวล ยังไม่ย้อม ไม่ต้องมีตราเกษตรอินทรีย์", "cotton_grey_fabric", waive=(OT,)),
        ],
        bcg=("bio",),
    ),
    sme(
        15,
        "en",
        "Isan Loom Cotton",
        (AGI, MID, "Khon Kaen"),
        "isanloom",
        [
            o("handwoven cotton, unbleached, 1 m wide", "cotton_grey_fabric"),
            o("indigo cotton tote bags", "indigo_cotton_bag"),
        ],
        [
            n("indigo dyeing of our cloth, about 100 m a month", "indigo_dyeing_service"),
            n("native hand-spun cotton yarn, Organic Thailand only", "handspun_cotton_yarn", req=(OT,)),
        ],
    ),
    sme(
        16,
        "th",
        "กลุ่มฝ้ายเข็นมือภูเรือ",
        (AGI, UP, "Loei"),
        "faikhen.phuruea",
        [o("ฝ้ายเข็นมือ ฝ้ายพื้นเมืองสีตุ่น", "handspun_cotton_yarn"), o("ปุยฝ้ายดีดแล้ว ถุงละ 1 กก.", "cotton_fibre")],
        [],
        certs=("เกษตรอินทรีย์",),
        bcg=("bio",),
    ),
    sme(
        17,
        "th",
        "ร่มเพ้นท์งานแต่ง เชียงใหม่",
        (HEMP, DOWN, "Chiang Mai"),
        "rompaint.cm",
        [
            o("รับเขียนลายร่มของลูกค้า ชื่อบ่าวสาว", "umbrella_painting_service"),
            o("พัดกระดาษสาเพ้นท์ลาย ของชำร่วย", "paper_fan"),
        ],
        [n("จ้องเปล่า ยังบ่เขียนลาย ขนาด 20 นิ้ว", "paper_parasol")],
    ),
    sme(
        18,
        "en",
        "Little Favours Wedding Supply",
        (AGC, DOWN, "Bangkok"),
        "hello@littlefavours.example",
        [],
        [
            n("mini paper umbrellas for wedding favours, 500 pcs", "paper_parasol"),
            n("can someone hand-paint couples' names on parasols?", "umbrella_painting_service"),
        ],
    ),
    sme(
        19,
        "th",
        "โรงงานร่มสันกำแพง",
        (HEMP, DOWN, "Chiang Mai"),
        "sankamphaeng.umbrella",
        [o("ร่มกระดาษสาเคลือบน้ำมัน ส่งออก", "paper_parasol"), o("ร่มสนามผ้าฝ้ายบ่อสร้าง กว้าง 2 ม.", "patio_umbrella")],
        [
            n("ผ้าดิบหน้ากว้าง 60 นิ้ว", "cotton_grey_fabric"),
            n("ซี่ไม้ไผ่พร้อมหัวร่ม", "bamboo_umbrella_frame"),
            n("น้ำยางพลับทาหน้าร่ม", "persimmon_tannin"),
        ],
        certs=("OTOP",),
    ),
    sme(
        20,
        "en",
        "Nimman Concept Store",
        (HEMP, DOWN, "Chiang Mai"),
        "shop@nimmanconcept.example",
        [],
        [
            n("hemp pouches and bags, GOTS not required", "hemp_bag", waive=("GOTS",)),
            n("weatherproof cotton-duck rucksacks", "canvas_bag"),
        ],
    ),
]

# ------------------------ data, part 2: waterproof fabric, rainwear, circular

PART_2 = [
    sme(
        21,
        "en",
        "EastPoly Filament Co., Ltd.",
        (SPORT, UP, "Rayong"),
        "sales@eastpoly.example",
        [
            o("nylon 6 FDY 70D/24F", "nylon_filament_yarn"),
            o("polyester DTY 75D/36F, semi-dull", "polyester_filament_yarn"),
        ],
        [],
        certs=("ISO 9001", "OEKO-TEX Standard 100"),
    ),
    sme(
        22,
        "th",
        "โรงทอผ้าร่ม มหาชัย",
        (SPORT, MID, "Samut Sakhon"),
        "phaerom.mahachai",
        [o("ผ้าร่มไนลอน 190T ผ้าดิบยังไม่เคลือบ", "synthetic_taffeta"), o("ผ้าพองกีโพลีเอสเตอร์ หน้า 58 นิ้ว", "synthetic_taffeta")],
        [n("เส้นใยฟิลาเมนต์ไนลอนหรือโพลีฯ เกรดใหม่ ไม่เอารีไซเคิล", "nylon_filament_yarn", "polyester_filament_yarn")],
    ),
    sme(
        23,
        "en",
        "Siam Coating Works",
        (SPORT, MID, "Samut Prakan"),
        "siamcoating",
        [
            o("PU coating on customer fabric, MOQ 1,000 m", "pu_coating_service"),
            o("PU-coated 210D oxford, 3000 mm head", "pu_coated_fabric"),
        ],
        [n("greige nylon 190T rolls", "synthetic_taffeta"), n("polyurethane for our knife-over-roll line", "pu_resin")],
        certs=("bluesign", "ISO 9001"),
    ),
    sme(
        24,
        "th",
        "ไทยลามิเนต เทค",
        (SPORT, MID, "Chonburi"),
        "thailaminate",
        [
            o("ผ้าลามิเนตเมมเบรน TPU กันน้ำ ระบายอากาศ 10K", "laminated_membrane_fabric"),
            o("เทปซีลตะเข็บ TPU กว้าง 22 มม.", "seam_tape"),
        ],
        [n("ผ้าโพลีเอสเตอร์ทอเรียบ ยังไม่ผ่านการเคลือบ สำหรับลามิเนต", "synthetic_taffeta", "recycled_taffeta")],
        certs=("Oeko-Tex 100",),
    ),
    sme(
        25,
        "th",
        "ร้านรับซีลตะเข็บ บางบอน",
        (SPORT, MID, "Bangkok"),
        "seamseal.bangbon",
        [o("รับซีลตะเข็บเสื้อกันฝนด้วยลมร้อน", "seam_taping_service")],
        [
            n("เทปกันน้ำ 3 ชั้น ม้วน 100 หลา", "seam_tape"),
            n(
                "หาเครื่องซีลลมร้อนมือสอง ใครมีบ้าง",
                unmet="no one in the set sells machinery",
                wants="seam_sealing_machine",
            ),
        ],
    ),
    sme(
        26,
        "en",
        "ChemPro Textile Auxiliaries",
        (SPORT, UP, "Samut Prakan"),
        "chempro",
        [
            o("fluorine-free water repellent, C0", "water_repellent_agent"),
            o("aliphatic PU resin for coating", "pu_resin"),
        ],
        [],
        certs=("bluesign", "ISO 14001"),
        bcg=("green",),
    ),
    sme(
        27,
        "en",
        "AquaShield Finishing",
        (SPORT, MID, "Pathum Thani"),
        "aquashield",
        [
            o("DWR re-proofing of finished jackets and tents", "dwr_finishing_service"),
            o("water-repellent finish on your fabric rolls", "dwr_finishing_service"),
        ],
        [n("PFC-free DWR chemistry, bluesign approved, 200 kg drums", "water_repellent_agent", req=("bluesign",))],
        bcg=("green",),
    ),
    sme(
        28,
        "th",
        "ชุดกันฝน ฟ้าใส",
        (SPORT, DOWN, "Bangkok"),
        "fasai.rainwear",
        [
            o("ชุดกันฝนเสื้อ+กางเกง ขี่มอไซค์ มีแถบสะท้อนแสง", "rain_suit"),
            o("เสื้อกันฝนค้างคาว ผ้าร่ม", "poncho"),
        ],
        [
            n("ผ้ากันน้ำ PVC หรือ PU เป็นม้วน", "pvc_coated_fabric", "pu_coated_fabric"),
            n("แถบสะท้อนแสงเย็บติด 2 นิ้ว", "reflective_tape"),
        ],
        certs=("มอก.",),
    ),
    sme(
        29,
        "en",
        "Reflecta Trims",
        (SPORT, MID, "Bangkok"),
        "reflecta",
        [
            o("retro-reflective tape 5 cm, sew-on", "reflective_tape"),
            o("waterproof coil zippers No. 5", "waterproof_zipper"),
            o("brass grommets #10 with washers", "grommets"),
        ],
        [],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        30,
        "th",
        "รับเย็บชุดกันฝน นครปฐม",
        (SPORT, MID, "Nakhon Pathom"),
        "cmt.rainwear.np",
        [o("รับตัดเย็บเสื้อกันฝน ใช้ผ้าของลูกค้า", "cmt_sewing_service")],
        [n("จ้างเหมาติดเทปตะเข็บ คิดเป็นตัว", "seam_taping_service"), n("ซิปกันน้ำ เบอร์ 5", "waterproof_zipper")],
    ),
    sme(
        31,
        "en",
        "Swift Rider Delivery Co., Ltd.",
        (SPORT, DOWN, "Bangkok"),
        "procurement@swiftrider.example",
        [],
        [
            n("two-piece rain suits for 2,000 riders, TIS marked", "rain_suit", req=(TIS,)),
            n("rain covers for delivery backpacks", "bag_rain_cover"),
            n(
                "rider rainwear from an SA8000 audited factory",
                "rain_suit",
                "raincoat",
                req=("SA8000",),
                unmet="no rainwear maker in the set holds SA8000",
            ),
        ],
    ),
    sme(
        32,
        "th",
        "บริษัท ทันใจ โลจิสติกส์ จำกัด",
        (SPORT, DOWN, "Bangkok"),
        "tanjai.logistics",
        [],
        [
            n("ชุดลุยฝนแยกเสื้อ-กางเกง สำหรับพนักงานส่งของ", "rain_suit"),
            n("รองเท้ายางหุ้มข้อกันลื่น ต้องมี มอก.", "rain_boots", req=(TIS,)),
            n("ถุงคลุมกล่องท้ายรถ กันฝน", "bag_rain_cover"),
        ],
    ),
    sme(
        33,
        "en",
        "Doi Trail Outdoor",
        (SPORT, DOWN, "Chiang Mai"),
        "doitrail",
        [o("packable rain jackets, 10K membrane", "rain_jacket")],
        [
            n(
                "3-layer waterproof breathable fabric, bluesign only",
                "laminated_membrane_fabric",
                req=("bluesign",),
                unmet="the only laminator in the set holds OEKO-TEX, not bluesign",
            ),
            n("small-batch sewing with taped seams", "cmt_sewing_service"),
        ],
    ),
    sme(
        34,
        "th",
        "ร้านรับซื้อขวดเพ็ท เจริญทรัพย์",
        (CIRC, UP, "Samut Sakhon"),
        "khuadpet.charoensap",
        [o("ขวดเพ็ทใส อัดก้อน", "used_pet_bottles"), o("เกล็ดเพ็ทล้างร้อน", "pet_flakes")],
        [],
        bcg=("circular",),
    ),
    sme(
        35,
        "en",
        "ReThread Recycled Yarns",
        (CIRC, UP, "Rayong"),
        "rethread",
        [o("rPET filament yarn 75D, GRS", "recycled_polyester_yarn")],
        [n("hot-washed clear flake", "pet_flakes"), n("post-consumer bottles in bales", "used_pet_bottles")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        36,
        "th",
        "โรงทอผ้ารีไซเคิล บางพลี",
        (CIRC, MID, "Samut Prakan"),
        "rtaffeta.bangphli",
        [o("ผ้าร่มรีไซเคิลจากขวดพลาสติก 100%", "recycled_taffeta")],
        [n("เส้นด้ายรีไซเคิล มีใบรับรอง GRS", "recycled_polyester_yarn", req=("GRS",))],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        37,
        "en",
        "Rainloop",
        (CIRC, DOWN, "Bangkok"),
        "hi@rainloop.example",
        [o("rain ponchos made from old bottles", "poncho"), o("kids' raincoats, recycled polyester", "kids_raincoat")],
        [
            n("recycled taffeta, GRS certified", "recycled_taffeta", req=("GRS",)),
            n("need our recycled cloth coated with polyurethane", "pu_coating_service"),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        38,
        "th",
        "รับซื้อไวนิลเก่า บางขุนเทียน",
        (CIRC, UP, "Bangkok"),
        "vinylkao",
        [o("ป้ายไวนิลใช้แล้ว ล้างสะอาด ขายเป็นกิโล", "used_vinyl_banner"), o("ผ้าใบเก่า ผ้าเต็นท์ใช้แล้ว", "used_tarpaulin")],
        [],
        bcg=("circular",),
    ),
    sme(
        39,
        "en",
        "Second Canvas Studio",
        (CIRC, DOWN, "Bangkok"),
        "secondcanvas",
        [
            o("tote bags cut from old billboard vinyl", "upcycled_bag"),
            o("laptop sleeves from retired truck tarps", "upcycled_bag"),
        ],
        [
            n("used PVC billboard sheets", "used_vinyl_banner"),
            n("heavy-duty sewing of our cut panels", "cmt_sewing_service"),
            n("eyelets for bag corners", "grommets"),
        ],
        bcg=("circular",),
    ),
    sme(
        40,
        "th",
        "โรงงานผ้าใบ ปทุมธานี",
        (SPORT, MID, "Pathum Thani"),
        "phaibai.pathum",
        [
            o("ผ้าใบ PVC ม้วน หน้ากว้าง 2 ม.", "pvc_coated_fabric"),
            o("ผ้าใบคลุมของ ตอกตาไก่ 4x6 ม.", "tarpaulin_sheet"),
            o("เศษผ้าใบ PVC จากการตัด ขายเหมา", "pvc_offcuts"),
        ],
        [n("ตาไก่ทองเหลือง เบอร์ 10", "grommets")],
        bcg=("circular",),
    ),
    sme(
        41,
        "en",
        "Umbrella Again",
        (CIRC, DOWN, "Nonthaburi"),
        "umbrellaagain",
        [
            o("pouches sewn from old umbrella canopies", "upcycled_bag"),
            o("umbrella fixing: ribs, runners, springs, canopies", "umbrella_repair_service"),
        ],
        [n("broken umbrellas, any size, by the kilo", "used_umbrellas"), n("PVC scraps, min 50 kg", "pvc_offcuts")],
        bcg=("circular",),
    ),
    sme(
        42,
        "th",
        "ร้านรับซื้อของเก่า ปากเกร็ด",
        (CIRC, UP, "Nonthaburi"),
        "khongkao.pakkret",
        [o("ร่มเสียร่มพัง คัดแยกแล้ว ขายเหมา", "used_umbrellas"), o("เต็นท์พัง ฟลายชีทเก่า", "used_tarpaulin")],
        [],
        bcg=("circular",),
    ),
    sme(
        43,
        "th",
        "โรงงานรองเท้าบูทยาง หาดใหญ่",
        (SPORT, DOWN, "Songkhla"),
        "boot.hatyai",
        [o("รองเท้าบูทยางพารา ครึ่งแข้ง เบอร์ 9-12", "rain_boots"), o("บูทยางสั้น ใส่ตัดยาง", "rain_boots")],
        [n("น้ำยางข้น 60% ส่งเป็นถัง", "concentrated_latex")],
        certs=("มอก.",),
        bcg=("bio",),
    ),
    sme(
        44,
        "th",
        "สหกรณ์กองทุนสวนยาง ย่านตาขาว",
        (SPORT, UP, "Trang"),
        "rubbercoop.yantakhao",
        [o("น้ำยางสด ส่งโรงงานทุกวัน", "field_latex"), o("น้ำยางข้นเปอร์เซ็นต์เนื้อยาง 60", "concentrated_latex")],
        [n("ชุดลุยฝนสองชิ้น สำหรับคนตัดยาง", "rain_suit"), n("รองเท้าบู๊ตใส่เข้าสวน", "rain_boots")],
        bcg=("bio",),
    ),
    sme(
        45,
        "en",
        "PrintPro Umbrella Branding",
        (SPORT, MID, "Bangkok"),
        "printpro",
        [o("logo printing on umbrellas and ponchos, 1-4 colours", "logo_printing_service")],
        [
            n(
                "plain umbrellas to brand, 23-30 in, OEKO-TEX nice to have",
                "straight_umbrella",
                "folding_umbrella",
                waive=("OEKO-TEX Standard 100",),
            )
        ],
    ),
]


# ------------------------ data, part 3: umbrellas, tarps, boots and their buyers

PART_3 = [
    sme(
        46,
        "th",
        "ร้านผ้าคลุมรถ ติวานนท์",
        (SPORT, DOWN, "Nonthaburi"),
        "phakhlum.tiwanon",
        [o("ผ้าคลุมมอเตอร์ไซค์ กันน้ำ กันแดด", "fitted_cover"), o("รับตัดผ้าคลุมเครื่องจักรตามขนาด", "fitted_cover")],
        [n("ผ้าออกซ์ฟอร์ดเคลือบพียู ยกม้วน", "pu_coated_fabric"), n("ผ้าใบพีวีซีหนา 0.5 มม.", "pvc_coated_fabric")],
    ),
    sme(
        47,
        "en",
        "Andaman Dry Bags",
        (SPORT, DOWN, "Krabi"),
        "andamandrybags",
        [o("roll-top dry bags 5-30 L", "dry_bag"), o("waterproof phone pouches with lanyard", "dry_bag")],
        [
            n("500D tarpaulin fabric for RF welding", "pvc_coated_fabric"),
            n("printing our logo on finished bags", "logo_printing_service"),
        ],
    ),
    sme(
        48,
        "en",
        "Kata Bay Resort & Spa",
        (SPORT, DOWN, "Phuket"),
        "purchasing@katabay.example",
        [o("retired beach umbrellas, free pick-up", "used_umbrellas")],
        [
            n("pool parasols 3 m, anti-UV", "patio_umbrella"),
            n("navy stick umbrellas for guests", "straight_umbrella"),
            n("dry sacks for island-hopping guests", "dry_bag"),
        ],
        bcg=("circular",),
    ),
    sme(
        49,
        "th",
        "โรงแรมริมน้ำ เจริญกรุง",
        (AGC, DOWN, "Bangkok"),
        "riverside.charoenkrung",
        [],
        [
            n("ร่มยาวพิมพ์โลโก้โรงแรม 200 คัน", "straight_umbrella"),
            n("ร่มกอล์ฟของโรงแรมพัง ต้องการช่างซ่อม", "umbrella_repair_service"),
            n("ที่สวมรองเท้ากันเปียก ให้แขกใช้หน้าล็อบบี้", "shoe_rain_cover"),
        ],
    ),
    sme(
        50,
        "th",
        "โรงงานร่ม สยามร่มทอง",
        (SPORT, DOWN, "Samut Sakhon"),
        "siamromthong",
        [o("ร่มพับ 3 ตอน เปิดปิดออโต้", "folding_umbrella"), o("ร่มกอล์ฟ 30 นิ้ว ผ้าสองชั้น", "straight_umbrella")],
        [
            n("โครงร่มเหล็ก 8 ก้าน ชุบดำ โรงงานต้องมี ISO 9001", "umbrella_frame", req=("ISO 9001",)),
            n("ผ้าหน้าร่ม ม้วนละ 100 หลา", "synthetic_taffeta", "recycled_taffeta"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        51,
        "en",
        "Sampeng Umbrella Wholesale",
        (SPORT, DOWN, "Bangkok"),
        "sampeng.umbrella",
        [
            o("auto 3-fold umbrellas by the dozen", "folding_umbrella"),
            o("J-handle kids' umbrellas, cartoon prints", "kids_umbrella"),
        ],
        [n("spare ribs and springs for repairs", "umbrella_rib")],
    ),
    sme(
        52,
        "en",
        "Pattaya Hills Golf Club",
        (SPORT, DOWN, "Chonburi"),
        "proshop@pattayahills.example",
        [],
        [n("62 in double-canopy golf umbrellas", "straight_umbrella"), n("rain capes for caddies", "poncho")],
    ),
    sme(
        53,
        "th",
        "ร่มแม่ค้า อยุธยา",
        (SPORT, DOWN, "Ayutthaya"),
        "rommaekha.ayutthaya",
        [o("ร่มแม่ค้า 48 นิ้ว ผ้าใบ พร้อมขาตั้ง", "market_umbrella"), o("ร่มชายหาด 2 เมตร สีพื้น", "patio_umbrella")],
        [
            n("ชุดเสากับซี่ร่มขนาด 48 นิ้ว เหล็กกล่อง", "large_umbrella_frame"),
            n("ผ้าแคนวาสฝ้ายสีเขียวขี้ม้า ไม่เอาผ้าใบพีวีซี", "cotton_canvas"),
        ],
    ),
    sme(
        54,
        "th",
        "ชมรมแม่ค้าตลาดนัดบางแค",
        (AGC, DOWN, "Bangkok"),
        "talat.bangkhae",
        [],
        [
            n("ร่มขายของ ร่มสนามใหญ่ ราคาส่ง", "market_umbrella"),
            n("ผ้าฟางฟ้าขาว กางบังแดดบังฝนหน้าแผง", "tarpaulin_sheet"),
            n("มีใครรับเปลี่ยนผ้าร่มแม่ค้าไหม", "umbrella_repair_service"),
        ],
    ),
    sme(
        55,
        "en",
        "Outdoor Living Furniture Co.",
        (SPORT, DOWN, "Chonburi"),
        "outdoorliving",
        [o("3 x 3 m cantilever parasols, granite base", "patio_umbrella")],
        [
            n("aluminium frames for 3 m garden umbrellas", "large_umbrella_frame"),
            n(
                "solution-dyed acrylic awning canvas",
                unmet="no one in the set makes acrylic outdoor canvas",
                wants="acrylic_canvas",
            ),
        ],
    ),
    sme(
        56,
        "th",
        "กลุ่มทำกลดพระ บ้านหนองบัว",
        (AGI, DOWN, "Ubon Ratchathani"),
        "klod.nongbua",
        [o("กลดธุดงค์ พร้อมมุ้ง", "monk_umbrella"), o("ร่มสีกรักสำหรับพระสงฆ์", "monk_umbrella")],
        [n("ผ้าฝ้ายดิบหน้ากว้าง ทำผ้ากลด", "cotton_grey_fabric")],
        certs=("OTOP",),
    ),
    sme(
        57,
        "en",
        "Umbrella Frameworks (Thailand) Ltd.",
        (SPORT, MID, "Samut Prakan"),
        "frameworks",
        [
            o("steel and fibreglass frames for 21-30 in umbrellas", "umbrella_frame"),
            o("fibreglass ribs, spare, per 100", "umbrella_rib"),
        ],
        [n("galvanised steel wire 2 mm", unmet="no wire mill in the set", wants="steel_wire")],
        certs=("ISO 9001",),
    ),
    sme(
        58,
        "th",
        "ช่างอ้วนซ่อมร่ม วงเวียนใหญ่",
        (CIRC, DOWN, "Bangkok"),
        "changuan.somrom",
        [o("ซ่อมร่มทุกชนิด เปลี่ยนซี่ เปลี่ยนผ้า", "umbrella_repair_service"), o("ร่มมือสองซ่อมแล้ว ราคาถูก", "secondhand_umbrella")],
        [
            n("ก้านร่ม สปริง อะไหล่ร่ม ขายส่ง", "umbrella_rib"),
            n("ผ้าไว้เปลี่ยนหน้าร่มลูกค้า ตัดแบ่งขาย", "synthetic_taffeta", "recycled_taffeta"),
        ],
        bcg=("circular",),
    ),
    sme(
        59,
        "th",
        "โรงงานโครงร่มสนาม เศรษฐกิจ",
        (SPORT, MID, "Samut Sakhon"),
        "khrongrom.setthakit",
        [o("โครงร่มสนาม เสาอลูมิเนียม 2.5-3 ม.", "large_umbrella_frame"), o("โครงร่มแม่ค้า เหล็กชุบ", "large_umbrella_frame")],
        [],
    ),
    sme(
        60,
        "th",
        "โรงทอผ้าใบฝ้าย นครชัยศรี",
        (HEMP, MID, "Nakhon Pathom"),
        "canvas.nakhonchaisi",
        [o("ผ้าใบแคนวาสฝ้าย 12 ออนซ์ สีพื้น", "cotton_canvas"), o("ผ้าใบเคลือบแว็กซ์ กันน้ำ", "waxed_canvas")],
        [n("ขี้ผึ้งพาราฟิน สำหรับเคลือบผ้า", unmet="no one in the set sells wax", wants="paraffin_wax")],
    ),
    sme(
        61,
        "en",
        "Waxed Goods Bangkok",
        (HEMP, DOWN, "Bangkok"),
        "waxedgoods",
        [o("waxed canvas backpacks with rain flap", "canvas_bag")],
        [
            n("waxed cotton duck by the yard", "waxed_canvas"),
            n(
                "GOTS organic cotton canvas for a baby line",
                "cotton_canvas",
                req=("GOTS",),
                unmet="the only canvas mill in the set holds no GOTS",
            ),
        ],
    ),
    sme(
        62,
        "th",
        "ร้านสกรีนร่ม บางพลัด",
        (SPORT, MID, "Bangkok"),
        "screenrom.bangphlat",
        [o("รับสกรีนโลโก้บนร่ม เสื้อกันฝน", "logo_printing_service")],
        [n("หมึกสกรีนสำหรับผ้าไนลอน", unmet="no one in the set sells printing ink", wants="screen_ink")],
    ),
    sme(
        63,
        "th",
        "เสื้อกันฝนผู้สูงวัย ใส่ง่าย",
        (AGC, DOWN, "Nonthaburi"),
        "raincoat.elderly",
        [o("เสื้อกันฝนตัวยาว แป๊กเม็ดใหญ่ ใส่ง่าย", "raincoat"), o("ร่มไม้เท้า 2 in 1", "cane_umbrella")],
        [n("ผ้ากันน้ำน้ำหนักเบา เคลือบ PU", "pu_coated_fabric"), n("เย็บตามแบบ 300 ตัวต่อเดือน", "cmt_sewing_service")],
    ),
    sme(
        64,
        "th",
        "ปอนโชพัทยา",
        (SPORT, DOWN, "Chonburi"),
        "poncho.pattaya",
        [o("เสื้อกันฝนใช้แล้วทิ้ง แพ็คซอง", "disposable_poncho"), o("ปอนโชมีฮู้ด ผ้า PEVA", "poncho")],
        [n("ฟิล์ม PE ม้วน สำหรับขึ้นรูป", unmet="no film maker in the set", wants="pe_film")],
    ),
    sme(
        65,
        "en",
        "Stormline Rainwear",
        (SPORT, DOWN, "Bangkok"),
        "stormline",
        [
            o("motorcycle rain suits, jacket + pants, hi-vis", "rain_suit"),
            o("long raincoats for security guards", "raincoat"),
        ],
        [
            n("PVC-coated polyester, 0.3 mm", "pvc_coated_fabric"),
            n("hi-vis reflective trim for sleeves", "reflective_tape"),
            n("open-end zips, water-resistant, 60 cm", "waterproof_zipper"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        66,
        "th",
        "สหกรณ์การเกษตร อู่ทอง",
        (AGC, DOWN, "Suphan Buri"),
        "coop.uthong",
        [],
        [
            n("เสื้อกางเกงกันฝนใส่ดำนา ไม่ต้องมี มอก.", "rain_suit", waive=(TIS,)),
            n("รองเท้าบู๊ตลุยโคลน ใส่ดำนา", "rain_boots"),
            n("ผ้าใบตากข้าว 6x8 ม.", "tarpaulin_sheet"),
        ],
    ),
    sme(
        67,
        "th",
        "คลุมกระเป๋าดอทคอม",
        (SPORT, DOWN, "Bangkok"),
        "khlumkrapao",
        [o("ผ้าคลุมเป้กันฝน 20-40 ลิตร", "bag_rain_cover"), o("ถุงคลุมกล่องเดลิเวอรี่", "bag_rain_cover")],
        [n("ผ้าร่มเคลือบกันน้ำ สีสะท้อนแสง", "pu_coated_fabric"), n("จ้างเย็บผ้าคลุมเป้ เหมาทั้งล็อต", "cmt_sewing_service")],
    ),
    sme(
        68,
        "en",
        "AgriBoot Thailand",
        (SPORT, DOWN, "Nakhon Pathom"),
        "agriboot",
        [
            o("PVC gumboots, knee-high, sizes 38-46", "rain_boots"),
            o("anti-slip ankle rain shoes for seniors", "rain_boots"),
        ],
        [n("PVC compound pellets", unmet="no compounder in the set", wants="pvc_compound")],
    ),
    sme(
        69,
        "th",
        "บ้านพักผู้สูงอายุ สุขใจ ขอนแก่น",
        (AGI, DOWN, "Khon Kaen"),
        "sukjai.kk",
        [],
        [
            n("เสื้อกันฝนผู้สูงอายุ ถอดใส่ง่าย", "raincoat"),
            n("ร่มที่ด้ามเป็นไม้เท้าได้", "cane_umbrella"),
            n("รองเท้ากันลื่นใส่ลุยน้ำ", "rain_boots"),
        ],
    ),
    sme(
        70,
        "th",
        "กลุ่มสานงอบ อ่างทอง",
        (AGC, DOWN, "Ang Thong"),
        "ngob.angthong",
        [o("งอบใบลาน ทรงหัวโต", "rain_hat"), o("งอบเล็กขนาดพวงกุญแจ", "mini_ngob_souvenir")],
        [
            n("ใบลานแห้ง มัดใหญ่", unmet="no palm-leaf supplier in the set", wants="palm_leaf"),
            n("ไม้ไผ่ลำ สำหรับจักตอกเอง", "bamboo_culm"),
        ],
        certs=("OTOP",),
        bcg=("bio",),
    ),
]


# ------------------------ data, part 4: care, Isan, hemp goods, repair and the rest

PART_4 = [
    sme(
        71,
        "th",
        "ไม้เท้าร่ม ปลอดภัย",
        (AGC, DOWN, "Bangkok"),
        "maithaorom",
        [o("ร่มไม้เท้า ปลายยางกันลื่น", "cane_umbrella")],
        [
            n("ด้ามจับไม้ดัดโค้ง ไม้ต้องมี FSC", "carved_wood_handle", "bamboo_handle", req=("FSC",)),
            n("โครงร่มยาว 8 ซี่ ก้านไฟเบอร์", "umbrella_frame"),
        ],
    ),
    sme(
        72,
        "en",
        "Golden Years Care Home",
        (AGC, DOWN, "Nonthaburi"),
        "admin@goldenyears.example",
        [],
        [
            n("easy-on raincoats with big snaps, OEKO-TEX certified", "raincoat", req=("OEKO-TEX Standard 100",)),
            n("walking sticks that open into umbrellas", "cane_umbrella"),
        ],
    ),
    sme(
        73,
        "en",
        "Chao Phraya General Hospital",
        (AGC, DOWN, "Bangkok"),
        "supply@cpgh.example",
        [],
        [
            n("lend-out umbrellas for patients, 500 pcs", "straight_umbrella", "folding_umbrella"),
            n("single-use overshoes for rainy days", "disposable_shoe_cover"),
            n(
                "waterproof mattress covers, ISO 13485",
                req=("ISO 13485",),
                unmet="no one in the set makes mattress covers",
                wants="mattress_cover",
            ),
        ],
    ),
    sme(
        74,
        "th",
        "ถุงคลุมรองเท้ากันฝน บางนา",
        (AGC, DOWN, "Samut Prakan"),
        "shoecover.bangna",
        [
            o("ถุงคลุมรองเท้ากันน้ำ ซิลิโคน ใช้ซ้ำได้", "shoe_rain_cover"),
            o("ถุงหุ้มรองเท้า PE ใช้ครั้งเดียว แพ็ค 100", "disposable_shoe_cover"),
        ],
        [],
    ),
    sme(
        75,
        "th",
        "โรงเรียนบ้านโนนสูง",
        (AGI, DOWN, "Udon Thani"),
        "school.nonsung",
        [],
        [n("เสื้อกันฝนเด็กเล็ก ไซซ์ 3-6 ขวบ", "kids_raincoat")],
    ),
    sme(
        76,
        "en",
        "Mekong Wellness Retreat",
        (AGI, DOWN, "Nong Khai"),
        "stay@mekongwellness.example",
        [],
        [
            n("indigo cotton for spa robes, no synthetic dye", "indigo_dyed_cotton_fabric"),
            n("hand-painted cotton parasols, Bo Sang style", "cotton_parasol"),
        ],
    ),
    sme(
        77,
        "th",
        "โรงย้อมอุดร เท็กซ์ไทล์",
        (AGI, MID, "Udon"),
        "udontextile",
        [
            o("ผ้าฝ้ายโทนครามย้อมรีแอคทีฟ สีไม่ตก", "reactive_dyed_cotton_fabric"),
            o("รับย้อมผ้าสีเคมี ขั้นต่ำ 500 เมตร", "chemical_dyeing_service"),
            o("ผ้าฝ้ายฟอกขาว พร้อมย้อม", "white_cotton_fabric"),
        ],
        [n("ผ้าฝ้ายดิบ ยังไม่ฟอก หน้า 44 นิ้ว", "cotton_grey_fabric")],
    ),
    sme(
        78,
        "en",
        "Korat Farm Supply",
        (AGI, DOWN, "Korat"),
        "korat.farmsupply",
        [o("farm tarps cut to size, blue/white", "tarpaulin_sheet")],
        [n("farmers' rain hats (ngob), 200 pcs", "rain_hat")],
    ),
    sme(
        79,
        "th",
        "สหกรณ์ชาวนา ทุ่งกุลา",
        (AGI, DOWN, "Roi Et"),
        "coop.thungkula",
        [],
        [n("กุบใส่ทำนา กันแดดกันฝน", "rain_hat"), n("เสื้อคลุมกันฝนแบบสวมหัว ใส่ทำนา", "poncho")],
    ),
    sme(
        80,
        "en",
        "ReCanopy Materials",
        (CIRC, MID, "Chonburi"),
        "recanopy",
        [o("reclaimed canopy fabric from broken umbrellas, washed", "reclaimed_canopy_fabric")],
        [n("end-of-life umbrellas sorted by colour", "used_umbrellas")],
        bcg=("circular",),
    ),
    sme(
        81,
        "th",
        "กระเป๋าผ้าร่มรีไซเคิล เชียงใหม่",
        (CIRC, DOWN, "Chiang Mai"),
        "rombag.recycle",
        [o("กระเป๋าพับได้ ทำจากผ้าร่มเก่า", "upcycled_bag")],
        [n("ผ้าหน้าร่มมือสอง ถอดจากร่มพัง", "reclaimed_canopy_fabric"), n("รับเย็บกระเป๋าตามแพทเทิร์น", "cmt_sewing_service")],
        bcg=("circular",),
    ),
    sme(
        82,
        "en",
        "Mae Salong Hemp Goods",
        (HEMP, DOWN, "Chiang Rai"),
        "maesalonghemp",
        [o("hemp totes and sling bags, plant-dyed", "hemp_bag")],
        [
            n("loom-state hemp yardage", "hemp_fabric"),
            n("indigo paste, Fairtrade welcome but not required", "indigo_paste", waive=("Fairtrade",)),
        ],
        certs=("Fairtrade",),
        bcg=("bio",),
    ),
    sme(
        83,
        "en",
        "Siam Ethical Goods",
        (AGC, DOWN, "Bangkok"),
        "buying@siamethical.example",
        [],
        [
            n("Fairtrade certified hemp bags", "hemp_bag", req=("Fairtrade",)),
            n("Bo Sang cotton parasols, OTOP not required", "cotton_parasol", waive=("OTOP",)),
        ],
    ),
    sme(
        84,
        "th",
        "ผ้าหม้อห้อม แพร่",
        (HEMP, DOWN, "Phrae"),
        "mohom.phrae",
        [o("เสื้อม่อฮ่อม ผ้าฝ้ายย้อมห้อม", "indigo_garment"), o("กระเป๋าสะพายผ้าหม้อห้อม", "indigo_cotton_bag")],
        [n("ห้อมเปียก ส่งเป็นถัง", "indigo_paste"), n("ผ้าฝ้ายย้อมครามแท้ เป็นพับ", "indigo_dyed_cotton_fabric")],
        certs=("OTOP",),
    ),
    sme(
        85,
        "en",
        "Siam Airport Gifts",
        (AGC, DOWN, "Samut Prakan"),
        "airportgifts",
        [],
        [
            n("key-ring size ngob hats", "mini_ngob_souvenir"),
            n("Bo Sang parasols, 10 in, boxed, OTOP label required", "paper_parasol", "cotton_parasol", req=("OTOP",)),
        ],
    ),
    sme(
        86,
        "th",
        "ร้านสังฆภัณฑ์ เสาชิงช้า",
        (AGC, DOWN, "Bangkok"),
        "sangkhaphan.saochingcha",
        [],
        [n("ร่มถวายพระ ชุดสังฆทาน", "monk_umbrella")],
    ),
    sme(
        87,
        "en",
        "Andaman Island Tours",
        (SPORT, DOWN, "Phuket"),
        "ops@andamanislandtours.example",
        [],
        [
            n("disposable rain capes, 1,000 a month", "disposable_poncho"),
            n("waterproof bags for snorkel gear", "dry_bag"),
            n("renew water repellency on 40 guide shells", "dwr_finishing_service"),
        ],
    ),
    sme(
        88,
        "th",
        "กลุ่มประมงพื้นบ้าน ปัตตานี",
        (SPORT, DOWN, "Pattani"),
        "pramong.pattani",
        [],
        [
            n("ชุดยางกันน้ำหนาๆ ใส่ออกเล", "rain_suit"),
            n("ผ้าใบคลุมเรือหัวโทง ตัดตามลำ", "fitted_cover"),
            n("ปะชุดกันฝนที่ขาด", "rainwear_repair_service"),
        ],
    ),
    sme(
        89,
        "en",
        "Golden Triangle Hemp Yarn",
        (HEMP, MID, "Chiang Rai"),
        "gthempyarn",
        [o("machine-spun hemp yarn Nm 10", "hemp_yarn")],
        [
            n("sun-dried hemp bast, stripped by hand", "hemp_bast"),
            n("hemp seed for planting, low THC", unmet="no seed supplier in the set", wants="hemp_seed"),
        ],
        bcg=("bio",),
    ),
    sme(
        90,
        "th",
        "กระเป๋ากัญชงม้ง ดอยปุย",
        (HEMP, DOWN, "Chiang Mai"),
        "hempbag.doipui",
        [o("กระเป๋าผ้ากัญชงเขียนเทียน", "hemp_bag")],
        [n("ผ้าใยกัญชงทอมือ ลายบาติก", "hemp_fabric")],
        bcg=("bio",),
    ),
    sme(
        91,
        "en",
        "Surat Rubber Reclaim",
        (CIRC, UP, "Surat Thani"),
        "suratreclaim",
        [o("reclaimed rubber sheets from scrap", "reclaimed_rubber")],
        [n("worn-out rubber boots, any quantity", unmet="no one in the set collects old boots", wants="used_boots")],
        bcg=("circular",),
    ),
    sme(
        92,
        "en",
        "Hua Hin Heritage Hotel",
        (AGC, DOWN, "Prachuap Khiri Khan"),
        "purchasing@huahinheritage.example",
        [],
        [
            n(
                "silk parasols bearing the Peacock Emblem",
                req=("Thai Silk Peacock Emblem",),
                unmet="no one in the set makes silk parasols",
                wants="silk_parasol",
            ),
            n("repair of guest umbrellas, pick-up from Hua Hin", "umbrella_repair_service"),
        ],
    ),
    sme(
        93,
        "en",
        "River Kwai Jungle Rafts",
        (SPORT, DOWN, "Kanchanaburi"),
        "rafts@riverkwai.example",
        [],
        [
            n("leech socks for trekkers", unmet="no one in the set makes leech socks", wants="leech_socks"),
            n("single-use ponchos for raft guests", "disposable_poncho"),
            n("splash-proof sacks for cameras", "dry_bag"),
        ],
    ),
    sme(
        94,
        "en",
        "FixDry Repair Lab",
        (CIRC, MID, "Ratchaburi"),
        "fixdry",
        [
            o("raincoat and tent repair: patches, re-taping", "rainwear_repair_service"),
            o("re-waterproofing of worn jackets", "dwr_finishing_service"),
        ],
        [
            n("seam tape offcuts or short rolls", "seam_tape"),
            n("TPU film for hot-air patches", unmet="no film maker in the set", wants="tpu_film"),
        ],
        bcg=("circular",),
    ),
    sme(
        95,
        "th",
        "โฮมสเตย์ริมโขง นครพนม",
        (AGI, DOWN, "Nakhon Phanom"),
        "homestay.rimkhong",
        [],
        [
            n("ร่มผ้าฝ้ายบ่อสร้างแต่งสวน มีโอทอปยิ่งดี", "cotton_parasol", waive=("OTOP",)),
            n("ร่มกันแดดผ้าไหมมัดหมี่", unmet="no one in the set makes silk parasols", wants="silk_parasol"),
        ],
    ),
]


# ------------------------ checks, links, counts, output

SMES: list[Sme] = [*PART_1, *PART_2, *PART_3, *PART_4]

_THAI = re.compile("[\u0e00-\u0e7f]")
_EMAIL = re.compile(r"^[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
_ID = re.compile(rf"^{PREFIX}-\d{{3}}$")
_LABEL = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
CERT_BY_NAME = {c.name: c for c in CERTIFICATIONS}
SUB_CLUSTERS = [s.value for s in SubCluster]
STAGES = [s.value for s in Stage]
REGIONS = [r.value for r in Region]


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _phrase_regex(phrase: str, case_sensitive: bool) -> re.Pattern[str]:
    """A certification mention as a regex: any spacing inside, whole words on the Latin side."""
    parts = [p for p in re.split(r"[\s\-.]+", _nfkc(phrase)) if p]
    body = r"[\s\-.]*".join(r"\s*".join(re.escape(ch) for ch in part) for part in parts)
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", 0 if case_sensitive else re.IGNORECASE)


_CERT_REGEXES = {
    c.name: [
        *(_phrase_regex(m, False) for m in c.mentions),
        *(_phrase_regex(m, True) for m in c.case_sensitive_mentions),
        *(re.compile(_nfkc(p)) for p in c.patterns),
    ]
    for c in CERTIFICATIONS
}


def certs_named(text: str) -> set[str]:
    """Certifications whose name appears in the text, claimed, asked for or waived alike."""
    norm = _nfkc(text)
    return {name for name, regexes in _CERT_REGEXES.items() if any(r.search(norm) for r in regexes)}


def thai_share(text: str) -> float:
    thai = sum(1 for ch in text if _THAI.match(ch) and unicodedata.category(ch)[0] in "LM")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return thai / (thai + latin) if thai + latin else 0.0


def latin_only(text: str) -> bool:
    return not _THAI.search(text) and all(ch.isascii() for ch in text if ch.isalpha())


def held(s: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in s.certifications)


def qualified(need: Need, buyer: Sme, smes: list[Sme]) -> list[str]:
    """Ids of the SMEs (not the buyer) that offer a listed label and hold every required certification."""
    return [
        s.id
        for s in smes
        if s.id != buyer.id and any(of.label in need.labels for of in s.offers) and set(need.requires) <= held(s)
    ]


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs = {(sup, b.id) for b in smes for need in b.needs for sup in qualified(need, b, smes)}
    return sorted(pairs)


def check(smes: list[Sme], final: bool = True) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    expected = [f"{PREFIX}-{i:03d}" for i in range(1, len(smes) + 1)]
    if ids != expected:
        errors.append("ids are not bum-001 ... in order")
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for of in s.offers:
            offered_by.setdefault(of.label, set()).add(s.id)
    for s in smes:
        where = s.id
        if not _ID.match(s.id):
            errors.append(f"{where}: malformed id")
        if s.sub_cluster not in SUB_CLUSTERS:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in STAGES:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if not _EMAIL.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        for c in s.certifications:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        if len(set(held(s))) != len(s.certifications):
            errors.append(f"{where}: certification listed twice")
        for tag in s.bcg:
            if tag not in [t.value for t in BcgTag]:
                errors.append(f"{where}: bcg tag {tag!r}")
        if len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bcg tag listed twice")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        phrases = [s.name, *(of.text for of in s.offers), *(nd.text for nd in s.needs)]
        for phrase in phrases:
            if phrase != phrase.strip() or not phrase or "  " in phrase:
                errors.append(f"{where}: untidy phrase {phrase!r}")
            if s.lang == "th" and thai_share(phrase) < 0.6:
                errors.append(f"{where}: Thai phrase mostly not Thai: {phrase!r}")
            if s.lang == "en" and not latin_only(phrase):
                errors.append(f"{where}: English phrase not Latin only: {phrase!r}")
        if len({p.casefold() for p in phrases[1:]}) != len(phrases) - 1:
            errors.append(f"{where}: a phrase is repeated")
        for of in s.offers:
            if not _LABEL.match(of.label):
                errors.append(f"{where}: bad label {of.label!r}")
            for cert in certs_named(of.text) - held(s):
                errors.append(f"{where}: offer {of.text!r} names {cert}, which the SME does not hold")
        for nd in s.needs:
            tag = f"{where}: need {nd.text!r}"
            named = certs_named(nd.text)
            for cert in (*nd.requires, *nd.waives):
                if cert not in CERT_BY_NAME:
                    errors.append(f"{tag}: unknown certification {cert!r}")
            if set(nd.requires) & set(nd.waives):
                errors.append(f"{tag}: a certification both required and waived")
            if named != set(nd.requires) | set(nd.waives):
                errors.append(f"{tag}: names {sorted(named)}, declares {sorted({*nd.requires, *nd.waives})}")
            for label in nd.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    errors.append(f"{tag}: label {label!r} is offered by no one else")
            found = qualified(nd, s, smes)
            if nd.unmet:
                if found:
                    errors.append(f"{tag}: marked unmet but met by {found}")
                if not nd.labels and not nd.wants:
                    errors.append(f"{tag}: unmet need without labels must name the label it wants")
                if nd.wants and nd.wants in offered_by:
                    errors.append(f"{tag}: wants {nd.wants!r}, which {sorted(offered_by[nd.wants])} offer")
            else:
                if not found:
                    errors.append(f"{tag}: met by no one but not marked unmet")
                if nd.wants:
                    errors.append(f"{tag}: a met need lists no wanted label")
    if final:
        errors += check_targets(smes)
    return errors


def check_targets(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    stats = counts(smes)
    if len(smes) != N_PROFILES:
        errors.append(f"{len(smes)} profiles, want {N_PROFILES}")
    share_th = stats["th"] / len(smes)
    if not 0.52 <= share_th <= 0.58:
        errors.append(f"Thai share {share_th:.2f}, want about 0.55")
    if not 160 <= stats["links"] <= 180:
        errors.append(f"{stats['links']} links, want 160-180")
    cross = stats["th_to_en"] + stats["en_to_th"]
    if not 0.42 <= cross / max(1, stats["links"]) <= 0.58:
        errors.append(f"cross-language share {cross / max(1, stats['links']):.2f}, want about half")
    if not 18 <= stats["needs_unmet"] <= 22:
        errors.append(f"{stats['needs_unmet']} unmet needs, want about 20")
    if stats["needs_cert"] < 8 or stats["needs_waive"] < 5:
        errors.append("too few needs requiring or waiving a certification")
    sizes = [len(qualified(nd, s, smes)) for s in smes for nd in s.needs if not nd.unmet]
    if sum(1 for k in sizes if 1 <= k <= 3) < 0.7 * len(sizes):
        errors.append("fewer than 70 % of met needs have 1-3 suppliers")
    return errors


def counts(smes: list[Sme]) -> dict[str, int]:
    by_id = {s.id: s for s in smes}
    links = true_links(smes)
    needs = [nd for s in smes for nd in s.needs]
    c: dict[str, int] = {
        "profiles": len(smes),
        "th": sum(1 for s in smes if s.lang == "th"),
        "en": sum(1 for s in smes if s.lang == "en"),
        "provinces": len({resolve_province(s.province).name_en for s in smes if resolve_province(s.province)}),
        "offers": sum(len(s.offers) for s in smes),
        "offer_labels": len({of.label for s in smes for of in s.offers}),
        "needs": len(needs),
        "needs_met": sum(1 for nd in needs if not nd.unmet),
        "needs_unmet": sum(1 for nd in needs if nd.unmet),
        "needs_cert": sum(1 for nd in needs if nd.requires),
        "needs_waive": sum(1 for nd in needs if nd.waives),
        "links": len(links),
        "th_to_en": sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en"),
        "en_to_th": sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th"),
        "cross_sub": sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster),
    }
    for key, value in Counter(s.sub_cluster for s in smes).items():
        c[f"sub:{key}"] = value
    for key, value in Counter(s.stage for s in smes).items():
        c[f"stage:{key}"] = value
    for s in smes:
        province = resolve_province(s.province)
        if province is not None:
            c[f"region:{province.region.value}"] = c.get(f"region:{province.region.value}", 0) + 1
    return c


def counts_table(smes: list[Sme]) -> str:
    c = counts(smes)
    cross = c["th_to_en"] + c["en_to_th"]
    share = 100 * cross / max(1, c["links"])
    rows = [
        ("profiles", str(c["profiles"])),
        ("Thai / English", f"{c['th']} / {c['en']}"),
        *((f"sub-cluster `{k}`", str(c.get(f"sub:{k}", 0))) for k in SUB_CLUSTERS),
        *((f"stage `{k}`", str(c.get(f"stage:{k}", 0))) for k in STAGES),
        *((f"region `{k}`", str(c.get(f"region:{k}", 0))) for k in REGIONS),
        ("distinct provinces", str(c["provinces"])),
        ("offers", str(c["offers"])),
        ("distinct offer labels", str(c["offer_labels"])),
        ("needs", str(c["needs"])),
        ("needs met / met by no one", f"{c['needs_met']} / {c['needs_unmet']}"),
        ("needs requiring a certification", str(c["needs_cert"])),
        ("needs waiving a certification", str(c["needs_waive"])),
        ("true links", str(c["links"])),
        ("links Thai supplier -> English buyer", str(c["th_to_en"])),
        ("links English supplier -> Thai buyer", str(c["en_to_th"])),
        ("cross-language links (share)", f"{cross} ({share:.0f} %)"),
        ("within-language links", str(c["links"] - cross)),
        ("links between different sub-clusters", str(c["cross_sub"])),
    ]
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'measure'.ljust(width)} | count |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


def profile_json(s: Sme) -> str:
    record: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [of.text for of in s.offers],
        "needs": [nd.text for nd in s.needs],
    }
    if s.certifications:
        record["certifications"] = list(s.certifications)
    if s.bcg:
        record["bcg"] = list(s.bcg)
    record["contact_email"] = s.email
    record["language"] = s.lang
    return json.dumps(record, ensure_ascii=False)


README = """\
# `eval/blind_plain_rainwear`: umbrellas, parasols and rain gear, plain registry wording

## What the set checks

How well the matcher finds the true supplier-buyer pairs among SMEs of the Health and Wellness
Economy cluster when the offers and needs are written the way an SME database stores them (one short
phrase each) and in wording the matcher has never seen. The theme is umbrellas, parasols and rain
gear: Bo Sang paper and cotton parasols (*jong* in northern Thai), garden, beach and market umbrellas,
frames, ribs, hubs and handles, waterproof coated and laminated fabrics, seam taping, water-repellent
finishing, raincoats, rain suits and ponchos for riders, farmers and fishers, bag and shoe covers,
rubber boots, tarpaulins and fitted covers, repair of umbrellas and rainwear, souvenir shops, hotels,
care homes and delivery companies that buy, plus the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster.

The hard cases are deliberate: a service versus the goods it works on (indigo dyeing of the
customer's cloth versus indigo-dyed cloth; sewing for others versus finished rainwear; PU coating of
the customer's fabric versus coated fabric; seam taping versus seam tape); waste and used goods versus
new (old vinyl banners, used tarps, broken umbrellas, cutting scraps); raw versus processed (bark,
paper and parasol; hemp bast, yarn, cloth and bag; field latex versus concentrated latex; bottles,
flake, yarn and taffeta); finished goods named by their material or technique (a poncho of *pha rom*
is a poncho, an indigo cotton bag is a bag); a refusal of synthetic dye next to a reactive-dyed
look-alike; needs written as a wish, a bare noun phrase or a question; needs that require a named
certification, needs that name one only to waive it, and about twenty needs that no one in the set
meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile JSONL version 1 and the links
CSV), `shared/taxonomy.py` with its data files, and the ruff settings of `pyproject.toml`. The writer
did not read the matcher, the glossary, the tests, other evaluation sets or the project's data, and
did not run the matcher. About 55 % of the profiles are in Thai (Thai name, offers and needs), the
rest in English. Goods are named in many ways: regional words (northern *jong* and *hom*, Isan *kub*,
market Thai *rom mae kha*), trade words, abbreviations, with and without sizes, prices and minimum
orders. A need is usually worded differently from the offers that meet it, often in the other
language.

## How a link is decided

Every offer is a `(text, label)` pair in `write.py`; the label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels
that would meet it and the certifications its text requires, or is marked as met by no one with a
short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label
that one of the buyer's needs lists and the supplier's certifications hold every certification that
need requires. An SME is never linked to itself. Shared words play no part; quantities, prices and
places never decide a link. A certification a need names only to waive it is not required. The labels
live only in `write.py`; the profiles carry none.

Before writing, the script checks that ids are unique and well-formed, every contract field is valid
(provinces resolve with `resolve_province`, certifications with `resolve_certification`, sub-cluster,
stage and BCG values come from the taxonomy), every label a need lists is offered by someone other
than the buyer, every met need has a qualified supplier and every unmet one has none, every required
or waived certification is named in the need's text (and no other is), Thai phrases are mostly Thai
letters and English ones Latin only, and the size targets hold. It writes nothing if a check fails,
and two runs give identical bytes.

## Regenerate

From the repository root:

```
.venv/bin/python eval/blind_plain_rainwear/write.py
```

## Files

| file | content |
|---|---|
| `write.py` | all data (profiles, offer labels, need labels and notes), the checks and the writer |
| `profiles.jsonl` | {profiles} profiles `{first}` ... `{last}`, contract JSONL version 1, no labels |
| `links.csv` | the true links, header `supplier_id,buyer_id`, sorted and deduplicated |
| `README.md` | this file |

## Counts

{table}"""


def render(smes: list[Sme]) -> dict[str, str]:
    profiles = "".join(profile_json(s) + "\n" for s in smes)
    links = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in true_links(smes))
    readme = README.format(profiles=len(smes), first=smes[0].id, last=smes[-1].id, table=counts_table(smes))
    return {"profiles.jsonl": profiles, "links.csv": links, "README.md": readme}


def main() -> int:
    final = "--draft" not in sys.argv
    errors = check(SMES, final=final)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        if final:
            return 1
    if not final:
        print(counts_table(SMES))
        return 0
    first, second = render(SMES), render(SMES)
    if first != second:
        print("two renders differ; nothing written", file=sys.stderr)
        return 1
    for filename, text in first.items():
        (HERE / filename).write_bytes(text.encode("utf-8"))
    print(counts_table(SMES), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
