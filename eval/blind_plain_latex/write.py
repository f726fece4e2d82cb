"""Write the hand-labelled evaluation set `eval/blind_plain_latex/`.

Natural rubber and latex goods plus the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the
Health and Wellness Economy cluster. Every profile below was written by hand. Each offer carries a label
saying what the thing is; each need lists the labels that would meet it and the certifications its text
requires (or is marked as met by no one). The true links follow from those labels only.

Run from the repository root:  .venv/bin/python eval/blind_plain_latex/write.py
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

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

OUT = Path(__file__).resolve().parent
PREFIX = "blx"
N_PROFILES = 95

HNF = SubCluster.HEMP_NATURAL_FIBRE.value
CIR = SubCluster.CIRCULAR_TEXTILE.value
SPT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value
BIO = BcgTag.BIO.value
CIRC = BcgTag.CIRCULAR.value
GREEN = BcgTag.GREEN.value

OEKO = "OEKO-TEX Standard 100"
TIS = "Thai Industrial Standard"
FDA = "Thai FDA"
ORG = "Organic Thailand"


@dataclass(frozen=True)
class Need:
    """A need: the offer labels that meet it, or a note saying why no one does.

    `requires` are certifications the text asks for; `waives` maps a certification to the words in the
    text that name it only to waive it. An unmet need may still list labels (with `requires`) to record
    which goods come close; the checks then prove that no supplier qualifies.
    """

    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[tuple[str, str], ...] = ()
    unmet: str = ""


def N(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[tuple[str, str], ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def U(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, (), note)


@dataclass(frozen=True)
class Sme:
    num: str
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = ()
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = field(default=())

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num}"


def S(
    num: str,
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


# ---------------------------------------------------------------------------------------------- data

SMES: list[Sme] = [
    # --- upstream rubber: tappers, cooperatives, sheet and concentrate makers
    S(
        "001",
        "th",
        "สหกรณ์กองทุนสวนยางบ้านควนลัง",
        HNF,
        UP,
        "Songkhla",
        "kuanlang.coop@kuanlang.example",
        [("น้ำยางสด DRC 30-35% ส่งทุกเช้า", "field_latex"), ("ขี้ยางก้อนถ้วย ยางก้อน", "cup_lump")],
        [U("กรดฟอร์มิก สำหรับทำยางแผ่น", "formic acid: no chemical supplier in the set")],
        bcg=(BIO,),
    ),
    S(
        "002",
        "en",
        "Trang Smallholder Rubber Group",
        HNF,
        UP,
        "Trang",
        "group@trangrubber.example",
        [("USS unsmoked ribbed sheets, air dried, 5 t/month", "unsmoked_rubber_sheet")],
        [U("tapping knives and spouts", "tapping tools: no one sells them")],
        bcg=(BIO,),
    ),
    S(
        "003",
        "th",
        "กลุ่มเกษตรกรทำสวนยางท่าศาลา",
        HNF,
        UP,
        "Nakhon Si Thammarat",
        "thasala.rubber@thasala.example",
        [("ยางแผ่นรมควันชั้น 3 (RSS3) สวนได้ FSC", "rubber_smoked_sheet")],
        [],
        certs=("FSC",),
        bcg=(BIO, GREEN),
    ),
    S(
        "004",
        "en",
        "Surat Latex Concentrate Co., Ltd.",
        HNF,
        UP,
        "Surat Thani",
        "sales@suratlatex.example",
        [("60% DRC HA latex concentrate, ISO tank or 200 L drums", "latex_concentrate")],
        [N("fresh field latex brought in daily by tappers", "field_latex")],
        certs=("ISO 9001", "FSC"),
        bcg=(BIO,),
    ),
    S(
        "005",
        "th",
        "วิสาหกิจชุมชนยางพาราบ้านโคกเมือง",
        ALI,
        UP,
        "Buriram",
        "kokmuang@kokmuang.example",
        [("น้ำยางพาราสด เมืองบุรีรัมย์", "field_latex"), ("ยางแผ่นดิบ ตากแห้ง ไม่รมควัน", "unsmoked_rubber_sheet")],
        [U("อยากได้เครื่องรีดยางแผ่นมือสอง", "second-hand sheeting rollers: machinery, none offered")],
        bcg=(BIO,),
    ),
    S(
        "006",
        "th",
        "บริษัท ระยองน้ำยางข้น จำกัด",
        HNF,
        UP,
        "Rayong",
        "purchase@rayonglatex.example",
        [("น้ำยางข้น 60% ชนิดแอมโมเนียสูง (HA)", "latex_concentrate"), ("น้ำยางข้นแอมโมเนียต่ำ LA-TZ", "latex_concentrate")],
        [N("รับซื้อน้ำยางสดหน้าโรงงาน ราคาตาม DRC", "field_latex")],
        certs=("ISO 9001", "ISO 14001", TIS),
    ),
    S(
        "007",
        "en",
        "Yala Block Rubber Factory",
        HNF,
        UP,
        "Yala",
        "info@yalablock.example",
        [("STR 20 block rubber, 33.33 kg bales", "block_rubber")],
        [N("cup lumps or field coagulum, any grade", "cup_lump")],
        certs=("Halal",),
    ),
    S(
        "008",
        "th",
        "ชลบุรีรีไซเคิลยาง",
        CIR,
        UP,
        "Chonburi",
        "contact@cbrecyclerubber.example",
        [("ยางบดละเอียด จากยางรถยนต์เก่า 20-40 เมช", "rubber_crumb"), ("ยางรีเคลม แผ่นละ 25 กก.", "reclaimed_rubber")],
        [
            N("เศษยางจากโรงงานรองเท้าแตะ พื้นรองเท้า รับทุกสี", "rubber_production_scrap"),
            N("ที่นอนยางพาราเก่า ใช้แล้ว", "used_latex_mattress"),
        ],
        certs=("GRS",),
        bcg=(CIRC,),
    ),
    S(
        "009",
        "en",
        "Phatthalung Organic Rubber Farmers",
        HNF,
        UP,
        "Phatthalung",
        "farmers@pgorganic.example",
        [("organic fresh latex from certified plots", "field_latex")],
        [],
        certs=(ORG, "Fairtrade"),
        bcg=(BIO, GREEN),
    ),
    S(
        "010",
        "en",
        "Satun RSS Cooperative",
        HNF,
        UP,
        "Satun",
        "coop@satunrss.example",
        [
            ("ribbed smoked sheet No. 3, lots of 1 t", "rubber_smoked_sheet"),
            ("RSS 4/5 lower grade", "rubber_smoked_sheet"),
        ],
        [],
    ),
    S(
        "011",
        "th",
        "โรงงานยางพาราฟองน้ำหาดใหญ่",
        HNF,
        MID,
        "Songkhla",
        "factory@hdylatexfoam.example",
        [
            ("แผ่นยางพาราฟองน้ำ หนา 2-10 ซม. สำหรับทำท็อปเปอร์", "latex_foam_sheet"),
            ("ไส้หมอนยางพารา ยังไม่หุ้มปลอก", "latex_pillow_core"),
            ("เศษฟองน้ำยางพารา ตัดขอบ ขายเป็นกิโล", "latex_foam_offcuts"),
        ],
        [N("ผ้าถักหุ้มที่นอน หน้ากว้าง 2.2 ม.", "knitted_ticking_fabric")],
        certs=(OEKO, "ISO 9001"),
    ),
    S(
        "012",
        "th",
        "กลุ่มเกษตรกรสวนยางบึงกาฬ",
        ALI,
        UP,
        "Bueng Kan",
        "buengkan.rubber@bkrubber.example",
        [("ยางก้อน ขี้ยางถ้วย ส่งลานประมูล", "cup_lump")],
        [U("ปุ๋ยอินทรีย์ สำหรับสวนยาง", "fertiliser: no one offers it")],
    ),
    S(
        "013",
        "th",
        "สหกรณ์ชาวสวนยางห้วยยอด",
        HNF,
        UP,
        "Trang",
        "huaiyot.coop@huaiyot.example",
        [("น้ำยางข้นแฟร์เทรด ผลิตโดยสหกรณ์", "latex_concentrate")],
        [],
        certs=("Fairtrade",),
        bcg=(BIO,),
    ),
    # --- latex foam, pillows, mattresses
    S(
        "014",
        "en",
        "Andaman Latex Bedding",
        ALC,
        DOWN,
        "Phuket",
        "hello@andamanlatex.example",
        [
            ("natural latex pillow, contour and bun shapes", "latex_pillow"),
            ("7-zone latex mattress, 15 cm", "latex_mattress"),
        ],
        [
            N("bare latex pillow inserts in bulk", "latex_pillow_core"),
            N(
                "OEKO-TEX certified cover cloth, knit or dyed cotton",
                "knitted_ticking_fabric",
                "dyed_cotton_fabric",
                req=(OEKO,),
            ),
        ],
    ),
    S(
        "015",
        "th",
        "บริษัท ยางพาราโฟมไทย จำกัด",
        HNF,
        MID,
        "Surat Thani",
        "sales@thaifoamlatex.example",
        [("ไส้หมอนยางพาราเปลือย ขายส่ง", "latex_pillow_core"), ("ยางพาราแผ่นตัด ทำที่นอน โซฟา", "latex_foam_sheet")],
        [
            N("น้ำยางข้น ต้องเป็นแฟร์เทรด", "latex_concentrate", req=("Fairtrade",)),
            N("รับจ้างเย็บปลอกหมอน ปลอกที่นอน ผ้าเราส่งให้", "sewing_service"),
        ],
        certs=("ISO 9001",),
    ),
    S(
        "016",
        "th",
        "หมอนยางพาราโคราช",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "korat.pillow@koratpillow.example",
        [("หมอนยางพาราแท้ 100% พร้อมปลอกผ้าคอตตอน", "latex_pillow"), ("หมอนรองคอ ยางพารา พกพา", "latex_pillow")],
        [
            N("ปลอกหมอนผ้าธรรมชาติ ฝ้ายหรือกัญชง", "pillowcase"),
            U("กล่องกระดาษพิมพ์โลโก้ ใส่หมอน", "printed boxes: packaging, no one offers it"),
        ],
        certs=("OTOP",),
    ),
    # --- fibre, yarn, cloth
    S(
        "017",
        "th",
        "กลุ่มปลูกกัญชงบ้านแม่สาใหม่",
        HNF,
        UP,
        "Chiang Mai",
        "maesamai.hemp@maesamai.example",
        [("เปลือกกัญชงลอกมือ ตากแห้ง", "hemp_fibre"), ("เส้นใยกัญชงปั่นมือ เส้นใหญ่", "hemp_yarn")],
        [U("เครื่องลอกเปลือกกัญชง ขนาดเล็ก", "decorticator: machinery, none offered")],
        certs=(ORG,),
        bcg=(BIO,),
    ),
    S(
        "018",
        "en",
        "Loei Cotton Spinners",
        HNF,
        UP,
        "Loei",
        "spin@loeicotton.example",
        [
            ("hand-spun Thai cotton, natural white and brown", "cotton_yarn"),
            ("ring-spun Ne 20/1 on cones", "cotton_yarn"),
        ],
        [N("raw cotton from Organic Thailand certified farms", "seed_cotton", "cotton_lint", req=(ORG,))],
    ),
    S(
        "019",
        "th",
        "โรงงานด้ายฝ้ายนครปฐม",
        ALC,
        UP,
        "Nakhon Pathom",
        "yarn@nptcottonyarn.example",
        [("ด้ายคอตตอน 100% Ne 30 สำหรับถัก", "cotton_yarn"), ("ด้ายสแปนเด็กซ์หุ้มไนลอน", "spandex_covered_yarn")],
        [],
        certs=(OEKO,),
    ),
    S(
        "020",
        "en",
        "Khon Kaen Textile Waste Sorting",
        CIR,
        UP,
        "Khon Kaen",
        "sort@kktextilewaste.example",
        [("shredded recycled cotton fibre for stuffing", "recycled_cotton_fibre")],
        [N("factory off-cuts of knitted or woven fabric, any colour", "textile_cutting_waste")],
        certs=("GRS",),
        bcg=(CIRC,),
    ),
    S(
        "021",
        "th",
        "กลุ่มทอผ้าฝ้ายย้อมครามพรรณานิคม",
        ALI,
        MID,
        "Sakon Nakhon",
        "phanna.indigo@phanna.example",
        [
            ("ผ้าฝ้ายย้อมคราม ทอมือ หน้ากว้าง 1 ม.", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าของลูกค้า", "indigo_dyeing_service"),
        ],
        [N("ด้ายฝ้ายเข็นมือ สีธรรมชาติ", "cotton_yarn")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    S(
        "022",
        "en",
        "Isan Indigo Pillowcase Studio",
        ALI,
        DOWN,
        "Udon Thani",
        "studio@isanindigo.example",
        [("hand-woven cotton pillow covers dyed with indigo, 50x70 cm", "pillowcase")],
        [
            N("hand-loomed indigo cloth by the metre", "indigo_dyed_cotton_fabric"),
            U("coconut shell buttons, 15 mm", "buttons: no one offers them"),
        ],
    ),
    S(
        "023",
        "th",
        "โรงถักผ้าสมุทรสาคร",
        ALC,
        MID,
        "Samut Sakhon",
        "knit@sskknitting.example",
        [
            ("ผ้านิตติ้งหุ้มที่นอน ลายแจ็คการ์ด หน้ากว้าง 220 ซม.", "knitted_ticking_fabric"),
            ("ผ้าถักโพลีเอสเตอร์ สำหรับปลอกหมอนยางพารา", "knitted_ticking_fabric"),
        ],
        [N("เส้นด้ายโพลีเอสเตอร์ 150D/48F", "polyester_yarn")],
        certs=(OEKO,),
    ),
    S(
        "024",
        "en",
        "Rayong rPET Yarn",
        CIR,
        UP,
        "Rayong",
        "yarn@rayongrpet.example",
        [("recycled filament yarn 150D from PET bottles", "polyester_yarn")],
        [U("clear PET bottle flakes, hot-washed", "bottle flakes: no one in the set sells them")],
        certs=("GRS",),
        bcg=(CIRC,),
    ),
    S(
        "025",
        "th",
        "บริษัท สิ่งทอเคลือบยาง จำกัด",
        SPT,
        MID,
        "Pathum Thani",
        "coat@rubbercoattex.example",
        [
            ("ผ้าใบเคลือบยางพารา กันน้ำ ม้วน 50 หลา", "rubber_coated_fabric"),
            ("รับเคลือบยางบนผ้าของลูกค้า", "fabric_coating_service"),
        ],
        [N("ผ้าดิบ ยังไม่ฟอก ทอฝ้าย", "greige_cotton_fabric")],
        certs=("ISO 9001",),
    ),
    S(
        "026",
        "en",
        "Samut Prakan Greige Weaving Mill",
        ALC,
        MID,
        "Samut Prakan",
        "mill@spgreige.example",
        [
            ("grey cotton canvas 10 oz, unbleached", "greige_cotton_fabric"),
            ("loomstate poplin 58 inch", "greige_cotton_fabric"),
        ],
        [N("combed yarn for weaving, 100% cotton", "cotton_yarn")],
        certs=("ISO 9001",),
    ),
    S(
        "027",
        "th",
        "โรงย้อมผ้าอ้อมน้อย",
        ALC,
        MID,
        "Samut Sakhon",
        "dye@omnoidyehouse.example",
        [("รับย้อมผ้าทุกชนิด ผ้าลูกค้าส่งมา ขั้นต่ำ 200 กก.", "dyeing_service"), ("ผ้าฝ้ายย้อมสีพื้น พร้อมขาย", "dyed_cotton_fabric")],
        [N("ผ้าดิบฝ้าย 100% สำหรับย้อม", "greige_cotton_fabric")],
        certs=(OEKO, "ISO 14001"),
    ),
    S(
        "028",
        "en",
        "Chiang Mai Natural Dye House",
        HNF,
        MID,
        "Chiang Mai",
        "colour@cmnaturaldye.example",
        [("plant dyeing of your fabric or yarn: lac, ebony, mango leaf", "natural_dyeing_service")],
        [U("stick lac, raw", "lac resin: no one offers it")],
        certs=("GOTS",),
        bcg=(BIO, GREEN),
    ),
    S(
        "029",
        "th",
        "ร้านตัดเย็บรับจ้างบ้านโป่ง",
        ALC,
        MID,
        "Ratchaburi",
        "banpong.sewing@banpongsew.example",
        [
            ("รับจ้างตัดเย็บ ปลอกหมอน ผ้าปูที่นอน ใช้ผ้าลูกค้า", "sewing_service"),
            ("เศษผ้าจากการตัด ขายเหมา", "textile_cutting_waste"),
        ],
        [],
    ),
    S(
        "030",
        "en",
        "Hat Yai CMT Sewing",
        SPT,
        MID,
        "Songkhla",
        "cmt@hatyaicmt.example",
        [
            ("cut-make-trim for sportswear and covers, your fabric", "sewing_service"),
            ("mixed knit clippings by the sack", "textile_cutting_waste"),
        ],
        [],
    ),
    # --- rubber thread, covered yarn, elastic
    S(
        "031",
        "th",
        "โรงงานเส้นยางยืดสงขลา",
        SPT,
        MID,
        "Songkhla",
        "thread@sklrubberthread.example",
        [("เส้นยางยืดกลม เบอร์ 38-42 ยางธรรมชาติ", "rubber_thread"), ("ยางยืดหุ้มด้าย สำหรับถุงเท้า", "covered_rubber_yarn")],
        [N("น้ำยางพาราเข้มข้น ใช้รีดเส้นยางยืด", "latex_concentrate")],
        certs=("ISO 9001", OEKO),
    ),
    S(
        "032",
        "en",
        "Eastern Rubber Thread Co.",
        SPT,
        MID,
        "Chonburi",
        "sales@easternthread.example",
        [("extruded NR thread, talc-coated, 42 gauge", "rubber_thread")],
        [N("tanker loads of high-ammonia NR latex, ISO 9001 supplier", "latex_concentrate", req=("ISO 9001",))],
        certs=("ISO 9001",),
    ),
    S(
        "033",
        "th",
        "โรงทอยางยืดสามพราน",
        ALC,
        MID,
        "Nakhon Pathom",
        "sampran.elastic@sampranelastic.example",
        [("ยางยืดทอ ขอบกางเกง กว้าง 1 นิ้ว", "elastic_tape"), ("ยางยืดถัก ขนาด 6-50 มม.", "elastic_tape")],
        [N("เส้นยางดิบ สำหรับทอยางยืด", "rubber_thread"), N("ด้ายโพลีเอสเตอร์ สำหรับพันหุ้ม", "polyester_yarn")],
    ),
    S(
        "034",
        "en",
        "Siam Elastic Narrow Fabrics",
        SPT,
        MID,
        "Samut Prakan",
        "narrow@siamelastic.example",
        [("jacquard waistband with woven logo", "elastic_tape")],
        [N("covered yarn with natural rubber core only, no spandex", "covered_rubber_yarn")],
        certs=(OEKO,),
    ),
    # --- gloves
    S(
        "035",
        "th",
        "โรงถักถุงมือผ้าปักธงชัย",
        ALI,
        MID,
        "Nakhon Ratchasima",
        "pakthong.gloves@ptcgloves.example",
        [("ถุงมือผ้าถักทอ ขอบสีฟ้า ยังไม่จุ่มยาง", "knit_glove_liner")],
        [
            N("ด้ายรีไซเคิล OE สำหรับถักถุงมือ", "recycled_cotton_yarn"),
            N("หาโรงงานรับจุ่มยางถุงมือที่เราถักเอง", "glove_dipping_service"),
        ],
    ),
    S(
        "036",
        "en",
        "Circular Yarn Pathum",
        CIR,
        UP,
        "Pathum Thani",
        "loop@circularyarn.example",
        [("open-end recycled cotton yarn from pre-consumer waste, Ne 10", "recycled_cotton_yarn")],
        [N("pre-consumer cutting waste from garment makers", "textile_cutting_waste")],
        certs=("GRS", "RCS"),
        bcg=(CIRC,),
    ),
    S(
        "037",
        "th",
        "บริษัท ถุงมือจุ่มยาง ชลบุรี จำกัด",
        SPT,
        DOWN,
        "Chonburi",
        "gloves@cbdipgloves.example",
        [("ถุงมือผ้าเคลือบยางพารา ฝ่ามือย่น กันลื่น", "dipped_work_gloves"), ("รับจุ่มยางถุงมือผ้าของลูกค้า", "glove_dipping_service")],
        [
            N("ถุงมือถักไม่เคลือบ เบอร์ 7 ขอบต่อ", "knit_glove_liner"),
            N("น้ำยางข้นแอมโมเนียสูง ตามมาตรฐาน มอก.", "latex_concentrate", req=(TIS,)),
        ],
        certs=("ISO 9001", TIS),
    ),
    S(
        "038",
        "th",
        "ร้านถุงมือช่างอุดร",
        ALI,
        DOWN,
        "Udon Thani",
        "order@udongloves.example",
        [("ถุงมือเคลือบยางฝ่ามือ ผิวย่น แพ็ค 12 คู่", "dipped_work_gloves")],
        [N("ถุงมือถักเปล่า เข็ม 10 ไร้ตะเข็บ", "knit_glove_liner")],
    ),
    S(
        "039",
        "th",
        "บริษัท ถุงมือแพทย์ไทย จำกัด",
        ALC,
        DOWN,
        "Songkhla",
        "qa@thaimedgloves.example",
        [("ถุงมือตรวจโรค ยางธรรมชาติ มีแป้งและไม่มีแป้ง", "exam_gloves")],
        [N("น้ำยางข้นโปรตีนต่ำ ต้องได้ ISO 9001", "latex_concentrate", req=("ISO 9001",))],
        certs=(FDA, "ISO 13485", "ISO 9001"),
    ),
    S(
        "040",
        "en",
        "Hat Yai Glove Exporters",
        SPT,
        DOWN,
        "Songkhla",
        "export@hdyglove.example",
        [
            ("powder-free exam gloves, non-sterile, box of 100", "exam_gloves"),
            ("B-grade glove rejects by the kilo", "glove_rejects"),
        ],
        [U("printed dispenser cartons", "cartons: packaging, no one offers it")],
        certs=("ISO 9001",),
    ),
    # --- balloons
    S(
        "041",
        "th",
        "โรงงานลูกโป่งยางพารา นนทบุรี",
        ALC,
        DOWN,
        "Nonthaburi",
        "balloon@ntbballoon.example",
        [("ลูกโป่งยางพารา 12 นิ้ว คละสี แพ็ค 100 ใบ", "latex_balloons"), ("ลูกโป่งพิมพ์โลโก้", "latex_balloons")],
        [
            N("น้ำยางข้นสำหรับจุ่มลูกโป่ง ผู้ขายต้องมี ISO 14001", "latex_concentrate", req=("ISO 14001",)),
            U("สีผสมน้ำยาง เฉดพาสเทล", "latex pigments: no one offers them"),
        ],
        certs=(TIS,),
    ),
    S(
        "042",
        "en",
        "PartyPop Balloon Printing",
        ALC,
        DOWN,
        "Samut Prakan",
        "print@partypop.example",
        [
            ("logo printing on your balloons", "balloon_printing_service"),
            ("printed promo balloons, 10 inch", "latex_balloons"),
        ],
        [N("plain natural rubber balloons for us to print", "latex_balloons")],
    ),
    # --- flip-flops, soles, compound
    S(
        "043",
        "th",
        "โรงงานรองเท้าแตะยางพารา ตรัง",
        SPT,
        DOWN,
        "Trang",
        "sandal@trangsandal.example",
        [("รองเท้าแตะยางพาราแท้ หูคีบ", "rubber_flip_flops"), ("เศษยางตัดพื้นรองเท้าแตะ", "rubber_production_scrap")],
        [N("ยางแผ่นรมควัน ที่ได้ FSC", "rubber_smoked_sheet", req=("FSC",))],
        bcg=(BIO,),
    ),
    S(
        "044",
        "en",
        "Phuket Beach Sandals",
        SPT,
        DOWN,
        "Phuket",
        "shop@phuketsandals.example",
        [("natural rubber thongs, custom colours, MOQ 500 pairs", "rubber_flip_flops")],
        [
            N("compounded sheets ready for sole cutting", "rubber_compound"),
            U("gift boxes from recycled paper", "packaging: none offered"),
        ],
    ),
    S(
        "045",
        "th",
        "บริษัท ยางคอมปาวด์ภาคใต้ จำกัด",
        SPT,
        MID,
        "Songkhla",
        "compound@southcompound.example",
        [("ยางคอมปาวด์ผสมสำเร็จ ตามสูตรลูกค้า", "rubber_compound"), ("พื้นรองเท้ายาง สำหรับรองเท้าผ้าใบ", "rubber_sole")],
        [N("ยางแท่ง STR20", "block_rubber"), N("ยางแผ่นรมควัน อัดก้อน ชั้นสาม", "rubber_smoked_sheet")],
        certs=("ISO 9001",),
    ),
    S(
        "046",
        "en",
        "Chiang Mai Handmade Shoes",
        HNF,
        DOWN,
        "Chiang Mai",
        "make@cmhandmadeshoes.example",
        [("hemp canvas sneakers with natural rubber outsoles", "hemp_sneakers")],
        [N("outsoles in natural rubber, EU 36-45", "rubber_sole"), N("heavy hemp cloth", "hemp_fabric")],
        bcg=(BIO,),
    ),
    S(
        "047",
        "th",
        "กลุ่มทอผ้าใยกัญชงม้ง ดอยแม่สลอง",
        HNF,
        MID,
        "Chiang Rai",
        "maesalong.hemp@hmonghemp.example",
        [("ผ้าใยกัญชงทอมือ เขียนเทียน", "hemp_fabric"), ("ผ้ากัญชงพื้นสีธรรมชาติ", "hemp_fabric")],
        [N("เส้นใยกัญชงที่ปั่นแล้ว", "hemp_yarn"), N("อยากเคลือบยางพาราบนผ้ากัญชงของกลุ่ม ทำกระเป๋ากันน้ำ", "fabric_coating_service")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    # --- mats, yoga, bands
    S(
        "048",
        "th",
        "โรงงานแผ่นยางปูพื้น สุราษฎร์",
        SPT,
        DOWN,
        "Surat Thani",
        "mat@suratmat.example",
        [("แผ่นยางปูคอกวัว หนา 17 มม.", "rubber_floor_mat"), ("แผ่นยางกันกระแทก ปูพื้นฟิตเนส", "rubber_floor_mat")],
        [N("ยางบดจากยางรถเก่า", "rubber_crumb")],
        bcg=(CIRC,),
    ),
    S(
        "049",
        "en",
        "Bangkok Gym Flooring",
        SPT,
        DOWN,
        "Bangkok",
        "sales@bkkgymfloor.example",
        [("interlocking gym tiles 50x50 cm", "rubber_floor_mat")],
        [N("recycled rubber granules, GRS certified", "rubber_crumb", req=("GRS",))],
    ),
    S(
        "050",
        "th",
        "บริษัท พรมยางกันลื่นผู้สูงวัย จำกัด",
        ALC,
        DOWN,
        "Nonthaburi",
        "safe@antislipmat.example",
        [("แผ่นยางกันลื่นในห้องน้ำ สำหรับผู้สูงอายุ", "antislip_bath_mat")],
        [N("ยางพาราผสมสำเร็จ สีพาสเทล", "rubber_compound")],
    ),
    S(
        "051",
        "en",
        "Krabi Natural Yoga",
        SPT,
        DOWN,
        "Krabi",
        "om@krabiyoga.example",
        [("natural rubber yoga mat with jute top, 4 mm", "yoga_mat")],
        [N("woven hemp for the mat facing", "hemp_fabric")],
        bcg=(BIO,),
    ),
    S(
        "052",
        "th",
        "บริษัท ยางยืดออกกำลังกาย จำกัด",
        SPT,
        DOWN,
        "Chonburi",
        "band@fitbandthai.example",
        [("ยางยืดออกกำลังกาย แบบแผ่น 5 ระดับ", "resistance_band"), ("เสื่อโยคะยางพารา", "yoga_mat")],
        [N("ถุงผ้าหูรูด สกรีนโลโก้ ใส่ยางยืด", "drawstring_bag")],
    ),
    # --- compression, supports, underpads
    S(
        "053",
        "en",
        "Thai Compression Hosiery",
        ALC,
        DOWN,
        "Samut Sakhon",
        "care@thaicompression.example",
        [("graduated compression stockings, class 1-2", "compression_stockings")],
        [
            N("nylon-wrapped latex yarn", "covered_rubber_yarn"),
            N("latex elastic strands for knitting hosiery", "rubber_thread"),
        ],
        certs=(FDA, "ISO 13485"),
    ),
    S(
        "054",
        "th",
        "ร้านอุปกรณ์พยุงเข่าขอนแก่น",
        ALI,
        DOWN,
        "Khon Kaen",
        "knee@kkknee.example",
        [("สนับเข่าผ้ายืด สำหรับผู้สูงอายุ", "knee_support")],
        [N("ยางยืดแบนกว้าง 5 ซม.", "elastic_tape")],
    ),
    S(
        "055",
        "th",
        "โรงงานผ้ายางรองเตียง ปทุมธานี",
        ALC,
        DOWN,
        "Pathum Thani",
        "underpad@ptunderpad.example",
        [("ผ้ายางปูเตียงผู้ป่วย กันน้ำ 90x120 ซม.", "rubber_bed_underpad")],
        [N("ผ้ายางเคลือบสองหน้า สำหรับตัดเย็บ", "rubber_coated_fabric")],
        certs=("ISO 13485",),
    ),
    S(
        "056",
        "en",
        "Samut Prakan Coated Textiles",
        SPT,
        MID,
        "Samut Prakan",
        "coat@spcoated.example",
        [("NR-coated cotton sheeting, 1.5 m wide", "rubber_coated_fabric")],
        [N("loomstate cotton sheeting to coat", "greige_cotton_fabric")],
    ),
    # --- institutional buyers
    S(
        "057",
        "en",
        "Sukhumvit Senior Living",
        ALC,
        DOWN,
        "Bangkok",
        "purchasing@sukhumvitsenior.example",
        [],
        [
            N("waterproof bed pads for incontinence", "rubber_bed_underpad"),
            N("non-slip shower mats", "antislip_bath_mat"),
            N("pressure-relief mattress in natural latex", "latex_mattress"),
        ],
    ),
    S(
        "058",
        "th",
        "โรงพยาบาลชุมชนบ้านไผ่",
        ALI,
        DOWN,
        "Khon Kaen",
        "supply@banphaihospital.example",
        [],
        [
            N("ถุงมือตรวจโรค ต้องมี อย. และ ISO 13485", "exam_gloves", req=(FDA, "ISO 13485")),
            N("ผ้ายางรองนอนผู้ป่วยติดเตียง", "rubber_bed_underpad"),
            U("ถุงมือไนไตร ไม่ใช่ยางธรรมชาติ สำหรับคนแพ้ยาง", "nitrile gloves: only natural rubber gloves are offered"),
        ],
    ),
    S(
        "059",
        "en",
        "Riverside Boutique Hotel",
        ALC,
        DOWN,
        "Bangkok",
        "ops@riversideboutique.example",
        [
            ("used latex mattresses from room refit, 40 pcs", "used_latex_mattress"),
            ("old bed linen, washed", "used_hotel_linen"),
        ],
        [
            N("latex pillows for 120 rooms", "latex_pillow"),
            U(
                "cases for bed pillows, queen, GOTS only",
                "pillowcases exist but no maker holds GOTS",
                "pillowcase",
                req=("GOTS",),
            ),
        ],
    ),
    S(
        "060",
        "th",
        "รีสอร์ทริมโขง หนองคาย",
        ALI,
        DOWN,
        "Nong Khai",
        "booking@rimkhong.example",
        [],
        [
            N("หมอนยางพาราสำหรับห้องพัก ต้องมี OEKO-TEX", "latex_pillow", req=(OEKO,)),
            U("ผ้าขนหนูโรงแรม", "towels: no one offers them"),
        ],
    ),
    S(
        "061",
        "en",
        "Lanna Spa & Wellness",
        HNF,
        DOWN,
        "Chiang Mai",
        "spa@lannawellness.example",
        [],
        [
            N("latex overlays for massage beds, 5 cm", "latex_topper"),
            N("axe-shaped triangle cushions for the lounge", "triangle_pillow"),
        ],
    ),
    S(
        "062",
        "th",
        "ร้านของฝากหาดใหญ่ช้อปปิ้ง",
        HNF,
        DOWN,
        "Songkhla",
        "souvenir@hdysouvenir.example",
        [],
        [
            N("รองเท้าแตะยาง ขายส่ง โหลละ", "rubber_flip_flops"),
            N("หมอนยางใบเล็ก มีตรา OTOP ขายนักท่องเที่ยว", "latex_pillow", req=("OTOP",)),
        ],
    ),
    S(
        "063",
        "en",
        "Green Living Store Bangkok",
        CIR,
        DOWN,
        "Bangkok",
        "buy@greenliving.example",
        [],
        [
            N("yoga mats made from tree rubber", "yoga_mat"),
            N("reusable shopping totes", "tote_bag"),
            U(
                "GOTS certified organic pillows",
                "latex pillows exist but no maker holds GOTS",
                "latex_pillow",
                req=("GOTS",),
            ),
        ],
    ),
    S(
        "064",
        "th",
        "ร้านสินค้าผู้สูงอายุ ลาดพร้าว",
        ALC,
        DOWN,
        "Bangkok",
        "shop@ladpraosenior.example",
        [],
        [
            N("เบาะรองนั่งยางพารา ลดแผลกดทับ ไม่จำเป็นต้องมี อย.", "latex_seat_cushion", waive=((FDA, "อย."),)),
            N("ถุงน่องลดเส้นเลือดขอด", "compression_stockings"),
        ],
    ),
    S(
        "065",
        "th",
        "ร้านจัดดอกไม้และงานอีเวนต์ เชียงราย",
        ALC,
        DOWN,
        "Chiang Rai",
        "party@eventdecocr.example",
        [],
        [N("ลูกโป่งย่อยสลายได้ สั่งทีละหลายร้อยใบ", "latex_balloons")],
    ),
    S(
        "066",
        "th",
        "บริษัท ที่นอนยางพาราอุดร จำกัด",
        ALI,
        DOWN,
        "Udon Thani",
        "sales@udonlatexbed.example",
        [("ที่นอนยางพาราแท้ หนา 4 นิ้ว", "latex_mattress"), ("ท็อปเปอร์ยางพารา 2 นิ้ว พร้อมผ้าหุ้ม", "latex_topper")],
        [N("บล็อกโฟมยางพารา สำหรับประกอบที่นอน", "latex_foam_sheet"), U("ซิปไนลอนยาว 2 เมตร", "zips: no one offers them")],
        certs=(TIS,),
    ),
    S(
        "067",
        "en",
        "Bangkok Sleep Co.",
        ALC,
        DOWN,
        "Nonthaburi",
        "hello@bangkoksleep.example",
        [
            ("5 cm latex topper with bamboo cover", "latex_topper"),
            ("hotel-grade latex pillow, 1,000 pcs/month", "latex_pillow"),
        ],
        [N("foam cores for pillows, OEKO-TEX certified", "latex_pillow_core", req=(OEKO,))],
        certs=(OEKO,),
    ),
    S(
        "068",
        "th",
        "หมอนยางพาราราคาส่ง ชุมพร",
        HNF,
        DOWN,
        "Chumphon",
        "pillow@chumphonpillow.example",
        [("หมอนยางพาราผสม PU ราคาประหยัด", "pu_latex_blend_pillow"), ("หมอนข้างใยสังเคราะห์ ราคาส่ง", "polyester_bolster")],
        [N("ปลอกหมอน ขนาด 40x60 ซม. ใส่หมอนยาง", "pillowcase")],
    ),
    S(
        "069",
        "en",
        "Ratchaburi Home Textiles",
        ALC,
        DOWN,
        "Ratchaburi",
        "sales@rbhometex.example",
        [
            ("cotton pillow slips 20x30, white, hotel weight", "pillowcase"),
            ("quilted mattress protector with fitted skirt", "mattress_protector"),
        ],
        [
            N("solid-colour cotton cloth for sheets", "dyed_cotton_fabric"),
            N("corner elastic for fitted sheets", "elastic_tape"),
        ],
        certs=(OEKO,),
    ),
    S(
        "070",
        "th",
        "ร้านเครื่องนอนเพื่อสุขภาพ พิษณุโลก",
        ALC,
        DOWN,
        "Phitsanulok",
        "sleep@plkhealthbed.example",
        [],
        [
            N("หมอนยางพาราแท้ ไม่เอาแบบผสม PU", "latex_pillow"),
            N("ที่นอนยางพารา สำหรับผู้สูงอายุ มอก. ไม่บังคับ", "latex_mattress", waive=((TIS, "มอก."),)),
        ],
    ),
    # --- circular: foam waste, used goods
    S(
        "071",
        "en",
        "Second Life Latex",
        CIR,
        MID,
        "Chachoengsao",
        "reuse@secondlifelatex.example",
        [
            ("rebonded latex foam pet beds", "pet_bed"),
            ("shredded latex foam filling for cushions", "shredded_latex_filling"),
        ],
        [
            N("latex foam trimmings from pillow factories", "latex_foam_offcuts"),
            N("old latex mattresses, any condition", "used_latex_mattress"),
        ],
        bcg=(CIRC,),
    ),
    S(
        "072",
        "th",
        "ร้านเบาะรองนั่งพระสงฆ์ อุบล",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "cushion@ubonlatexcushion.example",
        [("เบาะรองนั่งยางพารา สำหรับพระสงฆ์ ผู้สูงอายุ", "latex_seat_cushion")],
        [N("ยางพาราฉีกฝอย สำหรับยัดหมอน", "shredded_latex_filling"), N("ผ้าขิดทอมือ ลายโบราณ", "khit_fabric")],
    ),
    S(
        "073",
        "en",
        "Yasothon Khit Weavers",
        ALI,
        MID,
        "Yasothon",
        "weave@yasothonkhit.example",
        [
            ("hand-woven khit cotton cloth, supplementary weft", "khit_fabric"),
            ("triangle axe pillows stuffed with kapok", "triangle_pillow"),
        ],
        [N("cleaned kapok for stuffing, no seeds", "kapok_fibre")],
        certs=("OTOP",),
    ),
    S(
        "074",
        "th",
        "กลุ่มเก็บนุ่นบ้านหนองแวง",
        ALI,
        UP,
        "Roi Et",
        "nongwaeng.kapok@kapokroiet.example",
        [("นุ่นปั่นแล้ว ไม่มีเมล็ด ขายเป็นกิโล", "kapok_fibre")],
        [U("ถุงตาข่ายบรรจุนุ่น", "mesh bags: no one offers them")],
        bcg=(BIO,),
    ),
    S(
        "075",
        "th",
        "กลุ่มแม่บ้านตัดเย็บกระเป๋าผ้าคราม",
        ALI,
        DOWN,
        "Sakon Nakhon",
        "indigobag@sknbag.example",
        [("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม", "tote_bag"), ("ถุงผ้าหูรูด สกรีนชื่อร้าน", "drawstring_bag")],
        [N("ผ้าย้อมห้อมเป็นเมตร", "indigo_dyed_cotton_fabric")],
        certs=("OTOP",),
    ),
    S(
        "076",
        "en",
        "Bangkok Eco Bags",
        CIR,
        DOWN,
        "Bangkok",
        "bags@bkkecobags.example",
        [("upcycled tote bags from hotel linen", "tote_bag")],
        [N("discarded sheets and pillowcases from hotels", "used_hotel_linen")],
        bcg=(CIRC,),
    ),
    S(
        "077",
        "th",
        "ไร่ฝ้ายอินทรีย์ด่านซ้าย",
        HNF,
        UP,
        "Loei",
        "farm@dansaicotton.example",
        [("ฝ้ายอินทรีย์ทั้งเมล็ด", "seed_cotton"), ("ปุยฝ้ายหีบแล้ว", "cotton_lint")],
        [],
        certs=(ORG,),
        bcg=(BIO,),
    ),
    # --- sport and wellness buyers
    S(
        "078",
        "en",
        "Pattaya Swim & Surf",
        SPT,
        DOWN,
        "Chonburi",
        "surf@pattayaswim.example",
        [("natural rubber wetsuits, 3/2 mm", "wetsuit")],
        [
            N("fabric coated with natural rubber, sample rolls", "rubber_coated_fabric"),
            N("swimwear sewing with our fabric, 300 pcs", "sewing_service"),
        ],
    ),
    S(
        "079",
        "th",
        "ร้านกีฬาเชียงใหม่สปอร์ต",
        SPT,
        DOWN,
        "Chiang Mai",
        "sport@cmsport.example",
        [],
        [N("เสื่อโยคะ ยางธรรมชาติ ไม่เอา PVC", "yoga_mat"), N("ยางยืดแรงต้าน ชุดละ 5 เส้น", "resistance_band")],
    ),
    S(
        "080",
        "th",
        "อีสานฟิตเนสเซ็นเตอร์",
        SPT,
        DOWN,
        "Khon Kaen",
        "gym@isanfitness.example",
        [],
        [
            N("พื้นยางรองโซนยกน้ำหนัก ลดแรงกระแทก", "rubber_floor_mat"),
            U("ดัมเบลหุ้มยาง ชุดละ 10 คู่", "dumbbells: no one offers them"),
        ],
    ),
    S(
        "081",
        "th",
        "บริษัท เสื้อผ้าผู้สูงวัย สบายใจ จำกัด",
        ALC,
        DOWN,
        "Nonthaburi",
        "sabaijai@sabaijaiwear.example",
        [("กางเกงเอวยืด ผ้าฝ้าย สำหรับผู้สูงอายุ", "elderly_trousers")],
        [
            N("ยางยืดขอบกางเกง ไม่ระคายผิว ต้องมี OEKO-TEX", "elastic_tape", req=(OEKO,)),
            N("ย้อมผ้าฝ้ายของเรา ด้วยสีธรรมชาติ ห้ามใช้สีเคมี", "natural_dyeing_service", "indigo_dyeing_service"),
        ],
    ),
    S(
        "082",
        "en",
        "Golden Age Care Home Korat",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "care@goldenagekorat.example",
        [],
        [
            N("elastic-waist trousers for residents", "elderly_trousers"),
            N("rubberised draw sheets", "rubber_bed_underpad"),
            N("latex pillows, TIS not required", "latex_pillow", waive=((TIS, "TIS"),)),
        ],
    ),
    S(
        "083",
        "th",
        "ร้านสัตว์เลี้ยงเพ็ทแฮปปี้",
        CIR,
        DOWN,
        "Bangkok",
        "pethappy@pethappy.example",
        [],
        [N("ที่นอนสุนัข จากยางพารารีไซเคิล", "pet_bed")],
    ),
    S(
        "084",
        "en",
        "Nan Hemp Lifestyle",
        HNF,
        DOWN,
        "Nan",
        "hemp@nanhemp.example",
        [
            ("hemp pillowcases, envelope closure", "pillowcase"),
            ("hemp-covered buckwheat neck pillow", "buckwheat_pillow"),
        ],
        [
            N("handloom hemp yardage", "hemp_fabric"),
            N("unsewn latex inserts for neck pillows", "latex_pillow_core"),
            U(
                "GOTS hemp yarn for knitting",
                "hemp yarn exists but its grower holds no GOTS",
                "hemp_yarn",
                req=("GOTS",),
            ),
        ],
    ),
    S(
        "085",
        "th",
        "กลุ่มตัดเย็บชุมชนบ้านหนองบัว",
        ALI,
        MID,
        "Nong Bua Lam Phu",
        "nongbua.sew@nbsewing.example",
        [("รับเย็บปลอกหมอนยางพารา ลูกค้าจัดหาผ้าเอง", "sewing_service")],
        [U("จักรโพ้งมือสอง", "used overlock machines: none offered")],
    ),
    S(
        "086",
        "en",
        "Phuket Resort Group",
        ALC,
        DOWN,
        "Phuket",
        "procure@phuketresorts.example",
        [],
        [
            N("OEKO-TEX latex pillows, 400 pcs", "latex_pillow", req=(OEKO,)),
            N("branded flip-flops for guest rooms", "rubber_flip_flops"),
            N("mattress toppers for king beds", "latex_topper"),
        ],
    ),
    S(
        "087",
        "th",
        "โรงแรมริมทะเลหัวหิน",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "hk@huahinbeachhotel.example",
        [("ผ้าปูที่นอนเก่า ปลอกหมอนเก่า จากโรงแรม", "used_hotel_linen")],
        [
            N("ผ้ารองกันเปื้อนที่นอน แบบรัดมุม", "mattress_protector"),
            N("ปลอกหมอนโรงแรม ไม่ต้องมี OEKO-TEX", "pillowcase", waive=((OEKO, "OEKO-TEX"),)),
        ],
    ),
    S(
        "088",
        "en",
        "Chonburi Bedding Accessories",
        ALC,
        DOWN,
        "Chonburi",
        "sales@cbbedding.example",
        [("latex-backed waterproof mattress protector", "mattress_protector")],
        [
            N("knitted jersey for covers, 2.2 m width", "knitted_ticking_fabric"),
            N(
                "commission dyeing of our greige cotton",
                "dyeing_service",
                "natural_dyeing_service",
                "indigo_dyeing_service",
            ),
        ],
    ),
    S(
        "089",
        "en",
        "Nakhon Pathom Circular Knits",
        ALC,
        MID,
        "Nakhon Pathom",
        "knit@nptknits.example",
        [("double-jersey mattress ticking, quilted look", "knitted_ticking_fabric")],
        [
            N("rPET filament, GRS certified", "polyester_yarn", req=("GRS",)),
            N("vat indigo dyeing of knit we send you", "indigo_dyeing_service"),
        ],
    ),
    S(
        "090",
        "th",
        "วิสาหกิจชุมชนผ้าหม้อห้อมทุ่งโฮ้ง",
        HNF,
        MID,
        "Phrae",
        "mohom@tunghong.example",
        [("ผ้าหม้อห้อม ย้อมครามแท้ เมืองแพร่", "indigo_dyed_cotton_fabric"), ("เสื้อหม้อห้อม คอจีน", "mohom_shirt")],
        [N("ผ้าดิบทอเครื่อง สำหรับย้อมห้อม", "greige_cotton_fabric")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    S(
        "091",
        "en",
        "Southern Rubber Crumb Recycling",
        CIR,
        UP,
        "Nakhon Si Thammarat",
        "crumb@southcrumb.example",
        [("crumb rubber from glove rejects and sole scrap, 1-3 mm", "rubber_crumb")],
        [
            N("B-grade gloves and latex rejects", "glove_rejects"),
            N("scrap from sandal factories", "rubber_production_scrap"),
        ],
        bcg=(CIRC,),
    ),
    S(
        "092",
        "th",
        "สปานวดแผนไทย อยุธยา",
        ALC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "spa@ayutthayaspa.example",
        [],
        [
            N("เบาะยางพาราปูเตียงนวด หนา 5 ซม.", "latex_topper"),
            U("ลูกประคบสมุนไพร", "herbal compress balls: no one offers them"),
        ],
    ),
    S(
        "093",
        "en",
        "Chiang Rai Hill Tribe Crafts Shop",
        HNF,
        DOWN,
        "Chiang Rai",
        "shop@crhilltribe.example",
        [],
        [
            N("batik hemp cloth, OTOP welcome but not required", "hemp_fabric", waive=(("OTOP", "OTOP"),)),
            N("cloth tote bags for the shop counter", "tote_bag"),
        ],
    ),
    S(
        "094",
        "th",
        "ร้านรับจัดงานลูกโป่ง ขอนแก่น",
        ALI,
        DOWN,
        "Khon Kaen",
        "balloon@kkballoonparty.example",
        [],
        [N("ลูกโป่งยาง มี มอก. สำหรับงานเด็ก", "latex_balloons", req=(TIS,))],
    ),
    S(
        "095",
        "en",
        "Mae Sot Border Sewing Factory",
        ALC,
        MID,
        "Tak",
        "cmt@maesotsewing.example",
        [
            ("CMT sewing for export: pillowcases, covers, bags", "sewing_service"),
            ("cutting-room waste, cotton/poly", "textile_cutting_waste"),
        ],
        [N("narrow elastic 6 mm", "elastic_tape")],
    ),
]


# ---------------------------------------------------------------------------------------------- links


def qualifies(supplier: Sme, need: Need) -> bool:
    held = {resolve_certification(c) for c in supplier.certifications}
    return any(label in need.labels for _, label in supplier.offers) and set(need.requires) <= held


def need_suppliers(buyer: Sme, need: Need) -> list[Sme]:
    return [s for s in SMES if s.id != buyer.id and qualifies(s, need)]


def true_links() -> list[tuple[str, str]]:
    pairs = {
        (supplier.id, buyer.id)
        for buyer in SMES
        for need in buyer.needs
        if not need.unmet
        for supplier in need_suppliers(buyer, need)
    }
    return sorted(pairs)


# ---------------------------------------------------------------------------------------------- checks

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
LATIN_CHAR = re.compile("[A-Za-z]")


def thai_ok(text: str) -> bool:
    thai = len(THAI_CHAR.findall(text))
    latin = len(LATIN_CHAR.findall(text))
    return thai > 0 and thai >= 2 * latin


def english_ok(text: str) -> bool:
    return text.isascii() and bool(LATIN_CHAR.search(text))


def words(text: str) -> set[str]:
    return {w for w in re.split(r"[\s,.:;/()]+", text.casefold()) if w}


def check() -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append(f"ids must run {PREFIX}-001 .. {PREFIX}-{N_PROFILES:03d} in order")
    offered: dict[str, set[str]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)
    emails = Counter(s.email for s in SMES)
    names = Counter(s.name for s in SMES)
    for s in SMES:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: bad id")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: bad language")
        if s.sub_cluster not in {m.value for m in SubCluster}:
            errors.append(f"{where}: bad sub_cluster")
        if s.stage not in {m.value for m in Stage}:
            errors.append(f"{where}: bad stage")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} is not a canonical English province name")
        if not EMAIL_RE.match(s.email) or emails[s.email] > 1:
            errors.append(f"{where}: bad or repeated email")
        if names[s.name] > 1:
            errors.append(f"{where}: repeated name")
        for cert in s.certifications:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not canonical")
        if len(set(s.certifications)) != len(s.certifications):
            errors.append(f"{where}: repeated certification")
        if any(tag not in {m.value for m in BcgTag} for tag in s.bcg) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bad bcg")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        texts = [s.name] + [t for t, _ in s.offers] + [n.text for n in s.needs]
        for text in texts:
            if text != text.strip() or not text or "  " in text:
                errors.append(f"{where}: untidy text {text!r}")
            good = thai_ok(text) if s.language == "th" else english_ok(text)
            if not good:
                errors.append(f"{where}: {text!r} is not in the profile's language ({s.language})")
        if len({t for t, _ in s.offers}) != len(s.offers) or len({n.text for n in s.needs}) != len(s.needs):
            errors.append(f"{where}: repeated offer or need text")
        for need in s.needs:
            what = f"{where} need {need.text!r}"
            found = find_certifications(need.text)
            if set(need.requires) != found:
                errors.append(f"{what}: text names {sorted(found)}, recorded requirement {sorted(need.requires)}")
            for cert, words_ in need.waives:
                if words_ not in need.text or resolve_certification(words_) != cert or cert in found:
                    errors.append(f"{what}: waiver of {cert} not named and negated in the text")
            for label in need.labels:
                if not offered.get(label, set()) - {s.id}:
                    errors.append(f"{what}: label {label!r} is offered by no one else")
            suppliers = need_suppliers(s, need)
            if need.unmet:
                if suppliers:
                    errors.append(f"{what}: marked unmet but met by {[x.id for x in suppliers]}")
            elif not need.labels:
                errors.append(f"{what}: lists no labels and is not marked unmet")
            elif not suppliers:
                errors.append(f"{what}: no qualified supplier")
            for supplier in suppliers:
                for offer_text, label in supplier.offers:
                    if label in need.labels and len(words(offer_text) & words(need.text)) * 2 >= len(words(need.text)):
                        errors.append(f"{what}: shares its wording with {supplier.id} offer {offer_text!r}")
    return errors


def check_targets(stats: dict[str, int]) -> list[str]:
    errors = []
    if not 0.50 <= stats["thai"] / stats["profiles"] <= 0.60:
        errors.append(f"Thai share {stats['thai']}/{stats['profiles']} outside 50-60 %")
    if not 160 <= stats["links"] <= 180:
        errors.append(f"{stats['links']} true links, want 160-180")
    if not 0.42 <= stats["cross"] / stats["links"] <= 0.58:
        errors.append(f"cross-language share {stats['cross']}/{stats['links']} outside 42-58 %")
    if not 17 <= stats["needs_unmet"] <= 23:
        errors.append(f"{stats['needs_unmet']} unmet needs, want about 20")
    if stats["met_1_3"] * 10 < stats["needs_met"] * 7:
        errors.append(f"only {stats['met_1_3']} of {stats['needs_met']} met needs have 1-3 suppliers")
    if stats["met_over_3"] == 0:
        errors.append("no need is met by more than 3 suppliers")
    return errors


# ---------------------------------------------------------------------------------------------- output


def profile_json(s: Sme) -> str:
    record: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [need.text for need in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.language,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def statistics(links: list[tuple[str, str]]) -> tuple[dict[str, int], list[tuple[str, str]]]:
    by_id = {s.id: s for s in SMES}
    needs = [(s, n) for s in SMES for n in s.needs]
    met = [(s, n) for s, n in needs if not n.unmet]
    counts = [len(need_suppliers(s, n)) for s, n in met]
    th_en = sum(1 for a, b in links if by_id[a].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for a, b in links if by_id[a].language == "en" and by_id[b].language == "th")
    stats = {
        "profiles": len(SMES),
        "thai": sum(1 for s in SMES if s.language == "th"),
        "links": len(links),
        "cross": th_en + en_th,
        "needs_met": len(met),
        "needs_unmet": len(needs) - len(met),
        "met_1_3": sum(1 for c in counts if 1 <= c <= 3),
        "met_over_3": sum(1 for c in counts if c > 3),
    }
    cross = th_en + en_th
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(SMES))),
        ("Thai / English profiles", f"{stats['thai']} / {len(SMES) - stats['thai']}"),
    ]
    for sub in SubCluster:
        rows.append((f"sub-cluster `{sub.value}`", str(sum(1 for s in SMES if s.sub_cluster == sub.value))))
    for stage in Stage:
        rows.append((f"stage `{stage.value}`", str(sum(1 for s in SMES if s.stage == stage.value))))
    regions = Counter(resolve_province(s.province).region.value for s in SMES)  # type: ignore[union-attr]
    for region, count in sorted(regions.items()):
        rows.append((f"region `{region}`", str(count)))
    labels = {label for s in SMES for _, label in s.offers}
    rows += [
        ("distinct provinces", str(len({s.province for s in SMES}))),
        ("offers", str(sum(len(s.offers) for s in SMES))),
        ("distinct offer labels", str(len(labels))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {stats['needs_unmet']}"),
        (
            "met needs with 1 / 2 / 3 / more than 3 qualified suppliers",
            " / ".join(str(sum(1 for c in counts if c == k)) for k in (1, 2, 3)) + f" / {stats['met_over_3']}",
        ),
        ("needs requiring a certification", str(sum(1 for _, n in needs if n.requires))),
        ("needs waiving a certification", str(sum(1 for _, n in needs if n.waives))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({100 * cross / max(1, len(links)):.1f} %)"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster)),
        ),
    ]
    return stats, rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README_HEAD = """# Blind evaluation set: natural rubber and latex goods, plain registry entries

