"""Hand-labelled evaluation set: machine-translated profiles.

Thai owners who wrote their profile in Thai and put it through a machine translator
into English, and foreign-owned firms and exporters who did the reverse into Thai,
with a minority written natively. Every offer carries a label saying what the thing
is; every need lists the labels that would meet it (and the certifications its text
requires) or says that no one in the set meets it. The true links follow from those
labels alone.

Run from the repository root:  .venv/bin/python eval/blind_translated/write.py
It checks everything first and writes nothing if a check fails.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    BcgTag,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    certs: tuple[str, ...] = ()  # certifications the text requires of the supplier
    waives: tuple[str, ...] = ()  # certifications the text names only to say they are not needed
    unmet: str = ""  # when no one in the set meets it: what it asks for


@dataclass
class Sme:
    id: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    language: str
    email: str
    certifications: list[str] = field(default_factory=list)
    bcg: list[str] = field(default_factory=list)
    offers: list[Offer] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)


def Of(text: str, label: str) -> Offer:
    return Offer(text, label)


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, certs, waives)


def U(text: str, unmet: str, waives: tuple[str, ...] = ()) -> Need:
    return Need(text, (), (), waives, unmet)


HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AGE_C = "ageing_lifestyle_central"
AGE_I = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"

# fmt: off
SMES: list[Sme] = [
    # ------------------------------------------------------------ hemp and natural fibre
    Sme(
        "btr-001", "วิสาหกิจชุมชนกลุ่มปลูกกัญชงบ้านแม่สาใหม่", HEMP, UP, "Chiang Mai", "th",
        "maesamai.hemp@gmail.com", ["Organic Thailand"], ["bio"],
        offers=[
            Of("ลำต้นกัญชงตากแห้ง มัดละ 5 กก. ปลูกแบบอินทรีย์ ไม่ใช้สารเคมี", "hemp_stalk_dried"),
            Of("เปลือกกัญชงลอกมือ ตากแห้งแล้ว พร้อมเอาไปแยกเส้นใย", "hemp_fibre_raw"),
        ],
        needs=[
            U("เมล็ดพันธุ์กัญชงสายพันธุ์ใยยาว ที่ขึ้นทะเบียนถูกต้อง", "registered long-fibre hemp seed"),
            N("เครื่องลอกเปลือกกัญชงขนาดเล็ก ใช้ไฟบ้านได้ ราคาไม่เกิน 80,000 บาท", "hemp_decorticator"),
        ],
    ),
    Sme(
        "btr-002", "Hmong Hemp Handicraft Group Ban Khun Wang", HEMP, MID, "Chiang Mai", "en",
        "khunwang.hmonghemp@gmail.com", ["OTOP"], ["bio"],
        offers=[
            Of("Thread hemp spin by hand, color nature, sell by kilogram", "hemp_yarn_handspun"),
            Of(
                "Cloth hemp hand weave, write pattern by wax of bee (batik Hmong) and dye indigo, 1 sheet 3 meter",
                "hemp_fabric_batik_indigo",
            ),
        ],
        needs=[
            N("Want to buy skin of hemp already peel and dry, not yet spin", "hemp_fibre_raw"),
            N("Want water of indigo (paste) natural for dye cloth, 20 kilogram per month", "indigo_paste"),
        ],
    ),
    Sme(
        "btr-003", "บริษัท เฮมพ์ไฟเบอร์ เอเชีย จำกัด", HEMP, MID, "Lamphun", "th",
        "sales@hempfibre-asia.co.th", ["OCS", "ISO 9001"], ["bio", "green"],
        offers=[
            Of("เส้นด้ายกัญชงที่ถูกปั่นโดยเครื่องจักร ขนาดของเส้นด้าย Nm 8 ถึง Nm 14", "hemp_yarn_machine_spun"),
            Of(
                "ผ้าผืนของกัญชงผสมกับฝ้าย (55/45) ถูกทอโดยเครื่องทอแบบเรเปียร์ ความกว้างของหน้าผ้า 150 ซม.",
                "hemp_cotton_blend_fabric",
            ),
        ],
        needs=[
            N("เส้นใยกัญชงดิบซึ่งถูกลอกแล้ว ในปริมาณที่มากกว่า 2 ตันต่อเดือน อย่างต่อเนื่อง", "hemp_fibre_raw"),
            N(
                "เส้นด้ายฝ้ายอินทรีย์ซึ่งได้รับการรับรองมาตรฐาน GOTS สำหรับการผสม Ne 20/1",
                "organic_cotton_yarn",
                certs=("GOTS",),
            ),
            N(
                "การบริการของการย้อมผ้าผืนด้วยสีซึ่งมาจากธรรมชาติ ในระดับของอุตสาหกรรม",
                "natural_dyeing_service",
                "indigo_dyeing_service",
            ),
        ],
    ),
    Sme(
        "btr-004", "Doi Hemp Goods", HEMP, DOWN, "Chiang Rai", "en",
        "hello@doihempgoods.com", [], ["bio"],
        offers=[
            Of("Handwoven hemp tote bags and backpacks, leather trim", "hemp_bag"),
            Of("Hand-spun hemp scarves dyed with mango leaf and indigo", "hemp_scarf_natural_dyed"),
        ],
        needs=[
            N("Handwoven hemp fabric, undyed natural colour, 40-60 m a month", "hemp_fabric_handwoven_undyed"),
            N("Help with product photos and listings for Etsy and Shopee", "online_marketing_service"),
            N("Webbing for bag straps, cotton or recycled polyester, 3 cm wide", "polyester_webbing"),
        ],
    ),
    Sme(
        "btr-005", "กลุ่มทอผ้ากัญชงบ้านห้วยส้าน", HEMP, MID, "Mae Hong Son", "th",
        "huaysan.weaving@gmail.com", ["OTOP"], ["bio"],
        offers=[
            Of("ผ้ากัญชงทอมือ สีธรรมชาติ ไม่ย้อม หน้ากว้าง 40 ซม. ม้วนละ 10 เมตร", "hemp_fabric_handwoven_undyed"),
            Of("รับทอผ้ากัญชงตามแบบ ลูกค้าส่งเส้นด้ายมาเอง คิดค่าแรงเป็นเมตร", "hand_weaving_service"),
        ],
        needs=[
            N("เส้นด้ายกัญชงเข็นมือ เส้นเล็กสม่ำเสมอ", "hemp_yarn_handspun"),
            U("หาคนรับซื้อผ้าประจำทุกเดือน", "regular customers for its own cloth (a sale, not a purchase)"),
        ],
    ),
    Sme(
        "btr-006", "วิสาหกิจชุมชนผ้าครามบ้านดอนกอย", HEMP, MID, "Sakon Nakhon", "th",
        "donkoi.indigo@gmail.com", ["OTOP"], ["bio"],
        offers=[
            Of("ผ้าฝ้ายทอมือย้อมครามธรรมชาติ ลายมัดหมี่ ลายขิด ผืนละ 2 เมตร", "cotton_fabric_handwoven_indigo"),
            Of("รับย้อมครามเส้นด้ายและผ้าของลูกค้า ขั้นต่ำ 5 กิโล สีเข้มอ่อนตามสั่ง", "indigo_dyeing_service"),
            Of("ครามเปียก (เนื้อคราม) จากต้นครามที่ปลูกเอง", "indigo_paste"),
        ],
        needs=[
            N("ฝ้ายเข็นมือ สีขาวธรรมชาติ ยังไม่ย้อม", "cotton_yarn_handspun"),
            N("คนออกแบบลายผ้าให้ทันสมัย ขายคนรุ่นใหม่ได้", "textile_design_service"),
        ],
    ),
    Sme(
        "btr-007", "Ban Na Kha Weaving Group", HEMP, MID, "Udon Thani", "en",
        "nakha.weave@gmail.com", ["OTOP"], ["bio"],
        offers=[
            Of(
                "Cloth cotton hand weave dye indigo pattern mudmee, width 1 meter, 1 sheet 2 meter",
                "cotton_fabric_handwoven_indigo",
            ),
            Of(
                "Scarf cotton dye indigo natural long 180 cm, 1 line 350 baht, beautiful very much",
                "scarf_cotton_indigo",
            ),
        ],
        needs=[
            N("Want to buy thread cotton spin by hand, color white, not dye", "cotton_yarn_handspun"),
            N("Want to buy indigo water ready for dye", "indigo_paste"),
            U(
                "Find buyer for scarf in Bangkok and foreign country",
                "customers for its scarves (a sale, not a purchase)",
            ),
        ],
    ),
    Sme(
        "btr-008", "สวนครามอินทรีย์พรรณานิคม", HEMP, UP, "Sakon Nakhon", "th",
        "phanna.indigofarm@gmail.com", ["Organic Thailand"], ["bio"],
        offers=[
            Of("ต้นครามสด ตัดส่งทุกเช้า ช่วง ส.ค.–ต.ค. ราคา กก.ละ 8 บาท", "indigo_leaves_fresh"),
            Of("เนื้อครามเปียก บรรจุถัง 20 กก. ไม่ผสมสีเคมี", "indigo_paste"),
        ],
        needs=[
            U("ปุ๋ยหมักอินทรีย์ที่ใช้ในแปลงเกษตรอินทรีย์ได้", "organic compost fertiliser"),
        ],
    ),
    Sme(
        "btr-009", "Community Enterprise Natural Color Mae Tha", HEMP, UP, "Lamphun", "en",
        "naturalcolor.maetha@gmail.com", [], ["bio"],
        offers=[
            Of("Lac raw from tree rain (khrang), dry already, for dye color red", "lac_dye_raw"),
            Of(
                "Bark of tree and fruit of ebony for dye color natural, dry and grind, pack 1 kg",
                "natural_dye_materials",
            ),
        ],
        needs=[
            N("Want training dye color natural so color stay not fade when wash", "natural_dye_training"),
        ],
    ),
    Sme(
        "btr-010", "บริษัท คอตตอน ออริจินส์ (ประเทศไทย) จำกัด", HEMP, UP, "Loei", "th",
        "info@cottonorigins.co.th", ["GOTS", "Organic Thailand"], ["bio"],
        offers=[
            Of(
                "ฝ้ายดิบอินทรีย์ซึ่งถูกหีบเมล็ดออกแล้ว (cotton lint) ได้รับการรับรองอินทรีย์",
                "raw_cotton_lint_organic",
            ),
            Of(
                "เส้นด้ายฝ้ายอินทรีย์ที่ถูกปั่นโดยเครื่องจักร Ne 20/1 และ Ne 30/1 ได้รับการรับรอง GOTS",
                "organic_cotton_yarn",
            ),
        ],
        needs=[
            N(
                "ฝ้ายดอกซึ่งยังไม่ถูกหีบเมล็ด จากกลุ่มของเกษตรกร ในพื้นที่ของจังหวัดเลย และ น่าน",
                "raw_seed_cotton",
            ),
            N("บริการของที่ปรึกษาสำหรับการต่ออายุใบรับรอง GOTS ประจำปี", "certification_consulting"),
        ],
    ),
    Sme(
        "btr-011", "กลุ่มเกษตรกรปลูกฝ้ายบ้านนาหนุน", HEMP, UP, "Nan", "th",
        "nanun.cotton@gmail.com", [], ["bio"],
        offers=[
            Of("ฝ้ายดอก (ยังไม่อีดเมล็ด) พันธุ์พื้นเมือง มีทั้งฝ้ายขาวและฝ้ายตุ่น", "raw_seed_cotton"),
            Of("ฝ้ายเข็นมือ เส้นใหญ่ ย้อมสีธรรมชาติจากเปลือกประดู่และขมิ้น", "cotton_yarn_handspun_dyed"),
        ],
        needs=[
            N("อีดฝ้ายแบบมือหมุน ไม้สัก", "cotton_gin_hand"),
            N("หลาปั่นฝ้าย (ไน) ของใหม่ 5 ตัว", "spinning_wheel"),
        ],
    ),
    Sme(
        "btr-012", "Ban Rai Phai Ngam Cotton Hand Spin Group", HEMP, UP, "Chiang Mai", "en",
        "raiphaingam.cotton@gmail.com", [], ["bio"],
        offers=[
            Of(
                "Thread cotton spin by hand, color white nature and color brown (cotton tun), no dye",
                "cotton_yarn_handspun",
            ),
            Of("Cotton clean already take seed out, ready for spin, pack bag 5 kg", "raw_cotton_lint"),
        ],
        needs=[
            N("Want to buy flower cotton (seed cotton) from farmer, local type", "raw_seed_cotton"),
            N("Want loom weave hand 2 set for group start weave cloth from our thread", "handloom_equipment"),
        ],
    ),
    Sme(
        "btr-013", "บริษัท บานาน่า ไฟเบอร์ แล็บ จำกัด", HEMP, UP, "Surat Thani", "th",
        "contact@bananafibrelab.com", [], ["bio", "circular"],
        offers=[
            Of("เส้นใยที่ถูกสกัดจากลำต้นของกล้วย ผ่านการทำให้แห้งและถูกหวีแล้ว", "banana_fibre_raw"),
            Of("เส้นด้ายของการผสมระหว่างใยกล้วยและฝ้าย (30/70) ถูกปั่นด้วยเครื่องจักร", "banana_cotton_blend_yarn"),
        ],
        needs=[
            U("ลำต้นของกล้วยภายหลังการเก็บเกี่ยวเครือ จากเกษตรกรในพื้นที่ใกล้เคียง", "banana trunks from farmers"),
            N("เส้นใยฝ้ายสำหรับการผสม ไม่จำเป็นต้องเป็นอินทรีย์", "raw_cotton_lint", "raw_cotton_lint_organic"),
            N("เครื่องจักรสำหรับการขูดเส้นใยจากกาบกล้วย", "leaf_fibre_scraping_machine"),
        ],
    ),
    Sme(
        "btr-014", "Pineapple Leaf Fiber Community Enterprise Nang Lae", HEMP, UP, "Chiang Rai", "en",
        "nanglae.pinefiber@gmail.com", ["OTOP"], ["bio", "circular"],
        offers=[
            Of("Fiber from leaf of pineapple, scrape by machine, dry in sun, long 50-70 cm", "pineapple_leaf_fibre"),
            Of("Cloth weave from fiber pineapple mix cotton, hand weave, width 80 cm", "pineapple_fibre_fabric"),
        ],
        needs=[
            N("Want machine scrape leaf pineapple, new type fast", "leaf_fibre_scraping_machine"),
            N(
                "Want thread cotton spin by hand for weave mix with fiber pineapple",
                "cotton_yarn_handspun",
                "cotton_yarn_handspun_dyed",
            ),
        ],
    ),
    Sme(
        "btr-015", "สับปะรดไฟเบอร์ สตูดิโอ", HEMP, DOWN, "Bangkok", "th",
        "pinafibre.studio@gmail.com", [], ["bio"],
        offers=[
            Of("กระเป๋าถือผ้าใยสับปะรดทอมือ งานแฮนด์เมด ส่งร้านโรงแรม", "pineapple_fibre_bag"),
            Of("ที่รองแก้วและกล่องทิชชู่ใยสับปะรด", "pineapple_fibre_homeware"),
        ],
        needs=[
            N("ผ้าทอใยสับปะรด หน้ากว้างอย่างน้อย 70 ซม. เดือนละ 50 เมตร", "pineapple_fibre_fabric"),
            U("ซิปทองเหลืองกับหนังแท้สำหรับหูกระเป๋า", "brass zips and leather handles"),
        ],
    ),
    Sme(
        "btr-016", "Bueng Boraphet Lotus Thread Group", HEMP, UP, "Nakhon Sawan", "en",
        "boraphet.lotus@gmail.com", [], ["bio"],
        offers=[
            Of(
                "Thread from stem of lotus, pull by hand, very rare, 1 scarf use lotus 8,000 stem",
                "lotus_yarn_handpulled",
            ),
        ],
        needs=[
            N("Want silk thread reel by hand for mix with lotus thread", "silk_yarn_handreeled"),
            N(
                "Want receive dye thread lotus with color nature, we send thread go",
                "natural_dyeing_service",
                "indigo_dyeing_service",
            ),
        ],
    ),
    Sme(
        "btr-017", "วิสาหกิจชุมชนเลี้ยงไหมบ้านนาโพธิ์", HEMP, UP, "Buriram", "th",
        "napho.silk@gmail.com", ["Thai Silk Peacock Emblem"], ["bio"],
        offers=[
            Of("รังไหมพันธุ์ไทยพื้นบ้าน (รังเหลือง) ขายเป็นกิโล", "silk_cocoons"),
            Of("เส้นไหมสาวมือ ไหมน้อย ไหมลืบ ได้ตรานกยูงพระราชทาน", "silk_yarn_handreeled"),
        ],
        needs=[
            U("ใบหม่อนสด ช่วงหน้าแล้ง", "fresh mulberry leaves"),
            N("ออกแบบกล่องบรรจุภัณฑ์สำหรับเส้นไหม ให้ดูพรีเมียม", "packaging_design_service"),
        ],
    ),
    Sme(
        "btr-018", "Surin Silk Mudmee House", HEMP, MID, "Surin", "en",
        "surinmudmee@gmail.com", ["Thai Silk Peacock Emblem", "OTOP"], ["bio"],
        offers=[
            Of("Cloth silk mudmee weave by hand, color from nature, have bird peacock", "silk_fabric_handwoven"),
            Of("Scarf silk hand weave, 1 line size 50 x 180 cm", "silk_scarf_handwoven"),
        ],
        needs=[
            N(
                "Want thread silk Thai reel by hand, must have Peacock Emblem",
                "silk_yarn_handreeled",
                certs=("Thai Silk Peacock Emblem",),
            ),
            N("Want lac dry for dye red color", "lac_dye_raw"),
        ],
    ),
    Sme(
        "btr-019", "กลุ่มจักสานกระจูดทะเลน้อย", HEMP, DOWN, "Phatthalung", "th",
        "thalenoi.krajood@gmail.com", ["OTOP"], ["bio"],
        offers=[
            Of("เสื่อกระจูดทอมือ ขนาด 1x2 ม. พับได้", "krajood_mat"),
            Of("กระเป๋ากระจูดสาน ลายดอกพิกุล ย้อมสี", "krajood_bag"),
        ],
        needs=[
            N("สีย้อมจากธรรมชาติที่ติดกระจูดได้ดี เช่น เปลือกไม้ ผลมะเกลือ", "natural_dye_materials"),
            N("คนช่วยทำเพจ ยิงแอด ขายของออนไลน์", "online_marketing_service"),
        ],
    ),
    Sme(
        "btr-020", "Andaman Batik House", HEMP, MID, "Krabi", "en",
        "andamanbatik@gmail.com", [], [],
        offers=[
            Of("Cloth batik paint by hand with wax, on cotton and rayon, 1 sheet 2 meter", "batik_fabric_handpainted"),
            Of(
                "Receive paint batik on shirt of customer (customer send shirt come, we paint pattern)",
                "batik_painting_service",
            ),
        ],
        needs=[
            N("Want cloth cotton white no dye for paint batik, 500 meter per month", "cotton_fabric_plain_white"),
            U("Want wax paraffin and wax bee mix for batik, cheap price", "batik wax"),
        ],
    ),
    # ------------------------------------------------------------ circular textile
    Sme(
        "btr-021", "หจก. ส.รุ่งเรืองรีไซเคิล", CIRC, UP, "Nakhon Ratchasima", "th",
        "srungruang.recycle@gmail.com", [], ["circular"],
        offers=[
            Of("ขวดพลาสติก PET ใส อัดก้อน คัดแยกสีแล้ว ก้อนละประมาณ 200 กก.", "pet_bottles_used"),
            Of("เศษผ้าจากโรงงานตัดเย็บ คัดแยกตามสีและชนิดผ้า ขายเป็นกิโล", "textile_cutting_waste"),
        ],
        needs=[
            N("เครื่องอัดก้อนไฮดรอลิก", "baling_press_machine"),
        ],
    ),
    Sme(
        "btr-022", "EcoLoop Fibers (Thailand) Co., Ltd.", CIRC, UP, "Rayong", "en",
        "procurement@ecoloopfibers.com", ["GRS", "ISO 14001"], ["circular"],
        offers=[
            Of("GRS-certified rPET flakes, hot-washed, clear grade", "rpet_flakes"),
            Of("Recycled polyester staple fibre, 1.4D to 15D, GRS", "recycled_polyester_staple_fibre"),
        ],
        needs=[
            N("Post-consumer PET bottles, baled, 20 t a month or more", "pet_bottles_used"),
            N("Textile testing for fibre tenacity and crimp", "textile_testing_physical"),
        ],
    ),
    Sme(
        "btr-023", "บริษัท รีเยิร์น เท็กซ์ไทล์ (ประเทศไทย) จำกัด", CIRC, MID, "Chonburi", "th",
        "th.sales@reyarntextile.com", ["GRS", "OEKO-TEX Standard 100"], ["circular"],
        offers=[
            Of(
                "เส้นด้ายโพลีเอสเตอร์ที่ถูกรีไซเคิล จากขวด PET ได้รับการรับรอง GRS ขนาด 75D/150D",
                "recycled_polyester_yarn",
            ),
            Of(
                "ผ้าถักของโพลีเอสเตอร์รีไซเคิล ซึ่งมีคุณสมบัติการระบายความชื้น สำหรับเสื้อผ้ากีฬา",
                "recycled_polyester_knit_fabric",
            ),
        ],
        needs=[
            N(
                "เกล็ดของ rPET ซึ่งถูกล้างร้อนแล้ว และได้รับการรับรองโดย GRS ในปริมาณ 100 ตัน/เดือน",
                "rpet_flakes",
                certs=("GRS",),
            ),
            N("บริการของการทดสอบในห้องปฏิบัติการ สำหรับความคงทนของสีต่อการซัก", "textile_testing_physical"),
        ],
    ),
    Sme(
        "btr-024", "Sor Charoen Second Hand Clothes", CIRC, UP, "Sa Kaeo", "en",
        "sorcharoen.rongkluea@gmail.com", [], ["circular"],
        offers=[
            Of("Clothes old second hand import bale 45 kg, choose grade A B C already", "used_clothing_bales"),
            Of(
                "Clothes old grade C sell not, for cut make rag or send recycle, sell by ton",
                "textile_post_consumer_waste",
            ),
        ],
        needs=[
            U("Find factory receive clothes old broken to recycle", "an outlet for its unsellable clothes (a sale)"),
        ],
    ),
    Sme(
        "btr-025", "กลุ่มแม่บ้านผ้าเช็ดมือบ้านหนองแค", CIRC, MID, "Saraburi", "th",
        "nongkhae.rags@gmail.com", [], ["circular"],
        offers=[
            Of("ผ้าเช็ดเครื่องจักร ผ้าขี้ริ้ว ตัดจากเสื้อยืดเก่า ขายเป็นกิโล ส่งโรงงาน", "wiping_rags"),
        ],
        needs=[
            N(
                "เสื้อผ้าเก่า เสื้อยืดเก่า ซื้อเป็นกระสอบหรือเป็นตัน",
                "used_clothing_bales",
                "textile_post_consumer_waste",
            ),
            N("เศษผ้ายืดคอตตอนจากโรงงาน ชิ้นใหญ่ ไม่เอาเศษเล็ก", "textile_cutting_waste"),
        ],
    ),
    Sme(
        "btr-026", "Re:Thread Studio", CIRC, DOWN, "Bangkok", "en",
        "studio@rethread.co", [], ["circular"],
        offers=[
            Of("Upcycled patchwork jackets and tote bags made from deadstock denim", "upcycled_garment"),
            Of("Upcycling workshops for corporate teams, half day, up to 30 people", "upcycling_workshop"),
        ],
        needs=[
            N("Deadstock fabric rolls, at least 20 m per colour", "deadstock_fabric_rolls"),
            N("Denim offcuts from cutting rooms, sorted by shade", "denim_cutting_waste"),
        ],
    ),
    Sme(
        "btr-027", "บริษัท ไฟเบอร์รีเจน (ประเทศไทย) จำกัด", CIRC, UP, "Prachinburi", "th",
        "info@fiberregen.co.th", ["GRS", "RCS"], ["circular"],
        offers=[
            Of(
                "เส้นใยฝ้ายที่ถูกรีไซเคิลโดยวิธีการทางกล (การฉีก) จากเศษผ้าก่อนการบริโภค คัดตามสี",
                "recycled_cotton_fibre",
            ),
            Of(
                "บริการของการฉีกเศษผ้าของลูกค้า และส่งคืนในรูปแบบของเส้นใย (tolling) ขั้นต่ำ 3 ตัน",
                "textile_shredding_service",
            ),
        ],
        needs=[
            N(
                "เศษผ้าฝ้าย 100% จากโรงงานตัดเย็บ ซึ่งถูกคัดแยกตามสีแล้ว",
                "textile_cutting_waste",
                "denim_cutting_waste",
            ),
            U("เครื่องจักรสำหรับการฉีกเส้นใย ที่ถูกใช้แล้ว (มือสอง) จากยุโรป", "a second-hand garnetting line"),
        ],
    ),
    Sme(
        "btr-028", "Chai Charoen Spinning Ltd., Part.", CIRC, MID, "Nakhon Pathom", "en",
        "chaicharoen.spin@gmail.com", [], ["circular"],
        offers=[
            Of("Thread recycle cotton open end Ne 6 - Ne 20, color from waste, no dye again", "recycled_cotton_yarn"),
            Of("Receive spin thread from fiber of customer, customer send fiber come", "yarn_spinning_service"),
        ],
        needs=[
            N("Want to buy fiber cotton recycle, length not too short", "recycled_cotton_fibre"),
            N("Want fiber polyester recycle for mix, no need GRS", "recycled_polyester_staple_fibre", waives=("GRS",)),
        ],
    ),
    Sme(
        "btr-029", "หจก. ทอผ้ารีไซเคิลบางบัวทอง", CIRC, MID, "Nonthaburi", "th",
        "bbt.weaving@gmail.com", [], ["circular"],
        offers=[
            Of("ผ้าทอจากด้ายรีไซเคิล ทำผ้าขนหนู ผ้าห่ม ผ้าคลุมโซฟา ขายเป็นม้วน", "recycled_cotton_woven_fabric"),
            Of("รับทอผ้าตามออเดอร์ ลูกค้าส่งด้ายมาเอง เครื่องทอกระสวย", "machine_weaving_service"),
        ],
        needs=[
            N("ด้ายรีไซเคิล OE เบอร์ 10 สีเทา สีกรม", "recycled_cotton_yarn"),
        ],
    ),
    Sme(
        "btr-030", "บริษัท กรีนแพ็ค อีโค แบ็กส์ จำกัด", CIRC, DOWN, "Samut Sakhon", "th",
        "sales@greenpack-ecobags.com", ["GRS"], ["circular"],
        offers=[
            Of("ถุงช้อปปิ้งซึ่งถูกทำจากผ้าของ rPET สามารถพิมพ์โลโก้ของลูกค้าได้ MOQ 3,000 ใบ", "rpet_shopping_bag"),
        ],
        needs=[
            N(
                "ผ้าทอของโพลีเอสเตอร์ที่ถูกรีไซเคิล (ผ้าทอ ไม่ใช่ผ้าถัก) 150 gsm ต้องมีใบรับรอง GRS",
                "recycled_polyester_woven_fabric",
                certs=("GRS",),
            ),
            N("การบริการของการพิมพ์สกรีนโลโก้ลงบนถุง ในจำนวนที่มาก", "screen_printing_service"),
        ],
    ),
    Sme(
        "btr-031", "Siam Tex Mill Co., Ltd.", CIRC, MID, "Samut Prakan", "en",
        "export@siamtexmill.co.th", ["GRS", "OEKO-TEX Standard 100", "ISO 9001"], ["circular"],
        offers=[
            Of(
                "rPET woven fabric, 150-300 gsm, GRS certified, for bags and outerwear",
                "recycled_polyester_woven_fabric",
            ),
            Of("Overstock fabric rolls from export orders, cotton and TC, sold per roll", "deadstock_fabric_rolls"),
            Of(
                "Cotton sheeting 100% cotton, greige or bleached white, width 110 and 150 cm",
                "cotton_fabric_plain_white",
            ),
        ],
        needs=[
            N("GRS recycled polyester filament yarn, 150D/48F", "recycled_polyester_yarn", certs=("GRS",)),
        ],
    ),
    Sme(
        "btr-032", "โรงงานเย็บผ้าสุวรรณการ์เมนท์", CIRC, MID, "Tak", "th",
        "suwan.garment@gmail.com", [], [],
        offers=[
            Of("เศษผ้ายีนส์จากห้องตัด คัดตามเฉดสี อ่อน กลาง เข้ม", "denim_cutting_waste"),
            Of("รับเย็บกางเกงยีนส์ เสื้อแจ็คเก็ต ตามแบบลูกค้า CMT", "garment_sewing_cmt"),
        ],
        needs=[
            N("ช่างซ่อมจักรเย็บอุตสาหกรรม เข้ามาดูที่โรงงาน", "sewing_machine_repair_service"),
            N("จักรโพ้ง 5 เส้น มือสองก็ได้", "industrial_sewing_machine"),
        ],
    ),
    Sme(
        "btr-033", "Second Life Uniforms Co., Ltd.", CIRC, DOWN, "Chonburi", "en",
        "hello@secondlifeuniforms.co.th", ["GRS"], ["circular"],
        offers=[
            Of("Staff uniforms for factories and hotels made from GRS recycled polyester", "work_uniform_recycled"),
            Of(
                "Take-back of old company uniforms, shredded under NDA, certificate of destruction",
                "uniform_takeback_service",
            ),
        ],
        needs=[
            N(
                "Recycled polyester/cotton woven twill for uniforms, GRS",
                "recycled_polyester_woven_fabric",
                certs=("GRS",),
            ),
            N("Shredding partner for our collected uniforms", "textile_shredding_service"),
        ],
    ),
    Sme(
        "btr-034", "ร้านของเก่าเจ๊หมวย", CIRC, UP, "Songkhla", "th",
        "jemuay.kongkao@gmail.com", [], ["circular"],
        offers=[
            Of("ขายขวด PET ขวดน้ำดื่มใสที่รับซื้อจากชุมชน บรรจุกระสอบ ส่งได้ทุกอาทิตย์", "pet_bottles_used"),
        ],
        needs=[
            N("เครื่องอัดก้อนขวดพลาสติก", "baling_press_machine"),
        ],
    ),
    Sme(
        "btr-035", "บริษัท เซอร์คูล่า แมชชีนเนอรี่ จำกัด", CIRC, MID, "Pathum Thani", "th",
        "sales@circula-machinery.co.th", ["ISO 9001"], [],
        offers=[
            Of("เครื่องอัดก้อนไฮดรอลิกสำหรับขวดพลาสติกและเศษผ้า ขนาด 10–50 ตัน", "baling_press_machine"),
            Of("เครื่องลอกเปลือกกัญชงขนาดเล็ก ผลิตในประเทศ", "hemp_decorticator"),
            Of("เครื่องขูดใยสับปะรด ใยกล้วย แบบสายพาน", "leaf_fibre_scraping_machine"),
        ],
        needs=[],
    ),
    Sme(
        "btr-036", "Bangkok Thrift Collective", CIRC, DOWN, "Bangkok", "en",
        "shop@bkkthrift.com", [], ["circular"],
        offers=[
            Of("Curated vintage and second-hand clothing, pop-up markets and online", "vintage_clothing_retail"),
        ],
        needs=[
            N("Bales of used clothing, grade A only, mixed tops and denim", "used_clothing_bales"),
            N("Mending and alteration service for vintage pieces", "garment_repair_service"),
        ],
    ),
    Sme(
        "btr-037", "ร้านซ่อมเสื้อผ้าป้าแดง", CIRC, DOWN, "Bangkok", "th",
        "paadaeng.repair@gmail.com", [], ["circular"],
        offers=[
            Of("ซ่อมเสื้อผ้า เปลี่ยนซิป ตัดขากางเกง ปะกางเกงยีนส์ รับงานร้านเสื้อผ้ามือสอง", "garment_repair_service"),
        ],
        needs=[],
    ),
    Sme(
        "btr-038", "Lamphun Eco Textile Lab", CIRC, MID, "Lamphun", "en",
        "lab@lamphun-ecotex.org", [], ["circular", "green"],
        offers=[
            Of("Design product from cloth waste, make prototype 10 piece", "upcycled_product_design_service"),
            Of("We are receive test shrink and color fast of cloth, report in 7 day", "textile_testing_physical"),
        ],
        needs=[
            N("Want cloth piece waste from factory for make prototype", "textile_cutting_waste", "denim_cutting_waste"),
        ],
    ),
    Sme(
        "btr-039", "วิสาหกิจชุมชนผ้าห่มรีไซเคิลบ้านโนนสูง", CIRC, DOWN, "Khon Kaen", "th",
        "nonsung.blanket@gmail.com", [], ["circular"],
        offers=[
            Of("ผ้าห่มนวมจากผ้าเก่า เย็บปะต่อ ไส้ใยรีไซเคิล", "patchwork_quilt_recycled"),
        ],
        needs=[
            N("ใยโพลีเอสเตอร์รีไซเคิลสำหรับยัดไส้ผ้าห่ม", "recycled_polyester_staple_fibre"),
            N("ผ้าเก่าที่ยังดี สีสด ซื้อเป็นกิโล", "used_clothing_bales", "textile_post_consumer_waste"),
        ],
    ),
    # ------------------------------------------------------------ sportech
    Sme(
        "btr-040", "บริษัท ฟอร์โมซ่า แอคทีฟ นิตติ้ง (ไทยแลนด์) จำกัด", SPORT, MID, "Samut Prakan", "th",
        "thailand@formosa-activeknit.com", ["bluesign", "OEKO-TEX Standard 100"], ["green"],
        offers=[
            Of(
                "ผ้าถักซึ่งมีฟังก์ชันของการดูดซับความชื้นและการแห้งอย่างรวดเร็ว (moisture wicking) 120–180 gsm",
                "moisture_wicking_knit_fabric",
            ),
            Of("ผ้าของการบีบอัด (compression) ไนลอนผสมสแปนเด็กซ์ ยืดได้ 4 ทิศทาง", "compression_knit_fabric"),
        ],
        needs=[
            N("เส้นด้ายไนลอนซึ่งถูกหุ้มด้วยสแปนเด็กซ์ ในปริมาณ 5 ตันต่อเดือน", "nylon_spandex_covered_yarn"),
            N(
                "เส้นด้ายโพลีเอสเตอร์รีไซเคิลซึ่งมีใบรับรอง GRS ที่ยังมีผลบังคับใช้",
                "recycled_polyester_yarn",
                certs=("GRS",),
            ),
        ],
    ),
    Sme(
        "btr-041", "ปริ้นท์ดี สปอร์ต", SPORT, MID, "Nonthaburi", "th",
        "printdee.sport@gmail.com", [], [],
        offers=[
            Of(
                "รับพิมพ์ซับลิเมชั่น เสื้อกีฬา เสื้อวิ่ง ลูกค้าส่งผ้ามาพิมพ์ได้ ไม่มีขั้นต่ำ",
                "sublimation_printing_service",
            ),
            Of("รับสกรีนเสื้อ ถุงผ้า สกรีนโลโก้บริษัท งานด่วน 3 วัน โทร 089-555-0141", "screen_printing_service"),
        ],
        needs=[
            N(
                "ผ้าโพลีเอสเตอร์สีขาวสำหรับพิมพ์ซับลิเมชั่น ผ้าไมโคร ผ้ากีฬาแห้งไว",
                "moisture_wicking_knit_fabric",
                "recycled_polyester_knit_fabric",
            ),
            U("กระดาษซับลิเมชั่นกับหมึก ราคาส่ง", "sublimation paper and ink"),
        ],
    ),
    Sme(
        "btr-042", "Isan Warrior Sport Jersey", SPORT, DOWN, "Khon Kaen", "en",
        "isanwarrior.jersey@gmail.com", [], [],
        offers=[
            Of("Shirt sport football design free, print full body, 1 set 350 baht, 20 body up", "sport_jersey_custom"),
        ],
        needs=[
            N(
                "Want cloth for make shirt sport, dry fast, breathe good",
                "moisture_wicking_knit_fabric",
                "recycled_polyester_knit_fabric",
            ),
            N("Want factory receive sew shirt sport, we send cloth already print", "sportswear_sewing_cmt"),
        ],
    ),
    Sme(
        "btr-043", "โรงงานตัดเย็บชุดกีฬาโพธารามสปอร์ต", SPORT, MID, "Ratchaburi", "th",
        "photharam.sport@gmail.com", [], [],
        offers=[
            Of("รับตัดเย็บชุดกีฬา เสื้อฟุตบอล ชุดวิ่ง ลูกค้าส่งผ้าที่พิมพ์แล้วมาได้", "sportswear_sewing_cmt"),
        ],
        needs=[
            N("ยางยืดขอบกางเกง หน้ากว้าง 3 ซม. สีดำ สีขาว", "elastic_tape"),
            N("จักรลา จักรโพ้ง มือสองสภาพดี", "industrial_sewing_machine"),
        ],
    ),
    Sme(
        "btr-044", "Narrowtex Asia Co., Ltd.", SPORT, MID, "Samut Prakan", "en",
        "sales@narrowtex-asia.com", ["OEKO-TEX Standard 100", "GRS"], [],
        offers=[
            Of("Knitted and woven elastic tapes, 10-60 mm, for waistbands and braces", "elastic_tape"),
            Of("Polyester and recycled polyester webbing for bag and backpack straps", "polyester_webbing"),
        ],
        needs=[
            N("GRS recycled polyester yarn, 150D, for webbing", "recycled_polyester_yarn", certs=("GRS",)),
        ],
    ),
    Sme(
        "btr-045", "บริษัท ทาคาฮาชิ โคทติ้ง (ประเทศไทย) จำกัด", SPORT, MID, "Phra Nakhon Si Ayutthaya", "th",
        "info@takahashi-coating.co.th", ["ISO 9001", "OEKO-TEX Standard 100"], [],
        offers=[
            Of(
                "บริการของการเคลือบกันน้ำและการลามิเนตเมมเบรน TPU บนผ้าผืนของลูกค้า",
                "waterproof_coating_service",
            ),
            Of(
                "ผ้าซึ่งถูกลามิเนตด้วย TPU ที่กันน้ำและสามารถระบายอากาศได้ สำหรับการใช้ทางการแพทย์และกีฬา",
                "tpu_laminated_fabric",
            ),
            Of(
                "ผ้าไนลอนซึ่งถูกเคลือบเพื่อการลดแรงเสียดทาน สำหรับการเคลื่อนย้ายของผู้ป่วย",
                "low_friction_nylon_fabric",
            ),
        ],
        needs=[
            U("ผ้าไนลอนทอ 70D ซึ่งยังไม่ถูกเคลือบ และฟิล์มของ TPU ในปริมาณที่มาก", "undyed nylon greige and TPU film"),
        ],
    ),
    Sme(
        "btr-046", "Pathum Antibac Finishing Ltd., Part.", SPORT, MID, "Pathum Thani", "en",
        "antibac.finishing@gmail.com", [], [],
        offers=[
            Of(
                "Receive finish cloth anti bacteria by silver and chitosan, for cloth of customer",
                "antibacterial_finishing_service",
            ),
            Of("Receive finish cloth anti smell for sock and shirt sport", "antibacterial_finishing_service"),
        ],
        needs=[
            N("Want lab test anti bacteria AATCC 100 for report to customer", "textile_testing_antibacterial"),
        ],
    ),
    Sme(
        "btr-047", "รันเนอร์ซ็อกส์", SPORT, DOWN, "Samut Sakhon", "th",
        "runnersocks.th@gmail.com", [], [],
        offers=[
            Of("ถุงเท้าวิ่ง ข้อสั้น มีกันลื่น ทอชื่องานวิ่งลงถุงเท้าได้ ขั้นต่ำ 300 คู่", "running_socks"),
        ],
        needs=[
            N("ด้ายโพลีเอสเตอร์ระบายอากาศ แบบคูลแม็กซ์", "functional_polyester_yarn"),
            N("ด้ายไนลอนหุ้มสแปนเด็กซ์ 20/70", "nylon_spandex_covered_yarn"),
        ],
    ),
    Sme(
        "btr-048", "Kata Surf & Swim Co.", SPORT, DOWN, "Phuket", "en",
        "orders@katasurfswim.com", [], [],
        offers=[
            Of("UPF 50+ rash guards and board shorts, made in Phuket", "rashguard_swimwear"),
        ],
        needs=[
            U("Chlorine-resistant swim fabric (PBT or Xtra Life type)", "chlorine-resistant swim fabric"),
            N("Short-run sublimation printing of our own artwork on fabric we supply", "sublimation_printing_service"),
        ],
    ),
    Sme(
        "btr-049", "บริษัท ลาเท็กซ์ โยคะ จำกัด", SPORT, DOWN, "Songkhla", "th",
        "sales@latexyoga.asia", ["FSC"], ["bio"],
        offers=[
            Of("เสื่อโยคะซึ่งถูกผลิตจากยางธรรมชาติ ซึ่งผ่านการรับรอง FSC หนา 4 มม.", "natural_rubber_yoga_mat"),
        ],
        needs=[
            N(
                "น้ำยางข้นจากสหกรณ์ของสวนยาง ซึ่งได้รับการรับรอง FSC ในปริมาณ 10 ตัน/เดือน",
                "concentrated_latex",
                certs=("FSC",),
            ),
            U("ผ้าไมโครไฟเบอร์สำหรับผิวหน้าของเสื่อ ซึ่งสามารถถูกพิมพ์ได้", "printable microfibre suede"),
        ],
    ),
    Sme(
        "btr-050", "สหกรณ์กองทุนสวนยางบ้านควนเนียง", SPORT, UP, "Songkhla", "th",
        "khuanniang.coop@gmail.com", ["FSC"], ["bio"],
        offers=[
            Of("น้ำยางข้น 60% ส่งเป็นแท็งก์ ได้ FSC ทั้งสวน", "concentrated_latex"),
            Of("ยางแผ่นรมควัน ชั้น 3", "rubber_sheet_smoked"),
        ],
        needs=[],
    ),
    Sme(
        "btr-051", "Chiang Mai United Football Academy", SPORT, DOWN, "Chiang Mai", "en",
        "cmufa.office@gmail.com", [], [],
        offers=[
            Of("Course football for child age 6-15, every Saturday Sunday", "football_coaching"),
        ],
        needs=[
            N("Want shirt football set for student 300 set, print name and number", "sport_jersey_custom"),
            U("Want sock football long over knee", "long football socks"),
        ],
    ),
    Sme(
        "btr-052", "บริษัท รันนิ่งแลนด์ ออแกไนซ์ จำกัด", SPORT, DOWN, "Bangkok", "th",
        "info@runningland.co.th", [], ["green"],
        offers=[
            Of("จัดงานวิ่งมาราธอน ฮาล์ฟ มินิ ครบวงจร", "event_organising"),
        ],
        needs=[
            N("เสื้อวิ่งที่ระลึกทำจากขวดพลาสติกรีไซเคิล 5,000 ตัว ส่งก่อน 15 พ.ย.", "rpet_sport_shirt"),
            N("ถุงเท้าวิ่งพิมพ์ชื่องาน แจกนักวิ่ง", "running_socks"),
        ],
    ),
    Sme(
        "btr-053", "Everflex Yarns (Thailand) Co., Ltd.", SPORT, UP, "Samut Prakan", "en",
        "th.sales@everflexyarns.com", ["OEKO-TEX Standard 100"], [],
        offers=[
            Of("Nylon 6 air-covered and spandex-covered yarns, 20D to 70D", "nylon_spandex_covered_yarn"),
            Of("Cooling cross-section polyester filament yarn for activewear", "functional_polyester_yarn"),
        ],
        needs=[],
    ),
    Sme(
        "btr-054", "บริษัท เค-แอคทีฟ แอพพาเรล (ประเทศไทย) จำกัด", SPORT, DOWN, "Chonburi", "th",
        "th.office@k-activeapparel.com", ["GRS"], ["circular"],
        offers=[
            Of("เสื้อวิ่งซึ่งถูกผลิตจากโพลีเอสเตอร์ที่ถูกรีไซเคิล 100% ได้รับการรับรอง GRS", "rpet_sport_shirt"),
            Of("สปอร์ตแวร์ภายใต้แบรนด์ของลูกค้า (OEM) ตั้งแต่การออกแบบจนถึงการบรรจุ", "sportswear_oem"),
        ],
        needs=[
            N(
                "ผ้าถักของโพลีเอสเตอร์ซึ่งถูกรีไซเคิล ได้รับการรับรอง GRS สำหรับเสื้อวิ่ง",
                "recycled_polyester_knit_fabric",
                certs=("GRS",),
            ),
            N("บริการของการพิมพ์แบบซับลิเมชั่นบนผ้าผืนของเรา", "sublimation_printing_service"),
            N("ป้ายคอเสื้อแบบ heat transfer ซึ่งไม่ทำให้เกิดการคัน", "heat_transfer_label"),
        ],
    ),
    Sme(
        "btr-055", "Label Print Bangkok Ltd., Part.", SPORT, MID, "Bangkok", "en",
        "labelprintbkk@gmail.com", [], [],
        offers=[
            Of("Label heat transfer for neck shirt, no itch, print small quantity 500 piece up", "heat_transfer_label"),
            Of("Tag hang paper print logo, string cotton", "hang_tag"),
        ],
        needs=[
            U("Want film PU for heat transfer from Japan", "PU heat-transfer film"),
        ],
    ),
    Sme(
        "btr-056", "ร้านกางเกงมวยไทยศิษย์ครูแดง", SPORT, DOWN, "Bangkok", "th",
        "sitkrudaeng.muaythai@gmail.com", [], [],
        offers=[
            Of("กางเกงมวยไทยผ้าซาติน ปักชื่อค่ายได้ ส่งนอก", "muay_thai_shorts"),
        ],
        needs=[
            U("ผ้าซาตินโพลีเอสเตอร์เงา สีสด ม้วนละ 50 หลา", "glossy polyester satin"),
            N("ร้านปักชื่อปักโลโก้ รับงานเยอะ ส่งไว", "embroidery_service"),
        ],
    ),
    Sme(
        "btr-057", "Nonthaburi Embroidery Computer", SPORT, MID, "Nonthaburi", "en",
        "ntb.embroidery@gmail.com", [], [],
        offers=[
            Of(
                "Receive embroider logo by computer machine on shirt of customer, machine 12 head",
                "embroidery_service",
            ),
        ],
        needs=[],
    ),
    Sme(
        "btr-058", "บริษัท สเปเซอร์เทค เอเชีย จำกัด", SPORT, MID, "Rayong", "th",
        "asia@spacertech.de", ["OEKO-TEX Standard 100"], [],
        offers=[
            Of(
                "ผ้าตาข่ายสามมิติ (spacer mesh) สำหรับส่วนบนของรองเท้ากีฬา และเบาะรองนั่งซึ่งระบายอากาศ",
                "spacer_mesh_fabric",
            ),
        ],
        needs=[
            N("เส้นด้ายโพลีเอสเตอร์ซึ่งถูกรีไซเคิล โดยไม่จำเป็นต้องมี GRS", "recycled_polyester_yarn", waives=("GRS",)),
        ],
    ),
    Sme(
        "btr-059", "TexLab Analytics Co., Ltd.", SPORT, MID, "Bangkok", "en",
        "lab@texlab-analytics.com", ["ISO 9001"], [],
        offers=[
            Of(
                "Physical testing of yarn and fabric: tenacity, shrinkage, pilling, colourfastness",
                "textile_testing_physical",
            ),
            Of("Antibacterial and antiviral testing to AATCC 100 and ISO 20743", "textile_testing_antibacterial"),
        ],
        needs=[],
    ),
    # ------------------------------------------------------------ ageing lifestyle, central
    Sme(
        "btr-060", "Sukhumvit Premier Hospital", AGE_C, DOWN, "Bangkok", "en",
        "purchasing@sukhumvitpremier.com", ["ISO 9001"], [],
        offers=[],
        needs=[
            N(
                "Reusable patient transfer (slide) sheets from an ISO 13485 certified manufacturer",
                "patient_transfer_sheet",
                certs=("ISO 13485",),
            ),
            N(
                "Fitted hospital bed sheets, 100% cotton or TC, OEKO-TEX Standard 100",
                "hospital_bed_sheet",
                certs=("OEKO-TEX Standard 100",),
            ),
            N("Nurse and doctor scrubs, custom colours per department", "medical_uniform"),
        ],
    ),
    Sme(
        "btr-061", "บ้านพักผู้สูงอายุบ้านสุขใจ นนทบุรี", AGE_C, DOWN, "Nonthaburi", "th",
        "baansukjai.nursinghome@gmail.com", [], [],
        offers=[
            Of("รับดูแลผู้สูงอายุ รายวัน รายเดือน มีพยาบาลวิชาชีพ 24 ชม.", "elderly_care_service"),
        ],
        needs=[
            N(
                "ผ้าอ้อมผู้ใหญ่แบบเทป ไซซ์ L ต้องมีเลข อย. เดือนละ 40 ลัง",
                "adult_diaper_disposable",
                certs=("Thai FDA",),
            ),
            N("แผ่นรองซับแบบซักได้ ใช้ซ้ำ ไม่อยากใช้แบบทิ้งแล้ว", "washable_incontinence_underpad"),
            N("เสื้อผ้าผู้สูงอายุแบบใส่ง่าย ถอดง่าย ไม่ต้องยกแขน", "adaptive_clothing_elderly"),
            N("เบาะรองนั่งกันแผลกดทับ สำหรับรถเข็น", "pressure_relief_cushion"),
        ],
    ),
    Sme(
        "btr-062", "บริษัท ยูนิแคร์ ไฮจีน (ประเทศไทย) จำกัด", AGE_C, DOWN, "Samut Prakan", "th",
        "th.sales@unicare-hygiene.co.jp", ["Thai FDA", "ISO 13485", "ISO 9001"], [],
        offers=[
            Of(
                "ผ้าอ้อมสำหรับผู้ใหญ่ ชนิดที่ใช้แล้วทิ้ง แบบเทปและแบบกางเกง ซึ่งได้ถูกขึ้นทะเบียนกับ อย. แล้ว"
                " ด้วยคุณภาพในระดับสากลและราคาที่สามารถแข่งขันได้",
                "adult_diaper_disposable",
            ),
            Of("แผ่นรองซับชนิดที่ใช้แล้วทิ้ง สำหรับเตียงของผู้ป่วย ขนาด 60x90 ซม.", "disposable_underpad"),
        ],
        needs=[
            N("ผ้าไม่ถักไม่ทอชนิดสปันบอนด์ ซึ่งมีคุณสมบัติของ hydrophilic น้ำหนัก 15 gsm", "spunbond_nonwoven"),
            U("เยื่อกระดาษฟลัฟ (fluff pulp) และ SAP สำหรับแกนซึมซับ", "fluff pulp and superabsorbent polymer"),
        ],
    ),
    Sme(
        "btr-063", "Rayong Nonwovens Co., Ltd.", AGE_C, MID, "Rayong", "en",
        "sales@rayongnonwovens.com", ["ISO 9001", "OEKO-TEX Standard 100"], [],
        offers=[
            Of("PP spunbond nonwoven 10-100 gsm, hydrophilic or hydrophobic", "spunbond_nonwoven"),
            Of("Meltblown nonwoven for mask filter layers, BFE 99%", "meltblown_nonwoven"),
        ],
        needs=[],
    ),
    Sme(
        "btr-064", "หจก. เมดิเท็กซ์ ปทุม", AGE_C, DOWN, "Pathum Thani", "th",
        "meditex.pathum@gmail.com", ["ISO 13485"], [],
        offers=[
            Of(
                "ผ้าเลื่อนตัวผู้ป่วย (ผ้ายกตัว) ซักได้ ใช้ซ้ำ มีหูจับ 6 จุด รับน้ำหนัก 150 กก.",
                "patient_transfer_sheet",
            ),
            Of("ผ้ารองกันเปื้อนที่นอนแบบกันน้ำ รัดมุม ซักได้", "waterproof_mattress_protector"),
        ],
        needs=[
            N("ผ้าไนลอนเนื้อลื่น สำหรับตัดผ้าเลื่อนตัวผู้ป่วย", "low_friction_nylon_fabric"),
            N("ผ้าเคลือบ TPU กันน้ำ ระบายอากาศ สำหรับผ้ารองที่นอน", "tpu_laminated_fabric"),
        ],
    ),
    Sme(
        "btr-065", "Siam Scrubs Uniform", AGE_C, DOWN, "Bangkok", "en",
        "siamscrubs@gmail.com", [], [],
        offers=[
            Of("Clothes doctor nurse (scrub) sew by order, have many color, 1 set 450 baht", "medical_uniform"),
            Of("Shirt uniform for company and hotel staff, embroider logo", "work_uniform"),
        ],
        needs=[
            N("Want cloth TC 65/35 twill for sew scrub, 1,000 yard per month", "tc_uniform_fabric"),
            N("Want receive finish anti bacteria for cloth of us before cut", "antibacterial_finishing_service"),
        ],
    ),
    Sme(
        "btr-066", "บริษัท ไทยวีฟวิ่ง อินดัสทรีส์ จำกัด", AGE_C, MID, "Saraburi", "th",
        "marketing@thaiweaving-ind.com", ["OEKO-TEX Standard 100", "ISO 9001"], [],
        offers=[
            Of(
                "ผ้าทอทวิลของโพลีเอสเตอร์/ฝ้าย (TC 65/35) สำหรับชุดยูนิฟอร์มและชุดทางการแพทย์",
                "tc_uniform_fabric",
            ),
            Of("ผ้าซาตินของฝ้าย 100% ความกว้าง 280 ซม. สำหรับผ้าปูเตียงของโรงแรม", "cotton_sateen_wide_fabric"),
        ],
        needs=[
            U(
                "เส้นด้ายฝ้ายหวีซึ่งถูกปั่นแบบวงแหวน Ne 40/1 ที่ได้รับการรับรอง Better Cotton",
                "Better Cotton combed ring-spun yarn",
            ),
        ],
    ),
    Sme(
        "btr-067", "บริษัท ลินินแคร์ ลอนดรี้ จำกัด", AGE_C, DOWN, "Chonburi", "th",
        "linencare.laundry@gmail.com", [], [],
        offers=[
            Of("ซักรีดผ้าปูที่นอน ผ้าขนหนู ให้โรงแรมและโรงพยาบาล รถรับ–ส่งถึงที่", "linen_laundry_service"),
            Of("ให้เช่าผ้าปูที่นอนโรงแรมรวมค่าซัก คิดเป็นชุดต่อคืน", "linen_rental_service"),
        ],
        needs=[
            N("ผ้าปูที่นอนโรงแรม คอตตอน 100% 250 เส้นด้าย สีขาว 600 ชุด", "hotel_bed_sheet"),
            N("ผ้าขนหนูโรงแรม 16 ปอนด์ สีขาว", "cotton_towel"),
        ],
    ),
    Sme(
        "btr-068", "Baan Sabai Wellness Spa", AGE_C, DOWN, "Prachuap Khiri Khan", "en",
        "hello@baansabaispa.com", [], ["green"],
        offers=[
            Of("Thai massage and spa programmes for senior guests, Hua Hin", "spa_service"),
        ],
        needs=[
            N("Herbal compress balls delivered weekly, around 200 a week", "herbal_compress_ball"),
            N("Spa towels in natural cotton, white and sand colours", "cotton_towel"),
            N("Loose cotton massage clothes for guests", "spa_massage_clothes"),
        ],
    ),
    Sme(
        "btr-069", "วิสาหกิจชุมชนลูกประคบสมุนไพรบ้านโป่ง", AGE_C, DOWN, "Ratchaburi", "th",
        "banpong.lukprakob@gmail.com", ["OTOP"], ["bio"],
        offers=[
            Of("ลูกประคบสมุนไพรสดและแบบแห้ง ลูกละ 100 กรัม ส่งร้านสปา ร้านนวด", "herbal_compress_ball"),
            Of("ชุดนวดผ้าฝ้าย เสื้อ+กางเกงเล สำหรับร้านนวด สปา", "spa_massage_clothes"),
        ],
        needs=[
            N("ผ้าดิบฝ้ายสีขาวสำหรับห่อลูกประคบ ซื้อเป็นพับ", "cotton_fabric_plain_white"),
            N("คนช่วยขายออนไลน์ ทำเพจ", "online_marketing_service"),
        ],
    ),
    Sme(
        "btr-070", "บริษัท สยาม เทอร์รี่ ทาวเวล จำกัด", AGE_C, MID, "Samut Sakhon", "th",
        "sales@siamterrytowel.com", ["OEKO-TEX Standard 100"], [],
        offers=[
            Of(
                "ผ้าขนหนูของฝ้าย 100% สำหรับโรงแรมและสปา ซึ่งผ่านการรับรองโดย OEKO-TEX",
                "cotton_towel",
            ),
            Of("เสื้อคลุมของการอาบน้ำ ชนิดผ้าขนหนู สำหรับโรงแรม", "bathrobe_terry"),
        ],
        needs=[
            N(
                "เส้นด้ายฝ้ายอินทรีย์สำหรับผ้าขนหนูรุ่นพรีเมียม โดยไม่จำเป็นต้องมีใบรับรอง GOTS",
                "organic_cotton_yarn",
                waives=("GOTS",),
            ),
        ],
    ),
    Sme(
        "btr-071", "Nakhon Pathom Bed Sheet Factory", AGE_C, DOWN, "Nakhon Pathom", "en",
        "npbedsheet@gmail.com", ["OEKO-TEX Standard 100"], [],
        offers=[
            Of("Sheet bed for hospital, cloth cotton 100%, corner elastic, sew by order", "hospital_bed_sheet"),
            Of("Sheet bed hotel color white 250 thread, have pillow case", "hotel_bed_sheet"),
        ],
        needs=[
            N("Want cloth cotton satin wide 280 cm for sew sheet bed", "cotton_sateen_wide_fabric"),
        ],
    ),
    Sme(
        "btr-072", "ใส่ง่าย แบรนด์เสื้อผ้าผู้สูงวัย", AGE_C, DOWN, "Bangkok", "th",
        "saingai.brand@gmail.com", [], [],
        offers=[
            Of(
                "เสื้อผ้าผู้สูงอายุ ใส่ง่าย ติดแม่เหล็กแทนกระดุม ผ่าหลังสำหรับผู้ป่วยติดเตียง",
                "adaptive_clothing_elderly",
            ),
        ],
        needs=[
            N("ผ้ายืดคอตตอนเนื้อนิ่ม ไม่ระคายผิว", "cotton_jersey_knit_fabric", "organic_cotton_jersey_fabric"),
            N("คนทำแพทเทิร์นเสื้อผ้าสำหรับคนนั่งรถเข็น", "apparel_pattern_making_service"),
        ],
    ),
    Sme(
        "btr-073", "Ang Thong Pillow Cushion", AGE_C, DOWN, "Ang Thong", "en",
        "angthongpillow@gmail.com", [], [],
        offers=[
            Of("Cushion sit prevent wound from press (bed sore) for patient, foam memory", "pressure_relief_cushion"),
            Of("Pillow latex for old people, support neck, no smell", "latex_pillow"),
        ],
        needs=[
            N("Want latex water concentrate 60% for make pillow", "concentrated_latex"),
            N("Want cloth cover breathe air good, type 3D mesh", "spacer_mesh_fabric"),
        ],
    ),
    Sme(
        "btr-074", "บริษัท ลิตเติ้ล ออร์แกนิก คิดส์ จำกัด", AGE_C, DOWN, "Bangkok", "th",
        "hello@littleorganickids.com.au", ["GOTS"], ["green"],
        offers=[
            Of("เสื้อผ้าของเด็กทารก ซึ่งถูกผลิตจากฝ้ายอินทรีย์ และได้รับการรับรอง GOTS", "baby_clothes_organic"),
        ],
        needs=[
            N(
                "ผ้าถักซิงเกิลเจอร์ซีย์ของฝ้ายอินทรีย์ ต้องได้รับการรับรอง GOTS สำหรับเสื้อผ้าของทารก",
                "organic_cotton_jersey_fabric",
                certs=("GOTS",),
            ),
        ],
    ),
    Sme(
        "btr-075", "Green Knit Organics Co., Ltd.", AGE_C, MID, "Saraburi", "en",
        "info@greenknitorganics.com", ["GOTS", "OCS"], ["green"],
        offers=[
            Of("GOTS organic cotton single jersey and interlock, 160-220 gsm", "organic_cotton_jersey_fabric"),
            Of("Conventional combed cotton jersey, soft hand, 180 gsm", "cotton_jersey_knit_fabric"),
        ],
        needs=[
            N("GOTS-certified organic cotton yarn, Ne 30/1 combed", "organic_cotton_yarn", certs=("GOTS",)),
        ],
    ),
    Sme(
        "btr-076", "Samut Prakan Mask Factory Ltd., Part.", AGE_C, DOWN, "Samut Prakan", "en",
        "spmask.factory@gmail.com", ["Thai FDA", "Thai Industrial Standard"], [],
        offers=[
            Of("Mask medical 3 layer use one time throw, have FDA number, box 50 piece", "surgical_mask_disposable"),
            Of("Mask cloth cotton 2 layer, wash can use again", "cloth_mask_washable"),
        ],
        needs=[
            N("Want cloth melt blown BFE 99 for middle layer mask", "meltblown_nonwoven"),
            N("Want cloth spunbond 25 gsm color blue and white", "spunbond_nonwoven"),
        ],
    ),
    Sme(
        "btr-077", "บริษัท ดิจิตอลบูสต์ มาร์เก็ตติ้ง จำกัด", AGE_C, DOWN, "Bangkok", "th",
        "contact@digitalboost.co.th", [], [],
        offers=[
            Of("รับทำเพจ ยิงแอด Facebook TikTok ถ่ายรูปสินค้า สำหรับ SME และวิสาหกิจชุมชน", "online_marketing_service"),
            Of("ทำเว็บไซต์ขายของ เชื่อมกับ Shopee Lazada", "ecommerce_website_service"),
        ],
        needs=[],
    ),
    Sme(
        "btr-078", "Studio Ruam Design", AGE_C, MID, "Nonthaburi", "en",
        "studio@ruamdesign.co", [], [],
        offers=[
            Of("Textile and print design, colour stories and collections for weaving groups", "textile_design_service"),
            Of(
                "Garment pattern making and grading, including adaptive and seated-wear patterns",
                "apparel_pattern_making_service",
            ),
            Of("Packaging and label design for craft and wellness brands", "packaging_design_service"),
        ],
        needs=[
            N("A sample room to sew prototypes in small runs", "garment_sewing_cmt"),
        ],
    ),
    Sme(
        "btr-079", "บริษัท เอส.ซี. เซอร์ท คอนซัลแทนท์ จำกัด", AGE_C, DOWN, "Bangkok", "th",
        "info@sc-certconsult.co.th", [], [],
        offers=[
            Of(
                "ที่ปรึกษายื่นขอ อย. เครื่องมือแพทย์ ISO 13485 และมาตรฐานสิ่งทอ GOTS GRS ครบวงจร",
                "certification_consulting",
            ),
        ],
        needs=[],
    ),
    # ------------------------------------------------------------ ageing lifestyle, Isan
    Sme(
        "btr-080", "โรงพยาบาลเอกชนอีสานเวชการ", AGE_I, DOWN, "Khon Kaen", "th",
        "jatsue@isanvejchakarn.co.th", ["ISO 9001"], [],
        offers=[],
        needs=[
            N("ผ้าเลื่อนตัวผู้ป่วย (ผ้ายกตัว) สำหรับหอผู้ป่วยใน 40 ผืน", "patient_transfer_sheet"),
            N("แผ่นรองซับชนิดใช้แล้วทิ้ง ต้องมีเลขทะเบียน อย.", "disposable_underpad", certs=("Thai FDA",)),
            N("ชุดพยาบาลและเสื้อกาวน์แพทย์ ตัดตามไซซ์", "medical_uniform"),
        ],
    ),
    Sme(
        "btr-081", "Baan Oon Jai Elderly Care Home", AGE_I, DOWN, "Udon Thani", "en",
        "baanoonjai.udon@gmail.com", [], [],
        offers=[
            Of("Care old people day and month, have nurse 24 hour", "elderly_care_service"),
        ],
        needs=[
            N("Want diaper adult type pants size L, XL, 300 piece per month", "adult_diaper_disposable"),
            N("Want pants absorb urine can wash for old people who still walk", "washable_incontinence_pants"),
            N("Want pillow triangle for lean back when sit on floor", "khit_triangle_pillow"),
        ],
    ),
    Sme(
        "btr-082", "วิสาหกิจชุมชนหมอนขิดบ้านศรีฐาน", AGE_I, DOWN, "Yasothon", "th",
        "sithan.mornkhit@gmail.com", ["OTOP"], ["bio"],
        offers=[
            Of("หมอนขิดสามเหลี่ยม 10 ช่อง ยัดนุ่นแท้ ส่งทั่วประเทศ สั่งทางไลน์ @sithankhit", "khit_triangle_pillow"),
            Of("เบาะรองนั่งลายขิด พับได้ 3 ตอน", "khit_floor_cushion"),
        ],
        needs=[
            N("นุ่นดิบ แกะเมล็ดแล้ว เดือนละ 500 กิโล", "kapok_fibre"),
            N("เงินทุนหมุนเวียนดอกเบี้ยต่ำ ไว้ซื้อนุ่นตุนช่วงหน้าเก็บ", "microloan"),
            N("คนทำตลาดออนไลน์ให้กลุ่ม", "online_marketing_service"),
        ],
    ),
    Sme(
        "btr-083", "Kalasin Kapok Group", AGE_I, UP, "Kalasin", "en",
        "kalasinkapok@gmail.com", [], ["bio"],
        offers=[
            Of("Fiber kapok clean, take seed out already, for stuff pillow and mattress", "kapok_fibre"),
            Of("Seed kapok for press oil", "kapok_seed"),
        ],
        needs=[
            N("Want loan small for buy kapok in season harvest, pay back after sell", "microloan"),
        ],
    ),
    Sme(
        "btr-084", "กลุ่มทอเสื่อกกบ้านแพง", AGE_I, DOWN, "Maha Sarakham", "th",
        "banphaeng.suakok@gmail.com", ["OTOP"], ["bio"],
        offers=[
            Of("เสื่อกกทอมือ ลายขิด พับได้ เหมาะกับผู้สูงอายุนั่งสมาธิ", "reed_mat"),
        ],
        needs=[
            N("สีย้อมธรรมชาติสำหรับย้อมกก ไม่ตกสี", "natural_dye_materials"),
            N("อบรมย้อมสีธรรมชาติให้สมาชิกกลุ่ม 20 คน", "natural_dye_training"),
        ],
    ),
    Sme(
        "btr-085", "Khon Kaen Elderly Fashion Mudmee", AGE_I, DOWN, "Khon Kaen", "en",
        "kkmudmeefashion@gmail.com", [], [],
        offers=[
            Of(
                "Clothes for old people from cloth mudmee cotton, wear easy, button big, open front",
                "adaptive_clothing_elderly",
            ),
        ],
        needs=[
            N("Want cloth cotton hand weave mudmee, soft, not hard", "cotton_fabric_handwoven_indigo"),
        ],
    ),
    Sme(
        "btr-086", "กลุ่มตัดเย็บแผ่นรองซับบ้านหนองบัวแดง", AGE_I, DOWN, "Chaiyaphum", "th",
        "nongbuadaeng.sewing@gmail.com", [], ["circular"],
        offers=[
            Of("แผ่นรองซับฉี่ผู้ป่วยติดเตียง แบบซักได้ 4 ชั้น ใช้ได้ 300 ครั้ง", "washable_incontinence_underpad"),
            Of("กางเกงซับฉี่ผู้สูงอายุ ซักได้ ใส่เดินได้", "washable_incontinence_pants"),
        ],
        needs=[
            N("ผ้า PUL กันน้ำ สำหรับชั้นล่างของแผ่นรองซับ", "tpu_laminated_fabric"),
            N("จักรเย็บอุตสาหกรรม จักรเข็มเดี่ยว 5 ตัว", "industrial_sewing_machine"),
        ],
    ),
    Sme(
        "btr-087", "ร้านจักรเย็บผ้า ส.เจริญยนต์", AGE_I, MID, "Khon Kaen", "th",
        "sjaroenyont.kk@gmail.com", [], [],
        offers=[
            Of("ขายจักรเย็บอุตสาหกรรม จักรเข็มเดี่ยว จักรโพ้ง จักรลา ใหม่และมือสอง", "industrial_sewing_machine"),
            Of("รับซ่อมจักรนอกสถานที่ ไปถึงโรงงาน", "sewing_machine_repair_service"),
        ],
        needs=[],
    ),
    Sme(
        "btr-088", "Isan Capital Leasing Co., Ltd.", AGE_I, DOWN, "Khon Kaen", "en",
        "isancapital.leasing@gmail.com", [], [],
        offers=[
            Of("Lease machine sew and loom for SME, pay by month, no need person guarantee", "machinery_leasing"),
            Of("Loan small for group women weave and sew, interest low", "microloan"),
        ],
        needs=[],
    ),
    Sme(
        "btr-089", "ศูนย์ฟื้นฟูผู้สูงวัยอุบลเวลเนส", AGE_I, DOWN, "Ubon Ratchathani", "th",
        "ubonwellness.rehab@gmail.com", [], [],
        offers=[
            Of("กายภาพบำบัดผู้สูงอายุ นวดแผนไทย ประคบสมุนไพร", "elderly_rehab_service"),
        ],
        needs=[
            N("ลูกประคบสมุนไพร เดือนละ 300 ลูก", "herbal_compress_ball"),
            N("เบาะรองนั่งกันแผลกดทับ", "pressure_relief_cushion"),
            N("ผ้าขนหนูผืนเล็ก ผ้าฝ้าย", "cotton_towel"),
        ],
    ),
    Sme(
        "btr-090", "Community Enterprise Herb Ball Ban Nong Khon", AGE_I, DOWN, "Sisaket", "en",
        "nongkhon.herbball@gmail.com", ["OTOP"], ["bio"],
        offers=[
            Of("Ball herb compress dry, 1 ball 150 gram, pack vacuum, keep 1 year", "herbal_compress_ball"),
        ],
        needs=[
            N("Want cloth white thin for wrap ball herb", "cotton_fabric_plain_white"),
            N("Want help to apply register FDA and OTOP star", "certification_consulting"),
        ],
    ),
    Sme(
        "btr-091", "Korat Medical Centre", AGE_I, DOWN, "Nakhon Ratchasima", "en",
        "supply@koratmedical.com", [], [],
        offers=[],
        needs=[
            N("Disposable underpads with Thai FDA registration, 60x90 cm", "disposable_underpad", certs=("Thai FDA",)),
            N(
                "Fitted hospital bed sheets, cotton-rich; OEKO-TEX not required",
                "hospital_bed_sheet",
                waives=("OEKO-TEX Standard 100",),
            ),
            N("Linen laundry contract for 200 beds", "linen_laundry_service"),
        ],
    ),
    Sme(
        "btr-092", "ร้านอุดรเฮลท์แคร์ เวชภัณฑ์ผู้สูงอายุ", AGE_I, DOWN, "Udon Thani", "th",
        "udonhealthcare@gmail.com", [], [],
        offers=[
            Of("ผ้าอ้อมผู้ใหญ่ยกลัง ราคาส่ง ส่งฟรีในเมืองอุดร", "adult_diaper_disposable"),
            Of("ให้เช่ารถเข็น เตียงผู้ป่วยไฟฟ้า รายเดือน", "medical_equipment_rental"),
        ],
        needs=[
            N("ผ้าอ้อมผู้ใหญ่ที่มี อย. รับตรงจากโรงงาน เป็นล็อต", "adult_diaper_disposable", certs=("Thai FDA",)),
            N("เบาะรองนั่งกันแผลกดทับ ราคาส่ง", "pressure_relief_cushion"),
        ],
    ),
    Sme(
        "btr-093", "Mekong Riverside Hotel", AGE_I, DOWN, "Nong Khai", "en",
        "gm@mekongriversidehotel.com", [], ["green"],
        offers=[],
        needs=[
            N("White hotel bed sheets, 250 thread count, with pillowcases", "hotel_bed_sheet"),
            N("Triangle khit pillows for the lobby and riverside rooms", "khit_triangle_pillow"),
        ],
    ),
    Sme(
        "btr-094", "ศูนย์เรียนรู้ผ้าทอและสีธรรมชาติอีสาน", AGE_I, MID, "Kalasin", "th",
        "isan.naturaldye.center@gmail.com", [], ["bio"],
        offers=[
            Of("อบรมย้อมสีธรรมชาติ ย้อมคราม ครั่ง ให้ติดทนไม่ตก หลักสูตร 3 วัน", "natural_dye_training"),
            Of("รับย้อมเส้นด้ายและผ้าสีธรรมชาติจากครั่ง เปลือกไม้ ของลูกค้าที่ส่งมา", "natural_dyeing_service"),
        ],
        needs=[
            N("ครั่งดิบ ปีละ 200 กิโล", "lac_dye_raw"),
            N("ต้นครามสด ช่วงเก็บเกี่ยว", "indigo_leaves_fresh"),
        ],
    ),
    Sme(
        "btr-095", "Loei Loom and Wheel Wood Shop", HEMP, MID, "Loei", "en",
        "loeiloomwood@gmail.com", [], [],
        offers=[
            Of("Make loom weave hand, wood teak, width 1 meter, send all country", "handloom_equipment"),
            Of("Wheel spin cotton (nai) wood, new", "spinning_wheel"),
            Of("Gin cotton hand turn, take seed out of cotton", "cotton_gin_hand"),
        ],
        needs=[],
    ),
]
# fmt: on


# ------------------------------------------------------------------ checks

ID_RE = re.compile(r"^btr-\d{3}$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
THAI_LETTER = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e39\u0e40-\u0e4e]")
LATIN_LETTER = re.compile(r"[A-Za-z]")

TARGET_LINKS = (140, 180)
TARGET_CROSS_SHARE = 0.45
TARGET_UNMET = (15, 25)
MIN_CERT_NEEDS = 5
MIN_WAIVER_NEEDS = 2


def thai_share(text: str) -> float:
    thai, latin = len(THAI_LETTER.findall(text)), len(LATIN_LETTER.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def suppliers_for(need: Need, buyer: Sme) -> set[str]:
    found = set()
    for sme in SMES:
        if sme.id == buyer.id:
            continue
        if not set(need.certs) <= set(sme.certifications):
            continue
        if any(offer.label in need.labels for offer in sme.offers):
            found.add(sme.id)
    return found


def compute_links() -> set[tuple[str, str]]:
    links = set()
    for buyer in SMES:
        for need in buyer.needs:
            for supplier in suppliers_for(need, buyer):
                links.add((supplier, buyer.id))
    return links


def check() -> list[str]:
    errors: list[str] = []
    ids = [sme.id for sme in SMES]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    offered_by: dict[str, set[str]] = {}
    for sme in SMES:
        for offer in sme.offers:
            offered_by.setdefault(offer.label, set()).add(sme.id)
    for sme in SMES:
        where = sme.id
        if not ID_RE.match(sme.id):
            errors.append(f"{where}: bad id")
        if not sme.name.strip():
            errors.append(f"{where}: empty name")
        if sme.sub_cluster not in {s.value for s in SubCluster}:
            errors.append(f"{where}: bad sub_cluster {sme.sub_cluster}")
        if sme.stage not in {s.value for s in Stage}:
            errors.append(f"{where}: bad stage {sme.stage}")
        if resolve_province(sme.province) is None:
            errors.append(f"{where}: unknown province {sme.province}")
        if sme.language not in ("th", "en"):
            errors.append(f"{where}: bad language {sme.language}")
        if not EMAIL_RE.match(sme.email):
            errors.append(f"{where}: bad email {sme.email}")
        for cert in sme.certifications:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not a canonical name")
        if len(set(sme.certifications)) != len(sme.certifications):
            errors.append(f"{where}: repeated certification")
        for tag in sme.bcg:
            if tag not in {b.value for b in BcgTag}:
                errors.append(f"{where}: bad bcg tag {tag}")
        if len(sme.offers) > 4 or len(sme.needs) > 4:
            errors.append(f"{where}: more than 4 offers or needs")
        if not sme.offers and not sme.needs:
            errors.append(f"{where}: neither offers nor needs")
        phrases = [o.text for o in sme.offers] + [n.text for n in sme.needs]
        for phrase in phrases:
            share = thai_share(phrase)
            if sme.language == "th" and share < 0.6:
                errors.append(f"{where}: Thai profile phrase not mostly Thai: {phrase}")
            if sme.language == "en" and share > 0.0:
                errors.append(f"{where}: English profile phrase has Thai letters: {phrase}")
            if sme.language == "en" and not LATIN_LETTER.search(phrase):
                errors.append(f"{where}: English profile phrase has no Latin letters: {phrase}")
        if len(set(phrases)) != len(phrases):
            errors.append(f"{where}: repeated phrase")
        for offer in sme.offers:
            if not LABEL_RE.match(offer.label):
                errors.append(f"{where}: bad offer label {offer.label!r}")
        for need in sme.needs:
            if bool(need.labels) == bool(need.unmet):
                errors.append(f"{where}: need must list labels or be marked unmet: {need.text}")
            for cert in (*need.certs, *need.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: need certification {cert!r} is not a canonical name")
            if set(need.certs) & set(need.waives):
                errors.append(f"{where}: need both requires and waives a certification")
            if need.unmet and need.certs:
                errors.append(f"{where}: an unmet need lists certifications")
            for label in need.labels:
                if not offered_by.get(label, set()) - {sme.id}:
                    errors.append(f"{where}: need label {label!r} offered by no one else")
    links = compute_links()
    if any(s == b for s, b in links):
        errors.append("self link")
    lang = {sme.id: sme.language for sme in SMES}
    cross = sum(1 for s, b in links if lang[s] != lang[b])
    if not TARGET_LINKS[0] <= len(links) <= TARGET_LINKS[1]:
        errors.append(f"{len(links)} links, want {TARGET_LINKS}")
    if links and cross / len(links) < TARGET_CROSS_SHARE:
        errors.append(f"cross-language share {cross / len(links):.2f} below {TARGET_CROSS_SHARE}")
    unmet = sum(1 for sme in SMES for need in sme.needs if not suppliers_for(need, sme))
    if not TARGET_UNMET[0] <= unmet <= TARGET_UNMET[1]:
        errors.append(f"{unmet} unmet needs, want {TARGET_UNMET}")
    cert_needs = sum(1 for sme in SMES for need in sme.needs if need.certs)
    waiver_needs = sum(1 for sme in SMES for need in sme.needs if need.waives)
    if cert_needs < MIN_CERT_NEEDS or waiver_needs < MIN_WAIVER_NEEDS:
        errors.append(f"{cert_needs} needs require and {waiver_needs} waive a certification; too few")
    for value in SubCluster:
        if not any(sme.sub_cluster == value for sme in SMES):
            errors.append(f"no profile in sub-cluster {value}")
    for value in Stage:
        if not any(sme.stage == value for sme in SMES):
            errors.append(f"no profile at stage {value}")
    regions = {resolve_province(sme.province).region for sme in SMES if resolve_province(sme.province)}
    if len(regions) != 6:
        errors.append("not every region is covered")
    return errors


# ------------------------------------------------------------------ output


def profiles_jsonl() -> str:
    lines = []
    for sme in SMES:
        row = {
            "id": sme.id,
            "name": sme.name,
            "sub_cluster": sme.sub_cluster,
            "stage": sme.stage,
            "province": sme.province,
            "offers": [o.text for o in sme.offers],
            "needs": [n.text for n in sme.needs],
            "certifications": list(sme.certifications),
            "bcg": list(sme.bcg),
            "contact_email": sme.email,
            "language": sme.language,
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def links_csv(links: set[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(links))
    return buffer.getvalue()


def stats(links: set[tuple[str, str]]) -> dict[str, object]:
    by_id = {sme.id: sme for sme in SMES}
    needs = [(sme, need) for sme in SMES for need in sme.needs]
    met = [pair for pair in needs if suppliers_for(pair[1], pair[0])]

    def count(key: Callable[[Sme], str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for sme in SMES:
            out[key(sme)] = out.get(key(sme), 0) + 1
        return dict(sorted(out.items()))

    return {
        "profiles": len(SMES),
        "language": count(lambda s: s.language),
        "sub_cluster": count(lambda s: s.sub_cluster),
        "stage": count(lambda s: s.stage),
        "region": count(lambda s: resolve_province(s.province).region.value),
        "distinct_provinces": len({resolve_province(s.province).name_en for s in SMES}),
        "offers": sum(len(s.offers) for s in SMES),
        "distinct_offer_labels": len({o.label for s in SMES for o in s.offers}),
        "needs": len(needs),
        "needs_met": len(met),
        "needs_unmet": len(needs) - len(met),
        "needs_marked_unmet": sum(1 for _, n in needs if n.unmet),
        "needs_unmet_for_certification": sum(1 for s, n in needs if n.labels and not suppliers_for(n, s)),
        "needs_requiring_certification": sum(1 for _, n in needs if n.certs),
        "needs_waiving_certification": sum(1 for _, n in needs if n.waives),
        "links": len(links),
        "links_th_supplier_en_buyer": sum(
            1 for s, b in links if by_id[s].language == "th" and by_id[b].language == "en"
        ),
        "links_en_supplier_th_buyer": sum(
            1 for s, b in links if by_id[s].language == "en" and by_id[b].language == "th"
        ),
        "links_th_th": sum(1 for s, b in links if by_id[s].language == by_id[b].language == "th"),
        "links_en_en": sum(1 for s, b in links if by_id[s].language == by_id[b].language == "en"),
        "links_across_sub_clusters": sum(1 for s, b in links if by_id[s].sub_cluster != by_id[b].sub_cluster),
    }


def main() -> int:
    errors = check()
    if errors:
        for error in errors:
            print("FAIL:", error, file=sys.stderr)
        print(json.dumps(stats(compute_links()), indent=1), file=sys.stderr)
        return 1
    links = compute_links()
    (HERE / "profiles.jsonl").write_text(profiles_jsonl(), encoding="utf-8", newline="\n")
    (HERE / "links.csv").write_text(links_csv(links), encoding="utf-8", newline="\n")
    print(json.dumps(stats(links), indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
