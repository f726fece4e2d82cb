"""Write the hand-labelled evaluation set `eval/blind_plain_marine/`.

Theme: marine and boat textiles (sails, boat covers, life jackets, mooring ropes, awnings) and the
ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster. Every offer carries a label that
says what the thing is; every need lists the labels that would meet it and the certifications its text
requires, or is marked as met by no one. The true links follow from the labels alone.

Run from the repository root:  .venv/bin/python eval/blind_plain_marine/write.py
It checks the data first and writes nothing if a check fails.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
_taxonomy = importlib.import_module("shared.taxonomy")
CERTIFICATIONS = _taxonomy.CERTIFICATIONS
BcgTag = _taxonomy.BcgTag
Stage = _taxonomy.Stage
SubCluster = _taxonomy.SubCluster
find_certifications = _taxonomy.find_certifications
resolve_certification = _taxonomy.resolve_certification
resolve_province = _taxonomy.resolve_province

# ------------------------------------------------------------------ vocabulary

TH, EN = "th", "en"
HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
AGE_C = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AGE_I = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP, MID, DOWN = Stage.UPSTREAM.value, Stage.MIDSTREAM.value, Stage.DOWNSTREAM.value
BIO, CIRCULAR, GREEN = BcgTag.BIO.value, BcgTag.CIRCULAR.value, BcgTag.GREEN.value

GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
ORG_TH = "Organic Thailand"
OTOP = "OTOP"
ISO9 = "ISO 9001"
ISO14 = "ISO 14001"
ISO13485 = "ISO 13485"
TIS = "Thai Industrial Standard"
FAIR = "Fairtrade"
BLUE = "bluesign"
PEACOCK = "Thai Silk Peacock Emblem"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it; empty when it is met


@dataclass(frozen=True)
class Sme:
    num: int
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

    @property
    def id(self) -> str:
        return f"bsl-{self.num:03d}"


def need(text: str, labels: str, req: str | tuple[str, ...] = (), waive: str | tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of the space-separated `labels`."""
    return Need(text, tuple(labels.split()), _names(req), _names(waive))


