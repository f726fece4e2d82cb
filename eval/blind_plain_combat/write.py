"""Write the hand-labelled evaluation set `eval/blind_plain_combat/`.

Muay Thai, boxing and combat-sports SMEs written as plain registry entries, with the
ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster around them.
Every offer carries a label saying what the thing is; every need lists the labels that
would meet it (and the certifications its text requires) or is marked as met by no one.
The true links follow from those labels alone. Labels live only in this file.

Run from the repository root:

    .venv/bin/python eval/blind_plain_combat/write.py

The script checks the data first and writes nothing if a check fails.
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
    find_certifications,
    resolve_certification,
    resolve_province,
)

# ------------------------------------------------------------------ data model

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
AGC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AGI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()  # offer labels that meet it (empty when met by no one)
    requires: tuple[str, ...] = ()  # certifications its text requires (canonical names)
    waives: tuple[str, ...] = ()  # certifications its text names only to waive them
    unmet: str = ""  # why no one in the set meets it
    wants: tuple[str, ...] = ()  # for an unmet need: labels that would meet it, offered by no qualified supplier


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


def need(text: str, labels: str, *, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, tuple(labels.split()), req, waive)


def unmet(text: str, note: str, *, wants: str = "", req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, (), req, waive, note, tuple(wants.split()))


Head = tuple[int, str, str, str, str, str, str]  # number, language, name, sub-cluster, stage, province, email


def sme(
    head: Head,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    num, language, name, sub_cluster, stage, province, email = head
    return Sme(
        f"bmt-{num:03d}", language, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg
    )


# ------------------------------------------------------------------ profiles

SMES: list[Sme] = [
    # ---------------------------------------------------------- 001-030 fibre, yarn, waste, materials
    sme(
        (1, "th", "วิสาหกิจชุมชนกัญชงบ้านห้วยน้ำริน", HEMP, UP, "Tak", "huaynamrin.hemp@gmail.com"),
        [
            ("เปลือกกัญชงลอกมือ ตากแห้งแล้ว ขายเป็นกิโล", "hemp_fibre"),
            ("ด้ายกัญชงม้ง ปั่นมือ ม้วนละ 1 กก.", "hemp_yarn"),
        ],
        [unmet("เครื่องขูดเปลือกกัญชง มือสองก็ได้", "a decorticating machine; no one in the set sells machines")],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        (2, "en", "Doi Fibre Hemp Co., Ltd.", HEMP, UP, "Chiang Mai", "sales@doifibre.co.th"),
        [
            ("Decorticated hemp bast fibre, 25 kg bales", "hemp_fibre"),
            ("Hemp twine 3 mm on 500 m spools", "hemp_rope"),
        ],
        [unmet("Certified hemp seed for next season's planting", "seed, not fibre; no one in the set offers it")],
        certs=("Organic Thailand",),
        bcg=("bio", "green"),
    ),
    sme(
        (3, "th", "กลุ่มฟั่นเชือกกัญชงเขาค้อ", HEMP, UP, "Phetchabun", "khaokho.rope@gmail.com"),
        [
            ("เชือกกัญชงฟั่นมือ 3 เกลียว ขนาด 6 มิล", "hemp_rope"),
            ("ผ้ากัญชงทอกี่เอว สีธรรมชาติ ผืนละ 2 เมตร", "hemp_fabric"),
        ],
        [need("ใยกัญชงดิบ มีตราเกษตรอินทรีย์ยิ่งดี", "hemp_fibre", waive=("Organic Thailand",))],
        bcg=("bio",),
    ),
    sme(
        (4, "en", "Siam Cotton Spinning Co., Ltd.", HEMP, UP, "Nakhon Pathom", "yarn@siamcottonspin.com"),
        [
            ("Combed cotton yarn Ne 20/1 and 30/1, raw white", "cotton_yarn"),
            ("Organic cotton yarn Ne 30/1, GOTS certified", "organic_cotton_yarn"),
        ],
        [
            unmet(
                "Raw cotton bales, BCI certified",
                "raw cotton is offered (bmt-005) but by no Better Cotton holder",
                wants="raw_cotton",
                req=("Better Cotton",),
            )
        ],
        certs=("GOTS", "OEKO-TEX Standard 100", "ISO 9001"),
    ),
    sme(
        (5, "th", "กลุ่มปลูกฝ้ายพื้นเมืองนาแห้ว", AGI, UP, "Loei", "nahaeo.cotton@gmail.com"),
        [
            ("ฝ้ายดอกเก็บจากไร่ ยังไม่อีดเมล็ด", "raw_cotton"),
            ("ฝ้ายเข็นมือเส้นใหญ่ มีฝ้ายตุ่น ฝ้ายขาว", "handspun_cotton_thread"),
        ],
        [],
        bcg=("bio",),
    ),
    sme(
        (6, "th", "วิสาหกิจชุมชนครามบ้านถ้ำเต่า", AGI, UP, "Sakon Nakhon", "thamtao.indigo@gmail.com"),
        [("เนื้อครามเปียก หมักจากต้นครามสด กิโลละ 250 บาท", "indigo_paste")],
        [unmet("ปูนขาว น้ำด่างขี้เถ้า สำหรับก่อหม้อคราม", "vat auxiliaries; no one in the set offers them")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        (7, "en", "Loop Textile Recovery Co., Ltd.", CIRC, UP, "Samut Prakan", "ops@looptextile.co.th"),
        [
            ("Pre-consumer cutting waste, sorted by fibre and colour", "textile_offcuts"),
            ("Shredded fabric filling for punching bags, 20 kg sacks", "shredded_textile_filling"),
        ],
        [
            need("Post-consumer garments in bulk, any condition", "used_clothing"),
            need("Old boxing gloves, pads and shin guards from gyms", "used_boxing_gear"),
        ],
        certs=("RCS",),
        bcg=("circular",),
    ),
    sme(
        (8, "th", "บริษัท ใยคืนชีพ จำกัด", CIRC, UP, "Pathum Thani", "info@yaikhuenchip.co.th"),
        [
            ("ใยฝ้ายรีไซเคิล ตีจากเศษผ้า เป็นปุย", "recycled_cotton_fibre"),
            ("ใยอัดสำหรับยัดกระสอบทราย ทำจากผ้าเก่าบด", "shredded_textile_filling"),
        ],
        [need("เศษผ้าคอตตอนจากโรงตัด ขั้นต่ำ 1 ตัน", "textile_offcuts")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        (9, "en", "Second Round Sorting Ltd.", CIRC, UP, "Bangkok", "bales@secondround.co.th"),
        [
            ("Sorted second-hand clothing by the 45 kg bale", "used_clothing"),
            ("Cotton wiping rags cut from worn T-shirts", "wiping_rags"),
        ],
        [need("Worn fight shorts and robes for resale", "used_fightwear")],
        bcg=("circular",),
    ),
    sme(
        (10, "th", "สหกรณ์กองทุนสวนยางควนเนียง", SPORT, UP, "Songkhla", "khuanniang.coop@gmail.com"),
        [
            ("น้ำยางข้น 60% บรรจุถัง 200 ลิตร", "natural_rubber_latex"),
            ("ยางแผ่นรมควันชั้น 3 RSS3", "rubber_smoked_sheet"),
        ],
        [unmet("ขี้ยางก้อนถ้วย รับซื้อที่ลานหน้าสหกรณ์", "cup-lump rubber; no other grower in the set sells it")],
        bcg=("bio",),
    ),
    sme(
        (11, "en", "Kapok Ratchaburi Co.", HEMP, UP, "Ratchaburi", "kapok@kapokrb.com"),
        [("Kapok fibre, cleaned and seedless, 10 kg bags", "kapok_fibre")],
        [unmet("Jute hessian for packing bales", "no jute in the set")],
        bcg=("bio",),
    ),
    sme(
        (12, "th", "กลุ่มแม่บ้านดีดนุ่นบ้านโนนสูง", AGI, UP, "Nakhon Ratchasima", "nonsung.kapok@gmail.com"),
        [
            ("นุ่นดีดแล้ว ไม่มีเมล็ด ถุงละ 5 กิโล", "kapok_fibre"),
            ("หมอนขิดสามเหลี่ยม ยัดนุ่นแน่น", "triangle_pillow"),
        ],
        [],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        (13, "en", "Bang Pu Tannery Co., Ltd.", SPORT, MID, "Samut Prakan", "leather@bangputannery.com"),
        [
            ("Full-grain cowhide, chrome tanned, 1.4-1.6 mm", "cow_leather_hide"),
            ("Leather trimmings sold by the kilo", "leather_offcuts"),
        ],
        [unmet("Salted raw hides, 2 truckloads a month", "raw hides; no one in the set offers them")],
        certs=("Halal", "ISO 14001"),
    ),
    sme(
        (14, "th", "โรงฟอกหนังสามพราน", SPORT, MID, "Nakhon Pathom", "samphran.leather@gmail.com"),
        [
            ("หนังวัวฟอกฝาด สำหรับทำนวม ทำเป้า", "cow_leather_hide"),
            ("เศษหนังแท้คละสี ชั่งกิโลขาย", "leather_offcuts"),
        ],
        [],
    ),
    sme(
        (15, "en", "Polymer Leather Asia Co., Ltd.", SPORT, MID, "Samut Sakhon", "sales@pla-leather.com"),
        [
            ("PU synthetic leather 1.2 mm, 54 inch rolls", "pu_synthetic_leather"),
            ("Microfibre leatherette for glove palms", "pu_synthetic_leather"),
        ],
        [unmet("Non-woven backing fabric for coating", "no non-woven fabric in the set")],
        certs=("ISO 9001", "OEKO-TEX Standard 100"),
    ),
    sme(
        (16, "th", "บริษัท โฟมไทยสปอร์ต จำกัด", SPORT, MID, "Chonburi", "sales@foamthaisport.com"),
        [
            ("โฟมอีวีเอ แผ่นหนา 2-5 ซม. ตัดตามแบบ", "foam_padding"),
            ("แผ่นรองพื้น EVA แบบจิ๊กซอว์ 1x1 ม. ได้ มอก.", "gym_floor_mats"),
        ],
        [],
        certs=("Thai Industrial Standard",),
    ),
    sme(
        (17, "en", "Eastern Foam Converting Co.", SPORT, MID, "Rayong", "info@easternfoam.co.th"),
        [("Latex and PU foam sheets, die-cut to your pattern", "foam_padding")],
        [need("Natural latex concentrate, 60% DRC", "natural_rubber_latex")],
        certs=("ISO 9001",),
    ),
    sme(
        (18, "th", "บริษัท เส้นใยขวดไทย จำกัด", CIRC, UP, "Samut Sakhon", "sales@senyaikhuat.co.th"),
        [("เส้นด้ายฟิลาเมนต์รีไซเคิลจากขวด PET 150D", "rpet_yarn")],
        [unmet("เกล็ดขวดพลาสติกใส ล้างสะอาดแล้ว", "PET flakes; no one in the set offers them")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        (19, "en", "Green Loop Knitting Co., Ltd.", CIRC, MID, "Samut Prakan", "knit@greenloop.co.th"),
        [
            ("Recycled polyester jersey 140 gsm, white for printing", "rpet_fabric"),
            ("Recycled satin for fight shorts, 20 colours", "polyester_satin_fabric"),
        ],
        [
            need("GRS certified recycled polyester yarn", "rpet_yarn rpet_spun_yarn", req=("GRS",)),
            need("Commission dyeing in a bluesign dyehouse", "fabric_dyeing_service", req=("bluesign",)),
        ],
        certs=("GRS", "OEKO-TEX Standard 100"),
        bcg=("circular",),
    ),
    sme(
        (20, "th", "โรงปั่นด้ายรีไซเคิลอ้อมน้อย", CIRC, UP, "Samut Sakhon", "omnoi.yarn@gmail.com"),
        [
            ("ด้ายปั่นโพลีเอสเตอร์รีไซเคิล สีดำ สีเทา ไม่ต้องย้อม", "rpet_spun_yarn"),
            ("ด้าย OE ใยฝ้ายรีไซเคิลผสมโพลี เบอร์ 10", "recycled_cotton_yarn"),
        ],
        [
            need("ไฟเบอร์ฝ้ายมือสอง สำหรับเข้าเครื่องปั่น", "recycled_cotton_fibre"),
        ],
        bcg=("circular",),
    ),
    sme(
        (21, "th", "โรงทอผ้าซาตินบางบอน", SPORT, MID, "Bangkok", "bangbon.satin@gmail.com"),
        [("ผ้าซาตินมันเงา หน้ากว้าง 58 นิ้ว มี 20 สี", "polyester_satin_fabric")],
        [need("เส้นใยโพลีเอสเตอร์ฟิลาเมนต์ FDY 75D", "polyester_yarn rpet_yarn")],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        (22, "en", "Thai Filament Yarn Co., Ltd.", SPORT, UP, "Pathum Thani", "sales@thaifilament.com"),
        [("Polyester filament yarn 75D and 150D, bright", "polyester_yarn")],
        [],
        certs=("ISO 9001",),
    ),
    sme(
        (23, "th", "โรงงานผ้าใบสยามนครปฐม", SPORT, MID, "Nakhon Pathom", "siamcanvas.np@gmail.com"),
        [
            ("ผ้าใบคอตตอน เบอร์ 8 เบอร์ 10 หน้ากว้าง 60 นิ้ว", "cotton_canvas_fabric"),
            ("ผ้าปูเวทีมวย เย็บขอบสำเร็จ ขนาดตามเวที", "boxing_ring_canvas"),
        ],
        [need("ด้ายฝ้ายดิบ เบอร์ 10 สำหรับทอผ้าหนา", "cotton_yarn organic_cotton_yarn")],
        certs=("Thai Industrial Standard",),
    ),
    sme(
        (24, "en", "Southern Duck Canvas Co.", HEMP, MID, "Surat Thani", "canvas@southernduck.co.th"),
        [
            ("Heavy duck canvas 18 oz, natural, by the roll", "cotton_canvas_fabric"),
            ("Greige cotton sheeting, 110 cm wide", "undyed_cotton_fabric"),
        ],
        [],
    ),
    sme(
        (25, "th", "กลุ่มทอผ้าบ้านหาดเสี้ยว", AGC, MID, "Sukhothai", "hadsiew.weave@gmail.com"),
        [
            ("ผ้าฝ้ายทอมือ สีธรรมชาติ ยังไม่ย้อม หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
            ("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "pha_khao_ma"),
        ],
        [need("เส้นฝ้ายปั่นด้วยมือ จากฝ้ายพื้นบ้าน", "handspun_cotton_thread")],
        certs=("OTOP",),
    ),
    sme(
        (26, "en", "Sakon Indigo Studio", AGI, MID, "Sakon Nakhon", "hello@sakonindigo.com"),
        [
            ("Naturally indigo-dyed handwoven cotton, by the metre", "indigo_dyed_cotton_fabric"),
            ("Indigo vat dyeing of your fabric or yarn, min. 5 kg", "indigo_dyeing_service"),
        ],
        [
            need("Fermented indigo paste", "indigo_paste"),
            need("Undyed handloom cotton, unbleached", "handwoven_cotton_fabric"),
        ],
        certs=("OTOP",),
        bcg=("bio", "green"),
    ),
    sme(
        (27, "th", "โรงย้อมมหาชัยเท็กซ์", SPORT, MID, "Samut Sakhon", "mahachaitex.dye@gmail.com"),
        [("รับย้อมผ้าตามสั่ง สีรีแอคทีฟ ดิสเพิร์ส ขั้นต่ำ 300 หลา", "fabric_dyeing_service")],
        [unmet("สีย้อมดิสเพิร์สสำหรับโพลีเอสเตอร์", "dyestuff; no one in the set offers it")],
        certs=("bluesign", "ISO 14001"),
    ),
    sme(
        (28, "en", "Lanna Plant Dye House", HEMP, MID, "Chiang Mai", "dye@lannaplantdye.com"),
        [
            ("Plant-dyed cotton and hemp cloth: lac, ebony, mango bark", "naturally_dyed_fabric"),
            ("Natural dyeing of customer garments, no synthetic dye", "natural_dyeing_service"),
        ],
        [need("Hemp woven fabric, undyed", "hemp_fabric")],
        bcg=("bio", "green"),
    ),
    sme(
        (29, "th", "ร้านพิมพ์ซับลิเมชั่นบางกะปิ", SPORT, MID, "Bangkok", "bangkapi.sub@gmail.com"),
        [("รับพิมพ์ซับลิเมชั่นลงผ้า กางเกงมวย เสื้อกีฬา ไม่มีขั้นต่ำ", "sublimation_printing_service")],
        [need("กระดาษทรานเฟอร์ หมึกซับ", "sublimation_paper sublimation_ink")],
    ),
    sme(
        (30, "en", "DyeSub Supply Co.", SPORT, MID, "Bangkok", "order@dyesubsupply.co.th"),
        [
            ("Sublimation transfer paper 100 gsm, 1.6 m rolls", "sublimation_paper"),
            ("Sublimation ink CMYK, 1 litre bottles", "sublimation_ink"),
        ],
        [],
    ),
    # ---------------------------------------------------------- 031-063 components, services, gear makers
    sme(
        (31, "th", "ร้านปักโลโก้นิมมาน", SPORT, MID, "Chiang Mai", "nimman.embroid@gmail.com"),
        [("รับปักโลโก้ค่ายบนเตี่ยวมวย เสื้อ กระเป๋า ของลูกค้า", "embroidery_service")],
        [need("ด้ายปักจักร เงา สีทอง สีเงิน", "embroidery_thread")],
    ),
    sme(
        (32, "en", "Royal Thread Trading Co.", SPORT, MID, "Bangkok", "sales@royalthread.co.th"),
        [
            ("Polyester embroidery thread 120D/2, 5,000 m cones", "embroidery_thread"),
            ("Bonded nylon thread for leather sewing, size 69", "nylon_sewing_thread"),
        ],
        [],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        (33, "th", "โรงเย็บผ้าบ้านโป่ง", SPORT, MID, "Ratchaburi", "banpong.sewing@gmail.com"),
        [
            ("รับจ้างตัดเย็บ กางเกงมวย เสื้อคลุม ใช้ผ้าของลูกค้า", "cmt_sewing_service"),
        ],
        [need("ยางยืดขอบเอว กว้าง 2 นิ้ว", "elastic_waistband")],
    ),
    sme(
        (34, "en", "Trim Asia Co., Ltd.", SPORT, MID, "Bangkok", "trims@trimasia.co.th"),
        [
            ("Woven elastic tape for waistbands, 1-3 inch", "elastic_waistband"),
            ("Hook and loop tape 2 inch, sew-on", "hook_loop_fastener"),
            ("Cotton-elastic webbing for hand wraps, 100 m rolls", "handwrap_webbing"),
        ],
        [unmet("Spandex-covered rubber thread", "elastomeric core yarn; no one in the set offers it")],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        (35, "th", "โรงทอเทปกำแพงแสน", SPORT, MID, "Nakhon Pathom", "kps.tape@gmail.com"),
        [
            ("เทปทอยืด สำหรับตัดทำผ้าพันมือ ม้วนยาว 100 หลา", "handwrap_webbing"),
            ("ผ้าพันมือนักมวย ยาว 5 เมตร มีห่วงนิ้วโป้ง", "hand_wraps"),
        ],
        [],
    ),
    sme(
        (36, "en", "Pratunam Jersey Knitting", HEMP, MID, "Bangkok", "knit@pratunamjersey.com"),
        [("Cotton jersey 180 gsm, tubular, 30 colours", "cotton_jersey_fabric")],
        [],
    ),
    sme(
        (37, "th", "ร้านสกรีนป่าตองมวยไทย", SPORT, MID, "Phuket", "patong.screen@gmail.com"),
        [
            ("เสื้อยืดสกรีนโลโก้ค่าย พร้อมตัวเสื้อ ขั้นต่ำ 30 ตัว", "custom_printed_tshirts"),
            ("รับสกรีนลงเสื้อที่ลูกค้าส่งมาเอง", "screen_printing_service"),
        ],
        [need("เสื้อยืดเปล่า คอกลม ไม่สกรีน", "blank_tshirts")],
    ),
    sme(
        (38, "en", "Korat Apparel Co., Ltd.", SPORT, MID, "Nakhon Ratchasima", "sales@koratapparel.com"),
        [
            ("Blank cotton tees, round neck, S-3XL", "blank_tshirts"),
            ("CMT sewing of sportswear and fight shorts", "cmt_sewing_service"),
            ("Cutting-room scraps, free if you collect", "textile_offcuts"),
        ],
        [need("Knitted cotton fabric by the kilo", "cotton_jersey_fabric")],
        certs=("ISO 9001",),
    ),
    sme(
        (39, "th", "กลุ่มผู้สูงอายุถักมงคลบ้านตะโก", AGI, DOWN, "Buriram", "bantako.mongkol@gmail.com"),
        [
            ("มงคลมวยไทย ถักเชือกหุ้มผ้า ลงคาถาแล้ว", "mongkol"),
            ("ประเจียดผ้าขาวม้า ผูกต้นแขน", "prajied"),
        ],
        [
            need("เชือกฝ้ายถักกลม 8 มิล", "cotton_rope_braided"),
            need("ผ้าไหมแดง ทอมือ", "silk_fabric"),
            need("อยากได้ร้านย้อมผ้าประเจียดให้ ใช้สีธรรมชาติ ไม่เอาสีเคมี", "natural_dyeing_service indigo_dyeing_service"),
        ],
        certs=("OTOP",),
    ),
    sme(
        (40, "en", "Siam Rope & Cord Co.", HEMP, MID, "Phra Nakhon Si Ayutthaya", "rope@siamrope.co.th"),
        [
            ("Braided cotton cord 6-10 mm", "cotton_rope_braided"),
            ("3-strand PP rope, 25-40 mm", "pp_rope"),
        ],
        [],
    ),
    sme(
        (41, "th", "กลุ่มทอผ้าไหมบ้านท่าสว่าง", AGI, MID, "Surin", "thasawang.silk@gmail.com"),
        [
            ("ผ้าไหมยกทอง ทอมือ", "silk_fabric"),
            ("ผ้าไหมมัดหมี่ ได้ตรานกยูงพระราชทาน", "silk_fabric"),
        ],
        [need("เส้นไหมน้อย ไหมพื้นบ้านสาวมือ", "silk_yarn")],
        certs=("Thai Silk Peacock Emblem", "OTOP"),
    ),
    sme(
        (42, "en", "Chonnabot Silk Reeling", AGI, UP, "Khon Kaen", "reel@chonnabotsilk.com"),
        [("Native Thai silk yarn, hand-reeled from yellow cocoons", "silk_yarn")],
        [unmet("Mulberry leaves, 200 kg a week", "no one in the set grows mulberry")],
    ),
    sme(
        (43, "th", "ร้านผ้าไหมมัดหมี่ชนบท", AGI, MID, "Khon Kaen", "chonnabot.matmee@gmail.com"),
        [("ผ้าไหมมัดหมี่ชนบท สีแดงเลือดนก", "silk_fabric")],
        [need("ไหมเส้นยืน ไหมเส้นพุ่ง จากรังไหมเหลือง", "silk_yarn")],
        certs=("OTOP",),
    ),
    sme(
        (44, "en", "Glove Doctor Pattaya", CIRC, MID, "Chonburi", "fix@glovedoctor.co.th"),
        [("Re-stitching and re-padding of your used gloves, pads and bags", "gear_repair_service")],
        [
            need("Genuine leather scraps for patches", "leather_offcuts"),
            need("Heavy bonded thread for hand stitching", "nylon_sewing_thread"),
        ],
        bcg=("circular",),
    ),
    sme(
        (45, "th", "ซักอบรีดยิมมวยราไวย์", SPORT, DOWN, "Phuket", "rawai.laundry@gmail.com"),
        [("รับซักผ้าพันมือ ผ้าขนหนู ชุดซ้อมของยิม รับส่งถึงที่", "gym_laundry_service")],
        [unmet("ถุงตาข่ายใส่ผ้าพันมือเข้าเครื่องซัก", "mesh laundry bags; no one in the set makes them")],
    ),
    sme(
        (46, "en", "Lamphun Handloom Collective", HEMP, MID, "Lamphun", "weave@lamphunloom.org"),
        [
            ("We weave your yarn on commission: plain, twill, khit", "commission_weaving_service"),
            ("Handloom cotton cloth, natural colour, 90 cm wide", "handwoven_cotton_fabric"),
        ],
        [need("Hand-spun native cotton", "handspun_cotton_thread")],
    ),
    sme(
        (47, "th", "ผ้าใยกัญชงแม่ริม", HEMP, MID, "Chiang Mai", "maerim.hemp@gmail.com"),
        [
            ("ผ้ากัญชง 100% ทอเครื่อง หน้ากว้าง 150 ซม.", "hemp_fabric"),
            ("ผ้ากัญชงผสมฝ้าย 55/45", "hemp_cotton_blend_fabric"),
        ],
        [need("เส้นด้ายใยกัญชงสำหรับทอ", "hemp_yarn")],
        certs=("OEKO-TEX Standard 100",),
        bcg=("bio",),
    ),
    sme(
        (48, "en", "Thai Fight Gear Manufacturing Co.", SPORT, DOWN, "Samut Prakan", "oem@thaifightgear.com"),
        [
            ("Genuine leather boxing gloves 8-16 oz, OEM with your logo", "boxing_gloves_leather"),
            ("Curved Thai kick pads, leather", "thai_kick_pads"),
            ("Leather shin guards with padded instep", "shin_guards"),
        ],
        [
            need("Full-grain cowhide for glove shells", "cow_leather_hide"),
            need("Velcro straps for wrist closures", "hook_loop_fastener"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        (49, "th", "นวมมวยราคาส่งบางบัวทอง", SPORT, DOWN, "Nonthaburi", "bbt.gloves@gmail.com"),
        [
            ("นวมหนังเทียม PU 10 12 14 ออนซ์ ขายส่ง", "boxing_gloves_pu"),
            ("เป้ามือ เป้าโฟกัส คู่ละ 450 บาท", "focus_mitts"),
            ("เศษหนังเทียมจากการตัดนวม", "synthetic_leather_offcuts"),
        ],
        [
            need("หนังพียูเป็นม้วน", "pu_synthetic_leather"),
            need("เทปตีนตุ๊กแก 2 นิ้ว", "hook_loop_fastener"),
        ],
    ),
    sme(
        (50, "th", "กระสอบทรายโคราชสปอร์ต", SPORT, DOWN, "Nakhon Ratchasima", "koratbag@gmail.com"),
        [
            ("กระสอบทรายหนังแท้ 120 ซม. ยัดแน่น พร้อมแขวน", "heavy_bag"),
            ("กระสอบเปล่า ผ้าใบ ยังไม่ยัด", "heavy_bag_unfilled"),
        ],
        [
            need("ของยัดกระสอบราคาถูก พวกเศษผ้า ผ้าขี้ริ้ว", "textile_offcuts shredded_textile_filling wiping_rags"),
            unmet("โซ่แขวนกระสอบ พร้อมห่วงหมุน", "steel chains; no one in the set sells hardware"),
        ],
    ),
    sme(
        (51, "en", "Lanna Heavy Bag Co.", SPORT, DOWN, "Chiang Mai", "bags@lannaheavybag.com"),
        [
            ("Banana bags 6 ft, PU cover, filled", "heavy_bag"),
            ("Arm pads and belly pads, PU cover", "thai_kick_pads"),
        ],
        [
            need("PU leatherette rolls", "pu_synthetic_leather"),
            need("Bag filling: shredded fabric", "shredded_textile_filling"),
        ],
    ),
    sme(
        (52, "th", "ยอดมวยแบรนด์", SPORT, DOWN, "Bangkok", "yodmuay.brand@gmail.com"),
        [
            ("กางเกงมวยไทยผ้าซาติน ปักลาย ขายส่ง", "muay_thai_shorts"),
            ("เสื้อคลุมนักมวย ปักชื่อหลังเสื้อ", "muay_thai_robe"),
        ],
        [
            need("หาโรงงานรับเย็บกางเกงมวย เราส่งผ้าไปให้", "cmt_sewing_service"),
            need("ผ้าต่วน เนื้อลื่น สำหรับตัดกางเกง", "polyester_satin_fabric"),
            need("ร้านรับปักลายไทยบนขอบกางเกง", "embroidery_service"),
        ],
    ),
    sme(
        (53, "en", "Nak Muay Print Co.", SPORT, DOWN, "Pathum Thani", "print@nakmuayprint.com"),
        [
            ("Custom sublimated fight shorts, MOQ 20", "muay_thai_shorts"),
            ("Printed rash guards", "rash_guards"),
        ],
        [
            need("Dye-sub printing on our cut panels", "sublimation_printing_service"),
            need("GRS recycled poly knit, white", "rpet_fabric", req=("GRS",)),
        ],
    ),
    sme(
        (54, "th", "บ้านมงคลกรุงเก่า", AGC, DOWN, "Phra Nakhon Si Ayutthaya", "krungkao.mongkol@gmail.com"),
        [
            ("มงคลสวมศีรษะ ทำมือ สีแดง ทอง", "mongkol"),
            ("ประเจียดลงยันต์ ผ้าแดง", "prajied"),
        ],
        [
            need("เชือกกัญชงเส้นใหญ่ สำหรับขดมงคล", "hemp_rope"),
            need("ผ้าไหมที่มีตรานกยูงพระราชทาน สีแดง", "silk_fabric", req=("Thai Silk Peacock Emblem",)),
        ],
    ),
    sme(
        (55, "en", "Ringside Thailand Co.", SPORT, DOWN, "Bangkok", "build@ringsidethailand.com"),
        [
            ("Competition boxing rings 6x6 m, built to order", "boxing_ring_complete"),
            ("Ring ropes with padded covers", "ring_ropes"),
            ("Printed ring canvas covers, any size", "boxing_ring_canvas"),
        ],
        [
            need("Heavy cotton canvas for ring floors", "cotton_canvas_fabric"),
            need("Polypropylene rope, 3 strand, 32 mm", "pp_rope"),
        ],
    ),
    sme(
        (56, "th", "นวมจิ๋วของที่ระลึกเชียงใหม่", CIRC, DOWN, "Chiang Mai", "mini.gloves.cm@gmail.com"),
        [
            ("พวงกุญแจนวมจิ๋ว หลายสี", "muay_thai_souvenirs"),
            ("แม่เหล็กติดตู้เย็นรูปกางเกงมวย", "muay_thai_souvenirs"),
        ],
        [
            need("เศษหนังชิ้นเล็ก หนังแท้หรือหนังเทียมก็ได้", "leather_offcuts synthetic_leather_offcuts"),
        ],
    ),
    sme(
        (57, "en", "ReRound Studio", CIRC, DOWN, "Bangkok", "hi@reround.studio"),
        [("Tote bags sewn from retired fight shorts", "tote_bag")],
        [
            need("Used Muay Thai shorts, any condition", "used_fightwear"),
            need("Worn-out gloves we can cut up", "used_boxing_gear"),
            need("Old ring canvas for bag making", "used_ring_canvas"),
        ],
        bcg=("circular",),
    ),
    sme(
        (58, "th", "ผ้าพันมือตราเสือเผ่น", SPORT, DOWN, "Samut Prakan", "suaphen.wraps@gmail.com"),
        [
            ("ผ้าพันมือ 180 นิ้ว คอตตอนผสมไลครา หลายสี", "hand_wraps"),
            ("สนับแข้งผ้ายืดแบบสวม", "shin_guards"),
        ],
        [
            need("วัตถุดิบผ้าพันมือเป็นม้วน ยังไม่ตัด", "handwrap_webbing"),
            need("ตีนตุ๊กแกสีดำ", "hook_loop_fastener"),
        ],
    ),
    sme(
        (59, "en", "Hemp Fighter Co.", HEMP, DOWN, "Chiang Rai", "shop@hempfighter.com"),
        [
            ("Hemp-canvas heavy bag covers, unfilled", "heavy_bag_unfilled"),
            ("Mongkol of hemp rope wrapped in indigo cloth", "mongkol"),
        ],
        [
            need("Heavyweight hemp cloth", "hemp_fabric"),
            need("Indigo cloth, natural indigo only, no synthetic dye", "indigo_dyed_cotton_fabric"),
        ],
        bcg=("bio",),
    ),
    sme(
        (60, "th", "ส้งมวยบุรีรัมย์", SPORT, DOWN, "Buriram", "buriram.songmuay@gmail.com"),
        [("ส้งมวย ผ้าต่วน ปักลายกนก", "muay_thai_shorts")],
        [need("ผ้าซาตินที่ได้ใบรับรอง OEKO-TEX", "polyester_satin_fabric", req=("OEKO-TEX Standard 100",))],
    ),
    sme(
        (61, "en", "SilverFit Boxing", AGC, DOWN, "Nonthaburi", "team@silverfitboxing.com"),
        [("Soft foam punching mitts for seniors, very light", "soft_training_gloves")],
        [
            need("Hook-and-loop closures", "hook_loop_fastener"),
        ],
    ),
    sme(
        (62, "th", "กลุ่มจักสานกระจูดทะเลน้อย", HEMP, DOWN, "Phatthalung", "thalenoi.krajood@gmail.com"),
        [
            ("เสื่อกระจูดทอมือ", "krajood_mat"),
            ("กระเป๋ากระจูด ย้อมสี", "woven_sedge_bag"),
        ],
        [need("ผ้าปาเต๊ะทำซับใน", "batik_fabric")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        (63, "en", "Andaman Batik House", HEMP, MID, "Krabi", "batik@andamanbatik.com"),
        [
            ("Hand-drawn batik cotton, 2 m pieces", "batik_fabric"),
            ("Batik-print Muay Thai shorts for tourists", "muay_thai_shorts"),
        ],
        [need("Mill-woven plain cotton for waxing, by the roll", "undyed_cotton_fabric")],
    ),
    # ---------------------------------------------------------- 064-095 gyms, camps, shops, stadiums, care
    sme(
        (64, "en", "Lanna Muay Thai Camp", SPORT, DOWN, "Chiang Mai", "camp@lannamuaythai.com"),
        [("Old gloves and pads, free to whoever collects", "used_boxing_gear")],
        [
            need("16 oz sparring gloves, real leather only, no PU", "boxing_gloves_leather"),
            need("Pao for trainers, 10 pairs", "thai_kick_pads"),
        ],
    ),
    sme(
        (65, "th", "ค่ายมวยศิษย์ครูบุรีรัมย์", SPORT, DOWN, "Buriram", "sitkru.camp@gmail.com"),
        [("ส้งมวยเก่าของเด็กในค่าย ใส่ขาดแล้ว", "used_fightwear")],
        [
            need("นวมซ้อม ราคาไม่แพง", "boxing_gloves_pu boxing_gloves_leather"),
            need("กระสอบเตะแบบยาว แขวนได้เลย", "heavy_bag"),
        ],
    ),
    sme(
        (66, "en", "Tiger Coast Muay Thai", SPORT, DOWN, "Phuket", "office@tigercoastmt.com"),
        [
            ("Retired gloves and pads, pick up in Chalong", "used_boxing_gear"),
            ("Old ring canvas, torn, 6x6 m", "used_ring_canvas"),
        ],
        [
            need("Camp T-shirts with our logo, 500 pcs", "custom_printed_tshirts"),
            need("Logo embroidery on shorts we already own", "embroidery_service"),
            need("Laundry pickup for towels and wraps", "gym_laundry_service"),
        ],
    ),
    sme(
        (67, "th", "สมุยเวลเนสรีสอร์ท", AGC, DOWN, "Surat Thani", "samui.wellness@gmail.com"),
        [],
        [
            need("ผ้าขนหนูผืนเล็ก สำหรับห้องยิม", "gym_towels"),
            need("ลูกประคบสมุนไพร ต้องมี อย.", "herbal_compress", req=("Thai FDA",)),
        ],
    ),
    sme(
        (68, "en", "Bangkok Arena Boxing Stadium", SPORT, DOWN, "Bangkok", "procurement@bkkarena.co.th"),
        [],
        [
            need("Ring canvas 7.3 x 7.3 m with sponsor logos", "boxing_ring_canvas"),
            need("4-tier ring rope set, red, white and blue", "ring_ropes"),
            unmet("Referee shirts and bow ties", "no one in the set makes referee uniforms"),
        ],
    ),
    sme(
        (69, "th", "ร้านของฝากมวยไทยข้าวสาร", SPORT, DOWN, "Bangkok", "khaosan.muaythai@gmail.com"),
        [],
        [
            need("ของฝากนักท่องเที่ยว ธีมมวยไทย ชิ้นเล็ก", "muay_thai_souvenirs"),
            need("มงคล ประเจียด งานช่าง ไม่ต้องมีโอทอป", "mongkol prajied", waive=("OTOP",)),
        ],
    ),
    sme(
        (70, "en", "Walking Street Fight Shop", SPORT, DOWN, "Chonburi", "shop@wsfightshop.com"),
        [],
        [
            need("Muay Thai trunks wholesale, XS-XXL", "muay_thai_shorts"),
            need("Budget synthetic-leather gloves, kids and adult sizes", "boxing_gloves_pu"),
        ],
    ),
    sme(
        (71, "th", "บ้านพักผู้สูงวัยสุขใจ", AGC, DOWN, "Nonthaburi", "sukjai.eldercare@gmail.com"),
        [],
        [
            need("เบาะโฟมปูพื้นกันลื่นล้ม", "gym_floor_mats"),
            need("นวมนิ่มๆ ให้คุณตาคุณยายชกเล่น", "soft_training_gloves"),
            need("ลูกประคบไว้นวดหลังออกกำลัง", "herbal_compress"),
        ],
    ),
    sme(
        (72, "en", "Isan Sports Science College", SPORT, DOWN, "Khon Kaen", "pe@isansports.ac.th"),
        [],
        [
            need("Gym mats for combat class, TIS certified", "gym_floor_mats", req=("Thai Industrial Standard",)),
            need("Focus mitts and kick pads", "focus_mitts thai_kick_pads"),
        ],
    ),
    sme(
        (73, "th", "โรงเรียนมวยไทยหาดใหญ่", SPORT, DOWN, "Songkhla", "hatyai.muaythai@gmail.com"),
        [],
        [
            need("กระสอบเปล่า เอามายัดเอง", "heavy_bag_unfilled"),
            need("พื้นยางธรรมชาติ สำหรับห้องซ้อมมวย", "natural_rubber_mat"),
        ],
    ),
    sme(
        (74, "th", "ยางพาราแมทตรัง", SPORT, DOWN, "Trang", "trang.latexmat@gmail.com"),
        [
            ("แผ่นรองพื้นจากน้ำยางพาราแท้ หนา 2 ซม.", "natural_rubber_mat"),
            ("ที่นอนยางพาราสำหรับผู้สูงอายุ", "latex_mattress"),
        ],
        [need("น้ำยางสด หรือน้ำยางข้น ส่งถึงโรงงานย่านเทศบาลนครตรัง", "natural_rubber_latex")],
        bcg=("bio",),
    ),
    sme(
        (75, "en", "Selatan Fightwear", SPORT, DOWN, "Pattani", "salam@selatanfightwear.com"),
        [
            ("Fighter robes with hood", "muay_thai_robe"),
        ],
        [
            need("Halal certified cowhide for gloves", "cow_leather_hide", req=("Halal",)),
            need(
                "Sewing contractor for 300 shorts a month, ISO 9001 not required",
                "cmt_sewing_service",
                waive=("ISO 9001",),
            ),
        ],
    ),
    sme(
        (76, "th", "ชมรมมวยไทยเพื่อสุขภาพผู้สูงวัย อุบลฯ", AGI, DOWN, "Ubon Ratchathani", "ubon.seniormuay@gmail.com"),
        [],
        [
            need("นวมมือสอง สภาพดี ราคาถูก", "refurbished_gloves"),
            need("ผ้าแพรอีโป้ ไว้คาดเอวตอนรำไหว้ครู", "pha_khao_ma"),
        ],
    ),
    sme(
        (77, "en", "Pai Fight & Craft", HEMP, DOWN, "Mae Hong Son", "shop@paifightcraft.com"),
        [],
        [
            need("Prajied armbands, OTOP welcome but not required", "prajied", waive=("OTOP",)),
            need("Anyone supplying cloth tote bags?", "tote_bag"),
            unmet("Bamboo fibre T-shirts", "no bamboo fibre in the set"),
        ],
    ),
    sme(
        (78, "th", "กลุ่มแม่บ้านกระเป๋าครามพังโคน", AGI, DOWN, "Sakon Nakhon", "phangkhon.bag@gmail.com"),
        [("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม", "tote_bag")],
        [
            need("ผ้าฝ้ายครามแท้ ไม่เอาสีเคมี ซื้อเป็นหลา", "indigo_dyed_cotton_fabric"),
            need("มีใครรับทอผ้าจากเส้นด้ายของกลุ่มไหมคะ", "commission_weaving_service"),
        ],
        certs=("OTOP",),
    ),
    sme(
        (79, "en", "Sukhumvit Fight Club", SPORT, DOWN, "Bangkok", "hello@sukhumvitfc.com"),
        [],
        [
            need("Boxing gloves 12-16 oz, leather or synthetic", "boxing_gloves_leather boxing_gloves_pu"),
            need("Natural rubber gym flooring, about 40 m2", "natural_rubber_mat"),
            need("Someone to repair torn bags and pads?", "gear_repair_service"),
        ],
    ),
    sme(
        (80, "th", "สนามมวยเวทีโคราช", SPORT, DOWN, "Nakhon Ratchasima", "korat.stadium@gmail.com"),
        [("ผ้าใบเวทีเก่า ใช้มาสามปี ขาดแล้ว", "used_ring_canvas")],
        [
            need("ผ้าคลุมพื้นเวทีผืนใหม่ ขนาด 7 เมตร", "boxing_ring_canvas"),
            need("เชือกเวทีพร้อมปลอกหุ้ม แดง น้ำเงิน", "ring_ropes"),
        ],
    ),
    sme(
        (81, "th", "กลุ่มลูกประคบบ้านหนองแวง", AGI, DOWN, "Roi Et", "nongwaeng.herb@gmail.com"),
        [("ลูกประคบสมุนไพรห่อผ้าฝ้าย มีเลข อย.", "herbal_compress")],
        [need("ผ้าขาวบาง ห่อลูกประคบ", "undyed_cotton_fabric")],
        certs=("Thai FDA", "OTOP"),
        bcg=("bio",),
    ),
    sme(
        (82, "en", "Herbal Ball Thai Co.", AGC, DOWN, "Nakhon Pathom", "order@herbalballthai.com"),
        [("Herbal compress balls, fresh or dried", "herbal_compress")],
        [need("Muslin or cheesecloth, unbleached", "undyed_cotton_fabric")],
        bcg=("bio",),
    ),
    sme(
        (83, "th", "โรงทอผ้าดิบลพบุรี", HEMP, MID, "Lopburi", "lopburi.grey@gmail.com"),
        [
            ("ผ้าดิบฝ้าย 100% ยังไม่ฟอก หน้ากว้าง 36 นิ้ว", "undyed_cotton_fabric"),
            ("ผ้าขนหนูฝ้าย ขนาด 15x30 นิ้ว", "gym_towels"),
        ],
        [need("ด้ายฝ้ายเบอร์ 20 ไม่ต้องมี GOTS", "cotton_yarn organic_cotton_yarn", waive=("GOTS",))],
    ),
    sme(
        (84, "th", "โรงปั่นด้ายสระบุรี", HEMP, UP, "Saraburi", "saraburi.spin@gmail.com"),
        [
            ("ด้ายฝ้ายปั่น เบอร์ 10 ถึง 30 ขายเป็นลูก", "cotton_yarn"),
            ("ด้ายฝ้ายอินทรีย์ ยังไม่มีใบรับรอง", "organic_cotton_yarn"),
        ],
        [need("ปุยฝ้ายดิบจากไร่ ทั้งเมล็ด", "raw_cotton")],
    ),
    sme(
        (85, "en", "Pure Wraps Co.", SPORT, DOWN, "Bangkok", "hello@purewraps.co"),
        [("Organic cotton hand wraps, 180 inch", "hand_wraps")],
        [
            need("GOTS organic cotton yarn, Ne 20", "organic_cotton_yarn", req=("GOTS",)),
            need("Stretch cotton tape to cut our own wraps", "handwrap_webbing"),
        ],
    ),
    sme(
        (86, "th", "ค่ายมวยแม่ริมไฟต์", SPORT, DOWN, "Chiang Mai", "maerim.fight@gmail.com"),
        [],
        [
            need("ผ้าพันมือยาว 5 เมตร 50 คู่", "hand_wraps"),
            need("ผ้าเช็ดเหงื่อนักมวย", "gym_towels"),
            need("มีเสื้ออยู่แล้ว 200 ตัว อยากสกรีนโลโก้ค่าย", "screen_printing_service"),
        ],
    ),
    sme(
        (87, "th", "ค่ายมวยอ่าวนาง", SPORT, DOWN, "Krabi", "aonang.muaythai@gmail.com"),
        [],
        [
            need("มงคลสำหรับพิธีไหว้ครู", "mongkol"),
            need("ผ้าผูกแขน 30 เส้น", "prajied"),
            unmet("ฟันยางนักมวย แบบต้มได้", "mouthguards; no one in the set makes them"),
        ],
    ),
    sme(
        (88, "th", "ชมรมมวยคาดเชือกอ่างทอง", AGC, DOWN, "Ang Thong", "angthong.khatchuek@gmail.com"),
        [],
        [
            need("ด้ายดิบเส้นใหญ่ สำหรับคาดมือแบบโบราณ", "handspun_cotton_thread cotton_yarn organic_cotton_yarn"),
        ],
    ),
    sme(
        (89, "en", "East Rag Recycling", CIRC, UP, "Chachoengsao", "rags@eastrag.co.th"),
        [("Industrial wiping rags from used clothing, 10 kg bales", "wiping_rags")],
        [need("Used clothes by the tonne", "used_clothing")],
        bcg=("circular",),
    ),
    sme(
        (90, "th", "ช่างซ่อมนวมปากเกร็ด", CIRC, DOWN, "Nonthaburi", "pakkret.glovefix@gmail.com"),
        [
            ("ซ่อมนวม เย็บเป้า เปลี่ยนหนังกระสอบ ของลูกค้า", "gear_repair_service"),
            ("นวมมือสองซ่อมแล้ว คู่ละ 300 บาท", "refurbished_gloves"),
        ],
        [
            need("ด้ายไนลอนเหนียวๆ", "nylon_sewing_thread"),
        ],
        bcg=("circular",),
    ),
    sme(
        (91, "th", "สมาคมมวยไทยเยาวชน", SPORT, DOWN, "Bangkok", "youthmuaythai.assoc@gmail.com"),
        [],
        [
            need("ชุดคลุมขึ้นเวทีให้นักมวยเด็ก", "muay_thai_robe"),
            unmet("กระจับเหล็ก สำหรับนักมวยเด็ก", "groin cups; no one in the set makes them"),
            unmet("เหรียญรางวัล 200 เหรียญ", "medals; not textiles, no one in the set makes them"),
        ],
    ),
    sme(
        (92, "th", "กลุ่มทอผ้าขาวม้าบ้านสร้างมิ่ง", AGI, MID, "Yasothon", "sangming.weave@gmail.com"),
        [
            ("ผ้าขาวม้าทอมือ ห้าสี ผืนละ 150 บาท", "pha_khao_ma"),
            ("ผ้าฝ้ายทอมือ ย้อมครามแท้", "indigo_dyed_cotton_fabric"),
        ],
        [
            need("ด้ายฝ้ายสำเร็จรูป", "cotton_yarn organic_cotton_yarn"),
            need("รับย้อมครามให้เส้นฝ้ายของกลุ่ม", "indigo_dyeing_service"),
        ],
        certs=("OTOP",),
    ),
    sme(
        (93, "en", "Udon Elder Wellness Centre", AGI, DOWN, "Udon Thani", "care@udonelder.org"),
        [],
        [
            need("Anti-slip floor mats for the exercise room", "gym_floor_mats natural_rubber_mat"),
            need("Soft gloves for chair boxing", "soft_training_gloves"),
            need("Herbal balls, Thai FDA registered", "herbal_compress", req=("Thai FDA",)),
        ],
    ),
    sme(
        (94, "th", "ค่ายมวยไทยริมแคว", SPORT, DOWN, "Kanchanaburi", "rimkwae.camp@gmail.com"),
        [],
        [
            need("กระสอบกล้วย ยาว 180 ไม่ต้องมี มอก.", "heavy_bag", waive=("Thai Industrial Standard",)),
            unmet("กริ่งหมดยก พร้อมนาฬิกาจับเวลา", "a round timer; no one in the set sells it"),
        ],
    ),
    sme(
        (95, "en", "Siam Strike Export Co.", SPORT, DOWN, "Bangkok", "export@siamstrike.com"),
        [],
        [
            need("OEM leather gloves from an ISO 9001 factory", "boxing_gloves_leather", req=("ISO 9001",)),
            unmet(
                "GOTS certified hemp jersey",
                "hemp fabric is offered but by no GOTS holder",
                wants="hemp_fabric hemp_cotton_blend_fabric",
                req=("GOTS",),
            ),
        ],
    ),
]

# ------------------------------------------------------------------ checks

ID_RE = re.compile(r"^bmt-\d{3}$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
N_PROFILES = 95
LINKS_MIN, LINKS_MAX = 160, 180


def thai_share(text: str) -> float:
    letters = [ch for ch in text if unicodedata.category(ch).startswith("L")]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if THAI_LETTER.match(ch)) / len(letters)


def english_ok(text: str) -> bool:
    return all(" " <= ch <= "~" for ch in text)


def language_ok(text: str, language: str) -> bool:
    return thai_share(text) >= 0.6 if language == "th" else english_ok(text)


def cert_named(text: str, certification: str) -> bool:
    """Whether `text` spells one of the certification's names, aliases or mentions."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for cert in CERTIFICATIONS:
        if cert.name == certification:
            names = (cert.name, cert.full_name, cert.name_th, *cert.aliases, *cert.mentions)
            names += cert.case_sensitive_mentions
            return any(unicodedata.normalize("NFKC", name).casefold() in folded for name in names)
    return False


