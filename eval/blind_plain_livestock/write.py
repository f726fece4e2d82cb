"""Write the hand-labelled evaluation set `eval/blind_plain_livestock/`.

Farm animals, horses and livestock: 95 plain registry entries (Thai and English) of a Thai textile
and lifestyle SME cluster, with the true supplier -> buyer links.

Every offer is a (text, label) pair; the label says what the thing is. Every need lists the offer
labels that would meet it and the certifications its text requires (or waives), or is marked as met
by no one with a short note. Labels live only in this script; the profiles carry none.

Run from the repository root:  .venv/bin/python eval/blind_plain_livestock/write.py
It checks everything first and writes nothing if a check fails.
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "blv"
N_PROFILES = 95
LINKS_MIN, LINKS_MAX = 160, 180
THAI_SHARE = (0.50, 0.60)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
AGC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AGI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value
BIO = BcgTag.BIO.value
CIRCULAR = BcgTag.CIRCULAR.value
GREEN = BcgTag.GREEN.value


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str | None = None  # set: met by no one (labels, if any, say what it would take)


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def nobody(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, (), note)


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = ()
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    email: str = field(default="")

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


MAILBOXES = ("info", "sales", "contact", "office", "hello")


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    offers: list[tuple[str, str]] | None = None,
    needs: list[Need] | None = None,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    email = f"{MAILBOXES[num % len(MAILBOXES)]}@{PREFIX}{num:03d}.example.co.th"
    return Sme(
        num, language, name, sub_cluster, stage, province, tuple(offers or ()), tuple(needs or ()), certs, bcg, email
    )


# ------------------------------------------------------------------ the profiles

SMES: tuple[Sme, ...] = (
    # ---- 001-025: fibre, sacks, nets, dairy cloth, indigo, horse goods
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านแม่แรม",
        HEMP,
        UP,
        "Chiang Mai",
        [("เปลือกกัญชงลอกมือ ตากแห้ง ขายยกมัด", "raw_hemp_fibre"), ("ด้ายกัญชงเข็นมือ สีธรรมชาติ", "hemp_yarn")],
        [need("หาคนรับย้อมห้อมให้ด้ายของกลุ่ม ปีละ 200 กก.", "indigo_dyeing_service")],
        certs=("Organic Thailand",),
        bcg=(BIO,),
    ),
    sme(
        2,
        "en",
        "Lanna Hemp Loom Co., Ltd.",
        HEMP,
        MID,
        "Chiang Rai",
        [
            ("Hemp canvas 280 gsm, loomstate, 150 cm wide", "hemp_fabric"),
            ("Hemp/cotton 55/45 blend yarn Nm 8", "hemp_yarn"),
        ],
        [
            need("Decorticated hemp bast, baled", "raw_hemp_fibre"),
            need(
                "Plant dyeing of our greige rolls - no synthetic dye", "indigo_dyeing_service", "natural_dyeing_service"
            ),
        ],
        bcg=(BIO,),
    ),
    sme(
        3,
        "th",
        "กลุ่มผู้ปลูกกัญชงบ้านรวมไทย",
        HEMP,
        UP,
        "Tak",
        [("ใยกัญชงขูดแล้ว พร้อมปั่น ขั้นต่ำ 50 กก.", "raw_hemp_fibre")],
        [nobody("เครื่องขูดเปลือกกัญชง มือสองก็ได้", "a decorticating machine, not a textile; no one sells machinery")],
        bcg=(BIO,),
    ),
    sme(
        4,
        "en",
        "Mahachai Sack Recovery",
        CIRC,
        UP,
        "Samut Sakhon",
        [
            ("Used PP feed bags, washed, baled 500 kg", "used_pp_woven_sacks"),
            ("Sack tape cut in 2 cm strips, per kg", "pp_sack_strips"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        5,
        "th",
        "กลุ่มแม่บ้านสานตะกร้าบางบัวทอง",
        AGC,
        DOWN,
        "Nonthaburi",
        [("กระเป๋าสานจากสายกระสอบ ใบละ 250 บาท", "shopping_bag")],
        [need("เส้นพลาสติกตัดจากกระสอบเก่า พร้อมสาน", "pp_sack_strips")],
        bcg=(CIRCULAR,),
    ),
    sme(
        6,
        "en",
        "Eastern Agro-Net Co., Ltd.",
        SPORT,
        MID,
        "Rayong",
        [("Knitted HDPE shade cloth 50-80%, 2 x 100 m rolls", "shade_net")],
        [nobody("UV-stabilised black HDPE monofilament 0.25 mm", "no one in the set extrudes monofilament")],
        certs=("ISO 9001", "TIS"),
    ),
    sme(
        7,
        "th",
        "หจก.สุพรรณสแลนเกษตร",
        SPORT,
        MID,
        "Suphan Buri",
        [
            ("สแลนกรองแสง 70% ตราเรือใบ ม้วนละ 100 ม.", "shade_net"),
            ("ผ้าใบเคลือบพีวีซี ขายยกม้วน หน้ากว้าง 2 ม.", "pvc_tarpaulin_fabric"),
        ],
        [need("ด้ายเย็บโพลีเอสเตอร์ สีดำ หลอดใหญ่", "sewing_thread")],
    ),
    sme(
        8,
        "en",
        "Paet Riu Broiler Farm Co., Ltd.",
        SPORT,
        DOWN,
        "Chachoengsao",
        [],
        [
            need("Side-wall curtains for EVAP broiler houses, 120 m", "poultry_house_curtain"),
            need("Sun cover for the feed-truck yard", "shade_net"),
            need("Coveralls for farm staff, M-XXL", "work_uniform"),
        ],
    ),
    sme(
        9,
        "th",
        "บริษัท โคราชม่านฟาร์ม จำกัด",
        SPORT,
        DOWN,
        "Nakhon Ratchasima",
        [("ม่านโรงเรือนไก่ระบบปิด สั่งตัดตามขนาด", "poultry_house_curtain"), ("ผ้าคลุมกองฟางกันฝน 6x8 ม.", "hay_tarp")],
        [need("ผ้าเต็นท์เคลือบ หนา 0.5 มม. ยกม้วน", "pvc_tarpaulin_fabric")],
    ),
    sme(
        10,
        "en",
        "Khon Kaen Dairy Cooperative Ltd.",
        AGI,
        DOWN,
        "Khon Kaen",
        [],
        [
            need("Reusable cotton udder wipes, 1,000 a month", "udder_towel"),
            need("Disposable milk filters for the bulk tank", "milk_filter_sock"),
            need("Cloth for our new cheese line", "cheese_straining_cloth", "cotton_gauze_fabric"),
        ],
    ),
    sme(
        11,
        "th",
        "โรงทอผ้าขาวบางนครชัยศรี",
        AGC,
        MID,
        "Nakhon Pathom",
        [
            ("ผ้าขาวบางดิบ ม้วน 100 หลา หน้า 36 นิ้ว", "cotton_gauze_fabric"),
            ("ผ้าขาวบางเย็บริม ใช้ห่อเต้าหู้ ห่อชีส", "cheese_straining_cloth"),
        ],
        [need("ฝ้ายดิบ เบอร์ 20 เป็นลูก", "cotton_yarn")],
    ),
    sme(
        12,
        "en",
        "Ban Pong Pakama Weavers",
        AGC,
        MID,
        "Ratchaburi",
        [("Pha khao ma loincloths, checked, handloom", "pakama_cloth")],
        [need("Coloured cotton yarn on cones, red and green", "dyed_cotton_yarn")],
    ),
    sme(
        13,
        "th",
        "กลุ่มย้อมครามบ้านดอนกอย",
        HEMP,
        UP,
        "Sakon Nakhon",
        [("เนื้อครามเปียก ขายเป็นกิโล", "indigo_dye_paste"), ("รับย้อมครามผ้าและด้ายของลูกค้า", "indigo_dyeing_service")],
        [need("ผ้าฝ้ายขาวทอกี่พื้นบ้าน ไว้ย้อมคราม", "handwoven_cotton_fabric")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        14,
        "en",
        "Sakon Indigo Cloth House",
        HEMP,
        MID,
        "Sakon Nakhon",
        [
            ("Indigo-dyed handwoven cotton, 1 m x 15 m", "indigo_dyed_cotton_fabric"),
            ("Mo hom farmer shirts in indigo, unisex", "mo_hom_shirt"),
        ],
        [need("Fermented indigo paste, 20 kg", "indigo_dye_paste")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        15,
        "th",
        "ปางช้างแม่แตง",
        HEMP,
        DOWN,
        "Chiang Mai",
        [],
        [
            need("เสื้อหม้อห้อมให้ควาญช้าง 60 ตัว", "mo_hom_shirt"),
            nobody("เบาะผ้ารองหลังช้างสำหรับนั่งชม", "elephant-back pads: no one makes them; saddle pads are for horses"),
        ],
    ),
    sme(
        16,
        "en",
        "Ratchada Riding Club",
        SPORT,
        DOWN,
        "Bangkok",
        [],
        [
            need("Dressage saddle cloths in club navy, logo embroidered", "saddle_pad"),
            need("Winter rugs for 16 hh warmbloods, 6'3", "horse_rug"),
            need("Fly veils with ears", "fly_mask"),
        ],
    ),
    sme(
        17,
        "th",
        "โรงงานเบาะรองอานสามพราน",
        SPORT,
        DOWN,
        "Nakhon Pathom",
        [("แผ่นรองอานม้า บุใยควิลท์ ปักชื่อได้", "saddle_pad"), ("ผ้าพันขาม้า ผ้าฟลีซ ชุด 4 ม้วน", "horse_leg_wraps")],
        [need("ผ้าควิลท์สำเร็จ เย็บลายข้าวหลามตัด", "quilted_fabric"), need("โพลาร์ฟลีซ สีกรม ยกพับ", "polar_fleece_fabric")],
    ),
    sme(
        18,
        "en",
        "Rangsit Equine Wear",
        SPORT,
        DOWN,
        "Pathum Thani",
        [("Turnout rugs, 1200D ripstop, 200 g fill", "horse_rug"), ("Mesh fly masks, Velcro closure", "fly_mask")],
        [
            need("PU-coated 600D-1200D polyester by the roll", "waterproof_oxford_fabric"),
            need("Black knitted mesh for masks", "polyester_mesh_fabric"),
            need("Velcro strips, 50 mm, black", "hook_loop_tape"),
        ],
    ),
    sme(
        19,
        "th",
        "บริษัท ปากน้ำเทคนิคอลแฟบริค จำกัด",
        SPORT,
        MID,
        "Samut Prakan",
        [
            ("ผ้าอ๊อกซ์ฟอร์ด 600D เคลือบพียู กันน้ำ", "waterproof_oxford_fabric"),
            ("ผ้าตาข่ายโพลีเอสเตอร์ ตาหกเหลี่ยม", "polyester_mesh_fabric"),
        ],
        [need("ด้ายเส้นใยยาวรีไซเคิลจากขวด ต้องได้ GRS", "recycled_polyester_yarn", req=("GRS",))],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        20,
        "en",
        "Bang Saen rPET Fibre Co., Ltd.",
        CIRC,
        UP,
        "Chonburi",
        [
            ("Hollow conjugated rPET staple, 7D x 64 mm", "recycled_polyester_fibre"),
            ("rPET filament yarn 150D/48F", "recycled_polyester_yarn"),
        ],
        [nobody("Baled post-consumer PET bottles", "bottles are not textile; no one in the set collects them")],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        21,
        "th",
        "ร้านรับซื้อกระสอบเก่าเจริญพร",
        CIRC,
        UP,
        "Samut Sakhon",
        [("กระสอบอาหารสัตว์เก่า คัดแล้ว ใบละ 3 บาท", "used_pp_woven_sacks")],
        bcg=(CIRCULAR,),
    ),
    sme(
        22,
        "en",
        "Ayutthaya Woven Poly Co., Ltd.",
        SPORT,
        MID,
        "Phra Nakhon Si Ayutthaya",
        [
            ("Circular-woven PP tubing, 60 cm lay-flat", "pp_woven_fabric"),
            ("New laminated PP feed bags 25 kg, printed", "pp_feed_sack"),
        ],
        [need("Second-hand poly sacks for regrind", "used_pp_woven_sacks")],
        certs=("ISO 9001",),
    ),
    sme(
        23,
        "th",
        "ฟาร์มโคเนื้อท่าวุ้ง",
        SPORT,
        DOWN,
        "Lopburi",
        [],
        [
            need("ถุงหมักหญ้าเนเปียร์ ขนาด 50 กก.", "silage_bag"),
            need("เชือกสนตะพายวัว", "cattle_rope"),
            need("ตาข่ายพรางแสงคลุมคอก", "shade_net"),
        ],
    ),
    sme(
        24,
        "en",
        "Buriram Rope Makers Group",
        AGI,
        DOWN,
        "Buriram",
        [("Hand-twisted buffalo and cow ropes, 3 m", "cattle_rope"), ("Jute twine spools, 3-ply", "jute_twine")],
        [need("Coarse cotton yarn for rope, seconds OK", "cotton_yarn")],
    ),
    sme(
        25,
        "th",
        "กลุ่มเลี้ยงไหมบ้านท่าสว่าง",
        AGI,
        UP,
        "Surin",
        [("เส้นไหมน้อย ไหมพื้นบ้าน สาวมือ", "raw_silk_yarn")],
        [need("หาที่ย้อมเส้นไหมด้วยครั่งกับมะเกลือ", "natural_dyeing_service")],
    ),
    # ---- 026-050: horse gear, fibre and yarn, waste, dyeing and sewing services
    sme(
        26,
        "en",
        "Hua Hin Polo & Country Club",
        SPORT,
        DOWN,
        "Prachuap Khiri Khan",
        [],
        [
            need("Numbered saddle pads for 40 polo ponies", "saddle_pad"),
            need("Cotton lead shanks with bull snap", "lead_rope"),
            need("Polo bandages in team colours", "horse_leg_wraps"),
        ],
    ),
    sme(
        27,
        "th",
        "ฟาร์มม้าปากช่องสตั๊ด",
        SPORT,
        DOWN,
        "Nakhon Ratchasima",
        [("ขนหางม้าตัดแล้ว ยาว 60 ซม. มัดละครึ่งกิโล", "horse_tail_hair")],
        [
            need("ขลุมไนลอน ไซซ์ม้าแข่ง", "horse_halter"),
            need("ผ้าห่มม้าหน้าหนาว", "horse_rug"),
            need("วัสดุรองพื้นคอกม้า แทนขี้กบ", "shredded_textile_bedding", "stall_mat"),
        ],
    ),
    sme(
        28,
        "en",
        "Sampheng Webbing & Trims",
        SPORT,
        MID,
        "Bangkok",
        [
            ("Nylon webbing 25/38/50 mm, 40 colours", "nylon_webbing"),
            ("Hook & loop fastener 20-100 mm, sew-on", "hook_loop_tape"),
            ("Bonded nylon thread for outdoor sewing", "sewing_thread"),
        ],
        [nobody("Brass snap hooks and roller buckles", "metal hardware, not a textile; no one in the set sells it")],
    ),
    sme(
        29,
        "th",
        "ร้านเชือกม้าสันทราย",
        SPORT,
        DOWN,
        "Chiang Mai",
        [
            ("ขลุมม้าสายไนลอน ปรับได้", "horse_halter"),
            ("เชือกจูงม้า ถักกลม 3 ม. หัวตะขอ", "lead_rope"),
            ("หน้ากากกันแมลงม้า ตาข่าย มีหู", "fly_mask"),
        ],
        [need("สายแบน 1 นิ้ว หลายสี ยกม้วน", "nylon_webbing"), need("เชือกถักโพลี 12 มม. ขายเป็นเมตร", "braided_rope_coil")],
    ),
    sme(
        30,
        "en",
        "Nan Highland Hemp",
        HEMP,
        UP,
        "Nan",
        [("Hand-stripped hemp bast, sun-dried", "raw_hemp_fibre")],
        [need("Hessian bags for shipping fibre", "jute_sack")],
        bcg=(BIO,),
    ),
    sme(
        31,
        "en",
        "Lamphun Organic Spinners",
        HEMP,
        UP,
        "Lamphun",
        [("Organic cotton ring-spun Ne 20/1, raw white", "cotton_yarn")],
        [need("Pre-consumer cotton clippings to blend", "cotton_scraps")],
        certs=("GOTS", "OCS"),
        bcg=(BIO, GREEN),
    ),
    sme(32, "th", "โรงปั่นฝ้ายเมืองเลย", AGI, UP, "Loei", [("ฝ้ายเข็นเครื่อง เบอร์ 10-30 สีขาวธรรมชาติ", "cotton_yarn")], []),
    sme(
        33,
        "th",
        "ร้านรับซื้อเศษผ้าบางพลี",
        CIRC,
        UP,
        "Samut Prakan",
        [("เศษผ้าฝ้ายจากโรงงานตัดเย็บ คัดสีแล้ว", "cotton_scraps"), ("เศษผ้ายืดรวมสี กิโลละ 5 บาท", "mixed_knit_scraps")],
        bcg=(CIRCULAR,),
    ),
    sme(
        34,
        "en",
        "Chonburi Re-Fibre Felt",
        CIRC,
        MID,
        "Chonburi",
        [
            ("Shredded textile fluff for stall bedding, 20 kg bags", "shredded_textile_bedding"),
            ("Needle-punched recycled felt 5-10 mm", "recycled_felt_fabric"),
        ],
        [need("Mixed garment off-cuts, any colour", "cotton_scraps", "mixed_knit_scraps")],
        bcg=(CIRCULAR,),
    ),
    sme(
        35,
        "th",
        "กลุ่มใยมะพร้าวปะทิว",
        HEMP,
        UP,
        "Chumphon",
        [("ใยมะพร้าวอัดก้อน ขายตันละ", "coir_fibre"), ("แผ่นใยมะพร้าวปูพื้นคอกสัตว์", "stall_mat")],
        bcg=(BIO,),
    ),
    sme(
        36,
        "th",
        "กลุ่มนุ่นบ้านลาด",
        AGC,
        UP,
        "Phetchaburi",
        [("นุ่นดีดแล้ว ยัดหมอน ที่นอน", "kapok_fibre")],
        [need("ผ้าดิบหนา ทำปลอกที่นอน", "cotton_canvas_fabric")],
        bcg=(BIO,),
    ),
    sme(
        37,
        "en",
        "Doi Saket Sheep Farm",
        HEMP,
        UP,
        "Chiang Mai",
        [("Raw greasy fleece from our Merino-cross flock", "raw_sheep_wool")],
        [
            need("Heavy aprons for shearing days", "work_apron"),
            nobody("Alpaca fibre for blending", "no alpaca fibre in the set"),
        ],
    ),
    sme(
        38,
        "th",
        "ร้านของเก่าสายดับเพลิง",
        CIRC,
        UP,
        "Bangkok",
        [("สายดับเพลิงเก่า ปลดระวาง ยาว 20 ม.", "used_fire_hose")],
        bcg=(CIRCULAR,),
    ),
    sme(
        39,
        "en",
        "Map Ta Phut Poly Yarns",
        SPORT,
        UP,
        "Rayong",
        [("PP multifilament 900-3000 denier for rope", "pp_multifilament_yarn")],
    ),
    sme(
        40,
        "th",
        "ร้านด้ายย้อมปักธงชัย",
        AGI,
        UP,
        "Nakhon Ratchasima",
        [("ด้ายฝ้ายย้อมสีแล้ว 40 สี ลูกละ 1 กก.", "dyed_cotton_yarn")],
        [need("ฝ้ายดิบยังไม่ฟอก เบอร์ 16", "cotton_yarn")],
    ),
    sme(
        41,
        "en",
        "Second Stride Tack Exchange",
        CIRC,
        DOWN,
        "Chiang Mai",
        [("Pre-owned horse rugs and saddle pads, washed", "used_horse_textiles")],
        [nobody("Someone to re-bind and patch worn numnahs", "no one in the set repairs saddle pads")],
        bcg=(CIRCULAR,),
    ),
    sme(
        42,
        "th",
        "กลุ่มฟั่นเชือกปอบ้านหนองแวง",
        AGI,
        DOWN,
        "Roi Et",
        [("เชือกปอผูกควาย ยาววาครึ่ง", "cattle_rope")],
        [need("เส้นพีพีทำเชือก สีเหลือง", "pp_multifilament_yarn")],
    ),
    sme(
        43,
        "th",
        "โรงงานควิลท์บ้านโป่ง",
        SPORT,
        MID,
        "Ratchaburi",
        [("ผ้าควิลท์เย็บใยโพลี 4 ออนซ์ ลายตาราง", "quilted_fabric")],
        [need("ใยโพลีรีไซเคิล แบบปุย", "recycled_polyester_fibre")],
    ),
    sme(
        44,
        "en",
        "Bang Phli Knit Mills",
        SPORT,
        MID,
        "Samut Prakan",
        [
            ("Anti-pill polar fleece 280 gsm, 60 colours", "polar_fleece_fabric"),
            ("Four-way stretch knit for riding tights", "stretch_jersey_fabric"),
        ],
        [need("Recycled polyester filament for fleece, GRS", "recycled_polyester_yarn", req=("GRS",))],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        45,
        "th",
        "โรงย้อมอ้อมน้อย",
        AGC,
        MID,
        "Samut Sakhon",
        [
            ("รับย้อมผ้าผืนของลูกค้า สีรีแอคทีฟ ขั้นต่ำ 200 กก.", "fabric_dyeing_service"),
            ("ผ้าฝ้ายย้อมสีเคมี พร้อมส่ง", "chemical_dyed_cotton_fabric"),
        ],
    ),
    sme(
        46,
        "en",
        "Mae Rim Natural Dye Studio",
        HEMP,
        MID,
        "Chiang Mai",
        [
            ("Vat indigo dyeing on commission, your goods", "indigo_dyeing_service"),
            ("Lac, ebony and mango-bark dyeing for your yarn", "natural_dyeing_service"),
        ],
        [need("Handspun hemp from Organic Thailand farms", "hemp_yarn", req=("Organic Thailand",))],
        bcg=(BIO, GREEN),
    ),
    sme(
        47,
        "th",
        "โรงงานตัดเย็บบางบอน",
        AGC,
        MID,
        "Bangkok",
        [("รับจ้างตัดเย็บ ผ้าลูกค้า ขั้นต่ำ 300 ตัว", "contract_sewing_service"), ("เศษผ้าจากโต๊ะตัด ขายเหมา", "cotton_scraps")],
        [need("ด้ายเย็บผ้า โพลีเอสเตอร์ เบอร์ 40", "sewing_thread")],
    ),
    sme(
        48,
        "en",
        "Udon Cut & Sew",
        AGI,
        MID,
        "Udon Thani",
        [("CMT sewing: you send fabric, we sew", "contract_sewing_service")],
        [need("Spun poly thread on cones", "sewing_thread")],
    ),
    sme(49, "th", "ร้านปักโลโก้ทับเที่ยง", SPORT, MID, "Trang", [("รับปักโลโก้ลงผ้ารองอาน เสื้อ หมวก", "embroidery_service")]),
    sme(
        50,
        "en",
        "Print-On-Sack Services",
        CIRC,
        MID,
        "Nakhon Pathom",
        [("Flexo printing on your own PP sacks, 2 colours", "sack_printing_service")],
    ),
    # ---- 051-075: cloth, sacks, covers, dairy goods, workwear, souvenirs
    sme(
        51,
        "th",
        "โรงทอผ้าใบฝ้ายสุโขทัย",
        AGC,
        MID,
        "Sukhothai",
        [("ผ้าใบฝ้าย แคนวาส เบอร์ 10 ม้วน 50 หลา", "cotton_canvas_fabric")],
        [need("ฝ้ายเส้นใหญ่ เบอร์ 10 ยังไม่ย้อม", "cotton_yarn")],
    ),
    sme(
        52,
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านโพน",
        AGI,
        MID,
        "Kalasin",
        [
            ("ผ้าฝ้ายทอมือ สีขาวดิบ หน้ากว้าง 1 ม.", "handwoven_cotton_fabric"),
            ("ผ้าฝ้ายมัดหมี่ย้อมคราม ทอมือ", "indigo_dyed_cotton_fabric"),
            ("ผ้าขาวม้าทอมือ ลายโบราณ", "pakama_cloth"),
        ],
        [need("ฝ้ายออร์แกนิก มีใบ GOTS", "cotton_yarn", req=("GOTS",))],
        certs=("OTOP",),
    ),
    sme(
        53,
        "en",
        "Krung Thep Uniform Textiles",
        AGC,
        MID,
        "Bangkok",
        [("TC twill 65/35, 200 gsm, for workwear", "cotton_twill_fabric")],
        [need("Reactive dyeing of our greige twill, 5 colours", "fabric_dyeing_service")],
    ),
    sme(
        54,
        "th",
        "โรงงานเคลือบผ้ารังสิต",
        SPORT,
        MID,
        "Pathum Thani",
        [("รับเคลือบกันน้ำ PU/PVC บนผ้าของลูกค้า", "waterproof_coating_service")],
        [
            nobody(
                "น้ำยากันน้ำไร้ฟลูออรีน ต้องมี bluesign", "a finishing chemical: no one in the set sells one", req=("bluesign",)
            )
        ],
    ),
    sme(55, "th", "ร้านด้ายหาดใหญ่", AGC, MID, "Songkhla", [("ด้ายเย็บโพลี 100% ตราสิงห์ หลอด 5,000 หลา", "sewing_thread")]),
    sme(
        56,
        "en",
        "Sattahip Braided Ropes",
        SPORT,
        DOWN,
        "Chonburi",
        [
            ("Braided polyester rope 8-16 mm, by the metre", "braided_rope_coil"),
            ("Rope halters, pony to cob sizes", "horse_halter"),
            ("Lead ropes, trigger clip, 10 ft", "lead_rope"),
        ],
        [need("Polypropylene multifilament, 2,000 den", "pp_multifilament_yarn")],
    ),
    sme(
        57,
        "th",
        "โรงงานกระสอบสานกำแพงแสน",
        SPORT,
        MID,
        "Nakhon Pathom",
        [("กระสอบพีพีสานใหม่ ใส่อาหารสัตว์ 30 กก.", "pp_feed_sack"), ("ผ้าพีพีสานม้วน หน้ากว้าง 1 ม.", "pp_woven_fabric")],
        [need("หาโรงพิมพ์ลายบนกระสอบที่เราส่งไปให้", "sack_printing_service")],
    ),
    sme(
        58,
        "en",
        "Pakkret Equestrian Apparel",
        SPORT,
        DOWN,
        "Nonthaburi",
        [
            ("Full-seat riding breeches, silicone grip", "riding_breeches"),
            ("Competition shirts with stock tie", "show_shirt"),
        ],
        [need("Four-way stretch for breeches, OEKO-TEX only", "stretch_jersey_fabric", req=("OEKO-TEX Standard 100",))],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        59,
        "th",
        "กลุ่มเย็บผ้าคลุมสุ่มไก่วารินชำราบ",
        AGI,
        DOWN,
        "Ubon Ratchathani",
        [("ผ้าคลุมสุ่มไก่ชน ผ้าร่ม กันยุง", "fighting_cock_cover")],
        [need("ผ้ามุ้งตาถี่ สีเขียว ยกพับ", "polyester_mesh_fabric")],
    ),
    sme(
        60,
        "th",
        "ร้านผ้าคลุมกรงนกปัตตานี",
        SPORT,
        DOWN,
        "Pattani",
        [("ผ้าคลุมกรงนกกรงหัวจุก กำมะหยี่ ปักลาย", "bird_cage_cover"), ("ผ้าคลุมสุ่มไก่ ผ้าตาข่าย", "fighting_cock_cover")],
        [nobody("ผ้ากำมะหยี่ม้วน สีแดงเลือดหมู", "velvet by the roll: no one in the set weaves or sells it")],
    ),
    sme(
        61,
        "en",
        "Muak Lek Agri-Film & Curtain",
        SPORT,
        DOWN,
        "Saraburi",
        [
            ("Woven PP silage bags, 50 kg, with liner", "silage_bag"),
            ("Roll-up curtains for closed poultry houses", "poultry_house_curtain"),
        ],
        [need("Tarpaulin rolls, PVC-coated", "pvc_tarpaulin_fabric")],
    ),
    sme(
        62,
        "th",
        "บริษัท โพธารามผ้าฟาร์มโคนม จำกัด",
        AGC,
        DOWN,
        "Ratchaburi",
        [("ผ้าเช็ดเต้านมวัว ผ้าขนหนูฝ้าย แพ็ค 50", "udder_towel"), ("ถุงผ้าขาวบาง ห่อชีส กรองโยเกิร์ต", "cheese_straining_cloth")],
        [need("ผ้ากอซฝ้ายเป็นพับ", "cotton_gauze_fabric")],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        63,
        "en",
        "Thai Dairy Supplies Co., Ltd.",
        AGC,
        DOWN,
        "Saraburi",
        [
            ("Nonwoven milk filter socks, 24 inch", "milk_filter_sock"),
            ("Teat cloths in microfibre, 100-pack", "udder_towel"),
        ],
    ),
    sme(
        64,
        "en",
        "ReHoof Stable Goods",
        CIRC,
        DOWN,
        "Chonburi",
        [
            ("Stall mats of recycled felt, 120 x 180 cm", "stall_mat"),
            ("Saddle pads cut from recycled felt", "saddle_pad"),
        ],
        [
            need("Needle felt made from textile waste", "recycled_felt_fabric"),
            need("Old fire hose for mat edging", "used_fire_hose"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        65,
        "th",
        "ร้านชุดยูนิฟอร์มปากเกร็ด",
        AGC,
        DOWN,
        "Nonthaburi",
        [("ชุดหมีช่าง ชุดคนงานฟาร์ม ไซซ์ S-4XL", "work_uniform"), ("เสื้อโปโลปักโลโก้สโมสร", "polo_shirt")],
        [
            need("ผ้าเวสปอยท์ ผ้าทีซี ตัดชุดคนงาน", "cotton_twill_fabric"),
            need("ผ้าฝ้ายย้อมสีแล้ว สีเขียวขี้ม้า", "chemical_dyed_cotton_fabric"),
        ],
    ),
    sme(
        66,
        "en",
        "Mahachai Workwear",
        AGC,
        DOWN,
        "Samut Sakhon",
        [
            ("PVC-coated bib aprons for dairy and abattoir", "work_apron"),
            ("Farm coveralls, poly-cotton", "work_uniform"),
        ],
        [
            need("Cotton canvas 10 oz for shop aprons", "cotton_canvas_fabric"),
            need("PU coating on canvas we supply", "waterproof_coating_service"),
        ],
    ),
    sme(
        67,
        "th",
        "ร้านม่อฮ่อมแพร่",
        HEMP,
        DOWN,
        "Phrae",
        [("เสื้อม่อฮ่อม ย้อมห้อมแท้ ไซซ์ใหญ่", "mo_hom_shirt"), ("ผ้าขาวม้าย้อมห้อม", "pakama_cloth")],
        [
            need("ผ้าฝ้ายย้อมห้อมเป็นพับ ไม่เอาสีเคมี", "indigo_dyed_cotton_fabric"),
            need("หาโรงเย็บรับตัดเสื้อจากผ้าที่เราส่งให้", "contract_sewing_service"),
        ],
        bcg=(BIO,),
    ),
    sme(
        68,
        "th",
        "ตุ๊กตาผ้าบ้านช้าง",
        AGC,
        DOWN,
        "Chiang Mai",
        [("ตุ๊กตาช้าง ม้า ควาย ผ้าฝ้าย ยัดนุ่น", "plush_toy")],
        [
            need("นุ่นยัดตุ๊กตา ไม่ต้องมี มอก.", "kapok_fibre", waive=("Thai Industrial Standard",)),
            need("ขนม้าจริง ทำแผงคอตุ๊กตาม้า", "horse_tail_hair"),
        ],
    ),
    sme(
        69,
        "en",
        "Second Life Enrichment Works",
        CIRC,
        DOWN,
        "Chonburi",
        [("Zoo hammocks and feeders from old fire hose", "enrichment_hammock")],
        [need("Decommissioned fire hose, any length", "used_fire_hose")],
        bcg=(CIRCULAR,),
    ),
    sme(
        70,
        "th",
        "ร้านกระเป๋าผ้าครามภูพาน",
        AGI,
        DOWN,
        "Sakon Nakhon",
        [("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "shopping_bag")],
        [need("ผ้าครามเป็นผืน ลายขิด", "indigo_dyed_cotton_fabric")],
        certs=("OTOP",),
    ),
    sme(
        71,
        "th",
        "กลุ่มทอผ้าขาวม้าศรีสะเกษ",
        AGI,
        DOWN,
        "Sisaket",
        [("ผ้าขาวม้าลายตาหมากรุก ทอมือ", "pakama_cloth")],
        [need("เส้นฝ้ายสีสำเร็จ เป็นลูก", "dyed_cotton_yarn")],
    ),
    sme(
        72,
        "th",
        "ร้านปลอกแขนกันแดดชาวนา",
        AGC,
        DOWN,
        "Suphan Buri",
        [("ปลอกแขนกันแดด ผู้สูงอายุใส่ทำนา ทำสวน", "arm_sleeves")],
        [need("ผ้ายืดสแปนเด็กซ์ เนื้อเย็น", "stretch_jersey_fabric")],
    ),
    sme(
        73,
        "th",
        "โรงงานกระสอบป่านนครสวรรค์",
        HEMP,
        MID,
        "Nakhon Sawan",
        [("ผ้ากระสอบป่าน ม้วน หน้า 40 นิ้ว", "jute_hessian_fabric"), ("กระสอบปอใหม่ ใส่ข้าวโพด 50 กก.", "jute_sack")],
        [nobody("ปอแก้วดิบ ลอกแล้ว ตากแห้ง", "no kenaf or jute fibre grower in the set")],
    ),
    sme(
        74,
        "th",
        "ร้านผ้าห่มวัวชนพัทลุง",
        SPORT,
        DOWN,
        "Phatthalung",
        [("ผ้าห่มวัวชน ปักชื่อวัว ผ้ากำมะหยี่", "bovine_blanket"), ("เสื้อคลุมม้า ผ้าร่มบุใย", "horse_rug")],
        [need("ผ้าร่มกันน้ำ 600 ดี", "waterproof_oxford_fabric"), need("หาร้านปักชื่อวัวลงผ้าห่ม", "embroidery_service")],
    ),
    sme(
        75,
        "th",
        "สหกรณ์โคนมมวกเหล็ก",
        AGC,
        DOWN,
        "Saraburi",
        [],
        [
            need("ผ้าขนหนูเล็ก ไว้เช็ดเต้าก่อนรีด", "udder_towel"),
            need("ไส้กรองน้ำนมดิบ สำหรับท่อรีดนม", "milk_filter_sock"),
            nobody("ยางรีดนม ครอบหัวนม", "rubber milking liners: not a textile, no one sells them"),
        ],
    ),
    # ---- 076-095: zoos, farms, clubs, cooperatives and shops that buy
    sme(
        76,
        "en",
        "Doi Suthep Zoological Park",
        CIRC,
        DOWN,
        "Chiang Mai",
        [],
        [
            need("Shade sails over the giraffe yard", "shade_net"),
            need("Hammocks for the orangutans?", "enrichment_hammock"),
            need("Locally made soft toys or cloth bags for the gift shop", "plush_toy", "shopping_bag"),
        ],
    ),
    sme(
        77,
        "th",
        "สวนสัตว์เปิดบางพระ",
        CIRC,
        DOWN,
        "Chonburi",
        [],
        [
            need("วัสดุปูนอนให้สัตว์ ทำจากผ้าเก่าบดละเอียด", "shredded_textile_bedding"),
            need("อยากได้ชุดพนักงานดูแลสัตว์ 200 ชุด", "work_uniform"),
            need("ถุงผ้าขายร้านของที่ระลึก ไม่จำเป็นต้องมีโอทอป", "shopping_bag", waive=("OTOP",)),
        ],
        bcg=(GREEN,),
    ),
    sme(
        78,
        "en",
        "Songkhla Zoo & Aquarium Co.",
        SPORT,
        DOWN,
        "Songkhla",
        [],
        [
            need("80% shade netting, about 500 m2", "shade_net"),
            need("Anyone making keeper uniforms that breathe?", "work_uniform"),
            nobody("Bird-proof netting for the aviary, 19 mm mesh", "bird netting is not shade net; no one makes it"),
        ],
    ),
    sme(
        79,
        "th",
        "ฟาร์มไก่ไข่บ้านหมี่",
        SPORT,
        DOWN,
        "Lopburi",
        [],
        [
            need("ม่านอีแวป พร้อมติดตั้ง", "poultry_house_curtain"),
            need("สแลนกันแดดหลังคาโรงเรือน ต้องผ่าน มอก.", "shade_net", req=("Thai Industrial Standard",)),
        ],
    ),
    sme(
        80,
        "en",
        "Udon Beef Cattle Cooperative",
        AGI,
        DOWN,
        "Udon Thani",
        [],
        [
            need("Nose leads for young bulls", "cattle_rope"),
            need("Woven sacks for making silage", "silage_bag"),
            nobody("RFID ear tags", "plastic tags, not textile; no one sells them"),
        ],
    ),
    sme(
        81,
        "th",
        "ค่ายไก่ตีบ้านโนนกุง",
        AGI,
        DOWN,
        "Ubon Ratchathani",
        [],
        [
            need("ผ้าคลุมสุ่มไก่ตี กันยุงกันลม", "fighting_cock_cover"),
            nobody("นวมหุ้มเดือยไก่ ใช้ตอนซ้อม", "padded spur covers: no one in the set makes them"),
        ],
    ),
    sme(
        82,
        "en",
        "Betong Songbird Gallery",
        HEMP,
        DOWN,
        "Yala",
        [],
        [
            need("Embroidered covers for bulbul cages", "bird_cage_cover"),
            nobody("Carved wooden bulbul cages", "wooden cages, not textile; a cage cover does not meet it"),
        ],
    ),
    sme(
        83,
        "th",
        "ชมรมขี่ม้าแม่ริม",
        SPORT,
        DOWN,
        "Chiang Mai",
        [],
        [
            need("ผ้ารองอานมือสอง สภาพดี", "used_horse_textiles"),
            need("กางเกงขี่ม้าเด็ก ไซซ์ 8-14 ปี", "riding_breeches"),
            nobody("หมวกนิรภัยขี่ม้า", "riding helmets are not textile; no one sells them"),
        ],
    ),
    sme(
        84,
        "en",
        "Golden Years Equine Therapy Centre",
        AGC,
        DOWN,
        "Nakhon Pathom",
        [],
        [
            need("Thick washable numnahs for therapy horses", "saddle_pad"),
            need("Soft wide lead lines", "lead_rope"),
            nobody(
                "Fleece coolers from bluesign mills only",
                "no maker of horse rugs holds bluesign",
                "horse_rug",
                req=("bluesign",),
            ),
        ],
    ),
    sme(
        85,
        "th",
        "โรงสีและอาหารสัตว์กำแพงเพชร",
        CIRC,
        DOWN,
        "Kamphaeng Phet",
        [],
        [
            need("ถุงอาหารหมู อาหารไก่ พิมพ์โลโก้ 20,000 ใบ/เดือน", "pp_feed_sack"),
            need("กระสอบใช้แล้ว เอามาใส่รำซ้ำ", "used_pp_woven_sacks"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        86,
        "en",
        "Pak Chong Feed Mill Co., Ltd.",
        SPORT,
        DOWN,
        "Nakhon Ratchasima",
        [],
        [
            need("25-kilo poly sacks for pellets, ISO 9001 plant", "pp_feed_sack", req=("ISO 9001",)),
            need("Printing our logo on bags we supply", "sack_printing_service"),
        ],
    ),
    sme(
        87,
        "th",
        "ร้านสหกรณ์การเกษตรบ้านไผ่",
        AGI,
        DOWN,
        "Khon Kaen",
        [],
        [
            need("เชือกล่ามควาย ขายปลีก", "cattle_rope", "braided_rope_coil"),
            need("ตาข่ายบังแดด ตัดแบ่งขาย", "shade_net"),
            need("ผ้าขะม้า คละสี", "pakama_cloth"),
        ],
    ),
    sme(
        88,
        "en",
        "Isan Care Farm for Elders",
        AGI,
        DOWN,
        "Maha Sarakham",
        [],
        [
            need("Sun sleeves for older farm volunteers", "arm_sleeves"),
            need("Indigo work shirts, roomy cut", "mo_hom_shirt"),
            need("Loose bedding for ducks and goats", "shredded_textile_bedding"),
        ],
    ),
    sme(
        89,
        "th",
        "ร้านของที่ระลึกฟาร์มแกะแม่สาย",
        CIRC,
        DOWN,
        "Chiang Rai",
        [],
        [
            need("ตุ๊กตาแกะ ม้า ขายนักท่องเที่ยว", "plush_toy"),
            need("ขนแกะดิบ ยังไม่ล้าง", "raw_sheep_wool"),
            need("ถุงผ้าใส่ของฝาก", "shopping_bag"),
        ],
    ),
    sme(
        90,
        "en",
        "Satun Goat Dairy",
        HEMP,
        DOWN,
        "Satun",
        [],
        [
            need(
                "Strainer cloths for goat milk, OTOP welcome but not required",
                "cheese_straining_cloth",
                "cotton_gauze_fabric",
                waive=("OTOP",),
            ),
            nobody("Warm coats for newborn kids", "goat coats: no one makes them; horse rugs are not goat coats"),
        ],
    ),
    sme(
        91,
        "th",
        "ศูนย์อนุรักษ์ควายไทยสุรินทร์",
        AGI,
        DOWN,
        "Surin",
        [],
        [
            need("เส้นไหมดิบ ให้ชาวบ้านทอ", "raw_silk_yarn"),
            need("มีใครรับทำผ้าห่มควายไหม", "bovine_blanket"),
            need("ผ้ากันฝนคลุมฟางอัดก้อน", "hay_tarp"),
        ],
    ),
    sme(
        92,
        "en",
        "River Kwai Farm-Stay Resort",
        AGC,
        DOWN,
        "Kanchanaburi",
        [],
        [
            need("Checked bath cloths (pakama) for guests, GOTS not required", "pakama_cloth", waive=("GOTS",)),
            need("Rugs for the trail-ride horses", "horse_rug"),
        ],
    ),
    sme(
        93,
        "en",
        "Equine Zone Tack Shop",
        SPORT,
        DOWN,
        "Bangkok",
        [],
        [
            need("Headcollars, all sizes, for resale", "horse_halter"),
            need("Anti-fly face covers to resell", "fly_mask"),
            nobody("Leather close-contact saddles", "leather saddles, not textile; no one sells them"),
        ],
    ),
    sme(
        94,
        "en",
        "Doi Cheese Workshop",
        HEMP,
        DOWN,
        "Chiang Mai",
        [],
        [
            nobody(
                "GOTS organic cotton cheesecloth",
                "no maker of cheese or gauze cloth holds GOTS",
                "cheese_straining_cloth",
                "cotton_gauze_fabric",
                req=("GOTS",),
            ),
            need("Hemp cloth for ageing cheese wheels", "hemp_fabric"),
        ],
        bcg=(BIO,),
    ),
    sme(
        95,
        "th",
        "สนามวัวชนทุ่งท่าลาด",
        SPORT,
        DOWN,
        "Nakhon Si Thammarat",
        [],
        [need("เสื้อวัวชน ปักชื่อค่าย", "bovine_blanket"), need("เชือกสนตะพายวัวชน ถักพร้อมห่วง", "cattle_rope")],
    ),
)


# ------------------------------------------------------------------ links

CONTRACT_FIELDS = (
    "id",
    "name",
    "sub_cluster",
    "stage",
    "province",
    "offers",
    "needs",
    "certifications",
    "bcg",
    "contact_email",
    "language",
)
ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z]")
MIN_THAI_LETTER_SHARE = 0.6


def held(s: Sme) -> frozenset[str]:
    return canonical_certifications(s.certifications)


def qualified_suppliers(buyer: Sme, n: Need, by_label: dict[str, list[Sme]]) -> list[Sme]:
    """Suppliers (not the buyer) with an offer carrying one of the need's labels and every required certification."""
    found: dict[str, Sme] = {}
    for label in n.labels:
        for supplier in by_label.get(label, ()):
            if supplier.num != buyer.num and set(n.requires) <= held(supplier):
                found[supplier.id] = supplier
    return [found[key] for key in sorted(found)]


