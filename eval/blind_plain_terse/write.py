"""Hand-labelled evaluation set: a cluster SME database filled in tersely.

Every offer carries a label for what the thing is; every need lists the labels that would meet it
(plus the certifications its text requires) or is marked as met by no one. Links follow from the labels.
Run from the repository root: .venv/bin/python eval/blind_plain_terse/write.py
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from shared.taxonomy import BcgTag, Stage, SubCluster, resolve_certification, resolve_province  # noqa: E402

OUT = Path(__file__).resolve().parent
ID_RE = re.compile(r"^bpt-\d{3}$")

SUB = {
    "H": "hemp_natural_fibre",
    "C": "circular_textile",
    "S": "sportech",
    "AC": "ageing_lifestyle_central",
    "AI": "ageing_lifestyle_isan",
}
STAGE = {"U": "upstream", "M": "midstream", "D": "downstream"}


class Offer(NamedTuple):
    text: str
    label: str


class Need(NamedTuple):
    text: str
    labels: tuple[str, ...]  # empty: met by no one
    requires: tuple[str, ...]  # certifications the text requires
    waives: tuple[str, ...]  # certifications the text names only to waive them
    note: str  # for needs met by no one: what it asks for


class Profile(NamedTuple):
    id: str
    name: str
    sub: str
    stage: str
    province: str
    lang: str
    certs: tuple[str, ...]
    bcg: tuple[str, ...]
    email: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]


def offer(text: str, label: str) -> Offer:
    return Offer(text, label)


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive, "")


def unmet(text: str, note: str, waive: tuple[str, ...] = ()) -> Need:
    return Need(text, (), (), waive, note)


def sme(
    num: int,
    name: str,
    sub: str,
    stage: str,
    province: str,
    lang: str,
    email: str,
    offers: list[Offer],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Profile:
    return Profile(
        f"bpt-{num:03d}", name, SUB[sub], STAGE[stage], province, lang, certs, bcg, email, tuple(offers), tuple(needs)
    )


PROFILES: list[Profile] = [
    # ------------------------------------------------------------ hemp and natural fibre
    sme(
        1,
        "วิสาหกิจชุมชนกัญชงบ้านแม่สาใหม่",
        "H",
        "U",
        "Chiang Mai",
        "th",
        "maesamai.hemp@gmail.com",
        [offer("เปลือกกัญชงลอกมือ ตากแห้ง", "hemp_bast_fibre"), offer("ด้ายกัญชงเข็นมือ", "hemp_yarn_handspun")],
        [need("เครื่องลอกเปลือกกัญชง", "fibre_decorticator"), unmet("เมล็ดพันธุ์กัญชง (มีใบอนุญาต)", "hemp seed for planting")],
        bcg=("bio",),
    ),
    sme(
        2,
        "Doi Hemp Handloom Group",
        "H",
        "M",
        "Tak",
        "en",
        "doihemp.loom@gmail.com",
        [
            offer("handloom hemp, 35cm rolls", "hemp_fabric_handwoven"),
            offer("hemp batik, beeswax resist", "hemp_fabric_batik"),
        ],
        [need("handspun hemp thread", "hemp_yarn_handspun"), need("indigo paste", "indigo_paste")],
        bcg=("bio",),
    ),
    sme(
        3,
        "บจก. ไทยเฮมพ์ เท็กซ์ไทล์",
        "H",
        "M",
        "Chiang Rai",
        "th",
        "sales@thaihemptex.co.th",
        [
            offer("ผ้ากัญชง 100% ทอเครื่อง 190 แกรม", "hemp_fabric_machine"),
            offer("ผ้ากัญชงผสมฝ้าย 55/45 เนื้อแคนวาส", "hemp_cotton_fabric"),
        ],
        [
            need("ด้ายกัญชงปั่นเครื่อง Nm 26 ต้องมี GOTS", "hemp_yarn_machine", req=("GOTS",)),
            need("รับย้อมผ้าพับ รีแอคทีฟ", "piece_dyeing_service"),
        ],
        bcg=("bio", "green"),
    ),
    sme(
        4,
        "Lanna Bast Spinning Co., Ltd.",
        "H",
        "U",
        "Lamphun",
        "en",
        "info@lannabast.com",
        [
            offer("hemp yarn Nm 26/1 wet spun", "hemp_yarn_machine"),
            offer("hemp tow, short fibre", "hemp_tow"),
            offer("commission spinning - your fibre", "spinning_service"),
        ],
        [need("decorticated hemp bast, baled", "hemp_bast_fibre"), need("cotton lint, ginned", "raw_cotton")],
        certs=("GOTS",),
        bcg=("bio",),
    ),
    sme(
        5,
        "วิสาหกิจชุมชนทอผ้าฝ้ายบ้านไร่ไผ่งาม",
        "H",
        "M",
        "Chiang Mai",
        "th",
        "raiphaingam@hotmail.com",
        [offer("ผ้าฝ้ายทอมือ สีธรรมชาติ", "cotton_fabric_handwoven"), offer("ฝ้ายเข็นมือ เส้นใหญ่", "cotton_yarn_handspun")],
        [need("ปุยฝ้ายพื้นเมือง", "raw_cotton"), need("ครั่ง", "lac_raw")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        6,
        "กลุ่มสาวใยบัวบึงบอระเพ็ด",
        "H",
        "U",
        "Nakhon Sawan",
        "th",
        "bueng.lotus@gmail.com",
        [offer("ใยบัวสาวสด", "lotus_yarn"), offer("ผ้าใยบัวผสมไหม", "lotus_silk_fabric")],
        [need("ไหมน้อย", "silk_yarn"), need("ทำตลาดออนไลน์", "online_marketing_service")],
        bcg=("bio",),
    ),
    sme(
        7,
        "Kluay Fibre Community",
        "H",
        "U",
        "Chumphon",
        "en",
        "kluayfibre@gmail.com",
        [offer("banana trunk fibre, sun dried", "banana_fibre"), offer("banana cord, hand twisted", "banana_yarn")],
        [
            need("fibre scraping machine", "fibre_decorticator"),
            unmet("training: softening banana fibre", "fibre softening know-how"),
        ],
        bcg=("bio", "circular"),
    ),
    sme(
        8,
        "วิสาหกิจชุมชนใยสับปะรดสามร้อยยอด",
        "H",
        "U",
        "Prachuap Khiri Khan",
        "th",
        "samroiyot.pina@gmail.com",
        [offer("ใยใบสับปะรด ขูดมือ", "pineapple_leaf_fibre"), offer("ใบสับปะรดสด ขายเหมาไร่", "pineapple_leaves")],
        [need("เครื่องขูดใย", "fibre_decorticator"), need("รับจ้างปั่นด้าย (ใยเราเอง)", "spinning_service")],
        bcg=("bio", "circular"),
    ),
    sme(
        9,
        "สหกรณ์ผู้เลี้ยงไหมท่าสว่าง",
        "H",
        "U",
        "Surin",
        "th",
        "thasawang.silk@gmail.com",
        [
            offer("รังไหมเหลือง นางน้อย", "silk_cocoon"),
            offer("ไหมน้อยสาวมือ", "silk_yarn"),
            offer("ผ้าไหมมัดหมี่ ตรานกยูง", "mudmee_silk_fabric"),
        ],
        [unmet("ใบหม่อนสด", "mulberry leaves"), need("ครั่งดิบ", "lac_raw")],
        certs=("Thai Silk Peacock Emblem",),
        bcg=("bio",),
    ),
    sme(
        10,
        "วิสาหกิจชุมชนผ้าย้อมครามบ้านดอนกอย",
        "H",
        "M",
        "Sakon Nakhon",
        "th",
        "donkoi.indigo@gmail.com",
        [
            offer("ครามเปียก (เนื้อคราม)", "indigo_paste"),
            offer("ผ้าฝ้ายย้อมคราม", "indigo_dyed_fabric"),
            offer("รับย้อมครามงานลูกค้า", "indigo_dyeing_service"),
        ],
        [need("ฝ้ายเข็นมือ", "cotton_yarn_handspun"), need("ใบครามสด", "indigo_leaves"), need("เงินทุนหมุนเวียน", "sme_loan")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        11,
        "Phu Phan Indigo Growers",
        "H",
        "U",
        "Sakon Nakhon",
        "en",
        "phuphan.indigo@gmail.com",
        [offer("fresh indigo leaf (Indigofera)", "indigo_leaves"), offer("indigo seed, 1kg bags", "indigo_seed")],
        [unmet("organic compost, 10t", "compost"), need("Shopee/Lazada listing help", "online_marketing_service")],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        12,
        "หจก. ม่อฮ่อมเมืองแพร่",
        "H",
        "M",
        "Phrae",
        "th",
        "mohom.phrae@gmail.com",
        [
            offer("ห้อมเปียก", "indigo_paste"),
            offer("เสื้อม่อฮ่อม คอจีน", "indigo_dyed_garment"),
            offer("รับย้อมห้อม ส่งผ้ามาเอง", "indigo_dyeing_service"),
        ],
        [need('ผ้าดิบ no.20 หน้า 60"', "cotton_grey_fabric"), need("จักรเย็บอุตฯ มือสอง", "sewing_machine")],
        bcg=("bio",),
    ),
    sme(
        13,
        "วิสาหกิจชุมชนเลี้ยงครั่งบ้านนาคู",
        "H",
        "U",
        "Kalasin",
        "th",
        "nakhu.lac@gmail.com",
        [offer("ครั่งดิบ ครั่งเม็ด", "lac_raw"), offer("สีครั่งสกัด ผง", "lac_extract")],
        [need("อบรมสกัดสีครั่ง", "natural_dye_training")],
        bcg=("bio",),
    ),
    sme(
        14,
        "Slow Colour Studio",
        "H",
        "M",
        "Chiang Mai",
        "en",
        "hello@slowcolour.studio",
        [
            offer("natural dye workshop, 2 days", "natural_dye_training"),
            offer("small-lot natural dyeing (your fabric)", "natural_dyeing_service"),
        ],
        [
            need("stick lac", "lac_raw"),
            need("organic cotton sheeting PFD, GOTS", "organic_cotton_fabric", req=("GOTS",)),
        ],
        bcg=("bio", "green"),
    ),
    sme(
        15,
        "Hill Hemp Goods",
        "H",
        "D",
        "Chiang Mai",
        "en",
        "shop@hillhemp.co",
        [offer("hemp tote, handloom", "hemp_bag"), offer("hemp bucket hat", "hemp_hat")],
        [
            need("handwoven hemp / batik hemp", "hemp_fabric_handwoven", "hemp_fabric_batik"),
            need("zips #5 + webbing", "zipper", "webbing"),
            need("product photos + listing", "product_photography", "online_marketing_service"),
        ],
        bcg=("bio",),
    ),
    sme(
        16,
        "วิสาหกิจชุมชนเสื่อกกบางสระเก้า",
        "H",
        "D",
        "Chanthaburi",
        "th",
        "bangsrakao.mat@gmail.com",
        [offer("เสื่อกกจันทบูร ลายโบราณ", "reed_mat"), offer("กระเป๋ากกสาน", "reed_bag")],
        [need("กกตากแห้ง", "reed_dried"), need("สีย้อมกก", "synthetic_dye")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        17,
        "กลุ่มปลูกกกบ้านเสม็ดงาม",
        "H",
        "U",
        "Chanthaburi",
        "th",
        "samed.reed@gmail.com",
        [offer("ต้นกกแห้ง มัดละ 50.-", "reed_dried")],
        [need("เครื่องทอเสื่อไฟฟ้า", "reed_mat_loom")],
        bcg=("bio",),
    ),
    sme(
        18,
        "Nimman Textile House",
        "H",
        "D",
        "Chiang Mai",
        "en",
        "buy@nimmantextile.com",
        [offer("natural-dye scarves", "scarf_natural_dyed"), offer("hemp cushion covers", "cushion_cover")],
        [
            need("mudmee silk w/ Peacock Emblem", "mudmee_silk_fabric", req=("Thai Silk Peacock Emblem",)),
            need("indigo cotton by the metre", "indigo_dyed_fabric"),
            need("lotus-silk cloth", "lotus_silk_fabric"),
        ],
    ),
    sme(
        19,
        "บจก. ทวีไทยเคมิคอล",
        "H",
        "M",
        "Samut Prakan",
        "th",
        "order@taweethaichem.com",
        [offer("สีรีแอคทีฟ/ไดเร็กท์ ปลีก-ส่ง", "synthetic_dye"), offer("สารช่วยย้อม สบู่ล้าง", "dye_auxiliary")],
        [],
    ),
    sme(
        20,
        "บจก. ฝ้ายอินทรีย์เมืองเลย",
        "H",
        "U",
        "Loei",
        "th",
        "loei.organiccotton@gmail.com",
        [offer("ปุยฝ้ายอินทรีย์ หีบเมล็ดแล้ว", "raw_cotton"), offer("เมล็ดฝ้ายตุ่ย", "cotton_seed")],
        [need("รับปั่นด้ายฝ้าย ล็อตเล็ก", "spinning_service")],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    # ------------------------------------------------------------ circular textile
    sme(
        21,
        "บจก. กรีนไฟเบอร์ รีไซเคิล",
        "C",
        "U",
        "Samut Sakhon",
        "th",
        "sales@greenfiber.co.th",
        [offer("ใย rPET 1.4D x 38 มม.", "recycled_polyester_fibre"), offer("ใยยัดหมอน rPET HCS", "polyester_fiberfill")],
        [need("ขวด PET อัดก้อน", "pet_bottles"), need("เกล็ด PET ใส ล้างร้อน", "pet_flakes")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        22,
        "ร้านวงษ์พาณิชย์ สาขาบ้านบึง",
        "C",
        "U",
        "Chonburi",
        "th",
        "wongpanich.bb@gmail.com",
        [offer("ขวดเพ็ทอัดก้อน คัดสี", "pet_bottles"), offer("เกล็ดขวดใส โทร 081-xxx", "pet_flakes")],
        [],
        bcg=("circular",),
    ),
    sme(
        23,
        "ThaiLoop Recycled Yarn Co., Ltd.",
        "C",
        "U",
        "Rayong",
        "en",
        "yarn@thailoop.com",
        [offer("rPET DTY 150D/48F", "recycled_polyester_yarn"), offer("rPET FDY 75D SD", "recycled_polyester_yarn")],
        [need("bottle flakes, clear, hot washed", "pet_flakes"), need("OEKO-TEX pre-test lab", "lab_testing_service")],
        certs=("GRS", "OEKO-TEX Standard 100"),
        bcg=("circular",),
    ),
    sme(
        24,
        "หจก. ด้ายเก่าใหม่",
        "C",
        "U",
        "Nakhon Pathom",
        "th",
        "daikaomai@gmail.com",
        [offer("ด้ายฝ้ายรีไซเคิล OE Ne 10", "recycled_cotton_yarn"), offer("ด้าย CVC รีไซเคิล Ne 20", "recycled_blend_yarn")],
        [
            need("เศษผ้ายืดคอตตอน จากโรงตัด", "cutting_waste_cotton"),
            need("ใยฝ้ายรีไซเคิล ตีแล้ว", "recycled_cotton_fibre"),
            need("ที่ปรึกษาขอ GRS", "certification_consulting"),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        25,
        "Siam Shoddy Works",
        "C",
        "U",
        "Samut Prakan",
        "en",
        "siamshoddy@yahoo.com",
        [
            offer("garnetted cotton fibre", "recycled_cotton_fibre"),
            offer("shoddy felt / car insulation", "recycled_felt"),
        ],
        [
            need("cotton clips, pre-consumer", "cutting_waste_cotton"),
            need("rags, grade C", "used_clothing_rag"),
            need("old hotel/hospital linen", "used_linen"),
            need("comber noil, yarn waste", "spinning_waste"),
        ],
        bcg=("circular",),
    ),
    sme(
        26,
        "ร้านเสื้อผ้ามือสองโรงเกลือ เจ๊หน่อย",
        "C",
        "U",
        "Sa Kaeo",
        "th",
        "jenoi.rongkluea@gmail.com",
        [
            offer("มือสองเกรดซี ขายกิโล", "used_clothing_rag"),
            offer("มือสองเกรดเอ คัดใส่ได้", "used_clothing_wearable"),
            offer("ยีนส์เก่า คัดแล้ว", "used_denim"),
        ],
        [need("เครื่องอัดก้อน กระสอบ", "baling_press")],
        bcg=("circular",),
    ),
    sme(
        27,
        "กลุ่มแม่บ้านพรมเช็ดเท้าบ้านโพธิ์",
        "C",
        "D",
        "Ang Thong",
        "th",
        "banpho.doormat@gmail.com",
        [offer("พรมเช็ดเท้าเศษผ้า", "rag_doormat"), offer("ผ้าขี้ริ้วเย็บขอบ", "cleaning_rag")],
        [need("เศษผ้าริม กิโลละ", "cutting_waste_cotton", "cutting_waste_mixed"), need("จักรโพ้ง", "sewing_machine")],
        certs=("OTOP",),
        bcg=("circular",),
    ),
    sme(
        28,
        "บจก. เอเชียการ์เมนต์",
        "C",
        "M",
        "Samut Sakhon",
        "th",
        "asiagarment.hr@gmail.com",
        [
            offer("รับเย็บ CMT เสื้อยืด โปโล", "cmt_sewing_service"),
            offer("เศษผ้าคอตตอน 100% ตัดทิ้ง", "cutting_waste_cotton"),
            offer("เศษผ้า TC/โพลี คละสี", "cutting_waste_mixed"),
        ],
        [
            need("Cotton 100% Single Jersey 32s 160g", "cotton_knit_fabric", "organic_cotton_knit_fabric"),
            need("ผ้าทีเค 65/35 จูติ โปโล", "tc_pique_fabric"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        29,
        "Loop Lab Bangkok",
        "C",
        "D",
        "Bangkok",
        "en",
        "studio@looplab.co.th",
        [offer("upcycled denim bags", "upcycled_bag"), offer("patchwork jackets, one-off", "upcycled_garment")],
        [need("old jeans, sorted", "used_denim"), need("sewing, short runs 50 pcs", "cmt_sewing_service")],
        bcg=("circular",),
    ),
    sme(
        30,
        "Bluewave Knit Co., Ltd.",
        "C",
        "M",
        "Chonburi",
        "en",
        "sales@bluewaveknit.com",
        [
            offer("rPET interlock 150gsm", "recycled_polyester_knit_fabric"),
            offer("rPET birdseye mesh 130gsm", "recycled_polyester_knit_fabric"),
        ],
        [
            need("rPET DTY 75D-150D, GRS", "recycled_polyester_yarn", req=("GRS",)),
            need("jet dyeing, disperse", "piece_dyeing_service"),
        ],
        certs=("GRS", "bluesign"),
        bcg=("circular", "green"),
    ),
    sme(
        31,
        "บจก. เวสต์ทูแวลู",
        "C",
        "U",
        "Pathum Thani",
        "th",
        "contact@waste2value.co.th",
        [offer("รับกำจัดเศษผ้าโรงงาน ออกใบรับรองกำจัด", "waste_collection_service")],
        [need("เศษผ้าโรงงาน ทุกชนิด", "cutting_waste_cotton", "cutting_waste_mixed"), need("เครื่องอัดก้อน", "baling_press")],
        certs=("ISO 14001",),
        bcg=("circular",),
    ),
    sme(
        32,
        "Phuket Green Hotels Group",
        "C",
        "D",
        "Phuket",
        "en",
        "purchasing@phuketgreenhotels.com",
        [offer("end-of-life bed linen ~2t/yr", "used_linen")],
        [
            need("bath towel 16s 600gsm white", "bath_towel"),
            need("sheets 250TC cotton, hotel", "bed_sheet"),
            need("pillows, fibre fill", "pillow_fibre"),
        ],
        bcg=("circular", "green"),
    ),
    sme(
        33,
        "วิสาหกิจชุมชนกระเป๋าขวดพลาสติกบ้านเพ",
        "C",
        "D",
        "Rayong",
        "th",
        "banphe.bag@gmail.com",
        [offer("ถุงผ้ารีไซเคิลจากขวด", "rpet_bag"), offer("กระเป๋าสะพาย rPET ราคาส่ง", "rpet_bag")],
        [need("ผ้า 600D ออกซ์ฟอร์ด เคลือบ PU", "oxford_600d_coated"), need("สกรีนโลโก้ลูกค้า", "screen_printing_service")],
        certs=("OTOP",),
        bcg=("circular",),
    ),
    sme(
        34,
        "Rayong Coated Fabrics Co.",
        "C",
        "M",
        "Rayong",
        "en",
        "rcf.sales@gmail.com",
        [
            offer("rPET 600D oxford, PU coat", "oxford_600d_coated"),
            offer("PVC/PU coating, customer fabric", "coating_service"),
        ],
        [need("rPET ATY 600D", "recycled_polyester_yarn"), unmet("solvent-free PU resin, bluesign", "coating resin")],
        bcg=("circular",),
    ),
    sme(
        35,
        "บจก. เท็กซ์แล็บ ไทย",
        "C",
        "M",
        "Bangkok",
        "th",
        "lab@textlabthai.com",
        [
            offer("ทดสอบ colour fastness / pH / ฟอร์มาลดีไฮด์", "lab_testing_service"),
            offer("ที่ปรึกษาขอ GRS, โอเคเท็กซ์", "certification_consulting"),
        ],
        [],
        certs=("ISO 9001",),
    ),
    sme(
        36,
        "บจก. กรีนลีส แคปปิตอล",
        "C",
        "M",
        "Bangkok",
        "th",
        "sme@greenlease.co.th",
        [
            offer("ลีสซิ่งเครื่องจักรสีเขียว ดอกเบี้ย 3.99%", "machinery_leasing"),
            offer("ลีสซิ่งจักรเย็บ ผ่อน 36 ด.", "machinery_leasing"),
        ],
        [],
        bcg=("green",),
    ),
    sme(
        37,
        "Chiang Mai Textile Sorting Centre",
        "C",
        "U",
        "Chiang Mai",
        "en",
        "sort@cmtextilesort.org",
        [
            offer("sorted used clothing, grade A/B", "used_clothing_wearable"),
            offer("cotton wipers cut from tees", "cleaning_rag"),
        ],
        [need("unsorted used clothes, by the tonne", "used_clothing_unsorted")],
        bcg=("circular",),
    ),
    sme(
        38,
        "Second Skin Apparel",
        "C",
        "D",
        "Bangkok",
        "en",
        "hello@secondskin.co.th",
        [offer("rPET tees, recycled", "recycled_tshirt")],
        [
            need("recycled jersey 160-180gsm, GRS", "recycled_polyester_knit_fabric", req=("GRS",)),
            need("recycled CVC Ne 20 (GRS not required)", "recycled_blend_yarn", waive=("GRS",)),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        39,
        "ธนาคารขยะชุมชนหนองแขม",
        "C",
        "U",
        "Bangkok",
        "th",
        "nongkhaem.wastebank@gmail.com",
        [offer("ขวด PET ใส", "pet_bottles"), offer("เสื้อผ้าเก่า บริจาค ไม่คัด", "used_clothing_unsorted")],
        [],
        bcg=("circular",),
    ),
    # ------------------------------------------------------------ sportech
    sme(
        40,
        "บจก. สปอร์ตเท็กซ์ นิตติ้ง",
        "S",
        "M",
        "Samut Prakan",
        "th",
        "sporttex.knit@gmail.com",
        [
            offer("ผ้าไมโครโพลี dri-fit 140g", "polyester_sport_knit"),
            offer("ผ้าตาข่าย mesh รูเล็ก", "polyester_sport_knit"),
            offer("ผ้าไนลอนสแปนเด็กซ์ 4 ทาง 220g", "spandex_knit_fabric"),
        ],
        [need("ด้ายโพลี DTY 75D/72F", "polyester_yarn"), need("ด้ายสแปนเด็กซ์ 40D", "spandex_yarn")],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        41,
        "Zhong-Thai Filament Co., Ltd.",
        "S",
        "U",
        "Rayong",
        "en",
        "sales@ztfilament.com",
        [
            offer("PES DTY 75D/72F SD", "polyester_yarn"),
            offer("spandex 20D-70D bare", "spandex_yarn"),
            offer("nylon 6 FDY 40D", "nylon_yarn"),
        ],
        [need("bottle-grade PET flakes, best price", "pet_flakes")],
        certs=("ISO 9001",),
    ),
    sme(
        42,
        "หจก. พิมพ์ซับบางบัวทอง",
        "S",
        "M",
        "Nonthaburi",
        "th",
        "bbt.sublimation@gmail.com",
        [offer("รับพิมพ์ซับลิเมชั่น ผ้าลูกค้า", "sublimation_printing_service"), offer("เสื้อกีฬาพิมพ์ลาย สั่งตัด", "sportswear_jersey")],
        [need("ผ้าไมโคร ผ้ากีฬา สีขาว", "polyester_sport_knit"), need("หมึกซับ กระดาษซับ", "sublimation_supplies")],
    ),
    sme(
        43,
        "ร้านไทยดิจิทัลพริ้นท์ซัพพลาย",
        "S",
        "M",
        "Bangkok",
        "th",
        "order@thaidps.com",
        [offer("หมึกซับ 1 ลิตร กระดาษซับม้วน", "sublimation_supplies"), offer("เครื่องรีดร้อน 80x100", "heat_press")],
        [],
    ),
    sme(
        44,
        "Korat FC Academy",
        "S",
        "D",
        "Nakhon Ratchasima",
        "en",
        "office@koratfcacademy.com",
        [],
        [need("match kits, full sub, 60 sets by 15 Mar", "sportswear_jersey"), need("training bibs", "training_bib")],
    ),
    sme(
        45,
        "RunLovers Events",
        "S",
        "D",
        "Phuket",
        "en",
        "team@runlovers.asia",
        [offer("race organising 5k-42k", "event_organising")],
        [
            need("finisher tees, recycled, GRS", "recycled_tshirt", req=("GRS",)),
            unmet("Tyvek race bibs", "race number bibs"),
            need("medal ribbons / lanyards", "lanyard"),
        ],
    ),
    sme(
        46,
        "บจก. แอคทีฟเฟิร์ส",
        "S",
        "D",
        "Bangkok",
        "th",
        "activefirst.th@gmail.com",
        [offer("กางเกงรัดกล้ามเนื้อ", "compression_wear"), offer("เลกกิ้งวิ่ง", "sport_leggings")],
        [
            need("ผ้าไนลอนสแปน 80/20 250g", "spandex_knit_fabric"),
            need("รับเย็บ flatlock 4 เข็ม", "sportswear_sewing_service"),
        ],
    ),
    sme(
        47,
        "โรงงานยางยืด ส.เจริญ",
        "S",
        "M",
        "Samut Sakhon",
        "th",
        "sor.charoen.elastic@gmail.com",
        [
            offer('ยางยืดทอ 1"-2"', "elastic_tape"),
            offer("สายกระเป๋า PP 25 มม.", "webbing"),
            offer("สายคล้องคอพิมพ์ลาย", "lanyard"),
        ],
        [need("ยางเส้น", "rubber_thread"), need("ด้ายโพลี 150D", "polyester_yarn")],
    ),
    sme(
        48,
        "บจก. บางกอกถุงเท้า",
        "S",
        "D",
        "Bangkok",
        "th",
        "sales@bkksock.com",
        [offer("ถุงเท้ากีฬา พื้นหนา", "sports_socks"), offer("ถุงเท้ากันลื่น ปุ่มซิลิโคน", "anti_slip_socks")],
        [need("ด้ายไนลอน 70D/2", "nylon_yarn"), need("ด้ายคอตตอนหวี 32/1", "cotton_yarn", "organic_cotton_yarn")],
    ),
    sme(
        49,
        "Thai Coated Textile",
        "S",
        "M",
        "Chachoengsao",
        "en",
        "tct@thaicoated.com",
        [
            offer("3L TPU laminate, waterproof breathable", "waterproof_laminated_fabric"),
            offer("DWR finishing C0 (your fabric)", "dwr_finishing_service"),
        ],
        [need("nylon ripstop 40D greige", "nylon_woven_greige"), unmet("C0 DWR agent, bluesign", "DWR chemical")],
        certs=("ISO 9001",),
    ),
    sme(
        50,
        "หจก. ฟลัทล็อค การ์เมนท์",
        "S",
        "M",
        "Ratchaburi",
        "th",
        "flatlock.rb@gmail.com",
        [offer("รับเย็บชุดกีฬา ฟลัทล็อค/โพ้ง", "sportswear_sewing_service"), offer("เย็บชุดว่ายน้ำ", "sportswear_sewing_service")],
        [need("ยางยืดขอบเอว 1.5 นิ้ว", "elastic_tape"), need("จักรฟลัทล็อค มือสอง", "sewing_machine")],
    ),
    sme(
        51,
        "บจก. ไนลอนทอ อยุธยา",
        "S",
        "M",
        "Phra Nakhon Si Ayutthaya",
        "th",
        "nylonweave.ay@gmail.com",
        [offer("ผ้าไนลอน ripstop 40D ผ้าดิบ", "nylon_woven_greige"), offer("ผ้าร่ม 190T", "polyester_taffeta")],
        [need("ด้ายไนลอน 40D", "nylon_yarn"), need("รับย้อมผ้าพับ", "piece_dyeing_service")],
    ),
    sme(
        52,
        "Summit Trail Gear",
        "S",
        "D",
        "Chiang Mai",
        "en",
        "gear@summittrail.co",
        [offer("2.5L rain jacket", "rain_jacket"), offer("daypack 20L", "backpack")],
        [
            need("waterproof breathable 3L", "waterproof_laminated_fabric"),
            need("webbing 25mm", "webbing"),
            need("coated oxford 600D", "oxford_600d_coated"),
        ],
    ),
    sme(
        53,
        "มหาวิทยาลัยการกีฬาแห่งชาติ วิทยาเขตชลบุรี",
        "S",
        "D",
        "Chonburi",
        "th",
        "purchase.cbi@tnsu.ac.th",
        [],
        [
            need("ชุดวอร์ม", "tracksuit"),
            need("เสื้อกีฬาทีม พิมพ์ลาย", "sportswear_jersey"),
            unmet("ผ้าขนหนูกีฬาแห้งไว", "sport towel"),
        ],
    ),
    sme(
        54,
        "Thai Sport Uniform Co.",
        "S",
        "D",
        "Kanchanaburi",
        "en",
        "tsu.uniform@gmail.com",
        [
            offer("tracksuits, PE kits for schools", "tracksuit"),
            offer("team polo, TC pique", "polo_shirt"),
            offer("mesh training bibs", "training_bib"),
        ],
        [need("TC 65/35 pique", "tc_pique_fabric"), need("tricot, warp knit", "tricot_fabric")],
    ),
    sme(
        55,
        "บจก. สยามนิตติ้ง",
        "S",
        "M",
        "Samut Prakan",
        "th",
        "siamknitting@gmail.com",
        [
            offer("ผ้าทีเค 65/35 จูติ", "tc_pique_fabric"),
            offer("ผ้าวอร์ม ทริโคต์", "tricot_fabric"),
            offer("ผ้า Cotton 100% 20s", "cotton_knit_fabric"),
        ],
        [need("ด้าย TC 65/35 Ne 32", "tc_yarn"), need("ด้ายคอมบ์ 32/1", "cotton_yarn", "organic_cotton_yarn")],
    ),
    sme(
        56,
        "Chonburi Ring Spinning Co., Ltd.",
        "S",
        "U",
        "Chonburi",
        "en",
        "yarn@crspinning.com",
        [
            offer("combed cotton Ne 30/1, 32/1", "cotton_yarn"),
            offer("TC 65/35 Ne 32/1", "tc_yarn"),
            offer("CVC 60/40 Ne 30", "cvc_yarn"),
            offer("comber noil / yarn waste", "spinning_waste"),
        ],
        [
            need("cotton lint, BCI", "raw_cotton", req=("Better Cotton",)),
            need("waste pick-up", "waste_collection_service"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        57,
        "Trang Latex Thread Co., Ltd.",
        "S",
        "U",
        "Trang",
        "en",
        "sales@tranglatexthread.com",
        [
            offer("latex rubber thread 42-110 gauge", "rubber_thread"),
            offer("covered elastic yarn", "covered_elastic_yarn"),
        ],
        [need("nylon 70D for covering", "nylon_yarn")],
    ),
    sme(
        58,
        "Andaman Swim Co.",
        "S",
        "D",
        "Krabi",
        "en",
        "hi@andamanswim.com",
        [offer("rash guard UPF50", "rash_guard"), offer("swim shorts", "swim_shorts")],
        [
            need("sublimation, own fabric", "sublimation_printing_service"),
            unmet("recycled nylon/spandex, GRS", "GRS nylon fabric"),
            need("flatlock sewing", "sportswear_sewing_service"),
        ],
    ),
    # ------------------------------------------------------------ ageing lifestyle, central
    sme(
        59,
        "โรงพยาบาลบางกรวยเวชการ",
        "AC",
        "D",
        "Nonthaburi",
        "th",
        "purchase@bkvh.co.th",
        [offer("ผ้าปูเตียงปลดระวาง", "used_linen")],
        [
            need("ผ้ายกตัวผู้ป่วย", "patient_transfer_sheet"),
            need("ผ้าปูเตียง รพ. สีขาว", "hospital_bed_sheet"),
            need("ชุดผู้ป่วย เสื้อผ่าหน้า", "patient_gown"),
            need("แพมเพิสผู้ใหญ่ มี อย.", "adult_diaper", req=("Thai FDA",)),
        ],
    ),
    sme(
        60,
        "บจก. เมดิเทกซ์ ไทย",
        "AC",
        "D",
        "Pathum Thani",
        "th",
        "meditexthai@gmail.com",
        [
            offer("ผ้าเคลื่อนย้ายผู้ป่วย หูจับ 6 จุด", "patient_transfer_sheet"),
            offer("ผ้ารองกันเปื้อน ซักได้", "washable_underpad"),
            offer("ชุดคนไข้", "patient_gown"),
        ],
        [need("ผ้า TC ทวิล 65/35 ขาว", "tc_twill_fabric"), need("ผ้ากันน้ำ TPU ลามิเนต", "waterproof_laminated_fabric")],
        certs=("ISO 13485", "Thai FDA"),
    ),
    sme(
        61,
        "Silver Care Hygiene Co., Ltd.",
        "AC",
        "D",
        "Samut Prakan",
        "en",
        "sales@silvercarehygiene.com",
        [
            offer("adult tape diaper M/L/XL", "adult_diaper"),
            offer("pull-up pants", "adult_diaper"),
            offer("disposable underpad 60x90", "disposable_underpad"),
        ],
        [need("spunbond/SMS 15gsm hydrophilic", "nonwoven_fabric"), unmet("fluff pulp + SAP", "absorbent core")],
        certs=("Thai FDA", "ISO 13485"),
    ),
    sme(
        62,
        "บจก. นอนวูฟเวน อินดัสตรี้",
        "AC",
        "M",
        "Chachoengsao",
        "th",
        "nonwoven.ind@gmail.com",
        [
            offer("สปันบอนด์ PP 15-80 แกรม", "nonwoven_fabric"),
            offer("ผ้า SMS การแพทย์", "nonwoven_fabric"),
            offer("หน้ากากอนามัย 3 ชั้น", "disposable_mask"),
        ],
        [unmet("เม็ด PP", "polypropylene resin")],
    ),
    sme(
        63,
        "Baan Sukkasem Senior Living",
        "AC",
        "D",
        "Nonthaburi",
        "en",
        "admin@baansukkasem.com",
        [offer("caregiver course, 70 hrs", "caregiver_training")],
        [
            need("washable bed pads (OEKO-TEX not required)", "washable_underpad", waive=("OEKO-TEX Standard 100",)),
            need("adaptive tops, velcro front", "adaptive_clothing"),
            need("adult pull-ups", "adult_diaper"),
            need("anti-slip socks", "anti_slip_socks"),
        ],
    ),
    sme(
        64,
        "ร้านใส่สบาย เสื้อผ้าผู้สูงวัย",
        "AC",
        "D",
        "Bangkok",
        "th",
        "saisabai.shop@gmail.com",
        [offer("เสื้อผู้สูงอายุ ติดตีนตุ๊กแก", "adaptive_clothing"), offer("กางเกงเอวยางยืด ผ้าฝ้าย", "adaptive_clothing")],
        [
            need("ผ้าฝ้ายทอมือ นิ่ม (GOTS ไม่จำเป็น)", "cotton_fabric_handwoven", "indigo_dyed_fabric", waive=("GOTS",)),
            need("เทปตีนตุ๊กแก", "hook_loop_tape"),
        ],
    ),
    sme(
        65,
        "บจก. ไทยทริมส์ แอคเซสซอรี่",
        "AC",
        "M",
        "Bangkok",
        "th",
        "trims@thaitrims.com",
        [
            offer("เทปตีนตุ๊กแก 20-50 มม.", "hook_loop_tape"),
            offer("ซิป เบอร์ 3 เบอร์ 5", "zipper"),
            offer("กระดุม แป๊กกระดุม", "buttons_snaps"),
        ],
        [],
    ),
    sme(
        66,
        "บจก. ลาเท็กซ์ไทย หาดใหญ่",
        "AC",
        "D",
        "Songkhla",
        "th",
        "latexthai.hy@gmail.com",
        [offer("หมอนยางพาราแท้ ทรงสุขภาพ", "latex_pillow"), offer("ที่นอนยางพารา 3 นิ้ว", "latex_mattress")],
        [need("ปลอกหมอนผ้าฝ้าย เย็บสำเร็จ", "pillowcase"), unmet("ผ้าไผ่ knit ทำปลอก", "bamboo knit fabric")],
        certs=("Halal",),
    ),
    sme(
        67,
        "Sabai Spa Resort Hua Hin",
        "AC",
        "D",
        "Prachuap Khiri Khan",
        "en",
        "purchasing@sabaispahuahin.com",
        [],
        [
            need("waffle robes", "bathrobe"),
            need("towels 16s 500-600gsm", "bath_towel"),
            need("herbal compress balls", "herbal_compress"),
            need("GOTS organic cotton sheets", "bed_sheet", req=("GOTS",)),
        ],
    ),
    sme(
        68,
        "โรงงานผ้าขนหนู เอ็ม.เค.",
        "AC",
        "D",
        "Nakhon Pathom",
        "th",
        "mk.towel@gmail.com",
        [
            offer("ผ้าขนหนู cotton 100% 16s ราคาโรงงาน ส่งไว", "bath_towel"),
            offer("เสื้อคลุมอาบน้ำ วาฟเฟิล", "bathrobe"),
            offer("ผ้าอ้อมสาลู 27 นิ้ว", "cloth_nappy"),
        ],
        [need("ด้ายฝ้าย 16s", "cotton_yarn", "organic_cotton_yarn"), need("ปักโลโก้", "embroidery_service")],
    ),
    sme(
        69,
        "ร้านปักคอม ศรีสมบูรณ์",
        "AC",
        "M",
        "Bangkok",
        "th",
        "srisomboon.emb@gmail.com",
        [offer("รับปักโลโก้ คอม", "embroidery_service"), offer("รับสกรีนเสื้อ", "screen_printing_service")],
        [unmet("ด้ายปักเรยอน", "rayon embroidery thread")],
    ),
    sme(
        70,
        "Siam Bedding Co., Ltd.",
        "AC",
        "D",
        "Phra Nakhon Si Ayutthaya",
        "en",
        "sales@siambedding.com",
        [
            offer("fitted sheets 250TC, hotel white", "bed_sheet"),
            offer("hospital sheets TC, autoclavable", "hospital_bed_sheet"),
            offer("pillows, fibre fill", "pillow_fibre"),
            offer("pillowcases", "pillowcase"),
        ],
        [
            need('cotton greige sheeting 110"', "cotton_grey_fabric"),
            need("HCS fibre fill", "polyester_fiberfill"),
            need("TC 50/50 sheeting", "tc_sheeting"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        71,
        "หจก. ยูนิฟอร์มการแพทย์",
        "AC",
        "D",
        "Nonthaburi",
        "th",
        "meduniform@gmail.com",
        [offer("ชุดสครับ", "scrubs"), offer("เสื้อกาวน์แพทย์", "doctor_coat")],
        [need("ผ้า TC ทวิล 65/35", "tc_twill_fabric"), unmet("ผ้ายืด stretch woven", "stretch woven fabric")],
    ),
    sme(
        72,
        "Thai Polycotton Weaving Co.",
        "AC",
        "M",
        "Nakhon Pathom",
        "en",
        "sales@thaipolycotton.com",
        [
            offer("TC 65/35 twill 133x72", "tc_twill_fabric"),
            offer("greige sheeting 100% cotton", "cotton_grey_fabric"),
            offer("TC 50/50 percale 144TC", "tc_sheeting"),
        ],
        [need("TC yarn Ne 45", "tc_yarn"), need("antibacterial finish", "antimicrobial_finishing_service")],
    ),
    sme(
        73,
        "บจก. สยามดายอิ้ง",
        "AC",
        "M",
        "Samut Sakhon",
        "th",
        "siamdyeing@gmail.com",
        [
            offer("รับย้อมผ้าพับ ฝ้าย/TC/โพลี", "piece_dyeing_service"),
            offer("ตกแต่งแอนตี้แบค", "antimicrobial_finishing_service"),
        ],
        [
            need("สีรีแอคทีฟ", "synthetic_dye"),
            unmet("ระบบบำบัดน้ำเสีย", "wastewater treatment"),
            need("ลีสซิ่งเครื่องย้อม", "machinery_leasing"),
            need("ผ้าเช็ดเครื่องจักร", "cleaning_rag"),
        ],
        certs=("ISO 14001",),
    ),
    sme(
        74,
        "วิสาหกิจชุมชนลูกประคบบ้านคลองโยง",
        "AC",
        "D",
        "Nakhon Pathom",
        "th",
        "khlongyong.herb@gmail.com",
        [offer("ลูกประคบสมุนไพร", "herbal_compress"), offer("หมอนสมุนไพร", "herbal_pillow")],
        [need("ผ้าดิบห่อลูกประคบ", "cotton_grey_fabric"), need("วางขายร้านค้า/ห้าง", "retail_distribution")],
        certs=("OTOP",),
    ),
    sme(
        75,
        "Gold Age Market",
        "AC",
        "D",
        "Bangkok",
        "en",
        "buyer@goldagemarket.com",
        [offer("retail shelf, 12 branches", "retail_distribution")],
        [
            need("adult diapers, slim", "adult_diaper"),
            need("herbal pillows", "herbal_pillow"),
            need("adaptive tops", "adaptive_clothing"),
        ],
    ),
    sme(
        76,
        "Studio Kao Design",
        "AC",
        "M",
        "Bangkok",
        "en",
        "hello@studiokao.design",
        [offer("product/pattern design, elderly wear", "design_service"), offer("brand + packaging", "design_service")],
        [],
    ),
    sme(
        77,
        "บจก. ดิจิทัลโอทอป",
        "AC",
        "M",
        "Bangkok",
        "th",
        "digitalotop@gmail.com",
        [offer("ยิงแอด เพจ ขายของ Shopee", "online_marketing_service"), offer("ถ่ายรูปสินค้า", "product_photography")],
        [],
    ),
    # ------------------------------------------------------------ ageing lifestyle, Isan
    sme(
        78,
        "โรงพยาบาลน้ำพอง",
        "AI",
        "D",
        "Khon Kaen",
        "th",
        "supply.nampong@gmail.com",
        [],
        [
            need("ผ้ายกตัวคนไข้", "patient_transfer_sheet"),
            need("ผ้าอ้อมผู้ใหญ่ ซักได้", "washable_incontinence_pant"),
            need("ชุดคนไข้ ผ้าฝ้าย", "patient_gown"),
        ],
    ),
    sme(
        79,
        "วิสาหกิจชุมชนกางเกงซึมซับบ้านดงบัง",
        "AI",
        "D",
        "Maha Sarakham",
        "th",
        "dongbang.care@gmail.com",
        [offer("กางเกงซึมซับ ซักได้ 300 ครั้ง", "washable_incontinence_pant"), offer("แผ่นรองซับ ซักได้", "washable_underpad")],
        [
            unmet("ผ้าไมโครไฟเบอร์ ซับน้ำ", "absorbent microfibre"),
            need("ผ้ากันน้ำ PUL", "waterproof_laminated_fabric"),
            need("เงินกู้ดอกต่ำ", "sme_loan"),
        ],
    ),
    sme(
        80,
        "Isan Ageing Wear",
        "AI",
        "D",
        "Khon Kaen",
        "en",
        "isanageingwear@gmail.com",
        [
            offer("loose cotton tops for elders", "adaptive_clothing"),
            offer("handwoven cotton blanket", "cotton_blanket"),
        ],
        [
            need("handwoven cotton", "cotton_fabric_handwoven", "indigo_dyed_fabric"),
            need("indigo-dyed cotton", "indigo_dyed_fabric"),
        ],
    ),
    sme(
        81,
        "ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ",
        "AI",
        "D",
        "Udon Thani",
        "th",
        "baansukjai.udon@gmail.com",
        [],
        [
            need("อบรมผู้ดูแล", "caregiver_training"),
            need("แพมเพิส", "adult_diaper"),
            need("แผ่นรองซับ ใช้แล้วทิ้ง", "disposable_underpad"),
            need("ถุงเท้ากันลื่น", "anti_slip_socks"),
        ],
    ),
    sme(
        82,
        "ศูนย์ฝึกอาชีพตัดเย็บร้อยเอ็ด",
        "AI",
        "M",
        "Roi Et",
        "th",
        "roiet.sewing@gmail.com",
        [offer("สอนตัดเย็บ แพทเทิร์น 30 ชม.", "sewing_training"), offer("รับเย็บชุดผู้ป่วย (ลูกค้าส่งผ้า)", "cmt_sewing_service")],
        [need("จักรอุตฯ 10 หลัง", "sewing_machine")],
    ),
    sme(
        83,
        "Khon Kaen Sewing Machines & Parts",
        "AI",
        "M",
        "Khon Kaen",
        "en",
        "kksewing@gmail.com",
        [
            offer("Juki/Brother industrial, new & used", "sewing_machine"),
            offer("overlock/flatlock 4-thread", "sewing_machine"),
            offer("on-site repair", "machine_repair_service"),
        ],
        [],
    ),
    sme(
        84,
        "บจก. อีสานแมชชีนเนอรี่",
        "AI",
        "M",
        "Nakhon Ratchasima",
        "th",
        "isanmachinery@gmail.com",
        [
            offer("เครื่องขูดใยกล้วย สับปะรด กัญชง", "fibre_decorticator"),
            offer("เครื่องปั่นด้ายไฟฟ้า", "spinning_machine_small"),
            offer("เครื่องทอเสื่อกก", "reed_mat_loom"),
            offer("เครื่องอัดก้อนไฮดรอลิก", "baling_press"),
        ],
        [],
    ),
    sme(
        85,
        "กลุ่มทอผ้าไหมบ้านหัวฝาย",
        "AI",
        "M",
        "Chaiyaphum",
        "th",
        "huafai.silk@gmail.com",
        [offer("ผ้าไหมมัดหมี่", "mudmee_silk_fabric"), offer("ผ้าพันคอไหม", "silk_scarf")],
        [need("เส้นไหมพื้นบ้าน", "silk_yarn"), need("ครั่ง", "lac_raw")],
    ),
    sme(
        86,
        "วิสาหกิจชุมชนผ้าฝ้ายย้อมโคลนบ้านนาโพธิ์",
        "AI",
        "M",
        "Kalasin",
        "th",
        "naphoe.mudcotton@gmail.com",
        [
            offer("ผ้าฝ้ายทอมือ ย้อมโคลน", "cotton_fabric_handwoven"),
            offer("ผ้าขาวม้า", "pakhaoma"),
            offer("ผ้าขิด ทอมือ", "khit_fabric"),
        ],
        [
            need("ด้ายฝ้าย no.20", "cotton_yarn", "organic_cotton_yarn"),
            need("ออกแบบลายร่วมสมัย", "design_service"),
            need("อบรมย้อมสีธรรมชาติ", "natural_dye_training"),
        ],
        certs=("OTOP",),
    ),
    sme(
        87,
        "Mekong Riverside Hotel Nong Khai",
        "AI",
        "D",
        "Nong Khai",
        "en",
        "gm@mekongriverside.com",
        [],
        [
            need("bed sheets + pillowcases", "bed_sheet", "pillowcase"),
            need("pakhaoma, guest gifts", "pakhaoma"),
            unmet("room slippers", "slippers"),
        ],
    ),
    sme(
        88,
        "บจก. หมอนขิดยโสธร",
        "AI",
        "D",
        "Yasothon",
        "th",
        "monkhit.yaso@gmail.com",
        [offer("หมอนขิด หมอนสามเหลี่ยม", "khit_pillow"), offer("เบาะรองนั่งผ้าขิด", "khit_cushion")],
        [
            unmet("นุ่นยัดหมอน", "kapok"),
            need("ใยยัดหมอน ไม่ต้อง GRS", "polyester_fiberfill", waive=("GRS",)),
            need("ผ้าขิด", "khit_fabric"),
        ],
        certs=("OTOP",),
    ),
    sme(
        89,
        "รพ.สต. บ้านโนนสูง",
        "AI",
        "D",
        "Nakhon Ratchasima",
        "th",
        "rpst.nonsung@gmail.com",
        [],
        [
            need("ผ้าอ้อมผู้ใหญ่ ผู้ป่วยติดเตียง", "adult_diaper", "washable_incontinence_pant"),
            unmet("ที่นอนลมกันแผลกดทับ", "air mattress"),
            need("ผ้ายกตัว", "patient_transfer_sheet"),
        ],
    ),
    sme(
        90,
        "Udon Garment Co., Ltd.",
        "AI",
        "M",
        "Udon Thani",
        "en",
        "udongarment@gmail.com",
        [offer("CMT woven uniforms 5k pcs/mo", "cmt_sewing_service"), offer("school uniforms", "school_uniform")],
        [need("TC twill / poplin", "tc_twill_fabric"), need("buttons, interlining", "buttons_snaps")],
    ),
    sme(
        91,
        "Little Isan Organic",
        "AI",
        "D",
        "Khon Kaen",
        "en",
        "hello@littleisan.com",
        [offer("baby onesies, organic cotton", "baby_clothes"), offer("muslin swaddle 2-layer", "muslin_swaddle")],
        [
            need("GOTS organic jersey 160g", "organic_cotton_knit_fabric", req=("GOTS",)),
            need("nickel-free snaps", "buttons_snaps"),
        ],
        certs=("GOTS",),
    ),
    sme(
        92,
        "ร้านเบบี้เลิฟ แม่และเด็ก",
        "AI",
        "D",
        "Ubon Ratchathani",
        "th",
        "babylove.ubon@gmail.com",
        [],
        [
            need("ชุดเด็กอ่อน ผ้าฝ้าย ส่งก่อน ต.ค. 68", "baby_clothes"),
            need("ผ้าห่อตัว มัสลิน", "muslin_swaddle"),
            need("ผ้าอ้อมสาลู", "cloth_nappy"),
        ],
    ),
    sme(
        93,
        "Mekong Organic Cotton Mill",
        "AI",
        "M",
        "Loei",
        "en",
        "mill@mekongorganic.com",
        [
            offer("organic jersey 30/1 160gsm", "organic_cotton_knit_fabric"),
            offer("organic poplin PFD", "organic_cotton_fabric"),
            offer("organic cotton yarn Ne 30", "organic_cotton_yarn"),
        ],
        [need("seed cotton, Organic Thailand", "raw_cotton", req=("Organic Thailand",))],
        certs=("GOTS", "OCS"),
    ),
    sme(
        94,
        "Isan SME Microfinance",
        "AI",
        "M",
        "Khon Kaen",
        "en",
        "loans@isansme.co.th",
        [offer("working capital 50k-1M THB", "sme_loan"), offer("machinery leasing", "machinery_leasing")],
        [],
    ),
    sme(
        95,
        "ร้านคราฟท์เฮาส์ขอนแก่น",
        "AI",
        "D",
        "Khon Kaen",
        "th",
        "crafthouse.kk@gmail.com",
        [offer("ผ้าพันคอฝ้ายย้อมคราม", "scarf_natural_dyed"), offer("กระเป๋าผ้าขิด", "khit_bag")],
        [
            need("ผ้าฝ้ายย้อมคราม", "indigo_dyed_fabric"),
            need("ผ้าไหมมัดหมี่", "mudmee_silk_fabric"),
            need("ผ้าขิด", "khit_fabric"),
        ],
    ),
]


def links(profiles: list[Profile]) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for buyer in profiles:
        for need in buyer.needs:
            for supplier in profiles:
                if supplier.id == buyer.id or not set(need.requires) <= set(supplier.certs):
                    continue
                if any(offer.label in need.labels for offer in supplier.offers):
                    pairs.add((supplier.id, buyer.id))
    return pairs


def need_suppliers(profiles: list[Profile], buyer: Profile, need: Need) -> list[str]:
    return [
        s.id
        for s in profiles
        if s.id != buyer.id and set(need.requires) <= set(s.certs) and any(o.label in need.labels for o in s.offers)
    ]


THAI = re.compile("[\u0e00-\u0e7f]")
LATIN = re.compile("[A-Za-z]")


def check(profiles: list[Profile]) -> list[str]:
    errors: list[str] = []
    ids = [p.id for p in profiles]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for p in profiles:
        if not ID_RE.match(p.id):
            errors.append(f"{p.id}: bad id")
        if p.sub not in {s.value for s in SubCluster} or p.stage not in {s.value for s in Stage}:
            errors.append(f"{p.id}: bad sub_cluster/stage")
        if resolve_province(p.province) is None:
            errors.append(f"{p.id}: province {p.province!r}")
        for c in p.certs:
            if resolve_certification(c) != c:
                errors.append(f"{p.id}: certification {c!r}")
        for need in p.needs:
            for c in (*need.requires, *need.waives):
                if resolve_certification(c) != c:
                    errors.append(f"{p.id}: need certification {c!r}")
            if set(need.requires) & set(need.waives):
                errors.append(f"{p.id}: a need both requires and waives a certification")
            if not need.labels and not need.note:
                errors.append(f"{p.id}: unmet need without a note: {need.text}")
            for label in need.labels:
                if not any(label == o.label for s in profiles if s.id != p.id for o in s.offers):
                    errors.append(f"{p.id}: label {label} offered by no one else")
        if not set(p.bcg) <= {b.value for b in BcgTag}:
            errors.append(f"{p.id}: bcg")
        if p.lang not in ("th", "en"):
            errors.append(f"{p.id}: language")
        if "@" not in p.email or not p.name.strip():
            errors.append(f"{p.id}: email/name")
        if not 0 <= len(p.offers) <= 4 or not 0 <= len(p.needs) <= 4:
            errors.append(f"{p.id}: 0-4 offers and needs")
        texts = [o.text for o in p.offers] + [n.text for n in p.needs]
        thai = sum(len(THAI.findall(t)) for t in texts)
        latin = sum(len(LATIN.findall(t)) for t in texts)
        if p.lang == "th" and thai < 2 * latin:
            errors.append(f"{p.id}: Thai profile not mostly Thai ({thai} vs {latin})")
        if p.lang == "en" and (thai > 0 or (latin == 0 and texts)):
            errors.append(f"{p.id}: English profile with Thai letters")
        for t in texts:
            if not t.strip():
                errors.append(f"{p.id}: empty phrase")
    pairs = links(profiles)
    lang = {p.id: p.lang for p in profiles}
    cross = sum(1 for s, b in pairs if lang[s] != lang[b])
    unmet = sum(1 for p in profiles for n in p.needs if not need_suppliers(profiles, p, n))
    n_th = sum(1 for p in profiles if p.lang == "th")
    if not 140 <= len(pairs) <= 180:
        errors.append(f"{len(pairs)} links, want 140-180")
    if cross < 0.45 * len(pairs):
        errors.append(f"cross-language links {cross}/{len(pairs)} < 45%")
    if not 15 <= unmet <= 25:
        errors.append(f"{unmet} needs met by no one, want 15-25")
    if not 0.55 <= n_th / len(profiles) <= 0.65:
        errors.append(f"Thai share {n_th}/{len(profiles)}")
    if not any(n.requires for p in profiles for n in p.needs) or not any(n.waives for p in profiles for n in p.needs):
        errors.append("need both requiring and waiving certifications")
    return errors


def render(profiles: list[Profile]) -> tuple[str, str]:
    lines = []
    for p in profiles:
        row = {
            "id": p.id,
            "name": p.name,
            "sub_cluster": p.sub,
            "stage": p.stage,
            "province": p.province,
            "offers": [o.text for o in p.offers],
            "needs": [n.text for n in p.needs],
            "certifications": list(p.certs),
            "bcg": list(p.bcg),
            "contact_email": p.email,
            "language": p.lang,
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(links(profiles)))
    return "\n".join(lines) + "\n", buf.getvalue()


def stats(profiles: list[Profile]) -> dict[str, object]:
    pairs = links(profiles)
    by_id = {p.id: p for p in profiles}
    needs = [(p, n) for p in profiles for n in p.needs]
    met = [(p, n) for p, n in needs if need_suppliers(profiles, p, n)]
    directions = Counter(f"{by_id[s].lang}->{by_id[b].lang}" for s, b in pairs)
    return {
        "profiles": len(profiles),
        "languages": Counter(p.lang for p in profiles),
        "sub_clusters": Counter(p.sub for p in profiles),
        "stages": Counter(p.stage for p in profiles),
        "regions": Counter(str(resolve_province(p.province).region) for p in profiles),  # type: ignore[union-attr]
        "provinces": len({p.province for p in profiles}),
        "offers": sum(len(p.offers) for p in profiles),
        "labels": len({o.label for p in profiles for o in p.offers}),
        "needs": len(needs),
        "needs_met": len(met),
        "needs_unmet": len(needs) - len(met),
        "needs_marked_unmet": sum(1 for _, n in needs if not n.labels),
        "needs_requiring": sum(1 for _, n in needs if n.requires),
        "needs_waiving": sum(1 for _, n in needs if n.waives),
        "links": len(pairs),
        "directions": directions,
        "cross_sub_cluster": sum(1 for s, b in pairs if by_id[s].sub != by_id[b].sub),
    }


def main() -> int:
    errors = check(PROFILES)
    if errors:
        for e in errors:
            print("FAIL", e, file=sys.stderr)
        print(stats(PROFILES), file=sys.stderr)
        return 1
    profiles_text, links_text = render(PROFILES)
    (OUT / "profiles.jsonl").write_text(profiles_text, encoding="utf-8")
    (OUT / "links.csv").write_text(links_text, encoding="utf-8")
    for key, value in stats(PROFILES).items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
