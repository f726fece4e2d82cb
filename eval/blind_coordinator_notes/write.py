# ruff: noqa: E501
"""Held-out set "blind_coordinator_notes": SME profiles written in the third person by
cluster coordinators and provincial officers after field visits.

Every offer carries a label saying what it is; every need lists the offer labels that
meet it (decided from meaning) and the certifications its text requires. A
(supplier, buyer) pair is a true link when one of the supplier's offer labels meets one
of the buyer's needs and the supplier holds every certification that need requires.

Run from the repo root:  .venv/bin/python eval/blind_coordinator_notes/write.py
Writes profiles.jsonl and links.csv next to this file, or nothing if any check fails.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from shared import taxonomy  # noqa: E402

HERE = Path(__file__).resolve().parent
PREFIX = "bcn"

# ------------------------------------------------------------------ offer labels (what a thing IS)

HEMP_FIBRE = "hemp bast fibre"
HEMP_YARN_HAND = "handspun hemp yarn"
HEMP_YARN_MILL = "machine-spun hemp-cotton yarn"
HEMP_CLOTH_HAND = "handwoven undyed hemp cloth"
HEMP_CLOTH_MILL = "mill-woven wide hemp fabric"
HMONG_BATIK = "beeswax-resist indigo hemp cloth (Hmong batik)"
ORG_SEED_COTTON = "organic seed cotton"
COTTON_YARN_HAND = "handspun cotton yarn"
ORG_YARN_MILL = "machine-spun organic cotton yarn"
SILK_YARN = "hand-reeled Thai silk yarn"
INDIGO_PASTE = "natural indigo dye paste"
DYESTUFF = "dried natural dye materials"
USED_CLOTHING = "sorted post-consumer used clothing"
CUT_WASTE = "pre-consumer cotton cutting waste"
LINEN_WASTE = "worn-out institutional linen"
PET_BALES = "baled used PET bottles"
RPET_YARN = "recycled polyester (rPET) yarn"
RECY_FIBRE = "shredded recycled cotton fibre"
RECY_YARN = "open-end recycled cotton yarn"
PINEAPPLE_FIBRE = "pineapple leaf fibre"
PINEAPPLE_YARN = "pineapple-cotton blend yarn"
KRAJOOD = "dried krajood sedge strips"
INDIGO_DYEING = "contract indigo dyeing"
PLANT_DYEING = "contract plant dyeing (non-indigo)"
INDIGO_CLOTH = "handwoven indigo-dyed cotton cloth"
SILK_YARDAGE = "handwoven mudmee silk yardage"
MILL_SHEETING = "wide mill cotton sheeting"
ORG_JERSEY = "organic cotton single jersey"
RECY_JERSEY = "recycled cotton/rPET jersey"
PERF_KNIT = "virgin polyester quick-dry knit"
RPET_PERF_KNIT = "rPET quick-dry knit"
ANTIBAC = "antibacterial finishing service"
TPU = "waterproof TPU-laminated fabric"
CMT = "contract garment sewing"
MED_SEWING = "contract sewing of medical textiles"
SUBLIMATION = "sublimation printing service"
SCREEN_PRINT = "screen printing service"
TOLL_SHRED = "toll shredding of textile waste"
BATIK_CLOTH = "hand-drawn batik cloth"
ELASTIC = "elastic webbing and tapes"
FELT = "recycled-fibre non-woven felt"
COCO_BUTTONS = "coconut shell buttons"
HEMP_BAGS = "hemp bags"
INDIGO_SCARVES = "indigo-dyed scarves"
SILK_SCARVES = "silk scarves"
HEMP_GARMENTS = "hemp garments"
INDIGO_SHIRTS = "indigo-dyed cotton shirts (mor hom)"
RECY_TSHIRTS = "recycled T-shirts"
SPORTSWEAR = "custom sportswear"
MUAY_THAI_SHORTS = "Muay Thai shorts"
MASKS = "washable cloth face masks"
TRANSFER = "patient transfer sheets"
UNDERPADS = "washable underpads"
HOSP_BEDDING = "hospital bedding sets"
TOWELS = "cotton terry towels and bathrobes"
BABY = "organic cotton baby clothes"
ADAPTIVE = "adaptive clothing for elderly"
PHA_KHAO_MA = "pha khao ma cloths"
SCHOOL_UNIFORMS = "school uniforms"
POSITIONING = "positioning pillows and cushions"
KHIT_CUSHIONS = "khit-woven triangle cushions"
KRAJOOD_BAGS = "krajood woven bags"
BATIK_SHIRTS = "batik shirts"
HIJABS = "hijabs"

LABELS = frozenset(v for k, v in dict(globals()).items() if k.isupper() and isinstance(v, str) and k not in {"PREFIX"})


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Offer:
    label: str
    text: str


@dataclass(frozen=True)
class Need:
    text: str
    meets: tuple[str, ...] = ()  # offer labels that satisfy it
    certs: tuple[str, ...] = ()  # certifications its text requires
    unmet: str = ""  # for needs no one meets: what it asks for
    kind: str = "trade"  # trade | non-trade


def need(text: str, *meets: str, certs: tuple[str, ...] = ()) -> Need:
    return Need(text=text, meets=meets, certs=certs)


def unmet(asks: str, text: str, kind: str = "trade", certs: tuple[str, ...] = ()) -> Need:
    return Need(text=text, unmet=asks, kind=kind, certs=certs)


@dataclass(frozen=True)
class SME:
    key: str
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()


HEMP, CIRC, SPORT, ALC, ALI = (
    "hemp_natural_fibre",
    "circular_textile",
    "sportech",
    "ageing_lifestyle_central",
    "ageing_lifestyle_isan",
)
UP, MID, DOWN = "upstream", "midstream", "downstream"


# ------------------------------------------------------------------ the SMEs

# fmt: off
SMES: tuple[SME, ...] = (
    # ---------------- north: hemp
    SME(
        "khuntae.hemp", "th", "วิสาหกิจชุมชนกลุ่มปลูกกัญชงบ้านขุนแตะ", HEMP, UP, "Chiang Mai",
        offers=(
            Offer(HEMP_FIBRE, "สมาชิก 34 ครัวเรือนชาวม้งปลูกกัญชงในที่ดอน ตัดต้นแล้วตากแห้งบนลาน ลอกเปลือกเอาเส้นใยดิบมัดเป็นกำขาย ปีหนึ่งได้ราว 800 กิโลกรัม ช่วงก่อนปี 2564 เคยส่งให้พ่อค้าจากเชียงรายทั้งหมด แต่พ่อค้ารายนั้นเลิกรับซื้อไปแล้ว"),
        ),
        needs=(
            unmet("hemp decorticating machine", "ทางกลุ่มอยากได้เครื่องลอกเปลือกและแยกเส้นใยกัญชง เพราะปัจจุบันผู้เฒ่าผู้แก่ยังลอกด้วยมือ ใช้แรงงานมากและช้า", kind="non-trade"),
        ),
        bcg=("bio",),
    ),
    SME(
        "tak.highland.hemp", "en", "Highland Hemp Growers Cooperative", HEMP, UP, "Tak",
        offers=(
            Offer(HEMP_FIBRE, "The cooperative grows registered low-THC hemp on about 60 rai in the hills west of Mae Sot. Stalks are field-retted and stripped by hand; members sell the long bast fibre in dried bundles, roughly 1.2 tonnes a season. Fibre was formerly shipped to a Chinese trader who has since stopped buying."),
        ),
        needs=(
            unmet("training in water retting", "Members asked the provincial officer for hands-on training in water retting, as dew retting gives uneven fibre colour in wet years.", kind="non-trade"),
            unmet("certified hemp planting seed", "They are looking for a steady source of certified hemp planting seed of a fibre variety; seed currently comes only through the Highland Research and Development Institute allocation."),
        ),
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    SME(
        "doimaesalong.spinners", "th", "กลุ่มสตรีม้งปั่นเส้นใยกัญชงบ้านห้วยหก", HEMP, UP, "Chiang Rai",
        offers=(
            Offer(HEMP_YARN_HAND, "แม่บ้านในกลุ่มต่อเส้นใยกัญชงด้วยมือทีละเส้น (ไส่เส้น) แล้วปั่นเกลียวด้วยไนไม้ ต้มขี้เถ้าให้นุ่มและฟอกให้ขาวตามธรรมชาติ ได้เส้นด้ายกัญชงเข็นมือเป็นใจ เดือนละประมาณ 40 ใจ"),
        ),
        needs=(
            need("ปลูกกัญชงเองไม่พอใช้ ทางกลุ่มต้องการซื้อเส้นใยกัญชงดิบที่ลอกเปลือกแล้วเพิ่มอีกปีละราว 300 กิโลกรัม เพื่อให้แม่ ๆ มีงานปั่นทั้งปี", HEMP_FIBRE),
        ),
        bcg=("bio",),
    ),
    SME(
        "lanna.hemp.spinning", "en", "Lanna Hemp Spinning Co., Ltd.", HEMP, MID, "Chiang Mai",
        offers=(
            Offer(HEMP_YARN_MILL, "A small ring-spinning mill in Saraphi producing machine-spun yarn of 30% hemp and 70% cotton, Nm 10 to Nm 20, sold on cones to weaving mills and knitters."),
        ),
        needs=(
            need("The mill needs a reliable supply of raw hemp bast fibre from northern growers; it currently imports degummed hemp from China and would like to switch to local fibre.", HEMP_FIBRE),
            need("They also buy organically grown seed cotton or lint for the cotton share of the blend, around 5 tonnes a year.", ORG_SEED_COTTON),
        ),
        certs=("OEKO-TEX Standard 100",),
        bcg=("bio",),
    ),
    SME(
        "maechaem.hemp.weavers", "th", "กลุ่มทอผ้าใยกัญชงบ้านแม่แดด", HEMP, MID, "Chiang Mai",
        offers=(
            Offer(HEMP_CLOTH_HAND, "กลุ่มแม่บ้านนี้ทอผ้าใยกัญชงด้วยกี่พื้นเมือง หน้าผ้ากว้างประมาณ 40 ซม. เป็นผ้าสีธรรมชาติ ยังไม่ผ่านการย้อม มีสมาชิกทอประจำ 18 คน กำลังการผลิตเดือนละ 150 เมตร"),
        ),
        needs=(
            need("ทางกลุ่มอยากได้เส้นด้ายกัญชงเข็นมือจากกลุ่มม้งเพิ่ม เพราะสมาชิกปั่นเองไม่ทันกี่", HEMP_YARN_HAND),
            need("อยากหาผู้รับจ้างย้อมผ้าด้วยสีจากเปลือกไม้และครั่ง ให้ได้โทนสีน้ำตาลแดงและสีดิน ตามที่ลูกค้าร้านผ้าในตัวเมืองขอ (ไม่ต้องการย้อมคราม)", PLANT_DYEING),
        ),
        bcg=("bio",),
    ),
    SME(
        "doi.hemp.looms", "en", "Doi Hemp Looms", HEMP, MID, "Chiang Mai",
        offers=(
            Offer(HEMP_CLOTH_HAND, "A weaving workshop of 12 women in Mae Taeng making plain-weave hemp cloth on narrow backstrap and frame looms, left in its natural undyed colour, about 120 metres a month."),
        ),
        needs=(
            need("They buy handspun hemp yarn from Hmong spinning groups; machine-spun yarn does not give the texture their buyers expect.", HEMP_YARN_HAND),
            need("They are looking for a dye house that will indigo-dye part of their cloth on contract in small lots.", INDIGO_DYEING),
        ),
        bcg=("bio",),
    ),
    SME(
        "lamphun.hemp.textiles", "en", "Lamphun Hemp Textiles Co., Ltd.", HEMP, MID, "Lamphun",
        offers=(
            Offer(HEMP_CLOTH_MILL, "The company weaves hemp-cotton canvas and shirting on rapier looms at 150 cm width, in greige and piece-dyed colours, for apparel and bag makers."),
        ),
        needs=(
            need("The company needs machine-spun hemp-cotton blend yarn on cones for the rapier looms; hand-spun yarn breaks too often at loom speed.", HEMP_YARN_MILL),
        ),
        certs=("OEKO-TEX Standard 100",),
        bcg=("bio", "green"),
    ),
    SME(
        "ban.kong.hemp.bags", "th", "ร้านกระเป๋าผ้ากัญชงบ้านก๋อง", HEMP, DOWN, "Chiang Mai",
        offers=(
            Offer(HEMP_BAGS, "ร้านนี้ตัดเย็บกระเป๋าสะพายและกระเป๋าถือจากผ้ากัญชงทอมือ ขายหน้าร้านที่ถนนคนเดินและส่งร้านของฝาก เดือนละประมาณ 300 ใบ"),
        ),
        needs=(
            need("ปัจจุบันซื้อผ้ากัญชงจากฝั่งลาว แต่อยากเปลี่ยนมาใช้ผ้ากัญชงทอมือสีธรรมชาติจากกลุ่มทอในจังหวัด เดือนละ 100 เมตร", HEMP_CLOTH_HAND),
            need("ทางร้านอยากได้กระดุมกะลามะพร้าวสำหรับฝากระเป๋า แทนกระดุมพลาสติกที่ใช้อยู่", COCO_BUTTONS),
        ),
        bcg=("bio",),
    ),
    SME(
        "hemp.republic", "en", "Hemp Republic Apparel", HEMP, DOWN, "Bangkok",
        offers=(
            Offer(HEMP_GARMENTS, "A Bangkok label selling hemp shirts, trousers and overshirts online and through two shops; all pieces are cut from hemp-cotton cloth."),
        ),
        needs=(
            need("They need wide, mill-woven hemp fabric with consistent width and shrinkage for pattern cutting, OEKO-TEX certified because of their European web shop.", HEMP_CLOTH_MILL, certs=("OEKO-TEX Standard 100",)),
            need("The brand is looking for a sewing factory to cut and sew shirts and trousers on contract, about 800 pieces a month.", CMT),
            need("They would also try pineapple-cotton blend yarn for a knitted summer line.", PINEAPPLE_YARN),
        ),
        bcg=("bio",),
    ),
    SME(
        "hmong.batik.chiangrai", "th", "วิสาหกิจชุมชนกลุ่มเขียนเทียนม้งบ้านร่มโพธิ์ทอง", HEMP, MID, "Chiang Rai",
        offers=(
            Offer(HMONG_BATIK, "สมาชิกเขียนลายด้วยขี้ผึ้งบนผ้ากัญชงแล้วย้อมคราม เป็นผ้าเขียนเทียนแบบม้งดั้งเดิม ขายเป็นผืนยาวผืนละ 2 เมตร"),
        ),
        needs=(
            need("ทางกลุ่มต้องการผ้ากัญชงทอมือแบบยังไม่ย้อมสี เพื่อนำมาเขียนเทียน เดือนละ 60 เมตร", HEMP_CLOTH_HAND),
            need("อยากได้เนื้อครามธรรมชาติ (ครามเปียก) สำหรับหม้อย้อม เพราะต้นครามที่ปลูกเองไม่พอ", INDIGO_PASTE),
            unmet("beeswax", "ต้องการขี้ผึ้งแท้สำหรับเขียนลาย ปีละ 50 กิโลกรัม เดิมซื้อจากผู้เลี้ยงผึ้งที่ อ.แม่สรวย แต่เลิกเลี้ยงไปแล้ว"),
        ),
        bcg=("bio",),
    ),
    # ---------------- cotton, silk, indigo, natural dyes
    SME(
        "phuluang.organic.cotton", "th", "วิสาหกิจชุมชนเกษตรกรปลูกฝ้ายอินทรีย์ภูหลวง", HEMP, UP, "Loei",
        offers=(
            Offer(ORG_SEED_COTTON, "เกษตรกร 27 ราย ปลูกฝ้ายพันธุ์พื้นเมืองแซมในไร่ข้าวโพดเดิม ได้รับรองมาตรฐานเกษตรอินทรีย์ของกรมวิชาการเกษตรแล้ว ขายปุยฝ้ายทั้งเมล็ดปีละประมาณ 6 ตัน"),
        ),
        needs=(
            unmet("ginning machine funding", "ทางกลุ่มอยากขอทุนจัดซื้อเครื่องหีบฝ้าย (แยกเมล็ด) เพื่อขายเป็นใยฝ้ายได้ราคาดีขึ้น", kind="non-trade"),
        ),
        certs=("Organic Thailand",),
        bcg=("bio", "green"),
    ),
    SME(
        "wangsaphung.cotton", "th", "กลุ่มปลูกฝ้ายปลอดสารวังสะพุง", HEMP, UP, "Loei",
        offers=(
            Offer(ORG_SEED_COTTON, "กลุ่มเกษตรกรปลูกฝ้ายโดยไม่ใช้สารเคมีมาสามปี อยู่ระหว่างปรับเปลี่ยน ยังไม่ได้รับรองมาตรฐานเกษตรอินทรีย์ ขายปุยฝ้ายทั้งเมล็ดปีละราว 3 ตัน"),
        ),
        needs=(
            unmet("organic certification advice", "ต้องการพี่เลี้ยงช่วยจัดทำเอกสารยื่นขอรับรอง และทำแปลงกันชนให้ถูกต้อง", kind="non-trade"),
        ),
        bcg=("bio",),
    ),
    SME(
        "nan.handspun", "th", "กลุ่มฝ้ายเข็นมือบ้านหนองบัว", HEMP, UP, "Nan",
        offers=(
            Offer(COTTON_YARN_HAND, "แม่อุ๊ยในกลุ่มอีดฝ้าย ดีดฝ้าย และเข็นฝ้ายด้วยหลา ได้เส้นด้ายฝ้ายเข็นมือสีขาวนวลและสีตุ่น ยังไม่ย้อม เดือนละประมาณ 60 กิโลกรัม"),
        ),
        needs=(
            need("ทางกลุ่มต้องการซื้อปุยฝ้ายที่ปลูกแบบอินทรีย์ ปีละ 2 ตัน เพราะฝ้ายในหมู่บ้านปลูกน้อยลงทุกปี ไม่จำเป็นต้องมีใบรับรอง", ORG_SEED_COTTON),
        ),
        bcg=("bio",),
    ),
    SME(
        "siam.organic.spinning", "en", "Siam Organic Spinning Co., Ltd.", HEMP, MID, "Pathum Thani",
        offers=(
            Offer(ORG_YARN_MILL, "A GOTS-certified ring-spinning mill producing combed organic cotton yarn, Ne 20 to Ne 40, for knitters and weavers."),
        ),
        needs=(
            need("To keep its organic chain of custody intact the mill needs organic seed cotton grown in Thailand and certified under Organic Thailand, as a partial replacement for imported Indian fibre.", ORG_SEED_COTTON, certs=("Organic Thailand",)),
        ),
        certs=("GOTS",),
        bcg=("bio", "green"),
    ),
    SME(
        "sakon.indigo.growers", "th", "วิสาหกิจชุมชนผู้ปลูกครามบ้านดอนกอย", HEMP, UP, "Sakon Nakhon",
        offers=(
            Offer(INDIGO_PASTE, "สมาชิกปลูกต้นครามและหมักทำเนื้อคราม (ครามเปียก) ด้วยวิธีดั้งเดิมกับปูนขาว ขายเนื้อครามเป็นถังปีละประมาณ 2 ตัน"),
        ),
        needs=(
            unmet("export market contacts", "อยากได้ช่องทางส่งออกเนื้อครามไปญี่ปุ่น และต้องการคนช่วยทำฉลากภาษาอังกฤษ", kind="non-trade"),
        ),
        bcg=("bio",),
    ),
    SME(
        "donkoi.indigo.weavers", "th", "กลุ่มทอผ้าย้อมครามบ้านนาดี", ALI, MID, "Sakon Nakhon",
        offers=(
            Offer(INDIGO_DYEING, "กลุ่มรับจ้างย้อมครามธรรมชาติทั้งเส้นด้ายและผ้าผืน มีหม้อครามที่เลี้ยงไว้ 40 หม้อ ย้อมได้ตั้งแต่สีฟ้าอ่อนถึงกรมท่าเข้ม"),
            Offer(INDIGO_CLOTH, "ผ้าฝ้ายทอมือย้อมครามลายขิดและมัดหมี่ หน้ากว้าง 1 เมตร เป็นสินค้า OTOP ระดับ 5 ดาวของจังหวัด"),
        ),
        needs=(
            need("เนื้อครามที่ปลูกเองไม่พอย้อม ทางกลุ่มต้องการซื้อครามเปียกเพิ่มเดือนละ 200 กิโลกรัม", INDIGO_PASTE),
            need("ต้องการเส้นด้ายฝ้ายเข็นมือสีขาวสำหรับทอ เดือนละ 30 กิโลกรัม", COTTON_YARN_HAND),
        ),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    SME(
        "udon.indigo.studio", "en", "Indigo Craft Studio Udon", HEMP, MID, "Udon Thani",
        offers=(
            Offer(INDIGO_DYEING, "A small dye house that indigo-dyes yarn, cloth and finished garments for other makers, using fermented natural indigo vats."),
        ),
        needs=(
            need("The studio buys natural indigo paste, not synthetic indigo powder, about 100 kg a month; OEKO-TEX not required.", INDIGO_PASTE),
        ),
        bcg=("bio",),
    ),
    SME(
        "nakhonphanom.indigo.scarves", "th", "กลุ่มผ้าพันคอย้อมครามบ้านท่าเรือ", ALI, DOWN, "Nakhon Phanom",
        offers=(
            Offer(INDIGO_SCARVES, "ผ้าพันคอและผ้าคลุมไหล่ผ้าฝ้ายย้อมคราม ลายมัดย้อม เป็นสินค้า OTOP ส่งร้านของฝากริมโขง เดือนละ 400 ผืน"),
        ),
        needs=(
            need("ทางกลุ่มทอผ้าเองแต่ไม่มีหม้อคราม อยากจ้างกลุ่มอื่นย้อมครามให้ ครั้งละ 100 ผืน", INDIGO_DYEING),
            need("ต้องการฝ้ายเข็นมือสำหรับทอผ้าพันคอ เดือนละ 20 กิโลกรัม", COTTON_YARN_HAND),
        ),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    SME(
        "chonnabot.mudmee", "th", "กลุ่มทอผ้าไหมมัดหมี่ชนบท", ALI, MID, "Khon Kaen",
        offers=(
            Offer(SILK_YARDAGE, "สมาชิก 45 คน มัดหมี่และทอผ้าไหมเป็นผืนตามสั่ง หน้ากว้าง 1 เมตร ได้ตรานกยูงพระราชทานสีทอง เดือนละ 80 เมตร"),
        ),
        needs=(
            need("ต้องการเส้นไหมพื้นบ้านที่สาวด้วยมือ (ไหมน้อย) เดือนละ 30 กิโลกรัม", SILK_YARN),
            need("อยากได้ครั่งแห้งและเปลือกไม้สำหรับย้อมสีแดงและสีน้ำตาล", DYESTUFF),
        ),
        certs=("Thai Silk Peacock Emblem",),
        bcg=("bio",),
    ),
    SME(
        "surin.silk.reelers", "th", "กลุ่มเลี้ยงไหมและสาวไหมบ้านท่าสว่าง", ALI, UP, "Surin",
        offers=(
            Offer(SILK_YARN, "แม่ใหญ่ในหมู่บ้านเลี้ยงไหมพันธุ์พื้นบ้านและสาวไหมด้วยมือ ได้ทั้งไหมน้อยและไหมลืบ ขายเป็นเข็ด เดือนละประมาณ 40 กิโลกรัม"),
        ),
        needs=(
            unmet("silkworm eggs", "ต้องการไข่ไหมพันธุ์พื้นบ้านที่ปลอดโรค เพราะรอบที่แล้วหนอนตายมาก"),
        ),
        bcg=("bio",),
    ),
    SME(
        "chaiyaphum.silk.scarves", "th", "วิสาหกิจชุมชนผ้าไหมบ้านเขว้า", ALI, DOWN, "Chaiyaphum",
        offers=(
            Offer(SILK_SCARVES, "ผ้าพันคอไหมและผ้าคลุมไหล่ไหมมัดหมี่ ได้ตรานกยูงพระราชทาน และเป็นสินค้า OTOP ระดับ 4 ดาว"),
        ),
        needs=(
            need("ต้องการเส้นไหมสาวมือจากกลุ่มเลี้ยงไหมในภาคอีสาน เดือนละ 20 กิโลกรัม", SILK_YARN),
        ),
        certs=("Thai Silk Peacock Emblem", "OTOP"),
        bcg=("bio",),
    ),
    SME(
        "buriram.silk.scarves", "th", "กลุ่มทอผ้าไหมบ้านนาโพธิ์", ALI, DOWN, "Buriram",
        offers=(
            Offer(SILK_SCARVES, "กลุ่มทอผ้าพันคอไหมลายโฮลและลายลูกแก้ว ขายตามงานแสดงสินค้าและส่งร้านในตัวจังหวัด"),
        ),
        needs=(
            need("ต้องการเส้นไหมพื้นบ้านสาวมือ ปัจจุบันซื้อไหมจีนจากพ่อค้าคนกลาง แต่อยากเปลี่ยนมาใช้ไหมไทย", SILK_YARN),
            unmet("working capital loan", "ทางกลุ่มต้องการทุนหมุนเวียนสำหรับซื้อวัตถุดิบล่วงหน้าช่วงก่อนเทศกาล", kind="non-trade"),
        ),
        bcg=("bio",),
    ),
    SME(
        "lampang.dyestuff", "th", "กลุ่มเก็บวัตถุดิบสีธรรมชาติบ้านแม่ทะ", HEMP, UP, "Lampang",
        offers=(
            Offer(DYESTUFF, "สมาชิกเก็บครั่งจากต้นจามจุรี ลอกเปลือกประดู่และเปลือกมะพูด เก็บผลมะเกลือ ตากแห้งบดหยาบ บรรจุถุงขายให้ผู้ย้อมผ้า"),
        ),
        needs=(),
        bcg=("bio",),
    ),
    SME(
        "phrae.mohom", "th", "กลุ่มผ้าหม้อห้อมบ้านทุ่งโฮ้ง", HEMP, MID, "Phrae",
        offers=(
            Offer(INDIGO_DYEING, "รับจ้างย้อมหม้อห้อมด้วยครามจากต้นห้อม ทั้งผ้าผืนและเสื้อสำเร็จ ส่งงานภายในสองสัปดาห์"),
            Offer(INDIGO_SHIRTS, "เสื้อม่อฮ่อมผ้าฝ้ายย้อมห้อม ทรงคอจีนและทรงชาวนา ทั้งชายและหญิง"),
        ),
        needs=(
            unmet("young dyers", "ต้องการคนรุ่นใหม่มาฝึกย้อมหม้อห้อม เพราะช่างย้อมส่วนใหญ่อายุเกิน 60 ปี", kind="non-trade"),
        ),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    SME(
        "sankamphaeng.natural.dye", "th", "โรงย้อมสีธรรมชาติสันกำแพง", HEMP, MID, "Chiang Mai",
        offers=(
            Offer(PLANT_DYEING, "รับจ้างย้อมเส้นด้ายและผ้าผืนด้วยสีจากพืช เช่น ครั่ง ดาวเรือง เปลือกมะพร้าว แก่นขนุน (ไม่รับย้อมคราม) ขั้นต่ำครั้งละ 5 กิโลกรัม"),
        ),
        needs=(
            need("ต้องการครั่ง เปลือกประดู่ และผลมะเกลือแห้งเป็นวัตถุดิบย้อม เดือนละ 50 กิโลกรัม", DYESTUFF),
        ),
        bcg=("bio",),
    ),
    SME(
        "kalasin.praewa", "th", "กลุ่มทอผ้าแพรวาบ้านโพน", ALI, MID, "Kalasin",
        offers=(
            Offer(SILK_YARDAGE, "ชาวผู้ไทบ้านโพนทอผ้าไหมทั้งผ้าแพรวาและผ้ามัดหมี่เป็นผืนตามสั่ง มีช่างทอ 60 คน"),
        ),
        needs=(
            need("ต้องการเส้นไหมสาวมือสีเหลืองพันธุ์พื้นบ้าน", SILK_YARN),
            unmet("weaving design training", "อยากได้วิทยากรมาสอนออกแบบลายใหม่ให้คนรุ่นลูกหลาน", kind="non-trade"),
        ),
        bcg=("bio",),
    ),
    # ---------------- circular textile
    SME(
        "second.life.sorting", "en", "Second Life Textile Sorting", CIRC, UP, "Bangkok",
        offers=(
            Offer(USED_CLOTHING, "A social enterprise collecting donated clothing from condominium bins, sorting it by hand into rewearable, cotton-rich and mixed grades, and selling the non-rewearable cotton-rich grade in 50 kg bales."),
        ),
        needs=(
            unmet("warehouse space", "They are looking for a larger warehouse near the eastern ring road; the current shophouse is full.", kind="non-trade"),
        ),
        bcg=("circular",),
    ),
    SME(
        "nonthaburi.cloth.bank", "th", "ธนาคารผ้าชุมชนบางบัวทอง", CIRC, UP, "Nonthaburi",
        offers=(
            Offer(USED_CLOTHING, "อาสาสมัครในชุมชนรับบริจาคเสื้อผ้าเก่า คัดแยกตัวที่ยังใส่ได้ไปขายมือสอง ส่วนที่ใส่ไม่ได้คัดแยกตามชนิดผ้าและสี อัดเป็นก้อนขาย"),
        ),
        needs=(),
        bcg=("circular",),
    ),
    SME(
        "mahachai.scrap", "th", "ร้านรับซื้อเศษผ้ามหาชัย", CIRC, UP, "Samut Sakhon",
        offers=(
            Offer(CUT_WASTE, "รับซื้อเศษผ้าจากการตัดเย็บในโรงงานเสื้อผ้าย่านมหาชัย คัดเศษผ้ายืดฝ้ายแยกสีขาว สีอ่อน สีเข้ม ขายเป็นกระสอบ เดือนละประมาณ 20 ตัน"),
        ),
        needs=(
            unmet("pickup truck", "ทางร้านอยากได้รถกระบะเพิ่มอีกคันเพื่อวิ่งรับของจากโรงงาน", kind="non-trade"),
        ),
        bcg=("circular",),
    ),
    SME(
        "refibre.thailand", "en", "ReFibre Thailand Co., Ltd.", CIRC, MID, "Pathum Thani",
        offers=(
            Offer(RECY_FIBRE, "The company cuts and garnetts cotton-rich textile waste into recycled cotton fibre sold in bales, GRS certified, for spinners and nonwoven makers."),
            Offer(TOLL_SHRED, "It also shreds textile waste on commission: brands and hotels send their own waste and receive the fibre back."),
        ),
        needs=(
            need("The mill needs pre-consumer cotton knit cutting waste sorted by colour, 100 tonnes a month.", CUT_WASTE),
            need("They also take post-consumer clothing that has already been sorted into cotton-rich grades.", USED_CLOTHING),
            need("Worn-out cotton sheets and towels from hospitals and hotels are welcome as feedstock.", LINEN_WASTE),
        ),
        certs=("GRS",),
        bcg=("circular",),
    ),
    SME(
        "bangplee.oe.spinning", "th", "โรงปั่นด้ายรีไซเคิลบางพลี", CIRC, MID, "Samut Prakan",
        offers=(
            Offer(RECY_YARN, "โรงงานปั่นด้ายระบบโอเพ่นเอนด์จากใยฝ้ายรีไซเคิลผสม ได้ด้ายเบอร์ 6 ถึง 20 ได้รับการรับรอง GRS ส่งโรงทอและโรงถัก"),
        ),
        needs=(
            need("ต้องการใยฝ้ายรีไซเคิลที่ผ่านการตีเส้นใยแล้ว ต้องมีใบรับรอง GRS เพราะลูกค้าส่งออกตรวจย้อนกลับ เดือนละ 60 ตัน", RECY_FIBRE, certs=("GRS",)),
        ),
        certs=("GRS",),
        bcg=("circular",),
    ),
    SME(
        "ayutthaya.fibre.recycling", "th", "ห้างหุ้นส่วนจำกัด ตีใยผ้าเก่าอยุธยา", CIRC, MID, "Phra Nakhon Si Ayutthaya",
        offers=(
            Offer(RECY_FIBRE, "รับเศษผ้ามาตีเป็นใยฝ้ายรีไซเคิล ขายเป็นก้อน ราคาถูกกว่าใยใหม่ครึ่งหนึ่ง ยังไม่มีใบรับรองด้านรีไซเคิล"),
        ),
        needs=(
            need("ต้องการเศษผ้ายืดฝ้ายจากโรงงานตัดเย็บ คัดสีมาแล้ว", CUT_WASTE),
            need("รับเสื้อผ้าเก่าที่คัดแยกแล้ว เฉพาะเนื้อฝ้าย", USED_CLOTHING),
        ),
        bcg=("circular",),
    ),
    SME(
        "angthong.felt", "th", "โรงงานผ้าสักหลาดรีไซเคิลอ่างทอง", CIRC, MID, "Ang Thong",
        offers=(
            Offer(FELT, "ผลิตแผ่นใยอัดไม่ถักไม่ทอ (ผ้าสักหลาด) จากใยผ้ารีไซเคิล หนา 3 ถึง 20 มม. ใช้เป็นไส้เบาะ แผ่นรองพรม และฉนวน"),
        ),
        needs=(
            need("ต้องการใยฝ้ายรีไซเคิลที่ตีแล้ว ไม่กำหนดสี เดือนละ 30 ตัน ไม่ต้องมีใบรับรอง GRS", RECY_FIBRE),
        ),
        bcg=("circular",),
    ),
    SME(
        "rayong.waste.bank", "th", "ธนาคารขยะชุมชนมาบตาพุด", CIRC, UP, "Rayong",
        offers=(
            Offer(PET_BALES, "ธนาคารขยะของชุมชนรับซื้อขวดน้ำพลาสติกใสจากสมาชิก แกะฉลากและฝาออก อัดเป็นก้อนขายเดือนละ 8 ตัน"),
        ),
        needs=(
            unmet("baling press", "อยากได้เครื่องอัดก้อนไฮดรอลิกตัวใหม่ เพราะเครื่องเดิมเสียบ่อย", kind="non-trade"),
        ),
        bcg=("circular",),
    ),
    SME(
        "eastern.rpet.yarn", "en", "Eastern rPET Yarn Co., Ltd.", CIRC, MID, "Chonburi",
        offers=(
            Offer(RPET_YARN, "The plant washes bottle flake and extrudes recycled polyester filament and staple yarn, GRS certified, 75D to 150D."),
        ),
        needs=(
            need("It needs baled clear PET bottles with labels and caps removed, 500 tonnes a month; it currently imports bales from Japan and wants local supply.", PET_BALES),
        ),
        certs=("GRS",),
        bcg=("circular",),
    ),
    SME(
        "samutprakan.recycled.knits", "en", "Samut Prakan Recycled Knits", CIRC, MID, "Samut Prakan",
        offers=(
            Offer(RECY_JERSEY, "Single jersey knitted from recycled cotton and rPET yarn (60/40), GRS certified, sold dyed or greige by the roll."),
        ),
        needs=(
            need("The mill needs open-end spun recycled cotton yarn, GRS certified.", RECY_YARN, certs=("GRS",)),
            need("Its polyester side uses recycled polyester yarn from bottle flake, GRS certified; the former Taiwanese supplier has raised prices twice this year.", RPET_YARN, certs=("GRS",)),
        ),
        certs=("GRS",),
        bcg=("circular",),
    ),
    SME(
        "kaset.recycled.tees", "th", "แบรนด์เสื้อยืดรีไซเคิลเกษตร", CIRC, DOWN, "Bangkok",
        offers=(
            Offer(RECY_TSHIRTS, "แบรนด์เล็กขายเสื้อยืดที่ทำจากผ้ารีไซเคิลทางออนไลน์และรับทำเสื้อองค์กร เดือนละ 2,000 ตัว"),
        ),
        needs=(
            need("เดิมสั่งเสื้อสำเร็จจากจีน แต่อยากเปลี่ยนมาซื้อผ้ายืดที่ถักจากด้ายฝ้ายรีไซเคิลผสมขวดพลาสติกในประเทศ", RECY_JERSEY),
            need("ต้องการโรงงานรับตัดเย็บเสื้อยืดตามแบบ", CMT),
            need("ทางแบรนด์ต้องการร้านรับสกรีนโลโก้และลายลงเสื้อด้วยสีน้ำ ครั้งละ 300 ถึง 500 ตัว", SCREEN_PRINT),
        ),
        bcg=("circular",),
    ),
    SME(
        "loop.tee.co", "en", "Loop Tee Co.", CIRC, DOWN, "Chiang Mai",
        offers=(
            Offer(RECY_TSHIRTS, "A Chiang Mai brand selling T-shirts made from recycled fabric, with a take-back scheme for worn shirts."),
        ),
        needs=(
            need("They need recycled-content jersey, GRS certified, for their core tee.", RECY_JERSEY, certs=("GRS",)),
            need("Returned shirts from the take-back scheme need to be shredded on commission so the fibre can come back to them.", TOLL_SHRED),
        ),
        bcg=("circular",),
    ),
    SME(
        "run.bangkok.events", "en", "Run Bangkok Events", SPORT, DOWN, "Bangkok",
        offers=(),
        needs=(
            need("The organiser buys about 15,000 finisher shirts a year and now wants them made from recycled material.", RECY_TSHIRTS),
            need("They also need printed team jerseys for pacers and volunteers, about 400 per event.", SPORTSWEAR),
            unmet("recycled-metal finisher medals", "They are looking for finisher medals cast from recycled metal.", kind="trade"),
        ),
        bcg=("circular",),
    ),
    # ---------------- sportech
    SME(
        "chonburi.performance", "en", "Chonburi Performance Fabrics", SPORT, MID, "Chonburi",
        offers=(
            Offer(PERF_KNIT, "Circular-knitted quick-dry fabrics in virgin polyester: bird-eye mesh, interlock and pique, with a moisture-wicking finish, OEKO-TEX certified."),
        ),
        needs=(
            unmet("knitting technicians", "Management told the officer that the company is short of experienced circular-knitting technicians since two senior staff retired.", kind="non-trade"),
        ),
        certs=("OEKO-TEX Standard 100",),
        bcg=("green",),
    ),
    SME(
        "bluewave.rpet.knits", "en", "Bluewave rPET Knits", SPORT, MID, "Samut Sakhon",
        offers=(
            Offer(RPET_PERF_KNIT, "Quick-dry mesh and jersey knitted entirely from recycled polyester yarn, GRS and bluesign certified."),
        ),
        needs=(
            need("The mill needs recycled polyester filament yarn; virgin yarn would break their GRS claim.", RPET_YARN, certs=("GRS",)),
        ),
        certs=("GRS", "bluesign"),
        bcg=("circular", "green"),
    ),
    SME(
        "bangkhae.sublimation", "th", "ร้านรับพิมพ์ซับลิเมชั่นบางแค", SPORT, MID, "Bangkok",
        offers=(
            Offer(SUBLIMATION, "รับพิมพ์ลายลงผ้าโพลีเอสเตอร์ด้วยระบบซับลิเมชั่น ทั้งพิมพ์เต็มตัวและพิมพ์เป็นหลา มีเครื่องรีดร้อนแบบลูกกลิ้ง"),
        ),
        needs=(
            unmet("transfer paper and ink", "ต้องการกระดาษทรานสเฟอร์และหมึกซับลิเมชั่นราคาส่ง"),
        ),
    ),
    SME(
        "ladprao.screen", "th", "ร้านสกรีนเสื้อลาดพร้าว", SPORT, MID, "Bangkok",
        offers=(
            Offer(SCREEN_PRINT, "รับสกรีนเสื้อด้วยสีพลาสติซอลและสีน้ำ งานเสื้อองค์กร เสื้อวิ่ง เสื้อกีฬาสี"),
        ),
        needs=(
            unmet("automatic screen press", "อยากได้เครื่องสกรีนอัตโนมัติแบบแปดแขน แต่ยังหาทุนไม่ได้", kind="non-trade"),
        ),
    ),
    SME(
        "samrong.elastic", "en", "Samrong Elastic & Narrow Fabrics", SPORT, MID, "Samut Prakan",
        offers=(
            Offer(ELASTIC, "Woven and knitted elastic bands, drawcords and binding tapes for waistbands, masks and sportswear."),
        ),
        needs=(
            need("For a recycled line they want recycled polyester yarn; certification is optional.", RPET_YARN),
        ),
        bcg=("green",),
    ),
    SME(
        "thonburi.team.jerseys", "th", "โรงงานเสื้อกีฬาธนบุรี", SPORT, DOWN, "Bangkok",
        offers=(
            Offer(SPORTSWEAR, "รับผลิตเสื้อกีฬาทีม เสื้อฟุตบอล เสื้อวิ่ง ตามแบบลูกค้า ขั้นต่ำ 30 ตัว ตัดเย็บเองในโรงงาน"),
        ),
        needs=(
            need("ต้องการผ้าโพลีเอสเตอร์แห้งไวระบายเหงื่อ เนื้อตาข่ายหรือไมโคร จะเป็นเส้นใยใหม่หรือรีไซเคิลก็ได้", PERF_KNIT, RPET_PERF_KNIT),
            need("ต้องการร้านรับพิมพ์ลายแบบซับลิเมชั่นเต็มตัว", SUBLIMATION),
        ),
    ),
    SME(
        "trailmade.sportswear", "en", "Trailmade Sportswear", SPORT, DOWN, "Bangkok",
        offers=(
            Offer(SPORTSWEAR, "A running and trail brand founded in 2019 by two ultra-runners, making race shirts, shorts and club kits to order for running clubs across the country."),
        ),
        needs=(
            need("They need quick-dry knit made from recycled polyester, GRS certified; virgin polyester is not acceptable.", RPET_PERF_KNIT, certs=("GRS",)),
            need("They buy elastic waistband tape for shorts.", ELASTIC),
            need("They are looking for a contract sewing factory with sportswear experience.", CMT),
        ),
        bcg=("circular",),
    ),
    SME(
        "korat.school.uniforms", "th", "ร้านชุดนักเรียนโคราช", SPORT, DOWN, "Nakhon Ratchasima",
        offers=(
            Offer(SCHOOL_UNIFORMS, "ตัดเย็บชุดนักเรียน เสื้อเชิ้ตขาว กางเกงและกระโปรง ส่งโรงเรียนในจังหวัด"),
        ),
        needs=(
            unmet("polyester-cotton shirting", "ต้องการผ้าโทเรขาวสำหรับเสื้อนักเรียน หน้ากว้าง 60 นิ้ว ล็อตละ 2,000 หลา"),
        ),
    ),
    SME(
        "udon.school", "th", "โรงเรียนมัธยมอุดรพิทยา", SPORT, DOWN, "Udon Thani",
        offers=(),
        needs=(
            need("ทางโรงเรียนต้องการเสื้อกีฬาสีสำหรับนักเรียน 1,800 คน พิมพ์ชื่อคณะสี", SPORTSWEAR),
            need("ต้องการชุดนักเรียนสำหรับนักเรียนทุนยากจน ปีละ 300 ชุด", SCHOOL_UNIFORMS),
        ),
    ),
    SME(
        "ironworks.fitness", "en", "Ironworks Fitness", SPORT, DOWN, "Bangkok",
        offers=(),
        needs=(
            need("The gym chain needs branded staff shirts and trainer uniforms in quick-dry fabric.", SPORTSWEAR),
            need("It buys cotton terry sweat towels for members, about 3,000 a quarter.", TOWELS),
        ),
    ),
    SME(
        "nakhonpathom.terry", "en", "Nakhon Pathom Terry Mills", ALC, DOWN, "Nakhon Pathom",
        offers=(
            Offer(TOWELS, "A family mill of 40 workers that weaves and sews cotton terry towels, bath sheets and bathrobes for hotels, spas and gyms; it lost its main Middle East buyer in 2020 and now sells locally."),
        ),
        needs=(
            need("For an organic towel line they need machine-spun organic cotton yarn, GOTS certified.", ORG_YARN_MILL, certs=("GOTS",)),
            unmet("carded cotton yarn Ne 16", "They also need conventional carded cotton yarn Ne 16 for the pile."),
        ),
    ),
    SME(
        "phuket.muaythai.shorts", "th", "ร้านกางเกงมวยไทยป่าตอง", SPORT, DOWN, "Phuket",
        offers=(
            Offer(MUAY_THAI_SHORTS, "ตัดเย็บกางเกงมวยไทยผ้าซาติน ปักลายและพิมพ์ชื่อค่ายมวย ส่งค่ายมวยและร้านของที่ระลึก"),
        ),
        needs=(
            need("ต้องการร้านพิมพ์ซับลิเมชั่นสำหรับกางเกงรุ่นพิมพ์ลายทั้งตัว", SUBLIMATION),
            unmet("polyester satin", "ต้องการผ้าซาตินโพลีเอสเตอร์เนื้อหนา สีสด หน้ากว้าง 58 นิ้ว"),
        ),
    ),
    SME(
        "chalong.muaythai.camp", "en", "Chalong Muay Thai Camp", SPORT, DOWN, "Phuket",
        offers=(),
        needs=(
            need("The camp sells fight shorts with its logo to foreign trainees, about 200 pairs a month.", MUAY_THAI_SHORTS),
            need("The camp goes through cotton sweat towels quickly; it needs about 500 new ones every quarter for training sessions.", TOWELS),
            unmet("hand wraps", "They would also like cotton hand wraps woven with the camp name, but have found no Thai maker yet."),
        ),
    ),
    SME(
        "mahachai.garment.cmt", "th", "โรงงานรับเย็บเสื้อผ้ามหาชัย", CIRC, MID, "Samut Sakhon",
        offers=(
            Offer(CMT, "โรงงานขนาดกลาง มีจักรเย็บ 120 ตัว รับตัดเย็บเสื้อยืด เสื้อโปโล และชุดกีฬา ตามแบบลูกค้า"),
            Offer(CUT_WASTE, "มีเศษผ้ายืดฝ้ายจากโต๊ะตัดเดือนละประมาณ 6 ตัน พร้อมขาย คัดสีแยกไว้แล้ว"),
        ),
        needs=(
            need("ต้องการยางยืดและเทปสำหรับเอวกางเกงและปลายแขน", ELASTIC),
        ),
        bcg=("circular",),
    ),
    SME(
        "salaya.cmt", "en", "Salaya Apparel CMT", CIRC, MID, "Nakhon Pathom",
        offers=(
            Offer(CMT, "A cut-make-trim factory sewing shirts, trousers and knitwear for local brands, minimum 300 pieces per style."),
        ),
        needs=(
            unmet("sewing operators", "The factory needs 40 more skilled sewing operators.", kind="non-trade"),
            unmet("core-spun sewing thread", "It is also looking for core-spun polyester sewing thread."),
        ),
    ),
    SME(
        "chaiyaphum.sewing.group", "th", "กลุ่มอาชีพตัดเย็บบ้านหนองบัวแดง", ALI, MID, "Chaiyaphum",
        offers=(
            Offer(CMT, "สมาชิก 15 คนที่เคยทำงานโรงงานในกรุงเทพฯ กลับมารวมกลุ่มรับงานตัดเย็บเสื้อผ้าเป็นล็อตเล็ก"),
        ),
        needs=(
            unmet("industrial sewing machines", "ทางกลุ่มอยากได้จักรเย็บอุตสาหกรรมและจักรโพ้งเพิ่ม", kind="non-trade"),
            unmet("steady orders", "ต้องการงานจ้างต่อเนื่อง เพราะตอนนี้งานเข้าเป็นช่วง ๆ", kind="non-trade"),
        ),
    ),
    # ---------------- ageing lifestyle, central
    SME(
        "bangphli.laminates", "en", "Bang Phli Technical Laminates", ALC, MID, "Samut Prakan",
        offers=(
            Offer(TPU, "Knitted polyester laminated with a breathable TPU membrane, waterproof, OEKO-TEX certified, for mattress protectors and bed pads."),
        ),
        needs=(
            need("The plant wants an antibacterial finish applied on contract to part of its output bound for hospital mattress covers.", ANTIBAC),
        ),
        certs=("OEKO-TEX Standard 100",),
    ),
    SME(
        "kratumbaen.finishing", "en", "Krathum Baen Finishing House", ALC, MID, "Samut Sakhon",
        offers=(
            Offer(ANTIBAC, "Applies antibacterial and anti-odour finishes to woven and knitted fabric on commission; OEKO-TEX certified."),
        ),
        needs=(
            unmet("chitosan finishing agent", "They are looking for a local maker of chitosan finishing agent."),
        ),
        certs=("OEKO-TEX Standard 100",),
    ),
    SME(
        "bangyai.care.textiles", "th", "วิสาหกิจชุมชนผลิตภัณฑ์ดูแลผู้ป่วยบางใหญ่", ALC, DOWN, "Nonthaburi",
        offers=(
            Offer(UNDERPADS, "กลุ่มผลิตแผ่นรองซับซักได้สำหรับผู้ป่วยติดเตียง สี่ชั้น ชั้นล่างกันน้ำ ซักได้ 200 ครั้ง"),
            Offer(TRANSFER, "ผ้ายกตัวผู้ป่วยแบบมีหูจับ 8 จุด สำหรับเลื่อนผู้ป่วยจากเตียงไปรถเข็น"),
        ),
        needs=(
            need("ต้องการผ้ากันน้ำเคลือบ TPU ที่ระบายอากาศได้ สำหรับชั้นล่างของแผ่นรองซับ", TPU),
            need("ต้องการผ้าฝ้ายทอหน้ากว้างจากโรงงาน สำหรับชั้นบนที่สัมผัสผิว", MILL_SHEETING),
            need("อยากได้โรงงานรับตกแต่งผ้าให้ยับยั้งแบคทีเรีย", ANTIBAC),
        ),
    ),
    SME(
        "slidewell.medical", "en", "Slidewell Medical Textiles", ALC, DOWN, "Bangkok",
        offers=(
            Offer(TRANSFER, "A medical textile firm making low-friction patient slide sheets and transfer sheets with handles for hospitals, manufactured under ISO 13485; it supplies 14 public hospitals."),
        ),
        needs=(
            unmet("low-friction nylon fabric", "The company needs a local source of low-friction siliconised nylon fabric; today it is imported from Korea."),
            unmet("regulatory consultant", "They are looking for a consultant to help with export registration.", kind="non-trade"),
        ),
        certs=("ISO 13485",),
    ),
    SME(
        "pathum.medsew", "en", "Pathum MedSew Co., Ltd.", ALC, MID, "Pathum Thani",
        offers=(
            Offer(MED_SEWING, "Contract sewing of hospital textiles: bed sheets, patient gowns, draw sheets and transfer sheets, ISO 13485."),
        ),
        needs=(
            need("The factory needs wide cotton sheeting from a weaving mill, 230 cm or wider, bleached.", MILL_SHEETING),
            need("It also needs waterproof TPU-laminated fabric for mattress covers and draw sheets.", TPU),
        ),
        certs=("ISO 13485",),
    ),
    SME(
        "chaophraya.weaving", "en", "Chao Phraya Weaving Mill", ALC, MID, "Samut Prakan",
        offers=(
            Offer(MILL_SHEETING, "Air-jet weaving mill producing 100% cotton sheeting in widths up to 280 cm, bleached or greige, OEKO-TEX certified."),
        ),
        needs=(
            need("For a recycled sheeting line the mill wants open-end recycled cotton yarn.", RECY_YARN),
        ),
        certs=("OEKO-TEX Standard 100",),
        bcg=("circular",),
    ),
    SME(
        "rama.private.hospital", "en", "Rama Riverside Hospital", ALC, DOWN, "Bangkok",
        offers=(
            Offer(LINEN_WASTE, "The hospital retires about 4 tonnes of worn cotton sheets and gowns a year and would rather see them recycled than burnt."),
        ),
        needs=(
            need("Procurement needs patient transfer sheets made under ISO 13485.", TRANSFER, certs=("ISO 13485",)),
            need("They also need hospital bedding sets: fitted sheets, pillowcases and patient blankets.", HOSP_BEDDING),
        ),
        certs=("ISO 9001",),
    ),
    SME(
        "nakhonchaisri.bedding", "th", "โรงงานเครื่องนอนนครชัยศรี", ALC, DOWN, "Nakhon Pathom",
        offers=(
            Offer(HOSP_BEDDING, "ผลิตชุดเครื่องนอนสำหรับโรงพยาบาลและสถานดูแล ผ้าปูเตียงรัดมุม ปลอกหมอน ผ้าห่มผู้ป่วย"),
        ),
        needs=(
            need("ต้องการผ้าฝ้ายทอหน้ากว้างจากโรงทอ สีขาวฟอก", MILL_SHEETING),
            need("ต้องการโรงงานรับตกแต่งผ้ากันแบคทีเรียสำหรับลูกค้าโรงพยาบาล", ANTIBAC),
        ),
    ),
    SME(
        "pakkret.care.home", "th", "บ้านพักผู้สูงอายุปากเกร็ด", ALC, DOWN, "Nonthaburi",
        offers=(),
        needs=(
            need("บ้านพักดูแลผู้สูงอายุ 60 เตียง ต้องการแผ่นรองซับแบบซักได้ แทนแผ่นใช้แล้วทิ้ง", UNDERPADS),
            need("ต้องการเสื้อผ้าที่ผู้สูงอายุสวมใส่ง่าย ติดตีนตุ๊กแกหรือแม่เหล็ก", ADAPTIVE),
            need("ต้องการหมอนจัดท่าและหมอนรองส้นเท้าสำหรับผู้ป่วยติดเตียง เพื่อป้องกันแผลกดทับ", POSITIONING),
        ),
    ),
    SME(
        "easywear.seniors", "th", "บริษัท อีซี่แวร์ จำกัด", ALC, DOWN, "Bangkok",
        offers=(
            Offer(ADAPTIVE, "ออกแบบและผลิตเสื้อผ้าสำหรับผู้สูงอายุและผู้ป่วย เปิดหลังหรือเปิดข้าง ติดแม่เหล็กแทนกระดุม"),
        ),
        needs=(
            need("ต้องการผ้ายืดฝ้ายเนื้อนุ่ม เป็นผ้าฝ้ายอินทรีย์ก็ได้ ไม่ต้องมีใบรับรอง GOTS", ORG_JERSEY),
            unmet("magnetic fasteners", "ต้องการแม่เหล็กหุ้มผ้าสำหรับติดเสื้อ"),
        ),
    ),
    SME(
        "ayutthaya.cushions", "th", "วิสาหกิจชุมชนหมอนจัดท่าบางปะอิน", ALC, DOWN, "Phra Nakhon Si Ayutthaya",
        offers=(
            Offer(POSITIONING, "ผลิตหมอนจัดท่า หมอนรองข้อเข่า และเบาะรองนั่งรถเข็น สำหรับผู้ป่วยติดเตียง"),
        ),
        needs=(
            need("ต้องการแผ่นใยอัดจากเศษผ้ารีไซเคิลสำหรับทำไส้เบาะ", FELT),
            need("ต้องการผ้ากันน้ำเคลือบ TPU สำหรับปลอกหุ้ม", TPU),
        ),
        bcg=("circular",),
    ),
    SME(
        "drycare.products", "en", "DryCare Products Co., Ltd.", ALC, DOWN, "Pathum Thani",
        offers=(
            Offer(UNDERPADS, "The company sews washable bed underpads and chair pads for care homes and home-care shops, OEKO-TEX certified, about 10,000 pieces a month."),
        ),
        needs=(
            need("The company needs breathable waterproof TPU-laminated fabric for the bottom layer of the pads, 3,000 metres a month.", TPU),
        ),
        certs=("OEKO-TEX Standard 100",),
    ),
    SME(
        "huahin.senior.living", "en", "Hua Hin Senior Living Resort", ALC, DOWN, "Prachuap Khiri Khan",
        offers=(),
        needs=(
            need("The resort needs washable underpads, OEKO-TEX certified.", UNDERPADS, certs=("OEKO-TEX Standard 100",)),
            need("Nursing staff asked for easy-dressing clothing for residents with limited mobility: side openings, no small buttons.", ADAPTIVE),
            need("It also needs bedding sets sized for electric care beds, 120 sets to start.", HOSP_BEDDING),
        ),
    ),
    SME(
        "lotus.spa.group", "en", "Lotus Spa Group", ALC, DOWN, "Bangkok",
        offers=(),
        needs=(
            need("The spa group, with seven branches, buys traditional checked cotton loincloths that therapists use as wraps during Thai massage, about 1,500 pieces a year.", PHA_KHAO_MA),
            need("They also need cotton towels and guest bathrobes for the treatment rooms.", TOWELS),
            need("For the relaxation lounges they want the Isan-style triangular floor cushions with woven patterns.", KHIT_CUSHIONS),
        ),
    ),
    SME(
        "ratchaburi.phakhaoma", "th", "กลุ่มทอผ้าขาวม้าบ้านคูบัว", ALC, DOWN, "Ratchaburi",
        offers=(
            Offer(PHA_KHAO_MA, "ชาวไทยยวนบ้านคูบัวทอผ้าขาวม้าลายตารางด้วยกี่กระตุก สีสดและสีธรรมชาติ เป็นสินค้า OTOP ของตำบล เดือนละ 600 ผืน"),
        ),
        needs=(
            need("ทางกลุ่มอยากทำผ้าขาวม้ารุ่นพิเศษเนื้อหนานุ่ม ต้องการฝ้ายเข็นมือเดือนละ 15 กิโลกรัม", COTTON_YARN_HAND),
        ),
        certs=("OTOP",),
    ),
    SME(
        "suphan.masks", "th", "กลุ่มผู้สูงอายุเย็บหน้ากากผ้าสุพรรณ", ALC, DOWN, "Suphan Buri",
        offers=(
            Offer(MASKS, "ชมรมผู้สูงอายุตำบลรวมกลุ่มกันตั้งแต่ช่วงโควิด เย็บหน้ากากผ้าฝ้ายสองชั้นซักได้ ทั้งขนาดผู้ใหญ่และเด็ก เดือนละ 3,000 ชิ้น"),
        ),
        needs=(
            need("ปัจจุบันใช้ผ้าเหลือจากร้านตัดชุดในตลาด แต่อยากเปลี่ยนมาซื้อผ้าฝ้ายทอหน้ากว้างจากโรงงานเป็นม้วน สีขาวหรือสีอ่อน", MILL_SHEETING),
            need("ต้องการยางยืดคล้องหูแบบแบนนุ่ม เดือนละ 2,000 เมตร", ELASTIC),
        ),
    ),
    SME(
        "goodhealth.pharmacy", "en", "GoodHealth Pharmacy Chain", ALC, DOWN, "Bangkok",
        offers=(),
        needs=(
            need("The chain wants to stock washable cloth masks again, but only products registered with the Thai FDA.", MASKS, certs=("Thai FDA",)),
            need("Its home-care shelves need reusable bed underpads for elderly customers; a previous importer from China no longer supplies them.", UNDERPADS),
        ),
    ),
    SME(
        "andaman.resort", "en", "Andaman Bay Resort", ALC, DOWN, "Phuket",
        offers=(
            Offer(LINEN_WASTE, "Housekeeping retires roughly 2 tonnes of worn cotton towels and bed sheets each year; until 2023 a linen rental company took them away, but that contract has ended and the resort now wants them recycled rather than landfilled."),
        ),
        needs=(
            need("The 220-room resort replaces pool and bath towels and guest bathrobes every year and would like to buy them from a Thai maker.", TOWELS),
            need("For the lobby and the staff sarongs the general manager wants hand-drawn batik lengths from southern craft groups, not printed imitations.", BATIK_CLOTH),
            need("They are looking for woven sedge beach bags to place in suites and sell in the gift shop.", KRAJOOD_BAGS),
        ),
        bcg=("circular",),
    ),
    SME(
        "nimman.boutique.hotel", "en", "Nimman Boutique Hotel", HEMP, DOWN, "Chiang Mai",
        offers=(),
        needs=(
            need("The hotel dresses its front-of-house staff in traditional indigo-dyed cotton shirts of the Phrae style and needs about 90 new shirts a year.", INDIGO_SHIRTS),
            need("For the welcome amenity the owner wants shoulder bags made from hemp cloth, around 600 a year.", HEMP_BAGS),
        ),
    ),
    # ---------------- south
    SME(
        "tabai.batik", "th", "กลุ่มบาติกสตรีบ้านตาบา", HEMP, MID, "Narathiwat",
        offers=(
            Offer(BATIK_CLOTH, "สตรีมุสลิมในกลุ่มเขียนลายเทียนด้วยจันติ้งลงผ้าฝ้ายและผ้าเรยอน ลายดอกไม้และลายทะเล ขายเป็นผืนยาว 2 เมตร"),
        ),
        needs=(
            need("ต้องการผ้าฝ้ายขาวหน้ากว้างจากโรงทอ สำหรับเขียนลายบาติก เดือนละ 500 เมตร", MILL_SHEETING),
            unmet("batik dyes", "ต้องการสีย้อมบาติกและน้ำยากันสีตกราคาส่ง ตอนนี้ต้องสั่งจากมาเลเซีย"),
        ),
    ),
    SME(
        "hatyai.batik.shirts", "th", "ร้านเสื้อบาติกหาดใหญ่", HEMP, DOWN, "Songkhla",
        offers=(
            Offer(BATIK_SHIRTS, "ตัดเย็บเสื้อเชิ้ตบาติกชายและหญิง ส่งหน่วยงานราชการที่ใส่ชุดพื้นเมืองวันศุกร์ และขายนักท่องเที่ยวมาเลเซีย"),
        ),
        needs=(
            need("ต้องการผ้าบาติกเขียนมือเป็นผืนจากกลุ่มในสามจังหวัดชายแดนใต้ เดือนละ 300 ผืน", BATIK_CLOTH),
        ),
    ),
    SME(
        "thalenoi.krajood", "th", "กลุ่มจักสานกระจูดทะเลน้อย", HEMP, UP, "Phatthalung",
        offers=(
            Offer(KRAJOOD, "สมาชิกเก็บต้นกระจูดจากพรุ ตากแห้ง ทุบให้แบน แล้วมัดเป็นกำขายให้ช่างสาน"),
        ),
        needs=(
            need("ปัจจุบันย้อมกระจูดด้วยสีเคมี แต่อยากเปลี่ยนมาใช้วัตถุดิบสีธรรมชาติ เช่น เปลือกไม้และครั่ง", DYESTUFF),
        ),
        bcg=("bio",),
    ),
    SME(
        "khuankhanun.krajood.bags", "th", "วิสาหกิจชุมชนกระเป๋ากระจูดควนขนุน", HEMP, DOWN, "Phatthalung",
        offers=(
            Offer(KRAJOOD_BAGS, "สานกระเป๋าถือ กระเป๋าสะพาย และตะกร้าจากกระจูด ส่งร้านของฝากในภูเก็ตและกระบี่"),
        ),
        needs=(
            need("ต้องการกระจูดแห้งที่ทุบแล้ว เพราะพรุใกล้หมู่บ้านเหลือน้อย", KRAJOOD),
            need("ต้องการกระดุมกะลามะพร้าวสำหรับฝากระเป๋า", COCO_BUTTONS),
        ),
        bcg=("bio",),
    ),
    SME(
        "chumphon.coconut.buttons", "th", "กลุ่มกระดุมกะลามะพร้าวหลังสวน", CIRC, MID, "Chumphon",
        offers=(
            Offer(COCO_BUTTONS, "นำกะลามะพร้าวเหลือทิ้งจากโรงงานกะทิมาเจาะ ขัด เป็นกระดุมขนาด 12 ถึง 30 มม."),
        ),
        needs=(
            unmet("coconut shells", "ต้องการกะลามะพร้าวแก่เปลือกหนาเพิ่ม"),
        ),
        bcg=("bio", "circular"),
    ),
    SME(
        "pranburi.pineapple.fibre", "th", "วิสาหกิจชุมชนเส้นใยใบสับปะรดปราณบุรี", HEMP, UP, "Prachuap Khiri Khan",
        offers=(
            Offer(PINEAPPLE_FIBRE, "ขูดใบสับปะรดหลังเก็บผลด้วยเครื่องขูด ได้เส้นใยสับปะรดแห้ง เดือนละ 300 กิโลกรัม"),
        ),
        needs=(),
        bcg=("bio", "circular"),
    ),
    SME(
        "pineapple.fibre.lab", "en", "Pineapple Fibre Lab", HEMP, MID, "Bangkok",
        offers=(
            Offer(PINEAPPLE_YARN, "A start-up in Lat Krabang that opens pineapple leaf fibre and blends it with cotton on a small spinning line, selling pineapple-cotton blend yarn for weavers and knitters."),
        ),
        needs=(
            need("The start-up needs dried pineapple leaf fibre from growers in Prachuap Khiri Khan or Ratchaburi, about 200 kg a month; it formerly bought from a Philippine supplier.", PINEAPPLE_FIBRE),
        ),
        bcg=("bio",),
    ),
    SME(
        "pattani.hijab", "th", "กลุ่มสตรีตัดเย็บฮิญาบปัตตานี", ALC, DOWN, "Pattani",
        offers=(
            Offer(HIJABS, "สตรีมุสลิม 22 คนในกลุ่มตัดเย็บผ้าคลุมฮิญาบแบบสวมสำเร็จและแบบพัน ได้รับรองฮาลาลจากคณะกรรมการกลางอิสลามแห่งประเทศไทย ส่งร้านในสามจังหวัดและฝั่งมาเลเซีย"),
        ),
        needs=(
            unmet("chiffon fabric", "ทางกลุ่มต้องการผ้าชีฟองและผ้ายืดเจอร์ซีย์เนื้อบางสำหรับตัดฮิญาบ ตอนนี้ต้องนั่งรถไปซื้อที่สุไหงโก-ลก"),
        ),
        certs=("Halal",),
    ),
    SME(
        "yala.hijab", "th", "ร้านฮิญาบยะลา", ALC, DOWN, "Yala",
        offers=(
            Offer(HIJABS, "ร้านตัดเย็บผ้าคลุมผมสตรีมุสลิมแบบสวมสำเร็จ ลายดอกและสีพื้น ขายส่งตลาดนัดในยะลาและนราธิวาส ยังไม่มีใบรับรองฮาลาล"),
        ),
        needs=(
            need("ทางร้านต้องการยางยืดเส้นเล็กและเทปสำหรับขอบหน้าของฮิญาบแบบสวม", ELASTIC),
        ),
    ),
    SME(
        "hatyai.border.trading", "en", "Hat Yai Border Trading", ALC, DOWN, "Songkhla",
        offers=(),
        needs=(
            need("The trading house supplies shops in Kelantan and Kedah and needs ready-to-wear hijabs carrying Halal certification.", HIJABS, certs=("Halal",)),
            need("It also buys batik shirts for men, around 500 a month for the Hari Raya season.", BATIK_SHIRTS),
        ),
    ),
    # ---------------- organic knits, baby clothes
    SME(
        "sakhon.organic.knits", "en", "Sakhon Organic Knitting", CIRC, MID, "Samut Sakhon",
        offers=(
            Offer(ORG_JERSEY, "A knitting mill of 24 circular machines producing single jersey and rib from organic cotton, GOTS certified, for babywear and underwear brands."),
        ),
        needs=(
            need("The mill needs combed organic cotton yarn from a spinner, GOTS certified, to keep its chain of custody.", ORG_YARN_MILL, certs=("GOTS",)),
        ),
        certs=("GOTS",),
        bcg=("green",),
    ),
    SME(
        "omnoi.knits", "th", "โรงถักผ้าอ้อมน้อย", CIRC, MID, "Samut Sakhon",
        offers=(
            Offer(ORG_JERSEY, "โรงถักขนาดเล็กมีเครื่องถักวงกลม 8 เครื่อง ถักผ้ายืดซิงเกิลเจอร์ซีย์จากด้ายฝ้ายอินทรีย์ ยังไม่ได้ทำใบรับรองใด ๆ ขายเป็นม้วน"),
        ),
        needs=(
            need("ต้องการด้ายฝ้ายอินทรีย์ที่ปั่นด้วยเครื่องจากโรงปั่นในประเทศ เบอร์ 30 เดือนละ 3 ตัน", ORG_YARN_MILL),
        ),
    ),
    SME(
        "little.sprout", "en", "Little Sprout Babywear", ALC, DOWN, "Bangkok",
        offers=(
            Offer(BABY, "An online and department-store brand of bodysuits, sleepsuits and swaddles in organic cotton, GOTS certified."),
        ),
        needs=(
            need("The brand needs organic cotton single jersey, GOTS certified, about 4,000 metres a month.", ORG_JERSEY, certs=("GOTS",)),
            need("It wants natural buttons made from coconut shell for cardigans and rompers.", COCO_BUTTONS),
        ),
        certs=("GOTS",),
    ),
    SME(
        "lamphun.baby.cotton", "th", "กลุ่มชุดเด็กอ่อนผ้าฝ้ายป่าซาง", ALI, DOWN, "Lamphun",
        offers=(
            Offer(BABY, "กลุ่มแม่บ้านตัดเย็บชุดเด็กอ่อน ผ้าอ้อม และผ้าห่อตัวจากผ้าฝ้ายอินทรีย์ ขายในตลาดนัดชุมชนและออนไลน์"),
        ),
        needs=(
            need("ทางกลุ่มต้องการผ้ายืดฝ้ายอินทรีย์เนื้อนุ่ม เดือนละ 300 เมตร ไม่จำเป็นต้องมี GOTS", ORG_JERSEY),
        ),
    ),
    SME(
        "mother.baby.store", "en", "Mother & Baby Store", ALC, DOWN, "Nonthaburi",
        offers=(),
        needs=(
            need("The store chain needs babywear in organic cotton, GOTS certified, for its own-label shelf.", BABY, certs=("GOTS",)),
        ),
    ),
    # ---------------- ageing lifestyle, Isan
    SME(
        "khonkaen.hospital", "th", "โรงพยาบาลชุมชนน้ำพอง", ALI, DOWN, "Khon Kaen",
        offers=(
            Offer(LINEN_WASTE, "โรงพยาบาลปลดระวางผ้าปูเตียง ผ้าขวางเตียง และชุดผู้ป่วยที่ขาดชำรุดปีละประมาณ 1.5 ตัน ปัจจุบันเก็บไว้ในโกดัง"),
        ),
        needs=(
            need("งานพัสดุต้องการผ้าขวางเตียงสำหรับพลิกตัวและเลื่อนผู้ป่วยบนเตียง ปีละ 300 ผืน", TRANSFER),
            need("หอผู้ป่วยใน 90 เตียง ต้องการแผ่นรองซับชนิดซักได้สำหรับผู้ป่วยติดเตียง", UNDERPADS),
            need("ต้องการชุดผ้าปูที่นอนและปลอกหมอนสำหรับเตียงผู้ป่วย", HOSP_BEDDING),
        ),
    ),
    SME(
        "udon.elderly.centre", "th", "ศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุหนองสำโรง", ALI, DOWN, "Udon Thani",
        offers=(),
        needs=(
            need("ศูนย์ฯ ดูแลผู้สูงอายุติดบ้านติดเตียงในตำบล 45 ราย ต้องการแผ่นรองซับที่ซักใช้ซ้ำได้ แจกให้ครอบครัวผู้ดูแล", UNDERPADS),
            need("อยากได้เสื้อผ้าที่ผู้สูงอายุใส่เองได้ง่าย ไม่ต้องติดกระดุม", ADAPTIVE),
        ),
    ),
    SME(
        "roiet.elder.wear", "th", "กลุ่มเสื้อผ้าฝ้ายผู้สูงวัยเสลภูมิ", ALI, DOWN, "Roi Et",
        offers=(
            Offer(ADAPTIVE, "กลุ่มแม่บ้านตัดเย็บเสื้อผ้าฝ้ายทอมือสำหรับผู้สูงวัย ทรงหลวม ผ่าหน้าติดตีนตุ๊กแก เอวยางยืด ใส่ถอดง่าย"),
        ),
        needs=(
            need("ต้องการฝ้ายเข็นมือสำหรับทอผ้า เพราะสมาชิกที่เข็นฝ้ายเป็นเหลือน้อย", COTTON_YARN_HAND),
            need("อยากจ้างกลุ่มที่มีหม้อครามย้อมเส้นด้ายให้เป็นสีครามอ่อนถึงเข้ม ครั้งละ 20 กิโลกรัม", INDIGO_DYEING),
        ),
    ),
    SME(
        "yasothon.khit", "th", "วิสาหกิจชุมชนหมอนขิดบ้านศรีฐาน", ALI, DOWN, "Yasothon",
        offers=(
            Offer(KHIT_CUSHIONS, "แม่ ๆ ในหมู่บ้านทอผ้าขิดแล้วเย็บเป็นหมอนสามเหลี่ยม หมอนอิง และเบาะนั่ง เป็นสินค้า OTOP ระดับ 5 ดาว"),
        ),
        needs=(
            need("นุ่นหายากและราคาแพงขึ้น ทางกลุ่มอยากทดลองใช้ใยฝ้ายรีไซเคิลที่ตีจากเศษผ้าเป็นไส้หมอนแทน", RECY_FIBRE),
        ),
        certs=("OTOP",),
    ),
    # ---------------- retailers and exporters
    SME(
        "siam.heritage.boutique", "en", "Siam Heritage Boutique", ALI, DOWN, "Bangkok",
        offers=(),
        needs=(
            need("The boutique, in two hotel arcades, sells Thai silk scarves only if they carry the Peacock Emblem, since tourists ask for proof of genuine Thai silk.", SILK_SCARVES, certs=("Thai Silk Peacock Emblem",)),
            need("It also sells mudmee silk by the metre for tailoring, and is looking for weaving groups that can deliver yardage.", SILK_YARDAGE),
        ),
    ),
    SME(
        "airport.otop.shop", "en", "Gateway Thai Craft Retail", ALI, DOWN, "Samut Prakan",
        offers=(),
        needs=(
            need("The airport shop chain stocks silk and indigo cotton scarves, but only items registered as OTOP products.", SILK_SCARVES, INDIGO_SCARVES, certs=("OTOP",)),
        ),
    ),
    SME(
        "kyoto.natural.export", "en", "Natural Living Export (Thailand)", HEMP, DOWN, "Bangkok",
        offers=(),
        needs=(
            need("The exporter ships to natural-living shops in Japan and needs Hmong beeswax-resist batik lengths on hemp.", HMONG_BATIK),
            need("They also need handwoven cotton cloth already dyed with natural indigo.", INDIGO_CLOTH),
            need("A German buyer has asked for hemp cloth certified to GOTS; any width.", HEMP_CLOTH_HAND, HEMP_CLOTH_MILL, certs=("GOTS",)),
        ),
    ),
)
# fmt: on

# ------------------------------------------------------------------ checks

CONTRACT_FIELDS = (
    "id",
    "name",
    "sub_cluster",
    "stage",
    "province",
    "offers",
    "needs",
    "certifications",
    "bcg",
    "contact_email",
    "language",
)
THAI = re.compile("[\u0e00-\u0e7f]")
THAI_LETTER = re.compile("[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]")
LATIN = re.compile("[A-Za-z]")
EMAIL = re.compile(r"^[a-z0-9][a-z0-9.\-]*@example\.(?:com|co\.th)$")


def sme_id(index: int) -> str:
    return f"{PREFIX}-{index + 1:03d}"


def email(sme: SME) -> str:
    return f"{sme.key}@example.co.th" if sme.lang == "th" else f"{sme.key}@example.com"


def thai_share(text: str) -> float:
    thai, latin = len(THAI_LETTER.findall(text)), len(LATIN.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def check(smes: tuple[SME, ...]) -> list[str]:
    errors: list[str] = []
    err = errors.append
    cert_names = {c.name for c in taxonomy.CERTIFICATIONS}
    offered_by: dict[str, set[str]] = {}
    for sme in smes:
        for offer in sme.offers:
            offered_by.setdefault(offer.label, set()).add(sme.key)
    keys = Counter(sme.key for sme in smes)
    errors += [f"duplicate key {k}" for k, n in keys.items() if n > 1]
    names = Counter(sme.name for sme in smes)
    errors += [f"duplicate name {k}" for k, n in names.items() if n > 1]
    for sme in smes:
        where = sme.key
        if sme.lang not in taxonomy.LANGUAGES:
            err(f"{where}: language {sme.lang}")
        try:
            taxonomy.SubCluster(sme.sub)
            taxonomy.Stage(sme.stage)
            for tag in sme.bcg:
                taxonomy.BcgTag(tag)
        except ValueError as exc:
            err(f"{where}: {exc}")
        province = taxonomy.resolve_province(sme.province)
        if province is None or province.name_en != sme.province:
            err(f"{where}: province {sme.province!r} is not a canonical English name")
        if len(set(sme.bcg)) != len(sme.bcg):
            err(f"{where}: repeated bcg tag")
        for cert in sme.certs:
            if cert not in cert_names:
                err(f"{where}: certification {cert!r} not canonical")
        if not EMAIL.match(email(sme)):
            err(f"{where}: bad email {email(sme)}")
        if not sme.name.strip():
            err(f"{where}: empty name")
        if not sme.offers and not sme.needs:
            err(f"{where}: neither offers nor needs")
        texts = [o.text for o in sme.offers] + [n.text for n in sme.needs]
        if sme.lang == "en":
            for text in [sme.name, *texts]:
                if THAI.search(text):
                    err(f"{where}: Thai script in English profile: {text[:40]}")
        else:
            for text in texts:
                if thai_share(text) < 0.6:
                    err(f"{where}: Thai share {thai_share(text):.2f} < 0.6: {text[:40]}")
        own_labels = {o.label for o in sme.offers}
        for offer in sme.offers:
            if offer.label not in LABELS:
                err(f"{where}: unknown offer label {offer.label!r}")
            claimed = taxonomy.find_certifications(offer.text)
            if not claimed <= set(sme.certs):
                err(f"{where}: offer claims {sorted(claimed - set(sme.certs))} not held: {offer.text[:50]}")
        for item in sme.needs:
            named = taxonomy.find_certifications(item.text)
            if named != set(item.certs):
                err(f"{where}: need names {sorted(named)} but requires {sorted(item.certs)}: {item.text[:60]}")
            for cert in item.certs:
                if cert not in cert_names:
                    err(f"{where}: need certification {cert!r} not canonical")
            if item.kind not in ("trade", "non-trade"):
                err(f"{where}: need kind {item.kind}")
            if item.unmet:
                if item.meets:
                    err(f"{where}: unmet need lists labels")
                if item.unmet in offered_by or item.unmet in LABELS:
                    err(f"{where}: unmet need asks for an offered thing {item.unmet!r}")
            else:
                if not item.meets or item.kind != "trade":
                    err(f"{where}: met need without labels or not trade: {item.text[:40]}")
            for label in item.meets:
                if label not in LABELS:
                    err(f"{where}: unknown need label {label!r}")
                if label in own_labels:
                    err(f"{where}: needs its own offer {label!r}")
                if not offered_by.get(label, set()) - {sme.key}:
                    err(f"{where}: nobody else offers {label!r}")
    links = compute_links(smes)
    partnered = {a for a, _ in links} | {b for _, b in links}
    for index, sme in enumerate(smes):
        if sme_id(index) not in partnered:
            err(f"{sme.key}: no true partner")
    return errors


def compute_links(smes: tuple[SME, ...]) -> list[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for si, supplier in enumerate(smes):
        labels = {o.label for o in supplier.offers}
        held = set(supplier.certs)
        for bi, buyer in enumerate(smes):
            if si == bi:
                continue
            for item in buyer.needs:
                if labels & set(item.meets) and set(item.certs) <= held:
                    links.add((sme_id(si), sme_id(bi)))
    return sorted(links)


# ------------------------------------------------------------------ output


def profile(index: int, sme: SME) -> dict[str, object]:
    row: dict[str, object] = {
        "id": sme_id(index),
        "name": sme.name,
        "sub_cluster": sme.sub,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [o.text for o in sme.offers],
        "needs": [n.text for n in sme.needs],
        "certifications": list(sme.certs),
        "bcg": list(sme.bcg),
        "contact_email": email(sme),
        "language": sme.lang,
    }
    assert tuple(row) == CONTRACT_FIELDS
    return row


def stats(smes: tuple[SME, ...], links: list[tuple[str, str]]) -> str:
    lang = {sme_id(i): s.lang for i, s in enumerate(smes)}
    lines = [f"profiles {len(smes)}", f"languages {dict(sorted(Counter(s.lang for s in smes).items()))}"]
    lines.append(f"sub_cluster {dict(sorted(Counter(s.sub for s in smes).items()))}")
    lines.append(f"stage {dict(sorted(Counter(s.stage for s in smes).items()))}")
    regions = Counter(taxonomy.resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    lines.append(f"region {dict(sorted(regions.items()))}")
    lines.append(
        f"offers {sum(len(s.offers) for s in smes)} (profiles without offers {sum(not s.offers for s in smes)})"
    )
    needs = [n for s in smes for n in s.needs]
    lines.append(
        f"needs {len(needs)}: met-by-label {sum(bool(n.meets) for n in needs)}, unmet trade {sum(bool(n.unmet) and n.kind == 'trade' for n in needs)}, "
        f"non-trade {sum(n.kind == 'non-trade' for n in needs)}, requiring a certification {sum(bool(n.certs) for n in needs)} "
        f"(profiles without needs {sum(not s.needs for s in smes)})"
    )
    pairs = Counter(f"{lang[a]}->{lang[b]}" for a, b in links)
    cross = sum(v for k, v in pairs.items() if k[:2] != k[-2:])
    lines.append(f"links {len(links)} {dict(sorted(pairs.items()))} cross-language {cross / len(links):.0%}")
    return "\n".join(lines)


def main() -> int:
    errors = check(SMES)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    links = compute_links(SMES)
    profiles = "".join(json.dumps(profile(i, s), ensure_ascii=False) + "\n" for i, s in enumerate(SMES))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    (HERE / "profiles.jsonl").write_text(profiles, encoding="utf-8")
    (HERE / "links.csv").write_text(buffer.getvalue(), encoding="utf-8")
    print(stats(SMES, links))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
