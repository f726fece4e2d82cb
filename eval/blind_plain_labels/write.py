"""Write the hand-labelled evaluation set `eval/blind_plain_labels/`.

Ninety-five plain registry entries of a Thai textile cluster, themed on labels and tags (woven,
printed and heat-transfer labels, hang tags, label services) plus the ordinary fibre, yarn, cloth,
dyeing and sewing suppliers. Every offer carries a label saying what the thing is; every need lists
the labels that would meet it and the certifications its text requires, or is marked as met by no
one. The true links follow from those labels alone. The labels live only in this file.

Run from the repository root:

    .venv/bin/python eval/blind_plain_labels/write.py

It checks the data first and writes nothing if any check fails.
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
REPO = HERE.parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "blb"
N_PROFILES = 95
LINK_RANGE = (160, 180)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
CEN = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ISAN = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

OEKO = "OEKO-TEX Standard 100"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it; empty for a met need


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req` name what would meet it, if anything."""
    return Need(text, labels, req, waive, note)


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = ()
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    id: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", f"{PREFIX}-{self.num:03d}")


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    offers: list[tuple[str, str]] | None = None,
    needs: list[Need] | None = None,
    certs: list[str] | None = None,
    bcg: list[str] | None = None,
) -> Sme:
    return Sme(
        num,
        language,
        name,
        sub_cluster,
        stage,
        province,
        email,
        tuple(offers or ()),
        tuple(needs or ()),
        tuple(certs or ()),
        tuple(bcg or ()),
    )


# ================================================================== data
# Part 1: label, tag and trim makers and their services.

PART_1: list[Sme] = [
    sme(
        1,
        "th",
        "บริษัท ยานนาวา เลเบิล จำกัด",
        CEN,
        MID,
        "Bangkok",
        "sales@yannawalabel.co.th",
        offers=[
            ("ป้ายทอดามัสก์ ป้ายคอเสื้อ ขั้นต่ำ 1,000 ชิ้น", "woven_label"),
            ("ป้ายวิธีซักพิมพ์บนผ้าซาติน 1-2 สี", "printed_care_label"),
            ("เศษริมป้ายทอ ป้ายเสีย ขายเหมาเป็นกิโล", "label_waste"),
        ],
        needs=[
            need("ด้ายสำหรับเครื่องทอป้าย สีขาว ดำ กรม หลอดใหญ่", "polyester_filament_yarn", "recycled_polyester_yarn"),
            need("หาคนรับตัดพับป้ายช่วงออเดอร์ล้น", "label_cut_fold_service"),
        ],
        certs=[OEKO, "ISO 9001"],
    ),
    sme(
        2,
        "en",
        "Nonthaburi Tag & Ticket Co.",
        CEN,
        MID,
        "Nonthaburi",
        "info@ntbtag.co.th",
        offers=[
            ("Swing tickets, 350gsm art card, foil and spot UV", "hang_tag"),
            ("Barcode price stickers on rolls", "barcode_sticker"),
        ],
        needs=[
            need("FSC-certified card stock for tags", "tag_paperboard", req=("FSC",)),
            need("tag loops with lock ends", "hang_tag_string"),
        ],
        certs=["FSC"],
    ),
    sme(
        3,
        "th",
        "หจก. ชลบุรี ทรานสเฟอร์ พริ้นท์",
        SPORT,
        MID,
        "Chonburi",
        "chon.transfer@gmail.com",
        offers=[
            ("ป้ายไซซ์รีดร้อนแทนป้ายคอ สำหรับเสื้อกีฬา", "heat_transfer_label"),
            ("โลโก้ซิลิโคนรีดติด นูนสามมิติ", "heat_transfer_label"),
            ("รับรีดทรานสเฟอร์ลงเสื้อของลูกค้า ชิ้นละ 3 บาท", "heat_press_service"),
        ],
        needs=[
            unmet("ฟิล์ม PET เคลือบผงกาว สำหรับพิมพ์ทรานสเฟอร์", "no transfer-film maker in the set"),
        ],
        certs=[OEKO],
    ),
    sme(
        4,
        "en",
        "Bo Sang Paper Tags",
        HEMP,
        MID,
        "Chiang Mai",
        "hello@bosangtags.com",
        offers=[
            ("Handmade saa paper hang tags with pressed flowers", "hang_tag"),
            ("Mulberry paper sheets, 60 x 90 cm", "mulberry_paper"),
        ],
        needs=[
            need("dried paper-mulberry bark in bulk", "paper_mulberry_bark"),
            need("jute twine, natural colour", "jute_twine"),
            need("short hemp bast for paper pulp", "hemp_fibre"),
        ],
        bcg=["bio", "green"],
    ),
    sme(
        5,
        "th",
        "บ้านป้ายผ้า นครปฐม",
        CEN,
        MID,
        "Nakhon Pathom",
        "baanpaipha@hotmail.com",
        offers=[
            ("ป้ายผ้าดิบพิมพ์โลโก้ สีน้ำตาลธรรมชาติ", "printed_cotton_label"),
            ("ป้ายชื่อรีดติดเสื้อ สำหรับผู้สูงอายุและนักเรียน", "name_tape"),
        ],
        needs=[
            need("เทปผ้าฝ้ายดิบเป็นม้วน หน้ากว้าง 2 ซม.", "blank_cotton_tape"),
            unmet("หมึกสกรีนสูตรน้ำ", "no ink or dyestuff supplier in the set"),
        ],
    ),
    sme(
        6,
        "en",
        "Siam Careprint Co., Ltd.",
        CEN,
        MID,
        "Samut Sakhon",
        "orders@siamcareprint.com",
        offers=[
            ("Wash-care labels printed on nylon taffeta and satin", "printed_care_label"),
            ("Size and fibre-content tabs in 6 languages", "printed_care_label"),
            ("Misprinted labels and tape ends, sold by kg", "label_waste"),
        ],
        needs=[
            need("TTR ribbons, resin, 110 mm x 300 m", "thermal_transfer_ribbon"),
            need("blank satin tape rolls, OEKO-TEX only", "blank_satin_tape", req=(OEKO,)),
        ],
        certs=[OEKO, "ISO 9001"],
    ),
    sme(
        7,
        "th",
        "ร้านป้ายหนังสยาม",
        CEN,
        MID,
        "Bangkok",
        "siamleatherlabel@gmail.com",
        offers=[
            ("ป้ายหนังแท้ปั๊มร้อน ติดเอวกางเกงยีนส์", "leather_label"),
            ("ป้ายจาคอน หนังเทียม พิมพ์โลโก้", "leather_label"),
        ],
        needs=[
            unmet("เศษหนังวัวฟอกฝาด", "no tannery or leather scrap dealer in the set"),
        ],
    ),
    sme(
        8,
        "en",
        "Patchworks Embroidery Studio",
        SPORT,
        MID,
        "Pathum Thani",
        "studio@patchworks.co.th",
        offers=[
            ("Embroidered badges with merrow edge, iron-on back", "embroidered_patch"),
            ("Logo embroidery on customer-supplied polos and caps", "embroidery_service"),
        ],
        needs=[
            need("rayon machine-embroidery floss, 120D", "embroidery_thread"),
        ],
    ),
    sme(
        9,
        "th",
        "โรงงานแพทช์ยาง บางบัวทอง",
        SPORT,
        MID,
        "Nonthaburi",
        "bbt.rubberpatch@gmail.com",
        offers=[
            ("อาร์มยาง PVC นูน 2 มิติ 3 มิติ", "pvc_rubber_patch"),
        ],
    ),
    sme(
        10,
        "en",
        "Korat Label Finishing",
        ISAN,
        MID,
        "Korat",
        "korat.labelfinish@gmail.com",
        offers=[
            ("Cut and fold of label rolls: end-fold, centre-fold, mitre", "label_cut_fold_service"),
            ("Ultrasonic slitting of satin tapes", "label_cut_fold_service"),
        ],
        needs=[
            unmet("second-hand ultrasonic label cutter", "no machinery seller in the set"),
        ],
    ),
    sme(
        11,
        "th",
        "กลุ่มทอป้ายมือ บ้านโนนกอก",
        ISAN,
        MID,
        "Khon Kaen",
        "nonkok.weave@gmail.com",
        offers=[
            ("ป้ายทอมือจากฝ้ายย้อมคราม ทอชื่อแบรนด์ได้", "woven_label"),
        ],
        needs=[
            need("ฝ้ายเข็นมือเส้นเล็ก ไม่ต้องมีรับรองเกษตรอินทรีย์", "handspun_cotton_yarn", waive=("Organic Thailand",)),
            need("เนื้อครามหมัก ไม่ผสมสีเคมี", "natural_indigo_paste"),
        ],
        certs=["OTOP"],
        bcg=["bio"],
    ),
    sme(
        12,
        "en",
        "TagLoop Accessories",
        CIRC,
        MID,
        "Samut Prakan",
        "sales@tagloop.asia",
        offers=[
            ("Hang-tag cords with plastic seal, 18 cm", "hang_tag_string"),
            ("Tag pins 25/50 mm and tagging guns", "tagging_pins"),
        ],
        needs=[
            need("GRS recycled PET yarn for cord braiding", "recycled_polyester_yarn", req=("GRS",)),
        ],
    ),
    sme(
        13,
        "th",
        "โรงพิมพ์สุราษฎร์การพิมพ์",
        CEN,
        MID,
        "Surat Thani",
        "surat.print@gmail.com",
        offers=[
            ("ป้ายห้อยสินค้า กระดาษคราฟท์ เจาะรู ร้อยเชือก", "hang_tag"),
            ("สติ๊กเกอร์บาร์โค้ดติดราคา", "barcode_sticker"),
        ],
        needs=[
            need("กระดาษการ์ดหนา 350 แกรม สำหรับตัดแท็ก", "tag_paperboard"),
            need("อยากได้กระดาษสาแผ่นใหญ่", "mulberry_paper"),
        ],
    ),
    sme(
        14,
        "en",
        "Lamphun Recycled Labels",
        CIRC,
        MID,
        "Lamphun",
        "contact@lamphunlabels.com",
        offers=[
            ("GRS woven labels from recycled polyester", "woven_label"),
            ("Jacquard webbing straps for bags", "jacquard_tape"),
        ],
        needs=[
            need("rPET filament yarn 50D, GRS certified", "recycled_polyester_yarn", req=("GRS",)),
        ],
        certs=["GRS"],
        bcg=["circular"],
    ),
    sme(
        15,
        "th",
        "ระยองรีเฟล็กซ์",
        SPORT,
        MID,
        "Rayong",
        "rayongreflex@gmail.com",
        offers=[
            ("เทปสะท้อนแสงแบบรีดร้อน สำหรับเสื้อวิ่ง", "reflective_tape"),
        ],
    ),
    sme(
        16,
        "en",
        "Phuket Name Tapes",
        CEN,
        MID,
        "Phuket",
        "hello@phuketnametapes.com",
        offers=[
            ("Personalised iron-on name labels for care-home laundry", "name_tape"),
            ("Sew-in printed cotton labels, OEKO-TEX", "printed_cotton_label"),
        ],
        needs=[
            need("plain cotton tape 10-15 mm", "blank_cotton_tape"),
        ],
        certs=[OEKO],
    ),
    sme(
        17,
        "th",
        "เชียงใหม่สกรีนแอนด์ทรานสเฟอร์",
        SPORT,
        MID,
        "Chiang Mai",
        "cm.screen@gmail.com",
        offers=[
            ("รับสกรีนป้ายคอด้านในเสื้อ ไม่ต้องเย็บป้าย", "screen_printing_service"),
            ("สกรีนเสื้อทีม เสื้อวิ่ง งานด่วน", "screen_printing_service"),
        ],
        needs=[
            need("เสื้อยืดเปล่า ผ้าคอตตอน 100%", "blank_tshirt"),
        ],
    ),
    sme(
        18,
        "en",
        "Samut Sakhon Filament Co.",
        SPORT,
        UP,
        "Mahachai",
        "yarn@ssfilament.co.th",
        offers=[
            ("Polyester FDY 75D/36F and 50D/24F in 200 shades", "polyester_filament_yarn"),
            ("Viscose embroidery floss 120D/2 on cones", "embroidery_thread"),
        ],
        certs=[OEKO],
    ),
    sme(
        19,
        "th",
        "ร้านด้ายสำเพ็ง",
        CEN,
        UP,
        "Krung Thep",
        "sampengthread@gmail.com",
        offers=[
            ("ด้ายเย็บผ้าโพลี 40/2 หลอดละ 5,000 หลา", "sewing_thread"),
            ("ด้ายปักเรยอง เงา ครบทุกสี", "embroidery_thread"),
        ],
    ),
    sme(
        20,
        "en",
        "ThermaRibbon Supply",
        SPORT,
        MID,
        "Chon Buri",
        "sales@thermaribbon.co.th",
        offers=[
            ("Resin ribbons for printing on satin and nylon tape", "thermal_transfer_ribbon"),
            ("Blank satin label tape, 25-50 mm", "blank_satin_tape"),
        ],
        certs=[OEKO],
    ),
]

