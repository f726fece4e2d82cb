"""Write the hand-labelled evaluation set `eval/blind_plain_sacks/`.

Theme: sacks, bulk bags and industrial packaging textiles, with the ordinary fibre, yarn,
cloth, dyeing and sewing suppliers of the cluster around them.

Every profile below was written by hand. Each offer is a `(text, label)` pair whose label says
what the thing is; each need lists the offer labels that would meet it and the certifications its
text requires, or is marked as met by no one. The labels live only in this file: the script writes
`profiles.jsonl` (no labels), `links.csv` (the true links derived from the labels) and `README.md`
(with the counts table it prints).

Run from the repository root:  .venv/bin/python eval/blind_plain_sacks/write.py
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import re
import sys
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

# ------------------------------------------------------------------ vocabulary

HNF = SubCluster.HEMP_NATURAL_FIBRE.value
CIR = SubCluster.CIRCULAR_TEXTILE.value
SPT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

TIS = "Thai Industrial Standard"
ISO9 = "ISO 9001"
ISO14 = "ISO 14001"
HALAL = "Halal"
GRS = "GRS"
OEKO = "OEKO-TEX Standard 100"
GOTS = "GOTS"
ORG_TH = "Organic Thailand"
OTOP = "OTOP"
FDA = "Thai FDA"
FAIR = "Fairtrade"
GREEN = "Thai Green Label"

# What each label means. An offer's label says what the thing is; a need lists the labels that meet it.
LABELS: dict[str, str] = {
    # --- sacks and bulk bags, new
    "woven_pp_sack": "new woven polypropylene sack (rice, sugar, feed, fertiliser), plain or printed",
    "bopp_laminated_bag": "woven PP bag laminated with printed BOPP film (retail rice, pet food, feed)",
    "fibc_bag": "new FIBC / jumbo bulk bag",
    "pe_liner": "polyethylene liner or inner bag for sacks and bulk bags",
    "mesh_bag": "leno or raschel mesh bag for onions, garlic, fruit, charcoal",
    "jute_sack": "new jute or kenaf gunny sack",
    "cotton_flour_bag": "cotton calico sack for flour, grain, sugar or bulk bins",
    "sandbag": "empty PP sandbag for flood defence or building sites",
    # --- used sacks and recycling
    "used_pp_sacks": "used woven PP sacks (waste or for reuse)",
    "used_fibc": "used or reconditioned jumbo bags",
    "used_jute_sacks": "used jute gunny sacks (coffee, rice)",
    "pp_regrind_flakes": "washed, shredded PP flakes from used sacks",
    "pp_recycled_pellets": "recycled PP pellets",
    "pp_recycling_toll": "service: pelletising the customer's own PP scrap",
    "sack_washing_service": "service: washing and drying the customer's used sacks or bulk bags",
    "textile_waste_cuttings": "post-industrial textile offcuts and scraps",
    "shredded_textile_filling": "shredded textile waste sold as stuffing or filling",
    # --- PP chain
    "pp_resin_virgin": "virgin polypropylene resin",
    "pp_tape_yarn": "PP flat tape / raffia yarn for weaving",
    "woven_pp_fabric_roll": "woven PP fabric on rolls, tubular or flat, coated or not",
    "pp_webbing": "PP webbing for jumbo-bag lifting loops",
    # --- closing and converting
    "bag_closing_thread": "thread or twine for closing sacks",
    "sewing_thread": "ordinary sewing thread for garments and bags",
    "bag_closing_machine": "sack-closing sewing machine, portable or on a line",
    "machine_repair_service": "service: repairing sack-closing machines",
    "sack_printing_service": "service: printing on the customer's own sacks",
    "sack_conversion_service": "service: cutting and sewing the customer's woven fabric into sacks",
    "sewing_service": "service: sewing bags or textile goods for others (customer's material)",
    # --- natural fibre chain
    "kenaf_fibre": "raw kenaf or jute bast fibre",
    "jute_twine": "jute or kenaf yarn, twine, rope",
    "hessian_cloth": "jute or kenaf cloth (hessian, burlap) on rolls",
    "raw_cotton": "seed cotton or cotton lint",
    "cotton_yarn": "machine-spun cotton yarn, undyed",
    "handspun_cotton_yarn": "hand-spun cotton yarn, undyed",
    "cotton_grey_fabric": "machine-woven grey (unbleached) cotton cloth",
    "handwoven_cotton_fabric": "handwoven cotton cloth, undyed or natural colour",
    "indigo_paste": "fermented indigo paste (dye stuff)",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with indigo",
    "indigo_dyeing_service": "service: indigo dyeing of the customer's cloth, yarn or goods",
    "fabric_dyeing_service": "service: dyeing the customer's cloth with synthetic dyes",
    "hemp_fibre": "raw hemp bast fibre",
    "hemp_yarn": "hemp yarn",
    "hemp_fabric": "hemp cloth",
    # --- finished goods
    "upcycled_sack_bag": "bag or tote sewn from used rice or feed sacks",
    "jute_shopping_bag": "shopping or tote bag made of hessian",
    "indigo_cotton_bag": "bag made of indigo-dyed cotton",
    "cotton_drawstring_bag": "small cotton drawstring pouch",
    "laundry_bag": "laundry sack or hamper bag for hospitals, care homes, hotels",
    "punching_bag": "heavy bag for boxing or Muay Thai",
    # --- goods outside textiles that members sell
    "milled_rice": "milled rice",
    "cane_sugar": "cane sugar",
    "animal_feed": "animal or aquaculture feed",
    "fertiliser": "fertiliser",
    "farm_produce": "fruit, vegetables or other crops",
    "wheat_flour": "wheat flour",
    "coffee": "coffee beans",
    "sea_salt": "sea salt",
    "services_other": "a service outside textiles (care, hospitality, training)",
    "other_goods": "other goods outside textiles",
    # --- asked for, offered by no one in the set
    "uv_masterbatch": "UV-stabiliser masterbatch",
    "ldpe_resin": "LDPE resin",
    "kenaf_seed": "kenaf planting seed",
    "recycled_polyester_fibre": "recycled polyester staple fibre",
    "machine_spare_parts": "spare parts for sack-closing machines",
    "printing_ink": "printing ink for sacks",
    "fibc_type_c": "conductive (type C) FIBC",
    "paper_valve_sack": "paper valve sack",
    "hemp_bag": "bag made of hemp cloth",
    "circular_loom": "circular loom for woven PP fabric",
    "garment_sewing_machine": "industrial sewing or overlock machine for garments",
    "hemp_decorticator": "machine that strips hemp bark",
    "kraft_paper_bag": "kraft paper bag",
    "tarpaulin": "tarpaulin sheet",
    "kapok_fibre": "kapok fibre for stuffing",
    "soluble_laundry_bag": "water-soluble laundry bag",
    "pu_leather": "PU synthetic leather",
    "biodegradable_sack": "biodegradable sack",
}


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str = ""  # non-empty: no one in the set meets this need


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive, note)


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
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()


def sme(
    id_: str,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(id_, language, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg)


# ------------------------------------------------------------------ the profiles

# The hand-written rows keep their layout (one line for the header, offers, needs, certifications).
# fmt: off
SMES: tuple[Sme, ...] = (
    # --- part 1: mills, sack makers, PP chain
    sme(
        "bbg-001", "th", "สหกรณ์โรงสีข้าวทุ่งกุลาร้องไห้", ALI, DOWN, "Roi Et", "thungkula.rice@gmail.com",
        [("ข้าวหอมมะลิ 105 ทุ่งกุลา ข้าวใหม่ปีนี้", "milled_rice"), ("กระสอบข้าวใช้แล้ว มัดฟ่อนละ 100 ใบ", "used_pp_sacks")],
        [need("ถุงสานใส่ข้าวสาร 50 กก. พิมพ์โลโก้สหกรณ์ ต้องผ่าน มอก.", "woven_pp_sack", req=(TIS,)), need("เชือกเย็บปากถุง ม้วนใหญ่", "bag_closing_thread")],
        certs=(ORG_TH,), bcg=("bio",),
    ),
    sme(
        "bbg-002", "en", "Siam Polysack Co., Ltd.", SPT, MID, "Samut Sakhon", "sales@siampolysack.co.th",
        [("PP woven sacks 50 kg, plain or printed up to 4 colours", "woven_pp_sack"), ("Tubular woven PP fabric on rolls, 45-65 cm lay-flat", "woven_pp_fabric_roll")],
        [need("Raffia-grade PP homopolymer, MFI 3-4", "pp_resin_virgin"), need("GRS certified recycled PP granules for non-food bags", "pp_recycled_pellets", req=(GRS,))],
        certs=(TIS, ISO9),
    ),
    sme(
        "bbg-003", "th", "หจก. บางบัวทองรีไซเคิลพลาสติก", CIR, UP, "Nonthaburi", "bbt.recycle@hotmail.com",
        [("เม็ดพีพีรีไซเคิล สีดำ สีน้ำตาล หลอมจากกระสอบเก่า", "pp_recycled_pellets"), ("รับจ้างหลอมเม็ด ลูกค้าส่งเศษพีพีของตัวเองมา", "pp_recycling_toll")],
        [need("รับซื้อกระสอบฟางเก่าทุกสภาพ เป็นตัน", "used_pp_sacks"), need("เกล็ดบดพีพี ล้างสะอาดแล้ว", "pp_regrind_flakes")],
        certs=(GRS,), bcg=("circular",),
    ),
    sme(
        "bbg-004", "en", "Nong Ruea Kenaf Growers Group", HNF, UP, "Khon Kaen", "kenaf.nongruea@gmail.com",
        [("Kenaf bast fibre, water-retted and sun-dried, 50 kg bales", "kenaf_fibre")],
        [need("Old gunny bags to pack our fibre", "used_jute_sacks")],
        bcg=("bio",),
    ),
    sme(
        "bbg-005", "th", "โรงงานกระสอบสานเจริญผล", SPT, DOWN, "Nakhon Pathom", "charoenphon.sack@gmail.com",
        [("กระสอบฟางใหม่ 25 และ 50 กก. ขนาด 55x95 ซม.", "woven_pp_sack"), ("กระสอบทรายกั้นน้ำ สีขาว มีเชือกผูกปาก", "sandbag")],
        [need("เส้นเทปพีพีสำหรับทอ 900 ดีเนียร์", "pp_tape_yarn"), need("หาที่รับหลอมเศษผ้าพีพีของโรงงานเรา ให้กลับเป็นเม็ด", "pp_recycling_toll")],
    ),
    sme(
        "bbg-006", "en", "Suphan Golden Grain Rice Mill", ALC, DOWN, "Suphan Buri", "order@suphangoldengrain.com",
        [("Pathum Thani fragrant rice, 5 kg and 50 kg packs", "milled_rice")],
        [need("Laminated BOPP printed rice bags 5 kg, full colour", "bopp_laminated_bag"), need("Poly sacks for 50 kg white rice, Thai Industrial Standard mark required", "woven_pp_sack", req=(TIS,))],
    ),
    sme(
        "bbg-007", "th", "ร้านสมหมายรับซื้อของเก่า", CIR, UP, "Suphan Buri", "sommai.junk@gmail.com",
        [("กระสอบมือสอง คัดแล้ว ใบละ 3-5 บาท", "used_pp_sacks"), ("ถุงจัมโบ้เก่า สภาพดี ใช้ซ้ำได้", "used_fibc"), ("กระสอบป่านเก่าจากโรงคั่วกาแฟ", "used_jute_sacks")],
        [need("มีใครรับล้างกระสอบบ้างไหม", "sack_washing_service")],
        bcg=("circular",),
    ),
    sme(
        "bbg-008", "en", "Eastern Polymer Trading", SPT, UP, "Rayong", "info@easternpolymer.co.th",
        [("Virgin PP homopolymer, El-Pro and Polimaxx grades, 25 kg bags", "pp_resin_virgin")],
        [],
        certs=(ISO9,),
    ),
    sme(
        "bbg-009", "th", "บริษัท อีสานแพ็คกิ้ง จำกัด", SPT, MID, "Khon Kaen", "sales@isanpacking.co.th",
        [("ถุงสานพีพี ใส่อาหารสัตว์ ข้าว น้ำตาล", "woven_pp_sack"), ("ถุงสานเคลือบ BOPP พิมพ์ 8 สี", "bopp_laminated_bag")],
        [need("เม็ดพลาสติก PP เกรดทอ", "pp_resin_virgin"), need("ไลเนอร์พีอีใส่ในถุง ขนาด 60x100", "pe_liner")],
        certs=(HALAL, ISO9),
    ),
    sme(
        "bbg-010", "th", "โรงสีข้าวสุรินทร์ทองคำ", ALI, DOWN, "Surin", "surinthongkham@gmail.com",
        [("ข้าวหอมมะลิสุรินทร์ คัดพิเศษ", "milled_rice")],
        [need("ต้องการกระสอบป่าน ใหม่หรือมือสองก็ได้ ไว้เก็บข้าวในยุ้ง", "jute_sack", "used_jute_sacks"), need("อยากได้ถุงข้าว 5 กิโล แบบเคลือบมัน สีสวย ไว้ส่งห้าง", "bopp_laminated_bag")],
    ),
    sme(
        "bbg-011", "en", "GreenLoop Plastics Recycling", CIR, MID, "Chachoengsao", "hello@greenloop-recycling.com",
        [("Washed PP flakes from post-consumer woven bags", "pp_regrind_flakes"), ("Recycled PP pellets, grey, MFI 4-8", "pp_recycled_pellets")],
        [need("Baled post-use poly sacks from mills", "used_pp_sacks"), need("Torn or dirty bulk bags for recycling", "used_fibc")],
        certs=(ISO14,), bcg=("circular",),
    ),
    sme(
        "bbg-012", "th", "โรงสีไฟเจริญรุ่งเรือง ปากน้ำโพ", ALC, DOWN, "Nakhon Sawan", "jrr.ricemill@gmail.com",
        [("ข้าวสารเสาไห้ ข้าวขาว 5%", "milled_rice")],
        [need("บิ๊กแบ็ก 1 ตัน ของใหม่ สำหรับข้าวเปลือก", "fibc_bag")],
    ),
    sme(
        "bbg-013", "en", "Eastern FIBC Industries", SPT, MID, "Rayong", "export@easternfibc.com",
        [("FIBC bulk bags SWL 500-2000 kg, SF 5:1, U-panel and circular", "fibc_bag"), ("PP lifting belt webbing 70 mm", "pp_webbing")],
        [need("Body fabric for U-panel bags, 170-200 gsm, PP", "woven_pp_fabric_roll"), need("LDPE inner liners, form-fit", "pe_liner"), unmet("UV masterbatch for tape extrusion", "no masterbatch maker in the set", "uv_masterbatch")],
        certs=(ISO9, ISO14),
    ),
    sme(
        "bbg-014", "th", "กลุ่มวิสาหกิจชุมชนปอแก้วบ้านนาดี", HNF, UP, "Kalasin", "kenaf.nadee@gmail.com",
        [("ปอแก้วแช่น้ำ ลอกเปลือก ตากแห้ง", "kenaf_fibre"), ("เชือกปอฟั่นมือ ม้วนละ 1 กิโล", "jute_twine")],
        [unmet("เมล็ดพันธุ์ปอแก้วพันธุ์ดี", "no seed supplier in the set", "kenaf_seed")],
        bcg=("bio",),
    ),
    sme(
        "bbg-015", "en", "Chao Phraya Flour Mills", ALC, DOWN, "Samut Prakan", "purchasing@cpflour.co.th",
        [("Wheat flour, bakery grade, 22.5 kg", "wheat_flour")],
        [need("Calico flour sacks 22.5 kg, printed one side", "cotton_flour_bag"), need("Halal-certified woven sacks for flour", "woven_pp_sack", req=(HALAL,))],
        certs=(HALAL, ISO9),
    ),
    sme(
        "bbg-016", "th", "โรงงานถุงพีอีบางพลี", SPT, MID, "Samut Prakan", "bangplee.pe@gmail.com",
        [("ถุงพลาสติก PE รองในกระสอบ ทุกขนาด", "pe_liner"), ("ถุงไลเนอร์จัมโบ้ทรงเหลี่ยม", "pe_liner")],
        [unmet("เม็ด LDPE เกรดเป่าฟิล์ม", "no PE resin supplier in the set", "ldpe_resin")],
        certs=(HALAL,),
    ),
    sme(
        "bbg-017", "en", "ThreadTech Industries", SPT, MID, "Pathum Thani", "sales@threadtech.co.th",
        [("Bag closing thread, polyester 20/6, 1.5 kg cones", "bag_closing_thread"), ("Spun polyester sewing thread 40/2 for garments", "sewing_thread")],
        [unmet("GRS recycled polyester staple fibre", "nobody offers recycled polyester fibre", "recycled_polyester_fibre", req=(GRS,))],
        certs=(OEKO,),
    ),
    sme(
        "bbg-018", "th", "ร้านด้ายเย็บกระสอบมหาชัย", SPT, MID, "Samut Sakhon", "mahachai.thread@gmail.com",
        [("ด้ายเย็บกระสอบ สีขาว สีแดง ลูกละ 1 กก.", "bag_closing_thread")],
        [need("แถวมหาชัยมีช่างซ่อมจักรเย็บปากถุงไหม", "machine_repair_service")],
    ),
    sme(
        "bbg-019", "en", "Bangkok Bag Closer Supply", SPT, DOWN, "Bangkok", "service@bkkbagcloser.com",
        [("Newlong NP-7A portable bag closer, genuine", "bag_closing_machine"), ("Repair and servicing of sack sewing machines, all brands", "machine_repair_service")],
        [unmet("Genuine Newlong looper and needle spares", "no spare-parts importer in the set", "machine_spare_parts")],
    ),
    sme(
        "bbg-020", "th", "ร้านโคราชจักรเย็บกระสอบ", SPT, DOWN, "Nakhon Ratchasima", "korat.sewmachine@gmail.com",
        [("จักรเย็บกระสอบมือถือ GK9-2 พร้อมใช้", "bag_closing_machine"), ("รับซ่อมจักรเย็บปากกระสอบ นอกสถานที่", "machine_repair_service")],
        [unmet("เข็มและอะไหล่จักร GK9 ราคาส่ง", "no spare-parts importer in the set", "machine_spare_parts")],
    ),
    sme(
        "bbg-021", "th", "ร้านสกรีนกระสอบสองพี่น้อง", CIR, MID, "Suphan Buri", "songpeenong.screen@gmail.com",
        [("รับพิมพ์กระสอบ ลูกค้านำกระสอบมาเอง ขั้นต่ำ 500 ใบ", "sack_printing_service")],
        [unmet("หมึกพิมพ์กระสอบ สูตรน้ำ", "no ink supplier in the set", "printing_ink")],
    ),
    sme(
        "bbg-022", "en", "Ayutthaya Sack Converting", CIR, MID, "Ayutthaya", "ops@ayutthayasack.com",
        [("Flexo printing on customer-supplied woven bags", "sack_printing_service"), ("Cutting and sewing your fabric rolls into sacks", "sack_conversion_service")],
        [need("Twine for the sack closer, 1 kg spools", "bag_closing_thread")],
    ),
    sme(
        "bbg-023", "th", "บริษัท ระยองเทปยาร์น จำกัด", SPT, MID, "Rayong", "rayongtapeyarn@gmail.com",
        [("เส้นเทปพีพี แฟลตยาร์น ทุกสี", "pp_tape_yarn")],
        [need("เม็ดพีพีใหม่ เกรดเส้นเทป", "pp_resin_virgin"), need("เม็ดรีไซเคิล ผสมได้ไม่เกิน 20% ไม่ต้องมี GRS", "pp_recycled_pellets", waive=(GRS,))],
    ),
    sme(
        "bbg-024", "en", "PolyChem Distribution (Thailand)", SPT, UP, "Samut Prakan", "sales@polychem-th.com",
        [("Polypropylene resin, raffia and injection grades", "pp_resin_virgin")],
        [],
    ),
    # --- part 2: jute and kenaf, cotton, indigo, hemp, mesh bags, farms
    sme(
        "bbg-025", "en", "Golden Jute Trading", HNF, MID, "Bangkok", "info@goldenjute.co.th",
        [("Jute gunny bags 50 kg, B-twill, new", "jute_sack"), ("Hessian cloth rolls 10 oz, 40 inch", "hessian_cloth")],
        [],
    ),
    sme(
        "bbg-026", "th", "กลุ่มทอกระสอบปอบ้านหนองโน", HNF, MID, "Maha Sarakham", "nongno.por@gmail.com",
        [("กระสอบปอทอมือ ใส่ข้าวเปลือกได้ 60 กิโล", "jute_sack"), ("เชือกปอแก้ว ฟั่น 3 เกลียว", "jute_twine")],
        [need("ใยปอแห้ง มัดละ 50 กิโล ส่งถึงบ้าน", "kenaf_fibre")],
        certs=(OTOP,), bcg=("bio",),
    ),
    sme(
        "bbg-027", "th", "โรงทอผ้ากระสอบร้อยเอ็ด", HNF, MID, "Roi Et", "roiet.hessian@gmail.com",
        [("ผ้าปอเป็นม้วน หน้ากว้าง 1 เมตร", "hessian_cloth")],
        [need("ด้ายปอสำหรับขึ้นกี่", "jute_twine"), need("ปอกระเจาหรือปอแก้ว ยังไม่แปรรูป", "kenaf_fibre")],
    ),
    sme(
        "bbg-028", "en", "Nonthaburi Cotton Bag Co.", ALC, DOWN, "Nonthaburi", "sales@ntbcottonbag.com",
        [("Cotton flour sacks, unbleached, 50 x 80 cm", "cotton_flour_bag"), ("Cotton drawstring pouches for soap and amenities", "cotton_drawstring_bag")],
        [need("Unbleached grey cloth 20x20 60x60", "cotton_grey_fabric"), need("Cones of white thread for seaming bags", "sewing_thread"), need("Bulk dyeing of our finished calico bags, reactive colours", "fabric_dyeing_service")],
        certs=(OEKO,),
    ),
    sme(
        "bbg-029", "th", "โรงงานถุงผ้าดิบนครชัยศรี", ALC, DOWN, "Nakhon Pathom", "nakhonchaisri.bag@gmail.com",
        [("ถุงแป้งผ้าดิบ บรรจุ 25 กก.", "cotton_flour_bag"), ("ถุงผ้าใส่ผ้าเปื้อนโรงพยาบาล มีเชือกรูด", "laundry_bag")],
        [need("ผ้าดิบทอเครื่อง ม้วนละ 100 หลา", "cotton_grey_fabric")],
    ),
    sme(
        "bbg-030", "en", "Mahachai Weaving Mill", HNF, MID, "Samut Sakhon", "mill@mahachaiweaving.com",
        [("Grey cotton sheeting 36 inch, 20s count", "cotton_grey_fabric"), ("Osnaburg for sack cloth", "cotton_grey_fabric")],
        [need("Ring-spun 20s single for weaving, OEKO-TEX", "cotton_yarn", req=(OEKO,))],
        certs=(ISO9, OEKO),
    ),
    sme(
        "bbg-031", "th", "โรงทอผ้าดิบโพธาราม", HNF, MID, "Ratchaburi", "photharam.weaving@gmail.com",
        [("ผ้าดิบเนื้อหนา ไม่ฟอกขาว หน้า 44 นิ้ว", "cotton_grey_fabric")],
        [need("ด้ายฝ้ายเบอร์ 20 ราคาโรงงาน", "cotton_yarn")],
    ),
    sme(
        "bbg-032", "en", "Saraburi Spinning Mill", HNF, UP, "Saraburi", "yarn@saraburispinning.com",
        [("Carded and combed cotton yarn Ne 10-30", "cotton_yarn"), ("GOTS organic cotton yarn Ne 20/1", "cotton_yarn")],
        [need("Raw cotton lint, Thai grown", "raw_cotton")],
        certs=(OEKO, GOTS),
    ),
    sme(
        "bbg-033", "th", "กลุ่มเกษตรกรปลูกฝ้ายอินทรีย์ด่านซ้าย", HNF, UP, "Loei", "dansai.cotton@gmail.com",
        [("ฝ้ายดอก ปลูกแบบอินทรีย์ ไม่ใช้สารเคมี", "raw_cotton")],
        [need("อยากได้กระสอบปอใหม่ไว้ใส่ปุยฝ้าย", "jute_sack")],
        certs=(ORG_TH,), bcg=("bio",),
    ),
    sme(
        "bbg-034", "th", "กลุ่มฝ้ายเข็นมือบ้านนาโพธิ์", ALI, MID, "Ubon Ratchathani", "naphofai@gmail.com",
        [("ฝ้ายเข็นมือ เส้นใหญ่ สีขาวธรรมชาติ", "handspun_cotton_yarn")],
        [need("ปุยฝ้ายดิบ ยังไม่อีด", "raw_cotton")],
        certs=(OTOP,),
    ),
    sme(
        "bbg-035", "th", "กลุ่มผ้าย้อมครามบ้านดอนกอย", ALI, MID, "Sakon Nakhon", "donkoi.indigo@gmail.com",
        [("ผ้าฝ้ายทอมือย้อมครามธรรมชาติ หมักหม้อ", "indigo_dyed_cotton_fabric"), ("รับย้อมคราม ส่งผ้าหรือเส้นฝ้ายมาย้อมได้", "indigo_dyeing_service")],
        [need("ฝ้ายเข็นหรือด้ายฝ้ายโรงงาน สีขาว", "cotton_yarn", "handspun_cotton_yarn")],
        certs=(OTOP,), bcg=("bio",),
    ),
    sme(
        "bbg-036", "en", "Lanna Blue Studio", HNF, MID, "Chiang Mai", "studio@lannablue.com",
        [("Natural indigo vat dyeing of your garments and fabric, small batches", "indigo_dyeing_service")],
        [need("Fermented indigo paste from Phrae", "indigo_paste")],
        bcg=("bio",),
    ),
    sme(
        "bbg-037", "th", "กลุ่มปลูกห้อมบ้านทุ่งโฮ้ง", HNF, UP, "Phrae", "hom.thunghong@gmail.com",
        [("เนื้อห้อมเปียก หมักแล้ว กิโลละ 150 บาท", "indigo_paste"), ("ผ้าหม้อห้อมพื้นเมือง ขายเป็นหลา", "indigo_dyed_cotton_fabric")],
        [need("ผ้าฝ้ายทอมือสีขาว ยังไม่ย้อม สำหรับย้อมห้อม", "handwoven_cotton_fabric")],
        certs=(OTOP,),
    ),
    sme(
        "bbg-038", "th", "กลุ่มทอผ้าฝ้ายบ้านหนองบัว น่าน", HNF, MID, "Nan", "nongbua.weave@gmail.com",
        [("ผ้าฝ้ายทอมือ สีธรรมชาติ ลายน้ำไหล", "handwoven_cotton_fabric")],
        [need("ด้ายฝ้ายดิบ ยังไม่ฟอก", "cotton_yarn", "handspun_cotton_yarn")],
        certs=(OTOP,),
    ),
    sme(
        "bbg-039", "en", "Doi Hemp Collective", HNF, UP, "Tak", "doihemp@gmail.com",
        [("Hand-stripped hemp bast fibre", "hemp_fibre"), ("Hand-spliced hemp yarn, natural", "hemp_yarn")],
        [],
        certs=(ORG_TH,), bcg=("bio",),
    ),
    sme(
        "bbg-040", "th", "บ้านใยกัญชงแม่แจ่ม", HNF, MID, "Chiang Mai", "maechaem.hemp@gmail.com",
        [("ผ้าใยกัญชงทอมือ หน้ากว้าง 40 ซม.", "hemp_fabric")],
        [need("เส้นกัญชงที่ปั่นหรือต่อเส้นแล้ว", "hemp_yarn")],
        certs=(OTOP,),
    ),
    sme(
        "bbg-041", "en", "Northern Hemp Weavers", HNF, MID, "Chiang Rai", "weave@northernhemp.com",
        [("Hemp canvas 12 oz, loom-state", "hemp_fabric")],
        [need("Raw hemp fibre, degummed or not", "hemp_fibre"), need("Hemp yarn Nm 6", "hemp_yarn")],
    ),
    sme(
        "bbg-042", "en", "Ratchaburi Mesh Bag Factory", SPT, DOWN, "Ratchaburi", "sales@rbmeshbag.com",
        [("Leno mesh bags for onion and garlic, 50x80 cm, red or orange", "mesh_bag")],
        [need("PP monofilament or tape yarn for leno looms", "pp_tape_yarn")],
    ),
    sme(
        "bbg-043", "th", "โรงงานถุงตาข่ายสันป่าตอง", SPT, DOWN, "Chiang Mai", "sanpatong.net@gmail.com",
        [("ถุงตาข่ายใส่หอมแดง กระเทียม ลำไย", "mesh_bag")],
        [],
    ),
    sme(
        "bbg-044", "th", "ไร่หอมหัวใหญ่ฝาง", ALC, DOWN, "Chiang Mai", "fang.onion@gmail.com",
        [("หอมหัวใหญ่ เกรด A", "farm_produce")],
        [need("ถุงแหใส่หอม ขนาด 20 กิโล", "mesh_bag")],
    ),
    sme(
        "bbg-045", "th", "กลุ่มผู้ปลูกกระเทียมยางชุมน้อย", ALI, DOWN, "Sisaket", "yangchumnoi.garlic@gmail.com",
        [("กระเทียมศรีสะเกษ กลีบเล็ก", "farm_produce")],
        [need("ถุงมุ้งใส่กระเทียม", "mesh_bag")],
    ),
    sme(
        "bbg-046", "en", "Chanthaburi Fruit Export Co.", ALC, DOWN, "Chanthaburi", "export@chanfruit.com",
        [("Fresh mangosteen and durian, export grade", "farm_produce")],
        [need("Raschel net bags for longan, 10 kg", "mesh_bag")],
    ),
    sme(
        "bbg-047", "en", "Mae Suai Highland Coffee Roasters", ALC, DOWN, "Chiang Rai", "beans@maesuaicoffee.com",
        [("Specialty arabica, roasted", "coffee"), ("Empty jute coffee sacks, printed, 60 kg size", "used_jute_sacks")],
        [need("Burlap sacks for green beans, 60 kg", "jute_sack")],
    ),
    sme(
        "bbg-048", "th", "บริษัท อยุธยาเกษตรรุ่งเรือง จำกัด", ALC, DOWN, "Phra Nakhon Si Ayutthaya", "ayutthaya.fert@gmail.com",
        [("ปุ๋ยอินทรีย์อัดเม็ด", "fertiliser")],
        [need("ถุงปุ๋ย 50 กก. ต้องมี มอก.", "woven_pp_sack", req=(TIS,)), need("จัมโบ้แบ็กใส่ปุ๋ยเม็ด ไม่เอาของมือสอง", "fibc_bag")],
    ),
    # --- part 3: sugar and feed mills, salt, used sacks, upcycling, sportech, care and hospitality
    sme(
        "bbg-049", "en", "Nong Han Cane Sugar Co., Ltd.", ALI, DOWN, "Udon Thani", "procurement@nonghansugar.com",
        [("Raw and refined cane sugar, 50 kg", "cane_sugar"), ("Used 1-tonne bulk bags from sugar handling", "used_fibc")],
        [need("Food-grade woven PP sugar bags, Halal certified", "woven_pp_sack", req=(HALAL,)), need("Hand-held bag stitchers for the warehouse", "bag_closing_machine")],
        certs=(HALAL, ISO9),
    ),
    sme(
        "bbg-050", "th", "บริษัท น้ำตาลกาญจนาอุตสาหกรรม จำกัด", ALC, DOWN, "Kanchanaburi", "kanchana.sugar@gmail.com",
        [("น้ำตาลทรายขาวบริสุทธิ์", "cane_sugar"), ("กากน้ำตาล โมลาส ขายเป็นตัน", "other_goods")],
        [need("กระสอบพีพีสานใส่น้ำตาล 50 กก. ต้องได้รับรองฮาลาล", "woven_pp_sack", req=(HALAL,)), unmet("ถุงจัมโบ้เกรดอาหาร ต้องมีเลข อย.", "no bulk-bag maker in the set holds Thai FDA registration", "fibc_bag", req=(FDA,))],
        certs=(HALAL,),
    ),
    sme(
        "bbg-051", "en", "Saraburi Feed Mill Co.", ALC, DOWN, "Saraburi", "buy@saraburifeed.com",
        [("Pig and poultry feed in 30 kg bags", "animal_feed"), ("Empty feed bags, baled, mixed colours", "used_pp_sacks")],
        [need("Printed laminated feed bags 30 kg", "bopp_laminated_bag"), need("Jumbo bags for corn intake, 1,000 kg, ISO 9001 supplier", "fibc_bag", req=(ISO9,))],
    ),
    sme(
        "bbg-052", "th", "โรงงานอาหารสัตว์แปดริ้วฟีด", ALC, DOWN, "Chachoengsao", "paetriw.feed@gmail.com",
        [("อาหารกุ้ง อาหารปลาดุก", "animal_feed")],
        [need("ถุงใส่อาหารกุ้ง 20-30 กิโล พิมพ์ยี่ห้อเรา", "woven_pp_sack"), need("ถุงรองใน PE กันชื้น", "pe_liner")],
    ),
    sme(
        "bbg-053", "en", "Korat Cassava Chip Yard", ALI, DOWN, "Nakhon Ratchasima", "korat.cassava@gmail.com",
        [("Dried cassava chips, bulk", "farm_produce")],
        [need("Anyone selling second-hand jumbo bags that still hold 1 tonne?", "used_fibc"), need("Cheap poly sacks 50 kg, new or used, no TIS needed", "woven_pp_sack", "used_pp_sacks", waive=(TIS,))],
    ),
    sme(
        "bbg-054", "th", "นาเกลือบ้านแพ้ว", ALC, DOWN, "Samut Sakhon", "banphaeo.salt@gmail.com",
        [("เกลือทะเล เม็ดใหญ่ ตากแดด", "sea_salt")],
        [unmet("ถุงสานใส่เกลือ ต้องมีเลข อย.", "no sack maker in the set holds Thai FDA registration", "woven_pp_sack", req=(FDA,)), need("ถุงผ้าหูรูดใบเล็ก ใส่ดอกเกลือขายนักท่องเที่ยว", "cotton_drawstring_bag")],
    ),
    sme(
        "bbg-055", "th", "วิสาหกิจเพื่อสังคม กระสอบเล่าเรื่อง", CIR, DOWN, "Bangkok", "krasob.story@gmail.com",
        [("กระเป๋าโท้ทจากกระสอบข้าวเก่า ลายเดิมของกระสอบ", "upcycled_sack_bag")],
        [need("กระสอบเก่าที่ลายพิมพ์ยังชัด ไม่ขาด", "used_pp_sacks"), need("ช่างเย็บรับจ้าง เย็บกระเป๋าจากวัสดุที่เราส่งให้", "sewing_service")],
        certs=(GREEN,), bcg=("circular",),
    ),
    sme(
        "bbg-056", "en", "ReSack Studio Chiang Mai", CIR, DOWN, "Chiang Mai", "hi@resackstudio.com",
        [("Backpacks and pouches made from upcycled feed bags", "upcycled_sack_bag")],
        [need("Someone to wash the old bags we collect", "sack_washing_service"), need("Heavy black thread to stitch backpacks", "sewing_thread")],
        bcg=("circular",),
    ),
    sme(
        "bbg-057", "en", "Lopburi Bag Wash and Recondition", CIR, MID, "Lopburi", "wash@lopburibag.com",
        [("Washing and drying of used sacks and bulk bags, customer-owned", "sack_washing_service"), ("Reconditioned jumbo bags, tested to 1 t", "used_fibc")],
        [need("Dirty FIBCs from sugar or rice mills", "used_fibc")],
        bcg=("circular",),
    ),
    sme(
        "bbg-058", "th", "ร้านรับซื้อเศษผ้าบางพลี", CIR, UP, "Samut Prakan", "bangplee.scrap@gmail.com",
        [("เศษผ้าจากโรงงานตัดเย็บ คัดสีแล้ว", "textile_waste_cuttings")],
        [],
        bcg=("circular",),
    ),
    sme(
        "bbg-059", "en", "Fibre Again Shredding", CIR, MID, "Pathum Thani", "contact@fibreagain.com",
        [("Shredded textile fibre filling, mixed colours", "shredded_textile_filling")],
        [need("Post-industrial fabric offcuts, cotton-rich", "textile_waste_cuttings")],
        bcg=("circular",),
    ),
    sme(
        "bbg-060", "en", "Muay Thai Gear Works", SPT, DOWN, "Bangkok", "sales@muaythaigearworks.com",
        [("Muay Thai heavy bags 120-180 cm, canvas or PU", "punching_bag")],
        [need("Stuffing for heavy bags: shredded rags or fibre", "shredded_textile_filling", "textile_waste_cuttings"), need("Heavy hemp canvas for bag shells", "hemp_fabric")],
    ),
    sme(
        "bbg-061", "th", "ค่ายมวยศิษย์ปากน้ำ", SPT, DOWN, "Samut Prakan", "sitpaknam.muaythai@gmail.com",
        [("สอนมวยไทย คอร์สระยะสั้น", "services_other")],
        [need("กระสอบทรายชกมวย ยาว 150 ซม.", "punching_bag")],
    ),
    sme(
        "bbg-062", "th", "หจก. บางบัวทองรับเหมาก่อสร้าง", ALC, DOWN, "Nonthaburi", "bbt.construction@gmail.com",
        [],
        [need("ถุงกั้นน้ำท่วม 5,000 ใบ ก่อนหน้าฝน", "sandbag")],
    ),
    sme(
        "bbg-063", "th", "ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ", ALI, DOWN, "Khon Kaen", "baansukjai.care@gmail.com",
        [("ดูแลผู้สูงอายุรายวันและรายเดือน", "services_other")],
        [need("ถุงแยกผ้าสกปรก ทนซักน้ำร้อน", "laundry_bag")],
    ),
    sme(
        "bbg-064", "en", "Golden Years Nursing Home", ALC, DOWN, "Nonthaburi", "admin@goldenyearsnh.com",
        [("Residential elderly care", "services_other")],
        [need("Hampers or sacks for soiled linen, OEKO-TEX not required", "laundry_bag", waive=(OEKO,))],
    ),
    sme(
        "bbg-065", "en", "CareTex Linen Bags", ALC, MID, "Bangkok", "orders@caretexbags.com",
        [("Polyester laundry sacks with drawcord, colour-coded for hospitals", "laundry_bag")],
        [need("Greige calico for bag linings", "cotton_grey_fabric")],
    ),
    sme(
        "bbg-066", "en", "Hua Hin Seaside Resort and Spa", ALC, DOWN, "Prachuap Khiri Khan", "purchasing@huahinseaside.com",
        [("Hotel rooms and spa treatments", "services_other")],
        [need("Laundry bags for guest rooms, hotel logo", "laundry_bag"), need("Mini bags with cord for guest soaps, logo print", "cotton_drawstring_bag"), need("Jute totes as guest gifts", "jute_shopping_bag")],
    ),
    sme(
        "bbg-067", "th", "ล้านนาสปา", ALC, DOWN, "Chiang Mai", "lannaspa.cm@gmail.com",
        [("นวดแผนไทย สปา", "services_other")],
        [need("ถุงผ้าฝ้ายย้อมคราม ใส่ของขวัญลูกค้า", "indigo_cotton_bag")],
    ),
    sme(
        "bbg-068", "en", "Ari Zero Waste Refill Store", CIR, DOWN, "Bangkok", "hello@arirefill.com",
        [("Refill detergents and grains by weight", "other_goods")],
        [need("Hessian tote bags for resale", "jute_shopping_bag"), need("Totes sewn from old rice sacks", "upcycled_sack_bag")],
        bcg=("circular",),
    ),
    sme(
        "bbg-069", "th", "ถุงปอรักษ์โลก", HNF, DOWN, "Nakhon Pathom", "tungpor.rakloke@gmail.com",
        [("ถุงผ้ากระสอบ หิ้วช้อปปิ้ง สกรีนโลโก้ได้", "jute_shopping_bag")],
        [need("ผ้ากระสอบม้วน", "hessian_cloth")],
    ),
    sme(
        "bbg-070", "th", "ร้านของฝากครามสกล", ALI, DOWN, "Sakon Nakhon", "kramsakon.shop@gmail.com",
        [("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "indigo_cotton_bag"), ("ผ้าพันคอย้อมคราม", "other_goods")],
        [need("ผ้าครามเป็นหลา", "indigo_dyed_cotton_fabric"), need("ช่างเย็บกระเป๋ารับจ้าง", "sewing_service")],
        certs=(OTOP,),
    ),
    sme(
        "bbg-071", "en", "Siam Craft Gift Shop", ALC, DOWN, "Bangkok", "buyer@siamcraftgift.com",
        [("Thai handicraft gifts", "other_goods")],
        [need("Indigo handwoven bags, OTOP", "indigo_cotton_bag", req=(OTOP,)), unmet("Hemp backpacks, Fairtrade certified", "no one makes hemp bags", "hemp_bag", req=(FAIR,))],
    ),
    sme(
        "bbg-072", "th", "ห้องเย็บป้าแดง ปากเกร็ด", ALC, MID, "Nonthaburi", "padaeng.sewing@gmail.com",
        [("รับเย็บกระเป๋าผ้า ถุงผ้า ตามแบบ ลูกค้าส่งผ้ามา", "sewing_service")],
        [need("ด้ายเย็บผ้า โพลีเอสเตอร์ สีขาว ดำ", "sewing_thread")],
    ),
    # --- part 4: bulk bags, converters, southern buyers, hospitals, fillings, shops
    sme(
        "bbg-073", "en", "Isan Sewing Cooperative", ALI, MID, "Khon Kaen", "isansewing.coop@gmail.com",
        [("Contract sewing of totes, aprons and bags from your cloth", "sewing_service")],
        [unmet("Second-hand industrial overlock machines", "no dealer of garment machines in the set", "garment_sewing_machine")],
    ),
    sme(
        "bbg-074", "th", "โรงงานจัมโบ้แบ็กชลบุรี", SPT, MID, "Chonburi", "chonburi.jumbobag@gmail.com",
        [("ถุงจัมโบ้ 4 หูหิ้ว รับน้ำหนัก 1 ตัน", "fibc_bag")],
        [need("สายหูหิ้วพีพี กว้าง 5-7 ซม.", "pp_webbing"), need("ผ้าพีพีสานม้วน หนา 180 แกรม", "woven_pp_fabric_roll")],
    ),
    sme(
        "bbg-075", "en", "Chonburi Chemical Powders Co., Ltd.", ALC, DOWN, "Chonburi", "supply@cbchempowders.com",
        [("Calcium carbonate and talc powders", "other_goods")],
        [unmet("Type C conductive FIBC for flammable powder", "no one makes conductive bulk bags", "fibc_type_c"), need("Jumbo bags with discharge spout, ISO 9001", "fibc_bag", req=(ISO9,))],
    ),
    sme(
        "bbg-076", "th", "บริษัท ปูนขาวสระบุรี จำกัด", ALC, DOWN, "Saraburi", "saraburi.lime@gmail.com",
        [("ปูนขาว ปูนมาร์ล ถุงละ 20 กก.", "other_goods")],
        [unmet("ถุงกระดาษคราฟท์แบบวาล์ว ใส่ปูน", "no paper-sack maker in the set", "paper_valve_sack"), need("กระสอบสานเคลือบฟิล์ม กันชื้น 25 กก.", "bopp_laminated_bag")],
    ),
    sme(
        "bbg-077", "th", "โรงสีข้าวอุบลเกษตรพัฒนา", ALI, DOWN, "Ubon Ratchathani", "ubonkaset.rice@gmail.com",
        [("ข้าวเหนียว กข6 ข้าวใหม่", "milled_rice")],
        [need("จักรเย็บปากถุงแบบหิ้ว ของญี่ปุ่นหรือจีนก็ได้", "bag_closing_machine")],
    ),
    sme(
        "bbg-078", "en", "Chai Nat Parboiled Rice Co.", ALC, DOWN, "Chai Nat", "export@chainatrice.com",
        [("Parboiled rice for export, 25 kg", "milled_rice")],
        [need("New jute bags for export rice", "jute_sack"), need("Export shipping marks printed on our own bags", "sack_printing_service")],
    ),
    sme(
        "bbg-079", "th", "วิสาหกิจชุมชนกัญชงเขาค้อ", HNF, UP, "Phetchabun", "khaokho.hemp@gmail.com",
        [("เปลือกกัญชงตากแห้ง ลอกจากต้นแล้ว", "hemp_fibre")],
        [unmet("เครื่องลอกเปลือกกัญชง ขนาดเล็ก", "no machine maker in the set", "hemp_decorticator")],
        certs=(ORG_TH,), bcg=("bio",),
    ),
    sme(
        "bbg-080", "en", "Songkhla Fishmeal Co., Ltd.", ALC, DOWN, "Songkhla", "buying@songkhlafishmeal.com",
        [("Fish meal 60% protein, 50 kg", "other_goods")],
        [need("Halal certified inner bags for fish meal sacks", "pe_liner", req=(HALAL,))],
        certs=(HALAL,),
    ),
    sme(
        "bbg-081", "th", "โรงงานถ่านกะลามะพร้าวสุราษฎร์", ALC, DOWN, "Surat Thani", "surat.charcoal@gmail.com",
        [("ถ่านกะลามะพร้าว อัดแท่ง", "other_goods")],
        [need("ตาข่ายถุงใส่ถ่าน 10 โล", "mesh_bag"), unmet("ถุงกระดาษน้ำตาล 2 ชั้น ใส่ถ่าน", "no paper-bag maker in the set", "kraft_paper_bag")],
    ),
    sme(
        "bbg-082", "th", "สหกรณ์กองทุนสวนยางบ้านนา", ALC, DOWN, "Nakhon Si Thammarat", "bannarubber.coop@gmail.com",
        [("ยางแผ่นรมควัน ชั้น 3", "other_goods")],
        [need("กระสอบป่านใหม่ ห่อยางแผ่น", "jute_sack"), unmet("ผ้าใบคลุมกองยาง", "no tarpaulin maker in the set", "tarpaulin")],
    ),
    sme(
        "bbg-083", "en", "Bluebird Apparel", ALC, DOWN, "Bangkok", "studio@bluebirdapparel.com",
        [("Linen and cotton shirts", "other_goods")],
        [need("Indigo over-dye for 300 of our cotton shirts, no synthetic dye", "indigo_dyeing_service")],
    ),
    sme(
        "bbg-084", "th", "โรงทอผ้าพีพีคลองหลวง", SPT, MID, "Pathum Thani", "klongluang.ppweave@gmail.com",
        [("ผ้าสานพีพีแบบท่อ ม้วน ยังไม่ตัด", "woven_pp_fabric_roll")],
        [need("เส้นเทปพีพีสีขาว 1,000 ดีเนียร์", "pp_tape_yarn"), need("หาคนรับตัดเย็บผ้าม้วนของเราเป็นถุง", "sack_conversion_service"), unmet("เครื่องทอวงกลมมือสอง 4 กระสวย", "no loom dealer in the set", "circular_loom")],
    ),
    sme(
        "bbg-085", "th", "โรงย้อมผ้าชัยภูมิ", HNF, MID, "Chaiyaphum", "chaiyaphum.dyehouse@gmail.com",
        [("รับย้อมผ้าฝ้าย ผ้าไหม สีรีแอคทีฟ ลูกค้าส่งผ้ามา", "fabric_dyeing_service")],
        [],
    ),
    sme(
        "bbg-086", "en", "Andaman Organic Spa", ALC, DOWN, "Phuket", "hello@andamanorganicspa.com",
        [("Organic spa treatments", "services_other")],
        [unmet("GOTS certified organic cotton drawstring bags", "the only pouch maker holds no GOTS", "cotton_drawstring_bag", req=(GOTS,)), need("Indigo pouches for spa gift sets", "indigo_cotton_bag")],
    ),
    sme(
        "bbg-087", "th", "กลุ่มหมอนขิดบ้านนาหว้า", ALI, DOWN, "Nakhon Phanom", "nawa.mornkhit@gmail.com",
        [("หมอนขิดสามเหลี่ยม พิงหลังผู้สูงอายุ", "other_goods")],
        [need("ใยผ้ารีไซเคิลสำหรับยัดหมอน", "shredded_textile_filling"), unmet("นุ่นใหม่ ยัดหมอน", "no kapok grower in the set", "kapok_fibre")],
        certs=(OTOP,),
    ),
    sme(
        "bbg-088", "en", "Riverside General Hospital", ALC, DOWN, "Bangkok", "purchasing@riversidegh.com",
        [],
        [need("Red bags for infected linen", "laundry_bag"), unmet("Water-soluble alginate laundry bags", "no one makes soluble bags", "soluble_laundry_bag")],
    ),
    sme(
        "bbg-089", "th", "โรงงานแป้งมันบุรีรัมย์", ALI, DOWN, "Buriram", "buriram.tapioca@gmail.com",
        [("แป้งมันสำปะหลัง เกรดอาหาร", "other_goods")],
        [need("บิ๊กแบ็กใส่แป้งมัน 850 กิโล มอก. ไม่จำเป็น", "fibc_bag", waive=(TIS,))],
    ),
    sme(
        "bbg-090", "en", "Mekong Kenaf Fibre Co.", HNF, UP, "Nakhon Phanom", "sales@mekongkenaf.com",
        [("Whole kenaf ribbons, dried, by the tonne", "kenaf_fibre"), ("3-ply kenaf twine for tying and weaving", "jute_twine")],
        [],
        bcg=("bio",),
    ),
    sme(
        "bbg-091", "th", "โรงงานกระสอบทรายมวยไทยบางใหญ่", SPT, DOWN, "Nonthaburi", "bangyai.boxingbag@gmail.com",
        [("กระสอบทรายแขวน หนังเทียม ยัดเศษผ้าแน่น", "punching_bag")],
        [need("เศษผ้าไว้ยัดกระสอบ ชั่งกิโล", "textile_waste_cuttings"), unmet("หนังเทียม PU ม้วน", "no synthetic-leather supplier in the set", "pu_leather")],
    ),
    sme(
        "bbg-092", "en", "FloodGuard Supplies", SPT, DOWN, "Bangkok", "orders@floodguard.co.th",
        [("Ready-to-fill PP sandbags 40x70 cm, UV treated", "sandbag")],
        [need("Our PP cloth rolls to be made up into sandbags, 100k pcs", "sack_conversion_service")],
    ),
    sme(
        "bbg-093", "th", "ร้านกรีนเชียงใหม่", CIR, DOWN, "Chiang Mai", "greenchiangmai.shop@gmail.com",
        [("ของใช้รักษ์โลก ขายปลีก", "other_goods")],
        [need("กระเป๋ารีไซเคิลจากถุงอาหารสัตว์", "upcycled_sack_bag")],
        bcg=("circular",),
    ),
    sme(
        "bbg-094", "en", "Isan Indigo Collective", ALI, MID, "Udon Thani", "isanindigo@gmail.com",
        [("Indigo-dyed handwoven cotton by the metre", "indigo_dyed_cotton_fabric")],
        [need("Undyed handloom cotton cloth", "handwoven_cotton_fabric")],
        bcg=("bio",),
    ),
    sme(
        "bbg-095", "th", "ร้านวัสดุการเกษตรพิษณุโลก", ALC, DOWN, "Phitsanulok", "phitsanulok.agri@gmail.com",
        [("ปุ๋ย ยา เมล็ดพันธุ์ ขายปลีกส่ง", "other_goods")],
        [unmet("ถุงกระสอบย่อยสลายได้ทางชีวภาพ", "no one makes biodegradable sacks", "biodegradable_sack")],
    ),
)
# fmt: on

# ------------------------------------------------------------------ targets

N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS_RANGE = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (17, 23)
FEW_SUPPLIERS_SHARE = 0.70  # at least this share of met needs is met by 1-3 suppliers
MAX_NEED_OFFER_SIMILARITY = 0.4  # character-trigram Dice between a need and an offer that meets it

ID_RE = re.compile(r"^bbg-\d{3}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
THAI_LETTER = re.compile("[\u0e01-\u0e2e]")
LATIN_LETTER = re.compile("[A-Za-z]")


# ------------------------------------------------------------------ derived data


def canonical_certs(sme_: Sme) -> set[str]:
    return {resolve_certification(c) or c for c in sme_.certifications}


def qualified_suppliers(buyer: Sme, need_: Need, smes: tuple[Sme, ...]) -> list[str]:
    """Ids of the SMEs (not the buyer) with an offer labelled as the need asks and every required certification."""
    wanted = set(need_.labels)
    return [
        s.id
        for s in smes
        if s.id != buyer.id
        and any(label in wanted for _, label in s.offers)
        and set(need_.requires) <= canonical_certs(s)
    ]


def true_links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    links = {
        (supplier, buyer.id)
        for buyer in smes
        for need_ in buyer.needs
        if not need_.unmet_note
        for supplier in qualified_suppliers(buyer, need_, smes)
    }
    return sorted(links)


def profile_json(s: Sme) -> str:
    record = {
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
    return json.dumps(record, ensure_ascii=False)


# ------------------------------------------------------------------ checks


def _mentions(cert: str) -> list[str]:
    for c in CERTIFICATIONS:
        if c.name == cert:
            return [c.name, *c.aliases, *c.mentions, *c.case_sensitive_mentions]
    return []


def _trigrams(text: str) -> set[str]:
    t = re.sub(r"\s+", " ", text.casefold())
    return {t[i : i + 3] for i in range(len(t) - 2)}


def similarity(a: str, b: str) -> float:
    ta, tb = _trigrams(a), _trigrams(b)
    if not ta or not tb:
        return 0.0
    return 2 * len(ta & tb) / (len(ta) + len(tb))


def phrase_language_error(text: str, language: str) -> str | None:
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    if language == "en":
        if THAI_CHAR.search(text) or not text.isascii():
            return "English phrase must be ASCII Latin only"
        if latin == 0:
            return "English phrase has no letters"
        return None
    if thai == 0 or thai < 2 * latin:
        return "Thai phrase must be mostly Thai letters"
    return None


def check(smes: tuple[Sme, ...]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if ids != [f"bbg-{i:03d}" for i in range(1, len(smes) + 1)]:
        errors.append("ids must run bbg-001, bbg-002, ... in order without gaps")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if len(smes) != N_PROFILES:
        errors.append(f"{len(smes)} profiles, want {N_PROFILES}")
    sub_clusters = {v.value for v in SubCluster}
    stages = {v.value for v in Stage}
    bcg_tags = {v.value for v in BcgTag}
    offered: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)
    for s in smes:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: malformed id")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: language {s.language!r}")
        if s.sub_cluster not in sub_clusters:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage!r}")
        province = resolve_province(s.province)
        if province is None or not s.province.isascii():
            errors.append(f"{where}: province {s.province!r} does not resolve to an English name")
        for cert in s.certifications:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if len(canonical_certs(s)) != len(s.certifications):
            errors.append(f"{where}: a certification is listed twice")
        for tag in s.bcg:
            if tag not in bcg_tags:
                errors.append(f"{where}: bcg tag {tag!r}")
        if len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bcg tag listed twice")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if not (0 <= len(s.offers) <= 3 and 0 <= len(s.needs) <= 3) or not (s.offers or s.needs):
            errors.append(f"{where}: wants 0-3 offers and 0-3 needs, not both empty")
        for text in (s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)):
            if not text.strip() or text != text.strip():
                errors.append(f"{where}: empty or padded phrase {text!r}")
            problem = phrase_language_error(text, s.language)
            if problem:
                errors.append(f"{where}: {problem}: {text!r}")
        texts = [t for t, _ in s.offers] + [n.text for n in s.needs]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: a phrase is repeated")
        for text, label in s.offers:
            if label not in LABELS:
                errors.append(f"{where}: unknown offer label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= canonical_certs(s):
                errors.append(f"{where}: offer {text!r} claims {sorted(claimed)} the SME does not hold")
        for n in s.needs:
            at = f"{where}: need {n.text!r}"
            for label in n.labels:
                if label not in LABELS:
                    errors.append(f"{at}: unknown label {label!r}")
            if not n.labels and not n.unmet_note:
                errors.append(f"{at}: lists no labels and is not marked unmet")
            found = find_certifications(n.text)
            for cert in n.requires:
                if resolve_certification(cert) != cert:
                    errors.append(f"{at}: required certification {cert!r} is not a canonical name")
            if found != set(n.requires):
                errors.append(f"{at}: text asks for {sorted(found)}, labels require {sorted(n.requires)}")
            for cert in n.waives:
                if cert in found or not any(m.casefold() in n.text.casefold() for m in _mentions(cert)):
                    errors.append(f"{at}: waived {cert!r} must be named in the text and not asked for")
            if set(n.requires) & set(n.waives):
                errors.append(f"{at}: a certification both required and waived")
            suppliers = qualified_suppliers(s, n, smes)
            if n.unmet_note:
                if suppliers:
                    errors.append(f"{at}: marked unmet but met by {suppliers}")
                continue
            for label in n.labels:
                if not offered.get(label, set()) - {s.id}:
                    errors.append(f"{at}: label {label!r} is offered by no one else")
            if not suppliers:
                errors.append(f"{at}: no qualified supplier")
            for other in smes:
                if other.id not in suppliers:
                    continue
                for text, label in other.offers:
                    if label in n.labels and similarity(text, n.text) > MAX_NEED_OFFER_SIMILARITY:
                        errors.append(f"{at}: worded too much like {other.id} offer {text!r}")
    errors.extend(size_errors(smes))
    return errors


def size_errors(smes: tuple[Sme, ...]) -> list[str]:
    errors: list[str] = []
    c = counts(smes)
    thai_share = c["thai"] / max(1, c["profiles"])
    if not THAI_SHARE[0] <= thai_share <= THAI_SHARE[1]:
        errors.append(f"Thai share {thai_share:.2f} outside {THAI_SHARE}")
    if not LINKS_RANGE[0] <= c["links"] <= LINKS_RANGE[1]:
        errors.append(f"{c['links']} links, want {LINKS_RANGE}")
    cross_share = c["cross"] / max(1, c["links"])
    if not CROSS_SHARE[0] <= cross_share <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross_share:.2f} outside {CROSS_SHARE}")
    if not UNMET_RANGE[0] <= c["needs_unmet"] <= UNMET_RANGE[1]:
        errors.append(f"{c['needs_unmet']} unmet needs, want {UNMET_RANGE}")
    few = c["needs_met_by_1_3"] / max(1, c["needs_met"])
    if few < FEW_SUPPLIERS_SHARE:
        errors.append(f"only {few:.2f} of met needs are met by 1-3 suppliers")
    return errors


# ------------------------------------------------------------------ counts


def counts(smes: tuple[Sme, ...]) -> dict[str, int]:
    by_id = {s.id: s for s in smes}
    links = true_links(smes)
    lang = {s.id: s.language for s in smes}
    needs = [(s, n) for s in smes for n in s.needs]
    met = [(s, n) for s, n in needs if not n.unmet_note]
    supplier_counts = [len(qualified_suppliers(s, n, smes)) for s, n in met]
    return {
        "profiles": len(smes),
        "thai": sum(s.language == "th" for s in smes),
        "english": sum(s.language == "en" for s in smes),
        "provinces": len({resolve_province(s.province).name_en for s in smes}),  # type: ignore[union-attr]
        "offers": sum(len(s.offers) for s in smes),
        "offer_labels": len({label for s in smes for _, label in s.offers}),
        "needs": len(needs),
        "needs_met": len(met),
        "needs_unmet": len(needs) - len(met),
        "needs_met_by_1_3": sum(1 <= k <= 3 for k in supplier_counts),
        "needs_met_by_4_plus": sum(k >= 4 for k in supplier_counts),
        "needs_requiring": sum(bool(n.requires) for _, n in needs),
        "needs_waiving": sum(bool(n.waives) for _, n in needs),
        "links": len(links),
        "th_to_en": sum(lang[a] == "th" and lang[b] == "en" for a, b in links),
        "en_to_th": sum(lang[a] == "en" and lang[b] == "th" for a, b in links),
        "cross": sum(lang[a] != lang[b] for a, b in links),
        "within": sum(lang[a] == lang[b] for a, b in links),
        "cross_sub_cluster": sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links),
    }


def counts_table(smes: tuple[Sme, ...]) -> str:
    c = counts(smes)
    rows: list[tuple[str, str]] = [
        ("profiles", str(c["profiles"])),
        ("Thai / English", f"{c['thai']} / {c['english']}"),
    ]
    for value in SubCluster:
        rows.append((f"sub-cluster {value.value}", str(sum(s.sub_cluster == value.value for s in smes))))
    for value in Stage:
        rows.append((f"stage {value.value}", str(sum(s.stage == value.value for s in smes))))
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    for region, k in sorted(regions.items()):
        rows.append((f"region {region}", str(k)))
    share = c["cross"] / max(1, c["links"])
    rows += [
        ("distinct provinces", str(c["provinces"])),
        ("offers", str(c["offers"])),
        ("distinct offer labels", str(c["offer_labels"])),
        ("needs", str(c["needs"])),
        ("needs met / met by no one", f"{c['needs_met']} / {c['needs_unmet']}"),
        ("met needs with 1-3 / 4+ qualified suppliers", f"{c['needs_met_by_1_3']} / {c['needs_met_by_4_plus']}"),
        ("needs requiring a certification", str(c["needs_requiring"])),
        ("needs waiving a certification", str(c["needs_waiving"])),
        ("true links", str(c["links"])),
        ("links Thai supplier -> English buyer", str(c["th_to_en"])),
        ("links English supplier -> Thai buyer", str(c["en_to_th"])),
        ("cross-language links (share)", f"{c['cross']} ({share:.0%})"),
        ("within-language links", str(c["within"])),
        ("links between different sub-clusters", str(c["cross_sub_cluster"])),
    ]
    width = max(len(name) for name, _ in rows)
    vwidth = max(len("value"), *(len(value) for _, value in rows))
    lines = [f"| {'count'.ljust(width)} | {'value'.ljust(vwidth)} |", f"|{'-' * (width + 2)}|{'-' * (vwidth + 2)}|"]
    lines += [f"| {name.ljust(width)} | {value.ljust(vwidth)} |" for name, value in rows]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ output

README = """\
# blind_plain_sacks: a hand-labelled matching set on sacks and bulk bags

