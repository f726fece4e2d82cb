"""Write the blind evaluation set `eval/blind_plain_machines/`: sewing machines and their trade.

Every profile, offer label and need below was written by hand. Run from the repository root:

    .venv/bin/python eval/blind_plain_machines/write.py

The script checks the data first and writes nothing if a check fails. It writes
`profiles.jsonl`, `links.csv` and `README.md` next to itself and prints the counts table.
"""

from __future__ import annotations

import importlib
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
taxonomy = importlib.import_module("shared.taxonomy")

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"


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
    unmet: str = ""  # why no one in the set meets it; empty for a need that is met


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[Offer, ...] = ()
    needs: tuple[Need, ...] = ()
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = field(default=())

    @property
    def id(self) -> str:
        return f"bsn-{self.num:03d}"


def off(text: str, label: str) -> Offer:
    return Offer(text, label)


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need no one in the set meets; `labels` and `req` name the thing when a near miss is offered."""
    return Need(text, labels, req, (), note)


# DATA-START
SMES: tuple[Sme, ...] = (
    Sme(
        1,
        "th",
        "ร้าน ส.เจริญกิจ จักรเย็บผ้า วงเวียนใหญ่",
        ALC,
        DOWN,
        "Bangkok",
        "sorcharoenkit@gmail.com",
        offers=(
            off("จักรเข็มเดี่ยว JUKI DDL-8700 ของใหม่ ประกันศูนย์ 1 ปี", "lockstitch_machine_new"),
            off("จักรโพ้ง 4 เส้น ยี่ห้อซิรูบ้า ตัวละ 14,500 บาท", "overlock_machine_new"),
            off("จักรลา 3 เข็ม 5 เส้น เย็บชายเสื้อยืด", "coverstitch_machine"),
        ),
    ),
    Sme(
        2,
        "en",
        "Second Stitch Machinery Co., Ltd.",
        CIRC,
        MID,
        "Samut Prakan",
        "sales@secondstitch.co.th",
        offers=(
            off("Reconditioned Juki single-needle machines, 6-month warranty", "used_lockstitch_machine"),
            off("Used Pegasus and Yamato overlockers, serviced and tested", "used_overlock_machine"),
            off("Machine hire by the month, delivered in the Bangkok area", "machine_rental"),
        ),
        needs=(
            need("Dead machines of any make, bought by the lot for stripping", "scrap_sewing_machines"),
            need("bobbin cases for DDL-type heads", "bobbins_and_cases"),
        ),
        bcg=("circular",),
    ),
    Sme(
        3,
        "th",
        "ช่างเอก ซ่อมจักร ขอนแก่น",
        ALI,
        MID,
        "Khon Kaen",
        "chang.ek.kk@gmail.com",
        offers=(
            off("รับซ่อมจักรอุตฯ ทุกยี่ห้อ ถึงที่ ขอนแก่น อุดร มหาสารคาม", "industrial_machine_repair"),
            off("สอนซ่อมจักรเบื้องต้น 3 วัน สำหรับช่างชุมชน", "mechanic_course"),
        ),
        needs=(
            need("ตะขอหมุน ฟันจักร แผ่นเพลท ราคาส่งช่าง", "machine_spare_parts"),
            need("รับซื้อซากจักร จักรพัง ทุกสภาพ", "scrap_sewing_machines"),
        ),
        bcg=("circular",),
    ),
    Sme(
        4,
        "en",
        "Eastern Sportswear Manufacturing Co., Ltd.",
        SPORT,
        MID,
        "Chonburi",
        "export@easternsportswear.co.th",
        offers=(
            off("Sublimated football and running jerseys, OEM, from 300 pcs", "sports_jersey"),
            off("Cut-make-trim for sports brands, MOQ 500 pieces", "cmt_sewing_service"),
        ),
        needs=(
            need("Flatlock / cover seam machines, 10 units", "coverstitch_machine"),
            need(
                "Polyester interlock for team kits, OEKO-TEX Standard 100 certified only",
                "sportswear_knit_fabric",
                req=("OEKO-TEX Standard 100",),
            ),
        ),
        certifications=("ISO 9001",),
    ),
    Sme(
        5,
        "th",
        "บริษัท เข็มทองอะไหล่จักร จำกัด",
        ALC,
        MID,
        "Nonthaburi",
        "sales@khemthong.co.th",
        offers=(
            off("เข็มจักรอุตสาหกรรม Organ DBx1 เบอร์ 9-18 กล่องละ 100 เล่ม", "machine_needles"),
            off("ตีนผีซิปซ่อน ตีนผีกุ๊น ตีนผีสารพัดแบบ", "presser_feet"),
            off("ไส้กระสวยและกระสวย ทั้งจักรบ้านและจักรอุตฯ", "bobbins_and_cases"),
        ),
    ),
    Sme(
        6,
        "en",
        "Siam Servo Drive Co., Ltd.",
        ALC,
        MID,
        "Bangkok",
        "info@siamservodrive.com",
        offers=(
            off("Energy-saving servo motors 550 W for industrial heads", "servo_motor"),
            off("Clutch motor brushes, belts and pulleys", "motor_spare_parts"),
        ),
        needs=(unmet("Enamelled copper winding wire 0.5 mm", "no one in the set sells winding wire"),),
        certifications=("TIS",),
    ),
    Sme(
        7,
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        "maesamai.hemp@gmail.com",
        offers=(
            off("ใยกัญชงลอกมือ ตากแห้ง กิโลละ 180 บาท", "hemp_fibre"),
            off("ด้ายกัญชงเข็นมือ สีธรรมชาติ ม้วนละครึ่งกิโล", "hemp_yarn"),
        ),
        needs=(
            need("จักรเย็บผ้าแบบไม่ใช้ไฟฟ้า 5 หลัง", "treadle_sewing_machine"),
            need("หาครูสอนตัดเย็บให้สมาชิกกลุ่ม", "sewing_course"),
        ),
        certifications=("Organic Thailand",),
        bcg=("bio",),
    ),
    Sme(
        8,
        "en",
        "Lanna Hemp Loom Studio",
        HEMP,
        MID,
        "Chiang Mai",
        "hello@lannahemploom.com",
        offers=(off("Handloom hemp cloth, 60 cm width, natural grey", "hemp_fabric"),),
        needs=(
            need("Hand-stripped hemp bast, Organic Thailand certified", "hemp_fibre", req=("Organic Thailand",)),
            need("Someone to service our old Singer treadles", "household_machine_repair"),
        ),
        bcg=("bio",),
    ),
    Sme(
        9,
        "th",
        "ดอยกัญชง กระเป๋าทำมือ",
        HEMP,
        DOWN,
        "Chiang Rai",
        "doikanchong.shop@gmail.com",
        offers=(
            off("กระเป๋าเป้ผ้ากัญชงย้อมคราม ทำมือ", "hemp_bag"),
            off("หมวกบักเก็ตผ้าใยกัญชง", "hemp_hat"),
        ),
        needs=(
            need("ผ้าเฮมพ์ หน้ากว้าง 1 เมตรขึ้นไป", "hemp_fabric"),
            need("ซิปทองเหลือง YKK เบอร์ 5 ยาว 30 ซม.", "zippers"),
        ),
        bcg=("bio",),
    ),
    Sme(
        10,
        "en",
        "Mahachai Offcut Traders",
        CIRC,
        UP,
        "Samut Sakhon",
        "trade@mahachaioffcut.com",
        offers=(off("Cutting-room offcuts from garment plants, sorted by colour, by the tonne", "textile_scraps"),),
        needs=(unmet("Hydraulic baling press for fabric waste", "no one offers baling presses"),),
        bcg=("circular",),
    ),
    Sme(
        11,
        "th",
        "ร้านนครพิงค์จักรเย็บผ้า",
        CIRC,
        DOWN,
        "Chiang Mai",
        "nakornping.sewing@gmail.com",
        offers=(
            off("จักรกระเป๋าหิ้ว บราเดอร์ มีฟรีแขน", "household_sewing_machine"),
            off("รับซ่อมจักรบ้าน จักรหัวดำ เปลี่ยนสายพาน", "household_machine_repair"),
        ),
        needs=(need("สายพาน ยางล้อ สำหรับจักรหัวดำ", "machine_spare_parts"),),
    ),
    Sme(
        12,
        "en",
        "Hatyai Sewing Centre",
        CIRC,
        DOWN,
        "Songkhla",
        "hatyaisewing@gmail.com",
        offers=(
            off("Janome and Singer home machines, free first lesson", "household_sewing_machine"),
            off("Beginner sewing classes, 8 evenings", "sewing_course"),
            off("Schmetz household needles, packs of 5", "household_needles"),
        ),
    ),
    Sme(
        13,
        "th",
        "โคราชจักรกล มือสอง",
        ALI,
        DOWN,
        "Korat",
        "korat.chakkon@hotmail.com",
        offers=(
            off("จักรเย็บอุตสาหกรรมมือสองญี่ปุ่น เข็มเดียว ปรับตั้งพร้อมใช้", "used_lockstitch_machine"),
            off("เครื่องโพ้งเก่า 3 เส้น 4 เส้น ราคาถูก", "used_overlock_machine"),
            off("อะไหล่จักรเก่า ถอดแยกชิ้น", "machine_spare_parts"),
        ),
        needs=(need("มอเตอร์เซอร์โว มีมอก.", "servo_motor", req=("Thai Industrial Standard",)),),
        bcg=("circular",),
    ),
    Sme(
        14,
        "en",
        "Mae Sot Machine Service",
        CIRC,
        MID,
        "Tak",
        "maesot.machine@gmail.com",
        offers=(
            off("On-site repair and timing of industrial machines, Tak and Mae Sot", "industrial_machine_repair"),
            off("Short-term machine hire for peak orders", "machine_rental"),
        ),
    ),
    Sme(
        15,
        "th",
        "ปทุมคัตติ้งแอนด์ไอรอน",
        ALC,
        MID,
        "Pathum Thani",
        "patum.cutting@gmail.com",
        offers=(
            off("เครื่องตัดผ้าใบมีดตรง 8 นิ้ว ตัดได้หนา 20 ชั้น", "fabric_cutting_machine"),
            off("เตารีดหม้อต้ม ไอน้ำแรง ใช้ในโรงงาน", "industrial_steam_iron"),
        ),
    ),
    Sme(
        16,
        "en",
        "Bangpoo Thread Mills Co., Ltd.",
        SPORT,
        MID,
        "Samut Prakan",
        "sales@bangpoothread.com",
        offers=(
            off("Spun polyester sewing thread 40/2, 5,000 m cones", "sewing_thread"),
            off("Bonded nylon thread for bags and shoes", "sewing_thread"),
        ),
        needs=(unmet("Virgin polyester staple fibre 1.4D x 38 mm", "no one in the set makes staple fibre"),),
        certifications=("OEKO-TEX Standard 100",),
    ),
    Sme(
        17,
        "th",
        "ร้านด้ายหลอด ราชบุรี",
        ALC,
        MID,
        "Ratchaburi",
        "daylot.rb@gmail.com",
        offers=(off("ด้ายโพ้ง ด้ายเย็บ หลอดใหญ่ 40/2 ขายส่ง", "sewing_thread"),),
        needs=(unmet("กรวยกระดาษเปล่าสำหรับกรอด้าย", "no one sells empty paper cones"),),
    ),
    Sme(
        18,
        "th",
        "นครปฐม เอ็มบรอยเดอรี่ แมชชีน",
        ALC,
        DOWN,
        "Nakhon Pathom",
        "npt.embmachine@gmail.com",
        offers=(off("จักรปักคอมพิวเตอร์ 12 เข็ม หัวเดียว ทาจิม่า", "embroidery_machine"),),
        needs=(need("ด้ายปักเงา เรยอน 120D หลายสี", "embroidery_thread"),),
    ),
    Sme(
        19,
        "en",
        "Pratunam Logo Embroidery",
        ALC,
        MID,
        "Bangkok",
        "pratunam.logo@gmail.com",
        offers=(off("Logo embroidery on your own shirts and caps, from 20 pcs", "embroidery_service"),),
        needs=(
            unmet("Tear-away stabiliser rolls", "no one offers embroidery backing"),
            need("12-needle computer embroidery head, second hand OK", "embroidery_machine"),
        ),
    ),
    Sme(
        20,
        "th",
        "ศูนย์ฝึกอาชีพตัดเย็บ อุดรธานี",
        ALI,
        DOWN,
        "Udon Thani",
        "udon.sewingcentre@gmail.com",
        offers=(off("อบรมตัดเย็บเสื้อผ้า หลักสูตร 60 ชั่วโมง", "sewing_course"),),
        needs=(
            need("จักรไฟฟ้าแบบพกพา สำหรับผู้เรียน 15 หลัง", "household_sewing_machine"),
            need("จักรอุตฯ เข็มเดี่ยว ของใหม่เท่านั้น ไม่เอามือสอง", "lockstitch_machine_new"),
        ),
    ),
    Sme(
        21,
        "en",
        "Northern Sewing Parts Co.",
        ALC,
        MID,
        "Lamphun",
        "parts@northernsewing.co.th",
        offers=(
            off("Rotary hooks, feed dogs, throat plates, knives for Juki and Brother", "machine_spare_parts"),
            off("Presser feet: zipper, piping, hemmer, Teflon", "presser_feet"),
            off("Lockstitch buttonholers", "buttonhole_machine"),
        ),
        needs=(need("Needles in bulk, DCx27 and DBx1", "machine_needles"),),
    ),
    Sme(
        22,
        "th",
        "สุราษฎร์จักรเย็บผ้า",
        CIRC,
        DOWN,
        "Surat Thani",
        "suratsewing@gmail.com",
        offers=(
            off("จักรถีบหัวดำ ซิงเกอร์ บูรณะใหม่ พร้อมโต๊ะ", "treadle_sewing_machine"),
            off("ซ่อมจักรบ้าน จักรถีบ รับส่งถึงบ้าน", "household_machine_repair"),
        ),
    ),
    Sme(
        23,
        "en",
        "ThaiSew Academy",
        ALC,
        DOWN,
        "Bangkok",
        "learn@thaisewacademy.com",
        offers=(
            off("Industrial machine operator training, two weeks", "machine_operator_course"),
            off("Sewing machine mechanic course with certificate", "mechanic_course"),
        ),
        needs=(need("Second-hand overlockers for the training floor", "used_overlock_machine"),),
    ),
    Sme(
        24,
        "th",
        "บริษัท ศรีมหาชัย การ์เมนต์ จำกัด",
        CIRC,
        MID,
        "Samut Sakhon",
        "srimahachai.garment@gmail.com",
        offers=(
            off("จักรเสียขายเหมา 40 หลัง ให้ช่างไปถอดอะไหล่", "scrap_sewing_machines"),
            off("เศษผ้ายืดจากห้องตัด ขายเป็นกระสอบ", "textile_scraps"),
        ),
        bcg=("circular",),
    ),
    Sme(
        25,
        "en",
        "Bangkok Industrial Sewing Supply",
        ALC,
        DOWN,
        "Bangkok",
        "sales@bkksewingsupply.com",
        offers=(
            off("Brand-new Brother S-7300A direct-drive lockstitch", "lockstitch_machine_new"),
            off("New 5-thread safety stitch overlock, Jack", "overlock_machine_new"),
            off("Round-knife and straight-knife cloth cutters", "fabric_cutting_machine"),
        ),
    ),
    Sme(
        26,
        "th",
        "ชลบุรีมอเตอร์จักร",
        ALC,
        MID,
        "Chon Buri",
        "cbmotor.sew@gmail.com",
        offers=(
            off("มอเตอร์เซอร์โวจีน 600 วัตต์ ราคาประหยัด", "servo_motor"),
            off("เตารีดไอน้ำแบบแขวนขวด ราคาส่ง", "industrial_steam_iron"),
        ),
        needs=(need("เข็มจักร ยกกุรุส", "machine_needles"),),
    ),
    Sme(
        27,
        "en",
        "Sampeng Trim House",
        ALC,
        MID,
        "Bangkok",
        "sampengtrim@gmail.com",
        offers=(
            off("YKK metal and coil zips, all lengths", "zippers"),
            off("Hook-and-loop tape 20 mm, 25 m rolls", "hook_and_loop_tape"),
            off("Rayon embroidery thread, 120D, 300 colours", "embroidery_thread"),
        ),
    ),
    Sme(
        28,
        "th",
        "ยางยืดพรชัย",
        ALC,
        MID,
        "Nakhon Pathom",
        "pornchai.elastic@gmail.com",
        offers=(
            off("ยางยืดถักขอบกางเกง หน้า 1 นิ้ว", "elastic_tape"),
            off("เทปตีนตุ๊กแก สีขาว สีดำ ม้วนใหญ่", "hook_and_loop_tape"),
        ),
        needs=(unmet("ด้ายยาง (ยางเส้น) สำหรับถักยางยืด", "no one offers rubber thread"),),
    ),
    Sme(
        29,
        "th",
        "กลุ่มปลูกฝ้ายบ้านนาด้วง",
        ALI,
        UP,
        "Loei",
        "naduang.cotton@gmail.com",
        offers=(
            off("ฝ้ายดิบทั้งเมล็ด เก็บจากไร่ ช่วง ธ.ค.-ก.พ.", "raw_cotton"),
            off("ฝ้ายเข็นมือ เส้นใหญ่ สีขาวตุ่น", "handspun_cotton_yarn"),
        ),
        needs=(need("อยากเรียนเย็บด้วยจักร ทำกระเป๋าขาย", "sewing_course"),),
        bcg=("bio",),
    ),
    Sme(
        30,
        "en",
        "Sakon Indigo Works",
        ALI,
        MID,
        "Sakon Nakhon",
        "hello@sakonindigo.com",
        offers=(
            off("Indigo-dyed handwoven cotton, sold per metre", "indigo_dyed_cotton_fabric"),
            off("Vat indigo dyeing of your cloth or garments", "indigo_dyeing_service"),
            off("Indigo tote bags in hand-loomed cotton", "cotton_bag"),
        ),
        needs=(
            need("Hand-spun cotton yarn, undyed", "handspun_cotton_yarn"),
            unmet("Indigo paste from Strobilanthes leaves, 50 kg", "no one offers indigo paste"),
        ),
        certifications=("OTOP",),
        bcg=("bio", "green"),
    ),
    Sme(
        31,
        "th",
        "หม้อห้อมแม่มาลัย เมืองแพร่",
        HEMP,
        MID,
        "Phrae",
        "maemalai.mohom@gmail.com",
        offers=(
            off("เสื้อหม้อห้อม คอจีน ผ้าฝ้ายย้อมคราม", "indigo_cotton_shirt"),
            off("ผ้าหม้อห้อมขายเป็นหลา", "indigo_dyed_cotton_fabric"),
        ),
        needs=(
            need("ผ้าดิบเป็นม้วน ๆ ไว้ย้อมหม้อห้อมเอง", "greige_cotton_fabric"),
            need("กระดุมไม้หรือกระดุมเปลือกมะพร้าว", "buttons"),
        ),
        certifications=("OTOP",),
    ),
    Sme(
        32,
        "th",
        "กลุ่มย้อมครามบ้านดอนกอย",
        ALI,
        MID,
        "Sakon Nakhon",
        "donkoi.indigo@gmail.com",
        offers=(
            off("รับย้อมครามผ้าที่ลูกค้าส่งมา ทั้งฝ้ายและไหม", "indigo_dyeing_service"),
            off("ผ้าพันคอฝ้ายย้อมคราม มัดหมี่", "cotton_scarf"),
        ),
        needs=(need("ผ้าฝ้ายขาวยังไม่ย้อม ผืนละ 2 เมตร", "greige_cotton_fabric"),),
        bcg=("bio",),
    ),
    Sme(
        33,
        "en",
        "Korat Reactive Dyehouse Co., Ltd.",
        SPORT,
        MID,
        "Nakhon Ratchasima",
        "ops@koratdyehouse.com",
        offers=(off("Commission dyeing of knit fabric with reactive dyes, min 200 kg", "reactive_dyeing_service"),),
        needs=(need("Loom-state knit rolls for stock colours", "greige_knit_fabric"),),
        certifications=("ISO 14001",),
    ),
    Sme(
        34,
        "th",
        "ครามและครั่ง ดอยสะเก็ด",
        HEMP,
        MID,
        "Chiang Mai",
        "doisaket.natdye@gmail.com",
        offers=(off("รับย้อมผ้าด้วยสีจากเปลือกไม้ ครั่ง ขมิ้น", "natural_dyeing_service"),),
        needs=(unmet("เตาแก๊สหัวใหญ่สำหรับต้มหม้อย้อม", "no one offers gas burners"),),
        bcg=("bio", "green"),
    ),
    Sme(
        35,
        "en",
        "Surin Handspun Cotton Group",
        ALI,
        UP,
        "Surin",
        "surin.handspun@gmail.com",
        offers=(
            off("Handspun cotton yarn, natural cream, per kilo", "handspun_cotton_yarn"),
            off("Handwoven cotton cloth, ikat pattern", "handwoven_cotton_fabric"),
        ),
        needs=(
            need("Seed cotton from local farms", "raw_cotton"),
            need("A treadle machine or two for making bags", "treadle_sewing_machine"),
        ),
        bcg=("bio",),
    ),
    Sme(
        36,
        "th",
        "ผ้าฝ้ายทอมือ บ้านหวายหลึม",
        ALI,
        MID,
        "Roi Et",
        "waileum.cotton@gmail.com",
        offers=(
            off("ผ้าฝ้ายทอมือ ลายขิด หน้ากว้าง 80 ซม.", "handwoven_cotton_fabric"),
            off("ผ้าขาวม้าทอมือ 5 สี", "pakama"),
            off("ย่ามผ้าฝ้ายลายขิด สะพายไหล่", "cotton_bag"),
        ),
        needs=(need("หาคนรับย้อมผ้า สีธรรมชาติล้วน ไม่ใช้สีเคมี", "natural_dyeing_service", "indigo_dyeing_service"),),
        certifications=("OTOP",),
    ),
    Sme(
        37,
        "en",
        "Ayutthaya Greige Mill Co., Ltd.",
        ALC,
        UP,
        "Ayutthaya",
        "mill@ayutgreige.co.th",
        offers=(off("Greige cotton sheeting, 60 in, loom-state", "greige_cotton_fabric"),),
        needs=(need("Carded Ne 20/1 on cones", "cotton_yarn"),),
    ),
    Sme(
        38,
        "th",
        "โรงทอผ้าดิบ บางพลี",
        CIRC,
        UP,
        "Samut Prakan",
        "bangplee.weaving@gmail.com",
        offers=(
            off("ผ้าดิบ ทอเครื่อง ไม่ฟอกไม่ย้อม ขายยกม้วน", "greige_cotton_fabric"),
            off("เศษด้ายเศษผ้าริมจากโรงทอ", "weaving_waste"),
        ),
        needs=(need("ด้ายยืนด้ายพุ่ง ฝ้าย 100% เบอร์ 20", "cotton_yarn"),),
    ),
    Sme(
        39,
        "en",
        "Rayong rPET Yarn Co., Ltd.",
        CIRC,
        UP,
        "Rayong",
        "sales@rayongrpet.com",
        offers=(off("Recycled polyester filament yarn from PET bottles, 75D/72F", "recycled_polyester_yarn"),),
        needs=(unmet("Clear PET bottle flakes, washed", "no one offers PET flakes"),),
        certifications=("GRS",),
        bcg=("circular",),
    ),
    Sme(
        40,
        "th",
        "นครปฐมนิตติ้ง ผ้ากีฬา",
        SPORT,
        MID,
        "Nakhon Pathom",
        "nptknitting@gmail.com",
        offers=(
            off("ผ้าไมโครสปอร์ต ผ้าดรายฟิต ขายเป็นกิโล", "sportswear_knit_fabric"),
            off("ผ้าดิบเนื้อยืด ยังไม่ย้อม ม้วนละ 25 กก.", "greige_knit_fabric"),
        ),
        needs=(
            need(
                "ด้าย rPET ต้องมีใบรับรอง GRS",
                "recycled_polyester_yarn",
                req=("GRS",),
            ),
        ),
        certifications=("Oeko-Tex 100",),
    ),
    Sme(
        41,
        "en",
        "Loop Knit Co., Ltd.",
        SPORT,
        MID,
        "Samut Sakhon",
        "hello@loopknit.co.th",
        offers=(off("Recycled-poly mesh and interlock for sportswear", "sportswear_knit_fabric"),),
        needs=(need("rPET yarn, 150D", "recycled_polyester_yarn"),),
        certifications=("GRS",),
        bcg=("circular",),
    ),
    Sme(
        42,
        "th",
        "โรงปั่นด้ายลำพูน",
        CIRC,
        UP,
        "Lamphun",
        "lamphun.spinning@gmail.com",
        offers=(
            off("เส้นด้ายคอตตอน Ne 20 ปั่นเครื่อง ลูกละ 2 กก.", "cotton_yarn"),
            off("ด้ายรีไซเคิลจากเศษผ้าฝ้าย", "recycled_cotton_yarn"),
        ),
        needs=(need("ปุยฝ้ายรีไซเคิลจากเศษผ้า", "recycled_cotton_fibre"),),
        bcg=("circular",),
    ),
    Sme(
        43,
        "en",
        "Doi Organic Cotton Co.",
        HEMP,
        MID,
        "Chiang Mai",
        "sales@doiorganic.com",
        offers=(
            off("Organic cotton poplin, bleached white, 150 cm", "cotton_fabric"),
            off("Organic cotton canvas 10 oz, natural", "cotton_fabric"),
        ),
        needs=(need("Raw cotton from Thai farms", "raw_cotton"),),
        certifications=("GOTS",),
        bcg=("bio",),
    ),
    Sme(
        44,
        "th",
        "กลุ่มทอผ้าเกาะยอ",
        HEMP,
        MID,
        "Songkhla",
        "koyor.weaving@gmail.com",
        offers=(off("ผ้าทอเกาะยอ ลายราชวัตร ฝ้ายผสม", "handwoven_cotton_fabric"),),
        needs=(need("ด้ายฝ้ายเส้นเล็กสำหรับทอ หลายสี", "cotton_yarn"),),
        certifications=("OTOP",),
    ),
    Sme(
        45,
        "th",
        "บาติกนครศรี",
        HEMP,
        MID,
        "Nakhon Si Thammarat",
        "nakhonsibatik@gmail.com",
        offers=(
            off("ผ้าบาติกเขียนมือ ผ้าฝ้าย 2 หลา", "batik_fabric"),
            off("เสื้อเชิ้ตปาเต๊ะ ชาย หญิง", "batik_shirt"),
        ),
        needs=(need("ผ้าป่านขาวฟอกแล้ว สำหรับเขียนเทียน", "cotton_fabric"),),
    ),
    Sme(
        46,
        "th",
        "ผ้ามือสองคัดเกรด ตลาดโรงเกลือ",
        CIRC,
        UP,
        "Sa Kaeo",
        "rongkluea.bale@gmail.com",
        offers=(off("เสื้อผ้ามือสองคัดเกรด ขายเป็นกระสอบ", "used_clothing"),),
        bcg=("circular",),
    ),
    Sme(
        47,
        "en",
        "FibreLoop Recycling Co., Ltd.",
        CIRC,
        UP,
        "Saraburi",
        "hello@fibreloop.co.th",
        offers=(off("Shredded cotton fibre from post-industrial waste", "recycled_cotton_fibre"),),
        needs=(
            need("Cotton-rich cutting waste, 10 t per month", "textile_scraps"),
            need("Worn-out garments for shredding", "used_clothing"),
        ),
        certifications=("GRS",),
        bcg=("circular",),
    ),
    Sme(
        48,
        "th",
        "โรงงานเย็บผ้า แม่สอดการ์เมนต์",
        CIRC,
        MID,
        "Tak",
        "maesot.garment@gmail.com",
        offers=(off("รับเย็บตามออเดอร์ ลูกค้าส่งผ้ามาเอง", "cmt_sewing_service"),),
        needs=(
            need("เข็มเย็บผ้าจักรโรงงาน ซื้อทีละ 10 กล่อง", "machine_needles"),
            need("ช่างมาดูแลจักรในโรงงานประจำเดือน", "industrial_machine_repair"),
            unmet("ป้ายทอคอเสื้อ", "no one offers woven labels"),
        ),
    ),
    Sme(
        49,
        "th",
        "กลุ่มแม่บ้านตัดเย็บบ้านโนนทัน",
        ALI,
        DOWN,
        "Khon Kaen",
        "nonthan.sewing@gmail.com",
        offers=(
            off("รับจ้างเย็บกระเป๋า ผ้ากันเปื้อน ตามแบบลูกค้า", "cmt_sewing_service"),
            off("ผ้ากันเปื้อนผ้าฝ้ายย้อมคราม", "apron"),
        ),
        needs=(need("อยากได้จักรพ้งมือสอง 2 โต", "used_overlock_machine"),),
    ),
    Sme(
        50,
        "en",
        "PatternLab Studio",
        ALC,
        MID,
        "Nonthaburi",
        "hello@patternlab.studio",
        offers=(off("Graded garment patterns from your sample, paper or digital", "pattern_making_service"),),
        needs=(unmet("Pattern plotter or large-format printer", "no one offers plotters"),),
    ),
    Sme(
        51,
        "th",
        "ชลบุรีซับลิเมชั่น",
        SPORT,
        MID,
        "Chonburi",
        "cbsublimation@gmail.com",
        offers=(off("รับพิมพ์ลายลงผ้าโพลีเอสเตอร์ระบบซับลิเมชั่น", "sublimation_print_service"),),
        needs=(need("ผ้าโพลีเนื้อกีฬาสีขาว สำหรับพิมพ์", "sportswear_knit_fabric"),),
    ),
    Sme(
        52,
        "en",
        "Chao Phraya Care Hospital",
        ALC,
        DOWN,
        "Bangkok",
        "procurement@cpcarehospital.com",
        needs=(
            need("Reusable isolation gowns from an ISO 13485 maker", "isolation_gown", req=("ISO 13485",)),
            need("Scrub sets, navy, sizes S-3XL", "nurse_scrubs"),
            need("Fitted sheets for hospital beds, 100 pcs", "hospital_bed_linen"),
        ),
    ),
    Sme(
        53,
        "th",
        "บริษัท เมดิเท็กซ์ การ์เมนต์ จำกัด",
        ALC,
        MID,
        "Samut Prakan",
        "meditex.garment@gmail.com",
        offers=(
            off("ชุดกาวน์กันน้ำ ซักใช้ซ้ำได้ สำหรับห้องแยกโรค", "isolation_gown"),
            off("ชุดสครับพยาบาล ผ้าคอตตอนผสม", "nurse_scrubs"),
        ),
        needs=(
            unmet("ผ้าเคลือบกันน้ำกันเชื้อ หน้ากว้าง 60 นิ้ว", "no one offers coated barrier fabric"),
            need("เวลโครสีขาว ยาวเป็นม้วน", "hook_and_loop_tape"),
        ),
        certifications=("ISO 13485", "ISO 9001"),
    ),
    Sme(
        54,
        "th",
        "บ้านพักผู้สูงอายุ สุขใจเนอร์สซิ่งโฮม",
        ALC,
        DOWN,
        "Nonthaburi",
        "sukjai.nursinghome@gmail.com",
        needs=(
            need("เสื้อผ้าใส่ง่ายสำหรับผู้ป่วยติดเตียง", "adaptive_clothing"),
            need("แพมเพิสผ้าสำหรับผู้สูงอายุ ซักได้", "washable_adult_diaper"),
            need("ผ้าปูที่นอนเตียงผู้ป่วย", "hospital_bed_linen"),
        ),
    ),
    Sme(
        55,
        "en",
        "Isan Elder Care Residence",
        ALI,
        DOWN,
        "Khon Kaen",
        "admin@isanelder.com",
        needs=(
            need("Front-opening tops with velcro for residents", "adaptive_clothing"),
            need("Cloth incontinence pants, reusable", "washable_adult_diaper"),
            need("Anyone in Khon Kaen who fixes home sewing machines?", "household_machine_repair"),
        ),
    ),
    Sme(
        56,
        "th",
        "ห้างหุ้นส่วน ใส่ง่ายการ์เมนต์",
        ALC,
        MID,
        "Nakhon Pathom",
        "saingai.garment@gmail.com",
        offers=(
            off("ชุดผู้ป่วยผ่าหลัง ผูกเชือก สวมถอดสะดวก", "adaptive_clothing"),
            off("กางเกงผ้าอ้อมผู้ใหญ่ ซักซ้ำได้ 300 ครั้ง", "washable_adult_diaper"),
        ),
        needs=(
            need("ผ้าฝ้ายเนื้อนุ่ม สีพื้น เป็นม้วน", "cotton_fabric"),
            need("จักรลาสำหรับเย็บขอบ", "coverstitch_machine"),
        ),
    ),
    Sme(
        57,
        "en",
        "Udon Medical Textiles Co., Ltd.",
        ALI,
        MID,
        "Udon Thani",
        "sales@udonmedtex.com",
        offers=(
            off("Hospital bed sheets and pillowcases, bleached cotton", "hospital_bed_linen"),
            off("Patient gowns with back ties", "adaptive_clothing"),
        ),
        needs=(
            need("Grey sheeting for bleaching", "greige_cotton_fabric"),
            need("Industrial cloth cutter, straight knife", "fabric_cutting_machine"),
        ),
    ),
    Sme(
        58,
        "th",
        "ชมรมวิ่งสวนลุม",
        SPORT,
        DOWN,
        "Bangkok",
        "suanlum.runners@gmail.com",
        needs=(need("เสื้อวิ่งพิมพ์ลายทั้งตัว 200 ตัว", "sports_jersey"),),
    ),
    Sme(
        59,
        "en",
        "Andaman Surf & Run",
        SPORT,
        DOWN,
        "Phuket",
        "shop@andamansurf.com",
        offers=(off("Rash guards and run tops, own brand", "sports_jersey"),),
        needs=(
            need("Sublimation printing for our designs on white fabric", "sublimation_print_service"),
            unmet(
                "Quick-dry sports fabric, bluesign approved",
                "no supplier of sports fabric holds bluesign",
                "sportswear_knit_fabric",
                req=("bluesign",),
            ),
        ),
    ),
    Sme(
        60,
        "th",
        "วิทยาลัยการอาชีพสกลนคร แผนกผ้าและเครื่องแต่งกาย",
        ALI,
        DOWN,
        "Sakon Nakhon",
        "dressdept.sakon@gmail.com",
        needs=(
            need("จักรเย็บอุตสาหกรรมใหม่ เข็มเดียว 20 ตัว", "lockstitch_machine_new"),
            need("โอเวอร์ล็อกมือหนึ่ง 5 ตัว", "overlock_machine_new"),
            need("สัญญาดูแลเครื่องจักรเย็บผ้ารายปี", "industrial_machine_repair"),
        ),
    ),
    Sme(
        61,
        "en",
        "Riverside International School, D&T Dept",
        ALC,
        DOWN,
        "Bangkok",
        "dt@riversideis.ac.th",
        needs=(need("Household sewing machines for a class of 12", "household_sewing_machine"),),
    ),
    Sme(
        62,
        "th",
        "ร้านตัดเสื้อ ช่างหนึ่ง ภูเก็ต",
        ALC,
        DOWN,
        "Phuket",
        "changnueng.tailor@gmail.com",
        offers=(off("ตัดสูท ตัดเชิ้ต ตามสัดส่วน", "tailored_clothing"),),
        needs=(
            need("ตีนผีสำหรับจักรเข็มเดี่ยว ตีนผีเดินผ้าหนา", "presser_feet"),
            need("ด้ายเย็บ ต้องมี OEKO-TEX", "sewing_thread", req=("OEKO-TEX Standard 100",)),
        ),
    ),
    Sme(
        63,
        "en",
        "Hua Hin Custom Tailors",
        ALC,
        DOWN,
        "Prachuap Khiri Khan",
        "huahintailors@gmail.com",
        offers=(off("Made-to-measure suits and shirts, 48-hour service", "tailored_clothing"),),
        needs=(
            need("Size 14 needles for Juki straight stitchers", "machine_needles"),
            need("Someone to overhaul two old Juki machines", "industrial_machine_repair"),
        ),
    ),
    Sme(
        64,
        "th",
        "บริษัท สปอร์ตไลน์ การ์เมนต์ จำกัด",
        SPORT,
        MID,
        "Samut Sakhon",
        "sportline.garment@gmail.com",
        offers=(
            off("ผลิตเสื้อกีฬา เสื้อทีม พิมพ์ซับลิเมชั่น", "sports_jersey"),
            off("รับเย็บเสื้อยืด คอกลม คอปก ผ้าลูกค้า", "cmt_sewing_service"),
        ),
        needs=(
            need("ผ้ากีฬาโพลีเอสเตอร์ ขายส่งเป็นพับ", "sportswear_knit_fabric"),
            need("ด้ายโพลีเอสเตอร์ ไม่จำเป็นต้องมี OEKO-TEX", "sewing_thread", waive=("OEKO-TEX Standard 100",)),
            need("เครื่องเย็บคัฟเวอร์ 4 ตัว", "coverstitch_machine"),
        ),
        certifications=("ISO 9001",),
    ),
    Sme(
        65,
        "en",
        "Pace Athletic Apparel",
        SPORT,
        DOWN,
        "Bangkok",
        "sourcing@paceathletic.co",
        offers=(off("Running shorts and compression tights, own label", "compression_wear"),),
        needs=(
            need("Factory to sew our cut panels, ISO 9001 needed", "cmt_sewing_service", req=("ISO 9001",)),
            need("Elastic waistband 35 mm", "elastic_tape"),
        ),
    ),
    Sme(
        66,
        "th",
        "ร้านของฝากผ้าพื้นเมือง อุบล",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "ubon.souvenir@gmail.com",
        offers=(off("ผ้าซิ่น ผ้าขาวม้า ขายปลีกส่ง", "pakama"),),
        needs=(
            need("เสื้อม่อฮ่อม ไซส์ใหญ่ ผู้ชาย", "indigo_cotton_shirt"),
            need("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม", "cotton_bag"),
        ),
    ),
    Sme(
        67,
        "en",
        "Thread & Leaf Concept Store",
        HEMP,
        DOWN,
        "Bangkok",
        "buying@threadandleaf.com",
        needs=(
            need("Hemp backpacks and bags", "hemp_bag"),
            need("Phrae-style indigo shirts", "indigo_cotton_shirt"),
            unmet("Natural-dyed silk scarves", "only cotton scarves are offered, no silk ones"),
        ),
    ),
    Sme(
        68,
        "th",
        "กลุ่มอาชีพรีไซเคิลผ้า ปากพนัง",
        CIRC,
        DOWN,
        "Nakhon Si Thammarat",
        "pakphanang.recycle@gmail.com",
        offers=(
            off("พรมเช็ดเท้าจากเศษผ้า", "rag_rug"),
            off("ผ้าห่มนวมปะต่อจากผ้าเก่า", "patchwork_quilt"),
        ),
        needs=(need("จักรซิงเกอร์รุ่นโบราณ ขาเหล็ก ซ่อมแล้ว", "treadle_sewing_machine"),),
        bcg=("circular",),
    ),
    Sme(
        69,
        "en",
        "ReThread Upcycling",
        CIRC,
        DOWN,
        "Chiang Mai",
        "hello@rethread.asia",
        offers=(off("Upcycled denim bags from old jeans", "upcycled_bag"),),
        needs=(
            need("Bales of used jeans", "used_clothing"),
            unmet("Heavy-duty walking-foot machine for denim and leather", "no one offers walking-foot machines"),
        ),
        bcg=("circular",),
    ),
    Sme(
        70,
        "th",
        "บริษัท ขวดใหม่ โพลีเอสเตอร์รีไซเคิล จำกัด",
        SPORT,
        UP,
        "Chonburi",
        "kuadmai.rpet@gmail.com",
        offers=(off("เส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวด PET", "recycled_polyester_yarn"),),
        bcg=("circular",),
    ),
    Sme(
        71,
        "en",
        "Korat Uniform Centre",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "korat.uniform@gmail.com",
        offers=(off("School and factory uniforms, made to order", "uniforms"),),
        needs=(
            need("Buttons and zips in bulk", "buttons", "zippers"),
            need("Second-hand straight stitch machines, Korat area preferred", "used_lockstitch_machine"),
        ),
    ),
    Sme(
        72,
        "th",
        "กลุ่มกระดุมกะลา ชุมพร",
        HEMP,
        MID,
        "Chumphon",
        "chumphon.kala@gmail.com",
        offers=(off("กระดุมกะลามะพร้าว ขัดเงา ถุงละ 100 เม็ด", "buttons"),),
        needs=(need("สอนใช้จักรอุตฯ ให้สมาชิก", "machine_operator_course"),),
        bcg=("bio", "circular"),
    ),
    Sme(
        73,
        "en",
        "Silom Grand Hotel",
        ALC,
        DOWN,
        "Bangkok",
        "purchasing@silomgrand.com",
        needs=(
            need("Aprons for kitchen staff, 120 pcs", "apron"),
            need(
                "Indigo cotton for room decor, Oeko-Tex not required",
                "indigo_dyed_cotton_fabric",
                waive=("OEKO-TEX Standard 100",),
            ),
        ),
    ),
    Sme(
        74,
        "th",
        "โรงพยาบาลชุมชนบ้านดุง",
        ALI,
        DOWN,
        "Udon Thani",
        "bandung.hospital@gmail.com",
        needs=(
            need("ชุดเจ้าหน้าที่ห้องผ่าตัด เสื้อ+กางเกง สีเขียว 60 ชุด", "nurse_scrubs"),
            need("ผ้าปูเตียงคนไข้ ผ้าขวางเตียง", "hospital_bed_linen"),
        ),
    ),
    Sme(
        75,
        "en",
        "Sarakham Weavers Cooperative",
        ALI,
        MID,
        "Maha Sarakham",
        "sarakham.weavers@gmail.com",
        offers=(
            off("Cotton pha khao ma, hand-loomed", "pakama"),
            off("Mudmee cotton lengths", "handwoven_cotton_fabric"),
        ),
        needs=(need("Dyed cotton yarn for the loom, many colours", "cotton_yarn"),),
    ),
    Sme(
        76,
        "th",
        "กลุ่มแม่บ้านผ้าไหมแพรวา",
        ALI,
        MID,
        "Kalasin",
        "phraewa.silk@gmail.com",
        offers=(off("ผ้าไหมแพรวา ทอมือ ผืนละ 2 เมตร", "silk_fabric"),),
        needs=(
            unmet("กระสวยทอผ้า สำหรับกี่กระตุก", "a loom shuttle, not a sewing-machine bobbin case; no one offers it"),
            unmet("ไหมน้อยย้อมสีธรรมชาติ", "no one offers silk yarn"),
        ),
        certifications=("ตรานกยูงพระราชทาน",),
    ),
    Sme(
        77,
        "en",
        "Lopburi Sewing Co-op",
        CIRC,
        MID,
        "Lopburi",
        "lopburi.sewing@gmail.com",
        offers=(off("Sewing for hire: tote bags, pouches, masks", "cmt_sewing_service"),),
        needs=(
            need("Hire of two overlockers for three months", "machine_rental"),
            need(
                "Sewing thread, any brand, OEKO-TEX welcome but not required",
                "sewing_thread",
                waive=("OEKO-TEX Standard 100",),
            ),
        ),
    ),
    Sme(
        78,
        "th",
        "ร้านผ้าพาหุรัด ส.ทวีผล",
        ALC,
        DOWN,
        "Bangkok",
        "sthaweephon.phahurat@gmail.com",
        offers=(off("ผ้าคอตตอนพิมพ์ลาย ตัดขายเป็นหลา", "printed_cotton_fabric"),),
        needs=(
            need("ผ้าบาติก ผ้าปาเต๊ะ จากใต้", "batik_fabric"),
            need("ผ้าทอมืออีสาน ขายส่ง ไม่ต้องมีโอทอป", "handwoven_cotton_fabric", waive=("OTOP",)),
        ),
    ),
    Sme(
        79,
        "en",
        "Green Closet Repair Cafe",
        CIRC,
        DOWN,
        "Nonthaburi",
        "hello@greencloset.co.th",
        offers=(off("Clothing alterations and mending", "garment_alteration_service"),),
        needs=(
            need("Restored Singer treadle for daily use", "treadle_sewing_machine"),
            need("Invisible-zip foot", "presser_feet"),
        ),
        bcg=("circular",),
    ),
    Sme(
        80,
        "th",
        "บุรีรัมย์การช่าง จักรเย็บผ้า",
        ALI,
        DOWN,
        "Buriram",
        "buriram.sewing@gmail.com",
        offers=(
            off("โต๊ะจักรอุตสาหกรรม พร้อมขาและไฟ LED", "sewing_table"),
            off("ให้เช่าจักรอุตสาหกรรม รายวัน รายเดือน", "machine_rental"),
        ),
        needs=(need("มอเตอร์จักรแบบประหยัดไฟ ราคาส่ง", "servo_motor"),),
    ),
    Sme(
        81,
        "en",
        "Bangna Garment Factory Co., Ltd.",
        ALC,
        MID,
        "Samut Prakan",
        "procurement@bangnagarment.com",
        offers=(off("Polo shirts and workwear, private label", "uniforms"),),
        needs=(
            need("10-inch straight knife cutting machine", "fabric_cutting_machine"),
            need("Vacuum ironing tables and steam irons", "industrial_steam_iron"),
            need("Pattern grading service", "pattern_making_service"),
        ),
        certifications=("ISO 9001", "SA8000"),
    ),
    Sme(
        82,
        "th",
        "สโมสรฟุตบอลเยาวชนสุราษฎร์",
        SPORT,
        DOWN,
        "Surat Thani",
        "surat.youthfc@gmail.com",
        needs=(
            need("ชุดแข่งฟุตบอล พิมพ์ชื่อเบอร์ 40 ชุด", "sports_jersey"),
            need("ปักโลโก้สโมสรบนเสื้อที่เรามีอยู่แล้ว", "embroidery_service"),
            unmet("สนับแข้ง ถุงเท้าฟุตบอล", "no one offers shin guards or football socks"),
        ),
    ),
    Sme(
        83,
        "en",
        "Nan Highland Hemp",
        HEMP,
        UP,
        "Nan",
        "contact@nanhemp.com",
        offers=(
            off("Decorticated hemp fibre, baled", "hemp_fibre"),
            off("Hemp stalks for pulp or board", "hemp_stalks"),
        ),
        needs=(
            unmet(
                "Hand-spun hemp yarn, GOTS certified",
                "hemp yarn is offered but not by a GOTS holder",
                "hemp_yarn",
                req=("GOTS",),
            ),
        ),
        bcg=("bio",),
    ),
    Sme(
        84,
        "th",
        "กลุ่มทอผ้ากัญชงม้ง บ้านเข็กน้อย",
        HEMP,
        MID,
        "Phetchabun",
        "khek.hemp@gmail.com",
        offers=(off("ผ้าใยกัญชงทอมือ แบบม้ง", "hemp_fabric"),),
        needs=(
            need("กัญชงปั่นเป็นเส้นแล้ว พร้อมขึ้นกี่", "hemp_yarn"),
            need("ใครแก้จักรเท้าเหยียบได้บ้าง แถวเพชรบูรณ์", "household_machine_repair"),
        ),
        bcg=("bio",),
    ),
    Sme(
        85,
        "en",
        "ProTex Performance Fabrics Co., Ltd.",
        SPORT,
        MID,
        "Pathum Thani",
        "sales@protexperf.com",
        offers=(off("Moisture-wicking jersey knit, 160 gsm", "sportswear_knit_fabric"),),
        needs=(need("Reactive dyeing of our greige knit", "reactive_dyeing_service"),),
        certifications=("OEKO-TEX certified",),
    ),
    Sme(
        86,
        "th",
        "ร้านแก้ผ้า ป้าแดง แม่กลอง",
        ALC,
        DOWN,
        "Samut Songkhram",
        "padaeng.maeklong@gmail.com",
        offers=(off("รับแก้เสื้อผ้า ตัดขา เปลี่ยนซิป", "garment_alteration_service"),),
        needs=(
            need("ซิปกางเกงยีนส์ ซิปกระโปรง", "zippers"),
            need("บ็อบบิ้นจักรหิ้ว", "bobbins_and_cases"),
        ),
    ),
    Sme(
        87,
        "en",
        "Mekong Linen Works",
        ALI,
        MID,
        "Nakhon Phanom",
        "mekonglinen@gmail.com",
        offers=(
            off("Draw sheets and pillow covers for clinics", "hospital_bed_linen"),
            off("Cotton scrubs, made to size", "nurse_scrubs"),
        ),
        needs=(need("Bleached cotton sheeting on rolls", "cotton_fabric"),),
    ),
    Sme(
        88,
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านสร้างมิ่ง",
        ALI,
        UP,
        "Yasothon",
        "sangming.cotton@gmail.com",
        offers=(off("ผ้าฝ้ายย้อมครามทอมือ เป็นผืน", "indigo_dyed_cotton_fabric"),),
        needs=(need("อยากได้จักรเก่าสภาพดี เอาไว้เย็บกระเป๋า", "used_lockstitch_machine"),),
    ),
    Sme(
        89,
        "th",
        "ศูนย์ฝึกทักษะชุมชน ปทุมธานี",
        ALC,
        DOWN,
        "Pathum Thani",
        "pathum.skills@gmail.com",
        needs=(
            need("อยากได้วิทยากรมาอบรมช่างดูแลจักร มีใครรับบ้างไหม", "mechanic_course"),
            need("จักรเจาะรังดุม สำหรับห้องฝึก", "buttonhole_machine"),
        ),
    ),
    Sme(
        90,
        "th",
        "ลำปางการ์เมนต์",
        CIRC,
        MID,
        "Lampang",
        "lampang.garment@gmail.com",
        offers=(off("ผลิตเสื้อโปโล เสื้อฟอร์มพนักงาน", "uniforms"),),
        needs=(
            need("จักรเจาะรังกระดุมแบบอิเล็กทรอนิกส์", "buttonhole_machine"),
            need("ยางยืดเอว 1.5 นิ้ว", "elastic_tape"),
        ),
    ),
    Sme(
        91,
        "en",
        "Pattaya Resort Laundry & Linen",
        ALC,
        DOWN,
        "Chonburi",
        "linen@pattayaresortlinen.com",
        needs=(need("Monthly visits to keep our laundry sewing machines running", "industrial_machine_repair"),),
    ),
    Sme(
        92,
        "th",
        "กลุ่มตัดเย็บผู้สูงอายุ ชัยภูมิ",
        ALI,
        DOWN,
        "Chaiyaphum",
        "chaiyaphum.elder.sew@gmail.com",
        offers=(off("หมอนอิงผ้าขาวม้า", "cushion"),),
        needs=(need("จักรหัวดำมือสอง", "treadle_sewing_machine"),),
    ),
    Sme(
        93,
        "en",
        "Lumpini Embroidery Works",
        SPORT,
        MID,
        "Bangkok",
        "lumpini.emb@gmail.com",
        offers=(off("Name and number embroidery on team kits", "embroidery_service"),),
        needs=(need("Polyester embroidery thread, 5000 m", "embroidery_thread"),),
    ),
    Sme(
        94,
        "th",
        "กลุ่มเกษตรกรปลูกฝ้าย สุพรรณบุรี",
        ALC,
        UP,
        "Suphan Buri",
        "suphan.cotton@gmail.com",
        offers=(off("ปุยฝ้ายหีบแล้ว ไม่มีเมล็ด", "raw_cotton"),),
        needs=(unmet("เครื่องหีบฝ้าย", "no one offers cotton gins"),),
        bcg=("bio",),
    ),
    Sme(
        95,
        "en",
        "Silver Years Boutique",
        ALC,
        DOWN,
        "Nonthaburi",
        "hello@silveryears.co",
        needs=(
            need("Magnetic-button shirts for seniors", "adaptive_clothing"),
            unmet("Washable bed underpads, by the hundred", "no one offers underpads"),
        ),
    ),
)
# DATA-END


# ------------------------------------------------------------------ checks

TARGET_PROFILES = 95
TARGET_LINKS = (160, 180)
TARGET_CROSS_SHARE = (0.40, 0.60)
TARGET_THAI_SHARE = (0.50, 0.60)
TARGET_UNMET = (17, 23)
ID_RE = re.compile(r"^bsn-\d{3}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
WORD_RE = re.compile(r"[a-z0-9]+")


def _thai_share(text: str) -> float:
    """Share of Thai characters among the letters of `text`."""
    letters = [ch for ch in text if ch.isalpha() or THAI_CHAR.match(ch)]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if THAI_CHAR.match(ch)) / len(letters)


def _latin_only(text: str) -> bool:
    return not THAI_CHAR.search(text) and all(ch.isascii() for ch in text if ch.isalpha())


def _mentions(text: str, cert: str) -> bool:
    """Whether `text` names `cert` at all, affirmed or negated."""
    folded = text.casefold()
    for c in taxonomy.CERTIFICATIONS:
        if c.name == cert:
            names = (c.name, *c.mentions, *c.aliases)
            return any(m.casefold() in folded for m in names) or any(m in text for m in c.case_sensitive_mentions)
    return False


def _held(sme: Sme) -> frozenset[str]:
    return taxonomy.canonical_certifications(sme.certifications)


def qualified_suppliers(buyer: Sme, need_: Need) -> list[Sme]:
    """The SMEs other than `buyer` with an offer that `need_` lists and every certification it requires."""
    return [
        s
        for s in SMES
        if s.num != buyer.num and any(o.label in need_.labels for o in s.offers) and set(need_.requires) <= _held(s)
    ]


def check(errors: list[str]) -> None:
    nums = [s.num for s in SMES]
    if nums != list(range(1, TARGET_PROFILES + 1)):
        errors.append(f"ids must run bsn-001 .. bsn-{TARGET_PROFILES:03d} in order; got {len(nums)} profiles")
    ids = [s.id for s in SMES]
    if len(set(ids)) != len(ids) or not all(ID_RE.match(i) for i in ids):
        errors.append("ids not unique or not well-formed")
    sub_clusters = {v.value for v in taxonomy.SubCluster}
    stages = {v.value for v in taxonomy.Stage}
    bcg_tags = {v.value for v in taxonomy.BcgTag}
    offered: dict[str, set[int]] = {}
    for s in SMES:
        for o in s.offers:
            offered.setdefault(o.label, set()).add(s.num)
    all_offer_texts = {o.text.casefold() for s in SMES for o in s.offers}
    for s in SMES:
        where = s.id
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if s.sub_cluster not in sub_clusters:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage!r}")
        if taxonomy.resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        if s.lang not in taxonomy.LANGUAGES:
            errors.append(f"{where}: language {s.lang!r}")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, and at least one of them")
        if len({o.text for o in s.offers}) != len(s.offers) or len({n.text for n in s.needs}) != len(s.needs):
            errors.append(f"{where}: repeated phrase")
        for tag in s.bcg:
            if tag not in bcg_tags:
                errors.append(f"{where}: bcg {tag!r}")
        for cert in s.certifications:
            if taxonomy.resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        phrases = [s.name, *(o.text for o in s.offers), *(n.text for n in s.needs)]
        for phrase in phrases:
            if not phrase.strip() or phrase != phrase.strip() or "  " in phrase:
                errors.append(f"{where}: badly spaced phrase {phrase!r}")
            if s.lang == "th" and _thai_share(phrase) < 0.4:
                errors.append(f"{where}: Thai phrase is not mostly Thai: {phrase!r}")
            if s.lang == "en" and not _latin_only(phrase):
                errors.append(f"{where}: English phrase has non-Latin letters: {phrase!r}")
        if s.lang == "th" and _thai_share(" ".join(phrases)) < 0.7:
            errors.append(f"{where}: Thai profile is not mostly Thai")
        for o in s.offers:
            claimed = taxonomy.find_certifications(o.text)
            if not claimed <= _held(s):
                errors.append(f"{where}: offer claims {sorted(claimed - _held(s))} the SME does not hold: {o.text!r}")
        for n in s.needs:
            text = f"{where}: need {n.text!r}"
            if n.text.casefold() in all_offer_texts:
                errors.append(f"{text} repeats an offer word for word")
            named = taxonomy.find_certifications(n.text)
            if named != set(n.requires):
                errors.append(f"{text}: text requires {sorted(named)}, data says {sorted(n.requires)}")
            for cert in n.waives:
                if cert in named or not _mentions(n.text, cert):
                    errors.append(f"{text}: waived {cert!r} must be named and negated in the text")
            for label in n.labels:
                if not offered.get(label, set()) - {s.num}:
                    errors.append(f"{text}: label {label!r} is offered by no one else")
            suppliers = qualified_suppliers(s, n)
            if n.unmet and suppliers:
                errors.append(f"{text}: marked unmet but met by {[x.id for x in suppliers]}")
            if not n.unmet and not n.labels:
                errors.append(f"{text}: lists no labels and no unmet note")
            if not n.unmet and not suppliers:
                errors.append(f"{text}: no qualified supplier")
            for sup in suppliers:
                for o in sup.offers:
                    if o.label in n.labels and s.lang == sup.lang == "en":
                        a, b = set(WORD_RE.findall(o.text.lower())), set(WORD_RE.findall(n.text.lower()))
                        if len(a & b) / len(a | b) >= 0.5:
                            errors.append(f"{text} shares most words with {sup.id} offer {o.text!r}")


def links() -> list[tuple[str, str]]:
    pairs = {(sup.id, buyer.id) for buyer in SMES for n in buyer.needs for sup in qualified_suppliers(buyer, n)}
    return sorted(pairs)


def check_sizes(errors: list[str], pairs: list[tuple[str, str]]) -> None:
    by_id = {s.id: s for s in SMES}
    thai = sum(1 for s in SMES if s.lang == "th") / len(SMES)
    if not TARGET_THAI_SHARE[0] <= thai <= TARGET_THAI_SHARE[1]:
        errors.append(f"Thai share {thai:.2f} outside {TARGET_THAI_SHARE}")
    if not TARGET_LINKS[0] <= len(pairs) <= TARGET_LINKS[1]:
        errors.append(f"{len(pairs)} links, target {TARGET_LINKS}")
    cross = sum(1 for a, b in pairs if by_id[a].lang != by_id[b].lang) / max(1, len(pairs))
    if not TARGET_CROSS_SHARE[0] <= cross <= TARGET_CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {TARGET_CROSS_SHARE}")
    unmet_count = sum(1 for s in SMES for n in s.needs if n.unmet)
    if not TARGET_UNMET[0] <= unmet_count <= TARGET_UNMET[1]:
        errors.append(f"{unmet_count} unmet needs, target {TARGET_UNMET}")
    met = [len(qualified_suppliers(s, n)) for s in SMES for n in s.needs if not n.unmet]
    small = sum(1 for m in met if 1 <= m <= 3)
    if met and small / len(met) < 0.7:
        errors.append(f"only {small} of {len(met)} met needs are met by 1-3 suppliers")


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
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
    return json.dumps(row, ensure_ascii=False)


def _subs_differ(a: Sme, b: Sme) -> bool:
    return a.sub_cluster != b.sub_cluster


def counts(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in SMES}
    needs = [(s, n) for s in SMES for n in s.needs]
    regions = Counter(taxonomy.resolve_province(s.province).region.value for s in SMES)
    th_en = sum(1 for a, b in pairs if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in pairs if by_id[a].lang == "en" and by_id[b].lang == "th")
    rows = [
        ("profiles", str(len(SMES))),
        ("profiles in Thai", str(sum(1 for s in SMES if s.lang == "th"))),
        ("profiles in English", str(sum(1 for s in SMES if s.lang == "en"))),
    ]
    subs = Counter(s.sub_cluster for s in SMES)
    rows += [(f"sub-cluster {v.value}", str(subs[v.value])) for v in taxonomy.SubCluster]
    stages = Counter(s.stage for s in SMES)
    rows += [(f"stage {v.value}", str(stages[v.value])) for v in taxonomy.Stage]
    rows += [(f"region {v.value}", str(regions[v.value])) for v in taxonomy.Region]
    cross = th_en + en_th
    rows += [
        ("distinct provinces", str(len({taxonomy.resolve_province(s.province).name_en for s in SMES}))),
        ("offers", str(sum(len(s.offers) for s in SMES))),
        ("distinct offer labels", str(len({o.label for s in SMES for o in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met", str(sum(1 for _, n in needs if not n.unmet))),
        ("needs met by no one", str(sum(1 for _, n in needs if n.unmet))),
        ("needs requiring a certification", str(sum(1 for _, n in needs if n.requires))),
        ("needs waiving a certification", str(sum(1 for _, n in needs if n.waives))),
        ("true links", str(len(pairs))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links", f"{cross} ({100 * cross / max(1, len(pairs)):.1f} %)"),
        ("within-language links", str(len(pairs) - cross)),
        ("links between different sub-clusters", str(sum(1 for a, b in pairs if _subs_differ(by_id[a], by_id[b])))),
    ]
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'measure'.ljust(width)} | count |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


README = """\
# Blind evaluation set: plain registry entries about sewing machines