def canonical_certs(sme_: Sme) -> set[str]:
    return {resolve_certification(c) or c for c in sme_.certifications}


def qualified(supplier: Sme, labels: tuple[str, ...], requires: tuple[str, ...]) -> bool:
    offered = {label for _, label in supplier.offers}
    return bool(offered & set(labels)) and set(requires) <= canonical_certs(supplier)


def compute_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for n in buyer.needs:
            if n.unmet:
                continue
            for supplier in smes:
                if supplier.id != buyer.id and qualified(supplier, n.labels, n.requires):
                    links.add((supplier.id, buyer.id))
    return sorted(links)


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if ids != [f"bmt-{i:03d}" for i in range(1, len(smes) + 1)]:
        errors.append("ids are not bmt-001 ... in order")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    sub_clusters = {s.value for s in SubCluster}
    stages = {s.value for s in Stage}
    bcgs = {b.value for b in BcgTag}
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)
    all_offer_texts = {text.casefold() for s in smes for text, _ in s.offers}
    for s in smes:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: bad id")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: bad language")
        if not s.name.strip() or not language_ok(s.name, s.language):
            errors.append(f"{where}: name not in {s.language}: {s.name}")
        if s.sub_cluster not in sub_clusters:
            errors.append(f"{where}: bad sub_cluster {s.sub_cluster}")
        if s.stage not in stages:
            errors.append(f"{where}: bad stage {s.stage}")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} is not an English province name")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: bad email {s.email}")
        for c in s.certifications:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        if len(set(canonical_certs(s))) != len(s.certifications):
            errors.append(f"{where}: duplicate certification")
        for b in s.bcg:
            if b not in bcgs:
                errors.append(f"{where}: bad bcg {b}")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        phrases = [t for t, _ in s.offers] + [n.text for n in s.needs]
        if len({p.casefold() for p in phrases}) != len(phrases):
            errors.append(f"{where}: repeated phrase")
        for text in phrases:
            if not text.strip() or text != text.strip() or "  " in text:
                errors.append(f"{where}: badly spaced phrase {text!r}")
            if not language_ok(text, s.language):
                errors.append(f"{where}: phrase not in {s.language}: {text}")
        for text, label in s.offers:
            if not LABEL_RE.match(label):
                errors.append(f"{where}: bad label {label}")
            claimed = find_certifications(text)
            if not claimed <= canonical_certs(s):
                errors.append(f"{where}: offer claims {sorted(claimed)} the SME does not hold: {text}")
        for n in s.needs:
            found = find_certifications(n.text)
            if found != set(n.requires):
                errors.append(f"{where}: need requires {sorted(n.requires)}, text names {sorted(found)}: {n.text}")
            for c in (*n.requires, *n.waives):
                if resolve_certification(c) != c:
                    errors.append(f"{where}: {c!r} is not a canonical certification name")
                if not cert_named(n.text, c):
                    errors.append(f"{where}: {c} is not named in the need's text: {n.text}")
            for c in n.waives:
                if c in found:
                    errors.append(f"{where}: waived {c} reads as required: {n.text}")
            if n.text.casefold() in all_offer_texts:
                errors.append(f"{where}: need worded exactly as an offer: {n.text}")
            if n.unmet:
                if n.labels:
                    errors.append(f"{where}: unmet need lists labels: {n.text}")
                for supplier in smes:
                    if supplier.id != s.id and n.wants and qualified(supplier, n.wants, n.requires):
                        errors.append(f"{where}: unmet need is met by {supplier.id}: {n.text}")
            else:
                if not n.labels:
                    errors.append(f"{where}: need lists no labels: {n.text}")
                for label in n.labels:
                    if not offered_by.get(label, set()) - {s.id}:
                        errors.append(f"{where}: label {label} is offered by no one else")
                if not any(sup.id != s.id and qualified(sup, n.labels, n.requires) for sup in smes):
                    errors.append(f"{where}: no qualified supplier for: {n.text}")
    return errors


