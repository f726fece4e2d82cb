"""Hand-labelled evaluation set: plain trade-registry entries of a Thai textile and wellness cluster.

Run from the repository root:

    .venv/bin/python eval/blind_plain_trade/write.py

Checks the data, then writes profiles.jsonl and links.csv next to this file.
Nothing is written when a check fails.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from dataclasses import dataclass
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

# ---------------------------------------------------------------- data model


@dataclass(frozen=True)
class Offer:
    text: str
    label: str  # what the thing IS


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]  # offer labels that meet it; empty: met by no one
    certs: tuple[str, ...] = ()  # certifications the text requires of the supplier
    waives: tuple[str, ...] = ()  # certifications the text names only to waive
    note: str = ""  # for needs met by no one: what it asks for


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    language: str
    email: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()


def sell(text: str, label: str) -> Offer:
    return Offer(text, label)


def seek(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, tuple(labels), certs, waives)


def seek_none(text: str, note: str, waives: tuple[str, ...] = ()) -> Need:
    return Need(text, (), (), waives, note)


HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
CENT = "ageing_lifestyle_central"
ISAN = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"

# Label groups used by several needs.
ANY_HANDWOVEN_COTTON = ("handwoven_cotton_fabric_undyed", "handwoven_cotton_fabric_dyed", "indigo_dyed_cotton_fabric")
ANY_HEMP_YARN = ("hemp_yarn_handspun", "hemp_yarn_machine_spun")
POLY_KNIT = ("wicking_knit_fabric", "recycled_performance_knit")
TRANSFER_SHEETS = ("patient_transfer_sheet_washable", "patient_transfer_sheet_disposable")

# ---------------------------------------------------------------- profiles

PROFILES: tuple[Profile, ...] = (
    # ------------------------------------------------ hemp and natural fibre
    Profile(
        "bpt-001",
        "วิสาหกิจชุมชนกลุ่มปลูกกัญชงบ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        "th",
        "maesamai.hemp@gmail.com",
        offers=(
            sell("ต้นกัญชงตากแห้ง มัดละ 5 กก. ขั้นต่ำ 200 กก.", "hemp_stalk_dried"),
            sell("เส้นใยกัญชงลอกมือ ยังไม่ปั่น คัดเส้นยาว", "hemp_fibre_raw"),
            sell("ด้ายกัญชงเข็นมือ สีธรรมชาติ ราคาคุยกันได้ โทร 081-960-2231", "hemp_yarn_handspun"),
        ),
        needs=(
            seek("ต้องการเครื่องลอกเปลือกกัญชงขนาดเล็ก ใช้ไฟบ้าน", "hemp_decorticator"),
            seek_none("เมล็ดพันธุ์กัญชงที่ได้รับอนุญาต สำหรับปลูกฤดูฝน 2568", "licensed hemp seed for planting"),
        ),
        bcg=("bio",),
    ),
    Profile(
        "bpt-002",
        "Lanna Hemp Weaving Co., Ltd.",
        HEMP,
        MID,
        "Chiang Mai",
        "en",
        "sales@lannahempweaving.co.th",
        offers=(
            sell("Hemp yarn, ring spun, Nm 10-20; 55/45 hemp-cotton on request", "hemp_yarn_machine_spun"),
            sell(
                "Woven fabric of true hemp, unbleached (HS 5309), 280 gsm, 150 cm, MOQ 500 m",
                "hemp_fabric_machine_woven",
            ),
        ),
        needs=(
            seek("Decorticated hemp fibre, long line, min. 1 t/month", "hemp_fibre_raw"),
            seek(
                "Natural dye house to dye our fabric (we supply greige)",
                "natural_dyeing_service",
                "indigo_dyeing_service",
            ),
        ),
        certifications=("OEKO-TEX Standard 100",),
        bcg=("bio", "green"),
    ),
    Profile(
        "bpt-003",
        "หจก. ใยกัญชงดอยแม่สลอง แฮนด์เมด",
        HEMP,
        DOWN,
        "Chiang Rai",
        "th",
        "doimaesalong.hemp@hotmail.com",
        offers=(
            sell("กระเป๋าสะพายผ้าใยกัญชง ปักลายชาวเขา ส่งทั่วประเทศ", "hemp_bag"),
            sell("ผ้าพันคอเฮมพ์ย้อมคราม งานแฮนด์เมดทุกผืน", "natural_dyed_scarf"),
        ),
        needs=(
            seek("ผ้ากัญชงทอมือ หน้ากว้าง 40 นิ้ว เดือนละ 100 หลา", "hemp_fabric_handwoven", "hemp_batik_fabric"),
            seek("ซิป หัวเข็มขัดพลาสติก อะไหล่กระเป๋า", "bag_hardware"),
        ),
        certifications=("OTOP",),
    ),
    Profile(
        "bpt-004",
        "Kyoto Natural Goods – Thailand Sourcing Office",
        HEMP,
        DOWN,
        "Bangkok",
        "en",
        "th-sourcing@kyoto-naturalgoods.jp",
        offers=(),
        needs=(
            seek("Handwoven hemp cloth, undyed, GOTS not required", "hemp_fabric_handwoven", waives=("GOTS",)),
            seek("Looking for hand-spun hemp yarn for knitting kits, 50 g skeins", "hemp_yarn_handspun"),
            seek("Natural indigo dyed hand-loomed cotton, for noren curtains", "indigo_dyed_cotton_fabric"),
            seek("Hemp tote and shoulder bags, finished, lined", "hemp_bag"),
        ),
    ),
    Profile(
        "bpt-005",
        "วิสาหกิจชุมชนผ้าย้อมครามบ้านดอนกอย",
        HEMP,
        MID,
        "Sakon Nakhon",
        "th",
        "donkoi.indigo@gmail.com",
        offers=(
            sell("เนื้อครามเปียก ถุงละ 1 กก. หมักเองทุกล็อต", "indigo_paste"),
            sell("รับย้อมครามผ้าฝ้าย ผ้าไหม ลูกค้าส่งผ้ามาเอง", "indigo_dyeing_service"),
            sell("ผ้าฝ้ายย้อมครามทอมือ ลายขิด หน้ากว้าง 1 ม.", "indigo_dyed_cotton_fabric"),
        ),
        needs=(
            seek("ฝ้ายเข็นมือ ยังไม่ย้อม", "cotton_yarn_handspun"),
            seek("ใบครามสด ส่งทุกสัปดาห์ ช่วง ต.ค.-ม.ค.", "indigo_leaves"),
            seek("หาคนช่วยทำการตลาดออนไลน์ เพจ ร้านค้า", "marketing_service"),
        ),
        certifications=("OTOP",),
        bcg=("bio",),
    ),
    Profile(
        "bpt-006",
        "Khao Kho Organic Cotton Farm",
        HEMP,
        UP,
        "Phetchabun",
        "en",
        "khaokho.cottonfarm@gmail.com",
        offers=(
            sell("Organic seed cotton, rain-fed, harvest Dec-Feb", "raw_cotton"),
            sell("Ginned cotton lint approx. 300 kg per season", "raw_cotton"),
        ),
        needs=(seek_none("Small roller gin, second-hand OK", "cotton ginning machine"),),
        certifications=("Organic Thailand",),
        bcg=("bio", "green"),
    ),
    Profile(
        "bpt-007",
        "กลุ่มทอผ้าฝ้ายบ้านนาป่าหนาด",
        HEMP,
        MID,
        "Loei",
        "th",
        "napanad.weaving@gmail.com",
        offers=(
            sell("ฝ้ายเข็นมือ มีเส้นใหญ่ เส้นเล็ก", "cotton_yarn_handspun"),
            sell("ผ้าฝ้ายทอมือ ย้อมสีธรรมชาติ เมตรละ 250 บาท", "handwoven_cotton_fabric_dyed"),
            sell("ผ้าฝ้ายดิบทอมือ สีขาวนวล ไม่ฟอกไม่ย้อม", "handwoven_cotton_fabric_undyed"),
        ),
        needs=(
            seek("รับซื้อปุยฝ้ายจากเกษตรกร", "raw_cotton"),
            seek("กี่กระตุก 1 หลัง", "handloom"),
        ),
        certifications=("OTOP",),
    ),
    Profile(
        "bpt-008",
        "Nan Natural Dye Studio",
        HEMP,
        MID,
        "Nan",
        "en",
        "hello@nannaturaldye.com",
        offers=(
            sell(
                "Natural dyeing on your yarn or fabric – lac, ebony, mango bark; 20 kg min. per colour",
                "natural_dyeing_service",
            ),
            sell("Lac dye extract powder, 1 kg pouch", "natural_dye_extract"),
        ),
        needs=(
            seek("Stick lac direct from growers, 100 kg", "lac_stick_raw"),
            seek("Dried dye barks and heartwood chips", "dye_plants_dried"),
            seek("Natural indigo paste, fermented", "indigo_paste"),
        ),
        bcg=("bio", "green"),
    ),
    Profile(
        "bpt-009",
        "กลุ่มเลี้ยงครั่งบ้านแม่ทะ",
        HEMP,
        UP,
        "Lampang",
        "th",
        "maetha.lac@gmail.com",
        offers=(
            sell("ครั่งดิบ (ครั่งกิ่ง) กก.ละ 120 บาท", "lac_stick_raw"),
            sell("เปลือกไม้ย้อมสี ประดู่ มะเกลือ แก่นขนุน ตากแห้ง", "dye_plants_dried"),
        ),
        needs=(),
        bcg=("bio",),
    ),
    Profile(
        "bpt-010",
        "Surin Silk House Co., Ltd.",
        HEMP,
        MID,
        "Surin",
        "en",
        "export@surinsilkhouse.com",
        offers=(
            sell("Mudmee silk, hand-loomed, gold Peacock Emblem", "silk_fabric_handwoven"),
            sell("Reeled Thai silk yarn, native Nangnoi breed", "silk_yarn"),
        ),
        needs=(
            seek("Silk cocoons, yellow native type, 200 kg/month", "silk_cocoons"),
            seek("Need help with export paperwork and trade fair booths", "export_consulting_service"),
        ),
        certifications=("Thai Silk Peacock Emblem", "OTOP"),
    ),
    Profile(
        "bpt-011",
        "กลุ่มเลี้ยงไหมบ้านหนองตาไก้",
        HEMP,
        UP,
        "Buriram",
        "th",
        "nongtakai.silk@gmail.com",
        offers=(
            sell("รังไหมพันธุ์พื้นบ้าน สีเหลือง", "silk_cocoons"),
            sell("เส้นไหมน้อย สาวมือ", "silk_yarn"),
        ),
        needs=(seek_none("กิ่งพันธุ์หม่อน 2,000 กิ่ง", "mulberry cuttings for planting"),),
        bcg=("bio",),
    ),
    Profile(
        "bpt-012",
        "Maison Lotus – Bangkok Buying Office",
        HEMP,
        DOWN,
        "Bangkok",
        "en",
        "bkk.buying@maisonlotus.fr",
        offers=(),
        needs=(
            seek("Lotus stem fibre fabric, handwoven, 5 m sample lengths", "lotus_fabric"),
            seek(
                "Thai silk yardage with Peacock Emblem, for scarves",
                "silk_fabric_handwoven",
                certs=("Thai Silk Peacock Emblem",),
            ),
            seek("Finished silk scarves, hand-rolled hems, delivery before Sept.", "silk_scarf"),
        ),
    ),
    Profile(
        "bpt-013",
        "วิสาหกิจชุมชนใยบัวบึงสีไฟ",
        HEMP,
        MID,
        "Phichit",
        "th",
        "buengsifai.lotus@gmail.com",
        offers=(
            sell("เส้นใยบัวสาวมือจากก้านบัว", "lotus_yarn"),
            sell("ผ้าทอใยบัวผสมฝ้าย สั่งทอได้", "lotus_fabric"),
        ),
        needs=(seek("ฝ้ายโรงงาน เบอร์ 20 สีขาว", "cotton_yarn_machine_spun"),),
        bcg=("bio",),
    ),
    Profile(
        "bpt-014",
        "Chumphon Banana Fibre Community Enterprise",
        HEMP,
        UP,
        "Chumphon",
        "en",
        "chumphon.bananafibre@gmail.com",
        offers=(sell("Banana trunk fibre, hand scraped, sun dried, 10 kg bundle", "banana_fibre"),),
        needs=(seek("Need machine for scraping fibre from banana stem", "fibre_extraction_machine"),),
        bcg=("bio", "circular"),
    ),
    Profile(
        "bpt-015",
        "วิสาหกิจชุมชนใยสับปะรดปราณบุรี",
        HEMP,
        UP,
        "Prachuap Khiri Khan",
        "th",
        "pranburi.pineapple@gmail.com",
        offers=(
            sell("เส้นใยใบสับปะรด ขูดเครื่อง ล้างแล้ว", "pineapple_leaf_fibre"),
            sell("ใบสับปะรดสดหลังเก็บผล เดือนละ 5 ตัน ให้ฟรีถ้ามารับเอง", "pineapple_leaves_raw"),
        ),
        needs=(seek("ต้องการนักออกแบบผลิตภัณฑ์จากใยสับปะรด", "product_design_service"),),
        bcg=("bio", "circular"),
    ),
    Profile(
        "bpt-016",
        "Siam Fibre Innovations Co., Ltd.",
        HEMP,
        MID,
        "Pathum Thani",
        "en",
        "info@siamfibreinno.co.th",
        offers=(
            sell("Toll spinning of pineapple or banana blends – you send the fibre", "toll_spinning_service"),
            sell("Pineapple/cotton blended yarn Ne 16", "natural_blend_yarn"),
        ),
        needs=(
            seek("Pineapple leaf fibre, degummed, 1 t trial order", "pineapple_leaf_fibre"),
            seek("Banana stem fibre", "banana_fibre"),
        ),
        bcg=("bio",),
    ),
    Profile(
        "bpt-017",
        "ร้านผ้าไทยใส่สบาย",
        HEMP,
        DOWN,
        "Bangkok",
        "th",
        "phathai.saisabai@gmail.com",
        offers=(sell("เสื้อผ้าฝ้ายทอมือ ทรงร่วมสมัย ไซส์ S-3XL", "handwoven_cotton_garments"),),
        needs=(
            seek("ผ้าฝ้ายทอมือ ย้อมสีธรรมชาติ หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric_dyed", "indigo_dyed_cotton_fabric"),
            seek("ช่างรับตัดเย็บ ใช้ผ้าของร้านเอง", "garment_sewing_service"),
        ),
    ),
    Profile(
        "bpt-018",
        "Hill Tribe Craft Export Co., Ltd.",
        HEMP,
        DOWN,
        "Chiang Mai",
        "en",
        "order@hilltribecraftexport.com",
        offers=(sell("Hemp cross-body bags with batik, wholesale only", "hemp_bag"),),
        needs=(
            seek("Batik (wax-resist) hemp fabric, handwoven", "hemp_batik_fabric"),
            seek(
                "Hand-woven hemp cloth, Fairtrade welcome but not required",
                "hemp_fabric_handwoven",
                "hemp_batik_fabric",
                waives=("Fairtrade",),
            ),
        ),
        certifications=("Fairtrade",),
    ),
    Profile(
        "bpt-019",
        "วิสาหกิจชุมชนผ้าใยกัญชงม้งเขาค้อ",
        HEMP,
        MID,
        "Phetchabun",
        "th",
        "khaokho.hmonghemp@gmail.com",
        offers=(
            sell("ผ้าใยกัญชงทอมือ เขียนเทียน ย้อมคราม", "hemp_batik_fabric"),
            sell("ผ้าเฮมพ์ทอมือ สีธรรมชาติ ไม่ย้อม", "hemp_fabric_handwoven"),
        ),
        needs=(
            seek("ด้ายกัญชงเข็นมือ", "hemp_yarn_handspun"),
            seek_none("ขี้ผึ้งแท้สำหรับเขียนเทียน 50 กก.", "beeswax for batik"),
        ),
        certifications=("OTOP",),
        bcg=("bio",),
    ),
    Profile(
        "bpt-020",
        "Udon Indigo Leaf Growers Group",
        HEMP,
        UP,
        "Udon Thani",
        "en",
        "udonindigo.growers@gmail.com",
        offers=(sell("Fresh and dried indigo leaf (Indigofera tinctoria)", "indigo_leaves"),),
        needs=(seek("Consultant for Organic Thailand certification", "certification_consulting_service"),),
        bcg=("bio",),
    ),
    # ------------------------------------------------ circular textile
    Profile(
        "bpt-021",
        "บจก. สาครรีไซเคิลพลาสติก",
        CIRC,
        UP,
        "Samut Sakhon",
        "th",
        "sakhon.recycle@gmail.com",
        offers=(
            sell("ขวด PET อัดก้อน คัดสีใส", "pet_bottles_baled"),
            sell("เกล็ดขวดเพ็ท ล้างร้อนแล้ว บรรจุจัมโบ้แบ็ก", "pet_flakes"),
        ),
        needs=(
            seek("รับซื้อขวดพลาสติกใสจากชุมชน ร้านรับซื้อของเก่า", "pet_bottles_baled"),
            seek_none("เครื่องบดพลาสติก 500 กก./ชม.", "plastic granulator machine"),
        ),
        bcg=("circular",),
    ),
    Profile(
        "bpt-022",
        "EcoFibre Rayong Co., Ltd.",
        CIRC,
        UP,
        "Rayong",
        "en",
        "sales@ecofibrerayong.com",
        offers=(
            sell(
                "Polyester staple fibre, recycled, not carded (HS 5503.20), 1.4D x 38 mm, GRS",
                "recycled_polyester_fibre",
            ),
            sell("rPET DTY 75D/72F, raw white", "recycled_polyester_yarn"),
        ),
        needs=(
            seek("Clear PET flakes, hot-washed, 50 t/month", "pet_flakes"),
            seek("Want to buy baled post-consumer PET bottles", "pet_bottles_baled"),
        ),
        certifications=("GRS", "ISO 14001"),
        bcg=("circular", "green"),
    ),
    Profile(
        "bpt-023",
        "ธนาคารขยะชุมชนบางบัวทอง",
        CIRC,
        UP,
        "Nonthaburi",
        "th",
        "bbt.wastebank@gmail.com",
        offers=(
            sell("ขวดน้ำดื่มพลาสติกใส อัดก้อน เดือนละ 2 ตัน", "pet_bottles_baled"),
            sell("เสื้อผ้าเก่าจากครัวเรือน คัดแยกแล้ว", "used_clothing"),
        ),
        needs=(seek("อบรมการแปรรูปผ้าเก่าเป็นสินค้า ให้สมาชิก 30 คน", "upcycling_training"),),
        bcg=("circular",),
    ),
    Profile(
        "bpt-024",
        "Second Thread Recycling Co., Ltd.",
        CIRC,
        MID,
        "Samut Prakan",
        "en",
        "contact@secondthread.co.th",
        offers=(
            sell("We shred your cutting waste back into fibre (toll processing)", "textile_shredding_service"),
            sell("Recycled cotton fibre, garnetted, pre-consumer source", "recycled_cotton_fibre"),
            sell("OE recycled cotton yarn Ne 10, 70/30 with rPET, RCS", "recycled_cotton_yarn"),
        ),
        needs=(
            seek("Pre-consumer cotton cutting waste, sorted by colour", "cotton_cutting_waste"),
            seek("Cotton thread waste / hard waste from mills", "cotton_yarn_waste"),
        ),
        certifications=("RCS",),
        bcg=("circular",),
    ),
    Profile(
        "bpt-025",
        "บจก. สยามการ์เมนต์ส่งออก",
        CIRC,
        MID,
        "Samut Sakhon",
        "th",
        "purchase@siamgarmentexport.co.th",
        offers=(
            sell("เศษผ้าตัดจากโรงงาน คอตตอน 100% คัดสี วันละ 300 กก.", "cotton_cutting_waste"),
            sell("รับผลิตเสื้อยืด เสื้อโปโล OEM และรับตัดเย็บ CMT", "garment_sewing_service"),
        ),
        needs=(
            seek("หาบริษัทรับเก็บเศษผ้า ออกเอกสารการกำจัดถูกต้อง", "textile_waste_collection_service"),
            seek("ด้ายรีไซเคิล มาตรฐาน GRS", "recycled_cotton_yarn", "recycled_polyester_yarn", certs=("GRS",)),
        ),
        certifications=("ISO 9001",),
    ),
    Profile(
        "bpt-026",
        "Bangkok Vintage Bales Co., Ltd.",
        CIRC,
        UP,
        "Bangkok",
        "en",
        "bales@bkkvintage.com",
        offers=(
            sell("Imported used clothing bales, mixed grade A/B, 45 kg", "used_clothing"),
            sell("Cotton wiping rags, cut, 10 kg bag", "wiping_rags"),
        ),
        needs=(seek("Outsourced sorting of our bales by fibre type", "textile_sorting_service"),),
        bcg=("circular",),
    ),
    Profile(
        "bpt-027",
        "รีรัก อัพไซเคิล สตูดิโอ",
        CIRC,
        DOWN,
        "Chiang Mai",
        "th",
        "rerak.upcycle@gmail.com",
        offers=(
            sell("กระเป๋าผ้าอัพไซเคิลจากยีนส์เก่า", "upcycled_bag"),
            sell("รับผลิตถุงผ้าจากเศษผ้าให้องค์กร งาน CSR", "upcycled_bag"),
            sell("ปลอกหมอนอิงผ้าปะต่อจากเศษผ้า (แพตช์เวิร์ก)", "upcycled_home_textiles"),
        ),
        needs=(
            seek("กางเกงยีนส์เก่า ไม่จำกัดสภาพ", "used_clothing"),
            seek_none("ด้ายเย็บผ้ารีไซเคิล", "recycled sewing thread"),
        ),
        bcg=("circular",),
    ),
    Profile(
        "bpt-028",
        "Nordic Retail Group – Asia Sourcing",
        CIRC,
        DOWN,
        "Bangkok",
        "en",
        "asia.sourcing@nordicretail.se",
        offers=(),
        needs=(
            seek("GRS-certified recycled polyester fabric for tote bags", "recycled_polyester_fabric", certs=("GRS",)),
            seek("Upcycled patchwork cushion covers", "upcycled_home_textiles"),
            seek(
                "Recycled cotton yarn, no need for GOTS, RCS minimum",
                "recycled_cotton_yarn",
                certs=("RCS",),
                waives=("GOTS",),
            ),
            seek("Hemp canvas, machine woven, 250-300 gsm, 3,000 m", "hemp_fabric_machine_woven"),
        ),
    ),
    Profile(
        "bpt-029",
        "บจก. ทอผ้าพีอีทีไทย",
        CIRC,
        MID,
        "Nakhon Pathom",
        "th",
        "sales@thaipetweaving.co.th",
        offers=(
            sell("ผ้าโพลีเอสเตอร์รีไซเคิลจากขวดพลาสติก หน้า 58 นิ้ว ได้ GRS", "recycled_polyester_fabric"),
            sell("ผ้าแคนวาสรีไซเคิล ทำถุงช้อปปิ้ง", "recycled_polyester_fabric"),
        ),
        needs=(
            seek("เส้นด้ายโพลีเอสเตอร์รีไซเคิล DTY 150D", "recycled_polyester_yarn"),
            seek("หาโรงงานรับเคลือบ PU หลังผ้า ใช้ผ้าของเราเอง", "coating_service"),
        ),
        certifications=("GRS",),
        bcg=("circular",),
    ),
    Profile(
        "bpt-030",
        "Green Felt Industries Co., Ltd.",
        CIRC,
        MID,
        "Chonburi",
        "en",
        "info@greenfelt.co.th",
        offers=(
            sell("Needle-punched felt from textile waste, for car insulation and mattresses", "recycled_nonwoven_felt"),
        ),
        needs=(
            seek(
                "Textile waste, mixed fibres and colours, by the truckload",
                "cotton_cutting_waste",
                "mixed_textile_waste",
                "linen_waste",
                "cotton_yarn_waste",
            ),
            seek("Recycled polyester fibre", "recycled_polyester_fibre", "recycled_fill_fibre"),
        ),
        bcg=("circular",),
    ),
    Profile(
        "bpt-031",
        "หจก. อีสานกรีนเวสต์",
        CIRC,
        UP,
        "Khon Kaen",
        "th",
        "isangreenwaste@gmail.com",
        offers=(
            sell("รับเก็บขยะสิ่งทอและเศษผ้าจากโรงงาน พร้อมใบรับรองการกำจัด", "textile_waste_collection_service"),
            sell("ขายเศษผ้าคละชนิด คละสี กิโลละ 3 บาท", "mixed_textile_waste"),
        ),
        needs=(seek_none("เช่ารถ 6 ล้อ รายเดือน", "truck rental"),),
        bcg=("circular",),
    ),
    Profile(
        "bpt-032",
        "Andaman Bay Resort & Spa",
        CIRC,
        DOWN,
        "Phuket",
        "en",
        "purchasing@andamanbayresort.com",
        offers=(sell("End-of-life hotel sheets and towels, approx. 1 t per quarter", "linen_waste"),),
        needs=(
            seek("Hotel bed linen, 250 TC cotton, white, king size", "hotel_bed_linen"),
            seek("Bath towels 600 gsm", "towels"),
            seek("Someone to collect our old linen for recycling", "textile_waste_collection_service"),
        ),
        bcg=("circular",),
    ),
    Profile(
        "bpt-033",
        "บจก. ไทยรีเท็กซ์",
        CIRC,
        MID,
        "Bangkok",
        "th",
        "info@thairetex.co.th",
        offers=(sell("ผ้าห่มทอจากด้ายรีไซเคิล", "recycled_blanket"),),
        needs=(
            seek("ผ้าขนหนู ผ้าปูที่นอนเก่าจากโรงแรม", "linen_waste"),
            seek("เศษผ้าฝ้ายจากโรงงานตัดเย็บ", "cotton_cutting_waste"),
        ),
        bcg=("circular",),
    ),
    Profile(
        "bpt-034",
        "RePET Thai Fibre Co., Ltd.",
        CIRC,
        UP,
        "Chachoengsao",
        "en",
        "sales@repetthaifibre.com",
        offers=(sell("Recycled hollow conjugated siliconised fibre, pillow and duvet filling", "recycled_fill_fibre"),),
        needs=(seek("Bottle-grade PET flake, clear, 20 t/month", "pet_flakes"),),
        certifications=("RCS",),
        bcg=("circular",),
    ),
    Profile(
        "bpt-035",
        "ร้านวินเทจมือสองสะพานพุทธ",
        CIRC,
        DOWN,
        "Bangkok",
        "th",
        "vintage.saphanphut@gmail.com",
        offers=(sell("เสื้อผ้ามือสองคัดเกรด ขายส่ง", "used_clothing"),),
        needs=(
            seek("เสื้อผ้ามือสองยกกระสอบ", "used_clothing"),
            seek_none("ช่างซ่อมเสื้อผ้า เปลี่ยนซิป", "garment repair and alteration"),
        ),
        bcg=("circular",),
    ),
    Profile(
        "bpt-036",
        "Blue Loop Denim Co., Ltd.",
        CIRC,
        MID,
        "Samut Sakhon",
        "en",
        "info@blueloopdenim.com",
        offers=(sell("Denim woven with 30% recycled cotton", "recycled_cotton_fabric"),),
        needs=(
            seek("Open-end recycled cotton yarn", "recycled_cotton_yarn"),
            seek("Cotton cutting waste", "cotton_cutting_waste"),
            seek("Toll recycling of our own denim offcuts into fibre", "textile_shredding_service"),
        ),
        bcg=("circular",),
    ),
    Profile(
        "bpt-037",
        "วิสาหกิจชุมชนคัดแยกผ้าบ้านโป่ง",
        CIRC,
        UP,
        "Ratchaburi",
        "th",
        "banpong.sorting@gmail.com",
        offers=(
            sell("รับจ้างคัดแยกเสื้อผ้าเก่าตามชนิดเส้นใย", "textile_sorting_service"),
            sell("ผ้าขี้ริ้ว เช็ดเครื่องจักร", "wiping_rags"),
        ),
        needs=(seek("เสื้อผ้าเก่า ทุกสภาพ กิโลละ 5-8 บาท", "used_clothing"),),
        bcg=("circular",),
    ),
    Profile(
        "bpt-038",
        "Circular Fashion Thailand Foundation",
        CIRC,
        DOWN,
        "Bangkok",
        "en",
        "hello@circularfashion.or.th",
        offers=(sell("Upcycling and zero-waste pattern workshops for community groups", "upcycling_training"),),
        needs=(),
        bcg=("circular",),
    ),
    Profile(
        "bpt-039",
        "ศูนย์ทดสอบสิ่งทอปทุมธานี",
        SPORT,
        MID,
        "Pathum Thani",
        "th",
        "lab@pttextiletest.co.th",
        offers=(sell("ทดสอบผ้า ความคงทนของสี การดูดซับ ตามมาตรฐาน มอก./ISO", "textile_testing_service"),),
        needs=(),
        certifications=("ISO 9001",),
    ),
    # ------------------------------------------------ sportech
    Profile(
        "bpt-040",
        "ProKnit Technical Fabrics Co., Ltd.",
        SPORT,
        MID,
        "Samut Prakan",
        "en",
        "sales@proknit.co.th",
        offers=(
            sell("Moisture-wicking polyester bird-eye mesh, 140 gsm, 20+ stock colours", "wicking_knit_fabric"),
            sell("Recycled poly jersey, GRS and bluesign", "recycled_performance_knit"),
            sell("UPF 50+ nylon-spandex swim lycra", "swimwear_fabric"),
        ),
        needs=(
            seek("rPET DTY 75D", "recycled_polyester_yarn"),
            seek("Spandex bare yarn 40D", "elastane_yarn"),
        ),
        certifications=("GRS", "OEKO-TEX Standard 100", "bluesign"),
    ),
    Profile(
        "bpt-041",
        "บจก. รันนิ่งไทย สปอร์ต",
        SPORT,
        DOWN,
        "Bangkok",
        "th",
        "runningthai.sport@gmail.com",
        offers=(sell("เสื้อวิ่ง ชุดมาราธอน แบรนด์ของเราเอง ส่งตรงจากโรงงาน", "sportswear_finished"),),
        needs=(
            seek("ผ้าไมโครโพลี ดรายฟิต แห้งไว", *POLY_KNIT),
            seek("โรงงานรับผลิตเสื้อกีฬา OEM", "sportswear_oem", "team_jersey_custom"),
            seek("บริการพิมพ์ซับลิเมชั่น", "sublimation_printing_service"),
        ),
    ),
    Profile(
        "bpt-042",
        "Pattaya Football Kits",
        SPORT,
        DOWN,
        "Chonburi",
        "en",
        "orders@pattayakits.com",
        offers=(
            sell("Custom football jerseys, full sublimation, MOQ 20 sets, 14 days", "team_jersey_custom"),
            sell("Sublimation printing on your fabric, THB 60/m", "sublimation_printing_service"),
        ),
        needs=(
            seek("Polyester interlock / dri-fit fabric", *POLY_KNIT),
            seek_none("Sublimation paper and inks", "sublimation consumables"),
        ),
    ),
    Profile(
        "bpt-043",
        "หจก. สาครดิจิทัลปริ้นท์",
        SPORT,
        MID,
        "Samut Sakhon",
        "th",
        "sakhon.digitalprint@gmail.com",
        offers=(
            sell("รับพิมพ์ผ้าระบบซับลิเมชั่น ลูกค้านำผ้ามาเอง ไลน์ @sakhonprint", "sublimation_printing_service"),
            sell("ผ้าพิมพ์ลายสำเร็จ ขายเป็นหลา", "printed_fabric"),
        ),
        needs=(seek("ผ้าโพลีสีขาวสำหรับพิมพ์ซับลิเมชั่น", *POLY_KNIT),),
    ),
    Profile(
        "bpt-044",
        "CoatTech Asia Co., Ltd.",
        SPORT,
        MID,
        "Rayong",
        "en",
        "info@coattechasia.com",
        offers=(
            sell("PU/PVC coating on customer fabric, 10,000 mm water column", "coating_service"),
            sell("PU- and PVC-coated polyester 210D-600D, for bags and tarpaulins", "coated_fabric"),
            sell("TPU-laminated knit for mattress protectors", "tpu_laminated_fabric"),
        ),
        needs=(seek_none("Polyester oxford 600D base fabric, greige", "polyester base fabric for coating"),),
        certifications=("ISO 9001",),
    ),
    Profile(
        "bpt-045",
        "บจก. ดอยเทรล เอาท์ดอร์",
        SPORT,
        DOWN,
        "Chiang Mai",
        "th",
        "doitrail.outdoor@gmail.com",
        offers=(sell("เป้เดินป่ากันน้ำ 30 ลิตร", "outdoor_backpack"),),
        needs=(
            seek("มองหาผ้าเคลือบ PU กันน้ำ 420D", "coated_fabric"),
            seek("สายเว็บบิ้งไนลอน 25 มม.", "webbing_tape"),
        ),
    ),
    Profile(
        "bpt-046",
        "Korat Synthetic Yarns Co., Ltd.",
        SPORT,
        UP,
        "Nakhon Ratchasima",
        "en",
        "sales@koratyarns.co.th",
        offers=(
            sell("Nylon 6 FDY for sportswear", "nylon_yarn"),
            sell("Spandex bare yarn 20D-70D, also covered yarn (SCY/ACY)", "elastane_yarn"),
        ),
        needs=(
            seek("Lab to test yarn tenacity and elongation", "textile_testing_service"),
            seek("Cleaning rags for machine maintenance, 200 kg/month", "wiping_rags"),
        ),
        certifications=("ISO 9001",),
    ),
    Profile(
        "bpt-047",
        "หจก. นิตติ้งนครปฐม",
        SPORT,
        MID,
        "Nakhon Pathom",
        "th",
        "knitting.npt@gmail.com",
        offers=(
            sell("ผ้าสแปนเด็กซ์ยืดสี่ทาง สำหรับชุดรัดกล้ามเนื้อ", "compression_knit_fabric"),
            sell("รับถักผ้าตามสั่ง ลูกค้าส่งด้ายมาเอง", "knitting_service"),
        ),
        needs=(
            seek("เส้นด้ายไนลอน 6 สำหรับถัก", "nylon_yarn"),
            seek("ด้ายยืดสแปนเด็กซ์หุ้ม", "elastane_yarn"),
        ),
    ),
    Profile(
        "bpt-048",
        "Thai Narrow Fabrics Co., Ltd.",
        SPORT,
        MID,
        "Samut Prakan",
        "en",
        "sales@thainarrowfabrics.com",
        offers=(
            sell("Elastic tape and jacquard waistbands", "elastic_tape"),
            sell("Nylon and PP webbing 20-50 mm", "webbing_tape"),
            sell("Plastic buckles, cord locks, zipper pullers", "bag_hardware"),
            sell("Hook-and-loop tape, sew-on", "hook_loop_tape"),
        ),
        needs=(seek("Natural rubber latex thread", "latex_thread"),),
    ),
    Profile(
        "bpt-049",
        "ร้านหาดใหญ่สปอร์ต",
        SPORT,
        DOWN,
        "Songkhla",
        "th",
        "hatyaisport@gmail.com",
        offers=(sell("ชุดกีฬา รองเท้า ปลีก-ส่ง ราคาถูกที่สุดในหาดใหญ่", "sportswear_finished"),),
        needs=(
            seek("เสื้อกีฬาสกรีนชื่อทีม สั่งผลิต", "sportswear_oem", "team_jersey_custom"),
            seek("ถุงเท้ากีฬา", "sports_socks"),
            seek("กระเป๋าเป้กันน้ำ ขายส่ง", "outdoor_backpack"),
        ),
    ),
    Profile(
        "bpt-050",
        "Bangkok Hosiery Works",
        SPORT,
        MID,
        "Bangkok",
        "en",
        "info@bkkhosiery.com",
        offers=(
            sell("Sports socks with cushioned sole, OEM", "sports_socks"),
            sell("Anti-slip grip socks for hospitals and the elderly", "non_slip_socks"),
        ),
        needs=(
            seek("Cotton/poly yarn for sock knitting", "cotton_yarn_machine_spun", "recycled_cotton_yarn"),
            seek_none("Silicone dot printing on socks", "silicone anti-slip printing"),
        ),
    ),
    Profile(
        "bpt-051",
        "โรงเรียนกีฬาจังหวัดสุพรรณบุรี",
        SPORT,
        DOWN,
        "Suphan Buri",
        "th",
        "supansport.school@gmail.com",
        offers=(),
        needs=(
            seek("ชุดวอร์มนักเรียน 600 ชุด ส่งก่อน พ.ค. 2568", "sportswear_oem"),
            seek("หน้ากากผ้า ซักได้ สำหรับนักเรียน 600 ชิ้น", "cloth_mask_washable"),
        ),
    ),
    Profile(
        "bpt-052",
        "Nano Finish Lab Co., Ltd.",
        SPORT,
        MID,
        "Pathum Thani",
        "en",
        "lab@nanofinish.co.th",
        offers=(
            sell("Anti-odour finishing on knitted fabric, bio-based", "antibacterial_finishing_service"),
            sell("Water-repellent C0 DWR finishing on customer fabric", "dwr_finishing_service"),
        ),
        needs=(seek("Chitosan from shrimp shells", "chitosan"),),
        certifications=("bluesign",),
    ),
    Profile(
        "bpt-053",
        "บจก. ซัพพอร์ตเวิร์ค",
        SPORT,
        DOWN,
        "Nonthaburi",
        "th",
        "supportwork.th@gmail.com",
        offers=(sell("สนับเข่า ข้อเท้า ผ้ายืด", "orthopedic_support"),),
        needs=(
            seek("ผ้ายืดรัดกล้ามเนื้อ compression", "compression_knit_fabric"),
            seek_none("แผ่นยางนีโอพรีน 3 มม.", "neoprene sheet"),
        ),
    ),
    Profile(
        "bpt-054",
        "Alpine Sports Europe – Bangkok Sourcing",
        SPORT,
        DOWN,
        "Bangkok",
        "en",
        "bkk@alpinesports.eu",
        offers=(),
        needs=(
            seek(
                "Seeking bluesign-approved recycled performance knit", "recycled_performance_knit", certs=("bluesign",)
            ),
            seek("Compression leggings OEM, 3,000 pcs per style", "sportswear_oem"),
            seek("Running socks, cushioned, private label", "sports_socks"),
        ),
    ),
    Profile(
        "bpt-055",
        "บจก. ชลบุรีดายอิ้ง",
        SPORT,
        MID,
        "Chonburi",
        "th",
        "chonburidyeing@gmail.com",
        offers=(sell("รับย้อม ฟอกขาว ผ้าฝ้าย ผ้าโพลี ทั้งผ้าถักผ้าทอ ตามสั่ง", "fabric_dyeing_service"),),
        needs=(seek_none("ระบบบำบัดน้ำเสีย", "wastewater treatment system"),),
    ),
    Profile(
        "bpt-056",
        "Southern Latex Thread Co., Ltd.",
        SPORT,
        UP,
        "Songkhla",
        "en",
        "sales@southernlatex.co.th",
        offers=(
            sell("Natural rubber latex thread for elastic covering", "latex_thread"),
            sell("Natural latex pillows, contour type", "latex_pillow"),
        ),
        needs=(),
        bcg=("bio",),
    ),
    Profile(
        "bpt-057",
        "แบรนด์ชุดโยคะ ละมุน",
        SPORT,
        DOWN,
        "Bangkok",
        "th",
        "lamun.yoga@gmail.com",
        offers=(sell("ชุดโยคะ เลกกิ้ง", "sportswear_finished"),),
        needs=(
            seek("ผ้ายืดสี่ทิศทาง ทำเลกกิ้ง", "compression_knit_fabric", "swimwear_fabric"),
            seek("ถุงผ้าใส่ชุด จากผ้ารีไซเคิล", "upcycled_bag"),
        ),
    ),
    Profile(
        "bpt-058",
        "Phuket Dive & Surf",
        SPORT,
        DOWN,
        "Phuket",
        "en",
        "shop@phuketdivesurf.com",
        offers=(sell("Rash guards and board shorts, own label", "sportswear_finished"),),
        needs=(
            seek("UPF 50+ stretch fabric", "swimwear_fabric"),
            seek("Sublimation printing for board shorts", "sublimation_printing_service"),
            seek("CMT sewing of rash guards, we supply the printed fabric", "sportswear_cmt_service"),
        ),
    ),
    # ------------------------------------------------ ageing lifestyle, central
    Profile(
        "bpt-059",
        "โรงพยาบาลบางกอกเวลเนส",
        CENT,
        DOWN,
        "Bangkok",
        "th",
        "purchasing@bkkwellness-hosp.com",
        offers=(),
        needs=(
            seek("ผ้ายกตัวผู้ป่วย แบบซักได้", "patient_transfer_sheet_washable"),
            seek("ผ้าปูที่นอนผู้ป่วย สีขาว กันน้ำ", "waterproof_bed_sheet"),
            seek("ชุดคนไข้ใน ชาย-หญิง ปีละ 2,400 ชุด", "patient_gown", "patient_gown_handwoven"),
            seek("บริการซักรีดผ้าโรงพยาบาล", "hospital_laundry_service"),
        ),
    ),
    Profile(
        "bpt-060",
        "MedTex Supply Co., Ltd.",
        CENT,
        MID,
        "Nonthaburi",
        "en",
        "sales@medtexsupply.co.th",
        offers=(
            sell("Patient slide sheets, low-friction nylon, reusable", "patient_transfer_sheet_washable"),
            sell("Disposable patient transfer sheets, non-woven", "patient_transfer_sheet_disposable"),
            sell("Waterproof fitted sheets for hospital beds", "waterproof_bed_sheet"),
        ),
        needs=(seek_none("Low-friction nylon taffeta", "low-friction nylon fabric"),),
        certifications=("ISO 13485",),
    ),
    Profile(
        "bpt-061",
        "ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ",
        CENT,
        DOWN,
        "Nakhon Pathom",
        "th",
        "baansukjai.care@gmail.com",
        offers=(),
        needs=(
            seek("ผ้าอ้อมผู้ใหญ่ แบบเทป ไซส์ L เดือนละ 3,000 ชิ้น", "adult_diaper_disposable"),
            seek("แผ่นรองซับ ซักได้ ไม่จำเป็นต้องมี อย.", "underpad_washable", waives=("Thai FDA",)),
            seek("อบรมผู้ดูแลผู้สูงอายุ", "caregiver_training"),
        ),
    ),
    Profile(
        "bpt-062",
        "Silver Comfort Hygiene Products Co., Ltd.",
        CENT,
        MID,
        "Pathum Thani",
        "en",
        "sales@silvercomforthygiene.com",
        offers=(
            sell("Adult diapers, tape type, M/L/XL", "adult_diaper_disposable"),
            sell("Disposable underpads 60x90", "underpad_disposable"),
        ),
        needs=(seek_none("Fluff pulp and SAP", "absorbent core raw materials"),),
        certifications=("Thai FDA", "ISO 13485"),
    ),
    Profile(
        "bpt-063",
        "กลุ่มแม่บ้านบางปะอินผลิตกางเกงซึมซับ",
        CENT,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "th",
        "bangpain.absorb@gmail.com",
        offers=(
            sell("กางเกงซึมซับผู้สูงอายุ ซักได้ 200 ครั้ง", "adult_diaper_washable"),
            sell("แผ่นรองซับผ้า ซักได้ 4 ชั้น", "underpad_washable"),
        ),
        needs=(
            seek("ผ้าไมโครไฟเบอร์ซึมซับ", "absorbent_microfibre_fabric"),
            seek("ผ้ากันน้ำ TPU", "tpu_laminated_fabric"),
            seek("สินเชื่อดอกเบี้ยต่ำ ซื้อจักรเย็บ", "sme_loan"),
        ),
    ),
    Profile(
        "bpt-064",
        "Kaigo Supply Japan – Bangkok Office",
        CENT,
        DOWN,
        "Bangkok",
        "en",
        "bangkok@kaigosupply.jp",
        offers=(),
        needs=(
            seek(
                "Washable incontinence pants for elderly, OEKO-TEX certified",
                "adult_diaper_washable",
                certs=("OEKO-TEX Standard 100",),
            ),
            seek("Adaptive clothing (magnetic buttons, open back)", "adaptive_clothing"),
            seek("Non-slip socks for care facilities", "non_slip_socks"),
        ),
    ),
    Profile(
        "bpt-065",
        "บจก. ชุดสบายวัยเก๋า",
        CENT,
        DOWN,
        "Nonthaburi",
        "th",
        "wai.kao@gmail.com",
        offers=(sell("เสื้อผ้าผู้สูงอายุ ติดตีนตุ๊กแก ใส่ง่าย", "adaptive_clothing"),),
        needs=(
            seek("ผ้าคอตตอน 100% ทอเครื่อง เนื้อนุ่ม หน้ากว้าง 60 นิ้ว", "cotton_sheeting_fabric"),
            seek("อยากได้เทปตีนตุ๊กแก สีขาว ม้วนละ 25 ม.", "hook_loop_tape"),
        ),
    ),
    Profile(
        "bpt-066",
        "Sukhumvit Nursing Home",
        CENT,
        DOWN,
        "Samut Prakan",
        "en",
        "admin@sukhumvitnursing.com",
        offers=(),
        needs=(
            seek("Pressure-relief mattress or cushion", "pressure_relief_cushion"),
            seek("Bed sheets for nursing beds, 100% cotton", "patient_bed_sheet"),
            seek("Patient gowns with snap sleeves", "patient_gown", "patient_gown_handwoven"),
        ),
    ),
    Profile(
        "bpt-067",
        "บจก. ยูนิฟอร์มการแพทย์ไทย",
        CENT,
        MID,
        "Bangkok",
        "th",
        "medical.uniform.th@gmail.com",
        offers=(
            sell("ชุดสครับ ชุดพยาบาล ตัดตามไซส์", "medical_scrubs"),
            sell("ชุดคนไข้ ผ้าฝ้ายผสม", "patient_gown"),
            sell("ผ้าปูเตียงคนไข้ ผ้าคอตตอน 100%", "patient_bed_sheet"),
        ),
        needs=(seek("ต้องการบริการเคลือบแอนตี้แบคทีเรียบนผ้าของเรา", "antibacterial_finishing_service"),),
    ),
    Profile(
        "bpt-068",
        "Ayutthaya Weaving Mill Co., Ltd.",
        CENT,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "en",
        "sales@ayutthayaweaving.co.th",
        offers=(sell("Cotton and poly-cotton sheeting, 200-300 TC, greige or bleached", "cotton_sheeting_fabric"),),
        needs=(
            seek("Combed Ne 30 for sheeting warp, 2 containers/year", "cotton_yarn_machine_spun"),
            seek("Commission bleaching and finishing of greige", "fabric_dyeing_service"),
        ),
    ),
    Profile(
        "bpt-069",
        "ลีลาวดี สปา",
        CENT,
        DOWN,
        "Bangkok",
        "th",
        "leelawadee.spa@gmail.com",
        offers=(),
        needs=(
            seek("ผ้าขนหนูสปา สีครีม", "towels"),
            seek("เสื้อคลุมอาบน้ำ ผ้าวาฟเฟิล ปักโลโก้", "bathrobe"),
            seek("ลูกประคบสมุนไพรสด ส่งทุกสัปดาห์", "herbal_compress"),
            seek("น้ำมันนวดอโรมา มี อย.", "massage_oil", certs=("Thai FDA",)),
        ),
    ),
    Profile(
        "bpt-070",
        "Ban Pong Terry Mills Co., Ltd.",
        CENT,
        MID,
        "Ratchaburi",
        "en",
        "sales@banpongterry.com",
        offers=(
            sell("Hotel bath towels, 100% cotton 550 gsm, white dobby border", "towels"),
            sell("Spa bathrobes, waffle", "bathrobe"),
            sell("Microfibre absorbent fabric", "absorbent_microfibre_fabric"),
            sell("Cotton yarn waste from our looms, baled", "cotton_yarn_waste"),
        ),
        needs=(seek("Ring-spun Ne 16/2, 100% cotton, for terry pile", "cotton_yarn_machine_spun"),),
    ),
    Profile(
        "bpt-071",
        "โรงแรมบางแสนบีช",
        CENT,
        DOWN,
        "Chonburi",
        "th",
        "purchase@bangsaenbeach.com",
        offers=(),
        needs=(
            seek("ชุดผ้าปูที่นอนโรงแรม 300 เส้นด้าย สีขาว", "hotel_bed_linen"),
            seek("หมอนหนุนใยสังเคราะห์ 200 ใบ", "pillow_fibre_filled"),
            seek("ร้านซักรีดรับผ้าโรงแรม วันละ 300 กก.", "commercial_laundry_service"),
        ),
    ),
    Profile(
        "bpt-072",
        "Siam Home Textiles Co., Ltd.",
        CENT,
        MID,
        "Samut Sakhon",
        "en",
        "sales@siamhometextiles.com",
        offers=(
            sell("Hotel bed linen sets, percale 300 TC, OEKO-TEX", "hotel_bed_linen"),
            sell("Pillows and duvet inserts, recycled polyester fill", "pillow_fibre_filled"),
            sell("Washable incontinence briefs, OEKO-TEX", "adult_diaper_washable"),
        ),
        needs=(
            seek("Recycled hollow siliconised fibre", "recycled_fill_fibre"),
            seek("Cotton sheeting 300 TC greige", "cotton_sheeting_fabric"),
        ),
        certifications=("OEKO-TEX Standard 100",),
    ),
    Profile(
        "bpt-073",
        "บจก. ซักสะอาด ลอนดรี้",
        CENT,
        MID,
        "Nonthaburi",
        "th",
        "saksaard.laundry@gmail.com",
        offers=(
            sell("รับซักรีดผ้าโรงแรม รีสอร์ท รับ-ส่งฟรี", "commercial_laundry_service"),
            sell("รับซักผ้าโรงพยาบาล ผ้าติดเชื้อ", "hospital_laundry_service"),
        ),
        needs=(seek_none("เครื่องซักผ้าอุตสาหกรรม 50 กก.", "industrial washing machine"),),
    ),
    Profile(
        "bpt-074",
        "Thai Herb Wellness Co., Ltd.",
        CENT,
        DOWN,
        "Bangkok",
        "en",
        "sales@thaiherbwellness.com",
        offers=(
            sell("Herbal compress balls, fresh or dried", "herbal_compress"),
            sell("Aroma massage oil, FDA notified", "massage_oil"),
        ),
        needs=(seek("Thin cotton cloth (muslin) for wrapping compress balls", "cotton_sheeting_fabric"),),
        certifications=("Thai FDA",),
    ),
    Profile(
        "bpt-075",
        "ร้านเวชภัณฑ์ผู้สูงวัยนครสวรรค์",
        CENT,
        DOWN,
        "Nakhon Sawan",
        "th",
        "nsw.eldercare.shop@gmail.com",
        offers=(),
        needs=(
            seek("ที่นอน เบาะรองนั่ง ป้องกันแผลกดทับ", "pressure_relief_cushion"),
            seek("แพมเพิสผู้ใหญ่ ต้องมีเลข อย.", "adult_diaper_disposable", certs=("Thai FDA",)),
            seek("ถุงเท้ามีปุ่มยางกันลื่น สำหรับผู้สูงอายุ", "non_slip_socks"),
        ),
    ),
    Profile(
        "bpt-076",
        "Comfort Cushion Tech Co., Ltd.",
        CENT,
        MID,
        "Chachoengsao",
        "en",
        "info@comfortcushiontech.com",
        offers=(sell("Gel and memory foam pressure-relief cushions and overlays", "pressure_relief_cushion"),),
        needs=(seek("TPU laminated knit for covers", "tpu_laminated_fabric"),),
    ),
    Profile(
        "bpt-077",
        "ศูนย์อบรมผู้ดูแลผู้สูงอายุ",
        CENT,
        DOWN,
        "Bangkok",
        "th",
        "caregiver.training.bkk@gmail.com",
        offers=(sell("หลักสูตรผู้ดูแลผู้สูงอายุ 70 ชั่วโมง", "caregiver_training"),),
        needs=(),
    ),
    Profile(
        "bpt-078",
        "Green SME Loan Desk",
        CIRC,
        DOWN,
        "Bangkok",
        "en",
        "greenloan@smefinance.co.th",
        offers=(sell("Working-capital loans for BCG textile SMEs", "sme_loan"),),
        needs=(),
    ),
    # ------------------------------------------------ ageing lifestyle, Isan
    Profile(
        "bpt-079",
        "โรงพยาบาลชุมชนน้ำพอง",
        ISAN,
        DOWN,
        "Khon Kaen",
        "th",
        "namphong.hosp@gmail.com",
        offers=(),
        needs=(
            seek("ชุดผู้ป่วยผ้าฝ้ายพื้นเมือง", "patient_gown_handwoven"),
            seek("แผ่นรองกันเปื้อน ใช้ครั้งเดียวทิ้ง 60x90", "underpad_disposable"),
            seek("แผ่นเลื่อนย้ายตัวผู้ป่วย จากเตียงไปเปล", *TRANSFER_SHEETS),
        ),
    ),
    Profile(
        "bpt-080",
        "Roi Et Community Care Textiles",
        ISAN,
        MID,
        "Roi Et",
        "en",
        "roietcaretextiles@gmail.com",
        offers=(
            sell(
                "Washable patient transfer sheets sewn from handwoven cotton, with handles",
                "patient_transfer_sheet_washable",
            ),
            sell("Patient gowns in local handwoven cotton", "patient_gown_handwoven"),
            sell("Kapok-filled pillows", "kapok_pillow"),
        ),
        needs=(
            seek("Handwoven cotton fabric, thick, undyed", "handwoven_cotton_fabric_undyed"),
            seek("Kapok floss for pillow stuffing", "kapok_fibre"),
        ),
    ),
    Profile(
        "bpt-081",
        "วิสาหกิจชุมชนหมอนขิดบ้านศรีฐาน",
        ISAN,
        DOWN,
        "Yasothon",
        "th",
        "srithan.khitpillow@gmail.com",
        offers=(
            sell("หมอนขวานผ้าขิด 3 ตอน 6 ตอน", "triangle_pillow"),
            sell("นุ่นยัดหมอน ปุยนุ่นคัดเมล็ดออกแล้ว กก.ละ 90 บาท", "kapok_fibre"),
        ),
        needs=(
            seek("ผ้าฝ้ายทอลายขิด", "handwoven_cotton_fabric_dyed", "indigo_dyed_cotton_fabric"),
            seek("ใยสังเคราะห์ยัดหมอน ใยรีไซเคิล", "recycled_fill_fibre"),
        ),
        certifications=("OTOP",),
    ),
    Profile(
        "bpt-082",
        "Wohnkultur Import GmbH – Bangkok Office",
        ISAN,
        DOWN,
        "Bangkok",
        "en",
        "bangkok@wohnkultur-import.de",
        offers=(),
        needs=(
            seek("Thai triangle cushions with khit pattern, OTOP certified", "triangle_pillow", certs=("OTOP",)),
            seek("Handwoven reed mats", "reed_mat"),
        ),
    ),
    Profile(
        "bpt-083",
        "กลุ่มทอเสื่อกกบ้านแพง",
        ISAN,
        DOWN,
        "Maha Sarakham",
        "th",
        "banphaeng.mat@gmail.com",
        offers=(
            sell("เสื่อกกทอมือ ย้อมสี พับได้", "reed_mat"),
            sell("ต้นกกตากแห้ง", "reed_dried"),
        ),
        needs=(seek_none("สีย้อมกก", "dyes for reed"),),
        certifications=("OTOP",),
    ),
    Profile(
        "bpt-084",
        "Udon Natural Care Co., Ltd.",
        ISAN,
        MID,
        "Udon Thani",
        "en",
        "info@udonnaturalcare.com",
        offers=(sell("Herbal compress balls with Isan herbs", "herbal_compress"),),
        needs=(
            seek(
                "Dried plai, turmeric, lemongrass, Organic Thailand certified",
                "dried_herbs",
                certs=("Organic Thailand",),
            ),
        ),
    ),
    Profile(
        "bpt-085",
        "ศูนย์ดูแลผู้สูงอายุวัดป่าอุบล",
        ISAN,
        DOWN,
        "Ubon Ratchathani",
        "th",
        "watpa.eldercare@gmail.com",
        offers=(),
        needs=(
            seek("กางเกงผ้าอ้อมผู้ใหญ่ ผ้า ใช้ซ้ำได้", "adult_diaper_washable"),
            seek("ผ้าอ้อมสำเร็จรูปผู้ใหญ่ แบบกางเกง", "adult_diaper_disposable"),
            seek("เสื้อผ้าสำหรับผู้ป่วยติดเตียง ถอดง่าย", "adaptive_clothing"),
        ),
    ),
    Profile(
        "bpt-086",
        "Isan Medical Textiles Co., Ltd.",
        ISAN,
        MID,
        "Khon Kaen",
        "en",
        "sales@isanmedtex.com",
        offers=(
            sell("Reusable cloth face masks, 3-layer cotton", "cloth_mask_washable"),
            sell("Surgical masks, 3-ply, disposable", "surgical_mask_disposable"),
        ),
        needs=(seek_none("Meltblown and spunbond PP nonwoven", "nonwoven for masks"),),
        certifications=("ISO 13485", "Thai FDA", "Thai Industrial Standard"),
    ),
    Profile(
        "bpt-087",
        "คลินิกทันตกรรมโคราช",
        ISAN,
        DOWN,
        "Nakhon Ratchasima",
        "th",
        "korat.dental@gmail.com",
        offers=(),
        needs=(
            seek("หน้ากากอนามัยทางการแพทย์ มี มอก.", "surgical_mask_disposable", certs=("Thai Industrial Standard",)),
            seek("ชุดสครับทันตแพทย์ สีกรม 40 ชุด", "medical_scrubs"),
        ),
    ),
    Profile(
        "bpt-088",
        "Isan Herb Farmers Group",
        ISAN,
        UP,
        "Sisaket",
        "en",
        "isanherbfarmers@gmail.com",
        offers=(sell("Organic dried plai and turmeric, Organic Thailand", "dried_herbs"),),
        needs=(seek_none("Solar dryer for herbs, 2 units", "solar drying equipment"),),
        certifications=("Organic Thailand",),
        bcg=("bio", "green"),
    ),
    Profile(
        "bpt-089",
        "ร้านผ้าไหมแม่ศรี",
        ISAN,
        DOWN,
        "Khon Kaen",
        "th",
        "maesri.silk@gmail.com",
        offers=(sell("ผ้าไหมมัดหมี่สำเร็จ ตัดชุด", "silk_fabric_handwoven"),),
        needs=(seek("ผ้าไหมตรานกยูงสีทอง", "silk_fabric_handwoven", certs=("Thai Silk Peacock Emblem",)),),
    ),
    Profile(
        "bpt-090",
        "Chaiyaphum Silk Weavers Cooperative",
        ISAN,
        MID,
        "Chaiyaphum",
        "en",
        "chaiyaphumsilk@gmail.com",
        offers=(
            sell("Handwoven silk, natural dyes, Peacock (blue) emblem", "silk_fabric_handwoven"),
            sell("Silk scarves with hand-rolled edges", "silk_scarf"),
        ),
        needs=(seek("Silk yarn, reeled, 50 kg", "silk_yarn"),),
        certifications=("Thai Silk Peacock Emblem",),
    ),
    Profile(
        "bpt-091",
        "ลูกอีสาน เบบี้ ออร์แกนิก",
        ISAN,
        DOWN,
        "Udon Thani",
        "th",
        "lookisan.baby@gmail.com",
        offers=(sell("ชุดเด็กอ่อน ผ้าฝ้ายออร์แกนิก", "baby_clothes"),),
        needs=(
            seek("ผ้าฝ้ายออร์แกนิก ถัก ได้รับ GOTS", "organic_cotton_jersey", certs=("GOTS",)),
            seek("บริการออกแบบลวดลาย โลโก้", "product_design_service"),
        ),
    ),
    Profile(
        "bpt-092",
        "Organic Knit Thai Co., Ltd.",
        ISAN,
        MID,
        "Nakhon Ratchasima",
        "en",
        "sales@organicknitthai.com",
        offers=(
            sell("Organic cotton single jersey 160 gsm, GOTS", "organic_cotton_jersey"),
            sell("Organic cotton yarn Ne 30 combed", "cotton_yarn_machine_spun"),
        ),
        needs=(seek("Organic raw cotton, certified Organic Thailand", "raw_cotton", certs=("Organic Thailand",)),),
        certifications=("GOTS",),
    ),
    Profile(
        "bpt-093",
        "บจก. ดีไซน์สตูดิโอ สร้างสรรค์",
        ISAN,
        DOWN,
        "Khon Kaen",
        "th",
        "design.studio.kk@gmail.com",
        offers=(
            sell("ออกแบบผลิตภัณฑ์ ลายผ้า คอลเลกชัน", "product_design_service"),
            sell("การตลาดออนไลน์ ถ่ายภาพสินค้า ยิงแอด", "marketing_service"),
        ),
        needs=(),
    ),
    Profile(
        "bpt-094",
        "Thai Loom & Sewing Machinery Co., Ltd.",
        HEMP,
        MID,
        "Nakhon Ratchasima",
        "en",
        "sales@thailoommachinery.com",
        offers=(
            sell("Industrial sewing machines, lockstitch and overlock, installment", "sewing_machine"),
            sell("Wooden handlooms made to order", "handloom"),
            sell("Small-scale hemp decorticator", "hemp_decorticator"),
            sell("Fibre extraction machine for banana and pineapple leaves", "fibre_extraction_machine"),
        ),
        needs=(),
    ),
    Profile(
        "bpt-095",
        "Thai Export Link Consulting",
        HEMP,
        DOWN,
        "Bangkok",
        "en",
        "info@thaiexportlink.com",
        offers=(
            sell("Export documentation, trade fair booths, buyer matching", "export_consulting_service"),
            sell("Certification consulting: GOTS, GRS, Organic Thailand", "certification_consulting_service"),
        ),
        needs=(),
    ),
    Profile(
        "bpt-096",
        "วิสาหกิจชุมชนแปรรูปเปลือกกุ้งกาญจนดิษฐ์",
        CIRC,
        UP,
        "Surat Thani",
        "th",
        "kanchanadit.chitosan@gmail.com",
        offers=(sell("ไคโตซานจากเปลือกกุ้ง เกรดสิ่งทอ", "chitosan"),),
        needs=(seek_none("ตู้อบแห้งลมร้อน", "hot-air drying cabinet"),),
        bcg=("bio", "circular"),
    ),
    Profile(
        "bpt-097",
        "บจก. สปอร์ตแวร์ แมนูแฟคเจอริ่ง นครปฐม",
        SPORT,
        MID,
        "Nakhon Pathom",
        "th",
        "oem@sportwearnpt.co.th",
        offers=(
            sell("รับผลิตชุดกีฬา OEM เสื้อทีม ชุดวอร์ม เลกกิ้ง ขั้นต่ำ 300 ตัว/แบบ", "sportswear_oem"),
            sell("รับตัดเย็บชุดกีฬาค่าแรง ลูกค้าส่งผ้าที่พิมพ์แล้วมาเอง", "sportswear_cmt_service"),
        ),
        needs=(
            seek("ผ้ากีฬา ดรายฟิต เมตรละไม่เกิน 90 บาท", *POLY_KNIT),
            seek("ยางยืดขอบเอวทอลาย", "elastic_tape"),
            seek("หาโรงถักรับจ้างถักผ้า เรามีเส้นด้ายเอง", "knitting_service"),
        ),
    ),
)


# ---------------------------------------------------------------- links


def links(profiles: tuple[Profile, ...]) -> set[tuple[str, str]]:
    """(supplier, buyer) pairs: an offer label listed by a buyer's need, every required certification held."""
    found: set[tuple[str, str]] = set()
    for buyer in profiles:
        for need in buyer.needs:
            for supplier in profiles:
                if supplier.id == buyer.id or not set(need.certs) <= set(supplier.certifications):
                    continue
                if any(offer.label in need.labels for offer in supplier.offers):
                    found.add((supplier.id, buyer.id))
    return found


