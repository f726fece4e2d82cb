"""Blind listings: a held-out labelled set written as terse marketplace / intake-form entries.

Holds the SMEs as data with labels, validates everything, then writes
profiles.jsonl and links.csv next to this file. Writes nothing if a check fails.

Run from the repo root:  .venv/bin/python eval/blind_listings/write.py
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

from shared.taxonomy import (  # noqa: E402
    BcgTag,
    Stage,
    SubCluster,
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

HERE = Path(__file__).resolve().parent
PREFIX = "bls"

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"

GOTS = "GOTS"
GRS = "GRS"
OCS = "OCS"
OEKO = "OEKO-TEX Standard 100"
ISO13485 = "ISO 13485"
ISO9001 = "ISO 9001"
OTOP = "OTOP"
PEACOCK = "Thai Silk Peacock Emblem"
ORG_TH = "Organic Thailand"
TIS = "Thai Industrial Standard"
BLUESIGN = "bluesign"


@dataclass(frozen=True)
class Offer:
    text: str
    label: str  # what the offer IS


@dataclass(frozen=True)
class Need:
    text: str
    accepts: tuple[str, ...] = ()  # offer labels that meet it
    requires: tuple[str, ...] = ()  # certifications its text names
    unmet: str = ""  # "" | "trade" | "nontrade": nobody offers it


@dataclass
class Sme:
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    offers: list[Offer] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    id: str = ""


def O(text: str, label: str) -> Offer:  # noqa: E743
    return Offer(text, label)


def N(text: str, *accepts: str, req: tuple[str, ...] = ()) -> Need:
    return Need(text, tuple(accepts), req)


def U(text: str, kind: str) -> Need:
    return Need(text, (), (), kind)


S = Sme

SMES: list[Sme] = [
    # ---------------------------------------------------------------- hemp & natural fibre
    S("th", "กลุ่มปลูกกัญชงม้ง บ้านแม่สาใหม่", HEMP, UP, "Chiang Mai", bcg=("bio",), offers=[
        O("เปลือกกัญชงลอกมือ / เส้นใยกัญชงดิบ ตากแห้งแล้ว ขายเป็นกก.", "hemp bast fibre"),
        O("ด้ายกัญชงเข็นมือ ต่อมือ ม้วนละ1กก. เส้นเล็ก/เส้นใหญ่", "handspun hemp yarn"),
    ], needs=[
        U("เครื่องลอกเปลือกกัญชง มือสองก่ได้เจ้า", "nontrade"),
        N("ใครรับย้อมครามด้ายกัญชงบ้างเจ้า? ล็อตละ 10-20 กก.", "contract indigo dyeing"),
    ]),
    S("en", "Doi Hemp Fibre Co.", HEMP, UP, "Chiang Rai", bcg=("bio",), offers=[
        O("DECORTICATED HEMP FIBRE - baled 25kg, long line + tow", "hemp bast fibre"),
        O("hemp hurd / shiv (animal bedding, hempcrete)", "hemp hurd"),
    ], needs=[
        U("export buyers for hemp fibre?? EU / JP", "nontrade"),
        N("contract spinning hemp/cotton blend, Nm 20-ish, 500kg trial", "contract spinning service"),
    ]),
    S("th", "ผ้ากัญชงทอมือ บ้านห้วยหยวก", HEMP, MID, "Tak", bcg=("bio",), offers=[
        O("ผ้ากัญชงทอมือ หน้าแคบ 35-40ซม. สีขาวธรรมชาติ ม้วนละ 20 ม.", "handwoven hemp cloth undyed"),
        O("ผ้ากัญชงเขียนเทียนย้อมคราม ลายม้ง", "indigo-dyed handwoven hemp cloth"),
    ], needs=[
        N("ด้ายกัญชงเข็นมือ เดือนละ30กก.", "handspun hemp yarn"),
        N("คนรับตัดเย็บ กระเป๋า/เสื้อ ล็อตเล็กๆ 50-100 ชิ้น", "cut-and-sew contract"),
    ]),
    S("th", "ผ้าทอกัญชง แม่ฮ่องสอน", HEMP, MID, "Mae Hong Son", offers=[
        O("ผ้ากัญชงทอมือ ขาวธรรมชาติ บ่ย้อม หน้า40ซม.", "handwoven hemp cloth undyed"),
        O("เสื้อกัญชงย้อมคราม ไซส์ M-XL ตัวละ 890", "hemp shirt"),
    ], needs=[
        U("หาลูกค้าร้านค้า / ตลาดต่างประเทศ ช่วยแนะนำที", "nontrade"),
        N("ด้ายกัญชงเข็นมือ เส้นเล็ก", "handspun hemp yarn"),
    ]),
    S("en", "Lanna Hemp Atelier", HEMP, DOWN, "Chiang Mai", offers=[
        O("hemp shirts + wide pants, indigo dyed, S-XL", "hemp shirt"),
        O("hemp tote bags", "hemp bag"),
    ], needs=[
        N("hand-loom hemp cloth, natural / undyed, ~200 m per quarter", "handwoven hemp cloth undyed"),
        N("contract indigo dyeing on hemp cloth we supply", "contract indigo dyeing"),
        N("softening finish for stiff hemp cloth - enzyme? who does this", "softening finishing service"),
    ]),
    S("en", "Bangkok Home Textiles Export", HEMP, DOWN, "Bangkok", needs=[
        N("hemp/cotton fabric, mill-woven, 150cm wide, for cushion covers", "hemp/cotton mill-woven fabric wide"),
        N("natural-dyed cotton scarves, GOTS certified, 1,000 pcs", "natural-dyed cotton scarf", req=(GOTS,)),
    ]),
    S("th", "โรงทอผ้าผสมกัญชง นครปฐม", HEMP, MID, "Nakhon Pathom", offers=[
        O("ผ้ากัญชงผสมฝ้าย 55/45 ทอเครื่อง หน้ากว้าง150ซม.", "hemp/cotton mill-woven fabric wide"),
    ], needs=[
        N("ด้ายกัญชงผสมฝ้าย ปั่นเครื่อง Nm20 ขึ้นไป เดือนละ1ตัน", "machine-spun hemp/cotton yarn"),
    ]),
    S("en", "Siam Blend Spinning", HEMP, MID, "Saraburi", certs=(ISO9001,), offers=[
        O("hemp/cotton blend yarn Nm 20-40, ring spun", "machine-spun hemp/cotton yarn"),
        O("COMMISSION SPINNING - hemp, PALF, kapok & cotton blends, min 300kg", "contract spinning service"),
        O("cotton yarn carded/combed Ne 10s-40s, OE + ring", "machine-spun cotton yarn"),
    ], needs=[
        N("degummed hemp fibre 2 t/month", "hemp bast fibre"),
        N("pineapple leaf fibre for trial blends", "pineapple leaf fibre"),
    ]),
    S("th", "วิสาหกิจฝ้ายอินทรีย์เมืองเลย", HEMP, UP, "Loei", certs=(ORG_TH,), bcg=("bio", "green"), offers=[
        O("ฝ้ายดอกอินทรีย์ ได้มาตรฐานเกษตรอินทรีย์ ปีละ~2ตัน", "organic cotton fibre"),
        O("ฝ้ายเข็นมือ เส้นใหญ่/เส้นเล็ก กิโลละ600", "handspun cotton yarn"),
    ], needs=[
        U("ทุนซื้อเครื่องอีดฝ้าย+เครื่องดีดฝ้าย", "nontrade"),
        N("มีโรงปั่นไหนรับปั่นฝ้ายล็อตน้อยๆ 200กก. ได้บ่", "contract spinning service"),
    ]),
    S("en", "Chaiyaphum Organic Cotton Coop", HEMP, UP, "Chaiyaphum", certs=(OCS, ORG_TH), bcg=("bio", "green"),
      offers=[
        O("organic cotton lint (ginned) - OCS certified", "organic cotton fibre"),
    ], needs=[
        U("technician for old roller gin, anyone?", "nontrade"),
    ]),
    S("th", "ครามสกล บ้านถ้ำเต่า", HEMP, UP, "Sakon Nakhon", bcg=("bio",), offers=[
        O("เนื้อครามธรรมชาติ(ครามเปียก) กก.ละ150-200", "natural indigo paste"),
        O("รับย้อมคราม เส้นด้าย+ผืนผ้า ฝ้าย/ไหม/กัญชง", "contract indigo dyeing"),
        O("กระเป๋าผ้าฝ้ายย้อมคราม ทรงโท้ท", "indigo-dyed cotton bag"),
    ], needs=[
        N("ผ้าฝ้ายทอมือ ยังบ่ย้อม หน้า1ม. เดือนละ300ม.", "handwoven cotton cloth undyed"),
        U("ต้นครามสด/ใบคราม หน้าแล้งขาด ใครมีบ้าง", "trade"),
    ]),
    S("th", "ม่อฮ่อมแท้ ทุ่งโฮ้ง", HEMP, MID, "Phrae", offers=[
        O("รับย้อมห้อม(ครามเมืองเหนือ) ตามออเดอร์ เจ้า", "contract indigo dyeing"),
        O("เสื้อม่อฮ่อม คอจีน/คอกลม S-3XL ตัวละ250", "indigo-dyed cotton shirt"),
    ], needs=[
        N("ผ้าฝ้ายดิบ100% ทอเครื่อง หน้า60นิ้ว เอามาย้อมห้อม", "cotton greige sheeting wide"),
        N("เนื้อห้อม/เนื้อคราม เดือนละ50กก.", "natural indigo paste"),
    ]),
    S("th", "กลุ่มปลูกห้อม เมืองน่าน", HEMP, UP, "Nan", bcg=("bio",), offers=[
        O("เนื้อห้อม(ครามเหนือ) ถังละ10กก.", "natural indigo paste"),
    ], needs=[
        U("ถังหมักห้อม 200 ลิตร มือสอง", "nontrade"),
    ]),
    S("th", "กลุ่มทอผ้าฝ้าย บ้านนาข่า", HEMP, MID, "Udon Thani", offers=[
        O("ผ้าฝ้ายทอมือ สีขาวธรรมชาติ ยังบ่ได้ย้อม หน้า1ม.", "handwoven cotton cloth undyed"),
        O("ผ้าฝ้ายมัดหมี่ย้อมคราม ขายเป็นเมตร", "indigo-dyed handwoven cotton cloth"),
        O("รับจ้างทอตามแบบ ฝ้าย/ไหม", "contract hand-loom weaving"),
    ], needs=[
        N("ฝ้ายเข็นมือ เส้นใหญ่ เดือนละ40กก.", "handspun cotton yarn"),
        U("ช่างทอฝีมือดี รับเพิ่ม 3-4 คน เด้อ", "nontrade"),
    ]),
    S("en", "Isan Craft Collective", HEMP, DOWN, "Khon Kaen", offers=[
        O("indigo cotton tote bags, handmade", "indigo-dyed cotton bag"),
    ], needs=[
        N("indigo-dyed handwoven cotton by the metre", "indigo-dyed handwoven cotton cloth"),
        N("natural-dyed silk scarves - Peacock Emblem required", "natural-dyed silk scarf", req=(PEACOCK,)),
        N("mudmee silk lengths, cert not required", "handwoven silk fabric"),
    ]),
    S("th", "ไหมทองสุรินทร์", HEMP, UP, "Surin", bcg=("bio",), offers=[
        O("เส้นไหมน้อย ไหมพื้นบ้าน สาวมือ กก.ละ2,800", "handreeled Thai silk yarn"),
        O("ไหมลืบ ราคาส่ง", "coarse outer silk yarn"),
    ], needs=[
        N("มีใครรับทอผ้าไหมไหมคะ เรามีเส้นไหมเอง อยากได้ผ้าพื้น", "contract hand-loom weaving"),
    ]),
    S("th", "ผ้าไหมบ้านเขว้า", ALI, MID, "Chaiyaphum", certs=(PEACOCK, OTOP), offers=[
        O("ผ้าไหมมัดหมี่ทอมือ ตรานกยูงพระราชทาน ผืนละ2ม.", "handwoven silk fabric"),
        O("ผ้าพันคอไหม ย้อมสีธรรมชาติ", "natural-dyed silk scarf"),
    ], needs=[
        N("เส้นไหมน้อย เดือนละ10กก. บ่แพงหลาย", "handreeled Thai silk yarn"),
    ]),
    S("en", "KORAT SILK HOUSE", ALI, MID, "Nakhon Ratchasima", offers=[
        O("NATURAL-DYED SILK SCARVES / STOLES OEM", "natural-dyed silk scarf"),
        O("plain silk 40 inch, power loom, all colours", "power-loom silk fabric"),
    ], needs=[
        U("FILATURE SILK YARN 20/22D, import ok", "trade"),
    ]),
    S("th", "กลุ่มย้อมสีธรรมชาติ ป่าซาง", HEMP, MID, "Lamphun", bcg=("bio",), offers=[
        O("รับย้อมสีธรรมชาติ ครั่ง/ขนุน/มะเกลือ/ฝาง ย้อมเส้น+ผืน", "contract natural dyeing"),
        O("ผ้าพันคอฝ้ายย้อมธรรมชาติ รับได้1,000ผืน/เดือน", "natural-dyed cotton scarf"),
    ], needs=[
        N("ครั่งดิบ เปลือกมะพูด ราคาส่ง", "natural dye materials"),
    ]),
    S("th", "วัตถุดิบสีธรรมชาติ กาฬสินธุ์", HEMP, UP, "Kalasin", bcg=("bio",), offers=[
        O("ครั่งดิบ", "natural dye materials"),
        O("เปลือกมะพูด เปลือกประดู่ แก่นขนุน ตากแห้ง ขายเป็นกก.", "natural dye materials"),
    ]),
    S("en", "Ananas Fibre Lab", HEMP, UP, "Rayong", bcg=("bio", "circular"), offers=[
        O("pineapple leaf fibre (PALF), degummed, 10kg lots", "pineapple leaf fibre"),
    ], needs=[
        N("contract spinning PALF/cotton blends - who can do small lots?", "contract spinning service"),
    ]),
    S("en", "Kapok & Co.", HEMP, UP, "Lopburi", bcg=("bio",), offers=[
        O("kapok fibre, cleaned, seed-free, 20kg bales", "kapok fibre"),
        O("kapok meditation cushions (zafu)", "kapok pillow/cushion"),
    ], needs=[
        N("handwoven cotton, undyed, for zafu covers", "handwoven cotton cloth undyed"),
    ]),
    # ---------------------------------------------------------------- circular
    S("th", "ร้านรับซื้อเสื้อผ้าเก่า คัดเกรด", CIRC, UP, "Pathum Thani", bcg=("circular",), offers=[
        O("เสื้อผ้าเก่า คัดแยกแล้ว ฝ้าย100%/โพลี แยกสี อัดเบล", "sorted post-consumer textile waste"),
    ], needs=[
        U("เช่ารถ6ล้อ รายเดือน", "nontrade"),
    ]),
    S("en", "ReThread Sorting Hub", CIRC, UP, "Chonburi", certs=(GRS,), bcg=("circular",), offers=[
        O("sorted post-consumer cotton, white/colour separated, GRS", "sorted post-consumer textile waste"),
        O("free pickup of used textiles from hotels, schools, hospitals", "used textile collection service"),
    ], needs=[
        N("retired hotel linen + hospital linen + old uniforms, any qty", "used hotel/hospital linen", "used uniforms"),
    ]),
    S("th", "มหาชัยการ์เมนท์", CIRC, MID, "Samut Sakhon", offers=[
        O("เศษผ้าคอตตอนจากห้องตัด สีขาว/สีอ่อน เดือนละ3ตัน", "pre-consumer cotton cutting waste"),
        O("รับเย็บ CMT เสื้อยืด/โปโล MOQ300ตัว", "cut-and-sew contract"),
    ], needs=[
        N("ผ้ายืดรีไซเคิล ต้องมีใบรับรอง GRS ลูกค้ายุโรปขอ", "recycled jersey", req=(GRS,)),
    ]),
    S("en", "Loop Fibre Shredding", CIRC, MID, "Rayong", certs=(GRS,), bcg=("circular",), offers=[
        O("textile shredding / garnetting service - your waste back as fibre", "textile shredding service"),
        O("recycled cotton fibre (shoddy), colour sorted, GRS", "recycled cotton fibre"),
    ], needs=[
        N("pre-consumer cotton cutting waste, white & light shades", "pre-consumer cotton cutting waste"),
        N("sorted post-consumer cotton, 5 t+/month", "sorted post-consumer textile waste"),
    ]),
    S("th", "โรงตีผ้า ยุ่ยฝ้าย", CIRC, MID, "Nakhon Pathom", bcg=("circular",), offers=[
        O("รับตีเศษผ้าเป็นใย คิดราคาต่อกก.", "textile shredding service"),
        O("ใยฝ้ายรีไซเคิล(ใยตีผ้า) สีรวม", "recycled cotton fibre"),
    ], needs=[
        N("เศษผ้าคอตตอนจากโรงงานตัดเย็บ รับทุกสี", "pre-consumer cotton cutting waste"),
    ]),
    S("en", "OE Recycle Yarns", CIRC, MID, "Samut Prakan", certs=(GRS,), bcg=("circular",), offers=[
        O("recycled cotton OE yarn Ne 10-20, GRS", "recycled cotton yarn"),
    ], needs=[
        N("recycled cotton fibre, GRS certified, 20 t/month", "recycled cotton fibre", req=(GRS,)),
        N("rPET staple fibre for blending 1.4D", "rPET staple fibre"),
    ]),
    S("th", "ร้านรับซื้อของเก่า ขวดเพ็ท แปดริ้ว", CIRC, UP, "Chachoengsao", bcg=("circular",), offers=[
        O("เกล็ดขวดเพ็ทใส บด+ล้างแล้ว", "PET bottle flakes"),
    ], needs=[
        U("หาคนงานคัดแยกขวด 5 คน", "nontrade"),
    ]),
    S("en", "GreenLoop rPET Fibres", CIRC, UP, "Rayong", certs=(GRS,), bcg=("circular",), offers=[
        O("rPET staple fibre 1.4D x 38mm, GRS", "rPET staple fibre"),
        O("rPET DTY yarn 75D/72F, 150D/144F", "rPET yarn"),
        O("hollow conjugated rPET fill for pillows/toppers", "rPET fibre fill"),
    ], needs=[
        N("clear PET flakes, hot-washed, 50 t/mnth", "PET bottle flakes"),
    ]),
    S("th", "เอส.เค. นิตติ้ง", CIRC, MID, "Samut Sakhon", certs=(GRS, OEKO), bcg=("circular",), offers=[
        O("ผ้ายืดรีไซเคิล คอตตอนรีไซเคิล/โพลีรีไซเคิล มีใบรับรอง GRS", "recycled jersey"),
        O("ผ้ายืดคอตตอน100% สีพื้น นุ่ม", "cotton jersey"),
    ], needs=[
        N("ด้ายคอตตอนรีไซเคิล โอเอ เบอร์20", "recycled cotton yarn"),
        N("ด้ายโพลีเอสเตอร์รีไซเคิล rPET 75D", "rPET yarn"),
    ]),
    S("en", "Organic Knits Thailand", HEMP, MID, "Samut Prakan", certs=(GOTS,), bcg=("green",), offers=[
        O("organic cotton jersey 160-180gsm, GOTS", "organic cotton jersey"),
    ], needs=[
        N("organic cotton yarn 30/1, GOTS certified", "organic cotton yarn", req=(GOTS,)),
    ]),
    S("en", "Earthspun Yarns", HEMP, UP, "Chiang Mai", certs=(GOTS, OCS), bcg=("green",), offers=[
        O("GOTS organic cotton yarn 30/1 40/1", "organic cotton yarn"),
    ], needs=[
        N("organic cotton lint - OCS certified only", "organic cotton fibre", req=(OCS,)),
    ]),
    S("th", "ด้ายฝ้ายออร์แกนิค แม่ริม", HEMP, UP, "Chiang Mai", offers=[
        O("ด้ายฝ้ายออร์แกนิค 30/1 ปั่นเครื่อง (ยังไม่มีใบรับรอง)", "organic cotton yarn"),
    ], needs=[
        N("ฝ้ายดอกอินทรีย์ ราคาส่ง", "organic cotton fibre"),
    ]),
    S("th", "ReTee เสื้อยืดรีไซเคิล", CIRC, DOWN, "Bangkok", bcg=("circular",), offers=[
        O("เสื้อยืดรีไซเคิล ทำจากขวดพลาสติก+เศษผ้า", "recycled T-shirt"),
    ], needs=[
        N("ผ้ายืดรีไซเคิล สีพื้น ไม่ต้องมี GRS ก็ได้", "recycled jersey"),
        N("โรงสกรีนหมึกน้ำ ไม่ใช้พลาสติซอล", "eco screen printing"),
    ]),
    S("en", "Green Schools Network", CIRC, DOWN, "Bangkok", offers=[
        O("used school uniforms ~3 t/yr, free to a recycler", "used uniforms"),
    ], needs=[
        N("PE T-shirts from recylced material, 2,000 pcs", "recycled T-shirt"),
        N("take-back partner for old uniforms", "used textile collection service"),
    ]),
    S("th", "โรงแรมริมโขง", ALI, DOWN, "Nong Khai", offers=[
        O("ผ้าปู/ผ้าขนหนูเก่า ปลดระวาง ปีละ2ตัน ให้ฟรี", "used hotel/hospital linen"),
    ], needs=[
        N("ผ้าขนหนูขาว ใหม่ 500ผืน", "cotton terry towel"),
    ]),
    S("en", "Upcycle Patchwork Studio", CIRC, DOWN, "Chiang Mai", bcg=("circular",), offers=[
        O("patchwork bags from offcuts", "upcycled patchwork bag"),
    ], needs=[
        N("cottom + denim offcuts, mixed colours fine", "pre-consumer cotton cutting waste"),
    ]),
    S("th", "โรงงานใยอัด อยุธยา", CIRC, MID, "Phra Nakhon Si Ayutthaya", bcg=("circular",), offers=[
        O("แผ่นใยอัดจากใยรีไซเคิล(เข็มเจาะ) ทำที่นอน/ฉนวน", "recycled nonwoven felt"),
    ], needs=[
        N("ใยรีไซเคิลตีผ้า ราคาถูก ไม่เกี่ยงสี", "recycled cotton fibre"),
        N("ใยโพลีรีไซเคิล(ใยสั้น)", "rPET staple fibre"),
    ]),
    S("en", "EcoPrint Screen Studio", CIRC, MID, "Nonthaburi", offers=[
        O("screen printing, water-based & discharge inks, min 50 pcs", "eco screen printing"),
    ], needs=[
        U("training: discharge printing on dark cotton?", "nontrade"),
    ]),
    # ---------------------------------------------------------------- sportech
    S("en", "Siam Performance Knit", SPORT, MID, "Samut Prakan", certs=(OEKO, BLUESIGN), offers=[
        O("wicking poly interlock 140gsm, OEKO-TEX", "wicking polyester knit"),
        O("nylon/spandex 4-way stretch 240gsm, squat-proof", "nylon spandex 4-way fabric"),
    ], needs=[
        U("spandex / elastane yarn 40D, steady supply", "trade"),
        N("rPET DTY 75D - GRS required", "rPET yarn", req=(GRS,)),
    ]),
    S("th", "ผ้าเทคนิค เอ็ม.เค.", SPORT, MID, "Samut Sakhon", offers=[
        O("ผ้าดรายฟิต โพลีเอสเตอร์ ซับเหงื่อ แห้งไว", "wicking polyester knit"),
    ], needs=[
        N("ด้ายโพลีเอสเตอร์ 75ดีเนียร์ เดือนละ5ตัน", "rPET yarn"),
    ]),
    S("th", "ไทยเท็กซ์ ฟินิชชิ่ง", SPORT, MID, "Bangkok", offers=[
        O("ตกแต่งแอนตี้แบคทีเรีย(ซิลเวอร์) ผ่านทดสอบ AATCC100", "antibacterial finishing service"),
        O("ตกแต่งกันยูวี / ซับเหงื่อแห้งไว", "UV/wicking finishing service"),
        O("เอนไซม์วอช ซอฟท์ ทำผ้าให้นิ่ม", "softening finishing service"),
    ], needs=[
        U("แล็บทดสอบ ISO 20743 ใกล้กทม. ออกผลภาษาอังกฤษได้", "trade"),
    ]),
    S("en", "Print Pro Sublimation", SPORT, MID, "Nakhon Pathom", offers=[
        O("SUBLIMATION PRINTING 1.8m roll-to-roll", "sublimation printing service"),
    ], needs=[
        N("white poly knit for sublimation, 100kg lots", "wicking polyester knit"),
    ]),
    S("th", "โรงงานเย็บชุดกีฬา บางบอน", SPORT, MID, "Bangkok", offers=[
        O("รับเย็บชุดกีฬา จักรลา/โพ้ง/คัฟเวอร์ ขั้นต่ำ300ตัว/แบบ", "sportswear sewing contract"),
        O("ทำแพทเทิร์น+ตัวอย่าง 5 วัน", "pattern making & sampling"),
    ], needs=[
        N("ยางยืดขอบเอว 3ซม. เป็นม้วน", "elastic waistband tape"),
        N("เทปสะท้อนแสง ติดชุดวิ่ง", "reflective tape"),
    ]),
    S("en", "Elastic Components Co.", SPORT, MID, "Samut Sakhon", offers=[
        O("woven elastic waistband 25-50mm", "elastic waistband tape"),
        O("reflective heat-transfer tape", "reflective tape"),
        O("hook & loop tape, sew-on, 20/25/38mm", "hook and loop tape"),
    ], needs=[
        U("nylon covering yarn supplier?", "trade"),
    ]),
    S("en", "FLOWW Yoga", SPORT, DOWN, "Bangkok", offers=[
        O("yoga leggings & sports bras, own brand", "yoga leggings"),
    ], needs=[
        N("legging fabric nylon/spandex 4-way, not see-through", "nylon spandex 4-way fabric"),
        N("factory for leggings / bras, low MOQ ~100/colour", "sportswear sewing contract"),
        N("anyone doing antibacterial finish? need test report", "antibacterial finishing service"),
    ]),
    S("th", "กลุ่มเย็บชุดกีฬา บ้านทุ่ม", SPORT, MID, "Khon Kaen", offers=[
        O("รับเย็บเสื้อกีฬา/กางเกงวอร์ม ล็อตละ100ตัวขึ้นไป", "sportswear sewing contract"),
    ], needs=[
        U("จักรคัฟเวอร์สติชมือสอง 2 คัน", "nontrade"),
    ]),
    S("th", "ฟิตเนส บอดี้ฟิต หาดใหญ่", SPORT, DOWN, "Songkhla", needs=[
        N("เสื้อทีมพนักงาน ดรายฟิต สกรีนโลโก้ 80ตัว ได้ม้าย", "custom team sportswear"),
        N("ผ้าเช็ดเหงื่อ ผ้าขนหนูเล็ก 1,000ผืน", "cotton terry towel"),
        N("ชุดโยคะ/เลกกิ้ง ขายหน้าร้าน", "yoga leggings"),
    ]),
    S("en", "Team Kit Thailand", SPORT, DOWN, "Chonburi", certs=(OEKO,), offers=[
        O("custom sublimated team jerseys, staff polos, min 20", "custom team sportswear"),
    ], needs=[
        N("sublimation overflow capacity, peak season", "sublimation printing service"),
        N("wicking fabric white 140-160gsm", "wicking polyester knit"),
    ]),
    S("th", "เสื้อทีมพิมพ์ลาย ขอนแก่น", SPORT, DOWN, "Khon Kaen", offers=[
        O("เสื้อกีฬาพิมพ์ลายทั้งตัว ทีมบอล/โรงเรียน", "custom team sportswear"),
    ], needs=[
        N("โรงพิมพ์ซับลิเมชั่น รับงานต่อ", "sublimation printing service"),
    ]),
    S("en", "Bangkok International School PE Dept", SPORT, DOWN, "Bangkok", needs=[
        N("PE kits (wicking tee + shorts) 600 sets, OEKO-TEX required", "custom team sportswear", req=(OEKO,)),
    ]),
    S("en", "Compression Care Knitting", SPORT, MID, "Samut Prakan", certs=(ISO13485,), offers=[
        O("medical compression stockings class 1-2, ISO 13485", "medical compression stockings"),
        O("compression sleeves (calf/arm) for running", "sports compression sleeve"),
        O("anti-slip socks, silicone grip", "anti-slip socks"),
    ], needs=[
        N("nylon/spandex 4-way fabric for knee sleeves", "nylon spandex 4-way fabric"),
    ]),
    S("th", "ร้านอุปกรณ์วิ่ง นิมมาน", SPORT, DOWN, "Chiang Mai", needs=[
        N("ปลอกแขน/ปลอกน่อง รัดกล้ามเนื้อ ขายส่ง", "sports compression sleeve"),
        U("สายคาดเอวใส่มือถือ ผ้ายืด ใครทำบ้างเจ้า", "trade"),
    ]),
    S("en", "Muay Thai Shorts Co.", SPORT, DOWN, "Bangkok", offers=[
        O("muay thai shorts, satin, custom", "muay thai shorts"),
    ], needs=[
        N("logo embroidery, 12-head, rush jobs", "computer embroidery service"),
    ]),
    S("th", "ปักคอม ประตูน้ำ", SPORT, MID, "Bangkok", offers=[
        O("ปักโลโก้คอม 12หัว เสื้อ/หมวก/ผ้าขนหนู", "computer embroidery service"),
    ]),
    # ---------------------------------------------------------------- ageing lifestyle, central
    S("th", "โรงงานผ้าเคลือบกันน้ำ บางพลี", ALC, MID, "Samut Prakan", offers=[
        O("ผ้าเคลือบTPU กันน้ำ ระบายอากาศ หน้า150", "TPU laminated waterproof fabric"),
        O("ผ้าซับน้ำ 3 ชั้น เย็บลายตาราง", "absorbent quilted fabric"),
    ], needs=[
        N("ผ้าเทอรี่เป็นม้วน หน้า150 ทำชั้นบน", "cotton terry fabric roll"),
    ]),
    S("en", "CareTex Underpads", ALC, DOWN, "Nonthaburi", certs=(ISO13485,), offers=[
        O("washable underpads 90x90 / 60x90", "washable underpad"),
        O("waterproof mattress protectors, fitted", "waterproof mattress protector"),
    ], needs=[
        N("TPU laminated fabric 150cm", "TPU laminated waterproof fabric"),
        N("absorbent quilted fabric, 3-layer", "absorbent quilted fabric"),
    ]),
    S("th", "แผ่นรองซับซักได้ ป้านิด", ALC, DOWN, "Nakhon Pathom", offers=[
        O("แผ่นรองซับซักได้ สำหรับผู้ป่วยติดเตียง", "washable underpad"),
    ], needs=[
        N("ผ้ากันน้ำทีพียู ขายเป็นหลา", "TPU laminated waterproof fabric"),
        U("ช่างเย็บประจำ 3 คน", "nontrade"),
    ]),
    S("en", "Slide Easy Medical", ALC, DOWN, "Pathum Thani", certs=(ISO13485,), offers=[
        O("patient transfer sheets / slide sheets, tubular", "patient transfer sheet"),
    ], needs=[
        N("low-friction nylon taffeta, silicone finish", "low-friction nylon fabric"),
    ]),
    S("th", "โรงทอไนลอน บางปู", ALC, MID, "Samut Prakan", offers=[
        O("ผ้าไนลอนทาฟต้า ลื่น เคลือบซิลิโคน", "low-friction nylon fabric"),
    ], needs=[
        U("หาลูกค้ารพ. / ตัวแทนจำหน่าย", "nontrade"),
    ]),
    S("en", "Golden Years Care Home", ALC, DOWN, "Nonthaburi", needs=[
        N("patient transfer sheets x20", "patient transfer sheet"),
        N("washable underpads 200 pcs", "washable underpad"),
        N("adaptive clothing - magnetic / velcro closures", "adaptive clothing"),
        N("anti-slip socks for residents", "anti-slip socks"),
    ]),
    S("th", "เสื้อผ้าผู้สูงวัย ใส่ง่าย", ALC, DOWN, "Bangkok", offers=[
        O("เสื้อผ่าหน้า ติดตีนตุ๊กแก/แม่เหล็ก สำหรับผู้สูงวัย", "adaptive clothing"),
    ], needs=[
        N("เทปตีนตุ๊กแก เป็นม้วน", "hook and loop tape"),
        N("ผ้ายืดคอตตอนนุ่ม สีพื้น", "cotton jersey", "organic cotton jersey"),
    ]),
    S("th", "ฝ่ายจัดซื้อ โรงพยาบาลเอกชน นนทบุรี", ALC, DOWN, "Nonthaburi", offers=[
        O("ผ้าปู/ชุดผู้ป่วยเก่า ปลดระวาง", "used hotel/hospital linen"),
    ], needs=[
        N("ผ้าเลื่อนตัวผู้ป่วย 50ผืน ต้องมี ISO 13485", "patient transfer sheet", req=(ISO13485,)),
        N("ผ้าปูเตียงผู้ป่วย ผ้าทีซี 300ชุด", "hospital bed sheets"),
        N("ชุดผู้ป่วย กระดุมแป๊ก", "patient gowns"),
    ]),
    S("th", "ผ้าเลื่อนตัว แม่กลอง", ALC, DOWN, "Samut Songkhram", offers=[
        O("ผ้าเลื่อนตัวผู้ป่วย ผ้าร่มลื่น เย็บเอง", "patient transfer sheet"),
    ], needs=[
        N("ผ้าไนลอนลื่นๆ เป็นม้วน", "low-friction nylon fabric"),
    ]),
    S("en", "Hospital Linen Mfg", ALC, MID, "Phra Nakhon Si Ayutthaya", offers=[
        O("hospital bed sheets, TC 50/50", "hospital bed sheets"),
        O("patient gowns, snap closure", "patient gowns"),
    ], needs=[
        N("TC greige sheeting 90 inch wide", "poly-cotton greige sheeting wide"),
        U("snap buttons / press studs, bulk", "trade"),
    ]),
    S("th", "โรงทอผ้าดิบ อ้อมน้อย", ALC, MID, "Samut Sakhon", offers=[
        O("ผ้าดิบคอตตอน100% ทอเครื่อง หน้า60-63นิ้ว", "cotton greige sheeting wide"),
        O("ผ้าทีซีดิบ หน้า90นิ้ว", "poly-cotton greige sheeting wide"),
    ], needs=[
        N("ด้ายฝ้ายโอเอ้นด์ เบอร์20", "machine-spun cotton yarn"),
    ]),
    S("en", "Silver Living Bedding", ALC, DOWN, "Bangkok", offers=[
        O("kapok pillows & bolsters", "kapok pillow/cushion"),
        O("mattress toppers", "mattress topper"),
    ], needs=[
        N("kapok fibre, seed-free, 300kg/month", "kapok fibre"),
        N("recycled nonwoven felt for topper core", "recycled nonwoven felt"),
        N("hollow fibre fill, recycled ok", "rPET fibre fill"),
    ]),
    S("th", "ผ้าขนหนู บางบัวทอง", ALC, MID, "Nonthaburi", offers=[
        O("ผ้าขนหนูฝ้าย100%เบอร์16หนา500แกรม ขาว/ครีม/น้ำตาล", "cotton terry towel"),
        O("ผ้าเช็ดผม15x30นิ้ว / ผ้าเช็ดมือ โหลละ180", "cotton terry towel"),
        O("ผ้าคลุมเตียงนวด ผ้าขนหนู 90x200ซม.", "terry massage bed cover"),
        O("ผ้าเทอรี่เป็นม้วน หน้า150", "cotton terry fabric roll"),
        O("เสื้อคลุมอาบน้ำ ผ้าวาฟเฟิล/ผ้าขนหนู", "bathrobe"),
    ], needs=[
        N("ด้ายโอเอ16s เดือนละ3ตัน", "machine-spun cotton yarn"),
    ]),
    S("th", "บ้านพักผู้สูงอายุ สุขใจ", ALC, DOWN, "Pathum Thani", needs=[
        N("กางเกงผ้าอ้อมผู้ใหญ่ ซักได้ 100ตัว", "reusable adult incontinence pants"),
        N("ผ้าขนหนูเล็ก เช็ดตัว", "cotton terry towel"),
    ]),
    S("en", "ReuseCare", ALC, DOWN, "Samut Prakan", offers=[
        O("reusable adult incontinence pants S-XXL", "reusable adult incontinence pants"),
    ], needs=[
        N("absorbent quilted fabric", "absorbent quilted fabric"),
        U("bamboo terry, TPU-backed, ready laminated", "trade"),
    ]),
    S("en", "Hua Hin Wellness Hotel", ALC, DOWN, "Prachuap Khiri Khan", offers=[
        O("retired hotel linen ~1.5 t/yr", "used hotel/hospital linen"),
    ], needs=[
        N("BATHROBES waffle white x120", "bathrobe"),
        U("300TC sateen sheets, king", "trade"),
    ]),
    S("th", "อันดามันสปา ป่าตอง", ALC, DOWN, "Phuket", needs=[
        N("ผ้าโสร่ง/ปาเต๊ะ ให้ลูกค้าเปลี่ยน 200ผืน ใส่โลโก้ได้ม้ายคะ", "batik sarong"),
        N("ผ้าขนหนู ขาว/น้ำตาล ปักโลโก้ 300ผืน", "cotton terry towel"),
        U("ผ้าปูเตียงนวด แบบใช้แล้วทิ้ง", "trade"),
    ]),
    S("th", "บาติกหาดใหญ่", HEMP, MID, "Songkhla", offers=[
        O("ผ้าปาเต๊ะ/โสร่ง พิมพ์ลาย สำหรับสปา ใส่โลโก้ได้", "batik sarong"),
        O("ผ้าบาติกเขียนมือ ผ้าไหม/เรยอน", "hand-drawn batik fabric"),
    ], needs=[
        U("ผ้าคอตตอนขาว/เรยอน เนื้อบาง ไว้เขียนเทียน ม้วน50หลา", "trade"),
    ]),
    # ---------------------------------------------------------------- ageing lifestyle, isan
    S("th", "กลุ่มแม่บ้านตัดเย็บ หนองแวง", ALI, MID, "Roi Et", offers=[
        O("รับตัดเย็บล็อตเล็ก 50-500ชิ้น ชุดผู้สูงอายุ/กระเป๋า", "cut-and-sew contract"),
        O("ปลอกหมอน หมอนขิด", "khit pillow"),
    ], needs=[
        U("จักรโพ้งมือสอง 2 คัน สภาพดีๆ เด้อ", "nontrade"),
        N("ผ้าฝ่ายทอมือ สีไหนก็ได้ ขอราคาส่ง", "handwoven cotton cloth undyed", "indigo-dyed handwoven cotton cloth"),
    ]),
    S("th", "ผ้าห่มฝ้ายทอมือ ยโสธร", ALI, DOWN, "Yasothon", offers=[
        O("ผ้าห่มฝ้ายทอมือ ผืนเล็ก เหมาะผู้สูงอายุ", "handwoven cotton blanket"),
        O("หมอนขิด", "khit pillow"),
    ], needs=[
        N("ฝ้ายเข็นมือ", "handspun cotton yarn"),
        N("ด้ายฝ้ายปั่นเครื่อง เบอร์10 ทอผ้าห่ม", "machine-spun cotton yarn"),
    ]),
    S("en", "Isan Elderly Care Centre", ALI, DOWN, "Khon Kaen", needs=[
        N("handwoven cotton blankets x100", "handwoven cotton blanket"),
        N("washable underpads", "washable underpad"),
        N("easy-dress adaptive clothing", "adaptive clothing"),
    ]),
    S("th", "โรงพยาบาลชุมชน มหาสารคาม", ALI, DOWN, "Maha Sarakham", needs=[
        N("แผ่นรองซับซักได้ 100ผืน ต้องได้ มอก.", "washable underpad", req=(TIS,)),
        N("ผ้าเลื่อนตัวผู้ป่วย", "patient transfer sheet"),
    ]),
    S("th", "แพรวาบ้านโพน", ALI, MID, "Kalasin", certs=(OTOP,), offers=[
        O("ผ้าไหมแพรวา สินค้าโอทอป", "handwoven silk fabric"),
    ], needs=[
        N("เส้นไหมน้อย", "handreeled Thai silk yarn"),
    ]),
    S("en", "Silk Road Souvenirs Ubon", ALI, DOWN, "Ubon Ratchathani", needs=[
        N("handwoven silk, OTOP-certified only", "handwoven silk fabric", req=(OTOP,)),
        N("natural-dyed silk scarves", "natural-dyed silk scarf"),
    ]),
    S("th", "ผ้าไหมมัดหมี่ ชนบท", ALI, MID, "Khon Kaen", offers=[
        O("ผ้าไหมมัดหมี่ทอมือผืนละ2ม.", "handwoven silk fabric"),
    ], needs=[
        U("ทุนพัฒนาลาย+ช่างออกแบบ", "nontrade"),
    ]),
    S("th", "ศูนย์ดูแลผู้สูงอายุ วารินฯ", ALI, DOWN, "Ubon Ratchathani", needs=[
        N("ชุดผู้สูงอายุใส่ง่าย ติดตีนตุ๊กแก", "adaptive clothing"),
        N("ถุงเท้ากันลื่น 300คู่", "anti-slip socks"),
        U("พยาบาล/ผู้ช่วยดูแล 2 ตำแหน่ง", "nontrade"),
    ]),
    S("th", "หมอนนุ่นบ้านนา", ALI, DOWN, "Chaiyaphum", offers=[
        O("หมอนนุ่น ที่นอนนุ่น สั่งทำตามขนาด", "kapok pillow/cushion"),
    ], needs=[
        N("ใยนุ่น ยัดหมอน เดือนละ200กก.", "kapok fibre"),
        N("ผ้าฝ้ายทอมือ หุ้มหมอน", "handwoven cotton cloth undyed"),
    ]),
    # ---------------------------------------------------------------- retail, export, misc
    S("en", "Nordic Calm Imports", HEMP, DOWN, "Bangkok", needs=[
        N("natural-dyed cotton scarves 1000 pcs/month, GOTS optional", "natural-dyed cotton scarf"),
        N("kapok meditation cushions, OEM", "kapok pillow/cushion"),
    ]),
    S("th", "ร้านผ้าพื้นเมือง ถนนคนเดิน", HEMP, DOWN, "Chiang Mai", needs=[
        N("ผ้ากัญชงย้อมคราม ผืนแคบ ลายม้ง", "indigo-dyed handwoven hemp cloth"),
        N("กระเป๋าผ้าย้อมคราม ส่งร้าน", "indigo-dyed cotton bag"),
    ]),
    S("th", "ผ้ายกนาหมื่นศรี", HEMP, MID, "Trang", offers=[
        O("ผ้ายกนาหมื่นศรี ทอมือ หน้า1ม.", "handwoven cotton brocade"),
    ], needs=[
        U("ด้ายโทเร/ด้ายฝ้ายย้อมสีสำเร็จ มีแหล่งส่งถูกๆ ได้ม้าย", "trade"),
    ]),
    S("en", "Andaman Boutique Resort", ALC, DOWN, "Krabi", needs=[
        N("Trang handwoven brocade for cushion covers", "handwoven cotton brocade"),
        N("batik sarongs for spa guests", "batik sarong"),
    ]),
    S("en", "Little Lotus Baby", ALC, DOWN, "Bangkok", offers=[
        O("bamboo muslin swaddles 120x120", "baby swaddle"),
    ], needs=[
        N("double gauze cotton/bamboo, woven to spec", "double gauze fabric"),
    ]),
    S("th", "ผ้าก๊อซ โคราช", ALI, MID, "Nakhon Ratchasima", offers=[
        O("ผ้าก๊อซ/มัสลิน ดับเบิ้ลก๊อซ ฝ้าย100% หน้า140", "double gauze fabric"),
        O("ผ้าก๊อซพับ ทางการแพทย์", "medical gauze swab"),
    ], needs=[
        N("ด้ายคอตตอน เบอร์40", "machine-spun cotton yarn"),
    ]),
    S("th", "เสื้อผ้าเด็กอ่อน ฝ้ายออร์แกนิค", HEMP, DOWN, "Chiang Mai", offers=[
        O("ชุดเด็กอ่อน ผ้าฝ้ายออร์แกนิค", "baby clothes"),
    ], needs=[
        N("ผ้ายืดออร์แกนิค มีใบรับรอง GOTS", "organic cotton jersey", req=(GOTS,)),
    ]),
    S("en", "Herb Mask Nonthaburi", ALC, DOWN, "Nonthaburi", offers=[
        O("3-layer cloth masks w/ herb pocket", "cloth face mask"),
    ], needs=[
        N("antibacterial finish on cotton, or fabric already treated", "antibacterial finishing service"),
    ]),
    S("th", "ร้านส่ง สำเพ็ง หน้ากากผ้า", ALC, DOWN, "Bangkok", needs=[
        N("หน้ากากผ้า 3ชั้น 5,000ชิ้น ด่วน", "cloth face mask"),
    ]),
    S("th", "ร้านผ้าขนหนู โบ๊เบ๊", ALC, DOWN, "Bangkok", offers=[
        O("ผ้าขนหนู", "cotton terry towel"),
        O("ผ้าเช็ดหน้าขนหนู โหลละ120", "cotton terry towel"),
        O("ผ้าคลุมเตียงนวด", "terry massage bed cover"),
    ]),
    S("en", "Tiger Muay Thai Gym", SPORT, DOWN, "Phuket", needs=[
        N("muay thai shorts x200, gym logo", "muay thai shorts"),
        N("gym towels, cotton, x500", "cotton terry towel"),
    ]),
]


# ---------------------------------------------------------------- checks

THAI = re.compile("[\u0e00-\u0e7f]")
LATIN = re.compile("[A-Za-z]")
EMAIL = re.compile(r"^[a-z0-9.]+@example\.(com|co\.th)$")
ID = re.compile(rf"^{PREFIX}-\d{{3}}$")
FIELDS = ("id", "name", "sub_cluster", "stage", "province", "offers", "needs",
          "certifications", "bcg", "contact_email", "language")


def thai_share(text: str) -> float:
    th, la = len(THAI.findall(text)), len(LATIN.findall(text))
    return th / (th + la) if th + la else 1.0


def assign_ids() -> None:
    for i, sme in enumerate(SMES, start=1):
        sme.id = f"{PREFIX}-{i:03d}"


def email(sme: Sme) -> str:
    domain = "example.co.th" if sme.lang == "th" else "example.com"
    return f"contact.{sme.id.replace('-', '')}@{domain}"


def record(sme: Sme) -> dict[str, object]:
    return {
        "id": sme.id,
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


def compute_links() -> set[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in SMES:
        for need in buyer.needs:
            for supplier in SMES:
                if supplier is buyer:
                    continue
                held = canonical_certifications(supplier.certs)
                if not set(need.requires) <= held:
                    continue
                if any(o.label in need.accepts for o in supplier.offers):
                    links.add((supplier.id, buyer.id))
    return links


def validate(links: set[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    subs, stages, bcgs = {s.value for s in SubCluster}, {s.value for s in Stage}, {b.value for b in BcgTag}
    ids, emails = Counter(s.id for s in SMES), Counter(email(s) for s in SMES)
    offered: dict[str, set[str]] = {}
    for sme in SMES:
        for o in sme.offers:
            offered.setdefault(o.label, set()).add(sme.id)
    for sme in SMES:
        where = f"{sme.id} {sme.name}"
        rec = record(sme)
        if tuple(rec) != FIELDS:
            errors.append(f"{where}: fields {tuple(rec)}")
        if not ID.match(sme.id) or ids[sme.id] != 1:
            errors.append(f"{where}: bad or duplicate id")
        if not EMAIL.match(email(sme)) or emails[email(sme)] != 1:
            errors.append(f"{where}: bad or duplicate email")
        if not sme.name.strip():
            errors.append(f"{where}: empty name")
        if sme.sub not in subs:
            errors.append(f"{where}: sub_cluster {sme.sub}")
        if sme.stage not in stages:
            errors.append(f"{where}: stage {sme.stage}")
        prov = resolve_province(sme.province)
        if prov is None or prov.name_en != sme.province:
            errors.append(f"{where}: province {sme.province!r} is not a canonical English name")
        if sme.lang not in ("th", "en"):
            errors.append(f"{where}: language {sme.lang}")
        if any(b not in bcgs for b in sme.bcg) or len(set(sme.bcg)) != len(sme.bcg):
            errors.append(f"{where}: bcg {sme.bcg}")
        for c in sme.certs:
            if resolve_certification(c) != c:
                errors.append(f"{where}: certification {c!r} is not canonical")
        held = canonical_certifications(sme.certs)
        texts = [sme.name, *(o.text for o in sme.offers), *(n.text for n in sme.needs)]
        if any(not t.strip() or t != t.strip() for t in texts):
            errors.append(f"{where}: empty or padded text")
        if sme.lang == "en" and any(THAI.search(t) for t in texts):
            errors.append(f"{where}: Thai script in an English profile")
        if sme.lang == "th":
            for t in [o.text for o in sme.offers] + [n.text for n in sme.needs]:
                if thai_share(t) < 0.6:
                    errors.append(f"{where}: under 60% Thai letters: {t!r}")
        for o in sme.offers:
            claimed = find_certifications(o.text)
            if not claimed <= held:
                errors.append(f"{where}: offer claims {sorted(claimed - held)} not held: {o.text!r}")
        own = {o.label for o in sme.offers}
        for n in sme.needs:
            named = find_certifications(n.text)
            if named != set(n.requires):
                errors.append(f"{where}: need names {sorted(named)} but requires {list(n.requires)}: {n.text!r}")
            if n.unmet not in ("", "trade", "nontrade"):
                errors.append(f"{where}: unmet kind {n.unmet!r}")
            if n.unmet and n.accepts:
                errors.append(f"{where}: unmet need lists labels: {n.text!r}")
            if not n.unmet and not n.accepts:
                errors.append(f"{where}: need lists no labels and is not marked unmet: {n.text!r}")
            for label in n.accepts:
                if not offered.get(label, set()) - {sme.id}:
                    errors.append(f"{where}: label {label!r} offered by nobody else")
                if label in own:
                    errors.append(f"{where}: needs its own offer {label!r}")
    partners = {s for link in links for s in link}
    for sme in SMES:
        if sme.id not in partners:
            errors.append(f"{sme.id} {sme.name}: no true partner")
    if any(a == b for a, b in links):
        errors.append("self link")
    return errors


def render(links: set[tuple[str, str]]) -> tuple[str, str]:
    profiles = "".join(json.dumps(record(s), ensure_ascii=False) + "\n" for s in SMES)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(links))
    return profiles, buf.getvalue()


def stats(links: set[tuple[str, str]]) -> str:
    by_id = {s.id: s for s in SMES}
    lines = [f"profiles {len(SMES)}"]
    lines.append("language " + str(dict(sorted(Counter(s.lang for s in SMES).items()))))
    lines.append("sub_cluster " + str(dict(sorted(Counter(s.sub for s in SMES).items()))))
    lines.append("stage " + str(dict(sorted(Counter(s.stage for s in SMES).items()))))
    regions = Counter(resolve_province(s.province).region.value for s in SMES)  # type: ignore[union-attr]
    lines.append("region " + str(dict(sorted(regions.items()))))
    offers = sum(len(s.offers) for s in SMES)
    needs = [n for s in SMES for n in s.needs]
    lines.append(f"offers {offers} needs {len(needs)}")
    lines.append("offers by lang " + str({lg: sum(len(s.offers) for s in SMES if s.lang == lg) for lg in ("th", "en")}))
    lines.append("needs by lang " + str({lg: sum(len(s.needs) for s in SMES if s.lang == lg) for lg in ("th", "en")}))
    lines.append(f"no offers {sum(not s.offers for s in SMES)}  no needs {sum(not s.needs for s in SMES)}")
    lines.append("unmet " + str(dict(Counter(n.unmet for n in needs if n.unmet))))
    lines.append(f"needs with cert {sum(bool(n.requires) for n in needs)}")
    blocked = []
    for s in SMES:
        for n in s.needs:
            if n.accepts and n.requires:
                cands = [o for o in SMES if o is not s and any(f.label in n.accepts for f in o.offers)]
                losers = [o.id for o in cands if not set(n.requires) <= canonical_certifications(o.certs)]
                blocked.append((s.id, n.requires, len(cands) - len(losers), losers))
    lines += [f"cert need {b}" for b in blocked]
    pairs = Counter(f"{by_id[a].lang}->{by_id[b].lang}" for a, b in links)
    cross = sum(v for k, v in pairs.items() if k[:2] != k[-2:])
    lines.append(f"links {len(links)} by pair {dict(sorted(pairs.items()))} cross {cross} ({cross / len(links):.0%})")
    lines.append("labels " + str(len({o.label for s in SMES for o in s.offers})))
    return "\n".join(lines)


def main() -> int:
    assign_ids()
    links = compute_links()
    errors = validate(links)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    profiles, links_csv = render(links)
    (HERE / "profiles.jsonl").write_text(profiles, encoding="utf-8", newline="\n")
    (HERE / "links.csv").write_text(links_csv, encoding="utf-8", newline="\n")
    print(stats(links))
    return 0


if __name__ == "__main__":
    sys.exit(main())
