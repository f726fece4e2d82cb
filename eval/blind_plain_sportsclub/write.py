"""Write the hand-labelled evaluation set `eval/blind_plain_sportsclub/`.

Sports clubs, gyms and martial arts, and the suppliers that serve them, as plain registry
entries (one short phrase per offer or need). Every offer carries a label saying what the
thing is; every need lists the labels that would meet it and the certifications its text
requires, or is marked as met by no one. The true links follow from the labels alone.

Run from the repository root:

    .venv/bin/python eval/blind_plain_sportsclub/write.py

It checks the data first and writes nothing if a check fails.
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

sys.dont_write_bytecode = True
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
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "bsk"
N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET = (17, 23)

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    sub: str
    stage: str
    province: str
    name: str
    email: str
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = field(default_factory=tuple)

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` (from a supplier holding `req`)."""
    return Need(text, labels, req, waive)


def u(text: str, note: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets."""
    return Need(text, (), req, waive, note)


def sme(num: int, lang: str, sub: str, stage: str, province: str, name: str, email: str, **kw: object) -> Sme:
    return Sme(num, lang, sub, stage, province, name, email, **kw)  # type: ignore[arg-type]


# ------------------------------------------------------------------ data, part 1: fibre, yarn, fabric, services

PART_1 = [
    sme(
        1,
        "th",
        CIRC,
        UP,
        "Samut Sakhon",
        "วิสาหกิจชุมชนรวมขวดมหาชัย",
        "ruamkhuad.mahachai@example.co.th",
        bcg=("circular",),
        offers=(("ขวดเพ็ทใสอัดก้อน คัดสีแล้ว ก้อนละ 150 กก.", "used_pet_bottles"),),
        needs=(u("เครื่องอัดก้อนมือสอง ราคาไม่เกิน 2 แสน", "machinery; no one sells machines"),),
    ),
    sme(
        2,
        "en",
        CIRC,
        UP,
        "Rayong",
        "EastCoast rPET Fibres Co., Ltd.",
        "sales@eastcoast-rpet.example.com",
        certs=("GRS", "ISO 14001"),
        bcg=("circular", "green"),
        offers=(
            ("rPET filament yarn 75D/72F DTY, GRS certified", "recycled_polyester_yarn"),
            ("Recycled PSF staple 1.4D x 38 mm", "recycled_polyester_staple_fibre"),
        ),
        needs=(
            n("Baled post-consumer PET bottles, 20 t/month, delivered Map Ta Phut", "used_pet_bottles", "pet_flakes"),
        ),
    ),
    sme(
        3,
        "th",
        CIRC,
        UP,
        "Nakhon Pathom",
        "หจก. ด้ายรีไซเคิลนครชัยศรี",
        "nakhonchaisri.yarn@example.co.th",
        bcg=("circular",),
        offers=(("ด้ายโพลีเอสเตอร์รีไซเคิลจากขวดน้ำดื่ม 150D", "recycled_polyester_yarn"),),
        needs=(n("เกล็ดเพ็ทล้างแล้ว ใส ไม่ปนสี", "pet_flakes"),),
    ),
    sme(
        4,
        "th",
        CIRC,
        UP,
        "Chonburi",
        "ร้านรับซื้อของเก่า ส.เจริญรีไซเคิล",
        "sor.charoen@example.co.th",
        bcg=("circular",),
        offers=(
            ("เศษขวดพลาสติกบด ล้างสะอาด ขายเป็นกิโล", "pet_flakes"),
            ("ขวดน้ำพลาสติกเก่า รับซื้อขายส่งเป็นตัน", "used_pet_bottles"),
        ),
    ),
    sme(
        5,
        "en",
        SPORT,
        MID,
        "Samut Prakan",
        "Apex Performance Knitting",
        "fabric@apexknit.example.com",
        certs=("GRS", "OEKO-TEX Standard 100", "bluesign"),
        bcg=("green",),
        offers=(
            ("Quick-dry bird-eye mesh, 100% polyester, 140 gsm", "performance_knit_fabric"),
            ("rPET interlock 160 gsm made from bottles", "recycled_polyester_knit_fabric"),
            ("Warp-knit nylon-elastane tricot 80/20, 220 gsm", "stretch_spandex_fabric"),
        ),
        needs=(
            n("Bottle-grade recycled PES yarn, GRS only", "recycled_polyester_yarn", req=("GRS",)),
            n("spandex covered yarn", "elastane_yarn"),
        ),
    ),
    sme(
        6,
        "th",
        SPORT,
        MID,
        "Bangkok",
        "โรงงานถักผ้ากีฬา สมชายนิตติ้ง",
        "somchai.knitting@example.co.th",
        offers=(
            ("ผ้าไมโครโพลี ผ้ากีฬา หน้ากว้าง 72 นิ้ว", "performance_knit_fabric"),
            ("ผ้าสแปนเด็กซ์ยืด 4 ทิศ สำหรับเลกกิ้ง", "stretch_spandex_fabric"),
        ),
        needs=(
            n("เส้นด้าย rPET สำหรับถักผ้า ไม่ต้องมี GRS", "recycled_polyester_yarn", waive=("GRS",)),
            n("ด้ายยืดไลครา", "elastane_yarn"),
        ),
    ),
    sme(
        7,
        "en",
        SPORT,
        UP,
        "Bangkok",
        "Siam Elastane Trading",
        "info@siamelastane.example.com",
        offers=(
            ("Lycra elastane 40D and 70D, imported", "elastane_yarn"),
            ("Nylon 6 FDY 70D/24F", "nylon_yarn"),
        ),
        needs=(u("Bonded warehouse space near Laem Chabang", "warehousing; not textile"),),
    ),
    sme(
        8,
        "th",
        SPORT,
        MID,
        "Bangkok",
        "ร้านซับลิเมชั่น ปริ้นท์ดี",
        "printdee.sub@example.co.th",
        offers=(
            ("รับพิมพ์ซับลิเมชั่นลงผ้าโพลีของลูกค้า คิดเป็นหลา", "sublimation_printing_service"),
            ("รับรีดเบอร์ รีดชื่อนักกีฬา เฟล็กซ์", "name_number_heat_press_service"),
        ),
        needs=(
            n("ผ้าโพลีเอสเตอร์สีขาวสำหรับพิมพ์ซับ", "performance_knit_fabric", "recycled_polyester_knit_fabric"),
            u("หมึกซับลิเมชั่นนำเข้าจากอิตาลี", "printing ink; no ink supplier in the set"),
        ),
    ),
    sme(
        9,
        "en",
        SPORT,
        MID,
        "Chonburi",
        "Pattaya Print & Press",
        "hello@pattayaprint.example.com",
        offers=(
            ("Dye-sublimation printing on customer-supplied garments", "sublimation_printing_service"),
            ("Plastisol screen print, MOQ 50 pcs", "screen_printing_service"),
        ),
        needs=(n("Blank white polyester tees for printing", "blank_polyester_tshirt"),),
    ),
    sme(
        10,
        "th",
        SPORT,
        MID,
        "Nonthaburi",
        "ร้านปักจักรศรีนนท์",
        "sinon.embroidery@example.co.th",
        offers=(
            ("รับปักโลโก้ ปักชื่อบนเสื้อลูกค้า", "embroidery_service"),
            ("อาร์มปักติดเสื้อ แบบรีดติด", "embroidered_patch"),
        ),
        needs=(n("ด้ายปักโพลี หลายสี", "embroidery_thread"),),
    ),
    sme(
        11,
        "en",
        SPORT,
        UP,
        "Bangkok",
        "ThreadLine Supplies",
        "orders@threadline.example.com",
        offers=(
            ("Polyester embroidery thread 120D/2, 400 shades", "embroidery_thread"),
            ("Spun poly sewing thread 40/2", "sewing_thread"),
        ),
    ),
    sme(
        12,
        "th",
        SPORT,
        MID,
        "Samut Sakhon",
        "บริษัท โฟมไทยอุตสาหกรรม จำกัด",
        "foamthai@example.co.th",
        offers=(
            ("แผ่นโฟมอีวา หนา 5-20 มม. ตัดตามแบบ", "eva_foam_sheet"),
            ("แผ่นยางรองพื้นยิม แบบจิ๊กซอว์", "eva_floor_mat"),
        ),
        needs=(u("เม็ดพลาสติกอีวา ราคาส่ง", "resin; no one in the set sells it"),),
    ),
    sme(
        13,
        "en",
        SPORT,
        MID,
        "Songkhla",
        "Hat Yai Latex Foam",
        "export@hatyailatex.example.com",
        certs=("FSC",),
        bcg=("bio",),
        offers=(
            ("Natural rubber sheet for mats, 3-6 mm", "natural_rubber_sheet"),
            ("Latex foam pads, cut to size", "latex_foam"),
        ),
        needs=(n("Concentrated latex 60% DRC, FSC", "rubber_latex", req=("FSC",)),),
    ),
    sme(
        14,
        "th",
        SPORT,
        UP,
        "Trang",
        "สหกรณ์กองทุนสวนยางบ้านนาโยง",
        "nayong.rubber@example.co.th",
        certs=("FSC",),
        bcg=("bio",),
        offers=(
            ("น้ำยางข้น 60% ขายเป็นถัง", "rubber_latex"),
            ("ยางแผ่นรมควัน ชั้น 3", "smoked_rubber_sheet"),
        ),
        needs=(u("ปุ๋ยอินทรีย์สำหรับสวนยาง", "fertiliser; not textile"),),
    ),
    sme(
        15,
        "th",
        SPORT,
        UP,
        "Surat Thani",
        "กลุ่มเกษตรกรทำสวนยางพุนพิน",
        "phunphin.rubber@example.co.th",
        bcg=("bio",),
        offers=(("น้ำยางสด ส่งทุกเช้า", "rubber_latex"),),
    ),
    sme(
        16,
        "th",
        HEMP,
        UP,
        "Tak",
        "กลุ่มทอผ้ากัญชงม้งบ้านรวมไทย",
        "hmong.hemp.tak@example.co.th",
        certs=("Organic Thailand",),
        bcg=("bio",),
        offers=(
            ("เส้นใยกัญชงลอกมือ ตากแห้ง", "hemp_fibre"),
            ("ด้ายกัญชงเข็นมือ ต่อเส้นแบบม้ง", "hemp_yarn"),
        ),
        needs=(u("เมล็ดพันธุ์กัญชงที่ขึ้นทะเบียนแล้ว", "seed; no seed supplier in the set"),),
    ),
    sme(
        17,
        "en",
        HEMP,
        MID,
        "Chiang Mai",
        "Doi Hemp Weavers",
        "weave@doihemp.example.com",
        bcg=("bio", "green"),
        offers=(
            ("Hemp canvas 12 oz, undyed", "hemp_fabric"),
            ("Hemp/organic cotton jersey 55/45", "hemp_knit_fabric"),
        ),
        needs=(
            n("hand-spun hemp yarn, any count", "hemp_yarn"),
            n("Ne 20 spun organic cotton to blend with hemp, GOTS required", "organic_cotton_yarn", req=("GOTS",)),
        ),
    ),
    sme(
        18,
        "th",
        HEMP,
        UP,
        "Loei",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์ด่านซ้าย",
        "dansai.cotton@example.co.th",
        certs=("Organic Thailand",),
        bcg=("bio",),
        offers=(
            ("ปุยฝ้ายอินทรีย์ หีบเมล็ดแล้ว", "cotton_lint"),
            ("ด้ายฝ้ายเข็นมือ สีธรรมชาติ", "handspun_cotton_yarn"),
        ),
    ),
    sme(
        19,
        "en",
        HEMP,
        UP,
        "Nakhon Pathom",
        "Greenloom Organic Spinning",
        "yarn@greenloom.example.com",
        certs=("GOTS", "OCS"),
        bcg=("bio",),
        offers=(("GOTS organic cotton yarn Ne 20/1 and 30/1", "organic_cotton_yarn"),),
        needs=(n("Ginned organic cotton, Organic Thailand certified", "cotton_lint", req=("Organic Thailand",)),),
    ),
    sme(
        20,
        "th",
        ALI,
        MID,
        "Sakon Nakhon",
        "กลุ่มย้อมครามบ้านดอนกอย",
        "donkoi.indigo@example.co.th",
        certs=("OTOP",),
        bcg=("bio",),
        offers=(
            ("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าที่ลูกค้าส่งมา", "indigo_dyeing_service"),
        ),
        needs=(n("เส้นฝ้ายปั่นมือ เป็นไจ ไว้ทอผ้าคราม", "handspun_cotton_yarn"),),
    ),
    sme(
        21,
        "en",
        ALC,
        MID,
        "Ratchaburi",
        "Mae Klong Dye House",
        "dyeing@maeklongdye.example.com",
        certs=("bluesign", "OEKO-TEX Standard 100"),
        bcg=("green",),
        offers=(("Commission piece dyeing of customer greige, MOQ 300 kg", "fabric_dyeing_service"),),
        needs=(u("Wastewater treatment consultant", "consulting; not offered in the set"),),
    ),
    sme(
        22,
        "th",
        CIRC,
        UP,
        "Bangkok",
        "ร้านเสื้อผ้ามือสองโบ๊เบ๊",
        "bobae.secondhand@example.co.th",
        bcg=("circular",),
        offers=(
            ("เสื้อผ้ามือสองคละแบบ ขายเป็นกระสอบ", "used_clothing"),
            ("เสื้องานวิ่งเก่า สภาพดี คัดแล้ว", "used_clothing"),
        ),
    ),
    sme(
        23,
        "en",
        CIRC,
        UP,
        "Samut Prakan",
        "Bangplee Garment Offcuts",
        "offcuts@bangplee.example.com",
        bcg=("circular",),
        offers=(("Pre-consumer cutting waste, cotton and poly, sorted by colour", "textile_offcuts"),),
    ),
    sme(
        24,
        "th",
        CIRC,
        UP,
        "Saraburi",
        "บริษัท รีไฟเบอร์ไทย จำกัด",
        "refiber.thai@example.co.th",
        certs=("RCS",),
        bcg=("circular",),
        offers=(
            ("เส้นใยรีไซเคิลจากเศษผ้า สำหรับปั่นด้ายหรือยัดไส้", "recycled_textile_fibre"),
            ("รับบดผ้าเก่าของลูกค้าเป็นเส้นใย ส่งคืนลูกค้า", "textile_shredding_service"),
        ),
        needs=(
            n("เศษผ้าฝ้ายจากโรงงานตัดเย็บ ขั้นต่ำ 1 ตัน", "textile_offcuts"),
            n("ผ้าเก่า เสื้อเก่า รับเป็นตัน", "used_clothing"),
        ),
    ),
    sme(
        25,
        "en",
        SPORT,
        MID,
        "Bangkok",
        "Ladprao Activewear CMT",
        "cmt@ladprao-active.example.com",
        offers=(("Cut-make-trim for sportswear, customer's fabric", "cut_and_sew_service"),),
        needs=(
            n("Overlock and coverstitch thread", "sewing_thread"),
            n("Lycra fabric for tights, 4-way", "stretch_spandex_fabric"),
        ),
    ),
]

# ------------------------------------------------------------------ data, part 2: fight gear, yoga, running, football

PART_2 = [
    sme(
        26,
        "th",
        SPORT,
        DOWN,
        "Pathum Thani",
        "หจก. รังสิตมวยไทยเกียร์",
        "rangsit.muaythai@example.co.th",
        offers=(
            ("กางเกงมวยไทย ผ้าซาติน ปักลาย ขั้นต่ำ 30 ตัว", "muay_thai_shorts"),
            ("เสื้อคลุมนักมวย ปักชื่อหลัง", "boxing_robe"),
        ),
        needs=(
            n("ผ้าซาตินมันเงา สีสด", "satin_fabric"),
            n("อยากได้ร้านทำลายปักชื่อค่ายลงขากางเกง", "embroidery_service"),
        ),
    ),
    sme(
        27,
        "en",
        SPORT,
        MID,
        "Bangkok",
        "Bangkok Satin Mills",
        "satin@bkksatin.example.com",
        offers=(("Polyester satin for fight shorts, 30 colours", "satin_fabric"),),
        needs=(n("Nylon filament yarn 70D", "nylon_yarn"),),
    ),
    sme(
        28,
        "en",
        SPORT,
        DOWN,
        "Buriram",
        "Isaan Fight Gear",
        "sales@isaanfightgear.example.com",
        offers=(
            ("Leather boxing gloves 10-16 oz", "boxing_gloves"),
            ("Curved Thai pads, cowhide", "thai_pads"),
        ),
        needs=(
            n("PU synthetic leather, 1.2 mm", "synthetic_leather"),
            n("Multi-layer foam for glove padding", "eva_foam_sheet", "latex_foam"),
        ),
    ),
    sme(
        29,
        "th",
        SPORT,
        MID,
        "Samut Prakan",
        "บริษัท หนังเทียมสยาม จำกัด",
        "siam.pu.leather@example.co.th",
        offers=(
            ("หนังเทียมพียู สำหรับนวมและเป้า", "synthetic_leather"),
            ("หนัง PVC ลายหนังวัว", "synthetic_leather"),
        ),
        needs=(u("สารพียูเรซินสำหรับเคลือบ", "chemicals; no one in the set sells them"),),
    ),
    sme(
        30,
        "th",
        SPORT,
        DOWN,
        "Chonburi",
        "ร้านกระสอบทรายบางแสน",
        "bangsaen.heavybag@example.co.th",
        offers=(("กระสอบทรายแขวน หนังเทียม 120 ซม.", "heavy_bag"),),
        needs=(
            n(
                "เศษผ้ายัดกระสอบทราย รับซื้อเป็นกิโล",
                "textile_offcuts",
                "polyester_offcuts",
                "used_clothing",
                "recycled_textile_fibre",
            ),
            n("หนังพียูหนาๆ ทนการเตะ", "synthetic_leather"),
        ),
    ),
    sme(
        31,
        "th",
        ALI,
        DOWN,
        "Roi Et",
        "กลุ่มทอผ้าขาวม้าบ้านหนองแคน",
        "nongkhaen.weaving@example.co.th",
        certs=("OTOP",),
        offers=(("ผ้าแพรอีโป้ทอมือ ลายตาหมากรุก ผืนละ 120 บาท", "pha_khao_ma"),),
        needs=(n("เส้นฝ้ายเบอร์ 20 ไว้ทอผ้าขาวม้า", "handspun_cotton_yarn", "organic_cotton_yarn", "cotton_yarn"),),
    ),
    sme(
        32,
        "en",
        HEMP,
        DOWN,
        "Ayutthaya",
        "Sacred Cord Muay Thai Craft",
        "cord@sacredcord.example.com",
        offers=(
            ("Hand-wrapped mongkhon headbands", "mongkhon"),
            ("Prajiad armbands in camp colours", "prajiad"),
        ),
        needs=(
            n("Hemp cord, 3-ply, about 1 cm thick", "hemp_rope"),
            n("Colourful cotton remnants for wrapping", "textile_offcuts"),
        ),
    ),
    sme(
        33,
        "th",
        SPORT,
        DOWN,
        "Kanchanaburi",
        "ผ้าพันมือ ป.พัฒนา",
        "por.pattana.wraps@example.co.th",
        offers=(("ผ้าพันมือมวย ยาว 5 เมตร มีห่วงนิ้วโป้ง", "hand_wraps"),),
        needs=(
            n("เทปผ้ายืดผสมคอตตอน กว้าง 5 ซม.", "elastic_tape"),
            n("เทปตีนตุ๊กแก", "hook_and_loop_tape"),
        ),
    ),
    sme(
        34,
        "th",
        SPORT,
        MID,
        "Bangkok",
        "สามแยกเทปแอนด์อีลาสติก",
        "samyaek.tape@example.co.th",
        offers=(
            ("ยางยืดทอ ยางยืดขอบกางเกง", "elastic_tape"),
            ("เทปหนามเตยแบบเย็บ เวลโคร", "hook_and_loop_tape"),
            ("สายเทปโพลี ทำสายกระเป๋า", "polyester_webbing"),
        ),
    ),
    sme(
        35,
        "en",
        SPORT,
        DOWN,
        "Phuket",
        "Chalong Muay Thai Camp",
        "camp@chalongmuaythai.example.com",
        needs=(
            n("Fight shorts with camp logo, 100 pcs", "muay_thai_shorts"),
            n("hand wraps in bulk", "hand_wraps"),
            n("Mongkol for ceremony", "mongkhon"),
        ),
    ),
    sme(
        36,
        "th",
        SPORT,
        DOWN,
        "Bangkok",
        "ค่ายมวยศิษย์ราชดำเนิน",
        "sit.rajadamnern@example.co.th",
        offers=(("นวมเก่าใช้แล้ว สภาพ 70%", "used_boxing_gear"),),
        needs=(
            n("ผ้าขาวม้าไว้ให้นักมวยใช้", "pha_khao_ma"),
            n("นวมซ้อม 14 ออนซ์", "boxing_gloves"),
            n("เป้าโค้ง เป้ามือสำหรับครูมวย 5 คู่", "thai_pads"),
        ),
    ),
    sme(
        37,
        "en",
        SPORT,
        DOWN,
        "Chiang Mai",
        "Nimman Yoga Shala",
        "namaste@nimmanyoga.example.com",
        needs=(
            n("natural rubber yoga mats 4 mm", "yoga_mat"),
            n("cotton yoga straps with D-ring", "yoga_strap"),
            n("buckwheat or kapok bolsters", "yoga_bolster"),
        ),
    ),
    sme(
        38,
        "th",
        SPORT,
        DOWN,
        "Songkhla",
        "เสื่อโยคะยางพาราหาดใหญ่",
        "hatyai.yogamat@example.co.th",
        bcg=("bio",),
        offers=(("เสื่อโยคะยางพาราแท้ หนา 4 มม.", "yoga_mat"),),
        needs=(n("แผ่นยางธรรมชาติ รีดเรียบ", "natural_rubber_sheet"),),
    ),
    sme(
        39,
        "en",
        HEMP,
        DOWN,
        "Chiang Mai",
        "Hemp & Breath Yoga Props",
        "props@hempbreath.example.com",
        bcg=("bio",),
        offers=(
            ("Hemp yoga strap, 2.5 m", "yoga_strap"),
            ("Yoga bolster, hemp cover, kapok fill", "yoga_bolster"),
            ("Yoga mat bag in hemp canvas", "yoga_mat_bag"),
        ),
        needs=(
            n("kapok fibre, cleaned", "kapok_fibre"),
            n("Natural-colour heavy hemp cloth for bolster covers", "hemp_fabric"),
        ),
    ),
    sme(
        40,
        "th",
        ALI,
        UP,
        "Nakhon Ratchasima",
        "ร้านนุ่นโคราช",
        "korat.kapok@example.co.th",
        bcg=("bio",),
        offers=(("นุ่นยัดหมอน ปั่นสะอาด", "kapok_fibre"),),
    ),
    sme(
        41,
        "en",
        SPORT,
        DOWN,
        "Bangkok",
        "Lumina Activewear",
        "studio@luminaactive.example.com",
        offers=(
            ("Leggings, private label, MOQ 200", "leggings"),
            ("Seamless sports bras", "sports_bra"),
        ),
        needs=(
            n(
                "Legging fabric with 4-way stretch, OEKO-TEX only",
                "stretch_spandex_fabric",
                req=("OEKO-TEX Standard 100",),
            ),
            n("CMT factory for leggings", "cut_and_sew_service"),
        ),
    ),
    sme(
        42,
        "th",
        SPORT,
        DOWN,
        "Bangkok",
        "สตูดิโอพิลาทิส บ้านสมดุล",
        "baansamdul.pilates@example.co.th",
        needs=(
            n("เลกกิ้งเอวสูง ไซซ์ S-XL", "leggings"),
            n("ผ้าคลุมเสื่อ ซับเหงื่อ กันลื่น", "yoga_towel"),
        ),
    ),
    sme(
        43,
        "en",
        SPORT,
        DOWN,
        "Bangkok",
        "RunThai Events Co.",
        "race@runthai.example.com",
        needs=(
            n("Race shirts 3,000 pcs, quick-dry, full print", "event_running_shirt"),
            n("Race numbers with tear-off tabs, 3,000", "race_bibs"),
            n("finisher towels with embroidered logo", "finisher_towel"),
        ),
    ),
    sme(
        44,
        "th",
        SPORT,
        DOWN,
        "Khon Kaen",
        "ชมรมวิ่งบึงแก่นนคร",
        "buengkaennakhon.run@example.co.th",
        needs=(
            n("เสื้อชมรมไว้ใส่ลงงานวิ่ง สีเหลือง 120 ตัว", "event_running_shirt"),
            u("เหรียญรางวัลฟินิชเชอร์", "metal medals; no one makes them"),
        ),
    ),
    sme(
        45,
        "th",
        SPORT,
        DOWN,
        "Samut Sakhon",
        "โรงงานเสื้อกีฬา เอสเค สปอร์ต",
        "sk.sport@example.co.th",
        offers=(
            ("เสื้อวิ่ง ผ้าไมโคร พิมพ์ซับทั้งตัว", "event_running_shirt"),
            ("ชุดฟุตบอล พิมพ์ลายตามแบบ", "football_kit"),
        ),
        needs=(n("ผ้าจูติ/ดรายฟิต สีขาว ม้วนละ 25 กก.", "performance_knit_fabric", "recycled_polyester_knit_fabric"),),
    ),
    sme(
        46,
        "en",
        SPORT,
        MID,
        "Bangkok",
        "BibPrint Asia",
        "bibs@bibprint.example.com",
        offers=(("Tyvek race bibs with safety pins", "race_bibs"),),
        needs=(u("RFID timing chips for bibs", "electronics; no one makes them"),),
    ),
    sme(
        47,
        "th",
        ALC,
        DOWN,
        "Samut Sakhon",
        "โรงทอผ้าขนหนูอ้อมน้อย",
        "omnoi.towel@example.co.th",
        offers=(
            ("ผ้าขนหนูคอตตอน ปักโลโก้งานวิ่ง", "finisher_towel"),
            ("ผ้าเช็ดตัวโรงแรม 27x54 นิ้ว", "bath_towel"),
        ),
        needs=(n("ด้ายฝ้าย Ne 16 สำหรับทอขนหนู", "organic_cotton_yarn", "cotton_yarn"),),
    ),
    sme(
        48,
        "en",
        SPORT,
        DOWN,
        "Bangkok",
        "Sukhumvit Futsal Club",
        "team@sukhumvitfutsal.example.com",
        needs=(
            n("Futsal kit, sublimated, names and numbers, OEKO-TEX", "football_kit", req=("OEKO-TEX Standard 100",)),
            n("Long football socks, team colours", "football_socks"),
        ),
    ),
    sme(
        49,
        "th",
        SPORT,
        DOWN,
        "Chonburi",
        "อะคาเดมีฟุตบอลเยาวชนศรีราชา",
        "sriracha.youthfc@example.co.th",
        needs=(
            n("ชุดแข่ง 40 ชุด พร้อมเบอร์", "football_kit"),
            n("ร้านทำเบอร์หลังเสื้อและชื่อนักเตะ", "name_number_heat_press_service"),
        ),
    ),
    sme(
        50,
        "th",
        SPORT,
        DOWN,
        "Nakhon Pathom",
        "โรงงานถุงเท้ากีฬาสามพราน",
        "samphran.socks@example.co.th",
        offers=(
            ("ถุงเท้าฟุตบอล ยาวเหนือเข่า", "football_socks"),
            ("ถุงเท้าวิ่ง ข้อสั้น ทอหนาที่ส้น", "running_socks"),
            ("ถุงเท้าพิลาทิส มีปุ่มยางกันลื่น", "grip_socks"),
        ),
        needs=(n("ด้ายไนล่อนและสแปนเด็กซ์", "nylon_yarn", "elastane_yarn"),),
    ),
]

# ------------------------------------------------------------------ data, part 3: kits, schools, swimming, care

PART_3 = [
    sme(
        51,
        "en",
        ALC,
        UP,
        "Korat",
        "Korat Spinning Mill",
        "yarn@koratspinning.example.com",
        certs=("ISO 9001",),
        offers=(("Carded cotton yarn Ne 16/1 to 32/1", "cotton_yarn"),),
        needs=(
            u(
                "Raw cotton bales, Better Cotton certified",
                "cotton lint is offered, but by no one holding Better Cotton",
                req=("Better Cotton",),
            ),
        ),
    ),
    sme(
        52,
        "th",
        SPORT,
        DOWN,
        "Bangkok",
        "โรงงานเสื้อยืดเปล่า ประตูน้ำ",
        "pratunam.blank@example.co.th",
        offers=(
            ("เสื้อยืดโพลีเปล่าสีขาว ไว้สกรีนหรือซับ", "blank_polyester_tshirt"),
            ("เศษผ้าไมโครจากการตัด ขายเหมา", "polyester_offcuts"),
        ),
        needs=(
            n("ผ้าไมโครสีขาว หน้ากว้าง 60 นิ้ว", "performance_knit_fabric", "recycled_polyester_knit_fabric"),
            n("ด้ายเย็บโพลี", "sewing_thread"),
        ),
    ),
    sme(
        53,
        "en",
        HEMP,
        MID,
        "Phetchabun",
        "Khao Kho Hemp Cordage",
        "rope@khaokhohemp.example.com",
        bcg=("bio",),
        offers=(("Hand-twisted hemp rope 6-12 mm", "hemp_rope"),),
        needs=(n("raw hemp bast, sun-dried", "hemp_fibre"),),
    ),
    sme(
        54,
        "th",
        SPORT,
        DOWN,
        "Bangkok",
        "ไมโครทาวเวล สปอร์ต",
        "microtowel.sport@example.co.th",
        offers=(
            ("ผ้าปูเสื่อโยคะ ไมโครไฟเบอร์ มีปุ่มกันลื่น", "yoga_towel"),
            ("ผ้าเช็ดเหงื่อไมโครไฟเบอร์ แห้งไว", "microfibre_sports_towel"),
        ),
        needs=(n("มีร้านไหนทำลายซับลงผ้าไมโครที่เราส่งไปบ้างไหม", "sublimation_printing_service"),),
    ),
    sme(
        55,
        "en",
        SPORT,
        DOWN,
        "Prachuap Khiri Khan",
        "Hua Hin Swim Club",
        "coach@huahinswim.example.com",
        needs=(
            n("chlorine-resistant training swimsuits", "swimwear"),
            u("silicone swim caps with club logo", "silicone goods; no maker in the set"),
            n("quick-dry towels for swimmers", "microfibre_sports_towel"),
        ),
    ),
    sme(
        56,
        "th",
        SPORT,
        DOWN,
        "Chonburi",
        "ชุดว่ายน้ำ ทะเลสวย",
        "talaysuay.swim@example.co.th",
        offers=(
            ("ชุดว่ายน้ำแข่งขัน ผ้าทนคลอรีน", "swimwear"),
            ("กางเกงว่ายน้ำเด็ก", "swimwear"),
        ),
        needs=(n("ผ้าโพลีบิวทีเลต PBT ทนคลอรีน", "chlorine_resistant_fabric"),),
    ),
    sme(
        57,
        "en",
        SPORT,
        MID,
        "Samut Sakhon",
        "Mahachai Swim Fabrics",
        "fabric@mahachaiswim.example.com",
        certs=("GRS",),
        bcg=("circular",),
        offers=(
            ("Chlorine-resistant PBT tricot", "chlorine_resistant_fabric"),
            ("Recycled nylon/spandex from old fishing nets, GRS", "recycled_nylon_spandex_fabric"),
        ),
        needs=(n("Discarded nylon fishing nets", "used_fishing_nets"),),
    ),
    sme(
        58,
        "th",
        CIRC,
        UP,
        "Satun",
        "กลุ่มประมงพื้นบ้านเก็บอวนเก่าละงู",
        "langu.nets@example.co.th",
        bcg=("circular",),
        offers=(("อวนไนลอนเก่า เก็บจากชายหาด ล้างน้ำจืดแล้ว", "used_fishing_nets"),),
        needs=(u("เรือเก็บขยะทะเลมือสอง", "boats; not textile"),),
    ),
    sme(
        59,
        "th",
        SPORT,
        DOWN,
        "Ubon Ratchathani",
        "โรงเรียนบ้านหนองบัว อุบลฯ",
        "nongbua.school.ubon@example.co.th",
        needs=(
            n("เสื้อกีฬาสี 4 คณะ ตัวละไม่เกิน 150 บาท", "team_sports_shirt"),
            n("ชุดพละ ป.1-ป.6 ต้องได้ มอก.", "pe_uniform", req=("Thai Industrial Standard",)),
            u("ถ้วยรางวัลกีฬาสี", "trophies; not textile"),
        ),
    ),
    sme(
        60,
        "en",
        SPORT,
        DOWN,
        "Bangkok",
        "Bangkok Prep International School",
        "pe@bkkprep.example.com",
        needs=(
            n(
                "PE uniforms, shirt and shorts, fabric must carry OEKO-TEX",
                "pe_uniform",
                req=("OEKO-TEX Standard 100",),
            ),
            n("House-colour tees for sports day", "team_sports_shirt"),
        ),
    ),
    sme(
        61,
        "th",
        SPORT,
        DOWN,
        "Nakhon Sawan",
        "โรงงานชุดพละ ปากน้ำโพ",
        "paknampho.pe@example.co.th",
        certs=("มอก.",),
        offers=(
            ("ชุดพลศึกษานักเรียน เสื้อกางเกงวอร์ม ได้ มอก.", "pe_uniform"),
            ("เสื้อคณะสีสำหรับงานกีฬาโรงเรียน สกรีนชื่อโรงเรียน", "team_sports_shirt"),
        ),
        needs=(n("ผ้าทีเค ผ้าวอร์ม ขายส่งเป็นกิโล", "performance_knit_fabric"),),
    ),
    sme(
        62,
        "en",
        SPORT,
        DOWN,
        "Pathum Thani",
        "ProKit Sportswear",
        "sales@prokit.example.com",
        certs=("OEKO-TEX Standard 100",),
        offers=(
            ("School PE sets and team uniforms, Oeko-Tex 100 fabric", "pe_uniform"),
            ("Sublimated football kits, MOQ 15 sets", "football_kit"),
            ("Event running tees", "event_running_shirt"),
        ),
        needs=(
            n("GRS rPET jersey for eco kits", "recycled_polyester_knit_fabric", req=("GRS",)),
            n("all-over dye-sub on our cut panels, outsourced", "sublimation_printing_service"),
        ),
    ),
    sme(
        63,
        "th",
        ALC,
        DOWN,
        "Nonthaburi",
        "บ้านพักผู้สูงอายุ สุขใจ",
        "sukjai.eldercare@example.co.th",
        needs=(
            n("เสื่อออกกำลังกายกันลื่นสำหรับผู้สูงอายุ", "yoga_mat"),
            n("ยางยืดออกกำลังกายแบบกายภาพ", "resistance_band"),
        ),
    ),
    sme(
        64,
        "en",
        SPORT,
        DOWN,
        "Ratchaburi",
        "FlexBand Thailand",
        "hello@flexband.example.com",
        offers=(
            ("Latex resistance bands, 5 levels", "resistance_band"),
            ("Fabric hip bands, non-slip", "resistance_band"),
        ),
        needs=(n("Natural rubber latex concentrate, FSC required", "rubber_latex", req=("FSC",)),),
    ),
    sme(
        65,
        "th",
        ALI,
        DOWN,
        "Khon Kaen",
        "ชมรมผู้สูงอายุแอโรบิคบ้านเป็ด",
        "banped.aerobic@example.co.th",
        needs=(
            n("เสื้อทีมสีชมพู ใส่เต้นแอโรบิค ไม่จำเป็นต้องมี มอก.", "team_sports_shirt", waive=("Thai Industrial Standard",)),
            n("ผ้าขาวม้าคาดเอว", "pha_khao_ma"),
        ),
    ),
    sme(
        66,
        "en",
        ALC,
        DOWN,
        "Bangkok",
        "Riverside Grand Hotel",
        "purchasing@riversidegrand.example.com",
        needs=(
            n("gym towels, white, 40x80 cm", "gym_towel"),
            n("non-slip yoga mats for the fitness centre", "yoga_mat"),
        ),
    ),
    sme(
        67,
        "th",
        ALC,
        DOWN,
        "Bangkok",
        "โรงงานผ้าขนหนูบางแค",
        "bangkhae.towel@example.co.th",
        offers=(
            ("ผ้าขนหนูฟิตเนส ผืนเล็ก ขายส่ง", "gym_towel"),
            ("ผ้าขนหนูที่ระลึกงานวิ่ง ปักชื่องาน", "finisher_towel"),
        ),
        needs=(n("ด้ายฝ้ายเส้นใหญ่ ทอขนหนู", "cotton_yarn", "organic_cotton_yarn"),),
    ),
    sme(
        68,
        "en",
        CIRC,
        DOWN,
        "Bangkok",
        "Second Lap Upcycling",
        "hi@secondlap.example.com",
        bcg=("circular",),
        offers=(("Tote bags sewn from old race shirts", "upcycled_tote_bag"),),
        needs=(
            n("Used event T-shirts, any size", "used_clothing"),
            n("Webbing for bag handles", "polyester_webbing"),
        ),
    ),
    sme(
        69,
        "th",
        SPORT,
        DOWN,
        "Chonburi",
        "ร้านพัทยามวยไทยช็อป",
        "pattaya.muaythaishop@example.co.th",
        needs=(
            n("กางเกงนักมวย ลายกนก ยกโหล", "muay_thai_shorts"),
            n("นวมหนังแท้ 10-16 ออนซ์ ยกโหล", "boxing_gloves"),
            n("มงคล ประเจียด สำหรับนักท่องเที่ยว", "mongkhon", "prajiad"),
        ),
    ),
    sme(
        70,
        "en",
        SPORT,
        DOWN,
        "Phuket",
        "Patong Fight Shop",
        "shop@patongfight.example.com",
        needs=(
            n("Muay Thai shorts wholesale, satin, mixed sizes, under 250 THB", "muay_thai_shorts"),
            n("fighter robes", "boxing_robe"),
            n("silk for VIP fight robes, Peacock Emblem", "silk_fabric", req=("Thai Silk Peacock Emblem",)),
        ),
    ),
    sme(
        71,
        "th",
        SPORT,
        DOWN,
        "Buriram",
        "บุรีรัมย์ไฟต์เตอร์ กางเกงมวย",
        "buriram.fighter@example.co.th",
        offers=(
            ("กางเกงมวย ผ้าซาติน สกรีนลาย ราคาส่ง", "muay_thai_shorts"),
            ("ผ้าพันมือ 180 นิ้ว", "hand_wraps"),
            ("ประเจียดผ้า ถักมือ", "prajiad"),
        ),
        needs=(
            n("ผ้าซาติน โพลีเอสเตอร์", "satin_fabric"),
            n("ร้านสกรีนเสื้อ", "screen_printing_service"),
        ),
    ),
    sme(
        72,
        "en",
        SPORT,
        DOWN,
        "Bangkok",
        "Trail Runners Bangkok",
        "club@trailrunnersbkk.example.com",
        needs=(
            n("club singlets in recycled polyester, GRS", "event_running_shirt", req=("GRS",)),
            u("trail running shoes at club price", "footwear; no shoe maker in the set"),
        ),
    ),
    sme(
        73,
        "th",
        SPORT,
        DOWN,
        "Samut Prakan",
        "บริษัท กรีนรัน แอพพาเรล จำกัด",
        "greenrun.apparel@example.co.th",
        certs=("GRS",),
        bcg=("circular",),
        offers=(
            ("เสื้อวิ่งผ้ารีไซเคิลจากขวด PET ได้ GRS", "event_running_shirt"),
            ("เสื้อสีประจำคณะ ผ้ารีไซเคิล", "team_sports_shirt"),
        ),
        needs=(n("ผ้าถักจากเส้นใยรีไซเคิล มาตรฐาน GRS", "recycled_polyester_knit_fabric", req=("GRS",)),),
    ),
    sme(
        74,
        "th",
        SPORT,
        DOWN,
        "Chiang Mai",
        "ชมรมเดิน-วิ่งดอยสุเทพ",
        "doisuthep.run@example.co.th",
        needs=(
            u(
                "อยากได้เสื้อที่ระลึกงานวิ่งการกุศล 500 ตัว ผ้าคอตตอน 100% ไม่เอาผ้าไมโคร",
                "race shirts are offered only in polyester",
            ),
            n("ผ้าฟินิชเชอร์สำหรับคนเข้าเส้นชัย 800 ผืน", "finisher_towel"),
            n("บิบวิ่ง", "race_bibs"),
        ),
    ),
    sme(
        75,
        "en",
        SPORT,
        DOWN,
        "Chiang Rai",
        "Golden Triangle Half Marathon",
        "race@goldentrianglehm.example.com",
        needs=(
            n("Race tees 1,500, rPET preferred, GRS not needed", "event_running_shirt", waive=("GRS",)),
            n("drawstring gym sacks as race kit bags", "drawstring_bag"),
        ),
    ),
]

# ------------------------------------------------------------------ data, part 4: gyms, studios, clubs, crafts

PART_4 = [
    sme(
        76,
        "th",
        SPORT,
        DOWN,
        "Bangkok",
        "ร้านถุงผ้าหูรูด ประตูน้ำ",
        "pratunam.bags@example.co.th",
        offers=(
            ("ถุงผ้าหูรูด สกรีนโลโก้ ขั้นต่ำ 100 ใบ", "drawstring_bag"),
            ("กระเป๋าผ้าแคนวาส", "canvas_tote_bag"),
        ),
        needs=(u("ผ้าร่ม โพลีเอสเตอร์ 210D", "woven polyester taffeta; no weaver of it in the set"),),
    ),
    sme(
        77,
        "en",
        HEMP,
        DOWN,
        "Chiang Mai",
        "Ahimsa Yoga Wear",
        "make@ahimsayoga.example.com",
        bcg=("bio",),
        offers=(("Hemp-cotton yoga pants", "yoga_pants"),),
        needs=(
            n("Knitted hemp-blend fabric for yoga pants", "hemp_knit_fabric"),
            n("Indigo cotton cloth, natural dye only, no synthetic dye", "indigo_dyed_cotton_fabric"),
            n("Someone to indigo-dye our own hemp jersey", "indigo_dyeing_service"),
        ),
    ),
    sme(
        78,
        "th",
        ALI,
        MID,
        "Udon Thani",
        "กลุ่มผ้าครามบ้านนาข่า",
        "nakha.indigo@example.co.th",
        certs=("OTOP",),
        bcg=("bio",),
        offers=(
            ("ผ้าครามทอมือ ย้อมธรรมชาติ 100%", "indigo_dyed_cotton_fabric"),
            ("กระเป๋าใส่เสื่อโยคะ ผ้าฝ้ายย้อมคราม", "yoga_mat_bag"),
        ),
        needs=(n("ใยฝ้ายสำหรับเข็นด้ายเอง 50 กก.", "cotton_lint"),),
    ),
    sme(
        79,
        "en",
        SPORT,
        DOWN,
        "Bangkok",
        "Indigo Soul Studio",
        "studio@indigosoul.example.com",
        needs=(
            n("carry sleeves for mats, to sell in the studio shop", "yoga_mat_bag"),
            u("zafu meditation cushions with buckwheat hulls", "no one makes zafu cushions"),
        ),
    ),
    sme(
        80,
        "th",
        SPORT,
        MID,
        "Bangkok",
        "ร้านปักคอมพิวเตอร์ ลาดพร้าว",
        "ladprao.embroidery@example.co.th",
        offers=(
            ("ปักคอมพิวเตอร์ ปักโลโก้บนหมวกและเสื้อ งานด่วน", "embroidery_service"),
            ("รับตัดเย็บชุดกีฬาตามแบบ ใช้ผ้าของลูกค้า", "cut_and_sew_service"),
        ),
        needs=(n("ด้ายปักคอมพิวเตอร์ ยกกล่อง", "embroidery_thread"),),
    ),
    sme(
        81,
        "en",
        SPORT,
        DOWN,
        "Bangkok",
        "Bangkok Boxing Academy",
        "coach@bkkboxing.example.com",
        needs=(
            n("sparring gloves, 12-16 oz, PU is fine", "boxing_gloves"),
            n("heavy bags 150 cm", "heavy_bag"),
            n("EVA interlocking floor mats", "eva_floor_mat"),
        ),
    ),
    sme(
        82,
        "th",
        SPORT,
        DOWN,
        "Pathum Thani",
        "ร้านนวมรังสิต",
        "rangsit.gloves@example.co.th",
        offers=(
            ("นวมชกมวย หนังวัวแท้ ทำมือ", "boxing_gloves"),
            ("เป้าเตะ เป้าล่อ", "thai_pads"),
            ("กระสอบทรายยาว 180 ซม.", "heavy_bag"),
        ),
        needs=(n("โฟมบุนวม หลายชั้น", "eva_foam_sheet", "latex_foam"),),
    ),
    sme(
        83,
        "en",
        ALC,
        DOWN,
        "Nonthaburi",
        "Chao Phraya Rehab Clinic",
        "supply@cprehab.example.com",
        needs=(
            n("medical compression sleeves, ISO 13485", "compression_garment", req=("ISO 13485",)),
            n("therapy bands, light to heavy", "resistance_band"),
        ),
    ),
    sme(
        84,
        "th",
        SPORT,
        DOWN,
        "Samut Prakan",
        "บริษัท คอมเพรส เมดิคอล จำกัด",
        "compress.medical@example.co.th",
        certs=("ISO 13485",),
        offers=(
            ("ปลอกแขนรัดกล้ามเนื้อ ถุงน่องรัด ผลิตตาม ISO 13485", "compression_garment"),
            ("สนับเข่าผ้ายืด", "knee_support"),
        ),
        needs=(n("ผ้ายืดไลคร่า สำหรับทำปลอกรัด", "stretch_spandex_fabric"),),
    ),
    sme(
        85,
        "en",
        SPORT,
        DOWN,
        "Bangkok",
        "Bangkok Road Runners Shop",
        "shop@bkkroadrunners.example.com",
        needs=(
            n("calf compression sleeves, ISO 13485 not required", "compression_garment", waive=("ISO 13485",)),
            n("Who sells running socks in bulk?", "running_socks"),
        ),
    ),
    sme(
        86,
        "th",
        CIRC,
        MID,
        "Nakhon Pathom",
        "โรงงานใยอัดรีไซเคิล สามพราน",
        "samphran.felt@example.co.th",
        bcg=("circular",),
        offers=(("แผ่นใยอัดจากเศษผ้า สำหรับบุนวมและเบาะ", "recycled_felt_padding"),),
        needs=(n("เศษผ้าคละสี เศษผ้าโพลี", "textile_offcuts", "polyester_offcuts"),),
    ),
    sme(
        87,
        "en",
        SPORT,
        DOWN,
        "Chiang Mai",
        "Lanna Muay Thai Gym",
        "info@lannamuaythai.example.com",
        needs=(
            n("fight shorts, kids sizes", "muay_thai_shorts"),
            n("padding for wall pads, recycled felt fine", "recycled_felt_padding", "eva_foam_sheet"),
            n("secondhand gloves for the kids' free class", "used_boxing_gear"),
        ),
    ),
    sme(
        88,
        "th",
        SPORT,
        DOWN,
        "Bangkok",
        "ร้านเสื้อทีมพิมพ์ซับ",
        "teamshirt.sub@example.co.th",
        offers=(
            ("เสื้อบอลพิมพ์ซับ ทีมละ 12 ชุดขึ้นไป", "football_kit"),
            ("เสื้อทีมพิมพ์ลายทั้งตัว ใส่แข่งกีฬาภายใน", "team_sports_shirt"),
        ),
        needs=(n("โรงงานรับเย็บชุดกีฬา", "cut_and_sew_service"),),
    ),
    sme(
        89,
        "en",
        CIRC,
        DOWN,
        "Phang Nga",
        "Ocean Loop Swimwear",
        "loop@oceanloop.example.com",
        certs=("GRS",),
        bcg=("circular",),
        offers=(("Swimwear from recycled fishing-net nylon", "swimwear"),),
        needs=(
            n(
                "ECONYL-type regenerated polyamide with elastane, GRS required",
                "recycled_nylon_spandex_fabric",
                req=("GRS",),
            ),
        ),
    ),
    sme(
        90,
        "th",
        ALI,
        MID,
        "Surin",
        "วิสาหกิจชุมชนทอผ้าไหมบ้านท่าสว่าง",
        "thasawang.silk@example.co.th",
        certs=("Thai Silk Peacock Emblem", "OTOP"),
        offers=(("ผ้าไหมทอมือ ตรานกยูงพระราชทาน สีทอง", "silk_fabric"),),
    ),
    sme(
        91,
        "en",
        SPORT,
        DOWN,
        "Bangkok",
        "Pilates Republic",
        "hello@pilatesrepublic.example.com",
        needs=(
            n("grip socks for reformer classes", "grip_socks"),
            n(
                "leggings for instructors, OEKO-TEX preferred but not required",
                "leggings",
                waive=("OEKO-TEX Standard 100",),
            ),
        ),
    ),
    sme(
        92,
        "th",
        SPORT,
        DOWN,
        "Nakhon Si Thammarat",
        "สโมสรว่ายน้ำเมืองคอน",
        "muangkhon.swim@example.co.th",
        needs=(
            n("ชุดว่ายเด็ก ไม่ย้วยไม่ซีดในสระคลอรีน", "swimwear"),
            n("ผ้าเช็ดตัวนักว่ายน้ำ แห้งเร็ว", "microfibre_sports_towel"),
            u("แว่นตาว่ายน้ำ", "goggles; no maker in the set"),
        ),
    ),
    sme(
        93,
        "en",
        SPORT,
        DOWN,
        "Samut Prakan",
        "Samut Prakan City Futsal",
        "club@spcityfutsal.example.com",
        needs=(
            n("recycle our 500 old jerseys into fibre", "textile_shredding_service"),
            u("football kits made from recycled polyester", "kits are offered only in virgin polyester"),
        ),
    ),
    sme(
        94,
        "th",
        HEMP,
        DOWN,
        "Chiang Mai",
        "แบรนด์ชุดโยคะใยกัญชง ดอยสะเก็ด",
        "doisaket.hempyoga@example.co.th",
        bcg=("bio",),
        offers=(("กางเกงโยคะผ้ากัญชง ย้อมสีธรรมชาติ", "yoga_pants"),),
        needs=(
            n("ผ้ากัญชงทอ ยังไม่ย้อม", "hemp_fabric"),
            n("หาคนย้อมสีธรรมชาติให้ผ้าของเรา ไม่ใช้สีเคมี", "indigo_dyeing_service"),
        ),
    ),
    sme(
        95,
        "en",
        ALC,
        DOWN,
        "Bangkok",
        "Siam Senior Living",
        "care@siamsenior.example.com",
        needs=(
            n("Stretch pants for seniors' exercise class", "leggings", "yoga_pants"),
            n("Anyone making chair-yoga straps?", "yoga_strap"),
        ),
    ),
]


SMES: list[Sme] = [*PART_1, *PART_2, *PART_3, *PART_4]


# ------------------------------------------------------------------ checks

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_RE = re.compile("[\u0e00-\u0e7f]")


def thai_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if THAI_RE.match(c)) / len(letters)


def latin_only(text: str) -> bool:
    return all(not c.isalpha() or ord(c) < 0x250 for c in text) and not THAI_RE.search(text)


def mentions(text: str, cert: str) -> bool:
    folded = text.casefold()
    for c in CERTIFICATIONS:
        if c.name == cert:
            return any(m.casefold() in folded for m in (c.name, *c.aliases, *c.mentions))
    return False


def compute_links(smes: list[Sme]) -> tuple[set[tuple[str, str]], dict[tuple[str, int], set[str]]]:
    certs = {s.id: canonical_certifications(s.certs) for s in smes}
    by_label: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            by_label.setdefault(label, set()).add(s.id)
    links: set[tuple[str, str]] = set()
    met_by: dict[tuple[str, int], set[str]] = {}
    for b in smes:
        for i, need in enumerate(b.needs):
            qualified = {
                sid
                for label in need.labels
                for sid in by_label.get(label, ())
                if sid != b.id and set(need.requires) <= certs[sid]
            }
            met_by[(b.id, i)] = qualified
            links |= {(sid, b.id) for sid in qualified}
    return links, met_by


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    expected = [f"{PREFIX}-{i:03d}" for i in range(1, len(smes) + 1)]
    if ids != expected:
        errors.append("ids are not bsk-001 ... in order")
    offered: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)
    for s in smes:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: bad id")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: bad language {s.lang}")
        if s.sub not in {x.value for x in SubCluster}:
            errors.append(f"{where}: bad sub-cluster {s.sub}")
        if s.stage not in {x.value for x in Stage}:
            errors.append(f"{where}: bad stage {s.stage}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: unknown province {s.province}")
        for c in s.certs:
            if resolve_certification(c) is None:
                errors.append(f"{where}: unknown certification {c}")
        if len(set(s.bcg)) != len(s.bcg) or any(b not in {x.value for x in BcgTag} for b in s.bcg):
            errors.append(f"{where}: bad bcg {s.bcg}")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: bad email {s.email}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        texts = [s.name, *(t for t, _ in s.offers), *(nd.text for nd in s.needs)]
        for t in texts:
            if t != t.strip() or not t:
                errors.append(f"{where}: untrimmed or empty text {t!r}")
            if s.lang == "th" and thai_share(t) < 0.5:
                errors.append(f"{where}: Thai text mostly not Thai: {t!r}")
            if s.lang == "en" and not latin_only(t):
                errors.append(f"{where}: English text not Latin only: {t!r}")
        own = canonical_certifications(s.certs)
        for t, label in s.offers:
            if not re.fullmatch(r"[a-z0-9_]+", label):
                errors.append(f"{where}: bad label {label}")
            claimed = find_certifications(t)
            if not claimed <= own:
                errors.append(f"{where}: offer {t!r} claims {claimed - own} not held")
        for nd in s.needs:
            stated = find_certifications(nd.text)
            if bool(nd.labels) == bool(nd.unmet):
                errors.append(f"{where}: need {nd.text!r} must have labels or an unmet note, not both")
            if set(nd.requires) != stated:
                errors.append(f"{where}: need {nd.text!r} states {stated}, labelled as requiring {nd.requires}")
            for c in (*nd.requires, *nd.waives):
                if resolve_certification(c) != c:
                    errors.append(f"{where}: need certification {c} is not canonical")
            for c in nd.waives:
                if c in stated or not mentions(nd.text, c):
                    errors.append(f"{where}: need {nd.text!r} does not waive {c} in its text")
            for label in nd.labels:
                if not (offered.get(label, set()) - {s.id}):
                    errors.append(f"{where}: need label {label} offered by no one else")
    _, met_by = compute_links(smes)
    for s in smes:
        for i, nd in enumerate(s.needs):
            if nd.labels and not met_by[(s.id, i)]:
                errors.append(f"{s.id}: need {nd.text!r} has no qualified supplier")
            if nd.unmet and met_by[(s.id, i)]:
                errors.append(f"{s.id}: unmet need {nd.text!r} has suppliers")
    return errors


def size_errors(smes: list[Sme], counts: dict[str, object]) -> list[str]:
    errors: list[str] = []
    if len(smes) != N_PROFILES:
        errors.append(f"{len(smes)} profiles, want {N_PROFILES}")
    share = counts["thai"] / len(smes)  # type: ignore[operator]
    if not THAI_SHARE[0] <= share <= THAI_SHARE[1]:
        errors.append(f"Thai share {share:.2f} outside {THAI_SHARE}")
    links = counts["links"]
    if not LINKS[0] <= links <= LINKS[1]:  # type: ignore[operator]
        errors.append(f"{links} links, want {LINKS}")
    cross = counts["cross_share"]
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:  # type: ignore[operator]
        errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    unmet = counts["unmet"]
    if not UNMET[0] <= unmet <= UNMET[1]:  # type: ignore[operator]
        errors.append(f"{unmet} unmet needs, want {UNMET}")
    if counts["met_1_3_share"] < 0.7:  # type: ignore[operator]
        errors.append(f"only {counts['met_1_3_share']:.2f} of met needs have 1-3 suppliers")
    return errors


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    row = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [t for t, _ in s.offers],
        "needs": [nd.text for nd in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    return json.dumps(row, ensure_ascii=False)


def tally(smes: list[Sme]) -> tuple[dict[str, object], list[tuple[str, str]]]:
    links, met_by = compute_links(smes)
    by_id = {s.id: s for s in smes}
    lang = {s.id: s.lang for s in smes}
    th_en = sum(1 for a, b in links if lang[a] == "th" and lang[b] == "en")
    en_th = sum(1 for a, b in links if lang[a] == "en" and lang[b] == "th")
    needs = [(s, i, nd) for s in smes for i, nd in enumerate(s.needs)]
    met = [len(met_by[(s.id, i)]) for s, i, nd in needs if nd.labels]
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai / English", f"{sum(s.lang == 'th' for s in smes)} / {sum(s.lang == 'en' for s in smes)}"),
    ]
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub == sub.value for s in smes))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage == stage.value for s in smes))))
    regions = Counter(resolve_province(s.province).region for s in smes)  # type: ignore[union-attr]
    for region in Region:
        rows.append((f"region {region.value}", str(regions[region])))
    provinces = {resolve_province(s.province).name_en for s in smes}  # type: ignore[union-attr]
    cross = th_en + en_th
    n_links = len(links)
    cross_share = cross / n_links if n_links else 0.0
    met_1_3 = sum(1 for m in met if 1 <= m <= 3) / len(met) if met else 0.0
    diff_sub = sum(1 for a, b in links if by_id[a].sub != by_id[b].sub)
    rows += [
        ("distinct provinces", str(len(provinces))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        (
            "met needs with 1-3 / 4+ qualified suppliers",
            f"{sum(1 for m in met if m <= 3)} / {sum(1 for m in met if m > 3)}",
        ),
        ("needs requiring a certification", str(sum(1 for _, _, nd in needs if nd.requires))),
        ("needs waiving a certification", str(sum(1 for _, _, nd in needs if nd.waives))),
        ("true links", str(n_links)),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross_share:.0%})"),
        ("within-language links", str(n_links - cross)),
        ("links between different sub-clusters", str(diff_sub)),
    ]
    counts: dict[str, object] = {
        "thai": sum(s.lang == "th" for s in smes),
        "links": n_links,
        "cross_share": cross_share,
        "unmet": len(needs) - len(met),
        "met_1_3_share": met_1_3,
    }
    return counts, rows


def table(rows: list[tuple[str, str]]) -> str:
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count':<{width}} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k:<{width}} | {v} |" for k, v in rows]
    return "\n".join(lines)


README = """# blind_plain_sportsclub: hand-labelled matchmaking set, sports clubs and gyms

## What the set checks

How well the partner matcher finds true supplier-buyer pairs among 95 SMEs whose offers and
needs are written as plain registry entries (one short phrase each) in wording it has never
seen. The theme is sports clubs, gyms and martial arts: muay thai camps and boxing gyms
(shorts, robes, hand wraps, gloves, pads, heavy bags, mongkhon and prajiad), yoga and pilates
studios (mats, straps, bolsters, leggings, grip socks), running clubs and race organisers (race
shirts, bibs, finisher towels), football and futsal teams, school sports days, swimming clubs
and seniors' exercise groups; the sportswear makers, sublimation and screen printers,
embroiderers, foam, rubber and synthetic-leather suppliers, performance-fabric knitters and
recycled-polyester yarn makers that serve them; and the ordinary upstream and circular
suppliers of the cluster (hemp, organic cotton, indigo, kapok, latex, PET bottles, fishing
nets, offcuts, used clothing).

The same kind of goods is written in many ways (Thai, English, local and regional names such
as แพรอีโป้ for ผ้าขาวม้า, trade words and abbreviations such as CMT, DTY, PES, TK, gsm, brand
names such as Lycra, Tyvek and Velcro, with and without quantities, prices and minimum
orders), and needs are worded differently from the offers that meet them, often in the other
language. Hard but fair cases: a service versus the goods it works on (dyeing or printing the
customer's cloth versus dyed or printed cloth, sewing for others versus finished garments,
shredding the customer's old jerseys versus recycled fibre); waste and used goods versus new;
raw versus processed (bottles, flakes, yarn, fabric, shirt; latex, rubber sheet, yoga mat;
hemp bast, yarn, rope, canvas, yoga pants); finished goods described by their material
(a yoga-mat bag of indigo-dyed cotton is a bag); needs written as a wish, a bare noun phrase
or a question; refusals ("no synthetic dye", "ไม่เอาผ้าไมโคร"); needs that require a named
certification and needs that name one only to waive it; and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile JSONL version 1 and the
links CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the project's ruff
settings. The writer did not read the matcher, its glossary, its tests, other evaluation sets
or the project's data, and did not run the matcher. All data lives in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `textile_offcuts` versus
`polyester_offcuts`, `football_socks` versus `running_socks`). Every need either lists the
offer labels that would meet it and the certifications its text requires, or is marked as met
by no one with a short note. A pair (supplier, buyer) is a true link when some offer of the
supplier carries a label listed by one of the buyer's needs and the supplier's certifications
(in canonical form) hold every certification that need requires. An SME is never linked to
itself. Shared words play no part; quantities, prices and places never decide a link; what
changes what the thing is does (material where the buyer asks for it, used versus new,
service versus goods, raw versus processed). A waived certification ("ISO 13485 not
required", "ไม่ต้องมี GRS") is not required. The labels are not written to the output files.

Before writing, `write.py` checks: ids unique and well formed; every contract field valid
(sub-cluster, stage and BCG values from the taxonomy, every province resolving with
`resolve_province`, every certification with `resolve_certification`); every label a need
lists is offered by someone other than the buyer; every met need has a qualified supplier and
every unmet one has none; the certifications a need's text asks for (`find_certifications`)
are exactly the ones it requires, and a waived one is named in its text but not asked for; no
offer claims a certification its SME does not hold; Thai phrases mostly Thai letters and
English ones Latin only; and the size targets (95 profiles, 50-60 % Thai, 160-180 links,
40-60 % of them across languages, 17-23 needs met by no one, at least 70 % of met needs met by
1-3 suppliers). It writes nothing if a check fails. Two runs give identical bytes.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_sportsclub/write.py

## Files

- `write.py`: the data, the labels, the checks and the writer.
- `profiles.jsonl`: 95 SME profiles, ids `bsk-001` ... `bsk-095`, contract JSONL version 1,
  one object per line, no extra fields.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file, written by `write.py`.

## Counts

{table}
"""


def main() -> int:
    smes = SMES
    errors = check(smes)
    counts, rows = tally(smes)
    errors += size_errors(smes, counts)
    print(table(rows))
    if errors:
        print(f"\n{len(errors)} problem(s); nothing written:", file=sys.stderr)
        for e in errors:
            print(f"  {e}", file=sys.stderr)
        return 1
    links, _ = compute_links(smes)
    profiles = "".join(profile_json(s) + "\n" for s in smes)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(links))
    (HERE / "profiles.jsonl").write_text(profiles, encoding="utf-8")
    (HERE / "links.csv").write_text(buffer.getvalue(), encoding="utf-8")
    (HERE / "README.md").write_text(README.format(table=table(rows)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
