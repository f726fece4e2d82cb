"""Write the hand-labelled evaluation set `eval/blind_plain_repair/`.

Theme: repair, care and second life of textiles, plus the ordinary upstream and
midstream suppliers of the cluster. All data lives in this file; running it checks
the data and writes `profiles.jsonl`, `links.csv` and `README.md` next to it.

Run from the repository root:

    .venv/bin/python eval/blind_plain_repair/write.py

Every offer is a (text, label) pair; every need lists the offer labels that would
meet it and the certifications its text requires (or waives), or is marked as met
by no one. Labels never leave this file.
"""

from __future__ import annotations

import csv
import io
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
    Region,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "brp"
N_PROFILES = 95

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
CENTRAL = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ISAN = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

OEKO = "OEKO-TEX Standard 100"
ORGANIC_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it; its labels then name what it asks for


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, label: str, note: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, (label,), req, waive, note)


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    offers: tuple[tuple[str, str], ...],
    needs: tuple[Need, ...] = (),
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(f"{PREFIX}-{num:03d}", language, name, sub_cluster, stage, province, offers, needs, certs, bcg)


# ---------------------------------------------------------------- profiles 001-025: repair shops and their suppliers

SMES: tuple[Sme, ...] = (
    sme(
        1,
        "th",
        "ร้านซ่อมเสื้อผ้าป้าแดง ประตูน้ำ",
        CIRC,
        DOWN,
        "Bangkok",
        offers=(
            ("รับแก้ทรงเสื้อผ้า ตัดขากางเกง เอาเข้าเอาออก", "alteration_service"),
            ("เปลี่ยนซิบกางเกงยีนส์ กระโปรง แจ็คเก็ต", "zip_replacement_service"),
        ),
        needs=(
            need("ซิปทองเหลือง YKK เบอร์ 5 ยกโหล", "zipper"),
            need("ด้ายหลอดใหญ่ 5000 หลา สีดำ สีขาว", "sewing_thread"),
        ),
        bcg=("circular",),
    ),
    sme(
        2,
        "en",
        "Nimman Mend & Make",
        CIRC,
        DOWN,
        "Chiang Mai",
        offers=(
            ("Invisible mending, darning and patching; knitwear a speciality", "mending_service"),
            ("Hemming, taking in, letting out; 3-day turnaround", "alteration_service"),
        ),
        needs=(
            need("Our two DDL-8700 lockstitchers skip stitches; need a mechanic", "sewing_machine_repair_service"),
            need("heat-press patches in denim blues", "repair_patch"),
        ),
        bcg=("circular",),
    ),
    sme(
        3,
        "th",
        "โรงซักรีด นนท์คลีน",
        CIRC,
        MID,
        "Nonthaburi",
        offers=(
            ("ซักอบรีดผ้าปูที่นอน ผ้าขนหนู ให้โรงแรม มีรถรับส่ง", "linen_laundry_service"),
            ("ซักแห้งชุดสูท ชุดผ้าไหม ชุดราตรี", "dry_cleaning_service"),
        ),
        needs=(
            need("ถุงผ้าหูรูดใส่ผ้าซัก 500 ใบ", "laundry_bag"),
            need("ซ่อมผ้าปูเตียงที่ขาดเป็นรู ให้ใช้ต่อได้", "mending_service"),
        ),
        certs=("ISO 14001",),
        bcg=("green",),
    ),
    sme(
        4,
        "en",
        "Pak Nam Sewing Machine Service",
        CIRC,
        MID,
        "Samut Prakan",
        offers=(
            ("Repair and servicing of Juki, Brother and Siruba machines", "sewing_machine_repair_service"),
            ("Reconditioned industrial lockstitch machines, 6-month warranty", "reconditioned_sewing_machine"),
        ),
        needs=(
            need("Organ needles DBx1 size 14, boxes of 100", "sewing_machine_needles"),
            need("rotary hooks, bobbin cases, feed dogs", "sewing_machine_parts"),
        ),
    ),
    sme(
        5,
        "th",
        "ร้านอะไหล่จักร สำเพ็ง",
        CIRC,
        MID,
        "Bangkok",
        offers=(
            ("เข็มจักรอุตสาหกรรม ออร์แกน กล่องละ 100 เล่ม", "sewing_machine_needles"),
            ("กระสวย ตีนผี ฟันจักร อะไหล่จักรทุกยี่ห้อ", "sewing_machine_parts"),
        ),
    ),
    sme(
        6,
        "en",
        "Silver Threads Adaptive Wear",
        CENTRAL,
        DOWN,
        "Bangkok",
        offers=(("Magnetic-closure shirts for seniors, sizes S-3XL", "adaptive_clothing"),),
        needs=(
            need("Hook-and-loop tape 20 mm, white, 500 m", "hook_and_loop_tape"),
            need("Soft cotton knit cloth, OEKO-TEX certified", "cotton_jersey_fabric", req=(OEKO,)),
            need("Could someone convert customers' own trousers to side openings?", "alteration_service"),
        ),
    ),
    sme(
        7,
        "th",
        "นครปฐม เทปแอนด์อีลาสติก",
        CENTRAL,
        MID,
        "Nakhon Pathom",
        offers=(
            ("เทปตีนตุ๊กแก กว้าง 2 ซม. ม้วนละ 25 หลา", "hook_and_loop_tape"),
            ("ยางยืดขอบกางเกง ยางทอแน่น", "elastic_tape"),
        ),
        needs=(unmet("เส้นด้ายไนลอน 6 สำหรับทอเทป", "nylon_filament_yarn", "no one offers nylon yarn"),),
    ),
    sme(
        8,
        "th",
        "พาหุรัด ซิปแอนด์กระดุม",
        CIRC,
        MID,
        "Bangkok",
        offers=(
            ("ซิปไนลอน ซิปโลหะ ตัดความยาวตามสั่ง", "zipper"),
            ("กระดุมพลาสติก กระดุมกะลา ขายส่งเป็นกุรุส", "buttons"),
            ("ด้ายเย็บผ้า ตราจระเข้ ยกโหล", "sewing_thread"),
        ),
    ),
    sme(
        9,
        "en",
        "Mahachai Thread & Trims",
        SPORT,
        MID,
        "Samut Sakhon",
        offers=(
            ("Core-spun polyester sewing thread, 5,000 m cones", "sewing_thread"),
            ("Iron-on repair patches for jeans and workwear", "repair_patch"),
        ),
        needs=(need("rPET fibre to spin our thread, GRS", "recycled_polyester_fibre", req=("GRS",)),),
    ),
    sme(
        10,
        "th",
        "ร้านย้อมห้อม เมืองแพร่",
        HEMP,
        MID,
        "Phrae",
        offers=(
            ("รับย้อมห้อมทับเสื้อผ้าเก่าที่สีซีด ทั้งฝ้ายและไหม", "garment_redyeing_service"),
            ("ผ้าฝ้ายทอมือย้อมห้อมธรรมชาติ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
        ),
        needs=(
            need("สีห้อมธรรมชาติ ไว้ก่อหม้อย้อม", "natural_indigo_dye"),
            unmet("ถังย้อมสแตนเลส มือสอง", "dyeing_vat", "no one offers dyeing equipment"),
        ),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        11,
        "en",
        "Second Round Rental Wardrobe",
        CIRC,
        DOWN,
        "Bangkok",
        offers=(("Evening gown and suit rental, 3-day hire", "dress_rental_service"),),
        needs=(
            need("Solvent cleaning after every hire; silk and sequins", "dry_cleaning_service"),
            need("Quick fixes: hems, straps, waist", "alteration_service"),
            need("pre-owned designer dresses, good condition", "vintage_garments"),
        ),
        bcg=("circular",),
    ),
    sme(
        12,
        "th",
        "ร้านเย็บปะชุน ยายศรี",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        offers=(
            ("ชุนผ้า ปะรูขาด ซ่อมเสื้อไหมพรม", "mending_service"),
            ("เปลี่ยนซิป เปลี่ยนกระดุม ติดตะขอ", "zip_replacement_service"),
        ),
        needs=(
            need("กระดุมเปลือกหอย กระดุมไม้ คละแบบ", "buttons"),
            need("แผ่นปะรีดร้อน", "repair_patch"),
        ),
    ),
    sme(
        13,
        "en",
        "Swap Saturday Bangkok",
        CIRC,
        DOWN,
        "Bangkok",
        offers=(("Unswapped leftovers after each event, about 300 kg a month", "post_consumer_textile_waste"),),
        needs=(
            need("Someone to fix holes and loose seams at our swap days", "mending_service"),
            unmet("Venue for a monthly swap, 100 m2, central Bangkok", "event_venue", "no one offers a venue"),
        ),
        bcg=("circular",),
    ),
    sme(
        14,
        "en",
        "Eastern Linen Care",
        CIRC,
        MID,
        "Chonburi",
        offers=(
            ("Hotel and hospital linen laundry, 5 t a day, Pattaya and Sriracha", "linen_laundry_service"),
            ("Retired hotel sheets and towels, white cotton, sorted", "used_hotel_linen"),
        ),
        needs=(need("Cotton laundry nets or bags, 1,000 pcs", "laundry_bag"),),
        bcg=("green", "circular"),
    ),
    sme(
        15,
        "en",
        "Sukhumvit Valet Dry Cleaners",
        CENTRAL,
        DOWN,
        "Bangkok",
        offers=(("Dry cleaning and pressing with pick-up along Sukhumvit", "dry_cleaning_service"),),
        needs=(
            need("Someone to fix broken zips on customers' coats", "zip_replacement_service"),
            unmet("Recycled wire hangers, 10,000", "hangers", "no one offers hangers"),
        ),
    ),
    sme(
        16,
        "th",
        "คลินิกรองเท้าและกระเป๋า ท่าพระ",
        CIRC,
        DOWN,
        "Bangkok",
        offers=(
            ("ซ่อมรองเท้า เปลี่ยนพื้น เสริมส้น", "shoe_repair_service"),
            ("ซ่อมกระเป๋าหนัง เปลี่ยนหูหิ้ว ทำสีใหม่", "bag_repair_service"),
        ),
        needs=(
            need("พื้นยาง Vibram แผ่นใหญ่", "shoe_repair_materials"),
            need("เศษหนังแท้ไว้ปะ", "leather_offcuts"),
        ),
        bcg=("circular",),
    ),
    sme(
        17,
        "th",
        "วิสาหกิจชุมชนปลูกกัญชง อุ้มผาง",
        HEMP,
        UP,
        "Tak",
        offers=(("เปลือกกัญชงลอกมือ ตากแห้ง กิโลละ 120 บาท", "raw_hemp_fibre"),),
        needs=(unmet("เครื่องลอกเปลือกกัญชงขนาดเล็ก", "decorticator", "no one offers machinery for hemp"),),
        certs=(ORGANIC_TH,),
        bcg=("bio",),
    ),
    sme(
        18,
        "en",
        "Doi Hemp Fibre Co.",
        HEMP,
        UP,
        "Chiang Mai",
        offers=(
            ("Degummed hemp fibre, 50 kg bales", "raw_hemp_fibre"),
            ("Hemp yarn Nm 12, ring spun", "hemp_yarn"),
        ),
        needs=(need("Hemp bast from growers, Organic Thailand", "raw_hemp_fibre", req=(ORGANIC_TH,)),),
        bcg=("bio",),
    ),
    sme(
        19,
        "th",
        "กลุ่มทอผ้าใยกัญชงม้ง ดอยปุย",
        HEMP,
        MID,
        "Chiang Rai",
        offers=(
            ("ด้ายกัญชงปั่นมือ เข็ดละ 200 กรัม", "hemp_yarn"),
            ("ผ้าใยกัญชงทอมือ หน้ากว้าง 40 ซม.", "hemp_fabric"),
        ),
        needs=(
            need("ใยกัญชงดิบ ลอกแล้ว", "raw_hemp_fibre"),
            need("ครามธรรมชาติ สำหรับเขียนเทียน", "natural_indigo_dye"),
        ),
        bcg=("bio",),
    ),
    sme(
        20,
        "th",
        "กลุ่มปั่นฝ้ายบ้านนาอ้อ",
        ISAN,
        UP,
        "Loei",
        offers=(
            ("ฝ้ายเข็นมือ ย้อมสีธรรมชาติ", "handspun_cotton_yarn"),
            ("ผ้าฝ้ายทอมือ ลายขิด", "handwoven_cotton_fabric"),
        ),
        needs=(need("ปุยฝ้ายดิบ อีดเมล็ดออกแล้ว ไม่ต้องมีตรารับรองเกษตรอินทรีย์", "cotton_lint", waive=(ORGANIC_TH,)),),
        bcg=("bio",),
    ),
    sme(
        21,
        "th",
        "ครามสกล บ้านดอนกอย",
        ISAN,
        MID,
        "Sakon Nakhon",
        offers=(
            ("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ หลาละ 350", "indigo_dyed_cotton_fabric"),
            ("เนื้อครามเปียก กิโลละ 250 บาท", "natural_indigo_dye"),
            ("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service"),
        ),
        needs=(need("ด้ายฝ้ายปั่นมือ จากกลุ่มแม่บ้าน", "handspun_cotton_yarn"),),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        22,
        "en",
        "Indigo Lane Studio",
        HEMP,
        DOWN,
        "Bangkok",
        offers=(("Tote bags in handwoven cotton dyed with natural indigo", "tote_bag"),),
        needs=(
            need("Hand-loomed cotton, indigo vat-dyed, no synthetic dye", "indigo_dyed_cotton_fabric"),
            need("Sewing partner to make our bags from our own cloth", "cmt_sewing_service"),
        ),
    ),
    sme(
        23,
        "th",
        "โรงพิมพ์ผ้า มหาชัย",
        CIRC,
        MID,
        "Samut Sakhon",
        offers=(("ผ้าฝ้ายพิมพ์ลายโทนคราม สีรีแอคทีฟ พับละ 50 หลา", "printed_cotton_fabric"),),
        needs=(unmet("สีรีแอคทีฟ ถังละ 25 กก.", "synthetic_dyestuff", "no one offers synthetic dyes"),),
    ),
    sme(
        24,
        "th",
        "ผ้าไหมสุรินทร์ บ้านท่าสว่าง",
        ISAN,
        MID,
        "Surin",
        offers=(
            ("ผ้าไหมมัดหมี่ ติดตรานกยูงพระราชทาน", "silk_fabric"),
            ("เส้นไหมน้อย ไหมพื้นบ้าน", "silk_yarn"),
        ),
        needs=(need("ทำความสะอาดผ้าไหมโบราณ ห้ามซักน้ำ", "dry_cleaning_service"),),
        certs=(PEACOCK,),
        bcg=("bio",),
    ),
    sme(
        25,
        "en",
        "Ayutthaya Heritage Silks",
        CENTRAL,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        offers=(("Mudmee silk scarves and stoles", "silk_scarf"),),
        needs=(
            need("Mudmee silk by the metre, Peacock Emblem only", "silk_fabric", req=(PEACOCK,)),
            need("Our faded silk scarves need a new colour", "garment_redyeing_service"),
        ),
    ),
    # ------------------------------------------------------------ 026-050: second-hand, waste, recyclers, care buyers
    sme(
        26,
        "th",
        "ศูนย์รับบริจาคเสื้อผ้า ปทุมธานี",
        CIRC,
        UP,
        "Pathum Thani",
        offers=(
            ("เสื้อผ้ามือสองคัดเกรดเอ มัดก้อน 45 กก.", "secondhand_clothing_bales"),
            ("ผ้าเก่าใส่ไม่ได้แล้ว คละชนิด ตันละ 3,000", "post_consumer_textile_waste"),
        ),
        needs=(
            need("หาผู้รับจ้างแยกเกรดเสื้อผ้าบริจาค", "textile_sorting_service"),
            unmet("เครื่องอัดก้อนผ้า ไฮดรอลิก", "baling_press", "no one offers baling machinery"),
        ),
        bcg=("circular",),
    ),
    sme(
        27,
        "en",
        "ReSort Textiles Thailand",
        CIRC,
        UP,
        "Samut Prakan",
        offers=(
            ("Sorting of used textiles by grade, fibre and colour, contract basis", "textile_sorting_service"),
            ("Non-wearable cotton-rich garments, sorted, baled", "cotton_post_consumer_waste"),
        ),
        needs=(need("Mixed used clothing in any condition, by the tonne", "post_consumer_textile_waste"),),
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        28,
        "th",
        "ระยอง คลีนซัพพลาย",
        CIRC,
        MID,
        "Rayong",
        offers=(("ผ้าเช็ดเครื่องจักร ส่งโรงงานนิคมมาบตาพุด", "cotton_wiping_rags"),),
        needs=(need("เสื้อยืดคอตตอนเก่า สีอ่อน ไม่เอาผ้ายีนส์", "cotton_post_consumer_waste"),),
    ),
    sme(
        29,
        "en",
        "Laem Chabang Marine Services",
        SPORT,
        DOWN,
        "Chonburi",
        offers=(),
        needs=(
            need("Lint-free wiping rags, 10 kg bales", "cotton_wiping_rags"),
            unmet("oil absorbent pads and booms", "oil_absorbent", "no one offers absorbents"),
        ),
    ),
    sme(
        30,
        "th",
        "ขอนแก่นเทเลอร์",
        ISAN,
        DOWN,
        "Khon Kaen",
        offers=(("ตัดชุดผ้าไหม ชุดไทย ตามสั่ง", "made_to_measure_tailoring"),),
        needs=(need("ผ้าฝ้ายพื้นเมือง ไว้ตัดเสื้อ สีไหนก็ได้", "handwoven_cotton_fabric", "indigo_dyed_cotton_fabric"),),
    ),
    sme(
        31,
        "th",
        "ขอนแก่นจักรเย็บผ้า เซอร์วิส",
        CIRC,
        MID,
        "Khon Kaen",
        offers=(
            ("ซ่อมจักรเย็บผ้าทุกชนิด จักรหิ้ว จักรอุตฯ", "sewing_machine_repair_service"),
            ("อะไหล่จักรของแท้ ยี่ห้อ Juki Brother", "sewing_machine_parts"),
        ),
    ),
    sme(
        32,
        "th",
        "โรงงานรับจ้างเย็บ บางบอน",
        SPORT,
        MID,
        "Bangkok",
        offers=(
            ("รับเย็บเสื้อกีฬา เสื้อโปโล ผ้าลูกค้า ขั้นต่ำ 300 ตัว", "cmt_sewing_service"),
            ("เศษผ้าโพลีเอสเตอร์จากห้องตัด กระสอบละ 20 กก.", "polyester_cutting_waste"),
        ),
        needs=(
            need("จักรโพ้ง 5 เส้นเดินไม่สม่ำเสมอ หาช่างมาดู", "sewing_machine_repair_service"),
            need("ด้ายโพ้ง โพลีเอสเตอร์", "sewing_thread"),
        ),
    ),
    sme(
        33,
        "en",
        "Denim Again Upcycling Studio",
        CIRC,
        DOWN,
        "Krabi",
        offers=(
            ("Totes and pouches cut from old jeans", "tote_bag"),
            ("Upcycle your company's old uniforms into gifts", "upcycling_service"),
        ),
        needs=(
            need("Denim offcuts from jeans factories", "denim_scraps"),
            need("strapping for tote handles, 38 mm", "webbing"),
        ),
        bcg=("circular",),
    ),
    sme(
        34,
        "th",
        "โคราช รีไซเคิลผ้า",
        CIRC,
        UP,
        "Nakhon Ratchasima",
        offers=(
            ("ใยฝ้ายรีไซเคิลจากเศษผ้า ตันละ 18,000", "recycled_cotton_fibre"),
            ("ด้ายฝ้ายรีไซเคิล เบอร์ 10 สำหรับทอพรม", "recycled_cotton_yarn"),
        ),
        needs=(
            need("เศษผ้าฝ้ายจากโรงงานตัดเย็บ แยกสี", "cotton_cutting_waste", "denim_scraps"),
            need("เสื้อยืดคอตตอนเก่าที่ใส่ไม่ได้", "cotton_post_consumer_waste"),
        ),
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        35,
        "en",
        "ThreadCycle Take-Back",
        CIRC,
        UP,
        "Bangkok",
        offers=(("Garments from in-store take-back bins, unsorted, about 2 t a month", "post_consumer_textile_waste"),),
        needs=(
            need("Grading partner for collected garments", "textile_sorting_service"),
            unmet("Collection bins made of recycled plastic", "collection_bins", "no one offers bins"),
        ),
        bcg=("circular",),
    ),
    sme(
        36,
        "en",
        "Chatuchak Vintage Co.",
        CIRC,
        DOWN,
        "Bangkok",
        offers=(("Curated vintage: denim jackets, aloha shirts, party dresses", "vintage_garments"),),
        needs=(need("Grade A second-hand clothing bales", "secondhand_clothing_bales"),),
        bcg=("circular",),
    ),
    sme(
        37,
        "th",
        "ร้านเสื้อผ้ามือสอง ตลาดนัดรถไฟ",
        CIRC,
        DOWN,
        "Nonthaburi",
        offers=(("เสื้อผ้ามือสองแบรนด์ญี่ปุ่น เดรสออกงาน คัดพิเศษ ขายปลีก", "vintage_garments"),),
        needs=(need("ผ้ากระสอบ เสื้อผ้าโกดัง เกรดเอ", "secondhand_clothing_bales"),),
        bcg=("circular",),
    ),
    sme(
        38,
        "th",
        "แปดริ้ว ผ้าเช็ดเครื่อง",
        CIRC,
        MID,
        "Chachoengsao",
        offers=(("ผ้าขี้ริ้วคอตตอนสีขาว ตัดเป็นชิ้น มัดละ 10 กก.", "cotton_wiping_rags"),),
        needs=(
            need("ผ้าปูที่นอนเก่าจากโรงแรม สีขาว", "used_hotel_linen"),
            need("เสื้อผ้าเก่าเนื้อฝ้าย", "cotton_post_consumer_waste"),
        ),
        bcg=("circular",),
    ),
    sme(
        39,
        "th",
        "สมุทรปราการ การ์เมนท์",
        SPORT,
        MID,
        "Samut Prakan",
        offers=(
            ("เศษผ้าคอตตอนจากห้องตัด สีขาว สีเทา", "cotton_cutting_waste"),
            ("รับตัดเย็บยูนิฟอร์มตามแบบ ใช้ผ้าของลูกค้า", "cmt_sewing_service"),
        ),
        needs=(
            need("สัญญาดูแลเครื่องจักรเย็บผ้า รายเดือน", "sewing_machine_repair_service"),
            need("ซิบไนลอน เบอร์ 3 สีดำ 10,000 เส้น", "zipper"),
        ),
    ),
    sme(
        40,
        "en",
        "Chonburi Fibre Recovery",
        CIRC,
        UP,
        "Chonburi",
        offers=(
            ("Mechanically recycled cotton fibre, GRS certified, 1 t lots", "recycled_cotton_fibre"),
            ("Shredded-textile felt for insulation", "recycled_fibre_felt"),
        ),
        needs=(need("Pre-consumer cotton clippings sorted by colour", "cotton_cutting_waste", "denim_scraps"),),
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        41,
        "en",
        "EastBottle rPET Fibre",
        SPORT,
        UP,
        "Rayong",
        offers=(
            ("Recycled polyester staple fibre from PET bottles, GRS", "recycled_polyester_fibre"),
            ("Hollow conjugated fibre for pillows", "recycled_stuffing_fibre"),
        ),
        needs=(need("Cutting-room poly scraps for a recycling trial", "polyester_cutting_waste"),),
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        42,
        "th",
        "กลุ่มทอพรมเช็ดเท้า สารคาม",
        ISAN,
        MID,
        "Maha Sarakham",
        offers=(("พรมเช็ดเท้าทอจากเศษผ้า", "rag_rug"),),
        needs=(
            need("ด้ายจากเศษผ้าปั่นใหม่ เส้นโต", "recycled_cotton_yarn"),
            need("เศษผ้ายืดจากโรงงาน ชิ้นยาว", "cotton_cutting_waste", "polyester_cutting_waste"),
        ),
        bcg=("circular",),
    ),
    sme(
        43,
        "en",
        "Golden Years Care Home",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        offers=(),
        needs=(
            need("Reusable underpads for bedridden residents, 200 pcs", "washable_incontinence_pad"),
            need("Wash-and-fold for residents' clothes and bedding, 3 times a week", "linen_laundry_service"),
            need("Easy-dress clothing for residents with limited mobility", "adaptive_clothing"),
        ),
    ),
    sme(
        44,
        "th",
        "ตู้เสื้อผ้าให้เช่า สยาม",
        CIRC,
        DOWN,
        "Bangkok",
        offers=(("ชุดราตรี ชุดไทย ให้เช่า วันละ 500 บาท", "dress_rental_service"),),
        needs=(need("ชุดออกงานสภาพดี จากคนที่ใส่ครั้งเดียว", "vintage_garments"),),
        bcg=("circular",),
    ),
    sme(
        45,
        "en",
        "Andaman Dive & Surf Repair",
        SPORT,
        DOWN,
        "Phuket",
        offers=(
            ("Wetsuit and rash-guard repair", "wetsuit_repair_service"),
            ("Zip replacement on wetsuits, board bags and jackets", "zip_replacement_service"),
        ),
        needs=(
            unmet("Neoprene off-cuts for patching", "neoprene", "no one offers neoprene"),
            need("Marine-grade #10 zips", "zipper"),
        ),
    ),
    sme(
        46,
        "th",
        "โรงพยาบาลบางนาเวชการ",
        CENTRAL,
        DOWN,
        "Samut Prakan",
        offers=(),
        needs=(
            need("ชุดผู้ป่วย ผ้าฝ้าย ผูกหลัง", "patient_gown"),
            need("บริการซักผ้าโรงพยาบาล ฆ่าเชื้อ", "linen_laundry_service"),
            need("ซ่อมชุดคนไข้และผ้าปูที่ขาด", "mending_service"),
        ),
    ),
    sme(
        47,
        "en",
        "FadeFix Garment Dye House",
        CIRC,
        MID,
        "Phetchaburi",
        offers=(
            ("Garment re-dyeing and overdyeing, black and navy, min 50 pcs", "garment_redyeing_service"),
            ("Piece dyeing of customers' cotton cloth", "cloth_dyeing_service"),
        ),
        needs=(
            unmet(
                "Reactive dyes, black, 25 kg drums, OEKO-TEX", "synthetic_dyestuff", "no one offers dyes", req=(OEKO,)
            ),
        ),
    ),
    sme(
        48,
        "en",
        "Lanna Cobbler",
        CENTRAL,
        DOWN,
        "Chiang Mai",
        offers=(("Resoling, heel tips and orthopaedic shoe adjustments", "shoe_repair_service"),),
        needs=(
            need("Resoling stock: sheet rubber, heel pieces", "shoe_repair_materials"),
            need("leather scraps, brown and black", "leather_offcuts"),
        ),
    ),
    sme(
        49,
        "en",
        "Bag Hospital BKK",
        CIRC,
        DOWN,
        "Bangkok",
        offers=(("Handbag repair: handles, linings, edge paint", "bag_repair_service"),),
        needs=(
            need("Cotton twill for linings, 50 m", "cotton_woven_fabric"),
            need("Replacement zips for luggage", "zipper"),
        ),
        bcg=("circular",),
    ),
    sme(
        50,
        "en",
        "Rangsit Cut & Sew",
        SPORT,
        MID,
        "Pathum Thani",
        offers=(
            ("Sublimation printing on your polyester fabric, 1,000 m a day", "sublimation_printing_service"),
            ("Polyester jersey offcuts, 1 t monthly", "polyester_cutting_waste"),
        ),
        needs=(
            need("rPET knit, 160 gsm, GRS certificate needed", "recycled_polyester_knit_fabric", req=("GRS",)),
            need("Needles and spares for our overlockers", "sewing_machine_needles", "sewing_machine_parts"),
        ),
    ),
    # ------------------------------------------------------------ 051-075: supplies, natural fibre, linen and care
    sme(
        51,
        "en",
        "Zipworks Trading",
        CIRC,
        MID,
        "Chanthaburi",
        offers=(
            ("Snap fasteners, jeans rivets and cord stoppers", "snap_fasteners"),
            ("Polyester and cotton webbing, side-release buckles", "webbing"),
        ),
    ),
    sme(
        52,
        "en",
        "Lanna Sewing Supplies",
        CIRC,
        MID,
        "Chiang Mai",
        offers=(("Schmetz and Organ needles for home and industrial machines", "sewing_machine_needles"),),
    ),
    sme(
        53,
        "th",
        "โรงเรียนอุดรพัฒนา",
        ISAN,
        DOWN,
        "Udon Thani",
        offers=(("ชุดนักเรียนเก่าที่ผู้ปกครองนำมาคืน", "post_consumer_textile_waste"),),
        needs=(
            need("ชุดนักเรียนชาย หญิง ป.1-ม.6 ไม่ต้องมี มอก.", "school_uniform", waive=("Thai Industrial Standard",)),
            need("ปักชื่อและตราโรงเรียนบนอกเสื้อ", "embroidery_service"),
        ),
        bcg=("circular",),
    ),
    sme(
        54,
        "en",
        "SoleMate Shoe Supplies",
        CIRC,
        MID,
        "Ratchaburi",
        offers=(("Vibram and local rubber soling, heel lifts, contact cement", "shoe_repair_materials"),),
    ),
    sme(
        55,
        "en",
        "Phu Phan Indigo Works",
        ISAN,
        MID,
        "Sakon Nakhon",
        offers=(
            ("Natural indigo vat dyeing of your yarn or cloth", "indigo_dyeing_service"),
            ("Handloom indigo cotton yardage, fermented vat", "indigo_dyed_cotton_fabric"),
        ),
        needs=(need("Fresh indigo leaves or paste from local growers", "natural_indigo_dye"),),
        bcg=("bio",),
    ),
    sme(
        56,
        "en",
        "Mae Rim Hemp Weavers",
        HEMP,
        MID,
        "Chiang Mai",
        offers=(("Handwoven hemp cloth, 60 cm wide", "hemp_fabric"),),
        needs=(
            need("Spun hemp for our looms, Nm 10-14", "hemp_yarn"),
            need("Indigo dyeing of our hemp cloth (we supply the cloth)", "indigo_dyeing_service"),
        ),
        bcg=("bio",),
    ),
    sme(
        57,
        "en",
        "Northern Organic Spinning",
        HEMP,
        UP,
        "Chiang Rai",
        offers=(("GOTS organic cotton yarn, Ne 20/1", "organic_cotton_yarn"),),
        needs=(need("Seed cotton from Organic Thailand farms", "seed_cotton", req=(ORGANIC_TH,)),),
        certs=("GOTS",),
        bcg=("bio",),
    ),
    sme(
        58,
        "th",
        "กลุ่มปลูกฝ้ายอินทรีย์ น่าน",
        HEMP,
        UP,
        "Nan",
        offers=(
            ("ฝ้ายดอกทั้งเมล็ด ปลูกแบบอินทรีย์", "seed_cotton"),
            ("ฝ้ายอินทรีย์แยกเมล็ดแล้ว พร้อมเข็น กิโลละ 90 บาท", "cotton_lint"),
        ),
        needs=(unmet("เมล็ดพันธุ์ฝ้ายพื้นเมือง", "cotton_seed", "no one offers seed"),),
        certs=(ORGANIC_TH,),
        bcg=("bio",),
    ),
    sme(
        59,
        "th",
        "กลุ่มปลูกครามบ้านพันนา",
        ISAN,
        UP,
        "Sakon Nakhon",
        offers=(("ครามก้อน ส่งทั่วประเทศ", "natural_indigo_dye"),),
        needs=(unmet("โอ่งมังกรสำหรับหมักคราม", "fermentation_jar", "no one offers jars"),),
        bcg=("bio",),
    ),
    sme(
        60,
        "th",
        "ขอนแก่นลอนดรี้",
        ISAN,
        MID,
        "Khon Kaen",
        offers=(("ซักผ้าปู ปลอกหมอน ให้โรงพยาบาลและรีสอร์ท", "linen_laundry_service"),),
        needs=(need("ถุงใส่ผ้าสกปรกจากห้องพัก", "laundry_bag"),),
        bcg=("green",),
    ),
    sme(
        61,
        "th",
        "ช่างเอก จักรมือสอง เชียงใหม่",
        CIRC,
        MID,
        "Chiang Mai",
        offers=(
            ("จักรมือสองปรับสภาพแล้ว รับประกัน 3 เดือน", "reconditioned_sewing_machine"),
            ("ให้เช่าจักรอุตสาหกรรม รายเดือน", "sewing_machine_rental"),
        ),
        bcg=("circular",),
    ),
    sme(
        62,
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านหวาย",
        ISAN,
        MID,
        "Roi Et",
        offers=(("ผ้าฝ้ายทอมือ หน้ากว้าง 1 เมตร สีพื้น", "handwoven_cotton_fabric"),),
        needs=(need("ฝ้ายเข็ญ สีธรรมชาติ ตราโอทอปไม่จำเป็น", "handspun_cotton_yarn", waive=("OTOP",)),),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        63,
        "en",
        "SoftKnit Mills",
        CENTRAL,
        MID,
        "Samut Sakhon",
        offers=(("Cotton single jersey 180 gsm, OEKO-TEX Standard 100", "cotton_jersey_fabric"),),
        needs=(need("Cotton count 30s for knitting, 2 t a month", "ring_spun_cotton_yarn", "organic_cotton_yarn"),),
        certs=(OEKO,),
    ),
    sme(
        64,
        "en",
        "Eastern rPET Knitting",
        SPORT,
        MID,
        "Chonburi",
        offers=(("Recycled polyester mesh and interlock, GRS", "recycled_polyester_knit_fabric"),),
        needs=(
            unmet("recycled polyester filament yarn 75D", "recycled_polyester_yarn", "no one offers filament yarn"),
        ),
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        65,
        "en",
        "HotelLinen Direct",
        CENTRAL,
        DOWN,
        "Chonburi",
        offers=(
            ("Percale bed sheets T250 for hotels, white", "bed_sheets"),
            ("Terry bath towels 600 gsm", "towels"),
        ),
        needs=(need("Cotton percale fabric 280 cm wide", "cotton_woven_fabric"),),
    ),
    sme(
        66,
        "en",
        "MedWear Thailand",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        offers=(
            ("Reusable tie-back patient gowns", "patient_gown"),
            ("Surgical scrubs for nursing staff", "medical_scrubs"),
        ),
        needs=(need("bleached cotton poplin 150 cm", "cotton_woven_fabric"),),
        certs=("ISO 13485",),
    ),
    sme(
        67,
        "en",
        "Patong Beach Resort",
        SPORT,
        DOWN,
        "Phuket",
        offers=(),
        needs=(
            need("Bathrobes and pool towels", "bathrobes", "towels"),
            need("Ready-made staff uniforms for 120 team members", "staff_uniform"),
        ),
    ),
    sme(
        68,
        "en",
        "Isan Elder Comfort",
        ISAN,
        DOWN,
        "Udon Thani",
        offers=(("Washable incontinence briefs and bed pads", "washable_incontinence_pad"),),
        needs=(
            unmet("Absorbent bamboo terry fabric", "bamboo_terry_fabric", "no one offers bamboo terry"),
            unmet("Waterproof TPU laminate, OEKO-TEX", "tpu_laminate", "no one offers laminates", req=(OEKO,)),
        ),
    ),
    sme(
        69,
        "en",
        "KickOff Teamwear",
        SPORT,
        DOWN,
        "Trang",
        offers=(("Custom football jerseys, sublimated", "sports_jersey"),),
        needs=(
            need("Jersey fabric made from recycled PET bottles, GRS", "recycled_polyester_knit_fabric", req=("GRS",)),
            need("Dye-sub printing of jersey panels, our fabric", "sublimation_printing_service"),
        ),
    ),
    sme(
        70,
        "th",
        "อ่างทองรับจ้างเย็บ",
        CENTRAL,
        MID,
        "Ang Thong",
        offers=(("รับจ้างเย็บผ้าปูที่นอน ปลอกหมอน งานโรงแรม", "cmt_sewing_service"),),
        needs=(
            need("ผ้าฝ้ายล้วนหน้ากว้างพิเศษ สำหรับผ้าปูคิงไซซ์", "cotton_woven_fabric"),
            need("จักรเย็บชั่วคราว 10 ตัว ช่วงออเดอร์ล้น", "sewing_machine_rental"),
        ),
    ),
    sme(
        71,
        "th",
        "ผ้าเก่าเล่าใหม่ สตูดิโอ",
        CIRC,
        DOWN,
        "Chiang Mai",
        offers=(
            ("ผ้าห่มควิลท์ปะติดจากเศษผ้า", "patchwork_quilt"),
            ("รับแปลงเสื้อผ้าเก่าของลูกค้าเป็นกระเป๋า หมอน", "upcycling_service"),
        ),
        needs=(
            need("เศษผ้าฝ้ายบาง ชิ้นใหญ่ ไม่เอายีนส์", "cotton_cutting_waste"),
            need(
                "ไส้หมอนอิง ใยนุ่น ใยโพลีรีไซเคิล หรือใยฝ้ายรีไซเคิลก็ได้",
                "kapok_fibre",
                "recycled_stuffing_fibre",
                "recycled_cotton_fibre",
            ),
        ),
        bcg=("circular",),
    ),
    sme(
        72,
        "th",
        "โบ๊เบ๊ งานปัก",
        CIRC,
        MID,
        "Bangkok",
        offers=(("รับปักโลโก้ ชื่อ บนเสื้อของลูกค้า", "embroidery_service"),),
        needs=(unmet("ด้ายปักเรยอน Madeira", "embroidery_thread", "no one offers embroidery thread"),),
    ),
    sme(
        73,
        "th",
        "กระดุมกะลา นครศรีฯ",
        HEMP,
        MID,
        "Nakhon Si Thammarat",
        offers=(("กระดุมกะลามะพร้าว ขัดเงา 15 มม.", "buttons"),),
        bcg=("bio",),
    ),
    sme(
        74,
        "th",
        "เศษหนัง บางพลี",
        CIRC,
        UP,
        "Samut Prakan",
        offers=(("เศษหนังวัวจากโรงงานกระเป๋า กิโลละ 80", "leather_offcuts"),),
        bcg=("circular",),
    ),
    sme(
        75,
        "th",
        "ถุงผ้าซักรีด นครชัยศรี",
        CIRC,
        MID,
        "Nakhon Pathom",
        offers=(("ถุงใส่ผ้าซักรีด ผ้าแคนวาส สกรีนชื่อโรงแรม", "laundry_bag"),),
        needs=(need("ผ้าใบฝ้ายเนื้อหนา สำหรับเย็บถุง", "cotton_woven_fabric"),),
    ),
    # ------------------------------------------------------------ 076-095: collectors, mills, institutions
    sme(
        76,
        "th",
        "ธนาคารผ้าเก่า บุรีรัมย์",
        ISAN,
        UP,
        "Buriram",
        offers=(("ผ้าเก่าจากชุมชน ชั่งกิโลขาย", "post_consumer_textile_waste"),),
        needs=(unmet("อยากได้วิทยากรมาสอนซ่อมผ้าให้ชาวบ้าน", "repair_training", "no one offers training"),),
        bcg=("circular",),
    ),
    sme(
        77,
        "th",
        "โรงงานยีนส์ แม่สอด",
        CIRC,
        MID,
        "Tak",
        offers=(("เศษผ้ายีนส์จากห้องตัด ชิ้นใหญ่", "denim_scraps"),),
        needs=(need("หมุดย้ำกางเกงยีนส์ สีทองแดง", "snap_fasteners"),),
    ),
    sme(
        78,
        "th",
        "สระบุรี ปั่นด้ายรีไซเคิล",
        CIRC,
        UP,
        "Saraburi",
        offers=(
            ("ด้ายรีไซเคิลฝ้ายผสมโพลี OE 8/1", "recycled_cotton_yarn"),
            ("ใยฝ้ายรีไซเคิลเปิดปุยแล้ว", "recycled_cotton_fibre"),
        ),
        needs=(unmet("เกล็ดขวด PET ล้างแล้ว", "pet_flakes", "no one offers PET flakes"),),
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        79,
        "th",
        "นุ่นบ้านหมี่ ลพบุรี",
        HEMP,
        UP,
        "Lopburi",
        offers=(("ใยนุ่นธรรมชาติ ยัดหมอน ที่นอน", "kapok_fibre"),),
        bcg=("bio",),
    ),
    sme(
        80,
        "th",
        "กระเป๋ากัญชง แม่แจ่ม",
        HEMP,
        DOWN,
        "Chiang Mai",
        offers=(("กระเป๋าผ้าใยกัญชง เขียนเทียน ย้อมคราม", "tote_bag"),),
        needs=(need("ผ้าเฮมพ์ ผืนยาว", "hemp_fabric"),),
        bcg=("bio",),
    ),
    sme(
        81,
        "th",
        "ปทุมเท็กซ์ไทล์ ผ้าทอ",
        CENTRAL,
        MID,
        "Pathum Thani",
        offers=(
            ("ผ้าทอคอตตอน 100% ผ้าปู ทวิล แคนวาส หน้ากว้างถึง 280 ซม.", "cotton_woven_fabric"),
            ("ผ้าปูที่นอนโรงแรม สำเร็จรูป", "bed_sheets"),
        ),
        needs=(need("ด้ายฝ้ายออร์แกนิก ต้องมีใบรับรอง GOTS", "organic_cotton_yarn", req=("GOTS",)),),
    ),
    sme(
        82,
        "th",
        "ผ้าขนหนู ปากเกร็ด",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        offers=(
            ("ผ้าขนหนูโรงแรม 16x32 นิ้ว", "towels"),
            ("เสื้อคลุมอาบน้ำ ผ้าวาฟเฟิล", "bathrobes"),
        ),
    ),
    sme(
        83,
        "th",
        "ขอนแก่นเมดิคอลการ์เมนท์",
        ISAN,
        MID,
        "Khon Kaen",
        offers=(("ชุดคนไข้ เสื้อผูกหลัง กางเกงเอวยาง", "patient_gown"),),
        needs=(need("อีลาสติกถัก 1 นิ้ว", "elastic_tape"),),
    ),
    sme(
        84,
        "th",
        "ร้านยูนิฟอร์ม อุดร",
        CIRC,
        DOWN,
        "Udon Thani",
        offers=(
            ("ชุดนักเรียน ชุดลูกเสือ ครบไซซ์", "school_uniform"),
            ("ชุดพนักงานโรงแรม ตัดตามแบบ", "staff_uniform"),
        ),
        needs=(need("ปักชื่อนักเรียน ปักตราโรงเรียน", "embroidery_service"),),
    ),
    sme(
        85,
        "th",
        "โคราช แคร์แวร์",
        ISAN,
        DOWN,
        "Nakhon Ratchasima",
        offers=(
            ("เสื้อผู้สูงอายุ ติดแม่เหล็กแทนกระดุม", "adaptive_clothing"),
            ("แผ่นรองซับซักได้", "washable_incontinence_pad"),
        ),
        needs=(
            need("ผ้ายืดคอตตอน ผ่านการรับรอง OEKO-TEX", "cotton_jersey_fabric", req=(OEKO,)),
            need("เวลโครติดเสื้อ สีขาว", "hook_and_loop_tape"),
        ),
    ),
    sme(
        86,
        "en",
        "Siam Ring Spinning",
        CENTRAL,
        UP,
        "Kanchanaburi",
        offers=(("Combed ring-spun cotton yarn, Ne 30 and 40", "ring_spun_cotton_yarn"),),
        needs=(need("Raw cotton lint, Thai or imported", "cotton_lint"),),
    ),
    sme(
        87,
        "en",
        "Loop & Co. Resale",
        CIRC,
        DOWN,
        "Bangkok",
        offers=(("Consignment resale of pre-loved branded clothing", "consignment_resale_service"),),
        needs=(need("Small seam and button repairs before resale", "mending_service"),),
        bcg=("circular",),
    ),
    sme(
        88,
        "en",
        "Northeast Rehab Hospital",
        ISAN,
        DOWN,
        "Khon Kaen",
        offers=(),
        needs=(
            need("Inpatient wear, gown type, from an ISO 13485 certified maker", "patient_gown", req=("ISO 13485",)),
            need(
                "Draw sheets and flat sheets for ward beds, OEKO-TEX welcome but not required",
                "bed_sheets",
                waive=(OEKO,),
            ),
        ),
    ),
    sme(
        89,
        "en",
        "Kin Hemp Label",
        HEMP,
        DOWN,
        "Bangkok",
        offers=(("Hemp shirts and trousers, undyed", "hemp_garments"),),
        needs=(need("Hemp yardage for shirting; GOTS not required", "hemp_fabric", waive=("GOTS",)),),
        bcg=("bio",),
    ),
    sme(
        90,
        "th",
        "โรงแรมริมน้ำ อยุธยา",
        CENTRAL,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        offers=(),
        needs=(
            need("ผ้าปูเตียงสีขาว 80 ห้อง ฉลากเขียวไม่บังคับ", "bed_sheets", waive=("Thai Green Label",)),
            unmet("อยากได้คนมารับผ้าเช็ดตัวเก่าไปรีไซเคิล", "waste_pickup_service", "no one offers pick-up"),
        ),
    ),
    sme(
        91,
        "th",
        "ลำพูน คัดแยกผ้า",
        CIRC,
        MID,
        "Lamphun",
        offers=(("รับคัดแยกผ้าเก่าตามชนิดเส้นใย", "textile_sorting_service"),),
        needs=(need("ผ้าโกดังญี่ปุ่น ยกกระสอบ", "secondhand_clothing_bales"),),
        bcg=("circular",),
    ),
    sme(
        92,
        "th",
        "อุบล ริเวอร์ สปา",
        ISAN,
        DOWN,
        "Ubon Ratchathani",
        offers=(),
        needs=(
            need("ชุดพนักงานสปา ผ้าฝ้ายย้อมคราม", "staff_uniform"),
            need("แปลงผ้าปูเตียงนวดเก่าเป็นถุงผ้าแจกลูกค้า", "upcycling_service"),
        ),
    ),
    sme(
        93,
        "en",
        "ProStitch Embroidery",
        SPORT,
        MID,
        "Surat Thani",
        offers=(("Logo embroidery on your polos and caps", "embroidery_service"),),
        needs=(unmet("Blank pique polo shirts for corporate orders", "blank_polo_shirts", "no one offers blanks"),),
    ),
    sme(
        94,
        "th",
        "หาดใหญ่ เสื้อผ้ามือสองนำเข้า",
        CIRC,
        UP,
        "Songkhla",
        offers=(("เบลเสื้อผ้ามือสองญี่ปุ่น คัดเกรด 100 กก. ส่งหลาดนัดทั่วใต้", "secondhand_clothing_bales"),),
        needs=(need("มีร้านไหนรับซ่อมกระเป๋าแบรนด์เนมบ้าง", "bag_repair_service"),),
        bcg=("circular",),
    ),
    sme(95, "th", "กลุ่มสาวไหม บ้านสวาย", ISAN, UP, "Surin", offers=(("ไหมสาวมือ ไหมพันธุ์ไทย", "silk_yarn"),), bcg=("bio",)),
)

# ---------------------------------------------------------------- checks

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9.\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
THAI_CHAR = re.compile("[\u0e01-\u0e5b]")
CERT_BY_NAME = {c.name: c for c in CERTIFICATIONS}

# Size targets of the brief.
LINKS_RANGE = (160, 180)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)
UNMET_RANGE = (17, 23)
SMALL_SHARE_MIN = 0.70  # met needs with 1-3 suppliers


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def thai_share(text: str) -> float:
    thai = sum(1 for ch in text if THAI_CHAR.match(ch))
    latin = sum(1 for ch in text if ch.isalpha() and not THAI_CHAR.match(ch))
    return thai / (thai + latin) if thai + latin else 0.0