def offers_by_label(smes: tuple[Sme, ...]) -> dict[str, list[Sme]]:
    by_label: dict[str, list[Sme]] = {}
    for s in smes:
        for label in sorted({label for _, label in s.offers}):
            by_label.setdefault(label, []).append(s)
    return by_label


def true_links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    by_label = offers_by_label(smes)
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for n in buyer.needs:
            if n.unmet_note is None:
                links.update((supplier.id, buyer.id) for supplier in qualified_suppliers(buyer, n, by_label))
    return sorted(links)


# ------------------------------------------------------------------ checks


def mentioned(cert: str, text: str) -> bool:
    """Does the text name the certification at all (claimed, asked for or negated)?"""
    folded = text.casefold()
    for c in CERTIFICATIONS:
        if c.name == cert:
            names = (c.name, c.full_name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
            return any(name.casefold() in folded for name in names)
    return False


def script_problems(s: Sme, text: str, what: str) -> list[str]:
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    if s.language == "th":
        if thai == 0 or thai / (thai + latin) < MIN_THAI_LETTER_SHARE:
            return [f"{s.id}: Thai {what} is not mostly Thai letters: {text!r}"]
    elif thai or not text.isascii():
        return [f"{s.id}: English {what} is not Latin only: {text!r}"]
    return []


def profile_problems(s: Sme) -> list[str]:
    problems: list[str] = []
    if not ID_RE.match(s.id):
        problems.append(f"{s.id}: malformed id")
    if not s.name.strip():
        problems.append(f"{s.id}: empty name")
    if s.sub_cluster not in {c.value for c in SubCluster}:
        problems.append(f"{s.id}: sub_cluster {s.sub_cluster!r}")
    if s.stage not in {c.value for c in Stage}:
        problems.append(f"{s.id}: stage {s.stage!r}")
    province = resolve_province(s.province)
    if province is None or province.name_en != s.province:
        problems.append(f"{s.id}: province {s.province!r} is not a canonical English province name")
    if s.language not in ("th", "en"):
        problems.append(f"{s.id}: language {s.language!r}")
    if not EMAIL_RE.match(s.email):
        problems.append(f"{s.id}: email {s.email!r}")
    for cert in s.certifications:
        if resolve_certification(cert) is None:
            problems.append(f"{s.id}: certification {cert!r} does not resolve")
    for tag in s.bcg:
        if tag not in {c.value for c in BcgTag}:
            problems.append(f"{s.id}: bcg {tag!r}")
    if len(set(s.bcg)) != len(s.bcg) or len(set(s.certifications)) != len(s.certifications):
        problems.append(f"{s.id}: duplicate bcg tag or certification")
    if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
        problems.append(f"{s.id}: needs 0-3 offers and 0-3 needs, and at least one of them")
    problems += script_problems(s, s.name, "name")
    for text, label in s.offers:
        problems += script_problems(s, text, "offer")
        if not LABEL_RE.match(label):
            problems.append(f"{s.id}: offer label {label!r}")
        if text != text.strip() or not text:
            problems.append(f"{s.id}: offer text {text!r}")
    for n in s.needs:
        problems += script_problems(s, n.text, "need")
        if n.text != n.text.strip() or not n.text:
            problems.append(f"{s.id}: need text {n.text!r}")
        if n.unmet_note is None and not n.labels:
            problems.append(f"{s.id}: need {n.text!r} lists no labels and is not marked unmet")
        if n.unmet_note is not None and not n.unmet_note.strip():
            problems.append(f"{s.id}: unmet need {n.text!r} without a note")
        for cert in (*n.requires, *n.waives):
            if resolve_certification(cert) != cert:
                problems.append(f"{s.id}: need certification {cert!r} is not a canonical name")
        asked = find_certifications(n.text)
        if asked != set(n.requires):
            problems.append(f"{s.id}: need {n.text!r} asks for {sorted(asked)} but requires {list(n.requires)}")
        for cert in n.waives:
            if cert in asked or not mentioned(cert, n.text):
                problems.append(f"{s.id}: need {n.text!r} does not name {cert} to waive it")
        if set(n.requires) & set(n.waives):
            problems.append(f"{s.id}: need {n.text!r} both requires and waives a certification")
        if any(n.text == text for other in SMES for text, _ in other.offers):
            problems.append(f"{s.id}: need {n.text!r} is worded exactly like an offer")
    return problems


def all_problems(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> list[str]:
    problems: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        problems.append(f"ids must run {PREFIX}-001 ... {PREFIX}-{N_PROFILES:03d} in order")
    for s in smes:
        problems += profile_problems(s)
    by_label = offers_by_label(smes)
    unmet = 0
    for buyer in smes:
        for n in buyer.needs:
            for label in n.labels:
                if not any(supplier.num != buyer.num for supplier in by_label.get(label, ())):
                    problems.append(f"{buyer.id}: label {label!r} of need {n.text!r} is offered by no one else")
            suppliers = qualified_suppliers(buyer, n, by_label)
            if n.unmet_note is None and not suppliers:
                problems.append(f"{buyer.id}: need {n.text!r} has no qualified supplier")
            if n.unmet_note is not None:
                unmet += 1
                if suppliers:
                    problems.append(f"{buyer.id}: unmet need {n.text!r} is met by {[x.id for x in suppliers]}")
    if any(a == b for a, b in links):
        problems.append("a link joins an SME to itself")
    thai = sum(s.language == "th" for s in smes)
    if not THAI_SHARE[0] <= thai / len(smes) <= THAI_SHARE[1]:
        problems.append(f"Thai share {thai}/{len(smes)} outside {THAI_SHARE}")
    if not LINKS_MIN <= len(links) <= LINKS_MAX:
        problems.append(f"{len(links)} true links, outside {LINKS_MIN}-{LINKS_MAX}")
    lang = {s.id: s.language for s in smes}
    cross = sum(lang[a] != lang[b] for a, b in links)
    if links and not CROSS_SHARE[0] <= cross / len(links) <= CROSS_SHARE[1]:
        problems.append(f"cross-language share {cross}/{len(links)} outside {CROSS_SHARE}")
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        problems.append(f"{unmet} needs met by no one, outside {UNMET_RANGE}")
    return problems


# ------------------------------------------------------------------ outputs


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
    assert tuple(record) == CONTRACT_FIELDS
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def counts(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    by_label = offers_by_label(smes)
    needs = [(s, n) for s in smes for n in s.needs]
    met = [(s, n) for s, n in needs if n.unmet_note is None]
    spread = Counter(min(len(qualified_suppliers(s, n, by_label)), 4) for s, n in met)
    thai = sum(s.language == "th" for s in smes)
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai / English profiles", f"{thai} / {len(smes) - thai}"),
    ]
    rows += [(f"sub-cluster `{c.value}`", str(sum(s.sub_cluster == c.value for s in smes))) for c in SubCluster]
    rows += [(f"stage `{c.value}`", str(sum(s.stage == c.value for s in smes))) for c in Stage]
    rows += [(f"region `{region}`", str(regions[region])) for region in sorted(regions)]
    rows += [
        ("distinct provinces", str(len({s.province for s in smes}))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len(by_label))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        (
            "met needs with 1 / 2 / 3 / 4+ qualified suppliers",
            " / ".join(str(spread[k]) for k in (1, 2, 3, 4)),
        ),
        ("needs requiring a certification", str(sum(bool(n.requires) for _, n in needs))),
        ("needs waiving a certification", str(sum(bool(n.waives) for _, n in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.1%})" if links else "0"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        ),
    ]
    return rows


def counts_table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """# `eval/blind_plain_livestock/`: farm animals, horses and livestock, plain registry entries

A hand-labelled test set for partner matchmaking. It measures how well the matcher finds the true
supplier -> buyer pairs among {n} SME profiles written in wording it has never seen: plain registry entries
(one short phrase per offer or need) from the farm-animal side of the cluster (saddle pads, horse rugs
and fly masks, halters and lead ropes, cattle and buffalo ropes, fighting-cock and bird-cage covers,
feed sacks and silage bags, shade nets, poultry-house curtains, dairy and cheese cloths, animal bedding;
riding clubs, dairy cooperatives, cattle and poultry farms and zoos that buy), together with the
ordinary fibre, yarn, cloth, dyeing and sewing suppliers.

## What it checks

- Finding suppliers from different words: each kind of goods is written in many ways (local and regional
  names, trade words, brand names, abbreviations, with and without quantities, prices, sizes and places),
  and a need is usually worded differently from the offers that meet it, often in the other language.
- Telling apart things that share words: a service versus the goods it works on (dyeing the customer's
  cloth versus dyed cloth; sewing for others versus garments), used versus new goods, raw versus
  processed (fibre, yarn, cloth, product), goods described by material, colour or technique, and look-alike
  names (pha khao ma, the checked loincloth, has nothing to do with horses; a cage is not a cage cover).
- Certifications: some needs require a named certification, which only some suppliers hold; some name
  one only to waive it.
- Needs that no one in the set meets (their matches should be empty or ranked low).

## How it was written

By hand, by a writer who read only section 1 of the project's contracts (cluster profiles JSONL version 1
and the links CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the `[tool.ruff]` settings. The
writer did not see the matcher, its glossary, its tests, other evaluation sets or the project's data.
All profiles are invented; e-mail addresses use `example.co.th`.

## How a link is decided

In `write.py` every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `used_pp_woven_sacks` versus `pp_feed_sack`).
Every need lists the offer labels that would meet it and the certifications its text requires or waives,
or is marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some offer
of the supplier carries a label listed by one of the buyer's needs and the supplier's certifications hold
every certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link; what changes what the thing is does. A waived
certification is not required. The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks that ids are unique and well formed; that every contract field is
valid (sub-cluster, stage and BCG tags from `shared.taxonomy`, every province resolved by
`resolve_province`, every certification by `resolve_certification`); that every label a need lists is
offered by someone other than the buyer; that every met need has a qualified supplier and every unmet one
has none; that a required certification is what `find_certifications` reads in the need's text and a
waived one is named there but not read as asked for; that Thai phrases are mostly Thai letters and English
ones Latin only; and the size targets (95 profiles, 50-60 % Thai, 160-180 true links, 40-60 % of them
across languages, about 20 needs met by no one). It writes nothing if a check fails, and two runs give
identical bytes.

## How to regenerate

From the repository root:

```
.venv/bin/python eval/blind_plain_livestock/write.py
```

## Files

- `write.py`: all the data, the labels, the checks; writes the three files below and prints the counts.
- `profiles.jsonl`: {n} profiles in the contract's JSONL version 1 format, ids `{first}` ... `{last}`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    links = true_links(SMES)
    problems = all_problems(SMES, links)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    table = counts_table(counts(SMES, links))
    outputs = {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in SMES),
        "links.csv": links_csv(links),
        "README.md": README.format(n=len(SMES), first=SMES[0].id, last=SMES[-1].id, table=table),
    }
    for filename, text in outputs.items():
        with open(HERE / filename, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    print(table, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
