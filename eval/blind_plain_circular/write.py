"""Hand-labelled circular-leaning cluster: profiles.jsonl and links.csv, with checks.

Run from the repository root:  .venv/bin/python eval/blind_plain_circular/write.py
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
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
    certs: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, tuple(labels), certs, waives)


def u(text: str, note: str, waives: tuple[str, ...] = ()) -> Need:
    return Need(text, (), (), waives, note)


@dataclass(frozen=True)
class Sme:
    id: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    language: str
    email: str
    offers: list[Offer] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    certifications: list[str] = field(default_factory=list)
    bcg: list[str] = field(default_factory=list)


HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AGC = "ageing_lifestyle_central"
AGI = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"

SMES: list[Sme] = [
    # ---------------------------------------------------------------- collectors and sorters
    Sme(
        "bcc-001",
        "หจก. มหาชัยรีไซเคิลผ้า",
        CIRC,
        UP,
        "Samut Sakhon",
        "th",
        "mahachai.recycle@gmail.com",
        offers=[
            o("เศษผ้าตัดคอตตอน 100% คัดสีแล้ว อัดก้อน 300 กก.", "cotton_cutting_waste"),
            o("เศษผ้ายืดโพลีเอสเตอร์จากโรงงานการ์เมนต์ คิดราคาตามน้ำหนัก", "polyester_cutting_waste"),
        ],
        needs=[u("เครื่องอัดก้อนไฮดรอลิกมือสอง สภาพดี", "a second-hand hydraulic baling press")],
        bcg=["circular"],
    ),
    Sme(
        "bcc-002",
        "Eastern Seaboard Textile Waste Co., Ltd.",
        CIRC,
        UP,
        "Chonburi",
        "en",
        "sales@estw.co.th",
        offers=[
            o("Post-industrial cotton offcuts, sorted by colour, 250 kg bales", "cotton_cutting_waste"),
            o("Selvedge strips from weaving mills, mixed fibres", "selvedge_waste"),
        ],
        needs=[n("Help getting GRS scope certificate for our sorting yard", "recycled_standard_consulting")],
        certifications=["ISO 14001"],
        bcg=["circular"],
    ),
    Sme(
        "bcc-003",
        "ร้านเจ๊หน่อยผ้ากระสอบ ตลาดโรงเกลือ",
        CIRC,
        UP,
        "Sa Kaeo",
        "th",
        "jenoi.rongkluea@hotmail.com",
        offers=[
            o("เสื้อผ้ามือสองยกกระสอบ นำเข้าญี่ปุ่น กระสอบละ 45 กิโล", "used_clothing_bales"),
            o("ยีนส์มือสองเกรด C ใส่ต่อไม่ได้ ขายเป็นกิโล", "used_denim_waste"),
        ],
        needs=[n("ต้องการทีมรับคัดแยกผ้ามือสองตามเกรด จ้างรายวันได้", "clothing_sorting_service")],
    ),
    Sme(
        "bcc-004",
        "ReThread Fibre Co., Ltd.",
        CIRC,
        MID,
        "Chonburi",
        "en",
        "info@rethreadfibre.com",
        offers=[
            o("Recycled cotton fibre, garnetted from pre-consumer waste, 20-25 mm staple", "recycled_cotton_fibre"),
            o(
                "Shredding of brand returns and dead stock under NDA, destruction certificate issued",
                "textile_shredding_service",
            ),
        ],
        needs=[
            n("Cotton cutting waste, pre-consumer, white and light shades, 20 t/month", "cotton_cutting_waste"),
            n("Used hotel towels and bed sheets, 100% cotton", "used_hotel_linen"),
        ],
        certifications=["GRS", "ISO 9001"],
        bcg=["circular"],
    ),
    Sme(
        "bcc-005",
        "บจก. สยามลินินแคร์ (โรงซักรีดโรงแรม)",
        CIRC,
        DOWN,
        "Phuket",
        "th",
        "siamlinencare@outlook.co.th",
        offers=[
            o("ผ้าปูที่นอนและผ้าเช็ดตัวโรงแรมที่ปลดระวาง เดือนละ 2 ตัน", "used_hotel_linen"),
            o("รับซักรีดผ้าโรงแรม รีสอร์ท สปา รับส่งถึงที่", "laundry_service"),
        ],
        needs=[
            n("ผ้าปูที่นอนโรงแรม ฝ้าย 100% ขาว 6 ฟุต สั่งประจำ", "bed_sheets"),
            n("ผ้าขนหนูสปา สีขาวหนา 600 แกรม", "towels"),
        ],
    ),
    Sme(
        "bcc-006",
        "Andaman Ghost Net Project",
        CIRC,
        UP,
        "Phang Nga",
        "en",
        "nets@andamanghostnet.org",
        offers=[
            o("Recovered nylon fishing nets, washed and cut, about 1 t per quarter", "fishing_net_waste"),
            o("Beach clean-up and net recovery workshops for schools and resorts", "circular_training"),
        ],
        needs=[u("Boat fuel sponsorship for monthly net collection trips", "sponsorship for boat fuel")],
        bcg=["circular", "green"],
    ),
    Sme(
        "bcc-007",
        "วิสาหกิจชุมชนธนาคารขยะบ้านหนองโน",
        CIRC,
        UP,
        "Khon Kaen",
        "th",
        "nongno.wastebank@gmail.com",
        offers=[
            o("ขวดน้ำดื่ม PET ใส อัดก้อน แยกฝาแยกฉลากแล้ว", "pet_bottle_bales"),
            o("เสื้อผ้าเก่าบริจาคจากชาวบ้าน คละชนิด", "used_clothing_bales"),
        ],
        needs=[u("อยากได้ตาชั่งดิจิตอล 500 กก.", "a platform scale")],
        certifications=["OTOP"],
        bcg=["circular"],
    ),
    Sme(
        "bcc-008",
        "หจก. นครปฐมค้าเศษด้าย",
        CIRC,
        UP,
        "Nakhon Pathom",
        "th",
        "npyarnwaste@gmail.com",
        offers=[
            o("เศษด้ายแข็ง ด้ายกวาดพื้นโรงปั่น ฝ้ายเป็นหลัก", "yarn_waste"),
            o("ด้ายปลายหลอด TC จากโรงถัก คละสี", "yarn_waste"),
        ],
        needs=[n("จ้างตีเศษด้ายแข็งให้เป็นใย เรานำก้อนไปส่งเอง", "textile_shredding_service")],
        bcg=["circular"],
    ),
    Sme(
        "bcc-009",
        "หจก. ส.รุ่งเรืองคัดแยกผ้า",
        CIRC,
        UP,
        "Samut Prakan",
        "th",
        "sr.sorting@gmail.com",
        offers=[
            o("รับจ้างคัดแยกเสื้อผ้าใช้แล้ว แยกตามเนื้อผ้าและสี ทีมงาน 20 คน", "clothing_sorting_service"),
            o("เสื้อยืดคอตตอนมือสองคัดแล้ว ตัดกระดุมซิปออก", "sorted_cotton_postconsumer"),
        ],
        needs=[n("เสื้อผ้ามือสองเหมาเป็นตัน รับทุกสภาพ", "used_clothing_bales")],
        bcg=["circular"],
    ),
    Sme(
        "bcc-010",
        "Green PET Flake Co., Ltd.",
        CIRC,
        MID,
        "Rayong",
        "en",
        "purchasing@greenpetflake.co.th",
        offers=[
            o("Hot-washed clear PET flake, bottle grade, 1 t jumbo bags", "pet_flake"),
        ],
        needs=[
            n("Baled post-consumer PET bottles, clear, labels off", "pet_bottle_bales"),
            n("GRS transaction certificate support and audit prep", "recycled_standard_consulting"),
        ],
        certifications=["ISO 9001", "ISO 14001"],
        bcg=["circular"],
    ),
    # ---------------------------------------------------------------- recyclers into fibre, yarn, nonwovens
    Sme(
        "bcc-011",
        "บจก. ไทยรีไฟเบอร์",
        CIRC,
        MID,
        "Saraburi",
        "th",
        "sales@thairefiber.co.th",
        offers=[
            o("ใยโพลีเอสเตอร์รีไซเคิลจากขวด PET 1.4D x 38mm สำหรับปั่นด้าย", "recycled_polyester_staple_fibre"),
            o("ใยสังเคราะห์ฟูรีไซเคิล (ใยบอล) สำหรับยัดหมอน ตุ๊กตา", "recycled_fibrefill"),
        ],
        needs=[
            n("เกล็ดขวดพลาสติกใส PET ล้างร้อนแล้ว เดือนละ 50 ตัน", "pet_flake"),
            n("ขวดเพ็ทอัดก้อน เกรด A", "pet_bottle_bales"),
        ],
        certifications=["GRS"],
        bcg=["circular"],
    ),
    Sme(
        "bcc-012",
        "Circle Spin Thailand Co., Ltd.",
        CIRC,
        MID,
        "Pathum Thani",
        "en",
        "hello@circlespin.co.th",
        offers=[
            o("Recycled polyester yarn 150D/48F from bottles, dope-dyed black or raw white", "recycled_polyester_yarn"),
            o(
                "Open-end recycled cotton blend yarn Ne 10-20, melange colours from sorted waste",
                "recycled_cotton_yarn",
            ),
        ],
        needs=[
            n("rPET staple fibre for OE spinning, GRS certified", "recycled_polyester_staple_fibre", certs=("GRS",)),
            n("Garnetted cotton fibre from cutting waste", "recycled_cotton_fibre"),
        ],
        certifications=["GRS", "OEKO-TEX Standard 100"],
        bcg=["circular"],
    ),
    Sme(
        "bcc-013",
        "โรงงานเส้นใยรีไซเคิลอ้อมน้อย",
        CIRC,
        MID,
        "Samut Sakhon",
        "th",
        "omnoi.fibre@gmail.com",
        offers=[
            o("ฝ้ายรีไซเคิล (ฝ้ายตีใหม่) จากเศษผ้าตัด สีเทา สีดำ", "recycled_cotton_fibre"),
            o("รับตีผ้าเก่าให้เป็นปุยใย ลูกค้านำผ้ามาเอง คิดค่าจ้างต่อกิโล", "textile_shredding_service"),
        ],
        needs=[
            n("เศษผ้าคอตตอนจากโรงตัด สีเดียวกันทั้งก้อน", "cotton_cutting_waste"),
            n("เศษด้ายแข็งจากโรงปั่น", "yarn_waste"),
            n("ริมผ้าจากโรงทอ ผ้าฝ้าย", "selvedge_waste"),
        ],
        bcg=["circular"],
    ),
    Sme(
        "bcc-014",
        "Korat Needlepunch Nonwoven Co., Ltd.",
        CIRC,
        MID,
        "Nakhon Ratchasima",
        "en",
        "sales@koratnonwoven.com",
        offers=[
            o(
                "Needle-punched felt from recycled textile fibre, 300-1200 gsm, car trunk and mattress pads",
                "recycled_nonwoven_felt",
            ),
            o("Acoustic insulation panels from shoddy felt", "recycled_acoustic_panel"),
        ],
        needs=[
            n("Shoddy / garnetted fibre, any colour", "recycled_cotton_fibre"),
            n("Mixed textile waste for shredding, minimum 10 t", "polyester_cutting_waste", "cotton_cutting_waste"),
        ],
        certifications=["ISO 9001"],
        bcg=["circular"],
    ),
    Sme(
        "bcc-015",
        "วิสาหกิจชุมชนทอผ้าอวนรีไซเคิลเกาะยาว",
        CIRC,
        MID,
        "Phang Nga",
        "th",
        "kohyao.net@gmail.com",
        offers=[
            o("เส้นด้ายไนลอนรีไซเคิลจากอวนประมง ปั่นมือในชุมชน", "recycled_nylon_yarn"),
            o("กระเป๋าสานจากอวนเก่า ใบละ 350 บาท", "upcycled_bag"),
        ],
        needs=[n("อวนเก่าไนลอน ล้างแล้ว", "fishing_net_waste")],
        certifications=["OTOP"],
        bcg=["circular"],
    ),
    Sme(
        "bcc-016",
        "Bangkok Regen Nylon Co., Ltd.",
        CIRC,
        MID,
        "Samut Prakan",
        "en",
        "regen@bkkregen.com",
        offers=[o("Regenerated nylon 6 yarn 70D from fishing nets and carpet waste", "recycled_nylon_yarn")],
        needs=[
            n("End-of-life fishing nets, nylon 6 only, sorted from PE ropes", "fishing_net_waste"),
            n("Independent lab test of tensile strength and recycled content", "textile_testing_service"),
        ],
        certifications=["GRS"],
        bcg=["circular"],
    ),
    Sme(
        "bcc-017",
        "บจก. ผ้าทอรีไซเคิลบางบัวทอง",
        CIRC,
        MID,
        "Nonthaburi",
        "th",
        "bbt.recyweave@gmail.com",
        offers=[
            o("ผ้าทอจากด้ายรีไซเคิล cotton/rPET หน้ากว้าง 60 นิ้ว สำหรับทำกระเป๋า", "recycled_woven_fabric"),
            o("รับทอผ้าตามแบบ ลูกค้าส่งด้ายมาเอง ขั้นต่ำ 500 หลา", "weaving_service"),
        ],
        needs=[
            n("ด้ายโพลีเอสเตอร์รีไซเคิล 150D ได้มาตรฐาน GRS", "recycled_polyester_yarn", certs=("GRS",)),
            n("ด้าย OE ฝ้ายรีไซเคิล เบอร์ 10", "recycled_cotton_yarn"),
        ],
        bcg=["circular"],
    ),
    Sme(
        "bcc-018",
        "Loop Knit Studio",
        CIRC,
        MID,
        "Bangkok",
        "en",
        "studio@loopknit.co",
        offers=[
            o("Single jersey knitted from recycled cotton/rPET yarn, 180 gsm, small runs", "recycled_knit_fabric"),
            o("Circular knitting on your yarn, 28G, from 200 kg", "knitting_service"),
        ],
        needs=[
            n("Recycled polyester filament yarn, any count 75-150D", "recycled_polyester_yarn"),
            n("Recycled cotton OE yarn, Ne 16-20", "recycled_cotton_yarn"),
        ],
        certifications=["GRS"],
        bcg=["circular"],
    ),
    # ---------------------------------------------------------------- upcyclers and brands
    Sme(
        "bcc-019",
        "แบรนด์ ของเหลือ (Khong Leua)",
        CIRC,
        DOWN,
        "Chiang Mai",
        "th",
        "khongleua.studio@gmail.com",
        offers=[
            o("กระเป๋าผ้าอัพไซเคิลจากยีนส์เก่า งานแฮนด์เมด", "upcycled_bag"),
            o("ผ้าพันคอ patchwork จากเศษผ้าไหม", "upcycled_scarf"),
        ],
        needs=[
            n("ยีนส์เก่า ผ้าเดนิมใช้แล้ว กิโลละไม่เกิน 20 บาท", "used_denim_waste"),
            n("เศษผ้าไหมจากร้านตัดชุด", "silk_offcuts"),
        ],
        bcg=["circular"],
    ),
    Sme(
        "bcc-020",
        "Second Stitch Upcycling",
        CIRC,
        DOWN,
        "Bangkok",
        "en",
        "team@secondstitch.co.th",
        offers=[
            o("Corporate gift tote bags made from your old uniforms", "textile_upcycling_service"),
            o("Laptop sleeves from upcycled billboard vinyl and denim", "upcycled_bag"),
        ],
        needs=[
            n("Sewing workshop for small batches, 100-300 pcs", "sewing_service"),
            n("Pre-loved denim, sorted, any wash", "used_denim_waste"),
            u("Retail space in a Bangkok mall, pop-up for 2 weeks", "a pop-up retail space"),
        ],
        bcg=["circular"],
    ),
    Sme(
        "bcc-021",
        "ร้านพรมเช็ดเท้าแม่บุญมี",
        CIRC,
        DOWN,
        "Roi Et",
        "th",
        "boonmee.mat@gmail.com",
        offers=[
            o("พรมเช็ดเท้าถักจากเศษผ้า ผืนละ 40 บาท ส่งร้านค้าส่ง", "rag_rug"),
            o("ผ้าขี้ริ้วเช็ดเครื่องจักร จากเศษผ้ายืด ขายเป็นกิโล", "wiping_rags"),
        ],
        needs=[
            n("เศษผ้ายืดริมผ้า เส้นยาว", "selvedge_waste"),
            n("เศษผ้ายืดจากโรงงานตัดเย็บ", "polyester_cutting_waste", "cotton_cutting_waste"),
        ],
        certifications=["OTOP"],
        bcg=["circular"],
    ),
    Sme(
        "bcc-022",
        "Rayong Industrial Wipers Co., Ltd.",
        CIRC,
        DOWN,
        "Rayong",
        "en",
        "buy@rayongwipers.com",
        offers=[o("Industrial wiping rags, white cotton, 10 kg bags, lint-free grade", "wiping_rags")],
        needs=[
            n("Sorted white cotton T-shirts, post-consumer, buttons removed", "sorted_cotton_postconsumer"),
            n("Retired hotel sheets and towels", "used_hotel_linen"),
        ],
        bcg=["circular"],
    ),
    Sme(
        "bcc-023",
        "บจก. อีโค่ไลฟ์ แบรนด์เสื้อรีไซเคิล",
        CIRC,
        DOWN,
        "Bangkok",
        "th",
        "ecolife.brand@gmail.com",
        offers=[
            o("เสื้อยืดผ้ารีไซเคิลจากขวดพลาสติก สกรีนโลโก้ได้ ขั้นต่ำ 100 ตัว", "recycled_tshirt"),
        ],
        needs=[
            n("ผ้ายืดคอตตอนผสม rPET ไม่ต้องมี GOTS", "recycled_knit_fabric", waives=("GOTS",)),
            n("โรงเย็บรับผลิตเสื้อยืด CMT", "sewing_service"),
            n("สกรีนหรือพิมพ์ลายดิจิตอล", "textile_printing_service"),
        ],
        bcg=["circular"],
    ),
    Sme(
        "bcc-024",
        "Mae Sot Craft Collective",
        CIRC,
        DOWN,
        "Tak",
        "en",
        "maesotcraft@proton.me",
        offers=[
            o("Rag quilts and cushion covers from reclaimed saris and offcuts", "upcycled_home_textile"),
            o("Hand embroidery on customer garments", "embroidery_service"),
        ],
        needs=[n("Silk offcuts and tailor scraps", "silk_offcuts")],
        certifications=["Fairtrade"],
        bcg=["circular"],
    ),
    # ---------------------------------------------------------------- certifiers, testers, services, machinery
    Sme(
        "bcc-025",
        "ศูนย์ทดสอบสิ่งทอ มาตรฐานไทย",
        CIRC,
        MID,
        "Bangkok",
        "th",
        "lab@thaitextiletest.or.th",
        offers=[
            o("ทดสอบสมบัติผ้า ความแข็งแรง การหดตัว ความคงทนของสี ออกรายงานใน 7 วัน", "textile_testing_service"),
            o("ตรวจวิเคราะห์สัดส่วนเส้นใยรีไซเคิลในผ้า", "textile_testing_service"),
        ],
        needs=[],
        certifications=["ISO 9001"],
    ),
    Sme(
        "bcc-026",
        "Circular Standards Advisory Co., Ltd.",
        CIRC,
        DOWN,
        "Bangkok",
        "en",
        "contact@csadvisory.asia",
        offers=[
            o(
                "GRS / RCS certification readiness: gap audit, chain-of-custody documents",
                "recycled_standard_consulting",
            ),
            o("Carbon footprint of a garment, LCA report", "lca_service"),
        ],
        needs=[],
    ),
    Sme(
        "bcc-027",
        "หจก. ช่างเอกการเครื่องจักรสิ่งทอ",
        CIRC,
        MID,
        "Nakhon Pathom",
        "th",
        "chang.ek.machine@gmail.com",
        offers=[
            o("เครื่องตีผ้า เครื่องย่อยเศษผ้า ประกอบในไทย พร้อมติดตั้ง", "textile_shredder_machine"),
            o("ซ่อมเครื่องทอ เครื่องถัก นอกสถานที่", "machine_repair_service"),
        ],
        needs=[u("มอเตอร์ 30 แรงม้า มือสอง", "a second-hand 30 hp motor")],
    ),
    Sme(
        "bcc-028",
        "SME Green Finance Desk",
        CIRC,
        DOWN,
        "Bangkok",
        "en",
        "greenloans@smefin.example.co.th",
        offers=[o("Soft loans for circular-economy machinery, up to 5 MB, 3% p.a.", "sme_green_loan")],
        needs=[],
    ),
    Sme(
        "bcc-029",
        "วิสาหกิจชุมชนกลุ่มแม่บ้านบ้านนาข่าอัพไซเคิล",
        CIRC,
        DOWN,
        "Udon Thani",
        "th",
        "nakha.upcycle@gmail.com",
        offers=[
            o("กระเป๋าผ้าจากเศษผ้าขาวม้า ทำมือ ส่งขายร้านของฝาก", "upcycled_bag"),
            o("หมอนอิงจากผ้ามัดหมี่เหลือใช้", "upcycled_home_textile"),
        ],
        needs=[
            n("เครื่องย่อยเศษผ้าขนาดเล็ก", "textile_shredder_machine"),
            n("สินเชื่อดอกเบี้ยต่ำซื้อเครื่องจักร", "sme_green_loan"),
            n("อบรมการออกแบบผลิตภัณฑ์จากผ้าเหลือใช้", "circular_training", "product_design_service"),
        ],
        certifications=["OTOP"],
        bcg=["circular"],
    ),
]

SMES += [
    # ---------------------------------------------------------------- hemp and natural fibre
    Sme(
        "bcc-030",
        "วิสาหกิจชุมชนม้งปลูกกัญชงบ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        "th",
        "maesamai.hemp@gmail.com",
        offers=[
            o("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 1 กก.", "hemp_fibre_raw"),
            o("ด้ายกัญชงเข็นมือ ฟอกขี้เถ้า สีขาวนวล", "hemp_yarn_handspun"),
        ],
        needs=[n("เนื้อครามหมัก สำหรับเขียนเทียนย้อมผ้า", "indigo_paste")],
        certifications=["Organic Thailand"],
        bcg=["bio"],
    ),
    Sme(
        "bcc-031",
        "Hmong Hemp Heritage",
        HEMP,
        DOWN,
        "Tak",
        "en",
        "hmonghemp.heritage@gmail.com",
        offers=[
            o("Batik hemp skirts, indigo, pleated by hand", "hemp_garment"),
            o("Backstrap-loom hemp cloth, 40 cm wide, undyed", "hemp_fabric_handwoven"),
        ],
        needs=[n("Hand-spun hemp thread, natural colour, 20 kg", "hemp_yarn_handspun")],
        bcg=["bio"],
    ),
    Sme(
        "bcc-032",
        "บจก. เฮมพ์ไทยเท็กซ์",
        HEMP,
        MID,
        "Chiang Rai",
        "th",
        "sales@hempthaitex.co.th",
        offers=[
            o("ด้ายกัญชงปั่นเครื่อง Nm 14 ผสมฝ้าย 55/45 ม้วนละ 1.5 กก.", "hemp_yarn_machine_spun"),
            o("ผ้ากัญชงทอเครื่อง หน้ากว้าง 150 ซม. สีธรรมชาติ", "hemp_fabric_machine_woven"),
            o("รับปั่นเส้นใยของลูกค้า กัญชง ใยสับปะรด ทดลองขั้นต่ำ 50 กก.", "spinning_service"),
        ],
        needs=[
            n("ใยกัญชงผ่านเครื่องแยกเส้นใย ตัดสั้นพร้อมปั่น", "hemp_fibre_raw"),
            n("โรงย้อมรับย้อมผ้าของเราด้วยสีธรรมชาติ 1,000 เมตร", "natural_dyeing_service", "indigo_dyeing_service"),
        ],
        certifications=["OEKO-TEX Standard 100"],
        bcg=["bio"],
    ),
    Sme(
        "bcc-033",
        "Green Hemp Goods Co., Ltd.",
        HEMP,
        DOWN,
        "Bangkok",
        "en",
        "buying@greenhempgoods.com",
        offers=[o("Hemp canvas tote bags, screen-printed, 500 pcs MOQ", "tote_bag")],
        needs=[
            n(
                "Machine-woven hemp/cotton canvas, GOTS certified, 300 gsm",
                "hemp_fabric_machine_woven",
                certs=("GOTS",),
            ),
            n("Screen or digital printing on our bags", "textile_printing_service"),
        ],
        bcg=["bio"],
    ),
    Sme(
        "bcc-034",
        "Lanna Organic Weaving Co., Ltd.",
        HEMP,
        MID,
        "Lamphun",
        "en",
        "orders@lannaorganic.co.th",
        offers=[
            o("GOTS organic cotton/hemp canvas 55/45, 280 gsm", "hemp_fabric_machine_woven"),
            o("Organic cotton yarn Ne 20/1, GOTS, cones", "organic_cotton_yarn"),
            o("Organic cotton single jersey, 160 gsm, undyed", "organic_cotton_knit_fabric"),
        ],
        needs=[
            n(
                "Organic seed cotton from contract farmers, Organic Thailand certified",
                "raw_cotton",
                certs=("Organic Thailand",),
            ),
        ],
        certifications=["GOTS", "OCS"],
        bcg=["bio", "green"],
    ),
    Sme(
        "bcc-035",
        "กลุ่มปลูกฝ้ายอินทรีย์บ้านดอนชัย",
        HEMP,
        UP,
        "Loei",
        "th",
        "donchai.cotton@gmail.com",
        offers=[
            o("ฝ้ายดิบอินทรีย์ทั้งเมล็ด ฤดูกาลนี้ประมาณ 3 ตัน", "raw_cotton"),
            o("ฝ้ายตุ่นสีน้ำตาลธรรมชาติ อีดเมล็ดออกแล้ว", "raw_cotton"),
        ],
        needs=[u("เครื่องอีดฝ้ายไฟฟ้า", "an electric cotton gin")],
        certifications=["Organic Thailand"],
        bcg=["bio"],
    ),
    Sme(
        "bcc-036",
        "กลุ่มทอผ้าฝ้ายเข็นมือบ้านหนองขาม",
        HEMP,
        MID,
        "Sakon Nakhon",
        "th",
        "nongkham.weave@gmail.com",
        offers=[
            o("ผ้าฝ้ายย้อมครามทอมือ หน้ากว้าง 1 เมตร เมตรละ 450 บาท", "indigo_dyed_fabric"),
            o("ด้ายฝ้ายเข็นมือย้อมคราม เข้มอ่อนตามสั่ง", "indigo_dyed_yarn"),
        ],
        needs=[
            n("ฝ้ายปุยสำหรับเข็นเส้น", "raw_cotton"),
            n("ครามเปียกพร้อมก่อหม้อ", "indigo_paste"),
        ],
        certifications=["OTOP"],
        bcg=["bio"],
    ),
    Sme(
        "bcc-037",
        "วิสาหกิจชุมชนครามบ้านดอนกอย",
        HEMP,
        UP,
        "Sakon Nakhon",
        "th",
        "donkoi.indigo@gmail.com",
        offers=[
            o("เนื้อครามหมักพร้อมก่อหม้อ กิโลละ 250 บาท", "indigo_paste"),
            o("รับย้อมครามผ้าของลูกค้า ย้อมซ้ำ 5 รอบ สีไม่ตก", "indigo_dyeing_service"),
        ],
        needs=[n("ใบครามสด ส่งทุกสัปดาห์ช่วงฤดูเก็บเกี่ยว", "indigo_leaves")],
        certifications=["OTOP"],
        bcg=["bio"],
    ),
    Sme(
        "bcc-038",
        "Sakon Indigo Farm",
        HEMP,
        UP,
        "Sakon Nakhon",
        "en",
        "farm@sakonindigo.com",
        offers=[
            o("Fresh indigo leaves (Indigofera tinctoria), cut to order", "indigo_leaves"),
            o("Fermented indigo paste, 5 kg tubs", "indigo_paste"),
        ],
        needs=[n("Online marketing to reach buyers in Japan", "marketing_service")],
        certifications=["Organic Thailand"],
        bcg=["bio"],
    ),
    Sme(
        "bcc-039",
        "กลุ่มเลี้ยงไหมบ้านนาโพธิ์",
        HEMP,
        UP,
        "Buriram",
        "th",
        "naphosilk@gmail.com",
        offers=[
            o("รังไหมพันธุ์ไทยพื้นบ้าน สีเหลือง", "silk_cocoons"),
            o("เส้นไหมน้อยสาวมือ ยังไม่ฟอก ไหมพุ่งไหมยืน", "silk_yarn_handreeled"),
        ],
        needs=[u("ไข่ไหมพันธุ์ดี จากศูนย์หม่อนไหม", "silkworm eggs")],
        certifications=["Thai Silk Peacock Emblem"],
        bcg=["bio"],
    ),
    Sme(
        "bcc-040",
        "Surin Silk House",
        HEMP,
        DOWN,
        "Surin",
        "en",
        "info@surinsilkhouse.com",
        offers=[
            o("Mudmee silk, handwoven, Royal Peacock gold label", "silk_fabric_handwoven"),
            o("Silk scarves in lac red and ebony black", "handwoven_scarf"),
        ],
        needs=[
            n(
                "Hand-reeled Thai silk yarn with Peacock Emblem",
                "silk_yarn_handreeled",
                certs=("Thai Silk Peacock Emblem",),
            ),
            n("Sticklac for red dye", "lac_dye"),
        ],
        certifications=["Thai Silk Peacock Emblem"],
        bcg=["bio"],
    ),
    Sme(
        "bcc-041",
        "กลุ่มย้อมสีธรรมชาติครั่งบ้านสะอาด",
        HEMP,
        UP,
        "Kalasin",
        "th",
        "sa.at.lacdye@gmail.com",
        offers=[
            o("ครั่งดิบสำหรับย้อมสีแดง กิโลละ 180 บาท", "lac_dye"),
            o("รับย้อมสีธรรมชาติ ครั่ง เปลือกประดู่ ดาวเรือง บนผ้าหรือเส้นไหมของลูกค้า", "natural_dyeing_service"),
        ],
        needs=[n("ไหมดิบสาวมือ", "silk_yarn_handreeled")],
        certifications=["OTOP"],
        bcg=["bio"],
    ),
    Sme(
        "bcc-042",
        "วิสาหกิจชุมชนเส้นใยกล้วยบ้านคลองน้ำไหล",
        HEMP,
        UP,
        "Kamphaeng Phet",
        "th",
        "banana.fibre.knl@gmail.com",
        offers=[o("ใยกล้วยน้ำว้าขูดมือ ตากแห้ง มัดละครึ่งกิโล", "banana_fibre")],
        needs=[u("เครื่องขูดใยกาบกล้วย", "a banana fibre decorticator")],
        bcg=["bio"],
    ),
    Sme(
        "bcc-043",
        "วิสาหกิจชุมชนใยสับปะรดบ้านหนองพลับ",
        HEMP,
        UP,
        "Prachuap Khiri Khan",
        "th",
        "palf.nongplub@gmail.com",
        offers=[o("เส้นใยใบสับปะรด ลอกกาวแล้ว มัดละ 2 กก.", "pineapple_fibre")],
        needs=[n("หาโรงรับจ้างปั่นด้ายใยสับปะรดผสมฝ้าย", "spinning_service")],
        bcg=["bio", "circular"],
    ),
    Sme(
        "bcc-044",
        "กลุ่มทอผ้าใยบัวบางปลาม้า",
        HEMP,
        MID,
        "Suphan Buri",
        "th",
        "bangplama.lotus@gmail.com",
        offers=[
            o("เส้นใยบัวสาวมือจากก้านบัวหลวง", "lotus_fibre"),
            o("ผ้าพันคอใยบัวผสมไหม ผืนละ 1,200 บาท", "handwoven_scarf"),
        ],
        needs=[u("กล่องของขวัญกระดาษสา พิมพ์โลโก้", "printed gift boxes")],
        certifications=["OTOP"],
        bcg=["bio"],
    ),
    Sme(
        "bcc-045",
        "Chiang Mai Natural Dye Studio",
        HEMP,
        MID,
        "Chiang Mai",
        "en",
        "studio@cmnaturaldye.com",
        offers=[
            o("Natural dyeing on your fabric: indigo, lac, ebony; 5-50 m batches", "natural_dyeing_service"),
            o("Indigo vat dyeing for brands, bring your own garments", "indigo_dyeing_service"),
        ],
        needs=[
            n("Undyed handspun cotton yarn", "cotton_yarn_handspun"),
            n("Lac (khrang) for red shades", "lac_dye"),
        ],
        bcg=["bio"],
    ),
    Sme(
        "bcc-046",
        "หจก. ฝ้ายทอมือแม่แจ่ม",
        HEMP,
        MID,
        "Chiang Mai",
        "th",
        "maechaem.cotton@gmail.com",
        offers=[
            o("ด้ายฝ้ายเข็นมือ สีธรรมชาติ ไม่ย้อม", "cotton_yarn_handspun"),
            o("ผ้าฝ้ายทอมือสีพื้น ผืนละ 2 เมตร", "handwoven_cotton_fabric"),
        ],
        needs=[
            n("ฝ้ายดิบอินทรีย์ ได้มาตรฐานเกษตรอินทรีย์", "raw_cotton", certs=("Organic Thailand",)),
        ],
        certifications=["OTOP"],
        bcg=["bio"],
    ),
    Sme(
        "bcc-047",
        "Fibre & Form Design Studio",
        HEMP,
        DOWN,
        "Bangkok",
        "en",
        "hello@fibreandform.studio",
        offers=[
            o("Product design and collection development for craft groups", "product_design_service"),
            o("Brand story, packaging and online shop set-up for handmade textiles", "marketing_service"),
        ],
        needs=[n("Handwoven hemp fabric swatches, natural colour", "hemp_fabric_handwoven")],
    ),
    Sme(
        "bcc-048",
        "ร้านผ้าพื้นเมืองไทลื้อ น่าน",
        HEMP,
        DOWN,
        "Nan",
        "th",
        "tailue.nan.shop@gmail.com",
        offers=[o("ผ้าพันคอทอมือลายน้ำไหล", "handwoven_scarf")],
        needs=[
            n("ผ้าฝ้ายทอมือย้อมคราม", "indigo_dyed_fabric"),
            n("ผ้าไหมทอมือ ไม่จำเป็นต้องมีตรานกยูง", "silk_fabric_handwoven", waives=("Thai Silk Peacock Emblem",)),
        ],
    ),
    Sme(
        "bcc-049",
        "Phetchabun Hemp Growers Cooperative",
        HEMP,
        UP,
        "Phetchabun",
        "en",
        "coop@pbhemp.org",
        offers=[
            o("Decorticated hemp bast fibre, 50 kg bales, low-THC variety", "hemp_fibre_raw"),
            o("Hemp hurd for animal bedding and hempcrete", "hemp_hurd"),
        ],
        needs=[n("Spinning trial for our hemp fibre", "spinning_service")],
        bcg=["bio"],
    ),
    Sme(
        "bcc-050",
        "ร้านกระเป๋าใยกัญชงดอยแม่สลอง",
        HEMP,
        DOWN,
        "Chiang Rai",
        "th",
        "maesalong.hempbag@gmail.com",
        offers=[o("กระเป๋าสะพายผ้ากัญชงปักลายม้ง", "hemp_bag")],
        needs=[
            n("ผ้ากัญชงทอมือ ผืนยาว ไม่ย้อม", "hemp_fabric_handwoven"),
            u("ผ้าปักม้งโบราณ มือสอง", "antique Hmong embroidery pieces"),
        ],
    ),
    Sme(
        "bcc-051",
        "Little Cotton Baby",
        HEMP,
        DOWN,
        "Chiang Mai",
        "en",
        "hello@littlecottonbaby.com",
        offers=[o("Organic cotton baby rompers and swaddles, GOTS", "baby_clothes")],
        needs=[
            n("GOTS organic cotton knit, 160 gsm", "organic_cotton_knit_fabric", certs=("GOTS",)),
            n(
                "Natural dyeing of knit panels, OEKO-TEX not required",
                "natural_dyeing_service",
                waives=("OEKO-TEX Standard 100",),
            ),
        ],
        certifications=["GOTS"],
        bcg=["bio"],
    ),
    # ---------------------------------------------------------------- sportech
    Sme(
        "bcc-052",
        "ActiveKnit Thailand Co., Ltd.",
        SPORT,
        MID,
        "Samut Prakan",
        "en",
        "sales@activeknit.co.th",
        offers=[
            o("Moisture-wicking polyester interlock, 140 gsm, for running jerseys", "sport_performance_fabric"),
            o("Bird-eye mesh from recycled polyester, GRS", "recycled_sport_fabric"),
            o("Greige polyester knit for coating and printing", "greige_polyester_knit"),
        ],
        needs=[
            n("rPET DTY yarn 75D/72F, GRS", "recycled_polyester_yarn", certs=("GRS",)),
            n("Colourfastness and pilling tests per batch", "textile_testing_service"),
        ],
        certifications=["GRS", "bluesign"],
        bcg=["circular"],
    ),
    Sme(
        "bcc-053",
        "บจก. สปอร์ตไลน์การ์เมนท์",
        SPORT,
        DOWN,
        "Chonburi",
        "th",
        "sportline.garment@gmail.com",
        offers=[
            o("เสื้อกีฬาพิมพ์ลายซับลิเมชั่น ชุดฟุตบอลทีม", "sportswear_jersey"),
            o("รับตัดเย็บชุดกีฬาตามแบบ ขั้นต่ำ 30 ชุด", "sewing_service"),
        ],
        needs=[
            n("ผ้าไมโครโพลีแห้งเร็ว ระบายเหงื่อ", "sport_performance_fabric"),
            n("ผ้ากีฬาทอจากขวดพลาสติกรีไซเคิล", "recycled_sport_fabric"),
        ],
    ),
    Sme(
        "bcc-054",
        "ร้านพิมพ์ซับลิเมชั่นปากน้ำโพ",
        SPORT,
        MID,
        "Nakhon Sawan",
        "th",
        "paknampho.print@gmail.com",
        offers=[o("รับพิมพ์ลายซับลิเมชั่นบนผ้าลูกค้า หน้ากว้าง 1.8 ม.", "textile_printing_service")],
        needs=[
            u("หมึกซับลิเมชั่นคุณภาพดี ราคาส่ง", "sublimation ink"),
            n("ผ้าโพลีเอสเตอร์ขาวสำหรับพิมพ์ผ้ากีฬา", "sport_performance_fabric", "greige_polyester_knit"),
        ],
    ),
    Sme(
        "bcc-055",
        "Run Siam Events",
        SPORT,
        DOWN,
        "Chiang Mai",
        "en",
        "race@runsiam.events",
        offers=[o("Event marketing for sports and outdoor brands", "marketing_service")],
        needs=[
            n("Finisher shirts from recycled bottles, 5,000 pcs", "recycled_tshirt"),
            u("Race medals and lanyards", "medals and lanyards"),
        ],
        bcg=["green"],
    ),
    Sme(
        "bcc-056",
        "บจก. ไทยคอมเพรสชั่น",
        SPORT,
        DOWN,
        "Nonthaburi",
        "th",
        "thaicompression@gmail.com",
        offers=[
            o("ถุงเท้ากีฬาคอมเพรสชั่นสำหรับนักวิ่ง", "sports_compression_socks"),
            o("ปลอกรัดน่องนักวิ่ง", "sports_compression_socks"),
        ],
        needs=[n("ด้ายไนลอนหุ้มสแปนเด็กซ์", "covered_elastic_yarn")],
    ),
    Sme(
        "bcc-057",
        "Elastic Yarn Co., Ltd.",
        SPORT,
        MID,
        "Chachoengsao",
        "en",
        "sales@elasticyarn.co.th",
        offers=[
            o("Air-covered spandex yarn, nylon/spandex 20/70", "covered_elastic_yarn"),
        ],
        needs=[n("Regenerated nylon filament for covering, GRS", "recycled_nylon_yarn", certs=("GRS",))],
        certifications=["ISO 9001"],
    ),
    Sme(
        "bcc-058",
        "โรงเรียนกีฬาจังหวัดสุพรรณบุรี",
        SPORT,
        DOWN,
        "Suphan Buri",
        "th",
        "supan.sportschool@obec.example.th",
        needs=[
            n("ชุดวอร์มและเสื้อแข่งนักกีฬา 300 ชุด", "sportswear_jersey"),
            n("ออกแบบลายชุดแข่งประจำโรงเรียน", "product_design_service"),
        ],
    ),
    Sme(
        "bcc-059",
        "Songkhla Surf & Dive",
        SPORT,
        DOWN,
        "Songkhla",
        "en",
        "shop@songkhlasurf.com",
        offers=[o("Rash guards made from recycled nylon", "rash_guard")],
        needs=[
            n("Sublimation printing on our rash guards", "textile_printing_service"),
            n("Quick-dry fabric for board shorts", "sport_performance_fabric"),
        ],
    ),
    Sme(
        "bcc-060",
        "บจก. เคพีเคลือบผ้า",
        SPORT,
        MID,
        "Samut Sakhon",
        "th",
        "kp.coating@gmail.com",
        offers=[
            o("รับเคลือบกันน้ำ PU/TPU บนผ้าของลูกค้า", "coating_service"),
            o("ผ้ากันน้ำเคลือบ TPU ระบายอากาศ สำหรับผ้ารองกันเปื้อน", "waterproof_laminated_fabric"),
        ],
        needs=[n("ผ้าดิบโพลีเอสเตอร์ถัก (ผ้ากรีซ) สำหรับเคลือบ", "greige_polyester_knit")],
        certifications=["OEKO-TEX Standard 100"],
    ),
    Sme(
        "bcc-061",
        "Thai Yoga Mat Works",
        SPORT,
        DOWN,
        "Nonthaburi",
        "en",
        "info@thaiyogamat.com",
        offers=[o("Natural rubber yoga mats with hemp top", "yoga_mat")],
        needs=[n("Hemp canvas for mat top layer, no GOTS needed", "hemp_fabric_machine_woven", waives=("GOTS",))],
        bcg=["bio"],
    ),
    Sme(
        "bcc-062",
        "ร้านสปอร์ตเวิลด์หาดใหญ่",
        SPORT,
        DOWN,
        "Songkhla",
        "th",
        "sportworld.hy@gmail.com",
        needs=[
            n("เสื้อบอล เสื้อกีฬา ราคาส่ง", "sportswear_jersey"),
            n("ถุงเท้ากีฬา ถุงเท้ารัดน่อง", "sports_compression_socks"),
        ],
    ),
    Sme(
        "bcc-063",
        "Knee Support Tech Co., Ltd.",
        SPORT,
        DOWN,
        "Pathum Thani",
        "en",
        "contact@kneesupporttech.com",
        offers=[o("Knitted knee and ankle supports for athletes", "sports_support_brace")],
        needs=[n("Covered spandex yarn", "covered_elastic_yarn")],
    ),
    Sme(
        "bcc-064",
        "ดีไซน์สปอร์ต ขอนแก่น",
        SPORT,
        DOWN,
        "Khon Kaen",
        "th",
        "designsport.kk@gmail.com",
        offers=[o("ออกแบบลายชุดกีฬา ทีมบริษัท ทีมโรงเรียน", "product_design_service")],
    ),
]

SMES += [
    # ---------------------------------------------------------------- ageing lifestyle, central
    Sme(
        "bcc-065",
        "โรงพยาบาลเอกชนนนทเวช",
        AGC,
        DOWN,
        "Nonthaburi",
        "th",
        "purchasing@nonthavej.example.th",
        needs=[
            n("ผ้าเคลื่อนย้ายผู้ป่วย (ผ้ายกตัว) ซักได้ 200 ครั้ง", "patient_transfer_sheet"),
            n("ผ้าปูที่นอนผู้ป่วย ผ้าขวางเตียง", "bed_sheets"),
            n("ชุดผู้ป่วยใน", "patient_gown"),
        ],
        certifications=["ISO 9001"],
    ),
    Sme(
        "bcc-066",
        "CareTex Medical Textiles Co., Ltd.",
        AGC,
        MID,
        "Pathum Thani",
        "en",
        "sales@caretexmed.com",
        offers=[
            o("Patient transfer sheets with reinforced handles, washable, ISO 13485", "patient_transfer_sheet"),
            o("Washable incontinence bed pads, 4-layer", "washable_underpad"),
        ],
        needs=[
            n("Breathable TPU laminated fabric", "waterproof_laminated_fabric"),
            n("Antibacterial cotton/poly fabric", "antibacterial_fabric"),
        ],
        certifications=["ISO 13485", "OEKO-TEX Standard 100"],
    ),
    Sme(
        "bcc-067",
        "บ้านพักผู้สูงอายุสุขใจเนอร์สซิ่งโฮม",
        AGC,
        DOWN,
        "Nakhon Pathom",
        "th",
        "sukjai.nursing@gmail.com",
        needs=[
            n("ผ้าอ้อมผู้ใหญ่แบบเทป ไซส์ L ยกลัง", "adult_diaper_disposable"),
            n("แผ่นรองซับซักได้", "washable_underpad"),
            n("ผ้ายกตัวผู้ป่วย", "patient_transfer_sheet"),
        ],
    ),
    Sme(
        "bcc-068",
        "Silver Comfort Co., Ltd.",
        AGC,
        DOWN,
        "Bangkok",
        "en",
        "sales@silvercomfort.co.th",
        offers=[
            o("Adult diapers, tape type, M-XL, Thai FDA registered", "adult_diaper_disposable"),
            o("Disposable underpads 60x90 cm", "disposable_underpad"),
        ],
        needs=[u("Spunbond SMS nonwoven top sheet, hydrophilic", "hydrophilic SMS nonwoven")],
        certifications=["Thai FDA"],
    ),
    Sme(
        "bcc-069",
        "บจก. ผ้าแพทย์ไทย",
        AGC,
        MID,
        "Samut Prakan",
        "th",
        "phaphaet.thai@gmail.com",
        offers=[
            o("ผ้าคอตตอนผสมโพลีเคลือบสารยับยั้งแบคทีเรีย สำหรับโรงพยาบาล", "antibacterial_fabric"),
            o("ผ้าปูที่นอนโรงพยาบาล ฝ้าย 100% ผ้าขวางเตียง", "bed_sheets"),
        ],
        needs=[n("ส่งผ้าทดสอบฤทธิ์ต้านแบคทีเรีย", "textile_testing_service")],
        certifications=["OEKO-TEX Standard 100", "ISO 9001"],
    ),
    Sme(
        "bcc-070",
        "Bangkok Hotel Supplies",
        AGC,
        DOWN,
        "Bangkok",
        "en",
        "sales@bkkhotelsupplies.com",
        offers=[
            o("Hotel bed linen, 250 TC cotton sateen", "bed_sheets"),
            o("Bath towels 600 gsm, white", "towels"),
        ],
        needs=[n("Laundry partner for our rental linen", "laundry_service")],
        certifications=["OEKO-TEX Standard 100"],
    ),
    Sme(
        "bcc-071",
        "ร้านสุขภาพดีผู้สูงวัย",
        AGC,
        DOWN,
        "Nonthaburi",
        "th",
        "sukkhaphapdee.shop@gmail.com",
        offers=[
            o("ถุงเท้ากันลื่นผู้สูงอายุ", "antislip_socks_elderly"),
            o("ถุงน่องเส้นเลือดขอด ระดับการแพทย์", "medical_compression_stockings"),
        ],
        needs=[n("ด้ายสแปนเด็กซ์หุ้มไนลอน สำหรับถักถุงน่อง", "covered_elastic_yarn")],
    ),
    Sme(
        "bcc-072",
        "Golden Age Home Care",
        AGC,
        DOWN,
        "Bangkok",
        "en",
        "office@goldenagehomecare.com",
        needs=[
            n("Medical compression stockings class II", "medical_compression_stockings"),
            n("Non-slip socks for residents", "antislip_socks_elderly"),
            n("Adult pull-up pants, Thai FDA registered", "adult_diaper_disposable", certs=("Thai FDA",)),
        ],
    ),
    Sme(
        "bcc-073",
        "วิสาหกิจชุมชนตัดเย็บบ้านโป่ง",
        AGC,
        MID,
        "Ratchaburi",
        "th",
        "banpong.sewing@gmail.com",
        offers=[
            o("รับจ้างตัดเย็บ ยูนิฟอร์ม ชุดผู้ป่วย ขั้นต่ำ 50 ตัว", "sewing_service"),
            o("ชุดผู้ป่วยคอวี ผ้าคอตตอน", "patient_gown"),
        ],
        needs=[n("ผ้าฝ้ายผสมโพลีต้านแบคทีเรีย สำหรับชุดผู้ป่วย", "antibacterial_fabric")],
    ),
    Sme(
        "bcc-074",
        "Hua Hin Wellness Spa",
        AGC,
        DOWN,
        "Prachuap Khiri Khan",
        "en",
        "spa@huahinwellness.com",
        needs=[
            n("Spa towels, OEKO-TEX certified", "towels", certs=("OEKO-TEX Standard 100",)),
            n("Handwoven pha khao ma for massage", "pha_khao_ma"),
            n("Herbal compress balls", "herbal_compress"),
        ],
    ),
    Sme(
        "bcc-075",
        "ศูนย์ดูแลผู้สูงอายุบ้านอุ่นรัก",
        AGC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "th",
        "baanaunrak@gmail.com",
        needs=[
            n("ผ้ารองกันเปื้อนกันน้ำ ซักได้", "washable_underpad"),
            n("เสื้อผ้าผู้สูงอายุ ติดแป้นแปะ ใส่ง่าย", "adaptive_clothing"),
        ],
    ),
    Sme(
        "bcc-076",
        "EasyWear Adaptive Clothing",
        AGC,
        DOWN,
        "Nonthaburi",
        "en",
        "hello@easywear.co.th",
        offers=[o("Adaptive clothing: magnetic-button shirts, open-back dresses for seniors", "adaptive_clothing")],
        needs=[
            n(
                "Soft cotton jersey, OEKO-TEX",
                "cotton_knit_fabric",
                "organic_cotton_knit_fabric",
                certs=("OEKO-TEX Standard 100",),
            ),
            n("CMT sewing, 200-500 pcs per style", "sewing_service"),
        ],
    ),
    Sme(
        "bcc-077",
        "โรงงานถักผ้าอ้อมน้อย",
        AGC,
        MID,
        "Samut Sakhon",
        "th",
        "omnoi.knitting@gmail.com",
        offers=[
            o("ผ้ายืดคอตตอน 100% ซิงเกิลเจอร์ซี่ 32s มาตรฐาน OEKO-TEX", "cotton_knit_fabric"),
            o("ด้ายปลายหลอด ด้ายเหลือจากเครื่องถัก", "yarn_waste"),
        ],
        needs=[n("ด้ายคอตตอนหวี เบอร์ 32", "cotton_yarn_machine")],
        certifications=["OEKO-TEX Standard 100"],
    ),
    Sme(
        "bcc-078",
        "โรงพยาบาลพุทธชินราช",
        AGC,
        DOWN,
        "Phitsanulok",
        "th",
        "supply@buddhachinaraj.example.th",
        needs=[
            n("ผ้ายกตัวผู้ป่วย มาตรฐาน ISO 13485", "patient_transfer_sheet", certs=("ISO 13485",)),
            n("ชุดเครื่องแบบพยาบาล ชุดสครับ", "scrub_uniform"),
            n("หน้ากากผ้าซักได้", "cloth_mask"),
        ],
    ),
    Sme(
        "bcc-079",
        "Uniform Pro Thailand",
        AGC,
        DOWN,
        "Chonburi",
        "en",
        "sales@uniformpro.co.th",
        offers=[
            o("Nurse and staff uniforms, scrubs, poly-cotton", "scrub_uniform"),
            o("Reusable 3-ply cloth face masks", "cloth_mask"),
        ],
        needs=[n("Antibacterial finished fabric for scrubs", "antibacterial_fabric")],
    ),
    Sme(
        "bcc-080",
        "บจก. หมอนดีสลีป",
        AGC,
        DOWN,
        "Ang Thong",
        "th",
        "deesleep.pillow@gmail.com",
        offers=[
            o("หมอนหนุนใยสังเคราะห์ ยัดใยรีไซเคิล", "pillow"),
            o("หมอนยางพาราเพื่อสุขภาพ", "pillow"),
        ],
        needs=[
            n("ใยบอลรีไซเคิลสำหรับยัดหมอน", "recycled_fibrefill"),
            u("ปลอกหมอนสำเร็จรูป ผ้าไมโครไฟเบอร์", "ready-made microfibre pillow cases"),
        ],
    ),
    # ---------------------------------------------------------------- ageing lifestyle, Isan
    Sme(
        "bcc-081",
        "โรงพยาบาลบ้านไผ่",
        AGI,
        DOWN,
        "Khon Kaen",
        "th",
        "banphai.hospital@moph.example.th",
        needs=[
            n("ผ้ายกตัวผู้ป่วยติดเตียง", "patient_transfer_sheet"),
            n("แผ่นรองซับผู้ป่วยแบบใช้ครั้งเดียวทิ้ง", "disposable_underpad"),
            n("ผ้าห่มฝ้ายทอมือสำหรับผู้ป่วย", "handwoven_blanket"),
        ],
    ),
    Sme(
        "bcc-082",
        "วิสาหกิจชุมชนทอผ้าบ้านเชียงเครือ",
        AGI,
        MID,
        "Sakon Nakhon",
        "th",
        "chiangkhrua.weave@gmail.com",
        offers=[
            o("ผ้าห่มฝ้ายทอมือ ย้อมคราม", "handwoven_blanket"),
            o("ผ้าขาวม้าทอมือลายตาราง", "pha_khao_ma"),
        ],
        needs=[n("ด้ายฝ้ายโรงงาน เบอร์ 20 สีขาว ไม่จำเป็นต้องอินทรีย์", "cotton_yarn_machine", "organic_cotton_yarn")],
        certifications=["OTOP"],
    ),
    Sme(
        "bcc-083",
        "Isan Spinning Mill Co., Ltd.",
        AGI,
        MID,
        "Nakhon Ratchasima",
        "en",
        "sales@isanspinning.co.th",
        offers=[
            o("Combed cotton yarn Ne 20/1 to 40/1, on cones", "cotton_yarn_machine"),
            o("Comber noil and yarn waste", "yarn_waste"),
        ],
        needs=[n("Raw cotton lint, ginned", "raw_cotton")],
        certifications=["ISO 9001", "Better Cotton"],
    ),
    Sme(
        "bcc-084",
        "มูลนิธิดูแลผู้สูงอายุขอนแก่น",
        AGI,
        DOWN,
        "Khon Kaen",
        "th",
        "care@kkelderly.org",
        needs=[
            n("แผ่นรองซับซักได้ สำหรับดูแลผู้ป่วยที่บ้าน", "washable_underpad"),
            n("ผ้าอ้อมผู้ใหญ่ ยี่ห้อไหนก็ได้", "adult_diaper_disposable"),
            u("รถเข็นวีลแชร์มือสอง", "wheelchairs"),
        ],
    ),
    Sme(
        "bcc-085",
        "กลุ่มผลิตภัณฑ์ผู้สูงวัยบ้านโนนสูง",
        AGI,
        MID,
        "Nakhon Ratchasima",
        "th",
        "nonsung.elderly@gmail.com",
        offers=[
            o("แผ่นรองซับซักได้ ผ้าฝ้าย 4 ชั้น", "washable_underpad"),
            o("ผ้ายกตัวผู้ป่วย ผ้าใบหนา มีหูจับ", "patient_transfer_sheet"),
        ],
        needs=[
            n("ผ้ากันน้ำ TPU", "waterproof_laminated_fabric"),
            n("ทำการตลาดออนไลน์", "marketing_service"),
        ],
    ),
    Sme(
        "bcc-086",
        "สปาบ้านสุขภาพ อุบลฯ",
        AGI,
        DOWN,
        "Ubon Ratchathani",
        "th",
        "baansukkhaphap.spa@gmail.com",
        needs=[
            n("ผ้าขาวม้าทอมือ สำหรับนวด", "pha_khao_ma"),
            n("ลูกประคบสมุนไพร", "herbal_compress"),
        ],
    ),
    Sme(
        "bcc-087",
        "วิสาหกิจชุมชนสมุนไพรลูกประคบ",
        AGI,
        DOWN,
        "Yasothon",
        "th",
        "lukprakob.yaso@gmail.com",
        offers=[o("ลูกประคบสมุนไพร ห่อผ้าฝ้ายทอมือ", "herbal_compress")],
        needs=[n("ผ้าฝ้ายดิบทอมือสำหรับห่อลูกประคบ", "handwoven_cotton_fabric")],
        certifications=["OTOP", "Thai FDA"],
    ),
    Sme(
        "bcc-088",
        "Mekong Silver Living",
        AGI,
        DOWN,
        "Nakhon Phanom",
        "en",
        "stay@mekongsilver.com",
        needs=[
            n("Bed sheets for 80 rooms, OEKO-TEX", "bed_sheets", certs=("OEKO-TEX Standard 100",)),
            n("Non-slip socks for residents", "antislip_socks_elderly"),
        ],
    ),
    Sme(
        "bcc-089",
        "บจก. อีสานเมดิคอลซัพพลาย",
        AGI,
        DOWN,
        "Udon Thani",
        "th",
        "isanmedsupply@gmail.com",
        offers=[
            o("ผ้าอ้อมผู้ใหญ่ ส่งโรงพยาบาลทั่วอีสาน", "adult_diaper_disposable"),
            o("แผ่นรองซับใช้แล้วทิ้ง", "disposable_underpad"),
        ],
        needs=[n("ผ้าอ้อมผู้ใหญ่แบบกางเกงจากโรงงาน มี อย.", "adult_diaper_disposable", certs=("Thai FDA",))],
    ),
    Sme(
        "bcc-090",
        "Roi Et Weavers Network",
        AGI,
        MID,
        "Roi Et",
        "en",
        "network@roietweavers.org",
        offers=[
            o("Pha khao ma, handwoven cotton, 30 patterns", "pha_khao_ma"),
            o("Mudmee silk lengths, no Peacock Emblem", "silk_fabric_handwoven"),
        ],
        needs=[
            n("Natural dye service for 200 m of cotton", "natural_dyeing_service"),
            n("Handspun cotton yarn", "cotton_yarn_handspun"),
        ],
    ),
    Sme(
        "bcc-091",
        "ร้านผ้าไทยเจริญ ขอนแก่น",
        AGI,
        DOWN,
        "Khon Kaen",
        "th",
        "phathai.charoen.kk@gmail.com",
        offers=[
            o("ชุดผ้าฝ้ายสำหรับผู้สูงวัย ใส่สบาย", "elderly_cotton_wear"),
            o("เศษผ้าไหมจากห้องตัดชุด ขายเป็นกิโล", "silk_offcuts"),
        ],
        needs=[
            n("ผ้าไหมมัดหมี่ มีตรานกยูงพระราชทาน", "silk_fabric_handwoven", certs=("Thai Silk Peacock Emblem",)),
        ],
    ),
    # ---------------------------------------------------------------- more circular
    Sme(
        "bcc-092",
        "โรงงานตีฝ้ายวังน้อย",
        CIRC,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "th",
        "wangnoi.fibre@gmail.com",
        offers=[
            o("ใยฝ้ายรีไซเคิลจากผ้ายีนส์ สีน้ำเงิน", "recycled_cotton_fibre"),
            o("ฝ้ายตีเป็นปุยสำหรับยัดเบาะ ที่นอน", "shoddy_stuffing"),
        ],
        needs=[
            n("ยีนส์เก่า", "used_denim_waste"),
            n("เศษผ้ายีนส์จากโรงตัด", "denim_cutting_waste"),
        ],
        bcg=["circular"],
    ),
    Sme(
        "bcc-093",
        "หจก. การ์เมนต์ยีนส์แม่สอด",
        CIRC,
        MID,
        "Tak",
        "th",
        "maesot.jeans@gmail.com",
        offers=[
            o("เศษผ้ายีนส์จากโต๊ะตัด เดือนละ 5 ตัน", "denim_cutting_waste"),
            o("รับเย็บกางเกงยีนส์ CMT", "sewing_service"),
        ],
        needs=[u("ผ้ายีนส์ 12 ออนซ์ ราคาส่ง", "new 12 oz denim fabric")],
    ),
    Sme(
        "bcc-094",
        "Pattaya Beach Resort Group",
        CIRC,
        DOWN,
        "Chonburi",
        "en",
        "purchasing@pattayabeachresort.com",
        offers=[o("Retired hotel linen, 1.5 t per year, free pickup", "used_hotel_linen")],
        needs=[
            n("Hotel linen 300 TC", "bed_sheets"),
            n("Bath towels", "towels"),
            n("Upcycling our old linen into amenity pouches", "textile_upcycling_service"),
        ],
    ),
    Sme(
        "bcc-095",
        "มูลนิธิเสื้อผ้าเพื่อน้อง",
        CIRC,
        UP,
        "Bangkok",
        "th",
        "suephaphuenong@gmail.com",
        offers=[o("เสื้อผ้าบริจาคที่ใส่ต่อไม่ได้ ส่งต่อโรงงานรีไซเคิล", "used_clothing_bales")],
        needs=[u("รถกระบะขนของ ยืมใช้เดือนละครั้ง", "a pickup truck to borrow")],
    ),
]

# ---------------------------------------------------------------- links and checks

ID_RE = re.compile(r"^bcc-\d{3}$")
THAI = re.compile("[\u0e00-\u0e7f]")
LATIN = re.compile("[A-Za-z]")


def canon_certs(sme: Sme) -> set[str]:
    return {resolve_certification(c) or c for c in sme.certifications}


def true_links(smes: list[Sme]) -> set[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            for supplier in smes:
                if supplier.id == buyer.id:
                    continue
                offered = {offer.label for offer in supplier.offers}
                if offered & set(need.labels) and set(need.certs) <= canon_certs(supplier):
                    links.add((supplier.id, buyer.id))
    return links


def script_share(text: str, pattern: re.Pattern[str]) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if pattern.match(c)) / max(1, len(letters))


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for offer in s.offers:
            offered_by.setdefault(offer.label, set()).add(s.id)
    for s in smes:
        if not ID_RE.match(s.id):
            errors.append(f"{s.id}: bad id")
        if s.sub_cluster not in set(SubCluster) or s.stage not in set(Stage):
            errors.append(f"{s.id}: bad sub_cluster or stage")
        if resolve_province(s.province) is None:
            errors.append(f"{s.id}: unknown province {s.province}")
        for c in s.certifications:
            if resolve_certification(c) != c:
                errors.append(f"{s.id}: certification {c} not canonical")
        if any(b not in set(BcgTag) for b in s.bcg):
            errors.append(f"{s.id}: bad bcg tag")
        if s.language not in ("th", "en"):
            errors.append(f"{s.id}: bad language")
        if not (0 <= len(s.offers) <= 4 and 0 <= len(s.needs) <= 4):
            errors.append(f"{s.id}: too many offers or needs")
        pattern = THAI if s.language == "th" else LATIN
        for text in [x.text for x in s.offers] + [x.text for x in s.needs]:
            if script_share(text, pattern) < 0.5:
                errors.append(f"{s.id}: phrase not in profile language: {text}")
        for need in s.needs:
            if bool(need.labels) == bool(need.unmet):
                errors.append(f"{s.id}: need must list labels or be unmet: {need.text}")
            for label in need.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    errors.append(f"{s.id}: label {label} offered by no one else")
            for c in need.certs + need.waives:
                if resolve_certification(c) != c:
                    errors.append(f"{s.id}: need certification {c} not canonical")
    links = true_links(smes)
    lang = {s.id: s.language for s in smes}
    cross = sum(1 for a, b in links if lang[a] != lang[b])
    unmet = sum(1 for s in smes for need in s.needs if need.unmet)
    th_share = sum(1 for s in smes if s.language == "th") / len(smes)
    if not 140 <= len(links) <= 180:
        errors.append(f"{len(links)} links, want 140-180")
    if cross < 0.45 * len(links):
        errors.append(f"{cross} cross-language links of {len(links)}, want at least 45%")
    if not 15 <= unmet <= 25:
        errors.append(f"{unmet} unmet needs, want 15-25")
    if not 0.55 <= th_share <= 0.65:
        errors.append(f"Thai share {th_share:.2f}, want about 0.6")
    return errors


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [x.text for x in s.offers],
        "needs": [x.text for x in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.language,
    }
    return json.dumps(record, ensure_ascii=False)


def stats(smes: list[Sme]) -> dict[str, object]:
    links = true_links(smes)
    by_id = {s.id: s for s in smes}
    needs = [x for s in smes for x in s.needs]
    regions: dict[str, int] = {}
    for s in smes:
        region = resolve_province(s.province).region.value  # type: ignore[union-attr]
        regions[region] = regions.get(region, 0) + 1
    return {
        "profiles": len(smes),
        "th": sum(1 for s in smes if s.language == "th"),
        "en": sum(1 for s in smes if s.language == "en"),
        "sub_cluster": {c.value: sum(1 for s in smes if s.sub_cluster == c) for c in SubCluster},
        "stage": {c.value: sum(1 for s in smes if s.stage == c) for c in Stage},
        "region": dict(sorted(regions.items())),
        "provinces": len({s.province for s in smes}),
        "offers": sum(len(s.offers) for s in smes),
        "labels": len({x.label for s in smes for x in s.offers}),
        "needs": len(needs),
        "needs_met_labelled": sum(1 for x in needs if x.labels),
        "needs_unmet": sum(1 for x in needs if x.unmet),
        "needs_requiring_cert": sum(1 for x in needs if x.certs),
        "needs_waiving_cert": sum(1 for x in needs if x.waives),
        "links": len(links),
        "th_to_en": sum(1 for a, b in links if by_id[a].language == "th" and by_id[b].language == "en"),
        "en_to_th": sum(1 for a, b in links if by_id[a].language == "en" and by_id[b].language == "th"),
        "within": sum(1 for a, b in links if by_id[a].language == by_id[b].language),
        "cross_sub_cluster": sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster),
    }


def main() -> int:
    errors = check(SMES)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(json.dumps(stats(SMES), ensure_ascii=False, indent=1), file=sys.stderr)
        return 1
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(true_links(SMES)))
    (HERE / "profiles.jsonl").write_text(profiles, encoding="utf-8")
    (HERE / "links.csv").write_text(buffer.getvalue(), encoding="utf-8")
    print(json.dumps(stats(SMES), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
