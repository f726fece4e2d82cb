"""Write the hand-labelled evaluation set `eval/blind_plain_saapaper/`.

Theme: mulberry (saa) paper and paper crafts, with the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster. Every profile is written here by hand; every offer carries a label saying what
the thing is, and every need lists the labels that would meet it. The true links follow from the labels
alone. Run from the repository root:

    .venv/bin/python eval/blind_plain_saapaper/write.py

The script checks the data and writes `profiles.jsonl`, `links.csv` and `README.md` next to itself;
it writes nothing when a check fails.
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

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shared.taxonomy import (
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

OUT_DIR = Path(__file__).resolve().parent
ID_PREFIX = "bsy"
REGENERATE = ".venv/bin/python eval/blind_plain_saapaper/write.py"

HN = SubCluster.HEMP_NATURAL_FIBRE.value
CT = SubCluster.CIRCULAR_TEXTILE.value
SP = SubCluster.SPORTECH.value
AC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

FSC = "FSC"
OTOP = "OTOP"
GOTS = "GOTS"
GRS = "GRS"
OEKO = "OEKO-TEX Standard 100"
ORGANIC_TH = "Organic Thailand"
ISO9001 = "ISO 9001"
FAIRTRADE = "Fairtrade"
PEACOCK = "Thai Silk Peacock Emblem"
TIS = "Thai Industrial Standard"
GREEN_LABEL = "Thai Green Label"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    required: tuple[str, ...] = ()
    waived: tuple[str, ...] = ()
    unmet_note: str = ""  # set when no one in the set meets the need


@dataclass(frozen=True)
class Sme:
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


def met(text: str, labels: str, required: tuple[str, ...] = (), waived: tuple[str, ...] = ()) -> Need:
    """A need that the offers carrying any of `labels` (space-separated) meet."""
    return Need(text, tuple(labels.split()), required, waived)


def unmet(text: str, note: str, labels: str = "", required: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `note` says why."""
    return Need(text, tuple(labels.split()), required, (), note)


