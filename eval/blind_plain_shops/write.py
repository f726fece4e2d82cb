"""Hand-labelled evaluation set `blind_plain_shops`: plain registry entries of a shops-and-buyers cluster.

Every offer is a (text, label) pair saying what the thing is; every need lists the offer labels that would meet
it and the certifications its text requires, or is marked as met by no one. Run from the repository root:

    .venv/bin/python eval/blind_plain_shops/write.py

It checks the data and, only when every check passes, writes `profiles.jsonl` and `links.csv` next to itself.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every cert in `certs`."""
    return Need(text, tuple(labels), tuple(certs), tuple(waives), "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that no SME of this set meets; `note` says why."""
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
    certs: list[str] = field(default_factory=list)
    bcg: list[str] = field(default_factory=list)
    offers: list[tuple[str, str]] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)


SMES: list[Sme] = []


# ------------------------------------------------------------------ bsh-001 ... bsh-020

SMES += [
    Sme(
        "bsh-001", "th", "ร้านผ้าดอยคำ ของฝากนิมมาน", "hemp_natural_fibre", "downstream", "Chiang Mai",
        "phadoikham.shop@gmail.com", [], ["bio"],
        [("รับฝากขายงานผ้าชุมชน หน้าร้านนิมมาน ซอย 1 แบ่ง 25%", "consignment_retail_service")],
        [
            N("กระเป๋ากัญชงใบเล็ก ราคาส่ง เดือนละ 50-100 ใบ", "hemp_bag"),
            N("ผ้าพันคอทอมือ สีธรรมชาติ ไว้ขายนักท่องเที่ยว", "handwoven_cotton_scarf", "handwoven_silk_scarf"),
        ],
    ),
    Sme(
        "bsh-002", "en", "Mae Chan Hemp Growers Collective", "hemp_natural_fibre", "upstream", "Chiang Rai",
        "maechan.hemp@gmail.com", ["Organic Thailand"], ["bio", "green"],
        [
            ("Hemp bast fibre, sun dried, hand stripped, 20 kg bundles", "hemp_bast_fibre"),
            ("Hand-spun hemp yarn, Hmong style, natural grey", "hemp_yarn"),
        ],
        [
            N("Natural indigo paste for our women's dye group", "indigo_paste"),
            U("Decorticator to rent for the harvest season", "no one in the set rents out machinery"),
        ],
    ),
    Sme(
        "bsh-003", "th", "วิสาหกิจชุมชนทอผ้ากัญชงบ้านห้วยปลาหลด", "hemp_natural_fibre", "midstream", "Tak",
        "huaiplalot.weave@gmail.com", ["OTOP"], ["bio"],
        [
            ("ผ้ากัญชงทอมือ หน้ากว้าง 40 นิ้ว ขายเป็นหลา", "hemp_fabric"),
            ("ผ้ากัญชงเขียนเทียน ลายม้ง พับละ 4 เมตร", "hemp_batik_fabric"),
        ],
        [
            N("ต้องการเส้นใยกัญชงดิบ ลอกมือ ตากแห้งแล้ว", "hemp_bast_fibre"),
            N("หาคนรับเย็บกระเป๋า ใช้ผ้าของกลุ่มเราเอง", "sewing_service"),
        ],
    ),
    Sme(
        "bsh-004", "en", "Hempfield Studio", "hemp_natural_fibre", "downstream", "Bangkok",
        "hello@hempfieldstudio.co", [], ["bio", "green"],
        [("Hemp-cotton tees and wide-leg pants, sold on IG and Shopee", "hemp_clothing")],
        [
            N("Handloom hemp fabric, undyed, 200 m to start", "hemp_fabric"),
            N("Product photos on model + flat lay, about 30 SKUs", "product_photography_service"),
            N("woven neck labels with our logo, min 1000", "woven_labels"),
        ],
    ),
    Sme(
        "bsh-005", "th", "ร้านสุขใจวัยเก๋า (ขายออนไลน์)", "ageing_lifestyle_central", "downstream", "Nonthaburi",
        "sukjaiwaikao@hotmail.com", [], [],
        [],
        [
            N("เสื้อผู้สูงอายุ แบบติดตีนตุ๊กแก ใส่ถอดง่าย", "adaptive_clothing_elderly"),
            N("แผ่นรองซับ ซักได้ สำหรับผู้ใหญ่", "washable_incontinence_pad"),
            N("ถุงไปรษณีย์พิมพ์โลโก้ร้าน", "printed_mailer_bags"),
        ],
    ),
    Sme(
        "bsh-006", "en", "Second Loop Textile Sorting Co., Ltd.", "circular_textile", "upstream", "Samut Prakan",
        "sales@secondloop-sorting.com", ["GRS"], ["circular"],
        [
            ("Sorted used cotton T-shirts, 45 kg bales, graded by colour", "used_clothing_sorted"),
            ("Used denim jeans, graded, 25 kg sacks", "used_denim_sorted"),
            ("Shredded cotton fibre from old tees, for spinning or stuffing", "recycled_cotton_fibre"),
        ],
        [
            N("Old uniforms and worn-out linen, any amount, we collect in BKK", "used_textiles_for_recycling"),
            N("Cutting-room scraps, cotton rich, from garment factories", "cotton_offcuts"),
        ],
    ),
    Sme(
        "bsh-007", "th", "ผ้าเก่าเล่าใหม่", "circular_textile", "downstream", "Bangkok",
        "phakaolaomai@gmail.com", [], ["circular"],
        [
            ("กระเป๋าจากยีนส์เก่า ทำทีละใบ ไม่ซ้ำลาย", "upcycled_denim_bag"),
            ("รับทำของชำร่วยจากเศษผ้า งานสัมมนา งานแต่ง", "upcycled_souvenir_custom"),
        ],
        [
            N("กางเกงยีนส์มือสอง คัดแล้ว ขายเป็นกิโล", "used_denim_sorted"),
            N("เศษผ้าคอตตอนชิ้นใหญ่ จากโรงงานตัดเย็บ", "cotton_offcuts"),
        ],
    ),
    Sme(
        "bsh-008", "en", "Pace Lab Running Store", "sportech", "downstream", "Bangkok",
        "buying@pacelab.run", [], [],
        [("Own-brand running caps and singlets, shop + online", "running_apparel")],
        [
            N("OEM quick-dry singlets under our label, MOQ 300", "private_label_sportswear"),
            U("Reflective heat-transfer logos, short runs", "no one in the set makes reflective transfers"),
            N("hang tags w/ string, matte black", "hang_tags"),
        ],
    ),
    Sme(
        "bsh-009", "th", "บริษัท สาครนิตติ้ง สปอร์ตเทค จำกัด", "sportech", "midstream", "Samut Sakhon",
        "sales@sakhonknitting.co.th", ["OEKO-TEX Standard 100"], ["green"],
        [
            ("ผ้าไมโครโพลี ซับเหงื่อ แห้งไว ขายเป็นกิโล", "wicking_knit_fabric"),
            ("ผ้าจากขวดพลาสติกรีไซเคิล (rPET) สีพื้น", "recycled_polyester_fabric"),
        ],
        [
            N("เส้นด้ายโพลีเอสเตอร์รีไซเคิล ต้องมี GRS", "recycled_polyester_yarn", certs=("GRS",)),
            N("ใครรับเศษผ้าโพลีจากโรงงานไปรีไซเคิลบ้าง", "textile_waste_collection_service"),
        ],
    ),
    Sme(
        "bsh-010", "en", "Eastern Sea FC Youth Academy", "sportech", "downstream", "Chonburi",
        "kit@easternseafc-academy.org", [], [],
        [],
        [
            N("Sublimated football kits, 18 sets, names and numbers", "sublimated_team_jersey"),
            N("Knee supports and ankle braces for the first-aid bag", "sports_support_braces"),
        ],
    ),
    Sme(
        "bsh-011", "th", "โคราชสปอร์ต ชุดกีฬาสั่งทำ", "sportech", "downstream", "Nakhon Ratchasima",
        "korat.sport.order@gmail.com", [], [],
        [
            ("รับทำเสื้อกีฬาพิมพ์ลายทั้งตัว ทีมละ 12 ตัวขึ้นไป", "sublimated_team_jersey"),
            ("เสื้องานวิ่ง พิมพ์ชื่องาน ส่งทั่วประเทศ", "event_running_shirt"),
        ],
        [
            N("ผ้าไมโคร ผ้าเม็ดข้าวโพด สีขาว ไว้พิมพ์ซับลิเมชั่น", "wicking_knit_fabric"),
            U("กระดาษซับลิเมชั่น ม้วนหน้ากว้าง 1.6 ม.", "no one in the set sells transfer paper"),
        ],
    ),
    Sme(
        "bsh-012", "en", "Siam Heritage Department Store, Thai Craft Floor", "ageing_lifestyle_central",
        "downstream", "Bangkok", "craftfloor.buyer@siamheritage.co.th", [], [],
        [],
        [
            N("Mudmee silk scarves with the Peacock Emblem, gift counter", "handwoven_silk_scarf",
              certs=("Thai Silk Peacock Emblem",)),
            N("Premium rigid gift boxes, magnet lid", "gift_boxes"),
            N("Indigo cotton shirts for men, S-XXL, consignment ok", "indigo_cotton_shirt"),
        ],
    ),
    Sme(
        "bsh-013", "th", "กลุ่มย้อมครามบ้านพรรณา", "ageing_lifestyle_isan", "midstream", "Sakon Nakhon",
        "khramphanna@gmail.com", ["OTOP"], ["bio"],
        [
            ("รับย้อมคราม ส่งผ้าหรือเสื้อมาย้อมได้ คิดเป็นกิโล", "indigo_dyeing_service"),
            ("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
            ("ครามเปียก ถุงละ 1 กก.", "indigo_paste"),
        ],
        [
            N("ฝ้ายเข็นมือ ยังไม่ย้อม", "handspun_cotton_yarn"),
            N("กล่องกระดาษใส่ผ้า พิมพ์โลโก้กลุ่ม", "gift_boxes"),
        ],
    ),
    Sme(
        "bsh-014", "th", "ร้านครามใจ อุดร", "ageing_lifestyle_isan", "downstream", "Udon Thani",
        "khramjai.udon@gmail.com", [], ["bio"],
        [
            ("เสื้อม่อฮ่อมย้อมครามแท้ ผ้าฝ้ายทอมือ", "indigo_cotton_shirt"),
            ("กระเป๋าสะพาย ผ้าฝ้ายทอมือย้อมคราม", "handwoven_cotton_bag"),
        ],
        [
            N("ผ้าฝ้ายย้อมคราม พับละ 10 เมตร", "indigo_dyed_cotton_fabric"),
            N("คนรับตัดเย็บเสื้อ ทางร้านมีผ้าเอง", "sewing_service"),
            N("ช่างภาพถ่ายสินค้าลงเพจ", "product_photography_service"),
        ],
    ),
    Sme(
        "bsh-015", "en", "Tailor Point CMT", "ageing_lifestyle_central", "midstream", "Nakhon Pathom",
        "orders@tailorpoint-cmt.com", ["ISO 9001"], [],
        [
            ("Cut-make-trim for small brands, your fabric, from 50 pcs", "sewing_service"),
            ("Pattern making and grading", "pattern_making_service"),
        ],
        [
            N("Woven labels and size labels", "woven_labels"),
            U("Spun polyester sewing thread, bulk cones", "no thread seller in the set"),
        ],
    ),
    Sme(
        "bsh-016", "th", "สกรีนดีไซน์ บางบอน", "circular_textile", "midstream", "Bangkok",
        "screendesign.bb@gmail.com", [], [],
        [
            ("รับสกรีนเสื้อ ถุงผ้า ลูกค้าเอาเสื้อมาเองได้", "screen_printing_service"),
            ("รับปักโลโก้ ชื่อบริษัท บนเสื้อ", "embroidery_service"),
        ],
        [N("เสื้อยืดคอกลมเปล่า cotton 100% ราคาส่ง", "blank_tshirts")],
    ),
    Sme(
        "bsh-017", "en", "Andaman Refill & Gift", "circular_textile", "downstream", "Phuket",
        "shop@andamanrefill.com", [], ["circular", "green"],
        [],
        [
            N("Recycled PET tote bags printed with our turtle logo, GRS certified only", "rpet_tote_bag",
              certs=("GRS",)),
            N("small zip pouches made from upcycled fabric", "upcycled_pouch"),
        ],
    ),
    Sme(
        "bsh-018", "th", "งานพัสดุ โรงพยาบาลสุขเวช", "ageing_lifestyle_central", "downstream", "Pathum Thani",
        "phatsadu@sukhavej-hospital.go.th", [], [],
        [("ผ้าปูเตียงเก่าปลดระวาง ให้ฟรีกับผู้นำไปรีไซเคิล", "used_textiles_for_recycling")],
        [
            N("ชุดสครับพยาบาล สีเขียว/ฟ้า", "medical_scrubs"),
            N("ผ้าปูที่นอนผู้ป่วย ทนคลอรีน ได้ มอก.", "hospital_bed_sheet", certs=("Thai Industrial Standard",)),
            N("ชุดผู้ป่วย เสื้อผ่าหน้า กางเกงเอวยาง", "patient_gown"),
        ],
    ),
    Sme(
        "bsh-019", "en", "Golden Years Care Home Khon Kaen", "ageing_lifestyle_isan", "downstream", "Khon Kaen",
        "admin@goldenyears-kk.com", [], [],
        [],
        [
            N("Washable adult cloth diapers, 200 pcs", "washable_incontinence_pad"),
            N("non-slip socks for residents", "non_slip_socks"),
        ],
    ),
    Sme(
        "bsh-020", "th", "ไร่กัญชงเขาค้อ", "hemp_natural_fibre", "upstream", "Phetchabun",
        "khaokho.hempfarm@gmail.com", [], ["bio"],
        [
            ("เปลือกกัญชงลอกแล้ว ตากแห้ง ขายเป็นกิโล", "hemp_bast_fibre"),
            ("แกนกัญชง เศษเหลือหลังลอกเปลือก ทำวัสดุปลูก/อิฐบล็อก", "hemp_hurd"),
        ],
        [U("หาที่ปรึกษาเรื่องขอใบอนุญาตปลูกกัญชง", "no licensing adviser in the set")],
    ),
]


# ------------------------------------------------------------------ bsh-021 ... bsh-040

SMES += [
    Sme(
        "bsh-021", "th", "กลุ่มผ้าไหมบ้านหนองบัวทอง", "ageing_lifestyle_isan", "midstream", "Surin",
        "nongbuathong.silk@gmail.com", ["Thai Silk Peacock Emblem", "OTOP"], ["bio"],
        [
            ("ผ้าพันคอไหมมัดหมี่ ได้ตรานกยูงพระราชทาน", "handwoven_silk_scarf"),
            ("ผ้าไหมมัดหมี่ ผืนละ 4 เมตร ตัดชุดได้", "mudmee_silk_fabric"),
        ],
        [
            N("เส้นไหมน้อย ไหมไทยพื้นบ้าน สาวมือ", "thai_silk_yarn"),
            N("ถ่ายรูปผ้าไหมสวยๆ ลงเว็บ ขายต่างประเทศ", "product_photography_service"),
        ],
    ),
    Sme(
        "bsh-022", "en", "Chaiyaphum Silk Weavers", "ageing_lifestyle_isan", "midstream", "Chaiyaphum",
        "cpsilkweavers@gmail.com", [], ["bio"],
        [("Handwoven silk scarves 30 x 180 cm, many colours", "handwoven_silk_scarf")],
        [
            N("gift boxes or kraft sleeves for scarves", "gift_boxes"),
            N("Export agent for small Japan orders", "export_trading_service"),
        ],
    ),
    Sme(
        "bsh-023", "th", "ฟาร์มหม่อนไหมบ้านโคกเมือง", "ageing_lifestyle_isan", "upstream", "Buriram",
        "khokmueang.silkfarm@gmail.com", [], ["bio"],
        [
            ("เส้นไหมไทย ไหมน้อย สีทองธรรมชาติ ขายเป็นกิโล", "thai_silk_yarn"),
            ("ดักแด้ไหม ขายทำอาหาร/เครื่องสำอาง", "silk_pupae"),
        ],
        [U("ไข่ไหมพันธุ์ดี พันธุ์นางน้อย", "no silkworm egg supplier in the set")],
    ),
    Sme(
        "bsh-024", "en", "Label House Bangkok", "ageing_lifestyle_central", "midstream", "Bangkok",
        "quote@labelhouse.co.th", [], [],
        [
            ("Damask woven labels, size and care labels. MOQ 500", "woven_labels"),
            ("Hang tags, 350gsm art card, string included", "hang_tags"),
        ],
        [U("FSC certified card stock, 350 gsm", "no paper mill in the set", certs=("FSC",))],
    ),
    Sme(
        "bsh-025", "th", "แพ็คดี บรรจุภัณฑ์", "ageing_lifestyle_central", "midstream", "Samut Prakan",
        "packdee.box@gmail.com", [], [],
        [
            ("ถุงไปรษณีย์พิมพ์โลโก้ ขั้นต่ำ 1,000 ใบ", "printed_mailer_bags"),
            ("กล่องของขวัญแข็ง ฝาแม่เหล็ก สั่งทำตามขนาด", "gift_boxes"),
            ("กล่องลูกฟูกส่งของ พิมพ์ 1 สี", "shipping_cartons"),
        ],
        [N("ผ้าดิบ ผ้าสาลู ทำถุงหูรูดใส่ของขวัญ", "cotton_muslin_fabric")],
    ),
    Sme(
        "bsh-026", "en", "Re:Thread Collection Service", "circular_textile", "upstream", "Nonthaburi",
        "pickup@rethread.co", [], ["circular"],
        [
            ("Pick-up of factory textile waste, weighed, certified destruction", "textile_waste_collection_service"),
            ("Baled polyester offcuts for recycling mills", "polyester_offcuts"),
        ],
        [N("Post-consumer clothing, we pick up from shops and schools", "used_textiles_for_recycling")],
    ),
    Sme(
        "bsh-027", "th", "บริษัท ระยองรีไซเคิลไฟเบอร์ จำกัด", "circular_textile", "upstream", "Rayong",
        "sales@rayongrecyclefiber.co.th", ["GRS", "RCS"], ["circular"],
        [
            ("ใยรีไซเคิลจากขวด PET ใยสั้น ทำใยสังเคราะห์ยัดหมอน", "recycled_pet_fibre"),
            ("เส้นด้ายโพลีเอสเตอร์รีไซเคิล 75D/150D", "recycled_polyester_yarn"),
        ],
        [U("ขวดพลาสติกใส อัดก้อน เป็นตัน", "no bottle collector in the set")],
    ),
    Sme(
        "bsh-028", "en", "Pattaya Yarn Trading", "sportech", "midstream", "Chonburi",
        "pattayayarn@yahoo.com", [], [],
        [("Recycled polyester yarn 150D/48F, no certificate, good price", "recycled_polyester_yarn")],
        [N("Mill to knit our yarn into jersey on commission", "commission_knitting_service")],
    ),
    Sme(
        "bsh-029", "th", "โรงถักผ้ารับจ้าง บางพลี", "sportech", "midstream", "Samut Prakan",
        "bangplee.knit@gmail.com", [], [],
        [
            ("รับจ้างถักผ้า ลูกค้าส่งด้ายมาเอง", "commission_knitting_service"),
            ("ผ้าจูติ ผ้า TC ขายเป็นพับ", "knit_jersey_fabric"),
        ],
        [N("ด้ายคอตตอน 32 ซี สำหรับถักผ้า", "cotton_spun_yarn")],
    ),
    Sme(
        "bsh-030", "en", "Fitlab Private Label Factory", "sportech", "downstream", "Bangkok",
        "oem@fitlab-factory.com", ["OEKO-TEX Standard 100"], [],
        [
            ("Private label activewear: leggings, bras, singlets. MOQ 200/style", "private_label_sportswear"),
            ("Sublimation printing on your cut panels", "sublimation_printing_service"),
        ],
        [
            N("Four-way stretch nylon spandex for leggings", "stretch_nylon_spandex_fabric"),
            N("recycled poly fabric for an eco line", "recycled_polyester_fabric"),
        ],
    ),
    Sme(
        "bsh-031", "th", "ร้านวิ่งเทรล ดอยสุเทพ", "sportech", "downstream", "Chiang Mai",
        "trailshop.doisuthep@gmail.com", [], [],
        [],
        [
            N("ปลอกรัดน่อง ขายส่ง", "compression_sleeve"),
            N("เสื้อวิ่งแบรนด์ร้าน ผลิต OEM ขั้นต่ำไม่สูง", "private_label_sportswear"),
            N("ถุงเท้าวิ่ง กันพอง", "running_socks"),
        ],
    ),
    Sme(
        "bsh-032", "en", "SupportTech Braces Co., Ltd.", "sportech", "midstream", "Nakhon Pathom",
        "sales@supporttech-braces.com", ["ISO 13485"], [],
        [
            ("Neoprene knee and ankle supports, OEM or own brand", "sports_support_braces"),
            ("Graduated compression calf sleeves", "compression_sleeve"),
        ],
        [U("Neoprene sheet 3 mm laminated both sides", "no neoprene laminator in the set")],
    ),
    Sme(
        "bsh-033", "th", "อัมพวา เฮอร์บัล สปา", "ageing_lifestyle_central", "downstream", "Samut Songkhram",
        "amphawa.herbalspa@gmail.com", [], ["green"],
        [],
        [
            N("ผ้าขนหนูสปา สีขาว ฝ้าย 100%", "spa_towel"),
            N("ลูกประคบสมุนไพร สดใหม่ทุกสัปดาห์", "herbal_compress_ball"),
            N("ผ้าถุงสปา ผ้าโสร่ง ให้ลูกค้าเปลี่ยน", "spa_sarong"),
        ],
    ),
    Sme(
        "bsh-034", "en", "Krungsri Herb Compress", "ageing_lifestyle_central", "downstream",
        "Phra Nakhon Si Ayutthaya", "krungsriherb@gmail.com", ["Thai FDA", "OTOP"], ["bio"],
        [
            ("Thai herbal compress balls, cotton wrapped, 150 g", "herbal_compress_ball"),
            ("Herbal eye pillows, lavender and rice", "herbal_pillow"),
        ],
        [
            N("Unbleached cotton muslin by the roll, to wrap compress balls", "cotton_muslin_fabric"),
            N("Dried plai and lemongrass, Organic Thailand certified", "dried_herbs", certs=("Organic Thailand",)),
        ],
    ),
    Sme(
        "bsh-035", "th", "โรงเรียนบ้านโนนสวรรค์วิทยา", "ageing_lifestyle_isan", "downstream", "Khon Kaen",
        "nonsawan.school@obec.go.th", [], [],
        [("ชุดนักเรียนเก่า รับบริจาคจากผู้ปกครอง ให้ผู้นำไปรีไซเคิล", "used_textiles_for_recycling")],
        [
            N("เสื้อนักเรียนเชิ้ตขาว ปักชื่อโรงเรียน 600 ตัว", "school_uniform_shirt"),
            N("เสื้อกีฬาสี 4 สี ผ้าไมโคร", "school_sports_shirt"),
        ],
    ),
    Sme(
        "bsh-036", "en", "Greenway Logistics PCL, HR Procurement", "circular_textile", "downstream", "Bangkok",
        "procurement@greenway-logistics.co.th", [], ["circular"],
        [("Retired staff uniforms, about 1 tonne a year", "used_textiles_for_recycling")],
        [
            N("Polo shirts, embroidered logo, 800 pcs. Recycled fabric preferred, GRS not required",
              "corporate_polo_shirt", waives=("GRS",)),
            N("Someone to collect our old uniforms for recycling", "textile_waste_collection_service"),
        ],
    ),
    Sme(
        "bsh-037", "th", "ราชบุรีการ์เมนท์ ยูนิฟอร์ม", "ageing_lifestyle_central", "midstream", "Ratchaburi",
        "rbgarment.uniform@gmail.com", [], [],
        [
            ("รับผลิตเสื้อโปโลปักโลโก้ บริษัท หน่วยงาน", "corporate_polo_shirt"),
            ("ชุดนักเรียน เสื้อเชิ้ตขาว กางเกงนักเรียน", "school_uniform_shirt"),
            ("รับตัดเย็บ CMT ลูกค้าส่งผ้ามา", "sewing_service"),
        ],
        [
            N("ผ้า TC โทเร สีขาว ทำเสื้อนักเรียน", "tc_shirting_fabric"),
            N("ป้ายทอ ป้ายไซส์", "woven_labels"),
        ],
    ),
    Sme(
        "bsh-038", "en", "MediWear Textiles Co., Ltd.", "ageing_lifestyle_central", "midstream", "Samut Sakhon",
        "sales@mediwear-textiles.com", ["ISO 13485", "Thai Industrial Standard"], [],
        [
            ("Hospital bed sheets, chlorine fast, TIS certified", "hospital_bed_sheet"),
            ("Patient gowns, snap front", "patient_gown"),
            ("Scrub sets, 65/35 poly cotton", "medical_scrubs"),
        ],
        [N("Antibacterial finishing on our woven fabric", "antibacterial_finishing_service")],
    ),
    Sme(
        "bsh-039", "th", "ผ้าฝ้ายใส่สบาย วัยเกษียณ", "ageing_lifestyle_isan", "downstream", "Nakhon Phanom",
        "saisabai.senior@gmail.com", [], [],
        [
            ("เสื้อผู้สูงวัย ผ้าฝ้ายทอมือ ติดแม่เหล็กแทนกระดุม", "adaptive_clothing_elderly"),
            ("ผ้าอ้อมผู้ใหญ่แบบผ้า ซักได้ ซับ 3 ชั้น", "washable_incontinence_pad"),
        ],
        [
            N("ผ้าฝ้ายทอมือ สีพื้น เนื้อนุ่ม", "handwoven_cotton_fabric"),
            U("กระดุมแม่เหล็กแบบเย็บซ่อน", "no trims supplier with magnetic closures in the set"),
        ],
    ),
    Sme(
        "bsh-040", "en", "Lanna Hemp & Co. Export", "hemp_natural_fibre", "downstream", "Chiang Mai",
        "export@lannahemp.co", [], ["bio"],
        [("Export documents and consolidation for craft SMEs, EU and Japan", "export_trading_service")],
        [
            N("Hemp shoulder bags for EU buyers, OEKO-TEX required", "hemp_bag", certs=("OEKO-TEX Standard 100",)),
            N("Handwoven cotton scarves, earthy tones, 300 pcs", "handwoven_cotton_scarf"),
        ],
    ),
]


# ------------------------------------------------------------------ bsh-041 ... bsh-060

SMES += [
    Sme(
        "bsh-041", "th", "กลุ่มแม่บ้านเย็บกระเป๋ากัญชง แม่ริม", "hemp_natural_fibre", "downstream", "Chiang Mai",
        "maerim.hempbag@gmail.com", ["OTOP"], ["bio"],
        [
            ("กระเป๋าสะพายผ้ากัญชง เขียนเทียนลายม้ง", "hemp_bag"),
            ("รับเย็บกระเป๋า ซองใส่ของ ตามแบบ ใช้ผ้าลูกค้า", "sewing_service"),
        ],
        [
            N("ผ้ากัญชงเขียนเทียน ราคาส่ง", "hemp_batik_fabric"),
            N("ผ้าฝ้ายดิบทำซับใน สีครีม", "cotton_muslin_fabric"),
        ],
    ),
    Sme(
        "bsh-042", "en", "Northern Roots Hemp Goods", "hemp_natural_fibre", "downstream", "Lamphun",
        "wholesale@northernroots.co", ["OEKO-TEX Standard 100"], ["bio"],
        [
            ("Hemp totes and messenger bags, OEKO-TEX certified fabric, wholesale", "hemp_bag"),
            ("Hemp yoga mat straps", "hemp_yoga_strap"),
        ],
        [
            N("Heavy hemp canvas, natural colour", "hemp_fabric"),
            N("looking for a photographer for the new catalogue", "product_photography_service"),
        ],
    ),
    Sme(
        "bsh-043", "th", "แสงดี สตูดิโอ ถ่ายภาพสินค้า", "ageing_lifestyle_central", "downstream", "Bangkok",
        "saengdee.studio@gmail.com", [], [],
        [
            ("รับถ่ายภาพสินค้าลงช้อปปี้ ลาซาด้า เริ่ม 150 บาท/ภาพ", "product_photography_service"),
            ("ออกแบบกราฟิก ทำปกสินค้า รีทัชภาพ", "graphic_design_service"),
        ],
        [U("เช่าพื้นที่สตูดิโอเพิ่ม แถวบางนา", "no property owner in the set")],
    ),
    Sme(
        "bsh-044", "en", "Siam Cut & Sew Co., Ltd.", "circular_textile", "midstream", "Samut Sakhon",
        "factory@siamcutsew.com", [], ["circular"],
        [
            ("Cotton offcuts from our cutting room, 300 kg a week, mixed colours", "cotton_offcuts"),
            ("Blank crew-neck tees, 100% cotton 160 gsm, wholesale", "blank_tshirts"),
            ("Private label T-shirts and hoodies", "private_label_apparel"),
        ],
        [
            N("Company to take our poly offcuts away", "textile_waste_collection_service"),
            N("Combed cotton yarn 32s for knitting", "cotton_spun_yarn"),
        ],
    ),
    Sme(
        "bsh-045", "th", "ถุงผ้าขวดกลับบ้าน", "circular_textile", "downstream", "Chachoengsao",
        "khuadklubban@gmail.com", ["GRS"], ["circular"],
        [
            ("ถุงผ้า rPET จากขวดพลาสติก สกรีนโลโก้ได้ มีใบรับรอง GRS", "rpet_tote_bag"),
            ("กระเป๋าซิปใบเล็กจากเศษผ้า", "upcycled_pouch"),
        ],
        [N("ผ้ารีไซเคิลจากขวด พับละ 50 หลา", "recycled_polyester_fabric")],
    ),
    Sme(
        "bsh-046", "en", "EcoBag Wholesale", "circular_textile", "downstream", "Bangkok",
        "ecobagwholesale@gmail.com", [], [],
        [("rPET shopping bags 80 gsm, no cert, very cheap", "rpet_tote_bag")],
        [N("Screen printing on our bags, we supply the bags", "screen_printing_service")],
    ),
    Sme(
        "bsh-047", "th", "โรงปั่นด้ายสุพรรณ", "sportech", "upstream", "Suphan Buri",
        "suphanspinning@gmail.com", ["OEKO-TEX Standard 100"], [],
        [
            ("ด้ายคอตตอน 100% เบอร์ 20/32/40 ซี ขายเป็นลูก", "cotton_spun_yarn"),
            ("ด้าย OE ปั่นจากเศษฝ้ายรีไซเคิล", "recycled_cotton_yarn"),
        ],
        [N("ใยฝ้ายรีไซเคิลจากเสื้อเก่า ไว้ผสมปั่นด้าย", "recycled_cotton_fibre")],
    ),
    Sme(
        "bsh-048", "en", "Stretchtex Fabrics", "sportech", "midstream", "Prachinburi",
        "sales@stretchtex.co.th", ["bluesign", "OEKO-TEX Standard 100"], ["green"],
        [
            ("Nylon spandex 4-way stretch, 220 gsm, matte", "stretch_nylon_spandex_fabric"),
            ("Spacer mesh for shoe uppers and braces", "spacer_mesh_fabric"),
        ],
        [U("Recycled nylon yarn, GRS certified", "nobody in the set spins recycled nylon", certs=("GRS",))],
    ),
    Sme(
        "bsh-049", "th", "ถุงเท้าไทย แฟคทอรี่", "sportech", "downstream", "Samut Sakhon",
        "thaisocksfactory@gmail.com", [], [],
        [
            ("ถุงเท้าวิ่ง หนานุ่มใต้ฝ่าเท้า กันพอง", "running_socks"),
            ("ถุงเท้ากันลื่นผู้สูงอายุ มีปุ่มยางใต้เท้า", "non_slip_socks"),
        ],
        [
            N("ด้ายฝ้ายสำหรับถักถุงเท้า", "cotton_spun_yarn"),
            N("หัวกระดาษแขวนถุงเท้า พิมพ์ 4 สี", "hang_tags"),
        ],
    ),
    Sme(
        "bsh-050", "en", "Sea Breeze Wellness Spa", "ageing_lifestyle_central", "downstream",
        "Prachuap Khiri Khan", "spa@seabreeze-huahin.com", [], ["green"],
        [],
        [
            N("Spa sarongs, batik or plain, 200 pcs", "spa_sarong"),
            N("bath robes - waffle cotton, white", "bathrobe"),
            N("Herbal compress balls, delivered weekly", "herbal_compress_ball"),
        ],
    ),
    Sme(
        "bsh-051", "th", "โรงงานผ้าขนหนูทวีผล", "ageing_lifestyle_central", "midstream", "Saraburi",
        "taweephol.towel@gmail.com", ["OEKO-TEX Standard 100"], [],
        [
            ("ผ้าขนหนูโรงแรม สปา ฝ้าย 100% ปักชื่อได้", "spa_towel"),
            ("เสื้อคลุมอาบน้ำ ผ้าวาฟเฟิล", "bathrobe"),
        ],
        [N("ด้ายฝ้ายเบอร์ใหญ่ สำหรับทอผ้าขนหนู", "cotton_spun_yarn")],
    ),
    Sme(
        "bsh-052", "en", "Cha-am Batik & Sarong House", "ageing_lifestyle_central", "downstream", "Phetchaburi",
        "chaambatik@gmail.com", [], [],
        [
            ("Hand-drawn batik sarongs for spas and hotels", "spa_sarong"),
            ("Cotton pha sin tube skirts", "pha_sin_skirt"),
        ],
        [N("Grey cotton cloth, undyed, for batik, by the roll", "cotton_muslin_fabric")],
    ),
    Sme(
        "bsh-053", "th", "สวนสมุนไพรอินทรีย์ชัยนาท", "ageing_lifestyle_central", "upstream", "Chai Nat",
        "chainat.organicherb@gmail.com", ["Organic Thailand"], ["bio"],
        [
            ("ไพล ตะไคร้ ขมิ้น อบแห้ง ปลูกแบบอินทรีย์", "dried_herbs"),
            ("ลูกประคบสด ทำตามสั่ง", "herbal_compress_ball"),
        ],
        [N("ผ้าดิบห่อลูกประคบ", "cotton_muslin_fabric")],
    ),
    Sme(
        "bsh-054", "en", "Kanchanaburi Herb Growers", "ageing_lifestyle_central", "upstream", "Kanchanaburi",
        "kbherbgrowers@gmail.com", [], ["bio"],
        [("Dried lemongrass, plai, kaffir lime; not certified organic", "dried_herbs")],
        [N("Cotton drawstring pouches for 100 g herb packs", "cotton_drawstring_pouch")],
    ),
    Sme(
        "bsh-055", "th", "กลุ่มปลูกฝ้ายเข็นมือ บ้านนาข่า", "ageing_lifestyle_isan", "upstream", "Loei",
        "nakha.cotton@gmail.com", ["Organic Thailand"], ["bio"],
        [
            ("ฝ้ายเข็นมือ สีธรรมชาติ ฝ้ายตุ่น ฝ้ายขาว", "handspun_cotton_yarn"),
            ("ปุยฝ้ายดิบ หีบเมล็ดออกแล้ว", "raw_cotton_lint"),
        ],
        [U("เครื่องหีบฝ้ายแบบมอเตอร์", "no machine maker in the set")],
    ),
    Sme(
        "bsh-056", "en", "Roi Et Handloom Cotton", "ageing_lifestyle_isan", "midstream", "Roi Et",
        "roiet.handloom@gmail.com", ["OTOP"], ["bio"],
        [
            ("Handwoven cotton fabric, plain or striped, 60 cm wide", "handwoven_cotton_fabric"),
            ("Handwoven cotton scarves, natural dyes", "handwoven_cotton_scarf"),
            ("Pha khao ma, checked loincloth, mixed colours", "pha_khao_ma"),
        ],
        [
            N("hand spun cotton yarn, undyed", "handspun_cotton_yarn"),
            N("Natural dyeing of our yarn in lac and ebony colours", "natural_dyeing_service"),
        ],
    ),
    Sme(
        "bsh-057", "th", "กลุ่มย้อมสีธรรมชาติบ้านโพน", "ageing_lifestyle_isan", "midstream", "Kalasin",
        "banphon.naturaldye@gmail.com", [], ["bio"],
        [
            ("รับย้อมสีธรรมชาติ ครั่ง มะเกลือ ประดู่ ย้อมได้ทั้งฝ้ายและไหม", "natural_dyeing_service"),
            ("ผ้าพันคอฝ้ายย้อมครั่ง", "handwoven_cotton_scarf"),
        ],
        [N("ผ้าฝ้ายขาวทอมือ ไว้มัดย้อม", "handwoven_cotton_fabric")],
    ),
    Sme(
        "bsh-058", "en", "Champ Sportswear OEM", "sportech", "downstream", "Nonthaburi",
        "champ.oem@gmail.com", [], [],
        [
            ("School colour-day shirts, micro polyester, sublimated", "school_sports_shirt"),
            ("Team jerseys, full sublimation", "sublimated_team_jersey"),
        ],
        [N("White polyester micro mesh for sublimation", "wicking_knit_fabric")],
    ),
    Sme(
        "bsh-059", "th", "ร้านผ้าทีซี พาหุรัด", "ageing_lifestyle_central", "midstream", "Bangkok",
        "tcpahurat@gmail.com", [], [],
        [
            ("ผ้าโทเร ผ้าเชิ้ตนักเรียน สีขาว ขายเป็นม้วน", "tc_shirting_fabric"),
            ("ผ้าดิบ ผ้าสาลู หน้ากว้าง 36 นิ้ว", "cotton_muslin_fabric"),
        ],
        [U("หาขนส่งเจ้าประจำ ส่งต่างจังหวัด", "no transport company in the set")],
    ),
    Sme(
        "bsh-060", "en", "FinishPro Textile Finishing", "sportech", "midstream", "Samut Prakan",
        "jobs@finishpro.co.th", ["bluesign", "ISO 14001"], ["green"],
        [
            ("Antibacterial and anti-odour finishing on your fabric, min 500 m", "antibacterial_finishing_service"),
            ("Water-repellent finishing", "water_repellent_finishing_service"),
        ],
        [N("Greige knit fabric to finish for stock", "knit_jersey_fabric")],
    ),
]


# ------------------------------------------------------------------ bsh-061 ... bsh-080

SMES += [
    Sme(
        "bsh-061", "th", "ร้านโอทอปเด่น สนามบินสุวรรณภูมิ", "ageing_lifestyle_central", "downstream",
        "Samut Prakan", "otopden.airport@gmail.com", [], [],
        [],
        [
            N("ผ้าขาวม้าทอมือ รับเฉพาะสินค้า OTOP", "pha_khao_ma", certs=("OTOP",)),
            N("กระเป๋าผ้าฝ้ายทอมือ ใบกลาง", "handwoven_cotton_bag"),
        ],
    ),
    Sme(
        "bsh-062", "en", "Isan Craft Online", "ageing_lifestyle_isan", "downstream", "Nakhon Ratchasima",
        "isancraft.online@gmail.com", [], [],
        [("We list and sell village products on Etsy and Shopee, 20% commission", "online_sales_agent_service")],
        [
            N("Pha khao ma in bright colours, OTOP not required", "pha_khao_ma", waives=("OTOP",)),
            N("Mudmee silk fabric, 2 m cuts for cushion covers", "mudmee_silk_fabric"),
        ],
    ),
    Sme(
        "bsh-063", "th", "กลุ่มทอผ้าขาวม้าบ้านหนองโน", "ageing_lifestyle_isan", "midstream", "Maha Sarakham",
        "nongno.phakhaoma@gmail.com", [], [],
        [
            ("ผ้าขาวม้าทอมือ ลายตาหมากรุก ผืนละ 2 เมตร", "pha_khao_ma"),
            ("รับทอผ้าลายโลโก้องค์กร ตามสั่ง", "custom_weaving_service"),
        ],
        [
            U("ด้ายฝ้ายย้อมสีสำเร็จ สีสด สีไม่ตก", "no one in the set sells dyed cotton yarn, only undyed"),
            N("อยากได้คนช่วยขายออนไลน์ให้กลุ่ม", "online_sales_agent_service"),
        ],
    ),
    Sme(
        "bsh-064", "th", "ร้านโยคะสบายใจ ออนไลน์", "sportech", "downstream", "Nonthaburi",
        "yogasabaijai@gmail.com", [], [],
        [],
        [
            N("เลกกิ้งโยคะ ผลิตแบรนด์ตัวเอง ขั้นต่ำ 100 ตัว", "private_label_sportswear"),
            N("สายรัดเสื่อโยคะ ผ้ากัญชง", "hemp_yoga_strap"),
        ],
    ),
    Sme(
        "bsh-065", "th", "วินเทจนิมมาน เสื้อผ้ามือสอง", "circular_textile", "downstream", "Chiang Mai",
        "vintage.nimman@gmail.com", [], ["circular"],
        [("เสื้อที่ขายไม่ออก ขาด เปื้อน ส่งต่อให้โรงรีไซเคิล", "used_textiles_for_recycling")],
        [N("เสื้อผ้ามือสองคัดเกรด A เป็นกระสอบ", "used_clothing_sorted")],
    ),
    Sme(
        "bsh-066", "en", "Patchwork Kind", "circular_textile", "downstream", "Bangkok",
        "studio@patchworkkind.com", [], ["circular"],
        [("Patchwork jackets made from deadstock and offcuts", "upcycled_patchwork_clothing")],
        [
            N("Deadstock fabric rolls, cotton or linen, any colour", "deadstock_fabric"),
            N("Woven labels saying 'made from leftovers'", "woven_labels"),
        ],
    ),
    Sme(
        "bsh-067", "th", "โรงงานเสื้อผ้าส่งออก นครชัยศรี", "circular_textile", "midstream", "Nakhon Pathom",
        "nakhonchaisri.garment@gmail.com", [], [],
        [
            ("ผ้าค้างสต็อก ผ้าเหลือจากออเดอร์ส่งออก ขายเป็นม้วน", "deadstock_fabric"),
            ("เศษผ้าคอตตอนจากห้องตัด ชั่งกิโลขาย", "cotton_offcuts"),
        ],
        [N("ใครรับเศษผ้าโพลีเอสเตอร์ไปรีไซเคิลบ้าง", "textile_waste_collection_service")],
    ),
    Sme(
        "bsh-068", "th", "บ้านพักคนชราสุขสันต์ นนทบุรี", "ageing_lifestyle_central", "downstream", "Nonthaburi",
        "suksanhome.nb@gmail.com", [], [],
        [],
        [
            N("ผ้าอ้อมผ้าซักได้ ผ่าน มอก. ยิ่งดี", "washable_incontinence_pad", waives=("Thai Industrial Standard",)),
            N("ผ้ารองที่นอนกันน้ำ สำหรับเตียงผู้ป่วย", "waterproof_mattress_protector"),
        ],
    ),
    Sme(
        "bsh-069", "en", "CareSoft Home Textiles", "ageing_lifestyle_central", "midstream", "Pathum Thani",
        "sales@caresoft-textiles.com", [], [],
        [
            ("Waterproof mattress protectors, TPU laminated, fitted", "waterproof_mattress_protector"),
            ("Washable bed pads for incontinence, 4 layers", "washable_incontinence_pad"),
        ],
        [U("TPU laminated terry fabric, by the roll", "no laminator in the set")],
    ),
    Sme(
        "bsh-070", "th", "ฝ่ายจัดซื้อ โรงพยาบาลวารินเวช", "ageing_lifestyle_isan", "downstream",
        "Ubon Ratchathani", "purchase@warinvej-hospital.com", [], [],
        [],
        [
            N("ชุดผู้ป่วย ผ้าฝ้าย ต้องผ่านมาตรฐาน มอก.", "patient_gown", certs=("Thai Industrial Standard",)),
            U("ผ้าห่มผู้ป่วย ผ้าสำลี", "no blanket maker in the set"),
        ],
    ),
    Sme(
        "bsh-071", "th", "ศิลป์ล้านนา ของฝากสนามบินเชียงราย", "hemp_natural_fibre", "downstream", "Chiang Rai",
        "sinlanna.cei@gmail.com", [], [],
        [],
        [
            N("ของชำร่วยผ้าทอ กระเป๋าใส่เหรียญ ขายส่ง", "coin_purse_handwoven"),
            N("กล่องกระดาษใส่ของฝาก ต้องได้ฉลากเขียว", "gift_boxes", certs=("Thai Green Label",)),
        ],
    ),
    Sme(
        "bsh-072", "th", "กลุ่มผ้าทอไทลื้อ บ้านหนองบัว", "hemp_natural_fibre", "downstream", "Nan",
        "tailue.nongbua@gmail.com", ["OTOP"], ["bio"],
        [
            ("กระเป๋าใส่เหรียญ ผ้าทอลายน้ำไหล", "coin_purse_handwoven"),
            ("ผ้าซิ่นลายน้ำไหล ทอมือ", "pha_sin_skirt"),
        ],
        [N("ฝ้ายโรงงานสีขาว เบอร์ 20 ไว้ทอผ้า", "cotton_spun_yarn")],
    ),
    Sme(
        "bsh-073", "en", "Nimman Concept Store", "hemp_natural_fibre", "downstream", "Chiang Mai",
        "buy@nimmanconcept.store", [], [],
        [],
        [
            N("Indigo handwoven cotton shoulder bags, 50 pcs", "handwoven_cotton_bag"),
            N("Tai Lue woven coin purses, wholesale?", "coin_purse_handwoven"),
        ],
    ),
    Sme(
        "bsh-074", "th", "ครามคราม แบรนด์ผ้าไทยร่วมสมัย", "ageing_lifestyle_central", "downstream", "Bangkok",
        "kramkram.brand@gmail.com", [], ["bio"],
        [("เสื้อผ้าฝ้ายย้อมคราม ทรงร่วมสมัย ขายในห้าง", "indigo_cotton_shirt")],
        [
            N("ผ้าฝ้ายย้อมครามเป็นหลา ทำคอลเลกชันใหม่", "indigo_dyed_cotton_fabric"),
            N("รับย้อมครามเสื้อที่เย็บเสร็จแล้ว", "indigo_dyeing_service"),
            U("ถุงกระดาษหูหิ้ว พิมพ์โลโก้", "the packaging makers here do mailers and boxes, not paper carrier bags"),
        ],
    ),
    Sme(
        "bsh-075", "en", "Riverside Residence Bangkok, Housekeeping", "ageing_lifestyle_central", "downstream",
        "Bangkok", "housekeeping@riverside-residence.com", [], [],
        [],
        [
            N("Bath and hand towels, 100% cotton, OEKO-TEX required", "spa_towel", certs=("OEKO-TEX Standard 100",)),
            N("Embroider our logo on the housekeeping uniforms we already have", "embroidery_service"),
        ],
    ),
    Sme(
        "bsh-076", "th", "ร้านรับซื้อผ้าเก่า ขอนแก่นรีไซเคิล", "circular_textile", "upstream", "Khon Kaen",
        "kkrecycle.cloth@gmail.com", [], ["circular"],
        [("เสื้อผ้าเก่า คัดแยกแล้ว ส่งเป็นตัน", "used_clothing_sorted")],
        [N("เศษผ้าคอตตอน ทำผ้าเช็ดเครื่องจักร เป็นกระสอบ", "cotton_offcuts")],
    ),
    Sme(
        "bsh-077", "en", "Sisaket Kapok & Fibre", "ageing_lifestyle_isan", "upstream", "Sisaket",
        "sisaket.kapok@gmail.com", [], ["bio"],
        [("Kapok fibre, cleaned, for pillows and mattresses", "kapok_fibre")],
        [N("Muslin ticking for kapok pillows", "cotton_muslin_fabric")],
    ),
    Sme(
        "bsh-078", "th", "หมอนขวานผ้าขิด ยโสธร", "ageing_lifestyle_isan", "downstream", "Yasothon",
        "khitpillow.yaso@gmail.com", ["OTOP"], [],
        [
            ("หมอนขวานผ้าขิด ยัดนุ่น 3 ช่อง", "triangle_pillow_khit"),
            ("หมอนอิงผ้าขิด ปลอกถอดซักได้", "cushion_cover"),
        ],
        [
            N("นุ่นสะอาด ไม่มีเมล็ด เป็นกระสอบ", "kapok_fibre"),
            N("ผ้าขิดทอมือ เป็นพับ", "khit_fabric"),
        ],
    ),
    Sme(
        "bsh-079", "en", "Amnat Khit Weavers", "ageing_lifestyle_isan", "midstream", "Amnat Charoen",
        "amnat.khit@gmail.com", [], ["bio"],
        [("Khit supplementary-weft fabric, handwoven, 3 m pieces", "khit_fabric")],
        [N("Export agent to ship khit cushions to Europe", "export_trading_service")],
    ),
    Sme(
        "bsh-080", "en", "GreenPack Solutions", "circular_textile", "midstream", "Bangkok",
        "hello@greenpack.co.th", ["Thai Green Label", "FSC"], ["green", "circular"],
        [("Kraft gift boxes, FSC paper, Green Label certified", "gift_boxes")],
        [N("Product photos of our boxes for the website", "product_photography_service")],
    ),
]


# ------------------------------------------------------------------ bsh-081 ... bsh-095

SMES += [
    Sme(
        "bsh-081", "th", "ร้านกระเป๋าผ้ามินิมอล (Shopee)", "circular_textile", "downstream", "Bangkok",
        "minimalbag.shopee@gmail.com", [], [],
        [],
        [
            N("ถุงผ้าแคนวาสพร้อมขาย ไม่เอาสปันบอนด์ ไม่เอาโพลี", "cotton_canvas_tote"),
            N("ถุงหูรูดผ้าฝ้าย ใส่ของแถม", "cotton_drawstring_pouch"),
        ],
    ),
    Sme(
        "bsh-082", "en", "Canvas & Co. Bag Factory", "circular_textile", "midstream", "Ang Thong",
        "orders@canvasandco.co.th", [], [],
        [
            ("Cotton canvas totes, 12 oz, blank or printed", "cotton_canvas_tote"),
            ("Cotton drawstring pouches, any size, from 200 pcs", "cotton_drawstring_pouch"),
        ],
        [N("12 oz cotton canvas by the roll", "cotton_canvas_fabric")],
    ),
    Sme(
        "bsh-083", "th", "โรงทอผ้าแคนวาส สิงห์บุรี", "circular_textile", "midstream", "Sing Buri",
        "singburi.canvas@gmail.com", [], [],
        [("ผ้าแคนวาส 10-12 ออนซ์ ฝ้าย 100% ขายเป็นม้วน", "cotton_canvas_fabric")],
        [U("เครื่องทอ air jet มือสอง", "no machinery seller in the set")],
    ),
    Sme(
        "bsh-084", "en", "Siam Trade Link Co., Ltd.", "ageing_lifestyle_central", "downstream", "Bangkok",
        "sourcing@siamtradelink.com", [], [],
        [("Sourcing and export of Thai home textiles, FOB Bangkok", "export_trading_service")],
        [
            N("Triangle cushions, khit pattern, 500 pcs for a German buyer", "triangle_pillow_khit"),
            U("GOTS organic cotton scarves - GOTS certificate a must", "the scarf weavers here hold no GOTS",
              certs=("GOTS",)),
        ],
    ),
    Sme(
        "bsh-085", "th", "บริษัท อีสานมอเตอร์ จำกัด (ฝ่ายบุคคล)", "ageing_lifestyle_isan", "downstream",
        "Udon Thani", "hr@isanmotor.co.th", [], [],
        [],
        [
            N("เสื้อโปโลพนักงาน ปักโลโก้ 300 ตัว", "corporate_polo_shirt"),
            N("ผ้าขาวม้าแจกลูกค้า ปักชื่อบริษัท ไม่ต้องมี OTOP", "pha_khao_ma", waives=("OTOP",)),
        ],
    ),
    Sme(
        "bsh-086", "th", "วิ่งเมือง สปอร์ต", "sportech", "downstream", "Bangkok",
        "wingmueang.sport@gmail.com", [], [],
        [("เสื้อวิ่ง กางเกงวิ่ง แบรนด์ของเราเอง วางขายในห้าง", "running_apparel")],
        [
            N("ผ้าไนลอนสแปนเด็กซ์ทำเลกกิ้ง ต้องมี bluesign", "stretch_nylon_spandex_fabric", certs=("bluesign",)),
            N("เสื้อวิ่งผ้ารีไซเคิล ผลิต OEM ถ้ามี GRS ก็ดี", "private_label_sportswear", waives=("GRS",)),
        ],
    ),
    Sme(
        "bsh-087", "th", "กลุ่มปั่นด้ายกัญชงบ้านป่าคา", "hemp_natural_fibre", "upstream", "Mae Hong Son",
        "pakha.hempyarn@gmail.com", [], ["bio"],
        [("ด้ายกัญชงเข็นมือ ต่อเส้นด้วยมือ ม้วนละ 1 กก.", "hemp_yarn")],
        [N("เปลือกกัญชงแห้ง สำหรับปั่นด้าย", "hemp_bast_fibre")],
    ),
    Sme(
        "bsh-088", "en", "Ping River Hemp Weaving", "hemp_natural_fibre", "midstream", "Chiang Mai",
        "pingriverhemp@gmail.com", [], ["bio"],
        [("Hemp fabric from semi-auto looms, 110 cm wide", "hemp_fabric")],
        [N("Hand-spun hemp yarn, 50 kg a month", "hemp_yarn")],
    ),
    Sme(
        "bsh-089", "th", "เวลเนส ริมโขง หนองคาย", "ageing_lifestyle_isan", "downstream", "Nong Khai",
        "wellness.rimkhong@gmail.com", [], ["green"],
        [],
        [
            N("ลูกประคบสมุนไพรอินทรีย์ ต้องมีตรา Organic Thailand", "herbal_compress_ball",
              certs=("Organic Thailand",)),
            N("ผ้าถุง ผ้าซิ่น ให้แขกเปลี่ยนก่อนนวด", "spa_sarong", "pha_sin_skirt"),
        ],
    ),
    Sme(
        "bsh-090", "en", "Phuket Dive & Surf Shop", "sportech", "downstream", "Phuket",
        "shop@phuketdivesurf.com", [], [],
        [],
        [
            N("Rash guards with our shop logo, UPF 50, 150 pcs", "private_label_sportswear"),
            N("Water-repellent finish on the fabric for our dry bags", "water_repellent_finishing_service"),
        ],
    ),
    Sme(
        "bsh-091", "th", "กว๊านช็อป ของฝากพะเยา", "hemp_natural_fibre", "downstream", "Phayao",
        "kwanshop.phayao@gmail.com", [], [],
        [],
        [N("ผ้าพันคอไหม ไม่ต้องมีตรานกยูง ขอราคาส่ง", "handwoven_silk_scarf", waives=("Thai Silk Peacock Emblem",))],
    ),
    Sme(
        "bsh-092", "th", "ปทุมซับลิเมชั่น", "sportech", "midstream", "Pathum Thani",
        "pathumsub@gmail.com", [], [],
        [("รับพิมพ์ซับลิเมชั่น ผ้าม้วนหรือชิ้นงาน ลูกค้าส่งผ้ามาเอง", "sublimation_printing_service")],
        [N("ผ้าไมโครโพลีสีขาว สำหรับพิมพ์", "wicking_knit_fabric")],
    ),
    Sme(
        "bsh-093", "en", "Green Valley Senior Living", "ageing_lifestyle_central", "downstream", "Nakhon Nayok",
        "care@greenvalley-senior.com", [], [],
        [],
        [
            N("Adaptive clothing for residents, easy on and off, velcro or magnets", "adaptive_clothing_elderly"),
            N("Non-slip socks; OEKO-TEX nice to have", "non_slip_socks", waives=("OEKO-TEX Standard 100",)),
        ],
    ),
    Sme(
        "bsh-094", "th", "กลุ่มสตรีทอเสื่อกก บางสระเก้า", "hemp_natural_fibre", "downstream", "Chanthaburi",
        "bangsakao.reedmat@gmail.com", ["OTOP"], ["bio"],
        [
            ("เสื่อกกทอมือ ลายสวย พับได้", "reed_mat"),
            ("กระเป๋าเสื่อกก ใบใหญ่", "reed_bag"),
        ],
        [N("ผ้าฝ้ายทอมือ เอามาเย็บขอบเสื่อ", "handwoven_cotton_fabric")],
    ),
    Sme(
        "bsh-095", "th", "ไทยคราฟท์ ไอคอน (ร้านในห้าง)", "ageing_lifestyle_central", "downstream", "Bangkok",
        "thaicrafticon@gmail.com", [], [],
        [],
        [
            N("กระเป๋าเสื่อกก ทรงสวย ขายนักท่องเที่ยว", "reed_bag"),
            N("ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน", "mudmee_silk_fabric", certs=("Thai Silk Peacock Emblem",)),
        ],
    ),
]


# ------------------------------------------------------------------ checks and output

TARGET_SMES = 95
TH_SHARE = (0.50, 0.60)
LINKS = (140, 180)
CROSS_SHARE = 0.45
UNMET = (15, 25)
MIN_CERT_NEEDS = 6
MIN_WAIVE_NEEDS = 4
MIN_PROVINCES = 30
EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+$")
THAI = re.compile("[\u0e00-\u0e7f]")
LATIN = re.compile("[A-Za-z]")


def _taxonomy() -> ModuleType:
    """`shared.taxonomy`, imported once the repository root is on sys.path."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from shared import taxonomy

    return taxonomy


def _phrases(sme: Sme) -> list[str]:
    return [text for text, _ in sme.offers] + [need.text for need in sme.needs]


def _mentioned(tx: ModuleType, cert: str, text: str) -> bool:
    folded = text.casefold()
    for row in tx.CERTIFICATIONS:
        if row.name == cert:
            names = (row.name, row.full_name, row.name_th, *row.aliases, *row.mentions)
            return any(name.casefold() in folded for name in names)
    return False


def links_of(tx: ModuleType) -> set[tuple[str, str]]:
    held = {sme.id: {tx.resolve_certification(c) for c in sme.certs} for sme in SMES}
    offered: dict[str, set[str]] = {}
    for sme in SMES:
        for _, label in sme.offers:
            offered.setdefault(label, set()).add(sme.id)
    pairs: set[tuple[str, str]] = set()
    for buyer in SMES:
        for need in buyer.needs:
            for label in need.labels:
                for supplier in offered.get(label, ()):
                    if supplier != buyer.id and set(need.certs) <= held[supplier]:
                        pairs.add((supplier, buyer.id))
    return pairs


def errors_of(tx: ModuleType) -> list[str]:
    errors: list[str] = []
    subs = {s.value for s in tx.SubCluster}
    stages = {s.value for s in tx.Stage}
    bcgs = {b.value for b in tx.BcgTag}
    held = {sme.id: {tx.resolve_certification(c) for c in sme.certs} for sme in SMES}
    offered: dict[str, set[str]] = {}
    for sme in SMES:
        for _, label in sme.offers:
            offered.setdefault(label, set()).add(sme.id)
    ids = [sme.id for sme in SMES]
    if ids != [f"bsh-{i:03d}" for i in range(1, len(ids) + 1)]:
        errors.append("ids are not bsh-001 ... in order")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    emails = Counter(sme.email for sme in SMES)
    errors += [f"email {e} used {n} times" for e, n in emails.items() if n > 1]
    for sme in SMES:
        where = sme.id
        if sme.lang not in tx.LANGUAGES:
            errors.append(f"{where}: language {sme.lang!r}")
        if sme.sub not in subs:
            errors.append(f"{where}: sub-cluster {sme.sub!r}")
        if sme.stage not in stages:
            errors.append(f"{where}: stage {sme.stage!r}")
        if tx.resolve_province(sme.province) is None:
            errors.append(f"{where}: province {sme.province!r}")
        if not EMAIL.match(sme.email):
            errors.append(f"{where}: e-mail {sme.email!r}")
        if not sme.name.strip():
            errors.append(f"{where}: empty name")
        for cert in sme.certs:
            if tx.resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        for tag in sme.bcg:
            if tag not in bcgs:
                errors.append(f"{where}: BCG tag {tag!r}")
        if not 0 <= len(sme.offers) <= 4 or not 1 <= len(sme.needs) <= 4:
            errors.append(f"{where}: {len(sme.offers)} offers, {len(sme.needs)} needs")
        for text in _phrases(sme):
            thai, latin = len(THAI.findall(text)), len(LATIN.findall(text))
            if sme.lang == "th" and thai <= latin:
                errors.append(f"{where}: Thai profile phrase not mostly Thai: {text!r}")
            if sme.lang == "en" and (thai or any(ord(ch) > 0x24F and ch.isalpha() for ch in text)):
                errors.append(f"{where}: English profile phrase not Latin only: {text!r}")
        if sme.lang == "en" and THAI.search(sme.name):
            errors.append(f"{where}: English profile with a Thai name")
        for need in sme.needs:
            said = f"{where}: need {need.text!r}"
            if bool(need.unmet) == bool(need.labels):
                errors.append(f"{said} must have labels or an unmet note, not both")
            for cert in (*need.certs, *need.waives):
                if tx.resolve_certification(cert) != cert:
                    errors.append(f"{said}: {cert!r} is not a canonical certification name")
            found = tx.find_certifications(need.text)
            if found != set(need.certs):
                errors.append(f"{said}: text asks for {sorted(found)}, labelled {sorted(need.certs)}")
            for cert in need.waives:
                if not _mentioned(tx, cert, need.text) or cert in found:
                    errors.append(f"{said}: waived {cert} is not named as waived in the text")
            for label in need.labels:
                if not offered.get(label, set()) - {sme.id}:
                    errors.append(f"{said}: no one else offers {label!r}")
            if need.labels:
                qualified = [
                    sid
                    for label in need.labels
                    for sid in offered.get(label, ())
                    if sid != sme.id and set(need.certs) <= held[sid]
                ]
                if not qualified:
                    errors.append(f"{said}: no qualified supplier")
    return errors


def target_errors(tx: ModuleType, pairs: set[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    lang = {sme.id: sme.lang for sme in SMES}
    th = sum(1 for sme in SMES if sme.lang == "th")
    needs = [need for sme in SMES for need in sme.needs]
    unmet = sum(1 for need in needs if need.unmet)
    cross = sum(1 for s, b in pairs if lang[s] != lang[b])
    if len(SMES) != TARGET_SMES:
        errors.append(f"{len(SMES)} SMEs, want {TARGET_SMES}")
    if not TH_SHARE[0] <= th / max(1, len(SMES)) <= TH_SHARE[1]:
        errors.append(f"Thai share {th}/{len(SMES)}")
    if not LINKS[0] <= len(pairs) <= LINKS[1]:
        errors.append(f"{len(pairs)} links, want {LINKS[0]}-{LINKS[1]}")
    if cross < CROSS_SHARE * len(pairs):
        errors.append(f"cross-language links {cross}/{len(pairs)}")
    if not UNMET[0] <= unmet <= UNMET[1]:
        errors.append(f"{unmet} unmet needs, want {UNMET[0]}-{UNMET[1]}")
    if sum(1 for need in needs if need.certs) < MIN_CERT_NEEDS:
        errors.append("too few needs require a certification")
    if sum(1 for need in needs if need.waives) < MIN_WAIVE_NEEDS:
        errors.append("too few needs waive a certification")
    if {sme.sub for sme in SMES} != {s.value for s in tx.SubCluster}:
        errors.append("not every sub-cluster is used")
    if {sme.stage for sme in SMES} != {s.value for s in tx.Stage}:
        errors.append("not every stage is used")
    if len({tx.resolve_province(sme.province).name_en for sme in SMES}) < MIN_PROVINCES:
        errors.append("too few provinces")
    return errors


def counts_table(tx: ModuleType, pairs: set[tuple[str, str]]) -> str:
    by_id = {sme.id: sme for sme in SMES}
    needs = [need for sme in SMES for need in sme.needs]
    th = sum(1 for sme in SMES if sme.lang == "th")
    th_en = sum(1 for s, b in pairs if by_id[s].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for s, b in pairs if by_id[s].lang == "en" and by_id[b].lang == "th")
    cross = th_en + en_th
    regions = Counter(tx.resolve_province(sme.province).region.value for sme in SMES)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(SMES))),
        ("Thai / English profiles", f"{th} / {len(SMES) - th}"),
    ]
    rows += [(f"sub-cluster `{s.value}`", str(sum(1 for x in SMES if x.sub == s.value))) for s in tx.SubCluster]
    rows += [(f"stage `{s.value}`", str(sum(1 for x in SMES if x.stage == s.value))) for s in tx.Stage]
    rows += [(f"region `{r.value}`", str(regions.get(r.value, 0))) for r in tx.Region]
    rows += [
        ("distinct provinces", str(len({tx.resolve_province(x.province).name_en for x in SMES}))),
        ("offers", str(sum(len(x.offers) for x in SMES))),
        ("distinct offer labels", str(len({label for x in SMES for _, label in x.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{sum(1 for n in needs if not n.unmet)} / {sum(1 for n in needs if n.unmet)}"),
        ("needs requiring a certification", str(sum(1 for n in needs if n.certs))),
        ("needs waiving a certification", str(sum(1 for n in needs if n.waives))),
        ("true links", str(len(pairs))),
        ("cross-language links, Thai supplier to English buyer", str(th_en)),
        ("cross-language links, English supplier to Thai buyer", str(en_th)),
        ("cross-language links, total", f"{cross} ({100 * cross / max(1, len(pairs)):.1f} %)"),
        ("within-language links", str(len(pairs) - cross)),
        ("links between different sub-clusters", str(sum(1 for s, b in pairs if by_id[s].sub != by_id[b].sub))),
    ]
    lines = ["| count | value |", "|---|---|"] + [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


def profile_json(sme: Sme) -> dict[str, object]:
    return {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [text for text, _ in sme.offers],
        "needs": [need.text for need in sme.needs],
        "certifications": list(sme.certs),
        "bcg": list(sme.bcg),
        "contact_email": sme.email,
        "language": sme.lang,
    }


def main() -> int:
    tx = _taxonomy()
    pairs = links_of(tx)
    errors = errors_of(tx) + target_errors(tx, pairs)
    sys.stdout.write(counts_table(tx, pairs))
    if errors:
        for error in errors:
            sys.stderr.write(f"CHECK FAILED: {error}\n")
        sys.stderr.write(f"{len(errors)} check(s) failed; nothing written\n")
        return 1
    profiles = "".join(json.dumps(profile_json(sme), ensure_ascii=False) + "\n" for sme in SMES)
    (HERE / "profiles.jsonl").write_text(profiles, encoding="utf-8", newline="\n")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(pairs))
    (HERE / "links.csv").write_text(buffer.getvalue(), encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