def latin_only(text: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "–—‘’“”×" for ch in text)


def mentions(text: str, cert: str) -> bool:
    """Whether `text` names `cert` at all, claimed, required or negated."""
    entry = CERT_BY_NAME[cert]
    folded = nfkc(text).casefold()
    names = (entry.name, entry.full_name, *entry.aliases, *entry.mentions, *entry.case_sensitive_mentions)
    return any(nfkc(name).casefold() in folded for name in names)


def held(smeobj: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in smeobj.certifications)


def qualifies(supplier: Sme, buyer: Sme, need_: Need) -> bool:
    if supplier.id == buyer.id:
        return False
    if not any(label in need_.labels for _, label in supplier.offers):
        return False
    return set(need_.requires) <= held(supplier)


def suppliers_of(smes: tuple[Sme, ...], buyer: Sme, need_: Need) -> list[str]:
    return [s.id for s in smes if qualifies(s, buyer, need_)]


def true_links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    pairs = {
        (sid, buyer.id)
        for buyer in smes
        for need_ in buyer.needs
        if not need_.unmet
        for sid in suppliers_of(smes, buyer, need_)
    }
    return sorted(pairs)


def profile_record(s: Sme) -> dict[str, object]:
    record: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certifications:
        record["certifications"] = list(s.certifications)
    if s.bcg:
        record["bcg"] = list(s.bcg)
    record["contact_email"] = f"contact.{s.id.replace('-', '')}@example.co.th"
    record["language"] = s.language
    return record


