"""Write the hand-labelled evaluation set `eval/blind_plain_hammocks/`.

Theme: hammocks, cradles and swings, with the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers around them. Every profile, offer label and need label below was written by hand.
The script checks the data and then writes `profiles.jsonl`, `links.csv` and `README.md`
next to itself; if a check fails it writes nothing.

Run from the repository root:  .venv/bin/python eval/blind_plain_hammocks/write.py
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
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Need:
    """A need: the offer labels that meet it and the certifications its text requires.

    An unmet need (`unmet` holds a short note) keeps in `labels` what would meet it; the checks
    prove that no one in the set qualifies.
    """

    text: str
    labels: tuple[str, ...]
    req: tuple[str, ...] = ()
    waive: tuple[str, ...] = ()
    unmet: str = ""


@dataclass(frozen=True)
class Sme:
    id: str
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...]
    bcg: tuple[str, ...]


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *wanted: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, wanted, req, waive, note)


def sme(
    num: int,
    lang: str,
    name: str,
    sub: str,
    stage: str,
    province: str,
    email: str,
    *,
    offers: tuple[tuple[str, str], ...] = (),
    needs: tuple[Need, ...] = (),
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(f"bhm-{num:03d}", lang, name, sub, stage, province, email, offers, needs, certs, bcg)


HNF = SubCluster.HEMP_NATURAL_FIBRE.value
CT = SubCluster.CIRCULAR_TEXTILE.value
SPT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

# ------------------------------------------------------------------ profiles 001-030: fibre, yarn, waste

PART_1 = (
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนกัญชงม้งบ้านแม่สาใหม่",
        HNF,
        UP,
        "Chiang Mai",
        "maesamai.hemp@gmail.com",
        offers=(
            ("เปลือกกัญชงลอกแห้ง มัดละ 5 กก.", "hemp_fibre_raw"),
            ("ด้ายกัญชงปั่นมือ ตีเกลียวเอง", "hemp_yarn"),
        ),
        needs=(unmet("อยากได้เครื่องลอกเปลือกกัญชงขนาดเล็ก", "a machine; no one sells machinery", "decorticator"),),
        bcg=("bio",),
    ),
    sme(
        2,
        "en",
        "Tak Highland Hemp Co., Ltd.",
        HNF,
        UP,
        "Tak",
        "sales@takhighlandhemp.co.th",
        offers=(
            ("Degummed hemp bast fibre, 50 kg bales", "hemp_fibre_raw"),
            ("Nm 6 hemp yarn on cones", "hemp_yarn"),
        ),
        needs=(unmet("Hemp seed for 20 rai, next planting", "seed; no grower sells seed", "hemp_seed"),),
        certs=("Organic Thailand",),
        bcg=("bio", "green"),
    ),
    sme(
        3,
        "th",
        "กลุ่มฝ้ายเข็นมือบ้านนาป่าหนาด",
        HNF,
        UP,
        "Loei",
        "napanad.cotton@gmail.com",
        offers=(
            ("ฝ้ายเข็นมือ สีขาวตุ่น ขายเป็นใจ", "handspun_cotton_yarn"),
            ("ฝ้ายดอกตากแห้ง ยังไม่อีดเมล็ด", "raw_cotton"),
        ),
        needs=(need("อยากได้ครามเปียกไว้ก่อหม้อย้อมเอง", "indigo_paste"),),
        bcg=("bio",),
    ),
    sme(
        4,
        "th",
        "วิสาหกิจชุมชนผ้าฝ้ายสีธรรมชาติบ้านนาหวาย",
        HNF,
        UP,
        "Nan",
        "nawai.naturaldye@gmail.com",
        offers=(
            ("ฝ้ายเข็นย้อมครั่ง ย้อมเปลือกประดู่ สีธรรมชาติล้วน", "natural_dyed_cotton_yarn"),
            ("เส้นฝ้ายปั่นมือสีขาว ยังไม่ฟอก", "handspun_cotton_yarn"),
        ),
        needs=(need("ครั่งดิบ เปลือกไม้ให้สี", "natural_dye_materials"),),
        bcg=("bio", "green"),
    ),
    sme(
        5,
        "en",
        "Lanna Organic Spinners",
        HNF,
        UP,
        "Chiang Rai",
        "hello@lannaorganicspin.com",
        offers=(("GOTS organic cotton yarn Ne 10/2 on cones", "organic_cotton_yarn"),),
        needs=(need("Unginned seed cotton from hill farms", "raw_cotton"),),
        certs=("GOTS", "OCS"),
        bcg=("bio",),
    ),
    sme(
        6,
        "th",
        "กลุ่มผลิตเนื้อครามบ้านดอนกอย",
        HNF,
        UP,
        "Sakon Nakhon",
        "donkoi.indigo@gmail.com",
        offers=(("เนื้อครามเปียก บรรจุถัง 20 กก.", "indigo_paste"),),
        bcg=("bio",),
    ),
    sme(
        7,
        "en",
        "Sakon Indigo Farm Collective",
        HNF,
        UP,
        "Sakon Nakhon",
        "farm@sakonindigo.org",
        offers=(
            ("Fermented natural indigo paste, 5 kg tubs", "indigo_paste"),
            ("Lac, ebony fruit and mango bark for dyeing", "natural_dye_materials"),
        ),
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        8,
        "th",
        "วิสาหกิจชุมชนนุ่นบ้านโป่ง",
        HNF,
        UP,
        "Ratchaburi",
        "banpong.kapok@gmail.com",
        offers=(("นุ่นตีแยกเมล็ดแล้ว ขายยกกระสอบ", "kapok_fibre"),),
        bcg=("bio",),
    ),
    sme(
        9,
        "en",
        "Phetburi Kapok Trading",
        HNF,
        UP,
        "Phetchaburi",
        "order@phetburikapok.com",
        offers=(("Cleaned kapok floss, 10 kg pressed bags", "kapok_fibre"),),
        bcg=("bio",),
    ),
    sme(
        10,
        "th",
        "กลุ่มแม่บ้านผักตบชวาบางบาล",
        HNF,
        UP,
        "Phra Nakhon Si Ayutthaya",
        "bangban.hyacinth@gmail.com",
        offers=(
            ("ผักตบชวาตากแห้ง คัดเส้นยาว 60 ซม. ขึ้นไป", "water_hyacinth_dried"),
            ("เชือกฟั่นจากผักตบชวา", "water_hyacinth_rope"),
        ),
        bcg=("bio", "circular"),
    ),
    sme(
        11,
        "th",
        "หวายนราทองการค้า",
        HNF,
        UP,
        "Narathiwat",
        "narathong.rattan@gmail.com",
        offers=(
            ("หวายผ่าซีก ขูดผิวแล้ว", "rattan_cane"),
            ("หวายลำยาว 3 เมตร ยังไม่ขัด", "rattan_cane"),
        ),
        bcg=("bio",),
    ),
    sme(
        12,
        "en",
        "Prachin Bamboo Supply",
        HNF,
        UP,
        "Prachinburi",
        "info@prachinbamboo.com",
        offers=(
            ("Boron-treated bamboo poles, 2-3 inch", "bamboo_poles"),
            ("Split bamboo strips for basket work", "bamboo_strips"),
        ),
        bcg=("bio", "green"),
    ),
    sme(
        13,
        "en",
        "Southern Rubberwood Sawmill",
        HNF,
        UP,
        "Songkhla",
        "sales@srwsawmill.co.th",
        offers=(("Kiln-dried rubberwood lumber, 1x2 to 2x4 in.", "rubberwood_lumber"),),
        certs=("FSC certified",),
        bcg=("green",),
    ),
    sme(
        14,
        "th",
        "ห้อมดีเมืองแพร่",
        HNF,
        UP,
        "Phrae",
        "homdee.phrae@gmail.com",
        offers=(
            ("ห้อมเปียกจากต้นห้อมปลูกเองในสวน", "indigo_paste"),
            ("เปลือกมะเกลือ ใบสัก ขมิ้นชัน ตากแห้ง", "natural_dye_materials"),
        ),
        bcg=("bio",),
    ),
    sme(
        15,
        "th",
        "ร้านเศษผ้าอ้อมน้อย",
        CT,
        UP,
        "Samut Sakhon",
        "omnoi.scrap@gmail.com",
        offers=(
            ("เศษผ้าคอตตอนจากโรงตัด ขายเป็นกระสอบ", "textile_offcuts"),
            ("ผ้าถุงเก่า เสื้อผ้ามือสองคัดแล้ว", "used_clothing"),
        ),
        bcg=("circular",),
    ),
    sme(
        16,
        "th",
        "กลุ่มประมงพื้นบ้านบ้านบ่อเตย",
        CT,
        UP,
        "Pattani",
        "botoei.fisher@gmail.com",
        offers=(("อวนเก่าจากเรือประมง มัดเป็นก้อน", "used_fishing_net"),),
        needs=(unmet("อวนใหม่ตาถี่ ราคาส่ง", "new nets; the set has only used ones", "new_fishing_net"),),
        bcg=("circular",),
    ),
    sme(
        17,
        "en",
        "Songkhla Net Collectors",
        CT,
        UP,
        "Songkhla",
        "nets@songkhlacollect.org",
        offers=(("Discarded nylon gill nets, washed and sorted", "used_fishing_net"),),
        bcg=("circular",),
    ),
    sme(
        18,
        "en",
        "GreenNet Recycling",
        CT,
        MID,
        "Chonburi",
        "contact@greennet-recycling.com",
        offers=(("Rope spun from recovered ghost nets", "recycled_net_rope"),),
        needs=(need("Old fishing nets in bales, any mesh size", "used_fishing_net"),),
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        19,
        "en",
        "Loop Fibre Thailand",
        CT,
        UP,
        "Samut Prakan",
        "loop@loopfibre.co.th",
        offers=(
            ("Recycled cotton fibre from cutting-room waste", "recycled_cotton_fibre"),
            ("Toll shredding: your textile waste back to fibre", "textile_shredding_service"),
        ),
        needs=(need("Pre-consumer cotton scraps, sorted by colour", "textile_offcuts"),),
        certs=("GRS certified",),
        bcg=("circular",),
    ),
    sme(
        20,
        "th",
        "โรงปั่นด้ายรีไซเคิลนครปฐม",
        CT,
        UP,
        "Nakhon Pathom",
        "npt.recycleyarn@gmail.com",
        offers=(("ด้ายฝ้ายรีไซเคิล Ne 8 ปั่นจากเศษผ้าตัด", "recycled_cotton_yarn"),),
        needs=(need("ใยฝ้ายรีไซเคิลสำหรับปั่นด้าย", "recycled_cotton_fibre"),),
        certs=("GRS", "RCS"),
        bcg=("circular",),
    ),
    sme(
        21,
        "th",
        "บริษัท ขวดสู่เส้นใย จำกัด",
        CT,
        UP,
        "Rayong",
        "bottle2fibre@gmail.com",
        offers=(("เส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวดน้ำดื่ม", "recycled_pet_yarn"),),
        needs=(unmet("ขวด PET ใสอัดก้อน", "raw bottles; no bottle collector in the set", "used_pet_bottles"),),
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        22,
        "en",
        "Ripstop Recycled Mills",
        SPT,
        MID,
        "Pathum Thani",
        "mill@ripstoprecycled.com",
        offers=(("Recycled polyester ripstop 75D, PU coated", "recycled_polyester_fabric"),),
        needs=(need("GRS-certified rPET filament yarn", "recycled_pet_yarn", req=("GRS",)),),
        certs=("GRS", "bluesign"),
        bcg=("circular", "green"),
    ),
    sme(
        23,
        "th",
        "ผ้าใบเต็นท์มือสองบางบอน",
        CT,
        UP,
        "Bangkok",
        "bangbon.tent@gmail.com",
        offers=(("ผ้าใบเต็นท์งานอีเวนต์ที่ใช้แล้ว ผ้าใบคลุมรถเก่า", "used_canvas_tarp"),),
        bcg=("circular",),
    ),
    sme(
        24,
        "th",
        "ร้านเชือกฝ้ายศรีประจันต์",
        HNF,
        MID,
        "Suphan Buri",
        "sriprachan.rope@gmail.com",
        offers=(
            ("เชือกฝ้ายถักกลม 6 มม. ม้วนละ 100 เมตร", "cotton_rope"),
            ("เชือกฝ้ายตีเกลียว 3 เกลียว 8 มม.", "cotton_rope"),
        ),
        needs=(
            need(
                "ด้ายฝ้ายเส้นใหญ่สำหรับตีเกลียวเชือก",
                "handspun_cotton_yarn",
                "organic_cotton_yarn",
                "recycled_cotton_yarn",
            ),
        ),
    ),
    sme(
        25,
        "en",
        "Macramé Cord Siam",
        HNF,
        MID,
        "Nonthaburi",
        "shop@macramecordsiam.com",
        offers=(
            ("Single twist cotton macramé cord 3 mm and 5 mm", "macrame_cord"),
            ("3-ply cotton rope 4 mm, 200 m reels", "cotton_rope"),
        ),
        needs=(need("Recycled cotton yarn with GRS certificate", "recycled_cotton_yarn", req=("GRS",)),),
        bcg=("circular",),
    ),
    sme(
        26,
        "th",
        "โรงทอผ้าใบไทยเจริญ",
        HNF,
        MID,
        "Nakhon Pathom",
        "thaicharoen.canvas@gmail.com",
        offers=(
            ("ผ้าใบฝ้ายเบอร์ 8 หน้ากว้าง 60 นิ้ว", "cotton_canvas_fabric"),
            ("ผ้าดิบหนา 12 ออนซ์ ขายยกพับ", "cotton_canvas_fabric"),
        ),
        needs=(
            need(
                "ด้ายฝ้ายเบอร์ 10 ป้อนเครื่องทอ ไม่ต้องมี GOTS",
                "organic_cotton_yarn",
                "recycled_cotton_yarn",
                waive=("GOTS",),
            ),
        ),
    ),
    sme(
        27,
        "th",
        "กลุ่มทอผ้าใยกัญชงบ้านห้วยทราย",
        HNF,
        MID,
        "Phetchabun",
        "huaysai.hemp@gmail.com",
        offers=(("ผ้าใยกัญชงทอมือ หน้ากว้าง 40 ซม.", "hemp_fabric"),),
        needs=(need("เปลือกกัญชงสำหรับเข็นเส้นเอง", "hemp_fibre_raw"),),
        bcg=("bio",),
    ),
    sme(
        28,
        "en",
        "Doi Hemp Textiles",
        HNF,
        MID,
        "Chiang Mai",
        "info@doihemp.com",
        offers=(("Hemp-cotton canvas 14 oz, 150 cm wide", "hemp_fabric"),),
        needs=(need("Hand-twisted hemp thread", "hemp_yarn"),),
        certs=("OEKO-TEX Standard 100",),
        bcg=("bio",),
    ),
    sme(
        29,
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านหนองบัวแดง",
        ALI,
        MID,
        "Chaiyaphum",
        "nongbuadaeng.weave@gmail.com",
        offers=(("ผ้าฝ้ายทอมือสีพื้น หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),),
        needs=(need("ฝ้ายเข็นมือเป็นใจ", "handspun_cotton_yarn"),),
    ),
    sme(
        30,
        "en",
        "Mekong Handloom Cooperative",
        ALI,
        MID,
        "Nakhon Phanom",
        "coop@mekonghandloom.org",
        offers=(
            ("Plain handloom cotton, natural white", "handwoven_cotton_fabric"),
            ("Mudmee ikat cotton by the length", "handwoven_cotton_fabric"),
        ),
        needs=(need("Naturally dyed weft yarn, no synthetic dye", "natural_dyed_cotton_yarn"),),
        certs=("OTOP",),
    ),
)

# ------------------------------------------------------------------ profiles 031-060: cloth, dyeing, parts, makers

PART_2 = (
    sme(
        31,
        "th",
        "บ้านครามสกล",
        ALI,
        MID,
        "Sakon Nakhon",
        "baankramsakon@gmail.com",
        offers=(
            ("รับย้อมครามผ้าและเส้นด้ายของลูกค้า", "indigo_dyeing_service"),
            ("ผ้าฝ้ายย้อมครามธรรมชาติ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
        ),
        needs=(need("ครามเปียกส่งประจำทุกเดือน", "indigo_paste"),),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        32,
        "en",
        "Indigo Hands Studio",
        ALI,
        MID,
        "Sakon Nakhon",
        "studio@indigohands.co",
        offers=(
            ("Indigo-dyed handwoven cotton, 90 cm, per metre", "indigo_dyed_cotton_fabric"),
            ("Indigo vat dyeing of your yarn or cloth, 5 kg minimum", "indigo_dyeing_service"),
        ),
        needs=(
            need("Undyed handloom cotton for dipping", "handwoven_cotton_fabric"),
            need("GOTS organic cotton yarn for a baby line", "organic_cotton_yarn", req=("GOTS",)),
        ),
        bcg=("bio",),
    ),
    sme(
        33,
        "th",
        "ห้อมแพร่ดีไซน์",
        HNF,
        MID,
        "Phrae",
        "hom.phrae.design@gmail.com",
        offers=(("ผ้าหม้อห้อมทอมือ ย้อมห้อมแท้", "indigo_dyed_cotton_fabric"),),
        needs=(need("ผ้าดิบทอเครื่องเนื้อหนา เอามาย้อมห้อม", "cotton_canvas_fabric"),),
        bcg=("bio",),
    ),
    sme(
        34,
        "en",
        "Chiang Mai Natural Dye Lab",
        HNF,
        MID,
        "Chiang Mai",
        "lab@cmnaturaldye.com",
        offers=(("Natural dyeing of customer yarn and rope: lac, ebony, marigold", "natural_dyeing_service"),),
        needs=(need("Dye plants in bulk: lac, annatto, marigold", "natural_dye_materials"),),
        bcg=("bio", "green"),
    ),
    sme(
        35,
        "th",
        "โรงย้อมสุรินทร์เท็กซ์",
        ALI,
        MID,
        "Surin",
        "surintex.dye@gmail.com",
        offers=(
            ("รับย้อมเส้นด้ายฝ้ายด้วยสีรีแอคทีฟ ขั้นต่ำ 20 กก.", "yarn_dyeing_service"),
            ("ด้ายฝ้ายย้อมสีพร้อมส่ง 40 เฉดสี", "dyed_cotton_yarn"),
        ),
    ),
    sme(
        36,
        "en",
        "Korat Colour Yarns",
        ALI,
        MID,
        "Korat",
        "sales@koratcolouryarns.com",
        offers=(("Dyed cotton twine for net hammocks, 20 colours", "dyed_cotton_yarn"),),
        needs=(need("Cotton yarn on cones for twine, 500 kg a month", "organic_cotton_yarn", "recycled_cotton_yarn"),),
    ),
    sme(
        37,
        "th",
        "โรงงานเชือกสมุทรสาครการทอ",
        SPT,
        MID,
        "Samut Sakhon",
        "sskrope.factory@gmail.com",
        offers=(
            ("เชือก PP ถักกลม 6-10 มม.", "synthetic_rope"),
            ("เชือกโพลีเอสเตอร์ทนแดด สีขาวครีม", "synthetic_rope"),
        ),
    ),
    sme(
        38,
        "en",
        "Siam Parachute Textiles",
        SPT,
        MID,
        "Samut Prakan",
        "export@siamparachute.com",
        offers=(
            ("Nylon 210T parachute fabric, 20 colours", "parachute_nylon_fabric"),
            ("No-see-um mesh netting, 1.5 mm hole", "mosquito_mesh_fabric"),
        ),
        certs=("Oeko-Tex 100",),
    ),
    sme(
        39,
        "th",
        "ร้านผ้าร่มสำเพ็ง",
        SPT,
        MID,
        "Bangkok",
        "sampeng.parachute@gmail.com",
        offers=(
            ("ผ้าร่มไนลอน 70D เคลือบกันน้ำ ขายเป็นหลา", "parachute_nylon_fabric"),
            ("ผ้ามุ้งไนลอนตาถี่ สีดำ", "mosquito_mesh_fabric"),
            ("ผ้าแคนวาสคอตตอน 10 ออนซ์", "cotton_canvas_fabric"),
        ),
    ),
    sme(
        40,
        "en",
        "Pathum Webbing Works",
        SPT,
        MID,
        "Pathum Thani",
        "sales@pathumwebbing.com",
        offers=(
            ("Polyester webbing 25 mm, 1,000 kg breaking load", "polyester_webbing"),
            ("Nylon flat webbing 38 mm", "polyester_webbing"),
        ),
        certs=("ISO 9001",),
    ),
    sme(
        41,
        "th",
        "โรงงานสายเทปบางพลี",
        SPT,
        MID,
        "Samut Prakan",
        "bangphli.tape@gmail.com",
        offers=(("สายเทปโพลีเอสเตอร์ กว้าง 1 นิ้ว ม้วนละ 50 หลา", "polyester_webbing"),),
        needs=(unmet("หาเครื่องทอสายเทปมือสอง", "a machine; no one sells machinery", "used_needle_loom"),),
    ),
    sme(
        42,
        "en",
        "Metro Hooks & Hardware",
        SPT,
        MID,
        "Bangkok",
        "orders@metrohooks.co.th",
        offers=(
            ("Stainless hammock hooks, eye bolts and S-hooks", "hammock_hooks_hardware"),
            ("Aluminium wiregate carabiners, 12 kN", "hammock_hooks_hardware"),
        ),
        certs=("ISO 9001:2015",),
    ),
    sme(
        43,
        "th",
        "ร้านสปริงเปลนนทบุรี",
        ALC,
        MID,
        "Nonthaburi",
        "nont.springpel@gmail.com",
        offers=(
            ("สปริงเปลเด็ก พร้อมตะขอ รับน้ำหนัก 20 กก.", "cradle_spring"),
            ("ตะขอแขวนเปล ห่วงสแตนเลส", "hammock_hooks_hardware"),
        ),
    ),
    sme(
        44,
        "en",
        "Bang Phli Outdoor CMT",
        SPT,
        MID,
        "Samut Prakan",
        "cmt@bpoutdoor.com",
        offers=(
            ("Cut-make-trim for outdoor gear, customer fabric", "cmt_sewing_service"),
            ("Nylon and polyester cutting scraps", "synthetic_offcuts"),
        ),
    ),
    sme(
        45,
        "th",
        "รับเย็บผ้าป้าศรี",
        ALC,
        MID,
        "Bangkok",
        "pasri.sewing@gmail.com",
        offers=(
            ("รับเย็บตามแบบ ลูกค้านำผ้ามาเอง", "cmt_sewing_service"),
            ("เศษผ้าคอตตอนชิ้นใหญ่จากงานเย็บ", "textile_offcuts"),
        ),
    ),
    sme(
        46,
        "en",
        "Thonburi Screen Print",
        ALC,
        MID,
        "Bangkok",
        "print@thonburiscreen.com",
        offers=(("Screen printing logos on your bags, tees and hammocks", "screen_printing_service"),),
    ),
    sme(
        47,
        "th",
        "ร้านปักโลโก้นิมมาน",
        ALC,
        MID,
        "Chiang Mai",
        "nimman.embroid@gmail.com",
        offers=(("รับปักโลโก้ลงผ้า งานของลูกค้า", "embroidery_service"),),
    ),
    sme(
        48,
        "th",
        "ช่างไม้กลึงอ่างทอง",
        ALC,
        MID,
        "Ang Thong",
        "angthong.woodturn@gmail.com",
        offers=(
            ("ไม้คานเปลไม้ยางพารา เจาะรูพร้อมใช้ ยาว 90 ซม.", "spreader_bars"),
            ("อู่ไม้สักไกวได้ สำหรับเด็กอ่อน", "rigid_baby_cradle"),
        ),
        needs=(need("ไม้ยางพาราแปรรูปอบแห้ง ต้องได้ FSC", "rubberwood_lumber", req=("FSC",)),),
    ),
    sme(
        49,
        "en",
        "Trat Spreader Bar Co.",
        ALC,
        MID,
        "Trat",
        "bars@tratspreader.com",
        offers=(("Hardwood spreader bars 100-140 cm, oiled", "spreader_bars"),),
        needs=(need("Rubberwood or teak offcuts, FSC not required", "rubberwood_lumber", waive=("FSC",)),),
    ),
    sme(
        50,
        "th",
        "นุ่นนอนดีราชบุรี",
        ALC,
        MID,
        "Ratchaburi",
        "noonnondee@gmail.com",
        offers=(
            ("ที่นอนนุ่นสำหรับเปลเด็ก 30x70 ซม.", "kapok_mattress_pad"),
            ("เบาะนุ่นรองเปลญวน", "kapok_mattress_pad"),
        ),
        needs=(
            need("นุ่นคุณภาพดี ไม่มีเมล็ดปน", "kapok_fibre"),
            need("ผ้าดิบสำหรับหุ้มที่นอน", "cotton_canvas_fabric"),
        ),
        bcg=("bio",),
    ),
    sme(
        51,
        "en",
        "Bangkok Cotton Mills",
        ALC,
        MID,
        "Bangkok",
        "sales@bkkcottonmills.com",
        offers=(("OEKO-TEX cotton poplin and twill, 44 inch", "cotton_poplin_fabric"),),
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        52,
        "th",
        "ร้านผ้าคอตตอนพาหุรัด",
        ALC,
        MID,
        "Bangkok",
        "pahurat.cotton@gmail.com",
        offers=(("ผ้าคอตตอนเนื้อนิ่ม ลายการ์ตูน หน้า 44", "cotton_poplin_fabric"),),
    ),
    sme(
        53,
        "th",
        "กลุ่มเปลญวนบ้านท่าแฉลบ",
        ALC,
        DOWN,
        "Chanthaburi",
        "thachalaep.hammock@gmail.com",
        offers=(
            ("เปลญวนเชือกฝ้ายถักมือ ขนาดนอน 2 คน", "knotted_net_hammock"),
            ("เปลญวนมีไม้คาน สีรุ้ง", "knotted_net_hammock"),
        ),
        needs=(
            need("เชือกฝ้ายเส้นเล็ก 4-6 มม.", "cotton_rope"),
            need("ไม้ถ่างเปล", "spreader_bars"),
        ),
        certs=("OTOP",),
    ),
    sme(
        54,
        "en",
        "Trat Hammock Makers",
        ALC,
        DOWN,
        "Trat",
        "hello@trathammocks.com",
        offers=(
            ("Thai knotted cotton hammocks, spreader bar style", "knotted_net_hammock"),
            ("Marine polyester rope hammocks for beach resorts", "synthetic_rope_hammock"),
        ),
        needs=(
            need("UV-stabilised PP or polyester rope", "synthetic_rope"),
            need("Bright dyed cotton twine", "dyed_cotton_yarn"),
        ),
    ),
    sme(
        55,
        "th",
        "กลุ่มถักเปลบ้านหนองแวง",
        ALI,
        DOWN,
        "Roi Et",
        "nongwaeng.pel@gmail.com",
        offers=(
            ("เปลถักด้ายฝ้าย ตาข่ายละเอียด", "knotted_net_hammock"),
            ("รับถักเปลตามสั่ง ลูกค้าส่งด้ายมาเอง", "hammock_knotting_service"),
        ),
        needs=(
            need(
                "มีโรงย้อมรับย้อมด้ายฝ้ายของเราหลายสีไหม",
                "yarn_dyeing_service",
                "natural_dyeing_service",
            ),
        ),
        certs=("OTOP",),
    ),
    sme(
        56,
        "en",
        "Isan Cradle Crafts",
        ALI,
        DOWN,
        "Udon Thani",
        "info@isancradle.com",
        offers=(("Isan baby cradle of handloom cotton, spring included", "baby_cloth_cradle"),),
        needs=(
            need("Heavy-duty cradle springs", "cradle_spring"),
            need("Kapok for cradle mattresses", "kapok_fibre"),
        ),
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        57,
        "th",
        "อู่ผ้าแม่บัวเรียน",
        ALI,
        DOWN,
        "Kalasin",
        "ou.maebuarian@gmail.com",
        offers=(
            ("อู่ผ้าฝ้ายมัดหมี่ สำหรับเด็กอ่อน", "baby_cloth_cradle"),
            ("ที่นอนนุ่นใส่อู่", "kapok_mattress_pad"),
        ),
        needs=(
            need("ผ้าฝ้ายทอมือ", "handwoven_cotton_fabric"),
            need("สปริงแขวนอู่", "cradle_spring"),
        ),
    ),
    sme(
        58,
        "th",
        "เปลไกวสุพรรณ",
        ALC,
        DOWN,
        "Suphan Buri",
        "pelkwai.suphan@gmail.com",
        offers=(("เปลผ้าไกวเด็ก พร้อมสปริงและขาตั้ง", "baby_cloth_cradle"),),
        needs=(need("ผ้าคอตตอนนิ่มสำหรับเด็ก ต้องผ่าน OEKO-TEX", "cotton_poplin_fabric", req=("OEKO-TEX Standard 100",)),),
        certs=("มอก.",),
    ),
    sme(
        59,
        "en",
        "Hammock Loft",
        ALC,
        DOWN,
        "Bangkok",
        "team@hammockloft.com",
        offers=(
            ("Cotton canvas hammocks with tassels", "fabric_hammock"),
            ("Hanging hammock chairs with wooden bar", "hammock_chair"),
        ),
        needs=(
            need("Heavy cotton duck 12-16 oz", "cotton_canvas_fabric"),
            need("Sewing partner, 500 pcs a month, our fabric", "cmt_sewing_service"),
            need("Someone to knot net hammocks from our own cotton cord", "hammock_knotting_service"),
        ),
    ),
    sme(
        60,
        "th",
        "เปลผ้าห้อมเมืองแพร่",
        HNF,
        DOWN,
        "Phrae",
        "pelhom.phrae@gmail.com",
        offers=(("เปลผ้าหม้อห้อม ทอมือ", "fabric_hammock"),),
        needs=(need("มีใครรับย้อมห้อมผ้าดิบของเราไหม 200 เมตร", "indigo_dyeing_service"),),
    ),
)

# ------------------------------------------------------------------ profiles 061-095: makers, shops, resorts, care

PART_3 = (
    sme(
        61,
        "en",
        "Hemp Haven Hammocks",
        HNF,
        DOWN,
        "Chiang Mai",
        "hi@hemphaven.co",
        offers=(
            ("Hemp canvas hammocks, undyed", "fabric_hammock"),
            ("Hemp rope hammock chairs", "hammock_chair"),
        ),
        needs=(
            need("Heavy hemp cloth for hammock beds", "hemp_fabric"),
            need("Spreader bars, 100 cm", "spreader_bars"),
        ),
        bcg=("bio",),
    ),
    sme(
        62,
        "th",
        "มาคราเม่บ้านสวน",
        ALC,
        DOWN,
        "Nakhon Pathom",
        "macrame.baansuan@gmail.com",
        offers=(
            ("เก้าอี้แขวนมาคราเม่ถักมือ", "macrame_hanging_chair"),
            ("ชิงช้ามาคราเม่สำหรับเด็กเล็ก", "baby_swing"),
        ),
        needs=(
            need("เชือกฝ้ายเกลียวเดียว 5 มม. สำหรับงานถัก", "macrame_cord"),
            need("ห่วงเหล็กและตะขอแขวนเพดาน", "hammock_hooks_hardware"),
            need("ผ้าคอตตอนเนื้อนุ่มทำเบาะชิงช้าเด็ก มี OEKO-TEX ก็ดี", "cotton_poplin_fabric", waive=("OEKO-TEX Standard 100",)),
        ),
    ),
    sme(
        63,
        "en",
        "Wicker Nest Ayutthaya",
        ALC,
        DOWN,
        "Ayutthaya",
        "shop@wickernest.com",
        offers=(("Water hyacinth hanging egg chairs with cushion", "woven_hanging_egg_chair"),),
        needs=(
            need("Dried water hyacinth stalks, long grade", "water_hyacinth_dried"),
            need("Rattan core and peel", "rattan_cane"),
        ),
        bcg=("bio",),
    ),
    sme(
        64,
        "th",
        "หวายสานบ้านบันนังสตา",
        ALC,
        DOWN,
        "Yala",
        "bannangsta.rattan@gmail.com",
        offers=(
            ("เก้าอี้รังนกหวายแบบแขวน", "woven_hanging_egg_chair"),
            ("เปลไกวหวายสำหรับเด็กอ่อน", "rigid_baby_cradle"),
        ),
        needs=(need("หวายเส้นผ่าซีก", "rattan_cane"),),
    ),
    sme(
        65,
        "en",
        "Bamboo Baby Siam",
        ALC,
        DOWN,
        "Chachoengsao",
        "care@bamboobabysiam.com",
        offers=(("Bamboo swinging cradles, hand finished", "rigid_baby_cradle"),),
        needs=(
            need("Treated bamboo canes and strips", "bamboo_poles", "bamboo_strips"),
            need("Soft mattress for cradles", "kapok_mattress_pad"),
        ),
        bcg=("bio",),
    ),
    sme(
        66,
        "th",
        "ชิงช้าสนามบางบัวทอง",
        ALC,
        DOWN,
        "Nonthaburi",
        "bbt.swing@gmail.com",
        offers=(
            ("ชิงช้าสนามเหล็ก 3 ที่นั่ง มีหลังคา", "garden_swing_bench"),
            ("ขาตั้งเปลเหล็กพับได้", "hammock_stand"),
        ),
        needs=(need("ผ้าใบทำหลังคาชิงช้าสนาม", "cotton_canvas_fabric"),),
    ),
    sme(
        67,
        "en",
        "Sabai Stand & Swing",
        ALC,
        DOWN,
        "Samut Prakan",
        "sales@sabaistand.com",
        offers=(
            ("Powder-coated steel hammock stands, fits 2.7-3.2 m", "hammock_stand"),
            ("Hammock and stand sets for seniors, low height", "hammock_stand_set"),
        ),
        needs=(
            need("OEM fabric hammocks to bundle with our stands", "fabric_hammock"),
            need("Hand-dipped indigo cloth for a premium hammock bed", "indigo_dyed_cotton_fabric"),
        ),
    ),
    sme(
        68,
        "en",
        "ReHang Upcycle",
        CT,
        DOWN,
        "Chiang Mai",
        "hello@rehang.org",
        offers=(("Hammocks sewn from old tent canvas and sarongs", "fabric_hammock"),),
        needs=(
            need("Old canvas tents and tarps", "used_canvas_tarp"),
            need("Second-hand sarongs and pha sin", "used_clothing"),
            unmet(
                "GOTS organic cotton canvas",
                "no canvas weaver in the set holds GOTS",
                "cotton_canvas_fabric",
                req=("GOTS",),
            ),
        ),
        bcg=("circular",),
    ),
    sme(
        69,
        "th",
        "ชิงช้าเศษผ้าลำพูน",
        CT,
        DOWN,
        "Lamphun",
        "lamphun.scrapswing@gmail.com",
        offers=(("ชิงช้าผ้าเด็กทำจากเศษผ้า", "baby_swing"),),
        needs=(need("เศษผ้าฝ้ายชิ้นใหญ่ ไม่เอาเศษใยสังเคราะห์", "textile_offcuts"),),
        bcg=("circular",),
    ),
    sme(
        70,
        "en",
        "Nomad Canopy Outdoor",
        SPT,
        DOWN,
        "Chiang Mai",
        "gear@nomadcanopy.com",
        offers=(
            ("Ultralight parachute hammock 280 x 140 cm", "camping_hammock"),
            ("Bug-net hammock with zip", "camping_hammock_mosquito_net"),
            ("Tree straps 3 m with 20 loops", "tree_straps"),
        ),
        needs=(
            need("70D nylon taffeta by the roll", "parachute_nylon_fabric"),
            need("Fine mesh for bug nets", "mosquito_mesh_fabric"),
            need("25 mm flat webbing", "polyester_webbing"),
        ),
    ),
    sme(
        71,
        "th",
        "แคมป์ไทย เอาท์ดอร์",
        SPT,
        DOWN,
        "Bangkok",
        "campthai.outdoor@gmail.com",
        offers=(
            ("เปลสนามผ้าร่ม พร้อมสายรัดต้นไม้", "camping_hammock"),
            ("ฟลายชีทกันฝน 3x3 ม.", "rain_tarp"),
        ),
        needs=(
            need("ผ้ารีไซเคิลมาตรฐาน GRS สำหรับเปลรุ่นใหม่", "recycled_polyester_fabric", req=("GRS",)),
            need("โรงงานรับเย็บ CMT", "cmt_sewing_service"),
        ),
    ),
    sme(
        72,
        "en",
        "Basecamp Bangkok",
        SPT,
        DOWN,
        "Bangkok",
        "shop@basecampbkk.com",
        offers=(("Camping gear retail and rental, Sukhumvit", "camping_retail"),),
        needs=(
            need("Camping hammocks, ENO DoubleNest type", "camping_hammock", "camping_hammock_mosquito_net"),
            need("Tree-friendly hammock straps", "tree_straps"),
            unmet("Down underquilts for hammocks", "no one makes quilts or down goods", "hammock_underquilt"),
        ),
    ),
    sme(
        73,
        "th",
        "ร้านเดินป่าขอนแก่น",
        SPT,
        DOWN,
        "Khon Kaen",
        "kk.trekking@gmail.com",
        needs=(
            need("เปลมีมุ้ง สำหรับเดินป่า", "camping_hammock_mosquito_net"),
            need("ทาร์ปกันฝน", "rain_tarp"),
        ),
    ),
    sme(
        74,
        "en",
        "Kwai River Adventures",
        SPT,
        DOWN,
        "Kanchanaburi",
        "trips@kwairiver.com",
        offers=(("Jungle trekking and overnight camps", "tour_service"),),
        needs=(
            need("Jungle hammocks with mosquito net, 40 units", "camping_hammock_mosquito_net"),
            unmet(
                "Re-proofing our old hammocks and tarps",
                "a waterproof re-coating service; no one offers it",
                "waterproof_coating_service",
            ),
        ),
    ),
    sme(
        75,
        "th",
        "ค่ายลูกเสือเขาใหญ่",
        SPT,
        DOWN,
        "Nakhon Ratchasima",
        "khaoyai.scoutcamp@gmail.com",
        needs=(need("เปลสนามราคาประหยัด 100 ผืน", "camping_hammock", "camping_hammock_mosquito_net"),),
    ),
    sme(
        76,
        "en",
        "Float Aerial Yoga Studio",
        SPT,
        DOWN,
        "Bangkok",
        "float@aerialyogabkk.com",
        offers=(("Aerial yoga classes", "yoga_classes"),),
        needs=(
            unmet(
                "Aerial yoga hammock fabric, low-stretch tricot",
                "tricot knit; parachute nylon is a woven, not an aerial fabric",
                "aerial_silk_fabric",
            ),
            need("Ceiling rigging: swivels, carabiners, eye bolts", "hammock_hooks_hardware"),
        ),
    ),
    sme(
        77,
        "en",
        "Railay Cliff Resort",
        ALC,
        DOWN,
        "Krabi",
        "purchasing@railaycliff.com",
        needs=(
            need("Beach hammocks that can stay out in salt and sun, no cotton", "synthetic_rope_hammock"),
            need("Hammock stands for the pool deck", "hammock_stand"),
            unmet(
                "Fairtrade certified hammocks",
                "no hammock maker in the set holds Fairtrade",
                "knotted_net_hammock",
                "fabric_hammock",
                "synthetic_rope_hammock",
                req=("Fairtrade",),
            ),
        ),
    ),
    sme(
        78,
        "th",
        "บ้านสวนริมคลองอัมพวา โฮมสเตย์",
        ALC,
        DOWN,
        "Samut Songkhram",
        "amphawa.homestay@gmail.com",
        needs=(
            need("เปลญวนเชือกฝ้าย แขวนริมคลอง", "knotted_net_hammock"),
            unmet("ช่างมาติดตั้งเปลกับต้นไม้ให้", "installation work; no one offers it", "installation_service"),
        ),
    ),
    sme(
        79,
        "en",
        "Samui Palm Villas",
        ALC,
        DOWN,
        "Surat Thani",
        "procure@samuipalm.com",
        needs=(
            need("Fabric hammocks for 30 villas, OTOP not required", "fabric_hammock", waive=("OTOP",)),
            need("Logo on 60 hammocks we already own", "screen_printing_service", "embroidery_service"),
            unmet(
                "Thai silk hammock for the lobby, Peacock Emblem",
                "no silk in the set",
                "silk_hammock",
                req=("Thai Silk Peacock Emblem",),
            ),
        ),
    ),
    sme(
        80,
        "th",
        "เดอะแฮมม็อค คาเฟ่ เชียงใหม่",
        ALC,
        DOWN,
        "Chiang Mai",
        "thehammockcafe.cm@gmail.com",
        needs=(
            need("เก้าอี้แขวนในร้าน แบบถักเชือกหรือแบบผ้า", "macrame_hanging_chair", "hammock_chair"),
            unmet(
                "หมอนอิงผ้าอะคริลิกกันน้ำ วางนอกร้าน",
                "outdoor acrylic cushions; no one makes them",
                "outdoor_acrylic_cushion",
            ),
        ),
    ),
    sme(
        81,
        "en",
        "Nimman Slow Bar",
        ALC,
        DOWN,
        "Chiang Mai",
        "slowbar.nimman@gmail.com",
        needs=(need("Hanging nest chairs, rattan or water hyacinth", "woven_hanging_egg_chair"),),
    ),
    sme(
        82,
        "th",
        "บ้านเด็กดี เบบี้ช็อป",
        ALC,
        DOWN,
        "Bangkok",
        "baandekdee.shop@gmail.com",
        needs=(
            need("เปลไกวผ้าสำหรับทารก ต้องมี มอก.", "baby_cloth_cradle", req=("Thai Industrial Standard",)),
            need("ชิงช้าผ้าเด็กเล็ก", "baby_swing"),
        ),
    ),
    sme(
        83,
        "en",
        "Little Sprout Baby Store",
        ALC,
        DOWN,
        "Songkhla",
        "buy@littlesprout.co.th",
        needs=(
            need("OEKO-TEX certified cloth cradles", "baby_cloth_cradle", req=("OEKO-TEX Standard 100",)),
            need("Swinging cradles in wood, bamboo or rattan", "rigid_baby_cradle"),
            unmet("Electric cradle rocker motors", "electric parts; no one makes them", "cradle_motor"),
        ),
    ),
    sme(
        84,
        "th",
        "ร้านแม่และเด็กอุดร",
        ALI,
        DOWN,
        "Udon Thani",
        "udon.maekids@gmail.com",
        needs=(
            need("อู่เด็ก", "baby_cloth_cradle"),
            need("ที่นอนนุ่นเด็ก", "kapok_mattress_pad"),
            unmet(
                "มุ้งครอบเปลเด็ก สำเร็จรูป",
                "a finished cradle net; the set has only netting fabric",
                "cradle_mosquito_net",
            ),
        ),
    ),
    sme(
        85,
        "en",
        "GreenThumb Garden Centre",
        ALC,
        DOWN,
        "Nonthaburi",
        "store@greenthumb.co.th",
        needs=(
            need("Garden swing seats with canopy", "garden_swing_bench"),
            need("Hanging egg chairs for the showroom", "woven_hanging_egg_chair"),
            unmet("Coir or jute rope for the plant section", "no coir or jute in the set", "jute_or_coir_rope"),
        ),
    ),
    sme(
        86,
        "th",
        "สวนไม้ประดับนครชัยศรี",
        ALC,
        DOWN,
        "Nakhon Pathom",
        "nakhonchaisri.garden@gmail.com",
        needs=(
            need("ขาตั้งเปลเหล็ก", "hammock_stand"),
            need("เก้าอี้แขวนเชือกถัก", "macrame_hanging_chair"),
        ),
    ),
    sme(
        87,
        "th",
        "บ้านพักผู้สูงอายุสุขใจ",
        ALC,
        DOWN,
        "Nonthaburi",
        "sukjai.eldercare@gmail.com",
        needs=(
            need("เปลพร้อมขาตั้งสำหรับผู้สูงอายุ ขึ้นลงง่าย", "hammock_stand_set"),
            unmet("ผ้าสลิงยกตัวผู้ป่วย", "a patient lift sling; no one makes them", "patient_lift_sling"),
        ),
    ),
    sme(
        88,
        "th",
        "ศูนย์ดูแลผู้สูงอายุบ้านเพื่อนขอนแก่น",
        ALI,
        DOWN,
        "Khon Kaen",
        "baanpuen.kk@gmail.com",
        needs=(need("เก้าอี้เปลแข็งแรง ตั้งในสวนให้ผู้สูงอายุนั่งเล่น", "hammock_chair"),),
    ),
    sme(
        89,
        "en",
        "Pai Chill Hostel",
        ALC,
        DOWN,
        "Mae Hong Son",
        "stay@paichill.com",
        needs=(
            need("Second-hand hammocks, any type, cheap", "used_hammocks"),
            unmet("Tree tents for the garden", "no one makes tree tents", "tree_tent"),
        ),
    ),
    sme(
        90,
        "th",
        "เกาะช้าง ซีวิว รีสอร์ท",
        ALC,
        DOWN,
        "Trat",
        "kohchang.seaview@gmail.com",
        offers=(
            ("เปลญวนมือสองจากการรีโนเวท 40 ผืน", "used_hammocks"),
            ("ผ้าปูที่นอนโรงแรมเก่า", "used_hotel_linen"),
        ),
        needs=(
            need("รับรีไซเคิลผ้าปูเก่าของโรงแรม บดเป็นเส้นใย", "textile_shredding_service"),
            need("เปลญวนใหม่มาเปลี่ยน ไม่เอามือสอง", "knotted_net_hammock"),
        ),
        bcg=("circular",),
    ),
    sme(
        91,
        "en",
        "Isan Craft Online",
        ALI,
        DOWN,
        "Maha Sarakham",
        "shop@isancraftonline.com",
        needs=(need("OTOP hammocks for our marketplace", "knotted_net_hammock", "fabric_hammock", req=("OTOP",)),),
    ),
    sme(
        92,
        "th",
        "ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลแวงน่าง",
        ALI,
        DOWN,
        "Maha Sarakham",
        "waengnang.childcare@gmail.com",
        needs=(
            need(
                "อู่นอนเด็กเล็ก 30 ชุด มี มอก. ยิ่งดี",
                "baby_cloth_cradle",
                waive=("Thai Industrial Standard",),
            ),
        ),
    ),
    sme(
        93,
        "en",
        "Sensory Kids Therapy Centre",
        ALC,
        DOWN,
        "Bangkok",
        "hello@sensorykids.co.th",
        needs=(
            unmet("Stretchy lycra sensory swings", "lycra sensory swings; no one makes them", "lycra_sensory_swing"),
            need("Ceiling swivel hooks", "hammock_hooks_hardware"),
        ),
    ),
    sme(
        94,
        "th",
        "ร้านของฝากริมโขง นครพนม",
        ALI,
        DOWN,
        "Nakhon Phanom",
        "rimkhong.souvenir@gmail.com",
        needs=(
            need("เปลญวนขนาดเล็ก ขายนักท่องเที่ยว", "knotted_net_hammock"),
            unmet(
                "กระเป๋าผ้าไหม ตรานกยูงพระราชทาน",
                "no silk and no bags in the set",
                "silk_bag",
                req=("Thai Silk Peacock Emblem",),
            ),
        ),
    ),
    sme(
        95,
        "th",
        "รักษ์ทะเล อีโครีสอร์ท",
        CT,
        DOWN,
        "Phang Nga",
        "raktalay.eco@gmail.com",
        needs=(
            need("เชือกรีไซเคิลจากอวน มี GRS", "recycled_net_rope", req=("GRS",)),
            need("เปลเชือกริมหาด ไม่เอาเชือกฝ้าย", "synthetic_rope_hammock"),
        ),
        bcg=("circular",),
    ),
)

PROFILES: tuple[Sme, ...] = PART_1 + PART_2 + PART_3

# ------------------------------------------------------------------ checks

ID_RE = re.compile(r"^bhm-\d{3}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI = re.compile("[\u0e00-\u0e7f]")
LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
CERT_BY_NAME = {c.name: c for c in CERTIFICATIONS}


def _squash(text: str) -> str:
    return re.sub(r"[\s\-.]+", "", unicodedata.normalize("NFKC", text).casefold())


def names_certification(text: str, cert: str) -> bool:
    """Whether the text names the certification (any of its names or mentions), negated or not."""
    c = CERT_BY_NAME[cert]
    hay = _squash(text)
    words = (c.name, c.full_name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
    return any(_squash(w) in hay for w in words) or any(re.search(p, text) for p in c.patterns)


def is_thai_phrase(text: str) -> bool:
    thai, latin = len(THAI.findall(text)), len(LATIN.findall(text))
    return thai > 0 and thai >= 2 * latin


def is_english_phrase(text: str) -> bool:
    return not THAI.search(text) and all(ord(ch) < 0x250 or not ch.isalpha() for ch in text)


def holds(supplier: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in supplier.certs)


def qualified(n: Need, buyer: Sme, profiles: tuple[Sme, ...]) -> list[str]:
    """Ids of the suppliers (not the buyer) that meet need `n`."""
    wanted = set(n.labels)
    return [
        s.id
        for s in profiles
        if s.id != buyer.id and wanted & {label for _, label in s.offers} and set(n.req) <= holds(s)
    ]


def check(profiles: tuple[Sme, ...]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in profiles]
    if ids != [f"bhm-{i:03d}" for i in range(1, len(ids) + 1)]:
        errors.append("ids are not bhm-001 ... in order")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    offered_by: dict[str, set[str]] = {}
    for s in profiles:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)
    for s in profiles:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: bad id")
        if s.sub not in {v.value for v in SubCluster}:
            errors.append(f"{where}: bad sub-cluster {s.sub}")
        if s.stage not in {v.value for v in Stage}:
            errors.append(f"{where}: bad stage {s.stage}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for c in s.certs:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        if any(b not in {v.value for v in BcgTag} for b in s.bcg) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bad bcg tags {s.bcg}")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: bad language")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: bad email")
        if not (len(s.offers) <= 3 and len(s.needs) <= 3 and (s.offers or s.needs)):
            errors.append(f"{where}: wants 0-3 offers, 0-3 needs, not both empty")
        texts = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        if len({t.casefold() for t in texts}) != len(texts):
            errors.append(f"{where}: repeated phrase")
        ok = is_thai_phrase if s.lang == "th" else is_english_phrase
        for t in texts:
            if not t.strip() or not ok(t):
                errors.append(f"{where}: {t!r} is not a {s.lang} phrase")
        for t, label in s.offers:
            if not re.fullmatch(r"[a-z0-9_]+", label):
                errors.append(f"{where}: bad label {label!r} on {t!r}")
        for n in s.needs:
            if not n.labels:
                errors.append(f"{where}: need {n.text!r} lists no labels")
            for c in (*n.req, *n.waive):
                if c not in CERT_BY_NAME:
                    errors.append(f"{where}: {c!r} is not a canonical certification")
                elif not names_certification(n.text, c):
                    errors.append(f"{where}: need {n.text!r} does not name {c}")
            if set(n.req) & set(n.waive):
                errors.append(f"{where}: need {n.text!r} both requires and waives")
            suppliers = qualified(n, s, profiles)
            if n.unmet:
                if suppliers:
                    errors.append(f"{where}: unmet need {n.text!r} is met by {suppliers}")
            else:
                for label in n.labels:
                    if not offered_by.get(label, set()) - {s.id}:
                        errors.append(f"{where}: label {label} of {n.text!r} is offered by no one else")
                if not suppliers:
                    errors.append(f"{where}: need {n.text!r} has no qualified supplier")
    return errors


def links(profiles: tuple[Sme, ...]) -> list[tuple[str, str]]:
    pairs = {(sid, b.id) for b in profiles for n in b.needs if not n.unmet for sid in qualified(n, b, profiles)}
    return sorted(pairs)


def size_errors(profiles: tuple[Sme, ...], pairs: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    lang = {s.id: s.lang for s in profiles}
    n_th = sum(s.lang == "th" for s in profiles)
    cross = sum(lang[a] != lang[b] for a, b in pairs)
    needs = [(s, n) for s in profiles for n in s.needs]
    n_unmet = sum(bool(n.unmet) for _, n in needs)
    met = [len(qualified(n, s, profiles)) for s, n in needs if not n.unmet]
    if len(profiles) != 95:
        errors.append(f"{len(profiles)} profiles, want 95")
    if not 0.50 <= n_th / len(profiles) <= 0.60:
        errors.append(f"{n_th} Thai profiles, want about 55 %")
    if not 160 <= len(pairs) <= 180:
        errors.append(f"{len(pairs)} links, want 160-180")
    if pairs and not 0.40 <= cross / len(pairs) <= 0.60:
        errors.append(f"{cross} cross-language links of {len(pairs)}, want about half")
    if not 17 <= n_unmet <= 23:
        errors.append(f"{n_unmet} unmet needs, want about 20")
    if met and sum(1 <= m <= 3 for m in met) < 0.7 * len(met):
        errors.append("fewer than 70 % of met needs have 1-3 suppliers")
    return errors


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    row = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [t for t, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    return json.dumps(row, ensure_ascii=False)


def counts_table(profiles: tuple[Sme, ...], pairs: list[tuple[str, str]]) -> str:
    by_id = {s.id: s for s in profiles}
    needs = [(s, n) for s in profiles for n in s.needs]
    met = [len(qualified(n, s, profiles)) for s, n in needs if not n.unmet]
    th_en = sum(by_id[a].lang == "th" and by_id[b].lang == "en" for a, b in pairs)
    en_th = sum(by_id[a].lang == "en" and by_id[b].lang == "th" for a, b in pairs)
    cross = th_en + en_th
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(profiles))),
        ("Thai / English", f"{sum(s.lang == 'th' for s in profiles)} / {sum(s.lang == 'en' for s in profiles)}"),
    ]
    subs = Counter(s.sub for s in profiles)
    rows += [(f"sub-cluster {v.value}", str(subs[v.value])) for v in SubCluster]
    stages = Counter(s.stage for s in profiles)
    rows += [(f"stage {v.value}", str(stages[v.value])) for v in Stage]
    regions = Counter(resolve_province(s.province).region.value for s in profiles)  # type: ignore[union-attr]
    rows += [(f"region {r}", str(c)) for r, c in sorted(regions.items())]
    provinces = {resolve_province(s.province).name_en for s in profiles}  # type: ignore[union-attr]
    met_spread = Counter(min(m, 4) for m in met)
    rows += [
        ("distinct provinces", str(len(provinces))),
        ("offers", str(sum(len(s.offers) for s in profiles))),
        ("distinct offer labels", str(len({label for s in profiles for _, label in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        (
            "met needs by number of suppliers (1 / 2 / 3 / 4+)",
            " / ".join(str(met_spread[k]) for k in (1, 2, 3, 4)),
        ),
        (
            "needs requiring a certification (of them unmet)",
            f"{sum(bool(n.req) for _, n in needs)} ({sum(bool(n.req and n.unmet) for _, n in needs)})",
        ),
        ("needs waiving a certification", str(sum(bool(n.waive) for _, n in needs))),
        ("true links", str(len(pairs))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / max(len(pairs), 1):.0%})"),
        ("within-language links", str(len(pairs) - cross)),
        ("links between different sub-clusters", str(sum(by_id[a].sub != by_id[b].sub for a, b in pairs))),
    ]
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


README = """\
# blind_plain_hammocks

