"""Write the hand-labelled evaluation set `eval/blind_plain_tourism/`.

Theme: community-based tourism and craft experiences (homestays, weaving and dyeing workshops,
craft tours, museum, airport and hotel gift shops, cafes, travel agents) and the weavers, dyers,
basket and mat makers, sewers, printers and fibre suppliers around them.

All data is written here by hand. Every offer carries a label saying what the thing is; every need
lists the labels that would meet it and the certifications its text requires, or is marked as met by
no one. A (supplier, buyer) pair is a true link when an offer of the supplier carries a label one of
the buyer's needs lists and the supplier holds every certification that need requires.

Run from the repository root:

    .venv/bin/python eval/blind_plain_tourism/write.py            # check, then write the three files
    .venv/bin/python eval/blind_plain_tourism/write.py --check    # check only, write nothing
    .venv/bin/python eval/blind_plain_tourism/write.py --detail   # also list each need's suppliers
"""

from __future__ import annotations

import csv
import importlib
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

taxonomy = importlib.import_module("shared.taxonomy")

PREFIX = "bct"
N_PROFILES = 95
LINKS_MIN, LINKS_MAX = 160, 180
CROSS_SHARE_MIN, CROSS_SHARE_MAX = 0.40, 0.60
THAI_SHARE_MIN, THAI_SHARE_MAX = 0.52, 0.58
UNMET_MIN, UNMET_MAX = 17, 23

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"