def sme(
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
    return Sme(language, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg)


# ------------------------------------------------------------------ upstream: bark, pulp, fibre, yarn, waste

SMES: list[Sme] = [
    sme(
        "th",
        "วิสาหกิจชุมชนปอสาบ้านห้วยม่วง",
        HN,
        UP,
        "Phrae",
        "huaymuang.posa@gmail.com",
        [("เปลือกปอสาตากแห้ง ขั้นต่ำ 100 กก.", "saa_bark"), ("กล้าปอสา ถุงละ 5 บาท", "saa_seedling")],
        [],
        certs=(ORGANIC_TH,),
        bcg=("bio",),
    ),
    sme(
        "en",
        "Nan Highland Sa Bark Co-op",
        HN,
        UP,
        "Nan",
        "sales@nanhighlandsa.co.th",
        [("paper mulberry inner bark, white strips, 30 kg bales", "saa_bark")],
        [unmet("caustic soda flakes for cooking bark, 25 kg bags", "no one sells chemicals")],
        bcg=("bio",),
    ),
    sme(
        "th",
        "กลุ่มแม่บ้านทำเยื่อสาต้นเปา",
        HN,
        UP,
        "Chiang Mai",
        "tonpao.pulp@gmail.com",
        [("เยื่อสาต้มทุบ พร้อมช้อนแผ่น", "saa_pulp")],
        [met("หาเปลือกต้นสาแห้ง เดือนละ 1 ตัน", "saa_bark")],
        bcg=("bio",),
    ),
    sme(
        "en",
        "Phrae Mulberry Pulp Enterprise",
        HN,
        UP,
        "Phrae",
        "info@phraepulp.com",
        [("Broussonetia pulp, wet lap, 50 kg drums", "saa_pulp"), ("raw sa bark by the truckload", "saa_bark")],
        [unmet("second-hand Hollander beater", "no one sells machinery")],
        bcg=("bio",),
    ),
    sme(
        "th",
        "ไร่ฝ้ายอินทรีย์ด่านซ้าย",
        HN,
        UP,
        "Loei",
        "dansai.cotton@gmail.com",
        [("ฝ้ายดอกปลอดสาร ราคาหน้าไร่", "cotton_lint"), ("ฝ้ายเข็นมือสีตุ่น ไจละ 1 กก.", "cotton_yarn")],
        [],
        certs=(ORGANIC_TH,),
        bcg=("bio", "green"),
    ),
    sme(
        "en",
        "Isan Handspun Cotton Group",
        AI,
        UP,
        "Khon Kaen",
        "handspun.kk@gmail.com",
        [("hand-spun cotton thread, natural brown", "cotton_yarn")],
        [met("seed cotton with Organic Thailand mark, 200 kg", "cotton_lint", required=(ORGANIC_TH,))],
        bcg=("bio",),
    ),
    sme(
        "en",
        "Siam Yarn Trading",
        HN,
        UP,
        "Samut Sakhon",
        "order@siamyarn.co.th",
        [("combed cotton yarn Ne 20/1 on cones", "cotton_yarn")],
        [],
        certs=(GOTS, OEKO),
    ),
    sme(
        "th",
        "กลุ่มกัญชงม้งบ้านแม่สาใหม่",
        HN,
        UP,
        "Chiang Mai",
        "maesamai.hemp@gmail.com",
        [("เส้นใยกัญชงลอกมือ", "hemp_fibre"), ("ด้ายกัญชงเข็นมือ ม้วนละครึ่งกิโล", "hemp_yarn")],
        [],
        bcg=("bio",),
    ),
    sme(
        "en",
        "Tak Hemp Fibre Ltd",
        HN,
        UP,
        "Tak",
        "contact@takhemp.co.th",
        [("decorticated hemp bast fibre, 25 kg bales", "hemp_fibre")],
        [unmet("certified low-THC hemp seed for planting", "no one sells seed")],
        bcg=("bio",),
    ),
    sme(
        "th",
        "ร้านรับซื้อเศษผ้า ป.รุ่งเรือง",
        CT,
        UP,
        "Samut Sakhon",
        "por.rungruang@gmail.com",
        [("เศษผ้าคอตตอนจากโรงงาน คัดสี ขายเป็นกิโล", "textile_scrap")],
        [met("เสื้อผ้ามือสอง ทุกสภาพ ให้ราคาดี", "used_clothing")],
        bcg=("circular",),
    ),
    sme(
        "en",
        "ReThread Sorting Hub",
        CT,
        UP,
        "Pathum Thani",
        "hello@rethread.co.th",
        [
            ("sorted second-hand garments, grade B", "used_clothing"),
            ("shredded post-consumer cotton fibre", "recycled_cotton_fibre"),
        ],
        [met("cutting waste from garment factories, light colours", "textile_scrap")],
        certs=(GRS,),
        bcg=("circular",),
    ),
    sme(
        "th",
        "โกดังเสื้อผ้ามือสองโรงเกลือ",
        CT,
        UP,
        "Sa Kaeo",
        "rongkluea.bale@gmail.com",
        [("ผ้ามือสองเป็นกระสอบ 45 กก. คละไซส์", "used_clothing")],
        [],
        bcg=("circular",),
    ),
    sme(
        "th",
        "วิสาหกิจชุมชนครามบ้านดอนกอย",
        HN,
        UP,
        "Sakon Nakhon",
        "donkoi.khram@gmail.com",
        [("เนื้อครามเปียก ถังละ 5 กก.", "indigo_paste")],
        [unmet("เมล็ดพันธุ์ครามฝักงอ", "no one sells seed")],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        "en",
        "Lanna Natural Colours",
        HN,
        UP,
        "Lampang",
        "colours@lannanatural.com",
        [
            ("lac, ebony fruit and mango bark dyestuff", "natural_dye_material"),
            ("fermented indigo paste (hom)", "indigo_paste"),
        ],
        [],
        bcg=("bio",),
    ),
    sme(
        "th",
        "ป่าไผ่บ้านบ่อสร้าง",
        HN,
        UP,
        "Chiang Mai",
        "bosang.bamboo@gmail.com",
        [("ไผ่ซางตัดสด ลำละ 25 บาท", "bamboo_cane")],
        [unmet("รถกระบะรับจ้างขนไผ่ เชียงใหม่", "no one offers transport")],
        bcg=("bio",),
    ),
    sme(
        "th",
        "ไผ่ตากแห้งโคราช",
        HN,
        UP,
        "Nakhon Ratchasima",
        "korat.phai@gmail.com",
        [("ลำไผ่ตากแห้ง ยาว 3 เมตร อาบน้ำยากันมอด", "bamboo_cane")],
        [],
        bcg=("bio",),
    ),
    sme(
        "en",
        "Green Loop Paper Recovery",
        CT,
        UP,
        "Samut Prakan",
        "recover@greenloop.co.th",
        [("recycled pulp board from craft paper waste", "recycled_paper_pulp")],
        [met("mulberry paper trimmings and rejects, any colour", "paper_scrap")],
        certs=(GRS,),
        bcg=("circular",),
    ),
    sme(
        "th",
        "กลุ่มรีไซเคิลกระดาษสาสันกำแพง",
        CT,
        UP,
        "Chiang Mai",
        "sankamphaeng.recycle@gmail.com",
        [("เศษกระดาษสา ขอบตัด คัดสี", "paper_scrap")],
        [],
        bcg=("circular",),
    ),
]

# ------------------------------------------------------------------ midstream: paper, cloth, dyeing, services

SMES += [
    sme(
        "en",
        "Ton Pao Handmade Paper",
        HN,
        MID,
        "Chiang Mai",
        "sales@tonpaopaper.com",
        [
            ("saa paper sheets with pressed flower petals", "saa_paper"),
            ("mulberry paper offcuts, sold by the sack", "paper_scrap"),
        ],
        [met("sun-dried sa bark from Phrae or Nan, Organic Thailand", "saa_bark", required=(ORGANIC_TH,))],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        "th",
        "โรงกระดาษสาแม่ออน",
        HN,
        MID,
        "Chiang Mai",
        "maeon.saa@gmail.com",
        [("เยื่อสาย้อมสีธรรมชาติ สำหรับโรงทำกระดาษ", "saa_pulp")],
        [
            met("ครามเปียกหรือครั่ง ไว้ย้อมเยื่อ", "indigo_paste natural_dye_material"),
            met("เยื่อปอสาสำเร็จ", "saa_pulp"),
        ],
        bcg=("bio",),
    ),
    sme(
        "en",
        "Lampang Kozo Works",
        HN,
        MID,
        "Lampang",
        "kozo@lampangkozo.com",
        [("unryu tissue 25 gsm on rolls", "saa_paper")],
        [met("cooked mulberry pulp, ready to sheet", "saa_pulp")],
        certs=(FSC,),
        bcg=("bio", "green"),
    ),
    sme(
        "th",
        "บ้านกระดาษสาเชียงราย",
        HN,
        MID,
        "Chiang Rai",
        "baansaa.cr@gmail.com",
        [("กระดาษสาเนื้อหนา ทำปกสมุด", "saa_paper")],
        [met("เปลือกสา ราคาส่ง", "saa_bark")],
        certs=(OTOP,),
        bcg=("bio",),
    ),
    sme(
        "th",
        "ทอผ้าฝ้ายมือบ้านนาข่า",
        AI,
        MID,
        "Udon Thani",
        "nakha.weave@gmail.com",
        [
            ("ผ้าฝ้ายทอมือ ผืนดิบ ไม่ย้อม", "cotton_fabric"),
            ("ผ้าฝ้ายย้อมคราม ทอมือ หน้ากว้าง 1 ม.", "indigo_cotton_fabric"),
        ],
        [met("ด้ายฝ้ายสำหรับทอ เบอร์ 20", "cotton_yarn")],
        certs=(OTOP,),
    ),
    sme(
        "en",
        "Chom Thong Weavers",
        HN,
        MID,
        "Chiang Mai",
        "weave@chomthong.co.th",
        [("greige cotton canvas, 10 oz", "cotton_fabric")],
        [met("GOTS cotton yarn for warp", "cotton_yarn", required=(GOTS,))],
    ),
    sme(
        "en",
        "Indigo House Sakon",
        HN,
        MID,
        "Sakon Nakhon",
        "indigo@indigohouse.co.th",
        [
            ("indigo-dyed cotton yardage, hand loomed", "indigo_cotton_fabric"),
            ("vat dyeing with indigo for your cloth or yarn", "indigo_dyeing_service"),
        ],
        [met("khram paste, natural only, no synthetic indigo", "indigo_paste")],
        bcg=("bio",),
    ),
    sme(
        "th",
        "ร้านรับย้อมครามแม่แจ่ม",
        HN,
        MID,
        "Chiang Mai",
        "maechaem.dye@gmail.com",
        [("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service")],
        [met("ผ้าฝ้ายขาวยังไม่ฟอก ไว้ย้อมขาย", "cotton_fabric")],
    ),
    sme(
        "en",
        "Earth Tone Dye Studio",
        CT,
        MID,
        "Bangkok",
        "studio@earthtone.co.th",
        [("natural dyeing of customer garments and fabric", "natural_dyeing_service")],
        [met("ebony, lac or marigold for dyeing", "natural_dye_material")],
        bcg=("circular", "green"),
    ),
    sme(
        "th",
        "กลุ่มย้อมสีธรรมชาติบ้านดอนหลวง",
        HN,
        MID,
        "Lamphun",
        "donluang.natural@gmail.com",
        [
            ("รับย้อมสีธรรมชาติ ผ้าฝ้าย ผ้าไหม ของลูกค้า", "natural_dyeing_service"),
            ("ผ้าฝ้ายย้อมมะเกลือ สีดำ", "natural_dyed_cotton_fabric"),
        ],
        [],
        certs=(OTOP,),
    ),
    sme(
        "th",
        "ผ้ากัญชงเขียนเทียนดอยปุย",
        HN,
        MID,
        "Chiang Mai",
        "doipui.hemp@gmail.com",
        [("ผ้าใยกัญชงทอมือ เขียนเทียน", "hemp_fabric")],
        [met("ใยเปลือกกัญชง ยังไม่ปั่น", "hemp_fibre")],
        bcg=("bio",),
    ),
    sme(
        "en",
        "Hempathy Textiles",
        HN,
        MID,
        "Chiang Rai",
        "hi@hempathy.co.th",
        [("hemp canvas 12 oz, natural", "hemp_fabric")],
        [met("spun kanchong thread, thick", "hemp_yarn")],
        bcg=("bio",),
    ),
    sme(
        "en",
        "BookCloth Siam",
        HN,
        MID,
        "Nonthaburi",
        "order@bookclothsiam.com",
        [
            ("paper-backed cotton bookcloth, 50 colours", "bookcloth"),
            ("backing your fabric with tissue for bookbinding", "paper_backing_service"),
        ],
        [
            met("plain-weave cotton cloth, unbleached", "cotton_fabric"),
            met("thin FSC kozo for lining", "saa_paper", required=(FSC,)),
        ],
    ),
    sme(
        "th",
        "ผ้าอัดกระดาษทองใบ",
        AC,
        MID,
        "Bangkok",
        "thongbai.cloth@gmail.com",
        [("ผ้าลินินอัดกระดาษ หุ้มปกสมุด กล่อง", "bookcloth")],
        [],
    ),
    sme(
        "en",
        "Sportech Coatings Co",
        SP,
        MID,
        "Samut Prakan",
        "sales@sportechcoat.co.th",
        [("PU-coated waterproof canvas for umbrellas and parasols", "waterproof_canvas")],
        [
            met("greige cotton or poly-cotton base cloth, OEKO-TEX tested", "cotton_fabric", required=(OEKO,)),
        ],
        certs=(OEKO, ISO9001),
    ),
    sme(
        "th",
        "ผ้ากันน้ำสปอร์ตเทคชลบุรี",
        SP,
        MID,
        "Chonburi",
        "chon.sportech@gmail.com",
        [("ผ้าใบเคลือบกันน้ำ กันยูวี ทำร่มสนาม", "waterproof_canvas")],
        [],
    ),
    sme(
        "th",
        "ช่างโครงร่มบ่อสร้าง",
        HN,
        MID,
        "Chiang Mai",
        "bosang.frame@gmail.com",
        [("โครงร่มไม้ไผ่ ซี่ร่มเหลาสำเร็จ", "umbrella_frame")],
        [met("ไผ่ลำ อายุ 3 ปีขึ้นไป", "bamboo_cane")],
    ),
    sme(
        "en",
        "Bo Sang Frame Makers",
        HN,
        MID,
        "Chiang Mai",
        "frames@bosangframe.com",
        [("bamboo umbrella ribs and runners, 20-40 inch", "umbrella_frame")],
        [met("seasoned bamboo culms", "bamboo_cane")],
    ),
    sme(
        "th",
        "รับเพนท์ร่มบ่อสร้าง",
        HN,
        MID,
        "Chiang Mai",
        "bosang.paint@gmail.com",
        [("รับวาดลายบนร่ม พัด กระเป๋า ของลูกค้า", "painting_service")],
        [],
    ),
    sme(
        "en",
        "Lanna Brush Art Studio",
        HN,
        MID,
        "Chiang Mai",
        "brush@lannabrush.com",
        [("hand-painting service on umbrellas, fans and lanterns you supply", "painting_service")],
        [unmet("non-toxic acrylic paints in bulk", "no one sells paint")],
    ),
    sme(
        "th",
        "ร้านเย็บบ้านสวน",
        CT,
        MID,
        "Nakhon Pathom",
        "baansuan.sew@gmail.com",
        [("รับตัดเย็บ ถุงผ้า กระเป๋า ตามแบบ", "sewing_service")],
        [],
    ),
    sme(
        "en",
        "StitchWorks CMT",
        CT,
        MID,
        "Bangkok",
        "cmt@stitchworks.co.th",
        [("CMT sewing, min 200 pcs", "sewing_service")],
        [met("poly-cotton offcuts for stuffing", "textile_scrap")],
        bcg=("circular",),
    ),
    sme(
        "th",
        "กลุ่มตัดเย็บผู้สูงวัยบ้านไผ่",
        AI,
        MID,
        "Khon Kaen",
        "banphai.sew@gmail.com",
        [("รับจ้างเย็บกระเป๋าผ้าทอ ปกสมุดผ้า", "sewing_service")],
        [met("ผ้าทอมือสีคราม ทำกระเป๋า", "indigo_cotton_fabric")],
    ),
    sme(
        "en",
        "Print Lab BKK",
        AC,
        MID,
        "Bangkok",
        "print@printlabbkk.com",
        [("silk screen printing on your paper, cards and tote bags", "screen_printing_service")],
        [unmet("water-based screen inks, food safe", "no one sells ink")],
    ),
    sme(
        "th",
        "สกรีนเชียงใหม่การพิมพ์",
        HN,
        MID,
        "Chiang Mai",
        "cm.screen@gmail.com",
        [("รับสกรีนโลโก้บนกระดาษสา ถุงผ้า", "screen_printing_service")],
        [],
    ),
    sme(
        "th",
        "ร้านเข้าเล่มทำมือสามย่าน",
        AC,
        MID,
        "Bangkok",
        "samyan.bind@gmail.com",
        [("รับเข้าเล่ม เย็บกี่ ไสกาว กระดาษของลูกค้า", "bookbinding_service")],
        [met("ผ้าหุ้มปกแบบมีกระดาษรองหลัง", "bookcloth")],
    ),
    sme(
        "en",
        "Siam Cotton Mill",
        AC,
        MID,
        "Samut Prakan",
        "mill@siamcottonmill.co.th",
        [("bleached cotton sheeting, 110 inch", "cotton_fabric")],
        [met("cotton yarn, no need for Organic Thailand", "cotton_yarn", waived=(ORGANIC_TH,))],
        certs=(OEKO, ISO9001),
    ),
]

# ------------------------------------------------------------------ downstream: makers of finished goods

SMES += [
    sme(
        "th",
        "ร่มบ่อสร้างป้าคำ",
        HN,
        DOWN,
        "Chiang Mai",
        "pakham.rom@gmail.com",
        [("ร่มกระดาษสา เขียนลาย 10-60 นิ้ว", "paper_umbrella")],
        [met("ก้านร่ม หัวร่ม ตุ้มร่ม ไม้ไผ่", "umbrella_frame"), met("จ้างช่างเขียนลายร่ม", "painting_service")],
        certs=(OTOP,),
    ),
    sme(
        "en",
        "Bo Sang Umbrella Centre",
        HN,
        DOWN,
        "Chiang Mai",
        "shop@bosangumbrella.com",
        [
            ("oiled mulberry paper parasols, hand painted", "paper_umbrella"),
            ("cotton Bo Sang umbrellas, waterproofed", "fabric_umbrella"),
        ],
        [
            met("bamboo frames for parasols, 40 in", "umbrella_frame"),
        ],
        certs=(OTOP,),
    ),
    sme(
        "th",
        "ร่มผ้าสันกำแพง",
        HN,
        DOWN,
        "Chiang Mai",
        "sankamphaeng.rom@gmail.com",
        [("ร่มผ้าฝ้าย ร่มสนามกันยูวี", "fabric_umbrella")],
        [met("ผ้าเคลือบกันฝน สำหรับหลังคาร่ม", "waterproof_canvas")],
    ),
    sme(
        "th",
        "ร่มกระดาษลำปาง",
        HN,
        DOWN,
        "Lampang",
        "lampang.rom@gmail.com",
        [("ร่มสาสำหรับงานแต่ง 12 สี", "paper_umbrella")],
        [unmet("กล่องกระดาษลูกฟูก 5 ชั้น สำหรับส่งออก", "no one makes shipping cartons")],
    ),
    sme(
        "th",
        "โคมล้านนาบ้านเหมืองกุง",
        HN,
        DOWN,
        "Chiang Mai",
        "muangkung.khom@gmail.com",
        [("โคมกระดาษสา โคมแขวน โคมรังมดส้ม", "paper_lantern"), ("โคมผ้าฝ้าย โคมไห", "fabric_lantern")],
        [met("กระดาษสาสีแดง สีขาว มัดละ 100 แผ่น", "saa_paper")],
        certs=(OTOP,),
    ),
    sme(
        "en",
        "Yi Peng Lantern Co",
        HN,
        DOWN,
        "Chiang Mai",
        "info@yipenglantern.com",
        [
            ("khom loi sky lanterns, biodegradable", "sky_lantern"),
            ("hanging mulberry paper lanterns, 30 cm", "paper_lantern"),
        ],
        [],
    ),
    sme(
        "en",
        "Isan Lantern & Light",
        AI,
        DOWN,
        "Ubon Ratchathani",
        "light@isanlantern.com",
        [
            ("saa paper lampshades, pendant and table", "lampshade"),
            ("star lanterns from mulberry paper", "paper_lantern"),
        ],
        [met("handmade sheets, 70 gsm, white, FSC only", "saa_paper", required=(FSC,))],
    ),
    sme(
        "th",
        "ดอกไม้กระดาษสาบ้านถวาย",
        HN,
        DOWN,
        "Chiang Mai",
        "tawai.flower@gmail.com",
        [("ดอกไม้กระดาษสา กุหลาบ ลีลาวดี", "paper_flower"), ("ดอกไม้จันทน์ งานศพ", "funeral_flower")],
        [unmet("ลวดพันกระดาษ ทำก้านดอก", "no one sells floral wire")],
        certs=(OTOP,),
    ),
    sme(
        "en",
        "Sukhothai Paper Blooms",
        AC,
        DOWN,
        "Sukhothai",
        "blooms@sukhothaipaper.com",
        [("mulberry paper roses for weddings, box of 100", "paper_flower")],
        [],
    ),
    sme(
        "th",
        "ดอกไม้จันทน์ผู้สูงวัยบางเขน",
        AC,
        DOWN,
        "Bangkok",
        "bangkhen.chan@gmail.com",
        [("ดอกไม้จันทน์ ช่อละ 10 บาท รับทำจำนวนมาก", "funeral_flower")],
        [met("เศษกระดาษสา ไว้ทำกลีบดอก", "paper_scrap")],
        bcg=("circular",),
    ),
    sme(
        "en",
        "Lanna Notebook Studio",
        HN,
        DOWN,
        "Chiang Mai",
        "hello@lannanotebook.com",
        [("notebooks with handwoven cotton covers, A5", "notebook"), ("saa paper photo albums", "photo_album")],
        [
            met("bookcloth, paper-lined", "bookcloth"),
            met("indigo khram cloth, hand woven, 20 m", "indigo_cotton_fabric"),
        ],
    ),
    sme(
        "th",
        "สมุดทำมือปกผ้าขิด หนองบัวลำภู",
        AI,
        DOWN,
        "Nong Bua Lam Phu",
        "nongbua.samut@gmail.com",
        [("สมุดโน้ตปกผ้าขิด ไส้กระดาษสา", "notebook")],
        [met("จ้างเข้าเล่มสมุด เย็บกี่", "bookbinding_service")],
        certs=(OTOP,),
    ),
    sme(
        "en",
        "Paper & Loom Gifts",
        AC,
        DOWN,
        "Nonthaburi",
        "gifts@paperloom.co.th",
        [
            ("gift boxes covered in mudmee silk and saa paper", "gift_box"),
            ("saa paper greeting cards and envelopes", "paper_card"),
        ],
        [
            met("fabric-backed paper for box covering", "bookcloth"),
            unmet("Thai silk offcuts with Peacock Emblem", "no one sells silk", required=(PEACOCK,)),
        ],
    ),
    sme(
        "th",
        "กล่องของขวัญกระดาษสาลำพูน",
        HN,
        DOWN,
        "Lamphun",
        "lamphun.box@gmail.com",
        [("กล่องกระดาษสา ใส่ของชำร่วย", "gift_box")],
        [met("พิมพ์ชื่อร้านลงบนกล่อง ส่งกล่องไปให้", "screen_printing_service")],
    ),
    sme(
        "en",
        "Chiang Mai Card Factory",
        HN,
        DOWN,
        "Chiang Mai",
        "cards@cmcardfactory.com",
        [("handmade mulberry cards, tags and envelopes", "paper_card"), ("mulberry paper fans", "hand_fan")],
        [],
    ),
    sme(
        "th",
        "พัดสาบ้านต้นเปา",
        HN,
        DOWN,
        "Chiang Mai",
        "tonpao.fan@gmail.com",
        [("พัดกระดาษสา พัดจีบ เขียนลาย", "hand_fan")],
        [met("ช่างวาดลวดลาย รับงานนอก", "painting_service")],
    ),
    sme(
        "en",
        "Khon Kaen Weave Bags",
        AI,
        DOWN,
        "Khon Kaen",
        "bags@kkweave.com",
        [("tote bags of indigo-dyed handwoven cotton", "woven_bag")],
        [
            met("khram-dyed cotton cloth, 50 m monthly", "indigo_cotton_fabric"),
        ],
    ),
    sme(
        "th",
        "กระเป๋าผ้าครามสกลนคร",
        AI,
        DOWN,
        "Sakon Nakhon",
        "sakon.bag@gmail.com",
        [("กระเป๋าผ้าคราม ทอมือ ย้อมธรรมชาติ", "woven_bag"), ("เสื้อม่อฮ่อมย้อมคราม", "shirt")],
        [met("ร้านรับย้อมคราม", "indigo_dyeing_service")],
        certs=(OTOP,),
    ),
    sme(
        "en",
        "Mor Hom Phrae Shirts",
        HN,
        DOWN,
        "Phrae",
        "morhom@phraeshirts.com",
        [("mor hom indigo shirts, unisex", "shirt")],
        [
            met("indigo dyeing of our sewn shirts, 500 pcs", "indigo_dyeing_service"),
            met("sewing contractor", "sewing_service"),
        ],
    ),
    sme(
        "th",
        "ถุงกระดาษสาลำปาง",
        HN,
        DOWN,
        "Lampang",
        "lampang.bag@gmail.com",
        [("ถุงกระดาษสาหูเชือก ใส่ของขวัญ", "paper_gift_bag")],
        [met("จ้างพิมพ์โลโก้ลูกค้าบนถุง", "screen_printing_service")],
    ),
    sme(
        "en",
        "Eco Wrap Bangkok",
        CT,
        DOWN,
        "Bangkok",
        "hello@ecowrap.co.th",
        [("paper shopping bags from recycled pulp", "paper_gift_bag")],
        [met("recycled paper pulp, GRS certified", "recycled_paper_pulp", required=(GRS,))],
        bcg=("circular",),
    ),
    sme(
        "th",
        "โคมไฟกระดาษสาเชียงราย",
        HN,
        DOWN,
        "Chiang Rai",
        "cr.lamp@gmail.com",
        [("โคมไฟตั้งโต๊ะกระดาษสา ทรงกลม", "lampshade")],
        [unmet("โครงเหล็กดัดโคมไฟ", "no one makes metal frames")],
    ),
    sme(
        "en",
        "RunThai Events",
        SP,
        DOWN,
        "Bangkok",
        "team@runthai.co.th",
        [("marathon and fun-run organising", "event_service")],
        [met("eco finisher-medal boxes, paper", "gift_box")],
    ),
    sme(
        "th",
        "ร้านกอล์ฟโปรชลบุรี",
        SP,
        DOWN,
        "Chonburi",
        "chon.golfpro@gmail.com",
        [("อุปกรณ์กอล์ฟ ถุงมือกอล์ฟ", "golf_gear")],
        [met("ร่มกอล์ฟผ้า 30 นิ้ว สกรีนโลโก้", "fabric_umbrella")],
    ),
    sme(
        "en",
        "Sportech Bags Co",
        SP,
        DOWN,
        "Pathum Thani",
        "sales@sportechbags.com",
        [("drawstring gym sacks from recycled fabric", "sports_bag")],
        [met("mixed fabric scraps by the kilo", "textile_scrap"), met("PU-coated fabric", "waterproof_canvas")],
        bcg=("circular",),
    ),
    sme(
        "en",
        "Care Craft Foundation",
        AI,
        DOWN,
        "Roi Et",
        "care@carecraft.or.th",
        [("paper folding workshops for seniors", "workshop_service")],
        [met("mulberry paper offcuts for workshops", "paper_scrap")],
        bcg=("circular",),
    ),
    sme(
        "th",
        "ชมรมผู้สูงวัยทำการ์ด บางพลี",
        AC,
        DOWN,
        "Samut Prakan",
        "bangphli.card@gmail.com",
        [("การ์ดกระดาษสาทำมือ ฝีมือผู้สูงอายุ", "paper_card")],
        [met("เยื่อกระดาษรีไซเคิล", "recycled_paper_pulp")],
    ),
    sme(
        "th",
        "ผ้ากัญชงทอมือพะเยา",
        HN,
        MID,
        "Phayao",
        "phayao.hemp@gmail.com",
        [("ผ้ากัญชงผสมฝ้าย ทอมือ", "hemp_fabric")],
        [met("เส้นด้ายกัญชง", "hemp_yarn"), unmet("ขอซื้อไหมอีรี่", "no one sells silk")],
    ),
    sme(
        "th",
        "ผ้าปาเต๊ะบ้านควนโพธิ์",
        HN,
        MID,
        "Trang",
        "khuanpho.batik@gmail.com",
        [("ผ้าปาเต๊ะเขียนมือ ลายดอกชบา", "batik_fabric")],
        [
            met("ผ้าคอตตอนขาว ผ่าน OEKO-TEX ม้วนละ 50 หลา", "cotton_fabric", required=(OEKO,)),
            unmet("เทียนบาติก ขี้ผึ้ง", "no one sells wax"),
        ],
    ),
]

# ------------------------------------------------------------------ downstream: hotels, shops, exporters, care homes

SMES += [
    sme(
        "en",
        "Riverside Heritage Hotel",
        AC,
        DOWN,
        "Bangkok",
        "purchasing@riversideheritage.com",
        [],
        [
            met("lobby lanterns, paper, 60 cm", "paper_lantern"),
            met("in-room notebooks with cloth covers", "notebook"),
            unmet("Fairtrade stationery cards", "no Fairtrade card maker", "paper_card", required=(FAIRTRADE,)),
        ],
    ),
    sme(
        "th",
        "โรงแรมล้านนาบูทีค",
        HN,
        DOWN,
        "Chiang Mai",
        "lanna.boutique@gmail.com",
        [],
        [
            met("ร่มสาตกแต่งล็อบบี้ ขนาดใหญ่", "paper_umbrella"),
            met("ร่มสนามริมสระ กันแดดกันฝน", "fabric_umbrella"),
            unmet("ตุงไส้หมู ประดับงานปีใหม่เมือง", "no one makes tung"),
        ],
    ),
    sme(
        "en",
        "Phuket Beach Resort",
        AC,
        DOWN,
        "Phuket",
        "buyer@phuketbeachresort.com",
        [],
        [
            met("garden parasols, weatherproof", "fabric_umbrella"),
            met("welcome cards on handmade paper, Thai Green Label a plus", "paper_card", waived=(GREEN_LABEL,)),
        ],
    ),
    sme(
        "th",
        "สปาสมุนไพรหัวหิน",
        AC,
        DOWN,
        "Prachuap Khiri Khan",
        "huahin.spa@gmail.com",
        [],
        [met("กล่องใส่ลูกประคบ กระดาษสา", "gift_box"), met("โคมไฟสา ห้องนวด", "lampshade")],
    ),
    sme(
        "en",
        "Silver Years Care Home",
        AC,
        DOWN,
        "Nonthaburi",
        "admin@silveryears.co.th",
        [],
        [
            met("mulberry paper for elderly art therapy", "saa_paper"),
            unmet("paper flower DIY kits with large parts", "no one makes kits"),
            met("OEKO-TEX cotton sheeting for bed linen", "cotton_fabric", required=(OEKO,)),
        ],
    ),
    sme(
        "th",
        "บ้านพักผู้สูงอายุขอนแก่น",
        AI,
        DOWN,
        "Khon Kaen",
        "kk.eldercare@gmail.com",
        [],
        [
            met("ดอกไม้ประดิษฐ์สำหรับเผาศพ", "funeral_flower"),
            met("ชุดผ้าฝ้ายย้อมคราม ใส่สบาย ให้ผู้สูงอายุ", "shirt"),
        ],
    ),
    sme(
        "en",
        "Siam Souvenir Mart",
        AC,
        DOWN,
        "Bangkok",
        "buy@siamsouvenir.com",
        [],
        [
            met("Bo Sang parasols in bulk, mixed sizes", "paper_umbrella fabric_umbrella"),
            met("small paper souvenirs: fans, cards, gift tags", "hand_fan paper_card"),
        ],
    ),
    sme(
        "th",
        "ร้านของฝากท่าแพ",
        HN,
        DOWN,
        "Chiang Mai",
        "thaphae.souvenir@gmail.com",
        [],
        [
            met("โคมแขวน สินค้า OTOP ราคาส่ง", "paper_lantern fabric_lantern", required=(OTOP,)),
            met("สมุดบันทึกทำมือ", "notebook"),
        ],
    ),
    sme(
        "en",
        "Thai Craft Export Co",
        AC,
        DOWN,
        "Samut Prakan",
        "export@thaicraftexport.com",
        [],
        [
            met("FSC mulberry paper for EU buyers", "saa_paper", required=(FSC,)),
            met("paper umbrellas with OTOP mark, export packing", "paper_umbrella", required=(OTOP,)),
        ],
    ),
    sme(
        "th",
        "บริษัทส่งออกหัตถกรรมแหลมฉบัง",
        AC,
        DOWN,
        "Chonburi",
        "laemchabang.export@gmail.com",
        [],
        [
            met("ดอกไม้สาส่งออกญี่ปุ่น ต้องเป็นสินค้าโอทอป", "paper_flower", required=(OTOP,)),
            met("กระดาษสา ไม่ต้องมี FSC", "saa_paper", waived=(FSC,)),
        ],
    ),
    sme(
        "en",
        "Bangkok Wedding Decor",
        AC,
        DOWN,
        "Bangkok",
        "hello@bkkweddingdecor.com",
        [],
        [
            met("parasols for bridesmaids, paper", "paper_umbrella"),
            met("ivory paper roses", "paper_flower"),
        ],
    ),
    sme(
        "th",
        "ร้านสังฆภัณฑ์อยุธยา",
        AC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "ayutthaya.sangkhaphan@gmail.com",
        [],
        [met("ดอกไม้เผาศพ", "funeral_flower"), met("โคมลอย สำหรับงานประเพณี", "sky_lantern")],
    ),
    sme(
        "en",
        "Hug Home Decor",
        AC,
        DOWN,
        "Nonthaburi",
        "shop@hughomedecor.com",
        [],
        [
            met("pendant lamp shades of sa paper", "lampshade"),
            met("anyone making cloth lanterns (khom phaa)?", "fabric_lantern"),
        ],
    ),
    sme(
        "en",
        "Isan Heritage Boutique Hotel",
        AI,
        DOWN,
        "Udon Thani",
        "gm@isanheritagehotel.com",
        [],
        [
            met("handwoven cotton bags as VIP gifts", "woven_bag"),
            met("welcome notebook, OTOP welcome but not required", "notebook", waived=(OTOP,)),
        ],
    ),
    sme(
        "th",
        "ร้านเครื่องเขียนทำมือสยาม",
        AC,
        DOWN,
        "Bangkok",
        "siam.stationery@gmail.com",
        [],
        [
            met("สมุดปกแข็งหุ้มผ้า", "notebook"),
            met("การ์ดอวยพร ซองจดหมาย กระดาษสา", "paper_card"),
            met("อัลบั้มรูป", "photo_album"),
        ],
    ),
    sme(
        "en",
        "Chiang Mai Airport Souvenir",
        HN,
        DOWN,
        "Chiang Mai",
        "shop@cnxsouvenir.com",
        [],
        [
            met("miniature paper umbrellas, 10 inch, OTOP only", "paper_umbrella", required=(OTOP,)),
            unmet("elephant dung paper sheets", "no one makes dung paper"),
        ],
    ),
    sme(
        "th",
        "ร้านของชำร่วยงานแต่งนครปฐม",
        AC,
        DOWN,
        "Nakhon Pathom",
        "np.wedding.gift@gmail.com",
        [],
        [
            met("พัดที่ระลึก พิมพ์ชื่อบ่าวสาว", "hand_fan"),
            met("ดอกกุหลาบกระดาษ", "paper_flower"),
        ],
    ),
    sme(
        "th",
        "โรงแรมริมโขงหนองคาย",
        AI,
        DOWN,
        "Nong Khai",
        "rimkhong.hotel@gmail.com",
        [],
        [
            met("อยากได้โคมกระดาษ ไว้แขวนริมระเบียง มีโอทอปก็ดี", "paper_lantern", waived=(OTOP,)),
            unmet("ผ้าม่านกันไฟ มอก. สำหรับห้องพัก", "no one makes curtains", required=(TIS,)),
        ],
    ),
    sme(
        "th",
        "ร้านของที่ระลึกป่าตอง",
        AC,
        DOWN,
        "Phuket",
        "patong.souvenir@gmail.com",
        [],
        [met("มีร่มกระดาษขายส่งไหม", "paper_umbrella"), unmet("ผ้าขาวม้าลายตาราง ขายส่ง", "no one sells pha khao ma")],
    ),
    sme(
        "th",
        "ศูนย์ดูแลผู้สูงวัยโคราช",
        AI,
        DOWN,
        "Nakhon Ratchasima",
        "korat.eldercare@gmail.com",
        [],
        [
            unmet("ผ้าห่มนวมผ้าฝ้าย สำหรับเตียงผู้ป่วย", "no one makes quilts"),
            unmet("แผ่นรองซับ ซักได้", "no one makes incontinence pads"),
        ],
    ),
    sme(
        "th",
        "ร้านขายส่งกระดาษสำเพ็ง",
        AC,
        DOWN,
        "Bangkok",
        "sampeng.paper@gmail.com",
        [("กระดาษห่อของขวัญ ริบบิ้น ขายส่ง", "wrapping_supplies")],
        [],
    ),
]


# ------------------------------------------------------------------ checks

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z]")
EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
ID_PATTERN = re.compile(rf"^{ID_PREFIX}-\d{{3}}$")
CERT_NAMES = {c.name: c for c in CERTIFICATIONS}