A hand-labelled evaluation set for partner matching. Theme: hammocks, cradles and swings (knotted and
fabric hammocks, Thai baby cradles, fabric baby swings, hammock and macramé hanging chairs, camping
hammocks, rope and cord, spreader bars, hooks and springs) and the resorts, cafés, camping shops, baby
shops, garden centres and care homes that buy them, plus the ordinary fibre, yarn, cloth, dyeing and
sewing suppliers around them.

## What it checks

Given only the 95 profiles, how well a matcher finds the true supplier -> buyer pairs when offers and
needs are short registry phrases that share few words: local and regional names (northern ห้อม,
Isan อู่), trade words and abbreviations (210T, 70D, CMT, PP, Ne 10/2), brand-style names, quantities,
prices and places, and needs usually written differently from the offers that meet them and often in
the other language. Hard cases: a service versus the goods it works on (dyeing the customer's cloth
or yarn, sewing for others, shredding a hotel's old linen) versus the dyed cloth or finished goods;
waste and used goods versus new (old nets, used tent canvas, second-hand hammocks); raw versus
processed (hemp bark, hemp yarn, hemp cloth, hemp hammock); finished goods described by material or
technique (an indigo-dyed handwoven hammock is a hammock); needs written as a wish, a bare noun phrase
or a question; refusals ("no synthetic dye", "no cotton"); needs that require a named certification
and needs that name one only to waive it; and about 20 needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the project's contracts (cluster profiles, JSONL version 1,
and the links CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings; nothing
else of the project. All data, labels and checks live in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need lists the offer labels that
would meet it and the certifications its text requires, or is marked as met by no one with a short
note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed
by one of the buyer's needs and the supplier's certifications hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link; what changes what the thing is does. A waived certification is not required.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_hammocks/write.py

The script checks the data first (ids, contract fields, provinces and certifications through
`shared.taxonomy`, labels offered by someone other than the buyer, met needs met and unmet needs not,
certifications named in the need text, Thai and English phrases, size targets) and writes nothing if
a check fails. Two runs give identical bytes.

## Files

- `write.py`: the data, the checks and the writer.
- `profiles.jsonl`: 95 profiles, ids `bhm-001` ... `bhm-095`, contract JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render(profiles: tuple[Sme, ...]) -> dict[str, str]:
    pairs = links(profiles)
    table = counts_table(profiles, pairs)
    return {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in profiles),
        "links.csv": "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in pairs),
        "README.md": README.format(table=table),
        "_table": table,
    }


def main() -> int:
    errors = check(PROFILES)
    pairs = links(PROFILES)
    errors += size_errors(PROFILES, pairs)
    first, second = render(PROFILES), render(PROFILES)
    if first != second:
        errors.append("two renders differ")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(first["_table"], file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    for name in ("profiles.jsonl", "links.csv", "README.md"):
        (HERE / name).write_text(first[name], encoding="utf-8", newline="\n")
    print(first["_table"], end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
