"""Write the hand-labelled evaluation set `eval/blind_plain_hivis/`.

Theme: hi-vis and reflective workwear (reflective tape and piping, hi-vis vests and jackets,
coveralls, welding aprons and jackets) and the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers around it. 95 plain registry entries, about 55 % of them in Thai.

Every offer carries a label saying what the thing is; every need lists the labels that would meet
it and the certifications its text requires, or is marked as met by no one. A (supplier, buyer) pair
is a true link when an offer of the supplier carries a label listed by a need of the buyer and the
supplier holds every certification that need requires. The labels live only in this file.

Run from the repository root:

    .venv/bin/python eval/blind_plain_hivis/write.py

It checks the data first and writes nothing if a check fails.
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
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

# ------------------------------------------------------------------ data model

HF = SubCluster.HEMP_NATURAL_FIBRE.value
CT = SubCluster.CIRCULAR_TEXTILE.value
SP = SubCluster.SPORTECH.value
AC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it; empty for a met need


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"bhv-{self.num:03d}"


def offer(text: str, label: str) -> Offer:
    return Offer(text, label)


def need(text: str, *labels: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, tuple(labels), tuple(requires), tuple(waives))


def unmet(text: str, note: str, *labels: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need no one in the set meets; `labels` name what would meet it, if anything near is offered."""
    return Need(text, tuple(labels), tuple(requires), tuple(waives), note)


