"""Write the hand-labelled evaluation set `eval/blind_plain_thaidress/`.

Thai traditional dress: chut thai, pha sin and pha nung, sabai, jongkraben, tailoring, costume rental,
gold thread and brocade, photo studios, schools, temples and offices that buy, and the ordinary
upstream and midstream suppliers of fibre, yarn, cloth, dyeing and sewing.

Every offer is a (text, label) pair; every need lists the offer labels that meet it and the
certifications its text requires, or is marked as met by no one. The labels live only here.
Run from the repository root:  .venv/bin/python eval/blind_plain_thaidress/write.py
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PREFIX = "btx"
SIZE = 95

# sub-clusters, stages, BCG tags and languages, as the contract spells them
HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ISAN = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"
BIO = "bio"
CIRCULAR = "circular"
GREEN = "green"
TH = "th"
EN = "en"

PEACOCK = "Thai Silk Peacock Emblem"
OEKO = "OEKO-TEX Standard 100"

# What each offer label says the thing is.
LABELS: dict[str, str] = {
    "silk_cocoon": "silkworm cocoons, fresh or dried",
    "raw_silk_yarn": "reeled silk yarn, not dyed",
    "dyed_silk_yarn": "silk yarn already dyed, sold as goods",
    "raw_cotton": "seed cotton or cotton lint, not spun",
    "cotton_yarn": "new cotton yarn or handspun thread",
    "recycled_cotton_yarn": "yarn spun from textile waste",
    "hemp_fibre": "hemp bast fibre, not spun",
    "hemp_yarn": "hemp yarn",
    "gold_thread": "metallic gold or silver thread (din, zari, lurex)",
    "sequins_beads": "sequins, beads, beetle-wing pieces for embellishment",
    "natural_indigo_dye": "indigo or hom paste, the dye itself",
    "natural_dye_material": "plant and insect dye stuff other than indigo (lac, ebony, bark)",
    "cotton_offcuts": "pre-consumer cotton cutting waste",
    "silk_offcuts": "pre-consumer silk, satin and brocade offcuts",
    "used_textiles": "worn-out or used cloth and clothing for recycling",
    "used_thai_dress": "second-hand or retired Thai dresses and costumes",
    "plain_silk_fabric": "plain or shot Thai silk yardage",
    "mudmee_silk_fabric": "weft-ikat (mudmee, hol) silk yardage",
    "brocade_fabric": "supplementary-weft patterned silk yardage (yok, praewa)",
    "cotton_brocade_fabric": "supplementary-weft patterned cotton yardage",
    "handwoven_cotton_fabric": "handwoven cotton cloth, not indigo-dyed",
    "indigo_cotton_fabric": "cotton cloth dyed with indigo or hom",
    "greige_cotton_fabric": "mill-made grey or raw cotton cloth",
    "hemp_fabric": "hemp cloth",
    "batik_fabric": "batik cloth lengths, not sewn",
    "teenjok_fabric": "jok-woven hem borders",
    "pha_sin_cloth": "woven sin lengths, not sewn",
    "synthetic_silk_look_fabric": "polyester satin sold as Italian or Japanese silk",
    "lining_fabric": "lining cloth",
    "weaving_service": "weaving to the customer's order or with the customer's yarn",
    "dyeing_service": "dyeing the customer's yarn, cloth or garments (not indigo)",
    "indigo_dyeing_service": "indigo dyeing of the customer's goods",
    "sewing_service": "cut-make-trim sewing of the customer's cloth",
    "embroidery_service": "embroidery on the customer's garments",
    "sublimation_printing_service": "sublimation printing on the customer's goods",
    "ready_made_thai_dress": "ready-to-wear women's Thai dress sets",
    "thai_dress_tailoring": "made-to-measure Thai dress",
    "pha_sin_skirt": "sewn ready-to-wear skirt (pha sin, sarong, wrap skirt)",
    "jongkraben": "jongkraben, sewn or ready-tied",
    "sabai_shawl": "sabai, pha biang and shoulder shawls",
    "men_thai_jacket": "men's raj pattern or phra ratchathan jackets",
    "thai_fabric_shirt": "shirts and blouses made of Thai handwoven cloth",
    "thai_costume_rental": "hire of Thai costumes",
    "thai_dress_photo_service": "photography of people in Thai dress",
    "dance_costume": "Thai classical and folk dance costumes",
    "monk_robe": "new monk robe sets",
    "pha_khao_ma": "pha khao ma cloths",
    "fabric_bag": "cloth bags made from new cloth",
    "upcycled_bag": "bags and pouches made from scraps or old garments",
    "thai_dress_jewellery": "belts, necklaces, hairpins worn with Thai dress",
    "thai_pattern_sportswear": "sportswear printed with Thai patterns",
}


class Need(NamedTuple):
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: str = ""  # the words in the text that name a certification only to waive it
    note: str = ""  # set for a need that no one in the set meets


def need(text: str, *labels: str, requires: tuple[str, ...] = (), waives: str = "") -> Need:
    return Need(text, labels, requires, waives)


def unmet(text: str, note: str, *labels: str, requires: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, requires, "", note)


class Sme(NamedTuple):
    num: int
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    email: str
    certs: tuple[str, ...]
    bcg: tuple[str, ...]
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]


# ------------------------------------------------------------------ part 1: fibre, yarn, dye stuff, waste

PART_1 = (
    Sme(
        1,
        TH,
        "กลุ่มเลี้ยงไหมบ้านสวาย",
        HEMP,
        UP,
        "Surin",
        "banswai.silk@gmail.com",
        ("OTOP",),
        (BIO,),
        (
            ("ไหมน้อยสาวมือ พันธุ์นางลาย สีเหลืองทอง", "raw_silk_yarn"),
            ("รังไหมสด คัดรังเสียออกแล้ว", "silk_cocoon"),
        ),
        (
            unmet("ไข่ไหมพันธุ์พื้นบ้าน แผ่นละ 200 บาท", "silkworm eggs: no one breeds silkworms"),
            need("ครั่งดิบ เปลือกประโหด ไว้ย้อมไหม", "natural_dye_material"),
        ),
    ),
    Sme(
        2,
        EN,
        "Doi Saket Handspun Cotton",
        HEMP,
        UP,
        "Chiang Mai",
        "hello@doisaketcotton.co.th",
        ("GOTS", "Organic Thailand"),
        (BIO, GREEN),
        (
            ("Handspun cotton yarn, natural off-white, 1 kg skeins", "cotton_yarn"),
            ("Organic cotton yarn on cones", "cotton_yarn"),
        ),
        (need("Seed cotton from hill-tribe growers, min 200 kg", "raw_cotton"),),
    ),
    Sme(
        3,
        TH,
        "วิสาหกิจชุมชนฝ้ายดอกนาด้วง",
        HEMP,
        UP,
        "Loei",
        "naduang.cotton@gmail.com",
        ("Organic Thailand",),
        (BIO,),
        (("ฝ้ายดอก ฝ้ายตุ่น ปลูกเอง อีดเมล็ดออกแล้ว", "raw_cotton"),),
        (unmet("เมล็ดพันธุ์ฝ้ายตุ่นพื้นเมือง สำหรับปลูก", "cotton planting seed: no one sells seed"),),
    ),
    Sme(
        4,
        EN,
        "Mae Sot Hemp Fibre Co.",
        HEMP,
        UP,
        "Tak",
        "sales@maesothemp.com",
        ("Organic Thailand",),
        (BIO,),
        (
            ("Decorticated hemp bast, baled", "hemp_fibre"),
            ("Hemp yarn Nm 12, natural grey", "hemp_yarn"),
        ),
        (unmet("Certified hemp seed for planting, low THC", "planting seed: the hemp growers here sell fibre only"),),
    ),
    Sme(
        5,
        TH,
        "กลุ่มม้งเข็นใยกัญชงเขาค้อ",
        HEMP,
        UP,
        "Phetchabun",
        "khaokho.hemp@gmail.com",
        (),
        (BIO,),
        (("ใยกัญชงเข็นมือ ต่อเส้นแบบม้ง ม้วนละ 1 กก.", "hemp_yarn"),),
        (
            need("อยากได้ครามเปียกสำหรับเขียนเทียนย้อมผ้าม้ง", "natural_indigo_dye"),
            need("เปลือกต้นกัญชงตากแห้ง เป็นมัด", "hemp_fibre"),
        ),
    ),
    Sme(
        6,
        EN,
        "Siam Zari Thread Co.",
        ALC,
        MID,
        "Bangkok",
        "order@siamzari.com",
        ("ISO 9001",),
        (),
        (
            ("Gold and silver zari, Japanese type, 100 m spools", "gold_thread"),
            ("Sequins, bugle beads, cut beetle wings", "sequins_beads"),
        ),
        (need("Reeled silk filament, undyed, for wrapping cores", "raw_silk_yarn"),),
    ),
    Sme(
        7,
        TH,
        "ร้านดิ้นทองบางใหญ่",
        ALC,
        MID,
        "Nonthaburi",
        "dinthong.bangyai@gmail.com",
        (),
        (),
        (("ดิ้นเงิน ดิ้นทอง ดิ้นโปร่ง ดิ้นข้อ ขายส่ง", "gold_thread"),),
        (unmet("เครื่องพันดิ้นมือสอง สภาพดี", "a thread-wrapping machine: no one sells machinery"),),
    ),
    Sme(
        8,
        TH,
        "ครามหมักบ้านพรรณา",
        ISAN,
        UP,
        "Sakon Nakhon",
        "phanna.khram@gmail.com",
        ("Organic Thailand",),
        (BIO, GREEN),
        (("เนื้อครามเปียก หมักจากต้นครามฝักงอ กก.ละ 150 บาท", "natural_indigo_dye"),),
        (unmet("เมล็ดครามฝักตรง 5 กก.", "indigo seed: no one sells seed"),),
    ),
    Sme(
        9,
        EN,
        "Phrae Natural Colour Supply",
        HEMP,
        UP,
        "Phrae",
        "colour@phraenatural.com",
        (),
        (BIO,),
        (
            ("Hom (Strobilanthes) indigo paste, 5 kg tubs", "natural_indigo_dye"),
            ("Dried lac, ebony fruit and teak leaves for dyeing", "natural_dye_material"),
        ),
        (),
    ),
    Sme(
        10,
        TH,
        "โรงคัดเศษผ้ามหาชัย",
        CIRC,
        UP,
        "Samut Sakhon",
        "mahachai.scrap@gmail.com",
        (),
        (CIRCULAR,),
        (("เศษผ้าคอตตอนจากโรงตัด คัดสี อัดก้อน", "cotton_offcuts"),),
        (need("รับซื้อผ้าเก่า เสื้อผ้าใช้แล้ว ทุกชนิด", "used_textiles", "used_thai_dress"),),
    ),
    Sme(
        11,
        EN,
        "ReLoop Yarn Thailand",
        CIRC,
        UP,
        "Samut Prakan",
        "info@reloopyarn.co.th",
        ("GRS",),
        (CIRCULAR,),
        (("GRS recycled cotton yarn Ne 10, melange shades", "recycled_cotton_yarn"),),
        (need("Post-consumer clothing for fibre recovery, by the tonne", "used_textiles", "used_thai_dress"),),
    ),
    Sme(
        12,
        TH,
        "ตลาดชุดไทยมือสองบ้านหม้อ",
        CIRC,
        UP,
        "Bangkok",
        "banmo.secondhand@gmail.com",
        (),
        (CIRCULAR,),
        (
            ("ชุดไทยมือสอง ซักรีดแล้ว คัดเกรด A", "used_thai_dress"),
            ("ผ้าถุงเก่าขาด ขายเหมาเป็นกิโล", "used_textiles"),
        ),
        (need("ชุดที่ร้านเช่าปลดระวาง รับเหมาทั้งล็อต", "used_thai_dress"),),
    ),
    Sme(
        41,
        EN,
        "Korat Silk Reeling",
        ISAN,
        UP,
        "Nakhon Ratchasima",
        "sales@koratsilk.com",
        (),
        (),
        (
            ("Machine-reeled silk, 20/22 denier, undyed", "raw_silk_yarn"),
            ("Dyed silk yarn, 120 colours in stock", "dyed_silk_yarn"),
        ),
        (need("Fresh cocoons, yellow or white", "silk_cocoon"),),
    ),
    Sme(
        42,
        TH,
        "ไหมสาวมือศรีสะเกษ",
        ISAN,
        UP,
        "Sisaket",
        "sisaket.mai@gmail.com",
        (),
        (BIO,),
        (
            ("ไหมเปลือก ไหมหลืบ ราคาถูก", "raw_silk_yarn"),
            ("เปลือกประดู่ ลูกมะเกลือแห้ง ขายเป็นกระสอบ", "natural_dye_material"),
        ),
        (unmet("ต้นหม่อนพันธุ์บุรีรัมย์ 60 กิ่งพันธุ์", "mulberry saplings: no one sells plants"),),
    ),
    Sme(
        43,
        EN,
        "ThreadBack Sorting",
        CIRC,
        UP,
        "Bangkok",
        "pickup@threadback.co",
        (),
        (CIRCULAR,),
        (("Sorted silk and satin offcuts from Phahurat tailors", "silk_offcuts"),),
        (need("Damaged costumes and retired rental dresses", "used_thai_dress"),),
    ),
    Sme(
        44,
        TH,
        "โรงปั่นด้ายรีไซเคิลบ้านบึง",
        CIRC,
        MID,
        "Chonburi",
        "banbueng.recycle@gmail.com",
        ("Thai Green Label",),
        (CIRCULAR,),
        (("ด้ายรีไซเคิลจากเศษผ้าฝ้าย เบอร์ 8", "recycled_cotton_yarn"),),
        (need("ผ้าเหลือตัดจากโรงงานเสื้อผ้า ไม่ต้องมีใบรับรอง GRS", "cotton_offcuts", waives="GRS"),),
    ),
    Sme(
        46,
        TH,
        "กลุ่มฝ้ายเข็นมือท่าลี่",
        HEMP,
        UP,
        "Loei",
        "thali.cotton@gmail.com",
        (),
        (BIO,),
        (("ฝ้ายเข็นมือ เป็นใจ เป็นเข็ด กิโลละ 450 บาท", "cotton_yarn"),),
        (need("ปุยฝ้ายพื้นเมือง", "raw_cotton"),),
    ),
)

# ------------------------------------------------------------------ part 2: weaving, dyeing, sewing, trims

PART_2 = (
    Sme(
        13,
        TH,
        "กลุ่มทอผ้าไหมบ้านท่าสว่าง",
        HEMP,
        MID,
        "Surin",
        "thasawang.silk@gmail.com",
        (PEACOCK, "OTOP"),
        (),
        (
            ("ผ้าไหมยกทองโบราณ ทอมือ ราคาตามลาย", "brocade_fabric"),
            ("ผ้าโฮล ผ้าอัมปรม ผ้าละเบิก", "mudmee_silk_fabric"),
        ),
        (need("ไหมทองไหมเงินสำหรับยกดอก", "gold_thread"),),
    ),
    Sme(
        14,
        EN,
        "Chonnabot Mudmee Weavers",
        HEMP,
        MID,
        "Khon Kaen",
        "chonnabot.weavers@gmail.com",
        ("Royal Thai Silk", "OTOP"),
        (),
        (
            ("Chonnabot ikat silk, 4 m per piece", "mudmee_silk_fabric"),
            ("Two-tone shot silk (hang krarok), plain", "plain_silk_fabric"),
        ),
        (need("Can someone dye our silk yarn in chemical colours? 20 kg lots", "dyeing_service"),),
    ),
    Sme(
        15,
        TH,
        "เส้นไหมย้อมสีบ้านเขว้า",
        HEMP,
        MID,
        "Chaiyaphum",
        "khwao.silk@gmail.com",
        ("OTOP",),
        (),
        (("เส้นไหมย้อมสีเคมี พร้อมทอ", "dyed_silk_yarn"),),
        (need("ไหมลืบ ไหมเปลือก ราคาส่ง", "raw_silk_yarn"),),
    ),
    Sme(
        16,
        TH,
        "กลุ่มแพรวาบ้านโพน",
        ISAN,
        MID,
        "Kalasin",
        "banphon.praewa@gmail.com",
        ("OTOP", "ตรานกยูงพระราชทาน"),
        (),
        (
            ("สไบแพรวา ลายดอกแก้ว ทอมือ", "sabai_shawl"),
            ("ผ้าไหมแพรวาผืนยาว 4 เมตร ไว้ตัดชุด", "brocade_fabric"),
        ),
        (need("ไหมสีแดงครั่ง สีเหลืองขนุน ย้อมพร้อมใช้", "dyed_silk_yarn"),),
    ),
    Sme(
        17,
        EN,
        "Pasang Brocade House",
        HEMP,
        MID,
        "Lamphun",
        "pasang.brocade@gmail.com",
        ("OTOP",),
        (),
        (("Lamphun yok dok silk, gold supplementary weft", "brocade_fabric"),),
        (
            need("Metallic gold yarn for the weft, lurex type is fine", "gold_thread"),
            unmet(
                "Organic silk yarn, GOTS certified",
                "no silk yarn supplier holds GOTS",
                "raw_silk_yarn",
                "dyed_silk_yarn",
                requires=("GOTS",),
            ),
        ),
    ),
    Sme(
        18,
        TH,
        "ผ้ายกเมืองนครบ้านตรอกแค",
        HEMP,
        MID,
        "Nakhon Si Thammarat",
        "trokkhae.yok@gmail.com",
        (),
        (),
        (("ผ้ายกเมืองนคร ลายก้านแย่ง ยกเงินยกทอง", "brocade_fabric"),),
        (need("เส้นลูเร็กซ์สีทอง ม้วนใหญ่", "gold_thread"),),
    ),
    Sme(
        19,
        EN,
        "Na Muen Si Weaving Group",
        HEMP,
        MID,
        "Trang",
        "namuensi.weave@gmail.com",
        (),
        (),
        (("Na Muen Si cotton brocade, 1 m wide", "cotton_brocade_fabric"),),
        (need("Natural cotton thread for weaving, GOTS not needed", "cotton_yarn", waives="GOTS"),),
    ),
    Sme(
        20,
        TH,
        "กลุ่มผ้าปาเต๊ะบ้านทอน",
        HEMP,
        MID,
        "Narathiwat",
        "banthon.batik@gmail.com",
        (),
        (),
        (
            ("ผ้าปาเต๊ะเขียนเทียน ผืนละ 2 เมตร", "batik_fabric"),
            ("ผ้าถุงปาเต๊ะเย็บสำเร็จ เอวยาง", "pha_sin_skirt"),
        ),
        (need("ผ้าดิบ ผ้าฝ้ายขาวยังไม่ฟอก หน้ากว้าง 45 นิ้ว", "greige_cotton_fabric"),),
    ),
    Sme(
        21,
        EN,
        "Sakon Indigo Studio",
        ISAN,
        MID,
        "Sakon Nakhon",
        "studio@sakonindigo.com",
        ("OTOP",),
        (BIO,),
        (
            ("Indigo-dyed handwoven cotton by the metre", "indigo_cotton_fabric"),
            ("Indigo vat dyeing of your garments or yardage, min 10 pcs", "indigo_dyeing_service"),
        ),
        (
            need(
                "Fermented indigo paste, Organic Thailand certified",
                "natural_indigo_dye",
                requires=("Organic Thailand",),
            ),
        ),
    ),
    Sme(
        22,
        TH,
        "หม้อห้อมแม่นาง ทุ่งโฮ้ง",
        HEMP,
        MID,
        "Phrae",
        "maenang.morhom@gmail.com",
        (),
        (BIO,),
        (
            ("ผ้าหม้อห้อมเป็นหลา ผ้าฝ้ายย้อมห้อมแท้", "indigo_cotton_fabric"),
            ("เสื้อหม้อห้อม คอจีน ผู้ชาย", "thai_fabric_shirt"),
        ),
        (need("ผ้าฝ้ายดิบยังไม่ย้อม หน้ากว้าง 44 นิ้ว", "greige_cotton_fabric"),),
    ),
    Sme(
        23,
        EN,
        "Phu Akhani Earth Dye",
        ISAN,
        MID,
        "Buriram",
        "phuakhani.dye@gmail.com",
        (),
        (BIO,),
        (("Cotton cloth dyed with volcanic soil, earth tones", "handwoven_cotton_fabric"),),
        (need("Cotton lint, ginned or unginned", "raw_cotton"),),
    ),
    Sme(
        24,
        TH,
        "ตีนจกแม่แจ่ม บ้านท้องฝาย",
        HEMP,
        MID,
        "Chiang Mai",
        "maechaem.teenjok@gmail.com",
        (),
        (),
        (
            ("ตีนจกแม่แจ่ม ลายหงส์ดำ ไหมผสมฝ้าย", "teenjok_fabric"),
            ("ซิ่นต่อตีนจก ผืนยังไม่เย็บ", "pha_sin_cloth"),
        ),
        (need("ไหมปั่นย้อมสีไว้จกลาย", "dyed_silk_yarn"),),
    ),
    Sme(
        25,
        EN,
        "Hat Siao Teen Jok",
        HEMP,
        MID,
        "Sukhothai",
        "hatsiao.jok@gmail.com",
        (),
        (),
        (
            ("Hat Siao jok-woven hem borders", "teenjok_fabric"),
            ("Sin teen jok skirt lengths, 2 m, unsewn", "pha_sin_cloth"),
        ),
        (need("Silk floss in red, black and yellow for jok work", "dyed_silk_yarn"),),
    ),
    Sme(
        26,
        TH,
        "ผ้าซิ่นลาวครั่งบ้านโคกหม้อ",
        HEMP,
        MID,
        "Uthai Thani",
        "khokmo.laokhrang@gmail.com",
        ("OTOP",),
        (),
        (
            ("ซิ่นลาวครั่ง ผืนยาว ยังไม่ได้เย็บ", "pha_sin_cloth"),
            ("ผ้าขาวม้าลาวครั่ง ผืนละ 150 บาท", "pha_khao_ma"),
        ),
        (need("มีใครรับเย็บผ้าซิ่นเป็นผ้าถุงสำเร็จบ้าง ผ้าเราเอง", "sewing_service"),),
    ),
    Sme(
        27,
        EN,
        "Nan Flowing Water Cotton",
        HEMP,
        MID,
        "Nan",
        "flowingwater.nan@gmail.com",
        ("Fairtrade",),
        (),
        (
            ("Lai nam lai handwoven cotton, 90 cm wide", "handwoven_cotton_fabric"),
            ("Flowing-water cotton sin, sewn with waistband", "pha_sin_skirt"),
        ),
        (need("Plant dye stuff: lac, mango bark, marigold", "natural_dye_material"),),
    ),
    Sme(
        28,
        TH,
        "กลุ่มทอผ้าบ้านปะอาว",
        ISAN,
        MID,
        "Ubon Ratchathani",
        "pa-ao.weaving@gmail.com",
        (),
        (),
        (
            ("รับจ้างทอผ้าตามแบบลูกค้า กี่กระตุก หน้ากว้าง 1 ม.", "weaving_service"),
            ("ผ้าฝ้ายทอมือสีพื้น เมตรละ 180 บาท", "handwoven_cotton_fabric"),
        ),
        (need("ด้ายฝ้ายเข็นมือ สีธรรมชาติ", "cotton_yarn"),),
    ),
    Sme(
        29,
        EN,
        "Lanna Colour Works",
        HEMP,
        MID,
        "Chiang Mai",
        "lab@lannacolour.com",
        (),
        (GREEN,),
        (
            ("Commission dyeing of silk and cotton yarn, lab-dip matching", "dyeing_service"),
            ("Natural dyeing of customer fabric: lac, ebony, marigold", "dyeing_service"),
        ),
        (unmet("Alum and ferrous mordants, 25 kg bags", "mordant chemicals: no chemical supplier in the set"),),
    ),
    Sme(
        30,
        TH,
        "ร้านรับย้อมผ้าบางโพ",
        CIRC,
        MID,
        "Bangkok",
        "bangpho.dye@gmail.com",
        (),
        (CIRCULAR,),
        (
            ("รับย้อมสีเส้นไหม ผ้าไหม และชุดเก่าให้เป็นสีใหม่", "dyeing_service"),
            ("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 5 ผืน", "indigo_dyeing_service"),
        ),
        (unmet("ถุงคลุมชุด ไม้แขวนเสื้อ", "garment bags and hangers: no one offers packaging"),),
    ),
)

# ------------------------------------------------------------------ part 3: cloth dealers, sewing, trims, print

PART_3 = (
    Sme(
        31,
        EN,
        "Phahurat Textile Trading",
        ALC,
        MID,
        "Bangkok",
        "sales@phahurattextile.com",
        ("Oeko-Tex 100",),
        (),
        (
            ("Italian silk (polyester satin), 60 colours", "synthetic_silk_look_fabric"),
            ("Cotton and poly lining, 58 in", "lining_fabric"),
        ),
        (need("Mudmee silk for resale, 100 pieces a month", "mudmee_silk_fabric"),),
    ),
    Sme(
        32,
        TH,
        "ร้านผ้าสำเพ็ง เฮงเจริญ",
        ALC,
        MID,
        "Bangkok",
        "hengcharoen.sampeng@gmail.com",
        (),
        (),
        (("ผ้าไหมญี่ปุ่น ผ้าไหมอิตาลี หน้ากว้าง 60 นิ้ว", "synthetic_silk_look_fabric"),),
        (need("ผ้าปาเต๊ะเขียนมือ ขายส่ง", "batik_fabric"),),
    ),
    Sme(
        33,
        EN,
        "Siam Grey Cloth Mill",
        ALC,
        MID,
        "Samut Prakan",
        "mill@siamgreycloth.com",
        (OEKO, "ISO 9001"),
        (),
        (
            ("Greige cotton sheeting, 44 in, by the roll", "greige_cotton_fabric"),
            ("Bleached cotton lining, 45 in", "lining_fabric"),
        ),
        (need("Combed cotton yarn, GOTS certified, for an organic line", "cotton_yarn", requires=("GOTS",)),),
    ),
    Sme(
        34,
        TH,
        "โรงงานเย็บผ้าพุทธมณฑล",
        ALC,
        MID,
        "Nakhon Pathom",
        "buddhamonthon.sewing@gmail.com",
        ("ISO 9001",),
        (),
        (
            ("รับจ้างตัดเย็บ CMT ลูกค้าส่งผ้ามา ขั้นต่ำ 100 ตัว", "sewing_service"),
            ("รับเย็บชุดผ้าไทยข้าราชการจำนวนมาก", "sewing_service"),
        ),
        (),
    ),
    Sme(
        35,
        EN,
        "Bangkok Goldwork Embroidery",
        ALC,
        MID,
        "Bangkok",
        "studio@bkkgoldwork.com",
        (),
        (),
        (
            ("Hand goldwork embroidery on customer garments", "embroidery_service"),
            ("Sequin and bead work on sabai and bodices", "embroidery_service"),
        ),
        (need("Beetle-wing pieces, crystals, seed beads", "sequins_beads"),),
    ),
    Sme(
        36,
        TH,
        "ร้านปักสไบบางลำพู",
        ALC,
        MID,
        "Bangkok",
        "banglamphu.pak@gmail.com",
        (),
        (),
        (("รับปักสไบ ปักชุดไทย ลายไทย ลูกค้าส่งผ้ามา", "embroidery_service"),),
        (need("เลื่อมเงิน ลูกปัดคริสตัล ขายส่ง", "sequins_beads"),),
    ),
    Sme(
        37,
        EN,
        "PrintPro Sublimation",
        SPORT,
        MID,
        "Samut Prakan",
        "jobs@printpro.co.th",
        (),
        (),
        (
            ("Sublimation printing of Thai motifs on customer jerseys", "sublimation_printing_service"),
            ("Running jerseys with Lai Thai print, stock designs", "thai_pattern_sportswear"),
        ),
        (
            unmet(
                "Recycled polyester jersey knit, GRS certified",
                "no one offers recycled polyester knit",
                requires=("GRS",),
            ),
        ),
    ),
    Sme(
        38,
        EN,
        "Surin Loom Collective",
        HEMP,
        MID,
        "Surin",
        "loom@surincollective.org",
        ("OTOP",),
        (),
        (("Commission weaving in silk or cotton: your yarn, your pattern", "weaving_service"),),
        (unmet("Spare reeds and heddles for floor looms", "loom parts: no one supplies equipment"),),
    ),
    Sme(
        39,
        TH,
        "ผ้าไหมปักธงชัย ร้านแม่ทองใบ",
        ISAN,
        MID,
        "Nakhon Ratchasima",
        "maethongbai.silk@gmail.com",
        ("Peacock Emblem",),
        (),
        (
            ("ผ้าไหมปักธงชัย สีพื้น หน้ากว้าง 40 นิ้ว", "plain_silk_fabric"),
            ("ผ้าไหมมัดหมี่ลายดอกพิกุล", "mudmee_silk_fabric"),
        ),
        (need("รับย้อมเส้นไหมสีเคมีตามสั่ง เราส่งไหมให้", "dyeing_service"),),
    ),
    Sme(
        40,
        TH,
        "ผ้าไหมสาเกตนคร",
        ISAN,
        MID,
        "Roi Et",
        "saketnakhon.silk@gmail.com",
        (),
        (),
        (("ผ้าไหมหางกระรอกสองสี", "plain_silk_fabric"),),
        (),
    ),
    Sme(
        45,
        TH,
        "ผ้าใยกัญชงแม่สาใหม่",
        HEMP,
        MID,
        "Chiang Mai",
        "maesamai.hemp@gmail.com",
        (),
        (BIO,),
        (("ผ้าใยกัญชงทอมือ หน้ากว้าง 40 ซม.", "hemp_fabric"),),
        (need("ใยกัญชงดิบเป็นมัด ยังไม่ปั่น", "hemp_fibre"),),
    ),
    Sme(
        81,
        EN,
        "CoolWeave Technical Fabrics",
        SPORT,
        MID,
        "Chonburi",
        "tech@coolweave.co.th",
        (OEKO, "bluesign"),
        (GREEN,),
        (("Moisture-wicking knit lining, anti-bacterial finish", "lining_fabric"),),
        (need("Recycled cotton yarn for blended knits, GRS", "recycled_cotton_yarn", requires=("GRS",)),),
    ),
    Sme(
        87,
        TH,
        "โรงพิมพ์ผ้าซับลิเมชั่นมหาชัย",
        SPORT,
        MID,
        "Samut Sakhon",
        "mahachai.sublimation@gmail.com",
        (),
        (),
        (
            ("รับพิมพ์ซับลิเมชั่นลายไทยบนผ้าลูกค้า", "sublimation_printing_service"),
            ("เสื้อกีฬาลายผ้าไทย สำเร็จรูป", "thai_pattern_sportswear"),
        ),
        (unmet("หมึกซับลิเมชั่น ลิตรละ", "sublimation ink: no one offers it"),),
    ),
    Sme(
        94,
        EN,
        "Isan Sewing Co-op",
        ISAN,
        MID,
        "Khon Kaen",
        "coop@isansewing.org",
        (),
        (),
        (
            ("Cut-make-trim for small brands, 50 pcs minimum", "sewing_service"),
            ("Elastic-waist jongkraben, ready to wear", "jongkraben"),
        ),
        (need("Mill-made cotton sheeting for toiles", "greige_cotton_fabric"),),
    ),
)

# ------------------------------------------------------------------ part 4: dress makers, rental, studios

PART_4 = (
    Sme(
        47,
        TH,
        "ห้องเสื้อชุดไทยบ้านหม้อ",
        ALC,
        DOWN,
        "Bangkok",
        "banmo.thaidress@gmail.com",
        (),
        (),
        (
            ("ชุดไทยจักรี บรมพิมาน สำเร็จรูป ไซซ์ S-XXL", "ready_made_thai_dress"),
            ("ตัดชุดไทยตามสัดส่วน ได้ใน 7 วัน", "thai_dress_tailoring"),
        ),
        (need("ผ้าไหมตรานกยูงพระราชทาน สีพื้นเรียบ ไม่เอาไหมอิตาลี", "plain_silk_fabric", requires=(PEACOCK,)),),
    ),
    Sme(
        48,
        EN,
        "Lanna Thai Dress Atelier",
        ALC,
        DOWN,
        "Chiang Mai",
        "atelier@lannathaidress.com",
        (),
        (),
        (
            ("Made-to-measure chut thai with fittings", "thai_dress_tailoring"),
            ("Ready-to-wear Chitralada and Ruean Ton sets", "ready_made_thai_dress"),
        ),
        (
            need("Mae Chaem jok hems to sew onto skirts", "teenjok_fabric"),
            need(
                "Plain Thai silk for bodices, Peacock Emblem not required",
                "plain_silk_fabric",
                waives="Peacock Emblem",
            ),
        ),
    ),
    Sme(
        49,
        TH,
        "ร้านชุดไทยแม่บัวผัน",
        ISAN,
        DOWN,
        "Khon Kaen",
        "maebuaphan.shop@gmail.com",
        (),
        (),
        (("ชุดไทยเรือนต้นสำเร็จรูป ตัดจากผ้ามัดหมี่", "ready_made_thai_dress"),),
        (need("ผ้ามัดหมี่ชนบท เป็นพับ", "mudmee_silk_fabric"),),
    ),
    Sme(
        50,
        EN,
        "Isan Heritage Wear",
        ISAN,
        DOWN,
        "Udon Thani",
        "shop@isanheritage.com",
        (),
        (),
        (
            ("Lao-style sinh, ready to wear", "pha_sin_skirt"),
            ("Pha biang shoulder cloths", "sabai_shawl"),
        ),
        (need("Unsewn sin lengths with woven hems", "pha_sin_cloth"),),
    ),
    Sme(
        51,
        TH,
        "โจงกระเบนสำเร็จ ป้าจิต",
        ALC,
        DOWN,
        "Bangkok",
        "pajit.jongkraben@gmail.com",
        (),
        (),
        (
            ("โจงกระเบนผูกสำเร็จ ใส่ง่าย เอวยางยืด", "jongkraben"),
            ("ผ้านุ่งโจงผ้าไหมเทียม สีสด", "jongkraben"),
        ),
        (need("ผ้าซาตินเหลือบทอง หน้ากว้าง", "synthetic_silk_look_fabric"),),
    ),
    Sme(
        52,
        EN,
        "Siam Sabai House",
        ALC,
        DOWN,
        "Bangkok",
        "hello@siamsabai.com",
        (),
        (),
        (
            ("Bridal sabai embroidered with gold thread", "sabai_shawl"),
            ("Sabai in praewa silk", "sabai_shawl"),
        ),
        (
            need("Kalasin praewa shawls, Royal Peacock certified", "sabai_shawl", requires=(PEACOCK,)),
            need("Outsourced goldwork on our sabai", "embroidery_service"),
        ),
    ),
    Sme(
        53,
        TH,
        "ห้องเสื้อพระราชทาน ช่างวิโรจน์",
        ALC,
        DOWN,
        "Bangkok",
        "chang.wiroj@gmail.com",
        (),
        (),
        (
            ("เสื้อพระราชทานแขนยาว ตัดตามตัว", "men_thai_jacket"),
            ("ราชปะแตนผ้าไหม สำเร็จรูป", "men_thai_jacket"),
        ),
        (
            need("ผ้าไหมพื้นเรียบ สีกรมท่า สีดำ ตรานกยูงยิ่งดี", "plain_silk_fabric", waives="ตรานกยูง"),
            unmet("กระดุมทองเหลืองห้าเม็ด สำหรับราชปะแตน", "buttons: no one offers garment buttons"),
        ),
    ),
    Sme(
        54,
        EN,
        "Raj Pattern Tailors",
        ALC,
        DOWN,
        "Nonthaburi",
        "fit@rajpatterntailors.com",
        (),
        (),
        (("Bespoke raj pattern jackets, wool or silk", "men_thai_jacket"),),
        (need("Breathable jacket lining", "lining_fabric"),),
    ),
    Sme(
        55,
        TH,
        "ร้านเช่าชุดไทยเยาวราช",
        CIRC,
        DOWN,
        "Bangkok",
        "yaowarat.rental@gmail.com",
        (),
        (CIRCULAR,),
        (
            ("เช่าชุดไทยพร้อมเครื่องประดับ วันละ 800 บาท", "thai_costume_rental"),
            ("ปล่อยชุดไทยหมดสภาพเช่า เหมาเป็นกระสอบ", "used_thai_dress"),
        ),
        (need("ชุดไทยบรมพิมาน ไซซ์ใหญ่ ยกโหล", "ready_made_thai_dress"),),
    ),
    Sme(
        56,
        EN,
        "Lanna Dress Rental",
        CIRC,
        DOWN,
        "Chiang Mai",
        "book@lannadressrental.com",
        (),
        (CIRCULAR,),
        (("Thai and Lanna costume hire for tourists, half day", "thai_costume_rental"),),
        (unmet("Weekly dry cleaning for silk costumes", "dry cleaning: no laundry in the set"),),
    ),
    Sme(
        57,
        TH,
        "อยุธยาชุดไทยให้เช่า",
        CIRC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "ayutthaya.chutthai@gmail.com",
        (),
        (CIRCULAR,),
        (
            ("ชุดไทยให้เช่าถ่ายรูป ชั่วโมงละ 200 บาท", "thai_costume_rental"),
            ("ถ่ายภาพชุดไทยในวัด พร้อมช่างภาพ", "thai_dress_photo_service"),
        ),
        (),
    ),
    Sme(
        58,
        EN,
        "Riverside Dress Hire",
        CIRC,
        DOWN,
        "Bangkok",
        "hire@riversidedress.com",
        (),
        (CIRCULAR,),
        (("Thai costume rental near the Grand Palace", "thai_costume_rental"),),
        (need("Men's Thai jackets for the hire rail", "men_thai_jacket"),),
    ),
    Sme(
        59,
        TH,
        "สตูดิโอภาพย้อนยุค",
        ALC,
        DOWN,
        "Bangkok",
        "yonyuk.studio@gmail.com",
        (),
        (),
        (("ถ่ายภาพชุดไทยย้อนยุค ฉากเรือนไม้สัก", "thai_dress_photo_service"),),
        (
            need("เครื่องประดับชุดไทย ชุดเจ้าสาว", "thai_dress_jewellery"),
            unmet("ไฟสตูดิโอ LED พร้อมขาตั้ง", "studio lighting: no one offers equipment"),
        ),
    ),
    Sme(
        60,
        EN,
        "Golden Frame Photo",
        ALC,
        DOWN,
        "Chiang Mai",
        "shoot@goldenframe.photo",
        (),
        (),
        (("Thai dress portrait packages", "thai_dress_photo_service"),),
        (
            need("A Thai costume hire partner for our clients", "thai_costume_rental"),
            unmet("Makeup artist and hair stylist for shoots", "makeup and hair: no one offers it"),
        ),
    ),
    Sme(
        61,
        TH,
        "สตูดิโอรับปริญญาขอนแก่น",
        ISAN,
        DOWN,
        "Khon Kaen",
        "kk.graduation@gmail.com",
        (),
        (),
        (("ถ่ายรูปรับปริญญาชุดไทย นอกสถานที่", "thai_dress_photo_service"),),
        (need("สไบเฉียงสำเร็จรูป", "sabai_shawl"),),
    ),
)

# ------------------------------------------------------------------ part 5: institutions, shops, bags, sport

PART_5 = (
    Sme(
        62,
        EN,
        "Rattanakosin International School",
        ALC,
        DOWN,
        "Bangkok",
        "procurement@ris.ac.th",
        (),
        (),
        (),
        (need("Thai dance costumes for 40 students, Loy Krathong show", "dance_costume"),),
    ),
    Sme(
        63,
        TH,
        "โรงเรียนสุรินทร์พิทยา",
        ISAN,
        DOWN,
        "Surin",
        "surinpittaya.school@gmail.com",
        (),
        (),
        (),
        (need("เสื้อผ้าไทยให้ครู 60 ตัว ใส่วันศุกร์", "thai_fabric_shirt"),),
    ),
    Sme(
        64,
        TH,
        "โรงเรียนเมืองคอน",
        ALC,
        DOWN,
        "Nakhon Si Thammarat",
        "muangkhon.school@gmail.com",
        (),
        (),
        (),
        (need("ชุดโนรา ครบเครื่อง สำหรับชมรม", "dance_costume"),),
    ),
    Sme(
        65,
        TH,
        "ร้านเครื่องโนราแม่ศรี",
        ALC,
        DOWN,
        "Nakhon Si Thammarat",
        "maesri.nora@gmail.com",
        (),
        (),
        (
            ("ชุดมโนราห์ ลูกปัดร้อยมือ ครบชุด", "dance_costume"),
            ("ชุดรำไทย ชุดละคร เด็กและผู้ใหญ่", "dance_costume"),
        ),
        (need("ลูกปัดแก้วคละสี ขายเป็นกิโล", "sequins_beads"),),
    ),
    Sme(
        66,
        EN,
        "Khon & Lakhon Costume Studio",
        ALC,
        DOWN,
        "Bangkok",
        "studio@khonlakhon.com",
        (),
        (),
        (("Classical dance costumes: khon, lakhon, fon", "dance_costume"),),
        (need("Gold couching on costume panels, we supply the panels", "embroidery_service"),),
    ),
    Sme(
        67,
        TH,
        "วัดสุทธาวาส",
        ALC,
        DOWN,
        "Bangkok",
        "watsutthawat@gmail.com",
        (),
        (CIRCULAR,),
        (
            ("ผ้าไตรที่ญาติโยมถวายเกิน ยังไม่ได้ใช้", "monk_robe"),
            ("จีวรเก่า สบงขาด", "used_textiles"),
        ),
        (
            need("ผ้าขาวม้า สำหรับงานบวชนาค 100 ผืน", "pha_khao_ma"),
            unmet("ชุดขาวปฏิบัติธรรม สำหรับผู้มาถือศีล", "white retreat clothing: no one offers it"),
        ),
    ),
    Sme(
        68,
        EN,
        "Wat Pa Nong Hoi Forest Monastery",
        ISAN,
        DOWN,
        "Ubon Ratchathani",
        "watpanonghoi@gmail.com",
        (),
        (),
        (),
        (need("Saffron robe sets for ordinations", "monk_robe"),),
    ),
    Sme(
        69,
        TH,
        "ร้านสังฆภัณฑ์เสาชิงช้า",
        ALC,
        DOWN,
        "Bangkok",
        "saochingcha.sangkha@gmail.com",
        (),
        (),
        (
            ("ไตรจีวรครบชุด ผ้าโทเร สีพระราชนิยม", "monk_robe"),
            ("ไตรผ้าฝ้ายย้อมแก่นขนุน", "monk_robe"),
        ),
        (
            need("ผ้าดิบฝ้าย 100% เป็นม้วน", "greige_cotton_fabric"),
            need("รับเหมาเย็บจีวร ทางร้านส่งผ้าให้", "sewing_service"),
        ),
    ),
    Sme(
        70,
        EN,
        "Bang Rak District Office, Procurement",
        ALC,
        DOWN,
        "Bangkok",
        "procure.bangrak@bangkok.go.th",
        (),
        (),
        (),
        (
            need("Thai-fabric shirts for 200 staff, Friday wear, no printed polyester", "thai_fabric_shirt"),
            need("OTOP-certified silk shawls for official gifts", "sabai_shawl", requires=("OTOP",)),
        ),
    ),
    Sme(
        71,
        TH,
        "สำนักงานวัฒนธรรมจังหวัดกาฬสินธุ์",
        ISAN,
        DOWN,
        "Kalasin",
        "culture.kalasin@gmail.com",
        (),
        (),
        (),
        (
            need("ชุดพระราชทานข้าราชการชาย 50 ชุด", "men_thai_jacket"),
            need("ผู้รับจ้างเย็บชุดผ้าไทย ได้ ISO 9001", "sewing_service", requires=("ISO 9001",)),
        ),
    ),
    Sme(
        72,
        TH,
        "กองพัสดุ เทศบาลนครนนทบุรี",
        ALC,
        DOWN,
        "Nonthaburi",
        "supply.nonthaburi@gmail.com",
        (),
        (),
        (),
        (
            need(
                "ผ้าไหมมีตรานกยูงพระราชทาน เป็นของที่ระลึก",
                "plain_silk_fabric",
                "mudmee_silk_fabric",
                "brocade_fabric",
                requires=(PEACOCK,),
            ),
        ),
    ),
    Sme(
        73,
        EN,
        "Andaman Spa Resort",
        ALC,
        DOWN,
        "Phuket",
        "purchasing@andamanspa.com",
        (),
        (),
        (),
        (
            need("Pha khao ma for guests, 300 pcs", "pha_khao_ma"),
            need("Hand-drawn batik lengths for room decor", "batik_fabric"),
        ),
    ),
    Sme(
        74,
        TH,
        "โรงแรมเวียงล้านนา",
        ALC,
        DOWN,
        "Chiang Mai",
        "wianglanna.hotel@gmail.com",
        (),
        (),
        (),
        (need("ผ้าซิ่นสำเร็จรูป ให้พนักงานต้อนรับ", "pha_sin_skirt"),),
    ),
    Sme(
        75,
        EN,
        "Golden Age Care Home",
        ALC,
        DOWN,
        "Nonthaburi",
        "care@goldenage.co.th",
        (),
        (),
        (),
        (need("Soft lining for sensitive skin, OEKO-TEX certified", "lining_fabric", requires=(OEKO,)),),
    ),
    Sme(
        76,
        TH,
        "บ้านพักผู้สูงอายุสุขใจ",
        ISAN,
        DOWN,
        "Khon Kaen",
        "sukjai.eldercare@gmail.com",
        (),
        (),
        (),
        (need("โจงเอวยืด ใส่ง่าย สำหรับงานสงกรานต์", "jongkraben"),),
    ),
    Sme(
        77,
        EN,
        "Thai Craft Emporium",
        ALC,
        DOWN,
        "Bangkok",
        "buying@thaicraftemporium.com",
        (),
        (),
        (),
        (
            need("Handwoven bags, indigo or natural", "fabric_bag"),
            need("Fair Trade handwoven cotton cloth", "handwoven_cotton_fabric", requires=("Fairtrade",)),
            unmet(
                "Product photos for our web shop", "product photography: the studios here shoot people in Thai dress"
            ),
        ),
    ),
    Sme(
        78,
        TH,
        "ร้านของฝากผ้าทอตลาดนาข่า",
        ISAN,
        DOWN,
        "Udon Thani",
        "nakha.market@gmail.com",
        (),
        (),
        (),
        (need("ผ้ามัดหมี่ ขายส่งราคาโรงงาน ไม่ต้องมี OTOP", "mudmee_silk_fabric", waives="OTOP"),),
    ),
    Sme(
        79,
        TH,
        "กระเป๋าผ้าครามดงมะไฟ",
        ISAN,
        DOWN,
        "Sakon Nakhon",
        "dongmafai.bag@gmail.com",
        ("OTOP",),
        (BIO,),
        (("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "fabric_bag"),),
        (need("ผ้าคราม ผ้าย้อมห้อม เป็นเมตร ไม่เอาสีเคมี", "indigo_cotton_fabric"),),
    ),
    Sme(
        80,
        EN,
        "Second Stitch Upcycling",
        CIRC,
        DOWN,
        "Bangkok",
        "hi@secondstitch.co",
        (),
        (CIRCULAR,),
        (
            ("Patchwork totes from silk offcuts", "upcycled_bag"),
            ("Pouches cut from retired Thai dresses", "upcycled_bag"),
        ),
        (need("Tailors' silk scraps by the kilo", "silk_offcuts"),),
    ),
    Sme(
        82,
        TH,
        "ถุงผ้ารีไซเคิล ห้อมฮัก",
        CIRC,
        DOWN,
        "Chiang Mai",
        "homhak.bag@gmail.com",
        (),
        (CIRCULAR,),
        (("ถุงผ้าจากเศษผ้าหม้อห้อม", "upcycled_bag"),),
        (need("เศษห้อมจากโรงตัดเสื้อ", "cotton_offcuts"),),
    ),
    Sme(
        83,
        TH,
        "เครื่องประดับชุดไทยเพชรบุรี",
        ALC,
        DOWN,
        "Phetchaburi",
        "phetburi.ornament@gmail.com",
        (),
        (),
        (
            ("เข็มขัดทองเหลืองชุบทอง หัวปั้นเหน่ง", "thai_dress_jewellery"),
            ("สร้อยสังวาล ต่างหู กำไล ชุดเจ้าสาวไทย", "thai_dress_jewellery"),
        ),
        (unmet("ทองเหลืองแผ่นสำหรับตีลาย", "brass sheet: no metal supplier in the set"),),
    ),
    Sme(
        84,
        EN,
        "Siam Ornaments",
        ALC,
        DOWN,
        "Bangkok",
        "sales@siamornaments.com",
        (),
        (),
        (("Gold-plated hairpins and belts for Thai costume", "thai_dress_jewellery"),),
        (need("Crystals and seed beads, bulk", "sequins_beads"),),
    ),
    Sme(
        85,
        TH,
        "จัดงานวิ่งลายไทย",
        SPORT,
        DOWN,
        "Bangkok",
        "laithai.run@gmail.com",
        (),
        (),
        (),
        (need("พิมพ์ลายผ้าไทยลงเสื้อที่เราหามาเอง", "sublimation_printing_service"),),
    ),
    Sme(
        86,
        EN,
        "Lanna Muay Thai Camp",
        SPORT,
        DOWN,
        "Chiang Mai",
        "camp@lannamuaythai.com",
        (),
        (),
        (),
        (
            unmet("Satin fight shorts with custom names", "fight shorts: no one makes them"),
            need("Team training shirts printed with Thai patterns", "thai_pattern_sportswear"),
        ),
    ),
    Sme(
        88,
        EN,
        "Mekong Weaves Shop",
        ISAN,
        DOWN,
        "Nakhon Phanom",
        "shop@mekongweaves.com",
        (),
        (),
        (
            ("Indigo cotton shirts with Lao collar", "thai_fabric_shirt"),
            ("Checked pha khao ma, 80 x 180 cm", "pha_khao_ma"),
        ),
        (need("Anyone weaving to order with our yarn?", "weaving_service"),),
    ),
    Sme(
        89,
        TH,
        "เสื้อผ้าฝ้ายทอมือร้อยเอ็ด",
        ISAN,
        DOWN,
        "Roi Et",
        "roiet.cottonwear@gmail.com",
        (),
        (),
        (
            ("เสื้อผ้าฝ้ายคอจีน แขนสั้น ใส่ทำงาน", "thai_fabric_shirt"),
            ("เสื้อผ้าไทยผู้หญิง ผ้าพื้นเมือง", "thai_fabric_shirt"),
        ),
        (need("ผ้าฝ้ายเข็นมือทอมือ ผืนยาว", "handwoven_cotton_fabric"),),
    ),
    Sme(
        90,
        EN,
        "Hemp & Hill Goods",
        HEMP,
        DOWN,
        "Chiang Mai",
        "goods@hempandhill.com",
        (),
        (BIO,),
        (("Hemp tote bags", "fabric_bag"),),
        (need("Handwoven hemp cloth, natural", "hemp_fabric"),),
    ),
    Sme(
        91,
        TH,
        "ร้านตัดชุดไทยช่างเอื้อ",
        ALC,
        DOWN,
        "Bangkok",
        "chang.uea@gmail.com",
        (),
        (),
        (
            ("รับตัดชุดไทยทุกแบบ นำผ้ามาเองได้", "thai_dress_tailoring"),
            ("เศษผ้าไหม เศษผ้ายก เหลือจากตัด", "silk_offcuts"),
        ),
        (need("ผ้าเทียมไหม สีพาสเทล ราคาถูก", "synthetic_silk_look_fabric"),),
    ),
    Sme(
        92,
        EN,
        "Siam Bridal Planner",
        ALC,
        DOWN,
        "Bangkok",
        "plan@siambridal.com",
        (),
        (),
        (),
        (
            need("Made-to-measure Thai wedding dress for the bride", "thai_dress_tailoring"),
            need("Pre-wedding shoot in Thai attire", "thai_dress_photo_service"),
        ),
    ),
    Sme(
        93,
        TH,
        "ร้านของฝากกรุงเก่า",
        ALC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "krungkao.souvenir@gmail.com",
        (),
        (),
        (),
        (need("ผ้าขาวม้า สินค้า OTOP", "pha_khao_ma", requires=("OTOP",)),),
    ),
    Sme(
        95,
        TH,
        "ห้างไทยศิลป์ แผนกผ้าไทย",
        ALC,
        DOWN,
        "Bangkok",
        "thaisilp.buyer@gmail.com",
        (),
        (),
        (),
        (
            unmet(
                "ชุดไทยสำเร็จรูปที่ผ่าน OEKO-TEX",
                "no ready-made Thai dress maker holds OEKO-TEX",
                "ready_made_thai_dress",
                requires=(OEKO,),
            ),
            need("ชุดไทยบุรุษ ราชปะแตน ไซซ์มาตรฐาน", "men_thai_jacket"),
        ),
    ),
)

SMES: tuple[Sme, ...] = tuple(sorted(PART_1 + PART_2 + PART_3 + PART_4 + PART_5, key=lambda sme: sme.num))


def sme_id(num: int) -> str:
    return f"{PREFIX}-{num:03d}"


# ------------------------------------------------------------------ deciding links

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
ID_FORM = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_FORM = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


class Checked(NamedTuple):
    certs: dict[int, frozenset[str]]  # canonical certifications per SME
    qualified: dict[tuple[int, int], tuple[int, ...]]  # (buyer, need index) -> qualified suppliers
    links: tuple[tuple[int, int], ...]  # (supplier, buyer)


def qualifying(smes: tuple[Sme, ...], certs: dict[int, frozenset[str]], buyer: Sme, item: Need) -> tuple[int, ...]:
    return tuple(
        sme.num
        for sme in smes
        if sme.num != buyer.num
        and any(label in item.labels for _, label in sme.offers)
        and set(item.requires) <= certs[sme.num]
    )


def letters_ok(text: str, lang: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    thai = sum(1 for ch in letters if THAI_CHAR.match(ch))
    if lang == EN:
        return thai == 0 and all(ord(ch) < 0x250 for ch in text)
    return bool(letters) and thai / len(letters) >= 0.6


def check(smes: tuple[Sme, ...], tax: ModuleType) -> tuple[Checked, list[str]]:
    errors: list[str] = []
    nums = [sme.num for sme in smes]
    if nums != list(range(1, SIZE + 1)):
        errors.append(f"ids must run btx-001 .. btx-{SIZE:03d} without gaps or repeats")
    sub_clusters = {member.value for member in tax.SubCluster}
    stages = {member.value for member in tax.Stage}
    bcg_tags = {member.value for member in tax.BcgTag}
    certs: dict[int, frozenset[str]] = {}
    offer_texts: set[str] = set()
    for sme in smes:
        where = sme_id(sme.num)
        if not ID_FORM.match(where):
            errors.append(f"{where}: malformed id")
        if sme.lang not in (TH, EN):
            errors.append(f"{where}: language {sme.lang!r}")
        if sme.sub not in sub_clusters or sme.stage not in stages:
            errors.append(f"{where}: sub-cluster or stage not in the taxonomy")
        if any(tag not in bcg_tags for tag in sme.bcg) or len(set(sme.bcg)) != len(sme.bcg):
            errors.append(f"{where}: bad bcg tags {sme.bcg}")
        province = tax.resolve_province(sme.province)
        if province is None or province.name_en != sme.province:
            errors.append(f"{where}: province {sme.province!r} is not an English province name")
        resolved = [tax.resolve_certification(name) for name in sme.certs]
        if None in resolved or len(set(resolved)) != len(resolved):
            errors.append(f"{where}: certifications {sme.certs} do not all resolve")
        certs[sme.num] = frozenset(name for name in resolved if name)
        if not EMAIL_FORM.match(sme.email):
            errors.append(f"{where}: email {sme.email!r}")
        if len(sme.offers) > 3 or len(sme.needs) > 3 or not (sme.offers or sme.needs):
            errors.append(f"{where}: 0-3 offers and 0-3 needs, not both empty")
        phrases = [sme.name, *(text for text, _ in sme.offers), *(item.text for item in sme.needs)]
        for text in phrases:
            if text != text.strip() or "  " in text or not text:
                errors.append(f"{where}: stray spaces in {text!r}")
            if not letters_ok(text, sme.lang):
                errors.append(f"{where}: {text!r} is not written in {sme.lang}")
        for text, label in sme.offers:
            if label not in LABELS:
                errors.append(f"{where}: unknown offer label {label!r}")
            offer_texts.add(text)
    if len({sme.name for sme in smes}) != len(smes) or len({sme.email for sme in smes}) != len(smes):
        errors.append("names and emails must be unique")

    qualified: dict[tuple[int, int], tuple[int, ...]] = {}
    links: set[tuple[int, int]] = set()
    for sme in smes:
        where = sme_id(sme.num)
        for index, item in enumerate(sme.needs):
            if item.text in offer_texts:
                errors.append(f"{where}: need {item.text!r} repeats an offer word for word")
            for label in item.labels:
                if label not in LABELS:
                    errors.append(f"{where}: unknown need label {label!r}")
                elif not any(label == own for other in smes if other.num != sme.num for _, own in other.offers):
                    errors.append(f"{where}: no one else offers {label!r}")
            for name in item.requires:
                if tax.resolve_certification(name) != name:
                    errors.append(f"{where}: required {name!r} is not a canonical certification")
            named = tax.find_certifications(item.text)
            if named != set(item.requires):
                errors.append(f"{where}: {item.text!r} names {sorted(named)}, requires {list(item.requires)}")
            if item.waives:
                waived = tax.resolve_certification(item.waives)
                if item.waives not in item.text or waived is None or waived in named or waived in item.requires:
                    errors.append(f"{where}: {item.text!r} does not waive {item.waives!r}")
            found = qualifying(smes, certs, sme, item)
            qualified[(sme.num, index)] = found
            if item.note:
                if found:
                    errors.append(f"{where}: {item.text!r} is marked unmet but {found} qualify")
            elif not item.labels or not found:
                errors.append(f"{where}: {item.text!r} has no qualified supplier")
            else:
                links.update((supplier, sme.num) for supplier in found)
    return Checked(certs, qualified, tuple(sorted(links))), errors


# ------------------------------------------------------------------ counts and targets


def counts(smes: tuple[Sme, ...], checked: Checked, tax: ModuleType) -> list[tuple[str, str]]:
    by_num = {sme.num: sme for sme in smes}
    needs = [(sme, item) for sme in smes for item in sme.needs]
    unmet_needs = sum(1 for _, item in needs if item.note)
    langs = Counter(sme.lang for sme in smes)
    links = checked.links
    th_en = sum(1 for s, b in links if by_num[s].lang == TH and by_num[b].lang == EN)
    en_th = sum(1 for s, b in links if by_num[s].lang == EN and by_num[b].lang == TH)
    cross = th_en + en_th
    regions = Counter(tax.resolve_province(sme.province).region.value for sme in smes)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai / English profiles", f"{langs[TH]} / {langs[EN]}"),
    ]
    subs = Counter(sme.sub for sme in smes)
    rows += [(f"sub-cluster `{member.value}`", str(subs[member.value])) for member in tax.SubCluster]
    stages = Counter(sme.stage for sme in smes)
    rows += [(f"stage `{member.value}`", str(stages[member.value])) for member in tax.Stage]
    rows += [(f"region `{member.value}`", str(regions[member.value])) for member in tax.Region]
    rows += [
        ("distinct provinces", str(len({sme.province for sme in smes}))),
        ("offers", str(sum(len(sme.offers) for sme in smes))),
        ("distinct offer labels", str(len({label for sme in smes for _, label in sme.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(needs) - unmet_needs} / {unmet_needs}"),
        ("needs requiring a certification", str(sum(1 for _, item in needs if item.requires))),
        ("needs waiving a certification", str(sum(1 for _, item in needs if item.waives))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.0%})" if links else "0"),
        ("within-language links", str(len(links) - cross)),
        ("links between different sub-clusters", str(sum(1 for s, b in links if by_num[s].sub != by_num[b].sub))),
    ]
    return rows


def target_errors(smes: tuple[Sme, ...], checked: Checked) -> list[str]:
    by_num = {sme.num: sme for sme in smes}
    errors: list[str] = []
    thai_share = sum(1 for sme in smes if sme.lang == TH) / len(smes)
    if not 0.50 <= thai_share <= 0.60:
        errors.append(f"Thai share {thai_share:.0%}, wanted about 55 %")
    if not 160 <= len(checked.links) <= 180:
        errors.append(f"{len(checked.links)} true links, wanted 160-180")
    cross = sum(1 for s, b in checked.links if by_num[s].lang != by_num[b].lang)
    if checked.links and not 0.40 <= cross / len(checked.links) <= 0.60:
        errors.append(f"cross-language share {cross / len(checked.links):.0%}, wanted about half")
    unmet_count = sum(1 for sme in smes for item in sme.needs if item.note)
    if not 17 <= unmet_count <= 23:
        errors.append(f"{unmet_count} needs met by no one, wanted about 20")
    met = [len(found) for found in checked.qualified.values() if found]
    few = sum(1 for size in met if size <= 3)
    if met and (few / len(met) < 0.7 or few == len(met)):
        errors.append(f"{few} of {len(met)} met needs have 1-3 suppliers: want most, not all")
    return errors


# ------------------------------------------------------------------ files


def profile_line(sme: Sme) -> str:
    record = {
        "id": sme_id(sme.num),
        "name": sme.name,
        "sub_cluster": sme.sub,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [text for text, _ in sme.offers],
        "needs": [item.text for item in sme.needs],
        "certifications": list(sme.certs),
        "bcg": list(sme.bcg),
        "contact_email": sme.email,
        "language": sme.lang,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: tuple[tuple[int, int], ...]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted({(sme_id(s), sme_id(b)) for s, b in links}))
    return buffer.getvalue()


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| measure | count |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# Blind plain-register set: Thai traditional dress (`btx`)

## What it checks

How well the matcher finds true supplier-buyer pairs from wording it has never seen, on the theme of
Thai traditional dress: chut thai (chakri, boromphiman, chit lada), pha sin and pha nung, sabai,
jongkraben, ready-made and tailored Thai dress, costume rental, gold thread and brocade, tailors,
photo studios, schools, temples and government offices that buy, and the ordinary upstream and
midstream suppliers (fibre, yarn, cloth, dyeing, sewing) of the cluster.

The profiles are plain registry entries: one short phrase per offer or need, 1-3 of each (some SMEs
have only offers or only needs). About 55 % are in Thai, the rest in English. Goods are written in many
ways: local and regional names (north, Isan, south), trade words, brand names, abbreviations, with and
without quantities, prices, sizes, minimum orders and places. A need is worded differently from the
offers that meet it, often in the other language. Hard but fair cases are included: a service versus
the goods it works on (dyeing the customer's yarn versus dyed yarn, sewing for others versus finished
skirts), the customer's own goods sent for work, waste and used dresses versus new ones, raw versus
processed (cocoon, yarn, cloth, garment), finished goods described by their material or technique
(a bag of indigo-dyed handwoven cotton is a bag), needs written as a wish, a bare noun phrase or a
question, refusals, needs that require a named certification, needs that name one only to waive it,
and needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the contracts (cluster profiles, JSONL version 1, and the
links CSV) and the shared taxonomy (`shared/taxonomy.py` and `shared/taxonomy_data/`); nothing of the
matcher, its glossary, its tests or the other evaluation sets. All data lives in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example indigo-dyed
cotton cloth versus an indigo-dyeing service). Every need either lists the offer labels that
would meet it and the certifications its text requires, or is marked as met by no one with a short
note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed
by one of the buyer's needs and the supplier's certifications hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link; what changes what the thing is does. A waived certification is not required.
The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks: ids unique and well formed; every contract field valid (sub-cluster,
stage and BCG tags from the taxonomy, provinces through `resolve_province`, certifications through
`resolve_certification`); every label a need lists is offered by someone other than the buyer; every
met need has a qualified supplier and every unmet one has none; the certifications a need's text names
(by `find_certifications`) are exactly those it requires, and a waived one is named but not required;
Thai phrases mostly Thai letters and English ones Latin only; the size targets (160-180 links, about
half across languages, about 20 unmet needs, most met needs with 1-3 suppliers). It writes nothing if
a check fails, and builds every file twice to make sure the bytes are the same.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_thaidress/write.py

## Files

- `write.py`: the data (profiles, offer labels, needs with their labels, certifications and notes),
  the checks and the writer.
- `profiles.jsonl`: {profiles} SME profiles, ids `btx-001` to `btx-{last:03d}`, contract format, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def build(tax: ModuleType) -> tuple[dict[str, str], list[tuple[str, str]], list[str]]:
    checked, errors = check(SMES, tax)
    errors += target_errors(SMES, checked)
    rows = counts(SMES, checked, tax) if not errors else []
    files = {
        "profiles.jsonl": "".join(profile_line(sme) + "\n" for sme in SMES),
        "links.csv": links_csv(checked.links),
        "README.md": README.format(profiles=len(SMES), last=len(SMES), table=table(rows)),
    }
    return files, rows, errors


def main() -> int:
    tax = importlib.import_module("shared.taxonomy")
    files, rows, errors = build(tax)
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    again, _, _ = build(tax)
    if again != files:
        print("error: two builds differ; nothing written", file=sys.stderr)
        return 1
    for name, text in files.items():
        (HERE / name).write_bytes(text.encode("utf-8"))
    print(table(rows), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
