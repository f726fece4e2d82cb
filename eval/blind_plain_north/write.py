"""Hand-labelled evaluation set: plain registry entries of a northern and Isan leaning cluster.

Every profile below was written by hand. Each offer carries a label saying what the thing is;
each need lists the offer labels that would meet it (and the certifications its text requires)
or is marked as met by no one. The true links follow from the labels alone.

Run from the repository root:

    .venv/bin/python eval/blind_plain_north/write.py

The checks run first; nothing is written if any of them fails.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    LANGUAGES,
    BcgTag,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

HERE = Path(__file__).resolve().parent
PREFIX = "bpn"

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AGC = "ageing_lifestyle_central"
AGI = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"

GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ISO9 = "ISO 9001"
ISO13 = "ISO 13485"
TIS = "Thai Industrial Standard"
FDA = "Thai FDA"
FAIR = "Fairtrade"
BLUE = "bluesign"
HALAL = "Halal"


def Of(text: str, label: str) -> dict:
    """An offer and what it is."""
    return {"text": text, "label": label}


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> dict:
    """A need and the offer labels that meet it; `certs` the certifications its text requires."""
    return {"text": text, "labels": labels, "certs": certs, "waives": waives, "note": ""}


def U(text: str, note: str, waives: tuple[str, ...] = ()) -> dict:
    """A need that no one in the cluster meets."""
    return {"text": text, "labels": (), "certs": (), "waives": waives, "note": note}


def P(
    name: str,
    sub: str,
    stage: str,
    province: str,
    lang: str,
    email: str,
    offers: list[dict],
    needs: list[dict],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> dict:
    return {
        "name": name,
        "sub_cluster": sub,
        "stage": stage,
        "province": province,
        "language": lang,
        "contact_email": email,
        "offers": offers,
        "needs": needs,
        "certifications": list(certs),
        "bcg": list(bcg),
    }


# fmt: off
PROFILES: list[dict] = [
    # 001
    P("วิสาหกิจชุมชนกลุ่มปลูกกัญชงม้งบ้านแม่สาใหม่", HEMP, UP, "Chiang Mai", "th", "maesamai.hemp@gmail.com",
      [Of("ต้นกัญชงตากแห้ง มัดละ 5 กก. ตัดจากดอยแม่สาใหม่", "hemp_stalk_dried"),
       Of("ปอกัญชงลอกมือ ต่อเส้นแล้ว ยังไม่ได้เข็น ม้วนละครึ่งโล", "hemp_fibre_handsplit"),
       Of("ผ้าใยกัญชงม้งทอกี่เอว หน้า 35 ซม. สีขาวธรรมชาติ", "hemp_fabric_handwoven")],
      [N("หาที่รับลอกเปลือกกัญชงด้วยเครื่อง ลอกมือไม่ทัน", "hemp_decortication_service"),
       U("หาคนรับซื้อผ้ากัญชงประจำทั้งปี", "a buyer for its own cloth, not a supply")],
      bcg=("bio",)),
    # 002
    P("กลุ่มผ้าเขียนเทียนม้งบ้านเข็กน้อย", HEMP, MID, "Phetchabun", "th", "khek.batik@gmail.com",
      [Of("ผ้าเขียนเทียนลายม้งบนผ้ากัญชง ย้อมคราม ผืนละ 2 เมตร", "hemp_batik_indigo_fabric"),
       Of("รับเขียนเทียน+ย้อมครามบนผ้าที่ลูกค้าส่งมา", "batik_service")],
      [N("อยากได้ผ้าใยกัญชงทอมือสีขาว ยังไม่ย้อม", "hemp_fabric_handwoven"),
       U("ขี้ผึ้งแท้สำหรับเขียนเทียน ก้อนละ 1 กก.", "pure beeswax for batik"),
       N("เนื้อคราม/ห้อมเปียก เดือนละ 20 กก.", "indigo_paste")],
      bcg=("bio",)),
    # 003
    P("วิสาหกิจชุมชนปลูกห้อมบ้านทุ่งโฮ้ง", HEMP, UP, "Phrae", "th", "homtunghong@hotmail.com",
      [Of("ห้อมเปียก (เนื้อห้อม) ถังละ 20 กก. ส่งทั่วประเทศ โทร 081-765-4321", "indigo_paste"),
       Of("กล้าต้นห้อม ถุงละ 15 บาท", "indigo_seedling")],
      [U("ถังหมักพลาสติกมือสอง 200 ลิตร", "second-hand plastic fermenting drums")],
      bcg=("bio",)),
    # 004
    P("หจก. ม่อฮ่อมเมืองแป้", HEMP, MID, "Phrae", "th", "morhom.muangpae@gmail.com",
      [Of("ผ้าฝ้ายย้อมห้อมเป็นพับ พับละ 30 หลา", "cotton_fabric_indigo_dyed"),
       Of("เสื้อม่อฮ่อมคอจีน แขนสั้น ไซซ์ S-3XL", "indigo_shirt"),
       Of("รับย้อมห้อมผ้าของลูกค้า ขั้นต่ำ 50 ผืน", "indigo_dyeing_service")],
      [N("ผ้าดิบฝ้ายทอเครื่อง ยังไม่ฟอก ม้วนละ 100 หลา", "cotton_greige_fabric_machine"),
       N("ต้องการเนื้อห้อมสด ส่งประจำทุกเดือน", "indigo_paste")],
      certs=(OTOP,), bcg=("green",)),
    # 005
    P("วิสาหกิจชุมชนผ้าย้อมครามบ้านดอนกอย", HEMP, MID, "Sakon Nakhon", "th", "donkoi.khram@gmail.com",
      [Of("เนื้อครามจากครามฝักงอ ปลูกเองหมักเอง", "indigo_paste"),
       Of("ผ้าฝ้ายมัดหมี่ย้อมคราม ทอหูก หน้า 1 ม.", "cotton_fabric_handwoven_indigo"),
       Of("ผ้าพันคอครามธรรมชาติ ทอมือ สีไม่ตก", "indigo_scarf")],
      [N("ฝ้ายเข็นมือเส้นเล็ก สีขาว ยังไม่ย้อม", "cotton_yarn_handspun_undyed"),
       ],
      certs=(OTOP,), bcg=("bio", "green")),
    # 006
    P("กลุ่มแม่บ้านเข็นฝ้ายบ้านนาอ้อ", HEMP, UP, "Loei", "th", "naaor.cotton@gmail.com",
      [Of("ฝ้ายดอก (ฝ้ายเมือง) ปลูกไม่ใช้สาร เก็บมือ", "cotton_seed_cotton_raw"),
       Of("ฝ้ายเข็นมือจากไน เป็นไจ ไม่ฟอกไม่ย้อม", "cotton_yarn_handspun_undyed"),
       Of("ฝ้ายตุ่นเข็นมือ สีน้ำตาลตามธรรมชาติ", "cotton_yarn_handspun_undyed")],
      [N("อยากได้เมล็ดพันธุ์ฝ้ายตุ่นแท้", "cotton_planting_seed")],
      certs=(ORG_TH,), bcg=("bio",)),
    # 007
    P("Lanna Loom Studio Co., Ltd.", HEMP, DOWN, "Chiang Mai", "en", "hello@lannaloom.co.th",
      [Of("Handwoven naturally dyed cotton scarves 50x180 cm, wholesale from 20 pcs", "scarf_natural_dye_cotton"),
       Of("Offcuts of handwoven cotton, sold by the kilo", "handwoven_offcuts")],
      [N("Handspun cotton yarn, undyed, about 20 kg a month", "cotton_yarn_handspun_undyed"),
       N("Indigo dyeing of our own woven lengths (we send the greige)", "indigo_dyeing_service"),
       N("Hmong hemp cloth, backstrap-woven, 35 cm width is fine", "hemp_fabric_handwoven"),
       N("Lac-dyed silk yarn in natural reds; OEKO-TEX not needed", "silk_yarn_lac_dyed", waives=(OEKO,))],
      bcg=("green",)),
    # 008
    P("กลุ่มเลี้ยงครั่งบ้านโคกกลาง", HEMP, UP, "Kalasin", "th", "krangkhokklang@gmail.com",
      [Of("ครั่งดิบ (ครั่งกิ่ง) กิโลละ 120 บาท", "lac_raw"),
       Of("น้ำสีครั่งต้มแล้ว พร้อมย้อม แกลลอน 5 ลิตร", "lac_dye_liquor")],
      [U("หัวเชื้อครั่ง (ครั่งพันธุ์) ไว้ปล่อยบนต้นฉำฉา", "lac insect brood stock")],
      bcg=("bio",)),
    # 009
    P("กลุ่มเลี้ยงไหมบ้านหนองบัว", AGI, UP, "Surin", "th", "nongbua.mai@gmail.com",
      [Of("รังไหมเหลือง พันธุ์พื้นบ้านนางน้อย", "silk_cocoon"),
       Of("ไหมน้อยสาวมือ ยังไม่ได้ฟอกกาว", "silk_yarn_raw_handreeled"),
       Of("ไหมลืบ (ไหมเปลือกนอก) สาวมือ", "silk_yarn_coarse")],
      [U("ใบหม่อนสด วันละ 50 กก.", "fresh mulberry leaves")],
      bcg=("bio",)),
    # 010
    P("กลุ่มทอผ้าไหมมัดหมี่บ้านหนองเขวา", AGI, MID, "Maha Sarakham", "th", "khwao.mudmee@gmail.com",
      [Of("ผ้าไหมมัดหมี่ ตรานกยูงสีทอง ย้อมสีธรรมชาติ", "silk_ikat_fabric"),
       Of("ผ้าซิ่นไหมหมี่คั่น ตัดเย็บสำเร็จ ใส่ได้เลย", "silk_sarong_readymade")],
      [N("ไหมน้อยฟอกกาวแล้ว พร้อมย้อม", "silk_yarn_degummed"),
       N("ครั่งหรือน้ำสีครั่งสำหรับย้อมไหม", "lac_raw", "lac_dye_liquor")],
      certs=(PEACOCK, OTOP)),
    # 011
    P("กลุ่มทอผ้าไหมแพรวาบ้านโพน", AGI, MID, "Kalasin", "th", "praewa.banphon@gmail.com",
      [Of("ผ้าไหมแพรวา ลายโบราณ ผืนละ 1 วา ของแท้จากบ้านโพน", "silk_praewa"),
       Of("ผ้าสไบแพรวา ทอมือ ไว้พาดบ่า", "silk_shawl")],
      [N("เส้นไหมย้อมครั่ง สีแดงเลือดนก", "silk_yarn_lac_dyed"),
       N("นักออกแบบช่วยทำลายใหม่ให้วัยรุ่นใส่ได้", "textile_design_service")],
      certs=(OTOP,)),
    # 012
    P("ร้านช่างไม้บุญมีหูกไน", AGI, MID, "Roi Et", "th", "boonmee.hook@gmail.com",
      [Of("กี่กระตุก ไม้เนื้อแข็ง หน้ากว้าง 1.2 ม.", "handloom"),
       Of("ไน หลา กงปั่นด้าย ทำมือ", "spinning_tools"),
       Of("อีดฝ้ายไม้ (ที่แยกเมล็ดฝ้าย)", "cotton_gin_tool"),
       Of("ฟืมทอผ้า สั่งทำตามขนาดหน้าผ้า", "loom_reed")],
      [N("อยากได้สินเชื่อดอกเบี้ยต่ำไว้ซื้อไม้", "sme_working_capital_loan")]),
    # 013
    P("กลุ่มทอผ้ากะเหรี่ยงบ้านห้วยตองก๊อ", HEMP, MID, "Mae Hong Son", "th", "huaitongko.weave@gmail.com",
      [Of("ผ้าทอกี่เอวกะเหรี่ยง ฝ้ายย้อมเปลือกไม้", "cotton_fabric_handwoven_natural_dye"),
       Of("ย่ามกะเหรี่ยงปักลูกเดือย", "shoulder_bag_handwoven"),
       Of("เสื้อเชวา (เสื้อทอมือกะเหรี่ยง)", "ethnic_handwoven_garment")],
      [N("ฝ้ายเข็นมือสีขาว", "cotton_yarn_handspun_undyed"),
       N("ด้ายโรงงานเบอร์ 20/2 ย้อมสีแดง ทนแดด", "cotton_yarn_machine_dyed")],
      bcg=("bio",)),
    # 014
    P("Northern Thread Mill Co., Ltd.", HEMP, MID, "Lamphun", "en", "sales@northernthread.co.th",
      [Of("Combed cotton yarn Ne 20/2, dyed, 60 shades ex-stock", "cotton_yarn_machine_dyed"),
       Of("GOTS organic cotton yarn, raw white, on cones", "cotton_yarn_machine_undyed"),
       Of("Hemp/cotton 55/45 yarn, ring spun", "hemp_blend_yarn")],
      [N("Ginned organic cotton lint, Organic Thailand certified", "cotton_lint_ginned", certs=(ORG_TH,)),
       N("Cottonised hemp fibre for blending", "hemp_fibre_cottonised")],
      certs=(GOTS, OEKO), bcg=("green",)),
    # 015
    P("วิสาหกิจชุมชนฝ้ายอินทรีย์บ้านน้ำพี้", HEMP, UP, "Uttaradit", "th", "nampee.organic@gmail.com",
      [Of("ฝ้ายอีดแล้ว แยกเมล็ดออก อัดก้อน 25 กก.", "cotton_lint_ginned"),
       Of("ฝ้ายดีดฟู ล้อเป็นหางพร้อมเข็น", "cotton_rolag"),
       Of("เมล็ดฝ้ายพันธุ์พื้นเมือง ฝ้ายขาว ฝ้ายตุ่น", "cotton_planting_seed")],
      [N("อีดฝ้ายมือหมุน 2 ตัว", "cotton_gin_tool")],
      certs=(ORG_TH,), bcg=("bio",)),
    # 016
    P("Highland Hemp Processing Co., Ltd.", HEMP, UP, "Tak", "en", "info@highlandhemp.co.th",
      [Of("Decorticated hemp bast fibre, long line, baled", "hemp_fibre_decorticated"),
       Of("Cottonised hemp fibre for blending with cotton", "hemp_fibre_cottonised"),
       Of("Hemp hurd for animal bedding and hempcrete", "hemp_hurd"),
       Of("Decortication of farmers' own hemp stalks, priced per tonne", "hemp_decortication_service")],
      [N("Dried hemp stalks from licensed growers, 30 t per season", "hemp_stalk_dried"),
       U("Certified hemp planting seed, low-THC variety", "hemp planting seed")],
      bcg=("bio", "green")),
    # 017
    P("กลุ่มผ้าย้อมใบสักบ้านทุ่งฝาย", HEMP, MID, "Lampang", "th", "baisak.dye@gmail.com",
      [Of("ผ้าฝ้ายทอมือย้อมใบสัก สีน้ำตาลทอง", "cotton_fabric_handwoven_teak_dyed"),
       Of("รับย้อมใบสัก ย้อมโคลน ผ้าของลูกค้า", "natural_dyeing_service")],
      [N("ผ้าฝ้ายทอมือสีขาว ยังไม่ย้อม หน้า 1 ม.", "cotton_fabric_handwoven_undyed")],
      bcg=("green",)),
    # 018
    P("กลุ่มผ้าย้อมมะเกลือบ้านนาหว้า", HEMP, MID, "Nakhon Phanom", "th", "makluea.nawa@gmail.com",
      [Of("ผ้าฝ้ายทอมือย้อมมะเกลือ ดำสนิท ไม่ตกสี", "cotton_fabric_handwoven_natural_dye"),
       Of("ลูกมะเกลือตากแห้ง กิโลละ 60", "ebony_fruit_dried")],
      [N("ผ้าดิบทอมือ ยังไม่ย้อม", "cotton_fabric_handwoven_undyed"),
       N("สอนทำตลาดออนไลน์ ขายผ่านเพจ", "online_marketing_training")],
      bcg=("bio",)),
    # 019
    P("กลุ่มทอผ้าฝ้ายบ้านไร่ไผ่งาม", HEMP, MID, "Chiang Mai", "th", "raiphaingam@gmail.com",
      [Of("ผ้าฝ้ายเข็นมือทอมือ สีขาวนวล ยังไม่ย้อม", "cotton_fabric_handwoven_undyed"),
       Of("ผ้าฝ้ายทอมือย้อมฝาง แก่นขนุน เปลือกประดู่", "cotton_fabric_handwoven_natural_dye"),
       Of("ผ้าต๊วบฝ้ายเข็นมือ ผืนใหญ่ หนาอุ่น", "cotton_blanket_handwoven")],
      [N("ฝ้ายดอก ราคาส่ง ฤดูหน้า", "cotton_seed_cotton_raw")],
      bcg=("bio",)),
    # 020
    P("กลุ่มทอผ้าไหมยกดอกเวียงยอง", HEMP, MID, "Lamphun", "th", "wiangyong.silk@gmail.com",
      [Of("ผ้าไหมยกดอกลำพูน ตรานกยูง ลายพิกุล", "silk_brocade")],
      [N("ไหมย้อมสีพร้อมทอ สีตามแค็ตตาล็อก", "silk_yarn_dyed", "silk_yarn_lac_dyed"),
       U("ดิ้นทอง ดิ้นเงิน สำหรับยกดอก", "gold and silver metallic thread")],
      certs=(PEACOCK,)),
    # 021
    P("Surin Silk Reelers Cooperative", AGI, UP, "Surin", "en", "surinsilkcoop@gmail.com",
      [Of("Degummed Thai silk yarn, hand-reeled, golden", "silk_yarn_degummed"),
       Of("Silk yarn dyed to your colour card", "silk_yarn_dyed"),
       Of("Lac-dyed silk yarn in reds and pinks", "silk_yarn_lac_dyed")],
      [N("Fresh yellow cocoons, Thai native breed, weekly", "silk_cocoon"),
       N("Lac sticks or lac dye for our red range", "lac_raw", "lac_dye_liquor")],
      bcg=("bio",)),
    # 022
    P("กลุ่มทอผ้าซิ่นตีนจกแม่แจ่ม", HEMP, MID, "Chiang Mai", "th", "maechaem.teenjok@gmail.com",
      [Of("ซิ่นตีนจกแม่แจ่ม ลายหงส์ ทอมือทั้งผืน", "teen_jok_sarong"),
       Of("ตีนจกอย่างเดียว สำหรับต่อซิ่นเอง", "teen_jok_border")],
      [N("ฝ้ายโรงงานย้อมสีเคมี สีสด เบอร์ 20", "cotton_yarn_machine_dyed"),
       N("หาคนออกแบบลายจกใหม่ ไว้ทำผ้าพันคอ", "textile_design_service")],
      certs=(OTOP,)),
    # 023
    P("กลุ่มทอผ้าขิดบ้านนาข่า", AGI, MID, "Udon Thani", "th", "nakha.khit@gmail.com",
      [Of("ผ้าขิดฝ้าย หน้า 40 ซม. พับละ 10 ม.", "khit_fabric"),
       Of("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "pha_khao_ma")],
      [N("ฝ้ายโรงงานย้อมแล้ว 20/2 หลายสี", "cotton_yarn_machine_dyed")],
      certs=(OTOP,)),
    # 024
    P("วิสาหกิจชุมชนหมอนขวานบ้านศรีฐาน", AGI, DOWN, "Yasothon", "th", "sithan.pillow@gmail.com",
      [Of("หมอนขวานผ้าขิด 10 ช่อง ยัดนุ่นแน่น", "triangle_pillow"),
       Of("หมอนอิงผ้าขิด 16 นิ้ว", "cushion_khit"),
       Of("ที่นอนปิกนิกพับ 3 ตอน", "folding_mattress")],
      [N("ผ้าขิด (ผ้าหน้าหมอน) พับละ 10 เมตร", "khit_fabric"),
       N("นุ่นดีดแล้ว ไม่เอาใยสังเคราะห์", "kapok_fibre")],
      certs=(OTOP,)),
    # 025
    P("ร้านนุ่นบ้านหนองไผ่", AGI, UP, "Chaiyaphum", "th", "nunnongphai@gmail.com",
      [Of("นุ่นดีดแล้ว กระสอบละ 10 กก. สั่งทางไลน์ @nunnongphai", "kapok_fibre"),
       Of("ใยโพลีเอสเตอร์ยัดหมอน เกรด A", "polyester_fibrefill")],
      [],
      bcg=("bio",)),
    # 026
    P("กลุ่มทอสาดกกบ้านหนองแคน", AGI, MID, "Roi Et", "th", "satkok.nongkhaen@gmail.com",
      [Of("สาดกกทอมือ ย้อมสี 2x1 ม.", "reed_mat"),
       Of("เส้นกกจักแล้ว ตากแห้ง มัดละ 1 กก.", "reed_strips")],
      [N("จักรเย็บขอบเสื่อ", "sewing_machine"),
       N("อยากเรียนย้อมกกด้วยสีธรรมชาติ", "natural_dye_training")],
      bcg=("bio",)),
    # 027
    P("กลุ่มจักสานบ้านโนนสะอาด", AGI, DOWN, "Nong Bua Lam Phu", "th", "nonsaard.basket@gmail.com",
      [Of("กระติบข้าวเหนียวไม้ไผ่ สานลายขิด", "sticky_rice_basket"),
       Of("ตะกร้าไม้ไผ่ใส่ของในห้องพัก สั่งทำโลโก้ได้", "bamboo_basket")],
      [U("ไม้ไผ่บ้านสำหรับจักตอก", "raw bamboo poles")],
      certs=(OTOP,)),
    # 028
    P("กลุ่มแปรรูปใยกล้วยตานีบ้านกง", HEMP, UP, "Sukhothai", "th", "kluaitani.fibre@gmail.com",
      [Of("เส้นใยกล้วยตานีขูดตากแห้ง", "banana_fibre"),
       Of("ผ้าทอใยกล้วยผสมฝ้าย", "banana_cotton_fabric")],
      [N("ฝ้ายเข็นมือสำหรับทอผสม", "cotton_yarn_handspun_undyed")],
      bcg=("bio",)),
    # 029
    P("กลุ่มใยสับปะรดบ้านควนขนุน", HEMP, UP, "Phatthalung", "th", "yaisapparot.kk@gmail.com",
      [Of("ใยสับปะรดขูดมือ ฟอกขาว", "pineapple_fibre"),
       Of("เส้นด้ายใยสับปะรดปั่นมือ", "pineapple_yarn")],
      [U("ใบสับปะรดสด ตัดหลังเก็บผล", "fresh pineapple leaves")],
      bcg=("bio",)),
    # 030
    P("กลุ่มใยบัวบ้านบึงบัว", HEMP, UP, "Suphan Buri", "th", "yaibua.bueng@gmail.com",
      [Of("ใยบัวสาวมือ ม้วนเล็ก", "lotus_fibre"),
       Of("ผ้าพันคอใยบัวผสมไหม", "lotus_silk_scarf")],
      [N("ไหมน้อยฟอกแล้วสำหรับทอผสม", "silk_yarn_degummed")],
      bcg=("bio",)),
    # 031
    P("Siam Fibre Atelier", HEMP, DOWN, "Bangkok", "en", "studio@siamfibreatelier.com",
      [Of("Table runners in banana and pineapple fibre for hotels", "table_runner_natural_fibre")],
      [N("Banana fibre, scraped and dried, 50 kg", "banana_fibre"),
       N("Pineapple leaf yarn, handspun", "pineapple_yarn"),
       N("Lotus-silk scarves for a gift line", "lotus_silk_scarf"),
       N("Peacock Emblem silk yardage for cushion covers", "silk_ikat_fabric", "silk_brocade", "silk_praewa",
         certs=(PEACOCK,))],
      bcg=("bio",)),
    # 032
    P("โกดังผ้ามือสองโรงเกลือ", CIRC, UP, "Sa Kaeo", "th", "rongkluea.used@gmail.com",
      [Of("เสื้อผ้ามือสองคละเกรด กระสอบ 100 กก.", "used_clothing_mixed"),
       Of("ยีนส์เก่าคัดแล้ว แยกสี", "used_denim_sorted")],
      [N("หาคนรับผ้าที่ขายไม่ได้ไปรีไซเคิล", "textile_waste_takeback")],
      bcg=("circular",)),
    # 033
    P("Green Loop Recycling Co., Ltd.", CIRC, MID, "Chonburi", "en", "recycle@greenloop.co.th",
      [Of("Recycled cotton fibre from post-industrial cutting waste", "recycled_cotton_fibre"),
       Of("Toll recycling: we shred your fabric waste back into fibre", "textile_recycling_service"),
       Of("We collect sorted textile waste from factories, free pickup over 1 t", "textile_waste_takeback"),
       Of("Half-day training for communities on sorting textile waste", "circular_training")],
      [N("Cotton cutting scraps from garment factories, sorted by colour", "cotton_cutting_waste"),
       N("Used denim, sorted", "used_denim_sorted"),
       N("Discarded hotel sheets and towels", "used_hotel_linen")],
      certs=(GRS,), bcg=("circular",)),
    # 034
    P("PET Loop Fibres Co., Ltd.", CIRC, UP, "Rayong", "en", "buy@petloop.co.th",
      [Of("Recycled polyester filament yarn from PET bottles, 150D/48F", "recycled_polyester_yarn"),
       Of("rPET staple fibre, 1.4D x 38 mm", "recycled_polyester_staple"),
       Of("rPET hollow fibrefill for pillows", "rpet_fibrefill")],
      [N("Clear PET bottle flakes, hot-washed", "pet_flake"),
       N("Post-consumer PET bottles, baled, 20 t a month", "pet_bottles_used")],
      certs=(GRS, OEKO), bcg=("circular",)),
    # 035
    P("ร้านรับซื้อของเก่า ส.เจริญ", CIRC, UP, "Khon Kaen", "th", "sor.charoen.kk@gmail.com",
      [Of("ขวดเพ็ทใสอัดก้อน ก้อนละ 300 กก.", "pet_bottles_used"),
       Of("ขวดน้ำบดเป็นเกล็ด ล้างแล้ว", "pet_flake")],
      [],
      bcg=("circular",)),
    # 036
    P("ธนาคารขยะชุมชนบ้านโนนไทย", CIRC, UP, "Nakhon Ratchasima", "th", "nonthai.wastebank@gmail.com",
      [Of("ขวดพลาสติกใสที่ชาวบ้านคัดแยกมาฝาก", "pet_bottles_used"),
       Of("ผ้าเก่า เสื้อผ้าใช้แล้วที่สมาชิกเอามาฝาก", "used_clothing_mixed")],
      [N("อยากได้วิทยากรอบรมการคัดแยกขยะผ้า", "circular_training")],
      bcg=("circular",)),
    # 037
    P("บจก. มหาชัยการ์เมนท์", CIRC, DOWN, "Samut Sakhon", "th", "purchase@mahachaigarment.co.th",
      [Of("เศษผ้าคอตตอนจากโต๊ะตัด วันละ 300 กก. แยกสีได้", "cotton_cutting_waste"),
       Of("เศษผ้ายืดโพลีเอสเตอร์จากการตัด", "polyester_cutting_waste"),
       Of("รับเย็บเสื้อยืด โปโล ขั้นต่ำ 500 ตัว", "garment_sewing_service")],
      [N("เส้นด้ายคอตตอนรีไซเคิลสำหรับถักผ้าเสื้อยืด ต้องมี GRS", "recycled_cotton_yarn", certs=(GRS,))],
      certs=(ISO9,), bcg=("circular",)),
    # 038
    P("ฮักผ้า สตูดิโอ", CIRC, DOWN, "Chiang Mai", "th", "hugpha.studio@gmail.com",
      [Of("กระเป๋าผ้า upcycle จากเศษผ้าทอมือ", "upcycled_bag"),
       Of("รับแปลงชุดยูนิฟอร์มเก่าขององค์กรเป็นของที่ระลึก", "upcycling_service"),
       Of("หน้ากากผ้าฝ้ายทอมือ 3 ชั้น ซักได้", "washable_cloth_mask")],
      [N("เศษผ้าทอมือเหลือจากการตัด ชั่งกิโล", "handwoven_offcuts"),
       N("ซิปไนลอน เบอร์ 5", "zipper")],
      bcg=("circular",)),
    # 039
    P("Eco Spin Thailand Co., Ltd.", CIRC, MID, "Nakhon Pathom", "en", "yarn@ecospin.co.th",
      [Of("Open-end recycled cotton yarn Ne 10-16, colours from sorted waste", "recycled_cotton_yarn"),
       Of("Recycled cotton/rPET blend yarn", "recycled_blend_yarn")],
      [N("Recycled cotton fibre", "recycled_cotton_fibre"),
       N("rPET staple fibre for blending", "recycled_polyester_staple")],
      certs=(GRS,), bcg=("circular",)),
    # 040
    P("บจก. รีทีส์ (เสื้อยืดรักษ์โลก)", CIRC, DOWN, "Bangkok", "th", "hello@retees.co.th",
      [Of("เสื้อยืดผ้ารีไซเคิล สกรีนโลโก้ ขั้นต่ำ 100 ตัว", "recycled_tshirt")],
      [N("เส้นด้ายรีไซเคิล ต้องมี GRS", "recycled_cotton_yarn", "recycled_blend_yarn", "recycled_polyester_yarn",
         certs=(GRS,)),
       N("ผ้ายืดจากขวดพลาสติก (rPET jersey)", "recycled_polyester_knit")],
      certs=(GRS,), bcg=("circular",)),
    # 041
    P("Andaman Bay Resort & Spa", AGC, DOWN, "Phuket", "en", "purchasing@andamanbay.com",
      [Of("Used hotel towels and bed sheets, about 2 t a year, free for pickup", "used_hotel_linen")],
      [N("Pha khao ma cloths for spa guests, handwoven", "pha_khao_ma"),
       N("Herbal compress balls for the spa, fresh weekly", "herbal_compress"),
       N("Bed linen 300TC, hotel white, king size", "hotel_bed_linen")]),
    # 042
    P("บจก. สมุทรปราการนิตติ้ง", CIRC, MID, "Samut Prakan", "th", "knit@spknitting.co.th",
      [Of("ผ้าถักไมโครจากด้ายรีไซเคิล rPET", "recycled_polyester_knit"),
       Of("รับถักผ้าจากด้ายของลูกค้า", "knitting_service")],
      [N("ด้ายโพลีเอสเตอร์รีไซเคิล ต้องมีใบ GRS", "recycled_polyester_yarn", certs=(GRS,))],
      certs=(GRS, OEKO), bcg=("circular",)),
    # 043
    P("วัดบ้านหนองเต่า", CIRC, DOWN, "Nan", "th", "watnongtao.nan@gmail.com",
      [],
      [N("ผ้าไตรจีวรจากเส้นใยรีไซเคิล 100 ชุด ก่อนเข้าพรรษา", "monk_robe_recycled"),
       N("ตุงผ้าทอมือ ตุงไส้หมู สำหรับงานปอยหลวง", "temple_flag_tung"),
       N("ผ้าต๊วบ (ผ้าห่ม) กันหนาว แจกชาวบ้านบนดอย 300 ผืน", "cotton_blanket_handwoven", "blanket")]),
    # 044
    P("บจก. สังฆภัณฑ์กรีน", CIRC, DOWN, "Pathum Thani", "th", "sangkhagreen@gmail.com",
      [Of("ผ้าไตรจีวรจากขวดพลาสติกรีไซเคิล ครบชุด", "monk_robe_recycled"),
       Of("ย่ามพระผ้ารีไซเคิล", "recycled_bag")],
      [N("ผ้าทอจากเส้นใย rPET สีกรัก", "recycled_polyester_woven_fabric")],
      certs=(GRS,), bcg=("circular",)),
    # 045
    P("Ayutthaya Eco Weaving Co., Ltd.", CIRC, MID, "Phra Nakhon Si Ayutthaya", "en", "sales@ayueco.co.th",
      [Of("rPET woven fabric, 150 cm, dyed to order", "recycled_polyester_woven_fabric"),
       Of("Woven fabric from recycled cotton/polyester blend yarn", "recycled_blend_woven_fabric")],
      [N("Recycled blend yarn", "recycled_blend_yarn"),
       N("Recycled polyester filament yarn, GRS", "recycled_polyester_yarn", certs=(GRS,))],
      certs=(GRS,), bcg=("circular",)),
    # 046
    P("กลุ่มทอตุงบ้านศรีดอนชัย", HEMP, DOWN, "Chiang Rai", "th", "tung.sridonchai@gmail.com",
      [Of("ตุงไส้หมู ตุงทอมือ สั่งตามงาน", "temple_flag_tung")],
      [N("ด้ายฝ้ายย้อมสี เบอร์ 20", "cotton_yarn_machine_dyed")]),
    # 047
    P("หจก. ดีไซน์สปอร์ต", SPORT, DOWN, "Nonthaburi", "th", "designsport.nb@gmail.com",
      [Of("เสื้อกีฬาพิมพ์ซับลิเมชั่นทั้งตัว ขั้นต่ำ 30 ตัว", "sportswear_jersey"),
       Of("รับพิมพ์ซับลิเมชั่นบนผ้าลูกค้า เมตรละ 60", "sublimation_printing_service")],
      [N("ผ้าไมโคร dry-fit สีขาวสำหรับพิมพ์", "moisture_wicking_knit", "recycled_polyester_knit"),
       U("หมึกซับลิเมชั่น ญี่ปุ่น", "sublimation ink")]),
    # 048
    P("Eastern Technical Knit Co., Ltd.", SPORT, MID, "Chonburi", "en", "sales@easterntechknit.com",
      [Of("Moisture-wicking polyester jersey (dry fit), 140 gsm", "moisture_wicking_knit"),
       Of("UPF 50+ nylon-spandex tricot for swimwear", "swimwear_fabric_upf"),
       Of("Antibacterial / odour finishing on customer fabric", "antibacterial_finishing_service")],
      [N("Recycled polyester yarn, GRS", "recycled_polyester_yarn", certs=(GRS,))],
      certs=(OEKO, BLUE), bcg=("green",)),
    # 049
    P("Andaman Surf & Dive Wear", SPORT, DOWN, "Phuket", "en", "shop@andamansurf.com",
      [Of("Rash guards and surf leggings, own brand", "rash_guard")],
      [N("UPF 50+ swim fabric, chlorine resistant, OEKO-TEX", "swimwear_fabric_upf", certs=(OEKO,)),
       N("Sublimation printing of our prints on swim fabric", "sublimation_printing_service"),
       U("Recycled nylon from fishing nets", "recycled nylon")]),
    # 050
    P("ป.ศักดิ์มวยไทย", SPORT, DOWN, "Bangkok", "th", "porsak.muaythai@gmail.com",
      [Of("กางเกงมวยผ้าซาติน ปักชื่อได้", "muay_thai_shorts"),
       Of("ผ้าพันมือมวย 5 เมตร", "hand_wraps")],
      [N("ผ้าซาตินมัน หน้า 60 นิ้ว", "satin_fabric"),
       N("ยางยืดขอบกางเกง 2 นิ้ว", "elastic_tape")]),
    # 051
    P("ห้างผ้าเจริญพาณิชย์ พาหุรัด", SPORT, MID, "Bangkok", "th", "charoenphanit.fabric@gmail.com",
      [Of("ผ้าซาตินมัน หลากสี ขายส่งเป็นม้วน", "satin_fabric"),
       Of("ผ้าคอตตอนสีพื้น 100% ม้วนละ 50 หลา", "cotton_fabric_machine_dyed"),
       Of("ผ้าดิบ (ผ้าฝ้ายทอเครื่อง ยังไม่ฟอก)", "cotton_greige_fabric_machine")],
      []),
    # 052
    P("ห้างเส้นด้ายทองโคราช", SPORT, MID, "Nakhon Ratchasima", "th", "sendaithong.korat@gmail.com",
      [Of("ยางยืดถักขอบกางเกง 1-2 นิ้ว", "elastic_tape"),
       Of("ซิปไนลอน เบอร์ 3 เบอร์ 5", "zipper"),
       Of("เทปตีนตุ๊กแก (เวลโคร)", "hook_loop_tape")],
      []),
    # 053
    P("Chiang Mai Trail Runners Club", SPORT, DOWN, "Chiang Mai", "en", "race@cmtrailrunners.org",
      [],
      [N("Finisher tees in recycled polyester, GRS certified, 1,500 pcs by October", "sportswear_jersey",
         "recycled_tshirt", certs=(GRS,)),
       N("Sublimated running vests, small batch", "sportswear_jersey"),
       U("Hemp-blend trail socks", "hemp-blend socks")]),
    # 054
    P("บจก. ถุงเท้าไทยสปอร์ต", SPORT, MID, "Ratchaburi", "th", "thaisportsocks@gmail.com",
      [Of("ถุงเท้ากีฬาข้อสั้น พื้นหนา ขั้นต่ำ 1,000 คู่", "sports_socks")],
      [N("ด้ายคอตตอนย้อมสี Ne 20 ไม่ต้องมี OEKO-TEX", "cotton_yarn_machine_dyed", waives=(OEKO,))]),
    # 055
    P("บจก. ไทยโค้ทติ้ง", SPORT, MID, "Pathum Thani", "th", "info@thaicoating.co.th",
      [Of("รับเคลือบกันน้ำ DWR ไม่มีฟลูออรีน บนผ้าของลูกค้า", "water_repellent_finishing_service"),
       Of("ผ้าร่มเคลือบ PU กันน้ำ 5,000 มม.", "coated_waterproof_fabric"),
       Of("ผ้าเคลือบ TPU กันน้ำ ระบายอากาศ ใช้ทำผ้ารองกันเปื้อน", "tpu_laminated_fabric")],
      [N("ผ้าทอโพลีเอสเตอร์รีไซเคิล สำหรับเคลือบทำเสื้อกันฝน", "recycled_polyester_woven_fabric")],
      certs=(BLUE,)),
    # 056
    P("Velo Lanna Cycling Apparel", SPORT, DOWN, "Chiang Mai", "en", "ride@velolanna.com",
      [Of("Custom cycling jerseys, min 10 pcs", "cycling_jersey")],
      [N("Sublimation printing on our fabric", "sublimation_printing_service"),
       N("Recycled polyester knit, wicking, GRS", "recycled_polyester_knit", certs=(GRS,))]),
    # 057
    P("โรงเรียนบ้านสันติสุข", SPORT, DOWN, "Nan", "th", "santisuk.school@gmail.com",
      [],
      [N("ชุดพละ เสื้อโปโล+กางเกงวอร์ม 600 ชุด ส่งก่อนเปิดเทอม พ.ค.", "school_pe_uniform"),
       N("เสื้อกีฬาสีพิมพ์ลาย", "sportswear_jersey"),
       N("หน้ากากผ้าซักได้ให้นักเรียนใส่ช่วงหมอกควัน", "washable_cloth_mask")]),
    # 058
    P("หจก. ยูนิฟอร์มขอนแก่น", SPORT, DOWN, "Khon Kaen", "th", "uniform.kk@gmail.com",
      [Of("ชุดพละนักเรียน ปักชื่อโรงเรียน", "school_pe_uniform"),
       Of("ชุดฟอร์มพนักงาน เสื้อช็อป", "work_uniform")],
      [N("ผ้าจุติ/ผ้ายืดดรายฟิต", "moisture_wicking_knit", "tc_knit_fabric", "recycled_polyester_knit")]),
    # 059
    P("บจก. ไทยซัพพอร์ต", SPORT, DOWN, "Nakhon Pathom", "th", "thaisupport@gmail.com",
      [Of("สนับเข่าผ้ายืดสำหรับวิ่ง", "sport_brace"),
       Of("ที่รัดข้อเท้า ที่รัดข้อมือ", "sport_brace")],
      [U("ผ้านีโอพรีน 3 มม.", "neoprene sheet"),
       N("ตีนตุ๊กแก", "hook_loop_tape")]),
    # 060
    P("Siam Active Manufacturing Co., Ltd.", SPORT, DOWN, "Prachinburi", "en", "oem@siamactive.co.th",
      [Of("Sportswear made from recycled polyester, GRS, OEM from 300 pcs", "sportswear_jersey"),
       Of("Team kits and running singlets", "sportswear_jersey")],
      [N("Recycled polyester knit fabric, wicking", "recycled_polyester_knit"),
       N("Sublimation printing subcontract", "sublimation_printing_service")],
      certs=(GRS, ISO9)),
    # 061
    P("โรงพยาบาลเวชการุณย์", AGC, DOWN, "Bangkok", "th", "procure@wetchakarun.co.th",
      [],
      [N("ต้องการผ้ายกตัวผู้ป่วย รับน้ำหนักได้ 150 กก. มีหูจับ", "patient_transfer_sheet"),
       N("ผ้าปูเตียงคนไข้ cotton 100% สีขาว ต้องมี มอก.", "hospital_bed_sheet", certs=(TIS,)),
       N("ชุดผู้ป่วย เสื้อผ่าหน้า กางเกงเอวยางยืด", "patient_gown")]),
    # 062
    P("บจก. เมดิเท็กซ์", AGC, DOWN, "Samut Prakan", "th", "sales@meditex.co.th",
      [Of("ผ้าเคลื่อนย้ายผู้ป่วย 8 หูจับ", "patient_transfer_sheet"),
       Of("แผ่นรองซับผ้า ซักได้ 200 ครั้ง", "washable_underpad"),
       Of("ชุดคนไข้ผ้า TC", "patient_gown")],
      [N("ผ้าเคลือบ TPU กันน้ำ", "tpu_laminated_fabric"),
       N("ตีนตุ๊กแกเกรดการแพทย์", "hook_loop_tape")],
      certs=(ISO13, ISO9)),
    # 063
    P("บจก. แคร์ดี อนามัยภัณฑ์", AGC, DOWN, "Pathum Thani", "th", "careday@gmail.com",
      [Of("ผ้าอ้อมผู้ใหญ่แบบเทป ใช้แล้วทิ้ง ไซซ์ M-XL", "adult_diaper_disposable"),
       Of("แผ่นรองซับใช้แล้วทิ้ง 60x90", "underpad_disposable")],
      [N("ผ้าไม่ทอสปันบอนด์ PP ม้วนใหญ่", "nonwoven_spunbond"),
       U("เยื่อฟลัฟ (fluff pulp)", "fluff pulp")],
      certs=(FDA, ISO13)),
    # 064
    P("Thai Nonwoven Industries Co., Ltd.", AGC, MID, "Rayong", "en", "sales@thainonwoven.com",
      [Of("Spunbond PP nonwoven 10-80 gsm", "nonwoven_spunbond"),
       Of("SMS nonwoven for medical gowns", "nonwoven_sms")],
      [],
      certs=(ISO9, OEKO)),
    # 065
    P("บ้านสุขใจ เนอร์สซิ่งโฮม", AGC, DOWN, "Nonthaburi", "th", "baansukjai.nh@gmail.com",
      [],
      [N("ผ้าอ้อมผู้ใหญ่แบบซักได้ ไม่เอาแบบใช้แล้วทิ้ง", "adult_diaper_washable"),
       N("แผ่นรองกันเปื้อนบนเตียง ซักได้", "washable_underpad"),
       N("ผ้าห่มนวมบาง ซักเครื่องได้", "blanket"),
       N("ผ้ายกตัวผู้ป่วย 10 ผืน", "patient_transfer_sheet")]),
    # 066
    P("Silver Comfort Apparel Co., Ltd.", AGC, DOWN, "Bangkok", "en", "care@silvercomfort.co.th",
      [Of("Adaptive clothing for seniors: magnetic-closure shirts, easy-on trousers", "adaptive_clothing")],
      [N("Soft cotton single jersey, OEKO-TEX Standard 100", "cotton_knit_fabric", certs=(OEKO,)),
       N("Sewing contractor for small runs (CMT)", "garment_sewing_service")]),
    # 067
    P("บจก. ถักทองนิตติ้ง", AGC, MID, "Samut Prakan", "th", "thakthong.knit@gmail.com",
      [Of("ผ้ายืดคอตตอน 100% ซิงเกิลเจอร์ซี่ ย้อมสี", "cotton_knit_fabric"),
       Of("ผ้าทีซี (จุติ) สีพื้น", "tc_knit_fabric")],
      [N("ด้ายคอตตอนหวี Ne 30 ดิบ", "cotton_yarn_machine_undyed")],
      certs=(OEKO,)),
    # 068
    P("The Riverside Heritage Hotel", AGC, DOWN, "Bangkok", "en", "purchasing@riversideheritage.com",
      [Of("Used bed sheets from 240 rooms, collected monthly", "used_hotel_linen")],
      [N("Bed sheets 300-thread-count cotton, white", "hotel_bed_linen"),
       N("Bath towels 600 gsm", "bath_towel"),
       N("Amenity pouches from local handwoven cloth, 5,000 pcs", "amenity_pouch")]),
    # 069
    P("บจก. นครปฐมเบดดิ้ง", AGC, DOWN, "Nakhon Pathom", "th", "sales@npbedding.co.th",
      [Of("ผ้าปูที่นอนโรงแรม cotton 100% 300 เส้น", "hotel_bed_linen"),
       Of("ผ้าปูเตียงโรงพยาบาล ผ้าฝ้ายสีขาว ได้ มอก.", "hospital_bed_sheet"),
       Of("ผ้าขนหนูโรงแรม 27x54 นิ้ว 600 กรัม", "bath_towel"),
       Of("ผ้าห่มนวมใยสังเคราะห์ ซักเครื่องได้", "blanket")],
      [N("ผ้าดิบฝ้ายทอเครื่อง หน้ากว้าง 110 นิ้ว", "cotton_greige_fabric_machine")],
      certs=(TIS, OEKO)),
    # 070
    P("โอทอปเฮ้าส์ นิมมาน", HEMP, DOWN, "Chiang Mai", "th", "otophouse.nimman@gmail.com",
      [Of("รับฝากขายสินค้าโอทอป GP 25%", "consignment_retail_service")],
      [N("ผ้าพันคอย้อมครามทอมือ", "indigo_scarf"),
       N("ผ้าพันคอสีธรรมชาติ ใบมะม่วง เปลือกไม้", "scarf_natural_dye_cotton"),
       N("ถงย่ามทอมือ ชนเผ่า", "shoulder_bag_handwoven", "hemp_shoulder_bag"),
       N("กระเป๋าผ้าใยกัญชงม้ง", "hemp_shoulder_bag", "batik_coin_purse")]),
    # 071
    P("กลุ่มกระเป๋าใยกัญชงบ้านห้วยขม", HEMP, DOWN, "Chiang Rai", "th", "huaikhom.hempbag@gmail.com",
      [Of("กระเป๋าสะพายผ้าใยกัญชงปักม้ง", "hemp_shoulder_bag"),
       Of("กระเป๋าใส่เหรียญผ้าเขียนเทียน", "batik_coin_purse")],
      [N("ผ้าเขียนเทียนบนใยกัญชง", "hemp_batik_indigo_fabric"),
       N("ผ้าใยกัญชงทอมือ", "hemp_fabric_handwoven")],
      bcg=("bio",)),
    # 072
    P("Lanna Amenities Co., Ltd.", AGC, DOWN, "Chiang Mai", "en", "order@lannaamenities.com",
      [Of("Amenity pouches and slipper bags in handwoven cotton", "amenity_pouch"),
       Of("Spa wrap skirts and robes", "spa_robe")],
      [N("Handwoven cotton dyed with teak leaves, the golden-brown one", "cotton_fabric_handwoven_teak_dyed"),
]),
    # 073
    P("ลีลาวดีสปา", AGC, DOWN, "Krabi", "th", "leelawadee.spa@gmail.com",
      [],
      [N("ลูกประคบสมุนไพรสด", "herbal_compress"),
       N("ผ้าขาวม้าใช้ในสปา 200 ผืน", "pha_khao_ma"),
       N("ชุดสปา ผ้าคลุมอาบน้ำ", "spa_robe"),
       N("ผ้าดิบห่อลูกประคบ (ทำเอง)", "cotton_greige_fabric_machine")]),
    # 074
    P("กลุ่มสมุนไพรบ้านหนองหว้า", AGI, DOWN, "Buriram", "th", "nongwa.herb@gmail.com",
      [Of("ลูกประคบสมุนไพรสด ส่งทุกสัปดาห์", "herbal_compress"),
       Of("ลูกประคบอบแห้ง เก็บได้ 6 เดือน", "herbal_compress"),
       Of("หมอนสมุนไพร", "herbal_pillow")],
      [N("ผ้าดิบสำหรับห่อลูกประคบ ม้วนละ 50 หลา", "cotton_greige_fabric_machine")],
      certs=(OTOP,), bcg=("bio",)),
    # 075
    P("กลุ่มทอผ้าขาวม้าบ้านคำชะอี", AGI, MID, "Mukdahan", "th", "khamcha.i.pakaoma@gmail.com",
      [Of("ผ้าขาวม้าทอมือ 100 สี ผืนละ 2 เมตร", "pha_khao_ma"),
       Of("ผ้าแพรอีโป้ ฝ้ายทอหูก", "pha_khao_ma")],
      [N("ด้ายฝ้ายย้อมสีเคมี", "cotton_yarn_machine_dyed")]),
    # 076
    P("กลุ่มตัดเย็บผ้าอ้อมผู้ใหญ่ซักได้บ้านโนนทัน", AGI, DOWN, "Khon Kaen", "th", "nonthan.sew@gmail.com",
      [Of("กางเกงซึมซับซักได้ สำหรับผู้สูงอายุ", "adult_diaper_washable"),
       Of("ผ้ารองฉี่ ผ้าฝ้าย ซักได้", "washable_underpad")],
      [N("ผ้าเคลือบกันน้ำ TPU", "tpu_laminated_fabric"),
       U("ผ้าขนหนูเป็นม้วน ซับน้ำดี", "terry fabric by the roll")]),
    # 077
    P("โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคก", AGI, DOWN, "Sakon Nakhon", "th", "rpst.bankhok@gmail.com",
      [],
      [N("ผ้ายกตัวผู้ป่วยสำหรับเตียงเยี่ยมบ้าน", "patient_transfer_sheet"),
       N("แผ่นรองซับ ใช้ครั้งเดียวทิ้ง", "underpad_disposable"),
       U("ชุดผู้ป่วยผ้าฝ้ายทอมือย้อมคราม (โครงการผ้าพื้นถิ่น)", "patient gowns in handwoven indigo cloth")]),
    # 078
    P("Isan Elderly Care Centre", AGI, DOWN, "Udon Thani", "en", "admin@isanelderlycare.org",
      [],
      [N("Need washable adult diapers / incontinence pants", "adult_diaper_washable"),
       N("Triangle cushions for back support", "triangle_pillow"),
       N("Thai massage mattresses, cotton, kapok-filled", "massage_mattress"),
       U("Anti-slip socks for residents", "anti-slip socks")]),
    # 079
    P("ร้านฟูกนุ่นแม่ทองใบ", AGI, DOWN, "Ubon Ratchathani", "th", "fooknun.thongbai@gmail.com",
      [Of("เบาะนวดไทยผ้าฝ้ายยัดนุ่น 6 ฟุต", "massage_mattress"),
       Of("ฟูกนุ่นพับได้", "folding_mattress")],
      [N("นุ่นเกรดดี", "kapok_fibre"),
       N("ผ้าฝ้ายทอเครื่องสีพื้น (ผ้าหุ้มเบาะ)", "cotton_fabric_machine_dyed")]),
    # 080
    P("Isan Heritage Silk Co., Ltd.", AGI, DOWN, "Khon Kaen", "en", "shop@isanheritagesilk.com",
      [Of("Mudmee silk scarves, gift boxed, call Khun Noi 089 123 4567", "silk_scarf")],
      [N("Mudmee silk yardage, Peacock Emblem", "silk_ikat_fabric", certs=(PEACOCK,)),
       N("Praewa silk shawls", "silk_shawl"),
       N("Product photography and an online shop setup", "online_marketing_service")],
      certs=(PEACOCK,)),
    # 081
    P("ศูนย์ถ่ายทอดเทคโนโลยีสิ่งทอพื้นถิ่น", AGI, MID, "Sakon Nakhon", "th", "textile.center@snru.ac.th",
      [Of("อบรมการย้อมสีธรรมชาติ ครามและครั่ง 3 วัน", "natural_dye_training"),
       Of("ออกแบบลายผ้าร่วมสมัย ให้กลุ่มทอ", "textile_design_service"),
       Of("อบรมการขายออนไลน์ ถ่ายรูปสินค้า", "online_marketing_training")],
      []),
    # 082
    P("Studio Sabai Design", HEMP, DOWN, "Bangkok", "en", "hi@studiosabai.design",
      [Of("Textile and pattern design for community weavers", "textile_design_service"),
       Of("Brand, packaging and e-commerce set-up", "online_marketing_service")],
      [N("Handwoven indigo cotton sample yardage", "cotton_fabric_handwoven_indigo")]),
    # 083
    P("Isan Growth Microfinance", AGI, DOWN, "Nakhon Ratchasima", "en", "loans@isangrowth.co.th",
      [Of("Working capital loans for weaving groups, 50k-500k baht", "sme_working_capital_loan"),
       Of("Equipment leasing for looms and sewing machines", "equipment_leasing")],
      []),
    # 084
    P("ร้านจักรนครสวรรค์การช่าง", AGC, MID, "Nakhon Sawan", "th", "jaknakhonsawan@gmail.com",
      [Of("จักรอุตสาหกรรมมือสอง จักรเย็บ จักรโพ้ง", "sewing_machine"),
       Of("ซ่อมจักรถึงที่", "sewing_machine_repair")],
      []),
    # 085
    P("กลุ่มทอผ้าไทลื้อบ้านหนองบัว", HEMP, MID, "Nan", "th", "thailue.nongbua@gmail.com",
      [Of("ผ้าซิ่นลายน้ำไหล ทอมือ ฝ้าย", "tai_lue_sarong"),
       Of("ผ้าไทลื้อเป็นเมตร", "tai_lue_fabric")],
      [N("ฝ้ายเข็นมือ ไม่ต้องมีตราเกษตรอินทรีย์ก็ได้", "cotton_yarn_handspun_undyed", waives=(ORG_TH,)),
       N("เงินทุนหมุนเวียนซื้อฝ้ายช่วงหน้าหนาว", "sme_working_capital_loan")]),
    # 086
    P("กลุ่มผ้าบาติกบ้านเกาะยอ", HEMP, MID, "Songkhla", "th", "batik.koyo@gmail.com",
      [Of("ผ้าบาติกเขียนมือ ผ้าฝ้าย 2 หลา", "cotton_batik_fabric"),
       Of("รับทำบาติกลายโลโก้บนผ้าลูกค้า", "batik_service")],
      [N("ผ้าฝ้ายขาวทอเครื่อง ยังไม่ฟอก", "cotton_greige_fabric_machine")]),
    # 087
    P("บจก. ฮิญาบปัตตานี", AGC, DOWN, "Pattani", "th", "hijabpattani@gmail.com",
      [Of("ผ้าคลุมผมสตรีมุสลิม (ฮิญาบ) ผ้าคอตตอนยืด", "hijab")],
      [N("ผ้ายืดคอตตอนสีพื้น เนื้อนุ่ม", "cotton_knit_fabric"),
       N("ผ้าบาติกเขียนมือลายดอก", "cotton_batik_fabric")],
      certs=(HALAL,)),
    # 088
    P("Samui Eco Retreat", AGC, DOWN, "Surat Thani", "en", "stay@samuiecoretreat.com",
      [],
      [N("Looking for triangle floor cushions (mon khwan) for the yoga sala", "triangle_pillow"),
       N("Reed mats for yoga, 2 x 1 m", "reed_mat"),
       N("Baskets for room amenities", "bamboo_basket"),
       N("GOTS organic cotton bathrobes", "spa_robe", certs=(GOTS,))]),
    # 089
    P("กลุ่มเสื่อกกจันทบูร", HEMP, MID, "Chanthaburi", "th", "seukok.chanthaburi@gmail.com",
      [Of("เสื่อกกจันทบูร ทอลายดอก", "reed_mat"),
       Of("กระเป๋าเสื่อกก", "reed_bag")],
      [U("สีย้อมกกที่ไม่ตกสี", "dyestuff for reed")]),
    # 090
    P("กลุ่มทอผ้ากะเหรี่ยงโปบ้านไร่", HEMP, MID, "Kanchanaburi", "th", "karenpo.banrai@gmail.com",
      [Of("ผ้าทอกะเหรี่ยงโป ฝ้ายย้อมสีธรรมชาติ", "cotton_fabric_handwoven_natural_dye"),
       Of("ย่ามผ้าทอกะเหรี่ยง", "shoulder_bag_handwoven")],
      [N("ฝ้ายย้อมสีโรงงาน", "cotton_yarn_machine_dyed")]),
    # 091
    P("กลุ่มผ้าจกไทยวนคูบัว", AGC, MID, "Ratchaburi", "th", "khubua.jok@gmail.com",
      [Of("ผ้าซิ่นตีนจกไทยวนคูบัว", "teen_jok_sarong"),
       Of("ผ้าขาวม้าทอมือราชบุรี", "pha_khao_ma")],
      [N("คนช่วยทำเพจขายของ ถ่ายรูปสินค้า", "online_marketing_service")],
      certs=(OTOP,)),
    # 092
    P("Ari Craft Collective", HEMP, DOWN, "Bangkok", "en", "buy@aricraft.co",
      [],
      [N("Teen jok sarongs, Mae Chaem or Khu Bua", "teen_jok_sarong"),
       N("Indigo shirts in mor hom style", "indigo_shirt"),
       N("Hill-tribe shoulder bags", "shoulder_bag_handwoven", "hemp_shoulder_bag"),
       N("OTOP-certified handwoven scarves", "scarf_natural_dye_cotton", "indigo_scarf", "silk_scarf",
         "silk_shawl", certs=(OTOP,))]),
    # 093
    P("Mekong Naturals Trading Co., Ltd.", HEMP, DOWN, "Nong Khai", "en", "trade@mekongnaturals.com",
      [],
      [N("Organic handspun cotton yarn, Organic Thailand; GOTS not required", "cotton_yarn_handspun_undyed",
         certs=(ORG_TH,), waives=(GOTS,)),
       N("Natural-dyed handwoven cotton yardage for export, 500 m", "cotton_fabric_handwoven_natural_dye",
         "cotton_fabric_handwoven_teak_dyed", "cotton_fabric_handwoven_indigo"),
       N("Fairtrade certified hemp fabric", "hemp_fabric_handwoven", certs=(FAIR,))]),
    # 094
    P("กลุ่มผ้าปักเมี่ยนบ้านห้วยกอก", HEMP, DOWN, "Phayao", "th", "mien.embroidery@gmail.com",
      [Of("ผ้าปักลายเมี่ยน (เย้า) ชิ้นสำหรับตกแต่ง", "embroidered_panel"),
       Of("รับปักลายชนเผ่าบนเสื้อลูกค้า", "embroidery_service")],
      [N("ผ้าฝ้ายสีกรมย้อมคราม สำหรับปัก", "cotton_fabric_handwoven_indigo", "cotton_fabric_indigo_dyed")]),
    # 095
    P("Nomad Hill Fashion Co., Ltd.", HEMP, DOWN, "Chiang Rai", "en", "studio@nomadhill.co",
      [Of("Boho jackets with hill-tribe embroidery", "embroidered_jacket")],
      [N("Hand embroidery on our jackets (we send the garments)", "embroidery_service"),
       N("Hemp cloth, handwoven, natural colour", "hemp_fabric_handwoven"),
       N("Mor hom indigo dyeing of our cotton jackets", "indigo_dyeing_service")]),
    # 096
    P("แม่ฝ้าย เบบี้ ออร์แกนิก", HEMP, DOWN, "Phetchaburi", "th", "maefai.baby@gmail.com",
      [Of("ชุดเด็กอ่อนผ้าฝ้ายออร์แกนิก 0-12 เดือน ไม่ระคายผิว", "baby_clothes"),
       Of("ผ้าอ้อมสาลูเด็ก ซักได้ แพ็ค 6 ผืน", "baby_muslin_diaper")],
      [N("ด้ายคอตตอนออร์แกนิก ได้ GOTS ไว้จ้างถัก", "cotton_yarn_machine_undyed", certs=(GOTS,)),
       N("โรงถักรับถักผ้าจากด้ายที่เราส่งไป", "knitting_service")],
      certs=(GOTS,), bcg=("bio",)),
    # 097
    P("Little Sprout Baby Store", AGC, DOWN, "Trang", "en", "hello@littlesprout.co.th",
      [],
      [N("Organic cotton baby clothes, GOTS certified", "baby_clothes", certs=(GOTS,)),
       N("Washable muslin nappies", "baby_muslin_diaper"),
       U("Hemp baby carriers", "hemp baby carriers")]),
]
# fmt: on

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")
THAI = re.compile("[\u0e01-\u0e4e]")
LATIN = re.compile("[A-Za-z]")

TARGET_LINKS = (140, 180)
TARGET_CROSS_SHARE = 0.45
TARGET_UNMET = (15, 25)


def with_ids(profiles: list[dict]) -> list[dict]:
    return [{"id": f"{PREFIX}-{i:03d}", **p} for i, p in enumerate(profiles, start=1)]


def cert_names(name: str) -> list[str]:
    for c in CERTIFICATIONS:
        if c.name == name:
            return [c.name, c.full_name, c.name_th, *c.aliases, *c.mentions]
    return [name]


def script_share(text: str, lang: str) -> float:
    thai, latin = len(THAI.findall(text)), len(LATIN.findall(text))
    letters = thai + latin
    if not letters:
        return 1.0
    return (thai if lang == "th" else latin) / letters


def compute_links(profiles: list[dict]) -> tuple[set[tuple[str, str]], dict[tuple[str, int], set[str]]]:
    """True (supplier, buyer) pairs, and for each need the suppliers that meet it."""
    offered: dict[str, set[str]] = {}
    for p in profiles:
        for o in p["offers"]:
            offered.setdefault(o["label"], set()).add(p["id"])
    certs = {p["id"]: {resolve_certification(c) for c in p["certifications"]} for p in profiles}
    links: set[tuple[str, str]] = set()
    met_by: dict[tuple[str, int], set[str]] = {}
    for p in profiles:
        for i, n in enumerate(p["needs"]):
            suppliers = set()
            for label in n["labels"]:
                for s in offered.get(label, ()):
                    if s != p["id"] and set(n["certs"]) <= certs[s]:
                        suppliers.add(s)
            met_by[(p["id"], i)] = suppliers
            links |= {(s, p["id"]) for s in suppliers}
    return links, met_by


def check(profiles: list[dict]) -> list[str]:
    errors: list[str] = []
    ids = [p["id"] for p in profiles]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    offered: dict[str, set[str]] = {}
    for p in profiles:
        for o in p["offers"]:
            offered.setdefault(o["label"], set()).add(p["id"])
    for p in profiles:
        pid = p["id"]
        if not ID_RE.match(pid):
            errors.append(f"{pid}: bad id")
        if not p["name"].strip():
            errors.append(f"{pid}: empty name")
        if p["sub_cluster"] not in {s.value for s in SubCluster}:
            errors.append(f"{pid}: sub_cluster {p['sub_cluster']!r}")
        if p["stage"] not in {s.value for s in Stage}:
            errors.append(f"{pid}: stage {p['stage']!r}")
        province = resolve_province(p["province"])
        if province is None or province.name_en != p["province"]:
            errors.append(f"{pid}: province {p['province']!r}")
        for c in p["certifications"]:
            if resolve_certification(c) != c:
                errors.append(f"{pid}: certification {c!r}")
        if len(set(p["certifications"])) != len(p["certifications"]):
            errors.append(f"{pid}: repeated certification")
        for tag in p["bcg"]:
            if tag not in {t.value for t in BcgTag}:
                errors.append(f"{pid}: bcg {tag!r}")
        if p["language"] not in LANGUAGES:
            errors.append(f"{pid}: language {p['language']!r}")
        if not EMAIL_RE.match(p["contact_email"]):
            errors.append(f"{pid}: email {p['contact_email']!r}")
        if not (0 <= len(p["offers"]) <= 4 and 0 <= len(p["needs"]) <= 4):
            errors.append(f"{pid}: 0-4 offers and 0-4 needs")
        if not p["offers"] and not p["needs"]:
            errors.append(f"{pid}: neither offers nor needs")
        minimum = 0.5 if p["language"] == "th" else 0.9
        for item in [*p["offers"], *p["needs"]]:
            if script_share(item["text"], p["language"]) < minimum:
                errors.append(f"{pid}: phrase not mostly in its language: {item['text']!r}")
        texts = [item["text"] for item in [*p["offers"], *p["needs"]]]
        if len(set(texts)) != len(texts):
            errors.append(f"{pid}: repeated phrase")
        for o in p["offers"]:
            if not LABEL_RE.match(o["label"]):
                errors.append(f"{pid}: label {o['label']!r}")
        for n in p["needs"]:
            if not n["labels"] and not n["note"]:
                errors.append(f"{pid}: need without labels or note: {n['text']!r}")
            if n["labels"] and n["note"]:
                errors.append(f"{pid}: need with both labels and note: {n['text']!r}")
            for label in n["labels"]:
                if not offered.get(label, set()) - {pid}:
                    errors.append(f"{pid}: need label {label!r} offered by no one else")
            for c in (*n["certs"], *n["waives"]):
                if resolve_certification(c) != c:
                    errors.append(f"{pid}: need certification {c!r}")
                text = n["text"].casefold()
                if not any(name.casefold() in text for name in cert_names(c)):
                    errors.append(f"{pid}: need does not name {c!r}: {n['text']!r}")
            if set(n["certs"]) & set(n["waives"]):
                errors.append(f"{pid}: need both requires and waives a certification")
    links, met_by = compute_links(profiles)
    if any(s == b for s, b in links):
        errors.append("self link")
    lang = {p["id"]: p["language"] for p in profiles}
    cross = sum(lang[s] != lang[b] for s, b in links)
    unmet = sum(not s for s in met_by.values())
    if not TARGET_LINKS[0] <= len(links) <= TARGET_LINKS[1]:
        errors.append(f"{len(links)} true links, outside {TARGET_LINKS}")
    if links and cross / len(links) < TARGET_CROSS_SHARE:
        errors.append(f"cross-language share {cross / len(links):.3f} below {TARGET_CROSS_SHARE}")
    if not TARGET_UNMET[0] <= unmet <= TARGET_UNMET[1]:
        errors.append(f"{unmet} needs met by no one, outside {TARGET_UNMET}")
    for p in profiles:
        for i, n in enumerate(p["needs"]):
            if n["note"] and met_by[(p["id"], i)]:
                errors.append(f"{p['id']}: need marked unmet has suppliers")
    return errors


def profile_record(p: dict) -> dict:
    return {
        "id": p["id"],
        "name": p["name"],
        "sub_cluster": p["sub_cluster"],
        "stage": p["stage"],
        "province": p["province"],
        "offers": [o["text"] for o in p["offers"]],
        "needs": [n["text"] for n in p["needs"]],
        "certifications": p["certifications"],
        "bcg": p["bcg"],
        "contact_email": p["contact_email"],
        "language": p["language"],
    }


def render(profiles: list[dict]) -> tuple[bytes, bytes]:
    lines = [json.dumps(profile_record(p), ensure_ascii=False) for p in profiles]
    jsonl = ("\n".join(lines) + "\n").encode("utf-8")
    links, _ = compute_links(profiles)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(links))
    return jsonl, buf.getvalue().encode("utf-8")


def counts_table(profiles: list[dict]) -> str:
    links, met_by = compute_links(profiles)
    by_id = {p["id"]: p for p in profiles}
    needs = [n for p in profiles for n in p["needs"]]
    offers = [o for p in profiles for o in p["offers"]]
    langs = Counter(p["language"] for p in profiles)
    th_en = sum(by_id[s]["language"] == "th" and by_id[b]["language"] == "en" for s, b in links)
    en_th = sum(by_id[s]["language"] == "en" and by_id[b]["language"] == "th" for s, b in links)
    same_lang = len(links) - th_en - en_th
    diff_sub = sum(by_id[s]["sub_cluster"] != by_id[b]["sub_cluster"] for s, b in links)
    regions = Counter(resolve_province(p["province"]).region.value for p in profiles)  # type: ignore[union-attr]
    met = sum(bool(s) for s in met_by.values())
    rows = [
        ("profiles", len(profiles)),
        ("language th / en", f"{langs['th']} / {langs['en']}"),
        *((f"sub-cluster {s.value}", sum(p["sub_cluster"] == s.value for p in profiles)) for s in SubCluster),
        *((f"stage {s.value}", sum(p["stage"] == s.value for p in profiles)) for s in Stage),
        *((f"region {r}", regions[r]) for r in ("north", "northeast", "central", "east", "west", "south")),
        ("distinct provinces", len({p["province"] for p in profiles})),
        ("offers / distinct offer labels", f"{len(offers)} / {len({o['label'] for o in offers})}"),
        ("needs", len(needs)),
        ("needs met by at least one supplier", met),
        ("needs met by no one", len(needs) - met),
        ("  of which marked unmet (nothing in the cluster fits)", sum(bool(n["note"]) for n in needs)),
        (
            "  of which listed goods exist but no holder of the required certification",
            sum(bool(n["labels"]) and not met_by[(p["id"], i)] for p in profiles for i, n in enumerate(p["needs"])),
        ),
        ("needs requiring a certification", sum(bool(n["certs"]) for n in needs)),
        ("needs waiving a certification", sum(bool(n["waives"]) for n in needs)),
        ("true links", len(links)),
        ("cross-language links th supplier -> en buyer", th_en),
        ("cross-language links en supplier -> th buyer", en_th),
        ("cross-language share", f"{(th_en + en_th) / len(links):.1%}"),
        ("within-language links", same_lang),
        ("links between different sub-clusters", diff_sub),
    ]
    out = ["| count | value |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(out)


def main() -> int:
    profiles = with_ids(PROFILES)
    errors = check(profiles)
    if errors:
        print("checks failed; nothing written", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        print(counts_table(profiles), file=sys.stderr)
        return 1
    jsonl, links_csv = render(profiles)
    (HERE / "profiles.jsonl").write_bytes(jsonl)
    (HERE / "links.csv").write_bytes(links_csv)
    print(counts_table(profiles))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