def sme(
    num: int,
    lang: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    offers: list[Offer],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(num, lang, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg)


TIS = "Thai Industrial Standard"
OEKO = "OEKO-TEX Standard 100"

# ------------------------------------------------------------------ SMEs 1-30: fibre, yarn, waste, cloth

PART_1 = [
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านแม่แรม",
        HF,
        UP,
        "Chiang Mai",
        "maeram.hemp@example.co.th",
        [
            offer("เปลือกกัญชงลอกตากแห้ง มัดละ 5 กิโล", "hemp_fibre"),
            offer("ด้ายกัญชงเข็นมือแบบม้ง ม้วนละครึ่งกิโล", "handspun_hemp_yarn"),
        ],
        [unmet("เมล็ดพันธุ์กัญชงพันธุ์ RPF3 สำหรับฤดูปลูกหน้า", "no one offers hemp seed")],
        certs=("เกษตรอินทรีย์",),
        bcg=("bio",),
    ),
    sme(
        2,
        "en",
        "Mae Sot Bast Fibre Co., Ltd.",
        HF,
        UP,
        "Tak",
        "sales@maesotbast.example.com",
        [
            offer("Decorticated hemp bast, long line, baled 50 kg", "hemp_fibre"),
            offer("Hemp hurds for animal bedding", "hemp_hurd"),
        ],
        [unmet("Contract farmers to grow industrial hemp, 200 rai", "no one offers hemp stalks or growing")],
        bcg=("bio",),
    ),
    sme(
        3,
        "th",
        "กลุ่มปลูกฝ้ายพื้นเมืองบ้านนาด้วง",
        HF,
        UP,
        "Loei",
        "naduang.cotton@example.co.th",
        [
            offer("ฝ้ายตุ่ยพื้นเมือง อีดเมล็ดออกแล้ว", "cotton_fibre"),
            offer("ฝ้ายเข็นมือเส้นใหญ่ สีขาวตุ่น", "handspun_cotton_yarn"),
        ],
        [],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        4,
        "en",
        "Mahachai PET Flake Co., Ltd.",
        CT,
        UP,
        "Samut Sakhon",
        "info@mahachaiflake.example.com",
        [offer("Hot-washed clear PET flake, 12 mm, 20 t/month", "pet_flakes")],
        [need("Baled post-consumer water bottles, clear only", "used_pet_bottles")],
        certs=("RCS certified",),
        bcg=("circular",),
    ),
    sme(
        5,
        "th",
        "ร้านรับซื้อของเก่า ส.เจริญรีไซเคิล",
        CT,
        UP,
        "Nakhon Si Thammarat",
        "sjaroen.recycle@example.co.th",
        [
            offer("ขวดน้ำดื่มพลาสติกใสอัดก้อน ก้อนละ 300 กก.", "used_pet_bottles"),
            offer("เสื้อผ้ามือสองคัดแล้ว กระสอบละ 50 โล", "used_clothing"),
        ],
        [],
        bcg=("circular",),
    ),
    sme(
        6,
        "en",
        "Eastern rPET Fibre Co., Ltd.",
        CT,
        UP,
        "Rayong",
        "sales@easternrpet.example.com",
        [offer("rPSF 1.4D x 38 mm, bottle grade, semi-dull", "recycled_polyester_fibre")],
        [
            need("Clean bottle chips (PET), min. 50 t per month", "pet_flakes"),
            need("Polyester offcuts for textile-to-fibre trials", "synthetic_cutting_waste"),
        ],
        certs=("GRS certified", "ISO 9001"),
        bcg=("circular",),
    ),
    sme(
        7,
        "th",
        "บริษัท รีไฟเบอร์ไทย จำกัด",
        CT,
        UP,
        "Samut Prakan",
        "refiber.thai@example.co.th",
        [offer("เส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวดพลาสติก 150D/48F", "recycled_polyester_yarn")],
        [
            need("เกล็ดขวดเพ็ทล้างร้อน สีใส", "pet_flakes"),
            need("ขวดพลาสติกใสใช้แล้ว ส่งถึงโรงงานบางปู", "used_pet_bottles"),
        ],
        certs=("GRS",),
        bcg=("circular", "green"),
    ),
    sme(
        8,
        "en",
        "Siam Filament Yarns Ltd.",
        SP,
        UP,
        "Saraburi",
        "export@siamfilament.example.com",
        [
            offer("Polyester DTY 150D/48F, semi-dull, raw white", "polyester_filament_yarn"),
            offer("Recycled polyester DTY 75D from bottle chips", "recycled_polyester_yarn"),
        ],
        [],
        certs=("ISO 9001:2015",),
    ),
    sme(
        9,
        "th",
        "โรงปั่นด้ายสามพรานสปินนิ่ง",
        SP,
        UP,
        "Nakhon Pathom",
        "sampran.spinning@example.co.th",
        [
            offer("ด้ายฝ้าย OE เบอร์ 20 สำหรับทอผ้าเวส", "cotton_yarn"),
            offer("ด้ายผสม TC 65/35 เบอร์ 45", "tc_yarn"),
        ],
        [need("ปุยฝ้ายดิบ เกรดโรงปั่น", "cotton_fibre")],
        certs=("ISO 9001",),
    ),
    sme(
        10,
        "en",
        "Laem Chabang Textile Recovery Co.",
        CT,
        UP,
        "Chon Buri",
        "recovery@lcbtextile.example.com",
        [
            offer("Retired work uniforms, sorted by fibre, 200 kg bales", "used_workwear"),
            offer("Wiping rags cut from old cotton shirts, 10 kg sacks", "industrial_wiping_rags"),
        ],
        [
            need("Company uniforms your staff no longer wear, we collect", "used_workwear"),
            need("Worn-out hi-viz vests, any colour", "used_hivis_garments"),
            need("Old bed sheets and hotel linen for rag cutting", "used_linen"),
        ],
        bcg=("circular",),
    ),
    sme(
        11,
        "th",
        "หจก. ขอนแก่นใยรีไซเคิล",
        CT,
        UP,
        "Khon Kaen",
        "kk.recyclefibre@example.co.th",
        [
            offer("ใยฝ้ายรีไซเคิล ตีจากเศษผ้า เป็นปุย", "recycled_cotton_fibre"),
            offer("ด้ายดิบรีไซเคิล เบอร์ 6-10 สำหรับถักถุงมือ", "recycled_cotton_yarn"),
        ],
        [
            need("เศษผ้าคอตตอนจากโรงงานตัดเย็บ คัดสีแล้ว", "cotton_cutting_waste"),
            unmet("เครื่องตีเศษผ้ามือสอง", "machinery; no one offers it"),
        ],
        bcg=("circular",),
    ),
    sme(
        12,
        "en",
        "Bead-Tech Optical Materials Co.",
        SP,
        UP,
        "Pathum Thani",
        "sales@beadtech.example.com",
        [offer("Glass microspheres for retroreflective coating, 45-63 micron", "glass_beads")],
        [],
        certs=("ISO 9001",),
    ),
    sme(
        13,
        "th",
        "กลุ่มทำเนื้อครามบ้านหนองสะไน",
        AI,
        UP,
        "Sakon Nakhon",
        "nongsanai.indigo@example.co.th",
        [offer("เนื้อครามเปียก หมักจากต้นครามฝักงอ กิโลละ 250 บาท", "indigo_paste")],
        [unmet("ขี้เถ้าไม้เนื้อแข็ง ทำน้ำด่างก่อหม้อคราม", "no one offers wood ash")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        14,
        "en",
        "Northern Hemp Spinning Co., Ltd.",
        HF,
        UP,
        "Chiang Rai",
        "info@northernhemp.example.com",
        [offer("Wet-spun hemp yarn Nm 14, natural grey, on cones", "hemp_yarn")],
        [need("Scutched line fibre from hemp stalks", "hemp_fibre")],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        15,
        "th",
        "บริษัท มหาชัยเศษผ้า จำกัด",
        CT,
        UP,
        "Samut Sakhon",
        "mahachai.scrap@example.co.th",
        [
            offer("เศษผ้าตัดโพลีเอสเตอร์ล้วน สีกรม ขายยกตัน", "synthetic_cutting_waste"),
            offer("ผ้าขี้ริ้วเช็ดเครื่องจักร ตัดจากเสื้อยืดเก่า", "industrial_wiping_rags"),
        ],
        [need("เสื้อผ้าใช้แล้ว ซื้อเหมากระสอบ เอาไปตัดผ้าขี้ริ้ว", "used_clothing")],
        bcg=("circular",),
    ),
    sme(
        16,
        "th",
        "วิสาหกิจชุมชนคัดแยกผ้าเก่าแปดริ้ว",
        CT,
        UP,
        "Chachoengsao",
        "paetriw.textile@example.co.th",
        [offer("ผ้าเก่าคละประเภท ชั่งกิโลขาย", "used_clothing")],
        [],
        bcg=("circular",),
    ),
    sme(
        17,
        "th",
        "โรงทอผ้าอ้อมน้อยเท็กซ์ไทล์",
        SP,
        MID,
        "Samut Sakhon",
        "omnoi.weaving@example.co.th",
        [
            offer("ผ้าโทเร ทวิล 3/1 หน้ากว้าง 60 นิ้ว ขั้นต่ำ 1,000 หลา", "tc_fabric"),
            offer("ผ้าดิบทีซี ยังไม่ฟอกย้อม", "greige_tc_fabric"),
        ],
        [need("ด้ายโพลีผสมฝ้าย สำหรับทอผ้าโทเร", "tc_yarn")],
        certs=("ISO 9001",),
    ),
    sme(
        18,
        "en",
        "Sampran Drill Weaving Ltd.",
        SP,
        MID,
        "Nakhon Pathom",
        "mill@samprandrill.example.com",
        [
            offer("Grey cotton drill, 100% cotton, unbleached, 63 in", "greige_cotton_fabric"),
            offer("Finished cotton drill 240 gsm, navy or khaki", "cotton_twill_fabric"),
        ],
        [need("Virgin open-end cotton yarn Ne 16-20", "cotton_yarn")],
        certs=("Oeko-Tex 100",),
    ),
    sme(
        19,
        "th",
        "โรงย้อมบางพลีดายอิ้ง",
        SP,
        MID,
        "Samut Prakan",
        "bangphli.dyeing@example.co.th",
        [
            offer("รับย้อมผ้าตามสีลูกค้า ผ้าฝ้าย ผ้าทีซี ผ้าโพลี ขั้นต่ำ 500 หลา", "fabric_dyeing_service"),
            offer("ผ้าเวสปอยท์ย้อมสำเร็จ สีกรม สีกากี", "cotton_twill_fabric"),
        ],
        [
            need("ผ้าฝ้ายดิบ ทอทวิล สำหรับย้อมเป็นผ้าเวส", "greige_cotton_fabric"),
            unmet("สีย้อมรีแอคทีฟ ราคาส่ง", "no one offers dyestuff"),
        ],
        certs=("bluesign", "ISO 14001"),
    ),
    sme(
        20,
        "en",
        "Ratchaburi Eco Dyehouse Co.",
        CT,
        MID,
        "Ratchaburi",
        "dyehouse@rbeco.example.com",
        [offer("Commission dyeing of your polyester knits, fluoro yellow and orange", "fabric_dyeing_service")],
        [need("Undyed polyester tricot or mesh, straight off the knitting machine", "greige_polyester_knit")],
        certs=(OEKO,),
        bcg=("green",),
    ),
    sme(
        21,
        "th",
        "โรงถักผ้ากระทุ่มแบน",
        SP,
        MID,
        "Samut Sakhon",
        "krathumbaen.knit@example.co.th",
        [
            offer("ผ้าตาข่ายรูเล็ก สีเหลืองมะนาวสะท้อนแสง ทำเสื้อจราจร", "fluorescent_mesh_fabric"),
            offer("ผ้าตาข่ายโพลีเอสเตอร์ สีดำ สีกรม ทำชุดกีฬา", "polyester_mesh_fabric"),
            offer("ผ้าถักดิบ ยังไม่ย้อม ขายเป็นพับ", "greige_polyester_knit"),
        ],
        [need("ด้ายโพลีเอสเตอร์ชนิดเส้นยาว DTY", "polyester_filament_yarn", "recycled_polyester_yarn")],
    ),
    sme(
        22,
        "en",
        "GreenLoop Knit Co., Ltd.",
        CT,
        MID,
        "Chonburi",
        "hello@greenloopknit.example.com",
        [
            offer("Fluorescent yellow tricot from recycled PET, 120 gsm", "fluorescent_knit_fabric"),
            offer("Hi-vis orange birdseye mesh, rPET", "fluorescent_mesh_fabric"),
        ],
        [need("rPET filament yarn for knitting, must be GRS certified", "recycled_polyester_yarn", requires=("GRS",))],
        certs=("GRS", OEKO),
        bcg=("circular",),
    ),
    sme(
        23,
        "en",
        "Bright-Line Reflective Industries Co., Ltd.",
        SP,
        MID,
        "Samut Prakan",
        "sales@brightline.example.com",
        [
            offer("Retroreflective fabric tape 50 mm, silver, TC backing, sew-on", "reflective_tape_sewon"),
            offer("Segmented heat-transfer reflective film for stretch garments", "reflective_heat_transfer_film"),
            offer("Reflective tape off-cuts and B-grade rolls, sold by kg", "reflective_tape_offcuts"),
        ],
        [
            need("High-index glass beads, RI 1.9", "glass_beads"),
            need("White poly-cotton cloth for tape backing, 45 in", "tc_fabric"),
        ],
        certs=("ISO 9001", OEKO),
    ),
    sme(
        24,
        "th",
        "ร้านแถบสะท้อนแสงสำเพ็ง",
        SP,
        MID,
        "Bangkok",
        "sampeng.reflect@example.co.th",
        [
            offer("แถบสะท้อนแสงเย็บติด สีเงิน 2 นิ้ว ม้วน 100 หลา", "reflective_tape_sewon"),
            offer("กุ๊นสะท้อนแสงเข้าขอบเสื้อ 3 มิล", "reflective_piping"),
        ],
        [],
    ),
    sme(
        25,
        "en",
        "Metro Reflective Supply Co.",
        SP,
        MID,
        "Bangkok",
        "orders@metroreflective.example.com",
        [
            offer("3M Scotchlite 8906 silver fabric trim, 5 cm, authorised dealer", "reflective_tape_sewon"),
            offer("3M Scotchlite 8935 flame-resistant trim for FR coveralls", "fr_reflective_tape"),
        ],
        [],
    ),
    sme(
        26,
        "th",
        "ร้านอุปกรณ์ตัดเย็บพาหุรัด",
        SP,
        MID,
        "Bangkok",
        "pahurat.trims@example.co.th",
        [
            offer("ตีนตุ๊กแก หนามเตย ม้วน 25 เมตร", "velcro_tape"),
            offer("ซิปไนลอนเบอร์ 5 สำหรับแจ็คเก็ต", "nylon_zipper"),
            offer("สายเทปทอไนลอน 1 นิ้ว สายกระเป๋า", "webbing"),
        ],
        [],
    ),
    sme(
        27,
        "th",
        "บริษัท ด้ายรีไซเคิลไทย จำกัด",
        CT,
        MID,
        "Samut Sakhon",
        "thai.recyclethread@example.co.th",
        [offer("ด้ายเย็บผ้าโพลีเอสเตอร์รีไซเคิล 40/2 หลอดละ 5,000 เมตร", "sewing_thread")],
        [need("ใยโพลีเอสเตอร์รีไซเคิลชนิดตัดสั้น สำหรับปั่นด้าย", "recycled_polyester_fibre")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        28,
        "en",
        "FlameGuard Textile Finishing Co.",
        SP,
        MID,
        "Rayong",
        "tech@flameguard.example.com",
        [
            offer(
                "Flame-retardant treatment of customers' cotton fabric, durable to 50 washes", "fr_finishing_service"
            ),
            offer("FR cotton twill 300 gsm, navy, EN ISO 11612", "fr_cotton_fabric"),
        ],
        [need("Loom-state heavy twill, all cotton, 280-320 gsm", "greige_cotton_fabric")],
        certs=("ISO 9001", OEKO),
    ),
    sme(
        29,
        "en",
        "Aramid Solutions (Thailand) Co., Ltd.",
        SP,
        MID,
        "Chonburi",
        "sales@aramidsolutions.example.com",
        [
            offer("Meta-aramid fabric, Nomex IIIA type, 200 gsm, royal blue", "aramid_fabric"),
            offer("Aramid sewing thread Tex 40, flame resistant", "aramid_sewing_thread"),
        ],
        [],
    ),
    sme(
        30,
        "th",
        "บริษัท ฮีทชิลด์ไทย จำกัด",
        SP,
        MID,
        "Chonburi",
        "heatshield.thai@example.co.th",
        [
            offer("ผ้าเคลือบอลูมิเนียม สะท้อนความร้อน สำหรับชุดงานเตาหลอม", "aluminized_fabric"),
            offer("ผ้าห่มกันสะเก็ดไฟงานเชื่อม ใยแก้ว ขนาด 1x2 เมตร", "welding_blanket"),
        ],
        [unmet("ผ้าใยแก้วทอเปล่า ยังไม่เคลือบ", "no one offers plain woven fibreglass")],
    ),
]

# ------------------------------------------------------------------ SMEs 31-60: services, trims, garment makers

PART_2 = [
    sme(
        31,
        "th",
        "โรงงานตัดเย็บโคราชการ์เมนต์",
        SP,
        MID,
        "Korat",
        "korat.garment@example.co.th",
        [
            offer("รับจ้างเย็บชุดยูนิฟอร์ม ลูกค้าส่งผ้ามาเอง คิดค่าแรงต่อตัว", "garment_sewing_service"),
            offer("เศษผ้าคอตตอน 100% จากการตัดชุดหมี ชั่งกิโล", "cotton_cutting_waste"),
        ],
        [
            unmet("จักรเย็บอุตสาหกรรมมือสอง", "machinery; no one offers it"),
            need("ด้ายเย็บสีกรม สีดำ ยกลัง", "sewing_thread"),
        ],
    ),
    sme(
        32,
        "en",
        "Udon Stitch Partners Co., Ltd.",
        AI,
        MID,
        "Udon Thani",
        "cmt@udonstitch.example.com",
        [
            offer("CMT sewing on your fabric, 5,000 pcs/month, workwear and vests", "garment_sewing_service"),
            offer("We sew reflective bands onto uniforms you already own", "reflective_tape_application_service"),
        ],
        [need("Spun poly thread, dark shades, cones", "sewing_thread")],
        certs=("SA8000",),
    ),
    sme(
        33,
        "th",
        "ร้านสกรีนเสื้อบางบอน",
        SP,
        MID,
        "Bangkok",
        "bangbon.screen@example.co.th",
        [
            offer("สกรีนโลโก้บริษัทลงเสื้อกั๊กจราจรของลูกค้า ขั้นต่ำ 50 ตัว", "garment_printing_service"),
            offer("ปักชื่อ ปักโลโก้ บนเสื้อช็อป", "embroidery_service"),
        ],
        [],
    ),
    sme(
        34,
        "th",
        "กลุ่มทอผ้ากัญชงแม่แจ่ม",
        HF,
        MID,
        "Chiang Mai",
        "maechaem.hemp@example.co.th",
        [offer("ผ้าใยกัญชงทอมือ หน้ากว้าง 40 ซม. สีธรรมชาติ", "hemp_fabric")],
        [
            need("เส้นใยกัญชงที่ปั่นเป็นเส้นแล้ว", "handspun_hemp_yarn", "hemp_yarn"),
            need("อยากส่งผ้ากัญชงของกลุ่มไปย้อมครามธรรมชาติ", "indigo_dyeing_service"),
        ],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        35,
        "en",
        "Lanna Hemp Canvas Works",
        HF,
        MID,
        "Chiang Rai",
        "studio@lannahempcanvas.example.com",
        [offer("Hemp canvas 12 oz, 150 cm wide, natural or waxed", "hemp_canvas")],
        [need("Spun hemp, Nm 8-14, on cones", "hemp_yarn")],
        bcg=("bio",),
    ),
    sme(
        36,
        "th",
        "กลุ่มย้อมครามบ้านพังขว้าง",
        AI,
        MID,
        "Sakon Nakhon",
        "phangkhwang.indigo@example.co.th",
        [
            offer("รับย้อมครามธรรมชาติ ผ้าหรือเส้นด้ายที่ลูกค้าส่งมา", "indigo_dyeing_service"),
            offer("ผ้าฝ้ายทอมือย้อมคราม ลายมัดหมี่", "indigo_dyed_cotton_fabric"),
        ],
        [
            need("เส้นฝ้ายปั่นมือ สีธรรมชาติ สำหรับย้อมคราม", "handspun_cotton_yarn"),
            need("ครามหมักสำเร็จ ใช้ก่อหม้อ", "indigo_paste"),
        ],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        37,
        "en",
        "Thai Reflective Yarn Co., Ltd.",
        SP,
        MID,
        "Samut Prakan",
        "yarn@thaireflective.example.com",
        [offer("Reflective yarn 0.3 mm for jacquard and embroidery, 1 kg cones", "reflective_yarn")],
        [
            need(
                "Continuous polyester filament as a core, 75-150 denier",
                "polyester_filament_yarn",
                "recycled_polyester_yarn",
            )
        ],
    ),
    sme(
        38,
        "th",
        "บริษัท ไทยพีวีซีโค้ทติ้ง จำกัด",
        SP,
        MID,
        "Nonthaburi",
        "thaipvc.coating@example.co.th",
        [offer("ผ้าใบเคลือบ PVC กันน้ำ สีส้มสะท้อนแสง หนา 0.3 มม.", "pvc_coated_fabric")],
        [],
    ),
    sme(
        39,
        "th",
        "โรงฟอกหนังบางปู",
        SP,
        MID,
        "Samut Prakan",
        "bangpu.tannery@example.co.th",
        [offer("หนังวัวแยกชั้นฟอกโครม หนา 1.2-1.4 มม. สำหรับงานถุงมือ", "split_leather")],
        [],
        certs=("ISO 14001",),
    ),
    sme(
        40,
        "en",
        "Prime Trims & Webbing Co.",
        SP,
        MID,
        "Bangkok",
        "sales@primetrims.example.com",
        [
            offer("Hook-and-loop tape 25/50 mm, sew-on", "velcro_tape"),
            offer("Polypropylene webbing 38 mm for vest straps", "webbing"),
            offer("Woven elastic band 25 mm, black or white", "elastic_band"),
        ],
        [],
    ),
    sme(
        41,
        "th",
        "บริษัท เซฟตี้เวสท์ไทย จำกัด",
        SP,
        DOWN,
        "Bangkok",
        "safetyvest.thai@example.co.th",
        [
            offer("เสื้อกั๊กจราจรผ้าตาข่าย ติดแถบ 2 แถว ไซส์ฟรี", "hivis_vest"),
            offer("เศษผ้าตาข่ายสีสะท้อนแสงจากโต๊ะตัด", "synthetic_cutting_waste"),
        ],
        [
            need("ผ้าตาข่ายสีส้มนีออน", "fluorescent_mesh_fabric"),
            need("เทปรีเฟล็กซ์สีเงิน แบบเย็บติด", "reflective_tape_sewon"),
        ],
        certs=("มอก.",),
    ),
    sme(
        42,
        "en",
        "ReVest Recycled Safetywear Co.",
        CT,
        DOWN,
        "Samut Prakan",
        "team@revest.example.com",
        [
            offer("Hi-vis vest made from 100% recycled PET bottles, class 2", "hivis_vest"),
            offer("Reflective tote bags made from retired vests", "upcycled_bag"),
        ],
        [
            need(
                "Fluoro fabric, knit or mesh, GRS only",
                "fluorescent_knit_fabric",
                "fluorescent_mesh_fabric",
                requires=("GRS",),
            ),
            need("Silver retro-reflective trim, OEKO-TEX certified", "reflective_tape_sewon", requires=(OEKO,)),
            need("CMT partner to sew our vests from our own fabric", "garment_sewing_service"),
        ],
        certs=("GRS", "ISO 9001"),
        bcg=("circular",),
    ),
    sme(
        43,
        "th",
        "หจก. บางพลีเวิร์คแวร์",
        SP,
        DOWN,
        "Samut Prakan",
        "bangphli.workwear@example.co.th",
        [
            offer("เสื้อช็อปช่าง ผ้าโทเร ติดแถบสะท้อนแสง", "work_shirt"),
            offer("ชุดหมีช่างซ่อมบำรุง ผ้าเวสปอยท์", "coverall"),
            offer("กางเกงช่าง ผ้าทีซี 6 กระเป๋า", "work_trousers"),
        ],
        [
            need("ผ้าทีซีสีกรม ทำเสื้อช็อป", "tc_fabric"),
            unmet("ซิปทองเหลืองสำหรับชุดหมี", "only nylon zips are offered; a brass zip is a different thing"),
        ],
    ),
    sme(
        44,
        "en",
        "Petro-Safe Garments Co., Ltd.",
        SP,
        DOWN,
        "Rayong",
        "sales@petrosafe.example.com",
        [offer("FR coverall, Proban-type cotton, FR reflective bands", "fr_coverall")],
        [
            need("Flame-resistant woven fabric, cotton or aramid", "fr_cotton_fabric", "aramid_fabric"),
            need("Flame-retardant retro-reflective trim", "fr_reflective_tape"),
            need("Kevlar or Nomex thread for seams", "aramid_sewing_thread"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        45,
        "th",
        "ร้าน ช.ช่างกล เครื่องหนังงานเชื่อม",
        SP,
        DOWN,
        "Samut Prakan",
        "chor.changkon@example.co.th",
        [
            offer("เอี๊ยมหนังกันสะเก็ดไฟ ช่างเชื่อม ยาว 90 ซม.", "welding_apron"),
            offer("เสื้อหนังงานเชื่อม แขนยาว หนังแยกชั้น", "welding_jacket"),
            offer("ถุงมือหนังเชื่อมอาร์กอน TIG", "welding_gloves"),
        ],
        [
            need("หนังวัวสปลิท เกรดเอ", "split_leather"),
            need("ด้ายเคฟล่าเย็บหนัง", "aramid_sewing_thread"),
        ],
    ),
    sme(
        46,
        "th",
        "บริษัท เรนการ์ด จำกัด",
        SP,
        DOWN,
        "Nonthaburi",
        "rainguard@example.co.th",
        [
            offer("ชุดกันฝนตำรวจจราจร เสื้อและกางเกง สีส้มสะท้อนแสง", "hivis_raincoat"),
            offer("เสื้อกันฝนค้างคาว ผ้าร่ม", "raincoat"),
        ],
        [
            need("ผ้าใบพีวีซีสีนีออน", "pvc_coated_fabric"),
            need(
                "แถบสะท้อนแสงติดชุดกันฝน แบบเย็บหรือแบบรีดก็ได้",
                "reflective_tape_sewon",
                "reflective_heat_transfer_film",
            ),
        ],
    ),
    sme(
        47,
        "en",
        "Doi Run Gear Co.",
        SP,
        DOWN,
        "Chiang Mai",
        "hello@doirungear.example.com",
        [
            offer("Lightweight reflective running vest, adjustable", "reflective_sport_vest"),
            offer("Cycling jersey with reflective piping, quick-dry", "cycling_jersey"),
        ],
        [
            need("Reflective welt cord for seams", "reflective_piping"),
            need("Breathable poly mesh, black", "polyester_mesh_fabric"),
            need("Retro-reflective thread for logo embroidery", "reflective_yarn"),
        ],
    ),
    sme(
        48,
        "th",
        "วิสาหกิจชุมชนผู้สูงวัยบางบัวทอง",
        AC,
        DOWN,
        "Nonthaburi",
        "bangbuathong.elders@example.co.th",
        [
            offer("ปลอกแขนสะท้อนแสง สำหรับผู้สูงอายุเดินออกกำลังตอนเย็น", "reflective_armband"),
            offer("เสื้อกั๊กสะท้อนแสงน้ำหนักเบา ใส่เดินหรือปั่นจักรยาน", "reflective_sport_vest"),
        ],
        [
            need("ยางยืดแบน กว้างหนึ่งนิ้ว", "elastic_band"),
        ],
        certs=("OTOP",),
    ),
    sme(
        49,
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านหวายหลึม",
        AI,
        DOWN,
        "Roi Et",
        "wailuem.weavers@example.co.th",
        [
            offer("กระเป๋าผ้าฝ้ายทอมือย้อมคราม ติดแถบสะท้อนแสง", "handwoven_cotton_bag"),
            offer("ผ้าขาวม้าฝ้ายทอมือ ลายตาหมากรุก", "pha_khao_ma"),
        ],
        [
            need("ผ้าครามทอมือสำเร็จ ไม่ต้องย้อมเพิ่ม", "indigo_dyed_cotton_fabric"),
            need("ขอบสะท้อนแสงแบบเส้นกลม ใส่ตะเข็บกระเป๋า", "reflective_piping"),
        ],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        50,
        "en",
        "Nimman Hemp Workshop",
        HF,
        DOWN,
        "Chiang Mai",
        "workshop@nimmanhemp.example.com",
        [offer("Hemp canvas shop apron with tool pockets", "canvas_work_apron")],
        [
            need("Heavy hemp duck cloth", "hemp_canvas"),
            unmet(
                "Cotton webbing for neck straps", "only nylon and polypropylene webbing is offered", "cotton_webbing"
            ),
        ],
        bcg=("bio",),
    ),
    sme(
        51,
        "th",
        "รียูสเวสต์ สตูดิโอ",
        CT,
        DOWN,
        "Bangkok",
        "reusevest.studio@example.co.th",
        [offer("กระเป๋าเป้จากเสื้อจราจรเก่า ลายแถบสะท้อนแสง", "upcycled_bag")],
        [
            need("เสื้อกั๊กสะท้อนแสงที่ใช้แล้ว ปลดระวาง", "used_hivis_garments"),
            need("เศษเทปสะท้อนแสง ม้วนตกเกรด", "reflective_tape_offcuts"),
        ],
        bcg=("circular",),
    ),
    sme(
        52,
        "th",
        "โรงงานถุงมือผ้าสามพราน",
        SP,
        DOWN,
        "Nakhon Pathom",
        "sampran.gloves@example.co.th",
        [
            offer("ถุงมือผ้าทอ 7 ขีด ขอบเหลือง ยกโหล", "work_gloves"),
            offer("ถุงมือขาวจราจร ผ้าคอตตอน", "traffic_white_gloves"),
        ],
        [
            need(
                "ด้ายดิบเบอร์ 10 ด้ายรีไซเคิลก็ได้ ไม่ต้องมี GRS",
                "cotton_yarn",
                "recycled_cotton_yarn",
                waives=("GRS",),
            )
        ],
    ),
    sme(
        53,
        "en",
        "East Coast HiVis Apparel Co., Ltd.",
        SP,
        DOWN,
        "Chonburi",
        "sales@eastcoasthivis.example.com",
        [
            offer("Hi-vis polo, birdseye knit, class 2, fluoro yellow", "hivis_polo"),
            offer("Class 3 hi-vis jacket, waterproof 300D oxford", "hivis_jacket"),
        ],
        [
            need("Fluoro birdseye or pique knit fabric", "fluorescent_mesh_fabric", "fluorescent_knit_fabric"),
            need("Segmented heat-seal reflective", "reflective_heat_transfer_film"),
        ],
        certs=("ISO 9001", "Oeko-Tex 100"),
    ),
    sme(
        54,
        "th",
        "หจก. กู้ภัยยูนิฟอร์ม",
        AC,
        DOWN,
        "Bangkok",
        "kupai.uniform@example.co.th",
        [
            offer("แจ็คเก็ตกู้ภัยสีส้ม ติดแถบสะท้อนแสง ปักชื่อมูลนิธิ", "hivis_jacket"),
            offer("เสื้อกั๊ก อสม. สีฟ้า ปักโลโก้", "volunteer_vest"),
        ],
        [
            need("ผ้าทวิลสีส้มนีออน", "fluorescent_woven_fabric"),
            need("ซิปหน้าเสื้อแจ็คเก็ต ยาว 60 ซม.", "nylon_zipper"),
        ],
    ),
    sme(
        55,
        "en",
        "Isan Workwear Factory Co., Ltd.",
        AI,
        DOWN,
        "Khon Kaen",
        "factory@isanworkwear.example.com",
        [
            offer("Mechanic coveralls, cotton drill, two-way zip", "coverall"),
            offer("Work shirts, plain or with reflective bands, your logo", "work_shirt"),
            offer("Cotton drill offcuts from our cutting room, 1 t/month", "cotton_cutting_waste"),
        ],
        [need("Dyed workwear drill, all-cotton, dark colours", "cotton_twill_fabric")],
        certs=("ISO 9001",),
    ),
    sme(
        56,
        "th",
        "หาดใหญ่เซฟตี้ซัพพลาย",
        SP,
        DOWN,
        "Songkhla",
        "hatyai.safety@example.co.th",
        [
            offer("เสื้อโปโลสะท้อนแสง สีเขียวมะนาว คาดแถบเทา", "hivis_polo"),
            offer("เสื้อกั๊กช่างภาพ หลายกระเป๋า", "utility_pocket_vest"),
        ],
        [
            need(
                "ผ้าสีเหลืองสะท้อนแสง แบบผ้าเต็มผืน ไม่ใช่ตาข่าย",
                "fluorescent_knit_fabric",
                "fluorescent_woven_fabric",
            ),
            need("เทปสะท้อนแสง 3M หรือเทียบเท่า แบบเย็บ", "reflective_tape_sewon"),
        ],
    ),
    sme(
        57,
        "en",
        "RoadSafe Garment Manufacturing Co.",
        SP,
        DOWN,
        "Pathum Thani",
        "factory@roadsafegarment.example.com",
        [
            offer("Traffic vests, knitted mesh, two reflective bands, bulk", "hivis_vest"),
        ],
        [
            need("Neon-orange knitted net fabric", "fluorescent_mesh_fabric"),
            need("Printing of logos on vests we send you", "garment_printing_service"),
        ],
        certs=("ISO 9001:2015", "TIS"),
    ),
    sme(
        58,
        "en",
        "SilverStep Senior Wear Co.",
        AC,
        DOWN,
        "Bangkok",
        "care@silverstep.example.com",
        [offer("Reflective wrist and ankle bands for seniors, hook-and-loop closure", "reflective_armband")],
        [
            need(
                "Skin-friendly iron-on reflective, OEKO-TEX required",
                "reflective_heat_transfer_film",
                requires=(OEKO,),
            ),
        ],
        certs=(OEKO,),
    ),
    sme(
        59,
        "th",
        "โรงงานเย็บชุดหมีกันไฟอุดร",
        AI,
        DOWN,
        "Udon",
        "udon.frcoverall@example.co.th",
        [offer("ชุดหมีกันไฟ ผ้าฝ้ายชุบสารหน่วงไฟ", "fr_coverall")],
        [
            need("ผ้าคอตตอนทนไฟ สำเร็จรูป", "fr_cotton_fabric"),
            need("บริการเคลือบสารหน่วงไฟบนผ้าที่เราส่งไป", "fr_finishing_service"),
        ],
    ),
    sme(
        60,
        "th",
        "ร้านผ้าเมืองแพร่",
        HF,
        DOWN,
        "Phrae",
        "phrae.textile@example.co.th",
        [
            offer("กระเป๋าคาดเอวผ้ากัญชง ติดแถบสะท้อนแสง", "hemp_bag"),
            offer("เสื้อม่อฮ่อมย้อมห้อม", "mohom_shirt"),
        ],
        [
            need("ผ้ากัญชงเนื้อบาง ม้วนละ 20 เมตร", "hemp_fabric"),
            unmet(
                "เทปเรืองแสงในที่มืด ไม่ต้องใช้ไฟส่อง",
                "glow-in-the-dark tape is not retroreflective tape and no one offers it",
                "glow_in_dark_tape",
            ),
        ],
        bcg=("bio",),
    ),
]

# ------------------------------------------------------------------ SMEs 61-95: buyers, and a few more suppliers

PART_3 = [
    sme(
        61,
        "th",
        "บริษัท ขอนแก่นก่อสร้างทาง จำกัด",
        AI,
        DOWN,
        "Khon Kaen",
        "kk.roadworks@example.co.th",
        [],
        [
            need("เสื้อกั๊กสะท้อนแสงคนงานคุมจราจร 500 ตัว พิมพ์ชื่อบริษัทด้านหลัง", "hivis_vest"),
            unmet("กรวยยางจราจรและธงโบกรถ", "road cones and flags are not offered"),
        ],
    ),
    sme(
        62,
        "en",
        "Korat Highway Contractors Ltd.",
        SP,
        DOWN,
        "Nakhon Ratchasima",
        "procurement@korathighway.example.com",
        [],
        [
            need("Class 2 safety vests, TIS approved", "hivis_vest", requires=(TIS,)),
            need("Long-sleeve hi-vis shirts for paving crews, hot weather", "hivis_polo"),
        ],
    ),
    sme(
        63,
        "th",
        "บริษัท รุ่งเรืองธนาคอนสตรัคชั่น จำกัด",
        SP,
        DOWN,
        "Bangkok",
        "rungruang.construction@example.co.th",
        [],
        [
            need("ชุดหมีคนงาน ผ้าธรรมดา ไม่ต้องกันไฟ", "coverall"),
            need("กางเกงคาร์โก้ใส่ทำงานไซต์ก่อสร้าง", "work_trousers"),
            unmet("หมวกนิรภัยสีขาว มีตรา มอก.", "hard hats are not offered", requires=(TIS,)),
        ],
    ),
    sme(
        64,
        "en",
        "Andaman Builders Co., Ltd.",
        SP,
        DOWN,
        "Phuket",
        "site@andamanbuilders.example.com",
        [],
        [
            need("Breathable hi-vis tees for site staff, 200 pcs, must carry OEKO-TEX", "hivis_polo", requires=(OEKO,)),
            unmet("Full-body safety harness", "fall-arrest harnesses are not offered"),
        ],
    ),
    sme(
        65,
        "th",
        "บริษัท มาบตาพุดเมนเทนแนนซ์ เซอร์วิส จำกัด",
        SP,
        DOWN,
        "Rayong",
        "maptaphut.maint@example.co.th",
        [offer("ชุดหมีเก่าปลดระวาง ผ้าคอตตอน", "used_workwear")],
        [
            need("ชุดหมีกันไฟ ผู้ผลิตต้องได้ ISO 9001", "fr_coverall", requires=("ISO 9001",)),
            unmet(
                "ชุดกันความร้อนอลูมิไนซ์ สำหรับงานหน้าเตา",
                "only aluminised cloth is offered, not finished proximity suits",
                "aluminized_suit",
            ),
        ],
    ),
    sme(
        66,
        "en",
        "Sriracha Steel Fabrication Co.",
        SP,
        DOWN,
        "Chonburi",
        "buyer@srirachasteel.example.com",
        [],
        [
            need("Leather bib aprons for welders", "welding_apron"),
            need("Spark curtains or welding blankets", "welding_blanket"),
            need("Welders' gauntlets, split cowhide", "welding_gloves"),
        ],
    ),
    sme(
        67,
        "en",
        "Laem Chabang Terminal Services Co.",
        SP,
        DOWN,
        "Chonburi",
        "hse@lcbterminal.example.com",
        [],
        [
            need("Rain suits in fluorescent orange for quay crews", "hivis_raincoat"),
            need(
                "Class 3 hi-vis parkas; ISO 14001 supplier preferred but not required",
                "hivis_jacket",
                waives=("ISO 14001",),
            ),
        ],
    ),
    sme(
        68,
        "th",
        "บริษัท สงขลาพอร์ตโลจิสติกส์ จำกัด",
        SP,
        DOWN,
        "Songkhla",
        "songkhla.port@example.co.th",
        [],
        [
            need("เสื้อกั๊กสะท้อนแสงพนักงานลานตู้คอนเทนเนอร์", "hivis_vest"),
            unmet("เสื้อชูชีพสำหรับคนงานท่าเรือ", "life jackets are not offered"),
        ],
    ),
    sme(
        69,
        "th",
        "สถานีตำรวจภูธรเมืองเชียงใหม่ งานจราจร",
        SP,
        DOWN,
        "Chiang Mai",
        "cm.traffic@example.go.th",
        [],
        [
            need("ถุงมือสีขาวสำหรับตำรวจโบกรถ", "traffic_white_gloves"),
            need("ชุดกันฝนจราจรสีส้ม", "hivis_raincoat"),
            need("สายรัดแขนสะท้อนแสง", "reflective_armband"),
        ],
    ),
    sme(
        70,
        "en",
        "Pattaya Traffic Volunteers Association",
        SP,
        DOWN,
        "Chonburi",
        "volunteers@pattayatraffic.example.org",
        [],
        [
            need("Reflective sleeves or arm bands for night duty", "reflective_armband"),
            unmet("LED light batons", "light batons are not offered"),
        ],
    ),
    sme(
        71,
        "th",
        "บริษัท อุดรคลีนนิ่งเซอร์วิส จำกัด",
        AI,
        DOWN,
        "Udon Thani",
        "udon.cleaning@example.co.th",
        [offer("เสื้อกั๊กสะท้อนแสงเก่า ปลดระวางปีละ 400 ตัว", "used_hivis_garments")],
        [need("เสื้อกั๊กสีส้มให้พนักงานกวาดถนน ไม่ต้องมี มอก. ก็ได้", "hivis_vest", waives=(TIS,))],
    ),
    sme(
        72,
        "en",
        "Expressway Facility Services Co., Ltd.",
        CT,
        DOWN,
        "Bangkok",
        "facilities@expresswayfs.example.com",
        [offer("Retired hi-vis jackets and vests from toll staff", "used_hivis_garments")],
        [
            unmet(
                "Recycled-content hi-vis jackets, GRS required",
                "no GRS-certified supplier offers hi-vis jackets",
                "hivis_jacket",
                requires=("GRS",),
            ),
        ],
    ),
    sme(
        73,
        "en",
        "Suvarnabhumi Ramp Services Co.",
        SP,
        DOWN,
        "Samut Prakan",
        "purchasing@svbramp.example.com",
        [offer("Used ramp-staff uniforms for recycling", "used_workwear")],
        [
            need(
                "Hi-vis waterproof jackets for ramp staff, ISO 9001 certified maker",
                "hivis_jacket",
                requires=("ISO 9001",),
            )
        ],
    ),
    sme(
        74,
        "th",
        "บริษัท น้ำตาลกุมภวาปี จำกัด",
        AI,
        DOWN,
        "Udon Thani",
        "kumphawapi.sugar@example.co.th",
        [],
        [
            need("ถุงมือผ้าให้คนงานลานอ้อย ยกลัง", "work_gloves"),
            need("ผ้าเช็ดเครื่องจักร ผ้าเช็ดน้ำมัน", "industrial_wiping_rags"),
        ],
    ),
    sme(
        75,
        "en",
        "Golden Years Care Residence",
        AC,
        DOWN,
        "Nonthaburi",
        "office@goldenyearscare.example.com",
        [],
        [
            need(
                "Soft reflective vests for residents' evening walks, not the construction type", "reflective_sport_vest"
            ),
            need("Reflective wrist bands, OEKO-TEX certified", "reflective_armband", requires=(OEKO,)),
        ],
    ),
    sme(
        76,
        "th",
        "มูลนิธิกู้ภัยร่วมใจ",
        AC,
        DOWN,
        "Bangkok",
        "ruamjai.rescue@example.or.th",
        [],
        [
            need("เสื้อแจ็คเก็ตอาสาเวรกลางคืน สีส้มเรืองแสง มีแถบสะท้อน", "hivis_jacket"),
            need("เสื้อกันฝนสำหรับอาสากู้ภัย สีส้ม", "hivis_raincoat"),
        ],
    ),
    sme(
        77,
        "th",
        "โรงพยาบาลศรีจันทร์การแพทย์",
        AI,
        DOWN,
        "Khon Kaen",
        "srichan.hospital@example.co.th",
        [offer("ผ้าปูเตียงผ้าฝ้ายเก่า ปลดจากหอผู้ป่วย", "used_linen")],
        [
            need("ชุดออกเหตุกู้ชีพ EMS แจ็คเก็ตหรือเสื้อกั๊กสะท้อนแสง", "hivis_jacket", "hivis_vest"),
            need("เสื้อกั๊กให้อาสาสมัครสาธารณสุขประจำหมู่บ้าน", "volunteer_vest"),
        ],
    ),
    sme(
        78,
        "en",
        "Eastern Auto Parts (Thailand) Co., Ltd.",
        CT,
        DOWN,
        "Rayong",
        "ga@easternautoparts.example.com",
        [offer("Used operator uniforms, poly-cotton, 2 t a year", "used_workwear")],
        [
            unmet(
                "Lint-free microfibre wipers for the paint shop, no recycled rags",
                "no one offers lint-free microfibre wipers; rags are refused",
                "microfibre_wipers",
            ),
            need("Work shirts with company logo embroidery", "work_shirt"),
        ],
    ),
    sme(
        79,
        "th",
        "บริษัท มหาชัยซีฟู้ดแช่แข็ง จำกัด",
        SP,
        DOWN,
        "Pattani",
        "pattani.seafood@example.co.th",
        [],
        [
            need("เสื้อกั๊กสะท้อนแสงจากขวดรีไซเคิล ต้องมีใบรับรอง GRS", "hivis_vest", requires=("GRS",)),
            unmet("เสื้อกันหนาวสำหรับห้องเย็น ลบ 25 องศา", "cold-store freezer jackets are not offered"),
        ],
    ),
    sme(
        80,
        "th",
        "สหกรณ์กองทุนสวนยางบ้านนาสาร",
        SP,
        DOWN,
        "Surat Thani",
        "nasan.rubber@example.co.th",
        [offer("ยางแผ่นรมควัน ชั้น 3", "rubber_sheet")],
        [
            need("ปลอกแขนหรือสายคาดสะท้อนแสง ใส่ตอนกรีดยางตีสอง", "reflective_armband"),
            unmet("ไฟฉายคาดหัวกรีดยาง", "headlamps are not offered"),
        ],
    ),
    sme(
        81,
        "en",
        "Ubon Rice Mill Co., Ltd.",
        AI,
        DOWN,
        "Ubon",
        "mill@ubonrice.example.com",
        [],
        [need("Coveralls for mill workers, plain cotton drill, OEKO-TEX not required", "coverall", waives=(OEKO,))],
    ),
    sme(
        82,
        "th",
        "ร้านผ้าพื้นเมืองท่าแพ",
        HF,
        DOWN,
        "Chiang Mai",
        "thaphae.textile@example.co.th",
        [],
        [
            need("กระเป๋าผ้าทอมือ ย้อมสีธรรมชาติ ไม่เอาสีเคมี", "handwoven_cotton_bag"),
            need("ผ้าลินินกัญชงแบบชาวเขา เป็นผืน ไว้ขายนักท่องเที่ยว", "hemp_fabric"),
            need("ของที่ระลึกทำจากวัสดุเหลือใช้ เช่น กระเป๋ารีไซเคิล", "upcycled_bag"),
        ],
    ),
    sme(
        83,
        "en",
        "Craft Coffee Supply Co.",
        HF,
        DOWN,
        "Bangkok",
        "shop@craftcoffeesupply.example.com",
        [],
        [need("Heavy-duty barista aprons, hemp or canvas", "canvas_work_apron")],
    ),
    sme(
        84,
        "th",
        "บริษัท ระยองการ์ด ซีเคียวริตี้ จำกัด",
        SP,
        DOWN,
        "Rayong",
        "rayong.guard@example.co.th",
        [],
        [
            need(
                "มีเสื้อยามเดิมอยู่ 300 ตัว อยากหาคนรับเย็บแถบสะท้อนแสงเพิ่ม",
                "reflective_tape_application_service",
            ),
            need("สกรีนคำว่า รปภ. ตัวใหญ่ด้านหลังเสื้อยาม", "garment_printing_service"),
        ],
    ),
    sme(
        85,
        "en",
        "Metro Line Maintenance Co., Ltd.",
        SP,
        DOWN,
        "Bangkok",
        "stores@metroline.example.com",
        [],
        [
            need("Orange FR coveralls, ISO 9001 supplier", "fr_coverall", requires=("ISO 9001",)),
            need(
                "Can someone dye 2,000 m of our own polyester fluorescent orange? bluesign dyehouse only",
                "fabric_dyeing_service",
                requires=("bluesign",),
            ),
        ],
    ),
    sme(
        86,
        "th",
        "บริษัท นวนครอิเล็กทรอนิกส์ จำกัด",
        SP,
        DOWN,
        "Pathum Thani",
        "navanakorn.elec@example.co.th",
        [],
        [
            need("ชุดหมีช่างไฟ ไม่ต้องมี ISO 9001 ขอราคาดี", "coverall", "fr_coverall", waives=("ISO 9001",)),
        ],
    ),
    sme(
        87,
        "en",
        "Second Shift Upcycling Studio",
        CT,
        DOWN,
        "Bangkok",
        "studio@secondshift.example.com",
        [offer("Laptop sleeves from retired reflective vests", "upcycled_bag")],
        [
            need("Leftover retro-reflective trim, any length", "reflective_tape_offcuts"),
        ],
        bcg=("circular",),
    ),
    sme(
        88,
        "th",
        "โรงปั่นด้ายรีไซเคิลนครชัยศรี",
        CT,
        UP,
        "Nakhon Pathom",
        "nakhonchaisi.yarn@example.co.th",
        [offer("ด้ายโอเอรีไซเคิลจากเศษผ้ายีนส์ เบอร์ 8", "recycled_cotton_yarn")],
        [need("ใยคอตตอนรีไซเคิล สำหรับปั่นด้ายโอเอ", "recycled_cotton_fibre")],
        bcg=("circular",),
    ),
    sme(
        89,
        "en",
        "Om Noi TC Weavers Co., Ltd.",
        SP,
        MID,
        "Samut Sakhon",
        "sales@omnoitc.example.com",
        [
            offer("Polyester/cotton 65/35 gabardine, dyed, 150 cm", "tc_fabric"),
            offer("Fluorescent orange TC twill for EN ISO 20471 garments", "fluorescent_woven_fabric"),
        ],
        [need("Blended PC yarn 45s", "tc_yarn")],
    ),
    sme(
        90,
        "th",
        "ร้านเฟล็กซ์รีดร้อนประตูน้ำ",
        SP,
        MID,
        "Bangkok",
        "pratunam.flex@example.co.th",
        [
            offer("เฟล็กซ์สะท้อนแสงตัดสติกเกอร์ รีดเสื้อ แผ่น A4", "reflective_heat_transfer_film"),
            offer("รับรีดเบอร์ รีดโลโก้ลงเสื้อลูกค้า", "garment_printing_service"),
        ],
        [],
    ),
    sme(
        91,
        "en",
        "Buriram Cotton Growers Group",
        AI,
        UP,
        "Buriram",
        "growers@buriramcotton.example.com",
        [offer("Seed cotton and ginned lint, rain-fed, Isan", "cotton_fibre")],
        [
            unmet(
                "Organic cotton seed, Organic Thailand certified",
                "no one offers cotton seed",
                requires=("Organic Thailand",),
            )
        ],
        bcg=("bio",),
    ),
    sme(
        92,
        "th",
        "ชมรมผู้สูงอายุบ้านสิงห์",
        AI,
        DOWN,
        "Yasothon",
        "bansing.elders@example.co.th",
        [offer("ผ้าขาวม้าทอมือฝีมือผู้สูงอายุ", "pha_khao_ma")],
        [
            need("อยากได้ของสวมแขนให้รถมองเห็นผู้สูงอายุตอนเดินไปวัดเช้ามืด", "reflective_armband"),
            need("ผ้าฝ้ายย้อมคราม ไว้ตัดเสื้อใส่ไปงานบุญ", "indigo_dyed_cotton_fabric"),
        ],
    ),
    sme(
        93,
        "en",
        "Hua Hin Wellness Spa Co.",
        AC,
        DOWN,
        "Prachuap Khiri Khan",
        "spa@huahinwellness.example.com",
        [],
        [
            need(
                "Handwoven pha khao ma for spa wraps, Fair Trade welcome but not required",
                "pha_khao_ma",
                waives=("Fairtrade",),
            )
        ],
    ),
    sme(
        94,
        "th",
        "บริษัท อมตะออโต้พาร์ท จำกัด",
        SP,
        DOWN,
        "Chonburi",
        "amata.autopart@example.co.th",
        [],
        [
            need("เสื้อช่างแขนยาวมีแถบรีเฟล็กซ์ สำหรับพนักงานไลน์ผลิต", "work_shirt"),
            need("ปักชื่อพนักงานบนเสื้อที่บริษัทมีอยู่แล้ว", "embroidery_service"),
        ],
    ),
    sme(
        95,
        "en",
        "Bangkok Sunrise Senior Cyclists Club",
        AC,
        DOWN,
        "Bangkok",
        "club@sunrisecyclists.example.org",
        [],
        [
            need("Club jerseys with reflective details, 80 pcs", "cycling_jersey"),
        ],
    ),
]

SMES: list[Sme] = [*PART_1, *PART_2, *PART_3]

# ------------------------------------------------------------------ checks

ID_RE = re.compile(r"^bhv-\d{3}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z]")
CERT_NAMES = {c.name for c in CERTIFICATIONS}


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _mention(phrase: str, flags: int) -> re.Pattern[str]:
    tokens = [token for token in re.split(r"[\s\-.]+", _nfkc(phrase)) if token]
    body = r"[\s\-.]*".join(re.escape(token) for token in tokens)
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", flags)


CERT_MENTIONS = {
    c.name: [_mention(m, re.IGNORECASE) for m in c.mentions]
    + [_mention(m, 0) for m in c.case_sensitive_mentions]
    + [re.compile(_nfkc(p)) for p in c.patterns]
    for c in CERTIFICATIONS
}


def named_certifications(text: str) -> set[str]:
    """Certifications a text names at all, claimed, asked for or waived."""
    text = _nfkc(text)
    return {name for name, patterns in CERT_MENTIONS.items() if any(p.search(text) for p in patterns)}


def text_problem(text: str, lang: str) -> str | None:
    if not text.strip() or text != text.strip() or "  " in text:
        return "empty or badly spaced"
    if lang == "en":
        if THAI_CHAR.search(text) or not text.isascii():
            return "English text with non-Latin characters"
        return None
    thai = len(THAI_CHAR.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    if thai < 3 * latin or thai < 4:
        return "Thai text that is not mostly Thai letters"
    return None


def canonical_certs(s: Sme) -> set[str]:
    return {resolve_certification(c) or c for c in s.certifications}


def qualified_suppliers(n: Need, buyer: Sme, smes: list[Sme]) -> list[str]:
    wanted = set(n.labels)
    return [
        s.id
        for s in smes
        if s.id != buyer.id and any(o.label in wanted for o in s.offers) and set(n.requires) <= canonical_certs(s)
    ]


def check(smes: list[Sme], final: bool) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if final and ids != [f"bhv-{i:03d}" for i in range(1, 96)]:
        errors.append("ids are not bhv-001 ... bhv-095 in order")
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for o in s.offers:
            offered_by.setdefault(o.label, set()).add(s.id)
    for s in smes:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: malformed id")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub_cluster not in {v.value for v in SubCluster}:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in {v.value for v in Stage}:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        for tag in s.bcg:
            if tag not in {v.value for v in BcgTag}:
                errors.append(f"{where}: bcg tag {tag!r}")
        if len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: repeated bcg tag")
        for c in s.certifications:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        if len(canonical_certs(s)) != len(s.certifications):
            errors.append(f"{where}: repeated certification")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            errors.append(f"{where}: {len(s.offers)} offers and {len(s.needs)} needs")
        problem = text_problem(s.name, s.lang)
        if problem:
            errors.append(f"{where}: name: {problem}")
        for o in s.offers:
            problem = text_problem(o.text, s.lang)
            if problem:
                errors.append(f"{where}: offer {o.text!r}: {problem}")
            if not re.fullmatch(r"[a-z][a-z0-9_]*", o.label):
                errors.append(f"{where}: offer label {o.label!r}")
            extra = named_certifications(o.text) - canonical_certs(s)
            if extra:
                errors.append(f"{where}: offer {o.text!r} names {sorted(extra)} the SME does not hold")
        for n in s.needs:
            problem = text_problem(n.text, s.lang)
            if problem:
                errors.append(f"{where}: need {n.text!r}: {problem}")
            for c in (*n.requires, *n.waives):
                if c not in CERT_NAMES:
                    errors.append(f"{where}: need {n.text!r}: unknown certification {c!r}")
            if set(n.requires) & set(n.waives):
                errors.append(f"{where}: need {n.text!r} both requires and waives a certification")
            named = named_certifications(n.text)
            if named != set(n.requires) | set(n.waives):
                errors.append(
                    f"{where}: need {n.text!r} names {sorted(named)} but requires {n.requires} waives {n.waives}"
                )
            qualified = qualified_suppliers(n, s, smes)
            if n.unmet:
                if qualified:
                    errors.append(f"{where}: need {n.text!r} marked unmet but {qualified} qualify")
            else:
                if not n.labels:
                    errors.append(f"{where}: need {n.text!r} lists no labels")
                for label in n.labels:
                    if not offered_by.get(label, set()) - {s.id}:
                        errors.append(f"{where}: need {n.text!r}: label {label!r} offered by no one else")
                if not qualified:
                    errors.append(f"{where}: need {n.text!r} has no qualified supplier")
    return errors


# ------------------------------------------------------------------ links and counts


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for n in buyer.needs:
            if not n.unmet:
                links.update((supplier, buyer.id) for supplier in qualified_suppliers(n, buyer, smes))
    return sorted(links)


def share(part: int, whole: int) -> str:
    return f"{part} ({100 * part / whole:.0f} %)" if whole else str(part)


def counts(smes: list[Sme], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    needs = [(s, n) for s in smes for n in s.needs]
    met = [(s, n) for s, n in needs if not n.unmet]
    th = sum(s.lang == "th" for s in smes)
    th_en = sum(by_id[a].lang == "th" and by_id[b].lang == "en" for a, b in links)
    en_th = sum(by_id[a].lang == "en" and by_id[b].lang == "th" for a, b in links)
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    provinces = {resolve_province(s.province).name_en for s in smes}  # type: ignore[union-attr]
    suppliers_per_need = Counter(min(len(qualified_suppliers(n, s, smes)), 4) for s, n in met)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai / English profiles", f"{th} / {len(smes) - th}"),
    ]
    rows += [(f"sub-cluster `{v.value}`", str(sum(s.sub_cluster == v.value for s in smes))) for v in SubCluster]
    rows += [(f"stage `{v.value}`", str(sum(s.stage == v.value for s in smes))) for v in Stage]
    rows += [(f"region `{name}`", str(regions[name])) for name in sorted(regions)]
    rows += [
        ("distinct provinces", str(len(provinces))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len({o.label for s in smes for o in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        (
            "met needs with 1 / 2 / 3 / 4+ qualified suppliers",
            " / ".join(str(suppliers_per_need[k]) for k in (1, 2, 3, 4)),
        ),
        ("needs requiring a certification", str(sum(bool(n.requires) for _, n in needs))),
        ("needs waiving a certification", str(sum(bool(n.waives) for _, n in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links", share(th_en + en_th, len(links))),
        ("within-language links", share(len(links) - th_en - en_th, len(links))),
        (
            "links between different sub-clusters",
            share(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links), len(links)),
        ),
    ]
    return rows


def target_errors(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    by_id = {s.id: s for s in smes}
    th = sum(s.lang == "th" for s in smes)
    if len(smes) != 95:
        errors.append(f"{len(smes)} profiles, not 95")
    if not 0.50 <= th / len(smes) <= 0.60:
        errors.append(f"Thai share {th}/{len(smes)} is not about 55 %")
    if not 160 <= len(links) <= 180:
        errors.append(f"{len(links)} true links, not 160-180")
    cross = sum(by_id[a].lang != by_id[b].lang for a, b in links)
    if links and not 0.40 <= cross / len(links) <= 0.60:
        errors.append(f"cross-language links {cross}/{len(links)} are not about half")
    unmet_needs = sum(bool(n.unmet) for s in smes for n in s.needs)
    if not 17 <= unmet_needs <= 23:
        errors.append(f"{unmet_needs} needs met by no one, not about 20")
    met = [(s, n) for s in smes for n in s.needs if not n.unmet]
    few = sum(1 <= len(qualified_suppliers(n, s, smes)) <= 3 for s, n in met)
    if met and few / len(met) < 0.75:
        errors.append(f"only {few}/{len(met)} met needs have 1-3 qualified suppliers")
    for value in (*SubCluster, *Stage):
        if not any(value.value in (s.sub_cluster, s.stage) for s in smes):
            errors.append(f"no profile with {value.value}")
    return errors


# ------------------------------------------------------------------ output


def profile(s: Sme) -> dict[str, object]:
    row: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [o.text for o in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certifications:
        row["certifications"] = list(s.certifications)
    if s.bcg:
        row["bcg"] = list(s.bcg)
    row["contact_email"] = s.email
    row["language"] = s.lang
    return row


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# `eval/blind_plain_hivis/`: hand-labelled matchmaking set, hi-vis and reflective workwear

## What it checks

How well the partner matcher finds the true supplier-buyer pairs among 95 SME registry entries whose
wording it has never seen. The theme is hi-vis and reflective workwear: reflective tape and piping,
heat-transfer reflective film, fluorescent mesh and tricot, hi-vis vests, jackets, polos and rain suits,
coveralls and FR coveralls, welding aprons, jackets, gloves and blankets, bought by road contractors,
construction firms, factories, ports, traffic police, rescue foundations and care homes; plus the
ordinary upstream and midstream suppliers of the cluster (hemp, cotton, PET bottles and flakes,
recycled fibre and yarn, greige and finished cloth, dyeing, FR finishing, sewing, printing, trims) and
the circular side (offcuts, retired uniforms and vests, rags, reflective tape seconds).

Entries are plain: one short phrase per offer or need, 0-3 offers and 0-3 needs per SME, about 55 % in
Thai (written as Thai people write it, spaces between phrases) and the rest in English. The same goods
are worded many ways (trade and local words such as ผ้าโทเร, ผ้าเวสปอยท์, เสื้อช็อป, ชุดหมี,
ตีนตุ๊กแก, เทปรีเฟล็กซ์, ถุงมือผ้า 7 ขีด, fluoro, hi-viz, drill, rPSF, DTY, brand names, sizes, prices and
minimum orders), and a need is worded differently from the offers that meet it, often in the other
language. Hard but fair cases are included on purpose:

- a service versus the goods it works on (commission dyeing versus dyed cloth, FR finishing versus FR
  cloth, CMT sewing versus garments, sewing reflective tape onto the customer's own uniforms versus tape,
  printing or embroidering the customer's garments);
- waste and used goods versus new ones (vest offcuts versus fluorescent mesh, tape seconds versus tape,
  retired vests versus vests), and cotton versus polyester waste;
- raw versus processed (hemp bast, hemp yarn, hemp cloth, hemp canvas; cotton lint, hand-spun and mill
  yarn, greige and finished drill);
- goods described by material, colour or technique (a vest made from recycled PET bottles is a vest; a
  hand-woven indigo bag with a reflective strip is a bag);
- the two Thai senses of สะท้อนแสง (fluorescent colour and retroreflective), heat-reflective
  aluminised cloth, and glow-in-the-dark tape, which is none of them;
- different goods with a shared word (traffic vest, running vest, village-volunteer vest, photographer's
  vest; welding apron and canvas shop apron; raincoat and hi-vis rain suit; coverall and FR coverall);
- needs written as a wish, a bare noun phrase or a question, refusals ("no recycled rags", "ไม่เอาสีเคมี"),
  needs that require a named certification and needs that name one only to waive it;
- about twenty needs that no one in the set meets, some of them close to something that is offered.

## How it was written

By hand, by a writer who read only section 1 of `CONTRACTS.md` (cluster profiles, JSONL version 1, and
the links CSV), `shared/taxonomy.py` with its data files, and the ruff settings in `pyproject.toml`;
not the matcher, its glossary, its tests or any other evaluation set. All the data is in `write.py`.
Provinces resolve with `resolve_province`, certifications with `resolve_certification`, and
sub-cluster, stage and BCG values are the taxonomy's.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`fluorescent_mesh_fabric` versus `synthetic_cutting_waste`, or `fabric_dyeing_service` versus
`cotton_twill_fabric`). Every need either lists the labels that would meet it and the certifications its
text requires, or is marked as met by no one with a short note. A pair (supplier, buyer) is a true link
when some offer of the supplier carries a label listed by one of the buyer's needs and the supplier's
certifications (in canonical names) hold every certification that need requires. An SME is never linked
to itself. Shared words play no part; quantities, prices, sizes and places never decide a link; what
changes what the thing is (material, weave, service or goods, new or used, a required certification)
does. A certification named only to waive it is not required. The labels are not in the output files.

Before writing, `write.py` checks: ids unique and well-formed; every contract field valid; Thai texts
mostly Thai letters and English texts Latin only; every certification a need names is either required
or waived by it, and every certification an offer names is held by the SME; every label a met need lists
is offered by someone other than the buyer and the need has a qualified supplier; an unmet need has none;
the size targets (95 profiles, about 55 % Thai, 160-180 links, about half of them across languages,
about 20 unmet needs, most met needs met by 1-3 suppliers); and that two builds give identical bytes.
It writes nothing if a check fails.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_hivis/write.py

## Files

- `write.py`: the data, the labels, the checks and the writer.
- `profiles.jsonl`: the 95 profiles, ids `bhv-001` ... `bhv-095`, JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file (written by `write.py`).

## Counts

{table}"""


def build(smes: list[Sme]) -> dict[str, str]:
    links = true_links(smes)
    profiles = "".join(json.dumps(profile(s), ensure_ascii=False) + "\n" for s in smes)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return {
        "profiles.jsonl": profiles,
        "links.csv": buffer.getvalue(),
        "README.md": README.replace("{table}", table(counts(smes, links))),
    }


def main(argv: list[str]) -> int:
    draft = "--draft" in argv
    errors = check(SMES, final=not draft)
    links = true_links(SMES)
    if not draft:
        errors += target_errors(SMES, links)
    if not errors and build(SMES) != build(list(SMES)):
        errors.append("two builds differ")
    print(table(counts(SMES, links)), end="")
    if errors:
        print(f"\n{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    if draft:
        print("\ndraft: checks passed; nothing written")
        return 0
    for name, text in build(SMES).items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"\nwrote {', '.join(sorted(build(SMES)))} to {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