def nobody(text: str, note: str, labels: str = "", req: str | tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` may name goods that would, were the certification held."""
    return Need(text, tuple(labels.split()), _names(req), (), note)


def _names(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def sme(
    num: int,
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
    return Sme(num, language, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg)


# ------------------------------------------------------------------ data: upstream fibre, yarn and waste

# fmt: off
PART_1 = [
    sme(1, TH, "วิสาหกิจชุมชนกัญชงบ้านแม่ระมาด", HEMP, UP, "Tak", "maeramat.hemp@gmail.com",
        [("ใยกัญชงลอกมือ ตากแดด มัดละ 5 กก.", "hemp_fibre_raw"), ("ด้ายกัญชงเข็นมือ แบบม้ง", "hemp_yarn")],
        [nobody("อยากได้เครื่องลอกเปลือกกัญชง มือสองก็ได้", "a machine; no one in the set sells machinery")],
        certs=(ORG_TH,), bcg=(BIO,)),
    sme(2, EN, "Doi Saket Hemp Fibre Co., Ltd.", HEMP, UP, "Chiang Mai", "sales@doisakethemp.co.th",
        [("Decorticated hemp bast fibre, 50 kg bales", "hemp_fibre_raw"),
         ("Combed hemp sliver, ready to spin", "hemp_sliver")],
        [need("Commission spinning of our sliver into yarn", "spinning_service")],
        certs=(ORG_TH,), bcg=(BIO,)),
    sme(3, TH, "โรงปั่นด้ายภูเรือ", HEMP, UP, "Loei", "phuruea.spinning@gmail.com",
        [("ด้ายกัญชงผสมฝ้าย 50/50 เบอร์ 16", "hemp_cotton_yarn"),
         ("รับปั่นด้ายจากเส้นใยที่ลูกค้าส่งมา", "spinning_service")],
        [need("เปลือกกัญชงลอกแล้ว หรือใยหวีแล้ว ขั้นต่ำ 200 กก.", "hemp_fibre_raw hemp_sliver")]),
    sme(4, EN, "Chumphon Coir Works", HEMP, UP, "Chumphon", "coirworks.cpn@gmail.com",
        [("Brown coconut coir fibre, baled", "coir_fibre"), ("Coir twine 3-ply", "coir_rope")],
        [nobody("Woven PP sacks for export packing", "no one in the set makes woven polypropylene sacks")],
        bcg=(BIO,)),
    sme(5, TH, "นุ่นป้าเพียร ร่อนพิบูลย์", HEMP, UP, "Nakhon Si Thammarat", "pian.kapok@gmail.com",
        [("ปุยนุ่น ดีดแล้ว แยกเมล็ดออก กก.ละ 120 บาท", "kapok_fibre")],
        [], bcg=(BIO,)),
    sme(6, TH, "กลุ่มนุ่นบ้านปราณบุรี", HEMP, UP, "Prachuap Khiri Khan", "pranburi.nun@gmail.com",
        [("นุ่นอัดก้อน 20 กก. สำหรับยัดหมอน ที่นอน", "kapok_fibre")],
        [need("ผ้าดิบ ทำถุงใส่นุ่น", "cotton_greige_fabric")]),
    sme(7, TH, "กลุ่มจักสานกระจูดทะเลน้อย", HEMP, UP, "Phatthalung", "talenoi.krajood@gmail.com",
        [("ต้นกระจูดตากแห้ง รีดแบนแล้ว", "krajood_dried"), ("เสื่อกระจูดทอมือ 2x2 เมตร", "krajood_mat")],
        [need("สีย้อมจากธรรมชาติ เปลือกไม้ ใบไม้", "natural_dye_material indigo_paste")],
        certs=(OTOP,), bcg=(BIO,)),
    sme(8, EN, "Isan Organic Cotton Ginnery", HEMP, UP, "Khon Kaen", "info@isanorganiccotton.com",
        [("Ginned organic cotton lint, 2024 crop", "cotton_lint"),
         ("GOTS organic cotton yarn Ne 20/1", "organic_cotton_yarn")],
        [nobody("Non-GMO cotton planting seed", "seed; no one in the set sells it")],
        certs=(GOTS, ORG_TH), bcg=(BIO,)),
    sme(9, TH, "กลุ่มฝ้ายเข็นบ้านนาด้วง", AGE_I, UP, "Loei", "naduang.cotton@gmail.com",
        [("ฝ้ายเข็นมือ สีขาวตุ่น ยังไม่ย้อม", "cotton_yarn"), ("ด้ายฝ้ายย้อมคราม ไจละ 1 กก.", "dyed_cotton_yarn")],
        [need("ฝ้ายปุยปลอดสาร ไว้เข็นเอง", "cotton_lint")],
        certs=(OTOP,)),
    sme(10, EN, "Songkhla Ghost Net Recovery", CIRC, UP, "Songkhla", "hello@ghostnet-songkhla.org",
        [("Ghost nets pulled from the Gulf, washed and baled", "used_fishing_net")],
        [need("Anyone able to patch the canvas hood on our pickup boat?", "canvas_repair_service")],
        bcg=(CIRCULAR,)),
    sme(11, TH, "กลุ่มประมงพื้นบ้านบ้านบ่อเจ็ดลูก", CIRC, UP, "Satun", "bor7luk.fisher@gmail.com",
        [("อวนเก่า อวนขาด คัดสีแล้ว มัดเป็นก้อน", "used_fishing_net"), ("เชือกหัวเรือเก่า เลิกใช้แล้ว", "used_rope")],
        [need("เสื้อชูชีพให้ลูกเรือ 30 ตัว", "life_jacket"),
         nobody("ถุงบิ๊กแบ็ก 1 ตัน ใส่อวนส่งโรงงาน", "no one in the set makes bulk bags")],
        bcg=(CIRCULAR,)),
    sme(12, EN, "EastSea Regen Yarns Co., Ltd.", CIRC, UP, "Rayong", "sales@eastsearegen.co.th",
        [("Nylon 6 yarn regenerated from fishing nets (GRS)", "recycled_nylon_yarn"),
         ("rPET filament 150D/48F", "recycled_polyester_yarn")],
        [need("End-of-life nylon nets, any colour, 5 t/month", "used_fishing_net"),
         need("Hot-washed PET bottle flakes, clear", "pet_flake")],
        certs=(GRS, ISO9), bcg=(CIRCULAR,)),
    sme(13, TH, "ร้านรับซื้อของเก่าพี่ต้อม มหาชัย", CIRC, UP, "Samut Sakhon", "tom.recycle.mahachai@gmail.com",
        [("เกล็ดขวดเพ็ท ใส ล้างร้อน บรรจุถุงจัมโบ้", "pet_flake")],
        [nobody("ขวดน้ำดื่มใช้แล้ว รับทุกจำนวน", "used bottles; no one in the set offers them")],
        bcg=(CIRCULAR,)),
    sme(14, EN, "Andaman Sail Reclaim", CIRC, UP, "Phuket", "reclaim@andamansail.com",
        [("Retired Dacron sails from yacht clubs, sorted", "used_sail"),
         ("Old bimini and cover canvas, cut into panels", "used_marine_canvas")],
        [], bcg=(CIRCULAR,)),
    sme(15, TH, "ศรีราชาเศษผ้าใบ", CIRC, UP, "Chonburi", "sriracha.scrap@gmail.com",
        [("เศษผ้าใบพีวีซีจากโรงงานเต็นท์ ชิ้นใหญ่ ชั่งกิโล", "pvc_fabric_scrap"),
         ("ป้ายไวนิลโฆษณาเก่า ล้างแล้ว", "used_vinyl_banner")],
        [], bcg=(CIRCULAR,)),
    sme(16, EN, "PakNam Fibre Recycling", CIRC, UP, "Samut Prakan", "contact@paknamfibre.com",
        [("Hollow conjugated rPET staple fibre 7D for fill", "recycled_polyester_fibre")],
        [need("Bottle flake, clear or green", "pet_flake")],
        certs=(GRS,), bcg=(CIRCULAR,)),
    sme(17, TH, "โรงงานเส้นใยสามพราน", SPORT, UP, "Nakhon Pathom", "sampran.fibre@gmail.com",
        [("เส้นด้ายโพลีเอสเตอร์ ไฮเทน 1000D", "polyester_yarn_ht")],
        [need("เกล็ดเพ็ทรีไซเคิล มี GRS ยิ่งดี", "pet_flake", waive=GRS)]),
    sme(18, EN, "Bangpakong Filament Ltd.", SPORT, UP, "Chachoengsao", "export@bpkfilament.com",
        [("Nylon 66 filament 840D, for rope and netting", "nylon_yarn"),
         ("HT polyester 1500D, industrial", "polyester_yarn_ht")],
        [], certs=(ISO9,)),
    sme(19, TH, "คัดแยกผ้าเก่าเกาะสมุย", CIRC, UP, "Surat Thani", "samui.textile.sort@gmail.com",
        [("ผ้าขนหนู ผ้าปูที่นอน เก่าจากโรงแรม คัดแล้ว", "used_hotel_linen")],
        [], bcg=(CIRCULAR,)),
    sme(20, EN, "Phu Phan Indigo Farm", HEMP, UP, "Sakon Nakhon", "phuphanindigo@gmail.com",
        [("Fermented indigo paste (nuea khram), 1 kg tubs", "indigo_paste"),
         ("Dried indigo and ebony leaves for dyeing", "natural_dye_material")],
        [nobody("Slaked lime for indigo vats", "a chemical; no one in the set sells it")],
        certs=(ORG_TH,), bcg=(BIO,)),
]
# fmt: on

# ------------------------------------------------------------------ data: midstream yarn, cloth, dyeing, parts, sewing

# fmt: off
PART_2 = [
    sme(21, TH, "ผ้าทอใยกัญชงม้ง ดอยแม่สลอง", HEMP, MID, "Chiang Rai", "maesalong.hemp@gmail.com",
        [("ผ้าทอใยกัญชง หน้า 40 ซม. ลายม้ง", "hemp_fabric"), ("ผ้าแคนวาสกัญชง เนื้อหนา 16 ออนซ์", "hemp_canvas")],
        [need("ด้ายใยกัญชงแท้ 100%", "hemp_yarn"), need("ด้ายกัญชงผสมฝ้าย ใช้เป็นเส้นพุ่ง", "hemp_cotton_yarn")],
        certs=(OTOP,), bcg=(BIO,)),
    sme(22, EN, "Sakon Indigo Studio", HEMP, MID, "Sakon Nakhon", "studio@sakonindigo.com",
        [("Indigo vat dyeing of your cloth, per metre", "indigo_dyeing_service"),
         ("Handwoven cotton, indigo-dyed, 1 m wide", "indigo_cotton_fabric")],
        [need("Natural indigo dye stock for our vats", "indigo_paste"),
         need("Weaving yarn from organic cotton, must be GOTS", "organic_cotton_yarn", req=GOTS)],
        certs=(OTOP,), bcg=(BIO,)),
    sme(23, TH, "โรงย้อมบางพลี", SPORT, MID, "Samut Prakan", "bangplee.dyeing@gmail.com",
        [("รับย้อมผ้าโพลีเอสเตอร์ ไนลอน ผ้าของลูกค้า", "dyeing_service"),
         ("ผ้าร่มโพลีเอสเตอร์ สีส้ม สีกรม พร้อมส่ง", "dyed_polyester_fabric")],
        [need("ผ้าดิบโพลีเอสเตอร์ หน้า 60 นิ้ว", "polyester_greige_fabric")],
        certs=(OEKO, ISO14)),
    sme(24, EN, "Mahachai Coating Co., Ltd.", SPORT, MID, "Samut Sakhon", "sales@mahachaicoating.co.th",
        [("PVC-coated polyester tarpaulin 650 gsm, rolls", "pvc_tarpaulin"),
         ("PU waterproof coating on customer fabric", "coating_service")],
        [need("Polyester base cloth 1000D x 1000D", "polyester_greige_fabric")],
        certs=(ISO9,)),
    sme(25, TH, "บางแสนผ้าใบมารีน", SPORT, MID, "Chonburi", "bangsaen.marine@gmail.com",
        [("ผ้าอะคริลิกย้อมเส้น กันยูวี สำหรับงานเรือ", "acrylic_marine_canvas"),
         ("หนังเทียมพีวีซี เกรดเรือ กันเค็ม", "marine_vinyl")],
        [need("เส้นอะคริลิกย้อมในเนื้อ สำหรับทอผ้าใบ", "acrylic_yarn")]),
    sme(26, EN, "Siam Sailcloth Weavers", SPORT, MID, "Bangkok", "info@siamsailcloth.com",
        [("Dacron sailcloth 4-9 oz, white or tan", "sailcloth"),
         ("Spinnaker nylon ripstop 0.75 oz", "spinnaker_nylon"),
         ("Greige polyester duck, 60 in, unfinished", "polyester_greige_fabric")],
        [need("High-tenacity PES yarn, 1000 dtex and up", "polyester_yarn_ht")],
        certs=(ISO9,)),
    sme(27, TH, "ด้ายเย็บผ้าใบ สำโรง", SPORT, MID, "Samut Prakan", "samrong.thread@gmail.com",
        [("ด้ายเย็บโพลีเอสเตอร์ กันยูวี เบอร์ 92", "uv_thread"), ("ด้ายเทฟลอน PTFE เย็บผ้าใบเรือ", "uv_thread")],
        [need("ไส้ด้ายโพลีเอสเตอร์ เหนียวพิเศษ", "polyester_yarn_ht")]),
    sme(28, EN, "Rangsit Webbing & Tape", SPORT, MID, "Pathum Thani", "sales@rangsitwebbing.com",
        [("Polyester webbing 25-50 mm", "webbing"), ("SOLAS retro-reflective tape 50 mm", "reflective_tape")],
        [need("GRS recycled polyester yarn for eco webbing", "recycled_polyester_yarn", req=GRS)],
        certs=(ISO9,)),
    sme(29, TH, "ระยองโฟมลอยน้ำ", SPORT, MID, "Rayong", "rayong.foam@gmail.com",
        [("แผ่นโฟม PE เซลล์ปิด หนา 10 มม. ทำเสื้อชูชีพ", "buoyancy_foam")],
        []),
    sme(30, EN, "Nonthaburi Marine Trim", SPORT, MID, "Nonthaburi", "trim@ntbmarine.com",
        [("#10 Delrin marine zippers, UV black", "marine_zipper"),
         ("316 stainless snaps, grommets, turn buttons", "marine_hardware")],
        []),
    sme(31, TH, "ม่อฮ่อมทุ่งโฮ้ง", HEMP, MID, "Phrae", "tunghong.mohom@gmail.com",
        [("รับย้อมห้อมผ้าของลูกค้า ย้อมเย็น", "indigo_dyeing_service"),
         ("ผ้าฝ้ายย้อมห้อม ทอมือ หน้า 90", "indigo_cotton_fabric")],
        [need("เนื้อห้อม หรือ เนื้อคราม พร้อมก่อหม้อ", "indigo_paste"),
         need("ผ้าดิบฝ้าย สำหรับลงห้อม", "cotton_greige_fabric")],
        certs=(OTOP,)),
    sme(32, EN, "Lanna Natural Dye Lab", HEMP, MID, "Chiang Mai", "lab@lannadye.com",
        [("Lac, ebony and jackfruit dye extracts", "natural_dye_material"),
         ("Natural dyeing of your yarn or cloth, small lots", "natural_dyeing_service")],
        [], bcg=(BIO,)),
    sme(33, TH, "กลุ่มรีไซเคิลใบเรือ ท้ายเหมือง", CIRC, MID, "Phang Nga", "taimuang.sail@gmail.com",
        [("ผ้าใบเรือเก่า ซักแล้ว ตัดเป็นแผ่น พร้อมเย็บ", "sail_panels_cleaned")],
        [need("ใบเรือดาครอนที่เลิกใช้แล้ว", "used_sail")],
        bcg=(CIRCULAR,)),
    sme(34, EN, "Krung Thep Contract Sewing", SPORT, MID, "Bangkok", "cmt@ktsewing.co.th",
        [("CMT sewing for brands, MOQ 300 pcs", "sewing_service"),
         ("Cotton and poly cutting waste, bagged by colour", "cotton_cutting_scraps")],
        [nobody("Service for industrial walking-foot machines", "machine upkeep; no one in the set offers it")]),
    sme(35, TH, "ร้านรับเย็บผ้าป้าแดง", AGE_C, MID, "Nakhon Pathom", "padaeng.sewing@gmail.com",
        [("รับตัดเย็บเสื้อผ้าตามแบบ งานน้อยชิ้นก็รับ", "sewing_service")],
        [need("ผ้าคราม ทอมือ เป็นเมตร", "indigo_cotton_fabric")]),
    sme(36, EN, "Pattaya Screen & Stitch", SPORT, MID, "Chonburi", "orders@pattayascreen.com",
        [("Logo embroidery and screen print on your garments", "logo_printing_service")],
        [need("Blank rash guards, 200 pcs; OEKO-TEX not required", "rash_guard recycled_rash_guard", waive=OEKO)]),
    sme(37, TH, "อวนใหม่ สงขลา", SPORT, MID, "Songkhla", "songkhla.net@gmail.com",
        [("อวนลอยไนล่อนใหม่ ตา 2.5 ซม. ยาว 100 เมตร", "fishing_net_new"),
         ("รับซ่อมอวน ปะอวนขาด ถึงท่าเรือ", "net_repair_service")],
        []),
    sme(38, EN, "Thai Rope & Line Co.", SPORT, MID, "Samut Sakhon", "sales@thairopeline.com",
        [("3-strand polyester mooring rope 12-24 mm", "mooring_rope"),
         ("Nylon double-braid dock lines, spliced", "mooring_rope")],
        [need("PA66 filament for rope making", "nylon_yarn")],
        certs=(ISO9,)),
    sme(39, TH, "เชือกรีไซเคิล บ้านเพ", CIRC, MID, "Rayong", "banphe.rope@gmail.com",
        [("เชือกผูกเรือ ทำจากอวนรีไซเคิล 16 มม.", "recycled_mooring_rope")],
        [need("ด้ายไนลอนรีไซเคิลจากอวนเก่า", "recycled_nylon_yarn")],
        certs=(GRS,), bcg=(CIRCULAR,)),
    sme(40, TH, "เชือกป่านแม่ริม", HEMP, MID, "Chiang Mai", "maerim.rope@gmail.com",
        [("เชือกกัญชงฟั่นมือ 10-20 มม.", "hemp_rope")],
        [need("ใยกัญชงยาว ต้องมีมาตรฐานเกษตรอินทรีย์", "hemp_fibre_raw", req=ORG_TH)],
        bcg=(BIO,)),
    sme(41, TH, "กลุ่มทอผ้าบ้านโนนสะอาด", AGE_I, MID, "Khon Kaen", "nonsaard.weave@gmail.com",
        [("ผ้าฝ้ายทอมือ สีธรรมชาติ ไม่ผ่านการฟอก", "cotton_greige_fabric"),
         ("ผ้าขาวม้าทอมือ ลายตาราง", "pakaoma_cloth")],
        [need("ฝ้ายเส้น ยังไม่ย้อมสี", "cotton_yarn organic_cotton_yarn"),
         need("ด้ายย้อมครามสำเร็จ สำหรับทอผ้าขาวม้า", "dyed_cotton_yarn"),
         need("ใยสับปะรด ทดลองทอผสมฝ้าย", "pineapple_fibre")],
        certs=(OTOP,)),
    sme(42, TH, "ผ้ายืดสปอร์ตคลองหลวง", SPORT, MID, "Pathum Thani", "klongluang.knit@gmail.com",
        [("ผ้าไลคร่าชุดว่ายน้ำ กัน UV ทนคลอรีน", "swim_lycra_fabric"),
         ("ผ้ายืดไนลอนรีไซเคิลจากอวน", "recycled_nylon_swim_fabric")],
        [need("ด้ายไนลอนรีไซเคิล ต้องมี GRS", "recycled_nylon_yarn", req=GRS)],
        certs=(OEKO, GRS)),
    sme(43, EN, "NeoSheet Thailand", SPORT, MID, "Samut Prakan", "neo@neosheet.co.th",
        [("Neoprene sheet 2-5 mm, nylon jersey both sides", "neoprene_fabric")],
        []),
    sme(44, TH, "โรงย้อมเส้นด้ายอยุธยา", SPORT, MID, "Phra Nakhon Si Ayutthaya", "ayutthaya.yarn@gmail.com",
        [("ด้ายอะคริลิกสปันไดด์ สีไม่ตก ม้วน 2 กก.", "acrylic_yarn")],
        []),
    sme(45, EN, "Korat Regen Cotton", CIRC, MID, "Nakhon Ratchasima", "hello@koratregen.com",
        [("Recycled cotton yarn Ne 10 from cutting waste", "recycled_cotton_yarn")],
        [need("Factory offcuts, 100% cotton, colour-sorted", "cotton_cutting_scraps"),
         need("Garnetted fibre from old clothes", "shredded_textile_fibre")],
        certs=(GRS,), bcg=(CIRCULAR,)),
    sme(46, TH, "สัตหีบเคลือบผ้าใบ", SPORT, MID, "Chonburi", "sattahip.coat@gmail.com",
        [("รับเคลือบกันน้ำ ผ้าคลุมเรือ ผ้าใบเรือ ของลูกค้า", "coating_service"),
         ("ล้างทำความสะอาดผ้าใบเรือและผ้าคลุม", "canvas_cleaning_service")],
        []),
    sme(47, EN, "Phuket Canvas Repair", SPORT, MID, "Phuket", "fix@phuketcanvas.com",
        [("Boat cover and bimini repairs, zips replaced", "canvas_repair_service"),
         ("Sail re-stitching and patching", "sail_repair_service")],
        [need("Marine zip chain, size 10, on the roll", "marine_zipper"),
         need("Tenara-type PTFE thread", "uv_thread")]),
    sme(48, TH, "กลุ่มใยสับปะรด บ้านคา", HEMP, UP, "Ratchaburi", "banka.pineapple@gmail.com",
        [("เส้นใยใบสับปะรด ขูดมือ ตากแห้ง", "pineapple_fibre")],
        [], bcg=(BIO,)),
    sme(49, EN, "Second Loop Sorting", CIRC, UP, "Bangkok", "info@secondloop.co.th",
        [("Shredded cotton fibre from worn textiles", "shredded_textile_fibre")],
        [need("Hotel towels and sheets at end of life", "used_hotel_linen")],
        bcg=(CIRCULAR,)),
    sme(50, TH, "โรงทอผ้าขนหนูปากเกร็ด", AGE_C, MID, "Nonthaburi", "pakkret.towel@gmail.com",
        [("ผ้าขนหนูคอตตอน 100% 16 ปอนด์ ทอเอง", "towel")],
        [need("ด้ายฝ้ายเบอร์ 20/1 สำหรับทอขน", "cotton_yarn organic_cotton_yarn")],
        certs=(OEKO,)),
]
# fmt: on

# ------------------------------------------------------------------ data: downstream makers

# fmt: off
PART_3 = [
    sme(51, TH, "ช่างใบเรือ นาจอมเทียน", SPORT, DOWN, "Chonburi", "jomtien.sails@gmail.com",
        [("ตัดใบเรือใบใหม่ ผ้าดาครอน ตามขนาดเสา", "sail_new"), ("ซ่อมใบเรือ เปลี่ยนแถบกันแดด", "sail_repair_service")],
        [need("ผ้าทำใบเรือ 7 ออนซ์", "sailcloth"), need("ด้ายเย็บใบเรือ ทนแดดทนเค็ม", "uv_thread")]),
    sme(52, EN, "Chalong Bay Sailmakers", SPORT, DOWN, "Phuket", "sails@chalongbay.com",
        [("Made-to-measure cruising sails and genoas", "sail_new"),
         ("Sail repair and winter valet", "sail_repair_service")],
        [need("Cruising-weight woven polyester for mainsails, 7 oz", "sailcloth"),
         need("Light kite cloth, 0.5-0.9 oz, for gennakers", "spinnaker_nylon"),
         nobody("Carbon laminate membrane for racing sails", "no one in the set makes laminate sailcloth")],
        certs=(ISO9,)),
    sme(53, TH, "ภูเก็ตมารีนแคนวาส", SPORT, DOWN, "Phuket", "phuketmarinecanvas@gmail.com",
        [("ผ้าคลุมเรือสั่งตัด ผ้าอะคริลิก", "boat_cover"), ("หลังคาไบมินี่ โครงสแตนเลส", "bimini_top")],
        [need("ผ้าใบซันเบรลล่า สีน้ำเงินกรม", "acrylic_marine_canvas"),
         need("ซิปกันเค็ม เบอร์ 10", "marine_zipper"),
         need("กระดุมแป๊ก ตาไก่ สแตนเลส", "marine_hardware")]),
    sme(54, EN, "Ocean Marina Covers", SPORT, DOWN, "Chonburi", "covers@oceanmarina.co.th",
        [("Custom boat covers and cockpit enclosures", "boat_cover"),
         ("Bimini and T-top canvas", "bimini_top"),
         ("Marine upholstery and cushions", "boat_cushion")],
        [need("Solution-dyed acrylic canvas, 60 in", "acrylic_marine_canvas"),
         need("Marine-grade vinyl for seats", "marine_vinyl"),
         nobody("Clear window vinyl (Strataglass) 40 gauge", "no one in the set makes clear vinyl sheet")]),
    sme(55, TH, "ผ้าใบหลังคาเรือกอและ ปัตตานี", SPORT, DOWN, "Pattani", "pattani.awning@gmail.com",
        [("หลังคาผ้าใบเรือหัวโทง เรือประมง ตัดตามขนาดเรือ", "boat_awning"),
         ("เย็บซ่อมผ้าใบเก่าของลูกค้า", "canvas_repair_service")],
        [need("ผ้าใบพีวีซี ม้วนหนา กันแดดกันฝน", "pvc_tarpaulin")]),
    sme(56, EN, "Songkhla Safety Wear Co., Ltd.", SPORT, DOWN, "Songkhla", "sales@songkhlasafety.co.th",
        [("Foam work life jackets, TIS marked", "life_jacket"), ("Children's life vests, sizes S-L", "life_jacket")],
        [need("PE foam sheet, closed cell", "buoyancy_foam"),
         need("Orange polyester shell fabric", "dyed_polyester_fabric"),
         need("Webbing and reflective tape", "webbing reflective_tape")],
        certs=(TIS, ISO9)),
    sme(57, TH, "ชูชีพแม่กลอง", SPORT, DOWN, "Samut Songkhram", "maeklong.lifejacket@gmail.com",
        [("เสื้อชูชีพผู้ใหญ่ สีส้ม ราคาส่ง ตัวละ 180 บาท", "life_jacket"), ("เสื้อพยุงตัว พายคายัค", "buoyancy_aid")],
        [need("แผ่นโฟมลอยน้ำ", "buoyancy_foam"),
         need("สายรัดโพลีเอสเตอร์ กว้าง 1 นิ้ว", "webbing")]),
    sme(58, EN, "Ao Nang Watersports Gear", SPORT, DOWN, "Krabi", "gear@aonangwater.com",
        [("Kayak buoyancy aids, 50N", "buoyancy_aid"), ("Roll-top PVC dry bags 10-30 L", "dry_bag")],
        [need("Heavy waterproof laminated cloth for welding, 500D", "pvc_tarpaulin"),
         need("Flotation foam for PFD panels", "buoyancy_foam")]),
    sme(59, TH, "ชุดว่ายน้ำอันดามัน", SPORT, DOWN, "Phang Nga", "andaman.swim@gmail.com",
        [("เสื้อรัชการ์ดแขนยาว กันแดด UPF 50+", "rash_guard"),
         ("ชุดว่ายน้ำผู้สูงวัย แขนยาว ขายาว ใส่ง่าย", "senior_swimwear")],
        [need("ผ้ายืดชุดว่ายน้ำ ทนคลอรีน", "swim_lycra_fabric recycled_nylon_swim_fabric"),
         need("สกรีนโลโก้ร้านบนเสื้อ", "logo_printing_service"),
         nobody("ผ้าชุดว่ายน้ำที่ได้ bluesign เท่านั้น", "no swim-fabric maker in the set holds bluesign",
                "swim_lycra_fabric recycled_nylon_swim_fabric", req=BLUE)],
        certs=(OEKO,)),
    sme(60, EN, "Reef Skin Apparel", SPORT, DOWN, "Phuket", "hello@reefskin.co",
        [("Rash guards made from regenerated ocean nylon", "recycled_rash_guard"),
         ("Kids swim leggings, UPF 50", "swimwear")],
        [need("GRS recycled nylon-spandex jersey", "recycled_nylon_swim_fabric", req=GRS),
         need("CR foam laminate 2 mm for shorty suits", "neoprene_fabric")],
        certs=(OEKO,), bcg=(CIRCULAR,)),
    sme(61, TH, "เว็ทสูทเกาะเต่า", SPORT, DOWN, "Surat Thani", "kohtao.wetsuit@gmail.com",
        [("ชุดเว็ทสูท 3 มิล ตัดตามตัว", "wetsuit"), ("ซ่อมเว็ทสูท ปะรอยขาด เปลี่ยนซิป", "wetsuit_repair_service")],
        [need("ยางนีโอพรีนเป็นแผ่น", "neoprene_fabric")]),
    sme(62, EN, "Sail Again Bags", CIRC, DOWN, "Phuket", "shop@sailagain.co",
        [("Tote bags cut from old sails", "upcycled_sail_bag"),
         ("Duffels of recycled sailcloth, rope handles", "upcycled_sail_bag")],
        [need("Retired sails, any size, or washed sail panels", "used_sail sail_panels_cleaned"),
         need("Worn mooring lines for bag handles", "used_rope"),
         nobody("Water-based screen ink", "ink; no one in the set sells it")],
        bcg=(CIRCULAR,)),
    sme(63, TH, "กระเป๋าไวนิลรียูส บางละมุง", CIRC, DOWN, "Chonburi", "banglamung.reuse@gmail.com",
        [("กระเป๋าทำจากป้ายไวนิลเก่า", "upcycled_vinyl_bag")],
        [need("ป้ายหาเสียง ป้ายงานอีเวนต์ ที่ใช้แล้ว", "used_vinyl_banner"),
         need("ผ้าใบเหลือใช้ หรือผ้าคลุมเรือเก่า", "pvc_fabric_scrap used_marine_canvas")],
        bcg=(CIRCULAR,)),
    sme(64, EN, "NetWork Design Studio", CIRC, DOWN, "Bangkok", "studio@networkdesign.co.th",
        [("Baskets and bags woven from ghost nets", "net_upcycled_bag")],
        [need("Used fishing nets, cleaned; GRS not needed", "used_fishing_net", waive=GRS)],
        bcg=(CIRCULAR,)),
    sme(65, TH, "กระเป๋าผ้าทอ ย่านนิมมาน", HEMP, DOWN, "Chiang Mai", "nimman.bag@gmail.com",
        [("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม", "tote_bag"), ("หมวกบักเก็ตผ้ากัญชง", "hat")],
        [need("ผ้ากัญชงทอมือ เป็นพับ", "hemp_fabric hemp_canvas"),
         need("ผ้าย้อมห้อม ไม่ใช้สีเคมี", "indigo_cotton_fabric")]),
    sme(66, TH, "เปลญวนกระบี่", HEMP, DOWN, "Krabi", "krabi.hammock@gmail.com",
        [("เปลญวนเชือกฝ้าย", "hammock"), ("เปลผ้าใบกัญชง แขวนบนเรือ", "hammock")],
        [need("เชือกเฮมพ์ ขนาด 10 มม.", "hemp_rope"), need("ผ้าใบเฮมพ์ 12-16 oz", "hemp_canvas")]),
    sme(67, TH, "หมอนนุ่นบางบัวทอง", AGE_C, DOWN, "Nonthaburi", "bangbuathong.pillow@gmail.com",
        [("หมอนนุ่นแท้ ปลอกผ้าฝ้าย", "kapok_pillow"), ("ที่นอนนุ่นพับ 3 ตอน", "kapok_mattress")],
        [need("นุ่นดีดพร้อมยัด", "kapok_fibre"), need("ผ้าดิบทำปลอกหมอน", "cotton_greige_fabric")]),
    sme(68, EN, "Udon Aqua Care", AGE_I, DOWN, "Udon Thani", "care@udonaqua.com",
        [("Aqua-therapy float belts for older adults", "aqua_therapy_float"),
         ("Low-buoyancy water-exercise vests", "aqua_therapy_float")],
        [need("Closed-cell foam in sheets", "buoyancy_foam"),
         nobody("Medical-grade quick-release buckles", "no one in the set makes buckles")],
        certs=(ISO13485,)),
    sme(69, TH, "ใยมะพร้าวสิชล", HEMP, DOWN, "Nakhon Si Thammarat", "sichon.coir@gmail.com",
        [("กระถางใยมะพร้าว", "coir_pot"), ("เชือกใยมะพร้าวถักมือ", "coir_rope")],
        [need("ใยมะพร้าวดิบ ยังไม่ฟั่น", "coir_fibre")],
        bcg=(BIO,)),
    sme(70, EN, "Pattaya Beach Towel Co.", SPORT, DOWN, "Chonburi", "sales@pattayatowel.com",
        [("Printed beach towels 90x180 cm", "beach_towel"), ("Striped pool towels for hotels", "beach_towel")],
        [need("Resort logo printing on our towels", "logo_printing_service"),
         need("Recycled cotton yarn for an eco towel line", "recycled_cotton_yarn")]),
    sme(71, TH, "ยูนิฟอร์มหัวหิน", AGE_C, DOWN, "Prachuap Khiri Khan", "huahin.uniform@gmail.com",
        [("ชุดพนักงานโรงแรม เสื้อผ้าฝ้าย", "staff_uniform"), ("ผ้ากันเปื้อนผ้าย้อมคราม", "apron")],
        [need("หาโรงงานรับเย็บตามแบบ จำนวนมาก", "sewing_service"),
         need("รับย้อมครามผ้าที่เราส่งไป", "indigo_dyeing_service")]),
    sme(72, EN, "Silver Wave Swimwear", AGE_C, DOWN, "Bangkok", "hello@silverwave.co.th",
        [("Easy-dress swimwear for older women", "senior_swimwear")],
        [need("Chlorine-proof swim jersey", "swim_lycra_fabric recycled_nylon_swim_fabric"),
         need("Small-run sewing contractor for swimwear", "sewing_service")],
        certs=(OEKO,)),
]
# fmt: on

# ------------------------------------------------------------------ data: marinas, dive shops, resorts, co-ops, care

# fmt: off
PART_4 = [
    sme(73, EN, "Yacht Haven Marina Services", SPORT, DOWN, "Phuket", "ops@yachthavenphuket.com",
        [("Berths and dry storage for yachts", "marina_berth")],
        [need("New main for our 40-footer", "sail_new"),
         need("Lines to tie up yachts, 16 mm, 50 pcs", "mooring_rope recycled_mooring_rope"),
         need("Contractor for boat cover repairs", "canvas_repair_service")]),
    sme(74, TH, "โอเชียนมารีน่า พัทยา", SPORT, DOWN, "Chonburi", "oceanmarina.pattaya@gmail.com",
        [("ท่าจอดเรือยอชท์ รายเดือน", "marina_berth")],
        [need("เชือกโยงท่า ไนล่อนถักคู่ 18 มม.", "mooring_rope recycled_mooring_rope"),
         need("ชุดคลุมกันแดดกันฝนสำหรับเรือยอชท์ ตัดเข้ารูป", "boat_cover"),
         need("ใบเรือใหม่ (ไม่ใช่ซ่อม)", "sail_new")]),
    sme(75, EN, "Krabi Reef Divers", SPORT, DOWN, "Krabi", "dive@krabireef.com",
        [("Dive trips and PADI courses", "dive_trip")],
        [need("Wetsuits 3 mm, mixed sizes", "wetsuit"),
         need("Rash guards printed with our logo", "rash_guard recycled_rash_guard"),
         nobody("Regulator servicing", "equipment servicing; no one in the set offers it")]),
    sme(76, TH, "โรงเรียนสอนดำน้ำ หาดทรายรี", SPORT, DOWN, "Surat Thani", "sairee.diving@gmail.com",
        [],
        [need("มีที่ไหนรับซ่อมชุดดำน้ำบ้าง", "wetsuit_repair_service"),
         need("ถุงกันน้ำใส่ของ", "dry_bag"),
         need("เสื้อลอยน้ำให้ลูกค้าดำน้ำตื้น", "life_jacket buoyancy_aid")]),
    sme(77, TH, "ทัวร์พายเรือเกาะตรัง", SPORT, DOWN, "Trang", "trang.kayak@gmail.com",
        [],
        [need("อยากได้เสื้อพยุงตัวสำหรับพายเรือ ไม่ต้องมี มอก.", "buoyancy_aid", waive=TIS),
         need("กระเป๋ากันน้ำ 20 ลิตร", "dry_bag")]),
    sme(78, TH, "สหกรณ์ประมงปัตตานี", SPORT, DOWN, "Pattani", "pattani.coop@gmail.com",
        [],
        [need("หลังคาผ้าใบสำหรับเรือกอและ", "boat_awning"),
         need("อวนลอยปู ของใหม่", "fishing_net_new"),
         need("ชูชีพที่ได้ มอก. เท่านั้น", "life_jacket", req=TIS)]),
    sme(79, EN, "Satun Small-Scale Fishers Co-op", SPORT, DOWN, "Satun", "coop.satun@gmail.com",
        [("End-of-season nets, sold by weight", "used_fishing_net"), ("Old anchor ropes", "used_rope")],
        [need("Sun awnings made to fit longtail boats", "boat_awning"),
         need("Who can mend torn nets at the pier?", "net_repair_service")]),
    sme(80, TH, "ชะอำ บีช รีสอร์ท", AGE_C, DOWN, "Phetchaburi", "chaam.resort@gmail.com",
        [("ผ้าขนหนูเก่าของโรงแรม ปลดระวาง", "used_hotel_linen")],
        [need("ผ้าเช็ดตัวสระว่ายน้ำ 200 ผืน", "beach_towel towel"),
         need("เปลญวนริมหาด", "hammock"),
         need("ชุดพนักงาน และผ้ากันเปื้อนครัว", "staff_uniform apron")]),
    sme(81, EN, "Hua Hin Seaside Wellness Resort", AGE_C, DOWN, "Prachuap Khiri Khan",
        "purchasing@huahinwellness.com",
        [],
        [need("Water aerobics belts for guests over 60", "aqua_therapy_float"),
         need("Kapok pillows for spa rooms", "kapok_pillow"),
         need("Poolside bath sheets, OEKO-TEX certified", "beach_towel towel", req=OEKO)]),
    sme(82, TH, "โรงพยาบาลหนองคาย งานกายภาพบำบัด", AGE_I, DOWN, "Nong Khai", "nk.rehab@gmail.com",
        [],
        [need("อุปกรณ์ช่วยลอยตัวในสระ ต้องมี ISO 13485", "aqua_therapy_float", req=ISO13485),
         need("ชุดว่ายน้ำสำหรับผู้ป่วยสูงอายุ", "senior_swimwear")]),
    sme(83, EN, "Bang Pu Senior Living", AGE_C, DOWN, "Samut Prakan", "admin@bangpuseniors.com",
        [],
        [need("Soft natural-fibre mattresses", "kapok_mattress"),
         need("Swimsuits for residents, easy to put on", "senior_swimwear"),
         nobody("GOTS organic cotton bathrobes", "no one in the set makes bathrobes", req=GOTS)]),
    sme(84, TH, "เกาะช้าง สนอร์เกิล ทริป", SPORT, DOWN, "Trat", "kohchang.snorkel@gmail.com",
        [],
        [need("ชูชีพ หรือเสื้อพยุงตัว สำหรับนักท่องเที่ยว", "life_jacket buoyancy_aid"),
         need("หลังคาไบมินี่ เรือสปีดโบ๊ท", "bimini_top")]),
    sme(85, EN, "Khao Lak Liveaboards", SPORT, DOWN, "Phang Nga", "fleet@khaolakliveaboards.com",
        [],
        [need("Cockpit cushions in marine vinyl", "boat_cushion"),
         need("Shade awning for the dive deck", "boat_awning bimini_top"),
         nobody("Fire-retardant curtains for the cabins", "no one in the set makes FR curtains")]),
    sme(86, TH, "ร้านรักษ์ทะเล เอกมัย", CIRC, DOWN, "Bangkok", "raktalay.shop@gmail.com",
        [],
        [need("กระเป๋ารีไซเคิลจากใบเรือ หรือ อวน", "upcycled_sail_bag net_upcycled_bag"),
         need("กระเป๋าไวนิลอัพไซเคิล", "upcycled_vinyl_bag"),
         need("กระเป๋าผ้าย้อมครามงานมือ", "tote_bag")],
        bcg=(CIRCULAR,)),
    sme(87, EN, "Bangkok Yacht Chandlery", SPORT, DOWN, "Bangkok", "shop@bkkchandlery.com",
        [("Marine hardware, retail and trade", "marine_hardware")],
        [need("Life jackets with TIS mark, for resale", "life_jacket", req=TIS),
         need("YKK-type plastic zips and press studs for canvas", "marine_zipper marine_hardware"),
         nobody("Inflatable life jackets with auto-inflator", "no one in the set makes inflatable life jackets")]),
    sme(88, TH, "ลันตา อีโค่ รีสอร์ท", HEMP, DOWN, "Krabi", "lanta.eco@gmail.com",
        [],
        [need("เปลผ้ากัญชง", "hammock"),
         need("เสื่อกระจูด มี OTOP ก็ดี", "krajood_mat", waive=OTOP),
         need("เชือกป่าน ตกแต่งรีสอร์ต ไม่เอาไนลอน", "hemp_rope")],
        bcg=(GREEN,)),
    sme(89, EN, "Sattahip Boatyard", CIRC, DOWN, "Chonburi", "yard@sattahipboatyard.com",
        [("Old boat covers removed at refit", "used_marine_canvas")],
        [need("Re-proofing and cleaning of faded canvas", "coating_service canvas_cleaning_service"),
         need("Heavy tarp fabric for haul-out covers", "pvc_tarpaulin"),
         nobody("Dyneema rigging line, 6-10 mm", "no one in the set makes UHMWPE line")]),
    sme(90, TH, "สหกรณ์เรือประมงระนอง", SPORT, DOWN, "Ranong", "ranong.fishery@gmail.com",
        [],
        [need("เชือกเรือ ผูกท่า", "mooring_rope recycled_mooring_rope"),
         need("ผ้าใบม้วน คลุมปลาบนเรือ", "pvc_tarpaulin"),
         nobody("ลังโฟมใส่ปลา", "fish boxes; no one in the set sells them")]),
    sme(91, EN, "Mekong Riverside Homestay", AGE_I, DOWN, "Nakhon Phanom", "stay@mekongriverside.com",
        [],
        [need("Flotation jackets for guests on river boat trips", "life_jacket"),
         nobody("Mudmee silk cushion covers with Peacock Emblem", "no one in the set holds the Peacock Emblem",
                req=PEACOCK)]),
    sme(92, TH, "ชุมพรไดฟ์ คาบาน่า", SPORT, DOWN, "Chumphon", "chumphon.dive@gmail.com",
        [],
        [need("เสื้อรัชการ์ดจากวัสดุรีไซเคิล", "recycled_rash_guard"),
         need("ซ่อมผ้าใบหลังคาเรือ", "canvas_repair_service")]),
    sme(93, EN, "Koh Kood Island Resort", SPORT, DOWN, "Trat", "buy@kohkoodisland.com",
        [],
        [need("Kayak PFDs, 20 pcs", "buoyancy_aid"),
         need("Beach hammocks", "hammock"),
         nobody("Staff uniforms in Fairtrade cotton", "no uniform maker in the set holds Fairtrade",
                "staff_uniform", req=FAIR)]),
    sme(94, TH, "ห้างสรรพสินค้าสยาม แผนกกีฬาทางน้ำ", AGE_C, DOWN, "Bangkok", "siam.dept.aquatic@gmail.com",
        [],
        [need("ชุดว่ายน้ำ ชุดรัชการ์ด ต้องได้ OEKO-TEX", "rash_guard recycled_rash_guard swimwear", req=OEKO),
         need("กระเป๋ากันน้ำแบบม้วนปิด", "dry_bag"),
         nobody("แว่นตาว่ายน้ำ", "goggles; no one in the set sells them")]),
    sme(95, EN, "Phuket Hotels Green Circle", CIRC, DOWN, "Phuket", "circle@phukethotels.org",
        [("Worn-out linen from member hotels, bagged", "used_hotel_linen")],
        [need("Amenity bags from upcycled materials", "upcycled_sail_bag net_upcycled_bag upcycled_vinyl_bag")],
        bcg=(CIRCULAR,)),
]
# fmt: on

SMES: list[Sme] = [*PART_1, *PART_2, *PART_3, *PART_4]


# ------------------------------------------------------------------ checks

ID_RE = re.compile(r"^bsl-\d{3}$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*$")
THAI_LETTER = re.compile("[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]")
LATIN_LETTER = re.compile("[A-Za-z]")

N_PROFILES = 95
THAI_SHARE = (0.52, 0.58)
LINKS_RANGE = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (17, 23)


def _mentioned(certification: str, text: str) -> bool:
    """Whether `text` names `certification` at all, affirmed or negated."""
    cert = next(c for c in CERTIFICATIONS if c.name == certification)
    low = text.casefold()
    names = (cert.name, *cert.aliases, *cert.mentions)
    return any(n.casefold() in low for n in names) or any(m in text for m in cert.case_sensitive_mentions)


def _phrase_ok(text: str, language: str) -> bool:
    if language == EN:
        return text.isascii() and text.isprintable()
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return text.isprintable() and thai >= 3 * latin and thai > 0


def qualified_suppliers(buyer: Sme, wanted: Need, smes: list[Sme]) -> list[Sme]:
    """Suppliers other than the buyer with an offer labelled as `wanted` lists, holding every required cert."""
    return [
        s
        for s in smes
        if s.num != buyer.num
        and any(label in wanted.labels for _, label in s.offers)
        and set(wanted.requires) <= set(s.certifications)
    ]


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if sorted(s.num for s in smes) != list(range(1, N_PROFILES + 1)):
        errors.append(f"ids must run bsl-001 .. bsl-{N_PROFILES:03d}; have {len(smes)} profiles")
    offered: dict[str, set[int]] = {}
    for s in smes:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.num)
    phrases: Counter[str] = Counter()
    for s in smes:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: bad id")
        if s.language not in (TH, EN):
            errors.append(f"{where}: bad language")
        if s.sub_cluster not in {v.value for v in SubCluster}:
            errors.append(f"{where}: bad sub-cluster {s.sub_cluster}")
        if s.stage not in {v.value for v in Stage}:
            errors.append(f"{where}: bad stage {s.stage}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: unknown province {s.province}")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: bad email {s.email}")
        for c in s.certifications:
            if resolve_certification(c) != c:
                errors.append(f"{where}: certification {c!r} is not a canonical name")
        for b in s.bcg:
            if b not in {v.value for v in BcgTag}:
                errors.append(f"{where}: bad bcg tag {b}")
        if not s.name.strip() or not _phrase_ok(s.name, s.language):
            errors.append(f"{where}: name {s.name!r} not in the profile's language")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: wants 0-3 offers and 0-3 needs, not both empty")
        for text, label in s.offers:
            phrases[text] += 1
            if not LABEL_RE.match(label):
                errors.append(f"{where}: bad label {label!r}")
            if not _phrase_ok(text, s.language):
                errors.append(f"{where}: offer {text!r} not in the profile's language")
            claimed = find_certifications(text)
            if not claimed <= set(s.certifications):
                errors.append(f"{where}: offer {text!r} claims {sorted(claimed)} the SME does not hold")
        for n in s.needs:
            phrases[n.text] += 1
            if not _phrase_ok(n.text, s.language):
                errors.append(f"{where}: need {n.text!r} not in the profile's language")
            for label in n.labels:
                if not offered.get(label, set()) - {s.num}:
                    errors.append(f"{where}: need {n.text!r} lists {label!r} that no other SME offers")
            named = find_certifications(n.text)
            if named != set(n.requires):
                errors.append(f"{where}: need {n.text!r} names {sorted(named)} but requires {sorted(n.requires)}")
            for c in n.waives:
                if not _mentioned(c, n.text) or c in named:
                    errors.append(f"{where}: need {n.text!r} does not waive {c!r} in its text")
            for c in (*n.requires, *n.waives):
                if resolve_certification(c) != c:
                    errors.append(f"{where}: need {n.text!r}: {c!r} is not a canonical certification")
            suppliers = qualified_suppliers(s, n, smes)
            if n.unmet and suppliers:
                errors.append(f"{where}: need {n.text!r} marked unmet but met by {[x.id for x in suppliers]}")
            if not n.unmet and not suppliers:
                errors.append(f"{where}: need {n.text!r} has no qualified supplier")
            if not n.unmet and not n.labels:
                errors.append(f"{where}: need {n.text!r} lists no labels")
    for text, count in phrases.items():
        if count > 1:
            errors.append(f"phrase used {count} times: {text!r}")
    if len(smes) == N_PROFILES:
        thai = sum(s.language == TH for s in smes) / len(smes)
        if not THAI_SHARE[0] <= thai <= THAI_SHARE[1]:
            errors.append(f"Thai share {thai:.2f} outside {THAI_SHARE}")
        links = true_links(smes)
        if not LINKS_RANGE[0] <= len(links) <= LINKS_RANGE[1]:
            errors.append(f"{len(links)} links, want {LINKS_RANGE}")
        by_id = {s.id: s for s in smes}
        cross = sum(by_id[a].language != by_id[b].language for a, b in links) / max(1, len(links))
        if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
            errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
        unmet = sum(bool(n.unmet) for s in smes for n in s.needs)
        if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
            errors.append(f"{unmet} unmet needs, want {UNMET_RANGE}")
    return errors


# ------------------------------------------------------------------ output


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs = {(sup.id, buyer.id) for buyer in smes for n in buyer.needs for sup in qualified_suppliers(buyer, n, smes)}
    return sorted(pairs)


def profile_json(s: Sme) -> str:
    province = resolve_province(s.province)
    assert province is not None
    row: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": province.name_en,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certifications:
        row["certifications"] = list(s.certifications)
    if s.bcg:
        row["bcg"] = list(s.bcg)
    row["contact_email"] = s.email
    row["language"] = s.language
    return json.dumps(row, ensure_ascii=False)


def counts(smes: list[Sme]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    links = true_links(smes)
    needs = [n for s in smes for n in s.needs]
    th_en = sum(by_id[a].language == TH and by_id[b].language == EN for a, b in links)
    en_th = sum(by_id[a].language == EN and by_id[b].language == TH for a, b in links)
    cross = th_en + en_th
    cross_sub = sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai / English", f"{sum(s.language == TH for s in smes)} / {sum(s.language == EN for s in smes)}"),
    ]
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub_cluster == sub.value for s in smes))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage == stage.value for s in smes))))
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    for region, count in sorted(regions.items()):
        rows.append((f"region {region}", str(count)))
    rows += [
        ("distinct provinces", str(len({s.province for s in smes}))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{sum(not n.unmet for n in needs)} / {sum(bool(n.unmet) for n in needs)}"),
        ("needs requiring a certification", str(sum(bool(n.requires) for n in needs))),
        ("needs waiving a certification", str(sum(bool(n.waives) for n in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / max(1, len(links)):.0%})"),
        ("within-language links", str(len(links) - cross)),
        ("links between different sub-clusters", str(cross_sub)),
    ]
    return rows


def counts_table(smes: list[Sme]) -> str:
    rows = counts(smes)
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines)


README = """\
# blind_plain_marine: hand-labelled matchmaking test set (marine and boat textiles)

## What the set checks

How well the matcher finds the true supplier-buyer pairs among {n} SME profiles written as plain registry
entries (one short phrase per offer or need) in Thai and English, in wording it has never seen. The theme is
marine and boat textiles: sails and sail repair, boat covers and biminis, life jackets and buoyancy aids,
marine canvas and vinyl, mooring ropes, fishing-boat awnings, and the marinas, dive shops, resorts, hospitals
and fishing co-ops that buy them; plus the ordinary upstream and midstream suppliers (fibre, yarn, waste,
cloth, dyeing, coating, sewing). The same kind of goods is written in many ways (local and regional names,
trade words, brand names, abbreviations, with and without quantities, prices and sizes), and a need is
usually worded differently from the offers that meet it, often in the other language.

Hard but fair cases: a service against the goods it works on (dyeing the customer's cloth against dyed
cloth, sewing for others against finished garments, sail repair against new sails); the customer's own goods
sent for work; waste and used goods against new; raw against processed (fibre, yarn, cloth, product);
finished goods described by material or technique (an indigo-dyed handwoven bag is a bag); needs written as
a wish, a bare noun phrase or a question; refusals; needs that require a named certification and needs that
name one only to waive it; and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (cluster profiles JSONL version 1 and the links
CSV) and the shared taxonomy (`shared/taxonomy.py` and the files in `shared/taxonomy_data/`), and nothing else.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_cotton_fabric` against `indigo_dyeing_service`). Every need either lists the offer labels that would
meet it and the certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of the buyer's
needs and the supplier's certifications hold every certification that need requires. An SME is never linked
to itself. Shared words play no part; quantities, prices and places never decide a link; what changes what
the thing is does. A waived certification is not required. Labels live only in `write.py`.

Before writing, the script checks: ids unique and well formed; every contract field valid (sub-cluster,
stage and BCG values from the taxonomy, every province resolved by `resolve_province`, every certification by
`resolve_certification`); every label a need lists is offered by someone other than the buyer; every met need
has a qualified supplier and every unmet one has none; the certifications the taxonomy finds in a need's text
are exactly the ones it requires, and a waived one is named but negated; offers claim no certification the
SME lacks; Thai phrases are mostly Thai letters and English ones ASCII only; no phrase is used twice; and the
size targets. It writes nothing if a check fails. Output is deterministic: two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_marine/write.py

## Files

- `write.py`: all the data, the labels, the checks and the writer.
- `profiles.jsonl`: the {n} profiles, contract JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def main() -> int:
    errors = check(SMES)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    smes = sorted(SMES, key=lambda s: s.num)
    profiles = "".join(profile_json(s) + "\n" for s in smes)
    links = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in true_links(smes))
    table = counts_table(smes)
    readme = README.format(n=len(smes), table=table)
    for name, text in (("profiles.jsonl", profiles), ("links.csv", links), ("README.md", readme)):
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