This set checks whether the matcher finds the true supplier-buyer pairs among {profiles} SME profiles
whose offers and needs are short registry phrases about sewing machines and their trade: industrial
lockstitch, overlock and coverstitch machines, household and treadle machines, second-hand and scrap
machines, needles, bobbins, presser feet, spare parts and motors, repair, rental and training, cutting
machines and steam irons, trims and thread, the garment factories, schools, care homes, hospitals,
community groups and tailors that buy them, and the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster. The wording was written without looking at the matcher: the same thing is written in
many ways (Thai and English, regional and trade names, brands, abbreviations, quantities and prices), and a
need is usually worded differently from the offers that meet it, often in the other language.

## How it was written

By hand. The writer read only Section 1 of `/work/shared/contracts/CONTRACTS.md`,
`shared/taxonomy.py` with the files in `shared/taxonomy_data/`, and the `[tool.ruff]` section of
`pyproject.toml`; nothing of the matcher, its glossary, its tests, other evaluation sets or the
project's data. All data lives in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`used_lockstitch_machine` versus `lockstitch_machine_new`, `indigo_dyeing_service` versus
`indigo_dyed_cotton_fabric`, `industrial_machine_repair` versus `machine_spare_parts`). Every need either
lists the offer labels that would meet it and the certifications its text requires, or is marked as met
by no one with a short note. A pair (supplier, buyer) is a true link when some offer of the supplier
carries a label listed by one of the buyer's needs and the supplier's certifications hold every
certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link; what changes what the thing is does (service or
goods, new or used or scrap, raw or processed, the material of a finished good). A certification that a
need names only to waive it ("Oeko-Tex not required", "ไม่ต้องมีโอทอป") is not required. The labels live
only in `write.py`; the profiles carry none.