TARGET_PROFILES = 95
TARGET_LINKS = (160, 180)
TARGET_THAI_SHARE = (0.50, 0.60)
TARGET_CROSS_SHARE = (0.40, 0.60)
TARGET_UNMET = (15, 25)
TARGET_FEW_SUPPLIERS_SHARE = 0.6  # share of met needs met by 1-3 suppliers


def sme_id(index: int) -> str:
    return f"{ID_PREFIX}-{index + 1:03d}"


def text_fits_language(text: str, language: str) -> bool:
    """Thai phrases: mostly Thai letters. English phrases: plain ASCII, no Thai."""
    if language == "en":
        return text.isascii() and LATIN_LETTER.search(text) is not None
    thai = len(THAI_CHAR.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai > 0 and thai >= 2 * latin


def mentions(text: str, certification: str) -> bool:
    """True when `text` names the certification at all, affirmed or not."""
    cert = CERT_NAMES[certification]
    folded = unicodedata.normalize("NFKC", text).casefold()
    names = (cert.name, cert.full_name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
    return any(unicodedata.normalize("NFKC", name).casefold() in folded for name in names)


def qualified_suppliers(buyer: int, need: Need) -> list[int]:
    wanted = set(need.labels)
    return [
        index
        for index, supplier in enumerate(SMES)
        if index != buyer
        and any(label in wanted for _, label in supplier.offers)
        and set(need.required) <= set(supplier.certifications)
    ]


def check_profiles() -> list[str]:
    errors: list[str] = []
    ids = [sme_id(i) for i in range(len(SMES))]
    if len(set(ids)) != len(ids) or not all(ID_PATTERN.match(i) for i in ids):
        errors.append("ids not unique or not well-formed")
    if len(SMES) != TARGET_PROFILES:
        errors.append(f"{len(SMES)} profiles, expected {TARGET_PROFILES}")
    offered_by: dict[str, set[int]] = {}
    for index, item in enumerate(SMES):
        for _, label in item.offers:
            offered_by.setdefault(label, set()).add(index)
    emails = Counter(item.email for item in SMES)
    for index, item in enumerate(SMES):
        where = f"{sme_id(index)} {item.name}"
        if item.language not in ("th", "en"):
            errors.append(f"{where}: language {item.language!r}")
        if item.sub_cluster not in {s.value for s in SubCluster}:
            errors.append(f"{where}: sub-cluster {item.sub_cluster!r}")
        if item.stage not in {s.value for s in Stage}:
            errors.append(f"{where}: stage {item.stage!r}")
        province = resolve_province(item.province)
        if province is None or province.name_en != item.province:
            errors.append(f"{where}: province {item.province!r} is not an English province name")
        for cert in item.certifications:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not canonical")
        if any(tag not in {b.value for b in BcgTag} for tag in item.bcg):
            errors.append(f"{where}: bcg {item.bcg!r}")
        if not EMAIL.match(item.email) or emails[item.email] > 1:
            errors.append(f"{where}: email {item.email!r} malformed or repeated")
        if not 0 <= len(item.offers) <= 3 or not 0 <= len(item.needs) <= 3 or not (item.offers or item.needs):
            errors.append(f"{where}: {len(item.offers)} offers and {len(item.needs)} needs")
        phrases = [item.name, *(text for text, _ in item.offers), *(need.text for need in item.needs)]
        for phrase in phrases:
            if not text_fits_language(phrase, item.language) or phrase != phrase.strip() or "  " in phrase:
                errors.append(f"{where}: {phrase!r} does not read as {item.language}")
        for text, _ in item.offers:
            stray = find_certifications(text) - set(item.certifications)
            if stray:
                errors.append(f"{where}: offer {text!r} claims {sorted(stray)} not held")
        for need in item.needs:
            found = find_certifications(need.text)
            if found != set(need.required):
                errors.append(f"{where}: need {need.text!r} names {sorted(found)}, labelled {need.required}")
            for cert in (*need.required, *need.waived):
                if cert not in CERT_NAMES or not mentions(need.text, cert):
                    errors.append(f"{where}: need {need.text!r} does not name {cert!r}")
            if set(need.waived) & found:
                errors.append(f"{where}: need {need.text!r} waives what it requires")
            if not need.labels and not need.unmet_note:
                errors.append(f"{where}: need {need.text!r} lists no labels")
            for label in need.labels:
                if not offered_by.get(label, set()) - {index}:
                    errors.append(f"{where}: label {label!r} offered by no one else")
            suppliers = qualified_suppliers(index, need)
            if need.unmet_note and suppliers:
                errors.append(f"{where}: unmet need {need.text!r} is met by {[sme_id(s) for s in suppliers]}")
            if not need.unmet_note and not suppliers:
                errors.append(f"{where}: need {need.text!r} has no qualified supplier")
    return errors


# ------------------------------------------------------------------ links and counts


def true_links() -> list[tuple[int, int]]:
    links = {
        (supplier, buyer)
        for buyer, item in enumerate(SMES)
        for need in item.needs
        if not need.unmet_note
        for supplier in qualified_suppliers(buyer, need)
    }
    return sorted(links)


def counts(links: list[tuple[int, int]]) -> list[tuple[str, str]]:
    needs = [(index, need) for index, item in enumerate(SMES) for need in item.needs]
    met_needs = [(index, need) for index, need in needs if not need.unmet_note]
    thai = sum(item.language == "th" for item in SMES)
    th_en = sum(SMES[s].language == "th" and SMES[b].language == "en" for s, b in links)
    en_th = sum(SMES[s].language == "en" and SMES[b].language == "th" for s, b in links)
    cross = th_en + en_th
    provinces = [resolve_province(item.province) for item in SMES]
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(SMES))),
        ("Thai / English profiles", f"{thai} / {len(SMES) - thai}"),
    ]
    sub_counts = Counter(item.sub_cluster for item in SMES)
    rows += [(f"sub-cluster {s.value}", str(sub_counts[s.value])) for s in SubCluster]
    stage_counts = Counter(item.stage for item in SMES)
    rows += [(f"stage {s.value}", str(stage_counts[s.value])) for s in Stage]
    region_counts = Counter(p.region.value for p in provinces if p is not None)
    rows += [(f"region {region}", str(n)) for region, n in sorted(region_counts.items())]
    offers = [label for item in SMES for _, label in item.offers]
    one_to_three = sum(1 <= len(qualified_suppliers(i, n)) <= 3 for i, n in met_needs)
    rows += [
        ("distinct provinces", str(len({p.name_en for p in provinces if p is not None}))),
        ("offers", str(len(offers))),
        ("distinct offer labels", str(len(set(offers)))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met_needs)} / {len(needs) - len(met_needs)}"),
        ("met needs with 1-3 qualified suppliers", str(one_to_three)),
        ("needs requiring a certification", str(sum(bool(n.required) for _, n in needs))),
        ("needs waiving a certification", str(sum(bool(n.waived) for _, n in needs))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.0%})" if links else "0"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(SMES[s].sub_cluster != SMES[b].sub_cluster for s, b in links)),
        ),
    ]
    return rows