def check_profile(s: Sme, errors: list[str]) -> None:
    where = s.id
    if not ID_RE.match(s.id):
        errors.append(f"{where}: malformed id")
    if not s.name.strip():
        errors.append(f"{where}: empty name")
    if s.sub_cluster not in {v.value for v in SubCluster}:
        errors.append(f"{where}: bad sub_cluster {s.sub_cluster!r}")
    if s.stage not in {v.value for v in Stage}:
        errors.append(f"{where}: bad stage {s.stage!r}")
    province = resolve_province(s.province)
    if province is None or province.name_en != s.province:
        errors.append(f"{where}: province {s.province!r} is not an English province name")
    for cert in s.certifications:
        if resolve_certification(cert) != cert:
            errors.append(f"{where}: certification {cert!r} is not a canonical name")
    for tag in s.bcg:
        if tag not in {v.value for v in BcgTag}:
            errors.append(f"{where}: bad bcg tag {tag!r}")
    if len(set(s.bcg)) != len(s.bcg) or len(set(s.certifications)) != len(s.certifications):
        errors.append(f"{where}: repeated bcg tag or certification")
    if s.language not in ("th", "en"):
        errors.append(f"{where}: bad language {s.language!r}")
    if not EMAIL_RE.match(str(profile_record(s)["contact_email"])):
        errors.append(f"{where}: bad email")
    if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
        errors.append(f"{where}: needs 0-3 offers and 0-3 needs, and at least one of them")
    texts = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
    if len(set(texts[1:])) != len(texts) - 1:
        errors.append(f"{where}: repeated phrase")
    for text in texts:
        if text != text.strip() or not text or "  " in text:
            errors.append(f"{where}: untidy phrase {text!r}")
        if s.language == "th" and thai_share(text) < 0.5:
            errors.append(f"{where}: Thai phrase mostly not Thai: {text!r}")
        if s.language == "en" and not latin_only(text):
            errors.append(f"{where}: English phrase with non-Latin letters: {text!r}")
    for text, label in s.offers:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", label):
            errors.append(f"{where}: bad label {label!r}")
        claimed = find_certifications(text)
        if not claimed <= held(s):
            errors.append(f"{where}: offer claims {sorted(claimed - held(s))} the SME does not hold: {text!r}")
    for n in s.needs:
        found = find_certifications(n.text)
        if found != set(n.requires):
            errors.append(f"{where}: need text asks for {sorted(found)}, labelled {list(n.requires)}: {n.text!r}")
        for cert in (*n.requires, *n.waives):
            if cert not in CERT_BY_NAME:
                errors.append(f"{where}: unknown certification {cert!r}")
            elif not mentions(n.text, cert):
                errors.append(f"{where}: certification {cert!r} not named in {n.text!r}")
        if set(n.requires) & set(n.waives):
            errors.append(f"{where}: a certification both required and waived: {n.text!r}")
        if not n.labels:
            errors.append(f"{where}: need without labels: {n.text!r}")