## What the set checks

Whether the matcher finds the true supplier-buyer pairs among {profiles} SME profiles of the Health
and Wellness Economy textile cluster written in plain registry wording it has never seen. The theme is
sacks, bulk bags and industrial packaging textiles: woven polypropylene sacks for rice, sugar,
fertiliser and feed, jumbo bags (FIBC), jute and hessian sacks, cotton flour bags, mesh bags, liners,
closing thread and sack-closing machines, sack printing, washing, reuse and recycling of used sacks,
the rice, sugar and feed mills and farms that buy them, and the ordinary fibre, yarn, cloth, dyeing and
sewing suppliers around them.

Each offer and need is one short phrase, as an SME database stores it; about 55 % of the profiles are
in Thai, the rest in English. The same kind of goods is written many ways (local and regional names,
trade words, brands, abbreviations, with and without sizes, prices, minimum orders and places), and a
need is worded differently from the offers that meet it, often in the other language. The set holds
hard but fair cases: a service versus the goods it works on (printing or sewing the customer's own
sacks versus selling sacks, indigo dyeing versus indigo-dyed cloth, washing used sacks versus selling
them), used goods versus new, raw versus processed (fibre, yarn, cloth, sack; used sacks, flakes,
pellets), finished goods described by their material, colour or technique, needs written as a wish, a
bare noun or a question, refusals, needs that require a named certification, needs that name one only
to waive it, and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile format and links CSV),
`shared/taxonomy.py` with its data files, and the project's ruff settings; not the matcher, its
glossary, its tests, other evaluation sets or any project data. All profiles and labels are in
`write.py`.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`woven_pp_sack` versus `used_pp_sacks` versus `sack_printing_service`). Every need either lists the
offer labels that would meet it and the certifications its text requires, or is marked as met by no one
with a short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a
label listed by one of the buyer's needs and the supplier's certifications hold every certification
that need requires. An SME is never linked to itself. Shared words play no part; quantities, prices and
places never decide a link; what changes what the thing is does. A certification the need names only to
waive it is not required. The labels are not written to the profiles.