def check_targets(links: list[tuple[int, int]]) -> list[str]:
    errors: list[str] = []
    if not TARGET_LINKS[0] <= len(links) <= TARGET_LINKS[1]:
        errors.append(f"{len(links)} true links, target {TARGET_LINKS}")
    if any(s == b for s, b in links):
        errors.append("an SME is linked to itself")
    thai_share = sum(item.language == "th" for item in SMES) / len(SMES)
    if not TARGET_THAI_SHARE[0] <= thai_share <= TARGET_THAI_SHARE[1]:
        errors.append(f"Thai share {thai_share:.2f}, target {TARGET_THAI_SHARE}")
    cross = sum(SMES[s].language != SMES[b].language for s, b in links)
    if links and not TARGET_CROSS_SHARE[0] <= cross / len(links) <= TARGET_CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross / len(links):.2f}, target {TARGET_CROSS_SHARE}")
    needs = [(i, n) for i, item in enumerate(SMES) for n in item.needs]
    n_unmet = sum(bool(n.unmet_note) for _, n in needs)
    if not TARGET_UNMET[0] <= n_unmet <= TARGET_UNMET[1]:
        errors.append(f"{n_unmet} needs met by no one, target {TARGET_UNMET}")
    met_needs = [(i, n) for i, n in needs if not n.unmet_note]
    few = sum(1 <= len(qualified_suppliers(i, n)) <= 3 for i, n in met_needs)
    if met_needs and few / len(met_needs) < TARGET_FEW_SUPPLIERS_SHARE:
        errors.append(f"only {few} of {len(met_needs)} met needs have 1-3 suppliers")
    return errors