# Part 2: upstream fibre, yarn, waste, paper and dye suppliers.

PART_2: list[Sme] = [
    sme(
        21,
        "th",
        "วิสาหกิจชุมชนฝ้ายเมืองเลย",
        ISAN,
        UP,
        "Loei",
        "loeicotton.ce@gmail.com",
        offers=[
            ("ปุยฝ้ายพื้นเมือง อีดเมล็ดออกแล้ว", "raw_cotton_lint"),
            ("ฝ้ายเข็นมือ สีตุ่นธรรมชาติ", "handspun_cotton_yarn"),
        ],
        needs=[
            unmet("เมล็ดพันธุ์ฝ้ายอินทรีย์", "no seed supplier in the set"),
        ],
        certs=["Organic Thailand"],
        bcg=["bio"],
    ),
    sme(
        22,
        "en",
        "Tak Hill Hemp Group",
        HEMP,
        UP,
        "Tak",
        "takhillhemp@gmail.com",
        offers=[
            ("Hand-stripped hemp bast, 1-2 m lengths", "hemp_fibre"),
            ("Hmong hand-spliced hemp thread", "hemp_yarn"),
        ],
        needs=[
            unmet("mechanical decorticator to rent", "no machinery in the set"),
        ],
        bcg=["bio"],
    ),
    sme(
        23,
        "th",
        "กลุ่มกัญชงบ้านแม่สาย",
        HEMP,
        UP,
        "Chiang Rai",
        "maesai.hemp@gmail.com",
        offers=[
            ("ใยกัญชงลอกมือ ตากแห้ง มัดละ 1 กก.", "hemp_fibre"),
            ("เส้นกัญชงต่อมือ ม้วนละ 500 กรัม", "hemp_yarn"),
        ],
        bcg=["bio"],
    ),
    sme(
        24,
        "en",
        "Rayong PET Flake",
        CIRC,
        UP,
        "Rayong",
        "trade@rayongflake.com",
        offers=[
            ("Clear PET bottle flake, hot-washed", "pet_bottle_flake"),
        ],
        needs=[
            need("baled post-consumer bottles", "used_pet_bottles"),
        ],
        bcg=["circular"],
    ),
    sme(
        25,
        "th",
        "บริษัท สระบุรีรีไซเคิลยาร์น จำกัด",
        CIRC,
        UP,
        "Saraburi",
        "sales@srbyarn.co.th",
        offers=[
            ("เส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวดพลาสติก ได้ GRS", "recycled_polyester_yarn"),
            ("ด้ายรีไซเคิล DTY 150D ฟิลาเมนต์ 75D", "recycled_polyester_yarn"),
        ],
        needs=[
            need("เศษขวดน้ำดื่มบดเป็นชิ้น", "pet_bottle_flake"),
        ],
        certs=["GRS"],
        bcg=["circular"],
    ),
    sme(
        26,
        "th",
        "ศูนย์คัดแยกขวดพลาสติก แปดริ้ว",
        CIRC,
        UP,
        "Chachoengsao",
        "paetriu.recycle@gmail.com",
        offers=[
            ("ขวด PET ใส อัดก้อน ก้อนละ 200 กก.", "used_pet_bottles"),
        ],
        bcg=["circular"],
    ),
    sme(
        27,
        "th",
        "ร้านรับซื้อเศษผ้า ประตูน้ำ",
        CIRC,
        UP,
        "Bangkok",
        "pratunam.scrap@gmail.com",
        offers=[
            ("เศษผ้ายืดคอตตอนจากโรงตัด คัดสีแล้ว", "cotton_cutting_waste"),
            ("เสื้อผ้ามือสองเกรดบี ขายเป็นกิโล", "used_clothing"),
        ],
        bcg=["circular"],
    ),
    sme(
        28,
        "en",
        "Isan Textile Recovery",
        CIRC,
        UP,
        "Khon Kaen",
        "recovery@isantextile.org",
        offers=[
            ("Garnetted cotton fibre from post-industrial waste", "recycled_cotton_fibre"),
        ],
        needs=[
            need("cotton clippings from cutting rooms, sorted by colour", "cotton_cutting_waste"),
            need("misprinted labels and label-tape ends", "label_waste"),
        ],
        bcg=["circular"],
    ),
    sme(
        29,
        "th",
        "กลุ่มปลูกปอสา บ้านน้ำเกี๋ยน",
        HEMP,
        UP,
        "Nan",
        "namkian.posa@gmail.com",
        offers=[
            ("เปลือกปอสาตากแห้ง มัดละ 10 กก.", "paper_mulberry_bark"),
        ],
        bcg=["bio"],
    ),
    sme(
        30,
        "en",
        "Phrae Hom Indigo Farm",
        HEMP,
        UP,
        "Phrae",
        "homfarm.phrae@gmail.com",
        offers=[
            ("Fermented hom indigo paste in 1 kg tubs", "natural_indigo_paste"),
        ],
        bcg=["bio"],
    ),
    sme(
        31,
        "th",
        "วิสาหกิจชุมชนครามพรรณานิคม",
        ISAN,
        UP,
        "Sakon Nakhon",
        "phanna.indigo@gmail.com",
        offers=[
            ("ครามเปียกจากใบครามปลูกเอง ขายเป็นกิโล", "natural_indigo_paste"),
        ],
        bcg=["bio"],
    ),
    sme(
        32,
        "en",
        "Ayutthaya Kraft Board",
        CIRC,
        UP,
        "Ayutthaya",
        "sales@ayutkraft.co.th",
        offers=[
            ("Recycled kraft board 300-450 gsm, FSC Recycled", "tag_paperboard"),
        ],
        needs=[
            unmet("baled waste cardboard", "no waste-paper collector in the set"),
        ],
        certs=["FSC"],
        bcg=["circular"],
    ),
    sme(
        33,
        "th",
        "โรงปั่นด้ายนครปฐม",
        CEN,
        UP,
        "Nakhon Pathom",
        "npspinning@npspin.co.th",
        offers=[
            ("ด้ายฝ้ายคอมบ์และคาร์ด เบอร์ 10 ถึง 40", "cotton_yarn"),
            ("ด้ายฝ้ายอินทรีย์ ได้รับรอง GOTS", "organic_cotton_yarn"),
        ],
        needs=[
            need("ฝ้ายดิบ ยังไม่ได้ปั่น", "raw_cotton_lint"),
        ],
        certs=["GOTS", OEKO],
    ),
    sme(
        34,
        "en",
        "Hat Yai Tape & Ribbon",
        HEMP,
        MID,
        "Songkhla",
        "sales@hatyaitape.com",
        offers=[
            ("Unbleached cotton tape rolls 15-40 mm", "blank_cotton_tape"),
            ("Satin ribbon blanks for label printing", "blank_satin_tape"),
        ],
        needs=[
            need("fine combed cotton yarn for narrow looms", "cotton_yarn"),
        ],
    ),
    sme(
        35,
        "th",
        "ร้านเชือกและอุปกรณ์ป้าย พาหุรัด",
        CEN,
        MID,
        "Bangkok",
        "pahurat.string@gmail.com",
        offers=[
            ("เชือกฝ้ายห้อยป้าย พร้อมตัวล็อกพลาสติก", "hang_tag_string"),
            ("ลูกศรยิงป้าย และปืนยิงป้าย", "tagging_pins"),
            ("เชือกปอกระเจาเส้นเล็ก", "jute_twine"),
        ],
    ),
]

