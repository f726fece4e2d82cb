"""Write the hand-labelled evaluation set `eval/blind_plain_swim/` (swimwear and surf).

Holds every profile and every offer and need label by hand, checks them, and writes
`profiles.jsonl`, `links.csv` and `README.md` next to this file. Writes nothing if a check fails.

Run from the repository root: .venv/bin/python eval/blind_plain_swim/write.py
"""

from __future__ import annotations

import csv
import importlib
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
tx = importlib.import_module("shared.taxonomy")

HEMP, CIRC, SPORT = "hemp_natural_fibre", "circular_textile", "sportech"
ALC, ALI = "ageing_lifestyle_central", "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"
TH, EN = "th", "en"
GOTS, OEKO, GRS, OT = "GOTS", "OEKO-TEX Standard 100", "GRS", "Organic Thailand"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    req: tuple[str, ...] = ()
    waive: tuple[str, ...] = ()
    unmet_note: str = ""  # set for needs that no one in the set meets


@dataclass(frozen=True)
class Sme:
    sid: str
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    canon_certs: frozenset[str] = field(default=frozenset(), compare=False)


def o(text: str, label: str) -> tuple[str, str]:
    """An offer: its text and the label saying what the thing is."""
    return (text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any of `labels` from a supplier holding every certification in `req`."""
    return Need(text, labels, req, waive)


def u(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by no one in the set; `labels` and `req`, if given, say what would meet it."""
    return Need(text, labels, req, waive, unmet_note=note)


SMES: list[Sme] = []


def sme(
    num: int,
    lang: str,
    name: str,
    sub: str,
    stage: str,
    province: str,
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> None:
    canon = frozenset(tx.resolve_certification(c) or c for c in certs)
    SMES.append(
        Sme(f"bsi-{num:03d}", lang, name, sub, stage, province, email, tuple(offers), tuple(needs), certs, bcg, canon)
    )


# ---------------------------------------------------------------- profiles 001-030: fibre, yarn, waste, cloth

sme(
    1,
    TH,
    "วิสาหกิจชุมชนประมงพื้นบ้านเก็บอวนผี ทะเลสาบสงขลา",
    CIRC,
    UP,
    "Songkhla",
    "ghostnet.songkhla@gmail.com",
    [
        o("อวนไนลอนเก่า คัดแล้ว ล้างน้ำจืด อัดก้อน ขั้นต่ำ 500 กก.", "used_fishing_net"),
        o("แหและข่ายที่ชาวบ้านเลิกใช้ รับเหมาทั้งกอง", "used_fishing_net"),
    ],
    [u("เครื่องอัดก้อนไฮดรอลิก มือสองก็ได้", "a baling press; no one in the set sells machinery")],
    bcg=("circular",),
)

sme(
    2,
    EN,
    "Rayong Regen Polymers Co., Ltd.",
    CIRC,
    UP,
    "Rayong",
    "sales@rayongregen.co.th",
    [
        o("PA6 chips regenerated from post-consumer fishing nets", "recycled_nylon_chips"),
        o("Toll recycling: your own collected nets turned into nylon pellets", "net_recycling_service"),
    ],
    [
        n("Baled gillnets and trawl netting, salt-free, 20 t a month", "used_fishing_net"),
        n("Old nylon swimsuits and tights", "used_swimwear"),
    ],
    certs=("GRS", "ISO 14001"),
    bcg=("circular",),
)
sme(
    3,
    TH,
    "บริษัท ด้ายคืนชีพ จำกัด",
    CIRC,
    UP,
    "Samut Prakan",
    "info@daikhuenchip.co.th",
    [o("ด้ายไนลอน 6 รีไซเคิล 40D/34F ผลิตจากอวนประมงเก่า", "recycled_nylon_yarn")],
    [n("เม็ดไนลอนรีไซเคิล PA6 ต้องมีใบรับรอง GRS", "recycled_nylon_chips", req=(GRS,))],
    certs=("GRS certified",),
    bcg=("circular",),
)
sme(
    4,
    EN,
    "Eastern Filament Yarns Co., Ltd.",
    SPORT,
    UP,
    "Chon Buri",
    "export@easternfilament.com",
    [
        o("Nylon 6.6 FDY 40D/34F semi-dull", "nylon_yarn"),
        o("Spandex bare yarn 20D to 70D, Lycra-equivalent", "spandex_yarn"),
    ],
    [],
    certs=("Oeko-Tex 100", "ISO 9001"),
)
sme(
    5,
    TH,
    "บริษัท อีลาสติกไฟเบอร์ (ประเทศไทย) จำกัด",
    SPORT,
    UP,
    "Samut Sakhon",
    "sales@elasticfiber.co.th",
    [o("เส้นใยอีลาสเทน ทนคลอรีน 40 ดีเนียร์ บรรจุหลอดละ 1 กก.", "spandex_yarn")],
    [u("น้ำมันหล่อลื่นเส้นใยสำหรับเครื่องปั่น", "spin-finish oil; no chemical supplier in the set")],
)
sme(
    6,
    EN,
    "BottleLoop Recycling Co., Ltd.",
    CIRC,
    UP,
    "Bangkok",
    "hello@bottleloop.co.th",
    [
        o("Hot-washed clear rPET flakes", "pet_bottle_flakes"),
        o("rPET staple fibre 1.4D x 38 mm", "recycled_polyester_fibre"),
    ],
    [n("Post-consumer PET bottles, baled or loose", "used_pet_bottles")],
    certs=("GRS",),
    bcg=("circular", "green"),
)
sme(
    7,
    TH,
    "โรงงานด้ายรีเพ็ท ลาดหลุมแก้ว",
    CIRC,
    UP,
    "Pathum Thani",
    "repetyarn@hotmail.com",
    [o("ด้ายโพลีเอสเตอร์รีไซเคิลจากขวดน้ำ 75D/72F", "recycled_polyester_yarn")],
    [n("เกล็ดขวดเพ็ทใส ล้างร้อนแล้ว", "pet_bottle_flakes")],
    certs=("GRS",),
    bcg=("circular",),
)
sme(
    8,
    EN,
    "Doi Hemp Growers Cooperative",
    HEMP,
    UP,
    "Chiang Mai",
    "doihemp.coop@gmail.com",
    [
        o("Decorticated hemp bast fibre, long line", "hemp_fibre"),
        o("Hand-spun hemp thread, undyed, Hmong style", "hemp_yarn"),
    ],
    [u("Decorticator for hire during harvest", "machine hire; nobody offers it")],
    certs=("Organic Thailand",),
    bcg=("bio",),
)
sme(
    9,
    TH,
    "กลุ่มแม่บ้านปลูกกัญชง อำเภอพบพระ",
    HEMP,
    UP,
    "Tak",
    "kanchong.phopphra@gmail.com",
    [o("เปลือกกัญชงลอกมือ ตากแดด มัดละ 5 โล", "hemp_fibre")],
    [],
    bcg=("bio",),
)
sme(
    10,
    TH,
    "หจก. ด้ายกัญชงเชียงราย",
    HEMP,
    UP,
    "Chiang Rai",
    "hempyarn.cr@gmail.com",
    [o("ด้ายกัญชงผสมฝ้าย 55/45 เบอร์ 20", "hemp_cotton_yarn"), o("ด้ายป่านกัญชงล้วน ปั่นเครื่อง", "hemp_yarn")],
    [n("ใยกัญชงเส้นยาว ลอกแล้ว ยังไม่ปั่น", "hemp_fibre")],
    bcg=("bio",),
)
sme(
    11,
    EN,
    "Dan Sai Organic Spinners",
    HEMP,
    UP,
    "Loei",
    "spin@dansaiorganic.com",
    [o("GOTS organic cotton yarn Ne 30/1, ring-spun", "organic_cotton_yarn")],
    [n("Seed cotton from organic farms, Organic Thailand certified", "raw_cotton", req=(OT,))],
    certs=("GOTS",),
    bcg=("bio",),
)
sme(
    12,
    TH,
    "กลุ่มเกษตรกรปลูกฝ้ายอินทรีย์ ด่านซ้าย",
    HEMP,
    UP,
    "Loei",
    "fai.dansai@gmail.com",
    [o("ปุยฝ้ายทั้งเมล็ด ปลูกแบบไม่ใช้สารเคมี", "raw_cotton")],
    [],
    certs=("เกษตรอินทรีย์",),
    bcg=("bio",),
)
sme(
    13,
    TH,
    "สหกรณ์กองทุนสวนยางบ้านโนนสมบูรณ์ จำกัด",
    ALI,
    UP,
    "Bueng Kan",
    "nonsomboon.rubber@gmail.com",
    [o("น้ำยางข้น 60% บรรจุถัง 200 ลิตร", "natural_rubber_latex")],
    [],
    bcg=("bio",),
)
sme(
    14,
    EN,
    "Andaman Wetsuit Rescue",
    CIRC,
    UP,
    "Phuket",
    "team@wetsuitrescue.org",
    [
        o("Graded second-hand wetsuits for resale", "used_wetsuit"),
        o("Neoprene crumb from shredded suits, 3-6 mm", "neoprene_crumb"),
    ],
    [n("Worn-out rental wetsuits, torn is fine", "used_wetsuit")],
    bcg=("circular",),
)
sme(
    15,
    TH,
    "ร้านเจ๊หน่อย รับซื้อเศษผ้า",
    CIRC,
    UP,
    "Mahachai",
    "jenoi.scrap@gmail.com",
    [o("เศษผ้าชุดว่ายน้ำ ไนลอนผสมสแปน คัดสีแล้ว ขายเป็นกระสอบ", "nylon_spandex_scrap")],
    [n("รับซื้อเศษผ้ายืดจากโต๊ะตัดโรงงานชุดว่ายน้ำ", "nylon_spandex_scrap")],
    bcg=("circular",),
)
sme(
    16,
    EN,
    "Fibre Reborn Co., Ltd.",
    CIRC,
    UP,
    "Nakhon Pathom",
    "buy@fibrereborn.co.th",
    [o("Recycled cotton shoddy fibre from pre-consumer cuttings", "recycled_cotton_fibre")],
    [n("White cotton cutting waste from towel factories", "cotton_fabric_scrap")],
    certs=("RCS",),
    bcg=("circular",),
)
sme(
    17,
    TH,
    "บริษัท สยามทริโคต จำกัด",
    SPORT,
    MID,
    "Samut Prakan",
    "sales@siamtricot.co.th",
    [
        o("ผ้าสวิมไนลอนสแปน 80/20 ทริโคต 190 แกรม ย้อมสีแล้ว", "nylon_spandex_fabric"),
        o("ผ้าดิบไนลอนยืด ยังไม่ย้อม หน้ากว้าง 150 ซม.", "greige_nylon_spandex_fabric"),
    ],
    [n("ด้ายไนลอน 66 ขนาด 40 ดีเนียร์", "nylon_yarn"), n("เส้นยางยืดสแปนเด็กซ์เปลือย", "spandex_yarn")],
    certs=("OEKO-TEX", "ISO 9001"),
)
sme(
    18,
    EN,
    "Siam Warp Knit Co., Ltd.",
    SPORT,
    MID,
    "Chonburi",
    "knit@siamwarpknit.com",
    [o("Chlorine-resistant PBT swim knit, 4-way stretch, 200 gsm", "chlorine_resistant_swim_fabric")],
    [
        n("PBT textured yarn 75D", "pbt_polyester_yarn"),
        n("Elastane yarn with OEKO-TEX certificate", "spandex_yarn", req=(OEKO,)),
    ],
    certs=("OEKO-TEX Standard 100", "ISO 9001"),
)
sme(
    19,
    TH,
    "บริษัท ผ้าทะเลใหม่ จำกัด",
    CIRC,
    MID,
    "Samut Sakhon",
    "sales@phathalemai.co.th",
    [o("ผ้าถักชุดว่ายน้ำ ไนลอนรีไซเคิล 78% สแปน 22% ได้ GRS", "recycled_nylon_swim_fabric")],
    [n("ด้ายไนลอนรีไซเคิล ต้องมีใบ GRS เท่านั้น", "recycled_nylon_yarn", req=(GRS,)), n("ไลคร่า", "spandex_yarn")],
    certs=("GRS",),
    bcg=("circular",),
)
sme(
    20,
    EN,
    "PowerNet Lining Co.",
    SPORT,
    MID,
    "Bangkok",
    "order@powernetlining.com",
    [
        o("Swim lining tricot in skin, white and black", "swim_lining_fabric"),
        o("Power mesh for tummy-control panels", "power_mesh_fabric"),
    ],
    [n("Nylon filament 20D for lining knit", "nylon_yarn")],
)
sme(
    21,
    TH,
    "โรงย้อมนครชัยศรี",
    SPORT,
    MID,
    "Nakhon Pathom",
    "dye.nakhonchaisi@gmail.com",
    [o("รับย้อมผ้าไนลอน ผ้ายืด ผ้าดิบของลูกค้า ขั้นต่ำ 300 กก.", "fabric_dyeing_service")],
    [u("สีย้อมกรดสำหรับไนลอน ทนคลอรีน", "dyestuff; no dye maker in the set")],
)
sme(
    22,
    EN,
    "Tropic Sublimation Print Co., Ltd.",
    SPORT,
    MID,
    "Samut Sakhon",
    "print@tropicsub.co.th",
    [
        o("Sublimation printing on customer fabric, 1.8 m wide", "sublimation_printing_service"),
        o("Printed swim fabric, tropical and batik designs in stock", "printed_swim_fabric"),
    ],
    [
        n("White poly-spandex base cloth for sublimation", "chlorine_resistant_swim_fabric", "rash_guard_fabric"),
        u("Sublimation transfer paper rolls", "paper consumable; nobody offers it"),
    ],
)
sme(
    23,
    EN,
    "Neo Laminate Thailand Co., Ltd.",
    SPORT,
    MID,
    "Chonburi",
    "sales@neolaminate.co.th",
    [
        o("CR neoprene 2-5 mm, double-lined with nylon jersey", "neoprene_sheet"),
        o("Laminating neoprene onto your own jersey", "neoprene_laminating_service"),
    ],
    [u("Chloroprene rubber foam blocks", "foam raw material; no maker in the set")],
)
sme(
    24,
    TH,
    "บริษัท ยางยืดทองไทย จำกัด",
    SPORT,
    MID,
    "Samut Prakan",
    "thongthai.elastic@gmail.com",
    [
        o("ยางยืดชุดว่ายน้ำทนคลอรีน หน้า 6 และ 8 มม.", "swim_elastic"),
        o("ยางใสทีพียูติดบ่า ม้วนละ 100 หลา", "swim_elastic"),
    ],
    [n("น้ำยางข้นเกรดทำยางยืด", "natural_rubber_latex")],
)
sme(
    25,
    EN,
    "Cup & Clasp Trims",
    SPORT,
    MID,
    "Bangkok",
    "hello@cupandclasp.com",
    [
        o("Removable swim bra cups, S to XL", "swim_bra_cups"),
        o("Bikini rings, sliders and hooks, nickel-free", "swim_hardware"),
    ],
    [u("PU foam sheet 5 mm for cup moulding", "foam sheet; nobody offers it")],
)
sme(
    26,
    TH,
    "โรงงานเย็บชุดว่ายน้ำ บางบอน",
    SPORT,
    MID,
    "Bangkok",
    "bangbon.swim@gmail.com",
    [
        o("รับเย็บชุดว่ายน้ำ บิกินี่ ตามแบบลูกค้า ขั้นต่ำ 100 ตัวต่อแบบ", "swimwear_sewing_service"),
        o("เศษผ้าไลคร่าจากโต๊ะตัด", "nylon_spandex_scrap"),
    ],
    [n("ยางยืดทนคลอรีน", "swim_elastic"), u("จักรลา 4 เข็ม 6 เส้น มือสอง", "sewing machine; nobody sells machines")],
)
sme(
    27,
    EN,
    "Coral Coast Garment Co., Ltd.",
    SPORT,
    MID,
    "Chonburi",
    "cmt@coralcoastgarment.com",
    [
        o("CMT for swimwear and rash guards, flatlock", "swimwear_sewing_service"),
        o("Lycra offcuts from our cutting room", "nylon_spandex_scrap"),
    ],
    [n("Swim lining, beige", "swim_lining_fabric"), n("Bra cups for bikini tops", "swim_bra_cups")],
    certs=("ISO 9001",),
)
sme(
    28,
    TH,
    "ร้านตัดและซ่อมเว็ทสูท กะตะ",
    SPORT,
    MID,
    "Phuket",
    "kata.wetsuit@gmail.com",
    [
        o("รับตัดเว็ทสูทตามสั่ง ใช้ยางนีโอพรีนของลูกค้าได้", "wetsuit_sewing_service"),
        o("ซ่อมชุดดำน้ำ ปะรู เปลี่ยนซิป", "wetsuit_repair_service"),
    ],
    [n("แผ่นนีโอพรีน 3 มิล บุผ้าสองหน้า", "neoprene_sheet"), u("ซิปหลังเว็ทสูท เบอร์ 10", "zips; nobody offers them")],
)
sme(
    29,
    EN,
    "Mae Rim Handloom Studio",
    HEMP,
    MID,
    "Chiang Mai",
    "studio@maerimhandloom.com",
    [
        o("Handwoven hemp cloth dyed with indigo and ebony, no chemicals", "natural_dyed_hemp_fabric"),
        o("Loomstate hemp cloth, undyed, 90 cm", "hemp_fabric"),
    ],
    [n("Hand-spun hemp yarn", "hemp_yarn"), n("Hom paste for our indigo vats", "indigo_paste")],
    bcg=("bio",),
)
sme(
    30,
    TH,
    "กลุ่มผ้าย้อมครามบ้านดอนกอย",
    HEMP,
    MID,
    "Sakon Nakhon",
    "donkoi.indigo@gmail.com",
    [
        o("เนื้อครามเปียก หมักเอง กิโลละ 250 บาท", "indigo_paste"),
        o("ผ้าฝ้ายทอมือย้อมคราม หน้าแคบ", "indigo_dyed_cotton_fabric"),
        o("รับย้อมครามผ้าหรือเสื้อของลูกค้า", "indigo_dyeing_service"),
    ],
    [n("ฝ้ายเข็นมือ", "handspun_cotton_yarn")],
    certs=("OTOP",),
    bcg=("bio",),
)

sme(
    31,
    TH,
    "กลุ่มประมงพื้นบ้านเกาะลันตา",
    CIRC,
    UP,
    "Krabi",
    "lanta.fisherfolk@gmail.com",
    [
        o("ข่ายปูเก่า อวนกุ้ง ไนลอนล้วน มัดรวมไว้ให้", "used_fishing_net"),
        o("ขวดน้ำพลาสติกใสที่เก็บจากชายหาด", "used_pet_bottles"),
    ],
    [],
    bcg=("circular",),
)
sme(
    32,
    EN,
    "Blue Loop Yarn Co.",
    CIRC,
    UP,
    "Rayong",
    "yarn@blueloop.co.th",
    [o("Recycled nylon 6 DTY 70D from ocean waste, GRS audit pending", "recycled_nylon_yarn")],
    [n("Nylon pellets from recycled nets", "recycled_nylon_chips")],
    bcg=("circular",),
)
sme(
    33,
    TH,
    "บริษัท โพลีเท็กซ์ โคราช จำกัด",
    SPORT,
    UP,
    "Korat",
    "sales@polytexkorat.co.th",
    [
        o("ด้ายพีบีทีเท็กซ์เจอร์ 75 ดีเนียร์ ยืดคืนตัวดี", "pbt_polyester_yarn"),
        o("ด้ายโพลีเอสเตอร์ 150 ดีเนียร์ สีขาว", "polyester_yarn"),
    ],
    [u("ชิปพีบีทีบริสุทธิ์ นำเข้า", "PBT polymer chips; nobody offers them")],
)
sme(
    34,
    EN,
    "Wave Weave Textiles Co., Ltd.",
    SPORT,
    MID,
    "Samut Prakan",
    "sales@waveweave.com",
    [
        o("4-way stretch polyester peach-skin for board shorts", "boardshort_fabric"),
        o("Polyester mesh lining for swim trunks", "mesh_lining_fabric"),
    ],
    [
        n("rPET filament 75D, GRS certified", "recycled_polyester_yarn", req=(GRS,)),
        n("Polyester yarn 150D", "polyester_yarn"),
    ],
    certs=("bluesign",),
)
sme(
    35,
    TH,
    "กลุ่มเข็นด้ายกัญชงบ้านสบมาง",
    HEMP,
    UP,
    "Nan",
    "sobmang.hemp@gmail.com",
    [o("ด้ายกัญชงเข็นมือ ไม่ฟอกสี", "hemp_yarn")],
    [n("เส้นใยกัญชงดิบ ตากแห้ง ไม่ต้องมีมาตรฐานเกษตรอินทรีย์", "hemp_fibre", waive=(OT,))],
    bcg=("bio",),
)
sme(
    36,
    TH,
    "กลุ่มฝ้ายพื้นเมืองบ้านหนองแคน",
    ALI,
    UP,
    "Roi Et",
    "nongkhaen.cotton@gmail.com",
    [o("ฝ้ายเข็นมือ สีตุ่น ขายเป็นไจ", "handspun_cotton_yarn"), o("ฝ้ายดอกพื้นเมือง ยังไม่อีดเมล็ด", "raw_cotton")],
    [],
    certs=("OTOP",),
    bcg=("bio",),
)
sme(
    37,
    EN,
    "Thai Lycra Knitting Co., Ltd.",
    SPORT,
    MID,
    "Pathum Thani",
    "sales@thailycraknit.com",
    [
        o("Nylon spandex jersey 82/18, 180 gsm, solid colours", "nylon_spandex_fabric"),
        o("Matte swim lycra, MOQ 200 m per colour", "nylon_spandex_fabric"),
    ],
    [
        n("Nylon 6 filament for warp knitting", "nylon_yarn"),
        n("Commission dyeing; we send our own greige", "fabric_dyeing_service"),
    ],
)
sme(
    38,
    TH,
    "หจก. ผ้าซับในสมุทร",
    SPORT,
    MID,
    "Samut Sakhon",
    "samut.lining@gmail.com",
    [o("ผ้าซับในชุดว่ายน้ำ สีเนื้อ สีขาว สีดำ", "swim_lining_fabric")],
    [n("เส้นด้ายไนลอนละเอียด 20 ดีเนียร์ สำหรับถักผ้าซับ", "nylon_yarn")],
)
sme(
    39,
    TH,
    "บริษัท นีโอพรีนระยอง จำกัด",
    SPORT,
    MID,
    "Rayong",
    "neoprene.rayong@gmail.com",
    [
        o("ยางนีโอพรีน 1.5 ถึง 7 มม. เคลือบผ้าไนลอน", "neoprene_sheet"),
        o("เศษนีโอพรีนจากการตัดแพทเทิร์น", "neoprene_scrap"),
    ],
    [n("ผ้าไนลอนสแปนเด็กซ์สำหรับเคลือบยาง", "nylon_spandex_fabric")],
)
sme(
    40,
    TH,
    "บริษัท พาราโฟม หาดใหญ่ จำกัด",
    SPORT,
    MID,
    "Songkla",
    "parafoam.hatyai@gmail.com",
    [o("แผ่นโฟมยางพาราธรรมชาติ ไม่ใช้นีโอพรีน หนา 3 มม.", "natural_rubber_foam_sheet")],
    [n("น้ำยางข้นจากสหกรณ์", "natural_rubber_latex")],
    bcg=("bio", "green"),
)
sme(
    41,
    TH,
    "บริษัท ยูวีการ์ด เท็กซ์ไทล์ จำกัด",
    SPORT,
    MID,
    "Samut Prakan",
    "sales@uvguardtextile.co.th",
    [o("ผ้ากีฬาโพลีสแปน กันยูวี UPF50+ สำหรับเสื้อแรชการ์ด", "rash_guard_fabric")],
    [n("เส้นด้ายรีไซเคิลจากขวดเพ็ท ไม่จำเป็นต้องมี GRS", "recycled_polyester_yarn", waive=(GRS,))],
    certs=("OEKO-TEX Standard 100",),
)
sme(
    42,
    TH,
    "ร้านสกรีนโลโก้ ราชเทวี",
    SPORT,
    MID,
    "Bangkok",
    "ratchathewi.screen@gmail.com",
    [
        o("สกรีนโลโก้ รีดฟิล์ม บนชุดว่ายน้ำสำเร็จของลูกค้า", "logo_printing_service"),
        o("พิมพ์ซับลิเมชั่นลงผ้าของลูกค้า หน้ากว้าง 160", "sublimation_printing_service"),
    ],
    [u("ฟิล์มเฟล็กซ์รีดร้อน ทนคลอรีน", "heat-transfer film; nobody offers it")],
)
sme(
    43,
    EN,
    "Phrae Hemp & Hom Weavers",
    HEMP,
    MID,
    "Phrae",
    "weave@phraehemp.com",
    [
        o("Hemp-cotton canvas 12 oz, natural colour", "hemp_cotton_fabric"),
        o("Machine-woven plain hemp cloth, 150 cm", "hemp_fabric"),
    ],
    [n("Hemp/cotton blended yarn around Ne 20", "hemp_cotton_yarn")],
    bcg=("bio",),
)
sme(
    44,
    TH,
    "กลุ่มทอผ้าขนหนูบ้านโนนทัน",
    ALI,
    MID,
    "Khon Kaen",
    "nonthan.towel@gmail.com",
    [
        o("ผ้าขนหนูผืนใหญ่ ฝ้ายล้วน ได้ มอก.", "towel"),
        o("ผ้าขนหนูเป็นม้วน ขายเป็นเมตร", "terry_fabric"),
        o("เศษผ้าขนหนูขาวจากการตัดริม", "cotton_fabric_scrap"),
    ],
    [n("ด้ายฝ้ายโรงงาน เบอร์ 20 สีขาว", "cotton_yarn", "organic_cotton_yarn")],
    certs=("มอก.",),
)
sme(
    45,
    TH,
    "กลุ่มเย็บผ้ารับจ้าง โพธาราม",
    SPORT,
    MID,
    "Ratchaburi",
    "photharam.sewing@gmail.com",
    [
        o("รับจ้างเย็บกางเกงว่ายน้ำ ชุดว่ายน้ำเด็ก งานเหมาโหล", "swimwear_sewing_service"),
        o("เศษผ้ายืดจากโรงเย็บ ขายเหมา", "nylon_spandex_scrap"),
    ],
    [n("ผ้าตาข่ายซับในกางเกงว่ายน้ำ", "mesh_lining_fabric")],
)
sme(
    46,
    EN,
    "Chao Phraya Dye Works Co., Ltd.",
    SPORT,
    MID,
    "Samut Prakarn",
    "dye@chaophrayadye.com",
    [
        o("Commission dyeing of nylon and PBT knits", "fabric_dyeing_service"),
        o("Dyed nylon spandex stock lots, navy and black", "nylon_spandex_fabric"),
    ],
    [n("Greige nylon tricot, undyed", "greige_nylon_spandex_fabric")],
    certs=("ISO 14001",),
)
sme(
    47,
    TH,
    "แบรนด์ ทะเลสวย สวิมแวร์",
    SPORT,
    DOWN,
    "Bangkok",
    "talaysuay.swim@gmail.com",
    [o("ชุดว่ายน้ำวันพีซ ผู้หญิง ไซส์ S ถึง 3XL", "womens_swimsuit"), o("บิกินี่ผูกข้าง ลายดอกไม้", "bikini")],
    [
        n("หาโรงงานรับเย็บชุดว่ายน้ำ เราส่งผ้าให้เอง", "swimwear_sewing_service"),
        n("ผ้าพิมพ์ลายสำหรับชุดว่ายน้ำ", "printed_swim_fabric"),
    ],
)
sme(
    48,
    EN,
    "Kata Swim Co.",
    CIRC,
    DOWN,
    "Phuket",
    "shop@kataswim.com",
    [
        o("One-piece swimsuits in recycled nylon, made in Phuket", "womens_swimsuit"),
        o("Ghost-net bikinis, reversible", "bikini"),
    ],
    [
        n("Recycled nylon swim fabric, GRS certified", "recycled_nylon_swim_fabric", req=(GRS,)),
        n("Elastic that survives chlorine", "swim_elastic"),
    ],
    bcg=("circular",),
)
sme(
    49,
    TH,
    "ชุดว่ายน้ำผู้สูงวัย คุณยายว่ายน้ำ",
    ALC,
    DOWN,
    "Nonthaburi",
    "khunyai.swim@gmail.com",
    [o("ชุดว่ายน้ำผู้สูงอายุ แขนสั้น ขายาวถึงเข่า ซิปหน้า ใส่ง่าย", "senior_swimwear")],
    [n("ผ้ายืดพีบีที ทนคลอรีน ไม่ย้วย", "chlorine_resistant_swim_fabric"), n("ผ้าซับใน", "swim_lining_fabric")],
)
sme(
    50,
    EN,
    "Pattaya Bikini House",
    SPORT,
    DOWN,
    "Chonburi",
    "sales@pattayabikini.com",
    [o("Triangle and string bikinis, wholesale", "bikini")],
    [
        n("Bikini rings and clasps", "swim_hardware"),
        n("All-over prints on our own lycra", "sublimation_printing_service"),
    ],
)
sme(
    51,
    TH,
    "บริษัท แรชการ์ดไทย จำกัด",
    SPORT,
    DOWN,
    "Bangkok",
    "sales@rashguardthai.co.th",
    [o("เสื้อแรชการ์ดแขนยาว กันยูวี ผู้ใหญ่", "rash_guard"), o("ชุดว่ายน้ำเด็กแขนยาว ลายการ์ตูน", "kids_swimwear")],
    [n("ผ้ายูพีเอฟ 50+", "rash_guard_fabric"), n("ร้านรับสกรีนโลโก้ลงเสื้อสำเร็จ", "logo_printing_service")],
)
sme(
    52,
    EN,
    "Surf Republic Apparel",
    SPORT,
    DOWN,
    "Phuket",
    "hello@surfrepublic.co",
    [o("Boardies, 19 inch, quick-dry", "board_shorts"), o("Long-sleeve rashies with surf prints", "rash_guard")],
    [n("Stretch fabric for board shorts", "boardshort_fabric"), n("Brief mesh for shorts", "mesh_lining_fabric")],
)
sme(
    53,
    TH,
    "ร้านชุดว่ายน้ำมุสลิมะห์ ปัตตานี",
    ALC,
    DOWN,
    "Pattani",
    "muslimah.swim.pattani@gmail.com",
    [o("ชุดว่ายน้ำมุสลิมะห์ คลุมผม แขนยาว ขายาว", "burkini")],
    [n("ผ้าสวิมทนคลอรีน สีเข้ม เนื้อหนา ไม่โป๊", "chlorine_resistant_swim_fabric")],
    certs=("Halal",),
)
sme(
    54,
    EN,
    "Modest Wave Co.",
    ALC,
    DOWN,
    "Bangkok",
    "team@modestwave.co",
    [o("Burkinis and full-cover swim sets", "burkini")],
    [n("Sewing contractor for modest swimwear, our fabric", "swimwear_sewing_service")],
)
sme(
    55,
    TH,
    "กางเกงว่ายน้ำชาย ตราปลาโลมา",
    SPORT,
    DOWN,
    "Nakhon Pathom",
    "plaloma.swim@gmail.com",
    [
        o("กางเกงว่ายน้ำชาย ทรงบ็อกเซอร์และทรงสามเหลี่ยม", "swim_shorts"),
        o("แจมเมอร์สำหรับนักกีฬาว่ายน้ำ", "swim_shorts"),
    ],
    [n("ผ้าไลคร่าสีพื้น ม้วนละ 50 หลา", "nylon_spandex_fabric")],
)
sme(
    56,
    EN,
    "Mae Ramphueng Surf Works",
    CIRC,
    DOWN,
    "Rayong",
    "surf@maeramphueng.com",
    [o("Board shorts made from recycled bottles", "board_shorts"), o("Surf ponchos in cotton terry", "surf_poncho")],
    [
        u(
            "Recycled stretch woven for board shorts, GRS certified",
            "the one board-short fabric mill holds bluesign, not GRS",
            "boardshort_fabric",
            req=(GRS,),
        ),
        n("Terry towelling cloth by the metre", "terry_fabric"),
    ],
    bcg=("circular",),
)
sme(
    57,
    TH,
    "ชุดว่ายน้ำเด็ก น้องปลาดาว",
    SPORT,
    DOWN,
    "Khon Kaen",
    "nongpladao@gmail.com",
    [
        o("ชุดว่ายน้ำเด็กหญิง กระโปรงระบาย 2 ถึง 10 ขวบ", "kids_swimwear"),
        o("หมวกว่ายน้ำผ้าลายการ์ตูนสำหรับเด็ก", "swim_cap_fabric"),
    ],
    [
        n(
            "ผ้ายืดที่ได้ OEKO-TEX สำหรับเสื้อผ้าเด็ก",
            "nylon_spandex_fabric",
            "rash_guard_fabric",
            "chlorine_resistant_swim_fabric",
            req=(OEKO,),
        )
    ],
)
sme(
    58,
    EN,
    "Little Fins Kidswear",
    SPORT,
    DOWN,
    "Bangkok",
    "hi@littlefins.co.th",
    [
        o("Kids' swimsuits and UV sun suits, 1-8 years", "kids_swimwear"),
        o("Reusable baby swim nappies", "reusable_swim_diaper"),
    ],
    [
        n("CMT factory for kids swimwear", "swimwear_sewing_service"),
        u("Plastic snap fasteners for nappies", "snaps; nobody offers them"),
    ],
)
sme(
    59,
    TH,
    "บริษัท ซิลิโคนแคป จำกัด",
    SPORT,
    DOWN,
    "Samut Prakan",
    "sales@siliconecap.co.th",
    [o("หมวกว่ายน้ำซิลิโคน พิมพ์โลโก้ได้ ขั้นต่ำ 200 ใบ", "swim_cap_silicone")],
    [u("ซิลิโคนเหลวเกรดอาหาร", "silicone raw material; nobody offers it")],
)
sme(
    60,
    TH,
    "วิสาหกิจชุมชนหมวกยางพาราบึงกาฬ",
    ALI,
    DOWN,
    "Bueng Kan",
    "paracap.buengkan@gmail.com",
    [o("หมวกว่ายน้ำยางพารา สีสด ราคาส่ง", "swim_cap_latex")],
    [n("น้ำยางข้น แอมโมเนียสูง", "natural_rubber_latex")],
    certs=("OTOP",),
    bcg=("bio",),
)
sme(
    61,
    EN,
    "Deep Blue Wetsuits Co., Ltd.",
    SPORT,
    DOWN,
    "Chonburi",
    "sales@deepbluewetsuits.com",
    [o("Steamers 3/2 and 5/4 mm, made to measure", "wetsuit"), o("Shorty springsuits for snorkel tours", "wetsuit")],
    [
        n("Double-lined neoprene, 3 and 5 mm", "neoprene_sheet"),
        n("Neoprene-free wetsuit material, natural rubber", "natural_rubber_foam_sheet"),
    ],
)
sme(
    62,
    EN,
    "Pink Ribbon Swim",
    ALC,
    DOWN,
    "Bangkok",
    "care@pinkribbonswim.com",
    [o("Post-mastectomy swimsuits with pocketed cups", "mastectomy_swimsuit")],
    [
        n("Soft cups to sew into prosthesis pockets", "swim_bra_cups"),
        u("Silicone breast forms, ISO 13485", "a medical device; no maker in the set", req=("ISO 13485",)),
    ],
)

sme(
    63,
    TH,
    "บริษัท แห้งสบาย จำกัด",
    ALC,
    DOWN,
    "Nonthaburi",
    "sales@haengsabai.co.th",
    [o("กางเกงว่ายน้ำซึมซับ สำหรับผู้สูงอายุที่กลั้นปัสสาวะไม่อยู่", "adult_swim_brief")],
    [
        n("ใครรับเย็บกางเกงว่ายน้ำ ออร์เดอร์ละ 500 ตัว บ้างคะ", "swimwear_sewing_service"),
        u("ผ้าพียูลามิเนตกันน้ำ เกรดการแพทย์", "waterproof PU laminate; nobody offers it"),
    ],
)
sme(
    64,
    TH,
    "กระเป๋ากัญชงม้ง ดอยสุเทพ",
    HEMP,
    DOWN,
    "Chiang Mai",
    "hmonghempbag@gmail.com",
    [o("กระเป๋าชายหาดผ้ากัญชงทอมือ ย้อมคราม ปักลายม้ง", "beach_bag")],
    [n("ผ้ากัญชงทอมือ", "hemp_fabric", "natural_dyed_hemp_fabric")],
    certs=("OTOP",),
    bcg=("bio",),
)
sme(
    65,
    EN,
    "Ao Nang Beach Goods",
    HEMP,
    DOWN,
    "Krabi",
    "aonangbeachgoods@gmail.com",
    [o("Batik sarongs and pareos", "beach_cover_up"), o("Beach towels, cotton terry, 80 x 160 cm", "towel")],
    [
        n("Hemp tote bags for the beach", "beach_bag"),
        n("Indigo cotton cloth for cover-ups", "indigo_dyed_cotton_fabric"),
        n("Someone to indigo-dye our plain white sarongs", "indigo_dyeing_service"),
    ],
)
sme(
    66,
    TH,
    "ร้านผ้ามัดย้อม เกาะสมุย",
    HEMP,
    DOWN,
    "Surat",
    "samui.tiedye@gmail.com",
    [o("ผ้าปาเต๊ะ ผ้าโสร่ง ชุดคลุมชายหาดมัดย้อม", "beach_cover_up")],
    [n("อยากได้ผ้าฝ้ายย้อมสีธรรมชาติ ไม่เอาสีเคมี", "indigo_dyed_cotton_fabric")],
)
sme(
    67,
    EN,
    "Hill Hemp Bags",
    HEMP,
    DOWN,
    "Chiang Rai",
    "order@hillhempbags.com",
    [o("Beach totes in hemp-cotton canvas", "beach_bag"), o("Hemp swim bags with drawstring", "beach_bag")],
    [n("Natural hemp-cotton canvas", "hemp_cotton_fabric")],
    bcg=("bio",),
)
sme(
    68,
    TH,
    "กลุ่มทอผ้าขาวม้าบ้านโพน",
    ALI,
    DOWN,
    "Kalasin",
    "banphon.phakhaoma@gmail.com",
    [o("ผ้าขาวม้าทอมือ ลายตาหมากรุก ใช้อาบน้ำ เล่นน้ำ", "pha_khao_ma")],
    [n("ฝ้ายโรงงานย้อมสีสำเร็จ", "dyed_cotton_yarn")],
    certs=("OTOP",),
)
sme(
    69,
    EN,
    "Korat Cotton Spinning Co., Ltd.",
    HEMP,
    UP,
    "Nakhon Ratchasima",
    "sales@koratcotton.co.th",
    [
        o("Carded cotton yarn Ne 20/1, raw white", "cotton_yarn"),
        o("Dyed cotton yarn on cones, 40 shades", "dyed_cotton_yarn"),
    ],
    [u("Ginned cotton lint in bales, long staple", "ginned lint; the farms in the set sell only seed cotton")],
)
sme(
    70,
    EN,
    "Kata Beach Resort & Spa",
    SPORT,
    DOWN,
    "Phuket",
    "purchasing@katabeachresort.com",
    [o("Sorted PET bottles from guest rooms, weekly pick-up", "used_pet_bottles")],
    [
        n("Kids' club rash vests with our logo", "rash_guard"),
        n("Ladies' one-pieces for the resort boutique", "womens_swimsuit"),
        n("Embroider our logo on pool towels we supply", "embroidery_service"),
    ],
)
sme(
    71,
    TH,
    "โรงเรียนสอนว่ายน้ำ ปลาน้อย",
    SPORT,
    DOWN,
    "Bangkok",
    "plarnoi.swimschool@gmail.com",
    [],
    [
        n(
            "หมวกว่ายน้ำ สกรีนชื่อโรงเรียน 500 ใบ มี มอก. ก็ดี",
            "swim_cap_silicone",
            "swim_cap_latex",
            "swim_cap_fabric",
            waive=("Thai Industrial Standard",),
        ),
        n("ชุดว่ายน้ำเด็ก ทนคลอรีน", "kids_swimwear"),
    ],
)
sme(
    72,
    EN,
    "Koh Tao Dive Centre",
    SPORT,
    DOWN,
    "Surat Thani",
    "dive@kohtaodivecentre.com",
    [o("Retired rental wetsuits, 40 to 60 a year", "used_wetsuit")],
    [
        n("Wetsuit repairs, seams and zips", "wetsuit_repair_service"),
        n("3 mm shorties, 30 pcs", "wetsuit"),
        n("Rash guards with our dive-shop logo", "rash_guard"),
    ],
)
sme(
    73,
    TH,
    "ศูนย์ดำน้ำ เกาะพีพี",
    SPORT,
    DOWN,
    "Krabi",
    "phiphi.divecenter@gmail.com",
    [o("ชุดเว็ทสูทเก่าที่เลิกให้เช่าแล้ว", "used_wetsuit")],
    [
        n("ชุดดำน้ำใหม่ สำหรับให้ลูกค้าเช่า", "wetsuit"),
        u("ถังอากาศดำน้ำ อลูมิเนียม", "scuba tanks; nobody offers them"),
    ],
)
sme(
    74,
    EN,
    "Golden Years Care Home",
    ALC,
    DOWN,
    "Nonthaburi",
    "admin@goldenyearscare.co.th",
    [],
    [
        n("Easy-on swimwear for elderly residents", "senior_swimwear"),
        n("Incontinence swim pants for residents", "adult_swim_brief"),
    ],
)
sme(
    75,
    TH,
    "โรงพยาบาลเวชศาสตร์ฟื้นฟู ขอนแก่น",
    ALI,
    DOWN,
    "Khon Kaen",
    "rehab.kk.purchase@gmail.com",
    [],
    [
        n("ชุดลงสระสำหรับผู้ป่วยทำกายภาพในน้ำ ถอดใส่ง่าย", "senior_swimwear"),
        n("ผ้าเช็ดตัวผืนใหญ่ ต้องผ่าน มอก.", "towel", req=("Thai Industrial Standard",)),
    ],
)
sme(
    76,
    EN,
    "Aqua Sports Retail Co., Ltd.",
    SPORT,
    DOWN,
    "Bangkok",
    "buying@aquasportsretail.com",
    [],
    [
        n("Competition jammers and briefs", "swim_shorts"),
        u("Anti-fog swim goggles", "goggles; nobody in the set makes them"),
        n("Men's board shorts for the summer range", "board_shorts"),
    ],
)
sme(
    77,
    TH,
    "สระว่ายน้ำเทศบาลนครอุดรธานี",
    ALI,
    DOWN,
    "Udon Thani",
    "udon.pool@gmail.com",
    [],
    [n("หมวกว่ายน้ำยางพาราราคาถูก", "swim_cap_latex"), n("เสื้อกันแดดแขนยาวให้เจ้าหน้าที่ไลฟ์การ์ด", "rash_guard")],
)
sme(
    78,
    TH,
    "ร้านเซิร์ฟ เขาหลัก",
    SPORT,
    DOWN,
    "Phang Nga",
    "khaolak.surf@gmail.com",
    [o("รับซ่อมเว็ทสูทและบอร์ดเซิร์ฟ", "wetsuit_repair_service")],
    [n("บอร์ดชอร์ต", "board_shorts"), n("เว็ทสูทผู้หญิง 2 มิล", "wetsuit")],
)
sme(
    79,
    EN,
    "Koh Lipe Reef Divers",
    SPORT,
    DOWN,
    "Satun",
    "hello@lipereefdivers.com",
    [],
    [
        n("Long-sleeve sun tops for snorkel guests", "rash_guard"),
        n("Who can fix torn wetsuits? We ship from Satun", "wetsuit_repair_service"),
    ],
)
sme(
    80,
    TH,
    "ชมรมว่ายน้ำสตรีมุสลิม ยะลา",
    ALC,
    DOWN,
    "Yala",
    "yala.muslimah.swim@gmail.com",
    [],
    [n("ชุดว่ายน้ำคลุมทั้งตัว ต้องมีตราฮาลาล", "burkini", req=("Halal",))],
)
sme(
    81,
    TH,
    "กลุ่มแม่บ้านเย็บผ้า ปักธงชัย",
    ALI,
    MID,
    "Khorat",
    "pakthongchai.sewing@gmail.com",
    [o("รับปักชื่อ ปักโลโก้ บนผ้าขนหนูหรือเสื้อที่ลูกค้าส่งมา", "embroidery_service")],
    [n("ยางยืดขอบชุด ไม่ย้วยน้ำคลอรีน", "swim_elastic")],
)
sme(
    82,
    TH,
    "ร้านชุดกีฬาผู้สูงวัย อุบลฯ",
    ALI,
    DOWN,
    "Ubon Ratchathani",
    "ubon.seniorsport@gmail.com",
    [o("ชุดแอโรบิกในน้ำสำหรับผู้สูงวัย เสื้อกับกางเกงสามส่วน", "senior_swimwear")],
    [n("ผ้าสวิมทนคลอรีนพิเศษ แบบที่ไม่ย้วยง่าย", "chlorine_resistant_swim_fabric")],
)
sme(
    83,
    EN,
    "Isan Aqua Therapy Centre",
    ALI,
    DOWN,
    "Khon Kaen",
    "info@isanaquatherapy.com",
    [],
    [
        n("Reusable swim diapers for adults", "adult_swim_brief"),
        n("Pha khao ma bath cloths for the hot spring", "pha_khao_ma"),
    ],
)
sme(
    84,
    TH,
    "วิสาหกิจชุมชนรีไซเคิลยาง แม่ริม",
    CIRC,
    DOWN,
    "Chiang Mai",
    "maerim.upcycle@gmail.com",
    [o("ที่รองแก้ว แผ่นรองเมาส์ ทำจากเศษนีโอพรีน", "neoprene_upcycled_goods")],
    [n("เศษยางนีโอพรีนจากโรงตัดเว็ทสูท", "neoprene_scrap"), n("เว็ทสูทเก่า ขาดก็เอา", "used_wetsuit")],
    bcg=("circular",),
)
sme(
    85,
    EN,
    "ReSwim Collective",
    CIRC,
    DOWN,
    "Bangkok",
    "studio@reswim.co",
    [
        o("Upcycled bikinis from deadstock swim fabric", "bikini"),
        o("Scrunchies sewn from lycra offcuts", "hair_scrunchie"),
    ],
    [
        n("Deadstock swim lycra, OEKO-TEX not required", "nylon_spandex_fabric", waive=(OEKO,)),
        n("Lycra scraps big enough for scrunchies", "nylon_spandex_scrap"),
    ],
    bcg=("circular",),
)
sme(
    86,
    TH,
    "ชุดคลุมว่ายน้ำผ้ากัญชง ชะอำ",
    HEMP,
    DOWN,
    "Phetchaburi",
    "chaam.hempwear@gmail.com",
    [o("เสื้อคลุมชายหาดผ้ากัญชง ย้อมเปลือกมะพร้าว", "beach_cover_up")],
    [n("ผ้ากัญชงย้อมสีธรรมชาติเท่านั้น ห้ามสีสังเคราะห์", "natural_dyed_hemp_fabric")],
    bcg=("bio",),
)
sme(
    87,
    EN,
    "Khao Lak Eco Resort",
    HEMP,
    DOWN,
    "Phang Nga",
    "buyer@khaolakeco.com",
    [],
    [
        u("GOTS organic cotton pool robes", "no robe maker in the set", req=(GOTS,)),
        n("Beach bags for the gift shop", "beach_bag"),
        n("Sarongs or pareos for the gift shop", "beach_cover_up"),
    ],
)
sme(
    88,
    TH,
    "ศูนย์ดูแลผู้สูงอายุ บ้านสุขใจ แม่กลอง",
    ALC,
    DOWN,
    "Mae Klong",
    "baansukjai.care@gmail.com",
    [],
    [n("ชุดว่ายน้ำคนแก่ ใส่ง่าย", "senior_swimwear"), n("กางเกงซึมซับสำหรับลงสระ", "adult_swim_brief")],
)
sme(
    89,
    EN,
    "Hua Hin Senior Living",
    ALC,
    DOWN,
    "Prachuap Khiri Khan",
    "care@huahinseniorliving.com",
    [],
    [
        n("Aqua aerobics outfits for seniors, modest cut", "senior_swimwear"),
        u("Non-slip pool shoes for residents", "pool shoes; nobody in the set makes them"),
    ],
)
sme(
    90,
    TH,
    "สมาคมกีฬาว่ายน้ำจังหวัดชลบุรี",
    SPORT,
    DOWN,
    "Chon Buri",
    "chonburi.swimming@gmail.com",
    [],
    [n("กางเกงแข่งว่ายน้ำ ทรงแจมเมอร์", "swim_shorts"), n("หมวกซิลิโคน สกรีนธงสมาคม", "swim_cap_silicone")],
)
sme(
    91,
    EN,
    "Logo Heat Press BKK",
    SPORT,
    MID,
    "Bangkok",
    "print@logoheatpress.com",
    [o("Heat-transfer logos on finished rash guards and caps", "logo_printing_service")],
    [n("Blank silicone swim caps for printing", "swim_cap_silicone")],
)
sme(
    92,
    TH,
    "สหกรณ์สวนยางบ้านนาโยง",
    SPORT,
    UP,
    "Trang",
    "nayong.rubber@gmail.com",
    [o("น้ำยางสดจากสวน ส่งทุกเช้า", "fresh_field_latex")],
    [],
    bcg=("bio",),
)
sme(
    93,
    EN,
    "Swim Take-Back Thailand",
    CIRC,
    UP,
    "Bangkok",
    "collect@swimtakeback.org",
    [o("Used swimsuits collected at public pools, nylon blends", "used_swimwear")],
    [u("Chemical depolymerisation partner for nylon-spandex blends", "no depolymerisation plant in the set")],
    bcg=("circular",),
)
sme(
    94,
    TH,
    "ร้านชุดว่ายน้ำ หาดป่าตอง",
    SPORT,
    DOWN,
    "Phuket",
    "patong.swimshop@gmail.com",
    [],
    [
        n("ชุดว่ายน้ำวันพีซ ไซส์ใหญ่ ราคาส่ง", "womens_swimsuit"),
        n("กางเกงว่ายน้ำผู้ชาย", "swim_shorts", "board_shorts"),
    ],
)
sme(
    95,
    EN,
    "Koh Chang Surf & Paddle",
    SPORT,
    DOWN,
    "Trat",
    "paddle@kohchangsurf.com",
    [],
    [n("Does anyone make kids' wetsuits?", "wetsuit")],
)

# ---------------------------------------------------------------- end of profiles

# ---------------------------------------------------------------- links

SIZE = 95
LINK_RANGE = (160, 180)
THAI_SHARE = (0.50, 0.60)
UNMET_RANGE = (17, 23)
CROSS_SHARE = (0.40, 0.60)
THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z]")
ENGLISH_OK = re.compile(r"[\x20-\x7e]*")
EMAIL = re.compile(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+")


def qualified(supplier: Sme, buyer: Sme, need: Need) -> bool:
    """The supplier offers a thing the need lists and holds every certification the need requires."""
    if supplier.sid == buyer.sid:
        return False
    if not any(label in need.labels for _, label in supplier.offers):
        return False
    return all(cert in supplier.canon_certs for cert in need.req)


def suppliers_of(buyer: Sme, need: Need) -> list[Sme]:
    return [s for s in SMES if qualified(s, buyer, need)]


def true_links() -> list[tuple[str, str]]:
    pairs = {(s.sid, b.sid) for b in SMES for need in b.needs if not need.unmet_note for s in suppliers_of(b, need)}
    return sorted(pairs)


# ---------------------------------------------------------------- checks


def thai_share(text: str) -> float:
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def names_certification(text: str, cert: str) -> bool:
    """The need's text names `cert` (any of its names, aliases or mentions; spacing ignored)."""
    record = next(c for c in tx.CERTIFICATIONS if c.name == cert)
    squeeze = re.compile(r"[\s\-.]+")
    flat = squeeze.sub("", text).casefold()
    words = (record.name, record.full_name, record.name_th, *record.aliases, *record.mentions)
    return any(squeeze.sub("", w).casefold() in flat for w in words)


def check_phrase(errors: list[str], where: str, lang: str, text: str) -> None:
    if not text.strip() or text != text.strip():
        errors.append(f"{where}: empty or padded text {text!r}")
    if lang == TH and thai_share(text) < 0.6:
        errors.append(f"{where}: Thai text is not mostly Thai letters: {text!r}")
    if lang == EN and (THAI_LETTER.search(text) or not ENGLISH_OK.fullmatch(text)):
        errors.append(f"{where}: English text has non-Latin characters: {text!r}")


def check_profile(errors: list[str], index: int, s: Sme) -> None:
    where = s.sid
    if s.sid != f"bsi-{index + 1:03d}":
        errors.append(f"{where}: id out of order or malformed (expected bsi-{index + 1:03d})")
    if s.lang not in tx.LANGUAGES:
        errors.append(f"{where}: bad language {s.lang!r}")
    if s.sub not in {m.value for m in tx.SubCluster}:
        errors.append(f"{where}: bad sub-cluster {s.sub!r}")
    if s.stage not in {m.value for m in tx.Stage}:
        errors.append(f"{where}: bad stage {s.stage!r}")
    if tx.resolve_province(s.province) is None:
        errors.append(f"{where}: province {s.province!r} does not resolve")
    for cert in s.certs:
        if tx.resolve_certification(cert) is None:
            errors.append(f"{where}: certification {cert!r} does not resolve")
    for tag in s.bcg:
        if tag not in {m.value for m in tx.BcgTag}:
            errors.append(f"{where}: bad BCG tag {tag!r}")
    if len(set(s.bcg)) != len(s.bcg) or len(set(s.certs)) != len(s.certs):
        errors.append(f"{where}: repeated certification or BCG tag")
    if not EMAIL.fullmatch(s.email):
        errors.append(f"{where}: bad email {s.email!r}")
    if not (len(s.offers) <= 3 and len(s.needs) <= 3 and (s.offers or s.needs)):
        errors.append(f"{where}: needs 0-3 offers and 0-3 needs, and not both empty")
    check_phrase(errors, f"{where} name", s.lang, s.name)
    for k, (text, label) in enumerate(s.offers):
        check_phrase(errors, f"{where} offer {k + 1}", s.lang, text)
        if not re.fullmatch(r"[a-z0-9_]+", label):
            errors.append(f"{where} offer {k + 1}: bad label {label!r}")
    for k, need in enumerate(s.needs):
        check_need(errors, f"{where} need {k + 1}", s, need)


def check_need(errors: list[str], where: str, buyer: Sme, need: Need) -> None:
    check_phrase(errors, where, buyer.lang, need.text)
    canonical = {c.name for c in tx.CERTIFICATIONS}
    for cert in (*need.req, *need.waive):
        if cert not in canonical:
            errors.append(f"{where}: {cert!r} is not a canonical certification name")
        elif not names_certification(need.text, cert):
            errors.append(f"{where}: certification {cert!r} is not named in {need.text!r}")
    if set(need.req) & set(need.waive):
        errors.append(f"{where}: a certification is both required and waived")
    for label in need.labels:
        if not any(label == lb for s in SMES if s.sid != buyer.sid for _, lb in s.offers):
            errors.append(f"{where}: label {label!r} is offered by no one but the buyer")
    offered = {text.casefold() for s in SMES for text, _ in s.offers}
    if need.text.casefold() in offered:
        errors.append(f"{where}: need worded exactly like an offer")
    found = suppliers_of(buyer, need)
    if need.unmet_note and found:
        errors.append(f"{where}: marked unmet but met by {[s.sid for s in found]}")
    if not need.unmet_note and not need.labels:
        errors.append(f"{where}: met need lists no labels")
    if not need.unmet_note and need.labels and not found:
        errors.append(f"{where}: no qualified supplier; mark it unmet")


def check_all() -> list[str]:
    errors: list[str] = []
    ids = [s.sid for s in SMES]
    if len(ids) != len(set(ids)):
        errors.append("ids are not unique")
    if len(SMES) != SIZE:
        errors.append(f"{len(SMES)} profiles, expected {SIZE}")
    for index, s in enumerate(SMES):
        check_profile(errors, index, s)
    emails = Counter(s.email for s in SMES)
    errors += [f"email {e} used {c} times" for e, c in emails.items() if c > 1]
    stats = statistics()
    lo, hi = LINK_RANGE
    if not lo <= stats["links"] <= hi:
        errors.append(f"{stats['links']} true links, expected {lo}-{hi}")
    share = stats["thai"] / len(SMES) if SMES else 0.0
    if not THAI_SHARE[0] <= share <= THAI_SHARE[1]:
        errors.append(f"Thai share {share:.2f} outside {THAI_SHARE}")
    if not UNMET_RANGE[0] <= stats["unmet"] <= UNMET_RANGE[1]:
        errors.append(f"{stats['unmet']} needs met by no one, expected {UNMET_RANGE}")
    cross = stats["cross"] / stats["links"] if stats["links"] else 0.0
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    met_counts = stats["met_counts"]
    few = sum(1 for c in met_counts if 1 <= c <= 3)
    if met_counts and few / len(met_counts) < 0.7:
        errors.append(f"only {few} of {len(met_counts)} met needs have 1-3 suppliers")
    return errors


# ---------------------------------------------------------------- counts


def statistics() -> dict:
    links = true_links()
    by_id = {s.sid: s for s in SMES}
    met = [(b, nd) for b in SMES for nd in b.needs if not nd.unmet_note]
    return {
        "links": len(links),
        "link_list": links,
        "thai": sum(1 for s in SMES if s.lang == TH),
        "unmet": sum(1 for s in SMES for nd in s.needs if nd.unmet_note),
        "met_counts": [len(suppliers_of(b, nd)) for b, nd in met],
        "th_en": sum(1 for a, b in links if by_id[a].lang == TH and by_id[b].lang == EN),
        "en_th": sum(1 for a, b in links if by_id[a].lang == EN and by_id[b].lang == TH),
        "cross": sum(1 for a, b in links if by_id[a].lang != by_id[b].lang),
        "cross_sub": sum(1 for a, b in links if by_id[a].sub != by_id[b].sub),
    }


def counts_table() -> str:
    stats = statistics()
    rows: list[tuple[str, str]] = []
    total = len(SMES)
    rows.append(("profiles", str(total)))
    rows.append(("Thai / English profiles", f"{stats['thai']} / {total - stats['thai']}"))
    for sub in tx.SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(1 for s in SMES if s.sub == sub.value))))
    for stage in tx.Stage:
        rows.append((f"stage {stage.value}", str(sum(1 for s in SMES if s.stage == stage.value))))
    regions = Counter(tx.resolve_province(s.province).region.value for s in SMES)
    for region in tx.Region:
        rows.append((f"region {region.value}", str(regions[region.value])))
    rows.append(("distinct provinces", str(len({tx.resolve_province(s.province).name_en for s in SMES}))))
    rows.append(("offers", str(sum(len(s.offers) for s in SMES))))
    rows.append(("distinct offer labels", str(len({lb for s in SMES for _, lb in s.offers}))))
    needs = [nd for s in SMES for nd in s.needs]
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(needs) - stats['unmet']} / {stats['unmet']}"))
    rows.append(("needs requiring a certification", str(sum(1 for nd in needs if nd.req))))
    rows.append(("needs waiving a certification", str(sum(1 for nd in needs if nd.waive))))
    links = stats["links"]
    rows.append(("true links", str(links)))
    rows.append(("links Thai supplier -> English buyer", str(stats["th_en"])))
    rows.append(("links English supplier -> Thai buyer", str(stats["en_th"])))
    share = 100 * stats["cross"] / links if links else 0.0
    rows.append(("cross-language links (share)", f"{stats['cross']} ({share:.1f} %)"))
    rows.append(("within-language links", str(links - stats["cross"])))
    rows.append(("links between different sub-clusters", str(stats["cross_sub"])))
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count':<{width}} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k:<{width}} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- output