Hard cases include: dyeing the customer's cloth versus dyed cloth; sewing for others versus finished
garments; embroidery as a service versus embroidery machines; repair versus spare parts, rental versus
sale, repair of industrial versus household machines, machine-operator courses versus mechanic
courses; second-hand and scrap machines versus new ones; fabric scraps and worn clothes versus new
cloth; raw cotton, hand-spun yarn, greige cloth and finished cloth; Thai words that name two things
(`กระสวย` is a bobbin case on a sewing machine and a shuttle on a loom; `ตีนผี` is a presser foot,
`ตีนตุ๊กแก` is hook-and-loop tape); goods described by material, colour or technique; needs written as
wishes, bare noun phrases or questions; refusals ("ไม่เอามือสอง", "ไม่ใช้สีเคมี"); needs that require a
named certification and needs that waive one.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_machines/write.py

The script checks the data (ids, contract fields, provinces and certifications against
`shared.taxonomy`, labels offered by someone other than the buyer, met and unmet needs, certifications
named in the need text, Thai and English script, the size targets) and writes nothing if a check fails.
Two runs give identical bytes.

## Files

- `write.py`: the data and the checks; writes the other three files and prints the counts table.
- `profiles.jsonl`: {profiles} profiles in the contract's JSONL version 1, ids `bsn-001` to `bsn-{last:03d}`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    errors: list[str] = []
    check(errors)
    pairs = links() if not errors else []
    if not errors:
        check_sizes(errors, pairs)
    if errors:
        for e in errors:
            print(f"error: {e}", file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    rows = counts(pairs)
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    csv_text = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in pairs)
    readme = README.format(profiles=len(SMES), last=len(SMES), table=table(rows))
    for name, text in (("profiles.jsonl", profiles), ("links.csv", csv_text), ("README.md", readme)):
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table(rows), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