# Part 3: midstream weaving, knitting, dyeing, printing and sewing.

PART_3: list[Sme] = [
    sme(
        36,
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านดอนหลวง",
        HEMP,
        MID,
        "Lamphun",
        "donluang.weave@gmail.com",
        offers=[
            ("ผ้าฝ้ายทอมือสีธรรมชาติ ยังไม่ย้อม หน้ากว้าง 1 เมตร", "ecru_handwoven_cotton"),
            ("ผ้าฝ้ายย้อมห้อม ทอกี่พื้นเมือง", "indigo_dyed_cotton_fabric"),
        ],
        needs=[
            need("ป้ายทอชื่อกลุ่ม ติดปลายผืนผ้า", "woven_label"),
        ],
        certs=["OTOP"],
    ),
    sme(
        37,
        "en",
        "Mae Chaem Teen Jok Weavers",
        HEMP,
        MID,
        "Chiang Mai",
        "maechaem.teenjok@gmail.com",
        offers=[
            ("Teen jok handwoven cotton panels", "handwoven_cotton_fabric"),
        ],
        needs=[
            need("swing tags telling each weaver's story", "hang_tag"),
            need("small run of woven name labels, OEKO-TEX not required", "woven_label", waive=(OEKO,)),
        ],
    ),
    sme(
        38,
        "th",
        "โรงย้อมมหาชัย",
        CEN,
        MID,
        "Samut Sakhon",
        "mahachai.dyehouse@gmail.com",
        offers=[
            ("รับย้อมผ้าพับของลูกค้า สีรีแอคทีฟ", "fabric_dyeing_service"),
            ("รับย้อมผ้ายืด ผ้าทีซี ตามสีที่ลูกค้าส่ง", "fabric_dyeing_service"),
        ],
        needs=[
            unmet("สีย้อมรีแอคทีฟ และสารช่วยย้อม", "no dyestuff supplier in the set"),
        ],
    ),
    sme(
        39,
        "en",
        "Indigo Works Sakon",
        ISAN,
        MID,
        "Sakon Nakhon",
        "works@indigosakon.com",
        offers=[
            ("Natural indigo dyeing of your yarn or cloth, priced per kg", "indigo_dyeing_service"),
            ("Natural-indigo handloom cotton by the metre", "indigo_dyed_cotton_fabric"),
        ],
        needs=[
            need("ecru handloom cotton to dye", "ecru_handwoven_cotton"),
        ],
        bcg=["bio"],
    ),
    sme(
        40,
        "th",
        "โรงทอผ้ากัญชงเชียงใหม่",
        HEMP,
        MID,
        "Chiang Mai",
        "cmhempweaving@gmail.com",
        offers=[
            ("ผ้ากัญชง 100% ทอเครื่อง", "hemp_fabric"),
            ("ผ้ากัญชงผสมฝ้าย 55/45", "hemp_fabric"),
        ],
        needs=[
            need("ด้ายใยกัญชง", "hemp_yarn"),
        ],
        bcg=["bio"],
    ),
    sme(
        41,
        "en",
        "Pathum Knit Fabrics",
        SPORT,
        MID,
        "Pathum Thani",
        "knit@pathumknit.co.th",
        offers=[
            ("Cotton single jersey 160 gsm, piece-dyed", "cotton_jersey_fabric"),
            ("GOTS organic cotton rib 1x1", "organic_cotton_jersey"),
        ],
        needs=[
            need("combed ring-spun yarn 30s", "cotton_yarn"),
            need("organic yarn with GOTS", "organic_cotton_yarn", req=("GOTS",)),
        ],
        certs=["GOTS"],
    ),
    sme(
        42,
        "th",
        "โรงทอผ้าใบราชบุรี",
        CEN,
        MID,
        "Ratchaburi",
        "rb.canvas@gmail.com",
        offers=[
            ("ผ้าแคนวาส 10 ออนซ์ ฝ้ายล้วน", "cotton_woven_fabric"),
            ("ผ้าฝ้ายขาวฟอกแล้ว ทอเครื่อง หน้า 60 นิ้ว", "cotton_woven_fabric"),
        ],
        needs=[
            need("ด้ายฝ้ายเบอร์ 10 สำหรับทอผ้าใบ", "cotton_yarn"),
        ],
    ),
    sme(
        43,
        "en",
        "Samut Prakan Sportex Mills",
        SPORT,
        MID,
        "Samut Prakarn",
        "mills@sportex.co.th",
        offers=[
            ("Dri-fit bird-eye mesh, 140 gsm", "sport_mesh_fabric"),
            ("Recycled polyester interlock, GRS", "recycled_polyester_fabric"),
        ],
        needs=[
            need("rPET DTY 75D-150D", "recycled_polyester_yarn"),
        ],
        certs=["GRS", "bluesign"],
    ),
    sme(
        44,
        "th",
        "ห้องเสื้อรับเย็บ บ้านโป่ง",
        CEN,
        MID,
        "Ratchaburi",
        "banpong.sewing@gmail.com",
        offers=[
            ("รับตัดเย็บเสื้อผ้าตามแบบ ใช้ผ้าของลูกค้า", "cmt_sewing_service"),
            ("รับเย็บติดป้ายคอ ป้ายข้าง", "label_sewing_service"),
            ("เศษผ้าจากการตัด ขายเหมา", "mixed_cutting_waste"),
        ],
        needs=[
            need("ด้ายเย็บหลอดใหญ่", "sewing_thread"),
        ],
    ),
    sme(
        45,
        "en",
        "Khon Kaen Garment Cooperative",
        ISAN,
        MID,
        "Khon Khaen",
        "coop@kkgarment.org",
        offers=[
            ("Cut-make-trim for small brands, MOQ 100", "cmt_sewing_service"),
            ("Labels sewn on and tags attached before dispatch", "label_sewing_service"),
        ],
        needs=[
            need("spun polyester sewing thread, black and white", "sewing_thread"),
        ],
    ),
    sme(
        46,
        "th",
        "กลุ่มบาติกอ่าวนาง",
        CEN,
        MID,
        "Krabi",
        "aonang.batik@gmail.com",
        offers=[
            ("ผ้าปาเต๊ะเพ้นท์มือ ลายทะเลกระบี่", "batik_fabric"),
            ("ผ้าพันคอบาติก ผ้าฝ้าย", "scarf"),
        ],
        needs=[
            need("ผ้าฝ้ายขาว สำหรับเขียนเทียน", "cotton_woven_fabric"),
        ],
    ),
    sme(
        47,
        "en",
        "Trang Na Muen Si Weaving",
        CEN,
        MID,
        "Trang",
        "namuensi.trang@gmail.com",
        offers=[
            ("Na Muen Si brocade lengths, hand-loomed", "handwoven_cotton_fabric"),
        ],
        needs=[
            need("hand-spun cotton, undyed", "handspun_cotton_yarn"),
        ],
        certs=["OTOP"],
    ),
    sme(
        48,
        "th",
        "ศูนย์ปักอุดร",
        ISAN,
        MID,
        "Udon Thani",
        "udon.embroidery@gmail.com",
        offers=[
            ("รับปักโลโก้บนเสื้อ หมวก ของลูกค้า", "embroidery_service"),
            ("อาร์มปัก ติดตีนตุ๊กแก", "embroidered_patch"),
        ],
        needs=[
            need("ด้ายปักคอมพิวเตอร์ เงา", "embroidery_thread"),
        ],
    ),
    sme(
        49,
        "en",
        "Surin Mud-Dyed Cotton",
        ISAN,
        MID,
        "Surin",
        "surinmudcotton@gmail.com",
        offers=[
            ("Mud-dyed handwoven cotton, grey-brown", "handwoven_cotton_fabric"),
            ("Pha khao ma, checked, 2 m", "pha_khao_ma"),
        ],
        needs=[
            need("hand-spun cotton from local growers", "handspun_cotton_yarn"),
        ],
        certs=["OTOP"],
    ),
]

