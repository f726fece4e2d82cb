"""Write the hand-labelled evaluation set `eval/blind_plain_trims/`.

Theme: trims and haberdashery (buttons, zips, press studs, hook-and-loop, lace, ribbons, cords, labels,
tags, elastic, interlining, button services, haberdashery shops, tailors, uniform makers, garment
factories) plus the ordinary fibre, yarn, cloth, dyeing and sewing firms of the cluster.

Every offer carries a label saying what the thing is; every need lists the labels that would meet it
and the certifications its text requires, or is marked as met by no one. The true links follow from
those labels alone. Labels live only in this file; the written profiles carry none.

Run from the repository root:  .venv/bin/python eval/blind_plain_trims/write.py
The script checks everything first and writes nothing if a check fails.
"""

from __future__ import annotations

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
    find_certifications,
    resolve_certification,
    resolve_province,
)

ID_PREFIX = "bhy"
N_PROFILES = 95
LINK_RANGE = (160, 180)
UNMET_RANGE = (17, 23)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)

# sub-clusters and stages, short names for the data below
HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
AGC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AGI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

# certifications, canonical names
GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ISO9001 = "ISO 9001"
ISO13485 = "ISO 13485"
FSC = "FSC"
TIS = "Thai Industrial Standard"
BLUESIGN = "bluesign"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
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
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"