def size_errors(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    by_id = {s.id: s for s in smes}
    if len(smes) != N_PROFILES:
        errors.append(f"{len(smes)} profiles, want {N_PROFILES}")
    thai = sum(s.language == "th" for s in smes)
    if not 0.50 <= thai / max(1, len(smes)) <= 0.60:
        errors.append(f"Thai share {thai}/{len(smes)} is not about 55 %")
    if not LINKS_MIN <= len(links) <= LINKS_MAX:
        errors.append(f"{len(links)} true links, want {LINKS_MIN}-{LINKS_MAX}")
    cross = sum(by_id[a].language != by_id[b].language for a, b in links)
    if links and not 0.40 <= cross / len(links) <= 0.60:
        errors.append(f"cross-language links {cross}/{len(links)} are not about half")
    n_unmet = sum(bool(n.unmet) for s in smes for n in s.needs)
    if not 17 <= n_unmet <= 23:
        errors.append(f"{n_unmet} needs met by no one, want about 20")
    return errors


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    row = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.language,
    }
    return json.dumps(row, ensure_ascii=False)


def suppliers_per_need(smes: list[Sme]) -> Counter[int]:
    counts: Counter[int] = Counter()
    for buyer in smes:
        for n in buyer.needs:
            if not n.unmet:
                counts[sum(sup.id != buyer.id and qualified(sup, n.labels, n.requires) for sup in smes)] += 1
    return counts