# Part 4: downstream garment factories, brands, craft groups, shops and institutions (first half).

PART_4: list[Sme] = [
    sme(
        50,
        "th",
        "บริษัท ปทุมการ์เมนต์ จำกัด",
        SPORT,
        DOWN,
        "Patum Thani",
        "export@pathumgarment.co.th",
        offers=[
            ("เสื้อยืดคอกลมเปล่า ขายส่งเป็นโหล", "blank_tshirt"),
            ("เศษผ้ายืดคอตตอนจากห้องตัด ขายเป็นกระสอบ", "cotton_cutting_waste"),
        ],
        needs=[
            need("ป้ายไซซ์แบบรีดติด ไม่ระคายคอ", "heat_transfer_label"),
            need("ป้ายวิธีซักแบบผ้าต่วน", "printed_care_label"),
        ],
        certs=["ISO 9001"],
    ),
    sme(
        51,
        "en",
        "Chiang Mai Hemp Wear",
        HEMP,
        DOWN,
        "Chiengmai",
        "shop@cmhempwear.com",
        offers=[
            ("Hemp shirts and wide trousers in natural tones", "hemp_clothing"),
        ],
        needs=[
            need("looking for hemp cloth by the roll", "hemp_fabric"),
            need("printed labels on natural cotton, no polyester", "printed_cotton_label"),
        ],
        bcg=["bio", "green"],
    ),
    sme(
        52,
        "th",
        "ครามสกล แบรนด์",
        ISAN,
        DOWN,
        "Sakon Nakorn",
        "kramsakon.brand@gmail.com",
        offers=[
            ("ย่ามผ้าฝ้ายทอมือย้อมคราม", "shoulder_bag"),
            ("เสื้อคลุมผ้าคราม ตัดเย็บเอง", "apparel"),
        ],
        needs=[
            need("ป้ายแบรนด์แบบทอ ติดซับในกระเป๋า", "woven_label"),
            need("ผ้าฝ้ายย้อมครามแท้ ไม่เอาสีสังเคราะห์", "indigo_dyed_cotton_fabric"),
        ],
        certs=["OTOP"],
        bcg=["bio"],
    ),
    sme(
        53,
        "en",
        "Bangkok Basics Apparel",
        CEN,
        DOWN,
        "Bangkok",
        "sourcing@bkkbasics.com",
        offers=[
            ("Cotton tees and relaxed shirts, own brand", "apparel"),
        ],
        needs=[
            need("woven neck labels, OEKO-TEX certified", "woven_label", req=(OEKO,)),
            need("someone to sew our garments, we supply the fabric", "cmt_sewing_service"),
            need("Thai + English care tags on satin", "printed_care_label"),
        ],
    ),
    sme(
        54,
        "th",
        "โรงงานชุดกีฬาศรีราชา",
        SPORT,
        DOWN,
        "Chonburi",
        "sriracha.sportswear@gmail.com",
        offers=[
            ("เสื้อกีฬาทีม พิมพ์ซับลิเมชั่นทั้งตัว", "team_jersey"),
            ("เศษผ้ากีฬาโพลีเอสเตอร์ ขายเป็นกระสอบ", "synthetic_cutting_waste"),
        ],
        needs=[
            need("ผ้าไมโครตาข่าย ระบายอากาศดี", "sport_mesh_fabric"),
            need("โลโก้รีดร้อนและไซซ์ที่คอ", "heat_transfer_label"),
            need("แถบสะท้อนแสง ติดเสื้อวิ่งกลางคืน", "reflective_tape"),
        ],
    ),
    sme(
        55,
        "en",
        "Isan Craft Collective Shop",
        ISAN,
        DOWN,
        "Udon",
        "shop@isancraft.org",
        needs=[
            need("pha khao ma loincloths for resale", "pha_khao_ma"),
            need("till labels with barcodes", "barcode_sticker"),
            need("yaam shoulder bags for the shop", "shoulder_bag"),
        ],
    ),
    sme(
        56,
        "th",
        "โรงพยาบาลสุขภาพดี ศรีสะเกษ",
        ISAN,
        DOWN,
        "Sisaket",
        "purchase@sukhaphapdee-hosp.com",
        needs=[
            need("ชุดคนไข้ สำหรับหอผู้ป่วยใน", "patient_gown"),
            need("ป้ายชื่อผู้ป่วยติดเสื้อ ซักน้ำร้อนได้", "name_tape"),
        ],
    ),
    sme(
        57,
        "en",
        "Golden Years Care Home",
        CEN,
        DOWN,
        "Nonthaburi",
        "admin@goldenyearscare.co.th",
        needs=[
            need("name marking for residents' clothes", "name_tape"),
            need("easy-dress clothing for residents with limited mobility", "adaptive_clothing"),
            unmet("washable incontinence bed pads", "no maker of bed pads in the set"),
        ],
    ),
    sme(
        58,
        "th",
        "บ้านสุขใจ เนอร์สซิ่งโฮม",
        CEN,
        DOWN,
        "Lampang",
        "suksai.nursing@gmail.com",
        needs=[
            need("เสื้อผ้าผู้สูงวัย ใส่ง่าย ถอดง่าย", "adaptive_clothing"),
            need("ผ้าเช็ดตัวผืนใหญ่", "towel"),
        ],
    ),
    sme(
        59,
        "en",
        "Hua Hin Spa Resort",
        CEN,
        DOWN,
        "Prachuap",
        "procurement@huahinsparesort.com",
        needs=[
            need("logo stitched onto our robes and staff shirts", "embroidery_service"),
            need("front-office uniforms", "staff_uniform"),
        ],
    ),
    sme(
        60,
        "th",
        "ร้านของฝากเชียงคาน",
        ISAN,
        DOWN,
        "Loei",
        "chiangkhan.souvenir@gmail.com",
        needs=[
            need("ผ้าพันคอ ผ้าคลุมไหล่ ไว้ขายนักท่องเที่ยว", "scarf"),
            need("ป้ายราคาแบบห้อย", "hang_tag"),
        ],
    ),
    sme(
        61,
        "en",
        "Uniform Pro Thailand",
        CEN,
        DOWN,
        "Samut Prakan",
        "sales@uniformpro.co.th",
        offers=[
            ("Staff uniforms for hotels and hospitals", "staff_uniform"),
            ("Patient gowns, cotton, snap back", "patient_gown"),
        ],
        needs=[
            need("care and size labels, heat-seal or sewn-in", "printed_care_label", "heat_transfer_label"),
            need("company logo badges", "embroidered_patch", "pvc_rubber_patch"),
        ],
        certs=["ISO 9001"],
    ),
    sme(
        62,
        "th",
        "ยีนส์ย้อนวัย แบรนด์กระเป๋า",
        CIRC,
        DOWN,
        "Bangkok",
        "jeansyonwai@gmail.com",
        offers=[
            ("กระเป๋าจากกางเกงยีนส์เก่า ทำมือทุกใบ", "fabric_bag"),
        ],
        needs=[
            need("เสื้อผ้ามือสอง เน้นผ้ายีนส์ กิโลละไม่เกิน 30 บาท", "used_clothing"),
            need("ป้ายหนังติดกระเป๋า", "leather_label"),
            need("สายกระเป๋าแบบทอลาย", "jacquard_tape"),
        ],
        bcg=["circular"],
    ),
    sme(
        63,
        "en",
        "ReThread Studio",
        CIRC,
        DOWN,
        "Chiang Mai",
        "studio@rethread.co",
        offers=[
            ("Upcycled patchwork cushion covers", "cushion_cover"),
        ],
        needs=[
            need(
                "post-industrial fabric scraps, mixed colours",
                "cotton_cutting_waste",
                "mixed_cutting_waste",
                "synthetic_cutting_waste",
            ),
            need("labels woven from recycled yarn, GRS", "woven_label", req=("GRS",)),
            unmet(
                "RCS-certified recycled polyester cloth",
                "the one recycled polyester mill holds GRS, not RCS",
                "recycled_polyester_fabric",
                req=("RCS",),
            ),
        ],
        bcg=["circular"],
    ),
    sme(
        64,
        "th",
        "วิสาหกิจชุมชนผ้าขาวม้าบ้านหนองแวง",
        ISAN,
        DOWN,
        "Roi Et",
        "nongwaeng.phakhaoma@gmail.com",
        offers=[
            ("ผ้าขาวม้าทอมือ ลายตาราง ยาว 2 เมตร", "pha_khao_ma"),
            ("กระเป๋าแปรรูปจากผ้าขาวม้า", "fabric_bag"),
            ("ฝ้ายเข็นมือจากกลุ่มแม่บ้าน", "handspun_cotton_yarn"),
        ],
        needs=[
            need("ด้ายฝ้ายทอผ้า เบอร์ 20", "cotton_yarn"),
            unmet("ถุงพลาสติกใสแบบซิปล็อก", "no packaging supplier in the set"),
        ],
        certs=["OTOP"],
    ),
    sme(
        65,
        "en",
        "Run Siam Events",
        SPORT,
        DOWN,
        "Bangkok",
        "ops@runsiam.com",
        needs=[
            need("finisher shirts, quick-dry, 3,000 pcs", "team_jersey"),
            need("hi-vis strips for night-run tees", "reflective_tape"),
            unmet("race bibs printed on Tyvek", "no bib printer in the set"),
        ],
    ),
    sme(
        66,
        "th",
        "สโมสรฟุตบอลอุดร ยูไนเต็ด",
        SPORT,
        DOWN,
        "Udon Thani",
        "udonutd.club@gmail.com",
        needs=[
            need("ชุดแข่งฟุตบอล พร้อมสกรีนเบอร์", "team_jersey"),
            need("อาร์มยางโลโก้สโมสร ติดหน้าอก", "pvc_rubber_patch"),
        ],
    ),
    sme(
        67,
        "en",
        "Nan Heritage Textile Shop",
        HEMP,
        DOWN,
        "Nan",
        "nanheritage@gmail.com",
        needs=[
            need("cotton scarves and shawls for the shop", "scarf"),
            unmet(
                "GOTS-certified organic cotton stoles",
                "no scarf maker in the set holds GOTS",
                "scarf",
                req=("GOTS",),
            ),
        ],
    ),
    sme(
        68,
        "th",
        "ร้านผ้าไทย บุรีรัมย์",
        ISAN,
        DOWN,
        "Buriram",
        "buriram.phathai@gmail.com",
        needs=[
            need(
                "ผ้าฝ้ายทอมือ ลายพื้นบ้าน ไว้ขายหน้าร้าน",
                "handwoven_cotton_fabric",
                "indigo_dyed_cotton_fabric",
            ),
            need("สติกเกอร์ราคาเป็นม้วน", "barcode_sticker"),
        ],
    ),
    sme(
        69,
        "en",
        "Bangkok Care Hospital",
        CEN,
        DOWN,
        "Bangkok Metropolis",
        "supply@bkkcarehospital.com",
        needs=[
            need("patient gowns meeting TIS", "patient_gown", req=("Thai Industrial Standard",)),
            unmet("disposable nonwoven isolation gowns", "no nonwoven maker in the set"),
        ],
    ),
    sme(
        70,
        "th",
        "บริษัท โฮมแคร์ซัพพลาย จำกัด",
        CEN,
        DOWN,
        "Nakorn Pathom",
        "homecaresupply@hcs.co.th",
        offers=[
            ("เสื้อผู้สูงอายุ กระดุมแม่เหล็ก ใส่ง่าย", "adaptive_clothing"),
            ("ชุดผู้ป่วยติดเตียง เปิดหลัง ผ่าน มอก.", "patient_gown"),
        ],
        needs=[
            need("ผ้ายืดฝ้ายเนื้อนุ่ม สำหรับตัดเสื้อผู้สูงวัย", "cotton_jersey_fabric"),
            need("ป้ายคอแบบพิมพ์ลงเสื้อ ไม่ครูดผิว", "heat_transfer_label", "screen_printing_service"),
        ],
        certs=["มอก."],
    ),
    sme(
        71,
        "en",
        "Isan Elder Wear",
        ISAN,
        DOWN,
        "Khon Kaen",
        "hello@isanelderwear.com",
        offers=[
            ("Adaptive trousers with side zips for wheelchair users", "adaptive_clothing"),
        ],
        needs=[
            need("soft knit cotton, pre-shrunk", "cotton_jersey_fabric"),
            need("tagless neck prints instead of sewn labels", "heat_transfer_label", "screen_printing_service"),
        ],
    ),
    sme(
        72,
        "th",
        "ล้านนาสปา",
        CEN,
        DOWN,
        "Chiang Mai",
        "lannaspa.cm@gmail.com",
        needs=[
            need("ชุดคลุมอาบน้ำสำหรับลูกค้าสปา", "bathrobe"),
            need("มีใครรับปักชื่อร้านบนผ้าเช็ดตัวไหม", "embroidery_service"),
        ],
    ),
]

