"""Write the hand-labelled evaluation set `eval/blind_plain_lanterns/`.

Lanterns and festival lights: Lanna khom lanterns of saa paper and cloth, bamboo lantern frames,
festival organisers, hotels, temples and decorators that buy, and the ordinary fibre, yarn, cloth,
dyeing and sewing suppliers of the cluster. Ninety-five plain registry entries, written by hand.

Every offer is a (text, label) pair; every need lists the offer labels that meet it and the
certifications its text requires, or is marked as met by no one. The true links follow from the
labels alone (see `true_links`). Labels stay in this file: `profiles.jsonl` carries none.

Run from the repository root:  .venv/bin/python eval/blind_plain_lanterns/write.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Region,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

OUT = Path(__file__).resolve().parent
SET_NAME = "blind_plain_lanterns"
ID_PREFIX = "blk"
N_PROFILES = 95

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
RCS = "RCS"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ISO9001 = "ISO 9001"
ISO14001 = "ISO 14001"
FSC = "FSC"
TIS = "Thai Industrial Standard"
FAIRTRADE = "Fairtrade"
GREEN_LABEL = "Thai Green Label"


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    req: tuple[str, ...] = ()
    waive: tuple[str, ...] = ()
    unmet: str | None = None  # why no one in the set meets it


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    sub_cluster: str
    stage: str
    province: str
    name: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every `req`."""
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` (if any) name goods offered only without `req`."""
    return Need(text, labels, req, waive, note)


def sme(
    head: tuple[int, str, str, str, str, str, str],
    *,
    offers: tuple[tuple[str, str], ...] = (),
    needs: tuple[Need, ...] = (),
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    num, lang, sub_cluster, stage, province, name, email = head
    return Sme(num, lang, sub_cluster, stage, province, name, email, offers, needs, certs, bcg)


# ------------------------------------------------------------------ the profiles
# head: (number, language, sub-cluster, stage, province, name, contact e-mail)

# Part 1: hemp and natural fibre: bark, bamboo, hemp, cotton, silk, dyes, paper, cloth, lanterns.
PART_1 = (
    sme(
        (1, TH, HEMP, UP, "Nan", "กลุ่มแม่บ้านลอกเปลือกสา บ้านนาหนุน", "naanoon.saa@gmail.com"),
        offers=(("เปลือกสาแห้ง ลอกมือ กิโลละ 45 บาท", "saa_bark"),),
        needs=(need("ผ้าใบคลุมลานตากเปลือก กันฝนได้", "tarpaulin_fabric"),),
        bcg=(BIO,),
    ),
    sme(
        (2, EN, HEMP, UP, "Phrae", "Mae Yom Bark and Bamboo Collective", "hello@maeyombark.co.th"),
        offers=(
            ("Paper mulberry bark, sun-dried, 50 kg bales", "saa_bark"),
            ("Pai sang bamboo culms, 6 m lengths", "bamboo_poles"),
        ),
        bcg=(BIO,),
    ),
    sme(
        (3, TH, HEMP, UP, "Chiang Rai", "วิสาหกิจชุมชนจักตอก แม่สรวย", "maesuai.tok@gmail.com"),
        offers=(
            ("ตอกไม้ไผ่ จักเส้น ยาว 1 ม. มัดละ 100 เส้น", "bamboo_strips"),
            ("ไผ่สีสุกทั้งลำ ตัดท่อนละ 4 เมตร", "bamboo_poles"),
        ),
        needs=(unmet("น้ำยากันมอดไม้ไผ่ สูตรธรรมชาติ", "bamboo borer treatment: no one sells it"),),
        bcg=(BIO,),
    ),
    sme(
        (4, EN, HEMP, UP, "Lampang", "Lampang Bamboo Splits", "sales@lampangsplits.com"),
        offers=(("Lantern ribs of bamboo, 3-5 mm, boiled and dried", "bamboo_strips"),),
        needs=(need("Whole bamboo poles, 3 years old, by the truckload", "bamboo_poles"),),
        bcg=(GREEN,),
    ),
    sme(
        (5, TH, HEMP, UP, "Chiang Mai", "ไร่กัญชงอินทรีย์ ดอยปุย", "doipui.hemp@gmail.com"),
        offers=(("ใยกัญชงลอกแห้ง ยังไม่ปั่น", "hemp_fibre"),),
        needs=(unmet("เมล็ดพันธุ์กัญชงสายพันธุ์ให้เส้นใย", "hemp seed: no seed supplier in the set"),),
        certs=(ORG_TH,),
        bcg=(BIO,),
    ),
    sme(
        (6, EN, HEMP, UP, "Tak", "Hmong Hemp Spinners of Tak", "hmonghemp.tak@gmail.com"),
        offers=(("Hand-spun hemp thread, Hmong style, undyed", "hemp_yarn"),),
        needs=(need("Retted hemp bast, Organic Thailand certified", "hemp_fibre", req=(ORG_TH,)),),
        bcg=(BIO,),
    ),
    sme(
        (7, TH, HEMP, UP, "Phetchabun", "กลุ่มปลูกกัญชง เขาค้อ", "khaokho.kanchong@gmail.com"),
        offers=(
            ("เปลือกกัญชงตากแห้ง มัดเป็นฟ่อน", "hemp_fibre"),
            ("ด้ายกัญชงปั่นเครื่อง เบอร์ 8", "hemp_yarn"),
        ),
        bcg=(BIO,),
    ),
    sme(
        (8, TH, AGE_I, UP, "Loei", "กลุ่มผู้สูงอายุปลูกฝ้าย บ้านนาซ่าว", "nasao.cotton@gmail.com"),
        offers=(
            ("ฝ้ายตุ่น ปุยฝ้ายเก็บมือ กิโลละ 120 บาท", "raw_cotton"),
            ("ฝ้ายเข็นมือ เส้นใหญ่ ม้วนละครึ่งโล", "handspun_cotton_yarn"),
        ),
        certs=(ORG_TH,),
        bcg=(BIO,),
    ),
    sme(
        (9, EN, HEMP, UP, "Samut Prakan", "Siam Combed Yarn Co., Ltd.", "sales@siamcombedyarn.co.th"),
        offers=(("Ne 20/1 combed organic cotton yarn, GOTS, on cones", "cotton_yarn"),),
        needs=(need("Organic seed cotton or lint from Thai farms", "raw_cotton"),),
        certs=(GOTS, OEKO),
    ),
    sme(
        (10, TH, HEMP, UP, "Surin", "กลุ่มเลี้ยงไหม บ้านท่าสว่าง", "thasawang.mai@gmail.com"),
        offers=(("เส้นไหมน้อย ไหมพื้นบ้านสาวมือ", "silk_yarn"),),
        needs=(need("ครั่งแห้ง ใช้ย้อมไหมให้ได้สีแดง", "natural_dye_materials"),),
        certs=(PEACOCK,),
    ),
    sme(
        (11, EN, HEMP, UP, "Sakon Nakhon", "Sakon Khram Indigo Farm", "khram@sakonindigo.com"),
        offers=(
            ("Fermented indigo paste (khram), 5 kg tubs", "indigo_dye_paste"),
            ("Indigo vat dyeing of your cotton or silk, per kg", "indigo_dyeing_service"),
        ),
        needs=(need("White cotton thread spun by hand, to dye and resell", "handspun_cotton_yarn"),),
        certs=(ORG_TH,),
        bcg=(BIO,),
    ),
    sme(
        (12, TH, HEMP, UP, "Phrae", "กลุ่มปลูกห้อม ทุ่งโฮ้ง", "thunghong.hom@gmail.com"),
        offers=(("ห้อมเปียก บรรจุถัง 20 กก.", "indigo_dye_paste"),),
        needs=(need("ผ้าดิบ ยังไม่ฟอกขาว หน้า 44 นิ้ว", "greige_cotton_fabric"),),
        bcg=(BIO,),
    ),
    sme(
        (13, TH, HEMP, MID, "Lamphun", "กลุ่มสีธรรมชาติ ป่าซาง", "pasang.natdye@gmail.com"),
        offers=(
            ("ครั่ง เปลือกประดู่ ใบหูกวาง วัตถุดิบย้อมสี", "natural_dye_materials"),
            ("รับย้อมสีธรรมชาติ ผ้าหรือด้ายที่ลูกค้าส่งมา", "natural_dyeing_service"),
            ("ด้ายฝ้ายย้อมฝาง ย้อมครั่ง มัดละ 500 กรัม", "natural_dyed_cotton_yarn"),
        ),
        bcg=(BIO,),
    ),
    sme(
        (14, TH, HEMP, MID, "Chiang Mai", "ต้นเปากระดาษสา", "tonpao.paper@gmail.com"),
        offers=(
            ("กระดาษสาแผ่นใหญ่ 60x90 ซม. สีพื้น", "saa_paper"),
            ("เจี้ยสาอัดดอกไม้ แผ่นละ 25 บาท", "saa_paper"),
        ),
        needs=(need("วัตถุดิบทำเยื่อกระดาษ จากต้นปอสา", "saa_bark"),),
        certs=(OTOP,),
        bcg=(BIO,),
    ),
    sme(
        (15, EN, HEMP, MID, "Lamphun", "Lamphun Mulberry Paper Works", "info@lamphunpaper.com"),
        offers=(
            ("Mulberry paper, A1 sheets, natural or dyed, MOQ 500", "saa_paper"),
            ("Recycled sa paper made from lantern trimmings", "recycled_saa_paper"),
        ),
        needs=(
            need("Kozo-type inner bark, Nan or Phrae origin", "saa_bark"),
            need("Lantern-shop paper waste, misprints welcome", "saa_paper_offcuts"),
        ),
        certs=(FSC,),
        bcg=(BIO, CIRCULAR),
    ),
    sme(
        (16, TH, HEMP, MID, "Chiang Mai", "โรงทอฝ้ายเมือง สันกำแพง", "sankamphaeng.weave@gmail.com"),
        offers=(("ผ้าฝ้ายทอมือ หน้ากว้าง 1 ม. พับละ 20 ม.", "handwoven_cotton_fabric"),),
        needs=(
            need("ด้ายฝ้ายโรงงาน เบอร์ 20 สำหรับเส้นยืน", "cotton_yarn"),
            need("อยากส่งผ้าฝ้ายของเราไปย้อมห้อม 300 เมตร", "indigo_dyeing_service"),
        ),
    ),
    sme(
        (17, EN, HEMP, MID, "Phrae", "Phrae Mor Hom Textiles", "sales@phraemorhom.com"),
        offers=(
            ("Mor hom indigo cotton, hand-dyed, per metre", "indigo_dyed_cotton_fabric"),
            ("We dye your fabric in hom indigo, min 50 m", "indigo_dyeing_service"),
        ),
        needs=(
            need("Unbleached loom-state cotton, 44 inch", "greige_cotton_fabric"),
            need("Fresh hom dye mud (Strobilanthes) from local growers", "indigo_dye_paste"),
        ),
        bcg=(BIO,),
    ),
    sme(
        (18, TH, HEMP, MID, "Sakon Nakhon", "ผ้าครามสกล บ้านดอนกอย", "donkoi.khram@gmail.com"),
        offers=(
            ("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ", "indigo_dyed_cotton_fabric"),
            ("ผ้าพันคอย้อมคราม ลายมัดหมี่", "indigo_scarf"),
        ),
        needs=(need("เส้นฝ้ายปั่นมือ สีขาวธรรมชาติ", "handspun_cotton_yarn"),),
        certs=(OTOP,),
        bcg=(BIO,),
    ),
    sme(
        (19, EN, HEMP, MID, "Kalasin", "Kalasin Praewa Silk House", "praewa@kalasinsilk.com"),
        offers=(
            ("Praewa silk, hand-woven, Peacock Emblem", "silk_fabric"),
            ("Silk offcuts from our looms, by the kilo", "silk_scraps"),
        ),
        needs=(need("Thai native silk yarn, hand-reeled", "silk_yarn"),),
        certs=(PEACOCK,),
    ),
    sme(
        (20, TH, HEMP, MID, "Chiang Mai", "ผ้าทอใยกัญชง แม่ริม", "maerim.hempcloth@gmail.com"),
        offers=(("ผ้าทอใยกัญชง 100% หน้ากว้าง 90 ซม.", "hemp_fabric"),),
        needs=(need("ด้ายกัญชงเข็นมือ สีธรรมชาติ", "hemp_yarn"),),
        bcg=(BIO,),
    ),
    sme(
        (21, EN, HEMP, MID, "Bangkok", "Chao Phraya Greige Mills", "sales@cpgreige.co.th"),
        offers=(
            ("Greige cotton sheeting 40x40, 63 inch, rolls", "greige_cotton_fabric"),
            ("Bleached cotton muslin for crafts, 36 inch", "bleached_cotton_fabric"),
        ),
        needs=(need("Fine Ne 40 weaving yarn, 100% cotton, OEKO-TEX certified", "cotton_yarn", req=(OEKO,)),),
        certs=(OEKO, ISO9001),
    ),
    sme(
        (22, TH, HEMP, DOWN, "Chiang Mai", "บ้านโคมล้านนา สันป่าตอง", "sanpatong.khom@gmail.com"),
        offers=(
            ("โคมกระดาษสา ทรงกลม 30 ซม. พร้อมขั้วไฟ", "saa_paper_lantern"),
            ("โคมรังมดส้ม หุ้มผ้าฝ้าย", "fabric_lantern"),
        ),
        needs=(
            need("แผ่นสาสีพาสเทล สำหรับหุ้มโคม ส่งทุกเดือน", "saa_paper"),
            need("โครงไผ่สำหรับขึ้นโคม ขนาด 12 นิ้ว ทำเสร็จแล้ว", "bamboo_lantern_frame"),
        ),
        certs=(OTOP,),
        bcg=(BIO,),
    ),
    sme(
        (23, EN, HEMP, DOWN, "Chiang Mai", "Yi Peng Lantern Studio", "studio@yipenglantern.com"),
        offers=(
            ("Lanna star lanterns (khom dao), sa paper, 50 cm", "saa_paper_lantern"),
            ("Lanterns made to order from your own paper or cloth", "lantern_making_service"),
        ),
        needs=(
            need("Tissue-thin sa sheets in pastel shades", "saa_paper"),
            need("Warm bulbs and cords to fit inside our khom", "led_lantern_kit"),
        ),
    ),
    sme(
        (24, TH, HEMP, DOWN, "Lampang", "โคมผ้าลำปาง", "lampang.khomphaa@gmail.com"),
        offers=(("โคมผ้าแก้ว ทรงกระบอก", "fabric_lantern"),),
        needs=(
            need("ผ้าแก้วสีสด ม้วนละ 50 หลา", "sheer_fabric"),
            need("ตอกเหลาเรียบ ไว้ขึ้นโครงโคม", "bamboo_strips"),
        ),
        certs=(OTOP,),
    ),
    sme(
        (25, EN, HEMP, DOWN, "Chiang Mai", "Lanna Lantern Exporters", "export@lannalantern.com"),
        offers=(("Flat-pack sa paper hanging lanterns, FSC, MOQ 1,000", "saa_paper_lantern"),),
        needs=(
            need("Saa paper, FSC certified, 10,000 sheets a season", "saa_paper", req=(FSC,)),
            need("Collapsible split-bamboo skeletons", "bamboo_lantern_frame"),
        ),
        certs=(FSC,),
    ),
    sme(
        (26, TH, HEMP, DOWN, "Phrae", "ร้านเสื้อม่อฮ่อม แพร่เมืองเก่า", "phrae.morhom@gmail.com"),
        offers=(("เสื้อม่อฮ่อม คอจีน ไซซ์ S-XXL", "indigo_dyed_shirt"),),
        needs=(
            need("ผ้าหม้อห้อมเป็นพับ", "indigo_dyed_cotton_fabric"),
            need("ใครรับตัดเย็บเสื้อ ผ้าเราส่งให้ บ้าง", "sewing_service"),
        ),
    ),
    sme(
        (27, EN, HEMP, DOWN, "Chiang Rai", "Mae Chan Tung Weavers", "maechan.tung@gmail.com"),
        offers=(("Woven Lanna tung banners, cotton, 2 m", "tung_flag"),),
        needs=(need("Natural-dyed cotton yarn for tung weaving", "natural_dyed_cotton_yarn"),),
        certs=(OTOP,),
    ),
    sme(
        (28, TH, HEMP, MID, "Chiang Mai", "โครงโคมไม้ไผ่ หางดง", "hangdong.frame@gmail.com"),
        offers=(
            ("โครงโคมไม้ไผ่ ทรงกลม ทรงดาว ทรงรังมดส้ม", "bamboo_lantern_frame"),
            ("โครงโคมพับได้ สำหรับส่งออก", "bamboo_lantern_frame"),
        ),
        needs=(need("ซี่ไผ่เหลาสำเร็จ ยาว 80 ซม.", "bamboo_strips"),),
        bcg=(BIO,),
    ),
)


# Part 2: circular textile: PET, cutting waste, rags, used clothing, recycled fibre, offcuts, re-use.
PART_2 = (
    sme(
        (29, EN, CIRC, UP, "Samut Sakhon", "GreenLoop PET Collection", "ops@greenloop.co.th"),
        offers=(("Baled post-consumer PET bottles, clear, sorted", "used_pet_bottles"),),
        bcg=(CIRCULAR,),
    ),
    sme(
        (30, TH, CIRC, UP, "Nakhon Pathom", "สามพรานรีไซเคิลไฟเบอร์", "samphran.recycle@gmail.com"),
        offers=(
            ("ด้าย rPET 150D จากขวดพลาสติก", "recycled_polyester_yarn"),
            ("ใยโพลีรีไซเคิล สำหรับยัดหมอน", "recycled_polyester_fibre"),
        ),
        needs=(need("ขวดน้ำดื่มใช้แล้ว อัดเป็นก้อน", "used_pet_bottles"),),
        certs=(GRS,),
        bcg=(CIRCULAR,),
    ),
    sme(
        (31, EN, CIRC, UP, "Bangkok", "ReThread Textile Recovery", "hello@rethread.co.th"),
        offers=(
            ("Shredded recycled cotton fibre, colour-sorted", "recycled_cotton_fibre"),
            ("Recycled cotton-poly yarn Ne 12, open-end", "recycled_cotton_yarn"),
        ),
        needs=(
            need("Post-industrial cotton cutting waste, sorted by colour, 1 t a month", "cotton_cutting_waste"),
            need("Worn-out cotton garments or old hotel sheets", "used_clothing", "used_hotel_linen"),
        ),
        certs=(GRS, RCS),
        bcg=(CIRCULAR,),
    ),
    sme(
        (32, TH, CIRC, MID, "Samut Prakan", "โรงงานเย็บเสื้อยืด บางพลี", "bangphli.sewing@gmail.com"),
        offers=(
            ("เศษผ้ายืดคอตตอนจากโต๊ะตัด ขายเหมากิโล", "cotton_cutting_waste"),
            ("รับเย็บเสื้อยืด โปโล ผ้าของลูกค้า", "sewing_service"),
        ),
        needs=(unmet("ถุงกระดาษรีไซเคิลใส่สินค้า", "paper packaging bags: no one offers them"),),
        bcg=(CIRCULAR,),
    ),
    sme(
        (33, EN, CIRC, UP, "Chonburi", "Second Life Sorting Co.", "sorting@secondlife.co.th"),
        offers=(
            ("Sorted used clothing, cotton-rich, 18 baht/kg", "used_clothing"),
            ("Wiping rags cut from old T-shirts", "cotton_rags"),
        ),
        bcg=(CIRCULAR,),
    ),
    sme(
        (34, TH, CIRC, DOWN, "Chiang Mai", "โคมเศษผ้า ไม่ทิ้งกัน", "maithing.khom@gmail.com"),
        offers=(("โคมผ้าเศษ เย็บปะต่อ ขนาด 40 ซม.", "fabric_lantern"),),
        needs=(
            need("เศษผ้าฝ้ายชิ้นใหญ่ หลากสี", "cotton_cutting_waste", "cotton_rags"),
            need("โครงเปล่าสำหรับโคม ทำจากไผ่ ยังไม่หุ้ม", "bamboo_lantern_frame"),
        ),
        bcg=(CIRCULAR,),
    ),
    sme(
        (35, EN, CIRC, MID, "Chiang Mai", "Saa Again Recycled Paper", "saaagain.cm@gmail.com"),
        offers=(("Recycled saa paper sheets, A2, speckled", "recycled_saa_paper"),),
        needs=(need("Saa scrap paper, spoiled sheets OK", "saa_paper_offcuts"),),
        bcg=(CIRCULAR,),
    ),
    sme(
        (36, TH, CIRC, DOWN, "Chiang Mai", "ร้านเช่าโคม ตกแต่งงาน เวียงพิงค์", "wiangping.decor@gmail.com"),
        offers=(
            ("ให้เช่าโคมล้านนา พร้อมติดตั้ง งานวัด งานแต่ง", "lantern_decoration_service"),
            ("โคมมือสองหลังงานยี่เป็ง ขายยกล็อต", "used_lanterns"),
        ),
        needs=(need("ผ้าหน่วงไฟ คลุมซุ้มโคม", "fr_fabric"),),
        bcg=(CIRCULAR,),
    ),
    sme(
        (37, EN, CIRC, DOWN, "Bangkok", "Upcycle Lantern Lab", "lab@upcyclelantern.com"),
        offers=(
            ("Lanterns sewn from reclaimed sarongs and shirts", "fabric_lantern"),
            ("Cut-off strips of mulberry paper from our workshop, bagged", "saa_paper_offcuts"),
        ),
        needs=(
            need("Secondhand festival lanterns to refurbish", "used_lanterns"),
            need("Plug-in lamp cords for lanterns, must carry the TIS mark", "led_lantern_kit", req=(TIS,)),
        ),
        bcg=(CIRCULAR,),
    ),
    sme(
        (38, TH, CIRC, UP, "Khon Kaen", "กลุ่มคัดแยกผ้าเก่า ขอนแก่น", "khonkaen.phakao@gmail.com"),
        offers=(
            ("เสื้อผ้าเก่าคัดแยกแล้ว ขายเป็นกิโล", "used_clothing"),
            ("ผ้าขี้ริ้วตัดจากผ้าฝ้ายเก่า", "cotton_rags"),
        ),
        needs=(unmet("เครื่องอัดก้อนผ้า มือสอง", "baling press: no machinery seller in the set"),),
        bcg=(CIRCULAR,),
    ),
    sme(
        (39, EN, CIRC, MID, "Nonthaburi", "Nonthaburi ReDye Works", "redye@nbredye.com"),
        offers=(("Re-dyeing of faded garments and linens, per piece", "garment_dyeing_service"),),
        needs=(unmet("Low-salt reactive dyes, bulk", "dye chemicals: no dye seller in the set"),),
        bcg=(CIRCULAR,),
    ),
    sme(
        (40, TH, CIRC, DOWN, "Bangkok", "ร้านเสื้อผ้ามือสอง รีเลิฟ", "relove.bkk@gmail.com"),
        offers=(("แจ็กเก็ตรีดีไซน์ จากผ้าเก่า", "upcycled_garment"),),
        needs=(
            need("มีที่ไหนรับย้อมเสื้อที่สีซีดให้เป็นสีใหม่ไหม", "garment_dyeing_service"),
            need("เสื้อมือสองสภาพดี ยกกระสอบ", "used_clothing"),
        ),
        bcg=(CIRCULAR,),
    ),
    sme(
        (41, EN, CIRC, DOWN, "Chiang Mai", "Zero Waste Yi Peng Network", "team@zerowasteyipeng.org"),
        needs=(
            need("Khom loi that burn clean, bamboo and paper only, no wire", "sky_lantern"),
            need("Reusable cloth lanterns to replace paper ones", "fabric_lantern"),
            need("Volunteer tees made from recycled bottles", "rpet_tshirt"),
        ),
        bcg=(CIRCULAR, GREEN),
    ),
    sme(
        (42, TH, CIRC, MID, "Bangkok", "ผ้ารีไซเคิล ลาดกระบัง", "ladkrabang.rpet@gmail.com"),
        offers=(("ผ้าทอจากเส้นใย rPET หน้ากว้าง 60 นิ้ว", "rpet_fabric"),),
        needs=(need("เส้นด้ายโพลีเอสเตอร์รีไซเคิล มี GRS", "recycled_polyester_yarn", req=(GRS,)),),
        certs=(GRS,),
        bcg=(CIRCULAR,),
    ),
    sme(
        (43, EN, CIRC, DOWN, "Krabi", "Krabi Eco Lodge", "purchasing@krabiecolodge.com"),
        offers=(("Retired hotel bed linen, 100% cotton, bulk", "used_hotel_linen"),),
        needs=(
            need("Who can sew garden lanterns from our retired bed sheets?", "lantern_making_service"),
            need("We send our faded napkins; who can re-dye them?", "garment_dyeing_service"),
        ),
        bcg=(CIRCULAR,),
    ),
)

# Part 3: sportech: flame-retardant and coated fabrics, rPET yarn and fabric, printing, shirts, LED sets.
PART_3 = (
    sme(
        (44, EN, SPORT, MID, "Rayong", "Eastern FR Textiles Co.", "info@easternfr.co.th"),
        offers=(
            ("Inherently flame-retardant polyester voile, 280 cm", "fr_fabric"),
            ("FR treatment of customer fabric, with test report", "fr_finishing_service"),
        ),
        needs=(need("Yarn spun from recycled bottles, for FR voile", "recycled_polyester_yarn"),),
        certs=(OEKO, TIS, ISO9001),
    ),
    sme(
        (45, TH, SPORT, MID, "Samut Sakhon", "ผ้าใบเคลือบ มหาชัย", "mahachai.tarp@gmail.com"),
        offers=(
            ("ผ้าใบเคลือบ PVC กันน้ำ ม้วนละ 50 หลา", "tarpaulin_fabric"),
            ("ผ้าร่ม 210D กันน้ำ ทำโคมแขวนกลางแจ้ง", "waterproof_polyester_fabric"),
        ),
        needs=(unmet("เส้นด้ายไนลอน 840D สำหรับทอผ้าใบ", "nylon yarn: no one offers it"),),
        certs=(TIS,),
    ),
    sme(
        (46, EN, SPORT, UP, "Chonburi", "Amata rPET Yarns", "sales@amatarpet.com"),
        offers=(("AmataCycle rPET filament yarn 75D/150D, dope-dyed", "recycled_polyester_yarn"),),
        needs=(need("Post-consumer PET, flakes or whole bottles", "used_pet_bottles"),),
        bcg=(CIRCULAR,),
    ),
    sme(
        (47, TH, SPORT, DOWN, "Bangkok", "สปอร์ตเสื้อวิ่ง ดีไซน์", "runshirt.bkk@gmail.com"),
        offers=(
            ("เสื้อวิ่งพิมพ์ลาย งานวิ่ง ผ้า rPET", "rpet_tshirt"),
            ("เสื้อกีฬาสั่งผลิต ขั้นต่ำ 100 ตัว", "sports_jersey"),
        ),
        needs=(
            need("ผ้าไมโครโพลีรีไซเคิล ทำเสื้อวิ่ง ไม่เอาใยใหม่", "rpet_fabric"),
            need("หาร้านสกรีนเสื้อ งานด่วน", "screen_printing_service"),
        ),
    ),
    sme(
        (48, EN, SPORT, MID, "Pathum Thani", "Pathum Screen and Sublimation", "print@pathumscreen.com"),
        offers=(("Screen printing and sublimation on customer garments", "screen_printing_service"),),
        needs=(
            unmet(
                "Water-based textile inks with OEKO-TEX",
                "printing inks: no ink seller in the set",
                req=(OEKO,),
            ),
        ),
    ),
    sme(
        (49, TH, SPORT, DOWN, "Chiang Mai", "เชียงใหม่ ไนท์รัน ยี่เป็ง", "cmnightrun@gmail.com"),
        needs=(
            need("อยากได้เสื้อที่ทำจากขวดน้ำรีไซเคิล แจกนักวิ่ง 3,000 ตัว", "rpet_tshirt"),
            need("เทปสะท้อนแสง เย็บติดเสื้อ", "reflective_tape"),
            need("ไฟแฟรี่กันน้ำ แขวนตามเส้นทางวิ่ง", "led_string_lights"),
        ),
    ),
    sme(
        (50, EN, SPORT, MID, "Samut Prakan", "Reflecto Safety Trims", "sales@reflecto.co.th"),
        offers=(("Sew-on reflective tape 25 mm, silver", "reflective_tape"),),
        certs=(TIS,),
    ),
    sme(
        (51, TH, SPORT, MID, "Nakhon Ratchasima", "โรงถักผ้า โคราช", "korat.knit@gmail.com"),
        offers=(
            ("ผ้าไมโคร (โทเร) ถัก เนื้อบาง ระบายอากาศ", "polyester_knit_fabric"),
            ("ผ้าถักจากเส้นใยรีไซเคิล rPET", "rpet_fabric"),
            ("ผ้ายืดคอตตอน 100% หน้ากว้าง 72 นิ้ว", "cotton_jersey_fabric"),
        ),
        needs=(need("เส้นใยโพลีเอสเตอร์รีไซเคิล ชนิดเส้นยาว", "recycled_polyester_yarn"),),
    ),
    sme(
        (52, EN, SPORT, DOWN, "Phuket", "Andaman Beach Run Events", "run@andamanbeachrun.com"),
        needs=(
            need("Dry-fit finisher shirts, 1,500 pcs", "sports_jersey", "rpet_tshirt"),
            need("Finish arch dressed with Lanna lanterns, installed and removed", "lantern_decoration_service"),
        ),
    ),
    sme(
        (53, TH, SPORT, MID, "Chonburi", "บางแสน เคมีสิ่งทอ", "bangsaen.textchem@gmail.com"),
        offers=(
            ("รับเคลือบกันไฟ ผ้าม่าน ผ้าตกแต่งงาน", "fr_finishing_service"),
            ("ผ้ากันไฟ Trevira CS สีขาว กว้าง 150 ซม.", "fr_fabric"),
        ),
        needs=(unmet("สารหน่วงไฟสูตรไม่มีฮาโลเจน", "flame-retardant chemical: no chemical seller in the set"),),
    ),
    sme(
        (54, EN, SPORT, MID, "Bangkok", "Lumina LED Components", "sales@luminaled.co.th"),
        offers=(
            ("E14 LED lantern bulb sets with 5 m cable, TIS", "led_lantern_kit"),
            ("Warm-white fairy light strings, 10 m", "led_string_lights"),
        ),
        certs=(TIS,),
    ),
    sme(
        (55, TH, SPORT, MID, "Nonthaburi", "ไฟประดับโคม นนทบุรี", "faipradab.nbi@gmail.com"),
        offers=(
            ("ชุดสายไฟหลอดแอลอีดี ใส่โคม ราคาส่ง", "led_lantern_kit"),
            ("ไฟกะพริบ ไฟแฟรี่ ม้วนละ 20 เมตร", "led_string_lights"),
        ),
    ),
)

# Part 4: ageing lifestyle, central and south: hotels, temples, care homes, festivals, shops, makers.
PART_4 = (
    sme(
        (56, EN, AGE_C, DOWN, "Bangkok", "Riverside Grand Hotel Bangkok", "procurement@riversidegrand.com"),
        needs=(
            need("Silk lanterns for the Loy Krathong gala", "silk_lantern"),
            need("Fire-safe drapery cloth, OEKO-TEX certified", "fr_fabric", req=(OEKO,)),
            unmet(
                "Lanterns of GOTS organic cotton",
                "no lantern maker holds GOTS",
                "fabric_lantern",
                req=(GOTS,),
            ),
        ),
    ),
    sme(
        (57, TH, AGE_C, DOWN, "Sukhothai", "คณะกรรมการงานลอยกระทง เผาเทียนเล่นไฟ สุโขทัย", "loykrathong.skt@gmail.com"),
        needs=(
            need("โคมสาแขวนประดับงาน 2,000 ลูก", "saa_paper_lantern"),
            need("ตุงผ้าทอ ประดับซุ้มประตูงาน", "tung_flag"),
            need("กระทงธรรมชาติ ลอยน้ำ 3,000 ใบ", "krathong"),
        ),
    ),
    sme(
        (58, EN, AGE_C, DOWN, "Nonthaburi", "Golden Years Care Home", "care@goldenyears.co.th"),
        needs=(
            need("Lantern-making kits for residents' craft hour", "diy_lantern_kit"),
            need("Someone to lead a Loy Krathong lantern workshop?", "lantern_workshop_service"),
            need("Open-back adaptive shirts, soft cotton", "adaptive_garment"),
        ),
    ),
    sme(
        (59, TH, AGE_C, MID, "Phra Nakhon Si Ayutthaya", "กลุ่มผู้สูงวัยทำโคม กรุงเก่า", "krungkao.khom@gmail.com"),
        offers=(
            ("ชุดประดิษฐ์โคมกระดาษ ทำเองได้ แพ็ก 10 ชุด", "diy_lantern_kit"),
            ("รับสอนทำโคม ตามบ้านพักผู้สูงอายุ โรงแรม", "lantern_workshop_service"),
        ),
        needs=(need("กระดาษปอสา ขนาด A4", "saa_paper"),),
        certs=(OTOP,),
    ),
    sme(
        (60, EN, AGE_C, DOWN, "Bangkok", "Wat Saeng Tham Foundation", "office@watsaengtham.org"),
        needs=(
            need("Saffron robe sets (trai chiwon) for 300 monks", "monk_robe_set"),
            need("Handwoven cotton for temple banners", "handwoven_cotton_fabric"),
        ),
    ),
    sme(
        (61, TH, AGE_C, DOWN, "Bangkok", "ร้านสังฆภัณฑ์ เสาชิงช้า", "saochingcha.sangkha@gmail.com"),
        offers=(
            ("ไตรจีวร ผ้ามัสลิน สีพระราชนิยม", "monk_robe_set"),
            ("ผ้าไตรครบชุด สำหรับถวายพระ", "monk_robe_set"),
        ),
        needs=(
            need("ผ้ามัสลินสีขาว ยังไม่ย้อม สำหรับตัดจีวร", "bleached_cotton_fabric"),
            need("หาที่ย้อมสีกรักจากแก่นขนุน ผ้าของร้านเอง", "natural_dyeing_service"),
        ),
    ),
    sme(
        (62, TH, AGE_C, DOWN, "Samut Songkhram", "อัมพวา ริมคลอง โฮมสเตย์", "amphawa.rimkhlong@gmail.com"),
        needs=(
            need("โคมกระดาษแขวนริมคลอง 60 ลูก ไม่จำเป็นต้องมี OTOP", "saa_paper_lantern", waive=(OTOP,)),
            need("ผ้าคาดโต๊ะ โทนคราม 20 ผืน", "table_linen"),
        ),
    ),
    sme(
        (63, TH, AGE_C, MID, "Nakhon Pathom", "ห้องเสื้อผู้สูงวัย นครปฐม", "suawsungwai.npt@gmail.com"),
        offers=(
            ("เสื้อผ่าหลังติดตีนตุ๊กแก สำหรับผู้ป่วยติดเตียง", "adaptive_garment"),
            ("รับตัดเย็บชุดผู้สูงอายุตามแบบ ผ้าจากลูกค้า", "sewing_service"),
        ),
        needs=(need("ผ้าฝ้ายเนื้อนุ่ม ผ่านโอเคเทกซ์", "bleached_cotton_fabric", "cotton_jersey_fabric", req=(OEKO,)),),
    ),
    sme(
        (64, EN, AGE_C, DOWN, "Bangkok", "Siam Event Decor", "hello@siameventdecor.com"),
        offers=(("Lantern installations for weddings and galas", "lantern_decoration_service"),),
        needs=(
            need("Red and gold satin for Chinese-style lanterns", "satin_fabric"),
            need("Flame-proofing for our decor fabric", "fr_finishing_service"),
            unmet("Powder-coated steel lantern frames", "metal frames: only bamboo frames are offered"),
        ),
    ),
    sme(
        (65, TH, AGE_C, MID, "Bangkok", "ผ้าต่วน สำเพ็ง", "sampeng.satin@gmail.com"),
        offers=(
            ("ผ้าต่วนแดง ผ้าซาตินทอง สำหรับโคมจีน", "satin_fabric"),
            ("ผ้าออแกนซ่า ผ้าโปร่ง หลายสี ขายส่ง", "sheer_fabric"),
        ),
    ),
    sme(
        (66, EN, AGE_C, DOWN, "Sukhothai", "Sukhothai Heritage Resort", "buying@sukhothaiheritage.com"),
        needs=(
            need("Hotel lanterns of handmade paper, FSC-certified", "saa_paper_lantern", req=(FSC,)),
            need("Hemp cloth for lampshades, natural colour", "hemp_fabric"),
        ),
    ),
    sme(
        (67, TH, AGE_C, DOWN, "Phra Nakhon Si Ayutthaya", "โรงแรมริมน้ำ กรุงเก่า", "rimnam.krungkao@gmail.com"),
        needs=(
            need("ต้องการทีมตกแต่งโคมไฟ งานลอยกระทงริมน้ำ", "lantern_decoration_service"),
            need("กระทงย่อยสลายได้ 500 ใบ", "krathong"),
        ),
    ),
    sme(
        (68, TH, AGE_C, MID, "Nonthaburi", "กลุ่มผู้สูงอายุทำกระทง บางกรวย", "bangkruai.krathong@gmail.com"),
        offers=(
            ("กระทงใบตองหยวกกล้วย ลอยน้ำได้", "krathong"),
            ("กระทงผ้าไหมเศษ ของที่ระลึก ตั้งโชว์", "krathong_souvenir"),
        ),
        needs=(need("เศษผ้าไหม ชิ้นเล็ก", "silk_scraps"),),
    ),
    sme(
        (69, EN, AGE_C, DOWN, "Bangkok", "Chao Phraya Lifestyle Store", "shop@cplifestyle.co.th"),
        needs=(
            need("Mor hom shirts for tourists, S-XL", "indigo_dyed_shirt"),
            need("Gift-boxed small paper lanterns with OTOP mark", "saa_paper_lantern", req=(OTOP,)),
            unmet(
                "Fairtrade-certified lanterns",
                "no lantern maker holds Fairtrade",
                "saa_paper_lantern",
                "fabric_lantern",
                req=(FAIRTRADE,),
            ),
        ),
    ),
    sme(
        (70, TH, AGE_C, DOWN, "Nonthaburi", "บ้านพักคนชรา ร่มไทร", "romsai.eldercare@gmail.com"),
        needs=(
            need("อยากได้ชุดทำโคมให้ผู้สูงอายุทำเล่นช่วงยี่เป็ง", "diy_lantern_kit"),
            need("ผ้าห่มฝ้ายนุ่ม ๆ ไม่ต้องมี OTOP", "cotton_blanket", waive=(OTOP,)),
        ),
    ),
    sme(
        (71, EN, AGE_C, MID, "Bangkok", "Krung Thep Sewing Co-op", "coop@krungthepsewing.com"),
        offers=(("CMT sewing from 200 pcs, your fabric and patterns", "sewing_service"),),
        needs=(unmet("Industrial sewing thread, 5,000 cones", "sewing thread: no thread seller in the set"),),
    ),
    sme(
        (72, TH, AGE_C, DOWN, "Lopburi", "ศูนย์ดูแลผู้สูงอายุ ลพบุรี", "lopburi.eldercentre@gmail.com"),
        needs=(
            need("เสื้อผู้ป่วยแบบผ่าหลัง", "adaptive_garment"),
            unmet("ผ้าปูที่นอนฝ้าย ต้องมี มอก.", "bed sheets: no one offers them", req=(TIS,)),
        ),
    ),
    sme(
        (73, EN, AGE_C, DOWN, "Kanchanaburi", "River Kwai Lantern Fair", "fair@riverkwailantern.org"),
        needs=(
            need("Khom loi nam (river lanterns), 1,000 pcs", "floating_lantern"),
            need(
                "Printed crew shirts for 400 volunteers, GRS welcome but not required",
                "event_tshirt",
                "rpet_tshirt",
                waive=(GRS,),
            ),
        ),
    ),
    sme(
        (74, TH, AGE_C, MID, "Bangkok", "สกรีนเสื้อ ประตูน้ำ", "pratunam.screen@gmail.com"),
        offers=(
            ("เสื้อยืดคอตตอนสกรีนลาย งานอีเวนต์ ขั้นต่ำ 50 ตัว", "event_tshirt"),
            ("รับสกรีนผ้า สกรีนเสื้อ งานของลูกค้า", "screen_printing_service"),
        ),
        needs=(need("ผ้าเจอร์ซีย์ฝ้ายล้วน สีขาว ยกม้วน", "cotton_jersey_fabric"),),
    ),
    sme(
        (75, TH, AGE_C, MID, "Sukhothai", "ผ้าทอหาดเสี้ยว ศรีสัชนาลัย", "hatsiao.weave@gmail.com"),
        offers=(
            ("ผ้าปูโต๊ะ ผ้ารองจาน ทอมือ", "table_linen"),
            ("ผ้าฝ้ายทอลายตีนจก ขายเป็นเมตร", "handwoven_cotton_fabric"),
        ),
        needs=(need("ฝ้ายย้อมสีธรรมชาติ เส้นเล็ก ไม่เอาสีเคมี", "natural_dyed_cotton_yarn"),),
        certs=(OTOP,),
    ),
)

# Part 5: ageing lifestyle Isan, and the south: silk, blankets, temples, festivals, batik.
PART_5 = (
    sme(
        (
            76,
            EN,
            AGE_I,
            DOWN,
            "Nakhon Phanom",
            "Nakhon Phanom Fire Boat Festival Office",
            "lairueafai@nakhonphanom.org",
        ),
        needs=(
            need("Fire-retardant cloth for the illuminated boat frames", "fr_fabric"),
            need(
                "Twinkle lights for the riverbank, Thai Industrial Standard required", "led_string_lights", req=(TIS,)
            ),
        ),
    ),
    sme(
        (77, TH, AGE_I, DOWN, "Ubon Ratchathani", "ชมรมผู้สูงอายุทำโคมผ้า อุบลฯ", "ubon.khomphaa@gmail.com"),
        offers=(
            ("โคมผ้าไหมมัดหมี่ ทรงกลม 35 ซม.", "silk_lantern"),
            ("โคมผ้าขาวม้า แขวนหน้าบ้าน", "fabric_lantern"),
        ),
        needs=(
            need("ผ้าไหมเหลือใช้ ชิ้นเล็กชิ้นน้อย", "silk_scraps"),
            need("โครงไผ่ขึ้นรูปแล้ว สำหรับทำโคมกลม", "bamboo_lantern_frame"),
        ),
        certs=(OTOP,),
    ),
    sme(
        (78, EN, AGE_I, MID, "Khon Kaen", "Khon Kaen Mudmee Silk Weavers", "mudmee@kksilk.com"),
        offers=(
            ("Mudmee silk, natural dyes, 4 m lengths", "silk_fabric"),
            ("Silk thrums and weaving waste", "silk_scraps"),
        ),
        needs=(need("Native silk thread, must carry the Peacock Emblem", "silk_yarn", req=(PEACOCK,)),),
        certs=(PEACOCK,),
    ),
    sme(
        (79, TH, AGE_I, DOWN, "Khon Kaen", "โรงแรมแก่นนคร", "kaennakhon.hotel@gmail.com"),
        needs=(
            need("โคมผ้าไหม ประดับล็อบบี้ 40 ลูก", "silk_lantern"),
            need("ผ้าม่านกันไฟ ห้องจัดเลี้ยง ต้องมี มอก.", "fr_fabric", req=(TIS,)),
        ),
    ),
    sme(
        (80, EN, AGE_I, MID, "Roi Et", "Roi Et Cotton Blanket Group", "blankets@roietcotton.com"),
        offers=(
            ("Handwoven cotton blankets, double size", "cotton_blanket"),
            ("Checked pha khao ma, 1 x 2 m", "pakhaoma_cloth"),
        ),
        needs=(
            need("Coarse village-spun cotton for blanket weft", "handspun_cotton_yarn"),
            unmet("Kapok floss for quilt filling", "kapok: no one offers it"),
        ),
        certs=(OTOP,),
    ),
    sme(
        (81, TH, AGE_I, DOWN, "Udon Thani", "ร้านของฝากอุดร", "udon.khongfak@gmail.com"),
        needs=(
            need("ผ้าขาวม้าทอมือ ลายตาราง", "pakhaoma_cloth"),
            need("กระเป๋าผ้าย้อมคราม", "cotton_tote_bag"),
            need("ผ้าคล้องคอสีคราม ของฝาก", "indigo_scarf"),
        ),
    ),
    sme(
        (82, EN, AGE_I, MID, "Sakon Nakhon", "Sakon Indigo Bags", "bags@sakonindigo.com"),
        offers=(("Tote bags of handwoven cotton dyed with indigo", "cotton_tote_bag"),),
        needs=(need("Khram cloth, cotton, cut lengths, no synthetic indigo", "indigo_dyed_cotton_fabric"),),
    ),
    sme(
        (83, TH, AGE_I, MID, "Nakhon Ratchasima", "ผ้าไหมปักธงชัย", "pakthongchai.silk@gmail.com"),
        offers=(("ผ้าไหมปักธงชัย ตรานกยูงพระราชทาน", "silk_fabric"),),
        needs=(need("ฝาง ครั่ง สำหรับย้อมไหม", "natural_dye_materials"),),
        certs=(PEACOCK,),
    ),
    sme(
        (84, EN, AGE_I, DOWN, "Udon Thani", "Udon Senior Living", "care@udonsenior.com"),
        needs=(
            need("Lantern crafting sessions for elders, monthly", "lantern_workshop_service"),
            need("Back-opening nightgowns", "adaptive_garment"),
            unmet("Compression stockings, medical grade", "medical hosiery: no one offers it"),
        ),
    ),
    sme(
        (85, TH, AGE_I, DOWN, "Sakon Nakhon", "วัดป่าศรีสว่าง", "watpasisawang@gmail.com"),
        needs=(
            need("ชุดสบง จีวร สังฆาฏิ สีกรัก 50 ชุด", "monk_robe_set"),
            need("ทุงอีสาน ถวายวัด", "tung_flag"),
        ),
    ),
    sme(
        (86, EN, AGE_I, MID, "Nong Khai", "Mekong Saa Crafts", "mekongsaa@gmail.com"),
        offers=(
            ("Floating lanterns of saa paper on banana-trunk base", "floating_lantern"),
            ("Sky lanterns, biodegradable, no wire", "sky_lantern"),
        ),
        needs=(need("Thin kozo-style paper, 30 gsm", "saa_paper"),),
    ),
    sme(
        (87, TH, AGE_I, DOWN, "Roi Et", "คณะกรรมการงานบุญผะเหวด ร้อยเอ็ด", "bunphawet.roiet@gmail.com"),
        needs=(
            need("ผ้าดิบผืนยาว สำหรับเขียนภาพผะเหวด ไม่ต้องมี มอก.", "greige_cotton_fabric", waive=(TIS,)),
            need("ว่าวไฟ โคมลอยแบบไม่มีลวด", "sky_lantern"),
        ),
    ),
    sme(
        (88, TH, AGE_I, UP, "Buriram", "กลุ่มเลี้ยงไหม บุรีรัมย์", "buriram.silkfarm@gmail.com"),
        offers=(
            ("รังไหมสีเหลือง อบแห้ง", "silk_cocoons"),
            ("ไหมสาวเครื่อง 20/22 ดีเนียร์", "silk_yarn"),
        ),
        needs=(unmet("กิ่งพันธุ์หม่อน 2,000 ต้น", "mulberry saplings: no nursery in the set"),),
    ),
    sme(
        (89, TH, AGE_I, MID, "Khon Kaen", "รับทำโคมผ้า ขอนแก่น", "kk.khomphaa@gmail.com"),
        offers=(
            ("รับทำโคมจากผ้าของลูกค้า ขั้นต่ำ 20 ลูก", "lantern_making_service"),
            ("รับเย็บผ้าม่าน ผ้าปูโต๊ะ ตามสั่ง", "home_textile_sewing_service"),
        ),
        needs=(need("ผ้าแพรแดง ม้วนละ 30 หลา", "satin_fabric"),),
    ),
    sme(
        (90, EN, AGE_I, DOWN, "Ubon Ratchathani", "Ubon Candle Festival Organisers", "candle@ubonfestival.org"),
        needs=(
            need("We send our own silk; lanterns to be made from it", "lantern_making_service"),
            need("Small lamp sets to light our lanterns, 300 pcs", "led_lantern_kit"),
            unmet("Embroidery of our logo on staff sashes", "embroidery: only screen printing is offered"),
        ),
    ),
    sme(
        (91, TH, AGE_I, DOWN, "Surin", "โฮมสเตย์ผ้าไหม สุรินทร์", "surin.silkhomestay@gmail.com"),
        needs=(
            need("อุปกรณ์ให้แขกทำโคมเอง ครบชุด", "diy_lantern_kit"),
            need("ผ้าไหมทอมือ ไม่ต้องมีตรานกยูง", "silk_fabric", waive=(PEACOCK,)),
        ),
    ),
    sme(
        (92, EN, AGE_I, MID, "Maha Sarakham", "Sarakham Cotton Spinners", "spin@sarakhamcotton.com"),
        offers=(
            ("Handspun cotton yarn, Isan, undyed", "handspun_cotton_yarn"),
            ("Hand-spun cotton dyed with lac and ebony", "natural_dyed_cotton_yarn"),
        ),
        needs=(
            need("Cotton bolls from local farms", "raw_cotton"),
            unmet("Eri silk roving", "eri silk: no one offers it"),
        ),
    ),
    sme(
        (93, TH, HEMP, MID, "Songkhla", "ผ้าบาติก สงขลา", "songkhla.batik@gmail.com"),
        offers=(("ผ้าปาเต๊ะเขียนเทียน ลายทะเล", "batik_fabric"),),
        needs=(
            need("ผ้าฝ้ายขาวเนื้อแน่น สำหรับเขียนเทียน", "bleached_cotton_fabric"),
            unmet("ขี้ผึ้งแท้สำหรับเขียนลายบาติก", "beeswax: no one offers it"),
        ),
    ),
    sme(
        (94, EN, AGE_C, DOWN, "Phuket", "Kata Bay Resort", "purchasing@katabayresort.com"),
        needs=(
            need("Batik cloth by the metre for cushion covers", "batik_fabric"),
            need("Lanterns that sit on the water for our lagoon, no styrofoam", "floating_lantern"),
            unmet("GOTS organic cotton bathrobes", "bathrobes: no one offers them", req=(GOTS,)),
        ),
    ),
    sme(
        (95, TH, AGE_C, DOWN, "Nakhon Si Thammarat", "คณะกรรมการงานแห่ผ้าขึ้นธาตุ นครศรีฯ", "haephakhuenthat@gmail.com"),
        needs=(
            need("ผ้าพระบฏ ผ้าขาวยาว 100 เมตร", "bleached_cotton_fabric"),
            need("ทีมติดตั้งโคมไฟประดับ งานเดือนสิบ", "lantern_decoration_service"),
        ),
    ),
)

# ------------------------------------------------------------------ links

SMES: tuple[Sme, ...] = (*PART_1, *PART_2, *PART_3, *PART_4, *PART_5)


def qualified_suppliers(buyer: Sme, item: Need, smes: tuple[Sme, ...]) -> list[Sme]:
    """Suppliers other than the buyer with an offer labelled as the need asks and every required certification."""
    wanted = set(item.labels)
    return [
        supplier
        for supplier in smes
        if supplier.num != buyer.num
        and any(label in wanted for _, label in supplier.offers)
        and set(item.req) <= set(supplier.certs)
    ]


def true_links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for item in buyer.needs:
            if item.unmet is None:
                links.update((supplier.id, buyer.id) for supplier in qualified_suppliers(buyer, item, smes))
    return sorted(links)


# ------------------------------------------------------------------ checks

_ID = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
_LABEL = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_EMAIL = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
_THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
_LATIN_EDGE = "A-Za-z0-9"


def _mention_regex(phrase: str, *, ignore_case: bool) -> re.Pattern[str]:
    tokens = [token for token in re.split(r"[\s\-.]+", unicodedata.normalize("NFKC", phrase)) if token]
    body = r"[\s\-.]*".join(re.escape(token) for token in tokens)
    return re.compile(rf"(?<![{_LATIN_EDGE}]){body}(?![{_LATIN_EDGE}])", re.IGNORECASE if ignore_case else 0)


_NAMED: dict[str, tuple[re.Pattern[str], ...]] = {
    cert.name: (
        *(_mention_regex(m, ignore_case=True) for m in cert.mentions),
        *(_mention_regex(m, ignore_case=False) for m in cert.case_sensitive_mentions),
        *(re.compile(unicodedata.normalize("NFKC", p)) for p in cert.patterns),
    )
    for cert in CERTIFICATIONS
}


def named_certifications(text: str) -> set[str]:
    """Certifications a text names at all, whether it asks for them or waives them."""
    text = unicodedata.normalize("NFKC", text)
    return {name for name, patterns in _NAMED.items() if any(p.search(text) for p in patterns)}


def _letters(text: str) -> tuple[int, int, int]:
    """(Thai letters, ASCII letters, other letters) in a text."""
    thai = latin = other = 0
    for char in text:
        if _THAI_CHAR.match(char):
            thai += unicodedata.category(char).startswith(("L", "M"))
        elif char.isascii() and char.isalpha():
            latin += 1
        elif char.isalpha():
            other += 1
    return thai, latin, other


def language_problem(text: str, lang: str) -> str | None:
    thai, latin, other = _letters(text)
    if other:
        return "letters that are neither Thai nor ASCII Latin"
    if lang == EN and thai:
        return "Thai letters in an English phrase"
    if lang == TH and thai < 0.6 * (thai + latin):
        return "a Thai phrase that is not mostly Thai letters"
    return None


def check(smes: tuple[Sme, ...]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if [s.num for s in smes] != list(range(1, len(smes) + 1)):
        errors.append("ids are not blk-001 ... in order without gaps")
    offered_by: dict[str, set[int]] = {}
    for s in smes:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.num)

    for s in smes:
        where = s.id
        if not _ID.match(s.id):
            errors.append(f"{where}: malformed id")
        if s.lang not in (TH, EN):
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub_cluster not in {v.value for v in SubCluster}:
            errors.append(f"{where}: sub-cluster {s.sub_cluster!r}")
        if s.stage not in {v.value for v in Stage}:
            errors.append(f"{where}: stage {s.stage!r}")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} is not an English province name")
        for cert in s.certs:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not a canonical name")
        if len(set(s.certs)) != len(s.certs) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: repeated certification or BCG tag")
        for tag in s.bcg:
            if tag not in {v.value for v in BcgTag}:
                errors.append(f"{where}: BCG tag {tag!r}")
        if not _EMAIL.match(s.email):
            errors.append(f"{where}: e-mail {s.email!r}")
        if not s.name.strip() or s.name != s.name.strip():
            errors.append(f"{where}: empty or padded name")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        phrases = [s.name, *(text for text, _ in s.offers), *(n.text for n in s.needs)]
        for phrase in phrases:
            if not phrase.strip() or phrase != phrase.strip() or "  " in phrase:
                errors.append(f"{where}: empty or badly spaced phrase {phrase!r}")
            problem = language_problem(phrase, s.lang)
            if problem:
                errors.append(f"{where}: {problem}: {phrase!r}")
        for text, label in s.offers:
            if not _LABEL.match(label):
                errors.append(f"{where}: bad label {label!r}")
            claimed = find_certifications(text) - set(s.certs)
            if claimed:
                errors.append(f"{where}: offer {text!r} claims {sorted(claimed)} that the SME does not hold")
        texts = [n.text for n in s.needs] + [t for t, _ in s.offers]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: repeated phrase")
        for item in s.needs:
            what = f"{where}: need {item.text!r}"
            for label in item.labels:
                if not offered_by.get(label, set()) - {s.num}:
                    errors.append(f"{what}: label {label!r} is offered by no one else")
            if item.unmet is None and not item.labels:
                errors.append(f"{what}: a met need lists no labels")
            named = named_certifications(item.text)
            for cert in (*item.req, *item.waive):
                if resolve_certification(cert) != cert:
                    errors.append(f"{what}: certification {cert!r} is not a canonical name")
                if cert not in named:
                    errors.append(f"{what}: {cert!r} is not named in the text")
            if set(item.req) & set(item.waive):
                errors.append(f"{what}: a certification both required and waived")
            extra = named - set(item.req) - set(item.waive)
            if extra:
                errors.append(f"{what}: names {sorted(extra)} without requiring or waiving it")
            suppliers = qualified_suppliers(s, item, smes)
            if item.unmet is None and not suppliers:
                errors.append(f"{what}: no qualified supplier")
            if item.unmet is not None and suppliers:
                errors.append(f"{what}: marked unmet but met by {[x.id for x in suppliers]}")
    return errors


def size_problems(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> list[str]:
    problems: list[str] = []
    by_id = {s.id: s for s in smes}
    if len(smes) != N_PROFILES:
        problems.append(f"{len(smes)} profiles, not {N_PROFILES}")
    thai_share = sum(s.lang == TH for s in smes) / max(1, len(smes))
    if not 0.52 <= thai_share <= 0.58:
        problems.append(f"Thai share {thai_share:.2f} is not about 55 %")
    if not 160 <= len(links) <= 180:
        problems.append(f"{len(links)} true links, not 160-180")
    cross = sum(by_id[a].lang != by_id[b].lang for a, b in links)
    if links and not 0.42 <= cross / len(links) <= 0.58:
        problems.append(f"cross-language share {cross / len(links):.2f} is not about half")
    n_unmet = sum(n.unmet is not None for s in smes for n in s.needs)
    if not 17 <= n_unmet <= 23:
        problems.append(f"{n_unmet} needs met by no one, not about 20")
    spread = supplier_spread(smes)
    met = sum(spread.values())
    if met and sum(v for k, v in spread.items() if 1 <= k <= 3) / met < 0.7:
        problems.append("fewer than 70 % of met needs are met by 1-3 suppliers")
    if not any(k > 3 for k in spread):
        problems.append("no need is met by more than 3 suppliers")
    return problems


def supplier_spread(smes: tuple[Sme, ...]) -> Counter[int]:
    """How many met needs are met by 1, 2, 3 ... suppliers."""
    return Counter(len(qualified_suppliers(s, n, smes)) for s in smes for n in s.needs if n.unmet is None)


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    row: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certs:
        row["certifications"] = list(s.certs)
    if s.bcg:
        row["bcg"] = list(s.bcg)
    row["contact_email"] = s.email
    row["language"] = s.lang
    return json.dumps(row, ensure_ascii=False)


def counts_table(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> str:
    by_id = {s.id: s for s in smes}
    rows: list[tuple[str, str]] = [("profiles", str(len(smes)))]
    n_th = sum(s.lang == TH for s in smes)
    rows.append(("Thai / English profiles", f"{n_th} / {len(smes) - n_th}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub_cluster == sub.value for s in smes))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage == stage.value for s in smes))))
    regions = Counter(province.region for s in smes if (province := resolve_province(s.province)))
    for region in Region:
        rows.append((f"region {region.value}", str(regions[region])))
    rows.append(("distinct provinces", str(len({s.province for s in smes}))))
    rows.append(("offers", str(sum(len(s.offers) for s in smes))))
    rows.append(("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))))
    needs = [n for s in smes for n in s.needs]
    n_unmet = sum(n.unmet is not None for n in needs)
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(needs) - n_unmet} / {n_unmet}"))
    rows.append(("needs requiring a certification", str(sum(bool(n.req) for n in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(n.waive) for n in needs))))
    spread = supplier_spread(smes)
    rows.append(("met needs by number of suppliers", ", ".join(f"{k}: {spread[k]}" for k in sorted(spread))))
    rows.append(("true links", str(len(links))))
    th_en = sum(by_id[a].lang == TH and by_id[b].lang == EN for a, b in links)
    en_th = sum(by_id[a].lang == EN and by_id[b].lang == TH for a, b in links)
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    share = cross / len(links) if links else 0.0
    rows.append(("cross-language links (share)", f"{cross} ({share:.0%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        )
    )
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


README = """# `eval/{name}`: lanterns and festival lights, plain registry entries

## What the set checks

Whether the matcher finds the true supplier-buyer pairs among {n} SME profiles written in plain
registry style (one short phrase per offer or need) about lanterns and festival lights: Lanna khom
lanterns of saa paper and cloth, hanging fabric lanterns, bamboo lantern frames and ribs, sky and
floating lanterns, LED lantern sets; the Yi Peng, Loi Krathong, candle and fire-boat festival
organisers, hotels, temples, care homes, shops and event decorators that buy them; and the ordinary
upstream and midstream suppliers of the cluster (bark, bamboo, hemp, cotton, silk, dyes, yarn, cloth,
dyeing, printing, sewing, recycled fibre). About 55 % of the profiles are in Thai, the rest in English;
needs are usually worded differently from the offers that meet them, often in the other language.

Hard but fair cases are on purpose: a service versus the goods it works on (indigo dyeing of the
customer's cloth versus indigo-dyed cloth; sewing for others versus garments; lanterns made from the
customer's own cloth versus ready lanterns); waste and used goods versus new (saa paper offcuts, cutting
waste, rags, used clothing, second-hand lanterns, PET bottles); raw versus processed (bark, paper,
lantern; bamboo culms, ribs, frames; fibre, yarn, cloth, product); finished goods described by their
material, colour or technique (a tote bag of indigo-dyed handwoven cotton is a bag); sky lanterns versus
floating lanterns; needs written as a wish, a bare noun phrase or a question; refusals; needs that
require a named certification and needs that name one only to waive it; and needs that no one meets.

## How it was written

By hand. The writer read only section 1 of `shared/contracts/CONTRACTS.md` (the profile and link
formats), `shared/taxonomy.py` with its data files, and the ruff settings of `pyproject.toml`; not the
matcher, the glossary, the tests, other evaluation sets or the project's data. Every profile, offer and
need is a hand-written literal in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `saa_paper` versus `saa_paper_offcuts`).
Every need either lists the offer labels that would meet it and the certifications its text requires,
or is marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some offer
of the supplier carries a label listed by one of the buyer's needs and the supplier's certifications
hold every certification that need requires. An SME is never linked to itself. Shared words play no
part; quantities, prices and places never decide a link; what changes what the thing is does. A
certification that a need names only to waive it ("ไม่ต้องมีตรานกยูง", "GRS welcome but not required") is not
required. The labels live only in `write.py`; `profiles.jsonl` carries none.

Before writing, the script checks that ids are unique and well formed, every contract field is valid
(sub-cluster, stage and BCG values from `shared.taxonomy`, provinces resolved by `resolve_province`,
certifications by `resolve_certification`), every label a need lists is offered by someone other than
the buyer, every met need has a qualified supplier and every unmet one has none, every required or
waived certification is named in the need's text, Thai phrases are mostly Thai letters and English ones
Latin only, and that the sizes are on target. It writes nothing if a check fails.

## How to regenerate

From the repository root:

    .venv/bin/python eval/{name}/write.py

Two runs give identical bytes. The script prints the counts table below.

## Files

- `write.py`: all the data, the labels, the checks and the writer.
- `profiles.jsonl`: {n} profiles in the cluster-profile format, JSONL version 1 (ids `{prefix}-001` to
  `{prefix}-{n:03d}`), UTF-8, one object per line, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    smes = SMES
    errors = check(smes)
    links = true_links(smes)
    errors += size_problems(smes, links)
    table = counts_table(smes, links)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(table, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    profiles = "".join(profile_json(s) + "\n" for s in smes)
    links_csv = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    readme = README.format(name=SET_NAME, n=len(smes), prefix=ID_PREFIX, table=table)
    (OUT / "profiles.jsonl").write_bytes(profiles.encode("utf-8"))
    (OUT / "links.csv").write_bytes(links_csv.encode("utf-8"))
    (OUT / "README.md").write_bytes(readme.encode("utf-8"))
    print(table, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