# ------------------------------------------------------------------ output


def render_profiles() -> str:
    lines = []
    for index, item in enumerate(SMES):
        record = {
            "id": sme_id(index),
            "name": item.name,
            "sub_cluster": item.sub_cluster,
            "stage": item.stage,
            "province": item.province,
            "offers": [text for text, _ in item.offers],
            "needs": [need.text for need in item.needs],
            "certifications": list(item.certifications),
            "bcg": list(item.bcg),
            "contact_email": item.email,
            "language": item.language,
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def render_links(links: list[tuple[int, int]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted({(sme_id(s), sme_id(b)) for s, b in links}))
    return buffer.getvalue()


def render_table(rows: list[tuple[str, str]]) -> str:
    return "\n".join(["| count | value |", "|---|---|", *(f"| {name} | {value} |" for name, value in rows)])


README_TEMPLATE = """# blind_plain_saapaper: mulberry (saa) paper and paper crafts, plain registry phrases

## What the set checks

How well the matcher finds the true supplier-buyer pairs among {profiles} SME profiles whose offers and
needs are short registry phrases, about half of them in Thai and half in English, worded in ways the
matcher has not seen. The theme is mulberry (saa) paper and paper crafts: paper mulberry bark and pulp,
saa paper sheets, Bo Sang paper and cotton umbrellas and their bamboo frames, paper, cloth and sky
lanterns, paper flowers and funeral flowers (dok mai chan), bookcloth and paper backing, notebooks,
albums, cards, fans and gift boxes, and the hotels, souvenir shops, care homes and exporters that buy
them; plus the ordinary fibre, yarn, cloth, dyeing, printing and sewing suppliers of the cluster.

Hard but fair cases: a service versus the goods it works on (indigo dyeing of the customer's cloth
versus indigo-dyed cloth, sewing for others versus shirts, painting on the customer's umbrellas,
bookbinding of the customer's paper, backing the customer's cloth with paper versus bookcloth); waste
and used goods versus new (paper offcuts versus saa paper, used clothes versus cutting waste); raw versus
processed (bark, pulp, sheet, product; fibre, yarn, cloth); finished goods described by material,
colour or technique (a bag of indigo-dyed handwoven cotton is a bag); paper versus cotton umbrellas,
hanging versus sky lanterns, gift boxes versus shipping cartons; needs written as a wish, a bare noun
phrase or a question; a refusal ("no synthetic indigo"); needs that require a named certification and
needs that name one only to waive it; and {unmet} needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (cluster profiles, JSONL version 1, and
the links CSV) and the project's taxonomy (`shared/taxonomy.py` and `shared/taxonomy_data/`). Nothing else
was read. All profiles, offers, needs and labels are held in `write.py`; the labels are not written to the
output files.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_cotton_fabric` versus `indigo_dyeing_service`, `paper_umbrella` versus `fabric_umbrella`).
Every need either lists the offer labels that would meet it and the certifications its text requires,
or is marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some
offer of the supplier carries a label listed by one of the buyer's needs and the supplier's
certifications hold every certification that need requires. An SME is never linked to itself. Shared
words play no part; quantities, prices and places never decide a link; what changes what the thing is
does. A certification named only to waive it ("OTOP welcome but not required", "ไม่ต้องมี FSC") is not
required.

Before writing, the script checks that ids are unique and well-formed, every contract field is valid
(sub-cluster, stage and BCG values from the taxonomy, provinces resolve with `resolve_province`,
certifications with `resolve_certification`), every label a need lists is offered by someone other than
the buyer, every met need has a qualified supplier and every unmet one has none, each required or waived
certification is named in the need's text (and the taxonomy reads required ones as required and waived
ones as not), Thai phrases are mostly Thai letters and English ones plain ASCII, and the size targets
hold. It writes nothing if a check fails.

## How to regenerate

From the repository root:

    {regenerate}

Two runs give identical bytes.

## Files

- `write.py`: the data, the labels, the checks and the writer.
- `profiles.jsonl`: {profiles} profiles in the contract's JSONL version 1, ids `{first}` to `{last}`.
- `links.csv`: the {links} true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def render_readme(links: list[tuple[int, int]], table: str) -> str:
    return README_TEMPLATE.format(
        profiles=len(SMES),
        unmet=sum(bool(n.unmet_note) for item in SMES for n in item.needs),
        regenerate=REGENERATE,
        first=sme_id(0),
        last=sme_id(len(SMES) - 1),
        links=len(links),
        table=table,
    )


def render_all() -> tuple[dict[str, str], str]:
    links = true_links()
    table = render_table(counts(links))
    files = {
        "profiles.jsonl": render_profiles(),
        "links.csv": render_links(links),
        "README.md": render_readme(links, table),
    }
    return files, table


def main() -> int:
    errors = check_profiles()
    if not errors:
        errors = check_targets(true_links())
    first, table = render_all()
    second, _ = render_all()
    if first != second:
        errors.append("two renders differ")
    print(table)
    if errors:
        print(f"\n{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    for name, content in first.items():
        (OUT_DIR / name).write_text(content, encoding="utf-8", newline="\n")
    print(f"\nwrote {', '.join(first)} to {OUT_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