# Part 5: downstream buyers and the last suppliers (second half).

PART_5: list[Sme] = [
    sme(
        73,
        "en",
        "Siam Towel Mill",
        CEN,
        DOWN,
        "Pak Nam Pho",
        "sales@siamtowelmill.com",
        offers=[
            ("Cotton towels for hotels and spas, 500 gsm", "towel"),
            ("Waffle bathrobes, white, S-XXL", "bathrobe"),
        ],
        needs=[
            need("cotton yarn for terry weaving", "cotton_yarn"),
        ],
    ),
    sme(
        74,
        "th",
        "ร้านกีฬาหาดใหญ่สปอร์ต",
        SPORT,
        DOWN,
        "Songkhla",
        "hatyaisport.shop@gmail.com",
        needs=[
            need("ถุงเท้าวิ่ง ไว้ขายหน้าร้าน", "socks"),
            unmet("แผ่นรองในรองเท้าวิ่ง", "no insole maker in the set"),
        ],
    ),
    sme(
        75,
        "en",
        "Hemp Home Phuket",
        HEMP,
        DOWN,
        "Phuket",
        "hello@hemphomephuket.com",
        needs=[
            need("hemp garments for resale", "hemp_clothing"),
            unmet(
                "Fair Trade certified scarves", "no scarf maker in the set holds Fairtrade", "scarf", req=("Fairtrade",)
            ),
        ],
        bcg=["green"],
    ),
    sme(
        76,
        "th",
        "กลุ่มแม่บ้านตัดเย็บบ้านสิงห์",
        ISAN,
        DOWN,
        "Yasothon",
        "baansing.sewing@gmail.com",
        offers=[
            ("รับจ้างเย็บตามออเดอร์ ลูกค้าส่งผ้ามาให้", "cmt_sewing_service"),
            ("หมอนขิด หมอนสามเหลี่ยม", "pillow"),
        ],
        needs=[
            need("ด้ายเย็บสีขาว ยกโหล", "sewing_thread"),
            unmet("นุ่นยัดหมอน", "no kapok or filling supplier in the set"),
        ],
        certs=["OTOP"],
    ),
    sme(
        77,
        "en",
        "Little Lotus Kidswear",
        CEN,
        DOWN,
        "Bangkok",
        "team@littlelotus.co.th",
        offers=[
            ("Organic cotton baby rompers and sleepsuits", "babywear"),
        ],
        needs=[
            need("organic knit fabric, GOTS certified", "organic_cotton_jersey", req=("GOTS",)),
            need("soft cotton labels, OEKO-TEX", "printed_cotton_label", req=(OEKO,)),
        ],
    ),
    sme(
        78,
        "th",
        "บ้านฝ้าย แบรนด์เสื้อผ้า",
        CEN,
        DOWN,
        "Nonthaburee",
        "baanfai.brand@gmail.com",
        offers=[
            ("เสื้อผ้าฝ้ายลินิน สไตล์มินิมอล", "apparel"),
        ],
        needs=[
            need("ป้ายคอแบบทอ ไม่ต้องมี OEKO-TEX", "woven_label", waive=(OEKO,)),
            need("หาช่างเย็บติดป้ายแบรนด์ลงเสื้อที่ตัดเสร็จแล้ว", "label_sewing_service"),
        ],
    ),
    sme(
        79,
        "th",
        "ร้านชุดนักเรียนพิษณุโลก",
        CEN,
        DOWN,
        "Phitsanulok",
        "pls.uniformshop@gmail.com",
        needs=[
            need("ป้ายชื่อนักเรียนแบบรีดติด", "name_tape"),
            unmet(
                "เสื้อนักเรียนสำเร็จรูป ได้ มอก.",
                "no school-shirt maker in the set",
                req=("Thai Industrial Standard",),
            ),
        ],
    ),
    sme(
        80,
        "th",
        "โรงแรมริมโขง หนองคาย",
        ISAN,
        DOWN,
        "Nong Khai",
        "rimkhong.hotel@gmail.com",
        needs=[
            need("ชุดพนักงานต้อนรับ", "staff_uniform"),
            need("ผ้าขนหนูโรงแรม", "towel"),
        ],
    ),
    sme(
        81,
        "th",
        "โรงพยาบาลริมโขง มุกดาหาร",
        ISAN,
        DOWN,
        "Mukdahan",
        "purchase@rimkhonghospital.com",
        needs=[
            need("เสื้อผ้าผู้ป่วย ซักได้บ่อย", "patient_gown"),
            unmet("ผ้าปูที่นอนกันน้ำ", "no waterproof sheeting maker in the set"),
        ],
    ),
    sme(
        82,
        "th",
        "โรงงานผ้าห่มรีไซเคิลโคราช",
        CIRC,
        MID,
        "Nakhon Ratchasima",
        "korat.recycleblanket@gmail.com",
        offers=[
            ("ผ้าห่มจากเส้นใยรีไซเคิล", "blanket"),
        ],
        needs=[
            need("ใยฝ้ายรีไซเคิล ตีเป็นปุยแล้ว", "recycled_cotton_fibre"),
        ],
        bcg=["circular"],
    ),
    sme(
        83,
        "th",
        "ร้านคัดเสื้อผ้ามือสอง ตลาดโรงเกลือ",
        CIRC,
        UP,
        "Sa Kaeo",
        "rongkluea.secondhand@gmail.com",
        offers=[
            ("เสื้อผ้ามือสองเป็นกระสอบ คัดเกรดเอ", "used_clothing"),
            ("ผ้าขี้ริ้วจากเสื้อยืดเก่า", "wiping_rags"),
        ],
        bcg=["circular"],
    ),
    sme(
        84,
        "th",
        "บาติกเมืองคอน",
        CEN,
        DOWN,
        "Nakhon Si Thammarat",
        "batikmuangkhon@gmail.com",
        offers=[
            ("เสื้อเชิ้ตผ้าบาติก ผ้าฝ้าย", "apparel"),
        ],
        needs=[
            need("ผ้าปาเต๊ะเป็นเมตร ลายท้องถิ่น", "batik_fabric"),
        ],
    ),
    sme(
        85,
        "en",
        "Akha Hill Weavers",
        HEMP,
        DOWN,
        "Chiang Rai",
        "akhahillweavers@gmail.com",
        offers=[
            ("Hemp and cotton shoulder bags", "shoulder_bag"),
        ],
        needs=[
            need("hand-spun hemp yarn, Organic Thailand not required", "hemp_yarn", waive=("Organic Thailand",)),
        ],
    ),
    sme(
        86,
        "th",
        "กลุ่มทอผ้ากะเหรี่ยงบ้านห้วยตองก๊อ",
        HEMP,
        DOWN,
        "Mae Hong Son",
        "huaitongko.weave@gmail.com",
        offers=[
            ("ย่ามกะเหรี่ยงทอมือ", "shoulder_bag"),
        ],
        needs=[
            unmet("ด้ายฝ้ายย้อมสีธรรมชาติจากเปลือกไม้", "no one in the set sells naturally dyed cotton yarn"),
        ],
    ),
    sme(
        87,
        "en",
        "Lopburi Cycling Apparel",
        SPORT,
        DOWN,
        "Lop Buri",
        "orders@lopburicycling.com",
        offers=[
            ("Cycling jerseys and bib shorts, team orders", "cycling_apparel"),
        ],
        needs=[
            need("bluesign recycled jersey fabric", "recycled_polyester_fabric", req=("bluesign",)),
            need("heat-applied size marks", "heat_transfer_label"),
        ],
    ),
    sme(
        88,
        "th",
        "โรงงานถุงเท้ากีฬานครสวรรค์",
        SPORT,
        DOWN,
        "Nakhon Sawan",
        "nsw.socks@gmail.com",
        offers=[
            ("ถุงเท้าวิ่ง ถุงเท้ารัดน่อง", "socks"),
        ],
        needs=[
            need("สติกเกอร์บาร์โค้ดติดหัวถุงเท้า", "barcode_sticker"),
            unmet("ด้ายไนลอนหุ้มสแปนเด็กซ์", "no covered elastane yarn in the set"),
        ],
    ),
    sme(
        89,
        "en",
        "Blue Isan Fashion",
        ISAN,
        DOWN,
        "Nong Bua Lamphu",
        "studio@blueisan.com",
        offers=[
            ("Indigo cotton dresses, own label", "apparel"),
        ],
        needs=[
            need("natural indigo vat dyeing for 200 m of our own cotton", "indigo_dyeing_service"),
            need("plain-weave cotton yardage for linings", "cotton_woven_fabric"),
        ],
    ),
    sme(
        90,
        "th",
        "ร้านเสื้อผ้าผู้สูงวัย อุบลฯ",
        ISAN,
        DOWN,
        "Ubon Ratchathani",
        "ubon.elderwear@gmail.com",
        needs=[
            need("ชุดลำลองสำหรับผู้สูงวัยที่แต่งตัวเองลำบาก", "adaptive_clothing"),
            need("ผ้าถุงสำเร็จรูป", "sarong"),
        ],
    ),
    sme(
        91,
        "en",
        "Lat Krabang Apparel Ltd.",
        CEN,
        DOWN,
        "BKK",
        "sourcing@latkrabangapparel.com",
        offers=[
            ("Blank heavyweight cotton tees, 220 gsm", "blank_tshirt"),
        ],
        needs=[
            need("anyone who folds the label rolls we buy in?", "label_cut_fold_service"),
            need("apply our heat transfers to 5,000 tees", "heat_press_service"),
        ],
    ),
    sme(
        92,
        "th",
        "กลุ่มผ้าทอเกาะยอ",
        CEN,
        DOWN,
        "Songkla",
        "kohyor.weaving@gmail.com",
        offers=[
            ("ผ้าทอเกาะยอ ลายราชวัตร", "handwoven_cotton_fabric"),
        ],
        needs=[
            need("ด้ายฝ้ายโรงงาน ไม่จำเป็นต้องมี GOTS", "cotton_yarn", waive=("GOTS",)),
        ],
        certs=["OTOP"],
    ),
    sme(
        93,
        "en",
        "Yala Batik House",
        CEN,
        DOWN,
        "Yala",
        "yalabatikhouse@gmail.com",
        offers=[
            ("Hand-drawn batik sarongs", "sarong"),
        ],
        needs=[
            need("bleached cotton cloth for batik", "cotton_woven_fabric"),
        ],
        certs=["Halal"],
    ),
    sme(
        94,
        "th",
        "ศูนย์คัดแยกสิ่งทอ เทศบาลเมืองพิจิตร",
        CIRC,
        UP,
        "Phichit",
        "phichit.textilesort@gmail.com",
        offers=[
            ("เสื้อผ้าใช้แล้ว คัดแยกตามชนิดเส้นใย", "used_clothing"),
        ],
        bcg=["circular"],
    ),
    sme(
        95,
        "en",
        "Pattaya Bay Hotel",
        CEN,
        DOWN,
        "Chonburi",
        "purchasing@pattayabayhotel.com",
        needs=[
            need("housekeeping uniforms", "staff_uniform"),
            need("guest bathrobes", "bathrobe"),
        ],
    ),
]

