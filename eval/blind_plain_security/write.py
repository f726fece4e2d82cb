"""Write the hand-labelled evaluation set `eval/blind_plain_security/`.

Theme: uniformed services and security (police, military, customs, park rangers, security
guard companies, firefighters and rescue volunteers) and the ordinary upstream and midstream
suppliers of the cluster. Every profile, offer label and need label below was written by hand.

Run from the repository root:

    .venv/bin/python eval/blind_plain_security/write.py

The script checks the data first and writes nothing if a check fails. With `--explain` it
also prints every need with the suppliers that meet it.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
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
    find_certifications,
    resolve_certification,
    resolve_province,
)

ID_PREFIX = "bmy"
N_PROFILES = 95
LINK_RANGE = (160, 180)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)
UNMET_RANGE = (15, 25)

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
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
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str = ""  # set when no one in the set meets the need


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[Offer, ...] = ()
    needs: tuple[Need, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    id: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", f"{ID_PREFIX}-{self.num:03d}")


def offer(text: str, label: str) -> Offer:
    return Offer(text, label)


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every `req`."""
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req` when only the certification is missing."""
    return Need(text, labels, req, waive, note)


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    *,
    offers: tuple[Offer, ...] = (),
    needs: tuple[Need, ...] = (),
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(num, language, name, sub_cluster, stage, province, email, offers, needs, certs, bcg)


# ====================================================================== data
# DATA-START
PART_1: tuple[Sme, ...] = (
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์บ้านนาด้วง",
        HEMP,
        UP,
        "Loei",
        "naduang.organic@gmail.com",
        certs=("Organic Thailand",),
        bcg=("bio",),
        offers=(
            offer("ฝ้ายดอก ยังไม่อีดเมล็ด ปลูกแบบอินทรีย์ ขายเป็นกิโล", "seed_cotton"),
            offer("ฝ้ายเข็นมือ สีขาวตุ่น ไจละ 100 กรัม", "handspun_cotton_yarn"),
        ),
        needs=(
            need("ครามเปียก หรือ เปลือกไม้สำหรับย้อมสีธรรมชาติ", "natural_dyestuff"),
            unmet("เครื่องอีดฝ้ายแบบไม้ มือสอง", "a cotton gin: no one in the set sells machinery"),
        ),
    ),
    sme(
        2,
        "en",
        "Nakhon Sawan Cotton Ginnery Co., Ltd.",
        HEMP,
        UP,
        "Nakhon Sawan",
        "sales@nsw-ginnery.co.th",
        certs=("Better Cotton",),
        offers=(
            offer("Ginned cotton lint, pressed bales approx. 180 kg, THB 62/kg", "cotton_lint"),
            offer("Cotton linters and gin motes for padding", "cotton_linters"),
        ),
        needs=(need("Unginned seed cotton from contract growers, north or Isan", "seed_cotton"),),
    ),
    sme(
        3,
        "en",
        "Siam Praeksa Spinning Mill Co., Ltd.",
        ALC,
        UP,
        "Samut Prakan",
        "yarn@praeksaspinning.co.th",
        certs=("ISO 9001", "OEKO-TEX Standard 100"),
        offers=(
            offer("Combed cotton yarn Ne 20/1 to 40/1 on cones", "cotton_yarn"),
            offer("TC 65/35 ring-spun yarn for drill and twill weaving", "tc_yarn"),
            offer("Spun polyester yarn 40/2, raw white", "polyester_spun_yarn"),
        ),
        needs=(need("Cotton lint, 10 t a month, Thai or imported", "cotton_lint"),),
    ),
    sme(
        4,
        "th",
        "วิสาหกิจชุมชนใยกัญชงม้งบ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        "maesamai.hemp@gmail.com",
        certs=("OTOP",),
        bcg=("bio",),
        offers=(
            offer("เส้นใยกัญชงปั่นมือ ม้วนละ 1 กิโล", "hemp_yarn"),
            offer("ผ้าใยกัญชงทอมือ หน้ากว้าง 40 ซม.", "hemp_fabric"),
        ),
        needs=(unmet("เมล็ดพันธุ์กัญชงที่ขึ้นทะเบียนถูกต้อง", "registered hemp seed: no one offers seed"),),
    ),
    sme(
        5,
        "en",
        "Aramid Link Trading Co., Ltd.",
        SPORT,
        UP,
        "Bangkok",
        "info@aramidlink.co.th",
        certs=("OEKO-TEX Standard 100",),
        offers=(
            offer("Meta-aramid spun yarn Nm 50/2 (Nomex type)", "aramid_yarn"),
            offer("Meta-aramid IIIA woven fabric 200 gsm, navy and khaki", "aramid_fabric"),
        ),
        needs=(
            unmet(
                "Para-aramid UD sheet for soft armour panels, local stock",
                "ballistic UD sheet: no one in the set makes it",
            ),
        ),
    ),
    sme(
        6,
        "th",
        "บริษัท รีไฟเบอร์ มหาชัย จำกัด",
        CIRC,
        UP,
        "Samut Sakhon",
        "refiber.mahachai@gmail.com",
        certs=("GRS",),
        bcg=("circular",),
        offers=(
            offer("ใยฝ้ายรีไซเคิล ตีจากเศษผ้า คัดสีแล้ว", "recycled_cotton_fibre"),
            offer("รับทำลายเครื่องแบบเก่า ตัดย่อยทั้งชุด ออกหนังสือรับรองการทำลาย", "uniform_shredding_service"),
        ),
        needs=(
            need("เศษผ้าจากโรงงานตัดเย็บ ผ้าฝ้ายหรือทีซี", "cutting_waste"),
            need("ชุดพนักงาน ชุดเครื่องแบบที่ปลดระวางแล้ว รับซื้อเป็นตัน", "used_uniforms", "used_camo_uniforms"),
        ),
    ),
    sme(
        7,
        "en",
        "EastCycle PET Fibre Co., Ltd.",
        CIRC,
        UP,
        "Rayong",
        "sales@eastcycle.co.th",
        certs=("GRS", "ISO 14001"),
        bcg=("circular", "green"),
        offers=(
            offer("rPET staple fibre 1.4D x 38 mm from post-consumer bottles", "rpet_staple_fibre"),
            offer("Siliconised hollow fibrefill for quilts and sleeping bags", "polyester_wadding"),
        ),
        needs=(unmet("Hot-washed clear PET bottle flakes, 20 t lots", "bottle flakes: no one in the set offers them"),),
    ),
    sme(
        8,
        "th",
        "โรงปั่นด้ายรีไซเคิล โคราช",
        CIRC,
        UP,
        "Nakhon Ratchasima",
        "korat.recycleyarn@gmail.com",
        bcg=("circular",),
        offers=(
            offer("ด้ายโพลีเอสเตอร์รีไซเคิลจากขวดพลาสติก เบอร์ 20 ถึง 30", "recycled_polyester_yarn"),
            offer("ด้ายผสมฝ้ายรีไซเคิล สีเทา สีกรม ไม่ต้องย้อม", "recycled_blend_yarn"),
        ),
        needs=(
            need("ใยสั้นโพลีเอสเตอร์รีไซเคิล ต้องมีใบรับรอง GRS", "rpet_staple_fibre", req=("GRS",)),
            need("ปุยฝ้ายที่ได้จากการตีเศษผ้า", "recycled_cotton_fibre"),
        ),
    ),
    sme(
        9,
        "th",
        "กลุ่มผ้าหม้อห้อมย้อมมือ ทุ่งโฮ้ง",
        HEMP,
        MID,
        "Phrae",
        "tunghong.morhom@gmail.com",
        certs=("OTOP",),
        bcg=("bio",),
        offers=(
            offer("ห้อมเปียก หมักเอง ขายเป็นปี๊บ", "natural_dyestuff"),
            offer("ผ้าหม้อห้อมย้อมมือ ผ้าฝ้ายพับละ 20 หลา", "natural_dyed_cotton_fabric"),
            offer("เสื้อม่อฮ่อมคอจีน ผ้าฝ้ายย้อมห้อม", "indigo_casual_shirt"),
        ),
        needs=(need("ผ้าฝ้ายดิบทอเครื่อง ยังไม่ฟอก", "greige_twill"),),
    ),
    sme(
        10,
        "en",
        "Sakon Indigo House",
        HEMP,
        MID,
        "Sakon Nakhon",
        "hello@sakonindigo.com",
        bcg=("bio", "green"),
        offers=(
            offer("Hand indigo dyeing of your garments or yardage, from 20 pcs", "natural_dyeing_service"),
            offer("Fermented indigo paste, 5 kg tubs", "natural_dyestuff"),
        ),
        needs=(need("Handspun cotton yarn, natural white, for our weavers", "handspun_cotton_yarn"),),
    ),
    sme(
        11,
        "th",
        "บริษัท เจริญกิจสิ่งทอ จำกัด",
        ALC,
        MID,
        "Samut Prakan",
        "sales@charoenkit-tex.co.th",
        certs=("ISO 9001",),
        offers=(
            offer("ผ้าดิบทวิล เวสปอยท์ดิบ หน้า 60 นิ้ว", "greige_twill"),
            offer("ผ้าริปสต็อปดิบ ทีซี ทอเครื่องแอร์เจ็ท", "greige_ripstop"),
            offer("ผ้าใบดิบ แคนวาส เบอร์ 8 ถึง 12", "cotton_canvas"),
        ),
        needs=(need("เส้นด้ายทีซี 65/35 เบอร์ 20 ขึ้นไป", "tc_yarn"),),
    ),
    sme(
        12,
        "en",
        "Pathum Dyeing & Finishing Co., Ltd.",
        ALC,
        MID,
        "Pathum Thani",
        "cs@pathumdyeing.co.th",
        certs=("OEKO-TEX Standard 100", "ISO 14001"),
        offers=(
            offer(
                "Commission piece-dyeing of customer greige: khaki, olive drab, navy; from 3,000 m",
                "dyeing_service",
            ),
            offer("Water-repellent, anti-mosquito and FR finishing on your fabric", "functional_finishing_service"),
        ),
        needs=(unmet("Reactive and vat dyes from a Thai distributor", "dyestuff chemicals: no one offers them"),),
    ),
    sme(
        13,
        "th",
        "บริษัท กากีไทยสิ่งทอ จำกัด",
        ALC,
        MID,
        "Nakhon Pathom",
        "order@khakithai.co.th",
        certs=("มอก.",),
        offers=(offer("ผ้าเวสปอยท์ย้อมสำเร็จ สีกากีตำรวจ สีเขียวขี้ม้า สีกรม ขายยกพับ", "dyed_uniform_fabric"),),
        needs=(
            need("ผ้าดิบทอลายสอง สำหรับส่งย้อม", "greige_twill"),
            need("จ้างโรงย้อม ย้อมผ้าดิบของเราเองเป็นสีกากีเข้ม ใช้สีรีแอคทีฟ", "dyeing_service"),
        ),
    ),
    sme(
        14,
        "en",
        "Eastern Camo Print Co., Ltd.",
        SPORT,
        MID,
        "Chonburi",
        "sales@easterncamo.co.th",
        certs=("OEKO-TEX Standard 100",),
        offers=(
            offer("Digital camo printed TC ripstop, army and border patrol patterns", "camo_fabric"),
            offer("Rotary camo printing on your own base cloth, from 1,500 m", "camo_printing_service"),
        ),
        needs=(need("Unbleached TC twill or ripstop base cloth", "greige_twill", "greige_ripstop"),),
    ),
    sme(
        15,
        "th",
        "หจก. ราชบุรีริปสต็อป",
        SPORT,
        MID,
        "Ratchaburi",
        "rbripstop@hotmail.com",
        offers=(
            offer("ผ้าริปสต็อปสีพื้น เขียวโอลีฟ ดำ สีทราย", "ripstop_solid_fabric"),
            offer("ผ้าริปสต็อปดิบ ไว้ส่งพิมพ์ลายพราง", "greige_ripstop"),
        ),
        needs=(
            need("ด้ายปั่นโพลีผสมฝ้าย 65/35", "tc_yarn"),
            need("จ้างเคลือบกันน้ำบนผ้าริปสต็อปของเรา", "functional_finishing_service"),
        ),
    ),
    sme(
        16,
        "en",
        "Thai Technical Fabrics Co., Ltd. (TTF)",
        SPORT,
        MID,
        "Bangkok",
        "ttf@thaitechfab.co.th",
        certs=("ISO 9001",),
        offers=(
            offer("PU-coated nylon taffeta 210T for raincoats and ponchos", "coated_waterproof_fabric"),
            offer("500D / 1000D Cordura-type nylon, PU back, coyote, OD, black", "heavy_nylon_fabric"),
        ),
        needs=(unmet("High-tenacity nylon 6.6 filament, 1000D", "industrial filament yarn: no one offers it"),),
    ),
    sme(
        17,
        "th",
        "หจก. มหาชัยเทปแอนด์เว็บบิ้ง",
        SPORT,
        MID,
        "Samut Sakhon",
        "mahachai.webbing@gmail.com",
        offers=(
            offer("สายเทปไนล่อน 1 นิ้ว 1.5 นิ้ว 2 นิ้ว สีเขียวขี้ม้า สีทราย สีดำ หลาละ 6 บาท", "nylon_webbing"),
            offer("เทปตีนตุ๊กแก ตัวหนาม ตัวขน ม้วน 25 หลา", "hook_loop_tape"),
        ),
        needs=(unmet("เครื่องทอสายเทปแบบเข็ม มือสอง", "a needle loom: no one in the set sells machinery"),),
    ),
    sme(
        18,
        "en",
        "Reflecto Safety Materials Co., Ltd.",
        SPORT,
        MID,
        "Samut Prakan",
        "sales@reflecto.co.th",
        offers=(
            offer("Sew-on retro-reflective tape 5 cm, silver, 3M Scotchlite equivalent", "reflective_tape"),
            offer("Fluorescent polyester mesh 120 gsm, yellow and orange", "mesh_fabric"),
        ),
        needs=(
            unmet("Accredited lab for EN ISO 20471 testing in Thailand", "a test laboratory: no one offers testing"),
        ),
    ),
    sme(
        19,
        "th",
        "ร้านสำเพ็งอุปกรณ์ตัดเย็บ",
        ALC,
        MID,
        "Bangkok",
        "sampeng.trims@gmail.com",
        offers=(
            offer("ซิป YKK เบอร์ 5 ซิปทองเหลือง ซิปไนล่อน", "zippers"),
            offer("หัวล็อคพลาสติก ห่วงดี ตัวปรับสาย", "buckles_hardware"),
            offer("ด้ายเย็บผ้าหลอดใหญ่ โพลีเอสเตอร์ ทุกสี", "sewing_thread"),
        ),
        needs=(need("กระดุมครุฑทองเหลือง สำหรับชุดข้าราชการ ขายส่ง", "uniform_buttons"),),
    ),
    sme(
        20,
        "en",
        "Korat Thread & Yarn Dyeing Co., Ltd.",
        ALI,
        MID,
        "Nakhon Ratchasima",
        "korat.thread@gmail.com",
        certs=("OEKO-TEX Standard 100",),
        offers=(
            offer("Spun polyester sewing thread 40/2, 5,000 m cones, 120 shades", "sewing_thread"),
            offer("Rayon and polyester embroidery thread 120D/2", "embroidery_thread"),
        ),
        needs=(need("Raw white spun poly yarn for thread, 40s double", "polyester_spun_yarn"),),
    ),
    sme(
        21,
        "th",
        "ร้านอาร์มปักบางลำพู",
        ALC,
        MID,
        "Bangkok",
        "banglamphu.arm@gmail.com",
        offers=(
            offer("รับผลิตอาร์มปักตามแบบ ติดตีนตุ๊กแก ขั้นต่ำ 50 ชิ้น", "embroidered_patches"),
            offer("ป้ายชื่อปักชุดตำรวจ ทหาร รปภ.", "name_tapes"),
            offer("ปักชื่อ ปักโลโก้ ลงบนเสื้อของลูกค้า", "embroidery_service"),
        ),
        needs=(
            need("แปะหนามเตย ม้วนใหญ่ สีเขียว สีดำ", "hook_loop_tape"),
            need("ด้ายปักคอมพิวเตอร์", "embroidery_thread"),
        ),
    ),
    sme(
        22,
        "en",
        "Lopburi Insignia & Badge Co.",
        ALC,
        MID,
        "Lopburi",
        "orders@lopburiinsignia.com",
        offers=(
            offer("Cast metal rank insignia, collar and beret badges", "metal_insignia"),
            offer("Brass garuda buttons, gold finish", "uniform_buttons"),
            offer("Shoulder boards (epaulettes) for police and civil servants", "shoulder_boards"),
        ),
        needs=(need("Cloth badges to sell with our metal ranks, embroidered", "embroidered_patches"),),
    ),
    sme(
        23,
        "th",
        "อาร์มยางโคราช",
        ALI,
        MID,
        "Nakhon Ratchasima",
        "armyang.korat@gmail.com",
        offers=(offer("อาร์มยางพีวีซี นูน 2 มิติ 3 มิติ ติดเวลโคร", "pvc_patches"),),
        needs=(need("เวลโครติดหลังอาร์ม", "hook_loop_tape"),),
    ),
    sme(
        24,
        "en",
        "Lanna Stitch Embroidery",
        SPORT,
        MID,
        "Chiang Mai",
        "lannastitch@gmail.com",
        offers=(
            offer("Computer embroidery on customer-supplied shirts, caps and jackets", "embroidery_service"),
            offer("Embroidered patches with merrowed edge, velcro backing optional", "embroidered_patches"),
        ),
        needs=(need("Polyester embroidery thread, Madeira colour card", "embroidery_thread"),),
    ),
)
PART_2: tuple[Sme, ...] = (
    sme(
        25,
        "th",
        "กลุ่มตัดเย็บผู้สูงวัยบ้านโนนทัน",
        ALI,
        MID,
        "Khon Kaen",
        "nonthan.sewing@gmail.com",
        certs=("OTOP",),
        offers=(
            offer("รับจ้างเย็บ ลูกค้าส่งผ้ามาเอง เสื้อ กางเกง ชุดทำงาน", "cmt_sewing_service"),
            offer("รับซ่อมชุด เปลี่ยนซิป ปะเข่า", "garment_repair_service"),
        ),
        needs=(
            need("ด้ายเย็บสีเขียวขี้ม้า สีกากี", "sewing_thread"),
            unmet("จักรเย็บอุตสาหกรรมมือสอง จักรพ้ง", "sewing machines: no one in the set sells machinery"),
        ),
    ),
    sme(
        26,
        "en",
        "Ayutthaya Garment Subcontract Co., Ltd.",
        ALC,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "cmt@ayg-subcon.co.th",
        certs=("ISO 9001", "SA8000"),
        offers=(
            offer("CMT for uniforms and workwear, 3,000 pcs a day", "cmt_sewing_service"),
            offer("Cutting-room waste, TC twill, sorted by colour", "cutting_waste"),
        ),
        needs=(
            need("No.5 metal zippers, antique brass, for trouser flies", "zippers"),
            need("Bulk sewing thread in OD green and khaki", "sewing_thread"),
        ),
    ),
    sme(
        27,
        "th",
        "สหกรณ์ตัดเย็บเสื้อผ้าอุดรธานี จำกัด",
        ALI,
        MID,
        "Udon Thani",
        "udon.sewcoop@gmail.com",
        offers=(offer("รับเย็บชุด อส. ชุด อปพร. จากผ้าของผู้ว่าจ้าง", "cmt_sewing_service"),),
        needs=(need("ร้านรับปักชื่อบนเสื้อที่เย็บเสร็จแล้ว", "embroidery_service"),),
    ),
    sme(
        28,
        "th",
        "ร้านเครื่องแบบทหาร ลพบุรี",
        SPORT,
        DOWN,
        "Lopburi",
        "lopburi.uniform@gmail.com",
        offers=(
            offer("ชุดพรางดิจิทัล ทบ. เสื้อพร้อมกางเกง ทุกไซซ์", "camo_uniform"),
            offer("หมวกแก๊ปลายพราง หมวกปีกรอบ", "caps"),
            offer("เสื้อยืดคอกลมสีเขียวขี้ม้า", "military_tshirt"),
        ),
        needs=(
            need("ผ้าลายพรางทหารบก ริปสต็อป ตามแบบ", "camo_fabric"),
            need("ป้ายชื่อปักติดอก", "name_tapes"),
        ),
    ),
    sme(
        29,
        "en",
        "Siam Uniform Works Co., Ltd.",
        ALC,
        DOWN,
        "Bangkok",
        "sales@siamuniformworks.co.th",
        certs=("ISO 9001", "Thai Industrial Standard"),
        offers=(
            offer("Police and civil-service khaki uniforms, made to measure or stock sizes", "khaki_uniform"),
            offer("Security guard uniforms, navy or grey, with epaulettes", "security_guard_uniform"),
        ),
        needs=(
            need("Khaki West Point twill, TIS certified", "dyed_uniform_fabric", req=("Thai Industrial Standard",)),
            need("Epaulettes and garuda buttons", "shoulder_boards", "uniform_buttons"),
        ),
    ),
    sme(
        30,
        "th",
        "ห้างเครื่องแบบหาดใหญ่",
        ALC,
        DOWN,
        "Songkhla",
        "hatyai.uniform@gmail.com",
        offers=(
            offer("ขายชุดกากี ชุดขาว ชุดปกติขาว ครบไซซ์", "khaki_uniform"),
            offer("เครื่องหมายยศ เข็มเครื่องหมาย ติดให้ฟรี", "metal_insignia"),
        ),
        needs=(
            need("ชุดข้าราชการสีกากีสำเร็จรูป ราคาส่ง", "khaki_uniform"),
            need("ยศโลหะ ขายส่ง", "metal_insignia"),
        ),
    ),
    sme(
        31,
        "en",
        "Krungthep Tactical Gear Co., Ltd.",
        SPORT,
        DOWN,
        "Bangkok",
        "sales@ktgear.co.th",
        certs=("ISO 9001",),
        offers=(
            offer("MOLLE load-bearing vests and chest rigs", "tactical_vest"),
            offer("Plate carriers and soft armour covers, IIIA panel sizes", "armour_carrier"),
            offer("3-day assault packs, duffels and magazine pouches", "tactical_bag"),
        ),
        needs=(
            unmet(
                "Cordura 500D coyote, bluesign approved only",
                "heavy nylon is offered, but by no one holding bluesign",
                "heavy_nylon_fabric",
                req=("bluesign",),
            ),
            need("Side-release buckles, ladder locks, D-rings", "buckles_hardware"),
            need("Nylon webbing 25 and 50 mm, PALS spec", "nylon_webbing"),
        ),
    ),
    sme(
        32,
        "th",
        "บริษัท สยามแทคติคอล จำกัด",
        SPORT,
        DOWN,
        "Nonthaburi",
        "siamtactical@gmail.com",
        offers=(
            offer("เสื้อเวสยุทธวิธี ระบบโมลล์", "tactical_vest"),
            offer("ซองเสื้อเกราะ ผ้าคลุมเกราะอ่อน", "armour_carrier"),
            offer("กระเป๋าเป้สนาม กระเป๋าซองแม็ก", "tactical_bag"),
        ),
        needs=(
            need("ผ้าไนล่อนหนา 1000 ดีเนียร์ เคลือบหลัง", "heavy_nylon_fabric"),
            need("สายกระเป๋าไนลอน กว้าง 1 นิ้ว", "nylon_webbing"),
            need("ตีนตุ๊กแกสำหรับติดอาร์ม", "hook_loop_tape"),
        ),
    ),
    sme(
        33,
        "en",
        "Northern Raingear Co.",
        SPORT,
        DOWN,
        "Lamphun",
        "raingear.lamphun@gmail.com",
        offers=(offer("PU nylon raincoats and ponchos, OD and black, S-3XL", "raincoat_nylon"),),
        needs=(
            need("Waterproof coated taffeta, seam-sealable", "coated_waterproof_fabric"),
            unmet("Heat-seal tape for raincoat seams", "seam-sealing tape: no one offers it"),
        ),
    ),
    sme(
        34,
        "th",
        "หจก. ชุดกันฝนพีวีซีบางบัวทอง",
        SPORT,
        DOWN,
        "Nonthaburi",
        "bangbuathong.raincoat@gmail.com",
        offers=(offer("เสื้อกันฝนพีวีซี ชุดกันฝนเสื้อกับกางเกง ราคาส่ง", "raincoat_pvc"),),
        needs=(unmet("เม็ดพีวีซีและแผ่นฟิล์มพีวีซี", "PVC resin and film: no one offers them"),),
    ),
    sme(
        35,
        "en",
        "Isan Boots Factory",
        ALI,
        DOWN,
        "Khon Kaen",
        "isanboots@gmail.com",
        offers=(
            offer("Combat and jungle boots, nylon-leather upper, rubber sole, from THB 650 a pair", "combat_boots"),
        ),
        needs=(
            need("1000D nylon for boot uppers, black", "heavy_nylon_fabric"),
            unmet("Full-grain cowhide leather, 2.0 mm, black", "leather: no one in the set offers it"),
        ),
    ),
    sme(
        36,
        "th",
        "โรงงานถุงเท้าบางแค",
        ALC,
        DOWN,
        "Bangkok",
        "bangkae.socks@gmail.com",
        certs=("OEKO-TEX Standard 100",),
        offers=(offer("ถุงเท้าทหาร ข้อยาว สีดำ สีเขียว ผ้าฝ้ายผสม โหลละ 240 บาท", "socks"),),
        needs=(
            need("ด้ายฝ้ายเบอร์ 32 สำหรับถักถุงเท้า", "cotton_yarn"),
            need("ด้ายรีไซเคิล สำหรับถุงเท้ารุ่นรักษ์โลก", "recycled_polyester_yarn", "recycled_blend_yarn"),
        ),
    ),
    sme(
        37,
        "en",
        "Bamboo Sox Chiang Rai",
        HEMP,
        DOWN,
        "Chiang Rai",
        "bamboosox.cr@gmail.com",
        bcg=("bio",),
        offers=(offer("Bamboo-viscose hiking and patrol socks, anti-odour", "socks"),),
        needs=(
            unmet("Bamboo viscose yarn Ne 40", "bamboo viscose yarn: no one offers it"),
            need(
                "Recycled poly yarn for sock blends, GRS welcome but not required",
                "recycled_polyester_yarn",
                waive=("GRS",),
            ),
        ),
    ),
    sme(
        38,
        "th",
        "บริษัท ไทยแคมป์ เกียร์ จำกัด",
        SPORT,
        DOWN,
        "Samut Prakan",
        "thaicamp.gear@gmail.com",
        offers=(
            offer("ถุงนอนสนาม ใยสังเคราะห์ นอนได้ถึง 5 องศา", "sleeping_bag"),
            offer("เปลสนามผ้าร่ม พร้อมมุ้ง", "field_hammock"),
        ),
        needs=(
            need("ใยโพลีกลวง สำหรับบุถุงนอน", "polyester_wadding"),
            need("ผ้าริปสต็อปสีพื้น น้ำหนักเบา", "ripstop_solid_fabric"),
            need("ซิปไนลอนยาว 2 เมตร สำหรับถุงนอน", "zippers"),
        ),
    ),
    sme(
        39,
        "en",
        "Royal Flag & Banner Co., Ltd.",
        ALC,
        DOWN,
        "Bangkok",
        "flags@royalflag.co.th",
        offers=(offer("National, unit and regimental flags, printed or embroidered", "flags"),),
        needs=(
            need("White spun-polyester flag cloth, 150 cm", "flag_cloth"),
            need("Screen printing of our cut flag panels", "screen_printing_service"),
        ),
    ),
    sme(
        40,
        "th",
        "หจก. พิมพ์สกรีนนนทบุรี",
        ALC,
        MID,
        "Nonthaburi",
        "nonthaburi.screen@gmail.com",
        offers=(
            offer("รับสกรีนเสื้อ ผ้า ธง ของลูกค้า", "screen_printing_service"),
            offer("ผ้าต่วนโพลีเอสเตอร์สีขาว สำหรับทำธง", "flag_cloth"),
        ),
        needs=(unmet("หมึกสกรีนพลาสติซอล", "screen ink: no one offers it"),),
    ),
    sme(
        41,
        "en",
        "Firewall Protective Wear Co., Ltd.",
        SPORT,
        DOWN,
        "Chachoengsao",
        "sales@firewallpw.co.th",
        certs=("ISO 9001", "Thai Industrial Standard"),
        offers=(offer("Structural firefighting suits, aramid outer shell, 3 layers", "firefighter_suit"),),
        needs=(
            need("Meta-aramid fabric, OEKO-TEX certified", "aramid_fabric", req=("OEKO-TEX Standard 100",)),
            need("Reflective trim 5 cm for turnout coats", "reflective_tape"),
        ),
    ),
    sme(
        42,
        "th",
        "บริษัท เซฟตี้วิชั่น จำกัด",
        SPORT,
        DOWN,
        "Chonburi",
        "safetyvision.th@gmail.com",
        offers=(offer("เสื้อกั๊กสะท้อนแสง ตำรวจจราจร อปพร. สกรีนชื่อหน่วยได้", "reflective_vest"),),
        needs=(
            need("ผ้าตาข่ายสีส้มสะท้อนแสง", "mesh_fabric"),
            need("แถบสะท้อนแสงเย็บติด", "reflective_tape"),
        ),
    ),
    sme(
        43,
        "en",
        "Rope Rescue Thailand",
        SPORT,
        DOWN,
        "Chiang Mai",
        "info@roperescue.in.th",
        offers=(offer("Kernmantle static rescue rope 11 mm, 50 m and 100 m, THB 45 per metre", "rescue_rope"),),
        needs=(need("Rope bags in Cordura with drawstring top", "tactical_bag"),),
    ),
    sme(
        44,
        "th",
        "โรงงานหมวกเบเร่ต์ สุพรรณ",
        ALC,
        DOWN,
        "Suphan Buri",
        "beret.suphan@gmail.com",
        offers=(offer("หมวกเบเร่ต์ขนสัตว์ สีแดง สีดำ สีเขียว", "berets"),),
        needs=(
            unmet("ผ้าสักหลาดขนแกะ สำหรับขึ้นรูปหมวก", "wool felt: no one offers it"),
            need("ตราหน้าหมวกโลหะ", "metal_insignia"),
        ),
    ),
    sme(
        45,
        "en",
        "Khon Kaen Cap Makers",
        ALI,
        DOWN,
        "Khon Kaen",
        "kkcaps@gmail.com",
        offers=(offer("Patrol caps, boonie hats and baseball caps, logo embroidery", "caps"),),
        needs=(need("Camouflage fabric for boonie hats, 300 m", "camo_fabric"),),
    ),
    sme(
        46,
        "th",
        "โรงงานเสื้อยืดทหาร ชัยภูมิ",
        ALI,
        DOWN,
        "Chaiyaphum",
        "chaiyaphum.tshirt@gmail.com",
        offers=(
            offer("เสื้อยืดทหาร คอกลม สีเขียวขี้ม้า สีดำ ผ้าคอตตอน ตัวละ 89 บาท", "military_tshirt"),
            offer("ผ้ายืดจูติ ผ้าถักคอตตอน ขายเป็นกิโล", "cotton_jersey_knit"),
        ),
        needs=(need("ด้ายฝ้ายเบอร์ 30 สำหรับเครื่องถัก", "cotton_yarn"),),
    ),
    sme(
        47,
        "en",
        "Phuket Sea Rescue Supply",
        SPORT,
        DOWN,
        "Phuket",
        "searescue.phuket@gmail.com",
        offers=(offer("Lifejackets and throw bags, retail and wholesale", "lifejacket"),),
        needs=(
            need("Static rescue rope, 11 mm", "rescue_rope"),
            need("Orange rescue team uniforms", "rescue_uniform"),
        ),
    ),
    sme(
        48,
        "th",
        "มูลนิธิกู้ภัยสว่างธรรม อุบลฯ",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "sawangtham.ubon@gmail.com",
        offers=(offer("ชุดกู้ภัยมือสอง ยังใช้ได้ ขายราคาถูก", "used_uniforms"),),
        needs=(
            need("เชือกโรยตัว กู้ภัยทางน้ำ", "rescue_rope"),
            need("ชุดกู้ภัยสีส้มมือหนึ่ง", "rescue_uniform"),
        ),
    ),
)
PART_3: tuple[Sme, ...] = (
    sme(
        49,
        "en",
        "Metro Guard Services Co., Ltd.",
        ALC,
        DOWN,
        "Bangkok",
        "procure@metroguard.co.th",
        offers=(offer("Retired guard uniforms, about 2 t a year, logos removed", "used_uniforms"),),
        needs=(need("Guard uniforms, shirt and trousers, 1,200 sets a year", "security_guard_uniform"),),
    ),
    sme(
        50,
        "th",
        "บริษัท ยูนิฟอร์มการ์ด อีสาน จำกัด",
        ALI,
        DOWN,
        "Khon Kaen",
        "uniformguard.isan@gmail.com",
        offers=(offer("ชุด รปภ. เสื้อเชิ้ตสีเทา กางเกงสีดำ ปักโลโก้บริษัท", "security_guard_uniform"),),
        needs=(
            need(
                "ผ้าโทเรย้อมสี สำหรับตัดชุดยาม ไม่ต้องมี มอก. ก็ได้",
                "dyed_uniform_fabric",
                waive=("Thai Industrial Standard",),
            ),
            need("อินทรธนู บ่า รปภ.", "shoulder_boards"),
        ),
    ),
    sme(
        51,
        "th",
        "งานพัสดุ ตำรวจภูธรจังหวัดเชียงราย",
        SPORT,
        DOWN,
        "Chiang Rai",
        "supply.crpolice@gmail.com",
        needs=(
            need(
                "ชุดกากีตำรวจ ตัดจากผ้าที่ได้ มอก.",
                "khaki_uniform",
                req=("Thai Industrial Standard",),
            ),
            need("ซองเกราะอ่อน สีกากี", "armour_carrier"),
            need("บริการทำลายชุดเครื่องแบบเก่า กันคนเอาไปแอบอ้าง", "uniform_shredding_service"),
        ),
    ),
    sme(
        52,
        "en",
        "Customs Welfare Shop, Laem Chabang",
        ALC,
        DOWN,
        "Chonburi",
        "welfare.lcb@gmail.com",
        needs=(need("Customs officers' khaki shirts, short sleeve", "khaki_uniform"),),
    ),
    sme(
        53,
        "th",
        "ที่ทำการอุทยานแห่งชาติแก่งกระจาน",
        HEMP,
        DOWN,
        "Phetchaburi",
        "kaengkrachan.np@gmail.com",
        needs=(
            need(
                "เสื้อพิทักษ์ป่า ย้อมสีธรรมชาติเท่านั้น ไม่เอาสีเคมี ไม่ต้องมีโอทอป",
                "natural_dyed_uniform_shirt",
                waive=("OTOP",),
            ),
            need("ผ้าบัฟกันแดด สำหรับออกลาดตระเวน", "neck_gaiter"),
            need("เปลสนามพร้อมมุ้ง", "field_hammock"),
        ),
    ),
    sme(
        54,
        "en",
        "Doi Inthanon Ranger Welfare Fund",
        HEMP,
        DOWN,
        "Chiang Mai",
        "ranger.fund.inthanon@gmail.com",
        needs=(
            need("Long-sleeve field shirts for rangers", "field_uniform_solid", "natural_dyed_uniform_shirt"),
            need("Sleeping bags rated 5 °C", "sleeping_bag"),
        ),
    ),
    sme(
        55,
        "th",
        "วิสาหกิจชุมชนย้อมสีธรรมชาติบ้านหนองบัว",
        HEMP,
        MID,
        "Nong Bua Lam Phu",
        "nongbua.naturaldye@gmail.com",
        certs=("OTOP",),
        bcg=("bio", "green"),
        offers=(
            offer(
                "เสื้อพิทักษ์ป่า ผ้าฝ้ายทอมือ ย้อมเปลือกมะพูดกับคราม ได้สีเขียวขี้ม้า",
                "natural_dyed_uniform_shirt",
            ),
            offer("รับย้อมสีธรรมชาติ ผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "natural_dyeing_service"),
        ),
        needs=(need("ผ้าฝ้ายทอมือสีขาว ยังไม่ย้อม", "handwoven_cotton_fabric"),),
    ),
    sme(
        56,
        "en",
        "Mae Chaem Handloom Group",
        HEMP,
        MID,
        "Chiang Mai",
        "maechaem.loom@gmail.com",
        certs=("OTOP",),
        offers=(
            offer("Handwoven cotton cloth, undyed, 70 cm wide", "handwoven_cotton_fabric"),
            offer("Handwoven cotton shoulder bags (yaam), indigo", "cloth_bag"),
        ),
        needs=(
            need("Handspun cotton, 20 kg a month", "handspun_cotton_yarn"),
            unmet(
                "GOTS certified organic cotton yarn",
                "cotton yarn is offered, but by no one holding GOTS",
                "handspun_cotton_yarn",
                "cotton_yarn",
                req=("GOTS",),
            ),
        ),
    ),
    sme(
        57,
        "th",
        "ร้านของที่ระลึกทหาร ค่ายสุรนารี",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "surananee.souvenir@gmail.com",
        offers=(offer("พวงกุญแจ แก้วน้ำ ของที่ระลึกหน่วยทหาร", "souvenirs"),),
        needs=(
            need("ถุงผ้า กระเป๋าผ้า ไว้ขายเป็นของฝาก", "cloth_bag"),
            need("อาร์มยางลายหน่วย", "pvc_patches"),
        ),
    ),
    sme(
        58,
        "en",
        "ReUniform Upcycling Studio",
        CIRC,
        DOWN,
        "Bangkok",
        "hello@reuniform.studio",
        bcg=("circular",),
        offers=(
            offer("Tote bags and pouches sewn from retired camo uniforms", "cloth_bag"),
            offer("Camo patchwork cushion covers", "home_textile"),
        ),
        needs=(
            need("Retired uniforms in bulk, any service, washed", "used_uniforms", "used_camo_uniforms"),
            need("Cutting-room offcuts, cotton or TC", "cutting_waste"),
        ),
    ),
    sme(
        59,
        "th",
        "ร้านแอร์ซอฟต์ทหารพราน",
        ALC,
        DOWN,
        "Bangkok",
        "thaharnpran.airsoft@gmail.com",
        offers=(offer("ขายปลีกเวส ซองแม็ก อุปกรณ์บีบีกัน", "tactical_vest"),),
        needs=(
            need("ชุดพรางมือสอง สภาพดี สำหรับทีมบีบีกัน", "used_camo_uniforms"),
            need("อาร์มยางพีวีซี ติดตีนตุ๊กแก", "pvc_patches"),
            need("เวสยุทธวิธีราคาส่ง มีไหม", "tactical_vest"),
        ),
    ),
    sme(
        60,
        "en",
        "2nd Infantry Regiment Welfare Cooperative",
        ALC,
        DOWN,
        "Prachinburi",
        "coop.inf2@gmail.com",
        offers=(offer("Worn-out camouflage uniforms, sold by the sack", "used_camo_uniforms"),),
        needs=(
            need("New combat uniforms only, digital camo, no second-hand", "camo_uniform"),
            need(
                "Olive T-shirts, cotton, M-XXL, OEKO-TEX nice to have",
                "military_tshirt",
                waive=("OEKO-TEX Standard 100",),
            ),
            need("Combat boots sizes 38-46", "combat_boots"),
        ),
    ),
    sme(
        61,
        "th",
        "ร้านค้าสวัสดิการ ค่ายเม็งรายมหาราช",
        ALC,
        DOWN,
        "Chiang Rai",
        "mengrai.welfare@gmail.com",
        offers=(offer("ชุดพรางเก่าชำรุด ขายเหมากระสอบ", "used_camo_uniforms"),),
        needs=(
            need("ถุงเท้าทหารสีดำ ต้องผ่าน OEKO-TEX", "socks", req=("OEKO-TEX Standard 100",)),
            need("ธงชาติ ธงประจำกองร้อย", "flags"),
            need("เปลสนามกับถุงนอน", "field_hammock", "sleeping_bag"),
        ),
    ),
    sme(
        62,
        "en",
        "Sangkhla Tender Supply Co., Ltd.",
        SPORT,
        DOWN,
        "Kanchanaburi",
        "tender@sangkhlasupply.co.th",
        certs=("ISO 9001",),
        offers=(offer("Tender supply: camouflage field uniforms delivered to units", "camo_uniform"),),
        needs=(
            need(
                "CMT subcontractor with ISO 9001 for 20,000 uniform sets",
                "cmt_sewing_service",
                req=("ISO 9001",),
            ),
            need("Camouflage print on 30,000 m of our own ripstop", "camo_printing_service"),
            need("Greige ripstop for printing", "greige_ripstop"),
        ),
    ),
    sme(
        63,
        "th",
        "บริษัท ประมูลพัสดุภาคใต้ จำกัด",
        ALC,
        DOWN,
        "Songkhla",
        "southbid.supply@gmail.com",
        offers=(offer("ชุดฝึกสีเขียวขี้ม้า อส. ตามสัญญาจัดซื้อจัดจ้าง", "field_uniform_solid"),),
        needs=(
            need(
                "ผ้าเวสปอยท์สีเขียวขี้ม้า ต้องมี มอก.",
                "dyed_uniform_fabric",
                req=("Thai Industrial Standard",),
            ),
            need("โรงเย็บรับงานจากผ้าที่เราจัดหาให้", "cmt_sewing_service"),
        ),
    ),
    sme(
        64,
        "en",
        "Yala Sewing Enterprise",
        ALC,
        DOWN,
        "Yala",
        "yala.sewing@gmail.com",
        offers=(
            offer("Olive field uniforms for village defence volunteers", "field_uniform_solid"),
            offer("Olive jersey hijab for female rangers and volunteers", "hijab"),
        ),
        needs=(need("Olive drab drill cloth", "dyed_uniform_fabric"),),
    ),
    sme(
        65,
        "en",
        "Ratchaburi Drill Mills Co., Ltd.",
        ALC,
        MID,
        "Ratchaburi",
        "sales@rbdrill.co.th",
        certs=("ISO 9001",),
        offers=(
            offer("Piece-dyed cotton drill, khaki / olive / navy / black, 58 in", "dyed_uniform_fabric"),
            offer("Greige drill 2/1, 58 in, 108x56", "greige_twill"),
        ),
        needs=(need("Commission jet or jigger dyeing when our own range is full", "dyeing_service"),),
    ),
    sme(
        66,
        "th",
        "โรงย้อมผ้ากระทุ่มแบน",
        ALC,
        MID,
        "Samut Sakhon",
        "kratumbaen.dyeing@gmail.com",
        offers=(offer("รับย้อมผ้าทุกชนิด ลูกค้านำผ้ามาเอง สีกากี สีขี้ม้า สีกรมท่า", "dyeing_service"),),
        needs=(unmet("บริษัทรับบำบัดน้ำเสียโรงย้อม", "wastewater treatment: no one offers it"),),
    ),
    sme(
        67,
        "en",
        "Chachoengsao Knitting Co., Ltd.",
        ALC,
        MID,
        "Chachoengsao",
        "knit@cco-knitting.co.th",
        offers=(
            offer("Cotton single jersey 160 gsm, greige or dyed", "cotton_jersey_knit"),
            offer("Polyester microfibre interlock for sublimation", "stretch_poly_knit"),
        ),
        needs=(need("Carded cotton yarn 30s", "cotton_yarn"),),
    ),
    sme(
        68,
        "th",
        "บริษัท ขอนแก่นสปินนิ่ง จำกัด",
        ALI,
        UP,
        "Khon Kaen",
        "kkspinning@gmail.com",
        offers=(offer("ด้ายฝ้าย OE เบอร์ 10 ถึง 20 สำหรับทอผ้าหนาและถักถุงเท้า", "cotton_yarn"),),
        needs=(
            need("ฝ้ายหีบแล้ว เป็นมัด", "cotton_lint"),
            need("เส้นใยฝ้ายรีไซเคิล ไว้ผสมปั่น", "recycled_cotton_fibre"),
        ),
    ),
    sme(
        69,
        "en",
        "Nakhon Si Rescue Volunteers Association",
        SPORT,
        DOWN,
        "Nakhon Si Thammarat",
        "nkst.rescue@gmail.com",
        needs=(
            need("Rescue uniforms, orange with reflective bands", "rescue_uniform"),
            need("Raincoats, not PVC please", "raincoat_nylon"),
        ),
    ),
    sme(
        70,
        "th",
        "โรงงานชุดกู้ภัย บางพลี",
        SPORT,
        DOWN,
        "Samut Prakan",
        "bangplee.rescuewear@gmail.com",
        offers=(
            offer("ชุดกู้ภัยสีส้ม ติดแถบสะท้อนแสง ปักชื่อมูลนิธิ", "rescue_uniform"),
            offer("เสื้อกั๊กกู้ภัย สะท้อนแสง", "reflective_vest"),
        ),
        needs=(
            need("เทปสะท้อนแสงเกรดดี ม้วน 100 เมตร", "reflective_tape"),
            need("ผ้าตาข่ายเย็บซับใน", "mesh_fabric"),
        ),
    ),
    sme(
        71,
        "en",
        "Hat Yai Municipal Fire Brigade Supplies",
        SPORT,
        DOWN,
        "Songkhla",
        "fire.hatyai@gmail.com",
        needs=(
            need("Firefighter turnout suits to TIS standard", "firefighter_suit", req=("Thai Industrial Standard",)),
            unmet("Firefighting gloves, aramid, pair sizes", "firefighting gloves: no one offers them"),
            need("Reflective vests for traffic duty", "reflective_vest"),
        ),
    ),
    sme(
        72,
        "th",
        "เทศบาลนครขอนแก่น งานป้องกันและบรรเทาสาธารณภัย",
        ALI,
        DOWN,
        "Khon Kaen",
        "kk.disaster@gmail.com",
        needs=(
            need("ชุดผจญเพลิง 3 ชั้น ผ้าอะรามิด", "firefighter_suit"),
            need("เสื้อกันฝนผ้าร่ม ไม่เอาพีวีซี", "raincoat_nylon"),
        ),
    ),
)
PART_4: tuple[Sme, ...] = (
    sme(
        73,
        "th",
        "กลุ่มทอผ้าขาวม้าบ้านหนองเขื่อนช้าง",
        ALI,
        MID,
        "Maha Sarakham",
        "nongkhuanchang.weave@gmail.com",
        certs=("OTOP",),
        offers=(offer("ผ้าขาวม้าทอมือ ลายตาหมากรุก ยาว 2 เมตร", "pha_khao_ma"),),
        needs=(need("ฝ้ายเข็นมือสีธรรมชาติ ไม่ฟอกขาว", "handspun_cotton_yarn"),),
    ),
    sme(
        74,
        "en",
        "Recruit Kit Supply Co., Ltd.",
        ALC,
        DOWN,
        "Nakhon Nayok",
        "kits@recruitkit.co.th",
        offers=(offer("Recruit kits packed per soldier: bag, towel, toiletries", "recruit_kit"),),
        needs=(need("Checked cotton loincloths (pha khao ma), 1,000 pcs", "pha_khao_ma"),),
    ),
    sme(
        75,
        "th",
        "บริษัท เข็มขัดสนามไทย จำกัด",
        SPORT,
        DOWN,
        "Pathum Thani",
        "thaibelt.field@gmail.com",
        offers=(offer("เข็มขัดสนามไนล่อน หัวโลหะ สีดำ สีทราย", "duty_belt"),),
        needs=(
            need("สายไนล่อนทอแน่น กว้าง 2 นิ้ว ทนแรงดึง", "nylon_webbing"),
            need("หัวเข็มขัดแบบล็อกเร็ว", "buckles_hardware"),
        ),
    ),
    sme(
        76,
        "en",
        "Sam Phran Cadet Outfitters",
        ALC,
        DOWN,
        "Nakhon Pathom",
        "cadet.outfitters@gmail.com",
        offers=(offer("Ceremonial white tunics for cadets, tailored", "ceremonial_white_uniform"),),
        needs=(
            need("Looking for black nylon duty belts for cadets", "duty_belt"),
            need("Navy wool berets, sizes 54-62", "berets"),
        ),
    ),
    sme(
        77,
        "th",
        "วิสาหกิจชุมชนเย็บผ้าบ้านโคกสูง",
        ALC,
        MID,
        "Sa Kaeo",
        "khoksung.sewing@gmail.com",
        offers=(offer("รับเย็บตามแบบ ทั้งเสื้อผ้าและกระเป๋า ลูกค้าส่งผ้าและอุปกรณ์มาเอง", "cmt_sewing_service"),),
    ),
    sme(
        78,
        "en",
        "Isan Hemp Works",
        HEMP,
        MID,
        "Sakon Nakhon",
        "isanhempworks@gmail.com",
        bcg=("bio",),
        offers=(offer("Hemp canvas 12 oz, 110 cm, for bags and belts", "hemp_fabric"),),
        needs=(need("Hand-spun hemp yarn for warp", "hemp_yarn"),),
    ),
    sme(
        79,
        "th",
        "ร้านกระเป๋าผ้ากัญชง ดอยสุเทพ",
        HEMP,
        DOWN,
        "Chiang Mai",
        "suthep.hempbag@gmail.com",
        offers=(offer("กระเป๋าสะพายผ้ากัญชง ย้อมคราม ทำมือ", "cloth_bag"),),
        needs=(need("ผ้ากัญชงพับใหญ่ เนื้อหนา", "hemp_fabric"),),
    ),
    sme(
        80,
        "th",
        "โรงงานผ้าบัฟ ราชบุรี",
        SPORT,
        DOWN,
        "Ratchaburi",
        "ratchaburi.buff@gmail.com",
        offers=(offer("ผ้าบัฟ ผ้าโพกหัว กันแดด กันฝุ่น พิมพ์ลายพราง", "neck_gaiter"),),
        needs=(need("ผ้าไมโครโพลีเอสเตอร์ยืด สำหรับพิมพ์ซับลิเมชั่น", "stretch_poly_knit"),),
    ),
    sme(
        81,
        "th",
        "ชมรมอาสาตำรวจท่องเที่ยวพัทยา",
        SPORT,
        DOWN,
        "Chonburi",
        "pattaya.tpvolunteer@gmail.com",
        needs=(need("อยากได้ผ้าปิดหน้ากันแดด สีดำ ใส่ยืนโบกรถ", "neck_gaiter"),),
    ),
    sme(
        82,
        "th",
        "บริษัท พรางไทย การ์เมนท์ จำกัด",
        SPORT,
        DOWN,
        "Nakhon Ratchasima",
        "phrangthai.garment@gmail.com",
        certs=("มอก.",),
        offers=(offer("ชุดฝึกลายพราง เสื้อแขนยาว กางเกงหกกระเป๋า", "camo_uniform"),),
        needs=(need("ผ้าพิมพ์ลายพรางดิจิทัล สำเร็จรูป", "camo_fabric"),),
    ),
    sme(
        83,
        "en",
        "Surat Tarp & Tent Co., Ltd.",
        SPORT,
        DOWN,
        "Surat Thani",
        "sales@surattent.co.th",
        offers=(offer("Field tents and tarps, 4 x 6 m, PU-coated polyester", "field_tent"),),
        needs=(need("Waterproof PU-coated fabric for flysheets", "coated_waterproof_fabric"),),
    ),
    sme(
        84,
        "th",
        "ร้านเครื่องแบบ รปภ. พัทยา",
        ALC,
        DOWN,
        "Chonburi",
        "pattaya.guardshop@gmail.com",
        needs=(
            need("ชุดยาม รปภ. ครบไซซ์ งบชุดละไม่เกิน 900 บาท", "security_guard_uniform"),
            need("หมวกแก๊ปยาม ปักโลโก้ได้", "caps"),
        ),
    ),
    sme(
        85,
        "en",
        "Chiang Mai Outdoor & Airsoft",
        SPORT,
        DOWN,
        "Chiang Mai",
        "cmoutdoor.airsoft@gmail.com",
        needs=(need("Anyone selling used Thai army camo sets?", "used_camo_uniforms"),),
    ),
    sme(
        86,
        "th",
        "สหกรณ์ร้านค้ากองบิน 1",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "wing1.coop@gmail.com",
        needs=(
            unmet("ชุดบินสีเขียว ผ้ากันไฟ", "flight suits: no one in the set makes them"),
            need("ร้านรับซ่อมชุดฝึก ปะ เปลี่ยนซิป", "garment_repair_service"),
        ),
    ),
    sme(
        87,
        "th",
        "กองทุนสวัสดิการ ด่านศุลกากรมุกดาหาร",
        ALI,
        DOWN,
        "Mukdahan",
        "mukdahan.customs.fund@gmail.com",
        needs=(need("ชุดกากีเจ้าหน้าที่ด่าน แขนสั้น แขนยาว", "khaki_uniform"),),
    ),
    sme(
        88,
        "th",
        "วิสาหกิจชุมชนรีไซเคิลผ้าบ้านโป่ง",
        CIRC,
        MID,
        "Ratchaburi",
        "banpong.recycle@gmail.com",
        bcg=("circular",),
        offers=(offer("พรมเช็ดเท้าถักจากเศษผ้า", "rag_rugs"),),
        needs=(need("เศษผ้าทุกชนิด รับซื้อเหมาเป็นกระสอบ", "cutting_waste"),),
    ),
    sme(
        89,
        "en",
        "Green Loop Textile Recovery Co., Ltd.",
        CIRC,
        UP,
        "Chonburi",
        "info@greenloop.co.th",
        certs=("GRS", "ISO 14001"),
        bcg=("circular", "green"),
        offers=(
            offer(
                "Witnessed shredding of retired uniforms, destruction certificate issued",
                "uniform_shredding_service",
            ),
            offer("Shoddy fibre from mixed old uniforms, baled", "shoddy_fibre"),
        ),
        needs=(need("Retired workwear and guard uniforms, non-camo", "used_uniforms"),),
    ),
    sme(
        90,
        "th",
        "โรงงานแผ่นใยอัด ลาดกระบัง",
        CIRC,
        MID,
        "Bangkok",
        "latkrabang.felt@gmail.com",
        offers=(offer("แผ่นใยอัดจากผ้ารีไซเคิล ใช้บุรถยนต์", "nonwoven_felt"),),
        needs=(need("ใยรีไซเคิลจากเสื้อผ้าเก่า คละสี", "shoddy_fibre"),),
    ),
    sme(
        91,
        "en",
        "Sisaket Cotton Weavers Group",
        ALI,
        MID,
        "Sisaket",
        "sisaket.weavers@gmail.com",
        certs=("OTOP",),
        offers=(offer("Handwoven checked cotton cloth (pha khao ma), 2 m lengths", "pha_khao_ma"),),
        needs=(need("Handspun white cotton, by the skein", "handspun_cotton_yarn"),),
    ),
    sme(
        92,
        "th",
        "บริษัท ไทยแคนวาสแอนด์แบ็ก จำกัด",
        CIRC,
        DOWN,
        "Nonthaburi",
        "thaicanvasbag@gmail.com",
        offers=(offer("กระเป๋าผ้าแคนวาส สกรีนโลโก้ ของแจกงานสัมมนา", "cloth_bag"),),
        needs=(need("ผ้าใบดิบเบอร์ 10 มีฉลากเขียวยิ่งดี", "cotton_canvas", waive=("Thai Green Label",)),),
    ),
    sme(
        93,
        "en",
        "Thai Guard Training Academy",
        ALC,
        DOWN,
        "Pathum Thani",
        "admin@thaiguardacademy.com",
        needs=(
            need(
                "Trainee guard uniforms, grey; ISO 9001 not required",
                "security_guard_uniform",
                waive=("ISO 9001",),
            ),
            need("Rain ponchos for trainees, any material", "raincoat_pvc", "raincoat_nylon"),
        ),
    ),
    sme(
        94,
        "th",
        "กองทุนสวัสดิการ ตชด. ภาค 4",
        SPORT,
        DOWN,
        "Surat Thani",
        "bpp4.welfare@gmail.com",
        needs=(
            need(
                "ชุดพรางตำรวจตระเวนชายแดน มือหนึ่ง ต้องได้ มอก.",
                "camo_uniform",
                req=("Thai Industrial Standard",),
            ),
            need("เต็นท์สนาม ผ้าใบกันน้ำ", "field_tent"),
        ),
    ),
    sme(
        95,
        "th",
        "เครือข่ายกู้ภัยวิทยุอีสาน",
        SPORT,
        DOWN,
        "Roi Et",
        "isan.rescue.radio@gmail.com",
        needs=(
            need("ชุดปฏิบัติการกู้ภัยสีส้ม", "rescue_uniform"),
            need("เชือกกู้ภัยเส้นใหญ่ ยาว 50 เมตร", "rescue_rope"),
        ),
    ),
)
# DATA-END

PROFILES: tuple[Sme, ...] = (*PART_1, *PART_2, *PART_3, *PART_4)


# ====================================================================== checks

_THAI_LETTER = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e4e]")
_EMAIL = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
_ID = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")


def _key(text: str) -> str:
    return re.sub(r"[\s\-_.,]+", "", unicodedata.normalize("NFKC", text).casefold())


def _names_certification(text: str, certification: str) -> bool:
    """Whether `text` names `certification` by its name, an alias or a mention."""
    for cert in CERTIFICATIONS:
        if cert.name == certification:
            names = (cert.name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
            return any(_key(name) in _key(text) for name in names)
    return False


def _thai_ok(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    thai = sum(1 for ch in letters if _THAI_LETTER.match(ch))
    return bool(letters) and thai / len(letters) >= 0.6


def _english_ok(text: str) -> bool:
    return all(ord(ch) < 0x250 and ch.isprintable() for ch in text) and any(ch.isalpha() for ch in text)


def qualified_suppliers(buyer: Sme, nd: Need, profiles: tuple[Sme, ...]) -> list[str]:
    found = []
    for supplier in profiles:
        if supplier.id == buyer.id:
            continue
        held = {resolve_certification(c) for c in supplier.certs}
        if not set(nd.requires) <= held:
            continue
        if any(o.label in nd.labels for o in supplier.offers):
            found.append(supplier.id)
    return found


def check(profiles: tuple[Sme, ...]) -> list[str]:
    errors: list[str] = []
    ids = [p.id for p in profiles]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    expected = [f"{ID_PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]
    if ids != expected:
        missing = sorted(set(expected) - set(ids))
        errors.append(f"ids must be {expected[0]}..{expected[-1]} in order; missing {missing[:5]}")
    offered: dict[str, set[str]] = {}
    offer_texts = {_key(o.text) for p in profiles for o in p.offers}
    for p in profiles:
        where = p.id
        if not _ID.match(p.id):
            errors.append(f"{where}: bad id")
        if p.language not in ("th", "en"):
            errors.append(f"{where}: bad language {p.language!r}")
        if p.sub_cluster not in {s.value for s in SubCluster}:
            errors.append(f"{where}: bad sub_cluster {p.sub_cluster!r}")
        if p.stage not in {s.value for s in Stage}:
            errors.append(f"{where}: bad stage {p.stage!r}")
        if resolve_province(p.province) is None:
            errors.append(f"{where}: province {p.province!r} does not resolve")
        if not _EMAIL.match(p.email):
            errors.append(f"{where}: bad email {p.email!r}")
        for c in p.certs:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        if len({resolve_certification(c) for c in p.certs}) != len(p.certs):
            errors.append(f"{where}: certification listed twice")
        for b in p.bcg:
            if b not in {t.value for t in BcgTag}:
                errors.append(f"{where}: bad bcg tag {b!r}")
        if len(set(p.bcg)) != len(p.bcg):
            errors.append(f"{where}: bcg tag listed twice")
        if not 0 <= len(p.offers) <= 3 or not 0 <= len(p.needs) <= 3:
            errors.append(f"{where}: 0-3 offers and 0-3 needs expected")
        if not p.offers and not p.needs:
            errors.append(f"{where}: neither offers nor needs")
        phrases = [p.name, *(o.text for o in p.offers), *(n.text for n in p.needs)]
        if len({_key(t) for t in phrases}) != len(phrases):
            errors.append(f"{where}: a phrase is repeated")
        for text in phrases:
            if text != text.strip() or "  " in text or not text:
                errors.append(f"{where}: untidy phrase {text!r}")
            ok = _thai_ok(text) if p.language == "th" else _english_ok(text)
            if not ok:
                errors.append(f"{where}: phrase not in {p.language}: {text!r}")
        for o in p.offers:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", o.label):
                errors.append(f"{where}: bad label {o.label!r}")
            offered.setdefault(o.label, set()).add(p.id)
    for p in profiles:
        for nd in p.needs:
            where = f"{p.id} need {nd.text!r}"
            if _key(nd.text) in offer_texts:
                errors.append(f"{where}: worded exactly like an offer")
            for label in nd.labels:
                if not offered.get(label, set()) - {p.id}:
                    errors.append(f"{where}: label {label!r} is offered by no one else")
            if not nd.unmet_note and not nd.labels:
                errors.append(f"{where}: a met need must list labels")
            for c in (*nd.requires, *nd.waives):
                if resolve_certification(c) != c:
                    errors.append(f"{where}: {c!r} is not a canonical certification name")
                elif not _names_certification(nd.text, c):
                    errors.append(f"{where}: {c!r} is not named in the text")
            if set(nd.requires) & set(nd.waives):
                errors.append(f"{where}: a certification both required and waived")
            read = find_certifications(nd.text)
            if read != set(nd.requires):
                errors.append(f"{where}: the text reads as requiring {sorted(read)}, labelled {list(nd.requires)}")
            suppliers = qualified_suppliers(p, nd, profiles)
            if nd.unmet_note and suppliers:
                errors.append(f"{where}: marked unmet but met by {suppliers}")
            if not nd.unmet_note and not suppliers:
                errors.append(f"{where}: met by no qualified supplier")
    return errors


def true_links(profiles: tuple[Sme, ...]) -> list[tuple[str, str]]:
    links = {
        (supplier, buyer.id)
        for buyer in profiles
        for nd in buyer.needs
        if not nd.unmet_note
        for supplier in qualified_suppliers(buyer, nd, profiles)
    }
    return sorted(links)


def size_errors(profiles: tuple[Sme, ...], links: list[tuple[str, str]]) -> list[str]:
    errors = []
    by_id = {p.id: p for p in profiles}
    if len(profiles) != N_PROFILES:
        errors.append(f"{len(profiles)} profiles, {N_PROFILES} expected")
    thai = sum(p.language == "th" for p in profiles) / max(1, len(profiles))
    if not THAI_SHARE_RANGE[0] <= thai <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {thai:.2f} outside {THAI_SHARE_RANGE}")
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        errors.append(f"{len(links)} links, {LINK_RANGE} expected")
    cross = sum(by_id[s].language != by_id[b].language for s, b in links) / max(1, len(links))
    if not CROSS_SHARE_RANGE[0] <= cross <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE_RANGE}")
    unmet_count = sum(bool(nd.unmet_note) for p in profiles for nd in p.needs)
    if not UNMET_RANGE[0] <= unmet_count <= UNMET_RANGE[1]:
        errors.append(f"{unmet_count} unmet needs, {UNMET_RANGE} expected")
    met = [len(qualified_suppliers(p, nd, profiles)) for p in profiles for nd in p.needs if not nd.unmet_note]
    if met and sum(1 <= k <= 3 for k in met) / len(met) < 0.75:
        errors.append("fewer than 75 % of met needs are met by 1-3 suppliers")
    if met and not any(k > 3 for k in met):
        errors.append("no need is met by more than 3 suppliers")
    return errors


# ====================================================================== output


def profile_json(p: Sme) -> str:
    obj: dict[str, object] = {
        "id": p.id,
        "name": p.name,
        "sub_cluster": p.sub_cluster,
        "stage": p.stage,
        "province": p.province,
        "offers": [o.text for o in p.offers],
        "needs": [n.text for n in p.needs],
    }
    if p.certs:
        obj["certifications"] = list(p.certs)
    if p.bcg:
        obj["bcg"] = list(p.bcg)
    obj["contact_email"] = p.email
    obj["language"] = p.language
    return json.dumps(obj, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def counts_table(profiles: tuple[Sme, ...], links: list[tuple[str, str]]) -> str:
    by_id = {p.id: p for p in profiles}
    needs = [(p, nd) for p in profiles for nd in p.needs]
    met = [nd for _, nd in needs if not nd.unmet_note]
    th_en = sum(by_id[s].language == "th" and by_id[b].language == "en" for s, b in links)
    en_th = sum(by_id[s].language == "en" and by_id[b].language == "th" for s, b in links)
    cross = th_en + en_th
    resolved = [resolve_province(p.province) for p in profiles]
    regions = Counter(r.region.value for r in resolved if r is not None)
    provinces = {r.name_en for r in resolved if r is not None}
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(profiles))),
        (
            "Thai / English profiles",
            f"{sum(p.language == 'th' for p in profiles)} / {sum(p.language == 'en' for p in profiles)}",
        ),
    ]
    sub = Counter(p.sub_cluster for p in profiles)
    rows += [(f"sub-cluster `{s.value}`", str(sub[s.value])) for s in SubCluster]
    stage = Counter(p.stage for p in profiles)
    rows += [(f"stage `{s.value}`", str(stage[s.value])) for s in Stage]
    rows += [(f"region `{r}`", str(regions[r])) for r in sorted(regions)]
    rows += [
        ("distinct provinces", str(len(provinces))),
        ("offers", str(sum(len(p.offers) for p in profiles))),
        ("distinct offer labels", str(len({o.label for p in profiles for o in p.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        ("needs requiring a certification", str(sum(bool(nd.requires) for _, nd in needs))),
        ("needs waiving a certification", str(sum(bool(nd.waives) for _, nd in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / max(1, len(links)):.0%})"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(by_id[s].sub_cluster != by_id[b].sub_cluster for s, b in links)),
        ),
    ]
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


README = """\
# `eval/blind_plain_security/`: hand-labelled matchmaking set, uniformed services and security

## What the set checks

How well the matcher finds true supplier-buyer pairs among SME registry entries whose wording
it has never seen. The theme is uniformed services and security: police, military, customs, park
rangers, security guard companies, firefighters and rescue volunteers, and the SMEs that make
their uniforms, camouflage cloth, berets and caps, name tapes and rank insignia, webbing and
load-bearing vests, covers for body armour, bags, raincoats, boots and socks, sleeping bags,
flags, aramid firefighter suits, reflective vests and rescue rope; badge and patch makers, drill
and ripstop mills, khaki and olive dyers, tender buyers; and the ordinary cotton, yarn, cloth,
dyeing and sewing suppliers that the cluster also has.

The profiles are plain registry entries: one short phrase per offer or need, 0-3 of each, Thai
(written the way Thai people write it, with spaces between phrases, not words) or English, with
local and regional names, trade words, brand names, abbreviations, sizes, prices, minimum orders
and places. Needs are worded differently from the offers that meet them, often in the other
language. Hard cases: a service versus the goods it works on (commission dyeing versus dyed cloth,
sewing for others versus finished uniforms, embroidery on the customer's shirts versus
embroidered patches); the customer's own goods sent for work; used goods and waste versus new;
raw versus processed (seed cotton, lint, yarn, cloth, garment); finished goods described by their
material, colour or technique; needs written as a wish, a bare noun phrase or a question;
refusals ("ไม่เอาสีเคมี", "no PVC"); needs that require a named certification and needs that name
one only to waive it; and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile JSONL version 1 and the
links CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings; not the
matcher, its glossary, its tests, the other evaluation sets or the project's data. All profiles,
labels and notes live in `write.py`; the output files carry no labels.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`dyeing_service` for dyeing the customer's cloth versus `dyed_uniform_fabric` for cloth sold
already dyed). Every need either lists the offer labels that would meet it and the certifications
its text requires, or is marked as met by no one with a short note. A pair (supplier, buyer) is a
true link when some offer of the supplier carries a label listed by one of the buyer's needs and
the supplier's `certifications` hold every certification that need requires. An SME is never
linked to itself. Shared words play no part; quantities, prices and places never decide a link;
what changes what the thing is does. A certification that a need names only to waive it
("ไม่ต้องมี มอก. ก็ได้", "GRS welcome but not required") is not required.

Before writing, the script checks: ids unique and well-formed; every contract field valid (every
province resolves with `resolve_province`, every certification with `resolve_certification`,
sub-cluster, stage and BCG tags are taxonomy values); every label a need lists is offered by
someone other than the buyer; every met need has a qualified supplier and every unmet one has
none; a required or waived certification is named in the need's text, and `find_certifications`
reads the need as requiring exactly the labelled certifications; Thai phrases mostly Thai letters,
English ones Latin only; the size targets (95 profiles, 50-60 % Thai, 160-180 links, 40-60 % of
them across languages, 15-25 unmet needs, most met needs met by 1-3 suppliers). It writes nothing
if any check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_security/write.py

(`--explain` also prints every need with the suppliers that meet it.)

## Files

- `write.py`: all data and labels; checks them and writes the three files below.
- `profiles.jsonl`: {n_profiles} SME profiles, contract format, ids `{first}` ... `{last}`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def explain(profiles: tuple[Sme, ...]) -> None:
    for p in profiles:
        for nd in p.needs:
            suppliers = qualified_suppliers(p, nd, profiles)
            tag = f"UNMET ({nd.unmet_note})" if nd.unmet_note else ",".join(suppliers)
            print(f"{p.id} [{len(suppliers)}] {nd.text} -> {tag}")


def main(argv: list[str]) -> int:
    errors = check(PROFILES)
    links = true_links(PROFILES)
    table = counts_table(PROFILES, links)
    if "--explain" in argv:
        explain(PROFILES)
    print(table)
    errors += size_errors(PROFILES, links)
    if errors:
        for error in errors:
            print(f"ERROR: {error}", file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    jsonl = "".join(profile_json(p) + "\n" for p in PROFILES)
    readme = README.format(n_profiles=len(PROFILES), first=PROFILES[0].id, last=PROFILES[-1].id, table=table)
    for name, text in (("profiles.jsonl", jsonl), ("links.csv", links_csv(links)), ("README.md", readme)):
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {len(PROFILES)} profiles and {len(links)} links to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