Before writing, the script checks ids, every contract field (sub-cluster, stage and BCG values from the
taxonomy, provinces through `resolve_province`, certifications through `resolve_certification`), that
every label a met need lists is offered by someone other than the buyer, that every met need has a
qualified supplier and every unmet one has none, that a required or waived certification is named in
the need's text (and found, or not found, by `find_certifications`), that Thai phrases are mostly
Thai letters and English ones ASCII Latin only, that a need is not worded like the offers that meet it,
and the size targets. It writes nothing if a check fails, and two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_sacks/write.py

## Files

- `write.py`: all profiles and labels, the checks, and the writer of the files below.
- `profiles.jsonl`: the profiles, JSONL version 1, one object per line, UTF-8, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render(smes: tuple[Sme, ...]) -> dict[str, str]:
    profiles = "".join(profile_json(s) + "\n" for s in smes)
    links = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in true_links(smes))
    readme = README.format(profiles=len(smes), table=counts_table(smes))
    return {"profiles.jsonl": profiles, "links.csv": links, "README.md": readme}


def main() -> int:
    errors = check(SMES)
    if errors:
        for error in errors:
            print(error, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        print(counts_table(SMES), file=sys.stderr)
        return 1
    first, second = render(SMES), render(SMES)
    if first != second:
        print("two renderings differ; nothing written", file=sys.stderr)
        return 1
    for name, text in first.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(counts_table(SMES), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
