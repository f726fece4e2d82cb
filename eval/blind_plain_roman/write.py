"""Write the hand-labelled evaluation set `blind_plain_roman`.

Plain registry entries: one short phrase per offer or need. The English-tagged profiles are written by Thai
owners in Thai words spelt with Latin letters ("pha fai tor mue", "rub tud yep"), mixed with English trade
words; the Thai-tagged profiles are ordinary Thai entries in Thai script.

Every offer carries a label saying what the thing is. Every need lists the offer labels that would meet it
and the certifications its text requires, or is marked as met by no one. A pair (supplier, buyer) is a
true link when some offer of the supplier carries a label one of the buyer's needs lists and the supplier
holds every certification that need requires.

Run from the repository root:  .venv/bin/python eval/blind_plain_roman/write.py
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

taxonomy = importlib.import_module("shared.taxonomy")
LANGUAGES = taxonomy.LANGUAGES
BcgTag = taxonomy.BcgTag
Stage = taxonomy.Stage
SubCluster = taxonomy.SubCluster
find_certifications = taxonomy.find_certifications
resolve_certification = taxonomy.resolve_certification
resolve_province = taxonomy.resolve_province
_CERTIFICATION_MATCHERS = taxonomy._CERTIFICATION_MATCHERS

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
CENT = "ageing_lifestyle_central"
ISAN = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"

GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
ORGTH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ISO9 = "ISO 9001"
ISO14 = "ISO 14001"
ISO13 = "ISO 13485"
BLUE = "bluesign"
FDA = "Thai FDA"
TIS = "Thai Industrial Standard"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str  # the note when no one in the set meets the need, else ""


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, tuple(labels), tuple(certs), tuple(waives), "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, (), tuple(certs), tuple(waives), note)


@dataclass
class Sme:
    id: str
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    email: str
    certs: tuple[str, ...]
    bcg: tuple[str, ...]
    offers: list[tuple[str, str]] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)


SMES: list[Sme] = [
    # ------------------------------------------------------------------ hemp & natural fibre
    Sme(
        "bpj-001", "en", "Baan Huai Hom Kanchong Group", HEMP, UP, "Tak", "baanhuaihom.kanchong@gmail.com",
        (), ("bio",),
        [
            ("ton kanchong tak haeng yao 1.5-2 m, mad la 10 kilo, mee tang pee", "hemp_stalk"),
            ("sen yai kan chong lok mue, sen yao sa-at, 90 bht/kg", "hemp_fibre"),
        ],
        [
            U("ha med phan kanchong tee mee bai rub rong 30 kg kon kao na fon", "nobody in the set sells hemp seed"),
        ],
    ),
    Sme(
        "bpj-002", "th", "กลุ่มทอผ้ากัญชงบ้านป่าคาเหนือ", HEMP, MID, "Chiang Mai", "pakanuea.hemp@gmail.com",
        (OTOP,), ("bio",),
        [
            ("ด้ายกัญชงเข็นมือ ม้วนละครึ่งกิโล", "hemp_yarn"),
            ("ผ้ากัญชงทอมือ หน้ากว้าง 40 ซม. สีธรรมชาติ ไม่ฟอก", "handwoven_hemp_fabric"),
        ],
        [
            N("ต้องการเส้นใยกัญชงที่ลอกเปลือกแล้ว เดือนละ 50 กิโล", "hemp_fibre"),
            N("ครามเปียก 20 กก.", "natural_indigo_paste"),
        ],
    ),
    Sme(
        "bpj-003", "en", "Hemp Hill Studio", HEMP, DOWN, "Chiang Rai", "hello@hemphillstudio.co",
        (), ("bio", "green"),
        [
            ("krapao pha kanchong yom kram song tung yam, bai la 450", "hemp_bag"),
            ("suea hemp unisex S-XL nung sabai, kai song 12 tua khuen pai", "hemp_shirt"),
        ],
        [
            N("pa kanchong taw mue na kwang 40 cm up, pee la 200 met", "handwoven_hemp_fabric"),
            N("rub yom kram pha kanchong khong rao mai ka? rao song pha pai eng, 50 m/lot", "indigo_dyeing_service"),
            N("kradum kala maprao 15 mm 2,000 med", "coconut_shell_button"),
        ],
    ),
    Sme(
        "bpj-004", "th", "บริษัท ไทยเฮมพ์ไฟเบอร์ จำกัด", HEMP, UP, "Phetchabun", "sales@thaihempfiber.co.th",
        (ISO9,), ("bio",),
        [
            ("เส้นใยกัญชงแยกด้วยเครื่อง ส่งได้เดือนละ 2 ตัน", "hemp_fibre"),
            ("แกนกัญชงสับ ใช้ทำวัสดุปลูกหรือวัสดุก่อสร้าง", "hemp_hurd"),
        ],
        [
            N("รับซื้อต้นกัญชงแห้งทั้งต้น ไม่จำกัดจำนวน", "hemp_stalk"),
            U("หาช่างซ่อมเครื่องแยกใยกัญชง", "no machine repair service in the set"),
        ],
    ),
    Sme(
        "bpj-005", "en", "Mae Chaem Natural Dye House", HEMP, MID, "Chiang Mai", "maechaem.naturaldye@gmail.com",
        (), ("bio", "green"),
        [
            (
                "rub yom see thammachat (pluak mai, krang, kram) - song fai, mai, pha khong khun ma, khan tam 5 kg",
                "natural_dyeing_service",
            ),
            ("dai fai yom pluak mai 12 see, pack 1 kilo", "natural_dyed_cotton_yarn"),
        ],
        [
            N("fai khen mue see khao duean la 30 kg", "handspun_cotton_yarn"),
            N("krang dib, kaen fang, pluak pradu - sue pen kilo", "natural_dye_material"),
        ],
    ),
    Sme(
        "bpj-006", "th", "วิสาหกิจชุมชนปลูกครามบ้านหนองสะไน", HEMP, UP, "Sakon Nakhon", "nongsanai.indigo@gmail.com",
        (ORGTH,), ("bio",),
        [
            ("ครามเปียกจากต้นครามฝักงอ ได้มาตรฐานเกษตรอินทรีย์ กิโลละ 250 บาท", "natural_indigo_paste"),
            ("เมล็ดพันธุ์ครามฝักงอ ถุงละ 1 กก.", "indigo_seed"),
            ("เปลือกไม้ย้อมสี (ประดู่ มะพูด) และครั่งดิบ ตากแห้งแล้ว", "natural_dye_material"),
        ],
        [
            N("อยากได้ผ้าฝ้ายทอมือที่ยังไม่ย้อม เอามาย้อมครามขายเอง", "handwoven_cotton_fabric_undyed"),
        ],
    ),
    Sme(
        "bpj-007", "en", "Khram Sakon Workshop", HEMP, MID, "Sakon Nakhon", "khramsakon.ws@gmail.com",
        (OTOP,), ("bio",),
        [
            (
                "pha fai tor mue yom khram tae, lai riab / lai ta, see mai tok, phuen la 2 m",
                "indigo_dyed_cotton_fabric",
            ),
            ("rub yom khram: pha, dai, suea samret khong luk ka, 2-3 athit, Line @khramsakon", "indigo_dyeing_service"),
        ],
        [
            N("kram piak jak rai, tong dai Organic Thailand", "natural_indigo_paste", certs=(ORGTH,)),
            N("pha fai dib tor mue yang mai yom 100 m", "handwoven_cotton_fabric_undyed"),
        ],
    ),
    Sme(
        "bpj-008", "th", "กลุ่มเข็นฝ้ายบ้านนาต้นจั่น", HEMP, UP, "Sukhothai", "natonchan.fai@gmail.com",
        (OTOP,), ("bio",),
        [
            ("ฝ้ายเข็นมือ สีขาวและสีตุ่น กิโลละ 600", "handspun_cotton_yarn"),
            ("รับเข็นฝ้ายจากปุยฝ้ายของลูกค้า คิดค่าแรงเป็นกิโล", "cotton_spinning_service"),
        ],
        [
            N("ปุยฝ้ายดีดแล้ว เดือนละ 100 กก.", "cotton_lint"),
        ],
    ),
    Sme(
        "bpj-009", "en", "Loei Organic Cotton Coop", HEMP, UP, "Loei", "loei.organiccotton@gmail.com",
        (ORGTH,), ("bio",),
        [
            ("fai tee yang mee med (seed cotton) pluk baep organic, dai Organic Thailand", "seed_cotton"),
            ("puy fai deed laew, sa-at, bale 25 kg", "cotton_lint"),
        ],
        [
            U("ha krueang heeb fai (cotton gin) mue song sapap dee", "no machinery seller in the set"),
        ],
    ),
    Sme(
        "bpj-010", "th", "บริษัท ฝ้ายอินทรีย์ล้านนา จำกัด", HEMP, UP, "Chiang Mai", "info@lannaorganiccotton.co.th",
        (GOTS, ORGTH), ("bio", "green"),
        [
            ("เส้นด้ายฝ้ายออร์แกนิก 20/1 ได้รับรอง GOTS ขั้นต่ำ 100 กก.", "organic_cotton_yarn"),
        ],
        [
            N("ปุยฝ้ายอินทรีย์ ต้องมีใบรับรองมาตรฐานเกษตรอินทรีย์", "cotton_lint", certs=(ORGTH,)),
        ],
    ),
    Sme(
        "bpj-011", "en", "Ban Khok Silk Farm", HEMP, UP, "Surin", "bankhok.silk@gmail.com",
        (), ("bio",),
        [
            ("rang mai sod, mai pan Thai see luang", "silk_cocoons"),
            ("mai noi sao mue sen lek sam-mer, 1,800 baht/kg", "raw_silk_yarn"),
        ],
        [
            N("mee krai rub yom mai see thammachat bang? rao song sen mai pai hai", "natural_dyeing_service"),
        ],
    ),
    Sme(
        "bpj-012", "th", "กลุ่มทอผ้าไหมบ้านโนนเขวา", HEMP, MID, "Khon Kaen", "nonkhwao.silk@gmail.com",
        (PEACOCK, OTOP), ("bio",),
        [
            ("ผ้าไหมมัดหมี่ ได้ตรานกยูงพระราชทาน ผืนละ 4 เมตร", "mudmee_silk_fabric"),
            ("รับทอผ้าไหมตามลายที่ลูกค้าออกแบบ", "handweaving_to_order"),
        ],
        [
            N("เส้นไหมน้อยสาวมือ เดือนละ 20 กิโล", "raw_silk_yarn"),
            N("ไหมย้อมสีธรรมชาติ พร้อมขึ้นกี่", "natural_dyed_silk_yarn"),
        ],
    ),
    Sme(
        "bpj-013", "en", "Korat Silk Gallery", HEMP, DOWN, "Nakhon Ratchasima", "koratsilkgallery@gmail.com",
        (), ("green",),
        [
            ("pha pan kor mai Thai 180 x 50 cm, mee 20 see", "silk_scarf"),
        ],
        [
            N("ha pha mai mudmee, Peacock Emblem (tra nok yoong) tao nan", "mudmee_silk_fabric", certs=(PEACOCK,)),
            N("pha mai plain see diew 100 m", "plain_silk_fabric"),
        ],
    ),
    Sme(
        "bpj-014", "th", "กลุ่มย้อมไหมสีธรรมชาติบ้านสวาย", HEMP, MID, "Buriram", "banswai.dye@gmail.com",
        (OTOP,), ("bio",),
        [
            ("เส้นไหมย้อมครั่ง มะเกลือ คราม พร้อมทอ", "natural_dyed_silk_yarn"),
            ("ผ้าไหมพื้นสีเดียว หน้ากว้าง 1 เมตร", "plain_silk_fabric"),
        ],
        [
            N("ไหมดิบ ไหมเปลือกหรือไหมน้อยก็ได้", "raw_silk_yarn"),
            N("ครั่งดิบ เปลือกมะพูด", "natural_dye_material"),
        ],
    ),
    Sme(
        "bpj-015", "en", "Roi Et Khao Ma Weavers", HEMP, MID, "Roi Et", "roiet.khaoma@gmail.com",
        (OTOP,), ("bio",),
        [
            ("pa khao ma taw mue 1 x 2 m lai ta mak ruk, 80-150 baht/phuen", "pha_khao_ma"),
            ("pha fai tor mue see thammachat yang mai yom, muan la 50 m", "handwoven_cotton_fabric_undyed"),
        ],
        [
            N("dai fai 20s see khao (dai krueang) sue pen lot", "machine_cotton_yarn"),
            N("dai fai yom see laew for tor lai, ao lai see", "dyed_cotton_yarn", "natural_dyed_cotton_yarn"),
        ],
    ),
    Sme(
        "bpj-016", "th", "บริษัท สยามคอตตอนยาร์น จำกัด", HEMP, UP, "Samut Sakhon", "sales@siamcottonyarn.co.th",
        (ISO9, OEKO), ("green",),
        [
            ("ด้ายฝ้าย 100% เบอร์ 20s 32s ม้วนโคน", "machine_cotton_yarn"),
            ("ด้ายฝ้ายย้อมสีพร้อมส่ง 40 สี ผ่าน OEKO-TEX", "dyed_cotton_yarn"),
            ("เชือกฝ้ายถัก 3-5 มม.", "cotton_cord"),
        ],
        [
            N("ปุยฝ้าย ตันขึ้นไป", "cotton_lint"),
        ],
    ),
    Sme(
        "bpj-017", "en", "Nan Puy Fai Trading", HEMP, UP, "Nan", "nanpuyfai@gmail.com",
        (), ("bio",),
        [
            ("puy fai deed, mai chai organic, rakha song 85 baht/kg", "cotton_lint"),
            ("med fai sam rub pluk, thung 5 kg", "cotton_seed"),
        ],
        [
            N("ha tee rub pan dai jak puy fai khong rao eng, 200 kg/duean", "cotton_spinning_service"),
        ],
    ),
    Sme(
        "bpj-018", "th", "ร้านม่อฮ่อมแม่มาลี", HEMP, DOWN, "Phrae", "maemalee.mohom@gmail.com",
        (OTOP,), ("bio",),
        [
            ("เสื้อหม้อห้อมย้อมครามแท้ ผ้าฝ้าย ไซส์ S-3XL", "indigo_cotton_shirt"),
            ("เศษผ้าหม้อห้อมจากการตัดเสื้อ ขายเหมาเป็นกระสอบ", "cotton_fabric_scrap"),
        ],
        [
            N("ผ้าฝ้ายย้อมห้อมเป็นพับ สำหรับตัดเสื้อ ไม่เอาเสื้อสำเร็จ", "indigo_dyed_cotton_fabric"),
            N("หาคนรับตัดเย็บเสื้อ เราส่งผ้าไปให้", "cut_and_sew_service"),
        ],
    ),
    Sme(
        "bpj-019", "en", "Chiang Khan Handwoven Shop", HEMP, DOWN, "Loei", "chiangkhan.handwoven@gmail.com",
        (), ("green",),
        [
            ("krapao pha fai tor mue yom kram bai lek", "handwoven_cotton_bag"),
        ],
        [
            N("pha khao ma tor mue 200 phuen, OTOP mai jam pen", "pha_khao_ma", waives=(OTOP,)),
            N("suea mor hom kram tae sue pai kai nai ran", "indigo_cotton_shirt"),
        ],
    ),
    # ------------------------------------------------------------------ circular textile
    Sme(
        "bpj-020", "th", "ร้านรับซื้อเศษผ้าเจริญพาณิชย์", CIRC, UP, "Samut Prakan", "charoen.sedpha@gmail.com",
        (), ("circular",),
        [
            ("เศษผ้าฝ้ายจากโรงงานตัดเย็บ คัดสีแล้ว กิโลละ 8 บาท", "cotton_fabric_scrap"),
            ("เศษผ้ายืดคละสี ผ้าทีซีและโพลี", "knit_fabric_scrap"),
        ],
        [
            U("ต้องการเครื่องตีเศษผ้าเป็นใย มือสองก็ได้", "no machinery seller in the set"),
        ],
    ),
    Sme(
        "bpj-021", "en", "Green Loop Fibre Recycling", CIRC, UP, "Chonburi", "sourcing@greenloopfibre.com",
        (GRS,), ("circular", "green"),
        [
            ("recycled cotton fibre tee jak sed pha pre-consumer, GRS", "recycled_cotton_fibre"),
            ("sen dai recycle cotton 60 / rPET 40 Ne 10, GRS certified", "recycled_cotton_yarn"),
        ],
        [
            N("sed pha fai 100% pre-consumer 5 ton/duean, yaek see laew", "cotton_fabric_scrap"),
            N("suea pha kao, suea pha mue song tee chai mai dai laew (post-consumer)", "post_consumer_clothing"),
        ],
    ),
    Sme(
        "bpj-022", "th", "วิสาหกิจชุมชนธนาคารผ้าเก่านนทบุรี", CIRC, UP, "Nonthaburi", "nont.phakao@gmail.com",
        (), ("circular",),
        [
            ("เสื้อผ้าเก่าที่ใส่ไม่ได้แล้ว คัดแยกเป็นผ้าฝ้ายกับผ้าผสม", "post_consumer_clothing"),
            ("กางเกงยีนส์เก่า คัดแยกแล้ว กิโลละ 12 บาท", "post_consumer_denim"),
            ("รับคัดแยกผ้าเก่าตามชนิดเส้นใย", "textile_sorting_service"),
        ],
        [
            U("ต้องการรถกระบะรับส่งผ้าเก่าสัปดาห์ละครั้ง", "no transport service in the set"),
        ],
    ),
    Sme(
        "bpj-023", "en", "Rayong rPET Yarn Co., Ltd.", CIRC, UP, "Rayong", "purchase@rayongrpet.com",
        (GRS, OEKO), ("circular", "green"),
        [
            ("rPET yarn 150D/48F jak kuad plastic, GRS", "recycled_polyester_yarn"),
            ("rPET staple fibre sai nai mon / pha hom", "recycled_polyester_fibre"),
        ],
        [
            N("rub sue kuad PET sai lang laew mad kon", "pet_bottle_waste"),
        ],
    ),
    Sme(
        "bpj-024", "th", "ร้านรับซื้อของเก่าสองพี่น้อง", CIRC, UP, "Ratchaburi", "songpinong.recycle@gmail.com",
        (), ("circular",),
        [
            ("ขวดพลาสติกใส PET อัดก้อนแล้ว", "pet_bottle_waste"),
            ("เสื้อผ้าเก่าชั่งกิโลขาย กิโลละ 5 บาท", "post_consumer_clothing"),
        ],
        [
            U("อยากได้เครื่องอัดก้อนไฮดรอลิกมือสอง", "no machinery seller in the set"),
        ],
    ),
    Sme(
        "bpj-025", "en", "Mae Ban Patchwork Lamphun", CIRC, DOWN, "Lamphun", "lamphun.patchwork@gmail.com",
        (OTOP,), ("circular",),
        [
            ("krapao patchwork jak sed pha fai 120 baht/bai", "upcycled_patchwork_bag"),
            ("pha hom patchwork (quilt) yep mue 1.5 x 2 m", "upcycled_patchwork_quilt"),
        ],
        [
            N("sed pha fai chin yai (mai ao chin lek), kaew see", "cotton_fabric_scrap"),
            N("dai yep pha 5,000 m/lot", "sewing_thread"),
        ],
    ),
    Sme(
        "bpj-026", "th", "บริษัท รีเท็กซ์ ไทยแลนด์ จำกัด", CIRC, MID, "Samut Sakhon", "info@retexthailand.co.th",
        (GRS, ISO14), ("circular", "green"),
        [
            ("ผ้าทอจากด้ายรีไซเคิล ฝ้ายผสม rPET หน้ากว้าง 150 ซม.", "recycled_blend_fabric"),
            ("ผ้าสักหลาดรีไซเคิลจากเศษผ้า หนา 3 มม.", "recycled_felt"),
        ],
        [
            N("ด้ายรีไซเคิลฝ้ายผสม rPET ต้องได้ GRS", "recycled_cotton_yarn", certs=(GRS,)),
            N("เส้นใยฝ้ายรีไซเคิลสำหรับทำสักหลาด", "recycled_cotton_fibre"),
        ],
    ),
    Sme(
        "bpj-027", "en", "Upcycle Denim Lab", CIRC, DOWN, "Bangkok", "hello@upcycledenimlab.com",
        (), ("circular",),
        [
            ("krapao yeen upcycle jak kang keng yeen kao", "upcycled_denim_bag"),
            ("rub upcycle: song yeen kao khong khun ma, tham pen krapao rue pha kan puan", "upcycling_service"),
        ],
        [
            N("kang keng yeen kao sort laew 200 kg", "post_consumer_denim"),
            N("zip YKK 20 cm", "zipper"),
        ],
    ),
    Sme(
        "bpj-028", "th", "กลุ่มแม่บ้านถักพรมจากผ้าเก่า", CIRC, DOWN, "Maha Sarakham", "sarakham.rugs@gmail.com",
        (), ("circular",),
        [
            ("พรมเช็ดเท้าถักจากเศษผ้ายืด", "upcycled_rag_rug"),
            ("ตะกร้าถักจากเส้นผ้า", "upcycled_fabric_basket"),
        ],
        [
            N("เศษผ้ายืดที่ตัดเป็นเส้นได้ ไม่เอาผ้าทอ", "knit_fabric_scrap"),
        ],
    ),
    Sme(
        "bpj-029", "en", "Hat Yai Rag & Wiper", CIRC, MID, "Songkhla", "hatyairagwiper@gmail.com",
        (), ("circular",),
        [
            ("pha chet krueang (wiping rag) jak suea yued kao, thung la 10 kg", "wiping_rags"),
        ],
        [
            N("pha poo tee non / pha chet tua kao see khao (rong raem, rong phayaban)", "used_cotton_linen"),
        ],
    ),
    Sme(
        "bpj-030", "en", "Andaman Ocean Plastic Collective", CIRC, UP, "Phuket", "andamanoceanplastic@gmail.com",
        (), ("circular", "green"),
        [
            ("kuad PET kep jak chai hat, lang laew", "pet_bottle_waste"),
            ("uan kao (old fishing net) nylon 1 ton/duean", "fishing_net_waste"),
        ],
        [
            U("mee krai tham sen dai jak uan nylon kao dai bang?", "no one in the set makes yarn from fishing nets"),
        ],
    ),
    Sme(
        "bpj-031", "th", "บริษัท อีโค่แบ็ก จำกัด", CIRC, DOWN, "Nonthaburi", "order@ecobag.co.th",
        (GRS,), ("circular",),
        [
            ("ถุงผ้ารีไซเคิล rPET สกรีนโลโก้ได้ ขั้นต่ำ 500 ใบ", "rpet_tote_bag"),
            ("ถุงผ้าแคนวาสสำหรับงานอีเวนต์", "cotton_tote_bag"),
            ("ถุงหูรูดผ้าดิบใบเล็ก ใส่ของชำร่วย", "cotton_pouch"),
        ],
        [
            N("ผ้า rPET ทอ 600D สีดำ", "recycled_polyester_fabric"),
            N("ผ้าแคนวาสฝ้าย 10-12 ออนซ์", "cotton_canvas_fabric"),
            N("รับสกรีนถุงผ้า 1-2 สี", "screen_printing_service"),
        ],
    ),
    Sme(
        "bpj-032", "en", "Surat Coconut Craft", CIRC, MID, "Surat Thani", "suratcoconutcraft@gmail.com",
        (), ("bio", "circular"),
        [
            ("kradum kala maphrao 10-25 mm kai pen thung 1,000 med", "coconut_shell_button"),
        ],
        [
            N("thung pha dib lek lek 10x15 cm sai kradum", "cotton_pouch"),
        ],
    ),
    Sme(
        "bpj-033", "th", "หจก. รีไซเคิลเส้นใยอีสาน", CIRC, UP, "Nakhon Ratchasima", "isanfibre.recycle@gmail.com",
        (), ("circular",),
        [
            ("เส้นใยฝ้ายรีไซเคิลจากเศษผ้า ราคาถูก", "recycled_cotton_fibre"),
            ("ใยสังเคราะห์รีไซเคิลสำหรับยัดหมอน", "recycled_polyester_fibre"),
        ],
        [
            N("เศษผ้าฝ้ายร้อยเปอร์เซ็นต์ ตันขึ้นไป", "cotton_fabric_scrap"),
        ],
    ),
    Sme(
        "bpj-034", "en", "Isan Eco Board", CIRC, MID, "Khon Kaen", "isanecoboard@gmail.com",
        (), ("circular", "green"),
        [
            ("paen kan siang (acoustic panel) jak sed pha recycle 60 x 60 cm", "recycled_acoustic_panel"),
        ],
        [
            N("pha sak ka lat recycle (felt) 3-5 mm pen muan", "recycled_felt"),
        ],
    ),
    Sme(
        "bpj-035", "th", "ร้านเสื้อผ้ามือสองรักษ์โลก", CIRC, DOWN, "Kanchanaburi", "rakloke.secondhand@gmail.com",
        (), ("circular",),
        [
            ("เสื้อผ้ามือสองเกรดเอ ซักรีดแล้ว พร้อมขาย", "secondhand_clothing"),
            ("เสื้อผ้าที่ขายไม่ได้ ขาด เปื้อน ขายเหมาเป็นกิโล", "post_consumer_clothing"),
        ],
        [
            N("หาร้านรับซ่อมเสื้อผ้า ปะ เปลี่ยนซิป", "garment_repair_service"),
        ],
    ),
    Sme(
        "bpj-036", "en", "Din Daeng Tailor & Repair", CIRC, MID, "Bangkok", "dindaeng.tailor@gmail.com",
        (), ("circular",),
        [
            ("rub som suea pha: plian zip, pa, sai kradum", "garment_repair_service"),
            ("rub tud kha kang keng, yep kob, 40 baht/tua", "garment_repair_service"),
        ],
        [
            N("zip, yang yued - sue song", "zipper", "elastic_band"),
        ],
    ),
    Sme(
        "bpj-037", "th", "ศูนย์รีไซเคิลชุมชนเทศบาลนครลำปาง", CIRC, UP, "Lampang", "lampang.recyclecenter@gmail.com",
        (), ("circular",),
        [
            ("ผ้าเก่าจากครัวเรือน รวบรวมได้เดือนละประมาณ 2 ตัน", "post_consumer_clothing"),
        ],
        [
            N("มีใครรับคัดแยกผ้าเก่าตามชนิดเส้นใยบ้างไหม", "textile_sorting_service"),
        ],
    ),
    Sme(
        "bpj-038", "en", "Chonburi Eco Uniform", CIRC, DOWN, "Chonburi", "chonburiecouniform@gmail.com",
        (GRS,), ("circular",),
        [
            ("chud uniform rPET for rong ngan / rong raem, GRS", "rpet_uniform"),
        ],
        [
            N("pha rPET twill, GRS only", "recycled_polyester_fabric", certs=(GRS,)),
            N("kradum kala maphrao rue kradum recycle", "coconut_shell_button"),
        ],
    ),
    # ------------------------------------------------------------------ sportech
    Sme(
        "bpj-039", "th", "บริษัท สปอร์ตเท็กซ์ ไนท์ติ้ง จำกัด", SPORT, MID, "Samut Sakhon", "sales@sportexknit.co.th",
        (OEKO, BLUE), ("green",),
        [
            ("ผ้าไมโครดรายฟิต ระบายเหงื่อ 140 แกรม", "moisture_wicking_fabric"),
            ("ผ้าตาข่ายสำหรับเสื้อกีฬา", "mesh_fabric"),
            ("ผ้ายืดสแปนเด็กซ์ยืด 4 ทาง สำหรับเลกกิ้งและชุดว่ายน้ำ", "stretch_spandex_fabric"),
        ],
        [
            N("เส้นด้ายโพลีเอสเตอร์ 75D/72F", "polyester_filament_yarn", "recycled_polyester_yarn"),
        ],
    ),
    Sme(
        "bpj-040", "en", "Bang Pu Functional Fabric", SPORT, MID, "Samut Prakan", "info@bangpufabric.com",
        (GRS,), ("circular", "green"),
        [
            ("pha rPET dry-fit knit 150 gsm, GRS", "recycled_wicking_fabric"),
            ("pha rPET tor 300D-600D for krapao lae uniform", "recycled_polyester_fabric"),
        ],
        [
            N("rPET yarn, tong mee GRS certificate", "recycled_polyester_yarn", certs=(GRS,)),
        ],
    ),
    Sme(
        "bpj-041", "th", "ร้านชุดกีฬาสั่งตัดเอ็มสปอร์ต", SPORT, DOWN, "Nakhon Sawan", "msport.nsw@gmail.com",
        (), ("green",),
        [
            ("ชุดฟุตบอลพิมพ์ลายทั้งตัว สั่งขั้นต่ำ 10 ชุด", "team_sports_jersey"),
        ],
        [
            N("ผ้ากีฬาแห้งไว (ดรายฟิต)", "moisture_wicking_fabric", "recycled_wicking_fabric"),
            N("หาโรงพิมพ์ซับลิเมชั่น", "sublimation_printing_service"),
        ],
    ),
    Sme(
        "bpj-042", "en", "Chachoengsao Weaving Mill", SPORT, MID, "Chachoengsao", "ccs.weavingmill@gmail.com",
        (ISO9,), ("green",),
        [
            ("pha rPET tor 600D, no GRS cert yet, rakha thuk", "recycled_polyester_fabric"),
            ("pha canvas fai 10 oz pha dib", "cotton_canvas_fabric"),
            ("pha TC twill (poly/cotton) see krom, see khiao", "tc_twill_fabric"),
        ],
        [
            N("dai fai 10s for tor canvas", "machine_cotton_yarn"),
            N("sen dai polyester recycle", "recycled_polyester_yarn"),
        ],
    ),
    Sme(
        "bpj-043", "th", "โรงพิมพ์ผ้าซับลิเมชั่นบางบัวทอง", SPORT, MID, "Nonthaburi", "bbt.sublimation@gmail.com",
        (), ("green",),
        [
            ("รับพิมพ์ซับลิเมชั่นลงผ้าของลูกค้า ไม่มีขั้นต่ำ", "sublimation_printing_service"),
            ("รับสกรีนเสื้อ สกรีนถุงผ้า", "screen_printing_service"),
        ],
        [
            U("หมึกพิมพ์ซับลิเมชั่นราคาส่ง", "no ink supplier in the set"),
        ],
    ),
    Sme(
        "bpj-044", "en", "Runner's Lab Thailand", SPORT, DOWN, "Bangkok", "team@runnerslab.co.th",
        (), ("green",),
        [
            ("suea wing rPET size XS-3XL", "running_shirt"),
        ],
        [
            N("pha dry-fit, bluesign only", "moisture_wicking_fabric", "recycled_wicking_fabric", certs=(BLUE,)),
            N("rub tud yep suea kila OEM 500 tua/design", "cut_and_sew_service"),
            N("tape sa thon saeng (reflective)", "reflective_tape"),
        ],
    ),
    Sme(
        "bpj-045", "th", "ห้างหุ้นส่วน ไทยอีลาสติกแอนด์ทริม", SPORT, MID, "Phra Nakhon Si Ayutthaya",
        "thaielastic.trim@gmail.com",
        (OEKO,), ("green",),
        [
            ("ยางยืดถักสำหรับขอบกางเกง กว้าง 1-5 ซม.", "elastic_band"),
            ("เทปสะท้อนแสงเย็บติดเสื้อ", "reflective_tape"),
            ("ซิปไนลอน ซิปกันน้ำ ตัดตามความยาว", "zipper"),
            ("ด้ายเย็บผ้าโพลีเอสเตอร์ 40/2 หลอดใหญ่", "sewing_thread"),
        ],
        [
            N("ด้ายสแปนเด็กซ์สำหรับถักยางยืด", "spandex_yarn"),
        ],
    ),
    Sme(
        "bpj-046", "en", "Siam Filament Co., Ltd.", SPORT, UP, "Rayong", "sales@siamfilament.com",
        (OEKO,), ("green",),
        [
            ("polyester filament yarn 75D/72F DTY", "polyester_filament_yarn"),
            ("spandex yarn 40D 70D", "spandex_yarn"),
            ("dai pak polyester 120D/2 mee 500 see", "embroidery_thread"),
        ],
        [
            U("ha rong yom dai polyester, rub yom dai khong rao", "no polyester yarn dyer in the set"),
        ],
    ),
    Sme(
        "bpj-047", "th", "สโมสรฟุตบอลหนองประจักษ์ เอฟซี", SPORT, DOWN, "Udon Thani", "nongprajak.fc@gmail.com",
        (), ("green",),
        [],
        [
            N("ชุดแข่งพิมพ์ลายทั้งตัว 60 ชุด", "team_sports_jersey"),
            N("ถุงเท้าฟุตบอลยาว 60 คู่", "sports_socks"),
        ],
    ),
    Sme(
        "bpj-048", "en", "Hua Hin Yoga Wear", SPORT, DOWN, "Prachuap Khiri Khan", "huahinyogawear@gmail.com",
        (), ("green",),
        [
            ("kang keng yoga leggings pha yued 4 tang", "yoga_leggings"),
        ],
        [
            N("pha yued 4 tang (4-way stretch spandex) 300 m", "stretch_spandex_fabric"),
            N("rub tud yep leggings, rao song pha pai eng", "cut_and_sew_service"),
        ],
    ),
    Sme(
        "bpj-049", "th", "โรงงานถุงเท้าทวีทรัพย์", SPORT, DOWN, "Samut Sakhon", "taweesub.socks@gmail.com",
        (ISO9,), ("green",),
        [
            ("ถุงเท้ากีฬา ข้อยาวและข้อสั้น คอตตอนผสม", "sports_socks"),
            ("ถุงเท้ากันลื่นมีปุ่มยาง สำหรับผู้สูงอายุ", "anti_slip_socks"),
        ],
        [
            N("ด้ายฝ้ายเบอร์ 32", "machine_cotton_yarn"),
            N("ด้ายสแปนเด็กซ์หุ้ม", "spandex_yarn"),
        ],
    ),
    Sme(
        "bpj-050", "en", "Trang Muay Thai Gear", SPORT, DOWN, "Trang", "trangmuaygear@gmail.com",
        (), ("green",),
        [
            ("kang keng muay satin pim lai", "muay_thai_shorts"),
            ("pha phan mue muay 4.5 m", "hand_wraps"),
        ],
        [
            U("pha satin polyester see sod 300 m, mee krai mee bang?", "no satin fabric supplier in the set"),
            N("pak logo bon kang keng", "embroidery_service"),
        ],
    ),
    Sme(
        "bpj-051", "th", "ร้านปักชื่อปักโลโก้ศรีราชา", SPORT, MID, "Chonburi", "sriracha.embroidery@gmail.com",
        (), ("green",),
        [
            ("รับปักโลโก้ ปักชื่อ บนเสื้อของลูกค้า", "embroidery_service"),
            ("อาร์มปักสำเร็จรูป สั่งขั้นต่ำ 50 ชิ้น", "embroidered_patch"),
        ],
        [
            N("ด้ายปักโพลีเอสเตอร์ 120D", "embroidery_thread"),
        ],
    ),
    Sme(
        "bpj-052", "en", "Krabi Surf & Swim", SPORT, DOWN, "Krabi", "krabisurfswim@gmail.com",
        (), ("green",),
        [
            ("chud wai nam kan UV, rash guard", "swimwear_rashguard"),
        ],
        [
            N("pha yued spandex for chud wai nam, kan chlorine", "stretch_spandex_fabric"),
            N("rub sublimation lai bon pha yued", "sublimation_printing_service"),
        ],
    ),
    Sme(
        "bpj-053", "th", "ค่ายมวยศิษย์เมืองคอน", SPORT, DOWN, "Nakhon Si Thammarat", "muangkhon.muay@gmail.com",
        (), ("green",),
        [],
        [
            N("ผ้าพันมือมวย 50 คู่", "hand_wraps"),
            N("ผ้าขนหนูผืนเล็ก ปักชื่อค่าย", "cotton_towel"),
        ],
    ),
    Sme(
        "bpj-054", "en", "Chiang Mai Trail Gear", SPORT, DOWN, "Chiang Mai", "cmtrailgear@gmail.com",
        (), ("green",),
        [
            ("krapao pai trekking kan nam 25 litre, tham mue nai Chiang Mai", "waterproof_backpack"),
        ],
        [
            N("pha kan nam TPU laminate", "waterproof_laminated_fabric"),
            N("webbing nylon 25 mm", "nylon_webbing"),
        ],
    ),
    Sme(
        "bpj-055", "th", "บริษัท ไทยเว็บบิ้ง จำกัด", SPORT, MID, "Samut Prakan", "sales@thaiwebbing.co.th",
        (ISO9,), ("green",),
        [
            ("สายเว็บบิ้งไนลอนและโพลีเอสเตอร์ 20-50 มม.", "nylon_webbing"),
        ],
        [
            N("เส้นด้ายโพลีเอสเตอร์ 300D", "polyester_filament_yarn", "recycled_polyester_yarn"),
        ],
    ),
    Sme(
        "bpj-056", "en", "Nakhon Pathom Sport OEM", SPORT, MID, "Nakhon Pathom", "npsportoem@gmail.com",
        (ISO9,), ("green",),
        [
            ("rub tud yep suea kila OEM 300 tua/design up, 15-20 wan", "cut_and_sew_service"),
            ("rub pim sublimation bon pha khong luk ka", "sublimation_printing_service"),
        ],
        [
            N("pha dry fit lae pha ta kai (mesh)", "moisture_wicking_fabric", "mesh_fabric", "recycled_wicking_fabric"),
            N("yang yued kob kang keng", "elastic_band"),
        ],
    ),
    Sme(
        "bpj-057", "th", "บริษัท ซัพพอร์ตแคร์ จำกัด", SPORT, DOWN, "Pathum Thani", "info@supportcare.co.th",
        (ISO13,), ("green",),
        [
            ("สนับเข่าผ้ายืด สำหรับนักกีฬาและผู้สูงอายุ", "knee_support"),
            ("เข็มขัดพยุงหลัง", "back_support_belt"),
        ],
        [
            U("ผ้านีโอพรีน 3 มม.", "no neoprene supplier in the set"),
            N("ผ้ายืด 4 ทาง", "stretch_spandex_fabric"),
        ],
    ),
    # ------------------------------------------------------------------ ageing lifestyle central
    Sme(
        "bpj-058", "en", "Sukkhaphap Care Hospital", CENT, DOWN, "Bangkok", "purchasing@sukkhaphapcare.com",
        (), ("green",),
        [],
        [
            N("chud khon khai pha fai 800 chud, tong mee OEKO-TEX", "patient_gown", certs=(OEKO,)),
            N("pha poo tee non khao for tiang khon khai", "cotton_bed_sheet"),
            N("pha om phu yai baep sak dai", "washable_adult_diaper"),
        ],
    ),
    Sme(
        "bpj-059", "th", "บริษัท เมดิเท็กซ์ จำกัด", CENT, MID, "Pathum Thani", "sales@meditex.co.th",
        (ISO13, OEKO), ("green",),
        [
            ("ผ้าเคลือบ TPU กันน้ำ สำหรับผ้าคลุมที่นอนผู้ป่วย", "waterproof_laminated_fabric"),
            ("ผ้าต้านแบคทีเรีย สำหรับตัดชุดผู้ป่วย", "antimicrobial_fabric"),
        ],
        [
            N("ผ้าดิบฝ้ายทอเครื่อง สำหรับเคลือบ", "greige_cotton_fabric"),
        ],
    ),
    Sme(
        "bpj-060", "en", "Ban Suk Jai Nursing Home", CENT, DOWN, "Nonthaburi", "bansukjai.care@gmail.com",
        (), ("green",),
        [],
        [
            N("paen rong sub sak dai 100 paen", "washable_underpad"),
            N("suea phu sung ayu tid magnet sai ngai", "adaptive_clothing"),
        ],
    ),
    Sme(
        "bpj-061", "th", "หจก. ผ้าปูเตียงคุณภาพ", CENT, DOWN, "Nakhon Pathom", "bedlinen.np@gmail.com",
        (OEKO,), ("green",),
        [
            ("ผ้าปูที่นอนฝ้าย 100% สำหรับโรงพยาบาลและโรงแรม", "cotton_bed_sheet"),
            ("ปลอกหมอนผ้าฝ้ายสีขาว", "pillowcase"),
            ("ชุดผู้ป่วยผ้าฝ้าย ผ่าน OEKO-TEX", "patient_gown"),
        ],
        [
            N("ผ้าฝ้ายฟอกขาวหน้ากว้าง 110 นิ้ว เป็นม้วน", "cotton_sheeting_fabric"),
        ],
    ),
    Sme(
        "bpj-062", "en", "Siam Adaptive Wear", CENT, DOWN, "Bangkok", "hello@siamadaptivewear.com",
        (), ("green",),
        [
            ("suea phu sung ayu kradum magnet plai sai ngai", "adaptive_clothing"),
            ("chud khon khai pert lang (open back) pha cotton", "patient_gown"),
        ],
        [
            N("pha fai yued 180 gsm, OEKO-TEX preferred but not required", "cotton_jersey_fabric", waives=(OEKO,)),
            U("kradum magnet 1,000 set - ha mai dai leoy", "no magnetic fastener supplier in the set"),
        ],
    ),
    Sme(
        "bpj-063", "th", "บริษัท สยามสปินนิ่งแอนด์วีฟวิ่ง จำกัด", CENT, MID, "Phra Nakhon Si Ayutthaya",
        "purchase@siamsw.co.th",
        (ISO9, ISO14), ("green",),
        [
            ("ผ้าดิบฝ้าย 100% ยังไม่ฟอก หน้ากว้าง 63 นิ้ว", "greige_cotton_fabric"),
            ("ผ้าฝ้ายฟอกขาวสำหรับผ้าปูที่นอน หน้ากว้าง 110 นิ้ว", "cotton_sheeting_fabric"),
            ("ริมผ้าและเศษผ้าจากโรงทอ ขายเหมา", "cotton_fabric_scrap"),
        ],
        [
            N("ด้ายฝ้าย 20s 30s ตันละ", "machine_cotton_yarn"),
            N("ผ้าเช็ดเครื่องจักร", "wiping_rags"),
        ],
    ),
    Sme(
        "bpj-064", "en", "Riverside Boutique Hotel", CENT, DOWN, "Bangkok", "purchasing@riversideboutique.co.th",
        (), ("green", "circular"),
        [
            ("pha poo tee non kao, pha chet tua kao 300 kg/pee, ma rub eng dai", "used_cotton_linen"),
        ],
        [
            N("pha chet tua hotel 16s see khao 600 g", "cotton_towel"),
            N("suea khlum ab nam (bathrobe) waffle", "bathrobe"),
            U("slipper rong raem pak logo", "no slipper maker in the set"),
        ],
    ),
    Sme(
        "bpj-065", "th", "โรงงานผ้าขนหนูนครชัยศรี", CENT, DOWN, "Nakhon Pathom", "nakhonchaisri.towel@gmail.com",
        (OEKO,), ("green",),
        [
            ("ผ้าขนหนูโรงแรม ผ้าเช็ดตัว ผ้าเช็ดมือ ฝ้าย 100%", "cotton_towel"),
            ("เสื้อคลุมอาบน้ำผ้าขนหนู", "bathrobe"),
            ("ผ้าขนหนูเป็นม้วน (ผ้าเทอร์รี่) ขายเป็นเมตร", "terry_fabric"),
        ],
        [
            N("ด้ายฝ้าย 16s สำหรับทอผ้าขนหนู", "machine_cotton_yarn"),
            N("รับปักโลโก้โรงแรมบนผ้าขนหนู", "embroidery_service"),
        ],
    ),
    Sme(
        "bpj-066", "en", "Silver Age Day Care Ayutthaya", CENT, DOWN, "Phra Nakhon Si Ayutthaya",
        "silverage.ayutthaya@gmail.com",
        (), ("green",),
        [],
        [
            N("pha hom bao bao sak ngai", "light_blanket"),
            N("mon nun 40 bai", "kapok_pillow"),
            N("pha om phu yai sak dai - mee krai tham bang ka?", "washable_adult_diaper"),
        ],
    ),
    Sme(
        "bpj-067", "th", "วิสาหกิจชุมชนผ้าอ้อมซักได้บางกระเจ้า", CENT, DOWN, "Samut Prakan",
        "bangkrachao.diaper@gmail.com",
        (), ("green", "circular"),
        [
            ("ผ้าอ้อมผู้ใหญ่ชนิดซักได้ ไซส์ M L XL", "washable_adult_diaper"),
            ("แผ่นรองซับซักได้ 4 ชั้น", "washable_underpad"),
        ],
        [
            N("ผ้าเคลือบกันน้ำ TPU หรือ PUL", "waterproof_laminated_fabric"),
            N("ผ้าเทอร์รี่เป็นม้วน สำหรับชั้นซับ", "terry_fabric"),
        ],
    ),
    Sme(
        "bpj-068", "en", "Lopburi Kapok Pillow Group", CENT, DOWN, "Lopburi", "lopburikapok@gmail.com",
        (OTOP,), ("bio",),
        [
            ("mon nun (kapok) tae 100%, mon kwan, mon ing - sang tham dai", "kapok_pillow"),
            ("nun deed laew kilo la 120", "kapok_fibre"),
        ],
        [
            N("pha dib fai for plok mon nai", "greige_cotton_fabric"),
        ],
    ),
    Sme(
        "bpj-069", "th", "โรงพยาบาลเมตตาเวช", CENT, DOWN, "Nakhon Pathom", "purchasing.mettavej@gmail.com",
        (), ("green",),
        [
            ("ผ้าปูที่นอนผ้าฝ้ายที่ปลดระวางแล้ว", "used_cotton_linen"),
        ],
        [
            N("ชุดผู้ป่วย 300 ชุด ไม่ต้องมี OEKO-TEX", "patient_gown", waives=(OEKO,)),
            N("ชุดสครับพยาบาล 200 ชุด", "medical_scrubs"),
            N("ผ้าปูที่นอนสีขาว", "cotton_bed_sheet"),
        ],
    ),
    Sme(
        "bpj-070", "en", "Thonburi Uniform Tailor", CENT, DOWN, "Bangkok", "thonburiuniform@gmail.com",
        (), ("green",),
        [
            ("chud scrub phayaban pha TC see ngern / see khiao", "medical_scrubs"),
            ("chud spa / chud mor nuad samret pha fai", "spa_uniform"),
        ],
        [
            N("pha TC twill for uniform 1,000 la", "tc_twill_fabric"),
            N("pha antibac for tud scrub", "antimicrobial_fabric"),
        ],
    ),
    Sme(
        "bpj-071", "th", "ร้านเครื่องนอนสุขใจ", CENT, DOWN, "Saraburi", "sukjai.bedding@gmail.com",
        (), ("green",),
        [
            ("ผ้าห่มนวมใยรีไซเคิล น้ำหนักเบา", "light_blanket"),
            ("ที่นอนยางพาราสำหรับผู้ป่วยติดเตียง", "latex_mattress"),
        ],
        [
            N("ใยโพลีเอสเตอร์รีไซเคิล สำหรับยัดไส้ผ้าห่ม", "recycled_polyester_fibre"),
            U("ผ้าฝ้ายพิมพ์ลายดอก สำหรับหุ้มผ้าห่ม", "no printed cotton fabric supplier in the set"),
        ],
    ),
    Sme(
        "bpj-072", "en", "Cha-am Golden Years Spa", CENT, DOWN, "Phetchaburi", "chaamgoldenspa@gmail.com",
        (), ("green",),
        [],
        [
            N("chud spa staff 40 chud", "spa_uniform"),
            N("pha chet tua spa see nam tan", "cotton_towel"),
            U(
                "luk prakob samun phrai 200 luk/athit, tong mee lek Thai FDA (or yor)",
                "the compress makers in the set hold no Thai FDA registration",
                certs=(FDA,),
            ),
        ],
    ),
    Sme(
        "bpj-073", "th", "กลุ่มลูกประคบสมุนไพรบ้านดอนตูม", CENT, DOWN, "Suphan Buri", "dontoom.prakob@gmail.com",
        (OTOP,), ("bio",),
        [
            ("ลูกประคบสมุนไพรสดและแห้ง ห่อผ้าฝ้าย", "herbal_compress"),
        ],
        [
            N("ผ้าดิบฝ้ายสำหรับห่อลูกประคบ", "greige_cotton_fabric"),
            N("เชือกฝ้ายมัดลูกประคบ", "cotton_cord"),
        ],
    ),
    Sme(
        "bpj-074", "en", "Nonthaburi Care Products", CENT, DOWN, "Nonthaburi", "nonthaburicare@gmail.com",
        (ISO13,), ("green",),
        [
            ("pha khlum tee non kan nam for tiang phu puay", "mattress_protector"),
            ("pha kan puen phu sung ayu sak dai", "adult_bib"),
        ],
        [
            N("pha TPU laminate, supplier tong mee ISO 13485", "waterproof_laminated_fabric", certs=(ISO13,)),
        ],
    ),
    Sme(
        "bpj-075", "th", "บริษัท แคร์โฮม พลัส จำกัด", CENT, DOWN, "Samut Songkhram", "carehomeplus@gmail.com",
        (), ("green",),
        [],
        [
            N("ผ้าคลุมที่นอนกันน้ำ", "mattress_protector"),
            N("ผ้ากันเปื้อนผู้สูงอายุ", "adult_bib"),
            N("เสื้อผ้าผู้สูงอายุติดเตียง ใส่ถอดง่าย", "adaptive_clothing"),
        ],
    ),
    Sme(
        "bpj-076", "en", "Paet Rio Senior Shop", CENT, DOWN, "Chachoengsao", "paetrio.seniorshop@gmail.com",
        (), ("green",),
        [],
        [
            N("thung tao kan luen, song", "anti_slip_socks"),
            N("sanab khao for phu sung ayu", "knee_support"),
            U("rong tao phu sung ayu", "no shoe maker in the set"),
        ],
    ),
    # ------------------------------------------------------------------ ageing lifestyle isan
    Sme(
        "bpj-077", "th", "ศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุขอนแก่น", ISAN, DOWN, "Khon Kaen", "kk.elderlycenter@gmail.com",
        (), ("green",),
        [],
        [
            N("ผ้าห่มฝ้ายทอมือผืนบาง 100 ผืน ไม่จำเป็นต้องมีโอทอป", "handwoven_cotton_blanket", waives=(OTOP,)),
            N("หมอนขิดสามเหลี่ยม", "khit_pillow"),
        ],
    ),
    Sme(
        "bpj-078", "en", "Yasothon Khit Pillow Village", ISAN, DOWN, "Yasothon", "yasothon.khitpillow@gmail.com",
        (OTOP,), ("bio",),
        [
            ("mon khit sam liam 10 chong sai nun", "khit_pillow"),
            ("mon ing / baw rong nang pha khit", "khit_cushion"),
        ],
        [
            N("nun deed laew 500 kg", "kapok_fibre"),
            N("pha fai khit tor mue", "khit_cotton_fabric"),
        ],
    ),
    Sme(
        "bpj-079", "th", "กลุ่มทอผ้าขิดบ้านศรีฐาน", ISAN, MID, "Yasothon", "sritan.khit@gmail.com",
        (OTOP,), ("bio",),
        [
            ("ผ้าขิดทอมือ ฝ้าย ลายดอกแก้ว หน้ากว้าง 45 ซม.", "khit_cotton_fabric"),
            ("ผ้าห่มฝ้ายทอมือลายขิด", "handwoven_cotton_blanket"),
        ],
        [
            N("ด้ายฝ้ายย้อมสีสำเร็จ", "dyed_cotton_yarn", "natural_dyed_cotton_yarn"),
            N("ด้ายกัญชงเข็นมือ ทอผสมฝ้าย", "hemp_yarn"),
        ],
    ),
    Sme(
        "bpj-080", "en", "Ubon Herbal Care Group", ISAN, DOWN, "Ubon Ratchathani", "ubonherbalcare@gmail.com",
        (OTOP,), ("bio",),
        [
            ("luk prakob samun phrai Isan 150 g", "herbal_compress"),
            ("nam man nuad samun phrai 100 ml", "herbal_massage_oil"),
        ],
        [
            N("pha dib fai for hor luk prakob, muan la 50 la", "greige_cotton_fabric"),
        ],
    ),
    Sme(
        "bpj-081", "th", "บ้านพักผู้สูงอายุสุขสันต์ อุดรธานี", ISAN, DOWN, "Udon Thani", "suksan.udon@gmail.com",
        (), ("green",),
        [],
        [
            N("ชุดผู้สูงอายุติดกระดุมแม่เหล็ก", "adaptive_clothing"),
            N("ผ้าเช็ดตัว", "cotton_towel"),
        ],
    ),
    Sme(
        "bpj-082", "en", "Mukdahan Mudmee Cotton Group", ISAN, MID, "Mukdahan", "mukdahan.mudmee@gmail.com",
        (OTOP,), ("bio",),
        [
            ("pha fai mudmee see chemi 1 x 4 m", "mudmee_cotton_fabric"),
            ("pha sin mudmee tud laew sai dai leoy", "pha_sin"),
        ],
        [
            N("dai fai 20/2 see khao for mudmee", "machine_cotton_yarn"),
        ],
    ),
    Sme(
        "bpj-083", "th", "ร้านผ้าไทยคุณยาย หนองคาย", ISAN, DOWN, "Nong Khai", "khunyai.phathai@gmail.com",
        (), ("green",),
        [
            ("ผ้าซิ่นสำเร็จรูป ตัดเย็บแล้ว ใส่ได้เลย", "pha_sin"),
        ],
        [
            N("ผ้าฝ้ายมัดหมี่เป็นผืน ยังไม่ตัด", "mudmee_cotton_fabric"),
            N("ผ้าไหมมัดหมี่", "mudmee_silk_fabric"),
            N("รับตัดเย็บผ้าซิ่น ส่งผ้าไปให้", "cut_and_sew_service"),
        ],
    ),
    Sme(
        "bpj-084", "en", "Kalasin Phrae Wa Silk", ISAN, MID, "Kalasin", "kalasin.phraewa@gmail.com",
        (PEACOCK,), ("bio",),
        [
            ("pha phrae wa mai tae, Peacock Emblem, 1 x 2 m", "praewa_silk_fabric"),
            ("pha sabai phrae wa samret", "silk_scarf"),
        ],
        [
            N("mai yom see thammachat", "natural_dyed_silk_yarn"),
            U(
                "mai noi sao mue, tong dai Peacock Emblem tao nan",
                "raw silk in the set comes only from suppliers without the Peacock Emblem",
                certs=(PEACOCK,),
            ),
        ],
    ),
    Sme(
        "bpj-085", "th", "วิสาหกิจชุมชนทอเสื่อกกบ้านแพง", ISAN, DOWN, "Maha Sarakham", "banphaeng.mat@gmail.com",
        (OTOP,), ("bio",),
        [
            ("เสื่อกกทอมือลายขิด พับได้", "sedge_mat"),
            ("เส้นกกย้อมสีตากแห้งแล้ว", "dyed_sedge_fibre"),
        ],
        [
            N("สีย้อมธรรมชาติ ครั่ง เปลือกไม้", "natural_dye_material"),
        ],
    ),
    Sme(
        "bpj-086", "en", "Mekong Retreat & Spa", ISAN, DOWN, "Nakhon Phanom", "mekongretreat@gmail.com",
        (), ("green",),
        [],
        [
            N("suea kok tor mue for tiang nuad", "sedge_mat"),
            N("pha khao ma for guest, OTOP only", "pha_khao_ma", certs=(OTOP,)),
            N("chud spa", "spa_uniform"),
            N("nam man nuad samun phrai", "herbal_massage_oil"),
        ],
    ),
    Sme(
        "bpj-087", "th", "กลุ่มผ้าทอเพื่อผู้สูงวัยชัยภูมิ", ISAN, DOWN, "Chaiyaphum", "chaiyaphum.weave@gmail.com",
        (OTOP,), ("bio",),
        [
            ("กระเป๋าผ้าฝ้ายทอมือย้อมคราม ทรงถือ", "handwoven_cotton_bag"),
            ("หมวกผ้าฝ้ายทอมือ กันแดด", "cotton_sun_hat"),
        ],
        [
            N("ผ้าฝ้ายทอมือย้อมครามธรรมชาติ ไม่เอาครามเคมี", "indigo_dyed_cotton_fabric"),
            N("ผ้าดิบสำหรับซับใน", "greige_cotton_fabric"),
        ],
    ),
    Sme(
        "bpj-088", "en", "Surin Elderly Home Foundation", ISAN, DOWN, "Surin", "surinelderlyhome@gmail.com",
        (), ("green",),
        [],
        [
            N("pha hom fai tor mue, OTOP mee ko dai mai mee ko dai", "handwoven_cotton_blanket", waives=(OTOP,)),
            N("baw rong nang kan phlae kod tub", "pressure_relief_cushion"),
        ],
    ),
    Sme(
        "bpj-089", "th", "บริษัท อีสานเท็กซ์ไทล์ จำกัด", ISAN, MID, "Nakhon Ratchasima", "sales@isantextile.co.th",
        (ISO9, OEKO), ("green",),
        [
            ("ผ้ายืดคอตตอน 180 แกรม ขาว ดำ กรม", "cotton_jersey_fabric"),
        ],
        [
            N("ด้ายฝ้าย 32s สำหรับถักผ้ายืด", "machine_cotton_yarn"),
            N("ด้ายฝ้ายออร์แกนิก ต้องได้มาตรฐาน GOTS", "organic_cotton_yarn", certs=(GOTS,)),
        ],
    ),
    Sme(
        "bpj-090", "en", "Roi Et Care Cushion", ISAN, DOWN, "Roi Et", "roietcarecushion@gmail.com",
        (), ("green",),
        [
            ("baw rong nang kan phlae kod tub sai yang para", "pressure_relief_cushion"),
        ],
        [
            N("pha hum baw kan nam", "waterproof_laminated_fabric"),
            U("yang para paen 5 cm", "no latex foam sheet supplier in the set"),
        ],
    ),
    Sme(
        "bpj-091", "th", "ร้านของฝากผ้าพื้นเมืองบึงกาฬ", ISAN, DOWN, "Bueng Kan", "buengkan.souvenir@gmail.com",
        (), ("green",),
        [],
        [
            N("ผ้าขาวม้าทอมือ 300 ผืน", "pha_khao_ma"),
            N("กระเป๋าผ้ากัญชง", "hemp_bag"),
        ],
    ),
    Sme(
        "bpj-092", "en", "Nong Bua Natural Weave", ISAN, MID, "Nong Bua Lam Phu", "nongbua.naturalweave@gmail.com",
        (), ("bio",),
        [
            ("pha fai tor mue yom pluak mai, mai chai kram", "natural_dyed_cotton_fabric"),
            ("pha fai dib tor mue", "handwoven_cotton_fabric_undyed"),
        ],
        [
            N("fai khen mue", "handspun_cotton_yarn"),
            N("med fai for pluk", "cotton_seed"),
            N("med phan ton kram 2 kg", "indigo_seed"),
        ],
    ),
    Sme(
        "bpj-093", "th", "โรงแรมเดอะลากูน อุดรธานี", ISAN, DOWN, "Udon Thani", "thelagoon.udon@gmail.com",
        (), ("green", "circular"),
        [
            ("ผ้าเช็ดตัวและผ้าปูที่นอนเก่าที่ปลดระวาง", "used_cotton_linen"),
        ],
        [
            N("ผ้าเช็ดตัวโรงแรมสีขาว", "cotton_towel"),
            N("ผ้าปูที่นอน 6 ฟุต", "cotton_bed_sheet"),
        ],
    ),
    Sme(
        "bpj-094", "en", "Sisaket Sewing Women Group", ISAN, MID, "Sisaket", "sisaket.sewing@gmail.com",
        (), ("green",),
        [
            ("rub tud yep tuk yang: suea, kang keng, chud nak rian - luk ka song pha ma", "cut_and_sew_service"),
            ("rub som suea plian zip", "garment_repair_service"),
        ],
        [
            N("dai yep pha polyester 40/2", "sewing_thread"),
            U("krueang jak yep mue song", "no sewing machine seller in the set"),
        ],
    ),
    Sme(
        "bpj-095", "th", "ร้านอุปกรณ์ผู้สูงอายุอุบล", ISAN, DOWN, "Ubon Ratchathani", "ubon.seniorshop@gmail.com",
        (), ("green",),
        [],
        [
            N("ถุงเท้ากันลื่นผู้สูงอายุ", "anti_slip_socks"),
            U(
                "ที่นอนยางพาราสำหรับผู้ป่วยติดเตียง ต้องได้ มอก.",
                "the only latex mattress maker in the set holds no Thai Industrial Standard",
                certs=(TIS,),
            ),
            N("สนับเข่า", "knee_support"),
        ],
    ),
]

# ------------------------------------------------------------------ checks and output

_THAI_LETTER = re.compile("[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]")
_THAI_BLOCK = re.compile("[\u0e00-\u0e7f]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_ID = re.compile(r"^bpj-\d{3}$")
_LABEL = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
_EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$")


def named_certifications(text: str) -> set[str]:
    """Every certification the text names, whether it asks for it or waives it."""
    norm = unicodedata.normalize("NFKC", text)
    return {name for name, matchers in _CERTIFICATION_MATCHERS if any(m.search(norm) for m in matchers)}


def links_of(smes: list[Sme]) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            if need.unmet:
                continue
            for supplier in smes:
                if supplier.id == buyer.id or not set(need.certs) <= set(supplier.certs):
                    continue
                if any(label in need.labels for _, label in supplier.offers):
                    found.add((supplier.id, buyer.id))
    return found


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if ids != [f"bpj-{i:03d}" for i in range(1, 96)]:
        errors.append("ids must run bpj-001 ... bpj-095 in order")
    for s in smes:
        where = s.id
        if not _ID.match(s.id):
            errors.append(f"{where}: bad id")
        if s.lang not in LANGUAGES:
            errors.append(f"{where}: bad language {s.lang!r}")
        if s.sub not in {c.value for c in SubCluster}:
            errors.append(f"{where}: bad sub-cluster {s.sub!r}")
        if s.stage not in {c.value for c in Stage}:
            errors.append(f"{where}: bad stage {s.stage!r}")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} does not resolve to itself")
        if not _EMAIL.match(s.email):
            errors.append(f"{where}: bad e-mail {s.email!r}")
        for cert in s.certs:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not canonical")
        if len(set(s.certs)) != len(s.certs):
            errors.append(f"{where}: repeated certification")
        if not s.bcg or any(tag not in {c.value for c in BcgTag} for tag in s.bcg) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bad BCG tags {s.bcg!r}")
        if not 0 <= len(s.offers) <= 4 or not 1 <= len(s.needs) <= 4:
            errors.append(f"{where}: needs 0-4 offers and 1-4 needs")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        phrases = [text for text, _ in s.offers] + [n.text for n in s.needs]
        if len(set(phrases)) != len(phrases):
            errors.append(f"{where}: repeated phrase")
        if s.lang == "en":
            for text in [s.name, *phrases]:
                if _THAI_BLOCK.search(text):
                    errors.append(f"{where}: English profile holds Thai script: {text!r}")
        else:
            thai = sum(len(_THAI_LETTER.findall(text)) for text in phrases)
            latin = sum(len(_LATIN_LETTER.findall(text)) for text in phrases)
            if thai < 4 * latin:
                errors.append(f"{where}: Thai profile is not mostly Thai letters ({thai} Thai, {latin} Latin)")
            for text in [s.name, *phrases]:
                if len(_THAI_LETTER.findall(text)) <= len(_LATIN_LETTER.findall(text)):
                    errors.append(f"{where}: Thai phrase is mostly Latin letters: {text!r}")
        for text, label in s.offers:
            if not _LABEL.match(label):
                errors.append(f"{where}: bad offer label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= set(s.certs):
                errors.append(f"{where}: offer claims {sorted(claimed - set(s.certs))} the SME does not hold")
        for need in s.needs:
            named = named_certifications(need.text)
            for cert in (*need.certs, *need.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: need certification {cert!r} is not canonical")
                if cert not in named:
                    errors.append(f"{where}: need does not name {cert!r}: {need.text!r}")
            if set(need.certs) & set(need.waives):
                errors.append(f"{where}: need both requires and waives a certification")
            if not named <= set(need.certs) | set(need.waives):
                errors.append(f"{where}: need names {sorted(named)} but labels only {need.certs + need.waives}")
            if need.unmet:
                if need.labels:
                    errors.append(f"{where}: an unmet need lists labels")
                continue
            if not need.labels or len(set(need.labels)) != len(need.labels):
                errors.append(f"{where}: a met need must list distinct labels")
            others = [o for o in smes if o.id != s.id]
            for label in need.labels:
                if not any(label == lab for o in others for _, lab in o.offers):
                    errors.append(f"{where}: no one else offers {label!r}")
            qualified = [
                o for o in others
                if set(need.certs) <= set(o.certs) and any(lab in need.labels for _, lab in o.offers)
            ]
            if not qualified:
                errors.append(f"{where}: no qualified supplier for {need.text!r}")
    return errors


def stats(smes: list[Sme], links: set[tuple[str, str]]) -> dict[str, object]:
    by_id = {s.id: s for s in smes}
    needs = [n for s in smes for n in s.needs]
    cross = Counter((by_id[a].lang, by_id[b].lang) for a, b in links)
    return {
        "profiles": len(smes),
        "lang": Counter(s.lang for s in smes),
        "sub": Counter(s.sub for s in smes),
        "stage": Counter(s.stage for s in smes),
        "region": Counter(str(resolve_province(s.province).region) for s in smes),  # type: ignore[union-attr]
        "provinces": len({s.province for s in smes}),
        "offers": sum(len(s.offers) for s in smes),
        "offer_labels": len({lab for s in smes for _, lab in s.offers}),
        "needs": len(needs),
        "met": sum(1 for n in needs if not n.unmet),
        "unmet": sum(1 for n in needs if n.unmet),
        "need_cert": sum(1 for n in needs if n.certs),
        "need_cert_met": sum(1 for n in needs if n.certs and not n.unmet),
        "need_waive": sum(1 for n in needs if n.waives),
        "links": len(links),
        "th_to_en": cross[("th", "en")],
        "en_to_th": cross[("en", "th")],
        "th_to_th": cross[("th", "th")],
        "en_to_en": cross[("en", "en")],
        "cross_sub": sum(1 for a, b in links if by_id[a].sub != by_id[b].sub),
    }


def check_targets(st: dict[str, object]) -> list[str]:
    errors: list[str] = []
    lang = st["lang"]
    assert isinstance(lang, Counter)
    links = int(str(st["links"]))
    cross = int(str(st["th_to_en"])) + int(str(st["en_to_th"]))
    if st["profiles"] != 95:
        errors.append("need 95 profiles")
    if not 43 <= lang["th"] <= 52:
        errors.append(f"about half the profiles must be Thai, got {lang['th']}")
    if not 140 <= links <= 180:
        errors.append(f"need 140-180 links, got {links}")
    if cross < 0.45 * links:
        errors.append(f"need at least 45 % cross-language links, got {cross}/{links}")
    if not 15 <= int(str(st["unmet"])) <= 25:
        errors.append(f"need 15-25 unmet needs, got {st['unmet']}")
    if int(str(st["need_cert"])) < 5 or int(str(st["need_waive"])) < 3:
        errors.append("need needs that require and needs that waive a certification")
    sub, stage = st["sub"], st["stage"]
    assert isinstance(sub, Counter) and isinstance(stage, Counter)
    if set(sub) != {c.value for c in SubCluster} or min(sub.values()) < 10:
        errors.append("every sub-cluster needs at least 10 profiles")
    if set(stage) != {c.value for c in Stage} or min(stage.values()) < 10:
        errors.append("every stage needs at least 10 profiles")
    if int(str(st["provinces"])) < 40:
        errors.append(f"need many provinces, got {st['provinces']}")
    return errors


def profile(s: Sme) -> dict[str, object]:
    return {
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


def main() -> int:
    links = links_of(SMES)
    st = stats(SMES, links)
    errors = check(SMES) + check_targets(st)
    for key, value in st.items():
        print(f"{key}: {dict(sorted(value.items())) if isinstance(value, Counter) else value}")
    if errors:
        for error in errors:
            print("ERROR", error, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    lines = [json.dumps(profile(s), ensure_ascii=False) for s in SMES]
    (HERE / "profiles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = ["supplier_id,buyer_id", *(f"{a},{b}" for a, b in sorted(links))]
    (HERE / "links.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} profiles and {len(links)} links to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