## What it checks

Whether the matcher finds the true supplier-buyer pairs among {profiles} SME profiles of the Health and
Wellness Economy cluster when offers and needs are written as short registry phrases it has never seen.
The theme is natural rubber and latex: tappers and cooperatives, field latex, cup lumps, smoked and
unsmoked sheets, block rubber, latex concentrate, latex foam, pillows, mattresses and toppers, rubber
thread and elastic, dipped and examination gloves, balloons, rubber-coated fabric, soles and flip-flops,
mats, yoga mats, crumb rubber, plus the fibre, yarn, cloth, dyeing and sewing suppliers of the cluster
and the shops, hotels, spas, care homes and hospitals that buy. About half of the true links join a
Thai-language profile to an English-language one.

Hard cases written in on purpose: a service against the goods it works on (dyeing, indigo dyeing, latex
coating, glove dipping and sewing of the customer's own goods against dyed cloth, coated fabric, dipped
gloves and finished covers); waste and used goods against new (foam trimmings, sandal scrap, glove
rejects, used mattresses and hotel linen); raw against processed (field latex, concentrate, foam sheet,
bare pillow cores, finished pillows; seed cotton, yarn, greige and dyed cloth); finished goods described
by their material or technique (indigo-dyed pillow covers are pillowcases, latex-palm gloves are gloves,
hemp sneakers with rubber soles are shoes); refusals ("no spandex", "no PU blend", "no PVC", "no chemical
dye"); needs that require a named certification and needs that name one only to waive it; and needs that
no one in the set meets (the nearest goods exist but lack the certification, or nothing close is offered).

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile JSONL version 1 and the links
CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings. The writer did not see
the matcher, its glossary, its tests, other evaluation sets or the project's data. Every profile is
typed into `write.py`; nothing is generated or translated by a program. Provinces resolve with
`resolve_province`, certifications with `resolve_certification`.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`latex_pillow_core`, a bare foam insert, against `latex_pillow`, a finished pillow). Every need lists
the offer labels that would meet it and the certifications its text requires, or is marked as met by
no one with a short note. A pair (supplier, buyer) is a true link when some offer of the supplier
carries a label listed by one of the buyer's needs and the supplier's certifications hold every
certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link. A waived certification is not required. The labels
live only in `write.py`; the profiles carry no labels.