SMES: list[Sme] = [*PART_1, *PART_2, *PART_3, *PART_4, *PART_5]


# ================================================================== checks


def canonical(cert: str) -> str:
    return resolve_certification(cert) or cert


def holds(supplier: Sme, requires: tuple[str, ...]) -> bool:
    have = {canonical(c) for c in supplier.certifications}
    return all(canonical(c) in have for c in requires)


def suppliers_of(n: Need, buyer: Sme) -> list[Sme]:
    """The SMEs other than `buyer` with an offer carrying one of the need's labels and every required certification."""
    return [
        s for s in SMES if s.id != buyer.id and any(lab in n.labels for _, lab in s.offers) and holds(s, n.requires)
    ]


def true_links() -> list[tuple[str, str]]:
    pairs = {(s.id, b.id) for b in SMES for n in b.needs if not n.unmet for s in suppliers_of(n, b)}
    return sorted(pairs)


_THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
_EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def letters(text: str) -> list[str]:
    return [ch for ch in text if ch.isalpha() or _THAI_CHAR.match(ch)]


def is_thai_phrase(text: str) -> bool:
    chars = letters(text)
    thai = sum(1 for ch in chars if _THAI_CHAR.match(ch))
    return bool(chars) and thai / len(chars) >= 0.6


def is_english_phrase(text: str) -> bool:
    if _THAI_CHAR.search(text):
        return False
    return all(ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") for ch in letters(text)) and all(
        ch.isascii() or not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text
    )


