"""Write the hand-labelled evaluation set `eval/blind_plain_modest/`.

Muslim modest fashion and halal textiles: 95 plain registry profiles (Thai and English), the true
supplier -> buyer links and a README with the counts. Every offer carries a label saying what the thing
is; every need lists the labels that meet it (and the certifications its text requires), or is marked
as met by no one. Labels live only in this file; the profiles file carries none.

Run from the repository root:  .venv/bin/python eval/blind_plain_modest/write.py
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
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

# ------------------------------------------------------------------ data model

H = SubCluster.HEMP_NATURAL_FIBRE.value
C = SubCluster.CIRCULAR_TEXTILE.value
S = SubCluster.SPORTECH.value
AC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value

HALAL = "Halal"
OTOP = "OTOP"
GOTS = "GOTS"
GRS = "GRS"
OCS = "OCS"
OEKO = "OEKO-TEX Standard 100"
TIS = "Thai Industrial Standard"
ORGANIC_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
FAIRTRADE = "Fairtrade"


@dataclass(frozen=True)
class Need:
    text: str
    meets: tuple[str, ...]  # offer labels that meet it
    requires: tuple[str, ...]  # certifications its text requires (canonical names)
    waives: tuple[str, ...]  # certifications its text names only to waive
    unmet: str  # note when no one in the set meets it


def N(text: str, meets: str = "", *, req: str = "", waive: str = "", unmet: str = "") -> Need:
    return Need(text, tuple(meets.split()), (req,) if req else (), (waive,) if waive else (), unmet)


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    email: str
    certs: tuple[str, ...]
    bcg: tuple[str, ...]
    offers: tuple[tuple[str, str], ...]  # (text, label)
    needs: tuple[Need, ...]

    @property
    def id(self) -> str:
        return f"bmq-{self.num:03d}"


SMES: list[Sme] = []


def sme(
    num: int,
    lang: str,
    name: str,
    sub: str,
    stage: str,
    province: str,
    email: str,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
    *,
    offers: tuple[tuple[str, str], ...] = (),
    needs: tuple[Need, ...] = (),
) -> None:
    SMES.append(Sme(num, lang, name, sub, stage, province, f"{email}@example.co.th", certs, bcg, offers, needs))


# ------------------------------------------------------------------ profiles 001-024

sme(
    1,
    "th",
    "วิสาหกิจชุมชนกระจูดบ้านทะเลน้อย",
    H,
    UP,
    "Phatthalung",
    "thalenoi.krajood",
    ("OTOP 5 stars",),
    ("bio",),
    offers=(
        ("ต้นกระจูดตากแห้ง รีดแบนแล้ว ขายเป็นกำ", "krajood_dried"),
        ("เส้นกระจูดย้อมสี แดง เขียว ดำ พร้อมสาน", "krajood_dyed_strands"),
        ("เสื่อกระจูดทอลาย ขนาด 2x3 ม.", "krajood_mat"),
    ),
    needs=(N("สีย้อมเคมีชนิดผง สำหรับย้อมเส้นใยพืช", "synthetic_dye_chemicals"),),
)
sme(
    2,
    "en",
    "Bukit Songket Weavers Group",
    H,
    MID,
    "Narathiwat",
    "bukit.songket",
    ("OTOP",),
    ("bio",),
    offers=(("Songket, hand loom, gold-thread motifs, 2 m piece", "songket_fabric"),),
    needs=(
        N("reeled mulberry silk for weft, undyed is fine", "silk_yarn"),
        N("benang emas (metallic gold thread)", unmet="no one in the set sells metallic thread"),
    ),
)
sme(
    3,
    "th",
    "นูรฮิญาบ บ้านครัว",
    AC,
    DOWN,
    "Bangkok",
    "nurhijab.bankrua",
    ("ฮาลาล",),
    offers=(
        ("ผ้าคลุมผมสำเร็จรูป แบบสวมหัว", "hijab_instant"),
        ("ฮิญาบสี่เหลี่ยมชีฟองลายพิมพ์ ส่งร้านค้า โหลละ 1,200 บาท", "hijab_square"),
    ),
    needs=(
        N("ผ้าชีฟองเนื้อนิ่ม สีพื้น หน้ากว้าง 60 นิ้ว", "chiffon_fabric"),
        N("หาช่างรับเย็บผ้าคลุม ขลิบริม", "garment_sewing_service"),
    ),
)
sme(
    4,
    "en",
    "Labbaik Umrah Outfitters",
    AC,
    DOWN,
    "Bangkok",
    "labbaik.outfitters",
    needs=(
        N("Ihram for men, 2-piece terry, unstitched", "ihram_cloth"),
        N("women's white prayer dress for Umrah groups", "telekung"),
        N("foldable travel sajadah", "prayer_mat"),
    ),
)
sme(
    5,
    "th",
    "กลุ่มบาติกบ้านบานา",
    H,
    MID,
    "Pattani",
    "bana.batik",
    ("OTOP",),
    ("bio",),
    offers=(
        ("ผ้าปาเต๊ะเขียนมือ ผืนละ 2 หลา", "batik_sarong"),
        ("ผ้าบาติกเขียนเทียน ตัดขายเป็นเมตร", "batik_fabric"),
        ("รับเขียนลายบาติกบนผ้าที่ลูกค้าส่งมา", "batik_painting_service"),
    ),
    needs=(
        N("เทียนพาราฟินผสมไมโครแว็กซ์ สำหรับเขียนลาย", "batik_wax"),
        N("ผ้าดิบ ผ้ามัสลินขาว ม้วนละ 50 หลา", "plain_cotton_fabric"),
    ),
)
sme(
    6,
    "en",
    "Songkhla Batik Supply",
    H,
    UP,
    "Songkla",
    "sk.batiksupply",
    offers=(
        ("Batik wax blocks, paraffin-microwax blend", "batik_wax"),
        ("Naphthol, indigosol and reactive dye powders", "synthetic_dye_chemicals"),
        ("Copper canting pens and tjap stamps", "batik_tools"),
    ),
    needs=(N("pure beeswax, 20 kg lots", unmet="no one in the set sells beeswax"),),
)
sme(
    7,
    "th",
    "วิสาหกิจชุมชนเลี้ยงไหมบ้านพิกุลทอง",
    H,
    UP,
    "Narathiwat",
    "pikulthong.silk",
    (),
    ("bio",),
    offers=(
        ("เส้นไหมพื้นบ้าน สาวมือ สีเหลือง", "silk_yarn"),
        ("รังไหมสด คัดแล้ว", "silk_cocoons"),
    ),
    needs=(N("ไข่ไหมพันธุ์ดี", unmet="no silkworm egg supplier in the set"),),
)
sme(
    8,
    "en",
    "Ayesha Modest Boutique",
    AC,
    DOWN,
    "Bangkok",
    "ayesha.boutique",
    needs=(
        N("jersey instant hijabs, mixed colours, 10 dozen", "hijab_instant"),
        N("abayas for everyday wear, S-XXL", "abaya"),
        N("magnetic pins for scarves", "hijab_pins"),
    ),
)
sme(
    9,
    "th",
    "ส.มุสลิมการ์เมนต์ หนองจอก",
    AC,
    MID,
    "Bangkok",
    "sor.muslimgarment",
    offers=(
        ("รับตัดเย็บอาบายะ ชุดโต๊ป ตามแบบ ขั้นต่ำ 100 ตัว", "garment_sewing_service"),
        ("รับจ้างเย็บฮิญาบ เก็บริมโพ้ง 3 เส้น", "garment_sewing_service"),
    ),
    needs=(
        N("ผ้านิด้าดำ สำหรับตัดอาบายะ", "nida_fabric"),
        N("ซิปซ่อน กระดุมแป๊ก ขายส่ง", "garment_trims"),
    ),
)
sme(
    10,
    "en",
    "ReThread Offcut Collectors",
    C,
    UP,
    "Samut Sakhon",
    "rethread",
    (),
    ("circular",),
    offers=(
        ("Poly chiffon cutting waste, sorted by colour, per kg", "textile_offcuts_synthetic"),
        ("Cotton scraps, white and coloured", "cotton_offcuts"),
    ),
    needs=(N("cutting-room leftovers from hijab workshops", "textile_offcuts_synthetic"),),
)
sme(
    11,
    "th",
    "ยะลาบูร์กินี",
    S,
    DOWN,
    "Yala",
    "yala.burkini",
    offers=(
        ("ชุดว่ายน้ำมุสลิมะห์ แขนยาว ขายาว มีฮู้ด", "burkini"),
        ("ฮิญาบใส่เล่นกีฬา ผ้าแห้งไว", "sports_hijab"),
    ),
    needs=(
        N("ผ้าไลคร่าสำหรับชุดว่ายน้ำ ทนคลอรีน", "swim_lycra_fabric"),
        N("หาที่ปักตราแบรนด์ลงบนชุด", "embroidery_service"),
    ),
)
sme(
    12,
    "en",
    "Eastern Knit Tech",
    S,
    MID,
    "Chonburi",
    "easternknit",
    ("Oeko-Tex 100",),
    ("green",),
    offers=(
        ("Quick-dry polyester knit 160 gsm", "sports_jersey_fabric"),
        ("Chlorine-resistant swimwear fabric, 4-way stretch", "swim_lycra_fabric"),
    ),
    needs=(N("recycled PES yarn from bottles, GRS certified", "recycled_polyester_yarn", req=GRS),),
)
sme(
    13,
    "th",
    "ร้านรับซื้อเสื้อผ้ามือสอง ปากเกร็ด",
    C,
    UP,
    "Nonthaburi",
    "pakkret.secondhand",
    (),
    ("circular",),
    offers=(
        ("เสื้อผ้ามือสองคัดเกรด กระสอบละ 45 กก.", "used_clothing"),
        ("ผ้าขี้ริ้ว ตัดจากเสื้อยืดเก่า", "wiping_rags"),
    ),
    needs=(N("เครื่องอัดก้อนผ้า มือสองก็ได้", unmet="no machinery sellers in the set"),),
)
sme(
    14,
    "en",
    "Dan Sai Cotton Growers",
    AI,
    UP,
    "Loei",
    "dansai.cotton",
    (ORGANIC_TH,),
    ("bio",),
    offers=(
        ("Organic seed cotton, hand-picked", "seed_cotton"),
        ("Hand-spun cotton yarn, natural brown", "handspun_cotton_yarn"),
    ),
)
sme(
    15,
    "th",
    "กลุ่มผ้าย้อมครามบ้านดอนกอย",
    AI,
    MID,
    "Sakon Nakhon",
    "donkoi.indigo",
    ("OTOP",),
    ("bio",),
    offers=(
        ("ผ้าฝ้ายทอมือย้อมครามธรรมชาติ", "indigo_dyed_cotton_fabric"),
        ("รับย้อมครามผ้าฝ้ายของลูกค้า", "indigo_dyeing_service"),
    ),
    needs=(N("ด้ายฝ้ายปั่นมือ เส้นเล็ก สำหรับทอผ้าย้อมคราม", "handspun_cotton_yarn"),),
)
sme(
    16,
    "en",
    "Darul Huda School",
    AC,
    DOWN,
    "Nonthaburi",
    "daralhuda.school",
    needs=(
        N("girls' uniform: long skirt, long-sleeve blouse, white tudung", "islamic_school_uniform"),
        N("white skullcaps for boys, 500 pcs", "kopiah_cap"),
    ),
)
sme(
    17,
    "th",
    "กลุ่มแม่บ้านถักหมวกกะปิเยาะห์ บ้านตันหยง",
    AC,
    DOWN,
    "Pattani",
    "tanyong.kopiah",
    offers=(
        ("หมวกกะปิเยาะห์ถักโครเชต์ สีขาว", "kopiah_cap"),
        ("หมวกซอเกาะห์กำมะหยี่ดำ ทรงมาเลย์", "songkok_cap"),
    ),
    needs=(
        N("ด้ายฝ้ายมันสีขาว สำหรับถักโครเชต์", "cotton_yarn"),
        N("ผ้ากำมะหยี่ดำ", "velvet_fabric"),
    ),
)
sme(
    18,
    "en",
    "Siam Voile Mills",
    AC,
    MID,
    "Samut Prakan",
    "siamvoile",
    ("OEKO-TEX certified",),
    offers=(
        ("Cotton voile 60s, bleached white and PFD", "voile_fabric"),
        ("Greige cotton sheeting 45 in.", "plain_cotton_fabric"),
    ),
    needs=(N("combed cotton yarn Ne 60/1", "cotton_yarn"),),
)
sme(
    19,
    "th",
    "หาดใหญ่รีไฟเบอร์",
    C,
    MID,
    "Songkhla",
    "hatyai.refiber",
    (),
    ("circular",),
    offers=(("ใยโพลีเอสเตอร์รีไซเคิลจากเศษผ้า สำหรับยัดหมอน", "polyester_fibre_fill"),),
    needs=(N("เศษผ้าชีฟอง เศษผ้ายืด จากโรงงานผ้าคลุม", "textile_offcuts_synthetic"),),
)
sme(
    20,
    "en",
    "Crescent Prayerwear",
    AC,
    DOWN,
    "Bangkok",
    "crescent.prayerwear",
    offers=(("Two-piece telekung, cotton voile, lace edge", "telekung"),),
    needs=(
        N("GOTS-certified cotton voile, white", "voile_fabric", req=GOTS),
        N("lace trim for hems", "lace_trim"),
    ),
)
sme(
    21,
    "th",
    "ร้านลูกไม้ลูกปัด พาหุรัด",
    AC,
    MID,
    "Bangkok",
    "pahurat.lace",
    offers=(
        ("ลูกไม้ขอบ ลูกไม้ถัก หลาละ 15 บาท", "lace_trim"),
        ("ลูกปัด เลื่อม คริสตัล ขายส่ง", "beads_sequins"),
        ("อุปกรณ์ตัดเย็บ ซิป กระดุมมุก ตะขอ", "garment_trims"),
    ),
)
sme(
    22,
    "th",
    "ห้องปักมือนูร์ ลาดพร้าว",
    AC,
    MID,
    "Bangkok",
    "noor.beading",
    offers=(
        ("งานปักเย็บลูกปัดด้วยมือ ส่งชุดมาปักได้", "hand_beading_service"),
        ("ปักจักรคอมพิวเตอร์ 12 หัว", "embroidery_service"),
    ),
    needs=(N("เม็ดมุกเทียม หินแก้ว แพ็กใหญ่", "beads_sequins"),),
)
sme(
    23,
    "th",
    "ร้านชุดเจ้าสาวมลายู ซีตีนูรฮายาตี",
    AC,
    DOWN,
    "Narathiwat",
    "sitinur.bridal",
    offers=(
        ("ให้เช่าชุดแต่งงานแบบมลายู", "wedding_outfit"),
        ("ตัดชุดบาจูกุหรงตามสั่ง", "baju_kurung"),
    ),
    needs=(
        N("ผ้าซงเก็ตทอมือ สำหรับชุดบ่าวสาว", "songket_fabric"),
        N("ช่างปักมุก ปักเลื่อม บนชุดเจ้าสาว", "hand_beading_service"),
    ),
)
sme(
    24,
    "en",
    "ModestMove Activewear",
    S,
    DOWN,
    "Bangkok",
    "modestmove",
    offers=(
        ("Long-sleeve sports tunic, modest cut", "modest_activewear"),
        ("Pull-on sport hijab", "sports_hijab"),
    ),
    needs=(
        N("moisture-wicking knit fabric", "sports_jersey_fabric"),
        N("sewing contractor for activewear, MOQ 300", "garment_sewing_service"),
    ),
)
sme(
    25,
    "th",
    "กลุ่มทอผ้ายกเมืองนคร",
    H,
    MID,
    "Nakhon Si Thammarat",
    "yok.nakhon",
    ("ตรานกยูงพระราชทาน", "OTOP"),
    ("bio",),
    offers=(
        ("ผ้ายกเมืองนคร ไหมยกดิ้นทอง", "songket_fabric"),
        ("ผ้าไหมทอมือ พื้นเรียบ ตรานกยูง", "handwoven_silk_fabric"),
    ),
    needs=(
        N("ไหมเส้นยืน ไหมเส้นพุ่ง สำหรับทอยก", "silk_yarn"),
        N("ดิ้นทอง ดิ้นเงิน สำหรับทอยก", unmet="no one in the set sells metallic thread"),
    ),
)
sme(
    26,
    "en",
    "Surin Silk Reelers",
    AI,
    UP,
    "Surin",
    "surin.silkreel",
    ("OTOP",),
    ("bio",),
    offers=(
        ("Native Thai silk yarn (Nangnoi), pulled by hand", "silk_yarn"),
        ("Degummed silk, ready to dye", "silk_yarn"),
    ),
    needs=(N("natural dyestuffs: lac, ebony fruit, barks", "natural_dye_material"),),
)
sme(
    27,
    "th",
    "ร้านวัตถุดิบสีธรรมชาติ ตรัง",
    H,
    UP,
    "Trang",
    "trang.naturaldye",
    (),
    ("bio",),
    offers=(
        ("เปลือกโกงกางแห้ง สำหรับย้อมผ้า", "natural_dye_material"),
        ("ครั่ง ขมิ้น ใบหูกวาง ตากแห้ง", "natural_dye_material"),
    ),
)
sme(
    28,
    "en",
    "Satun Mangrove Dye House",
    H,
    MID,
    "Satun",
    "satun.mangrovedye",
    (),
    ("bio", "green"),
    offers=(
        ("Mangrove-bark dyeing of your own cloth", "natural_dyeing_service"),
        ("Mangrove-dyed cotton hijab, square 115 cm", "hijab_natural_dye"),
    ),
    needs=(
        N("white cotton voile, undyed", "voile_fabric"),
        N("no synthetic dye - sappan, mangrove or indigo only", "natural_dye_material indigo_paste"),
    ),
)
sme(
    29,
    "th",
    "ร้านขายส่งเสื้อผ้ามุสลิม ตลาดเมืองใหม่",
    AC,
    DOWN,
    "Yala",
    "yala.muslimwholesale",
    needs=(
        N("ผ้าโสร่งผู้ชาย ลายตาราง", "mens_sarong"),
        N("ผ้าปาเต๊ะ ขายส่งยกโหล", "batik_sarong"),
        N("เสื้อโต๊บยาวชาย สีขาว", "jubah_thobe"),
    ),
)
sme(
    30,
    "en",
    "Pattani Sarong Weaving",
    H,
    MID,
    "Pattani",
    "pattani.sarong",
    offers=(
        ("Men's plaid sarong, pelikat style", "mens_sarong"),
        ("Yarn-dyed cotton check on the roll", "checked_cotton_fabric"),
    ),
    needs=(N("cotton yarn count 20s for our looms, we dye in-house", "cotton_yarn"),),
)
sme(
    31,
    "th",
    "บริษัท ฮัจญ์ทัวร์ อัลอามีน",
    AC,
    DOWN,
    "Bangkok",
    "alamin.hajj",
    needs=(
        N("ผ้าอิห์รอม ผ้าขนหนูสีขาว 2 ผืน", "ihram_cloth"),
        N("ชุดละหมาดสตรีที่มีเครื่องหมายฮาลาล", "telekung", req=HALAL),
    ),
)
sme(
    32,
    "en",
    "Bang Phli Terry Mill",
    AC,
    MID,
    "Samut Prakan",
    "bangphli.terry",
    offers=(
        ("Ihram set, white terry, two unstitched pieces", "ihram_cloth"),
        ("Terry towelling by the metre", "towelling_fabric"),
    ),
    needs=(N("ring-spun cotton yarn for terry loops", "cotton_yarn"),),
)
sme(
    33,
    "th",
    "กลุ่มทอผ้าฝ้ายบ้านโนนสะอาด",
    AI,
    MID,
    "Khon Kaen",
    "nonsaat.cotton",
    ("OTOP",),
    offers=(
        ("ผ้าฝ้ายทอมือสีพื้น หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
        ("ผ้าฝ้ายทอลายขิด", "handwoven_cotton_fabric"),
    ),
    needs=(
        N("ด้ายฝ้ายโรงงาน เบอร์ 20 สีขาว", "cotton_yarn"),
        N("รับย้อมสีธรรมชาติจากเปลือกไม้ ผ้าฝ้ายของกลุ่ม", "natural_dyeing_service"),
    ),
)
sme(
    34,
    "en",
    "Second Modest",
    C,
    DOWN,
    "Bangkok",
    "secondmodest",
    (),
    ("circular",),
    offers=(("Pre-loved abayas and hijabs, resale", "used_clothing"),),
    needs=(N("secondhand modest wear in good condition", "used_clothing"),),
)
sme(
    35,
    "th",
    "โรงงานถักผ้ากีฬา มหาชัย",
    S,
    MID,
    "Samut Sakhon",
    "mahachai.sportknit",
    offers=(
        ("ผ้าดรายฟิต ผ้าไมโคร สำหรับเสื้อกีฬา", "sports_jersey_fabric"),
        ("ผ้าสแปนเด็กซ์ยืดสี่ทาง ทำชุดว่าย", "swim_lycra_fabric"),
    ),
    needs=(
        N("เส้นด้ายรีไซเคิลจากขวด PET", "recycled_polyester_yarn"),
        N("โรงย้อมที่รับย้อมผ้าผืน", "fabric_dyeing_service"),
        N("ผ้าเคลือบ PU กันน้ำ", unmet="no coated fabric supplier in the set"),
    ),
)
sme(
    36,
    "en",
    "PET2Yarn Rayong",
    S,
    UP,
    "Rayong",
    "pet2yarn",
    ("GRS certified",),
    ("circular",),
    offers=(
        ("rPET filament yarn 75D/72F", "recycled_polyester_yarn"),
        ("rPET staple fibre 1.4D", "recycled_polyester_fibre"),
    ),
    needs=(N("polyester textile waste for fibre-to-fibre recycling", "textile_offcuts_synthetic"),),
)
sme(
    37,
    "th",
    "ร้านของฝากฮาลาลสตูล",
    AC,
    DOWN,
    "Satun",
    "satun.souvenir",
    ("ฮาลาล",),
    needs=(
        N("กระเป๋ากระจูด ที่มีตรา OTOP", "krajood_bag", req=OTOP),
        N("ผ้าปาเต๊ะลายท้องถิ่น ไว้ขายนักท่องเที่ยว", "batik_sarong"),
    ),
)
sme(
    38,
    "en",
    "Thale Noi Crafts",
    H,
    DOWN,
    "Phatthalung",
    "thalenoi.crafts",
    ("OTOP",),
    ("bio",),
    offers=(
        ("Krajood tote bags, hand-woven sedge", "krajood_bag"),
        ("Krajood prayer mat, rolled", "prayer_mat"),
    ),
    needs=(
        N("dyed sedge strands, black and red", "krajood_dyed_strands"),
        N("calico for lining our bags", "plain_cotton_fabric"),
    ),
)
sme(
    39,
    "th",
    "กลุ่มบาติกบ้านทอน",
    H,
    MID,
    "Narathiwat",
    "banthon.batik",
    offers=(
        ("ผ้าบาติกพิมพ์บล็อก บนผ้าเรยอน", "batik_fabric"),
        ("ผ้าปาเต๊ะลายดอก ขายส่ง", "batik_sarong"),
    ),
    needs=(
        N("ผ้าวิสคอสขาว ม้วนละ 50 หลา", "rayon_fabric"),
        N("สีอินดิโกซอล สีแนฟทอล", "synthetic_dye_chemicals"),
    ),
)
sme(
    40,
    "en",
    "Sampeng Crepe & Chiffon Trading",
    AC,
    MID,
    "Bangkok",
    "sampeng.crepe",
    offers=(
        ("Chiffon, ceruti, hi-twist - 60 colours", "chiffon_fabric"),
        ("Moss crepe, Korean crepe for abayas", "crepe_fabric"),
        ("Japanese nida, black, 58 in.", "nida_fabric"),
    ),
)
sme(
    41,
    "th",
    "โรงพิมพ์ผ้าดิจิทัล บางกะปิ",
    AC,
    MID,
    "Bangkok",
    "bangkapi.print",
    offers=(
        ("รับพิมพ์ลายดิจิทัลบนผ้าของลูกค้า ขั้นต่ำ 5 เมตร", "fabric_printing_service"),
        ("ผ้าชีฟองพิมพ์ลายพร้อมขาย", "printed_chiffon_fabric"),
    ),
    needs=(N("หมึกซับลิเมชัน ยกลัง", unmet="no ink supplier in the set"),),
)
sme(
    42,
    "en",
    "Hijrah Hijab House",
    AC,
    DOWN,
    "Bangkok",
    "hijrah.hijab",
    offers=(("Printed chiffon square hijabs", "hijab_square"),),
    needs=(
        N("digital print on our own chiffon, 200 m a month", "fabric_printing_service"),
        N("hemming and rolled edges for scarves", "garment_sewing_service"),
        N("anyone making mannequin heads for hijab display?", unmet="no display fixtures in the set"),
    ),
)
sme(
    43,
    "th",
    "ร้านหาดใหญ่สปอร์ต",
    S,
    DOWN,
    "Songkhla",
    "hatyai.sport",
    needs=(
        N("ชุดว่ายน้ำสตรีมุสลิม", "burkini"),
        N("เสื้อกีฬาแขนยาว สำหรับผู้หญิง", "modest_activewear"),
    ),
)
sme(
    44,
    "en",
    "Al-Falah Pondok School",
    AC,
    DOWN,
    "Yala",
    "alfalah.pondok",
    needs=(
        N("school uniforms for boys and girls, Islamic style", "islamic_school_uniform"),
        N("plain cotton cloth for kafan, by the roll", "plain_cotton_fabric"),
    ),
)
sme(
    45,
    "en",
    "Pattani Islamic Uniform Tailors",
    AC,
    MID,
    "Pattani",
    "pattani.uniform",
    offers=(
        ("Islamic school uniforms made to order, all levels", "islamic_school_uniform"),
        ("PE kits and sports-day shirts, sewn to your order", "garment_sewing_service"),
    ),
    needs=(N("white Tetoron cotton for school shirts, TIS required", "school_uniform_fabric", req=TIS),),
)
sme(
    46,
    "en",
    "Thai Uniform Textile",
    AC,
    MID,
    "Samut Prakan",
    "thaiuniformtex",
    ("TIS", "ISO 9001"),
    offers=(
        ("Poly-cotton shirting, white, TIS", "school_uniform_fabric"),
        ("Navy twill for skirts and trousers", "school_uniform_fabric"),
    ),
    needs=(N("recycled polyester yarn, GRS welcome but not required", "recycled_polyester_yarn", waive=GRS),),
)
sme(
    47,
    "th",
    "กลุ่มแม่บ้านปะผ้า บ้านครัว",
    C,
    DOWN,
    "Bangkok",
    "bankrua.patchwork",
    (),
    ("circular",),
    offers=(
        ("กระเป๋าผ้าปะติด จากเศษผ้าบาติก", "fabric_bag"),
        ("ผ้าห่มนวมปะติด", "patchwork_quilt"),
    ),
    needs=(N("เศษผ้าฝ้าย เศษผ้าบาติก", "cotton_offcuts"),),
)
sme(
    48,
    "th",
    "ห้องเสื้อไหมอีสาน ชุดมุสลิมะห์",
    AI,
    DOWN,
    "Khon Kaen",
    "isan.modestsilk",
    offers=(
        ("อาบายะผ้าไหมมัดหมี่", "abaya"),
        ("ผ้าคลุมสี่เหลี่ยม ผ้าไหมมัดหมี่", "hijab_square"),
    ),
    needs=(
        N("ผ้าไหมทอกี่มือ เนื้อนุ่ม สำหรับตัดชุด", "handwoven_silk_fabric"),
        N("ช่างรับตัดชุดจำนวนน้อย", "garment_sewing_service"),
    ),
)
sme(
    49,
    "th",
    "กลุ่มทอผ้าไหมมัดหมี่ บ้านเขว้า",
    AI,
    MID,
    "Chaiyaphum",
    "khwao.mudmee",
    ("ตรานกยูงพระราชทาน",),
    ("bio",),
    offers=(("ผ้าไหมมัดหมี่ทอมือ ตรานกยูงสีน้ำเงิน", "handwoven_silk_fabric"),),
    needs=(N("ไหมน้อย ไหมพุ่ง", "silk_yarn"),),
)
sme(
    50,
    "en",
    "Crescent Suites Hotel",
    AC,
    DOWN,
    "Bangkok",
    "crescentsuites",
    needs=(
        N("prayer mats for 120 rooms, Halal certified", "prayer_mat", req=HALAL),
        N("women's prayer outfits for guest rooms", "telekung"),
    ),
)
sme(
    51,
    "th",
    "โรงงานพรมละหมาด อัลฟาติฮะห์",
    AC,
    DOWN,
    "Samut Prakan",
    "alfatihah.rugs",
    ("Halal certified",),
    offers=(
        ("พรมละหมาดผ้ากำมะหยี่ บุฟองน้ำ", "prayer_mat"),
        ("พรมละหมาดพกพา พับได้", "prayer_mat"),
    ),
    needs=(
        N("ผ้ากำมะหยี่พิมพ์ลายมัสยิด ยกม้วน", "velvet_fabric"),
        N("ต้องการช่างปักตัวอักษรบนพรมละหมาด", "embroidery_service"),
    ),
)
sme(
    52,
    "en",
    "Velvet House Trading",
    AC,
    MID,
    "Bangkok",
    "velvethouse",
    offers=(
        ("Black polyester velvet for caps", "velvet_fabric"),
        ("Printed velboa for prayer rugs", "velvet_fabric"),
    ),
)
sme(
    53,
    "th",
    "ร้านฟาติมะห์แฟชั่น หาดใหญ่",
    AC,
    DOWN,
    "Songkhla",
    "fatimah.fashion",
    needs=(
        N("ชุดอาบายะ ขายส่ง คละไซส์", "abaya"),
        N("ชุดกุรงสำเร็จรูป คละไซส์", "baju_kurung"),
        N("ผ้าคลุมแบบสวม ไม่ต้องใช้เข็มกลัด", "hijab_instant"),
    ),
)
sme(
    54,
    "en",
    "Hatyai Hijab Factory",
    AC,
    DOWN,
    "Songkhla",
    "hatyai.hijab",
    offers=(
        ("Jersey instant hijab, 25 colours", "hijab_instant"),
        ("Hijab cutting waste, jersey and chiffon, per kg", "textile_offcuts_synthetic"),
    ),
    needs=(
        N("cotton-spandex jersey 180 gsm", "jersey_fabric"),
        N("OEKO-TEX chiffon for children's hijabs", "chiffon_fabric", req=OEKO),
    ),
)
sme(
    55,
    "th",
    "โรงงานผ้ายืด สมุทรสาคร",
    AC,
    MID,
    "Samut Sakhon",
    "samutsakhon.jersey",
    ("โอเคเท็กซ์",),
    offers=(
        ("ผ้ายืดคอตตอนสแปนเด็กซ์ หน้ากว้าง 60 นิ้ว", "jersey_fabric"),
        ("ผ้าเจอร์ซีย์เด้ง สำหรับทำฮิญาบ", "jersey_fabric"),
    ),
    needs=(N("ด้ายคอตตอน Ne 30", "cotton_yarn"),),
)
sme(
    56,
    "en",
    "Phrae Mohom Dye House",
    H,
    MID,
    "Phrae",
    "phrae.mohom",
    (),
    ("bio",),
    offers=(
        ("Mohom indigo dyeing, bring your own cloth", "indigo_dyeing_service"),
        ("Indigo-dyed hand-loomed cotton, 90 cm", "indigo_dyed_cotton_fabric"),
    ),
    needs=(N("fermented indigo paste (hom)", "indigo_paste"),),
)
sme(
    57,
    "th",
    "ห้อมเปียกแม่ทานตะวัน",
    H,
    UP,
    "Phrae",
    "maetantawan.hom",
    (),
    ("bio",),
    offers=(("ห้อมเปียก เนื้อห้อม กิโลละ 250 บาท", "indigo_paste"),),
    needs=(N("เมล็ดพันธุ์ต้นห้อม", unmet="no seed or plant nursery in the set"),),
)
sme(
    58,
    "en",
    "Lanna Hemp Fibre",
    H,
    UP,
    "Chiang Mai",
    "lanna.hemp",
    (),
    ("bio",),
    offers=(
        ("Hemp yarn, hand-spun, undyed", "hemp_yarn"),
        ("Degummed hemp fibre", "hemp_fibre"),
    ),
)
sme(
    59,
    "th",
    "มัสยิดนูรุลอิสลาม",
    AC,
    DOWN,
    "Bangkok",
    "nurulislam.mosque",
    needs=(
        N("ผ้ากาฝั่นสำเร็จรูป สำหรับห่อศพ", "kafan_shroud_set"),
        N("เสื่อสานจากต้นจูด ปูพื้นมัสยิด", "krajood_mat"),
        N("หมวกกะปิเยาะห์ที่ได้รับรองฮาลาล", "kopiah_cap", req=HALAL, unmet="no cap maker holds Halal"),
    ),
)
sme(
    60,
    "en",
    "Narathiwat Kafan Supply",
    AC,
    DOWN,
    "Narathiwat",
    "narathiwat.kafan",
    offers=(("Kafan shroud sets, white cotton, 3 pieces", "kafan_shroud_set"),),
    needs=(N("grey cloth (unbleached cotton), 45 inch", "plain_cotton_fabric"),),
)
sme(
    61,
    "th",
    "กลุ่มอัปไซเคิลผ้าคลุม ปัตตานี",
    C,
    DOWN,
    "Pattani",
    "pattani.upcycle",
    (),
    ("circular",),
    offers=(
        ("กระเป๋าจากผ้าคลุมเก่า", "fabric_bag"),
        ("ผ้ารองละหมาดเย็บจากเศษผ้า", "prayer_mat"),
    ),
    needs=(
        N("ผ้าคลุมผมที่ไม่ใช้แล้ว รับบริจาค", "used_clothing"),
        N("เศษผ้าชีฟองจากโรงงาน", "textile_offcuts_synthetic"),
    ),
)
sme(
    62,
    "en",
    "Swim Sister",
    S,
    DOWN,
    "Bangkok",
    "swimsister",
    offers=(("Burkini 3-piece, UPF 50+", "burkini"),),
    needs=(
        N("OEKO-TEX certified lycra for swimsuits", "swim_lycra_fabric", req=OEKO),
        N("sublimation printing on our fabric", "fabric_printing_service"),
    ),
)
sme(
    63,
    "th",
    "กลุ่มหมอนขิดบ้านศรีฐาน",
    AI,
    DOWN,
    "Yasothon",
    "sithan.pillow",
    ("OTOP",),
    offers=(
        ("หมอนขิด หมอนสามเหลี่ยม", "floor_cushion"),
        ("เบาะรองนั่งพื้นสำหรับผู้สูงอายุ", "floor_cushion"),
    ),
    needs=(
        N("ใยไส้หมอน ไม่ต้องมี มอก.", "polyester_fibre_fill", waive=TIS),
        N("ด้ายกัญชง สำหรับทอปลอกหมอน", "hemp_yarn"),
    ),
)
sme(
    64,
    "en",
    "Golden Age Muslim Care Home",
    AC,
    DOWN,
    "Bangkok",
    "goldenage.care",
    needs=(
        N("low floor cushions for elderly at prayer", "floor_cushion"),
        N("adult incontinence pads", unmet="no hygiene products in the set"),
    ),
)
sme(
    65,
    "th",
    "โรงย้อมผ้าสงขลาเท็กซ์ไทล์",
    AC,
    MID,
    "Songkhla",
    "songkhla.dyeing",
    ("OEKO-TEX",),
    offers=(
        ("รับย้อมผ้าผืน ชีฟอง ผ้ายืด ตามสีที่ลูกค้าต้องการ", "fabric_dyeing_service"),
        ("ผ้าชีฟองย้อมสีพร้อมส่ง", "chiffon_fabric"),
    ),
    needs=(N("สีรีแอคทีฟ สีดิสเพิร์ส", "synthetic_dye_chemicals"),),
)
sme(
    66,
    "en",
    "Reweave Recycled Cotton",
    C,
    MID,
    "Samut Prakan",
    "reweave",
    (GRS,),
    ("circular",),
    offers=(
        ("Recycled cotton yarn Ne 10, pre-consumer", "recycled_cotton_yarn"),
        ("Shredded cotton fibre", "recycled_cotton_fibre"),
    ),
    needs=(
        N("white cotton cutting waste", "cotton_offcuts"),
        N("Tencel / lyocell staple", unmet="no lyocell supplier in the set"),
    ),
)
sme(
    67,
    "th",
    "ร้านส่งผ้าคลุม ประตูน้ำ",
    AC,
    DOWN,
    "Bangkok",
    "pratunam.hijab",
    needs=(
        N("อยากได้ผ้าคลุมผมสำเร็จรูป ราคาส่ง", "hijab_instant"),
        N("หมุดติดผ้าคลุม ขายส่ง", "hijab_pins"),
        N("หมวกรองใต้ฮิญาบ", "hijab_inner_cap"),
    ),
)
sme(
    68,
    "th",
    "บริษัทจัดงานแสดงสินค้าฮาลาล ปัตตานี",
    AC,
    DOWN,
    "Pattani",
    "pattani.halalexpo",
    needs=(
        N("ผ้าบาติกผืนเล็ก เป็นของที่ระลึก", "batik_fabric"),
        N("หมวกซอเกาะห์ สำหรับของที่ระลึกแขก VIP", "songkok_cap"),
        N("ป้ายแบรนด์ทอ สำหรับติดสินค้า", unmet="no woven-label maker in the set"),
    ),
)
sme(
    69,
    "th",
    "ร้านปักจักรคอม ยะลา",
    AC,
    MID,
    "Yala",
    "yala.embroidery",
    offers=(
        ("รับปักชื่อ ปักโลโก้ จักรคอม", "embroidery_service"),
        ("รับปักลายบนผ้าคลุมตามสั่ง", "embroidery_service"),
    ),
    needs=(N("ด้ายปักโพลีเอสเตอร์ ยกกล่อง", unmet="no embroidery-thread seller in the set"),),
)
sme(
    70,
    "en",
    "Andaman Batik Studio",
    H,
    DOWN,
    "Krabi",
    "andaman.batik",
    offers=(
        ("Hand-painted batik sarongs", "batik_sarong"),
        ("Batik classes for tourists", "batik_workshop"),
    ),
    needs=(
        N("plain cotton cloth to draw batik on", "plain_cotton_fabric"),
        N("batik wax", "batik_wax"),
        N("wax pens for our batik classes", "batik_tools"),
    ),
)
sme(
    71,
    "th",
    "ร้านชุดโต๊ปอัลอามีน",
    AC,
    DOWN,
    "Nakhon Si Thammarat",
    "alamin.thobe",
    offers=(
        ("ชุดโต๊ปผู้ชาย ผ้าโทเร", "jubah_thobe"),
        ("ชุดจูบะฮ์ทรงซาอุ", "jubah_thobe"),
    ),
    needs=(N("ผ้าทำโต๊ป สีขาว ผ้าญี่ปุ่น", "thobe_fabric"),),
)
sme(
    72,
    "en",
    "Al-Noor Textiles Pahurat",
    AC,
    MID,
    "Bangkok",
    "alnoor.textiles",
    offers=(
        ("Thobe fabric, Japanese polyester, white", "thobe_fabric"),
        ("100% cotton voile for telekung", "voile_fabric"),
    ),
)
sme(
    73,
    "th",
    "กลุ่มฝ้ายพื้นเมืองน่าน",
    H,
    UP,
    "Nan",
    "nan.nativecotton",
    ("เกษตรอินทรีย์",),
    ("bio",),
    offers=(
        ("ฝ้ายเข็นมือ สีธรรมชาติ", "handspun_cotton_yarn"),
        ("ปุยฝ้ายดีดแล้ว", "cotton_lint"),
    ),
    needs=(N("เครื่องอีดฝ้ายแบบมือหมุน", unmet="no tool or machinery seller in the set"),),
)
sme(
    74,
    "en",
    "Green Spin Organic Yarns",
    H,
    UP,
    "Pathum Thani",
    "greenspin",
    ("GOTS certified", OCS),
    ("bio",),
    offers=(("Organic cotton yarn Ne 40/1, GOTS", "organic_cotton_yarn"),),
    needs=(N("organic cotton lint, Organic Thailand certified", "cotton_lint", req=ORGANIC_TH),),
)
sme(
    75,
    "th",
    "โรงทอผ้าวอยล์อินทรีย์ ลาดกระบัง",
    AC,
    MID,
    "Bangkok",
    "ladkrabang.voile",
    (GOTS,),
    ("green",),
    offers=(("ผ้าวอยล์ฝ้ายออร์แกนิก ได้ GOTS", "voile_fabric"),),
    needs=(N("ด้ายฝ้ายอินทรีย์ ต้องมีใบรับรอง GOTS", "organic_cotton_yarn", req=GOTS),),
)
sme(
    76,
    "en",
    "Bangkok Islamic Gift Shop",
    AC,
    DOWN,
    "Bangkok",
    "bkk.islamicgift",
    needs=(
        N("Peacock Emblem silk for VIP gifts", "handwoven_silk_fabric", req=PEACOCK),
        N("batik motifs hand-drawn on our own silk scarves", "batik_painting_service"),
        N("is anyone making zamzam bottle covers?", unmet="no one in the set makes bottle covers"),
    ),
)
sme(
    77,
    "th",
    "ห้างผ้าเรยอน สำเพ็ง",
    AC,
    MID,
    "Bangkok",
    "sampeng.rayon",
    offers=(
        ("ผ้าเรยอนขาว สำหรับพิมพ์บาติก", "rayon_fabric"),
        ("ผ้าเรยอนสีพื้น หน้า 45 นิ้ว", "rayon_fabric"),
    ),
)
sme(
    78,
    "th",
    "ร้านผ้าคลุมตากใบ",
    AC,
    DOWN,
    "Narathiwat",
    "takbai.hijab",
    offers=(
        ("ผ้าคลุมสี่เหลี่ยม ผ้าวอยล์ ปักขอบ", "hijab_square"),
        ("หมวกอินเนอร์ ผ้ายืด", "hijab_inner_cap"),
    ),
    needs=(N("ผ้าวอยล์ญี่ปุ่น สีพื้น", "voile_fabric"),),
)
sme(
    79,
    "en",
    "Ayutthaya Cotton Spinners",
    AC,
    UP,
    "Ayutthaya",
    "ayutthaya.spinners",
    ("ISO 9001",),
    offers=(
        ("100% cotton yarn on cones, Ne 20-60", "cotton_yarn"),
        ("Mercerised crochet thread, white", "cotton_yarn"),
    ),
    needs=(
        N("Fairtrade raw cotton", "seed_cotton cotton_lint", req=FAIRTRADE, unmet="no cotton grower holds Fairtrade"),
    ),
)
sme(
    80,
    "th",
    "ร้านอุปกรณ์ฮัจญ์ ยะลา",
    AC,
    DOWN,
    "Yala",
    "yala.hajjshop",
    needs=(
        N("ผ้าอิห์รอมผู้ชาย", "ihram_cloth"),
        N("กระเป๋าคาดเอวใส่พาสปอร์ต", unmet="no bag maker in the set makes waist pouches"),
    ),
)
sme(
    81,
    "th",
    "โรงงานผ้ากันยูวี ปทุมธานี",
    S,
    MID,
    "Pathum Thani",
    "pathum.uvfabric",
    offers=(("ผ้าถักกันยูวี ระบายเหงื่อดี สำหรับเสื้อกีฬาแขนยาว", "sports_jersey_fabric"),),
    needs=(N("เส้นด้ายโพลีเอสเตอร์รีไซเคิล มาตรฐาน GRS", "recycled_polyester_yarn", req=GRS),),
)
sme(
    82,
    "en",
    "Rumah Abaya Pattani",
    AC,
    DOWN,
    "Pattani",
    "rumah.abaya",
    offers=(
        ("Everyday abaya, crepe, open front", "abaya"),
        ("Kids' abaya", "abaya"),
    ),
    needs=(N("would like black crepe by the roll", "crepe_fabric"),),
)
sme(
    83,
    "th",
    "ร้านชุดมุสลิม สตูล",
    AC,
    DOWN,
    "Satun",
    "satun.muslimwear",
    needs=(
        N("ผ้าคลุมผมย้อมสีธรรมชาติ ไม่เอาสีเคมี", "hijab_natural_dye"),
        N("ผ้าคลุมไหมอีรี่", unmet="no eri silk in the set"),
    ),
)
sme(
    84,
    "th",
    "กลุ่มทอผ้าเกาะยอ",
    H,
    MID,
    "Songkhla",
    "kohyor.weaving",
    ("OTOP",),
    ("bio",),
    offers=(
        ("ผ้าทอเกาะยอ ลายราชวัตร", "handwoven_cotton_fabric"),
        ("ผ้าโสร่งทอเกาะยอ", "mens_sarong"),
    ),
    needs=(
        N("ด้ายฝ้ายเบอร์ 20 สำหรับทอผ้า", "cotton_yarn"),
        N("ด้ายฝ้ายอินทรีย์ มี OCS ยิ่งดี", "organic_cotton_yarn", waive=OCS),
        N("ด้ายรีไซเคิลจากเศษผ้าฝ้ายโรงงาน", "recycled_cotton_yarn"),
    ),
)
sme(
    85,
    "en",
    "Yala Halal Mart",
    AC,
    DOWN,
    "Yala",
    "yala.halalmart",
    ("Halal",),
    needs=(
        N("halal-certified hijabs", "hijab_instant hijab_square hijab_natural_dye", req=HALAL),
        N("kopiah and songkok", "kopiah_cap songkok_cap"),
    ),
)
sme(
    86,
    "th",
    "โรงงานตัดเย็บชุดละหมาด ปัตตานี",
    AC,
    MID,
    "Pattani",
    "pattani.telekung",
    ("ฮาลาล",),
    offers=(("ชุดละหมาดสตรี ผ่านการรับรองฮาลาล", "telekung"),),
    needs=(N("ลูกไม้ แต่งชายชุดละหมาด หลาละไม่เกิน 20 บาท", "lace_trim"),),
)
sme(
    87,
    "th",
    "ร้านเข็มกลัดฮิญาบ มีนบุรี",
    AC,
    DOWN,
    "Bangkok",
    "minburi.hijabpins",
    offers=(
        ("เข็มกลัดฮิญาบ หัวมุกและแบบแม่เหล็ก", "hijab_pins"),
        ("อินเนอร์ปิดผม แบบเต็มหัว", "hijab_inner_cap"),
    ),
    needs=(N("มุกเทียมและเม็ดบีดส์ สำหรับทำหัวเข็มกลัด", "beads_sequins"),),
)
sme(
    88,
    "en",
    "Yala Handloom Cotton",
    H,
    MID,
    "Yala",
    "yala.handloom",
    offers=(("Hand-loomed cotton, solid colours", "handwoven_cotton_fabric"),),
    needs=(N("cotton spun on a spinning wheel, for weft", "handspun_cotton_yarn"),),
)
sme(
    89,
    "th",
    "กลุ่มทอผ้าไหม บ้านนาโพธิ์",
    AI,
    MID,
    "Buriram",
    "naphor.silk",
    ("OTOP",),
    ("bio",),
    offers=(("ผ้าไหมทอมือ ลายโฮล", "handwoven_silk_fabric"),),
    needs=(N("ไหมพุ่งเส้นเล็ก สำหรับทอผ้าโฮล", "silk_yarn"),),
)
sme(
    90,
    "en",
    "Indigo Hijab Co.",
    H,
    DOWN,
    "Bangkok",
    "indigohijab",
    offers=(
        ("Hand-woven cotton hijab, indigo dyed", "hijab_natural_dye"),
        ("Indigo cotton tote bag", "fabric_bag"),
    ),
    needs=(
        N("someone to dye our woven cotton blue with natural indigo", "indigo_dyeing_service"),
        N(
            "GOTS-certified indigo cotton cloth",
            "indigo_dyed_cotton_fabric",
            req=GOTS,
            unmet="no indigo weaver holds GOTS",
        ),
    ),
)
sme(
    91,
    "th",
    "ร้านออนไลน์ มุสลิมะห์แอคทีฟ",
    S,
    DOWN,
    "Songkhla",
    "muslimah.active",
    needs=(
        N("ชุดว่ายน้ำแบบปิดมิดชิด", "burkini"),
        N("มีใครรับทำกล่องใส่ผ้าคลุมไหม", unmet="no packaging maker in the set"),
    ),
)
sme(
    92,
    "en",
    "Ayutthaya Muslim Wedding House",
    AC,
    DOWN,
    "Phra Nakhon Si Ayutthaya",
    "ayutthaya.wedding",
    needs=(
        N("songket for the groom's sampin", "songket_fabric"),
        N("bridal baju kurung", "baju_kurung wedding_outfit"),
    ),
)
sme(
    93,
    "th",
    "กลุ่มทอผ้าจวนตานี",
    H,
    MID,
    "Pattani",
    "chuantani.silk",
    (),
    ("bio",),
    offers=(("ผ้าจวนตานี ไหมทอมือ", "handwoven_silk_fabric"),),
    needs=(N("เส้นไหมดิบ เอามาย้อมครั่งเอง", "silk_yarn"),),
)
sme(
    94,
    "en",
    "Loop Upcycle Studio",
    C,
    MID,
    "Bangkok",
    "loopupcycle",
    (),
    ("circular",),
    offers=(("Totes and drawstring bags sewn from hijab offcuts", "fabric_bag"),),
    needs=(N("poly scarf fabric scraps, any colour", "textile_offcuts_synthetic"),),
)
sme(
    95,
    "th",
    "สมาคมสตรีมุสลิม เขตหนองจอก",
    AC,
    DOWN,
    "Bangkok",
    "nongchok.muslimwomen",
    needs=(N("ชุดละหมาดสำหรับแจก ไม่ต้องมีฮาลาลก็ได้", "telekung", waive=HALAL),),
)

# ------------------------------------------------------------------ checks

EXPECTED_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET = (17, 23)

_THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
_EMAIL = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
_LABEL = re.compile(r"^[a-z][a-z0-9_]*$")
_CERT_NAMES = {c.name: c for c in CERTIFICATIONS}


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _thai_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    return sum(1 for ch in letters if _THAI_CHAR.match(ch)) / len(letters) if letters else 0.0


def _latin_only(text: str) -> bool:
    return not _THAI_CHAR.search(text) and all(ord(ch) < 0x250 for ch in text if ch.isalpha())


def _names_certification(text: str, cert: str) -> bool:
    """The text mentions the certification at all (affirmed or negated)."""
    c = _CERT_NAMES[cert]
    folded = _nfkc(text).casefold()
    if any(_nfkc(m).casefold() in folded for m in (*c.mentions, *c.aliases)):
        return True
    return any(m in text for m in c.case_sensitive_mentions) or any(
        re.search(_nfkc(p), _nfkc(text)) for p in c.patterns
    )


def certs_of(s: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in s.certs)


def qualified(supplier: Sme, buyer: Sme, need: Need) -> bool:
    if supplier.num == buyer.num or not need.meets:
        return False
    labels = {label for _, label in supplier.offers}
    return bool(labels.intersection(need.meets)) and set(need.requires) <= certs_of(supplier)


def compute_links() -> list[tuple[str, str]]:
    pairs = {
        (sup.id, buy.id)
        for buy in SMES
        for need in buy.needs
        if not need.unmet
        for sup in SMES
        if qualified(sup, buy, need)
    }
    return sorted(pairs)


def check() -> list[str]:
    errors: list[str] = []
    nums = [s.num for s in SMES]
    if nums != list(range(1, EXPECTED_PROFILES + 1)):
        missing = sorted(set(range(1, EXPECTED_PROFILES + 1)) - set(nums))
        dupes = sorted(n for n, k in Counter(nums).items() if k > 1)
        errors.append(f"ids not bmq-001..bmq-{EXPECTED_PROFILES:03d} in order; missing {missing}, duplicated {dupes}")
    offered_by: dict[str, set[int]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.num)
    for s in SMES:
        where = s.id
        if not re.fullmatch(r"bmq-\d{3}", s.id):
            errors.append(f"{where}: malformed id")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub not in {x.value for x in SubCluster}:
            errors.append(f"{where}: sub-cluster {s.sub!r}")
        if s.stage not in {x.value for x in Stage}:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for cert in s.certs:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        for tag in s.bcg:
            if tag not in {x.value for x in BcgTag}:
                errors.append(f"{where}: bcg tag {tag!r}")
        if not _EMAIL.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if not (len(s.offers) <= 3 and len(s.needs) <= 3 and (s.offers or s.needs)):
            errors.append(f"{where}: {len(s.offers)} offers and {len(s.needs)} needs")
        phrases = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        for phrase in phrases:
            if phrase != phrase.strip() or not phrase:
                errors.append(f"{where}: untidy phrase {phrase!r}")
            if s.lang == "th" and _thai_share(phrase) < 0.6:
                errors.append(f"{where}: Thai phrase not mostly Thai letters: {phrase!r}")
            if s.lang == "en" and not _latin_only(phrase):
                errors.append(f"{where}: English phrase not Latin only: {phrase!r}")
        held = certs_of(s)
        for text, label in s.offers:
            if not _LABEL.match(label):
                errors.append(f"{where}: bad offer label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= held:
                errors.append(f"{where}: offer {text!r} claims {sorted(claimed - held)} not held")
        for need in s.needs:
            what = f"{where}: need {need.text!r}"
            for cert in (*need.requires, *need.waives):
                if cert not in _CERT_NAMES:
                    errors.append(f"{what}: unknown certification {cert!r}")
            if any(cert not in _CERT_NAMES for cert in (*need.requires, *need.waives)):
                continue
            found = find_certifications(need.text)
            if found != set(need.requires):
                errors.append(f"{what}: text requires {sorted(found)}, labelled {list(need.requires)}")
            for cert in need.waives:
                if not _names_certification(need.text, cert) or cert in found:
                    errors.append(f"{what}: waived {cert} is not named and negated in the text")
            for label in need.meets:
                if not offered_by.get(label, set()) - {s.num}:
                    errors.append(f"{what}: label {label!r} offered by no one else")
            suppliers = [x.id for x in SMES if qualified(x, s, need)]
            if need.unmet and suppliers:
                errors.append(f"{what}: marked unmet but met by {suppliers}")
            if not need.unmet and not suppliers:
                errors.append(f"{what}: met by no one but not marked unmet")
            if not need.unmet and not need.meets:
                errors.append(f"{what}: lists no labels")
    return errors


def check_sizes(links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    lang = {s.id: s.lang for s in SMES}
    thai = sum(1 for s in SMES if s.lang == "th") / max(1, len(SMES))
    cross = sum(1 for a, b in links if lang[a] != lang[b]) / max(1, len(links))
    unmet = sum(1 for s in SMES for n in s.needs if n.unmet)
    if len(SMES) != EXPECTED_PROFILES:
        errors.append(f"{len(SMES)} profiles, expected {EXPECTED_PROFILES}")
    if not THAI_SHARE[0] <= thai <= THAI_SHARE[1]:
        errors.append(f"Thai share {thai:.2f} outside {THAI_SHARE}")
    if not LINKS[0] <= len(links) <= LINKS[1]:
        errors.append(f"{len(links)} links outside {LINKS}")
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    if not UNMET[0] <= unmet <= UNMET[1]:
        errors.append(f"{unmet} unmet needs outside {UNMET}")
    return errors


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return out.getvalue()


def counts(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in SMES}
    rows: list[tuple[str, str]] = []
    n_th = sum(1 for s in SMES if s.lang == "th")
    rows.append(("profiles", str(len(SMES))))
    rows.append(("Thai / English profiles", f"{n_th} / {len(SMES) - n_th}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster `{sub.value}`", str(sum(1 for s in SMES if s.sub == sub.value))))
    for stage in Stage:
        rows.append((f"stage `{stage.value}`", str(sum(1 for s in SMES if s.stage == stage.value))))
    regions = Counter(resolve_province(s.province).region.value for s in SMES)  # type: ignore[union-attr]
    for region, k in sorted(regions.items(), key=lambda item: (-item[1], item[0])):
        rows.append((f"region `{region}`", str(k)))
    provinces = {resolve_province(s.province).name_en for s in SMES}  # type: ignore[union-attr]
    rows.append(("distinct provinces", str(len(provinces))))
    offers = [label for s in SMES for _, label in s.offers]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len(set(offers)))))
    needs = [n for s in SMES for n in s.needs]
    unmet = sum(1 for n in needs if n.unmet)
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(needs) - unmet} / {unmet}"))
    rows.append(("needs requiring a certification", str(sum(1 for n in needs if n.requires))))
    rows.append(("needs waiving a certification", str(sum(1 for n in needs if n.waives))))
    rows.append(("true links", str(len(links))))
    th_en = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({cross / max(1, len(links)):.0%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(("links between different sub-clusters", str(sum(1 for a, b in links if by_id[a].sub != by_id[b].sub))))
    return rows


def counts_table(links: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in counts(links)]
    return "\n".join(lines) + "\n"


README = """\
# `eval/blind_plain_modest/`: hand-labelled matching set, modest fashion and halal textiles

