#!/usr/bin/env python3
"""Hand-labelled evaluation set: plain registry entries of a home, lifestyle and ageing-lifestyle cluster.

Every profile, offer label and need below was written by hand. Running this file checks the data
and, only if every check passes, writes `profiles.jsonl` and `links.csv` next to it.

    /work/main/.venv/bin/python eval/blind_plain_lifestyle/write.py
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    BcgTag,
    Region,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

ID_PREFIX = "bpl"

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"


class Offer(NamedTuple):
    text: str
    label: str  # what the thing IS


class Need(NamedTuple):
    text: str
    labels: tuple[str, ...]  # offer labels that meet it; empty when no one in the set does
    certs: tuple[str, ...] = ()  # certifications the text requires of the supplier
    waives: tuple[str, ...] = ()  # certifications the text names only to say they are not required
    unmet: str = ""  # for a need no one meets: what it asks for


class Profile(NamedTuple):
    id: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    language: str
    contact_email: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


def O(text: str, label: str) -> Offer:  # noqa: E743 - short constructor names keep the rows readable
    return Offer(text, label)


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, certs, waives)


def U(text: str, note: str) -> Need:
    return Need(text, (), (), (), note)


PROFILES: list[Profile] = []


def P(
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    language: str,
    email: str,
    offers: list[Offer],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> None:
    pid = f"{ID_PREFIX}-{len(PROFILES) + 1:03d}"
    PROFILES.append(
        Profile(pid, name, sub_cluster, stage, province, language, email, tuple(offers), tuple(needs), certs, bcg)
    )


OEKO = "OEKO-TEX Standard 100"

# ---------------------------------------------------------------- upstream: fibre, yarn, dye plants, waste

P(
    "วิสาหกิจชุมชนกลุ่มฝ้ายอินทรีย์บ้านนาแห้ว",
    HEMP,
    UP,
    "Loei",
    "th",
    "nahaeo.cotton@gmail.com",
    [
        O("ฝ้ายดอกอินทรีย์ (ฝ้ายตุ่ย ฝ้ายขาว) ขั้นต่ำ 20 กก.", "raw_cotton_organic"),
        O("ฝ้ายเข็นมือสีธรรมชาติ ยังไม่ย้อม ขายเป็นไจ", "cotton_yarn_handspun"),
    ],
    [
        U("เครื่องอีดฝ้ายแบบใช้มอเตอร์", "motorised cotton gin"),
        N("ต้องการเงินทุนหมุนเวียนรับซื้อฝ้ายจากสมาชิกช่วงเก็บเกี่ยว", "working_capital_loan"),
    ],
    certs=("Organic Thailand", "OTOP"),
    bcg=("bio", "green"),
)

P(
    "กลุ่มปลูกฝ้ายบ้านหนองบัว ท่าวังผา",
    HEMP,
    UP,
    "Nan",
    "th",
    "nongbua.fai@gmail.com",
    [
        O("ปุยฝ้ายปลูกแบบอินทรีย์ อยู่ระหว่างยื่นขอใบรับรอง กก.ละ 60 บาท", "raw_cotton_organic"),
        O("เส้นฝ้ายเข็นมือย้อมสีธรรมชาติ (ครั่ง ขมิ้น คราม)", "cotton_yarn_handspun_dyed"),
    ],
    [N("ครามเปียก 30 กก. ต้องการก่อนสิ้นเดือน ต.ค.", "indigo_paste")],
    bcg=("bio",),
)

P(
    "Phop Phra Hmong Hemp Growers",
    HEMP,
    UP,
    "Tak",
    "en",
    "phopphra.hemp@gmail.com",
    [
        O("Hand-stripped hemp bast fibre, sun-dried, 5 kg bundles", "hemp_fibre_raw"),
        O("Hemp hurds (woody core) by the sack", "hemp_hurd"),
    ],
    [
        U("Certified low-THC hemp seed for next planting", "certified hemp planting seed"),
        N("Looking for someone to set up our online shop and take product photos", "online_marketing_service"),
    ],
    bcg=("bio",),
)

P(
    "กลุ่มทอผ้าใยกัญชงม้งบ้านแม่สาใหม่",
    HEMP,
    MID,
    "Chiang Mai",
    "th",
    "maesamai.hemp@gmail.com",
    [
        O("เส้นใยกัญชงต่อมือแบบม้ง ขายเป็นไจ", "hemp_yarn_handspun"),
        O("ผ้าใยกัญชงทอมือ หน้ากว้าง 40 ซม. ม้วนละ 10 เมตร", "handwoven_hemp_fabric"),
        O("ผ้ากัญชงเขียนเทียนย้อมคราม (ผ้าบาติกม้ง)", "hemp_batik_fabric"),
    ],
    [N("เส้นใยกัญชงลอกมือ ตากแห้ง สำหรับต่อเส้น", "hemp_fibre_raw"), U("ขี้ผึ้งแท้สำหรับเขียนลายเทียน", "beeswax for batik")],
    certs=("OTOP",),
    bcg=("bio",),
)

P(
    "Khao Kho Hemp Works Co., Ltd.",
    HEMP,
    MID,
    "Phetchabun",
    "en",
    "sales@khaokhohemp.co.th",
    [
        O("Machine-spun hemp/cotton yarn 55/45, Nm 8", "hemp_cotton_yarn_machine"),
        O("Hemp canvas 280 gsm, loomstate, 150 cm", "hemp_canvas_fabric"),
    ],
    [
        N("Decorticated or hand-stripped hemp fibre, 200 kg lots", "hemp_fibre_raw"),
        N("Organic cotton lint for blending", "raw_cotton_organic"),
        N("Hand-spun hemp yarn for a heritage line", "hemp_yarn_handspun"),
    ],
    bcg=("bio", "green"),
)

P(
    "วิสาหกิจชุมชนเส้นใยกล้วยคลองลาน",
    HEMP,
    UP,
    "Kamphaeng Phet",
    "th",
    "klonglan.banana@gmail.com",
    [O("เส้นใยกาบกล้วยตานีตากแห้ง", "banana_fibre"), O("เชือกใยกล้วยฟั่นมือ ม้วนละ 50 เมตร", "banana_fibre_rope")],
    [
        N("ต้องการนักออกแบบช่วยพัฒนาของที่ระลึกจากใยกล้วย", "product_design_service"),
        U("เครื่องขูดเส้นใยกล้วย", "banana fibre decorticator"),
    ],
    certs=("OTOP",),
    bcg=("bio", "circular"),
)

P(
    "Pranburi Pineapple Fibre Project",
    HEMP,
    UP,
    "Prachuap Khiri Khan",
    "en",
    "hello@pranburipalf.org",
    [O("Pineapple leaf fibre (PALF), degummed, 10 kg min.", "pineapple_leaf_fibre")],
    [
        N("Handloom weavers to weave PALF/cotton cloth from our yarn", "weaving_service"),
        U("Hand-spinning of our pineapple fibre into yarn, paid per kg", "commission hand-spinning of PALF"),
    ],
    bcg=("bio", "circular"),
)

P(
    "วิสาหกิจชุมชนเลี้ยงไหมบ้านเขวาสินรินทร์",
    HEMP,
    UP,
    "Surin",
    "th",
    "khwao.silk@gmail.com",
    [O("ไหมน้อยสาวมือ (ไหมพื้นบ้าน) สีเหลือง", "silk_yarn_handreeled"), O("รังไหมตากแห้ง ขายเป็นกิโล", "silk_cocoon")],
    [U("กิ่งพันธุ์หม่อน สายพันธุ์บุรีรัมย์ 60", "mulberry cuttings")],
    bcg=("bio",),
)

P(
    "บจก. สาวไหมอีสาน",
    HEMP,
    UP,
    "Khon Kaen",
    "th",
    "sales@isansilkreeling.co.th",
    [
        O("เส้นไหมอุตสาหกรรม 20/22 ดีเนียร์ ลอกกาวแล้ว", "silk_yarn_machine_reeled"),
        O("เศษไหม ไหมขัด จากการสาว ขายเหมา", "silk_waste"),
    ],
    [N("รับซื้อรังไหมจากเกษตรกรลูกข่าย ทั้งปี", "silk_cocoon")],
    certs=("ISO 9001",),
)

P(
    "วิสาหกิจชุมชนครามบ้านดอนกอย",
    ALI,
    UP,
    "Sakon Nakhon",
    "th",
    "donkoi.indigo@gmail.com",
    [O("เนื้อครามเปียกจากต้นครามปลูกเอง กก.ละ 250 บาท", "indigo_paste"), O("ใบครามสด ตัดส่งช่วง ก.ย.-พ.ย.", "indigo_leaves")],
    [N("ต้องการฝ้ายเข็นมือสีขาวที่ยังไม่ย้อม 100 ไจ ภายใน มี.ค. 69", "cotton_yarn_handspun")],
    certs=("OTOP", "Organic Thailand"),
    bcg=("bio", "green"),
)

P(
    "Kalasin Lac & Natural Dye Supply",
    ALI,
    UP,
    "Kalasin",
    "en",
    "kalasinlac@gmail.com",
    [
        O("Sticklac (raw lac) for red dyeing, sun-dried", "lac_raw"),
        O("Dried dye stuffs: jackfruit heartwood, ebony fruit, almond leaves", "natural_dye_materials"),
    ],
    [
        U("Alum (mordant) in 25 kg bags", "alum mordant"),
        N("Photos and listings for our online shop", "online_marketing_service"),
    ],
    bcg=("bio",),
)

P(
    "ร้านนุ่นโพธาราม",
    ALC,
    UP,
    "Ratchaburi",
    "th",
    "photharamkapok@gmail.com",
    [
        O("ใยนุ่นคัดพิเศษ ไม่มีเมล็ด ฟูนุ่มไม่จับก้อน มัดละ 25 กก. ส่งทั่วประเทศ", "kapok_fibre"),
        O("ที่นอนนุ่นสั่งทำ (ฟูกนุ่น) ทุกขนาด", "kapok_mattress"),
    ],
    [N("ผ้าทำปลอกฟูก ผ้าลายทางหรือผ้ายืดหุ้มที่นอน", "mattress_ticking_fabric")],
    bcg=("bio",),
)

P(
    "Polyfil Thai Fiber Co., Ltd.",
    ALC,
    UP,
    "Samut Prakan",
    "en",
    "sales@polyfilthai.co.th",
    [
        O("Hollow conjugated siliconised polyester fibre 7D for pillows and duvets", "polyester_fiberfill"),
        O("Polyester ball fibre for cushions, 15 kg bags", "polyester_fiberfill"),
        O("Polyester wadding rolls 2-8 oz for quilting", "polyester_wadding"),
    ],
    [N("Clear PET flakes, hot-washed, for a recycled fill line", "pet_flakes")],
    certs=("ISO 9001", OEKO),
)

P(
    "บจก. รีไฟเบอร์ ระยอง",
    CIRC,
    UP,
    "Rayong",
    "th",
    "info@refiber-rayong.co.th",
    [
        O("ใยสังเคราะห์รีไซเคิลจากขวด PET สำหรับยัดหมอน ตุ๊กตา เบาะ", "recycled_polyester_fiberfill"),
        O("เกล็ด PET ล้างร้อน สีใส เดือนละ 20 ตัน", "pet_flakes"),
    ],
    [N("รับซื้อขวด PET ใสอัดก้อน ไม่จำกัดจำนวน", "pet_bottle_scrap")],
    certs=("GRS",),
    bcg=("circular",),
)

P(
    "ธนาคารขยะชุมชนบ้านบึง",
    CIRC,
    UP,
    "Chonburi",
    "th",
    "banbueng.wastebank@gmail.com",
    [
        O("ขวดน้ำพลาสติกใส คัดแล้ว อัดก้อน ประมาณ 3 ตัน/เดือน โทร 089-114-2271", "pet_bottle_scrap"),
        O("เสื้อผ้าเก่าที่สมาชิกนำมาฝาก ยังไม่ได้คัดแยก", "used_clothing_unsorted"),
    ],
    [U("เครื่องอัดก้อนขวดพลาสติก มือสองก็ได้", "baling press")],
    bcg=("circular",),
)

P(
    "Green Loop Collection Co., Ltd.",
    CIRC,
    UP,
    "Bangkok",
    "en",
    "ops@greenloop.co.th",
    [
        O("Baled post-consumer PET bottles, mixed colours", "pet_bottle_scrap"),
        O("End-of-life hotel sheets and towels, sorted white, 1 t lots", "used_hotel_linen"),
        O("Linen take-back and recycling programme for hotels", "textile_takeback_service"),
    ],
    [N("Buying unsorted second-hand clothing in bulk for grading, call 02-118-4420", "used_clothing_unsorted")],
    bcg=("circular",),
)

P(
    "ร้านเสื้อผ้ามือสองเจ๊หน่อย ตลาดโรงเกลือ",
    CIRC,
    UP,
    "Sa Kaeo",
    "th",
    "jenoi.rongkluea@gmail.com",
    [
        O("เสื้อผ้ามือสองคัดเกรด A/B เป็นกระสอบ กระสอบละ 45 กก.", "used_clothing_sorted"),
        O("เสื้อยืดคอตตอนเก่าเกรด C ตัดเป็นผ้าเช็ด ขายเป็นกิโล", "cotton_rags"),
    ],
    [N("เสื้อผ้ามือสองญี่ปุ่น เกาหลี เป็นเบล ยังไม่คัด", "used_clothing_unsorted")],
    bcg=("circular",),
)

P(
    "หจก. ใยรีไซเคิลนครชัยศรี",
    CIRC,
    UP,
    "Nakhon Pathom",
    "th",
    "nakhonchaisi.recycle@gmail.com",
    [
        O("ใยฝ้ายรีไซเคิลตีจากเศษผ้า คัดสี สำหรับปั่นด้าย", "recycled_cotton_fibre"),
        O("ใยตีเศษผ้าคละ เกรดยัดเบาะ ยัดที่นอน ราคาถูก", "shoddy_fill"),
    ],
    [
        N("รับซื้อเศษผ้าคอตตอนจากโรงงานตัดเย็บ แยกสีมาแล้ว", "cotton_cutting_waste"),
    ],
    bcg=("circular",),
)

P(
    "Nakhon Pathom Open-End Spinning Co., Ltd.",
    CIRC,
    UP,
    "Nakhon Pathom",
    "en",
    "yarn@npoespin.co.th",
    [
        O("Open-end recycled cotton yarn Ne 10/1-20/1 from pre-consumer waste", "recycled_cotton_yarn"),
        O("Recycled cotton/rPET blended yarn for towels and mops", "recycled_blend_yarn"),
    ],
    [
        N("Garnetted cotton fibre from cutting waste, 5 t/month", "recycled_cotton_fibre"),
        N("Comber noil and cotton spinning waste", "cotton_spinning_waste"),
        N("rPET staple fibre 1.4D x 38 mm", "rpet_staple_fibre"),
    ],
    certs=("GRS",),
    bcg=("circular",),
)

P(
    "EcoThread rPET Yarns Co., Ltd.",
    CIRC,
    UP,
    "Rayong",
    "en",
    "info@ecothread.co.th",
    [
        O("Recycled polyester filament yarn 75D/150D from bottles, GRS", "recycled_polyester_yarn"),
        O("rPET staple fibre 1.4D for spinning", "rpet_staple_fibre"),
    ],
    [N("Clear PET flakes, min. 20 t per month", "pet_flakes")],
    certs=("GRS", OEKO),
    bcg=("circular",),
)

P(
    "โรงงานเส้นด้ายรีไซเคิลมหาชัย",
    CIRC,
    UP,
    "Samut Sakhon",
    "th",
    "mahachai.ryarn@gmail.com",
    [O("เส้นด้ายโพลีเอสเตอร์รีไซเคิล 150D ราคาถูกกว่าด้ายใหม่ 15%", "recycled_polyester_yarn")],
    [N("ขวด PET อัดก้อน คละสีก็ได้", "pet_bottle_scrap")],
    bcg=("circular",),
)

P(
    "สหกรณ์กองทุนสวนยางบ้านควนเนียง",
    ALC,
    UP,
    "Songkhla",
    "th",
    "khuanniang.coop@gmail.com",
    [
        O("ยางพาราฟองน้ำแผ่น หนา 2-6 นิ้ว สำหรับทำที่นอน", "latex_foam_sheet"),
        O("ยางพาราสับ (เศษฟองน้ำยาง) สำหรับยัดหมอน", "latex_foam_crumb"),
    ],
    [N("ปลอกหุ้มที่นอนซิปรอบ ผ้านุ่ม", "mattress_cover")],
    bcg=("bio",),
)

P(
    "บจก. ไทยโฟมอุตสาหกรรม",
    ALC,
    MID,
    "Samut Sakhon",
    "th",
    "sales@thaifoam-ind.co.th",
    [
        O("ฟองน้ำ PU แผ่น ตัดตามสั่ง ความหนาแน่น 18-40", "pu_foam_sheet"),
        O("ฟองน้ำสับ เศษโฟมจากการตัด ขายเป็นกระสอบ", "pu_foam_crumb"),
    ],
    [],
    certs=("Thai Industrial Standard",),
)

P(
    "กลุ่มปลูกกกบ้านโนนสวรรค์",
    ALI,
    UP,
    "Roi Et",
    "th",
    "nonsawan.kok@gmail.com",
    [O("ต้นกกผ่าเส้นตากแห้ง มัดละ 5 กก.", "sedge_reed_dried"), O("เส้นกกย้อมสีสด (สีเคมี) พร้อมทอ", "sedge_reed_dyed")],
    [U("สีย้อมกกชนิดผง สีเคมี", "synthetic dye powder for reed")],
    bcg=("bio",),
)

# ---------------------------------------------------------------- midstream: weaving, dyeing, knitting, sewing, parts

P(
    "กลุ่มผ้าย้อมครามบ้านถ้ำเต่า",
    ALI,
    MID,
    "Sakon Nakhon",
    "th",
    "thamtao.indigo@gmail.com",
    [
        O("ผ้าฝ้ายทอมือย้อมครามธรรมชาติ ลายขิด ลายมัดหมี่ เมตรละ 350", "indigo_dyed_cotton_fabric"),
        O("รับย้อมครามเสื้อผ้าหรือผ้าผืนของลูกค้า ขั้นต่ำ 10 ชิ้น", "indigo_dyeing_service"),
        O("เวิร์กช็อปย้อมครามหนึ่งวัน สำหรับกรุ๊ปทัวร์และผู้สูงวัย", "natural_dye_workshop"),
    ],
    [N("ต้องการเนื้อครามเพิ่มช่วงหน้าแล้ง (มี.ค.-พ.ค.)", "indigo_paste"), N("ฝ้ายเข็นมือยังไม่ย้อม", "cotton_yarn_handspun")],
    certs=("OTOP",),
    bcg=("bio", "green"),
)

P(
    "Udon Organic Cotton Weavers",
    ALI,
    MID,
    "Udon Thani",
    "en",
    "weave@udonorganic.com",
    [
        O("Handwoven organic cotton, undyed natural white and brown, 90 cm", "handwoven_cotton_greige"),
        O("Indigo-dyed handwoven organic cotton yardage", "indigo_dyed_cotton_fabric"),
    ],
    [
        N(
            "Organic seed cotton or lint with Organic Thailand certificate",
            "raw_cotton_organic",
            certs=("Organic Thailand",),
        ),
        N("Natural indigo paste, about 50 kg per season", "indigo_paste"),
    ],
    certs=("GOTS", "Fairtrade"),
    bcg=("bio", "green"),
)

P(
    "กลุ่มทอผ้าฝ้ายบ้านไร่ไผ่งาม จอมทอง",
    HEMP,
    MID,
    "Chiang Mai",
    "th",
    "raiphaingam@gmail.com",
    [
        O("ผ้าฝ้ายทอมือย้อมสีธรรมชาติ (ขี้เหล็ก ประดู่ ฝาง)", "natural_dyed_cotton_fabric"),
        O("ผ้าฝ้ายทอมือสีพื้น หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
        O("รับทอผ้าตามแบบ ลูกค้าส่งด้ายมาเอง", "weaving_service"),
    ],
    [N("ด้ายฝ้ายโรงงานเบอร์ 20/2 สีขาว", "cotton_yarn_machine")],
    certs=("OTOP",),
    bcg=("bio",),
)

P(
    "Saraburi Cotton Spinning Mill Co., Ltd.",
    ALC,
    UP,
    "Saraburi",
    "en",
    "export@saraburispin.co.th",
    [
        O("Combed cotton yarn Ne 20/2, 32/1, 40/1, raw white on cones", "cotton_yarn_machine"),
        O("Dyed cotton yarn on cones, 40 stock colours", "cotton_yarn_machine_dyed"),
        O("Comber noil and blowroom waste, baled", "cotton_spinning_waste"),
    ],
    [U("Better Cotton lint, 200 t per year", "BCI-certified raw cotton lint in bulk")],
    certs=("ISO 9001", OEKO),
)

P(
    "หจก. สกรีนดีไซน์ บางบอน",
    ALC,
    MID,
    "Bangkok",
    "th",
    "screendesign.bangbon@gmail.com",
    [
        O("รับสกรีนถุงผ้า เสื้อ ผ้ากันเปื้อน ของลูกค้า ขั้นต่ำ 50 ชิ้น", "screen_printing_service"),
        O("ถุงผ้าดิบสกรีนโลโก้ พร้อมส่ง ใบละ 25 บาท", "cloth_tote_bag"),
    ],
    [N("ผ้าแคนวาสดิบสำหรับตัดถุงผ้า เป็นม้วน", "cotton_canvas_fabric", "hemp_canvas_fabric")],
)

P(
    "SubliPrint Pro Co., Ltd.",
    SPORT,
    MID,
    "Nonthaburi",
    "en",
    "print@subliprintpro.com",
    [
        O("Roll-to-roll dye-sublimation printing on your polyester fabric", "sublimation_printing_service"),
        O("Custom sublimated team jerseys and running shirts", "sports_jersey"),
    ],
    [N("Recycled polyester knit fabric, GRS certified", "recycled_polyester_knit_fabric", certs=("GRS",))],
)

P(
    "ร้านเจริญปัก ปักชื่อ ปักโลโก้",
    ALC,
    MID,
    "Bangkok",
    "th",
    "charoenpak@gmail.com",
    [O("รับปักโลโก้บนผ้าขนหนู เสื้อยูนิฟอร์ม ผ้ากันเปื้อนที่ลูกค้านำมา", "embroidery_service")],
    [U("จักรปักคอมพิวเตอร์ 6 หัว มือสอง", "multi-head embroidery machine")],
)

P(
    "กลุ่มแม่บ้านตัดเย็บบ้านโพธิ์",
    ALI,
    MID,
    "Nakhon Ratchasima",
    "th",
    "banpho.sewing@gmail.com",
    [
        O("รับจ้างตัดเย็บปลอกหมอน ผ้าปู ผ้าม่าน ลูกค้าส่งผ้ามา", "sewing_cmt_service"),
        O("เศษผ้าคอตตอนจากการตัด ขายกิโลละ 5 บาท", "cotton_cutting_waste"),
    ],
    [
        N("จักรเย็บอุตสาหกรรมและจักรโพ้ง อย่างละ 2 ตัว", "industrial_sewing_machine"),
        N("สินเชื่อซื้อจักรแบบผ่อน", "machinery_leasing"),
        N("อบรมแพทเทิร์นเสื้อผ้าผู้สูงอายุ เสื้อผ่าหลัง", "adaptive_pattern_training"),
    ],
)

P(
    "หจก. ลพบุรีการ์เมนต์",
    ALC,
    MID,
    "Lopburi",
    "th",
    "lopburigarment@hotmail.com",
    [
        O("รับจ้างตัดเย็บเสื้อผ้าตามแบบของแบรนด์ ขั้นต่ำ 300 ตัว", "sewing_cmt_service"),
        O("เศษผ้าโพลีเอสเตอร์ผสม คละสี", "textile_cutting_waste"),
    ],
    [N("ผ้ายืดคอตตอน 100% สีพื้น", "cotton_knit_fabric")],
)

P(
    "บจก. อีสเทิร์นการ์เมนต์ โซลูชั่น",
    ALC,
    MID,
    "Chachoengsao",
    "th",
    "sales@easterngarment.co.th",
    [
        O("รับจ้างตัดเย็บชุดยูนิฟอร์ม ชุดสครับ ให้แบรนด์ ลูกค้าจัดหาผ้าเอง ขั้นต่ำ 1,000 ชิ้น", "sewing_cmt_service"),
        O("เศษผ้า TC อัดก้อน", "textile_cutting_waste"),
    ],
    [N("ผ้าทีซีทวิล 65/35", "pc_twill_fabric")],
    certs=("ISO 9001", "SA8000"),
)

P(
    "ร้านควิลท์บ้านสวน",
    ALC,
    MID,
    "Nakhon Pathom",
    "th",
    "baansuan.quilt@gmail.com",
    [
        O("รับเย็บควิลท์ผ้าคลุมเตียง ผ้านวม จากผ้าของลูกค้า", "quilting_service"),
        O("ปลอกหุ้มที่นอนแบบซิปรอบ ผ้าควิลท์ สั่งตัดตามขนาด", "mattress_cover"),
    ],
    [N("ใยแผ่นสำหรับควิลท์ 4 ออนซ์", "polyester_wadding")],
)

P(
    "Aqua Shield Laminates Co., Ltd.",
    ALC,
    MID,
    "Samut Prakan",
    "en",
    "sales@aquashield.co.th",
    [
        O(
            "TPU-laminated knit, waterproof and breathable, for mattress protectors and bed pads",
            "waterproof_laminated_fabric",
        ),
        O("PU-coated nylon 210D for bags and covers", "pu_coated_nylon"),
    ],
    [
        N(
            "Polyester jersey 100 gsm as lamination base, 5,000 m/month",
            "polyester_knit_fabric",
            "recycled_polyester_knit_fabric",
        )
    ],
    certs=(OEKO, "ISO 9001"),
)

P(
    "Drapery House Textiles Co., Ltd.",
    ALC,
    MID,
    "Bangkok",
    "en",
    "contract@draperyhouse.co.th",
    [
        O("Inherently flame-retardant curtain fabric, hotel grade", "fr_curtain_fabric"),
        O("Blackout curtain fabric, 3-pass coated, 280 cm", "blackout_curtain_fabric"),
        O("Sheer voile 300 cm", "sheer_curtain_fabric"),
    ],
    [N("Curtain sewing and installation subcontractors for hotel jobs", "curtain_making_service")],
)

P(
    "Royal Bed Linen Mills Co., Ltd.",
    ALC,
    MID,
    "Pathum Thani",
    "en",
    "mill@royalbedlinen.co.th",
    [
        O("Cotton percale 250TC white, 280 cm, for hotel sheets", "hotel_sheeting_fabric"),
        O("Poly/cotton twill 65/35 for workwear", "pc_twill_fabric"),
        O("Cotton canvas 12 oz, undyed", "cotton_canvas_fabric"),
    ],
    [
        N("Combed cotton yarn Ne 40/1, 8 t per month", "cotton_yarn_machine"),
        U("Wastewater treatment consultant for the dyehouse", "effluent treatment consulting"),
    ],
    certs=(OEKO, "ISO 9001"),
)

P(
    "บจก. นอนวูฟเวนตะวันออก",
    ALC,
    MID,
    "Rayong",
    "th",
    "sales@eastnonwoven.co.th",
    [O("ผ้าสปันบอนด์ ผ้าไม่ทอ PP 15-80 แกรม ม้วนตามหน้ากว้างที่สั่ง", "spunbond_nonwoven")],
    [],
)

P(
    "Mahachai Knit Fabrics Co., Ltd.",
    ALC,
    MID,
    "Samut Sakhon",
    "en",
    "knit@mahachaiknit.co.th",
    [
        O("Cotton single jersey and rib 160-200 gsm, dyed to order", "cotton_knit_fabric"),
        O("Polyester interlock and jersey for laminating or sportswear", "polyester_knit_fabric"),
        O("Stretch knitted mattress ticking, 220 cm", "mattress_ticking_fabric"),
    ],
    [N("Carded cotton yarn Ne 30/1", "cotton_yarn_machine")],
    certs=(OEKO,),
)

P(
    "ร้านมหาชัยเว็บบิ้ง",
    SPORT,
    MID,
    "Samut Sakhon",
    "th",
    "mahachaiwebbing@gmail.com",
    [O("สายเว็บบิ้ง PP/ไนลอน กว้าง 1-2 นิ้ว ม้วนละ 50 หลา", "webbing_strap"), O("หัวล็อก ตัวปรับสาย พลาสติก", "plastic_buckles")],
    [N("เส้นด้ายโพลีเอสเตอร์รีไซเคิลสำหรับทอสาย", "recycled_polyester_yarn")],
)

P(
    "บจก. ไบโอฟินิช เท็กซ์ไทล์ เซอร์วิส",
    CIRC,
    MID,
    "Pathum Thani",
    "th",
    "service@biofinish.co.th",
    [
        O("รับตกแต่งสำเร็จผ้าต้านแบคทีเรีย บนผ้าของลูกค้า", "antimicrobial_finishing_service"),
        O("รับซักนุ่มผ้าทอมือด้วยเอนไซม์", "fabric_softening_service"),
    ],
    [],
    bcg=("green",),
)

P(
    "กลุ่มทอผ้าไหมมัดหมี่บ้านหนองบัวแดง ชนบท",
    ALI,
    MID,
    "Khon Kaen",
    "th",
    "nongbuadaeng.silk@gmail.com",
    [
        O("ผ้าไหมมัดหมี่ทอมือ ติดตรานกยูงพระราชทาน", "handwoven_silk_fabric"),
        O("ผ้าไหมพื้นเรียบสำหรับตัดชุด", "handwoven_silk_fabric"),
    ],
    [N("เส้นไหม ทั้งไหมพื้นบ้านและไหมอุตสาหกรรม", "silk_yarn_handreeled", "silk_yarn_machine_reeled")],
    certs=("Thai Silk Peacock Emblem", "OTOP"),
)

P(
    "วิสาหกิจชุมชนผ้าไหมบ้านท่าสว่าง",
    ALI,
    MID,
    "Surin",
    "th",
    "thasawang.silk@gmail.com",
    [O("ผ้าไหมยกดอก ผ้าไหมมัดหมี่ลายโบราณ", "handwoven_silk_fabric"), O("ผ้าซิ่นไหมตัดเย็บสำเร็จ พร้อมใส่", "silk_sarong_skirt")],
    [N("ครั่งดิบสำหรับย้อมไหมสีแดง", "lac_raw")],
    certs=("OTOP",),
)

P(
    "กลุ่มทอผ้าขาวม้าบ้านไร่",
    ALC,
    MID,
    "Ratchaburi",
    "th",
    "banrai.pakhaoma@gmail.com",
    [
        O("ผ้าขาวม้าทอมือลายตาราง สีไม่ตก ผืนละ 120-250 บาท", "pakhaoma_cloth"),
        O("ผ้าขาวม้าเป็นม้วน ไม่ตัดผืน สำหรับแปรรูป", "pakhaoma_cloth"),
    ],
    [N("ด้ายหลอดย้อมสีสำเร็จ สีสด", "cotton_yarn_machine_dyed")],
    certs=("OTOP",),
)

P(
    "Lanna Natural Dye Studio",
    ALC,
    MID,
    "Chiang Mai",
    "en",
    "studio@lannanaturaldye.com",
    [
        O("Indigo vat dyeing of your garments and yardage", "indigo_dyeing_service"),
        O("Plant dyeing (lac, marigold, mango leaf) on customer fabric", "natural_dyeing_service"),
        O("Natural dye workshops for groups and hotel guests", "natural_dye_workshop"),
    ],
    [
        N("Indigo paste", "indigo_paste"),
        N("Sticklac and dried dye barks, small lots", "lac_raw", "natural_dye_materials"),
    ],
    bcg=("bio", "green"),
)

# ---------------------------------------------------------------- downstream: home, lifestyle, care goods and buyers

P(
    "วิสาหกิจชุมชนหมอนขิดบ้านศรีฐาน",
    ALI,
    DOWN,
    "Yasothon",
    "th",
    "sritan.pillow@gmail.com",
    [
        O("หมอนขวานลายขิด ยัดนุ่นแท้ 10 ช่อง ฝีมือแม่ ๆ ในหมู่บ้าน ใช้ได้เป็นสิบปี", "triangle_pillow"),
        O("ที่นอนปิกนิกพับได้ ไส้นุ่น", "kapok_mattress"),
    ],
    [
        N("นุ่นตีฟูพร้อมยัด เดือนละ 500 กก.", "kapok_fibre"),
        N("ผ้าฝ้ายย้อมครามทอมือ สำหรับหุ้มหมอนรุ่นพรีเมียม", "indigo_dyed_cotton_fabric"),
    ],
    certs=("OTOP",),
    bcg=("bio",),
)

P(
    "หจก. หมอนสามเหลี่ยมยโสธร",
    ALI,
    DOWN,
    "Yasothon",
    "th",
    "yasothonpillow@hotmail.com",
    [
        O("หมอนอิงสามเหลี่ยมไส้ใยสังเคราะห์ ราคาส่งใบละ 180", "triangle_pillow"),
        O("รับผลิตหมอนขวานตามแบบ ลูกค้าส่งผ้ามาเองได้", "triangle_pillow_making_service"),
    ],
    [
        N("ใยสังเคราะห์ยัดหมอน เกรดดี", "polyester_fiberfill", "recycled_polyester_fiberfill"),
        U("ถุงพลาสติกใสพิมพ์โลโก้ใส่หมอน", "printed clear poly bags"),
    ],
)

P(
    "Baan Mon Home Décor",
    ALC,
    DOWN,
    "Bangkok",
    "en",
    "hello@baanmondecor.com",
    [
        O("Thai triangle floor cushions (axe pillows) in handwoven cotton, export packed", "triangle_pillow"),
        O("Cushion covers 45x45 in indigo and plant-dyed cotton", "cushion_cover"),
    ],
    [
        N("Indigo-dyed handwoven cotton, 300 m per quarter", "indigo_dyed_cotton_fabric"),
        N("Need kapok filling, about 2 t a year", "kapok_fibre"),
        N("Subcontract sewing and stuffing of triangle cushions, our fabric", "triangle_pillow_making_service"),
    ],
)

P(
    "ร้านบ้านผ้าฝ้ายเชียงใหม่",
    ALC,
    DOWN,
    "Chiang Mai",
    "th",
    "baanphafai.cm@gmail.com",
    [
        O("ปลอกหมอนอิงผ้าฝ้ายทอมือ ลายน้ำไหล", "cushion_cover"),
        O("ผ้ารองจาน ผ้าปูโต๊ะ ผ้าวิ่งโต๊ะ ฝ้ายทอมือ", "table_linen"),
        O("ผ้าคลุมโซฟา ผ้าห่มคลุมไหล่ ฝ้ายทอมือ", "throw_blanket"),
    ],
    [
        N("ผ้าฝ้ายทอมือย้อมสีธรรมชาติโทนน้ำตาล เหลือง (ไม่เอาคราม)", "natural_dyed_cotton_fabric"),
        N("ไส้หมอนอิง 18 นิ้ว", "cushion_insert"),
    ],
)

P(
    "Mae Rim Throws & Blankets",
    ALC,
    DOWN,
    "Chiang Mai",
    "en",
    "maerimthrows@gmail.com",
    [
        O("Handwoven cotton throws 130x170, fringed", "throw_blanket"),
        O("Weaving workshops for resort guests", "weaving_workshop"),
    ],
    [
        N("Hand-spun cotton yarn, natural brown cotton", "cotton_yarn_handspun"),
        N("Recycled cotton yarn for a rescued-fibre line, GRS not required", "recycled_cotton_yarn", waives=("GRS",)),
    ],
)

P(
    "ร้านผ้าม่านนนท์ดีไซน์",
    ALC,
    DOWN,
    "Nonthaburi",
    "th",
    "nondesign.curtain@gmail.com",
    [
        O("ผ้าม่านสั่งตัด ม่านจีบ ม่านลอน ม่านพับ พร้อมติดตั้ง", "curtains_made_to_measure"),
        O("รับเย็บและติดผ้าม่าน ใช้ผ้าของลูกค้า", "curtain_making_service"),
    ],
    [N("ผ้าม่านทึบแสง (ผ้ากันแสง) หน้ากว้าง 280", "blackout_curtain_fabric"), U("รางม่านอลูมิเนียม", "curtain rails")],
)

P(
    "วิสาหกิจชุมชนเสื่อกกบางสระเก้า",
    ALI,
    DOWN,
    "Chanthaburi",
    "th",
    "bangsrakao.mat@gmail.com",
    [O("เสื่อกกทอมือ ลายดั้งเดิม พับได้", "reed_mat"), O("กระเป๋าสานกก", "woven_reed_bag")],
    [
        N("ต้นกกแห้ง หรือกกย้อมสีพร้อมทอ", "sedge_reed_dried", "sedge_reed_dyed"),
        N("อบรมออกแบบลวดลายเสื่อใหม่ ๆ", "product_design_service"),
    ],
    certs=("OTOP",),
    bcg=("bio",),
)

P(
    "Isan Easywear Co., Ltd.",
    ALI,
    DOWN,
    "Khon Kaen",
    "en",
    "care@isaneasywear.com",
    [
        O("Easy-wear cotton pyjamas for seniors, front snaps, elastic waist", "elderly_loungewear"),
        O("Open-back adaptive tops for bedridden patients", "adaptive_clothing"),
        O("Adaptive pattern-making courses for sewing groups", "adaptive_pattern_training"),
    ],
    [
        N("Soft cotton jersey, OEKO-TEX", "cotton_knit_fabric", certs=(OEKO,)),
        U("Velcro and snaps in bulk", "sewing trims (hook-and-loop, snaps)"),
        N("Sewing subcontract, 500 pcs a month", "sewing_cmt_service"),
    ],
)

P(
    "บจก. ผ้าปูโรงแรมนครปฐม",
    ALC,
    DOWN,
    "Nakhon Pathom",
    "th",
    "sales@hotellinen-np.co.th",
    [
        O("ชุดผ้าปูที่นอนโรงแรม คอตตอน 100% สีขาว ทุกขนาด", "bed_sheet_set"),
        O("หมอนหนุนโรงแรมไส้ไมโครไฟเบอร์", "bed_pillow"),
        O("ไส้หมอนอิงใยสังเคราะห์ ทุกขนาด", "cushion_insert"),
        O("ไส้ผ้านวมโรงแรม", "duvet_comforter"),
    ],
    [
        N("ผ้าเปอร์เคลคอตตอน หน้ากว้าง 280 ซม.", "hotel_sheeting_fabric"),
        N("ใยสังเคราะห์ฮอลโลว์คอนจูเกต", "polyester_fiberfill", "recycled_polyester_fiberfill"),
    ],
)

P(
    "Hotel Textile Supply (Thailand) Co., Ltd.",
    ALC,
    DOWN,
    "Samut Prakan",
    "en",
    "sales@hts-thailand.com",
    [
        O("Hotel bed linen sets: sheets, duvet covers, pillowcases", "bed_sheet_set"),
        O("Bath towels and robes, 550 gsm", "hotel_towels_bathrobes"),
    ],
    [
        N("Percale sheeting 280 cm, white", "hotel_sheeting_fabric"),
        N("Logo embroidery on towels and robes", "embroidery_service"),
    ],
    certs=(OEKO, "ISO 9001"),
)

P(
    "โรงทอผ้าขนหนูอยุธยา",
    ALC,
    DOWN,
    "Phra Nakhon Si Ayutthaya",
    "th",
    "ayutthayatowel@gmail.com",
    [O("ผ้าขนหนูโรงแรม ผ้าเช็ดตัว ผ้าเช็ดมือ ผ้าเช็ดเท้า", "hotel_towels_bathrobes")],
    [N("ด้ายรีไซเคิลคอตตอนผสม rPET สำหรับทอผ้าขนหนู", "recycled_blend_yarn")],
)

P(
    "CareTex Medical Textiles Co., Ltd.",
    ALC,
    DOWN,
    "Pathum Thani",
    "en",
    "sales@caretex.co.th",
    [
        O("Patient transfer sheets with 8 handles, reusable, 50+ washes", "patient_transfer_sheet"),
        O("Gait belts with quick-release buckle", "gait_belt"),
        O("Washable incontinence bed pads, 4-layer, 300 washes", "washable_incontinence_pad"),
    ],
    [
        N("TPU laminated fabric for bed pads", "waterproof_laminated_fabric"),
        N("50 mm PP webbing", "webbing_strap"),
        N("Antimicrobial finishing on our fabric", "antimicrobial_finishing_service"),
    ],
    certs=("ISO 13485", "ISO 9001", "Thai FDA"),
)

P(
    "วิสาหกิจชุมชนผ้ายกตัวผู้ป่วยบ้านสำราญ",
    ALI,
    DOWN,
    "Khon Kaen",
    "th",
    "bansamran.care@gmail.com",
    [
        O("ผ้ายกตัวผู้ป่วย ผ้าใบหนา มีหูจับ 8 จุด", "patient_transfer_sheet"),
        O("ผ้ารองกันเปื้อนผู้ป่วยติดเตียง ซักได้", "washable_incontinence_pad"),
        O("เข็มขัดช่วยพยุงเดิน", "gait_belt"),
    ],
    [
        N("ผ้าแคนวาสหนาสำหรับทำผ้ายกตัว", "cotton_canvas_fabric", "hemp_canvas_fabric"),
        N("สายรัด สายเว็บบิ้ง 2 นิ้ว", "webbing_strap"),
    ],
)

P(
    "ร้านแม่ใจ ผ้าอ้อมผู้ใหญ่ซักได้",
    ALC,
    DOWN,
    "Udon Thani",
    "th",
    "maejai.diaper@gmail.com",
    [
        O("กางเกงผ้าอ้อมผู้ใหญ่แบบซักได้ เอวยางยืด", "washable_adult_diaper"),
        O("แผ่นรองซับซักได้ 60x90", "washable_incontinence_pad"),
    ],
    [
        N("ผ้ากันน้ำ TPU ทำชั้นกันซึม", "waterproof_laminated_fabric"),
        U("ผ้าซับน้ำไมโครไฟเบอร์เป็นม้วน", "absorbent microfibre fabric on the roll"),
    ],
    bcg=("circular",),
)

P(
    "SafeDry Hygiene Products Co., Ltd.",
    ALC,
    DOWN,
    "Chonburi",
    "en",
    "sales@safedry.co.th",
    [
        O("Disposable underpads 60x90 with SAP core", "disposable_underpad"),
        O("Disposable adult diapers, tape type", "disposable_adult_diaper"),
    ],
    [
        N("Hydrophilic PP spunbond 15-20 gsm", "spunbond_nonwoven"),
        U("Fluff pulp and SAP", "fluff pulp and superabsorbent polymer"),
    ],
    certs=("ISO 13485", "Thai FDA"),
)

P(
    "GripStep Socks Co.",
    SPORT,
    DOWN,
    "Bangkok",
    "en",
    "orders@gripstep.co",
    [
        O("Anti-slip grip socks for seniors and ward patients", "anti_slip_socks"),
        O("Seamless diabetic socks with loose top", "diabetic_socks"),
    ],
    [U("Bamboo viscose yarn for sock knitting", "bamboo viscose yarn")],
    certs=(OEKO,),
)

P(
    "บจก. โคราชเมดิแคร์",
    ALI,
    DOWN,
    "Nakhon Ratchasima",
    "th",
    "sales@koratmedicare.co.th",
    [
        O("เบาะรองนั่งรถเข็น เมมโมรี่โฟม ผ้าหุ้มกันน้ำ", "wheelchair_cushion"),
        O("กระเป๋าแขวนรถเข็น/วอล์กเกอร์", "mobility_aid_bag"),
        O("เบาะรังไข่ป้องกันแผลกดทับ", "pressure_relief_mattress_pad"),
    ],
    [
        N("ฟองน้ำ PU ความหนาแน่นสูง", "pu_foam_sheet"),
        N("ผ้ากันน้ำหุ้มเบาะ (ผ้าเคลือบ PU/TPU)", "waterproof_laminated_fabric", "pu_coated_nylon"),
    ],
)

P(
    "แบรนด์ชุดสบายวัยเก๋า",
    ALC,
    DOWN,
    "Bangkok",
    "th",
    "wairgao.brand@gmail.com",
    [
        O("ชุดอยู่บ้านผู้สูงอายุ ผ้าฝ้ายนุ่ม กระดุมแป๊กติดง่าย", "elderly_loungewear"),
        O("ผ้าถุงสำเร็จรูปเอวยางยืด ใส่ง่าย", "elderly_loungewear"),
        O("หน้ากากผ้าฝ้ายสองชั้น ซักได้", "cloth_face_mask"),
    ],
    [
        N("ผ้าฝ้ายทอมือสีธรรมชาติ ไม่ผ่านการย้อม เนื้อนุ่ม", "handwoven_cotton_greige"),
        N("ถ่ายรูปสินค้า ยิงแอด", "online_marketing_service"),
    ],
)

P(
    "Silver Comfort Apparel Co., Ltd.",
    ALC,
    DOWN,
    "Nonthaburi",
    "en",
    "hello@silvercomfort.co.th",
    [
        O("Loungewear for older adults: magnetic-button shirts, wide-leg pants", "elderly_loungewear"),
        O("Patient gowns with snap shoulders", "patient_gown"),
    ],
    [
        N("Adaptive pattern-making training for our sewing team", "adaptive_pattern_training"),
        N("Indigo dyeing of our finished garments", "indigo_dyeing_service"),
    ],
)

P(
    "ReBottle Bags Co., Ltd.",
    CIRC,
    DOWN,
    "Bangkok",
    "en",
    "team@rebottlebags.com",
    [
        O("Tote bags woven from recycled PET yarn", "recycled_pet_bag"),
        O("Patchwork amenity pouches from hotel linen offcuts", "upcycled_pouch"),
    ],
    [
        N("GRS-certified recycled polyester yarn 150D", "recycled_polyester_yarn", certs=("GRS",)),
        N("Used white hotel sheets", "used_hotel_linen"),
    ],
    certs=("GRS",),
    bcg=("circular",),
)

P(
    "ร้านผ้าเก่าเล่าเรื่อง",
    CIRC,
    DOWN,
    "Chiang Mai",
    "th",
    "phakao.story@gmail.com",
    [O("กระเป๋าผ้าปะติดจากเสื้อผ้าเก่า", "upcycled_bag"), O("พรมเช็ดเท้าถักจากเศษผ้า", "rag_rug")],
    [N("ผ้าปูที่นอนเก่าจากโรงแรม สีขาว", "used_hotel_linen"), N("กางเกงยีนส์มือสอง คัดเกรดแล้ว", "used_clothing_sorted")],
    bcg=("circular",),
)

P(
    "Blue Wave Activewear Co., Ltd.",
    SPORT,
    DOWN,
    "Chonburi",
    "en",
    "sourcing@bluewaveactive.com",
    [
        O("Running and cycling jerseys in recycled PET fabric", "sports_jersey"),
        O("Cooling towels for outdoor sport, best seller in golf shops", "cooling_towel"),
        O("Calf and arm compression sleeves for runners", "sport_compression_sleeve"),
    ],
    [
        N("GRS recycled polyester knit", "recycled_polyester_knit_fabric", certs=("GRS",)),
        N("Sublimation printing, about 2,000 m/month", "sublimation_printing_service"),
    ],
    certs=("GRS", "bluesign"),
    bcg=("circular",),
)

P(
    "KnitTech Sportech Fabrics Co., Ltd.",
    SPORT,
    MID,
    "Samut Prakan",
    "en",
    "sales@knittech.co.th",
    [
        O("Recycled polyester birdseye mesh and interlock, GRS", "recycled_polyester_knit_fabric"),
        O("Moisture-wicking virgin polyester jersey", "polyester_knit_fabric"),
    ],
    [N("Recycled polyester filament 75D, GRS", "recycled_polyester_yarn", certs=("GRS",))],
    certs=("GRS", OEKO),
    bcg=("circular",),
)

P(
    "ร้านเสื้อวิ่งรันนิ่งไทย",
    SPORT,
    DOWN,
    "Bangkok",
    "th",
    "runningthai.shop@gmail.com",
    [O("เสื้อวิ่งพิมพ์ลาย ผ้าจากขวดรีไซเคิล ขั้นต่ำ 30 ตัว", "sports_jersey"), O("ถุงเท้าวิ่งกันลื่นในรองเท้า", "running_socks")],
    [
        N("ผ้าโพลีเอสเตอร์รีไซเคิลทำเสื้อกีฬา ไม่จำเป็นต้องมี GRS", "recycled_polyester_knit_fabric", waives=("GRS",)),
        N("โรงพิมพ์ซับลิเมชั่นรับพิมพ์ผ้า", "sublimation_printing_service"),
    ],
)

P(
    "Little Lanna Organics",
    ALC,
    DOWN,
    "Chiang Mai",
    "en",
    "hello@littlelanna.com",
    [O("Organic cotton muslin swaddles and baby bodysuits", "baby_clothing")],
    [
        N(
            "Handwoven organic cotton, GOTS certified",
            "handwoven_cotton_greige",
            "handwoven_cotton_fabric",
            "indigo_dyed_cotton_fabric",
            "natural_dyed_cotton_fabric",
            certs=("GOTS",),
        )
    ],
    certs=("GOTS", OEKO),
    bcg=("bio",),
)

# ---------------------------------------------------------------- downstream buyers: shops, hotels, spas, care

P(
    "ร้านของฝากชะอำ",
    ALC,
    DOWN,
    "Phetchaburi",
    "th",
    "chaam.souvenir@gmail.com",
    [O("รับฝากขายสินค้าชุมชน หน้าร้านติดถนนเพชรเกษม", "consignment_retail")],
    [N("ผ้าขาวม้าลายตาราง", "pakhaoma_cloth"), N("ถุงผ้าสกรีนชื่อร้าน 1,000 ใบ", "cloth_tote_bag")],
)

P(
    "Siam Living Department Store, Home & Lifestyle",
    ALC,
    DOWN,
    "Bangkok",
    "en",
    "buyer.home@siamliving.co.th",
    [],
    [
        N(
            "Mudmee silk with the Royal Peacock Emblem for gift sets",
            "handwoven_silk_fabric",
            certs=("Thai Silk Peacock Emblem",),
        ),
        N("Bags from recycled materials, GRS certified", "recycled_pet_bag", "upcycled_bag", certs=("GRS",)),
        N("Cushion covers for the home floor", "cushion_cover"),
        N("Triangle floor cushions, OTOP welcome but not required", "triangle_pillow", waives=("OTOP",)),
    ],
)

P(
    "บจก. ไทยโฮมมาร์ท (แผนกเครื่องนอน)",
    ALC,
    DOWN,
    "Nonthaburi",
    "th",
    "bedding@thaihomemart.co.th",
    [],
    [
        N("ที่นอนยางพาราแท้ ต้องได้ มอก.", "latex_mattress", certs=("Thai Industrial Standard",)),
        N("หมอนหนุนยางพาราแท้ 100%", "latex_pillow"),
        N("ผ้าปูที่นอน ปลอกหมอน ปลอกผ้านวม", "bed_sheet_set"),
        N("ผ้านวมใยสังเคราะห์ ขนาด 6 ฟุต", "duvet_comforter"),
    ],
)

P(
    "Southern Latex Sleep Co., Ltd.",
    ALC,
    DOWN,
    "Surat Thani",
    "en",
    "sales@southernlatex.co.th",
    [O("Natural latex mattresses 6 and 8 inch, TIS", "latex_mattress"), O("Contour latex pillows", "latex_pillow")],
    [
        N("Natural latex foam in sheets, density 85, 200 sheets a month", "latex_foam_sheet"),
        N("Stretch knit mattress ticking 220 cm", "mattress_ticking_fabric"),
    ],
    certs=("Thai Industrial Standard",),
    bcg=("bio",),
)

P(
    "Andaman Pearl Resort & Spa",
    ALC,
    DOWN,
    "Phuket",
    "en",
    "purchasing@andamanpearl.com",
    [],
    [
        N(
            "Hotel bed linen for 120 rooms, must be OEKO-TEX certified, delivery before November",
            "bed_sheet_set",
            certs=(OEKO,),
        ),
        N("Blackout curtains supplied and installed, 120 rooms", "curtains_made_to_measure"),
        N("Spa sarongs and massage outfits", "spa_textiles"),
        N("Take-back of worn linen", "textile_takeback_service"),
    ],
)

P(
    "โรงแรมบ้านทะเลหัวหิน",
    ALC,
    DOWN,
    "Prachuap Khiri Khan",
    "th",
    "purchase@baanthalehuahin.com",
    [],
    [
        N("ผ้าขนหนู ผ้าเช็ดตัว เสื้อคลุมอาบน้ำ", "hotel_towels_bathrobes"),
        N("หมอนหนุน ไส้ผ้านวม", "bed_pillow", "latex_pillow", "duvet_comforter"),
        N("ชุดยูนิฟอร์มพนักงาน", "staff_uniform"),
        U("บริการซักรีดผ้าโรงแรม", "hotel laundry service"),
    ],
)

P(
    "UniformPro Thailand Co., Ltd.",
    ALC,
    DOWN,
    "Bangkok",
    "en",
    "sales@uniformpro.co.th",
    [
        O("Staff uniforms for hotels, spas and clinics", "staff_uniform"),
        O("Scrubs and nurse uniforms", "medical_scrubs"),
    ],
    [N("Poly/cotton twill and poplin", "pc_twill_fabric"), N("Logo embroidery subcontract", "embroidery_service")],
)

P(
    "บ้านสุขใจสปา",
    ALC,
    DOWN,
    "Bangkok",
    "th",
    "baansukjaispa@gmail.com",
    [],
    [
        N("หาผ้าถุงกระโจมอกสปา ชุดนวดแผนไทย", "spa_textiles"),
        N("ผ้าเช็ดตัวสีครีม 200 ผืน", "hotel_towels_bathrobes"),
        U("ลูกประคบสมุนไพรสำเร็จรูป", "herbal compress balls"),
    ],
)

P(
    "กลุ่มตัดเย็บชุดสปาบ้านสันทราย",
    ALC,
    DOWN,
    "Chiang Mai",
    "th",
    "sansai.spawear@gmail.com",
    [O("ชุดนวดแผนไทย กางเกงเล เสื้อป้าย ผ้าฝ้าย", "spa_textiles"), O("ผ้าถุงสปา ผ้าคลุมเตียงนวด", "spa_textiles")],
    [N("ผ้าฝ้ายทอมือสีพื้นเป็นพับ", "handwoven_cotton_fabric")],
)

P(
    "Golden Years Retirement Village",
    ALC,
    DOWN,
    "Chiang Mai",
    "en",
    "admin@goldenyearscm.com",
    [],
    [
        N("Seeking non-skid socks for 60 residents", "anti_slip_socks"),
        N("Transfer sheets and gait belts for care staff", "patient_transfer_sheet", "gait_belt"),
        N("Washable bed pads (reusable underpads), about 200 pcs", "washable_incontinence_pad"),
        N("Easy-wear clothes with front opening", "elderly_loungewear", "adaptive_clothing"),
    ],
)

P(
    "บ้านพักผู้สูงอายุ บ้านอุ่นรัก",
    ALC,
    DOWN,
    "Nonthaburi",
    "th",
    "baanaunrak@gmail.com",
    [],
    [
        N("แผ่นรองซับแบบใช้แล้วทิ้ง", "disposable_underpad"),
        N("ผ้าอ้อมผู้ใหญ่แบบซักได้", "washable_adult_diaper"),
        N("เสื้อคอกระเช้า กางเกงขาก๊วย ใส่สบายสำหรับผู้สูงอายุ", "elderly_loungewear"),
        N("ที่นอนลมหรือเบาะรังไข่ กันแผลกดทับ", "pressure_relief_mattress_pad"),
    ],
)

P(
    "โรงพยาบาลศรีเมืองการุณย์",
    ALI,
    DOWN,
    "Ubon Ratchathani",
    "th",
    "supply@srimuanghospital.go.th",
    [],
    [
        N("จัดซื้อผ้ายกตัวผู้ป่วย 40 ผืน ผู้ขายต้องมี ISO 13485 ยื่นซองภายใน 15 ม.ค.", "patient_transfer_sheet", certs=("ISO 13485",)),
        N("แผ่นรองซับใช้แล้วทิ้ง มีเลข อย.", "disposable_underpad", certs=("Thai FDA",)),
        N("ชุดคนไข้ เสื้อผ่าหน้า กางเกงเอวยางยืด", "patient_gown"),
        U("ถุงน่องลดบวมทางการแพทย์", "medical compression stockings"),
    ],
)

P(
    "Rattanakosin International Hospital",
    ALC,
    DOWN,
    "Bangkok",
    "en",
    "procurement@rattanakosinhospital.com",
    [],
    [
        N("Need scrubs for nursing staff in hospital colours", "medical_scrubs"),
        N("Patient gowns, 1,500 pcs per year, tender in Q1", "patient_gown"),
        N("Grip socks for fall prevention, OEKO-TEX not required", "anti_slip_socks", waives=(OEKO,)),
        U("Hip protector briefs", "hip protector underwear"),
    ],
)

P(
    "ศูนย์ดูแลผู้สูงอายุขอนแก่นสุขใจ",
    ALI,
    DOWN,
    "Khon Kaen",
    "th",
    "kksukjai.care@gmail.com",
    [],
    [
        N("ผ้ายกตัว เข็มขัดพยุงตัว", "patient_transfer_sheet", "gait_belt"),
        N("ถุงเท้ากันลื่นผู้สูงอายุ", "anti_slip_socks"),
        N("เบาะรองนั่งรถเข็น", "wheelchair_cushion"),
    ],
)

P(
    "ร้านออนไลน์คุณยายช้อป",
    ALC,
    DOWN,
    "Bangkok",
    "th",
    "khunyaishop@gmail.com",
    [O("รับสินค้าชุมชนลงขายใน Shopee Lazada LINE OA", "consignment_retail")],
    [
        N("กระเป๋าแขวนรถเข็น วอล์กเกอร์", "mobility_aid_bag"),
        N("ถุงเท้ามีปุ่มยางกันลื่นสำหรับคนแก่", "anti_slip_socks"),
        N("กางเกงซึมซับแบบซักได้ ไซซ์ M-XL", "washable_adult_diaper"),
    ],
)

P(
    "ThaiCraft Online Gifts",
    ALC,
    DOWN,
    "Bangkok",
    "en",
    "hello@thaicraftgifts.com",
    [O("Consignment sales to overseas buyers through our web shop", "consignment_retail")],
    [
        N("Handwoven silk and cotton stoles and scarves", "scarf_handwoven"),
        N("Coin purses and key chains in local fabric", "small_textile_souvenir"),
        N("Gift boxes, FSC paper", "gift_packaging", certs=("FSC",)),
        N("Table runners and placemats in handwoven cotton", "table_linen"),
    ],
)

P(
    "ร้านของฝากท่าเสด็จ",
    ALI,
    DOWN,
    "Nong Khai",
    "th",
    "thasadet.souvenir@gmail.com",
    [],
    [
        N("หมอนขวานใบเล็ก ต้องเป็นสินค้า OTOP", "triangle_pillow", certs=("OTOP",)),
        N("กระเป๋าสานจากต้นกก ใบละไม่เกิน 150", "woven_reed_bag"),
        N("รับซื้อผ้าถุงไหมตัดสำเร็จ", "silk_sarong_skirt"),
    ],
)

P(
    "Krabi Cliff Eco Resort",
    ALC,
    DOWN,
    "Krabi",
    "en",
    "gm@krabicliff.com",
    [],
    [
        N("Woven reed floor mats for villas and the yoga deck", "reed_mat"),
        N("Thai triangle backrest cushions for the reading corners", "triangle_pillow"),
        N("Amenity pouches upcycled from old linen", "upcycled_pouch"),
        N("Natural dye workshops for guests", "natural_dye_workshop"),
    ],
)

P(
    "กลุ่มผ้าทอนาข่า",
    ALI,
    DOWN,
    "Udon Thani",
    "th",
    "nakha.weaving@gmail.com",
    [
        O("ผ้าพันคอฝ้ายทอมือลายขิด", "scarf_handwoven"),
        O("กระเป๋าใส่เหรียญ พวงกุญแจผ้าขิด", "small_textile_souvenir"),
        O("ผ้าขิดทอมือเป็นหลา", "handwoven_cotton_fabric"),
    ],
    [N("ด้ายฝ้ายย้อมสีสำเร็จ", "cotton_yarn_machine_dyed"), N("ป้ายแท็ก ถุงกระดาษใส่สินค้า", "gift_packaging")],
    certs=("OTOP",),
)

# ---------------------------------------------------------------- services: design, marketing, finance, machinery

P(
    "Studio Kaset Design",
    ALC,
    DOWN,
    "Bangkok",
    "en",
    "studio@kasetdesign.co",
    [
        O("Product and pattern design for community textile groups", "product_design_service"),
        O("Packaging and label design", "packaging_design_service"),
    ],
    [],
)

P(
    "บจก. อีสานออนไลน์มาร์เก็ตติ้ง",
    ALI,
    DOWN,
    "Khon Kaen",
    "th",
    "contact@isanonline.co.th",
    [
        O("รับทำการตลาดออนไลน์ ถ่ายรูปสินค้า ยิงแอด", "online_marketing_service"),
        O("อบรมขายของออนไลน์สำหรับวิสาหกิจชุมชน", "ecommerce_training"),
    ],
    [],
)

P(
    "บจก. ทุนชุมชนลีสซิ่ง",
    ALI,
    DOWN,
    "Maha Sarakham",
    "th",
    "loan@tunchumchon.co.th",
    [
        O("สินเชื่อเช่าซื้อจักรเย็บ กี่ทอผ้า ดอกเบี้ยพิเศษ", "machinery_leasing"),
        O("สินเชื่อเงินทุนหมุนเวียนวิสาหกิจชุมชน วงเงินถึง 500,000 บาท", "working_capital_loan"),
    ],
    [],
)

P(
    "ร้านเจริญจักรกล",
    ALC,
    MID,
    "Bangkok",
    "th",
    "charoenjakkon@gmail.com",
    [
        O("จักรเย็บอุตสาหกรรม จักรโพ้ง จักรลา มือหนึ่งและมือสอง", "industrial_sewing_machine"),
        O("ซ่อมจักรนอกสถานที่", "sewing_machine_repair"),
    ],
    [],
)

P(
    "Thai Gift Box Packaging Co., Ltd.",
    ALC,
    DOWN,
    "Bangkok",
    "en",
    "sales@thaigiftbox.co.th",
    [O("Gift boxes, paper bags and hang tags, FSC paper, MOQ 500", "gift_packaging")],
    [],
    certs=("FSC",),
)


# ---------------------------------------------------------------- checks

TARGET_LINKS = (140, 180)
TARGET_CROSS_SHARE = 0.45
TARGET_UNMET = (15, 25)
TH_SHARE = (0.55, 0.65)

_ID = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
_LABEL = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
_THAI_LETTER = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def script_share(text: str) -> tuple[int, int]:
    return len(_THAI_LETTER.findall(text)), len(_LATIN_LETTER.findall(text))


def check(profiles: list[Profile]) -> list[str]:
    errors: list[str] = []
    ids = [p.id for p in profiles]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    offered_by: dict[str, set[str]] = {}
    for p in profiles:
        for offer in p.offers:
            offered_by.setdefault(offer.label, set()).add(p.id)
    for p in profiles:
        where = p.id
        if not _ID.match(p.id):
            errors.append(f"{where}: malformed id")
        if not p.name.strip():
            errors.append(f"{where}: empty name")
        if p.sub_cluster not in {s.value for s in SubCluster}:
            errors.append(f"{where}: bad sub_cluster {p.sub_cluster!r}")
        if p.stage not in {s.value for s in Stage}:
            errors.append(f"{where}: bad stage {p.stage!r}")
        province = resolve_province(p.province)
        if province is None or province.name_en != p.province:
            errors.append(f"{where}: province {p.province!r} is not an English province name")
        if p.language not in ("th", "en"):
            errors.append(f"{where}: bad language {p.language!r}")
        if not _EMAIL.match(p.contact_email):
            errors.append(f"{where}: bad email {p.contact_email!r}")
        for cert in p.certifications:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not a canonical name")
        if len(set(p.certifications)) != len(p.certifications):
            errors.append(f"{where}: repeated certification")
        for tag in p.bcg:
            if tag not in {b.value for b in BcgTag}:
                errors.append(f"{where}: bad bcg tag {tag!r}")
        if len(p.offers) > 4 or len(p.needs) > 4:
            errors.append(f"{where}: more than 4 offers or needs")
        if not p.offers and not p.needs:
            errors.append(f"{where}: neither offers nor needs")
        phrases = [o.text for o in p.offers] + [n.text for n in p.needs]
        if len(set(phrases)) != len(phrases):
            errors.append(f"{where}: repeated phrase")
        thai = latin = 0
        for text in phrases:
            if text != text.strip() or not text:
                errors.append(f"{where}: phrase with stray spaces {text!r}")
            t, la = script_share(text)
            thai += t
            latin += la
            if p.language == "en" and t:
                errors.append(f"{where}: Thai letters in an English phrase {text!r}")
            if p.language == "th" and t < la:
                errors.append(f"{where}: Thai phrase mostly Latin {text!r}")
        if p.language == "th" and thai < 0.8 * (thai + latin):
            errors.append(f"{where}: Thai profile is not mostly Thai letters")
        if p.language == "en" and p.name and _THAI_LETTER.search(p.name):
            errors.append(f"{where}: English profile with a Thai name")
        if p.language == "th" and not _THAI_LETTER.search(p.name):
            errors.append(f"{where}: Thai profile without a Thai name")
        for offer in p.offers:
            if not _LABEL.match(offer.label):
                errors.append(f"{where}: malformed label {offer.label!r}")
        for need in p.needs:
            if need.labels and need.unmet:
                errors.append(f"{where}: need both met and unmet: {need.text!r}")
            if not need.labels and not need.unmet:
                errors.append(f"{where}: need with neither labels nor note: {need.text!r}")
            if need.unmet and (need.certs or need.waives):
                errors.append(f"{where}: unmet need with certifications: {need.text!r}")
            if len(set(need.labels)) != len(need.labels):
                errors.append(f"{where}: repeated label in need {need.text!r}")
            for label in need.labels:
                if not _LABEL.match(label):
                    errors.append(f"{where}: malformed label {label!r}")
                if not offered_by.get(label, set()) - {p.id}:
                    errors.append(f"{where}: label {label!r} is offered by no one else")
            for cert in need.certs + need.waives:
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: need certification {cert!r} is not canonical")
            if set(need.certs) & set(need.waives):
                errors.append(f"{where}: need both requires and waives a certification")
    return errors


def true_links(profiles: list[Profile]) -> set[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in profiles:
        for need in buyer.needs:
            wanted = set(need.labels)
            for supplier in profiles:
                if supplier.id == buyer.id:
                    continue
                if not wanted & {o.label for o in supplier.offers}:
                    continue
                if set(need.certs) <= set(supplier.certifications):
                    links.add((supplier.id, buyer.id))
    return links


def stats(profiles: list[Profile], links: set[tuple[str, str]]) -> dict[str, object]:
    by_id = {p.id: p for p in profiles}
    needs = [n for p in profiles for n in p.needs]
    direction = Counter(f"{by_id[s].language}->{by_id[b].language}" for s, b in links)
    return {
        "profiles": len(profiles),
        "language": dict(sorted(Counter(p.language for p in profiles).items())),
        "sub_cluster": dict(sorted(Counter(p.sub_cluster for p in profiles).items())),
        "stage": {s.value: sum(p.stage == s.value for p in profiles) for s in Stage},
        "region": {
            r.value: sum(resolve_province(p.province).region == r for p in profiles)  # type: ignore[union-attr]
            for r in Region
        },
        "provinces": len({p.province for p in profiles}),
        "offers": sum(len(p.offers) for p in profiles),
        "offer_labels": len({o.label for p in profiles for o in p.offers}),
        "needs": len(needs),
        "needs_met": sum(bool(n.labels) for n in needs),
        "needs_unmet": sum(bool(n.unmet) for n in needs),
        "needs_requiring_cert": sum(bool(n.certs) for n in needs),
        "needs_waiving_cert": sum(bool(n.waives) for n in needs),
        "links": len(links),
        "links_by_direction": dict(sorted(direction.items())),
        "cross_language": direction["th->en"] + direction["en->th"],
        "within_language": direction["th->th"] + direction["en->en"],
        "cross_sub_cluster": sum(by_id[s].sub_cluster != by_id[b].sub_cluster for s, b in links),
    }


def check_targets(profiles: list[Profile], st: dict[str, object]) -> list[str]:
    errors: list[str] = []
    n_links = int(st["links"])  # type: ignore[call-overload]
    if not TARGET_LINKS[0] <= n_links <= TARGET_LINKS[1]:
        errors.append(f"{n_links} links, want {TARGET_LINKS}")
    cross = int(st["cross_language"])  # type: ignore[call-overload]
    if n_links and cross / n_links < TARGET_CROSS_SHARE:
        errors.append(f"cross-language share {cross / n_links:.2f} < {TARGET_CROSS_SHARE}")
    unmet = int(st["needs_unmet"])  # type: ignore[call-overload]
    if not TARGET_UNMET[0] <= unmet <= TARGET_UNMET[1]:
        errors.append(f"{unmet} unmet needs, want {TARGET_UNMET}")
    if int(st["needs_requiring_cert"]) < 5 or int(st["needs_waiving_cert"]) < 2:  # type: ignore[call-overload]
        errors.append("too few needs requiring or waiving a certification")
    th_share = sum(p.language == "th" for p in profiles) / len(profiles)
    if not TH_SHARE[0] <= th_share <= TH_SHARE[1]:
        errors.append(f"Thai share {th_share:.2f} outside {TH_SHARE}")
    if set(st["sub_cluster"]) != {s.value for s in SubCluster}:  # type: ignore[call-overload]
        errors.append("not every sub-cluster is covered")
    if min(st["stage"].values()) == 0 or min(st["region"].values()) == 0:  # type: ignore[attr-defined]
        errors.append("not every stage or region is covered")
    return errors


# ---------------------------------------------------------------- output


def profile_json(p: Profile) -> str:
    record = {
        "id": p.id,
        "name": p.name,
        "sub_cluster": p.sub_cluster,
        "stage": p.stage,
        "province": p.province,
        "offers": [o.text for o in p.offers],
        "needs": [n.text for n in p.needs],
        "certifications": list(p.certifications),
        "bcg": list(p.bcg),
        "contact_email": p.contact_email,
        "language": p.language,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: set[tuple[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(links))
    return out.getvalue()


def main() -> int:
    errors = check(PROFILES)
    links = true_links(PROFILES)
    st = stats(PROFILES, links)
    errors += check_targets(PROFILES, st)
    if any(s == b for s, b in links):
        errors.append("self link")
    if errors:
        for error in errors:
            print("ERROR:", error, file=sys.stderr)
        print(json.dumps(st, indent=1), file=sys.stderr)
        print("nothing written", file=sys.stderr)
        return 1
    (HERE / "profiles.jsonl").write_text("".join(profile_json(p) + "\n" for p in PROFILES), encoding="utf-8")
    (HERE / "links.csv").write_text(links_csv(links), encoding="utf-8")
    print(json.dumps(st, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