def mentions(text: str, cert: str) -> bool:
    """Whether `text` names the certification at all (negated or not)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for c in CERTIFICATIONS:
        if c.name == cert:
            names = (c.name, c.full_name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
            return any(unicodedata.normalize("NFKC", name).casefold() in folded for name in names)
    return False


def check() -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if len(SMES) != N_PROFILES:
        errors.append(f"{len(SMES)} profiles, expected {N_PROFILES}")
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, len(SMES) + 1)]:
        errors.append("ids are not blb-001 ... in order without gaps")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    emails = Counter(s.email for s in SMES)
    names = Counter(s.name for s in SMES)
    offered: dict[str, set[str]] = {}
    for s in SMES:
        for _, lab in s.offers:
            offered.setdefault(lab, set()).add(s.id)
    for s in SMES:
        where = s.id
        if s.language not in ("th", "en"):
            errors.append(f"{where}: language {s.language!r}")
        if s.sub_cluster not in {m.value for m in SubCluster}:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in {m.value for m in Stage}:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None or not s.province.isascii():
            errors.append(f"{where}: province {s.province!r} is not an English name that resolves")
        for c in s.certifications:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        for t in s.bcg:
            if t not in {m.value for m in BcgTag}:
                errors.append(f"{where}: bcg {t!r}")
        if not _EMAIL.match(s.email) or emails[s.email] > 1:
            errors.append(f"{where}: email {s.email!r} malformed or repeated")
        if not s.name.strip() or names[s.name] > 1:
            errors.append(f"{where}: name empty or repeated")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        phrase_ok = is_thai_phrase if s.language == "th" else is_english_phrase
        texts = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        for t in texts:
            if not t.strip() or t != t.strip() or "  " in t:
                errors.append(f"{where}: badly spaced phrase {t!r}")
            if not phrase_ok(t):
                errors.append(f"{where}: phrase not in {s.language}: {t!r}")
        if len({t for t, _ in s.offers} | {n.text for n in s.needs}) != len(s.offers) + len(s.needs):
            errors.append(f"{where}: repeated phrase")
        held = {canonical(c) for c in s.certifications}
        for t, lab in s.offers:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", lab):
                errors.append(f"{where}: bad label {lab!r}")
            claimed = find_certifications(t)
            if not claimed <= held:
                errors.append(f"{where}: offer {t!r} claims {sorted(claimed - held)} not held")
        for n in s.needs:
            found = find_certifications(n.text)
            if found != set(n.requires):
                errors.append(f"{where}: need {n.text!r} names {sorted(found)}, requires {sorted(n.requires)}")
            for c in (*n.requires, *n.waives):
                if c not in {x.name for x in CERTIFICATIONS}:
                    errors.append(f"{where}: need {n.text!r}: {c!r} is not a canonical certification")
            for c in n.waives:
                if not mentions(n.text, c) or c in found:
                    errors.append(f"{where}: need {n.text!r} does not waive {c} in its text")
            for lab in n.labels:
                if not (offered.get(lab, set()) - {s.id}):
                    errors.append(f"{where}: need {n.text!r} lists {lab!r}, offered by no one else")
            qualified = suppliers_of(n, s)
            if n.unmet and qualified:
                errors.append(f"{where}: need {n.text!r} marked unmet but met by {[q.id for q in qualified]}")
            if not n.unmet and not n.labels:
                errors.append(f"{where}: need {n.text!r} lists no labels and is not marked unmet")
            if not n.unmet and not qualified:
                errors.append(f"{where}: need {n.text!r} is met by no one; mark it unmet")
    return errors


def check_targets(stats: dict[str, float]) -> list[str]:
    errors: list[str] = []
    if not LINK_RANGE[0] <= stats["links"] <= LINK_RANGE[1]:
        errors.append(f"{stats['links']} true links, target {LINK_RANGE}")
    if not THAI_SHARE_RANGE[0] <= stats["thai_share"] <= THAI_SHARE_RANGE[1]:
        errors.append(f"Thai share {stats['thai_share']:.2f}, target {THAI_SHARE_RANGE}")
    if not CROSS_SHARE_RANGE[0] <= stats["cross_share"] <= CROSS_SHARE_RANGE[1]:
        errors.append(f"cross-language share {stats['cross_share']:.2f}, target {CROSS_SHARE_RANGE}")
    if not UNMET_RANGE[0] <= stats["unmet"] <= UNMET_RANGE[1]:
        errors.append(f"{stats['unmet']} needs met by no one, target {UNMET_RANGE}")
    if stats["met_1_to_3_share"] < 0.6:
        errors.append(f"only {stats['met_1_to_3_share']:.2f} of met needs have 1-3 suppliers")
    return errors


# ================================================================== output


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [t for t, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.language,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buf.getvalue()


def statistics(links: list[tuple[str, str]]) -> tuple[dict[str, float], list[tuple[str, str]]]:
    by_id = {s.id: s for s in SMES}
    thai = sum(1 for s in SMES if s.language == "th")
    needs = [(s, n) for s in SMES for n in s.needs]
    met = [(s, n) for s, n in needs if not n.unmet]
    met_counts = [len(suppliers_of(n, s)) for s, n in met]
    th_en = sum(1 for a, b in links if by_id[a].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for a, b in links if by_id[a].language == "en" and by_id[b].language == "th")
    cross = th_en + en_th
    provinces = {resolve_province(s.province).name_en for s in SMES}  # type: ignore[union-attr]
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(SMES))),
        ("Thai profiles", str(thai)),
        ("English profiles", str(len(SMES) - thai)),
    ]
    for sc in SubCluster:
        rows.append((f"sub-cluster {sc.value}", str(sum(1 for s in SMES if s.sub_cluster == sc.value))))
    for st in Stage:
        rows.append((f"stage {st.value}", str(sum(1 for s in SMES if s.stage == st.value))))
    regions = Counter(resolve_province(s.province).region.value for s in SMES)  # type: ignore[union-attr]
    for region, count in sorted(regions.items()):
        rows.append((f"region {region}", str(count)))
    n_offers = sum(len(s.offers) for s in SMES)
    distribution = Counter(min(c, 5) for c in met_counts)
    dist_text = ", ".join(f"{k if k < 5 else '5+'}: {distribution[k]}" for k in sorted(distribution))
    rows += [
        ("distinct provinces", str(len(provinces))),
        ("offers", str(n_offers)),
        ("distinct offer labels", str(len({lab for s in SMES for _, lab in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met", str(len(met))),
        ("needs met by no one", str(len(needs) - len(met))),
        ("met needs by number of qualified suppliers", dist_text),
        ("needs requiring a certification", str(sum(1 for _, n in needs if n.requires))),
        ("needs waiving a certification", str(sum(1 for _, n in needs if n.waives))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links", f"{cross} ({cross / max(1, len(links)):.0%})"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster)),
        ),
    ]
    stats = {
        "links": len(links),
        "thai_share": thai / max(1, len(SMES)),
        "cross_share": cross / max(1, len(links)),
        "unmet": len(needs) - len(met),
        "met_1_to_3_share": sum(1 for c in met_counts if 1 <= c <= 3) / max(1, len(met_counts)),
    }
    return stats, rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| measure | count |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


README = """# Blind evaluation set: plain registry entries, labels and tags (`blind_plain_labels`)