def need_is_met(buyer: Profile, need: Need, profiles: tuple[Profile, ...]) -> bool:
    return any(
        supplier.id != buyer.id
        and set(need.certs) <= set(supplier.certifications)
        and any(offer.label in need.labels for offer in supplier.offers)
        for supplier in profiles
    )


# ---------------------------------------------------------------- checks

ID_RE = re.compile(r"^bpt-\d{3}$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
THAI_RE = re.compile(r"[\u0e00-\u0e7f]")
LATIN_RE = re.compile(r"[A-Za-z]")

LINK_RANGE = (140, 180)
MIN_CROSS_SHARE = 0.45
UNMET_RANGE = (15, 25)


def script_ok(text: str, language: str) -> bool:
    thai, latin = len(THAI_RE.findall(text)), len(LATIN_RE.findall(text))
    return thai > latin if language == "th" else latin > 0 and thai == 0


def check(profiles: tuple[Profile, ...]) -> list[str]:
    errors: list[str] = []
    ids = [p.id for p in profiles]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if ids != [f"bpt-{n:03d}" for n in range(1, len(ids) + 1)]:
        errors.append("ids are not bpt-001 ... in order")
    sub_clusters, stages = {s.value for s in SubCluster}, {s.value for s in Stage}
    bcg_tags = {t.value for t in BcgTag}
    offered: dict[str, set[str]] = {}
    for p in profiles:
        for offer in p.offers:
            offered.setdefault(offer.label, set()).add(p.id)
    for p in profiles:
        where = p.id
        if not ID_RE.match(p.id):
            errors.append(f"{where}: bad id")
        if not p.name.strip():
            errors.append(f"{where}: empty name")
        if p.sub_cluster not in sub_clusters:
            errors.append(f"{where}: sub_cluster {p.sub_cluster!r}")
        if p.stage not in stages:
            errors.append(f"{where}: stage {p.stage!r}")
        if resolve_province(p.province) is None:
            errors.append(f"{where}: province {p.province!r}")
        if p.language not in ("th", "en"):
            errors.append(f"{where}: language {p.language!r}")
        if not EMAIL_RE.match(p.email):
            errors.append(f"{where}: email {p.email!r}")
        for cert in p.certifications:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not a canonical name")
        for tag in p.bcg:
            if tag not in bcg_tags:
                errors.append(f"{where}: bcg {tag!r}")
        if len(p.offers) > 4 or len(p.needs) > 4:
            errors.append(f"{where}: more than 4 offers or needs")
        if not p.offers and not p.needs:
            errors.append(f"{where}: neither offers nor needs")
        for offer in p.offers:
            if not LABEL_RE.match(offer.label):
                errors.append(f"{where}: label {offer.label!r}")
            if not script_ok(offer.text, p.language):
                errors.append(f"{where}: offer not in {p.language}: {offer.text!r}")
        for need in p.needs:
            if not script_ok(need.text, p.language):
                errors.append(f"{where}: need not in {p.language}: {need.text!r}")
            if not need.labels and not need.note:
                errors.append(f"{where}: unmet need without a note: {need.text!r}")
            if need.labels and not need_is_met(p, need, profiles):
                errors.append(f"{where}: labelled need met by no certified supplier: {need.text!r}")
            if need.labels and need.note:
                errors.append(f"{where}: need has both labels and a note: {need.text!r}")
            for cert in (*need.certs, *need.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: need certification {cert!r} is not a canonical name")
            for label in need.labels:
                if not offered.get(label, set()) - {p.id}:
                    errors.append(f"{where}: need label {label!r} is offered by no one else")
    by_id = {p.id: p for p in profiles}
    found = links(profiles)
    if any(s == b for s, b in found):
        errors.append("self link")
    cross = sum(by_id[s].language != by_id[b].language for s, b in found)
    if not LINK_RANGE[0] <= len(found) <= LINK_RANGE[1]:
        errors.append(f"{len(found)} links, want {LINK_RANGE}")
    if found and cross / len(found) < MIN_CROSS_SHARE:
        errors.append(f"cross-language share {cross / len(found):.2f} < {MIN_CROSS_SHARE}")
    unmet = sum(not need_is_met(p, n, profiles) for p in profiles for n in p.needs)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        errors.append(f"{unmet} needs met by no one, want {UNMET_RANGE}")
    thai_share = sum(p.language == "th" for p in profiles) / len(profiles)
    if not 0.45 <= thai_share <= 0.55:
        errors.append(f"Thai share {thai_share:.2f}")
    for kind, values, wanted in (
        ("sub_cluster", {p.sub_cluster for p in profiles}, sub_clusters),
        ("stage", {p.stage for p in profiles}, stages),
        (
            "region",
            {resolve_province(p.province).region.value for p in profiles if resolve_province(p.province)},
            {"north", "northeast", "central", "east", "west", "south"},
        ),
    ):
        if values != wanted:
            errors.append(f"{kind}: missing {sorted(wanted - values)}")
    if not any(n.certs for p in profiles for n in p.needs):
        errors.append("no need requires a certification")
    if not any(n.waives for p in profiles for n in p.needs):
        errors.append("no need waives a certification")
    return errors


# ---------------------------------------------------------------- output


def profile_json(p: Profile) -> str:
    row = {
        "id": p.id,
        "name": p.name,
        "sub_cluster": p.sub_cluster,
        "stage": p.stage,
        "province": p.province,
        "offers": [o.text for o in p.offers],
        "needs": [n.text for n in p.needs],
        "certifications": list(p.certifications),
        "bcg": list(p.bcg),
        "contact_email": p.email,
        "language": p.language,
    }
    return json.dumps(row, ensure_ascii=False)


def links_csv(found: set[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(found))
    return buffer.getvalue()


def counts(profiles: tuple[Profile, ...]) -> list[tuple[str, int]]:
    """The figures the README reports."""
    by_id = {p.id: p for p in profiles}
    found = links(profiles)
    needs = [(p, n) for p in profiles for n in p.needs]
    rows: list[tuple[str, int]] = [("profiles", len(profiles))]
    rows += [(f"language {lang}", sum(p.language == lang for p in profiles)) for lang in ("th", "en")]
    rows += [(f"sub_cluster {s.value}", sum(p.sub_cluster == s.value for p in profiles)) for s in SubCluster]
    rows += [(f"stage {s.value}", sum(p.stage == s.value for p in profiles)) for s in Stage]
    regions = [province.region.value for p in profiles if (province := resolve_province(p.province))]
    rows += [(f"region {r}", regions.count(r)) for r in ("north", "northeast", "central", "east", "west", "south")]
    rows.append(("distinct provinces", len({p.province for p in profiles})))
    rows.append(("offers", sum(len(p.offers) for p in profiles)))
    rows.append(("distinct offer labels", len({o.label for p in profiles for o in p.offers})))
    rows.append(("needs", len(needs)))
    rows.append(("needs met", sum(need_is_met(p, n, profiles) for p, n in needs)))
    rows.append(("needs met by no one", sum(not need_is_met(p, n, profiles) for p, n in needs)))
    rows.append(("needs requiring a certification", sum(bool(n.certs) for _, n in needs)))
    rows.append(("needs naming a certification only to waive it", sum(bool(n.waives) for _, n in needs)))
    rows.append(("true links", len(found)))
    pairs = [(by_id[s], by_id[b]) for s, b in found]
    rows.append(("links th supplier -> en buyer", sum(s.language == "th" and b.language == "en" for s, b in pairs)))
    rows.append(("links en supplier -> th buyer", sum(s.language == "en" and b.language == "th" for s, b in pairs)))
    rows.append(("links th -> th", sum(s.language == b.language == "th" for s, b in pairs)))
    rows.append(("links en -> en", sum(s.language == b.language == "en" for s, b in pairs)))
    rows.append(("links between different sub-clusters", sum(s.sub_cluster != b.sub_cluster for s, b in pairs)))
    return rows


def main() -> int:
    errors = check(PROFILES)
    if "--counts" in sys.argv[1:]:
        print("| count | value |\n|---|---|")
        for name, value in counts(PROFILES):
            print(f"| {name} | {value} |")
        return 1 if errors else 0
    if errors:
        for error in errors:
            print("check failed:", error, file=sys.stderr)
        print("nothing written", file=sys.stderr)
        return 1
    (HERE / "profiles.jsonl").write_text("".join(profile_json(p) + "\n" for p in PROFILES), encoding="utf-8")
    (HERE / "links.csv").write_text(links_csv(links(PROFILES)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