def counts_table(smes: list[Sme], links: list[tuple[str, str]]) -> str:
    by_id = {s.id: s for s in smes}
    rows: list[tuple[str, str]] = []
    thai = sum(s.language == "th" for s in smes)
    rows.append(("profiles", str(len(smes))))
    rows.append(("Thai / English profiles", f"{thai} / {len(smes) - thai}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub_cluster == sub.value for s in smes))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage == stage.value for s in smes))))
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    for region, count in sorted(regions.items()):
        rows.append((f"region {region}", str(count)))
    rows.append(("distinct provinces", str(len({s.province for s in smes}))))
    offers = [label for s in smes for _, label in s.offers]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len(set(offers)))))
    needs = [n for s in smes for n in s.needs]
    n_unmet = sum(bool(n.unmet) for n in needs)
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(needs) - n_unmet} / {n_unmet}"))
    spread = suppliers_per_need(smes)
    few = sum(v for k, v in spread.items() if 1 <= k <= 3)
    rows.append(("met needs with 1-3 qualified suppliers / more", f"{few} / {sum(spread.values()) - few}"))
    rows.append(("needs requiring a certification", str(sum(bool(n.requires) for n in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(n.waives) for n in needs))))
    rows.append(("true links", str(len(links))))
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    share = 100 * cross / len(links) if links else 0.0
    rows.append(("cross-language links (share)", f"{cross} ({share:.1f} %)"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        )
    )
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count':<{width}} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k:<{width}} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