def need(text: str, *labels: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels`, from a supplier holding every required certification."""
    return Need(text, labels, requires, waives)


def unmet(text: str, note: str, *would: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need no one in the set meets; `would` names the labels that would meet it, if anyone qualified offered them."""
    return Need(text, would, requires, waives, unmet=note)


def sme(
    num: int,
    lang: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    *,
    offers: tuple[tuple[str, str], ...] = (),
    needs: tuple[Need, ...] = (),
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(num, lang, name, sub_cluster, stage, province, email, offers, needs, certs, bcg)


# ====================================================================== data, part 1: trims makers

PART_1 = (
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนกระดุมกะลาบ้านกรูด",
        HEMP,
        MID,
        "Prachuap Khiri Khan",
        "kaladum.bankrut@gmail.com",
        offers=(
            ("กระดุมกะลามะพร้าว 2 รู 4 รู ขนาด 15-25 มม.", "coconut_shell_buttons"),
            ("กระดุมกะลาแกะลายปลาตะเพียน ขั้นต่ำ 300 เม็ด", "coconut_shell_buttons"),
        ),
        needs=(need("กะลาแก่ผ่าซีก ส่งเป็นตัน", "coconut_shell_raw"),),
        certs=(OTOP,),
        bcg=("bio", "circular"),
    ),
    sme(
        2,
        "en",
        "Chumphon Coco Shell Traders",
        HEMP,
        UP,
        "Chumphon",
        "sales@chumphoncoco.com",
        offers=(
            ("Cleaned dry coconut shells, by the tonne, FOB Chumphon", "coconut_shell_raw"),
            ("Coir fibre bales, 100 kg", "coir_fibre"),
        ),
        needs=(unmet("Used jute sacks for shipping", "no sack or packaging supplier in the set", "jute_sacks"),),
        bcg=("bio", "circular"),
    ),
    sme(
        3,
        "th",
        "ร้านกระดุมไม้ลำปางงานมือ",
        HEMP,
        MID,
        "Lampang",
        "woodbutton.lampang@gmail.com",
        offers=(
            ("กระดุมไม้สัก ขัดเงา เคลือบน้ำมัน", "wood_buttons"),
            ("กระดุมไม้มะม่วง เลเซอร์ชื่อร้านได้ เม็ดละ 3 บาท", "wood_buttons"),
        ),
        needs=(unmet("เศษไม้สักจากโรงเลื่อย ราคาถูก", "no sawmill or timber supplier in the set", "teak_offcuts"),),
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        4,
        "en",
        "Surin Buffalo Horn Craft",
        AGI,
        MID,
        "Surin",
        "horncraft.surin@gmail.com",
        offers=(
            ("Buffalo horn buttons, 18L to 40L, polished", "horn_buttons"),
            ("Horn toggles for duffle coats", "horn_toggles"),
        ),
        needs=(need("Looking for cotton cord, 3 mm, for toggle loops", "cotton_cord"),),
    ),
    sme(
        5,
        "th",
        "บริษัท สยามกระดุมพลาสติก จำกัด",
        AGC,
        MID,
        "Samut Prakan",
        "sales@siambutton.co.th",
        offers=(
            ("กระดุมโพลีเอสเตอร์ เสื้อเชิ้ต เบอร์ 14L-24L", "plastic_buttons"),
            ("กระดุมเรซิ่นสีมุก ย้อมสีตามแบบ กุรุสละ 45 บาท", "plastic_buttons"),
        ),
        needs=(unmet("กล่องลูกฟูกบรรจุกระดุม", "no carton or packaging maker in the set", "cartons"),),
        certs=(ISO9001,),
    ),
    sme(
        6,
        "en",
        "Krungthep Metal Trims Co., Ltd.",
        SPORT,
        MID,
        "Bangkok",
        "export@ktmetaltrims.com",
        offers=(
            ("Jeans tack buttons and copper rivets, antique brass", "jeans_buttons_rivets"),
            ("Self-cover button shells, aluminium, 16L-40L", "cover_button_blanks"),
            ("Metal shank buttons with custom emblem", "metal_buttons"),
        ),
    ),
    sme(
        7,
        "th",
        "ห้างหุ้นส่วนจำกัด ซิปทองสำเพ็ง",
        SPORT,
        MID,
        "Bangkok",
        "siptong.sampeng@gmail.com",
        offers=(
            ("ซิปไนลอน YKK เบอร์ 3 เบอร์ 5 ตัดความยาวตามสั่ง", "nylon_coil_zips"),
            ("ซิบฟันทองเหลือง สำหรับกางเกงยีนส์", "metal_zips"),
            ("หัวซิป ตัวรูด ขายส่งยกถุง", "zip_sliders"),
        ),
    ),
    sme(
        8,
        "en",
        "LoopZip Recycled Fasteners",
        CIRC,
        MID,
        "Samut Sakhon",
        "hello@loopzip.co",
        offers=(
            ("Coil zips made from recycled PET bottles, GRS", "recycled_polyester_zips"),
            ("rPET zip chain by the metre", "recycled_polyester_zips"),
        ),
        needs=(need("Washed bottle flakes, clear", "rpet_flakes"),),
        certs=(GRS,),
        bcg=("circular",),
    ),
    sme(
        9,
        "th",
        "บริษัท ชลบุรีรีไซเคิล จำกัด",
        CIRC,
        UP,
        "Chonburi",
        "info@chonburirecycle.co.th",
        offers=(
            ("เกล็ดขวดเพ็ทใส ล้างร้อน บรรจุบิ๊กแบ็ก", "rpet_flakes"),
            ("ขวดพลาสติกใสอัดก้อน ก้อนละ 200 กก.", "pet_bottle_bales"),
        ),
        certs=(GRS,),
        bcg=("circular",),
    ),
    sme(
        10,
        "en",
        "Second Loop Trim Recovery",
        CIRC,
        UP,
        "Bangkok",
        "ops@secondlooptrims.com",
        offers=(
            ("Zips salvaged from discarded jeans, sorted by length", "used_zips_reclaimed"),
            ("Reclaimed shank buttons and rivets from old denim", "used_buttons_reclaimed"),
        ),
        needs=(
            need("Post-consumer denim, mixed grade, by the bale", "used_denim_garments"),
            need("Replacement pullers for salvaged zips", "zip_sliders"),
        ),
        bcg=("circular",),
    ),
    sme(
        11,
        "th",
        "โกดังผ้ามือสองโรงเกลือ ป้าแดง",
        CIRC,
        UP,
        "Sa Kaeo",
        "padaeng.rongkluea@gmail.com",
        offers=(
            ("กางเกงยีนส์มือสอง คัดเกรด ขายกิโล ส่งจากอรัญฯ", "used_denim_garments"),
            ("เสื้อผ้ามือสองเกรดต่ำ ส่งโรงงานรีไซเคิล", "used_clothing_recycling_grade"),
        ),
        bcg=("circular",),
    ),
    sme(
        12,
        "en",
        "SnapTech Asia Co., Ltd.",
        SPORT,
        MID,
        "Samut Prakan",
        "sales@snaptech-asia.com",
        offers=(
            ("Ring snap fasteners, 10-15 mm, for rompers and scrubs", "press_studs"),
            ("Nickel-free prong snaps, OEKO-TEX tested", "nickel_free_press_studs"),
        ),
        certs=(OEKO,),
    ),
    sme(
        13,
        "th",
        "โรงงานเทปตีนตุ๊กแก มหาชัย",
        SPORT,
        MID,
        "Samut Sakhon",
        "tentukkae.mahachai@gmail.com",
        offers=(
            ("เทปตีนตุ๊กแกแบบเย็บ กว้าง 2 ซม. ม้วนละ 25 หลา", "hook_and_loop_tape"),
            ("เมจิกเทปหลังกาว ติดผนัง ติดกล่อง", "self_adhesive_hook_and_loop"),
        ),
        needs=(need("ไนลอนเส้นสำหรับทอเทปตีนตุ๊กแก", "nylon_yarn"),),
    ),
    sme(
        14,
        "en",
        "Nonthaburi Lace Works",
        AGC,
        MID,
        "Nonthaburi",
        "orders@nblace.com",
        offers=(
            ("Cotton crochet lace edging, 1-5 cm, white and ecru", "cotton_lace"),
            ("Cluny lace by the 30 m roll", "cotton_lace"),
        ),
        needs=(need("Fine cotton, 40s count, for lace machines", "cotton_yarn", "dyed_cotton_yarn"),),
    ),
    sme(
        15,
        "th",
        "บริษัท ลูกไม้ยืดไทย จำกัด",
        AGC,
        MID,
        "Bangkok",
        "sales@thaistretchlace.co.th",
        offers=(
            ("ลูกไม้ยืดสแปนเด็กซ์ สำหรับชุดชั้นใน", "stretch_lace"),
            ("ลูกไม้ขอบกางเกงใน ลายดอก หน้ากว้าง 3 นิ้ว", "stretch_lace"),
        ),
        needs=(need("เส้นยืดสแปนเด็กซ์ 40 ดีเนียร์", "spandex_yarn"),),
    ),
    sme(
        16,
        "en",
        "Ribbon House Bangkok",
        AGC,
        MID,
        "Bangkok",
        "shop@ribbonhousebkk.com",
        offers=(
            ("Grosgrain ribbon, 6-50 mm, 100 colours", "polyester_ribbon"),
            ("Double-face satin ribbon, 100-yard rolls", "polyester_ribbon"),
        ),
        needs=(unmet("Wire-edged ribbon for gift bows", "no one in the set makes wired ribbon", "wired_ribbon"),),
    ),
    sme(
        17,
        "th",
        "กลุ่มทอผ้าครามบ้านนาดี",
        AGI,
        MID,
        "Sakon Nakhon",
        "kram.bannadi@gmail.com",
        offers=(
            ("ริบบิ้นผ้าฝ้ายทอมือย้อมคราม กว้าง 2.5 ซม.", "natural_dyed_cotton_ribbon"),
            ("เทปผ้าฝ้ายย้อมเปลือกประดู่ ม้วน 10 เมตร", "natural_dyed_cotton_ribbon"),
        ),
        needs=(need("อยากได้ฝ้ายเข็นมือ สีขาวธรรมชาติ", "handspun_cotton_yarn"),),
        certs=(OTOP,),
        bcg=("bio", "green"),
    ),
    sme(
        18,
        "en",
        "Pathom Cord & Binding",
        HEMP,
        MID,
        "Nakhon Pathom",
        "sales@pathomcord.com",
        offers=(
            ("Cotton piping cord, 3 mm and 5 mm", "piping_cord"),
            ("Bias binding 12 mm and 25 mm, poly-cotton", "bias_binding"),
        ),
        needs=(need("White cotton cloth for cutting bias strips", "cotton_fabric_bleached"),),
    ),
    sme(
        19,
        "th",
        "บริษัท ป้ายทอสยาม จำกัด",
        AGC,
        MID,
        "Bangkok",
        "sales@siamwovenlabel.co.th",
        offers=(
            ("ป้ายทอโลโก้ ขั้นต่ำ 1,000 ชิ้น", "woven_labels"),
            ("ป้ายคอเสื้อแบบทอ ตัดร้อน พับกลาง", "woven_labels"),
        ),
        needs=(need("เส้นโพลีสำหรับทอป้าย สีดำ สีขาว", "polyester_filament_yarn"),),
    ),
    sme(
        20,
        "en",
        "CareMark Label Printing",
        SPORT,
        MID,
        "Samut Prakan",
        "print@caremark.co.th",
        offers=(
            ("Printed satin care labels with wash symbols", "printed_care_labels"),
            ("Tagless heat-transfer neck labels", "heat_transfer_labels"),
        ),
        needs=(unmet("TPU film for heat-transfer printing", "no film or chemical supplier in the set", "tpu_film"),),
    ),
    sme(
        21,
        "th",
        "ป้ายแท็กกระดาษสา สันกำแพง",
        HEMP,
        MID,
        "Chiang Mai",
        "tag.sankamphaeng@gmail.com",
        offers=(
            ("ป้ายห้อยกระดาษสา พิมพ์โลโก้ พร้อมเชือกป่าน", "hang_tags"),
            ("แท็กกระดาษรีไซเคิล เจาะรูตาไก่", "hang_tags"),
        ),
        needs=(
            need("กระดาษปอสาทำมือ แผ่นหนา", "mulberry_paper"),
            need("ตาไก่ทองเหลืองเล็ก สำหรับแท็ก", "eyelets"),
            need("เชือกกัญชงเส้นเล็ก สำหรับร้อยป้าย", "hemp_cord"),
        ),
        certs=(FSC,),
        bcg=("green",),
    ),
    sme(
        22,
        "en",
        "FlexBand Elastic Co., Ltd.",
        SPORT,
        MID,
        "Chonburi",
        "sales@flexband.co.th",
        offers=(
            ("Knitted and woven elastic, 10-50 mm", "elastic_band"),
            ("Silicone gripper elastic for cycling shorts", "silicone_gripper_elastic"),
        ),
        needs=(need("Covered spandex, 70D", "spandex_yarn"),),
        certs=(OEKO,),
    ),
    sme(
        23,
        "th",
        "ร้านยางยืดเจริญผล",
        SPORT,
        MID,
        "Phetchaburi",
        "charoenphon.elastic@gmail.com",
        offers=(
            ("ยางยืดถัก ยางยืดขอบกางเกง ขายเป็นม้วน", "elastic_band"),
            ("ยางยืดกลม ยางคล้องหู 3 มม.", "round_elastic_cord"),
        ),
    ),
    sme(
        24,
        "en",
        "Siam Interlining Supply",
        AGC,
        MID,
        "Bangkok",
        "info@siaminterlining.com",
        offers=(
            ("Fusible interlining, woven and non-woven", "fusible_interlining"),
            ("Set-in and raglan shoulder pads", "shoulder_pads"),
        ),
        needs=(need("Polyester batting for shoulder pads", "polyester_wadding"),),
    ),
    sme(
        25,
        "th",
        "ร้านหุ้มกระดุมพาหุรัด",
        AGC,
        MID,
        "Bangkok",
        "humkradum.phahurat@gmail.com",
        offers=(
            ("รับหุ้มกระดุมด้วยผ้าของลูกค้า ทุกขนาด", "button_covering_service"),
            ("รับเจาะรังดุม ตอกกระดุม ตอกตาไก่", "buttonhole_service"),
        ),
        needs=(need("แกนกระดุมหุ้ม อะลูมิเนียม ขายส่ง", "cover_button_blanks"),),
    ),
    sme(
        26,
        "en",
        "ButtonBox Covered Buttons",
        AGC,
        MID,
        "Surat Thani",
        "hi@buttonbox.co.th",
        offers=(("Ready-made fabric-covered buttons, 40 stock colours", "fabric_covered_buttons"),),
        needs=(need("Who sells metal button forms for covering?", "cover_button_blanks"),),
    ),
)

# ====================================================================== data, part 2: buyers of trims, more trims

PART_2 = (
    sme(
        27,
        "th",
        "ร้านเย็บปักถักร้อย ขอนแก่น",
        AGI,
        DOWN,
        "Khon Kaen",
        "yeppak.khonkaen@gmail.com",
        offers=(("ขายปลีกอุปกรณ์ตัดเย็บ กระดุม ซิป ด้าย เข็ม", "haberdashery_retail"),),
        needs=(
            need("ซิปไนล่อนคละสี ราคาส่ง", "nylon_coil_zips"),
            need("กระดุมเชิ้ตสีขาว ยกกุรุส", "plastic_buttons", "recycled_plastic_buttons"),
            need("ยางยืดม้วนใหญ่ ไม่จำเป็นต้องมี OEKO-TEX", "elastic_band", waives=(OEKO,)),
        ),
    ),
    sme(
        28,
        "en",
        "Nimman Bespoke Tailors",
        AGC,
        DOWN,
        "Chiang Mai",
        "fit@nimmanbespoke.com",
        offers=(("Made-to-measure suits and shirts, 2 fittings", "bespoke_tailoring"),),
        needs=(
            need("Real horn buttons for jackets, 4-hole", "horn_buttons"),
            need("Interfacing and shoulder padding for tailored jackets", "fusible_interlining", "shoulder_pads"),
            need("Toggles for a duffle coat order", "horn_toggles"),
        ),
    ),
    sme(
        29,
        "th",
        "ร้านชุดนักเรียนโคราชยูนิฟอร์ม",
        AGI,
        DOWN,
        "Nakhon Ratchasima",
        "korat.uniform@gmail.com",
        offers=(("ชุดนักเรียน เสื้อเชิ้ตขาว กางเกงดำ กระโปรงกรม", "school_uniforms"),),
        needs=(
            need("กระดุมขาว 4 รู เบอร์ 18 สำหรับเสื้อนักเรียน", "plastic_buttons", "recycled_plastic_buttons"),
            need("ตะขอเกี่ยวกระโปรงนักเรียน", "hook_and_eye_fasteners"),
            need("ป้ายปักชื่อโรงเรียน ตัวอักษรสีน้ำเงิน", "embroidered_patches", "embroidery_service"),
        ),
    ),
    sme(
        30,
        "en",
        "MedWear Uniforms Co., Ltd.",
        AGC,
        DOWN,
        "Bangkok",
        "procure@medwear.co.th",
        offers=(("Scrubs, lab coats and patient gowns", "medical_uniforms"),),
        needs=(
            need(
                "Snap fasteners for patient gowns, OEKO-TEX certified",
                "press_studs",
                "nickel_free_press_studs",
                requires=(OEKO,),
            ),
            need("Wash-proof woven labels", "woven_labels"),
            need("Ear-loop elastic for face masks", "round_elastic_cord"),
        ),
        certs=(ISO13485,),
    ),
    sme(
        31,
        "th",
        "ใส่ง่าย เสื้อผ้าผู้สูงวัย",
        AGC,
        DOWN,
        "Nonthaburi",
        "saingai.wear@gmail.com",
        offers=(("เสื้อผู้สูงอายุ ติดแม่เหล็กแทนกระดุม ใส่ได้ด้วยมือเดียว", "adaptive_garments_elderly"),),
        needs=(
            need("มีใครขายแม่เหล็กเย็บซ่อนในสาบเสื้อไหม", "magnetic_buttons"),
            need("ตีนตุ๊กแกแบบเย็บ ไม่เอาหลังกาว", "hook_and_loop_tape"),
        ),
    ),
    sme(
        32,
        "en",
        "Bangna Garment Factory",
        SPORT,
        DOWN,
        "Samut Prakan",
        "factory@bangnagarment.com",
        offers=(
            ("Cut-make-trim sewing for brands, 500 pcs MOQ", "sewing_cmt_service"),
            ("Cotton cutting waste from our cutting room", "cotton_offcuts"),
        ),
        needs=(
            need("Sewing thread for our lines, Tex 27", "sewing_thread", "recycled_sewing_thread"),
            need("Wash-care tags for shirts, TH/EN text", "printed_care_labels"),
            need("Collar interlining", "fusible_interlining"),
        ),
    ),
    sme(
        33,
        "th",
        "ร้านส่งอุปกรณ์ตัดเย็บ วงศ์ทวี สำเพ็ง",
        AGC,
        DOWN,
        "Bangkok",
        "wongthawee.sampeng@gmail.com",
        offers=(
            ("ซิปกระเป๋า ซิปเสื้อ ขายส่งยกโหล", "nylon_coil_zips"),
            ("ด้ายเย็บผ้าหลอดใหญ่ 5,000 หลา", "sewing_thread"),
        ),
        needs=(
            need("กระดุมมะพร้าว คละไซซ์ ราคาส่ง", "coconut_shell_buttons"),
            need("ลูกไม้ขอบผ้า ลูกไม้ฝ้าย", "cotton_lace"),
            need("กระดุมมือสอง คัดแล้ว ราคากิโล", "used_buttons_reclaimed"),
        ),
    ),
    sme(
        34,
        "en",
        "Chonnabot Mudmee Silk Group",
        AGI,
        MID,
        "Khon Kaen",
        "chonnabot.silk@gmail.com",
        offers=(
            ("Handwoven mudmee silk, Royal Peacock Emblem", "handwoven_silk_fabric"),
            ("Silk selvedge and loom waste, by the kilo", "silk_offcuts"),
        ),
        needs=(need("Someone to cover buttons with our silk scraps", "button_covering_service"),),
        certs=(PEACOCK, OTOP),
        bcg=("bio",),
    ),
    sme(
        35,
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์นาด้วง",
        HEMP,
        UP,
        "Loei",
        "faiorganic.naduang@gmail.com",
        offers=(
            ("ฝ้ายดอกปลูกแบบอินทรีย์ ได้มาตรฐานเกษตรอินทรีย์", "raw_cotton"),
            ("เมล็ดพันธุ์ฝ้ายพื้นเมือง", "cotton_seed"),
        ),
        needs=(unmet("เครื่องอีดฝ้ายมือสอง", "no machinery dealer in the set", "cotton_gin"),),
        certs=(ORG_TH,),
        bcg=("bio",),
    ),
    sme(
        36,
        "en",
        "ReSort Textile Waste Sorting",
        CIRC,
        UP,
        "Samut Sakhon",
        "info@resort-textile.com",
        offers=(
            ("Pre-consumer cotton clippings sorted by colour", "cotton_offcuts"),
            ("Polyester-only cutting waste, baled", "polyester_offcuts"),
        ),
        needs=(
            need(
                "Fabric scraps from garment makers, any fibre", "cotton_offcuts", "polyester_offcuts", "denim_offcuts"
            ),
            need("Worn-out uniforms and workwear for shredding", "used_clothing_recycling_grade"),
        ),
        bcg=("circular",),
    ),
    sme(
        37,
        "th",
        "บริษัท ด้ายหมุนเวียน จำกัด",
        CIRC,
        UP,
        "Nakhon Pathom",
        "sales@daimunwian.co.th",
        offers=(
            ("ด้ายฝ้ายรีไซเคิลจากเศษผ้า ได้ GRS", "recycled_cotton_yarn"),
            ("เส้นใยฝ้ายตีจากเศษผ้า", "recycled_cotton_fibre"),
        ),
        needs=(
            need("เศษผ้าฝ้าย 100% จากห้องตัด คัดสีแล้ว", "cotton_offcuts"),
            need("เศษไหมจากกี่ทอ สำหรับปั่นผสม", "silk_offcuts"),
        ),
        certs=(GRS,),
        bcg=("circular",),
    ),
    sme(
        38,
        "en",
        "AeroKnit Performance Fabrics",
        SPORT,
        MID,
        "Rayong",
        "sales@aeroknit.com",
        offers=(("Moisture-wicking polyester jersey, bluesign", "performance_knit_fabric"),),
        needs=(
            need("Nylon 6 and polyester yarn for circular knitting", "nylon_yarn", "polyester_filament_yarn"),
            unmet("Graphene-coated yarn for cooling fabric", "no one in the set makes coated yarn", "graphene_yarn"),
        ),
        certs=(BLUESIGN,),
    ),
    sme(
        39,
        "th",
        "กลุ่มทอผ้าขาวม้าบ้านหวาย",
        AGI,
        MID,
        "Roi Et",
        "phakhaoma.banwai@gmail.com",
        offers=(
            ("ผ้าฝ้ายทอมือเป็นพับ หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
            ("ผ้าขาวม้าลายตาราง ผืนละ 120 บาท", "pha_khao_ma"),
        ),
        needs=(need("ด้ายฝ้ายย้อมสีแล้ว เบอร์ 20", "dyed_cotton_yarn"),),
        certs=(OTOP,),
    ),
    sme(
        40,
        "en",
        "Southern Coco Buttons",
        HEMP,
        MID,
        "Nakhon Si Thammarat",
        "export@southerncoco.com",
        offers=(
            ("Coconut shell buttons, natural or bleached, 10-30 mm", "coconut_shell_buttons"),
            ("Coco-shell 4-hole buttons, MOQ 1,000 pcs, USD 0.05/pc", "coconut_shell_buttons"),
        ),
        needs=(need("Coconut shells in bulk, sun-dried", "coconut_shell_raw"),),
        bcg=("bio", "circular"),
    ),
    sme(
        41,
        "en",
        "Phrae Teakwood Buttons",
        HEMP,
        MID,
        "Phrae",
        "hello@phraeteakbuttons.com",
        offers=(("Teak and rosewood buttons, laser engraving", "wood_buttons"),),
        needs=(
            unmet(
                "FSC-certified teak offcuts",
                "no wood supplier in the set",
                "teak_offcuts",
                requires=(FSC,),
            ),
        ),
        bcg=("bio",),
    ),
    sme(
        42,
        "th",
        "กระดุมเขาควาย อุบล",
        AGI,
        MID,
        "Ubon Ratchathani",
        "kaokwai.ubon@gmail.com",
        offers=(("กระดุมเขาควายแท้ ขัดมัน 4 รู", "horn_buttons"),),
        needs=(unmet("เขาควายดิบ ขายเป็นกิโล", "no horn or abattoir supplier in the set", "raw_buffalo_horn"),),
    ),
    sme(
        43,
        "en",
        "Polybutton Industries",
        CIRC,
        MID,
        "Pathum Thani",
        "sales@polybutton.com",
        offers=(
            ("Polyester and urea buttons, 14L-44L, dyed to Pantone", "plastic_buttons"),
            ("Buttons cast from recycled PET", "recycled_plastic_buttons"),
        ),
        needs=(need("rPET regrind for button casting", "rpet_flakes"),),
        certs=(ISO9001,),
    ),
    sme(
        44,
        "en",
        "ZipLine Trading Co.",
        SPORT,
        MID,
        "Bangkok",
        "sales@ziplinetrading.com",
        offers=(
            ("Nylon coil zips No.3-No.10, open and closed end, ex-stock Sampeng", "nylon_coil_zips"),
            ("Invisible zips for dresses, 20-60 cm", "invisible_zips"),
            ("Autolock and non-lock pullers", "zip_sliders"),
        ),
    ),
    sme(
        45,
        "th",
        "ร้านกระดุมมือสอง คัดจากเสื้อเก่า",
        CIRC,
        UP,
        "Lamphun",
        "kradummuesong@gmail.com",
        offers=(("กระดุมมือสองแกะจากเสื้อผ้าเก่า คัดสีคัดไซซ์", "used_buttons_reclaimed"),),
        needs=(need("เสื้อผ้าเก่าสภาพไม่ดี ขายเหมาเป็นกระสอบ", "used_clothing_recycling_grade"),),
        bcg=("circular",),
    ),
    sme(
        46,
        "th",
        "โรงงานกระดุมแป๊ก สมุทรปราการ",
        AGC,
        MID,
        "Samut Prakan",
        "kradumpaek.sp@gmail.com",
        offers=(
            ("กระดุมแป๊ก กระดุมสแนป ทองเหลือง", "press_studs"),
            ("ตะขอกางเกง ตะขอเสื้อชั้นใน", "hook_and_eye_fasteners"),
            ("ตาไก่ทองเหลือง พร้อมแหวน", "eyelets"),
        ),
        needs=(unmet("แผ่นทองเหลืองม้วน", "no metal sheet supplier in the set", "brass_sheet"),),
    ),
    sme(
        47,
        "en",
        "GripLoop Hook & Loop",
        SPORT,
        MID,
        "Chachoengsao",
        "sales@griploop.com",
        offers=(
            ("Sew-on Velcro-type tape, 16-100 mm, 40 colours", "hook_and_loop_tape"),
            ("Flame-retardant hook and loop for uniforms", "hook_and_loop_tape"),
        ),
    ),
    sme(
        48,
        "en",
        "EasyClose Magnetic Fasteners",
        AGC,
        MID,
        "Nonthaburi",
        "info@easyclose.co.th",
        offers=(
            ("Sew-in magnets in PVC pockets, washable", "magnetic_buttons"),
            ("Magnetic snap closures for adaptive wear", "magnetic_buttons"),
        ),
    ),
    sme(
        49,
        "th",
        "กลุ่มแม่บ้านถักลูกไม้ บ้านโพน",
        AGI,
        MID,
        "Kalasin",
        "luukmai.banphon@gmail.com",
        offers=(("ลูกไม้ถักโครเชต์ด้วยมือ ด้ายฝ้าย", "cotton_lace"),),
        needs=(need("ด้ายฝ้ายเส้นเล็ก สำหรับถักโครเชต์", "cotton_yarn", "dyed_cotton_yarn"),),
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        50,
        "th",
        "ร้านริบบิ้นราชบุรี",
        AGC,
        MID,
        "Ratchaburi",
        "ribbon.ratchaburi@gmail.com",
        offers=(("ริบบิ้นผ้าซาติน ริบบิ้นผูกเหรียญ ยกม้วน", "polyester_ribbon"),),
        needs=(need("ด้ายโพลีเอสเตอร์สำหรับทอริบบิ้น", "polyester_filament_yarn"),),
    ),
    sme(
        51,
        "en",
        "Doi Hemp Tape & Webbing",
        HEMP,
        MID,
        "Chiang Rai",
        "info@doihemp.com",
        offers=(
            ("Hemp twill tape, 15-40 mm", "hemp_tape"),
            ("Hemp webbing straps for bags", "hemp_webbing"),
        ),
        needs=(need("Hemp yarn, Nm 8-12", "hemp_yarn"),),
        bcg=("bio",),
    ),
    sme(
        52,
        "th",
        "ร้านผ้ากุ๊นสำเร็จ ตรัง",
        AGC,
        MID,
        "Trang",
        "phakun.trang@gmail.com",
        offers=(
            ("ผ้ากุ๊นเฉลียงสำเร็จรูป ยกม้วน", "bias_binding"),
            ("รับตัดผ้ากุ๊นจากผ้าลูกค้า", "bias_cutting_service"),
        ),
    ),
)

# ====================================================================== data, part 3: fibre, yarn, cloth, dyeing

PART_3 = (
    sme(
        53,
        "th",
        "เชือกฝ้ายมาคราเม่ เชียงใหม่",
        HEMP,
        MID,
        "Chiang Mai",
        "macrame.cm@gmail.com",
        offers=(
            ("เชือกฝ้ายถัก 3 มม. 5 มม. ทำเชือกรูดเอว", "cotton_cord"),
            ("เชือกมาคราเม่ ย้อมสีธรรมชาติ ม้วนละ 100 เมตร", "cotton_cord"),
        ),
        needs=(
            need(
                "ฝ้ายปั่นเส้นใหญ่ สำหรับฟั่นเชือก",
                "cotton_yarn",
                "handspun_cotton_yarn",
                "recycled_cotton_yarn",
            ),
        ),
    ),
    sme(
        54,
        "en",
        "Mae Sot Hemp Growers",
        HEMP,
        UP,
        "Tak",
        "growers@maesothemp.com",
        offers=(
            ("Decorticated hemp bast, sun-retted", "hemp_fibre"),
            ("Hand-twisted hemp cord, 2 mm", "hemp_cord"),
        ),
        needs=(unmet("Certified hemp seed for planting", "no hemp seed supplier in the set", "hemp_seed"),),
        bcg=("bio",),
    ),
    sme(
        55,
        "en",
        "LabelLoom Thailand",
        SPORT,
        MID,
        "Samut Sakhon",
        "sales@labelloom.co.th",
        offers=(("Damask labels, high-density weave, MOQ 500", "woven_labels"),),
        needs=(need("Polyester filament 75D, black and white", "polyester_filament_yarn"),),
    ),
    sme(
        56,
        "th",
        "โรงพิมพ์ป้ายไซซ์ ป้ายวิธีซัก นนทบุรี",
        AGC,
        MID,
        "Nonthaburi",
        "paiwithisak@gmail.com",
        offers=(
            ("ป้ายวิธีซักพิมพ์บนผ้าซาติน ภาษาไทย อังกฤษ", "printed_care_labels"),
            ("ป้ายไซซ์พิมพ์ ม้วนละ 1,000 ชิ้น", "printed_size_labels"),
        ),
    ),
    sme(
        57,
        "en",
        "TagCycle Hang Tags",
        CIRC,
        MID,
        "Kanchanaburi",
        "hello@tagcycle.co",
        offers=(("Swing tickets from recycled carton board, with cotton string", "hang_tags"),),
        needs=(unmet("Soy-based inks for offset printing", "no ink maker in the set", "printing_ink"),),
        bcg=("circular",),
    ),
    sme(
        58,
        "th",
        "บริษัท ผ้ากาวไทย จำกัด",
        AGC,
        MID,
        "Ratchaburi",
        "sales@phakaothai.co.th",
        offers=(("ผ้ากาวรีดติด ผ้ากาวอัดเอว ผ้ากาวบาง", "fusible_interlining"),),
    ),
    sme(
        59,
        "en",
        "Quick Buttonhole Service",
        AGC,
        MID,
        "Pathum Thani",
        "jobs@quickbuttonhole.com",
        offers=(
            ("Buttonholing and button sewing for factories, per piece", "buttonhole_service"),
            ("Snap and eyelet setting on customer garments", "snap_setting_service"),
        ),
    ),
    sme(
        60,
        "th",
        "บริษัท รีเฟล็กซ์เทป จำกัด",
        SPORT,
        MID,
        "Samut Prakan",
        "sales@reflextape.co.th",
        offers=(
            ("แถบสะท้อนแสงเย็บติดเสื้อ กว้าง 5 ซม.", "reflective_tape"),
            ("ฟิล์มสะท้อนแสงรีดร้อน ตัดเป็นโลโก้", "reflective_heat_transfer"),
        ),
        needs=(
            unmet(
                "ลูกแก้วไมโครบีดส์สำหรับเคลือบเทป",
                "no glass bead supplier in the set",
                "glass_microbeads",
            ),
        ),
    ),
    sme(
        61,
        "th",
        "บริษัท สายกระเป๋าแปดริ้ว จำกัด",
        SPORT,
        MID,
        "Chachoengsao",
        "sales@saikrapao8riw.co.th",
        offers=(
            ("สายกระเป๋าโพลีโพรพิลีน 25-50 มม.", "pp_webbing"),
            ("หัวล็อคพลาสติก ตัวปรับสาย", "plastic_buckles"),
        ),
    ),
    sme(
        62,
        "th",
        "บริษัท ด้ายสยามสปัน จำกัด",
        AGC,
        MID,
        "Samut Prakan",
        "sales@siamspanthread.co.th",
        offers=(("ด้ายเย็บผ้าโพลีเอสเตอร์ สปัน 40/2 หลอด 5,000 เมตร", "sewing_thread"),),
        needs=(need("เส้นใยโพลีเอสเตอร์สั้น สำหรับปั่นด้าย", "recycled_polyester_fibre"),),
        certs=(ISO9001,),
    ),
    sme(
        63,
        "en",
        "ReThread Recycled Sewing Thread",
        CIRC,
        MID,
        "Samut Sakhon",
        "sales@rethread.co",
        offers=(("Sewing thread spun from recycled PET, GRS certified", "recycled_sewing_thread"),),
        needs=(need("Hot-washed PET flake", "rpet_flakes"),),
        certs=(GRS,),
        bcg=("circular",),
    ),
    sme(
        64,
        "th",
        "ร้านปักชื่อ ปักโลโก้ หาดใหญ่",
        AGC,
        MID,
        "Songkhla",
        "pakchue.hatyai@gmail.com",
        offers=(
            ("รับปักชื่อ ปักโลโก้บนเสื้อของลูกค้า", "embroidery_service"),
            ("อาร์มปักติดเสื้อ ขั้นต่ำ 50 ชิ้น", "embroidered_patches"),
        ),
    ),
    sme(
        65,
        "en",
        "Fibrecycle Mechanical Recycling",
        CIRC,
        UP,
        "Pathum Thani",
        "info@fibrecycle.co.th",
        offers=(
            ("Recycled polyester staple fibre from garment waste", "recycled_polyester_fibre"),
            ("Needle-punched wadding from recycled polyester, 100-300 gsm", "polyester_wadding"),
        ),
        needs=(need("100% polyester scraps from cutting rooms", "polyester_offcuts"),),
        certs=(GRS,),
        bcg=("circular",),
    ),
    sme(
        66,
        "th",
        "วิสาหกิจชุมชนใยกัญชงม้ง เขาค้อ",
        HEMP,
        UP,
        "Phetchabun",
        "kanchong.khaokho@gmail.com",
        offers=(
            ("ใยกัญชงลอกมือ ตากแห้ง มัดละ 1 กก.", "hemp_fibre"),
            ("ด้ายกัญชงเข็นมือ ต่อเส้นแบบม้ง", "hemp_yarn"),
        ),
        needs=(unmet("ขี้ผึ้งแท้สำหรับเขียนเทียนบนผ้า", "no beeswax supplier in the set", "beeswax"),),
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        67,
        "en",
        "Lanna Hemp Weaving",
        HEMP,
        MID,
        "Chiang Mai",
        "weave@lannahemp.com",
        offers=(
            ("Handloomed hemp fabric, 40 cm width", "hemp_fabric"),
            ("Hemp-cotton blend cloth, machine woven, 150 cm", "hemp_cotton_fabric"),
        ),
        needs=(
            need("Raw hemp bast from hill villages", "hemp_fibre"),
            need("Spun hemp thread for warp", "hemp_yarn"),
            need(
                "Indigo dyeing of our hemp cloth, we send the fabric, no synthetic indigo",
                "indigo_dyeing_service",
                "natural_dyeing_service",
            ),
        ),
        bcg=("bio",),
    ),
    sme(
        68,
        "en",
        "Saraburi Spinning Mill",
        HEMP,
        UP,
        "Saraburi",
        "yarn@saraburispin.com",
        offers=(
            ("Combed cotton yarn Ne 20-60, raw white", "cotton_yarn"),
            ("Dyed cotton yarn 20/2, 60 shades", "dyed_cotton_yarn"),
        ),
        needs=(
            need("Raw cotton, organic preferred", "raw_cotton"),
            need("Recycled cotton fibre for blended yarn", "recycled_cotton_fibre"),
        ),
    ),
    sme(
        69,
        "th",
        "กลุ่มเข็นฝ้ายบ้านนาซ่าว",
        AGI,
        UP,
        "Loei",
        "khenfai.nasao@gmail.com",
        offers=(("ฝ้ายเข็นมือจากฝ้ายพื้นเมือง ม้วนละ 1 กก.", "handspun_cotton_yarn"),),
        needs=(need("ฝ้ายดอกจากไร่ ยังไม่อีดเมล็ด", "raw_cotton"),),
        certs=(OTOP,),
    ),
    sme(
        70,
        "en",
        "Nakhon Pathom Weaving Mill",
        HEMP,
        MID,
        "Nakhon Pathom",
        "sales@nptweaving.com",
        offers=(
            ("Grey cotton sheeting, 60 inch, unbleached", "cotton_fabric_greige"),
            ("Bleached cotton poplin 133x72, optical white", "cotton_fabric_bleached"),
        ),
        needs=(
            need("Carded cotton yarn 30s for weaving", "cotton_yarn"),
            need("Commission dyeing of our grey sheeting, reactive colours", "fabric_dyeing_service"),
        ),
    ),
    sme(
        71,
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านสิงห์",
        AGI,
        MID,
        "Yasothon",
        "tophai.bansing@gmail.com",
        offers=(
            ("ผ้าฝ้ายทอมือ ย้อมสีเคมี เป็นพับ", "handwoven_cotton_fabric"),
            ("ผ้าซิ่นสำเร็จ ผ้าถุงลายขิด", "sarongs"),
        ),
        needs=(need("ฝ้ายย้อมสำเร็จ หลายสี", "dyed_cotton_yarn"),),
        certs=(OTOP,),
    ),
    sme(
        72,
        "th",
        "ครามสกล ผ้าย้อมครามธรรมชาติ",
        AGI,
        MID,
        "Sakon Nakhon",
        "kramsakon@gmail.com",
        offers=(
            ("ผ้าฝ้ายย้อมครามธรรมชาติ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service"),
        ),
        needs=(need("ผ้าดิบยังไม่ฟอก สำหรับย้อมคราม", "cotton_fabric_greige"),),
        certs=(OTOP,),
        bcg=("bio", "green"),
    ),
    sme(
        73,
        "en",
        "Lamphun Natural Dye House",
        HEMP,
        MID,
        "Lamphun",
        "dye@lamphundye.com",
        offers=(
            ("Natural dyeing of your fabric: indigo, lac, ebony", "natural_dyeing_service"),
            ("Dyeing customer zips and lace to match, plant dyes only", "natural_dyeing_service"),
        ),
        bcg=("bio", "green"),
    ),
    sme(
        74,
        "th",
        "โรงย้อมผ้ารับจ้าง มหาชัยดายอิ้ง",
        AGC,
        MID,
        "Samut Sakhon",
        "mahachaidyeing@gmail.com",
        offers=(
            ("รับย้อมผ้าพับ ผ้าฝ้าย ผ้าโพลี สีรีแอคทีฟ", "fabric_dyeing_service"),
            ("รับย้อมซิปและลูกไม้ให้เข้าสีผ้า", "trim_dyeing_service"),
        ),
        needs=(need("ผ้าฝ้ายดิบหน้ากว้าง สำหรับย้อมสต็อก", "cotton_fabric_greige"),),
    ),
    sme(
        75,
        "th",
        "สหกรณ์ตัดเย็บบ้านจั่น อุดร",
        AGI,
        MID,
        "Udon Thani",
        "tatyep.banchan@gmail.com",
        offers=(("รับจ้างเย็บ กระเป๋า ผ้ากันเปื้อน ชุดยูนิฟอร์ม ลูกค้าส่งผ้ามา", "sewing_cmt_service"),),
        needs=(
            need("ซิปไนลอนเบอร์ 5 ทำกระเป๋า ราคาโรงงาน", "nylon_coil_zips"),
            need("ย้อมลูกไม้ให้เข้ากับผ้าที่ลูกค้าส่งมา", "trim_dyeing_service", "natural_dyeing_service"),
        ),
    ),
    sme(
        76,
        "th",
        "บริษัท เส้นใยสังเคราะห์ระยอง จำกัด",
        SPORT,
        UP,
        "Rayong",
        "sales@rayongfibre.co.th",
        offers=(
            ("ไนลอน 6 ฟิลาเมนต์ 70D/24F", "nylon_yarn"),
            ("สแปนเด็กซ์หุ้มไนลอน สำหรับผ้ายืด", "spandex_yarn"),
            ("โพลีเอสเตอร์ DTY 150D/48F", "polyester_filament_yarn"),
        ),
    ),
    sme(
        77,
        "th",
        "กระดาษสาต้นเปา บ่อสร้าง",
        HEMP,
        MID,
        "Chiang Mai",
        "krasasa.borsang@gmail.com",
        offers=(("กระดาษสาทำมือ แผ่น 60x90 ซม.", "mulberry_paper"),),
        needs=(unmet("เปลือกปอสาแห้ง จากลาว", "no bark grower or importer in the set", "mulberry_bark"),),
        certs=(OTOP,),
        bcg=("green",),
    ),
)

# ====================================================================== data, part 4: shops, tailors, brands, buyers

PART_4 = (
    sme(
        78,
        "en",
        "Phahurat Haberdashery Mart",
        AGC,
        DOWN,
        "Bangkok",
        "buy@phahuratmart.com",
        offers=(("Retail haberdashery: buttons, zips, threads, trims", "haberdashery_retail"),),
        needs=(
            need("Ribbons in bulk for resale", "polyester_ribbon", "natural_dyed_cotton_ribbon"),
            need("Lace trims, cotton or stretch", "cotton_lace", "stretch_lace"),
            need("Bias tape and piping", "bias_binding", "piping_cord"),
        ),
    ),
    sme(
        79,
        "th",
        "ร้านจักรเย็บผ้าและอุปกรณ์ หาดใหญ่",
        AGC,
        DOWN,
        "Songkhla",
        "hatyai.sewing@gmail.com",
        offers=(("ขายจักรเย็บผ้า ด้าย กระดุม ซิป ปลีกส่ง", "haberdashery_retail"),),
        needs=(
            need("ซิปซ่อนสำหรับชุดเดรส ยาว 22 นิ้ว", "invisible_zips"),
            need("กระดุมไม้ กระดุมกะลาพร้าว งานธรรมชาติ", "wood_buttons", "coconut_shell_buttons"),
            need("กระดุมหุ้มผ้าสำเร็จรูป สีพื้น", "fabric_covered_buttons"),
        ),
    ),
    sme(
        80,
        "th",
        "ร้านผ้าและอุปกรณ์ตัดเย็บ กาดหลวง",
        HEMP,
        DOWN,
        "Chiang Mai",
        "kadluang.fabric@gmail.com",
        offers=(("ผ้าฝ้ายเมืองขายเป็นเมตร และอุปกรณ์ตัดเย็บ", "haberdashery_retail"),),
        needs=(
            need("เทปกัญชง สายกระเป๋ากัญชง", "hemp_tape", "hemp_webbing"),
            need("ป้ายชื่อร้านแบบทอ ติดเสื้อ", "woven_labels"),
            need("ยางยืดใส่ขอบเอวกางเกงเล", "elastic_band"),
        ),
    ),
    sme(
        81,
        "th",
        "ร้านตัดสูท ภูเก็ต แฟชั่นเทเลอร์",
        AGC,
        DOWN,
        "Phuket",
        "phuket.fashiontailor@gmail.com",
        offers=(("ตัดสูท เสื้อเชิ้ต ตามสั่ง 3 วันได้", "bespoke_tailoring"),),
        needs=(
            need("ฟองน้ำเสริมไหล่สูท", "shoulder_pads"),
            need("กระดุมเขาสัตว์แท้ สำหรับสูท", "horn_buttons"),
            need("ผ้ากาวสำหรับปกและหน้าอกสูท", "fusible_interlining"),
        ),
    ),
    sme(
        82,
        "th",
        "ร้านตัดชุดผ้าไหม อุบลฯ",
        AGI,
        DOWN,
        "Ubon Ratchathani",
        "ubon.silktailor@gmail.com",
        offers=(("รับตัดชุดผ้าไทย ชุดข้าราชการ ผ้าไหม", "bespoke_tailoring"),),
        needs=(
            need("ผ้าไหมทอมือ ต้องมีตรานกยูงพระราชทาน", "handwoven_silk_fabric", requires=(PEACOCK,)),
            need("หาร้านหุ้มกระดุมจากผ้าไหมที่เราส่งไป", "button_covering_service"),
            need("ผ้าฝ้ายย้อมครามสำหรับเสื้อผู้ชาย", "indigo_dyed_cotton_fabric"),
        ),
    ),
    sme(
        83,
        "en",
        "Andaman Hospitality Uniforms",
        AGC,
        DOWN,
        "Phuket",
        "purchasing@andamanuniforms.com",
        offers=(("Hotel and spa uniforms, chef jackets", "hospitality_uniforms"),),
        needs=(
            need("Coconut buttons for resort shirts", "coconut_shell_buttons"),
            unmet(
                "Removable mushroom studs for chef jackets",
                "no one in the set makes chef-jacket studs",
                "chef_stud_buttons",
            ),
            need("Ecru lace for spa robes, Oeko-Tex welcome but not required", "cotton_lace", waives=(OEKO,)),
        ),
    ),
    sme(
        84,
        "th",
        "ห้างเสื้อข้าราชการ ราชดำเนิน",
        AGC,
        DOWN,
        "Bangkok",
        "ratchadamnoen.uniform@gmail.com",
        offers=(("ชุดปกติขาว ชุดกากีข้าราชการ ตัดตามตัว", "government_uniforms"),),
        needs=(
            need("กระดุมโลหะตราครุฑ ชุบทอง", "metal_buttons"),
            need("ผ้ากาวเสริมปกและสาบ", "fusible_interlining"),
            need("ส่งเสื้อไปเจาะรังดุม ติดกระดุม", "buttonhole_service"),
        ),
    ),
    sme(
        85,
        "th",
        "บริษัท สปอร์ตไลน์ การ์เมนต์ จำกัด",
        SPORT,
        DOWN,
        "Nakhon Pathom",
        "sportline.garment@gmail.com",
        offers=(
            ("เสื้อกีฬา ชุดวิ่ง ผลิตตามแบบลูกค้า", "sportswear"),
            ("เศษผ้าโพลีเอสเตอร์จากห้องตัด", "polyester_offcuts"),
        ),
        needs=(
            need("ยางยืดขอบกางเกงวิ่ง", "elastic_band"),
            need("เทปรีเฟล็กซ์ติดเสื้อวิ่งกลางคืน", "reflective_tape", "reflective_heat_transfer"),
            need("ซิปแจ็คเก็ตเบอร์ 5 แบบเปิดท้าย", "nylon_coil_zips", "recycled_polyester_zips", "metal_zips"),
        ),
    ),
    sme(
        86,
        "en",
        "Korat Intimates Manufacturing",
        AGI,
        DOWN,
        "Nakhon Ratchasima",
        "sourcing@koratintimates.com",
        offers=(("Bras and briefs, OEM for export", "lingerie"),),
        needs=(
            need("Stretch lace for briefs, 2-6 inch", "stretch_lace"),
            need("Bra hook-and-eye tape", "hook_and_eye_fasteners"),
            need("Lingerie elastic, OEKO-TEX Standard 100", "elastic_band", requires=(OEKO,)),
        ),
    ),
    sme(
        87,
        "th",
        "หนูน้อยฝ้าย เสื้อผ้าเด็ก",
        AGC,
        DOWN,
        "Nonthaburi",
        "noonoifai.kids@gmail.com",
        offers=(("ชุดเด็กอ่อน บอดี้สูท ผ้าฝ้าย", "babywear"),),
        needs=(
            need("กระดุมแป๊กไม่มีนิกเกิล สำหรับเสื้อเด็ก", "nickel_free_press_studs"),
            need("ป้ายคอแบบรีด ไม่ระคายคอ", "heat_transfer_labels"),
            unmet(
                "ลูกไม้ฝ้ายออร์แกนิก ต้องได้ GOTS",
                "cotton lace is offered, but no lace maker holds GOTS",
                "cotton_lace",
                requires=(GOTS,),
            ),
        ),
    ),
    sme(
        88,
        "en",
        "Mae Sot Denim Works",
        CIRC,
        DOWN,
        "Tak",
        "sourcing@maesotdenim.com",
        offers=(
            ("Five-pocket jeans, OEM, 1,000 pcs MOQ", "jeans"),
            ("Stretch denim cutting waste, indigo, by the bale", "denim_offcuts"),
        ),
        needs=(
            need("Denim hardware: tack buttons and burrs", "jeans_buttons_rivets"),
            need("Brass zips No.4.5 for jeans flies", "metal_zips"),
            need("Pocketing, bleached cotton", "cotton_fabric_bleached"),
        ),
    ),
    sme(
        89,
        "en",
        "Hempfield Bags",
        HEMP,
        DOWN,
        "Chiang Mai",
        "hello@hempfieldbags.com",
        offers=(("Hemp tote bags and backpacks", "hemp_bags"),),
        needs=(
            need("Hang tags on FSC paper", "hang_tags", requires=(FSC,)),
            need("Hemp canvas for bag bodies, natural colour", "hemp_fabric"),
            need(
                "Bag zips, any brand, GRS not required",
                "nylon_coil_zips",
                "recycled_polyester_zips",
                "metal_zips",
                waives=(GRS,),
            ),
        ),
        bcg=("bio",),
    ),
    sme(
        90,
        "th",
        "ห้องเสื้อครามเมือง สกลนคร",
        AGI,
        DOWN,
        "Sakon Nakhon",
        "khramuang.sakon@gmail.com",
        offers=(("เสื้อเชิ้ตผ้าฝ้ายย้อมคราม ทรงผู้ชาย", "indigo_shirts"),),
        needs=(
            need("กระดุมธรรมชาติ ไม่เอาพลาสติก", "wood_buttons", "coconut_shell_buttons", "horn_buttons"),
            need("ป้ายแบรนด์ติดคอเสื้อ แบบทอ", "woven_labels"),
            need("ย้อมซิปให้เข้ากับสีคราม ห้ามใช้สีเคมี", "natural_dyeing_service"),
        ),
        bcg=("bio",),
    ),
    sme(
        91,
        "th",
        "รีจีนส์ กระเป๋าจากยีนส์เก่า",
        CIRC,
        DOWN,
        "Bangkok",
        "rejeans.bag@gmail.com",
        offers=(("กระเป๋าผ้ายีนส์เก่า ทำมือ", "upcycled_denim_bags"),),
        needs=(
            need("ยีนส์เก่าเหมากระสอบ ทุกไซซ์", "used_denim_garments"),
            need("ซิปมือสองที่ยังใช้ได้", "used_zips_reclaimed"),
            need("เศษผ้ายีนส์จากโรงงาน", "denim_offcuts"),
        ),
        bcg=("circular",),
    ),
    sme(
        92,
        "th",
        "ปั่นไทย ชุดจักรยาน",
        SPORT,
        DOWN,
        "Chiang Mai",
        "panthai.cycling@gmail.com",
        offers=(("เสื้อจักรยาน กางเกงเป้าเจล สั่งทำทีม", "cycling_apparel"),),
        needs=(
            need("ยางซิลิโคนกันเลื่อนปลายขา", "silicone_gripper_elastic"),
            need("ซิปรีไซเคิล ต้องมี GRS", "recycled_polyester_zips", requires=(GRS,)),
            need("ผ้ากีฬาระบายเหงื่อ แห้งไว", "performance_knit_fabric"),
        ),
        bcg=("circular",),
    ),
    sme(
        93,
        "en",
        "Golden Years Care Home",
        AGC,
        DOWN,
        "Chonburi",
        "admin@goldenyearscare.com",
        needs=(
            need("Easy-on shirts for residents with arthritis", "adaptive_garments_elderly"),
            need("Staff scrubs, 60 sets", "medical_uniforms"),
            unmet("Washable bed pads for incontinence", "no one in the set makes bed pads", "bed_pads"),
        ),
    ),
    sme(
        94,
        "th",
        "โรงพยาบาลศรีนครอุดร",
        AGI,
        DOWN,
        "Udon Thani",
        "purchasing@srinakhonudon.com",
        needs=(
            need("ชุดผู้ป่วยแบบติดแป๊กด้านข้าง", "medical_uniforms"),
            need("รับเย็บชุดเจ้าหน้าที่ ทางโรงพยาบาลส่งผ้าไปให้", "sewing_cmt_service"),
            unmet(
                "ผ้าปูเตียงผู้ป่วย ผ่านมาตรฐาน มอก.",
                "no bed-linen maker in the set",
                "hospital_bed_linen",
                requires=(TIS,),
            ),
        ),
    ),
    sme(
        95,
        "en",
        "Little Cotton Co.",
        AGC,
        DOWN,
        "Chanthaburi",
        "hello@littlecotton.co",
        offers=(("Organic cotton baby rompers", "babywear"),),
        needs=(
            need("Snaps that pass OEKO-TEX, for rompers", "press_studs", "nickel_free_press_studs", requires=(OEKO,)),
            need("Narrow elastic for baby leggings, OEKO-TEX welcome but not required", "elastic_band", waives=(OEKO,)),
            unmet(
                "GOTS organic cotton jersey",
                "no organic knitted fabric in the set",
                "organic_cotton_jersey",
                requires=(GOTS,),
            ),
        ),
    ),
)

PARTS: tuple[tuple[Sme, ...], ...] = (PART_1, PART_2, PART_3, PART_4)


# ====================================================================== links


def all_smes() -> tuple[Sme, ...]:
    return tuple(s for part in PARTS for s in part)


def qualified_suppliers(buyer: Sme, n: Need, smes: tuple[Sme, ...]) -> list[Sme]:
    """Suppliers other than the buyer offering one of the need's labels and holding every required certification."""
    wanted = set(n.labels)
    return [
        s
        for s in smes
        if s.num != buyer.num
        and any(label in wanted for _, label in s.offers)
        and set(n.requires) <= set(s.certifications)
    ]


def true_links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    links = {(s.id, b.id) for b in smes for n in b.needs if not n.unmet for s in qualified_suppliers(b, n, smes)}
    return sorted(links)


# ====================================================================== checks

_ID = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
_EMAIL = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
_LABEL = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
_THAI_LETTER = re.compile("[\u0e01-\u0e2e\u0e30-\u0e4e]")


def thai_share(text: str) -> float:
    letters = [c for c in text if c.isalpha() or _THAI_LETTER.match(c)]
    if not letters:
        return 0.0
    return sum(1 for c in letters if _THAI_LETTER.match(c)) / len(letters)


def is_plain_english(text: str) -> bool:
    return all(32 <= ord(c) < 127 for c in text)


def mentioned(text: str, cert: str) -> bool:
    """Whether `text` names `cert` at all, affirmed or negated."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for c in CERTIFICATIONS:
        if c.name == cert:
            names = (c.name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
            return any(unicodedata.normalize("NFKC", m).casefold() in folded for m in names)
    return False


def check(smes: tuple[Sme, ...]) -> list[str]:
    problems: list[str] = []
    ids = [s.id for s in smes]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    if ids != [f"{ID_PREFIX}-{i:03d}" for i in range(1, len(smes) + 1)]:
        problems.append("ids are not bhy-001 ... in order")
    if len(smes) != N_PROFILES:
        problems.append(f"{len(smes)} profiles, expected {N_PROFILES}")
    offered: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)

    for s in smes:
        where = s.id
        if not _ID.match(s.id):
            problems.append(f"{where}: malformed id")
        if s.lang not in ("th", "en"):
            problems.append(f"{where}: language {s.lang!r}")
        if s.sub_cluster not in {c.value for c in SubCluster}:
            problems.append(f"{where}: sub-cluster {s.sub_cluster!r}")
        if s.stage not in {c.value for c in Stage}:
            problems.append(f"{where}: stage {s.stage!r}")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            problems.append(f"{where}: province {s.province!r} is not an English province name")
        for c in s.certifications:
            if resolve_certification(c) != c:
                problems.append(f"{where}: certification {c!r} is not canonical")
        if len(set(s.certifications)) != len(s.certifications):
            problems.append(f"{where}: repeated certification")
        for tag in s.bcg:
            if tag not in {t.value for t in BcgTag}:
                problems.append(f"{where}: bcg tag {tag!r}")
        if len(set(s.bcg)) != len(s.bcg):
            problems.append(f"{where}: repeated bcg tag")
        if not _EMAIL.match(s.email):
            problems.append(f"{where}: email {s.email!r}")
        if not s.name.strip():
            problems.append(f"{where}: empty name")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            problems.append(f"{where}: {len(s.offers)} offers and {len(s.needs)} needs")
        phrases = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        for text in phrases:
            if text != text.strip() or not text or "  " in text:
                problems.append(f"{where}: badly spaced phrase {text!r}")
            if s.lang == "th" and thai_share(text) < 0.6:
                problems.append(f"{where}: Thai phrase is not mostly Thai: {text!r}")
            if s.lang == "en" and not is_plain_english(text):
                problems.append(f"{where}: English phrase has non-Latin characters: {text!r}")
        texts = [t for t, _ in s.offers] + [n.text for n in s.needs]
        if len(set(texts)) != len(texts):
            problems.append(f"{where}: repeated phrase")
        for text, label in s.offers:
            if not _LABEL.match(label):
                problems.append(f"{where}: bad label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= set(s.certifications):
                problems.append(f"{where}: offer {text!r} claims {sorted(claimed)} the SME does not hold")
        for n in s.needs:
            named = find_certifications(n.text)
            if named != set(n.requires):
                problems.append(f"{where}: need {n.text!r} names {sorted(named)}, requires {list(n.requires)}")
            for c in (*n.requires, *n.waives):
                if resolve_certification(c) != c:
                    problems.append(f"{where}: need certification {c!r} is not canonical")
                if not mentioned(n.text, c):
                    problems.append(f"{where}: need {n.text!r} does not name {c}")
            for c in n.waives:
                if c in named:
                    problems.append(f"{where}: need {n.text!r} waives {c} but reads as requiring it")
            for label in n.labels:
                if not _LABEL.match(label):
                    problems.append(f"{where}: bad label {label!r}")
            suppliers = qualified_suppliers(s, n, smes)
            if n.unmet:
                if suppliers:
                    problems.append(f"{where}: unmet need {n.text!r} is met by {[x.id for x in suppliers]}")
            else:
                if not n.labels:
                    problems.append(f"{where}: need {n.text!r} lists no labels")
                for label in n.labels:
                    if not offered.get(label, set()) - {s.id}:
                        problems.append(f"{where}: need {n.text!r} lists {label!r}, which no one else offers")
                if not suppliers:
                    problems.append(f"{where}: need {n.text!r} has no qualified supplier")
                for supplier in suppliers:
                    for text, label in supplier.offers:
                        if label in n.labels and text.casefold() == n.text.casefold():
                            problems.append(f"{where}: need {n.text!r} repeats an offer of {supplier.id}")

    if len(smes) == N_PROFILES:
        problems.extend(check_targets(smes))
    return problems


def check_targets(smes: tuple[Sme, ...]) -> list[str]:
    problems: list[str] = []
    stats = counts(smes)
    thai = stats["Thai profiles"] / stats["profiles"]
    if not THAI_SHARE_RANGE[0] <= thai <= THAI_SHARE_RANGE[1]:
        problems.append(f"Thai share {thai:.2f} outside {THAI_SHARE_RANGE}")
    links = stats["true links"]
    if not LINK_RANGE[0] <= links <= LINK_RANGE[1]:
        problems.append(f"{links} true links, expected {LINK_RANGE}")
    cross = stats["cross-language links"] / max(1, links)
    if not CROSS_SHARE_RANGE[0] <= cross <= CROSS_SHARE_RANGE[1]:
        problems.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE_RANGE}")
    unmet_needs = stats["needs met by no one"]
    if not UNMET_RANGE[0] <= unmet_needs <= UNMET_RANGE[1]:
        problems.append(f"{unmet_needs} needs met by no one, expected {UNMET_RANGE}")
    sizes = [len(qualified_suppliers(b, n, smes)) for b in smes for n in b.needs if not n.unmet]
    if sum(1 for k in sizes if 1 <= k <= 3) < 0.75 * len(sizes):
        problems.append("fewer than 75 % of met needs have 1-3 suppliers")
    if not any(k > 3 for k in sizes):
        problems.append("no need is met by more than 3 suppliers")
    if stats["needs requiring a certification"] < 5 or stats["needs waiving a certification"] < 3:
        problems.append("too few needs requiring or waiving a certification")
    return problems


# ====================================================================== counts


def counts(smes: tuple[Sme, ...]) -> dict[str, int]:
    by_id = {s.id: s for s in smes}
    links = true_links(smes)
    needs = [n for s in smes for n in s.needs]
    stats: dict[str, int] = {
        "profiles": len(smes),
        "Thai profiles": sum(1 for s in smes if s.lang == "th"),
        "English profiles": sum(1 for s in smes if s.lang == "en"),
    }
    subs = Counter(s.sub_cluster for s in smes)
    for c in SubCluster:
        stats[f"sub-cluster {c.value}"] = subs[c.value]
    stages = Counter(s.stage for s in smes)
    for st in Stage:
        stats[f"stage {st.value}"] = stages[st.value]
    regions = Counter(province.region.value for s in smes if (province := resolve_province(s.province)))
    for region in ("north", "northeast", "central", "east", "west", "south"):
        stats[f"region {region}"] = regions[region]
    stats["distinct provinces"] = len({s.province for s in smes})
    stats["offers"] = sum(len(s.offers) for s in smes)
    stats["distinct offer labels"] = len({label for s in smes for _, label in s.offers})
    stats["needs"] = len(needs)
    stats["needs met"] = sum(1 for n in needs if not n.unmet)
    stats["needs met by no one"] = sum(1 for n in needs if n.unmet)
    stats["needs requiring a certification"] = sum(1 for n in needs if n.requires)
    stats["needs waiving a certification"] = sum(1 for n in needs if n.waives)
    stats["true links"] = len(links)
    th_en = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    stats["links Thai supplier -> English buyer"] = th_en
    stats["links English supplier -> Thai buyer"] = en_th
    stats["cross-language links"] = th_en + en_th
    stats["within-language links"] = len(links) - th_en - en_th
    stats["links between different sub-clusters"] = sum(
        1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster
    )
    return stats


def counts_table(smes: tuple[Sme, ...]) -> str:
    stats = counts(smes)
    rows = ["| item | count |", "|---|---:|"]
    for key, value in stats.items():
        shown = str(value)
        if key == "cross-language links":
            shown = f"{value} ({100 * value / max(1, stats['true links']):.0f} %)"
        rows.append(f"| {key} | {shown} |")
    return "\n".join(rows) + "\n"


# ====================================================================== output


def profile_json(s: Sme) -> str:
    obj: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certifications:
        obj["certifications"] = list(s.certifications)
    if s.bcg:
        obj["bcg"] = list(s.bcg)
    obj["contact_email"] = s.email
    obj["language"] = s.lang
    return json.dumps(obj, ensure_ascii=False)


def readme(smes: tuple[Sme, ...]) -> str:
    return README_TEMPLATE.format(counts=counts_table(smes))


README_TEMPLATE = """\
# blind_plain_trims: hand-labelled matching set, trims and haberdashery

## What the set checks

How well the matcher finds the true supplier-buyer pairs among 95 SME profiles written as plain registry
entries (one short phrase per offer or need) that it has never seen. The theme is trims and haberdashery:
coconut-shell, wood, horn, plastic and metal buttons, zips and pullers, press studs, hook-and-loop tape,
magnetic closures, lace, ribbons, piping cord and bias binding, woven and printed labels, hang tags,
elastic, shoulder pads and interlining, button-covering and buttonhole services; the haberdashery shops,
tailors, uniform makers, garment factories, brands, a care home and a hospital that buy them; and the
ordinary upstream and midstream firms of the cluster (coconut shells, hemp and cotton fibre, yarn, cloth,
dyeing, sewing, textile waste).

About 55 % of the profiles are written in Thai and the rest in English, so about half of the true links
cross languages. The same kind of goods is written in many ways (Thai regional and trade words, brand
names, abbreviations, sizes, prices, minimum orders, places), and a need is worded differently from the
offers that meet it. The set includes hard but fair cases:

- a service versus the goods it works on: covering the customer's buttons versus ready-made covered
  buttons, indigo dyeing of the customer's cloth versus indigo-dyed cloth, dyeing trims to match versus
  dyed goods, sewing for others versus finished uniforms, buttonholing versus buttons;
- the customer's own goods sent for work (silk scraps for covered buttons, hemp cloth for dyeing, fabric
  for staff uniforms);
- used and waste goods versus new: reclaimed zips and buttons, second-hand jeans, cutting waste;
- raw versus processed: coconut shells versus coconut buttons, seed cotton versus hand-spun yarn versus
  cloth, hemp bast versus hemp yarn versus hemp fabric, PET flakes versus recycled zips and thread;
- finished goods described by material, colour or technique (an indigo-dyed cotton shirt is a shirt, a
  hemp tote is a bag, a ribbon of handwoven cotton dyed with indigo is a ribbon);
- needs written as a bare noun phrase, a wish or a question, and refusals ("no plastic", "no adhesive
  backing", "no synthetic dye");
- needs that require a named certification (only a supplier holding it qualifies) and needs that name one
  only to waive it;
- about 20 needs that no one in the set meets, some of them because the goods exist but no supplier holds
  the certification the need requires.

## How it was written

By hand, by a writer who read only section 1 of `/work/shared/contracts/CONTRACTS.md` (profiles JSONL
version 1 and the links CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the `[tool.ruff]`
section of `pyproject.toml`. The writer did not see the matcher, the glossary, the tests, the other
evaluation sets or the project's data, and ran no project command other than `write.py`. All data lives
in `write.py`.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `coconut_shell_buttons` versus
`coconut_shell_raw`). Every need lists the offer labels that would meet it and the certifications its
text requires, or is marked as met by no one with a short note. A pair (supplier, buyer) is a true link
when some offer of the supplier carries a label listed by one of the buyer's needs and the supplier's
certifications hold every certification that need requires. An SME is never linked to itself. Shared
words play no part; quantities, prices and places never decide a link; what changes what the thing is
does. A waived certification is not required. The labels appear only in `write.py`, never in the
written profiles.

Before writing, the script checks: ids unique and well formed; every contract field valid (sub-cluster,
stage and BCG values from `shared.taxonomy`, every province resolved by `resolve_province` and written as
its English name, every certification canonical under `resolve_certification`); every label a met need
lists is offered by someone other than the buyer; every met need has a qualified supplier and every unmet
one has none; the certifications that `find_certifications` reads in a need's text are exactly the ones
it requires, a waived one is named in the text but not read as required, and no offer claims a
certification its SME does not hold; Thai phrases are mostly Thai letters and English ones plain Latin;
the size targets (95 profiles, Thai share, 160-180 links, about half across languages, about 20 unmet
needs, most met needs met by 1-3 suppliers). If any check fails it writes nothing.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_trims/write.py

The output is deterministic: two runs give identical bytes.

## Files

- `write.py`: all the data and labels, the checks, and the writer.
- `profiles.jsonl`: the 95 profiles (`bhy-001` ... `bhy-095`), contract JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file (written by `write.py`).

## Counts

{counts}"""


def main() -> int:
    smes = all_smes()
    problems = check(smes)
    if problems:
        print(f"{len(problems)} problem(s); nothing written:", file=sys.stderr)
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        return 1
    files = {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in smes),
        "links.csv": "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in true_links(smes)),
        "README.md": readme(smes),
    }
    for name, text in files.items():
        (HERE / name).write_bytes(text.encode("utf-8"))
    print(counts_table(smes), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
