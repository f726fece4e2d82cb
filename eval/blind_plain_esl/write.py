"""Hand-labelled evaluation set: plain SME registry entries, Thai and second-language English.

Every profile below was written by hand. Each offer carries a label saying what the thing is;
each need lists the offer labels that would meet it (and the certifications its text requires),
or is marked as met by no one. The true links are derived from those labels only.

Run from the repository root:  .venv/bin/python eval/blind_plain_esl/write.py
It checks everything first and writes profiles.jsonl and links.csv only when all checks pass.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    BcgTag,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

HERE = Path(__file__).resolve().parent

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
CENTRAL = "ageing_lifestyle_central"
ISAN = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    certs: tuple[str, ...] = ()  # certifications the text requires
    waives: tuple[str, ...] = ()  # certifications the text names only to say they are not needed
    unmet: str = ""  # what it asks for, when no one in the cluster offers it


@dataclass
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    contact_email: str
    offers: list[Offer] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    certifications: list[str] = field(default_factory=list)
    bcg: list[str] = field(default_factory=list)


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, tuple(labels), certs, waives)


def u(text: str, note: str, waives: tuple[str, ...] = ()) -> Need:
    return Need(text, (), (), waives, note)


# fmt: off
SMES: list[Sme] = [
    # ------------------------------------------------------------------ hemp and natural fibre
    Sme("bpe-001", "th", "วิสาหกิจชุมชนปลูกกัญชงบ้านแม่สาใหม่", HEMP, UP, "Chiang Mai", "maesamai.hemp@gmail.com",
        offers=[
            o("เปลือกกัญชงลอกมือ ตากแห้งแล้ว ขายเป็นกิโล", "hemp_bast_fibre"),
            o("ด้ายกัญชงเข็นมือแบบม้ง สีธรรมชาติ ม้วนละ 100 กรัม", "hemp_yarn_handspun"),
        ],
        needs=[
            u("ต้องการเครื่องลอกเปลือกกัญชงแบบใช้มอเตอร์", "motorised hemp decorticator"),
            n("อยากให้มีคนมาสอนย้อมสีธรรมชาติให้สมาชิกกลุ่ม", "natural_dye_training"),
        ],
        bcg=["bio"]),
    Sme("bpe-002", "en", "Ban Pa Dua Hmong Hemp Weaving Group", HEMP, MID, "Chiang Rai", "padua.hempweave@gmail.com",
        offers=[
            o("Hemp cloth weave by hand, colour natural, width 40 inch, 1 roll have 20 m", "hemp_fabric_handwoven"),
            o("Hemp cloth make batik with bee wax and dye indigo, Hmong pattern, can order",
              "hemp_fabric_batik_indigo"),
        ],
        needs=[
            n("Want buy hemp yarn spin by hand only, machine yarn no", "hemp_yarn_handspun"),
            u("Bee wax for do batik, 20 kg, clean", "beeswax for batik"),
        ],
        certifications=["OTOP"], bcg=["bio"]),
    Sme("bpe-003", "th", "บจก. ไทยเฮมพ์ ไฟเบอร์ อินดัสทรี", HEMP, UP, "Tak", "sales@thaihempfibre.co.th",
        offers=[
            o("เส้นด้ายกัญชงปั่นเครื่อง Nm 10 สีดิบ MOQ 50 กก.", "hemp_yarn_machine_spun"),
            o("ใยกัญชงตัดสั้น (คอตตอนไนซ์) สำหรับผสมฝ้ายปั่นด้าย", "hemp_fibre_cottonised"),
        ],
        needs=[
            n("รับซื้อเปลือกกัญชงแห้งจากเกษตรกร ปีละ 5 ตัน ราคาตามเกรด", "hemp_bast_fibre"),
            n("ใยกล้วยแห้ง สำหรับทดลองปั่นผสมกับกัญชง", "banana_fibre"),
            n("สินเชื่อหรือลีสซิ่งสำหรับซื้อเครื่องปั่นด้ายเพิ่ม", "sme_loan", "machinery_leasing"),
        ],
        certifications=["ISO 9001"], bcg=["bio", "green"]),
    Sme("bpe-004", "en", "Green Hemp Studio Co., Ltd.", HEMP, DOWN, "Bangkok", "hello@greenhempstudio.com",
        offers=[
            o("Hemp tote bags and backpacks, our own brand, export to Japan and EU", "hemp_bag"),
        ],
        needs=[
            n("Looking for hand woven hemp fabric natural colour, approx 200 m/month", "hemp_fabric_handwoven"),
            n("Hemp canvas heavy weight 12oz up, machine woven", "hemp_canvas_machine_woven"),
            n("Hmong batik hemp cloth for special collection", "hemp_fabric_batik_indigo"),
            n("Marketing online for export market (Amazon Japan, Etsy)", "online_marketing_service"),
        ],
        bcg=["bio"]),
    Sme("bpe-005", "th", "หจก. นครชัยศรีทอผ้า", HEMP, MID, "Nakhon Pathom", "ncs.weaving@hotmail.com",
        offers=[
            o("ผ้าแคนวาสกัญชงผสมฝ้าย 55/45 ทอเครื่อง หน้ากว้าง 60 นิ้ว", "hemp_canvas_machine_woven"),
            o("ผ้าดิบฝ้าย 100% ทอเครื่อง ยังไม่ฟอกไม่ย้อม", "cotton_fabric_greige"),
            o("รับจ้างทอผ้าตามสเปค ลูกค้าส่งเส้นด้ายมาเอง", "commission_weaving_service"),
        ],
        needs=[
            n("เส้นด้ายกัญชงปั่นเครื่อง Nm 8-12", "hemp_yarn_machine_spun"),
        ]),
    Sme("bpe-006", "en", "Loei Organic Cotton Farmer Group (Ban Na Din Dam)", HEMP, UP, "Loei",
        "loeicotton.organic@gmail.com",
        offers=[
            o("Cotton raw have seed, we are grow organic no chemical, white and brown (fai tun), harvest Dec-Feb",
              "raw_cotton"),
            o("Cotton thread spin by hand, big size, for weave by hand", "cotton_yarn_handspun"),
        ],
        needs=[
            u("want somebody teach young people spin cotton with wheel, only old people can do now",
              "hand-spinning training"),
        ],
        certifications=["Organic Thailand"], bcg=["bio", "green"]),
    Sme("bpe-007", "th", "กลุ่มเกษตรกรปลูกฝ้ายบ้านฝาย", HEMP, UP, "Uttaradit", "banfai.cotton@gmail.com",
        offers=[
            o("ฝ้ายดิบทั้งเมล็ด ปลูกแบบชาวบ้าน ยังไม่ได้ขอรับรองอินทรีย์ ขายหลังเก็บเกี่ยว ม.ค.", "raw_cotton"),
        ],
        needs=[
            n("เครื่องอีดฝ้าย (แยกเมล็ด) แบบไฟฟ้า ขอสินเชื่อผ่อนได้", "sme_loan", "machinery_leasing"),
        ],
        bcg=["bio"]),
    Sme("bpe-008", "th", "วิสาหกิจชุมชนผ้าย้อมครามบ้านนาดี", HEMP, MID, "Sakon Nakhon", "naadee.khram@gmail.com",
        offers=[
            o("ผ้าฝ้ายทอมือย้อมคราม ลายขิด หน้ากว้าง 1 เมตร", "cotton_fabric_handwoven_indigo"),
            o("รับย้อมครามเสื้อผ้าและผ้าของลูกค้า คิดเป็นกิโล", "indigo_dyeing_service"),
            o("เนื้อครามเปียก บรรจุถุงละ 1 กก. ติดต่อคุณแสงเดือน 086-111-2345", "indigo_paste"),
        ],
        needs=[
            n("ด้ายฝ้ายเข็นมือ สีขาวธรรมชาติ", "cotton_yarn_handspun"),
            n("ฝ้ายดิบมาเข็นเอง ไม่จำเป็นต้องมีตรา Organic Thailand", "raw_cotton", waives=("Organic Thailand",)),
        ],
        certifications=["OTOP"], bcg=["bio"]),
    Sme("bpe-009", "en", "Sabai Indigo Shop (Chatuchak Section 2)", HEMP, DOWN, "Bangkok", "sabaiindigo.jj@gmail.com",
        offers=[
            o("Shelf for consignment at JJ market, open Sat-Sun, GP 25%", "retail_consignment_space"),
        ],
        needs=[
            n("Cotton cloth indigo dye, weave by hand, from Sakon or Udon", "cotton_fabric_handwoven_indigo"),
            n("Scarf natural colour dye, 100 pcs/month, wholesale price please", "scarf_natural_dyed"),
            n("Shirt mor hom Phrae style, indigo, size M-XL", "indigo_shirt_mohom"),
        ]),
    Sme("bpe-010", "th", "ร้านแม่บุญมีหม้อห้อม ทุ่งโฮ้ง", HEMP, DOWN, "Phrae", "maeboonmee.morhom@gmail.com",
        offers=[
            o("เสื้อหม้อห้อมย้อมห้อมแท้ ชาย หญิง ไซส์ S-XXL", "indigo_shirt_mohom"),
            o("รับย้อมห้อมเสื้อผ้าเก่าของลูกค้าให้เป็นสีใหม่", "indigo_dyeing_service"),
        ],
        needs=[
            n("ผ้าดิบฝ้ายทอเครื่อง สำหรับตัดเสื้อ (ยังไม่ย้อม)", "cotton_fabric_greige"),
            n("เนื้อห้อมเปียก เดือนละ 50 กก.", "indigo_paste"),
        ],
        certifications=["OTOP"]),
    Sme("bpe-011", "en", "Ban Tha Sawang Silk Farmer Group", HEMP, UP, "Surin", "thasawang.silk@gmail.com",
        offers=[
            o("Silk thread pull by hand from Thai native cocoon (yellow), grade 1 for weave", "silk_yarn_handreeled"),
            o("Cocoon silk fresh, Thai breed yellow, sell by kg", "silk_cocoon"),
        ],
        needs=[
            n("Mulberry leaf for feed silk worm, we are short in dry season", "mulberry_leaves"),
            n("Lac (khrang) for dye red colour", "lac_dye_raw"),
        ],
        certifications=["Thai Silk Peacock Emblem"], bcg=["bio"]),
    Sme("bpe-012", "en", "Lam Plai Mat Mulberry Farm", HEMP, UP, "Buriram", "lamplaimat.mulberry@gmail.com",
        offers=[
            o("Mulberry leaf fresh for silk worm, cut every day, 300 kg/day in rain season", "mulberry_leaves"),
            o("Mulberry tree young plant, Buriram 60 and Sakon Nakhon variety", "mulberry_seedlings"),
        ],
        needs=[
            u("Organic fertiliser, manure cow, 10 ton", "organic fertiliser"),
        ],
        bcg=["bio", "green"]),
    Sme("bpe-013", "th", "กลุ่มทอผ้าไหมมัดหมี่ชนบท", ISAN, MID, "Khon Kaen", "chonnabot.mudmee@gmail.com",
        offers=[
            o("ผ้าไหมมัดหมี่ทอมือ ได้ตรานกยูงพระราชทานสีทอง ผืนละ 4 เมตร", "silk_mudmee_fabric"),
        ],
        needs=[
            n("เส้นไหมพื้นบ้านสาวมือ (ไหมน้อย)", "silk_yarn_handreeled"),
            n("ครั่งดิบสำหรับย้อมสีแดง", "lac_dye_raw"),
            n("เครื่องกรอด้ายไฟฟ้า 2 เครื่อง", "yarn_winding_machine"),
        ],
        certifications=["Thai Silk Peacock Emblem", "OTOP"]),
    Sme("bpe-014", "en", "Mae Tha Lac and Dye Plant Collector", HEMP, UP, "Lampang", "maetha.lac@gmail.com",
        offers=[
            o("Stick lac raw (khrang) from rain tree, for red dye, pack 1 kg", "lac_dye_raw"),
            o("Dye plant dry: ma kluea (ebony fruit), fang wood, mango bark, 5 kg up", "dye_plants_dried"),
        ],
        bcg=["bio"]),
    Sme("bpe-015", "th", "บ้านสีธรรมชาติ ลำพูน", HEMP, MID, "Lamphun", "baansee.lamphun@gmail.com",
        offers=[
            o("รับย้อมสีธรรมชาติจากเปลือกไม้ ใบไม้ ให้ผ้าฝ้าย ผ้าไหมของลูกค้า ขั้นต่ำ 10 เมตร",
              "natural_dyeing_service"),
            o("คอร์สอบรมย้อมสีธรรมชาติ 2 วัน รับกลุ่มละ 20 คน", "natural_dye_training"),
        ],
        needs=[
            n("ไม้ฝาง มะเกลือ เปลือกไม้แห้ง และครั่ง", "dye_plants_dried", "lac_dye_raw"),
            n("ผ้าฝ้ายทอมือสีขาว ยังไม่ย้อม หน้ากว้าง 90 ซม.", "cotton_fabric_handwoven_undyed"),
        ],
        bcg=["bio", "green"]),
    Sme("bpe-016", "en", "Khlong Lan Banana Fibre Community Enterprise", HEMP, UP, "Kamphaeng Phet",
        "khlonglan.banana@gmail.com",
        offers=[
            o("Fibre from banana trunk, dry already, long 1 m, use for weave or make paper", "banana_fibre"),
            o("Banana fibre yarn twist by hand", "banana_fibre_yarn"),
        ],
        needs=[
            u("Machine for scrape fibre out from banana stem, small size", "banana fibre extraction machine"),
            n("Help us do design new product and packaging", "product_design_service"),
        ],
        bcg=["bio", "circular"]),
    Sme("bpe-017", "th", "วิสาหกิจชุมชนเส้นใยใบสับปะรดบ้านหนองหิน", HEMP, UP, "Prachuap Khiri Khan",
        "nonghin.pinefibre@gmail.com",
        offers=[
            o("เส้นใยใบสับปะรดขูดมือ ตากแห้ง กิโลละ 800 บาท", "pineapple_leaf_fibre"),
        ],
        needs=[
            n("หาคนช่วยทำเพจขายออนไลน์ ยิงแอด", "online_marketing_service"),
            n("สินเชื่อดอกเบี้ยต่ำสำหรับซื้อเครื่องขูดใย", "sme_loan"),
        ],
        bcg=["bio", "circular"]),
    Sme("bpe-018", "en", "Nong Han Lotus Fibre Workshop", HEMP, UP, "Udon Thani", "lotusfibre.udon@gmail.com",
        offers=[
            o("Lotus stem fiber thread pull by hand, very rare, 1 scarf use 8,000 stem", "lotus_fibre_yarn"),
            o("Scarf lotus mix silk, natural colour, for gift VIP", "scarf_lotus_silk"),
        ],
        needs=[
            n("Silk yarn hand reel for mix with lotus", "silk_yarn_handreeled"),
            n("Want shop in Bangkok for display and consign our scarf", "retail_consignment_space"),
        ],
        bcg=["bio"]),
    Sme("bpe-019", "th", "บจก. ฝ้ายคำ ดีไซน์", HEMP, DOWN, "Chiang Mai", "sales@faikhamdesign.com",
        offers=[
            o("ผ้าพันคอฝ้ายทอมือย้อมสีธรรมชาติ ขายส่ง 50 ผืนขึ้นไป", "scarf_natural_dyed"),
            o("กระเป๋าผ้าฝ้ายทอมือ ทรงโท้ท", "woven_cotton_bag"),
        ],
        needs=[
            n("ผ้าฝ้ายทอมือย้อมครามหรือย้อมสีธรรมชาติอื่น ไม่เอาสีเคมี",
              "cotton_fabric_handwoven_indigo", "cotton_fabric_handwoven_natural_dyed"),
            n("ช่างรับเหมาตัดเย็บกระเป๋า เราส่งผ้าไปให้", "cmt_sewing_service"),
        ],
        bcg=["green"]),
    Sme("bpe-020", "en", "Nan Nam Lai Weaving Group", HEMP, MID, "Nan", "namlai.nan@gmail.com",
        offers=[
            o("Cotton hand woven cloth, Nan pattern (lai nam lai), natural dye colour",
              "cotton_fabric_handwoven_natural_dyed"),
            o("Cotton cloth hand woven, white, not dye yet", "cotton_fabric_handwoven_undyed"),
            o("Can weave by hand with customer yarn, from 20 m", "commission_handweaving_service"),
        ],
        needs=[
            n("Cotton yarn machine spin, organic, for warp (sen yuen). GOTS no need", "cotton_yarn_organic",
              waives=("GOTS",)),
            n("Wooden loom (ki tor pha) 2 set for new member", "handloom"),
        ],
        certifications=["OTOP"], bcg=["bio"]),
    Sme("bpe-021", "en", "Lanna Riverside Boutique Hotel", HEMP, DOWN, "Chiang Mai", "purchasing@lannariverside.com",
        offers=[
            o("Old bed sheets and towels from the hotel, about 300 kg per year, free for recycler",
              "used_hotel_linen"),
        ],
        needs=[
            n("Cotton bathrobe for guest, 80 pcs, white", "bathrobe"),
            n("Hand woven cushion cover and table runner with local Lanna pattern", "handwoven_home_decor"),
            n("Kapok pillow for guest room, 120 pcs", "kapok_pillow"),
        ],
        bcg=["green"]),
    Sme("bpe-022", "th", "วิสาหกิจชุมชนนุ่นบ้านหนองแวง", ISAN, UP, "Roi Et", "nongwaeng.noon@gmail.com",
        offers=[
            o("นุ่นดีดแล้ว ไม่มีเมล็ด ใส่ถุงละ 5 กก.", "kapok_fibre"),
            o("หมอนหนุนยัดนุ่น ปลอกผ้าฝ้าย", "kapok_pillow"),
        ],
        bcg=["bio"]),
    Sme("bpe-023", "en", "Ban Si Than Khit Cloth Group", ISAN, MID, "Yasothon", "sithan.khit@gmail.com",
        offers=[
            o("Pha khit hand weave, cotton, many colour, use for make pillow and decorate", "khit_fabric_handwoven"),
            o("Mon khit (triangle pillow) for sit and lean back, 10 section", "triangle_cushion_khit"),
            o("Table runner and cushion cover make from pha khit", "handwoven_home_decor"),
        ],
        needs=[
            n("Cotton yarn colour already dye by machine for khit pattern", "cotton_yarn_dyed"),
            n("Kapok (nun) for fill pillow 200 kg", "kapok_fibre"),
        ],
        certifications=["OTOP"]),
    # ------------------------------------------------------------------ circular textile
    Sme("bpe-024", "th", "ร้านเจ๊หมวยเสื้อผ้ามือสอง โรงเกลือ", CIRC, UP, "Sa Kaeo", "jemuay.rongkluea@gmail.com",
        offers=[
            o("เสื้อผ้ามือสองเป็นกระสอบ (เบล) คละเกรด กระสอบละ 45-100 กก.", "used_clothing"),
            o("ยีนส์มือสองคัดแล้ว ขายเป็นกิโล ไลน์ไอดี jemuay22", "used_clothing"),
        ],
        bcg=["circular"]),
    Sme("bpe-025", "en", "S.K. Waste Textile Trading", CIRC, UP, "Samut Sakhon", "sk.wastetextile@gmail.com",
        offers=[
            o("Scrap fabric from cutting room of garment factory, cotton 100%, sort by colour",
              "textile_cutting_waste"),
            o("Scrap fabric TC mix, not sort, cheap price, call 089-123-4567", "textile_cutting_waste"),
        ],
        bcg=["circular"]),
    Sme("bpe-026", "th", "หจก. ชลบุรีรีไซเคิล", CIRC, UP, "Chonburi", "cbrecycle@gmail.com",
        offers=[
            o("ขวด PET ใสอัดก้อน ก้อนละประมาณ 200 กก.", "pet_bottles_baled"),
            o("เกล็ด PET ล้างร้อนแล้ว สีใส", "pet_flakes"),
        ],
        bcg=["circular"]),
    Sme("bpe-027", "th", "ธนาคารขยะชุมชนบ้านควนโพธิ์", CIRC, UP, "Trang", "khuanpho.wastebank@gmail.com",
        offers=[
            o("ขวดน้ำดื่ม PET จากสมาชิกธนาคารขยะ คัดแยกแล้ว อัดก้อน เดือนละ 2 ตัน", "pet_bottles_baled"),
            o("ขวดพลาสติกขุ่น HDPE และกระป๋องอะลูมิเนียม", "hdpe_and_cans_scrap"),
        ],
        needs=[
            n("ความรู้และตลาดสำหรับขายของที่ทำจากขยะรีไซเคิล ทำเพจออนไลน์", "online_marketing_service"),
        ],
        bcg=["circular"]),
    Sme("bpe-028", "en", "EcoLoop Fibre (Thailand) Co., Ltd.", CIRC, UP, "Rayong", "sales@ecoloopfibre.co.th",
        offers=[
            o("Recycled polyester yarn from PET bottle, DTY 75D/72F and 150D/48F, GRS certified",
              "recycled_polyester_yarn"),
            o("Recycle polyester staple fibre, hollow conjugated, for stuff pillow and doll",
              "recycled_polyester_fibrefill"),
        ],
        needs=[
            n("PET bottle bale clear, 100 ton per month", "pet_bottles_baled"),
            n("PET flake hot washed, clear, PVC below 50 ppm", "pet_flakes"),
        ],
        certifications=["GRS", "ISO 9001", "ISO 14001"], bcg=["circular", "green"]),
    Sme("bpe-029", "th", "บจก. รีไฟเบอร์ ไทย", CIRC, UP, "Nakhon Pathom", "contact@refiberthai.com",
        offers=[
            o("เส้นใยฝ้ายรีไซเคิลจากเศษผ้า บดแล้ว สำหรับปั่นด้าย", "recycled_cotton_fibre"),
            o("รับบดเศษผ้าของโรงงานลูกค้า แล้วส่งใยคืน", "textile_shredding_service"),
        ],
        needs=[
            n("เศษผ้าตัดจากโรงงานเย็บ ฝ้าย 100% คัดสีแล้ว", "textile_cutting_waste"),
            n("ผ้าปูที่นอนและผ้าขนหนูเก่าจากโรงแรม", "used_hotel_linen"),
        ],
        certifications=["RCS"], bcg=["circular"]),
    Sme("bpe-030", "en", "Siam OE Spinning Co., Ltd.", CIRC, UP, "Saraburi", "oe.spinning@siamoe.co.th",
        offers=[
            o("Recycle cotton yarn open-end Ne 10-20, colour from the waste, no dyeing", "recycled_cotton_yarn"),
            o("Cotton yarn ring spun Ne 30/1 combed, virgin cotton", "cotton_yarn_machine_spun"),
        ],
        needs=[
            n("Recycled cotton fibre from shredding, RCS certificate required", "recycled_cotton_fibre",
              certs=("RCS",)),
            n("Raw cotton local or import, for blending", "raw_cotton"),
            n("Hemp fibre cut short (cottonised) to blend with cotton", "hemp_fibre_cottonised"),
            n("Weaving mill to weave sample fabric from our yarn (we send yarn)", "commission_weaving_service"),
        ],
        certifications=["GRS", "RCS"], bcg=["circular"]),
    Sme("bpe-031", "th", "แบรนด์ยีนส์เก่าเล่าใหม่ (Re:Denim)", CIRC, DOWN, "Bangkok", "redenim.bkk@gmail.com",
        offers=[
            o("กระเป๋าอัพไซเคิลจากยีนส์เก่า ทำมือทุกใบ", "upcycled_denim_bag"),
        ],
        needs=[
            n("ยีนส์มือสอง คัดแล้ว ไม่ขาดมาก 300 กก./เดือน", "used_clothing"),
            n("ร้านรับย้อมครามยีนส์เก่าที่ซีดแล้วให้เข้มใหม่ (เราส่งยีนส์ไปเอง)", "indigo_dyeing_service"),
        ],
        bcg=["circular"]),
    Sme("bpe-032", "en", "Mahachai Knit Co., Ltd.", SPORT, MID, "Samut Sakhon", "sales@mahachaiknit.com",
        offers=[
            o("Knit fabric from recycle PET yarn, single jersey and mesh, 140-160 gsm", "recycled_pet_knit_fabric"),
            o("Sport fabric dry fit, polyester microfiber, wicking, interlock", "sport_knit_fabric"),
            o("Spandex fabric (lycra) 4 way stretch 220 gsm", "spandex_knit_fabric"),
        ],
        needs=[
            n("Recycled polyester yarn, must GRS, 20 ton/month", "recycled_polyester_yarn", certs=("GRS",)),
            u("Polyester filament virgin 75D for normal line", "virgin polyester filament yarn"),
        ],
        certifications=["OEKO-TEX Standard 100", "GRS"], bcg=["circular"]),
    Sme("bpe-033", "th", "บจก. อยุธยาเท็กซ์ไทล์", CIRC, MID, "Phra Nakhon Si Ayutthaya", "ayt.textile@gmail.com",
        offers=[
            o("ผ้าทอรีไซเคิลจากขวด PET (rPET) ผ้าแคนวาส 600D สำหรับกระเป๋า", "recycled_pet_woven_fabric"),
            o("ผ้าทอ TC โพลีคอตตอน สำหรับชุดยูนิฟอร์ม", "polycotton_woven_fabric"),
            o("ผ้าทอจากด้ายฝ้ายรีไซเคิล ผ้าดิบและผ้าเดนิม", "recycled_cotton_woven_fabric"),
        ],
        needs=[
            n("เส้นด้ายโพลีเอสเตอร์รีไซเคิล ต้องมีใบ GRS", "recycled_polyester_yarn", certs=("GRS",)),
            n("ด้ายฝ้ายรีไซเคิล OE Ne 10", "recycled_cotton_yarn"),
        ],
        certifications=["GRS"], bcg=["circular"]),
    Sme("bpe-034", "en", "Pattaya Uniform House", CENTRAL, DOWN, "Chonburi", "order@pattayauniform.com",
        offers=[
            o("Uniform for hotel, spa and restaurant, can do logo embroider", "staff_uniform"),
            o("Nurse uniform and scrub suit for hospital", "medical_scrubs"),
        ],
        needs=[
            n("Fabric TC (poly-cotton) for uniform, 2,000 m each order", "polycotton_woven_fabric"),
            n("Fabric from recycle bottle for eco uniform, hotel customer ask",
              "recycled_pet_woven_fabric", "recycled_pet_knit_fabric"),
        ]),
    Sme("bpe-035", "th", "ร้านผ้าพาหุรัด ค้าผ้าค้างสต็อก", CIRC, MID, "Bangkok", "phahurat.deadstock@gmail.com",
        offers=[
            o("ผ้าค้างสต็อกจากโรงงาน เป็นม้วน ผ้าใหม่ไม่ใช่เศษ ขายเหมาเป็นกิโล", "deadstock_fabric"),
        ],
        bcg=["circular"]),
    Sme("bpe-036", "en", "Bangphli Wiping Rag Supply", CIRC, UP, "Samut Prakan", "bangphli.rag@gmail.com",
        offers=[
            o("Cloth rag for wipe machine oil, cut from old t-shirt, cotton 100%, 10 kg/bag", "wiping_rags"),
        ],
        needs=[
            n("Old t-shirt cotton second hand, any colour", "used_clothing"),
        ],
        bcg=["circular"]),
    Sme("bpe-037", "th", "บจก. กรีนแบ็ก ถุงผ้ารีไซเคิล", CIRC, DOWN, "Nonthaburi", "greenbag.nbi@gmail.com",
        offers=[
            o("ถุงผ้าจากผ้า rPET พิมพ์โลโก้ได้ ขั้นต่ำ 500 ใบ", "rpet_tote_bag"),
        ],
        needs=[
            n("ผ้า rPET ทอ 600D หรือ 300D สำหรับทำถุง", "recycled_pet_woven_fabric"),
            n("รับสกรีนโลโก้บนถุงผ้า เราส่งถุงไปให้สกรีน", "screen_printing_service"),
        ],
        bcg=["circular"]),
    Sme("bpe-038", "en", "Bang Sue Screen & Print", SPORT, MID, "Bangkok", "bangsue.screen@gmail.com",
        offers=[
            o("Screen print on t-shirt, bag, fabric of customer, minimum 50 pcs", "screen_printing_service"),
            o("T-shirt cotton printed ready, your design, fast 7 day", "printed_tshirt"),
        ],
        needs=[
            n("T-shirt blank no print, cotton, size S-XXL, 500 pcs/month", "blank_tshirt"),
        ]),
    Sme("bpe-039", "th", "โรงงานตัดเย็บ สมใจการ์เมนท์", CENTRAL, MID, "Bangkok", "somjai.garment@gmail.com",
        offers=[
            o("รับตัดเย็บเสื้อผ้าตามแบบ (CMT) ลูกค้าส่งผ้ามาเอง ขั้นต่ำ 300 ตัว", "cmt_sewing_service"),
            o("เสื้อยืดคอกลมผ้าฝ้าย 100% สีพื้น เสื้อเปล่าสำหรับสกรีน", "blank_tshirt"),
        ],
        needs=[
            n("ช่างซ่อมจักรเย็บผ้าอุตสาหกรรม มาซ่อมที่โรงงาน", "sewing_machine_repair_service"),
            n("ผ้ายืดคอตตอน (ผ้าเจอร์ซีย์) สำหรับเสื้อยืด", "cotton_knit_fabric", "cotton_knit_fabric_organic"),
            n("อยากส่งเศษผ้าในโรงงานไปบดเป็นใยแล้วเอากลับมาใช้", "textile_shredding_service"),
        ]),
    Sme("bpe-040", "en", "Thai Textile Recycle Hub", CIRC, UP, "Bangkok", "hello@ttrhub.org",
        offers=[
            o("Used clothes collected from condos and offices, sorted: cotton, polyester, denim", "used_clothing"),
            o("Take-back program for fashion brand, we collect in your shop and make report",
              "take_back_collection_service"),
        ],
        needs=[
            u("Recycle partner who can take polyester clothes (not cotton)", "polyester textile-to-fibre recycling"),
        ],
        bcg=["circular"]),
    Sme("bpe-041", "th", "บจก. โลคัลเจนท์ส", CIRC, DOWN, "Bangkok", "sourcing@localgents.co.th",
        offers=[
            o("เสื้อเชิ้ตผู้ชายผ้าฝ้าย แบรนด์ของเราเอง", "mens_shirt"),
        ],
        needs=[
            n("ผ้าทอจากด้ายฝ้ายรีไซเคิล สำหรับคอลเลกชันใหม่", "recycled_cotton_woven_fabric"),
            n("โครงการรับคืนเสื้อผ้าเก่าจากลูกค้าที่หน้าร้าน", "take_back_collection_service"),
        ],
        bcg=["circular"]),
    # ------------------------------------------------------------------ sportech
    Sme("bpe-042", "th", "นนท์สปอร์ต พิมพ์ซับลิเมชั่น", SPORT, MID, "Nonthaburi", "nonsport.print@gmail.com",
        offers=[
            o("รับพิมพ์ซับลิเมชั่นลงผ้าของลูกค้า คิดเป็นเมตร", "sublimation_printing_service"),
            o("เสื้อกีฬาพิมพ์ลายทั้งตัว สั่งทำทีมฟุตบอล ขั้นต่ำ 20 ตัว", "sports_jersey_custom"),
        ],
        needs=[
            n("ผ้ากีฬาไมโครโพลี ดรายฟิต สีขาวสำหรับพิมพ์ซับ", "sport_knit_fabric"),
            u("กระดาษทรานเฟอร์และหมึกซับลิเมชั่น", "sublimation paper and ink"),
        ]),
    Sme("bpe-043", "en", "RunWild Athletics Co., Ltd.", SPORT, DOWN, "Bangkok", "sourcing@runwild.co.th",
        offers=[
            o("Running shirts and shorts, own brand, sold in department stores and online", "running_apparel"),
        ],
        needs=[
            n("Quick dry sport fabric, OEKO-TEX Standard 100 required", "sport_knit_fabric",
              certs=("OEKO-TEX Standard 100",)),
            n("CMT factory for sportswear, 1,000-3,000 pcs per style", "cmt_sewing_service"),
            n("Sublimation printing on our fabric", "sublimation_printing_service"),
            u("Lab test for wicking and colour fastness", "textile testing laboratory"),
        ],
        bcg=["green"]),
    Sme("bpe-044", "th", "สโมสรฟุตบอลเยาวชนนางรอง เอฟซี", SPORT, DOWN, "Buriram", "nangrongfc.youth@gmail.com",
        needs=[
            n("ชุดแข่งฟุตบอลพิมพ์ชื่อและเบอร์ 60 ชุด ต้องได้ก่อน 15 พ.ค.", "sports_jersey_custom"),
        ]),
    Sme("bpe-045", "en", "Sor Kiatchai Muay Thai Gear", SPORT, DOWN, "Bangkok", "sk.muaythaigear@gmail.com",
        offers=[
            o("Muay Thai short satin, embroider name, wholesale for gym and export", "muay_thai_shorts"),
        ],
        needs=[
            u("Satin fabric shiny for short, many colour", "satin fabric"),
            n("Embroider service for logo on short, we send the short", "embroidery_service"),
            n("Elastic for waist band 2 inch", "elastic_tape"),
        ]),
    Sme("bpe-046", "th", "ร้านปักจักรคอมพิวเตอร์ ราชบุรี", SPORT, MID, "Ratchaburi", "rb.embroidery@gmail.com",
        offers=[
            o("รับปักโลโก้ ชื่อ บนเสื้อ กางเกง หมวก ของลูกค้า", "embroidery_service"),
            o("อาร์มปักสำเร็จ แบบรีดติดเสื้อ", "embroidered_patch"),
        ]),
    Sme("bpe-047", "en", "Bangplee Coating Technology Co., Ltd.", SPORT, MID, "Samut Prakan",
        "info@bangpleecoating.com",
        offers=[
            o("Coating PU and TPU on customer fabric, waterproof 5,000-10,000 mm", "waterproof_coating_service"),
            o("Waterproof nylon fabric coated PU, ready stock 20 colour", "waterproof_coated_fabric"),
        ],
        needs=[
            u("Nylon taffeta grey fabric for coat, 190T", "nylon taffeta greige"),
        ],
        certifications=["ISO 9001"]),
    Sme("bpe-048", "th", "ดอยเทรล เอาท์ดอร์ เกียร์", SPORT, DOWN, "Chiang Mai", "doitrail.gear@gmail.com",
        offers=[
            o("กระเป๋าเป้เดินป่ากันน้ำ 30 ลิตร", "outdoor_backpack"),
        ],
        needs=[
            n("ผ้าเคลือบกันน้ำ PU สำเร็จรูป", "waterproof_coated_fabric"),
            n("รับเคลือบกันน้ำให้ผ้าแคนวาสกัญชงของเรา", "waterproof_coating_service"),
            n("ซิปกันน้ำ เบอร์ 5 สีดำ", "zipper"),
            n("ผ้าแคนวาสกัญชงสำหรับรุ่นใหม่", "hemp_canvas_machine_woven"),
        ]),
    Sme("bpe-049", "en", "Sampeng Trim & Accessories", SPORT, MID, "Bangkok", "sampeng.trim@gmail.com",
        offers=[
            o("Zipper every kind: nylon, metal, waterproof, YKK and local brand", "zipper"),
            o("Elastic tape and elastic cord for mask, width 3-50 mm", "elastic_tape"),
            o("Button, snap button, plastic buckle", "buttons_snaps"),
        ]),
    Sme("bpe-050", "th", "บจก. ซัพพอร์ตเทค", SPORT, DOWN, "Pathum Thani", "sales@supporttech.co.th",
        offers=[
            o("สนับเข่า สนับข้อเท้า ผ้ายืดรัดกล้ามเนื้อ สำหรับนักกีฬาและผู้สูงอายุ", "knee_ankle_support"),
        ],
        needs=[
            n("ผ้ายืดสแปนเด็กซ์ 4 ทาง 200-250 แกรม", "spandex_knit_fabric"),
        ],
        certifications=["ISO 13485", "Thai FDA"]),
    Sme("bpe-051", "th", "หาดใหญ่ เนเชอรัล รับเบอร์ โยคะ", SPORT, DOWN, "Songkhla", "hy.rubberyoga@gmail.com",
        offers=[
            o("เสื่อโยคะยางพาราธรรมชาติ หนา 4 มม. กันลื่น", "yoga_mat"),
        ],
        needs=[
            n("สกรีนโลโก้บนถุงใส่เสื่อ", "screen_printing_service"),
        ],
        bcg=["bio"]),
    Sme("bpe-052", "en", "Chalong Muay Thai Camp", SPORT, DOWN, "Phuket", "info@chalongmuaythai.com",
        needs=[
            n("Muay Thai shorts with our camp logo, 200 pcs", "muay_thai_shorts"),
            n("T-shirts printed with camp logo for sale to students", "printed_tshirt"),
            n("Embroidered patches with camp logo", "embroidered_patch"),
        ]),
    Sme("bpe-053", "th", "อันดามัน เซิร์ฟแวร์", SPORT, DOWN, "Krabi", "andaman.surfwear@gmail.com",
        offers=[
            o("ชุดว่ายน้ำ เสื้อแรชการ์ด กันยูวี", "swimwear"),
        ],
        needs=[
            n("ผ้าไลครารีไซเคิลจากขวดพลาสติก สำหรับเสื้อแรชการ์ด", "recycled_pet_knit_fabric"),
        ],
        bcg=["circular"]),
    Sme("bpe-054", "th", "ชมรมวิ่งขอนแก่น", SPORT, DOWN, "Khon Kaen", "kkrunning.club@gmail.com",
        needs=[
            n("เสื้องานวิ่งผ้าดรายฟิต 3,000 ตัว พิมพ์ลายงาน", "sports_jersey_custom"),
            n("ถุงผ้าใส่ของที่ระลึก (race kit) 3,000 ใบ", "rpet_tote_bag"),
        ]),
    Sme("bpe-055", "en", "Ayutthaya Sock Knitting Factory", SPORT, MID, "Phra Nakhon Si Ayutthaya",
        "ay.sockknit@gmail.com",
        offers=[
            o("Sock sport knit: football, running, anti slip, OEM", "sport_socks"),
        ],
        needs=[
            n("Recycle polyester yarn for eco sock, no need GRS for first lot", "recycled_polyester_yarn",
              waives=("GRS",)),
            n("Cotton yarn combed Ne 30 or Ne 32", "cotton_yarn_machine_spun", "cotton_yarn_organic"),
        ]),
    Sme("bpe-056", "en", "Samut Prakan Knitting Co., Ltd.", SPORT, MID, "Samut Prakan", "spk.knitting@gmail.com",
        offers=[
            o("Dry fit fabric sport, polyester, sweat go out fast, width 72 inch", "sport_knit_fabric"),
        ],
        needs=[
            n("Dye house for dye our grey knit fabric, we send to you", "fabric_dyeing_service"),
        ]),
    # ------------------------------------------------------------------ ageing lifestyle, central
    Sme("bpe-057", "th", "โรงพยาบาลรวมแพทย์บางใหญ่", CENTRAL, DOWN, "Nonthaburi", "purchasing@ruamphaet-bangyai.com",
        needs=[
            n("ผ้ายกตัวผู้ป่วย (ผ้าเคลื่อนย้ายผู้ป่วย) มีหูจับ 8 จุด 50 ผืน", "patient_transfer_sheet"),
            n("ผ้าปูที่นอนโรงพยาบาล ต้องได้มาตรฐาน มอก.", "hospital_bed_sheet",
              certs=("Thai Industrial Standard",)),
            n("หน้ากากอนามัยทางการแพทย์ ใช้แล้วทิ้ง ต้องมี อย.", "surgical_mask_disposable", certs=("Thai FDA",)),
            u("บริการซักรีดผ้าของโรงพยาบาล", "hospital laundry service"),
        ]),
    Sme("bpe-058", "en", "Sukhumvit International Hospital", CENTRAL, DOWN, "Bangkok", "procurement@sih-hospital.com",
        needs=[
            n("Patient transfer sheet / slide sheet, ISO 13485 certified manufacturer only", "patient_transfer_sheet",
              certs=("ISO 13485",)),
            n("Scrubs for nurses, 4 colours, 600 sets", "medical_scrubs"),
            n("Washable incontinence underpad for ward, 300 pcs", "washable_underpad"),
        ]),
    Sme("bpe-059", "th", "บจก. แคร์ชีท เมดิคอล", CENTRAL, DOWN, "Samut Sakhon", "caresheet.med@gmail.com",
        offers=[
            o("ผ้าเคลื่อนย้ายผู้ป่วย ผ้าใบหนา มีหูจับ รับน้ำหนัก 150 กก.", "patient_transfer_sheet"),
            o("ผ้ารองกันเปื้อนผู้ป่วยแบบซักได้ 4 ชั้น", "washable_underpad"),
        ],
        needs=[
            n("ผ้าแคนวาสฝ้ายหนา 16 ออนซ์", "cotton_canvas"),
            n("ผ้าเคลือบกันน้ำ TPU สำหรับชั้นกันซึม", "waterproof_coated_fabric"),
        ],
        certifications=["ISO 13485", "Thai FDA"]),
    Sme("bpe-060", "en", "Bangpu Cotton Weaving Co., Ltd.", CENTRAL, MID, "Samut Prakan", "sales@bangpuweaving.com",
        offers=[
            o("Cotton canvas 10-16 oz, grey (not bleach), width 60 inch", "cotton_canvas"),
            o("Grey fabric cotton 100% for bed sheet and shirt, 40x40", "cotton_fabric_greige"),
        ],
        needs=[
            n("Cotton yarn Ne 20-40 carded and combed, 10 ton/month", "cotton_yarn_machine_spun",
              "cotton_yarn_organic"),
            n("Rag for clean machine, 200 kg/month", "wiping_rags"),
            u("Spare part for air-jet loom", "air-jet loom spare parts"),
        ],
        certifications=["ISO 9001", "OEKO-TEX Standard 100"]),
    Sme("bpe-061", "th", "บจก. ซีเนียร์แคร์ แฟชั่น", CENTRAL, DOWN, "Bangkok", "seniorcare.fashion@gmail.com",
        offers=[
            o("เสื้อผ้าผู้สูงอายุ ใส่ง่าย ผ่าหน้า ติดกระดุมแม่เหล็ก", "elderly_adaptive_clothing"),
        ],
        needs=[
            n("ผ้ายืดคอตตอนนุ่ม ไม่ระคายผิว สำหรับเสื้อผู้สูงอายุ", "cotton_knit_fabric",
              "cotton_knit_fabric_organic"),
            u("กระดุมแม่เหล็กสำหรับเสื้อผู้สูงอายุ", "magnetic buttons"),
            n("โรงงานรับตัดเย็บ ขั้นต่ำไม่เกิน 200 ตัว", "cmt_sewing_service"),
        ]),
    Sme("bpe-062", "en", "Krathum Baen Cotton Knit", CENTRAL, MID, "Samut Sakhon", "kbknit.sales@gmail.com",
        offers=[
            o("Knit fabric cotton 100%, single jersey, rib, interlock, dye colour", "cotton_knit_fabric"),
            o("Organic cotton knit fabric GOTS, for baby wear", "cotton_knit_fabric_organic"),
        ],
        needs=[
            n("Organic cotton yarn Ne 30, must GOTS certificate", "cotton_yarn_organic", certs=("GOTS",)),
            n("Dye house for dye our knit fabric, we send grey", "fabric_dyeing_service"),
        ],
        certifications=["GOTS", "OEKO-TEX Standard 100"]),
    Sme("bpe-063", "th", "บจก. ออร์แกนิก สปินนิ่ง (ไทยแลนด์)", CENTRAL, UP, "Lopburi", "info@organicspinning.co.th",
        offers=[
            o("ด้ายฝ้ายออร์แกนิก Ne 20-40 ได้ GOTS และ OCS", "cotton_yarn_organic"),
        ],
        needs=[
            n("ฝ้ายดิบอินทรีย์ ต้องมีใบรับรอง Organic Thailand", "raw_cotton", certs=("Organic Thailand",)),
        ],
        certifications=["GOTS", "OCS"], bcg=["bio", "green"]),
    Sme("bpe-064", "en", "Little Lanna Organic Baby", CENTRAL, DOWN, "Chiang Mai", "hello@littlelanna.com",
        offers=[
            o("Baby clothes organic cotton: bodysuit, romper, swaddle. GOTS", "baby_clothes_organic"),
        ],
        needs=[
            n("Organic cotton knit fabric, GOTS certified only", "cotton_knit_fabric_organic", certs=("GOTS",)),
            n("Natural dye service for baby cloth, no chemical", "natural_dyeing_service", "indigo_dyeing_service"),
            n("Snap button for baby, nickel free", "buttons_snaps"),
        ],
        certifications=["GOTS"], bcg=["bio"]),
    Sme("bpe-065", "th", "ร้านเด็กน้อยออร์แกนิก", CENTRAL, DOWN, "Bangkok", "deknoi.organic@gmail.com",
        offers=[
            o("พื้นที่วางขายในร้าน 3 สาขา ระบบฝากขาย", "retail_consignment_space"),
        ],
        needs=[
            n("เสื้อผ้าเด็กอ่อนผ้าฝ้ายออร์แกนิก ไม่จำเป็นต้องมี GOTS", "baby_clothes_organic", waives=("GOTS",)),
        ]),
    Sme("bpe-066", "en", "Baan Suk Jai Nursing Home", CENTRAL, DOWN, "Nonthaburi", "baansukjai.care@gmail.com",
        needs=[
            n("Diaper adult tape type size M-L 3,000 piece/month, must have อย. (Thai FDA)",
              "adult_diaper_disposable", certs=("Thai FDA",)),
            n("Mattress for protect bed sore (air or foam)", "pressure_relief_mattress"),
            u("Anti slip mat for bathroom", "anti-slip bathroom mat"),
        ]),
    Sme("bpe-067", "th", "บจก. ไทยแคร์ อนามัยภัณฑ์", CENTRAL, DOWN, "Chachoengsao", "sales@thaicare-hygiene.co.th",
        offers=[
            o("ผ้าอ้อมผู้ใหญ่แบบเทปและแบบกางเกง ได้ อย.", "adult_diaper_disposable"),
            o("แผ่นรองซับใช้แล้วทิ้ง 60x90 ซม.", "disposable_underpad"),
        ],
        needs=[
            n("ผ้าไม่ทอสปันบอนด์ PP 15-20 แกรม", "nonwoven_spunbond"),
            u("เยื่อกระดาษฟลัฟและเม็ดซุปเปอร์แอบซอร์บ", "fluff pulp and superabsorbent"),
        ],
        certifications=["Thai FDA", "ISO 13485", "ISO 9001"]),
    Sme("bpe-068", "en", "Eastern Nonwoven Co., Ltd.", CENTRAL, MID, "Rayong", "sales@easternnonwoven.co.th",
        offers=[
            o("Spunbond PP nonwoven 10-80 gsm, hydrophilic for diaper", "nonwoven_spunbond"),
            o("Meltblown filter fabric for mask, BFE 99", "meltblown_fabric"),
        ],
        certifications=["ISO 9001", "OEKO-TEX Standard 100"]),
    Sme("bpe-069", "th", "บจก. เมดิเท็กซ์", CENTRAL, DOWN, "Pathum Thani", "meditex.th@gmail.com",
        offers=[
            o("หน้ากากอนามัยทางการแพทย์ 3 ชั้น ใช้แล้วทิ้ง ได้ อย.", "surgical_mask_disposable"),
            o("ชุดกาวน์กันน้ำใช้แล้วทิ้ง", "isolation_gown_disposable"),
        ],
        needs=[
            n("ผ้าเมลต์โบลน BFE 99", "meltblown_fabric"),
            n("ผ้าสปันบอนด์ 25 แกรม สีฟ้า", "nonwoven_spunbond"),
            n("ยางยืดคล้องหูแบบกลม", "elastic_tape"),
        ],
        certifications=["Thai FDA", "ISO 13485"]),
    Sme("bpe-070", "en", "Paknampho Bedding Co., Ltd.", CENTRAL, DOWN, "Nakhon Sawan", "paknampho.bedding@gmail.com",
        offers=[
            o("Bed sheet for hospital, cotton-poly, white and blue, pass มอก.", "hospital_bed_sheet"),
            o("Bed sheet and duvet cover for hotel, 250-400 TC", "hotel_bed_linen"),
        ],
        needs=[
            n("Grey fabric cotton or TC for make sheet, width 90 inch", "cotton_fabric_greige",
              "polycotton_woven_fabric"),
        ],
        certifications=["Thai Industrial Standard"]),
    Sme("bpe-071", "th", "โรงย้อมศรีสาคร", CENTRAL, MID, "Samut Sakhon", "srisakhon.dyeing@gmail.com",
        offers=[
            o("ด้ายฝ้ายย้อมสีสำเร็จรูป มีสต็อก 80 สี", "cotton_yarn_dyed"),
            o("รับย้อมผ้าและฟอกขาวผ้าดิบของลูกค้า ขั้นต่ำ 500 กก.", "fabric_dyeing_service"),
        ],
        needs=[
            u("ที่ปรึกษาทำระบบ ISO 14001 และบำบัดน้ำเสีย", "ISO 14001 and wastewater consulting"),
        ]),
    Sme("bpe-072", "th", "ลีลาวดี สปา แอนด์ เวลเนส", CENTRAL, DOWN, "Bangkok", "leelawadee.spa@gmail.com",
        needs=[
            n("ผ้าขนหนูสปาสีขาว 30x60 และ 70x140", "cotton_towel"),
            n("ชุดพนักงานนวด 40 ชุด", "staff_uniform"),
            n("ลูกประคบสมุนไพร 200 ลูก/เดือน", "herbal_compress_ball"),
            n("รังไหมสำหรับขัดหน้า", "silk_cocoon"),
        ],
        bcg=["green"]),
    Sme("bpe-073", "en", "Ratchaburi Towel Factory", CENTRAL, DOWN, "Ratchaburi", "rb.towel@gmail.com",
        offers=[
            o("Towel cotton 100% for hotel and spa, 400-600 gsm, can embroider logo", "cotton_towel"),
            o("Bathrobe waffle and terry, white colour", "bathrobe"),
        ],
        certifications=["OEKO-TEX Standard 100"]),
    Sme("bpe-074", "en", "Kata Bay Resort & Spa", CENTRAL, DOWN, "Phuket", "purchasing@katabayresort.com",
        offers=[
            o("Used towels and bed sheets, about 1 ton a year, free to a recycler", "used_hotel_linen"),
        ],
        needs=[
            n("Hotel bed linen 300 thread count, king and twin", "hotel_bed_linen"),
            n("Bathrobes and towels with embroidered logo", "bathrobe", "cotton_towel"),
        ],
        bcg=["green"]),
    Sme("bpe-075", "en", "Prasert Sewing Machine Ltd., Part.", CENTRAL, MID, "Bangkok", "prasert.sewingmc@gmail.com",
        offers=[
            o("Repair sewing machine industry, single needle, overlock, go to factory",
              "sewing_machine_repair_service"),
            o("Sell sewing machine industry second hand, fix already, guarantee 3 month",
              "industrial_sewing_machine"),
        ]),
    Sme("bpe-076", "th", "บจก. หลับสบาย เบดดิ้ง", CENTRAL, DOWN, "Nonthaburi", "lapsabai.bedding@gmail.com",
        offers=[
            o("หมอนใยสังเคราะห์รีไซเคิล ซักได้", "recycled_fibre_pillow"),
            o("ที่นอนป้องกันแผลกดทับ แบบโฟมและแบบลม", "pressure_relief_mattress"),
        ],
        needs=[
            n("ใยโพลีเอสเตอร์รีไซเคิลสำหรับยัดหมอน ต้องมี GRS", "recycled_polyester_fibrefill", certs=("GRS",)),
        ],
        certifications=["Thai FDA"], bcg=["circular"]),
    Sme("bpe-077", "en", "Siam Heritage Home Decor", CENTRAL, DOWN, "Bangkok", "buy@siamheritagehome.com",
        needs=[
            n("Thai silk fabric for cushion covers, power loom is OK", "silk_fabric_powerloom", "silk_mudmee_fabric"),
            n("Handwoven table runners", "handwoven_home_decor"),
        ]),
    Sme("bpe-078", "th", "ร้านกรีนเดย์ ของใช้รักษ์โลก", CIRC, DOWN, "Bangkok", "greenday.shop@gmail.com",
        needs=[
            n("กระเป๋าผ้ากัญชง", "hemp_bag"),
            n("กระเป๋าทำจากยีนส์เก่า", "upcycled_denim_bag"),
            n("กระเป๋าผ้าฝ้ายทอมือ", "woven_cotton_bag"),
        ],
        bcg=["circular", "green"]),
    # ------------------------------------------------------------------ ageing lifestyle, Isan
    Sme("bpe-079", "en", "Khon Kaen Wood Loom Workshop", ISAN, MID, "Khon Kaen", "kkloom.workshop@gmail.com",
        offers=[
            o("Loom wood for weave by hand (ki tor pha) 1 m and 1.5 m, send and set up", "handloom"),
            o("Machine wind yarn electric for silk and cotton", "yarn_winding_machine"),
        ]),
    Sme("bpe-080", "en", "Ban Haed Community Hospital", ISAN, DOWN, "Khon Kaen", "banhaed.hosp@gmail.com",
        needs=[
            n("Sheet for move patient from bed to stretcher, 30 pcs", "patient_transfer_sheet"),
            n("Cloth mask can wash, local cotton, give old patient at OPD", "cotton_face_mask_washable"),
            n("Pajama for old patient, cotton, open front easy dress", "elderly_adaptive_clothing"),
        ]),
    Sme("bpe-081", "th", "บ้านพักผู้สูงอายุสุขใจ อุดร", ISAN, DOWN, "Udon Thani", "sukjai.udon@gmail.com",
        needs=[
            n("หมอนหนุนนุ่น 40 ใบ", "kapok_pillow"),
            n("เสื่อกกทอมือสำหรับห้องกิจกรรม", "reed_mat"),
            n("ผ้าอ้อมผู้ใหญ่ ไม่ต้องมี ISO 13485 ขอราคาถูก", "adult_diaper_disposable", waives=("ISO 13485",)),
            n("ที่นอนลมป้องกันแผลกดทับ 5 ชุด", "pressure_relief_mattress"),
        ]),
    Sme("bpe-082", "en", "Ban Phon Sai Reed Mat Group", ISAN, DOWN, "Sisaket", "phonsai.suakok@gmail.com",
        offers=[
            o("Mat from kok grass (sua kok) weave by hand, dye colour, size 1x2 m", "reed_mat"),
        ],
        needs=[
            u("Colour for dye kok grass, not fade when sun", "light-fast dye for reed"),
            n("Designer for new pattern and new product (bag, table mat)", "product_design_service"),
        ],
        certifications=["OTOP"]),
    Sme("bpe-083", "th", "กลุ่มตัดเย็บเสื้อผ้าผู้สูงอายุบ้านโพน", ISAN, DOWN, "Kalasin", "banphon.sewing@gmail.com",
        offers=[
            o("เสื้อผ้าฝ้ายสำหรับผู้สูงอายุ ผ่าหน้า ติดตีนตุ๊กแก ใส่ง่าย", "elderly_adaptive_clothing"),
            o("หน้ากากผ้าฝ้ายทอมือ ซักได้ 3 ชั้น", "cotton_face_mask_washable"),
        ],
        needs=[
            n("อบรมการตัดเย็บให้สมาชิกผู้สูงอายุ", "sewing_training"),
        ],
        certifications=["OTOP"]),
    Sme("bpe-084", "en", "Sarakham Herbal Compress Group", ISAN, DOWN, "Maha Sarakham", "sarakham.herbal@gmail.com",
        offers=[
            o("Herbal ball for compress (luk prakob), fresh and dry, have plai, turmeric, lemongrass",
              "herbal_compress_ball"),
        ],
        needs=[
            n("Pha dib white (raw cotton cloth) for wrap the ball, 500 m/month", "cotton_fabric_greige"),
            u("Herb dry plai and turmeric 200 kg", "dried herbs"),
        ],
        certifications=["OTOP"], bcg=["bio"]),
    Sme("bpe-085", "th", "ศูนย์นวดแผนไทยเพื่อสุขภาพ วารินชำราบ", ISAN, DOWN, "Ubon Ratchathani",
        "warin.thaimassage@gmail.com",
        needs=[
            n("ลูกประคบแห้ง 300 ลูก", "herbal_compress_ball"),
            n("เสื้อม่อฮ่อมสำหรับพนักงานนวด", "indigo_shirt_mohom"),
        ]),
    Sme("bpe-086", "en", "Khao Yai Wellness Resort", ISAN, DOWN, "Nakhon Ratchasima", "purchase@khaoyaiwellness.com",
        needs=[
            n("Bathrobes for the spa", "bathrobe"),
            n("Triangle cushions (mon khit) and reed mats for our Isan-style sala",
              "triangle_cushion_khit", "reed_mat"),
            n("Natural-dyed scarves for the gift shop, OTOP preferred but not a must", "scarf_natural_dyed",
              waives=("OTOP",)),
        ],
        bcg=["green"]),
    Sme("bpe-087", "th", "บจก. ปักธงชัยไหมไทย", ISAN, MID, "Nakhon Ratchasima", "pakthongchai.silk@gmail.com",
        offers=[
            o("ผ้าไหมทอเครื่อง หน้ากว้าง 40 นิ้ว มี 30 สี", "silk_fabric_powerloom"),
        ],
        needs=[
            u("เส้นไหมสาวเครื่อง 20/22 ดีเนียร์", "machine-reeled silk yarn"),
            n("ผ้าไหมมัดหมี่ทอมือ ต้องมีตรานกยูงพระราชทาน", "silk_mudmee_fabric",
              certs=("Thai Silk Peacock Emblem",)),
        ]),
    Sme("bpe-088", "en", "Mukdahan Cloth Mask Social Enterprise", ISAN, DOWN, "Mukdahan", "mdh.clothmask@gmail.com",
        offers=[
            o("Mask from cotton cloth, wash and use again, 3 layer, have pocket for filter",
              "cotton_face_mask_washable"),
        ],
        needs=[
            n("Cotton cloth weave by hand, white, 300 m", "cotton_fabric_handwoven_undyed"),
            n("Fabric leftover roll from factory (deadstock), cotton, any colour cheap", "deadstock_fabric"),
        ]),
    Sme("bpe-089", "en", "Northeast Community Finance Co-operative", ISAN, MID, "Nong Khai", "loan@necfcoop.or.th",
        offers=[
            o("Loan for small business and community group, low interest, under 200,000 baht no need collateral",
              "sme_loan"),
            o("Leasing for weaving and sewing machine, 3-5 year", "machinery_leasing"),
        ]),
    Sme("bpe-090", "th", "ศูนย์บริการวิชาการสิ่งทอ มหาสารคาม", ISAN, MID, "Maha Sarakham", "textile.msk@gmail.com",
        offers=[
            o("อบรมตัดเย็บเสื้อผ้าผู้สูงอายุและหน้ากากผ้า ฟรีสำหรับวิสาหกิจชุมชน", "sewing_training"),
            o("ออกแบบลายผ้าและผลิตภัณฑ์ใหม่ให้กลุ่มทอผ้า", "product_design_service"),
        ]),
    Sme("bpe-091", "en", "Digital Baan Rao Co., Ltd.", ISAN, MID, "Khon Kaen", "digitalbaanrao@gmail.com",
        offers=[
            o("Make Facebook page, shoot ads, live sale TikTok for community product, speak Isan and Thai",
              "online_marketing_service"),
            o("Photo product for online shop, have studio", "product_photography"),
        ]),
    Sme("bpe-092", "th", "วิสาหกิจชุมชนตัดเย็บบ้านแก้ง", ISAN, DOWN, "Chaiyaphum", "bankaeng.sewing@gmail.com",
        offers=[
            o("ผ้ายกตัวผู้ป่วย ทำจากผ้าใบ มีหูจับ 6 จุด", "patient_transfer_sheet"),
            o("ผ้ารองซับซักได้ สำหรับผู้ป่วยติดเตียง", "washable_underpad"),
        ],
        needs=[
            n("ผ้าแคนวาสฝ้ายหนา สำหรับทำผ้ายกตัว", "cotton_canvas"),
        ]),
    # ------------------------------------------------------------------ south and others
    Sme("bpe-093", "th", "กลุ่มทอผ้ายกเมืองนคร", HEMP, MID, "Nakhon Si Thammarat", "phayok.nakhon@gmail.com",
        offers=[
            o("ผ้ายกเมืองนครทอมือ ลายดอกพิกุล", "pha_yok_fabric"),
        ],
        needs=[
            n("ด้ายฝ้ายย้อมสีสำเร็จ สีพื้น", "cotton_yarn_dyed"),
            u("ดิ้นทอง ดิ้นเงิน สำหรับทอยก", "metallic thread"),
        ],
        certifications=["OTOP"]),
    Sme("bpe-094", "en", "Pattani Batik Community Enterprise", HEMP, MID, "Pattani", "pattani.batik@gmail.com",
        offers=[
            o("Batik cloth hand draw, cotton and rayon, pattern of the south, 2 m piece", "batik_fabric"),
            o("Teach batik class for tourist group and school", "batik_training"),
        ],
        needs=[
            u("Wax for batik and tjanting tool, good quality from Java", "batik wax and tools"),
        ]),
    Sme("bpe-095", "th", "สมุยบีช รีสอร์ท", CENTRAL, DOWN, "Surat Thani", "samuibeach.resort@gmail.com",
        needs=[
            n("ผ้าปูที่นอนโรงแรม ผ้าคลุมดูเวท์ 200 ชุด", "hotel_bed_linen"),
            n("ชุดพนักงานต้อนรับและแม่บ้าน", "staff_uniform"),
            n("ผ้าบาติกสำหรับตกแต่งห้องพัก", "batik_fabric"),
        ]),
    Sme("bpe-096", "en", "Fibre Story Co., Ltd.", HEMP, DOWN, "Bangkok", "studio@fibrestory.co",
        offers=[
            o("Handwoven pina-cotton fabric and jacket, small batch", "pina_blend_fabric"),
        ],
        needs=[
            n("Pineapple leaf fibre, clean and dry, 50 kg for trial", "pineapple_leaf_fibre"),
            n("Banana fibre yarn or lotus yarn for sample collection", "banana_fibre_yarn", "lotus_fibre_yarn"),
            n("Weaving group who can hand weave with our yarn (we supply yarn)", "commission_handweaving_service"),
        ],
        bcg=["bio"]),
]
# fmt: on

ID_RE = re.compile(r"^bpe-\d{3}$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
THAI_RE = re.compile("[\u0e00-\u0e7f]")
LATIN_RE = re.compile("[A-Za-z]")

TARGET_LINKS = (140, 180)
TARGET_CROSS_SHARE = 0.45
TARGET_UNMET = (15, 25)
TARGET_PROFILES = (90, 100)


def canonical_certs(values: list[str] | tuple[str, ...]) -> set[str]:
    return {resolve_certification(value) or value for value in values}


def script_share(text: str) -> tuple[float, float]:
    thai = len(THAI_RE.findall(text))
    latin = len(LATIN_RE.findall(text))
    total = thai + latin
    return (thai / total, latin / total) if total else (0.0, 0.0)


def compute_links(smes: list[Sme]) -> set[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for supplier in smes:
            if supplier.id == buyer.id:
                continue
            offered = {offer.label for offer in supplier.offers}
            held = canonical_certs(supplier.certifications)
            for need in buyer.needs:
                if offered & set(need.labels) and set(need.certs) <= held:
                    links.add((supplier.id, buyer.id))
                    break
    return links


def check(smes: list[Sme]) -> tuple[list[str], set[tuple[str, str]]]:
    errors: list[str] = []
    ids = [sme.id for sme in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if ids != sorted(ids):
        errors.append("ids not in order")
    if not TARGET_PROFILES[0] <= len(smes) <= TARGET_PROFILES[1]:
        errors.append(f"{len(smes)} profiles")
    offered_by: dict[str, set[str]] = {}
    for sme in smes:
        for offer in sme.offers:
            offered_by.setdefault(offer.label, set()).add(sme.id)
    sub_clusters = {s.value for s in SubCluster}
    stages = {s.value for s in Stage}
    bcg_tags = {b.value for b in BcgTag}
    for sme in smes:
        where = sme.id
        if not ID_RE.match(sme.id):
            errors.append(f"{where}: bad id")
        if sme.sub_cluster not in sub_clusters:
            errors.append(f"{where}: sub_cluster {sme.sub_cluster}")
        if sme.stage not in stages:
            errors.append(f"{where}: stage {sme.stage}")
        if resolve_province(sme.province) is None:
            errors.append(f"{where}: province {sme.province}")
        if sme.language not in ("th", "en"):
            errors.append(f"{where}: language {sme.language}")
        if not sme.name.strip() or not EMAIL_RE.match(sme.contact_email):
            errors.append(f"{where}: name or email")
        for cert in sme.certifications:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not a canonical name")
        if len(set(sme.certifications)) != len(sme.certifications):
            errors.append(f"{where}: repeated certification")
        for tag in sme.bcg:
            if tag not in bcg_tags:
                errors.append(f"{where}: bcg {tag}")
        if len(sme.offers) > 4 or len(sme.needs) > 5:
            errors.append(f"{where}: too many phrases")
        if not sme.offers and not sme.needs:
            errors.append(f"{where}: empty profile")
        for phrase in [offer.text for offer in sme.offers] + [need.text for need in sme.needs]:
            thai, latin = script_share(phrase)
            if sme.language == "th" and thai < 0.5:
                errors.append(f"{where}: Thai profile phrase not mostly Thai: {phrase!r}")
            if sme.language == "en" and latin < 0.8:
                errors.append(f"{where}: English profile phrase not mostly Latin: {phrase!r}")
        for offer in sme.offers:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", offer.label):
                errors.append(f"{where}: bad label {offer.label!r}")
        for need in sme.needs:
            if bool(need.labels) == bool(need.unmet):
                errors.append(f"{where}: need must list labels or be unmet: {need.text!r}")
            for cert in need.certs + need.waives:
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: need certification {cert!r} not canonical")
            if set(need.certs) & set(need.waives):
                errors.append(f"{where}: a certification both required and waived")
            for label in need.labels:
                if not offered_by.get(label, set()) - {sme.id}:
                    errors.append(f"{where}: label {label} is offered by no one else")
            if need.labels:
                suppliers = [
                    other
                    for other in smes
                    if other.id != sme.id
                    and {offer.label for offer in other.offers} & set(need.labels)
                    and set(need.certs) <= canonical_certs(other.certifications)
                ]
                if not suppliers:
                    errors.append(f"{where}: need met by no supplier holding its certifications: {need.text!r}")
    links = compute_links(smes)
    lang = {sme.id: sme.language for sme in smes}
    cross = sum(1 for s, b in links if lang[s] != lang[b])
    unmet = sum(1 for sme in smes for need in sme.needs if need.unmet)
    if not TARGET_LINKS[0] <= len(links) <= TARGET_LINKS[1]:
        errors.append(f"{len(links)} links, target {TARGET_LINKS}")
    if links and cross / len(links) < TARGET_CROSS_SHARE:
        errors.append(f"cross-language share {cross / len(links):.2f} < {TARGET_CROSS_SHARE}")
    if not TARGET_UNMET[0] <= unmet <= TARGET_UNMET[1]:
        errors.append(f"{unmet} unmet needs, target {TARGET_UNMET}")
    th = sum(1 for sme in smes if sme.language == "th")
    if abs(th - len(smes) / 2) > len(smes) * 0.06:
        errors.append(f"{th} Thai profiles of {len(smes)}")
    for name, values in (
        ("sub-cluster", sub_clusters),
        ("stage", stages),
        ("region", {r.value for r in _regions()}),
    ):
        seen = {_attr(sme, name) for sme in smes}
        if seen != values:
            errors.append(f"{name} not all covered: missing {values - seen}")
    if not any(need.certs for sme in smes for need in sme.needs):
        errors.append("no need requires a certification")
    if not any(need.waives for sme in smes for need in sme.needs):
        errors.append("no need waives a certification")
    return errors, links


def _regions() -> list:
    from shared.taxonomy import Region

    return list(Region)


def _attr(sme: Sme, name: str) -> str:
    if name == "sub-cluster":
        return sme.sub_cluster
    if name == "stage":
        return sme.stage
    province = resolve_province(sme.province)
    return province.region.value if province else ""


def profile_json(sme: Sme) -> str:
    record = {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub_cluster,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [offer.text for offer in sme.offers],
        "needs": [need.text for need in sme.needs],
        "certifications": list(sme.certifications),
        "bcg": list(sme.bcg),
        "contact_email": sme.contact_email,
        "language": sme.language,
    }
    return json.dumps(record, ensure_ascii=False)


def stats(smes: list[Sme], links: set[tuple[str, str]]) -> dict[str, object]:
    by_id = {sme.id: sme for sme in smes}
    lang = Counter(sme.language for sme in smes)
    direction = Counter(f"{by_id[s].language}->{by_id[b].language}" for s, b in links)
    return {
        "profiles": len(smes),
        "language": dict(sorted(lang.items())),
        "sub_cluster": dict(sorted(Counter(sme.sub_cluster for sme in smes).items())),
        "stage": dict(sorted(Counter(sme.stage for sme in smes).items())),
        "region": dict(sorted(Counter(_attr(sme, "region") for sme in smes).items())),
        "provinces": len({resolve_province(sme.province).name_en for sme in smes}),  # type: ignore[union-attr]
        "offers": sum(len(sme.offers) for sme in smes),
        "offer_labels": len({offer.label for sme in smes for offer in sme.offers}),
        "needs": sum(len(sme.needs) for sme in smes),
        "needs_met": sum(1 for sme in smes for need in sme.needs if need.labels),
        "needs_unmet": sum(1 for sme in smes for need in sme.needs if need.unmet),
        "needs_requiring_cert": sum(1 for sme in smes for need in sme.needs if need.certs),
        "needs_waiving_cert": sum(1 for sme in smes for need in sme.needs if need.waives),
        "links": len(links),
        "links_by_direction": dict(sorted(direction.items())),
        "links_cross_sub_cluster": sum(1 for s, b in links if by_id[s].sub_cluster != by_id[b].sub_cluster),
    }


def main() -> int:
    errors, links = check(SMES)
    if errors:
        for error in errors:
            print("CHECK FAILED:", error, file=sys.stderr)
        print(json.dumps(stats(SMES, links), ensure_ascii=False, indent=1), file=sys.stderr)
        return 1
    profiles = "".join(profile_json(sme) + "\n" for sme in SMES)
    rows = "".join(f"{s},{b}\n" for s, b in sorted(links))
    (HERE / "profiles.jsonl").write_text(profiles, encoding="utf-8", newline="\n")
    (HERE / "links.csv").write_text("supplier_id,buyer_id\n" + rows, encoding="utf-8", newline="\n")
    print(json.dumps(stats(SMES, links), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