README = """\
# `eval/blind_plain_combat`: Muay Thai and combat-sports registry entries

A hand-labelled test set for the partner matchmaker. It measures how well the matcher
finds the true supplier-buyer pairs among SMEs whose offers and needs are written in
wording it has never seen: plain registry phrases about Muay Thai, boxing and combat
sports (shorts and robes, gloves and hand wraps, mongkol and prajied, shin guards, heavy
bags and pads with their stuffing and leather or PU covers, ring canvas and ropes, gym
mats, logo embroidery, sublimation printing, leather work, gyms, camps, souvenir shops
and stadiums), together with the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster.

## What it checks

- Many names for one kind of goods: Thai and English, northern, Isan and southern words
  (เตี่ยวมวย, ส้งมวย, ผ้าต่วน, ขี้ยาง ...), trade words, brand names and abbreviations, with
  and without quantities, prices, sizes, minimum orders and places.
- Needs worded differently from the offers that meet them, about half of the true links
  across languages (Thai supplier, English buyer or the other way round).
- Hard but fair cases: a service versus the goods it works on (dyeing the customer's
  cloth versus dyed cloth, sewing for others versus finished shorts, screen printing
  the customer's shirts versus printed shirts, repairing the customer's gloves); waste
  and used goods versus new; raw versus processed (raw cotton, hand-spun thread, yarn,
  cloth, product); finished goods described by their material, colour or technique
  (an indigo bag of handwoven cotton is a bag, a hemp-canvas bag cover is a bag cover);
  needs written as a wish, a bare noun phrase or a question; refusals ("no PU",
  "no synthetic dye"); needs that require a named certification and needs that name
  one only to waive it; needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the project contracts (cluster profiles,
JSONL version 1, and the links CSV), `shared/taxonomy.py` with its data files, and the
ruff settings. The writer did not see the matcher, its glossary, its tests or any other
evaluation set. All data lives in `write.py`; the labels never leave it.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `boxing_gloves_leather`
versus `boxing_gloves_pu`, `textile_offcuts` versus `used_clothing`). Every need either
lists the offer labels that would meet it and the certifications its text requires, or
is marked as met by no one with a short note. A pair (supplier, buyer) is a true link
when some offer of the supplier carries a label listed by one of the buyer's needs and
the supplier's certifications hold every certification that need requires. An SME is
never linked to itself. Shared words play no part; quantities, prices and places never
decide a link; what changes what the thing is does. A waived certification ("ไม่ต้องมี
โอทอป", "OTOP welcome but not required") is not required.

Before writing, the script checks that ids are unique and well formed; every contract
field is valid (sub-cluster, stage and BCG values from the taxonomy, every province
resolves with `resolve_province` to its English name, every certification resolves
with `resolve_certification`); every label a need lists is offered by someone other
than the buyer; every met need has a qualified supplier and every unmet one has none;
a required certification is what `find_certifications` reads in the need's text and a
waived one is named there but not read as required; an offer claims no certification
its SME lacks; Thai phrases are mostly Thai letters and English ones plain ASCII; and
the size targets hold. It writes nothing if a check fails. Two runs give identical
bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_combat/write.py

## Files

- `write.py`: all data, labels and checks; writes the three files below.
- `profiles.jsonl`: {n} SME profiles in the contract's JSONL version 1, ids `bmt-001` ...
  `bmt-{last:03d}`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render(smes: list[Sme]) -> dict[str, str]:
    """The three output files, by name."""
    links = compute_links(smes)
    table = counts_table(smes, links)
    profiles = "".join(profile_json(s) + "\n" for s in smes)
    links_csv = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    readme = README.replace("{n}", str(len(smes))).replace("{last:03d}", f"{len(smes):03d}").replace("{table}", table)
    return {"profiles.jsonl": profiles, "links.csv": links_csv, "README.md": readme}


def main() -> int:
    links = compute_links(SMES)
    errors = check(SMES) + size_errors(SMES, links)
    print(counts_table(SMES, links), end="")
    files = render(SMES)
    if render(list(SMES)) != files:
        errors.append("two renderings differ")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {len(SMES)} profiles and {len(links)} links to {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
