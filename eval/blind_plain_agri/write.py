"""Write the hand-labelled evaluation set `eval/blind_plain_agri/`.

Farms and fibre crops, upstream, and the trades that buy from them, as plain registry
entries: one short phrase per offer or need, Thai or English. Every offer carries a label
that says what the thing is; every need lists the labels that would meet it and the
certifications its text requires, or is marked as met by no one. The true links follow
from those labels alone.

Run from the repository root:

    .venv/bin/python eval/blind_plain_agri/write.py

It checks the data and writes `profiles.jsonl`, `links.csv` and `README.md` next to
itself, or writes nothing and exits with status 1 when a check fails.
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
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

PREFIX = "bag"
TH, EN = "th", "en"
HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
AGE_C = SubCluster.AGEING_LIFESTYLE_CENTRAL
AGE_I = SubCluster.AGEING_LIFESTYLE_ISAN
UP, MID, DOWN = Stage.UPSTREAM, Stage.MIDSTREAM, Stage.DOWNSTREAM
BIO, CIRCULAR, GREEN = BcgTag.BIO, BcgTag.CIRCULAR, BcgTag.GREEN

OEKO = "OEKO-TEX Standard 100"
ORG_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
FDA = "Thai FDA"
TIS = "Thai Industrial Standard"


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it; empty when someone does


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels`, from a supplier holding every `req`."""
    return Need(text, labels, req, waive)