def profile_json(s: Sme) -> str:
    record: dict[str, object] = {
        "id": s.sid,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [nd.text for nd in s.needs],
    }
    if s.certs:
        record["certifications"] = list(s.certs)
    if s.bcg:
        record["bcg"] = list(s.bcg)
    record["contact_email"] = s.email
    record["language"] = s.lang
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


README = """\
# `eval/blind_plain_swim`: swimwear and surf, plain registry entries

## What the set checks

Whether the matcher finds the true supplier-buyer pairs among {profiles} SME profiles of the Health and
Wellness Economy textile cluster when the wording is new to it. The theme is swimwear and surf:
swimsuits, bikinis, rash guards, burkinis, swim and board shorts, kids' swimwear, swim caps, wetsuits and
neoprene, chlorine-resistant and recycled nylon fabric, swim lining and trims, swimwear sewing, and the
resorts, swimming schools, surf shops, dive centres, care homes and hospitals that buy; plus the
ordinary fibre, yarn, waste, cloth, dyeing and sewing suppliers of the cluster. Entries are short
registry phrases, one per offer or need, about 55 % in Thai and the rest in English; a need is usually
worded differently from the offers that meet it, often in the other language.

Hard cases on purpose: a service versus the goods it works on (dyeing or printing the customer's cloth
versus dyed or printed cloth, sewing for others versus finished swimwear, laminating the customer's
jersey versus neoprene sheet); the customer's own goods sent for work; waste and used goods versus new
(old nets, retired wetsuits, cutting waste); raw versus processed (fibre, yarn, cloth, product; fresh
latex versus concentrated latex); finished goods described by their material, colour or technique (a
beach bag of indigo-dyed hemp is a bag); needs written as a wish, a bare noun phrase or a question;
refusals ("no synthetic dye", "neoprene-free"); needs that require a named certification and needs that
name one only to waive it; and needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of `/work/shared/contracts/CONTRACTS.md` (cluster profiles,
JSONL version 1, and the links CSV), `shared/taxonomy.py` with the files in `shared/taxonomy_data/`,
and the `[tool.ruff]` section of `pyproject.toml`; nothing else of the project (not the matcher, its
glossary, its tests, other evaluation sets or the project's data). Every profile, offer, need and label
is written out in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is, for example
`nylon_spandex_fabric` (dyed cloth) versus `greige_nylon_spandex_fabric` versus
`fabric_dyeing_service`. Every need either lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one with a short note. A pair (supplier,
buyer) is a true link when some offer of the supplier carries a label listed by one of the buyer's
needs and the supplier's certifications (read with `resolve_certification`) hold every certification
that need requires. A certification the need names only to waive it is not required. An SME is never
linked to itself. Shared words play no part; quantities, prices and places never decide a link; what
changes what the thing is does. Labels live only in `write.py`; the written files carry none.

Before writing, the script checks: ids unique and well-formed; every contract field valid (sub-cluster,
stage and BCG values from the taxonomy, every province resolves with `resolve_province`, every
certification with `resolve_certification`); every label a need lists is offered by someone other than
the buyer; every met need has a qualified supplier and every unmet one has none; each required or
waived certification is named in the need's text; Thai phrases are mostly Thai letters and English ones
Latin only; the size targets (95 profiles, 160-180 true links, about half of them across languages,
about 20 needs met by no one, most met needs met by 1-3 suppliers). It writes nothing if a check fails.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_swim/write.py

Two runs give identical bytes.

## Files

- `write.py`: all data and labels, the checks, and the writer of the files below.
- `profiles.jsonl`: {profiles} profiles in the contract's JSONL version 1, ids `bsi-001` to `bsi-095`,
  no labels or extra fields.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    errors = check_all()
    if errors:
        for error in errors:
            print("check failed:", error, file=sys.stderr)
        print(f"{len(errors)} checks failed; nothing written", file=sys.stderr)
        return 1
    table = counts_table()
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    links = links_csv(true_links())
    readme = README.format(profiles=len(SMES), table=table)
    for name, text in (("profiles.jsonl", profiles), ("links.csv", links), ("README.md", readme)):
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
