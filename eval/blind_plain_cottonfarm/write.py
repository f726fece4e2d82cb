"""Write the hand-labelled evaluation set `eval/blind_plain_cottonfarm/`.

Theme: cotton farming and ginning (planting seed, seed cotton, ginning and baling, lint, cottonseed oil
and cake, organic and native growers, hand spinners, mills and fair-trade buyers), plus ordinary fibre,
yarn, cloth, dyeing and sewing suppliers of the cluster.

Every offer is a (text, label) pair; every need lists the offer labels that meet it and the certifications
its text requires (or waives), or is marked as met by no one. The true links follow from the labels alone.

Run from the repository root:  .venv/bin/python eval/blind_plain_cottonfarm/write.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PREFIX = "bcf"


def _taxonomy() -> ModuleType:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import shared.taxonomy as taxonomy

    return taxonomy


TX = _taxonomy()

SUB = {
    "hemp": "hemp_natural_fibre",
    "circ": "circular_textile",
    "sport": "sportech",
    "agec": "ageing_lifestyle_central",
    "agei": "ageing_lifestyle_isan",
}
STAGE = {"up": "upstream", "mid": "midstream", "down": "downstream"}


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    note: str = ""  # set only when no one in the set meets the need


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    sub: str
    stage: str
    province: str
    name: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def _tuple(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else value


def need(text: str, *labels: str, req: str | tuple[str, ...] = (), waive: str | tuple[str, ...] = ()) -> Need:
    return Need(text, labels, _tuple(req), _tuple(waive))


def unmet(text: str, note: str, waive: str | tuple[str, ...] = ()) -> Need:
    return Need(text, (), (), _tuple(waive), note)


SMES: list[Sme] = []


def sme(
    num: int,
    lang: str,
    sub: str,
    stage: str,
    province: str,
    name: str,
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> None:
    SMES.append(Sme(num, lang, SUB[sub], STAGE[stage], province, name, email, tuple(offers), tuple(needs), certs, bcg))


OT = "Organic Thailand"
OEKO = "OEKO-TEX Standard 100"
FT = "Fairtrade"
BC = "Better Cotton"

# ---------------------------------------------------------------- growers and seed (001-010)

sme(
    1,
    "th",
    "hemp",
    "up",
    "Loei",
    "วิสาหกิจชุมชนเมล็ดพันธุ์ฝ้ายด่านซ้าย",
    "dansai.cottonseed@gmail.com",
    [
        ("เมล็ดพันธุ์ฝ้ายพื้นเมือง คัดแล้ว ถุงละ 1 กก. ปลูกได้ 1 ไร่", "cotton_planting_seed"),
        ("ฝ้ายดอกอินทรีย์ทั้งเมล็ด ส่งหลังเก็บเกี่ยว ธ.ค.-ก.พ.", "organic_seed_cotton"),
    ],
    [need("หาโรงหีบรับจ้าง แยกเมล็ดออกจากปุย ฝ้ายของกลุ่มเราเอง ปีละ 8 ตัน", "ginning_service")],
    certs=(OT,),
    bcg=("bio",),
)
sme(
    2,
    "en",
    "hemp",
    "up",
    "Phetchabun",
    "Khao Kho Seed Works Co., Ltd.",
    "sales@khaokhoseed.co.th",
    [("Certified cotton planting seed, var. Takfa 6, acid-delinted, 20 kg sacks", "cotton_planting_seed")],
    [unmet("Printed moisture-barrier seed sachets, 1 kg", "no packaging maker in the set")],
    certs=("ISO 9001",),
)
sme(
    3,
    "th",
    "hemp",
    "up",
    "Nan",
    "กลุ่มอนุรักษ์ฝ้ายตุ่นบ้านน้ำเกี๋ยน",
    "faitun.namkian@gmail.com",
    [
        ("ฝ้ายตุ่นสีน้ำตาล พันธุ์พื้นบ้านเมืองน่าน ทั้งเมล็ด ยังไม่ได้อีด", "seed_cotton"),
    ],
    [need("คนรับเข็นฝ้ายเป็นเส้น เราส่งปุยไปให้เอง", "spinning_service")],
    bcg=("bio",),
)
sme(
    4,
    "en",
    "hemp",
    "up",
    "Tak",
    "Mae Sot Cotton Growers Group",
    "maesot.growers@gmail.com",
    [("Seed cotton from Better Cotton farms, picked Nov-Jan, approx. 40 t a season", "seed_cotton")],
    [
        need("Who sells sowing seed for rain-fed cotton?", "cotton_planting_seed"),
        unmet("Hire of a mechanical cotton picker for 60 rai", "no machinery hire in the set"),
    ],
    certs=(BC,),
)
sme(
    5,
    "th",
    "hemp",
    "up",
    "Nakhon Sawan",
    "กลุ่มเกษตรกรผู้ปลูกฝ้ายตาคลี",
    "takhli.fai@hotmail.com",
    [("ฝ้ายปุยทั้งเมล็ด เก็บมือ คัดสิ่งเจือปนแล้ว", "seed_cotton")],
    [
        need("พันธุ์ฝ้ายทนเพลี้ยจักจั่น สำหรับหยอดหลุม", "cotton_planting_seed"),
        need("จ้างหีบพร้อมอัดก้อน ฝ้ายประมาณ 20 ตัน", "ginning_service"),
    ],
)
sme(
    6,
    "th",
    "hemp",
    "up",
    "Lopburi",
    "สวนฝ้ายอินทรีย์ลำนารายณ์",
    "lamnarai.organic@gmail.com",
    [("ฝ้ายดอกปลอดสาร ได้มาตรฐานเกษตรอินทรีย์ ไม่ใช้สารเคมี", "organic_seed_cotton")],
    [
        unmet("ปุ๋ยหมักมูลไส้เดือน ครั้งละ 2 ตัน", "no compost maker in the set"),
        need("ใครรับหีบฝ้ายบ้าง", "ginning_service"),
    ],
    certs=(OT,),
    bcg=("bio", "green"),
)
sme(
    7,
    "en",
    "hemp",
    "up",
    "Chaiyaphum",
    "Chaiyaphum Organic Cotton Co-op",
    "coop@chaiyaphumcotton.org",
    [
        ("Hand-ginned organic cotton lint, 5-50 kg lots", "organic_cotton_lint"),
        ("Organic seed cotton, whole, Organic Thailand certified", "organic_seed_cotton"),
    ],
    [need("Untreated planting seed from Organic Thailand certified growers", "cotton_planting_seed", req=OT)],
    certs=(OT, FT),
    bcg=("bio",),
)
sme(
    8,
    "th",
    "hemp",
    "up",
    "Kanchanaburi",
    "กลุ่มฝ้ายดอยบ้านไร่ปะ",
    "raipa.karen@gmail.com",
    [
        ("ฝ้ายดอยปลูกแซมข้าวไร่ ทั้งเมล็ด", "seed_cotton"),
        ("ข้าวไร่ดอย ข้าวเปลือก ถังละ 250 บาท", "upland_rice"),
    ],
    [need("ห้อมเปียก หรือเนื้อครามสำหรับย้อมเอง", "indigo_paste")],
)
sme(
    9,
    "en",
    "hemp",
    "up",
    "Uttaradit",
    "Laplae Smallholder Cotton",
    "laplae.cotton@gmail.com",
    [("Raw cotton with seed, unginned, by the sack", "seed_cotton")],
    [need("Sowing seed, local variety, 30 kg", "cotton_planting_seed")],
)
sme(
    10,
    "th",
    "hemp",
    "up",
    "Sukhothai",
    "ไร่ฝ้ายศรีสัชนาลัย",
    "srisat.cottonfarm@gmail.com",
    [
        ("ต้นฝ้ายแห้งหลังเก็บเกี่ยว ใช้ทำเชื้อเพลิงชีวมวล", "cotton_stalks"),
    ],
    [need("เมล็ดฝ้ายพันธุ์ใหม่ไว้ปลูกฤดูหน้า", "cotton_planting_seed")],
    bcg=("bio",),
)

# ---------------------------------------------------------------- gins, oil mills, by-products (011-022)

sme(
    11,
    "en",
    "hemp",
    "up",
    "Phetchabun",
    "Lom Sak Ginning Co., Ltd.",
    "office@lomsakgin.co.th",
    [
        ("Custom saw ginning and baling of growers' seed cotton, 2 t/h", "ginning_service"),
        ("Lint bales ~200 kg, staple 28-29 mm, mic 4.2", "cotton_lint"),
        ("Fuzzy cottonseed for crushing, bulk truckload", "cottonseed"),
    ],
    [need("Seed cotton grown without chemicals, for a separate organic line", "organic_seed_cotton")],
    certs=("ISO 9001",),
)
sme(
    12,
    "th",
    "hemp",
    "up",
    "Nakhon Sawan",
    "โรงหีบฝ้ายปากน้ำโพ",
    "paknampho.gin@gmail.com",
    [
        ("ปุยฝ้ายหีบแล้ว อัดเบล", "cotton_lint"),
        ("เมล็ดฝ้ายจากโรงหีบ ส่งโรงน้ำมัน", "cottonseed"),
        ("ขี้ฝ้ายจากการหีบ เศษใบ ปุยสั้น", "cotton_gin_waste"),
    ],
    [need("รับซื้อฝ้ายดอกจากชาวไร่ ราคาหน้าโรง", "seed_cotton", "organic_seed_cotton")],
)
sme(
    13,
    "th",
    "hemp",
    "up",
    "Loei",
    "โรงอีดฝ้ายชุมชนภูเรือ",
    "phuruea.eed@gmail.com",
    [
        ("รับอีดฝ้าย แยกเมล็ด ค่าจ้างกิโลละ 15 บาท", "ginning_service"),
        ("ฝ้ายปุยอินทรีย์ ดีดแล้ว พร้อมเข็น", "organic_cotton_lint"),
    ],
    [need("ฝ้ายทั้งเมล็ดปลอดสาร ต้องมีมาตรฐานเกษตรอินทรีย์", "organic_seed_cotton", req=OT)],
    certs=(OT,),
    bcg=("bio",),
)
sme(
    14,
    "en",
    "hemp",
    "up",
    "Tak",
    "Tak Fibre Trading",
    "trade@takfibre.com",
    [
        ("BCI lint, pressed bales, ex-warehouse Mae Sot", "cotton_lint"),
        ("Gin motes and trash, loose, for composting", "cotton_gin_waste"),
    ],
    [need("Seed cotton grown under Better Cotton", "seed_cotton", "organic_seed_cotton", req=BC)],
    certs=(BC,),
)
sme(
    15,
    "th",
    "hemp",
    "mid",
    "Nakhon Sawan",
    "บริษัท น้ำมันพืชนครสวรรค์ จำกัด",
    "info@nsvegoil.co.th",
    [
        ("น้ำมันเมล็ดฝ้ายดิบ ส่งโรงกลั่น", "cottonseed_oil"),
        ("กากเมล็ดฝ้ายอัดเม็ด โปรตีน 28%", "cottonseed_cake"),
        ("ลินเตอร์ ขนสั้นที่ติดเมล็ดฝ้าย", "cotton_linters"),
    ],
    [need("เมล็ดฝ้ายสำหรับบีบน้ำมัน เดือนละ 300 ตัน", "cottonseed")],
    certs=("Thai FDA",),
)
sme(
    16,
    "en",
    "hemp",
    "mid",
    "Songkhla",
    "Hat Yai Edible Oils Co.",
    "sales@hatyaioils.com",
    [("Refined cottonseed oil, 18 L tins, Halal", "cottonseed_oil")],
    [need("Crushing-grade cottonseed delivered to Songkhla", "cottonseed")],
    certs=("Halal", "Thai FDA"),
)
sme(
    17,
    "th",
    "circ",
    "down",
    "Ratchaburi",
    "ฟาร์มโคนมโพธาราม",
    "photharam.dairy@gmail.com",
    [("มูลวัวแห้ง บรรจุกระสอบ", "cow_manure")],
    [need("กากฝ้ายผสมอาหารวัว ส่งถึงฟาร์ม", "cottonseed_cake")],
    bcg=("circular",),
)
sme(
    18,
    "en",
    "circ",
    "mid",
    "Nakhon Ratchasima",
    "Korat Feed Mill Co.",
    "purchasing@koratfeed.co.th",
    [("Dairy concentrate feed, 30 kg bags", "cattle_feed")],
    [need("Cottonseed meal, 40% protein, 20 t a month", "cottonseed_cake")],
)
sme(
    19,
    "th",
    "hemp",
    "mid",
    "Phetchabun",
    "โรงบีบน้ำมันฝ้ายหล่มเก่า",
    "lomkao.oil@gmail.com",
    [
        ("น้ำมันฝ้ายสกัดเย็น ขวด 500 มล.", "cottonseed_oil"),
        ("กากฝ้ายหลังบีบ ขายเป็นกระสอบ", "cottonseed_cake"),
    ],
    [need("เมล็ดฝ้ายแห้ง ความชื้นไม่เกิน 10%", "cottonseed")],
    bcg=("bio",),
)
sme(
    20,
    "en",
    "circ",
    "down",
    "Chiang Mai",
    "Mae Rim Mushroom Farm",
    "maerim.mushroom@gmail.com",
    [("Fresh oyster mushrooms, 5 kg crates", "mushrooms")],
    [need("Ginnery waste as mushroom substrate", "cotton_gin_waste")],
    bcg=("circular", "bio"),
)
sme(
    21,
    "th",
    "agec",
    "down",
    "Nonthaburi",
    "สบู่สมุนไพรบ้านนนท์",
    "baannon.soap@gmail.com",
    [("สบู่สมุนไพรผสมน้ำมันเมล็ดฝ้าย ก้อน 100 กรัม", "herbal_soap")],
    [need("น้ำมันฝ้ายบริสุทธิ์ สำหรับทำสบู่ ถัง 20 ลิตร", "cottonseed_oil")],
    certs=("Thai FDA",),
)
sme(
    22,
    "en",
    "agec",
    "down",
    "Krabi",
    "Andaman Wellness Spa",
    "hello@andamanwellness.com",
    [("Thai massage and herbal compress treatments, group bookings", "spa_service")],
    [
        need("Halal certified cottonseed oil for massage blends, 5 L", "cottonseed_oil", req="Halal"),
        need("Absorbent cotton pads for facials", "absorbent_cotton_wool"),
        need("Bath towels, white, 70x140 cm, all cotton", "cotton_towel"),
    ],
)

# ---------------------------------------------------------------- spinners and mills (023-028)

sme(
    23,
    "th",
    "hemp",
    "up",
    "Chiang Mai",
    "กลุ่มเข็นฝ้ายบ้านไร่ไผ่งาม",
    "raiphaingam.spin@gmail.com",
    [
        ("ฝ้ายเข็นมือเส้นเล็ก สีขาวธรรมชาติ", "handspun_cotton_yarn"),
        ("รับปั่นฝ้ายเป็นเส้นตามสั่ง ลูกค้าส่งปุยมาเอง", "spinning_service"),
    ],
    [need("ปุยฝ้ายปลอดสาร ดีดพร้อมปั่น เดือนละ 50 กก.", "organic_cotton_lint")],
    certs=("OTOP",),
)
sme(
    24,
    "en",
    "hemp",
    "up",
    "Chiang Mai",
    "Doi Saket Handspinners",
    "doisaket.spinners@gmail.com",
    [("Handspun cotton yarn, medium weight, 100 g skeins", "handspun_cotton_yarn")],
    [need("Carded sliver or roving for hand spinning", "cotton_roving")],
    certs=(FT,),
)
sme(
    25,
    "th",
    "agei",
    "up",
    "Yasothon",
    "กลุ่มปั่นฝ้ายผู้สูงอายุบ้านนาสะไมย์",
    "nasamai.elder@gmail.com",
    [("ฝ้ายเข็นด้วยไน ผู้สูงอายุทำ ขีดละ 60 บาท", "handspun_cotton_yarn")],
    [need("ใครมีฝ้ายปุยปลอดสารขายบ้าง? เอาแบบยังไม่ปั่น", "organic_cotton_lint")],
)
sme(
    26,
    "en",
    "hemp",
    "up",
    "Nakhon Pathom",
    "Siam Carding Mill",
    "sales@siamcarding.co.th",
    [
        ("Carded cotton sliver and roving, 1 kg bumps", "cotton_roving"),
        ("Comber noil and card waste, baled", "cotton_spinning_waste"),
    ],
    [need("Cotton lint, 1-1/8 inch staple, 20 bales a month", "cotton_lint")],
)
sme(
    27,
    "en",
    "hemp",
    "up",
    "Samut Sakhon",
    "Mahachai Spinning Co., Ltd.",
    "yarn@mahachaispin.co.th",
    [
        ("Ring-spun combed yarn Ne 30/1, 100% cotton, OEKO-TEX", "cotton_yarn"),
        ("OE yarn Ne 10/1 for towels and denim", "cotton_yarn"),
    ],
    [
        need("BCI lint for brand programmes", "cotton_lint", req=BC),
    ],
    certs=(OEKO, "ISO 9001"),
)
sme(
    28,
    "th",
    "hemp",
    "up",
    "Pathum Thani",
    "บริษัท ปทุมสิ่งทอ จำกัด",
    "sales@pathumtextile.co.th",
    [
        ("ด้ายฝ้ายออร์แกนิก Ne 20/1 ได้ GOTS", "organic_cotton_yarn"),
        ("รับปั่นด้ายจากฝ้ายของลูกค้า ขั้นต่ำ 1 ตัน", "spinning_service"),
    ],
    [need("ปุยฝ้ายอินทรีย์ ต้องมีตราออร์แกนิกไทยแลนด์", "organic_cotton_lint", req=OT)],
    certs=("GOTS", "OCS"),
)

# ---------------------------------------------------------------- weavers, dyers, shops (029-040)

sme(
    29,
    "th",
    "hemp",
    "mid",
    "Phrae",
    "กลุ่มหม้อห้อมทุ่งโฮ้ง",
    "thunghong.mohom@gmail.com",
    [
        ("ผ้าหม้อห้อมย้อมห้อมแท้ หน้ากว้าง 1 เมตร", "indigo_dyed_cotton_fabric"),
        ("เสื้อม่อฮ่อม คอจีน ไซซ์ S-XXL", "cotton_clothing"),
        ("รับย้อมห้อมผ้าของลูกค้า ขั้นต่ำ 20 เมตร", "indigo_dyeing_service"),
    ],
    [
        need("ใบห้อมสด หรือห้อมเปียก", "indigo_paste"),
        need("ผ้าดิบฝ้าย 100% สำหรับนำมาย้อม", "cotton_greige_fabric"),
    ],
    certs=("OTOP",),
)
sme(
    30,
    "en",
    "agei",
    "mid",
    "Sakon Nakhon",
    "Sakon Indigo Collective",
    "sakonindigo@gmail.com",
    [
        ("Natural indigo paste (nam kram), 1 kg tubs", "indigo_paste"),
        ("Kram-dyed cotton cloth, 1.5 m lengths", "indigo_dyed_cotton_fabric"),
    ],
    [need("Hand-spun thread for weaving, undyed", "handspun_cotton_yarn")],
    certs=("OTOP",),
    bcg=("bio",),
)
sme(
    31,
    "th",
    "agei",
    "mid",
    "Sakon Nakhon",
    "ร้านครามบ้านพรรณา",
    "phanna.kram@gmail.com",
    [
        ("รับย้อมครามธรรมชาติ ผ้าฝ้าย ผ้าไหม ของลูกค้า", "indigo_dyeing_service"),
        ("ผ้าพันคอฝ้ายย้อมคราม", "cotton_scarf"),
    ],
    [need("เส้นฝ้ายโรงงาน เบอร์ 20 สีขาว สำหรับทอ", "cotton_yarn")],
    certs=("OTOP",),
)
sme(
    32,
    "en",
    "agei",
    "mid",
    "Khon Kaen",
    "Khon Kaen Mudmee Weavers",
    "kkmudmee@gmail.com",
    [
        ("Cotton mudmee ikat cloth, handwoven, 4 m pieces", "handwoven_cotton_fabric"),
        ("Pha khao ma, plaid cotton loincloth", "pha_khao_ma"),
    ],
    [
        need("Ready-dyed yarn in bright colours, 1 kg cones", "dyed_cotton_yarn"),
        need(
            "Plant-dye service for our woven lengths, no synthetic dye",
            "indigo_dyeing_service",
            "natural_dyeing_service",
        ),
    ],
    certs=("OTOP",),
)
sme(
    33,
    "th",
    "agei",
    "mid",
    "Roi Et",
    "กลุ่มทอผ้าฝ้ายบ้านหวาย",
    "banwai.weave@gmail.com",
    [
        ("ผ้าฝ้ายทอมือลายขิด หน้ากว้าง 80 ซม.", "handwoven_cotton_fabric"),
        ("ผ้าขาวม้าฝ้าย 100% ลายตาหมากรุก", "pha_khao_ma"),
    ],
    [need("ด้ายย้อมสีสำเร็จ หลอดละ 1 กก.", "dyed_cotton_yarn", "natural_dyed_cotton_yarn")],
)
sme(
    34,
    "en",
    "hemp",
    "mid",
    "Chiang Mai",
    "Lanna Loom Studio",
    "studio@lannaloom.com",
    [
        ("Handloomed cotton yardage, 90 cm wide, natural ecru", "handwoven_cotton_fabric"),
        ("Weaving on commission from customers' own yarn", "weaving_service"),
    ],
    [need("Handspun yarn, Fairtrade nice to have", "handspun_cotton_yarn", waive=FT)],
    certs=(FT,),
)
sme(
    35,
    "th",
    "hemp",
    "mid",
    "Nan",
    "ผ้าทอไทลื้อบ้านหนองบัว",
    "nongbua.tailue@gmail.com",
    [("ผ้าฝ้ายทอลายน้ำไหล ขายเป็นเมตร", "handwoven_cotton_fabric")],
    [unmet("อยากได้ฝ้ายตุ่นเข็นมือ สีน้ำตาลธรรมชาติ", "brown cotton is grown but no one spins it")],
    certs=("OTOP",),
)
sme(
    36,
    "en",
    "hemp",
    "mid",
    "Trang",
    "Na Muen Si Weaving Group",
    "namuensi.weaving@gmail.com",
    [("Na Muen Si cotton cloth, handwoven, 2 m", "handwoven_cotton_fabric")],
    [
        need("Mill yarn, bleached white, Ne 20", "cotton_yarn"),
        need("Recycled cotton yarn for a new eco line", "recycled_cotton_yarn"),
    ],
    certs=("OTOP",),
)
sme(
    37,
    "th",
    "hemp",
    "mid",
    "Songkhla",
    "ผ้าทอเกาะยอ ป้าเนียม",
    "kohyor.weave@gmail.com",
    [("ผ้าทอเกาะยอ ลายราชวัตร ฝ้ายผสมโพลีเอสเตอร์", "cotton_poly_handwoven_fabric")],
    [unmet("ด้าย TC ฝ้ายผสมโพลี สำหรับทอผ้าเกาะยอ", "no one offers poly-cotton yarn")],
)
sme(
    38,
    "en",
    "hemp",
    "down",
    "Bangkok",
    "Thread & Hearth Fair Trade",
    "buying@threadhearth.org",
    [("Cushion covers in handwoven cotton, 45x45 cm", "cushion_cover")],
    [
        need("Fairtrade-certified handloom yardage", "handwoven_cotton_fabric", req=FT),
        need("Handspun thread from women's groups, Fairtrade certified", "handspun_cotton_yarn", req=FT),
    ],
    certs=(FT,),
)
sme(
    39,
    "th",
    "agec",
    "down",
    "Bangkok",
    "ร้านฝ้ายงาม สยาม",
    "faingam.siam@gmail.com",
    [("กระเป๋าผ้าฝ้ายย้อมคราม ทอมือ", "cotton_bag")],
    [
        need("หาผ้าทอมือฝ้ายแท้ ลายพื้นเมือง ไม่เอาโพลีเอสเตอร์", "handwoven_cotton_fabric"),
        need("ผ้าคราม ผ้าหม้อห้อม เป็นเมตร", "indigo_dyed_cotton_fabric"),
    ],
)
sme(
    40,
    "en",
    "hemp",
    "down",
    "Chiang Mai",
    "Nimman Craft House",
    "shop@nimmancraft.com",
    [("Mor hom work shirts, unisex", "cotton_clothing")],
    [
        need("Cotton shoulder bags and totes for resale", "cotton_bag"),
        unmet("Woven cloth of brown native cotton (fai tun)", "brown cotton is grown but no one weaves it"),
    ],
)

# ---------------------------------------------------------------- waste, recycling and sewing (041-054)

sme(
    41,
    "th",
    "circ",
    "mid",
    "Samut Prakan",
    "โรงงานตัดเย็บบางพลีการ์เมนต์",
    "bangplee.garment@gmail.com",
    [
        ("รับเย็บเสื้อยืด เสื้อโปโล ตามแบบ ขั้นต่ำ 300 ตัว", "sewing_service"),
        ("เศษผ้าตัด ผ้ายืดคอตตอน แยกสี กิโลละ 8 บาท", "cotton_cutting_waste"),
    ],
    [need("ผ้ายืดฝ้ายล้วน 100% สีพื้น ม้วนละ 25 กก.", "cotton_jersey_fabric")],
    bcg=("circular",),
)
sme(
    42,
    "en",
    "circ",
    "up",
    "Bangkok",
    "ReThread Recycling Co.",
    "supply@rethread.co.th",
    [("GRS recycled cotton fibre, shredded and opened", "recycled_cotton_fibre")],
    [
        need("Pre-consumer cotton offcuts, sorted by colour", "cotton_cutting_waste"),
        need("Post-consumer cotton textiles, baled", "used_cotton_textiles"),
    ],
    certs=("GRS",),
    bcg=("circular",),
)
sme(
    43,
    "th",
    "circ",
    "up",
    "Chonburi",
    "ศูนย์คัดแยกเสื้อผ้าเก่าชลบุรี",
    "chonburi.sorting@gmail.com",
    [
        ("เสื้อผ้ามือสองคัดเกรด ฝ้ายล้วน ขายเป็นก้อน", "used_cotton_textiles"),
        ("ผ้าขี้ริ้วตัดจากเสื้อยืดเก่า", "cotton_wiping_rags"),
    ],
    [unmet("รถบรรทุก 6 ล้อ รับจ้างขนส่งรายเที่ยว", "no transport firm in the set")],
    bcg=("circular",),
)
sme(
    44,
    "en",
    "circ",
    "mid",
    "Rayong",
    "Eastern Wipers Co.",
    "orders@easternwipers.com",
    [("Industrial wiping cloths, white cotton, 10 kg bags", "cotton_wiping_rags")],
    [need("Worn cotton garments or old linen, any colour, by the tonne", "used_cotton_textiles")],
    bcg=("circular",),
)
sme(
    45,
    "th",
    "circ",
    "up",
    "Nakhon Pathom",
    "บริษัท รีคอตตอน ไทย จำกัด",
    "info@recottonthai.com",
    [("ด้ายรีไซเคิลจากเศษผ้าฝ้าย Ne 12 สีเทา", "recycled_cotton_yarn")],
    [need("เส้นใยฝ้ายรีไซเคิล ต้องได้มาตรฐาน GRS", "recycled_cotton_fibre", req="GRS")],
    certs=("GRS",),
    bcg=("circular",),
)
sme(
    46,
    "en",
    "sport",
    "mid",
    "Samut Sakhon",
    "Mahachai Knit Garments",
    "cmt@mahachaiknit.com",
    [
        ("CMT sewing of tees and polos, MOQ 500", "sewing_service"),
        ("Jersey offcuts from cutting room, 1 t a month", "cotton_cutting_waste"),
    ],
    [
        need("Combed cotton single jersey, 180 gsm", "cotton_jersey_fabric"),
        need("Screen printing of chest logos", "screen_printing_service"),
    ],
)
sme(
    47,
    "th",
    "circ",
    "down",
    "Bangkok",
    "ร้านกระเป๋ารักษ์โลก",
    "raklok.bag@gmail.com",
    [("กระเป๋าผ้าดิบสกรีนโลโก้ ตามสั่ง", "cotton_bag")],
    [need("ผ้าดิบโรงงาน หน้า 150 ซม. ยังไม่ฟอก", "cotton_greige_fabric")],
    bcg=("circular",),
)
sme(
    48,
    "en",
    "circ",
    "down",
    "Pathum Thani",
    "Upcycle Lab",
    "hi@upcyclelab.co",
    [("Patchwork quilts from denim scraps", "upcycled_quilt")],
    [
        need("Denim and cotton scraps from garment cutting", "cotton_cutting_waste"),
        need("Sewing contractor for small runs of 100 pcs", "sewing_service"),
    ],
    bcg=("circular",),
)
sme(
    49,
    "th",
    "circ",
    "down",
    "Khon Kaen",
    "วิสาหกิจเพาะเห็ดบ้านโคกสี",
    "khoksi.hed@gmail.com",
    [("เห็ดนางฟ้าสด ส่งตลาด", "mushrooms")],
    [need("ขี้ฝ้ายจากโรงหีบหรือโรงปั่นด้าย ใช้เพาะเห็ด", "cotton_gin_waste", "cotton_spinning_waste")],
    bcg=("circular", "bio"),
)
sme(
    50,
    "en",
    "circ",
    "up",
    "Lamphun",
    "Northern Biochar Works",
    "biochar.lamphun@gmail.com",
    [("Biochar from crop residues, 25 kg bags", "biochar")],
    [need("Dry cotton plants after harvest, baled", "cotton_stalks")],
    bcg=("circular", "green"),
)
sme(
    51,
    "en",
    "circ",
    "mid",
    "Chiang Rai",
    "Second Loop Textiles",
    "loop@secondloop.co",
    [("Woven fabric from recycled cotton yarn, 150 cm", "recycled_cotton_fabric")],
    [need("Recycled yarn, GRS not required", "recycled_cotton_yarn", waive="GRS")],
    bcg=("circular",),
)
sme(
    52,
    "th",
    "agei",
    "down",
    "Surin",
    "กลุ่มแม่บ้านพรมเช็ดเท้าบ้านตรึม",
    "bantrum.rug@gmail.com",
    [("พรมเช็ดเท้าถักจากเศษผ้า", "rag_rug")],
    [need("เศษผ้ายืดจากโรงงาน กิโลละไม่เกิน 5 บาท", "cotton_cutting_waste")],
    bcg=("circular",),
)
sme(
    53,
    "en",
    "agec",
    "down",
    "Bangkok",
    "Silom Care Hospital",
    "procurement@silomcare.co.th",
    [("Retired cotton bed sheets, laundered, ~2 t a year", "used_cotton_textiles")],
    [
        need("Sterile cotton balls, ISO 13485 certified supplier", "absorbent_cotton_wool", req="ISO 13485"),
        need("Patient gowns, cotton, tie back", "patient_gown"),
        need("Flat sheets for hospital beds, pure cotton", "cotton_bed_linen"),
    ],
    certs=("ISO 9001",),
)
sme(
    54,
    "th",
    "circ",
    "mid",
    "Samut Prakan",
    "โรงย้อมผ้าสำโรง",
    "samrong.dyehouse@gmail.com",
    [("รับย้อมผ้าทอ ผ้าถัก ของลูกค้า สีรีแอคทีฟ", "fabric_dyeing_service")],
    [unmet("สารช่วยย้อมที่ไม่มีฟอร์มาลดีไฮด์", "no dye chemical supplier in the set")],
    certs=(OEKO,),
)

# ---------------------------------------------------------------- sportech and knit (055-063)

sme(
    55,
    "en",
    "sport",
    "mid",
    "Samut Prakan",
    "Bangna Knitting Co., Ltd.",
    "sales@bangnaknit.co.th",
    [
        ("Single jersey, 100% combed cotton, 160 gsm", "cotton_jersey_fabric"),
        ("CVC 60/40 pique for polo shirts", "cotton_poly_jersey"),
    ],
    [need("Carded yarn Ne 32/1 for circular knitting", "cotton_yarn")],
    certs=(OEKO,),
)
sme(
    56,
    "th",
    "sport",
    "down",
    "Bangkok",
    "บริษัท สปอร์ตไลน์ อพาเรล จำกัด",
    "buy@sportline.co.th",
    [("เสื้อวิ่งงานอีเวนต์ พิมพ์ลายตามสั่ง", "sports_apparel")],
    [
        need("ผ้ายืดคอตตอนล้วน ห้ามมีโพลี", "cotton_jersey_fabric"),
        need("โรงงานรับเย็บชุดกีฬา งานจำนวนมาก", "sewing_service"),
    ],
)
sme(
    57,
    "th",
    "sport",
    "mid",
    "Samut Sakhon",
    "โรงถักผ้ามหาชัยนิตติ้ง",
    "mahachai.knitting@gmail.com",
    [
        ("ผ้ายืดคอตตอน 32 สีพื้น ขายเป็นกิโล", "cotton_jersey_fabric"),
        ("ผ้า TK โพลีเอสเตอร์ 100% สำหรับเสื้อกีฬา", "polyester_jersey"),
    ],
    [need("ด้าย OE เบอร์ 20 ส่งมหาชัย", "cotton_yarn")],
)
sme(
    58,
    "en",
    "sport",
    "down",
    "Bangkok",
    "Pace Run Merch",
    "team@pacerunmerch.com",
    [("Finisher tees and singlets for running events", "sports_apparel")],
    [
        need("Cotton-polyester blend knit for event tees", "cotton_poly_jersey"),
        unmet("Dye-sublimation printing on polyester", "no sublimation printer in the set"),
    ],
)
sme(
    59,
    "th",
    "sport",
    "down",
    "Nonthaburi",
    "ถุงเท้ากีฬานนท์",
    "nonsocks@gmail.com",
    [("ถุงเท้าฝ้ายข้อกลาง พื้นหนา สำหรับวิ่ง", "cotton_socks")],
    [need("ด้ายฝ้ายหวีที่ได้ OEKO-TEX สำหรับถักถุงเท้า", "cotton_yarn", req=OEKO)],
)
sme(
    60,
    "en",
    "sport",
    "down",
    "Chonburi",
    "Pattaya Surf & Sport",
    "shop@pattayasurf.com",
    [("Board shorts and rash guards", "sports_apparel")],
    [
        need("Printed terry beach towels, cotton", "cotton_towel"),
        need("Blank organic tees, GOTS certified", "cotton_clothing", req="GOTS"),
    ],
)
sme(
    61,
    "th",
    "hemp",
    "down",
    "Chiang Mai",
    "แบรนด์ฝ้ายใจดี",
    "faijaidee.brand@gmail.com",
    [("เสื้อยืดฝ้ายออร์แกนิก ไม่สกรีน ไซซ์ S-XL", "cotton_clothing")],
    [need("ผ้าฝ้ายอินทรีย์ทอโรงงาน มีใบรับรอง GOTS", "organic_cotton_fabric", req="GOTS")],
    certs=("GOTS",),
    bcg=("green",),
)
sme(
    62,
    "en",
    "hemp",
    "mid",
    "Bangkok",
    "Green Weave Mills",
    "orders@greenweave.co.th",
    [
        ("GOTS organic cotton poplin, 145 cm, MOQ 300 m", "organic_cotton_fabric"),
        ("Loom-state cotton sheeting, 250 cm", "cotton_greige_fabric"),
    ],
    [need("Organic yarn with GOTS certificate", "organic_cotton_yarn", req="GOTS")],
    certs=("GOTS", OEKO),
)
sme(
    63,
    "en",
    "sport",
    "mid",
    "Lampang",
    "Lampang Print Works",
    "print@lampangprint.com",
    [("Screen printing on customers' garments, water-based inks", "screen_printing_service")],
    [unmet("Plastisol ink, white, 5 kg pails", "no ink supplier in the set")],
)

# ---------------------------------------------------------------- care, hospital, spa, bedding (064-073)

sme(
    64,
    "th",
    "agec",
    "mid",
    "Nakhon Pathom",
    "โรงงานสำลีแผ่นศาลายา",
    "salaya.pads@gmail.com",
    [("สำลีแผ่นเช็ดหน้า แพ็ค 100 แผ่น", "absorbent_cotton_wool")],
    [unmet("ใยฝ้ายฟอกขาวแล้ว สำหรับทำสำลีแผ่น", "no one offers bleached cotton fibre")],
)
sme(
    65,
    "th",
    "agec",
    "mid",
    "Samut Prakan",
    "บริษัท ไทยเมดิคอลคอตตอน จำกัด",
    "sales@thaimedcotton.co.th",
    [
        ("สำลีก้อนปลอดเชื้อ ผลิตตาม ISO 13485", "absorbent_cotton_wool"),
        ("ผ้าก๊อซพับ 4x4 นิ้ว 8 ชั้น", "cotton_gauze"),
    ],
    [need("ลินเตอร์หรือโนล สำหรับทำสำลี", "cotton_linters", "cotton_spinning_waste")],
    certs=("ISO 13485", "Thai FDA"),
)
sme(
    66,
    "th",
    "agec",
    "down",
    "Nonthaburi",
    "บ้านพักผู้สูงอายุสุขใจ",
    "sukjai.eldercare@gmail.com",
    [("บริการดูแลผู้สูงอายุรายวัน", "elderly_care_service")],
    [
        need("ผ้าปูเตียงผู้ป่วย 3 ฟุต ฝ้ายล้วน", "cotton_bed_linen"),
        need("ผ้าเช็ดตัว ซับน้ำดี ผืนใหญ่", "cotton_towel"),
        unmet("ผ้าอ้อมผู้ใหญ่แบบผ้า ซักได้", "no one makes washable adult nappies"),
    ],
)
sme(
    67,
    "en",
    "agec",
    "down",
    "Nakhon Pathom",
    "Phutthamonthon Linen Co.",
    "sales@ptmlinen.com",
    [
        ("Percale sheets 200 TC, all cotton", "cotton_bed_linen"),
        ("Hospital gowns in cotton twill", "patient_gown"),
    ],
    [
        need("Wide grey sheeting, 250 cm, unbleached", "cotton_greige_fabric"),
        need("Piece dyeing of our sheeting by an OEKO-TEX dyehouse", "fabric_dyeing_service", req=OEKO),
    ],
    certs=(OEKO,),
)
sme(
    68,
    "th",
    "agec",
    "down",
    "Phra Nakhon Si Ayutthaya",
    "โรงทอผ้าขนหนูอยุธยา",
    "ayutthaya.towel@gmail.com",
    [("ผ้าขนหนูคอตตอน 16 ปอนด์ ผ่าน มอก. และ OEKO-TEX", "cotton_towel")],
    [need("ด้ายสำหรับทอผ้าขนหนู เบอร์ 16", "cotton_yarn")],
    certs=("Thai Industrial Standard", OEKO),
)
sme(
    69,
    "en",
    "agec",
    "down",
    "Prachuap Khiri Khan",
    "Hua Hin Riverside Spa",
    "spa@huahinriverside.com",
    [("Day spa packages and herbal steam", "spa_service")],
    [
        need("OEKO-TEX certified bath towels", "cotton_towel", req=OEKO),
        unmet("Cotton waffle bathrobes", "no one makes bathrobes"),
    ],
)
sme(
    70,
    "th",
    "agec",
    "down",
    "Bangkok",
    "ร้านเวชภัณฑ์บางกอกน้อย",
    "bkn.medsupply@gmail.com",
    [("รถเข็นผู้ป่วย เตียงพยาบาล", "mobility_aids")],
    [need("ผ้าก๊อซ สำลี ยี่ห้อไหนก็ได้ ขอให้มี อย.", "cotton_gauze", "absorbent_cotton_wool", req="Thai FDA")],
)
sme(
    71,
    "en",
    "agec",
    "down",
    "Bangkok",
    "Cotton Futon House",
    "futon@cottonfuton.co.th",
    [("Cotton-filled floor mattresses, 3.5 ft", "cotton_mattress")],
    [need("Raw cotton for stuffing, low grade fine, not kapok", "cotton_lint")],
)
sme(
    72,
    "th",
    "agec",
    "down",
    "Samut Sakhon",
    "ที่นอนนุ่นบ้านแพ้ว",
    "banphaeo.mattress@gmail.com",
    [("ที่นอนนุ่น ยัดแน่น 5 ฟุต", "kapok_mattress")],
    [need("นุ่นดีดแล้ว ไม่มีเมล็ด", "kapok_fibre")],
)
sme(
    73,
    "en",
    "hemp",
    "up",
    "Ratchaburi",
    "Ratchaburi Kapok Traders",
    "kapok.ratchaburi@gmail.com",
    [("Kapok floss, seedless, 25 kg bales", "kapok_fibre")],
    [unmet("Dried kapok pods straight from growers", "no kapok grower in the set")],
    bcg=("bio",),
)

# ---------------------------------------------------------------- Isan, south and the rest (074-095)

sme(
    74,
    "th",
    "agei",
    "mid",
    "Ubon Ratchathani",
    "กลุ่มผ้าฝ้ายย้อมมะเกลือ",
    "makluea.ubon@gmail.com",
    [
        ("ผ้าฝ้ายย้อมมะเกลือ สีดำสนิท", "natural_dyed_cotton_fabric"),
        ("รับย้อมสีธรรมชาติ เปลือกไม้ ครั่ง ผ้าของลูกค้า", "natural_dyeing_service"),
    ],
    [need("ฝ้ายโรงงานสีขาว เอามาย้อมเอง", "cotton_yarn")],
    bcg=("bio",),
)
sme(
    75,
    "en",
    "agei",
    "mid",
    "Kalasin",
    "Kalasin Elder Weavers",
    "kalasin.elders@gmail.com",
    [("Cotton scarves woven by elders, 180 cm", "cotton_scarf")],
    [
        need("Coloured cotton yarn, reactive or vat dyed", "dyed_cotton_yarn"),
        unmet("Second-hand wooden looms", "no loom seller in the set"),
    ],
)
sme(
    76,
    "th",
    "agei",
    "down",
    "Maha Sarakham",
    "ร้านเสื้อผ้าผู้สูงวัยสารคาม",
    "sarakham.elderwear@gmail.com",
    [("เสื้อผ้าฝ้ายผู้สูงอายุ ติดกระดุมแม่เหล็ก", "cotton_clothing")],
    [
        need("หาช่างรับตัดเย็บ ส่งผ้าไปเอง", "sewing_service"),
        need("ผ้าทอมือ ต้องมีตรา OTOP", "handwoven_cotton_fabric", req="OTOP"),
    ],
)
sme(
    77,
    "th",
    "agei",
    "mid",
    "Udon Thani",
    "กลุ่มตัดเย็บบ้านเชียง",
    "banchiang.sewing@gmail.com",
    [("รับตัดเย็บเสื้อ กางเกง จากผ้าของลูกค้า", "sewing_service")],
    [unmet("จักรเย็บอุตสาหกรรมมือสอง 5 ตัว", "no machine dealer in the set")],
)
sme(
    78,
    "en",
    "agei",
    "down",
    "Nong Khai",
    "Mekong Cotton Bags",
    "mekongbags@gmail.com",
    [("Totes and sling bags in indigo-dyed handwoven cotton", "cotton_bag")],
    [need("Indigo cloth by the metre, hand-dyed", "indigo_dyed_cotton_fabric")],
)
sme(
    79,
    "th",
    "agei",
    "down",
    "Buriram",
    "ศูนย์ดูแลผู้สูงอายุบุรีรัมย์",
    "buriram.daycare@gmail.com",
    [("ศูนย์ดูแลผู้สูงอายุกลางวัน", "elderly_care_service")],
    [
        need("ชุดผู้ป่วยผ้าฝ้าย ผูกหลัง", "patient_gown"),
        need("ผ้าขนหนูเช็ดตัวผู้สูงอายุ", "cotton_towel"),
    ],
)
sme(
    80,
    "th",
    "hemp",
    "mid",
    "Chaiyaphum",
    "กลุ่มทอผ้าฝ้ายอินทรีย์บ้านเขว้า",
    "bankhwao.organic@gmail.com",
    [("ผ้าฝ้ายอินทรีย์ ย้อมสีธรรมชาติ ขายเป็นเมตร", "natural_dyed_cotton_fabric")],
    [need("ฝ้ายปุยอินทรีย์ แยกเมล็ดแล้ว", "organic_cotton_lint")],
    certs=(OT,),
    bcg=("bio", "green"),
)
sme(
    81,
    "en",
    "agei",
    "down",
    "Mukdahan",
    "Mukdahan Fair Trade Crafts",
    "crafts@mukdahanft.org",
    [("Gift sets of Isan handicrafts", "handicraft_gift_sets")],
    [need("Handwoven cotton scarves from village groups", "cotton_scarf")],
    certs=(FT,),
)
sme(
    82,
    "th",
    "agei",
    "down",
    "Nakhon Phanom",
    "ร้านของฝากริมโขง",
    "rimkhong.souvenir@gmail.com",
    [("ของฝากพื้นเมือง ผ้าและงานจักสาน", "handicraft_gift_sets")],
    [need("ผ้าขาวม้า ผืนละไม่เกิน 150 บาท ไม่ต้องมี OTOP", "pha_khao_ma", waive="OTOP")],
)
sme(
    83,
    "th",
    "agec",
    "down",
    "Bangkok",
    "บริษัท สยามโฮเต็ลซัพพลาย จำกัด",
    "purchase@siamhotelsupply.co.th",
    [("ชุดของใช้ในห้องพักโรงแรม", "hotel_amenities")],
    [
        need("ผ้าปูที่นอนโรงแรม ต้องได้ OEKO-TEX", "cotton_bed_linen", req=OEKO),
        unmet("รองเท้าแตะผ้าฝ้ายสำหรับแขก", "no one makes slippers"),
    ],
)
sme(
    84,
    "th",
    "hemp",
    "mid",
    "Nakhon Si Thammarat",
    "ผ้าบาติกฝ้ายนครศรีฯ",
    "nakhon.batik@gmail.com",
    [("ผ้าบาติกฝ้าย เขียนเทียนมือ ผืนละ 2 เมตร", "batik_cotton_fabric")],
    [need("ผ้าฝ้ายขาวยังไม่ผ่านการย้อม สำหรับเขียนเทียน", "cotton_greige_fabric")],
)
sme(
    85,
    "en",
    "agec",
    "down",
    "Phuket",
    "Phuket Batik Boutique",
    "hello@phuketbatik.com",
    [("Hand-painted batik shirts", "cotton_clothing")],
    [need("Batik lengths on cotton", "batik_cotton_fabric")],
)
sme(
    86,
    "th",
    "hemp",
    "down",
    "Pattani",
    "ผ้าปาเต๊ะปัตตานี",
    "pattani.pateh@gmail.com",
    [("ผ้าปาเต๊ะสำเร็จรูป เย็บเป็นถุงแล้ว", "batik_sarong")],
    [unmet("แม่พิมพ์ทองแดงสำหรับพิมพ์เทียน", "no one makes copper batik stamps")],
    certs=("Halal",),
)
sme(
    87,
    "en",
    "agec",
    "down",
    "Bangkok",
    "Little Sprout Baby Co.",
    "hello@littlesprout.co.th",
    [("Baby rompers and swaddles", "baby_wear")],
    [need("Undyed organic cotton muslin, GOTS not required", "organic_cotton_fabric", waive="GOTS")],
)
sme(
    88,
    "th",
    "hemp",
    "mid",
    "Chiang Rai",
    "กลุ่มย้อมสีธรรมชาติแม่จัน",
    "maechan.naturaldye@gmail.com",
    [("ด้ายฝ้ายย้อมครั่ง ขมิ้น ดาวเรือง", "natural_dyed_cotton_yarn")],
    [unmet("ครั่งดิบจากป่า ปีละ 200 กก.", "no lac grower in the set")],
    bcg=("bio",),
)
sme(
    89,
    "en",
    "hemp",
    "mid",
    "Lopburi",
    "Central Dyed Yarns Co.",
    "sales@centraldyedyarns.com",
    [
        ("Reactive-dyed cotton yarn, 60 shades, 1 kg cones", "dyed_cotton_yarn"),
        ("Package dyeing of customers' yarn", "yarn_dyeing_service"),
    ],
    [need("Grey yarn for package dyeing, Ne 20/2", "cotton_yarn")],
)
sme(
    90,
    "th",
    "hemp",
    "mid",
    "Phitsanulok",
    "ร้านด้ายสีพิษณุโลก",
    "phitsanulok.dai@gmail.com",
    [
        ("ด้ายสีเคมี สีสด ไม่ตก", "dyed_cotton_yarn"),
        ("ผ้าฝ้ายย้อมสีเคมี ขายเป็นพับ", "chem_dyed_cotton_fabric"),
    ],
    [unmet("เครื่องปั่นด้ายไฟฟ้าขนาดเล็ก", "no machine maker in the set")],
)
sme(
    91,
    "en",
    "hemp",
    "down",
    "Nakhon Sawan",
    "Fair Cotton Exports",
    "buy@faircottonexports.com",
    [("Export handling and EU shipping for craft groups", "export_service")],
    [need("Organic lint from a Fairtrade certified co-op", "organic_cotton_lint", req=FT)],
    certs=(FT,),
)
sme(
    92,
    "th",
    "hemp",
    "down",
    "Nan",
    "ร้านผ้าฝ้ายเมืองน่าน",
    "nan.faimuang@gmail.com",
    [("เสื้อผ้าฝ้ายเมือง ย้อมห้อม", "cotton_clothing")],
    [need("ผ้าคลุมไหล่ทอมือ เนื้อฝ้าย", "cotton_scarf")],
)
sme(
    93,
    "en",
    "agei",
    "down",
    "Udon Thani",
    "Isan Wellness Retreat",
    "stay@isanwellness.com",
    [("Wellness retreats for seniors", "spa_service")],
    [
        need("Looking for soft cotton towels for guest rooms", "cotton_towel"),
        unmet("Herbal compress balls, ready to steam", "no one makes herbal compresses"),
    ],
)
sme(
    94,
    "th",
    "agei",
    "down",
    "Ubon Ratchathani",
    "โรงพยาบาลชุมชนเขื่องใน",
    "khueangnai.hosp@gmail.com",
    [],
    [
        need("ผ้าก๊อซ ไม่จำเป็นต้องมี ISO 13485", "cotton_gauze", waive="ISO 13485"),
        need("ผ้าปูที่นอนผู้ป่วย", "cotton_bed_linen"),
    ],
)
sme(
    95,
    "th",
    "agei",
    "down",
    "Nakhon Ratchasima",
    "ที่นอนฝ้ายโคราช",
    "korat.thinon@gmail.com",
    [("ที่นอนฝ้าย พับได้ 3 ตอน", "cotton_mattress")],
    [
        need("เศษฝ้ายจากโรงปั่นด้าย สำหรับยัดที่นอน", "cotton_spinning_waste"),
        unmet("ผ้าลายดอกสำหรับหุ้มที่นอน", "no printed ticking in the set"),
    ],
)


# ---------------------------------------------------------------- links, checks, counts

N_PROFILES = 95
LINKS_RANGE = (160, 180)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)
UNMET_RANGE = (17, 23)
EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
CERT_NAMES = {c.name: c for c in TX.CERTIFICATIONS}


def qualified(buyer: Sme, item: Need) -> list[Sme]:
    """Suppliers other than the buyer with an offer the need lists and every certification it requires."""
    return [
        s
        for s in SMES
        if s.num != buyer.num
        and any(label in item.labels for _, label in s.offers)
        and set(item.requires) <= set(s.certs)
    ]


def true_links() -> list[tuple[str, str]]:
    pairs = {(s.id, b.id) for b in SMES for item in b.needs for s in qualified(b, item)}
    return sorted(pairs)


def _squash(text: str) -> str:
    return re.sub(r"[\s\-.]+", "", text).casefold()


def mentioned(text: str, cert: str) -> bool:
    c = CERT_NAMES[cert]
    names = (c.name, c.full_name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
    return any(_squash(n) in _squash(text) for n in names)


def phrase_ok(text: str, lang: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    thai = sum(1 for ch in letters if THAI_CHAR.match(ch))
    if lang == "th":
        return thai / len(letters) >= 0.6
    return thai == 0 and all(ord(ch) < 0x250 for ch in text)


def check() -> list[str]:
    errors: list[str] = []
    nums = [s.num for s in SMES]
    if nums != list(range(1, N_PROFILES + 1)):
        errors.append(f"ids must run 1..{N_PROFILES} once each")
    offered: dict[str, set[int]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.num)
    for s in SMES:
        where = s.id
        if s.lang not in TX.LANGUAGES:
            errors.append(f"{where}: language {s.lang}")
        if s.sub not in {m.value for m in TX.SubCluster} or s.stage not in {m.value for m in TX.Stage}:
            errors.append(f"{where}: sub-cluster or stage")
        province = TX.resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r}")
        for cert in s.certs:
            if TX.resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r}")
        if len(set(s.certs)) != len(s.certs) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: duplicate certification or BCG tag")
        if any(tag not in {m.value for m in TX.BcgTag} for tag in s.bcg):
            errors.append(f"{where}: BCG tag")
        if not EMAIL.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if not phrase_ok(s.name, s.lang):
            errors.append(f"{where}: name script {s.name!r}")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: 0-3 offers and 0-3 needs, not both empty")
        texts = [t for t, _ in s.offers] + [n.text for n in s.needs]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: repeated phrase")
        for text in texts:
            if not text.strip() or not phrase_ok(text, s.lang):
                errors.append(f"{where}: phrase script {text!r}")
        for text, label in s.offers:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", label):
                errors.append(f"{where}: label {label!r}")
            claimed = TX.find_certifications(text)
            if not claimed <= set(s.certs):
                errors.append(f"{where}: offer {text!r} claims {sorted(claimed - set(s.certs))}")
        for item in s.needs:
            named = TX.find_certifications(item.text)
            if named != set(item.requires):
                errors.append(f"{where}: need {item.text!r} names {sorted(named)}, requires {list(item.requires)}")
            for cert in (*item.requires, *item.waives):
                if cert not in CERT_NAMES or not mentioned(item.text, cert):
                    errors.append(f"{where}: need {item.text!r} does not name {cert!r}")
            if set(item.requires) & set(item.waives):
                errors.append(f"{where}: need {item.text!r} requires and waives the same")
            for label in item.labels:
                if not offered.get(label, set()) - {s.num}:
                    errors.append(f"{where}: need {item.text!r} lists {label!r} that no one else offers")
            if item.labels and item.note:
                errors.append(f"{where}: need {item.text!r} both met and unmet")
            if not item.labels and not item.note:
                errors.append(f"{where}: need {item.text!r} lists nothing and has no note")
            if item.labels and not qualified(s, item):
                errors.append(f"{where}: need {item.text!r} has no qualified supplier")
            if item.note and qualified(s, item):
                errors.append(f"{where}: unmet need {item.text!r} has a supplier")
    counts = counts_table()
    links = counts["true links"]
    if not LINKS_RANGE[0] <= links <= LINKS_RANGE[1]:
        errors.append(f"true links {links} outside {LINKS_RANGE}")
    thai_share = counts["Thai profiles"] / counts["profiles"]
    if not THAI_SHARE_RANGE[0] <= thai_share <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {thai_share:.2f} outside {THAI_SHARE_RANGE}")
    cross = counts["cross-language links"] / max(1, links)
    if not CROSS_SHARE_RANGE[0] <= cross <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE_RANGE}")
    unmet_count = counts["needs met by no one"]
    if not UNMET_RANGE[0] <= unmet_count <= UNMET_RANGE[1]:
        errors.append(f"unmet needs {unmet_count} outside {UNMET_RANGE}")
    return errors


def counts_table() -> dict[str, int]:
    by_id = {s.id: s for s in SMES}
    links = true_links()
    needs = [n for s in SMES for n in s.needs]
    lang = Counter(s.lang for s in SMES)
    counts: dict[str, int] = {
        "profiles": len(SMES),
        "Thai profiles": lang["th"],
        "English profiles": lang["en"],
    }
    for sub in TX.SubCluster:
        counts[f"sub-cluster {sub.value}"] = sum(1 for s in SMES if s.sub == sub.value)
    for stage in TX.Stage:
        counts[f"stage {stage.value}"] = sum(1 for s in SMES if s.stage == stage.value)
    regions = Counter(TX.resolve_province(s.province).region.value for s in SMES)
    for region in TX.Region:
        counts[f"region {region.value}"] = regions[region.value]
    counts["distinct provinces"] = len({s.province for s in SMES})
    counts["offers"] = sum(len(s.offers) for s in SMES)
    counts["distinct offer labels"] = len({label for s in SMES for _, label in s.offers})
    counts["needs"] = len(needs)
    counts["needs met"] = sum(1 for n in needs if n.labels)
    counts["needs met by no one"] = sum(1 for n in needs if not n.labels)
    counts["needs requiring a certification"] = sum(1 for n in needs if n.requires)
    counts["needs waiving a certification"] = sum(1 for n in needs if n.waives)
    counts["true links"] = len(links)
    th_en = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    counts["links Thai supplier -> English buyer"] = th_en
    counts["links English supplier -> Thai buyer"] = en_th
    counts["cross-language links"] = th_en + en_th
    counts["within-language links"] = len(links) - th_en - en_th
    counts["links between different sub-clusters"] = sum(1 for a, b in links if by_id[a].sub != by_id[b].sub)
    return counts


def table_markdown() -> str:
    counts = counts_table()
    rows = ["| measure | count |", "|---|---|"]
    for key, value in counts.items():
        cell = str(value)
        if key == "cross-language links":
            cell += f" ({100 * value / max(1, counts['true links']):.1f} %)"
        rows.append(f"| {key} | {cell} |")
    return "\n".join(rows)


def profile_json(s: Sme) -> str:
    record: dict[str, Any] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    return json.dumps(record, ensure_ascii=False)


README = """# Blind evaluation set: cotton farming and ginning, plain registry entries

