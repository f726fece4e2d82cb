"""Write the hand-labelled evaluation set `eval/blind_plain_signage/`.

Theme: flags, banners and printed advertising textiles, with the ordinary upstream and midstream
suppliers of the cluster. Every profile, offer label and need label below was written by hand.

Run from the repository root:

    .venv/bin/python eval/blind_plain_signage/write.py

The script checks the data and writes `profiles.jsonl`, `links.csv` and `README.md` next to itself;
it writes nothing when a check fails.
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

sys.dont_write_bytecode = True  # write nothing outside this folder, not even shared/__pycache__
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Region,
    Stage,
    SubCluster,
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "bsg"
EXPECTED_PROFILES = 95
LINK_RANGE = (160, 180)
UNMET_RANGE = (17, 23)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)

SUB = {
    "H": SubCluster.HEMP_NATURAL_FIBRE,
    "C": SubCluster.CIRCULAR_TEXTILE,
    "S": SubCluster.SPORTECH,
    "AC": SubCluster.AGEING_LIFESTYLE_CENTRAL,
    "AI": SubCluster.AGEING_LIFESTYLE_ISAN,
}
STAGE = {"U": Stage.UPSTREAM, "M": Stage.MIDSTREAM, "D": Stage.DOWNSTREAM}


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it; empty when someone should


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def need(text: str, *labels: str, req: str = "", waive: str = "") -> Need:
    """A need met by any offer carrying one of `labels`; `req`/`waive` are '|'-separated certifications."""
    return Need(text, labels, tuple(filter(None, req.split("|"))), tuple(filter(None, waive.split("|"))))


def unmet(text: str, *labels: str, note: str, req: str = "") -> Need:
    """A need that no one in the set meets. Most list no labels; one blocked only by a certification
    lists the labels of the goods that exist, and `req` names the certification no holder of them has."""
    return Need(text, labels, tuple(filter(None, req.split("|"))), (), note)


SMES: list[Sme] = []


def sme(
    num: int,
    language: str,
    name: str,
    sub: str,
    stage: str,
    province: str,
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: str = "",
    bcg: str = "",
) -> None:
    SMES.append(
        Sme(
            num,
            language,
            name,
            sub,
            stage,
            province,
            email,
            tuple(offers),
            tuple(needs),
            tuple(filter(None, certs.split("|"))),
            tuple(bcg.split()),
        )
    )


# ---------------------------------------------------------------- profiles 001-030: fibre, yarn, waste, cloth

sme(
    1,
    "th",
    "วิสาหกิจชุมชนกัญชงบ้านแม่แรม",
    "H",
    "U",
    "Chiang Mai",
    "maeram.hemp@example.co.th",
    [
        ("เปลือกกัญชงลอกมือ ตากแห้ง ขายเป็นกิโล", "raw_hemp_fibre"),
        ("ด้ายกัญชงเข็นมือ เส้นดิบ ยังไม่ฟอก", "hemp_yarn"),
    ],
    [need("หาคนรับย้อมด้ายกัญชงของกลุ่ม ใช้สีธรรมชาติ ไม่เอาสีเคมี", "natural_dyeing_service")],
    certs="Organic Thailand",
    bcg="bio",
)
sme(
    2,
    "en",
    "Umphang Highland Hemp",
    "H",
    "U",
    "Tak",
    "umphang.hemp@example.com",
    [("Decorticated hemp bast fibre, 50 kg bales", "raw_hemp_fibre")],
    [unmet("Second-hand hemp decorticator", note="machinery; no one in the set sells machines")],
    bcg="bio",
)
sme(
    3,
    "th",
    "กลุ่มทอผ้ากัญชงบ้านสะจุก",
    "H",
    "M",
    "Nan",
    "sajuk.weave@example.co.th",
    [("ผ้ากัญชงทอมือ หน้ากว้าง 40 ซม. สีธรรมชาติ", "hemp_fabric"), ("ด้ายใยกัญชงปั่นมือ ม้วนละครึ่งกิโล", "hemp_yarn")],
    [need("ใยกัญชงดิบ ยังไม่ได้ปั่น ปีละ 300 กก.", "raw_hemp_fibre")],
    bcg="bio",
)
sme(
    4,
    "en",
    "Mahachai PET Recycling Co., Ltd.",
    "C",
    "U",
    "Samut Sakhon",
    "sales@mahachai-pet.example.com",
    [
        ("Hot-washed clear PET flakes, 1 tonne jumbo bags", "pet_bottle_flakes"),
        ("rPET staple fibre 1.4D x 38 mm, GRS", "recycled_polyester_fibre"),
    ],
    [need("Baled post-consumer drinking bottles", "used_pet_bottles")],
    certs="GRS",
    bcg="circular",
)
sme(
    5,
    "th",
    "ร้านรับซื้อของเก่า ส.เจริญพาณิชย์",
    "C",
    "U",
    "Nonthaburi",
    "sor.charoen@example.co.th",
    [
        ("ขวดน้ำพลาสติกใส อัดก้อน แยกฝาแล้ว", "used_pet_bottles"),
        ("ป้ายไวนิลเก่า รื้อจากงานอีเวนต์ ขายเหมาเป็นกิโล", "used_vinyl_banners"),
    ],
    [],
    bcg="circular",
)
sme(
    6,
    "en",
    "EastCoast Recycled Yarns",
    "C",
    "U",
    "Chonburi",
    "yarn@eastcoast-ry.example.com",
    [
        ("Recycled polyester filament yarn 75D/72F, GRS", "recycled_polyester_yarn"),
        ("rPET spun yarn Ne 30/1, dope-dyed black", "recycled_polyester_yarn"),
    ],
    [need("rPET staple fibre or clean bottle flakes, 20 t a month", "recycled_polyester_fibre", "pet_bottle_flakes")],
    certs="GRS|OEKO-TEX Standard 100",
    bcg="circular",
)
sme(
    7,
    "th",
    "บจก. กรีนแฟล็ก เท็กซ์ไทล์",
    "C",
    "M",
    "Samut Prakan",
    "greenflag.tex@example.co.th",
    [("ผ้ารีไซเคิลจากขวดพลาสติก ทอ 75D สำหรับพิมพ์ธง", "recycled_pet_fabric")],
    [need("เส้นด้ายโพลีเอสเตอร์รีไซเคิล ต้องมีใบรับรอง GRS", "recycled_polyester_yarn", req="GRS")],
    certs="Global Recycled Standard",
    bcg="circular green",
)
sme(
    8,
    "th",
    "วิสาหกิจชุมชนฝ้ายอินทรีย์นาด้วง",
    "H",
    "U",
    "Loei",
    "naduang.cotton@example.co.th",
    [("ปุยฝ้ายพื้นเมือง เก็บมือ ไม่อัดก้อน", "raw_cotton_lint"), ("ฝ้ายเข็นมือ เส้นใหญ่ สีขาวตุ่น", "handspun_cotton_yarn")],
    [need("ครามเปียก ปีละ 50 กิโล", "natural_dyestuff")],
    certs="Organic Thailand",
    bcg="bio",
)
sme(
    9,
    "en",
    "Sakon Indigo Works",
    "H",
    "M",
    "Sakon Nakhon",
    "hello@sakonindigo.example.com",
    [
        ("Fermented indigo paste (khram piak), 1 kg tubs", "natural_dyestuff"),
        ("Indigo vat dyeing of your yarn or cloth, priced per kg", "natural_dyeing_service"),
    ],
    [need("Undyed handspun cotton", "handspun_cotton_yarn")],
    certs="OTOP",
    bcg="bio green",
)
sme(
    10,
    "th",
    "กลุ่มทอผ้าย้อมครามบ้านดอนกอย",
    "AI",
    "M",
    "Sakon Nakhon",
    "donkoi.khram@example.co.th",
    [("ผ้าฝ้ายย้อมครามทอมือ ลายขิด ผืนละ 2 เมตร", "indigo_dyed_cotton_fabric"), ("ย่ามผ้าฝ้ายทอมือ ย้อมคราม", "yam_shoulder_bag")],
    [need("ฝ้ายโรงงาน เบอร์ 20 สีขาว ยังไม่ฟอก", "cotton_yarn")],
    certs="OTOP",
    bcg="bio",
)
sme(
    11,
    "en",
    "Doi Organic Cotton Spinners",
    "H",
    "U",
    "Chiang Rai",
    "spin@doiorganic.example.com",
    [("Organic cotton ring-spun yarn Ne 20/1, GOTS", "cotton_yarn")],
    [need("Seed cotton or lint from hill farms", "raw_cotton_lint")],
    certs="GOTS certified|OCS",
    bcg="bio",
)
sme(
    12,
    "th",
    "หจก. เศษผ้ารุ่งเรือง",
    "C",
    "U",
    "Bangkok",
    "rungrueang.scrap@example.co.th",
    [
        ("เศษผ้าโพลีเอสเตอร์ตัดทิ้งจากโรงงานธง คละสี", "textile_cutting_waste"),
        ("ธงผ้าเก่า ป้ายผ้าเก่า หลังจบงาน", "used_fabric_banners"),
    ],
    [],
    bcg="circular",
)
sme(
    13,
    "en",
    "Map Ta Phut Wiping Cloth",
    "C",
    "M",
    "Rayong",
    "orders@mtp-wiping.example.com",
    [("Industrial wiping rags, cut and bundled, 10 kg sacks", "wiping_rags")],
    [
        need("Cotton or poly cutting scraps by the tonne", "textile_cutting_waste"),
        unmet("Old T-shirts sorted by colour", note="no one in the set sells used garments"),
    ],
    bcg="circular",
)
sme(
    14,
    "th",
    "ร้านรีแบนเนอร์ กระเป๋าไวนิลรีไซเคิล",
    "C",
    "D",
    "Nakhon Pathom",
    "rebanner@example.co.th",
    [("กระเป๋าทำจากป้ายไวนิลเก่า กันน้ำ ใบละ 250 บาท", "upcycled_banner_bag")],
    [
        need("ป้ายไวนิลที่ใช้แล้ว สภาพดี ไม่ขาด", "used_vinyl_banners"),
        unmet("สายกระเป๋าไนลอน กว้าง 1 นิ้ว", note="no webbing maker in the set"),
    ],
    bcg="circular",
)
sme(
    15,
    "en",
    "Second Loop Fibre",
    "C",
    "U",
    "Pathum Thani",
    "loop@secondloop.example.com",
    [("Shredded polyester filling from old flags and banners", "shredded_textile_fibre")],
    [
        need("Used fabric flags and banners, any colour", "used_fabric_banners"),
        need("Printing and sewing offcuts", "textile_cutting_waste"),
    ],
    bcg="circular",
)
sme(
    16,
    "th",
    "กลุ่มเลี้ยงไหมบ้านท่าสว่าง",
    "AI",
    "U",
    "Surin",
    "thasawang.silk@example.co.th",
    [("เส้นไหมน้อย ไหมพื้นบ้าน สาวมือ", "silk_yarn")],
    [unmet("ไข่ไหมพันธุ์พื้นบ้าน", note="silkworm eggs; no one in the set breeds them")],
    certs="OTOP",
    bcg="bio",
)
sme(
    17,
    "th",
    "ร้านผ้าไหมแม่บุญมา",
    "AI",
    "M",
    "Surin",
    "maeboonma.silk@example.co.th",
    [
        ("ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน สีทอง", "handwoven_silk_fabric"),
        ("ผ้าไหมพื้น ทอมือ ผืนละ 4 เมตร", "handwoven_silk_fabric"),
    ],
    [need("เส้นไหมน้อยสำหรับพุ่ง", "silk_yarn")],
    certs="ตรานกยูงพระราชทาน|OTOP",
    bcg="bio",
)
sme(
    18,
    "en",
    "Siam Knit Flag Textiles",
    "S",
    "M",
    "Samut Prakan",
    "sales@siamknitflag.example.com",
    [
        ("Warp-knit Tetoron flag cloth, 110 gsm, white, for sublimation", "knitted_flag_fabric"),
        ("Microfibre birdseye mesh for sports shirts, OEKO-TEX", "microfibre_sports_fabric"),
    ],
    [need("PES FDY or DTY, 75 denier, semi-dull", "virgin_polyester_yarn", "recycled_polyester_yarn")],
    certs="OEKO-TEX Standard 100",
    bcg="green",
)
sme(
    19,
    "th",
    "บจก. ระยองโพลีไฟเบอร์",
    "S",
    "U",
    "Rayong",
    "rayong.polyfiber@example.co.th",
    [("เส้นด้ายโพลีเอสเตอร์ FDY 75D/36F", "virgin_polyester_yarn")],
    [need("อยากได้กระเป๋ารีไซเคิล ไว้แจกลูกค้าช่วงปีใหม่", "upcycled_banner_bag")],
    certs="ISO 9001",
)
sme(
    20,
    "th",
    "ร้านผ้าสำเพ็ง ตั้งฮะเส็ง",
    "AC",
    "M",
    "Bangkok",
    "tanghaseng@example.co.th",
    [
        ("ผ้าต่วนทำธง แดง ขาว น้ำเงิน เหลือง ขายยกพับ", "polyester_satin_fabric"),
        ("ผ้าดิบ 36 นิ้ว ตราเรือใบ ขายปลีกส่ง", "greige_cotton_fabric"),
    ],
    [unmet("โรงทอผ้าร่มในประเทศ ส่งประจำทุกเดือน", note="no one in the set weaves parachute taffeta")],
)
sme(
    21,
    "en",
    "Pathom Coated Fabrics",
    "S",
    "M",
    "Nakhon Pathom",
    "info@pathomcoated.example.com",
    [
        ("600D Oxford polyester, PU coated, waterproof", "coated_tent_fabric"),
        ("PVC tarpaulin 500 gsm, blue/white", "coated_tent_fabric"),
    ],
    [need("High-tenacity polyester yarn for weaving", "virgin_polyester_yarn")],
    certs="ISO 9001",
)
sme(
    22,
    "th",
    "บจก. มหาชัยไวนิลโรล",
    "S",
    "M",
    "Samut Sakhon",
    "mahachai.vinyl@example.co.th",
    [
        ("ไวนิลม้วน หน้ากว้าง 3.2 ม. 13 ออนซ์ ผิวด้าน", "vinyl_banner_roll"),
        ("ไวนิลตาข่าย ป้ายกลางแจ้ง ลมผ่านได้", "vinyl_banner_roll"),
    ],
    [need("ผ้าเช็ดเครื่องจักร เป็นกระสอบ", "wiping_rags")],
)
sme(
    23,
    "en",
    "PrintSupply Asia",
    "AC",
    "M",
    "Bangkok",
    "shop@printsupply.example.com",
    [
        ("Sublimation ink for Epson heads, 1 L, and transfer paper rolls", "sublimation_ink_and_paper"),
        ("Eco-solvent ink for Roland and Mimaki printers", "large_format_ink"),
    ],
    [],
)
sme(
    24,
    "th",
    "ร้านสีสกรีน ช.ศิลป์",
    "AC",
    "M",
    "Bangkok",
    "chorsilp.ink@example.co.th",
    [("สีสกรีนพลาสติซอล สีสกรีนน้ำ ขายเป็นกิโล", "screen_printing_ink")],
    [],
)
sme(
    25,
    "en",
    "Grommet & Fittings Trading",
    "AC",
    "M",
    "Nonthaburi",
    "sales@grommetfit.example.com",
    [
        ("Brass grommets no. 10, 1000 pcs per box", "metal_eyelets"),
        ("Aluminium eyelets with washers for banners", "metal_eyelets"),
    ],
    [],
)
sme(
    26,
    "th",
    "บจก. นิตติ้งบางบอน",
    "AC",
    "M",
    "Bangkok",
    "bangbon.knit@example.co.th",
    [("ผ้าคอตตอน 100% เบอร์ 32 ผ้าทีซี ขายเป็นกิโล", "cotton_jersey_fabric")],
    [need("หาโรงย้อมรับย้อมผ้าพับของเรา สีดำ สีกรม", "dyeing_service")],
)
sme(
    27,
    "en",
    "Bang Pu Dyeing House",
    "AC",
    "M",
    "Samut Prakan",
    "dye@bangpudye.example.com",
    [("Commission dyeing of customers' knitted and woven fabric", "dyeing_service")],
    [],
    certs="Oeko-Tex 100|ISO 14001:2015",
    bcg="green",
)
sme(
    28,
    "th",
    "หจก. สปอร์ตนิต ผ้ากีฬา",
    "S",
    "M",
    "Samut Sakhon",
    "sportknit@example.co.th",
    [("ผ้าไมโคร ผ้ากีฬา ผ้าดรายฟิต สีขาว สำหรับพิมพ์ซับ", "microfibre_sports_fabric")],
    [need("ย้อมผ้าโพลีเอสเตอร์ให้เรา สีดิสเพิร์ส ส่งผ้าดิบไปเอง", "dyeing_service")],
)
sme(
    29,
    "en",
    "Lanna Hemp Canvas Mill",
    "H",
    "M",
    "Chiang Mai",
    "mill@lannahemp.example.com",
    [
        ("Hemp-cotton canvas 12 oz, natural", "hemp_fabric"),
        ("Unbleached cotton canvas 10 oz, 60 inch", "cotton_canvas_fabric"),
    ],
    [
        need("Hemp yarn, hand- or machine-spun", "hemp_yarn"),
        need("GOTS cotton yarn for the warp", "cotton_yarn", req="GOTS"),
        need("Indigo dip for our hemp canvas, we send the rolls", "natural_dyeing_service"),
    ],
    bcg="bio",
)
sme(
    30,
    "th",
    "กลุ่มผ้าฝ้ายทอมือบ้านหนองบัว",
    "AI",
    "M",
    "Khon Kaen",
    "nongbua.weave@example.co.th",
    [
        ("ผ้าฝ้ายทอมือ ลายขิด สีขาวธรรมชาติ หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
        ("ผ้าปูโต๊ะผ้าฝ้ายทอมือ 1.5x2 ม.", "plain_tablecloth"),
    ],
    [need("ด้ายฝ้าย จะเข็นมือหรือฝ้ายโรงงานก็ได้", "cotton_yarn", "handspun_cotton_yarn")],
    certs="OTOP",
)

# ---------------------------------------------------------------- profiles 031-064: printing, sewing, finished goods

sme(
    31,
    "en",
    "Roll2Roll Sublimation Studio",
    "AC",
    "M",
    "Bangkok",
    "studio@roll2roll.example.com",
    [
        ("Sublimation printing on your polyester fabric, 1.8 m wide, per metre", "sublimation_printing_service"),
        ("Printed fabric backdrops and stage banners", "fabric_banner_printed"),
    ],
    [
        need(
            "White polyester cloth for flags and backdrops",
            "polyester_satin_fabric",
            "knitted_flag_fabric",
            "recycled_pet_fabric",
        ),
        need("Dye-sub ink and paper", "sublimation_ink_and_paper"),
    ],
)
sme(
    32,
    "th",
    "ร้านบางใหญ่สกรีน",
    "AC",
    "M",
    "Nonthaburi",
    "bangyai.screen@example.co.th",
    [
        ("รับสกรีนงานลูกค้า เสื้อ ถุงผ้า ผ้าชิ้น ส่งของมาเอง ขั้นต่ำ 30 ชิ้น", "logo_printing_service"),
        ("เสื้อยืดสกรีนโลโก้ พร้อมตัวเสื้อ", "promotional_tshirt"),
    ],
    [
        need("หมึกพลาสติซอล สีขาว สีดำ", "screen_printing_ink"),
        need("เสื้อยืดเปล่าสีพื้น ไซส์ S-3XL", "blank_tshirt"),
        need("ถุงผ้าดิบเปล่า มาสกรีนเอง", "plain_tote_bag"),
    ],
)
sme(
    33,
    "en",
    "TeamKit Sublimation",
    "S",
    "M",
    "Pathum Thani",
    "orders@teamkit.example.com",
    [("Custom printed football and running shirts", "sublimation_sports_jersey")],
    [
        need(
            "Quick-dry poly knit for jerseys, must be OEKO-TEX", "microfibre_sports_fabric", req="OEKO-TEX Standard 100"
        )
    ],
)
sme(
    34,
    "th",
    "ร้านปักโลโก้ ป.ปักดี",
    "AC",
    "M",
    "Bangkok",
    "porpakdee@example.co.th",
    [("รับปักโลโก้บนเสื้อและหมวกของลูกค้า", "embroidery_service")],
    [unmet("ด้ายปักโพลีเอสเตอร์ เงา 120D", note="embroidery thread; no one in the set sells it")],
)
sme(
    35,
    "en",
    "Udon Logo Print & Embroidery",
    "AI",
    "M",
    "Udon Thani",
    "udonlogo@example.com",
    [
        ("Logo embroidery on caps, polos and bags", "embroidery_service"),
        ("DTF and heat-transfer printing on your garments and cut pieces", "logo_printing_service"),
    ],
    [need("Blank caps for embroidery", "blank_cap")],
)
sme(
    36,
    "th",
    "หจก. รับเย็บบางพลี",
    "AC",
    "M",
    "Samut Prakan",
    "bangphli.sew@example.co.th",
    [("รับเย็บตามแบบ ผ้าลูกค้า เย็บธง เย็บผ้าปูโต๊ะ", "sewing_service")],
    [unmet("จักรเย็บผ้าอุตสาหกรรมมือสอง", note="machinery; no one in the set sells machines")],
)
sme(
    37,
    "en",
    "Korat CMT Sewing",
    "AI",
    "M",
    "Nakhon Ratchasima",
    "cmt@koratsewing.example.com",
    [("CMT sewing of T-shirts and polos from your cut panels", "garment_cmt_service")],
    [],
)
sme(
    38,
    "th",
    "ร้านตอกตาไก่ เย็บขอบป้าย พระราม 2",
    "AC",
    "M",
    "Bangkok",
    "rama2.eyelet@example.co.th",
    [("รับตอกตาไก่ พับขอบ เชื่อมขอบไวนิล ร้อยท่อ", "banner_finishing_service")],
    [need("ตาไก่ทองเหลือง เบอร์ 10 และ 12 ล็อตใหญ่", "metal_eyelets")],
)
sme(
    39,
    "th",
    "บจก. ธงไทยวัฒนา",
    "AC",
    "D",
    "Bangkok",
    "thongthai.wattana@example.co.th",
    [
        ("ธงชาติไทย ผ้าต่วน ขนาด 60x90 ซม. ถึง 6x9 ม.", "national_flag"),
        ("ธงตราสัญลักษณ์ ธงเหลือง ธงฟ้า ธงม่วง", "royal_flag"),
        ("ธงธรรมจักร ธงเหลืองธรรมจักร", "dharma_wheel_flag"),
    ],
    [
        need("ผ้าโพลีเอสเตอร์สำหรับตัดธง ม้วนใหญ่", "polyester_satin_fabric", "knitted_flag_fabric"),
        need("ช่างเย็บรับงานนอก เย็บริมธง", "sewing_service"),
    ],
    certs="มอก.|ISO 9001",
)
sme(
    40,
    "en",
    "FlagWorks Thailand",
    "AC",
    "D",
    "Nonthaburi",
    "hello@flagworks.example.com",
    [
        ("Custom logo flags, sublimation printed", "custom_logo_flag"),
        ("String bunting and pennant flags", "bunting"),
        ("Thai national flags, knitted polyester", "national_flag"),
    ],
    [
        need("Knitted polyester cloth, white, 100 m rolls", "knitted_flag_fabric"),
        need("Flag poles with ground spike", "flagpole_and_base"),
    ],
)
sme(
    41,
    "th",
    "ร้านธงขอนแก่น",
    "AI",
    "D",
    "Khon Kaen",
    "khonkaen.flag@example.co.th",
    [("ธงชาติ ผ้าร่ม ราคาส่ง", "national_flag"), ("เสาธงสแตนเลส พร้อมฐานเหล็ก", "flagpole_and_base")],
    [
        need("ธง ว.ป.ร. และธง ส.ท. ล็อตละ 500 ผืน", "royal_flag"),
        unmet("ธงผ้าไหมปักดิ้นทอง สำหรับพิธี", note="no one in the set makes gold-embroidered silk flags"),
    ],
)
sme(
    42,
    "en",
    "BeachFlag Pro",
    "S",
    "D",
    "Bangkok",
    "sales@beachflagpro.example.com",
    [
        ("Feather and teardrop flags with pole and base", "feather_flag"),
        ("Roll-up banner stands 80x200 cm", "rollup_banner_stand"),
        ("Aluminium flagpoles, cross bases, water bases", "flagpole_and_base"),
    ],
    [need("Dye-sub print our pre-cut flag blanks", "sublimation_printing_service")],
)
sme(
    43,
    "th",
    "ร้านตุงล้านนา ป้าคำ",
    "H",
    "D",
    "Chiang Mai",
    "tunglanna.pakham@example.co.th",
    [
        ("ตุงไส้หมู ตุงผ้าฝ้าย สำหรับวัด งานปีใหม่เมือง", "tung_lanna_flag"),
        ("ช่อ ธงราวผ้าฝ้าย ย้อมสีธรรมชาติ", "natural_cotton_bunting"),
    ],
    [need("ผ้าฝ้ายขาว ผ้าดิบ ม้วนละ 50 หลา", "greige_cotton_fabric"), need("สีย้อมธรรมชาติ ครั่ง ขมิ้น คราม", "natural_dyestuff")],
    bcg="bio",
)
sme(
    44,
    "th",
    "ร้านธงผะเหวด สุวรรณภูมิ",
    "AI",
    "D",
    "Roi Et",
    "phawet.flag@example.co.th",
    [("ธงกฐิน ธงจระเข้ ธงนางมัจฉา ครบชุด", "kathin_flag_set"), ("ธงผะเหวด งานบุญเดือนสี่", "isan_temple_flag")],
    [need("ผ้าขาว ผ้าดิบ ราคาถูก", "greige_cotton_fabric"), need("รับสกรีนลายธงกฐินลงผ้าของร้าน", "logo_printing_service")],
)
sme(
    45,
    "en",
    "Pak Phanang Festival Flags",
    "H",
    "D",
    "Nakhon Si Thammarat",
    "pakphanang.flags@example.com",
    [("Kathin flag sets: crocodile, centipede, mermaid", "kathin_flag_set")],
    [need("Satin polyester by the roll, gold and red", "polyester_satin_fabric")],
)
sme(
    46,
    "th",
    "ร้านป้ายไวนิล นิมมานปริ้นท์",
    "AC",
    "D",
    "Chiang Mai",
    "nimmanprint@example.co.th",
    [("ป้ายไวนิล พิมพ์ด่วน ตร.ม.ละ 120 บาท", "vinyl_banner_printed")],
    [need("หมึกอีโคโซลเวนท์", "large_format_ink"), need("เฟล็กซ์ม้วนสำหรับเครื่องพิมพ์ 320 ซม.", "vinyl_banner_roll")],
)
sme(
    47,
    "en",
    "Andaman Sign & Print",
    "S",
    "D",
    "Phuket",
    "print@andamansign.example.com",
    [
        ("Printed vinyl and mesh banners", "vinyl_banner_printed"),
        ("Roll-up and X-stands with print", "rollup_banner_stand"),
    ],
    [
        need("13 oz frontlit flex rolls", "vinyl_banner_roll"),
        need("Who can hem and grommet 200 banners a week?", "banner_finishing_service"),
    ],
)
sme(
    48,
    "th",
    "หาดใหญ่ป้ายโฆษณา",
    "C",
    "D",
    "Songkhla",
    "hatyai.sign@example.co.th",
    [
        ("ป้ายไวนิล ป้ายหาเสียง ป้ายร้าน", "vinyl_banner_printed"),
        ("ธงญี่ปุ่น ธงปีกนก พร้อมเสา", "feather_flag"),
        ("ไวนิลเก่าจากงานลูกค้า ขายเหมา", "used_vinyl_banners"),
    ],
    [need("ตาไก่อลูมิเนียม ขายส่ง", "metal_eyelets")],
    bcg="circular",
)
sme(
    49,
    "th",
    "ร้านอุบลป้ายและธง",
    "AI",
    "D",
    "Ubon Ratchathani",
    "ubon.sign@example.co.th",
    [("ธงราว ธงสามเหลี่ยม ประดับงาน", "bunting"), ("ธงใยแมงมุม ธงประดับงานบุญ", "isan_temple_flag")],
    [need("ผ้าร่ม ผ้าต่วน หลากสี", "polyester_satin_fabric")],
)
sme(
    50,
    "th",
    "ร้านเต็นท์ นครชัยศรี",
    "S",
    "D",
    "Nakhon Pathom",
    "nakhonchaisri.tent@example.co.th",
    [("เต็นท์พับ 2x2 3x3 โครงเหล็ก ผ้าใบกันน้ำ", "canopy_tent"), ("ร่มสนาม ร่มแม่ค้า 2 เมตร", "market_umbrella")],
    [need("ผ้าใบเคลือบ PVC สีขาว สีน้ำเงิน", "coated_tent_fabric")],
)
sme(
    51,
    "en",
    "Ayutthaya Canopy & Gazebo",
    "S",
    "D",
    "Ayutthaya",
    "canopy@ayutthayagazebo.example.com",
    [("Pop-up gazebos 3x3 m with printed logo roof", "canopy_tent")],
    [
        need("Waterproof coated polyester, fire retardant", "coated_tent_fabric"),
        need("Dye-sub printing of roof panels, our fabric", "sublimation_printing_service"),
    ],
)
sme(
    52,
    "th",
    "ร้านร่มบ่อสร้าง",
    "H",
    "D",
    "Chiang Mai",
    "bosang.umbrella@example.co.th",
    [("ร่มผ้าฝ้ายบ่อสร้าง ร่มสนามเขียนลาย 2 เมตร", "decorative_umbrella")],
    [need("ผ้าฝ้ายดิบ สำหรับหุ้มร่ม", "greige_cotton_fabric", "cotton_canvas_fabric")],
    certs="OTOP",
)
sme(
    53,
    "th",
    "ขอนแก่นเต็นท์ให้เช่า",
    "AI",
    "D",
    "Khon Kaen",
    "kk.tentrent@example.co.th",
    [("ให้เช่าเต็นท์ โต๊ะ เก้าอี้ งานบวช งานแต่ง", "tent_rental_service")],
    [
        unmet("เต็นท์โค้ง 4x8 ม. ซื้อเพิ่ม 10 หลัง", note="large arched event tents; the set has only small pop-up tents"),
        need("ผ้าคลุมเก้าอี้สีขาว 200 ตัว", "chair_cover"),
        need("กระโปรงโต๊ะ จีบรอบ สำหรับงานเลี้ยง", "pleated_drape_skirting"),
    ],
)
sme(
    54,
    "en",
    "Bangkok Event Solutions",
    "AC",
    "D",
    "Bangkok",
    "team@bkkevents.example.com",
    [
        ("Event organising for fairs, launches and temple festivals", "event_organising_service"),
        ("Tent, stage and chair rental", "tent_rental_service"),
    ],
    [
        need("Full-bleed printed cloth stage backdrop, 4 x 8 m", "fabric_banner_printed"),
        need("Stage skirting, pleated", "pleated_drape_skirting"),
        need("Inflatable entrance arch", "inflatable_arch"),
    ],
)
sme(
    55,
    "en",
    "Chiang Mai Trail Runners Events",
    "S",
    "D",
    "Chiang Mai",
    "race@cmtrail.example.com",
    [("Organising trail runs and mini-marathons", "running_event_organising")],
    [
        need("Finisher shirts, sublimation printed, 1500 pcs", "sublimation_sports_jersey"),
        need("Start/finish arch, inflatable", "inflatable_arch"),
    ],
    bcg="circular",
)
sme(
    56,
    "th",
    "บจก. ซุ้มลมมหาชัย",
    "S",
    "D",
    "Samut Sakhon",
    "mahachai.inflatable@example.co.th",
    [("ซุ้มประตูเป่าลม พิมพ์โลโก้ พร้อมพัดลม", "inflatable_arch")],
    [need("ผ้าร่มเคลือบ PVC สำหรับงานเป่าลม", "coated_tent_fabric")],
)
sme(
    57,
    "th",
    "ร้านผ้าจัดเลี้ยง ปากเกร็ด",
    "AC",
    "D",
    "Nonthaburi",
    "pakkret.banquet@example.co.th",
    [
        ("ผ้าปูโต๊ะจัดเลี้ยง ผ้าสีพื้น", "plain_tablecloth"),
        ("ผ้าคลุมเก้าอี้ ยางยืด", "chair_cover"),
        ("ผ้าจับจีบ ผ้าระบายเวที", "pleated_drape_skirting"),
    ],
    [unmet("ผ้ากำมะหยี่ ทำม่านเวที", note="velvet; no one in the set sells it")],
)
sme(
    58,
    "en",
    "LogoTable Printed Linens",
    "AC",
    "D",
    "Pathum Thani",
    "sales@logotable.example.com",
    [
        ("Stretch table covers printed with your logo", "printed_logo_tablecloth"),
        ("Fitted tablecloths, full-colour print", "printed_logo_tablecloth"),
    ],
    [
        need("White polyester knit for table covers", "knitted_flag_fabric"),
        need("Sewing contractor, we supply cut fabric", "sewing_service"),
    ],
)
sme(
    59,
    "th",
    "ร้านเสื้อแจก ประตูน้ำ",
    "AC",
    "D",
    "Bangkok",
    "pratunam.tee@example.co.th",
    [("เสื้อยืดพิมพ์โลโก้ เสื้อแจก เสื้อรณรงค์ ขั้นต่ำ 50 ตัว", "promotional_tshirt"), ("หมวกแก๊ป ปักโลโก้", "promotional_cap")],
    [need("ผ้ายืดคอตตอน เบอร์ 32", "cotton_jersey_fabric"), need("โรงสกรีนรับงานล้น ส่งเสื้อไปให้สกรีน", "logo_printing_service")],
)
sme(
    60,
    "en",
    "BlankTee Factory",
    "AC",
    "D",
    "Samut Sakhon",
    "factory@blanktee.example.com",
    [("Blank cotton T-shirts, 20 colours, S to 5XL", "blank_tshirt")],
    [
        need("Knit fabric for tees, OEKO-TEX certified", "cotton_jersey_fabric", req="OEKO-TEX Standard 100"),
        need("CMT partner for overflow orders, we cut", "garment_cmt_service"),
    ],
)
sme(
    61,
    "th",
    "ร้านหมวก ส.หมวกไทย",
    "AC",
    "D",
    "Bangkok",
    "sor.muakthai@example.co.th",
    [("หมวกแก๊ปเปล่า ไม่มีโลโก้", "blank_cap"), ("หมวกแก๊ปพิมพ์หรือปักโลโก้ตามสั่ง", "promotional_cap")],
    [need("รับปักโลโก้หมวก งานล้น", "embroidery_service")],
)
sme(
    62,
    "th",
    "ร้านถุงผ้าลายคำ",
    "H",
    "D",
    "Chiang Mai",
    "laikham.bag@example.co.th",
    [("ถุงผ้าดิบสกรีนโลโก้ ขั้นต่ำ 100 ใบ", "printed_tote_bag"), ("ถุงผ้าแคนวาสเปล่า", "plain_tote_bag")],
    [
        unmet(
            "ผ้าแคนวาสฝ้ายออร์แกนิก ต้องมี GOTS",
            "cotton_canvas_fabric",
            req="GOTS",
            note="canvas is sold, but not by a GOTS holder",
        ),
        need("ผ้ากัญชง สำหรับถุงรุ่นพรีเมียม", "hemp_fabric"),
    ],
)
sme(
    63,
    "en",
    "Korat Safety Vest",
    "AI",
    "D",
    "Korat",
    "vest@koratsafety.example.com",
    [("Printed volunteer vests, logo on the back", "printed_vest"), ("Reflective safety vests", "printed_vest")],
    [unmet("Reflective tape 5 cm", note="no reflective tape maker in the set")],
)
sme(
    64,
    "th",
    "บจก. สปอร์ตทีม",
    "S",
    "D",
    "Bangkok",
    "sportteam@example.co.th",
    [("เสื้อกีฬาพิมพ์ลายทั้งตัว เสื้อทีม เสื้อวิ่ง", "sublimation_sports_jersey")],
    [
        need("รับพิมพ์ซับลงผ้าที่เราส่งไป", "sublimation_printing_service"),
        need("ผ้าไมโครสีขาว ต้องผ่าน โอเคเทกซ์", "microfibre_sports_fabric", req="OEKO-TEX Standard 100"),
    ],
)

# ---------------------------------------------------------------- profiles 065-095: buyers, offices, temples, events

sme(
    65,
    "th",
    "ศาลากลางจังหวัดลำปาง งานพัสดุ",
    "AC",
    "D",
    "Lampang",
    "lampang.supply@example.go.th",
    [],
    [
        need("ธงชาติ ผ้าต่วน ได้มาตรฐาน มอก.", "national_flag", req="Thai Industrial Standard"),
        need("ธงเฉลิมพระเกียรติ ประดับเสาริมถนน 2 ข้างทาง", "royal_flag"),
        unmet(
            "ถุงผ้าแจกประชาชน ต้องได้ฉลากเขียว",
            "printed_tote_bag",
            "plain_tote_bag",
            req="Thai Green Label",
            note="cloth bags are sold, but not by a Thai Green Label holder",
        ),
    ],
)
sme(
    66,
    "th",
    "ที่ว่าการอำเภอนางรอง",
    "AI",
    "D",
    "Buriram",
    "nangrong.district@example.go.th",
    [],
    [
        need("ธงชาติผืนใหญ่ 120x180 ซม. ไม่ต้องมี มอก.", "national_flag", waive="Thai Industrial Standard"),
        need("เสื้อกั๊ก อสม. สกรีนชื่ออำเภอ", "printed_vest"),
    ],
)
sme(
    67,
    "en",
    "Hat Yai City Municipality",
    "C",
    "D",
    "Songkhla",
    "events@hatyaicity.example.go.th",
    [("Old vinyl banners from city events, sold by weight", "used_vinyl_banners")],
    [
        need("Triangle bunting for Songkran streets", "bunting"),
        need("Street banners, vinyl or fabric", "vinyl_banner_printed", "fabric_banner_printed"),
    ],
    bcg="circular",
)
sme(
    68,
    "th",
    "องค์การบริหารส่วนตำบลค้อวัง",
    "AI",
    "D",
    "Yasothon",
    "khowang.sao@example.go.th",
    [],
    [need("เสื้อกีฬาสี แข่งกีฬาตำบล 4 สี", "sublimation_sports_jersey"), need("ซุ้มเป่าลมงานบุญบั้งไฟ มีไหม", "inflatable_arch")],
)
sme(
    69,
    "th",
    "โรงเรียนพิษณุโลกพิทยาคม",
    "AC",
    "D",
    "Phitsanulok",
    "plk.school@example.ac.th",
    [],
    [need("ธงโรงเรียน พิมพ์ตราโรงเรียน", "custom_logo_flag"), need("ผ้าม่านเวทีจับจีบ งานปัจฉิม", "pleated_drape_skirting")],
)
sme(
    70,
    "en",
    "Thai Jersey Knitters",
    "AC",
    "M",
    "Chachoengsao",
    "knit@thaijersey.example.com",
    [
        ("Cotton single jersey 160 gsm, dyed, OEKO-TEX", "cotton_jersey_fabric"),
        ("TC pique for polo shirts", "cotton_jersey_fabric"),
    ],
    [
        need("Combed cotton yarn Ne 32", "cotton_yarn"),
        unmet(
            "Commission dyeing for our jersey, bluesign approved only",
            "dyeing_service",
            req="bluesign",
            note="dye houses exist, but none holds bluesign",
        ),
    ],
    certs="OEKO-TEX Standard 100|ISO 9001",
)
sme(
    71,
    "en",
    "People's Voice Party Bangkok campaign office",
    "AC",
    "D",
    "Bangkok",
    "campaign@pvparty.example.org",
    [],
    [
        need("Campaign T-shirts with candidate number, 5000 pcs", "promotional_tshirt"),
        unmet("Corrugated plastic yard signs", note="not textile; no one in the set makes them"),
        need("Caps with party logo", "promotional_cap"),
    ],
)
sme(
    72,
    "th",
    "ทีมหาเสียงผู้สมัครนายก อบจ. อุดรธานี",
    "AI",
    "D",
    "Udon Thani",
    "udon.campaign@example.org",
    [],
    [
        need("ป้ายโฆษณาผู้สมัคร ขนาด 120x240 ซม. 800 แผ่น", "vinyl_banner_printed"),
        need("เสื้อกั๊กทีมงาน พิมพ์เบอร์ผู้สมัคร", "printed_vest"),
    ],
)
sme(
    73,
    "th",
    "วัดสันป่าข่อย",
    "H",
    "D",
    "Chiang Mai",
    "watsanpakhoi@example.or.th",
    [],
    [
        need("ตุงถวายวัด ช่วงสงกรานต์ 300 ผืน", "tung_lanna_flag"),
        unmet("ผ้าไตรจีวร", note="monks' robes; no one in the set makes them"),
    ],
)
sme(
    74,
    "th",
    "วัดบ้านโนนสว่าง",
    "AI",
    "D",
    "Ubon Ratchathani",
    "watnonsawang@example.or.th",
    [],
    [
        need("ชุดธงทอดกฐิน ต้องมีธงตะขาบด้วย", "kathin_flag_set"),
        unmet("ผ้าขาวม้า 100 ผืน ถวายพระ", note="no one in the set sells pha khao ma"),
    ],
)
sme(
    75,
    "en",
    "Khon Kaen Riverside Hospital",
    "AI",
    "D",
    "Khon Kaen",
    "purchasing@kkriverside.example.com",
    [],
    [
        need("Roll-up stands for health campaigns", "rollup_banner_stand"),
        unmet("Antibacterial privacy curtains for wards", note="no one in the set makes curtains"),
    ],
)
sme(
    76,
    "th",
    "บ้านพักผู้สูงอายุ สุขใจ",
    "AC",
    "D",
    "Nonthaburi",
    "sukjai.elderly@example.co.th",
    [],
    [
        need("ธงราวผ้าฝ้าย ไม่เอาโพลีเอสเตอร์ ไม่เอาสีเคมี", "natural_cotton_bunting"),
        need("ผ้าคลุมโต๊ะกินข้าว ไม่มีลาย ซักง่าย", "plain_tablecloth"),
        need("อยากได้ที่รองนั่งพื้นนุ่มๆ ให้คุณตาคุณยาย", "floor_cushion"),
    ],
)
sme(
    77,
    "th",
    "ชมรมผู้สูงอายุตำบลเกาะแก้ว",
    "AI",
    "D",
    "Roi Et",
    "kohkaew.elderclub@example.or.th",
    [],
    [
        need("เสื้อทีมชมรม มีโลโก้ชมรม 200 ตัว", "promotional_tshirt"),
        unmet("หมวกปีกกว้าง ผ้าฝ้าย กันแดด", note="bucket hats; no one in the set makes them"),
        need("ธงชมรม พิมพ์โลโก้", "custom_logo_flag"),
    ],
)
sme(
    78,
    "en",
    "Kata Bay Resort",
    "AC",
    "D",
    "Phuket",
    "procurement@katabay.example.com",
    [],
    [
        need("Hand-painted parasols for the garden", "decorative_umbrella"),
        need("Branded tablecloths for beach events", "printed_logo_tablecloth"),
        need("Peacock Emblem silk for lobby table runners", "handwoven_silk_fabric", req="Thai Silk Peacock Emblem"),
    ],
)
sme(
    79,
    "en",
    "Central Mall Promotions Team",
    "AC",
    "D",
    "Bangkok",
    "promo@centralmall.example.com",
    [],
    [
        need("Hanging fabric banners for the atrium, SEG, no PVC", "fabric_banner_printed"),
        need("Pull-up display stands with our artwork", "rollup_banner_stand"),
    ],
)
sme(
    80,
    "th",
    "ตลาดนัดคลองสวน",
    "AC",
    "D",
    "Chachoengsao",
    "khlongsuan.market@example.co.th",
    [("ให้เช่าแผงและเต็นท์ในตลาด", "tent_rental_service")],
    [
        need("ร่มกันแดดสำหรับแผงค้า สีเดียวกันทั้งตลาด 150 คัน", "market_umbrella"),
        need("ผู้จัดงานตลาดนัดประจำปี", "event_organising_service"),
    ],
)
sme(
    81,
    "en",
    "Hua Hin Beach Run Club",
    "S",
    "D",
    "Prachuap Khiri Khan",
    "club@huahinrun.example.com",
    [],
    [
        need("Running singlets, dye-sub printed", "sublimation_sports_jersey"),
        need("Canopy tents for water stations, to buy not rent", "canopy_tent"),
    ],
)
sme(
    82,
    "th",
    "สโมสรฟุตบอลเยาวชนลำปลายมาศ",
    "S",
    "D",
    "Buriram",
    "lamplaimat.fc@example.or.th",
    [],
    [
        need("ชุดแข่งฟุตบอล พิมพ์ชื่อ เบอร์", "sublimation_sports_jersey"),
        need("ธงเชียร์ ธงสโมสร", "custom_logo_flag"),
        unmet("ผ้าพันคอเชียร์ แบบถัก", note="knitted scarves; no one in the set knits them"),
    ],
)
sme(
    83,
    "en",
    "Nimman Coffee Roasters",
    "AC",
    "D",
    "Chiang Mai",
    "hello@nimmancoffee.example.com",
    [],
    [
        need("J-flags for the roadside", "feather_flag"),
        need("Would love canvas totes with our logo", "printed_tote_bag"),
        unmet("Printed barista aprons", note="no one in the set makes aprons"),
    ],
)
sme(
    84,
    "en",
    "Chumphon Durian Cooperative",
    "C",
    "D",
    "Chumphon",
    "coop@chumphondurian.example.com",
    [],
    [
        need(
            "Printed cotton bags for the fruit fair, Thai Green Label not required",
            "printed_tote_bag",
            waive="Thai Green Label",
        ),
        need("Tents to rent for the durian fair", "tent_rental_service"),
    ],
)
sme(
    85,
    "th",
    "ร้านของฝากอีสาน ขอนแก่น",
    "AI",
    "D",
    "Khon Kaen",
    "isan.souvenir@example.co.th",
    [],
    [
        need("ถุงย่ามสีคราม ต้องเป็นสินค้า OTOP", "yam_shoulder_bag", req="OTOP"),
        need("ผ้าไหมมัดหมี่เป็นผืน ไม่จำเป็นต้องมีตรานกยูง", "handwoven_silk_fabric", waive="Thai Silk Peacock Emblem"),
        need("ผ้าขิดทำมือ ยังไม่ย้อมสี ตัดขายเป็นหลา", "handwoven_cotton_fabric"),
    ],
)
sme(
    86,
    "en",
    "Department Procurement Office",
    "AC",
    "D",
    "Bangkok",
    "procure@dept.example.go.th",
    [],
    [
        need(
            "Thai national flags 6x9 m for the facade, TIS certified", "national_flag", req="Thai Industrial Standard"
        ),
        need("Royal flags, yellow and blue, for ceremonies", "royal_flag"),
        need("Eco fabric stage backdrops, GRS welcome but not required", "fabric_banner_printed", waive="GRS"),
    ],
)
sme(
    87,
    "th",
    "โรงงานเบาะรองนั่งผู้สูงวัย อ่างทอง",
    "AC",
    "D",
    "Ang Thong",
    "angthong.cushion@example.co.th",
    [("เบาะรองนั่งพื้น ผู้สูงอายุ", "floor_cushion")],
    [
        need("ใยยัดหมอน ใยรีไซเคิลก็ได้", "shredded_textile_fibre", "recycled_polyester_fibre"),
        need("ผ้าหุ้มเบาะ ผ้าฝ้ายสีคราม", "indigo_dyed_cotton_fabric"),
    ],
)
sme(
    88,
    "en",
    "Sarakham University Student Affairs",
    "AI",
    "D",
    "Maha Sarakham",
    "studentaffairs@msu.example.ac.th",
    [],
    [
        need("Faculty flags with crest", "custom_logo_flag"),
        need("Pleated stage skirting for graduation", "pleated_drape_skirting"),
        need("Organiser for the campus fun run", "running_event_organising"),
    ],
)
sme(
    89,
    "th",
    "ร้านหม้อห้อมแม่ศรี",
    "H",
    "M",
    "Phrae",
    "mohom.maesri@example.co.th",
    [("รับย้อมหม้อห้อม ผ้าของลูกค้า", "natural_dyeing_service"), ("ผ้าฝ้ายย้อมหม้อห้อม ขายเป็นเมตร", "indigo_dyed_cotton_fabric")],
    [need("ห้อมเปียก เนื้อห้อม", "natural_dyestuff")],
    certs="OTOP",
    bcg="bio",
)
sme(
    90,
    "th",
    "ร้านผ้าแพรวา กาฬสินธุ์",
    "AI",
    "M",
    "Kalasin",
    "praewa.kalasin@example.co.th",
    [("ผ้าไหมแพรวา ทอมือ เป็นผืน", "handwoven_silk_fabric")],
    [need("ไหมเส้นเล็ก", "silk_yarn")],
    certs="OTOP",
)
sme(
    91,
    "en",
    "Northern Textile Waste Sorting",
    "C",
    "U",
    "Lamphun",
    "sort@northernwaste.example.com",
    [
        ("Sorted pre-consumer cotton cuttings", "textile_cutting_waste"),
        ("Used polyester flags after festivals", "used_fabric_banners"),
    ],
    [],
    bcg="circular",
)
sme(
    92,
    "th",
    "ร้านธงและป้าย นครพนม",
    "AI",
    "D",
    "Nakhon Phanom",
    "nkp.flag@example.co.th",
    [("รับเขียนป้ายผ้า งานบุญ งานบวช", "handpainted_cloth_sign")],
    [need("ธงวัด ธงธรรมจักร ธงผะเหวด ธงกฐิน ส่งขายในร้าน", "dharma_wheel_flag", "isan_temple_flag", "kathin_flag_set")],
)
sme(
    93,
    "en",
    "Lopburi Monkey Festival Committee",
    "AC",
    "D",
    "Lopburi",
    "festival@lopburi.example.org",
    [],
    [
        unmet("Monkey mascot costumes", note="no one in the set makes costumes"),
        need("Swooper flags along the parade route", "feather_flag"),
        need("Someone to run the festival stage and booths", "event_organising_service"),
    ],
)
sme(
    94,
    "th",
    "ร้านเต็นท์และร่ม สุราษฎร์",
    "S",
    "D",
    "Surat Thani",
    "surat.tent@example.co.th",
    [("เต็นท์แม่ค้า 3x3 พับได้ ส่งฟรีในตัวเมืองสุราษฎร์", "canopy_tent"), ("ร่มแม่ค้า 48 นิ้ว", "market_umbrella")],
    [need("ผ้าใบกันน้ำ เคลือบ", "coated_tent_fabric")],
)
sme(
    95,
    "en",
    "Ratchaburi Print Hub",
    "C",
    "D",
    "Ratchaburi",
    "hub@ratchaburiprint.example.com",
    [("Eco banners printed on recycled PET fabric", "fabric_banner_printed")],
    [need("Recycled PET fabric, GRS", "recycled_pet_fabric", req="GRS")],
    certs="GRS",
    bcg="circular",
)


# ---------------------------------------------------------------- checks, links, counts, output

CERT_BY_NAME = {c.name: c for c in CERTIFICATIONS}
LATIN_PUNCT_OK = set(" .,;:!?'\"()/&%+-#*x@")


def is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def thai_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha() or is_thai(ch)]
    return sum(is_thai(ch) for ch in letters) / len(letters) if letters else 0.0


def latin_only(text: str) -> bool:
    return all(ch.isascii() and (ch.isalnum() or ch in LATIN_PUNCT_OK) for ch in text)


def mentioned(text: str, cert: str) -> bool:
    """Whether `text` names `cert` at all, affirmed or negated."""
    c = CERT_BY_NAME[cert]
    folded = unicodedata.normalize("NFKC", text).casefold()
    if any(m.casefold() in folded for m in c.mentions):
        return True
    if any(m in text for m in c.case_sensitive_mentions):
        return True
    normal = unicodedata.normalize("NFKC", text)
    return any(re.search(unicodedata.normalize("NFKC", p), normal) for p in c.patterns)


def supplier_certs(s: Sme) -> frozenset[str]:
    return canonical_certifications(s.certs)


def qualified_suppliers(buyer: Sme, n: Need) -> list[Sme]:
    return [
        s
        for s in SMES
        if s.num != buyer.num
        and any(label in n.labels for _, label in s.offers)
        and set(n.requires) <= supplier_certs(s)
    ]


def compute_links() -> list[tuple[str, str]]:
    links = {(s.id, b.id) for b in SMES for n in b.needs if not n.unmet for s in qualified_suppliers(b, n)}
    return sorted(links)


def check() -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, EXPECTED_PROFILES + 1)]:
        errors.append("ids are not bsg-001 ... bsg-095 in order, unique")
    offered: dict[str, set[int]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.num)
    for s in SMES:
        where = s.id
        if s.language not in ("th", "en"):
            errors.append(f"{where}: language {s.language!r}")
        if s.sub not in SUB or s.stage not in STAGE:
            errors.append(f"{where}: sub-cluster or stage code")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for c in s.certs:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        for tag in s.bcg:
            if tag not in {t.value for t in BcgTag}:
                errors.append(f"{where}: bcg tag {tag!r}")
        if s.email.count("@") != 1 or "." not in s.email.split("@")[1] or not s.email.isascii():
            errors.append(f"{where}: email {s.email!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: {len(s.offers)} offers and {len(s.needs)} needs")
        texts = [t for t, _ in s.offers] + [n.text for n in s.needs]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: repeated phrase")
        for text in [s.name, *texts]:
            if text != text.strip() or "  " in text or not text:
                errors.append(f"{where}: spacing in {text!r}")
            if s.language == "th" and thai_share(text) < 0.6:
                errors.append(f"{where}: Thai phrase mostly not Thai: {text!r}")
            if s.language == "en" and not latin_only(text):
                errors.append(f"{where}: English phrase not Latin only: {text!r}")
        held = supplier_certs(s)
        for text, _ in s.offers:
            claimed = find_certifications(text)
            if not claimed <= held:
                errors.append(f"{where}: offer {text!r} claims {sorted(claimed - held)} not held")
        for n in s.needs:
            for label in n.labels:
                if not offered.get(label, set()) - {s.num}:
                    errors.append(f"{where}: need {n.text!r} lists {label!r}, offered by no one else")
            if not n.unmet and not n.labels:
                errors.append(f"{where}: need {n.text!r} lists no labels and no note")
            for c in (*n.requires, *n.waives):
                if c not in CERT_BY_NAME:
                    errors.append(f"{where}: need {n.text!r} names unknown certification {c!r}")
                elif not mentioned(n.text, c):
                    errors.append(f"{where}: need {n.text!r} does not name {c!r}")
            found = find_certifications(n.text)
            if found != set(n.requires):
                errors.append(f"{where}: need {n.text!r} reads as requiring {sorted(found)}, labelled {n.requires}")
            if set(n.requires) & set(n.waives):
                errors.append(f"{where}: need {n.text!r} both requires and waives")
            suppliers = qualified_suppliers(s, n)
            if n.unmet and suppliers:
                errors.append(f"{where}: need {n.text!r} marked unmet but met by {[x.id for x in suppliers]}")
            if not n.unmet and not suppliers:
                errors.append(f"{where}: need {n.text!r} has no qualified supplier")
            for sup in suppliers:
                for text, label in sup.offers:
                    if label in n.labels and text.casefold() == n.text.casefold():
                        errors.append(f"{where}: need {n.text!r} worded exactly as an offer of {sup.id}")
    errors += check_targets()
    return errors


def stats() -> dict[str, object]:
    links = compute_links()
    by_id = {s.id: s for s in SMES}
    lang = Counter(s.language for s in SMES)
    needs = [(s, n) for s in SMES for n in s.needs]
    met = [(s, n) for s, n in needs if not n.unmet]
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    return {
        "links": links,
        "lang": lang,
        "sub": Counter(SUB[s.sub].value for s in SMES),
        "stage": Counter(STAGE[s.stage].value for s in SMES),
        "region": Counter(resolve_province(s.province).region.value for s in SMES),  # type: ignore[union-attr]
        "provinces": len({resolve_province(s.province).name_en for s in SMES}),  # type: ignore[union-attr]
        "offers": sum(len(s.offers) for s in SMES),
        "labels": len({label for s in SMES for _, label in s.offers}),
        "needs": len(needs),
        "met": len(met),
        "unmet": len(needs) - len(met),
        "requiring": sum(bool(n.requires) for _, n in needs),
        "waiving": sum(bool(n.waives) for _, n in needs),
        "th_en": th_en,
        "en_th": en_th,
        "cross_sub": sum(by_id[a].sub != by_id[b].sub for a, b in links),
        "per_need": Counter(len(qualified_suppliers(s, n)) for s, n in met),
    }


def check_targets() -> list[str]:
    st = stats()
    errors = []
    n_links = len(st["links"])  # type: ignore[arg-type]
    if not LINK_RANGE[0] <= n_links <= LINK_RANGE[1]:
        errors.append(f"{n_links} true links, target {LINK_RANGE}")
    if not UNMET_RANGE[0] <= st["unmet"] <= UNMET_RANGE[1]:  # type: ignore[operator]
        errors.append(f"{st['unmet']} needs met by no one, target {UNMET_RANGE}")
    share = st["lang"]["th"] / len(SMES)  # type: ignore[index]
    if not THAI_SHARE_RANGE[0] <= share <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {share:.2f}, target {THAI_SHARE_RANGE}")
    cross = (st["th_en"] + st["en_th"]) / max(1, n_links)  # type: ignore[operator]
    if not CROSS_SHARE_RANGE[0] <= cross <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {cross:.2f}, target {CROSS_SHARE_RANGE}")
    per_need: Counter[int] = st["per_need"]  # type: ignore[assignment]
    few = sum(v for k, v in per_need.items() if 1 <= k <= 3)
    if few < 0.6 * sum(per_need.values()):
        errors.append(f"only {few} of {sum(per_need.values())} met needs have 1-3 suppliers")
    return errors


def profile_json(s: Sme) -> dict[str, object]:
    return {
        "id": s.id,
        "name": s.name,
        "sub_cluster": SUB[s.sub].value,
        "stage": STAGE[s.stage].value,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.language,
    }


def render_profiles() -> str:
    return "".join(json.dumps(profile_json(s), ensure_ascii=False) + "\n" for s in SMES)


def render_links(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def counts_table(st: dict[str, object]) -> str:
    links: list[tuple[str, str]] = st["links"]  # type: ignore[assignment]
    lang: Counter[str] = st["lang"]  # type: ignore[assignment]
    sub: Counter[str] = st["sub"]  # type: ignore[assignment]
    stage: Counter[str] = st["stage"]  # type: ignore[assignment]
    region: Counter[str] = st["region"]  # type: ignore[assignment]
    per_need: Counter[int] = st["per_need"]  # type: ignore[assignment]
    cross = st["th_en"] + st["en_th"]  # type: ignore[operator]
    rows = [
        ("profiles", str(len(SMES))),
        ("Thai / English profiles", f"{lang['th']} / {lang['en']}"),
        *((f"sub-cluster `{sc.value}`", str(sub[sc.value])) for sc in SubCluster),
        *((f"stage `{sg.value}`", str(stage[sg.value])) for sg in Stage),
        *((f"region `{rg.value}`", str(region[rg.value])) for rg in Region),
        ("distinct provinces", str(st["provinces"])),
        ("offers", str(st["offers"])),
        ("distinct offer labels", str(st["labels"])),
        ("needs", str(st["needs"])),
        ("needs met / met by no one", f"{st['met']} / {st['unmet']}"),
        ("met needs by number of qualified suppliers", ", ".join(f"{k}: {v}" for k, v in sorted(per_need.items()))),
        ("needs requiring a certification", str(st["requiring"])),
        ("needs waiving a certification", str(st["waiving"])),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(st["th_en"])),
        ("links English supplier -> Thai buyer", str(st["en_th"])),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.1%})"),  # type: ignore[operator]
        ("within-language links", str(len(links) - cross)),  # type: ignore[operator]
        ("links between different sub-clusters", str(st["cross_sub"])),
    ]
    width = max(len(name) for name, _ in rows)
    vwidth = max(len("value"), *(len(value) for _, value in rows))
    lines = [f"| {'count'.ljust(width)} | {'value'.ljust(vwidth)} |", f"|{'-' * (width + 2)}|{'-' * (vwidth + 2)}|"]
    lines += [f"| {name.ljust(width)} | {value.ljust(vwidth)} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# `eval/blind_plain_signage/`: flags, banners and printed advertising textiles

A hand-labelled test set for partner matching. It measures how well the matcher finds the true
supplier-buyer pairs among 95 SME profiles whose wording it has never seen: plain registry entries
(one short phrase per offer or need), about 55 % in Thai and the rest in English.

## What the set checks

The theme is flags, banners and printed advertising textiles: vinyl and fabric banners, national,
royal, temple and event flags (Lanna *tung*, Isan *phawet* and spider-web flags, kathin flag sets,
dharma-wheel flags, feather and J-flags, bunting), roll-up stands, logo tablecloths, market tents and
umbrellas, promotional T-shirts, caps and vests, screen, DTF and sublimation printing, eyelets and
hemming, print shops, event organisers, election campaigns, temples, schools and government offices
that buy; plus the usual upstream and midstream suppliers (hemp, cotton, silk, recycled PET, yarn,
cloth, dyeing, sewing, textile waste).

The hard cases it contains:

- a service versus the goods it works on: dyeing the customer's cloth versus dyed cloth, indigo
  dyeing versus indigo-dyed cloth, printing or sewing the customer's pieces versus printed shirts,
  flags or jerseys, renting tents versus selling them ("to buy not rent");
- the customer's own goods sent for work ("we send the rolls", "ส่งเสื้อไปให้สกรีน");
- waste and used goods versus new (used vinyl banners versus flex rolls, old flags and offcuts versus
  cloth, drinking bottles versus flakes versus fibre);
- raw versus processed (hemp bark, yarn, cloth; cotton lint, handspun and mill yarn; silk yarn and cloth);
- finished goods described by their material, colour or technique (an indigo cotton *yam* bag is a
  bag; a bag cut from old banners is a bag; a hand-painted Bo Sang cotton umbrella is not a market
  umbrella);
- needs written as a wish, a bare noun phrase or a question, and refusals ("ไม่เอาโพลีเอสเตอร์
  ไม่เอาสีเคมี", "ยังไม่ย้อมสี", "no PVC");
- needs that require a named certification (TIS/มอก., GRS, GOTS, OEKO-TEX, OTOP, Peacock Emblem,
  Thai Green Label, bluesign) and needs that name one only to waive it;
- needs that no one in the set meets, some of them because only the certification is missing.

## How it was written

By hand, by a writer who read only section 1 of `/work/shared/contracts/CONTRACTS.md` (the
profile format and the links CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the
`[tool.ruff]` section of `pyproject.toml`. The writer did not look at the matcher, its glossary, its
tests, the other evaluation sets or any project data, and ran no project command other than
`write.py`. All profiles and labels live in `write.py`; the output files carry no labels.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `natural_dyeing_service`, `promotional_tshirt` versus
`logo_printing_service`). Every need lists the offer labels that would meet it and the certifications
its text requires, or is marked as met by no one with a short note. A pair (supplier, buyer) is a
true link when some offer of the supplier carries a label listed by one of the buyer's needs and the
supplier's certifications (resolved with `resolve_certification`) hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link; what changes what the thing is does. A waived certification is not required.

Before writing, the script checks: ids unique and well-formed; every contract field valid (enums,
provinces through `resolve_province`, certifications through `resolve_certification`, BCG tags);
1-3 offers and needs at most; every label a need lists is offered by someone other than the buyer;
every met need has a qualified supplier and every unmet one has none; a required or waived
certification is named in the need's text, and `find_certifications` reads each need as requiring
exactly the labelled certifications; an offer claims no certification its SME does not hold; Thai
phrases are mostly Thai letters and English ones Latin only; and the size targets (95 profiles,
50-60 % Thai, 160-180 links, 40-60 % of them across languages, 17-23 needs met by no one, most met
needs with 1-3 suppliers). It writes nothing if a check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_signage/write.py

## Files

- `write.py`: the data (profiles with labelled offers and needs), the checks and the writer.
- `profiles.jsonl`: 95 profiles, `bsg-001` ... `bsg-095`, cluster profile JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file, written by `write.py`.

## Counts

"""


def main() -> int:
    errors = check()
    if errors:
        for error in errors:
            print("check failed:", error, file=sys.stderr)
        print("nothing written", file=sys.stderr)
        return 1
    st = stats()
    links: list[tuple[str, str]] = st["links"]  # type: ignore[assignment]
    table = counts_table(st)
    outputs = {
        "profiles.jsonl": render_profiles(),
        "links.csv": render_links(links),
        "README.md": README + table,
    }
    for name, text in outputs.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
