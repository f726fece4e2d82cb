"""Hand-labelled evaluation set `blind_plain_mill`: plain registry entries of a spinning and weaving cluster.

Every offer is a (text, label) pair; every need lists the offer labels that would meet it and the
certifications its text requires (or is marked as met by no one). Links follow from the labels only.

Run from the repository root:  .venv/bin/python eval/blind_plain_mill/write.py
It checks the data and, only if every check passes, writes profiles.jsonl and links.csv next to itself.
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
taxonomy = importlib.import_module("shared.taxonomy")


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str  # why no one in the set meets it; empty when met


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels`, from a supplier holding every one of `certs`."""
    return Need(text, tuple(labels), tuple(certs), tuple(waives), "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `note` says why."""
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
    certs: list[str]
    bcg: list[str]
    offers: list[tuple[str, str]]  # (text, label)
    needs: list[Need]


HNF = "hemp_natural_fibre"
CIR = "circular_textile"
SPT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"

SMES: list[Sme] = []

# ---------------------------------------------------------------- bml-001 … bml-020
SMES += [
    Sme(
        "bml-001", "th", "บริษัท โคราชสปินนิ่งมิลล์ จำกัด", HNF, UP, "Nakhon Ratchasima",
        "sales@koratspinning.co.th", ["Better Cotton", "ISO 9001"], [],
        [
            ("ด้ายฝ้ายหวี (combed) Ne 30/1, 40/1 ปั่นแหวน บรรจุลูกคอน", "combed_cotton_ring_yarn"),
            ("ด้ายฝ้ายสาง carded Ne 20/1 สำหรับทอผ้าดิบ", "carded_cotton_ring_yarn"),
            ("ขายเศษ noil จากเครื่องหวี ก้อนละ 200 กก.", "comber_noil"),
        ],
        [
            N("ฝ้ายปุยเป็นเบล ปีละประมาณ 2,000 ตัน", "cotton_lint"),
            N("ช่างซ่อมบำรุงเครื่องปั่นวงแหวนและเครื่องโรฟวิ่ง", "spinning_machine_repair"),
            N("หลอดกระดาษกรอด้าย (paper cone) 4°20'", "paper_cones_tubes"),
        ],
    ),
    Sme(
        "bml-002", "en", "Chao Phraya Fibre Trading Co., Ltd.", HNF, UP, "Bangkok",
        "trade@cpfibre.com", ["Better Cotton"], [],
        [
            ("Raw cotton in bales, US and Brazil origin, ex-warehouse Lat Krabang", "cotton_lint"),
            ("Viscose staple fibre 1.2D x 38 mm, bright", "viscose_staple_fibre"),
            ("PSF 1.4D x 38 virgin semi-dull for ring spinning", "polyester_staple_fibre"),
        ],
        [
            U("Customs broker for container imports at Laem Chabang", "no customs or freight service in the set"),
        ],
    ),
    Sme(
        "bml-003", "th", "หจก. ทอผ้าดิบพูลผลอ้อมน้อย", HNF, MID, "Samut Sakhon",
        "poonpon.weaving@gmail.com", [], [],
        [
            ("ผ้าดิบทอเครื่องเรเปียร์ หน้า 63 นิ้ว ขายยกพับ", "grey_cotton_fabric"),
            ("รับจ้างทอ ลูกค้าส่งด้ายมาเอง คิดค่าทอเป็นหลา", "commission_weaving_service"),
            ("ขายเครื่องทอเรเปียร์เก่า 6 เครื่อง ยังเดินอยู่", "used_weaving_looms"),
            ("เศษด้ายปลายหลอด ด้ายยืนเหลือ ขายเป็นกิโล", "yarn_waste"),
        ],
        [
            N("ต้องการด้าย carded เบอร์ 20-32 เดือนละ 10 ตัน", "carded_cotton_ring_yarn"),
            N("ฟันหวีกับตะกอลวด เปลี่ยนทั้งชุด 24 เครื่อง", "reeds_healds"),
            N("หาที่รับลงแป้งด้ายยืนใกล้อ้อมน้อย", "warp_sizing_service"),
        ],
    ),
    Sme(
        "bml-004", "en", "Bangpoo Loom Parts & Service Co., Ltd.", SPT, MID, "Samut Prakan",
        "service@bangpooloom.com", [], [],
        [
            ("Rapier tapes, grippers and sprocket wheels for Picanol, Somet and Vamatex", "loom_spare_parts"),
            ("Loom mechanic on call: overhaul, timing, shed setting, 24h in Bangpoo", "loom_repair_service"),
        ],
        [
            N("Corrugated cartons, 5-ply, for boxed spare parts", "corrugated_cartons"),
        ],
    ),
    Sme(
        "bml-005", "th", "บริษัท ขอนแก่นรีคอตตอน จำกัด", CIR, UP, "Khon Kaen",
        "info@kkrecotton.co.th", ["GRS"], ["circular"],
        [
            ("ด้าย OE จากเศษฝ้ายรีไซเคิล เบอร์ 6-16 ใช้ทอผ้าขนหนู ผ้าถูพื้น", "recycled_cotton_oe_yarn"),
            ("ด้ายโออีฝ้าย 100% เบอร์ 10 สำหรับทอยีนส์และผ้าใบ", "oe_cotton_yarn"),
        ],
        [
            N("รับซื้อ noil, flat strip และเศษปุยจากโรงปั่น", "comber_noil"),
            N("เศษผ้าตัดเย็บฝ้าย 100% แยกสีแล้ว", "cotton_cutting_waste"),
            N("อยากติดโซลาร์รูฟท็อปบนหลังคาโรงงาน ประมาณ 500 kW", "solar_rooftop_system"),
        ],
    ),
    Sme(
        "bml-006", "en", "Lotus Denim Mills Co., Ltd.", CIR, MID, "Saraburi",
        "purchasing@lotusdenim.co.th", ["ISO 14001", "OEKO-TEX Standard 100"], ["circular", "green"],
        [
            ("Denim 10-14 oz, rope indigo, 3/1 RHT, 58/60 in", "denim_fabric"),
            ("Spare capacity: indigo rope-dyed warp on beams", "indigo_dyed_yarn"),
            ("Denim end-of-roll and selvedge offcuts, by the kilo", "denim_offcuts"),
        ],
        [
            N("OE yarn Ne 7-12, virgin cotton, 40 t/month for denim", "oe_cotton_yarn"),
            N(
                "Recycled cotton OE yarn, GRS certified, for an eco denim line",
                "recycled_cotton_oe_yarn", certs=("GRS",),
            ),
            N("Lycra core or covered spandex for stretch denim", "spandex_covered_yarn"),
        ],
    ),
    Sme(
        "bml-007", "th", "กลุ่มวิสาหกิจชุมชนฝ้ายอินทรีย์ด่านซ้าย", HNF, UP, "Loei",
        "dansaicotton@gmail.com", ["Organic Thailand"], ["bio"],
        [
            ("ฝ้ายดอก ปลูกแบบอินทรีย์ ยังไม่อีด", "seed_cotton"),
            ("ปุยฝ้ายอีดแล้ว ขายเป็นกิโล สำหรับเข็นมือ", "cotton_lint"),
        ],
        [
            U("อยากได้เครื่องอีดฝ้ายไฟฟ้าขนาดเล็ก", "no one in the set sells cotton ginning machines"),
            N("กระสอบสานพลาสติกใส่ฝ้าย", "pp_woven_sacks"),
        ],
    ),
    Sme(
        "bml-008", "en", "Siam Polyfil Industries Co., Ltd.", SPT, UP, "Rayong",
        "sales@siampolyfil.com", ["GRS", "OEKO-TEX Standard 100", "ISO 9001"], ["circular"],
        [
            ("Polyester DTY 75D/72F and 150D/48F, SD and FD, AA grade", "polyester_filament_yarn"),
            ("rPET FDY 50D-150D made from bottle flake, GRS", "recycled_polyester_filament_yarn"),
        ],
        [
            N("Hot-washed clear PET bottle flakes, 20 t lots", "pet_bottle_flakes"),
            N("Paper tubes 290 mm for DTY take-up", "paper_cones_tubes"),
        ],
    ),
    Sme(
        "bml-009", "th", "บริษัท เอราวัณวอเตอร์เจ็ท จำกัด", SPT, MID, "Pathum Thani",
        "sale@erawanwj.co.th", ["OEKO-TEX Standard 100"], [],
        [
            ("ผ้าโพลีเอสเตอร์ taffeta 190T/210T ผ้าดิบ ทอวอเตอร์เจ็ท", "grey_polyester_taffeta"),
            ("ผ้าร่มไนลอน ripstop เคลือบ PU กันน้ำ", "coated_nylon_ripstop_fabric"),
        ],
        [
            N("เส้นด้ายโพลีเอสเตอร์ DTY/FDY สำหรับทอ", "polyester_filament_yarn", "recycled_polyester_filament_yarn"),
            N("ไนลอน 70D/24F", "nylon_filament_yarn"),
            N("โรงย้อมรับย้อมผ้าโพลีเอสเตอร์ เราส่งผ้าดิบไปให้", "synthetic_fabric_dyeing_service"),
        ],
    ),
    Sme(
        "bml-010", "en", "Thai Reed & Heald Manufacturing", SPT, MID, "Nakhon Pathom",
        "orders@thaireed.com", ["ISO 9001"], [],
        [
            ("Steel and stainless reeds, any dent, made to order in 7-10 days", "reeds_healds"),
            ("Flat steel healds, heald frames and drop wires", "reeds_healds"),
        ],
        [
            U("Stainless steel flat wire 0.3 mm", "no metal supplier in the set"),
        ],
    ),
    Sme(
        "bml-011", "th", "โรงพยาบาลศรีนนท์เวชการ", ALC, DOWN, "Nonthaburi",
        "purchase@srinonhospital.com", [], [],
        [
            ("ผ้าปูเตียงและชุดผู้ป่วยเก่าที่ปลดระวาง ซักแล้ว ขายเหมา", "used_linen"),
        ],
        [
            N("ชุดผู้ป่วยผ้าฝ้าย ผูกหลัง ไซซ์ L XL", "patient_gowns"),
            N("ผ้าก๊อซทางการแพทย์ ต้องมีเลข อย.", "medical_gauze", certs=("Thai FDA",)),
            N("ผ้าปูที่นอนโรงพยาบาล สีขาว ทนซักน้ำร้อน", "bed_linen"),
        ],
    ),
    Sme(
        "bml-012", "en", "Mahachai Terry Mills Co., Ltd.", ALC, MID, "Samut Sakhon",
        "export@mahachaiterry.com", ["OEKO-TEX Standard 100"], [],
        [
            ("Bath towels 70x140 cm, 500 gsm, white or dyed, hotel grade", "bath_towels"),
            ("Terry towelling by the metre, 2-pile, greige", "terry_fabric"),
        ],
        [
            N(
                "Carded ring yarn 16s-20s, or OE of the same count, for pile and ground",
                "carded_cotton_ring_yarn", "oe_cotton_yarn", "recycled_cotton_oe_yarn",
            ),
            N("Narrow woven tape for towel hanging loops", "woven_tape"),
        ],
    ),
    Sme(
        "bml-013", "th", "บริษัท ราชบุรีเท็กซ์ไทล์ จำกัด", ALC, MID, "Ratchaburi",
        "sales@rbtextile.co.th", ["ISO 9001", "OEKO-TEX Standard 100"], [],
        [
            ("ผ้าปูที่นอนหน้ากว้าง 110 นิ้ว ผ้าฟอกขาว TC 50/50", "sheeting_fabric"),
            ("ชุดผ้าปูที่นอน ปลอกหมอน สำหรับโรงแรมและโรงพยาบาล", "bed_linen"),
        ],
        [
            N("มีใครขายด้าย TC 45s บ้าง ใช้ทอผ้าปู", "tc_blend_yarn"),
            N("ฟันหวีหน้ากว้างพิเศษ 3.6 เมตร", "reeds_healds"),
            N("ถุงพลาสติกใส่ชุดผ้าปู พิมพ์โลโก้", "poly_bags"),
        ],
    ),
    Sme(
        "bml-014", "en", "Eastern PET Recycling Co., Ltd.", CIR, UP, "Chonburi",
        "info@easternpet.co.th", ["GRS", "ISO 14001"], ["circular", "green"],
        [
            ("Washed PET flakes, clear and light blue, bottle grade", "pet_bottle_flakes"),
            ("Recycled PSF 6D x 64 mm hollow conjugated for fill, GRS", "recycled_polyester_staple_fibre"),
            ("rPSF 1.4D x 38 mm for spinning", "recycled_polyester_staple_fibre"),
        ],
        [
            U("Post-consumer PET bottles, baled, any quantity", "no bottle collector in the set"),
        ],
    ),
    Sme(
        "bml-015", "th", "ร้านสมศักดิ์รับซื้อเศษผ้า", CIR, UP, "Samut Prakan",
        "somsak.sedpa@hotmail.com", [], ["circular"],
        [
            ("เศษผ้าคัดสี คอตตอน 100% อัดก้อน", "cotton_cutting_waste"),
            ("ผ้าขี้ริ้วตัดเป็นชิ้น ใช้เช็ดเครื่องจักร", "cleaning_rags"),
            ("เสื้อผ้ามือสองคละ กระสอบละ 100 กก.", "used_clothing"),
            ("ผ้ายืดคอตตอนค้างสต็อกจากโรงงาน ยังไม่ตัด ขายเป็นกิโล", "cotton_jersey_fabric"),
        ],
        [
            N("รับซื้อเศษผ้าจากโรงงานตัดเย็บทุกชนิด มารับถึงที่", "cotton_cutting_waste", "polyester_cutting_waste"),
            N("ผ้าปูที่นอน ผ้าขนหนูเก่า จากโรงแรม โรงพยาบาล ให้ราคาดี", "used_linen"),
        ],
    ),
    Sme(
        "bml-016", "en", "Rainbow Yarn Dyeing Co., Ltd.", HNF, MID, "Bangkok",
        "rainbowyarn@outlook.com", ["OEKO-TEX Standard 100"], [],
        [
            ("Package dyeing of cotton and TC yarn on cones, your yarn, min 50 kg per colour", "yarn_dyeing_service"),
            ("Dyed cotton yarn 20s-40s in stock, 120 shades", "dyed_cotton_yarn"),
        ],
        [
            N("Combed cotton 40/1 grey yarn for stock dyeing", "combed_cotton_ring_yarn"),
            U("Perforated plastic dye springs", "no one in the set makes dye tubes or springs"),
        ],
    ),
    Sme(
        "bml-017", "th", "บริษัท นครปฐมดายอิ้ง แอนด์ ฟินิชชิ่ง จำกัด", HNF, MID, "Nakhon Pathom",
        "npdyeing@gmail.com", ["ISO 14001"], [],
        [
            ("รับย้อมผ้าฝ้าย TC CVC ผ้าของลูกค้า ย้อมจิ๊กเกอร์และเจ็ท", "cotton_fabric_dyeing_service"),
            ("รับตกแต่งผ้า กันยับ กันหด ขัดขน", "fabric_finishing_service"),
            ("ผ้าคอตตอนทวิลย้อมสี พร้อมตัด", "dyed_cotton_fabric"),
            ("ผ้าฝ้ายฟอกขาวเตรียมพิมพ์ (PFP)", "bleached_cotton_fabric"),
        ],
        [
            N("ผ้าดิบฝ้าย 100% ทวิล/ป่าน ส่งต่อเนื่อง", "grey_cotton_fabric"),
            N("ผ้าดิบ TC 45x45 110x76 ไม่เอาผ้าตกเกรด", "grey_tc_fabric"),
            N("ช่างดูแลปั๊มลมสกรูรายปี", "compressor_service"),
        ],
    ),
    Sme(
        "bml-018", "en", "Sampeng Textile Converter Co.", HNF, DOWN, "Bangkok",
        "sampeng.conv@gmail.com", [], [],
        [
            ("Dyed cotton poplin and twill, rolls of 100 m, 30 colours", "dyed_cotton_fabric"),
            ("Printed cotton voile, small MOQ", "printed_cotton_fabric"),
        ],
        [
            N("Loomstate cotton poplin 40x40/133x72, 30,000 m a month", "grey_cotton_fabric"),
            N("Who can do rotary screen printing? We supply the cloth", "fabric_printing_service"),
        ],
    ),
    Sme(
        "bml-019", "th", "บริษัท แปดริ้วแนโรว์ฟาบริค จำกัด", SPT, MID, "Chachoengsao",
        "sales@8riewnarrow.com", ["OEKO-TEX Standard 100"], [],
        [
            ("สายกระเป๋า สายเป้ โพลีเอสเตอร์และ PP กว้าง 20-50 มม.", "woven_webbing"),
            ("ยางยืดทอ ยางยืดขอบกางเกง", "elastic_tape"),
            ("เทปผ้าฝ้ายลายก้างปลา", "woven_tape"),
            ("เทปตีนตุ๊กแก (velcro) ขาว ดำ 2 นิ้ว", "hook_and_loop_tape"),
        ],
        [
            N("ด้าย DTY 150D สำหรับทอสายเทป เกรดทั่วไป", "polyester_filament_yarn", "recycled_polyester_filament_yarn"),
            U("เส้นยางยืด (rubber thread) สำหรับยางยืด", "no rubber thread maker in the set"),
            N("ด้ายหุ้มสแปนเด็กซ์", "spandex_covered_yarn"),
        ],
    ),
    Sme(
        "bml-020", "en", "Urban Carry Bag Factory", SPT, DOWN, "Bangkok",
        "orders@urbancarry.co.th", [], [],
        [
            ("Canvas tote bags, screen printed logo, MOQ 300", "canvas_tote_bags"),
            ("Backpacks and drawstring bags for events", "backpacks"),
        ],
        [
            N("Cotton canvas 10-12 oz, grey or dyed", "cotton_canvas_fabric"),
            N("PP or polyester webbing 25 mm and 38 mm", "woven_webbing"),
            N("Water-resistant nylon for backpack lining", "coated_nylon_ripstop_fabric"),
            U("YKK-type nylon zips no. 5", "no zip maker in the set"),
        ],
    ),
]

# ---------------------------------------------------------------- bml-021 … bml-040
SMES += [
    Sme(
        "bml-021", "th", "โรงทอผ้าใบสีคิ้วทองเจริญ", HNF, MID, "Nakhon Ratchasima",
        "thongcharoen.canvas@gmail.com", [], [],
        [
            ("ผ้าใบดิบ cotton canvas เบอร์ 8-12 หน้า 60 นิ้ว", "cotton_canvas_fabric"),
            ("ผ้าใบย้อมกากี/ดำ ทำกระเป๋า ทำรองเท้า", "cotton_canvas_fabric"),
        ],
        [
            N("ด้ายโออีเบอร์ 7 ถึง 10", "oe_cotton_yarn", "recycled_cotton_oe_yarn"),
            N("รับเข้าเกลียวด้ายควบสองเส้น (TFO)", "yarn_twisting_service"),
            N("ช่างซ่อมเครื่องทอเรเปียร์ มาดูเดือนละครั้ง", "loom_repair_service"),
        ],
    ),
    Sme(
        "bml-022", "en", "Rangsit Twisting & Winding Co., Ltd.", HNF, MID, "Pathum Thani",
        "rangsit.twist@gmail.com", [], [],
        [
            ("TFO twisting and doubling, 2-ply and 3-ply, customer yarn", "yarn_twisting_service"),
            ("Rewinding hanks onto cones, assembly winding", "yarn_winding_service"),
            ("2/40s and 2/60s combed cotton ply yarn", "combed_cotton_ply_yarn"),
        ],
        [
            N("Paper cones 3°30' and 4°20', 20,000 pcs/month", "paper_cones_tubes"),
            N("Anyone servicing autoconer splicers around Rangsit?", "spinning_machine_repair"),
        ],
    ),
    Sme(
        "bml-023", "th", "หจก. บางปะอินไซซิ่ง", HNF, MID, "Phra Nakhon Si Ayutthaya",
        "bpisizing@yahoo.co.th", [], [],
        [
            ("รับลงแป้งด้ายยืนของลูกค้า ม้วนบีมพร้อมขึ้นเครื่องทอ", "warp_sizing_service"),
            ("รับเดินด้ายยืนตามแบบ sectional warping", "warping_service"),
        ],
        [
            U("แป้ง PVA และแป้งมันแปรรูปสำหรับลงแป้ง", "no sizing chemical supplier in the set"),
            N("ปั๊มลมพร้อมถังเก็บลม", "air_compressors"),
        ],
    ),
    Sme(
        "bml-024", "en", "Krathum Baen Garment CMT", CIR, MID, "Samut Sakhon",
        "kbgarment.cmt@gmail.com", [], ["circular"],
        [
            ("Cut-make-trim sewing for shirts and workwear, your fabric, 5,000 pcs a week", "garment_sewing_service"),
            ("Cotton cutting scraps, sorted by colour, 2 t a month", "cotton_cutting_waste"),
        ],
        [
            N("Spun polyester sewing thread 40/2, 50 colours", "sewing_thread"),
            N("Woven labels and size tabs", "woven_labels"),
            U("Fusible interlining for collars", "no interlining maker in the set"),
        ],
    ),
    Sme(
        "bml-025", "th", "กลุ่มผ้าย้อมครามบ้านดอนกอย", ALI, MID, "Sakon Nakhon",
        "donkoi.indigo@gmail.com", ["OTOP"], ["bio"],
        [
            ("ผ้าฝ้ายทอมือย้อมคราม ลายมัดหมี่ หน้ากว้าง 1 เมตร", "indigo_handwoven_cotton_fabric"),
            ("รับย้อมครามธรรมชาติ ส่งผ้าหรือเสื้อมาย้อมได้", "indigo_dyeing_service"),
            ("เสื้อผ้าฝ้ายย้อมครามทรงหลวม ไซส์ผู้สูงวัย", "indigo_cotton_shirts"),
        ],
        [
            N(
                "ด้ายฝ้ายโรงงานสีขาว ใช้เป็นเส้นยืน",
                "carded_cotton_ring_yarn", "combed_cotton_ring_yarn", "combed_cotton_ply_yarn",
            ),
            N("ฝ้ายเข็นมือ", "handspun_cotton_yarn"),
        ],
    ),
    Sme(
        "bml-026", "en", "Isan Craft House", ALI, DOWN, "Khon Kaen",
        "hello@isancrafthouse.com", [], [],
        [],
        [
            N("Indigo handwoven cotton by the metre", "indigo_handwoven_cotton_fabric"),
            N(
                "Bags made of handwoven cotton, OTOP welcome but not required",
                "handwoven_cotton_bags", waives=("OTOP",),
            ),
            N("Loose indigo shirts for older customers, M to 3XL", "indigo_cotton_shirts"),
        ],
    ),
    Sme(
        "bml-027", "th", "กลุ่มแม่บ้านเข็นฝ้ายบ้านนาโพธิ์", ALI, UP, "Buriram",
        "naphocotton@gmail.com", [], ["bio"],
        [
            ("ฝ้ายเข็นมือ ย้อมสีธรรมชาติ ขายเป็นไจ", "handspun_cotton_yarn"),
            ("ฝ้ายเข็นสีขาวธรรมชาติ ยังไม่ย้อม", "handspun_cotton_yarn"),
        ],
        [
            N("หาซื้อปุยฝ้ายสำหรับเข็น กิโลละไม่เกิน 120 บาท", "cotton_lint"),
        ],
    ),
    Sme(
        "bml-028", "en", "Bangna Air-Jet Weaving Co., Ltd.", HNF, MID, "Samut Prakan",
        "merch@bangnaairjet.com", ["ISO 9001", "OEKO-TEX Standard 100"], [],
        [
            ("Yarn-dyed shirting, checks and stripes, 57/58 in, air-jet", "yarn_dyed_shirting_fabric"),
            ("White dobby shirting CM60s", "white_dobby_shirting_fabric"),
        ],
        [
            N("Compact combed 60/1 and 80/2", "combed_cotton_ring_yarn", "combed_cotton_ply_yarn"),
            N("Dyed yarn, or a dyer for our own yarn", "dyed_cotton_yarn", "yarn_dyeing_service"),
            N("Oil-free screw compressor 75 kW", "air_compressors"),
        ],
    ),
    Sme(
        "bml-029", "th", "หจก. ชลบุรีแอร์คอมเพรสเซอร์", SPT, MID, "Chonburi",
        "cbaircomp@gmail.com", [], [],
        [
            ("ขายปั๊มลมสกรู oil-free 37-110 kW", "air_compressors"),
            ("ล้าง เปลี่ยนไส้กรอง ดูแลปั๊มลมรายปี", "compressor_service"),
        ],
        [
            N("ผ้าเช็ดมือช่าง ผ้าเช็ดเครื่อง", "cleaning_rags"),
        ],
    ),
    Sme(
        "bml-030", "en", "Korat Solar Engineering Co., Ltd.", CIR, MID, "Nakhon Ratchasima",
        "projects@koratsolar.co.th", [], ["green"],
        [
            ("Rooftop solar EPC for factories, 100 kW-2 MW, zero-capex PPA option", "solar_rooftop_system"),
            ("Energy audit of spinning and weaving halls", "energy_audit_service"),
        ],
        [
            N("Work shirts with logo for 60 installers", "workwear"),
        ],
    ),
    Sme(
        "bml-031", "th", "บ้านพักผู้สูงอายุบ้านสุขใจ", ALC, DOWN, "Bangkok",
        "baansukjai.care@gmail.com", [], [],
        [],
        [
            N("เสื้อผ้าผู้สูงอายุ ใส่ง่าย ติดแถบตีนตุ๊กแก", "adaptive_clothing"),
            N("แผ่นรองซับซักได้ ผ้านุ่ม ต้องได้ OEKO-TEX", "washable_underpads", certs=("OEKO-TEX Standard 100",)),
            N("ผ้าเช็ดตัวสีขาว 100 ผืน", "bath_towels"),
        ],
    ),
    Sme(
        "bml-032", "en", "Siam Medtex Co., Ltd.", ALC, MID, "Nonthaburi",
        "sales@siammedtex.com", ["ISO 13485", "Thai FDA", "OEKO-TEX Standard 100"], [],
        [
            ("Reusable patient gowns and isolation gowns", "patient_gowns"),
            ("Scrubs and surgical suits, 65/35 poplin", "medical_scrubs"),
            ("Washable incontinence underpads, 4-layer", "washable_underpads"),
            ("Sterile cotton gauze swabs and rolls", "medical_gauze"),
        ],
        [
            N("White TC or cotton sheeting, 90 in and wider", "sheeting_fabric"),
            N("Elastic tape 10 mm", "elastic_tape"),
            N("Loomstate gauze cloth 19x15 for our swabs", "gauze_fabric"),
        ],
    ),
    Sme(
        "bml-033", "th", "โรงพยาบาลหนองหาน", ALI, DOWN, "Udon Thani",
        "nonghan.hosp@gmail.com", [], [],
        [],
        [
            N("ชุดคนไข้ เสื้อ+กางเกง", "patient_gowns"),
            N("ผ้าก๊อซ ผ้าพันแผล", "medical_gauze"),
            N("บริการซักผ้าโรงพยาบาล รับ-ส่งถึงที่", "linen_laundry_service"),
        ],
    ),
    Sme(
        "bml-034", "en", "Pattaya Sport Kit Co., Ltd.", SPT, DOWN, "Chonburi",
        "team@pattayasportkit.com", [], [],
        [
            ("Sublimated football and running jerseys, team orders from 20 pcs", "sports_jerseys"),
        ],
        [
            N("Recycled polyester interlock, GRS, 140-160 gsm", "recycled_performance_knit_fabric", certs=("GRS",)),
            N("Mesh and pique performance knit", "performance_knit_fabric", "recycled_performance_knit_fabric"),
            U("Sublimation transfer paper in rolls", "no paper supplier in the set"),
        ],
    ),
    Sme(
        "bml-035", "th", "บริษัท สาครนิตติ้ง จำกัด", SPT, MID, "Samut Sakhon",
        "sakornknit@gmail.com", ["GRS", "OEKO-TEX Standard 100"], [],
        [
            ("ผ้ายืดกีฬา ไมโครโพลี ดรายฟิต", "performance_knit_fabric"),
            ("ผ้าถัก rPET จากขวดพลาสติก มี GRS", "recycled_performance_knit_fabric"),
        ],
        [
            N("เส้นใย DTY 75D/72F และ rPET", "polyester_filament_yarn", "recycled_polyester_filament_yarn"),
            N("ด้ายหุ้มสแปนเด็กซ์ 20D/75D", "spandex_covered_yarn"),
        ],
    ),
    Sme(
        "bml-036", "en", "Mae Sot Textile Waste Sorting", CIR, UP, "Tak",
        "maesotwaste@gmail.com", [], ["circular"],
        [
            ("Polyester and nylon cutting waste, sorted by colour", "polyester_cutting_waste"),
            ("Cotton-rich clippings, baled", "cotton_cutting_waste"),
        ],
        [
            U("Second-hand hydraulic baling press", "no dealer in balers in the set"),
            N("PP woven sacks, 90x120 cm", "pp_woven_sacks"),
        ],
    ),
    Sme(
        "bml-037", "th", "โรงตีใยรีไซเคิลสามพราน", CIR, UP, "Nakhon Pathom",
        "sampranfibre@gmail.com", [], ["circular"],
        [
            ("รับตีเศษผ้าเป็นใย ลูกค้าส่งเศษผ้ามาเอง กิโลละ 8 บาท", "waste_shredding_service"),
            ("ใยฝ้ายรีไซเคิลจากเศษผ้า ตีแล้ว พร้อมปั่น", "recycled_cotton_fibre"),
        ],
        [
            N("เศษผ้าคอตตอนสีขาว", "cotton_cutting_waste"),
            U("ลูกตีเครื่องการ์เน็ตและใบมีด", "no machine parts for garnetting in the set"),
        ],
    ),
    Sme(
        "bml-038", "en", "Lanna Hemp Fibre Co., Ltd.", HNF, UP, "Chiang Mai",
        "info@lannahemp.com", ["Organic Thailand"], ["bio"],
        [
            ("Decorticated hemp bast fibre, degummed, 60-80 mm", "hemp_fibre"),
            ("Hemp yarn Nm 6-12, wet spun", "hemp_yarn"),
            ("Decortication of your hemp stalks, per tonne", "decortication_service"),
        ],
        [
            N("A weaver to make hemp cloth from our yarn", "commission_weaving_service"),
            N("Sun-dried hemp stalks from growers", "hemp_stalks"),
        ],
    ),
    Sme(
        "bml-039", "th", "กลุ่มทอผ้าใยกัญชงม้งเขาค้อ", HNF, MID, "Phetchabun",
        "khaokhohemp@gmail.com", ["OTOP"], ["bio"],
        [
            ("ผ้าใยกัญชงทอมือ สีธรรมชาติ", "hemp_fabric"),
            ("กระเป๋าผ้ากัญชงเขียนเทียน", "hemp_bags"),
        ],
        [
            N("เส้นใยกัญชง", "hemp_fibre"),
            N("ด้ายกัญชงปั่นแล้ว", "hemp_yarn"),
        ],
    ),
    Sme(
        "bml-040", "en", "Pranburi Pineapple Fibre", HNF, UP, "Prachuap Khiri Khan",
        "pranburi.palf@gmail.com", [], ["bio", "circular"],
        [
            ("Pineapple leaf fibre, degummed and combed", "pineapple_leaf_fibre"),
        ],
        [
            N("Spinning trial for PALF/cotton blend, we send the fibre", "commission_spinning_service"),
        ],
    ),
]

# ---------------------------------------------------------------- bml-041 … bml-060
SMES += [
    Sme(
        "bml-041", "th", "บริษัท ลำพูนสปินนิ่ง จำกัด", HNF, UP, "Lamphun",
        "lamphunspin@gmail.com", ["ISO 9001"], [],
        [
            ("รับปั่นด้ายตามสั่ง ลูกค้าส่งเส้นใยมาเอง ขั้นต่ำ 500 กก.", "commission_spinning_service"),
            ("ด้าย TC 65/35 เบอร์ 30-45", "tc_blend_yarn"),
            ("ด้าย CVC 60/40 Ne 32/1 ลูกละ 1.89 กก.", "tc_blend_yarn"),
        ],
        [
            N("ใยโพลีเอสเตอร์ 1.4D x 38 มม.", "polyester_staple_fibre", "recycled_polyester_staple_fibre"),
            N("ใยฝ้ายเป็นเบล ส่งถึงลำพูน", "cotton_lint"),
        ],
    ),
    Sme(
        "bml-042", "en", "Lampang Gauze Weaving Co., Ltd.", ALC, MID, "Lampang",
        "lampanggauze@gmail.com", ["ISO 9001"], [],
        [
            ("Loomstate cotton gauze 19x15 and 20x12, 36 in wide", "gauze_fabric"),
            ("Bleached gauze in rolls, 90 cm x 100 m, non-sterile", "gauze_fabric"),
        ],
        [
            N("Carded 32s and 40s cotton yarn", "carded_cotton_ring_yarn"),
            N("Paper cores for gauze rolls", "paper_cones_tubes"),
        ],
    ),
    Sme(
        "bml-043", "th", "บริษัท สยามสแปนเท็กซ์ จำกัด", SPT, UP, "Samut Prakan",
        "siamspantex@gmail.com", ["OEKO-TEX Standard 100"], [],
        [
            ("ด้ายหุ้มสแปนเด็กซ์ SCY/ACY 20D-70D", "spandex_covered_yarn"),
        ],
        [
            N("ไนลอน DTY 40D/34F สำหรับหุ้ม", "nylon_filament_yarn"),
            N("กล่องกระดาษลูกฟูกใส่ลูกด้าย", "corrugated_cartons"),
        ],
    ),
    Sme(
        "bml-044", "en", "Prachin Nylon Yarn Industries", SPT, UP, "Prachinburi",
        "sales@prachinnylon.com", ["OEKO-TEX Standard 100"], [],
        [
            ("Nylon 6 FDY and DTY 20D-70D, semi-dull", "nylon_filament_yarn"),
        ],
        [
            N("Paper tubes for nylon take-up, 4,000 a week", "paper_cones_tubes"),
            N("Solar rooftop under a PPA, no upfront cost", "solar_rooftop_system"),
        ],
    ),
    Sme(
        "bml-045", "th", "บริษัท กรวยกระดาษอ่างทอง จำกัด", CIR, MID, "Ang Thong",
        "angthongcone@gmail.com", [], ["circular", "green"],
        [
            ("กรวยกระดาษ paper cone สำหรับด้าย ทุกองศา", "paper_cones_tubes"),
            ("แกนกระดาษม้วนผ้า ม้วนด้าย ตัดตามความยาว", "paper_cones_tubes"),
            ("กล่องลูกฟูก 3 ชั้น 5 ชั้น สั่งผลิตตามขนาด โทร 081-555-0142", "corrugated_cartons"),
        ],
        [
            U("เศษกระดาษกล่อง OCC ราคาถูก", "no paper waste seller in the set"),
        ],
    ),
    Sme(
        "bml-046", "en", "Nakhon Sawan Pack Co., Ltd.", CIR, UP, "Nakhon Sawan",
        "nspack@gmail.com", [], [],
        [
            ("PP woven sacks and bale wrap, printed", "pp_woven_sacks"),
            ("LDPE poly bags with print", "poly_bags"),
        ],
        [
            U("Recycled PP pellets", "no plastics recycler in the set"),
        ],
    ),
    Sme(
        "bml-047", "th", "ช่างวิทย์ซ่อมเครื่องปั่นด้าย", HNF, UP, "Saraburi",
        "changwit.spin@gmail.com", [], [],
        [
            ("ซ่อมเครื่องปั่นวงแหวน เครื่องกรอ autoconer เปลี่ยนลูกกลิ้ง", "spinning_machine_repair"),
            ("รับยกย้ายและติดตั้งเครื่องจักรสิ่งทอ", "machine_relocation_service"),
        ],
        [
            U("แหวนปั่นและแทรเวลเลอร์ ของแท้", "no spinning spare parts dealer in the set"),
        ],
    ),
    Sme(
        "bml-048", "en", "Phrae Indigo Workshop", HNF, DOWN, "Phrae",
        "phraeindigo@gmail.com", [], ["bio"],
        [
            ("Mor hom indigo shirts and trousers, unisex", "indigo_cotton_shirts"),
            ("Indigo dyeing of your garments, 50 pcs minimum", "indigo_dyeing_service"),
        ],
        [
            N("Grey cotton cloth for indigo, plain weave", "grey_cotton_fabric"),
            N("Sewing contractor for shirts (we cut, you sew)", "garment_sewing_service"),
        ],
    ),
    Sme(
        "bml-049", "th", "กลุ่มทอผ้าไหมบ้านท่าสว่าง", ALI, MID, "Surin",
        "thasawangsilk@gmail.com", ["Thai Silk Peacock Emblem", "OTOP"], [],
        [
            ("ผ้าไหมยกทองทอมือ ตรานกยูงพระราชทาน", "handwoven_silk_fabric"),
            ("ผ้าพันคอไหม ทอมือ", "silk_scarves"),
        ],
        [
            N("เส้นไหมไทยพันธุ์พื้นบ้าน", "thai_silk_yarn"),
            N("ฟันหวีสำหรับกี่กระตุก", "reeds_healds"),
        ],
    ),
    Sme(
        "bml-050", "en", "Andaman Resort & Spa", ALC, DOWN, "Phuket",
        "purchasing@andamanresort.com", [], [],
        [
            ("Worn-out towels and sheets, about 300 kg a month", "used_linen"),
        ],
        [
            N("Bath and pool towels, OEKO-TEX not required", "bath_towels", waives=("OEKO-TEX Standard 100",)),
            N("Linen laundry for 180 rooms", "linen_laundry_service"),
        ],
    ),
    Sme(
        "bml-051", "th", "บริษัท คลีนแอนด์แคร์ลอนดรี้ จำกัด", ALC, MID, "Pathum Thani",
        "cleancare.laundry@gmail.com", ["ISO 9001"], [],
        [
            ("ซักผ้าโรงพยาบาล โรงแรม รับส่งทุกวัน", "linen_laundry_service"),
        ],
        [
            N("ถุงพลาสติกใส่ผ้าหลังซัก", "poly_bags"),
            N("ผ้าขาว sheeting 100 นิ้ว สำหรับตัดผ้าปูทดแทน", "sheeting_fabric"),
        ],
    ),
    Sme(
        "bml-052", "en", "Silver Comfort Apparel", ALC, DOWN, "Samut Songkhram",
        "care@silvercomfort.co.th", [], [],
        [
            ("Adaptive clothing for seniors: magnetic buttons, open-back tops", "adaptive_clothing"),
        ],
        [
            N(
                "Soft combed cotton jersey, OEKO-TEX required",
                "cotton_jersey_fabric", certs=("OEKO-TEX Standard 100",),
            ),
            N("Sewing factory for 2,000 pcs a month", "garment_sewing_service"),
            N("Hook-and-loop tape, soft", "hook_and_loop_tape"),
        ],
    ),
    Sme(
        "bml-053", "th", "ศูนย์ดูแลผู้สูงอายุเทศบาลนครพนม", ALI, DOWN, "Nakhon Phanom",
        "npm.eldercare@gmail.com", [], [],
        [],
        [
            N("แผ่นรองกันเปื้อนบนที่นอน แบบซักได้", "washable_underpads"),
            N("ผ้าห่มอุ่นๆ ไม่จำเป็นต้องมี มอก.", "blankets", waives=("Thai Industrial Standard",)),
            U("ไม้เท้าและรถเข็น", "mobility aids are not made in the set"),
        ],
    ),
    Sme(
        "bml-054", "en", "Aranyaprathet Used Clothing Export", CIR, UP, "Sa Kaeo",
        "rongkluea.bales@gmail.com", [], ["circular"],
        [
            ("Bales of used clothing, grade A/B, 45 kg", "used_clothing"),
            ("Wiping rags cut from cotton T-shirts, 10 kg bags", "cleaning_rags"),
        ],
        [
            U("Trucks for Bangkok runs", "no transport firm in the set"),
            N("Bale wrap and PP sacks", "pp_woven_sacks"),
        ],
    ),
    Sme(
        "bml-055", "th", "บริษัท ผ้าห่มรีไซเคิลพนัสนิคม จำกัด", CIR, MID, "Chonburi",
        "phanatblanket@gmail.com", [], ["circular"],
        [
            ("ผ้าห่มจากใยรีไซเคิล ทอ OE", "blankets"),
            ("ผ้าห่มนาโน สีพื้น ขายส่ง โหลละ 1,200 บาท", "blankets"),
        ],
        [
            N("ด้าย OE รีไซเคิลเบอร์ 6-10 สำหรับทอผ้าห่ม", "recycled_cotton_oe_yarn"),
            N("ใยโพลีรีไซเคิล", "recycled_polyester_staple_fibre"),
        ],
    ),
    Sme(
        "bml-056", "en", "Pathom Jacquard Co., Ltd.", SPT, MID, "Nakhon Pathom",
        "design@pathomjacquard.com", [], [],
        [
            ("Jacquard upholstery fabric for sofas and headboards, 140 cm", "jacquard_upholstery_fabric"),
            ("Woven labels, damask, 1-10 colours", "woven_labels"),
        ],
        [
            N(
                "Polyester DTY 150D/48F for jacquard weft",
                "polyester_filament_yarn", "recycled_polyester_filament_yarn",
            ),
            U("Harness cords and lingoes for Staubli jacquard", "no jacquard harness supplier in the set"),
        ],
    ),
    Sme(
        "bml-057", "th", "ร้านชัยนาทผ้าม่านและเครื่องนอน", ALC, DOWN, "Chai Nat",
        "chainatcurtain@gmail.com", [], [],
        [
            ("ผ้าม่าน เย็บตามสั่ง วัดหน้างาน", "made_to_measure_curtains"),
        ],
        [
            N("ผ้าแจ็คการ์ดลายไทย สำหรับบุเก้าอี้ หมอนอิง", "jacquard_upholstery_fabric"),
            N("ผ้าปูที่นอนพร้อมใช้ 5 ฟุต 6 ฟุต มีโอเคเท็กซ์ยิ่งดี", "bed_linen", waives=("OEKO-TEX Standard 100",)),
        ],
    ),
    Sme(
        "bml-058", "en", "Rayong Coating & Laminating Co., Ltd.", SPT, MID, "Rayong",
        "rcl@rayongcoating.com", ["Thai Industrial Standard", "ISO 9001"], [],
        [
            ("PVC-coated polyester tarpaulin 550-650 gsm", "pvc_tarpaulin"),
            ("PU coating on customer fabric, toll coating", "fabric_coating_service"),
        ],
        [
            N("Grey polyester taffeta or oxford for coating", "grey_polyester_taffeta"),
            U("High-tenacity polyester scrim", "no scrim maker in the set"),
        ],
    ),
    Sme(
        "bml-059", "th", "ร้านเต็นท์หาดใหญ่", SPT, DOWN, "Songkhla",
        "hatyaitent@gmail.com", [], [],
        [
            ("เต็นท์ผ้าใบ ผ้าใบคลุมรถ ตัดเย็บตามสั่ง", "tarpaulin_covers"),
        ],
        [
            N("ผ้าใบ PVC เคลือบ 2 หน้า ต้องได้ มอก.", "pvc_tarpaulin", certs=("Thai Industrial Standard",)),
            N("ผ้าใบคอตตอนดิบหนา", "cotton_canvas_fabric"),
            N("สายรัดเว็บบิ้ง 50 มม.", "woven_webbing"),
        ],
    ),
    Sme(
        "bml-060", "en", "Chaiyaphum Silk Reeling Group", ALI, UP, "Chaiyaphum",
        "cpmsilk@gmail.com", [], ["bio"],
        [
            ("Hand-reeled Thai silk yarn, native yellow cocoons", "thai_silk_yarn"),
            ("Silk noil and cocoon waste", "silk_waste"),
        ],
        [
            U("Natural dye extracts (lac, ebony) in bulk", "no dye supplier in the set"),
            N("Yellow cocoons from farmers", "silk_cocoons"),
        ],
    ),
]

# ---------------------------------------------------------------- bml-061 … bml-078
SMES += [
    Sme(
        "bml-061", "th", "บริษัท บางพลีดายเฮาส์ จำกัด", CIR, MID, "Samut Prakan",
        "bangplidye@gmail.com", ["bluesign"], ["green"],
        [
            ("รับย้อมผ้าโพลีเอสเตอร์ ไนลอน เครื่องเจ็ทแรงดันสูง ผ้าลูกค้า ขั้นต่ำ 300 กก./สี", "synthetic_fabric_dyeing_service"),
            ("รับพิมพ์ sublimation ลงผ้าโพลีทั้งม้วนและชิ้นตัด", "sublimation_printing_service"),
        ],
        [
            U("มีใครรับออกแบบระบบบำบัดน้ำเสียโรงย้อมบ้างไหมครับ", "no wastewater engineering in the set"),
            N("ถุงพลาสติกห่อม้วนผ้า", "poly_bags"),
        ],
    ),
    Sme(
        "bml-062", "en", "Ban Pong Textile Printing Co., Ltd.", HNF, MID, "Ratchaburi",
        "print@banpongtextile.com", ["OEKO-TEX Standard 100"], [],
        [
            ("Rotary and flatbed screen printing on cotton and rayon, customer fabric", "fabric_printing_service"),
            ("Printed rayon challis, ready stock, 300 designs", "printed_rayon_fabric"),
        ],
        [
            N("PFP cotton poplin, 58 in", "bleached_cotton_fabric"),
            N("Greige rayon challis for printing", "grey_rayon_fabric"),
        ],
    ),
    Sme(
        "bml-063", "th", "โรงทอผ้าสุพรรณเรยอน", HNF, MID, "Suphan Buri",
        "suphanrayon@gmail.com", [], [],
        [
            ("ผ้าดิบเรยอน ชาลลี่ 30s 68x68 ทอแอร์เจ็ท", "grey_rayon_fabric"),
            ("ผ้าดิบ TC 45x45 110x76 หน้า 47 นิ้ว ราคาโรงงาน", "grey_tc_fabric"),
        ],
        [
            N("ด้ายเรยอน 30 ถึง 40 ส่งทุกเดือน", "viscose_spun_yarn"),
            N("ด้าย TC 45s ต่อเนื่อง", "tc_blend_yarn"),
        ],
    ),
    Sme(
        "bml-064", "en", "Kanchana Spinning Co., Ltd.", HNF, UP, "Kanchanaburi",
        "kanchanaspin@gmail.com", ["ISO 9001"], [],
        [
            ("Viscose spun yarn 30s and 40s, ring and vortex", "viscose_spun_yarn"),
            ("100% polyester spun yarn 20/2 and 40/2, raw white, for thread", "polyester_spun_yarn"),
        ],
        [
            N("Viscose staple 1.2D", "viscose_staple_fibre"),
            N("Polyester staple fibre, virgin only, no recycled", "polyester_staple_fibre"),
        ],
    ),
    Sme(
        "bml-065", "th", "บริษัท ด้ายเย็บผ้านครนายก จำกัด", SPT, MID, "Nakhon Nayok",
        "nynthread@gmail.com", [], [],
        [
            ("ด้ายเย็บผ้าโพลีเอสเตอร์ 40/2 หลอดละ 5,000 หลา ครบทุกสี", "sewing_thread"),
            ("ด้ายไนลอนเย็บหนัง เย็บกระเป๋า", "sewing_thread"),
        ],
        [
            N("ด้ายโพลีเอสเตอร์ปั่น 40/2 ดิบ ยังไม่ย้อม", "polyester_spun_yarn"),
            N("รับย้อมด้ายของเรา สีตามแคตตาล็อก", "yarn_dyeing_service"),
        ],
    ),
    Sme(
        "bml-066", "th", "กลุ่มกระเป๋าผ้าฝ้ายทอมือบ้านโพน", ALI, DOWN, "Kalasin",
        "banphonbag@gmail.com", ["OTOP"], [],
        [
            ("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม ใบละ 350 บาท", "handwoven_cotton_bags"),
            ("ผ้าฝ้ายทอมือ ลายขิด ผืนละ 2 เมตร", "handwoven_cotton_fabric"),
        ],
        [
            N("สายกระเป๋าเว็บบิ้งสีดำ 1 นิ้ว", "woven_webbing"),
            N("ด้ายฝ้ายย้อมสีสำเร็จ เบอร์ 20/2", "dyed_cotton_yarn"),
        ],
    ),
    Sme(
        "bml-067", "en", "Lopburi Uniform Factory", ALC, DOWN, "Lopburi",
        "sales@lopburiuniform.com", [], [],
        [
            ("Work shirts and coveralls, twill, embroidered logo", "workwear"),
            ("Logo embroidery for others, 24-head machines", "embroidery_service"),
        ],
        [
            N("Dyed cotton twill 2/1 in navy and grey, ready to cut", "dyed_cotton_fabric"),
            N("Sewing thread, polyester, tex 27", "sewing_thread"),
        ],
    ),
    Sme(
        "bml-068", "th", "ร้านผ้าพื้นเมืองอุบล", ALI, DOWN, "Ubon Ratchathani",
        "ubonphamuang@gmail.com", [], [],
        [],
        [
            N("ผ้าฝ้ายทอมือ ผ้าขาวม้า", "handwoven_cotton_fabric", "indigo_handwoven_cotton_fabric"),
            N("ผ้าไหมที่มีตรานกยูงพระราชทานเท่านั้น", "handwoven_silk_fabric", certs=("Thai Silk Peacock Emblem",)),
            N("ผ้าพันคอ ผ้าคลุมไหล่", "silk_scarves", "cotton_scarves"),
        ],
    ),
    Sme(
        "bml-069", "en", "ReThread Studio", CIR, DOWN, "Bangkok",
        "studio@rethread.co", [], ["circular"],
        [
            ("Patchwork tote bags made from denim offcuts", "upcycled_denim_bags"),
        ],
        [
            N("Denim end rolls and offcuts", "denim_offcuts"),
            N("Someone to sew our bags, small runs", "garment_sewing_service"),
        ],
    ),
    Sme(
        "bml-070", "th", "ร้านเสื้อผ้ากัญชงเชียงราย", HNF, DOWN, "Chiang Rai",
        "crhempwear@gmail.com", [], ["bio"],
        [
            ("เสื้อเชิ้ตผ้ากัญชงผสมฝ้าย ใส่สบาย", "hemp_shirts"),
        ],
        [
            N("ผ้ากัญชงผสมฝ้าย ทอเครื่อง หน้ากว้าง 150 ซม.", "hemp_cotton_blend_fabric"),
            N("รับเย็บเสื้อ ลูกค้าส่งผ้าไปเอง", "garment_sewing_service"),
            N("มีที่ไหนรับย้อมครามเสื้อสำเร็จบ้าง เราส่งเสื้อกัญชงไปให้", "indigo_dyeing_service"),
        ],
    ),
    Sme(
        "bml-071", "en", "Nan Hemp Weaving Mill", HNF, MID, "Nan",
        "nanhempmill@gmail.com", [], ["bio"],
        [
            ("Hemp/cotton 55/45 woven on rapier, 150 cm, natural or dyed", "hemp_cotton_blend_fabric"),
        ],
        [
            N("Hemp yarn Nm 10-20 for weft", "hemp_yarn"),
            N("Combed cotton 40s for warp", "combed_cotton_ring_yarn"),
        ],
    ),
    Sme(
        "bml-072", "th", "บริษัท สปาลิเนนพิษณุโลก จำกัด", ALC, MID, "Phitsanulok",
        "spalinen.plk@gmail.com", [], [],
        [
            ("เสื้อคลุมอาบน้ำผ้าขนหนู และชุดสปา", "bathrobes"),
        ],
        [
            N("ผ้าขนหนูเป็นม้วน ยังไม่ตัด", "terry_fabric"),
            N("รับจ้างปักโลโก้โรงแรมบนเสื้อคลุม", "embroidery_service"),
        ],
    ),
    Sme(
        "bml-073", "en", "Cha-am Beach Hotel", ALC, DOWN, "Phetchaburi",
        "fb@chaambeachhotel.com", [], [],
        [],
        [
            N("Looking for bathrobes, 100 pcs, waffle or terry", "bathrobes"),
            N("Bed sheets and duvet covers, 300 thread count", "bed_linen"),
        ],
    ),
    Sme(
        "bml-074", "th", "กลุ่มนุ่นบ้านสร้างแก้ว", ALI, UP, "Yasothon",
        "kapok.yasothon@gmail.com", [], ["bio"],
        [
            ("นุ่นปั่นแล้ว ยัดหมอน ยัดที่นอน", "kapok_fibre"),
        ],
        [
            N("ผ้าฝ้ายดิบทำปลอกหมอน ผ้ารีไซเคิลก็ได้", "grey_cotton_fabric", "recycled_cotton_fabric"),
        ],
    ),
    Sme(
        "bml-075", "en", "Roi Et Kapok Pillow Co.", ALI, DOWN, "Roi Et",
        "roietpillow@gmail.com", [], ["bio"],
        [
            ("Kapok pillows and triangle cushions", "kapok_pillows"),
        ],
        [
            N("Kapok fibre, cleaned", "kapok_fibre"),
            N("Handwoven cotton in khit pattern for cushion covers", "handwoven_cotton_fabric"),
        ],
    ),
    Sme(
        "bml-076", "th", "โรงงานไม้ถูพื้นมหาสารคาม", CIR, DOWN, "Maha Sarakham",
        "mkmop@gmail.com", [], ["circular"],
        [
            ("ไม้ถูพื้นหัวด้ายฝ้าย", "mops"),
        ],
        [
            N("เศษด้ายจากโรงทอ", "yarn_waste"),
            N("ด้าย OE รีไซเคิลเบอร์หยาบ", "recycled_cotton_oe_yarn"),
        ],
    ),
    Sme(
        "bml-077", "en", "Siam Fight Gear", SPT, DOWN, "Bangkok",
        "shop@siamfightgear.com", [], [],
        [
            ("Muay Thai shorts and canvas heavy bags", "muay_thai_gear"),
        ],
        [
            N("Canvas 18 oz for heavy bags", "cotton_canvas_fabric"),
            N("Elastic waistband 5 cm", "elastic_tape"),
        ],
    ),
    Sme(
        "bml-078", "th", "บริษัท สิงห์บุรีนิตติ้ง จำกัด", ALC, MID, "Sing Buri",
        "singburiknit@gmail.com", ["OEKO-TEX Standard 100"], [],
        [
            ("ผ้ายืดฝ้ายหวีเบอร์ 30 ถักซิงเกิลเจอร์ซีย์ นุ่ม ไม่ขึ้นขุย", "cotton_jersey_fabric"),
        ],
        [
            N("ด้ายฝ้ายหวีเบอร์ 30/1 สำหรับเครื่องถักวงกลม", "combed_cotton_ring_yarn"),
        ],
    ),
]

# ---------------------------------------------------------------- bml-079 … bml-095
SMES += [
    Sme(
        "bml-079", "th", "ร้านของฝากศรีสะเกษ", ALI, DOWN, "Sisaket",
        "sisaket.souvenir@gmail.com", [], [],
        [],
        [
            N("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "handwoven_cotton_fabric"),
        ],
    ),
    Sme(
        "bml-080", "en", "Gentle Age Sleepwear", ALC, DOWN, "Chanthaburi",
        "hello@gentleage.co.th", [], [],
        [
            ("Soft cotton nightdresses and pyjamas for older women", "sleepwear"),
        ],
        [
            U("GOTS organic cotton jersey for sleepwear", "no supplier in the set holds GOTS", certs=("GOTS",)),
            N("Cotton jersey, OEKO-TEX certified", "cotton_jersey_fabric", certs=("OEKO-TEX Standard 100",)),
            N("Shrinkage and colour-fastness tests on our fabric", "textile_testing_service"),
        ],
    ),
    Sme(
        "bml-081", "th", "ห้องปฏิบัติการทดสอบสิ่งทอบางเขน", HNF, MID, "Bangkok",
        "bkntestlab@gmail.com", ["ISO 9001"], [],
        [
            ("ทดสอบด้ายและผ้า ความแข็งแรง สีตก การหดตัว ออกใบรายงาน", "textile_testing_service"),
        ],
        [
            N("กล่องลูกฟูกส่งตัวอย่างผ้า", "corrugated_cartons"),
        ],
    ),
    Sme(
        "bml-082", "en", "Asia Loom Exchange Co., Ltd.", SPT, MID, "Samut Prakan",
        "deals@asialoomx.com", [], ["circular"],
        [
            ("Second-hand Toyota air-jet and Tsudakoma water-jet looms, reconditioned", "used_weaving_looms"),
            ("Mill dismantling and relocation", "machine_relocation_service"),
        ],
        [
            N("Used rapier looms from mills that are closing", "used_weaving_looms"),
        ],
    ),
    Sme(
        "bml-083", "th", "กลุ่มทอผ้าภูไทบ้านภู", ALI, MID, "Mukdahan",
        "phuthai.weave@gmail.com", ["OTOP"], [],
        [
            ("ผ้าพันคอฝ้ายทอมือ ลายภูไท", "cotton_scarves"),
            ("ผ้าซิ่นฝ้ายมัดหมี่ สำเร็จรูป", "cotton_sarongs"),
        ],
        [
            N("ด้ายฝ้ายย้อมแล้ว พร้อมทอ", "dyed_cotton_yarn"),
        ],
    ),
    Sme(
        "bml-084", "th", "บ้านพักคนชราริมโขง", ALI, DOWN, "Nong Khai",
        "rimkhong.elder@gmail.com", [], [],
        [],
        [
            N("มีร้านไหนทำเสื้อผ้าผู้สูงอายุที่เคลื่อนไหวลำบาก ใส่ถอดง่าย บ้างคะ", "adaptive_clothing"),
            N("แผ่นรองเตียงซักได้", "washable_underpads"),
        ],
    ),
    Sme(
        "bml-085", "th", "สโมสรฟุตบอลสุราษฎร์ซิตี้", SPT, DOWN, "Surat Thani",
        "suratcityfc@gmail.com", [], [],
        [],
        [
            N("เสื้อแข่งพิมพ์ลาย พร้อมเบอร์และชื่อ 40 ชุด", "sports_jerseys"),
            U("ถุงเท้าฟุตบอลยาว", "no sock knitter in the set"),
        ],
    ),
    Sme(
        "bml-086", "th", "ร้านวัสดุช่างนครศรีฯ", CIR, DOWN, "Nakhon Si Thammarat",
        "nakhonhardware@gmail.com", [], [],
        [
            ("เครื่องมือช่าง อุปกรณ์ก่อสร้าง", "hardware_tools"),
        ],
        [
            N("ผ้าเช็ดเครื่องจักร ผ้าขี้ริ้ว ซื้อเป็นกิโล", "cleaning_rags"),
        ],
    ),
    Sme(
        "bml-087", "en", "Krabi Batik House", HNF, DOWN, "Krabi",
        "krabibatik@gmail.com", [], [],
        [
            ("Hand-drawn batik sarongs and shirts", "batik_garments"),
        ],
        [
            N("Bleached cotton ready for batik", "bleached_cotton_fabric"),
        ],
    ),
    Sme(
        "bml-088", "th", "กลุ่มปลูกกัญชงปาย", HNF, UP, "Mae Hong Son",
        "paihemp@gmail.com", [], ["bio"],
        [
            ("ต้นกัญชงตากแห้ง มัดละ 10 กก.", "hemp_stalks"),
        ],
        [
            N("รับลอกเปลือกกัญชงทำเป็นเส้นใย", "decortication_service"),
        ],
    ),
    Sme(
        "bml-089", "th", "โรงทอผ้าดิบรีไซเคิลพิจิตร", CIR, MID, "Phichit",
        "phichitrecycle@gmail.com", [], ["circular"],
        [
            ("ผ้าดิบจากด้ายรีไซเคิล ใช้ทำถุงผ้า", "recycled_cotton_fabric"),
        ],
        [
            N("ด้ายรีไซเคิล OE", "recycled_cotton_oe_yarn"),
        ],
    ),
    Sme(
        "bml-090", "th", "โรงพยาบาลกำแพงเพชร", ALC, DOWN, "Kamphaeng Phet",
        "kpp.hospital.supply@gmail.com", [], [],
        [],
        [
            N("ชุดสครับพยาบาล ต้องผลิตในโรงงาน ISO 13485", "medical_scrubs", certs=("ISO 13485",)),
        ],
    ),
    Sme(
        "bml-091", "en", "Phang Nga Boat Canvas & Awning", SPT, DOWN, "Phang Nga",
        "pngcanvas@gmail.com", [], [],
        [
            ("Repair and re-stitching of boat covers and awnings", "canvas_repair_service"),
        ],
        [
            N("PVC tarpaulin, TIS not needed", "pvc_tarpaulin", waives=("Thai Industrial Standard",)),
        ],
    ),
    Sme(
        "bml-092", "th", "กลุ่มเลี้ยงไหมหนองบัวลำภู", ALI, UP, "Nong Bua Lam Phu",
        "nbpsilkfarm@gmail.com", [], ["bio"],
        [
            ("รังไหมเหลือง พันธุ์พื้นบ้าน", "silk_cocoons"),
        ],
        [
            N("กระสอบใส่รังไหม", "pp_woven_sacks"),
        ],
    ),
    Sme(
        "bml-093", "en", "Si Satchanalai Cotton Ginnery", HNF, UP, "Sukhothai",
        "ssgin@gmail.com", [], [],
        [
            ("Ginning of farmers' seed cotton, per kilo", "ginning_service"),
            ("Cotton seed for oil mills", "cotton_seed"),
        ],
        [
            N("Seed cotton from growers", "seed_cotton"),
        ],
    ),
    Sme(
        "bml-094", "th", "เกาะช้างบีชรีสอร์ท", ALC, DOWN, "Trat",
        "kohchangbeach@gmail.com", [], [],
        [],
        [
            N("ผ้าขนหนูสระว่ายน้ำ ลายทางน้ำเงินขาว", "bath_towels"),
        ],
    ),
    Sme(
        "bml-095", "th", "ร้านผ้ายะลาพาณิชย์", HNF, DOWN, "Yala",
        "yalapanich@gmail.com", [], [],
        [
            ("ผ้าละหมาด ผ้าคลุมผม ขายส่ง", "prayer_garments"),
        ],
        [
            N("ผ้าเรยอนพิมพ์ลาย สำหรับตัดชุด", "printed_rayon_fabric"),
        ],
    ),
]

# ---------------------------------------------------------------- checks and output

TARGET_SMES = 95
THAI_LETTER_SHARE = 0.6  # of the letters in a Thai profile's phrases
EMAIL_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-@")


def is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def is_latin_letter(ch: str) -> bool:
    return ch.isascii() or "\u00c0" <= ch <= "\u024f"


def cert_named(text: str, cert: str) -> bool:
    """Whether `text` names `cert` at all (affirmed or waived)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for c in taxonomy.CERTIFICATIONS:
        if c.name == cert:
            names = (c.name, c.full_name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
            return any(unicodedata.normalize("NFKC", n).casefold() in folded for n in names)
    return False


def suppliers_of(need: Need, buyer: Sme) -> list[Sme]:
    labels = set(need.labels)
    required = set(need.certs)
    return [
        s for s in SMES
        if s.id != buyer.id
        and any(label in labels for _, label in s.offers)
        and required <= set(s.certs)
    ]


def compute_links() -> list[tuple[str, str]]:
    pairs = {(s.id, b.id) for b in SMES for need in b.needs if not need.unmet for s in suppliers_of(need, b)}
    return sorted(pairs)


def check() -> list[str]:
    errors: list[str] = []
    subs = {str(x) for x in taxonomy.SubCluster}
    stages = {str(x) for x in taxonomy.Stage}
    tags = {str(x) for x in taxonomy.BcgTag}
    ids = [s.id for s in SMES]
    if ids != [f"bml-{i:03d}" for i in range(1, len(SMES) + 1)]:
        errors.append("ids are not bml-001 … in order")
    if len(SMES) != TARGET_SMES:
        errors.append(f"{len(SMES)} SMEs, expected {TARGET_SMES}")
    offered_by: dict[str, set[str]] = {}
    for s in SMES:
        for text, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)
            if not label.replace("_", "").isalnum() or label != label.lower():
                errors.append(f"{s.id}: bad label {label!r}")
            if not text.strip():
                errors.append(f"{s.id}: empty offer text")
    for s in SMES:
        where = s.id
        if s.lang not in taxonomy.LANGUAGES:
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub not in subs:
            errors.append(f"{where}: sub-cluster {s.sub!r}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage!r}")
        if taxonomy.resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r}")
        for c in s.certs:
            if taxonomy.resolve_certification(c) != c:
                errors.append(f"{where}: certification {c!r} is not a canonical name")
        if len(set(s.certs)) != len(s.certs) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: duplicate certification or BCG tag")
        for tag in s.bcg:
            if tag not in tags:
                errors.append(f"{where}: BCG tag {tag!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if s.email.count("@") != 1 or not set(s.email) <= EMAIL_CHARS or "." not in s.email.split("@")[1]:
            errors.append(f"{where}: e-mail {s.email!r}")
        if len(s.offers) > 4 or not 1 <= len(s.needs) <= 4:
            errors.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        if not s.offers and s.stage != "downstream":
            errors.append(f"{where}: no offers but not a downstream buyer")
        for text, _ in s.offers:
            for c in taxonomy.find_certifications(text) - set(s.certs):
                errors.append(f"{where}: offer claims {c}, which the SME does not hold: {text!r}")
        phrases = [t for t, _ in s.offers] + [n.text for n in s.needs]
        if len(set(phrases)) != len(phrases):
            errors.append(f"{where}: repeated phrase")
        letters = [ch for p in phrases for ch in p if ch.isalpha() or is_thai(ch)]
        if s.lang == "th":
            share = sum(map(is_thai, letters)) / max(1, len(letters))
            if share < THAI_LETTER_SHARE:
                errors.append(f"{where}: Thai letters are {share:.0%} of the letters")
            errors += [f"{where}: phrase without Thai letters: {p!r}" for p in phrases if not any(map(is_thai, p))]
        else:
            for p in [s.name, *phrases]:
                if any(is_thai(ch) or (ch.isalpha() and not is_latin_letter(ch)) for ch in p):
                    errors.append(f"{where}: non-Latin letters in English profile: {p!r}")
        for n in s.needs:
            if n.unmet:
                if n.labels:
                    errors.append(f"{where}: unmet need lists labels: {n.text!r}")
            else:
                if not n.labels:
                    errors.append(f"{where}: need without labels: {n.text!r}")
                for label in n.labels:
                    if not offered_by.get(label, set()) - {s.id}:
                        errors.append(f"{where}: label {label!r} is offered by no one else")
                if not suppliers_of(n, s):
                    errors.append(f"{where}: no qualified supplier for {n.text!r}")
            for c in n.certs + n.waives:
                if taxonomy.resolve_certification(c) != c:
                    errors.append(f"{where}: need certification {c!r} is not canonical")
            found = taxonomy.find_certifications(n.text)
            for c in n.certs:
                if c not in found:
                    errors.append(f"{where}: required {c} is not asked for in {n.text!r}")
            for c in n.waives:
                if not cert_named(n.text, c) or c in n.certs:
                    errors.append(f"{where}: waived {c} is not named (or also required) in {n.text!r}")
            for c in found - set(n.certs) - set(n.waives):
                errors.append(f"{where}: text names {c} but the need neither requires nor waives it: {n.text!r}")
    errors += check_targets()
    return errors


def counts() -> dict[str, Any]:
    by_id = {s.id: s for s in SMES}
    links = compute_links()
    needs = [n for s in SMES for n in s.needs]
    cross_te = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    cross_et = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    regions = Counter(str(taxonomy.resolve_province(s.province).region) for s in SMES)
    return {
        "profiles": len(SMES),
        "th": sum(s.lang == "th" for s in SMES),
        "en": sum(s.lang == "en" for s in SMES),
        "sub": Counter(s.sub for s in SMES),
        "stage": Counter(s.stage for s in SMES),
        "region": regions,
        "provinces": len({taxonomy.resolve_province(s.province).name_en for s in SMES}),
        "offers": sum(len(s.offers) for s in SMES),
        "offer_labels": len({label for s in SMES for _, label in s.offers}),
        "needs": len(needs),
        "met": sum(not n.unmet for n in needs),
        "unmet": sum(bool(n.unmet) for n in needs),
        "require_cert": sum(bool(n.certs) for n in needs),
        "waive_cert": sum(bool(n.waives) for n in needs),
        "links": len(links),
        "cross_th_en": cross_te,
        "cross_en_th": cross_et,
        "within": len(links) - cross_te - cross_et,
        "cross_sub": sum(1 for a, b in links if by_id[a].sub != by_id[b].sub),
    }


def check_targets() -> list[str]:
    errors: list[str] = []
    c = counts()
    n_links = int(c["links"])
    cross = int(c["cross_th_en"]) + int(c["cross_en_th"])
    if not 0.50 <= int(c["th"]) / TARGET_SMES <= 0.60:
        errors.append(f"{c['th']} Thai profiles: not about 55 %")
    if not 140 <= n_links <= 180:
        errors.append(f"{n_links} links, expected 140-180")
    if n_links and cross / n_links < 0.45:
        errors.append(f"cross-language links are {cross / n_links:.0%}, expected at least 45 %")
    if not 15 <= int(c["unmet"]) <= 25:
        errors.append(f"{c['unmet']} unmet needs, expected 15-25")
    if int(c["require_cert"]) < 5 or int(c["waive_cert"]) < 3:
        errors.append("too few needs requiring or waiving a certification")
    if len(c["sub"]) != 5 or len(c["stage"]) != 3:
        errors.append("not every sub-cluster and stage is used")
    if int(c["provinces"]) < 40:
        errors.append(f"only {c['provinces']} provinces")
    return errors


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    return json.dumps(record, ensure_ascii=False)


def main() -> int:
    errors = check()
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(compute_links())
    (HERE / "profiles.jsonl").write_text(profiles, encoding="utf-8")
    (HERE / "links.csv").write_text(buffer.getvalue(), encoding="utf-8")
    for key, value in counts().items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