## What it checks

How well the matchmaker finds the true supplier-buyer pairs among {n} SMEs of the Health and Wellness
Economy textile cluster when the wording is new to it. The theme is labels and tags (woven labels,
printed satin, taffeta and cotton care labels, heat-transfer labels, hang tags and swing tickets, name
tapes, patches, label cutting, folding, sewing-on and heat-pressing services, and the garment factories,
fashion brands, craft groups, shops and institutions that buy them), together with the ordinary
upstream and midstream suppliers of the cluster (fibre, yarn, cloth, dyeing, sewing, waste).

The profiles are plain registry entries: one short phrase per offer or need, in Thai (about 55 %) or
English, written with local and regional names (north, Isan, south), trade words, brand names,
abbreviations, quantities, prices, sizes and places. A need is usually worded differently from the
offers that meet it, and often in the other language. Hard but fair cases are included: a service
versus the goods it works on (dyeing the customer's cloth versus dyed cloth, sewing for others versus
finished garments, heat-pressing the customer's transfers versus selling transfers, cutting and
folding the customer's label rolls versus selling labels); waste and used goods versus new; raw versus
processed (fibre, yarn, cloth, product); finished goods described by their material, colour or
technique; needs written as a wish, a bare noun phrase or a question; refusals; needs that require a
named certification and needs that name one only to waive it; and needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the contracts (cluster profiles, JSONL version 1, and the
links CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings; not the
matcher, its glossary, its tests, the other evaluation sets or the project's data. All profiles,
labels and links are held in `write.py`, which checks them and writes the files below.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `woven_label` versus `label_waste`).
Every need either lists the offer labels that would meet it and the certifications its text requires,
or is marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some
offer of the supplier carries a label listed by one of the buyer's needs and the supplier's
certifications hold every certification that need requires. An SME is never linked to itself. Shared
words play no part; quantities, prices and places never decide a link; what changes what the thing is
does. A certification that a need names only to waive it ("OEKO-TEX not required") is not required.
The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks that ids are unique and well formed, every contract field is valid
(provinces through `resolve_province`, certifications through `resolve_certification`, sub-cluster,
stage and BCG values from the taxonomy), every label a need lists is offered by someone other than the
buyer, every met need has a qualified supplier and every unmet one has none, the certifications a
need's text names (by `find_certifications`) are exactly those it requires, a waived certification is
named in the text, Thai phrases are mostly Thai letters and English ones Latin only, and the size
targets hold. It writes nothing if a check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_labels/write.py

## Files

- `write.py`: the data, the labels, the checks and the writer.
- `profiles.jsonl`: the {n} profiles (`{first}` ... `{last}`), cluster profiles JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render() -> tuple[dict[str, str], list[tuple[str, str]], list[str]]:
    """The three files' text, the counts table rows and any failed target."""
    links = true_links()
    stats, rows = statistics(links)
    readme = README.format(n=len(SMES), first=SMES[0].id, last=SMES[-1].id, table=table(rows))
    files = {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in SMES),
        "links.csv": links_csv(links),
        "README.md": readme,
    }
    return files, rows, check_targets(stats)


def main() -> int:
    errors = check()
    files, rows, target_errors = render()
    print(table(rows), end="")
    errors += target_errors
    if render()[0] != files:
        errors.append("two renderings differ")
    if errors:
        print(f"\n{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for e in errors:
            print(f"  - {e}", file=sys.stderr)
        return 1
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"\nwrote {', '.join(files)} in {HERE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