def check_all(smes: tuple[Sme, ...]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append(f"ids are not {PREFIX}-001 .. {PREFIX}-{N_PROFILES:03d} in order ({len(ids)} profiles)")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for s in smes:
        check_profile(s, errors)
    offer_texts = {nfkc(t).casefold() for s in smes for t, _ in s.offers}
    for buyer in smes:
        for n in buyer.needs:
            if nfkc(n.text).casefold() in offer_texts:
                errors.append(f"{buyer.id}: need worded exactly like an offer: {n.text!r}")
            offered = {label for s in smes if s.id != buyer.id for _, label in s.offers}
            found = suppliers_of(smes, buyer, n)
            if n.unmet:
                if found or set(n.labels) & offered:
                    errors.append(f"{buyer.id}: need marked unmet is offered by {found or 'someone'}: {n.text!r}")
            else:
                missing = [label for label in n.labels if label not in offered]
                if missing:
                    errors.append(f"{buyer.id}: labels {missing} offered by no one else: {n.text!r}")
                if not found:
                    errors.append(f"{buyer.id}: no qualified supplier for {n.text!r}")
    return errors


def check_targets(smes: tuple[Sme, ...], stats: dict[str, float]) -> list[str]:
    errors: list[str] = []

    def within(name: str, value: float, bounds: tuple[float, float]) -> None:
        if not bounds[0] <= value <= bounds[1]:
            errors.append(f"target: {name} = {value:.3g}, wanted {bounds[0]}-{bounds[1]}")

    within("true links", stats["links"], LINKS_RANGE)
    within("Thai share of profiles", stats["thai"] / max(1, stats["profiles"]), THAI_SHARE_RANGE)
    within("cross-language share of links", stats["cross"] / max(1, stats["links"]), CROSS_SHARE_RANGE)
    within("needs met by no one", stats["unmet"], UNMET_RANGE)
    small = stats["met_small"] / max(1, stats["met"])
    if small < SMALL_SHARE_MIN:
        errors.append(f"target: only {small:.0%} of met needs have 1-3 suppliers")
    if stats["met_large"] == 0:
        errors.append("target: no need is met by more than 3 suppliers")
    return errors


# ---------------------------------------------------------------- counts and files


def statistics(smes: tuple[Sme, ...]) -> tuple[dict[str, float], list[tuple[str, str]]]:
    by_id = {s.id: s for s in smes}
    links = true_links(smes)
    met = [len(suppliers_of(smes, b, n)) for b in smes for n in b.needs if not n.unmet]
    th_en = sum(1 for a, b in links if by_id[a].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for a, b in links if by_id[a].language == "en" and by_id[b].language == "th")
    stats: dict[str, float] = {
        "profiles": len(smes),
        "thai": sum(1 for s in smes if s.language == "th"),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross": th_en + en_th,
        "met": len(met),
        "met_small": sum(1 for k in met if 1 <= k <= 3),
        "met_large": sum(1 for k in met if k > 3),
        "unmet": sum(1 for s in smes for n in s.needs if n.unmet),
    }
    return stats, links


def region_of(s: Sme) -> Region:
    province = resolve_province(s.province)
    if province is None:
        raise ValueError(f"{s.id}: unknown province {s.province!r}")
    return province.region


def counts_table(smes: tuple[Sme, ...]) -> str:
    stats, links = statistics(smes)
    by_id = {s.id: s for s in smes}
    rows: list[tuple[str, str]] = []
    n_profiles = len(smes)
    rows.append(("profiles", str(n_profiles)))
    thai = int(stats["thai"])
    rows.append(("Thai / English profiles", f"{thai} / {n_profiles - thai}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster `{sub.value}`", str(sum(1 for s in smes if s.sub_cluster == sub.value))))
    for stage in Stage:
        rows.append((f"stage `{stage.value}`", str(sum(1 for s in smes if s.stage == stage.value))))
    regions = Counter(region_of(s) for s in smes)
    for region in Region:
        rows.append((f"region `{region.value}`", str(regions.get(region, 0))))
    rows.append(("distinct provinces", str(len({s.province for s in smes}))))
    rows.append(("offers", str(sum(len(s.offers) for s in smes))))
    rows.append(("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))))
    needs = [n for s in smes for n in s.needs]
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{int(stats['met'])} / {int(stats['unmet'])}"))
    rows.append(("needs requiring a certification", str(sum(1 for n in needs if n.requires))))
    rows.append(("needs waiving a certification", str(sum(1 for n in needs if n.waives))))
    n_links = len(links)
    rows.append(("true links", str(n_links)))
    rows.append(("links Thai supplier -> English buyer", str(int(stats["th_en"]))))
    rows.append(("links English supplier -> Thai buyer", str(int(stats["en_th"]))))
    cross = int(stats["cross"])
    share = cross / n_links if n_links else 0.0
    rows.append(("cross-language links (share)", f"{cross} ({share:.1%})"))
    rows.append(("within-language links", str(n_links - cross)))
    other = sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster)
    rows.append(("links between different sub-clusters", str(other)))
    width = max(len(name) for name, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {name.ljust(width)} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


def detail(smes: tuple[Sme, ...]) -> None:
    """Print each need with its suppliers (for the writer; `write.py --detail`)."""
    for buyer in smes:
        for n in buyer.needs:
            found = suppliers_of(smes, buyer, n)
            mark = "UNMET" if n.unmet else str(len(found))
            print(f"{buyer.id} [{mark}] {'/'.join(n.labels)} <- {' '.join(found)}")
    offered = Counter(label for s in smes for label in {label for _, label in s.offers})
    print(" ".join(f"{label}:{k}" for label, k in sorted(offered.items())))


README = """# `eval/blind_plain_repair`: repair, care and second life, plain registry wording

A hand-labelled test set for the partner matchmaking of the Health and Wellness Economy
textile cluster. It measures how well the matcher finds the true supplier -> buyer pairs
from short registry phrases it has never seen, in Thai and English.

## What the set checks

95 SME profiles (`brp-001` ... `brp-095`) written as plain registry entries: one short
phrase per offer or need, 1-3 of each (a few SMEs have no offers or no needs). The theme is
repair, care and second life: alterations, mending and darning, zip and button
replacement, re-dyeing, laundries and dry cleaners, shoe and bag repair, upcycling,
take-back, resale, rental wardrobes, swap events, sorting, donation centres and the
buyers of what they sort, sewing-machine repairers and their parts, hotels, hospitals,
care homes, schools and brands as customers, plus ordinary upstream and midstream
suppliers (hemp, cotton, silk, indigo, recycled fibre and yarn, woven and knitted cloth).

The same kind of goods is written in many ways (local and regional names, trade words,
brand names, abbreviations, quantities, prices, sizes and places), and needs are worded
differently from the offers that meet them, often in the other language. Hard but fair
cases include a service versus the goods it works on (dyeing the customer's cloth versus
dyed cloth, sewing for others versus finished garments), the customer's own goods sent for
work, waste and used goods versus new, raw versus processed (fibre, yarn, cloth,
product), finished goods described by their material, colour or technique, needs written
as a wish, a bare noun phrase or a question, refusals, needs that require a named
certification and needs that name one only to waive it, and needs that no one in the set
meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (cluster profiles, JSONL
version 1, and the links CSV), `shared/taxonomy.py` with its data files, and the ruff
settings of `pyproject.toml`. The writer did not look at the matcher, the glossary, the
tests, the other evaluation sets or the shared data, and did not run the matcher. All
data, including the labels, lives in `write.py`; the labels are not in the output files.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `tote_bag` for a bag of
handwoven indigo cotton). Every need lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one with a short note.
A pair (supplier, buyer) is a true link when some offer of the supplier carries a label
listed by one of the buyer's needs and the supplier's certifications hold every
certification that need requires. An SME is never linked to itself. Shared words play no
part; quantities, prices and places never decide a link; what changes what the thing is
does. A certification that a need names only to waive it is not required.

Before writing, the script checks ids, every contract field (provinces resolve with
`resolve_province` to their English name, certifications are canonical for
`resolve_certification`, sub-cluster, stage and BCG tags are the taxonomy's values), that
the certifications a need's text asks for (`find_certifications`) are exactly the ones it
is labelled as requiring, that waived ones are named in the text, that every listed label
is offered by someone other than the buyer, that every met need has a qualified supplier
and every unmet one has none, that Thai phrases are mostly Thai letters and English ones
Latin only, and the size targets. It writes nothing if any check fails, and two runs give
identical bytes.

## Regenerate

From the repository root:

```
.venv/bin/python eval/blind_plain_repair/write.py
```

`write.py --detail` also prints every need with its suppliers.

## Files

- `write.py`: the data, the checks and the writer.
- `profiles.jsonl`: the 95 profiles, contract JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

@TABLE@"""


def render(smes: tuple[Sme, ...]) -> dict[str, bytes]:
    profiles = "".join(json.dumps(profile_record(s), ensure_ascii=False) + "\n" for s in smes)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(true_links(smes))
    readme = README.replace("@TABLE@", counts_table(smes))
    return {
        "profiles.jsonl": profiles.encode("utf-8"),
        "links.csv": buffer.getvalue().encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }


def main() -> int:
    if "--detail" in sys.argv:
        detail(SMES)
    errors = check_all(SMES)
    stats, _ = statistics(SMES)
    errors += check_targets(SMES, stats)
    table = counts_table(SMES)
    print(table)
    for error in errors:
        print("ERROR:", error, file=sys.stderr)
    files = render(SMES)
    if files != render(SMES):
        errors.append("two renderings differ")
    if errors:
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    print(f"wrote {', '.join(files)} to {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