## What it checks

Whether the matcher finds the true supplier -> buyer pairs among SMEs whose offers and needs are written
as plain registry entries (one short phrase each, Thai or English) in wording it has never seen. The
theme is Muslim modest fashion and halal textiles, mostly of the deep south (Pattani, Yala, Narathiwat,
Satun, Songkhla) and of Muslim communities in Bangkok and the central region: hijab and tudung makers,
abaya, jubah and baju kurung tailors, kopiah and songkok caps, prayer mats and telekung, batik and
songket, krajood (sedge) mats and bags, embroidery and beading, Islamic school uniforms, Hajj and Umrah
outfitters, mosques and schools, halal-certified shops, and the ordinary cotton, silk, yarn, cloth,
dyeing, sewing and textile-waste suppliers behind them.

The set includes hard but fair cases: a service versus the goods it works on (dyeing the customer's
cloth versus dyed cloth, sewing for others versus finished garments, printing on the customer's fabric
versus printed fabric); waste and used goods versus new; raw versus processed (seed cotton, yarn,
cloth, garment); finished goods described by their material or technique (a hijab dyed with mangrove
bark is a hijab, a prayer mat woven of sedge is a prayer mat); needs written as a wish, a bare noun
phrase or a question; refusals ("no synthetic dye"); needs that require a named certification (some of
them unmet because no supplier of the goods holds it) and needs that name one only to waive it; and
needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the contracts (profile JSONL version 1 and the links CSV),
`shared/taxonomy.py` with its data files, and the project's ruff settings; not the matcher, its
glossary, its tests or any other evaluation set. All data lives in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels
that would meet it and the certifications its text requires, or is marked as met by no one with a
short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label
listed by one of the buyer's needs and the supplier's certifications hold every certification that
need requires. An SME is never linked to itself. Shared words play no part; quantities, prices and
places never decide a link; what changes what the thing is does. A waived certification is not
required. The labels are not written to the profiles.