def nobody(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels`, if any, are offered only without `req`."""
    return Need(text, labels, req, (), note)


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub: SubCluster
    stage: Stage
    province: str
    mail: str
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[BcgTag, ...] = ()

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


Head = tuple[int, str, str, SubCluster, Stage, str, str]


def sme(
    head: Head,
    *,
    offers: tuple[tuple[str, str], ...] = (),
    needs: tuple[Need, ...] = (),
    certs: tuple[str, ...] = (),
    bcg: tuple[BcgTag, ...] = (),
) -> Sme:
    """One profile: (number, language, name, sub-cluster, stage, province, email), offers, needs, ..."""
    num, lang, name, sub, stage, province, mail = head
    return Sme(num, lang, name, sub, stage, province, mail, offers, needs, certs, bcg)


# ------------------------------------------------------------------ the profiles

SMES: tuple[Sme, ...] = (
    # --- hemp growers, seed, permits, processing
    sme(
        (1, TH, "วิสาหกิจชุมชนปลูกกัญชงบ้านห้วยปลาหลด", HEMP, UP, "Tak", "hplalod.hemp@gmail.com"),
        offers=(
            ("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 1 กก.", "hemp_bast_fibre"),
            ("ป่านเข็นมือ เส้นใหญ่ สีธรรมชาติ", "hemp_yarn_handspun"),
        ),
        needs=(
            need("หาเมล็ดพันธุ์กัญชงสายพันธุ์ใยยาว ปลูกรอบหน้า", "hemp_seed_planting"),
            need("ใครช่วยเดินเรื่องใบอนุญาตปลูกได้บ้าง?", "hemp_permit_service"),
        ),
        bcg=(BIO,),
    ),
    sme(
        (2, EN, "Doi Highland Fibre Crops Research Station", HEMP, UP, "Chiang Mai", "fibrecrops@doiresearch.org"),
        offers=(
            ("RPF-3 fibre hemp seed for sowing, THC < 1%", "hemp_seed_planting"),
            ("Single-fibre tensile and fineness tests", "fibre_testing_service"),
        ),
        needs=(need("Trichoderma inoculum for seed-treatment trials", "biocontrol_agent"),),
        bcg=(BIO,),
    ),
    sme(
        (3, TH, "บริษัท ล้านนากัญชงที่ปรึกษา จำกัด", HEMP, UP, "Chiang Mai", "info@lannahempconsult.co.th"),
        offers=(
            ("รับยื่นขอใบอนุญาตปลูกกัญชง ครบวงจร", "hemp_permit_service"),
            ("ที่ปรึกษาปรับเปลี่ยนแปลงสู่เกษตรอินทรีย์", "organic_conversion_consulting"),
        ),
    ),
    sme(
        (4, TH, "ไร่กัญชงภูหลวง", HEMP, UP, "Loei", "phuluang.farm@gmail.com"),
        offers=(("ต้นกัญชงตัดแล้ว ตากแดด 2 สัปดาห์ ยาว 1.5 ม.", "hemp_stalks"),),
        needs=(
            need("ตัวแยกใยออกจากแกนกัญชง ขนาดเล็ก ใช้ไฟบ้าน", "hemp_decorticator"),
            need("ปุ๋ยอินทรีย์ ใส่รองพื้น", "organic_fertilizer"),
            need("เมล็ดกัญชงเส้นใย เพื่อปลูก", "hemp_seed_planting"),
        ),
        bcg=(BIO,),
    ),
    sme(
        (5, EN, "Mae Rim Hemp Processing Co., Ltd.", HEMP, UP, "Chiang Mai", "sales@maerimhemp.com"),
        offers=(
            ("Decorticated hemp bast, long line, baled", "hemp_bast_fibre"),
            ("Hemp hurds, dust-free, 20 kg sacks", "hemp_hurd"),
            ("Toll decortication of your stalks, per tonne", "decortication_service"),
        ),
        needs=(need("Dried hemp stems in bulk, min. 5 t per harvest", "hemp_stalks"),),
        certs=("ISO 9001",),
        bcg=(BIO, GREEN),
    ),
    sme(
        (6, TH, "กลุ่มทอผ้าใยกัญชงบ้านสะปัน", HEMP, MID, "Nan", "sapan.weave@gmail.com"),
        offers=(
            ("ผ้าทอใยกัญชง หน้า 40 นิ้ว สีธรรมชาติ", "hemp_fabric"),
            ("รับทอผ้าตามแบบ ใช้ด้ายของลูกค้า", "weaving_service"),
        ),
        needs=(
            need("เส้นกัญชงปั่นมือ ไม่ฟอกขาว", "hemp_yarn_handspun"),
            need("เนื้อห้อม สำหรับก่อหม้อย้อมเอง", "indigo_paste"),
        ),
    ),
    sme(
        (7, EN, "Kanha Hemp Apparel Co.", HEMP, DOWN, "Bangkok", "hello@kanhahemp.com"),
        offers=(
            ("Hemp-cotton button shirts, S-XXL", "shirt"),
            ("Hemp tote, natural colour", "tote_bag"),
        ),
        needs=(
            need("Hemp fabric 150-200 gsm, OEKO-TEX certified, 300 m/season", "hemp_fabric", req=(OEKO,)),
            need("CMT sewing partner for small runs (50 pcs)", "sewing_service"),
        ),
    ),
    sme(
        (8, EN, "Lanna Agri-Machinery", HEMP, UP, "Chiang Mai", "lannaagrimach@gmail.com"),
        offers=(
            ("Hemp/kenaf decorticator, 2 t stalk per day", "hemp_decorticator"),
            ("Solar greenhouse dryer kits 6x8 m", "crop_dryer"),
        ),
        needs=(nobody("Imported stainless rollers for breaker units", "no one in the set sells machine parts"),),
    ),
    sme(
        (9, TH, "สหกรณ์ผู้ปลูกกัญชงดอยแม่สลอง", HEMP, UP, "Chiang Rai", "maesalong.coop@gmail.com"),
        offers=(
            ("เมล็ดกัญชงกะเทาะเปลือก สำหรับบริโภค", "hemp_seed_food"),
            ("ต้นกัญชงแห้งทั้งต้น", "hemp_stalks"),
        ),
        needs=(need("บริการแยกเปลือกกัญชง เอาต้นไปให้", "decortication_service"),),
        certs=(ORG_TH,),
        bcg=(BIO,),
    ),
    sme(
        (10, EN, "Andaman Natural Fibre Boards", SPORT, DOWN, "Phuket", "shape@andamanboards.com"),
        offers=(("Hemp-fibre composite surfboards", "surfboard"),),
        needs=(
            need("Clean hemp strands, 1 m+, for laminates", "hemp_bast_fibre"),
            nobody("plant-based bio-epoxy resin", "no resin supplier in the set"),
        ),
        bcg=(BIO,),
    ),
    sme(
        (11, EN, "HempStone Building Blocks", HEMP, DOWN, "Chiang Rai", "blocks@hempstone.co"),
        offers=(("Hempcrete blocks 30x15x10 cm", "hempcrete_block"),),
        needs=(need("Woody core of hemp stems, chopped 1-2 cm", "hemp_hurd"),),
        bcg=(BIO, GREEN),
    ),
    sme(
        (12, EN, "KKU Plant Fibre Lab", HEMP, UP, "Khon Kaen", "plantfibre@kku-lab.ac.th"),
        offers=(
            ("Enzyme retting trials on client stalks or leaves", "retting_service"),
            ("Fibre content and fineness lab reports", "fibre_testing_service"),
        ),
        needs=(
            need("Fresh banana trunks for extraction trials", "banana_stems_raw"),
            need("pineapple leaf, fresh, 200 kg lot", "pineapple_leaves_raw"),
        ),
    ),
    # --- cotton
    sme(
        (13, TH, "กลุ่มปลูกฝ้ายพื้นเมืองนาด้วง", HEMP, UP, "Loei", "naduang.cotton@gmail.com"),
        offers=(
            ("ฝ้ายดอกพื้นเมือง เก็บมือ ยังไม่อีด", "seed_cotton"),
            ("ปุยฝ้ายอีดแล้ว พร้อมดีด", "cotton_lint"),
        ),
        needs=(
            need("เมล็ดพันธุ์ฝ้ายตากฟ้า", "cotton_seed_planting"),
            need("อีดฝ้ายไฟฟ้า 1 เครื่อง", "cotton_gin"),
            need("ปุ๋ยคอกหรือปุ๋ยชีวภาพ ใส่ไร่ฝ้าย", "organic_fertilizer"),
        ),
    ),
    sme(
        (14, EN, "Central Plains Cotton Research Station", HEMP, UP, "Nakhon Sawan", "cotton@cpcrs.go.th"),
        offers=(
            ("Takfa 84-4 planting seed, acid-delinted", "cotton_seed_planting"),
            ("Farmer training: cotton IPM", "agronomy_training"),
        ),
    ),
    sme(
        (15, TH, "กลุ่มฝ้ายเข็นมือปกาเกอะญอ แม่ระมาด", HEMP, UP, "Tak", "maeramat.cotton@gmail.com"),
        offers=(
            ("ฝ้ายเข็นมือ เส้นเล็ก ม้วนละ 100 กรัม", "handspun_cotton_yarn"),
            ("ฝ้ายตุ่น ปุยสีน้ำตาลธรรมชาติ", "brown_cotton_lint"),
        ),
        needs=(need("หลาปั่นฝ้าย แบบเท้าถีบ", "spinning_wheel"),),
    ),
    sme(
        (16, EN, "Lopburi Organic Cotton Farm", HEMP, UP, "Lopburi", "farm@lopburiorganic.com"),
        offers=(
            ("Organic ginned cotton fibre, 50 kg bales", "cotton_lint"),
            ("Unginned organic cotton bolls", "seed_cotton"),
        ),
        needs=(
            need("Trichoderma or other biocontrol for boll rot", "biocontrol_agent"),
            need("Someone to gin our harvest, 3 t/yr", "ginning_service"),
        ),
        certs=(ORG_TH,),
        bcg=(BIO, GREEN),
    ),
    sme(
        (17, TH, "บริษัท สยามออร์แกนิกสปินนิ่ง จำกัด", HEMP, UP, "Nakhon Pathom", "sales@siamorganicspin.co.th"),
        offers=(
            ("เส้นด้ายฝ้ายอินทรีย์ Ne 20/1 ปั่นเครื่อง", "mill_cotton_yarn"),
            ("รับปั่นด้ายจากฝ้ายของลูกค้า ขั้นต่ำ 300 กก.", "spinning_service"),
        ),
        needs=(
            need("ปุยฝ้ายอินทรีย์ ต้องมีใบรับรอง Organic Thailand", "cotton_lint", req=(ORG_TH,)),
            need("จ้างย้อมด้ายโคนของเรา สีรีแอคทีฟ", "yarn_dyeing_service"),
        ),
        certs=("GOTS", OEKO),
        bcg=(GREEN,),
    ),
    sme(
        (18, EN, "Isan Fibre Tools Workshop", HEMP, UP, "Khon Kaen", "isanfibretools@gmail.com"),
        offers=(
            ("Electric roller gin, 20-30 kg seed cotton/h", "cotton_gin"),
            ("Treadle charkha", "spinning_wheel"),
            ("Kapok seed separator drum", "kapok_separator"),
        ),
    ),
    sme(
        (19, TH, "กลุ่มอีดฝ้ายบ้านหนองบัว", HEMP, UP, "Nan", "nongbua.ginning@gmail.com"),
        offers=(("รับอีดฝ้าย เอาฝ้ายดอกมาเอง กก.ละ 15 บาท", "ginning_service"),),
        needs=(nobody("ลูกกลิ้งอีดฝ้ายสำรอง", "no one in the set sells gin parts"),),
    ),
    sme(
        (20, EN, "Studio Khram Natural Dye", HEMP, MID, "Chiang Mai", "studio@khramdye.com"),
        offers=(
            ("Plant-dyed cotton yarn, 12 colours", "natural_dyed_cotton_yarn"),
            ("Natural dyeing of clients' yarn or fabric", "natural_dyeing_service"),
        ),
        needs=(
            need("Hand-spun cotton, undyed, no bleach, small lots", "handspun_cotton_yarn"),
            need("lac, jackfruit heartwood, ebony fruit", "natural_dye_material"),
        ),
    ),
    # --- indigo and plant dyes
    sme(
        (21, TH, "กลุ่มหม้อห้อมทุ่งโฮ้ง", HEMP, MID, "Phrae", "thunghong.mohom@gmail.com"),
        offers=(
            ("ห้อมเปียก หมักแล้ว ถัง 20 กก.", "indigo_paste"),
            ("รับย้อมห้อม ผ้าหรือเสื้อของลูกค้า", "indigo_dyeing_service"),
            ("ผ้าหม้อห้อมทอมือ พับละ 20 หลา", "indigo_dyed_cotton_fabric"),
        ),
        needs=(need("ผ้าฝ้ายเมือง ผืนขาว ยังไม่ลงห้อม", "handwoven_cotton_fabric"),),
    ),
    sme(
        (22, EN, "Khram Sakon Indigo Wear", HEMP, DOWN, "Sakon Nakhon", "shop@khramsakon.com"),
        offers=(
            ("Indigo shirts for men and women", "shirt"),
            ("Indigo-dyed cotton scarves", "cotton_scarf"),
        ),
        needs=(
            need("Cotton cloth already dyed with natural indigo", "indigo_dyed_cotton_fabric"),
            need("Sewing subcontractor, shirts", "sewing_service"),
        ),
    ),
    sme(
        (23, TH, "วิสาหกิจชุมชนครามบ้านดอนกอย", HEMP, UP, "Sakon Nakhon", "donkoi.khram@gmail.com"),
        offers=(
            ("เนื้อครามเปียก กก.ละ 120 บาท", "indigo_paste"),
            ("เมล็ดครามฝักงอ ปลูกได้ทันที", "indigo_planting_material"),
        ),
        needs=(need("ปุ๋ยอินทรีย์ทุกชนิด ใส่แปลงคราม", "organic_fertilizer"),),
        bcg=(BIO,),
    ),
    sme(
        (24, TH, "กลุ่มเก็บครั่งและไม้ให้สีแจ้ห่ม", HEMP, UP, "Lampang", "jaehom.dye@gmail.com"),
        offers=(
            ("ครั่งดิบ ครั่งเม็ด", "natural_dye_material"),
            ("แก่นขนุนสับ ใบหูกวางแห้ง", "natural_dye_material"),
        ),
        bcg=(BIO,),
    ),
    # --- sericulture and silk
    sme(
        (25, TH, "ศูนย์เรียนรู้หม่อนไหมลำนางรอง", HEMP, UP, "Buriram", "lamnangrong.silk@gmail.com"),
        offers=(
            ("แผ่นไข่ไหมพันธุ์นางน้อยศรีสะเกษ", "silkworm_eggs"),
            ("กิ่งพันธุ์หม่อนบุรีรัมย์ 60 ชำถุงแล้ว", "mulberry_saplings"),
        ),
        bcg=(BIO,),
    ),
    sme(
        (26, TH, "กลุ่มเลี้ยงไหมบ้านท่าสว่าง", HEMP, UP, "Surin", "thasawang.silk@gmail.com"),
        offers=(("รังไหมสด ไหมไทยเหลือง กก.ละ 180", "silk_cocoons"),),
        needs=(
            need("ไข่หนอนไหม สายพันธุ์ไทย รุ่นหน้า", "silkworm_eggs"),
            need("ต้นหม่อนมาปลูกเพิ่ม 2 ไร่", "mulberry_saplings"),
            need("สารชีวภัณฑ์กำจัดเพลี้ยแป้งในแปลงหม่อน", "biocontrol_agent"),
        ),
    ),
    sme(
        (27, EN, "Chonnabot Silk Reelers Cooperative", HEMP, UP, "Khon Kaen", "chonnabot.reelers@gmail.com"),
        offers=(
            ("Hand-reeled Thai silk, mai noi grade, undyed", "raw_silk_yarn"),
            ("Silk floss & cocoon waste", "silk_waste"),
            ("Boiled pupae, frozen, 10 kg", "silkworm_pupae"),
        ),
        needs=(
            need("Fresh yellow cocoons, 100 kg/week", "silk_cocoons"),
            need("Would like a treadle-driven cocoon reel", "silk_reeling_machine"),
        ),
    ),
    sme(
        (28, TH, "กลุ่มทอผ้าไหมบ้านเขว้า", HEMP, MID, "Chaiyaphum", "bankhwao.silk@gmail.com"),
        offers=(
            ("ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน สีทอง", "handwoven_silk_fabric"),
            ("ผ้าพันคอไหม ย้อมครั่ง สินค้าโอทอป", "silk_scarf"),
        ),
        needs=(
            need("เส้นไหมน้อย ยังไม่ฟอก", "raw_silk_yarn"),
            need("อยากได้คนรับลอกกาวไหม ฟอกเส้นไหมให้", "degumming_service"),
        ),
        certs=(PEACOCK, "OTOP"),
    ),
    sme(
        (29, EN, "Korat Sericulture Equipment", HEMP, UP, "Nakhon Ratchasima", "koratseri@gmail.com"),
        offers=(
            ("Silk reeling machine, foot-pedal, 2 ends", "silk_reeling_machine"),
            ("Teak frame loom, 1 m width", "handloom"),
            ("Bamboo mountages for spinning worms", "sericulture_tools"),
        ),
    ),
    sme(
        (30, TH, "ชาใบหม่อนแม่บัวศรี", AGE_I, DOWN, "Roi Et", "maebuasri.tea@gmail.com"),
        offers=(("ชาใบหม่อนอบแห้ง ซองละ 50 กรัม", "mulberry_leaf_tea"),),
        needs=(need("ใบหม่อนปลอดสาร ส่งทุกอาทิตย์", "mulberry_leaves"),),
        certs=(FDA,),
        bcg=(BIO,),
    ),
    sme(
        (31, EN, "SilkRest Bedding", AGE_C, DOWN, "Nonthaburi", "care@silkrest.co.th"),
        offers=(("Silk-floss filled duvet, king size", "silk_duvet"),),
        needs=(
            need("Cocoon remnants for quilt filling", "silk_waste"),
            need(
                "Woven cotton for duvet shells, OEKO-TEX required",
                "mill_cotton_fabric",
                "handwoven_cotton_fabric",
                req=(OEKO,),
            ),
        ),
    ),
    sme(
        (32, TH, "บริษัท ไหมงามคอสเมติก จำกัด", AGE_C, DOWN, "Bangkok", "contact@maingamcosmetic.com"),
        offers=(("ครีมบำรุงผิวสารสกัดเซริซิน", "skin_cream"),),
        needs=(need("รังไหมตัดแล้ว หรือรังเสีย สำหรับสกัดโปรตีน", "silk_cocoons", "silk_waste"),),
        certs=(FDA,),
    ),
    sme(
        (33, TH, "ไร่หม่อนปากช่อง", HEMP, UP, "Nakhon Ratchasima", "pakchong.mulberry@gmail.com"),
        offers=(
            ("ใบหม่อนสด ตัดทั้งกิ่ง", "mulberry_leaves"),
            ("ต้นหม่อนชำ พันธุ์นครราชสีมา 60", "mulberry_saplings"),
        ),
        needs=(need("ขี้ไก่อัดเม็ด หรือปุ๋ยอินทรีย์อื่น", "organic_fertilizer"),),
    ),
    sme(
        (34, TH, "กลุ่มกระดาษสาบ้านต้นเปา", HEMP, UP, "Chiang Mai", "tonpao.sa@gmail.com"),
        offers=(
            ("เปลือกปอสาแห้ง", "paper_mulberry_bark"),
            ("กระดาษสาทำมือ แผ่นใหญ่", "mulberry_paper"),
        ),
        needs=(nobody("ต้นสาพันธุ์ดี มาปลูกเสริม", "only silkworm mulberry saplings are offered, a different plant"),),
    ),
    # --- kapok
    sme(
        (35, TH, "กลุ่มเก็บฝักนุ่นบ้านไร่", HEMP, UP, "Uthai Thani", "banrai.kapok@gmail.com"),
        offers=(("ฝักนุ่นแก่ ตากแห้ง ยังไม่แกะ รับเองที่อำเภอบ้านไร่", "kapok_pods"),),
    ),
    sme(
        (36, TH, "โรงงานนุ่นเจริญผล", HEMP, UP, "Lopburi", "charoenphon.kapok@gmail.com"),
        offers=(("นุ่นตีแล้ว แยกเมล็ดออก กระสอบ 10 กก.", "kapok_fibre"),),
        needs=(
            need("นุ่นยังไม่แกะเปลือก รับไม่อั้น", "kapok_pods"),
            need("เครื่องตีนุ่นแยกเมล็ด", "kapok_separator"),
        ),
    ),
    sme(
        (37, EN, "Ang Thong Kapok Bedding", AGE_C, DOWN, "Ang Thong", "sales@angthongkapok.com"),
        offers=(
            ("Kapok pillows, washable case", "kapok_pillow"),
            ("Kapok mattress 3.5 ft", "kapok_mattress"),
        ),
        needs=(
            need("Cleaned kapok floss, seed-free", "kapok_fibre"),
            need("Undyed village-woven cotton for pillow covers", "handwoven_cotton_fabric"),
        ),
        certs=(OEKO,),
    ),
    sme(
        (38, EN, "Buoy Kapok Marine Safety", SPORT, DOWN, "Samut Prakan", "buoykapok@gmail.com"),
        offers=(("Kapok-filled life vests, kids and adult", "buoyancy_vest"),),
        needs=(
            nobody(
                "kapok fibre, OEKO-TEX certified, 500 kg",
                "kapok fibre is offered only without OEKO-TEX",
                "kapok_fibre",
                req=(OEKO,),
            ),
            need("Cotton fabric for vest shells, tightly woven", "mill_cotton_fabric"),
        ),
    ),
    # --- crop residues
    sme(
        (39, TH, "วิสาหกิจชุมชนใยกล้วยตานีบ้านกง", HEMP, UP, "Sukhothai", "bankong.tani@gmail.com"),
        offers=(
            ("ใยกล้วยตานี ขูดมือ ตากแห้ง", "banana_fibre"),
            ("ด้ายใยกล้วยตานี เข็นมือ", "banana_fibre_yarn"),
        ),
        needs=(need("เครื่องขูดเส้นใยจากกาบกล้วย", "fibre_extractor"),),
        bcg=(BIO, CIRCULAR),
    ),
    sme(
        (40, EN, "Ratchaburi Banana Estate", CIRC, UP, "Ratchaburi", "estate@rbbanana.com"),
        offers=(("Banana pseudostems after harvest, free pickup", "banana_stems_raw"),),
        bcg=(CIRCULAR,),
    ),
    sme(
        (41, TH, "ไร่สับปะรดบ้านค่าย", CIRC, UP, "Rayong", "bankhai.pineapple@gmail.com"),
        offers=(("ใบสับปะรดปัตตาเวีย หลังเก็บผล ให้ฟรี มารับเอง", "pineapple_leaves_raw"),),
        bcg=(CIRCULAR,),
    ),
    sme(
        (42, EN, "PALF Thailand Co., Ltd.", HEMP, UP, "Prachuap Khiri Khan", "info@palfthailand.com"),
        offers=(("Degummed pineapple leaf fibre, 60-80 cm, 450 THB/kg", "pineapple_leaf_fibre"),),
        needs=(
            need("Green pineapple leaves after fruit harvest", "pineapple_leaves_raw"),
            need("Decorticating or scraping machine for leaves", "fibre_extractor"),
            need("Drying room or solar dome", "crop_dryer"),
        ),
        bcg=(BIO, CIRCULAR),
    ),
    sme(
        (43, TH, "กลุ่มทอผ้าใยสับปะรดจันทบูร", HEMP, MID, "Chanthaburi", "chanthabun.palf@gmail.com"),
        offers=(("ผ้าทอใยสับปะรดผสมฝ้าย", "pineapple_fibre_fabric"),),
        needs=(
            need("ใยสับปะรดลอกกาวแล้ว", "pineapple_leaf_fibre"),
            need("เส้นยืนคอตตอน เบอร์ 20 ม้วนโคน", "mill_cotton_yarn"),
        ),
    ),
    sme(
        (44, TH, "กลุ่มนาข้าวสองพี่น้อง", CIRC, UP, "Suphan Buri", "songphinong.rice@gmail.com"),
        offers=(("ฟางข้าวอัดก้อน ก้อนละ 35 บาท", "rice_straw"),),
        needs=(need("เชื้อราไตรโคฯ ป้องกันโรครากเน่า", "biocontrol_agent"),),
        bcg=(CIRCULAR,),
    ),
    sme(
        (45, EN, "Straw Arrow Archery Targets", SPORT, DOWN, "Nakhon Pathom", "straw.arrow@gmail.com"),
        offers=(("Compressed straw archery butts 120 cm", "archery_target"),),
        needs=(
            need("Rice straw bales, dry, 2 t per month", "rice_straw"),
            need("Anyone selling old burlap bean bags? For target covers", "used_jute_sacks"),
        ),
        bcg=(CIRCULAR,),
    ),
    sme(
        (46, TH, "กลุ่มแม่บ้านเปลือกข้าวโพดบ้านน้ำมวบ", CIRC, UP, "Nan", "nammuap.corn@gmail.com"),
        offers=(("กาบข้าวโพดแห้ง คัดสีขาวนวล ส่งจากเวียงสา", "corn_husk"),),
        bcg=(CIRCULAR,),
    ),
    sme(
        (47, EN, "Husk & Co. Handbags", CIRC, DOWN, "Bangkok", "studio@huskandco.com"),
        offers=(("Corn-husk woven clutch bags", "handbag"),),
        needs=(
            need("dried maize cob wrappers, sorted, pale", "corn_husk"),
            need("Plain undyed cotton for bag linings", "mill_cotton_fabric", "handwoven_cotton_fabric"),
        ),
        bcg=(CIRCULAR,),
    ),
    sme(
        (48, TH, "โรงงานใยมะพร้าวปากน้ำชุมพร", CIRC, UP, "Chumphon", "paknam.coir@gmail.com"),
        offers=(
            ("ใยมะพร้าวอัดก้อน 100 กก. ส่งทั่วประเทศ", "coconut_coir_fibre"),
            ("ขุยมะพร้าว สำหรับเพาะกล้า", "coir_dust"),
        ),
        needs=(need("เครื่องหรือโรงอบแห้งใยมะพร้าว", "crop_dryer"),),
        bcg=(CIRCULAR,),
    ),
    sme(
        (49, EN, "Surat Coir Geotextiles", CIRC, MID, "Surat Thani", "sales@suratcoir.com"),
        offers=(
            ("Coir erosion-control net 700 gsm", "coir_geotextile"),
            ("2-ply coir twine, 5 kg rolls", "coir_twine"),
        ),
        needs=(need("Coconut husk fibre, bristle and mattress grades", "coconut_coir_fibre"),),
        bcg=(CIRCULAR, GREEN),
    ),
    sme(
        (50, TH, "ร้านที่นอนนุ่นป้าแดง อ่างทอง", AGE_C, DOWN, "Ang Thong", "padaeng.kapok@gmail.com"),
        offers=(
            ("ที่นอนนุ่นแท้ พับ 3 ตอน", "kapok_mattress"),
            ("หมอนหนุนยัดนุ่น ปลอกผ้าดิบ", "kapok_pillow"),
        ),
        needs=(
            need("นุ่นแกะแล้ว ไม่มีเม็ด", "kapok_fibre"),
            need("ผ้าดิบโรงงาน หน้ากว้าง 60 นิ้ว ไม่ต้องมี OEKO-TEX", "mill_cotton_fabric", waive=(OEKO,)),
        ),
    ),
    sme(
        (51, TH, "วิสาหกิจชุมชนผักตบชวาบางบาล", CIRC, UP, "Phra Nakhon Si Ayutthaya", "bangban.hyacinth@gmail.com"),
        offers=(
            ("ผักตบชวาตากแห้ง ก้านยาว 60 ซม. ขึ้นไป", "water_hyacinth_dried"),
            ("เชือกผักตบชวาถักมือ", "water_hyacinth_rope"),
        ),
        needs=(need("ตู้อบโซลาร์ สำหรับผักตบ", "crop_dryer"),),
        bcg=(CIRCULAR, GREEN),
    ),
    sme(
        (52, EN, "Hyacinth Home Export Co.", CIRC, DOWN, "Nonthaburi", "export@hyacinthhome.com"),
        offers=(("Water hyacinth storage baskets, set of 3", "woven_basket"),),
        needs=(
            need("Sun-dried hyacinth stems, long, no mould", "water_hyacinth_dried"),
            need("braided eichhornia cord", "water_hyacinth_rope"),
        ),
        bcg=(CIRCULAR,),
    ),
    # --- farm inputs, machines and services
    sme(
        (53, TH, "ฟาร์มไส้เดือนแม่แตง", HEMP, UP, "Chiang Mai", "maetaeng.worm@gmail.com"),
        offers=(("มูลไส้เดือนแท้ กระสอบ 25 กก.", "organic_fertilizer"),),
        needs=(need("ฟางหรือซังข้าว ทำที่นอนไส้เดือน", "rice_straw"),),
        bcg=(BIO, CIRCULAR),
    ),
    sme(
        (54, TH, "ห้องปฏิบัติการชีวภัณฑ์ไบโอการ์ด", HEMP, UP, "Khon Kaen", "lab@bioguardagri.com"),
        offers=(
            ("ไตรโคเดอร์มา ฮาร์เซียนัม ชนิดผง ถุง 1 กก.", "biocontrol_agent"),
            ("บิวเวอเรีย ชนิดน้ำ", "biocontrol_agent"),
            ("ปุ๋ยชีวภาพ PGPR แกลลอน 20 ลิตร", "organic_fertilizer"),
        ),
        bcg=(BIO,),
    ),
    sme(
        (55, TH, "กลุ่มปุ๋ยหมักชีวภาพบ้านธิ", HEMP, UP, "Lamphun", "banthi.compost@gmail.com"),
        offers=(("ปุ๋ยหมักมูลวัว ตราคนเมือง", "organic_fertilizer"),),
        needs=(need("ต้นกล้วยสับ หรือกาบกล้วยสด", "banana_stems_raw"),),
        bcg=(BIO, CIRCULAR),
    ),
    sme(
        (56, TH, "หจก. สมใจการตัดเย็บ", CIRC, MID, "Bangkok", "somjai.sewing@gmail.com"),
        offers=(
            ("รับตัดเย็บเสื้อ กางเกง ขั้นต่ำ 30 ตัว", "sewing_service"),
            ("รับเย็บกระเป๋าผ้า ใช้ผ้าของลูกค้า", "sewing_service"),
        ),
        needs=(nobody("จักรเย็บอุตสาหกรรมมือสอง", "no one in the set sells sewing machines"),),
    ),
    sme(
        (57, EN, "Nimman Cut & Sew", CIRC, MID, "Chiang Mai", "hello@nimmancutsew.com"),
        offers=(
            ("Cut-make-trim for small labels, from 20 pcs", "sewing_service"),
            ("Cotton offcuts by the sack", "cotton_fabric_scraps"),
        ),
        needs=(nobody("Freelance pattern grader for size runs?", "no pattern-making service in the set"),),
    ),
    sme(
        (58, EN, "Mahachai Cotton Weaving Mill", HEMP, MID, "Samut Sakhon", "sales@mahachaimill.co.th"),
        offers=(
            ("Greige cotton sheeting and canvas, 60 in, MOQ 500 m", "mill_cotton_fabric"),
            ("Bleached cotton poplin, 58 in", "mill_cotton_fabric"),
        ),
        needs=(need("Carded cotton yarn Ne 20 for weft", "mill_cotton_yarn"),),
        certs=(OEKO, "ISO 9001"),
    ),
    sme(
        (59, TH, "กลุ่มทอผ้าฝ้ายบ้านนาข่า", HEMP, MID, "Udon Thani", "nakha.cotton@gmail.com"),
        offers=(
            ("ผ้าฝ้ายทอมือ สีขาวนวล ยังไม่ย้อม", "handwoven_cotton_fabric"),
            ("ผ้าขาวม้าทอมือ ลายตาราง", "pha_khao_ma"),
        ),
        needs=(
            need("ด้ายฝ้ายโรงงาน ทำเส้นยืน ม้วนใหญ่", "mill_cotton_yarn"),
            nobody("อยากได้คนสอนลายผ้าโบราณ", "no weaving-design training in the set"),
        ),
        certs=("OTOP",),
    ),
    sme(
        (60, EN, "Ban Phu Thai Handloom Group", AGE_I, MID, "Mukdahan", "phuthai.handloom@gmail.com"),
        offers=(
            ("Handloom cotton cloth, natural white, 1 m wide", "handwoven_cotton_fabric"),
            ("Khram-dyed handloom cotton, sold per metre", "indigo_dyed_cotton_fabric"),
        ),
        needs=(need("Natural indigo paste, fermented", "indigo_paste"),),
        certs=("OTOP",),
    ),
    sme(
        (61, EN, "Pak Thong Chai Silk Finishing", HEMP, MID, "Nakhon Ratchasima", "ptcsilkfinish@gmail.com"),
        offers=(
            ("Degumming and bleaching of raw silk, per kg", "degumming_service"),
            ("Silk yarn dyeing, acid dyes", "silk_dyeing_service"),
        ),
        needs=(need("Raw silk skeins, Thai native", "raw_silk_yarn"),),
    ),
    sme(
        (62, TH, "บริษัท เชียงรายเฮมพ์เท็กซ์ จำกัด", HEMP, MID, "Chiang Rai", "sales@chiangraihemptex.co.th"),
        offers=(("ผ้าเฮมพ์ทอเครื่อง 100% ผ่าน OEKO-TEX", "hemp_fabric"),),
        needs=(
            need("ใยกัญชงสำหรับปั่น ยาว 60 ซม. ขึ้นไป", "hemp_bast_fibre"),
            nobody("เส้นด้ายเฮมพ์ปั่นเครื่อง Nm 26/1", "only handspun hemp yarn is offered in the set"),
        ),
        certs=(OEKO,),
    ),
    sme(
        (63, EN, "Mae Chan Coffee Roasters", CIRC, UP, "Chiang Rai", "roast@maechancoffee.com"),
        offers=(("Used jute coffee sacks, 60 kg size", "used_jute_sacks"),),
        needs=(need("Shopping bags of cloth, with our logo, 500 pcs", "tote_bag"),),
        bcg=(CIRCULAR,),
    ),
    sme(
        (64, TH, "แบรนด์ รีกระสอบ", CIRC, DOWN, "Bangkok", "rekrasob@gmail.com"),
        offers=(("กระเป๋าจากกระสอบกาแฟเก่า", "tote_bag"),),
        needs=(
            need("กระสอบปอใช้แล้ว สภาพดี", "used_jute_sacks"),
            need("ช่างเย็บกระเป๋า งานจำนวนน้อย", "sewing_service"),
        ),
        bcg=(CIRCULAR,),
    ),
    sme(
        (65, TH, "อู่ช่างเอกเครื่องจักรเกษตร", HEMP, UP, "Rayong", "changek.machine@gmail.com"),
        offers=(
            ("เครื่องขูดใยใบสับปะรด กาบกล้วย มอเตอร์ 3 แรง", "fibre_extractor"),
            ("โดมอบแห้งพลังงานแสงอาทิตย์ สั่งทำ", "crop_dryer"),
            ("เครื่องลอกเปลือกกัญชง รุ่นชุมชน", "hemp_decorticator"),
        ),
    ),
    # --- ageing lifestyle buyers and makers
    sme(
        (66, EN, "Golden Years Care Home", AGE_C, DOWN, "Nonthaburi", "purchasing@goldenyearscare.co.th"),
        needs=(
            need("Ceiba-fibre pillows for 60 beds, OEKO-TEX certified", "kapok_pillow", req=(OEKO,)),
            need("Cotton bed sheets, hospital single", "bed_sheet"),
            need("herbal compress balls for daily massage", "herbal_compress"),
        ),
    ),
    sme(
        (67, TH, "กลุ่มลูกประคบสมุนไพรดอนตูม", AGE_C, DOWN, "Nakhon Pathom", "dontum.herbal@gmail.com"),
        offers=(("ลูกประคบสมุนไพรสด ห่อผ้าดิบ มี อย.", "herbal_compress"),),
        needs=(
            need("ผ้าดิบ หรือผ้ามัสลิน สำหรับห่อลูกประคบ", "mill_cotton_fabric", "handwoven_cotton_fabric"),
            nobody("ไพลแห้ง ขมิ้นชัน ราคาส่ง", "no herb grower in the set"),
        ),
        certs=(FDA, "OTOP"),
    ),
    sme(
        (68, EN, "Hua Hin Riverside Spa", AGE_C, DOWN, "Prachuap Khiri Khan", "spa@huahinriverside.com"),
        needs=(
            need("Thai herbal compress, Thai FDA registered", "herbal_compress", req=(FDA,)),
            need("Mulberry leaf tea for welcome drinks", "mulberry_leaf_tea"),
            nobody("GOTS certified organic cotton bathrobes", "no one in the set makes bathrobes", req=("GOTS",)),
        ),
    ),
    sme(
        (69, TH, "โรงพยาบาลชุมชนน้ำพอง", AGE_I, DOWN, "Khon Kaen", "namphong.hosp@gmail.com"),
        needs=(
            need("หมอนนุ่นสำหรับผู้ป่วยติดเตียง", "kapok_pillow"),
            need("ผ้าปูเตียงคนไข้ เนื้อฝ้ายล้วน", "bed_sheet"),
            nobody("ผ้าก๊อซฝ้าย ได้มาตรฐาน ISO 13485", "no one in the set offers medical gauze", req=("ISO 13485",)),
        ),
    ),
    sme(
        (70, TH, "กลุ่มทอผ้าฝ้ายบ้านหนองเม็ก", AGE_I, DOWN, "Maha Sarakham", "nongmek.weave@gmail.com"),
        offers=(
            ("ผ้าปูที่นอนฝ้ายทอมือ 3.5 ฟุต และ 5 ฟุต", "bed_sheet"),
            ("ผ้าห่มฝ้ายทอมือ ลายลูกแก้ว", "blanket"),
        ),
        needs=(
            need("ด้ายโรงงานสีขาว เบอร์ 20/2", "mill_cotton_yarn"),
            need("กี่กระตุก 1 หลัง", "handloom"),
        ),
    ),
    sme(
        (71, EN, "SilverThread Adaptive Wear", AGE_C, DOWN, "Bangkok", "hello@silverthread.co.th"),
        offers=(("Magnetic-closure shirts for seniors", "shirt"),),
        needs=(
            need(
                "Soft undyed cotton woven on hand looms, 200 m; OEKO-TEX not required",
                "handwoven_cotton_fabric",
                waive=(OEKO,),
            ),
            need("sewing contractor for adaptive garments", "sewing_service"),
        ),
    ),
    sme(
        (72, TH, "ร้านของฝากผ้าพื้นเมืองอุบล", AGE_I, DOWN, "Ubon Ratchathani", "ubon.phamueang@gmail.com"),
        offers=(("ขายส่ง ขายปลีก ผ้าพื้นเมืองอีสาน", "textile_retail"),),
        needs=(
            need("ผ้าพันคอไหมหรือฝ้าย ต้องเป็นสินค้า OTOP", "silk_scarf", "cotton_scarf", req=("OTOP",)),
            need("กระเป๋าผ้าใบเล็ก ไว้ขายคู่กับผ้าพันคอ", "tote_bag"),
        ),
    ),
    # --- dyers, recyclers, silk buyers, sport and care
    sme(
        (73, TH, "ร้านผ้าทอมือบ้านไร่ไผ่งาม", HEMP, MID, "Chiang Mai", "raipaingam.weave@gmail.com"),
        offers=(("ผ้าฝ้ายทอมือ ย้อมเปลือกไม้ สีน้ำตาลแดง", "natural_dyed_cotton_fabric"),),
        needs=(
            need("ฝ้ายเข็นย้อมสีธรรมชาติ ไม่เอาสีเคมี", "natural_dyed_cotton_yarn"),
            need("ฝ้ายตุ่น", "brown_cotton_lint"),
        ),
        bcg=(BIO,),
    ),
    sme(
        (74, EN, "Rainbow Yarn Dyehouse", HEMP, MID, "Nakhon Pathom", "orders@rainbowyarn.co.th"),
        offers=(
            ("Reactive-dyed cotton yarn, 40 shades", "synthetic_dyed_cotton_yarn"),
            ("Commission dyeing of cotton yarn, reactive dyes", "yarn_dyeing_service"),
        ),
        needs=(need("Undyed mill yarn Ne 20/2 on cones", "mill_cotton_yarn"),),
    ),
    sme(
        (75, TH, "ร้านรับซื้อเศษผ้า ส.เจริญ", CIRC, UP, "Samut Prakan", "sor.charoen.waste@gmail.com"),
        offers=(
            ("เศษผ้าฝ้ายคัดสี จากโรงงานตัดเย็บ", "cotton_fabric_scraps"),
            ("เสื้อผ้ามือสอง เกรดรีไซเคิล", "used_garments"),
        ),
        needs=(need("รับซื้อเศษจากห้องตัด ทุกสี", "cotton_fabric_scraps"),),
        bcg=(CIRCULAR,),
    ),
    sme(
        (76, EN, "ReFibre Recycling Co., Ltd.", CIRC, UP, "Samut Sakhon", "buy@refibre.co.th"),
        offers=(("Mechanically recycled cotton fibre, colour-sorted", "recycled_cotton_fibre"),),
        needs=(
            need("Pre-consumer cutting waste, cotton rich, by colour", "cotton_fabric_scraps"),
            need("Post-consumer clothing for shredding, GRS not required", "used_garments", waive=("GRS",)),
        ),
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        (77, TH, "บริษัท ไทยรีสปัน จำกัด", CIRC, UP, "Chonburi", "sales@thairespun.co.th"),
        offers=(("ด้ายรีไซเคิลจากเศษผ้า Ne 10", "recycled_cotton_yarn"),),
        needs=(
            need("ใยฝ้ายรีไซเคิล ต้องมี GRS", "recycled_cotton_fibre", req=("GRS",)),
            need("จ้างทอผ้าตัวอย่าง จากด้ายรีไซเคิลของเราเอง", "weaving_service"),
        ),
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        (78, TH, "กลุ่มทอผ้าไหมแพรวาบ้านโพน", AGE_I, MID, "Kalasin", "banphon.praewa@gmail.com"),
        offers=(("ผ้าไหมแพรวา ทอมือ ลายโบราณ", "handwoven_silk_fabric"),),
        needs=(
            need("ไหมสาวมือ พันธุ์พื้นบ้าน", "raw_silk_yarn"),
            need("หาคนรับย้อมเส้นไหม สีสด ทนแดด", "silk_dyeing_service"),
        ),
    ),
    sme(
        (79, EN, "Siam Silk Boutique", AGE_C, DOWN, "Bangkok", "buyer@siamsilkboutique.com"),
        offers=(("Thai silk gifts, retail and online", "textile_retail"),),
        needs=(
            need(
                "Handwoven Thai silk yardage with Royal Peacock certification",
                "handwoven_silk_fabric",
                req=(PEACOCK,),
            ),
            need("Hand-dyed silk scarves", "silk_scarf"),
        ),
    ),
    sme(
        (80, EN, "FlowMat Yoga Co.", SPORT, DOWN, "Pathum Thani", "hello@flowmat.co"),
        offers=(("Natural rubber yoga mats with woven top", "yoga_mat"),),
        needs=(
            need("Hemp woven fabric for mat tops", "hemp_fabric"),
            nobody("Natural rubber sheet 4 mm, FSC certified", "no rubber supplier in the set", req=("FSC",)),
        ),
        bcg=(BIO, GREEN),
    ),
    sme(
        (81, TH, "บริษัท กระสอบทรายมวยไทย จำกัด", SPORT, DOWN, "Bangkok", "sales@muaythaibag.co.th"),
        offers=(("กระสอบทรายมวยไทย ยัดเศษผ้า", "boxing_bag"),),
        needs=(
            need("ผ้าเหลือจากโรงตัด ใช้ยัดกระสอบ", "cotton_fabric_scraps"),
            need("ผ้าใบหนาหุ้มกระสอบ ไม่จำเป็นต้องมี มอก.", "mill_cotton_fabric", waive=(TIS,)),
        ),
        bcg=(CIRCULAR,),
    ),
    sme(
        (82, EN, "Hemp Kitchen Wellness Foods", HEMP, DOWN, "Chiang Mai", "kitchen@hempkitchen.co"),
        offers=(("Hemp seed granola for seniors", "health_food"),),
        needs=(
            need("Dehulled hemp hearts, food grade", "hemp_seed_food"),
            nobody("Cold-pressed hemp seed oil, Thai FDA registered", "no one in the set presses oil", req=(FDA,)),
        ),
        certs=(FDA,),
    ),
    sme(
        (83, TH, "กลุ่มปลูกกัญชงปางมะผ้า", HEMP, UP, "Mae Hong Son", "pangmapha.hemp@gmail.com"),
        offers=(("ลำกัญชงตากแห้ง มัดละ 5 กก.", "hemp_stalks"),),
        needs=(
            need("ช่วยหมักแช่ต้นกัญชงให้ใยลอกง่าย", "retting_service"),
            nobody(
                "เมล็ดพันธุ์กัญชงเส้นใย มีใบรับรองเกษตรอินทรีย์",
                "sowing seed is offered only without Organic Thailand",
                "hemp_seed_planting",
                req=(ORG_TH,),
            ),
            nobody("อบรมการปลูกกัญชงเส้นใยสำหรับมือใหม่", "only cotton training is offered in the set"),
        ),
    ),
    sme(
        (84, EN, "Isan Elder Care Centre", AGE_I, DOWN, "Udon Thani", "admin@isanelder.org"),
        needs=(
            need("Handwoven cotton blankets for residents", "blanket"),
            need("Silk-filled quilts for the cool season", "silk_duvet"),
            need("herbal compress, Thai FDA not needed", "herbal_compress", waive=(FDA,)),
        ),
    ),
    sme(
        (85, TH, "กลุ่มหมอนขิดบ้านศรีฐาน", AGE_I, DOWN, "Yasothon", "sritan.khitpillow@gmail.com"),
        offers=(
            ("หมอนขิดสามเหลี่ยม ยัดนุ่น 10 ช่อง", "kapok_pillow"),
            ("ที่นอนปิกนิกยัดนุ่น พับได้", "kapok_mattress"),
        ),
        needs=(
            need("ใยนุ่นพร้อมยัด 200 กก.", "kapok_fibre"),
            need("ผ้าฝ้ายพื้นเมือง ไม่ย้อมสี ทำปลอกหมอน", "handwoven_cotton_fabric"),
        ),
        certs=("OTOP",),
    ),
    sme(
        (86, EN, "Lanna Bast Spinners", HEMP, UP, "Lampang", "lannabast@gmail.com"),
        offers=(("Hand-spun banana and hemp blend yarn", "bast_blend_yarn"),),
        needs=(
            need("Tani banana fibre, any length", "banana_fibre"),
            need("hemp bast for hand spinning", "hemp_bast_fibre"),
            nobody("Lotus stem fibre, any amount", "no one in the set offers lotus fibre"),
        ),
        bcg=(BIO,),
    ),
    sme(
        (87, TH, "กลุ่มจักสานกระจูดทะเลน้อย", HEMP, UP, "Phatthalung", "thalenoi.krajood@gmail.com"),
        offers=(
            ("ต้นกระจูดตากแห้ง มัดละ 5 กก.", "krajood_sedge"),
            ("เสื่อกระจูดทอมือ", "krajood_mat"),
        ),
        needs=(
            need("เปลือกไม้ แก่นไม้ให้สี สำหรับย้อมกระจูด", "natural_dye_material"),
            need("โรงตากแห้งหลังคาใส กันฝน", "crop_dryer"),
        ),
        bcg=(BIO,),
    ),
    sme(
        (88, EN, "Andaman Eco Resort", CIRC, DOWN, "Phuket", "procurement@andamaneco.com"),
        needs=(
            need("Sedge placemats and floor mats", "krajood_mat"),
            nobody("Coir door mats, 60x40 cm", "coir is offered only as fibre, dust, twine and net"),
            need(
                "Room baskets of dried hyacinth, Thai Green Label nice to have",
                "woven_basket",
                waive=("Thai Green Label",),
            ),
        ),
    ),
    sme(
        (89, TH, "ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ", AGE_C, DOWN, "Nonthaburi", "baansukjai.care@gmail.com"),
        needs=(
            need("ผ้าห่มบางๆ เนื้อคอตตอน", "blanket"),
            need("ห่อสมุนไพรนวดประคบ ใช้กับผู้สูงอายุ", "herbal_compress"),
            nobody("ชุดผู้ป่วยผ้าฝ้าย มี มอก.", "no one in the set makes patient gowns", req=(TIS,)),
        ),
    ),
    sme(
        (90, TH, "วิสาหกิจชุมชนสมุนไพรขุขันธ์", AGE_I, DOWN, "Sisaket", "khukhan.herb@gmail.com"),
        offers=(("ลูกประคบแห้ง สมุนไพรอีสาน", "herbal_compress"),),
        needs=(need("ผ้าทอกี่มือ สีขาว ห่อสมุนไพร", "handwoven_cotton_fabric"),),
    ),
    sme(
        (91, EN, "TechFlax Composites", SPORT, MID, "Chonburi", "rnd@techflax.co.th"),
        offers=(("Needle-punched natural fibre mats, 300 gsm", "natural_fibre_nonwoven"),),
        needs=(
            need("PALF, chopped or long", "pineapple_leaf_fibre"),
            need("Coir fibre, long bristle", "coconut_coir_fibre"),
            need("Kenaf or hemp bast, ISO 9001 nice to have", "hemp_bast_fibre", waive=("ISO 9001",)),
        ),
        certs=("ISO 9001",),
    ),
    sme(
        (92, TH, "กลุ่มแม่บ้านทอผ้าบ้านนาต้นจั่น", HEMP, MID, "Sukhothai", "natonchan.weave@gmail.com"),
        offers=(("ผ้าทอมือ ย้อมสีธรรมชาติ ลายโบราณ", "natural_dyed_cotton_fabric"),),
        needs=(
            need("ฝ้ายยังไม่แยกเมล็ด เอามาอีดเอง", "seed_cotton"),
            need("เครื่องอีดฝ้าย", "cotton_gin"),
            need("มีที่ไหนรับปั่นฝ้ายของเราเป็นเส้นด้ายบ้าง?", "spinning_service"),
        ),
        certs=("OTOP",),
    ),
    sme(
        (93, EN, "Bo Sang Umbrella Works", HEMP, DOWN, "Chiang Mai", "bosang.umbrella@gmail.com"),
        offers=(("Hand-painted paper and cotton parasols", "parasol"),),
        needs=(
            need("Sa paper, handmade, thin", "mulberry_paper"),
            need("Machine-woven plain cotton for parasols", "mill_cotton_fabric"),
        ),
    ),
    sme(
        (94, TH, "ร้านครามสกล รับย้อม", HEMP, MID, "Sakon Nakhon", "khramsakon.dye@gmail.com"),
        offers=(
            ("รับย้อมครามเสื้อยืด ผ้าพันคอ ของลูกค้า", "indigo_dyeing_service"),
            ("เสื้อคลุมผ้าฝ้ายย้อมคราม", "jacket"),
        ),
        needs=(
            need("ครามหมักพร้อมก่อหม้อ 50 กก.", "indigo_paste"),
            nobody("โอ่งมังกรเก่า ไว้ก่อหม้อคราม", "no one in the set sells dye vats"),
        ),
    ),
    sme(
        (95, EN, "Blue Again Studio", CIRC, MID, "Bangkok", "hi@blueagain.studio"),
        offers=(("Upcycled denim patchwork jackets", "jacket"),),
        needs=(
            need("Over-dye our unsold cotton tees with natural indigo", "indigo_dyeing_service"),
            need("Plant-dye service, earthy browns and yellows, 200 linen shirts", "natural_dyeing_service"),
        ),
        bcg=(CIRCULAR,),
    ),
)


# ------------------------------------------------------------------ derived


def profile(sme: Sme) -> dict[str, object]:
    row: dict[str, object] = {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub.value,
        "stage": sme.stage.value,
        "province": sme.province,
        "offers": [text for text, _ in sme.offers],
        "needs": [n.text for n in sme.needs],
    }
    if sme.certs:
        row["certifications"] = list(sme.certs)
    if sme.bcg:
        row["bcg"] = [tag.value for tag in sme.bcg]
    row["contact_email"] = sme.mail
    row["language"] = sme.lang
    return row


def cert_set(sme: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in sme.certs)


def qualified(n: Need, buyer: Sme, smes: tuple[Sme, ...]) -> list[Sme]:
    """Suppliers other than `buyer` with an offer labelled as `n` asks and every certification it requires."""
    wanted = set(n.labels)
    return [
        s
        for s in smes
        if s.num != buyer.num and any(label in wanted for _, label in s.offers) and set(n.requires) <= cert_set(s)
    ]


def true_links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    pairs = {(s.id, b.id) for b in smes for n in b.needs if not n.unmet for s in qualified(n, b, smes)}
    return sorted(pairs)


# ------------------------------------------------------------------ checks

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
MAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")

N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET = (17, 23)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _mentioned(cert: str, text: str) -> bool:
    """Whether `text` names `cert` at all, claimed, required or waived."""
    body = _norm(text)
    for c in CERTIFICATIONS:
        if c.name == cert:
            names = (c.name, c.full_name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
            return any(_norm(name) in body for name in names)
    return False


def _thai_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha() or THAI_CHAR.match(ch)]
    thai = sum(1 for ch in letters if THAI_CHAR.match(ch))
    return thai / len(letters) if letters else 0.0


def _script_ok(text: str, lang: str) -> bool:
    if lang == TH:
        return _thai_share(text) >= 0.6
    return not THAI_CHAR.search(text) and all(ord(ch) < 0x250 for ch in text)


def _shingles(text: str) -> set[str]:
    body = _norm(text)
    if THAI_CHAR.search(body):
        body = re.sub(r"\s+", "", body)
        return {body[i : i + 3] for i in range(len(body) - 2)}
    return {w for w in re.findall(r"[a-z0-9]+", body) if len(w) > 2}


def _similar(a: str, b: str) -> float:
    x, y = _shingles(a), _shingles(b)
    return len(x & y) / len(x | y) if x and y else 0.0


def check(smes: tuple[Sme, ...]) -> list[str]:
    errors: list[str] = []
    nums = [s.num for s in smes]
    if nums != list(range(1, len(smes) + 1)):
        errors.append("ids are not bag-001 ... in order without gaps")
    if len({s.id for s in smes}) != len(smes):
        errors.append("duplicate ids")
    if len({s.name for s in smes}) != len(smes):
        errors.append("duplicate names")
    if len({s.mail for s in smes}) != len(smes):
        errors.append("duplicate contact emails")
    offered: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)
    for s in smes:
        where = s.id
        errors += _check_row(where, profile(s))
        if not ID_RE.match(s.id):
            errors.append(f"{where}: malformed id")
        if s.lang not in (TH, EN):
            errors.append(f"{where}: language {s.lang!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for c in s.certs:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r} does not resolve")
        if not MAIL_RE.match(s.mail):
            errors.append(f"{where}: contact email {s.mail!r}")
        if not (0 <= len(s.offers) <= 3 and 0 <= len(s.needs) <= 3 and (s.offers or s.needs)):
            errors.append(f"{where}: {len(s.offers)} offers and {len(s.needs)} needs")
        if not s.name.strip() or not _script_ok(s.name, s.lang):
            errors.append(f"{where}: name {s.name!r} not in {s.lang} script")
        texts = [t for t, _ in s.offers] + [n.text for n in s.needs]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: repeated phrase")
        for text in texts:
            if text != text.strip() or not text or "  " in text:
                errors.append(f"{where}: untidy phrase {text!r}")
            if not _script_ok(text, s.lang):
                errors.append(f"{where}: {text!r} is not written in {s.lang} script")
        for text, label in s.offers:
            if not LABEL_RE.match(label):
                errors.append(f"{where}: bad label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= cert_set(s):
                errors.append(f"{where}: offer {text!r} claims {sorted(claimed)} the SME does not hold")
        for n in s.needs:
            errors += _check_need(s, n, smes, offered)
    return errors


CONTRACT_FIELDS = ("id", "name", "sub_cluster", "stage", "province", "offers", "needs", "contact_email", "language")
OPTIONAL_FIELDS = ("certifications", "bcg")


def _check_row(where: str, row: dict[str, object]) -> list[str]:
    """The written JSON object against the contract: fields, types and enum values."""
    errors: list[str] = []
    if set(row) - set(CONTRACT_FIELDS) - set(OPTIONAL_FIELDS) or set(CONTRACT_FIELDS) - set(row):
        errors.append(f"{where}: fields {sorted(row)} do not follow the contract")
    for key in ("id", "name", "sub_cluster", "stage", "province", "contact_email", "language"):
        if not isinstance(row.get(key), str):
            errors.append(f"{where}: {key} is not a string")
    for key in ("offers", "needs", "certifications", "bcg"):
        value = row.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            errors.append(f"{where}: {key} is not a list of strings")
    if row.get("sub_cluster") not in {c.value for c in SubCluster}:
        errors.append(f"{where}: sub_cluster {row.get('sub_cluster')!r}")
    if row.get("stage") not in {c.value for c in Stage}:
        errors.append(f"{where}: stage {row.get('stage')!r}")
    bcg = row.get("bcg", [])
    if not isinstance(bcg, list) or not set(bcg) <= {c.value for c in BcgTag} or len(set(bcg)) != len(bcg):
        errors.append(f"{where}: bcg {bcg!r}")
    if row.get("language") not in (TH, EN):
        errors.append(f"{where}: language {row.get('language')!r}")
    return errors


def _check_need(s: Sme, n: Need, smes: tuple[Sme, ...], offered: dict[str, set[str]]) -> list[str]:
    errors: list[str] = []
    where = f"{s.id} need {n.text!r}"
    if len(set(n.labels)) != len(n.labels):
        errors.append(f"{where}: repeated label")
    for label in n.labels:
        if not offered.get(label, set()) - {s.id}:
            errors.append(f"{where}: label {label!r} is offered by no one but the buyer")
    if not n.unmet and not n.labels:
        errors.append(f"{where}: lists no labels and is not marked as met by no one")
    for cert in (*n.requires, *n.waives):
        if resolve_certification(cert) != cert:
            errors.append(f"{where}: {cert!r} is not a canonical certification name")
        if not _mentioned(cert, n.text):
            errors.append(f"{where}: {cert!r} is not named in the text")
    if set(n.requires) & set(n.waives):
        errors.append(f"{where}: a certification both required and waived")
    found = find_certifications(n.text)
    if not set(n.requires) <= found:
        errors.append(f"{where}: requires {sorted(set(n.requires) - found)} but the text does not ask for it")
    if not found <= set(n.requires) | set(n.waives):
        errors.append(f"{where}: names {sorted(found)} but the data requires {list(n.requires)}")
    suppliers = qualified(n, s, smes)
    if n.unmet and suppliers:
        errors.append(f"{where}: marked as met by no one but met by {[x.id for x in suppliers]}")
    if not n.unmet and not suppliers:
        errors.append(f"{where}: no qualified supplier")
    for x in suppliers:
        for text, label in x.offers:
            if label in n.labels and _similar(text, n.text) > 0.5:
                errors.append(f"{where}: worded like the offer {text!r} of {x.id}")
    return errors


def check_targets(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    lang = {s.id: s.lang for s in smes}
    thai = sum(1 for s in smes if s.lang == TH) / len(smes)
    cross = sum(1 for a, b in links if lang[a] != lang[b])
    unmet = sum(1 for s in smes for n in s.needs if n.unmet)
    met_counts = [len(qualified(n, s, smes)) for s in smes for n in s.needs if not n.unmet]
    few = sum(1 for c in met_counts if 1 <= c <= 3)
    if len(smes) != N_PROFILES:
        errors.append(f"target: {len(smes)} profiles, want {N_PROFILES}")
    if not THAI_SHARE[0] <= thai <= THAI_SHARE[1]:
        errors.append(f"target: Thai share {thai:.2f}, want {THAI_SHARE}")
    if not LINKS[0] <= len(links) <= LINKS[1]:
        errors.append(f"target: {len(links)} links, want {LINKS}")
    if links and not CROSS_SHARE[0] <= cross / len(links) <= CROSS_SHARE[1]:
        errors.append(f"target: cross-language share {cross / len(links):.2f}, want {CROSS_SHARE}")
    if not UNMET[0] <= unmet <= UNMET[1]:
        errors.append(f"target: {unmet} needs met by no one, want {UNMET}")
    if met_counts and few / len(met_counts) < 0.7:
        errors.append(f"target: only {few} of {len(met_counts)} met needs have 1-3 suppliers")
    return errors


# ------------------------------------------------------------------ counts and files


def counts(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    rows: list[tuple[str, str]] = []
    thai = sum(1 for s in smes if s.lang == TH)
    rows.append(("profiles", str(len(smes))))
    rows.append(("written in Thai / English", f"{thai} / {len(smes) - thai}"))
    subs = Counter(s.sub for s in smes)
    rows += [(f"sub-cluster `{sub.value}`", str(subs[sub])) for sub in SubCluster]
    stages = Counter(s.stage for s in smes)
    rows += [(f"stage `{stage.value}`", str(stages[stage])) for stage in Stage]
    regions = Counter(p.region for s in smes if (p := resolve_province(s.province)) is not None)
    rows += [(f"region {region.label()}", str(regions[region])) for region in Region]
    rows.append(("distinct provinces", str(len({s.province for s in smes}))))
    needs = [(s, n) for s in smes for n in s.needs]
    rows.append(("offers", str(sum(len(s.offers) for s in smes))))
    rows.append(("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))))
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met by someone in the set", str(sum(1 for _, n in needs if not n.unmet))))
    rows.append(("needs met by no one", str(sum(1 for _, n in needs if n.unmet))))
    rows.append(("needs requiring a certification", str(sum(1 for _, n in needs if n.requires))))
    rows.append(("needs waiving a certification", str(sum(1 for _, n in needs if n.waives))))
    th_en = sum(1 for a, b in links if by_id[a].lang == TH and by_id[b].lang == EN)
    en_th = sum(1 for a, b in links if by_id[a].lang == EN and by_id[b].lang == TH)
    cross = th_en + en_th
    rows.append(("true links", str(len(links))))
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    share = cross / len(links) if links else 0.0
    rows.append(("cross-language links (share)", f"{cross} ({share:.0%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(("links between different sub-clusters", str(sum(1 for a, b in links if by_id[a].sub != by_id[b].sub))))
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---:|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


def profiles_jsonl(smes: tuple[Sme, ...]) -> str:
    return "".join(json.dumps(profile(s), ensure_ascii=False) + "\n" for s in smes)


def links_csv(links: list[tuple[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return out.getvalue()


README = """\
# `eval/blind_plain_agri/`: farms and fibre crops, plain registry entries

## What the set checks

How well the matcher finds the true supplier-buyer pairs among {n} SME profiles of the
Health and Wellness Economy cluster from wording it has never seen. The theme is the farm
end of the value chain: cotton, hemp, kapok, mulberry and silkworms, indigo and other dye
plants; seed and saplings, organic inputs, cultivation permits, farm and processing
machines (decorticators, gins, reeling machines, fibre scrapers, dryers); fibre from crop
residues (banana stems, pineapple leaves, rice straw, corn husks, coconut coir, water
hyacinth); retting and degumming; and the spinners, reelers, mills, dyers, craft groups,
researchers and ordinary midstream and downstream trades that buy from them.

Profiles are plain registry entries: one short phrase per offer or need, in Thai (about
55 %) or English, with local and regional names, trade words, brand names, abbreviations,
quantities, prices and places. A need is usually worded differently from the offers that
meet it, and often in the other language. Hard cases: a service versus the goods it works
on (dyeing or ginning or sewing the customer's goods versus dyed cloth, lint or garments);
waste and used goods versus new; raw versus processed (stalk, fibre, yarn, cloth,
product); finished goods described by their material, colour or technique; needs written
as a wish, a bare noun phrase or a question; refusals ("no synthetic dye"); needs that
require a named certification and needs that name one only to waive it; and needs that no
one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the shared contracts (profile JSONL and
links CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings: not
the matcher, its glossary, its tests, the other evaluation sets or any project data. All
the data, labels included, lives in `write.py`; the labels are not written to the profiles.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the
offer labels that would meet it and the certifications its text requires, or is marked as
met by no one with a short note. A pair (supplier, buyer) is a true link when some offer of
the supplier carries a label listed by one of the buyer's needs and the supplier's
certifications hold every certification that need requires. An SME is never linked to
itself. Shared words play no part; quantities, prices and places never decide a link; what
changes what the thing is does. A certification a need names only to waive it is not
required.

Before writing, the script checks ids, every contract field (sub-cluster, stage and BCG
tags from the taxonomy, every province through `resolve_province`, every certification
through `resolve_certification`), that every label a need lists is offered by someone
other than the buyer, that every met need has a qualified supplier and every unmet one has
none, that a required or waived certification is named in the need's text, that Thai
phrases are mostly Thai letters and English ones Latin only, and the size targets. It
writes nothing if a check fails, and two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_agri/write.py

## Files

- `write.py`: the data and the checks; writes the three files below and prints the counts.
- `profiles.jsonl`: the profiles, cluster profiles JSONL version 1, ids `{first}` to `{last}`.
- `links.csv`: the true links, `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def build(smes: tuple[Sme, ...]) -> tuple[dict[str, bytes], list[tuple[str, str]]]:
    links = true_links(smes)
    readme = README.format(n=len(smes), first=smes[0].id, last=smes[-1].id, table=table(counts(smes, links)))
    files = {
        "profiles.jsonl": profiles_jsonl(smes).encode("utf-8"),
        "links.csv": links_csv(links).encode("utf-8"),
        "README.md": readme.encode("utf-8"),
    }
    return files, links


def report_needs(smes: tuple[Sme, ...]) -> None:
    """With --needs: every need and who meets it, to tune the data."""
    for s in smes:
        for n in s.needs:
            who = "-" if n.unmet else " ".join(x.id for x in qualified(n, s, smes))
            print(f"{s.id} {s.lang} | {n.text} | {who}")


def main() -> int:
    if "--needs" in sys.argv:
        report_needs(SMES)
    files, links = build(SMES)
    again, _ = build(SMES)
    errors = check(SMES) + check_targets(SMES, links)
    if files != again:
        errors.append("two builds differ")
    print(table(counts(SMES, links)), end="")
    if errors:
        print(f"\n{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    print(f"\nwrote {', '.join(files)} to {HERE.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
