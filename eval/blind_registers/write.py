"""Write the blind_registers evaluation cluster: profiles.jsonl and links.csv.

The same trades written in different registers: formal Thai procurement
wording, chat-style Thai of small shops and community enterprises, trade
English of exporters and plain English of small makers.

Every offer carries a label of what it is; every need lists the offer labels
that meet it and the certifications it requires. Labels stay in this file;
the profiles carry only the free text. A (supplier, buyer) pair is a link when
one of the supplier's offers meets one of the buyer's needs and the supplier
holds every certification that need requires; an SME is never linked to
itself.

Python 3.11 standard library only; deterministic. Run from anywhere:

    python3 eval/blind_registers/write.py
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
TAXONOMY_DATA = HERE.parent.parent / "shared" / "taxonomy_data"

SUB_CLUSTERS = {
    "hemp_natural_fibre",
    "circular_textile",
    "sportech",
    "ageing_lifestyle_central",
    "ageing_lifestyle_isan",
}
STAGES = {"upstream", "midstream", "downstream"}
BCG = {"bio", "circular", "green"}
LANGS = {"th", "en"}

HEMP, CIRC, SPORT, AGE_C, AGE_I = (
    "hemp_natural_fibre",
    "circular_textile",
    "sportech",
    "ageing_lifestyle_central",
    "ageing_lifestyle_isan",
)
UP, MID, DOWN = "upstream", "midstream", "downstream"

# Kinds of need. Only "trade" needs can be met; the others are traps.
TRADE, MARKET, FUNDING, UNMET = "trade", "market", "funding", "unmet"


@dataclass
class Need:
    text: str
    meets: tuple[str, ...] = ()
    certs: tuple[str, ...] = ()
    kind: str = TRADE


@dataclass
class Sme:
    num: int
    name: str
    sub_cluster: str
    stage: str
    province: str
    language: str
    email: str
    offers: list[tuple[str, str]] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    certs: list[str] = field(default_factory=list)
    bcg: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"brg-{self.num:03d}"


def N(text: str, *meets: str, certs: tuple[str, ...] = (), kind: str = TRADE) -> Need:
    return Need(text, tuple(meets), certs, kind)


def market(text: str) -> Need:
    return Need(text, kind=MARKET)


def funding(text: str) -> Need:
    return Need(text, kind=FUNDING)


def unmet(text: str, label: str) -> Need:
    """A real trade need that nobody in this cluster offers (label must stay unoffered)."""
    return Need(text, (label,), kind=UNMET)


OEKO = "OEKO-TEX Standard 100"
PEACOCK = "Thai Silk Peacock Emblem"
ORG_TH = "Organic Thailand"

# ---------------------------------------------------------------- the cluster
#
# Offer labels (what a thing IS, not what it is made of):
#   HEMP_FIBRE raw/decorticated hemp bast      HEMP_YARN mill-spun hemp yarn  HEMP_YARN_HANDSPUN
#   BANANA_FIBRE  PINA_FIBRE  WH_FIBRE (dried water hyacinth)  LOTUS_FIBRE  KAPOK
#   BAMBOO_YARN  HANDSPUN_COTTON  MILL_COTTON_YARN  SILK_YARN  PALF_YARN
#   INDIGO_PASTE natural indigo dye paste      PLANT_DYE dried dye plants/extracts
#   PC_WASTE post-consumer used textiles       PRE_WASTE pre-consumer cutting waste
#   RETIRED_LINEN end-of-life linen from hotels/hospitals
#   SHRED_FIBRE mechanically recycled fibre    RCOTTON_YARN recycled cotton yarn
#   RPET_YARN recycled polyester yarn          SPANDEX_YARN  FUNC_POLY_YARN
#   WIPING_RAGS
#   HEMP_FABRIC (mill, wide)  HEMP_FABRIC_HANDWOVEN  BANANA_FABRIC  HANDWOVEN_COTTON  SILK_FABRIC  NAT_DYED_FABRIC  BATIK_FABRIC
#   NAT_DYE_SERVICE contract natural/indigo dyeing
#   QUICKDRY_KNIT  COMPRESSION_FAB  PU_LAMINATE  ABSORBENT_LAYER  RECYCLED_NONWOVEN
#   SHEETING_FABRIC  TERRY_FABRIC  BAMBOO_FABRIC  UPCYCLED_PATCHWORK
#   CMT_SEWING  CMT_ACTIVEWEAR  SUBLI_PRINT  ANTISLIP_PRINT  ANTIMICROBIAL_FINISH  ELASTIC_TAPE
#   finished goods: HEMP_GOODS  INDIGO_GARMENT  NATDYED_GARMENT  WH_GOODS  KAPOK_PILLOW
#   UPCYCLED_BAG  UPCYCLED_GARMENT  TEAM_JERSEY  COMPRESSION_WEAR  INCONT_PAD
#   BED_SHEET  PATIENT_GOWN  TRANSFER_SHEET  ANTISLIP_SOCKS  PRESSURE_CUSHION
#   HOTEL_TOWEL  UNIFORM  ADAPTIVE_GARMENT  SILK_SCARF  HANDWOVEN_SCARF
#   SCREEN_PRINT  PU_LAMINATE_PRODUCT (finished mattress protectors)
#   non-textile: RETAIL_RUNNING  RETAIL_AIDS  CARE_SERVICE

SMES: list[Sme] = [
    # ============================================ Hemp & Natural Fibre
    Sme(1, "วิสาหกิจชุมชนกัญชงบ้านห้วยปลาหลด", HEMP, UP, "Tak", "th", "huaiplalod.hemp@gmail.com",
        offers=[
            ("HEMP_FIBRE", "มีเปลือกกัญชงลอกมือตากแห้งขายค่ะ ใยยาวเกิน1ม. ขั้นต่ำ20กก. ส่งได้ทั่วปท."),
            ("HEMP_YARN_HANDSPUN", "รับปั่นด้ายกัญชงมือ เส้นเล็กเส้นใหญ่ได้หมด ขายเป็นไจๆละ100ก."),
        ],
        needs=[
            market("หาคนรับซื้อใยกัญชงประจำทุกเดือน ตอนนี้ขายไม่ทันหมดฤดู"),
            unmet("อยากได้เครื่องลอกเปลือกกัญชงมือสองราคาไม่แพง", "DECORTICATOR"),
        ],
        bcg=["bio"]),
    Sme(2, "Doi Tung Bast Fibre Co., Ltd.", HEMP, UP, "Chiang Rai", "en", "export@doitungbast.co.th",
        offers=[
            ("HEMP_FIBRE", "True hemp, raw or retted (HS 5302.10), decorticated bast fibre, 1.2-1.8 m staple, moisture below 12%, 5 MT/month, pressed bales"),
        ],
        needs=[
            market("Export buyers for hemp bast fibre in the EU and Japan, FOB Laem Chabang"),
            funding("Working capital loan or equity partner for a second decortication line"),
        ],
        bcg=["bio", "green"]),
    Sme(3, "หจก.ผ้าทอกัญชงแม่ริม", HEMP, MID, "Chiang Mai", "th", "maerim.hempweave@hotmail.com",
        offers=[
            ("HEMP_FABRIC_HANDWOVEN", "ผ้ากัญชงทอมือ 100% หน้ากว้าง 90 ซม. สีธรรมชาติและฟอกขาว จำหน่ายเป็นพับ พับละ 20 เมตร"),
        ],
        needs=[
            N("ใยกัญชงดิบสำหรับปั่นเป็นเส้นด้าย ปริมาณเดือนละ 200-300 กิโลกรัม", "HEMP_FIBRE"),
            N("เส้นด้ายกัญชงสำหรับเส้นยืน ขนาดสม่ำเสมอ", "HEMP_YARN", "HEMP_YARN_HANDSPUN"),
            N("ครามธรรมชาติชนิดเนื้อเปียก สำหรับย้อมผ้าทอ", "INDIGO_PASTE"),
        ],
        certs=["OTOP"], bcg=["bio"]),
    Sme(4, "Lanna Hemp Textiles Ltd.", HEMP, MID, "Chiang Mai", "en", "sales@lannahemptextiles.com",
        offers=[
            ("HEMP_FABRIC", "100% hemp woven fabric: 14 oz canvas and 180 GSM plain weave, 58\" usable width, greige or RFD"),
            ("HEMP_FABRIC", "Hemp/organic cotton 55/45 blended twill 240 GSM, piece-dyed"),
        ],
        needs=[
            N("Hemp yarn Nm 12-26 for warp, min 500 kg per lot", "HEMP_YARN"),
            N("GOTS certified organic cotton yarn Ne 20/1 combed for weft", "MILL_COTTON_YARN", certs=("GOTS",)),
        ],
        certs=["OEKO-TEX Standard 100"], bcg=["bio"]),
    Sme(5, "ร้านกัญชงใส่สบาย by แพรว", HEMP, DOWN, "Bangkok", "th", "praew.hempshop@gmail.com",
        offers=[
            ("HEMP_GOODS", "เสื้อเชิ้ตผ้ากัญชงย้อมครามใส่สบายมากก มีไซส์S-XL ส่งฟรีเก็บปลายทาง"),
            ("HEMP_GOODS", "กางเกงเลผ้ากัญชงเอวยางยืด"),
        ],
        needs=[
            N("หาผ้ากัญชงเป็นพับๆ สีธรรมชาติ เอามาตัดเสื้อ", "HEMP_FABRIC", "HEMP_FABRIC_HANDWOVEN"),
            N("หาร้านรับเย็บเสื้อ งานไม่เยอะ ครั้งละ100ตัว มีแพทเทิร์นให้", "CMT_SEWING", "CMT_ACTIVEWEAR"),
        ]),
    Sme(6, "Salty Threads Phuket", HEMP, DOWN, "Phuket", "en", "hello@saltythreads.co",
        offers=[
            ("HEMP_GOODS", "Hand-sewn hemp beach bags, bucket hats and sarongs, small batches"),
        ],
        needs=[
            N("Hemp cloth in natural colours, a few rolls a year", "HEMP_FABRIC", "HEMP_FABRIC_HANDWOVEN"),
            market("Shops and beach resorts that would stock our bags"),
        ]),
    Sme(7, "กลุ่มแม่บ้านใยกล้วยบ้านดอนแก้ว", HEMP, UP, "Nan", "th", "donkaew.banana@gmail.com",
        offers=[
            ("BANANA_FIBRE", "ใยกล้วยตานีลอกมือตากแดด มีทั้งใยหยาบใยละเอียด กก.ละไม่แพง สั่งล่วงหน้า1อาทิตย์"),
        ],
        needs=[],
        bcg=["bio"]),
    Sme(8, "Ban Rai Loom Studio", HEMP, MID, "Lampang", "en", "banrailoom@gmail.com",
        offers=[
            ("BANANA_FABRIC", "We weave banana fibre mixed with cotton on foot looms and sell the cloth by the metre"),
        ],
        needs=[
            N("Banana stem fibre, cleaned and dried, around 30 kilos a month", "BANANA_FIBRE"),
            N("Cotton yarn for the warp, undyed", "HANDSPUN_COTTON", "MILL_COTTON_YARN"),
        ],
        bcg=["bio"]),
    Sme(9, "สหกรณ์ห้อมบ้านทุ่งโฮ้ง", HEMP, UP, "Phrae", "th", "tunghong.indigo@gmail.com",
        offers=[
            ("INDIGO_PASTE", "เนื้อห้อมเปียก (ครามธรรมชาติ) หมักจากต้นห้อมในชุมชน บรรจุถังละ 20 กิโลกรัม"),
            ("PLANT_DYE", "วัตถุดิบให้สีธรรมชาติ: เปลือกประดู่ ครั่ง ฝักคูน ใบสัก ตากแห้งบรรจุถุง"),
        ],
        needs=[
            market("หาตลาดส่งออกห้อมเปียกไปญี่ปุ่น"),
        ],
        certs=["OTOP"], bcg=["bio", "green"]),
    Sme(10, "ครามสกลบ้านนาดี", HEMP, MID, "Sakon Nakhon", "th", "naadee.khram@gmail.com",
        offers=[
            ("NAT_DYE_SERVICE", "รับย้อมครามผ้าฝ้ายผ้าไหมตามสั่ง ย้อมเย็นไม่ใช้สารเคมี ขั้นต่ำ10หลา รอของ2-3อาทิตย์นะคะ"),
            ("NAT_DYED_FABRIC", "ผ้าฝ้ายย้อมครามทอมือ ขายเป็นเมตร มีลายขิดลายมัดหมี่"),
        ],
        needs=[
            N("ซื้อเนื้อครามเปียกเพิ่มเดือนละ50กก. ของแท้ไม่ผสมสี", "INDIGO_PASTE"),
            N("หาฝ้ายเข็นมือ ฝ้ายดิบสีขาว เอามาย้อมเอง", "HANDSPUN_COTTON"),
        ],
        certs=["OTOP"], bcg=["bio"]),
    Sme(11, "Siam Botanical Dyehouse Co., Ltd.", HEMP, MID, "Bangkok", "en", "dyehouse@siambotanical.com",
        offers=[
            ("NAT_DYE_SERVICE", "Natural dyeing on commission: indigo vat, lac, mango leaf, ebony; yarn, piece and garment; batch 50-500 m; fastness to washing grade 4"),
        ],
        needs=[
            N("Plant dye extracts and dried dye stuff (lac, cutch, marigold, ebony fruit)", "PLANT_DYE"),
            N("Fermented natural indigo paste, 200 kg/month", "INDIGO_PASTE"),
        ],
        certs=["GOTS"], bcg=["bio", "green"]),
    Sme(12, "ร้านม่อฮ่อมป้าจันทร์", HEMP, DOWN, "Uttaradit", "th", "pachan.mohom@gmail.com",
        offers=[
            ("INDIGO_GARMENT", "เสื้อม่อฮ่อมย้อมครามแท้ ผ้าฝ้าย คอจีน ผ่าหน้า ชายหญิงมีครบไซส์"),
        ],
        needs=[
            N("หาผ้าฝ้ายทอมือย้อมครามเป็นพับๆ พับละ20ม.", "NAT_DYED_FABRIC"),
            N("หาคนรับย้อมครามงานผ้าดิบ ครั้งละ100หลา", "NAT_DYE_SERVICE"),
        ]),
    Sme(13, "Indigo & Hemp Apparel Co.", HEMP, DOWN, "Nonthaburi", "en", "sourcing@indigohemp.co",
        offers=[
            ("HEMP_GOODS", "Garment-dyed indigo hemp shirts and chore jackets (HS 6205.90), FOB Bangkok"),
        ],
        needs=[
            N("GOTS certified natural dyeing for hemp garments, 2,000 pcs per season", "NAT_DYE_SERVICE", certs=("GOTS",)),
            N("Hemp fabric 180-220 GSM, RFD, 57/58\"", "HEMP_FABRIC"),
        ],
        certs=["GOTS"]),
    Sme(14, "กลุ่มใยสับปะรดบ้านหนองหอย", HEMP, UP, "Prachuap Khiri Khan", "th", "nonghoi.pina@gmail.com",
        offers=[
            ("PINA_FIBRE", "ใยสับปะรดขูดมือ ตากแห้งแล้ว พร้อมส่ง กก.ละ ทักไลน์มาคุยราคาได้"),
        ],
        needs=[
            market("อยากได้ลูกค้าประจำรับใยสับปะรดทุกเดือน"),
        ],
        bcg=["bio", "circular"]),
    Sme(15, "Eastern PALF Yarns Co., Ltd.", HEMP, MID, "Rayong", "en", "info@eastpalf.com",
        offers=[
            ("PALF_YARN", "Pineapple leaf fibre / cotton 30/70 blended yarn Ne 10/1 and Ne 16/1, open-end"),
        ],
        needs=[
            N("Degummed pineapple leaf fibre (PALF), 200 kg/month", "PINA_FIBRE"),
        ],
        bcg=["bio", "circular"]),
    Sme(16, "ผักตบชวาแห้งป้าแดง บางบาล", HEMP, UP, "Phra Nakhon Si Ayutthaya", "th", "padang.pakttob@gmail.com",
        offers=[
            ("WH_FIBRE", "ผักตบชวาตากแห้งตัดเส้น ก้านยาว60-80ซม. มัดละ5กก."),
        ],
        needs=[],
        bcg=["bio", "circular"]),
    Sme(17, "Phichit Weavecraft", HEMP, DOWN, "Phichit", "en", "weavecraft.phichit@gmail.com",
        offers=[
            ("WH_GOODS", "Water hyacinth baskets, slippers and storage boxes, woven by village women"),
        ],
        needs=[
            N("Dried water hyacinth stalks at least 60 cm long", "WH_FIBRE"),
        ],
        certs=["OTOP"]),
    Sme(18, "วิสาหกิจชุมชนใยบัวบ้านสระแก้ว", HEMP, UP, "Suphan Buri", "th", "sakaeo.lotus@gmail.com",
        offers=[
            ("LOTUS_FIBRE", "เส้นใยจากก้านบัวหลวง ดึงมือ พันเป็นหลอด เหมาะสำหรับทอผ้าพรีเมียม"),
        ],
        needs=[
            funding("ต้องการแหล่งทุนดอกเบี้ยต่ำเพื่อขยายโรงเรือนดึงใยบัว"),
        ],
        bcg=["bio"]),
    Sme(19, "River Kwai Kapok", HEMP, UP, "Kanchanaburi", "en", "riverkwaikapok@gmail.com",
        offers=[
            ("KAPOK", "Kapok fibre for pillows and mattresses, cleaned, seeds taken out, sold in 10 kg sacks"),
        ],
        needs=[
            unmet("A second-hand bale press", "BALE_PRESS"),
        ],
        bcg=["bio"]),
    Sme(20, "หมอนนุ่นยายสอน", HEMP, DOWN, "Ratchaburi", "th", "yaisorn.pillow@gmail.com",
        offers=[
            ("KAPOK_PILLOW", "หมอนนุ่นยัดแน่น ปลอกผ้าฝ้าย ใบละ250 ที่นอนนุ่นพับได้ก็มีจ้า"),
        ],
        needs=[
            N("หานุ่นที่คัดเมล็ดออกแล้ว ครั้งละ100กก.", "KAPOK"),
            N("หาผ้าฝ้ายดิบทำปลอกหมอน เอาเป็นม้วนๆ", "SHEETING_FABRIC"),
        ]),
    Sme(21, "Lamphun Bamboo Spinning Co., Ltd.", HEMP, UP, "Lamphun", "en", "yarn@lamphunbamboo.com",
        offers=[
            ("BAMBOO_YARN", "Bamboo viscose ring-spun yarn Ne 30/1 and 40/1, raw white, on cones, OEKO-TEX Standard 100"),
        ],
        needs=[
            market("Off-takers for 20 MT/month of bamboo yarn, knitters in Thailand or Vietnam"),
        ],
        certs=["OEKO-TEX Standard 100", "ISO 9001"], bcg=["bio"]),
    Sme(22, "บริษัท ไผ่นิต จำกัด", HEMP, MID, "Samut Sakhon", "th", "purchase@phainit.co.th",
        offers=[
            ("BAMBOO_FABRIC", "ผ้าถักเส้นใยไผ่ (Bamboo jersey) น้ำหนัก 180 กรัม/ตร.ม. หน้ากว้าง 72 นิ้ว นุ่ม ระบายอากาศดี"),
        ],
        needs=[
            N("จัดหาเส้นด้ายใยไผ่ เบอร์ 30 ขึ้นไป ปริมาณ 3 ตันต่อเดือน", "BAMBOO_YARN"),
        ],
        bcg=["bio"]),
    Sme(23, "กลุ่มฝ้ายอินทรีย์ผาหวาย", HEMP, UP, "Loei", "th", "phawai.cotton@gmail.com",
        offers=[
            ("HANDSPUN_COTTON", "ฝ้ายอินทรีย์เข็นมือ ปลูกเองไม่ใช้ยา ได้ตรารับรองเกษตรอินทรีย์ ขายเป็นไจ สีขาวกับสีตุ่น"),
        ],
        needs=[],
        certs=["Organic Thailand"], bcg=["bio"]),
    Sme(24, "Korat Organic Spinners Co., Ltd.", HEMP, UP, "Nakhon Ratchasima", "en", "sales@koratorganic.com",
        offers=[
            ("MILL_COTTON_YARN", "Organic cotton combed ring-spun yarn Ne 20/1-40/1, compact, GOTS and OCS certified"),
        ],
        needs=[
            unmet("Organic seed cotton or lint from Thai farmer groups, 50 MT/season", "RAW_COTTON_LINT"),
        ],
        certs=["GOTS", "OCS", "ISO 9001"], bcg=["bio"]),
    Sme(25, "ฝ้ายเข็นมือแม่บัวลอง", AGE_I, UP, "Chaiyaphum", "th", "maebualong.fai@gmail.com",
        offers=[
            ("HANDSPUN_COTTON", "ฝ้ายเข็นมือ ฝ้ายขาว ฝ้ายตุ่น ขายเป็นไจ ไจละ100ก. ผู้สูงอายุในหมู่บ้านเข็นกันเองค่ะ"),
        ],
        needs=[
            unmet("อยากได้เมล็ดพันธุ์ฝ้ายพื้นเมืองพันธุ์ตุ่น", "COTTON_SEED"),
        ]),
    # ============================================ Circular Textile
    Sme(26, "บริษัท รีคลอธ คัดแยก จำกัด", CIRC, UP, "Samut Prakan", "th", "sourcing@recloth.co.th",
        offers=[
            ("PC_WASTE", "จำหน่ายเสื้อผ้าใช้แล้วคัดแยกตามชนิดเส้นใย (ฝ้าย/โพลีเอสเตอร์/ผสม) อัดก้อน ก้อนละ 300-500 กิโลกรัม"),
            ("WIPING_RAGS", "ผ้าเช็ดเครื่องจักรตัดจากเสื้อยืดใช้แล้ว ซับน้ำมันดี บรรจุกระสอบ 10 กก."),
        ],
        needs=[
            N("ต้องการรับซื้อผ้าปลดระวาง (ผ้าปูเตียง ปลอกหมอน ผ้าขนหนู) จากโรงแรมและโรงพยาบาล ต่อเนื่องรายเดือน", "RETIRED_LINEN"),
        ],
        certs=["ISO 14001"], bcg=["circular"]),
    Sme(27, "Chonburi Textile Recovery Co., Ltd.", CIRC, UP, "Chonburi", "en", "trade@chontexrecovery.com",
        offers=[
            ("PRE_WASTE", "Pre-consumer cotton jersey cutting waste, sorted by colour, baled 200 kg, approx. 40 MT/month"),
            ("PC_WASTE", "Post-consumer textile waste grade B, mixed fibres, baled, for fibre recovery"),
        ],
        needs=[
            market("Buyers in India and Pakistan for mixed rags, container loads"),
        ],
        certs=["GRS"], bcg=["circular"]),
    Sme(28, "ร้านเฮียเศษผ้าบางบอน", CIRC, UP, "Bangkok", "th", "heasetpha@gmail.com",
        offers=[
            ("PRE_WASTE", "มีเศษผ้าจากรง.ตัดเย็บ ผ้ายืดcotton100%แยกสีแล้ว ขายเป็นกก. เอาเยอะลดให้"),
        ],
        needs=[
            market("หารง.รับซื้อเศษผ้าไปทำเส้นใยรีไซเคิล รับประจำได้"),
        ],
        bcg=["circular"]),
    Sme(29, "FibreLoop Recycling Co., Ltd.", CIRC, UP, "Chachoengsao", "en", "sales@fibreloop.co.th",
        offers=[
            ("SHRED_FIBRE", "Mechanically recycled cotton fibre (shredded and garnetted), 10-18 mm, colour-sorted, for open-end spinning and nonwovens"),
        ],
        needs=[
            N("Pre-consumer cotton knit clippings, colour-sorted, 20 t/month", "PRE_WASTE"),
        ],
        certs=["GRS", "RCS"], bcg=["circular"]),
    Sme(30, "โรงปั่นด้ายรีไซเคิล นครชัยศรี", CIRC, UP, "Nakhon Pathom", "th", "ncs.recycleyarn@gmail.com",
        offers=[
            ("RCOTTON_YARN", "ผลิตและจำหน่ายเส้นด้ายรีไซเคิลจากเศษผ้าฝ้าย (Recycled cotton OE yarn) เบอร์ 10-20 หลากสี ไม่ต้องย้อมใหม่"),
        ],
        needs=[
            N("ต้องการเส้นใยฝ้ายรีไซเคิลที่ผ่านการบดแล้ว คัดสี ปริมาณเดือนละ 30 ตัน", "SHRED_FIBRE"),
        ],
        bcg=["circular"]),
    Sme(31, "Sakhon Green Yarn Co., Ltd.", CIRC, UP, "Samut Sakhon", "en", "export@sakhongreenyarn.com",
        offers=[
            ("RPET_YARN", "Recycled polyester DTY 75D/72F and 150D/144F from post-consumer PET bottles, GRS certified, SD/FD"),
        ],
        needs=[
            unmet("Clean hot-washed PET bottle flakes, 100 t/month", "PET_FLAKE"),
        ],
        certs=["GRS"], bcg=["circular"]),
    Sme(32, "ด้ายขวดรีไซเคิล ระยอง", CIRC, UP, "Rayong", "th", "rpet.rayong@gmail.com",
        offers=[
            ("RPET_YARN", "ขายเส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวดพลาสติก ราคาถูกกว่าด้ายใหม่ มีหลายเบอร์ สต๊อกพร้อมส่ง"),
        ],
        needs=[
            market("หาลูกค้าเป็นโรงงานถักโรงงานทอ ซื้อประจำ"),
        ],
        bcg=["circular"]),
    Sme(33, "วิสาหกิจชุมชนผ้าต่อปะบางกรวย", CIRC, MID, "Nonthaburi", "th", "bangkruai.patch@gmail.com",
        offers=[
            ("UPCYCLED_PATCHWORK", "ผ้าต่อปะ(patchwork)จากเศษผ้า เย็บเป็นผืน1x1.5ม. เอาไปตัดกระเป๋าตัดเสื้อได้เลย"),
        ],
        needs=[
            N("หาเศษผ้าฝ้ายชิ้นใหญ่ๆไม่ต่ำกว่าฝ่ามือ แยกสีมาแล้วยิ่งดี", "PRE_WASTE"),
        ],
        bcg=["circular"]),
    Sme(34, "Second Denim Studio", CIRC, DOWN, "Chiang Mai", "en", "seconddenim.cm@gmail.com",
        offers=[
            ("UPCYCLED_BAG", "Bags and pouches made from old jeans and fabric offcuts"),
        ],
        needs=[
            N("Used clothes, jeans most of all, any size, washed", "PC_WASTE"),
            N("Patchwork fabric panels we can cut bags from", "UPCYCLED_PATCHWORK"),
        ],
        bcg=["circular"]),
    Sme(35, "บริษัท นอนวูฟเวนรีไซเคิล จำกัด", CIRC, MID, "Pathum Thani", "th", "purchase@nwrecycle.co.th",
        offers=[
            ("RECYCLED_NONWOVEN", "แผ่นใยอัดจากเส้นใยรีไซเคิล (Needle-punched nonwoven) ความหนา 3-10 มม. ใช้บุเฟอร์นิเจอร์ ฉนวนกันเสียง"),
        ],
        needs=[
            N("จัดซื้อเส้นใยรีไซเคิลจากเศษผ้าสำหรับป้อนเครื่องเข็ม ความยาวเส้นใยไม่ต่ำกว่า 10 มม.", "SHRED_FIBRE"),
        ],
        certs=["ISO 9001"], bcg=["circular"]),
    Sme(36, "Kin Rework Label", CIRC, DOWN, "Bangkok", "en", "studio@kinrework.com",
        offers=[
            ("UPCYCLED_GARMENT", "Upcycled denim jackets and patchwork shirts, wholesale to concept stores"),
        ],
        needs=[
            N("GRS certified recycled cotton yarn Ne 12/1-20/1 for a knit capsule", "RCOTTON_YARN", certs=("GRS",)),
        ],
        bcg=["circular"]),
    Sme(37, "Saraburi ReSpin Co., Ltd.", CIRC, UP, "Saraburi", "en", "respin@saraburirespin.com",
        offers=[
            ("RCOTTON_YARN", "Recycled cotton/polyester blended yarn Ne 16/1 (60% pre-consumer cotton waste), GRS and RCS certified"),
        ],
        needs=[
            N("Colour-sorted cotton cutting waste from garment factories", "PRE_WASTE"),
        ],
        certs=["GRS", "RCS"], bcg=["circular"]),
    Sme(38, "โรงแรมอันดามันเบย์ รีสอร์ท กระบี่", CIRC, DOWN, "Krabi", "th", "purchasing@andamanbaykrabi.com",
        offers=[
            ("RETIRED_LINEN", "ผ้าปูที่นอนและผ้าขนหนูปลดระวาง ประมาณ 300 กก./เดือน พร้อมจำหน่ายให้ผู้รีไซเคิล"),
        ],
        needs=[
            N("จัดซื้อผ้าขนหนูสำหรับห้องพัก: ผ้าเช็ดตัว 70x140 ซม. ผ้าฝ้าย 100% น้ำหนักไม่น้อยกว่า 550 กรัม/ตร.ม. จำนวน 1,200 ผืน", "HOTEL_TOWEL"),
        ],
        bcg=["circular"]),
    Sme(39, "Shine Auto Detailing", CIRC, DOWN, "Chonburi", "en", "shineauto.cbi@gmail.com",
        offers=[],
        needs=[
            N("Cotton wiping rags, lint-free if possible, 10 kg bags, every month", "WIPING_RAGS"),
        ]),
    Sme(40, "ใยบดรีไซเคิลหาดใหญ่", CIRC, UP, "Songkhla", "th", "hatyai.shred@gmail.com",
        offers=[
            ("SHRED_FIBRE", "รับบดเศษผ้าเป็นใยรีไซเคิล ขายใยบดเป็นกระสอบ ใช้ยัดหมอน ทำแผ่นใยได้"),
        ],
        needs=[
            funding("หาแหล่งเงินกู้ซื้อเครื่องบดผ้าเครื่องที่2"),
        ],
        bcg=["circular"]),
    # ============================================ Sportech
    Sme(41, "Elastica Fibers (Thailand) Co., Ltd.", SPORT, UP, "Samut Prakan", "en", "sales@elasticafibers.co.th",
        offers=[
            ("SPANDEX_YARN", "Spandex (elastane) bare yarn 20D/40D/70D, merge-stable, for warp knitting, circular knitting and covering"),
        ],
        needs=[
            market("Distributors in Vietnam and Cambodia for elastane yarn"),
        ],
        certs=["OEKO-TEX Standard 100", "ISO 9001"]),
    Sme(42, "บริษัท ฟังก์ชันไฟเบอร์ จำกัด", SPORT, UP, "Prachinburi", "th", "sales@functionfiber.co.th",
        offers=[
            ("FUNC_POLY_YARN", "เส้นด้ายโพลีเอสเตอร์ฟังก์ชัน หน้าตัดรูปกากบาท ระบายเหงื่อ แห้งเร็ว 75D/72F และ 100D/96F"),
        ],
        needs=[
            unmet("จัดซื้อเม็ดพลาสติก PET เกรดสิ่งทอ ปริมาณ 200 ตันต่อเดือน", "PET_CHIP"),
        ],
        certs=["OEKO-TEX Standard 100"]),
    Sme(43, "Gulf Active Knit Co., Ltd.", SPORT, MID, "Samut Sakhon", "en", "knit@gulfactive.com",
        offers=[
            ("QUICKDRY_KNIT", "Weft-knit 88/12 polyester/spandex single jersey 140-160 GSM, moisture-wicking and quick-dry finish, 60\" open width"),
        ],
        needs=[
            N("Polyester filament 75D-100D, virgin or recycled, functional cross-section preferred", "FUNC_POLY_YARN", "RPET_YARN"),
            N("Spandex 40D bare yarn, 2 t/month", "SPANDEX_YARN"),
        ],
        certs=["bluesign", "OEKO-TEX Standard 100"]),
    Sme(44, "โรงถักผ้ากีฬาอ่างทอง", SPORT, MID, "Ang Thong", "th", "angthong.knit@gmail.com",
        offers=[
            ("QUICKDRY_KNIT", "รับถักผ้าแห้งไว ผ้าไมโคร ผ้ากีฬา ขายเป็นกก. สต๊อกหลายสี ขั้นต่ำ1ม้วน25กก."),
        ],
        needs=[
            N("หาเส้นสแปนเด็กซ์40Dราคาส่ง เดือนละ500กก.", "SPANDEX_YARN"),
        ]),
    Sme(45, "Siam Compression Textiles Ltd.", SPORT, MID, "Chonburi", "en", "info@siamcompression.com",
        offers=[
            ("COMPRESSION_FAB", "Warp-knit power-stretch fabric, 78% nylon 22% spandex, 220 GSM, 4-way stretch, for compression garments"),
        ],
        needs=[
            N("Bare elastane 40D-70D for warp knitting", "SPANDEX_YARN"),
        ]),
    Sme(46, "ขอนแก่นซับลิเมชั่น", SPORT, MID, "Khon Kaen", "th", "kk.subli@gmail.com",
        offers=[
            ("SUBLI_PRINT", "รับพิมพ์ซับลิเมชั่น เสื้อกีฬา ผ้าเมตร ขั้นต่ำ1ม้วน งานด่วน3วัน"),
        ],
        needs=[
            N("หาผ้าโพลีเอสเตอร์สีขาวไว้พิมพ์ซับ แบบแห้งไวระบายเหงื่อ", "QUICKDRY_KNIT"),
        ]),
    Sme(47, "เสื้อทีมอุดรสปอร์ต", SPORT, DOWN, "Udon Thani", "th", "udonsport.team@gmail.com",
        offers=[
            ("TEAM_JERSEY", "รับทำเสื้อทีม เสื้อวิ่ง เสื้อบอล สกรีนชื่อเบอร์ ขั้นต่ำ10ตัว"),
        ],
        needs=[
            N("หาโรงพิมพ์ซับลิเมชั่นราคาส่ง ส่งงานได้ทุกอาทิตย์", "SUBLI_PRINT"),
            N("ผ้ากีฬาแห้งไว ผ้าไมโครเรียบ เอาเป็นกก.", "QUICKDRY_KNIT"),
        ]),
    Sme(48, "Stride Performance Wear Co., Ltd.", SPORT, DOWN, "Bangkok", "en", "sourcing@strideperformance.com",
        offers=[
            ("COMPRESSION_WEAR", "Compression tights and recovery calf sleeves (HS 6114.30), private label"),
        ],
        needs=[
            N("bluesign approved compression fabric, nylon/spandex, 4-way stretch, 200-240 GSM", "COMPRESSION_FAB", certs=("bluesign",)),
            N("CMT factory for activewear with flatlock and coverstitch, 3,000 pcs/month", "CMT_ACTIVEWEAR"),
        ]),
    Sme(49, "บริษัท ยืดพิเศษ เท็กซ์ไทล์ จำกัด", SPORT, MID, "Samut Prakan", "th", "sales@yuedtex.co.th",
        offers=[
            ("COMPRESSION_FAB", "ผ้าถักยืดสูงสำหรับชุดกระชับกล้ามเนื้อ (Compression) ไนลอน/สแปนเด็กซ์ ยืด 4 ทิศทาง ผ่านการรับรอง bluesign"),
        ],
        needs=[
            unmet("จัดซื้อเส้นใยไนลอน 6 ฟิลาเมนต์ 40D ปริมาณ 5 ตันต่อเดือน", "NYLON_YARN"),
        ],
        certs=["bluesign"]),
    Sme(50, "Cha-am Fit Studio", SPORT, DOWN, "Phetchaburi", "en", "chaamfit@gmail.com",
        offers=[],
        needs=[
            N("Quick-dry T-shirts with our logo for members, about 200", "TEAM_JERSEY"),
        ]),
    Sme(51, "ร้านวิ่งดีนครศรี", SPORT, DOWN, "Nakhon Si Thammarat", "th", "wingdee.nst@gmail.com",
        offers=[
            ("RETAIL_RUNNING", "ขายปลีกรองเท้าวิ่ง นาฬิกา อุปกรณ์วิ่งเทรล"),
        ],
        needs=[
            N("หาซัพปลอกน่องรัดกล้าม กางเกงรัดกล้าม ขายส่ง", "COMPRESSION_WEAR"),
        ]),
    Sme(52, "Nayok Activewear Sewing Co., Ltd.", SPORT, MID, "Nakhon Nayok", "en", "cmt@nayokactive.com",
        offers=[
            ("CMT_ACTIVEWEAR", "Cut-make-trim for sportswear: overlock, flatlock, coverstitch, bonding; 3,000 pcs/month"),
        ],
        needs=[
            N("Woven or knitted elastic tape 25-40 mm, black and white", "ELASTIC_TAPE"),
        ]),
    Sme(53, "โรงงานยางยืดตรัง", SPORT, MID, "Trang", "th", "trang.elastic@gmail.com",
        offers=[
            ("ELASTIC_TAPE", "ยางยืดทอ ยางยืดถัก หน้ากว้าง 1-5 ซม. สีดำ สีขาว สั่งทำสีได้"),
        ],
        needs=[
            unmet("เส้นยางพาราสำหรับทำยางยืด (rubber thread) เดือนละ 2 ตัน", "RUBBER_THREAD"),
        ]),
    Sme(54, "ร้านพิมพ์ซิลิโคนกันลื่นมหาชัย", SPORT, MID, "Samut Sakhon", "th", "mahachai.silicone@gmail.com",
        offers=[
            ("ANTISLIP_PRINT", "รับพิมพ์ซิลิโคนกันลื่นพื้นถุงเท้า ถุงมือ ลายจุดลายคลื่น ขั้นต่ำ500คู่"),
        ],
        needs=[
            market("หารง.ถุงเท้าส่งงานประจำ"),
        ]),
    Sme(55, "GripWell Socks Co., Ltd.", SPORT, DOWN, "Lopburi", "en", "sales@gripwellsocks.com",
        offers=[
            ("ANTISLIP_SOCKS", "Anti-slip grip socks for hospitals, Pilates and yoga, cotton/spandex with silicone dot soles"),
        ],
        needs=[
            N("Silicone grip printing subcontractor for sock soles", "ANTISLIP_PRINT"),
            N("Combed cotton yarn Ne 32/1 for sock knitting", "MILL_COTTON_YARN"),
        ],
        certs=["OEKO-TEX Standard 100"]),
    # ============================================ Ageing Lifestyle Central
    Sme(56, "โรงพยาบาลเมตตาเวช", AGE_C, DOWN, "Bangkok", "th", "procurement@mettavej-hospital.co.th",
        offers=[
            ("RETIRED_LINEN", "ผ้าปูเตียงและเสื้อผู้ป่วยที่ปลดระวางแล้ว จำหน่ายเป็นล็อต ล็อตละประมาณ 500 กิโลกรัม"),
        ],
        needs=[
            N("จัดซื้อเสื้อผู้ป่วยใน (ชุดผู้ป่วย) ผ้าฝ้ายผสมโพลีเอสเตอร์ จำนวน 2,000 ชุด คุณลักษณะ: ผ้าได้รับการรับรอง OEKO-TEX Standard 100", "PATIENT_GOWN", certs=(OEKO,)),
            N("ต้องการผู้จำหน่ายผ้าเลื่อนตัวผู้ป่วย (Transfer sheet / Slide sheet) ขนาด 70x200 ซม. จำนวน 60 ผืน", "TRANSFER_SHEET"),
            N("ประกวดราคาเบาะรองนั่งลดแรงกดทับสำหรับผู้ป่วยติดเตียง ผู้ผลิตต้องได้รับรอง ISO 13485", "PRESSURE_CUSHION", certs=("ISO 13485",)),
        ]),
    Sme(57, "บ้านพักผู้สูงอายุร่มไม้ นนทบุรี", AGE_C, DOWN, "Nonthaburi", "th", "rommai.nursinghome@gmail.com",
        offers=[],
        needs=[
            N("จัดซื้อแผ่นรองซับชนิดซักได้ ขนาด 60x90 ซม. จำนวน 200 ผืน", "INCONT_PAD"),
            N("จัดซื้อถุงเท้ากันลื่นสำหรับผู้สูงอายุ ไซส์ฟรีไซส์ จำนวน 300 คู่", "ANTISLIP_SOCKS"),
            N("ผ้าปูที่นอนรัดมุมสำหรับเตียงผู้ป่วย ขนาด 3 ฟุต จำนวน 100 ผืน", "BED_SHEET"),
        ]),
    Sme(58, "Kata Sands Resort & Spa", CIRC, DOWN, "Phuket", "en", "purchasing@katasands.com",
        offers=[
            ("RETIRED_LINEN", "End-of-life bed linen and bath towels, roughly 500 kg per quarter, free collection"),
        ],
        needs=[
            N("Bath towels 600 GSM, 100% cotton, 2-ply, 70x140 cm, white with dobby border", "HOTEL_TOWEL"),
            N("Spa therapist uniforms, breathable, 80 sets", "UNIFORM"),
            N("Waterproof mattress protectors for king beds", "PU_LAMINATE_PRODUCT"),
        ]),
    Sme(59, "บริษัท เคลือบผ้าสยาม จำกัด", AGE_C, MID, "Samut Prakan", "th", "sales@siamcoating.co.th",
        offers=[
            ("PU_LAMINATE", "ผ้ากันน้ำเคลือบ PU ระบายอากาศ สำหรับทำผ้ารองกันเปื้อนที่นอนและแผ่นรองซับ หน้ากว้าง 160 ซม."),
            ("PU_LAMINATE_PRODUCT", "ผ้ารองกันเปื้อนที่นอนแบบรัดมุม กันน้ำ 100% ทุกขนาดเตียง"),
        ],
        needs=[
            N("จัดหาผ้าเทอร์รี่ผ้าฝ้ายเป็นม้วน สำหรับเคลือบหลัง PU", "TERRY_FABRIC"),
        ],
        certs=["OEKO-TEX Standard 100"]),
    Sme(60, "วิสาหกิจชุมชนแผ่นรองซับบ้านหนองแวง", AGE_I, DOWN, "Roi Et", "th", "nongwaeng.pad@gmail.com",
        offers=[
            ("INCONT_PAD", "แผ่นรองซับฉี่ซักได้ เย็บเองทำเอง ทนซัก100ครั้ง ผืนละไม่ถึงร้อย"),
        ],
        needs=[
            N("หาผ้ากันน้ำPUเป็นม้วน", "PU_LAMINATE"),
            N("หาผ้าซับน้ำหนาๆ แผ่นใยซับน้ำ เอามาทำไส้", "ABSORBENT_LAYER", "TERRY_FABRIC"),
        ],
        certs=["OTOP"]),
    Sme(61, "AbsorbTech Nonwovens Co., Ltd.", AGE_C, MID, "Sa Kaeo", "en", "sales@absorbtech.co.th",
        offers=[
            ("ABSORBENT_LAYER", "Absorbent needle-punched layer 300-600 GSM, viscose/polyester, for washable underpads and adult briefs"),
        ],
        needs=[
            unmet("Viscose staple fibre 1.5D x 38 mm, 10 t/month", "VISCOSE_STAPLE"),
        ],
        certs=["OEKO-TEX Standard 100"]),
    Sme(62, "โรงพยาบาลชุมชนโกสุมพิสัย", AGE_I, DOWN, "Maha Sarakham", "th", "procure.kosum@moph.go.th",
        offers=[
            ("RETIRED_LINEN", "ผ้าปูเตียงและชุดผู้ป่วยปลดระวาง จำหน่ายตามระเบียบพัสดุ"),
        ],
        needs=[
            N("จัดซื้อผ้าปูที่นอนผู้ป่วย รายละเอียดคุณลักษณะ: 1) ผ้าฝ้าย 100% สีขาว 2) ชนิดรัดมุม ขนาด 3.5 ฟุต 3) ทนการซักอบฆ่าเชื้อ จำนวน 400 ผืน", "BED_SHEET"),
            N("จัดซื้อชุดผู้ป่วย เสื้อผ่าหน้าผูกเชือก กางเกงเอวยางยืด จำนวน 600 ชุด", "PATIENT_GOWN"),
            N("จัดซื้อแผ่นรองซับปัสสาวะชนิดซักได้ สำหรับหอผู้ป่วยสูงอายุ", "INCONT_PAD"),
        ]),
    Sme(63, "กลุ่มเย็บผ้าบ้านโคกสะอาด", AGE_I, DOWN, "Surin", "th", "khoksaat.sewing@gmail.com",
        offers=[
            ("PATIENT_GOWN", "รับเย็บชุดผู้ป่วย เสื้อผ่าหน้า ผูกเชือก ผ้าฝ้าย ส่งรพ.มาแล้วหลายที่"),
            ("BED_SHEET", "ผ้าปูเตียงรพ. รัดมุม 3ฟุต3.5ฟุต สีขาวสีฟ้า"),
        ],
        needs=[
            N("หาผ้าฝ้ายหน้ากว้างเป็นม้วน ม้วนละ50หลา ราคาโรงงาน", "SHEETING_FABRIC"),
        ]),
    Sme(64, "CareWeave Medical Textiles Co., Ltd.", AGE_C, DOWN, "Pathum Thani", "en", "tender@careweave.co.th",
        offers=[
            ("PATIENT_GOWN", "Patient gowns and scrubs, poly-cotton 65/35, OEKO-TEX Standard 100, made under ISO 13485"),
            ("TRANSFER_SHEET", "Transfer / slide sheets, low-friction tubular nylon, 70x200 cm and custom"),
        ],
        needs=[
            N("Poly-cotton sheeting 65/35, 110\" width, bleached white", "SHEETING_FABRIC"),
            N("Antimicrobial finishing subcontractor for hospital textiles", "ANTIMICROBIAL_FINISH"),
            unmet("Silicone-coated parachute nylon 40D, low-friction", "SILNYLON"),
        ],
        certs=["OEKO-TEX Standard 100", "ISO 13485", "ISO 9001"]),
    Sme(65, "บริษัท สิ่งทอโคราช จำกัด", AGE_C, MID, "Nakhon Ratchasima", "th", "sales@koratmill.co.th",
        offers=[
            ("SHEETING_FABRIC", "ผ้าผืนใหญ่สำหรับผ้าปูที่นอน (Sheeting) ฝ้าย 100% และ TC 65/35 หน้ากว้าง 90-110 นิ้ว ฟอกขาวพร้อมใช้"),
        ],
        needs=[
            unmet("จัดซื้อปุยฝ้ายดิบ (Raw cotton) เส้นใยยาวปานกลาง ปริมาณ 100 ตันต่อไตรมาส", "RAW_COTTON_LINT"),
        ],
        certs=["ISO 9001"]),
    Sme(66, "เบาะกันแผลกดทับแม่สมหมาย", AGE_I, DOWN, "Buriram", "th", "maesommai.cushion@gmail.com",
        offers=[
            ("PRESSURE_CUSHION", "เบาะรองนั่งกันแผลกดทับ ยัดใยมะพร้าวผสมนุ่น ถอดซักปลอกได้ ส่งทั่วปท."),
        ],
        needs=[
            N("หานุ่นดีๆ เดือนละ50กก.", "KAPOK"),
            N("หาผ้ากันน้ำไว้หุ้มเบาะ เป็นเมตร", "PU_LAMINATE"),
        ],
        certs=["OTOP"]),
    Sme(67, "ReliefSeat Medical Co., Ltd.", AGE_C, DOWN, "Nakhon Pathom", "en", "sales@reliefseat.com",
        offers=[
            ("PRESSURE_CUSHION", "Pressure-relief seat cushions, viscoelastic foam with 2-way stretch PU cover, ISO 13485"),
        ],
        needs=[
            N("PU-coated stretch knit for cushion covers, fluid-proof, vapour-permeable", "PU_LAMINATE"),
        ],
        certs=["ISO 13485"]),
    Sme(68, "ถุงเท้ากันลื่นยายหวานหนองคาย", AGE_I, DOWN, "Nong Khai", "th", "yaiwan.socks@gmail.com",
        offers=[
            ("ANTISLIP_SOCKS", "ถุงเท้ากันลื่นผู้สูงอายุ ถักเอง พิมพ์ยางกันลื่น หนานุ่ม"),
        ],
        needs=[
            N("หาด้ายฝ้ายกับเส้นสแปนเด็กซ์ไว้ถักถุงเท้า", "MILL_COTTON_YARN", "SPANDEX_YARN"),
        ]),
    Sme(69, "Golden Years Care Home", AGE_C, DOWN, "Chiang Mai", "en", "office@goldenyearscm.com",
        offers=[],
        needs=[
            N("Washable bed pads for night time, about 80", "INCONT_PAD"),
            N("Soft fitted sheets for hospital-type beds", "BED_SHEET"),
            N("Socks that don't slip on tiled floors", "ANTISLIP_SOCKS"),
        ]),
    Sme(70, "แบรนด์ใส่สบายวัยเก๋า", AGE_C, DOWN, "Phitsanulok", "th", "waikao.brand@gmail.com",
        offers=[
            ("ADAPTIVE_GARMENT", "เสื้อผ้าผู้สูงอายุ ติดแม่เหล็กแทนกระดุม ผ้าใยไผ่นุ่ม ใส่ง่ายถอดง่าย"),
        ],
        needs=[
            N("หาผ้าถักใยไผ่เนื้อนุ่ม ยืดหยุ่น เป็นม้วน", "BAMBOO_FABRIC"),
            N("หาโรงงานรับเย็บ ขั้นต่ำไม่สูง ทำตัวอย่างให้ได้", "CMT_SEWING", "CMT_ACTIVEWEAR"),
        ]),
    Sme(71, "กลุ่มจักรเย็บผ้าบ้านนาเชือก", AGE_I, MID, "Kalasin", "th", "nachueak.sew@gmail.com",
        offers=[
            ("CMT_SEWING", "รับเย็บผ้าทุกชนิด เสื้อ กางเกง ชุดผู้ป่วย ตามแบบ มีจักร20ตัว"),
            ("PRE_WASTE", "เศษผ้าจากการตัด ขายเหมากระสอบ"),
        ],
        needs=[
            market("หางานเย็บจากรง.ในกทม. รับงานต่อเนื่อง"),
        ]),
    Sme(72, "บริษัท ไบโอฟินิช เท็กซ์ จำกัด", AGE_C, MID, "Pathum Thani", "th", "service@biofinishtex.co.th",
        offers=[
            ("ANTIMICROBIAL_FINISH", "บริการตกแต่งสำเร็จผ้าต้านแบคทีเรีย (ซิงค์ออกไซด์/ไคโตซาน) สำหรับผ้าในโรงพยาบาลและสถานดูแลผู้สูงอายุ"),
        ],
        needs=[
            market("ต้องการโรงพยาบาลนำร่องทดลองใช้ผ้าต้านแบคทีเรีย"),
        ],
        certs=["ISO 9001"]),
    Sme(73, "Sukhumvit International Hospital", AGE_C, DOWN, "Bangkok", "en", "procurement@sukhumvitintl.com",
        offers=[
            ("RETIRED_LINEN", "Condemned linen (sheets, gowns, towels) released quarterly for recycling"),
        ],
        needs=[
            N("Tender: bed sheets, white, 100% cotton 250TC, fitted for 36\" hospital beds, 1,500 pcs", "BED_SHEET"),
            N("Reusable incontinence underpads 85x90 cm, min. 150 wash cycles", "INCONT_PAD"),
            N("Anti-slip socks with silicone tread, sizes S-XL", "ANTISLIP_SOCKS"),
        ]),
    Sme(74, "โรงทอผ้าขนหนูราชบุรี", AGE_C, MID, "Ratchaburi", "th", "rb.towelmill@gmail.com",
        offers=[
            ("HOTEL_TOWEL", "ผลิตผ้าขนหนูโรงแรม ผ้าฝ้าย100% 500-650แกรม ปักโลโก้ได้"),
            ("TERRY_FABRIC", "ผ้าเทอร์รี่ขายเป็นม้วน หน้ากว้าง 150 ซม."),
        ],
        needs=[
            N("ต้องการด้ายฝ้าย เบอร์ 20/1 ถึง 30/1 สำหรับทอผ้าขนหนู", "MILL_COTTON_YARN"),
        ]),
    Sme(75, "Tapee Uniform Works", AGE_C, DOWN, "Surat Thani", "en", "tapeeuniform@gmail.com",
        offers=[
            ("UNIFORM", "We sew spa, hotel and nurse uniforms to order, any size"),
        ],
        needs=[
            N("Plain cotton or poly-cotton fabric by the roll, white and pastel", "SHEETING_FABRIC"),
        ]),
    Sme(76, "กลุ่มทอผ้าฝ้ายลายขิดบ้านศรีฐาน", AGE_I, MID, "Yasothon", "th", "srithan.khit@gmail.com",
        offers=[
            ("HANDWOVEN_COTTON", "ผ้าฝ้ายทอมือลายขิด ขายเป็นเมตร หน้ากว้าง 1 ม."),
            ("HANDWOVEN_SCARF", "ผ้าคลุมไหล่ ผ้าพันคอฝ้ายลายขิด"),
        ],
        needs=[
            N("หาฝ้ายเข็นมือ ฝ้ายย้อมคราม ไจละร้อยกรัม", "HANDSPUN_COTTON"),
        ],
        certs=["OTOP"]),
    Sme(77, "ศรีพังงา เวลเนส สปา", AGE_C, DOWN, "Phang Nga", "th", "purchase@sriphangngaspa.com",
        offers=[
            ("RETIRED_LINEN", "ผ้าขนหนูและเสื้อคลุมอาบน้ำที่ปลดระวาง ประมาณ 80 กก./เดือน"),
        ],
        needs=[
            N("จัดซื้อชุดพนักงานสปา ผ้าฝ้าย ระบายอากาศ จำนวน 40 ชุด", "UNIFORM"),
            N("จัดซื้อผ้าขนหนูและผ้าเช็ดผมสำหรับสปา ผ้าฝ้าย 100%", "HOTEL_TOWEL"),
        ],
        bcg=["green"]),
    Sme(78, "กลุ่มสาวไหมบ้านหัวช้าง", AGE_I, UP, "Sisaket", "th", "huachang.silk@gmail.com",
        offers=[
            ("SILK_YARN", "เส้นไหมพื้นบ้าน ไหมน้อย ไหมลืบ สาวมือ ไจละ 100 กรัม"),
        ],
        needs=[],
        bcg=["bio"]),
    Sme(79, "Isan Royal Silk Weavers", AGE_I, MID, "Khon Kaen", "en", "weavers@isanroyalsilk.com",
        offers=[
            ("SILK_FABRIC", "Royal Thai Silk Peacock Emblem handwoven mudmee silk, 4 m lengths"),
        ],
        needs=[
            N("Thai native silk yarn (Nang Noi), hand-reeled, 20 kg/month", "SILK_YARN"),
        ],
        certs=["Thai Silk Peacock Emblem"]),
    Sme(80, "ร้านผ้าไหมบ้านแม่ โคราช", AGE_I, DOWN, "Nakhon Ratchasima", "th", "baanmae.silkshop@gmail.com",
        offers=[
            ("SILK_SCARF", "ผ้าพันคอไหม ผ้าคลุมไหล่ไหมมัดหมี่ ของฝากปักธงชัย"),
        ],
        needs=[
            N("หาผ้าไหมตรานกยูงพระราชทาน ขายส่ง เอาลายมัดหมี่", "SILK_FABRIC", certs=(PEACOCK,)),
        ]),
    Sme(81, "ไหมมัดหมี่แม่คำ ชนบท", AGE_I, MID, "Khon Kaen", "th", "maekham.mudmee@gmail.com",
        offers=[
            ("SILK_FABRIC", "ผ้าไหมทอมือลายมัดหมี่ ผืนละ4ม. สีเคมีสีธรรมชาติมีหมด"),
        ],
        needs=[
            N("หาเส้นไหมพื้นบ้านสาวมือ เอาไหมน้อย", "SILK_YARN"),
        ]),
    Sme(82, "Little Lanna Naturals", HEMP, DOWN, "Chiang Rai", "en", "hello@littlelanna.com",
        offers=[
            ("NATDYED_GARMENT", "Naturally dyed organic cotton baby clothes and swaddles"),
        ],
        needs=[
            N("Organic Thailand certified handspun cotton yarn", "HANDSPUN_COTTON", certs=(ORG_TH,)),
            N("Lac, ebony and marigold dye materials, dried", "PLANT_DYE"),
        ]),
    Sme(83, "ร้านสุขใจอุปกรณ์ผู้สูงอายุ", AGE_C, DOWN, "Bangkok", "th", "sukjai.elderly@gmail.com",
        offers=[
            ("RETAIL_AIDS", "ขายปลีกรถเข็น ไม้เท้า วอล์คเกอร์ เตียงผู้ป่วยมือสอง"),
        ],
        needs=[
            N("หาถุงเท้ากันลื่น แผ่นรองซับซักได้ มาขายส่ง", "ANTISLIP_SOCKS", "INCONT_PAD"),
            N("หาเบาะกันแผลกดทับราคาส่ง", "PRESSURE_CUSHION"),
        ]),
    Sme(84, "Mekong Uniform Recovery", CIRC, UP, "Nakhon Phanom", "en", "mekongrecovery@gmail.com",
        offers=[
            ("PC_WASTE", "Used school uniforms and T-shirts collected through schools, sorted and washed, 2 t/month"),
        ],
        needs=[
            funding("Grant funding for a sorting shed and a baler"),
        ],
        bcg=["circular"]),
    Sme(85, "บริษัท สยามเฮมพ์สปินนิ่ง จำกัด", HEMP, MID, "Phayao", "th", "purchase@siamhempspinning.co.th",
        offers=[
            ("HEMP_YARN", "เส้นด้ายกัญชงปั่นเครื่อง Nm 10-20 ผ่านมาตรฐาน OEKO-TEX ส่งเป็นโคน"),
        ],
        needs=[
            N("จัดซื้อใยกัญชงดิบหรือเปลือกกัญชงแห้ง ปริมาณ 5 ตันต่อเดือน", "HEMP_FIBRE"),
        ],
        certs=["OEKO-TEX Standard 100"], bcg=["bio"]),
    Sme(86, "บาติกสีธรรมชาติปัตตานี", HEMP, MID, "Pattani", "th", "pattani.batik@gmail.com",
        offers=[
            ("BATIK_FABRIC", "ผ้าบาติกเขียนมือสีธรรมชาติ ผ้าฝ้ายผ้าเรยอง ขายเป็นหลาเป็นผืน"),
        ],
        needs=[
            N("หาผ้าฝ้ายขาวไว้เขียนบาติก เป็นม้วนๆ", "SHEETING_FABRIC"),
        ]),
    Sme(87, "Mango Tree Eco Lodge", CIRC, DOWN, "Trat", "en", "stay@mangotreetrat.com",
        offers=[],
        needs=[
            N("Pillows stuffed with kapok for 24 rooms", "KAPOK_PILLOW"),
            N("Cotton bath towels, not too heavy, they must dry fast in humid weather", "HOTEL_TOWEL"),
        ],
        bcg=["green"]),
    Sme(88, "ศูนย์ดูแลผู้สูงอายุบ้านสุขสันต์ อุบลราชธานี", AGE_I, DOWN, "Ubon Ratchathani", "th", "baansuksan.ubon@gmail.com",
        offers=[
            ("CARE_SERVICE", "บริการดูแลผู้สูงอายุแบบพักค้างและรายวัน 30 เตียง"),
        ],
        needs=[
            N("ต้องการผู้จำหน่ายผ้าเลื่อนตัวผู้ป่วย สำหรับเคลื่อนย้ายผู้สูงอายุติดเตียงจากเตียงสู่เปล จำนวน 10 ผืน", "TRANSFER_SHEET"),
            N("จัดซื้อเบาะรองนั่งลดแรงกดทับ สำหรับรถเข็น จำนวน 30 ใบ", "PRESSURE_CUSHION"),
            N("จัดซื้อชุดผู้ป่วยและผ้าปูที่นอนรัดมุม 3 ฟุต อย่างละ 60 ชุด", "PATIENT_GOWN", "BED_SHEET"),
        ]),
    Sme(89, "จันทบุรีสกรีนแอนด์ปัก", SPORT, MID, "Chanthaburi", "th", "chan.screenpak@gmail.com",
        offers=[
            ("SCREEN_PRINT", "รับสกรีนเสื้อ ปักโลโก้ ตัวเดียวก็ทำ งานเร็ว"),
        ],
        needs=[
            unmet("หาเสื้อยืดเปล่าผ้าแห้งไวราคาส่ง ไม่สกรีน คอกลมคอวี", "BLANK_TEE"),
        ]),
]


# ---------------------------------------------------------------- validation

def load_taxonomy() -> tuple[set[str], dict[str, list[re.Pattern[str]]]]:
    provinces = json.loads((TAXONOMY_DATA / "provinces.json").read_text(encoding="utf-8"))
    certs = json.loads((TAXONOMY_DATA / "certifications.json").read_text(encoding="utf-8"))
    province_names = {str(row["name_en"]) for row in provinces}
    matchers: dict[str, list[re.Pattern[str]]] = {}
    for row in certs:
        pats: list[re.Pattern[str]] = []
        for mention in row["mentions"]:
            pats.append(re.compile(rf"(?<![A-Za-z0-9]){re.escape(mention)}(?![A-Za-z0-9])", re.IGNORECASE))
        for mention in row.get("case_sensitive_mentions", []):
            pats.append(re.compile(rf"(?<![A-Za-z0-9]){re.escape(mention)}(?![A-Za-z0-9])"))
        for pattern in row.get("patterns", []):
            pats.append(re.compile(unicodedata.normalize("NFKC", pattern)))
        matchers[str(row["name"])] = pats
    return province_names, matchers


THAI = re.compile("[\u0e00-\u0e7f]")
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def named_certs(text: str, matchers: dict[str, list[re.Pattern[str]]]) -> set[str]:
    text = unicodedata.normalize("NFKC", text)
    return {name for name, pats in matchers.items() if any(p.search(text) for p in pats)}


def validate(smes: list[Sme]) -> None:
    provinces, matchers = load_taxonomy()
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if [s.num for s in smes] != list(range(1, len(smes) + 1)):
        errors.append("ids are not brg-001.. in order")
    offered = {label for s in smes for label, _ in s.offers}
    for s in smes:
        where = s.id
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if s.sub_cluster not in SUB_CLUSTERS:
            errors.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in STAGES:
            errors.append(f"{where}: stage {s.stage!r}")
        if s.province not in provinces:
            errors.append(f"{where}: province {s.province!r}")
        if s.language not in LANGS:
            errors.append(f"{where}: language {s.language!r}")
        if not EMAIL.match(s.email):
            errors.append(f"{where}: contact_email {s.email!r}")
        for c in s.certs:
            if c not in matchers:
                errors.append(f"{where}: certification {c!r} is not a canonical name")
        for b in s.bcg:
            if b not in BCG:
                errors.append(f"{where}: bcg {b!r}")
        texts = [t for _, t in s.offers] + [n.text for n in s.needs]
        for t in texts:
            if not t.strip():
                errors.append(f"{where}: empty offer or need")
            has_thai = bool(THAI.search(t))
            if s.language == "th" and not has_thai:
                errors.append(f"{where}: Thai SME writes {t!r} without Thai")
            if s.language == "en" and has_thai:
                errors.append(f"{where}: English SME writes Thai in {t!r}")
        for label, text in s.offers:
            claimed = named_certs(text, matchers)
            if not claimed <= set(s.certs):
                errors.append(f"{where}: offer {label} names {claimed - set(s.certs)} it does not hold")
        for n in s.needs:
            if n.kind == TRADE and not n.meets:
                errors.append(f"{where}: trade need without labels: {n.text!r}")
            if n.kind in (MARKET, FUNDING) and (n.meets or n.certs):
                errors.append(f"{where}: {n.kind} need must not list labels")
            if n.kind == UNMET and set(n.meets) & offered:
                errors.append(f"{where}: unmet need {n.meets} is offered by someone")
            asked = named_certs(n.text, matchers)
            if set(n.certs) != asked:
                errors.append(f"{where}: need {n.text!r} names {asked} but requires {set(n.certs)}")
            for c in n.certs:
                if c not in matchers:
                    errors.append(f"{where}: need certification {c!r} is not canonical")
    if errors:
        sys.exit("invalid cluster:\n  " + "\n  ".join(errors))


def profile(s: Sme) -> dict[str, object]:
    record: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for _, text in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certs:
        record["certifications"] = list(s.certs)
    if s.bcg:
        record["bcg"] = list(s.bcg)
    record["contact_email"] = s.email
    record["language"] = s.language
    return record


def links(smes: list[Sme]) -> list[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            if need.kind != TRADE:
                continue
            for supplier in smes:
                if supplier is buyer:
                    continue
                if not set(need.certs) <= set(supplier.certs):
                    continue
                if any(label in need.meets for label, _ in supplier.offers):
                    found.add((supplier.id, buyer.id))
    return sorted(found)


def check_profile_line(line: str) -> None:
    """Re-read a written line against CONTRACTS section 1 field types."""
    record = json.loads(line)
    required = {"id": str, "name": str, "sub_cluster": str, "stage": str, "province": str,
                "offers": list, "needs": list, "contact_email": str, "language": str}
    for key, kind in required.items():
        if not isinstance(record.get(key), kind):
            raise SystemExit(f"{record.get('id')}: field {key} missing or not {kind.__name__}")
    for key in ("offers", "needs", "certifications", "bcg"):
        if key in record and not all(isinstance(v, str) for v in record[key]):
            raise SystemExit(f"{record['id']}: {key} must hold strings")
    allowed = set(required) | {"certifications", "bcg"}
    if set(record) - allowed:
        raise SystemExit(f"{record['id']}: unknown fields {set(record) - allowed}")


def main() -> None:
    validate(SMES)
    lines = [json.dumps(profile(s), ensure_ascii=False) for s in SMES]
    for line in lines:
        check_profile_line(line)
    (HERE / "profiles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pairs = links(SMES)
    with (HERE / "links.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["supplier_id", "buyer_id"])
        writer.writerows(pairs)

    lang = {s.id: s.language for s in SMES}
    by_pair: dict[str, int] = {}
    for a, b in pairs:
        key = f"{lang[a]}->{lang[b]}"
        by_pair[key] = by_pair.get(key, 0) + 1
    n_th = sum(s.language == "th" for s in SMES)
    print(f"{len(SMES)} SMEs ({n_th} th, {len(SMES) - n_th} en), {len(pairs)} links")
    for key in ("th->th", "th->en", "en->th", "en->en"):
        print(f"  {key}: {by_pair.get(key, 0)}")


if __name__ == "__main__":
    main()
