# ruff: noqa: E501
"""Held-out evaluation set: offers and needs as transcribed from voice messages.

Every SME is data with labels. An offer carries a label saying what it is; a
need lists the offer labels that meet it and the certifications it requires.
A link (supplier, buyer) holds when one of the supplier's offer labels meets
one of the buyer's needs and the supplier holds every certification that need
requires. Nothing here reads the matcher.

Run from the repository root:
    .venv/bin/python eval/blind_spoken/write.py
Writes profiles.jsonl and links.csv next to this file, or nothing if a check fails.
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
sys.path.insert(0, str(ROOT))

from shared import taxonomy  # noqa: E402

HERE = Path(__file__).resolve().parent
PREFIX = "bsp"

# ------------------------------------------------------------------ offer labels (what a thing is)

HEMP_FIBRE = "hemp bast fibre (raw, decorticated)"
HEMP_YARN_HAND = "handspun hemp yarn"
HEMP_YARN_MILL = "machine-spun hemp yarn"
HEMP_CLOTH = "undyed hand-loom hemp cloth"
HEMP_CLOTH_INDIGO = "indigo-dyed hand-loom hemp cloth"
INDIGO_DYEING = "contract indigo dyeing"
PLANT_DYEING = "contract plant dyeing (non-indigo)"
INDIGO_PASTE = "natural indigo dye paste"
PLANT_DYE = "plant dyestuff and extracts"
RAW_COTTON = "raw cotton lint"
COTTON_YARN_HAND = "handspun cotton yarn"
COTTON_YARN_MILL = "machine-spun organic cotton yarn"
COTTON_CLOTH_HAND = "undyed hand-loom cotton cloth"
MILL_SHEETING = "wide mill-woven plain cotton sheeting"
SILK_YARN = "Thai silk yarn"
SILK_FABRIC = "hand-woven Thai silk fabric"
PHA_KHAO_MA = "hand-woven pha khao ma"
PINEAPPLE = "pineapple leaf fibre"
SOUTHERN_WEAVE = "patterned hand-woven cotton fabric"
SCARVES = "finished scarves (woven or cut-and-hemmed)"
HEMP_WEAR = "finished hemp garments"
INDIGO_BAG = "indigo-dyed cotton bags"
BATIK = "batik sarongs and scarves"
NAT_WOMENSWEAR = "naturally dyed womenswear"
POST_WASTE = "sorted post-consumer textile waste"
OFFCUTS = "pre-consumer cutting waste (offcuts)"
PET_BALES = "baled PET bottles"
PET_FLAKE = "recycled PET flake and chip"
RPET_YARN = "recycled polyester yarn"
SHREDDING = "contract textile shredding"
REC_FIBRE = "mechanically recycled cotton fibre"
REC_YARN = "recycled cotton-blend yarn"
REC_JERSEY = "recycled jersey knit fabric"
ORG_JERSEY = "organic cotton jersey knit fabric"
KNITTING = "contract circular knitting"
REC_TSHIRT = "recycled-fibre T-shirts"
UPCYCLED_BAG = "upcycled patchwork bags"
REC_BLANKET = "recycled-fibre blankets"
SCREEN = "contract screen printing"
SUBLIM = "contract sublimation printing"
PERF_KNIT = "moisture-wicking performance knit fabric"
COMPRESSION = "compression stretch fabric"
CMT_KNIT = "contract sewing of knit sportswear"
CMT_WOVEN = "contract sewing of woven goods"
TEAMWEAR = "custom team sportswear (finished)"
RUNWEAR = "running apparel (finished)"
FIGHTWEAR = "Muay Thai fight wear"
FINISHING = "contract functional finishing"
WEBBING = "elastic tape and webbing"
GRIP_SOCKS = "anti-slip grip socks"
TRANSFER = "patient transfer sheets"
UNDERPAD = "washable underpads"
TPU = "waterproof TPU-laminated fabric"
BEDDING = "finished bed linen"
TERRY = "cotton terry towels"
ADAPTIVE = "adaptive clothing for older people"
MASKS = "reusable cloth face masks"
KAPOK = "kapok fibre filling"
KHIT_PILLOW = "triangle khit pillows"
BABY = "organic baby clothes"
SPA_TEXT = "spa robes and wraps"

# ------------------------------------------------------------------ what unmet needs ask for (offered by no one)

UNMET_MACHINE = "machinery"
UNMET_LOAN = "loan or grant"
UNMET_CUSTOMERS = "customers"
UNMET_TRAINING = "training"
UNMET_WORKERS = "workers to hire"
UNMET_WAREHOUSE = "warehouse space"
UNMET_LOTUS = "lotus stem fibre"
UNMET_SPANDEX = "bare elastane yarn"
UNMET_TC = "polyester-cotton (TC) shirting"
UNMET_LEGGINGS = "finished compression leggings"
UNMET_MAGNETS = "washable magnetic fasteners"
UNMET_PAPER = "sublimation transfer paper"
UNMET_CHEMICALS = "antibacterial finishing chemicals"
UNMET_SATIN = "polyester satin"

# ------------------------------------------------------------------ data model

OT = "Organic Thailand"
GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
RCS = "RCS"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
ISO9001 = "ISO 9001"
ISO13485 = "ISO 13485"
FDA = "Thai FDA"
BLUESIGN = "bluesign"


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    meets: tuple[str, ...] = ()
    certs: tuple[str, ...] = ()
    unmet: str | None = None


@dataclass(frozen=True)
class Sme:
    n: int
    name: str
    language: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    offers: tuple[Offer, ...] = field(default_factory=tuple)
    needs: tuple[Need, ...] = field(default_factory=tuple)

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.n:03d}"


def Of(text: str, label: str) -> Offer:
    return Offer(text, label)


def N(text: str, *meets: str, certs: tuple[str, ...] = ()) -> Need:
    return Need(text, tuple(meets), certs)


def U(text: str, unmet: str) -> Need:
    return Need(text, (), (), unmet)


HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AGE_C = "ageing_lifestyle_central"
AGE_I = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"

# fmt: off
SMES: tuple[Sme, ...] = (
    Sme(1, "วิสาหกิจชุมชนกัญชงบ้านห้วยแม่ซ้าย", "th", HEMP, UP, "Chiang Rai", "huaymaesai.hemp@example.co.th", (), ("bio",),
        (Of("คือปีนี้เฮาปลูกกัญชงได้เยอะเจ้า ลอกเปลือกตากแห้งแล้วก็มัดไว้เป็นฟ่อน ๆ มีเส้นใยเปลือกกัญชงดิบอยู่ประมาณ เอ่อ สามร้อยกิโลได้เจ้า ยังบ่ได้ปั่นบ่ได้เข็นเลยนะเจ้า ใครเอาไปเข็นต่อก็ได้", HEMP_FIBRE),),
        (U("แล้วก็อยากได้เครื่องลอกเปลือกกัญชงแบบว่าใช้มอเตอร์อ่ะเจ้า ตอนนี้ยังลอกมือกันอยู่ แม่ ๆ เมื่อยกันหมดแล้ว", UNMET_MACHINE),)),
    Sme(2, "Mae Sot Hemp Fields", "en", HEMP, UP, "Tak", "hello@maesothemp.example.com", (OT,), ("bio", "green"),
        (Of("So basically we grow hemp out past Mae Sot, we're Organic Thailand certified, and we've got loads of decorticated bast fibre, dried and baled, maybe two tonnes this season. It's raw fibre, nothing spun yet.", HEMP_FIBRE),),
        (U("Honestly what we're really after is a loan or a bit of grant money to build a proper drying shed, we're stretched thin right now.", UNMET_LOAN),)),
    Sme(3, "กลุ่มแม่บ้านปกาเกอะญอเข็นด้ายบ้านห้วยห้อม", "th", HEMP, UP, "Mae Hong Son", "karenspin.huayhom@example.co.th", (), ("bio",),
        (Of("ก็ทางกลุ่มเฮาเนี่ยเข็นด้ายกัญชงด้วยมือเจ้า เข็นกับหลาแบบบ้าน ๆ เส้นมันจะบ่เท่ากันนะเจ้า มีเป็นไจ ๆ เดือนนึงได้ราว ๆ ห้าสิบไจเจ้า", HEMP_YARN_HAND),),
        (N("ตอนนี้เปลือกกัญชงที่ปลูกเองบ่พอเจ้า อยากได้เส้นใยกัญชงดิบ ๆ ที่ลอกแล้ว มาเข็นต่อ ไม่ต้องมีใบรับรองอะไรก็ได้เจ้า", HEMP_FIBRE),)),
    Sme(4, "Lanna Hemp Spinning Co., Ltd.", "en", HEMP, MID, "Lamphun", "mill@lannahempspin.example.com", (), ("bio",),
        (Of("We run ring frames here in the industrial estate, so it's machine-spun hemp yarn on cones, counts from Ne eight up to about Ne twenty, fairly even.", HEMP_YARN_MILL),),
        (N("What we're really after is raw decorticated hemp fibre, and it has to be Organic Thailand certified because our buyers in Europe ask for it every single time.", HEMP_FIBRE, certs=(OT,)),
         U("We also need two or three more spinning-frame operators, full time, if anyone knows people around Lamphun.", UNMET_WORKERS))),
    Sme(5, "กลุ่มทอผ้ากัญชงบ้านสบมาง", "th", HEMP, MID, "Nan", "sobmang.weave@example.co.th", (), ("bio",),
        (Of("กลุ่มเฮาทอผ้ากัญชงกี่มือเจ้า หน้าผ้าแคบ ๆ ประมาณสี่สิบนิ้ว เป็นสีธรรมชาติของเส้นใยเลย ยังบ่ได้ย้อมสีเจ้า ใครจะเอาไปย้อมเองก็สะดวก", HEMP_CLOTH),),
        (N("อยากได้ด้ายกัญชงเข็นมือเจ้า ต้องเป็นเข็นมือนะ ด้ายโรงงานบ่เอา มันเรียบเกินไป ลูกค้าเขาชอบเส้นที่มันมีปุ่มมีปมเจ้า", HEMP_YARN_HAND),)),
    Sme(6, "ฮ่อมสุขเมืองแพร่", "th", HEMP, MID, "Phrae", "homsuk.phrae@example.co.th", (), ("bio", "green"),
        (Of("ที่ร้านรับย้อมห้อมเจ้า ลูกค้าส่งผ้าส่งเสื้อมา เฮาก็ย้อมให้ ย้อมหม้อห้อมแบบดั้งเดิมเลย ย้อมเข้มย้อมอ่อนได้ตามสั่ง บ่ได้ขายผ้าเน้อ รับจ้างย้อมอย่างเดียวเจ้า", INDIGO_DYEING),),
        (N("ช่วงนี้ห้อมที่ปลูกเองบ่พอ อยากได้เนื้อห้อมหรือครามเปียก ๆ ที่หมักแล้ว เอามาก่อหม้อ สักสองสามร้อยกิโลเจ้า", INDIGO_PASTE),)),
    Sme(7, "กลุ่มครามบ้านดอนกอยฮักแพง", "th", HEMP, UP, "Sakon Nakhon", "donkoi.indigo@example.co.th", (), ("bio",),
        (Of("บ้านเฮาปลูกครามเองเด้อ ทำเป็นครามเปียก เนื้อครามใส่ถังขายเด้อ ถังละยี่สิบกิโล ส่งได้ทั่วประเทศเลย", INDIGO_PASTE),
         Of("แล้วก็รับย้อมครามให้ด้วยเด้อ ส่งผ้าส่งเส้นฝ้ายมาย้อมได้ ย้อมมือทุกรอบ ย้อมหม้อครามธรรมชาติ", INDIGO_DYEING)),
        (N("คือว่าอยากได้ผ้าฝ้ายทอมือที่ยังบ่ทันย้อมสีน่ะ ผ้าขาว ๆ ดิบ ๆ เอามาย้อมครามขายเองเด้อ", COTTON_CLOTH_HAND),)),
    Sme(8, "Doi Thread Studio", "en", HEMP, DOWN, "Chiang Mai", "studio@doithread.example.com", (), ("bio",),
        (Of("We make relaxed indigo hemp shirts and wide trousers, all sewn in our little workshop out in Hang Dong.", HEMP_WEAR),),
        (N("What we're really after is hand-loom hemp cloth that's already indigo-dyed, proper deep blue, maybe three hundred metres a season.", HEMP_CLOTH_INDIGO),
         N("Honestly we'd also take plain undyed hand-woven hemp cloth, the natural colour, and sort the dye ourselves.", HEMP_CLOTH),
         N("And for that we need someone to indigo-dye it for us on a job basis, natural fermentation vat only, no synthetic stuff.", INDIGO_DYEING))),
    Sme(9, "กลุ่มทอผ้าห้อมครามแม่แตง", "th", HEMP, MID, "Chiang Mai", "maetaeng.weavers@example.co.th", (), ("bio",),
        (Of("ผ้ากัญชงทอมือเจ้า ย้อมครามย้อมห้อมมาแล้วเรียบร้อย สีน้ำเงินเข้มเลย ขายเป็นพับ ๆ พับละสิบเมตรเจ้า", HEMP_CLOTH_INDIGO),),
        (N("ก็หาด้ายกัญชงอยู่เจ้า เข็นมือก็ได้ ปั่นเครื่องก็ได้ บ่เกี่ยง ขอให้เป็นกัญชงแท้ ๆ เจ้า", HEMP_YARN_HAND, HEMP_YARN_MILL),)),
    Sme(10, "Lanna Colour Garden", "en", HEMP, UP, "Chiang Mai", "dyes@lannacolour.example.com", (), ("bio", "green"),
        (Of("So we grow and process dye plants. We've got dried stick lac, ebony fruit, mango bark, marigold and annatto, either powdered or as a liquid extract, sold by the kilo.", PLANT_DYE),),
        ()),
    Sme(11, "วิสาหกิจชุมชนฝ้ายอินทรีย์นาแห้ว", "th", HEMP, UP, "Loei", "nahaeo.cotton@example.co.th", (OT,), ("bio",),
        (Of("ฝ้ายของกลุ่มเฮาได้ตรา Organic Thailand แล้วเด้อ ปลูกแบบบ่ใช้สารเคมีเลย ตอนนี้มีปุยฝ้ายที่อีดเมล็ดออกแล้วประมาณห้าร้อยกิโล", RAW_COTTON),),
        (U("อยากได้คนมาสอนขายของออนไลน์เด้อ ไลฟ์สดอะไรพวกนี้ เฮาบ่เป็นเลย", UNMET_TRAINING),)),
    Sme(12, "กลุ่มเข็นฝ้ายมือแม่วาง", "th", HEMP, UP, "Chiang Mai", "maewang.handspun@example.co.th", (), ("bio",),
        (Of("เฮาเข็นฝ้ายมือเจ้า ปั่นด้วยหลาไม้ ได้ด้ายฝ้ายเข็นมือเส้นใหญ่ ๆ นุ่ม ๆ สีขาวตุ่น ๆ ตามธรรมชาติเจ้า", COTTON_YARN_HAND),),
        (N("อยากได้ปุยฝ้ายดิบ เอ่อ ฝ้ายที่อีดแล้วนะเจ้า ต้องมีตรามาตรฐานเกษตรอินทรีย์ด้วย เพราะลูกค้าญี่ปุ่นเขาถามทุกครั้ง", RAW_COTTON, certs=(OT,)),)),
    Sme(13, "Khao Kho Cotton Growers", "en", HEMP, UP, "Phetchabun", "growers@khaokhocotton.example.com", (), ("bio",),
        (Of("We've got raw cotton, ginned lint, grown without chemicals, but to be honest we haven't got any certificate yet. About a tonne after the December harvest.", RAW_COTTON),),
        (U("Basically we're looking for export customers, Japan or Europe, anyone who buys direct from farms.", UNMET_CUSTOMERS),)),
    Sme(14, "Siam Organic Spinning Co., Ltd.", "en", HEMP, MID, "Bangkok", "sales@siamorganicspin.example.com", (GOTS,), ("bio",),
        (Of("We spin organic cotton yarn on ring frames, combed and carded, Ne twenty to Ne forty, and the mill is GOTS certified.", COTTON_YARN_MILL),),
        (N("What we need is raw cotton lint from Thai farms, certified Organic Thailand, and honestly we'd take the whole crop.", RAW_COTTON, certs=(OT,)),)),
    Sme(15, "โรงปั่นด้ายบางพลีคอตตอน", "th", HEMP, MID, "Samut Prakan", "bangplee.cotton@example.co.th", (), (),
        (Of("โรงงานเราปั่นด้ายฝ้ายออร์แกนิคค่ะ ปั่นเครื่อง เบอร์สามสิบ เบอร์สี่สิบ แต่บอกตรง ๆ ว่ายังไม่มีใบเซอร์นะคะ กำลังยื่นอยู่", COTTON_YARN_MILL),),
        (N("ต้องการฝ้ายดิบค่ะ ฝ้ายปุยที่หีบเมล็ดออกแล้ว ไม่ต้องมีใบรับรองก็ได้ ขอให้ใยยาวหน่อยนะคะ", RAW_COTTON),)),
    Sme(16, "Mahachai Knit Works", "en", HEMP, MID, "Samut Sakhon", "knit@mahachaiknit.example.com", (GOTS, OEKO), ("bio",),
        (Of("So basically we knit organic cotton single jersey and interlock, GOTS and OEKO-TEX certified, ready-for-dye white or a few soft colours.", ORG_JERSEY),),
        (N("We're after GOTS-certified organic cotton yarn, combed, Ne thirty, steady monthly supply.", COTTON_YARN_MILL, certs=(GOTS,)),)),
    Sme(17, "เบบี๋ผ้านุ่ม", "th", AGE_C, DOWN, "Nonthaburi", "babyphanum@example.co.th", (), (),
        (Of("ทำชุดเด็กอ่อนค่ะ บอดี้สูท หมวก ถุงมือ ผ้าฝ้ายออร์แกนิคทั้งหมด ขายออนไลน์เป็นหลักค่ะ", BABY),),
        (N("หาผ้ายืดคอตตอนออร์แกนิคค่ะ แบบผ้าเจอร์ซี่ ต้องผ่าน OEKO-TEX นะคะ เพราะเป็นของเด็กอ่อน เอ่อ ผ้ารีไซเคิลไม่เอานะคะ", ORG_JERSEY, certs=(OEKO,)),)),
    Sme(18, "กลุ่มผ้าไหมบ้านโคกเมือง", "th", HEMP, MID, "Surin", "khokmuang.silk@example.co.th", (PEACOCK, OTOP), ("bio",),
        (Of("ผ้าไหมของกลุ่มได้ตรานกยูงพระราชทานเด้อ ทอมือทุกผืน ลายโฮล ลายอัมปรม มีทั้งผ้าไหมยกดอกแล้วก็มัดหมี่", SILK_FABRIC),),
        (N("เส้นไหมบ่พอทอเด้อ อยากได้ไหมน้อยสาวมือ เส้นไหมไทยแท้ ๆ", SILK_YARN),)),
    Sme(19, "กลุ่มเลี้ยงไหมสาวไหมบ้านหนองแซง", "th", AGE_I, UP, "Khon Kaen", "nongsaeng.silk@example.co.th", (), ("bio",),
        (Of("เลี้ยงไหมเองสาวเองเด้อ มีเส้นไหมไทยพันธุ์พื้นบ้าน ไหมน้อย ไหมลืบ ขายเป็นกิโล", SILK_YARN),),
        (N("อยากได้สีย้อมธรรมชาติสีแดงสีเหลืองแบบผงหรือแบบน้ำ ครั่ง แก่นขนุน เปลือกไม้ เอามาย้อมไหมเองเด้อ", PLANT_DYE),)),
    Sme(20, "Silk Lane Exports", "en", HEMP, DOWN, "Bangkok", "orders@silklane.example.com", (), (),
        (Of("We design and export silk scarves and shawls, cut and hand-rolled in our Bangkok workroom.", SCARVES),),
        (N("What we're really after is hand-woven Thai silk yardage carrying the Royal Peacock emblem, gold or silver, our Japanese clients insist on it.", SILK_FABRIC, certs=(PEACOCK,)),)),
    Sme(21, "กลุ่มทอผ้าไหมมัดหมี่บ้านโนนแดง", "th", AGE_I, MID, "Chaiyaphum", "nondaeng.mudmee@example.co.th", (OTOP,), ("bio",),
        (Of("ผ้าไหมมัดหมี่ทอมือเด้อ ได้โอทอปสี่ดาว แต่ยังไม่ได้ตรานกยูงนะ บอกไว้ก่อน ลายนาคลายขอ มีหลายสี", SILK_FABRIC),),
        (N("หาเส้นไหมเด้อ ไหมไทยสาวมือ เอามามัดหมี่", SILK_YARN),)),
    Sme(22, "Chumphon Pina Fibre", "en", HEMP, UP, "Chumphon", "pina@chumphonfibre.example.com", (), ("bio", "circular"),
        (Of("We've got loads of pineapple leaf fibre, scraped by hand from the leaves after harvest, washed and combed, sold by the kilo.", PINEAPPLE),),
        (U("We're after a buyer overseas, honestly, someone who'll take it every month.", UNMET_CUSTOMERS),)),
    Sme(23, "กลุ่มทอผ้ายกบ้านตรอกแค", "th", HEMP, MID, "Nakhon Si Thammarat", "trokkhae.weave@example.co.th", (), ("bio",),
        (Of("ทอผ้าฝ้ายลายโบราณของเมืองนครหนิ ผ้ายกดอก ผ้าลายราชวัตร สีสด ๆ ทอกี่พื้นบ้าน", SOUTHERN_WEAVE),),
        (N("อยากได้ใยสับปะรดมาลองทอผสมกับฝ้ายหนิ ได้ยินว่าทางชุมพรมีคนทำ ไม่หล่าวเลยนะ", PINEAPPLE),
         U("แล้วก็ใยบัวแหละ อยากลองทอผ้าใยบัวดู ไม่รู้จะไปหาที่ไหน", UNMET_LOTUS))),
    Sme(24, "ร้านรับซื้อผ้าเก่าสายไหม", "th", CIRC, UP, "Bangkok", "saimai.oldcloth@example.co.th", (), ("circular",),
        (Of("ที่ร้านรับซื้อเสื้อผ้ามือสอง ผ้าเก่า แล้วก็คัดแยกให้ด้วยค่ะ แยกเป็นคอตตอนล้วน โพลีเอสเตอร์ แยกสีให้ อัดเป็นเบลขายเป็นกิโลค่ะ", POST_WASTE),),
        (U("อยากได้โกดังค่ะ หาที่เช่าแถว ๆ รังสิตหรือลำลูกกา ตอนนี้ของล้นร้านแล้วอ่ะ", UNMET_WAREHOUSE),)),
    Sme(25, "ReWear Collect Co.", "en", CIRC, UP, "Nonthaburi", "bins@rewearcollect.example.com", (), ("circular",),
        (Of("So basically we run donation bins at condos and offices and sort whatever comes in. We've got loads of post-consumer textile waste, graded by fibre and colour, pressed into bales.", POST_WASTE),),
        ()),
    Sme(26, "โรงงานตีใยรีไซเคิลมหาชัย", "th", CIRC, MID, "Samut Sakhon", "mahachai.fibre@example.co.th", (GRS,), ("circular",),
        (Of("รับจ้างตีผ้าเป็นใยค่ะ ลูกค้าเอาเศษผ้ามา เราตีให้ คิดเป็นกิโล", SHREDDING),
         Of("แล้วก็มีใยฝ้ายรีไซเคิลที่เราตีเองขายด้วยค่ะ มีใบ GRS นะคะ", REC_FIBRE)),
        (N("หาเศษผ้าจากโรงงานตัดเย็บค่ะ เศษที่เหลือจากการตัด ผ้าคอตตอนล้วน ๆ ยิ่งดี", OFFCUTS),
         N("เสื้อผ้าเก่าที่คัดแยกแล้วก็เอาค่ะ ขอเป็นผ้าฝ้ายเป็นหลักนะคะ", POST_WASTE))),
    Sme(27, "Nakhon Pathom Loop Yarns", "en", CIRC, MID, "Nakhon Pathom", "yarn@looppathom.example.com", (RCS,), ("circular",),
        (Of("We spin open-end yarn out of recycled cotton blended with a bit of polyester, Ne ten and twelve, mostly greys and melange colours, RCS certified.", REC_YARN),),
        (N("What we're really after is shredded, mechanically recycled cotton fibre, and it must be GRS certified for our brand customers.", REC_FIBRE, certs=(GRS,)),)),
    Sme(28, "ใยรีไซเคิลบ้านบึง", "th", CIRC, MID, "Chonburi", "banbueng.fibre@example.co.th", (), ("circular",),
        (Of("เราตีเศษผ้าเป็นใยฝ้ายรีไซเคิลขายจ้า เป็นใยสั้นหน่อยนะ เอาไปทำไส้หมอนหรือปั่นด้ายก็ได้จ้า", REC_FIBRE),
         Of("แล้วก็รับตีผ้าให้โรงงานจ้า ใครมีเศษผ้าส่งมาตีได้ เดี๋ยวตีคืนให้เป็นใย", SHREDDING)),
        (N("หาเศษผ้าจากโรงงานเย็บผ้าจ้า เศษตัด เศษริม เอาหมดเลย", OFFCUTS),)),
    Sme(29, "Bangpoo Apparel Co., Ltd.", "en", CIRC, DOWN, "Samut Prakan", "sourcing@bangpooapparel.example.com", (), ("circular",),
        (Of("We cut about thirty thousand pieces a week, so we've got loads of cutting offcuts, mostly cotton and poly-cotton jersey, sorted by colour.", OFFCUTS),),
        (N("What we're really after is recycled jersey, rPET or recycled cotton knit, GRS certified, for a brand programme.", REC_JERSEY, certs=(GRS,)),
         N("And we'd like someone to shred our offcuts on a toll basis and hand us the fibre back.", SHREDDING))),
    Sme(30, "Eastern PET Regen Co., Ltd.", "en", CIRC, UP, "Rayong", "flake@easternpet.example.com", (GRS,), ("circular",),
        (Of("We wash and flake post-consumer PET bottles: hot-washed clear flake and recycled PET chip, GRS certified, a few hundred tonnes a month.", PET_FLAKE),),
        (N("We're after baled PET bottles, any colour, no GRS needed on the bales.", PET_BALES),)),
    Sme(31, "Chonburi rYarn Co., Ltd.", "en", CIRC, MID, "Chonburi", "sales@chonburiryarn.example.com", (GRS,), ("circular",),
        (Of("So basically we melt-spin recycled polyester yarn from bottle flake, filament and DTY, seventy-five and one-fifty denier, GRS certified.", RPET_YARN),),
        (N("We need recycled PET flake or chip, GRS certified, because our yarn certificate depends on it.", PET_FLAKE, certs=(GRS,)),)),
    Sme(32, "โรงงานเส้นใยรีไซเคิลบางปู", "th", CIRC, MID, "Samut Prakan", "bangpoo.rfibre@example.co.th", (), ("circular",),
        (Of("ผลิตเส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวดพลาสติกค่ะ ด้ายฟิลาเมนต์ เอ่อ แล้วก็ด้ายดีทีวายด้วย ยังไม่มีใบรับรองนะคะ ราคาเลยถูกกว่า", RPET_YARN),),
        (N("ต้องการเกล็ดพลาสติกเพ็ทที่ล้างแล้ว หรือเม็ดเพ็ทรีไซเคิลค่ะ ไม่ต้องมีใบรับรองก็ได้", PET_FLAKE),)),
    Sme(33, "ร้านถักผ้าพันธุ์ทอง", "th", CIRC, MID, "Samut Sakhon", "phanthong.knit@example.co.th", (), (),
        (Of("รับถักผ้าวงกลมครับ ลูกค้าส่งด้ายมา เราถักให้ ผ้าเจอร์ซี่ ผ้าริบ ผ้าจูติ มีเครื่องยี่สิบกว่าเครื่องครับ", KNITTING),),
        (U("หาช่างคุมเครื่องถักครับ ช่างที่ซ่อมเครื่องเป็นด้วย มาทำงานประจำ ตอนนี้ขาดคนมาก", UNMET_WORKERS),)),
    Sme(34, "GreenLoop Knit Co., Ltd.", "en", CIRC, MID, "Bangkok", "knit@greenloop.example.com", (GRS, OEKO), ("circular",),
        (Of("We knit recycled jersey, rPET with recycled cotton, single jersey and pique, GRS certified and OEKO-TEX tested.", REC_JERSEY),),
        (N("We're after recycled polyester yarn, GRS certified, seventy-five denier.", RPET_YARN, certs=(GRS,)),
         N("Also recycled cotton-blend yarn for the cotton side, open-end is fine.", REC_YARN),
         N("Honestly we'd love someone who can knit overflow orders for us when our machines are full.", KNITTING))),
    Sme(35, "Second Round Tees", "en", CIRC, DOWN, "Bangkok", "hi@secondroundtees.example.com", (), ("circular",),
        (Of("We sell T-shirts made from recycled fibre, plain and printed, online and through a couple of cafés.", REC_TSHIRT),),
        (N("What we're really after is recycled jersey fabric, GRS certified, white and heather grey.", REC_JERSEY, certs=(GRS,)),
         N("We also need a screen printer for our graphics, small runs of about a hundred.", SCREEN),
         N("And someone to sew the tees, cut-make-trim on knits.", CMT_KNIT))),
    Sme(36, "ร้านสกรีนเสื้อประตูน้ำ", "th", CIRC, MID, "Bangkok", "pratunam.screen@example.co.th", (), (),
        (Of("รับสกรีนเสื้อครับ สกรีนมือ สกรีนบล็อก สีน้ำ สีพลาสติซอล ขั้นต่ำห้าสิบตัวครับ", SCREEN),),
        (U("อยากได้เครื่องอบสกรีนแบบสายพานครับ มือสองก็ได้ ขอให้ยังใช้ได้ดี", UNMET_MACHINE),)),
    Sme(37, "กระเป๋าเศษผ้าแม่ริม", "th", CIRC, DOWN, "Chiang Mai", "maerim.patchbag@example.co.th", (), ("circular",),
        (Of("เย็บกระเป๋าจากเศษผ้าเจ้า กระเป๋าผ้าปะต่อ ๆ กัน กระเป๋าสะพาย กระเป๋าใบเล็กใส่เหรียญเจ้า", UPCYCLED_BAG),),
        (N("อยากได้เศษผ้าเหลือจากโรงงานตัดเย็บเจ้า ชิ้นใหญ่หน่อย เสื้อผ้ามือสองบ่เอาเน้อ ซักยาก", OFFCUTS),)),
    Sme(38, "The Slow Shelf", "en", CIRC, DOWN, "Bangkok", "buying@slowshelf.example.com", (), ("circular",),
        (),
        (N("We're looking to stock upcycled bags, the patchwork kind made from factory offcuts.", UPCYCLED_BAG),
         N("Also recycled-fibre T-shirts, just a small range.", REC_TSHIRT),
         N("And honestly we'd take some naturally indigo-dyed cotton totes from Isan.", INDIGO_BAG))),
    Sme(39, "ครามสกลฮักแพง", "th", AGE_I, DOWN, "Sakon Nakhon", "khramsakon@example.co.th", (), ("bio",),
        (Of("ทำกระเป๋าผ้าฝ้ายย้อมครามเด้อ ย้อมครามแท้ ๆ ทรงถุงผ้า ทรงสะพายข้าง ขายนักท่องเที่ยว", INDIGO_BAG),),
        (N("อยากได้ผ้าฝ้ายทอมือแบบยังบ่ได้ย้อมเด้อ เอามาย้อมเอง", COTTON_CLOTH_HAND),
         N("แล้วก็ครามเปียกเด้อ ปีนี้ครามที่ปลูกเองเสียหายหลาย", INDIGO_PASTE))),
    Sme(40, "Andaman Bay Resort", "en", AGE_C, DOWN, "Phuket", "purchasing@andamanbay.example.com", (), (),
        (),
        (N("What we're really after is bed linen, full sets, sheets, duvet covers, pillowcases, for about two hundred rooms.", BEDDING),
         N("And batik sarongs for the rooms and the spa, proper southern ones.", BATIK))),
    Sme(41, "โรงงานชุดนักเรียนขอนแก่น", "th", CIRC, DOWN, "Khon Kaen", "kk.uniform@example.co.th", (), ("circular",),
        (Of("มีเศษผ้าจากการตัดชุดนักเรียนเยอะเด้อ เศษผ้าโทเร เศษผ้าฝ้าย เอาไปได้ฟรีหรือขายถูก ๆ", OFFCUTS),),
        (U("อยากได้ผ้าโทเรขาวทำเสื้อนักเรียนเด้อ ผ้าทีซีหน้ากว้าง", UNMET_TC),
         N("แล้วก็ร้านสกรีนโลโก้โรงเรียนลงเสื้อพละเด้อ", SCREEN))),
    Sme(42, "Apex Performance Fabrics", "en", SPORT, MID, "Samut Prakan", "fabric@apexperf.example.com", (BLUESIGN, OEKO), ("green",),
        (Of("So basically we knit moisture-wicking polyester, bird-eye mesh and interlock; we're a bluesign approved mill with OEKO-TEX Standard 100 on all colours.", PERF_KNIT),),
        (N("We're after recycled polyester yarn, GRS certified, for the recycled line.", RPET_YARN, certs=(GRS,)),)),
    Sme(43, "โรงถักผ้ากีฬาสระบุรี", "th", SPORT, MID, "Saraburi", "saraburi.sportfabric@example.co.th", (), (),
        (Of("ผลิตผ้ากีฬาค่ะ ผ้าไมโคร ผ้าดรายฟิต แบบว่าซับเหงื่อแห้งไว แล้วก็ผ้าตาข่ายด้วยค่ะ", PERF_KNIT),),
        (N("หาด้ายโพลีเอสเตอร์รีไซเคิลค่ะ มีใบหรือไม่มีใบก็ได้", RPET_YARN),
         N("อยากได้ที่รับตกแต่งสำเร็จผ้า แบบเคลือบกันแบคทีเรียค่ะ", FINISHING))),
    Sme(44, "Tensile Knits Co.", "en", SPORT, MID, "Chonburi", "warp@tensileknits.example.com", (OEKO,), (),
        (Of("We've got a warp-knit line doing compression fabric and power mesh, nylon spandex, high stretch, OEKO-TEX tested.", COMPRESSION),),
        (U("What we're really after is spandex, I mean bare elastane yarn, forty denier; our importer keeps letting us down.", UNMET_SPANDEX),)),
    Sme(45, "ร้านเย็บชุดกีฬาศรีราชา", "th", SPORT, MID, "Chonburi", "sriracha.sewsport@example.co.th", (), (),
        (Of("รับเย็บชุดกีฬาครับ เสื้อบอล เสื้อวิ่ง กางเกงเลกกิ้ง มีจักรโพ้ง จักรลาครบ ตัดเย็บตามแพทเทิร์นลูกค้า", CMT_KNIT),),
        (N("หายางยืดกับเทปครับ ยางยืดขอบกางเกง สายเทปทอ", WEBBING),
         U("แล้วก็อยากได้ช่างเย็บมาทำงานประจำ สักห้าคนครับ", UNMET_WORKERS))),
    Sme(46, "ห้องเสื้อกีฬาโคราช", "th", SPORT, MID, "Nakhon Ratchasima", "korat.sportsew@example.co.th", (), (),
        (Of("รับตัดเย็บเสื้อกีฬาเด้อ เสื้อทีม เสื้อวิ่งมาราธอน ผ้ายืดทุกชนิด", CMT_KNIT),),
        (U("หาลูกค้าเด้อ ลูกค้าประจำ อยากได้ออเดอร์ต่อเนื่องทั้งปี", UNMET_CUSTOMERS),
         N("แล้วก็หาที่รับพิมพ์ซับลิเมชั่นเด้อ พิมพ์ลายเต็มตัว", SUBLIM))),
    Sme(47, "Full Print Lab", "en", SPORT, MID, "Bangkok", "print@fullprintlab.example.com", (), (),
        (Of("So basically we do dye-sublimation printing, all-over prints on polyester, roll-to-roll or cut panels, you send the fabric.", SUBLIM),),
        (U("We're after sublimation transfer paper in bulk, the hundred-gram kind.", UNMET_PAPER),)),
    Sme(48, "เสื้อทีมจัดเต็ม", "th", SPORT, DOWN, "Bangkok", "jadtem.teamwear@example.co.th", (), (),
        (Of("ขายเสื้อทีมค่ะ เสื้อบอล เสื้อวิ่ง ออกแบบลายให้ฟรี พิมพ์ชื่อพิมพ์เบอร์ครบ", TEAMWEAR),),
        (N("หาผ้ากีฬาแบบแห้งไวค่ะ ผ้าไมโครสปอร์ตอ่ะค่ะ", PERF_KNIT),
         N("หาโรงพิมพ์ซับลิเมชั่นด้วยค่ะ", SUBLIM),
         N("แล้วก็โรงเย็บรับจ้าง เย็บเสื้อกีฬาค่ะ", CMT_KNIT))),
    Sme(49, "Doi Trail Gear", "en", SPORT, DOWN, "Chiang Mai", "team@doitrail.example.com", (), (),
        (Of("We make trail running tops and shorts, designed here in Chiang Mai.", RUNWEAR),),
        (N("What we're really after is a wicking performance knit that's bluesign approved.", PERF_KNIT, certs=(BLUESIGN,)),
         N("Compression fabric for the shorts liners, OEKO-TEX Standard 100 is a must.", COMPRESSION, certs=(OEKO,)),
         N("And a sewing contractor who really knows flatlock on stretch knits.", CMT_KNIT))),
    Sme(50, "IronWorks Gyms", "en", SPORT, DOWN, "Bangkok", "ops@ironworksgyms.example.com", (), (),
        (),
        (N("We need gym towels, cotton terry, the small sweat ones, a few thousand.", TERRY),
         N("And staff tops, sporty training tees with our logo on.", TEAMWEAR))),
    Sme(51, "โรงงานตกแต่งสำเร็จนวนคร", "th", SPORT, MID, "Pathum Thani", "navanakorn.finish@example.co.th", (), (),
        (Of("รับตกแต่งสำเร็จผ้าครับ เคลือบกันแบคทีเรีย เคลือบดูดซับเหงื่อ กันยูวี ผ้ามาจากลูกค้า เราทำให้", FINISHING),),
        (U("อยากได้สารเคมีกันแบคทีเรียแบบไม่มีโลหะหนักครับ ยังหาแหล่งในประเทศไม่ได้เลย", UNMET_CHEMICALS),)),
    Sme(52, "โรงทอเทปโพธาราม", "th", SPORT, MID, "Ratchaburi", "photharam.tape@example.co.th", (), (),
        (Of("ทอยางยืดกับสายเทปค่ะ ยางยืดขอบกางเกง ยางยืดหูหน้ากาก สายเทปทำหูหิ้ว สายกระเป๋า", WEBBING),),
        (N("หาด้ายโพลีเอสเตอร์รีไซเคิลมาทอเทปค่ะ เอ่อ ต้องมีใบ GRS ด้วยนะ ลูกค้าญี่ปุ่นเขาขอ", RPET_YARN, certs=(GRS,)),)),
    Sme(53, "Hat Yai Wittaya International School", "en", SPORT, DOWN, "Songkhla", "procurement@hatyaiwittaya.example.com", (), (),
        (),
        (N("We need PE kits for about eight hundred students, sports shirts and shorts in house colours.", TEAMWEAR),)),
    Sme(54, "โรงงานถุงเท้าสามพราน", "th", SPORT, DOWN, "Nakhon Pathom", "sampran.socks@example.co.th", (), (),
        (Of("ทำถุงเท้ากีฬาแล้วก็ถุงเท้ากันลื่นค่ะ มีปุ่มยางใต้ฝ่าเท้า ใส่เดินในบ้านพักคนชราก็ได้", GRIP_SOCKS),),
        (N("ต้องการด้ายโพลีเอสเตอร์รีไซเคิลค่ะ ไม่จำเป็นต้องมี GRS", RPET_YARN),)),
    Sme(55, "Patong Fight Wear", "en", SPORT, DOWN, "Phuket", "shop@patongfight.example.com", (), (),
        (Of("We make Muay Thai shorts and fight tees for the camps and the tourists.", FIGHTWEAR),),
        (U("What we're really after is that shiny satin for the shorts, polyester satin, proper heavy weight.", UNMET_SATIN),
         N("And all-over sublimation for the fight tees.", SUBLIM),
         N("Honestly we'd take any sewing contractor for stretch tees.", CMT_KNIT))),
    Sme(56, "Samui Stillwater Retreat", "en", AGE_C, DOWN, "Surat Thani", "stay@samuistillwater.example.com", (), ("green",),
        (),
        (N("We're after spa robes and treatment wraps, natural cotton, nice and soft.", SPA_TEXT),
         N("Yoga and spa towels too, cotton terry.", TERRY))),
    Sme(57, "Rangsit Weaving Mill Co., Ltd.", "en", AGE_C, MID, "Pathum Thani", "mill@rangsitweaving.example.com", (ISO9001,), (),
        (Of("We weave wide cotton sheeting on air-jet looms, a hundred and ten inch, grey or bleached; ISO 9001 mill.", MILL_SHEETING),),
        (N("We need machine-spun cotton yarn, organic is fine, Ne thirty and forty, no certificate needed.", COTTON_YARN_MILL),)),
    Sme(58, "โรงงานเคลือบผ้าบางปะอิน", "th", AGE_C, MID, "Phra Nakhon Si Ayutthaya", "bangpain.coating@example.co.th", (OEKO,), (),
        (Of("เคลือบผ้ากันน้ำค่ะ ผ้าเคลือบทีพียู ระบายอากาศได้ ใช้ทำผ้ารองกันเปื้อน ผ้าปูกันน้ำ ผ่าน OEKO-TEX แล้วค่ะ", TPU),),
        ()),
    Sme(59, "บริษัท ยกดีแคร์ จำกัด", "th", AGE_C, DOWN, "Nonthaburi", "yokdeecare@example.co.th", (ISO13485,), (),
        (Of("ผลิตผ้ายกตัวผู้ป่วยค่ะ ผ้าเคลื่อนย้ายผู้ป่วย มีหูจับหกจุด รับน้ำหนักได้ร้อยห้าสิบกิโล โรงงานได้ ISO 13485 ค่ะ", TRANSFER),),
        (N("ต้องการผ้าฝ้ายทอโรงงานหน้ากว้างค่ะ ผ้าดิบหรือผ้าฟอกขาวก็ได้ เอามาทำตัวผ้า", MILL_SHEETING),
         N("หาสายเทปทอแข็ง ๆ ทำหูจับค่ะ", WEBBING))),
    Sme(60, "DryNight Care Co., Ltd.", "en", AGE_C, DOWN, "Samut Prakan", "care@drynight.example.com", (FDA,), (),
        (Of("We make washable underpads, four layers, quilted, good for three hundred washes, Thai FDA registered.", UNDERPAD),),
        (N("We're after waterproof TPU-laminated fabric for the bottom layer, breathable if possible.", TPU),)),
    Sme(61, "โรงพยาบาลบางนาเวชการ", "th", AGE_C, DOWN, "Bangkok", "purchasing.bangnavej@example.co.th", (), (),
        (),
        (N("ทางโรงพยาบาลต้องการผ้ายกตัวผู้ป่วยค่ะ ต้องเป็นของโรงงานที่ได้ ISO 13485 เท่านั้นนะคะ ฝ่ายจัดซื้อเขาเข้มเรื่องนี้", TRANSFER, certs=(ISO13485,)),
         N("แล้วก็ผ้ารองซับแบบซักได้ค่ะ", UNDERPAD),
         N("ผ้าปูเตียง ปลอกหมอน สำหรับหอผู้ป่วยค่ะ", BEDDING))),
    Sme(62, "Isan CareWorks", "en", AGE_I, DOWN, "Khon Kaen", "hello@isancareworks.example.com", (), (),
        (Of("We sew patient transfer sheets with handles, and slide sheets too, for community hospitals.", TRANSFER),),
        (N("What we're really after is wide mill cotton sheeting, bleached, a hundred inches plus.", MILL_SHEETING),)),
    Sme(63, "กลุ่มแม่บ้านเย็บผ้ารองซับหนองสำโรง", "th", AGE_I, DOWN, "Udon Thani", "nongsamrong.pads@example.co.th", (), (),
        (Of("เย็บผ้ารองซับฉี่แบบซักได้เด้อ ผ้ารองกันเปื้อนสำหรับผู้ป่วยติดเตียง", UNDERPAD),),
        (N("อยากได้ผ้ากันน้ำเด้อ ผ้าเคลือบทีพียูนั่นแหละ มาทำชั้นล่าง", TPU),)),
    Sme(64, "โรงเย็บนครชัยศรี", "th", AGE_C, MID, "Nakhon Pathom", "nakhonchaisri.sew@example.co.th", (), (),
        (Of("รับเย็บงานผ้าทอครับ ผ้าปูที่นอน ปลอกหมอน ชุดผู้ป่วย เสื้อกาวน์ งานผ้ายืดไม่รับนะครับ", CMT_WOVEN),),
        (N("หาผ้าฝ้ายโรงงานหน้ากว้างครับ เอามาทำผ้าปูเวลาลูกค้าไม่ได้ส่งผ้ามา", MILL_SHEETING),)),
    Sme(65, "Golden Years Residence Chiang Mai", "en", AGE_C, DOWN, "Chiang Mai", "care@goldenyearscm.example.com", (), (),
        (),
        (N("We need transfer sheets for moving residents in bed; ISO 13485 not required, just sturdy handles.", TRANSFER),
         N("Adaptive clothing for residents, easy open backs, magnets or velcro.", ADAPTIVE),
         N("Anti-slip socks, lots of them.", GRIP_SOCKS))),
    Sme(66, "ผ้าฝ้ายใส่สบายวัยเก๋า", "th", AGE_I, DOWN, "Khon Kaen", "waikao.wear@example.co.th", (), (),
        (Of("ตัดเสื้อผ้าผู้สูงอายุเด้อ เสื้อผ่าหน้าติดแม่เหล็ก กางเกงเอวยางใส่ง่าย คนป่วยติดเตียงก็ใส่ได้", ADAPTIVE),),
        (N("อยากได้ผ้าฝ้ายทอมือนุ่ม ๆ ยังบ่ได้ย้อมเด้อ", COTTON_CLOTH_HAND),
         U("กระดุมแม่เหล็กแบบซักได้ หาบ่ได้เลยเด้อ", UNMET_MAGNETS))),
    Sme(67, "Tha Chin Terry Mills", "en", AGE_C, MID, "Samut Sakhon", "towels@thachinterry.example.com", (ISO9001,), (),
        (Of("We weave cotton terry: bath towels, hand towels, spa and gym towels, white or dyed.", TERRY),),
        (N("We need machine-spun cotton yarn, organic welcome, GOTS not required.", COTTON_YARN_MILL),)),
    Sme(68, "เครื่องนอนบ้านสุขนิทรา", "th", AGE_C, DOWN, "Bangkok", "suknitra.bedding@example.co.th", (), (),
        (Of("ทำชุดเครื่องนอนค่ะ ผ้าปู ปลอกหมอน ปลอกผ้านวม ส่งโรงแรม ส่งโรงพยาบาล", BEDDING),),
        (N("ต้องการผ้าฝ้ายหน้ากว้างทอโรงงานค่ะ หน้าร้อยนิ้วขึ้นไป เพราะผ้าทอมือหน้าแคบทำผ้าปูไม่ได้", MILL_SHEETING),
         N("ช่วงออเดอร์ล้นก็อยากได้โรงเย็บรับจ้างค่ะ เย็บผ้าปูปลอกหมอน", CMT_WOVEN))),
    Sme(69, "Railay Cliff Hotel", "en", AGE_C, DOWN, "Krabi", "gm@railaycliff.example.com", (), (),
        (),
        (N("Bed linen for a hundred and twenty rooms.", BEDDING),
         N("Bath towels and pool towels, cotton terry.", TERRY),
         N("And spa robes for the treatment rooms.", SPA_TEXT))),
    Sme(70, "ล้านนาสปาแอนด์เวลเนส", "th", AGE_C, DOWN, "Chiang Mai", "lannaspa@example.co.th", (), (),
        (),
        (N("ที่สปาอยากได้ชุดคลุมกับผ้าพันตัวสำหรับลูกค้าเจ้า ผ้าฝ้ายนุ่ม ๆ", SPA_TEXT),
         N("ผ้าขนหนูเจ้า ผ้าเช็ดตัวขาว ๆ", TERRY),
         U("อยากได้คนมาเทรนหมอนวดรุ่นใหม่ด้วยเจ้า", UNMET_TRAINING))),
    Sme(71, "Cotton Cloud Spa Linen", "en", HEMP, DOWN, "Chiang Mai", "linen@cottoncloud.example.com", (), ("bio",),
        (Of("So basically we sew spa robes, sarong wraps and treatment wraps from hand-woven cotton.", SPA_TEXT),),
        (N("What we're really after is undyed hand-loom cotton cloth, natural off-white.", COTTON_CLOTH_HAND),)),
    Sme(72, "กลุ่มทอผ้าขาวม้าร้อยสี", "th", AGE_I, MID, "Roi Et", "roysi.khaoma@example.co.th", (), ("bio",),
        (Of("ทอผ้าขาวม้าเด้อ ผ้าขาวม้าทอมือลายตาหมากรุก สีสด ๆ หลายสี", PHA_KHAO_MA),),
        (N("หาด้ายฝ้ายโรงงานเด้อ ด้ายปั่นเครื่อง ฝ้ายอินทรีย์ยิ่งดี ไม่ต้องมีใบรับรอง", COTTON_YARN_MILL),)),
    Sme(73, "กลุ่มผ้าฝ้ายทอมือบ้านนาคู", "th", AGE_I, MID, "Kalasin", "nakhu.cotton@example.co.th", (), ("bio",),
        (Of("ทอผ้าฝ้ายทอมือเด้อ ผ้าดิบ ๆ สีขาวนวลตามธรรมชาติ บ่ได้ย้อม หน้าผ้าสามสิบหกนิ้ว", COTTON_CLOTH_HAND),),
        (N("อยากได้ด้ายฝ้ายเข็นมือเด้อ เส้นมันจะได้มีผิวมีเสน่ห์", COTTON_YARN_HAND),)),
    Sme(74, "กลุ่มหมอนขิดบ้านดอนหวาย", "th", AGE_I, DOWN, "Yasothon", "donwai.khit@example.co.th", (OTOP,), ("bio",),
        (Of("ทำหมอนขวานผ้าขิดเด้อ หมอนสามเหลี่ยม ยัดนุ่น ได้โอทอปห้าดาว", KHIT_PILLOW),),
        (N("นุ่นบ่พอเด้อ อยากได้นุ่นเป็นกระสอบ ๆ", KAPOK),
         U("หาลูกค้าต่างประเทศเด้อ อยากส่งออก", UNMET_CUSTOMERS))),
    Sme(75, "สวนนุ่นศรีสะเกษ", "th", AGE_I, UP, "Sisaket", "sisaket.kapok@example.co.th", (), ("bio",),
        (Of("มีนุ่นเด้อ นุ่นแกะเมล็ดแล้ว ตีฟูแล้ว ใส่กระสอบ เอาไปยัดหมอนยัดที่นอนได้เลย", KAPOK),),
        ()),
    Sme(76, "Siam Hearth Exports", "en", AGE_I, DOWN, "Bangkok", "sourcing@siamhearth.example.com", (), (),
        (),
        (N("We need triangle khit pillows, OTOP certified, for a German client.", KHIT_PILLOW, certs=(OTOP,)),
         N("Hand-woven pha khao ma, by the piece.", PHA_KHAO_MA),
         N("And finished scarves, cotton or silk, whatever's nice.", SCARVES, BATIK))),
    Sme(77, "กลุ่มเย็บหน้ากากผ้าวารินชำราบ", "th", AGE_I, DOWN, "Ubon Ratchathani", "warin.masks@example.co.th", (), (),
        (Of("เย็บหน้ากากผ้าเด้อ หน้ากากผ้าฝ้ายสองชั้น ซักได้ มีไซส์เด็กไซส์ผู้ใหญ่", MASKS),),
        (N("อยากได้ยางยืดหูหน้ากากเด้อ แบบนุ่ม ๆ ใส่แล้วบ่เจ็บหู", WEBBING),)),
    Sme(78, "CareWell Pharmacy Group", "en", AGE_C, DOWN, "Nonthaburi", "category@carewellpharmacy.example.com", (), (),
        (),
        (N("We're after reusable cloth masks; Thai FDA not needed for cloth ones.", MASKS),
         N("And washable underpads for the home-care shelf, Thai FDA registered please.", UNDERPAD, certs=(FDA,)))),
    Sme(79, "โรงเรียนบ้านโนนสูงวิทยา", "th", SPORT, DOWN, "Nakhon Ratchasima", "nonsung.school@example.co.th", (), (),
        (),
        (N("ทางโรงเรียนอยากได้ชุดพละเด้อ เสื้อกีฬากับกางเกงวอร์ม ห้าร้อยชุด", TEAMWEAR),
         N("หน้ากากผ้าให้เด็ก ๆ ด้วยเด้อ", MASKS))),
    Sme(80, "Khon Kaen Community Hospital Foundation", "en", AGE_I, DOWN, "Khon Kaen", "supplies@kkhospitalfdn.example.com", (), (),
        (),
        (N("We need washable underpads, Thai FDA registered.", UNDERPAD, certs=(FDA,)),
         N("Someone to sew patient gowns from our own woven cotton.", CMT_WOVEN),
         N("Transfer sheets as well, no certificate needed.", TRANSFER))),
    Sme(81, "เสื้อกัญชงแม่ริม", "th", HEMP, DOWN, "Chiang Mai", "maerim.hempwear@example.co.th", (), ("bio",),
        (Of("ตัดเสื้อผ้ากัญชงเจ้า เสื้อกัญชงย้อมคราม กางเกงเล ขายนักท่องเที่ยวเจ้า", HEMP_WEAR),),
        (N("หาผ้าฝ้าย เอ้ย ผ้ากัญชงเจ้า ผ้ากัญชงทอมือที่ยังบ่ได้ย้อม เฮาจะเอาไปย้อมเอง", HEMP_CLOTH),)),
    Sme(82, "Fibre & Field Trading", "en", HEMP, DOWN, "Bangkok", "trade@fibrefield.example.com", (), ("bio",),
        (),
        (N("What we're really after is hand-loom hemp cloth, plain or indigo, we're flexible, no certificates needed.", HEMP_CLOTH, HEMP_CLOTH_INDIGO),
         U("And we need buyers in Australia, if anyone has contacts.", UNMET_CUSTOMERS))),
    Sme(83, "ร้านย้อมสีธรรมชาติแม่จัน", "th", HEMP, MID, "Chiang Rai", "maechan.dye@example.co.th", (), ("bio",),
        (Of("รับย้อมสีธรรมชาติเจ้า ครั่ง ประดู่ มะเกลือ เปลือกมะม่วง ย้อมเส้นด้ายก็ได้ ย้อมผ้าก็ได้ แต่ครามบ่ได้ทำเน้อ", PLANT_DYEING),),
        (N("หาผงสีธรรมชาติเจ้า ครั่งแห้ง ผงมะเกลือ", PLANT_DYE),)),
    Sme(84, "Muted Tones Studio", "en", CIRC, DOWN, "Bangkok", "studio@mutedtones.example.com", (), ("green",),
        (Of("We do small-batch womenswear, naturally dyed, sold in Bangkok and Tokyo.", NAT_WOMENSWEAR),),
        (N("We need a contract dyer for plant colours, lac reds, ebony blacks, on our cotton garments.", PLANT_DYEING),
         N("And indigo dyeing on a job basis, natural vat.", INDIGO_DYEING))),
    Sme(85, "กลุ่มผ้าปาเต๊ะสงขลา", "th", HEMP, DOWN, "Songkhla", "songkhla.batik@example.co.th", (), (),
        (Of("เขียนผ้าบาติกหนิ ผ้าปาเต๊ะ ผ้าพันคอบาติก ผ้าถุงบาติก ลายทะเลลายดอกไม้", BATIK),),
        (N("อยากได้ผ้าฝ้ายขาวหน้ากว้างทอโรงงานหนิ ผ้าพับใหญ่ ๆ เอามาเขียนเทียน", MILL_SHEETING),)),
    Sme(86, "ร้านรับซื้อขวดพลาสติกมหาชัย", "th", CIRC, UP, "Samut Sakhon", "mahachai.bottles@example.co.th", (), ("circular",),
        (Of("รับซื้อขวดพลาสติกใสครับ ขวดน้ำดื่ม อัดเป็นก้อนแล้ว ส่งโรงงานได้เป็นตัน", PET_BALES),),
        (U("อยากได้เงินกู้ดอกเบี้ยต่ำครับ จะซื้อเครื่องอัดก้อนตัวใหม่", UNMET_LOAN),)),
    Sme(87, "Brand Kit Asia", "en", CIRC, DOWN, "Bangkok", "merch@brandkitasia.example.com", (), (),
        (),
        (N("What we're really after is T-shirts made from recycled fibre for client events, a couple of thousand a quarter.", REC_TSHIRT),
         N("Honestly we'd also take tote bags made from offcuts.", UPCYCLED_BAG))),
    Sme(88, "บ้านพักผู้สูงอายุสวนร่มไม้", "th", AGE_C, DOWN, "Nakhon Nayok", "suanrommai.care@example.co.th", (), (),
        (),
        (N("ต้องการผ้ารองซับแบบซักได้ค่ะ ไม่ต้องมี อย. ก็ได้ค่ะ", UNDERPAD),
         N("เสื้อผ้าผู้สูงอายุแบบใส่ง่าย ๆ ค่ะ", ADAPTIVE),
         N("แล้วก็ผ้าห่มที่ทำจากผ้ารีไซเคิลค่ะ ทางบ้านพักอยากช่วยสิ่งแวดล้อม", REC_BLANKET))),
    Sme(89, "ผ้าห่มรีไซเคิลลำปาง", "th", CIRC, DOWN, "Lampang", "lampang.blanket@example.co.th", (), ("circular",),
        (Of("ทอผ้าห่มจากด้ายรีไซเคิลเจ้า ผ้าห่มเนื้อหนา สีเทา ๆ ฟ้า ๆ อุ่นดีเจ้า", REC_BLANKET),),
        (N("หาด้ายฝ้ายรีไซเคิลเจ้า ด้ายโอเพนเอนด์ เบอร์เล็ก ๆ", REC_YARN),)),
    Sme(90, "Buriram Silk Reelers", "en", AGE_I, UP, "Buriram", "reel@buriramsilk.example.com", (), ("bio",),
        (Of("We raise Thai silkworms and hand-reel the yarn, fine inner silk and the coarser outer silk, sold by the kilo.", SILK_YARN),),
        (U("We need a bit of capital for new rearing houses, honestly a soft loan would help.", UNMET_LOAN),)),
    Sme(91, "RunHub Online", "en", SPORT, DOWN, "Bangkok", "buying@runhub.example.com", (), (),
        (),
        (U("We're after finished compression leggings, women's, under our own label.", UNMET_LEGGINGS),
         N("And running tees, finished, sublimated, to stock.", RUNWEAR, TEAMWEAR))),
    Sme(92, "กลุ่มเย็บผ้านครพนม", "th", AGE_I, MID, "Nakhon Phanom", "nakhonphanom.sew@example.co.th", (), (),
        (Of("รับเย็บงานผ้าทอเด้อ ชุดผู้ป่วย ผ้าปูที่นอน ผ้าม่าน", CMT_WOVEN),
         Of("มีเศษผ้าที่เหลือจากการตัดด้วยเด้อ ให้ไปฟรี ๆ", OFFCUTS)),
        (U("อยากได้งบไปอบรมช่างเย็บรุ่นใหม่เด้อ", UNMET_TRAINING),)),
    Sme(93, "Udon Silver Living", "en", AGE_I, DOWN, "Udon Thani", "shop@udonsilver.example.com", (), (),
        (),
        (N("We stock adaptive clothing for older folks, easy-dress shirts and trousers.", ADAPTIVE),
         N("Washable underpads, no certificate needed.", UNDERPAD),
         N("And anti-slip socks.", GRIP_SOCKS))),
    Sme(94, "ร้านของฝากผ้าทอนิมมาน", "th", HEMP, DOWN, "Chiang Mai", "nimman.souvenir@example.co.th", (), (),
        (),
        (N("ร้านอยากได้ผ้าพันคอเจ้า ฝ้ายหรือไหมก็ได้", SCARVES, BATIK),
         N("กระเป๋าผ้าย้อมครามเจ้า", INDIGO_BAG),
         N("เสื้อกัญชงด้วยเจ้า", HEMP_WEAR))),
    Sme(95, "Ping River Weavers", "en", HEMP, MID, "Chiang Mai", "loom@pingriverweavers.example.com", (), ("bio",),
        (Of("We weave scarves on floor looms, hemp-cotton and silk-cotton, sold finished.", SCARVES),),
        (N("We're after machine-spun hemp yarn, fine count, on cones.", HEMP_YARN_MILL),)),
    Sme(96, "ร้านสกรีนเสื้อจันทบุรี", "th", CIRC, MID, "Chanthaburi", "chanthaburi.screen@example.co.th", (), (),
        (Of("ร้านเรารับสกรีนเสื้อค่ะ งานบล็อกสกรีนสีน้ำ สีจม เสื้อทีม เสื้องานบวช เสื้อรุ่น สั่งขั้นต่ำสามสิบตัวค่ะ", SCREEN),),
        (N("อยากได้เสื้อยืดเปล่าที่ทำจากผ้ารีไซเคิลมาสกรีนขายเองค่ะ ลูกค้าถามหาเยอะ", REC_TSHIRT),)),
    Sme(97, "กลุ่มทอผ้าจกคูบัว", "th", HEMP, MID, "Ratchaburi", "khubua.jok@example.co.th", (), ("bio",),
        (Of("ทอผ้าซิ่นตีนจกไท-ยวนค่ะ จกมือทีละเส้นเลยนะคะ ผืนนึงทอเป็นเดือน ๆ", "hand-woven jok sarong cloth"),),
        (N("อยากได้เส้นไหมไทยค่ะ ไหมสาวมือ เอามาจกลาย ตอนนี้ใช้ไหมจีนอยู่ อยากเปลี่ยน", SILK_YARN),)),
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
REQUIRED_FIELDS = frozenset(CONTRACT_FIELDS) - {"certifications", "bcg"}
EMAIL = re.compile(r"^[a-z0-9][a-z0-9._-]*@(?:[a-z0-9-]+\.)*example\.(?:com|co\.th)$")
THAI_LETTER = re.compile("[\u0e01-\u0e2e\u0e30-\u0e39\u0e40-\u0e45\u0e47-\u0e4e]")
THAI_ANY = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z]")


def thai_share(text: str) -> float:
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def offered_labels(sme: Sme) -> set[str]:
    return {offer.label for offer in sme.offers}


def links_of(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            for supplier in smes:
                if supplier is buyer:
                    continue
                if offered_labels(supplier) & set(need.meets) and set(need.certs) <= set(supplier.certifications):
                    found.add((supplier.id, buyer.id))
    return sorted(found)


def profile(sme: Sme) -> dict[str, object]:
    return {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub_cluster,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [offer.text for offer in sme.offers],
        "needs": [need.text for need in sme.needs],
        "certifications": list(sme.certifications),
        "bcg": list(sme.bcg),
        "contact_email": sme.email,
        "language": sme.language,
    }


def check(smes: tuple[Sme, ...]) -> list[str]:
    errors: list[str] = []
    sub_clusters = {str(value) for value in taxonomy.SubCluster}
    stages = {str(value) for value in taxonomy.Stage}
    bcg_tags = {str(value) for value in taxonomy.BcgTag}
    canonical_certs = {cert.name for cert in taxonomy.CERTIFICATIONS}
    all_offered = {offer.label for sme in smes for offer in sme.offers}

    ids = [sme.id for sme in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if [sme.n for sme in smes] != list(range(1, len(smes) + 1)):
        errors.append("ids are not consecutive from 001")
    emails = [sme.email for sme in smes]
    if len(set(emails)) != len(emails):
        errors.append("duplicate emails")

    for sme in smes:
        where = sme.id
        record = profile(sme)
        if set(record) - set(CONTRACT_FIELDS) or REQUIRED_FIELDS - set(record):
            errors.append(f"{where}: fields differ from the contract")
        if not re.fullmatch(rf"{PREFIX}-\d{{3}}", sme.id):
            errors.append(f"{where}: bad id")
        if not sme.name.strip():
            errors.append(f"{where}: empty name")
        if sme.sub_cluster not in sub_clusters:
            errors.append(f"{where}: sub_cluster {sme.sub_cluster!r}")
        if sme.stage not in stages:
            errors.append(f"{where}: stage {sme.stage!r}")
        province = taxonomy.resolve_province(sme.province)
        if province is None or province.name_en != sme.province:
            errors.append(f"{where}: province {sme.province!r} is not a canonical English name")
        if sme.language not in taxonomy.LANGUAGES:
            errors.append(f"{where}: language {sme.language!r}")
        if not EMAIL.fullmatch(sme.email):
            errors.append(f"{where}: email {sme.email!r}")
        for cert in sme.certifications:
            if cert not in canonical_certs or taxonomy.resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not canonical")
        if len(set(sme.certifications)) != len(sme.certifications):
            errors.append(f"{where}: repeated certification")
        if not set(sme.bcg) <= bcg_tags or len(set(sme.bcg)) != len(sme.bcg):
            errors.append(f"{where}: bcg {sme.bcg!r}")
        if not sme.offers and not sme.needs:
            errors.append(f"{where}: neither offers nor needs")

        texts = [offer.text for offer in sme.offers] + [need.text for need in sme.needs]
        for text in texts:
            if not text.strip() or text != text.strip():
                errors.append(f"{where}: empty or padded text")
            if sme.language == "th" and thai_share(text) < 0.6:
                errors.append(f"{where}: Thai text under 60% Thai letters: {text[:40]!r}")
        if sme.language == "en" and any(THAI_ANY.search(t) for t in [sme.name, *texts]):
            errors.append(f"{where}: English profile contains Thai script")

        for offer in sme.offers:
            claimed = taxonomy.find_certifications(offer.text)
            if not claimed <= set(sme.certifications):
                errors.append(f"{where}: offer claims {sorted(claimed)} it does not hold")

        own = offered_labels(sme)
        for need in sme.needs:
            named = taxonomy.find_certifications(need.text)
            if named != set(need.certs):
                errors.append(
                    f"{where}: need names {sorted(named)} but requires {sorted(need.certs)}: {need.text[:50]!r}"
                )
            if need.unmet is not None:
                if need.meets or need.certs:
                    errors.append(f"{where}: unmet need also lists labels or certifications")
                if need.unmet in all_offered:
                    errors.append(f"{where}: unmet need asks for {need.unmet!r}, which is offered")
                continue
            if not need.meets:
                errors.append(f"{where}: need lists no labels and is not marked unmet")
            if own & set(need.meets):
                errors.append(f"{where}: needs its own offer")
            for label in need.meets:
                if not any(label in offered_labels(other) for other in smes if other is not sme):
                    errors.append(f"{where}: label {label!r} offered by no one else")
            if not any(
                offered_labels(other) & set(need.meets) and set(need.certs) <= set(other.certifications)
                for other in smes
                if other is not sme
            ):
                errors.append(f"{where}: need met by no supplier once certifications count: {need.text[:50]!r}")

    links = links_of(smes)
    partnered = {a for a, _ in links} | {b for _, b in links}
    for sme in smes:
        if sme.id not in partnered:
            errors.append(f"{sme.id}: no true partner")
    return errors


# ------------------------------------------------------------------ output


def render(smes: tuple[Sme, ...]) -> tuple[bytes, bytes]:
    lines = [json.dumps(profile(sme), ensure_ascii=False) for sme in smes]
    jsonl = ("\n".join(lines) + "\n").encode("utf-8")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links_of(smes))
    return jsonl, buffer.getvalue().encode("utf-8")


def summary(smes: tuple[Sme, ...]) -> str:
    by_id = {sme.id: sme for sme in smes}
    links = links_of(smes)
    pairs = Counter(f"{by_id[a].language}->{by_id[b].language}" for a, b in links)
    crossing = sum(count for pair, count in pairs.items() if pair[:2] != pair[-2:])
    regions = Counter(str(taxonomy.resolve_province(sme.province).region) for sme in smes)  # type: ignore[union-attr]
    needs = [need for sme in smes for need in sme.needs]
    rows = [
        f"profiles {len(smes)}",
        f"language {dict(sorted(Counter(sme.language for sme in smes).items()))}",
        f"sub_cluster {dict(sorted(Counter(sme.sub_cluster for sme in smes).items()))}",
        f"stage {dict(sorted(Counter(sme.stage for sme in smes).items()))}",
        f"region {dict(sorted(regions.items()))}",
        f"offers {sum(len(sme.offers) for sme in smes)}",
        f"needs {len(needs)} (met {sum(1 for n in needs if n.unmet is None)}, unmet {sum(1 for n in needs if n.unmet is not None)}, with certification {sum(1 for n in needs if n.certs)})",
        f"no offers {sum(1 for sme in smes if not sme.offers)}, no needs {sum(1 for sme in smes if not sme.needs)}",
        f"links {len(links)} by pair {dict(sorted(pairs.items()))}, crossing {crossing} ({crossing / len(links):.0%})",
    ]
    return "\n".join(rows)


def main() -> int:
    errors = check(SMES)
    if errors:
        for error in errors:
            print(error, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    jsonl, links = render(SMES)
    (HERE / "profiles.jsonl").write_bytes(jsonl)
    (HERE / "links.csv").write_bytes(links)
    print(summary(SMES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