# ------------------------------------------------------------------ record types


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    meets: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    sub: str
    stage: str
    province: str
    name: str
    email: str
    offers: tuple[Offer, ...] = ()
    needs: tuple[Need, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def offer(text: str, label: str) -> Offer:
    return Offer(text, label)


def need(text: str, *meets: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, meets=meets, requires=req, waives=waive)


def nobody(text: str, note: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, requires=req, waives=waive, unmet=note)


# ------------------------------------------------------------------ what a thing is

LABELS: dict[str, str] = {
    # upstream: fibre, yarn, plant material, waste
    "raw_cotton_lint": "ginned or seed cotton, not yet spun",
    "handspun_cotton_yarn": "cotton yarn spun by hand",
    "cotton_yarn": "mill-spun undyed cotton yarn",
    "colour_dyed_cotton_yarn": "mill-spun cotton yarn dyed in colours",
    "recycled_cotton_yarn": "yarn spun from textile waste",
    "kapok_fibre": "kapok floss for stuffing",
    "silk_yarn": "reeled Thai silk yarn",
    "silk_cocoons": "silk cocoons",
    "hemp_fibre": "raw hemp bast fibre",
    "hemp_yarn": "hemp thread or yarn",
    "indigo_paste": "fermented indigo paste (kram, hom)",
    "indigo_planting_stock": "indigo seeds or seedlings",
    "natural_dye_materials": "plant or insect dyestuff (bark, lac, powders)",
    "beeswax": "beeswax",
    "pandanus_leaf_strips": "prepared pandanus leaf strips",
    "krajood_sedge": "dried krajood sedge",
    "reed_stems": "dried reed (kok) for mats",
    "water_hyacinth_dried": "dried water hyacinth stalks",
    "bamboo_strips": "split bamboo strips for weaving",
    "mulberry_bark": "paper mulberry bark",
    "textile_offcuts": "fabric scraps and cutting waste",
    "used_garments": "second-hand clothing",
    "used_hotel_linen": "retired hotel sheets and towels",
    # midstream: cloth, processing services, components, packaging
    "handwoven_cotton_fabric": "handwoven cotton cloth, chemical or unstated dyes",
    "natural_dyed_cotton_fabric": "cotton cloth dyed with plant dyes other than indigo",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with indigo",
    "plain_white_cotton_fabric": "unbleached or white plain cotton, muslin, greige",
    "handwoven_silk_fabric": "handwoven silk cloth (mudmee, yok, praewa)",
    "hemp_fabric": "hemp cloth",
    "batik_fabric": "batik cloth",
    "saa_paper": "handmade mulberry paper",
    "indigo_dyeing_service": "dyeing the customer's goods with indigo",
    "natural_dyeing_service": "dyeing the customer's goods with plant dyes",
    "sewing_service": "sewing the customer's cloth into products (CMT)",
    "embroidery_service": "embroidering names or logos on the customer's goods",
    "logo_printing_service": "printing logos or prints on the customer's goods",
    "sublimation_printing_service": "sublimation printing on the customer's polyester",
    "hilltribe_embroidery_panels": "hand-embroidered hill-tribe panels and trims",
    "coconut_shell_buttons": "buttons made of coconut shell",
    "hang_tags_labels": "swing tags and woven labels",
    "printed_gift_box": "printed paper gift boxes",
    "kraft_paper_bag": "kraft paper bags and pouches",
    # downstream goods
    "cloth_bag": "bags sewn from cloth",
    "backpack": "backpacks",
    "woven_bag": "bags woven of sedge, pandanus, hyacinth or rattan",
    "woven_basket": "baskets and sticky-rice boxes",
    "woven_mat": "floor and sitting mats",
    "cushion": "cushions and pillows",
    "scarf": "scarves and shawls",
    "pha_khao_ma": "pha khao ma, the multi-purpose checked cloth",
    "pha_sin": "tube skirts (pha sin)",
    "shirt": "shirts and tops",
    "staff_uniform": "uniforms for staff",
    "bed_linen": "new sheets, duvet covers, pillowcases",
    "bath_towel": "new towels",
    "spa_robe": "bathrobes and spa wraps",
    "table_linen": "table runners, napkins, placemats of cloth",
    "herbal_compress_ball": "herbal compress balls",
    "small_souvenir": "key rings, coin purses, small dolls",
    "souvenir_gift_set": "assembled gift sets",
    "paper_umbrella": "paper umbrellas and parasols",
    "quick_dry_towel": "quick-dry microfibre towels",
    "cycling_jersey": "cycling jerseys",
    # services around tourism
    "weaving_workshop": "weaving class for visitors",
    "dye_workshop": "indigo, tie-dye or natural dye class for visitors",
    "batik_workshop": "batik painting class for visitors",
    "homestay_stay": "homestay or village accommodation",
    "riverside_lodging": "raft houses and riverside resort rooms",
    "craft_tour_package": "packaged craft or village tour",
    "local_guide_service": "local guiding",
    "product_photography": "product photography",
    "online_sales_service": "selling on behalf of others online",
    "consignment_retail": "shop space for makers' goods on consignment",
    "craft_skills_training": "training makers in weaving, dyeing, design",
    "hospitality_training": "training homestay hosts and guides",
    "product_design_service": "product and packaging design",
    "thai_costume_rental": "hiring out Thai costume to visitors",
}


# ------------------------------------------------------------------ the profiles

SMES: tuple[Sme, ...] = (
    # ---- part 1: fibre, yarn, plant material, waste; first weavers and dyers
    Sme(
        1,
        "th",
        HEMP,
        UP,
        "Loei",
        "วิสาหกิจชุมชนฝ้ายพื้นเมืองนาด้วง",
        "naduang.cotton@gmail.com",
        offers=(
            offer("ปุยฝ้ายพื้นเมือง อีดเมล็ดออกแล้ว กิโลละ 120 บาท", "raw_cotton_lint"),
            offer("ฝ้ายตุ่นเข็นมือ เป็นไจ", "handspun_cotton_yarn"),
        ),
        needs=(nobody("อยากได้เครื่องอีดฝ้ายแบบมอเตอร์ มือสองก็ได้", "a cotton gin: no one sells machinery"),),
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    Sme(
        2,
        "en",
        HEMP,
        UP,
        "Chiang Mai",
        "Mae Wang Handspun Circle",
        "maewang.handspun@gmail.com",
        offers=(
            offer("Hand-spun cotton yarn, natural white and khaki, per skein", "handspun_cotton_yarn"),
            offer("Kapok floss for pillow stuffing, 5 kg sacks", "kapok_fibre"),
        ),
        needs=(need("Ginned seed-free cotton from village farms", "raw_cotton_lint"),),
        bcg=("bio",),
    ),
    Sme(
        3,
        "th",
        HEMP,
        UP,
        "Surin",
        "กลุ่มหม่อนไหมบ้านโคกเมือง",
        "khokmuang.silk@gmail.com",
        offers=(
            offer("ไหมน้อยสาวมือ พันธุ์พื้นบ้าน สีเหลืองทอง", "silk_yarn"),
            offer("รังไหมตัดแล้ว สำหรับทำดอกไม้ประดิษฐ์", "silk_cocoons"),
        ),
        needs=(need("หาคนช่วยไลฟ์ขายของให้ ทาง TikTok", "online_sales_service"),),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    Sme(
        4,
        "en",
        HEMP,
        UP,
        "Samut Sakhon",
        "Siam Organic Yarn Co., Ltd.",
        "sales@siamorganicyarn.co.th",
        offers=(
            offer("GOTS organic cotton yarn Ne 20/2 on cones, MOQ 50 kg", "cotton_yarn"),
            offer("Yarn-dyed cotton, 40 shades, 5 kg per colour", "colour_dyed_cotton_yarn"),
        ),
        needs=(
            nobody(
                "Better Cotton lint, full bales",
                "no one grows or sells cotton lint under Better Cotton",
                req=("Better Cotton",),
            ),
        ),
        certs=("GOTS", "OEKO-TEX Standard 100"),
        bcg=("green",),
    ),
    Sme(
        5,
        "th",
        HEMP,
        UP,
        "Phrae",
        "กลุ่มปลูกห้อมบ้านแม่ลาน",
        "maelan.hom@gmail.com",
        offers=(
            offer("ห้อมเปียก เนื้อห้อมหมักพร้อมก่อหม้อ ถังละ 5 กก.", "indigo_paste"),
            offer("กล้าต้นห้อม ชำถุง", "indigo_planting_stock"),
        ),
        needs=(nobody("หาโอ่งดินเผาใบใหญ่ สำหรับหมักห้อม", "large earthenware jars: no potter in the set"),),
        bcg=("bio",),
    ),
    Sme(
        6,
        "th",
        HEMP,
        UP,
        "Sakon Nakhon",
        "ไร่ครามพังโคน",
        "phangkhon.kram@gmail.com",
        offers=(
            offer("เนื้อครามสกลฯ ออร์แกนิก ถุง 1 กิโล", "indigo_paste"),
            offer("เมล็ดพันธุ์ครามฝักงอ", "indigo_planting_stock"),
        ),
        needs=(need("ซองกระดาษสีน้ำตาล ใส่ถุงเนื้อคราม พร้อมสกรีนชื่อไร่", "kraft_paper_bag"),),
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    Sme(
        7,
        "en",
        HEMP,
        UP,
        "Tak",
        "Umphang Hemp Growers",
        "umphang.hemp@gmail.com",
        offers=(
            offer("Hand-stripped hemp bast, sun-dried, 10 kg bundles", "hemp_fibre"),
            offer("Hand-spliced hemp thread, 100 g balls", "hemp_yarn"),
        ),
        needs=(nobody("Second-hand decorticator for hemp stalks", "a decorticator: no one sells machinery"),),
        bcg=("bio",),
    ),
    Sme(
        8,
        "th",
        HEMP,
        MID,
        "Chiang Rai",
        "ผ้าเขียนเทียนม้ง ดอยผาหม่น",
        "phamon.batik@gmail.com",
        offers=(
            offer("ผ้ากัญชงทอมือ หน้ากว้าง 40 ซม. ม้วนละ 10 เมตร", "hemp_fabric"),
            offer("ผ้าใยกัญชงเขียนเทียนลายม้ง ย้อมคราม", "hemp_fabric"),
        ),
        needs=(
            need("เปลือกกัญชงลอกแล้ว ยังไม่ได้ต่อเส้น", "hemp_fibre"),
            need("ขี้ผึ้งแท้จากรังผึ้ง ใช้เขียนลาย", "beeswax"),
        ),
        bcg=("bio",),
    ),
    Sme(
        9,
        "en",
        HEMP,
        UP,
        "Chiang Mai",
        "Lanna Botanical Dyes",
        "hello@lannabotanicaldyes.com",
        offers=(
            offer("Natural dye powders: lac, annatto, ebony fruit, marigold", "natural_dye_materials"),
            offer("Dried tamarind bark and mango leaves, 1 kg bags", "natural_dye_materials"),
        ),
        needs=(nobody("Food-grade alum mordant, 25 kg", "alum: no chemical seller in the set"),),
        bcg=("bio", "green"),
    ),
    Sme(
        10,
        "th",
        CIRC,
        UP,
        "Bangkok",
        "ร้านเศษผ้าสำเพ็ง เจ๊หมวย",
        "jaemuay.sampeng@gmail.com",
        offers=(
            offer("เศษผ้าฝ้ายทอมือจากห้องตัด คละสี ชั่งกิโลขาย", "textile_offcuts"),
            offer("เสื้อผ้ามือสองคัดเกรด มัดละ 45 กก.", "used_garments"),
        ),
        bcg=("circular",),
    ),
    Sme(
        11,
        "en",
        HEMP,
        UP,
        "Nan",
        "Doi Phu Kha Bee & Stay",
        "phukha.beestay@gmail.com",
        offers=(
            offer("Raw beeswax blocks, filtered, 1 kg", "beeswax"),
            offer("Farm homestay, 4 rooms, home-cooked Nan food", "homestay_stay"),
        ),
        needs=(need("Cotton sheets and pillowcases for guest rooms", "bed_linen"),),
        bcg=("bio",),
    ),
    Sme(
        12,
        "th",
        HEMP,
        UP,
        "Trang",
        "กลุ่มจักสานเตยปาหนันบ้านทุ่งค่าย",
        "thungkhai.toey@gmail.com",
        offers=(
            offer("เส้นเตยปาหนัน รีดแล้ว ตากแห้ง มัดละ 100 เส้น", "pandanus_leaf_strips"),
            offer("เสื่อเตยปาหนัน ลายลูกแก้ว", "woven_mat"),
        ),
        needs=(need("สีย้อมเส้นเตยจากพืช ไม่ใช้สีเคมี", "natural_dye_materials"),),
        bcg=("bio",),
    ),
    Sme(
        13,
        "th",
        HEMP,
        UP,
        "Phatthalung",
        "วิสาหกิจชุมชนกระจูดทะเลน้อย",
        "thalenoi.krajood@gmail.com",
        offers=(
            offer("ต้นกระจูดตากแห้ง ทุบแบนแล้ว", "krajood_sedge"),
            offer("กระเป๋ากระจูดสาน ทรงโท้ท", "woven_bag"),
        ),
        needs=(need("ช่างภาพถ่ายสินค้า ลงแคตตาล็อก", "product_photography"),),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    Sme(
        14,
        "th",
        HEMP,
        UP,
        "Ayutthaya",
        "กลุ่มผักตบชวาบางบาล",
        "bangban.hyacinth@gmail.com",
        offers=(offer("ก้านผักตบชวาตากแห้ง กิโลละ 35 บาท", "water_hyacinth_dried"),),
        bcg=("bio", "circular"),
    ),
    Sme(
        15,
        "th",
        HEMP,
        UP,
        "Prachinburi",
        "ตอกไม้ไผ่ศรีมหาโพธิ",
        "srimahaphot.bamboo@gmail.com",
        offers=(offer("ตอกไม้ไผ่รวก ขูดผิวแล้ว ยาว 1 เมตร", "bamboo_strips"),),
        needs=(nobody("หวายเส้นผ่าแล้ว สำหรับขอบตะกร้า", "rattan cane: no one sells rattan"),),
        bcg=("bio",),
    ),
    Sme(
        16,
        "en",
        CIRC,
        UP,
        "Samut Prakan",
        "Loop Fibre Recovery Co.",
        "info@loopfibre.co.th",
        offers=(offer("GRS recycled cotton yarn, Ne 10/1, from garment waste", "recycled_cotton_yarn"),),
        needs=(
            need("Pre-consumer cutting waste, cotton rich, sorted by colour", "textile_offcuts"),
            need("Post-consumer clothing bales", "used_garments"),
        ),
        certs=("GRS",),
        bcg=("circular",),
    ),
    Sme(
        17,
        "th",
        CIRC,
        DOWN,
        "Phuket",
        "โรงแรมป่าตองซีวิว",
        "purchasing@patongseaview.co.th",
        offers=(offer("ผ้าปูที่นอนและปลอกหมอนโรงแรมที่ปลดระวาง ซักแล้ว", "used_hotel_linen"),),
        needs=(
            need("ชุดพนักงานต้อนรับ ผ้าไม่ร้อน ปักชื่อโรงแรม", "staff_uniform"),
            need("ตะกร้าสานใส่ของใช้ในห้องพัก", "woven_basket"),
        ),
        bcg=("circular",),
    ),
    Sme(
        18,
        "th",
        ALI,
        UP,
        "Roi Et",
        "กลุ่มทอเสื่อกกบ้านหนองแวง",
        "nongwaeng.mat@gmail.com",
        offers=(
            offer("ต้นกกผ่าซีก ตากแห้ง มัดละ 2 กก.", "reed_stems"),
            offer("เสื่อกกทอลายขิด พับได้", "woven_mat"),
        ),
        needs=(need("ของย้อมเส้นกกจากธรรมชาติ แทนสีเคมี", "natural_dye_materials"),),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    Sme(
        19,
        "en",
        HEMP,
        MID,
        "Chiang Mai",
        "Bo Sang Saa Paper Works",
        "orders@bosangsaa.com",
        offers=(
            offer("Handmade mulberry paper sheets, A1, 20 colours", "saa_paper"),
            offer("Painted paper umbrellas, 10-40 inch", "paper_umbrella"),
        ),
        needs=(need("Paper mulberry inner bark, dried", "mulberry_bark"),),
        bcg=("bio",),
    ),
    Sme(
        20,
        "th",
        HEMP,
        UP,
        "Uttaradit",
        "กลุ่มปอสาน้ำปาด",
        "nampat.posa@gmail.com",
        offers=(offer("เปลือกปอสาแห้ง ลอกผิวนอกแล้ว", "mulberry_bark"),),
        bcg=("bio",),
    ),
    Sme(
        21,
        "th",
        HEMP,
        MID,
        "Udon Thani",
        "กลุ่มทอผ้าฝ้ายบ้านนาข่า",
        "nakha.weaving@gmail.com",
        offers=(
            offer("ผ้าฝ้ายทอมือลายขิด สีเคมี ไม่ตก", "handwoven_cotton_fabric"),
            offer("กิจกรรมลองทอผ้ากี่พื้นบ้าน ครึ่งวัน", "weaving_workshop"),
        ),
        needs=(
            need("ด้ายฝ้ายโรงงาน เบอร์ 20/2 ดิบ ไม่ฟอก", "cotton_yarn"),
            need("เส้นด้ายรีไซเคิลจากเศษผ้า ต้องมีใบรับรอง GRS", "recycled_cotton_yarn", req=("GRS",)),
        ),
        certs=("OTOP",),
    ),
    Sme(
        22,
        "en",
        HEMP,
        MID,
        "Chiang Mai",
        "Pa Sang Loom House",
        "loomhouse.pasang@gmail.com",
        offers=(offer("Handwoven cotton yardage, 90 cm wide, reactive dyes", "handwoven_cotton_fabric"),),
        needs=(need("Village-spun cotton for weft, slub texture", "handspun_cotton_yarn"),),
    ),
    Sme(
        23,
        "th",
        HEMP,
        MID,
        "Lamphun",
        "ผ้าฝ้ายย้อมสีธรรมชาติบ้านดอนหลวง",
        "donluang.naturaldye@gmail.com",
        offers=(
            offer("ผ้าฝ้ายทอมือ ย้อมเปลือกไม้ ครั่ง ขมิ้น", "natural_dyed_cotton_fabric"),
            offer("รับย้อมสีธรรมชาติ ผ้าหรือเส้นด้ายของลูกค้า", "natural_dyeing_service"),
        ),
        needs=(need("ผงครั่ง และผงสีจากพืชแห้ง", "natural_dye_materials"),),
        bcg=("bio",),
    ),
    Sme(
        24,
        "en",
        HEMP,
        MID,
        "Nan",
        "Nan Earth Tones Weaving",
        "earthtones.nan@gmail.com",
        offers=(
            offer("Plant-dyed handloom cotton, earth tones", "natural_dyed_cotton_fabric"),
            offer("Tie-dye with plants class, 2 hours", "dye_workshop"),
        ),
        needs=(need("Khaki native cotton yarn, spun by hand", "handspun_cotton_yarn"),),
        bcg=("bio",),
    ),
    # ---- part 2: dyers, silk and batik, sewing, printing, packaging, first makers
    Sme(
        25,
        "th",
        HEMP,
        MID,
        "Sakon Nakhon",
        "ครามสกล เฮือนฮัก",
        "huanhak.kram@gmail.com",
        offers=(
            offer("ผ้าฝ้ายย้อมครามธรรมชาติ สีเข้ม หลาละ 350 บาท", "indigo_dyed_cotton_fabric"),
            offer("เวิร์กช็อปมัดย้อมคราม สำหรับนักท่องเที่ยว 1-2 ชม.", "dye_workshop"),
        ),
        needs=(need("ครามเปียกที่ได้มาตรฐานเกษตรอินทรีย์ ส่งทุกเดือน", "indigo_paste", req=("Organic Thailand",)),),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    Sme(
        26,
        "th",
        HEMP,
        MID,
        "Phrae",
        "ผ้าหม้อห้อมทุ่งโฮ้ง แม่บัวคำ",
        "maebuakham.mohom@gmail.com",
        offers=(
            offer("ผ้าหม้อห้อมเมืองแพร่ ฝ้ายโรงงานย้อมห้อม พับละ 20 หลา", "indigo_dyed_cotton_fabric"),
            offer("เสื้อม่อฮ่อมคอจีน ไซซ์ S-XXL", "shirt"),
        ),
        needs=(need("ป้ายห้อยคอเสื้อ พิมพ์ชื่อร้าน", "hang_tags_labels"),),
    ),
    Sme(
        27,
        "en",
        HEMP,
        MID,
        "Sakon Nakhon",
        "Kram Studio Sakon",
        "studio@kramsakon.com",
        offers=(offer("Indigo vat dyeing of your garments or yardage, 20 pcs minimum", "indigo_dyeing_service"),),
        needs=(need("Fermented indigo (kram) from local growers, regular supply", "indigo_paste"),),
        bcg=("bio",),
    ),
    Sme(
        28,
        "th",
        HEMP,
        MID,
        "Chiang Mai",
        "โรงย้อมครามสันกำแพง",
        "sankamphaeng.indigo@gmail.com",
        offers=(
            offer("รับย้อมคราม ผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service"),
            offer("รับมัดย้อมเสื้อยืดที่ลูกค้าส่งมา ด้วยน้ำคราม", "indigo_dyeing_service"),
        ),
    ),
    Sme(
        29,
        "th",
        HEMP,
        MID,
        "Surin",
        "ผ้าไหมยกทองบ้านโคกสะอาด",
        "khoksaat.silk@gmail.com",
        offers=(offer("ผ้าไหมยกทอง ตรานกยูงพระราชทาน สีทอง", "handwoven_silk_fabric"),),
        needs=(need("เส้นไหมไทยพันธุ์นางน้อย ส่งต่อเนื่อง", "silk_yarn"),),
        certs=("Thai Silk Peacock Emblem", "OTOP"),
    ),
    Sme(
        30,
        "th",
        ALI,
        MID,
        "Khon Kaen",
        "กลุ่มทอผ้าไหมมัดหมี่ชนบท",
        "chonnabot.mudmee@gmail.com",
        offers=(
            offer("ผ้าไหมมัดหมี่ขอนแก่น ผืนละ 4 เมตร", "handwoven_silk_fabric"),
            offer("ผ้าคลุมไหล่ไหม ลายหมี่ขั้น", "scarf"),
        ),
        needs=(need("อยากให้มีคนมาสอนออกแบบลายใหม่ ให้วัยรุ่นชอบ", "craft_skills_training"),),
        certs=("OTOP",),
    ),
    Sme(
        31,
        "en",
        ALI,
        MID,
        "Kalasin",
        "Praewa House Kalasin",
        "praewahouse@gmail.com",
        offers=(
            offer("Praewa silk, hand-picked supplementary weft, per metre", "handwoven_silk_fabric"),
            offer("Praewa shoulder cloth 200 x 50 cm", "scarf"),
        ),
        needs=(
            need("Reeled Thai silk thread, yellow cocoon, 5 kg lots", "silk_yarn"),
            need("Photos of our shawls for the website", "product_photography"),
        ),
        certs=("Thai Silk Peacock Emblem", "OTOP"),
    ),
    Sme(
        32,
        "th",
        HEMP,
        MID,
        "Krabi",
        "บาติกอ่าวนาง บ้านคลองม่วง",
        "klongmuang.batik@gmail.com",
        offers=(
            offer("ผ้าปาเต๊ะเขียนมือ ลายทะเลอันดามัน", "batik_fabric"),
            offer("สอนเขียนเทียนระบายสีผ้า ให้นักท่องเที่ยว รอบละ 2 ชม.", "batik_workshop"),
        ),
        needs=(
            need("ผ้าคอตตอนสีขาว สำหรับเขียนลาย หน้ากว้าง 115 ซม.", "plain_white_cotton_fabric"),
            need("เทียนขี้ผึ้งธรรมชาติ ใช้กับชันติ้ง", "beeswax"),
        ),
    ),
    Sme(
        33,
        "en",
        HEMP,
        MID,
        "Pattani",
        "Pattani Batik Collective",
        "pattanibatik@gmail.com",
        offers=(
            offer("Hand-stamped batik sarong lengths, 2 m", "batik_fabric"),
            offer("Batik rayon scarves, hand-drawn", "scarf"),
        ),
        needs=(need("Presentation boxes for scarves, with our logo", "printed_gift_box"),),
    ),
    Sme(
        34,
        "th",
        CIRC,
        MID,
        "Bangkok",
        "รับเย็บ CMT บางพลัด",
        "bangphlat.cmt@gmail.com",
        offers=(offer("รับตัดเย็บตามแบบ ผ้าของลูกค้า ขั้นต่ำ 50 ตัว", "sewing_service"),),
        needs=(nobody("ซิปโลหะ เบอร์ 5 ยกกล่อง", "zips: no one sells zips or other trims"),),
    ),
    Sme(
        35,
        "en",
        ALC,
        MID,
        "Chiang Mai",
        "Stitch Lab Chiang Mai",
        "hello@stitchlabcm.com",
        offers=(
            offer("Sample making and small-lot sewing, you supply the cloth", "sewing_service"),
            offer("Product design for craft brands: bags, cushions, packaging", "product_design_service"),
        ),
    ),
    Sme(
        36,
        "th",
        ALC,
        MID,
        "Nonthaburi",
        "ปักโลโก้ นนท์",
        "paklogo.non@gmail.com",
        offers=(
            offer("ปักชื่อ ปักโลโก้ บนเสื้อหรือหมวกที่ลูกค้าส่งมา", "embroidery_service"),
            offer("สกรีนถุงผ้า สกรีนเสื้อ งานลูกค้า 1 สีขึ้นไป", "logo_printing_service"),
        ),
    ),
    Sme(
        37,
        "en",
        HEMP,
        MID,
        "Chiang Rai",
        "Akha Stitch Collective",
        "akhastitch@gmail.com",
        offers=(offer("Akha cross-stitch panels and trims, 30 cm strips", "hilltribe_embroidery_panels"),),
        needs=(
            need("Someone to list and sell our pieces on Etsy", "online_sales_service"),
            need("A shop that can take our work on consignment", "consignment_retail"),
            need("Hemp cord for couching stitches", "hemp_yarn"),
        ),
    ),
    Sme(
        38,
        "th",
        ALC,
        MID,
        "Samut Sakhon",
        "โรงพิมพ์กล่องมหาชัย",
        "mahachai.box@gmail.com",
        offers=(
            offer("กล่องของขวัญกระดาษแข็ง พิมพ์ 4 สี กระดาษ FSC ขั้นต่ำ 500 ใบ", "printed_gift_box"),
            offer("ถุงกระดาษคราฟท์หูเชือก พิมพ์โลโก้", "kraft_paper_bag"),
        ),
        certs=("FSC",),
    ),
    Sme(
        39,
        "en",
        ALC,
        MID,
        "Bangkok",
        "TagWorks Bangkok",
        "sales@tagworks.co.th",
        offers=(
            offer("Woven labels and swing tags, MOQ 1,000", "hang_tags_labels"),
            offer("Stand-up kraft pouches with zip", "kraft_paper_bag"),
        ),
    ),
    Sme(
        40,
        "th",
        CIRC,
        MID,
        "Chumphon",
        "กระดุมกะลามะพร้าวชุมพร",
        "chumphon.coconutbutton@gmail.com",
        offers=(offer("กระดุมกะลามะพร้าว 4 รู ขนาด 15-25 มม.", "coconut_shell_buttons"),),
        needs=(nobody("หาคนรับเลเซอร์ยิงโลโก้ลงกระดุม", "laser engraving: no one offers it"),),
        bcg=("bio", "circular"),
    ),
    Sme(
        41,
        "en",
        HEMP,
        MID,
        "Nakhon Pathom",
        "Thai Greige Mills",
        "sales@thaigreige.co.th",
        offers=(offer("Unbleached cotton sheeting, 150 cm, by the roll", "plain_white_cotton_fabric"),),
        needs=(need("GOTS certified organic yarn for an organic greige line", "cotton_yarn", req=("GOTS",)),),
        certs=("OEKO-TEX Standard 100",),
    ),
    Sme(
        42,
        "th",
        ALI,
        MID,
        "Nakhon Ratchasima",
        "ผ้าไหมปักธงชัย ร้านแม่ทองใบ",
        "maethongbai.silk@gmail.com",
        offers=(
            offer("ผ้าไหมปักธงชัย ทอมือ หน้า 1 เมตร", "handwoven_silk_fabric"),
            offer("ไหมตีเกลียว ย้อมสีแล้ว ขายเป็นกิโล", "silk_yarn"),
            offer("ผ้าถุงไหมสำเร็จรูป เย็บแล้ว", "pha_sin"),
        ),
        needs=(need("นักออกแบบช่วยทำลายผ้าและแพ็กเกจใหม่", "product_design_service"),),
    ),
    Sme(
        43,
        "th",
        HEMP,
        MID,
        "Chiang Mai",
        "ร้านผ้าดิบสันป่าข่อย",
        "sanpakhoi.cloth@gmail.com",
        offers=(offer("ผ้าดิบ ผ้าขาวบาง ขายเป็นหลา", "plain_white_cotton_fabric"),),
    ),
    Sme(
        44,
        "th",
        HEMP,
        UP,
        "Nakhon Phanom",
        "กลุ่มผลิตสีย้อมธรรมชาติเรณูนคร",
        "renu.naturalcolour@gmail.com",
        offers=(offer("เปลือกประดู่ ใบสัก ผลมะเกลือ ตากแห้ง", "natural_dye_materials"),),
        bcg=("bio",),
    ),
    Sme(
        45,
        "th",
        HEMP,
        DOWN,
        "Chiang Mai",
        "กระเป๋าผ้าครามดอยสะเก็ด",
        "doisaket.indigobag@gmail.com",
        offers=(
            offer("กระเป๋าสะพายผ้าฝ้ายทอมือย้อมคราม", "cloth_bag"),
            offer("กระเป๋าใส่เหรียญ ผ้าคราม", "small_souvenir"),
        ),
        needs=(
            need("ผ้าครามเป็นม้วน หน้ากว้าง 1 เมตร ต้องการต่อเนื่อง", "indigo_dyed_cotton_fabric"),
            need("กระดุมจากวัสดุธรรมชาติ ไม่เอาพลาสติก", "coconut_shell_buttons"),
            nobody("หนังวัวแท้ ตัดเป็นสายกระเป๋า", "leather straps: no one in the set works leather"),
        ),
    ),
    Sme(
        46,
        "en",
        CIRC,
        DOWN,
        "Phuket",
        "ReSea Bags Phuket",
        "hi@reseabags.com",
        offers=(offer("Upcycled tote bags sewn from retired hotel sheets", "cloth_bag"),),
        needs=(need("Discarded hotel bedding, any colour", "used_hotel_linen"),),
        bcg=("circular",),
    ),
    Sme(
        47,
        "th",
        CIRC,
        DOWN,
        "Chonburi",
        "ยีนส์เก่าเล่าใหม่ บางแสน",
        "oldjeans.bangsaen@gmail.com",
        offers=(
            offer("กระเป๋าโท้ทจากยีนส์เก่า", "cloth_bag"),
            offer("หมอนอิงผ้ายีนส์ปะเศษผ้า", "cushion"),
        ),
        needs=(need("กางเกงยีนส์เก่า ไม่จำกัดไซซ์", "used_garments"),),
        bcg=("circular",),
    ),
    Sme(
        48,
        "th",
        ALC,
        DOWN,
        "Ayutthaya",
        "ตะกร้าผักตบชวา กรุงเก่า",
        "krungkao.hyacinth@gmail.com",
        offers=(
            offer("ตะกร้าผักตบชวาสาน มีฝาปิด", "woven_basket"),
            offer("กระเป๋าถือผักตบชวา ทรงสี่เหลี่ยม", "woven_bag"),
        ),
        needs=(
            need("ผักตบแห้งพร้อมสาน ส่งเดือนละ 1 ตัน", "water_hyacinth_dried"),
            need("เส้นตอกสำหรับทำโครงตะกร้า", "bamboo_strips"),
        ),
    ),
    # ---- part 3: makers of bags, mats, scarves, cloths, uniforms, linen; sportech; first tourism SMEs
    Sme(
        49,
        "en",
        HEMP,
        DOWN,
        "Surat Thani",
        "Krajood & Co. Samui",
        "shop@krajoodsamui.com",
        offers=(
            offer("Krajood clutches and beach bags, natural or dyed", "woven_bag"),
            offer("Sedge yoga mats, 180 x 60 cm", "woven_mat"),
        ),
        needs=(
            need("Flattened sedge stalks, ready to weave", "krajood_sedge"),
            need("Plant-based dyeing of the cotton linings we send", "natural_dyeing_service"),
            need("Screw-pine leaf, boiled and flattened, for a mixed-weave line", "pandanus_leaf_strips"),
        ),
        bcg=("bio",),
    ),
    Sme(
        50,
        "th",
        ALC,
        DOWN,
        "Chanthaburi",
        "เสื่อจันทบูร บางสระเก้า",
        "bangsakao.mat@gmail.com",
        offers=(
            offer("เสื่อกกจันทบูร ทอลายดอก ขนาด 4 ฟุต", "woven_mat"),
            offer("กระเป๋าเสื่อกก หูหนัง", "woven_bag"),
        ),
        needs=(need("กกแห้งผ่าแล้ว ปริมาณมาก ส่งทางรถบรรทุก", "reed_stems"),),
        certs=("OTOP",),
    ),
    Sme(
        51,
        "en",
        ALI,
        DOWN,
        "Khon Kaen",
        "Isan Silk Scarves Co.",
        "sales@isansilkscarves.com",
        offers=(offer("Mudmee silk scarves, 180 x 45 cm, gift boxed", "scarf"),),
        needs=(
            need(
                "Silk yardage with the Peacock Emblem, ikat patterns",
                "handwoven_silk_fabric",
                req=("Thai Silk Peacock Emblem",),
            ),
        ),
    ),
    Sme(
        52,
        "th",
        HEMP,
        MID,
        "Nakhon Si Thammarat",
        "ผ้ายกเมืองนคร บ้านตรอกแค",
        "trokkhae.yok@gmail.com",
        offers=(
            offer("ผ้ายกเมืองนคร ลายดอกพิกุล ผืนละ 2 เมตร", "handwoven_silk_fabric"),
            offer("สไบผ้ายก สำหรับชุดไทย", "scarf"),
        ),
        needs=(need("ไหมเส้นพุ่ง ไหมจีนก็ได้", "silk_yarn"),),
    ),
    Sme(
        53,
        "th",
        ALI,
        DOWN,
        "Roi Et",
        "ผ้าขาวม้าร้อยสี ร้อยเอ็ด",
        "roisi.khaoma@gmail.com",
        offers=(
            offer("ผ้าขาวม้าทอมือ ลายตาราง ผืนละ 150", "pha_khao_ma"),
            offer("ผ้ารองจาน ผ้ารองแก้ว ลายขาวม้า", "table_linen"),
        ),
        needs=(need("ด้ายฝ้ายสี ไม่ตก หลายเฉด", "colour_dyed_cotton_yarn"),),
        certs=("OTOP",),
    ),
    Sme(
        54,
        "en",
        ALC,
        DOWN,
        "Ratchaburi",
        "Ratchaburi Loincloth Studio",
        "hello@loinclothstudio.com",
        offers=(
            offer("Checked pha khao ma, 80 x 180 cm, cotton", "pha_khao_ma"),
            offer("Table runners and napkins in plaid handloom", "table_linen"),
        ),
        needs=(need("Raw white yarn 20/2 or 32/2, 100 kg per month", "cotton_yarn"),),
    ),
    Sme(
        55,
        "th",
        ALC,
        DOWN,
        "Sukhothai",
        "ผ้าซิ่นตีนจกหาดเสี้ยว",
        "hatsiao.teenjok@gmail.com",
        offers=(offer("ผ้าซิ่นตีนจกหาดเสี้ยว ทอมือ", "pha_sin"),),
        needs=(need("ด้ายฝ้ายปั่นมือ สำหรับเส้นพุ่ง", "handspun_cotton_yarn"),),
        certs=("OTOP",),
    ),
    Sme(
        56,
        "en",
        ALC,
        DOWN,
        "Bangkok",
        "Uniform Thai Hospitality",
        "orders@uniformthai.co.th",
        offers=(offer("Hotel and spa uniforms, made to measure, 30 sets up", "staff_uniform"),),
        needs=(
            need("Logo stitching on finished uniforms, outsourced", "embroidery_service"),
            need(
                "Handloom cotton in bulk for resort uniforms", "handwoven_cotton_fabric", "natural_dyed_cotton_fabric"
            ),
        ),
    ),
    Sme(
        57,
        "th",
        ALC,
        DOWN,
        "Nonthaburi",
        "ยูนิฟอร์มโรงแรม บางใหญ่",
        "bangyai.uniform@gmail.com",
        offers=(
            offer("ชุดแม่บ้าน ชุดพนักงานสปา สั่งตัดขั้นต่ำ 20 ชุด", "staff_uniform"),
            offer("เสื้อคลุมอาบน้ำ ผ้าวาฟเฟิล ปักโลโก้ได้", "spa_robe"),
        ),
        needs=(
            need(
                "ผ้าฝ้ายขาวล้วน ม้วนละ 50 หลา โอเคเทกซ์ไม่บังคับ", "plain_white_cotton_fabric", waive=("OEKO-TEX Standard 100",)
            ),
        ),
    ),
    Sme(
        58,
        "en",
        ALC,
        DOWN,
        "Phetchaburi",
        "Cha-am Home Linen",
        "sales@chaamlinen.com",
        offers=(
            offer("Percale bed sheets and duvet covers, hotel sizes", "bed_linen"),
            offer("Cotton bath towels 70 x 140, 500 gsm", "bath_towel"),
        ),
        needs=(
            nobody("GOTS organic cotton sateen, 280 cm wide", "no one weaves wide sateen, GOTS or not", req=("GOTS",)),
        ),
        certs=("OEKO-TEX Standard 100",),
    ),
    Sme(
        59,
        "th",
        ALC,
        DOWN,
        "Bangkok",
        "ผ้าปูที่นอนโรงแรม ประชาชื่น",
        "prachachuen.linen@gmail.com",
        offers=(
            offer("ชุดผ้าปูที่นอนโรงแรม ผ้าคอตตอน 300 เส้นด้าย", "bed_linen"),
            offer("ผ้าขนหนูโรงแรม ขนาด 30x60 นิ้ว ผ่าน มอก.", "bath_towel"),
        ),
        certs=("Thai Industrial Standard",),
    ),
    Sme(
        60,
        "en",
        SPORT,
        DOWN,
        "Krabi",
        "Andaman QuickDry",
        "team@andamanquickdry.com",
        offers=(offer("Microfibre quick-dry beach and trek towels, custom print", "quick_dry_towel"),),
        needs=(
            nobody(
                "GRS recycled polyester knit, 150 cm",
                "no one sells recycled polyester cloth; the only GRS holder sells cotton yarn",
                req=("GRS",),
            ),
        ),
    ),
    Sme(
        61,
        "th",
        SPORT,
        MID,
        "Bangkok",
        "พิมพ์ซับลิเมชั่น ลาดพร้าว",
        "ladprao.sublimation@gmail.com",
        offers=(
            offer("เสื้อปั่นจักรยาน พิมพ์ลายตามสั่ง ขั้นต่ำ 10 ตัว", "cycling_jersey"),
            offer("รับพิมพ์ซับลิเมชั่นลงผ้าโพลีเอสเตอร์ของลูกค้า", "sublimation_printing_service"),
        ),
    ),
    Sme(
        62,
        "en",
        SPORT,
        DOWN,
        "Chiang Mai",
        "Mae Rim Cycle Tours",
        "ride@maerimcycle.com",
        offers=(offer("Bike tours through weaving villages, half and full day", "craft_tour_package"),),
        needs=(
            need("Team kits for our guides, with logo", "cycling_jersey"),
            need("Cooling towels for riders", "quick_dry_towel"),
        ),
    ),
    Sme(
        63,
        "th",
        SPORT,
        DOWN,
        "Kanchanaburi",
        "แพพักริมแคว ล่องแก่ง",
        "raftkwai@gmail.com",
        offers=(offer("แพพักริมแม่น้ำแคว 12 หลัง", "riverside_lodging"),),
        needs=(
            need("ผ้าเช็ดตัวแห้งไว สำหรับลูกค้าล่องแก่ง", "quick_dry_towel"),
            nobody("ถุงกันน้ำแบบม้วนปิด พิมพ์โลโก้", "roll-top dry bags: no one makes waterproof bags"),
        ),
    ),
    Sme(
        64,
        "en",
        SPORT,
        DOWN,
        "Phuket",
        "Rawai Muay Thai Camp",
        "camp@rawaimuaythai.com",
        needs=(
            nobody("Satin Muay Thai shorts with camp logo, MOQ 50", "no one makes fight shorts"),
            need("Gym towels that dry fast", "quick_dry_towel"),
        ),
    ),
    Sme(
        65,
        "th",
        ALC,
        DOWN,
        "Bangkok",
        "ไทยคราฟต์ กิฟต์เซ็ต",
        "thaicraft.giftset@gmail.com",
        offers=(offer("ชุดของขวัญองค์กร ผ้าไทย ใส่กล่อง", "souvenir_gift_set"),),
        needs=(
            need("กล่องแข็งฝาครอบ ปั๊มทองชื่อบริษัท", "printed_gift_box"),
            need("ผ้าขาวม้าพับสวย สำหรับใส่กล่องของขวัญ", "pha_khao_ma"),
            need("กระดาษห่อของขวัญทำมือ เนื้อเยื่อไม้", "saa_paper"),
        ),
    ),
    Sme(
        66,
        "en",
        ALC,
        DOWN,
        "Bangkok",
        "Siam Corporate Gifts",
        "hello@siamcorporategifts.com",
        offers=(offer("Curated Thai craft gift hampers for companies", "souvenir_gift_set"),),
        needs=(
            need("Reusable shopping bags to pack hampers", "cloth_bag"),
            need("Gift boxes from FSC certified board", "printed_gift_box", req=("FSC",)),
            need("Client logos printed on bags we supply", "logo_printing_service"),
        ),
    ),
    Sme(
        67,
        "th",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "ของที่ระลึกโคราช ย่าโม",
        "yamo.souvenir@gmail.com",
        offers=(offer("พวงกุญแจตุ๊กตาผ้า ชุดไทย", "small_souvenir"),),
        needs=(
            need("เศษผ้าไหม เศษผ้าฝ้าย ชิ้นเล็ก ราคาถูก", "textile_offcuts"),
            need("รังดักแด้ ใช้ทำดอกไม้ที่ระลึก", "silk_cocoons"),
        ),
        bcg=("circular",),
    ),
    Sme(
        68,
        "en",
        ALC,
        DOWN,
        "Sukhothai",
        "Sukhothai Heritage Keepsakes",
        "keepsakes.sukhothai@gmail.com",
        offers=(offer("Hand-sewn elephant keyrings and coin pouches", "small_souvenir"),),
        needs=(need("Embroidered trims to decorate pouches", "hilltribe_embroidery_panels"),),
    ),
    Sme(
        69,
        "th",
        ALI,
        DOWN,
        "Nakhon Phanom",
        "ชุมชนท่องเที่ยวบ้านนาหว้า",
        "nawa.cbt@gmail.com",
        offers=(
            offer("โฮมสเตย์ในหมู่บ้านทอผ้า นอนบ้านยาย", "homestay_stay"),
            offer("สาธิตและสอนทอผ้าบนกี่ ให้แขกที่มาพัก", "weaving_workshop"),
        ),
        needs=(
            need("มีใครรับอบรมเจ้าบ้าน ต้อนรับแขกต่างชาติบ้างไหม", "hospitality_training"),
            need("ชุดเครื่องนอนสำหรับห้องพักแขก", "bed_linen"),
        ),
    ),
    Sme(
        70,
        "en",
        ALI,
        DOWN,
        "Udon Thani",
        "Isan Village Trails",
        "trips@isanvillagetrails.com",
        offers=(offer("3-day Isan weaving village tours", "craft_tour_package"),),
        needs=(
            need("Village homestays on the silk route, 10 pax", "homestay_stay"),
            need("Hands-on loom sessions for groups", "weaving_workshop"),
        ),
    ),
    Sme(
        71,
        "th",
        HEMP,
        DOWN,
        "Nan",
        "โฮมสเตย์บ้านหนองบัว น่าน",
        "nongbua.homestay@gmail.com",
        offers=(
            offer("บ้านพักโฮมสเตย์ริมนา 5 หลัง อาหารเมืองน่าน", "homestay_stay"),
            offer("พาแขกย้อมผ้าสีธรรมชาติ กับแม่อุ๊ย", "dye_workshop"),
        ),
        needs=(
            need("ผ้าปูโต๊ะอาหาร ผ้าทอพื้นเมือง", "table_linen"),
            need("เสื่อปูนอนสำหรับแขก แบบพับเก็บได้", "woven_mat"),
        ),
    ),
    Sme(
        72,
        "en",
        ALC,
        DOWN,
        "Bangkok",
        "Heritage Journeys Travel",
        "ops@heritagejourneys.co.th",
        needs=(
            need("Welcome gifts for guests, 200 sets a year", "souvenir_gift_set"),
            need("Ground handler for textile village trips in Isan", "craft_tour_package"),
            need("Thai dress hire for photo stops at the old capital", "thai_costume_rental"),
        ),
    ),
    # ---- part 4: tour operators, guides, trainers, photographers, shops, hotels, spas
    Sme(
        73,
        "th",
        ALC,
        DOWN,
        "Bangkok",
        "สุขใจทัวร์ ทัวร์ผู้สูงวัย",
        "sukjai.seniortour@gmail.com",
        needs=(
            need("โปรแกรมเที่ยวหมู่บ้านหัตถกรรม เดินน้อย เหมาะกับผู้สูงอายุ", "craft_tour_package"),
            nobody(
                "โฮมสเตย์ที่มีทางลาดรถเข็น ห้องน้ำชั้นล่าง",
                "a wheelchair-accessible homestay: no homestay in the set offers one",
            ),
        ),
    ),
    Sme(
        74,
        "en",
        HEMP,
        DOWN,
        "Mae Hong Son",
        "Pai Village Walks",
        "walk@paivillagewalks.com",
        offers=(offer("Shan and Lisu village walks, English-speaking guide, per day", "local_guide_service"),),
        needs=(nobody("Rain ponchos with our logo, 200 pcs", "rain ponchos: no one makes rainwear"),),
    ),
    Sme(
        75,
        "en",
        ALC,
        DOWN,
        "Chiang Mai",
        "Frame & Fibre Photo",
        "studio@frameandfibre.com",
        offers=(offer("Product and lifestyle photos for craft makers, from 500 THB per item", "product_photography"),),
    ),
    Sme(
        76,
        "th",
        ALC,
        DOWN,
        "Khon Kaen",
        "ผ้าไทยออนไลน์ by แม่แก้ว",
        "maekaew.phathai@gmail.com",
        offers=(offer("รับฝากขายผ้าไทยทางออนไลน์ ไลฟ์สดทุกคืน Shopee Lazada", "online_sales_service"),),
        needs=(
            need("ผ้าถุงสำเร็จ ผ้านุ่ง ราคาส่ง", "pha_sin"),
            need("ผ้าขาวม้าเป็นโหล คละสี", "pha_khao_ma"),
        ),
    ),
    Sme(
        77,
        "en",
        ALI,
        DOWN,
        "Khon Kaen",
        "Isan Craft Skills Academy",
        "learn@isancraftacademy.org",
        offers=(
            offer("Pattern design and natural dye training for weaving groups", "craft_skills_training"),
            offer("Homestay host and guiding courses, Thai and English", "hospitality_training"),
        ),
    ),
    Sme(
        78,
        "th",
        ALC,
        DOWN,
        "Bangkok",
        "สตูดิโอลายไทย ดีไซน์",
        "laithai.design@gmail.com",
        offers=(
            offer("ออกแบบผลิตภัณฑ์และบรรจุภัณฑ์ ให้กลุ่มวิสาหกิจชุมชน", "product_design_service"),
            offer("ถ่ายภาพสินค้า พร้อมแต่งรูปลงร้านค้าออนไลน์", "product_photography"),
        ),
    ),
    Sme(
        79,
        "en",
        HEMP,
        DOWN,
        "Chiang Mai",
        "Lanna Textile Museum Shop",
        "shop@lannatextilemuseum.org",
        offers=(offer("Consignment shelf for local makers, 30% commission", "consignment_retail"),),
        needs=(
            need("Who can supply Lanna-style rice baskets and trays?", "woven_basket"),
            nobody(
                "Mulberry paper notebooks, 100 pcs",
                "notebooks: the paper maker sells sheets and umbrellas, not notebooks",
            ),
        ),
    ),
    Sme(
        80,
        "th",
        ALC,
        DOWN,
        "Samut Prakan",
        "ร้านของฝากไทย สนามบินสุวรรณภูมิ",
        "suvarnabhumi.thaigift@gmail.com",
        needs=(
            need("ชุดของฝากพร้อมขาย ราคาไม่เกิน 500 บาท", "souvenir_gift_set"),
            need("ผ้าพันคอ ต้องเป็นสินค้า OTOP", "scarf", req=("OTOP",)),
            need("กระเป๋าสานจากวัสดุธรรมชาติ ไม่จำเป็นต้องมี OTOP", "woven_bag", waive=("OTOP",)),
        ),
    ),
    Sme(
        81,
        "en",
        HEMP,
        DOWN,
        "Phuket",
        "Phuket Airport Craft Corner",
        "buyer@hktcraftcorner.com",
        needs=(
            need("Southern batik sarongs, ready to sell", "batik_fabric"),
            need("Keychains and fridge magnets under 100 baht", "small_souvenir"),
        ),
    ),
    Sme(
        82,
        "en",
        ALC,
        DOWN,
        "Krabi",
        "Ao Nang Coffee & Craft",
        "hello@aonangcoffeecraft.com",
        needs=(
            need("Paper parasols to shade the terrace", "paper_umbrella"),
            need("A batik teacher for weekend guest activities", "batik_workshop"),
        ),
    ),
    Sme(
        83,
        "en",
        ALI,
        DOWN,
        "Chiang Mai",
        "Slow Loom Cafe",
        "slowloomcafe@gmail.com",
        offers=(offer("Coffee and weaving taster, 90 minutes", "weaving_workshop"),),
        needs=(
            need("Handwoven runners for 20 tables", "table_linen"),
            nobody("Second-hand floor loom, 4 shafts", "a loom: no one sells looms"),
        ),
    ),
    Sme(
        84,
        "th",
        ALC,
        DOWN,
        "Chiang Rai",
        "โรงแรมริมกก บูทีค",
        "rimkok.boutique@gmail.com",
        needs=(
            need("ร่มกระดาษสาแต่งล็อบบี้ ขนาดใหญ่", "paper_umbrella"),
            nobody("ผ้าม่านทอมือ ตัดเย็บพร้อมติดตั้ง", "made-up curtains with fitting: no curtain maker in the set"),
            need("พืชให้สีคราม ปลูกแปลงโชว์แขก", "indigo_planting_stock"),
        ),
    ),
    Sme(
        85,
        "en",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "Hua Hin Wellness Retreat",
        "purchasing@huahinwellness.com",
        needs=(
            need("Soft cotton robes for the spa", "spa_robe"),
            need("Thai herbal compresses, delivered weekly", "herbal_compress_ball"),
            need("Oeko-Tex certified towels for spa guests", "bath_towel", req=("OEKO-TEX Standard 100",)),
        ),
    ),
    Sme(
        86,
        "th",
        ALC,
        DOWN,
        "Bangkok",
        "บ้านสวนสปา",
        "baansuan.spa@gmail.com",
        needs=(
            need("ผ้าขนหนูเนื้อนุ่ม ไม่ต้องมี มอก.", "bath_towel", waive=("Thai Industrial Standard",)),
            need("มีใครส่งชุดประคบสมุนไพรประจำได้บ้าง", "herbal_compress_ball"),
        ),
    ),
    Sme(
        87,
        "th",
        ALI,
        DOWN,
        "Sisaket",
        "ลูกประคบสมุนไพรบ้านโพน",
        "banphon.herbal@gmail.com",
        offers=(offer("ลูกประคบสมุนไพรสด ห่อผ้าดิบ มัดเชือก ลูกละ 45 บาท", "herbal_compress_ball"),),
        needs=(need("ผ้าฝ้ายบางสีขาว สำหรับห่อสมุนไพร", "plain_white_cotton_fabric"),),
        bcg=("bio",),
    ),
    Sme(
        88,
        "en",
        CIRC,
        DOWN,
        "Chonburi",
        "Pattaya Bay Resort",
        "purchasing@pattayabayresort.com",
        offers=(offer("Retired towels and sheets, about 300 kg a quarter", "used_hotel_linen"),),
        needs=(
            need("Amenity baskets, no plastic", "woven_basket"),
            need("Front office and housekeeping uniforms", "staff_uniform"),
        ),
        bcg=("circular",),
    ),
    Sme(
        89,
        "en",
        CIRC,
        MID,
        "Chiang Mai",
        "Sin Again Upcycling",
        "hello@sinagain.co",
        offers=(offer("One-off cushions from vintage tube skirts", "cushion"),),
        needs=(
            need("Old sarongs and pha sin, any condition", "used_garments"),
            need("Indigo over-dyeing of faded skirts we send", "indigo_dyeing_service"),
        ),
        bcg=("circular",),
    ),
    Sme(
        90,
        "th",
        ALI,
        DOWN,
        "Yasothon",
        "หมอนขิดบ้านศรีฐาน",
        "sithan.khitpillow@gmail.com",
        offers=(
            offer("หมอนขวานผ้าขิด 10 ช่อง", "cushion"),
            offer("หมอนอิงผ้าขิด ปลอกถอดซักได้", "cushion"),
        ),
        needs=(
            need("นุ่นปั่นแล้ว สำหรับยัดหมอน", "kapok_fibre"),
            need("ผ้าฝ้ายย้อมสีจากพืช ไม่เอาสีเคมี สำหรับหน้าหมอน", "natural_dyed_cotton_fabric", "indigo_dyed_cotton_fabric"),
        ),
        certs=("OTOP",),
    ),
    Sme(
        91,
        "en",
        ALC,
        DOWN,
        "Surat Thani",
        "Samui Palm Villas",
        "buying@samuipalmvillas.com",
        needs=(
            need("Mo hom indigo shirts for the villa boutique, S-XL", "shirt"),
            need("Sofa cushions, OTOP welcome but not required", "cushion", waive=("OTOP",)),
        ),
    ),
    Sme(
        92,
        "en",
        HEMP,
        DOWN,
        "Chiang Mai",
        "Hemp & Hill Boutique",
        "shop@hempandhill.com",
        offers=(offer("Hemp backpacks with Hmong embroidery", "backpack"),),
        needs=(
            need("Hand-loomed hemp yardage, GOTS nice to have", "hemp_fabric", waive=("GOTS",)),
            need("CMT partner: we send the cloth, you sew the bags", "sewing_service"),
            need("Over-dye our plain hemp bags in indigo", "indigo_dyeing_service"),
        ),
        bcg=("bio",),
    ),
    Sme(
        93,
        "th",
        ALC,
        DOWN,
        "Ayutthaya",
        "ร้านเช่าชุดไทย กรุงเก่า",
        "krungkao.thaidress@gmail.com",
        offers=(offer("ให้เช่าชุดไทยถ่ายรูป ชุดละ 300 บาท ต่อวัน", "thai_costume_rental"),),
        needs=(
            need("ผ้านุ่งลายโบราณ สำหรับชุดให้เช่า", "pha_sin"),
            nobody("เครื่องประดับทองเหลือง ชุดไทย", "brass jewellery: no one in the set makes it"),
        ),
    ),
    Sme(
        94,
        "en",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "Mekong Craft Trails",
        "trips@mekongcrafttrails.com",
        offers=(offer("Two-day Mekong weaving and candle craft tour", "craft_tour_package"),),
        needs=(
            need("Hands-on dye class for tour groups", "dye_workshop"),
            need("Village guides who know the weaving families", "local_guide_service"),
        ),
    ),
    Sme(
        95,
        "th",
        ALC,
        DOWN,
        "Bangkok",
        "ร้านพิพิธภัณฑ์ผ้า ท่าเตียน",
        "thatien.textilemuseum@gmail.com",
        offers=(offer("รับสินค้าชุมชนวางขายแบบฝากขาย หักค่าคอม 25%", "consignment_retail"),),
        needs=(
            need("ผ้าไหมติดตรานกยูงพระราชทาน สำหรับตู้โชว์", "handwoven_silk_fabric", req=("Thai Silk Peacock Emblem",)),
            nobody("ตะกร้าสานที่ได้รับรองแฟร์เทรด", "Fairtrade baskets: no one holds Fairtrade", req=("Fairtrade",)),
        ),
    ),
    # ---- end of data
)


# ------------------------------------------------------------------ derived facts


def canonical_certs(sme: Sme) -> frozenset[str]:
    return frozenset(taxonomy.canonical_certifications(sme.certs))


def qualified_suppliers(need: Need, buyer: Sme, smes: tuple[Sme, ...]) -> list[Sme]:
    if not need.meets:
        return []
    wanted = set(need.meets)
    required = set(need.requires)
    return [
        s
        for s in smes
        if s.num != buyer.num and any(o.label in wanted for o in s.offers) and required <= canonical_certs(s)
    ]


def true_links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            for supplier in qualified_suppliers(need, buyer, smes):
                links.add((supplier.id, buyer.id))
    return sorted(links)


# ------------------------------------------------------------------ checks

_ID = re.compile(rf"^{PREFIX}-\d{{3}}$")
_EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
_THAI = re.compile("[\u0e00-\u0e7f]")


def _letters(text: str) -> tuple[int, int, int]:
    """Thai letters, Latin letters, other letters."""
    thai = latin = other = 0
    for ch in text:
        if not ch.isalpha() and not _THAI.match(ch):
            continue
        if _THAI.match(ch):
            thai += 1
        elif unicodedata.name(ch, "").startswith("LATIN"):
            latin += 1
        else:
            other += 1
    return thai, latin, other


def _script_errors(where: str, text: str, lang: str) -> list[str]:
    thai, latin, other = _letters(text)
    if other:
        return [f"{where}: letters neither Thai nor Latin in {text!r}"]
    if lang == "en" and thai:
        return [f"{where}: Thai letters in an English phrase {text!r}"]
    if lang == "th" and thai <= 0.5 * (thai + latin):
        return [f"{where}: Thai phrase not mostly Thai letters {text!r}"]
    return []


def _mentioned(cert: str, text: str) -> bool:
    """True when the text names the certification at all, affirmed or negated."""
    for c in taxonomy.CERTIFICATIONS:
        if c.name == cert:
            names = (c.name, c.full_name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
            folded = text.casefold()
            return any(n.casefold() in folded for n in names)
    return False


def check(smes: tuple[Sme, ...]) -> list[str]:
    errors: list[str] = []
    sub_clusters = {s.value for s in taxonomy.SubCluster}
    stages = {s.value for s in taxonomy.Stage}
    bcg_tags = {b.value for b in taxonomy.BcgTag}
    cert_names = {c.name for c in taxonomy.CERTIFICATIONS}

    # ids
    nums = [s.num for s in smes]
    if nums != list(range(1, len(smes) + 1)):
        errors.append("ids are not bct-001 ... in order without gaps")
    if len(set(nums)) != len(nums):
        errors.append("duplicate ids")
    if len(smes) != N_PROFILES:
        errors.append(f"{len(smes)} profiles, expected {N_PROFILES}")

    texts: Counter[str] = Counter()
    names: Counter[str] = Counter()
    emails: Counter[str] = Counter()
    for s in smes:
        where = s.id
        if not _ID.match(s.id):
            errors.append(f"{where}: malformed id")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub not in sub_clusters:
            errors.append(f"{where}: sub-cluster {s.sub!r}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage!r}")
        if taxonomy.resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for c in s.certs:
            if taxonomy.resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        if len(set(canonical_certs(s))) != len(s.certs):
            errors.append(f"{where}: certification listed twice")
        for b in s.bcg:
            if b not in bcg_tags:
                errors.append(f"{where}: bcg tag {b!r}")
        if len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bcg tag listed twice")
        if not _EMAIL.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3:
            errors.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs (0-3 each)")
        if not s.offers and not s.needs:
            errors.append(f"{where}: neither offers nor needs")
        names[s.name] += 1
        emails[s.email] += 1
        errors += _script_errors(f"{where} name", s.name, s.lang)
        held = canonical_certs(s)
        for o in s.offers:
            texts[o.text] += 1
            errors += _script_errors(f"{where} offer", o.text, s.lang)
            if o.label not in LABELS:
                errors.append(f"{where}: unknown offer label {o.label!r}")
            if o.text != o.text.strip() or not o.text:
                errors.append(f"{where}: offer text has stray spaces {o.text!r}")
            claimed = taxonomy.find_certifications(o.text)
            if not claimed <= held:
                errors.append(f"{where}: offer claims {sorted(claimed - held)} the SME does not hold")
        for n in s.needs:
            texts[n.text] += 1
            errors += _script_errors(f"{where} need", n.text, s.lang)
            if n.text != n.text.strip() or not n.text:
                errors.append(f"{where}: need text has stray spaces {n.text!r}")
            if bool(n.meets) == bool(n.unmet):
                errors.append(f"{where}: need must list labels or be marked unmet: {n.text!r}")
            for label in n.meets:
                if label not in LABELS:
                    errors.append(f"{where}: unknown need label {label!r}")
                elif not any(label in {o.label for o in t.offers} for t in smes if t.num != s.num):
                    errors.append(f"{where}: no one else offers {label!r}")
            for c in (*n.requires, *n.waives):
                if c not in cert_names:
                    errors.append(f"{where}: {c!r} is not a canonical certification name")
            affirmed = taxonomy.find_certifications(n.text)
            if affirmed != set(n.requires):
                errors.append(f"{where}: need {n.text!r} names {sorted(affirmed)}, requires {list(n.requires)}")
            for c in n.waives:
                if c in affirmed or not _mentioned(c, n.text):
                    errors.append(f"{where}: need {n.text!r} does not name {c!r} only to waive it")
            suppliers = qualified_suppliers(n, s, smes)
            if n.meets and not suppliers:
                errors.append(f"{where}: need {n.text!r} is met by no one")
            if n.unmet and suppliers:
                errors.append(f"{where}: unmet need {n.text!r} has suppliers")
            for t in suppliers:
                if any(o.text == n.text for o in t.offers):
                    errors.append(f"{where}: need shares its wording with an offer of {t.id}")

    for text, k in texts.items():
        if k > 1:
            errors.append(f"phrase used {k} times: {text!r}")
    for name, k in names.items():
        if k > 1:
            errors.append(f"name used {k} times: {name!r}")
    for email, k in emails.items():
        if k > 1:
            errors.append(f"email used {k} times: {email!r}")
    for label in LABELS:
        if not any(o.label == label for s in smes for o in s.offers):
            errors.append(f"label {label!r} is offered by no one")

    # size targets
    counts = count(smes)
    thai_share = counts["thai"] / max(1, counts["profiles"])
    if not THAI_SHARE_MIN <= thai_share <= THAI_SHARE_MAX:
        errors.append(f"Thai share {thai_share:.2f} outside {THAI_SHARE_MIN}-{THAI_SHARE_MAX}")
    if not LINKS_MIN <= counts["links"] <= LINKS_MAX:
        errors.append(f"{counts['links']} true links, expected {LINKS_MIN}-{LINKS_MAX}")
    cross_share = counts["cross"] / max(1, counts["links"])
    if not CROSS_SHARE_MIN <= cross_share <= CROSS_SHARE_MAX:
        errors.append(f"cross-language share {cross_share:.2f} outside {CROSS_SHARE_MIN}-{CROSS_SHARE_MAX}")
    if not UNMET_MIN <= counts["needs_unmet"] <= UNMET_MAX:
        errors.append(f"{counts['needs_unmet']} needs met by no one, expected {UNMET_MIN}-{UNMET_MAX}")
    few = sum(1 for k in counts["suppliers_per_need"] if 1 <= k <= 3)
    if few < 0.7 * counts["needs_met"]:
        errors.append(f"only {few} of {counts['needs_met']} met needs have 1-3 suppliers")
    return errors


# ------------------------------------------------------------------ counts


def count(smes: tuple[Sme, ...]) -> dict:
    by_id = {s.id: s for s in smes}
    links = true_links(smes)
    th_en = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    needs = [(s, n) for s in smes for n in s.needs]
    suppliers_per_need = [len(qualified_suppliers(n, s, smes)) for s, n in needs if n.meets]
    regions = Counter(taxonomy.resolve_province(s.province).region.value for s in smes)
    return {
        "profiles": len(smes),
        "thai": sum(1 for s in smes if s.lang == "th"),
        "english": sum(1 for s in smes if s.lang == "en"),
        "sub": Counter(s.sub for s in smes),
        "stage": Counter(s.stage for s in smes),
        "region": regions,
        "provinces": len({taxonomy.resolve_province(s.province).name_en for s in smes}),
        "offers": sum(len(s.offers) for s in smes),
        "offer_labels": len({o.label for s in smes for o in s.offers}),
        "needs": len(needs),
        "needs_met": sum(1 for _, n in needs if n.meets),
        "needs_unmet": sum(1 for _, n in needs if n.unmet),
        "needs_cert": sum(1 for _, n in needs if n.requires),
        "needs_waive": sum(1 for _, n in needs if n.waives),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross": th_en + en_th,
        "within": len(links) - th_en - en_th,
        "cross_sub": sum(1 for a, b in links if by_id[a].sub != by_id[b].sub),
        "suppliers_per_need": suppliers_per_need,
    }


def counts_table(smes: tuple[Sme, ...]) -> str:
    c = count(smes)
    rows: list[tuple[str, str]] = [
        ("profiles", str(c["profiles"])),
        ("Thai / English", f"{c['thai']} / {c['english']}"),
    ]
    rows += [(f"sub-cluster `{sub}`", str(c["sub"][sub])) for sub in (HEMP, CIRC, SPORT, ALC, ALI)]
    rows += [(f"stage `{st}`", str(c["stage"][st])) for st in (UP, MID, DOWN)]
    rows += [(f"region `{r.value}`", str(c["region"][r.value])) for r in taxonomy.Region]
    share = c["cross"] / max(1, c["links"])
    rows += [
        ("distinct provinces", str(c["provinces"])),
        ("offers", str(c["offers"])),
        ("distinct offer labels", str(c["offer_labels"])),
        ("needs", str(c["needs"])),
        ("needs met / met by no one", f"{c['needs_met']} / {c['needs_unmet']}"),
        ("needs requiring a certification", str(c["needs_cert"])),
        ("needs waiving a certification", str(c["needs_waive"])),
        ("true links", str(c["links"])),
        ("links Thai supplier -> English buyer", str(c["th_en"])),
        ("links English supplier -> Thai buyer", str(c["en_th"])),
        ("cross-language links (share)", f"{c['cross']} ({share:.0%})"),
        ("within-language links", str(c["within"])),
        ("links between different sub-clusters", str(c["cross_sub"])),
    ]
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    record: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [o.text for o in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certs:
        record["certifications"] = list(s.certs)
    if s.bcg:
        record["bcg"] = list(s.bcg)
    record["contact_email"] = s.email
    record["language"] = s.lang
    return json.dumps(record, ensure_ascii=False)


def render(smes: tuple[Sme, ...]) -> dict[str, bytes]:
    profiles = "".join(profile_json(s) + "\n" for s in smes)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(true_links(smes))
    return {
        "profiles.jsonl": profiles.encode("utf-8"),
        "links.csv": buffer.getvalue().encode("utf-8"),
        "README.md": readme(smes).encode("utf-8"),
    }


README_TEMPLATE = """\
# blind_plain_tourism

A hand-labelled evaluation set for the partner matcher. It measures how well the matcher finds the
true supplier -> buyer pairs among SMEs whose offers and needs are worded in ways it has never seen.

## What the set checks

The theme is community-based tourism and craft experiences: homestays and village tourism groups,
weaving, dyeing and batik classes for visitors, craft tours, museum, airport and hotel gift shops,
cafes that sell crafts, travel agents and tour operators that buy gift sets and souvenirs; the
weavers, dyers, spinners, basket and mat makers, bag and cushion sewers and packaging printers that
supply them; guides, trainers, photographers and online sellers; and the ordinary upstream
suppliers (cotton, silk, hemp, natural dyes, sedge, reed, bamboo, textile waste).

Profiles are plain registry entries: one short phrase per offer or need, 0-3 of each, about 55 % in
Thai and the rest in English. The same kind of goods is written in many ways (northern, Isan and
southern names, trade words, brand names, abbreviations, with or without quantities, prices, sizes,
minimum orders and places), and a need is worded differently from the offers that meet it, often in
the other language. The set contains hard but fair cases:

- a service versus the goods it works on (dyeing the customer's cloth versus dyed cloth, sewing for
  others versus finished garments, printing or embroidering the customer's goods);
- waste and used goods versus new ones (retired hotel linen versus new sheets);
- raw versus processed (fibre, yarn, cloth, product);
- finished goods described by their material, colour or technique (an indigo-dyed cotton bag is a
  bag, not indigo-dyed cloth);
- needs written as a wish, a bare noun phrase or a question, and refusals ("no synthetic dye");
- needs that require a named certification (only a holder qualifies) and needs that name one only to
  waive it;
- about 20 needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (the profile JSONL format and the
links CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings. The writer
did not read the matcher, its glossary, its tests or any other evaluation set, and did not run the
matcher. All profiles, and the label of every offer and need, live in `write.py`; the labels are not
written to the output files.

## How a link is decided

Every offer is a pair (text, label), where the label says what the thing is, for example indigo-dyed
cotton cloth as opposed to an indigo dyeing service. Every need either lists the offer labels that
would meet it and the certifications its text requires, or is marked as met by no one with a short
note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed
by one of the buyer's needs and the supplier's certifications hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link; what changes what the thing is does. A certification the need names only to
waive it ("OTOP welcome but not required", "ไม่ต้องมี มอก.") is not required.

Before writing, `write.py` checks that ids are unique and well formed; that every contract field is
valid (sub-cluster, stage and BCG tags from the taxonomy, every province resolves with
`resolve_province`, every certification with `resolve_certification`); that every label a need lists
is offered by someone other than the buyer; that every met need has a qualified supplier and every
unmet one has none; that the certifications a need's text asks for are exactly the ones it requires
and a waived one is named but not asked for; that Thai phrases are mostly Thai letters and English
ones have no Thai; and the size targets (95 profiles, 160-180 links, about half of them across
languages, about 20 unmet needs). It writes nothing if a check fails, and two renderings must give
identical bytes.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_tourism/write.py

`--check` runs the checks and prints the counts without writing.

## Files

- `write.py`: the data and the script that checks it and writes the files below.
- `profiles.jsonl`: 95 SME profiles, ids `bct-001` ... `bct-095`, JSONL version 1 of the contracts,
  no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

COUNTS_TABLE"""


def readme(smes: tuple[Sme, ...]) -> str:
    return README_TEMPLATE.replace("COUNTS_TABLE", counts_table(smes))


def detail(smes: tuple[Sme, ...]) -> None:
    for s in smes:
        for n in s.needs:
            who = ", ".join(f"{t.id}({t.lang})" for t in qualified_suppliers(n, s, smes))
            print(f"{s.id}({s.lang}) {n.text!r} -> {who or 'UNMET: ' + n.unmet}")
    supply = Counter(o.label for s in smes for o in s.offers)
    demand = Counter(label for s in smes for n in s.needs for label in n.meets)
    for label in LABELS:
        print(f"  {label:30} offered {supply[label]:2}  wanted {demand[label]:2}")


def main(argv: list[str]) -> int:
    if "--detail" in argv:
        detail(SMES)
    errors = check(SMES)
    table = counts_table(SMES)
    print(table, end="")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    first, second = render(SMES), render(SMES)
    if first != second:
        print("two renderings differ; nothing written", file=sys.stderr)
        return 1
    if "--check" in argv:
        return 0
    for name, data in first.items():
        (HERE / name).write_bytes(data)
    print(f"wrote {', '.join(sorted(first))} to {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