## What it checks

How well the matcher finds true supplier-buyer pairs among {profiles} SME profiles written as plain
registry entries (one short phrase per offer or need), in wording it has never seen. The theme is cotton
farming and ginning: planting seed, seed cotton, ginning and baling of lint, cottonseed, cottonseed oil
and cake, linters and gin waste, organic and native cotton growers, hand spinners, spinning mills and
fair-trade buyers, together with the ordinary fibre, yarn, cloth, dyeing, sewing and finished-goods
suppliers and buyers of the cluster (care homes, hospitals, spas, shops, sportswear brands, recyclers).

About 55 % of the profiles are written in Thai and the rest in English, so about half of the true links
join a Thai supplier with an English buyer or the other way round. The same kind of goods is written in
many ways (regional names such as ฝ้ายตุ่น, อีดฝ้าย, หม้อห้อม, ผ้าขาวม้า; trade words such as lint, OE
yarn, loom-state, CMT; abbreviations, quantities, prices and minimum orders), and a need is worded
differently from the offers that meet it. Hard cases include a service versus the goods it works on
(ginning, dyeing, spinning, weaving or sewing the customer's own goods versus lint, dyed cloth, yarn,
fabric or garments), planting seed versus crushing cottonseed, seed cotton versus lint, gin waste versus
cutting waste, used versus new textiles, kapok versus cotton, cotton wool versus raw cotton, finished
goods described by their material or technique (an indigo handwoven bag is a bag), refusals ("no
synthetic dye", "ห้ามมีโพลี"), needs that require a named certification, needs that name one only to
waive it, and needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the contracts (cluster profiles, JSONL version 1, and the
links CSV), `shared/taxonomy.py` with the files in `shared/taxonomy_data/`, and the project's ruff
settings; nothing of the matcher, its glossary, its tests or other evaluation sets. All data lives in
`write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `cotton_planting_seed` versus `cottonseed`).
Every need either lists the offer labels that would meet it and the certifications its text requires, or
is marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some offer of
the supplier carries a label listed by one of the buyer's needs and the supplier's certifications hold
every certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link. A certification that a need names only to waive it
("GOTS not required", "ไม่ต้องมี OTOP") is not required. The labels live only in `write.py`; the
profiles carry no labels.

Before writing, the script checks that ids are unique and well formed, every contract field is valid
(provinces resolve with `resolve_province`, certifications with `resolve_certification`, sub-cluster,
stage and BCG values are the taxonomy's), every label a need lists is offered by someone other than the
buyer, every met need has a qualified supplier and every unmet one has none, a required or waived
certification is named in the need's text (and only required ones are affirmed there), an offer claims
no certification its SME lacks, Thai phrases are mostly Thai letters and English ones Latin only, and
the size targets hold. It writes nothing if a check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_cottonfarm/write.py

## Files

- `write.py`: all data, the checks, and the writer of the files below.
- `profiles.jsonl`: {profiles} profiles in the contract's JSONL version 1, ids `{first}` to `{last}`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def main() -> int:
    errors = check()
    if errors:
        for error in errors:
            print("ERROR", error, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    if "--needs" in sys.argv:
        for s in SMES:
            for item in s.needs:
                found = [q.id for q in qualified(s, item)]
                print(s.id, len(found), item.text, found)
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    links = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in true_links())
    table = table_markdown()
    readme = README.format(profiles=len(SMES), first=SMES[0].id, last=SMES[-1].id, table=table)
    for name, text in (("profiles.jsonl", profiles), ("links.csv", links), ("README.md", readme)):
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