Before writing, the script checks: ids unique and well-formed; every contract field valid; every
province and certification resolving; every label a need lists offered by someone other than the
buyer; every met need with a qualified supplier and every unmet one with none; every required
certification found in the need's text by `find_certifications` and no other; every waived one named
in the text but not found as a requirement; Thai phrases mostly Thai letters and English ones Latin
only; no need sharing half its words with an offer that meets it; and the size targets (95 profiles,
50-60 % Thai, 160-180 links, about half across languages, about 20 unmet needs, most met needs with
1-3 suppliers). It writes nothing if a check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_latex/write.py

## Files

- `write.py`: all the data, labels and checks; writes the three files below and prints the counts.
- `profiles.jsonl`: {profiles} profiles `{first}` .. `{last}`, contract version 1, no labels.
- `links.csv`: the true links, `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def main() -> int:
    errors = check()
    links = true_links()
    stats, rows = statistics(links)
    errors += check_targets(stats)
    print(table(rows), end="")
    if errors:
        for error in errors:
            print(f"ERROR {error}", file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    readme = README_HEAD.format(profiles=len(SMES), first=SMES[0].id, last=SMES[-1].id) + table(rows)
    outputs = {"profiles.jsonl": profiles, "links.csv": links_csv(links), "README.md": readme}
    for name, text in outputs.items():
        (OUT / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {', '.join(outputs)} to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