Before writing, `write.py` checks: ids unique and well formed; every contract field valid (sub-cluster,
stage and BCG tags from `shared.taxonomy`, provinces resolve with `resolve_province`, certifications
with `resolve_certification`); every label a need lists is offered by someone other than the buyer;
every met need has a qualified supplier and every unmet one has none; the certifications that
`find_certifications` reads in a need's text are exactly the ones it requires, and a waived one is
named in the text but negated; certifications an offer's text claims are held by the SME; Thai phrases
are mostly Thai letters and English ones Latin only; and the size targets (95 profiles, 50-60 % Thai,
160-180 links, 40-60 % of them across languages, 17-23 unmet needs). It writes nothing if a check
fails, and gives identical bytes on every run.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_modest/write.py

## Files

- `write.py`: the data, the labels, the checks and the writer.
- `profiles.jsonl`: 95 SME profiles, contract JSONL version 1, ids `bmq-001` ... `bmq-095`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def render() -> dict[str, str]:
    links = compute_links()
    return {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in SMES),
        "links.csv": links_csv(links),
        "README.md": README + counts_table(links),
    }


def main() -> int:
    errors = check()
    links = compute_links()
    errors += check_sizes(links)
    print(counts_table(links))
    if errors:
        print(f"{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    first, second = render(), render()
    if first != second:
        print("two renderings differ; nothing written", file=sys.stderr)
        return 1
    for name, text in first.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {', '.join(first)} to {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
