"""Write the hand-labelled evaluation set `eval/blind_plain_macrame/`.

Theme: macrame, knotting and fibre wall art, with the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster. Every offer carries a label saying what the thing is; every need lists the
offer labels that would meet it and the certifications its text requires, or is marked as met by no one.
The true links follow from the labels alone. Labels live only in this file.

Run from the repository root:

    .venv/bin/python eval/blind_plain_macrame/write.py

The script checks the data first and writes nothing if a check fails.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shared.taxonomy import (
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

OUT_DIR = Path(__file__).resolve().parent
PREFIX = "bmm"
N_PROFILES = 95

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
CENTRAL = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ISAN = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value
BIO = BcgTag.BIO.value
CIRCULAR = BcgTag.CIRCULAR.value
GREEN = BcgTag.GREEN.value

OT = "Organic Thailand"
OEKO = "OEKO-TEX Standard 100"
TIS = "Thai Industrial Standard"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    sub_cluster: str
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


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every `req` certification."""
    return Need(text, labels, req, waive)


def unmet(text: str, note: str) -> Need:
    """A need that no one in the set meets; `note` says why."""
    return Need(text, unmet=note)


def sme(
    num: int,
    lang: str,
    sub_cluster: str,
    stage: str,
    province: str,
    name: str,
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(num, lang, sub_cluster, stage, province, name, email, tuple(offers), tuple(needs), certs, bcg)


# ---------------------------------------------------------------------------------------------- data
# Part 1: fibre, yarn, cord, cloth, dyeing, sewing and wooden parts (mostly upstream and midstream).

SMES: list[Sme] = [
    sme(
        1,
        "th",
        HEMP,
        UP,
        "Chiang Mai",
        "วิสาหกิจชุมชนกัญชงบ้านขุนวาง",
        "khunwang.hemp@gmail.com",
        offers=[
            ("เปลือกกัญชงลอกมือ ตากแห้ง กิโลละ 120 บาท", "raw_hemp_fibre"),
            ("ด้ายกัญชงเข็นมือ ฝีมือชาวม้ง เส้นกลาง", "hemp_yarn"),
        ],
        needs=[unmet("เครื่องตีเปลือกกัญชงแบบมือหมุน", "hand-cranked decorticator; nobody sells machinery")],
        certs=(OT,),
        bcg=(BIO,),
    ),
    sme(
        2,
        "en",
        HEMP,
        MID,
        "Chiang Rai",
        "Mae Chan Hemp Loom Co.",
        "hello@maechanhemp.com",
        offers=[
            ("Handloom hemp cloth, 40 cm width, natural grey", "hemp_fabric"),
            ("Hemp twine 3 mm, 100 m spool", "hemp_cord"),
        ],
        needs=[
            need("Natural dyeing of our hemp lengths (we ship the cloth to you)", "natural_dyeing_service"),
        ],
        bcg=(BIO,),
    ),
    sme(
        3,
        "th",
        ISAN,
        MID,
        "Sakon Nakhon",
        "กลุ่มทอผ้าย้อมครามบ้านดอนกอย",
        "donkoy.indigo@gmail.com",
        offers=[
            ("ผ้าฝ้ายย้อมคราม มัดหมี่ ผืนละ 2 เมตร", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามธรรมชาติ ผ้า ด้าย เชือก ที่ลูกค้าส่งมา", "natural_dyeing_service"),
            ("เนื้อครามเปียก บรรจุถุงละ 1 กิโล", "indigo_dye_paste"),
        ],
        needs=[
            need("ฝ้ายเข็นมือ สีขาวนวล ขายเป็นใจ", "handspun_cotton_yarn"),
            unmet("ปูนแดงกินหมาก ใส่หม้อคราม", "slaked lime for the indigo vat; not offered by anyone"),
        ],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        4,
        "en",
        CIRC,
        UP,
        "Samut Prakan",
        "Pak Nam Fibre Recovery Co., Ltd.",
        "sales@paknamfibre.co.th",
        offers=[
            ("Cotton cutting scraps from garment plants, colour-sorted, 50 kg bales", "cotton_textile_waste"),
            ("Open-end recycled cotton yarn Ne 8/1, ecru", "recycled_cotton_yarn"),
        ],
        needs=[need("Old macrame ropes and cord ends, any colour - we shred them", "used_cord_waste")],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        5,
        "th",
        CIRC,
        MID,
        "Nonthaburi",
        "หจก. เชือกดีรีไซเคิล บางบัวทอง",
        "chueakdee.recycle@gmail.com",
        offers=[
            ("เชือกฝ้ายรีไซเคิล 4 มิล บิดเกลียว ม้วนละกิโล", "recycled_cotton_cord"),
            ("รับตีเกลียวเชือกจากด้ายของลูกค้า ขั้นต่ำ 50 กก.", "cord_twisting_service"),
        ],
        needs=[need("ด้ายโอเพ่นเอนด์ที่ปั่นจากเศษผ้า เบอร์ 8 สีครีม", "recycled_cotton_yarn")],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        6,
        "en",
        CENTRAL,
        MID,
        "Nakhon Pathom",
        "Sam Phran Cord Works",
        "order@samphrancord.com",
        offers=[
            ("Single-strand cotton macrame cord 3/4/5 mm, natural, 200 m rolls", "cotton_macrame_cord"),
            ("Colour cord: sage, dusty pink, terracotta - 40 shades in stock", "dyed_cotton_macrame_cord"),
        ],
        needs=[
            need("Combed cotton yarn 10s for twisting, 1 t/month", "cotton_yarn"),
            need("Hank dyeing for cord, reactive, 300 kg per colour lot", "yarn_dyeing_service"),
        ],
        certs=(OEKO,),
    ),
    sme(
        7,
        "th",
        CENTRAL,
        MID,
        "Ratchaburi",
        "โรงย้อมโพธาราม เท็กซ์ไทล์",
        "photharam.dye@hotmail.com",
        offers=[
            ("รับย้อมด้ายและเชือกแบบเข็ด สีรีแอคทีฟ", "yarn_dyeing_service"),
            ("รับย้อมผ้าพับ ผ้าดิบ ขั้นต่ำ 500 หลา", "fabric_dyeing_service"),
        ],
        needs=[unmet("สีรีแอคทีฟ ถังละ 25 กก.", "reactive dyestuff; no dye maker in the set")],
        certs=("ISO 14001",),
        bcg=(GREEN,),
    ),
    sme(
        8,
        "th",
        HEMP,
        UP,
        "Tak",
        "กลุ่มปลูกกัญชงม้ง บ้านรวมไทย",
        "ruamthai.hemp@gmail.com",
        offers=[("ใยกัญชงแห้ง มัดเป็นฟ่อน ส่งได้ทั้งปี", "raw_hemp_fibre")],
        needs=[],
        bcg=(BIO,),
    ),
    sme(
        9,
        "en",
        SPORT,
        MID,
        "Pathum Thani",
        "Rangsit Rope & Net Co., Ltd.",
        "export@rangsitrope.co.th",
        offers=[
            ("PP multifilament rope 6-12 mm, UV stabilised, TIS", "polypropylene_rope"),
            ("550 paracord, 7-strand core, 30 colours", "paracord"),
        ],
        needs=[
            unmet("PP homopolymer resin, 20 t lots", "plastic resin; not made in the cluster"),
            need("GRS certified rPET filament yarn for an eco rope line", "recycled_pet_yarn", req=("GRS",)),
        ],
        certs=("ISO 9001", TIS),
    ),
    sme(
        10,
        "th",
        CIRC,
        UP,
        "Chonburi",
        "บริษัท รีเพ็ท ไฟเบอร์ จำกัด",
        "info@repetfiber.co.th",
        offers=[("เส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวดพลาสติก", "recycled_pet_yarn")],
        needs=[unmet("ขวดน้ำพลาสติกใส อัดก้อน รับซื้อเป็นตัน", "baled PET bottles; no bottle collector in the set")],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        11,
        "en",
        HEMP,
        UP,
        "Nan",
        "Nan Native Cotton Growers",
        "nancotton.group@gmail.com",
        offers=[("Ginned native cotton lint, brown and white, per kg", "raw_cotton")],
        needs=[],
        certs=(OT,),
        bcg=(BIO,),
    ),
    sme(
        12,
        "th",
        ISAN,
        UP,
        "Loei",
        "กลุ่มเข็นฝ้ายบ้านนาป่าหนาด",
        "napanard.cotton@gmail.com",
        offers=[("ฝ้ายเข็นมือ เส้นใหญ่ สีตุ่น", "handspun_cotton_yarn")],
        needs=[need("ปุยฝ้ายพื้นเมือง ทั้งฝ้ายตุ่นและฝ้ายขาว", "raw_cotton")],
        certs=("OTOP",),
    ),
    sme(
        13,
        "en",
        ISAN,
        MID,
        "Khon Kaen",
        "Chonnabot Loom Studio",
        "chonnabot.loom@gmail.com",
        offers=[
            ("Handloom cotton yardage, plain weave, 90 cm", "handwoven_cotton_fabric"),
            ("Indigo mudmee cotton, 4 m lengths", "indigo_dyed_cotton_fabric"),
        ],
        needs=[
            need("handspun weft cotton", "handspun_cotton_yarn"),
            need("Cut-and-sew partner to make cushion covers and totes from our cloth, 200 pcs", "sewing_service"),
        ],
    ),
    sme(
        14,
        "th",
        CENTRAL,
        MID,
        "Bangkok",
        "ร้านเย็บปิ่นเกล้า การ์เม้นท์",
        "pinklao.sewing@gmail.com",
        offers=[("รับเย็บกระเป๋าผ้า ปลอกหมอน จากผ้าของลูกค้า ขั้นต่ำ 100 ใบ", "sewing_service")],
        needs=[need("ผ้าแคนวาสดิบ 12 ออนซ์ หน้ากว้าง", "cotton_canvas")],
    ),
    sme(
        15,
        "en",
        CIRC,
        MID,
        "Samut Sakhon",
        "Mahachai Canvas Mill",
        "mill@mahachaicanvas.com",
        offers=[("12 oz unbleached cotton canvas, 150 cm", "cotton_canvas")],
        needs=[need("Ring-spun cotton 20s for canvas warp", "cotton_yarn")],
    ),
    sme(
        16,
        "th",
        CENTRAL,
        MID,
        "Songkhla",
        "โรงกลึงไม้ยางพารา หาดใหญ่",
        "hatyai.woodturn@gmail.com",
        offers=[
            ("ห่วงไม้ยางพารา ขัดเรียบ 5-15 ซม.", "wooden_macrame_ring"),
            ("ไม้กลมกลึง ยาว 30-100 ซม. สำหรับแขวนงานถักเชือก", "wooden_dowel"),
            ("ลูกปัดไม้ รู 8 มิล ขายเป็นโล", "wooden_beads"),
        ],
        needs=[],
        certs=("FSC",),
        bcg=(GREEN,),
    ),
    sme(
        17,
        "en",
        CIRC,
        MID,
        "Krabi",
        "Andaman Driftwood Supply",
        "andamandriftwood@gmail.com",
        offers=[("Beach driftwood sticks 40-120 cm, cleaned and kiln dried", "driftwood_stick")],
        needs=[],
        bcg=(CIRCULAR,),
    ),
    sme(
        18,
        "th",
        CENTRAL,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "กลุ่มแม่บ้านผักตบชวา บางไทร",
        "bangsai.hyacinth@gmail.com",
        offers=[("เชือกผักตบชวาถักเปีย ม้วนละ 50 เมตร", "water_hyacinth_rope")],
        needs=[unmet("น้ำยากันเชื้อราสำหรับงานจักสาน", "anti-mould coating; a chemical nobody offers")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        19,
        "en",
        CIRC,
        UP,
        "Bangkok",
        "Loop Again T-shirt Yarn",
        "hi@loopagain.co",
        offers=[("T-shirt yarn cut from jersey offcuts, 1 kg cones", "tshirt_yarn")],
        needs=[need("Knit jersey cutting waste, bright colours", "cotton_textile_waste")],
        bcg=(CIRCULAR,),
    ),
    sme(
        20,
        "th",
        ISAN,
        MID,
        "Nakhon Ratchasima",
        "โรงงานเชือกปอ ปักธงชัย",
        "pakthongchai.jute@gmail.com",
        offers=[("เชือกปอกระเจา 3 เกลียว ขนาด 4 มม.", "jute_twine")],
        needs=[],
    ),
    # Part 2: makers of macrame and fibre goods, and the shops, cafes and decorators that buy them.
    sme(
        21,
        "en",
        CENTRAL,
        DOWN,
        "Bangkok",
        "Knot & Loop Studio",
        "studio@knotandloop.com",
        offers=[
            ("Boho wall hangings 60x90 cm, made to order", "macrame_wall_hanging"),
            ("Group macrame classes, 3 hrs, materials included", "macrame_workshop_service"),
        ],
        needs=[
            need("4 mm single twist cord, natural white", "cotton_macrame_cord"),
            need("Wooden rings 10 cm and hanging dowels", "wooden_macrame_ring", "wooden_dowel"),
        ],
    ),
    sme(
        22,
        "th",
        CENTRAL,
        DOWN,
        "Chiang Mai",
        "ร้านปมเชือก นิมมาน",
        "pomchueak.nimman@gmail.com",
        offers=[
            ("ที่แขวนกระถางต้นไม้ ถักเชือก งานมือ", "macrame_plant_hanger"),
            ("ตาข่ายดักฝัน ห่วงหวาย ห้อยลูกปัด", "dream_catcher"),
        ],
        needs=[
            need("เชือกคอตตอนย้อมสี เอาหลายสี 5 มิล", "dyed_cotton_macrame_cord"),
            need("ห่วงเหล็กสำหรับทำดรีมแคชเชอร์ 15 ซม.", "metal_hoop_ring"),
            unmet("ขนนกย้อมสี", "craft feathers; nobody offers them"),
        ],
    ),
    sme(
        23,
        "th",
        ISAN,
        DOWN,
        "Udon Thani",
        "บ้านมาคราเม่ อุดร",
        "macrame.udon@gmail.com",
        offers=[
            ("ฉากหลังมาคราเม่สำหรับงานแต่ง กว้าง 2 เมตร", "macrame_wedding_backdrop"),
            ("พู่ฝ้ายทำมือ ห้อยกระเป๋า ห้อยม่าน", "cotton_tassel"),
        ],
        needs=[
            need("เชือกฝ้ายตีเกลียว 6 มิล สีขาวดิบ ม้วนใหญ่", "cotton_macrame_cord"),
            need("ไม้ลอยทะเล ยาว 1 เมตรขึ้นไป", "driftwood_stick"),
        ],
    ),
    sme(
        24,
        "en",
        CENTRAL,
        DOWN,
        "Bangkok",
        "Hook & Hang Home Decor",
        "buying@hookandhang.com",
        offers=[],
        needs=[
            need("Cushion covers in indigo or natural cotton", "cushion_cover"),
        ],
    ),
    sme(
        25,
        "th",
        ISAN,
        DOWN,
        "Sakon Nakhon",
        "ครามคราฟต์ สกลนคร",
        "kramcraft.sakon@gmail.com",
        offers=[
            ("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม", "tote_bag"),
            ("ปลอกหมอนอิงผ้าครามมัดหมี่", "cushion_cover"),
        ],
        needs=[
            need("ผ้าครามทอมือ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
            need("ช่างเย็บรับจ้าง เย็บกระเป๋าจากผ้าของเรา", "sewing_service"),
        ],
        certs=("OTOP",),
    ),
    sme(
        26,
        "en",
        HEMP,
        DOWN,
        "Chiang Mai",
        "Hemp Tribe Bags",
        "shop@hemptribebags.com",
        offers=[
            ("Macrame market bags knotted in hemp", "macrame_bag"),
            ("Hemp tote with indigo panel", "tote_bag"),
        ],
        needs=[
            need("Hemp cord 3-4 mm", "hemp_cord"),
            need("Organic Thailand certified hemp yarn", "hemp_yarn", req=(OT,)),
        ],
        bcg=(BIO,),
    ),
    sme(
        27,
        "th",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "เวดดิ้ง บาย มายด์ ออร์แกไนเซอร์",
        "wedding.bymind@gmail.com",
        offers=[("ให้เช่าฉากมาคราเม่ งานแต่ง ราคาต่องาน", "backdrop_rental_service")],
        needs=[
            need("ฉากหลังมาคราเม่ ซื้อขาด ขนาด 2x2.5 ม.", "macrame_wedding_backdrop"),
            need("พู่ระย้าหลากสี ไว้แขวนซุ้ม", "tassel_garland"),
        ],
    ),
    sme(
        28,
        "en",
        CENTRAL,
        DOWN,
        "Phuket",
        "Sandbar Cafe Phuket",
        "sandbarcafe.pkt@gmail.com",
        offers=[],
        needs=[
            need("Could someone run a monthly macrame night at our cafe?", "macrame_workshop_service"),
            unmet("Live pothos and fern plants", "live plants; not a textile item"),
        ],
    ),
    sme(
        29,
        "th",
        ISAN,
        DOWN,
        "Khon Kaen",
        "บ้านพักผู้สูงอายุ สุขใจ ขอนแก่น",
        "sukjai.care.kk@gmail.com",
        offers=[],
        needs=[
            need("ใครรับสอนถักเชือกมาคราเม่ให้ผู้สูงอายุบ้าง", "macrame_workshop_service"),
            need("ชุดถักเชือกสำเร็จรูปสำหรับกิจกรรมบำบัด", "macrame_diy_kit"),
        ],
    ),
    sme(
        30,
        "en",
        CENTRAL,
        DOWN,
        "Bangkok",
        "Little Knot DIY Kits",
        "team@littleknotkits.com",
        offers=[("DIY macrame kits: cord, ring and pattern card", "macrame_diy_kit")],
        needs=[
            need("OEKO-TEX certified coloured cord for kids' kits", "dyed_cotton_macrame_cord", req=(OEKO,)),
        ],
    ),
    sme(
        31,
        "th",
        HEMP,
        MID,
        "Phetchabun",
        "กลุ่มทอผ้าใยกัญชง เขาค้อ",
        "khaokho.hempweave@gmail.com",
        offers=[
            ("เส้นด้ายใยกัญชงปั่นเครื่อง เบอร์ 10", "hemp_yarn"),
            ("เชือกกัญชงสามเกลียว 5 มม.", "hemp_cord"),
            ("ผ้าใยกัญชงทอมือ หน้ากว้าง 1 เมตร", "hemp_fabric"),
        ],
        needs=[
            need("เปลือกกัญชงที่ลอกแล้ว ตากแห้งพร้อมปั่น", "raw_hemp_fibre"),
            need("หาคนรับย้อมผ้าของเราด้วยสีธรรมชาติ ไม่เอาสีเคมี", "natural_dyeing_service"),
        ],
        bcg=(BIO,),
    ),
    sme(
        32,
        "en",
        CENTRAL,
        MID,
        "Bangkok",
        "Sampeng Craft Supply",
        "sampengcraft@gmail.com",
        offers=[
            ("Metal rings for dream catchers, 5-30 cm, gold or silver", "metal_hoop_ring"),
            ("Cotton tassels 8 cm, 50 colours, packs of 100", "cotton_tassel"),
            ("Wooden beads, mixed sizes, 1 kg bag", "wooden_beads"),
        ],
        needs=[],
    ),
    sme(
        33,
        "th",
        CENTRAL,
        MID,
        "Nakhon Pathom",
        "โรงงานเชือกฝ้ายออร์แกนิก ศาลายา",
        "salaya.organiccord@gmail.com",
        offers=[
            ("เชือกฝ้ายออร์แกนิก เกลียวเดี่ยว 3 มม. สีธรรมชาติ", "cotton_macrame_cord"),
            ("เชือกคอตตอนย้อมสี 24 เฉด ม้วนละ 100 เมตร", "dyed_cotton_macrame_cord"),
        ],
        needs=[need("เส้นด้ายฝ้ายออร์แกนิกที่ได้รับรอง GOTS", "cotton_yarn", req=("GOTS",))],
        certs=("GOTS", OEKO),
    ),
    sme(
        34,
        "en",
        HEMP,
        UP,
        "Chiang Mai",
        "Lanna Organic Spinning",
        "info@lannaorganicspin.com",
        offers=[
            ("GOTS organic cotton yarn Ne 10/1 and 20/1", "cotton_yarn"),
            ("Organic cotton fibre from contract farms, carded", "raw_cotton"),
        ],
        needs=[need("Seed cotton, hand-picked, from Loei or Nan", "raw_cotton")],
        certs=("GOTS", "OCS"),
        bcg=(BIO,),
    ),
    sme(
        35,
        "en",
        SPORT,
        MID,
        "Samut Sakhon",
        "Mahachai Dye & Finish",
        "lab@mahachaidye.co.th",
        offers=[
            ("Package and hank dyeing of yarn and cord, lab dips in 3 days", "yarn_dyeing_service"),
            ("Piece dyeing for cotton and poly fabrics", "fabric_dyeing_service"),
            ("Dyed braided cotton cord 5 mm, stock colours", "dyed_cotton_macrame_cord"),
        ],
        needs=[],
        certs=("bluesign", OEKO),
    ),
    sme(
        36,
        "en",
        HEMP,
        MID,
        "Chiang Mai",
        "Ban Rai Natural Dye Studio",
        "banrai.dye@gmail.com",
        offers=[
            ("Natural dyeing on your yarn, cord or cloth: indigo, ebony, lac, mango leaf", "natural_dyeing_service"),
            ("Indigo-dipped cotton cord 4 mm", "dyed_cotton_macrame_cord"),
        ],
        needs=[
            need("Undyed cotton cord to dye, 50 rolls", "cotton_macrame_cord"),
            need("Fermented indigo paste", "indigo_dye_paste"),
        ],
        bcg=(BIO,),
    ),
    sme(
        37,
        "th",
        HEMP,
        MID,
        "Phrae",
        "ม่อฮ่อมแพร่ บ้านทุ่งโฮ้ง",
        "thunghong.morhom@gmail.com",
        offers=[
            ("ผ้าม่อฮ่อม ฝ้ายย้อมห้อมทั้งผืน", "indigo_dyed_cotton_fabric"),
            ("รับย้อมห้อม ผ้าหรือเสื้อที่ลูกค้าส่งมา", "natural_dyeing_service"),
            ("ห้อมเปียก ตักขายเป็นกิโล", "indigo_dye_paste"),
        ],
        needs=[need("ผ้าดิบทอมือ ยังไม่ย้อม ม้วนละ 20 หลา", "handwoven_cotton_fabric")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        38,
        "th",
        CIRC,
        UP,
        "Bangkok",
        "ร้านรับซื้อเชือกเก่า คลองเตย",
        "khlongtoei.rope@gmail.com",
        offers=[
            ("เศษเชือกมาคราเม่ เชือกเก่า คัดสีแล้ว ขายเป็นกระสอบ", "used_cord_waste"),
            ("เศษผ้าฝ้ายจากโรงงานเย็บ กิโลละ 8 บาท", "cotton_textile_waste"),
        ],
        needs=[],
        bcg=(CIRCULAR,),
    ),
    sme(
        39,
        "en",
        CENTRAL,
        DOWN,
        "Chiang Mai",
        "Nimman Knots Co.",
        "hello@nimmanknots.com",
        offers=[
            ("Large macrame tapestry, up to 2 m wide", "macrame_wall_hanging"),
            ("Plant hanger set of 3, jute or cotton", "macrame_plant_hanger"),
            ("Leftover cord ends from our studio, 5 kg sacks", "used_cord_waste"),
        ],
        needs=[
            need("Jute rope 4-6 mm", "jute_twine"),
            need("Teak or rubberwood dowel rods 80 cm, FSC nice to have", "wooden_dowel", waive=("FSC",)),
        ],
    ),
    sme(
        40,
        "th",
        ISAN,
        DOWN,
        "Ubon Ratchathani",
        "กลุ่มถักเชือกผู้สูงวัย วารินชำราบ",
        "warin.elderknot@gmail.com",
        offers=[
            ("ที่แขวนกระถาง ถักโดยผู้สูงอายุ ราคาส่ง", "macrame_plant_hanger"),
            ("ผ้าแขวนผนังถักเชือก ลายขิดอีสาน", "macrame_wall_hanging"),
        ],
        needs=[
            need("เชือกฝ้ายรีไซเคิล ราคาถูก", "recycled_cotton_cord"),
            need("ไม้แขวนงานถัก ยาว 50 ซม. ไม้กลมหรือไม้ลอยทะเลก็ได้", "wooden_dowel", "driftwood_stick"),
        ],
        certs=("OTOP",),
    ),
    sme(
        41,
        "en",
        CENTRAL,
        DOWN,
        "Bangkok",
        "Fairknot Export Co., Ltd.",
        "export@fairknot.co.th",
        offers=[("Fair Trade macrame wall hangings for export, 50-500 pcs", "macrame_wall_hanging")],
        needs=[
            need("Cotton rope 5 mm, GOTS certified", "cotton_macrame_cord", req=("GOTS",)),
            need("Dream catchers, boho style, 200 pcs", "dream_catcher"),
        ],
        certs=("Fairtrade",),
    ),
    sme(
        42,
        "th",
        ISAN,
        DOWN,
        "Kalasin",
        "ดักฝันแพรวา กาฬสินธุ์",
        "praewa.dream@gmail.com",
        offers=[
            ("ดรีมแคชเชอร์ ตกแต่งผ้าไหมแพรวา", "dream_catcher"),
            ("พวงพู่ผ้าฝ้ายหลากสี แขวนประตู", "tassel_garland"),
        ],
        needs=[
            need("วงหวาย หรือวงเหล็ก ทำดักฝัน", "metal_hoop_ring", "rattan_hoop"),
            need("ลูกปัดไม้ เม็ดเล็ก", "wooden_beads"),
        ],
    ),
    sme(
        43,
        "th",
        ISAN,
        MID,
        "Roi Et",
        "หวายดัด ร้อยเอ็ด",
        "roiet.rattan@gmail.com",
        offers=[("ห่วงหวายดัด วงกลม 10-40 ซม.", "rattan_hoop")],
        needs=[unmet("หวายเส้นดิบจากป่า", "raw rattan cane; nobody offers it")],
    ),
    sme(
        44,
        "en",
        CENTRAL,
        DOWN,
        "Prachuap Khiri Khan",
        "Salt Breeze Boutique Hotel",
        "purchasing@saltbreezehuahin.com",
        offers=[],
        needs=[
            need("Macrame swing chairs for the pool deck", "macrame_hammock_chair"),
            need("Guest activity: a weekend knotting class", "macrame_workshop_service"),
        ],
    ),
    sme(
        45,
        "th",
        SPORT,
        DOWN,
        "Chiang Mai",
        "เปลญวนเชียงใหม่ เอาท์ดอร์",
        "cm.hammock@gmail.com",
        offers=[
            ("เปลญวนถักเชือกร่ม ใช้กลางแจ้งได้", "macrame_hammock_chair"),
            ("เก้าอี้แขวนถักเชือก ชิงช้ารังนก", "macrame_hammock_chair"),
        ],
        needs=[
            need("เชือกพีพีทนแดด 6 มิล ขายเป็นม้วน", "polypropylene_rope"),
            need("เชือกพาราคอร์ด", "paracord"),
        ],
    ),
    sme(
        46,
        "en",
        SPORT,
        DOWN,
        "Bangkok",
        "TrailDog Leash Co.",
        "make@traildog.co",
        offers=[("Paracord dog leashes and collars", "paracord_pet_gear")],
        needs=[
            need("Type III 550 cord, 1000 ft spools, mixed colours", "paracord"),
            unmet("Stainless steel snap hooks 25 mm", "metal hardware; nobody offers it"),
        ],
    ),
    sme(
        47,
        "th",
        SPORT,
        MID,
        "Samut Prakan",
        "บริษัท เชือกไทย สมุทรปราการ จำกัด",
        "sales@chueakthai.co.th",
        offers=[
            ("เชือกพีพีเกลียว ผ่านมาตรฐาน มอก.", "polypropylene_rope"),
            ("เชือกร่มถัก 4 มิล หลายสี", "paracord"),
        ],
        needs=[need("เส้นด้ายโพลีเอสเตอร์รีไซเคิล สำหรับถักเชือก มี GRS ยิ่งดี", "recycled_pet_yarn", waive=("GRS",))],
        certs=(TIS,),
    ),
    sme(
        48,
        "en",
        CENTRAL,
        DOWN,
        "Chonburi",
        "Pattaya Beach Weddings",
        "plan@pattayabeachweddings.com",
        offers=[("Beach wedding planning and styling", "wedding_planning_service")],
        needs=[
            need("Macrame arch drapes, ivory, 3 sets", "macrame_wedding_backdrop"),
            need("Rent a boho backdrop for one weekend?", "backdrop_rental_service"),
            need("Driftwood arch poles", "driftwood_stick"),
        ],
    ),
    sme(
        49,
        "th",
        CENTRAL,
        DOWN,
        "Bangkok",
        "ร้านตกแต่งบ้าน บ้านฝ้ายคราม",
        "baanfaikram.shop@gmail.com",
        offers=[],
        needs=[
            need("ผ้ารองโต๊ะถักเชือกแบบยาว สำหรับโต๊ะกินข้าว", "macrame_table_runner"),
            need("กระเป๋าถักเชือกใส่ของไปตลาด", "macrame_bag"),
            unmet("โคมไฟเพดานถักเชือก พร้อมสายไฟ", "a wired lamp; nobody makes lighting"),
        ],
    ),
    sme(
        50,
        "en",
        ISAN,
        DOWN,
        "Khon Kaen",
        "Isan Craft Collective",
        "isancraft.kk@gmail.com",
        offers=[
            ("Macrame table runners 35x180 cm", "macrame_table_runner"),
            ("Indigo cotton cushion covers 45 cm", "cushion_cover"),
        ],
        needs=[
            need("Cotton cord spun from recycled fibre, GRS not required", "recycled_cotton_cord", waive=("GRS",)),
            need("Someone to sew zip backs onto our cushion fronts", "sewing_service"),
        ],
    ),
    sme(
        51,
        "th",
        CIRC,
        DOWN,
        "Bangkok",
        "รีลูป แบรนด์กระเป๋ารักษ์โลก",
        "reloop.bag@gmail.com",
        offers=[("กระเป๋ามาคราเม่ ถักจากเชือกรีไซเคิล", "macrame_bag")],
        needs=[
            need("เส้นด้ายยืดที่ตัดจากเศษผ้าเสื้อยืด", "tshirt_yarn"),
            need("เศษเชือกเก่า เอามาถักใหม่ได้", "used_cord_waste"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        52,
        "en",
        HEMP,
        DOWN,
        "Mae Hong Son",
        "Pai Dreamcatcher House",
        "paidreamcatcher@gmail.com",
        offers=[("Dream catchers with hemp web, 3 sizes", "dream_catcher")],
        needs=[
            need("willow or rattan hoops", "rattan_hoop"),
            need("Hemp string 1-2 mm for webs", "hemp_cord"),
            unmet("Brass charms for hanging", "brass findings; nobody offers them"),
        ],
    ),
    sme(
        53,
        "th",
        ISAN,
        MID,
        "Surin",
        "กลุ่มทอผ้าฝ้ายบ้านเขวาสินรินทร์",
        "khwao.cotton@gmail.com",
        offers=[("ผ้าฝ้ายทอมือ ลายลูกแก้ว สีขาวธรรมชาติ ยังไม่ย้อม", "handwoven_cotton_fabric")],
        needs=[
            need("ด้ายฝ้ายโรงงาน 20/2 สีขาว", "cotton_yarn"),
            need("รับย้อมเส้นด้ายสีเคมี สั่งน้อยได้ไหม", "yarn_dyeing_service"),
        ],
    ),
    sme(
        54,
        "en",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "Silver Years Day Care Centre",
        "admin@silveryears.co.th",
        offers=[],
        needs=[
            need("Therapeutic craft sessions for seniors - knotting or macrame", "macrame_workshop_service"),
            need("Easy macrame kits with thick cord", "macrame_diy_kit"),
            unmet("Large-print pattern books in Thai", "printed books; nobody offers them"),
        ],
    ),
    sme(
        55,
        "th",
        CENTRAL,
        DOWN,
        "Bangkok",
        "มาคราเม่ คลาส บางนา",
        "macrame.bangna@gmail.com",
        offers=[
            ("เวิร์กช็อปถักมาคราเม่ วันเสาร์ รับจัดนอกสถานที่", "macrame_workshop_service"),
            ("ชุดคิทถักที่แขวนกระถาง พร้อมคลิปสอน", "macrame_diy_kit"),
        ],
        needs=[
            need("เชือกฝ้ายสีธรรมชาติ 3 มิล สั่งทุกเดือน", "cotton_macrame_cord"),
            need("ห่วงไม้ 5 ซม. ใช้ทำที่แขวนกระถาง", "wooden_macrame_ring"),
        ],
    ),
    sme(
        56,
        "en",
        CENTRAL,
        DOWN,
        "Lopburi",
        "Lopburi Home Market",
        "lopburihome@gmail.com",
        offers=[],
        needs=[
            need("tassel garlands in boho colours", "tassel_garland"),
            need("Water hyacinth braid for basket weaving", "water_hyacinth_rope"),
        ],
    ),
    sme(
        57,
        "th",
        HEMP,
        UP,
        "Chiang Rai",
        "กลุ่มใยกล้วย บ้านป่าซาง",
        "pasang.banana@gmail.com",
        offers=[("เส้นใยกาบกล้วยตากแห้ง ขายเป็นกิโล", "banana_fibre")],
        needs=[],
        bcg=(BIO,),
    ),
    sme(
        58,
        "en",
        CIRC,
        MID,
        "Bangkok",
        "FibreLab Bangkok",
        "lab@fibrelabbkk.com",
        offers=[("Banana-cotton blend cord 4 mm", "natural_blend_cord")],
        needs=[
            need("Dried banana stem fibre", "banana_fibre"),
            need("Cotton scraps for blending", "cotton_textile_waste"),
            need("Open-end recycled yarn, ecru, GRS certified", "recycled_cotton_yarn", req=("GRS",)),
        ],
        bcg=(CIRCULAR, BIO),
    ),
    sme(
        59,
        "th",
        CENTRAL,
        DOWN,
        "Samut Songkhram",
        "คาเฟ่ริมคลอง อัมพวา",
        "rimklong.amphawa@gmail.com",
        offers=[],
        needs=[
            need("ที่แขวนต้นไม้ถักเชือก 20 ชิ้น", "macrame_plant_hanger"),
            need("เปลญวน ชิงช้าเชือก ไว้ริมน้ำ", "macrame_hammock_chair"),
        ],
    ),
    sme(
        60,
        "en",
        ISAN,
        DOWN,
        "Udon Thani",
        "Udon Wedding Studio",
        "udonweddingstudio@gmail.com",
        offers=[("Wedding photo studio with props", "wedding_photo_service")],
        needs=[
            need("boho wedding backdrop to buy", "macrame_wedding_backdrop"),
            need("cotton tassels for invitations and chair backs", "cotton_tassel"),
        ],
    ),
    # Part 3: more suppliers, buyers with one or two needs, and profiles that nobody in the set trades with.
    sme(
        61,
        "th",
        CENTRAL,
        MID,
        "Phetchaburi",
        "ไม้กลึงเมืองเพชร",
        "woodturn.phetburi@gmail.com",
        offers=[("ห่วงไม้สักกลึง 8 ซม. ขัดน้ำมัน", "wooden_macrame_ring")],
        needs=[unmet("เศษไม้สักจากโรงเลื่อย ขายเหมา", "teak sawmill offcuts; no sawmill in the set")],
    ),
    sme(
        62,
        "th",
        CIRC,
        MID,
        "Samut Prakan",
        "บริษัท ไทยรีคอร์ด จำกัด",
        "sales@thairecord.co.th",
        offers=[("เชือกถักจากฝ้ายรีไซเคิล 3-5 มม. สีเทา สีครีม", "recycled_cotton_cord")],
        needs=[need("ด้ายปั่นจากเศษฝ้าย ต้องมีใบรับรอง GRS", "recycled_cotton_yarn", req=("GRS",))],
        bcg=(CIRCULAR,),
    ),
    sme(
        63,
        "en",
        CIRC,
        DOWN,
        "Bangkok",
        "ReCord Home",
        "hello@recordhome.co",
        offers=[("Doormats knotted from old boat rope", "rope_doormat")],
        needs=[need("Recycled cotton macrame cord, GRS certified", "recycled_cotton_cord", req=("GRS",))],
        bcg=(CIRCULAR,),
    ),
    sme(
        64,
        "th",
        ISAN,
        MID,
        "Nakhon Phanom",
        "โฮงย้อมครามริมโขง นครพนม",
        "rimkhong.indigo@gmail.com",
        offers=[("รับย้อมคราม ผ้า เชือกฝ้าย และเส้นด้าย ลูกค้าส่งของมาเอง", "natural_dyeing_service")],
        needs=[unmet("ต้นกล้าฮ่อม ต้นคราม พร้อมปลูก", "live plants; nobody offers them")],
        bcg=(BIO,),
    ),
    sme(
        65,
        "th",
        SPORT,
        DOWN,
        "Bangkok",
        "ไฟท์คลับ ฟิตเนส สุขุมวิท",
        "fightclub.skv@gmail.com",
        offers=[],
        needs=[
            unmet("เชือกแบทเทิลโรป 38 มม. ยาว 15 เมตร", "heavy training rope; no maker in the set"),
            need("เชือกร่มหลากสี ทำพวงกุญแจแจกสมาชิก", "paracord"),
        ],
    ),
    sme(
        66,
        "th",
        ISAN,
        DOWN,
        "Maha Sarakham",
        "ศูนย์ดูแลผู้สูงอายุ บ้านอุ่นใจ สารคาม",
        "baanunjai.msk@gmail.com",
        offers=[],
        needs=[need("หาวิทยากรสอนงานถักเชือก 10 ครั้ง", "macrame_workshop_service")],
    ),
    sme(
        67,
        "en",
        HEMP,
        MID,
        "Chiang Mai",
        "Doi Hemp Spinners",
        "doihempspin@gmail.com",
        offers=[
            ("Machine-spun hemp yarn Nm 6, natural", "hemp_yarn"),
            ("3-ply hemp cord 4 mm for macrame", "hemp_cord"),
        ],
        needs=[need("Organic Thailand certified hemp bast", "raw_hemp_fibre", req=(OT,))],
        bcg=(BIO,),
    ),
    sme(
        68,
        "en",
        CENTRAL,
        DOWN,
        "Bangkok",
        "Tidy Knot Homewares",
        "make@tidyknot.com",
        offers=[("Knotted storage baskets, 3 sizes", "macrame_basket")],
        needs=[need("We send our own cotton yarn - need it twisted into 5 mm cord", "cord_twisting_service")],
    ),
    sme(
        69,
        "th",
        CENTRAL,
        DOWN,
        "Chiang Mai",
        "ล้านนาบลูม ดอกไม้งานแต่ง",
        "lannabloom.wedding@gmail.com",
        offers=[("จัดดอกไม้งานแต่ง งานบวช", "floral_decoration_service")],
        needs=[
            need("ขอเช่าฉากมาคราเม่ ไม่ซื้อ ใช้วันเดียว", "backdrop_rental_service"),
            unmet("ดอกไม้แห้งย้อมสี ขายส่ง", "dried flowers; nobody offers them"),
        ],
    ),
    sme(
        70,
        "en",
        CENTRAL,
        DOWN,
        "Surat Thani",
        "Samui Palm Villas",
        "procurement@samuipalmvillas.com",
        offers=[],
        needs=[
            need("Hanging rope chairs for 12 villas", "macrame_hammock_chair"),
            unmet("Fire-retardant blackout curtains", "technical curtains; nobody makes them"),
        ],
    ),
    sme(
        71,
        "th",
        ISAN,
        DOWN,
        "Khon Kaen",
        "ร้านของฝากอีสานโฮม",
        "isanhome.gift@gmail.com",
        offers=[],
        needs=[need("งานถักเชือกแขวนผนัง ต้องเป็นสินค้า OTOP", "macrame_wall_hanging", req=("OTOP",))],
    ),
    sme(
        72,
        "th",
        CENTRAL,
        DOWN,
        "Bangkok",
        "ร้านผ้าม่านสำเพ็ง",
        "sampeng.curtain@gmail.com",
        offers=[("ผ้าม่านสำเร็จรูป ตัดตามขนาดหน้าต่าง", "ready_made_curtain")],
        needs=[need("รับย้อมผ้าดิบของร้านเป็นสีพื้น ครั้งละ 1,000 หลา", "fabric_dyeing_service")],
    ),
    sme(
        73,
        "th",
        CIRC,
        UP,
        "Chumphon",
        "กลุ่มใยมะพร้าว ปะทิว",
        "pathio.coir@gmail.com",
        offers=[("เชือกใยมะพร้าว ขดละ 20 เมตร", "coir_rope")],
        needs=[],
        bcg=(BIO, CIRCULAR),
    ),
    sme(
        74,
        "en",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "Green Corner Garden Centre",
        "shop@greencorner.co.th",
        offers=[],
        needs=[
            need("Coconut husk twine for tying climbers", "coir_rope"),
            unmet("Glazed ceramic pots 8 inch", "pottery; nobody offers it"),
        ],
    ),
    sme(
        75,
        "th",
        HEMP,
        UP,
        "Rayong",
        "กลุ่มใยสับปะรด บ้านค่าย",
        "bankhai.pineapple@gmail.com",
        offers=[("เส้นใยใบสับปะรด ขูดมือ ตากแห้ง", "pineapple_leaf_fibre")],
        needs=[],
        bcg=(BIO,),
    ),
    sme(
        76,
        "en",
        SPORT,
        MID,
        "Rayong",
        "Eastern Net & Cord Co., Ltd.",
        "sales@easternnetcord.com",
        offers=[("Twisted PP rope 4-16 mm for marine and playground use", "polypropylene_rope")],
        needs=[need("rPET yarn, dope-dyed black", "recycled_pet_yarn")],
        certs=("ISO 9001",),
    ),
    sme(
        77,
        "th",
        CENTRAL,
        DOWN,
        "Nakhon Si Thammarat",
        "บ้านใต้ เดคคอร์",
        "baantai.decor@gmail.com",
        offers=[],
        needs=[need("ที่แขวนกระถางต้นไม้ ราคาส่ง ไม่ต้องมี OTOP", "macrame_plant_hanger", waive=("OTOP",))],
    ),
    sme(
        78,
        "en",
        ISAN,
        DOWN,
        "Ubon Ratchathani",
        "Ubon Home Care Hospital",
        "supply@ubonhomecare.com",
        offers=[],
        needs=[need("knotting activity kits for long-stay patients", "macrame_diy_kit")],
    ),
    sme(
        79,
        "th",
        ISAN,
        DOWN,
        "Kalasin",
        "กลุ่มทอผ้าขาวม้า บ้านโพน",
        "banphon.pakama@gmail.com",
        offers=[("ผ้าขาวม้าทอมือ ตัดเย็บขอบเรียบร้อย ผืนละ 150 บาท", "pakama_cloth")],
        needs=[],
        certs=("OTOP",),
    ),
    sme(
        80,
        "en",
        CENTRAL,
        DOWN,
        "Bangkok",
        "The Boho Bride Co.",
        "hello@bohobride.co",
        offers=[("Boho backdrop and arch hire, Bangkok and nearby", "backdrop_rental_service")],
        needs=[need("Tassel garlands, blush and ivory", "tassel_garland")],
    ),
    sme(
        81,
        "th",
        CENTRAL,
        DOWN,
        "Bangkok",
        "ร้านสัตว์เลี้ยง เหมียวโฮ่ง",
        "meowhong.petshop@gmail.com",
        offers=[],
        needs=[
            need("สายจูงหมา ถักจากเชือกร่ม", "paracord_pet_gear"),
            unmet("เสาลับเล็บแมว พันเชือกปอ", "a finished cat scratching post; jute twine alone does not meet it"),
        ],
    ),
    sme(
        82,
        "en",
        CENTRAL,
        DOWN,
        "Kanchanaburi",
        "River Kwai Glamping",
        "stay@riverkwaiglamping.com",
        offers=[],
        needs=[need("Outdoor hammocks, UV resistant", "macrame_hammock_chair")],
    ),
    sme(
        83,
        "th",
        HEMP,
        DOWN,
        "Chiang Mai",
        "กระเป๋ากัญชง ดอยสุเทพ",
        "doisuthep.hempbag@gmail.com",
        offers=[("กระเป๋าถักมาคราเม่ จากเชือกกัญชง", "macrame_bag")],
        needs=[],
        bcg=(BIO,),
    ),
    sme(
        84,
        "en",
        CENTRAL,
        DOWN,
        "Chanthaburi",
        "Chanthaburi Craft Corner",
        "craftcorner.chan@gmail.com",
        offers=[],
        needs=[need("Wooden rings for resale, 5 and 8 cm", "wooden_macrame_ring")],
    ),
    sme(
        85,
        "th",
        ISAN,
        UP,
        "Sisaket",
        "กลุ่มเกษตรกรปลูกฝ้าย ศรีสะเกษ",
        "sisaket.cottonfarm@gmail.com",
        offers=[("เมล็ดพันธุ์ฝ้ายพื้นเมือง สำหรับปลูก", "cotton_seed")],
        needs=[],
    ),
    sme(
        86,
        "en",
        SPORT,
        DOWN,
        "Bangkok",
        "CampCraft Outdoor",
        "team@campcraft.co.th",
        offers=[("Paracord survival bracelets", "paracord_bracelet")],
        needs=[need("parachute cord 4 mm, reflective", "paracord")],
    ),
    sme(
        87,
        "th",
        ISAN,
        DOWN,
        "Nong Khai",
        "ร้านของแต่งบ้าน ริมโขง",
        "rimkhong.homedecor@gmail.com",
        offers=[],
        needs=[need("ม่านประตูถักเชือก", "macrame_door_curtain")],
    ),
    sme(
        88,
        "en",
        CENTRAL,
        DOWN,
        "Chachoengsao",
        "Knotted Doorway Co.",
        "orders@knotteddoorway.com",
        offers=[("Macrame door curtains, 90x200 cm", "macrame_door_curtain")],
        needs=[
            need(
                "3 mm twisted cotton cord, 50 kg/month, OEKO-TEX welcome but not required",
                "cotton_macrame_cord",
                waive=(OEKO,),
            )
        ],
    ),
    sme(
        89,
        "th",
        CENTRAL,
        DOWN,
        "Bangkok",
        "แคทคาเฟ่ บ้านเหมียว อารีย์",
        "baanmeow.ari@gmail.com",
        offers=[],
        needs=[need("คลาสถักเชือกสำหรับลูกค้าในร้าน", "macrame_workshop_service")],
    ),
    sme(
        90,
        "en",
        CIRC,
        DOWN,
        "Bangkok",
        "Second Loop Marketplace",
        "hello@secondloop.co",
        offers=[],
        needs=[
            unmet("Second-hand macrame wall hangings to resell", "used goods: nobody sells used wall hangings"),
            need("T-shirt yarn remnants", "tshirt_yarn"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        91,
        "th",
        ISAN,
        DOWN,
        "Khon Kaen",
        "ขอนแก่น เวดดิ้ง พลาซ่า",
        "kkweddingplaza@gmail.com",
        offers=[],
        needs=[need("ฉากถักเชือกสำหรับงานแต่ง ซื้อ 2 ชุด", "macrame_wedding_backdrop")],
    ),
    sme(
        92,
        "en",
        HEMP,
        MID,
        "Nan",
        "Nan Hemp Textiles",
        "nanhemptextiles@gmail.com",
        offers=[("Hemp-cotton blend cloth, 110 cm", "hemp_fabric")],
        needs=[],
        bcg=(BIO,),
    ),
    sme(
        93,
        "th",
        CENTRAL,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "ร้านของฝากกรุงเก่า",
        "krungkao.souvenir@gmail.com",
        offers=[],
        needs=[need("เส้นผักตบชวาถักเปีย สำหรับสานตะกร้า", "water_hyacinth_rope")],
    ),
    sme(
        94,
        "th",
        HEMP,
        UP,
        "Phetchabun",
        "ไร่กัญชงเขาค้อ",
        "khaokho.hempfarm@gmail.com",
        offers=[("แกนกัญชงบด ใช้รองพื้นคอกสัตว์", "hemp_hurd")],
        needs=[],
        bcg=(BIO,),
    ),
    sme(
        95,
        "th",
        CIRC,
        DOWN,
        "Bangkok",
        "ร้านเสื้อผ้ามือสอง วินเทจจตุจักร",
        "vintage.jj@gmail.com",
        offers=[("เสื้อผ้ามือสอง คัดเกรด ขายเป็นกระสอบ", "used_clothing")],
        needs=[],
        bcg=(CIRCULAR,),
    ),
]

# ---------------------------------------------------------------------------------------------- checks

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
SUB_CLUSTERS = tuple(s.value for s in SubCluster)
STAGES = tuple(s.value for s in Stage)
BCG_TAGS = tuple(b.value for b in BcgTag)


def thai_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if THAI_LETTER.match(c)) / len(letters) if letters else 0.0


def latin_only(text: str) -> bool:
    return all(ord(c) < 0x250 and unicodedata.category(c) != "Cc" for c in text)


def named(cert: str, text: str) -> bool:
    """Whether `text` spells out a name of `cert`, affirmed or not."""
    entry = next(c for c in CERTIFICATIONS if c.name == cert)
    folded = unicodedata.normalize("NFKC", text).casefold()
    names = (entry.name, *entry.aliases, *entry.mentions, *entry.case_sensitive_mentions)
    return any(unicodedata.normalize("NFKC", n).casefold() in folded for n in names)


def suppliers_of(need_: Need, smes: list[Sme], buyer: Sme) -> list[Sme]:
    return [
        s
        for s in smes
        if s.num != buyer.num
        and any(label in need_.labels for _, label in s.offers)
        and set(need_.requires) <= set(s.certs)
    ]


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append(f"ids must run {PREFIX}-001 .. {PREFIX}-{N_PROFILES:03d} in order, got {len(ids)} profiles")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    offered: dict[str, set[int]] = {}
    for s in smes:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.num)
    for s in smes:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: bad id")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: bad language {s.lang!r}")
        if s.sub_cluster not in SUB_CLUSTERS:
            errors.append(f"{where}: bad sub_cluster {s.sub_cluster!r}")
        if s.stage not in STAGES:
            errors.append(f"{where}: bad stage {s.stage!r}")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} is not an English province name")
        for cert in s.certs:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not a canonical name")
        if len(set(s.certs)) != len(s.certs) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: repeated certification or BCG tag")
        for tag in s.bcg:
            if tag not in BCG_TAGS:
                errors.append(f"{where}: bad BCG tag {tag!r}")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: bad email {s.email!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, and at least one of them")
        texts = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        if len(set(texts[1:])) != len(texts) - 1:
            errors.append(f"{where}: repeated phrase")
        for text in texts:
            if not text.strip() or text != text.strip() or "  " in text:
                errors.append(f"{where}: untidy phrase {text!r}")
            if s.lang == "th" and thai_share(text) < 0.6:
                errors.append(f"{where}: Thai phrase is not mostly Thai letters: {text!r}")
            if s.lang == "en" and not latin_only(text):
                errors.append(f"{where}: English phrase has non-Latin characters: {text!r}")
        for text, label in s.offers:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", label):
                errors.append(f"{where}: bad label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= set(s.certs):
                errors.append(f"{where}: offer claims {sorted(claimed - set(s.certs))} the profile lacks: {text!r}")
        for n in s.needs:
            found = find_certifications(n.text)
            if n.unmet:
                if n.labels or n.requires or n.waives:
                    errors.append(f"{where}: unmet need with labels or certifications: {n.text!r}")
            elif not n.labels:
                errors.append(f"{where}: need with neither labels nor an unmet note: {n.text!r}")
            for label in n.labels:
                if not offered.get(label, set()) - {s.num}:
                    errors.append(f"{where}: label {label!r} is offered by no one else")
            if n.labels and not suppliers_of(n, smes, s):
                errors.append(f"{where}: no qualified supplier for {n.text!r}")
            if found != set(n.requires):
                errors.append(f"{where}: need names {sorted(found)} but requires {list(n.requires)}: {n.text!r}")
            for cert in n.waives:
                if not named(cert, n.text) or cert in found:
                    errors.append(f"{where}: waived {cert!r} is not named-and-negated in {n.text!r}")
            for cert in (*n.requires, *n.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: certification {cert!r} is not a canonical name")
    return errors


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links = {(sup.id, buyer.id) for buyer in smes for n in buyer.needs for sup in suppliers_of(n, smes, buyer)}
    return sorted(links)


def check_sizes(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    lang = {s.id: s.lang for s in smes}
    thai = sum(1 for s in smes if s.lang == "th")
    if not 0.50 <= thai / len(smes) <= 0.60:
        errors.append(f"Thai share {thai}/{len(smes)} is outside 50-60 %")
    if not 160 <= len(links) <= 180:
        errors.append(f"{len(links)} true links, want 160-180")
    cross = sum(1 for a, b in links if lang[a] != lang[b])
    if links and not 0.40 <= cross / len(links) <= 0.60:
        errors.append(f"cross-language share {cross}/{len(links)} is outside 40-60 %")
    needs = [(s, n) for s in smes for n in s.needs]
    n_unmet = sum(1 for _, n in needs if n.unmet)
    if not 17 <= n_unmet <= 23:
        errors.append(f"{n_unmet} needs met by no one, want about 20")
    met_by = [len(suppliers_of(n, smes, s)) for s, n in needs if not n.unmet]
    if met_by and sum(1 for k in met_by if 1 <= k <= 3) / len(met_by) < 0.6:
        errors.append(f"too few needs met by 1-3 suppliers: {Counter(met_by)}")
    if sum(1 for k in met_by if k > 3) < 3:
        errors.append("want some needs met by more than 3 suppliers")
    if sum(1 for _, n in needs if n.requires) < 6 or sum(1 for _, n in needs if n.waives) < 4:
        errors.append("want at least 6 needs requiring a certification and 4 waiving one")
    return errors


# ---------------------------------------------------------------------------------------------- output


def profile_json(s: Sme) -> str:
    obj = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    return json.dumps(obj, ensure_ascii=False)


def counts_table(smes: list[Sme], links: list[tuple[str, str]]) -> str:
    by_id = {s.id: s for s in smes}
    needs = [(s, n) for s in smes for n in s.needs]
    met = [(s, n) for s, n in needs if not n.unmet]
    cross_te = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    cross_et = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    cross = cross_te + cross_et
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai / English", f"{sum(s.lang == 'th' for s in smes)} / {sum(s.lang == 'en' for s in smes)}"),
    ]
    rows += [(f"sub-cluster `{c}`", str(sum(s.sub_cluster == c for s in smes))) for c in SUB_CLUSTERS]
    rows += [(f"stage `{st}`", str(sum(s.stage == st for s in smes))) for st in STAGES]
    rows += [(f"region `{r}`", str(k)) for r, k in sorted(regions.items())]
    rows += [
        ("distinct provinces", str(len({s.province for s in smes}))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        ("needs requiring a certification", str(sum(1 for _, n in needs if n.requires))),
        ("needs waiving a certification", str(sum(1 for _, n in needs if n.waives))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(cross_te)),
        ("links English supplier -> Thai buyer", str(cross_et)),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.0%})" if links else "0"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        ),
    ]
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines)


README = """# blind_plain_macrame: a blind, hand-labelled matching set

## What it checks

Whether the matcher finds the true supplier-buyer pairs among {n} SME profiles of the Health and Wellness
Economy cluster, themed on macrame, knotting and fibre wall art (cotton, hemp, jute and recycled cord,
wooden rings and dowels, driftwood, plant hangers, wall hangings, dream catchers, tassels, wedding
backdrops, knotting workshops) together with the ordinary fibre, yarn, cloth, dyeing and sewing suppliers
of the cluster, and their buyers: cafes, hotels, home decor shops, wedding decorators and care homes.
The profiles are plain registry entries, one short phrase per offer or need, in Thai (about 55 %) or
English. The same goods are worded in many ways (local names, trade words, abbreviations, sizes, prices,
minimum orders), and a need is usually worded differently from the offers that meet it, often in the
other language. Hard cases: a service versus the goods it works on (dyeing versus dyed cloth, sewing for
others versus finished bags), the customer's own goods sent for work, waste and used cord versus new,
raw versus processed (fibre, yarn, cord, cloth, product), finished goods described by their material,
colour or technique, needs written as a wish, a bare noun phrase or a question, refusals, needs that
require a named certification and needs that name one only to waive it, and needs that no one meets.

## How it was written

By hand. The writer read only section 1 of the project's contracts (cluster profiles, JSONL version 1,
and the links CSV) and the shared taxonomy (`shared/taxonomy.py` and `shared/taxonomy_data/`), and
nothing of the matcher, its glossary, its tests or the other evaluation sets.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `natural_dyeing_service`). Every need either lists the offer labels that
would meet it and the certifications its text requires, or is marked as met by no one with a short note.
A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of
the buyer's needs and the supplier's certifications hold every certification that need requires. An SME
is never linked to itself. Shared words play no part; quantities, prices and places never decide a link;
what changes what the thing is does. A certification a need names only to waive it is not required.
The labels live only in `write.py`; the profiles carry no labels.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_macrame/write.py

The script checks the data first (ids, contract fields, provinces and certifications against the
taxonomy, every listed label offered by someone other than the buyer, every met need has a qualified
supplier, required and waived certifications named in the need's text, Thai phrases mostly Thai letters
and English ones Latin only, the size targets) and writes nothing if a check fails. Two runs give
identical bytes.

## Files

- `write.py`: all the data and the labels; writes the other three files.
- `profiles.jsonl`: {n} SME profiles, contract JSONL version 1, ids `{prefix}-001` to `{prefix}-{n:03d}`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def main() -> int:
    smes = SMES
    errors = check(smes)
    links = true_links(smes) if not errors else []
    if not errors:
        errors = check_sizes(smes, links)
    if errors:
        print(f"{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    table = counts_table(smes, links)
    profiles = "".join(profile_json(s) + "\n" for s in smes)
    links_csv = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    readme = README.format(n=len(smes), prefix=PREFIX, table=table)
    outputs = {"profiles.jsonl": profiles, "links.csv": links_csv, "README.md": readme}
    for name, text in outputs.items():
        (OUT_DIR / name).write_text(text, encoding="utf-8", newline="\n")
    print(table)
    digest = hashlib.sha256("".join(outputs.values()).encode("utf-8")).hexdigest()[:16]
    print(f"\nwrote {', '.join(outputs)} to {OUT_DIR} (sha256 {digest})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
